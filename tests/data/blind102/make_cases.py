#!/usr/bin/env python3
"""Deterministic generator for the blind102 evaluation set (written blind; all names invented).

Rewrites every case folder and labels.yaml next to this file.
Only stdlib + PyYAML + zoneinfo.
"""
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
OWNER = "achieng.otieno@example.com"
OWNER_NAME = "Achieng Otieno"
NBO = ZoneInfo("Africa/Nairobi")
LON = ZoneInfo("Europe/London")
KGL = ZoneInfo("Africa/Kigali")
UTC = timezone.utc


def t(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def iso(x):
    return x.isoformat() if x is not None else None


def zstamp(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(x):
    return x.strftime("%Y%m%dT%H%M%S")


# ---------------------------------------------------------------- iCalendar
def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, n = [], "", 0
    limit = 75
    for ch in line:
        b = len(ch.encode("utf-8"))
        if n + b > limit:
            out.append(cur)
            cur, n, limit = " ", 1, 75
        cur += ch
        n += b
    out.append(cur)
    return "\r\n".join(out)


def ics_text(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


VTZ = {
    "Africa/Nairobi": ["BEGIN:VTIMEZONE", "TZID:Africa/Nairobi", "BEGIN:STANDARD", "DTSTART:19700101T000000",
                       "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "TZNAME:EAT", "END:STANDARD", "END:VTIMEZONE"],
    "E. Africa Standard Time": ["BEGIN:VTIMEZONE", "TZID:E. Africa Standard Time", "BEGIN:STANDARD",
                                "DTSTART:16010101T000000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300",
                                "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
                                "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Africa/Kigali": ["BEGIN:VTIMEZONE", "TZID:Africa/Kigali", "BEGIN:STANDARD", "DTSTART:19700101T000000",
                      "TZOFFSETFROM:+0200", "TZOFFSETTO:+0200", "TZNAME:CAT", "END:STANDARD", "END:VTIMEZONE"],
}


def vevent_lines(*, uid, start, end, summary, organizer, attendees, description="", location="",
                 seq=0, status="CONFIRMED", tzid=None, stamp, extra=()):
    L = ["BEGIN:VEVENT"]
    if tzid:
        L.append(f"DTSTART;TZID={tzid}:{local(start)}")
        L.append(f"DTEND;TZID={tzid}:{local(end)}")
    else:
        L.append(f"DTSTART:{zstamp(start)}")
        L.append(f"DTEND:{zstamp(end)}")
    L.append(f"DTSTAMP:{zstamp(stamp)}")
    oname, oaddr = organizer
    L.append(f"ORGANIZER;CN={oname}:mailto:{oaddr}")
    L.append(f"UID:{uid}")
    for name, addr, st in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={st};RSVP=TRUE;CN={name};X-NUM-GUESTS=0:mailto:{addr}")
    L.append(f"CREATED:{zstamp(stamp)}")
    if description:
        L.append("DESCRIPTION:" + esc(description))
    L.append(f"LAST-MODIFIED:{zstamp(stamp)}")
    if location:
        L.append("LOCATION:" + esc(location))
    L.append(f"SEQUENCE:{seq}")
    L.append(f"STATUS:{status}")
    L.append("SUMMARY:" + esc(summary))
    L.append("TRANSP:OPAQUE")
    L.extend(extra)
    L.append("END:VEVENT")
    return L


def calendar(prodid, method, events, tzids=()):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    for z in tzids:
        L.extend(VTZ[z])
    for e in events:
        L.extend(e)
    L.append("END:VCALENDAR")
    return ics_text(L)


# ---------------------------------------------------------------- e-mail
def mail(*, frm, to, subject, date, msgid, text=None, html=None, cc=None, reply_to=None, sender=None,
         in_reply_to=None, refs=None, cte=None, headers=(), ics=None, ics_style=None, ics_method="REQUEST",
         received_host="mx.example.com"):
    m = EmailMessage(policy=POLICY)
    m["Delivered-To"] = OWNER
    m["Received"] = (f"from {received_host} by mx.example.com with ESMTPS id {msgid[:10].strip('<')}"
                     f" for <{OWNER}>; {format_datetime(date)}")
    m["Date"] = format_datetime(date)
    m["From"] = frm
    if sender:
        m["Sender"] = sender
    if reply_to:
        m["Reply-To"] = reply_to
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    if refs:
        m["References"] = refs
    for k, v in headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, cte=cte) if cte else m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html")
    else:
        m.set_content(html, subtype="html", cte=cte) if cte else m.set_content(html, subtype="html")
    if ics is not None:
        if ics_style == "google":      # mixed: alternative(text, html, calendar) + invite.ics
            m.add_alternative(ics, subtype="calendar", params={"method": ics_method})
            m.add_attachment(ics.encode("utf-8"), maintype="application", subtype="ics",
                             filename="invite.ics")
        elif ics_style == "exchange":  # alternative(text, html, calendar)
            m.add_alternative(ics, subtype="calendar", params={"method": ics_method}, cte="base64")
        else:                          # ATS / Zoom: plain attachment
            m.add_attachment(ics.encode("utf-8"), maintype="text", subtype="calendar",
                             filename=ics_style or "invite.ics", params={"method": ics_method})
    # deterministic MIME boundaries
    import hashlib
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary("=_b102_" + hashlib.sha1(f"{msgid}/{i}".encode()).hexdigest()[:24])
    return m.as_bytes()


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def html_of(text):
    import html as h
    paras = [p for p in text.strip().split("\n\n")]
    body = "".join("<p>" + h.escape(p).replace("\n", "<br>") + "</p>\n" for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px">' + body +
            "</div></body></html>\n")


def gcal_text(summary, when_line, tzname, organizer, guests, description):
    g = "\n".join(f"{n}{' - organizer' if i == 0 else ''}\n{a}" for i, (n, a) in enumerate(guests))
    return (f"{summary}\n{when_line}\n{tzname}\n\nJoin with Google Meet\nhttps://meet.google.example/kxq-pwra-tnd\n\n"
            f"Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n{g}\n\n{description}\n\n"
            f"Reply for {OWNER} and view more details https://calendar.google.example/calendar/event?action=VIEW\n\n"
            "Invitation from Google Calendar\n\nYou are receiving this email because you are an attendee on the event.\n")


CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


def case(cid, items, interviews, difficulty, category, notes):
    CASES[cid] = items
    LABELS[cid] = {
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
            "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


ME = f"{OWNER_NAME} <{OWNER}>"

# =====================================================================================
# 01 job-board relay, Swahili time alongside western time
# =====================================================================================
njeri = "njeri.mwangi@tumainipay.example"
d1 = t(2026, 3, 9, 16, 20, NBO)
body1 = f"""KaziHub - Employer message

Tumaini Pay Ltd has sent you a message about your application for
Product Analyst - Mobile Money (Ref. KH-88213).

------------------------------------------------------------
Habari Achieng,

Thank you for applying for the Product Analyst - Mobile Money role at Tumaini Pay.
We have gone through your CV and would like to have a short phone interview with you
on Thursday 12th March at saa nne asubuhi (10:00am). The call takes about 30 minutes;
I will call you on the number on your CV, so kindly keep it free.

Kindly confirm by replying to this message.

Regards,
Njeri Mwangi
Talent Partner | Tumaini Pay Ltd
4th Floor, The Mirage, Chiromo Road, Westlands, Nairobi
Tel: +254 711 000 482 | {njeri}
------------------------------------------------------------

You can reply directly to this email - your reply goes to the employer.
KaziHub will NEVER ask you to pay for an interview or share your M-Pesa PIN.
Manage notifications: https://www.kazihub.example/account/notifications
"""
m1id = "<relay.5f2a91c0.88213@relay.kazihub.example>"
reply1 = f"""Habari Njeri,

Asante sana for the opportunity. Confirmed - Thursday 12th March at 10am, I will be
available on 0722 000 913.

Kind regards,
Achieng Otieno

On Mon, 9 Mar 2026 at 16:20, KaziHub Messages <messages-noreply@relay.kazihub.example> wrote:
{quote(body1.split('----')[0] + 'Habari Achieng, ... phone interview on Thursday 12th March at saa nne asubuhi (10:00am).')}
"""
case("b102-01-kazihub-relay-phone-screen-swahili-time", [
    ("01-kazihub-employer-message.eml", mail(
        frm="KaziHub Messages <messages-noreply@relay.kazihub.example>", to=ME,
        reply_to=f"Njeri Mwangi via KaziHub <{njeri}>",
        subject="New message from Tumaini Pay Ltd: Product Analyst - Mobile Money",
        date=d1, msgid=m1id, text=body1, html=html_of(body1), cte="quoted-printable")),
    ("02-re-phone-interview.eml", mail(
        frm=ME, to=f"Njeri Mwangi <{njeri}>", subject="Re: New message from Tumaini Pay Ltd: Product Analyst - Mobile Money",
        date=t(2026, 3, 9, 18, 2, NBO), msgid="<CAK7x1n+achieng.0309@mail.example.com>",
        in_reply_to=m1id, refs=m1id, text=reply1)),
], [iv("Tumaini Pay", "Product Analyst - Mobile Money", t(2026, 3, 12, 10, 0, NBO), t(2026, 3, 12, 10, 30, NBO),
       "scheduled", [njeri], [njeri], "phone_screen")],
    "medium", "positive/job-board-relay",
    "Job-board relay (no-reply sender, Reply-To recruiter). 'saa nne asubuhi' = 10:00 EAT, also written as 10:00am. 30 min.")

# =====================================================================================
# 02 Fuzu-like shortlisting + recruiter thread using Swahili time ONLY
# =====================================================================================
wai = "wairimu.gitau@chapacredit.example"
ouma = "otieno.ouma@chapacredit.example"
a1 = "<noti.20260408.77104@mailer.ajirapath.example>"
ajira = """Hi Achieng,

Good news! Chapa Credit has shortlisted you for Product Analyst (Lending & Wallets).

What happens next? The employer may contact you directly by email or phone to arrange
the next step. Keep your Ajira Path profile up to date and practise with our free
interview prep course.

View application: https://ajirapath.example/applications/77104

The Ajira Path team
Ajira Path Ltd, Nairobi | You are receiving this because you applied through Ajira Path.
"""
w1 = f"""Habari Achieng,

I hope you are well. I got your profile through Ajira Path for our Product Analyst
(Lending & Wallets) opening.

Our Head of Product, Otieno Ouma (copied), would like to meet you for an interview at our
office on Jumanne, 14 April, saa nane mchana. Please plan for about 45 minutes.

Chapa Credit, 2nd Floor, Kalson Towers, Crescent Lane, Parklands.

Kindly confirm if the time works. Karibu!

Wairimu Gitau
People & Culture, Chapa Credit
+254 720 000 317
"""
w1id = "<CAF3wg7Lq+0409.wairimu@mail.chapacredit.example>"
r1 = f"""Asante Wairimu!

Tuesday the 14th, saa nane works well for me. Looking forward to meeting Otieno.

Achieng

On Thu, 9 Apr 2026 at 11:05, Wairimu Gitau <{wai}> wrote:
{quote(w1)}
"""
r1id = "<CAK7x1n+achieng.0409b@mail.example.com>"
w2 = f"""Perfect, see you on Tuesday. Just ask for me at the reception on the 2nd floor.
Parking is available in the basement.

Wairimu

On Thu, 9 Apr 2026 at 13:40, Achieng Otieno <{OWNER}> wrote:
{quote(r1.split('On Thu')[0])}
"""
case("b102-02-ajirapath-thread-swahili-time-only", [
    ("01-ajirapath-shortlisted.eml", mail(
        frm="Ajira Path <notifications@mailer.ajirapath.example>", to=ME,
        subject="You've been shortlisted by Chapa Credit", date=t(2026, 4, 8, 9, 15, NBO), msgid=a1,
        text=ajira, html=html_of(ajira))),
    ("02-interview-chapa-credit.eml", mail(
        frm=f"Wairimu Gitau <{wai}>", to=ME, cc=f"Otieno Ouma <{ouma}>",
        subject="Interview - Product Analyst (Lending & Wallets)", date=t(2026, 4, 9, 11, 5, NBO),
        msgid=w1id, text=w1)),
    ("03-re-interview.eml", mail(
        frm=ME, to=f"Wairimu Gitau <{wai}>", cc=f"Otieno Ouma <{ouma}>",
        subject="Re: Interview - Product Analyst (Lending & Wallets)", date=t(2026, 4, 9, 13, 40, NBO),
        msgid=r1id, in_reply_to=w1id, refs=w1id, text=r1)),
    ("04-re-re-interview.eml", mail(
        frm=f"Wairimu Gitau <{wai}>", to=ME, cc=f"Otieno Ouma <{ouma}>",
        subject="Re: Interview - Product Analyst (Lending & Wallets)", date=t(2026, 4, 9, 14, 2, NBO),
        msgid="<CAF3wg7Lq+0409b.wairimu@mail.chapacredit.example>", in_reply_to=r1id,
        refs=f"{w1id} {r1id}", text=w2)),
], [iv("Chapa Credit", "Product Analyst (Lending & Wallets)", t(2026, 4, 14, 14, 0, NBO),
       t(2026, 4, 14, 14, 45, NBO), "scheduled", [ouma], [ouma], "hiring_manager")],
    "hard", "positive/swahili-time-thread",
    "Time given only as 'Jumanne ... saa nane mchana' (Swahili clock: 8th hour after sunrise = 14:00 EAT). 45 min. Head of Product interviews.")

# =====================================================================================
# 03 Bank Taleo invitation + panel itinerary at Westlands
# =====================================================================================
faith = "faith.chebet@savannabank.example"
p1, p2, p3 = "daniel.kimani@savannabank.example", "rose.njoroge@savannabank.example", "samuel.odhiambo@savannabank.example"
tal = f"""Dear Achieng Otieno,

Requisition: 2600341 - Product Analyst, Mobile Money (Digital Banking Division)

Thank you for your interest in career opportunities with Savanna Commercial Bank. We are pleased
to invite you for a panel interview as detailed below:

Date: Wednesday, April 22, 2026
Time: 9:30 AM - 12:00 PM (East Africa Time)
Venue: Savanna Commercial Bank, Westlands Square Tower, 9th Floor, Waiyaki Way, Westlands, Nairobi

Please carry your national ID, original academic and professional certificates and a copy of
your CV. Kindly arrive 20 minutes early to allow for security clearance.

For any queries, please contact Faith Chebet, Talent Acquisition, at {faith}.

To view the status of your application, log in to the Careers Section:
https://savannabank.taleo.example/careersection/ext/jobdetail.ftl?job=2600341

Sincerely,
Talent Acquisition Team
Savanna Commercial Bank

This is an automated message sent from the Savanna Commercial Bank careers site. Please do not reply.
"""
t1id = "<1776315720113.2600341.JavaMail.taleo@savannabank.taleo.example>"
itin = f"""Dear Achieng,

Further to the invitation from our careers portal, please find the running order for your panel
interview on Wednesday 22nd April at our Westlands office:

09:30 - 10:15  Product & Channels - Daniel Kimani, Senior Manager, Mobile Channels
10:15 - 11:00  Credit & Fraud Risk - Rose Njoroge, Head of Retail Credit Risk
11:00 - 11:15  Short break (tea will be served)
11:15 - 12:00 noon  Samuel Odhiambo, Director, Digital Banking

I have copied the panellists on this email. Please report to the ground floor reception by 9:10am
and ask for me; you will be escorted to the 9th floor.

Best regards,

Faith Chebet | Talent Acquisition Specialist
Savanna Commercial Bank Ltd
Westlands Square Tower, Waiyaki Way | P.O. Box 40110-00100 Nairobi
T: +254 20 000 4417 | M: +254 733 000 208
"""
case("b102-03-taleo-bank-panel-westlands", [
    ("01-taleo-interview-invitation.eml", mail(
        frm="Savanna Commercial Bank Careers <careers-noreply@savannabank.taleo.example>", to=ME,
        subject="Interview Invitation - Requisition 2600341 - Product Analyst, Mobile Money",
        date=t(2026, 4, 16, 8, 2, NBO), msgid=t1id, text=tal, html=html_of(tal), cte="quoted-printable")),
    ("02-panel-running-order.eml", mail(
        frm=f"Faith Chebet <{faith}>", to=ME,
        cc=f"Daniel Kimani <{p1}>, Rose Njoroge <{p2}>, Samuel Odhiambo <{p3}>",
        subject="Panel interview running order - Wednesday 22 April", date=t(2026, 4, 17, 15, 31, NBO),
        msgid="<AM9PR02MB7421C0B6E1F0@AM9PR02MB7421.eurprd02.prod.outlook.example>",
        text=itin, html=html_of(itin), headers=[("X-Mailer", "Microsoft Outlook 16.0")])),
], [iv("Savanna Commercial Bank", "Product Analyst, Mobile Money", t(2026, 4, 22, 9, 30, NBO),
       t(2026, 4, 22, 12, 0, NBO), "scheduled", [p1, p2, p3], [p1, p2, p3], "onsite")],
    "medium", "positive/ats-taleo-onsite-panel",
    "Taleo no-reply invitation plus coordinator itinerary; one onsite panel 09:30-12:00 EAT with three panellists (coordinator not an interviewer).")

# =====================================================================================
# 04 Workable NGO, moved off Madaraka Day
# =====================================================================================
kev = "kevin.mutua@mwangazahealth.example"
amina = "amina.hassan@mwangazahealth.example"
s0, e0 = t(2026, 6, 1, 11, 0, NBO), t(2026, 6, 1, 12, 0, NBO)
s1, e1 = t(2026, 6, 2, 11, 0, NBO), t(2026, 6, 2, 12, 0, NBO)
wk_uid = "wk-evt-5c1e9d7a41@workable.example"
def wk_ics(s, e, seq, stamp):
    return calendar("-//Workable//Workable Calendar//EN", "REQUEST", [vevent_lines(
        uid=wk_uid, start=s, end=e, seq=seq, stamp=stamp,
        summary="Interview: Achieng Otieno - Digital Finance Analyst (Mwangaza Health Trust)",
        organizer=("Kevin Mutua", kev),
        attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION"), ("Amina Hassan", amina, "ACCEPTED")],
        description="Video interview with Amina Hassan (Programme Manager - Digital Finance).\nJoin: https://meet.google.example/ywe-fbqa-hmn",
        location="https://meet.google.example/ywe-fbqa-hmn")])
wk1 = f"""Hi Achieng,

Your interview for the Digital Finance Analyst position at Mwangaza Health Trust has been scheduled.

When: Monday, June 1, 2026, 11:00 AM - 12:00 PM (Africa/Nairobi)
Where: Video call - https://meet.google.example/ywe-fbqa-hmn
With: Amina Hassan, Programme Manager - Digital Finance

A calendar invitation is attached. If you need to make changes, please reply to Kevin Mutua ({kev}).

Good luck!
Mwangaza Health Trust hiring team

Powered by Workable
"""
wk1id = "<0100018f-wk-a41c-intv-sched@email.workablemail.example>"
kv = f"""Hi Achieng,

My apologies - I have just realised that I scheduled your interview on Monday 1st June,
which is Madaraka Day (public holiday). Our office will be closed and Amina will be off.

Could we move it to Tuesday 2nd June at the same time, 11am? You will get an updated invite
from Workable once you confirm.

Regards,
Kevin Mutua
HR & Administration Officer | Mwangaza Health Trust
Lenana Road, Kilimani, Nairobi | +254 722 000 641
"""
kvid = "<CAG9kM0=kevin.0527@mail.mwangazahealth.example>"
kr = f"""Hi Kevin,

No problem at all - Tuesday 2nd June at 11am works for me. Asante!

Achieng

On Wed, 27 May 2026 at 09:48, Kevin Mutua <{kev}> wrote:
{quote(kv)}
"""
krid = "<CAK7x1n+achieng.0527@mail.example.com>"
wk2 = f"""Hi Achieng,

Your interview for the Digital Finance Analyst position at Mwangaza Health Trust has been rescheduled.

New time: Tuesday, June 2, 2026, 11:00 AM - 12:00 PM (Africa/Nairobi)
Previous time: Monday, June 1, 2026, 11:00 AM - 12:00 PM (Africa/Nairobi)
Where: Video call - https://meet.google.example/ywe-fbqa-hmn
With: Amina Hassan, Programme Manager - Digital Finance

An updated calendar invitation is attached.

Mwangaza Health Trust hiring team

Powered by Workable
"""
case("b102-04-workable-madaraka-day-reschedule", [
    ("01-workable-interview-scheduled.eml", mail(
        frm="Mwangaza Health Trust <notifications@email.workablemail.example>", to=ME, reply_to=f"Kevin Mutua <{kev}>",
        subject="Interview scheduled: Digital Finance Analyst at Mwangaza Health Trust",
        date=t(2026, 5, 25, 10, 12, NBO), msgid=wk1id, text=wk1, html=html_of(wk1),
        ics=wk_ics(s0, e0, 0, t(2026, 5, 25, 10, 12, NBO)), ics_style="invite.ics")),
    ("02-madaraka-day.eml", mail(
        frm=f"Kevin Mutua <{kev}>", to=ME, cc=f"Amina Hassan <{amina}>",
        subject="Interview on 1st June - Madaraka Day", date=t(2026, 5, 27, 9, 48, NBO), msgid=kvid, text=kv)),
    ("03-re-madaraka-day.eml", mail(
        frm=ME, to=f"Kevin Mutua <{kev}>", cc=f"Amina Hassan <{amina}>",
        subject="Re: Interview on 1st June - Madaraka Day", date=t(2026, 5, 27, 10, 20, NBO), msgid=krid,
        in_reply_to=kvid, refs=kvid, text=kr)),
    ("04-workable-interview-rescheduled.eml", mail(
        frm="Mwangaza Health Trust <notifications@email.workablemail.example>", to=ME, reply_to=f"Kevin Mutua <{kev}>",
        subject="Interview rescheduled: Digital Finance Analyst at Mwangaza Health Trust",
        date=t(2026, 5, 27, 11, 3, NBO), msgid="<0100018f-wk-b72e-intv-resched@email.workablemail.example>",
        text=wk2, html=html_of(wk2), ics=wk_ics(s1, e1, 1, t(2026, 5, 27, 11, 3, NBO)), ics_style="invite.ics")),
], [iv("Mwangaza Health Trust", "Digital Finance Analyst", s1, e1, "scheduled", [amina], [amina], "hiring_manager")],
    "medium", "positive/reschedule-public-holiday",
    "Workable invite for Madaraka Day (Mon 1 Jun) moved to Tue 2 Jun 11:00-12:00 EAT; SEQUENCE 0 -> 1, same UID.")

# =====================================================================================
# 05 UN agency portal: written test (not interview) + competency-based interview (Zoom)
# =====================================================================================
grace = "grace.wambui@undff.example"
wt = """Dear Ms. Otieno,

Job Opening: 26-PGM-UNDFF-241190-R-NAIROBI (X)
Position: Associate Programme Officer (Digital Financial Services), P-2

We are pleased to inform you that you have been shortlisted for the above position. As the next
step, you are invited to take a written assessment.

The assessment will be sent to your email address on Tuesday, 5 May 2026 at 09:00 hrs Nairobi
time (GMT+3). You will have three (3) hours to complete it and must submit your answers no later
than 12:00 hrs Nairobi time on the same day. Late submissions will not be considered.

Candidates who successfully pass the written assessment will be invited to a competency-based
interview.

Please acknowledge receipt of this message through the Talanta portal.

Kind regards,
Recruitment Unit, Human Resources Management Service
UN Digital Finance Facility (UNDFF), Gigiri, Nairobi

This message was generated by the Talanta talent management system. Please do not reply.
"""
cbi_s, cbi_e = t(2026, 5, 19, 15, 0, NBO), t(2026, 5, 19, 16, 0, NBO)
cbi = f"""Dear Ms. Otieno,

Job Opening: 26-PGM-UNDFF-241190-R-NAIROBI (X)
Position: Associate Programme Officer (Digital Financial Services), P-2

Following the written assessment, we are pleased to invite you to a competency-based interview
(CBI) for the above position.

Date: Tuesday, 19 May 2026
Time: 15:00 hrs Nairobi time (12:00 hrs GMT)
Duration: approximately 60 minutes
Format: Video interview via Zoom (meeting details in the attached invitation)

The interview will be conducted by a panel of three members and will assess the competencies of
Professionalism, Planning and Organizing, and Client Orientation. Please have a valid photo ID
ready for verification.

Kindly confirm your availability by replying to Ms. Grace Wambui, Human Resources Assistant
({grace}), by 14 May 2026.

Kind regards,
Recruitment Unit, Human Resources Management Service
UN Digital Finance Facility (UNDFF), Gigiri, Nairobi
"""
zoom_ics = calendar("-//zoom.us//iCalendar Event//EN", "REQUEST", [vevent_lines(
    uid="ZOOM88412300571@zoom.example", start=cbi_s, end=cbi_e, stamp=t(2026, 5, 11, 14, 30, NBO),
    summary="CBI - 26-PGM-UNDFF-241190 - Candidate: Achieng Otieno",
    organizer=("UNDFF Recruitment", "recruitment-nairobi@undff.example"),
    attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")],
    description="Join Zoom Meeting\nhttps://undff.zoom.example/j/88412300571?pwd=cGFuZWwyMDI2\n\nMeeting ID: 884 1230 0571\nPasscode: 519207",
    location="https://undff.zoom.example/j/88412300571?pwd=cGFuZWwyMDI2")])
cbiid = "<talanta.20260511.cbi.241190.0031@undff.example>"
gr = f"""Dear Ms. Wambui,

Thank you for the invitation. I confirm my availability for the competency-based interview on
Tuesday, 19 May 2026 at 15:00 hrs Nairobi time.

Kind regards,
Achieng Otieno
+254 722 000 913

-----Original Message-----
From: UNDFF Talanta Recruitment <talanta-noreply@undff.example>
Sent: Monday, May 11, 2026 2:30 PM
Subject: Competency-Based Interview - 26-PGM-UNDFF-241190-R-NAIROBI (X)

{quote(cbi)}
"""
case("b102-05-un-portal-written-test-then-cbi", [
    ("01-written-assessment.eml", mail(
        frm="UNDFF Talanta Recruitment <talanta-noreply@undff.example>", to=ME,
        subject="Written Assessment - 26-PGM-UNDFF-241190-R-NAIROBI (X)", date=t(2026, 4, 27, 9, 0, NBO),
        msgid="<talanta.20260427.wa.241190.0007@undff.example>", text=wt, html=html_of(wt))),
    ("02-competency-based-interview.eml", mail(
        frm="UNDFF Talanta Recruitment <talanta-noreply@undff.example>", to=ME,
        subject="Competency-Based Interview - 26-PGM-UNDFF-241190-R-NAIROBI (X)", date=t(2026, 5, 11, 14, 30, NBO),
        msgid=cbiid, text=cbi, html=html_of(cbi), ics=zoom_ics, ics_style="zoom_invite.ics")),
    ("03-confirmation.eml", mail(
        frm=ME, to=f"Grace Wambui <{grace}>",
        subject="RE: Competency-Based Interview - 26-PGM-UNDFF-241190-R-NAIROBI (X)", date=t(2026, 5, 12, 8, 5, NBO),
        msgid="<CAK7x1n+achieng.0512@mail.example.com>", in_reply_to=cbiid, refs=cbiid, text=gr)),
], [iv("UN Digital Finance Facility", "Associate Programme Officer (Digital Financial Services)", cbi_s, cbi_e,
       "scheduled", [], [grace], "onsite")],
    "hard", "positive/un-portal-cbi",
    "Written assessment with a submission deadline is NOT an interview; the CBI panel (3 unnamed members) is. Zoom .ics in UTC. Follow-up goes to HR assistant.")

# =====================================================================================
# 06 Kigali employer, email + Google Meet invite (CAT)
# =====================================================================================
clau = "claudine.uwase@imenalabs.example"
eric = "eric.niyonzima@imenalabs.example"
g_s, g_e = t(2026, 5, 7, 10, 0, KGL), t(2026, 5, 7, 10, 45, KGL)
cl = f"""Muraho Achieng - or should I say habari!

Thanks for the great application for the Product Analyst role (remote, Kenya-based). Eric (our
Data Lead) and I would love to walk through a short product case with you.

How about Thursday 7th May at 10h Kigali time, i.e. 11h in Nairobi? 45 minutes on Google Meet.
I'll send the invite from my calendar right after this.

Claudine Uwase
Head of Product, Imena Labs
KG 7 Ave, Kacyiru, Kigali | +250 788 000 214
"""
gsum = "Product Analyst interview - Achieng Otieno / Imena Labs"
gdesc = "Product case discussion with Claudine (Head of Product) and Eric (Data Lead). No preparation needed beyond the case brief we shared."
g_ics = calendar("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", [vevent_lines(
    uid="4m1q8r0v2hjs7c5e9t3b6n@google.com", start=g_s, end=g_e, stamp=t(2026, 5, 1, 10, 14, UTC),
    summary=gsum, organizer=("Claudine Uwase", clau),
    attendees=[("Claudine Uwase", clau, "ACCEPTED"), ("Eric Niyonzima", eric, "NEEDS-ACTION"),
               (OWNER, OWNER, "NEEDS-ACTION")],
    description=gdesc + "\n\nJoin with Google Meet: https://meet.google.example/kxq-pwra-tnd",
    location="", extra=["X-GOOGLE-CONFERENCE:https://meet.google.example/kxq-pwra-tnd"])])
gt = gcal_text(gsum, "Thursday May 7, 2026 \u22c5 10am \u2013 10:45am", "Central Africa Time - Kigali",
               ("Claudine Uwase", clau), [("Claudine Uwase", clau), ("Eric Niyonzima", eric), (OWNER, OWNER)], gdesc)
case("b102-06-kigali-google-meet-product-case", [
    ("01-product-case-chat.eml", mail(
        frm=f"Claudine Uwase <{clau}>", to=ME, cc=f"Eric Niyonzima <{eric}>",
        subject="Imena Labs - next step", date=t(2026, 5, 1, 12, 9, KGL),
        msgid="<CAB2uw+claudine.0501@mail.imenalabs.example>", text=cl)),
    ("02-invitation.eml", mail(
        frm=f"Claudine Uwase <{clau}>", to=OWNER, sender="Google Calendar <calendar-notification@google.example>",
        reply_to=f"Claudine Uwase <{clau}>",
        subject=f"Invitation: {gsum} @ Thu May 7, 2026 10am - 10:45am (CAT) ({OWNER})",
        date=t(2026, 5, 1, 10, 14, UTC), msgid="<calendar-6b0c2f11-8d3e-4a7b-9f10-2c4d5e6a7b8c@google.example>",
        text=gt, html=html_of(gt), cte="base64", ics=g_ics, ics_style="google")),
], [iv("Imena Labs", "Product Analyst", g_s, g_e, "scheduled", [clau, eric], [clau, eric], "technical")],
    "medium", "positive/google-invite-kigali",
    "Kigali (CAT, UTC+2) employer; '10h Kigali time, i.e. 11h in Nairobi'; Google invite in UTC. Labelled in Kigali offset.")

# =====================================================================================
# 07 Teams invite with Windows TZID E. Africa Standard Time
# =====================================================================================
mercy = "mercy.akinyi@nyotainsure.example"
brian = "brian.kiprono@nyotainsure.example"
ts, te = t(2026, 5, 15, 14, 0, NBO), t(2026, 5, 15, 15, 0, NBO)
tm = f"""When: Friday, May 15, 2026 2:00 PM-3:00 PM (UTC+03:00) Nairobi.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Dear Achieng,

As discussed on phone, please find below the Teams link for your interview with Brian Kiprono,
Head of Product Analytics, for the Product Analyst (Mobile Money Integrations) role. I have set
this up on Brian's behalf and will not be joining the call.

Regards,
Mercy Akinyi
Human Resources | Nyota Insurtech Ltd
ABC Place, Waiyaki Way | +254 709 000 552

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_NzQ1ZTAy%40thread.v2/0>
Meeting ID: 318 442 907 155
Passcode: kY7qP2
________________________________________________________________________________
"""
t_ics = calendar("Microsoft Exchange Server 2010", "REQUEST", [vevent_lines(
    uid="040000008200E00074C5B7101A82E0080000000010B2C1A7E3D2DC01000000000000000010000000E4D6B1A9",
    start=ts, end=te, tzid="E. Africa Standard Time", stamp=t(2026, 5, 8, 9, 27, NBO),
    summary="Interview: Achieng Otieno - Product Analyst (Mobile Money Integrations)",
    organizer=("Mercy Akinyi", mercy),
    attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION"), ("Brian Kiprono", brian, "NEEDS-ACTION")],
    description=tm, location="Microsoft Teams Meeting",
    extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
           "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE"])],
    tzids=["E. Africa Standard Time"])
case("b102-07-teams-invite-eat-windows-tzid", [
    ("01-teams-interview.eml", mail(
        frm=f"Mercy Akinyi <{mercy}>", to=f"{ME}, Brian Kiprono <{brian}>",
        subject="Interview: Achieng Otieno - Product Analyst (Mobile Money Integrations)",
        date=t(2026, 5, 8, 9, 27, NBO),
        msgid="<DB9PR07MB8844A1F2C3D4E5F6@DB9PR07MB8844.eurprd07.prod.outlook.example>",
        headers=[("Thread-Topic", "Interview: Achieng Otieno - Product Analyst (Mobile Money Integrations)"),
                 ("Content-class", "urn:content-classes:calendarmessage")],
        text=tm, html=html_of(tm), cte="quoted-printable", ics=t_ics, ics_style="exchange")),
], [iv("Nyota Insurtech", "Product Analyst (Mobile Money Integrations)", ts, te, "scheduled", [brian], [brian],
       "hiring_manager")],
    "easy", "positive/exchange-teams",
    "Exchange/Teams invite, TZID 'E. Africa Standard Time' (+03:00). Organizer coordinates only.")

# =====================================================================================
# 08 London recruiter phone screen across the BST change
# =====================================================================================
oli = "oliver.pennington@ledgerline.example"
o_s, o_e = t(2026, 3, 31, 10, 0, LON), t(2026, 3, 31, 10, 30, LON)
o1 = f"""Hi Achieng,

I'm Oliver, in-house talent partner at Ledgerline (London, remote-first). We have a Product Analyst,
Payments role open to candidates in East Africa and your M-Pesa reconciliation work caught my eye.

Would you be free for an initial call next Tuesday (31st) at 10am UK time? Heads-up: our clocks
go forward this Sunday, so 10am London will be 12 noon in Nairobi - not 1pm as it would be today.

Best,
Oliver

Oliver Pennington
Talent Partner, Ledgerline
20 Eastcheap, London EC3M 1EB | +44 20 7946 0832
"""
o1id = "<CAO+pen.0325@mail.ledgerline.example>"
a_r = f"""Hi Oliver,

Thanks for reaching out! Tuesday 31st at 12 noon Nairobi / 10am London works for me.
My number is +254 722 000 913 (WhatsApp also works).

Best regards,
Achieng

On Wed, 25 Mar 2026 at 13:12, Oliver Pennington <{oli}> wrote:
{quote(o1)}
"""
a_rid = "<CAK7x1n+achieng.0325@mail.example.com>"
o2 = f"""Perfect - I'll ring you at 10:00 BST on Tuesday 31 March. It should take 20-30 mins, just
a chat about your background and what you're looking for.

Speak then,
Oliver

On Wed, 25 Mar 2026 at 11:40, Achieng Otieno <{OWNER}> wrote:
{quote(a_r.split('On Wed')[0])}
"""
case("b102-08-london-phone-screen-bst-change", [
    ("01-ledgerline-intro.eml", mail(
        frm=f"Oliver Pennington <{oli}>", to=ME, subject="Product Analyst, Payments - Ledgerline",
        date=t(2026, 3, 25, 10, 12, LON), msgid=o1id, text=o1)),
    ("02-re-intro.eml", mail(
        frm=ME, to=f"Oliver Pennington <{oli}>", subject="Re: Product Analyst, Payments - Ledgerline",
        date=t(2026, 3, 25, 14, 40, NBO), msgid=a_rid, in_reply_to=o1id, refs=o1id, text=a_r)),
    ("03-re-re-intro.eml", mail(
        frm=f"Oliver Pennington <{oli}>", to=ME, subject="Re: Product Analyst, Payments - Ledgerline",
        date=t(2026, 3, 25, 12, 3, LON), msgid="<CAO+pen.0325b@mail.ledgerline.example>",
        in_reply_to=a_rid, refs=f"{o1id} {a_rid}", text=o2)),
], [iv("Ledgerline", "Product Analyst, Payments", o_s, o_e, "scheduled", [oli], [oli], "phone_screen")],
    "hard", "positive/dst-edge-london",
    "Mails sent in GMT week; call on Tue 31 Mar after UK clocks go forward (Mar 29): 10:00 BST = 12:00 EAT. 30 min.")

# =====================================================================================
# 09 Zoom technical interview, then cancelled (HTML-only mail)
# =====================================================================================
pet = "peter.kamau@kilimopesa.example"
hal = "halima.abdi@kilimopesa.example"
z_s, z_e = t(2026, 4, 28, 16, 30, NBO), t(2026, 4, 28, 17, 30, NBO)
z1 = f"""Hi Achieng,

Thanks for your time on the screening call. As promised, here are the details for the technical
interview (SQL + product metrics for our farmer wallet):

Tue 28 April, 4:30 PM EAT, 1 hour
With: Peter Kamau (me) and Halima Abdi, Senior Data Analyst ({hal})

Join Zoom Meeting
https://kilimopesa.zoom.example/j/93051176620?pwd=a2lsaW1v
Meeting ID: 930 5117 6620
Passcode: 884120

Cheers,
Peter Kamau
Analytics Manager | Kilimo Pesa
Mombasa Road, Nairobi | +254 701 000 774
"""
z1id = "<CAP3k+peter.0421@mail.kilimopesa.example>"
zi = calendar("-//zoom.us//iCalendar Event//EN", "REQUEST", [vevent_lines(
    uid="ZOOM93051176620@zoom.example", start=z_s, end=z_e, tzid="Africa/Nairobi", stamp=t(2026, 4, 21, 17, 5, NBO),
    summary="Kilimo Pesa - Technical interview (Achieng Otieno)", organizer=("Peter Kamau", pet),
    attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION"), ("Halima Abdi", hal, "ACCEPTED")],
    description="Join Zoom Meeting\nhttps://kilimopesa.zoom.example/j/93051176620?pwd=a2lsaW1v",
    location="https://kilimopesa.zoom.example/j/93051176620?pwd=a2lsaW1v")], tzids=["Africa/Nairobi"])
zc = """<html><body><div dir="ltr"><p>Hi Achieng,</p>
<p>I'm really sorry to do this at short notice, but we need to cancel <b>Tuesday's technical interview</b>.
Following our quarterly budget review the Product Analyst position has been put on hold, and we are
not able to continue the process for now.</p>
<p>We were impressed with your screening call and will keep your CV on file; I will reach out
personally if the role reopens.</p>
<p>Pole sana for the inconvenience.</p>
<p>Peter</p>
<div>--<br>Peter Kamau<br>Analytics Manager | Kilimo Pesa<br>+254 701 000 774</div>
</div></body></html>
"""
case("b102-09-zoom-technical-cancelled-role-on-hold", [
    ("01-technical-interview-zoom.eml", mail(
        frm=f"Peter Kamau <{pet}>", to=ME, cc=f"Halima Abdi <{hal}>",
        subject="Technical interview - Kilimo Pesa (Zoom details)", date=t(2026, 4, 21, 17, 5, NBO), msgid=z1id,
        text=z1, ics=zi, ics_style="zoom.ics")),
    ("02-cancel.eml", mail(
        frm=f"Peter Kamau <{pet}>", to=ME, cc=f"Halima Abdi <{hal}>",
        subject="Re: Technical interview - Kilimo Pesa (Zoom details)", date=t(2026, 4, 24, 18, 22, NBO),
        msgid="<CAP3k+peter.0424@mail.kilimopesa.example>", in_reply_to=z1id, refs=z1id, html=zc,
        cte="quoted-printable")),
], [iv("Kilimo Pesa", "Product Analyst", z_s, z_e, "cancelled", [pet, hal], [pet, hal], "technical")],
    "medium", "positive/cancel-by-email",
    "Zoom .ics (TZID Africa/Nairobi) then HTML-only cancellation ('role put on hold').")

# =====================================================================================
# 10 London Google invite; candidate withdraws; Google cancellation
# =====================================================================================
tom = "tom.ashby@fernbrookpay.example"
han = "hannah.whitfield@fernbrookpay.example"
f_s, f_e = t(2026, 6, 10, 15, 0, LON), t(2026, 6, 10, 15, 45, LON)
fsum = "Hiring manager interview: Achieng Otieno / Fernbrook Payments"
fdesc = "Hiring manager interview with Hannah Whitfield, Head of Payments Product, for the Product Analyst (Africa Corridors) role. Tom (Talent) is coordinating and won't join."
f_uid = "7t2kq0c9m4fernbrook5x1@google.com"
def f_ics(method, status, seq, stamp):
    return calendar("-//Google Inc//Google Calendar 70.9054//EN", method, [vevent_lines(
        uid=f_uid, start=f_s, end=f_e, stamp=stamp, seq=seq, status=status, summary=fsum,
        organizer=("Tom Ashby", tom),
        attendees=[("Tom Ashby", tom, "ACCEPTED"), ("Hannah Whitfield", han, "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
        description=fdesc)])
ft = gcal_text(fsum, "Wednesday Jun 10, 2026 \u22c5 3pm \u2013 3:45pm", "United Kingdom Time",
               ("Tom Ashby", tom), [("Tom Ashby", tom), ("Hannah Whitfield", han), (OWNER, OWNER)], fdesc)
wd = f"""Hi Tom,

Thank you and Hannah for your time so far. I have accepted an offer with another company and would
therefore like to withdraw my application - please cancel Wednesday's interview with Hannah.

Asante sana, and all the best with the search.

Achieng Otieno
"""
ftc = ("This event has been cancelled and removed from your calendar.\n\n" + ft)
case("b102-10-london-invite-candidate-withdraws", [
    ("01-invitation.eml", mail(
        frm=f"Tom Ashby <{tom}>", to=OWNER, sender="Google Calendar <calendar-notification@google.example>",
        reply_to=f"Tom Ashby <{tom}>",
        subject=f"Invitation: {fsum} @ Wed Jun 10, 2026 3pm - 3:45pm (BST) ({OWNER})",
        date=t(2026, 6, 2, 13, 40, UTC), msgid="<calendar-1f2e3d4c-5b6a-4789-8a9b-0c1d2e3f4a5b@google.example>",
        text=ft, html=html_of(ft), ics=f_ics("REQUEST", "CONFIRMED", 0, t(2026, 6, 2, 13, 40, UTC)),
        ics_style="google")),
    ("02-withdrawal.eml", mail(
        frm=ME, to=f"Tom Ashby <{tom}>", subject="Withdrawing my application - Product Analyst (Africa Corridors)",
        date=t(2026, 6, 8, 9, 15, NBO), msgid="<CAK7x1n+achieng.0608@mail.example.com>", text=wd)),
    ("03-canceled-event.eml", mail(
        frm=f"Tom Ashby <{tom}>", to=OWNER, sender="Google Calendar <calendar-notification@google.example>",
        subject=f"Canceled event: {fsum} @ Wed Jun 10, 2026 3pm - 3:45pm (BST) ({OWNER})",
        date=t(2026, 6, 8, 8, 2, UTC), msgid="<calendar-9a8b7c6d-5e4f-4321-8765-fedcba987654@google.example>",
        text=ftc, html=html_of(ftc), ics=f_ics("CANCEL", "CANCELLED", 1, t(2026, 6, 8, 8, 2, UTC)),
        ics_style="google", ics_method="CANCEL")),
], [iv("Fernbrook Payments", "Product Analyst (Africa Corridors)", f_s, f_e, "cancelled", [han], [han], "hiring_manager")],
    "medium", "positive/cancel-withdrawal",
    "London BST invite (15:00 BST = 17:00 EAT); candidate withdraws; Google METHOD:CANCEL follows.")

# =====================================================================================
# 11 Two interviews: phone screen 'half past ten' + Calendar API event
# =====================================================================================
zaw = "zawadi.mutiso@sokonidigital.example"
col = "collins.were@sokonidigital.example"
ps_s, ps_e = t(2026, 3, 17, 10, 30, NBO), t(2026, 3, 17, 11, 0, NBO)
ci_s, ci_e = t(2026, 3, 26, 14, 0, NBO), t(2026, 3, 26, 15, 0, NBO)
zw1 = f"""Habari Achieng,

Thanks for applying to Sokoni Digital for the Product Analyst (Merchant Payments) role. Are you
available for a quick screening call on Tuesday at half past ten in the morning? I'll call you on
WhatsApp - it usually takes about 30 minutes.

Zawadi Mutiso
Talent Lead, Sokoni Digital
Sokoni House, Mpaka Road, Westlands | 0712 000 905
"""
zw1id = "<CAZ+mut.0313@mail.sokonidigital.example>"
ar = f"""Hi Zawadi,

Tuesday at 10:30am is perfect. Asante!

Achieng

On Fri, 13 Mar 2026 at 15:26, Zawadi Mutiso <{zaw}> wrote:
{quote(zw1)}
"""
arid = "<CAK7x1n+achieng.0313@mail.example.com>"
zw2 = f"""Hi Achieng,

Great chatting on Tuesday! You're through to the next stage: a case interview with Collins Were,
our Head of Data ({col}). I've sent a calendar invite for Thursday 26 March, 14:00-15:00 EAT on
Google Meet. Collins will share a small dataset during the call.

All the best,
Zawadi
"""
gjson = {
    "kind": "calendar#event", "etag": "\"3538102244118000\"", "id": "5s0kr3ix9q1sokoni2case7p",
    "status": "confirmed",
    "htmlLink": "https://www.google.example/calendar/event?eid=NXMwa3IzaXg5cTFzb2tvbmkyY2FzZTdw",
    "created": "2026-03-19T08:10:22.000Z", "updated": "2026-03-19T08:12:07.059Z",
    "summary": "Sokoni Digital - Case interview (Product Analyst, Merchant Payments)",
    "description": "Case interview with Collins Were (Head of Data). Zawadi is organising and will not join.",
    "creator": {"email": zaw, "displayName": "Zawadi Mutiso"},
    "organizer": {"email": zaw, "displayName": "Zawadi Mutiso"},
    "start": {"dateTime": iso(ci_s), "timeZone": "Africa/Nairobi"},
    "end": {"dateTime": iso(ci_e), "timeZone": "Africa/Nairobi"},
    "iCalUID": "5s0kr3ix9q1sokoni2case7p@google.com", "sequence": 0,
    "attendees": [
        {"email": zaw, "displayName": "Zawadi Mutiso", "organizer": True, "responseStatus": "accepted"},
        {"email": col, "displayName": "Collins Were", "responseStatus": "accepted"},
        {"email": OWNER, "self": True, "responseStatus": "needsAction"}],
    "hangoutLink": "https://meet.google.example/rbt-okzq-fwe",
    "reminders": {"useDefault": True}, "eventType": "default"}
case("b102-11-two-interviews-screen-then-case", [
    ("01-screening-call.eml", mail(
        frm=f"Zawadi Mutiso <{zaw}>", to=ME, subject="Sokoni Digital - Product Analyst (Merchant Payments)",
        date=t(2026, 3, 13, 15, 26, NBO), msgid=zw1id, text=zw1)),
    ("02-re-screening-call.eml", mail(
        frm=ME, to=f"Zawadi Mutiso <{zaw}>", subject="Re: Sokoni Digital - Product Analyst (Merchant Payments)",
        date=t(2026, 3, 13, 16, 1, NBO), msgid=arid, in_reply_to=zw1id, refs=zw1id, text=ar)),
    ("03-next-stage.eml", mail(
        frm=f"Zawadi Mutiso <{zaw}>", to=ME, cc=f"Collins Were <{col}>",
        subject="Next stage - case interview", date=t(2026, 3, 19, 11, 14, NBO),
        msgid="<CAZ+mut.0319@mail.sokonidigital.example>", text=zw2, html=html_of(zw2))),
    ("04-case-interview.gcal.json", (json.dumps(gjson, indent=2) + "\n").encode()),
], [iv("Sokoni Digital", "Product Analyst (Merchant Payments)", ps_s, ps_e, "scheduled", [zaw], [zaw], "phone_screen"),
    iv("Sokoni Digital", "Product Analyst (Merchant Payments)", ci_s, ci_e, "scheduled", [col], [col], "technical")],
    "hard", "positive/two-interviews",
    "Screen 'Tuesday at half past ten' resolved from Fri 13 Mar -> Tue 17 Mar 10:30 EAT (30 min); case interview from Calendar API event Thu 26 Mar 14:00-15:00.")

# =====================================================================================
# 12 Forwarded from old mailbox, base64 body
# =====================================================================================
lucy = "lucy.nduta@afyacash.example"
jm = "james.mbugua@afyacash.example"
af_s, af_e = t(2026, 4, 20, 9, 0, NBO), t(2026, 4, 20, 10, 0, NBO)
fw = f"""Saving this here so I have everything in one inbox.

---------- Forwarded message ---------
From: Lucy Nduta <{lucy}>
Date: Fri, 10 Apr 2026 at 17:48
Subject: Interview - Data & Product Analyst
To: Achieng Otieno <achieng.otieno.ke@mail.example>
Cc: James Mbugua <{jm}>


Dear Achieng,

Following your application for the position of Data & Product Analyst, we are pleased to invite you
for a face-to-face interview with our Chief Operating Officer, Mr. James Mbugua, on Monday 20th April
2026 at 9.00 a.m. sharp.

Venue: AfyaCash Ltd, Landmark Plaza, 6th Floor, Argwings Kodhek Road, Upper Hill.
The interview will take approximately one hour.

Kindly confirm your attendance by replying to this email.

Regards,
Lucy Nduta
HR Officer, AfyaCash Ltd
P.O. Box 10442-00100 Nairobi | Tel: 0719 000 226
"""
case("b102-12-forwarded-base64-onsite-upper-hill", [
    ("01-fwd-interview.eml", mail(
        frm="Achieng Otieno <achieng.otieno.ke@mail.example>", to=ME,
        subject="Fwd: Interview - Data & Product Analyst", date=t(2026, 4, 11, 8, 33, NBO),
        msgid="<CAK7x1n+fwd.0411@mail.example>", text=fw, cte="base64")),
], [iv("AfyaCash", "Data & Product Analyst", af_s, af_e, "scheduled", [jm], [jm], "hiring_manager")],
    "medium", "positive/forwarded",
    "User forwards from her old address (base64 body); original invitation from HR, COO interviews; '9.00 a.m. sharp', one hour.")

# =====================================================================================
# 13 Kigali CEO final chat, standalone Apple .ics
# =====================================================================================
jp = "jp.mugisha@inziracapital.example"
k_s, k_e = t(2026, 5, 21, 14, 0, KGL), t(2026, 5, 21, 14, 30, KGL)
jpm = f"""Dear Achieng,

Thank you for your patience through our process. The last step is a conversation with me -
Thursday 21 May at 14h Kigali time (15h for you in Nairobi), 30 minutes on Google Meet. I will send
an invite from my calendar.

Bien a vous / best regards,
Jean-Paul Mugisha
Founder & CEO, Inzira Capital
Kigali Heights, KG 7 Ave, Kigali | +250 788 000 660
"""
k_ics = calendar("-//Apple Inc.//macOS 15.4//EN", "REQUEST", [vevent_lines(
    uid="A1C3E5F7-2B4D-4F60-8A9C-INZIRA0521", start=k_s, end=k_e, tzid="Africa/Kigali",
    stamp=t(2026, 5, 18, 16, 2, KGL), summary="Final conversation - Achieng Otieno (Product Analyst)",
    organizer=("Jean-Paul Mugisha", jp), attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")],
    description="Google Meet: https://meet.google.example/hjd-ueqm-zaw", location="Google Meet")],
    tzids=["Africa/Kigali"])
case("b102-13-kigali-ceo-final-standalone-ics", [
    ("01-final-step.eml", mail(
        frm=f"Jean-Paul Mugisha <{jp}>", to=ME, subject="Inzira Capital - final step",
        date=t(2026, 5, 18, 15, 47, KGL), msgid="<5D2E9F0A-77B1-4C3B-9E21-1A2B3C4D5E6F@inziracapital.example>",
        headers=[("X-Mailer", "Apple Mail (2.3826.500.1)")], text=jpm)),
    ("02-final-conversation.ics", k_ics.encode()),
], [iv("Inzira Capital", "Product Analyst", k_s, k_e, "scheduled", [jp], [jp], "other")],
    "medium", "positive/standalone-ics-founder",
    "Founder/CEO final conversation; '14h Kigali time (15h for you in Nairobi)'; standalone Apple .ics with TZID Africa/Kigali.")

# =====================================================================================
# NEGATIVES
# =====================================================================================
wj = "wanjiku.ndegwa@mail.example"
ch_s, ch_e = t(2026, 4, 12, 15, 0, NBO), t(2026, 4, 12, 17, 0, NBO)
chsum = "Tujenge Pamoja Chama - April meeting + interview of new members"
chdesc = ("Habari wanachama! Monthly meeting at Mama Wambui's place, Kileleshwa. Agenda: 1) April contributions "
          "(KES 5,000 via Paybill 400200, acc TUJENGE), 2) merry-go-round payout to Achieng, 3) we will interview the "
          "two candidates who want to join the chama - please come with your questions, 4) AOB. Karibu sana!")
cht = gcal_text(chsum, "Sunday Apr 12, 2026 \u22c5 3pm \u2013 5pm", "East Africa Time - Nairobi",
                ("Wanjiku Ndegwa", wj), [("Wanjiku Ndegwa", wj), (OWNER, OWNER)], chdesc)
case("b102-14-neg-chama-meeting-interview-members", [
    ("01-chama-meeting.eml", mail(
        frm=f"Wanjiku Ndegwa <{wj}>", to=OWNER, sender="Google Calendar <calendar-notification@google.example>",
        subject=f"Invitation: {chsum} @ Sun Apr 12, 2026 3pm - 5pm (EAT) ({OWNER})",
        date=t(2026, 4, 6, 17, 20, UTC), msgid="<calendar-c0a1b2c3-d4e5-4f60-a7b8-c9d0e1f2a3b4@google.example>",
        text=cht, html=html_of(cht), ics=calendar("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", [vevent_lines(
            uid="2chama8tujenge0412x@google.com", start=ch_s, end=ch_e, stamp=t(2026, 4, 6, 17, 20, UTC),
            summary=chsum, organizer=("Wanjiku Ndegwa", wj),
            attendees=[("Wanjiku Ndegwa", wj, "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
            description=chdesc, location="Kileleshwa, Nairobi")]), ics_style="google")),
], [], "hard", "negative/savings-group",
    "Chama (savings group) meeting invite where members interview prospective members - user is not a job candidate.")

sac = """Dear Achieng Otieno,

RE: DEVELOPMENT LOAN APPLICATION No. LN-2026-04417 - KES 350,000

Thank you for your loan application. Your loan appraisal interview has been scheduled as follows:

Date: Wednesday, 6th May 2026
Time: 10:00 am
Venue: Ufanisi Sacco Plaza, 3rd Floor, Kimathi Street, Nairobi
Credit Officer: Mr. Dennis Omondi

Please carry: original national ID, KRA PIN certificate, last 3 months' payslips, 6 months' M-Pesa and
bank statements, and your two guarantors' member numbers. The interview takes about 45 minutes.

To reschedule, call our contact centre on 0709 000 100 or reply to loans@ufanisisacco.example.

Ufanisi Sacco Society Ltd - "Pamoja Tujenge"
"""
case("b102-15-neg-sacco-loan-appraisal-interview", [
    ("01-loan-appraisal.eml", mail(
        frm="Ufanisi Sacco Loans <loans@ufanisisacco.example>", to=ME,
        subject="Loan Appraisal Interview - LN-2026-04417", date=t(2026, 4, 29, 11, 40, NBO),
        msgid="<20260429084000.44172@ufanisisacco.example>", text=sac, html=html_of(sac))),
], [], "hard", "negative/financial-appointment",
    "SACCO loan appraisal 'interview' with a credit officer at a fixed time - not a job interview.")

hb = """<html><body style="font-family:Georgia,serif">
<h2>Karibu! Harambee for the New Church Hall</h2>
<p>Dear Achieng,</p>
<p>Greetings in the name of our Lord. This is a call to all members and friends of St. Andrew's Parish,
Kileleshwa, to join us for our fundraising <b>Harambee</b> on <b>Saturday, 16th May 2026 at 10:00 am</b>.</p>
<p><b>Programme schedule</b><br>
10:00 - Praise and worship<br>
11:00 - Word from the Vicar<br>
12:00 noon - Guest of Honour and contributions<br>
1:30 pm - Lunch (chai and pilau)</p>
<p>The Youth Ministry will also run a <i>career corner</i>: CV clinic and interview tips for job-seekers.
Candidates for the confirmation class will be interviewed after the service the following Sunday.</p>
<p>M-Changa: 58120 | Paybill 700300, Acc: HALL</p>
<p>Mungu akubariki,<br>Parish Office, St. Andrew's Kileleshwa<br>0720 000 388</p>
</body></html>
"""
case("b102-16-neg-church-harambee-invitation", [
    ("01-harambee.eml", mail(
        frm="St. Andrew's Parish Office <parish.office@standrewskileleshwa.example>", to=ME,
        subject="Harambee invitation - Saturday 16th May 10am", date=t(2026, 5, 4, 19, 5, NBO),
        msgid="<harambee.0504.1128@standrewskileleshwa.example>", html=hb, cte="quoted-printable")),
], [], "medium", "negative/community-event",
    "Church fundraising harambee with a timed schedule, career-corner interview tips and confirmation-class interviews.")

rj = """Dear Achieng Otieno,

Requisition: 2600512 - Business Analyst, Agency & Mobile Banking

Thank you for attending the interview on Wednesday, 29 April 2026 at 10:00 AM at our Upper Hill
head office, and for the time you invested in the process.

After careful consideration, we regret to inform you that you have not been selected to proceed to
the next stage. We will retain your profile in our talent pool and may contact you should a suitable
opportunity arise.

We wish you every success in your career.

Talent Acquisition Team
Jamii Trust Bank

This is an automated message sent from the Jamii Trust Bank careers site. Please do not reply.
"""
case("b102-17-neg-bank-rejection-after-interview", [
    ("01-regret.eml", mail(
        frm="Jamii Trust Bank Careers <careers-noreply@jamiitrust.taleo.example>", to=ME,
        subject="Your application - Requisition 2600512 - Business Analyst, Agency & Mobile Banking",
        date=t(2026, 5, 8, 16, 45, NBO), msgid="<1778248300552.2600512.JavaMail.taleo@jamiitrust.taleo.example>",
        text=rj, html=html_of(rj))),
], [], "medium", "negative/rejection",
    "Taleo-style regret mail quoting the past interview date and time.")

ja = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" cellpadding="0" cellspacing="0"><tr><td>
<h2 style="color:#0a7d48">12 new jobs match "Product Analyst" in Nairobi</h2>
<p>Hi Achieng, here are this week's top picks from KaziHub.</p>
<hr>
<p><b>Product Analyst - Mobile Money</b><br>Baobab Wallet | Nairobi | KES 180k - 250k<br>
Interviews will be held on a rolling basis from 4 May. Apply by 30 April.<br>
<a href="https://www.kazihub.example/jobs/91820">View job</a></p>
<p><b>Data Analyst (Candidate Experience)</b><br>Ndege Logistics | Nairobi, hybrid<br>
Shortlisted candidates will be called for a phone interview within 2 weeks.<br>
<a href="https://www.kazihub.example/jobs/91877">View job</a></p>
<p><b>Associate, Digital Channels</b><br>Confidential bank | Westlands<br>
Schedule: Mon-Fri, 8:00 am - 5:00 pm<br>
<a href="https://www.kazihub.example/jobs/91903">View job</a></p>
<hr>
<p><b>Interview-ready?</b> Book a 20-minute call with a KaziHub career coach - Thursdays at 2pm.</p>
<p style="font-size:11px;color:#777">You are receiving this job alert because you subscribed on KaziHub.
<a href="https://www.kazihub.example/alerts/unsubscribe">Unsubscribe</a> | KaziHub Ltd, Nairobi</p>
</td></tr></table></body></html>
"""
case("b102-18-neg-job-board-alert", [
    ("01-job-alert.eml", mail(
        frm="KaziHub Job Alerts <alerts@mailer.kazihub.example>", to=ME,
        subject="12 new Product Analyst jobs in Nairobi - interviews from 4 May", date=t(2026, 4, 23, 7, 0, NBO),
        msgid="<alert.20260423.5571.achieng@mailer.kazihub.example>", html=ja, cte="base64",
        headers=[("List-Unsubscribe", "<https://www.kazihub.example/alerts/unsubscribe>")])),
], [], "easy", "negative/job-alert",
    "HTML-only job alert with 'interviews from 4 May', 'phone interview', coaching call time.")

kr = """Dear Taxpayer,

PIN: A00X123456Z
Service: Taxpayer interview - PIN obligation amendment & compliance review

Your appointment has been booked successfully.

Date: Tuesday, 12 May 2026
Time: 11:30 AM
Service centre: Ushuru Towers, Ground Floor, Haile Selassie Avenue, Nairobi
Officer: Domestic Taxes Department

Please carry your original ID, PIN certificate and any supporting documents (P9 forms, bank
statements). Arrive 15 minutes before your scheduled time. Candidates for the Taxpayer Education
Ambassadors programme should instead use the careers portal.

Kenya Tax Service - "Tulipe Ushuru, Tujitegemee"
Contact Centre: 020 000 0800 | This mailbox is not monitored.
"""
case("b102-19-neg-tax-office-appointment", [
    ("01-tax-appointment.eml", mail(
        frm="Kenya Tax Service <appointments-noreply@kts-itax.example>", to=ME,
        subject="Appointment confirmation - Taxpayer interview 12/05/2026 11:30", date=t(2026, 5, 5, 10, 2, NBO),
        msgid="<appt.20260505.0994121@kts-itax.example>", text=kr, html=html_of(kr))),
], [], "hard", "negative/government-appointment",
    "Tax-office (invented KRA-like) appointment called a 'taxpayer interview' with date and time.")

pr = """Hi Achieng,

Thank you for applying for the MEL & Data Analyst position at Pamoja Relief International (Nairobi).

As the next step in our selection process, we invite you to complete a written technical assessment
(Excel/SQL exercise and a short memo on cash-transfer monitoring).

Link: https://apply.workable.example/pamoja-relief/assessments/7c1d9e
Deadline: Friday, 8 May 2026, 5:00 PM EAT. The link is valid for 72 hours and the exercise should
take about 2 hours.

Shortlisted candidates will then be invited to an interview with the panel.

Kind regards,
Pamoja Relief International - Recruitment Team

Powered by Workable
"""
case("b102-20-neg-ngo-written-assessment-deadline", [
    ("01-written-assessment.eml", mail(
        frm="Pamoja Relief International <notifications@email.workablemail.example>", to=ME,
        subject="Next step: written assessment - MEL & Data Analyst", date=t(2026, 5, 5, 17, 0, NBO),
        msgid="<0100018f-wk-c93a-assess@email.workablemail.example>", text=pr, html=html_of(pr))),
], [], "medium", "negative/assessment",
    "Workable written test with a deadline (take-home) - not an interview.")

th = """Hi Achieng,

Thanks for applying to Thornbury Analytics for the Product Analyst (Emerging Markets) role - we'd
love to set up a 30-minute call with Priya, our Head of Product.

Please pick a time that suits you using the link below. Slots are available Tuesday to Thursday next
week between 9am and 4pm UK time (11am-6pm in Nairobi).

https://book.thornbury.example/priya-rao/30min

Once you've chosen a slot, you'll receive a calendar invite automatically.

Best,
Ella Morgan
Recruitment Coordinator, Thornbury Analytics
1 Canal Reach, London N1C 4AB
"""
case("b102-21-neg-london-scheduling-link-unbooked", [
    ("01-pick-a-time.eml", mail(
        frm="Ella Morgan <ella.morgan@thornbury.example>", to=ME,
        subject="Thornbury Analytics - book your call with our Head of Product", date=t(2026, 4, 30, 9, 20, LON),
        msgid="<CAE+morgan.0430@mail.thornbury.example>", text=th)),
], [], "hard", "negative/availability-request",
    "Unbooked scheduling link with a window of times; no confirmed slot.")

kb_s, kb_e = t(2026, 5, 23, 10, 0, NBO), t(2026, 5, 23, 11, 0, NBO)
kb = """Hi Achieng,

Asante for booking with Kazi Bora Coaching! Your payment of KES 3,500 (M-Pesa ref SDK4X2P9QL) has
been received.

Session: Mock Competency-Based Interview (UN / NGO track)
When: Saturday 23rd May 2026, 10:00 am - 11:00 am EAT
Where: Zoom (invite attached)
Coach: Beatrice Anyango, former UN HR panel member

Come prepared with 3 STAR examples. You'll get written feedback within 48 hours.

Beatrice Anyango | Kazi Bora Coaching
+254 733 000 871 | www.kazibora.example
"""
kb_ics = calendar("-//zoom.us//iCalendar Event//EN", "REQUEST", [vevent_lines(
    uid="ZOOM81277400913@zoom.example", start=kb_s, end=kb_e, tzid="Africa/Nairobi", stamp=t(2026, 5, 18, 20, 10, NBO),
    summary="Mock CBI interview - Achieng Otieno", organizer=("Beatrice Anyango", "beatrice@kazibora.example"),
    attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")],
    description="Join Zoom Meeting\nhttps://kazibora.zoom.example/j/81277400913",
    location="https://kazibora.zoom.example/j/81277400913")], tzids=["Africa/Nairobi"])
case("b102-22-neg-paid-mock-cbi-coaching", [
    ("01-mock-interview-booking.eml", mail(
        frm="Beatrice Anyango <beatrice@kazibora.example>", to=ME,
        subject="Booking confirmed: Mock Competency-Based Interview - Sat 23 May", date=t(2026, 5, 18, 20, 10, NBO),
        msgid="<kb.booking.0518.2291@kazibora.example>", text=kb, ics=kb_ics, ics_style="zoom.ics")),
], [], "hard", "negative/mock-interview",
    "Paid mock competency-based interview with a coach, Zoom .ics attached.")


def main():
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and name.startswith("b102-"):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fname, data in items:
            with open(os.path.join(d, fname), "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# Labels for blind102 (written blind; synthetic). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=1000)


if __name__ == "__main__":
    main()
