#!/usr/bin/env python3
"""Deterministic generator for the blind105 interview-detection set.

Theme: a newly qualified chartered accountant in Manchester (Europe/London) applying to firms, banks and
public bodies in Manchester, Leeds, London, Dublin and Edinburgh; mostly agency recruiters and people.
All names, companies and domains are invented (.example domains). Rewrites every b105-* folder and
labels.yaml next to this script. Needs only stdlib + PyYAML (+ zoneinfo data).
"""
import hashlib
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
LON = ZoneInfo("Europe/London")
DUB = ZoneInfo("Europe/Dublin")
SGP = ZoneInfo("Asia/Singapore")
UTC = timezone.utc

USER = "eleanor.whitworth@example.com"
USER_NAME = "Eleanor Whitworth"
USER_ADDR = f"{USER_NAME} <{USER}>"

CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


def T(tz, y, mo, d, h=0, mi=0, wd=None):
    dt = datetime(y, mo, d, h, mi, tzinfo=tz)
    if wd is not None:
        assert dt.strftime("%A") == wd, (dt, wd)
    return dt


def iso(dt):
    return dt.isoformat() if dt is not None else None


def mid(case, n, domain):
    h = hashlib.sha1(f"{case}/{n}".encode()).hexdigest()
    return f"<{h[:24].upper()}@{domain}>"


# ------------------------------------------------------------------ iCalendar helpers
def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    out = []
    limit = 75
    while len(b) > limit:
        cut = limit
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
        limit = 74
    out.append(b)
    return b"\r\n ".join(out).decode("utf-8")


def ics(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


VTZ_GMT_WIN = [
    "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]
VTZ_SGP_WIN = [
    "BEGIN:VTIMEZONE", "TZID:Singapore Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:STANDARD",
    "END:VTIMEZONE",
]
VTZ_LONDON_OLSON = [
    "BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
    "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
    "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
]


def local(dt, fmt="%Y%m%dT%H%M%S"):
    return dt.strftime(fmt)


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def exchange_ics(method, uid, organizer, attendees, summary, start, end, tzid, vtz, description,
                 location, stamp, sequence=0, status="CONFIRMED", teams_url=None):
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    L += vtz
    L += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, addr in attendees:
        L.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{addr}")
    L += [f"DESCRIPTION;LANGUAGE=en-GB:{esc(description)}", f"UID:{uid}",
          f"SUMMARY;LANGUAGE=en-GB:{esc(summary)}",
          f"DTSTART;TZID={tzid}:{local(start)}", f"DTEND;TZID={tzid}:{local(end)}",
          "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zstamp(stamp)}", "TRANSP:OPAQUE",
          f"STATUS:{status}", f"SEQUENCE:{sequence}", f"LOCATION;LANGUAGE=en-GB:{esc(location)}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}", "X-MICROSOFT-CDO-OWNERAPPTID:-1189427302",
          "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
          "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:"
          + ("2" if method == "CANCEL" else "1"), "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        L.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}")
        L.append("X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null\\,\"OnlineMeetingProvider\":3}")
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if method != "CANCEL":
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics(L)


def teams_block(mtg_id, pas, tid):
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0?context="
           "%7b%22Tid%22%3a%22b3c1e2f0-0a55-4c6e-9d1e-7f2a1c0b9e44%22%7d")
    text = ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {mtg_id}\nPasscode: {pas}\n"
            "Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "________________________________________________________________________________")
    return url, text


# ------------------------------------------------------------------ e-mail helper
def mail(frm, to, subject, date, text=None, html=None, cc=None, reply_to=None, msgid=None, irt=None,
         refs=None, cte=None, html_cte=None, extra=(), cal=None, cal_method="REQUEST", attach=None,
         delivered=USER, sender=None, return_path=None):
    m = EmailMessage(policy=POLICY)
    if delivered:
        m["Delivered-To"] = delivered
    if return_path:
        m["Return-Path"] = return_path
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
    if irt:
        m["In-Reply-To"] = irt
    if refs:
        m["References"] = refs
    for k, v in extra:
        m[k] = v
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, cte=cte) if cte else m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte or "quoted-printable")
    else:
        m.set_content(html, subtype="html", cte=html_cte or "quoted-printable")
    if cal is not None:
        m.add_alternative(cal, subtype="calendar", params={"method": cal_method}, cte="base64")
    if attach:
        for fname, data, ctype in attach:
            mt, st = ctype.split("/")
            m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary("=_b105_" + hashlib.sha1(f"{msgid}/{i}".encode()).hexdigest()[:28])
    return m.as_bytes(policy=POLICY)


def quote(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.rstrip("\n").split("\n"))


def outlook_quote(frm, sent, to, subject, body, cc=None):
    hdr = f"From: {frm}\nSent: {sent.strftime('%d %B %Y %H:%M')}\nTo: {to}\n"
    if cc:
        hdr += f"Cc: {cc}\n"
    return "\n________________________________\n" + hdr + f"Subject: {subject}\n\n" + body


def add(case, items, label):
    CASES[case] = items
    label = dict(label)
    label.setdefault("user", USER)
    LABELS[case] = {"user": label.pop("user"), **label}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind}


def lab(interviews, difficulty, category, notes):
    return {"interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


# ================================================================== POSITIVES
def c01():
    case = "b105-01-agency-pencilled-in-competency-interview"
    gem = "Gemma Royle <gemma.royle@penninefinance.example>"
    sig = ("Gemma Royle\nSenior Consultant | Accountancy & Finance\nPennine Finance Recruitment\n"
           "3rd Floor, Mosley Chambers, 27 Mosley Street, Manchester M2 3XX\n"
           "T: 0161 496 0732 | M: 07700 900214\nwww.penninefinance.example\n\n"
           "Pennine Finance Recruitment Ltd acts as an employment agency. This e-mail and any attachments are "
           "confidential and intended solely for the addressee.")
    d1 = T(LON, 2026, 3, 12, 16, 42, "Thursday")
    b1 = ("Hi Eleanor,\n\nLovely to speak earlier. As discussed, Ashworth Pryce have come back really positively "
          "on your CV for the Newly Qualified Audit Senior role in their Manchester office, and I've pencilled you "
          "in for a first stage interview on Tuesday at 2.30pm.\n\n"
          "It'll be a competency-based interview at their offices (Level 6, 21 Hardman Walk, Manchester M3 3EB) "
          "and should last about an hour. You'll meet Priya, the Audit Senior Manager, and Tom from HR. Expect the "
          "usual \"tell me about a time when...\" questions - have a think about a difficult client conversation "
          "and a time you picked up an error on a file.\n\nDress is business. Can you drop me a line to confirm "
          "you're happy with the time and I'll lock it in with them?\n\nSpeak soon,\nGemma\n\n" + sig + "\n")
        # noqa
    m1 = mid(case, 1, "EUR03.prod.outlook.example")
    s1 = "Ashworth Pryce - first stage interview Tuesday"
    e1 = mail(gem, USER_ADDR, s1, d1, b1, msgid=m1, extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    d2 = T(LON, 2026, 3, 13, 9, 20, "Friday")
    reply = ("Hi Gemma,\n\nTuesday at 2.30 is perfect, thank you - please go ahead and confirm.\n\n"
             "Best wishes,\nEleanor")
    b2 = ("Morning Eleanor,\n\nAll confirmed with Ashworth Pryce for Tuesday 17th at 2.30pm. Ask for Priya Nair "
          "at reception on Level 6 and she'll come down for you. Tom Brennan from their HR team will sit in.\n\n"
          "Any questions beforehand just give me a call on my mobile.\n\nGood luck!\nGemma\n\n" + sig + "\n\n"
          "On Thu, 12 Mar 2026 at 19:05, Eleanor Whitworth <" + USER + "> wrote:\n" + quote(reply) + "\n>\n"
          "> On Thu, 12 Mar 2026 at 16:42, Gemma Royle <gemma.royle@penninefinance.example> wrote:\n"
          + quote(quote(b1.split("\n\nSpeak soon")[0])) + "\n")
    m2 = mid(case, 2, "EUR03.prod.outlook.example")
    e2 = mail(gem, USER_ADDR, "RE: " + s1, d2, b2, msgid=m2, irt=m1, refs=m1,
              extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    st = T(LON, 2026, 3, 17, 14, 30, "Tuesday")
    add(case, [("01-gemma-pennine-pencilled-in.eml", e1), ("02-gemma-confirmed-tuesday.eml", e2)],
        lab([iv("Ashworth Pryce LLP", "Newly Qualified Audit Senior", st, st + timedelta(hours=1), "scheduled",
                [], ["gemma.royle@penninefinance.example"], "onsite")],
            "medium", "positive/agency-email-body-only",
            "Agency consultant pencils in 'Tuesday at 2.30pm' (sent Thu 12 Mar -> Tue 17 Mar, GMT), about an hour; "
            "two interviewers (Priya, Tom) named without addresses -> panel/onsite, follow-up to consultant."))


def c02():
    case = "b105-02-telephone-interview-public-body-html-only"
    jo = "Jo Pilling <jo.pilling@irwellvalley-ca.example>"
    san = "Sandeep Gill <sandeep.gill@irwellvalley-ca.example>"
    d1 = T(LON, 2026, 3, 16, 9, 12, "Monday")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body style=\"font-family:Arial,sans-serif;font-size:11pt\">"
            "<p>Dear Eleanor</p>"
            "<p><b>Financial Accountant (Grade 9) &ndash; ref. IVCA-0419</b></p>"
            "<p>Thank you for your application. I am pleased to let you know that you have been shortlisted and "
            "we would like to invite you to a <b>telephone interview</b>.</p>"
            "<p>Sandeep Gill, Head of Financial Reporting, will telephone you on <b>Thursday 19 March at 10am "
            "sharp</b> on the mobile number given on your application (07700 900583). The call will last around "
            "30 minutes and will cover your technical experience (IFRS/IPSAS, year-end closedown) and two "
            "competency questions.</p>"
            "<p>I have copied Sandeep into this email. Please reply to confirm you are available, or let me know "
            "if you need any reasonable adjustments.</p>"
            "<p>Kind regards</p>"
            "<p>Jo Pilling<br>Recruitment Officer, People &amp; Culture<br>Irwell Valley Combined Authority<br>"
            "Churchgate House, 56 Oxford Road, Manchester M1 6EU<br>Tel: 0161 496 0915</p>"
            "<p style=\"font-size:8pt;color:#777\">This email is intended for the named recipient only. "
            "Irwell Valley Combined Authority is committed to equality of opportunity.</p>"
            "</body></html>")
    m1 = mid(case, 1, "irwellvalley-ca.example")
    s1 = "Telephone interview - Financial Accountant (IVCA-0419)"
    e1 = mail(jo, USER_ADDR, s1, d1, None, html=html, cc=san, msgid=m1, html_cte="base64",
              extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Importance", "normal")])
    d2 = T(LON, 2026, 3, 18, 15, 3, "Wednesday")
    her = ("Dear Jo,\n\nThank you very much - I can confirm I'm available for the telephone interview with "
           "Sandeep on Thursday 19 March at 10am.\n\nKind regards,\nEleanor Whitworth\n07700 900583")
    b2 = ("Hi Eleanor,\n\nThanks for confirming - speak to you tomorrow at 10. If the line is poor I'll "
          "try again straight away.\n\nSandeep\n\nSandeep Gill ACA\nHead of Financial Reporting\n"
          "Irwell Valley Combined Authority\nT: 0161 496 0940\n\n"
          + outlook_quote(USER_ADDR, T(LON, 2026, 3, 16, 12, 48), jo, "RE: " + s1, her, cc=san) + "\n")
    m2 = mid(case, 2, "irwellvalley-ca.example")
    e2 = mail(san, USER_ADDR, "RE: " + s1, d2, b2, cc=jo, msgid=m2, irt=m1, refs=m1, cte="quoted-printable",
              extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    st = T(LON, 2026, 3, 19, 10, 0, "Thursday")
    add(case, [("01-invitation-telephone-interview.eml", e1), ("02-sandeep-speak-tomorrow.eml", e2)],
        lab([iv("Irwell Valley Combined Authority", "Financial Accountant", st, st + timedelta(minutes=30),
                "scheduled", ["sandeep.gill@irwellvalley-ca.example"], ["sandeep.gill@irwellvalley-ca.example"],
                "phone_screen")],
            "medium", "positive/phone-only-html-base64",
            "HTML-only base64 invitation to a telephone interview ('10am sharp', ~30 min); interviewer Sandeep is "
            "cc'd and confirms 'tomorrow at 10' in a reply. GMT."))


def c03():
    case = "b105-03-assessment-centre-whole-day"
    d1 = T(LON, 2026, 3, 25, 14, 0, "Wednesday")
    day = T(LON, 2026, 4, 8, 9, 0, "Wednesday")
    end = T(LON, 2026, 4, 8, 16, 30)
    text = ("Dear Eleanor,\n\nAudit Manager (Newly Qualified) - Leeds - Ref NAO/2026/117\n\n"
            "Congratulations - following your online application and situational judgement test, we are "
            "delighted to invite you to our assessment centre on Wednesday 8 April 2026 at our Leeds office "
            "(4th Floor, Wellington Place South, Leeds LS1 4AP).\n\n"
            "Timetable for the day\n"
            "08:45  Arrival and registration (please bring photo ID)\n"
            "09:00  Welcome and introduction to the Northern Audit Office\n"
            "09:30  Group exercise - local authority financial sustainability case\n"
            "11:00  Written exercise (60 minutes)\n"
            "12:15  Lunch with current audit managers\n"
            "13:15  Competency-based interview with a panel of two senior auditors (45 minutes)\n"
            "14:30  Prepared presentation (10 minutes + questions)\n"
            "15:45  Q&A session\n"
            "16:30  Close\n\n"
            "A calendar hold for the day is attached. Reasonable travel expenses will be reimbursed.\n\n"
            "If you have any questions or need any adjustments, please contact Fiona Baird, Resourcing "
            "Adviser, at fiona.baird@northernauditoffice.example or on 0113 496 0288. Please do not reply to "
            "this email as the mailbox is not monitored.\n\n"
            "Yours sincerely\n\nResourcing Team\nNorthern Audit Office\n")
    html = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")) \
        + "</body></html>"
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Northern Audit Office//Recruitment//EN", "VERSION:2.0",
               "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:nao-ac-2026-04-08-117-ewhitworth@northernauditoffice.example",
               f"DTSTAMP:{zstamp(d1)}", "DTSTART;VALUE=DATE:20260408", "DTEND;VALUE=DATE:20260409",
               "SUMMARY:Northern Audit Office assessment centre - Leeds",
               "LOCATION:" + esc("4th Floor, Wellington Place South, Leeds LS1 4AP"),
               "DESCRIPTION:" + esc("Assessment centre for Audit Manager (Newly Qualified). Registration 08:45 "
                                    "for a 09:00 start; close 16:30. See your invitation email for the timetable."),
               "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    m1 = mid(case, 1, "careers.northernauditoffice.example")
    s1 = "Invitation to assessment centre - Audit Manager (Newly Qualified), Leeds"
    e1 = mail("Northern Audit Office Recruitment <no-reply@careers.northernauditoffice.example>", USER, s1, d1,
              text, html=html, msgid=m1, cte="quoted-printable",
              attach=[("assessment-centre.ics", cal.encode(), "text/calendar")])
    d2 = T(LON, 2026, 3, 26, 11, 17, "Thursday")
    her = ("Dear Fiona,\n\nThank you for the invitation - I'm pleased to confirm I will attend the assessment "
           "centre on Wednesday 8 April. No adjustments needed.\n\nKind regards,\nEleanor Whitworth")
    b2 = ("Dear Eleanor,\n\nThank you for confirming your place on the 8th. Please bring photo ID and your "
          "presentation on a USB stick (PowerPoint), and allow plenty of time - the day will finish around "
          "4.30pm.\n\nBest wishes,\nFiona\n\nFiona Baird | Resourcing Adviser | Northern Audit Office\n"
          "Wellington Place South, Leeds LS1 4AP | 0113 496 0288\n\n"
          "-----Original Message-----\nFrom: Eleanor Whitworth <" + USER + ">\n"
          "Sent: 25 March 2026 20:41\nTo: Fiona Baird <fiona.baird@northernauditoffice.example>\n"
          "Subject: Assessment centre 8 April - confirmation\n\n" + her + "\n")
    m2 = mid(case, 2, "northernauditoffice.example")
    e2 = mail("Fiona Baird <fiona.baird@northernauditoffice.example>", USER_ADDR,
              "RE: Assessment centre 8 April - confirmation", d2, b2, msgid=m2)
    add(case, [("01-assessment-centre-invitation.eml", e1), ("02-fiona-place-confirmed.eml", e2)],
        lab([iv("Northern Audit Office", "Audit Manager (Newly Qualified)", day, end, "scheduled", [],
                ["fiona.baird@northernauditoffice.example"], "onsite")],
            "hard", "positive/assessment-centre-all-day-ics",
            "Whole-day assessment centre with a panel interview; attached .ics is an all-day hold, times come "
            "from the timetable (09:00 welcome to 16:30 close, BST after 29 Mar). No-reply sender; follow-up to "
            "the named resourcing adviser."))


def c04():
    case = "b105-04-rescheduled-twice-forwarded-client-note"
    cal = "Callum Fraser <callum.fraser@ledgerline.example>"
    sig = ("Callum Fraser\nPrincipal Consultant - Finance & Accounting, Yorkshire\nLedgerline Recruitment\n"
           "Toronto Square, Leeds LS1 2HJ\nDDI 0113 496 0371 | Mob 07700 900652\n")
    s = "Kirkgate Private Bank - 2nd stage"
    d1 = T(LON, 2026, 3, 20, 11, 5, "Friday")
    b1 = ("Hi Eleanor\n\nGreat news - Kirkgate Private Bank want you back for a second stage for the Financial "
          "Reporting Accountant role. I've pencilled you in for Thursday 26th at 11am at their Park Row office "
          "with Marcus Hale (Head of Finance). Allow about an hour; it'll be a mix of technical and "
          "competency-based questions.\n\nLet me know that works.\n\nCheers\nCallum\n\n" + sig)
    m1 = mid(case, 1, "ledgerline.example")
    e1 = mail(cal, USER_ADDR, s, d1, b1, msgid=m1)
    d2 = T(LON, 2026, 3, 24, 15, 40, "Tuesday")
    b2 = ("Hi Eleanor\n\nSlight change - Marcus has a board meeting that's landed on Thursday morning, so "
          "they've asked if you could do Monday at half two instead (same place, same format). I've said that "
          "should be fine as you mentioned you're flexible - shout if not.\n\nCallum\n\n" + sig + "\n"
          "On 20 Mar 2026, at 11:05, Callum Fraser <callum.fraser@ledgerline.example> wrote:\n" + quote(b1) + "\n")
    m2 = mid(case, 2, "ledgerline.example")
    e2 = mail(cal, USER_ADDR, "RE: " + s, d2, b2, msgid=m2, irt=m1, refs=m1)
    d3 = T(LON, 2026, 3, 30, 8, 12, "Monday")
    lauren = ("Hi Callum,\n\nApologies for the late notice - Marcus is unwell and won't be in today, so we'll "
              "need to move Eleanor's interview from 2.30pm this afternoon. Could she do Wednesday 1 April at "
              "10.45am instead? Marcus will be back and Ruth Okafor (Financial Controller) will join him, so it "
              "will be a panel of two. Still an hour, still at 3 Park Row - ask for me at reception.\n\n"
              "Kind regards\nLauren\n\nLauren Pickles | HR Advisor | Kirkgate Private Bank\n"
              "3 Park Row, Leeds LS1 5HN | 0113 496 0517")
    b3 = ("Morning Eleanor\n\nSorry - one more move I'm afraid. Marcus is off ill today so they can't do this "
          "afternoon. See Lauren's note below: Wednesday at quarter to eleven with Marcus and Ruth. I've said "
          "yes on your behalf as you told me you're free all week, but ring me on my mobile if that's a "
          "problem.\n\nThird time lucky!\nCallum\n\n" + sig
          + outlook_quote("Lauren Pickles <lauren.pickles@kirkgatebank.example>", T(LON, 2026, 3, 30, 7, 58),
                          "Callum Fraser <callum.fraser@ledgerline.example>",
                          "Eleanor Whitworth - second stage interview", lauren,
                          cc="Marcus Hale <marcus.hale@kirkgatebank.example>; "
                             "Ruth Okafor <ruth.okafor@kirkgatebank.example>") + "\n")
    m3 = mid(case, 3, "ledgerline.example")
    e3 = mail(cal, USER_ADDR, "FW: Eleanor Whitworth - second stage interview", d3, b3, msgid=m3, irt=m2,
              refs=f"{m1} {m2}", cte="quoted-printable", extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    st = T(LON, 2026, 4, 1, 10, 45, "Wednesday")
    assert T(LON, 2026, 3, 30).strftime("%A") == "Monday"
    ppl = ["marcus.hale@kirkgatebank.example", "ruth.okafor@kirkgatebank.example"]
    add(case, [("01-callum-pencilled-thursday.eml", e1), ("02-callum-moved-to-monday-half-two.eml", e2),
               ("03-callum-fw-lauren-wednesday.eml", e3)],
        lab([iv("Kirkgate Private Bank", "Financial Reporting Accountant", st, st + timedelta(hours=1),
                "scheduled", ppl, ppl, "onsite")],
            "hard", "positive/reschedule-twice-forwarded",
            "Thu 26 Mar 11am (GMT) -> 'Monday at half two' (Mon 30 Mar, first BST day) -> forwarded client note: "
            "Wed 1 Apr 10.45 ('quarter to eleven'), BST, one hour, panel Marcus + Ruth (addresses in forwarded Cc)."))


def c05():
    case = "b105-05-dublin-teams-invite-cancelled-by-client"
    aoife = ("Aoife Brennan", "aoife.brennan@liffeypartners.example")
    cian = ("Cian Doyle", "cian.doyle@liffeypartners.example")
    sio = ("Siobhán Walsh", "siobhan.walsh@liffeypartners.example")
    st = T(DUB, 2026, 4, 16, 15, 0, "Thursday")
    en = st + timedelta(hours=1)
    url, tb = teams_block("318 447 902 615", "Xq7Lp2", "NmQ4ZTk2YjctYzFhNi00")
    when = "When: Thursday, 16 April 2026 15:00-16:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    body = ("Hi Eleanor,\n\nAs discussed on the phone, I've scheduled your video interview via Teams for the "
            "Senior Fund Accountant role. You'll be meeting Cian Doyle (Fund Accounting Manager) and Siobhán "
            "Walsh (Director, Financial Reporting). I'm just coordinating and won't be on the call.\n\n"
            "Best of luck,\nAoife\n\nAoife Brennan | Talent Acquisition Partner | Liffey Partners\n"
            "Harcourt Quay, Dublin 2, D02 X9K7 | +353 1 555 0142\n\n")
    desc = when + body + tb
    d1 = T(DUB, 2026, 4, 8, 10, 30, "Wednesday")
    uid = "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000F3A9C1D2E4B5A6978899AABBCCDDEEFF"
    subj = "Video interview - Eleanor Whitworth - Senior Fund Accountant"
    cal1 = exchange_ics("REQUEST", uid, aoife, [(USER_NAME, USER), cian, sio], subj, st, en, "GMT Standard Time",
                        VTZ_GMT_WIN, desc, "Microsoft Teams Meeting", d1, teams_url=url)
    html1 = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in desc.split("\n\n")) + "</body></html>"
    hdr = [("Thread-Topic", subj), ("Content-class", "urn:content-classes:calendarmessage"),
           ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    to = f"{USER_NAME} <{USER}>, Cian Doyle <{cian[1]}>, Siobhán Walsh <{sio[1]}>"
    e1 = mail(f"Aoife Brennan <{aoife[1]}>", to, subj, d1, desc, html=html1, msgid=mid(case, 1, "EUR02.prod.outlook.example"),
              cte="quoted-printable", extra=hdr, cal=cal1)
    d2 = T(DUB, 2026, 4, 14, 16, 5, "Tuesday")
    cbody = ("Hi Eleanor,\n\nI'm very sorry to do this at short notice, but the Senior Fund Accountant role has been "
             "put on hold following an internal restructure, so we need to cancel Thursday's interview. I'll be in "
             "touch directly if the position reopens.\n\nApologies again,\nAoife\n")
    cdesc = when.replace("\n\n*~*~*~*~*~*~*~*~*~*\n\n", "\n\n") + cbody
    cal2 = exchange_ics("CANCEL", uid, aoife, [(USER_NAME, USER), cian, sio], "Canceled: " + subj, st, en,
                        "GMT Standard Time", VTZ_GMT_WIN, cdesc, "Microsoft Teams Meeting", d2, sequence=1,
                        status="CANCELLED")
    e2 = mail(f"Aoife Brennan <{aoife[1]}>", to, "Canceled: " + subj, d2, cdesc, msgid=mid(case, 2, "EUR02.prod.outlook.example"),
              cte="quoted-printable", extra=hdr + [("Importance", "high")], cal=cal2, cal_method="CANCEL")
    ppl = [cian[1], sio[1]]
    add(case, [("01-teams-invite-video-interview.eml", e1), ("02-canceled-video-interview.eml", e2)],
        lab([iv("Liffey Partners", "Senior Fund Accountant", st, en, "cancelled", ppl, ppl, "onsite")],
            "medium", "positive/exchange-cancel-by-client",
            "Dublin (Irish Standard Time, +01:00) Teams invite with Windows TZID 'GMT Standard Time', cancelled "
            "by the client (METHOD:CANCEL, role on hold). Panel of two; coordinator not an interviewer."))


def c06():
    case = "b105-06-consultant-changes-agency-client-writes-directly"
    old = "Rachel Denby <rachel.denby@penninefinance.example>"
    new = "Rachel Denby <rachel.denby@northstarsearch.example>"
    d1 = T(LON, 2026, 4, 8, 14, 20, "Wednesday")
    b1 = ("Hi Eleanor,\n\nHope you had a nice Easter! Really good news - Coldharbour & Vane loved you at first "
          "stage and they'd like to see you again for a second stage video interview via Teams for the "
          "Management Accountant role. I've pencilled you in for Tuesday 21st at 11. It'll be with their "
          "Financial Controller; I'll send more details nearer the time.\n\nRachel\n\n"
          "Rachel Denby | Consultant | Pennine Finance Recruitment\nM: 07700 900731\n")
    m1 = mid(case, 1, "penninefinance.example")
    e1 = mail(old, USER_ADDR, "Coldharbour & Vane - second stage", d1, b1, msgid=m1,
              extra=[("X-Mailer", "Apple Mail (2.3774.600.62)")])
    d2 = T(LON, 2026, 4, 16, 9, 3, "Thursday")
    b2 = ("Hi Eleanor,\n\nJust a quick note to let you know I've moved on from Pennine and have joined Northstar "
          "Accountancy Search - please use this address from now on, as my old one will stop working on Friday.\n\n"
          "Coldharbour & Vane have asked to keep working with me, so nothing changes for you: your second stage "
          "is still Tuesday 21 April at 11am, 45 minutes via Teams, with Olu Adeyemi (Financial Controller). "
          "Their office manager, Harriet, will send you the link directly.\n\nSpeak soon,\nRachel\n\n"
          "Rachel Denby\nSenior Consultant | Northstar Accountancy Search\n"
          "1 Chapel Walks, Manchester M2 1HN\nM: 07700 900848 | northstarsearch.example\n")
    m2 = mid(case, 2, "northstarsearch.example")
    e2 = mail(new, USER_ADDR, "New email address - and your Coldharbour interview", d2, b2, msgid=m2)
    d3 = T(LON, 2026, 4, 17, 12, 30, "Friday")
    url, tb = teams_block("371 905 228 046", "hY4mT9", "ZTc1NGQ2ZjMtOGI2MS00")
    b3 = ("Dear Eleanor,\n\nRachel at Northstar has passed on your details. Please find below the Microsoft Teams "
          "link for your interview with Olu on Tuesday 21 April, 11:00-11:45 (UK time). Olu is copied in, so "
          "if anything changes on the day you can reply to us both.\n\nKind regards,\nHarriet\n\n"
          "Harriet Lowe\nOffice Manager\nColdharbour & Vane LLP\n14 Cloak Lane, London EC4R 2RU\n"
          "020 7946 0562\n\n" + tb + "\n")
    m3 = mid(case, 3, "coldharbourvane.example")
    e3 = mail("Harriet Lowe <harriet.lowe@coldharbourvane.example>", USER_ADDR,
              "Your interview on Tuesday - Teams link", d3, b3,
              cc="Olu Adeyemi <olu.adeyemi@coldharbourvane.example>", msgid=m3, cte="quoted-printable")
    st = T(LON, 2026, 4, 21, 11, 0, "Tuesday")
    o = ["olu.adeyemi@coldharbourvane.example"]
    add(case, [("01-rachel-pennine-second-stage.eml", e1), ("02-rachel-new-agency-address.eml", e2),
               ("03-client-harriet-teams-link.eml", e3)],
        lab([iv("Coldharbour & Vane LLP", "Management Accountant", st, st + timedelta(minutes=45), "scheduled",
                o, o, "hiring_manager")],
            "medium", "positive/agency-change-client-direct",
            "Consultant moves agency mid-process (new address), then the client's office manager writes directly "
            "with the Teams link and cc's the interviewer. London, BST."))


def c07():
    case = "b105-07-candidate-withdraws-ooo-autoreply"
    iain = "Iain McBride <iain.mcbride@saltirefinance.example>"
    sig = ("Iain McBride\nManager - Accountancy & Finance\nSaltire Finance Recruitment\n"
           "12 Melville Street, Edinburgh EH3 7NS\nT 0131 496 0804 | M 07700 900377\n")
    s = "Calton Hill Investment Partners - interview"
    d1 = T(LON, 2026, 4, 13, 10, 2, "Monday")
    b1 = ("Hi Eleanor,\n\nCalton Hill Investment Partners would like to see you for the Investment Accountant "
          "role! They've offered Friday 24th at midday - a video interview via Teams with Kirsty, their Head of "
          "Finance. Should last about an hour. Are you OK with that?\n\nIain\n\n" + sig)
    m1 = mid(case, 1, "saltirefinance.example")
    e1 = mail(iain, USER_ADDR, s, d1, b1, msgid=m1)
    d2 = T(LON, 2026, 4, 14, 15, 30, "Tuesday")
    b2 = ("Brilliant - that's confirmed with Calton Hill for Friday 24 April at 12 noon. I'll forward the Teams "
          "link once Kirsty's PA sends it over.\n\nIain\n\n" + sig + "\n"
          "On 14 Apr 2026, at 08:57, Eleanor Whitworth <" + USER + "> wrote:\n"
          + quote("Hi Iain, midday on Friday 24th is great, please confirm. Thanks! Eleanor") + "\n")
    m2 = mid(case, 2, "saltirefinance.example")
    e2 = mail(iain, USER_ADDR, "Re: " + s, d2, b2, msgid=m2, irt=m1, refs=m1)
    d3 = T(LON, 2026, 4, 21, 17, 48, "Tuesday")
    wsub = "Calton Hill - please withdraw me"
    b3 = ("Thank you for your email. I am out of the office until Thursday 23 April with limited access to email.\n\n"
          "For anything urgent please contact Morven Reid on morven.reid@saltirefinance.example or 0131 496 0811.\n\n"
          "Kind regards\nIain McBride\n")
    e3 = mail(iain, USER_ADDR, "Automatic reply: " + wsub, d3, b3, msgid=mid(case, 3, "saltirefinance.example"),
              irt=mid(case, 30, "example.com"),
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                     ("X-MS-Exchange-Inbox-Rules-Loop", "iain.mcbride@saltirefinance.example")])
    d4 = T(LON, 2026, 4, 23, 9, 10, "Thursday")
    her = ("Hi Iain,\n\nI'm really sorry to do this, but I've accepted an offer elsewhere this afternoon, so please "
           "could you withdraw me from Friday's interview with Calton Hill? Thank you for all your help.\n\n"
           "Eleanor")
    b4 = ("Hi Eleanor,\n\nSorry for the slow reply - just back in the office. Congratulations on the offer! I've let "
          "Calton Hill know and they've cancelled tomorrow's interview, no hard feelings at all.\n\n"
          "Keep in touch,\nIain\n\n" + sig + "\n"
          "On 21 Apr 2026, at 17:47, Eleanor Whitworth <" + USER + "> wrote:\n" + quote(her) + "\n")
    e4 = mail(iain, USER_ADDR, "Re: " + wsub, d4, b4, msgid=mid(case, 4, "saltirefinance.example"),
              irt=mid(case, 30, "example.com"), refs=mid(case, 30, "example.com"))
    st = T(LON, 2026, 4, 24, 12, 0, "Friday")
    add(case, [("01-iain-calton-hill-friday-midday.eml", e1), ("02-iain-confirmed-noon.eml", e2),
               ("03-automatic-reply-out-of-office.eml", e3), ("04-iain-cancelled-tomorrow.eml", e4)],
        lab([iv("Calton Hill Investment Partners", "Investment Accountant", st, st + timedelta(hours=1),
                "cancelled", [], ["iain.mcbride@saltirefinance.example"], "hiring_manager")],
            "hard", "positive/cancel-candidate-withdrawal",
            "Edinburgh video interview 'Friday 24th at midday' (~1h, BST) via agency; candidate withdraws, an "
            "out-of-office auto-reply sits in the thread, consultant confirms cancellation. Interviewer Kirsty has "
            "no address."))


def c08():
    case = "b105-08-phone-screen-then-second-stage-google-invite"
    am = ("Amira Haddad", "amira.haddad@deansgatemutual.example")
    gl = ("Gareth Lloyd", "gareth.lloyd@deansgatemutual.example")
    cb = ("Chloe Barnes", "chloe.barnes@deansgatemutual.example")
    sig = ("Amira Haddad\nTalent Partner | Deansgate Mutual\n88 Bridgewater Row, Manchester M3 4LZ\n"
           "Mobile 07700 900418\n")
    d1 = T(LON, 2026, 3, 5, 13, 30, "Thursday")
    s1 = "Finance Business Partner - telephone interview"
    b1 = ("Hi Eleanor,\n\nThank you for applying for our Finance Business Partner vacancy. I'd like to book a "
          "30-minute telephone interview with you as the first stage, on Monday 9 March at 4pm. I'll call you "
          "on the number on your CV - if that doesn't suit, just let me know a better time.\n\nMany thanks,\n\n" + sig)
    m1 = mid(case, 1, "deansgatemutual.example")
    e1 = mail(f"{am[0]} <{am[1]}>", USER_ADDR, s1, d1, b1, msgid=m1)
    d2 = T(LON, 2026, 3, 11, 10, 15, "Wednesday")
    st2 = T(LON, 2026, 3, 31, 9, 30, "Tuesday")
    en2 = T(LON, 2026, 3, 31, 11, 0)
    b2 = ("Hi Eleanor,\n\nThanks for speaking with me on Monday - I'm delighted to say we'd like to invite you to "
          "a second stage, face to face at our head office on Tuesday 31 March, 9.30am to 11am. It will be a "
          "competency-based interview with Gareth Lloyd (Head of FP&A) and Chloe Barnes (Finance Director), "
          "followed by a 15-minute presentation on 'what good business partnering looks like'. I won't be "
          "joining but I'll meet you at reception.\n\nA calendar invite is on its way.\n\n" + sig)
    m2 = mid(case, 2, "deansgatemutual.example")
    e2 = mail(f"{am[0]} <{am[1]}>", USER_ADDR, "Second stage - Finance Business Partner", d2, b2, msgid=m2)
    d3 = T(LON, 2026, 3, 11, 10, 18)
    title = "Second stage interview - Eleanor Whitworth - Finance Business Partner"
    loc = "Deansgate Mutual, 88 Bridgewater Row, Manchester M3 4LZ"
    gdesc = ("Competency-based interview with Gareth Lloyd and Chloe Barnes, followed by a 15-minute "
             "presentation. Please bring photo ID.")
    uid = "5q1c0v8m2kq7n4rj3t6b9e2d1f@google.com"
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
               "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + VTZ_LONDON_OLSON +
              ["BEGIN:VEVENT", f"DTSTART;TZID=Europe/London:{local(st2)}", f"DTEND;TZID=Europe/London:{local(en2)}",
               f"DTSTAMP:{zstamp(d3)}", f"ORGANIZER;CN={am[0]}:mailto:{am[1]}", f"UID:{uid}",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={am[0]};X-NUM-GUESTS=0:mailto:{am[1]}",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={gl[0]};X-NUM-GUESTS=0:mailto:{gl[1]}",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={cb[0]};X-NUM-GUESTS=0:mailto:{cb[1]}",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={USER};X-NUM-GUESTS=0:mailto:{USER}",
               f"CREATED:{zstamp(d3)}", f"DESCRIPTION:{esc(gdesc)}", f"LAST-MODIFIED:{zstamp(d3)}",
               f"LOCATION:{esc(loc)}", "SEQUENCE:0", "STATUS:CONFIRMED", f"SUMMARY:{esc(title)}",
               "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    when = "Tuesday 31 Mar 2026 ⋅ 9:30am – 11am (United Kingdom Time)"
    gtext = (f"{title}\n{when}\n{loc}\n\nOrganiser\n{am[0]}\n{am[1]}\n\nGuests\n{am[0]} - organiser\n{am[1]}\n"
             f"{gl[0]}\n{gl[1]}\n{cb[0]}\n{cb[1]}\n{USER}\n\n{gdesc}\n\n"
             "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
             "You are receiving this email because you are an attendee on the event.\n")
    ghtml = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in gtext.split("\n\n")) + "</body></html>"
    e3 = mail(f"{am[0]} <{am[1]}>", USER, f"Invitation: {title} @ Tue 31 Mar 2026 9:30am - 11am (BST) ({USER})",
              d3, gtext, html=ghtml, cte="base64", reply_to=f"{am[0]} <{am[1]}>",
              sender="Google Calendar <calendar-notification@google.com>",
              msgid="<calendar-7f3b2a10-5c4e-4b7d-9a61-2e8c0d4f1b93@google.com>", cal=cal,
              attach=[("invite.ics", cal.encode(), "application/ics")])
    st1 = T(LON, 2026, 3, 9, 16, 0, "Monday")
    add(case, [("01-amira-telephone-interview.eml", e1), ("02-amira-second-stage.eml", e2),
               ("03-invitation-second-stage.eml", e3)],
        lab([iv("Deansgate Mutual", "Finance Business Partner", st1, st1 + timedelta(minutes=30), "scheduled",
                [am[1]], [am[1]], "phone_screen"),
             iv("Deansgate Mutual", "Finance Business Partner", st2, en2, "scheduled", [gl[1], cb[1]],
                [gl[1], cb[1]], "onsite")],
            "hard", "positive/two-interviews",
            "Two interviews in one case: recruiter phone screen Mon 9 Mar 4pm GMT (recruiter is the interviewer) and "
            "a second stage Tue 31 Mar 9:30-11:00 BST via Google invite sent while still GMT."))


def c09():
    case = "b105-09-agency-email-plus-gcal-json"
    d1 = T(LON, 2026, 4, 30, 16, 50, "Thursday")
    b1 = ("Hi Eleanor\n\nHarewood Lane have been in touch - they'd like to see you Wednesday at 2 for the Audit "
          "Assistant Manager role (Monday's a bank holiday, so they've gone for midweek). It's their technical "
          "interview: they'll give you a short case study on revenue recognition to talk through with Jonathan "
          "Mercer (Audit Partner) and Emily Shaw (Senior Manager). Roughly an hour and a half. Emily will send "
          "you a calendar invite.\n\nI've said yes provisionally - shout if that's an issue.\n\nPriyanka\n\n"
          "Priyanka Shah\nAssociate Director | Broad Oak Search\nPlatform, New Station Street, Leeds LS1 4JB\n"
          "M: 07700 900129\n")
    e1 = mail("Priyanka Shah <priyanka.shah@broadoaksearch.example>", USER_ADDR,
              "Harewood Lane - technical interview Weds", d1, b1, msgid=mid(case, 1, "broadoaksearch.example"),
              extra=[("X-Mailer", "iPhone Mail (22E240)")])
    st = T(LON, 2026, 5, 6, 14, 0, "Wednesday")
    en = T(LON, 2026, 5, 6, 15, 30)
    ev = {
        "kind": "calendar#event", "etag": "\"3441870126458000\"", "id": "4hk2v9rj1sd8ct0mq6pe3lb7ao",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=NGhrMnY5cmoxc2Q4Y3QwbXE2cGUzbGI3YW8gZWxlYW5vcg",
        "created": "2026-05-01T08:41:02.000Z", "updated": "2026-05-01T09:02:03.229Z",
        "summary": "Technical interview - Eleanor Whitworth (Audit Assistant Manager)",
        "description": "Revenue recognition case study (15 mins prep on arrival), then discussion with Jonathan "
                       "and Emily. Candidate introduced by Broad Oak Search.",
        "location": "Harewood Lane Accountants, 14 Infirmary Mews, Leeds LS1 2QT",
        "creator": {"email": "emily.shaw@harewoodlane.example", "displayName": "Emily Shaw"},
        "organizer": {"email": "emily.shaw@harewoodlane.example", "displayName": "Emily Shaw"},
        "start": {"dateTime": iso(st), "timeZone": "Europe/London"},
        "end": {"dateTime": iso(en), "timeZone": "Europe/London"},
        "iCalUID": "4hk2v9rj1sd8ct0mq6pe3lb7ao@google.com", "sequence": 0,
        "attendees": [
            {"email": "emily.shaw@harewoodlane.example", "displayName": "Emily Shaw", "organizer": True,
             "responseStatus": "accepted"},
            {"email": "jonathan.mercer@harewoodlane.example", "displayName": "Jonathan Mercer",
             "responseStatus": "accepted"},
            {"email": USER, "self": True, "responseStatus": "accepted"}],
        "reminders": {"useDefault": True}, "eventType": "default"}
    ppl = ["jonathan.mercer@harewoodlane.example", "emily.shaw@harewoodlane.example"]
    add(case, [("01-priyanka-wednesday-at-2.eml", e1),
               ("02-technical-interview.gcal.json", (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode())],
        lab([iv("Harewood Lane Accountants", "Audit Assistant Manager", st, en, "scheduled", ppl, ppl, "technical")],
            "medium", "positive/dedupe-email-and-gcal-json",
            "Agency 'Wednesday at 2' (sent Thu 30 Apr -> Wed 6 May, BST) plus the client's Calendar API event for "
            "the same interview (one interview). Organizer Emily also interviews."))


def c10():
    case = "b105-10-dublin-standalone-outlook-ics-14h"
    d1 = T(DUB, 2026, 5, 6, 11, 20, "Wednesday")
    b1 = ("Hi Eleanor,\n\nGrand Canal Fund Services have confirmed Tuesday 12th at 14h Irish time (so 2pm - "
          "Camille is French and writes her times that way!). It's a Teams video interview for the Financial "
          "Reporting Senior role with Camille Roussel (Head of Financial Reporting) and Conor Byrne (Fund "
          "Controller), and it'll run for an hour. Camille's invite is attached.\n\nAll the best,\nDarragh\n\n"
          "Darragh Quinn\nSenior Recruitment Consultant | Ha'penny Bridge Recruitment\n"
          "Ormond Quay Upper, Dublin 7 | +353 87 555 0193\n")
    e1 = mail("Darragh Quinn <darragh.quinn@hapennyrecruit.example>", USER_ADDR,
              "Grand Canal FS - Tuesday confirmed", d1, b1, msgid=mid(case, 1, "hapennyrecruit.example"))
    st = T(DUB, 2026, 5, 12, 14, 0, "Tuesday")
    en = st + timedelta(hours=1)
    cam = ("Camille Roussel", "camille.roussel@grandcanalfs.example")
    con = ("Conor Byrne", "conor.byrne@grandcanalfs.example")
    url, tb = teams_block("356 120 884 731", "Rb3sQe", "OGFlYzU1ZDEtNzI0Zi00")
    desc = ("Bonjour Eleanor,\n\nEntretien / interview - Financial Reporting Senior - mardi 12 mai, 14h-15h (heure "
            "de Dublin). With Camille Roussel (Head of Financial Reporting) and Conor Byrne (Fund Controller).\n\n"
            "À mardi,\nCamille\n\n" + tb)
    cal = exchange_ics("REQUEST", "040000008200E00074C5B7101A82E0080000000071C4D2E9A6E0DC0100000000000000001000000088AB12CD34EF5678",
                       cam, [(USER_NAME, USER), con], "Interview: Eleanor Whitworth - Financial Reporting Senior",
                       st, en, "GMT Standard Time", VTZ_GMT_WIN, desc, "Microsoft Teams Meeting",
                       T(DUB, 2026, 5, 6, 10, 2), teams_url=url)
    ppl = [cam[1], con[1]]
    add(case, [("01-darragh-tuesday-14h.eml", e1), ("02-interview-grand-canal.ics", cal.encode())],
        lab([iv("Grand Canal Fund Services", "Financial Reporting Senior", st, en, "scheduled", ppl, ppl, "onsite")],
            "medium", "positive/standalone-ics-dublin",
            "Dublin agency mail ('14h Irish time') + standalone Outlook .ics with TZID 'GMT Standard Time' in May "
            "(Irish Standard Time +01:00). Panel of two."))


def c11():
    case = "b105-11-edinburgh-public-body-half-past-ten"
    lorna = "Lorna Mackie <lorna.mackie@forthpensions.example>"
    d1 = T(LON, 2026, 5, 5, 11, 40, "Tuesday")
    s1 = "Invitation to interview - Pensions Accountant (FPA/26/031)"
    b1 = ("Dear Ms Whitworth\n\nPensions Accountant (FPA/26/031)\n\nThank you for your recent application. I am "
          "pleased to invite you to interview on Thursday 14 May 2026 at half past ten. The interview will last "
          "approximately 45 minutes and will be held at our offices at 2 Canonmills Yard, Edinburgh EH3 5LQ.\n\n"
          "The panel will consist of Alasdair Kerr, Head of Investment Accounting, and Morag Dunlop, HR Business "
          "Partner. You will be asked to give a short presentation (no more than 10 minutes) on the topic: "
          "\"The main risks in a pension fund's year-end accounts and how you would address them\".\n\n"
          "Please confirm your attendance by replying to this email.\n\nYours sincerely\n\nLorna Mackie\n"
          "Recruitment Officer\nForth Pensions Authority\nTel: 0131 496 0327\n")
    m1 = mid(case, 1, "forthpensions.example")
    html1 = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in b1.split("\n\n")) + "</body></html>"
    e1 = mail(lorna, USER_ADDR, s1, d1, b1, html=html1, msgid=m1, cte="quoted-printable")
    d2 = T(LON, 2026, 5, 6, 9, 5, "Wednesday")
    her = ("Dear Lorna,\n\nThank you for the invitation. I'm pleased to confirm I will attend the interview on "
           "Thursday 14 May at 10.30am.\n\nKind regards\nEleanor Whitworth")
    b2 = ("Dear Eleanor\n\nThank you - that's you confirmed for 10.30am on Thursday 14 May. Please report to "
          "reception about 10 minutes early and bring a form of photo ID. A laptop and screen will be available "
          "for your presentation.\n\nKind regards\nLorna\n\nLorna Mackie | Recruitment Officer | "
          "Forth Pensions Authority\n\n"
          + outlook_quote(USER_ADDR, T(LON, 2026, 5, 5, 18, 22), lorna, "RE: " + s1, her) + "\n")
    e2 = mail(lorna, USER_ADDR, "RE: " + s1, d2, b2, msgid=mid(case, 2, "forthpensions.example"), irt=m1, refs=m1,
              cte="quoted-printable")
    st = T(LON, 2026, 5, 14, 10, 30, "Thursday")
    add(case, [("01-invitation-to-interview.eml", e1), ("02-lorna-confirmed.eml", e2)],
        lab([iv("Forth Pensions Authority", "Pensions Accountant", st, st + timedelta(minutes=45), "scheduled", [],
                ["lorna.mackie@forthpensions.example"], "onsite")],
            "easy", "positive/public-body-letter-qp",
            "Formal invitation 'at half past ten' (quoted-printable, text+html), ~45 min, panel without addresses; "
            "follow-up to the recruitment officer."))


def c12():
    case = "b105-12-agency-offers-two-slots-candidate-picks"
    oli = "Oliver Penhaligon <oliver.penhaligon@kestlebarton.example>"
    sig = ("Oliver Penhaligon\nConsultant | Kestle Barton Recruitment\n"
           "3 Finsbury Yard, London EC2A 4NQ | 020 7946 0288 | 07700 900962\n")
    s = "Brackenbury Holdings - interview slots"
    d1 = T(LON, 2026, 4, 29, 17, 5, "Wednesday")
    b1 = ("Hi Eleanor,\n\nBrackenbury Holdings would like to meet you for the Group Reporting Accountant role. "
          "They've offered two slots:\n\n - Mon 11 May, 3pm\n - Tue 12 May, 9am\n\nBoth face to face at their "
          "Moorgate office. Let me know which suits and I'll confirm.\n\nThanks,\nOliver\n\n" + sig)
    m1 = mid(case, 1, "kestlebarton.example")
    e1 = mail(oli, USER_ADDR, s, d1, b1, msgid=m1)
    d2 = T(LON, 2026, 4, 30, 8, 47, "Thursday")
    b2 = ("Confirmed - Tuesday 12 May, 9am sharp, at 17 Founders Court, London EC2R 7HJ. You'll meet Hugo Lennox, "
          "their Group Financial Controller. Allow an hour.\n\nOliver\n\nSent from my iPhone\n\n"
          "> On 29 Apr 2026, at 21:14, Eleanor Whitworth <" + USER + "> wrote:\n>\n"
          "> Hi Oliver, Tuesday 12th at 9 works best for me - the Monday would be a rush from Manchester. "
          "Thanks, Eleanor\n>\n"
          "> On 29 Apr 2026, at 17:05, Oliver Penhaligon <oliver.penhaligon@kestlebarton.example> wrote:\n"
          + quote(quote(b1.split("\n\nThanks,")[0]).replace("> ", "", 0)) + "\n")
    e2 = mail(oli, USER_ADDR, "Re: " + s, d2, b2, msgid=mid(case, 2, "kestlebarton.example"), irt=m1, refs=m1,
              extra=[("X-Mailer", "iPhone Mail (22E240)")])
    st = T(LON, 2026, 5, 12, 9, 0, "Tuesday")
    assert T(LON, 2026, 5, 11).strftime("%A") == "Monday"
    add(case, [("01-oliver-two-slots.eml", e1), ("02-oliver-confirmed-tuesday-9am-sharp.eml", e2)],
        lab([iv("Brackenbury Holdings plc", "Group Reporting Accountant", st, st + timedelta(hours=1), "scheduled",
                [], ["oliver.penhaligon@kestlebarton.example"], "hiring_manager")],
            "medium", "positive/thread-propose-confirm",
            "Two offered slots (Mon 11 May 3pm / Tue 12 May 9am); candidate's choice is only in quoted text; "
            "consultant confirms 'Tuesday 12 May, 9am sharp' (London, BST), an hour."))


def c13():
    case = "b105-13-singapore-recruiter-exchange-invite"
    wl = ("Tan Wei Ling", "weiling.tan@harbourglobal.example")
    da = ("Daniel Ashby", "daniel.ashby@harbourglobal.example")
    d1 = T(SGP, 2026, 5, 4, 15, 12, "Monday")
    b1 = ("Dear Eleanor,\n\nThank you for your time on the phone earlier. As discussed, I have set up your video "
          "interview for the Regulatory Reporting Associate position with Daniel Ashby, VP Regulatory Reporting "
          "(based in our London office), for Thursday 7 May at 9.30am UK time (4.30pm here in Singapore). The "
          "interview will last one hour. You will receive a Teams invitation shortly.\n\nBest regards,\n"
          "Wei Ling\n\nTan Wei Ling | Talent Acquisition, EMEA & APAC | Harbour Global Bank\n"
          "Marina Boulevard, Singapore 018981 | +65 6555 0148\n")
    e1 = mail(f"{wl[0]} <{wl[1]}>", USER_ADDR, "Video interview - Regulatory Reporting Associate", d1, b1,
              msgid=mid(case, 1, "APCP153.prod.outlook.example"))
    st = T(SGP, 2026, 5, 7, 16, 30, "Thursday")
    en = st + timedelta(hours=1)
    assert st.astimezone(LON).hour == 9 and st.astimezone(LON).minute == 30
    d2 = T(SGP, 2026, 5, 4, 15, 20)
    url, tb = teams_block("412 688 039 517", "Wn8kVz", "YjJmOTg0MzEtNDVlZC00")
    when = ("When: Thursday, 7 May 2026 4:30 PM-5:30 PM (UTC+08:00) Kuala Lumpur, Singapore.\n"
            "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n")
    desc = when + ("Video interview - Eleanor Whitworth - Regulatory Reporting Associate\n"
                   "Interviewer: Daniel Ashby (VP, Regulatory Reporting, London). 9:30-10:30 London time.\n\n" + tb)
    subj = "Eleanor Whitworth / Daniel Ashby - Regulatory Reporting Associate interview"
    cal = exchange_ics("REQUEST", "040000008200E00074C5B7101A82E00800000000C9D8E7F6A5B4DC01000000000000000010000000AB34CD56EF78AB90",
                       wl, [(USER_NAME, USER), da], subj, st, en, "Singapore Standard Time", VTZ_SGP_WIN, desc,
                       "Microsoft Teams Meeting", d2, teams_url=url)
    html = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in desc.split("\n\n")) + "</body></html>"
    e2 = mail(f"{wl[0]} <{wl[1]}>", f"{USER_NAME} <{USER}>, {da[0]} <{da[1]}>", subj, d2, desc, html=html,
              msgid=mid(case, 2, "APCP153.prod.outlook.example"), cte="quoted-printable",
              extra=[("Content-class", "urn:content-classes:calendarmessage")], cal=cal)
    add(case, [("01-weiling-following-our-call.eml", e1), ("02-teams-invite-singapore-tz.eml", e2)],
        lab([iv("Harbour Global Bank", "Regulatory Reporting Associate", st, en, "scheduled", [da[1]], [da[1]],
                "hiring_manager")],
            "medium", "positive/exchange-foreign-timezone",
            "Singapore-based recruiter; Exchange invite in 'Singapore Standard Time' 16:30-17:30 (+08:00) = 09:30 "
            "BST; coordinator not on the call."))


# ================================================================== NEGATIVES
def c14():
    case = "b105-14-agency-registration-interview-catch-up-call"
    so = ("Sophie Marsh", "sophie.marsh@redbrickfinance.example")
    d1 = T(LON, 2026, 3, 9, 11, 0, "Monday")
    b1 = ("Hi Eleanor,\n\nThanks for registering with Redbrick Finance Recruitment and congratulations on "
          "qualifying! Before I put you forward for any roles I like to have a quick registration interview with "
          "every candidate - really just a 30-minute catch-up call about your CV, what you're looking for next, "
          "salary expectations and notice period. It's informal, nothing to prepare.\n\nI've pencilled you in for "
          "Thursday at 4.30pm and I'll give you a ring on your mobile. I'll send a calendar invite so it's in "
          "your diary.\n\nSpeak Thursday!\nSophie\n\nSophie Marsh\nRecruitment Consultant - Newly Qualified "
          "Accountants\nRedbrick Finance Recruitment | 0161 496 0650 | 07700 900287\n")
    e1 = mail(f"{so[0]} <{so[1]}>", USER_ADDR, "Registration interview - Redbrick Finance", d1, b1,
              msgid=mid(case, 1, "redbrickfinance.example"))
    st = T(LON, 2026, 3, 12, 16, 30, "Thursday")
    en = st + timedelta(minutes=30)
    desc = ("When: Thursday, 12 March 2026 16:30-17:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
            "Where: Phone - Sophie to call Eleanor\n\n*~*~*~*~*~*~*~*~*~*\n\nRegistration call: CV, target roles, "
            "salary, availability. No client involved at this stage.")
    subj = "Catch-up call: Eleanor Whitworth / Sophie Marsh (CV & registration)"
    d2 = T(LON, 2026, 3, 9, 11, 4)
    cal = exchange_ics("REQUEST", "040000008200E00074C5B7101A82E00800000000AA11BB22CC33DC0100000000000000001000000012EF34AB56CD7890",
                       so, [(USER_NAME, USER)], subj, st, en, "GMT Standard Time", VTZ_GMT_WIN, desc,
                       "Phone - Sophie to call Eleanor", d2)
    e2 = mail(f"{so[0]} <{so[1]}>", USER_ADDR, subj, d2, desc, msgid=mid(case, 2, "redbrickfinance.example"),
              extra=[("Content-class", "urn:content-classes:calendarmessage")], cal=cal)
    add(case, [("01-sophie-registration-interview.eml", e1), ("02-catch-up-call-invite.eml", e2)],
        lab([], "hard", "negative/agency-registration-call",
            "Agency 'registration interview' = catch-up call with the consultant about her CV before any client "
            "is involved; not a live step in an employer's hiring process for a role (like recruiter outreach / "
            "coaching), so not an interview under the README rules."))


def c15():
    case = "b105-15-professional-exam-booking"
    d1 = T(LON, 2026, 3, 2, 8, 15, "Monday")
    st = T(LON, 2026, 3, 17, 13, 30, "Tuesday")
    b1 = ("Dear Eleanor Whitworth\n\nCandidate number: 7741 2290\n\nYour exam booking is confirmed.\n\n"
          "Exam: Advanced Data Analytics Certificate - Module 2 (computer-based)\n"
          "Date: Tuesday 17 March 2026\nStart time: 13:30 (please arrive 30 minutes before your scheduled start "
          "for ID checks)\nDuration: 2 hours 30 minutes\n"
          "Test centre: TestHub Manchester Piccadilly, 2nd Floor, 40 Aytoun Place, Manchester M1 3BN\n\n"
          "To reschedule or cancel your exam, log in to your CIAP student account at least 72 hours before your "
          "exam. Candidates who arrive late may not be admitted.\n\n"
          "Chartered Institute of Accounting Professionals - Student Services\n"
          "This is an automated message, please do not reply.\n")
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//TestHub//Booking//EN", "VERSION:2.0", "METHOD:PUBLISH",
               "BEGIN:VEVENT", "UID:th-77412290-20260317@testhub.example", f"DTSTAMP:{zstamp(d1)}",
               f"DTSTART:{zstamp(st)}", f"DTEND:{zstamp(st + timedelta(minutes=150))}",
               "SUMMARY:CIAP exam - Advanced Data Analytics Module 2",
               "LOCATION:" + esc("TestHub Manchester Piccadilly, 2nd Floor, 40 Aytoun Place, Manchester M1 3BN"),
               "DESCRIPTION:Candidate 7741 2290. Arrive 30 minutes early with photo ID.", "END:VEVENT",
               "END:VCALENDAR"])
    e1 = mail("CIAP Student Services <exams-noreply@ciap.example>", USER,
              "Exam booking confirmed - Advanced Data Analytics Certificate, 17 March 2026", d1, b1,
              msgid=mid(case, 1, "ciap.example"), attach=[("exam-booking.ics", cal.encode(), "text/calendar")])
    add(case, [("01-exam-booking-confirmed.eml", e1)],
        lab([], "medium", "negative/exam-booking",
            "Professional body exam booking with a test-centre .ics (candidate number, scheduled start); not an "
            "interview."))


def c16():
    case = "b105-16-current-job-audit-client-walkthroughs"
    je = ("Jessica Thornley", "jessica.thornley@whitfieldbrook.example")
    st = T(LON, 2026, 3, 24, 10, 0, "Tuesday")
    en = T(LON, 2026, 3, 24, 12, 30)
    d1 = T(LON, 2026, 3, 18, 17, 22, "Wednesday")
    desc = ("When: Tuesday, 24 March 2026 10:00-12:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
            "Where: Oakmere Foods, Unit 4 Meadowbank Park, Stockport SK4 2LP\n\n*~*~*~*~*~*~*~*~*~*\n\n"
            "Eleanor - please lead the revenue and payroll walkthroughs. We'll be interviewing the FD (Paul "
            "Garside) and the payroll manager about key controls, then meeting the credit controller. Bring the "
            "planning memo and the ITGC questionnaire. Candidate list for the new AP clerk role is NOT our concern "
            "- the client asked, but please don't get drawn in.\n\nJess\n\nJessica Thornley | Audit Manager | "
            "Whitfield Brook LLP")
    subj = "Oakmere Foods YE26 - walkthroughs & controls interviews with client finance team"
    cal = exchange_ics("REQUEST", "040000008200E00074C5B7101A82E0080000000055AA66BB77CCDC0100000000000000001000000099DE88CF77BA6655",
                       je, [(USER_NAME, USER), ("Sam Ogden", "sam.ogden@whitfieldbrook.example")], subj, st, en,
                       "GMT Standard Time", VTZ_GMT_WIN, desc, "Oakmere Foods, Stockport", d1)
    e1 = mail(f"{je[0]} <{je[1]}>", f"{USER_NAME} <eleanor.whitworth@whitfieldbrook.example>, Sam Ogden "
              "<sam.ogden@whitfieldbrook.example>", subj, d1, desc, msgid=mid(case, 1, "whitfieldbrook.example"),
              extra=[("Content-class", "urn:content-classes:calendarmessage")], cal=cal,
              delivered=USER)
    add(case, [("01-oakmere-walkthroughs-invite.eml", e1)],
        lab([], "hard", "negative/work-meeting-audit-client",
            "Meeting at her current employer (forwarded to her personal mailbox): she interviews the audit client's "
            "FD about controls. User is the auditor, not a candidate."))


def c17():
    case = "b105-17-mortgage-fact-find-appointment"
    d1 = T(LON, 2026, 3, 27, 12, 5, "Friday")
    st = T(LON, 2026, 4, 2, 18, 0, "Thursday")
    html = ("<html><body style=\"font-family:Helvetica,Arial\"><h2>Your mortgage appointment is booked</h2>"
            "<p>Hi Eleanor,</p><p>Thanks for choosing Hearthstone Mortgages. Your initial mortgage interview (we "
            "call it a &lsquo;fact find&rsquo;) with your adviser <b>Mark Ellison</b> is confirmed for "
            "<b>Thursday 2 April at 6pm</b> by video call. It usually takes about an hour.</p>"
            "<p>Please have ready: your last three payslips, P60, three months of bank statements and details of "
            "your new role and salary if you're changing jobs - lenders will ask about your employment "
            "status and any probation period.</p>"
            "<p><a href=\"https://book.hearthstonemortgages.example/manage/ab73\">Reschedule or cancel</a></p>"
            "<p>Hearthstone Mortgages Ltd is authorised and regulated by the Financial Conduct Authority. Your home "
            "may be repossessed if you do not keep up repayments on your mortgage.</p></body></html>")
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Hearthstone//Appointments//EN", "VERSION:2.0", "METHOD:REQUEST",
               "BEGIN:VEVENT", "UID:hs-appt-ab73@hearthstonemortgages.example", f"DTSTAMP:{zstamp(d1)}",
               f"DTSTART:{zstamp(st)}", f"DTEND:{zstamp(st + timedelta(hours=1))}",
               "SUMMARY:Mortgage appointment (fact find) - Mark Ellison",
               "ORGANIZER;CN=Mark Ellison:mailto:mark.ellison@hearthstonemortgages.example",
               f"ATTENDEE;CN={USER_NAME};RSVP=TRUE:mailto:{USER}", "LOCATION:Video call",
               "END:VEVENT", "END:VCALENDAR"])
    e1 = mail("Hearthstone Mortgages <appointments@hearthstonemortgages.example>", USER,
              "Your mortgage appointment - Thursday 2 April, 6pm", d1, None, html=html,
              reply_to="Mark Ellison <mark.ellison@hearthstonemortgages.example>",
              msgid=mid(case, 1, "hearthstonemortgages.example"),
              attach=[("appointment.ics", cal.encode(), "text/calendar")])
    add(case, [("01-mortgage-appointment-booked.eml", e1)],
        lab([], "medium", "negative/mortgage-appointment",
            "Mortgage 'initial interview / fact find' with an adviser, mentions new role and employment; not a job "
            "interview."))


def c18():
    case = "b105-18-rejection-after-interview"
    d1 = T(LON, 2026, 4, 17, 14, 22, "Friday")
    b1 = ("Hi Eleanor\n\nThanks again for attending the interview at Sandbach Lowe on Tuesday. I've just had "
          "feedback from Helen: they really liked your technical answers and thought you interviewed well, but "
          "unfortunately they've decided to go with a candidate who has more industry experience, so they won't "
          "be progressing you to the next stage.\n\nI know that's disappointing. I've got a couple of other "
          "roles that I think would suit you well - are you free for a quick call on Monday at 10 to run through "
          "them?\n\nCallum\n\nCallum Fraser\nPrincipal Consultant - Finance & Accounting, Yorkshire\n"
          "Ledgerline Recruitment | DDI 0113 496 0371 | Mob 07700 900652\n")
    e1 = mail("Callum Fraser <callum.fraser@ledgerline.example>", USER_ADDR, "Sandbach Lowe - feedback", d1, b1,
              msgid=mid(case, 1, "ledgerline.example"))
    add(case, [("01-callum-sandbach-lowe-feedback.eml", e1)],
        lab([], "medium", "negative/rejection-after-interview",
            "Agency rejection after a past interview; the proposed 'call on Monday at 10' is with the consultant "
            "about other roles, not an interview."))


def c19():
    case = "b105-19-agency-job-alert-html"
    d1 = T(LON, 2026, 4, 13, 7, 0, "Monday")
    jobs = [("Newly Qualified Audit Senior", "Manchester", "£47,000 - £52,000", "Client interviewing w/c 20 April"),
            ("Assistant Financial Controller", "Leeds", "£55,000 + bonus", "Interviews this Thursday - apply today"),
            ("Financial Accountant (NQ ACA/ACCA)", "Salford Quays", "£50,000", "Telephone interview then second stage"),
            ("Technical Accounting Manager", "Edinburgh / hybrid", "£62,000", "Candidate shortlist closes Friday")]
    rows = "".join(f"<tr><td style=\"padding:12px;border-bottom:1px solid #ddd\"><a href=\"https://www.mfcareers.example/job/{i}\">"
                   f"<b>{t}</b></a><br>{l} | {s}<br><i>{n}</i></td></tr>" for i, (t, l, s, n) in enumerate(jobs, 4101))
    html = ("<html><body><table width=\"600\" style=\"font-family:Arial\"><tr><td><h2>4 new jobs match your search "
            "\"qualified accountant Manchester\"</h2><p>Hi Eleanor, here are this week's new roles. Our consultants "
            "can schedule an interview for you within days - just hit apply.</p></td></tr>" + rows +
            "<tr><td style=\"font-size:11px;color:#888\">You are receiving this job alert from Manchester Finance "
            "Careers because you signed up at mfcareers.example. <a href=\"https://www.mfcareers.example/alerts/"
            "unsubscribe?u=8812\">Unsubscribe</a></td></tr></table></body></html>")
    e1 = mail("Manchester Finance Careers <jobs@alerts.mfcareers.example>", USER,
              "4 new jobs for you: Newly Qualified Audit Senior and more", d1, None, html=html,
              msgid=mid(case, 1, "alerts.mfcareers.example"),
              extra=[("List-Unsubscribe", "<https://www.mfcareers.example/alerts/unsubscribe?u=8812>"),
                     ("Precedence", "bulk")])
    add(case, [("01-job-alert.eml", e1)],
        lab([], "easy", "negative/job-alert", "Agency job alert (HTML only) full of interview wording; no interview."))


def c20():
    case = "b105-20-availability-request-never-confirmed"
    ben = "Ben Whitaker <ben.whitaker@broadoaksearch.example>"
    s = "Castlefield Energy - first stage interview - availability?"
    d1 = T(LON, 2026, 4, 7, 10, 5, "Tuesday")
    b1 = ("Hi Eleanor\n\nCastlefield Energy would like to arrange a first stage interview for the Commercial "
          "Finance Analyst role - a video interview with the Finance Manager, about 45 minutes. Could you send me "
          "your availability for next week? They're flexible Tuesday to Thursday.\n\nThanks\nBen\n\n"
          "Ben Whitaker | Consultant | Broad Oak Search | 07700 900556\n")
    m1 = mid(case, 1, "broadoaksearch.example")
    e1 = mail(ben, USER_ADDR, s, d1, b1, msgid=m1)
    d2 = T(LON, 2026, 4, 7, 16, 40)
    her = ("Hi Ben, thanks! Next week I could do Tuesday afternoon (any time after 2pm) or Thursday morning "
           "before 11. Eleanor")
    b2 = ("Thanks Eleanor - I've passed Tuesday afternoon and Thursday morning over to Castlefield. I'll come back "
          "to you as soon as they confirm a time.\n\nBen\n\n"
          "On Tue, 7 Apr 2026 at 13:12, Eleanor Whitworth <" + USER + "> wrote:\n" + quote(her) + "\n")
    e2 = mail(ben, USER_ADDR, "Re: " + s, d2, b2, msgid=mid(case, 2, "broadoaksearch.example"), irt=m1, refs=m1)
    add(case, [("01-ben-availability-request.eml", e1), ("02-ben-passed-on-slots.eml", e2)],
        lab([], "hard", "negative/availability-request",
            "Agency asks for availability; candidate offers windows; no time is ever confirmed."))


def c21():
    case = "b105-21-user-on-trainee-interview-panel"
    gr = ("Whitfield Brook Graduate Recruitment", "graduates@whitfieldbrook.example")
    st = T(LON, 2026, 4, 22, 13, 30, "Wednesday")
    en = T(LON, 2026, 4, 22, 17, 0)
    d1 = T(LON, 2026, 4, 9, 9, 30, "Thursday")
    desc = ("When: Wednesday, 22 April 2026 13:30-17:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
            "Where: Manchester office - Meeting Room 4.02\n\n*~*~*~*~*~*~*~*~*~*\n\n"
            "Hi Eleanor,\n\nThank you for volunteering to interview for our September 2026 ACA trainee intake. "
            "You'll be paired with Raj Patel (Audit Manager) to run competency-based interviews with four "
            "candidates (45 minutes each, with scoring time in between). Candidate packs and the scoring guide "
            "will be sent on Monday - please don't share them outside the panel.\n\nMany thanks,\nHannah Cole\n"
            "Graduate Recruitment Manager, Whitfield Brook LLP")
    subj = "ACA trainee interviews - panel: Eleanor Whitworth & Raj Patel"
    cal = exchange_ics("REQUEST", "040000008200E00074C5B7101A82E00800000000DD44EE55FF66DC0100000000000000001000000011AA22BB33CC44DD",
                       gr, [(USER_NAME, USER), ("Raj Patel", "raj.patel@whitfieldbrook.example")], subj, st, en,
                       "GMT Standard Time", VTZ_GMT_WIN, desc, "Manchester office - Meeting Room 4.02", d1)
    e1 = mail(f"{gr[0]} <{gr[1]}>", f"{USER_NAME} <{USER}>, Raj Patel <raj.patel@whitfieldbrook.example>", subj,
              d1, desc, msgid=mid(case, 1, "whitfieldbrook.example"),
              extra=[("Content-class", "urn:content-classes:calendarmessage")], cal=cal)
    add(case, [("01-trainee-interview-panel-invite.eml", e1)],
        lab([], "hard", "negative/user-is-interviewer",
            "Exchange invite: she sits on her current firm's panel interviewing ACA trainee candidates (user is "
            "the interviewer). Window label says UTC+00:00 but the date is BST."))


def c22():
    case = "b105-22-one-way-video-interview"
    d1 = T(LON, 2026, 4, 9, 12, 0, "Thursday")
    b1 = ("Hi Eleanor,\n\nThank you for applying for the Finance Analyst (Newly Qualified) role at Pendle & Ward "
          "Bank. The next step is a video interview, which you can complete at any time before 23:59 BST on Sunday "
          "19 April.\n\nThis is a one-way video interview: you'll see 5 pre-recorded questions and have 2 minutes "
          "to record each answer. No interviewer will be present and you can take it whenever suits you.\n\n"
          "Start your video interview: https://app.vidscreen.example/i/pw-88c1f0\n\n"
          "Good luck!\nPendle & Ward Bank Early & Professional Careers\n\nPowered by Vidscreen\n")
    e1 = mail("Pendle & Ward Bank via Vidscreen <no-reply@vidscreen.example>", USER,
              "Your video interview - Finance Analyst (Newly Qualified)", d1, b1, msgid=mid(case, 1, "vidscreen.example"),
              reply_to="no-reply@vidscreen.example")
    add(case, [("01-vidscreen-one-way-video.eml", e1)],
        lab([], "medium", "negative/one-way-video",
            "Asynchronous one-way video interview with a deadline; not a live conversation."))


def main():
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b105-") and os.path.isdir(p):
            shutil.rmtree(p)
    for f in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              c14, c15, c16, c17, c18, c19, c20, c21, c22]:
        f()
    for case, items in CASES.items():
        os.makedirs(os.path.join(HERE, case))
        for fname, data in items:
            with open(os.path.join(HERE, case, fname), "wb") as fh:
                fh.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# Labels for blind105 (written blind; all names invented). See shared eval README for schema.\n")
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=120)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
