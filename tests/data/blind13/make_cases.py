#!/usr/bin/env python3
"""Deterministic generator for the blind13 interview-detection set.

Theme: non-tech jobs and wording far from the usual templates (nursing, retail, trades,
hospitality, teaching, logistics, government, staffing agencies, a union hall, a university
search committee, a law firm, a hospital HR system) plus hard look-alike negatives.
All names invented, all domains .example / example.com.  Rewrites every case folder and labels.yaml.
Only stdlib + PyYAML + zoneinfo.
"""
import json
import random
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
UTC = timezone.utc
CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


def tz(name):
    return ZoneInfo(name)


def dt(y, m, d, hh, mm, zone):
    return datetime(y, m, d, hh, mm, tzinfo=tz(zone))


def iso(x):
    return x.isoformat() if x is not None else None


# ---------------------------------------------------------------- iCalendar helpers
def fold(line):
    out, cur = [], line.encode("utf-8")
    first = True
    while True:
        limit = 75 if first else 74
        if len(cur) <= limit:
            out.append(cur)
            break
        cut = limit
        while (cur[cut] & 0xC0) == 0x80:  # do not split a UTF-8 sequence
            cut -= 1
        out.append(cur[:cut])
        cur = cur[cut:]
        first = False
    return b"\r\n ".join(out).decode("utf-8")


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def utcstamp(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(x):
    return x.strftime("%Y%m%dT%H%M%S")


VTZ = {
    # name -> (std offset, dst offset or None, dst rule, std rule)
    "Mountain Standard Time": ("-0700", "-0600", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"),
    "Eastern Standard Time": ("-0500", "-0400", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"),
    "Pacific Standard Time": ("-0800", "-0700", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"),
    "Central Standard Time": ("-0600", "-0500", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"),
    "Europe/London": ("+0000", "+0100", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
    "America/Phoenix": ("-0700", None, None, None),
    "America/New_York": ("-0500", "-0400", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"),
}


def vtimezone(name):
    std, dst, dst_rule, std_rule = VTZ[name]
    lines = ["BEGIN:VTIMEZONE", f"TZID:{name}"]
    if dst is None:
        lines += ["BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{std}",
                  f"TZOFFSETTO:{std}", "END:STANDARD"]
    else:
        lines += ["BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}",
                  f"TZOFFSETTO:{std}", f"RRULE:{std_rule}", "END:STANDARD",
                  "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}",
                  f"TZOFFSETTO:{dst}", f"RRULE:{dst_rule}", "END:DAYLIGHT"]
    lines.append("END:VTIMEZONE")
    return lines


def ics(method, uid, start, end, summary, organizer, attendees, description="",
        location="", seq=0, tzid=None, status="CONFIRMED", prodid="-//Example//EN",
        stamp=None, extra=None):
    """organizer=(name,email); attendees=[(name,email)]; tzid=None -> UTC times."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN",
             f"METHOD:{method}"]
    if tzid:
        lines += vtimezone(tzid)
    lines += ["BEGIN:VEVENT"]
    if tzid:
        lines.append(f"DTSTART;TZID={tzid}:{local(start)}")
        if end is not None:
            lines.append(f"DTEND;TZID={tzid}:{local(end)}")
    else:
        lines.append(f"DTSTART:{utcstamp(start)}")
        if end is not None:
            lines.append(f"DTEND:{utcstamp(end)}")
    lines.append(f"DTSTAMP:{utcstamp(stamp or start - timedelta(days=5))}")
    lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    lines.append(f"UID:{uid}")
    for name, email in attendees:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;"
                     f"RSVP=TRUE;CN={name}:mailto:{email}")
    lines.append(f"SEQUENCE:{seq}")
    lines.append(f"STATUS:{status}")
    lines.append(f"SUMMARY:{esc(summary)}")
    if description:
        lines.append(f"DESCRIPTION:{esc(description)}")
    if location:
        lines.append(f"LOCATION:{esc(location)}")
    lines += extra or []
    lines += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


# ---------------------------------------------------------------- e-mail helper
_counter = [0]


def mid(domain):
    _counter[0] += 1
    return f"<b13.{_counter[0]:04d}.{_counter[0] * 7919 % 100003:05d}@{domain}>"


def mail(frm, to, subject, date, body, *, delivered_to, html=None, html_only=False, cte="quoted-printable",
         reply_to=None, cc=None, in_reply_to=None, references=None, cal=None, cal_method="REQUEST",
         cal_inline=False, attach_name="invite.ics", headers=None, msgid_domain=None, mixed=False):
    m = EmailMessage()
    m["Delivered-To"] = delivered_to
    for k, v in (headers or []):
        m[k] = v
    m["Date"] = format_datetime(date)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    dom = msgid_domain or frm.split("@")[-1].rstrip(">")
    m["Message-ID"] = mid(dom)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    if html_only:
        m.set_content(html, subtype="html", cte=cte)
    else:
        m.set_content(body, cte=cte)
        if html:
            m.add_alternative(html, subtype="html", cte=cte)
    if cal is not None:
        if cal_inline:
            if not m.is_multipart():
                m.make_alternative()
            m.add_alternative(cal, subtype="calendar", params={"method": cal_method}, cte="base64")
            if mixed:
                m.make_mixed()
                m.add_attachment(cal.encode("utf-8"), maintype="application", subtype="ics",
                                 filename=attach_name)
        else:
            m.add_attachment(cal, subtype="calendar", filename=attach_name,
                             params={"method": cal_method})
    return m


def add(case, name, item):
    if isinstance(item, EmailMessage):
        data = item.as_bytes()
    elif isinstance(item, (dict, list)):
        data = (json.dumps(item, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    else:
        data = item.encode("utf-8")
    CASES.setdefault(case, []).append((name, data))


def label(case, user, interviews, difficulty, category, notes):
    LABELS[case] = {
        "user": user,
        "interview": bool(interviews),
        "interviews": interviews,
        "difficulty": difficulty,
        "category": category,
        "notes": notes,
        "source": "synthetic",
    }


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


def html_of(text):
    paras = [p.replace("\n", "<br>") for p in text.strip().split("\n\n")]
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px">{body}</div></body></html>')




def build():
    # ------------------------------------------------------------ P01 nurse phone screen, hospital HR system
    c = "b13-01-hospital-hr-rn-phone-screen-pst-label"
    user = "dana.whitfield@example.com"
    s = dt(2026, 3, 12, 16, 30, "America/Los_Angeles")   # PDT after Mar 8 although the mail says "PST"
    m1 = mail("Mercy Pines Careers <no-reply@careers.mercypines.example>", f"Dana Whitfield <{user}>",
              "Next step for Registered Nurse - Med/Surg (Nights) | Req #RN-40718", dt(2026, 3, 9, 8, 2, "America/Los_Angeles"),
              """Dear Dana,

Thank you for applying for Registered Nurse - Med/Surg (Nights), Req #RN-40718, at Mercy Pines Medical Center.

A member of our Nurse Recruitment team has reviewed your application and would like to set up a brief phone interview. Your recruiter, Tamsin Greer, will reach out directly to find a time that works around your current shifts.

You can check the status of your application at any time in the candidate portal.

This mailbox is not monitored. Please reply to your recruiter instead.

Mercy Pines Medical Center | Human Resources
2200 Alder Creek Blvd, Sacramento, CA 95833
An Equal Opportunity Employer""", delivered_to=user, reply_to="Tamsin Greer <tgreer@mercypines.example>")
    add(c, "01-careers-next-step.eml", m1)
    m2 = mail("Greer, Tamsin <tgreer@mercypines.example>", f"Dana Whitfield <{user}>",
              "RE: phone interview - RN Med/Surg nights", dt(2026, 3, 10, 13, 47, "America/Los_Angeles"),
              """Hi Dana,

Perfect, thanks for getting back to me so fast. Got you down for Thu 3/12 @ 4:30p PST. I'll call your cell (916) 555-0143, plan on about 20 min. We'll go over the unit, the night differential, your tele experience and the float pool question you asked about.

If something comes up on your end just text me at the number below.

Tamsin

Tamsin Greer, BSN, RN
Nurse Recruiter | Human Resources
Mercy Pines Medical Center
o: (916) 555-0190  c: (916) 555-0177

-----Original Message-----
From: Dana Whitfield <dana.whitfield@example.com>
Sent: Tuesday, March 10, 2026 12:58 PM
To: Greer, Tamsin <tgreer@mercypines.example>
Subject: phone interview - RN Med/Surg nights

Hi Tamsin, I'm off Thursday and Friday this week, anytime after 3 works. Thanks! Dana""",
              delivered_to=user, headers=[("Thread-Topic", "phone interview - RN Med/Surg nights"),
                                          ("X-Mailer", "Microsoft Outlook 16.0")])
    add(c, "02-recruiter-confirms-thursday.eml", m2)
    label(c, user, [iv("Mercy Pines Medical Center", "Registered Nurse - Med/Surg (Nights)", s, s + timedelta(minutes=20),
                       "scheduled", ["tgreer@mercypines.example"], ["tgreer@mercypines.example"], "phone_screen")],
          "hard", "positive/hospital-hr-thread",
          "HR system no-reply mail (availability only) then recruiter confirms 'Thu 3/12 @ 4:30p PST'. Mar 12 is "
          "after the Mar 8 US DST change, so Sacramento local 16:30 is PDT (-07:00); the 'PST' label is the "
          "recruiter's loose wording. 20 minutes stated. Recruiter does the screen.")

    # ------------------------------------------------------------ P02 small retailer, personal mail, half past ten tomorrow
    c = "b13-02-hardware-store-owner-personal-mail-tomorrow"
    user = "luis.carmona@example.com"
    sent = dt(2026, 4, 15, 16, 12, "America/Chicago")
    s = dt(2026, 4, 16, 10, 30, "America/Chicago")
    m1 = mail("Bev Oduya <bev.oduya63@mail.example>", user, "your application at the store",
              sent, """Hi Luis

This is Bev from Oduya's Hardware & Garden on Hwy 12. Got your paper application that you dropped off Saturday for the part-time sales associate job. My son says you know your way around small engines which is a big plus for us in mower season!

Could you come by tomorrow at half past ten so we can sit down and talk? Just ask for me at the register, we'll go in the back office. Shouldn't take more than half an hour.

Bev Oduya
Oduya's Hardware & Garden
4410 State Hwy 12, Wausaukee WI
(715) 555-0162

Sent from my iPad""", delivered_to=user, cte="7bit")
    add(c, "01-bev-come-by-tomorrow.eml", m1)
    m2 = mail(f"Luis Carmona <{user}>", "Bev Oduya <bev.oduya63@mail.example>", "Re: your application at the store",
              dt(2026, 4, 15, 17, 3, "America/Chicago"), """Hi Bev,

Thank you! Tomorrow at 10:30 works great. I'll see you at the store.

Luis

On Wed, Apr 15, 2026 at 4:12 PM Bev Oduya <bev.oduya63@mail.example> wrote:
> Hi Luis
>
> This is Bev from Oduya's Hardware & Garden on Hwy 12. Got your paper application
> that you dropped off Saturday for the part-time sales associate job.
>
> Could you come by tomorrow at half past ten so we can sit down and talk? Just ask
> for me at the register, we'll go in the back office. Shouldn't take more than half an hour.
>
> Bev Oduya""", delivered_to=user, in_reply_to=m1["Message-ID"], cte="7bit")
    add(c, "02-luis-reply.eml", m2)
    label(c, user, [iv("Oduya's Hardware & Garden", "Part-time Sales Associate", s, s + timedelta(minutes=30), "scheduled",
                       ["bev.oduya63@mail.example"], ["bev.oduya63@mail.example"], "hiring_manager")],
          "medium", "positive/small-employer-personal-mail",
          "Owner of a small store writes from personal mail: 'tomorrow at half past ten', 'no more than half an hour'; "
          "resolved against the Wed Apr 15 CDT Date -> Thu Apr 16 10:30-11:00 -05:00. User's reply confirms.")

    # ------------------------------------------------------------ P03 home-care agency: vendor mail + Calendar API event
    c = "b13-03-home-care-video-interview-vendor-and-gcal"
    user = "grace.mensah@example.com"
    s = dt(2026, 6, 6, 11, 0, "America/New_York")
    e = s + timedelta(minutes=30)
    m1 = mail("HireLoop on behalf of BrightHearth Home Care <notifications@hireloop.example>", user,
              "You're booked: video interview with BrightHearth Home Care", dt(2026, 6, 2, 19, 21, "America/New_York"),
              None, html_only=True, delivered_to=user, reply_to="Renata Solis <rsolis@brighthearth.example>",
              html="""<html><body style="margin:0;background:#f4f6f8">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#1d2733">
<tr><td style="padding:24px 28px"><img src="https://cdn.hireloop.example/brighthearth/logo.png" alt="BrightHearth Home Care" width="160"></td></tr>
<tr><td style="padding:0 28px"><h2 style="font-size:20px">Hi Grace, you&#8217;re all set!</h2>
<p>Your <b>video interview</b> for <b>Home Health Aide (HHA) &#8211; Decatur &amp; East Atlanta</b> is confirmed.</p>
<table style="border:1px solid #dfe3e8;border-radius:6px;width:100%"><tr><td style="padding:14px">
<div style="font-size:13px;color:#5b6673">WHEN</div><div style="font-size:16px">Sat, Jun 6 &#183; 11:00 AM EDT</div>
<div style="font-size:13px;color:#5b6673;margin-top:10px">WITH</div><div style="font-size:16px">Renata Solis, Care Coordinator</div>
<div style="font-size:13px;color:#5b6673;margin-top:10px">WHERE</div><div style="font-size:16px">Video call &#8211; link below (works on your phone)</div>
</td></tr></table>
<p style="margin-top:18px"><a href="https://hireloop.example/j/8KQ2-77TF" style="background:#2f7d5b;color:#fff;padding:10px 18px;border-radius:4px;text-decoration:none">Join video interview</a></p>
<p>Please have your CNA/HHA certificate and a photo ID nearby. Plan for about 30 minutes.</p>
<p><a href="https://hireloop.example/r/8KQ2-77TF">Reschedule</a> &#183; <a href="https://hireloop.example/c/8KQ2-77TF">Cancel</a></p>
</td></tr>
<tr><td style="padding:20px 28px;font-size:11px;color:#8a94a0">Sent by HireLoop for BrightHearth Home Care, 315 W Ponce de Leon Ave, Decatur, GA 30030. You received this because you applied for a job. <a href="https://hireloop.example/unsub">Unsubscribe</a></td></tr>
</table></td></tr></table></body></html>""", cte="quoted-printable")
    add(c, "01-hireloop-booked.eml", m1)
    ev = {
        "kind": "calendar#event", "etag": "\"3401872215482000\"", "id": "bh8kq277tf20260606",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=YmgX4a3EyNzd0ZjIwMjYwNjA2IGdyYWNl",
        "created": "2026-06-02T23:21:40.000Z", "updated": "2026-06-02T23:22:05.241Z",
        "summary": "Video interview - Grace Mensah - Home Health Aide (HHA)",
        "description": "Booked via HireLoop. Interviewer: Renata Solis (Care Coordinator). Join: https://hireloop.example/j/8KQ2-77TF",
        "location": "https://hireloop.example/j/8KQ2-77TF",
        "creator": {"email": "recruiting@brighthearth.example", "displayName": "BrightHearth Recruiting"},
        "organizer": {"email": "recruiting@brighthearth.example", "displayName": "BrightHearth Recruiting"},
        "start": {"dateTime": iso(s), "timeZone": "America/New_York"},
        "end": {"dateTime": iso(e), "timeZone": "America/New_York"},
        "iCalUID": "8KQ2-77TF@hireloop.example", "sequence": 0,
        "attendees": [
            {"email": "recruiting@brighthearth.example", "displayName": "BrightHearth Recruiting", "organizer": True,
             "responseStatus": "accepted"},
            {"email": "rsolis@brighthearth.example", "displayName": "Renata Solis", "responseStatus": "accepted"},
            {"email": user, "self": True, "responseStatus": "needsAction"},
        ],
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    add(c, "02-calendar-event.gcal.json", ev)
    label(c, user, [iv("BrightHearth Home Care", "Home Health Aide (HHA)", s, e, "scheduled",
                       ["rsolis@brighthearth.example"], ["rsolis@brighthearth.example"], "hiring_manager")],
          "medium", "positive/dedupe-vendor-and-gcal-json",
          "HTML-only scheduling-vendor confirmation (Reply-To the coordinator) plus the same slot as a Calendar API "
          "event organized by a group recruiting calendar: one interview, Sat Jun 6 11:00-11:30 EDT. Group calendar "
          "and vendor addresses are not recipients.")

    # ------------------------------------------------------------ P04 hotel group interview, HTML only, base64
    c = "b13-04-hotel-banquet-group-interview"
    user = "aisha.bello@example.com"
    s = dt(2026, 5, 7, 9, 0, "America/Los_Angeles")
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;color:#222">
<p>Dear Aisha,</p>
<p>Thank you for your interest in joining the Harborlight Hotel Seattle family! We were impressed with your application for <strong>Banquet Server (On-Call)</strong> and would like to invite you to our <strong>group interview</strong>.</p>
<p><strong>Thursday, May 7, 2026</strong><br>9:00 AM &ndash; 11:00 AM (Pacific)<br>Harborlight Hotel Seattle &ndash; Puget Room, Mezzanine Level<br>1901 Western Ave, Seattle, WA 98101</p>
<p>You will meet our Banquet Manager, Theo Park, and Executive Sous Chef Ines Darrow together with a small group of other candidates. The session includes a short welcome, a group conversation and brief one-on-one questions, so please plan to stay the full two hours.</p>
<p>Please wear business casual attire, bring a copy of your food handler&rsquo;s permit and enter through the employee entrance on Lenora Street. Parking is not validated.</p>
<p>Kindly RSVP by replying to this email or contacting Marisol Keane, HR Coordinator, at <a href="mailto:mkeane@harborlight.example">mkeane@harborlight.example</a> or (206) 555-0128.</p>
<p>Warm regards,<br>Talent &amp; Culture<br>Harborlight Hotel Seattle</p>
<p style="font-size:11px;color:#777">This message was sent from an automated mailbox of the Harborlight hiring system. Replies go to Talent &amp; Culture.</p>
</body></html>"""
    m1 = mail("Harborlight Talent & Culture <talent-noreply@harborlight.example>", f"Aisha Bello <{user}>",
              "Invitation: Group Interview - Banquet Server (On-Call)", dt(2026, 4, 29, 15, 40, "America/Los_Angeles"),
              None, html=html, html_only=True, cte="base64", delivered_to=user,
              reply_to="Harborlight Talent & Culture <hr.seattle@harborlight.example>")
    add(c, "01-group-interview-invitation.eml", m1)
    label(c, user, [iv("Harborlight Hotel Seattle", "Banquet Server (On-Call)", s, s + timedelta(hours=2), "scheduled",
                       [], ["mkeane@harborlight.example"], "onsite")],
          "medium", "positive/group-interview-html-base64",
          "HTML-only, base64 group interview in person (a conversation with managers and other candidates) 9-11 AM "
          "Pacific, May 7 (PDT). Interviewers named without addresses -> recipients = the named HR coordinator "
          "(the Reply-To is a shared HR mailbox, the sender a no-reply).")

    # ------------------------------------------------------------ P05 school district panel, Exchange invite, day after DST start
    c = "b13-05-school-district-panel-chair-exchange"
    user = "marcus.lindqvist@example.com"
    s = dt(2026, 3, 10, 15, 45, "America/Denver")
    e = dt(2026, 3, 10, 16, 30, "America/Denver")
    panel = [("Dr. Yolanda Chee", "ychee@redmesausd.example"), ("Adam Ferris", "aferris@redmesausd.example"),
             ("Lupe Quintana", "lquintana@redmesausd.example")]
    desc = ("When: Tuesday, March 10, 2026 3:45 PM-4:30 PM (UTC-07:00) Mountain Time (US & Canada).\n"
            "Where: Pinyon Elementary, Library Conference Room, 880 Juniper Loop, Farmington NM\n\n*~*~*~*~*~*~*~*~*~*\n\n"
            "Good afternoon Mr. Lindqvist,\n\nThis confirms your panel interview for the 4th Grade Classroom Teacher "
            "position (Posting #T-2026-118) at Pinyon Elementary. The panel will be chaired by Principal Dr. Yolanda "
            "Chee, with Assistant Principal Adam Ferris and 4th grade team lead Lupe Quintana. The chair will ask the "
            "same structured questions of every candidate; you will have time for your own questions at the end.\n\n"
            "Please check in at the front office 10 minutes early with a photo ID.\n\n"
            "Rosa Etsitty\nHuman Resources Specialist | Red Mesa Unified School District\n(505) 555-0173")
    cal = ics("REQUEST", "040000008200E00074C5B7101A82E00800000000B0A1C2D3E4F5A6B7@redmesausd.example", s, e,
              "Panel Interview - M. Lindqvist - 4th Grade Teacher (Pinyon ES)", ("Rosa Etsitty", "retsitty@redmesausd.example"),
              [("Marcus Lindqvist", user)] + panel, description=desc,
              location="Pinyon Elementary - Library Conference Room", tzid="Mountain Standard Time",
              prodid="Microsoft Exchange Server 2010", stamp=dt(2026, 3, 3, 21, 5, "UTC"),
              extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"])
    m1 = mail("Rosa Etsitty <retsitty@redmesausd.example>", f"Marcus Lindqvist <{user}>",
              "Panel Interview - M. Lindqvist - 4th Grade Teacher (Pinyon ES)", dt(2026, 3, 3, 14, 5, "America/Denver"),
              desc.replace("\\n", "\n"), cc=", ".join(f"{n} <{a}>" for n, a in panel), delivered_to=user,
              cal=cal, cal_inline=True, headers=[("Content-class", "urn:content-classes:calendarmessage"),
                                                  ("Thread-Topic", "Panel Interview - M. Lindqvist - 4th Grade Teacher (Pinyon ES)")])
    add(c, "01-panel-interview-invite.eml", m1)
    label(c, user, [iv("Red Mesa Unified School District", "4th Grade Classroom Teacher", s, e, "scheduled",
                       [a for _, a in panel], [a for _, a in panel], "onsite")],
          "hard", "positive/exchange-panel-dst-edge",
          "Exchange invite with Windows TZID 'Mountain Standard Time' and a '(UTC-07:00)' display label, but Mar 10 is "
          "two days after US DST start, so 3:45 PM Farmington NM is MDT (-06:00). Panel with a chair -> onsite; HR "
          "specialist organizer only schedules.")

    # ------------------------------------------------------------ P06 university search committee, Zoom, UK after BST start
    c = "b13-06-university-search-committee-zoom-bst"
    user = "h.achterberg@example.com"
    s = dt(2026, 4, 2, 14, 0, "Europe/London")
    e = dt(2026, 4, 2, 14, 45, "Europe/London")
    chair = ("Prof. Imelda Rourke", "i.rourke@northgate-uni.example")
    members = [("Dr Owain Pritchard", "o.pritchard@northgate-uni.example"), ("Dr Sunita Bhamra", "s.bhamra@northgate-uni.example")]
    body = """Dear Dr Achterberg,

On behalf of the search committee for the post of Lecturer in Early Childhood Studies (ref. NU-EDU-2611), I am pleased to invite you to a first-round interview.

Date: Thursday 2 April 2026
Time: 2pm UK time (please note that the clocks go forward on 29 March), for 45 minutes
Format: Zoom (link in the attached calendar file)

The panel will be myself as chair, Dr Owain Pritchard (Programme Leader) and Dr Sunita Bhamra (Director of Teaching and Learning), both copied here. We will begin with a ten-minute presentation from you on "Play-based learning after the pandemic: what the evidence now says", followed by questions from the panel.

Shortlisted candidates from this round will be invited to campus in late April.

Should you require any reasonable adjustments, please let me or Amira Haddad in the School Office (a.haddad@northgate-uni.example) know.

With best wishes,

Imelda Rourke
Professor of Education and Chair, Search Committee
School of Education and Social Sciences
Northgate University, Hallam Road, Leeds LS6 3QX
+44 113 496 0721"""
    cal = ics("REQUEST", "nu-edu-2611-r1-achterberg@northgate-uni.example", s, e,
              "Interview: Lecturer in Early Childhood Studies (NU-EDU-2611) - H. Achterberg", chair,
              [chair, *members, ("Hanneke Achterberg", user)],
              description="Zoom: https://northgate-uni.zoom.example/j/81277340115?pwd=Qm9vYXJk\nMeeting ID: 812 7734 0115\nPasscode: 240402",
              location="Zoom", tzid="Europe/London", prodid="-//Zoom Video Communications//EN", stamp=dt(2026, 3, 20, 11, 0, "UTC"))
    m1 = mail("Imelda Rourke <i.rourke@northgate-uni.example>", "Hanneke Achterberg <h.achterberg@example.com>",
              "Lecturer in Early Childhood Studies (NU-EDU-2611) - invitation to interview", dt(2026, 3, 20, 11, 2, "Europe/London"),
              body, html=html_of(body), cc=", ".join(f"{n} <{a}>" for n, a in members), delivered_to=user, cal=cal,
              attach_name="NU-EDU-2611 interview.ics")
    add(c, "01-committee-chair-invitation.eml", m1)
    label(c, user, [iv("Northgate University", "Lecturer in Early Childhood Studies", s, e, "scheduled",
                       [chair[1]] + [a for _, a in members], [chair[1]] + [a for _, a in members], "onsite")],
          "medium", "positive/university-committee-bst",
          "Search-committee chair invites to a Zoom panel (chair + 2 members) on 2 Apr, 2pm UK time, after the Mar 29 "
          "BST change -> +01:00; .ics attached with TZID Europe/London. The school-office contact is not an interviewer.")

    # ------------------------------------------------------------ P07 law firm, Outlook invite then updated invite
    c = "b13-07-law-firm-paralegal-teams-moved"
    user = "priyanka.dasgupta@example.com"
    s0 = dt(2026, 2, 18, 11, 0, "America/New_York")
    s = dt(2026, 2, 19, 15, 30, "America/New_York")
    e = dt(2026, 2, 19, 16, 15, "America/New_York")
    org = ("Colette Vance", "cvance@hbolaw.example")
    att = [("Priyanka Dasgupta", user), ("Graham Holloway", "gholloway@hbolaw.example"), ("Nadia Ferreira", "nferreira@hbolaw.example")]
    uid = "040000008200E00074C5B7101A82E0080000000090C4F1AB55A0DC01000000000000000010000000D3E2A1F4"
    def lawtext(when, note):
        return (f"When: {when}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n{note}"
                "Ms. Dasgupta,\n\nYou are scheduled to interview for the Litigation Paralegal position with Graham "
                "Holloway (Partner, Commercial Litigation) and Nadia Ferreira (Senior Paralegal). Please join from a quiet "
                "location; the interview will last approximately 45 minutes.\n\nColette Vance\nLegal Recruiting Coordinator\n"
                "Holloway Brandt & Okafor LLP\n1250 Broad Street, 14th Floor | Newark, NJ 07102\nT 973.555.0114\n\n"
                "CONFIDENTIALITY NOTICE: This e-mail may contain privileged attorney-client information. If you are not the "
                "intended recipient, please delete it.\n\n____________________\nMicrosoft Teams meeting\nJoin: "
                "https://teams.microsoft.com/l/meetup-join/19%3ameeting_HBOlaw2026%40thread.v2/0\nMeeting ID: 244 918 330 72\nPasscode: hB7k2Q\n")
    t1 = lawtext("Wednesday, February 18, 2026 11:00 AM-11:45 AM (UTC-05:00) Eastern Time (US & Canada).", "")
    cal1 = ics("REQUEST", uid, s0, s0 + timedelta(minutes=45), "Interview - P. Dasgupta - Litigation Paralegal", org, att,
               description=t1, location="Microsoft Teams Meeting", tzid="Eastern Standard Time", seq=0,
               prodid="Microsoft Exchange Server 2010", stamp=dt(2026, 2, 11, 16, 20, "UTC"),
               extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"])
    m1 = mail(f"{org[0]} <{org[1]}>", ", ".join(f"{n} <{a}>" for n, a in att), "Interview - P. Dasgupta - Litigation Paralegal",
              dt(2026, 2, 11, 11, 20, "America/New_York"), t1, delivered_to=user, cal=cal1, cal_inline=True,
              headers=[("Content-class", "urn:content-classes:calendarmessage")])
    add(c, "01-teams-invite.eml", m1)
    t2 = lawtext("Thursday, February 19, 2026 3:30 PM-4:15 PM (UTC-05:00) Eastern Time (US & Canada).",
                 "Mr. Holloway has a court appearance on the 18th, so we have moved your interview to Thursday afternoon. "
                 "Apologies for the change.\n\n")
    cal2 = ics("REQUEST", uid, s, e, "Interview - P. Dasgupta - Litigation Paralegal", org, att,
               description=t2, location="Microsoft Teams Meeting", tzid="Eastern Standard Time", seq=1,
               prodid="Microsoft Exchange Server 2010", stamp=dt(2026, 2, 13, 14, 2, "UTC"),
               extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"])
    m2 = mail(f"{org[0]} <{org[1]}>", ", ".join(f"{n} <{a}>" for n, a in att),
              "Updated: Interview - P. Dasgupta - Litigation Paralegal", dt(2026, 2, 13, 9, 2, "America/New_York"), t2,
              delivered_to=user, cal=cal2, cal_inline=True, headers=[("Content-class", "urn:content-classes:calendarmessage")])
    add(c, "02-teams-invite-updated.eml", m2)
    label(c, user, [iv("Holloway Brandt & Okafor LLP", "Litigation Paralegal", s, e, "scheduled",
                       ["gholloway@hbolaw.example", "nferreira@hbolaw.example"],
                       ["gholloway@hbolaw.example", "nferreira@hbolaw.example"], "hiring_manager")],
          "medium", "positive/law-firm-exchange-reschedule",
          "Exchange/Teams invite, then same UID with SEQUENCE 1 moving it from Wed Feb 18 11:00 to Thu Feb 19 "
          "15:30-16:15 EST. Coordinator organizes only; partner + senior paralegal interview.")

    # ------------------------------------------------------------ P08 staffing agency, client phone interview, cancelled
    c = "b13-08-staffing-agency-warehouse-lead-cancelled"
    user = "tyrell.banks@example.com"
    s = dt(2026, 7, 15, 13, 0, "America/Chicago")
    m1 = mail("Jolene Marsh <jmarsh@keystonewf.example>", f"Tyrell Banks <{user}>",
              "Vantor Cold Storage - phone interview Wed", dt(2026, 7, 13, 10, 14, "America/Chicago"),
              """Morning Tyrell!

Good news, Vantor Cold Storage wants to talk to you about the Warehouse Shift Lead (2nd shift) spot at their Joliet DC. Their ops manager Dwight Pruitt will call you this Wednesday 7/15 at 1pm Central on the number we have on file (815-555-0139). It's a phone interview, pretty relaxed, he mainly wants to hear about your forklift/reach truck certs and how you handled the team at your last place.

Pay is $23.50/hr + $1.25 freezer diff, temp-to-hire after 520 hrs.

Call or text me after and let me know how it went!

Jolene Marsh
Senior Staffing Specialist
Keystone Workforce Partners - Joliet Branch
2121 W Jefferson St, Joliet IL 60435
Office 815-555-0100 | Cell 815-555-0186""", delivered_to=user, cte="7bit")
    add(c, "01-agency-sets-phone-interview.eml", m1)
    m2 = mail("Jolene Marsh <jmarsh@keystonewf.example>", f"Tyrell Banks <{user}>",
              "RE: Vantor Cold Storage - phone interview Wed", dt(2026, 7, 14, 16, 51, "America/Chicago"),
              """Hi Tyrell,

Ugh, sorry to be the bearer of bad news. Vantor just let us know they put the 2nd shift lead req on hold (budget freeze until Q4), so Dwight won't be calling tomorrow - the interview is cancelled.

This is nothing on you! I've got two other openings (inventory control at a 3PL in Romeoville and a day-shift lead in Channahon) I want to submit you for. Are you ok if I send your resume over?

Jolene

________________________________
From: Jolene Marsh
Sent: Monday, July 13, 2026 10:14 AM
To: Tyrell Banks
Subject: Vantor Cold Storage - phone interview Wed

Morning Tyrell! Good news, Vantor Cold Storage wants to talk to you about the Warehouse Shift Lead (2nd shift) spot ...""",
              delivered_to=user, in_reply_to=m1["Message-ID"], cte="quoted-printable")
    add(c, "02-agency-interview-cancelled.eml", m2)
    label(c, user, [iv("Vantor Cold Storage", "Warehouse Shift Lead (2nd shift)", s, None, "cancelled",
                       [], ["jmarsh@keystonewf.example"], "hiring_manager")],
          "medium", "positive/staffing-agency-cancellation",
          "Staffing-agency recruiter books a client phone interview (Wed 7/15 1pm Central, no duration) then cancels it "
          "because the req is on hold -> cancelled at its last time. Client ops manager has no address; the agency "
          "recruiter is the follow-up contact. Company = the client employer.")

    # ------------------------------------------------------------ P09 NSW government panel interview, base64, AEST
    c = "b13-09-nsw-government-panel-convenor"
    user = "kieran.obrien@example.com"
    s = dt(2026, 5, 13, 10, 30, "Australia/Sydney")
    body = """Dear Kieran

Job Reference: OCW-26-0419
Position: Customer Service Officer, Clerk Grade 3/4 (Ongoing, Full-time)
Agency: Office of Coastal Waterways

Thank you for your application. I am pleased to advise that you have been shortlisted and are invited to attend an interview with the selection panel.

Interview details
Date: Wednesday 13 May 2026
Time: 10.30am (AEST) - please allow 45 minutes
Location: Level 6, 10 Darcy Street, Parramatta NSW 2150. Please report to the Level 6 reception.

Panel
Convenor (chair): Leilani Fa'asalele, Manager Client Services
Panel member: Stuart McGuigan, Team Leader Licensing
Independent member: Priya Raghavan, Department of Fair Trading (external)

The panel will ask behavioural questions aligned to the NSW Public Sector Capability Framework (Customer Service, Communicate Effectively, Act with Integrity). You may bring notes.

Please confirm your attendance, or advise of any adjustments you require, by contacting the convenor directly at leilani.faasalele@ocw.example or on (02) 9555 0147.

Please do not reply to this email, as this mailbox is not monitored.

Kind regards
Recruitment Services
Office of Coastal Waterways"""
    m1 = mail("OCW Recruitment <noreply@talentgov.example>", f"Kieran O'Brien <{user}>",
              "Invitation to interview - OCW-26-0419 Customer Service Officer, Clerk Grade 3/4",
              dt(2026, 5, 5, 14, 26, "Australia/Sydney"), body, cte="base64", delivered_to=user,
              headers=[("X-Mailer", "TalentGov Notifications 4.2")])
    add(c, "01-talentgov-invitation.eml", m1)
    label(c, user, [iv("Office of Coastal Waterways", "Customer Service Officer, Clerk Grade 3/4", s, s + timedelta(minutes=45),
                       "scheduled", ["leilani.faasalele@ocw.example"], ["leilani.faasalele@ocw.example"], "onsite")],
          "medium", "positive/government-panel-base64",
          "Government e-recruitment no-reply mail (base64) for an in-person selection panel with a convenor/chair; "
          "'10.30am (AEST)', 45 min, May 13 (Sydney standard time, +10:00). Only the convenor's address is given.")

    # ------------------------------------------------------------ P10 German care home, CET after EU DST end, cancelled
    c = "b13-10-pflegeheim-vorstellungsgespraech-abgesagt"
    user = "svenja.kraus@example.com"
    s = dt(2026, 10, 27, 14, 0, "Europe/Berlin")
    m1 = mail("Birgit Hollmann <b.hollmann@lindenhof-pflege.example>", f"Svenja Kraus <{user}>",
              "Ihre Bewerbung als Pflegefachkraft (m/w/d) im Nachtdienst", dt(2026, 10, 19, 9, 37, "Europe/Berlin"),
              """Sehr geehrte Frau Kraus,

vielen Dank für Ihre Bewerbung als Pflegefachkraft (m/w/d) im Nachtdienst und Ihr Interesse an der Seniorenresidenz Am Lindenhof.

Gerne möchten wir Sie persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch ein:

Dienstag, 27. Oktober 2026, 14:00 Uhr
Dauer: ca. 45 Minuten
Ort: Seniorenresidenz Am Lindenhof, Lindenallee 12, 34117 Kassel (Verwaltung, 1. OG)

An dem Gespräch nehmen neben mir unsere Pflegedienstleitung, Herr Dariusz Wójcik, teil. Bitte bringen Sie Ihre Examensurkunde im Original mit.

Bitte bestätigen Sie uns den Termin kurz per E-Mail.

Mit freundlichen Grüßen

Birgit Hollmann
Einrichtungsleitung
Seniorenresidenz Am Lindenhof gGmbH
Lindenallee 12 · 34117 Kassel
Tel. 0561 555 3810""", delivered_to=user, cte="quoted-printable")
    add(c, "01-einladung-vorstellungsgespraech.eml", m1)
    m2 = mail(f"Svenja Kraus <{user}>", "Birgit Hollmann <b.hollmann@lindenhof-pflege.example>",
              "AW: Ihre Bewerbung als Pflegefachkraft (m/w/d) im Nachtdienst", dt(2026, 10, 19, 18, 4, "Europe/Berlin"),
              """Sehr geehrte Frau Hollmann,

vielen Dank für die Einladung. Den Termin am Dienstag, 27.10., um 14 Uhr bestätige ich gern.

Mit freundlichen Grüßen
Svenja Kraus

Am 19.10.2026 um 09:37 schrieb Birgit Hollmann:
> Sehr geehrte Frau Kraus,
> ... laden Sie herzlich zu einem Vorstellungsgespräch ein:
> Dienstag, 27. Oktober 2026, 14:00 Uhr""", delivered_to=user, in_reply_to=m1["Message-ID"], cte="quoted-printable")
    add(c, "02-bestaetigung.eml", m2)
    m3 = mail("Birgit Hollmann <b.hollmann@lindenhof-pflege.example>", f"Svenja Kraus <{user}>",
              "AW: AW: Ihre Bewerbung als Pflegefachkraft (m/w/d) im Nachtdienst", dt(2026, 10, 23, 11, 15, "Europe/Berlin"),
              """Sehr geehrte Frau Kraus,

leider muss ich Ihnen mitteilen, dass wir unser Vorstellungsgespräch am kommenden Dienstag (27.10., 14:00 Uhr) absagen müssen. Die Stelle im Nachtdienst konnte kurzfristig intern besetzt werden.

Wir bedauern die Absage sehr und würden Ihre Unterlagen gern für künftige Stellen in unserer Einrichtung vormerken, sofern Sie einverstanden sind.

Mit freundlichen Grüßen

Birgit Hollmann
Einrichtungsleitung
Seniorenresidenz Am Lindenhof gGmbH""", delivered_to=user, in_reply_to=m2["Message-ID"],
              references=f"{m1['Message-ID']} {m2['Message-ID']}", cte="quoted-printable")
    add(c, "03-absage-termin.eml", m3)
    label(c, user, [iv("Seniorenresidenz Am Lindenhof", "Pflegefachkraft (m/w/d) im Nachtdienst", s, s + timedelta(minutes=45),
                       "cancelled", ["b.hollmann@lindenhof-pflege.example"], ["b.hollmann@lindenhof-pflege.example"],
                       "hiring_manager")],
          "hard", "positive/german-cancellation-dst-edge",
          "German care home invites to 'Dienstag, 27. Oktober 2026, 14:00 Uhr' (ca. 45 Min.), user confirms, then the "
          "employer cancels (position filled internally). Oct 27 is after the Oct 25 EU DST end -> CET +01:00 "
          "(mails sent before it carry +02:00). Care director named without address, so only the sender.")

    # ------------------------------------------------------------ P11 hospital pharmacy: phone screen + in-person, Phoenix
    c = "b13-11-hospital-pharmacy-tech-two-rounds-phoenix"
    user = "jasmine.tewa@example.com"
    s1 = dt(2026, 3, 9, 9, 0, "America/Phoenix")
    s2 = dt(2026, 3, 13, 13, 0, "America/Phoenix")
    e2 = dt(2026, 3, 13, 14, 0, "America/Phoenix")
    m1 = mail("Ortega, Celeste <celeste.ortega@sonoranvalley.example>", f"Jasmine Tewa <{user}>",
              "Pharmacy Technician II - Inpatient (Req 26-0311) phone screen", dt(2026, 3, 5, 15, 33, "America/Phoenix"),
              """Hi Jasmine,

Thanks for chatting with me briefly today. As promised, here's the confirmation for your phone screen for Pharmacy Technician II - Inpatient (Req 26-0311):

Monday 3/9, 9:00-9:20 AM Arizona time (we don't change our clocks, so if you're still in Albuquerque that's 10:00 your time after Sunday's change)
I'll call you at (505) 555-0152.

We'll cover your PTCB certification, IV room/sterile compounding experience and weekend rotation.

Celeste Ortega
Talent Acquisition Partner - Pharmacy & Allied Health
Sonoran Valley Health | 1400 N Central Ave, Phoenix, AZ 85004
602-555-0135""", delivered_to=user, html=None, cte="quoted-printable",
              headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    add(c, "01-recruiter-phone-screen.eml", m1)
    body2 = """Dear Jasmine,

Congratulations! The hiring team for Pharmacy Technician II - Inpatient (Req 26-0311) would like to meet you in person.

Date: Friday, March 13, 2026
Time: 1:00 PM - 2:00 PM (MST - Arizona)
Location: Sonoran Valley Medical Center, Inpatient Pharmacy, Basement Level B, 1400 N Central Ave, Phoenix, AZ 85004
Interviewers: Marcus Begay, PharmD (Pharmacy Manager); Aileen Cho, CPhT (Lead Technician)

A calendar invitation is attached. Please bring a photo ID; visitor parking is in Garage C.

If you need to reschedule, please contact your recruiter Celeste Ortega at celeste.ortega@sonoranvalley.example.

Sonoran Valley Health - Careers
This is an automated message from PeopleCare. Please do not reply."""
    cal = ics("REQUEST", "pc-int-26-0311-88213@peoplecare.example", s2, e2,
              "In-person interview: Pharmacy Technician II - Inpatient (Jasmine Tewa)",
              ("Sonoran Valley Careers", "careers-noreply@peoplecare.example"),
              [("Jasmine Tewa", user), ("Marcus Begay", "marcus.begay@sonoranvalley.example"),
               ("Aileen Cho", "aileen.cho@sonoranvalley.example")],
              description="Interviewers: Marcus Begay (Pharmacy Manager), Aileen Cho (Lead Technician)",
              location="Sonoran Valley Medical Center - Inpatient Pharmacy, Basement B", tzid="America/Phoenix",
              prodid="-//PeopleCare//Interview Scheduler//EN", stamp=dt(2026, 3, 10, 18, 0, "UTC"))
    m2 = mail("Sonoran Valley Health Careers <careers-noreply@peoplecare.example>", user,
              "Interview Scheduled: Pharmacy Technician II - Inpatient", dt(2026, 3, 10, 11, 0, "America/Phoenix"),
              body2, html=html_of(body2), delivered_to=user, cal=cal, attach_name="interview.ics")
    add(c, "02-peoplecare-in-person.eml", m2)
    label(c, user, [
        iv("Sonoran Valley Health", "Pharmacy Technician II - Inpatient", s1, s1 + timedelta(minutes=20), "scheduled",
           ["celeste.ortega@sonoranvalley.example"], ["celeste.ortega@sonoranvalley.example"], "phone_screen"),
        iv("Sonoran Valley Health", "Pharmacy Technician II - Inpatient", s2, e2, "scheduled",
           ["marcus.begay@sonoranvalley.example", "aileen.cho@sonoranvalley.example"],
           ["marcus.begay@sonoranvalley.example", "aileen.cho@sonoranvalley.example"], "onsite")],
          "hard", "positive/two-interviews-phoenix",
          "Two interviews: recruiter phone screen Mon 3/9 9:00-9:20 Arizona time (MST -07:00; the mail also mentions "
          "10:00 in Albuquerque after the DST change - same instant) and an in-person panel Fri 3/13 1-2 PM MST from the "
          "hospital HR system with .ics (TZID America/Phoenix).")

    # ------------------------------------------------------------ P12 Quebec daycare, French, phone screen "14h"
    c = "b13-12-cpe-quebec-entrevue-telephonique"
    user = "camille.thibodeau@example.com"
    s = dt(2026, 10, 22, 14, 0, "America/Toronto")
    body = """Bonjour Camille,

Merci pour votre candidature au poste d'éducatrice à la petite enfance (remplacement de congé de maternité, 4 jours/semaine) au CPE Les Petits Hiboux.

Nous aimerions faire une première entrevue téléphonique avec vous le jeudi 22 octobre à 14h (heure de Montréal). L'entrevue durera environ 30 minutes. Je vous appellerai au 514 555-0166. Si le moment ne vous convient pas, répondez-moi simplement et nous trouverons une autre plage.

Au plaisir de vous parler!

Nathalie Bergeron
Directrice générale
CPE Les Petits Hiboux
5120, rue Saint-Denis, Montréal (Québec) H2J 2L9
Tél. : 514 555-0190, poste 2"""
    m1 = mail("Nathalie Bergeron <nathalie.bergeron@petitshiboux.example>", f"Camille Thibodeau <{user}>",
              "Entrevue téléphonique - poste d'éducatrice", dt(2026, 10, 15, 16, 48, "America/Toronto"),
              body, html=html_of(body), delivered_to=user, cte="quoted-printable")
    add(c, "01-invitation-entrevue.eml", m1)
    m2 = mail(f"Camille Thibodeau <{user}>", "Nathalie Bergeron <nathalie.bergeron@petitshiboux.example>",
              "RE: Entrevue téléphonique - poste d'éducatrice", dt(2026, 10, 15, 20, 2, "America/Toronto"),
              """Bonjour Madame Bergeron,

Merci beaucoup! Jeudi à 14 h me convient parfaitement, j'attendrai votre appel.

Bonne soirée,
Camille Thibodeau

Le jeu. 15 oct. 2026 à 16 h 48, Nathalie Bergeron <nathalie.bergeron@petitshiboux.example> a écrit :
> Nous aimerions faire une première entrevue téléphonique avec vous le jeudi 22 octobre à 14h
> (heure de Montréal). L'entrevue durera environ 30 minutes.""", delivered_to=user, in_reply_to=m1["Message-ID"],
              cte="quoted-printable")
    add(c, "02-confirmation.eml", m2)
    label(c, user, [iv("CPE Les Petits Hiboux", "Éducatrice à la petite enfance", s, s + timedelta(minutes=30), "scheduled",
                       ["nathalie.bergeron@petitshiboux.example"], ["nathalie.bergeron@petitshiboux.example"], "phone_screen")],
          "medium", "positive/french-quebec-phone",
          "French (Québec) daycare director: 'entrevue téléphonique le jeudi 22 octobre à 14h (heure de Montréal)', ~30 "
          "min; Oct 22 is before the Nov 1 fall-back -> EDT -04:00. User confirms.")

    # ------------------------------------------------------------ P13 Auckland plumbing firm, informal, NZDT edge
    c = "b13-13-auckland-plumber-yarn-tuesday-arvo"
    user = "ben.tuilagi@example.com"
    s = dt(2026, 9, 29, 15, 0, "Pacific/Auckland")
    m1 = mail("Hemi Walker <hemi@kauricoast.example>", user, "apprentice job", dt(2026, 9, 24, 19, 52, "Pacific/Auckland"),
              """Kia ora Ben,

Hemi here from Kauri Coast Plumbing & Gas. Thanks for flicking through your CV for the apprentice plumber/gasfitter role, Aunty Mere put in a good word too.

Keen to have a yarn. Can you swing by the yard Tuesday arvo, 3pm? 25 Rata St, Henderson - the blue roller door, just come round the side. My foreman Craig will sit in as well. Won't take long, half hour tops. Wear your boots, I'll show you round the vans after.

Cheers
Hemi Walker
Director | Kauri Coast Plumbing & Gas Ltd
021 555 0448""", delivered_to=user, cte="7bit")
    add(c, "01-hemi-yarn.eml", m1)
    m2 = mail(f"Ben Tuilagi <{user}>", "Hemi Walker <hemi@kauricoast.example>", "Re: apprentice job",
              dt(2026, 9, 25, 7, 10, "Pacific/Auckland"),
              """Kia ora Hemi, sweet as, I'll be there Tuesday at 3. Thanks heaps for the chance.

Ben

Sent from my phone""", delivered_to=user, in_reply_to=m1["Message-ID"], cte="7bit")
    add(c, "02-ben-reply.eml", m2)
    label(c, user, [iv("Kauri Coast Plumbing & Gas", "Apprentice Plumber/Gasfitter", s, s + timedelta(minutes=30), "scheduled",
                       ["hemi@kauricoast.example"], ["hemi@kauricoast.example"], "hiring_manager")],
          "hard", "positive/informal-trades-nz-dst-edge",
          "Informal NZ English ('have a yarn', 'Tuesday arvo, 3pm', 'half hour tops') sent Thu Sep 24 (NZST +12:00); the "
          "next Tuesday is Sep 29, after the Sep 27 NZ DST start -> NZDT +13:00. Foreman named without address.")

    # ============================================================ NEGATIVES
    # N14 shift schedule after hire
    c = "b13-14-neg-grocery-shift-schedule-posted"
    user = "deshawn.price@example.com"
    body = """Hi DeShawn,

Welcome to the team at FreshWay Market #212! Now that your interview and onboarding paperwork are complete, your manager has published your first schedule.

Week of Aug 3, 2026 - Front End / Cashier
Mon 8/3   7:00 AM - 3:30 PM   (New hire shadow shift with Carla R.)
Wed 8/5   11:00 AM - 7:30 PM
Thu 8/6   11:00 AM - 7:30 PM
Sat 8/8   6:00 AM - 2:30 PM

Need to swap a shift or request time off? Open the ShiftNest app > My Schedule > Request.
Questions about your schedule? Call the store at (614) 555-0121 and ask for the Front End Manager on duty.

- ShiftNest, on behalf of FreshWay Market

You are receiving this because you are a team member of FreshWay Market. Manage notifications in the app."""
    m = mail("ShiftNest <schedules@shiftnest.example>", user, "Your schedule for the week of Aug 3 is posted",
             dt(2026, 7, 29, 18, 0, "America/New_York"), body, html=html_of(body), delivered_to=user)
    add(c, "01-shiftnest-schedule.eml", m)
    label(c, user, [], "medium", "negative/shift-schedule",
          "Workforce-scheduling app posts the new hire's first shifts (incl. a 'shadow shift'); mentions the completed "
          "interview. Work shifts, not an interview.")

    # N15 hospital new-hire training session (Exchange invite)
    c = "b13-15-neg-nurse-residency-bls-training-invite"
    user = "dana.whitfield@example.com"
    s = dt(2026, 4, 20, 8, 0, "America/Los_Angeles")
    e = dt(2026, 4, 20, 16, 30, "America/Los_Angeles")
    desc = ("When: Monday, April 20, 2026 8:00 AM-4:30 PM (UTC-08:00) Pacific Time (US & Canada).\nWhere: Education Center "
            "Rm 3B\n\n*~*~*~*~*~*~*~*~*~*\n\nWelcome, new hires! This session covers BLS/ACLS skills check-off, Epic "
            "documentation training and the RN competency validation. All newly hired candidates from the March "
            "interview cycle must attend before their first unit shift. Bring your badge and wear scrubs.\n\n"
            "Clinical Education Department | Mercy Pines Medical Center")
    cal = ics("REQUEST", "040000008200E00074C5B7101A82E00800000000CE11AB77D3F4DC010000000000000000100000002A", s, e,
              "New Hire Nursing Orientation - BLS/ACLS & Epic Training (Cohort 4)",
              ("Clinical Education", "clinicaled@mercypines.example"),
              [("Dana Whitfield", user), ("Hollis Brandt", "hbrandt@mercypines.example")], description=desc,
              location="Education Center Rm 3B", tzid="Pacific Standard Time", prodid="Microsoft Exchange Server 2010",
              stamp=dt(2026, 4, 6, 17, 0, "UTC"))
    m = mail("Clinical Education <clinicaled@mercypines.example>", f"Dana Whitfield <{user}>",
             "New Hire Nursing Orientation - BLS/ACLS & Epic Training (Cohort 4)", dt(2026, 4, 6, 10, 0, "America/Los_Angeles"),
             desc, delivered_to=user, cal=cal, cal_inline=True, headers=[("Content-class", "urn:content-classes:calendarmessage")])
    add(c, "01-orientation-training-invite.eml", m)
    label(c, user, [], "hard", "negative/training-session",
          "Outlook invite to a full-day new-hire training/orientation for someone already hired; mentions 'candidates' "
          "and 'interview cycle'. Not an interview.")

    # N16 fingerprint / background-check appointment with .ics
    c = "b13-16-neg-fingerprint-background-check-appointment"
    user = "marcus.lindqvist@example.com"
    s = dt(2026, 3, 24, 10, 15, "America/Denver")
    body = """Appointment Confirmation - Fingerprinting for Background Check

Applicant: Marcus Lindqvist
Requesting agency: Red Mesa Unified School District (Position: 4th Grade Teacher, conditional offer)
Service: Livescan fingerprinting - FBI/NM DPS
Confirmation #: IPX-5528-0913

Date/Time: Tuesday, March 24, 2026 at 10:15 AM
Location: IdentiPrint Farmington, 3001 E Main St Suite 4, Farmington, NM 87402

Please arrive 10 minutes early and bring an unexpired government-issued photo ID. This is not an interview - your appointment only takes about 15 minutes. Results are sent directly to the requesting agency.

To reschedule, visit https://identiprint.example/appt/IPX-5528-0913.

IdentiPrint Services - do not reply to this message."""
    cal = ics("PUBLISH", "IPX-5528-0913@identiprint.example", s, s + timedelta(minutes=15),
              "Fingerprinting appointment - IdentiPrint Farmington", ("IdentiPrint", "no-reply@identiprint.example"),
              [("Marcus Lindqvist", user)], description="Confirmation IPX-5528-0913. Bring photo ID.",
              location="3001 E Main St Suite 4, Farmington, NM 87402", tzid=None,
              stamp=dt(2026, 3, 17, 20, 0, "UTC"))
    m = mail("IdentiPrint <no-reply@identiprint.example>", user, "Your fingerprinting appointment is confirmed (IPX-5528-0913)",
             dt(2026, 3, 17, 14, 0, "America/Denver"), body, delivered_to=user, cal=cal, cal_method="PUBLISH",
             attach_name="appointment.ics")
    add(c, "01-identiprint-confirmation.eml", m)
    label(c, user, [], "medium", "negative/background-check",
          "Fingerprinting appointment for a background check after a conditional offer from a school district (.ics "
          "attached). Explicitly not an interview.")

    # N17 pre-employment drug screen
    c = "b13-17-neg-pre-employment-drug-screen"
    user = "tyrell.banks@example.com"
    body = """Tyrell,

Thanks again for coming in for your interview with Ridgeline Freight on Monday - we're excited to move forward with a conditional offer for the Dock Worker (Nights) position.

Next step is your pre-employment drug screen (DOT 5-panel). I've scheduled it for you:

Thursday 8/20 at 8:30 AM
WorkWell Occupational Clinic, 650 Larkin Ave, Elgin IL 60123
Authorization #: RF-DS-20417 (show this at the front desk)

Please bring your driver's license and do not drink a lot of water right before. Results usually come back in 24-48 hrs, and once they're clear we'll schedule your orientation.

Thanks,
Marisela Ortiz
HR Generalist | Ridgeline Freight, Elgin Terminal
847-555-0193"""
    m = mail("Marisela Ortiz <mortiz@ridgelinefreight.example>", f"Tyrell Banks <{user}>",
             "Next step - drug screen appointment (Dock Worker Nights)", dt(2026, 8, 18, 9, 40, "America/Chicago"),
             body, delivered_to=user, cte="quoted-printable")
    add(c, "01-drug-screen.eml", m)
    label(c, user, [], "medium", "negative/drug-test",
          "Pre-employment drug screen scheduled at a clinic after the interview already happened (past tense); a "
          "dated, timed appointment from HR but not an interview.")

    # N18 hiring fair arrival slot
    c = "b13-18-neg-hospitality-hiring-fair-time-slot"
    user = "aisha.bello@example.com"
    s = dt(2026, 3, 21, 13, 0, "America/Los_Angeles")
    cal = ics("PUBLISH", "evt-88301-tkt-5590142@ticketpeak.example", s, s + timedelta(minutes=30),
              "Seattle Spring Hospitality Hiring Fair - Arrival window 1:00-1:30 PM",
              ("Seattle Hospitality Alliance", "events@ticketpeak.example"), [("Aisha Bello", user)],
              description="Booths: 40+ hotels, restaurants and venues. Bring printed resumes. Many employers will hold on-the-spot interviews.",
              location="Pier 91 Cruise Terminal Hall B, Seattle WA", stamp=dt(2026, 3, 2, 18, 0, "UTC"))
    html = """<html><body style="font-family:Arial,sans-serif">
<h2>You're registered! Seattle Spring Hospitality Hiring Fair</h2>
<p>Hi Aisha, your free ticket (Order #5590142) is confirmed.</p>
<p><b>Saturday, March 21, 2026</b><br>Your arrival window: <b>1:00 PM - 1:30 PM PDT</b><br>Pier 91 Cruise Terminal, Hall B</p>
<p>40+ hotels, restaurants and event venues are hiring for spring and summer: line cooks, housekeepers, banquet servers, front desk agents and more. Bring printed copies of your resume &ndash; many employers will be conducting <b>on-the-spot interviews</b> at their booths, so dress to impress!</p>
<p>Tip: check the <a href="https://ticketpeak.example/e/88301/booths">booth map</a> ahead of time to plan which candidates' lines to visit first.</p>
<p style="font-size:11px;color:#888">TicketPeak, on behalf of Seattle Hospitality Alliance. Add to calendar attached.</p>
</body></html>"""
    m = mail("TicketPeak <tickets@ticketpeak.example>", user, "Your ticket: Seattle Spring Hospitality Hiring Fair (Sat, Mar 21)",
             dt(2026, 3, 2, 10, 3, "America/Los_Angeles"), None, html=html, html_only=True, delivered_to=user, cal=cal,
             cal_method="PUBLISH", attach_name="hiring-fair.ics")
    add(c, "01-ticket-arrival-window.eml", m)
    label(c, user, [], "hard", "negative/job-fair-slot",
          "Hiring-fair ticket with a 30-minute arrival window and .ics; 'on-the-spot interviews' may happen but nothing "
          "is scheduled with any employer.")

    # N19 exit interview at current job (Google invite)
    c = "b13-19-neg-exit-interview-current-employer"
    user = "priyanka.dasgupta@example.com"
    s = dt(2026, 3, 6, 14, 0, "America/New_York")
    e = s + timedelta(minutes=30)
    plain = ("Exit interview - Priyanka Dasgupta\nFriday Mar 6, 2026 ⋅ 2:00pm – 2:30pm\nEastern Time - New York\n\n"
             "Hi Priyanka - as part of your offboarding we'd like to hold a short, confidential exit interview to hear "
             "about your experience at Castellan & Reyes. Please also return your building badge and laptop that day.\n\n"
             "Organizer\nTheresa Quong\ntquong@castellanreyes.example\n\nGuests\nTheresa Quong - organizer\n" + user +
             "\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n")
    cal = ics("REQUEST", "5v1q0p8kxexit20260306@google.com", s, e, "Exit interview - Priyanka Dasgupta",
              ("Theresa Quong", "tquong@castellanreyes.example"), [("Theresa Quong", "tquong@castellanreyes.example"),
                                                                    ("Priyanka Dasgupta", user)],
              description="As part of your offboarding: short, confidential exit interview. Please return your badge and laptop.",
              location="HR office, 9th floor", prodid="-//Google Inc//Google Calendar 70.9054//EN",
              stamp=dt(2026, 2, 27, 15, 0, "UTC"))
    m = mail("Theresa Quong <tquong@castellanreyes.example>", user,
             "Invitation: Exit interview - Priyanka Dasgupta @ Fri Mar 6, 2026 2pm - 2:30pm (EST) (" + user + ")",
             dt(2026, 2, 27, 15, 0, "UTC"), plain, html=html_of(plain), cte="base64", delivered_to=user, cal=cal,
             cal_inline=True, mixed=True, headers=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    add(c, "01-google-invite-exit-interview.eml", m)
    label(c, user, [], "hard", "negative/exit-interview",
          "Google Calendar invite for an exit interview with HR at the user's CURRENT employer (offboarding). Uses the "
          "word interview, has a time and HR organizer, but is not a hiring-process interview for the user.")

    # N20 tenancy interview (London letting agent)
    c = "b13-20-neg-tenancy-interview-landlord"
    user = "h.achterberg@example.com"
    m = mail("Felix Amankwah <felix@dalstonlets.example>", "Hanneke Achterberg <h.achterberg@example.com>",
             "Flat 3, 27 Wilmot Road - tenancy interview Saturday", dt(2026, 6, 10, 17, 22, "Europe/London"),
             """Hi Hanneke,

Good news - the landlord has shortlisted you and one other applicant for Flat 3, 27 Wilmot Road (£1,650 pcm).

She'd like to do a short tenancy interview in person at the flat this Saturday (13 June) at 11am, about 20 minutes. She usually asks about your job and employment status, how long you plan to stay, pets/smoking and guarantor. Please bring your employer reference letter, last three payslips and photo ID.

Let me know if that works and I'll confirm with her.

Best,
Felix Amankwah
Lettings Negotiator | Dalston Lets
112 Kingsland High St, London E8 2NS
020 7946 0311""", delivered_to=user, cte="quoted-printable")
    add(c, "01-letting-agent.eml", m)
    label(c, user, [], "hard", "negative/tenancy-interview",
          "Letting agent arranges a 'tenancy interview' with a landlord (asks about the user's job). Non-job interview.")

    # N21 union hall dispatch / job call
    c = "b13-21-neg-union-hall-dispatch-job-call"
    user = "ray.kowalczyk@example.com"
    m = mail("Dispatch - Pipefitters Local 418 <dispatch@ua418hall.example>", user,
             "JOB CALL - Brightwater Refinery turnaround - report Mon 6:30 AM", dt(2026, 9, 10, 15, 5, "America/Chicago"),
             """Brother Kowalczyk,

Your name has come up on Book 1 for the following call. Reply or call the hall by 4:00 PM Friday to accept.

Contractor: Delmont Mechanical Services
Job: Brightwater Refinery fall turnaround, Joliet IL
Classification: Journeyman Pipefitter (welder cert required - 6G)
Duration: approx. 6 weeks, 6x10s
Report: MONDAY 9/14 at 6:30 AM to the hall for dispatch slip, then to the Gate 3 trailer for site orientation and badging

No interview is required - Delmont takes referrals in book order per the CBA. Bring your card, TWIC, hard toe boots, and your current weld certs. Bring a copy of your drug-free card.

In solidarity,
Dispatch Office
Pipefitters Local 418
3300 Ruby St, Franklin Park IL 60131 | (708) 555-0155""", delivered_to=user, cte="7bit")
    add(c, "01-job-call.eml", m)
    label(c, user, [], "hard", "negative/union-hall-dispatch",
          "Union hiring-hall job call: report time for a dispatch slip and site orientation; explicitly 'no interview is "
          "required' (referral in book order). A work assignment, not an interview.")

    # N22 restaurant trial shift (stage) - hands-on, not a conversation
    c = "b13-22-neg-restaurant-trial-shift-stage"
    user = "luis.carmona@example.com"
    sent = dt(2026, 5, 27, 22, 41, "America/Chicago")
    m1 = mail("Ana Ruelas <chef.ana.ruelas@mail.example>", user, "trial shift friday",
              sent, """Hey Luis!

Great talking with you Tuesday. Like I said, next step is a trial shift (stage) on the line - this Friday 5/29, 4pm to 10pm, working garde manger with Tomas. It's hands-on, no sit-down interview this time, we already did that part. It's paid, $18/hr for the shift.

Bring your knives, non-slip shoes, black pants. We'll have a chef coat for you. Family meal is at 4:15.

Chef Ana
Maíz y Brasa - 1820 S Blue Island Ave, Chicago
312-555-0117""", delivered_to=user, cte="quoted-printable")
    add(c, "01-chef-trial-shift.eml", m1)
    m2 = mail(f"Luis Carmona <{user}>", "Ana Ruelas <chef.ana.ruelas@mail.example>", "Re: trial shift friday",
              dt(2026, 5, 28, 7, 55, "America/Chicago"), """Sounds good Chef, see you Friday at 4. I'll bring my knives.

Luis

On Wed, May 27, 2026 at 10:41 PM Ana Ruelas <chef.ana.ruelas@mail.example> wrote:
> next step is a trial shift (stage) on the line - this Friday 5/29, 4pm to 10pm""",
              delivered_to=user, in_reply_to=m1["Message-ID"], cte="7bit")
    add(c, "02-luis-confirms.eml", m2)
    label(c, user, [], "hard", "negative/working-interview-trial-shift",
          "Decision: a paid trial shift/stage working the line is a live hands-on assessment, not a conversation "
          "('no sit-down interview this time, we already did that part'), so per the rules it is not an interview "
          "step (like a work-sample assessment). The real interview on Tuesday is only mentioned in the past.")


def main():
    random.seed(13)  # MIME boundaries come from `random`; keep output byte-identical
    build()
    for p in HERE.iterdir():
        if p.is_dir() and p.name[:3].startswith("b13"):
            shutil.rmtree(p)
    for case, items in CASES.items():
        d = HERE / case
        d.mkdir()
        for name, data in items:
            (d / name).write_bytes(data)
    with open(HERE / "labels.yaml", "w", encoding="utf-8") as fh:
        fh.write("# Labels for blind13 (written blind). See /work/shared/eval/README.md for the schema.\n")
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=100)
    print(f"{len(CASES)} cases written")


if __name__ == "__main__":
    main()
