#!/usr/bin/env python3
"""Deterministic generator for the blind89 evaluation set.

Theme: a chartered accountant in Lagos (Africa/Lagos, WAT, UTC+1, no DST) applying to Lagos banks,
fintechs and audit firms, to Dubai (Asia/Dubai, UTC+4) and to London (Europe/London, GMT -> BST on
29 March 2026). All names, companies and domains are invented (.example).

Run:  python make_cases.py      (rewrites every case folder and labels.yaml next to this file)
Only stdlib + PyYAML + zoneinfo.
"""
import hashlib
import json
import shutil
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
LAG = ZoneInfo("Africa/Lagos")
LON = ZoneInfo("Europe/London")
DXB = ZoneInfo("Asia/Dubai")
UTC = ZoneInfo("UTC")

OWNER = "adaeze.nwachukwu@mail.example"
OWNER_NAME = "Adaeze Nwachukwu"
OWNER_HDR = f"{OWNER_NAME} <{OWNER}>"

EML_POLICY = policy.SMTP  # CRLF line endings
CASES = {}
LABELS = {}


# ---------------------------------------------------------------- helpers
def dt(y, mo, d, h, mi, tz, wd=None):
    x = datetime(y, mo, d, h, mi, tzinfo=tz)
    if wd is not None:
        assert x.strftime("%a") == wd, (x, wd)
    return x


def iso(x):
    return x.isoformat() if x is not None else None


def utcstamp(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(x):
    return x.strftime("%Y%m%dT%H%M%S")


def fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    out, cur, first = [], b"", True
    limit = 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur.decode("utf-8"))
            cur = b""
            limit = 74
        cur += b
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def ics_text(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


VTZ = {
    "Africa/Lagos": [
        "BEGIN:VTIMEZONE", "TZID:Africa/Lagos", "BEGIN:STANDARD", "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0100", "TZNAME:WAT", "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "W. Central Africa Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:W. Central Africa Standard Time", "BEGIN:STANDARD",
        "DTSTART:16010101T000000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100",
        "END:DAYLIGHT", "END:VTIMEZONE"],
    "GMT Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE"],
    "Europe/London": [
        "BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London", "BEGIN:DAYLIGHT",
        "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST", "DTSTART:19700329T010000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19701025T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"],
}


def mail(frm, subject, date, to=OWNER_HDR, cc=None, reply_to=None, body=None, html=None,
         cte=None, html_cte="quoted-printable", msgid=None, in_reply_to=None, references=None,
         extra=None, cal=None, cal_method="REQUEST", cal_mode=None, attach=None, sender=None,
         return_path=None, received=None):
    """cal_mode: 'exchange' (alternative part), 'google' (alternative + invite.ics attachment),
    'attach' (.ics file attachment only)."""
    m = EmailMessage()
    m["Delivered-To"] = OWNER
    if received:
        m["Received"] = received
    if return_path:
        m["Return-Path"] = return_path
    if reply_to:
        m["Reply-To"] = reply_to
    if sender:
        m["Sender"] = sender
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid or "<" + hashlib.sha1((subject + date.isoformat()).encode()).hexdigest()[:16] + "@mail.example>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    if references:
        m["References"] = references
    for k, v in (extra or []):
        if not k.lower().startswith("content-"):
            m[k] = v
    if body is not None:
        m.set_content(body, cte=cte) if cte else m.set_content(body)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    else:
        m.set_content(html, subtype="html", cte=html_cte)
    if cal is not None:
        if cal_mode in ("exchange", "google"):
            if not m.is_multipart():
                m.make_alternative()
            m.add_alternative(cal, subtype="calendar", params={"method": cal_method},
                              cte="7bit" if cal_mode == "google" else "base64")
        if cal_mode == "google":
            m.add_attachment(cal.encode("utf-8"), maintype="application", subtype="ics",
                             filename="invite.ics")
        if cal_mode == "attach":
            m.add_attachment(cal.encode("utf-8"), maintype="text", subtype="calendar",
                             filename=attach or "invite.ics", params={"method": cal_method})
    for k, v in (extra or []):
        if k.lower().startswith("content-"):  # set_content() drops Content-* headers; add them last
            m[k] = v
    seed = hashlib.sha1((subject + date.isoformat()).encode()).hexdigest()
    for i, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary(f"{i:02d}00000000{seed[:16]}")
    return m.as_bytes(policy=EML_POLICY)


def q(text):
    """Quote text as a reply."""
    return "\n".join(("> " + l) if l else ">" for l in text.splitlines())


def case(cid, items, label):
    CASES[cid] = items
    lab = {"user": OWNER}
    lab.update(label)
    LABELS[cid] = lab


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


def google_plain(title, when_line, tzname, meet, organizer, guests, desc=""):
    g = "\n".join(f"{n}\n{e}" for n, e in guests)
    return (f"{title}\n{when_line}\n{tzname}\n\n{desc}Join with Google Meet\n{meet}\n\nJoin by phone\n"
            f"(NG) +234 1 700 4412\nPIN: 482 119 307#\n\nOrganizer\n{organizer[0]}\n{organizer[1]}\n\n"
            f"Guests\n{g}\n{OWNER}\nView all guest info https://calendar.google.com/calendar/event?action=VIEW\n\n"
            f"Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW\n\n"
            "~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.\n")


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT"):
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name};"
            f"X-NUM-GUESTS=0:mailto:{email}")


# ================================================================= POSITIVES

# ---- 01 agency recruiter phone screen, body only, "tomorrow by 10:00am WAT prompt"
d1 = dt(2026, 2, 16, 9, 12, LAG, "Mon")
d2 = dt(2026, 2, 16, 16, 42, LAG, "Mon")
s = dt(2026, 2, 17, 10, 0, LAG, "Tue")
sig_funmi = ("Warm regards,\n\nFunmilayo Adeleke\nSenior Consultant, Finance & Accounting Practice\n"
             "TalentBridge Recruitment Ltd\n12B Admiralty Way, Lekki Phase 1, Lagos\n"
             "M: +234 803 412 7790 | O: +234 1 295 0034\nwww.talentbridge-ng.example")
b1 = ("Dear Adaeze,\n\nGood morning and I trust you are keeping well.\n\n"
      "I came across your profile on WorkNaija and I am reaching out regarding a Financial Controller "
      "role with our client, a leading FMCG company headquartered in Ikeja (name withheld for now "
      "for confidentiality). The role reports to the CFO and requires ACA/ACCA with 8+ years "
      "post-qualification experience, IFRS reporting and team leadership.\n\n"
      "Kindly revert if this is of interest, together with an updated CV and your current and "
      "expected remuneration.\n\n" + sig_funmi + "\n")
case("b89-01-agency-phone-screen-tomorrow-body-only", [
    ("01-talentbridge-financial-controller.eml", mail(
        "Funmilayo Adeleke <funmilayo.adeleke@talentbridge-ng.example>",
        "Financial Controller opportunity - FMCG, Ikeja", d1, body=b1,
        msgid="<CAFunmi.0216.a1@talentbridge-ng.example>")),
    ("02-re-financial-controller.eml", mail(
        "Funmilayo Adeleke <funmilayo.adeleke@talentbridge-ng.example>",
        "RE: Financial Controller opportunity - FMCG, Ikeja", d2,
        msgid="<CAFunmi.0216.b7@talentbridge-ng.example>",
        in_reply_to="<CAAda.0216.r1@mail.example>",
        references="<CAFunmi.0216.a1@talentbridge-ng.example> <CAAda.0216.r1@mail.example>",
        body=("Dear Adaeze,\n\nThank you for your swift response and for the CV.\n\n"
              "Kindly be available for a short phone screen with me tomorrow by 10:00am WAT prompt. "
              "I will call you on 0809 551 2283 (the number on your CV). It should not take more "
              "than 30 minutes - we will go through your experience, notice period and expectations "
              "before I present you to the client.\n\n" + sig_funmi + "\n\n"
              "-----Original Message-----\nFrom: Adaeze Nwachukwu <" + OWNER + ">\n"
              "Sent: Monday, February 16, 2026 1:40 PM\nTo: Funmilayo Adeleke\n"
              "Subject: Re: Financial Controller opportunity - FMCG, Ikeja\n\n"
              "Good afternoon Funmilayo,\n\nThank you for reaching out. Yes, I am interested. Please "
              "find attached my updated CV. My current gross is N2.1m monthly.\n\n"
              "Warm regards,\nAdaeze Nwachukwu, ACA\n")))
], {"interview": True, "interviews": [iv(
    "TalentBridge Recruitment", "Financial Controller", s, s + timedelta(minutes=30), "scheduled",
    ["funmilayo.adeleke@talentbridge-ng.example"], ["funmilayo.adeleke@talentbridge-ng.example"],
    "phone_screen")],
    "difficulty": "medium", "category": "positive/agency-phone-screen-relative-date",
    "notes": "Agency recruiter (client unnamed) books a phone screen 'tomorrow by 10:00am WAT prompt' "
             "(message date Mon 16 Feb) for 'not more than 30 minutes'; recruiter is the interviewer. "
             "First mail is outreach only.",
    "source": "synthetic"})

# ---- 02 bank panel interview at Ikoyi via invented ATS (HireKoko) with .ics attachment
d = dt(2026, 3, 4, 11, 5, LAG, "Wed")
s = dt(2026, 3, 12, 10, 0, LAG, "Thu")
e = s + timedelta(minutes=90)
cal = ics(["BEGIN:VCALENDAR", "PRODID:-//HireKoko//Interview Scheduler 4.2//EN", "VERSION:2.0",
           "METHOD:REQUEST", *VTZ["Africa/Lagos"], "BEGIN:VEVENT",
           "UID:hk-int-7731904-crestwater@hirekoko.example", f"DTSTAMP:{utcstamp(d)}",
           f"DTSTART;TZID=Africa/Lagos:{local(s)}", f"DTEND;TZID=Africa/Lagos:{local(e)}",
           "SUMMARY:Panel Interview - Head\\, Financial Reporting - Crestwater Bank Plc",
           "LOCATION:Crestwater Bank Plc\\, Head Office Annex\\, 14 Alfred Rewane Road\\, Ikoyi\\, Lagos",
           "DESCRIPTION:" + ics_text("Panel interview for Head, Financial Reporting. Please arrive 30 "
                                     "minutes early with originals of your credentials and a valid ID. "
                                     "Contact: Bukola Ajayi, Talent Acquisition."),
           "ORGANIZER;CN=Crestwater Bank Careers:mailto:no-reply@hirekoko.example",
           att(OWNER_NAME, OWNER), "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
plain = (f"Dear Adaeze Nwachukwu,\n\nINVITATION TO PANEL INTERVIEW - HEAD, FINANCIAL REPORTING "
         f"(REF: CWB/FIN/026)\n\nFurther to your performance at the assessment held on 21st February, we "
         f"are pleased to invite you for a panel interview as follows:\n\n"
         f"Date: Thursday, 12th March 2026\nTime: 10:00am WAT prompt (please arrive by 9:30am)\n"
         f"Duration: approximately 1 hour 30 minutes\n"
         f"Venue: Crestwater Bank Plc, Head Office Annex, 14 Alfred Rewane Road, Ikoyi, Lagos\n\n"
         f"The panel will comprise the Chief Financial Officer, the Head of Internal Control and an HR "
         f"Business Partner.\n\nKindly come along with the originals of your academic and professional "
         f"certificates (ICAN/ACCA), NYSC discharge certificate and a valid means of identification.\n\n"
         f"Please confirm your attendance using the button below or by replying to this email. For "
         f"enquiries, kindly contact Bukola Ajayi on bukola.ajayi@crestwaterbank.example or "
         f"+234 1 448 2100 ext. 2231.\n\nConfirm attendance: https://crestwater.hirekoko.example/i/7731904/confirm\n\n"
         f"We wish you the best.\n\nTalent Acquisition\nCrestwater Bank Plc\n\n--\nSent via HireKoko. "
         f"You are receiving this because you applied for a role at Crestwater Bank Plc.\n")
html = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.split("\n\n")) + "</body></html>"
case("b89-02-crestwater-panel-ikoyi-ats-ics", [
    ("01-hirekoko-panel-interview.eml", mail(
        "Crestwater Bank Careers <no-reply@hirekoko.example>",
        "Invitation to Panel Interview - Head, Financial Reporting", d,
        reply_to="Bukola Ajayi <bukola.ajayi@crestwaterbank.example>", body=plain, html=html,
        cal=cal, cal_mode="attach", attach="Crestwater-Panel-Interview.ics",
        msgid="<0102019cb7e1.7731904@hirekoko.example>",
        extra=[("X-HireKoko-Tenant", "crestwater"), ("List-Unsubscribe", "<https://hirekoko.example/u>")]))
], {"interview": True, "interviews": [iv(
    "Crestwater Bank", "Head, Financial Reporting", s, e, "scheduled", [],
    ["bukola.ajayi@crestwaterbank.example"], "onsite")],
    "difficulty": "easy", "category": "positive/ats-email-with-ics-panel",
    "notes": "Invented ATS (HireKoko) sends from no-reply with Reply-To coordinator; in-person panel at "
             "Ikoyi (CFO, Head of Internal Control, HRBP - no addresses) -> onsite, follow-up to coordinator.",
    "source": "synthetic"})

# ---- 03 London hiring manager Outlook invite sent in GMT for a date after the BST switch
d = dt(2026, 3, 20, 14, 10, LON, "Fri")
s = dt(2026, 4, 1, 14, 0, LON, "Wed")
e = s + timedelta(hours=1)
assert s.utcoffset() == timedelta(hours=1) and d.utcoffset() == timedelta(0)
uid = "040000008200E00074C5B7101A82E00800000000A0C3D6E2B2B8DC01000000000000000010000000F1C55E2A"
cal = ics(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
           *VTZ["GMT Standard Time"], "BEGIN:VEVENT",
           "ORGANIZER;CN=Oliver Pennington:mailto:oliver.pennington@harcastle.example",
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Adaeze Nwachukwu:mailto:" + OWNER,
           "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priya Raman:mailto:priya.raman@harcastle.example",
           "DESCRIPTION;LANGUAGE=en-GB:" + ics_text(
               "Hi Adaeze,\n\nAs discussed with Priya, here is the invite for our conversation about the "
               "Group Reporting Manager role. 2pm London time - by then the clocks will have gone "
               "forward, so it is 2pm in Lagos as well.\n\nOliver\n"),
           "UID:" + uid, "SUMMARY;LANGUAGE=en-GB:Adaeze Nwachukwu / Oliver Pennington - Group Reporting Manager",
           f"DTSTART;TZID=GMT Standard Time:{local(s)}", f"DTEND;TZID=GMT Standard Time:{local(e)}",
           "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{utcstamp(d)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
           "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
           "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
           "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
           "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
           "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_HcF3",
           "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
           "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
plain = ("When: Wednesday, April 1, 2026 2:00 PM-3:00 PM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
         "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\nHi Adaeze,\n\n"
         "As discussed with Priya, here is the invite for our conversation about the Group Reporting "
         "Manager role. 2pm London time - by then the clocks will have gone forward, so it is 2pm in "
         "Lagos as well.\n\nLooking forward to it.\n\nOliver\n\nOliver Pennington FCA\nFinance Director\n"
         "Harcastle Finance Ltd | 41 Cannon Street, London EC4N 5AF\nT: +44 20 7946 0311\n\n"
         "________________________________________________________________________________\n"
         "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
         "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_HcF3>\n"
         "Meeting ID: 351 228 904 117\nPasscode: q7Rt2M\n"
         "________________________________________________________________________________\n")
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
        "<div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">"
        + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.split("\n\n")) + "</div></body></html>")
case("b89-03-london-outlook-invite-bst-edge", [
    ("01-outlook-invite-group-reporting.eml", mail(
        "Oliver Pennington <oliver.pennington@harcastle.example>",
        "Adaeze Nwachukwu / Oliver Pennington - Group Reporting Manager", d,
        to=f"{OWNER_HDR}", cc="Priya Raman <priya.raman@harcastle.example>", body=plain, html=html,
        cte="quoted-printable", cal=cal, cal_mode="exchange",
        msgid="<LO2P265MB5127A1C0F3D9E2B84C1D7E6AB4E12@LO2P265MB5127.GBRP265.PROD.OUTLOOK.COM>",
        extra=[("Thread-Topic", "Adaeze Nwachukwu / Oliver Pennington - Group Reporting Manager"),
               ("Thread-Index", "AdrYc2FvQ3dq0sQbR8y2Gm4x1PZK9w=="), ("Accept-Language", "en-GB"),
               ("Content-class", "urn:content-classes:calendarmessage"), ("X-MS-Has-Attach", ""),
               ("X-MS-TNEF-Correlator", "")]))
], {"interview": True, "interviews": [iv(
    "Harcastle Finance", "Group Reporting Manager", s, e, "scheduled",
    ["oliver.pennington@harcastle.example"], ["oliver.pennington@harcastle.example"], "hiring_manager")],
    "difficulty": "hard", "category": "positive/exchange-invite-uk-dst-edge",
    "notes": "Exchange invite sent 20 Mar (GMT) for Wed 1 Apr 14:00 London = BST (+01:00); the 'When:' "
             "label shows (UTC+00:00) as Outlook does. Finance Director is organizer and interviewer; "
             "Priya (talent) is optional and does not interview.",
    "source": "synthetic"})

# ---- 04 Dubai recruiter: propose two slots, confirmation thread with quoted reply
d1 = dt(2026, 3, 3, 10, 20, DXB, "Tue")
d2 = dt(2026, 3, 3, 13, 5, DXB, "Tue")
s = dt(2026, 3, 9, 14, 0, DXB, "Mon")
assert s.astimezone(LAG).hour == 11
e = s + timedelta(minutes=45)
sig_m = ("Kind regards,\n\nMariam Al Suwaidi\nTalent Acquisition Specialist\nSaffron Gulf Holdings LLC\n"
         "Level 18, Boulevard Plaza Tower 2, Downtown Dubai, UAE\nT: +971 4 555 0192 | M: +971 50 555 7731\n")
b1 = ("Dear Adaeze,\n\nThank you for your application for the Senior Financial Accountant position at "
      "Saffron Gulf Holdings.\n\nWe would like to invite you to a video interview with our Group "
      "Financial Controller, Mr. Rajesh Menon. The interview will be about 45 minutes on Zoom. Would "
      "either of the following work for you?\n\n"
      "  - Monday 9 March at 11am Lagos time (2pm Dubai)\n"
      "  - Tuesday 10 March at 1pm Lagos time (4pm Dubai)\n\n"
      "Kindly let me know which one suits you best.\n\n" + sig_m)
user_reply = ("Good morning Mariam,\n\nThank you for the opportunity. Monday 9th at 11am Lagos time works "
              "for me.\n\nWarm regards,\nAdaeze Nwachukwu, ACA\n+234 809 551 2283")
b2 = ("Dear Adaeze,\n\nNoted with thanks. You are confirmed for Monday, 9 March 2026, 2:00 PM GST / "
      "11:00 AM WAT, with Rajesh (copied).\n\nZoom: https://zoom.us/j/84127730915?pwd=SGHfin26\n"
      "Meeting ID: 841 2773 0915 | Passcode: 520913\n\nPlease have your ACA certificate handy and ensure "
      "a stable connection - feel free to test the link beforehand.\n\n" + sig_m +
      "\n\n-----Original Message-----\nFrom: Adaeze Nwachukwu <" + OWNER + ">\n"
      "Sent: Tuesday, March 3, 2026 12:47 PM\nTo: Mariam Al Suwaidi <mariam.alsuwaidi@saffrongulf.example>\n"
      "Subject: Re: Interview - Senior Financial Accountant\n\n" + user_reply + "\n\n" + q(b1) + "\n")
case("b89-04-dubai-thread-propose-confirm", [
    ("01-saffron-gulf-interview-slots.eml", mail(
        "Mariam Al Suwaidi <mariam.alsuwaidi@saffrongulf.example>",
        "Interview - Senior Financial Accountant", d1, body=b1,
        msgid="<DB9PR02MB7.sgh.0303a@saffrongulf.example>")),
    ("02-re-interview-confirmed.eml", mail(
        "Mariam Al Suwaidi <mariam.alsuwaidi@saffrongulf.example>",
        "RE: Interview - Senior Financial Accountant", d2,
        cc="Rajesh Menon <rajesh.menon@saffrongulf.example>", body=b2, cte="quoted-printable",
        msgid="<DB9PR02MB7.sgh.0303c@saffrongulf.example>",
        in_reply_to="<CAAda.0303.r2@mail.example>",
        references="<DB9PR02MB7.sgh.0303a@saffrongulf.example> <CAAda.0303.r2@mail.example>")),
], {"interview": True, "interviews": [iv(
    "Saffron Gulf Holdings", "Senior Financial Accountant", s, e, "scheduled",
    ["rajesh.menon@saffrongulf.example"], ["rajesh.menon@saffrongulf.example"], "hiring_manager")],
    "difficulty": "medium", "category": "positive/thread-propose-confirm-dubai",
    "notes": "Two proposed slots; candidate picks Monday 11am Lagos (quoted in the confirmation); "
             "confirmed 2:00 PM GST = 11:00 WAT, 45 min. Interviewer copied on the confirmation.",
    "source": "synthetic"})

# ---- 05 fintech: recruiter e-mail + Google Calendar invitation for the same technical interview
d1 = dt(2026, 3, 23, 15, 30, LAG, "Mon")
d2 = dt(2026, 3, 23, 15, 41, LAG, "Mon")
s = dt(2026, 3, 26, 14, 0, LAG, "Thu")
e = s + timedelta(hours=1)
title = "Technical Interview - Adaeze Nwachukwu - Finance Manager, Settlements"
guests = [("Tolu Bamidele - organizer", "tolu.bamidele@paylonga.example"),
          ("Seun Ogunleye", "seun.ogunleye@paylonga.example"),
          ("Ifeoma Chukwu", "ifeoma.chukwu@paylonga.example")]
cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{utcstamp(s)}",
           f"DTEND:{utcstamp(e)}", f"DTSTAMP:{utcstamp(d2)}",
           "ORGANIZER;CN=Tolu Bamidele:mailto:tolu.bamidele@paylonga.example",
           "UID:5q0c7lh2m4u8e1v9rjt3k6p0bd@google.com",
           att("Tolu Bamidele", "tolu.bamidele@paylonga.example", "ACCEPTED"),
           att("Seun Ogunleye", "seun.ogunleye@paylonga.example"),
           att("Ifeoma Chukwu", "ifeoma.chukwu@paylonga.example"),
           att(OWNER, OWNER), "X-GOOGLE-CONFERENCE:https://meet.google.com/pgl-wqno-tsz",
           f"CREATED:{utcstamp(d2)}",
           "DESCRIPTION:" + ics_text("Case: month-end settlement reconciliation + IFRS 9 ECL on merchant "
                                     "receivables. Interviewers: Seun Ogunleye (Financial Controller), "
                                     "Ifeoma Chukwu (Head, Treasury Ops).\n\nJoin with Google Meet: "
                                     "https://meet.google.com/pgl-wqno-tsz"),
           f"LAST-MODIFIED:{utcstamp(d2)}", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
           "SUMMARY:" + ics_text(title), "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
gp = google_plain(title, "Thursday Mar 26, 2026 ⋅ 2pm – 3pm", "West Africa Standard Time - Lagos",
                  "https://meet.google.com/pgl-wqno-tsz", ("Tolu Bamidele", "tolu.bamidele@paylonga.example"),
                  guests, "Case: month-end settlement reconciliation + IFRS 9 ECL on merchant receivables.\n\n")
gh = ("<html><body><div style=\"font-family:Roboto,Helvetica,Arial,sans-serif\">"
      + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in gp.split("\n\n")) + "</div></body></html>")
case("b89-05-paylonga-email-plus-google-invite", [
    ("01-paylonga-next-steps.eml", mail(
        "Tolu Bamidele <tolu.bamidele@paylonga.example>", "Paylonga - next steps (Finance Manager, Settlements)",
        d1, msgid="<CAPaylonga0323tb@paylonga.example>",
        body=("Hi Adaeze,\n\nGreat speaking with you on Friday! As promised, the next step is a technical "
              "interview with Seun Ogunleye (Financial Controller) and Ifeoma Chukwu (Head, Treasury "
              "Ops). Expect a practical case on settlement reconciliations and IFRS 9 on our merchant "
              "receivables - no preparation needed beyond a calculator and a spreadsheet.\n\n"
              "We have you down for Thursday 26 March, 2-3pm WAT on Google Meet. A calendar invite is "
              "coming right behind this mail.\n\nCheers,\nTolu\n\nTolu Bamidele | People & Talent\n"
              "Paylonga Technologies Ltd - 3 Bishop Aboyade Cole St, Victoria Island, Lagos\n"))),
    ("02-invitation-technical-interview.eml", mail(
        "Tolu Bamidele <tolu.bamidele@paylonga.example>",
        f"Invitation: {title} @ Thu Mar 26, 2026 2pm - 3pm (WAT) ({OWNER})", d2, to=OWNER,
        reply_to="Tolu Bamidele <tolu.bamidele@paylonga.example>",
        sender="Google Calendar <calendar-notification@google.com>",
        return_path="<3aB9fZgkKDpMxU@calendar-server.bounces.google.com>",
        msgid="<calendar-7b1c2f0e-66a4-4d8c-9d5a-1f0c2b8e9a31@google.com>",
        body=gp, cte="base64", html=gh, cal=cal, cal_mode="google")),
], {"interview": True, "interviews": [iv(
    "Paylonga", "Finance Manager, Settlements", s, e, "scheduled",
    ["seun.ogunleye@paylonga.example", "ifeoma.chukwu@paylonga.example"],
    ["seun.ogunleye@paylonga.example", "ifeoma.chukwu@paylonga.example"], "technical")],
    "difficulty": "easy", "category": "positive/dedupe-email-and-google-invite",
    "notes": "Recruiter mail + Google invitation for the same interview -> one. Two interviewers; "
             "Tolu organises only.",
    "source": "synthetic"})

# ---- 06 audit firm interview moved because of the Easter Monday public holiday
d1 = dt(2026, 3, 27, 12, 0, LAG, "Fri")
d2 = dt(2026, 4, 2, 9, 10, LAG, "Thu")
s0 = dt(2026, 4, 6, 10, 0, LAG, "Mon")
s = dt(2026, 4, 8, 10, 0, LAG, "Wed")
sig_g = ("Yours faithfully,\n\nGrace Oyelaran (Mrs.)\nHuman Resources Officer\nAdebayo Okeke & Co. "
         "(Chartered Accountants)\n3rd Floor, 22 Herbert Macaulay Way, Yaba, Lagos\n"
         "Tel: 0802 330 1184, 01-342 7765\n")
b1 = ("Dear Ms. Nwachukwu,\n\nINVITATION FOR INTERVIEW - AUDIT MANAGER\n\n"
      "We acknowledge receipt of your application for the above position and are pleased to invite "
      "you for an interview with the Managing Partner, Mr. Kunle Okeke, as follows:\n\n"
      "Date:   Monday, 6th April 2026\nTime:   10:00am\n"
      "Venue:  3rd Floor, 22 Herbert Macaulay Way, Yaba, Lagos\n\n"
      "Kindly come with your CV, credentials and evidence of ICAN membership. Please revert to "
      "confirm your availability.\n\n" + sig_g)
uconf = ("Dear Mrs. Oyelaran,\n\nThank you for the invitation. I confirm that I will be available for the "
         "interview on Monday, 6th April 2026 at 10:00am.\n\nWarm regards,\nAdaeze Nwachukwu")
b2 = ("Dear Ms. Nwachukwu,\n\nPlease note that the Federal Government has declared Monday, 6th April "
      "2026 (Easter Monday) a public holiday and our office will be closed.\n\n"
      "Kindly note that your interview has therefore been rescheduled to Wednesday, 8th April 2026, "
      "same time (10am) and same venue. Please revert to confirm.\n\nWe apologise for any "
      "inconvenience. Happy Easter in advance, God bless.\n\n" + sig_g + "\n\n"
      "On Fri, 27 Mar 2026 at 14:22, Adaeze Nwachukwu <" + OWNER + "> wrote:\n" + q(uconf) + "\n")
case("b89-06-audit-firm-easter-monday-reschedule", [
    ("01-invitation-for-interview-audit-manager.eml", mail(
        "Grace Oyelaran <grace.oyelaran@aokco.example>", "INVITATION FOR INTERVIEW - AUDIT MANAGER", d1,
        body=b1, msgid="<aok.hr.20260327.001@aokco.example>")),
    ("02-re-interview-rescheduled-public-holiday.eml", mail(
        "Grace Oyelaran <grace.oyelaran@aokco.example>",
        "Re: INVITATION FOR INTERVIEW - AUDIT MANAGER (RESCHEDULED)", d2, body=b2,
        msgid="<aok.hr.20260402.014@aokco.example>", in_reply_to="<CAAda.0327.c1@mail.example>",
        references="<aok.hr.20260327.001@aokco.example> <CAAda.0327.c1@mail.example>")),
], {"interview": True, "interviews": [iv(
    "Adebayo Okeke & Co", "Audit Manager", s, None, "scheduled", [],
    ["grace.oyelaran@aokco.example"], "hiring_manager")],
    "difficulty": "medium", "category": "positive/reschedule-public-holiday",
    "notes": f"Originally {iso(s0)}; moved to Wed 8 Apr 'same time (10am)' because of the Easter Monday "
             "holiday. No duration. Managing Partner has no address -> follow-up to HR officer.",
    "source": "synthetic"})

# ---- 07 standalone .ics then Google 'Updated invitation' (interviewer stuck in traffic)
d0 = dt(2026, 4, 9, 16, 3, LAG, "Thu")
d2 = dt(2026, 4, 14, 11, 48, LAG, "Tue")
s0 = dt(2026, 4, 14, 13, 0, LAG, "Tue")
s = dt(2026, 4, 14, 15, 30, LAG, "Tue")
e = s + timedelta(minutes=45)
title = "Interview: Adaeze Nwachukwu - Financial Reporting Lead"
def lag_cal(start, end, seq, stamp, desc):
    return ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{utcstamp(start)}",
                f"DTEND:{utcstamp(end)}", f"DTSTAMP:{utcstamp(stamp)}",
                "ORGANIZER;CN=Emeka Nwosu:mailto:emeka.nwosu@lagoonassurance.example",
                "UID:1r8fq2k9s0v6n3c5t7b4m1x2la@google.com",
                att("Emeka Nwosu", "emeka.nwosu@lagoonassurance.example", "ACCEPTED"),
                att(OWNER, OWNER, "ACCEPTED" if seq else "NEEDS-ACTION"),
                "X-GOOGLE-CONFERENCE:https://meet.google.com/lag-xkrd-pmq",
                f"CREATED:{utcstamp(d0)}", "DESCRIPTION:" + ics_text(desc),
                f"LAST-MODIFIED:{utcstamp(stamp)}", "LOCATION:", f"SEQUENCE:{seq}", "STATUS:CONFIRMED",
                "SUMMARY:" + ics_text(title), "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
cal0 = lag_cal(s0, s0 + timedelta(minutes=45), 0, d0,
               "Conversation about the Financial Reporting Lead role (IFRS 17 transition).")
cal1 = lag_cal(s, e, 1, d2, "Apologies - I am stuck in traffic on Third Mainland Bridge coming back "
               "from a client meeting. Pushing us to 3:30pm. Emeka\n\nConversation about the Financial "
               "Reporting Lead role (IFRS 17 transition).")
gp = ("This event has been changed.\n\n" + title + "\n\nWhen\nChanged: Tuesday Apr 14, 2026 ⋅ 3:30pm – "
      "4:15pm (West Africa Standard Time - Lagos)\n\nApologies - I am stuck in traffic on Third Mainland "
      "Bridge coming back from a client meeting. Pushing us to 3:30pm. Emeka\n\nJoin with Google Meet\n"
      "https://meet.google.com/lag-xkrd-pmq\n\nOrganizer\nEmeka Nwosu\nemeka.nwosu@lagoonassurance.example\n\n"
      f"Guests\nEmeka Nwosu - organizer\n{OWNER}\n\n~~//~~\nInvitation from Google Calendar: "
      "https://calendar.google.com/calendar/\n")
gh = ("<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in gp.split("\n\n"))
      + "</body></html>")
case("b89-07-lagoon-traffic-reschedule-sequence", [
    ("01-interview-financial-reporting-lead.ics", cal0),
    ("02-updated-invitation.eml", mail(
        "Emeka Nwosu <emeka.nwosu@lagoonassurance.example>",
        f"Updated invitation: {title} @ Tue Apr 14, 2026 3:30pm - 4:15pm (WAT) ({OWNER})", d2, to=OWNER,
        reply_to="Emeka Nwosu <emeka.nwosu@lagoonassurance.example>",
        sender="Google Calendar <calendar-notification@google.com>",
        msgid="<calendar-3e0a9d71-b2c4-4f6a-8e1d-77c5a0f4b912@google.com>",
        body=gp, html=gh, cal=cal1, cal_mode="google")),
], {"interview": True, "interviews": [iv(
    "Lagoon Assurance", "Financial Reporting Lead", s, e, "scheduled",
    ["emeka.nwosu@lagoonassurance.example"], ["emeka.nwosu@lagoonassurance.example"], "hiring_manager")],
    "difficulty": "medium", "category": "positive/reschedule-sequence-traffic",
    "notes": f"Standalone .ics at {iso(s0)} (SEQUENCE 0), then same UID updated to 15:30-16:15 WAT "
             "(SEQUENCE 1) because the interviewer is stuck in traffic. Final time wins.",
    "source": "synthetic"})

# ---- 08 London phone screen via Exchange, then METHOD:CANCEL
d1 = dt(2026, 5, 5, 10, 2, LON, "Tue")
d2 = dt(2026, 5, 8, 16, 20, LON, "Fri")
s = dt(2026, 5, 11, 9, 30, LON, "Mon")
e = s + timedelta(minutes=30)
uid = "040000008200E00074C5B7101A82E00800000000D1E4A7F0C4DCDC01000000000000000010000000AA19B0C3"
def kcal(method, seq, stamp, status):
    summ = ("Canceled: " if method == "CANCEL" else "") + "Phone screen: Adaeze Nwachukwu - Fund Accountant"
    return ics(["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
                "VERSION:2.0", *VTZ["GMT Standard Time"], "BEGIN:VEVENT",
                "ORGANIZER;CN=Hannah Whitfield:mailto:hannah.whitfield@kingsmere.example",
                "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Adaeze Nwachukwu:mailto:" + OWNER,
                "UID:" + uid, "SUMMARY;LANGUAGE=en-GB:" + summ,
                f"DTSTART;TZID=GMT Standard Time:{local(s)}", f"DTEND;TZID=GMT Standard Time:{local(e)}",
                "CLASS:PUBLIC", "PRIORITY:" + ("1" if method == "CANCEL" else "5"), f"DTSTAMP:{utcstamp(stamp)}",
                "TRANSP:" + ("TRANSPARENT" if method == "CANCEL" else "OPAQUE"), f"STATUS:{status}",
                f"SEQUENCE:{seq}", "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
                f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
                "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
                "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
                "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                "X-MICROSOFT-CDO-INSTTYPE:0", "END:VEVENT", "END:VCALENDAR"])
sig_h = ("Hannah Whitfield\nTalent Acquisition Partner\nKingsmere Capital LLP\n"
         "2 Finsbury Avenue, London EC2M 2PP | +44 20 7946 0877\n")
p1 = ("When: Monday, May 11, 2026 9:30 AM-10:00 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
      "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\nHi Adaeze,\n\nThanks for applying for the "
      "Fund Accountant role. I'd love to have a quick 30-minute introductory call - I'll ring you on Teams "
      "at 9:30am BST (9:30am your time in Lagos). We'll cover your background, fund/NAV experience and "
      "notice period.\n\nBest,\n" + sig_h +
      "\n________________________________________________________________________________\n"
      "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
      "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_KmQ81>\n"
      "Meeting ID: 384 190 552 671\nPasscode: Zp4wX9\n")
p2 = ("Hi Adaeze,\n\nUnfortunately the Fund Accountant role has been put on hold following an internal "
      "restructure, so I need to cancel Monday's call. I'm really sorry about this - I'll be in touch "
      "if it re-opens.\n\nBest,\n" + sig_h)
case("b89-08-kingsmere-outlook-cancel", [
    ("01-phone-screen-fund-accountant.eml", mail(
        "Hannah Whitfield <hannah.whitfield@kingsmere.example>",
        "Phone screen: Adaeze Nwachukwu - Fund Accountant", d1, body=p1, cte="quoted-printable",
        html="<html><body>" + "".join(f"<p>{x.replace(chr(10), '<br>')}</p>" for x in p1.split("\n\n")) + "</body></html>",
        cal=kcal("REQUEST", 0, d1, "CONFIRMED"), cal_mode="exchange",
        msgid="<CWLP265MB6431E0B7D2C1A9F3B0E4D2C7A9E12@CWLP265MB6431.GBRP265.PROD.OUTLOOK.COM>",
        extra=[("Thread-Topic", "Phone screen: Adaeze Nwachukwu - Fund Accountant"),
               ("Content-class", "urn:content-classes:calendarmessage")])),
    ("02-canceled-phone-screen.eml", mail(
        "Hannah Whitfield <hannah.whitfield@kingsmere.example>",
        "Canceled: Phone screen: Adaeze Nwachukwu - Fund Accountant", d2, body=p2,
        html="<html><body>" + "".join(f"<p>{x.replace(chr(10), '<br>')}</p>" for x in p2.split("\n\n")) + "</body></html>",
        cal=kcal("CANCEL", 1, d2, "CANCELLED"), cal_mode="exchange",
        msgid="<CWLP265MB6431F1C8E3D2B0A4C1F5E3D8B0F23@CWLP265MB6431.GBRP265.PROD.OUTLOOK.COM>",
        extra=[("Thread-Topic", "Phone screen: Adaeze Nwachukwu - Fund Accountant"),
               ("Content-class", "urn:content-classes:calendarmessage"), ("Importance", "high")])),
], {"interview": True, "interviews": [iv(
    "Kingsmere Capital", "Fund Accountant", s, e, "cancelled",
    ["hannah.whitfield@kingsmere.example"], ["hannah.whitfield@kingsmere.example"], "phone_screen")],
    "difficulty": "medium", "category": "positive/cancellation-exchange",
    "notes": "Recruiter phone screen Mon 11 May 09:30 BST (+01:00), then METHOD:CANCEL (role on hold) "
             "-> one cancelled interview; Outlook label says (UTC+00:00).",
    "source": "synthetic"})

# ---- 09 microfinance bank: HTML-only invitation (noon), then cancellation by e-mail
d1 = dt(2026, 4, 20, 17, 5, LAG, "Mon")
d2 = dt(2026, 4, 23, 8, 55, LAG, "Thu")
s = dt(2026, 4, 24, 12, 0, LAG, "Fri")
h1 = ("<html><body style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">"
      "<p>Dear Ms. Adaeze Nwachukwu,</p>"
      "<p style=\"text-align:center\"><b><u>INVITATION TO INTERVIEW: CHIEF FINANCE OFFICER</u></b></p>"
      "<p>Sequel to your application for the above role, we are pleased to invite you for an interview "
      "with the Managing Director/CEO and two members of the Board Audit Committee.</p>"
      "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
      "<tr><td><b>Date</b></td><td>Friday, 24th April, 2026</td></tr>"
      "<tr><td><b>Time</b></td><td>12 noon</td></tr>"
      "<tr><td><b>Venue</b></td><td>Zenora House, 5 Kofo Abayomi Street, Victoria Island, Lagos</td></tr>"
      "</table>"
      "<p>Kindly acknowledge receipt of this mail and confirm your availability. Dress code: corporate.</p>"
      "<p>Best regards,<br><br><b>Ifeanyi Okafor</b><br>Head, Human Capital Management<br>"
      "Zenora Microfinance Bank Ltd<br>Tel: +234 1 227 6150 | 0817 440 9021</p>"
      "<p style=\"font-size:8pt;color:#888\">DISCLAIMER: This e-mail and any attachments are confidential "
      "and intended solely for the addressee. Zenora Microfinance Bank is licensed by the CBN.</p>"
      "</body></html>")
p2 = ("Dear Adaeze,\n\nWe regret to inform you that tomorrow's interview for the Chief Finance Officer role "
      "has been cancelled due to an emergency Board meeting. We will revert with a new date in due "
      "course.\n\nWe sincerely apologise for the short notice.\n\nBest regards,\nIfeanyi Okafor\n"
      "Head, Human Capital Management\nZenora Microfinance Bank Ltd\n")
case("b89-09-zenora-html-only-cancel-by-email", [
    ("01-invitation-to-interview-cfo.eml", mail(
        "Ifeanyi Okafor <ifeanyi.okafor@zenoramfb.example>",
        "INVITATION TO INTERVIEW: CHIEF FINANCE OFFICER", d1, html=h1,
        msgid="<ZMFB-HCM-20260420-0088@zenoramfb.example>")),
    ("02-interview-cancelled.eml", mail(
        "Ifeanyi Okafor <ifeanyi.okafor@zenoramfb.example>",
        "RE: INVITATION TO INTERVIEW: CHIEF FINANCE OFFICER", d2, body=p2,
        msgid="<ZMFB-HCM-20260423-0102@zenoramfb.example>",
        in_reply_to="<ZMFB-HCM-20260420-0088@zenoramfb.example>",
        references="<ZMFB-HCM-20260420-0088@zenoramfb.example>")),
], {"interview": True, "interviews": [iv(
    "Zenora Microfinance Bank", "Chief Finance Officer", s, None, "cancelled", [],
    ["ifeanyi.okafor@zenoramfb.example"], "onsite")],
    "difficulty": "medium", "category": "positive/cancellation-by-email-html-only",
    "notes": "HTML-only invitation (table; '12 noon') for a board panel; cancelled by e-mail the day "
             "before ('tomorrow's interview', sent Thu 23 Apr) with no new date.",
    "source": "synthetic"})

# ---- 10 audit/advisory firm: phone screen, then second interview at Ikoyi (two interviews)
d1 = dt(2026, 2, 11, 10, 14, LAG, "Wed")
d2 = dt(2026, 2, 16, 17, 30, LAG, "Mon")
s1 = dt(2026, 2, 13, 15, 0, LAG, "Fri")
s2 = dt(2026, 2, 19, 10, 30, LAG, "Thu")
sig_y = ("Warm regards,\nYetunde Fashola\nPeople Team | Bellwood Partners Nigeria\n"
         "7 Glover Road, Ikoyi, Lagos | +234 1 631 2290\n")
case("b89-10-bellwood-two-rounds", [
    ("01-first-stage-telephone-interview.eml", mail(
        "Yetunde Fashola <yetunde.fashola@bellwoodng.example>",
        "Audit Senior Manager (Financial Services) - first stage interview", d1,
        msgid="<bw.people.0211.552@bellwoodng.example>",
        body=("Dear Adaeze,\n\nThank you for your interest in the Audit Senior Manager (Financial Services) "
              "role at Bellwood Partners.\n\nI would like to have a first-stage telephone interview with you "
              "on Friday 13 February at 3pm. I will call you on the number on your CV; it should take about "
              "30 minutes.\n\nKindly revert if that time does not work.\n\n" + sig_y))),
    ("02-second-interview-invitation.eml", mail(
        "Yetunde Fashola <yetunde.fashola@bellwoodng.example>",
        "Audit Senior Manager (Financial Services) - second interview", d2,
        cc="Babatunde Cole <babatunde.cole@bellwoodng.example>, Aisha Danjuma <aisha.danjuma@bellwoodng.example>",
        msgid="<bw.people.0216.871@bellwoodng.example>",
        body=("Dear Adaeze,\n\nCongratulations - following our conversation on Friday, you have progressed "
              "to the second stage.\n\nYou will meet Babatunde Cole (Partner, Financial Services Audit) and "
              "Aisha Danjuma (Senior Manager), both copied, on Thursday 19th February at half past ten in "
              "the morning at our Ikoyi office, 7 Glover Road. Expect about an hour; there will be a short "
              "technical discussion on bank audits (IFRS 9, CBN prudential guidelines).\n\n"
              "Please bring a valid ID for the front desk.\n\n" + sig_y))),
], {"interview": True, "interviews": [
    iv("Bellwood Partners", "Audit Senior Manager (Financial Services)", s1, s1 + timedelta(minutes=30),
       "scheduled", ["yetunde.fashola@bellwoodng.example"], ["yetunde.fashola@bellwoodng.example"],
       "phone_screen"),
    iv("Bellwood Partners", "Audit Senior Manager (Financial Services)", s2, s2 + timedelta(hours=1),
       "scheduled", ["babatunde.cole@bellwoodng.example", "aisha.danjuma@bellwoodng.example"],
       ["babatunde.cole@bellwoodng.example", "aisha.danjuma@bellwoodng.example"], "onsite")],
    "difficulty": "medium", "category": "positive/two-interviews-same-company",
    "notes": "First-stage phone interview Fri 13 Feb 3pm (HR is the interviewer), then second interview "
             "Thu 19 Feb 'half past ten in the morning' with a Partner and a Senior Manager (panel -> onsite).",
    "source": "synthetic"})

# ---- 11 Dubai fintech: Google Calendar API event only
s = dt(2026, 4, 15, 13, 0, DXB, "Wed")
e = s + timedelta(hours=1)
assert s.astimezone(LAG).hour == 10
ev = {
    "kind": "calendar#event", "etag": "\"3541287764022000\"", "id": "6h2k0r4m9q1s3u5w7y8z0b2d4f",
    "status": "confirmed",
    "htmlLink": "https://www.google.com/calendar/event?eid=NmgyazByNG05cTFzM3U1dzd5OHowYjJkNGY",
    "created": "2026-04-08T07:12:03.000Z", "updated": "2026-04-08T07:16:41.011Z",
    "summary": "Adaeze Nwachukwu <> Oasis Ledger | Finance Business Partner - technical interview",
    "description": "Case discussion: group consolidation and UAE Corporate Tax / VAT.\nInterviewer: Karim "
                   "Haddad (Head of FP&A).\n10am Lagos / 1pm Dubai.\n\nLayla will send the case pack an "
                   "hour before.",
    "creator": {"email": "layla.farouk@oasisledger.example", "displayName": "Layla Farouk"},
    "organizer": {"email": "layla.farouk@oasisledger.example", "displayName": "Layla Farouk"},
    "start": {"dateTime": s.isoformat(), "timeZone": "Asia/Dubai"},
    "end": {"dateTime": e.isoformat(), "timeZone": "Asia/Dubai"},
    "iCalUID": "6h2k0r4m9q1s3u5w7y8z0b2d4f@google.com", "sequence": 0,
    "attendees": [
        {"email": "layla.farouk@oasisledger.example", "displayName": "Layla Farouk", "organizer": True,
         "responseStatus": "accepted"},
        {"email": "karim.haddad@oasisledger.example", "displayName": "Karim Haddad",
         "responseStatus": "accepted"},
        {"email": OWNER, "self": True, "responseStatus": "accepted"}],
    "hangoutLink": "https://meet.google.com/oas-ldgr-kqh",
    "reminders": {"useDefault": True}, "eventType": "default"}
case("b89-11-dubai-gcal-json", [
    ("01-oasis-ledger-technical.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")
], {"interview": True, "interviews": [iv(
    "Oasis Ledger", "Finance Business Partner", s, e, "scheduled",
    ["karim.haddad@oasisledger.example"], ["karim.haddad@oasisledger.example"], "technical")],
    "difficulty": "easy", "category": "positive/gcal-api-json",
    "notes": "Calendar API event in Asia/Dubai (13:00 +04:00 = 10:00 Lagos); recruiter organises, Head of "
             "FP&A interviews.",
    "source": "synthetic"})

# ---- 12 forwarded HR invitation (referral), base64 body, "14h00 - 15h00"
d = dt(2026, 4, 18, 8, 20, LAG, "Sat")
s = dt(2026, 4, 23, 14, 0, LAG, "Thu")
e = dt(2026, 4, 23, 15, 0, LAG, "Thu")
fw = ("Ada,\n\nSee below o. Their HR sent it to me because I referred you. Please revert to Ngozi directly "
      "so they know you got it. All the best - you will do well.\n\nGod bless,\nTunde\n\n"
      "---------- Forwarded message ---------\n"
      "From: Ngozi Eze <ngozi.eze@northbridge-energy.example>\n"
      "Date: Fri, 17 Apr 2026 at 17:02\n"
      "Subject: Invitation for Interview - Senior Internal Auditor\n"
      "To: Tunde Bakare <tunde.bakare@northbridge-energy.example>\n\n"
      "Dear Tunde,\n\nThank you for referring Ms. Adaeze Nwachukwu. Kindly inform her that she has been "
      "shortlisted for an interview for the position of Senior Internal Auditor, scheduled as follows:\n\n"
      "Date: Thursday, 23rd April 2026\nTime: 14h00 - 15h00\n"
      "Venue: Northbridge Energy Ltd, Plot 1420 Adetokunbo Ademola Street, Victoria Island, Lagos\n\n"
      "The interview will be conducted by our Chief Audit Executive, Mr. Segun Lawal. She should revert "
      "to me on ngozi.eze@northbridge-energy.example to confirm her attendance.\n\nThank you.\n\n"
      "Ngozi Eze\nTalent Acquisition Lead\nNorthbridge Energy Ltd\n+234 1 280 9913\n")
case("b89-12-forwarded-referral-invite-base64", [
    ("01-fwd-invitation-for-interview.eml", mail(
        "Tunde Bakare <tunde.bakare@mail.example>", "Fwd: Invitation for Interview - Senior Internal Auditor",
        d, body=fw, cte="base64", msgid="<CAJtB4k2v9Q=fwd0418@mail.example>"))
], {"interview": True, "interviews": [iv(
    "Northbridge Energy", "Senior Internal Auditor", s, e, "scheduled", [],
    ["ngozi.eze@northbridge-energy.example"], "hiring_manager")],
    "difficulty": "hard", "category": "positive/forwarded-referral",
    "notes": "A friend forwards HR's invitation (base64 body). Interview Thu 23 Apr 14h00-15h00 WAT with the "
             "Chief Audit Executive (no address); follow-up to the HR contact named in the text, not the "
             "forwarder.",
    "source": "synthetic"})

# ---- 13 London firm virtual final round: itinerary of three sessions (one onsite) + .ics
d = dt(2026, 4, 10, 12, 30, LON, "Fri")
day = (2026, 4, 16)
sess = [
    (dt(*day, 9, 30, LON, "Thu"), dt(*day, 10, 15, LON), "Technical interview - IFRS reporting",
     "Tom Ellery", "tom.ellery@ashdownreeve.example", "Senior Manager, Financial Reporting Advisory"),
    (dt(*day, 10, 30, LON), dt(*day, 11, 15, LON), "Partner interview", "Fiona Marsh",
     "fiona.marsh@ashdownreeve.example", "Partner"),
    (dt(*day, 11, 30, LON), dt(*day, 12, 0, LON), "Values & behaviours interview", "Daniel Okoro",
     "daniel.okoro@ashdownreeve.example", "Manager"),
]
lines = ["BEGIN:VCALENDAR", "PRODID:-//PeopleRoster//Scheduling//EN", "VERSION:2.0", "METHOD:PUBLISH",
         *VTZ["Europe/London"]]
for i, (a, b, t, n, em, _) in enumerate(sess):
    lines += ["BEGIN:VEVENT", f"UID:pr-58812-{i + 1}@peopleroster.example", f"DTSTAMP:{utcstamp(d)}",
              f"DTSTART;TZID=Europe/London:{local(a)}", f"DTEND;TZID=Europe/London:{local(b)}",
              "SUMMARY:" + ics_text(f"Ashdown & Reeve final round: {t} ({n})"),
              "LOCATION:Microsoft Teams (link in confirmation email)",
              "DESCRIPTION:" + ics_text(f"Interviewer: {n} <{em}>"), "END:VEVENT"]
lines.append("END:VCALENDAR")
cal = ics(lines)
rows = "\n".join(f"  {a:%H:%M} - {b:%H:%M}  {t} with {n} ({r}) <{em}>" for a, b, t, n, em, r in sess)
plain = ("Hi Adaeze,\n\nCongratulations on reaching the final round for the Assistant Manager, Financial "
         "Reporting Advisory role. Please find below your schedule for Thursday 16 April 2026 (all times "
         "BST - since the UK clocks went forward this is the same as Lagos time):\n\n" + rows + "\n\n"
         "All three sessions are on Microsoft Teams; joining links will be sent by each interviewer. A "
         "calendar file with all sessions is attached.\n\nIf anything comes up, reply to this email or "
         "contact me directly.\n\nKind regards,\nCharlotte Ames\nGraduate & Experienced Hire Recruitment\n"
         "Ashdown & Reeve LLP\n\n--\nThis message was sent via PeopleRoster on behalf of Ashdown & Reeve LLP.\n")
case("b89-13-ashdown-virtual-final-round-itinerary", [
    ("01-final-round-schedule.eml", mail(
        "Ashdown & Reeve Recruitment <notifications@peopleroster.example>",
        "Your final round interview schedule - Thursday 16 April", d,
        reply_to="Charlotte Ames <charlotte.ames@ashdownreeve.example>", body=plain,
        html="<html><body>" + "".join(f"<p>{x.replace(chr(10), '<br>')}</p>" for x in plain.split("\n\n")) + "</body></html>",
        cal=cal, cal_mode="attach", attach="final-round-16-April.ics", cal_method="PUBLISH",
        msgid="<pr.58812.notify@peopleroster.example>"))
], {"interview": True, "interviews": [iv(
    "Ashdown & Reeve", "Assistant Manager, Financial Reporting Advisory", sess[0][0], sess[-1][1], "scheduled",
    [x[4] for x in sess], [x[4] for x in sess], "onsite")],
    "difficulty": "medium", "category": "positive/onsite-itinerary-bst",
    "notes": "Invented ATS (PeopleRoster) itinerary: three back-to-back Teams sessions on Thu 16 Apr in BST "
             "(+01:00) -> one onsite 09:30-12:00 with three interviewers; coordinator not an interviewer.",
    "source": "synthetic"})

# ================================================================= NEGATIVES

# ---- 14 computer-based assessment at a test centre in Victoria Island (not an interview)
d = dt(2026, 2, 9, 18, 2, LAG, "Mon")
s = dt(2026, 2, 14, 8, 0, LAG, "Sat")
e = s + timedelta(hours=2)
cal = ics(["BEGIN:VCALENDAR", "PRODID:-//HireKoko//Interview Scheduler 4.2//EN", "VERSION:2.0",
           "METHOD:REQUEST", *VTZ["Africa/Lagos"], "BEGIN:VEVENT",
           "UID:hk-cbt-55120-oakline@hirekoko.example", f"DTSTAMP:{utcstamp(d)}",
           f"DTSTART;TZID=Africa/Lagos:{local(s)}", f"DTEND;TZID=Africa/Lagos:{local(e)}",
           "SUMMARY:Oakline Bank - Computer-Based Assessment (Experienced Hire\\, Financial Control)",
           "LOCATION:Prime Testing Centre\\, 3rd Floor\\, 1 Akin Adesola Street\\, Victoria Island\\, Lagos",
           "DESCRIPTION:Proctored aptitude and technical test. Arrive by 7:30am.",
           "ORGANIZER;CN=Oakline Bank Recruitment:mailto:no-reply@hirekoko.example", att(OWNER_NAME, OWNER),
           "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
plain = ("Dear Candidate,\n\nINVITATION TO COMPUTER-BASED ASSESSMENT - EXPERIENCED HIRE (FINANCIAL CONTROL)\n\n"
         "Congratulations! Following the review of your application, you have been shortlisted to sit for "
         "the next stage of our recruitment process, a proctored computer-based assessment.\n\n"
         "Date: Saturday, 14th February 2026\nTime: 8:00am prompt (candidates must arrive by 7:30am; late "
         "comers will not be admitted)\nVenue: Prime Testing Centre, 3rd Floor, 1 Akin Adesola Street, "
         "Victoria Island, Lagos\nDuration: 2 hours\n\nThe assessment covers numerical reasoning, verbal "
         "reasoning and IFRS technical questions. Calculators will be provided; phones are not allowed in "
         "the hall.\n\nOnly candidates who are successful at the assessment will be contacted to schedule an "
         "interview.\n\nPlease click below to confirm your seat:\nhttps://oakline.hirekoko.example/a/55120/confirm\n\n"
         "Oakline Bank Recruitment Team\n\n--\nSent via HireKoko. Please do not reply to this email.\n")
case("b89-14-cbt-assessment-test-centre-vi", [
    ("01-invitation-to-computer-based-assessment.eml", mail(
        "Oakline Bank Recruitment <no-reply@hirekoko.example>",
        "Invitation to Computer-Based Assessment - Experienced Hire (Financial Control)", d, body=plain,
        html="<html><body>" + "".join(f"<p>{x.replace(chr(10), '<br>')}</p>" for x in plain.split("\n\n")) + "</body></html>",
        cal=cal, cal_mode="attach", attach="Oakline-Assessment.ics", msgid="<hk.cbt.55120@hirekoko.example>"))
], {"interview": False, "interviews": [], "difficulty": "hard",
    "category": "negative/assessment-test-centre",
    "notes": "Proctored written test at a test centre with a dated .ics; interviews only for those who pass. "
             "A test is not a live interview.", "source": "synthetic"})

# ---- 15 tax office appointment (LIRS)
d = dt(2026, 3, 2, 9, 40, LAG, "Mon")
case("b89-15-tax-office-appointment", [
    ("01-lirs-appointment.eml", mail(
        "LIRS eTax Appointments <appointments@lirs-etax.example>",
        "Appointment Confirmation - Tax Clearance Certificate (TCC) verification", d,
        msgid="<lirs.appt.20260302.88213@lirs-etax.example>",
        body=("Dear Taxpayer (ADAEZE NWACHUKWU, PID N-20814472),\n\nYour appointment has been scheduled as "
              "follows:\n\nService: Tax Clearance Certificate (TCC) - document verification & short interview\n"
              "Tax Station: Ikoyi Tax Office, 2 Alfred Rewane Road, Ikoyi\n"
              "Date: Wednesday, 11 March 2026\nTime: 10:00am (please arrive 15 minutes early)\n\n"
              "Please come with: evidence of PAYE deductions for 2023-2025, your employer's letter, a valid "
              "ID and your TIN. A tax officer may call you to clarify any information before the appointment.\n\n"
              "To reschedule, log in to the eTax portal. This is an automated message - do not reply.\n\n"
              "Lagos State Internal Revenue Service\n")))
], {"interview": False, "interviews": [], "difficulty": "medium", "category": "negative/government-appointment",
    "notes": "Tax office appointment with a 'short interview' by a tax officer - not a job interview.",
    "source": "synthetic"})

# ---- 16 church harvest thanksgiving programme invite
d = dt(2026, 3, 6, 19, 15, LAG, "Fri")
case("b89-16-church-harvest-programme", [
    ("01-harvest-thanksgiving-invite.eml", mail(
        "St. Jude's Anglican Church, Surulere <secretary@stjudes-surulere.example>",
        "You are invited: 2026 Annual Harvest Thanksgiving - Programme of Events", d,
        to="St. Jude's Members <members@stjudes-surulere.example>",
        msgid="<harvest2026.prog@stjudes-surulere.example>",
        html=("<html><body><p>Dear Brethren,</p><p>Greetings in the name of our Lord Jesus Christ.</p>"
              "<p>The Vicar and the Parochial Church Council cordially invite you and your family to our "
              "<b>2026 Annual Harvest Thanksgiving</b>. Kindly find below the programme:</p><ul>"
              "<li><b>Thursday 12 March, 6:00pm</b> - Harvest Committee meeting (members can also join "
              "by call on Zoom)</li>"
              "<li><b>Saturday 14 March, 10:00am prompt</b> - Children's and Youth Harvest; bazaar opens</li>"
              "<li><b>Sunday 15 March, 9:00am</b> - Thanksgiving service, followed by the Harvest "
              "auction</li></ul>"
              "<p>Candidates for confirmation will also be presented on Sunday; their interview with the "
              "Vicar holds after Bible study on Wednesday. Professionals in our midst are encouraged to "
              "schedule time for the career clinic for youths and undergraduates on Saturday.</p>"
              "<p>Kindly revert to the church office if your family will be sponsoring a harvest "
              "item.</p><p>God bless you richly.</p><p>Warm regards,<br>Mrs. Comfort Adegoke<br>"
              "Church Secretary<br>St. Jude's Anglican Church, 14 Adelabu Street, Surulere, Lagos<br>"
              "0803 221 4409</p></body></html>")))
], {"interview": False, "interviews": [], "difficulty": "medium", "category": "negative/church-programme",
    "notes": "Church harvest programme with dated events, 'call', 'schedule', 'candidates' and an "
             "'interview with the Vicar' (confirmation candidates) - not a job interview for the user.",
    "source": "synthetic"})

# ---- 17 rejection after interview (ATS)
d = dt(2026, 3, 18, 14, 22, LAG, "Wed")
case("b89-17-rejection-after-interview", [
    ("01-application-update.eml", mail(
        "Redcliff Pensions Careers <no-reply@hirekoko.example>",
        "Your application for Head, Investment Accounting - Redcliff Pensions", d,
        reply_to="Redcliff Pensions Talent <talent@redcliffpensions.example>",
        msgid="<hk.rej.66211@hirekoko.example>",
        body=("Dear Adaeze,\n\nThank you for taking the time to attend the interview for the Head, Investment "
              "Accounting role on Tuesday, 10th March 2026 at our Ikoyi office. We enjoyed meeting you.\n\n"
              "After careful consideration, we regret to inform you that we will not be proceeding with your "
              "application at this time. The panel was impressed by your technical knowledge; however, we "
              "have decided to move forward with a candidate whose experience more closely matches the "
              "current needs of the role.\n\nWe will retain your CV on our database and may contact you to "
              "schedule a call should a suitable role arise in future.\n\nWe wish you the very best in your "
              "career.\n\nYours sincerely,\nTalent Team, Redcliff Pensions Ltd\n\n--\nSent via HireKoko\n")))
], {"interview": False, "interviews": [], "difficulty": "medium", "category": "negative/rejection",
    "notes": "Rejection that mentions a past interview date and a possible future call.", "source": "synthetic"})

# ---- 18 offer of employment
d = dt(2026, 4, 17, 16, 45, LAG, "Fri")
case("b89-18-offer-of-employment", [
    ("01-offer-of-employment.eml", mail(
        "Kelechi Umeh <kelechi.umeh@korafoods.example>",
        "Offer of Employment - Group Financial Reporting Manager", d,
        msgid="<kf.hr.offer.0417@korafoods.example>",
        body=("Dear Ms. Nwachukwu,\n\nOFFER OF EMPLOYMENT - GROUP FINANCIAL REPORTING MANAGER\n\n"
              "Further to your interviews with us, we are pleased to offer you employment as Group Financial "
              "Reporting Manager at Kora Foods Nigeria Plc. Please find attached your offer letter detailing "
              "your remuneration and benefits.\n\nYour resumption date is Monday, 4th May 2026. On "
              "resumption, kindly report to the HR office by 8:00am prompt for documentation and "
              "onboarding.\n\nKindly revert with a signed copy of the offer letter by 10am prompt on "
              "Wednesday, 22nd April 2026. Our clinic will call you to schedule your pre-employment "
              "medical examination.\n\nCongratulations and welcome on board!\n\nWarm regards,\n\n"
              "Kelechi Umeh\nHead, Talent Acquisition\nKora Foods Nigeria Plc\n"
              "Plot 9, Oba Akran Avenue, Ikeja, Lagos | 0905 118 3320\n")))
], {"interview": False, "interviews": [], "difficulty": "easy", "category": "negative/offer",
    "notes": "Offer with resumption, documentation and medical times - no interview.", "source": "synthetic"})

# ---- 19 bank relationship manager: mortgage/loan review meeting (Outlook invite)
d = dt(2026, 3, 10, 11, 25, LAG, "Tue")
s = dt(2026, 3, 13, 11, 0, LAG, "Fri")
e = s + timedelta(hours=1)
uid = "040000008200E00074C5B7101A82E00800000000B3F29C1D8AB0DC01000000000000000010000000C7E28F1B"
cal = ics(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
           *VTZ["W. Central Africa Standard Time"], "BEGIN:VEVENT",
           "ORGANIZER;CN=Obinna Chukwuma:mailto:obinna.chukwuma@harbourlinebank.example",
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Adaeze Nwachukwu:mailto:" + OWNER,
           "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Damilola Ojo:mailto:damilola.ojo@harbourlinebank.example",
           "UID:" + uid, "SUMMARY;LANGUAGE=en-US:Mortgage facility review - Mrs. Adaeze Nwachukwu",
           f"DTSTART;TZID=W. Central Africa Standard Time:{local(s)}",
           f"DTEND;TZID=W. Central Africa Standard Time:{local(e)}", "CLASS:PUBLIC", "PRIORITY:5",
           f"DTSTAMP:{utcstamp(d)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
           "LOCATION;LANGUAGE=en-US:Harbourline Bank\\, Adeola Odeku Branch\\, Victoria Island",
           "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
           "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
           "END:VEVENT", "END:VCALENDAR"])
plain = ("When: Friday, March 13, 2026 11:00 AM-12:00 PM (UTC+01:00) West Central Africa.\n"
         "Where: Harbourline Bank, Adeola Odeku Branch, Victoria Island\n\n*~*~*~*~*~*~*~*~*~*\n\n"
         "Dear Mrs. Nwachukwu,\n\nFurther to our call yesterday, please find below an invite to review your "
         "mortgage facility application (N85m, 15-year tenor) with our credit analyst, Damilola Ojo.\n\n"
         "Kindly come along with your employment confirmation letter, last 6 months' payslips and 12 "
         "months' statement of account. The analyst may ask a few questions about your current role and "
         "employer to complete the credit memo. If you are considering a change of job, please let us know "
         "before the facility is booked.\n\nThank you for banking with us.\n\nWarm regards,\n"
         "Obinna Chukwuma\nRelationship Manager, Private Banking\nHarbourline Bank Plc\n0807 662 1093\n")
case("b89-19-bank-rm-mortgage-meeting", [
    ("01-mortgage-facility-review.eml", mail(
        "Obinna Chukwuma <obinna.chukwuma@harbourlinebank.example>",
        "Mortgage facility review - Mrs. Adaeze Nwachukwu", d,
        cc="Damilola Ojo <damilola.ojo@harbourlinebank.example>", body=plain, cte="quoted-printable",
        html="<html><body>" + "".join(f"<p>{x.replace(chr(10), '<br>')}</p>" for x in plain.split("\n\n")) + "</body></html>",
        cal=cal, cal_mode="exchange", msgid="<DB8PR10MB3391.hlb.0310@harbourlinebank.example>",
        extra=[("Content-class", "urn:content-classes:calendarmessage")]))
], {"interview": False, "interviews": [], "difficulty": "hard", "category": "negative/bank-loan-meeting",
    "notes": "Outlook invite from a bank relationship manager about a mortgage; questions about her 'current "
             "role' and 'change of job' - not a job interview.", "source": "synthetic"})

# ---- 20 current job: external audit walkthrough 'interviews' (Google invite)
d = dt(2026, 1, 27, 9, 5, LAG, "Tue")
s = dt(2026, 2, 3, 14, 0, LAG, "Tue")
e = s + timedelta(minutes=90)
title = "FY2025 Audit - process walkthrough interview: Revenue & Receivables (Marlin Foods)"
cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{utcstamp(s)}",
           f"DTEND:{utcstamp(e)}", f"DTSTAMP:{utcstamp(d)}",
           "ORGANIZER;CN=Kayode Martins:mailto:kayode.martins@kestreldunn.example",
           "UID:0a9s8d7f6g5h4j3k2l1zxcvbnm@google.com",
           att("Kayode Martins", "kayode.martins@kestreldunn.example", "ACCEPTED"),
           att("Ebere Nnaji", "ebere.nnaji@kestreldunn.example"),
           att(OWNER_NAME, OWNER), att("Sola Akande", "sola.akande@marlinfoods.example"),
           f"CREATED:{utcstamp(d)}",
           "DESCRIPTION:" + ics_text("Walkthrough of the revenue and receivables cycle for the FY2025 "
                                     "statutory audit: control owners to be interviewed on credit approval, "
                                     "invoicing and month-end cut-off. Please have the Dec-25 debtors ageing "
                                     "ready.\n\n(Sent to personal addresses as the Marlin mail server is "
                                     "rejecting external invites this week.)"),
           "LOCATION:Marlin Foods Plc - Board Room\\, 8 Creek Road\\, Apapa", "SEQUENCE:0",
           "STATUS:CONFIRMED", "SUMMARY:" + ics_text(title), "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
gp = ("Walkthrough of the revenue and receivables cycle for the FY2025 statutory audit: control owners to be "
      "interviewed on credit approval, invoicing and month-end cut-off. Please have the Dec-25 debtors "
      "ageing ready.\n\n(Sent to personal addresses as the Marlin mail server is rejecting external "
      "invites this week.)\n\n")
gp = google_plain(title, "Tuesday Feb 3, 2026 ⋅ 2pm – 3:30pm", "West Africa Standard Time - Lagos",
                  "https://meet.google.com/kdn-audt-fy25", ("Kayode Martins", "kayode.martins@kestreldunn.example"),
                  [("Kayode Martins - organizer", "kayode.martins@kestreldunn.example"),
                   ("Ebere Nnaji", "ebere.nnaji@kestreldunn.example"),
                   ("Sola Akande", "sola.akande@marlinfoods.example")], gp)
case("b89-20-current-job-audit-walkthrough", [
    ("01-invitation-audit-walkthrough.eml", mail(
        "Kayode Martins <kayode.martins@kestreldunn.example>",
        f"Invitation: {title} @ Tue Feb 3, 2026 2pm - 3:30pm (WAT) ({OWNER})", d, to=OWNER,
        sender="Google Calendar <calendar-notification@google.com>",
        msgid="<calendar-9c0d1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f@google.com>",
        body=gp, cte="base64",
        html="<html><body>" + "".join(f"<p>{x.replace(chr(10), '<br>')}</p>" for x in gp.split("\n\n")) + "</body></html>",
        cal=cal, cal_mode="google"))
], {"interview": False, "interviews": [], "difficulty": "hard", "category": "negative/current-job-audit-meeting",
    "notes": "External auditors 'interview' control owners at her current employer - a work meeting, not a "
             "hiring process.", "source": "synthetic"})

# ---- 21 user sits on an NGO recruitment panel (she is the interviewer)
d = dt(2026, 5, 4, 20, 10, LAG, "Mon")
s = dt(2026, 5, 9, 11, 0, LAG, "Sat")
e = s + timedelta(hours=2)
title = "Accounts Officer interviews - panel (Bright Harbour Foundation)"
cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{utcstamp(s)}",
           f"DTEND:{utcstamp(e)}", f"DTSTAMP:{utcstamp(d)}",
           "ORGANIZER;CN=Chinonso Ibe:mailto:chinonso.ibe@brightharbour.example",
           "UID:7m6n5b4v3c2x1z0lkjhgfdsapo@google.com",
           att("Chinonso Ibe", "chinonso.ibe@brightharbour.example", "ACCEPTED"),
           att(OWNER_NAME, OWNER), att("Rev. Femi Ogundipe", "femi.ogundipe@mail.example"),
           "DESCRIPTION:" + ics_text("Panel: Adaeze Nwachukwu (Hon. Treasurer), Rev. Femi Ogundipe, "
                                     "Chinonso Ibe.\nCandidates (30 min each): Blessing Etim 11:00, "
                                     "Musa Garba 11:40, Chiamaka Obi 12:20. CVs and scoring sheet attached "
                                     "to the email."),
           "LOCATION:Bright Harbour Foundation\\, 21 Ogunlana Drive\\, Surulere", "SEQUENCE:0",
           "STATUS:CONFIRMED", "SUMMARY:" + ics_text(title), "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
gp = google_plain(title, "Saturday May 9, 2026 ⋅ 11am – 1pm", "West Africa Standard Time - Lagos",
                  "https://meet.google.com/bhf-pnel-acc", ("Chinonso Ibe", "chinonso.ibe@brightharbour.example"),
                  [("Chinonso Ibe - organizer", "chinonso.ibe@brightharbour.example"),
                   ("Rev. Femi Ogundipe", "femi.ogundipe@mail.example")],
                  "Panel: Adaeze Nwachukwu (Hon. Treasurer), Rev. Femi Ogundipe, Chinonso Ibe.\n"
                  "Candidates (30 min each): Blessing Etim 11:00, Musa Garba 11:40, Chiamaka Obi 12:20.\n"
                  "Ma, thank you for agreeing to sit on the panel. God bless.\n\n")
case("b89-21-user-is-interviewer-ngo-panel", [
    ("01-invitation-accounts-officer-panel.eml", mail(
        "Chinonso Ibe <chinonso.ibe@brightharbour.example>",
        f"Invitation: {title} @ Sat May 9, 2026 11am - 1pm (WAT) ({OWNER})", d, to=OWNER,
        sender="Google Calendar <calendar-notification@google.com>",
        msgid="<calendar-5e4d3c2b-1a09-4f8e-9d7c-6b5a4f3e2d1c@google.com>",
        body=gp, cte="base64",
        html="<html><body>" + "".join(f"<p>{x.replace(chr(10), '<br>')}</p>" for x in gp.split("\n\n")) + "</body></html>",
        cal=cal, cal_mode="google"))
], {"interview": False, "interviews": [], "difficulty": "hard", "category": "negative/user-is-interviewer",
    "notes": "She is on the panel interviewing candidates for an NGO where she is Hon. Treasurer.",
    "source": "synthetic"})

# ---- 22 job-board digest with interview tips and 'interview invitations' teaser
d = dt(2026, 2, 24, 7, 0, LAG, "Tue")
h = ("<html><body style=\"font-family:Arial,sans-serif\"><table width=\"600\" align=\"center\"><tr><td>"
     "<h2 style=\"color:#0a7d3e\">WorkNaija</h2><p>Hi Adaeze,</p>"
     "<p><b>3 employers viewed your CV this week.</b> Candidates who respond within 24 hours are twice as "
     "likely to be invited for an interview.</p>"
     "<h3>New jobs matching \"Chartered Accountant - Lagos\"</h3><ul>"
     "<li>Financial Controller - Confidential FMCG, Ikeja - N1.8m-2.4m/month</li>"
     "<li>Audit Manager - Tier-2 audit firm, Yaba - apply by Friday</li>"
     "<li>Head of Finance - Fintech (Series B), Victoria Island - hybrid</li></ul>"
     "<h3>Get interview-ready</h3><p>Join our free live session <b>\"Nailing the panel interview: 10 "
     "questions Lagos banks ask\"</b> on Thursday 26 February at 7pm WAT. Save your seat and we'll schedule "
     "a reminder call.</p>"
     "<p><a href=\"https://worknaija.example/jobs?utm=digest\">See all 28 jobs</a></p>"
     "<p style=\"font-size:11px;color:#777\">You are receiving this because you created a job alert on "
     "WorkNaija. 5 Ajose Adeogun Street, Victoria Island, Lagos. <a href=\"https://worknaija.example/unsub\">"
     "Unsubscribe</a></p></td></tr></table></body></html>")
case("b89-22-job-board-digest", [
    ("01-worknaija-weekly-digest.eml", mail(
        "WorkNaija <jobs@alerts.worknaija.example>",
        "Adaeze, 3 employers viewed your CV + 28 new Accounting jobs in Lagos", d,
        msgid="<digest.20260224.8812@alerts.worknaija.example>", html=h,
        extra=[("List-Unsubscribe", "<https://worknaija.example/unsub>"), ("Precedence", "bulk")]))
], {"interview": False, "interviews": [], "difficulty": "easy", "category": "negative/job-board-digest",
    "notes": "Job-board digest with 'interview' tips webinar and dated live session.", "source": "synthetic"})


# ---------------------------------------------------------------- write
def main():
    for p in HERE.iterdir():
        if p.is_dir() and p.name.startswith("b89-"):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        folder = HERE / cid
        folder.mkdir()
        for name, content in items:
            data = content if isinstance(content, bytes) else content.encode("utf-8")
            if name.endswith(".ics"):
                assert b"\r\n" in data
            (folder / name).write_bytes(data)
    with open(HERE / "labels.yaml", "w", encoding="utf-8") as f:
        f.write("# blind89 labels - see /work/shared/eval/README.md for the schema\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=110)
    pos = sum(1 for v in LABELS.values() if v["interview"])
    print(f"wrote {len(CASES)} cases ({pos} positive, {len(CASES) - pos} negative)")


if __name__ == "__main__":
    main()
