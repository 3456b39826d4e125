#!/usr/bin/env python3
"""Deterministic generator for the blind86 evaluation set.

Theme: a data scientist in Johannesburg (Africa/Johannesburg, SAST, UTC+2, no DST) applying to
South African banks/insurers/telcos, London firms (Europe/London, GMT -> BST on 29 Mar 2026) and a
Nairobi fintech (Africa/Nairobi, EAT, UTC+3).  All names invented, all domains .example.

Re-running rewrites every case folder and labels.yaml.  Only stdlib + PyYAML + zoneinfo.
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
JNB = ZoneInfo("Africa/Johannesburg")
LON = ZoneInfo("Europe/London")
NBO = ZoneInfo("Africa/Nairobi")
UTC = timezone.utc

OWNER = "naledi.dlamini@example.com"
OWNER_NAME = "Naledi Dlamini"
OWNER_FULL = f"{OWNER_NAME} <{OWNER}>"
WORK = "naledi.dlamini@highveldretail.example"

SIG_NALEDI = """Naledi Dlamini
Data Scientist | Johannesburg
+27 82 555 0147"""

LABELS = {}


def T(y, mo, d, h=0, mi=0, tz=JNB):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def iso(dt):
    return dt.isoformat() if dt is not None else None


def z(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


# ----------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    """RFC 5545 folding at 75 octets without splitting UTF-8 sequences."""
    out, cur, n = [], "", 0
    limit = 75
    for ch in line:
        b = len(ch.encode("utf-8"))
        if n + b > limit:
            out.append(cur)
            cur, n, limit = " " + ch, 1 + b, 75
        else:
            cur += ch
            n += b
    out.append(cur)
    return "\r\n".join(out)


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


VTZ = {
    "Africa/Johannesburg": [
        "BEGIN:VTIMEZONE", "TZID:Africa/Johannesburg", "X-LIC-LOCATION:Africa/Johannesburg",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0200", "TZNAME:SAST",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "South Africa Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:South Africa Standard Time", "BEGIN:STANDARD",
        "DTSTART:16010101T000000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0200", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0200",
        "END:DAYLIGHT", "END:VTIMEZONE"],
    "GMT Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD",
        "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
}

MS_X = [
    "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
    "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
    "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
    "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
]


def teams_block(seed):
    mid = f"{(seed * 7919) % 1000:03d} {(seed * 104729) % 1000:03d} {(seed * 1299709) % 1000:03d} {(seed * 15485863) % 1000:03d}"
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_Nb{seed:04d}Qz{seed * 31:06d}Kx%40thread.v2/0"
    txt = ("_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
           f"Click here to join the meeting<{url}>\nMeeting ID: {mid}\nPasscode: Zq{seed % 97}Lm\n"
           "Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | Join on the web"
           "<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n" + "_" * 80)
    return url, txt


# ----------------------------------------------------------------------------- e-mail helper
def write_eml(path, *, frm, to, subject, date, body=None, html=None, cc=None, reply_to=None,
              msgid, in_reply_to=None, references=None, cte="quoted-printable", extra=(),
              cal=None, cal_method="REQUEST", attach=None, delivered_to=OWNER):
    m = EmailMessage()
    m["Delivered-To"] = delivered_to
    m["Received"] = (f"from mx.example (mx.example [192.0.2.{len(subject) % 200 + 10}]) by "
                     f"mailstore.example with ESMTPS for <{delivered_to}>; {format_datetime(date)}")
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    if reply_to:
        m["Reply-To"] = reply_to
    for k, v in extra:
        m[k] = v
    if body is None:
        m.set_content(html, subtype="html", cte=cte)
    else:
        m.set_content(body, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=cte)
    if cal is not None:
        m.add_alternative(cal, subtype="calendar", cte="base64", params={"method": cal_method})
    if attach is not None:
        fname, data = attach
        m.add_attachment(data.encode("utf-8"), maintype="application", subtype="ics",
                         filename=fname)
    import hashlib
    seed = hashlib.sha1(msgid.encode()).hexdigest()
    for i, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary(f"=_b86_{seed[:20]}_{i}")
    with open(path, "wb") as f:
        f.write(m.as_bytes())


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def label(cid, *, interviews, difficulty, category, notes):
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
    return {"company": company, "role": role, "start": iso(start), "end": iso(end),
            "status": status, "interviewer_emails": interviewers,
            "followup_recipients": recipients, "kind": kind}


def html_of(text):
    import html as h
    paras = text.strip().split("\n\n")
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial,"
            "sans-serif;font-size:11pt\">" +
            "".join("<p>" + h.escape(p).replace("\n", "<br>") + "</p>" for p in paras) +
            "</body></html>")


def case_dir(cid):
    d = os.path.join(HERE, cid)
    os.makedirs(d, exist_ok=True)
    return d


# ============================================================================= POSITIVES
def c01():
    cid = "b86-01-umoya-bank-telephonic-screen-thread"
    d = case_dir(cid)
    rec = "Refilwe Sebola <refilwe.sebola@umoyabank.example>"
    start = T(2026, 3, 10, 14, 0)
    end = start + timedelta(minutes=30)
    assert start.strftime("%A") == "Tuesday"
    m1 = "<CAF8x1Umoya0305a@mail.umoyabank.example>"
    d1 = T(2026, 3, 5, 9, 12)
    write_eml(os.path.join(d, "01-refilwe-telephonic-screen.eml"), frm=rec, to=OWNER_FULL,
              subject="Umoya Bank | Data Scientist (Retail Credit) | Telephonic screening",
              date=d1, msgid=m1, body=f"""Good morning Naledi

Thank you for your application for the Data Scientist (Retail Credit) position at Umoya Bank
(ref UB-DS-0419). Your CV was shortlisted by the hiring team and I would like to set up a short
telephonic screening with you - roughly 30 minutes, just me, to go through your experience,
notice period and salary expectations.

Would Tuesday (10 March) at 14h00 suit you? If not, Wednesday morning is also open.

Kind regards

Refilwe Sebola
Talent Acquisition Partner | Umoya Bank
Umoya Towers, 12 Simmonds Street, Marshalltown, Johannesburg 2001
Tel: +27 11 555 0190 | Cell: +27 72 555 0133
This e-mail is subject to the Umoya Bank e-mail legal notice.
""")
    m2 = "<4F1B2C3D-naledi-0305@example.com>"
    d2 = T(2026, 3, 5, 12, 40)
    write_eml(os.path.join(d, "02-re-telephonic-screen.eml"), frm=OWNER_FULL, to=rec,
              subject="Re: Umoya Bank | Data Scientist (Retail Credit) | Telephonic screening",
              date=d2, msgid=m2, in_reply_to=m1,
              extra=[("X-Mailer", "iPhone Mail (21D61)")], body=f"""Hi Refilwe

Thank you, Tuesday at 14h00 works well for me. Best number is 082 555 0147.

Kind regards
Naledi

> On 05 Mar 2026, at 09:12, Refilwe Sebola <refilwe.sebola@umoyabank.example> wrote:
>
> Good morning Naledi
>
> Thank you for your application for the Data Scientist (Retail Credit) position at Umoya Bank
> (ref UB-DS-0419). [...] Would Tuesday (10 March) at 14h00 suit you? If not, Wednesday
> morning is also open.
""")
    m3 = "<CAF8x1Umoya0305b@mail.umoyabank.example>"
    d3 = T(2026, 3, 5, 13, 5)
    write_eml(os.path.join(d, "03-re-re-confirmed.eml"), frm=rec, to=OWNER_FULL,
              subject="RE: Umoya Bank | Data Scientist (Retail Credit) | Telephonic screening",
              date=d3, msgid=m3, in_reply_to=m2, references=f"{m1} {m2}", cte="base64",
              body=f"""Hi Naledi

Perfect, confirmed: I'll phone you on 082 555 0147 on Tuesday 10 March at 14h00.
Please have your current CTC and notice period handy.

Kind regards

Refilwe Sebola
Talent Acquisition Partner | Umoya Bank
Tel: +27 11 555 0190 | Cell: +27 72 555 0133

-----Original Message-----
From: Naledi Dlamini <{OWNER}>
Sent: Thursday, 05 March 2026 12:40
Subject: Re: Umoya Bank | Data Scientist (Retail Credit) | Telephonic screening

Thank you, Tuesday at 14h00 works well for me. Best number is 082 555 0147.
""")
    label(cid, interviews=[iv("Umoya Bank", "Data Scientist (Retail Credit)", start, end, "scheduled",
                              ["refilwe.sebola@umoyabank.example"],
                              ["refilwe.sebola@umoyabank.example"], "phone_screen")],
          difficulty="easy", category="positive/thread-propose-confirm",
          notes="Recruiter proposes Tuesday 14h00 for a 30-minute telephonic screen she runs herself; "
                "candidate accepts; recruiter confirms (base64 body). SAST, no DST.")


def c02():
    cid = "b86-02-london-teams-invite-after-bst-switch"
    d = case_dir(cid)
    start = T(2026, 4, 1, 9, 0, LON)
    end = T(2026, 4, 1, 10, 0, LON)
    assert start.utcoffset() == timedelta(hours=1)
    rec = "Callum Reid <callum.reid@thornburypike.example>"
    hm = "harriet.moss@thornburypike.example"
    d1 = T(2026, 3, 24, 16, 2, LON)
    m1 = "<LO2P265MB0841A1@LO2P265MB0841.GBRP265.PROD.OUTLOOK.example>"
    write_eml(os.path.join(d, "01-callum-next-steps.eml"), frm=rec, to=OWNER_FULL,
              subject="Thornbury & Pike - Senior Data Scientist (Pricing) - next steps",
              date=d1, msgid=m1, body="""Hi Naledi,

Thanks for your time on the phone last week - Harriet (Head of Pricing Analytics) would like to meet
you for the hiring manager interview. She has Wednesday 1 April at 9am UK time free, which is 10am in
Johannesburg. Just a heads-up: our clocks go forward this Sunday (29 March), so from then on we are
only one hour behind you rather than two.

I'll send a Teams invite from my calendar shortly. I'm only organising - it'll be just you and
Harriet for the hour.

Best wishes,
Callum

Callum Reid
Talent Partner, Thornbury & Pike LLP
40 Eastcheap, London EC3M 1HD
T: +44 20 7946 0321
""")
    url, tblock = teams_block(86021)
    desc = ("Hiring manager interview with Harriet Moss (Head of Pricing Analytics) for the Senior Data "
            "Scientist (Pricing) role. Callum Reid is organising only.\n\n" + tblock)
    cal = ics(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010",
               "VERSION:2.0"] + VTZ["GMT Standard Time"] + [
        "BEGIN:VEVENT",
        "ORGANIZER;CN=Callum Reid:mailto:callum.reid@thornburypike.example",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Naledi Dlamini:mailto:{OWNER}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Harriet Moss:mailto:{hm}",
        "DESCRIPTION;LANGUAGE=en-GB:" + esc(desc),
        "UID:040000008200E00074C5B7101A82E00800000000B0F3C9A2E3BBDC01000000000000000010000000A7D3",
        "SUMMARY;LANGUAGE=en-GB:Naledi Dlamini / Harriet Moss - Senior Data Scientist (Pricing)",
        f"DTSTART;TZID=GMT Standard Time:{local(start)}",
        f"DTEND;TZID=GMT Standard Time:{local(end)}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{z(T(2026, 3, 24, 16, 20, LON))}", "TRANSP:OPAQUE",
        "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0"] + MS_X + [
        f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
        "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    when = "Wednesday, 01 April 2026 09:00-10:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London."
    body = f"When: {when}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n{desc}\n"
    write_eml(os.path.join(d, "02-invite-harriet-moss.eml"), frm=rec,
              to=f"{OWNER_FULL}, Harriet Moss <{hm}>",
              subject="Naledi Dlamini / Harriet Moss - Senior Data Scientist (Pricing)",
              date=T(2026, 3, 24, 16, 20, LON), msgid="<LO2P265MB0841B7@LO2P265MB0841.GBRP265.PROD.OUTLOOK.example>",
              body=body, html=html_of(body), cal=cal,
              extra=[("Content-class", "urn:content-classes:calendarmessage"),
                     ("Thread-Topic", "Naledi Dlamini / Harriet Moss - Senior Data Scientist (Pricing)")])
    label(cid, interviews=[iv("Thornbury & Pike", "Senior Data Scientist (Pricing)", start, end,
                              "scheduled", [hm], [hm], "hiring_manager")],
          difficulty="hard", category="positive/london-dst-gap",
          notes="Mail sent on 24 Mar (GMT, 2h gap) for 1 Apr (BST, 1h gap): 9am UK = 10am SA = 08:00Z. "
                "Exchange invite with TZID 'GMT Standard Time' and a '(UTC+00:00)' display label that is "
                "not the real offset on that date. Callum only organises.")


def c03():
    cid = "b86-03-workvista-assessment-then-competency-panel"
    d = case_dir(cid)
    ats = "Karoo Mutual Careers <karoomutual@myworkvista.example>"
    coord = "zanele.khumalo@karoomutual.example"
    start = T(2026, 3, 18, 10, 0)
    end = T(2026, 3, 18, 11, 30)
    write_eml(os.path.join(d, "01-workvista-assessment.eml"), frm=ats, to=OWNER,
              subject="Action required: complete your online assessment - Data Scientist, Actuarial Analytics (R-20417)",
              date=T(2026, 3, 3, 8, 1), msgid="<wv.20417.a1@myworkvista.example>",
              reply_to="no-reply@myworkvista.example",
              body="""Dear Naledi

Thank you for your interest in the Data Scientist, Actuarial Analytics position (R-20417) at Karoo
Mutual. As the next step in our selection process, please complete the online psychometric
assessment (numerical reasoning and work-styles questionnaire, about 45 minutes).

Start assessment: https://assess.mindgauge.example/k/8Q2-KM-20417-ND

Deadline: Tuesday, 10 March 2026, 23:59 (SAST). The link expires after the deadline.

Candidates who meet the benchmark will be invited to a competency-based interview.

Karoo Mutual Talent Acquisition
Please do not reply to this e-mail. Log in to your candidate home page on Workvista to view your
application status.
""", html=html_of("""Dear Naledi

Thank you for your interest in the Data Scientist, Actuarial Analytics position (R-20417) at Karoo Mutual. As the next step in our selection process, please complete the online psychometric assessment (numerical reasoning and work-styles questionnaire, about 45 minutes).

Deadline: Tuesday, 10 March 2026, 23:59 (SAST).

Candidates who meet the benchmark will be invited to a competency-based interview.

Karoo Mutual Talent Acquisition"""))
    panel = "Dr Themba Nxumalo (Head of Actuarial Analytics), Charlene du Plessis (Lead Data Scientist) and Kagiso Moeng (HR Business Partner)"
    txt = f"""Dear Naledi

Congratulations - you have been invited to an interview for Data Scientist, Actuarial Analytics
(R-20417).

Interview type: Competency-based panel interview (in person)
Date: Wednesday, 18 March 2026
Time: 10:00 - 11:30 (South Africa Standard Time)
Venue: Karoo Mutual, 7 Fredman Drive, Sandton - ask for Zanele Khumalo at reception (Block B)
Panel: {panel}

Please bring your ID and certified copies of your qualifications. The panel will ask you to describe
specific situations from your experience (STAR format).

A calendar file is attached. If you need to change the time, please contact Zanele Khumalo,
Recruitment Coordinator, on {coord} or 011 555 0278.

Karoo Mutual Talent Acquisition
Powered by Workvista
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workvista//Recruiting Scheduler 31.2//EN",
               "METHOD:PUBLISH"] + VTZ["Africa/Johannesburg"] + [
        "BEGIN:VEVENT", "UID:wv-int-20417-88213@myworkvista.example",
        f"DTSTAMP:{z(T(2026, 3, 12, 15, 30))}",
        f"DTSTART;TZID=Africa/Johannesburg:{local(start)}",
        f"DTEND;TZID=Africa/Johannesburg:{local(end)}",
        "SUMMARY:Interview - Karoo Mutual - Data Scientist\\, Actuarial Analytics",
        "LOCATION:Karoo Mutual\\, 7 Fredman Drive\\, Sandton (Block B reception)",
        "DESCRIPTION:" + esc("Competency-based panel interview. Panel: " + panel + ". Contact: Zanele Khumalo " + coord),
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    write_eml(os.path.join(d, "02-workvista-interview-scheduled.eml"), frm=ats, to=OWNER,
              subject="Interview scheduled: Data Scientist, Actuarial Analytics (R-20417)",
              date=T(2026, 3, 12, 15, 31), msgid="<wv.20417.i1@myworkvista.example>",
              reply_to=f"Zanele Khumalo <{coord}>", body=txt, html=html_of(txt),
              attach=("Interview_R-20417.ics", cal))
    label(cid, interviews=[iv("Karoo Mutual", "Data Scientist, Actuarial Analytics", start, end,
                              "scheduled", [], [coord], "onsite")],
          difficulty="medium", category="positive/workday-like-ats",
          notes="First mail is a psychometric assessment with a deadline (not an interview). Second is the "
                "Workday-like ATS scheduling a 3-person competency panel in person; panel names only, no "
                "addresses -> follow-up to coordinator from Reply-To.")


def c04():
    cid = "b86-04-nairobi-fintech-google-invite-updated"
    d = case_dir(cid)
    org = "achieng.odhiambo@tamupay.example"
    w = "wanjiru.kamau@tamupay.example"
    o = "otieno.ochieng@tamupay.example"
    s0, e0 = T(2026, 4, 7, 11, 0, NBO), T(2026, 4, 7, 12, 0, NBO)
    s1, e1 = T(2026, 4, 8, 11, 30, NBO), T(2026, 4, 8, 12, 30, NBO)
    title = "Technical Interview: Naledi Dlamini - ML Engineer (Credit Risk)"
    desc = ("Hi Naledi, this is the technical round with Wanjiru Kamau (Engineering Manager) and Otieno "
            "Ochieng (Senior ML Engineer): 60 minutes, live modelling discussion. Times are East Africa "
            "Time (one hour ahead of Johannesburg). - Achieng, People Team")

    def gmail(path, s, e, seq, sent, subj_prefix, uid_msg):
        cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                   "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
                   f"DTSTART:{z(s)}", f"DTEND:{z(e)}", f"DTSTAMP:{z(sent)}",
                   f"ORGANIZER;CN=Achieng Odhiambo:mailto:{org}",
                   "UID:3t9kq0v1ap6m2tamupay86@google.com",
                   f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Achieng Odhiambo;X-NUM-GUESTS=0:mailto:{org}",
                   f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Wanjiru Kamau;X-NUM-GUESTS=0:mailto:{w}",
                   f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Otieno Ochieng;X-NUM-GUESTS=0:mailto:{o}",
                   f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER};X-NUM-GUESTS=0:mailto:{OWNER}",
                   "X-GOOGLE-CONFERENCE:https://meet.google.com/tmp-kqxw-nbo",
                   f"CREATED:{z(T(2026, 4, 2, 10, 4, NBO))}",
                   "DESCRIPTION:" + esc(desc + "\n\nJoin with Google Meet: https://meet.google.com/tmp-kqxw-nbo"),
                   f"LAST-MODIFIED:{z(sent)}", "LOCATION:", f"SEQUENCE:{seq}", "STATUS:CONFIRMED",
                   f"SUMMARY:{title}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
        when = (f"{s.strftime('%A %b')} {s.day}, 2026 \u22c5 {s.strftime('%I:%M%p').lstrip('0').lower()} \u2013 "
                f"{e.strftime('%I:%M%p').lstrip('0').lower()}\nEast Africa Time - Nairobi")
        txt = (f"{subj_prefix}{title}\n{when}\n\nJoin with Google Meet\nhttps://meet.google.com/tmp-kqxw-nbo\n\n"
               f"Organizer\nAchieng Odhiambo\n{org}\n\nGuests\nAchieng Odhiambo - organizer\n{w}\n{o}\n{OWNER}\n\n"
               f"{desc}\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n")
        write_eml(path, frm=f"Achieng Odhiambo <{org}>", to=OWNER,
                  subject=f"{subj_prefix}{title} @ {s.strftime('%a %b')} {s.day}, 2026 "
                          f"{s.strftime('%I:%M%p').lstrip('0').lower()} - {e.strftime('%I:%M%p').lstrip('0').lower()} (EAT) ({OWNER})",
                  date=sent, msgid=uid_msg, reply_to=f"Achieng Odhiambo <{org}>", body=txt, html=html_of(txt),
                  cte="base64", cal=cal, attach=("invite.ics", cal),
                  extra=[("Sender", "Google Calendar <calendar-notification@google.com>")])

    gmail(os.path.join(d, "01-invitation-technical.eml"), s0, e0, 0, T(2026, 4, 2, 10, 4, NBO),
          "Invitation: ", "<calendar-7a1c2e90-86b4-4d0e-b1aa-0c2f7d9e8a01@google.com>")
    gmail(os.path.join(d, "02-updated-invitation-technical.eml"), s1, e1, 1, T(2026, 4, 6, 17, 45, NBO),
          "Updated invitation: ", "<calendar-9b3d4f21-86b4-4d0e-b1aa-0c2f7d9e8a02@google.com>")
    label(cid, interviews=[iv("Tamu Pay", "ML Engineer (Credit Risk)", s1, e1, "scheduled", [w, o],
                              [w, o], "technical")],
          difficulty="medium", category="positive/reschedule-google",
          notes="Nairobi fintech Google invite in EAT (UTC+3); updated invitation (SEQUENCE 1) moves it from "
                "Tue 7 Apr 11:00 to Wed 8 Apr 11:30 EAT (10:30 SAST). Organizer only coordinates.")


def c05():
    cid = "b86-05-ikhwezi-load-shedding-reschedule"
    d = case_dir(cid)
    rec = "Lindiwe Mthembu <lindiwe.mthembu@ikhwezitel.example>"
    hm = "sipho.mahlangu@ikhwezitel.example"
    s = T(2026, 3, 13, 14, 30)
    e = s + timedelta(minutes=45)
    m1 = "<AM9PR01MB7781C1@ikhwezitel.example>"
    write_eml(os.path.join(d, "01-lindiwe-interview-invite.eml"), frm=rec, to=OWNER_FULL,
              subject="Interview: Customer Analytics Data Scientist - Ikhwezi Telecom",
              date=T(2026, 3, 9, 11, 20), msgid=m1, body=f"""Sawubona Naledi

Thank you for your patience. Sipho Mahlangu, our Head of Customer Analytics, would like to meet you
for an interview for the Customer Analytics Data Scientist role. Please see the details below:

Date: Thursday, 12 March 2026
Time: 10:00 SAST (45 minutes)
Platform: MS Teams - I will send the link just now
Interviewer: Sipho Mahlangu ({hm})

Please let me know if the time is a problem.

Kind regards
Lindiwe Mthembu
Talent Acquisition Specialist
Ikhwezi Telecom | 201 Jan Smuts Avenue, Rosebank, 2196
Mobile: +27 83 555 0219
""")
    m2 = "<CAJ2naledi0311@example.com>"
    write_eml(os.path.join(d, "02-re-load-shedding.eml"), frm=OWNER_FULL, to=rec,
              subject="Re: Interview: Customer Analytics Data Scientist - Ikhwezi Telecom",
              date=T(2026, 3, 11, 19, 48), msgid=m2, in_reply_to=m1, body=f"""Hi Lindiwe

Apologies for the late notice - Eskom has just announced Stage 6 load-shedding from tomorrow and my
area (Block 14) is scheduled to be off from 10:00 to 12:30, so I won't have power or reliable signal
for the 10:00 interview. Would it be possible to move it? I'm flexible on Friday afternoon.

Kind regards
{SIG_NALEDI}

On Mon, 9 Mar 2026 at 11:20, Lindiwe Mthembu <lindiwe.mthembu@ikhwezitel.example> wrote:
> Sawubona Naledi
> Thank you for your patience. Sipho Mahlangu, our Head of Customer Analytics, would like to meet
> you [...] Date: Thursday, 12 March 2026 / Time: 10:00 SAST (45 minutes)
""")
    m3 = "<AM9PR01MB7781C9@ikhwezitel.example>"
    write_eml(os.path.join(d, "03-re-moved-to-friday.eml"), frm=rec, to=OWNER_FULL, cc=f"Sipho Mahlangu <{hm}>",
              subject="RE: Interview: Customer Analytics Data Scientist - Ikhwezi Telecom",
              date=T(2026, 3, 12, 7, 55), msgid=m3, in_reply_to=m2, references=f"{m1} {m2}",
              body="""Hi Naledi

No stress at all, load-shedding is affecting half the team too. Sipho can do Friday 13 March at
14h30 instead - same 45 minutes, same Teams link. I've cc'd him.

Kind regards
Lindiwe

-----Original Message-----
From: Naledi Dlamini
Sent: Wednesday, 11 March 2026 19:48
To: Lindiwe Mthembu
Subject: Re: Interview: Customer Analytics Data Scientist - Ikhwezi Telecom

Eskom has just announced Stage 6 load-shedding from tomorrow [...] Would it be possible to move it?
""")
    write_eml(os.path.join(d, "04-re-dankie.eml"), frm=OWNER_FULL, to=rec, cc=f"Sipho Mahlangu <{hm}>",
              subject="Re: Interview: Customer Analytics Data Scientist - Ikhwezi Telecom",
              date=T(2026, 3, 12, 8, 10), msgid="<CAJ2naledi0312@example.com>", in_reply_to=m3,
              references=f"{m1} {m2} {m3}", body="""Dankie Lindiwe, Friday 14h30 is great. Looking forward to meeting you, Sipho.

Naledi
""")
    label(cid, interviews=[iv("Ikhwezi Telecom", "Customer Analytics Data Scientist", s, e, "scheduled",
                              [hm], [hm], "hiring_manager")],
          difficulty="hard", category="positive/reschedule-by-email",
          notes="Thursday 10:00 SAST interview moved to Friday 13 March 14h30 because of load-shedding; "
                "duration 45 minutes carried over from the first mail.")


def c06():
    cid = "b86-06-sandton-agency-forwards-client-panel"
    d = case_dir(cid)
    ag = "Bheki Radebe <bheki@msizitalent.example>"
    cl_hr = "Megan Pillay <megan.pillay@marulalife.example>"
    a1, a2 = "anele.zungu@marulalife.example", "pieter.vanwyk@marulalife.example"
    s = T(2026, 3, 25, 10, 30)
    e = s + timedelta(hours=1)
    assert s.strftime("%A") == "Wednesday"
    m1 = "<MSZ-20260316-0931@msizitalent.example>"
    write_eml(os.path.join(d, "01-bheki-fwd-client-slot.eml"), frm=ag, to=OWNER_FULL,
              subject="FW: Marula Life - Senior Data Scientist (Claims Fraud) - interview slot for Naledi",
              date=T(2026, 3, 16, 9, 31), msgid=m1, body=f"""Hi Naledi

Good news! Marula Life would like to meet you. Please see the client's note below and confirm that
Wednesday suits - I'll then confirm with Megan.

Dress code is smart casual. Parking is available in the basement, give your name at the boom.

Regards
Bheki Radebe
Senior Consultant - Data & Analytics
Msizi Talent Partners | 2nd Floor, 90 Rivonia Road, Sandton, 2196
Tel: +27 10 555 0462 | Cell: +27 79 555 0384

From: {cl_hr}
Sent: Friday, 13 March 2026 16:44
To: Bheki Radebe <bheki@msizitalent.example>
Subject: RE: Marula Life - Senior Data Scientist (Claims Fraud) - shortlist

Hi Bheki

Thanks for the shortlist. The panel would like to see Naledi Dlamini on Wednesday 25 March at half
past ten, at our offices (Marula Life, 3 Alice Lane, Sandton). Please ask her to allow an hour.

The panel will be Dr Anele Zungu, Head of Claims Analytics ({a1}), and Pieter van Wyk, Forensic
Data Lead ({a2}). It will be a mix of competency and technical questions.

Kind regards
Megan Pillay
HR Business Partner | Marula Life
""")
    m2 = "<CAJ2naledi0316@example.com>"
    write_eml(os.path.join(d, "02-re-confirm.eml"), frm=OWNER_FULL, to=ag,
              subject="Re: FW: Marula Life - Senior Data Scientist (Claims Fraud) - interview slot for Naledi",
              date=T(2026, 3, 16, 10, 2), msgid=m2, in_reply_to=m1, body=f"""Hi Bheki

Thanks so much! Wednesday 25 March at 10:30 works, please confirm with Megan.

Regards
{SIG_NALEDI}
""")
    write_eml(os.path.join(d, "03-re-confirmed-with-client.eml"), frm=ag, to=OWNER_FULL,
              subject="RE: Marula Life - Senior Data Scientist (Claims Fraud) - interview slot for Naledi",
              date=T(2026, 3, 16, 14, 15), msgid="<MSZ-20260316-1415@msizitalent.example>", in_reply_to=m2,
              references=f"{m1} {m2}", body="""Hi Naledi

Confirmed with Marula Life for Wednesday 25 March at 10h30. Sterkte! Give me a call afterwards
to let me know how it went.

Regards
Bheki
""")
    label(cid, interviews=[iv("Marula Life", "Senior Data Scientist (Claims Fraud)", s, e, "scheduled",
                              [a1, a2], [a1, a2], "onsite")],
          difficulty="hard", category="positive/agency-forward",
          notes="Sandton recruitment agency forwards the client's slot ('half past ten', 'allow an hour'); "
                "two-person panel at the client's office -> onsite; panel addresses given in the forwarded "
                "text. Agency consultant and client HR are not interviewers.")


def c07():
    cid = "b86-07-rosebank-case-presentation-itinerary"
    d = case_dir(cid)
    hr = "Anja Venter <anja.venter@kopanoinsure.example>"
    r, n, f = ("ruan.botha@kopanoinsure.example", "nomvula.shabalala@kopanoinsure.example",
               "farah.patel@kopanoinsure.example")
    s = T(2026, 4, 14, 9, 30)
    e = T(2026, 4, 14, 12, 0)
    sent = T(2026, 4, 9, 15, 12)
    assert s.strftime("%A") == "Tuesday" and sent.strftime("%A") == "Thursday"
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt;color:#222">
<p>Hallo Naledi</p>
<p>Baie dankie for the call earlier. As discussed, here is your programme for the final round for the
<b>Lead Data Scientist</b> role at <b>Kopano Insurance</b> on <b>Tuesday, 14 April 2026</b> at our Rosebank
office (The Zone, 4th floor, 177 Oxford Road, Rosebank). Please arrive 15 minutes early; reception will
issue a visitor's card.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Time</th><th>Session</th><th>With</th></tr>
<tr><td>09:30 &ndash; 10:15</td><td>Case presentation (20 min presentation + Q&amp;A)</td><td>Ruan Botha, Chief Data Officer (<a href="mailto:{r}">{r}</a>)<br>Nomvula Shabalala, Actuarial Manager (<a href="mailto:{n}">{n}</a>)</td></tr>
<tr><td>10:15 &ndash; 10:30</td><td>Coffee</td><td>&nbsp;</td></tr>
<tr><td>10:30 &ndash; 11:15</td><td>Technical deep-dive (modelling &amp; MLOps)</td><td>Farah Patel, Principal ML Engineer (<a href="mailto:{f}">{f}</a>)</td></tr>
<tr><td>11:15 &ndash; 12:00</td><td>Values &amp; leadership conversation</td><td>Nomvula Shabalala</td></tr>
</table>
<p>The case pack (claims-lapse dataset and brief) was sent to you on Monday; please bring your slides on
a memory stick as well as on your laptop in case the screen gives trouble. There is Wi-Fi and a
generator, so no load-shedding drama on the day.</p>
<p>Ek sien jou Dinsdag!</p>
<p>Kind regards<br>Anja Venter<br>Talent Lead | Kopano Insurance<br>177 Oxford Road, Rosebank, Johannesburg<br>
Tel +27 11 555 0731</p>
</body></html>"""
    m1 = "<KOP-anja-20260409-1512@kopanoinsure.example>"
    write_eml(os.path.join(d, "01-anja-final-round-programme.eml"), frm=hr, to=OWNER_FULL,
              subject="Jou finale rondte / your final round - Lead Data Scientist", date=sent, msgid=m1,
              html=html, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    write_eml(os.path.join(d, "02-re-baie-dankie.eml"), frm=OWNER_FULL, to=hr,
              subject="Re: Jou finale rondte / your final round - Lead Data Scientist",
              date=T(2026, 4, 9, 18, 30), msgid="<CAJ2naledi0409@example.com>", in_reply_to=m1,
              body="""Baie dankie Anja, all received. I'll be there at 09:15 on Tuesday.

Kind regards
Naledi
""")
    label(cid, interviews=[iv("Kopano Insurance", "Lead Data Scientist", s, e, "scheduled", [r, n, f],
                              [r, n, f], "onsite")],
          difficulty="hard", category="positive/onsite-itinerary",
          notes="HTML-only quoted-printable itinerary: case presentation 09:30 + two sessions to 12:00 at the "
                "Rosebank office -> one onsite 09:30-12:00 SAST with three interviewers. 'Ek sien jou "
                "Dinsdag' (Thu 9 Apr -> Tue 14 Apr). Talent lead only coordinates.")


def c08():
    cid = "b86-08-london-slotmate-booking-then-cancel"
    d = case_dir(cid)
    o = "oliver.grant@halcyondata.example"
    s = T(2026, 3, 26, 14, 0, LON)
    e = s + timedelta(minutes=30)
    assert s.utcoffset() == timedelta(0)
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SlotMate//Booking 4.8//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", "UID:sm-bk-5c1e0f2a9d@slotmate.example", f"DTSTAMP:{z(T(2026, 3, 20, 11, 3, LON))}",
               f"DTSTART:{z(s)}", f"DTEND:{z(e)}",
               "SUMMARY:Halcyon Data: Intro call (Data Scientist - NLP) - Naledi Dlamini",
               f"ORGANIZER;CN=Oliver Grant:mailto:{o}",
               f"ATTENDEE;CN=Oliver Grant;ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:{o}",
               f"ATTENDEE;CN=Naledi Dlamini;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
               "LOCATION:https://zoom.example/j/83419920561",
               "DESCRIPTION:" + esc("30-minute intro call with Oliver Grant (Talent Partner, Halcyon Data) about "
                                    "the Data Scientist - NLP role.\nNeed to make changes? https://slotmate.example/r/5c1e0f2a9d"),
               "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    txt = f"""Hi Naledi,

Your call is booked.

What: Intro call (Data Scientist - NLP) - Halcyon Data
Who: Oliver Grant, Talent Partner
When: Thursday 26 March 2026, 2:00pm - 2:30pm GMT (Greenwich Mean Time)
      = 4:00pm - 4:30pm in Africa/Johannesburg
Where: Zoom - https://zoom.example/j/83419920561

Need to make changes to this event? Reschedule or cancel: https://slotmate.example/r/5c1e0f2a9d

Sent by SlotMate on behalf of Oliver Grant
"""
    write_eml(os.path.join(d, "01-slotmate-booking-confirmed.eml"),
              frm="Oliver Grant via SlotMate <notifications@slotmate.example>", to=OWNER,
              subject="Confirmed: Intro call (Data Scientist - NLP) with Oliver Grant on Thu 26 Mar, 2:00pm GMT",
              date=T(2026, 3, 20, 11, 3, LON), msgid="<bk.5c1e0f2a9d.confirm@slotmate.example>",
              reply_to=f"Oliver Grant <{o}>", body=txt, html=html_of(txt), attach=("invite.ics", cal))
    write_eml(os.path.join(d, "02-oliver-need-to-cancel.eml"), frm=f"Oliver Grant <{o}>", to=OWNER_FULL,
              subject="Thursday's call - Data Scientist (NLP)",
              date=T(2026, 3, 24, 9, 41, LON), msgid="<HD-og-240326-0941@halcyondata.example>",
              body="""Hi Naledi,

I'm really sorry to do this, but I need to cancel our call on Thursday afternoon. We've just been
told the NLP role is on hold until the next funding round closes, so it wouldn't be fair to take up
your time now. I've cancelled the SlotMate booking.

I'll be in touch if the role reopens - hopefully in the summer.

All the best,
Oliver

Oliver Grant | Talent Partner | Halcyon Data Ltd
1 Long Lane, London SE1 4PG | +44 20 7946 0877
""")
    label(cid, interviews=[iv("Halcyon Data", "Data Scientist (NLP)", s, e, "cancelled", [o], [o],
                              "phone_screen")],
          difficulty="medium", category="positive/cancellation",
          notes="London scheduling-vendor booking (2pm GMT = 4pm SAST, before the 29 Mar clock change) "
                "cancelled by the recruiter in a plain e-mail (role on hold).")


def c09():
    cid = "b86-09-nguni-mobile-outlook-cancelled"
    d = case_dir(cid)
    rec = "Palesa Mokoena <palesa.mokoena@ngunimobile.example>"
    b = "bongani.zulu@ngunimobile.example"
    s = T(2026, 4, 23, 11, 0)
    e = T(2026, 4, 23, 12, 0)
    uid = "040000008200E00074C5B7101A82E00800000000C1D2E3F4A5B6DC01000000000000000010000000F00D86"
    url, tblock = teams_block(86091)
    desc = ("Technical interview: Data Scientist - Network Analytics. You will meet Bongani Zulu (Data "
            "Science Manager) who will take you through a SQL and modelling exercise.\n\n" + tblock)

    def cal(method, status, seq, stamp, summary):
        return ics(["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
                    "VERSION:2.0"] + VTZ["South Africa Standard Time"] + [
            "BEGIN:VEVENT", "ORGANIZER;CN=Palesa Mokoena:mailto:palesa.mokoena@ngunimobile.example",
            f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Naledi Dlamini:mailto:{OWNER}",
            f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Bongani Zulu:mailto:{b}",
            "DESCRIPTION;LANGUAGE=en-ZA:" + esc(desc), f"UID:{uid}", f"SUMMARY;LANGUAGE=en-ZA:{summary}",
            f"DTSTART;TZID=South Africa Standard Time:{local(s)}",
            f"DTEND;TZID=South Africa Standard Time:{local(e)}",
            "CLASS:PUBLIC", f"PRIORITY:{1 if method == 'CANCEL' else 5}", f"DTSTAMP:{z(stamp)}",
            "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}",
            "LOCATION;LANGUAGE=en-ZA:Microsoft Teams Meeting", f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}"] + MS_X + [
            f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}", "END:VEVENT", "END:VCALENDAR"])

    when = "Thursday, 23 April 2026 11:00-12:00 (UTC+02:00) Harare, Pretoria."
    st1 = T(2026, 4, 20, 10, 5)
    body1 = f"When: {when}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n{desc}\n"
    subj = "Technical Interview - Naledi Dlamini - Data Scientist (Network Analytics)"
    write_eml(os.path.join(d, "01-teams-invite.eml"), frm=rec, to=f"{OWNER_FULL}, Bongani Zulu <{b}>",
              subject=subj, date=st1, msgid="<JNBPR01MB5521A0@JNBPR01MB5521.ZAFPRD01.PROD.OUTLOOK.example>",
              body=body1, html=html_of(body1), cal=cal("REQUEST", "CONFIRMED", 0, st1, subj),
              extra=[("Content-class", "urn:content-classes:calendarmessage")])
    st2 = T(2026, 4, 22, 16, 40)
    body2 = (f"When: {when}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\nGood afternoon "
             "Naledi,\n\nApologies - Bongani has been called into an urgent network outage review and we have "
             "to cancel tomorrow's interview. We will come back to you with new dates once the hiring "
             "panel has been confirmed.\n\nKind regards\nPalesa Mokoena\nRecruitment Specialist, Nguni Mobile\n"
             "+27 11 555 0655\n")
    write_eml(os.path.join(d, "02-canceled-teams.eml"), frm=rec, to=f"{OWNER_FULL}, Bongani Zulu <{b}>",
              subject="Canceled: " + subj, date=st2,
              msgid="<JNBPR01MB5521C7@JNBPR01MB5521.ZAFPRD01.PROD.OUTLOOK.example>",
              body=body2, html=html_of(body2), cal=cal("CANCEL", "CANCELLED", 1, st2, "Canceled: " + subj),
              cal_method="CANCEL", extra=[("Content-class", "urn:content-classes:calendarmessage")])
    label(cid, interviews=[iv("Nguni Mobile", "Data Scientist (Network Analytics)", s, e, "cancelled", [b],
                              [b], "technical")],
          difficulty="easy", category="positive/cancellation",
          notes="Exchange Teams invite with 'South Africa Standard Time' then 'Canceled:' METHOD:CANCEL / "
                "STATUS:CANCELLED; no re-booking.")


def c10():
    cid = "b86-10-impala-bank-screen-then-technical"
    d = case_dir(cid)
    ay = "ayanda.ngcobo@impalabank.example"
    kb = "kabelo.molefe@impalabank.example"
    s1, e1 = T(2026, 3, 3, 15, 0), T(2026, 3, 3, 15, 30)
    s2, e2 = T(2026, 3, 9, 12, 0), T(2026, 3, 9, 13, 15)
    assert s2.strftime("%A") == "Monday"
    ev = {
        "kind": "calendar#event", "etag": "\"3412868630422000\"", "id": "6hq2b9u0imp86scr33n1ba6k1c",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=NmhxMmI5dTBpbXA4NnNjcjMzbjFiYTZrMWM",
        "created": "2026-02-26T08:14:03.000Z", "updated": "2026-02-26T08:20:11.211Z",
        "summary": "Impala Bank | Recruiter call | Naledi Dlamini",
        "description": "Intro call for the Data Scientist - Credit Decisioning role. Ayanda will phone you on "
                       "the number on your CV.",
        "location": "Phone call",
        "creator": {"email": ay, "displayName": "Ayanda Ngcobo"},
        "organizer": {"email": ay, "displayName": "Ayanda Ngcobo"},
        "start": {"dateTime": iso(s1), "timeZone": "Africa/Johannesburg"},
        "end": {"dateTime": iso(e1), "timeZone": "Africa/Johannesburg"},
        "iCalUID": "6hq2b9u0imp86scr33n1ba6k1c@google.com", "sequence": 0,
        "attendees": [
            {"email": ay, "displayName": "Ayanda Ngcobo", "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    write_text(os.path.join(d, "01-recruiter-call.gcal.json"), json.dumps(ev, indent=2) + "\n")
    m2 = "<CAK9impala0304ayanda@impalabank.example>"
    write_eml(os.path.join(d, "02-ayanda-next-round.eml"), frm=f"Ayanda Ngcobo <{ay}>", to=OWNER_FULL,
              cc=f"Kabelo Molefe <{kb}>", subject="Next round - Data Scientist, Credit Decisioning",
              date=T(2026, 3, 4, 9, 2), msgid=m2, body=f"""Hi Naledi

Lovely chatting yesterday, thanks for making the time. I'm happy to move you forward to the technical
interview with Kabelo Molefe (ML Lead, Credit Decisioning, cc'd). He has Monday at noon open - 75
minutes, on Google Meet, covering a scorecard-modelling exercise and your past projects. I've sent a
calendar invite separately.

Shout if it doesn't work.

Ayanda Ngcobo
Talent Acquisition | Impala Bank
Impala House, 1 Merchant Place, Sandton | +27 11 555 0840
""")
    title = "Technical interview - Naledi Dlamini / Kabelo Molefe"
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
               "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{z(s2)}", f"DTEND:{z(e2)}",
               f"DTSTAMP:{z(T(2026, 3, 4, 9, 5))}", f"ORGANIZER;CN=Ayanda Ngcobo:mailto:{ay}",
               "UID:1p0q8s7r6t5impala86tech@google.com",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Ayanda Ngcobo;X-NUM-GUESTS=0:mailto:{ay}",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Kabelo Molefe;X-NUM-GUESTS=0:mailto:{kb}",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME};X-NUM-GUESTS=0:mailto:{OWNER}",
               "X-GOOGLE-CONFERENCE:https://meet.google.com/imp-tech-nkd",
               "DESCRIPTION:" + esc("Technical interview with Kabelo Molefe (ML Lead). Ayanda is organising.\n"
                                    "Join with Google Meet: https://meet.google.com/imp-tech-nkd"),
               "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED", f"SUMMARY:{title}", "TRANSP:OPAQUE",
               "END:VEVENT", "END:VCALENDAR"])
    txt = (f"{title}\nMonday Mar 9, 2026 \u22c5 12pm \u2013 1:15pm\nSouth Africa Standard Time - Johannesburg\n\n"
           f"Join with Google Meet\nhttps://meet.google.com/imp-tech-nkd\n\nOrganizer\nAyanda Ngcobo\n{ay}\n\n"
           f"Guests\nAyanda Ngcobo - organizer\nKabelo Molefe\n{kb}\n{OWNER}\n\n"
           "Invitation from Google Calendar: https://calendar.google.com/calendar/\n")
    write_eml(os.path.join(d, "03-invitation-technical.eml"), frm=f"Ayanda Ngcobo <{ay}>", to=OWNER,
              subject=f"Invitation: {title} @ Mon Mar 9, 2026 12pm - 1:15pm (SAST) ({OWNER})",
              date=T(2026, 3, 4, 9, 5), msgid="<calendar-0d6e2c11-1b7f-4a9e-9a3f-impala86tech@google.com>",
              reply_to=f"Ayanda Ngcobo <{ay}>", body=txt, html=html_of(txt), cal=cal, attach=("invite.ics", cal),
              extra=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    label(cid, interviews=[
        iv("Impala Bank", "Data Scientist, Credit Decisioning", s1, e1, "scheduled", [ay], [ay], "phone_screen"),
        iv("Impala Bank", "Data Scientist, Credit Decisioning", s2, e2, "scheduled", [kb], [kb], "technical"),
    ], difficulty="medium", category="positive/two-interviews",
        notes="Calendar API event for a recruiter phone screen (she conducts it), then 'Monday at noon' "
              "technical round announced by mail (Wed 4 Mar -> Mon 9 Mar) plus Google invite 12:00-13:15 SAST.")


def c11():
    cid = "b86-11-jobvlei-employer-message-telephonic"
    d = case_dir(cid)
    t = "thabo.mokoena@kwandalogistics.example"
    s = T(2026, 3, 16, 9, 0)
    e = s + timedelta(minutes=20)
    msg = f"""Good day Naledi

Thank you for applying for Data Scientist - Route Optimisation (Midrand) through JobVlei. We would
like to invite you to a telephonic interview on Monday, 16 March 2026 at 09:00. I will phone you on
the number on your CV; the call should take about 20 minutes.

Please confirm by replying to me directly at {t} (replies on JobVlei are not monitored).

Kind regards
Thabo Mokoena
Operations Analytics Manager, Kwanda Logistics
"""
    html = ("<html><body style=\"font-family:Arial,sans-serif;background:#f3f5f7\"><table width=\"600\" "
            "align=\"center\" style=\"background:#fff\"><tr><td style=\"background:#0b6e4f;color:#fff;padding:12px\">"
            "<b>JobVlei</b> &middot; South Africa's job marketplace</td></tr><tr><td style=\"padding:16px\">"
            "<p>Hi Naledi, you have a new message from <b>Kwanda Logistics</b> about your application for "
            "<b>Data Scientist - Route Optimisation</b>.</p><blockquote style=\"border-left:3px solid #0b6e4f;"
            "padding-left:10px\">" + msg.replace("\n\n", "</p><p>").replace("\n", " ") +
            "</blockquote><p style=\"font-size:11px;color:#777\">You are receiving this because you applied via "
            "JobVlei. Manage alerts: https://www.jobvlei.example/settings</p></td></tr></table></body></html>")
    write_eml(os.path.join(d, "01-jobvlei-new-message.eml"), frm="JobVlei <messages@jobvlei.example>",
              to=OWNER, subject="New message from Kwanda Logistics about your application",
              date=T(2026, 3, 13, 12, 27), msgid="<jv-msg-9921843@jobvlei.example>",
              reply_to="no-reply@jobvlei.example",
              body="Hi Naledi, you have a new message from Kwanda Logistics about your application for "
                   "Data Scientist - Route Optimisation.\n\n----\n" + msg +
                   "----\nYou are receiving this because you applied via JobVlei.\n", html=html)
    label(cid, interviews=[iv("Kwanda Logistics", "Data Scientist - Route Optimisation", s, e, "scheduled",
                              [t], [t], "phone_screen")],
          difficulty="medium", category="positive/job-board-relay",
          notes="PNet-like job board relays an employer message from a no-reply address; the hiring manager "
                "phones the candidate and gives his own address for replies.")


def c12():
    cid = "b86-12-london-uk-time-sa-time-base64-thread"
    d = case_dir(cid)
    im = "imogen.clarke@fenwickinsights.example"
    s = T(2026, 3, 20, 9, 0, LON)
    e = s + timedelta(minutes=45)
    assert s.astimezone(JNB).hour == 11
    m1 = "<B7C1E2F0-3A4D-4C88-9E21-FW860316@fenwickinsights.example>"
    write_eml(os.path.join(d, "01-imogen-chat.eml"), frm=f"Imogen Clarke <{im}>", to=OWNER_FULL,
              subject="Consumer Insights DS role - a chat?", date=T(2026, 3, 16, 8, 47, LON), msgid=m1,
              cte="base64", extra=[("X-Mailer", "Apple Mail (2.3774.400.31)")], body="""Hi Naledi,

Thanks for sending your portfolio over - the churn work for the retailer was really interesting. I
lead the Consumer Insights data science team and I'd love to have an interview chat with you about
the Data Scientist, Consumer Insights role.

Could you do 9am UK time (11am SA) on Friday 20 March? 45 mins on Zoom should be plenty.

Best,
Imogen

Imogen Clarke
Head of Data Science, Consumer Insights
Fenwick Insights Ltd | 22 Clerkenwell Green, London EC1R 0NA | +44 7700 900 314
""")
    m2 = "<CAJ2naledi0316b@example.com>"
    write_eml(os.path.join(d, "02-re-yes.eml"), frm=OWNER_FULL, to=f"Imogen Clarke <{im}>",
              subject="Re: Consumer Insights DS role - a chat?", date=T(2026, 3, 16, 13, 5), msgid=m2,
              in_reply_to=m1, cte="base64", body=f"""Hi Imogen

Thank you! Yes, Friday at 11am SA time / 9am UK works perfectly.

Kind regards
{SIG_NALEDI}

On Mon, 16 Mar 2026 at 10:47, Imogen Clarke <{im}> wrote:
> Could you do 9am UK time (11am SA) on Friday 20 March? 45 mins on Zoom should be plenty.
""")
    write_eml(os.path.join(d, "03-re-lovely.eml"), frm=f"Imogen Clarke <{im}>", to=OWNER_FULL,
              subject="Re: Consumer Insights DS role - a chat?", date=T(2026, 3, 16, 11, 20, LON),
              msgid="<C2D9A4B1-77E0-4F1B-8C11-FW860316b@fenwickinsights.example>", in_reply_to=m2,
              references=f"{m1} {m2}", cte="base64", extra=[("X-Mailer", "iPhone Mail (21D61)")],
              body="""Lovely - Zoom link: https://zoom.example/j/91023384710 . Speak Friday!

Imogen

Sent from my iPhone
""")
    label(cid, interviews=[iv("Fenwick Insights", "Data Scientist, Consumer Insights", s, e, "scheduled",
                              [im], [im], "hiring_manager")],
          difficulty="medium", category="positive/london-dst-gap",
          notes="Base64 Apple Mail thread; '9am UK time (11am SA)' on Fri 20 Mar (GMT, 2h gap) = 09:00Z; "
                "45 minutes.")


def c13():
    cid = "b86-13-vula-floating-ics-tomorrow-14h00"
    d = case_dir(cid)
    lw = "lwazi.cele@vulainsure.example"
    hr = "Kim Naidoo <kim@vulainsure.example>"
    s = T(2026, 4, 21, 14, 0)
    e = T(2026, 4, 21, 15, 0)
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Vula//Calendar export//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", "UID:vula-int-0421-nd@vulainsure.example", f"DTSTAMP:{z(T(2026, 4, 13, 16, 0))}",
               f"DTSTART:{local(s)}", f"DTEND:{local(e)}",
               "SUMMARY:Vula Insure - technical interview (Naledi Dlamini)",
               "DESCRIPTION:" + esc("Technical interview with Lwazi Cele. Teams link to follow."),
               f"ORGANIZER;CN=Kim Naidoo:mailto:kim@vulainsure.example",
               f"ATTENDEE;CN=Lwazi Cele:mailto:{lw}", f"ATTENDEE;CN=Naledi Dlamini:mailto:{OWNER}",
               "END:VEVENT", "END:VCALENDAR"])
    write_eml(os.path.join(d, "01-kim-technical-interview.eml"), frm=hr, to=OWNER_FULL,
              subject="Vula Insure - Data Scientist (Pricing & Underwriting) - technical interview",
              date=T(2026, 4, 13, 16, 2), msgid="<vula-kim-130426@vulainsure.example>", body=f"""Hi Naledi

Great news, you're through to the technical interview for the Data Scientist (Pricing &
Underwriting) role. Details:

  Tuesday 21 April, 14:00 - 15:00 SAST
  With Lwazi Cele, Head of Data ({lw})
  MS Teams - link to follow

I've attached a calendar entry (it has no time zone on it, so just go by SA time).

Cheers
Kim Naidoo
People & Culture | Vula Insure | 18 Baker Street, Rosebank | 072 555 0904
""", attach=("Vula-technical-interview.ics", cal))
    write_eml(os.path.join(d, "02-lwazi-teams-link.eml"), frm=f"Lwazi Cele <{lw}>", to=OWNER_FULL,
              cc=hr, subject="Teams link for tomorrow", date=T(2026, 4, 20, 17, 31),
              msgid="<vula-lwazi-200426@vulainsure.example>", body="""Sawubona Naledi

Here's the link for tomorrow's session at 14h00:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_VulaTech0421%40thread.v2/0

Bring one project you're proud of - we'll dig into it. Sharp.

Lwazi
Sent from Outlook for Android
""")
    label(cid, interviews=[iv("Vula Insure", "Data Scientist (Pricing & Underwriting)", s, e, "scheduled",
                              [lw], [lw], "technical")],
          difficulty="medium", category="positive/floating-ics",
          notes="Attached .ics has floating DTSTART/DTEND (no TZID) -> resolved as SAST from the text; "
                "follow-up mail says 'tomorrow ... at 14h00' (sent Mon 20 Apr).")


# ============================================================================= NEGATIVES
def n14():
    cid = "b86-14-neg-uif-labour-centre-appointment"
    d = case_dir(cid)
    write_eml(os.path.join(d, "01-uif-appointment.eml"),
              frm="Department of Employment and Labour - UIF <uif-appointments@labour-gov.example>",
              to=OWNER, subject="UIF claim: appointment confirmation (Ref UI19-0086-44721)",
              date=T(2026, 3, 6, 7, 45), msgid="<uif.ui19.0086.44721@labour-gov.example>",
              reply_to="no-reply@labour-gov.example", body="""Dear Client

Your appointment has been scheduled as follows:

Service: Unemployment Insurance Fund (UIF) - claim interview with a claims officer
Office: Johannesburg Labour Centre, 77 de Korte Street, Braamfontein
Date: Tuesday, 17 March 2026
Time: 08:30

Please bring your ID document, UI-19 form completed by your former employer, bank confirmation letter
and proof of residence. If you cannot attend, please reschedule on uFiling at least 24 hours before.

Please note: this office is not a recruitment agency and cannot assist with job placements. Job
seekers can register on the ESSA employment services system.

Department of Employment and Labour
This is an automated message. Do not reply.
""")
    label(cid, interviews=[], difficulty="hard", category="negative/government-appointment",
          notes="UIF claim 'interview' at a Labour Centre with a date and time: a government appointment, "
                "not a job interview.")


def n15():
    cid = "b86-15-neg-braai-invite"
    d = case_dir(cid)
    sz = "sizwe.khoza@mail.example"
    s, e = T(2026, 3, 21, 13, 0), T(2026, 3, 21, 19, 0)
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
               "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{z(s)}", f"DTEND:{z(e)}",
               f"DTSTAMP:{z(T(2026, 3, 15, 20, 10))}", f"ORGANIZER;CN=Sizwe Khoza:mailto:{sz}",
               "UID:5braai86hday21mar@google.com",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Sizwe Khoza:mailto:{sz}",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
               "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Lebo Khoza:mailto:lebo.k@mail.example",
               "LOCATION:14 Jacaranda Ave\\, Melville\\, Johannesburg",
               "DESCRIPTION:" + esc("Human Rights Day weekend braai! Bring your own meat + drinks, we'll sort the "
                                    "pap and chakalaka. Kids welcome."),
               "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:Braai at Sizwe & Lebo's", "TRANSP:OPAQUE",
               "END:VEVENT", "END:VCALENDAR"])
    txt = f"""Heita Naledi!

Braai at ours on Saturday 21 March from 13h00 - bring your own meat and whatever you're drinking,
we'll sort the pap and chakalaka.

PS my cousin Mandla is coming - he's a hiring manager at one of the banks and said he's happy to
chat about the data science role you applied for. Not an interview hey, just pick his brain over a
Castle. Sharp!

Braai at Sizwe & Lebo's
Saturday Mar 21, 2026 \u22c5 1pm \u2013 7pm (South Africa Standard Time)
14 Jacaranda Ave, Melville, Johannesburg

Invitation from Google Calendar
"""
    write_eml(os.path.join(d, "01-invitation-braai.eml"), frm=f"Sizwe Khoza <{sz}>", to=OWNER,
              subject=f"Invitation: Braai at Sizwe & Lebo's @ Sat Mar 21, 2026 1pm - 7pm (SAST) ({OWNER})",
              date=T(2026, 3, 15, 20, 10), msgid="<calendar-braai86-3f1e-4c0d@google.com>",
              body=txt, html=html_of(txt), cal=cal, attach=("invite.ics", cal),
              extra=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    label(cid, interviews=[], difficulty="hard", category="negative/social-event",
          notes="Social Google invite (braai) that mentions a hiring manager and 'the role' but explicitly "
                "is not an interview.")


def n16():
    cid = "b86-16-neg-rejection-we-regret"
    d = case_dir(cid)
    write_eml(os.path.join(d, "01-outcome-of-interview.eml"),
              frm="Bushveld Mutual Careers <bushveldmutual@myworkvista.example>", to=OWNER,
              subject="Outcome of your interview - Senior Data Scientist (R-19877)",
              date=T(2026, 3, 27, 10, 15), msgid="<wv.19877.r1@myworkvista.example>",
              reply_to="no-reply@myworkvista.example", body="""Dear Naledi

Thank you for attending the interview for the Senior Data Scientist position (R-19877) on
10 March 2026, and for the time and effort you put into the case study.

After careful consideration, we regret to inform you that you have not been successful on this
occasion. The panel was impressed with your presentation, but has decided to proceed with a candidate
whose experience more closely matches the role's requirements.

We will keep your profile on our talent database and may contact you should a suitable role arise.
Please do not hesitate to apply for future opportunities - you can schedule job alerts in your
candidate home page.

We wish you every success in your career.

Kind regards
Bushveld Mutual Talent Acquisition
Powered by Workvista
""")
    label(cid, interviews=[], difficulty="medium", category="negative/rejection",
          notes="ATS rejection ('we regret') that references a past interview date.")


def n17():
    cid = "b86-17-neg-offer-package-call"
    d = case_dir(cid)
    hr = "Nicole Fourie <nicole.fourie@sablebank.example>"
    write_eml(os.path.join(d, "01-offer-of-employment.eml"), frm=hr, to=OWNER_FULL,
              subject="Offer of employment - Senior Data Scientist - Sable Bank",
              date=T(2026, 4, 22, 16, 5), msgid="<SBK-offer-nd-220426@sablebank.example>", body="""Dear Naledi

Following your successful interviews, I am delighted to confirm that Sable Bank would like to offer
you the position of Senior Data Scientist in our Group Data Office.

Your total guaranteed package will be R1 240 000 per annum (cost to company), which includes
retirement fund and medical aid contributions, plus eligibility for the annual performance bonus.
The formal offer letter and the employment contract are available on the candidate portal.

I'd love to walk you through the package and the benefits - could we have a quick call tomorrow at
14h00? If that doesn't work, just suggest another time. Please sign and return the offer by Friday
1 May 2026.

Congratulations once again - we are very excited to have you join the team!

Kind regards
Nicole Fourie
Senior HR Business Partner | Sable Bank
Sable Place, 3 Biermann Avenue, Rosebank | +27 11 555 0517
""")
    label(cid, interviews=[], difficulty="hard", category="negative/offer",
          notes="Offer mail with 'package' and a proposed call 'tomorrow at 14h00' to discuss the offer - not an "
                "interview.")


def n18():
    cid = "b86-18-neg-current-job-team-meeting"
    d = case_dir(cid)
    mgr = "Johan Kruger <johan.kruger@highveldretail.example>"
    s, e = T(2026, 3, 19, 9, 0), T(2026, 3, 19, 10, 0)
    url, tblock = teams_block(86181)
    desc = ("Weekly DS sync. Agenda: 1) churn model - compare the three candidate models, 2) schedule for "
            "the loyalty uplift readout, 3) AOB.\n\n" + tblock)
    cal = ics(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
              + VTZ["South Africa Standard Time"] + [
        "BEGIN:VEVENT", "ORGANIZER;CN=Johan Kruger:mailto:johan.kruger@highveldretail.example",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Naledi Dlamini:mailto:{WORK}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Data Science Team:mailto:ds-team@highveldretail.example",
        "DESCRIPTION;LANGUAGE=en-ZA:" + esc(desc),
        "RRULE:FREQ=WEEKLY;UNTIL=20260625T070000Z;INTERVAL=1;BYDAY=TH;WKST=MO",
        "UID:040000008200E00074C5B7101A82E00800000000D4C3B2A1F0E9DC01000000000000000010000000BEEF86",
        "SUMMARY;LANGUAGE=en-ZA:DS team sync - model review",
        f"DTSTART;TZID=South Africa Standard Time:{local(s)}",
        f"DTEND;TZID=South Africa Standard Time:{local(e)}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{z(T(2026, 3, 13, 13, 0))}", "TRANSP:OPAQUE",
        "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-ZA:Microsoft Teams Meeting; Boardroom 3"] + MS_X + [
        f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}", "END:VEVENT", "END:VCALENDAR"])
    body = ("When: Occurs every Thursday effective 2026/03/19 until 2026/06/25 from 09:00 to 10:00 (UTC+02:00) "
            "Harare, Pretoria.\nWhere: Microsoft Teams Meeting; Boardroom 3\n\n*~*~*~*~*~*~*~*~*~*\n\n" + desc + "\n")
    write_eml(os.path.join(d, "01-ds-team-sync.eml"), frm=mgr,
              to=f"Naledi Dlamini <{WORK}>, Data Science Team <ds-team@highveldretail.example>",
              subject="DS team sync - model review", date=T(2026, 3, 13, 13, 0),
              msgid="<JNBPR02MB6610E1@JNBPR02MB6610.ZAFPRD02.PROD.OUTLOOK.example>", body=body,
              html=html_of(body), cal=cal, extra=[("Content-class", "urn:content-classes:calendarmessage"),
                                                  ("X-Forwarded-To", OWNER),
                                                  ("X-Forwarded-For", f"{WORK} {OWNER}")])
    label(cid, interviews=[], difficulty="medium", category="negative/internal-meeting",
          notes="Recurring Teams meeting at the user's current employer (forwarded into the personal "
                "mailbox); talks about 'candidate models' and 'schedule'.")


def n19():
    cid = "b86-19-neg-psychometric-assessment-deadline"
    d = case_dir(cid)
    txt = """Dear Naledi Dlamini

Sebenza Telecom has invited you to complete an online assessment as part of your application for
Graduate Data Scientist Programme 2026.

Assessments: Verbal reasoning (18 min), Numerical reasoning (25 min), Workplace personality (20 min)
Deadline: Sunday, 22 March 2026 at 23:59 SAST

Start here: https://sebenza.mindgauge.example/a/ND-7741-SBZ

Tips: use a laptop, a stable connection and make sure your device is charged in case of load-shedding.
You may pause between assessments but not within one. Candidates who achieve the benchmark will be
contacted to schedule a competency-based interview.

Good luck!
MindGauge Assessments on behalf of Sebenza Telecom
support@mindgauge.example | +27 21 555 0301
"""
    write_eml(os.path.join(d, "01-mindgauge-invitation.eml"),
              frm="Sebenza Telecom via MindGauge <invitations@mindgauge.example>", to=OWNER,
              subject="Sebenza Telecom: please complete your assessment by 22 March",
              date=T(2026, 3, 16, 6, 30), msgid="<mg-inv-ND-7741-SBZ@mindgauge.example>",
              body=txt, html=html_of(txt))
    label(cid, interviews=[], difficulty="medium", category="negative/online-assessment",
          notes="Psychometric assessment link with a deadline; interview only mentioned as a future step.")


def n20():
    cid = "b86-20-neg-agency-availability-request"
    d = case_dir(cid)
    ag = "Shanice Adams <shanice@capetalentco.example>"
    m1 = "<CTC-sa-20260407-1120@capetalentco.example>"
    write_eml(os.path.join(d, "01-shanice-availability.eml"), frm=ag, to=OWNER_FULL,
              subject="Interview request - Data Scientist (Fraud) - client in Rosebank",
              date=T(2026, 4, 7, 11, 20), msgid=m1, body="""Hi Naledi

Hope you're well! My client (a large insurer in Rosebank - I can share the name once you're in the
process) reviewed your CV and would like to schedule an interview with you for the Data Scientist
(Fraud) role.

Could you please send me 3-4 slots that suit you next week (Tuesday to Thursday, between 09h00 and
16h00)? Alternatively pick a time on my calendar: https://slotmate.example/shanice-ctc/30min

Please also confirm your current package and notice period.

Kind regards
Shanice Adams
Recruitment Consultant | Cape Talent Co. | Sandton office
Cell: 084 555 0712
""")
    write_eml(os.path.join(d, "02-re-availability.eml"), frm=OWNER_FULL, to=ag,
              subject="Re: Interview request - Data Scientist (Fraud) - client in Rosebank",
              date=T(2026, 4, 7, 13, 2), msgid="<CAJ2naledi0407@example.com>", in_reply_to=m1, body=f"""Hi Shanice

Thanks for thinking of me! I'm available next week:
- Tuesday 14 April from 09h00 to 12h00
- Wednesday 15 April after 14h00
- Thursday 16 April, any time before 11h00

Current package is R850k CTC and my notice period is one calendar month.

Kind regards
{SIG_NALEDI}
""")
    label(cid, interviews=[], difficulty="hard", category="negative/availability-request",
          notes="Agency asks for availability and offers an unbooked scheduling link; candidate replies "
                "with windows; nothing is booked.")


def n21():
    cid = "b86-21-neg-user-is-panel-interviewer"
    d = case_dir(cid)
    hr = "Tumi Maseko <tumi.maseko@highveldretail.example>"
    s, e = T(2026, 4, 16, 10, 0), T(2026, 4, 16, 11, 0)
    url, tblock = teams_block(86211)
    desc = ("Hi panel,\n\nThank you for agreeing to interview for the Junior Data Scientist vacancy. Candidate: "
            "Sizwe Ndlovu (CV and competency scorecard attached on the requisition). Naledi - please lead the "
            "technical questions; Johan will cover competencies.\n\n" + tblock)
    subj = "Interview: Junior Data Scientist - candidate Sizwe Ndlovu"
    cal = ics(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
              + VTZ["South Africa Standard Time"] + [
        "BEGIN:VEVENT", "ORGANIZER;CN=Tumi Maseko:mailto:tumi.maseko@highveldretail.example",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Naledi Dlamini:mailto:{WORK}",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Johan Kruger:mailto:johan.kruger@highveldretail.example",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sizwe Ndlovu:mailto:sizwe.ndlovu@mail.example",
        "DESCRIPTION;LANGUAGE=en-ZA:" + esc(desc),
        "UID:040000008200E00074C5B7101A82E00800000000E5F6A7B8C9D0DC01000000000000000010000000CAFE86",
        f"SUMMARY;LANGUAGE=en-ZA:{subj}",
        f"DTSTART;TZID=South Africa Standard Time:{local(s)}",
        f"DTEND;TZID=South Africa Standard Time:{local(e)}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{z(T(2026, 4, 9, 9, 30))}", "TRANSP:OPAQUE",
        "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-ZA:Microsoft Teams Meeting"] + MS_X + [
        f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}", "END:VEVENT", "END:VCALENDAR"])
    body = ("When: Thursday, 16 April 2026 10:00-11:00 (UTC+02:00) Harare, Pretoria.\nWhere: Microsoft Teams "
            "Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n" + desc + "\n")
    write_eml(os.path.join(d, "01-panel-invite.eml"), frm=hr,
              to=f"Naledi Dlamini <{WORK}>, Johan Kruger <johan.kruger@highveldretail.example>",
              cc="Sizwe Ndlovu <sizwe.ndlovu@mail.example>", subject=subj, date=T(2026, 4, 9, 9, 30),
              msgid="<JNBPR02MB6610F4@JNBPR02MB6610.ZAFPRD02.PROD.OUTLOOK.example>", body=body,
              html=html_of(body), cal=cal, extra=[("Content-class", "urn:content-classes:calendarmessage"),
                                                  ("X-Forwarded-To", OWNER)])
    label(cid, interviews=[], difficulty="hard", category="negative/user-is-interviewer",
          notes="Teams interview invite at the user's current employer where the user sits on the panel "
                "interviewing someone else.")


def n22():
    cid = "b86-22-neg-jobvlei-job-alert"
    d = case_dir(cid)
    jobs = [("Data Scientist", "Umoya Bank", "Johannesburg", "Posted today"),
            ("Senior Data Scientist - Insurance", "Confidential (via agency)", "Sandton", "Interviewing now"),
            ("Machine Learning Engineer", "Tamu Pay", "Nairobi / Remote", "Posted 2 days ago"),
            ("Data Scientist (Hybrid)", "Ikhwezi Telecom", "Rosebank", "Quick apply")]
    rows = "\n".join(f"* {t} - {c} - {l} ({n})" for t, c, l, n in jobs)
    txt = f"""Hi Naledi

4 new jobs match your alert "data scientist" in Gauteng & remote.

{rows}

Interview tip of the week: Competency-based interviews - use the STAR method (Situation, Task,
Action, Result). Employers on JobVlei are scheduling interviews now - make sure your CV is up to date.

View all jobs: https://www.jobvlei.example/alerts/ds-gauteng
Unsubscribe or change frequency: https://www.jobvlei.example/settings/alerts
JobVlei (Pty) Ltd, 1 Bree Street, Cape Town 8001
"""
    write_eml(os.path.join(d, "01-jobvlei-alert.eml"), frm="JobVlei Alerts <alerts@jobvlei.example>", to=OWNER,
              subject="4 new Data Scientist jobs for you - employers interviewing now",
              date=T(2026, 3, 18, 6, 0), msgid="<jv-alert-ds-gp-20260318@jobvlei.example>",
              body=txt, html=html_of(txt), extra=[("List-Unsubscribe", "<https://www.jobvlei.example/u/ds>")])
    label(cid, interviews=[], difficulty="easy", category="negative/job-alert",
          notes="Job-board alert with 'interviewing now' and interview tips.")


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
         n14, n15, n16, n17, n18, n19, n20, n21, n22]


def main():
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and name.startswith("b86-"):
            shutil.rmtree(p)
    for fn in CASES:
        fn()
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# blind86 labels (written blind, all names invented). Regenerate with make_cases.py.\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=100)
    print(f"wrote {len(LABELS)} cases")


if __name__ == "__main__":
    main()
