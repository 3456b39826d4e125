#!/usr/bin/env python3
"""Deterministic generator for the blind53 interview-detection set.

Theme: a high-school science teacher in Denver (America/Denver) moving into ed-tech /
instructional design while also applying to school districts.  All people, companies,
schools and domains are invented (.example / example.com / mail.example).

Run:  python make_cases.py      (rewrites every b53-* folder and labels.yaml next to this file)
Only stdlib + PyYAML + zoneinfo.
"""
import base64
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
DEN = ZoneInfo("America/Denver")
CHI = ZoneInfo("America/Chicago")
NYC = ZoneInfo("America/New_York")
LAX = ZoneInfo("America/Los_Angeles")
BER = ZoneInfo("Europe/Berlin")
SYD = ZoneInfo("Australia/Sydney")

OWNER = "marisol.kettering@example.com"
OWNER_NAME = "Marisol Kettering"
OWNER_FULL = f"{OWNER_NAME} <{OWNER}>"
WORK = "mkettering@plattebend.example"   # her current district account (auto-forwards to OWNER)

CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


# ---------------------------------------------------------------- helpers
def T(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def iso(dt):
    return dt.isoformat()


def wd(dt, name):
    """assert the hand-written weekday name matches the date"""
    assert dt.strftime("%A").startswith(name), (dt, name)
    return name


def zutc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


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
    return b"\r\n ".join(out).decode("utf-8")


def ics(lines):
    return ("\r\n".join(fold(l) for l in lines) + "\r\n").encode("utf-8")


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def off(td):
    s = int(td.total_seconds())
    sign = "-" if s < 0 else "+"
    s = abs(s)
    return f"{sign}{s // 3600:02d}{(s % 3600) // 60:02d}"


def vtimezone(tzid, zone, rules):
    """VTIMEZONE block; offsets taken from zoneinfo, transition rules per region."""
    jan = zone.utcoffset(datetime(2026, 1, 15, 12))
    jul = zone.utcoffset(datetime(2026, 7, 15, 12))
    if rules == "US":
        std_rule, dst_rule = ("19701101T020000", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"), \
                             ("19700308T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU")
        std, dst = jan, jul
    elif rules == "EU":
        std_rule, dst_rule = ("19701025T030000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"), \
                             ("19700329T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
        std, dst = jan, jul
    else:
        raise ValueError(rules)
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{off(std)}", f"TZOFFSETTO:{off(dst)}",
        f"DTSTART:{dst_rule[0]}", f"RRULE:{dst_rule[1]}", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{off(dst)}", f"TZOFFSETTO:{off(std)}",
        f"DTSTART:{std_rule[0]}", f"RRULE:{std_rule[1]}", "END:STANDARD",
        "END:VTIMEZONE",
    ]


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def html_of(text):
    import html as _h
    paras = text.strip("\n").split("\n\n")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div dir=\"ltr\" style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px\">"
            + "".join("<p>" + _h.escape(p).replace("\n", "<br>") + "</p>\n" for p in paras)
            + "</div></body></html>\n")


def headers(m, *, frm, to, subject, date, msgid, cc=None, reply_to=None, irt=None, refs=None,
            delivered=OWNER, received=None, sender=None, extra=()):
    m["Delivered-To"] = delivered
    if received:
        m["Received"] = " ".join(received.split())
    m["Return-Path"] = "<" + (sender or frm).split("<")[-1].rstrip(">") + ">"
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
    m["Message-ID"] = msgid
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    for k, v in extra:
        m[k] = v
    m["MIME-Version"] = "1.0"


def plain_mail(text, *, html=False, cte="quoted-printable", **kw):
    m = EmailMessage()
    headers(m, **kw)
    m.set_content(text, cte=cte)
    if html:
        m.add_alternative(html_of(text) if html is True else html, subtype="html", cte=cte)
    return m


def html_only_mail(html, *, cte="base64", **kw):
    m = EmailMessage()
    headers(m, **kw)
    m.set_content(html, subtype="html", cte=cte)
    return m


def add(case, name, obj):
    if isinstance(obj, EmailMessage):
        import hashlib
        for i, part in enumerate(obj.walk()):   # deterministic MIME boundaries
            if part.is_multipart():
                part.set_boundary("0000000000" + hashlib.md5(f"{case}/{name}/{i}".encode()).hexdigest()[:18])
        data = obj.as_bytes(policy=policy.default)
    elif isinstance(obj, (dict, list)):
        data = (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    else:
        data = obj
    CASES.setdefault(case, []).append((name, data))


def label(case, interviews, difficulty, category, notes):
    LABELS[case] = {
        "user": OWNER,
        "interview": bool(interviews),
        "interviews": interviews,
        "difficulty": difficulty,
        "category": category,
        "notes": notes,
        "source": "synthetic",
    }


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {
        "company": company, "role": role, "start": iso(start),
        "end": iso(end) if end else None, "status": status,
        "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind,
    }


def google_invite(*, organizer, org_name, guests, summary, start, end, tzname, tzlabel, when_text,
                  description, sent, uid, msgid, seq=0, cancel=False, reply_to=None, meet=None):
    """Google Calendar invitation / cancellation e-mail (multipart/mixed)."""
    method = "CANCEL" if cancel else "REQUEST"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{zutc(start)}", f"DTEND:{zutc(end)}", f"DTSTAMP:{zutc(sent)}",
             f"ORGANIZER;CN={org_name}:mailto:{organizer}", f"UID:{uid}"]
    for name, addr in guests:
        ps = "ACCEPTED" if addr == organizer else "NEEDS-ACTION"
        role = "REQ-PARTICIPANT"
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={name};X-NUM-GUESTS=0:mailto:{addr}")
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:{meet}")
    desc = description
    if meet:
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 f"Join with Google Meet: {meet}\n\nPlease do not edit this section.\n"
                 "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    lines += [f"CREATED:{zutc(sent - timedelta(days=2 if cancel else 0, minutes=3))}",
              f"DESCRIPTION:{esc(desc)}", f"LAST-MODIFIED:{zutc(sent)}", "LOCATION:",
              f"SEQUENCE:{seq}", f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}",
              f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    if not cancel:
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                  "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    guest_txt = "\n".join(
        (f"{n} - organizer\n{a}" if a == organizer else (a if a == OWNER else f"{n}\n{a}")) for n, a in guests)
    if cancel:
        head = "This event has been canceled."
        subj = f"Canceled event: {summary} @ {when_text} ({OWNER})"
    else:
        head = ""
        subj = f"Invitation: {summary} @ {when_text} ({OWNER})"
    text = (f"{head + chr(10) if head else ''}{summary}\n{start.strftime('%A %b %-d, %Y')} \u22c5 "
            f"{start.strftime('%-I:%M%p').lower()} \u2013 {end.strftime('%-I:%M%p').lower()}\n{tzlabel}\n\n"
            + (f"Join with Google Meet\n{meet}\n\n" if meet and not cancel else "")
            + f"Organizer\n{org_name}\n{organizer}\n\nGuests\n{guest_txt}\n\n{description}\n\n"
            "~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.\n")
    m = EmailMessage()
    headers(m, frm=f"{org_name} <{organizer}>", to=OWNER, subject=subj, date=sent, msgid=msgid,
            reply_to=reply_to or f"{org_name} <{organizer}>",
            sender="Google Calendar <calendar-notification@google.com>",
            received="from mail-sor-f69.google.com (mail-sor-f69.google.com. [209.85.220.69])\n"
                     f"        by mx.google.com with SMTPS id q{uid[:10]}\n        for <{OWNER}>;\n"
                     f"        {format_datetime(sent)}")
    m.set_content(text, cte="base64")
    m.add_alternative(html_of(text), subtype="html", cte="quoted-printable")
    m.add_alternative(cal, maintype="text", subtype="calendar", cte="7bit" if False else "base64",
                      params={"method": method, "charset": "UTF-8"})
    m.add_attachment(cal, maintype="application", subtype="ics",
                     filename="invite.ics")
    return m


# =========================================================== POSITIVES
def case01():
    c = "b53-01-hireline-k12-teaching-demo-panel"
    s = T(2026, 2, 18, 15, 45, DEN)
    e = T(2026, 2, 18, 17, 0, DEN)
    sent = T(2026, 2, 10, 14, 12, DEN)
    text = f"""Dear Marisol Kettering,

Thank you for your interest in Cottonwood Valley School District. You have been selected for an
interview for the following posting:

  Posting:    #2026-0193  Science Teacher - Chemistry (1.0 FTE, 2026-27 school year)
  Location:   Willowbend High School, 8800 W. Quarry Rd, Room 214
  Date:       {wd(s, 'Wednesday')}, February 18, 2026
  Time:       3:45 PM - 5:00 PM (Mountain)

Format: This is a teaching demonstration followed by a panel interview. Please prepare a
15-minute sample lesson on a stoichiometry topic appropriate for 10th grade chemistry. A
document camera, projector and whiteboard will be available; student volunteers will serve
as your class. The remaining time will be a conversation with the interview committee.

Interview committee:
  Dr. Lorraine Whitcomb, Principal - lwhitcomb@cvsd.example
  Tomas Eberle, Science Department Chair - teberle@cvsd.example

Please bring a copy of your Colorado teaching license and two printed copies of your lesson
plan. If you need to reschedule, reply to this message or contact Denise Farrow, HR
Specialist, at dfarrow@cvsd.example or 303-555-0172.

An appointment file (interview.ics) is attached for your calendar.

Cottonwood Valley School District | Human Resources
1450 Sumac Lane, Lakewood, CO 80226
This message was sent by HireLine K12 on behalf of Cottonwood Valley School District.
Please do not reply directly to notifications@hireline-k12.example.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//HireLine K12//Interview Scheduler 4.2//EN",
               "METHOD:REQUEST", *vtimezone("America/Denver", DEN, "US"), "BEGIN:VEVENT",
               "UID:hl-int-55821-2026-0193@hireline-k12.example", f"DTSTAMP:{zutc(sent)}",
               f"DTSTART;TZID=America/Denver:{local(s)}", f"DTEND;TZID=America/Denver:{local(e)}",
               "SUMMARY:Interview - Science Teacher - Chemistry (Willowbend HS)",
               "LOCATION:Willowbend High School\\, Room 214\\, 8800 W. Quarry Rd",
               "DESCRIPTION:" + esc("Teaching demonstration (15-minute sample lesson) followed by panel "
                                    "interview with Dr. Lorraine Whitcomb and Tomas Eberle."),
               "ORGANIZER;CN=CVSD Human Resources:mailto:notifications@hireline-k12.example",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN={OWNER_NAME}:mailto:{OWNER}",
               "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    m = plain_mail(text, html=True, frm="Cottonwood Valley SD via HireLine K12 <notifications@hireline-k12.example>",
                   to=OWNER_FULL, subject="Interview Scheduled: Science Teacher - Chemistry (#2026-0193)",
                   date=sent, msgid="<hl.55821.0193.1770757920@hireline-k12.example>",
                   reply_to="Denise Farrow <dfarrow@cvsd.example>")
    m.add_attachment(cal, maintype="text", subtype="calendar", filename="interview.ics",
                     params={"method": "REQUEST"})
    add(c, "01-hireline-interview-scheduled.eml", m)

    sent2 = T(2026, 2, 16, 20, 37, DEN)
    t2 = f"""Hi Marisol,

Looking forward to {wd(s, 'Wednesday')}! A few logistics so you're not surprised:

- Dismissal is 3:25 and the building clears out pretty fast, so we'll start your demo right at
  3:45 in Room 214 (Tomas's room, upstairs by the science wing).
- We'll have five of our student ambassadors as your class. They're sophomores, mostly in
  Honors Chem, and they are honest but kind :)
- After the lesson Tomas and I will sit down with you for the interview portion. Should wrap by 5.
- Visitor parking is in the east lot; check in at the main office and they'll give you a badge.

See you then,
Lorraine

--
Dr. Lorraine Whitcomb
Principal, Willowbend High School
Cottonwood Valley School District
o: 303-555-0140
"""
    m2 = plain_mail(t2, html=True, cte="quoted-printable",
                    frm="Lorraine Whitcomb <lwhitcomb@cvsd.example>", to=OWNER_FULL,
                    cc="Tomas Eberle <teberle@cvsd.example>",
                    subject="Wednesday demo lesson - logistics", date=sent2,
                    msgid="<CAF8vq0Zt1wLr7bq3mHn2+WBHS=demo@mail.cvsd.example>")
    add(c, "02-principal-logistics.eml", m2)
    label(c, [iv("Cottonwood Valley School District", "Science Teacher - Chemistry", s, e, "scheduled",
                 ["lwhitcomb@cvsd.example", "teberle@cvsd.example"],
                 ["lwhitcomb@cvsd.example", "teberle@cvsd.example"], "onsite")],
          "medium", "positive/ats-ics-teaching-demo",
          "Invented district ATS (HireLine K12) notice with .ics + principal's logistics mail; teaching demo + "
          "panel is one onsite 15:45-17:00 MST.")


def case02():
    c = "b53-02-workday-district-instructional-coach-html"
    s = T(2026, 3, 2, 16, 0, DEN)
    e = T(2026, 3, 2, 16, 45, DEN)
    sent = T(2026, 2, 25, 11, 4, DEN)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Interview Scheduled</title></head>
<body style="margin:0;background:#f3f4f6"><table width="100%" cellpadding="0" cellspacing="0" role="presentation">
<tr><td align="center"><table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#333">
<tr><td style="background:#0b3d6b;color:#fff;padding:18px 24px;font-size:18px">Front Range Consolidated Schools</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:20px">
<p>Hello Marisol,</p>
<p>Your interview has been scheduled for the job requisition below. Please review the details and
confirm your attendance in the candidate home page.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td><b>Job Requisition</b></td><td>R-04417 STEM Instructional Coach (Secondary)</td></tr>
<tr><td><b>Interview Type</b></td><td>Panel Interview (Virtual)</td></tr>
<tr><td><b>Date</b></td><td>{wd(s, 'Monday')}, 03/02/2026</td></tr>
<tr><td><b>Time</b></td><td>4:00 PM - 4:45 PM (GMT-07:00) Mountain Time (Denver)</td></tr>
<tr><td><b>Location</b></td><td>Zoom &ndash; link will be provided by the hiring team</td></tr>
<tr><td><b>Interviewers</b></td><td>Carla Mendenhall, Director of Secondary Science<br>Hank Oduya, Instructional Coaching Lead</td></tr>
</table>
<p>Questions? Contact your recruiter, Beth Sorensen, at <a href="mailto:bsorensen@frcs.example">bsorensen@frcs.example</a>.</p>
<p><a href="https://wd5.myworkday.example/frcs/d/home.htmld" style="background:#0b3d6b;color:#fff;padding:10px 16px;text-decoration:none">View in Workday</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888">This is a system-generated message from Workday. Please do not reply.</td></tr>
</table></td></tr></table></body></html>
"""
    m = html_only_mail(html, frm="Front Range Consolidated Schools <frcs@myworkday.example>", to=OWNER,
                       subject="Interview Scheduled - R-04417 STEM Instructional Coach (Secondary)",
                       date=sent, msgid="<1583140937.44810.1772042640311@wd5-prod-mail.myworkday.example>")
    add(c, "01-workday-interview-scheduled.eml", m)
    label(c, [iv("Front Range Consolidated Schools", "STEM Instructional Coach (Secondary)", s, e, "scheduled",
                 [], ["bsorensen@frcs.example"], "onsite")],
          "medium", "positive/workday-html-only",
          "HTML-only base64 Workday notice; two-person panel without addresses -> recipient is the named recruiter.")


def case03():
    c = "b53-03-lumenstack-thread-planning-period"
    s = T(2026, 2, 26, 10, 10, DEN)
    e = T(2026, 2, 26, 10, 40, DEN)
    sent1 = T(2026, 2, 23, 9, 2, CHI)
    sig = """Darnell Okwuosa
Senior Technical Recruiter | Lumenstack Learning
m: (312) 555-0163
222 W. Ontario St, Suite 600, Chicago, IL 60654
"""
    t1 = f"""Hi Marisol,

Thanks for applying to the Instructional Designer, K-12 Science role! Your unit plans on
energy transfer were a big hit with our curriculum team.

I'd love to set up a 30-minute intro call to learn more about your background and walk you
through the role. I know teachers' days are packed - do you have any windows Wed-Fri this week?

Best,
{sig}"""
    m1 = plain_mail(t1, html=True, frm="Darnell Okwuosa <darnell@lumenstack.example>", to=OWNER_FULL,
                    subject="Lumenstack Learning - Instructional Designer, K-12 Science", date=sent1,
                    msgid="<CAJk3p+0a1LsDNq@mail.lumenstack.example>")
    add(c, "01-recruiter-intro.eml", m1)
    user_reply = """Hi Darnell,

Thanks so much - excited to hear from you! My best window is Thursday during my planning period
(10:10-10:55 Mountain). Otherwise any day after dismissal works, roughly 3:45 on.

Marisol"""
    sent2 = T(2026, 2, 24, 8, 31, CHI)
    t2 = f"""Thursday during your planning period works great. I'll call your cell at 10:10 your time
(11:10 for me in Chicago) and keep it to 30 minutes so you have a breather before your next class.

Talk soon,
{sig}
On Mon, Feb 23, 2026 at 7:48 PM Marisol Kettering <{OWNER}> wrote:
{quote(user_reply)}
"""
    m2 = plain_mail(t2, html=False, frm="Darnell Okwuosa <darnell@lumenstack.example>", to=OWNER_FULL,
                    subject="Re: Lumenstack Learning - Instructional Designer, K-12 Science", date=sent2,
                    msgid="<CAJk3p+0b7TtQw@mail.lumenstack.example>",
                    irt="<CAF9mk.reply.01@mail.example.com>",
                    refs="<CAJk3p+0a1LsDNq@mail.lumenstack.example> <CAF9mk.reply.01@mail.example.com>")
    assert wd(s, "Thursday")
    add(c, "02-recruiter-confirms-thursday.eml", m2)
    label(c, [iv("Lumenstack Learning", "Instructional Designer, K-12 Science", s, e, "scheduled",
                 ["darnell@lumenstack.example"], ["darnell@lumenstack.example"], "phone_screen")],
          "hard", "positive/thread-propose-confirm",
          "Time only via 'planning period (10:10-10:55)' in quoted reply + 'call your cell at 10:10 your time' (MST); "
          "recruiter is the screener.")


def case04():
    c = "b53-04-charter-snow-day-reschedule"
    s0 = T(2026, 2, 5, 15, 45, DEN)
    s = T(2026, 2, 9, 15, 45, DEN)
    e = T(2026, 2, 9, 16, 30, DEN)
    gus = "Gus Abernathy <gus.abernathy@mail.example>"
    ruth = "Ruth Kanagawa <ruth.kanagawa@mail.example>"
    t1 = f"""Hi Marisol!

Thanks for sending your resume over - we're a small school (210 kids, grades 6-8) and we don't
have an HR department, so it's just me doing this :)

We'd love to have you come in and teach a demo lesson for our middle school science opening.
Please prepare a 15-minute sample lesson on any physical science topic for 8th graders. After
that we'll sit down together for about half an hour. Our science lead, Ruth Kanagawa, will
be there for the whole thing too.

Would {wd(s0, 'Thursday')} the 5th at 3:45 work? That's right after dismissal, a few of our 8th graders
have volunteered to stay and be your students.

Gus

Gus Abernathy
Principal & Co-Founder, Summit Peak Academy (a public charter school)
3150 Larimer Bend, Denver CO 80205 | 720-555-0119
"""
    sent1 = T(2026, 2, 2, 16, 55, DEN)
    m1 = plain_mail(t1, html=True, frm=gus, to=OWNER_FULL,
                    subject="demo lesson at Summit Peak?", date=sent1,
                    msgid="<CAGus-spa-0202a@mail.example>")
    add(c, "01-principal-invites-demo.eml", m1)
    t2 = f"""Marisol - well, Mother Nature had other plans. We follow the district on snow days and they
just called it, so we're closed tomorrow. So sorry!

Can we push your demo to Monday the 9th, same time (3:45)? Kids will be back and Ruth is free.

Stay warm,
Gus

On Mon, Feb 2, 2026 at 9:10 PM Marisol Kettering <{OWNER}> wrote:
> Thursday at 3:45 works perfectly. I'm planning a short lesson on
> conservation of momentum with a cart demo. See you then!
>
> Marisol
"""
    sent2 = T(2026, 2, 4, 19, 40, DEN)
    m2 = plain_mail(t2, frm=gus, to=OWNER_FULL, subject="Re: demo lesson at Summit Peak? SNOW DAY",
                    date=sent2, msgid="<CAGus-spa-0204s@mail.example>", irt="<CAMk-0202r@mail.example.com>",
                    refs="<CAGus-spa-0202a@mail.example> <CAMk-0202r@mail.example.com>")
    add(c, "02-snow-day-move-to-monday.eml", m2)
    t3 = f"""Perfect - Monday at 3:45 it is. Come to the front office and Ruth or I will grab you. Plan on
about 45 minutes total. Ruth is cc'd in case you want to ask her anything about the carts
before then.

Gus

On Wed, Feb 4, 2026 at 8:02 PM Marisol Kettering <{OWNER}> wrote:
> No problem at all, enjoy the snow day! Monday the 9th at 3:45 works for me.
"""
    sent3 = T(2026, 2, 5, 9, 12, DEN)
    m3 = plain_mail(t3, frm=gus, to=OWNER_FULL, cc=ruth, subject="Re: demo lesson at Summit Peak? SNOW DAY",
                    date=sent3, msgid="<CAGus-spa-0205c@mail.example>", irt="<CAMk-0204r@mail.example.com>",
                    refs="<CAGus-spa-0202a@mail.example> <CAGus-spa-0204s@mail.example> <CAMk-0204r@mail.example.com>")
    assert wd(s, "Monday")
    add(c, "03-confirmed-monday.eml", m3)
    label(c, [iv("Summit Peak Academy", None, s, e, "scheduled",
                 ["gus.abernathy@mail.example", "ruth.kanagawa@mail.example"],
                 ["gus.abernathy@mail.example", "ruth.kanagawa@mail.example"], "onsite")],
          "hard", "positive/reschedule-by-email",
          "Charter school on free-mail; Thu 2/5 3:45 demo moved by snow day to Mon 2/9 3:45 (45 min total). "
          "Role never named beyond 'middle school science opening'.")


def case05():
    c = "b53-05-quillbright-portfolio-review-cancelled"
    s = T(2026, 3, 17, 13, 0, CHI)
    e = T(2026, 3, 17, 14, 0, CHI)
    ines = "ines@quillbright.example"
    guests = [("Ines Valcourt", ines), ("Wes Tanaka", "wes.tanaka@quillbright.example"),
              ("Odalys Ferrer", "odalys@quillbright.example"), (OWNER, OWNER)]
    summary = "Portfolio Review: Marisol Kettering - Learning Experience Designer"
    desc = ("Hi Marisol - this is your portfolio review with Wes (Director of Learning Design) and Odalys "
            "(Senior Learning Experience Designer). Plan to share your screen and walk through 2-3 pieces "
            "for ~25 minutes; the rest is Q&A. Ines")
    when = f"{wd(s, 'Tue')} Mar 17, 2026 1pm - 2pm (CDT)"
    m1 = google_invite(organizer=ines, org_name="Ines Valcourt", guests=guests, summary=summary, start=s, end=e,
                       tzname="America/Chicago", tzlabel="Central Time - Chicago", when_text=when,
                       description=desc, sent=T(2026, 3, 9, 10, 21, CHI),
                       uid="5q0v1qbr3k8m7ndjt2f9c6lzxe@google.com",
                       msgid="<calendar-8d02a7e3-3b5d-4f7d-9f0e-7c1a4e9b2d11@google.com>",
                       meet="https://meet.google.com/qbr-hwzk-tpa")
    add(c, "01-invitation-portfolio-review.eml", m1)
    desc2 = ("Marisol, I'm so sorry to do this. Quillbright has paused hiring for this role while we "
             "finalize next year's budget, so we need to cancel your portfolio review. I'll reach out "
             "personally if the req reopens. - Ines")
    m2 = google_invite(organizer=ines, org_name="Ines Valcourt", guests=guests, summary=summary, start=s, end=e,
                       tzname="America/Chicago", tzlabel="Central Time - Chicago", when_text=when,
                       description=desc2, sent=T(2026, 3, 13, 15, 48, CHI),
                       uid="5q0v1qbr3k8m7ndjt2f9c6lzxe@google.com",
                       msgid="<calendar-1f4c9a20-6be3-4a11-8d7e-2e5f0c83a9b4@google.com>", seq=1, cancel=True)
    add(c, "02-canceled-event.eml", m2)
    label(c, [iv("Quillbright", "Learning Experience Designer", s, e, "cancelled",
                 ["wes.tanaka@quillbright.example", "odalys@quillbright.example"],
                 ["wes.tanaka@quillbright.example", "odalys@quillbright.example"], "onsite")],
          "medium", "positive/cancellation-google",
          "Google invite (CDT) then METHOD:CANCEL (hiring paused); keep cancelled at 13:00-05:00.")


def case06():
    c = "b53-06-pinon-mesa-candidate-withdrawal"
    s = T(2026, 3, 24, 16, 15, DEN)
    e = T(2026, 3, 24, 17, 0, DEN)
    kb = "Keisha Brandt <kbrandt@sagebrushusd.example>"
    sig = """Keisha Brandt, Ed.S.
Assistant Principal | Pi\u00f1on Mesa Middle School
Sagebrush Unified School District
4701 Cholla Trail, Colorado Springs, CO 80917
(719) 555-0186
"""
    t1 = f"""Good afternoon Ms. Kettering,

Thank you for applying for the 7th Grade Science position at Pi\u00f1on Mesa Middle School. We would
like to invite you to interview with our hiring committee on {wd(s, 'Tuesday')}, March 24 at 4:15 pm
in Conference Room B (front office). The interview will last approximately 45 minutes.

The committee will be myself, our principal Rob Delacroix (rdelacroix@sagebrushusd.example),
and our 7th grade team lead. Please reply to confirm.

Respectfully,
{sig}"""
    sent1 = T(2026, 3, 11, 13, 26, DEN)
    m1 = plain_mail(t1, html=True, frm=kb, to=OWNER_FULL, subject="Interview Invitation - 7th Grade Science",
                    date=sent1, msgid="<MW4PR11MB5871A3C2@MW4PR11MB5871.namprd11.prod.outlook.example>",
                    extra=[("Thread-Topic", "Interview Invitation - 7th Grade Science")])
    add(c, "01-ap-interview-invitation.eml", m1)
    t2 = f"""Marisol,

Thank you for letting me know, and congratulations on your new opportunity! I have cancelled
Tuesday's interview and let Mr. Delacroix and the team know. Best of luck next year.

{sig}
________________________________
From: Marisol Kettering <{OWNER}>
Sent: Thursday, March 19, 2026 9:47 PM
To: Keisha Brandt <kbrandt@sagebrushusd.example>
Subject: Re: Interview Invitation - 7th Grade Science

Dear Ms. Brandt,

I'm writing to withdraw my application for the 7th Grade Science position. I've accepted
another offer and don't want to take up the committee's time next Tuesday at 4:15. Thank
you so much for the opportunity, and I'm sorry for the short notice.

Warmly,
Marisol Kettering
"""
    sent2 = T(2026, 3, 20, 7, 5, DEN)
    m2 = plain_mail(t2, frm=kb, to=OWNER_FULL, subject="RE: Interview Invitation - 7th Grade Science",
                    date=sent2, msgid="<MW4PR11MB5871B9D0@MW4PR11MB5871.namprd11.prod.outlook.example>",
                    irt="<CAMk-0319w@mail.example.com>",
                    refs="<MW4PR11MB5871A3C2@MW4PR11MB5871.namprd11.prod.outlook.example> <CAMk-0319w@mail.example.com>",
                    extra=[("Thread-Topic", "Interview Invitation - 7th Grade Science")])
    add(c, "02-ap-confirms-withdrawal.eml", m2)
    label(c, [iv("Sagebrush Unified School District", "7th Grade Science", s, e, "cancelled",
                 ["kbrandt@sagebrushusd.example", "rdelacroix@sagebrushusd.example"],
                 ["kbrandt@sagebrushusd.example", "rdelacroix@sagebrushusd.example"], "onsite")],
          "medium", "positive/cancellation-candidate-withdrawal",
          "Committee interview Tue 3/24 4:15 (MDT, after DST) cancelled by candidate withdrawal in quoted Outlook reply.")


def case07():
    c = "b53-07-cairnpoint-screen-then-virtual-onsite"
    s1 = T(2026, 4, 1, 15, 45, DEN)
    e1 = T(2026, 4, 1, 16, 15, DEN)
    sp = "shauna.pelletier@cairnpoint.example"
    sent1 = T(2026, 3, 30, 23, 18, UTC)
    text = f"""Hi Marisol Kettering,

Your meeting is confirmed.

What:   Recruiter Screen - Curriculum Designer, Middle School Science
When:   {wd(s1, 'Wednesday')}, April 1, 2026 - 3:45pm - 4:15pm (Mountain Time - US & Canada)
Who:    Shauna Pelletier (Cairnpoint Education) - {sp}
Where:  Phone call. Shauna will call you at +1 720-555-0148

Need to make changes?  Reschedule: https://bookwell.example/r/9XkT2q   Cancel: https://bookwell.example/c/9XkT2q

Powered by Bookwell - scheduling that works the way you do.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Bookwell//Bookwell Scheduler//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", "UID:bk-9XkT2q@bookwell.example", f"DTSTAMP:{zutc(sent1)}",
               f"DTSTART:{zutc(s1)}", f"DTEND:{zutc(e1)}",
               "SUMMARY:Recruiter Screen - Curriculum Designer\\, Middle School Science (Cairnpoint Education)",
               "LOCATION:Phone call (+1 720-555-0148)",
               f"ORGANIZER;CN=Shauna Pelletier:mailto:{sp}",
               f"ATTENDEE;CN=Shauna Pelletier;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{sp}",
               f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
               "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    m1 = plain_mail(text, html=True, frm="Bookwell <notifications@bookwell.example>", to=OWNER,
                    reply_to=f"Shauna Pelletier <{sp}>",
                    subject="Confirmed: Recruiter Screen with Shauna Pelletier on Wed, Apr 1",
                    date=sent1, msgid="<0100019d4a1f.9XkT2q@bookwell.example>")
    m1.add_attachment(cal, maintype="text", subtype="calendar", filename="invite.ics",
                      params={"method": "REQUEST"})
    add(c, "01-bookwell-screen-confirmed.eml", m1)

    s2 = T(2026, 4, 10, 8, 30, LAX)
    e2 = T(2026, 4, 10, 10, 45, LAX)
    t2 = f"""Hi Marisol,

Great chatting Wednesday - the team loved your unit samples and we'd like to move you to the
virtual onsite! Here's the itinerary for {wd(s2, 'Friday')}, April 10 (all times Pacific; I know you're
in Denver, so add an hour):

  8:30 - 9:15    Portfolio review - Imogen Hartley, Director of Curriculum (imogen.hartley@cairnpoint.example)
  9:15 - 10:00   Design exercise debrief - Rafael Quintero, Sr. Learning Designer (rafael.quintero@cairnpoint.example)
  10:00 - 10:15  Break
  10:15 - 10:45  Culture & values chat - Dana Whitlock, VP Product (dana.whitlock@cairnpoint.example)

Everything is on Zoom; calendar holds with links will come from each interviewer. For the
portfolio review, plan ~20 minutes presenting 2-3 pieces (a lesson sequence you designed is
perfect), then questions. Thanks for arranging a sub for the morning!

Shauna

Shauna Pelletier | Recruiting Lead, Cairnpoint Education
1201 Western Ave, Seattle, WA 98101 | 206-555-0127
"""
    sent2 = T(2026, 4, 3, 12, 40, LAX)
    m2 = plain_mail(t2, html=True, frm=f"Shauna Pelletier <{sp}>", to=OWNER_FULL,
                    subject="Cairnpoint virtual onsite - Friday 4/10 itinerary", date=sent2,
                    msgid="<CAKp7-sp-0403@mail.cairnpoint.example>")
    add(c, "02-recruiter-onsite-itinerary.eml", m2)
    onsite = ["imogen.hartley@cairnpoint.example", "rafael.quintero@cairnpoint.example",
              "dana.whitlock@cairnpoint.example"]
    label(c, [iv("Cairnpoint Education", "Curriculum Designer, Middle School Science", s1, e1, "scheduled",
                 [sp], [sp], "phone_screen"),
              iv("Cairnpoint Education", "Curriculum Designer, Middle School Science", s2, e2, "scheduled",
                 onsite, onsite, "onsite")],
          "hard", "positive/two-interviews",
          "Invented scheduling vendor (Bookwell) screen in MDT + Pacific-time virtual onsite itinerary "
          "8:30-10:45 PDT (one onsite, 3 interviewers).")


def case08():
    c = "b53-08-exchange-panel-dst-edge"
    s = T(2026, 3, 10, 13, 0, DEN)
    e = T(2026, 3, 10, 14, 30, DEN)
    sent = T(2026, 3, 4, 15, 2, DEN)
    tv = "tvillanueva@lvsd.example"
    ma = "machterberg@lvsd.example"
    jp = "jpryce@lvsd.example"
    assert sent.utcoffset() == timedelta(hours=-7) and s.utcoffset() == timedelta(hours=-6)
    body = f"""When: {wd(s, 'Tuesday')}, March 10, 2026 1:00 PM-2:30 PM (UTC-07:00) Mountain Time (US & Canada).
Where: LVSD Administration Building - Board Room, 4120 Meadowlark Pkwy, Castle Pines

*~*~*~*~*~*~*~*~*~*

Good afternoon Marisol,

Congratulations on advancing to the second round for Secondary Science Curriculum Coordinator.
This is an in-person panel interview with Dr. Miriam Achterberg (Assistant Superintendent,
Teaching & Learning) and Jonah Pryce (Director of Curriculum). Please plan for 90 minutes,
which includes a short performance task you'll complete on site.

Check in at the front desk about ten minutes early and I'll walk you back to the Board Room.

Thank you,
Tracy Villanueva
Human Resources Coordinator | Larkspur Valley School District
p 303-555-0154 | f 303-555-0155
"""
    desc = body
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             *vtimezone("Mountain Standard Time", DEN, "US"), "BEGIN:VEVENT",
             f"ORGANIZER;CN=Tracy Villanueva:mailto:{tv}",
             f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
             f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Miriam Achterberg:mailto:{ma}",
             f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jonah Pryce:mailto:{jp}",
             f"DESCRIPTION;LANGUAGE=en-US:{esc(desc)}",
             "UID:040000008200E00074C5B7101A82E00800000000D03A7C2B61ACDC01000000000000000010000000A2F4C7B1E0D74E4A9B3C5D6E7F8091A2",
             "SUMMARY;LANGUAGE=en-US:Panel Interview - Marisol Kettering - Secondary Science Curriculum Coordinator",
             f"DTSTART;TZID=Mountain Standard Time:{local(s)}", f"DTEND;TZID=Mountain Standard Time:{local(e)}",
             "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zutc(sent)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
             "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:LVSD Administration Building - Board Room",
             "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2119876543",
             "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
             "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
             "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
             "X-MICROSOFT-LOCATIONDISPLAYNAME:LVSD Administration Building - Board Room",
             "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
             "END:VEVENT", "END:VCALENDAR"]
    m = EmailMessage()
    headers(m, frm=f"Tracy Villanueva <{tv}>",
            to=f"{OWNER_FULL}, Miriam Achterberg <{ma}>, Jonah Pryce <{jp}>",
            subject="Panel Interview - Marisol Kettering - Secondary Science Curriculum Coordinator",
            date=sent, msgid="<SJ0PR19MB4412C8E1F0A9B7D6C5E4@SJ0PR19MB4412.namprd19.prod.outlook.example>",
            received="from NAM10-BN7-obe.outbound.protection.outlook.example ([40.107.92.44])\n"
                     f"        by mx.example.com with ESMTPS; {format_datetime(sent)}",
            extra=[("Thread-Topic", "Panel Interview - Marisol Kettering - Secondary Science Curriculum Coordinator"),
                   ("Thread-Index", "AdysFwQ2L8pW0nDkS3mZ7t1aYw9xUg=="), ("Accept-Language", "en-US"),
                   ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
                   ("Content-class", "urn:content-classes:calendarmessage")])
    m.set_content(body, cte="quoted-printable")
    m.add_alternative(ics(lines), maintype="text", subtype="calendar", cte="base64",
                      params={"method": "REQUEST", "charset": "UTF-8"})
    add(c, "01-outlook-panel-invite.eml", m)
    label(c, [iv("Larkspur Valley School District", "Secondary Science Curriculum Coordinator", s, e, "scheduled",
                 [ma, jp], [ma, jp], "onsite")],
          "hard", "positive/exchange-dst-edge",
          "Exchange invite sent Mar 4 (MST) for Tue Mar 10 (MDT, after US DST Mar 8); display label says "
          "(UTC-07:00) but real offset is -06:00. Coordinator is not an interviewer.")


def case09():
    c = "b53-09-lernwerk-berlin-dst-gap"
    s = T(2026, 3, 12, 17, 0, BER)
    e = T(2026, 3, 12, 17, 45, BER)
    assert s.astimezone(DEN).hour == 10  # 7-hour gap between Mar 8 and Mar 29
    fj = "Friederike Jansen <f.jansen@lernwerk.example>"
    sig = """Viele Gr\u00fc\u00dfe / Best regards
Friederike Jansen
Talent Acquisition

Lernwerk GmbH | Oranienstra\u00dfe 183 | 10999 Berlin
Tel. +49 30 5557 2210
Gesch\u00e4ftsf\u00fchrer: Jonas Wendt, Aylin Kaya | Amtsgericht Charlottenburg HRB 000000 B
"""
    t1 = f"""Hi Marisol,

thank you for your application as Learning Experience Designer (m/w/d) - Naturwissenschaften.
Our Head of Learning Design, Malte Osterhagen, would like to meet you for a 45-minute video
call. Would {wd(s, 'Thursday')}, 12 March at 17:00 Uhr (Berlin time) work for you? I know that is morning
for you in Denver.

{sig}"""
    sent1 = T(2026, 3, 2, 11, 20, BER)
    m1 = plain_mail(t1, html=True, frm=fj, to=OWNER_FULL,
                    subject="Lernwerk | Learning Experience Designer (m/w/d) - Kennenlernen", date=sent1,
                    msgid="<4f1e9b2a-77c3-4d0e-a1b8-ljw0302@lernwerk.example>")
    add(c, "01-recruiter-proposes-time.eml", m1)
    t2 = f"""Hi Marisol,

yes, exactly - for those three weeks the gap is 7 hours instead of 8, so 17:00 in Berlin is
10:00 for you. Confirmed: Donnerstag, 12.03., 17:00-17:45 Uhr MEZ with Malte
(m.osterhagen@lernwerk.example). He will send you the Teams link directly.

{sig}
Am Mi., 4. M\u00e4rz 2026 um 04:12 Uhr schrieb Marisol Kettering <{OWNER}>:
> Hi Friederike,
>
> Thursday the 12th works. Just to double check - our clocks in the US
> change on March 8, so 17:00 Berlin should be 10:00 Denver that day,
> right? That's during my planning period, which is perfect.
>
> Marisol
"""
    sent2 = T(2026, 3, 4, 9, 3, BER)
    m2 = plain_mail(t2, frm=fj, to=OWNER_FULL,
                    subject="AW: Lernwerk | Learning Experience Designer (m/w/d) - Kennenlernen", date=sent2,
                    msgid="<9a0c77d1-2b4e-4f55-8c6e-ljw0304@lernwerk.example>", irt="<CAMk-0304b@mail.example.com>",
                    refs="<4f1e9b2a-77c3-4d0e-a1b8-ljw0302@lernwerk.example> <CAMk-0304b@mail.example.com>")
    add(c, "02-recruiter-confirms.eml", m2)
    label(c, [iv("Lernwerk GmbH", "Learning Experience Designer (m/w/d) - Naturwissenschaften", s, e, "scheduled",
                 ["m.osterhagen@lernwerk.example"], ["m.osterhagen@lernwerk.example"], "hiring_manager")],
          "hard", "positive/europe-dst-gap",
          "17:00 Uhr MEZ on Mar 12 = 10:00 MDT (US already on DST, EU not yet). QP with umlauts; German reply header.")


def case10():
    c = "b53-10-brightfield-gcal-json-half-past-ten"
    s = T(2026, 4, 17, 12, 30, NYC)
    e = T(2026, 4, 17, 13, 15, NYC)
    assert s.astimezone(DEN).strftime("%H:%M") == "10:30"
    lf = "lucas@brightfieldlabs.example"
    t1 = f"""Hi Marisol,

Thanks for the thoughtful cover letter - a chem teacher who has actually run our titration sim
with 150 kids is exactly who we want on the Science Product Specialist team.

You mentioned you're off on {wd(s, 'Friday')} (teacher work day?). Would half past ten your time work?
That's 12:30 for me in Boston. I'll put 45 minutes on the calendar with a Meet link.

Lucas

Lucas Ferreira-Hahn
Head of Product, Science | Brightfield Labs
(617) 555-0190 | 50 Milk St, Floor 9, Boston MA 02109
"""
    sent1 = T(2026, 4, 13, 16, 2, NYC)
    m1 = plain_mail(t1, html=True, frm=f"Lucas Ferreira-Hahn <{lf}>", to=OWNER_FULL,
                    subject="Brightfield - next step", date=sent1, msgid="<CALf-bf-0413@mail.brightfieldlabs.example>")
    add(c, "01-hiring-manager-proposes.eml", m1)
    ev = {
        "kind": "calendar#event", "etag": "\"3521907740612000\"", "id": "7m2kq9vfd1b0c4s8g6t3h5j2lx",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=N20ya3E5dmZkMWIwYzRzOGc2dDNoNWoybHg",
        "created": "2026-04-13T20:09:12.000Z", "updated": "2026-04-13T20:11:10.306Z",
        "summary": "Marisol Kettering <> Lucas (Brightfield) - Science Product Specialist",
        "description": "Conversation about the Science Product Specialist role: your classroom experience, how you'd "
                       "run teacher feedback sessions, and a quick look at our roadmap.",
        "creator": {"email": lf, "displayName": "Lucas Ferreira-Hahn"},
        "organizer": {"email": lf, "displayName": "Lucas Ferreira-Hahn"},
        "start": {"dateTime": iso(s), "timeZone": "America/New_York"},
        "end": {"dateTime": iso(e), "timeZone": "America/New_York"},
        "iCalUID": "7m2kq9vfd1b0c4s8g6t3h5j2lx@google.com", "sequence": 0,
        "attendees": [
            {"email": lf, "displayName": "Lucas Ferreira-Hahn", "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.google.com/vtr-kqmw-bzd",
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    add(c, "02-calendar-event.gcal.json", ev)
    label(c, [iv("Brightfield Labs", "Science Product Specialist", s, e, "scheduled",
                 [lf], [lf], "hiring_manager")],
          "medium", "positive/gcal-json-plus-email",
          "'half past ten your time' (MDT) = 12:30 EDT in the Calendar API event; one interview.")


def case11():
    c = "b53-11-forwarded-from-school-account"
    s = T(2026, 3, 19, 16, 30, DEN)
    e = T(2026, 3, 19, 17, 30, DEN)
    hg = "hgrange@kinnikinnick.example"
    ns = "nsorrell@kinnikinnick.example"
    orig = f"""Dear Ms. Kettering,

Thank you for a great first conversation last week. We'd like to invite you back for a
second-round interview for the AP Chemistry Teacher position at Foxtail Ridge High School.

  {wd(s, 'Thu')} 3/19 @ 4:30p - library conference room
  Plan for about an hour.

Joining me will be our Assistant Principal, Nadia Sorrell ({ns}). No lesson to prepare this
time - we'll talk through your AP results and how you'd build out the lab program.

Hollis Grange
Principal, Foxtail Ridge High School
Kinnikinnick School District RE-3
{hg} | 303-555-0133
"""
    t = f"""saving to my personal email so I don't lose it!!

---------- Forwarded message ---------
From: Hollis Grange <{hg}>
Date: Fri, Mar 13, 2026 at 2:58 PM
Subject: Second interview - AP Chemistry
To: Marisol Kettering <{WORK}>


{orig}"""
    sent = T(2026, 3, 13, 15, 6, DEN)
    m = plain_mail(t, html=True, frm=f"Marisol Kettering <{WORK}>", to=OWNER,
                   subject="Fwd: Second interview - AP Chemistry", date=sent,
                   msgid="<CAMkW-fwd-0313@mail.plattebend.example>")
    add(c, "01-fwd-second-interview.eml", m)
    label(c, [iv("Kinnikinnick School District", "AP Chemistry Teacher", s, e, "scheduled",
                 [hg, ns], [hg, ns], "onsite")],
          "medium", "positive/forwarded",
          "User forwards from her school account; 'Thu 3/19 @ 4:30p', about an hour, principal + AP.")


def case12():
    c = "b53-12-owlery-founder-noon-pacific-ics"
    s = T(2026, 4, 24, 12, 0, LAX)
    e = T(2026, 4, 24, 12, 45, LAX)
    bea = "bea@owlery.example"
    t1 = f"""Marisol -

The team really enjoyed Tuesday. Last step on our side is a conversation with me - nothing to
prep, I just want to hear how you think about building science curriculum from zero.

How's noon Pacific this {wd(s, 'Friday')}? (That should be 1pm for you.) I'll send a calendar hold.

Bea

--
Beatriz Lindqvist, co-founder & CEO
Owlery Learning | 415-555-0102
"""
    sent1 = T(2026, 4, 20, 18, 44, LAX)
    m1 = plain_mail(t1, frm=f"Beatriz Lindqvist <{bea}>", to=OWNER_FULL,
                    subject="Owlery - one more conversation", date=sent1,
                    msgid="<8E1D4C02-7F3A-4B8E-9C61-OWL0420@owlery.example>",
                    extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")])
    add(c, "01-founder-proposes-noon.eml", m1)
    sent2 = T(2026, 4, 20, 18, 51, LAX)
    cal = ics(["BEGIN:VCALENDAR", "METHOD:REQUEST", "VERSION:2.0", "PRODID:-//Apple Inc.//macOS 15.4//EN",
               "CALSCALE:GREGORIAN", *vtimezone("America/Los_Angeles", LAX, "US"), "BEGIN:VEVENT",
               f"CREATED:{zutc(sent2)}", f"DTSTAMP:{zutc(sent2)}", f"LAST-MODIFIED:{zutc(sent2)}",
               "UID:3C7B5E91-0A24-4F0B-B7D8-OWLERY-FINAL-0424",
               f"DTSTART;TZID=America/Los_Angeles:{local(s)}", f"DTEND;TZID=America/Los_Angeles:{local(e)}",
               "SUMMARY:Marisol / Bea - final conversation (Founding Learning Designer)",
               "LOCATION:https://zoom.example/j/84310227561",
               "DESCRIPTION:Founder conversation - Founding Learning Designer\\, Owlery Learning.",
               f"ORGANIZER;CN=Beatriz Lindqvist:mailto:{bea}",
               f"ATTENDEE;CN=Beatriz Lindqvist;CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:{bea}",
               f"ATTENDEE;CN={OWNER_NAME};CUTYPE=INDIVIDUAL;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{OWNER}",
               "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    add(c, "02-final-conversation.ics", cal)
    label(c, [iv("Owlery Learning", "Founding Learning Designer", s, e, "scheduled",
                 [bea], [bea], "other")],
          "easy", "positive/standalone-ics-founder",
          "Founder/CEO final chat; 'noon Pacific this Friday' + Apple Calendar .ics with TZID America/Los_Angeles.")


def case13():
    c = "b53-13-wattle-slate-sydney-html-only"
    s = T(2026, 4, 1, 9, 30, SYD)
    e = T(2026, 4, 1, 10, 15, SYD)
    assert s.utcoffset() == timedelta(hours=11)
    den = s.astimezone(DEN)
    assert den.strftime("%A %H:%M") == "Tuesday 16:30"
    hm = "harriet.moncrieff@wattleslate.example"
    lb = "lachlan.byrne@wattleslate.example"
    html = f"""<html><head><meta charset="UTF-8"></head><body>
<div style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1f1f1f">
<p>G'day Marisol,</p>
<p>Thanks so much for your application for our <b>Instructional Designer (Remote, Americas)</b> role. Harriet
Moncrieff, our Learning Design Lead, would love to have a chat with you.</p>
<p>We've locked in <b>{wd(s, 'Wednesday')} 1 April, 9:30am AEDT (Sydney)</b> for 45 minutes &mdash; I believe that's
<b>Tuesday 31 March, 4:30pm</b> in Denver, but please double-check as our clocks go back on 5 April.</p>
<p>Harriet will send a Teams link from <a href="mailto:{hm}">{hm}</a>. If you need to move it, just reply to me.</p>
<p>Cheers,<br>Lachlan</p>
<table style="border-top:1px solid #ccc;margin-top:16px;font-size:9pt;color:#666"><tr><td>
<b>Lachlan Byrne</b> | Talent Partner<br>Wattle &amp; Slate Learning Pty Ltd<br>
Level 4, 77 Kent Street, Sydney NSW 2000<br>+61 2 5550 1187 | <a href="mailto:{lb}">{lb}</a></td></tr></table>
</div></body></html>
"""
    sent = T(2026, 3, 26, 10, 15, SYD)
    m = html_only_mail(html, frm=f"Lachlan Byrne <{lb}>", to=OWNER_FULL,
                       subject="Chat with Harriet - Instructional Designer (Remote, Americas)", date=sent,
                       msgid="<SY4P282MB3301D6A2E7@SY4P282MB3301.AUSP282.PROD.OUTLOOK.example>")
    add(c, "01-talent-partner-html.eml", m)
    label(c, [iv("Wattle & Slate Learning", "Instructional Designer (Remote, Americas)", s, e, "scheduled",
                 [hm], [hm], "hiring_manager")],
          "medium", "positive/html-only-sydney",
          "HTML-only base64; 9:30am AEDT Wed Apr 1 (+11, before Sydney DST end) = Tue 4:30pm MDT.")


# =========================================================== NEGATIVES
def case14():
    c = "b53-14-parent-teacher-conference-schedule"
    d = T(2026, 3, 5, 15, 45, DEN)
    t1 = f"""Hello Marisol Kettering,

Here is your schedule for Spring Parent-Teacher Conferences at Bristlecone High School on
{wd(d, 'Thursday')}, March 5, 2026 (Room 118). Conferences are 10 minutes each.

  3:45 PM   Jaden R.  - Period 2 Chemistry   (Yolanda Ruiz)
  3:55 PM   Amara O.  - Period 4 Honors Chem (Chidi Obi)
  4:05 PM   OPEN
  4:15 PM   Wyatt S.  - Period 2 Chemistry   (Dana & Curt Sikes)   * requested a phone call
  4:25 PM   Priya M.  - Period 6 Chemistry   (Rohan Mehra)

Families who selected "phone call" will be called at the number on file at their scheduled time.

To change availability, log in to ConferenceKit. This is an automated message - please do not reply.
"""
    m1 = plain_mail(t1, html=True, frm="ConferenceKit <no-reply@conferencekit.example>", to=WORK,
                    subject="Your conference schedule - Spring Conferences (Mar 5)",
                    date=T(2026, 3, 2, 6, 0, DEN), msgid="<ck.sched.88213.0302@conferencekit.example>")
    add(c, "01-conference-schedule.eml", m1)
    t2 = """Hi Ms. Kettering,

I signed up for a phone call at 4:15 on Thursday but I'll be driving back from Pueblo. Could we
schedule a quick call Friday instead? Even 10 minutes after school would be great. I mostly
want to talk about Wyatt's lab grade and whether he's a candidate for the honors section next year.

Thanks,
Dana Sikes
(719) 555-0174
"""
    m2 = plain_mail(t2, frm="Dana Sikes <danasikes@mail.example>", to=WORK,
                    subject="Conference call for Wyatt", date=T(2026, 3, 3, 21, 14, DEN),
                    msgid="<CADs-0303@mail.example>")
    add(c, "02-parent-asks-for-call.eml", m2)
    label(c, [], "medium", "negative/parent-teacher-conference",
          "Conference slots and a parent asking to schedule a call; user is the teacher, not a candidate.")


def case15():
    c = "b53-15-iep-meeting-exchange"
    s = T(2026, 3, 12, 15, 45, DEN)
    e = T(2026, 3, 12, 16, 45, DEN)
    cm = "lhalvorsen@plattebend.example"
    sent = T(2026, 3, 3, 12, 18, DEN)
    body = f"""When: {wd(s, 'Thursday')}, March 12, 2026 3:45 PM-4:45 PM (UTC-07:00) Mountain Time (US & Canada).
Where: Bristlecone HS - Student Services Conference Room 2

*~*~*~*~*~*~*~*~*~*

Hello team,

This is the annual IEP review for J.T. (Grade 10). Team members: Leah Halvorsen (case manager),
Dr. Omar Farouk (school psychologist), Renee Castillo (assistant principal / LEA rep), Ms. Kettering
(Chemistry, general ed teacher) and the student's parents. J.T. will join for the first 15 minutes.

Marisol - as his general education teacher, please come ready to share current grades, lab
accommodations that are working, and any concerns. Please keep all information confidential.

Leah Halvorsen, M.Ed.
Special Education Case Manager | Bristlecone High School
"""
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
             *vtimezone("Mountain Standard Time", DEN, "US"), "BEGIN:VEVENT",
             f"ORGANIZER;CN=Leah Halvorsen:mailto:{cm}",
             f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marisol Kettering:mailto:{WORK}",
             "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Omar Farouk:mailto:ofarouk@plattebend.example",
             "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Renee Castillo:mailto:rcastillo@plattebend.example",
             f"DESCRIPTION;LANGUAGE=en-US:{esc(body)}",
             "UID:040000008200E00074C5B7101A82E008000000004E1B2C3D61ACDC01000000000000000010000000B7C6D5E4F3A2B1C0D9E8F7A6B5C4D3E2",
             "SUMMARY;LANGUAGE=en-US:Annual IEP Review - J.T. (Gr 10)",
             f"DTSTART;TZID=Mountain Standard Time:{local(s)}", f"DTEND;TZID=Mountain Standard Time:{local(e)}",
             "CLASS:PRIVATE", "PRIORITY:5", f"DTSTAMP:{zutc(sent)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
             "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Bristlecone HS - Student Services Conference Room 2",
             "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
             "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
             "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
             "END:VEVENT", "END:VCALENDAR"]
    m = EmailMessage()
    headers(m, frm=f"Leah Halvorsen <{cm}>",
            to=f"Marisol Kettering <{WORK}>, Omar Farouk <ofarouk@plattebend.example>, "
               "Renee Castillo <rcastillo@plattebend.example>",
            subject="Annual IEP Review - J.T. (Gr 10)", date=sent,
            msgid="<BY5PR17MB3364E2A0@BY5PR17MB3364.namprd17.prod.outlook.example>",
            extra=[("Thread-Topic", "Annual IEP Review - J.T. (Gr 10)"),
                   ("Content-class", "urn:content-classes:calendarmessage"), ("X-Forwarded-To", OWNER)])
    m.set_content(body, cte="quoted-printable")
    m.add_alternative(ics(lines), maintype="text", subtype="calendar", cte="base64",
                      params={"method": "REQUEST", "charset": "UTF-8"})
    add(c, "01-iep-review-invite.eml", m)
    label(c, [], "hard", "negative/iep-meeting",
          "Exchange meeting invite with a multi-person 'team' after dismissal; an IEP meeting, not a job interview.")


def case16():
    c = "b53-16-pd-interviewing-techniques-workshop"
    s = T(2026, 3, 18, 15, 45, DEN)
    e = T(2026, 3, 18, 17, 15, DEN)
    sent = T(2026, 3, 6, 10, 30, DEN)
    t = f"""Registration Confirmed

Hi Marisol,

You're registered for the following professional development session:

  Interviewing Techniques for Student Journalists
  {wd(s, 'Wednesday')}, March 18, 2026 | 3:45 - 5:15 PM
  Platte Bend Educational Services Center, Room 104
  Facilitator: Gwen Ashby, Journalism & Yearbook Adviser, Platte Bend HS

Learn how to coach student reporters to prepare questions, schedule and conduct interviews with
sources, record ethically, and follow up. Participants will practice a mock interview in pairs.

Credit: 1.5 hours toward license renewal. Completion certificates are issued to participants who
attend the full session and submit the exit survey.

Add to calendar: the attached .ics file.

LearnPath PD | Platte Bend Public Schools
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//LearnPath//PD Catalog//EN", "METHOD:PUBLISH",
               *vtimezone("America/Denver", DEN, "US"), "BEGIN:VEVENT", "UID:lp-session-30417@learnpath.example",
               f"DTSTAMP:{zutc(sent)}", f"DTSTART;TZID=America/Denver:{local(s)}",
               f"DTEND;TZID=America/Denver:{local(e)}", "SUMMARY:Interviewing Techniques for Student Journalists",
               "LOCATION:Platte Bend Educational Services Center\\, Room 104",
               "DESCRIPTION:PD session (1.5 renewal hours). Facilitator: Gwen Ashby.",
               "ORGANIZER;CN=LearnPath PD:mailto:no-reply@learnpath.example", "END:VEVENT", "END:VCALENDAR"])
    m = plain_mail(t, html=True, frm="LearnPath PD <no-reply@learnpath.example>", to=f"Marisol Kettering <{WORK}>",
                   subject="Registration confirmed: Interviewing Techniques for Student Journalists",
                   date=sent, msgid="<lp.reg.30417.771@learnpath.example>", extra=[("X-Forwarded-To", OWNER)])
    m.add_attachment(cal, maintype="text", subtype="calendar", filename="session.ics")
    add(c, "01-pd-registration.eml", m)
    label(c, [], "hard", "negative/pd-workshop",
          "PD workshop titled 'Interviewing Techniques...' with .ics; professional development, not a job interview.")


def case17():
    c = "b53-17-student-mock-interview-request"
    st = "Alondra Vasquez <avasquez27@students.plattebend.example>"
    t1 = """Hi Ms. K,

I got picked as a finalist for the Ponderosa Scholars Program!!! The interview is on March 28
with a panel of three people. Would you be willing to do a mock interview with me before that?
I'm really nervous about the "tell us about a time you failed" question.

I could come in during your planning period (10:10-10:55) since I have study hall then, or
after school around 3:45. Whatever works for you!

Thank you so much,
Alondra
"""
    m1 = plain_mail(t1, frm=st, to=f"Marisol Kettering <{WORK}>", subject="mock interview??",
                    date=T(2026, 3, 16, 19, 22, DEN), msgid="<CAAv-0316@students.plattebend.example>",
                    extra=[("X-Forwarded-To", OWNER)])
    add(c, "01-student-asks.eml", m1)
    d = T(2026, 3, 19, 15, 45, DEN)
    t2 = f"""THANK YOU!! See you {wd(d, 'Thursday')} at 3:45 in room 118. I'll bring my resume and the list of
questions from last year.

Alondra

On Tue, Mar 17, 2026 at 7:05 AM Marisol Kettering <{WORK}> wrote:
> Congratulations, Alondra, that's huge! Of course. Come by Thursday at 3:45
> and we'll do a full practice run - I'll grab Mr. Oyelaran to be a second
> panelist so it feels real.
"""
    m2 = plain_mail(t2, frm=st, to=f"Marisol Kettering <{WORK}>", subject="Re: mock interview??",
                    date=T(2026, 3, 17, 7, 41, DEN), msgid="<CAAv-0317@students.plattebend.example>",
                    irt="<CAMkW-0317@mail.plattebend.example>",
                    refs="<CAAv-0316@students.plattebend.example> <CAMkW-0317@mail.plattebend.example>",
                    extra=[("X-Forwarded-To", OWNER)])
    add(c, "02-student-confirms.eml", m2)
    label(c, [], "hard", "negative/mock-interview-user-is-interviewer",
          "Student asks the teacher for a mock scholarship interview and confirms Thu 3:45; user is the interviewer.")


def case18():
    c = "b53-18-hireline-rejection-after-demo"
    t = """Dear Marisol Kettering,

Thank you for interviewing for the Physics Teacher position (Posting #26-114) at Ridgeview Heights
School District, and for the sample lesson you taught on February 26. The committee appreciated
the time and care you put into your demonstration.

After careful consideration, the committee has selected another candidate whose experience more
closely matches the needs of the position. Your application will remain active in our applicant
pool for the remainder of the 2026 hiring season, and we encourage you to apply for future
openings.

We wish you the best in your search.

Human Resources
Ridgeview Heights School District

This message was sent by HireLine K12. Please do not reply to notifications@hireline-k12.example.
"""
    m = plain_mail(t, html=True, frm="Ridgeview Heights SD via HireLine K12 <notifications@hireline-k12.example>",
                   to=OWNER_FULL, subject="Update on your application: Physics Teacher (#26-114)",
                   date=T(2026, 3, 9, 16, 40, DEN), msgid="<hl.60177.26114.1773096000@hireline-k12.example>")
    add(c, "01-rejection.eml", m)
    label(c, [], "easy", "negative/rejection",
          "Post-interview rejection via the same invented district ATS; mentions the past demo date.")


def case19():
    c = "b53-19-substitute-shift-offer"
    d = T(2026, 3, 13, 7, 45, DEN)
    t = f"""New job available - reply fast, jobs fill quickly!

  Job #4481923
  Bluff Lake Middle School - Science (Grade 8), Ms. Paredes
  {wd(d, 'Fri')}, Mar 13, 2026 | 7:45 AM - 3:15 PM (Full day)
  Notes: Lesson plans in the main office. Duty: bus line at dismissal.

Reply 1 to ACCEPT or 2 to DECLINE, or open the SubStream app.

Reminder: long-term assignments (10+ days) may require a short interview with the building
principal before you are placed. This is a daily assignment - no interview needed.

SubStream | Aurora Plains School District substitute services
"""
    m = plain_mail(t, frm="SubStream Jobs <jobs@substream.example>", to=OWNER,
                   subject="Job offer: Science (Gr 8) at Bluff Lake MS - Fri 3/13",
                   date=T(2026, 3, 11, 18, 5, DEN), msgid="<ss.4481923.a1@substream.example>")
    add(c, "01-sub-job-offer.eml", m)
    label(c, [], "medium", "negative/substitute-shift-offer",
          "Substitute-teaching dispatch with date/time and 'job offer'; not an interview.")


def case20():
    c = "b53-20-alumni-panel-invite"
    s = T(2026, 4, 9, 17, 30, DEN)
    e = T(2026, 4, 9, 19, 0, DEN)
    org = "alumni.events@hpsu.example"
    guests = [("HPSU Alumni Events", org), (OWNER, OWNER)]
    desc = ("Thank you for joining the 'From Classroom to Career' alumni panel for School of Education seniors! "
            "Panelists: Marisol Kettering ('14), Dev Tallis ('11), Carmen Oyelowo ('17). Moderator: Prof. Ann Lucero. "
            "Student teachers will ask about job interviews, demo lessons and what principals look for in a "
            "candidate; afterwards panelists are welcome to stay for optional mock interviews with seniors. "
            "Dinner provided. Parking pass attached in a separate email.")
    m = google_invite(organizer=org, org_name="HPSU Alumni Events", guests=guests,
                      summary="From Classroom to Career: Alumni Panel (School of Education)", start=s, end=e,
                      tzname="America/Denver", tzlabel="Mountain Time - Denver",
                      when_text=f"{wd(s, 'Thu')} Apr 9, 2026 5:30pm - 7pm (MDT)", description=desc,
                      sent=T(2026, 3, 20, 14, 3, DEN), uid="0c6ofxw3r9hkzq1m5pbeia7s2d@google.com",
                      msgid="<calendar-6e2b9d14-0a7c-4c3e-b5f1-9d8a7e6c5b43@google.com>")
    add(c, "01-alumni-panel-invitation.eml", m)
    label(c, [], "hard", "negative/alumni-panel",
          "Google invite for an alumni career panel that talks about interviews and candidates; user is a panelist.")


def case21():
    c = "b53-21-tessellate-unbooked-availability"
    t = """Hi Marisol,

I'm the recruiter for Tessellate Learning's Assessment Designer (Science) role, and your
application stood out! The next step would be a 30-minute phone interview with me.

Could you grab a time that works on my Bookwell page? https://bookwell.example/tessellate/ravi-30
If nothing there fits around your teaching schedule, I could also do Tue 3/17 at 3:45 or
Wed 3/18 at 4:00 (Mountain) - just let me know.

Thanks!
Ravi Anand
Talent Partner, Tessellate Learning
(512) 555-0135
"""
    m = plain_mail(t, html=True, frm="Ravi Anand <ravi.anand@tessellate.example>", to=OWNER_FULL,
                   subject="Tessellate Learning - let's schedule a call", date=T(2026, 3, 12, 11, 9, CHI),
                   msgid="<CARa-tess-0312@mail.tessellate.example>")
    add(c, "01-availability-request.eml", m)
    label(c, [], "hard", "negative/availability-request",
          "Recruiter sends an unbooked scheduling link and two candidate slots; nothing confirmed.")


def case22():
    c = "b53-22-one-way-video-interview"
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Marisol,</p>
<p>Granite Peak School District has invited you to complete an <b>on-demand video interview</b> for
<b>High School Science Teacher (Biology/Chemistry)</b>.</p>
<ul><li>5 questions, up to 2 minutes each</li><li>Record on any device with a camera</li>
<li>Deadline: <b>Sunday, March 22, 2026 at 11:59 PM MT</b></li></ul>
<p>There is no live interviewer; the hiring committee will review your responses and contact
you about next steps, which may include an in-person interview.</p>
<p><a href="https://app.vidcue.example/i/GPSD-88Q2">Start my interview</a></p>
<p>Vidcue on behalf of Granite Peak School District<br>
Questions? Email <a href="mailto:support@vidcue.example">support@vidcue.example</a></p>
</body></html>
"""
    m = html_only_mail(html, cte="quoted-printable", frm="Granite Peak School District via Vidcue <invites@vidcue.example>",
                       to=OWNER, subject="Your video interview for High School Science Teacher",
                       date=T(2026, 3, 15, 9, 0, DEN), msgid="<vc.inv.GPSD-88Q2@vidcue.example>")
    add(c, "01-one-way-video-invite.eml", m)
    label(c, [], "medium", "negative/one-way-video",
          "One-way recorded video interview with a deadline; not a live interview.")


ALL = [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
       case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22]


def main():
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b53-") and os.path.isdir(p):
            shutil.rmtree(p)
    for fn in ALL:
        fn()
    assert len(CASES) == 22 and set(CASES) == set(LABELS)
    for case, items in CASES.items():
        d = os.path.join(HERE, case)
        os.makedirs(d)
        for name, data in items:
            with open(os.path.join(d, name), "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# Labels for blind53 (written blind). See /work/shared/eval/README.md for the schema.\n")
        yaml.safe_dump(dict(sorted(LABELS.items())), f, sort_keys=False, allow_unicode=True, width=110)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
