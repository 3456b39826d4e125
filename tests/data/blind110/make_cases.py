#!/usr/bin/env python3
"""Deterministic generator for the blind110 evaluation set.

Rewrites every case folder (b110-*) and labels.yaml next to this file.
Stdlib + PyYAML + zoneinfo only. All people, companies and domains are invented.
Run: python make_cases.py
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
UTC = timezone.utc
PT, MT, CT, ET = "America/Los_Angeles", "America/Denver", "America/Chicago", "America/New_York"
USER = "marisol.okafor@example.com"
USER_NAME = "Marisol Okafor"
USER_ADDR = f"{USER_NAME} <{USER}>"

CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


# ---------------------------------------------------------------- time helpers
def dt(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


def iso(x):
    return x.isoformat() if x is not None else None


def zstamp(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(x):
    return x.strftime("%Y%m%dT%H%M%S")


def h12(x, space=True):
    s = x.strftime("%I:%M %p").lstrip("0")
    return s if space else s.replace(" ", "")


def longdate(x):
    return f"{x:%A}, {x:%B} {x.day}, {x.year}"


WIN = {  # windows tz name -> (iana, std offset label, display label)
    "Pacific Standard Time": (PT, "(UTC-08:00) Pacific Time (US & Canada)", -8),
    "Mountain Standard Time": (MT, "(UTC-07:00) Mountain Time (US & Canada)", -7),
    "Central Standard Time": (CT, "(UTC-06:00) Central Time (US & Canada)", -6),
    "Eastern Standard Time": (ET, "(UTC-05:00) Eastern Time (US & Canada)", -5),
}


def when_line(start, end, win):
    return f"When: {longdate(start)} {h12(start)}-{h12(end)} {WIN[win][1]}."


# ---------------------------------------------------------------- iCalendar helpers
def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > limit:
            out.append(cur)
            cur, limit = b" ", 75
        cur += cb
    out.append(cur)
    return "\r\n".join(p.decode("utf-8") for p in out)


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_text(lines):
    return ("\r\n".join(fold(l) for l in lines) + "\r\n").encode("utf-8")


def vtimezone(win):
    std = WIN[win][2]
    s = f"{std:+03d}00"
    d = f"{std + 1:+03d}00"
    return ["BEGIN:VTIMEZONE", f"TZID:{win}",
            "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{d}", f"TZOFFSETTO:{s}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{s}", f"TZOFFSETTO:{d}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


def exchange_ics(method, uid, seq, summary, start, end, win, organizer, attendees, description,
                 location, stamp, sent_by=None, status=None):
    org = f"ORGANIZER;CN={organizer[0]}"
    if sent_by:
        org += f';SENT-BY="mailto:{sent_by}"'
    org += f":mailto:{organizer[1]}"
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0"] + vtimezone(win) + ["BEGIN:VEVENT", org]
    for name, email, role in attendees:
        lines.append(f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{email}")
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{esc(description)}",
              f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-US:{esc(summary)}",
              f"DTSTART;TZID={win}:{loc(start)}",
              f"DTEND;TZID={win}:{loc(end)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zstamp(stamp)}", "TRANSP:OPAQUE",
              f"STATUS:{status or 'CONFIRMED'}", f"SEQUENCE:{seq}",
              f"LOCATION;LANGUAGE=en-US:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if method == 'CANCEL' else 'TENTATIVE'}",
              f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if method == 'CANCEL' else 'BUSY'}",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics_text(lines)


TEAMS = ("________________________________________________________________________________\n"
         "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
         "Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\n"
         "Meeting ID: {num}\nPasscode: {pc}\n"
         "Download Teams<https://teams.microsoft.example/download> | Join on the web<https://teams.microsoft.example/join>\n"
         "________________________________________________________________________________")


def teams(mid, num, pc):
    return TEAMS.format(mid=mid, num=num, pc=pc)


def html_from_text(text, font="Calibri,sans-serif"):
    import html as h
    paras = text.split("\n\n")
    body = "".join("<p>" + h.escape(p).replace("\n", "<br>") + "</p>\n" for p in paras)
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt">\n{body}</div></body></html>\n')


# ---------------------------------------------------------------- e-mail helper
def mail(headers, text=None, html=None, cal=None, attachments=(), text_cte=None, html_cte=None,
         cal_cte="base64"):
    m = EmailMessage()
    late = [(k, v) for k, v in headers if k.lower().startswith("content-")]
    for k, v in headers:
        if not k.lower().startswith("content-"):
            m[k] = v
    if text is not None:
        m.set_content(text, cte=text_cte) if text_cte else m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte) if html_cte else m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte) if html_cte else m.set_content(html, subtype="html")
    if cal is not None:
        data, method = cal
        m.add_alternative(data, maintype="text", subtype="calendar", cte=cal_cte,
                          params={"method": method, "charset": "UTF-8"})
    for fname, data, maintype, subtype in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    for k, v in late:
        m[k] = v
    seed = hashlib.md5(str(m["Message-ID"]).encode()).hexdigest()[:24]
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"_{i:03d}_{seed}_")
    return m.as_bytes(policy=POLICY)


def hdrs(frm, to, subject, date, mid, cc=None, reply_to=None, sender=None, in_reply_to=None,
         refs=None, extra=(), delivered=USER):
    h = [("Delivered-To", delivered),
         ("Received", f"from mx.mail.example (mx.mail.example [203.0.113.25]) by inbound.mail.example "
                      f"with ESMTPS for <{delivered}>; {format_datetime(date.astimezone(UTC))}"),
         ("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    if sender:
        h.append(("Sender", sender))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += [("Subject", subject), ("Date", format_datetime(date)), ("Message-ID", mid)]
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
        h.append(("References", refs or in_reply_to))
    h += list(extra)
    return h


def exch_extra(topic, idx):
    return [("Thread-Topic", topic), ("Thread-Index", idx), ("Accept-Language", "en-US"),
            ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
            ("Content-class", "urn:content-classes:calendarmessage"),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous")]


def outlook_extra(topic, idx):
    return [("Thread-Topic", topic), ("Thread-Index", idx), ("Accept-Language", "en-US"),
            ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook 16.0")]


def quote(text, who, when):
    head = f"On {when:%a, %b} {when.day}, {when.year} at {h12(when)} {who} wrote:\n"
    return head + "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


def outlook_quote(text, frm, sent, to, subject):
    return ("\n________________________________\n"
            f"From: {frm}\nSent: {longdate(sent)} {h12(sent)}\nTo: {to}\nSubject: {subject}\n\n" + text)


def add(case, items, label):
    CASES[case] = items
    LABELS[case] = label


def lab(positive, interviews, difficulty, category, notes):
    return {"user": USER, "interview": positive, "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind}


# ============================================================== 01 Ironwood (positive)
def case01():
    c = "b110-01-ironwood-exchange-shared-mailbox-on-behalf"
    dom = "ironwoodpropulsion.example"
    hm = ("Raymond Tull", f"raymond.tull@{dom}")
    eng = ("Lucas Brennan", f"lucas.brennan@{dom}")
    box = f"InterviewCoordination@{dom}"
    s, e = dt(2026, 2, 25, 13, 0, PT), dt(2026, 2, 25, 14, 0, PT)
    sent = dt(2026, 2, 18, 8, 41, PT)
    subj = "Interview - Marisol Okafor - Mechanical Design Engineer II (Turbopump Components) - Req 26-0318"
    body = (f"{when_line(s, e, 'Pacific Standard Time')}\nWhere: Microsoft Teams Meeting\n\n"
            "*~*~*~*~*~*~*~*~*~*\n\n"
            "Hello Marisol,\n\n"
            "This meeting is being sent by Interview Coordination on behalf of Raymond Tull, Manager, "
            "Turbomachinery Design. Raymond and Lucas Brennan (Senior Staff Engineer, Rotating Hardware) "
            "will conduct a technical interview for the Mechanical Design Engineer II position "
            "(Req 26-0318). Please be prepared to walk through one design project end to end - loads, "
            "material selection, tolerance stack-up and how you verified it. Screen sharing is enabled "
            "if you would like to show slides; please do not share anything proprietary to your current "
            "employer.\n\n"
            "Please accept or decline this invitation so the calendar reflects your availability. "
            "Questions may be sent to this mailbox; it is monitored Monday through Friday, 7:00 AM to "
            "4:00 PM Pacific.\n\n"
            "Interview Coordination | Talent Acquisition\nIronwood Propulsion\n"
            "2250 Aviation Blvd, Hawthorne, CA 90250\n\n" + teams("a81Kf0Qz_Ironwood26", "241 880 513 027", "Tp7xQ2"))
    cal = exchange_ics("REQUEST", "040000008200E00074C5B7101A82E00800000000A1C3D1E2F6A0DC01000000000000000010000000IRW26318",
                       0, subj, s, e, "Pacific Standard Time", hm,
                       [(USER_NAME, USER, "REQ-PARTICIPANT"), (eng[0], eng[1], "REQ-PARTICIPANT")],
                       body, "Microsoft Teams Meeting", sent, sent_by=box)
    m = mail(hdrs(f"{hm[0]} <{hm[1]}>", f"{USER_ADDR}, {eng[0]} <{eng[1]}>", subj, sent,
                  "<BY5PR04MB7121A0C6E2D94F1B8E33C1A7D22A@BY5PR04MB7121.namprd04.prod.outlook.example>",
                  sender=f"Interview Coordination <{box}>",
                  extra=exch_extra(subj, "AdyhB3Q0k2p8Zx1WQkqH5m0c7Ll0aA==")),
             text=body, html=html_from_text(body), cal=(cal, "REQUEST"), text_cte="quoted-printable",
             html_cte="quoted-printable")
    add(c, [("01-interview-ironwood-on-behalf-of-raymond-tull.eml", m)],
        lab(True, [iv("Ironwood Propulsion", "Mechanical Design Engineer II (Turbopump Components)", s, e,
                      "scheduled", [hm[1], eng[1]], [hm[1], eng[1]], "technical")],
            "medium", "positive/exchange",
            "Exchange invite sent by the Interview Coordination shared mailbox on behalf of the hiring "
            "manager (Sender header + ORGANIZER SENT-BY); PST date, Windows TZID."))


# ============================================================== 02 background investigator (negative)
def case02():
    c = "b110-02-clearance-background-subject-interview"
    inv = ("Denise Harlow", "denise.harlow@keystone-investigative.example")
    sent = dt(2026, 3, 23, 9, 12, PT)
    s, e = dt(2026, 3, 31, 9, 0, PT), dt(2026, 3, 31, 11, 0, PT)
    subj = "Subject Interview Appointment - OKAFOR, Marisol - Case 26-SD-40117"
    text = ("Ms. Okafor,\n\n"
            "I am a background investigator with Keystone Investigative Services, a contractor conducting "
            "personnel security investigations on behalf of the federal government. Your Standard Form 86 "
            "(Questionnaire for National Security Positions) has been submitted in connection with a "
            "pending security clearance sponsored by your prospective employer, and I have been assigned "
            "to complete your Enhanced Subject Interview.\n\n"
            "I have you scheduled as follows:\n\n"
            f"    Date:     {longdate(s)}\n"
            f"    Time:     9:00 AM - approximately 11:00 AM Pacific\n"
            "    Location: Mission Valley Branch Library, Community Room B, 2123 Fenton Pkwy, San Diego, CA\n\n"
            "Please bring a government-issued photo ID, your passport (if you have one), a copy of your "
            "SF-86 as submitted, and any documentation regarding foreign travel, foreign contacts, or "
            "financial items listed on the form. The interview is conducted under oath and typically "
            "lasts 1.5 to 2 hours. This is not a job interview and is not conducted by your employer; "
            "questions about the position itself should go to your recruiter.\n\n"
            "If you need to reschedule, reply to this email or call my cell at least 48 hours in advance.\n\n"
            "Respectfully,\n\nDenise Harlow\nBackground Investigator, Field Operations - San Diego\n"
            "Keystone Investigative Services\nCell: (619) 555-0177\n\n"
            "CONTROLLED UNCLASSIFIED INFORMATION - PRIVACY. This message may contain personally "
            "identifiable information protected by the Privacy Act of 1974.")
    cal = ics_text(["BEGIN:VCALENDAR", "PRODID:-//Keystone Field Scheduler//EN", "VERSION:2.0",
                    "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:ksi-26SD40117-esi@keystone-investigative.example",
                    f"DTSTAMP:{zstamp(sent)}", f"DTSTART:{zstamp(s)}", f"DTEND:{zstamp(e)}",
                    "SUMMARY:Subject Interview - OKAFOR\\, M. (Case 26-SD-40117)",
                    "LOCATION:Mission Valley Branch Library\\, Community Room B\\, San Diego",
                    f"ORGANIZER;CN={inv[0]}:mailto:{inv[1]}",
                    f"ATTENDEE;CN={USER_NAME};RSVP=TRUE:mailto:{USER}",
                    "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    m = mail(hdrs(f"{inv[0]} <{inv[1]}>", USER_ADDR, subj, sent,
                  "<3f9a1e2c-7d44-4a8e-9b1d-26sd40117@keystone-investigative.example>"),
             text=text, attachments=[("SubjectInterview.ics", cal, "text", "calendar")])
    add(c, [("01-subject-interview-appointment.eml", m)],
        lab(False, [], "hard", "negative/background-investigation",
            "Security-clearance investigator books a 'subject interview' with date, time, .ics - not a job interview."))


# ============================================================== 03 Corvane reschedule (positive)
def case03():
    c = "b110-03-corvane-updated-invite-after-reschedule"
    dom = "corvane-aero.example"
    coord = ("Tessa Nguyen", f"tessa.nguyen@{dom}")
    omar = ("Omar Haddad", f"omar.haddad@{dom}")
    kris = ("Kristin Vale", f"kristin.vale@{dom}")
    role = "Structural Analysis Engineer - Launch Vehicle"
    subj = f"Interview: Marisol Okafor - {role}"
    uid = "040000008200E00074C5B7101A82E00800000000D04F3B1C5AA8DC0100000000000000001000000088CV2210"
    s0, e0 = dt(2026, 3, 5, 10, 0, PT), dt(2026, 3, 5, 11, 0, PT)
    s1, e1 = dt(2026, 3, 9, 14, 0, PT), dt(2026, 3, 9, 15, 0, PT)
    sent0, sent_mail, sent1 = dt(2026, 2, 27, 15, 5, PT), dt(2026, 3, 3, 11, 48, PT), dt(2026, 3, 3, 12, 2, PT)
    att = [(USER_NAME, USER, "REQ-PARTICIPANT"), (omar[0], omar[1], "REQ-PARTICIPANT"),
           (kris[0], kris[1], "REQ-PARTICIPANT")]

    def body(s, e, extra=""):
        return (f"{when_line(s, e, 'Pacific Standard Time')}\nWhere: Microsoft Teams Meeting\n\n"
                "*~*~*~*~*~*~*~*~*~*\n\n" + extra +
                "Hi Marisol,\n\nYou are confirmed for a 60-minute technical interview with Omar Haddad "
                "(Stress Analysis Lead) and Kristin Vale (Senior Structures Engineer). Expect a hand-calc "
                "problem (bolted joint / margin of safety) and questions on your FEA experience. Have a "
                "pen, paper and calculator handy; no need to prepare slides.\n\n"
                "Tessa Nguyen\nTalent Acquisition Coordinator | Corvane Aerospace\n"
                "O: 310.555.0162 | 1 Corvane Way, El Segundo, CA 90245\n\n"
                + teams("cV22k9_Corvane", "318 442 906 115", "Wz4hR8"))
    b0 = body(s0, e0)
    m1 = mail(hdrs(f"{coord[0]} <{coord[1]}>", f"{USER_ADDR}; {omar[0]} <{omar[1]}>; {kris[0]} <{kris[1]}>"
                   .replace(";", ","), subj, sent0,
                   "<SJ0PR11MB5678E1F0A2C34B9F8D1E2A3B4C5D@SJ0PR11MB5678.namprd11.prod.outlook.example>",
                   extra=exch_extra(subj, "AdyoA1tYc3Bz9QpLRkWq3u1xw2Rk4A==")),
              text=b0, html=html_from_text(b0),
              cal=(exchange_ics("REQUEST", uid, 0, subj, s0, e0, "Pacific Standard Time", coord, att, b0,
                                "Microsoft Teams Meeting", sent0), "REQUEST"),
              text_cte="quoted-printable", html_cte="quoted-printable")
    t2 = ("Hi Marisol,\n\n"
          "Apologies for the late change. Omar has been pulled into a test-stand anomaly review on "
          "Thursday and can't make your 10 AM. We'd like to move your interview to Monday, March 9 at "
          "2:00 PM Pacific, same format (Teams, 60 minutes, Omar and Kristin). I'll send an updated "
          "invite in a few minutes - the Thursday slot will drop off your calendar once you accept it.\n\n"
          "Thanks for your flexibility,\n"
          "Tessa\n\nTessa Nguyen\nTalent Acquisition Coordinator | Corvane Aerospace\n"
          "O: 310.555.0162 | M: 424.555.0191\n")
    m2 = mail(hdrs(f"{coord[0]} <{coord[1]}>", USER_ADDR, f"RE: {subj} - need to reschedule", sent_mail,
                   "<SJ0PR11MB5678F77E01A94C2A9C0F1B2E3D4A@SJ0PR11MB5678.namprd11.prod.outlook.example>",
                   extra=outlook_extra(subj, "AdyoA1tYc3Bz9QpLRkWq3u1xw2Rk4AAB7kLp")),
              text=t2, html=html_from_text(t2))
    b1 = body(s1, e1, "UPDATED: This interview has moved from Thursday 3/5 to Monday 3/9.\n\n")
    m3 = mail(hdrs(f"{coord[0]} <{coord[1]}>", f"{USER_ADDR}, {omar[0]} <{omar[1]}>, {kris[0]} <{kris[1]}>",
                   f"Updated: {subj}", sent1,
                   "<SJ0PR11MB56784C1D2E3F4A5B6C7D8E9F0A1B@SJ0PR11MB5678.namprd11.prod.outlook.example>",
                   extra=exch_extra(subj, "AdyoA1tYc3Bz9QpLRkWq3u1xw2Rk4AAB7kLpAAC1")),
              text=b1, html=html_from_text(b1),
              cal=(exchange_ics("REQUEST", uid, 1, subj, s1, e1, "Pacific Standard Time", coord, att, b1,
                                "Microsoft Teams Meeting", sent1), "REQUEST"),
              text_cte="quoted-printable", html_cte="quoted-printable")
    add(c, [("01-invite-thursday.eml", m1), ("02-coordinator-reschedule-note.eml", m2),
            ("03-updated-invite-monday.eml", m3)],
        lab(True, [iv("Corvane Aerospace", role, s1, e1, "scheduled", [omar[1], kris[1]], [omar[1], kris[1]],
                      "technical")],
            "hard", "positive/reschedule",
            "Exchange invite Thu 3/5 10:00 PST, moved by coordinator to Mon 3/9 2 PM (first day of PDT; "
            "display label still says UTC-08:00). Updated: invite SEQUENCE 1 is final."))


# ============================================================== 04 design review at current job (negative)
def case04():
    c = "b110-04-current-job-critical-design-review"
    dom = "harborpoint-marine.example"
    org = ("Wes Kaplan", f"wes.kaplan@{dom}")
    s, e = dt(2026, 3, 18, 13, 30, PT), dt(2026, 3, 18, 15, 30, PT)
    sent = dt(2026, 3, 11, 16, 20, PT)
    subj = "CDR - Stern Tube Seal Housing Rev C (candidate designs A/B)"
    body = (f"{when_line(s, e, 'Pacific Standard Time')}\nWhere: Bldg 3 Conf Rm Coronado / Microsoft Teams\n\n"
            "*~*~*~*~*~*~*~*~*~*\n\n"
            "All,\n\nScheduling the critical design review for the stern tube seal housing. We'll walk through "
            "both candidate designs (A: machined 17-4PH, B: cast NAB with overlay), the updated FEA, and the "
            "interview notes from the shipyard maintainers on access and removal. Marisol - please present "
            "the tolerance stack-up and the O-ring gland calcs (20 min). Decision on the down-select is "
            "the goal for this meeting.\n\n"
            "Pre-read is on the program SharePoint under /CDR/SealHousing. Please send comments by Monday.\n\n"
            "Wes Kaplan\nLead Mechanical Engineer, Propulsion Auxiliaries\nHarbor Point Marine Systems\n"
            "x4417\n\n" + teams("hpms_cdr_seal", "287 114 660 903", "Cd9mE4"))
    att = [(USER_NAME, USER, "REQ-PARTICIPANT"), ("Ana Ruiz", f"ana.ruiz@{dom}", "REQ-PARTICIPANT"),
           ("Kyle Ferris", f"kyle.ferris@{dom}", "REQ-PARTICIPANT"),
           ("Quality Engineering", f"qe-team@{dom}", "OPT-PARTICIPANT")]
    m = mail(hdrs(f"{org[0]} <{org[1]}>", f"{USER_ADDR}, Ana Ruiz <ana.ruiz@{dom}>, Kyle Ferris <kyle.ferris@{dom}>",
                  subj, sent, "<CH2PR07MB6611AB12CD34EF56A7B8@CH2PR07MB6611.namprd07.prod.outlook.example>",
                  cc=f"Quality Engineering <qe-team@{dom}>",
                  extra=exch_extra(subj, "AdyxQ8p2mN0aPq7RTeYw9c2Lk1x0Vw==")),
             text=body, html=html_from_text(body),
             cal=(exchange_ics("REQUEST", "040000008200E00074C5B7101A82E008000000005BCDR77", 0, subj, s, e,
                               "Pacific Standard Time", org, att, body, "Bldg 3 Conf Rm Coronado / Microsoft Teams",
                               sent), "REQUEST"))
    add(c, [("01-cdr-invite.eml", m)],
        lab(False, [], "hard", "negative/work-meeting",
            "Design review at the user's current employer (candidate designs, interview notes, scheduling) - not a job interview."))


# ============================================================== 05 Altura Workday + canceled (positive/cancel)
def case05():
    c = "b110-05-altura-workday-then-canceled-req-on-hold"
    dom = "alturaspace.example"
    rec = ("Nadia Ferreira", f"nadia.ferreira@{dom}")
    hm = ("Gabriel Ostrowski", f"gabriel.ostrowski@{dom}")
    role = "Mechanical Engineer III - Satellite Structures"
    s, e = dt(2026, 3, 26, 9, 0, MT), dt(2026, 3, 26, 10, 0, MT)
    sent1, sent2, sent3 = dt(2026, 3, 18, 10, 3, MT), dt(2026, 3, 18, 10, 15, MT), dt(2026, 3, 23, 14, 40, MT)
    wd = ("Hello Marisol,\n\n"
          f"Your interview for {role} (R-0041187) has been scheduled.\n\n"
          "Interview Details\n"
          f"Date: {longdate(s)}\n"
          "Time: 9:00 AM - 10:00 AM MDT\n"
          "Location: Virtual - Microsoft Teams (link will be sent separately by your recruiter)\n"
          "Interviewer(s): Gabriel Ostrowski - Manager, Spacecraft Mechanical Engineering\n\n"
          "To view the details of your interview, sign in to the Altura Space Systems Candidate Home.\n"
          "https://altura.wd5.myworkdayjobs.example/AlturaCareers/userHome\n\n"
          "Please do not reply to this message. This mailbox is not monitored.\n\n"
          "Altura Space Systems | 1975 Research Pkwy, Colorado Springs, CO 80920\n")
    m1 = mail(hdrs("Altura Space Systems <altura@myworkday.example>", USER, f"Interview Scheduled - {role}",
                   sent1, "<1937204851.88213.1773853380@wd5-prod-notify.myworkday.example>",
                   extra=[("X-Workday-Notification", "Candidate_Interview_Scheduled")]),
              text=wd, text_cte="base64")
    subj = f"Interview - Marisol Okafor - {role} (R-0041187)"
    uid = "040000008200E00074C5B7101A82E00800000000F1A9C2B3D4E5DC01000000000000000010000000ALT41187"
    b = (f"{when_line(s, e, 'Mountain Standard Time')}\nWhere: Microsoft Teams Meeting\n\n"
         "*~*~*~*~*~*~*~*~*~*\n\n"
         "Hi Marisol - here is the Teams link for your conversation with Gabriel. Plan on about an hour. "
         "Gabriel will cover the team's bus structure and deployables work and ask about your "
         "vibration/shock qualification experience.\n\n"
         "Nadia Ferreira\nSr. Technical Recruiter | Altura Space Systems\n719.555.0134\n\n"
         + teams("alt41187", "256 903 118 742", "Mx2aQ9"))
    att = [(USER_NAME, USER, "REQ-PARTICIPANT"), (hm[0], hm[1], "REQ-PARTICIPANT")]
    m2 = mail(hdrs(f"{rec[0]} <{rec[1]}>", f"{USER_ADDR}, {hm[0]} <{hm[1]}>", subj, sent2,
                   "<DM6PR02MB4433C2B1A0F9E8D7C6B5@DM6PR02MB4433.namprd02.prod.outlook.example>",
                   extra=exch_extra(subj, "AdyuF7Ha1o2Qx0PbS3kA9n4Ew5mZqg==")),
              text=b, html=html_from_text(b),
              cal=(exchange_ics("REQUEST", uid, 0, subj, s, e, "Mountain Standard Time", rec, att, b,
                                "Microsoft Teams Meeting", sent2), "REQUEST"))
    b3 = (f"{when_line(s, e, 'Mountain Standard Time')}\nWhere: Microsoft Teams Meeting\n\n"
          "*~*~*~*~*~*~*~*~*~*\n\n"
          "Hi Marisol,\n\nI'm sorry to send this. The requisition for this role has been put on hold "
          "pending a program funding decision, so we are canceling Thursday's interview with Gabriel. "
          "This is not a reflection on your candidacy - if the req is reopened I will reach out to you "
          "first.\n\nNadia\n")
    m3 = mail(hdrs(f"{rec[0]} <{rec[1]}>", f"{USER_ADDR}, {hm[0]} <{hm[1]}>", f"Canceled: {subj}", sent3,
                   "<DM6PR02MB44339F8E7D6C5B4A3F2E@DM6PR02MB4433.namprd02.prod.outlook.example>",
                   extra=exch_extra(subj, "AdyuF7Ha1o2Qx0PbS3kA9n4Ew5mZqgAC2fGh") + [("Importance", "high")]),
              text=b3, html=html_from_text(b3),
              cal=(exchange_ics("CANCEL", uid, 1, f"Canceled: {subj}", s, e, "Mountain Standard Time", rec, att,
                                b3, "Microsoft Teams Meeting", sent3, status="CANCELLED"), "CANCEL"))
    add(c, [("01-workday-interview-scheduled.eml", m1), ("02-teams-invite.eml", m2),
            ("03-canceled-requisition-on-hold.eml", m3)],
        lab(True, [iv("Altura Space Systems", role, s, e, "cancelled", [hm[1]], [hm[1]], "hiring_manager")],
            "hard", "positive/cancellation",
            "Workday notice + Exchange invite (Mountain, MDT) for one HM interview, then Canceled: (METHOD:CANCEL) "
            "because the requisition was put on hold."))


# ============================================================== 06 Bexley Microsoft Bookings (positive)
def case06():
    c = "b110-06-bexley-microsoft-bookings-phone-screen"
    dom = "bexleytx.example"
    rec = ("Hannah Lindqvist", f"hannah.lindqvist@{dom}")
    box = f"TalentAcquisitionBookings@{dom}"
    role = "Senior Engineer, Device Development (Combination Products)"
    s, e = dt(2026, 4, 9, 10, 0, PT), dt(2026, 4, 9, 10, 30, PT)
    sent1, sent2 = dt(2026, 4, 2, 19, 26, PT), dt(2026, 4, 8, 10, 0, PT)
    html1 = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:'Segoe UI',sans-serif\">"
             "<table width=\"600\" cellpadding=\"0\" cellspacing=\"0\"><tr><td>"
             "<h2 style=\"color:#1b5e7a\">Your booking is confirmed</h2>"
             "<p>Hi Marisol Okafor,</p>"
             "<p>Thank you for booking with Bexley Therapeutics Talent Acquisition.</p>"
             "<table cellpadding=\"4\">"
             "<tr><td><b>Service</b></td><td>Recruiter Phone Screen - Device Development</td></tr>"
             f"<tr><td><b>Date and time</b></td><td>{s:%m/%d/%Y} {h12(s)} - {h12(e)} "
             "(UTC-08:00) Pacific Time (US &amp; Canada)</td></tr>"
             "<tr><td><b>Staff</b></td><td>Hannah Lindqvist</td></tr>"
             "<tr><td><b>Phone</b></td><td>Hannah will call you at +1 619-555-0148</td></tr>"
             "</table>"
             f"<p>Position: {role}. Hannah will spend about 30 minutes on your background, compensation "
             "expectations and relocation to the Boston area.</p>"
             "<p><a href=\"https://outlook.office.example/book/BexleyTalentAcquisition@bexleytx.example/"
             "manage/8f1c\">Manage booking</a> &nbsp;|&nbsp; <a href=\"https://outlook.office.example/book/"
             "BexleyTalentAcquisition@bexleytx.example/cancel/8f1c\">Cancel booking</a></p>"
             "<p style=\"font-size:9pt;color:#777\">Bexley Therapeutics &middot; 400 Fenway Park Dr, "
             "Boston, MA 02215<br>Powered by Microsoft Bookings</p>"
             "</td></tr></table></body></html>")
    cal = ics_text(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
                    "BEGIN:VEVENT", f"ORGANIZER;CN=Bexley Talent Acquisition:mailto:{box}",
                    f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={USER_NAME}:mailto:{USER}",
                    "DESCRIPTION;LANGUAGE=en-US:Recruiter Phone Screen - Device Development with Hannah "
                    "Lindqvist. Hannah will call you at +1 619-555-0148.",
                    "UID:040000008200E00074C5B7101A82E0080000000077BKG8F1C",
                    "SUMMARY;LANGUAGE=en-US:Recruiter Phone Screen - Device Development",
                    f"DTSTART:{zstamp(s)}", f"DTEND:{zstamp(e)}", f"DTSTAMP:{zstamp(sent1)}",
                    "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Phone call",
                    "END:VEVENT", "END:VCALENDAR"])
    m1 = mail(hdrs(f"Bexley Talent Acquisition <{box}>", USER_ADDR,
                   "Your booking is confirmed: Recruiter Phone Screen - Device Development", sent1,
                   "<MN2PR13MB4002BKG8F1C0A1B2C3D4E5F6@MN2PR13MB4002.namprd13.prod.outlook.example>",
                   extra=[("X-MS-Exchange-Bookings-Booking", "true")]),
              html=html1, html_cte="base64", attachments=[("Booking.ics", cal, "text", "calendar")])
    html2 = ("<html><body style=\"font-family:'Segoe UI',sans-serif\"><p>Hi Marisol Okafor,</p>"
             "<p>This is a reminder of your upcoming booking with Bexley Therapeutics Talent Acquisition.</p>"
             "<p><b>Recruiter Phone Screen - Device Development</b><br>"
             f"{s:%m/%d/%Y} {h12(s)} (UTC-08:00) Pacific Time (US &amp; Canada)<br>Staff: Hannah Lindqvist</p>"
             "<p>If you need to reach Hannah directly: hannah.lindqvist@bexleytx.example</p>"
             "<p style=\"font-size:9pt;color:#777\">Powered by Microsoft Bookings</p></body></html>")
    m2 = mail(hdrs(f"Bexley Talent Acquisition <{box}>", USER_ADDR,
                   "Reminder: Recruiter Phone Screen - Device Development", sent2,
                   "<MN2PR13MB4002BKG8F1CREM1@MN2PR13MB4002.namprd13.prod.outlook.example>"),
              html=html2, html_cte="quoted-printable")
    add(c, [("01-bookings-confirmation.eml", m1), ("02-bookings-reminder.eml", m2)],
        lab(True, [iv("Bexley Therapeutics", role, s, e, "scheduled", [rec[1]], [rec[1]], "phone_screen")],
            "medium", "positive/bookings",
            "HTML-only Microsoft Bookings confirmation (base64) + UTC .ics + reminder; display label says "
            "UTC-08:00 but April is PDT; recruiter conducts the screen."))


# ============================================================== 07 polygraph (negative)
def case07():
    c = "b110-07-polygraph-examination-appointment"
    dom = "ridgeline-mission.example"
    sec = ("Ridgeline Personnel Security", f"personnel.security@{dom}")
    s, e = dt(2026, 4, 7, 8, 0, MT), dt(2026, 4, 7, 12, 0, MT)
    sent = dt(2026, 3, 30, 13, 15, MT)
    subj = "Polygraph Examination Appointment - CI Scope - Okafor, M."
    body = (f"{when_line(s, e, 'Mountain Standard Time')}\nWhere: Ridgeline Mission Systems, Security Processing "
            "Center, 6080 Tutt Blvd, Colorado Springs, CO\n\n*~*~*~*~*~*~*~*~*~*\n\n"
            "Ms. Okafor,\n\nAs a condition of your conditional offer of employment for a position requiring "
            "special access, you have been scheduled for a counterintelligence-scope polygraph examination. "
            "Please report to the Security Processing Center front desk at 7:45 AM. Allow four hours. "
            "The pre-test interview is conducted by the federal polygraph examiner; it is not part of the "
            "hiring interview process and the hiring team will not attend.\n\n"
            "Bring two forms of government-issued ID. Do not bring phones, smart watches or other "
            "electronics into the building. Eat normally and take any prescribed medications.\n\n"
            "Questions: reply to this message or call 719.555.0199.\n\n"
            "Personnel Security Office\nRidgeline Mission Systems\n")
    att = [(USER_NAME, USER, "REQ-PARTICIPANT")]
    m = mail(hdrs(f"{sec[0]} <{sec[1]}>", USER_ADDR, subj, sent,
                  "<BL1PR19MB5120POLY0417A@BL1PR19MB5120.namprd19.prod.outlook.example>",
                  extra=exch_extra(subj, "Adyz0Lk3pQ8mN1bV5cX7rT2eW4yU6g==")),
             text=body, html=html_from_text(body),
             cal=(exchange_ics("REQUEST", "040000008200E00074C5B7101A82E00800000000POLY0417", 0, subj, s, e,
                               "Mountain Standard Time", sec, att, body, "Security Processing Center", sent),
                  "REQUEST"))
    add(c, [("01-polygraph-appointment.eml", m)],
        lab(False, [], "hard", "negative/polygraph",
            "Polygraph appointment (with 'pre-test interview', conditional offer) sent as an Exchange invite."))


# ============================================================== 08 Trident staffing contract screen (positive)
def case08():
    c = "b110-08-staffing-recruiter-contract-phone-screen"
    rec = ("Colby Raines", "craines@tridentstaffing.example")
    role = "Mechanical Design Engineer (Contract)"
    s = dt(2026, 3, 12, 16, 30, PT)
    d1, d2, d3 = dt(2026, 3, 9, 11, 14, CT), dt(2026, 3, 9, 18, 2, PT), dt(2026, 3, 10, 8, 37, CT)
    sig = ("\nColby Raines\nSenior Technical Recruiter - Aerospace & Defense\nTrident Technical Staffing\n"
           "D: 256.555.0123 | C: 256.555.0168\n4950 Corporate Dr NW, Suite 120, Huntsville, AL 35805\n"
           "www.tridentstaffing.example\n")
    t1 = ("Hi Marisol,\n\n"
          "I came across your profile and wanted to reach out about a contract opportunity with one of our "
          "Tier 1 aerospace clients in Poway. Details:\n\n"
          f"  - {role}, 12 months, W2 with benefits, likely extension\n"
          "  - Creo, GD&T per ASME Y14.5, sheet metal and machined enclosures for airborne electronics\n"
          "  - Onsite in Poway, 9/80 schedule\n"
          "  - U.S. citizenship required (ITAR)\n\n"
          "Would you be open to a quick phone call this week so I can tell you more and learn what you're "
          "looking for? Let me know a couple of times that work.\n\nThanks,\n" + sig)
    id1 = "<CAJ8r2Lq0w9x-TTS-2026030901@mail.tridentstaffing.example>"
    m1 = mail(hdrs(f"{rec[0]} <{rec[1]}>", USER, "Contract ME role - Poway - quick call?", d1, id1), text=t1)
    t2 = ("Hi Colby,\n\nThanks for reaching out - I'd be happy to talk. Thursday afternoon works best for me, "
          "any time after 3 Pacific. My cell is 619-555-0148.\n\nBest,\nMarisol\n\n" + quote(t1, f"{rec[0]} <{rec[1]}>", d1))
    id2 = "<m.okafor.20260309180200.71@example.com>"
    m2 = mail(hdrs(USER_ADDR, f"{rec[0]} <{rec[1]}>", "Re: Contract ME role - Poway - quick call?", d2, id2,
                   in_reply_to=id1, extra=[("User-Agent", "Mozilla Thunderbird")]), text=t2)
    t3 = ("Marisol,\n\nPerfect - let's do Thu 3/12 @ 4:30p PST. I'll call your cell. I'll walk through the "
          "role and the client, and ask about your design experience, rate expectations and availability "
          "to start.\n\nTalk soon,\n" + sig + "\n" + quote(t2, USER_ADDR, d2))
    m3 = mail(hdrs(f"{rec[0]} <{rec[1]}>", USER, "RE: Contract ME role - Poway - quick call?", d3,
                   "<CAJ8r2Lq0w9x-TTS-2026031003@mail.tridentstaffing.example>", in_reply_to=id2,
                   refs=f"{id1} {id2}"), text=t3, text_cte="quoted-printable")
    add(c, [("01-recruiter-outreach.eml", m1), ("02-user-reply.eml", m2), ("03-recruiter-confirms.eml", m3)],
        lab(True, [iv("Trident Technical Staffing", role, s, None, "scheduled", [rec[1]], [rec[1]], "phone_screen")],
            "medium", "positive/thread",
            "Staffing-firm recruiter (Central-time signature) confirms 'Thu 3/12 @ 4:30p PST'; 3/12 is after the "
            "US DST switch so the real offset is -07:00. No duration given."))


# ============================================================== 09 Pinecrest onsite table (positive)
def case09():
    c = "b110-09-pinecrest-onsite-schedule-table"
    dom = "pinecrestmed.example"
    rec = ("Janelle Marchetti", f"jmarchetti@{dom}")
    role = "Senior Mechanical Engineer - Catheter Delivery Systems"
    day = (2026, 4, 14)
    ppl = [("Derek Amsel", "Director, R&D", f"damsel@{dom}"),
           ("Farah Qureshi", "Principal Mechanical Engineer", f"fqureshi@{dom}"),
           ("Tomasz Wilk", "Staff Quality Engineer, Design Assurance", f"twilk@{dom}"),
           ("Renee Castillo", "Manager, Manufacturing Engineering", f"rcastillo@{dom}")]
    slots = []
    t = dt(*day, 9, 0, PT)
    for p in ppl:
        slots.append((t, t + timedelta(minutes=45), p))
        t += timedelta(minutes=45)
    s, e = slots[0][0], slots[-1][1]
    sent1, sent2 = dt(2026, 4, 1, 14, 22, PT), dt(2026, 4, 1, 14, 30, PT)
    rows_txt = "\n".join(f"{h12(a)} - {h12(b)}\t{p[0]}\t{p[1]}\t{p[2]}" for a, b, p in slots)
    t1 = ("Hi Marisol,\n\n"
          f"We are excited to welcome you to our Sorrento Valley campus on {longdate(s)}! Below is your "
          "candidate interview schedule:\n\n"
          "Time\tInterviewer\tTitle\tEmail\n" + rows_txt + "\n\n"
          "Please arrive at 8:45 AM and check in at the main lobby of Building B, 4410 Lusk Ridge Ct, "
          "San Diego, CA 92121. Visitor parking is on the north side of the building. A government-issued "
          "photo ID is required to receive a visitor badge. Business casual is fine; our labs require "
          "closed-toe shoes.\n\n"
          "You'll be done at noon. If anything comes up, call or text me at 858-555-0143.\n\n"
          "Best regards,\nJanelle\n\nJanelle Marchetti | Talent Acquisition Partner\nPinecrest Medical\n"
          "4410 Lusk Ridge Ct, San Diego, CA 92121 | 858-555-0143\n")
    rows_html = "".join(f"<tr><td>{h12(a)} &ndash; {h12(b)}</td><td>{p[0]}</td><td>{p[1]}</td>"
                        f"<td><a href=\"mailto:{p[2]}\">{p[2]}</a></td></tr>" for a, b, p in slots)
    h1 = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,sans-serif;font-size:11pt\">"
          "<p>Hi Marisol,</p><p>We are excited to welcome you to our Sorrento Valley campus on "
          f"<b>{longdate(s)}</b>! Below is your candidate interview schedule:</p>"
          "<table border=\"1\" cellpadding=\"5\" style=\"border-collapse:collapse\">"
          "<tr style=\"background:#dbe9f4\"><th>Time</th><th>Interviewer</th><th>Title</th><th>Email</th></tr>"
          + rows_html + "</table>"
          "<p>Please arrive at 8:45 AM and check in at the main lobby of Building B, 4410 Lusk Ridge Ct, "
          "San Diego, CA 92121. Visitor parking is on the north side of the building. A government-issued "
          "photo ID is required to receive a visitor badge. Business casual is fine; our labs require "
          "closed-toe shoes.</p><p>You&#39;ll be done at noon. If anything comes up, call or text me at "
          "858-555-0143.</p><p>Best regards,<br>Janelle</p><p style=\"color:#555\">Janelle Marchetti | "
          "Talent Acquisition Partner<br>Pinecrest Medical<br>4410 Lusk Ridge Ct, San Diego, CA 92121 | "
          "858-555-0143</p></body></html>")
    subj1 = f"Your Onsite Interview Schedule - {role}"
    m1 = mail(hdrs(f"{rec[0]} <{rec[1]}>", USER_ADDR, subj1, sent1,
                  "<PH0PR05MB8123ONS41400A1B2C3D4@PH0PR05MB8123.namprd05.prod.outlook.example>",
                  extra=outlook_extra(subj1, "AdzB1mQ0aR7sT2uV9wX3yZ4a5b6c7d==")),
              text=t1, html=h1, text_cte="quoted-printable", html_cte="quoted-printable")
    subj2 = "Onsite Interview - Marisol Okafor - Sr. Mechanical Engineer"
    b2 = (f"{when_line(s, e, 'Pacific Standard Time')}\nWhere: Pinecrest Medical - Building B Lobby, "
          "4410 Lusk Ridge Ct, San Diego\n\n*~*~*~*~*~*~*~*~*~*\n\n"
          "Holding your calendar for the onsite. Full schedule was sent by email.\n\nJanelle\n")
    m2 = mail(hdrs(f"{rec[0]} <{rec[1]}>", USER_ADDR, subj2, sent2,
                  "<PH0PR05MB8123ONS41400E5F6A7B8@PH0PR05MB8123.namprd05.prod.outlook.example>",
                  extra=exch_extra(subj2, "AdzB1mQ0aR7sT2uV9wX3yZ4a5b6c7dAAE1")),
              text=b2, html=html_from_text(b2),
              cal=(exchange_ics("REQUEST", "040000008200E00074C5B7101A82E00800000000PCM0414ONS", 0, subj2, s, e,
                                "Pacific Standard Time", rec, [(USER_NAME, USER, "REQ-PARTICIPANT")], b2,
                                "Pinecrest Medical - Building B Lobby", sent2), "REQUEST"))
    add(c, [("01-onsite-schedule-table.eml", m1), ("02-onsite-calendar-hold.eml", m2)],
        lab(True, [iv("Pinecrest Medical", role, s, e, "scheduled", [p[2] for p in ppl], [p[2] for p in ppl],
                      "onsite")],
            "hard", "positive/onsite",
            "Schedule pasted as a table: four back-to-back 45-minute sessions 9:00-12:00 PDT + one Exchange "
            "calendar hold for the whole block; one onsite with four interviewers."))


# ============================================================== 10 career fair (negative)
def case10():
    c = "b110-10-career-fair-onsite-interviews"
    sent = dt(2026, 4, 6, 7, 30, PT)
    s, e = dt(2026, 4, 23, 10, 0, PT), dt(2026, 4, 23, 15, 0, PT)
    subj = "Register now: SoCal Aerospace & Defense Career Expo - on-site interviews with 40+ employers"
    h = ("<html><body style=\"font-family:Arial,sans-serif\">"
         "<h1 style=\"color:#0b2e59\">SoCal Aerospace &amp; Defense Career Expo</h1>"
         f"<p><b>{longdate(s)} &middot; 10 AM &ndash; 3 PM</b><br>San Diego Convention Center, Hall D</p>"
         "<p>Hi Marisol,</p>"
         "<p>Meet hiring managers from 40+ aerospace, defense and space employers - many are conducting "
         "<b>on-site interviews</b> for mechanical, systems and manufacturing engineering roles. Bring "
         "printed resumes and be ready to interview on the spot. Active clearance holders get priority "
         "entry from 9:30 AM.</p>"
         "<p><a href=\"https://events.clearedcareers.example/expo/sd-0423\">Reserve your free spot</a> "
         "and upload your resume so employers can schedule interview slots in advance.</p>"
         "<p>Participating employers include Corvane Aerospace, Halberd Defense Systems, Altura Space "
         "Systems and more.</p>"
         "<p style=\"font-size:9pt;color:#888\">You received this email because you registered on "
         "ClearedCareers Events. <a href=\"https://events.clearedcareers.example/unsub\">Unsubscribe</a>. "
         "ClearedCareers Events, 11 Broadway Ste 900, New York, NY 10004</p></body></html>")
    cal = ics_text(["BEGIN:VCALENDAR", "PRODID:-//ClearedCareers Events//EN", "VERSION:2.0", "METHOD:PUBLISH",
                    "BEGIN:VEVENT", "UID:sd-expo-20260423@events.clearedcareers.example",
                    f"DTSTAMP:{zstamp(sent)}", f"DTSTART;TZID=America/Los_Angeles:{loc(s)}",
                    f"DTEND;TZID=America/Los_Angeles:{loc(e)}",
                    "SUMMARY:SoCal Aerospace & Defense Career Expo (on-site interviews)",
                    "LOCATION:San Diego Convention Center\\, Hall D", "END:VEVENT", "END:VCALENDAR"])
    m = mail(hdrs("ClearedCareers Events <events@news.clearedcareers.example>", USER, subj, sent,
                  "<20260406143000.sd0423.839201@news.clearedcareers.example>",
                  extra=[("List-Unsubscribe", "<https://events.clearedcareers.example/unsub>"),
                         ("Precedence", "bulk")]),
             html=h, attachments=[("career-expo.ics", cal, "text", "calendar")])
    add(c, [("01-career-expo-announcement.eml", m)],
        lab(False, [], "medium", "negative/career-fair",
            "Career fair marketing mail promising on-site interviews, with an .ics for the fair itself."))


# ============================================================== 11 Halberd HM + ITAR onsite (positive, two)
def case11():
    c = "b110-11-halberd-hiring-manager-then-itar-onsite"
    dom = "halberd-defense.example"
    box = f"TalentScheduling@{dom}"
    hm = ("Curtis Pemberton", f"curtis.pemberton@{dom}")
    coord = ("Bianca Suarez", f"bianca.suarez@{dom}")
    alana = ("Alana Whitcomb", "Senior Staff Engineer, Airframe Integration", f"alana.whitcomb@{dom}")
    jer = ("Jerome Batiste", "Lead, Environmental Test", f"jerome.batiste@{dom}")
    nke = ("Nkechi Adebayo", "Program Manager", f"nkechi.adebayo@{dom}")
    role = "Mechanical Engineer - Missile Airframe Integration"
    s1, e1 = dt(2026, 3, 10, 11, 0, CT), dt(2026, 3, 10, 12, 0, CT)
    sent1 = dt(2026, 3, 4, 9, 55, CT)
    subj1 = f"Hiring Manager Interview - Marisol Okafor - {role}"
    b1 = (f"{when_line(s1, e1, 'Central Standard Time')}\nWhere: Microsoft Teams Meeting\n\n"
          "*~*~*~*~*~*~*~*~*~*\n\nMarisol,\n\nSent on behalf of Curtis Pemberton. Curtis would like to "
          "spend an hour with you discussing the Airframe Integration team and your background. Note the "
          "time is shown in Central Time (Huntsville) - that is 9:00 AM Pacific for you.\n\n"
          "Halberd Defense Systems | Talent Scheduling\n\n" + teams("hds_hm_0310", "229 617 004 381", "Hq3nK7"))
    m1 = mail(hdrs(f"{hm[0]} <{hm[1]}>", f"{USER_ADDR}", subj1, sent1,
                   "<CY4PR09MB2011HDS0310A@CY4PR09MB2011.namprd09.prod.outlook.example>",
                   sender=f"Talent Scheduling <{box}>",
                   extra=exch_extra(subj1, "AdytP3v8Q0bW2xE5rY7uI9oA1sD3fg==")),
              text=b1, html=html_from_text(b1),
              cal=(exchange_ics("REQUEST", "040000008200E00074C5B7101A82E00800000000HDS0310HM", 0, subj1, s1, e1,
                                "Central Standard Time", hm, [(USER_NAME, USER, "REQ-PARTICIPANT")], b1,
                                "Microsoft Teams Meeting", sent1, sent_by=box), "REQUEST"))
    day = (2026, 4, 1)
    itin = [((8, 30), (9, 15), "Curtis Pemberton", "Manager, Airframe Integration", hm[1]),
            ((9, 15), (10, 0), alana[0], alana[1], alana[2]),
            ((10, 0), (10, 45), jer[0], jer[1], jer[2]),
            ((10, 45), (11, 30), "Lab tour", "with Alana Whitcomb", ""),
            ((11, 30), (12, 30), "Lunch", "with the Airframe Integration team", ""),
            ((12, 30), (13, 15), nke[0], nke[1], nke[2])]
    s2, e2 = dt(*day, 8, 30, CT), dt(*day, 13, 15, CT)
    sent2, sent3 = dt(2026, 3, 17, 15, 10, CT), dt(2026, 3, 17, 15, 18, CT)
    rows = "".join(f"<tr><td>{h12(dt(*day, *a, CT))} - {h12(dt(*day, *b, CT))}</td><td>{n}</td><td>{t}</td>"
                   f"<td>{m}</td></tr>" for a, b, n, t, m in itin)
    h2 = ("<html><body style=\"font-family:Calibri,sans-serif;font-size:11pt\"><p>Hi Marisol,</p>"
          "<p>Congratulations - the team would like to invite you to Huntsville for an onsite interview on "
          f"<b>{longdate(s2)}</b>. Our travel agency will contact you to book your flight into HSV on "
          "March 31 and a hotel for one night.</p><p><b>Itinerary (all times Central)</b></p>"
          "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
          "<tr><th>Time</th><th>Name</th><th>Title</th><th>Email</th></tr>" + rows + "</table>"
          "<p><b>Visitor access / ITAR</b><br>This position requires access to technical data controlled "
          "under the International Traffic in Arms Regulations (ITAR). Before you can be badged you must "
          "verify U.S. person status. Please bring ONE of the following: a valid U.S. passport or passport "
          "card; OR an original/certified U.S. birth certificate together with a government-issued photo "
          "ID; OR a Permanent Resident Card. Copies and phone photos cannot be accepted.</p>"
          "<p>Report to the <b>Visitor Center, Building 1200, 7200 Explorer Blvd NW, Huntsville, AL "
          "35806</b> no later than <b>8:00 AM</b> for citizenship verification and badging. Cell phones, "
          "smart watches and laptops must be left in your vehicle or in the Visitor Center lockers.</p>"
          "<p>I will meet you in the Visitor Center lobby and walk you back there at 1:15 PM.</p>"
          "<p>Thank you,<br>Bianca Suarez<br>Talent Acquisition Coordinator<br>Halberd Defense Systems<br>"
          "7200 Explorer Blvd NW, Huntsville, AL 35806<br>Office 256.555.0110</p></body></html>")
    subj2 = f"Onsite Interview Invitation - {role} - Huntsville"
    id2 = "<CY4PR09MB2011HDS0401ITIN@CY4PR09MB2011.namprd09.prod.outlook.example>"
    m2 = mail(hdrs(f"{coord[0]} <{coord[1]}>", USER_ADDR, subj2, sent2, id2,
                   extra=outlook_extra(subj2, "AdzG8kLm2nO4pQ6rS8tU0vW2xY4zAg==")),
              html=h2, html_cte="quoted-printable")
    subj3 = "Onsite Interview - Marisol Okafor (Visitor Center, Bldg 1200)"
    b3 = (f"{when_line(s2, e2, 'Central Standard Time')}\nWhere: Halberd Defense Systems - Visitor Center, "
          "Building 1200, 7200 Explorer Blvd NW, Huntsville\n\n*~*~*~*~*~*~*~*~*~*\n\n"
          "Calendar hold for your onsite. Please see my email for the itinerary and the ITAR / citizenship "
          "documentation you must bring. Arrive by 8:00 AM for badging.\n\nBianca\n")
    m3 = mail(hdrs(f"{coord[0]} <{coord[1]}>", USER_ADDR, subj3, sent3,
                   "<CY4PR09MB2011HDS0401CAL@CY4PR09MB2011.namprd09.prod.outlook.example>",
                   extra=exch_extra(subj3, "AdzG8kLm2nO4pQ6rS8tU0vW2xY4zAgAAB3")),
              text=b3, html=html_from_text(b3),
              cal=(exchange_ics("REQUEST", "040000008200E00074C5B7101A82E00800000000HDS0401ONS", 0, subj3, s2, e2,
                                "Central Standard Time", coord, [(USER_NAME, USER, "REQ-PARTICIPANT")], b3,
                                "Visitor Center, Building 1200", sent3), "REQUEST"))
    inter = [hm[1], alana[2], jer[2], nke[2]]
    add(c, [("01-hm-interview-invite.eml", m1), ("02-onsite-itinerary-itar.eml", m2),
            ("03-onsite-calendar-hold.eml", m3)],
        lab(True, [iv("Halberd Defense Systems", role, s1, e1, "scheduled", [hm[1]], [hm[1]], "hiring_manager"),
                   iv("Halberd Defense Systems", role, s2, e2, "scheduled", inter, inter, "onsite")],
            "hard", "positive/two-interviews",
            "HM Teams interview Tue 3/10 11:00 CDT (sent during CST, label UTC-06:00) via shared mailbox; later "
            "an ITAR onsite in Huntsville 8:30-13:15 CDT (arrive 8:00 for badging, not the start)."))


# ============================================================== 12 Calloway thread (positive)
def case12():
    c = "b110-12-calloway-hm-thread-half-past-ten-eastern"
    dom = "callowaybio.example"
    hm = ("Meredith Achebe", f"machebe@{dom}")
    role = "Process Development Engineer - Single-Use Systems"
    d1, d2, d3 = dt(2026, 3, 20, 16, 47, ET), dt(2026, 3, 20, 14, 5, PT), dt(2026, 3, 20, 17, 31, ET)
    s, e = dt(2026, 3, 24, 10, 30, ET), dt(2026, 3, 24, 11, 15, ET)
    t1 = ("Hi Marisol,\n\n"
          "Thanks for your patience while we worked through applications. I enjoyed reading about your "
          "fixture design work and I'd like to set up a video interview for the Process Development "
          "Engineer role on my team. Would next Tuesday at half past ten Eastern work? It should run about "
          "45 minutes - I'll mostly want to hear how you approach scale-up of single-use assemblies and "
          "how you handle design controls.\n\n"
          "Best,\nMeredith\n\nMeredith Achebe, PhD\nAssociate Director, Process Engineering\n"
          "Calloway Biologics | 75 Binney St, Cambridge, MA 02142\n617-555-0186\n\nGet Outlook for iOS\n")
    id1 = "<BN8PR15MB2755CB0320A@BN8PR15MB2755.namprd15.prod.outlook.example>"
    subj = "Interview - Process Development Engineer"
    m1 = mail(hdrs(f"{hm[0]} <{hm[1]}>", USER_ADDR, subj, d1, id1), text=t1,
              html=html_from_text(t1, "Aptos,sans-serif"))
    t2 = ("Hi Meredith,\n\nThank you - Tuesday at 10:30 ET (7:30 my time) works well for me. I look forward "
          "to it.\n\nBest regards,\nMarisol Okafor\n(619) 555-0148\n\n" + quote(t1, f"{hm[0]} <{hm[1]}>", d1))
    id2 = "<6E1F0A9C-44B2-4C7E-9D1A-0C2B3F4E5D6A@example.com>"
    m2 = mail(hdrs(USER_ADDR, f"{hm[0]} <{hm[1]}>", f"Re: {subj}", d2, id2, in_reply_to=id1,
                   extra=[("X-Mailer", "Apple Mail (2.3774.300.61)")]), text=t2)
    t3 = ("Great - I've sent a Teams link from my calendar. Talk Tuesday!\n\nMeredith\n\n"
          + outlook_quote(t2, f"{USER_NAME} <{USER}>", d2.astimezone(ZoneInfo(ET)),
                          f"{hm[0]} <{hm[1]}>", f"Re: {subj}"))
    m3 = mail(hdrs(f"{hm[0]} <{hm[1]}>", USER_ADDR, f"RE: {subj}", d3,
                   "<BN8PR15MB2755CB0320C@BN8PR15MB2755.namprd15.prod.outlook.example>", in_reply_to=id2,
                   refs=f"{id1} {id2}"), text=t3, html=html_from_text(t3, "Aptos,sans-serif"))
    add(c, [("01-hm-proposes-next-tuesday.eml", m1), ("02-user-accepts.eml", m2), ("03-hm-confirms.eml", m3)],
        lab(True, [iv("Calloway Biologics", role, s, e, "scheduled", [hm[1]], [hm[1]], "hiring_manager")],
            "medium", "positive/thread",
            "'next Tuesday at half past ten Eastern' from Fri 3/20 -> Tue 3/24 10:30 EDT, 45 minutes."))


# ============================================================== 13 recruiter mass email (negative)
def case13():
    c = "b110-13-agency-mass-email-openings"
    sent = dt(2026, 3, 31, 6, 2, CT)
    subj = "Marisol, 14 mechanical engineering openings - interviews happening this month"
    t = ("Hi Marisol,\n\n"
         "Hiring is heating up across aerospace, defense and medical devices and our clients are "
         "interviewing candidates this month. A few of the roles we're recruiting for right now:\n\n"
         "* Mechanical Engineer II - Space Vehicle Structures - Colorado Springs, CO (clearance required)\n"
         "* Sr. Mechanical Design Engineer - Missile Systems - Huntsville, AL\n"
         "* Mechanical Engineer - Class III Implantables - San Diego, CA\n"
         "* Test Engineer - Propulsion - Los Angeles, CA\n"
         "* Equipment Engineer - Biologics Manufacturing - Boston, MA\n"
         "...and 9 more on our job board.\n\n"
         "Is one of these a fit? Book a 15-minute intro call with our team at a time that works for you: "
         "https://meet.beaconengsearch.example/intro - or simply reply with your updated resume and a good "
         "time to call, and a recruiter will be in touch to schedule.\n\n"
         "Refer a candidate and earn $1,000 when they're hired!\n\n"
         "The Beacon Engineering Search Team\n1600 Main St, Suite 410, Dallas, TX 75201 | 214-555-0100\n\n"
         "You are receiving this because you subscribed to Beacon job updates. Unsubscribe: "
         "https://beaconengsearch.example/u/3819\n")
    m = mail(hdrs("Beacon Engineering Search <jobs@mailer.beaconengsearch.example>", USER, subj, sent,
                  "<0102019e3a1b7c4d-beacon-20260331@mailer.beaconengsearch.example>",
                  reply_to="Beacon Recruiting <recruiting@beaconengsearch.example>",
                  extra=[("List-Unsubscribe", "<https://beaconengsearch.example/u/3819>"), ("Precedence", "bulk")]),
             text=t, html=html_from_text(t, "Arial,sans-serif"))
    add(c, [("01-mass-recruiting-email.eml", m)],
        lab(False, [], "medium", "negative/recruiter-outreach",
            "Agency bulk mail listing openings with an unbooked intro-call link."))


# ============================================================== 14 Solenne forwarded noon lunch (positive)
def case14():
    c = "b110-14-solenne-forwarded-lunch-at-noon"
    dom = "solennesurgical.example"
    rec = ("Gwen Talbot", f"gtalbot@{dom}")
    hm = ("Greg Marchand", f"gmarchand@{dom}")
    role = "R&D Engineer III - Surgical Stapling"
    dfw, d1, d2 = dt(2026, 4, 2, 17, 40, PT), dt(2026, 4, 3, 9, 12, PT), dt(2026, 4, 3, 10, 1, PT)
    s, e = dt(2026, 4, 10, 12, 0, PT), dt(2026, 4, 10, 13, 30, PT)
    inner = ("Gwen -\n\nI'd like to meet Marisol before we bring her in for the panel. Let's do lunch on "
             "Friday 4/10 at noon at Tidewater Grill on Palomar Airport Rd - I'll book a table for two. "
             "Block an hour and a half. I'll focus on the stapler reload program and her DFM background.\n\n"
             "Greg\n\nGreg Marchand\nSr. Manager, R&D - Surgical Stapling\nSolenne Surgical\n"
             "5950 Priestly Dr, Carlsbad, CA 92008 | 760-555-0131\n")
    t1 = ("Hi Marisol,\n\nGood news - see Greg's note below. He's our hiring manager for the R&D Engineer III "
          "role and would like to take you to lunch next Friday at noon near our Carlsbad campus. Can you "
          "confirm that works? Greg will meet you at the restaurant.\n\nThanks!\nGwen\n\n"
          "Gwen Talbot | Senior Recruiter | Solenne Surgical\n760-555-0158\n\n"
          "---------- Forwarded message ---------\n"
          f"From: {hm[0]} <{hm[1]}>\nDate: Thu, Apr 2, 2026 at 5:40 PM\n"
          "Subject: Marisol Okafor - lunch interview\n"
          f"To: {rec[0]} <{rec[1]}>\n\n" + inner)
    id1 = "<CAF7qLk2x9pYt0Zq+solenne-fwd-0403@mail.gmail.example>"
    m1 = mail(hdrs(f"{rec[0]} <{rec[1]}>", USER_ADDR, "Fwd: Marisol Okafor - lunch interview", d1, id1,
                   cc=f"{hm[0]} <{hm[1]}>"), text=t1, text_cte="quoted-printable")
    t2 = ("Hi Gwen and Greg,\n\nFriday at noon works perfectly - I'll see you at Tidewater Grill. Thank you!\n\n"
          "Marisol\n\n" + quote(t1, f"{rec[0]} <{rec[1]}>", d1))
    m2 = mail(hdrs(USER_ADDR, f"{rec[0]} <{rec[1]}>", "Re: Fwd: Marisol Okafor - lunch interview", d2,
                   "<b7a1c0de-5e5f-4d7a-9c1b-okafor0403@example.com>", cc=f"{hm[0]} <{hm[1]}>", in_reply_to=id1),
              text=t2)
    add(c, [("01-recruiter-forwards-hm-note.eml", m1), ("02-user-confirms.eml", m2)],
        lab(True, [iv("Solenne Surgical", role, s, e, "scheduled", [hm[1]], [hm[1]], "hiring_manager")],
            "medium", "positive/forwarded",
            "Recruiter forwards the HM's note: lunch interview Friday 4/10 at noon, 'block an hour and a half'."))


# ============================================================== 15 supplier qualification visit (negative)
def case15():
    c = "b110-15-supplier-qualification-visit"
    dom = "harborpoint-marine.example"
    org = ("Priscila Mendes", f"priscila.mendes@{dom}")
    s, e = dt(2026, 4, 16, 8, 0, PT), dt(2026, 4, 16, 12, 0, PT)
    sent = dt(2026, 4, 8, 11, 5, PT)
    subj = "Supplier Qualification Visit - Anvil Precision Machining (El Cajon)"
    body = (f"{when_line(s, e, 'Pacific Standard Time')}\nWhere: Anvil Precision Machining, 1240 N Marshall Ave, "
            "El Cajon, CA\n\n*~*~*~*~*~*~*~*~*~*\n\n"
            "Team,\n\nWe're scheduled for the on-site qualification of Anvil Precision as a second source for "
            "the seal housing machining. Agenda:\n\n"
            "08:00 Opening meeting / quality system overview\n"
            "08:45 Shop floor walk - 5-axis cells, CMM lab\n"
            "10:00 Interviews with production leads and inspectors (process control, FAI, NCMR handling)\n"
            "11:15 Review of candidate first-article parts\n"
            "11:45 Closeout / findings\n\n"
            "Marisol - please own the drawing/GD&T questions during the FAI review. Carpool leaves Bldg 1 at "
            "7:20.\n\nPriscila Mendes\nSupplier Quality Engineer | Harbor Point Marine Systems\n"
            "619-555-0109 | 2600 Harbor Dr, San Diego, CA 92113\n")
    att = [(USER_NAME, USER, "REQ-PARTICIPANT"), ("Wes Kaplan", f"wes.kaplan@{dom}", "OPT-PARTICIPANT")]
    m = mail(hdrs(f"{org[0]} <{org[1]}>", f"{USER_ADDR}, Wes Kaplan <wes.kaplan@{dom}>", subj, sent,
                  "<CH2PR07MB6611SQV0416@CH2PR07MB6611.namprd07.prod.outlook.example>",
                  extra=exch_extra(subj, "AdzH2mNp4qR6sT8uV0wX2yZ4aB6cDg==")),
             text=body, html=html_from_text(body),
             cal=(exchange_ics("REQUEST", "040000008200E00074C5B7101A82E00800000000SQV0416", 0, subj, s, e,
                               "Pacific Standard Time", org, att, body, "Anvil Precision Machining, El Cajon", sent),
                  "REQUEST"))
    add(c, [("01-supplier-visit-invite.eml", m)],
        lab(False, [], "hard", "negative/work-meeting",
            "Supplier qualification audit at the current job; agenda includes 'interviews with production leads'."))


# ============================================================== 16 Aurel Toulouse + gcal (positive)
def case16():
    c = "b110-16-aurel-toulouse-director-gcal-event"
    dom = "aurel-aero.example"
    dir_ = ("Élodie Marchal", f"elodie.marchal@{dom}")
    bap = ("Baptiste Roux", f"baptiste.roux@{dom}")
    role = "Composite Structures Engineer"
    s, e = dt(2026, 3, 26, 16, 0, "Europe/Paris"), dt(2026, 3, 26, 17, 0, "Europe/Paris")
    d1 = dt(2026, 3, 19, 18, 20, "Europe/Paris")
    local_sd = s.astimezone(ZoneInfo(PT))
    t1 = ("Dear Marisol,\n\n"
          "Thank you for your application to the Composite Structures Engineer position at our Los Angeles "
          "site. I lead the structures engineering group from our Toulouse headquarters and would like to "
          "have a first technical discussion with you, together with my colleague Baptiste Roux (Stress "
          "Methods).\n\n"
          f"Would Thursday 26 March at 16h (Toulouse time) suit you? If I am not mistaken that is "
          f"{local_sd.hour}h in San Diego - early, I know, my apologies. Europe changes clocks only on "
          "29 March, so this week the gap is one hour smaller than usual. We will need one hour. I have "
          "put it in my calendar with a Google Meet link; you should receive the invitation.\n\n"
          "Kind regards,\nÉlodie Marchal\nDirectrice Ingénierie Structures / Director, Structures Engineering\n"
          "Aurel Aerostructures - 12 allée Émile Dewoitine, 31700 Blagnac, France\n+33 5 55 01 23 45\n")
    m1 = mail(hdrs(f"{dir_[0]} <{dir_[1]}>", USER_ADDR, "Aurel Aerostructures - technical discussion", d1,
                   "<a7c3e1f2-aurel-0319@aurel-aero.example>"), text=t1, text_cte="base64")
    ev = {"kind": "calendar#event", "etag": "\"3551029837412000\"", "id": "6k1r0c9aurel26mar16h",
          "status": "confirmed",
          "htmlLink": "https://www.google.example/calendar/event?eid=NmsxcjBjOWF1cmVsMjZtYXIxNmg",
          "created": "2026-03-19T17:15:02.000Z", "updated": "2026-03-19T17:21:44.120Z",
          "summary": "Entretien technique / Technical interview - Marisol Okafor (Composite Structures Engineer)",
          "description": "Technical discussion with Élodie Marchal and Baptiste Roux (Stress Methods). "
                         "Topics: laminate design, bonded joints, certification by analysis.",
          "creator": {"email": dir_[1], "displayName": dir_[0]},
          "organizer": {"email": dir_[1], "displayName": dir_[0]},
          "start": {"dateTime": iso(s), "timeZone": "Europe/Paris"},
          "end": {"dateTime": iso(e), "timeZone": "Europe/Paris"},
          "iCalUID": "6k1r0c9aurel26mar16h@google.com", "sequence": 0,
          "attendees": [{"email": dir_[1], "displayName": dir_[0], "organizer": True, "responseStatus": "accepted"},
                        {"email": bap[1], "displayName": bap[0], "responseStatus": "accepted"},
                        {"email": USER, "self": True, "responseStatus": "accepted"}],
          "hangoutLink": "https://meet.google.example/qpr-tzwk-odm",
          "conferenceData": {"entryPoints": [{"entryPointType": "video",
                                              "uri": "https://meet.google.example/qpr-tzwk-odm",
                                              "label": "meet.google.example/qpr-tzwk-odm"}],
                             "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                             "conferenceId": "qpr-tzwk-odm"},
          "reminders": {"useDefault": True}, "eventType": "default"}
    add(c, [("01-director-email.eml", m1),
            ("02-calendar-event.gcal.json", (json.dumps(ev, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))],
        lab(True, [iv("Aurel Aerostructures", role, s, e, "scheduled", [dir_[1], bap[1]], [dir_[1], bap[1]],
                      "technical")],
            "hard", "positive/gcal-json",
            "Director in Toulouse writes '16h (Toulouse time)' on 26 March - US already on PDT, Europe still "
            "CET: 8:00 in San Diego. Calendar API event carries the same time."))


# ============================================================== 17 rejection after onsite (negative)
def case17():
    c = "b110-17-rejection-after-onsite"
    dom = "brightwatermed.example"
    rec = ("Lauren Pryce", f"lauren.pryce@{dom}")
    role = "Staff Mechanical Engineer - Infusion Systems"
    d1, d2 = dt(2026, 4, 13, 13, 2, PT), dt(2026, 4, 13, 13, 30, PT)
    wd = ("Dear Marisol,\n\n"
          f"Thank you for your interest in the {role} position (JR-11804) at Brightwater Medical. "
          "The status of your application has been updated. Please sign in to Candidate Home to view it.\n\n"
          "https://brightwater.wd1.myworkdayjobs.example/Careers/userHome\n\n"
          "This is an automated message. Please do not reply.\n")
    m1 = mail(hdrs("Brightwater Medical <brightwater@myworkday.example>", USER,
                   f"Application Status Update - {role}", d1,
                   "<220938714.11204.1776110520@wd1-prod-notify.myworkday.example>"), text=wd)
    t2 = ("Hi Marisol,\n\n"
          "Thank you again for spending the day with us onsite last Thursday. The team enjoyed meeting you "
          "and your interviews with Sanjay, Ellen and the panel went well. This was a difficult decision, "
          "but we have decided to move forward with another candidate whose experience with our specific "
          "pump platform more closely matched the role.\n\n"
          "I would love to stay in touch - we expect to open two more mechanical roles in Q3, and if you "
          "are interested I'd be happy to schedule a call then to talk about them.\n\n"
          "All the best,\nLauren\n\nLauren Pryce | Talent Acquisition | Brightwater Medical\n"
          "858-555-0175 | 10080 Wateridge Cir, San Diego, CA 92121\n")
    m2 = mail(hdrs(f"{rec[0]} <{rec[1]}>", USER_ADDR, f"Update on your candidacy - {role}", d2,
                   "<SA1PR12MB7743REJ0413@SA1PR12MB7743.namprd12.prod.outlook.example>"),
              text=t2, html=html_from_text(t2))
    add(c, [("01-workday-status-update.eml", m1), ("02-recruiter-rejection.eml", m2)],
        lab(False, [], "medium", "negative/rejection",
            "Rejection after an onsite (refers to past interviews, offers a future call) - no interview to schedule."))


# ============================================================== 18 Summit Ridge standalone ics (positive)
def case18():
    c = "b110-18-summit-ridge-panel-standalone-ics"
    dom = "summitridgespace.example"
    rec = ("Owen Castellanos", f"owen.castellanos@{dom}")
    ing = ("Ingrid Solberg", f"ingrid.solberg@{dom}")
    mar = ("Marcus Yee", f"marcus.yee@{dom}")
    role = "Thermal-Mechanical Engineer"
    s, e = dt(2026, 4, 15, 14, 0, MT), dt(2026, 4, 15, 15, 30, MT)
    d1 = dt(2026, 4, 2, 16, 48, MT)
    t1 = ("Hi Marisol,\n\n"
          "Thanks for making time for us. Your technical panel is confirmed for Wednesday 4/15, 14:00-15:30 "
          "Mountain (1:00-2:30 PM your time). Dr. Ingrid Solberg (Thermal Analysis Lead) and Marcus Yee "
          "(Senior Mechanical Engineer, Payload Structures) will interview you; expect about 20 minutes of "
          "you presenting a past project followed by technical questions. Our IT policy blocks outside "
          "calendar invites, so I've attached the calendar file - just open it to add it to your calendar. "
          "The Teams link is inside.\n\n"
          "Owen Castellanos\nTechnical Recruiter | Summit Ridge Space\n"
          "7150 Campus Dr, Suite 300, Colorado Springs, CO 80920\nDirect 719-555-0152 | Mobile 719-555-0187\n")
    desc = ("Technical panel for the Thermal-Mechanical Engineer role.\nInterviewers: Ingrid Solberg, Marcus Yee\n"
            "Join Microsoft Teams Meeting: https://teams.microsoft.example/l/meetup-join/19%3ameeting_srs0415")
    cal = ics_text(["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
                    "METHOD:PUBLISH", "X-MS-OLK-FORCEINSPECTOROPEN:TRUE"] + vtimezone("Mountain Standard Time") +
                   ["BEGIN:VEVENT", "CLASS:PUBLIC", f"CREATED:{zstamp(d1)}", f"DESCRIPTION:{esc(desc)}",
                    f"DTEND;TZID=Mountain Standard Time:{loc(e)}", f"DTSTAMP:{zstamp(d1)}",
                    f"DTSTART;TZID=Mountain Standard Time:{loc(s)}",
                    f"ORGANIZER;CN={rec[0]}:mailto:{rec[1]}",
                    f"ATTENDEE;CN={USER_NAME};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{USER}",
                    f"ATTENDEE;CN={ing[0]};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{ing[1]}",
                    f"ATTENDEE;CN={mar[0]};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{mar[1]}",
                    "LOCATION:Microsoft Teams Meeting", "PRIORITY:5", "SEQUENCE:0",
                    f"SUMMARY;LANGUAGE=en-us:Technical Panel Interview - Marisol Okafor - {role}",
                    "TRANSP:OPAQUE", "UID:040000008200E00074C5B7101A82E00800000000SRS0415PANEL",
                    "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
                    "END:VEVENT", "END:VCALENDAR"])
    m1 = mail(hdrs(f"{rec[0]} <{rec[1]}>", USER_ADDR, f"Technical Panel - {role} - Wed 4/15", d1,
                   "<MW4PR17MB5530SRS0415@MW4PR17MB5530.namprd17.prod.outlook.example>",
                   extra=outlook_extra("Technical Panel", "AdzC2nQx5pW7rT9uY1iO3pA5sD7fGh==")),
              text=t1, html=html_from_text(t1))
    add(c, [("01-recruiter-email.eml", m1), ("02-technical-panel.ics", cal)],
        lab(True, [iv("Summit Ridge Space", role, s, e, "scheduled", [ing[1], mar[1]], [ing[1], mar[1]], "onsite")],
            "medium", "positive/standalone-ics",
            "Recruiter mail with '14:00-15:30 Mountain' + standalone Outlook .ics (Mountain Standard Time TZID, "
            "April = MDT); two-person panel -> onsite."))


# ============================================================== 19 availability request (negative)
def case19():
    c = "b110-19-corvane-availability-request-unbooked"
    d1 = dt(2026, 4, 17, 9, 30, PT)
    role = "Senior Mechanical Engineer - Ground Support Equipment"
    h = ("<html><body style=\"font-family:Helvetica,Arial,sans-serif\">"
         "<p>Hi Marisol,</p>"
         f"<p>Corvane Aerospace would like to schedule your <b>Onsite Interview</b> for the <b>{role}</b> "
         "position. Please share your availability so we can coordinate with the interview panel.</p>"
         "<p>Duration: 4 hours &middot; Location: El Segundo, CA</p>"
         "<p><a href=\"https://schedule.slotwise.example/c/corvane/9d2f7e\" style=\"background:#0a4da2;"
         "color:#fff;padding:10px 18px;text-decoration:none\">Select your availability</a></p>"
         "<p>Please submit your availability within 48 hours. Once the panel is confirmed you will receive "
         "a calendar invitation with your interview schedule.</p>"
         "<p>Questions? Contact your recruiting coordinator, Tessa Nguyen (tessa.nguyen@corvane-aero.example).</p>"
         "<p style=\"font-size:9pt;color:#888\">Sent via Slotwise Interview Scheduling on behalf of Corvane "
         "Aerospace. Please do not reply to this email.</p></body></html>")
    m = mail(hdrs("Corvane Aerospace Recruiting <no-reply@slotwise.example>", USER,
                  f"Action required: share your availability - Onsite Interview, {role}", d1,
                  "<sw.9d2f7e.20260417163000@mail.slotwise.example>",
                  reply_to="Tessa Nguyen <tessa.nguyen@corvane-aero.example>"),
             html=h, html_cte="quoted-printable")
    add(c, [("01-availability-request.eml", m)],
        lab(False, [], "hard", "negative/availability-request",
            "Scheduling-vendor availability request for an onsite; nothing booked."))


# ============================================================== 20 Norwell iCIMS + withdrawal (positive/cancel)
def case20():
    c = "b110-20-norwell-icims-confirmation-then-withdrawal"
    dom = "norwellbio.example"
    rec = ("Carla Duarte", f"cduarte@{dom}")
    role = "Mechanical Engineer, Bioreactor Hardware"
    s, e = dt(2026, 4, 21, 14, 0, ET), dt(2026, 4, 21, 15, 0, ET)
    d1, d2, d3 = dt(2026, 4, 10, 11, 4, ET), dt(2026, 4, 16, 19, 22, PT), dt(2026, 4, 17, 9, 15, ET)
    h1 = ("<html><body style=\"font-family:Arial,sans-serif\"><p>Dear Marisol,</p>"
          f"<p>Thank you for your interest in Norwell Bioprocess. This email confirms your interview for "
          f"<b>{role}</b> (Job ID 2026-3147).</p>"
          f"<p><b>Date:</b> {longdate(s)}<br><b>Time:</b> 2:00 PM - 3:00 PM Eastern Time<br>"
          "<b>Format:</b> Zoom video interview<br><b>Interviewer:</b> Theo Marsh, Engineering Manager</p>"
          "<p>A calendar file is attached. If you have questions please contact Carla Duarte at "
          "cduarte@norwellbio.example.</p>"
          "<p>Sincerely,<br>Norwell Bioprocess Talent Acquisition</p>"
          "<p style=\"font-size:8pt;color:#999\">Powered by iCIMS &middot; This mailbox is not monitored.</p>"
          "</body></html>")
    cal = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//iCIMS//Interview Scheduler//EN", "METHOD:REQUEST",
                    "BEGIN:VEVENT", "UID:icims-int-2026-3147-88412@norwellbio.icims.example",
                    f"DTSTAMP:{zstamp(d1)}", f"DTSTART:{zstamp(s)}", f"DTEND:{zstamp(e)}",
                    f"SUMMARY:Interview: {esc(role)} - Norwell Bioprocess",
                    "LOCATION:Zoom https://norwellbio.zoom.example/j/93815520441",
                    f"ORGANIZER;CN=Norwell Bioprocess Talent Acquisition:mailto:donotreply@norwellbio.icims.example",
                    f"ATTENDEE;CN={USER_NAME};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{USER}",
                    "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    m1 = mail(hdrs("Norwell Bioprocess Talent Acquisition <donotreply@norwellbio.icims.example>", USER,
                   f"Interview Confirmation - {role}", d1, "<icims.88412.1775833440@norwellbio.icims.example>"),
              html=h1, attachments=[("interview.ics", cal, "text", "calendar")])
    t2 = ("Hi Carla,\n\n"
          "Thank you for the opportunity and for your help so far. After a lot of thought I've decided not "
          "to relocate to the Boston area this year, so I'd like to withdraw my candidacy for the Mechanical "
          "Engineer, Bioreactor Hardware role. Could you please cancel Tuesday's interview with Theo and "
          "pass along my apologies?\n\nThank you for understanding,\nMarisol Okafor\n")
    id2 = "<okafor.withdraw.20260416@example.com>"
    m2 = mail(hdrs(USER_ADDR, f"{rec[0]} <{rec[1]}>", f"Withdrawing - {role}", d2, id2), text=t2)
    t3 = ("Hi Marisol,\n\nThanks for letting us know, and I completely understand. I've canceled your "
          "interview with Theo on the 21st and closed out your application. Best of luck, and please "
          "keep us in mind if your plans change.\n\nCarla\n\nCarla Duarte | Senior Recruiter | Norwell "
          "Bioprocess\n617-555-0193\n\n" + outlook_quote(t2, f"{USER_NAME} <{USER}>",
                                                        d2.astimezone(ZoneInfo(ET)), rec[0], f"Withdrawing - {role}"))
    m3 = mail(hdrs(f"{rec[0]} <{rec[1]}>", USER_ADDR, f"RE: Withdrawing - {role}", d3,
                   "<DM8PR10MB5521NW0417@DM8PR10MB5521.namprd10.prod.outlook.example>", in_reply_to=id2),
              text=t3, html=html_from_text(t3))
    add(c, [("01-icims-interview-confirmation.eml", m1), ("02-user-withdraws.eml", m2),
            ("03-recruiter-confirms-cancel.eml", m3)],
        lab(True, [iv("Norwell Bioprocess", role, s, e, "cancelled", [], [rec[1]], "hiring_manager")],
            "medium", "positive/cancellation",
            "iCIMS confirmation (UTC .ics) for Tue 4/21 2 PM ET; candidate withdraws, recruiter confirms the "
            "interview is canceled. The interviewer's (Theo Marsh) address never appears, so followup goes to "
            "the recruiter."))


# ============================================================== 21 user is the interviewer (negative)
def case21():
    c = "b110-21-user-interviews-intern-candidate"
    dom = "harborpoint-marine.example"
    org = ("Recruiting Coordination", f"recruitingcoordination@{dom}")
    s, e = dt(2026, 2, 24, 15, 0, PT), dt(2026, 2, 24, 15, 45, PT)
    sent = dt(2026, 2, 19, 10, 10, PT)
    subj = "Interview: Jordan Reyes - Mechanical Engineering Intern (Summer 2026) - Technical"
    body = (f"{when_line(s, e, 'Pacific Standard Time')}\nWhere: Microsoft Teams Meeting\n\n"
            "*~*~*~*~*~*~*~*~*~*\n\n"
            "Hi Marisol,\n\nThank you for volunteering as an interviewer for our summer intern program. You "
            "will conduct the technical portion (45 min) for candidate Jordan Reyes, a junior at San Diego "
            "State. The candidate's resume and the intern interview guide are attached to the req in "
            "Workday. Please submit your scorecard within 24 hours of the interview.\n\n"
            "Recruiting Coordination | Harbor Point Marine Systems\n\n"
            + teams("hpms_intern_0224", "263 550 917 284", "Jr5wT2"))
    att = [(USER_NAME, USER, "REQ-PARTICIPANT"), ("Jordan Reyes", "jordan.reyes.sdsu@mail.example", "REQ-PARTICIPANT")]
    m = mail(hdrs(f"{org[0]} <{org[1]}>", f"{USER_ADDR}", subj, sent,
                  "<CH2PR07MB6611INT0224@CH2PR07MB6611.namprd07.prod.outlook.example>",
                  extra=exch_extra(subj, "AdylR1sT3uV5wX7yZ9aB1cD3eF5gHg==")),
             text=body, html=html_from_text(body),
             cal=(exchange_ics("REQUEST", "040000008200E00074C5B7101A82E00800000000INT0224", 0, subj, s, e,
                               "Pacific Standard Time", org, att, body, "Microsoft Teams Meeting", sent), "REQUEST"))
    add(c, [("01-intern-interview-invite.eml", m)],
        lab(False, [], "hard", "negative/user-is-interviewer",
            "Exchange interview invite at the current job where the user is the interviewer of an intern candidate."))


# ============================================================== 22 Castellan Webex (positive)
def case22():
    c = "b110-22-castellan-webex-invite"
    dom = "castellanortho.example"
    host = ("Rachel Dunmore", f"rachel.dunmore@{dom}")
    hr = ("Devon Albright", f"devon.albright@{dom}")
    role = "R&D Engineer II - Spine Implants"
    s, e = dt(2026, 4, 20, 15, 0, PT), dt(2026, 4, 20, 16, 0, PT)
    d1, d2 = dt(2026, 4, 14, 8, 50, PT), dt(2026, 4, 14, 9, 3, PT)
    t1 = ("Hi Marisol,\n\nRachel Dunmore, our R&D Manager for Spine, would like to interview you for the "
          "R&D Engineer II role on Monday 4/20 at 3pm PT. She'll send you a Webex invite directly - keep an "
          "eye out for it. It's an hour.\n\nDevon Albright\nHR Business Partner | Castellan Orthopedics\n"
          "2075 Corte del Nogal, Carlsbad, CA 92011 | 760-555-0120\n")
    m1 = mail(hdrs(f"{hr[0]} <{hr[1]}>", USER_ADDR, f"Next step - {role}", d1,
                   "<BYAPR02MB4100CO0414A@BYAPR02MB4100.namprd02.prod.outlook.example>"),
              text=t1, html=html_from_text(t1))
    t2 = ("Rachel Dunmore invites you to join this Webex meeting.\n\n"
          f"Interview - Marisol Okafor - {role}\n"
          f"Host: Rachel Dunmore\n{s:%A, %B} {s.day}, {s.year} {h12(s)} | (UTC-07:00) Pacific Time (US & Canada) | 1 hr\n\n"
          "Join meeting\nhttps://castellanortho.webex.example/castellanortho/j.php?MTID=m4b1c7d0e2f\n\n"
          "Meeting number (access code): 2634 118 9071\nMeeting password: Sp1ne0420\n\n"
          "Join by phone\n+1-408-555-0111 United States Toll\n\n"
          "Need help? Go to https://help.webex.example\n")
    cal = ics_text(["BEGIN:VCALENDAR", "PRODID:-//Cisco//Webex Meetings//EN", "VERSION:2.0", "METHOD:REQUEST",
                    "BEGIN:VTIMEZONE", "TZID:America/Los_Angeles", "BEGIN:STANDARD", "DTSTART:19701101T020000",
                    "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
                    "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "TZOFFSETFROM:-0800",
                    "TZOFFSETTO:-0700", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT", "END:VTIMEZONE",
                    "BEGIN:VEVENT", "UID:m4b1c7d0e2f-webex-castellanortho", f"DTSTAMP:{zstamp(d2)}",
                    f"DTSTART;TZID=America/Los_Angeles:{loc(s)}", f"DTEND;TZID=America/Los_Angeles:{loc(e)}",
                    f"SUMMARY:Interview - Marisol Okafor - {esc(role)}",
                    f"ORGANIZER;CN={host[0]}:mailto:{host[1]}",
                    f"ATTENDEE;CN={USER_NAME};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{USER}",
                    "LOCATION:https://castellanortho.webex.example/castellanortho/j.php?MTID=m4b1c7d0e2f",
                    f"DESCRIPTION:{esc(t2)}", "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    m2 = mail(hdrs(f"{host[0]} via Webex <messenger@webex.example>", USER,
                   f"Webex meeting invitation: Interview - Marisol Okafor - {role}", d2,
                   "<1592837261.40912.1776182580@webex.example>", reply_to=f"{host[0]} <{host[1]}>"),
              text=t2, html=html_from_text(t2, "Arial,sans-serif"), cal=(cal, "REQUEST"), cal_cte="quoted-printable")
    add(c, [("01-hr-heads-up.eml", m1), ("02-webex-invitation.eml", m2)],
        lab(True, [iv("Castellan Orthopedics", role, s, e, "scheduled", [host[1]], [host[1]], "hiring_manager")],
            "easy", "positive/webex",
            "HR heads-up ('Monday 4/20 at 3pm PT') + Webex invitation from the hiring manager (host) with .ics."))


# ============================================================== main
def main():
    for fn in [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
               case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22]:
        fn()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b110-") and os.path.isdir(p):
            shutil.rmtree(p)
    for case, items in CASES.items():
        d = os.path.join(HERE, case)
        os.makedirs(d)
        for fname, data in items:
            with open(os.path.join(d, fname), "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# Labels for the blind110 set (written blind). See /work/shared/eval/README.md for the schema.\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, default_flow_style=False, width=100)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
