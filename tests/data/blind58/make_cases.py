#!/usr/bin/env python3
"""Deterministic generator for the blind58 interview-detection set.

Rewrites every b58-* case folder, labels.yaml and README.md next to this file.
stdlib + PyYAML only; every UTC offset is computed with zoneinfo.
"""
import hashlib
import html as htmlmod
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
LON = ZoneInfo("Europe/London")
UTC = timezone.utc
OWNER = "chloe.brannigan@example.com"
OWNER_NAME = "Chloe Brannigan"
OWNER_FROM = f"{OWNER_NAME} <{OWNER}>"
UNI_ADDR = "chloe.brannigan@student.irwell-uni.example"
CHLOE_SIG = "Chloe\n\nSent from my iPhone"

CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


def T(y, mo, d, h, mi=0, tz=LON):
    if isinstance(tz, str):
        tz = ZoneInfo(tz)
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def iso(dt):
    return dt.isoformat() if dt is not None else None


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt, tz=LON):
    return dt.astimezone(tz).strftime("%Y%m%dT%H%M%S")


def h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def msgid(seed, domain):
    return f"<{h(seed, 24)}@{domain}>"


# ---------------------------------------------------------------- iCalendar

def esc(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, first = [], b"", True
    for ch in line:
        cb = ch.encode("utf-8")
        limit = 75 if first else 74
        if len(cur) + len(cb) > limit:
            out.append(cur.decode("utf-8"))
            cur, first = b"", False
        cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


LONDON_VTZ = [
    "BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
    "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
    "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
]
GMT_STD_VTZ = [
    "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]


def dtprop(name, dt, tzid):
    if tzid is None:
        return f"{name}:{zstamp(dt)}"
    return f"{name};TZID={tzid}:{local(dt)}"


def vevent(uid, start, end, summary, dtstamp, organizer=None, attendees=(), description=None,
           location=None, seq=0, status="CONFIRMED", tzid=None, extra=()):
    L = ["BEGIN:VEVENT", dtprop("DTSTART", start, tzid)]
    if end is not None:
        L.append(dtprop("DTEND", end, tzid))
    L.append(f"DTSTAMP:{zstamp(dtstamp)}")
    if organizer:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    for name, addr, role, part in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={part};RSVP=TRUE;CN={name};"
                 f"X-NUM-GUESTS=0:mailto:{addr}")
    if description:
        L.append("DESCRIPTION:" + esc(description))
    if location:
        L.append("LOCATION:" + esc(location))
    L += [f"SEQUENCE:{seq}", f"STATUS:{status}", "SUMMARY:" + esc(summary), "TRANSP:OPAQUE"]
    L += list(extra)
    L.append("END:VEVENT")
    return L


def vcal(method, prodid, events, vtz=None, head=()):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    L += list(head)
    if vtz:
        L += vtz
    for ev in events:
        L += ev
    L.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in L) + "\r\n"


# ---------------------------------------------------------------- e-mail

def text_to_html(text, font="Arial,Helvetica,sans-serif"):
    paras = [p for p in text.split("\n\n")]
    body = "\n".join("<p>" + htmlmod.escape(p).replace("\n", "<br>") + "</p>" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head><body><div style="font-family:{font};font-size:14px">\n{body}\n</div></body></html>\n')


def received(from_host, ip, date, to=OWNER):
    d = format_datetime(date.astimezone(UTC))
    return (f"from {from_host} ({from_host} [{ip}]) by mx1.example.com (Postfix) with ESMTPS id "
            f"{h(from_host + str(date), 10).upper()} for <{to}>; {d}")


def mail(*, frm, to, subject, date, text=None, html=None, cte="quoted-printable", html_cte=None,
         cc=None, reply_to=None, sender=None, mid=None, in_reply_to=None, references=None,
         host="mail.example", ip="192.0.2.10", extra=(), cal=None, attach=(), delivered=OWNER,
         return_path=None):
    m = EmailMessage()
    m["Delivered-To"] = delivered
    m["Received"] = received(host, ip, date + timedelta(seconds=2), delivered)
    addr = frm.split("<")[-1].rstrip(">")
    m["Return-Path"] = f"<{return_path or addr}>"
    if reply_to:
        m["Reply-To"] = reply_to
    if sender:
        m["Sender"] = sender
    m["Date"] = format_datetime(date)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Message-ID"] = mid or msgid(subject + str(date), addr.split("@")[-1])
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in extra:
        m[k] = v
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte or cte)
    else:
        m.set_content(html, subtype="html", cte=html_cte or cte)
    if cal is not None:
        method, ics_text = cal
        m.add_alternative(ics_text, subtype="calendar", params={"method": method}, cte="7bit"
                          if ics_text.isascii() else "quoted-printable")
    for fname, mtype, stype, data, params in attach:
        params = dict(params or {})
        if mtype == "text":
            params.setdefault("charset", "utf-8")
        m.add_attachment(data, maintype=mtype, subtype=stype, filename=fname, params=params)
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary("0000000000" + h(f"{subject}|{date}|{i}", 14))
    return m.as_bytes(policy=policy.default.clone(max_line_length=998))


def quote(text):
    return "\n".join("> " + ln if ln else ">" for ln in text.split("\n"))


def add(case, fname, data):
    CASES.setdefault(case, []).append((fname, data if isinstance(data, bytes) else data.encode()))


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
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind}


JOBBEE = "JobBee <noreply@notify.jobbee.example>"
JOBBEE_EXTRA = (("List-Unsubscribe", "<https://jobbee.example/u/settings/notifications>"),
                ("X-Mailer", "JobBee Notify 4.12"))


def jobbee_html(title, inner):
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>{htmlmod.escape(title)}</title></head>
<body style="margin:0;background:#fff8e6;font-family:Helvetica,Arial,sans-serif;color:#222">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:12px">
<tr><td style="padding:18px 24px;background:#ffc629;border-radius:12px 12px 0 0;font-weight:bold;font-size:20px">JobBee &#x1F41D;</td></tr>
<tr><td style="padding:24px">
{inner}
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#888">You're getting this because you have a JobBee account (chloe.brannigan@example.com).
<a href="https://jobbee.example/u/settings/notifications">Notification settings</a> &middot; JobBee Ltd, 3 Tib Lane, Manchester M2 4JB</td></tr>
</table></td></tr></table></body></html>
"""


# ======================================================================= POSITIVES

def c01():
    cid = "b58-01-cafe-manager-half-two-then-trial-shift"
    mgr = "rhiannon.pryce@brambleandbean.example"
    d1 = T(2026, 2, 9, 19, 12)
    t1 = """Hiya Chloe,

Thanks for dropping your CV in on Saturday, Jas passed it on to me. We're looking for someone for the weekend barista position (Sat + Sun, roughly 14 hrs) and you sound ideal.

Could you pop in Thursday at half 2 for a chat? Won't be anything formal, just ask for me at the till and we'll grab a table upstairs.

Rhiannon
Store Manager
Bramble & Bean, 41 Oxford Road, Manchester M1 7ED
0161 496 0384"""
    m1 = msgid("c01a", "brambleandbean.example")
    add(cid, "01-bramble-and-bean-pop-in-thursday.eml", mail(
        frm=f"Rhiannon Pryce <{mgr}>", to=OWNER_FROM, subject="Weekend barista - chat?",
        date=d1, text=t1, html=text_to_html(t1), mid=m1, host="mail.brambleandbean.example", ip="198.51.100.23"))
    d2 = T(2026, 2, 9, 20, 41)
    t2 = ("Hi Rhiannon,\n\nThursday at half 2 is perfect, thank you! See you then.\n\n" + CHLOE_SIG +
          f"\n\nOn {d1.strftime('%-d %b %Y')}, at {d1.strftime('%H:%M')}, Rhiannon Pryce <{mgr}> wrote:\n\n" + quote(t1))
    m2 = msgid("c01b", "example.com")
    add(cid, "02-re-weekend-barista-chat.eml", mail(
        frm=OWNER_FROM, to=f"Rhiannon Pryce <{mgr}>", subject="Re: Weekend barista - chat?", date=d2, text=t2,
        mid=m2, in_reply_to=m1, references=m1, host="smtp.example.com", ip="203.0.113.5",
        extra=(("X-Mailer", "iPhone Mail (22D72)"),)))
    d3 = T(2026, 2, 13, 9, 3)
    t3 = """Morning Chloe,

Lovely to meet you yesterday! We'd like you to come and do a trial shift so you can see what the weekend rush is like - Saturday 21st, 8 till 12. It's paid, wear something black and comfy shoes. You'll be on with Jas and Tomasz.

If that goes ok we'll sort your contract the week after.

Rhiannon
Bramble & Bean | Oxford Road
0161 496 0384"""
    add(cid, "03-trial-shift-saturday.eml", mail(
        frm=f"Rhiannon Pryce <{mgr}>", to=OWNER_FROM, subject="Re: Weekend barista - chat?", date=d3, text=t3,
        html=text_to_html(t3), in_reply_to=m2, references=f"{m1} {m2}", host="mail.brambleandbean.example",
        ip="198.51.100.23"))
    label(cid, [iv("Bramble & Bean", "Weekend Barista", T(2026, 2, 12, 14, 30), None, "scheduled",
                   [mgr], [mgr], "hiring_manager")],
          "medium", "positive/body-only-relative-date",
          "'pop in Thursday at half 2' sent Mon 9 Feb -> Thu 12 Feb 14:30 GMT, no duration. The later paid trial "
          "shift (Sat 21 Feb 8-12) is a work trial, not a conversation -> not an interview (same rule as "
          "assessments).")


def c02():
    cid = "b58-02-jobbee-group-interview-ics-and-reminder"
    people = "gemma.hurst@freshway.example"
    start, end = T(2026, 3, 7, 9, 30), T(2026, 3, 7, 11, 0)
    d1 = T(2026, 2, 24, 10, 3)
    inner = f"""<h1 style="font-size:22px;margin:0 0 12px">You're invited to a group interview &#x1F389;</h1>
<p>Hi Chloe,</p>
<p><b>FreshWay Supermarkets</b> liked your application for <b>Customer Assistant (Evenings &amp; Weekends)</b> and would like to see you at a group interview.</p>
<table cellpadding="6" style="background:#f6f6f6;border-radius:8px;font-size:15px">
<tr><td>&#x1F4C5;</td><td>Saturday 7 March 2026</td></tr>
<tr><td>&#x1F552;</td><td>9:30am &ndash; 11:00am</td></tr>
<tr><td>&#x1F4CD;</td><td>FreshWay Didsbury, 118 Wilmslow Road, Manchester M20 5RS (use the staff entrance by the car park)</td></tr>
</table>
<p>There'll be around 8 candidates. Your session will be run by Gemma Hurst, Store People Lead, with one of the shift managers. Expect a short team activity, a few questions about customer service and a quick tour of the store.</p>
<p>Please bring photo ID and proof of your right to work in the UK (passport or share code).</p>
<p>Can't make it? Let Gemma know on <a href="mailto:{people}">{people}</a> so your place can go to someone else.</p>
<p style="margin:24px 0"><a href="https://jobbee.example/a/7Q2KX/confirm" style="background:#222;color:#fff;padding:12px 20px;border-radius:20px;text-decoration:none">I'll be there</a></p>
<p style="font-size:12px;color:#666">We've attached a calendar file so you can add it to your phone.</p>"""
    ics = vcal("PUBLISH", "-//JobBee//Interview Scheduler 4.12//EN", [vevent(
        "jb-7Q2KX-int-20260307@jobbee.example", start, end,
        "Group interview - FreshWay Supermarkets (Customer Assistant)", d1,
        organizer=("JobBee", "noreply@notify.jobbee.example"),
        description="Group interview for Customer Assistant (Evenings & Weekends) at FreshWay Didsbury. "
                    "Run by Gemma Hurst (Store People Lead). Bring photo ID and right to work.",
        location="FreshWay Didsbury, 118 Wilmslow Road, Manchester M20 5RS")])
    add(cid, "01-jobbee-group-interview-invite.eml", mail(
        frm=JOBBEE, to=OWNER, subject="You're invited: group interview with FreshWay Supermarkets",
        date=d1, html=jobbee_html("Group interview", inner), html_cte="quoted-printable",
        host="o12.sendgrid-like.jobbee.example", ip="198.51.100.77", extra=JOBBEE_EXTRA,
        attach=[("FreshWay-group-interview.ics", "text", "calendar", ics.encode(), {"method": "PUBLISH"})]))
    d2 = T(2026, 3, 6, 17, 0)
    inner2 = """<p>Hi Chloe &#x1F44B;</p>
<p><b>Tomorrow</b> is your group interview with <b>FreshWay Supermarkets</b>.</p>
<p>&#x1F552; 9:30am (please arrive 10 minutes early)<br>&#x1F4CD; FreshWay Didsbury, 118 Wilmslow Road</p>
<p>Top tip from other JobBee users: have a think about a time you helped a customer (or a friend!) with a problem.</p>
<p>Good luck! &#x1F41D;</p>"""
    add(cid, "02-jobbee-reminder-tomorrow.eml", mail(
        frm=JOBBEE, to=OWNER, subject="Tomorrow: your group interview at 9:30am", date=d2,
        html=jobbee_html("Reminder", inner2), html_cte="base64", host="o12.sendgrid-like.jobbee.example",
        ip="198.51.100.77", extra=JOBBEE_EXTRA))
    label(cid, [iv("FreshWay Supermarkets", "Customer Assistant (Evenings & Weekends)", start, end, "scheduled",
                   [people], [people], "onsite")],
          "medium", "positive/hiring-app-ics",
          "HTML-only app notification + PUBLISH .ics (UTC=GMT in March) + base64 reminder -> one group interview. "
          "Gemma Hurst runs it and is the only human address; shift manager has no address.")


def c03():
    cid = "b58-03-ats-assessment-morning-after-bst-switch"
    jo = "joanne.whitworth@pennineoutfitters.example"
    tom = "tom.haslam@pennineoutfitters.example"
    start, end = T(2026, 3, 30, 10, 0), T(2026, 3, 30, 12, 30)
    d1 = T(2026, 3, 25, 16, 40)
    text = f"""Dear Chloe,

Thank you for your application for the role of Part-time Sales Advisor (16 hrs) at Pennine Outfitters, Manchester Arndale.

We are pleased to invite you to our Assessment Morning:

Date: Monday 30 March 2026
Time: 10:00 - 12:30
Venue: Pennine Outfitters, Unit L14, Manchester Arndale, M4 3AQ. Please report to the fitting rooms on the lower floor and a member of the team will collect you.

What to expect
10:00  Welcome and group exercise (Joanne Whitworth, Assistant Store Manager)
11:00  Shop-floor role play
11:45  1:1 interview with Tom Haslam, Store Manager
12:30  Finish

Please note the clocks go forward this weekend (Sunday 29 March), so double-check your alarm!

If you have any questions, just reply to this email and it will reach Joanne directly.

Kind regards,

Pennine Outfitters Recruitment
This message was sent via Tillpoint. Please do not reply to no-reply@tillpoint.example."""
    ics = vcal("REQUEST", "-//Tillpoint//Scheduling//EN", [vevent(
        "tp-ev-55810392@tillpoint.example", start, end,
        "Assessment Morning - Part-time Sales Advisor - Pennine Outfitters", d1,
        organizer=("Joanne Whitworth", jo),
        attendees=[("Chloe Brannigan", OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                   ("Joanne Whitworth", jo, "REQ-PARTICIPANT", "ACCEPTED"),
                   ("Tom Haslam", tom, "REQ-PARTICIPANT", "ACCEPTED")],
        description="Group exercise\\, role play and 1:1 interview with the Store Manager.".replace("\\,", ","),
        location="Pennine Outfitters, Unit L14, Manchester Arndale, M4 3AQ", tzid="Europe/London")],
        vtz=LONDON_VTZ)
    add(cid, "01-tillpoint-assessment-morning.eml", mail(
        frm="Pennine Outfitters Recruitment <no-reply@tillpoint.example>", to=OWNER,
        reply_to=f"Joanne Whitworth <{jo}>", subject="Invitation: Assessment Morning - Part-time Sales Advisor",
        date=d1, text=text, html=text_to_html(text, "Georgia,serif"), host="out3.tillpoint.example",
        ip="203.0.113.140", extra=(("X-Tillpoint-Candidate", "c-2231907"),),
        attach=[("assessment-morning.ics", "text", "calendar", ics.encode(), {"method": "REQUEST"})]))
    label(cid, [iv("Pennine Outfitters", "Part-time Sales Advisor", start, end, "scheduled", [jo, tom], [jo, tom],
                   "onsite")],
          "hard", "positive/ats-ics-dst",
          "Sent Wed 25 Mar in GMT for Mon 30 Mar, the day after UK clocks go forward -> 10:00-12:30 BST (+01:00). "
          "Multi-part assessment morning = one onsite; Joanne runs the group exercise, Tom the 1:1.")


def c04():
    cid = "b58-04-store-manager-reschedule-10ish"
    dave = "dave.entwistle@kettlebys.example"
    outlook_sig = "\n\nGet Outlook for Android"
    d1 = T(2026, 4, 2, 17, 20)
    t1 = """Hi Chloe

Got your application through from JobBee for the Saturday sales assistant job. Can you come in for a quick chat about 10ish on Tuesday? Oxford Road shop, just ask for Dave at the counter.

Cheers
Dave Entwistle
Manager, Kettleby's Bakery Oxford Road
07700 900418""" + outlook_sig
    m1 = msgid("c04a", "kettlebys.example")
    add(cid, "01-kettlebys-quick-chat-tuesday.eml", mail(
        frm=f"Dave Entwistle <{dave}>", to=OWNER, subject="Saturday job", date=d1, text=t1, mid=m1,
        host="mail-eopbgr.outlook-like.example", ip="198.51.100.190"))
    d2 = T(2026, 4, 2, 18, 2)
    t2 = ("Hi Dave,\n\nTuesday about 10 is great, thanks - see you then.\n\nChloe" +
          f"\n\nOn Thu, 2 Apr 2026 at 17:20, Dave Entwistle <{dave}> wrote:\n" + quote(t1))
    m2 = msgid("c04b", "example.com")
    add(cid, "02-re-saturday-job.eml", mail(
        frm=OWNER_FROM, to=f"Dave Entwistle <{dave}>", subject="Re: Saturday job", date=d2, text=t2, mid=m2,
        in_reply_to=m1, host="smtp.example.com", ip="203.0.113.5"))
    d3 = T(2026, 4, 6, 8, 5)
    t3 = ("Morning Chloe\n\nReally sorry, our flour delivery has been moved to tomorrow morning so I'll be stuck "
          "in the back. Can we do Wednesday instead? Same time, 10ish.\n\nDave" + outlook_sig +
          f"\n________________________________\nFrom: {OWNER_NAME} <{OWNER}>\nSent: Thursday, April 2, 2026 "
          "6:02:11 PM\nTo: Dave Entwistle <" + dave + ">\nSubject: Re: Saturday job\n\nHi Dave,\n\nTuesday about 10 "
          "is great, thanks - see you then.\n\nChloe")
    m3 = msgid("c04c", "kettlebys.example")
    add(cid, "03-re-saturday-job-move-to-wednesday.eml", mail(
        frm=f"Dave Entwistle <{dave}>", to=OWNER, subject="RE: Saturday job", date=d3, text=t3, mid=m3,
        in_reply_to=m2, references=f"{m1} {m2}", host="mail-eopbgr.outlook-like.example", ip="198.51.100.190"))
    d4 = T(2026, 4, 6, 9, 47)
    t4 = ("No problem at all, Wednesday at 10 works. See you then!\n\n" + CHLOE_SIG +
          f"\n\n> On 6 Apr 2026, at 08:05, Dave Entwistle <{dave}> wrote:\n>\n> Morning Chloe\n>\n> Really sorry, our "
          "flour delivery has been moved to tomorrow morning so I'll be stuck in the back. Can we do Wednesday "
          "instead? Same time, 10ish.")
    add(cid, "04-re-saturday-job-ok.eml", mail(
        frm=OWNER_FROM, to=f"Dave Entwistle <{dave}>", subject="Re: Saturday job", date=d4, text=t4,
        in_reply_to=m3, references=f"{m1} {m2} {m3}", host="smtp.example.com", ip="203.0.113.5"))
    label(cid, [iv("Kettleby's Bakery", "Saturday Sales Assistant", T(2026, 4, 8, 10, 0), None, "scheduled",
                   [dave], [dave], "hiring_manager")],
          "hard", "positive/reschedule-by-email",
          "'about 10ish on Tuesday' (sent Thu 2 Apr) = Tue 7 Apr, moved on Mon 6 Apr to 'Wednesday instead, same "
          "time' -> Wed 8 Apr 10:00 BST. No duration.")


def c05():
    cid = "b58-05-jobbee-interview-cancelled-by-app"
    start, end = T(2026, 4, 18, 11, 15), T(2026, 4, 18, 11, 45)
    uid = "jb-9HF31-int-20260418@jobbee.example"
    d1 = T(2026, 4, 9, 12, 0)
    inner = """<h1 style="font-size:22px;margin:0 0 12px">Interview confirmed &#x2705;</h1>
<p>Hi Chloe, you're booked in!</p>
<p><b>Team Member</b> &middot; Halo Cinemas Printworks</p>
<table cellpadding="6" style="background:#f6f6f6;border-radius:8px;font-size:15px">
<tr><td>&#x1F4C5;</td><td>Sat 18 Apr</td></tr>
<tr><td>&#x1F552;</td><td>11:15 &ndash; 11:45</td></tr>
<tr><td>&#x1F4CD;</td><td>Halo Cinemas, The Printworks, Withy Grove, Manchester M4 2BS &mdash; ask at the box office for the Duty Manager</td></tr>
</table>
<p><b>Message from Halo Cinemas:</b> "Hi Chloe, looking forward to meeting you. It's a relaxed face-to-face chat, no need to prepare anything. &ndash; Marcus, Duty Manager"</p>
<p>Need to change something? You can reschedule or cancel in the app up to 24 hours before.</p>"""
    ics1 = vcal("REQUEST", "-//JobBee//Interview Scheduler 4.12//EN", [vevent(
        uid, start, end, "Interview: Team Member - Halo Cinemas Printworks", d1,
        organizer=("JobBee", "noreply@notify.jobbee.example"),
        attendees=[("Chloe Brannigan", OWNER, "REQ-PARTICIPANT", "ACCEPTED")],
        location="Halo Cinemas, The Printworks, Withy Grove, Manchester M4 2BS", tzid="Europe/London")],
        vtz=LONDON_VTZ)
    add(cid, "01-jobbee-interview-confirmed.eml", mail(
        frm=JOBBEE, to=OWNER, subject="Interview confirmed: Halo Cinemas, Sat 18 Apr 11:15", date=d1,
        html=jobbee_html("Interview confirmed", inner), html_cte="quoted-printable",
        host="o12.sendgrid-like.jobbee.example", ip="198.51.100.77", extra=JOBBEE_EXTRA,
        attach=[("interview.ics", "text", "calendar", ics1.encode(), {"method": "REQUEST"})]))
    d2 = T(2026, 4, 15, 8, 31)
    inner2 = """<h1 style="font-size:22px;margin:0 0 12px">Your interview has been cancelled</h1>
<p>Hi Chloe,</p>
<p>Unfortunately <b>Halo Cinemas Printworks</b> has cancelled your interview for <b>Team Member</b> on <b>Sat 18 Apr at 11:15</b>. This job is no longer accepting applications.</p>
<p>We know that's disappointing. There are 23 more jobs near you that match your profile &mdash; tap below to have a look.</p>
<p style="margin:24px 0"><a href="https://jobbee.example/jobs?near=M14" style="background:#222;color:#fff;padding:12px 20px;border-radius:20px;text-decoration:none">See similar jobs</a></p>"""
    ics2 = vcal("CANCEL", "-//JobBee//Interview Scheduler 4.12//EN", [vevent(
        uid, start, end, "CANCELLED: Interview: Team Member - Halo Cinemas Printworks", d2,
        organizer=("JobBee", "noreply@notify.jobbee.example"),
        attendees=[("Chloe Brannigan", OWNER, "REQ-PARTICIPANT", "ACCEPTED")], seq=1, status="CANCELLED",
        tzid="Europe/London")], vtz=LONDON_VTZ)
    add(cid, "02-jobbee-interview-cancelled.eml", mail(
        frm=JOBBEE, to=OWNER, subject="Update on your interview with Halo Cinemas", date=d2,
        html=jobbee_html("Interview cancelled", inner2), html_cte="base64",
        host="o12.sendgrid-like.jobbee.example", ip="198.51.100.77", extra=JOBBEE_EXTRA,
        attach=[("cancel.ics", "text", "calendar", ics2.encode(), {"method": "CANCEL"})]))
    label(cid, [iv("Halo Cinemas", "Team Member", start, end, "cancelled", [], [], "hiring_manager")],
          "medium", "positive/cancellation",
          "App-booked interview Sat 18 Apr 11:15-11:45 BST, then cancelled by the app (METHOD:CANCEL, same UID). "
          "Only no-reply addresses; Marcus has no address -> empty interviewers/recipients.")


def google_invite(*, org_name, org, guests, title, start, end, dtstamp, uid, where, desc, method="REQUEST",
                  seq=0, subject_prefix="Invitation"):
    when_subj = f"{start.strftime('%a %-d %b %Y')} {start.strftime('%H:%M')} - {end.strftime('%H:%M')} ({start.tzname()})"
    subject = f"{subject_prefix}: {title} @ {when_subj} ({OWNER})"
    lines = [title, f"{start.strftime('%A %-d %B %Y')} \u22c5 {start.strftime('%H:%M')} \u2013 {end.strftime('%H:%M')}",
             "Time zone: Europe/London", ""]
    if method == "CANCEL":
        lines = ["This event has been cancelled and removed from your calendar.", ""] + lines
    lines += [f"Location\n{where}", "", desc, "", f"Organiser\n{org_name}\n{org}", "", "Guests"]
    for n, a in guests:
        lines.append(f"{n}{' - organiser' if a == org else ''}\n{a}")
    lines += ["", "~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event."]
    text = "\n".join(lines)
    att = [(n, a, "REQ-PARTICIPANT", "ACCEPTED" if a == org else "NEEDS-ACTION") for n, a in guests]
    ics = vcal(method, "-//Google Inc//Google Calendar 70.9054//EN", [vevent(
        uid, start, end, title, dtstamp, organizer=(org_name, org), attendees=att, description=desc,
        location=where, seq=seq, status="CANCELLED" if method == "CANCEL" else "CONFIRMED")])
    return subject, text, ics


def c06():
    cid = "b58-06-google-invite-then-manager-cancels"
    aisha = "aisha.qureshi@mosswoodpharmacy.example"
    start, end = T(2026, 5, 15, 14, 0), T(2026, 5, 15, 14, 30)
    uid = "5k2v0q8c1m7rj3h4t9p6e2n0sd@google.com"
    title = "Interview \u2013 Chloe Brannigan \u2013 Healthcare Counter Assistant (Sat)"
    where = "Mosswood Pharmacy, 212 Wilmslow Road, Fallowfield, Manchester M14 6LE"
    desc = ("Hi Chloe, 30 min interview with me in the consultation room. Bring photo ID. "
            "If anything changes my number is 0161 496 0271. Aisha")
    guests = [("Aisha Qureshi", aisha), ("Chloe Brannigan", OWNER)]
    d1 = T(2026, 5, 11, 13, 22)
    subj, text, ics = google_invite(org_name="Aisha Qureshi", org=aisha, guests=guests, title=title, start=start,
                                    end=end, dtstamp=d1, uid=uid, where=where, desc=desc)
    add(cid, "01-invitation-interview-mosswood.eml", mail(
        frm=f"Aisha Qureshi <{aisha}>", to=OWNER, subject=subj, date=d1, text=text, html=text_to_html(text,
        "Roboto,Helvetica,Arial,sans-serif"), sender="Google Calendar <calendar-notification@google.com>",
        reply_to=f"Aisha Qureshi <{aisha}>", return_path="3hj2kA@calendar-server.bounces.google.com",
        host="mail-sor-f69.google.com", ip="209.85.220.69", cal=("REQUEST", ics),
        attach=[("invite.ics", "application", "ics", ics.encode(), {})]))
    d2 = T(2026, 5, 14, 11, 50)
    t2 = """Hi Chloe,

Bad news I'm afraid - I need to cancel tomorrow's interview. Head office have put a freeze on all new Saturday contracts across the region until the summer, so I can't offer the role at the moment.

I'm really sorry for the short notice. I'll keep your CV and will be in touch if it opens up again.

Best wishes,
Aisha

Aisha Qureshi MPharm
Pharmacy Manager
Mosswood Pharmacy Fallowfield | 212 Wilmslow Road, Manchester M14 6LE | 0161 496 0271"""
    add(cid, "02-sorry-need-to-cancel.eml", mail(
        frm=f"Aisha Qureshi <{aisha}>", to=OWNER, subject="Tomorrow's interview", date=d2, text=t2,
        html=text_to_html(t2), host="mail-sor-f41.google.com", ip="209.85.220.41"))
    d3 = T(2026, 5, 14, 11, 52)
    subj3, text3, ics3 = google_invite(org_name="Aisha Qureshi", org=aisha, guests=guests, title=title,
                                       start=start, end=end, dtstamp=d3, uid=uid, where=where, desc=desc,
                                       method="CANCEL", seq=1, subject_prefix="Cancelled event")
    add(cid, "03-cancelled-event.eml", mail(
        frm=f"Aisha Qureshi <{aisha}>", to=OWNER, subject=subj3, date=d3, text=text3, html=text_to_html(text3,
        "Roboto,Helvetica,Arial,sans-serif"), sender="Google Calendar <calendar-notification@google.com>",
        reply_to=f"Aisha Qureshi <{aisha}>", return_path="3hj2kA@calendar-server.bounces.google.com",
        host="mail-sor-f69.google.com", ip="209.85.220.69", cal=("CANCEL", ics3),
        attach=[("invite.ics", "application", "ics", ics3.encode(), {})]))
    label(cid, [iv("Mosswood Pharmacy", "Healthcare Counter Assistant (Saturday)", start, end, "cancelled",
                   [aisha], [aisha], "hiring_manager")],
          "medium", "positive/cancellation",
          "Google invite Fri 15 May 14:00-14:30 BST (13:00Z), then manager e-mail + Google 'Cancelled event' "
          "(METHOD:CANCEL) -> one cancelled interview.")


def c07():
    cid = "b58-07-phone-screen-then-store-interview"
    ellie = "ellie.marsh@northernlarder.example"
    sanjay = "sanjay.mistry@northernlarder.example"
    sig = """Ellie Marsh
Area Recruitment Partner - North West
Northern Larder Delis Ltd
Unit 4, Bridgewater Wharf, Castlefield, Manchester M3 4LZ
Mob: 07700 900731"""
    d1 = T(2026, 4, 29, 10, 14)
    t1 = f"""Hi Chloe,

Thanks for applying for the part-time Deli Assistant role (12-16 hrs) at Northern Larder. I'd love to have a quick 15-minute phone call to tell you a bit more about the job and hear about your availability around uni.

Would Tuesday 5th May at 4pm or Wednesday 6th at 11am work for you? If so, just send me the best number to reach you on.

Best,
{sig}"""
    m1 = msgid("c07a", "northernlarder.example")
    add(cid, "01-northern-larder-quick-call.eml", mail(
        frm=f"Ellie Marsh <{ellie}>", to=OWNER, subject="Deli Assistant - quick call?", date=d1, text=t1,
        html=text_to_html(t1), mid=m1, host="mail.northernlarder.example", ip="198.51.100.61"))
    d2 = T(2026, 4, 29, 13, 40)
    t2 = ("Hi Ellie,\n\nTuesday at 4 works great for me. My number is 07700 900123.\n\nThanks,\nChloe"
          f"\n\nOn Wed, 29 Apr 2026 at 10:14, Ellie Marsh <{ellie}> wrote:\n" + quote(t1))
    m2 = msgid("c07b", "example.com")
    add(cid, "02-re-quick-call.eml", mail(
        frm=OWNER_FROM, to=f"Ellie Marsh <{ellie}>", subject="Re: Deli Assistant - quick call?", date=d2, text=t2,
        mid=m2, in_reply_to=m1, host="smtp.example.com", ip="203.0.113.5"))
    d3 = T(2026, 4, 29, 14, 2)
    t3 = f"Perfect - I'll give you a ring on Tuesday 5th at 4pm. Speak then!\n\n{sig}"
    m3 = msgid("c07c", "northernlarder.example")
    add(cid, "03-re-quick-call-confirmed.eml", mail(
        frm=f"Ellie Marsh <{ellie}>", to=OWNER_FROM, subject="Re: Deli Assistant - quick call?", date=d3, text=t3,
        mid=m3, in_reply_to=m2, references=f"{m1} {m2}", host="mail.northernlarder.example", ip="198.51.100.61"))
    d4 = T(2026, 5, 6, 9, 25)
    t4 = f"""Hi Chloe,

Lovely speaking to you yesterday! I've passed your details to Sanjay Mistry, the manager at our Deansgate deli, and he'd like to meet you in person on Monday 11th May at half ten. Allow about 45 minutes - he'll chat through the role and show you round the counter.

The address is 87 Deansgate, M3 2BW. Sanjay's email is {sanjay} if you need anything on the day.

Good luck!
{sig}"""
    add(cid, "04-next-step-meet-sanjay.eml", mail(
        frm=f"Ellie Marsh <{ellie}>", to=OWNER, cc=f"Sanjay Mistry <{sanjay}>",
        subject="Next step - Deli Assistant, Deansgate", date=d4, text=t4, html=text_to_html(t4),
        in_reply_to=m3, references=f"{m1} {m2} {m3}", host="mail.northernlarder.example", ip="198.51.100.61"))
    label(cid, [
        iv("Northern Larder", "Deli Assistant", T(2026, 5, 5, 16, 0), T(2026, 5, 5, 16, 15), "scheduled",
           [ellie], [ellie], "phone_screen"),
        iv("Northern Larder", "Deli Assistant", T(2026, 5, 11, 10, 30), T(2026, 5, 11, 11, 15), "scheduled",
           [sanjay], [sanjay], "hiring_manager")],
        "hard", "positive/two-interviews",
        "Thread: 15-min recruiter phone screen Tue 5 May 16:00 BST (offered slots, Chloe picks 'Tuesday at 4'), "
        "then an in-store interview Mon 11 May 'half ten' (10:30) for ~45 min with Sanjay -> two interviews.")


EX_TEAMS = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>
Meeting ID: {num}
Passcode: {pc}
Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
________________________________________________________________________________"""


def exchange_invite(*, org_name, org, to_list, subject, start, end, dtstamp, body, uid, location,
                    when_label, seed, mail_host, ip):
    teams = EX_TEAMS.format(mid=h(seed, 28), num=f"3{int(h(seed, 6), 16) % 10**11:011d}"[:12], pc=h(seed, 6))
    text = f"When: {when_label}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}\n\n{teams}"
    att = [(n, a, "REQ-PARTICIPANT", "NEEDS-ACTION") for n, a in to_list]
    ev = vevent(uid, start, end, subject, dtstamp, organizer=(org_name, org), attendees=att,
                description=f"{body}\n\n{teams}", location=location, tzid="GMT Standard Time",
                extra=["CLASS:PUBLIC", "PRIORITY:5", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
                       "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                       "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                       "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
                       "X-MICROSOFT-DISALLOW-COUNTER:FALSE", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{location}"])
    ics = vcal("REQUEST", "Microsoft Exchange Server 2010", [ev], vtz=GMT_STD_VTZ)
    dom = org.split("@")[1]
    return mail(frm=f"{org_name} <{org}>", to=", ".join(f"{n} <{a}>" for n, a in to_list), subject=subject,
                date=dtstamp, text=text, html=text_to_html(text, "Aptos,Calibri,sans-serif"), cal=("REQUEST", ics),
                mid=f"<{h(seed, 20).upper()}@{mail_host}>", host=mail_host, ip=ip,
                extra=(("Thread-Topic", subject), ("Thread-Index", "AQHc" + h(seed, 20)),
                       ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
                       ("Content-class", "urn:content-classes:calendarmessage"),
                       ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-SCL", "1"),
                       ("X-OriginatorOrg", dom)))


def c08():
    cid = "b58-08-exchange-teams-gmt-standard-time-in-june"
    lauren = "lauren.pickering@arkwrighthg.example"
    ben = "ben.oduya@arkwrighthg.example"
    start, end = T(2026, 6, 9, 17, 30), T(2026, 6, 9, 18, 0)
    d1 = T(2026, 6, 3, 11, 8)
    body = """Hi Chloe,

Thanks for your application for Customer Advisor - Weekend (16 hrs) at our Stockport store. Ben Oduya, Store Manager, would like to have a 30 minute video interview with you over Teams. I've just set this up on Ben's behalf and won't be joining the call myself.

If the time doesn't work please let me know and I'll find another slot.

Kind regards,
Lauren Pickering
Resourcing Advisor | Arkwright Home & Garden
Support Centre, Kingsway Business Park, Rochdale OL16 4NW
T: 01706 496 0152"""
    add(cid, "01-teams-interview-arkwright.eml", exchange_invite(
        org_name="Lauren Pickering", org=lauren,
        to_list=[("Chloe Brannigan", OWNER), ("Ben Oduya", ben)],
        subject="Arkwright Home & Garden - Video Interview - Customer Advisor (Weekend) - Chloe Brannigan",
        start=start, end=end, dtstamp=d1, body=body,
        uid="040000008200E00074C5B7101A82E0080000000060A5F1C2E2F4DC01000000000000000010000000" + h("c08", 32).upper(),
        location="Microsoft Teams Meeting",
        when_label="09 June 2026 17:30-18:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.",
        seed="c08", mail_host="LO2P265MB5120.GBRP265.PROD.OUTLOOK.example", ip="198.51.100.201"))
    label(cid, [iv("Arkwright Home & Garden", "Customer Advisor - Weekend (16 hrs)", start, end, "scheduled",
                   [ben], [ben], "hiring_manager")],
          "hard", "positive/exchange-teams",
          "Outlook/Teams invite with TZID 'GMT Standard Time' and a '(UTC+00:00)' display label, but the date is in "
          "June -> 17:30 BST (+01:00) = 16:30Z. Lauren only coordinates; Ben interviews.")


def c09():
    cid = "b58-09-bookshop-noon-email-and-gcal-event"
    harriet = "harriet@cornerstonebooks.example"
    femi = "femi@cornerstonebooks.example"
    start, end = T(2026, 5, 20, 12, 0), T(2026, 5, 20, 12, 45)
    d1 = T(2026, 5, 14, 16, 33)
    t1 = f"""Dear Chloe,

Thank you for your lovely letter and CV - it's not often we get applicants who have actually read the shortlist for this year's Booker!

Would you be able to come in at noon on Wednesday for a chat about the Saturday bookseller job? Femi, our children's buyer, will sit in as well. It usually takes about three quarters of an hour. I've popped it in the calendar and you should get an invite.

With best wishes,

Harriet Lowe
Manager, Cornerstone Books
9 King Street, Manchester M2 6AQ
0161 496 0918 | {harriet}"""
    add(cid, "01-cornerstone-books-noon-wednesday.eml", mail(
        frm=f"Harriet Lowe <{harriet}>", to=OWNER_FROM, subject="Saturday bookseller", date=d1, text=t1,
        cte="8bit", host="smtp.cornerstonebooks.example", ip="203.0.113.88",
        extra=(("X-Mailer", "Mozilla Thunderbird 128.9"),)))
    ev = {
        "kind": "calendar#event",
        "etag": "\"3491066205114000\"",
        "id": "0ck9m4j2ufq1v8bd3s7r5e6n1a",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=MGNrOW00ajJ1ZnExdjhiZDNzN3I1ZTZuMWEgY2hsb2U",
        "created": d1.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (d1 + timedelta(minutes=4)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.402Z"),
        "summary": "Chat with Chloe Brannigan - Saturday bookseller",
        "description": "Harriet + Femi. Shop floor first, then upstairs office.",
        "location": "Cornerstone Books, 9 King Street, Manchester M2 6AQ",
        "creator": {"email": harriet, "displayName": "Harriet Lowe"},
        "organizer": {"email": harriet, "displayName": "Harriet Lowe"},
        "start": {"dateTime": start.isoformat(), "timeZone": "Europe/London"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Europe/London"},
        "iCalUID": "0ck9m4j2ufq1v8bd3s7r5e6n1a@google.com",
        "sequence": 0,
        "attendees": [
            {"email": harriet, "displayName": "Harriet Lowe", "organizer": True, "responseStatus": "accepted"},
            {"email": femi, "displayName": "Femi Adeyemi", "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "needsAction"},
        ],
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    add(cid, "02-calendar-event.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")
    label(cid, [iv("Cornerstone Books", "Saturday Bookseller", start, end, "scheduled", [harriet, femi],
                   [harriet, femi], "onsite")],
          "medium", "positive/dedupe-gcal-json",
          "'noon on Wednesday' sent Thu 14 May -> Wed 20 May 12:00 BST, 'three quarters of an hour'; the Calendar API "
          "event is the same interview. Two interviewers (panel) -> onsite.")


def c10():
    cid = "b58-10-forwarded-from-uni-account-half-ten-sat"
    kieran = "kieran.doyle@oakhousecoffee.example"
    d0 = T(2026, 6, 16, 15, 47)
    orig = f"""Hi Chloe,

Thanks for applying for the Team Member role at our Northern Quarter shop. We'd love to have you in for an interview - would half ten on Sat suit you? It'll be about half an hour, nothing scary, just a chat over a coffee about your availability and why Oakhouse.

Cheers,
Kieran

Kieran Doyle | Shop Manager
Oakhouse Coffee Co. - Northern Quarter
22 Tariff Street, Manchester M1 2FF
07700 900562"""
    fwd_date = T(2026, 6, 17, 8, 12)
    fwd = f"""note to self - half ten SATURDAY!! use this email for everything from now on

---------- Forwarded message ---------
From: Kieran Doyle <{kieran}>
Date: Tue, 16 Jun 2026 at 15:47
Subject: Interview - Oakhouse Coffee Co.
To: <{UNI_ADDR}>


{orig}"""
    add(cid, "01-fwd-interview-oakhouse.eml", mail(
        frm=f"Chloe Brannigan <{UNI_ADDR}>", to=OWNER, subject="Fwd: Interview - Oakhouse Coffee Co.",
        date=fwd_date, text=fwd, html=text_to_html(fwd), host="mail-db8eur.irwell-uni.example", ip="192.0.2.44",
        extra=(("X-Mailer", "Microsoft Outlook 16.0"),)))
    d2 = T(2026, 6, 18, 19, 5)
    t2 = """Hi Chloe,

No worries, got your new email. See you Saturday at 10:30 - ask for me at the counter. If you're running late just text me on 07700 900562.

Kieran"""
    add(cid, "02-re-see-you-saturday.eml", mail(
        frm=f"Kieran Doyle <{kieran}>", to=OWNER, subject="Re: Interview - Oakhouse Coffee Co.", date=d2, text=t2,
        host="mail.oakhousecoffee.example", ip="198.51.100.112", cte="base64"))
    label(cid, [iv("Oakhouse Coffee Co.", "Team Member", T(2026, 6, 20, 10, 30), T(2026, 6, 20, 11, 0), "scheduled",
                   [kieran], [kieran], "hiring_manager")],
          "hard", "positive/forwarded",
          "Invite originally sent Tue 16 Jun to her university address and forwarded; 'half ten on Sat' resolves "
          "against the original date -> Sat 20 Jun 10:30 BST, 'about half an hour'. Confirmed by a base64 reply.")


def c11():
    cid = "b58-11-german-recruiter-14-uhr-mesz-base64"
    katrin = "katrin.vogel@kaufgut.example"
    start = T(2026, 4, 14, 14, 0, "Europe/Berlin")
    end = T(2026, 4, 14, 14, 30, "Europe/Berlin")
    d1 = T(2026, 4, 7, 9, 58, "Europe/Berlin")
    t1 = """Dear Chloe,

thank you very much for your application as Store Assistant (student contract, 10 hours/week) for our new Kaufgut store in Manchester, Hulme.

I would like to invite you to a short telephone interview:

Dienstag, 14. April 2026, 14:00 Uhr (MESZ) - that is 13:00 UK time
Duration: approx. 30 minutes
I will call you on the mobile number from your application.

Please confirm by short reply if this suits you.

Mit freundlichen Grüßen / Kind regards

Katrin Vogel
Recruiting Centre UK & Ireland
Kaufgut Einzelhandel GmbH
Königsallee 12, 40212 Düsseldorf, Deutschland
Tel. +49 211 555 0192
katrin.vogel@kaufgut.example
Sitz der Gesellschaft: Düsseldorf, Amtsgericht Düsseldorf HRB 00000"""
    m1 = msgid("c11a", "kaufgut.example")
    add(cid, "01-kaufgut-telefoninterview.eml", mail(
        frm=f"Vogel, Katrin <{katrin}>", to=f"Chloe Brannigan <{OWNER}>",
        subject="Ihre Bewerbung / your application - Store Assistant Manchester Hulme", date=d1, text=t1,
        cte="base64", mid=m1, host="mx-out2.kaufgut.example", ip="192.0.2.151",
        extra=(("X-Mailer", "Mozilla Thunderbird 115.18"), ("Content-Language", "en-GB"))))
    d2 = T(2026, 4, 7, 11, 20)
    t2 = ("Dear Katrin,\n\nThank you - Tuesday 14 April at 1pm UK time is perfect. My number is 07700 900123.\n\n"
          "Kind regards,\nChloe Brannigan" + f"\n\nOn 07/04/2026 08:58, Vogel, Katrin wrote:\n" + quote(t1))
    add(cid, "02-re-telefoninterview.eml", mail(
        frm=OWNER_FROM, to=f"Vogel, Katrin <{katrin}>",
        subject="Re: Ihre Bewerbung / your application - Store Assistant Manchester Hulme", date=d2, text=t2,
        in_reply_to=m1, host="smtp.example.com", ip="203.0.113.5"))
    label(cid, [iv("Kaufgut", "Store Assistant (student contract)", start, end, "scheduled", [katrin], [katrin],
                   "phone_screen")],
          "hard", "positive/foreign-timezone",
          "German recruiter, base64 body: '14:00 Uhr (MESZ)' = 13:00 BST (both +02:00/+01:00 forms are the same "
          "instant). 30 minutes. Chloe's reply quotes the mail's UK send time 08:58 - not an interview time.")


def c12():
    cid = "b58-12-us-recruiter-pst-during-dst-gap-meetslate"
    jenna = "jenna@driftwoodroasters.example"
    sea = "America/Los_Angeles"
    start, end = T(2026, 3, 12, 9, 30, sea), T(2026, 3, 12, 10, 0, sea)
    d1 = T(2026, 3, 6, 14, 2, sea)
    t1 = """Hi Chloe!

Thanks so much for applying for our part-time Customer Experience Associate role (UK evenings, fully remote). Your cafe experience is exactly what we look for!

Next step is a 30 min intro video chat with me. Grab any slot that works on my calendar here - it'll show in your local time:
https://meetslate.example/jenna-driftwood/uk-cx-intro

Talk soon,
Jenna

--
Jenna Kowalski (she/her)
Talent Partner | Driftwood Coffee Roasters
1420 Western Ave, Seattle, WA 98101
(206) 555-0147"""
    m1 = msgid("c12a", "driftwoodroasters.example")
    add(cid, "01-driftwood-grab-a-slot.eml", mail(
        frm=f"Jenna Kowalski <{jenna}>", to=OWNER, subject="Driftwood Coffee Roasters - next steps!", date=d1,
        text=t1, html=text_to_html(t1), mid=m1, host="mail-sor-f44.google.com", ip="209.85.220.44"))
    d2 = T(2026, 3, 7, 10, 14)
    lon_s, lon_e = start.astimezone(LON), end.astimezone(LON)
    t2 = f"""Booking confirmed

UK CX Intro Chat between Jenna Kowalski and Chloe Brannigan

When
{lon_s.strftime('%A, %B %-d, %Y')} {lon_s.strftime('%-I:%M%p').lower()} - {lon_e.strftime('%-I:%M%p').lower()} (Europe/London)

Where
Google Meet (link added to the calendar invite)

Need to make a change? Reschedule or cancel:
https://meetslate.example/booking/b_8TQ2mW4r

Powered by MeetSlate"""
    ics = vcal("REQUEST", "-//MeetSlate//Bookings 2.3//EN", [vevent(
        "b_8TQ2mW4r@meetslate.example", start, end, "UK CX Intro Chat between Jenna Kowalski and Chloe Brannigan",
        d2, organizer=("Jenna Kowalski", jenna),
        attendees=[("Jenna Kowalski", jenna, "REQ-PARTICIPANT", "ACCEPTED"),
                   ("Chloe Brannigan", OWNER, "REQ-PARTICIPANT", "ACCEPTED")],
        description="Intro chat for Customer Experience Associate (UK evenings). Google Meet: "
                    "https://meet.google.com/dwr-kqpx-ttn", location="https://meet.google.com/dwr-kqpx-ttn")])
    add(cid, "02-meetslate-booking-confirmed.eml", mail(
        frm="MeetSlate <notifications@meetslate.example>", to=OWNER, reply_to=f"Jenna Kowalski <{jenna}>",
        subject=f"Confirmed: UK CX Intro Chat with Jenna Kowalski on {lon_s.strftime('%a, %b %-d')}", date=d2,
        text=t2, html=text_to_html(t2, "Inter,Helvetica,sans-serif"), host="mta-7.meetslate.example",
        ip="198.51.100.9", attach=[("invite.ics", "text", "calendar", ics.encode(), {"method": "REQUEST"})]))
    d3 = T(2026, 3, 9, 8, 41, sea)
    t3 = f"""Hey Chloe,

Saw your booking come through - talk Thu 3/12 @ 9:30a PST (4:30p your time). Heads up, we just sprang forward here so the gap is only 7 hrs this week, not 8!

Jenna

On Fri, Mar 6, 2026 at 2:02 PM Jenna Kowalski <{jenna}> wrote:
""" + quote(t1)
    add(cid, "03-re-next-steps-see-you-thursday.eml", mail(
        frm=f"Jenna Kowalski <{jenna}>", to=OWNER, subject="Re: Driftwood Coffee Roasters - next steps!", date=d3,
        text=t3, html=text_to_html(t3), in_reply_to=m1, host="mail-sor-f44.google.com", ip="209.85.220.44"))
    label(cid, [iv("Driftwood Coffee Roasters", "Customer Experience Associate", start, end, "scheduled", [jenna],
                   [jenna], "phone_screen")],
          "hard", "positive/scheduling-vendor-dst-gap",
          "Scheduling link (not an interview on its own) + MeetSlate booking (UTC .ics, 16:30-17:00 GMT) + recruiter "
          "'Thu 3/12 @ 9:30a PST (4:30p your time)': US already on PDT (-07:00), UK still GMT -> 16:30Z. One interview.")


def c13():
    cid = "b58-13-french-area-manager-14h-apple-invite"
    elo = "elodie.fauchard@maisoncarrel.example"
    start, end = T(2026, 5, 22, 14, 0), T(2026, 5, 22, 14, 30)
    d1 = T(2026, 5, 18, 9, 47)
    t1 = """Bonjour Chloe,

Thank you for your candidature for the post of Sales Assistant (weekends) in our boulangerie at Piccadilly. I would like to meet you on Friday 22 May at 14h in the shop, for 30 minutes more or less. We will speak about the job, the hours and you can taste our croissants :)

I send you an invitation for your agenda.

Bien cordialement,

Élodie Fauchard
Responsable de secteur / Area Manager North
Maison Carrel UK Ltd
Unit 3, Piccadilly Station Approach, Manchester M1 2QF
+44 7700 900284"""
    m1 = msgid("c13a", "maisoncarrel.example")
    add(cid, "01-maison-carrel-rendez-vous.eml", mail(
        frm=f"Élodie Fauchard <{elo}>", to=OWNER, subject="Maison Carrel Piccadilly – rendez-vous Friday",
        date=d1, text=t1, html=text_to_html(t1), mid=m1, host="mail.maisoncarrel.example", ip="192.0.2.207",
        extra=(("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),)))
    d2 = T(2026, 5, 18, 9, 52)
    ics = vcal("REQUEST", "-//Apple Inc.//macOS 15.4//EN", [vevent(
        "8E1C6A77-2F9B-4D0E-9C51-" + h("c13", 12).upper(), start, end, "Entretien Chloe Brannigan – Maison Carrel",
        d2, organizer=("Élodie Fauchard", elo),
        attendees=[("Élodie Fauchard", elo, "CHAIR", "ACCEPTED"),
                   ("Chloe Brannigan", OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
        description="Interview Sales Assistant (weekends)", location="Maison Carrel, Piccadilly Station Approach",
        tzid="Europe/London", extra=["X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC"])], vtz=LONDON_VTZ)
    t2 = "Élodie Fauchard has invited you to “Entretien Chloe Brannigan – Maison Carrel”.\n"
    add(cid, "02-invitation-entretien.eml", mail(
        frm=f"Élodie Fauchard <{elo}>", to=OWNER, subject="Invitation: Entretien Chloe Brannigan – Maison Carrel",
        date=d2, text=t2, in_reply_to=m1, host="mail.maisoncarrel.example", ip="192.0.2.207",
        extra=(("X-Mailer", "Apple Mail (2.3826.500.181.1.5)"),),
        attach=[("iCal-20260518-095200.ics", "text", "calendar", ics.encode(), {"method": "REQUEST"})]))
    label(cid, [iv("Maison Carrel", "Sales Assistant (weekends)", start, end, "scheduled", [elo], [elo],
                   "hiring_manager")],
          "medium", "positive/dedupe-apple-invite",
          "French area manager: 'Friday 22 May at 14h ... 30 minutes more or less' + Apple Calendar invite "
          "(TZID Europe/London, UTF-8 names) -> one interview 14:00-14:30 BST.")


# ======================================================================= NEGATIVES

def n14():
    cid = "b58-14-personal-tutor-meeting-teams"
    owain = "owain.rees@irwell-uni.example"
    start, end = T(2026, 3, 10, 11, 0), T(2026, 3, 10, 11, 30)
    d1 = T(2026, 3, 3, 14, 15)
    body = """Hi Chloe,

As discussed in the seminar, let's schedule a personal tutor catch-up to go through your placement-year applications and your CV. Bring along any interview invitations you've had and we can talk through how to prepare - I'm happy to run a couple of practice questions with you. This isn't assessed.

If the time doesn't suit, just move it in Outlook.

Best,
Dr Owain Rees
Lecturer in Marketing | Personal Tutor, BA Business Management Year 2
School of Business, University of Irwell
Aldersgate Building, Room 2.14"""
    data = exchange_invite(
        org_name="Owain Rees", org=owain, to_list=[("Chloe Brannigan", UNI_ADDR)],
        subject="Personal Tutor Meeting - Chloe Brannigan (Year 2)", start=start, end=end, dtstamp=d1, body=body,
        uid="040000008200E00074C5B7101A82E00800000000B0C3D5E0F0A8DC010000000000000000100000" + h("n14", 32).upper(),
        location="Aldersgate Building 2.14 / Microsoft Teams Meeting",
        when_label="10 March 2026 11:00-11:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.",
        seed="n14", mail_host="AM9PR07MB7112.eurprd07.prod.outlook.example", ip="198.51.100.202")
    # delivered to the uni address and auto-forwarded to the owner's mailbox
    data = data.replace(b"Delivered-To: " + OWNER.encode(), b"Delivered-To: " + OWNER.encode() +
                        b"\nX-Forwarded-For: " + UNI_ADDR.encode() + b" " + OWNER.encode(), 1)
    add(cid, "01-personal-tutor-meeting.eml", data)
    label(cid, [], "medium", "negative/university-tutorial",
          "Personal tutor meeting (Teams invite) that mentions interview prep and practice questions - not a job "
          "interview.")


def n15():
    cid = "b58-15-gp-telephone-appointment"
    d1 = T(2026, 4, 20, 16, 2)
    text = """Hulme Vale Medical Practice

Dear Chloe,

Your telephone appointment is confirmed.

Clinician: Dr R. Shah (GP)
Date: Thursday 23 April 2026
Time: 10:40

The clinician will call you on 07700 900123. Calls can be up to 30 minutes either side of the appointment time, so please keep your phone nearby and make sure you're somewhere you can talk privately.

To cancel or change this appointment, call reception on 0161 496 0750 or use the PatientLink app. Please give at least 24 hours' notice so another patient can be seen.

Hulme Vale Medical Practice, 3 Rosewell Street, Manchester M15 5QT

This is an automated message from PatientLink. Replies to this address are not monitored."""
    add(cid, "01-patientlink-telephone-appointment.eml", mail(
        frm="PatientLink <noreply@patientlink.example>", to=OWNER,
        subject="Appointment confirmed: telephone call with Dr R. Shah, Thu 23 Apr 10:40", date=d1, text=text,
        html=text_to_html(text), host="mailer.patientlink.example", ip="192.0.2.99"))
    label(cid, [], "easy", "negative/medical", "GP telephone appointment ('will call you', time given) - not a job.")


def n16():
    cid = "b58-16-student-funding-verification-callback"
    d1 = T(2026, 1, 29, 11, 40)
    inner = """<p style="font-size:18px"><b>Student Funding Service</b></p>
<p>Dear Chloe Brannigan</p>
<p>Customer Reference Number: <b>1193 4482 7710</b></p>
<p>Thank you for contacting us about your 2026/27 application for student finance. We need to complete a short <b>verification interview</b> with you about the household income information on your application before we can work out your Maintenance Loan.</p>
<p>We've booked a call back for you:</p>
<p><b>Wednesday 4 February 2026 at 3:00pm</b></p>
<p>One of our advisers will call you from a withheld number. The call usually takes 15 to 20 minutes. To pass security you'll need your Customer Reference Number and the secret answer you set up.</p>
<p>If you miss the call you can rebook through your online account. Please don't reply to this email.</p>
<p>Student Funding Service<br>PO Box 000, Darlington DL1 9ZZ</p>"""
    add(cid, "01-call-back-booked.eml", mail(
        frm="Student Funding Service <no-reply@studentfunding.example>", to=OWNER,
        subject="Your call back has been booked", date=d1,
        html=f"<html><body style=\"font-family:Arial,sans-serif\">{inner}</body></html>\n", html_cte="base64",
        host="notify.studentfunding.example", ip="192.0.2.31"))
    label(cid, [], "medium", "negative/non-job-interview",
          "Student finance 'verification interview' call back - non-job interview.")


def n17():
    cid = "b58-17-bank-fraud-team-interview"
    d1 = T(2026, 2, 24, 18, 5)
    text = """Dear Miss Brannigan,

Case reference: FRD-260224-88141

Thank you for reporting the disputed payment of £214.99 to "TECHZONE-ONLINE LTD" on your Everyday Current Account ending 4471.

A member of our Fraud Investigations team would like to interview you by phone to take a statement about the transaction. We have scheduled the call for:

Friday 27 February 2026 at 9:15am

The call will last about 20 minutes. Your investigator will be Mark Hollins. Please have your card and any receipts or emails about the purchase to hand.

Remember: we will never ask for your full PIN, your online banking password or for you to move money to a "safe account". If you're not sure a call is from us, hang up and call the number on the back of your card.

Yours sincerely,

Fraud Investigations Team
Castlefield Bank plc, 1 Quay Street, Manchester M3 3JE
Castlefield Bank plc is authorised by the Prudential Regulation Authority (example)."""
    add(cid, "01-castlefield-bank-fraud-interview.eml", mail(
        frm="Castlefield Bank <fraud.notifications@castlefieldbank.example>", to=OWNER,
        subject="Your fraud case FRD-260224-88141 - telephone interview scheduled", date=d1, text=text,
        html=text_to_html(text, "Verdana,sans-serif"), host="out.castlefieldbank.example", ip="192.0.2.58"))
    label(cid, [], "medium", "negative/non-job-interview",
          "Bank fraud team 'telephone interview' about a disputed payment - not a job interview.")


def n18():
    cid = "b58-18-current-job-rota-and-shift-ics"
    d1 = T(2026, 4, 10, 17, 30)
    s1, e1 = T(2026, 4, 18, 9, 0), T(2026, 4, 18, 17, 30)
    s2, e2 = T(2026, 4, 19, 10, 0), T(2026, 4, 19, 16, 0)
    text = """Lark Lane Sports - Manchester Fort
Your shifts for w/c Mon 13 April 2026 have been published.

Sat 18 Apr   09:00 - 17:30   Tills / Footwear   (30 min break)
Sun 19 Apr   10:00 - 16:00   Footwear

Total: 13.5 hrs

Note from Gary (Store Manager):
Heads up - we're interviewing candidates for the Saturday supervisor role on Sat morning 10-12 in the back office, so I'll need you to cover tills and keep an eye on the fitting rooms. Any problems swapping, put a request in the app.

Tap "Accept shifts" in Rotabee to confirm. Shifts not accepted by Wednesday will be flagged to your manager.

Rotabee - rotas made simple. You're receiving this because you're on the Lark Lane Sports team."""
    ics = vcal("PUBLISH", "-//Rotabee//Shifts//EN", [
        vevent("rb-shift-7710231@rotabee.example", s1, e1, "Shift: Lark Lane Sports (Tills / Footwear)", d1,
               location="Lark Lane Sports, Manchester Fort", tzid="Europe/London"),
        vevent("rb-shift-7710232@rotabee.example", s2, e2, "Shift: Lark Lane Sports (Footwear)", d1,
               location="Lark Lane Sports, Manchester Fort", tzid="Europe/London")], vtz=LONDON_VTZ)
    add(cid, "01-rotabee-shifts-published.eml", mail(
        frm="Rotabee <shifts@rotabee.example>", to=OWNER, subject="Your shifts for w/c 13 Apr are ready", date=d1,
        text=text, html=text_to_html(text), host="mail.rotabee.example", ip="198.51.100.140",
        attach=[("shifts.ics", "text", "calendar", ics.encode(), {"method": "PUBLISH"})]))
    d2 = T(2026, 4, 11, 10, 2)
    t2 = """Chloe,

Thanks for accepting. Just to say the supervisor interviews have moved to 11 on Saturday, so can you be on tills from 10:45 rather than footwear? Also please don't mention the role to the candidates, Sophie hasn't told everyone she's leaving yet.

Gary
Store Manager, Lark Lane Sports Manchester Fort
0161 496 0660"""
    add(cid, "02-re-saturday-cover.eml", mail(
        frm="Gary Finnegan <gary.finnegan@larklanesports.example>", to=OWNER, subject="Saturday cover",
        date=d2, text=t2, host="mail.larklanesports.example", ip="198.51.100.141"))
    label(cid, [], "hard", "negative/rota",
          "Rota/shift confirmation (.ics shifts) for her existing job; the manager is interviewing OTHER candidates.")


def n19():
    cid = "b58-19-rejection-after-interview"
    hannah = "hannah.briggs@ashworthdunn.example"
    d1 = T(2026, 3, 31, 15, 20)
    text = f"""Dear Chloe,

Thank you for attending your interview with Ruth and me on Thursday 26 March at 2pm for the Weekend Beauty Hall Assistant role, and for your patience while we made a decision.

We had a very high number of strong candidates and I'm sorry to say that on this occasion we have decided not to take your application further. Ruth particularly enjoyed your answer about the customer complaint, and we'd be happy to invite you to interview again for future roles - we usually recruit for Christmas from September.

If you'd like feedback, I'm happy to arrange a short call; just reply with a couple of times that suit.

Kind regards,

Hannah Briggs
People Advisor
Ashworth & Dunn, 60 Market Street, Manchester M1 1PW
0161 496 0477"""
    add(cid, "01-ashworth-dunn-outcome.eml", mail(
        frm=f"Hannah Briggs <{hannah}>", to=OWNER, subject="Your application - Weekend Beauty Hall Assistant",
        date=d1, text=text, html=text_to_html(text), host="mail.ashworthdunn.example", ip="203.0.113.61"))
    label(cid, [], "medium", "negative/rejection",
          "Rejection that mentions a past interview time and offers a feedback call (unbooked) - no interview.")


def n20():
    cid = "b58-20-jobbee-weekly-digest"
    d1 = T(2026, 4, 26, 8, 0)
    cards = [
        ("Kitchen Porter", "The Crown & Kettle (Loungers-style bar)", "Ancoats &middot; &pound;12.21/hr", "Interviewing now"),
        ("Retail Assistant", "BrightBox Discount", "Trafford Centre &middot; &pound;12.60/hr",
         "Open interview day: Sat 2 May, 10am&ndash;2pm &mdash; just turn up with your CV"),
        ("Barista (weekends)", "Tandem Coffee House", "Chorlton &middot; &pound;12.40/hr + tips", "Quick interview via app"),
        ("Night Replenishment Colleague", "Greenacre Foods", "Hulme &middot; &pound;13.10/hr", "Be one of the first candidates"),
        ("Front of House", "Pizzeria Vesuvio Group", "Spinningfields &middot; &pound;12.21/hr", "Interviews this week"),
    ]
    rows = "\n".join(
        f'<tr><td style="padding:12px;border-bottom:1px solid #eee"><b>{t}</b><br>{c}<br><span style="color:#666">{p}</span>'
        f'<br><span style="background:#fff2b3;border-radius:8px;padding:2px 6px;font-size:12px">{b}</span><br>'
        f'<a href="https://jobbee.example/j/{h(t, 8)}">Apply in 2 mins</a></td></tr>' for t, c, p, b in cards)
    inner = f"""<h1 style="font-size:20px">12 new jobs near M15 this week</h1>
<p>Hi Chloe, here are this week's top picks based on your availability (evenings &amp; weekends).</p>
<table width="100%" cellpadding="0" cellspacing="0">{rows}</table>
<p><a href="https://jobbee.example/jobs?near=M15">See all 12 jobs</a></p>
<p style="font-size:13px">&#x1F4A1; <b>Interview tip of the week:</b> schedule a practice call with a friend and ask them to play the manager.</p>"""
    add(cid, "01-jobbee-weekly-digest.eml", mail(
        frm="JobBee <jobs@notify.jobbee.example>", to=OWNER, subject="12 new jobs near you - 'Interviewing now' roles inside",
        date=d1, html=jobbee_html("Weekly jobs", inner), html_cte="base64", host="o12.sendgrid-like.jobbee.example",
        ip="198.51.100.77", extra=JOBBEE_EXTRA))
    label(cid, [], "easy", "negative/job-alert",
          "Hiring-app job digest with 'open interview day' and 'interviewing now' badges - not an interview.")


def n21():
    cid = "b58-21-trial-shift-instead-of-interview"
    lee = "lee.kavanagh@greenhalghs.example"
    d1 = T(2026, 3, 13, 22, 48)
    t1 = """Hiya Chloe,

Thanks for popping in with your CV earlier. We're a bit short on weekends so rather than a formal interview can you come and do a paid trial shift this Sunday at 11? It'd be 11 till 3 on the bar and floor. Wear black, we'll give you an apron.

Cheers
Lee

Lee Kavanagh | General Manager
Greenhalgh's Cafe Bar, Burton Road, West Didsbury
Sent from Yahoo Mail on Android"""
    m1 = msgid("n21a", "greenhalghs.example")
    add(cid, "01-greenhalghs-trial-shift.eml", mail(
        frm=f"Lee Kavanagh <{lee}>", to=OWNER, subject="weekend job", date=d1, text=t1, mid=m1,
        host="mail.greenhalghs.example", ip="203.0.113.201"))
    d2 = T(2026, 3, 14, 9, 15)
    t2 = ("Hi Lee, that's great thank you - see you Sunday at 11!\n\n" + CHLOE_SIG +
          f"\n\n> On 13 Mar 2026, at 22:48, Lee Kavanagh <{lee}> wrote:\n>\n" + quote(t1))
    add(cid, "02-re-weekend-job.eml", mail(
        frm=OWNER_FROM, to=f"Lee Kavanagh <{lee}>", subject="Re: weekend job", date=d2, text=t2, in_reply_to=m1,
        host="smtp.example.com", ip="203.0.113.5"))
    label(cid, [], "hard", "negative/trial-shift",
          "Paid trial shift 'rather than a formal interview' (Sun 15 Mar 11-3). A trial shift is working a shift, "
          "not a live hiring conversation -> treated like a work assessment, not an interview.")


def n22():
    cid = "b58-22-jobbee-pick-a-slot-never-booked"
    d1 = T(2026, 5, 19, 12, 30)
    slots = ["Thu 21 May &middot; 15:00", "Thu 21 May &middot; 15:30", "Fri 22 May &middot; 10:00",
             "Fri 22 May &middot; 10:30"]
    btns = "\n".join(f'<p><a href="https://jobbee.example/a/RM44P/slot/{i}" style="display:inline-block;border:1px '
                     f'solid #222;border-radius:20px;padding:8px 16px;color:#222;text-decoration:none">{s}</a></p>'
                     for i, s in enumerate(slots))
    inner = f"""<h1 style="font-size:22px;margin:0 0 12px">You've been shortlisted! &#x2B50;</h1>
<p>Hi Chloe, <b>Spindle &amp; Crumb Bakery Caf&eacute;</b> would like to interview you for <b>Weekend Team Member</b> at their Altrincham caf&eacute;.</p>
<p>Choose an interview time that suits you (20 minutes, in person):</p>
{btns}
<p>Slots go quickly &mdash; pick yours before Friday or the employer may offer it to another candidate.</p>"""
    add(cid, "01-jobbee-choose-interview-slot.eml", mail(
        frm=JOBBEE, to=OWNER, subject="Spindle & Crumb wants to interview you - choose a time", date=d1,
        html=jobbee_html("Shortlisted", inner), html_cte="quoted-printable",
        host="o12.sendgrid-like.jobbee.example", ip="198.51.100.77", extra=JOBBEE_EXTRA))
    d2 = T(2026, 5, 20, 18, 0)
    inner2 = """<p>Hi Chloe,</p>
<p>You haven't picked an interview slot with <b>Spindle &amp; Crumb Bakery Caf&eacute;</b> yet. Only 2 slots left!</p>
<p style="margin:24px 0"><a href="https://jobbee.example/a/RM44P/slots" style="background:#222;color:#fff;padding:12px 20px;border-radius:20px;text-decoration:none">Choose a time</a></p>"""
    add(cid, "02-jobbee-reminder-pick-slot.eml", mail(
        frm=JOBBEE, to=OWNER, subject="Reminder: choose your interview time with Spindle & Crumb", date=d2,
        html=jobbee_html("Reminder", inner2), html_cte="quoted-printable",
        host="o12.sendgrid-like.jobbee.example", ip="198.51.100.77", extra=JOBBEE_EXTRA))
    label(cid, [], "medium", "negative/availability-request",
          "Shortlisted, choose-a-slot buttons and a reminder; no slot is ever booked -> unbooked scheduling request.")


# ======================================================================= write

README = """# blind58 - held-out-like interview-detection set (sixteenth job seeker)

22 mailbox scenarios for one invented owner, Chloe Brannigan (`chloe.brannigan@example.com`), a
student in Manchester (Europe/London) looking for part-time retail / cafe / supermarket work, mostly
through an invented high-volume hiring app ("JobBee"). Written blind: the author did not read the
detector, the other test sets, or run the detector on these cases. All names, companies, phone numbers,
ATSs (Tillpoint), scheduling vendors (MeetSlate, Rotabee, PatientLink) and domains are invented
(`.example` domains; owner on example.com).

Regenerate with `python make_cases.py` (deterministic; rewrites the b58-* folders, labels.yaml and this
README). Labels follow /work/shared/eval/README.md.

## Counts
{counts}

## Cases
{table}

## Judgement calls
- Trial shifts (b58-01 item 3, b58-21) are paid working shifts, not live hiring conversations -> not
  interviews (treated like take-home / work assessments).
- Relative dates ("pop in Thursday at half 2", "half ten on Sat") resolve against the Date of the message
  that states them (for the forwarded case: the original message's date).
- "10ish", "about 10" -> 10:00. Ends only where a duration is stated.
"""


def main():
    for f in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              n14, n15, n16, n17, n18, n19, n20, n21, n22]:
        f()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b58-") and os.path.isdir(p):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        os.makedirs(os.path.join(HERE, cid))
        for fname, data in items:
            with open(os.path.join(HERE, cid, fname), "wb") as fh:
                fh.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=110)
    pos = [c for c, l in LABELS.items() if l["interview"]]
    neg = [c for c, l in LABELS.items() if not l["interview"]]
    n_iv = sum(len(l["interviews"]) for l in LABELS.values())
    n_can = sum(1 for l in LABELS.values() for i in l["interviews"] if i["status"] == "cancelled")
    cats = {}
    for l in LABELS.values():
        cats[l["category"]] = cats.get(l["category"], 0) + 1
    counts = (f"- {len(LABELS)} cases: {len(pos)} positive, {len(neg)} negative\n"
              f"- {n_iv} labelled interviews ({n_can} cancelled); one case with two interviews\n"
              f"- items: {sum(len(v) for v in CASES.values())}\n- by category:\n" +
              "\n".join(f"  - {k}: {v}" for k, v in sorted(cats.items())))
    table = "\n".join(f"- `{c}` ({l['category']}, {l['difficulty']}): {l['notes']}" for c, l in LABELS.items())
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README.format(counts=counts, table=table))


if __name__ == "__main__":
    main()
