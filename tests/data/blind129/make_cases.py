#!/usr/bin/env python3
"""Deterministic generator for the blind129 interview-detection set.

Rewrites every case folder (b129-*) next to this file and labels.yaml.
Only stdlib + PyYAML + zoneinfo. Run:  python make_cases.py
All people, companies and domains are invented (.example / example.com).
"""
import base64
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = "renee.whitfield@example.com"
OWNER_NAME = "Renee Whitfield"
OWNER_PHONE = "(404) 555-0147"

NY = ZoneInfo("America/New_York")
CHI = ZoneInfo("America/Chicago")
LA = ZoneInfo("America/Los_Angeles")
SP = ZoneInfo("America/Sao_Paulo")
BER = ZoneInfo("Europe/Berlin")
LON = ZoneInfo("Europe/London")
SYD = ZoneInfo("Australia/Sydney")
UTC = timezone.utc

LABELS = {}
CASES = {}  # case_id -> list of (filename, bytes)


def T(zone, y, mo, d, h=0, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=zone)


def wd(dt):
    return dt.strftime("%A")


def check_wd(dt, name):
    assert wd(dt) == name, (dt, wd(dt), name)


def iso(dt):
    return dt.isoformat() if dt is not None else None


# ------------------------------------------------------------------ e-mail helpers
_msgid_counter = [0]


def msgid(domain):
    _msgid_counter[0] += 1
    n = _msgid_counter[0]
    tok = base64.b32encode(("b129-%04d-%s" % (n, domain)).encode()).decode().strip("=").lower()[:22]
    return "<%s@%s>" % (tok, domain)


def email(*, frm, subject, date, text=None, html=None, cte=None, html_cte=None, to=None, cc=None,
          reply_to=None, sender=None, headers=(), received=None, message_id=None, in_reply_to=None,
          references=None, delivered_to=OWNER, calendar=None, cal_method="REQUEST", attachments=(),
          html_only=False):
    m = EmailMessage(policy=POLICY)
    m["Delivered-To"] = delivered_to
    if received:
        m["Received"] = received % {"date": format_datetime(date.astimezone(UTC))}
    dom = frm.split("@")[-1].rstrip(">")
    m["Return-Path"] = "<bounce-%s>" % frm.split("<")[-1].rstrip(">") if "<" in frm else "<%s>" % frm
    m["From"] = frm
    if sender:
        m["Sender"] = sender
    if reply_to:
        m["Reply-To"] = reply_to
    m["To"] = to or "%s <%s>" % (OWNER_NAME, OWNER)
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = message_id or msgid(dom)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    if html_only:
        m.set_content(html, subtype="html", cte=html_cte or cte or "base64")
    else:
        m.set_content(text, cte=cte or "quoted-printable")
        if html:
            m.add_alternative(html, subtype="html", cte=html_cte or "quoted-printable")
    if calendar is not None:
        if m.get_content_type() == "multipart/alternative" or html is not None:
            m.add_alternative(calendar, subtype="calendar", params={"method": cal_method},
                              cte="7bit" if calendar.isascii() else "8bit")
        else:
            m.make_alternative()
            m.add_alternative(calendar, subtype="calendar", params={"method": cal_method},
                              cte="7bit" if calendar.isascii() else "8bit")
    for (fname, maintype, subtype, data) in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    k = 0
    for part in m.walk():  # deterministic MIME boundaries
        if part.is_multipart():
            k += 1
            part.set_boundary("b129_%s_%d" % (m["Message-ID"].strip("<>").split("@")[0][:16], k))
    return m.as_bytes()


def add(case, fname, data):
    CASES.setdefault(case, []).append((fname, data if isinstance(data, bytes) else data.encode("utf-8")))


def label(case, *, interviews, difficulty, category, notes):
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


# ------------------------------------------------------------------ iCalendar helpers
def fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        b = len(ch.encode("utf-8"))
        limit = 75 if not out else 74
        if n + b > limit:
            out.append(cur)
            cur, n = "", 0
        cur += ch
        n += b
    out.append(cur)
    return "\r\n ".join(out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


RULES = {
    "US": (("16010101T020000", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11"),
           ("16010101T020000", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3")),
    "EU": (("16010101T030000", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"),
           ("16010101T020000", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3")),
    "UK": (("16010101T020000", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"),
           ("16010101T010000", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3")),
}


def offstr(td):
    s = int(td.total_seconds())
    sign = "+" if s >= 0 else "-"
    s = abs(s)
    return "%s%02d%02d" % (sign, s // 3600, (s % 3600) // 60)


def vtimezone(tzid, zone, rules):
    std = datetime(2026, 1, 15, 12, tzinfo=zone).utcoffset()
    dst = datetime(2026, 7, 15, 12, tzinfo=zone).utcoffset()
    (sd, sr), (dd, dr) = RULES[rules]
    return ["BEGIN:VTIMEZONE", "TZID:" + tzid,
            "BEGIN:STANDARD", "DTSTART:" + sd, "RRULE:" + sr,
            "TZOFFSETFROM:" + offstr(dst), "TZOFFSETTO:" + offstr(std), "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:" + dd, "RRULE:" + dr,
            "TZOFFSETFROM:" + offstr(std), "TZOFFSETTO:" + offstr(dst), "END:DAYLIGHT",
            "END:VTIMEZONE"]


def utcz(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics(*, method, uid, start, end, summary, organizer, attendees, dtstamp, prodid, seq=0,
        status="CONFIRMED", description=None, location=None, tz=None, extra=(), cal_extra=()):
    """tz = None -> UTC 'Z' times; tz = (tzid, zone, rules) -> TZID times with a VTIMEZONE."""
    L = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:" + method]
    L += list(cal_extra)
    if tz:
        tzid, zone, rules = tz
        L += vtimezone(tzid, zone, rules)
        ds = "DTSTART;TZID=%s:%s" % (tzid, start.astimezone(zone).strftime("%Y%m%dT%H%M%S"))
        de = "DTEND;TZID=%s:%s" % (tzid, end.astimezone(zone).strftime("%Y%m%dT%H%M%S"))
    else:
        ds, de = "DTSTART:" + utcz(start), "DTEND:" + utcz(end)
    L += ["BEGIN:VEVENT", ds, de, "DTSTAMP:" + utcz(dtstamp)]
    L.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    L.append("UID:" + uid)
    for a in attendees:
        name, addr = a[0], a[1]
        part = a[2] if len(a) > 2 else "NEEDS-ACTION"
        role = a[3] if len(a) > 3 else "REQ-PARTICIPANT"
        L.append("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=%s;RSVP=TRUE;CN=%s:mailto:%s"
                 % (role, part, name, addr))
    if description is not None:
        L.append("DESCRIPTION:" + esc(description))
    if location is not None:
        L.append("LOCATION:" + esc(location))
    L += ["SEQUENCE:%d" % seq, "STATUS:" + status, "SUMMARY:" + esc(summary), "TRANSP:OPAQUE"]
    L += list(extra)
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in L) + "\r\n"


def gmail_rcv(host):
    return ("from %s (%s [198.51.100.%d]) by mx.mail.example with ESMTPS id b129x"
            " for <%s>; %%(date)s" % (host, host, 10 + len(host) % 80, OWNER))


SIG_RENEE = "Renee Whitfield\n%s\nAtlanta, GA" % OWNER_PHONE

# =================================================================== POSITIVE CASES

# ---- 01 InMail thread: "does Thursday at 2 work?" -> confirmed ---------------------------------
C = "b129-01-inmail-thursday-at-2-phone-screen"
d1 = T(NY, 2026, 3, 2, 9, 14)
d2 = T(NY, 2026, 3, 2, 14, 41)
start = T(NY, 2026, 3, 5, 14, 0)
check_wd(d1, "Monday"); check_wd(start, "Thursday")
LI = "LinkedIn <inmail-hit-reply@linkedin.example>"
txt1 = """Sarah Kowalczyk sent you a message

Sarah Kowalczyk
Senior Talent Acquisition Partner at Pinewell Health

"Hi Renee - thanks so much for applying to the Customer Success Manager, Provider Accounts role here at Pinewell Health. Your background in renewals and onboarding for healthcare clients is exactly what the team is looking for. I'd love to set up a quick 30 minute phone screen to tell you more and hear about what you're looking for. Does Thursday at 2 work? (Eastern) If not, send me a couple of windows and we'll make it happen!"

Reply: https://www.linkedin.example/messaging/thread/2-MzQ0NjY1Yzkt/

You are receiving InMail notification emails.
Unsubscribe: https://www.linkedin.example/e/v2?e=unsub-inmail
This email was intended for Renee Whitfield (Customer Success Manager | SaaS | Renewals & Expansion)
LinkedIn Corporation, 1000 Example Way, Sunnyvale, CA 94000
"""
html1 = "<html><body style=\"font-family:-apple-system,Helvetica,Arial\"><table width=\"100%\"><tr><td>" \
        "<p style=\"font-size:20px\">Sarah Kowalczyk sent you a message</p>" \
        "<p><b>Sarah Kowalczyk</b><br>Senior Talent Acquisition Partner at Pinewell Health</p>" \
        "<blockquote style=\"border-left:3px solid #ccc;padding-left:8px\">Hi Renee - thanks so much for applying to the " \
        "Customer Success Manager, Provider Accounts role here at Pinewell Health. Your background in renewals and " \
        "onboarding for healthcare clients is exactly what the team is looking for. I&#39;d love to set up a quick 30 " \
        "minute phone screen to tell you more and hear about what you&#39;re looking for. Does Thursday at 2 work? " \
        "(Eastern) If not, send me a couple of windows and we&#39;ll make it happen!</blockquote>" \
        "<p><a href=\"https://www.linkedin.example/messaging/thread/2-MzQ0NjY1Yzkt/\" style=\"background:#0a66c2;" \
        "color:#fff;padding:8px 16px;border-radius:16px\">Reply</a></p>" \
        "<p style=\"font-size:11px;color:#666\">This email was intended for Renee Whitfield. " \
        "LinkedIn Corporation, 1000 Example Way, Sunnyvale, CA 94000</p></td></tr></table></body></html>"
m1 = msgid("linkedin.example")
add(C, "01-inmail-sarah.eml", email(frm=LI, subject="Sarah sent you a message", date=d1, text=txt1, html=html1,
    received=gmail_rcv("mailb-ab.linkedin.example"), message_id=m1,
    headers=[("X-LinkedIn-Class", "INMAIL"), ("X-LinkedIn-Template", "inmail_notification_v2"),
             ("List-Unsubscribe", "<https://www.linkedin.example/e/v2?e=unsub-inmail>")]))
txt2 = """Sarah Kowalczyk sent you a message

"Perfect - Thursday at 2 it is! I'll give you a call at 404-555-0147. Plan on about 30 minutes. If anything comes up before then, my direct email is sarah.kowalczyk@pinewellhealth.example. Talk soon!"

> You: Hi Sarah, thank you for reaching out! Thursday at 2 works great for me.

Reply: https://www.linkedin.example/messaging/thread/2-MzQ0NjY1Yzkt/

This email was intended for Renee Whitfield (Customer Success Manager | SaaS | Renewals & Expansion)
LinkedIn Corporation, 1000 Example Way, Sunnyvale, CA 94000
"""
add(C, "02-inmail-sarah-reply.eml", email(frm=LI, subject="Sarah sent you a message", date=d2, text=txt2,
    received=gmail_rcv("mailb-ab.linkedin.example"),
    headers=[("X-LinkedIn-Class", "INMAIL"), ("X-LinkedIn-Template", "inmail_notification_v2")]))
label(C, interviews=[iv("Pinewell Health", "Customer Success Manager, Provider Accounts", start,
                        start + timedelta(minutes=30), "scheduled", ["sarah.kowalczyk@pinewellhealth.example"],
                        ["sarah.kowalczyk@pinewellhealth.example"], "phone_screen")],
      difficulty="medium", category="positive/inmail-thread",
      notes="Two InMail notification mails quoting the recruiter; 'Thursday at 2' (Eastern) resolved against "
            "Mon 2 Mar (EST, before DST). Recruiter gives her e-mail in the message and is the screener.")

# ---- 02 Voicemail transcription: "phone interview tomorrow at 10" (just after US DST) ---------------
C = "b129-02-voicemail-phone-interview-tomorrow"
d1 = T(NY, 2026, 3, 10, 16, 42)
d2 = T(NY, 2026, 3, 10, 17, 6)
start = T(NY, 2026, 3, 11, 10, 0)
check_wd(d1, "Tuesday")
VM = "Dialtone Voice <voicemail@dialtone-voice.example>"
txt1 = """New voicemail from (404) 555-0188
Received: Tue, Mar 10, 2026 at 4:41 PM
Length: 0:38

Transcript (beta):
"Hi Renee, this is Mark Delgado over at Tallgrass Logistics, I'm the recruiter working on the client success manager position you applied for. Um, I'm calling to set up a phone interview with you for tomorrow at 10, I'll just give you a ring on this number, it should only take about half an hour. If ten o'clock doesn't work for whatever reason just give me a call back at 404-555-0188 and we'll find another time. Okay, talk to you tomorrow, bye."

Play message: https://voice.dialtone-voice.example/vm/8f2c1a
Call back: https://voice.dialtone-voice.example/call?n=%2B14045550188

Transcripts are automatically generated and may not be accurate.
You are receiving this because voicemail-to-email is turned on for (404) 555-0147.
"""
add(C, "01-voicemail-404-555-0188.eml", email(frm=VM, subject="New voicemail from (404) 555-0188", date=d1,
    text=txt1, cte="7bit", received=gmail_rcv("out-3.dialtone-voice.example"),
    attachments=[("voicemail-20260310-1641.mp3", "audio", "mpeg",
                  b"ID3\x03\x00\x00\x00\x00\x00\x0fTIT2\x00\x00\x00\x05\x00\x00\x00vm\x00" + bytes(range(64)))]))
txt2 = """Hi Renee,

I just left you a voicemail - reply here if tomorrow morning doesn't work and we'll move it. Otherwise I'll call your cell then.

Thanks,

Mark Delgado
Recruiter | Tallgrass Logistics
o. 404-555-0188
3350 Riverwood Pkwy, Suite 400, Atlanta, GA 30339
tallgrasslogistics.example
"""
add(C, "02-mark-tallgrass.eml", email(frm="Mark Delgado <mark.delgado@tallgrasslogistics.example>",
    subject="Tallgrass Logistics - Client Success Manager", date=d2, text=txt2,
    received=gmail_rcv("mail-sor.tallgrasslogistics.example"),
    headers=[("X-Mailer", "Microsoft Outlook 16.0")]))
label(C, interviews=[iv("Tallgrass Logistics", "Client Success Manager", start, start + timedelta(minutes=30),
                        "scheduled", ["mark.delgado@tallgrasslogistics.example"],
                        ["mark.delgado@tallgrasslogistics.example"], "phone_screen")],
      difficulty="hard", category="positive/voicemail-transcript",
      notes="Time only in the voicemail transcript ('tomorrow at 10', half an hour), Tue 10 Mar -> Wed 11 Mar "
            "10:00 EDT (two days after US DST). Follow-up e-mail from the recruiter restates no time.")

# ---- 03 ATS confirmation + .ics (Los Angeles) + SMS reminder that says 'PST' in March ----------------
C = "b129-03-ats-ics-plus-sms-reminder-pdt"
d1 = T(LA, 2026, 3, 6, 12, 20)
d2 = T(LA, 2026, 3, 11, 16, 30)
start = T(LA, 2026, 3, 12, 16, 30)
end = start + timedelta(minutes=45)
check_wd(start, "Thursday")
et = start.astimezone(NY)
assert et.hour == 19 and et.minute == 30
cal = ics(method="REQUEST", uid="hb-iv-77120-3@hirebridge.example", start=start, end=end,
          summary="Interview: Renee Whitfield / Customer Success Manager, Enterprise (Crestmark Software)",
          organizer=("Crestmark Recruiting", "no-reply@crestmark.hirebridge.example"),
          attendees=[("Lydia Marsh", "lydia.marsh@crestmark.example", "ACCEPTED"),
                     ("Renee Whitfield", OWNER)],
          dtstamp=d1, prodid="-//HireBridge//Interview Scheduler 4.2//EN",
          tz=("America/Los_Angeles", LA, "US"),
          description="Video interview with Lydia Marsh (Senior Manager, Customer Success).\n"
                      "Join: https://meet.crestmark.example/j/4419087\nQuestions? owen.bergstrom@crestmark.example",
          location="Video call (link in description)")
txt1 = """Hi Renee,

Your interview with Crestmark Software is confirmed.

Position: Customer Success Manager, Enterprise
Format: Video interview
Interviewer: Lydia Marsh, Senior Manager, Customer Success
When: Thursday, March 12, 2026, 4:30 PM - 5:15 PM Pacific Time (US & Canada)
Join link: https://meet.crestmark.example/j/4419087

A calendar invitation is attached. If you need to reschedule, reply to this email and Owen Bergstrom from our recruiting team will help.

We look forward to speaking with you!

Crestmark Software Talent Team
1201 Western Ave, Seattle, WA 98101

Powered by HireBridge
"""
add(C, "01-crestmark-interview-confirmed.eml", email(
    frm="Crestmark Software <no-reply@crestmark.hirebridge.example>",
    reply_to="Owen Bergstrom <owen.bergstrom@crestmark.example>",
    subject="Interview confirmed: Customer Success Manager, Enterprise - Crestmark Software", date=d1,
    text=txt1, received=gmail_rcv("o12.mail.hirebridge.example"),
    attachments=[("invite.ics", "text", "calendar", cal.encode("utf-8"))]))
txt2 = """SMS sent to +1 404-555-0147 on 03/11/2026 4:30 PM PT:

Crestmark Software: Reminder - your interview is tmrw Thu 3/12 @ 4:30p PST (7:30p ET) w/ Lydia Marsh. Link: https://meet.crestmark.example/j/4419087  Reply C to confirm, STOP to opt out.

--
This is a copy of a text message sent on behalf of Crestmark Software by HireBridge.
"""
add(C, "02-sms-reminder-copy.eml", email(frm="HireBridge Messages <sms-copy@hirebridge.example>",
    subject="Text message copy: interview reminder", date=d2, text=txt2, cte="7bit",
    received=gmail_rcv("o12.mail.hirebridge.example")))
label(C, interviews=[iv("Crestmark Software", "Customer Success Manager, Enterprise", start, end, "scheduled",
                        ["lydia.marsh@crestmark.example"], ["lydia.marsh@crestmark.example"],
                        "hiring_manager")],
      difficulty="hard", category="positive/ats-ics-sms-reminder",
      notes="ATS mail + TZID America/Los_Angeles .ics; SMS copy says '4:30p PST (7:30p ET)' although 12 Mar is "
            "already PDT (-07:00). One interview.")

# ---- 04 WhatsApp Business message relayed by e-mail (Sao Paulo, 14h) --------------------------------
C = "b129-04-whatsapp-relay-sao-paulo-14h"
d1 = T(SP, 2026, 3, 16, 11, 2)
d2 = T(SP, 2026, 3, 16, 15, 27)
start = T(SP, 2026, 3, 19, 14, 0)
check_wd(d1, "Monday"); check_wd(start, "Thursday")
assert start.astimezone(NY).hour == 13
WA = "Vértice Pagamentos via ChatRelay <whatsapp@chatrelay.example>"
txt1 = """New WhatsApp Business message

From: Vértice Pagamentos (+55 11 95555-0123) - verified business
To: Renee Whitfield (+1 404-555-0147)

Olá Renee! 👋 This is Fernanda from the Talent team at Vértice Pagamentos. Thanks for applying to our Customer Success Manager - North America opening! I'd like to invite you to a first interview with me over Google Meet (about 45 min). Would Thursday at 14h Brasília time work? That should be 13h in Atlanta. 😊

Reply in WhatsApp or reply to this email - your reply will be delivered as a WhatsApp message.

--
ChatRelay - WhatsApp Business inbox for teams
Manage notifications: https://app.chatrelay.example/settings/notifications
"""
m1 = msgid("chatrelay.example")
add(C, "01-whatsapp-fernanda.eml", email(frm=WA, subject="New WhatsApp message from Vértice Pagamentos", date=d1,
    text=txt1, cte="base64", received=gmail_rcv("smtp-out.chatrelay.example"), message_id=m1,
    reply_to="reply+wa-5511955550123-8822@chatrelay.example"))
txt2 = """New WhatsApp Business message

From: Vértice Pagamentos (+55 11 95555-0123) - verified business

> You (12:40): Hi Fernanda, thanks! Thursday at 14h your time works for me.

Perfeito, Renee! ✅ Confirmado: quinta-feira 19/03 às 14h (Brasília). Link: https://meet.google.example/vtx-qpra-mho
Se precisar de algo, my email is fernanda.lima@verticepagamentos.example. Até quinta!

--
ChatRelay - WhatsApp Business inbox for teams
"""
add(C, "02-whatsapp-fernanda-confirmed.eml", email(frm=WA, subject="New WhatsApp message from Vértice Pagamentos",
    date=d2, text=txt2, cte="base64", received=gmail_rcv("smtp-out.chatrelay.example"), in_reply_to=m1,
    reply_to="reply+wa-5511955550123-8822@chatrelay.example"))
label(C, interviews=[iv("Vértice Pagamentos", "Customer Success Manager - North America", start,
                        start + timedelta(minutes=45), "scheduled", ["fernanda.lima@verticepagamentos.example"],
                        ["fernanda.lima@verticepagamentos.example"], "phone_screen")],
      difficulty="hard", category="positive/whatsapp-relay",
      notes="WhatsApp messages relayed by e-mail (base64, emoji, Portuguese mix). 'quinta 19/03 às 14h "
            "(Brasília)' = 14:00-03:00 (Brazil no DST) = 13:00 EDT.")

# ---- 05 Calendly booking confirmation + SMS-style reminder ---------------------------------------
C = "b129-05-calendly-booking-and-sms-reminder"
d1 = T(NY, 2026, 3, 18, 15, 33)
d2 = T(NY, 2026, 3, 23, 14, 0)
start = T(NY, 2026, 3, 23, 15, 0)
end = start + timedelta(minutes=30)
check_wd(start, "Monday")
cal = ics(method="REQUEST", uid="cal-7f3e0a91-55b2-4a2e-9d1c-harborline@calendly.example", start=start, end=end,
          summary="Intro Call - Customer Success between Dana Whitcombe and Renee Whitfield",
          organizer=("Dana Whitcombe", "dana.whitcombe@harborline.example"),
          attendees=[("Dana Whitcombe", "dana.whitcombe@harborline.example", "ACCEPTED"),
                     ("Renee Whitfield", OWNER, "ACCEPTED")],
          dtstamp=d1, prodid="-//Calendly//Calendly Scheduling//EN",
          description="Event Name: Intro Call - Customer Success\n\nLocation: Dana will call you at +1 404-555-0147"
                      "\n\nQuestions:\nWhich role are you interested in?\nSenior Customer Success Manager\n\n"
                      "Need to make changes to this event?\nCancel: https://calendly.example/cancellations/7f3e0a91\n"
                      "Reschedule: https://calendly.example/reschedulings/7f3e0a91",
          location="+1 404-555-0147")
txt1 = """Hi Renee Whitfield,

Your intro call - customer success with Dana Whitcombe at 3:00pm - 3:30pm (Eastern Time - US & Canada) on Monday, March 23, 2026 is scheduled.

Event Type:
Intro Call - Customer Success

Event Date/Time:
3:00pm - 3:30pm, Monday, March 23, 2026 (Eastern Time - US & Canada)

Location:
Dana will call you at +1 404-555-0147

Questions:
Which role are you interested in?
Senior Customer Success Manager

Cancel: https://calendly.example/cancellations/7f3e0a91
Reschedule: https://calendly.example/reschedulings/7f3e0a91

Powered by Calendly.example
"""
html1 = ("<html><body><div style=\"font-family:Helvetica,Arial;max-width:560px\"><p>Hi Renee Whitfield,</p>"
         "<p>Your intro call - customer success with <b>Dana Whitcombe</b> at <b>3:00pm - 3:30pm (Eastern Time - "
         "US &amp; Canada)</b> on <b>Monday, March 23, 2026</b> is scheduled.</p>"
         "<p><b>Event Type:</b><br>Intro Call - Customer Success</p><p><b>Location:</b><br>Dana will call you at "
         "+1 404-555-0147</p><p><b>Questions:</b><br>Which role are you interested in?<br>Senior Customer Success "
         "Manager</p><p><a href=\"https://calendly.example/cancellations/7f3e0a91\">Cancel</a> | "
         "<a href=\"https://calendly.example/reschedulings/7f3e0a91\">Reschedule</a></p>"
         "<p style=\"color:#999;font-size:11px\">Powered by Calendly.example</p></div></body></html>")
add(C, "01-calendly-confirmed.eml", email(frm="Calendly <notifications@calendly.example>",
    reply_to="Dana Whitcombe <dana.whitcombe@harborline.example>",
    subject="Confirmed: Intro Call - Customer Success with Dana Whitcombe on Monday, March 23, 2026",
    date=d1, text=txt1, html=html1, received=gmail_rcv("mail.calendly.example"),
    attachments=[("invite.ics", "application", "ics", cal.encode("utf-8"))]))
txt2 = """Reminder: Intro Call - Customer Success w/ Dana Whitcombe (Harborline) today 3:00pm ET. Dana will call +1 404-555-0147. Need to change? calendly.example/r/7f3e0a91
"""
add(C, "02-calendly-reminder.eml", email(frm="Calendly <notifications@calendly.example>",
    reply_to="Dana Whitcombe <dana.whitcombe@harborline.example>",
    subject="Reminder: Intro Call - Customer Success starts in 1 hour", date=d2, text=txt2, cte="7bit",
    received=gmail_rcv("mail.calendly.example")))
label(C, interviews=[iv("Harborline", "Senior Customer Success Manager", start, end, "scheduled",
                        ["dana.whitcombe@harborline.example"], ["dana.whitcombe@harborline.example"],
                        "phone_screen")],
      difficulty="medium", category="positive/calendly-sms-reminder",
      notes="Calendly invitee confirmation with .ics (UTC) plus a one-line SMS-style reminder; one interview. "
            "Company name appears only in the reminder and the host's domain.")

# ---- 06 Teams chat notifications + German Outlook invite (Munich, 14:00 Uhr before EU DST) -----------
C = "b129-06-teams-chat-and-outlook-invite-munich"
d1 = T(BER, 2026, 3, 19, 8, 10)
d2 = T(BER, 2026, 3, 19, 9, 2)
d3 = T(BER, 2026, 3, 19, 9, 5)
start = T(BER, 2026, 3, 24, 14, 0)
end = start + timedelta(hours=1)
check_wd(start, "Tuesday")
assert start.astimezone(NY).hour == 9
TEAMS = "Microsoft Teams <noreply@email.teams.example>"
txt1 = """You have 1 new message from Priya Raman

Priya Raman (External) - Kessler Analytik GmbH
8:10 AM

Hi Renee, quick one - Jonas can do Tuesday 24.03. at 14:00 Uhr our time for the interview with him. Does that work for you? Invite will come from me.

Reply in Teams: https://teams.microsoft.example/l/chat/19:kessler-8831/conversations

You're receiving this email because you have unread messages in Microsoft Teams.
Microsoft Corporation, One Example Way, Redmond, WA 98052
"""
add(C, "01-teams-message-priya.eml", email(frm=TEAMS, subject="You have 1 new message from Priya Raman",
    date=d1, text=txt1, received=gmail_rcv("mail-dm6nam.outbound.protection.outlook.example")))
cal = ics(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000B0C4A2F1E8B6DC01000000000000000010000000K7",
          start=start, end=end,
          summary="Interview Renee Whitfield / Jonas Albrecht - Customer Success Manager (US Accounts)",
          organizer=("Priya Raman", "priya.raman@kessler-analytik.example"),
          attendees=[("Jonas Albrecht", "jonas.albrecht@kessler-analytik.example"),
                     ("Renee Whitfield", OWNER)],
          dtstamp=d2, prodid="Microsoft Exchange Server 2010", tz=("W. Europe Standard Time", BER, "EU"),
          description="Hallo Renee, hallo Jonas,\n\nwie besprochen das Interview (60 Min.) per Teams.\n\n"
                      "Viele Grüße\nPriya",
          location="Microsoft Teams-Besprechung",
          extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                 "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"])
txt2 = """Wann: Dienstag, 24. März 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
Wo: Microsoft Teams-Besprechung

*~*~*~*~*~*~*~*~*~*

Hallo Renee, hallo Jonas,

wie besprochen das Interview (60 Min.) per Teams. Jonas Albrecht leitet Customer Success bei uns.

Viele Grüße
Priya

Priya Raman
People & Talent | Kessler Analytik GmbH
Leopoldstraße 88, 80802 München
T +49 89 5555 0142

________________________________________________________________________________
Microsoft Teams-Besprechung
Nehmen Sie auf Ihrem Computer, in der mobilen App oder im Raumgerät teil
Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.example/l/meetup-join/19%3ameeting_KsA2>
Besprechungs-ID: 318 554 902 117
Kennung: Wq7pZ3
________________________________________________________________________________
"""
add(C, "02-einladung-interview-jonas.eml", email(frm="Priya Raman <priya.raman@kessler-analytik.example>",
    to="Renee Whitfield <%s>, Jonas Albrecht <jonas.albrecht@kessler-analytik.example>" % OWNER,
    subject="Interview Renee Whitfield / Jonas Albrecht - Customer Success Manager (US Accounts)", date=d2,
    text=txt2, calendar=cal, received=gmail_rcv("mail-fr2deu.outbound.protection.outlook.example"),
    headers=[("Content-class", "urn:content-classes:calendarmessage"), ("Content-Language", "de-DE"),
             ("Thread-Topic", "Interview Renee Whitfield / Jonas Albrecht - Customer Success Manager (US Accounts)")]))
txt3 = """You have 1 new message from Priya Raman

Priya Raman (External) - Kessler Analytik GmbH
9:05 AM

Invite is out! Heads-up: we only switch to summer time on the 29th, so 14:00 here is 9:00 for you in Atlanta (not 8:00). See you Tuesday 🙂

Reply in Teams: https://teams.microsoft.example/l/chat/19:kessler-8831/conversations

You're receiving this email because you have unread messages in Microsoft Teams.
"""
add(C, "03-teams-message-priya.eml", email(frm=TEAMS, subject="You have 1 new message from Priya Raman",
    date=d3, text=txt3, received=gmail_rcv("mail-dm6nam.outbound.protection.outlook.example")))
label(C, interviews=[iv("Kessler Analytik GmbH", "Customer Success Manager (US Accounts)", start, end, "scheduled",
                        ["jonas.albrecht@kessler-analytik.example"], ["jonas.albrecht@kessler-analytik.example"],
                        "hiring_manager")],
      difficulty="hard", category="positive/teams-chat-dedupe",
      notes="Teams chat notifications + German Exchange invite (W. Europe Standard Time). 24 Mar is CET (+01:00) "
            "while Atlanta is already EDT: 09:00 EDT. One interview; Priya only coordinates.")

# ---- 07 Plain Gmail thread, 'half past ten' -----------------------------------------------------------
C = "b129-07-gmail-thread-half-past-ten"
d1 = T(NY, 2026, 3, 23, 10, 12)
d2 = T(NY, 2026, 3, 23, 16, 47)
start = T(NY, 2026, 3, 27, 10, 30)
check_wd(start, "Friday")
m1 = msgid("fernbrooklearning.example")
txt1 = """Hi Renee,

Keisha Daniels passed along your resume - she speaks really highly of you from your time together at Corvantis. I run Customer Success here at Fernbrook and we're hiring a Senior Customer Success Manager for our district accounts.

Would you have time for a conversation this week? I could do Thursday at 3, or Friday morning, say half past ten. Zoom or phone, whatever you prefer.

Best,
Theo

--
Theo Ramsey
VP, Customer Success | Fernbrook Learning
m: (470) 555-0163
225 Ponce de Leon Ave NE, Atlanta, GA 30308
"""
add(C, "01-theo-fernbrook.eml", email(frm="Theo Ramsey <theo.ramsey@fernbrooklearning.example>",
    subject="Fernbrook - Senior CSM conversation", date=d1, text=txt1, message_id=m1,
    received=gmail_rcv("mail-yw1.fernbrooklearning.example")))
txt2 = """Great - Friday at half past ten it is. I'll call you on your cell; plan on about 45 minutes.

Theo

On Mon, Mar 23, 2026 at 1:58 PM Renee Whitfield <renee.whitfield@example.com> wrote:
> Hi Theo,
>
> Thanks so much for reaching out, and please thank Keisha for me! Friday
> at 10:30 works well for me - phone is great: 404-555-0147.
>
> Best,
> Renee
>
> On Mon, Mar 23, 2026 at 10:12 AM Theo Ramsey <theo.ramsey@fernbrooklearning.example> wrote:
>> Hi Renee,
>>
>> Keisha Daniels passed along your resume - she speaks really highly of you
>> from your time together at Corvantis. I run Customer Success here at
>> Fernbrook and we're hiring a Senior Customer Success Manager for our
>> district accounts.
>>
>> Would you have time for a conversation this week? I could do Thursday at
>> 3, or Friday morning, say half past ten. Zoom or phone, whatever you prefer.
>>
>> Best,
>> Theo
"""
add(C, "02-theo-fernbrook-re.eml", email(frm="Theo Ramsey <theo.ramsey@fernbrooklearning.example>",
    subject="Re: Fernbrook - Senior CSM conversation", date=d2, text=txt2, in_reply_to=m1,
    received=gmail_rcv("mail-yw1.fernbrooklearning.example")))
label(C, interviews=[iv("Fernbrook Learning", "Senior Customer Success Manager", start,
                        start + timedelta(minutes=45), "scheduled", ["theo.ramsey@fernbrooklearning.example"],
                        ["theo.ramsey@fernbrooklearning.example"], "hiring_manager")],
      difficulty="medium", category="positive/gmail-thread",
      notes="Plain thread: two options offered (Thu at 3 / Fri half past ten); quoted reply picks Friday 10:30; "
            "about 45 minutes.")

# ---- 08 ATS confirmation (Chicago) then moved by reply -----------------------------------------------
C = "b129-08-ats-confirmation-moved-by-reply"
d1 = T(CHI, 2026, 4, 1, 9, 30)
d2 = T(CHI, 2026, 4, 3, 14, 5)
orig = T(CHI, 2026, 4, 7, 11, 0)
start = T(CHI, 2026, 4, 9, 13, 30)
check_wd(orig, "Tuesday"); check_wd(start, "Thursday")
cal = ics(method="REQUEST", uid="rk-int-55019@rekrutly.example", start=orig, end=orig + timedelta(minutes=45),
          summary="Interview with Quillon Insurance - Customer Success Manager, Commercial Lines",
          organizer=("Quillon Insurance Recruiting", "no-reply@rekrutly.example"),
          attendees=[("Celeste Park", "celeste.park@quillon.example", "ACCEPTED"), ("Renee Whitfield", OWNER)],
          dtstamp=d1, prodid="-//Rekrutly//Scheduling//EN", tz=("America/Chicago", CHI, "US"),
          description="Video interview with Celeste Park (Director of Client Success). "
                      "Zoom: https://quillon.zoom.example/j/88120455",
          location="Zoom")
m1 = msgid("rekrutly.example")
txt1 = """Hi Renee,

Thank you for your interest in Quillon Insurance! Your interview has been scheduled.

Role: Customer Success Manager, Commercial Lines
Date: Tuesday, April 7, 2026
Time: 11:00 AM - 11:45 AM CDT
Interviewer: Celeste Park, Director of Client Success
Where: Zoom - https://quillon.zoom.example/j/88120455

Need to make a change? Just reply to this email.

Alana Fitch
Talent Acquisition Coordinator, Quillon Insurance
200 N LaSalle St, Chicago, IL 60601 | (312) 555-0119
"""
add(C, "01-quillon-interview-scheduled.eml", email(frm="Quillon Insurance <no-reply@rekrutly.example>",
    reply_to="Alana Fitch <alana.fitch@quillon.example>",
    subject="Interview scheduled - Customer Success Manager, Commercial Lines", date=d1, text=txt1,
    message_id=m1, received=gmail_rcv("smtp.rekrutly.example"),
    attachments=[("interview.ics", "text", "calendar", cal.encode("utf-8"))]))
txt2 = """No worries at all, Renee! Celeste can do Thursday the 9th at 1:30 pm Central instead - same 45-minute Zoom, same link. I've moved it on her calendar, so consider this confirmed unless you tell me otherwise.

Alana

Alana Fitch
Talent Acquisition Coordinator, Quillon Insurance
200 N LaSalle St, Chicago, IL 60601 | (312) 555-0119

-----Original Message-----
From: Renee Whitfield <renee.whitfield@example.com>
Sent: Friday, April 3, 2026 12:48 PM
To: Alana Fitch <alana.fitch@quillon.example>
Subject: Re: Interview scheduled - Customer Success Manager, Commercial Lines

Hi Alana,

Something came up on Tuesday morning that I can't move - is there any chance we could push my conversation with Celeste to later in the week? Wednesday or Thursday afternoon would be ideal.

Thank you!
Renee
"""
add(C, "02-alana-moved.eml", email(frm="Alana Fitch <alana.fitch@quillon.example>",
    subject="RE: Interview scheduled - Customer Success Manager, Commercial Lines", date=d2, text=txt2,
    in_reply_to=m1, received=gmail_rcv("mail-bn8nam.outbound.protection.outlook.example"),
    headers=[("Thread-Topic", "Interview scheduled - Customer Success Manager, Commercial Lines")]))
label(C, interviews=[iv("Quillon Insurance", "Customer Success Manager, Commercial Lines", start,
                        start + timedelta(minutes=45), "scheduled", ["celeste.park@quillon.example"],
                        ["celeste.park@quillon.example"], "hiring_manager")],
      difficulty="hard", category="positive/reschedule-by-reply",
      notes="ATS confirmation + .ics (America/Chicago) for Tue 7 Apr 11:00 CDT, then coordinator moves it by reply "
            "to Thu 9 Apr 1:30 pm Central, same 45 minutes; no updated .ics.")

# ---- 09 Exchange invite from London, cancelled by company ----------------------------------------------
C = "b129-09-outlook-invite-london-cancelled"
d1 = T(LON, 2026, 3, 20, 10, 0)
d2 = T(LON, 2026, 3, 24, 16, 20)
start = T(LON, 2026, 3, 26, 15, 0)
end = start + timedelta(minutes=45)
check_wd(start, "Thursday")
assert start.astimezone(NY).hour == 11
UID9 = "040000008200E00074C5B7101A82E00800000000D1F0E7A3BDB6DC01000000000000000010000000B9"
subj9 = "Interview - Renee Whitfield - Customer Success Manager (Americas)"
common9 = dict(uid=UID9, start=start, end=end, summary=subj9,
               organizer=("Imogen Hale", "imogen.hale@brambleworks.example"),
               attendees=[("Renee Whitfield", OWNER)], prodid="Microsoft Exchange Server 2010",
               tz=("GMT Standard Time", LON, "UK"), location="Microsoft Teams Meeting")
cal1 = ics(method="REQUEST", dtstamp=d1, seq=0, description="Hi Renee, looking forward to chatting. Imogen",
           extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"], **common9)
txt1 = """When: Thursday, 26 March 2026 15:00-15:45 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Renee,

Lovely to connect! As promised, here's a 45-minute slot for us to talk through the Americas CSM role - it'll just be me. 3pm our time should be 11am for you in Atlanta.

Best,
Imogen

Imogen Hale
Head of Customer Success | Bramble Works Ltd
14 Clerkenwell Close, London EC1R 0AA
+44 20 7946 0321

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_Bw9x>
Meeting ID: 402 118 774 903
Passcode: hT6kQp
________________________________________________________________________________
"""
add(C, "01-invite-imogen.eml", email(frm="Imogen Hale <imogen.hale@brambleworks.example>", subject=subj9, date=d1,
    text=txt1, calendar=cal1, received=gmail_rcv("mail-lo2gbr.outbound.protection.outlook.example"),
    headers=[("Content-class", "urn:content-classes:calendarmessage"), ("Thread-Topic", subj9)]))
cal2 = ics(method="CANCEL", dtstamp=d2, seq=1, status="CANCELLED",
           description="Hi Renee, I'm so sorry - we've had to pause hiring for the Americas role.",
           extra=["X-MICROSOFT-CDO-BUSYSTATUS:FREE", "X-MICROSOFT-CDO-IMPORTANCE:2"], **common9)
txt2 = """Hi Renee,

I'm so sorry to do this - we've had to pause hiring for the Americas role after a budget review this morning, so I'm cancelling Thursday's call. I genuinely enjoyed your application and will reach out directly if the role reopens.

Warmly,
Imogen
"""
add(C, "02-canceled-imogen.eml", email(frm="Imogen Hale <imogen.hale@brambleworks.example>",
    subject="Canceled: " + subj9, date=d2, text=txt2, calendar=cal2, cal_method="CANCEL",
    received=gmail_rcv("mail-lo2gbr.outbound.protection.outlook.example"),
    headers=[("Content-class", "urn:content-classes:calendarmessage"), ("Importance", "high"),
             ("Thread-Topic", subj9)]))
label(C, interviews=[iv("Bramble Works Ltd", "Customer Success Manager (Americas)", start, end, "cancelled",
                        ["imogen.hale@brambleworks.example"], ["imogen.hale@brambleworks.example"],
                        "hiring_manager")],
      difficulty="medium", category="positive/cancelled-by-company",
      notes="Exchange invite (GMT Standard Time; London still on GMT on 26 Mar) then METHOD:CANCEL; company paused "
            "hiring. Status cancelled at the last scheduled time.")

# ---- 10 Two-round process: phone screen at noon, then in-person final round (gcal.json) -------------
C = "b129-10-two-rounds-screen-then-onsite"
d1 = T(NY, 2026, 3, 12, 15, 20)
d2 = T(NY, 2026, 3, 13, 9, 2)
d3 = T(NY, 2026, 3, 19, 11, 40)
s1 = T(NY, 2026, 3, 16, 12, 0)
s2 = T(NY, 2026, 3, 31, 13, 0)
e2 = T(NY, 2026, 3, 31, 15, 30)
check_wd(s1, "Monday"); check_wd(s2, "Tuesday"); check_wd(d1, "Thursday")
m1 = msgid("saltmarshfoods.example")
SIGN = """Nadia Brooks
Senior Recruiter | Saltmarsh Foods
1180 Peachtree St NE, Suite 900, Atlanta, GA 30309
(404) 555-0172"""
txt1 = """Hi Renee,

Thanks for applying for our Customer Success Manager role - I'd like to schedule a 30-minute phone screen to walk you through the role and learn more about you. How does Monday at noon look? I'd call your cell.

%s
""" % SIGN
add(C, "01-nadia-saltmarsh.eml", email(frm="Nadia Brooks <nadia.brooks@saltmarshfoods.example>",
    subject="Saltmarsh Foods - Customer Success Manager", date=d1, text=txt1, message_id=m1,
    received=gmail_rcv("mail-pf1.saltmarshfoods.example"), headers=[("X-Mailer", "Apple Mail (2.3774.500.171)")]))
m2 = msgid("saltmarshfoods.example")
txt2 = """Great, you're on my calendar for Monday 3/16 at 12:00 ET. Talk then!

%s

> On Mar 12, 2026, at 8:51 PM, Renee Whitfield <renee.whitfield@example.com> wrote:
>
> Hi Nadia, Monday at noon is perfect. My cell is 404-555-0147. Thank you!
> Renee
""" % SIGN
add(C, "02-nadia-confirm-screen.eml", email(frm="Nadia Brooks <nadia.brooks@saltmarshfoods.example>",
    subject="Re: Saltmarsh Foods - Customer Success Manager", date=d2, text=txt2, in_reply_to=m1, message_id=m2,
    received=gmail_rcv("mail-pf1.saltmarshfoods.example"), headers=[("X-Mailer", "Apple Mail (2.3774.500.171)")]))
txt3 = """Hi Renee,

Great news - the team really enjoyed hearing about your renewal playbook, and we'd love to have you in at our Midtown office for the final round on Tuesday, March 31:

  1:00 - Greg Anand, VP of Customer Success
  1:45 - Lucia Ferreira, Sr. Manager, Customer Onboarding
  2:30 - short case presentation to the CS team (prompt attached to the calendar hold)

You should be all wrapped up by 3:30. Check in at the 9th floor front desk and ask for me. Parking validation is available in the Peachtree garage.

%s
""" % SIGN
add(C, "03-nadia-final-round.eml", email(frm="Nadia Brooks <nadia.brooks@saltmarshfoods.example>",
    subject="Next steps - final round at Saltmarsh Foods", date=d3, text=txt3,
    received=gmail_rcv("mail-pf1.saltmarshfoods.example"), headers=[("X-Mailer", "Apple Mail (2.3774.500.171)")]))
ev = {
    "kind": "calendar#event",
    "etag": "\"3381902744120000\"",
    "id": "5m2ktq0saltmarshfinal31",
    "status": "confirmed",
    "htmlLink": "https://www.google.example/calendar/event?eid=NW0ya3RxMHNhbHRtYXJzaGZpbmFsMzE",
    "created": "2026-03-19T15:44:10.000Z",
    "updated": "2026-03-19T15:46:02.312Z",
    "summary": "Saltmarsh Foods - Final Round - Renee Whitfield (CSM)",
    "description": "1:00 Greg Anand\n1:45 Lucia Ferreira\n2:30 Case presentation to CS team\n\n"
                   "Check in at 9th floor reception, ask for Nadia.",
    "location": "Saltmarsh Foods, 1180 Peachtree St NE, Suite 900, Atlanta, GA 30309",
    "creator": {"email": "nadia.brooks@saltmarshfoods.example", "displayName": "Nadia Brooks"},
    "organizer": {"email": "nadia.brooks@saltmarshfoods.example", "displayName": "Nadia Brooks"},
    "start": {"dateTime": s2.isoformat(), "timeZone": "America/New_York"},
    "end": {"dateTime": e2.isoformat(), "timeZone": "America/New_York"},
    "iCalUID": "5m2ktq0saltmarshfinal31@google.com",
    "sequence": 0,
    "attendees": [
        {"email": "nadia.brooks@saltmarshfoods.example", "displayName": "Nadia Brooks", "organizer": True,
         "responseStatus": "accepted"},
        {"email": "greg.anand@saltmarshfoods.example", "displayName": "Greg Anand", "responseStatus": "accepted"},
        {"email": "lucia.ferreira@saltmarshfoods.example", "displayName": "Lucia Ferreira",
         "responseStatus": "tentative"},
        {"email": OWNER, "self": True, "responseStatus": "accepted"},
    ],
    "reminders": {"useDefault": True},
    "eventType": "default",
}
add(C, "04-final-round.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")
label(C, interviews=[
    iv("Saltmarsh Foods", "Customer Success Manager", s1, s1 + timedelta(minutes=30), "scheduled",
       ["nadia.brooks@saltmarshfoods.example"], ["nadia.brooks@saltmarshfoods.example"], "phone_screen"),
    iv("Saltmarsh Foods", "Customer Success Manager", s2, e2, "scheduled",
       ["greg.anand@saltmarshfoods.example", "lucia.ferreira@saltmarshfoods.example"],
       ["greg.anand@saltmarshfoods.example", "lucia.ferreira@saltmarshfoods.example"], "onsite")],
      difficulty="hard", category="positive/two-interviews",
      notes="Round 1: recruiter phone screen 'Monday at noon' (Mon 16 Mar 12:00 EDT, 30 min). Round 2: in-person "
            "final round 1:00-3:30 on Tue 31 Mar (mail + Calendar API event), one onsite with Greg and Lucia.")

# ---- 11 Sydney recruiter, candidate withdraws -> cancelled ---------------------------------------------
C = "b129-11-sydney-chat-candidate-withdraws"
d1 = T(SYD, 2026, 4, 2, 10, 15)
d2 = T(SYD, 2026, 4, 7, 9, 30)
start = T(SYD, 2026, 4, 9, 8, 0)
check_wd(start, "Thursday")
loc = start.astimezone(NY)
assert (loc.day, loc.hour) == (8, 18), loc
m1 = msgid("wattlepine.example")
txt1 = """Hi Renee,

Thanks for your application for our Customer Success Manager - Americas role! I'd love to have a 30 minute video chat to kick things off.

How does Thursday 9 April at 8am Sydney time sound? By my maths that's Wednesday 6pm for you in Atlanta (our clocks go back on the 5th, so it shifts by an hour from what it is today). I'll send a Google Meet link the day before.

Cheers,
Bridie

Bridie Callaghan
Talent Partner | Wattle & Pine Software
Level 5, 77 Example St, Surry Hills NSW 2010
+61 2 5550 1188
"""
add(C, "01-bridie-wattle-pine.eml", email(frm="Bridie Callaghan <bridie.callaghan@wattlepine.example>",
    subject="Wattle & Pine - CSM Americas - chat next week?", date=d1, text=txt1, message_id=m1,
    received=gmail_rcv("mail-sy3aus.wattlepine.example")))
txt2 = """Totally understand, Renee - thanks for letting me know so quickly. I've cancelled our chat on Thursday and withdrawn your application on our side. Best of luck, and don't be a stranger!

Bridie

On Tue, 7 Apr 2026 at 08:52, Renee Whitfield <renee.whitfield@example.com> wrote:
> Hi Bridie,
>
> Thank you for setting up Thursday - I've thought a lot about the overlap
> hours the role needs and I don't think they'll work with my family
> schedule, so I'd like to withdraw from the process. I'm sorry for the
> late notice, and I really appreciate your time.
>
> Renee
>
> On Thu, 2 Apr 2026 at 10:15, Bridie Callaghan <bridie.callaghan@wattlepine.example> wrote:
>> How does Thursday 9 April at 8am Sydney time sound? By my maths that's
>> Wednesday 6pm for you in Atlanta
"""
add(C, "02-bridie-re-withdraw.eml", email(frm="Bridie Callaghan <bridie.callaghan@wattlepine.example>",
    subject="Re: Wattle & Pine - CSM Americas - chat next week?", date=d2, text=txt2, in_reply_to=m1,
    received=gmail_rcv("mail-sy3aus.wattlepine.example")))
label(C, interviews=[iv("Wattle & Pine Software", "Customer Success Manager - Americas", start,
                        start + timedelta(minutes=30), "cancelled", ["bridie.callaghan@wattlepine.example"],
                        ["bridie.callaghan@wattlepine.example"], "phone_screen")],
      difficulty="hard", category="positive/candidate-withdrawal",
      notes="Thu 9 Apr 08:00 AEST (+10:00, Sydney DST ended 5 Apr) = Wed 8 Apr 18:00 EDT; candidate withdraws in a "
            "quoted reply, recruiter confirms cancellation.")

# ---- 12 HTML-only base64 ATS mail + forwarded text message ----------------------------------------------
C = "b129-12-html-only-ats-and-text-message"
d1 = T(NY, 2026, 4, 8, 16, 3)
d2 = T(NY, 2026, 4, 10, 12, 18)
start = T(NY, 2026, 4, 13, 14, 0)
check_wd(start, "Monday")
assert start.astimezone(LA).hour == 11
html1 = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Interview scheduled</title></head>
<body style="margin:0;background:#f4f6f8"><table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td align="center"><table width="600" style="background:#ffffff;font-family:Arial,sans-serif;color:#222">
<tr><td style="padding:24px"><img src="https://cdn.hirecraft.example/orchardlane/logo.png" alt="Orchard Lane Pet Supply" width="160"></td></tr>
<tr><td style="padding:0 24px"><h2 style="font-weight:normal">You&rsquo;re scheduled, Renee!</h2>
<p>Thanks for making time to talk with us about the <strong>Customer Success Manager, Wholesale</strong> role.</p>
<table cellpadding="6" style="border:1px solid #e3e3e3;width:100%">
<tr><td style="color:#777">When</td><td>Mon, Apr 13 &middot; 2:00&nbsp;PM ET (11:00&nbsp;AM PT)</td></tr>
<tr><td style="color:#777">Length</td><td>60 minutes</td></tr>
<tr><td style="color:#777">Where</td><td>Video &ndash; link will be texted and emailed the morning of</td></tr>
<tr><td style="color:#777">With</td><td>Tasha Greene, Customer Success Lead<br><a href="mailto:tasha.greene@orchardlanepets.example">tasha.greene@orchardlanepets.example</a></td></tr>
</table>
<p style="margin-top:24px"><a href="https://orchardlane.hirecraft.example/i/6QW2/calendar.ics" style="background:#2f7d32;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Add to calendar</a>
&nbsp;<a href="https://orchardlane.hirecraft.example/i/6QW2/reschedule">Need a different time?</a></p>
<p style="font-size:12px;color:#888">Orchard Lane Pet Supply &middot; 901 SE Example Blvd, Portland, OR 97214</p>
<p style="font-size:11px;color:#aaa">Sent via HireCraft. Please do not reply to this message.</p></td></tr></table></td></tr></table></body></html>
"""
add(C, "01-orchard-lane-scheduled.eml", email(frm="Orchard Lane Pet Supply <notifications@orchardlane.hirecraft.example>",
    subject="You're scheduled: interview with Orchard Lane Pet Supply", date=d1, html=html1, html_only=True,
    html_cte="base64", received=gmail_rcv("mta-07.hirecraft.example")))
txt2 = """New text message from (678) 555-0142
Fri, Apr 10, 2026 12:18 PM

"Hi Renee it's Tasha from Orchard Lane! Still good for Monday 2pm your time? I'll send the video link that morning 🙂"

Reply to this email to send a text back.
--
Dialtone Voice - messages for (404) 555-0147
"""
add(C, "02-text-from-678-555-0142.eml", email(frm="Dialtone Voice <txt+16785550142@dialtone-voice.example>",
    subject="New text message from (678) 555-0142", date=d2, text=txt2, cte="quoted-printable",
    received=gmail_rcv("out-3.dialtone-voice.example")))
label(C, interviews=[iv("Orchard Lane Pet Supply", "Customer Success Manager, Wholesale", start,
                        start + timedelta(hours=1), "scheduled", ["tasha.greene@orchardlanepets.example"],
                        ["tasha.greene@orchardlanepets.example"], "hiring_manager")],
      difficulty="medium", category="positive/html-only-ats-sms",
      notes="HTML-only base64 ATS mail (no .ics, 'Mon, Apr 13 - 2:00 PM ET (11:00 AM PT)', 60 minutes) plus a "
            "text-message-to-email from the interviewer restating the time.")

# ---- 13 Agency recruiter forwards client confirmation (Central time) --------------------------------------
C = "b129-13-agency-forward-central-time"
d1 = T(NY, 2026, 4, 13, 17, 20)
dfw = T(CHI, 2026, 4, 13, 15, 48)
start = T(CHI, 2026, 4, 17, 9, 15)
check_wd(start, "Friday")
assert start.astimezone(NY).hour == 10 and start.astimezone(NY).minute == 15
txt1 = """Renee - great news, see below! Harlow confirmed you with Grant for Friday. Heads up that their time is Central, so that's 10:15 our time. Give me a call after and let me know how it went.

Jerome

Jerome Pike
Senior Recruiter | Peachtree Talent Partners
(404) 555-0190 | 3475 Piedmont Rd NE, Atlanta, GA 30305

Begin forwarded message:

From: Lorraine Biddle <lbiddle@harlowmedical.example>
Subject: Candidate interview confirmed - R. Whitfield / Strategic CSM
Date: %s
To: Jerome Pike <jerome@peachtreetalent.example>
Cc: Grant Osei <gosei@harlowmedical.example>

Hi Jerome,

Grant would like to meet Renee for the Strategic Customer Success Manager opening on Friday, 4/17 at 9:15am CT for one hour. He'll send a Zoom link directly. Please pass along our thanks for her flexibility.

Lorraine Biddle
HR Coordinator | Harlow Medical Devices
4100 Example Pkwy, Nashville, TN 37211
""" % dfw.strftime("%B %-d, %Y at %-I:%M:%S %p CDT")
add(C, "01-fwd-harlow-confirmed.eml", email(frm="Jerome Pike <jerome@peachtreetalent.example>",
    subject="Fwd: Candidate interview confirmed - R. Whitfield / Strategic CSM", date=d1, text=txt1,
    received=gmail_rcv("mail-qk1.peachtreetalent.example"), headers=[("X-Mailer", "iPhone Mail (22D82)")]))
label(C, interviews=[iv("Harlow Medical Devices", "Strategic Customer Success Manager", start,
                        start + timedelta(hours=1), "scheduled", ["gosei@harlowmedical.example"],
                        ["gosei@harlowmedical.example"], "hiring_manager")],
      difficulty="medium", category="positive/forwarded-agency",
      notes="Agency recruiter forwards client HR confirmation: Fri 4/17 9:15am CT (CDT -05:00), one hour, with Grant "
            "Osei (cc'd). Coordinator and agency recruiter are not interviewers.")

# =================================================================== NEGATIVE CASES

# ---- 14 InMail asking for availability, nothing agreed ---------------------------------------------------
C = "b129-14-inmail-availability-request"
d1 = T(NY, 2026, 3, 3, 11, 5)
d2 = T(NY, 2026, 3, 9, 8, 47)
txt1 = """Marcus Teller sent you a message

Marcus Teller
Principal Recruiter at Northgate Search Partners

"Hi Renee - I'm partnering with a Series B fintech in Midtown on a Senior Customer Success Manager hire (hybrid, $95-110k + bonus). Your renewals experience at Corvantis caught my eye. Would you be open to a quick call to see if it's a fit? What does your availability look like next week? Happy to work around your schedule - mornings, lunch, or after 5 all work for me."

Reply: https://www.linkedin.example/messaging/thread/2-Nzg4MTAyYjEt/

This email was intended for Renee Whitfield (Customer Success Manager | SaaS | Renewals & Expansion)
LinkedIn Corporation, 1000 Example Way, Sunnyvale, CA 94000
"""
add(C, "01-inmail-marcus.eml", email(frm=LI, subject="Marcus sent you a message", date=d1, text=txt1,
    received=gmail_rcv("mailb-ab.linkedin.example"), headers=[("X-LinkedIn-Class", "INMAIL")]))
txt2 = """Marcus Teller sent you a message

"Hi Renee, just bumping this up - the client is moving quickly and wants to start interviews for the role by the end of the month. If you're interested, send me two or three times that work for a 20 minute call this week and I'll lock one in."

Reply: https://www.linkedin.example/messaging/thread/2-Nzg4MTAyYjEt/

LinkedIn Corporation, 1000 Example Way, Sunnyvale, CA 94000
"""
add(C, "02-inmail-marcus-followup.eml", email(frm=LI, subject="Marcus sent you a message", date=d2, text=txt2,
    received=gmail_rcv("mailb-ab.linkedin.example"), headers=[("X-LinkedIn-Class", "INMAIL")]))
label(C, interviews=[], difficulty="hard", category="negative/availability-request",
      notes="Agency recruiter InMail asks for availability twice; no time is ever agreed.")

# ---- 15 Dentist voicemail ---------------------------------------------------------------------------------
C = "b129-15-dentist-voicemail"
d1 = T(NY, 2026, 3, 17, 9, 12)
txt1 = """New voicemail from (404) 555-0126
Received: Tue, Mar 17, 2026 at 9:11 AM
Length: 0:29

Transcript (beta):
"Hi, this message is for Renee Whitfield, this is Kayla calling from Brookhaven Family Dental. We're calling to confirm your cleaning and exam tomorrow at 10:30 with Dr. Patel. If you need to reschedule please give us a call back at 404-555-0126, otherwise we'll see you tomorrow. Have a great day."

Play message: https://voice.dialtone-voice.example/vm/1b77e0
Transcripts are automatically generated and may not be accurate.
You are receiving this because voicemail-to-email is turned on for (404) 555-0147.
"""
add(C, "01-voicemail-404-555-0126.eml", email(frm=VM, subject="New voicemail from (404) 555-0126", date=d1,
    text=txt1, cte="7bit", received=gmail_rcv("out-3.dialtone-voice.example"),
    attachments=[("voicemail-20260317-0911.mp3", "audio", "mpeg", b"ID3\x03\x00\x00\x00\x00\x00\x0a" + bytes(48))]))
label(C, interviews=[], difficulty="medium", category="negative/dentist-voicemail",
      notes="Same voicemail-to-email format as a positive case, but a dental appointment confirmation.")

# ---- 16 LinkedIn event notification ------------------------------------------------------------------------
C = "b129-16-linkedin-event-reminder"
d1 = T(NY, 2026, 3, 24, 12, 0)
ev_start = T(NY, 2026, 3, 25, 12, 0)
txt1 = """Your event starts tomorrow

Land Your Next CSM Role: Interview Stories from Hiring Managers
Wed, Mar 25, 2026, 12:00 PM - 1:00 PM EDT
Online - LinkedIn Live
Hosted by CS Collective Atlanta

Join three customer success hiring managers as they share what they listen for in a first-round interview, how they run panel interviews, and the questions candidates should ask. Bring your questions for the live Q&A.

You said you're attending. 412 other attendees, including 6 of your connections.

View event: https://www.linkedin.example/events/7311900211/
Add to calendar: https://www.linkedin.example/events/7311900211/ics

You are receiving event reminder emails.
LinkedIn Corporation, 1000 Example Way, Sunnyvale, CA 94000
"""
add(C, "01-linkedin-event-tomorrow.eml", email(frm="LinkedIn Events <events-noreply@linkedin.example>",
    subject="Reminder: Land Your Next CSM Role: Interview Stories from Hiring Managers starts tomorrow",
    date=d1, text=txt1, received=gmail_rcv("mailb-ab.linkedin.example")))
label(C, interviews=[], difficulty="medium", category="negative/linkedin-event",
      notes="LinkedIn Live event reminder about interviewing; not a hiring process step.")

# ---- 17 Teams chat at current job: she interviews a candidate ------------------------------------------------
C = "b129-17-teams-chat-user-interviews-candidate"
d1 = T(NY, 2026, 3, 25, 15, 41)
txt1 = """You have 1 new message from Derek Lowe

Derek Lowe - Corvantis
3:41 PM

Hey Renee! Can you sit in on the interview with the CSM candidate (Alicia Moreno) tomorrow at 11? Just the culture-add portion, 30 min, conference room Peachtree 4B or Teams. I'll forward the invite from recruiting - scorecard is in Greenhouse-Lite under her profile.

Reply in Teams: https://teams.microsoft.example/l/chat/19:corvantis-2210/conversations

You're receiving this email because you have unread messages in Microsoft Teams.
Microsoft Corporation, One Example Way, Redmond, WA 98052
"""
add(C, "01-teams-message-derek.eml", email(frm=TEAMS, subject="You have 1 new message from Derek Lowe", date=d1,
    text=txt1, to="Renee Whitfield <renee.whitfield@corvantis.example>",
    received=gmail_rcv("mail-dm6nam.outbound.protection.outlook.example"),
    headers=[("X-Forwarded-To", OWNER), ("X-Forwarded-For", "renee.whitfield@corvantis.example " + OWNER)]))
label(C, interviews=[], difficulty="hard", category="negative/user-is-interviewer",
      notes="Teams chat notification from her current manager (auto-forwarded from work address): she is asked "
            "to interview a candidate tomorrow at 11.")

# ---- 18 Work-from-home scam text --------------------------------------------------------------------------------
C = "b129-18-sms-wfh-scam-interview"
d1 = T(NY, 2026, 3, 30, 7, 54)
txt1 = """New text message from +1 (213) 555-0199
Mon, Mar 30, 2026 7:54 AM

"Hello Renee, your resume has been shortlisted by Primevault Global Staffing for a REMOTE Customer Support Assistant role. Pay $350-$500/day, flexible 1-2 hrs daily, no experience needed. Your online interview is held TODAY on Telegram with our HR manager Ms. Linda Chen - add @HR_LindaPV and send the code PV-2231 to start your interview. Reply YES to confirm your slot. Limited positions!!"

Reply to this email to send a text back.
--
Dialtone Voice - messages for (404) 555-0147
This sender is not in your contacts. Report spam: https://voice.dialtone-voice.example/spam
"""
add(C, "01-text-from-213-555-0199.eml", email(frm="Dialtone Voice <txt+12135550199@dialtone-voice.example>",
    subject="New text message from +1 (213) 555-0199", date=d1, text=txt1, cte="quoted-printable",
    received=gmail_rcv("out-3.dialtone-voice.example")))
label(C, interviews=[], difficulty="medium", category="negative/scam",
      notes="Work-from-home scam text: 'online interview TODAY on Telegram'.")

# ---- 19 Rejection after interview ------------------------------------------------------------------------------
C = "b129-19-rejection-after-call"
d1 = T(NY, 2026, 4, 2, 10, 30)
html1 = """<html><body style="font-family:Georgia,serif;font-size:15px;color:#333">
<p>Dear Renee,</p>
<p>Thank you for taking the time to interview with us for the <b>Customer Success Manager</b> position at Brightwell Analytics, and for your conversation with Dana on Tuesday afternoon.</p>
<p>After careful consideration, we have decided to move forward with other candidates whose experience more closely matches the needs of the role at this time. This was a difficult decision given the strength of the candidate pool.</p>
<p>We will keep your profile on file and may reach out should a suitable role open up. We wish you every success in your search.</p>
<p>Kind regards,<br>The Brightwell Analytics Talent Team</p>
<p style="font-size:11px;color:#999">This message was sent from an unmonitored mailbox. 500 Example Ave, Charlotte, NC 28202</p>
</body></html>
"""
add(C, "01-brightwell-update.eml", email(frm="Brightwell Analytics Careers <careers-noreply@brightwell.talentloop.example>",
    subject="An update on your application - Customer Success Manager", date=d1, html=html1, html_only=True,
    html_cte="quoted-printable", received=gmail_rcv("smtp2.talentloop.example")))
label(C, interviews=[], difficulty="medium", category="negative/rejection",
      notes="Rejection that references a past interview on Tuesday; no interview to schedule.")

# ---- 20 Networking coffee with a friend (Google invite) ---------------------------------------------------------
C = "b129-20-networking-coffee-with-friend"
d1 = T(NY, 2026, 3, 25, 21, 3)
d2 = T(NY, 2026, 3, 25, 21, 9)
cstart = T(NY, 2026, 3, 28, 9, 0)
check_wd(cstart, "Saturday")
m1 = msgid("mail.example")
txt1 = """YES let's do it!! Saturday at 9 at Dancing Goats in Decatur? I'll tell you everything about the CS team at Loomis and if you still want it after, I'll put in a referral for the CSM role. Totally informal, not an interview lol - just me and a latte.

Sending you a calendar thing so I don't forget.

Jas

Sent from my iPhone

> On Mar 25, 2026, at 8:40 PM, Renee Whitfield <renee.whitfield@example.com> wrote:
>
> Jas!! Saw Loomis is hiring CSMs - can I buy you a coffee and pick your brain
> this weekend?
"""
add(C, "01-jas-re-coffee.eml", email(frm="Jasmine Cole <jas.cole@mail.example>",
    subject="Re: coffee this weekend??", date=d1, text=txt1, message_id=m1,
    in_reply_to="<renee-coffee-0325@example.com>", received=gmail_rcv("smtp.mail.example"),
    headers=[("X-Mailer", "iPhone Mail (22D82)")]))
cal = ics(method="REQUEST", uid="0q8coffeejasrenee0328@google.com", start=cstart, end=cstart + timedelta(hours=1),
          summary="Coffee w/ Renee ☕", organizer=("Jasmine Cole", "jas.cole@mail.example"),
          attendees=[("Jasmine Cole", "jas.cole@mail.example", "ACCEPTED"), (OWNER, OWNER)],
          dtstamp=d2, prodid="-//Google Inc//Google Calendar 70.9054//EN",
          description="catch up + Loomis CS team gossip", location="Dancing Goats Coffee Bar, Decatur")
txt2 = """Coffee w/ Renee ☕
Saturday Mar 28, 2026 ⋅ 9am – 10am
Eastern Time - New York

Location
Dancing Goats Coffee Bar, Decatur

catch up + Loomis CS team gossip

Organizer
Jasmine Cole
jas.cole@mail.example

Invitation from Google Calendar
"""
add(C, "02-invitation-coffee.eml", email(frm="Jasmine Cole <jas.cole@mail.example>",
    sender="Google Calendar <calendar-notification@google.example>",
    subject="Invitation: Coffee w/ Renee ☕ @ Sat Mar 28, 2026 9am - 10am (EDT) (%s)" % OWNER, date=d2,
    text=txt2, cte="base64", calendar=cal, received=gmail_rcv("mail-sor-f73.google.example"),
    attachments=[("invite.ics", "application", "ics", cal.encode("utf-8"))]))
label(C, interviews=[], difficulty="hard", category="negative/networking-coffee",
      notes="Coffee with a friend who may refer her ('not an interview'); Google invite, not a process step.")

# ---- 21 Webinar registration --------------------------------------------------------------------------------------
C = "b129-21-webinar-ace-cs-interview"
d1 = T(NY, 2026, 3, 26, 13, 15)
wstart = T(NY, 2026, 4, 2, 13, 0)
check_wd(wstart, "Thursday")
cal = ics(method="REQUEST", uid="zw-84120995517-renee@zoom.example", start=wstart,
          end=wstart + timedelta(minutes=60),
          summary="Ace the Customer Success Interview (Live Webinar)",
          organizer=("CS Collective", "events@cscollective.example"), attendees=[("Renee Whitfield", OWNER)],
          dtstamp=d1, prodid="-//Zoom Video Communications Inc//Zoom Webinar//EN",
          tz=("America/New_York", NY, "US"),
          description="Join from PC, Mac, iPad or Android: https://cscollective.zoom.example/w/84120995517\n"
                      "Webinar ID: 841 2099 5517",
          location="https://cscollective.zoom.example/w/84120995517")
txt1 = """Hi Renee,

Thank you for registering for "Ace the Customer Success Interview (Live Webinar)".

Date & Time: Apr 2, 2026 01:00 PM Eastern Time (US and Canada)

Panelists: three CS hiring managers walk through a mock first-round interview, the renewal case study candidates get asked about most, and how to prep for a panel. Q&A at the end.

Join from PC, Mac, iPad, or Android:
https://cscollective.zoom.example/w/84120995517

Add to calendar: the attached .ics file

You can cancel your registration at any time.

CS Collective | 75 Example Ln, Atlanta, GA 30303
"""
add(C, "01-webinar-registration.eml", email(frm="CS Collective <no-reply@zoom.example>",
    reply_to="events@cscollective.example",
    subject="Ace the Customer Success Interview (Live Webinar) Confirmation", date=d1, text=txt1,
    received=gmail_rcv("mail.zoom.example"),
    attachments=[("webinar.ics", "text", "calendar", cal.encode("utf-8"))]))
label(C, interviews=[], difficulty="medium", category="negative/webinar",
      notes="Zoom webinar registration with .ics about interviewing; not an interview.")

# ---- 22 Unbooked scheduling link via SMS short code + e-mail ----------------------------------------------------
C = "b129-22-unbooked-scheduling-link-sms"
d1 = T(NY, 2026, 4, 6, 10, 0)
d2 = T(NY, 2026, 4, 6, 10, 1)
html1 = """<html><body style="font-family:Arial,sans-serif">
<p>Hi Renee,</p>
<p>Congratulations! The Larkfield Energy team would like to schedule a <b>30-minute phone interview</b> with you for the <b>Customer Success Manager, Commercial Solar</b> role.</p>
<p>Please choose a time that works for you in the next 5 business days:</p>
<p><a href="https://larkfield.slotwise.example/s/8Hk2Qp" style="background:#f59e0b;color:#000;padding:10px 16px;text-decoration:none">Select a time</a></p>
<p>Available windows are shown in your local time zone. If none of the times work, reply to this email and our recruiting team will help.</p>
<p>Thanks,<br>Larkfield Energy Recruiting</p>
<p style="font-size:11px;color:#888">Scheduling by Slotwise &middot; recruiting@larkfieldenergy.example</p>
</body></html>
"""
add(C, "01-larkfield-select-a-time.eml", email(frm="Larkfield Energy Recruiting <scheduling@slotwise.example>",
    reply_to="recruiting@larkfieldenergy.example",
    subject="Action required: schedule your phone interview with Larkfield Energy", date=d1, html=html1,
    html_only=True, html_cte="quoted-printable", received=gmail_rcv("mx-out.slotwise.example")))
txt2 = """New text message from 72345
Mon, Apr 6, 2026 10:01 AM

"Larkfield Energy: Hi Renee, pick a time for your phone interview for Customer Success Manager: https://lark.sw.example/8Hk2Qp Reply STOP to opt out"

Reply to this email to send a text back.
--
Dialtone Voice - messages for (404) 555-0147
"""
add(C, "02-text-from-72345.eml", email(frm="Dialtone Voice <txt+72345@dialtone-voice.example>",
    subject="New text message from 72345", date=d2, text=txt2, cte="quoted-printable",
    received=gmail_rcv("out-3.dialtone-voice.example")))
label(C, interviews=[], difficulty="hard", category="negative/unbooked-scheduling-link",
      notes="Scheduling-link invitation by e-mail and SMS short code; no time booked.")


# =================================================================== write out
def main():
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b129-") and os.path.isdir(p):
            shutil.rmtree(p)
    for case, items in CASES.items():
        os.makedirs(os.path.join(HERE, case))
        names = [n for n, _ in items]
        assert names == sorted(names), names
        for fname, data in items:
            with open(os.path.join(HERE, case, fname), "wb") as f:
                f.write(data)
    assert set(CASES) == set(LABELS), set(CASES) ^ set(LABELS)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# blind129 labels - see README.md. Generated by make_cases.py; do not edit by hand.\n")
        yaml.safe_dump({k: LABELS[k] for k in sorted(LABELS)}, f, sort_keys=False, allow_unicode=True,
                       width=110)
    pos = sum(1 for v in LABELS.values() if v["interview"])
    print("cases=%d positive=%d negative=%d interviews=%d" % (
        len(LABELS), pos, len(LABELS) - pos, sum(len(v["interviews"]) for v in LABELS.values())))


if __name__ == "__main__":
    main()
