#!/usr/bin/env python3
"""Deterministic generator for the blind44 evaluation set (written blind; all names invented).

Rewrites every b44-* case folder and labels.yaml next to this script.
Only stdlib + PyYAML + zoneinfo. All UTC offsets are computed with zoneinfo.
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
UTC = timezone.utc
CT = ZoneInfo("America/Chicago")
ET = ZoneInfo("America/New_York")
PT = ZoneInfo("America/Los_Angeles")
MT = ZoneInfo("America/Denver")
LON = ZoneInfo("Europe/London")
BER = ZoneInfo("Europe/Berlin")

OWNER = "nadia.kowalski@example.com"
OWNER_NAME = "Nadia Kowalski"
OWNER_ADDR = f"{OWNER_NAME} <{OWNER}>"

SIG_NADIA = ""  # the owner never sends in this set


def T(tz, y, mo, d, h, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def iso(d):
    return d.isoformat() if d is not None else None


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


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def zt(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def lt(d):
    return d.strftime("%Y%m%dT%H%M%S")


WINTZ = {
    "Central Standard Time": ["BEGIN:VTIMEZONE", "TZID:Central Standard Time", "BEGIN:STANDARD",
                              "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600",
                              "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
                              "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0600",
                              "TZOFFSETTO:-0500", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3",
                              "END:DAYLIGHT", "END:VTIMEZONE"],
    "GMT Standard Time": ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD",
                          "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
                          "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                          "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
                          "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
                          "END:DAYLIGHT", "END:VTIMEZONE"],
}


def vevent(uid, start, end, summary, organizer, attendees, stamp, description="", location="",
           seq=0, status="CONFIRMED", wintz=None, extra=()):
    L = ["BEGIN:VEVENT"]
    if wintz:
        L += [f"DTSTART;TZID={wintz}:{lt(start)}", f"DTEND;TZID={wintz}:{lt(end)}"]
    else:
        L += [f"DTSTART:{zt(start)}", f"DTEND:{zt(end)}"]
    L += [f"DTSTAMP:{zt(stamp)}"]
    if organizer:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    for name, email, ps in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={name}:mailto:{email}")
    L += [f"CREATED:{zt(stamp)}", f"DESCRIPTION:{esc(description)}", f"LAST-MODIFIED:{zt(stamp)}",
          f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}",
          "TRANSP:OPAQUE"]
    L += list(extra)
    L.append("END:VEVENT")
    return L


def vcal(events, method="REQUEST", prodid="-//Google Inc//Google Calendar 70.9054//EN", tzs=()):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    for tz in tzs:
        L += WINTZ[tz]
    for e in events:
        L += e
    L.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in L) + "\r\n"


# ---------------------------------------------------------------- e-mail helpers
def mail(frm, subject, date, text=None, html=None, to=OWNER_ADDR, cc=None, reply_to=None, msgid=None,
         in_reply_to=None, references=None, cte="quoted-printable", headers=(), cal=None, cal_method="REQUEST",
         cal_cte="7bit", attach=None, attach_name="invite.ics", sender=None):
    m = EmailMessage()
    m["Delivered-To"] = OWNER
    m["Return-Path"] = "<" + (sender or frm.split("<")[-1].rstrip(">")) + ">"
    for k, v in headers:
        m[k] = v
    m["Date"] = format_datetime(date)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    dom = frm.split("@")[-1].rstrip(">")
    m["Message-ID"] = msgid or f"<{abs(hash_s(subject + str(date))):x}@{dom}>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=cte)
    else:
        m.set_content(html, subtype="html", cte=cte)
    if cal is not None:
        if not m.is_multipart():
            m.make_alternative()
        m.add_alternative(cal, subtype="calendar", params={"method": cal_method}, cte=cal_cte)
    if attach is not None:
        m.add_attachment(attach.encode("utf-8"), maintype="application", subtype="ics", filename=attach_name)
    return m


def hash_s(s):
    h = 1469598103934665603
    for ch in s.encode():
        h = ((h ^ ch) * 1099511628211) % (1 << 64)
    return h


def gcal_text(summary, start, end, tzlabel, meet, organizer, guests, desc=""):
    when = f"{start:%A %b} {start.day}, {start.year} ⋅ {fmt12(start)} – {fmt12(end)} ({tzlabel})"
    g = "\n".join(f"{n}\n{e}" for n, e in guests)
    return (f"{summary}\n{when}\n\nJoin with Google Meet\n{meet}\n\nOrganizer\n{organizer[0]}\n{organizer[1]}\n\n"
            f"Guests\n{g}\n\n{desc}\n\nReply for {OWNER} and view more details "
            f"https://calendar.google.com/calendar/event?action=VIEW\n\n~~//~~\n"
            f"Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            f"You are receiving this email because you are an attendee on the event.\n")


def fmt12(d):
    h = d.hour % 12 or 12
    ap = "am" if d.hour < 12 else "pm"
    return f"{h}{ap}" if d.minute == 0 else f"{h}:{d.minute:02d}{ap}"


def to_html(text):
    import html as H
    return "<html><body><div>" + "<br>\n".join(H.escape(x) for x in text.split("\n")) + "</div></body></html>"


# ---------------------------------------------------------------- cases
CASES = []
LABELS = {}


def case(cid, items, interviews, difficulty, category, notes):
    CASES.append((cid, items))
    LABELS[cid] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                   "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


def main():
    build()
    for name in os.listdir(HERE):
        if name.startswith("b44-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    for cid, items in CASES:
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fname, obj in items:
            p = os.path.join(d, fname)
            if isinstance(obj, EmailMessage):
                for i, part in enumerate(obj.walk()):  # deterministic MIME boundaries
                    if part.is_multipart():
                        part.set_boundary(f"00000000{hash_s(cid + fname + str(i)):016x}")
                with open(p, "wb") as f:
                    f.write(obj.as_bytes())
            elif isinstance(obj, dict):
                with open(p, "w", encoding="utf-8") as f:
                    json.dump(obj, f, indent=2, ensure_ascii=False)
                    f.write("\n")
            else:
                with open(p, "wb") as f:
                    f.write(obj.encode("utf-8"))
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# Labels for the blind44 set (written blind). See /work/shared/eval/README.md for the schema.\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=110)



def build():
    # ------------------------------------------------------------ 01 Greenhouse recruiter screen, DST edge
    dom = "prairiemutual.example"
    keisha = ("Keisha Barnwell", f"keisha.barnwell@{dom}")
    s, e = T(CT, 2026, 3, 10, 10, 0), T(CT, 2026, 3, 10, 10, 30)
    sent = T(CT, 2026, 3, 5, 16, 12)
    txt = f"""Hi Nadia,

Thanks for your interest in the Data Scientist II, Claims Analytics position at Prairie Mutual Insurance!

Your phone screen is confirmed. Details below:

Date: Tuesday, March 10, 2026
Time: 10:00 AM - 10:30 AM Central Time (US & Canada)
Interviewer: Keisha Barnwell, Senior Talent Partner
Format: Phone call - I'll dial you at the number on your application.

Heads up that the clocks spring forward this Sunday (March 8), so double-check your calendar if you
added this manually. A calendar file is attached.

If you need to reschedule, just reply to this email.

Best,
Keisha Barnwell
Senior Talent Partner | Prairie Mutual Insurance
1400 Grand Ave, Des Moines, IA 50309
o: (515) 555-0142
"""
    cal = vcal([vevent("gh-8812734-phone@prairiemutual.example", s, e,
                       "Phone Screen: Nadia Kowalski / Prairie Mutual (Data Scientist II, Claims Analytics)",
                       keisha, [(keisha[0], keisha[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")], sent,
                       description="Keisha will call you.", location="Phone")],
               method="REQUEST", prodid="-//Greenhouse Software//Greenhouse Interview//EN")
    m = mail(f"Keisha Barnwell <no-reply@us.greenhouse-mail.example>",
             "Phone Screen Confirmation - Prairie Mutual Insurance", sent, txt, to_html(txt),
             reply_to=f"{keisha[0]} <{keisha[1]}>", attach=cal, attach_name="interview.ics",
             sender="bounces+8812734@us.greenhouse-mail.example")
    case("b44-01-greenhouse-recruiter-screen-dst-week", [("01-greenhouse-phone-screen.eml", m)],
         [iv("Prairie Mutual Insurance", "Data Scientist II, Claims Analytics", s, e, "scheduled",
             [keisha[1]], [keisha[1]], "phone_screen")],
         "medium", "positive/ats-email-with-ics",
         "Greenhouse confirmation sent via no-reply with Reply-To recruiter; interview two days after US DST start "
         "(CDT -05:00). Recruiter does the screen.")

    # ------------------------------------------------------------ 02 Ashby technical + interviewer note "PST"
    dom = "quillfeather.example"
    tomas = ("Tomás Reyes", f"tomas.reyes@{dom}")
    priy = ("Priyanka Shah", f"priyanka.shah@{dom}")
    s = T(PT, 2026, 3, 12, 16, 30)
    e = s + timedelta(hours=1)
    sc, ec = s.astimezone(CT), e.astimezone(CT)
    sent = T(CT, 2026, 3, 6, 11, 3)
    txt = f"""Hi Nadia,

You're all set! Here are the details for your upcoming interview with Quillfeather.

Technical Interview - Data Scientist, Credit Risk
Thursday, March 12, 2026
{fmt12(sc)} - {fmt12(ec)} CDT (America/Chicago)
Location: Zoom - https://quillfeather.zoom.example/j/84411902231

Interviewers
  Priyanka Shah - Staff Data Scientist

Need to make a change? Reply to this message and Tomás will help.

Powered by Ashby
"""
    cal = vcal([vevent("ashby-int-5c1d0f3a@ashbyhq.example", s, e,
                       "Quillfeather Technical Interview - Nadia Kowalski", ("Quillfeather Recruiting", "no-reply@ashbyhq.example"),
                       [(priy[0], priy[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")], sent,
                       location="https://quillfeather.zoom.example/j/84411902231")],
               prodid="-//Ashby//Interview Scheduling//EN")
    m1 = mail("Quillfeather Recruiting <no-reply@ashbyhq.example>",
              "Interview confirmed: Quillfeather - Data Scientist, Credit Risk", sent, txt, to_html(txt),
              reply_to=f"{tomas[0]} <{tomas[1]}>", attach=cal)
    txt2 = """Hey Nadia - Priyanka here, I'll be your interviewer on Thursday. Quick note so there are no
surprises: we'll do ~40 min of live Python/pandas on a messy loan-performance dataset, then 15 min on how
you'd validate a PD model. No leetcode.

Talk Thu 3/12 @ 4:30p PST (I'm in SF, ignore the Zoom time zone weirdness if any).

P.
--
Priyanka Shah | Staff Data Scientist, Quillfeather
"""
    m2 = mail(f"{priy[0]} <{priy[1]}>", "Thursday's technical - what to expect", T(PT, 2026, 3, 9, 18, 44),
              txt2, cte="7bit")
    case("b44-02-ashby-technical-pst-label-in-pdt", [("01-ashby-confirmation.eml", m1), ("02-interviewer-note.eml", m2)],
         [iv("Quillfeather", "Data Scientist, Credit Risk", s, e, "scheduled", [priy[1]], [priy[1]], "technical")],
         "hard", "positive/ats-email-with-ics",
         "Ashby confirmation shows candidate-local CDT; interviewer writes 'Thu 3/12 @ 4:30p PST' although Pacific is "
         "on PDT (same instant, 16:30-07:00 = 18:30-05:00).")

    # ------------------------------------------------------------ 03 take-home then live review (Google invite)
    dom = "cobaltledger.example"
    wes = ("Wes Adeyemi", f"wes.adeyemi@{dom}")
    hana = ("Hana Liu", f"hana.liu@{dom}")
    renata = ("Renata Cho", f"renata.cho@{dom}")
    sent1 = T(CT, 2026, 3, 16, 9, 20)
    t1 = """Hi Nadia,

Great chatting last week. As discussed, the next step for the Senior Data Scientist, Fraud role is a
take-home exercise. You'll find the brief and the data (anonymised card transactions, ~2M rows) here:

  https://cobaltledger.example/takehome/7Fq2Lx

Please aim to spend no more than 4 hours and send us your notebook by end of day Friday, March 20.
Once we've had a look, we'll set up a live review with two folks from the team where you walk through
your approach.

Cheers,
Renata Cho
Recruiting | Cobalt Ledger
"""
    m1 = mail(f"{renata[0]} <{renata[1]}>", "Cobalt Ledger - take-home exercise", sent1, t1)
    sent2 = T(CT, 2026, 3, 23, 14, 2)
    t2 = f"""Thanks Nadia - got your notebook, the team enjoyed it. Wes will send over an invite for the live
review (60 min, Wes + Hana). Shout if the time doesn't work.

Renata

On Fri, Mar 20, 2026 at 9:47 PM Nadia Kowalski <{OWNER}> wrote:
> Hi Renata, attached is my submission (notebook + short README). Happy to discuss!
> Nadia
"""
    m2 = mail(f"{renata[0]} <{renata[1]}>", "Re: Cobalt Ledger - take-home exercise", sent2, t2,
              in_reply_to="<CAK7p2x9=take-home-nk@mail.example>", cte="7bit")
    s, e = T(CT, 2026, 3, 27, 13, 0), T(CT, 2026, 3, 27, 14, 0)
    sent3 = T(CT, 2026, 3, 23, 16, 41)
    summ = "Take-home review: Nadia Kowalski (Sr. Data Scientist, Fraud)"
    meet = "https://meet.google.com/qpr-vxan-kte"
    guests = [(wes[0] + " - organizer", wes[1]), (hana[0], hana[1]), (OWNER, OWNER)]
    desc = "Walk us through your take-home. We'll dig into feature choices and how you'd deploy the model."
    t3 = gcal_text(summ, s, e, "Central Time - Chicago", meet, wes, guests, desc)
    cal = vcal([vevent("3l0k2m9t7c1vqb6y@google.com", s, e, summ, wes,
                       [(wes[0], wes[1], "ACCEPTED"), (hana[0], hana[1], "NEEDS-ACTION"), (OWNER, OWNER, "NEEDS-ACTION")],
                       sent3, description=desc + "\n\nJoin with Google Meet: " + meet)])
    m3 = mail(f"{wes[0]} <{wes[1]}>",
              f"Invitation: {summ} @ Fri Mar 27, 2026 1pm - 2pm (CDT) ({OWNER})", sent3, t3, to_html(t3),
              cte="base64", cal=cal, attach=cal, reply_to=f"{wes[0]} <{wes[1]}>",
              sender="calendar-notification@google.com")
    case("b44-03-takehome-then-live-review", [("01-takehome-brief.eml", m1), ("02-submission-ack.eml", m2),
                                                ("03-invitation-live-review.eml", m3)],
         [iv("Cobalt Ledger", "Senior Data Scientist, Fraud", s, e, "scheduled", [wes[1], hana[1]], [wes[1], hana[1]],
             "technical")],
         "medium", "positive/google-invite",
         "Take-home (not an interview) followed by a Google invite for the live review with two interviewers.")

    # ------------------------------------------------------------ 04 Teams case interview, London, BST just started
    dom = "halcyonhealth.example"
    imo = ("Imogen Clarke", f"imogen.clarke@{dom}")
    oli = ("Oliver Pemberton", f"oliver.pemberton@{dom}")
    s, e = T(LON, 2026, 3, 31, 15, 0), T(LON, 2026, 3, 31, 16, 0)
    sent = T(LON, 2026, 3, 24, 10, 15)
    local = s.astimezone(CT)
    body = f"""When: Tuesday, 31 March 2026 15:00-16:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Dear Nadia,

Further to our conversation, I am pleased to confirm your case interview for the Healthcare Analytics
Consultant (Data Science) role. Oliver Pemberton, Engagement Manager, will lead the case; it is a
market-sizing and hospital-capacity problem, so please have pen and paper to hand. No preparation needed.

Please note the UK clocks change on Sunday 29 March, so 15:00 London is {local.strftime('%H:%M').lstrip('0')} in Minneapolis
({local.strftime('%I:%M %p').lstrip('0')} CDT).

Kind regards,
Imogen Clarke
Recruitment Coordinator
Halcyon Health Partners | 22 Fenchurch Row, London EC3M 4AJ | +44 20 7946 0321

________________________________________________________________________________
Microsoft Teams meeting
Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_HHPcase31%40thread.v2/0
Meeting ID: 311 552 870 114  Passcode: Hx7Pq2
________________________________________________________________________________
"""
    cal = vcal([vevent("040000008200E00074C5B7101A82E00800000000B4C1D22F6AB4DC010000000000000000100000001A7F",
                       s, e, "Case interview - Nadia Kowalski - Healthcare Analytics Consultant", imo,
                       [(OWNER_NAME, OWNER, "NEEDS-ACTION"), (oli[0], oli[1], "NEEDS-ACTION")], sent,
                       description=body, location="Microsoft Teams Meeting", wintz="GMT Standard Time",
                       extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1"])],
               prodid="Microsoft Exchange Server 2010", tzs=["GMT Standard Time"])
    m = mail(f"{imo[0]} <{imo[1]}>", "Case interview - Nadia Kowalski - Healthcare Analytics Consultant", sent, body,
             to_html(body), to=f"{OWNER_NAME} <{OWNER}>, {oli[0]} <{oli[1]}>", cal=cal, cal_cte="base64",
             headers=[("Thread-Topic", "Case interview - Nadia Kowalski - Healthcare Analytics Consultant"),
                      ("Content-class", "urn:content-classes:calendarmessage"), ("Accept-Language", "en-GB")])
    case("b44-04-teams-case-interview-london-bst", [("01-outlook-case-interview.eml", m)],
         [iv("Halcyon Health Partners", "Healthcare Analytics Consultant (Data Science)", s, e, "scheduled",
             [oli[1]], [oli[1]], "technical")],
         "hard", "positive/outlook-teams",
         "Exchange invite with TZID 'GMT Standard Time' two days after UK DST start: 15:00 BST (+01:00) although the "
         "display label says (UTC+00:00). Coordinator is not an interviewer.")

    # ------------------------------------------------------------ 05 Gem-like scheduling, reschedule (SEQUENCE 1)
    dom = "larkspurmutual.example"
    bri = ("Brianna Yost", f"brianna.yost@{dom}")
    dmi = ("Dmitri Volkov", f"dmitri.volkov@{dom}")
    uid = "gem-evt-4f81c2d0-77aa@gem-mail.example"
    s0, e0 = T(ET, 2026, 4, 8, 11, 0), T(ET, 2026, 4, 8, 11, 45)
    sent1 = T(ET, 2026, 4, 1, 13, 30)
    t1 = f"""Hi Nadia,

Your interview with Larkspur Mutual has been scheduled.

  Hiring Manager Interview - Data Scientist, Pricing & Underwriting
  Wednesday, April 8, 2026 · 11:00 AM – 11:45 AM EDT
  With: Dmitri Volkov (Director, Pricing Analytics)
  Video: https://larkspurmutual.webex.example/meet/dvolkov

Add to calendar: invite.ics (attached)

Questions? Contact Brianna Yost at {bri[1]}.

Sent with Gem Scheduling
"""
    cal1 = vcal([vevent(uid, s0, e0, "Larkspur Mutual - Hiring Manager Interview (Nadia Kowalski)",
                        ("Larkspur Mutual Recruiting", "scheduling@gem-mail.example"),
                        [(dmi[0], dmi[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")], sent1,
                        location="https://larkspurmutual.webex.example/meet/dvolkov", seq=0)],
                prodid="-//Gem//Scheduling//EN")
    m1 = mail("Larkspur Mutual Recruiting <scheduling@gem-mail.example>",
              "Interview scheduled: Larkspur Mutual - Data Scientist, Pricing & Underwriting", sent1, t1, to_html(t1),
              reply_to=f"{bri[0]} <{bri[1]}>", attach=cal1)
    sent2 = T(ET, 2026, 4, 6, 9, 5)
    t2 = """Good morning Nadia,

Dmitri has just been pulled into our quarterly rate filing on Wednesday, so I'd like to move your
conversation to Thursday, April 9 at 2:15 PM Eastern (same 45 minutes). I've gone ahead and sent an
updated invite - please accept if that works, or let me know and I'll find another slot.

Apologies for the shuffle!

Brianna Yost
Talent Acquisition Specialist
Larkspur Mutual Insurance Company
300 Mercer St, Hartford, CT 06103 | 860.555.0199
"""
    m2 = mail(f"{bri[0]} <{bri[1]}>", "Moving your interview to Thursday", sent2, t2)
    s, e = T(ET, 2026, 4, 9, 14, 15), T(ET, 2026, 4, 9, 15, 0)
    sent3 = T(ET, 2026, 4, 6, 9, 7)
    t3 = f"""Hi Nadia,

Your interview with Larkspur Mutual has been RESCHEDULED.

  Hiring Manager Interview - Data Scientist, Pricing & Underwriting
  NEW TIME: Thursday, April 9, 2026 · 2:15 PM – 3:00 PM EDT
  Previously: Wednesday, April 8, 2026 · 11:00 AM EDT
  With: Dmitri Volkov (Director, Pricing Analytics)

Sent with Gem Scheduling
"""
    cal3 = vcal([vevent(uid, s, e, "Larkspur Mutual - Hiring Manager Interview (Nadia Kowalski)",
                        ("Larkspur Mutual Recruiting", "scheduling@gem-mail.example"),
                        [(dmi[0], dmi[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")], sent3,
                        location="https://larkspurmutual.webex.example/meet/dvolkov", seq=1)],
                prodid="-//Gem//Scheduling//EN")
    m3 = mail("Larkspur Mutual Recruiting <scheduling@gem-mail.example>",
              "Updated: Larkspur Mutual interview rescheduled to Thu Apr 9", sent3, t3, to_html(t3),
              reply_to=f"{bri[0]} <{bri[1]}>", attach=cal3)
    case("b44-05-gem-reschedule-to-thursday", [("01-gem-scheduled.eml", m1), ("02-coordinator-move.eml", m2),
                                                 ("03-gem-rescheduled.eml", m3)],
         [iv("Larkspur Mutual", "Data Scientist, Pricing & Underwriting", s, e, "scheduled", [dmi[1]], [dmi[1]],
             "hiring_manager")],
         "medium", "positive/reschedule",
         "Gem-like confirmation, then coordinator e-mail and SEQUENCE:1 update moving it to Thursday 2:15 PM EDT.")

    # ------------------------------------------------------------ 06 Outlook invite then METHOD:CANCEL
    dom = "copperline.example"
    gre = ("Gretchen Mayfield", f"gretchen.mayfield@{dom}")
    s, e = T(CT, 2026, 4, 13, 13, 30), T(CT, 2026, 4, 13, 14, 15)
    uidx = "040000008200E00074C5B7101A82E0080000000091D3A0AE0BC2DC01000000000000000010000000C0P1"
    sent1 = T(CT, 2026, 4, 7, 15, 48)
    b1 = """When: Monday, April 13, 2026 1:30 PM-2:15 PM (UTC-06:00) Central Time (US & Canada).
Where: Microsoft Teams Meeting

Hi Nadia - looking forward to talking about the Merchandising Data Science role. Come ready to talk
about a demand-forecasting project you're proud of.

Gretchen Mayfield
Sr. Manager, Merchandising Analytics | Copperline Retail Group
"""
    mk = lambda meth, seq, status, body, stamp: vcal(
        [vevent(uidx, s, e, "Nadia Kowalski / Gretchen Mayfield - Data Scientist, Merchandising", gre,
                [(OWNER_NAME, OWNER, "NEEDS-ACTION")], stamp, description=body, location="Microsoft Teams Meeting",
                seq=seq, status=status, wintz="Central Standard Time",
                extra=[f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if meth == "CANCEL" else "TENTATIVE")])],
        method=meth, prodid="Microsoft Exchange Server 2010", tzs=["Central Standard Time"])
    m1 = mail(f"{gre[0]} <{gre[1]}>", "Nadia Kowalski / Gretchen Mayfield - Data Scientist, Merchandising", sent1, b1,
              to_html(b1), cal=mk("REQUEST", 0, "CONFIRMED", b1, sent1), cal_cte="base64",
              headers=[("Content-class", "urn:content-classes:calendarmessage")])
    sent2 = T(CT, 2026, 4, 10, 8, 2)
    b2 = """Hi Nadia,

I'm sorry to do this - finance has frozen the Merchandising Data Science req for Q2, so I need to
cancel Monday's conversation. Recruiting will reach out if it reopens. Really appreciate your time.

Gretchen
"""
    m2 = mail(f"{gre[0]} <{gre[1]}>", "Canceled: Nadia Kowalski / Gretchen Mayfield - Data Scientist, Merchandising",
              sent2, b2, to_html(b2), cal=mk("CANCEL", 1, "CANCELLED", b2, sent2), cal_method="CANCEL",
              cal_cte="base64", headers=[("Content-class", "urn:content-classes:calendarmessage"),
                                         ("Importance", "high")])
    case("b44-06-outlook-hm-then-cancel", [("01-outlook-invite.eml", m1), ("02-outlook-canceled.eml", m2)],
         [iv("Copperline Retail Group", "Data Scientist, Merchandising", s, e, "cancelled", [gre[1]], [gre[1]],
             "hiring_manager")],
         "medium", "positive/cancellation",
         "Exchange invite (Central Standard Time TZID, (UTC-06:00) label but CDT) then METHOD:CANCEL (req frozen).")

    # ------------------------------------------------------------ 07 terse e-mail screen then cancel
    dom = "tinplatepay.example"
    mar = ("Marcus Oyelaran", f"marcus@{dom}")
    sent1 = T(ET, 2026, 4, 20, 16, 55)
    s, e = T(ET, 2026, 4, 21, 14, 0), T(ET, 2026, 4, 21, 14, 30)
    mid1 = "<CAMo8Yq1+tp-0420@tinplatepay.example>"
    t1 = """Nadia - confirmed for tomorrow 2pm ET. I'll call your cell, 30 min, mostly background + what
you're looking for. Role is Data Scientist, Underwriting.

-M

Marcus Oyelaran | Tinplate Pay | m: 646-555-0170
"""
    m1 = mail(f"{mar[0]} <{mar[1]}>", "Re: Data Scientist, Underwriting - Tinplate Pay", sent1, t1, msgid=mid1,
              in_reply_to="<CAK7p2x9=tp-0419@mail.example>", cte="7bit")
    sent2 = T(ET, 2026, 4, 21, 9, 12)
    t2 = """Nadia, really sorry - need to cancel today's call. We've paused hiring on the underwriting team
as of this morning. I'll reach out directly if it opens back up.

-M

On Mon, Apr 20, 2026 at 4:55 PM Marcus Oyelaran <marcus@tinplatepay.example> wrote:
> Nadia - confirmed for tomorrow 2pm ET. I'll call your cell, 30 min, mostly background + what
> you're looking for. Role is Data Scientist, Underwriting.
>
> -M
"""
    m2 = mail(f"{mar[0]} <{mar[1]}>", "Re: Data Scientist, Underwriting - Tinplate Pay", sent2, t2,
              in_reply_to=mid1, references="<CAK7p2x9=tp-0419@mail.example> " + mid1, cte="7bit")
    case("b44-07-terse-screen-then-cancelled", [("01-recruiter-confirms.eml", m1), ("02-recruiter-cancels.eml", m2)],
         [iv("Tinplate Pay", "Data Scientist, Underwriting", s, e, "cancelled", [mar[1]], [mar[1]], "phone_screen")],
         "medium", "positive/cancellation",
         "Body-only: 'tomorrow 2pm ET' resolved against Mon Apr 20; cancelled next morning in a quoted reply.")

    # ------------------------------------------------------------ 08 Calendly screen + GoodTime-like HM (two)
    dom = "stonebridgehealth.example"
    luc = ("Lucia Ferraro", f"lucia.ferraro@{dom}")
    sam = ("Samuel Achebe", f"samuel.achebe@{dom}")
    s1, e1 = T(CT, 2026, 4, 14, 9, 0), T(CT, 2026, 4, 14, 9, 30)
    sent1 = T(CT, 2026, 4, 9, 20, 31)
    t1 = f"""Hi Nadia Kowalski,

A new event has been scheduled.

Event Type:
30 Minute Intro Call - Stonebridge Health

Invitee:
Nadia Kowalski
{OWNER}

Event Date/Time:
09:00am - Tuesday, April 14, 2026 (Central Time - US & Canada)

Location:
Lucia will call you at the number provided.

Host:
Lucia Ferraro ({luc[1]})

View event in Calendly: https://calendly.example/events/STB-8c2e

Powered by Calendly.example
"""
    cal1 = vcal([vevent("calendly-STB-8c2e@calendly.example", s1, e1, "30 Minute Intro Call - Stonebridge Health",
                        luc, [(luc[0], luc[1], "ACCEPTED"), (OWNER_NAME, OWNER, "ACCEPTED")], sent1,
                        location="Phone call")], prodid="-//Calendly//Calendly//EN")
    m1 = mail("Calendly <notifications@calendly.example>",
              "Confirmed: 30 Minute Intro Call - Stonebridge Health with Lucia Ferraro on Tuesday, April 14, 2026",
              sent1, t1, reply_to=f"{luc[0]} <{luc[1]}>", attach=cal1, attach_name="invite.ics")
    s2, e2 = T(CT, 2026, 4, 22, 15, 0), T(CT, 2026, 4, 22, 16, 0)
    sent2 = T(CT, 2026, 4, 16, 10, 2)
    h2 = f"""<!DOCTYPE html><html><body style="font-family:Helvetica,Arial,sans-serif;color:#1d2733">
<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<h2 style="color:#0b6e6e">Your interview is confirmed</h2>
<p>Hi Nadia,</p>
<p>Thank you for your continued interest in <b>Stonebridge Health</b>. We're excited to confirm the next step
for the <b>Data Scientist - Clinical Outcomes</b> position.</p>
<table cellpadding="6" style="border:1px solid #d5dde5">
<tr><td><b>When</b></td><td>Wednesday, April 22, 2026<br>3:00 PM &ndash; 4:00 PM CDT</td></tr>
<tr><td><b>Interviewer</b></td><td>Dr. Samuel Achebe, Director of Clinical Data Science<br>
<a href="mailto:{sam[1]}">{sam[1]}</a></td></tr>
<tr><td><b>Where</b></td><td><a href="https://stonebridgehealth.zoom.example/j/92011733">Zoom meeting</a></td></tr>
</table>
<p>Questions? Reply to this email or contact {luc[0]} at <a href="mailto:{luc[1]}">{luc[1]}</a>.</p>
<p style="font-size:11px;color:#8a96a3">Scheduled with GoodTime &middot; 
<a href="https://goodtime-mail.example/u/unsub">Manage preferences</a></p>
</td></tr></table></body></html>"""
    m2 = mail("Stonebridge Health Talent <scheduling@goodtime-mail.example>",
              "Interview Confirmation: Stonebridge Health - Data Scientist - Clinical Outcomes", sent2, None, h2,
              reply_to=f"{luc[0]} <{luc[1]}>")
    case("b44-08-calendly-screen-and-goodtime-hm", [("01-calendly-confirmed.eml", m1),
                                                      ("02-goodtime-confirmation.eml", m2)],
         [iv("Stonebridge Health", None, s1, e1, "scheduled", [luc[1]], [luc[1]], "phone_screen"),
          iv("Stonebridge Health", "Data Scientist - Clinical Outcomes", s2, e2, "scheduled", [sam[1]], [sam[1]],
             "hiring_manager")],
         "medium", "positive/two-interviews",
         "Calendly-like intro call with the recruiter (role not stated) and a later GoodTime-like HTML-only "
         "confirmation for the hiring-manager round: two interviews.")

    # ------------------------------------------------------------ 09 ModernLoop-like superday itinerary
    dom = "tallgrasscap.example"
    ppl = [("Reena Kapoor", f"rkapoor@{dom}", "Statistics & experimentation"),
           ("Jonah Feld", f"jfeld@{dom}", "Python / SQL live coding"),
           ("Mei Tanaka", f"mtanaka@{dom}", "Product case: card rewards"),
           ("Carlos Ibarra", f"cibarra@{dom}", "Hiring manager conversation")]
    slots = [(T(ET, 2026, 5, 7, 9, 30), T(ET, 2026, 5, 7, 10, 15)), (T(ET, 2026, 5, 7, 10, 15), T(ET, 2026, 5, 7, 11, 0)),
             (T(ET, 2026, 5, 7, 11, 0), T(ET, 2026, 5, 7, 11, 45)), (T(ET, 2026, 5, 7, 12, 30), T(ET, 2026, 5, 7, 13, 15))]
    rows = ""
    for (n, em, topic), (a, b) in zip(ppl[:3], slots[:3]):
        rows += f"<tr><td>{a:%I:%M}&ndash;{b:%I:%M %p} ET</td><td>{n}</td><td>{topic}</td></tr>\n"
    rows += "<tr><td>11:45&ndash;12:30 PM ET</td><td>Team lunch (informal, not evaluated)</td><td>&mdash;</td></tr>\n"
    a, b = slots[3]
    rows += f"<tr><td>{a:%I:%M}&ndash;{b:%I:%M %p} ET</td><td>{ppl[3][0]}</td><td>{ppl[3][2]}</td></tr>\n"
    sent = T(ET, 2026, 4, 30, 17, 20)
    h = f"""<html><body style="font-family:Inter,Arial,sans-serif">
<p>Hi Nadia,</p>
<p>Congratulations on moving to the Superday for <b>Quantitative Data Scientist, Consumer Lending</b> at
Tallgrass Capital! Your itinerary for <b>Thursday, May 7, 2026</b> is below. All sessions are on Zoom using the
same link: <a href="https://tallgrasscap.zoom.example/j/77100455">tallgrasscap.zoom.example/j/77100455</a>.
Times are Eastern (that's an hour earlier for you in Minneapolis).</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Time</th><th>Interviewer</th><th>Focus</th></tr>
{rows}</table>
<p>Interviewers: {', '.join(f'<a href="mailto:{em}">{n}</a>' for n, em, _ in ppl)}</p>
<p>Please keep the whole block free. If anything comes up, reply here and I'll sort it out.</p>
<p>Best,<br>Shauna Delgado<br>Recruiting Coordinator, Tallgrass Capital<br>
One Liberty Plaza, 41st Fl, New York, NY 10006 &middot; (212) 555-0118</p>
<p style="color:#999;font-size:11px">Scheduled with ModernLoop</p>
</body></html>"""
    s, e = slots[0][0], slots[3][1]
    cal = vcal([vevent("ml-loop-0507-nk@modernloop-mail.example", s, e,
                       "Tallgrass Capital Superday - Nadia Kowalski",
                       ("Shauna Delgado", f"sdelgado@{dom}"),
                       [(n, em, "ACCEPTED") for n, em, _ in ppl] + [(OWNER_NAME, OWNER, "NEEDS-ACTION")], sent,
                       location="https://tallgrasscap.zoom.example/j/77100455")], prodid="-//ModernLoop//EN")
    m = mail("Shauna Delgado via ModernLoop <notifications@modernloop-mail.example>",
             "Your Tallgrass Capital Superday itinerary - Thu May 7", sent, None, h,
             reply_to=f"Shauna Delgado <sdelgado@{dom}>", attach=cal, attach_name="superday.ics")
    ems = [em for _, em, _ in ppl]
    case("b44-09-modernloop-superday-itinerary", [("01-superday-itinerary.eml", m)],
         [iv("Tallgrass Capital", "Quantitative Data Scientist, Consumer Lending", s, e, "scheduled", ems, ems, "onsite")],
         "hard", "positive/onsite-loop",
         "HTML-only quoted-printable superday itinerary (4 sessions + lunch) in ET; one onsite 9:30-13:15 EDT.")

    # ------------------------------------------------------------ 10 Calendar API event only (Denver)
    dom = "bluestemha.example"
    hol = ("Hollis Grant", f"hgrant@{dom}")
    far = ("Farah Qureshi", f"fqureshi@{dom}")
    s, e = T(MT, 2026, 4, 29, 10, 0), T(MT, 2026, 4, 29, 10, 45)
    ev = {
        "kind": "calendar#event", "etag": "\"3318840211564000\"", "id": "7t2b9q0kd4vlg1mxw3fz8r6hne",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=N3QyYjlxMGtkNHZsZzFteHczZno4cjZobmUgbmFkaWE",
        "created": "2026-04-21T19:02:11.000Z", "updated": "2026-04-21T19:05:43.128Z",
        "summary": "Nadia Kowalski <> Farah Qureshi | Sr. Data Scientist, Population Health",
        "description": "Hiring manager conversation. Farah leads the Population Health data science team. "
                       "Hollis (recruiting) set this up and won't attend.\n\nBluestem Health Analytics\n"
                       "1801 Wynkoop St, Denver, CO 80202",
        "location": "Google Meet",
        "creator": {"email": hol[1], "displayName": hol[0]},
        "organizer": {"email": hol[1], "displayName": hol[0]},
        "start": {"dateTime": iso(s), "timeZone": "America/Denver"},
        "end": {"dateTime": iso(e), "timeZone": "America/Denver"},
        "iCalUID": "7t2b9q0kd4vlg1mxw3fz8r6hne@google.com", "sequence": 0,
        "attendees": [
            {"email": hol[1], "displayName": hol[0], "organizer": True, "responseStatus": "accepted",
             "optional": True},
            {"email": far[1], "displayName": far[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"}],
        "hangoutLink": "https://meet.google.com/bsh-wkfe-pqd",
        "reminders": {"useDefault": True}, "eventType": "default"}
    case("b44-10-gcal-api-event-denver", [("01-bluestem-hm.gcal.json", ev)],
         [iv("Bluestem Health Analytics", "Sr. Data Scientist, Population Health", s, e, "scheduled", [far[1]], [far[1]],
             "hiring_manager")],
         "medium", "positive/gcal-json",
         "Calendar API v3 event only, America/Denver (MDT -06:00); optional organizer is a recruiter, not interviewer.")

    # ------------------------------------------------------------ 11 chatty thread "half past ten"
    dom = "kettlecrumb.example"
    jol = ("Jolene Pratt", f"jolene.pratt@{dom}")
    rav = ("Ravi Menon", f"ravi.menon@{dom}")
    sent1 = T(CT, 2026, 5, 11, 10, 40)
    mid1 = "<0102018f5a1c-jp-kc-01@kettlecrumb.example>"
    t1 = f"""Hi Nadia!!

Hope your Monday is off to a good start :) I loved your background on markdown optimization - it's
SO close to what our pricing team is tackling right now. Ravi Menon (Sr. Manager, Pricing Analytics) would
love to do a first conversation with you this week for the Data Scientist, Pricing & Promotions role.

Could you send me a couple of windows that work for a 45 min call? Mornings tend to be best for him.

Thanks so much!
Jolene

Jolene Pratt (she/her)
Talent Acquisition Partner | Kettle & Crumb Markets
735 N Water St, Milwaukee, WI 53202
c: 414.555.0163
"""
    m1 = mail(f"{jol[0]} <{jol[1]}>", "Kettle & Crumb - chat with Ravi this week?", sent1, t1, msgid=mid1)
    sent2 = T(CT, 2026, 5, 11, 15, 22)
    t2 = f"""Perfect - Wednesday at half past ten (Central) it is! Ravi will give you a ring on your cell, plan
on about 45 minutes. I've cc'd him here so you have each other's info.

Have a great rest of your day!
Jolene

Jolene Pratt (she/her)
Talent Acquisition Partner | Kettle & Crumb Markets
c: 414.555.0163

On Mon, May 11, 2026 at 1:05 PM Nadia Kowalski <{OWNER}> wrote:
> Hi Jolene,
>
> Thanks so much - I'd love to chat with Ravi. Wednesday morning (10-12 Central) or Thursday after
> 1pm both work for me.
>
> Best,
> Nadia
>
> On Mon, May 11, 2026 at 10:40 AM Jolene Pratt <{jol[1]}> wrote:
>> Hi Nadia!!
>>
>> Hope your Monday is off to a good start :) I loved your background on markdown optimization - it's
>> SO close to what our pricing team is tackling right now. Ravi Menon (Sr. Manager, Pricing Analytics)
>> would love to do a first conversation with you this week for the Data Scientist, Pricing & Promotions
>> role.
"""
    m2 = mail(f"{jol[0]} <{jol[1]}>", "Re: Kettle & Crumb - chat with Ravi this week?", sent2, t2,
              cc=f"{rav[0]} <{rav[1]}>", in_reply_to="<CAK7p2x9=kc-0511@mail.example>",
              references=mid1 + " <CAK7p2x9=kc-0511@mail.example>")
    s, e = T(CT, 2026, 5, 13, 10, 30), T(CT, 2026, 5, 13, 11, 15)
    case("b44-11-chatty-thread-half-past-ten", [("01-recruiter-asks.eml", m1), ("02-recruiter-confirms.eml", m2)],
         [iv("Kettle & Crumb Markets", "Data Scientist, Pricing & Promotions", s, e, "scheduled", [rav[1]], [rav[1]],
             "hiring_manager")],
         "hard", "positive/thread",
         "Propose/confirm thread with quoted history; 'Wednesday at half past ten (Central)' from a Monday message; "
         "hiring manager cc'd and calls.")

    # ------------------------------------------------------------ 12 invented tool "Slotwise", German, 14:00 Uhr
    dom = "vandrell-medical.example"
    jan = ("Jana Wolff", f"jana.wolff@{dom}")
    kat = ("Dr. Katrin Feldmann", f"katrin.feldmann@{dom}")
    s, e = T(BER, 2026, 4, 14, 14, 0), T(BER, 2026, 4, 14, 15, 0)
    sent = T(BER, 2026, 4, 2, 11, 26)
    lc = s.astimezone(CT)
    t = f"""Hallo Frau Kowalski,

vielen Dank für Ihr Interesse an der Position Data Scientist (m/w/d) Real-World Evidence bei der
Vandrell Medical GmbH. Hiermit bestätigen wir Ihren Termin für das Fachinterview:

  Datum:     Dienstag, 14. April 2026
  Uhrzeit:   14:00 – 15:00 Uhr (MESZ, Berlin)
             entspricht {lc:%H:%M} Uhr Central Time (Minneapolis)
  Gespräch mit: {kat[0]}, Head of Biostatistics ({kat[1]})
  Ort:       Microsoft Teams (Link folgt per Kalendereinladung)

Das Gespräch findet auf Englisch statt.

Bei Fragen wenden Sie sich bitte an {jan[0]} ({jan[1]}).

Mit freundlichen Grüßen
Ihr Recruiting-Team der Vandrell Medical GmbH
Vandrell Medical GmbH · Am Sandtorkai 12 · 20457 Hamburg · Tel. +49 40 555 0192

-- 
Termin gebucht über Slotwise · https://slotwise.example
"""
    cal = vcal([vevent("slotwise-9a7d31e6@slotwise.example", s, e, "Fachinterview Data Scientist RWE – Nadia Kowalski",
                       ("Vandrell Medical Recruiting", "termine@slotwise.example"),
                       [(kat[0], kat[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")], sent,
                       location="Microsoft Teams")], prodid="-//Slotwise//Booking 4.2//DE")
    m = mail("Vandrell Medical Recruiting <termine@slotwise.example>",
             "Terminbestätigung: Ihr Interview bei der Vandrell Medical GmbH", sent, t, cte="base64",
             reply_to=f"{jan[0]} <{jan[1]}>", attach=cal, attach_name="termin.ics")
    case("b44-12-invented-tool-german-14-uhr", [("01-slotwise-terminbestaetigung.eml", m)],
         [iv("Vandrell Medical", "Data Scientist (m/w/d) Real-World Evidence", s, e, "scheduled", [kat[1]], [kat[1]],
             "technical")],
         "hard", "positive/ats-email-with-ics",
         "Invented scheduling tool 'Slotwise', German base64 body, '14:00 – 15:00 Uhr (MESZ)' = +02:00 after EU DST.")

    # ------------------------------------------------------------ 13 forwarded Lever confirmation, noon CT
    dom = "riverbendhp.example"
    col = ("Colette Dubois", f"colette.dubois@{dom}")
    sent = T(CT, 2026, 5, 11, 8, 14)
    s, e = T(CT, 2026, 5, 15, 12, 0), T(CT, 2026, 5, 15, 12, 45)
    t = f"""Nadia - forwarding in case the original landed in your spam folder (we've had a few of those).
Looking forward to Friday!

Colette

Colette Dubois
Director, Actuarial & Data Science | Riverbend Health Plan
2200 Riverside Pkwy, Eagan, MN 55121 | d: 651-555-0128

-----Original Message-----
From: Riverbend Health Plan <no-reply@hire.lever.example>
Sent: Friday, May 8, 2026 4:31 PM
To: {OWNER}
Cc: Colette Dubois <{col[1]}>
Subject: Interview Confirmation - Riverbend Health Plan

Hi Nadia,

This confirms your interview for Senior Data Scientist - Risk Adjustment with Riverbend Health Plan.

When: Friday, May 15 at noon CT (12:00 - 12:45 PM)
Who: Colette Dubois, Director, Actuarial & Data Science
Where: Riverbend HQ, 2200 Riverside Pkwy, Eagan MN - check in at the 2nd floor reception

Please bring a photo ID for the visitor badge.

The Riverbend Recruiting Team
Sent via Lever
"""
    m = mail(f"{col[0]} <{col[1]}>", "FW: Interview Confirmation - Riverbend Health Plan", sent, t, to_html(t),
             headers=[("Thread-Topic", "Interview Confirmation - Riverbend Health Plan"), ("X-MS-Has-Attach", "")])
    case("b44-13-forwarded-lever-noon-in-person", [("01-fw-interview-confirmation.eml", m)],
         [iv("Riverbend Health Plan", "Senior Data Scientist - Risk Adjustment", s, e, "scheduled", [col[1]], [col[1]],
             "hiring_manager")],
         "medium", "positive/forwarded",
         "Hiring manager forwards a Lever confirmation (Outlook-style original-message block); 'noon CT'.")

    build_negatives()


def build_negatives():
    NEG = []

    # 14 Kaggle-style competition
    t = """Hi nkowalski_ds,

The private leaderboard for the Hospital Readmission Risk Challenge is final. Your team "lagged-features"
finished 7th of 1,284 teams - congratulations! Top-10 finishers receive a silver badge.

The sponsor, a regional health system, will host a 60-minute winners' call on Thursday, April 2 at 1:00 PM
CT where the top 3 teams present their solutions. Everyone is welcome to listen in; add it to your schedule:
https://datacrest.example/c/readmission/winners-call

Please note: candidate solutions in the top 10 may be asked to share code for verification. The sponsor has
also mentioned they may reach out to some participants about open roles - any interview would be arranged
directly by them.

Happy modelling,
The Datacrest Team
"""
    NEG.append(("b44-14-neg-competition-leaderboard-winners-call",
                [("01-leaderboard-final.eml",
                  mail("Datacrest Competitions <competitions@datacrest.example>",
                       "Final results: Hospital Readmission Risk Challenge", T(CT, 2026, 3, 26, 12, 0), t, to_html(t)))],
                "hard", "negative/competition",
                "Kaggle-style leaderboard mail with a winners' call time and 'interview'/'candidate' words; not a job interview."))

    # 15 conference talk accepted + speaker prep .ics + press interview offer
    dom = "midwestml.example"
    s, e = T(CT, 2026, 5, 5, 16, 0), T(CT, 2026, 5, 5, 16, 30)
    sent = T(CT, 2026, 4, 20, 9, 30)
    t = """Dear Nadia,

Congratulations! Your talk "Shrinkage estimators for small-cell claims data" has been accepted for
MidwestML Summit 2026 (June 11-12, Chicago). You are scheduled for Track B, June 11 at 2:40 PM.

Please join a 30-minute speaker prep call on Tuesday, May 5 at 4:00 PM CT (invite attached) where we'll
go over A/V and the schedule.

Also: our communications team would love to interview you for a short speaker spotlight on the
conference blog. Reply if you're interested and they'll send some written questions.

Warmly,
Theo Lindqvist
Program Chair, MidwestML Summit
"""
    cal = vcal([vevent("mlsummit-prep-0505@midwestml.example", s, e, "MidwestML Summit - speaker prep call (Track B)",
                       ("Theo Lindqvist", f"theo@{dom}"), [(OWNER_NAME, OWNER, "NEEDS-ACTION")], sent,
                       location="https://midwestml.zoom.example/j/5550199")], prodid="-//MidwestML//Speakers//EN")
    NEG.append(("b44-15-neg-conference-talk-prep-call",
                [("01-talk-accepted.eml", mail(f"Theo Lindqvist <theo@{dom}>",
                                                "Accepted: your MidwestML Summit 2026 talk", sent, t, attach=cal,
                                                attach_name="speaker-prep.ics"))],
                "hard", "negative/conference",
                "Conference talk acceptance with a speaker-prep call .ics and a blog 'interview' offer; not a job interview."))

    # 16 agency recruiter "quick call?" never booked
    dom = "apextalent.example"
    mid = "<AT-brent-0303@apextalent.example>"
    t1 = """Hi Nadia,

I came across your profile and think you'd be a strong candidate for a Senior Data Scientist role with a
Fortune 500 insurer in the Twin Cities (hybrid, 2 days on-site). Comp is up to $175K + bonus.

Open to a quick call this week to discuss? 15 minutes, no pressure.

Brent Haskell
Senior Recruiter | Apex Talent Partners
(612) 555-0187
"""
    t2 = f"""Great! What's the best number to reach you? I'll send a calendar invite once I have it and we can
nail down a time. Thursday afternoon is wide open on my end.

Brent

On Tue, Mar 3, 2026 at 6:12 PM Nadia Kowalski <{OWNER}> wrote:
> Hi Brent - sure, happy to hear more. Thursday afternoon could work, or early next week.
> Nadia
>
> On Tue, Mar 3, 2026 at 11:02 AM Brent Haskell <brent.haskell@{dom}> wrote:
>> Open to a quick call this week to discuss? 15 minutes, no pressure.
"""
    NEG.append(("b44-16-neg-agency-quick-call-never-booked",
                [("01-recruiter-outreach.eml", mail(f"Brent Haskell <brent.haskell@{dom}>",
                                                     "Senior Data Scientist - Fortune 500 insurer (Twin Cities)",
                                                     T(CT, 2026, 3, 3, 11, 2), t1, msgid=mid)),
                 ("02-recruiter-reply.eml", mail(f"Brent Haskell <brent.haskell@{dom}>",
                                                  "Re: Senior Data Scientist - Fortune 500 insurer (Twin Cities)",
                                                  T(CT, 2026, 3, 4, 8, 47), t2, in_reply_to="<CAK7p2x9=ap-0303@mail.example>",
                                                  references=mid + " <CAK7p2x9=ap-0303@mail.example>", cte="7bit"))],
                "hard", "negative/recruiter-outreach",
                "Agency recruiter asks for a quick call; 'Thursday afternoon' floated but never booked, no invite."))

    # 17 assessment link
    t = """Hi Nadia,

Thank you for applying to the Data Scientist, Claims Fraud role at Hearthstone Insurance. The next step in
our process is an online assessment.

  Assessment: Data Science General Assessment (SQL, statistics, Python)
  Duration: 90 minutes, proctored (webcam required)
  Complete by: Friday, April 24, 2026, 11:59 PM CT
  Start here: https://codetest.example/invite/hs-ds-4471-nk

Candidates who pass will be invited to schedule a video interview with the team.

Good luck!
Hearthstone Insurance Talent Acquisition
This mailbox is not monitored.
"""
    NEG.append(("b44-17-neg-online-assessment-link",
                [("01-assessment-invite.eml", mail("Hearthstone Insurance via CodeTest <no-reply@codetest.example>",
                                                    "Hearthstone Insurance: complete your Data Science assessment",
                                                    T(CT, 2026, 4, 17, 14, 5), t, to_html(t)))],
                "medium", "negative/assessment",
                "Proctored online assessment with a deadline; mentions a future interview only conditionally."))

    # 18 rejection after interview
    t = """Hi Nadia,

Thank you for taking the time to interview with us for the Data Scientist, Customer Analytics position, and
for speaking with Aaron on Tuesday, March 3 at 2:00 PM. We enjoyed learning about your work.

After careful consideration, we have decided to move forward with other candidates whose experience more
closely matches the needs of the role at this time. We'll keep your resume on file and encourage you to apply
for future openings.

Best regards,
Orchard Street Retail Recruiting
"""
    NEG.append(("b44-18-neg-rejection-after-interview",
                [("01-rejection.eml", mail("Orchard Street Retail <no-reply@us.greenhouse-mail.example>",
                                            "Your application to Orchard Street Retail", T(ET, 2026, 3, 12, 10, 17),
                                            t, to_html(t), reply_to="Orchard Street Recruiting <recruiting@orchardstreet.example>"))],
                "medium", "negative/rejection",
                "Greenhouse-style rejection that mentions the past interview date and time."))

    # 19 meetup RSVP with .ics
    dom = "tcdatasci.example"
    s, e = T(CT, 2026, 4, 16, 18, 30), T(CT, 2026, 4, 16, 20, 30)
    sent = T(CT, 2026, 4, 9, 19, 0)
    t = """You're going! 

Twin Cities Data Science Meetup
Panel: "Interviewing for data science roles in 2026 - what hiring managers actually look for"
Thursday, April 16, 2026 · 6:30 PM to 8:30 PM CDT
Kolstad Hall, 401 Washington Ave S, Minneapolis

Panelists include hiring managers from two local health systems and a fintech. Bring questions about
take-homes, case interviews and the candidate experience. Pizza provided.

Add to calendar: attached.
Can't make it? Update your RSVP: https://meetups.example/tcds/events/3125/rsvp
"""
    cal = vcal([vevent("meetups-tcds-3125@meetups.example", s, e, "Twin Cities Data Science: Interviewing for DS roles in 2026",
                       ("Twin Cities Data Science", f"organizers@{dom}"), [(OWNER_NAME, OWNER, "ACCEPTED")], sent,
                       location="Kolstad Hall, 401 Washington Ave S, Minneapolis")], method="PUBLISH",
               prodid="-//Meetups.example//Events//EN")
    NEG.append(("b44-19-neg-meetup-rsvp-interview-panel",
                [("01-rsvp-confirmed.eml", mail("Meetups <info@meetups.example>",
                                                 "RSVP confirmed: Interviewing for data science roles in 2026", sent, t,
                                                 attach=cal, attach_name="event.ics"))],
                "hard", "negative/meetup",
                "Meetup RSVP with .ics for a panel about interviewing; not an interview."))

    # 20 dentist reminder
    t = """Hi Nadia,

This is a reminder of your upcoming appointment:

  Lakes Family Dental - Dr. Ingrid Solberg
  Tuesday, April 28 at 9:40 AM
  4510 Excelsior Blvd, St. Louis Park, MN 55416

Please arrive 10 minutes early to update your insurance information. Reply C to confirm or call
(952) 555-0134 to reschedule. You may also be a candidate for our new whitening special - ask at check-in!

Lakes Family Dental
"""
    NEG.append(("b44-20-neg-dentist-reminder",
                [("01-appointment-reminder.eml", mail("Lakes Family Dental <reminders@lakesfamilydental.example>",
                                                       "Appointment reminder: Tue Apr 28, 9:40 AM",
                                                       T(CT, 2026, 4, 24, 7, 0), t))],
                "easy", "negative/appointment", "Dentist appointment reminder with a date and time."))

    # 21 LinkedIn-style search appearances
    h = """<html><body style="font-family:Arial,sans-serif">
<h3>You appeared in 23 searches this week</h3>
<p>Nadia, your profile was found by people from <b>Prairie Mutual Insurance</b>, <b>Stonebridge Health</b> and
<b>3 other companies</b>.</p>
<p>Top search keywords: <i>data scientist</i>, <i>causal inference</i>, <i>claims</i></p>
<p>Recruiters are 2x more likely to schedule an interview with members who have an Open to Work badge.</p>
<p><a href="https://pronet.example/me/search-appearances">See all searches</a> &middot;
<a href="https://pronet.example/premium/interview-prep">Get interview-ready with Premium</a></p>
<p style="font-size:11px;color:#888">This email was intended for Nadia Kowalski (Data Scientist at Northstar Claims).
<a href="https://pronet.example/unsub">Unsubscribe</a> &middot; ProNet Corporation, 1000 W Maude Ave, Sunnyvale, CA</p>
</body></html>"""
    NEG.append(("b44-21-neg-search-appearances-digest",
                [("01-search-appearances.eml", mail("ProNet <notifications-noreply@pronet.example>",
                                                     "Nadia, you appeared in 23 searches this week",
                                                     T(CT, 2026, 4, 13, 6, 31), None, h))],
                "easy", "negative/social-digest",
                "LinkedIn-style 'you appeared in searches' digest naming real-looking employers and 'interview'."))

    # 22 internal sprint review at current job (Outlook invite)
    dom = "northstarclaims.example"
    s, e = T(CT, 2026, 5, 6, 14, 0), T(CT, 2026, 5, 6, 15, 0)
    sent = T(CT, 2026, 4, 29, 11, 20)
    b = """When: Wednesday, May 6, 2026 2:00 PM-3:00 PM (UTC-06:00) Central Time (US & Canada).
Where: Conf Rm 4B / Microsoft Teams Meeting

Adding personal emails since half the team is on PTO next week.

Agenda
- Sprint 14 demo: claims triage model v2 (Nadia)
- Candidate features from the adjuster user interviews (Omar)
- Schedule for the Q3 roadmap and hiring plan for the open DS role (Beth)

Beth Harrington
Manager, Data Science | Northstar Claims
"""
    cal = vcal([vevent("040000008200E00074C5B7101A82E0080000000055AA0193CCD1DC01000000000000000010000000NSC14",
                       s, e, "Sprint 14 Review - Claims Triage Model", ("Beth Harrington", f"beth.harrington@{dom}"),
                       [(OWNER_NAME, OWNER, "NEEDS-ACTION"), ("Omar Farouk", f"omar.farouk@{dom}", "NEEDS-ACTION"),
                        ("Nadia Kowalski", f"nadia.kowalski@{dom}", "NEEDS-ACTION")], sent, description=b,
                       location="Conf Rm 4B / Microsoft Teams Meeting", wintz="Central Standard Time")],
               prodid="Microsoft Exchange Server 2010", tzs=["Central Standard Time"])
    NEG.append(("b44-22-neg-internal-sprint-review",
                [("01-sprint-review-invite.eml", mail("Beth Harrington <beth.harrington@northstarclaims.example>",
                                                       "Sprint 14 Review - Claims Triage Model", sent, b, to_html(b),
                                                       to=f"{OWNER_NAME} <{OWNER}>, Omar Farouk <omar.farouk@{dom}>, "
                                                          f"Nadia Kowalski <nadia.kowalski@{dom}>",
                                                       cal=cal, cal_cte="base64",
                                                       headers=[("Content-class", "urn:content-classes:calendarmessage")]))],
                "medium", "negative/internal-meeting",
                "Internal sprint review at the current employer (Outlook invite) mentioning user interviews, "
                "candidate features and hiring."))

    for cid, items, diff, cat, notes in NEG:
        case(cid, items, [], diff, cat, notes)


if __name__ == "__main__":
    main()
