#!/usr/bin/env python3
"""Deterministic generator for the blind97 interview-detection set (Riyadh supply-chain analyst).

Rewrites every case folder b97-* and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All names, companies and domains are invented (.example).
"""
import json
import shutil
from datetime import datetime, timedelta, date
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
OWNER = "noura.alqahtani@mail.example"
OWNER_NAME = "Noura Al-Qahtani"
OWNER_WORK = "noura.qahtani@dunescoldchain.example"
RUH = "Asia/Riyadh"
DXB = "Asia/Dubai"
DOH = "Asia/Qatar"

AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
AR_DAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]
AR_MONTHS = {1: "يناير", 2: "فبراير", 3: "مارس", 4: "أبريل", 5: "مايو"}


def dt(tz, y, mo, d, h=0, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


def iso(d):
    return d.isoformat() if d is not None else None


def utcz(d):
    return d.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")


def local(d):
    return d.strftime("%Y%m%dT%H%M%S")


def hijri(g):
    """Umm al-Qura date for the few days used here (1 Ramadan 1447 = 18 Feb 2026, 30 days;
    1 Shawwal 1447 = 20 Mar 2026). Text only, never used for labels."""
    g = g.date() if isinstance(g, datetime) else g
    ram1 = date(2026, 2, 18)
    shw1 = date(2026, 3, 20)
    if ram1 <= g < shw1:
        return (g - ram1).days + 1, "رمضان", 1447
    if shw1 <= g < shw1 + timedelta(days=29):
        return (g - shw1).days + 1, "شوال", 1447
    raise ValueError(g)


def ampm(d):
    return d.strftime("%I:%M %p").lstrip("0")


# ---------------------------------------------------------------- iCalendar helpers
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        l = len(ch.encode("utf-8"))
        if n + l > 75:
            out.append(cur)
            cur, n = " " + ch, 1 + l
        else:
            cur += ch
            n += l
    out.append(cur)
    return "\r\n".join(out)


VTZ = {
    "Arab Standard Time": ["BEGIN:VTIMEZONE", "TZID:Arab Standard Time", "BEGIN:STANDARD",
                           "DTSTART:16010101T000000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300",
                           "END:STANDARD", "END:VTIMEZONE"],
    "Arabian Standard Time": ["BEGIN:VTIMEZONE", "TZID:Arabian Standard Time", "BEGIN:STANDARD",
                              "DTSTART:16010101T000000", "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400",
                              "END:STANDARD", "END:VTIMEZONE"],
    "Asia/Riyadh": ["BEGIN:VTIMEZONE", "TZID:Asia/Riyadh", "X-LIC-LOCATION:Asia/Riyadh",
                    "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "TZNAME:+03",
                    "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Asia/Qatar": ["BEGIN:VTIMEZONE", "TZID:Asia/Qatar", "X-LIC-LOCATION:Asia/Qatar",
                   "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "TZNAME:+03",
                   "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "America/Los_Angeles": ["BEGIN:VTIMEZONE", "TZID:America/Los_Angeles", "BEGIN:DAYLIGHT",
                            "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT",
                            "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
                            "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:-0700",
                            "TZOFFSETTO:-0800", "TZNAME:PST", "DTSTART:19701101T020000",
                            "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
                            "END:VTIMEZONE"],
}


def ics(events, method="REQUEST", prodid="-//Google Inc//Google Calendar 70.9054//EN", tzids=()):
    """events: list of dicts with key order preserved; values are raw (already escaped) strings
    or lists of strings for repeated properties."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN",
             f"METHOD:{method}"]
    for tz in tzids:
        lines += VTZ[tz]
    for ev in events:
        lines.append("BEGIN:VEVENT")
        for k, v in ev.items():
            if isinstance(v, list):
                lines += [f"{k}{x}" for x in v]
            else:
                lines.append(f"{k}{v}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return ("\r\n".join(fold(l) for l in lines) + "\r\n").encode("utf-8")


def att(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION"):
    return (f";CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name};"
            f"X-NUM-GUESTS=0:mailto:{email}")


def ms_att(name, email, partstat="NEEDS-ACTION"):
    return f";ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{email}"


MS_X = ["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]

TEAMS_FOOTER = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
Meeting ID: {num}
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________"""


def html_wrap(text):
    import html as _h
    paras = "".join(f"<p>{_h.escape(p).replace(chr(10), '<br>')}</p>\n" for p in text.split("\n\n"))
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "</head><body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + paras + "</div></body></html>\n")


# ---------------------------------------------------------------- e-mail helper
def mail(frm, to, subject, date_, *, text=None, html=None, cte="quoted-printable", cc=None,
         reply_to=None, msgid, in_reply_to=None, references=None, extra=(), delivered_to=OWNER,
         calendar=None, cal_method="REQUEST", attachments=(), sender=None, rtl=False):
    m = EmailMessage()
    m["Delivered-To"] = delivered_to
    m["Return-Path"] = "<" + (sender or frm).split("<")[-1].strip(">") + ">"
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
    m["Date"] = format_datetime(date_)
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=cte)
    if calendar is not None:
        m.add_alternative(calendar, maintype="text", subtype="calendar", cte="base64",
                          params={"method": cal_method, "charset": "UTF-8"})
    for fname, data, mt, st in attachments:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    fix_boundaries(m, msgid)
    return m.as_bytes(policy=policy.default)


def fix_boundaries(m, seed):
    """Deterministic MIME boundaries (EmailMessage would pick random ones)."""
    import hashlib
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary("=_" + hashlib.md5(f"{seed}/{i}".encode()).hexdigest()[:24])


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end),
            "status": status, "interviewer_emails": interviewers,
            "followup_recipients": recipients, "kind": kind}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ================================================================ POSITIVES
@case
def c01():
    name = "b97-01-jobboard-relay-phone-screen-ksa-time"
    s = dt(RUH, 2026, 2, 10, 11, 0)
    assert s.weekday() == 1
    e = s + timedelta(minutes=30)
    d1 = dt(RUH, 2026, 2, 5, 9, 12)
    relay = "reply-7f3a2c91e4@relay.wazifaboard.example"
    notif = f"""<html><body style="font-family:Arial,sans-serif;background:#f4f6f8">
<table width="600" align="center" style="background:#fff;padding:24px"><tr><td>
<img src="https://static.wazifaboard.example/img/logo.png" alt="WazifaBoard" width="140"><br><br>
<p>Hi Noura,</p>
<p>You have <b>1 new message</b> from an employer about your application for
<b>Supply Chain Analyst</b> (Riyadh, Saudi Arabia).</p>
<p><a href="https://www.wazifaboard.example/inbox/m/7f3a2c91e4?utm_source=email" style="background:#0a66c2;color:#fff;padding:10px 18px;text-decoration:none">Read message</a></p>
<p style="color:#888;font-size:11px">You are receiving this because you applied through WazifaBoard.
Do not reply to this notification. WazifaBoard FZ-LLC, Dubai Internet City, UAE.</p>
</td></tr></table></body></html>
"""
    relayed = f"""<html><body style="font-family:Arial,sans-serif">
<div style="border-bottom:1px solid #ddd;padding-bottom:8px;color:#666;font-size:12px">
Message from <b>Hessa Al-Dosari</b>, Rimal Logistics Co. &middot; via WazifaBoard</div>
<div dir="ltr" style="padding-top:12px">
<p>Dear Noura,</p>
<p>Thank you for your application for the <b>Supply Chain Analyst</b> position at Rimal Logistics.
Your profile matches what the team is looking for, and I would like to invite you to a first
phone interview with me.</p>
<p><b>Date:</b> Tuesday, 10 February 2026<br>
<b>Time:</b> 11:00 AM KSA time<br>
<b>Duration:</b> around 30 minutes<br>
<b>Format:</b> I will call you on the mobile number in your profile (+966 55 *** 4417).</p>
<p>If this slot does not work for you, please reply to me directly at
<a href="mailto:hessa.dosari@rimallogistics.example">hessa.dosari@rimallogistics.example</a>
rather than through the portal, as I don't check portal messages daily.</p>
<p>Best regards,<br>
Hessa Al-Dosari<br>
Talent Acquisition Specialist | Rimal Logistics Co.<br>
King Fahd Road, Al Olaya District, Riyadh 12214<br>
T: +966 11 480 2290 | M: +966 50 117 3821</p>
</div>
<hr><p style="color:#888;font-size:11px">Replies to this e-mail are relayed to the employer through
WazifaBoard. Never share your bank details or pay any fee to an employer.
<a href="https://www.wazifaboard.example/safety">Stay safe</a></p>
</body></html>
"""
    items = [
        ("01-wazifaboard-new-message.eml",
         mail("WazifaBoard <notifications@wazifaboard.example>", OWNER,
              "You have a new message from Rimal Logistics Co.", d1, html=notif,
              msgid="<n.7f3a2c91e4.1@wazifaboard.example>")),
        ("02-relayed-message-from-employer.eml",
         mail(f"Hessa Al-Dosari via WazifaBoard <{relay}>", f"Noura Al-Qahtani <{OWNER}>",
              "Phone interview - Supply Chain Analyst - Rimal Logistics Co.",
              d1 + timedelta(seconds=41), html=relayed, cte="base64", reply_to=relay,
              msgid="<m.7f3a2c91e4@relay.wazifaboard.example>")),
    ]
    label = {"interview": True, "interviews": [iv(
        "Rimal Logistics", "Supply Chain Analyst", s, e, "scheduled",
        ["hessa.dosari@rimallogistics.example"], ["hessa.dosari@rimallogistics.example"],
        "phone_screen")],
        "difficulty": "medium", "category": "positive/job-board-relay",
        "notes": "Bayt-like relay, HTML-only base64 body; recruiter conducts the screen; reply address given in text (relay address must not be a recipient)."}
    return name, items, label


@case
def c02():
    name = "b97-02-government-portal-arabic-hijri-in-person"
    s = dt(RUH, 2026, 3, 8, 10, 0)
    assert s.weekday() == 6
    e = s + timedelta(minutes=45)
    sent = dt(RUH, 2026, 3, 1, 13, 40)
    hd, hm, hy = hijri(s)
    sd, sm, sy = hijri(sent)
    ar_date = f"{AR_DAYS[s.weekday()]} {hd} {hm} {hy}هـ الموافق {s.day} {AR_MONTHS[s.month]} {s.year}م"
    text = f"""بوابة مسار الوطنية للتوظيف
تاريخ الإشعار: {sd} {sm} {sy}هـ الموافق {sent.day} {AR_MONTHS[sent.month]} {sent.year}م

عزيزتي المستفيدة / نورة عبدالله القحطاني
السلام عليكم ورحمة الله وبركاته،

يسرنا إبلاغك بأن جهة العمل (شركة نخيل الجزيرة للتجارة) قد قامت بدعوتك لحضور مقابلة شخصية على الوظيفة التالية:

المسمى الوظيفي: أخصائي سلاسل إمداد
رقم الطلب: 4471-2026-RYD
موعد المقابلة: {ar_date}
الوقت: الساعة 10:00 صباحاً (بتوقيت الرياض) - مدة المقابلة 45 دقيقة تقريباً
المكان: المقر الرئيسي - طريق الملك عبدالعزيز، حي المروج، الرياض (الدور الثالث، إدارة الموارد البشرية)
ملاحظة: نظراً لشهر رمضان المبارك، يرجى الحضور قبل الموعد بـ 15 دقيقة مع إحضار الهوية الوطنية وأصل المؤهل.

للاستفسار عن المقابلة يرجى التواصل مع جهة العمل:
أ. سارة العتيبي - الموارد البشرية
البريد الإلكتروني: sara.otaibi@nakheeljazeera.example
الهاتف: 011 215 6600 تحويلة 214

لتأكيد الحضور أو الاعتذار يرجى الدخول إلى حسابك في البوابة خلال 48 ساعة.

------------------------------------------------------------
Masar National Employment Portal - Interview invitation
Employer: Nakheel Al-Jazeera Trading Co.
Position: Supply Chain Specialist
Interview: Sunday {s.day} March {s.year} ({hd} Ramadan {hy} H), 10:00 AM Riyadh time, in person (about 45 minutes)
Employer contact: Sara Al-Otaibi, sara.otaibi@nakheeljazeera.example
This is an automated message, please do not reply.
"""
    html = ("<html dir=\"rtl\" lang=\"ar\"><head><meta charset=\"utf-8\"></head>"
            "<body style=\"font-family:Tahoma,Arial;direction:rtl;text-align:right\">\n"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>\n" for p in text.split("\n\n"))
            + "</body></html>\n")
    items = [("01-masar-portal-interview-invitation.eml",
              mail("بوابة مسار <no-reply@masarjobs.example>", OWNER,
                   "دعوة لحضور مقابلة شخصية - أخصائي سلاسل إمداد / Interview invitation",
                   sent, text=text, html=html, cte="base64",
                   msgid="<20260301104000.4471@notify.masarjobs.example>"))]
    label = {"interview": True, "interviews": [iv(
        "Nakheel Al-Jazeera Trading", "Supply Chain Specialist", s, e, "scheduled", [],
        ["sara.otaibi@nakheeljazeera.example"], "other")],
        "difficulty": "hard", "category": "positive/government-portal-arabic",
        "notes": "Taqat-like portal, Arabic RTL with Hijri + Gregorian dates, Ramadan note; in person; HR contact in text is the follow-up recipient."}
    return name, items, label


@case
def c03():
    name = "b97-03-taleo-dutch-firm-jebel-ali-gst-ics"
    s = dt(DXB, 2026, 3, 18, 14, 30)
    assert s.weekday() == 2
    e = s + timedelta(hours=1)
    sent = dt("Europe/Amsterdam", 2026, 3, 10, 9, 5)
    text = f"""Dear Noura Al-Qahtani,

Thank you for your interest in the position Logistics Planning Analyst - Jebel Ali (Requisition 2600417) at Van Aalst Maritime.

We are pleased to confirm your interview as follows:

Interview type: Video interview (Microsoft Teams)
Date: Wednesday, March 18, 2026
Time: 2:30 PM - 3:30 PM (GST, Gulf Standard Time, UTC+4)
Interviewer(s): Pieter de Graaf, Operations Manager Middle East (pieter.degraaf@vanaalst.example)

The Teams link is in the attached calendar file. Please join five minutes early and have a copy of your CV at hand.

Should you need to change this appointment, please contact Maryam Khoury, Talent Acquisition EMEA, at maryam.khoury@vanaalst.example.

Kind regards,
Van Aalst Maritime Talent Acquisition

This message was sent from an unmonitored mailbox. Please do not reply.
Powered by Oracle Taleo
"""
    cal = ics([{
        "DTSTART:": utcz(s), "DTEND:": utcz(e), "DTSTAMP:": utcz(sent),
        "ORGANIZER;CN=Van Aalst Maritime Recruiting:": "mailto:no-reply@vanaalst.taleo.example",
        "UID:": "TBE-2600417-INT-88213@vanaalst.taleo.example",
        "ATTENDEE": [att("Pieter de Graaf", "pieter.degraaf@vanaalst.example"),
                     att("Noura Al-Qahtani", OWNER)],
        "DESCRIPTION:": ics_escape("Interview for Logistics Planning Analyst - Jebel Ali (2600417).\n"
                                   "Join Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_VAM88213%40thread.v2/0"),
        "LOCATION:": "Microsoft Teams",
        "SEQUENCE:": "0", "STATUS:": "CONFIRMED",
        "SUMMARY:": ics_escape("Interview - Logistics Planning Analyst - Jebel Ali - Van Aalst Maritime"),
        "TRANSP:": "OPAQUE"}], prodid="-//Oracle//Taleo Business Edition//EN")
    items = [("01-taleo-interview-confirmation.eml",
              mail("Van Aalst Maritime Careers <no-reply@vanaalst.taleo.example>",
                   OWNER, "Interview confirmation - Logistics Planning Analyst - Jebel Ali",
                   sent, text=text, msgid="<TBE.2600417.88213@vanaalst.taleo.example>",
                   attachments=[("interview.ics", cal, "text", "calendar")]))]
    label = {"interview": True, "interviews": [iv(
        "Van Aalst Maritime", "Logistics Planning Analyst - Jebel Ali", s, e, "scheduled",
        ["pieter.degraaf@vanaalst.example"], ["pieter.degraaf@vanaalst.example"], "hiring_manager")],
        "difficulty": "easy", "category": "positive/taleo-ics",
        "notes": "Oracle Taleo no-reply mail sent from Amsterdam; GST UTC+4 in text, UTC Z times in .ics."}
    return name, items, label


@case
def c04():
    name = "b97-04-us-firm-thread-pst-then-workday"
    s = dt("America/Los_Angeles", 2026, 3, 5, 8, 30)
    assert s.weekday() == 3 and s.utcoffset() == timedelta(hours=-8)
    e = s + timedelta(minutes=45)
    ksa = s.astimezone(ZoneInfo(RUH))
    d1 = dt("America/Los_Angeles", 2026, 2, 26, 16, 48)
    d2 = dt(RUH, 2026, 2, 27, 7, 15)
    d3 = dt("America/Los_Angeles", 2026, 2, 27, 10, 2)
    m1 = "<CAJx8f2hT0bks91@mail.halloranfreight.example>"
    m2 = "<b1e6f0a2-3c1d@mail.example>"
    t1 = f"""Hi Noura,

Tyler here from Halloran Freight Systems - thanks for applying to the Sourcing Analyst, Middle East role (based in our Riyadh office).

Dana Whitcomb, our Director of Global Sourcing, would like to meet you. She's in Seattle so timing is a bit tricky. Could you do Thu 3/5 @ 8:30a PST? That should be {ampm(ksa).lower().replace(' ', '')} your time if my math is right. Plan on 45 min.

Thanks!
Tyler

--
Tyler Banks | Senior Recruiter, International
Halloran Freight Systems
1201 Western Ave, Suite 900, Seattle, WA 98101
+1 (206) 555-0148
"""
    t2 = f"""Hi Tyler,

Yes, {ampm(ksa)} KSA time on Thursday works well for me. Looking forward to speaking with Dana.

Best regards,
Noura

On Thu, Feb 26, 2026 at 4:48 PM Tyler Banks <tbanks@halloranfreight.example> wrote:
""" + "".join("> " + l + "\n" if l else ">\n" for l in t1.splitlines())
    t3 = f"""Interview Scheduled

Hello Noura Al-Qahtani,

Your interview for the position R-10482 Sourcing Analyst, Middle East has been scheduled.

Thursday, March 5, 2026
8:30 AM - 9:15 AM Pacific Standard Time
Interviewer: Dana Whitcomb - Director, Global Sourcing
Location: Video call (Zoom) - https://halloranfreight.zoom.example/j/84120993311

An .ics file is attached so you can add this to your calendar.

Questions? Contact your recruiter, Tyler Banks.

View in Workday: https://wd5.myworkdayjobs.example/halloran/candidate/home
This is a system-generated message from Workday. Please do not reply.
"""
    cal = ics([{
        "DTSTART;TZID=America/Los_Angeles:": local(s), "DTEND;TZID=America/Los_Angeles:": local(e),
        "DTSTAMP:": utcz(d3), "UID:": "wd-int-R10482-5521907@myworkday.example",
        "ORGANIZER;CN=Halloran Freight Systems:": "mailto:halloran@myworkday.example",
        "ATTENDEE": [att("Noura Al-Qahtani", OWNER), att("Dana Whitcomb", "dwhitcomb@halloranfreight.example")],
        "SUMMARY:": ics_escape("Interview: Sourcing Analyst, Middle East - Halloran Freight Systems"),
        "LOCATION:": "https://halloranfreight.zoom.example/j/84120993311",
        "DESCRIPTION:": ics_escape("Interviewer: Dana Whitcomb"),
        "SEQUENCE:": "0", "STATUS:": "CONFIRMED"}], prodid="-//Workday//Recruiting//EN",
        tzids=["America/Los_Angeles"])
    items = [
        ("01-recruiter-proposes-thu-pst.eml",
         mail("Tyler Banks <tbanks@halloranfreight.example>", f"Noura Al-Qahtani <{OWNER}>",
              "Halloran Freight - chat with our Director of Global Sourcing", d1, text=t1,
              msgid=m1)),
        ("02-noura-confirms.eml",
         mail(f"Noura Al-Qahtani <{OWNER}>", "Tyler Banks <tbanks@halloranfreight.example>",
              "Re: Halloran Freight - chat with our Director of Global Sourcing", d2, text=t2,
              msgid=m2, in_reply_to=m1)),
        ("03-workday-interview-scheduled.eml",
         mail("Halloran Freight Systems <halloran@myworkday.example>", OWNER,
              "Interview Scheduled: Sourcing Analyst, Middle East", d3, text=t3,
              msgid="<wd.5521907.1772215320@myworkday.example>",
              attachments=[("Interview.ics", cal, "text", "calendar")])),
    ]
    label = {"interview": True, "interviews": [iv(
        "Halloran Freight Systems", "Sourcing Analyst, Middle East", s, e, "scheduled",
        ["dwhitcomb@halloranfreight.example"], ["dwhitcomb@halloranfreight.example"], "hiring_manager")],
        "difficulty": "medium", "category": "positive/workday-thread",
        "notes": "'Thu 3/5 @ 8:30a PST' (before US DST) = 19:30 KSA; thread + Workday .ics = one interview."}
    return name, items, label


def teams_invite(*, org_name, org_email, attendees, subject, s, e, wtz, label_txt, body, sent,
                 uid, msgid, seq=0, method="REQUEST", location="Microsoft Teams Meeting",
                 mid="x", num="000", pc="x", delivered_to=OWNER, teams=True, status="CONFIRMED"):
    when = (f"When: {s.strftime('%A, %B')} {s.day}, {s.year} {ampm(s)}-{ampm(e)} {label_txt}.\n"
            f"Where: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n")
    full = when + body + ("\n\n" + TEAMS_FOOTER.format(mid=mid, num=num, pc=pc) if teams else "")
    ev = {"ORGANIZER;CN=" + org_name + ":": "mailto:" + org_email,
          "ATTENDEE": [ms_att(n, a) for n, a in attendees],
          "DESCRIPTION;LANGUAGE=en-US:": ics_escape(full),
          "UID:": uid, "SUMMARY;LANGUAGE=en-US:": ics_escape(subject),
          f"DTSTART;TZID={wtz}:": local(s), f"DTEND;TZID={wtz}:": local(e),
          "CLASS:": "PUBLIC", "PRIORITY:": "5", "DTSTAMP:": utcz(sent), "TRANSP:": "OPAQUE",
          "STATUS:": status, "SEQUENCE:": str(seq), "LOCATION;LANGUAGE=en-US:": ics_escape(location),
          "X-MICROSOFT-CDO-APPT-SEQUENCE:": str(seq)}
    for x in MS_X:
        k, v = x.split(":", 1)
        ev[k + ":"] = v
    if teams:
        ev["X-MICROSOFT-SKYPETEAMSMEETINGURL:"] = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0"
    cal = ics([ev], method=method, prodid="Microsoft Exchange Server 2010", tzids=[wtz])
    to = ", ".join(f"{n} <{a}>" for n, a in attendees)
    return mail(f"{org_name} <{org_email}>", to, subject, sent, text=full, html=html_wrap(full),
                msgid=msgid, calendar=cal, cal_method=method, delivered_to=delivered_to,
                extra=[("Thread-Topic", subject.split(": ", 1)[-1]),
                       ("Content-class", "urn:content-classes:calendarmessage"),
                       ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])


@case
def c05():
    name = "b97-05-teams-arab-standard-time-riyadh-hm"
    s = dt(RUH, 2026, 4, 15, 13, 0)
    assert s.weekday() == 2
    e = s + timedelta(hours=1)
    sent = dt(RUH, 2026, 4, 8, 11, 20)
    body = """Dear Noura,

As discussed on the phone, please find below the invitation for your interview for the Senior Inventory Analyst position with Eng. Khalid Al-Zahrani, Supply Chain Manager.

I will open the meeting and introduce you, then leave you with Khalid. The conversation will take about one hour and will cover your experience with inventory optimisation and SAP IBP.

Best regards,
Abdulrahman Al-Shehri
HR Business Partner | Sahra Petrochemical Services
Prince Turki Street, Al Khobar 34424, Kingdom of Saudi Arabia
Tel +966 13 899 1420 | Mob +966 54 220 7781"""
    items = [("01-teams-invite-senior-inventory-analyst.eml", teams_invite(
        org_name="Abdulrahman Al-Shehri", org_email="a.alshehri@sahrapetro.example",
        attendees=[("Noura Al-Qahtani", OWNER), ("Khalid Al-Zahrani", "k.alzahrani@sahrapetro.example")],
        subject="Interview: Noura Al-Qahtani - Senior Inventory Analyst", s=s, e=e,
        wtz="Arab Standard Time", label_txt="(UTC+03:00) Kuwait, Riyadh", body=body, sent=sent,
        uid="040000008200E00074C5B7101A82E0080000000030A1C55B1BC7DC010000000000000000100000005A7E1D0C44E8A94C9E1B3F7C0B55E0D1",
        msgid="<AM9PR08MB6870A1C55B1BC7DC@AM9PR08MB6870.eurprd08.prod.outlook.example>",
        mid="SahraNQ0415", num="348 911 207 665", pc="Qa7nE2"))]
    label = {"interview": True, "interviews": [iv(
        "Sahra Petrochemical Services", "Senior Inventory Analyst", s, e, "scheduled",
        ["k.alzahrani@sahrapetro.example"], ["k.alzahrani@sahrapetro.example"], "hiring_manager")],
        "difficulty": "easy", "category": "positive/teams-invite",
        "notes": "Exchange/Teams invite with Windows TZID 'Arab Standard Time' (+03); organizer HR only introduces."}
    return name, items, label


@case
def c06():
    name = "b97-06-teams-arabian-standard-time-dubai-panel"
    s = dt(DXB, 2026, 4, 21, 10, 0)
    assert s.weekday() == 1
    e = s + timedelta(minutes=90)
    d1 = dt(DXB, 2026, 4, 13, 17, 2)
    sent = dt(DXB, 2026, 4, 14, 9, 31)
    m1 = "<DB9PR02MB7211C4E0@DB9PR02MB7211.eurprd02.prod.outlook.example>"
    t1 = """Hi Noura,

Great speaking with you this afternoon. As promised, next step is a panel interview with Rania Haddad (Head of Merchandise Planning) and Vikram Menon (Demand Planning Lead). It's 90 minutes and includes a short case on store replenishment - no preparation needed, we'll share the data on screen.

I'm sending the Teams invite separately for Tuesday next week. Note that our office follows the UAE Monday-Friday week, so please shout if Tuesday clashes with anything on your side.

مع التحية،
Lina Saab
Talent Acquisition Partner
Corniche Retail Group | Al Wasl Road, Jumeirah 1, Dubai, UAE
+971 4 330 8812"""
    body = """Hello Noura,

Panel interview for the Demand & Replenishment Analyst role.
Panel: Rania Haddad (Head of Merchandise Planning), Vikram Menon (Demand Planning Lead).
Case study will be shared on screen.

Lina Saab will not attend.

Thanks,
Lina"""
    items = [
        ("01-recruiter-next-step-panel.eml",
         mail("Lina Saab <lina.saab@cornicheretail.example>", f"Noura Al-Qahtani <{OWNER}>",
              "Next step - panel interview, Corniche Retail Group", d1, text=t1, msgid=m1)),
        ("02-teams-invite-panel.eml", teams_invite(
            org_name="Lina Saab", org_email="lina.saab@cornicheretail.example",
            attendees=[("Noura Al-Qahtani", OWNER), ("Rania Haddad", "rania.haddad@cornicheretail.example"),
                       ("Vikram Menon", "vikram.menon@cornicheretail.example")],
            subject="Panel Interview | Demand & Replenishment Analyst | Noura Al-Qahtani", s=s, e=e,
            wtz="Arabian Standard Time", label_txt="(UTC+04:00) Abu Dhabi, Muscat", body=body,
            sent=sent,
            uid="040000008200E00074C5B7101A82E00800000000F0D2E8412ACBDC01000000000000000010000000B7C2D1E9A0FF6B4A8E0C27D51B9A3F40",
            msgid="<DB9PR02MB7211F0D2E841@DB9PR02MB7211.eurprd02.prod.outlook.example>",
            mid="CornicheP0421", num="271 660 934 018", pc="hR9xW4")),
    ]
    ivs = ["rania.haddad@cornicheretail.example", "vikram.menon@cornicheretail.example"]
    label = {"interview": True, "interviews": [iv(
        "Corniche Retail Group", "Demand & Replenishment Analyst", s, e, "scheduled", ivs, ivs, "onsite")],
        "difficulty": "medium", "category": "positive/teams-panel",
        "notes": "Dubai Teams invite, Windows TZID 'Arabian Standard Time' (+04); two-person panel = onsite; recruiter not an interviewer; mail + invite = one."}
    return name, items, label


@case
def c07():
    name = "b97-07-qatar-thread-noon-doha-zoom"
    s = dt(DOH, 2026, 3, 31, 12, 0)
    assert s.weekday() == 1
    e = s + timedelta(hours=1)
    d1 = dt(DOH, 2026, 3, 24, 10, 14)
    d2 = dt(RUH, 2026, 3, 24, 21, 3)
    d3 = dt(DOH, 2026, 3, 25, 8, 47)
    m1 = "<CAOF-wakra-3f9a12@mail.wakraports.example>"
    m2 = "<d29c77e1-8a0b@mail.example>"
    m3 = "<CAOF-wakra-3f9a55@mail.wakraports.example>"
    t1 = """Dear Noura,

Thank you for your interest in the Procurement & Logistics Analyst role at Al Wakra Ports & Logistics. We would like to invite you to a technical interview (about 1 hour) covering landed-cost modelling and Incoterms.

Would Monday 30 March or Tuesday 31 March at noon Doha time suit you? The interview will be over Zoom.

Kind regards,
Omar Farouk
Senior Recruitment Officer
Al Wakra Ports & Logistics W.L.L. | Doha, State of Qatar
+974 4455 0192"""
    t2 = """Dear Omar,

Thank you. Tuesday at noon Doha time (12 pm, same as Riyadh) works for me.

Regards,
Noura

-----Original Message-----
From: Omar Farouk <omar.farouk@wakraports.example>
Sent: Tuesday, March 24, 2026 10:14 AM
To: Noura Al-Qahtani <noura.alqahtani@mail.example>
Subject: Technical interview - Procurement & Logistics Analyst

""" + t1
    t3 = """Dear Noura,

Confirmed for Tuesday. Dr. Ahmed Sayed (Head of Procurement) and I will interview you.

Omar Farouk is inviting you to a scheduled Zoom meeting.

Topic: Noura Al-Qahtani - Procurement & Logistics Analyst - Technical Interview
Time: Mar 31, 2026 12:00 PM Doha
Duration: 1 hour

Join Zoom Meeting
https://wakraports.zoom.example/j/91877304452?pwd=b3FZa2hqT1FxY0V6

Meeting ID: 918 7730 4452
Passcode: 662015

Kind regards,
Omar"""
    items = [
        ("01-recruiter-proposes-noon-doha.eml",
         mail("Omar Farouk <omar.farouk@wakraports.example>", f"Noura Al-Qahtani <{OWNER}>",
              "Technical interview - Procurement & Logistics Analyst", d1, text=t1, msgid=m1)),
        ("02-noura-picks-tuesday.eml",
         mail(f"Noura Al-Qahtani <{OWNER}>", "Omar Farouk <omar.farouk@wakraports.example>",
              "RE: Technical interview - Procurement & Logistics Analyst", d2, text=t2, msgid=m2,
              in_reply_to=m1)),
        ("03-confirmed-zoom-details.eml",
         mail("Omar Farouk <omar.farouk@wakraports.example>", f"Noura Al-Qahtani <{OWNER}>",
              "RE: Technical interview - Procurement & Logistics Analyst", d3, text=t3, msgid=m3,
              cc="Ahmed Sayed <ahmed.sayed@wakraports.example>", in_reply_to=m2,
              references=f"{m1} {m2}")),
    ]
    ivs = ["omar.farouk@wakraports.example", "ahmed.sayed@wakraports.example"]
    label = {"interview": True, "interviews": [iv(
        "Al Wakra Ports & Logistics", "Procurement & Logistics Analyst", s, e, "scheduled",
        ivs, ivs, "onsite")],
        "difficulty": "medium", "category": "positive/zoom-thread",
        "notes": "Propose two options (noon Doha), candidate picks Tuesday, Zoom text confirms; Asia/Qatar +03."}
    return name, items, label


def google_invite(*, org_name, org_email, guests, title, s, e, tz, tzlabel, desc, sent, uid, seq,
                  msgid, updated=False):
    when = f"{s.strftime('%A %b')} {s.day}, {s.year} ⋅ {s.strftime('%I:%M%p').lstrip('0').lower()} – {e.strftime('%I:%M%p').lstrip('0').lower()}"
    head = "This event has been updated\nChanged: time\n\n" if updated else ""
    glist = "\n".join([f"{org_name} - organizer\n{org_email}"] + [f"{n}\n{a}" for n, a in guests])
    text = f"""{head}{title}
{when}
{tzlabel}

Join with Google Meet
https://meet.google.com/qtr-mabx-hzd

Organizer
{org_name}
{org_email}

Guests
{glist}

{desc}

Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid=bXk3
Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event."""
    cal = ics([{
        f"DTSTART;TZID={tz}:": local(s), f"DTEND;TZID={tz}:": local(e), "DTSTAMP:": utcz(sent),
        "ORGANIZER;CN=" + org_name + ":": "mailto:" + org_email, "UID:": uid,
        "ATTENDEE": [att(org_name, org_email, partstat="ACCEPTED")] + [att(n, a) for n, a in guests],
        "X-GOOGLE-CONFERENCE:": "https://meet.google.com/qtr-mabx-hzd",
        "CREATED:": "20260212T081500Z", "DESCRIPTION:": ics_escape(desc),
        "LAST-MODIFIED:": utcz(sent), "LOCATION:": "", "SEQUENCE:": str(seq), "STATUS:": "CONFIRMED",
        "SUMMARY:": ics_escape(title), "TRANSP:": "OPAQUE"}], tzids=[tz])
    prefix = "Updated invitation" if updated else "Invitation"
    subj = f"{prefix}: {title} @ {when.replace(' ⋅', '')} ({tzlabel.split(' - ')[0]}) ({OWNER})"
    return mail(f"{org_name} <{org_email}>", OWNER, subj, sent, text=text, html=html_wrap(text),
                cte="base64", reply_to=f"{org_name} <{org_email}>", msgid=msgid, calendar=cal,
                sender="Google Calendar <calendar-notification@google.com>",
                attachments=[("invite.ics", cal, "application", "ics")])


@case
def c08():
    name = "b97-08-ramadan-hours-google-reschedule"
    old = dt(RUH, 2026, 2, 22, 15, 30)
    s = dt(RUH, 2026, 2, 22, 11, 0)
    assert s.weekday() == 6
    e = s + timedelta(hours=1)
    d1 = dt(RUH, 2026, 2, 12, 11, 15)
    d2 = dt(RUH, 2026, 2, 17, 20, 41)
    d3 = d2 + timedelta(minutes=3)
    guests = [("Noura Al-Qahtani", OWNER), ("Majed Al-Harthi", "majed.harthi@tuwaiqcold.example")]
    title = "Interview: Noura Al-Qahtani - Supply Planning Specialist"
    desc = "Interview with Majed Al-Harthi (Planning Manager). Reem will coordinate."
    uid = "5q0h2v7tmb1k8o4cdr9s3fge6a@google.com"
    t2 = """Dear Noura,

رمضان كريم، and I hope you are well.

With the holy month starting tomorrow, our office hours change to 10:00 AM - 3:00 PM, so the 3:30 PM slot on Sunday no longer works. Majed is available the same day, Sunday, at 11 in the morning instead. I have updated the calendar invitation - you should receive it in a moment.

Apologies for the change, and thank you for your flexibility.

Best regards,
Reem Al-Subaie
Recruitment Coordinator | Tuwaiq Cold Stores
Exit 18, Eastern Ring Road, Riyadh | +966 11 206 7730"""
    items = [
        ("01-google-invitation-sun-1530.eml", google_invite(
            org_name="Reem Al-Subaie", org_email="reem.subaie@tuwaiqcold.example", guests=guests,
            title=title, s=old, e=old + timedelta(hours=1), tz=RUH,
            tzlabel="Arabian Standard Time - Riyadh", desc=desc, sent=d1, uid=uid, seq=0,
            msgid="<calendar-8b1e0c5d-1f7a-4d0e-9a3c-5d2f0b7e4a11@google.com>")),
        ("02-ramadan-office-hours-email.eml",
         mail("Reem Al-Subaie <reem.subaie@tuwaiqcold.example>", f"Noura Al-Qahtani <{OWNER}>",
              "Your interview on Sunday - new time (Ramadan working hours)", d2, text=t2,
              cc="Majed Al-Harthi <majed.harthi@tuwaiqcold.example>",
              msgid="<CAK7r-tuwaiq-91c0@mail.tuwaiqcold.example>")),
        ("03-google-updated-invitation-sun-1100.eml", google_invite(
            org_name="Reem Al-Subaie", org_email="reem.subaie@tuwaiqcold.example", guests=guests,
            title=title, s=s, e=e, tz=RUH, tzlabel="Arabian Standard Time - Riyadh", desc=desc,
            sent=d3, uid=uid, seq=1, updated=True,
            msgid="<calendar-2c77d3a9-60b4-4b8e-8f21-c0e19a5b7d02@google.com>")),
    ]
    label = {"interview": True, "interviews": [iv(
        "Tuwaiq Cold Stores", "Supply Planning Specialist", s, e, "scheduled",
        ["majed.harthi@tuwaiqcold.example"], ["majed.harthi@tuwaiqcold.example"], "hiring_manager")],
        "difficulty": "medium", "category": "positive/reschedule",
        "notes": "Google invite Sun 15:30 moved to Sun 11:00 because of Ramadan office hours (SEQUENCE 1); final time wins."}
    return name, items, label


@case
def c09():
    name = "b97-09-moved-thursday-to-sunday-half-past-ten"
    old = dt(RUH, 2026, 3, 26, 14, 0)
    s = dt(RUH, 2026, 3, 29, 10, 30)
    assert old.weekday() == 3 and s.weekday() == 6
    e = s + timedelta(hours=1)
    d1 = dt(RUH, 2026, 3, 23, 9, 40)
    d2 = dt(RUH, 2026, 3, 25, 16, 5)
    d3 = dt(RUH, 2026, 3, 25, 18, 22)
    d4 = dt(RUH, 2026, 3, 25, 19, 1)
    m = ["<daem-1@mail.daemsupplies.example>", "<daem-2@mail.daemsupplies.example>",
         "<7f0b1c3e-aa91@mail.example>", "<daem-3@mail.daemsupplies.example>"]
    yo = "Yousef Al-Ghamdi <yousef.ghamdi@daemsupplies.example>"
    fa = "Fahad Al-Mansour <fahad.mansour@daemsupplies.example>"
    sig = """
Yousef Al-Ghamdi
Recruitment Specialist
Daem Industrial Supplies Co. | Olaya Towers, Tower B, 14th floor, Riyadh
Direct: +966 11 293 0051"""
    t1 = """Dear Noura,

Eid Mubarak! Following your application for the Procurement Analyst role, Mr. Fahad Al-Mansour (Procurement Manager) would like to meet you at our office this Thursday (26 March) at 2:00 pm. Please plan for about an hour.

Kindly confirm.
""" + sig
    t2 = """Dear Noura,

Apologies - Fahad has to travel to Jeddah on Thursday. Could we move your interview to Sunday instead, at half past ten in the morning? Same place, same duration.
""" + sig
    t3 = """Dear Yousef,

No problem at all - Sunday at 10:30 suits me. See you then.

Best regards,
Noura Al-Qahtani
+966 55 301 4417

> On Wed, 25 Mar 2026 at 16:05, Yousef Al-Ghamdi wrote:
""" + "".join("> " + l + "\n" for l in t2.splitlines())
    t4 = """Thank you Noura, I have updated the booking with reception. See you on Sunday.

Yousef"""
    items = [
        ("01-invite-thursday-2pm.eml", mail(yo, f"Noura Al-Qahtani <{OWNER}>",
            "Interview - Procurement Analyst - Daem Industrial Supplies", d1, text=t1, cc=fa, msgid=m[0])),
        ("02-move-to-sunday.eml", mail(yo, f"Noura Al-Qahtani <{OWNER}>",
            "RE: Interview - Procurement Analyst - Daem Industrial Supplies", d2, text=t2, cc=fa,
            msgid=m[1], in_reply_to=m[0])),
        ("03-noura-accepts.eml", mail(f"Noura Al-Qahtani <{OWNER}>", yo,
            "RE: Interview - Procurement Analyst - Daem Industrial Supplies", d3, text=t3, cc=fa,
            msgid=m[2], in_reply_to=m[1], references=f"{m[0]} {m[1]}")),
        ("04-recruiter-ack.eml", mail(yo, f"Noura Al-Qahtani <{OWNER}>",
            "RE: Interview - Procurement Analyst - Daem Industrial Supplies", d4, text=t4,
            msgid=m[3], in_reply_to=m[2], references=f"{m[0]} {m[1]} {m[2]}")),
    ]
    label = {"interview": True, "interviews": [iv(
        "Daem Industrial Supplies", "Procurement Analyst", s, e, "scheduled",
        ["fahad.mansour@daemsupplies.example"], ["fahad.mansour@daemsupplies.example"], "hiring_manager")],
        "difficulty": "hard", "category": "positive/reschedule-email",
        "notes": "Thursday 26 Mar 14:00 moved to 'Sunday ... half past ten' (resolved vs. 25 Mar = 29 Mar 10:30 KSA); duration 'about an hour' carried over."}
    return name, items, label


@case
def c10():
    name = "b97-10-outlook-cancel-dubai-role-on-hold"
    s = dt(DXB, 2026, 4, 9, 11, 0)
    assert s.weekday() == 3
    e = s + timedelta(hours=1)
    d1 = dt(DXB, 2026, 4, 2, 15, 12)
    d2 = dt(DXB, 2026, 4, 7, 10, 48)
    att_ = [("Noura Al-Qahtani", OWNER), ("Sameer Qureshi", "sameer.qureshi@marinagatelog.example")]
    uid = "040000008200E00074C5B7101A82E00800000000B0E6F1A7D4C4DC0100000000000000001000000031C9A2E7F05B334FA1B4C2E6D8901F2A"
    body1 = """Dear Noura,

Please accept this invitation for your interview for the Warehouse Analytics Lead position with Sameer Qureshi, Director of Operations. The interview will take place at our office.

Address: Marina Gate Logistics, Level 12, Jumeirah Lakes Towers Cluster X, Dubai. Visitor parking is available at basement B2.

Regards,
Joanna Fernandes
HR Executive | Marina Gate Logistics LLC | +971 4 556 0203"""
    body2 = """Dear Noura,

I am sorry to inform you that the Warehouse Analytics Lead position has been put on hold following an internal restructuring, so we need to cancel Thursday's interview. We will keep your profile on file and reach out if the role reopens.

Regards,
Joanna Fernandes"""
    items = [
        ("01-outlook-invite-thu-1100.eml", teams_invite(
            org_name="Joanna Fernandes", org_email="joanna.fernandes@marinagatelog.example",
            attendees=att_, subject="Interview - Noura Al-Qahtani - Warehouse Analytics Lead",
            s=s, e=e, wtz="Arabian Standard Time", label_txt="(UTC+04:00) Abu Dhabi, Muscat",
            body=body1, sent=d1, uid=uid, teams=False,
            location="Marina Gate Logistics - Level 12, JLT Cluster X, Dubai",
            msgid="<PAXPR06MB7120B0E6F1A7@PAXPR06MB7120.eurprd06.prod.outlook.example>")),
        ("02-outlook-canceled.eml", teams_invite(
            org_name="Joanna Fernandes", org_email="joanna.fernandes@marinagatelog.example",
            attendees=att_, subject="Canceled: Interview - Noura Al-Qahtani - Warehouse Analytics Lead",
            s=s, e=e, wtz="Arabian Standard Time", label_txt="(UTC+04:00) Abu Dhabi, Muscat",
            body=body2, sent=d2, uid=uid, teams=False, seq=1, method="CANCEL", status="CANCELLED",
            location="Marina Gate Logistics - Level 12, JLT Cluster X, Dubai",
            msgid="<PAXPR06MB7120C81D22E9@PAXPR06MB7120.eurprd06.prod.outlook.example>")),
    ]
    label = {"interview": True, "interviews": [iv(
        "Marina Gate Logistics", "Warehouse Analytics Lead", s, e, "cancelled",
        ["sameer.qureshi@marinagatelog.example"], ["sameer.qureshi@marinagatelog.example"], "hiring_manager")],
        "difficulty": "easy", "category": "positive/cancellation",
        "notes": "Outlook in-person invite (Arabian Standard Time, +04) then METHOD:CANCEL; role on hold."}
    return name, items, label


@case
def c11():
    name = "b97-11-arabic-indic-digits-interview-then-cancelled"
    s = dt(RUH, 2026, 4, 14, 10, 30)
    assert s.weekday() == 1
    d1 = dt(RUH, 2026, 4, 6, 12, 5)
    d2 = dt(RUH, 2026, 4, 6, 19, 30)
    d3 = dt(RUH, 2026, 4, 12, 9, 10)
    m = ["<abraj-hr-1@mail.abrajsharq.example>", "<c1a0e5f4-ar@mail.example>",
         "<abraj-hr-2@mail.abrajsharq.example>"]
    hr = "نوف الشمري <nouf.shammari@abrajsharq.example>"
    sig = """
مع خالص التحية،
نوف الشمري
أخصائية توظيف - إدارة الموارد البشرية
شركة أبراج الشرق للتوزيع
طريق الملك سعود، الدمام ٣٢٢٤١
هاتف: ٠١٣ ٨٣٣ ٤٥٠٠ تحويلة ١١٢"""
    day = f"{AR_DAYS[s.weekday()]} {s.day} {AR_MONTHS[s.month]} {s.year}".translate(AR_DIGITS)
    t1 = f"""الأستاذة نورة القحطاني المحترمة،
السلام عليكم ورحمة الله وبركاته،

بالإشارة إلى طلبكم للتقديم على وظيفة محلل سلاسل الإمداد، يسعدنا دعوتكم لإجراء مقابلة شخصية مع مدير إدارة التخطيط، وذلك يوم {day} الساعة ١٠:٣٠ صباحاً في مقر الشركة بالدمام.

نرجو التكرم بتأكيد الحضور بالرد على هذه الرسالة.
""" + sig
    t2 = f"""وعليكم السلام ورحمة الله وبركاته،

شكراً جزيلاً لكم، أؤكد حضوري للمقابلة في الموعد المحدد يوم الثلاثاء الساعة ١٠:٣٠ صباحاً.

تحياتي،
نورة القحطاني

في {d1.day} أبريل {d1.year}، كتبت نوف الشمري:
""" + "".join("> " + l + "\n" for l in t1.splitlines())
    t3 = """الأستاذة نورة القحطاني المحترمة،

نعتذر منكِ عن إلغاء موعد المقابلة المحدد يوم الثلاثاء القادم، وذلك بسبب إعادة تقييم الاحتياج الوظيفي للإدارة. سنقوم بالتواصل معكِ في حال إعادة فتح الوظيفة.

نشكر لكِ تفهمكِ واهتمامكِ بالانضمام إلى شركة أبراج الشرق.
""" + sig
    items = [
        ("01-interview-invitation-arabic.eml", mail(hr, f"نورة القحطاني <{OWNER}>",
            "دعوة لمقابلة شخصية - وظيفة محلل سلاسل الإمداد", d1, text=t1, msgid=m[0])),
        ("02-noura-confirms-arabic.eml", mail(f"نورة القحطاني <{OWNER}>", hr,
            "رد: دعوة لمقابلة شخصية - وظيفة محلل سلاسل الإمداد", d2, text=t2, msgid=m[1],
            in_reply_to=m[0])),
        ("03-cancellation-arabic.eml", mail(hr, f"نورة القحطاني <{OWNER}>",
            "إلغاء موعد المقابلة - وظيفة محلل سلاسل الإمداد", d3, text=t3, cte="base64", msgid=m[2],
            in_reply_to=m[1], references=f"{m[0]} {m[1]}")),
    ]
    label = {"interview": True, "interviews": [iv(
        "أبراج الشرق للتوزيع", "محلل سلاسل الإمداد", s, None, "cancelled", [],
        ["nouf.shammari@abrajsharq.example"], "hiring_manager")],
        "difficulty": "hard", "category": "positive/cancellation-arabic",
        "notes": "All-Arabic thread, Arabic-Indic digits (١٠:٣٠ صباحاً), QP + base64; later cancelled; no duration; interviewer has no address."}
    return name, items, label


@case
def c12():
    name = "b97-12-assessment-centre-riyadh-panel-ics"
    s = dt(RUH, 2026, 4, 12, 9, 0)
    assert s.weekday() == 6
    e = dt(RUH, 2026, 4, 12, 13, 0)
    d1 = dt(RUH, 2026, 4, 2, 14, 30)
    d2 = dt(RUH, 2026, 4, 9, 8, 0)
    t1 = """Dear Noura Al-Qahtani,

Congratulations! Following your successful screening call, you are invited to the Assessment Centre for the Supply Chain Analyst (Experienced Hire) position at Najd National Distribution Company.

Date: Sunday, 12 April 2026
Venue: NNDC Head Office, Building 3, Ground Floor Training Hall, Northern Ring Road, Al Wadi District, Riyadh
Please arrive by 8:45 AM for security registration (bring your National ID).

Agenda
09:00 - 10:30  Group case exercise (distribution network redesign)
10:45 - 11:30  Individual in-tray exercise
11:30 - 12:15  Dhuhr prayer and lunch break
12:15 - 13:00  Competency-based interview with the panel:
               Eng. Turki Al-Otaibi, Director Supply Chain Planning (turki.otaibi@nndc.example)
               Ms. Dalia Mahmoud, HR Business Partner (dalia.mahmoud@nndc.example)

The day will finish at 1:00 PM. A calendar entry is attached.

For any questions, please contact the Recruitment Team at careers@nndc.example or call +966 11 510 7000 ext. 3301.

Najd National Distribution Company - Talent Acquisition"""
    cal = ics([{
        "DTSTART;TZID=Asia/Riyadh:": local(s), "DTEND;TZID=Asia/Riyadh:": local(e),
        "DTSTAMP:": utcz(d1), "UID:": "ac-2026-04-12-sca-0193@nndc.example",
        "ORGANIZER;CN=NNDC Recruitment:": "mailto:careers@nndc.example",
        "ATTENDEE": [att("Noura Al-Qahtani", OWNER)],
        "SUMMARY:": ics_escape("NNDC Assessment Centre - Supply Chain Analyst (Experienced Hire)"),
        "LOCATION:": ics_escape("NNDC Head Office, Building 3, Training Hall, Riyadh"),
        "DESCRIPTION:": ics_escape("Group exercise, in-tray exercise and competency-based panel interview. Arrive by 8:45 AM."),
        "SEQUENCE:": "0", "STATUS:": "CONFIRMED"}], prodid="-//NNDC//Recruitment Scheduler 2.1//EN",
        tzids=["Asia/Riyadh"])
    t2 = """Dear Noura,

This is a friendly reminder of your Assessment Centre this Sunday, 12 April, starting at 9:00 AM at NNDC Head Office (please arrive by 8:45 AM). Business attire. Laptops are not required.

Najd National Distribution Company - Talent Acquisition
This mailbox is not monitored."""
    items = [
        ("01-assessment-centre-invitation.eml", mail(
            "NNDC Careers <careers@nndc.example>", OWNER,
            "Invitation: Assessment Centre - Supply Chain Analyst (Experienced Hire)", d1,
            text=t1, html=html_wrap(t1), msgid="<ac.0193.1775129400@nndc.example>",
            attachments=[("AssessmentCentre.ics", cal, "text", "calendar")])),
        ("02-reminder.eml", mail(
            "NNDC Talent Acquisition <no-reply@nndc.example>", OWNER,
            "Reminder: your Assessment Centre on Sunday", d2, text=t2,
            msgid="<ac.0193.rem@nndc.example>")),
    ]
    ivs = ["turki.otaibi@nndc.example", "dalia.mahmoud@nndc.example"]
    label = {"interview": True, "interviews": [iv(
        "Najd National Distribution Company", "Supply Chain Analyst (Experienced Hire)", s, e,
        "scheduled", ivs, ivs, "onsite")],
        "difficulty": "hard", "category": "positive/assessment-centre",
        "notes": "In-person assessment centre whose last block is a panel interview: one onsite 09:00-13:00 (8:45 arrival is not a session); reminder is the same event."}
    return name, items, label


@case
def c13():
    name = "b97-13-hamburg-firm-two-interviews-across-eu-dst"
    BER = "Europe/Berlin"
    s1 = dt(BER, 2026, 3, 26, 14, 0)
    e1 = s1 + timedelta(minutes=30)
    s2 = dt(BER, 2026, 3, 31, 14, 0)
    e2 = s2 + timedelta(hours=1)
    assert s1.weekday() == 3 and s2.weekday() == 1
    assert s1.utcoffset() == timedelta(hours=1) and s2.utcoffset() == timedelta(hours=2)
    r1 = s1.astimezone(ZoneInfo(RUH))
    r2 = s2.astimezone(ZoneInfo(RUH))
    d1 = dt(BER, 2026, 3, 19, 10, 30)
    d3 = dt(BER, 2026, 3, 27, 9, 12)
    kat = "Katrin Holm <k.holm@brenner-voss.example>"
    t1 = f"""Dear Ms. Al-Qahtani,

thank you for your application as Supply Chain Analyst for our Dubai branch. I would like to get to know you in a short first conversation (30 minutes, Google Meet):

Donnerstag, 26. März, 14:00 Uhr (Hamburg) - that is {r1.strftime('%H:%M')} in Riyadh.

I will send you a calendar invitation.

Mit freundlichen Grüßen / Best regards
Katrin Holm
Recruiting | Brenner & Voss Logistik GmbH
Am Sandtorkai 41, 20457 Hamburg, Germany
Tel. +49 40 3008 7124"""
    t3 = f"""Dear Noura,

thank you for the good conversation yesterday! I'm happy to tell you that Jens Albrecht, Head of Middle East Operations, would like to meet you for a second interview of one hour:

Tuesday 31 March, 14h CEST (note: Germany switches to summer time this Sunday, so this is {r2.strftime('%H:%M')} Riyadh time, one hour earlier for you than our first call).

Invitation follows from Jens' calendar.

Best regards
Katrin"""

    def gev(eid, summary, desc, s, e, org, attendees, created):
        return json.dumps({
            "kind": "calendar#event", "etag": "\"3551908812440000\"",
            "id": eid, "status": "confirmed",
            "htmlLink": f"https://www.google.com/calendar/event?eid={eid}",
            "created": created, "updated": created, "summary": summary, "description": desc,
            "creator": {"email": org[1], "displayName": org[0]},
            "organizer": {"email": org[1], "displayName": org[0]},
            "start": {"dateTime": s.isoformat(), "timeZone": BER},
            "end": {"dateTime": e.isoformat(), "timeZone": BER},
            "iCalUID": f"{eid}@google.com", "sequence": 0,
            "attendees": attendees,
            "hangoutLink": "https://meet.google.com/bvh-kqzt-rne",
            "reminders": {"useDefault": True}, "eventType": "default"}, indent=2, ensure_ascii=False) + "\n"

    g1 = gev("4k2nq8bv0hd7s1m3tfr6c9lpxe", "Erstgespräch Noura Al-Qahtani / Supply Chain Analyst Dubai",
             "Kurzes Kennenlernen (30 Min.) mit Katrin Holm.", s1, e1,
             ("Katrin Holm", "k.holm@brenner-voss.example"),
             [{"email": "k.holm@brenner-voss.example", "displayName": "Katrin Holm", "organizer": True, "responseStatus": "accepted"},
              {"email": OWNER, "self": True, "responseStatus": "accepted"}],
             "2026-03-19T09:35:00.000Z")
    g2 = gev("9rj1t5wq3zc8n0ue6h2ydk4fma", "2nd interview: Noura Al-Qahtani - Supply Chain Analyst (Dubai)",
             "Second interview with Jens Albrecht, Head of Middle East Operations.", s2, e2,
             ("Jens Albrecht", "j.albrecht@brenner-voss.example"),
             [{"email": "j.albrecht@brenner-voss.example", "displayName": "Jens Albrecht", "organizer": True, "responseStatus": "accepted"},
              {"email": OWNER, "self": True, "responseStatus": "needsAction"}],
             "2026-03-27T08:20:00.000Z")
    items = [
        ("01-first-conversation-1400-uhr.eml", mail(kat, f"Noura Al-Qahtani <{OWNER}>",
            "Ihre Bewerbung / your application - Supply Chain Analyst (Dubai)", d1, text=t1,
            msgid="<a91c2e@mail.brenner-voss.example>")),
        ("02-first-conversation.gcal.json", g1),
        ("03-second-interview-14h-cest.eml", mail(kat, f"Noura Al-Qahtani <{OWNER}>",
            "Second interview - Supply Chain Analyst (Dubai)", d3, text=t3,
            cc="Jens Albrecht <j.albrecht@brenner-voss.example>",
            msgid="<a91d07@mail.brenner-voss.example>")),
        ("04-second-interview.gcal.json", g2),
    ]
    label = {"interview": True, "interviews": [
        iv("Brenner & Voss Logistik", "Supply Chain Analyst (Dubai)", s1, e1, "scheduled",
           ["k.holm@brenner-voss.example"], ["k.holm@brenner-voss.example"], "phone_screen"),
        iv("Brenner & Voss Logistik", "Supply Chain Analyst (Dubai)", s2, e2, "scheduled",
           ["j.albrecht@brenner-voss.example"], ["j.albrecht@brenner-voss.example"], "hiring_manager")],
        "difficulty": "hard", "category": "positive/two-interviews",
        "notes": "Hamburg firm: '14:00 Uhr' CET (+01) on 26 Mar and '14h CEST' (+02) on 31 Mar across EU DST (29 Mar); mails + Calendar API events."}
    return name, items, label


# ================================================================ NEGATIVES
def neg(cat, notes, diff="medium"):
    return {"interview": False, "interviews": [], "difficulty": diff, "category": cat, "notes": notes}


@case
def n14():
    name = "b97-14-neg-visa-interview-appointment-ics"
    s = dt(RUH, 2026, 3, 9, 9, 15)
    sent = dt(RUH, 2026, 2, 24, 22, 10)
    t = """Dear NOURA ABDULLAH ALQAHTANI,

Your appointment has been successfully scheduled.

Appointment type: Visa interview and biometrics (Business visitor, category B)
Reference: VLS-RUH-2026-0417731
Date: Monday, 09 March 2026
Time: 09:15 AM (Riyadh time)
Location: VisaLink Application Centre, Diplomatic Quarter, Riyadh

Please bring your passport, the printed confirmation page, your employer letter and bank statements. Applicants arriving more than 15 minutes late must reschedule.

The interview is conducted by a consular officer and typically lasts 5-10 minutes.

VisaLink Services - Riyadh | This is an automated e-mail. Do not reply."""
    cal = ics([{"DTSTART:": utcz(s), "DTEND:": utcz(s + timedelta(minutes=30)), "DTSTAMP:": utcz(sent),
                "UID:": "VLS-RUH-2026-0417731@visalink.example",
                "SUMMARY:": ics_escape("Visa interview appointment - VisaLink Riyadh"),
                "LOCATION:": ics_escape("VisaLink Application Centre, Diplomatic Quarter, Riyadh"),
                "ATTENDEE": [att("NOURA ALQAHTANI", OWNER)], "STATUS:": "CONFIRMED"}],
              method="PUBLISH", prodid="-//VisaLink//Appointments//EN")
    return name, [("01-visa-interview-appointment.eml", mail(
        "VisaLink Riyadh <appointments@visalink.example>", OWNER,
        "Appointment confirmation - Visa interview - VLS-RUH-2026-0417731", sent, text=t,
        msgid="<VLS-RUH-2026-0417731@visalink.example>",
        attachments=[("appointment.ics", cal, "text", "calendar")]))], \
        neg("negative/visa-appointment", "Consular visa interview with .ics; not a job interview.")


@case
def n15():
    name = "b97-15-neg-bank-home-finance-verification-call"
    s = dt(RUH, 2026, 4, 6, 12, 0)
    sent = dt(RUH, 2026, 4, 1, 10, 30)
    body = """Dear Ms. Noura,

Thank you for submitting your home finance application with Al Waha Bank. As part of our credit review, I would like to schedule a short verification interview over Teams to go through your employment details, current salary and the property you have selected.

Please have your salary certificate and the candidate property's title deed available.

Best regards,
Mohammed Bakr
Relationship Manager - Personal Banking
Al Waha Bank | King Abdullah Financial District, Riyadh | 800 124 5566"""
    return name, [("01-teams-home-finance-meeting.eml", teams_invite(
        org_name="Mohammed Bakr", org_email="m.bakr@alwahabank.example",
        attendees=[("Noura Al-Qahtani", OWNER)],
        subject="Home finance application - verification call", s=s, e=s + timedelta(minutes=30),
        wtz="Arab Standard Time", label_txt="(UTC+03:00) Kuwait, Riyadh", body=body, sent=sent,
        uid="040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000AA11BB22CC33DD44EE55FF6677889900",
        msgid="<BANKPR01MB0406@alwahabank.example>", mid="WahaHF0406", num="412 004 771 356", pc="bK3m9Q"))], \
        neg("negative/bank-meeting", "Bank relationship-manager Teams call ('verification interview', employment details); not hiring.", "hard")


@case
def n16():
    name = "b97-16-neg-arabic-rejection-after-interview"
    sent = dt(RUH, 2026, 4, 20, 11, 45)
    t = """الأستاذة / نورة القحطاني
السلام عليكم ورحمة الله وبركاته،

نشكر لكِ اهتمامكِ بوظيفة (مخطط طلب أول) وحضوركِ المقابلة الشخصية يوم الأحد الموافق 12 أبريل 2026 الساعة 11:00 صباحاً.

بعد دراسة متأنية لجميع المرشحين، نأسف لإبلاغكِ بأنه لم يتم اختياركِ للمرحلة التالية من عملية التوظيف. سنحتفظ بسيرتكِ الذاتية في قاعدة بياناتنا للفرص المستقبلية.

نتمنى لكِ التوفيق والنجاح.

إدارة الموارد البشرية - التوظيف
شركة الواحة الخضراء للأغذية
هذه رسالة آلية، يرجى عدم الرد عليها."""
    return name, [("01-rejection-arabic.eml", mail(
        "التوظيف - الواحة الخضراء <recruitment-noreply@greenoasisfoods.example>", OWNER,
        "نتيجة المقابلة الشخصية - وظيفة مخطط طلب أول", sent, text=t, html=html_wrap(t),
        cte="base64", msgid="<rej.88120@greenoasisfoods.example>"))], \
        neg("negative/rejection-arabic", "Arabic rejection that mentions the past interview date/time.", "hard")


@case
def n17():
    name = "b97-17-neg-recruiter-agency-ramadan-iftar"
    s = dt(RUH, 2026, 3, 12, 18, 0)
    sent = dt(RUH, 2026, 3, 3, 13, 0)
    t = f"""Dear Noura,

Ramadan Kareem from all of us at Khaleej Talent Partners!

We would be delighted to host you at our annual Candidate & Client Iftar, an informal evening where supply chain and procurement professionals can meet our consultants and several hiring managers from our clients across KSA and the UAE.

الخميس 12 مارس (آذار) 2026 - الإفطار عند أذان المغرب (approx. 6:00 PM), followed by coffee and networking until 9:00 PM
Venue: Al Nakheel Ballroom, Narjis Grand Hotel, Riyadh

This is not an interview or an assessment - just a chance to connect. If you are currently interviewing for a role through us, your consultant will be there to say hello.

Please RSVP by Monday 9 March using the attached invitation.

Warm regards,
Layla Nasser
Senior Consultant, Supply Chain & Procurement
Khaleej Talent Partners | Riyadh · Dubai · Doha
+966 11 404 8800"""
    cal = ics([{"DTSTART;TZID=Asia/Riyadh:": local(s), "DTEND;TZID=Asia/Riyadh:": local(dt(RUH, 2026, 3, 12, 21, 0)),
                "DTSTAMP:": utcz(sent), "UID:": "iftar2026-ktp-ruh@khaleejtalent.example",
                "ORGANIZER;CN=Layla Nasser:": "mailto:layla.nasser@khaleejtalent.example",
                "ATTENDEE": [att("Noura Al-Qahtani", OWNER)],
                "SUMMARY:": ics_escape("KTP Candidate & Client Iftar 2026"),
                "LOCATION:": ics_escape("Narjis Grand Hotel, Al Nakheel Ballroom, Riyadh"),
                "SEQUENCE:": "0", "STATUS:": "CONFIRMED"}], tzids=["Asia/Riyadh"],
              prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    return name, [("01-iftar-invitation.eml", mail(
        "Layla Nasser <layla.nasser@khaleejtalent.example>", f"Noura Al-Qahtani <{OWNER}>",
        "Invitation: Candidate & Client Iftar - Thursday 12 March", sent, text=t,
        msgid="<KTP.iftar.2026.0312@khaleejtalent.example>",
        attachments=[("Iftar2026.ics", cal, "text", "calendar")]))], \
        neg("negative/networking-iftar", "Recruiter agency Ramadan iftar with .ics, mentions candidates/hiring managers; explicitly not an interview.", "hard")


@case
def n18():
    name = "b97-18-neg-webinar-competency-interviews-2pm-et"
    s = dt("America/New_York", 2026, 4, 1, 14, 0)
    ksa = s.astimezone(ZoneInfo(RUH))
    sent = dt("America/New_York", 2026, 3, 20, 8, 0)
    html = f"""<html><body style="font-family:Helvetica,Arial">
<h2>You're registered! &#127881;</h2>
<p>Hi Noura,</p>
<p>Thank you for registering for <b>Cracking the Competency-Based Interview: Landing Supply Chain Roles with Gulf Employers</b>.</p>
<p><b>Date &amp; time:</b> Wednesday, April 1, 2026, 2pm ET ({ksa.strftime('%I').lstrip('0')}pm KSA / {s.astimezone(ZoneInfo(DXB)).strftime('%I').lstrip('0')}pm GST)<br>
<b>Speakers:</b> Hana Rahim (ex-Talent Director, GCC) and Marco Bellini (career coach)</p>
<p>Learn how hiring panels in Riyadh, Dubai and Doha schedule and score interviews, and practise STAR answers live.</p>
<p><a href="https://supplychainpros.zoom.example/w/88123409911?tk=abc">Join webinar</a> &middot; Webinar ID: 881 2340 9911 &middot; Passcode: 210401</p>
<p><a href="https://supplychainpros.zoom.example/webinar/ics/88123409911">Add to calendar</a></p>
<p style="font-size:11px;color:#777">SupplyChainPros Academy, 300 Atlantic Ave, Boston, MA 02110 &middot; <a href="#">Unsubscribe</a></p>
</body></html>
"""
    return name, [("01-zoom-webinar-registration.eml", mail(
        "SupplyChainPros Academy <no-reply@zoom.example>", OWNER,
        "Confirmation: Cracking the Competency-Based Interview (Apr 1, 2pm ET)", sent, html=html,
        msgid="<zw.88123409911.reg@zoom.example>"))], \
        neg("negative/webinar", "Zoom webinar about interviews, 2pm ET = 9pm KSA; HTML only.")


@case
def n19():
    name = "b97-19-neg-owner-interviews-candidate-forwarded-teams"
    s = dt(RUH, 2026, 4, 16, 10, 0)
    sent = dt(RUH, 2026, 4, 13, 8, 30)
    fwd = dt(RUH, 2026, 4, 13, 21, 14)
    body = """Hi Noura, Waleed,

Please interview Faisal Al-Mutairi for the Junior Demand Planner opening in your team. His CV and the scorecard are attached in SuccessFactors. Noura, could you lead the Excel/forecasting questions?

Thanks,
Ghada Al-Rashid
Talent Acquisition | Dunes Cold Chain Co."""
    inner = teams_invite(
        org_name="Ghada Al-Rashid", org_email="ghada.rashid@dunescoldchain.example",
        attendees=[("Noura Al-Qahtani", OWNER_WORK), ("Waleed Hamdan", "waleed.hamdan@dunescoldchain.example")],
        subject="Interview: Faisal Al-Mutairi - Junior Demand Planner", s=s, e=s + timedelta(minutes=45),
        wtz="Arab Standard Time", label_txt="(UTC+03:00) Kuwait, Riyadh", body=body, sent=sent,
        uid="040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DC010000000000000000100000000F1E2D3C4B5A69788796A5B4C3D2E1F0",
        msgid="<DUNES01MB0416@dunescoldchain.example>", mid="DunesFA0416", num="390 112 554 870", pc="Dn5pX2",
        delivered_to=OWNER_WORK)
    from email import message_from_bytes
    inner_msg = message_from_bytes(inner, policy=policy.default)
    m = EmailMessage()
    m["Delivered-To"] = OWNER
    m["From"] = f"Noura Al-Qahtani <{OWNER_WORK}>"
    m["To"] = f"Noura Al-Qahtani <{OWNER}>"
    m["Subject"] = "FW: Interview: Faisal Al-Mutairi - Junior Demand Planner"
    m["Date"] = format_datetime(fwd)
    m["Message-ID"] = "<DUNES01MB0416FW@dunescoldchain.example>"
    m["MIME-Version"] = "1.0"
    m.set_content("""Sending to myself so I don't forget - I'm on the panel for Faisal's interview on Thursday, need to prep the forecasting questions.

Noura Al-Qahtani
Demand Planning Analyst | Dunes Cold Chain Co.
2nd Industrial City, Riyadh | +966 11 265 3300

-----Original Appointment-----
From: Ghada Al-Rashid
Sent: Monday, April 13, 2026 8:30 AM
To: Noura Al-Qahtani; Waleed Hamdan
Subject: Interview: Faisal Al-Mutairi - Junior Demand Planner
When: Thursday, April 16, 2026 10:00 AM-10:45 AM (UTC+03:00) Kuwait, Riyadh.
Where: Microsoft Teams Meeting
""")
    m.add_attachment(inner_msg)
    fix_boundaries(m, m["Message-ID"])
    return name, [("01-fw-interview-faisal-mutairi.eml", m.as_bytes(policy=policy.default))], \
        neg("negative/user-is-interviewer", "Owner forwards a Teams invite where she interviews a candidate for her current employer.", "hard")


@case
def n20():
    name = "b97-20-neg-relay-pick-a-slot-unbooked"
    sent = dt(RUH, 2026, 4, 16, 12, 0)
    html = """<html><body style="font-family:Arial,sans-serif">
<p>Hi Noura,</p>
<p><b>Gulf Star Trading</b> would like to schedule an interview with you for <b>Logistics Coordinator</b> (Jeddah).</p>
<p>Please choose one of the time slots proposed by the employer (KSA time):</p>
<ul>
<li>Sunday 19 April, 10:00 AM</li>
<li>Monday 20 April, 1:00 PM</li>
<li>Wednesday 22 April, 11:30 AM</li>
</ul>
<p><a href="https://www.wazifaboard.example/interviews/select?inv=GS-55810">Select a time slot</a></p>
<p>The interview will only be confirmed once you choose a slot and the employer accepts it. Invitations expire after 5 days.</p>
<p style="color:#888;font-size:11px">WazifaBoard FZ-LLC, Dubai Internet City, UAE. Do not reply to this e-mail.</p>
</body></html>
"""
    return name, [("01-wazifaboard-select-interview-slot.eml", mail(
        "WazifaBoard <notifications@wazifaboard.example>", OWNER,
        "Action required: choose your interview time with Gulf Star Trading", sent, html=html,
        msgid="<n.GS-55810@wazifaboard.example>"))], \
        neg("negative/availability-request", "Job-board 'pick a slot' interview request, never booked.", "hard")


@case
def n21():
    name = "b97-21-neg-one-way-video-interview-doha-deadline"
    sent = dt(DOH, 2026, 4, 1, 9, 0)
    t = """Dear Noura,

Thank you for applying to the Inventory Control Analyst role at Pearl Gateway Aviation Services.

As the next step, we invite you to complete an on-demand video interview on VidScreen. You will see 5 pre-recorded questions and have up to 3 minutes to record each answer. No one will be live on the call - you can complete it at any time that suits you.

Deadline: Sunday 5 April 2026, 23:59 Doha time

Start your video interview: https://app.vidscreen.example/i/PGAS-IC-77120

Good luck!
Pearl Gateway Aviation Services Talent Team
Sent via VidScreen. Please do not reply to this e-mail."""
    return name, [("01-vidscreen-on-demand-video-interview.eml", mail(
        "Pearl Gateway Talent via VidScreen <invites@vidscreen.example>", OWNER,
        "Your video interview for Inventory Control Analyst - Pearl Gateway Aviation Services", sent,
        text=t, msgid="<vs.PGAS-IC-77120@vidscreen.example>"))], \
        neg("negative/one-way-video", "One-way recorded video interview with a deadline; not live.")


@case
def n22():
    name = "b97-22-neg-trade-magazine-interview-request"
    s = dt(RUH, 2026, 4, 21, 14, 30)
    d1 = dt(DXB, 2026, 4, 14, 11, 5)
    d2 = dt(RUH, 2026, 4, 14, 18, 40)
    d3 = dt(DXB, 2026, 4, 15, 9, 20)
    m = ["<gscr-ed-1@gulfscreview.example>", "<5b2e9c1d@mail.example>", "<gscr-ed-2@gulfscreview.example>"]
    ed = "Sana Iqbal <sana.iqbal@gulfscreview.example>"
    t1 = """Dear Noura,

I'm an editor at Gulf Supply Chain Review. We're preparing a feature on cold-chain resilience during Ramadan and Hajj peaks, and a colleague recommended you. Would you be open to a 30-minute interview by phone next week? Your quotes would be attributed as "Demand Planning Analyst, Dunes Cold Chain" unless you prefer otherwise.

Best,
Sana Iqbal
Senior Editor, Gulf Supply Chain Review
Dubai Media City, Building 8 | +971 4 391 2207"""
    t2 = """Hi Sana,

Happy to help. Next Tuesday 21 April works - 2:30 مساءً KSA time (3:30 pm Dubai)?

Noura"""
    t3 = """Perfect - Tuesday 21 April, 2:30 pm KSA. I'll call your mobile. I'll send the questions in advance so you can clear them with your comms team.

Sana"""
    items = [
        ("01-editor-interview-request.eml", mail(ed, f"Noura Al-Qahtani <{OWNER}>",
            "Interview request - Gulf Supply Chain Review (cold chain feature)", d1, text=t1, msgid=m[0])),
        ("02-noura-proposes-time.eml", mail(f"Noura Al-Qahtani <{OWNER}>", ed,
            "Re: Interview request - Gulf Supply Chain Review (cold chain feature)", d2, text=t2,
            msgid=m[1], in_reply_to=m[0])),
        ("03-editor-confirms.eml", mail(ed, f"Noura Al-Qahtani <{OWNER}>",
            "Re: Interview request - Gulf Supply Chain Review (cold chain feature)", d3, text=t3,
            msgid=m[2], in_reply_to=m[1], references=f"{m[0]} {m[1]}")),
    ]
    assert s.astimezone(ZoneInfo(DXB)).hour == 15
    return name, items, neg("negative/press-interview", "Trade-magazine press interview booked by thread with a firm time; not a job interview.", "hard")


# ================================================================ writer
def main():
    for p in HERE.glob("b97-*"):
        if p.is_dir():
            shutil.rmtree(p)
    labels = {}
    for fn in CASES:
        name, items, label = fn()
        d = HERE / name
        d.mkdir()
        for fname, data in items:
            (d / fname).write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        labels[name] = {"user": OWNER, **label, "source": "synthetic"}
    with open(HERE / "labels.yaml", "w", encoding="utf-8") as f:
        f.write("# blind97 labels (written blind). See /work/shared/eval/README.md for the schema.\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=1000)
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
