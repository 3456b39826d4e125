#!/usr/bin/env python3
"""Deterministic generator for the blind78 evaluation set.

Theme: a physician (PGY-3 internal-medicine resident in Chicago) applying to critical-care /
pulmonary fellowships (via the invented "ResidentRoute" interview scheduling platform) and to
hospitalist jobs. Rewrites every case folder and labels.yaml. stdlib + PyYAML + zoneinfo only.
All people, companies and domains are invented (.example / example.com).

Run:  python make_cases.py
"""
import json
import os
import shutil
import zlib
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = "tamsin.adebayo@example.com"
OWNER_NAME = "Tamsin Adebayo"
WORK = "tadebayo@northlakemed.example"   # her residency (work) address
RR = "ResidentRoute <notifications@residentroute.example>"
UTC = timezone.utc

CHI, NY, DEN, LA, HNL, PHX = ("America/Chicago", "America/New_York", "America/Denver",
                              "America/Los_Angeles", "Pacific/Honolulu", "America/Phoenix")


def h(s):
    return zlib.crc32(s.encode("utf-8"))


def T(y, mo, d, h, mi, tz, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=ZoneInfo(tz))


def iso(d):
    return d.isoformat() if d is not None else None


def wd(d, name):
    assert d.strftime("%a") == name, (d, name)
    return d


# ----------------------------------------------------------------------------- iCalendar
def esc(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def fold(line):
    out, cur, limit = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur)
            cur, limit = b" ", 75
        cur += b
    out.append(cur)
    return b"\r\n".join(out).decode("utf-8")


def utcs(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(d):
    return d.strftime("%Y%m%dT%H%M%S")


def vtimezone(tzid, std, dst=None):
    """std/dst = (offset_from, offset_to) strings; US rules (2nd Sun Mar / 1st Sun Nov)."""
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if dst is None:
        lines += ["BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{std}",
                  f"TZOFFSETTO:{std}", "END:STANDARD"]
    else:
        lines += ["BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}",
                  f"TZOFFSETTO:{std}", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
                  "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000",
                  f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
                  "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT"]
    return lines + ["END:VTIMEZONE"]


US_TZ = {
    "America/New_York": ("-0500", "-0400"), "Eastern Standard Time": ("-0500", "-0400"),
    "America/Chicago": ("-0600", "-0500"), "Central Standard Time": ("-0600", "-0500"),
    "America/Denver": ("-0700", "-0600"), "Mountain Standard Time": ("-0700", "-0600"),
    "America/Los_Angeles": ("-0800", "-0700"), "Pacific Standard Time": ("-0800", "-0700"),
    "US Mountain Standard Time": ("-0700", None), "America/Phoenix": ("-0700", None),
    "Pacific/Honolulu": ("-1000", None), "Hawaiian Standard Time": ("-1000", None),
}


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT"):
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;"
            f"CN={name}:mailto:{email}")


def vcal(events, method="REQUEST", prodid="-//ResidentRoute//Scheduling 4.2//EN", tzids=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    for tzid in tzids:
        lines += vtimezone(tzid, *US_TZ[tzid])
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def vevent(uid, start, end, summary, *, stamp, organizer=None, attendees=(), description=None,
           location=None, seq=0, status="CONFIRMED", tzid=None, extra=()):
    ev = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{utcs(stamp)}"]
    if tzid:
        ev += [f"DTSTART;TZID={tzid}:{loc(start)}", f"DTEND;TZID={tzid}:{loc(end)}"]
    else:
        ev += [f"DTSTART:{utcs(start)}", f"DTEND:{utcs(end)}"]
    ev.append(f"SUMMARY:{esc(summary)}")
    if organizer:
        ev.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    ev += list(attendees)
    if description:
        ev.append(f"DESCRIPTION:{esc(description)}")
    if location is not None:
        ev.append(f"LOCATION:{esc(location)}")
    ev += [f"SEQUENCE:{seq}", f"STATUS:{status}", "TRANSP:OPAQUE"]
    ev += list(extra)
    ev.append("END:VEVENT")
    return ev


# ----------------------------------------------------------------------------- e-mail
_bcount = [0]


def mail(path, *, frm, to, subject, date, msgid, text=None, html=None, cte="quoted-printable",
         html_cte="quoted-printable", cc=None, reply_to=None, sender=None, in_reply_to=None,
         references=None, headers=(), cal=None, cal_method="REQUEST", cal_cte="7bit",
         attach=None, received_from="mx.example.net", delivered_to=OWNER):
    m = EmailMessage()
    m["Delivered-To"] = delivered_to
    m["Received"] = (f"from {received_from} by mx.mail.example with ESMTPS id "
                     f"{h(msgid) % 10**9:09d}-b78; {format_datetime(date)}")
    m["Return-Path"] = "<" + (sender or frm).split("<")[-1].rstrip(">") + ">"
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
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    if references:
        m["References"] = references
    for k, v in headers:
        if not k.lower().startswith("content-"):
            m[k] = v
    if text is not None:
        m.set_content(text, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    else:
        m.set_content(html, subtype="html", cte=html_cte)
    if cal is not None:
        if not m.is_multipart():
            m.make_alternative()
        m.add_alternative(cal, subtype="calendar", params={"method": cal_method}, cte=cal_cte)
    if attach is not None:
        fname, data, sub = attach
        m.add_attachment(data.encode("utf-8"), maintype="application", subtype=sub,
                         filename=fname)
    for k, v in headers:   # content-* headers are cleared by set_content, so add them last
        if k.lower().startswith("content-"):
            m[k] = v
    for part in m.walk():
        if part.is_multipart():
            _bcount[0] += 1
            part.set_boundary(f"----=_Part_b78_{_bcount[0]:04d}_{h(msgid) % 10**8:08d}")
    with open(path, "wb") as fh:
        fh.write(m.as_bytes(policy=policy.default.clone(max_line_length=998)))


def gcal(path, obj):
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(obj, fh, indent=2, ensure_ascii=False)
        fh.write("\n")


def write_ics(path, text):
    with open(path, "wb") as fh:
        fh.write(text.encode("utf-8"))


def interview(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end),
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(recipients), "kind": kind}


LABELS = {}
CASES = []


def case(cid, interviews, difficulty, category, notes):
    def deco(fn):
        CASES.append((cid, fn))
        LABELS[cid] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                       "difficulty": difficulty, "category": category, "notes": notes,
                       "source": "synthetic"}
        return fn
    return deco


def html_wrap(inner, font="Arial,Helvetica,sans-serif"):
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head>"
            f"<body style=\"font-family:{font};font-size:14px;color:#222\">{inner}</body></html>\n")


def rr_html(title, rows, body_html):
    trs = "".join(f"<tr><td style=\"padding:4px 12px;color:#666\">{k}</td>"
                  f"<td style=\"padding:4px 12px\"><b>{v}</b></td></tr>" for k, v in rows)
    return html_wrap(
        "<table width=\"600\" style=\"border:1px solid #dde\"><tr><td style=\"background:#0b4f6c;"
        "color:#fff;padding:14px 18px;font-size:18px\">ResidentRoute</td></tr>"
        f"<tr><td style=\"padding:18px\"><h2 style=\"margin:0 0 12px\">{title}</h2>{body_html}"
        f"<table>{trs}</table>"
        "<p style=\"color:#888;font-size:11px\">This message was sent by ResidentRoute on behalf of "
        "the program. Please do not reply to this e-mail; contact the program coordinator "
        "directly.<br>ResidentRoute, 200 Commerce Way, Suite 900, Columbus, OH 43215</p>"
        "</td></tr></table>")


RR_FOOT = ("\n--\nThis message was sent by ResidentRoute on behalf of the program. Please do not "
           "reply to this e-mail; contact the program coordinator directly.\nResidentRoute, 200 "
           "Commerce Way, Suite 900, Columbus, OH 43215\n")

# ============================================================================ POSITIVES

# ---------------------------------------------------------------- 01
H1 = "Harbormont University Hospital"
H1_ROLE = "Pulmonary and Critical Care Medicine Fellowship"
h1_start, h1_end = wd(T(2026, 1, 22, 8, 0, NY), "Thu"), T(2026, 1, 22, 12, 30, NY)
H1_FAC = ["asubramaniam@harbormont.example", "royelaran@harbormont.example",
          "pwisniewski@harbormont.example"]


@case("b78-01-in-person-interview-day-boston",
      [interview(H1, H1_ROLE, h1_start, h1_end, "scheduled", H1_FAC, H1_FAC, "onsite")],
      "hard", "positive/onsite-interview-day",
      "ResidentRoute confirmation (.ics 08:00-12:30 ET) plus coordinator itinerary: program overview,"
      " three faculty interviews and a fellow-led tour = ONE onsite 08:00-12:30 ET. The pre-interview"
      " dinner the evening before (Jan 21, 6:30 PM) is NOT an interview.")
def c01(d):
    stamp = T(2025, 12, 18, 10, 14, CHI)
    uid = "rr-7f3a91c2-harbormont-pccm-20260122@residentroute.example"
    ics = vcal([vevent(uid, h1_start, h1_end,
                       "Interview Day - Harbormont University Hospital PCCM Fellowship",
                       stamp=stamp, organizer=("ResidentRoute", "calendar@residentroute.example"),
                       attendees=[attendee(OWNER_NAME, OWNER)],
                       description="In-person interview day. Check in at the Fenwick Pavilion "
                                   "lobby, 55 Fenwick Street, Boston. A detailed itinerary will be "
                                   "sent by the program coordinator.",
                       location="Harbormont University Hospital, 55 Fenwick Street, Boston, MA",
                       tzid=NY)], tzids=[NY])
    text = ("Hi Dr. Adebayo,\n\nYour interview with Harbormont University Hospital - Pulmonary and "
            "Critical Care Medicine Fellowship is confirmed.\n\nDate: Thursday, January 22, 2026\n"
            "Time: 8:00 AM - 12:30 PM Eastern Time\nFormat: In person\nLocation: 55 Fenwick Street, "
            "Boston, MA 02115\n\nAn .ics file is attached so you can add this to your calendar. "
            "You can view or cancel this interview from your ResidentRoute dashboard: "
            "https://app.residentroute.example/applicant/interviews/7f3a91c2\n\nCancellation policy: "
            "please give the program at least 14 days' notice.\n" + RR_FOOT)
    html = rr_html("Interview confirmed", [("Program", f"{H1} &ndash; {H1_ROLE}"),
                                           ("Date", "Thursday, January 22, 2026"),
                                           ("Time", "8:00 AM &ndash; 12:30 PM Eastern Time"),
                                           ("Format", "In person"),
                                           ("Location", "55 Fenwick Street, Boston, MA 02115")],
                   "<p>Hi Dr. Adebayo,</p><p>Your interview is confirmed. An .ics file is attached."
                   "</p>")
    mail(f"{d}/01-residentroute-interview-confirmed.eml", frm=RR, to=OWNER,
         reply_to="Kelsey Brannigan <kbrannigan@harbormont.example>",
         subject="Interview confirmed: Harbormont University Hospital - PCCM Fellowship (Jan 22, 2026)",
         date=stamp, msgid="<rr.7f3a91c2.confirm@residentroute.example>", text=text, html=html,
         attach=("invite.ics", ics, "ics"), received_from="mta-04.residentroute.example")

    date2 = T(2026, 1, 15, 14, 2, NY)
    text2 = """Dear Dr. Adebayo,

We are looking forward to meeting you next week! Below is your itinerary for the Harbormont PCCM
interview day. All times are Eastern.

WEDNESDAY, JANUARY 21
6:30 PM   Pre-interview dinner with our current fellows - Trattoria Lucca, 240 Hanover St.
          (Optional and casual - no faculty attend, nothing is evaluated. Please RSVP.)

THURSDAY, JANUARY 22 - Fenwick Pavilion, 4th floor conference room 4B
8:00 - 8:40 AM    Welcome & program overview - Dr. Anand Subramaniam, Program Director
8:45 - 9:10       Interview 1 - Dr. Anand Subramaniam
9:15 - 9:40       Interview 2 - Dr. Rachel Oyelaran, Associate Program Director
9:45 - 10:10      Interview 3 - Dr. Piotr Wisniewski, Director, Medical ICU
10:15 - 11:00     Q&A with current fellows
11:00 AM - 12:30 PM  Fellow-led tour of the MICU and bronchoscopy suite, boxed lunch
                  (led by Dr. Jamal Whitfield, PGY-5)

Your faculty interviewers, in case you want to follow up afterwards:
  Dr. Anand Subramaniam - asubramaniam@harbormont.example
  Dr. Rachel Oyelaran - royelaran@harbormont.example
  Dr. Piotr Wisniewski - pwisniewski@harbormont.example

Parking validation is available at the front desk. Business casual is fine for the dinner.

Warm regards,
Kelsey

Kelsey Brannigan
Fellowship Program Coordinator | Pulmonary, Critical Care & Sleep Medicine
Harbormont University Hospital
55 Fenwick Street, Suite 4B | Boston, MA 02115
Tel (617) 555-0142 | Fax (617) 555-0143
"""
    mail(f"{d}/02-coordinator-itinerary.eml",
         frm="Kelsey Brannigan <kbrannigan@harbormont.example>",
         to=f"{OWNER_NAME} <{OWNER}>", subject="Harbormont PCCM interview day - itinerary",
         date=date2, msgid="<BN8PR04MB6120.4D1A@BN8PR04MB6120.namprd04.prod.outlook.example>",
         text=text2, headers=[("X-Mailer", "Microsoft Outlook 16.0")],
         received_from="mail-bn8.outbound.harbormont.example")


# ---------------------------------------------------------------- 02
F2 = "Front Range Medical Center"
F2_ROLE = "Critical Care Medicine Fellowship"
f2_start, f2_end = wd(T(2026, 2, 10, 9, 0, DEN), "Tue"), T(2026, 2, 10, 13, 15, DEN)


@case("b78-02-virtual-interview-zoom-breakouts-denver",
      [interview(F2, F2_ROLE, f2_start, f2_end, "scheduled", [],
                 ["dquintana@frontrangemed.example"], "onsite")],
      "medium", "positive/virtual-interview-day",
      "Invitation with date choices (base64), ResidentRoute booking for Tue Feb 10, then an HTML-only "
      "Zoom mail: main room 9:00 MT, faculty breakout rooms, done by 13:15 MT. Faculty named without "
      "addresses -> recipients = coordinator. The fellows' happy hour Mon Feb 9 is not an interview.")
def c02(d):
    sig = ("\n\nDolores Quintana-Haag, C-TAGME\nProgram Coordinator, Critical Care Medicine Fellowship\n"
           "Front Range Medical Center | 1719 E. Colfax Ave, Denver, CO 80218\n303.555.0187\n")
    text1 = ("Dear Dr. Adebayo,\n\nOn behalf of Dr. Marguerite Olander, Program Director, I am "
             "delighted to invite you to interview for the Front Range Medical Center Critical Care "
             "Medicine Fellowship for the 2027 academic year.\n\nAll of our interviews this season "
             "are virtual. Please log into ResidentRoute to choose one of the following dates:\n\n"
             "  - Tuesday, February 10\n  - Thursday, February 19\n  - Tuesday, March 3\n\n"
             "Interview days run from 9:00 AM to about 1:15 PM Mountain Time. Spots are first come, "
             "first served.\n\nWe received many outstanding applications and we are excited to get "
             "to know you." + sig)
    mail(f"{d}/01-invitation-to-interview.eml",
         frm="Dolores Quintana-Haag <dquintana@frontrangemed.example>", to=OWNER,
         subject="Invitation to Interview - FRMC Critical Care Medicine Fellowship",
         date=T(2025, 12, 10, 10, 31, DEN), msgid="<SA1PR12MB7741E0@SA1PR12MB7741.prod.outlook.example>",
         text=text1, cte="base64", headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text2 = ("Hi Tamsin,\n\nYou have scheduled an interview.\n\nProgram: Front Range Medical Center - "
             "Critical Care Medicine Fellowship\nDate: Tuesday, February 10, 2026\nTime: 9:00 AM - "
             "1:15 PM MST (Mountain Time)\nFormat: Virtual\n\nThe program will send video "
             "conference details closer to the date.\n" + RR_FOOT)
    mail(f"{d}/02-residentroute-scheduled.eml", frm=RR, to=OWNER,
         subject="You're scheduled: Front Range Medical Center (Tue, Feb 10)",
         date=T(2025, 12, 10, 12, 4, CHI), msgid="<rr.c91d0e44.scheduled@residentroute.example>",
         text=text2, html=rr_html("You're scheduled", [("Program", f"{F2} &ndash; {F2_ROLE}"),
                                                       ("Date", "Tuesday, February 10, 2026"),
                                                       ("Time", "9:00 AM &ndash; 1:15 PM MST"),
                                                       ("Format", "Virtual")], ""))
    html3 = html_wrap(
        "<p>Good afternoon, applicants!</p><p>We&rsquo;re excited to (virtually) meet you on "
        "<b>Tuesday, February 10</b>. Here is how the day will go (all times Mountain):</p>"
        "<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\">"
        "<tr><td>09:00</td><td>Welcome in the main Zoom room &ndash; Dr. Marguerite Olander (PD)</td></tr>"
        "<tr><td>09:30&ndash;11:00</td><td>Faculty interviews in breakout rooms (3 &times; 20 min). "
        "You&rsquo;ll be moved automatically &ndash; please don&rsquo;t leave the meeting.</td></tr>"
        "<tr><td>11:00&ndash;12:00</td><td>Fellows&rsquo; panel (no faculty present)</td></tr>"
        "<tr><td>12:00&ndash;13:15</td><td>Virtual tour of the MICU and closing remarks</td></tr></table>"
        "<p>Zoom: <a href=\"https://zoom.example/j/84412093317?pwd=FRMCccm\">"
        "https://zoom.example/j/84412093317</a><br>Meeting ID 844 1209 3317 &middot; Passcode 561204</p>"
        "<p>The evening before (Monday, Feb 9) our fellows are hosting an informal virtual happy hour "
        "at 6 pm MT &ndash; same Zoom link. Totally optional!</p>"
        "<p>Best,<br>Dolores<br><span style=\"color:#666\">Dolores Quintana-Haag, C-TAGME<br>Program "
        "Coordinator, Critical Care Medicine Fellowship<br>Front Range Medical Center | 1719 E. Colfax "
        "Ave, Denver, CO 80218 | 303.555.0187</span></p>")
    mail(f"{d}/03-zoom-details-and-schedule.eml",
         frm="Dolores Quintana-Haag <dquintana@frontrangemed.example>",
         to="undisclosed-recipients:;",
         subject="FRMC CCM Virtual Interview Day - Tuesday 2/10 - Zoom details",
         date=T(2026, 2, 5, 15, 48, DEN), msgid="<SA1PR12MB77415F@SA1PR12MB7741.prod.outlook.example>",
         html=html3, headers=[("X-Mailer", "Microsoft Outlook 16.0")])


# ---------------------------------------------------------------- 03
S3 = "Sierra Vista Regional Medical Center"
S3_ROLE = "Pulmonary and Critical Care Medicine Fellowship"
s3_start, s3_end = wd(T(2026, 1, 14, 7, 45, LA), "Wed"), T(2026, 1, 14, 12, 0, LA)


@case("b78-03-waitlist-spot-opened-sacramento",
      [interview(S3, S3_ROLE, s3_start, s3_end, "scheduled", [], ["bcho@sierravistarmc.example"],
                 "onsite")],
      "hard", "positive/waitlist-swap",
      "Waitlisted for Jan 7 / Jan 14; coordinator: 'a spot opened up on Jan 14, would you like it?';"
      " user says yes; ResidentRoute confirms Wed Jan 14 7:45 AM-12:00 PM PT (virtual interview day)."
      " Jan 7 never booked.")
def c03(d):
    mail(f"{d}/01-residentroute-waitlisted.eml", frm=RR, to=OWNER,
         subject="Waitlist update: Sierra Vista Regional Medical Center",
         date=T(2025, 12, 2, 9, 12, CHI), msgid="<rr.5be2.waitlist@residentroute.example>",
         text=("Hi Tamsin,\n\nAll interview dates for Sierra Vista Regional Medical Center - "
               "Pulmonary and Critical Care Medicine Fellowship are currently full. You have been "
               "added to the waitlist for:\n\n  * Wednesday, January 7, 2026\n  * Wednesday, "
               "January 14, 2026\n\nIf a spot opens, the program may offer it to you. You can "
               "manage your waitlist preferences in your dashboard.\n" + RR_FOOT))
    date2 = T(2026, 1, 5, 8, 20, LA)
    body2 = ("Hi Dr. Adebayo,\n\nHappy new year! A spot opened up on Jan 14, would you like it? It "
             "is our last virtual interview day of the season (7:45 AM to noon Pacific).\n\nIf you "
             "can let me know by Wednesday at noon I'll move you off the waitlist and the system "
             "will send you the confirmation.\n\nThanks,\nBethany\n\nBethany Cho\nFellowship "
             "Coordinator, Division of Pulmonary & Critical Care\nSierra Vista Regional Medical "
             "Center\n2315 Stockton Blvd, Sacramento, CA 95817 | (916) 555-0178\n")
    mid2 = "<CAJ3b7x0Q@mail.sierravistarmc.example>"
    mail(f"{d}/02-coordinator-spot-opened.eml", frm="Bethany Cho <bcho@sierravistarmc.example>",
         to=OWNER, subject="Sierra Vista PCCM - interview opening", date=date2, msgid=mid2,
         text=body2)
    date3 = T(2026, 1, 5, 11, 3, CHI)
    quoted = "\n".join("> " + l if l else ">" for l in body2.splitlines())
    body3 = ("Hi Bethany,\n\nYes please - I would love the January 14 spot. Thank you so much for "
             "thinking of me!\n\nBest,\nTamsin\n\nTamsin Adebayo, MD\nPGY-3, Internal Medicine\n"
             "Northlake Medical Center, Chicago\n\n"
             f"On Mon, Jan 5, 2026 at 10:20 AM Bethany Cho <bcho@sierravistarmc.example> wrote:\n"
             + quoted + "\n")
    mail(f"{d}/03-user-reply-yes.eml", frm=f"{OWNER_NAME} <{OWNER}>",
         to="Bethany Cho <bcho@sierravistarmc.example>",
         subject="Re: Sierra Vista PCCM - interview opening", date=date3,
         msgid="<3F1A2C8E-77B0-4C0B-9E51-18D0A6C1B2F4@example.com>", in_reply_to=mid2,
         references=mid2, text=body3, headers=[("X-Mailer", "iPhone Mail (22C152)")])
    stamp = T(2026, 1, 5, 16, 40, LA)
    ics = vcal([vevent("rr-5be2-svrmc-20260114@residentroute.example", s3_start, s3_end,
                       "Sierra Vista Regional Medical Center PCCM - Virtual Interview Day",
                       stamp=stamp, organizer=("ResidentRoute", "calendar@residentroute.example"),
                       attendees=[attendee(OWNER_NAME, OWNER)],
                       description="Virtual interview day. Zoom details will be sent by the program.",
                       location="Virtual (Zoom)")])
    mail(f"{d}/04-residentroute-confirmed.eml", frm=RR, to=OWNER,
         reply_to="Bethany Cho <bcho@sierravistarmc.example>",
         subject="Interview confirmed: Sierra Vista Regional Medical Center - Wed, Jan 14, 2026",
         date=stamp, msgid="<rr.5be2.confirm@residentroute.example>",
         text=("Hi Tamsin,\n\nGood news - you have been moved from the waitlist to a confirmed "
               "interview.\n\nProgram: Sierra Vista Regional Medical Center - Pulmonary and Critical "
               "Care Medicine Fellowship\nDate: Wednesday, January 14, 2026\nTime: 7:45 AM - 12:00 PM "
               "Pacific Time\nFormat: Virtual (Zoom)\n\n" + RR_FOOT),
         attach=("invite.ics", ics, "ics"))


# ---------------------------------------------------------------- 04
K4 = "Kapalai Medical Center"
K4_ROLE = "Pulmonary and Critical Care Medicine Fellowship"
k4_start, k4_end = wd(T(2026, 3, 12, 9, 30, HNL), "Thu"), T(2026, 3, 12, 10, 15, HNL)


@case("b78-04-honolulu-pd-interview-google-invite",
      [interview(K4, K4_ROLE, k4_start, k4_end, "scheduled", ["kamarante@kapalaimed.example"],
                 ["kamarante@kapalaimed.example"], "hiring_manager")],
      "medium", "positive/google-invite-timezone",
      "Honolulu program (HST, no DST) one-on-one video interview with the PD; coordinator mail says "
      "9:30 AM HST = 2:30 PM Central (after US DST). Google invite in UTC. Same interview twice.")
def c04(d):
    mid1 = "<CAHk4pL2x_9q@mail.kapalaimed.example>"
    mail(f"{d}/01-coordinator-email.eml", frm="Leilani Fonoti <lfonoti@kapalaimed.example>",
         to=OWNER, cc="Kenji Amarante <kamarante@kapalaimed.example>",
         subject="Kapalai PCCM Fellowship - interview with Dr. Amarante",
         date=T(2026, 3, 2, 8, 15, HNL), msgid=mid1,
         text=("Aloha Dr. Adebayo,\n\nMahalo for your interest in the Kapalai Medical Center Pulmonary "
               "and Critical Care Medicine Fellowship. Dr. Kenji Amarante, our Program Director, would "
               "like to meet with you for a one-on-one interview by video (we know the flight from "
               "Chicago is a long one!).\n\nWe have you down for Thursday, March 12 at 9:30 AM HST - "
               "that's 2:30 PM Central for you, since the mainland will have sprung forward by then. "
               "Plan on about 45 minutes. I'll send a Google Calendar invite with the Meet link.\n\n"
               "A hui hou,\nLeilani\n\nLeilani Fonoti\nGME Program Coordinator\nKapalai Medical "
               "Center | 1380 Lusitana St, Honolulu, HI 96813\n(808) 555-0160\n"),
         html=html_wrap("<p>Aloha Dr. Adebayo,</p><p>Mahalo for your interest in the Kapalai Medical "
                        "Center Pulmonary and Critical Care Medicine Fellowship. Dr. Kenji Amarante, "
                        "our Program Director, would like to meet with you for a one-on-one interview "
                        "by video (we know the flight from Chicago is a long one!).</p><p>We have you "
                        "down for <b>Thursday, March 12 at 9:30 AM HST</b> &ndash; that&#39;s 2:30 PM "
                        "Central for you, since the mainland will have sprung forward by then. Plan "
                        "on about 45 minutes. I&#39;ll send a Google Calendar invite with the Meet "
                        "link.</p><p>A hui hou,<br>Leilani</p><p>Leilani Fonoti<br>GME Program "
                        "Coordinator<br>Kapalai Medical Center | 1380 Lusitana St, Honolulu, HI 96813"
                        "<br>(808) 555-0160</p>"))
    stamp = T(2026, 3, 2, 8, 21, HNL)
    desc = ("One-on-one interview with Dr. Kenji Amarante, Program Director, PCCM Fellowship.\n\n"
            "Join with Google Meet: https://meet.example/kpl-mhzq-twe")
    ics = vcal([vevent("5k2v9oq3rm8d1tbl0c6xw4ya7e@google.com", k4_start, k4_end,
                       "Interview: Dr. Tamsin Adebayo / Dr. Kenji Amarante (PCCM Fellowship)",
                       stamp=stamp, organizer=("Leilani Fonoti", "lfonoti@kapalaimed.example"),
                       attendees=[attendee("Leilani Fonoti", "lfonoti@kapalaimed.example", "ACCEPTED"),
                                  attendee("Kenji Amarante", "kamarante@kapalaimed.example",
                                           "ACCEPTED"),
                                  attendee(OWNER, OWNER)],
                       description=desc, location="",
                       extra=["X-GOOGLE-CONFERENCE:https://meet.example/kpl-mhzq-twe"])],
               prodid="-//Google Inc//Google Calendar 70.9054//EN")
    text2 = ("Interview: Dr. Tamsin Adebayo / Dr. Kenji Amarante (PCCM Fellowship)\n"
             "Thursday Mar 12, 2026 \u22c5 9:30am \u2013 10:15am\nHawaii-Aleutian Standard Time - "
             "Honolulu\n\nJoin with Google Meet\nhttps://meet.example/kpl-mhzq-twe\n\nOrganizer\n"
             "Leilani Fonoti\nlfonoti@kapalaimed.example\n\nGuests\nLeilani Fonoti - organizer\n"
             "Kenji Amarante\nkamarante@kapalaimed.example\n" + OWNER + "\n\n" + desc +
             "\n\nInvitation from Google Calendar\nYou are receiving this email because you are an "
             "attendee on the event.\n")
    mail(f"{d}/02-google-calendar-invitation.eml",
         frm="Leilani Fonoti <lfonoti@kapalaimed.example>", to=OWNER,
         sender="Google Calendar <calendar-notification@google.com>",
         reply_to="Leilani Fonoti <lfonoti@kapalaimed.example>",
         subject=("Invitation: Interview: Dr. Tamsin Adebayo / Dr. Kenji Amarante (PCCM Fellowship) "
                  f"@ Thu Mar 12, 2026 9:30am - 10:15am (HST) ({OWNER})"),
         date=stamp, msgid="<calendar-3c0e51d9-aa41-4d2e-9b0f-0f5c1b7e2a11@google.com>",
         text=text2, cte="base64",
         html=html_wrap(text2.replace("\n", "<br>\n"), "Roboto,Helvetica,Arial,sans-serif"),
         cal=ics, attach=("invite.ics", ics, "ics"))


# ---------------------------------------------------------------- 05
P5 = "Prairie Valley Health"
p5_start = wd(T(2026, 2, 19, 12, 0, CHI), "Thu")
p5_end = p5_start + timedelta(minutes=30)


@case("b78-05-hospitalist-recruiter-phone-screen-thread",
      [interview(P5, "Nocturnist Hospitalist", p5_start, p5_end, "scheduled",
                 ["calbrecht@prairievalleyhealth.example"], ["calbrecht@prairievalleyhealth.example"],
                 "phone_screen")],
      "medium", "positive/thread-relative-date",
      "Physician recruiter proposes 'Wed after 1 or Thursday at noon'; user picks Thursday at noon; "
      "recruiter confirms (Mon Feb 16 thread -> Thu Feb 19 12:00 CT, 30 min). Recruiter is the "
      "interviewer.")
def c05(d):
    sig = ("\n\nCourtney Albrecht\nPhysician Recruiter | Prairie Valley Health\n411 SW Adams St, "
           "Peoria, IL 61602\no: 309-555-0115 | c: 309-555-0116\nprairievalleyhealth.example/careers\n")
    b1 = ("Dr. Adebayo,\n\nThank you for your interest in our Nocturnist Hospitalist opening at "
          "Prairie Valley Health! I'd love to set up an introductory call - about 30 minutes - to tell "
          "you about the group and the 7-on/7-off schedule and learn what you're looking for.\n\n"
          "Do you have time this week? I'm open Wednesday after 1 or Thursday at noon." + sig)
    m1 = "<0100018d-b78-05a@prairievalleyhealth.example>"
    mail(f"{d}/01-recruiter-intro.eml", frm="Courtney Albrecht <calbrecht@prairievalleyhealth.example>",
         to=OWNER, subject="Nocturnist Hospitalist opportunity - Prairie Valley Health",
         date=T(2026, 2, 16, 9, 5, CHI), msgid=m1, text=b1)
    b2 = ("Hi Courtney,\n\nThanks for reaching out! Thursday at noon works for me. The best number "
          "is my cell, 312-555-0199.\n\nTamsin\n\nOn Mon, Feb 16, 2026 at 9:05 AM Courtney Albrecht "
          "<calbrecht@prairievalleyhealth.example> wrote:\n"
          + "\n".join("> " + l for l in b1.splitlines()) + "\n")
    m2 = "<CAO2+tamsin.b78.05b@mail.example.com>"
    mail(f"{d}/02-user-reply.eml", frm=f"{OWNER_NAME} <{OWNER}>",
         to="Courtney Albrecht <calbrecht@prairievalleyhealth.example>",
         subject="Re: Nocturnist Hospitalist opportunity - Prairie Valley Health",
         date=T(2026, 2, 16, 20, 40, CHI), msgid=m2, in_reply_to=m1, references=m1, text=b2)
    b3 = ("Perfect - I'll give you a call Thursday at noon (Central). Talk soon!\n\nCourtney" + sig +
          "\n-----Original Message-----\nFrom: Tamsin Adebayo <" + OWNER + ">\nSent: Monday, "
          "February 16, 2026 8:40 PM\nTo: Courtney Albrecht <calbrecht@prairievalleyhealth.example>\n"
          "Subject: Re: Nocturnist Hospitalist opportunity - Prairie Valley Health\n\nHi Courtney,\n\n"
          "Thanks for reaching out! Thursday at noon works for me. The best number is my cell, "
          "312-555-0199.\n\nTamsin\n")
    mail(f"{d}/03-recruiter-confirms.eml",
         frm="Courtney Albrecht <calbrecht@prairievalleyhealth.example>", to=OWNER,
         subject="RE: Nocturnist Hospitalist opportunity - Prairie Valley Health",
         date=T(2026, 2, 17, 8, 12, CHI), msgid="<0100018d-b78-05c@prairievalleyhealth.example>",
         in_reply_to=m2, references=f"{m1} {m2}", text=b3, cte="quoted-printable",
         headers=[("X-Mailer", "Microsoft Outlook 16.0")])


# ---------------------------------------------------------------- 06
K6 = "Kinnickinnic Health"
k6_start, k6_end = wd(T(2026, 3, 9, 8, 30, CHI), "Mon"), T(2026, 3, 9, 14, 0, CHI)
K6_INT = ["ocastellanos@kkhealth.example", "hprzybylski@kkhealth.example"]


@case("b78-06-hospitalist-site-visit-milwaukee-html-only",
      [interview(K6, "Hospitalist (Day Shift)", k6_start, k6_end, "scheduled", K6_INT, K6_INT,
                 "onsite")],
      "hard", "positive/site-visit",
      "HTML-only quoted-printable site-visit itinerary (+ floating-time .ics export) the day after US DST starts (Mon Mar 9, CDT): "
      "8:30a CMO meeting ... 1:30p-2:00p wrap-up = one onsite 08:30-14:00 -05:00. Sunday dinner with the"
      " group is not an interview. Interviewers = CMO + Director of Hospital Medicine (addresses given).")
def c06(d):
    rows = [("Sunday, March 8", "7:00p", "Dinner with members of the hospitalist group &ndash; Harbor "
             "House, 550 N Harbor Dr (spouses/partners welcome)"),
            ("Monday, March 9", "8:30a &ndash; 9:15a", "Meet with Dr. Obinna Castellanos, Chief "
             "Medical Officer (ocastellanos@kkhealth.example)"),
            ("", "9:15a &ndash; 10:15a", "Hospital tour with Dr. Lena Farouk, hospitalist"),
            ("", "10:15a &ndash; 11:15a", "Interview with Dr. Hannah Przybylski, Director of Hospital "
             "Medicine (hprzybylski@kkhealth.example)"),
            ("", "11:30a &ndash; 12:30p", "Lunch with the hospitalist team (5 West conference room)"),
            ("", "12:45p &ndash; 1:30p", "Nursing leadership &amp; case management panel"),
            ("", "1:30p &ndash; 2:00p", "Wrap-up, benefits and next steps with Mara")]
    trs = "".join(f"<tr><td style=\"padding:4px 10px\">{a}</td><td style=\"padding:4px 10px;"
                  f"white-space:nowrap\">{b}</td><td style=\"padding:4px 10px\">{c}</td></tr>"
                  for a, b, c in rows)
    html = html_wrap(
        "<div>Hi Dr. Adebayo,</div><div><br></div><div>We&rsquo;re so glad you&rsquo;ll be visiting "
        "us in Milwaukee! Below is your site visit itinerary for the <b>Hospitalist (Day Shift)</b> "
        "position. We&rsquo;ve booked you at the Lakeshore Inn for Sunday night (confirmation "
        "#LI-40917); mileage from Chicago will be reimbursed.</div><div><br></div>"
        f"<table style=\"border-collapse:collapse;border:1px solid #ccc\">{trs}</table>"
        "<div><br></div><div>Please report to the Administration suite, 3rd floor of the main "
        "tower (2900 W Oklahoma Ave) at 8:20a to get your visitor badge.</div><div><br></div>"
        "<div>Looking forward to it,</div><div>Mara</div><div><br></div>"
        "<div style=\"color:#555;font-size:12px\">Mara Lindqvist | Senior Physician Recruiter<br>"
        "Kinnickinnic Health | 2900 W Oklahoma Ave, Milwaukee, WI 53215<br>"
        "Direct: 414.555.0193 | Mobile: 414.555.0194</div>", "Calibri,Arial,sans-serif")
    mail(f"{d}/01-site-visit-itinerary.eml", frm="Mara Lindqvist <mlindqvist@kkhealth.example>",
         to=OWNER, cc="Hannah Przybylski <hprzybylski@kkhealth.example>",
         subject="Site visit itinerary - Dr. Tamsin Adebayo - Monday 3/9",
         date=T(2026, 2, 24, 15, 27, CHI), msgid="<DM6PR19MB3F2A9@DM6PR19MB.prod.outlook.example>",
         html=html, headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    mail(f"{d}/02-see-you-monday.eml", frm="Mara Lindqvist <mlindqvist@kkhealth.example>", to=OWNER,
         subject="RE: Site visit itinerary - Dr. Tamsin Adebayo - Monday 3/9",
         date=T(2026, 3, 6, 16, 2, CHI), msgid="<DM6PR19MB40C1B@DM6PR19MB.prod.outlook.example>",
         in_reply_to="<DM6PR19MB3F2A9@DM6PR19MB.prod.outlook.example>",
         text=("Hi Tamsin - quick reminder for Monday: park in visitor lot C (I'll validate), and "
               "don't forget the clocks change Sunday morning! Dr. Castellanos has a board meeting "
               "right after, so we'll start promptly at 8:30.\n\nSafe drive,\nMara\n\nMara Lindqvist "
               "| Senior Physician Recruiter\nKinnickinnic Health | 2900 W Oklahoma Ave, Milwaukee, "
               "WI 53215\nDirect: 414.555.0193\n"))
    # the user saved the itinerary into her calendar app; floating local times (Central per the mail)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Apple Inc.//macOS 15.2//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "BEGIN:VEVENT", "UID:9C1E77B0-5A2D-4F3E-B78A-06D1F2C3A4B5",
             f"DTSTAMP:{utcs(T(2026, 2, 24, 19, 40, CHI))}", f"DTSTART:{loc(k6_start)}",
             f"DTEND:{loc(k6_end)}", "SUMMARY:Kinnickinnic Health site visit (hospitalist)",
             "LOCATION:" + esc("Kinnickinnic Health, 2900 W Oklahoma Ave, Milwaukee, WI 53215"),
             "DESCRIPTION:" + esc("Badge pickup 8:20a, 3rd floor admin suite. CMO 8:30a, Dr. "
                                  "Przybylski 10:15a, wrap-up w/ Mara until 2p."),
             f"ORGANIZER;CN={OWNER_NAME}:mailto:{OWNER}",
             attendee(OWNER_NAME, OWNER, "ACCEPTED"), "SEQUENCE:0", "STATUS:CONFIRMED",
             "END:VEVENT", "END:VCALENDAR"]
    write_ics(f"{d}/03-site-visit-calendar-export.ics",
              "\r\n".join(fold(l) for l in lines) + "\r\n")


# ---------------------------------------------------------------- 07
S7 = "Saguaro Ridge Health"
s7_start, s7_end = wd(T(2026, 3, 17, 10, 0, PHX), "Tue"), T(2026, 3, 17, 10, 45, PHX)


def exchange_invite(path, *, frm, org, to_list, subject, date, msgid, when_label, body, uid,
                    start, end, tzid, seq=0, method="REQUEST", status="CONFIRMED", location=
                    "Microsoft Teams Meeting"):
    teams = ("\n________________________________________________________________________________\n"
             "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
             "Click here to join the meeting<https://teams.example/l/meetup-join/19%3ameeting_"
             + uid[:12] + ">\nMeeting ID: 271 884 903 116\nPasscode: Hs7qP2\n"
             "________________________________________________________________________________\n")
    text = f"When: {when_label}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}" + (
        teams if method == "REQUEST" else "")
    atts = [attendee(n, e) for n, e in to_list]
    ev = vevent(uid, start, end, subject.replace("Canceled: ", ""), stamp=date, organizer=org,
                attendees=atts, description=text, location=location, seq=seq, status=status,
                tzid=tzid, extra=[f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
                                  "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL"
                                                                   else "TENTATIVE"),
                                  "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL"
                                                                       else "BUSY"),
                                  "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
                                  "X-MICROSOFT-CDO-IMPORTANCE:" + ("2" if method == "CANCEL" else "1"),
                                  "X-MICROSOFT-CDO-INSTTYPE:0",
                                  "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
                                  "X-MICROSOFT-DISALLOW-COUNTER:FALSE"])
    ics = vcal([ev], method=method, prodid="Microsoft Exchange Server 2010", tzids=[tzid])
    mail(path, frm=frm, to=", ".join(f"{n} <{e}>" for n, e in to_list), subject=subject, date=date,
         msgid=msgid, text=text, html=html_wrap(text.replace("&", "&amp;").replace("<", "&lt;")
                                                .replace("\n", "<br>\n"), "Aptos,Calibri,sans-serif"),
         cal=ics, cal_method=method, cal_cte="base64",
         headers=[("Thread-Topic", subject.replace("Canceled: ", "")),
                  ("Content-class", "urn:content-classes:calendarmessage"),
                  ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
         received_from="NAM11-BN8-obe.outbound.protection.outlook.example")


@case("b78-07-phoenix-teams-invite-then-cancelled",
      [interview(S7, "Hospitalist", s7_start, s7_end, "cancelled", ["dachterberg@saguaroridge.example"],
                 ["dachterberg@saguaroridge.example"], "hiring_manager")],
      "medium", "positive/cancellation",
      "Exchange/Teams invite with TZID 'US Mountain Standard Time' (Arizona, no DST: Tue Mar 17 "
      "10:00-10:45 -07:00), later METHOD:CANCEL because the search was paused -> one cancelled interview.")
def c07(d):
    org = ("Veronica Ybarra", "vybarra@saguaroridge.example")
    people = [(OWNER_NAME, OWNER), ("Desmond Achterberg", "dachterberg@saguaroridge.example")]
    uid = ("040000008200E00074C5B7101A82E00800000000B78A07C41DB5DC01000000000000000010000000"
           "7A1F33C09E2B8D4CA4F1B78E5D0C2A11")
    subj = "Hospitalist Interview - Dr. Tamsin Adebayo"
    when = "Tuesday, March 17, 2026 10:00 AM-10:45 AM (UTC-07:00) Arizona."
    exchange_invite(f"{d}/01-teams-invite.eml", frm="Veronica Ybarra <vybarra@saguaroridge.example>",
                    org=org, to_list=people, subject=subj, date=T(2026, 3, 4, 13, 11, PHX),
                    msgid="<BY5PR17MB3C1D07@BY5PR17MB.namprd17.prod.outlook.example>",
                    when_label=when, uid=uid, start=s7_start, end=s7_end,
                    tzid="US Mountain Standard Time",
                    body=("Hi Dr. Adebayo,\n\nThank you for your interest in the Hospitalist position "
                          "with Saguaro Ridge Health. Dr. Desmond Achterberg, Medical Director of "
                          "Hospital Medicine, will meet with you over Teams for about 45 minutes.\n\n"
                          "Please note Arizona does not observe daylight saving time - this will be "
                          "12:00 PM in Chicago.\n\nVeronica Ybarra\nTalent Acquisition Partner, "
                          "Physician & APP Recruitment\nSaguaro Ridge Health | 1450 N 7th St, "
                          "Phoenix, AZ 85006 | 602-555-0172\n"))
    exchange_invite(f"{d}/02-teams-cancel.eml", frm="Veronica Ybarra <vybarra@saguaroridge.example>",
                    org=org, to_list=people, subject="Canceled: " + subj,
                    date=T(2026, 3, 12, 9, 40, PHX),
                    msgid="<BY5PR17MB4E8812@BY5PR17MB.namprd17.prod.outlook.example>",
                    when_label=when, uid=uid, start=s7_start, end=s7_end,
                    tzid="US Mountain Standard Time", seq=1, method="CANCEL", status="CANCELLED",
                    body=("Dr. Adebayo - I'm sorry to cancel on short notice. Leadership has decided "
                          "to put this hospitalist search on hold while we restructure the night "
                          "coverage model, so we won't be moving forward with interviews at this "
                          "time. I will reach out if the position reopens.\n\nVeronica\n"))


# ---------------------------------------------------------------- 08
C8 = "Cumberland Valley University Hospital"
C8_ROLE = "Pulmonary/Critical Care Medicine Fellowship"
c8_start, c8_end = wd(T(2026, 2, 3, 8, 30, NY), "Tue"), T(2026, 2, 3, 13, 0, NY)


@case("b78-08-candidate-withdraws-virtual-interview",
      [interview(C8, C8_ROLE, c8_start, c8_end, "cancelled", [], ["praghunathan@cvuh.example"],
                 "onsite")],
      "medium", "positive/cancellation",
      "ResidentRoute confirmation (base64 body, .ics TZID America/New_York) for Tue Feb 3 8:30-1:00 ET;"
      " user withdraws; coordinator confirms; ResidentRoute sends METHOD:CANCEL.")
def c08(d):
    uid = "rr-0c88d1-cvuh-pccm-20260203@residentroute.example"
    st1 = T(2026, 1, 9, 11, 2, CHI)
    ev = lambda seq, status, stamp: vevent(uid, c8_start, c8_end,
                                           "Cumberland Valley University Hospital PCCM - Virtual "
                                           "Interview", stamp=stamp,
                                           organizer=("ResidentRoute", "calendar@residentroute.example"),
                                           attendees=[attendee(OWNER_NAME, OWNER)],
                                           description="Virtual interview day (Zoom).",
                                           location="Virtual (Zoom)", seq=seq, status=status, tzid=NY)
    mail(f"{d}/01-residentroute-confirmed.eml", frm=RR, to=OWNER,
         reply_to="Priya Raghunathan-Bell <praghunathan@cvuh.example>",
         subject="Interview confirmed: Cumberland Valley University Hospital (Tue, Feb 3, 2026)",
         date=st1, msgid="<rr.0c88d1.confirm@residentroute.example>", cte="base64",
         text=("Hi Tamsin,\n\nYour interview is confirmed.\n\nProgram: Cumberland Valley University "
               "Hospital - Pulmonary/Critical Care Medicine Fellowship\nDate: Tuesday, February 3, "
               "2026\nTime: 8:30 AM - 1:00 PM ET\nFormat: Virtual (Zoom)\n\nNeed to cancel? Please "
               "contact the program coordinator, Priya Raghunathan-Bell (praghunathan@cvuh.example).\n"
               + RR_FOOT),
         attach=("invite.ics", vcal([ev(0, "CONFIRMED", st1)], tzids=[NY]), "ics"))
    b2 = ("Dear Ms. Raghunathan-Bell,\n\nI am writing to let you know that, because of a family "
          "matter, I need to stay in the Chicago area for fellowship. I would like to withdraw my "
          "application and cancel my interview on February 3 so that another applicant can have the "
          "slot.\n\nThank you very much for the invitation, and my apologies for any inconvenience.\n\n"
          "Sincerely,\nTamsin Adebayo, MD\nPGY-3 Internal Medicine, Northlake Medical Center\n")
    m2 = "<b78-08-withdraw.4471@example.com>"
    mail(f"{d}/02-user-withdraws.eml", frm=f"{OWNER_NAME} <{OWNER}>",
         to="Priya Raghunathan-Bell <praghunathan@cvuh.example>",
         subject="Withdrawal - Tamsin Adebayo - PCCM interview Feb 3", date=T(2026, 1, 26, 21, 15, CHI),
         msgid=m2, text=b2, headers=[("User-Agent", "Mozilla Thunderbird 128.6.0")])
    mail(f"{d}/03-coordinator-ack.eml", frm="Priya Raghunathan-Bell <praghunathan@cvuh.example>",
         to=f"{OWNER_NAME} <{OWNER}>", subject="RE: Withdrawal - Tamsin Adebayo - PCCM interview Feb 3",
         date=T(2026, 1, 27, 8, 47, NY), msgid="<CH2PR08MB7A61@CH2PR08MB.prod.outlook.example>",
         in_reply_to=m2, references=m2,
         text=("Dr. Adebayo,\n\nThank you for letting us know. I have cancelled your interview and "
               "released the slot. We wish you all the best!\n\nPriya\n\nPriya Raghunathan-Bell\n"
               "Program Coordinator | Pulmonary, Critical Care & Sleep Medicine\nCumberland Valley "
               "University Hospital\n1924 Alcoa Hwy, Knoxville, TN 37920 | 865-555-0128\n\n"
               "-----Original Message-----\n" + b2))
    st4 = T(2026, 1, 27, 7, 49, CHI)
    mail(f"{d}/04-residentroute-cancelled.eml", frm=RR, to=OWNER,
         subject="Interview cancelled: Cumberland Valley University Hospital",
         date=st4, msgid="<rr.0c88d1.cancel@residentroute.example>",
         text=("Hi Tamsin,\n\nYour interview with Cumberland Valley University Hospital - "
               "Pulmonary/Critical Care Medicine Fellowship on Tuesday, February 3, 2026 (8:30 AM - "
               "1:00 PM ET) has been cancelled by the program at your request.\n" + RR_FOOT),
         attach=("cancel.ics", vcal([ev(1, "CANCELLED", st4)], method="CANCEL", tzids=[NY]), "ics"))


# ---------------------------------------------------------------- 09
L9 = "Lakeview Physicians Group"
l9a_start, l9a_end = wd(T(2026, 3, 3, 14, 0, CHI), "Tue"), T(2026, 3, 3, 14, 30, CHI)
l9b_start, l9b_end = wd(T(2026, 3, 13, 7, 30, CHI), "Fri"), T(2026, 3, 13, 8, 30, CHI)
L9_PANEL = ["shaldane@lakeviewpg.example", "milunga@lakeviewpg.example"]


@case("b78-09-hospitalist-screen-then-panel-two-interviews",
      [interview(L9, "Hospitalist", l9a_start, l9a_end, "scheduled", ["jfitzwilliam@lakeviewpg.example"],
                 ["jfitzwilliam@lakeviewpg.example"], "phone_screen"),
       interview(L9, "Hospitalist", l9b_start, l9b_end, "scheduled", L9_PANEL, L9_PANEL, "onsite")],
      "hard", "positive/two-interviews",
      "ATS (Vitalis Recruit) books a recruiter phone screen Tue Mar 3 2:00-2:30 PM CST; after it, a "
      "panel video interview Fri Mar 13 7:30-8:30 AM Central via Exchange invite whose display label "
      "says (UTC-06:00) although CDT (-05:00) applies. Two interviews.")
def c09(d):
    st = T(2026, 2, 23, 10, 5, CHI)
    ics = vcal([vevent("vr-int-55812-screen@vitalisrecruit.example", l9a_start, l9a_end,
                       "Phone Screen: Hospitalist - Lakeview Physicians Group", stamp=st,
                       organizer=("Jerome Fitzwilliam", "jfitzwilliam@lakeviewpg.example"),
                       attendees=[attendee(OWNER_NAME, OWNER)],
                       description="Jerome will call you at the phone number on your profile.",
                       location="Phone")], prodid="-//Vitalis Recruit//Scheduler//EN")
    mail(f"{d}/01-ats-phone-screen-booked.eml",
         frm="Lakeview Physicians Group via Vitalis Recruit <notifications@vitalisrecruit.example>",
         to=OWNER, reply_to="Jerome Fitzwilliam <jfitzwilliam@lakeviewpg.example>",
         subject="Your phone screen with Lakeview Physicians Group is booked",
         date=st, msgid="<vr.55812.booked@vitalisrecruit.example>",
         text=("Hi Tamsin,\n\nYour phone screen is booked!\n\nRole: Hospitalist\nWhen: Tue, Mar 3, "
               "2026 2:00 PM - 2:30 PM CST\nWith: Jerome Fitzwilliam, Physician Recruiter\nHow: "
               "Jerome will call you at the number on your profile.\n\nNeed to reschedule? Use the "
               "link in your candidate portal: https://lakeviewpg.vitalisrecruit.example/c/55812\n\n"
               "Powered by Vitalis Recruit\n"),
         html=html_wrap("<p>Hi Tamsin,</p><p><b>Your phone screen is booked!</b></p><p>Role: "
                        "Hospitalist<br>When: Tue, Mar 3, 2026 2:00 PM &ndash; 2:30 PM CST<br>With: "
                        "Jerome Fitzwilliam, Physician Recruiter<br>How: Jerome will call you at the "
                        "number on your profile.</p><p style=\"color:#999\">Powered by Vitalis "
                        "Recruit</p>"),
         attach=("invite.ics", ics, "ics"))
    sig = ("\n\nJerome Fitzwilliam\nPhysician Recruiter, Lakeview Physicians Group\n3150 N Halsted "
           "St, Suite 600, Chicago, IL 60657\nT 773.555.0150 | M 773.555.0151\n")
    b2 = ("Hi Tamsin,\n\nGreat speaking with you today! As promised, next step is a video interview "
          "with Dr. Sunita Haldane-Moss (Chief of Hospital Medicine) and Dr. Marco Ilunga (Associate "
          "Chief). They like to do these before rounds - how's Friday the 13th at 7:30 in the "
          "morning? Should be about an hour." + sig)
    m2 = "<MN2PR11MB09C3@MN2PR11MB.prod.outlook.example>"
    mail(f"{d}/02-recruiter-next-step.eml", frm="Jerome Fitzwilliam <jfitzwilliam@lakeviewpg.example>",
         to=OWNER, subject="Next step - video interview", date=T(2026, 3, 3, 16, 10, CHI), msgid=m2,
         text=b2)
    m3 = "<b78-09-reply.2201@example.com>"
    mail(f"{d}/03-user-accepts.eml", frm=f"{OWNER_NAME} <{OWNER}>",
         to="Jerome Fitzwilliam <jfitzwilliam@lakeviewpg.example>",
         subject="Re: Next step - video interview", date=T(2026, 3, 3, 19, 22, CHI), msgid=m3,
         in_reply_to=m2, references=m2,
         text=("Friday 3/13 at 7:30 works - I'm post-call that week so the early slot is perfect.\n\n"
               "Thanks!\nTamsin\n\nSent from my iPhone\n\n> On Mar 3, 2026, at 4:10 PM, Jerome "
               "Fitzwilliam <jfitzwilliam@lakeviewpg.example> wrote:\n"
               + "\n".join("> " + l for l in b2.splitlines()) + "\n"),
         headers=[("X-Mailer", "iPhone Mail (22D63)")])
    people = [(OWNER_NAME, OWNER), ("Sunita Haldane-Moss", "shaldane@lakeviewpg.example"),
              ("Marco Ilunga", "milunga@lakeviewpg.example")]
    exchange_invite(f"{d}/04-teams-panel-invite.eml",
                    frm="Jerome Fitzwilliam <jfitzwilliam@lakeviewpg.example>",
                    org=("Jerome Fitzwilliam", "jfitzwilliam@lakeviewpg.example"), to_list=people,
                    subject="Video Interview - Hospitalist - Dr. Tamsin Adebayo",
                    date=T(2026, 3, 4, 9, 3, CHI),
                    msgid="<MN2PR11MB1D77@MN2PR11MB.prod.outlook.example>",
                    when_label="Friday, March 13, 2026 7:30 AM-8:30 AM (UTC-06:00) Central Time (US & "
                               "Canada).",
                    uid="040000008200E00074C5B7101A82E00800000000C09B1C4A6AACDC010000000000000000100000"
                        "00F3E9D1A0B78B09",
                    start=l9b_start, end=l9b_end, tzid="Central Standard Time",
                    body=("Hi all,\n\nPanel video interview for Dr. Tamsin Adebayo (Hospitalist "
                          "candidate). Interviewers: Dr. Sunita Haldane-Moss and Dr. Marco Ilunga. "
                          "CV attached in the candidate portal.\n\nJerome\n"))


# ---------------------------------------------------------------- 10
W10 = "Wasatch Valley Health"
W10_ROLE = "Critical Care Medicine Fellowship"
w10_start, w10_end = wd(T(2026, 3, 9, 7, 30, DEN), "Mon"), T(2026, 3, 9, 13, 0, DEN)


def gcal_event(eid, summary, start, end, tz, description, location, created, attendees=None):
    return {"kind": "calendar#event", "etag": f"\"{h(eid) * 7919:016d}\"", "id": eid,
            "status": "confirmed",
            "htmlLink": f"https://www.google.com/calendar/event?eid={eid}",
            "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "updated": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "summary": summary, "description": description, "location": location,
            "creator": {"email": OWNER, "self": True},
            "organizer": {"email": OWNER, "self": True},
            "start": {"dateTime": start.isoformat(), "timeZone": tz},
            "end": {"dateTime": end.isoformat(), "timeZone": tz},
            "iCalUID": f"{eid}@google.com", "sequence": 0,
            **({"attendees": attendees} if attendees else {}),
            "reminders": {"useDefault": True}, "eventType": "default"}


@case("b78-10-gcal-json-interview-day-and-dinner-salt-lake",
      [interview(W10, W10_ROLE, w10_start, w10_end, "scheduled", [],
                 ["jmarchetti@wasatchvalley.example"], "onsite")],
      "hard", "positive/gcal-json",
      "Two Calendar API events the user made herself: the optional pre-interview dinner Sun Mar 8 "
      "6:30 PM MDT (not an interview) and the interview day Mon Mar 9 7:30-13:00 MDT (-06:00, the day "
      "after DST). Coordinator address only in the description.")
def c10(d):
    created = T(2026, 2, 11, 21, 4, CHI)
    gcal(f"{d}/01-pre-interview-dinner.gcal.json", gcal_event(
        "7pq2m0c4vd9ksb1e8h3rjt6f5a", "Wasatch Valley - pre-interview dinner w/ fellows (optional)",
        T(2026, 3, 8, 18, 30, DEN), T(2026, 3, 8, 20, 30, DEN), DEN,
        "Casual dinner with current fellows, no faculty. RSVP'd yes to Jenna.",
        "Copper Pine Kitchen, 350 S 200 E, Salt Lake City, UT", created))
    gcal(f"{d}/02-interview-day.gcal.json", gcal_event(
        "0h8s3kqj5n1u7t2wceb9zr4mdo", "Wasatch Valley Health CCM Fellowship - Interview Day",
        w10_start, w10_end, DEN,
        ("In person. Schedule (MT):\n7:30 breakfast + program overview (Dr. Whitcombe, PD)\n"
         "8:30-11:00 faculty interviews (4 x 30 min)\n11:15-12:15 fellow-led hospital tour\n"
         "12:15-1:00 lunch & closing\n\nCoordinator: Jenna Marchetti, jmarchetti@wasatchvalley.example,"
         " 801-555-0133\nCheck in: 1050 E South Temple, Bldg B lobby"),
        "Wasatch Valley Health, 1050 E South Temple, Salt Lake City, UT 84102", created))


# ---------------------------------------------------------------- 11
R11 = "Redwood Coast University Hospital"
R11_ROLE = "Critical Care Medicine Fellowship (off-cycle position)"
r11_start = wd(T(2026, 3, 2, 10, 30, LA), "Mon")
r11_end = r11_start + timedelta(minutes=40)


@case("b78-11-pd-thread-half-past-ten-pacific",
      [interview(R11, R11_ROLE, r11_start, r11_end, "scheduled", ["faldridge@rcuh.example"],
                 ["faldridge@rcuh.example"], "hiring_manager")],
      "hard", "positive/thread-relative-date",
      "British-born program director (Tue Feb 24) proposes 'Monday at half past ten, Pacific time' "
      "for an off-cycle fellowship slot; user confirms '3/2 at 10:30 PT (12:30 my time)'; PD: about 40 "
      "minutes. Mar 2 is before US DST (-08:00).")
def c11(d):
    sig = ("\n\nFiona Aldridge-Mbeki, MBBS, FRCP\nProgram Director, Critical Care Medicine Fellowship\n"
           "Redwood Coast University Hospital\n1411 Harbor Way South, Oakland, CA 94607\n"
           "+1 (510) 555-0104\n")
    b1 = ("Dear Dr. Adebayo,\n\nDr. Ruth Kessler at Northlake passed your name along. A position has "
          "unexpectedly opened in our critical care fellowship for this July, outside of the Match, "
          "and I should very much like to speak with you about it - consider it a formal interview "
          "for the post.\n\nWould Monday at half past ten, Pacific time, suit? Video is fine." + sig)
    m1 = "<CAF1ald.b78.11a@mail.rcuh.example>"
    mail(f"{d}/01-pd-reaches-out.eml", frm="Fiona Aldridge-Mbeki <faldridge@rcuh.example>", to=OWNER,
         cc="Ruth Kessler <rkessler@northlakemed.example>",
         subject="Critical care fellowship position - July start",
         date=T(2026, 2, 24, 17, 48, LA), msgid=m1, text=b1, cte="quoted-printable")
    b2 = ("Dear Dr. Aldridge-Mbeki,\n\nThank you so much - I'm very interested. Monday 3/2 at 10:30 "
          "PT (12:30 my time) works well for me.\n\nBest regards,\nTamsin\n\n"
          "On Tue, Feb 24, 2026 at 7:48 PM Fiona Aldridge-Mbeki <faldridge@rcuh.example> wrote:\n"
          + "\n".join("> " + l for l in b1.splitlines()) + "\n")
    m2 = "<b78-11-reply.9034@example.com>"
    mail(f"{d}/02-user-confirms.eml", frm=f"{OWNER_NAME} <{OWNER}>",
         to="Fiona Aldridge-Mbeki <faldridge@rcuh.example>", subject="Re: Critical care fellowship "
         "position - July start", date=T(2026, 2, 24, 21, 5, CHI), msgid=m2, in_reply_to=m1,
         references=m1, text=b2)
    mail(f"{d}/03-pd-brilliant.eml", frm="Fiona Aldridge-Mbeki <faldridge@rcuh.example>", to=OWNER,
         subject="Re: Critical care fellowship position - July start",
         date=T(2026, 2, 25, 7, 12, LA), msgid="<CAF1ald.b78.11c@mail.rcuh.example>", in_reply_to=m2,
         references=f"{m1} {m2}",
         text=("Brilliant. I'll send a Zoom link beforehand; plan on about 40 minutes. Speak Monday!\n\n"
               "Fiona\n\nSent from my phone\n"))


# ---------------------------------------------------------------- 12
C12 = "Coastal Crest Medical Group"
c12_start, c12_end = wd(T(2026, 3, 12, 16, 30, LA), "Thu"), T(2026, 3, 12, 17, 15, LA)


@case("b78-12-forwarded-hospitalist-video-pst-label",
      [interview(C12, "Hospitalist", c12_start, c12_end, "scheduled", ["gokpara@coastalcrestmg.example"],
                 ["gokpara@coastalcrestmg.example"], "hiring_manager")],
      "hard", "positive/forwarded",
      "User forwards a recruiter mail from her work address ('Thu 3/12 @ 4:30p PST', wrong label: "
      "Mar 12 is PDT) and the recruiter then confirms 4:30-5:15pm Pacific to the personal address. "
      "One interview at 16:30-07:00.")
def c12f(d):
    fwd = ("fwding to my personal so I don't lose it. Told her yes.\n\nT\n\n"
           "---------- Forwarded message ---------\nFrom: Alana Whitlock-Reyes "
           "<awhitlock@coastalcrestmg.example>\nDate: Wed, Mar 4, 2026 at 1:17 PM\nSubject: "
           "Hospitalist video interview - Coastal Crest\nTo: Tamsin Adebayo <" + WORK + ">\n\n"
           "Hi Dr. Adebayo,\n\nThanks for sending your CV over! Our Hospitalist Medical Director, "
           "Dr. Gideon Okpara (gokpara@coastalcrestmg.example), would like to do a 45-min video "
           "interview. Are you free Thu 3/12 @ 4:30p PST? If so I'll send you a Zoom link.\n\n"
           "Thanks!\nAlana\n\nAlana Whitlock-Reyes | Physician Recruitment\nCoastal Crest Medical Group\n"
           "4060 Fourth Ave, San Diego, CA 92103\n(619) 555-0137\n")
    mail(f"{d}/01-fwd-from-work-address.eml", frm=f"Tamsin Adebayo <{WORK}>", to=OWNER,
         subject="Fwd: Hospitalist video interview - Coastal Crest", date=T(2026, 3, 4, 18, 2, CHI),
         msgid="<CY8PR01MB77A0@CY8PR01MB.prod.outlook.example>", text=fwd, cte="quoted-printable",
         headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    mail(f"{d}/02-recruiter-confirms-zoom.eml",
         frm="Alana Whitlock-Reyes <awhitlock@coastalcrestmg.example>", to=OWNER,
         cc="Gideon Okpara <gokpara@coastalcrestmg.example>",
         subject="Confirmed: video interview Thu 3/12 - Coastal Crest Medical Group",
         date=T(2026, 3, 5, 9, 40, LA), msgid="<CAB12alana.b78@mail.coastalcrestmg.example>",
         text=("Hi Tamsin,\n\nConfirmed for Thursday, 3/12, 4:30-5:15pm Pacific with Dr. Okpara (cc'd)."
               " Sending to this address as you asked.\n\nZoom: https://zoom.example/j/93017722410 "
               "(passcode 318842)\n\nAlana\n\nAlana Whitlock-Reyes | Physician Recruitment\nCoastal "
               "Crest Medical Group | 4060 Fourth Ave, San Diego, CA 92103 | (619) 555-0137\n"))


# ---------------------------------------------------------------- 13
E13 = "Elliott Bay University Medical Center"
E13_ROLE = "Pulmonary and Critical Care Medicine Fellowship"
e13_old = wd(T(2026, 1, 28, 7, 30, LA), "Wed")
e13_start, e13_end = wd(T(2026, 2, 4, 7, 30, LA), "Wed"), T(2026, 2, 4, 11, 45, LA)


@case("b78-13-residentroute-reschedule-then-thank-you",
      [interview(E13, E13_ROLE, e13_start, e13_end, "scheduled", [], ["mtakahashi@ebumc.example"],
                 "onsite")],
      "medium", "positive/reschedule",
      "ResidentRoute confirmation for Wed Jan 28 (SEQUENCE 0) moved by the program to Wed Feb 4 "
      "7:30-11:45 AM PT (SEQUENCE 1, same UID); a post-interview thank-you note follows. One interview "
      "at the final time.")
def c13(d):
    uid = "rr-e13b-ebumc-pccm@residentroute.example"
    mk = lambda s, e, seq, stamp: vcal([vevent(
        uid, s, e, "Elliott Bay University Medical Center PCCM - Virtual Interview Day", stamp=stamp,
        organizer=("ResidentRoute", "calendar@residentroute.example"),
        attendees=[attendee(OWNER_NAME, OWNER)], description="Virtual interview day on Zoom.",
        location="Virtual (Zoom)", seq=seq, tzid=LA)], tzids=[LA])
    st1 = T(2025, 12, 3, 13, 30, CHI)
    mail(f"{d}/01-residentroute-confirmed.eml", frm=RR, to=OWNER,
         reply_to="Marisa Takahashi-Lund <mtakahashi@ebumc.example>",
         subject="Interview confirmed: Elliott Bay University Medical Center (Wed, Jan 28, 2026)",
         date=st1, msgid="<rr.e13b.confirm@residentroute.example>",
         text=("Hi Tamsin,\n\nYour interview is confirmed.\n\nProgram: Elliott Bay University Medical "
               "Center - Pulmonary and Critical Care Medicine Fellowship\nDate: Wednesday, January 28, "
               "2026\nTime: 7:30 AM - 11:45 AM PT\nFormat: Virtual (Zoom)\n" + RR_FOOT),
         attach=("invite.ics", mk(e13_old, e13_old + timedelta(hours=4, minutes=15), 0, st1), "ics"))
    st2 = T(2026, 1, 12, 9, 55, CHI)
    mail(f"{d}/02-residentroute-date-changed.eml", frm=RR, to=OWNER,
         reply_to="Marisa Takahashi-Lund <mtakahashi@ebumc.example>",
         subject="Interview date changed: Elliott Bay University Medical Center",
         date=st2, msgid="<rr.e13b.changed@residentroute.example>",
         text=("Hi Tamsin,\n\nThe program has changed your interview date.\n\nPrevious: Wednesday, "
               "January 28, 2026, 7:30 AM - 11:45 AM PT\nNew: Wednesday, February 4, 2026, 7:30 AM - "
               "11:45 AM PT\n\nMessage from the program: \"Because of a faculty conflict we have "
               "consolidated our last two interview days. We apologize for the inconvenience - please "
               "reach out to Marisa if the new date does not work.\"\n" + RR_FOOT),
         html=rr_html("Interview date changed", [("Previous", "<s>Wed, Jan 28, 2026, 7:30&ndash;11:45 "
                                                  "AM PT</s>"),
                                                 ("New", "Wed, Feb 4, 2026, 7:30&ndash;11:45 AM PT")],
                      "<p>The program has changed your interview date.</p>"),
         attach=("invite.ics", mk(e13_start, e13_end, 1, st2), "ics"))
    mail(f"{d}/03-thank-you-for-interviewing.eml",
         frm="Marisa Takahashi-Lund <mtakahashi@ebumc.example>", to=OWNER,
         subject="Thank you for interviewing with Elliott Bay PCCM!",
         date=T(2026, 2, 4, 15, 30, LA), msgid="<SJ0PR05MB81@SJ0PR05MB.prod.outlook.example>",
         text=("Dear Dr. Adebayo,\n\nThank you for interviewing with us today! It was a pleasure to "
               "get to know you. Per Match guidelines we will not contact applicants about ranking. "
               "Feel free to reach out with any further questions.\n\nWarmly,\nMarisa\n\nMarisa "
               "Takahashi-Lund\nFellowship Coordinator, Pulmonary, Critical Care & Sleep Medicine\n"
               "Elliott Bay University Medical Center | 325 9th Ave, Seattle, WA 98104 | 206-555-0119\n"))


# ============================================================================ NEGATIVES

@case("b78-14-thank-you-for-interviewing-and-survey", [], "medium", "negative/post-interview-note",
      "PD's 'Thank you for interviewing' note about a past interview day (no time) plus a ResidentRoute "
      "post-interview survey. Nothing scheduled.")
def c14(d):
    mail(f"{d}/01-pd-thank-you.eml", frm="Gregory Castellano-Wu <gcwu@alleghenyridge.example>",
         to=OWNER, subject="Thank you for interviewing with Allegheny Ridge PCCM",
         date=T(2026, 1, 9, 16, 20, NY), msgid="<allegheny.b78.14a@alleghenyridge.example>",
         text=("Dear Dr. Adebayo,\n\nThank you for interviewing with the Allegheny Ridge University "
               "Pulmonary and Critical Care Medicine Fellowship yesterday. Our faculty and fellows "
               "enjoyed meeting you and learning about your QI work on ICU delirium screening.\n\n"
               "Our interview season has now concluded. In keeping with Match communication "
               "guidelines, we will not be requesting or sending any post-interview communication "
               "about rank lists. If you have questions about the program, please do not hesitate "
               "to contact our coordinator, Dana Whitacre (dwhitacre@alleghenyridge.example), or me.\n"
               "\nWith best wishes for the Match,\n\nGregory Castellano-Wu, MD\nProgram Director, "
               "PCCM Fellowship\nAllegheny Ridge University | 3471 Fifth Ave, Pittsburgh, PA 15213 | "
               "(412) 555-0181\n"))
    mail(f"{d}/02-residentroute-survey.eml", frm=RR, to=OWNER,
         subject="How was your interview day? 2-minute survey",
         date=T(2026, 1, 10, 9, 0, CHI), msgid="<rr.survey.b78.14@residentroute.example>",
         text=("Hi Tamsin,\n\nYou recently interviewed with Allegheny Ridge University - Pulmonary and "
               "Critical Care Medicine Fellowship. Tell us about your interview day experience: "
               "scheduling, video quality, and the candidate information you received. Responses "
               "are anonymous and are never shared with programs.\n\nTake the survey: "
               "https://app.residentroute.example/survey/8812\n" + RR_FOOT),
         html=rr_html("How was your interview day?", [], "<p>You recently interviewed with Allegheny "
                      "Ridge University. Tell us about your experience &ndash; 2 minutes.</p>"))


@case("b78-15-match-day-information-webinar", [], "medium", "negative/webinar",
      "Registration confirmation with .ics for a live Fellowship Match Day information webinar "
      "(rank order lists, interview season recap, Q&A). Not an interview.")
def c15(d):
    s, e = wd(T(2026, 3, 26, 19, 0, NY), "Thu"), T(2026, 3, 26, 20, 0, NY)
    st = T(2026, 3, 10, 11, 30, CHI)
    ics = vcal([vevent("zw-reg-84011990233-b78@zoom.example", s, e,
                       "Fellowship Match Day 2026: What to Expect (live webinar)", stamp=st,
                       organizer=("MedMatch Alliance Webinars", "webinars@medmatchalliance.example"),
                       attendees=[attendee(OWNER_NAME, OWNER)],
                       description="Join: https://zoom.example/w/84011990233?tk=b78",
                       location="https://zoom.example/w/84011990233")],
               prodid="-//Zoom Video Communications//Webinar//EN", method="PUBLISH")
    text = ("Hi Tamsin,\n\nThank you for registering for \"Fellowship Match Day 2026: What to Expect\".\n\n"
            "Date & time: Thursday, March 26, 2026 7:00 PM Eastern Time (US and Canada)\n\n"
            "Our panel - two program directors, a coordinator and a recent fellow - will cover:\n"
            " * how rank order lists are processed after the interview season\n"
            " * what happens on Match Day and what to do if you don't match\n"
            " * post-interview communication do's and don'ts for candidates\n"
            " * live Q&A\n\nJoin from PC, Mac, iOS or Android: https://zoom.example/w/84011990233?tk=b78"
            "\nWebinar ID: 840 1199 0233\n\nYou can cancel your registration at any time.\n\n"
            "MedMatch Alliance | 1 Hospital Plaza, Washington, DC 20001\n")
    mail(f"{d}/01-webinar-registration.eml",
         frm="MedMatch Alliance Webinars <no-reply@zoom.example>", to=OWNER,
         reply_to="webinars@medmatchalliance.example",
         subject="Fellowship Match Day 2026: What to Expect - Confirmation", date=st,
         msgid="<zw.reg.84011990233.b78@zoom.example>", text=text,
         html=html_wrap(text.replace("&", "&amp;").replace("\n", "<br>\n")),
         attach=("invite.ics", ics, "ics"))


@case("b78-16-board-exam-appointment", [], "hard", "negative/exam-appointment",
      "Testing-center appointment confirmation + reminder for the internal-medicine certification "
      "board exam ('candidate', 'scheduled appointment', .ics). Not an interview.")
def c16(d):
    s, e = wd(T(2026, 8, 19, 7, 45, CHI), "Wed"), T(2026, 8, 19, 17, 15, CHI)
    st = T(2026, 4, 14, 13, 2, CHI)
    ics = vcal([vevent("ktc-appt-7734190022@keystone-testing.example", s, e,
                       "IMCB Internal Medicine Certification Examination", stamp=st,
                       organizer=("Keystone Testing Centers", "appointments@keystone-testing.example"),
                       attendees=[attendee(OWNER_NAME, OWNER)],
                       description="Confirmation number 7734190022. Arrive 30 minutes early with "
                                   "two forms of ID.",
                       location="Keystone Testing Center #4417, 1600 E Golf Rd, Suite 210, Schaumburg, "
                                "IL 60173")], prodid="-//Keystone Testing//Appointments//EN")
    text = ("Dear TAMSIN ADEBAYO,\n\nThis confirms your scheduled appointment.\n\nExam: Internal "
            "Medicine Certification Examination (IMCB)\nCandidate ID: IMCB-2026-118834\nConfirmation "
            "number: 7734190022\nDate: Wednesday, August 19, 2026\nCheck-in: 7:15 AM (Central)\n"
            "Appointment start: 7:45 AM\nLocation: Keystone Testing Center #4417, 1600 E Golf Rd, "
            "Suite 210, Schaumburg, IL 60173\n\nCandidates must arrive 30 minutes before the "
            "scheduled appointment. Rescheduling less than 30 days before the exam incurs a fee.\n\n"
            "Keystone Testing Centers - Candidate Services\n1-800-555-0166\n")
    mail(f"{d}/01-appointment-confirmation.eml",
         frm="Keystone Testing Centers <appointments@keystone-testing.example>", to=OWNER,
         subject="Appointment Confirmation - IMCB Internal Medicine Certification Examination",
         date=st, msgid="<ktc.7734190022.conf@keystone-testing.example>", text=text,
         html=html_wrap(text.replace("\n", "<br>\n")), attach=("appointment.ics", ics, "ics"))
    mail(f"{d}/02-reminder.eml", frm="Keystone Testing Centers <appointments@keystone-testing.example>",
         to=OWNER, subject="Reminder: your exam appointment is in 7 days",
         date=T(2026, 8, 12, 6, 0, CHI), msgid="<ktc.7734190022.rem7@keystone-testing.example>",
         text=("Dear TAMSIN ADEBAYO,\n\nYour Internal Medicine Certification Examination is scheduled "
               "for Wed, Aug 19, 2026 at 7:45 AM at Keystone Testing Center #4417 (Schaumburg, IL). "
               "Please review the candidate rules before test day.\n\nKeystone Testing Centers\n"))


@case("b78-17-credentialing-call-after-offer", [], "hard", "negative/credentialing-call",
      "Offer accepted, then a Teams invite from Medical Staff Services for a credentialing & "
      "privileging intake call (Thu Apr 2 10:00 CT). Post-offer onboarding, not an interview.")
def c17(d):
    mail(f"{d}/01-welcome-after-offer.eml",
         frm="Renee Osterhout <rosterhout@foxrivermc.example>", to=OWNER,
         subject="Welcome to Fox River Medical Center - next steps",
         date=T(2026, 3, 23, 15, 5, CHI), msgid="<foxriver.b78.17a@foxrivermc.example>",
         text=("Dr. Adebayo,\n\nWe're thrilled that you've accepted our offer for the Hospitalist "
               "position - congratulations and welcome! Your signed agreement has been received.\n\n"
               "Next, our Medical Staff Services team will reach out to schedule your credentialing "
               "intake call. Credentialing typically takes 90-120 days, so we like to start early.\n\n"
               "Renee Osterhout\nDirector, Physician Recruitment | Fox River Medical Center\n"
               "1200 N Randall Rd, Elgin, IL 60123 | 847-555-0108\n"))
    s, e = wd(T(2026, 4, 2, 10, 0, CHI), "Thu"), T(2026, 4, 2, 10, 30, CHI)
    exchange_invite(f"{d}/02-credentialing-intake-invite.eml",
                    frm="Medical Staff Services <mss@foxrivermc.example>",
                    org=("Medical Staff Services", "mss@foxrivermc.example"),
                    to_list=[(OWNER_NAME, OWNER), ("Gwen Halvorsen", "ghalvorsen@foxrivermc.example")],
                    subject="Credentialing & Privileging Intake Call - Dr. Tamsin Adebayo",
                    date=T(2026, 3, 25, 11, 20, CHI),
                    msgid="<PH0PR11MB55A1@PH0PR11MB.prod.outlook.example>",
                    when_label="Thursday, April 2, 2026 10:00 AM-10:30 AM (UTC-06:00) Central Time "
                               "(US & Canada).",
                    uid="040000008200E00074C5B7101A82E00800000000F17C2D55A0B4DC01000000000000000010"
                        "000000AA0B78C3",
                    start=s, end=e, tzid="Central Standard Time",
                    body=("Hello Dr. Adebayo,\n\nWelcome! Gwen Halvorsen, Credentialing Specialist, "
                          "will walk you through the medical staff application for new providers: "
                          "Illinois license and controlled substance registration, DEA, board "
                          "eligibility, malpractice history, peer references and hospital privileges "
                          "requested.\n\nPlease have your CV and case logs handy.\n\nMedical Staff "
                          "Services | Fox River Medical Center | 847-555-0110\n"))


@case("b78-18-patient-portal-video-visit", [], "medium", "negative/medical-appointment",
      "The user's own dermatology video visit via a patient portal (scheduled + reminder). "
      "Doctors and 'visit' vocabulary, not a job interview.")
def c18(d):
    mail(f"{d}/01-appointment-scheduled.eml",
         frm="Lincoln Park Family Health <noreply@mycarelink.example>", to=OWNER,
         subject="Your appointment has been scheduled",
         date=T(2026, 2, 11, 12, 44, CHI), msgid="<carelink.appt.55190.b78@mycarelink.example>",
         html=html_wrap("<p>Hello Tamsin,</p><p>Your appointment has been scheduled.</p>"
                        "<p><b>Video Visit</b> with Evelyn Marchbanks, MD (Dermatology)<br>"
                        "Thursday, February 26, 2026 at 3:40 PM CST<br>Arrive (log in) 15 minutes "
                        "early to complete eCheck-In.</p><p>Before your visit, please complete the "
                        "pre-visit questionnaire in CareLink. If the video connection fails, your "
                        "provider will call you.</p><p style=\"color:#777\">Lincoln Park Family "
                        "Health &middot; 2450 N Clark St, Chicago, IL 60614 &middot; 773-555-0124<br>"
                        "Do not reply to this message.</p>"))
    mail(f"{d}/02-reminder.eml", frm="Lincoln Park Family Health <noreply@mycarelink.example>",
         to=OWNER, subject="Reminder: Video Visit tomorrow at 3:40 PM",
         date=T(2026, 2, 25, 9, 0, CHI), msgid="<carelink.rem.55190.b78@mycarelink.example>",
         text=("Hello Tamsin, this is a reminder of your Video Visit with Evelyn Marchbanks, MD "
               "tomorrow, Thursday 2/26 at 3:40 PM. Reply C to confirm or call 773-555-0124 to "
               "reschedule.\n"))


@case("b78-19-virtual-open-house-meet-the-fellows", [], "hard", "negative/info-session",
      "Program's virtual open house for prospective applicants with Zoom breakout rooms and .ics; "
      "optional, no bearing on selection. Not an interview.")
def c19(d):
    s, e = wd(T(2026, 4, 21, 18, 0, NY), "Tue"), T(2026, 4, 21, 19, 30, NY)
    st = T(2026, 4, 6, 14, 12, NY)
    ics = vcal([vevent("shen-openhouse-2026@shenandoahhealth.example", s, e,
                       "Shenandoah University Health PCCM - Virtual Open House", stamp=st,
                       organizer=("Caroline Ashby-Nwosu", "cashby@shenandoahhealth.example"),
                       attendees=[attendee(OWNER_NAME, OWNER)],
                       description="Zoom: https://zoom.example/j/71930245581 (breakout rooms by "
                                   "interest: research, clinical, life in Charlottesville)",
                       location="Zoom", tzid=NY)], tzids=[NY], prodid="-//Microsoft Corporation//"
               "Outlook 16.0 MIMEDIR//EN")
    mail(f"{d}/01-open-house-invite.eml",
         frm="Caroline Ashby-Nwosu <cashby@shenandoahhealth.example>", to=OWNER,
         subject="You're invited: PCCM Fellowship Virtual Open House - Tue 4/21, 6 PM ET",
         date=st, msgid="<shen.b78.19@shenandoahhealth.example>",
         text=("Dear prospective applicant,\n\nThank you for your interest in the Shenandoah University "
               "Health Pulmonary & Critical Care Fellowship! Before the upcoming application and "
               "interview season, we're hosting a virtual open house:\n\nTuesday, April 21, 6:00 - "
               "7:30 PM ET on Zoom\n\n- Welcome from our program director\n- Breakout rooms with "
               "current fellows (research, clinical, life in Charlottesville)\n- Tips on what we look "
               "for in candidates\n\nAttendance is optional and has no bearing on the selection "
               "process. A calendar hold is attached.\n\nCaroline Ashby-Nwosu\nProgram Coordinator, "
               "PCCM Fellowship | Shenandoah University Health\n1215 Lee St, Charlottesville, VA "
               "22903 | 434-555-0177\n"),
         attach=("OpenHouse.ics", ics, "ics"))


@case("b78-20-user-is-resident-interviewer", [], "hard", "negative/user-is-interviewer",
      "As chief resident the user is scheduled to interview residency APPLICANTS on her own program's "
      "interview day (ResidentRoute interviewer schedule + Google invite). She is the interviewer.")
def c20(d):
    mail(f"{d}/01-interviewer-schedule.eml", frm=RR, to=OWNER,
         reply_to="Mei-Ling Brandt <mbrandt@northlakemed.example>",
         subject="Your interviewer schedule: Northlake Medical Center IM Residency - Fri, Jan 9",
         date=T(2026, 1, 5, 8, 0, CHI), msgid="<rr.interviewer.b78.20@residentroute.example>",
         text=("Hi Dr. Adebayo,\n\nThank you for volunteering as a resident interviewer! Here is your "
               "schedule for the Northlake Medical Center Internal Medicine Residency interview day "
               "on Friday, January 9, 2026 (Central Time):\n\n  9:00 AM  Applicant: Daniel Okoro-Levy "
               "(Breakout room 3)\n  9:30 AM  Applicant: Sofia Marquardt (Breakout room 3)\n 10:00 AM  "
               "Applicant: Haruto Villanueva (Breakout room 3)\n\nPlease submit your evaluation for "
               "each candidate in ResidentRoute within 24 hours. Applicant files are available on "
               "your interviewer dashboard.\n" + RR_FOOT))
    st = T(2026, 1, 5, 9, 15, CHI)
    s, e = wd(T(2026, 1, 9, 8, 45, CHI), "Fri"), T(2026, 1, 9, 10, 30, CHI)
    ics = vcal([vevent("3nq8b1v7lk2c0x9r5te4ms6hw0@google.com", s, e,
                       "Resident interviewer - IM Interview Day (Zoom)", stamp=st,
                       organizer=("Mei-Ling Brandt", "mbrandt@northlakemed.example"),
                       attendees=[attendee("Mei-Ling Brandt", "mbrandt@northlakemed.example",
                                           "ACCEPTED"), attendee(OWNER, OWNER)],
                       description="Please log in at 8:45 for the interviewer huddle. You will be "
                                   "assigned to breakout room 3.", location="")],
               prodid="-//Google Inc//Google Calendar 70.9054//EN")
    text = ("Resident interviewer - IM Interview Day (Zoom)\nFriday Jan 9, 2026 \u22c5 8:45am \u2013 "
            "10:30am\nCentral Time - Chicago\n\nOrganizer\nMei-Ling Brandt\nmbrandt@northlakemed.example"
            "\n\nPlease log in at 8:45 for the interviewer huddle. You will be assigned to breakout "
            "room 3.\n\nInvitation from Google Calendar\n")
    mail(f"{d}/02-google-invite-interviewer.eml",
         frm="Mei-Ling Brandt <mbrandt@northlakemed.example>", to=OWNER,
         sender="Google Calendar <calendar-notification@google.com>",
         subject=f"Invitation: Resident interviewer - IM Interview Day (Zoom) @ Fri Jan 9, 2026 "
                 f"8:45am - 10:30am (CST) ({OWNER})",
         date=st, msgid="<calendar-9e1b2c7a-b78-20@google.com>", text=text,
         html=html_wrap(text.replace("\n", "<br>\n")), cal=ics, attach=("invite.ics", ics, "ics"))


@case("b78-21-interview-invitation-never-scheduled", [], "hard", "negative/availability-request",
      "Interview invitation listing open virtual dates/times to self-schedule in ResidentRoute, "
      "followed by a 'you have not scheduled yet' reminder. Nothing was ever booked.")
def c21(d):
    mail(f"{d}/01-invitation-to-interview.eml",
         frm="Great Plains University Hospital via ResidentRoute <notifications@residentroute.example>",
         to=OWNER, reply_to="Tobias Engstrom <tengstrom@gpuh.example>",
         subject="Invitation to interview - Great Plains University Hospital PCCM Fellowship",
         date=T(2026, 1, 6, 10, 0, CHI), msgid="<rr.invite.b78.21@residentroute.example>",
         text=("Dear Dr. Adebayo,\n\nCongratulations! The Great Plains University Hospital Pulmonary "
               "and Critical Care Medicine Fellowship invites you to interview. Interviews are "
               "virtual and run 8:00 AM - 12:30 PM Central on the following dates:\n\n  Tue, Jan 20\n"
               "  Tue, Jan 27\n  Tue, Feb 3\n\nPlease log in to ResidentRoute to schedule your "
               "interview: https://app.residentroute.example/applicant/invitations/gpuh-0412\n"
               "Dates are offered on a first-come basis.\n\nTobias Engstrom, Program Coordinator\n"
               "Great Plains University Hospital | 4350 Dewey Ave, Omaha, NE 68105 | 402-555-0147\n"
               + RR_FOOT))
    mail(f"{d}/02-unscheduled-reminder.eml", frm=RR, to=OWNER,
         subject="Reminder: you have an unscheduled interview invitation",
         date=T(2026, 1, 13, 10, 0, CHI), msgid="<rr.invite.rem.b78.21@residentroute.example>",
         text=("Hi Tamsin,\n\nYou have not yet scheduled your interview with Great Plains University "
               "Hospital - Pulmonary and Critical Care Medicine Fellowship. Remaining dates: Tue, Jan "
               "27 and Tue, Feb 3. Schedule now or decline the invitation so another candidate can "
               "use the slot.\n" + RR_FOOT))


@case("b78-22-mock-fellowship-interview-night", [], "medium", "negative/mock-interview",
      "Her residency's career-advising mock fellowship interview night (Google invite, breakout rooms, "
      "faculty 'interviewers'). Mock/coaching, not a job interview.")
def c22(d):
    st = T(2026, 2, 2, 12, 30, CHI)
    s, e = wd(T(2026, 2, 10, 17, 30, CHI), "Tue"), T(2026, 2, 10, 19, 0, CHI)
    ics = vcal([vevent("6x0c4m2a9qz7ne3b8lk1rt5pvy@google.com", s, e,
                       "Mock Fellowship Interview Night - IM Career Advising", stamp=st,
                       organizer=("Ruth Kessler", "rkessler@northlakemed.example"),
                       attendees=[attendee("Ruth Kessler", "rkessler@northlakemed.example", "ACCEPTED"),
                                  attendee("Omar Vasquez-Tran", "ovasquez@northlakemed.example"),
                                  attendee(OWNER, OWNER)],
                       description="Practice interviews with faculty volunteers, 2 x 20 min, feedback "
                                   "afterwards. Pizza provided. Room 4B / Zoom for off-site residents.",
                       location="Northlake Medical Center, Room 4B")],
               prodid="-//Google Inc//Google Calendar 70.9054//EN")
    text = ("Hi all,\n\nReminder that our Mock Fellowship Interview Night is next Tuesday at 5:30 pm in "
            "Room 4B. Each of you will do two 20-minute practice interviews with faculty volunteers "
            "(Dr. Vasquez-Tran is your mock interviewer, Tamsin) and get written feedback. Bring a "
            "copy of your personal statement.\n\nRuth\n\nRuth Kessler, MD\nAssociate Program "
            "Director & Career Advising Lead, Internal Medicine Residency\nNorthlake Medical Center | "
            "2233 W Division St, Chicago, IL 60622 | 312-555-0190\n")
    mail(f"{d}/01-mock-interview-invite.eml", frm="Ruth Kessler <rkessler@northlakemed.example>",
         to=OWNER, cc="Omar Vasquez-Tran <ovasquez@northlakemed.example>",
         sender="Google Calendar <calendar-notification@google.com>",
         subject=f"Invitation: Mock Fellowship Interview Night - IM Career Advising @ Tue Feb 10, "
                 f"2026 5:30pm - 7pm (CST) ({OWNER})",
         date=st, msgid="<calendar-41c7e0d2-b78-22@google.com>", text=text,
         html=html_wrap(text.replace("\n", "<br>\n")), cal=ics, attach=("invite.ics", ics, "ics"))


# ============================================================================ main
def main():
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and name.startswith("b78-"):
            shutil.rmtree(p)
    for cid, fn in CASES:
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        fn(d)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(LABELS, fh, sort_keys=True, allow_unicode=True, width=100)
    pos = sum(1 for v in LABELS.values() if v["interview"])
    print(f"wrote {len(CASES)} cases ({pos} positive, {len(CASES) - pos} negative)")


if __name__ == "__main__":
    main()
