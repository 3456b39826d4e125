#!/usr/bin/env python3
"""Generator for the blind20 evaluation set (small and mid-size employers outside tech).

Deterministic: rewrites every b20-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. Every UTC offset is computed with zoneinfo.
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
UTC = timezone.utc
LON = ZoneInfo("Europe/London")
DUB = ZoneInfo("Europe/Dublin")
SYD = ZoneInfo("Australia/Sydney")
MEL = ZoneInfo("Australia/Melbourne")
BNE = ZoneInfo("Australia/Brisbane")
TOR = ZoneInfo("America/Toronto")
MTL = ZoneInfo("America/Montreal")
EDM = ZoneInfo("America/Edmonton")
PHX = ZoneInfo("America/Phoenix")
JNB = ZoneInfo("Africa/Johannesburg")
NYC = ZoneInfo("America/New_York")

CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


def dt(tz, y, mo, d, h, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def iso(x):
    return x.isoformat() if x is not None else None


def zstamp(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local_stamp(x):
    return x.strftime("%Y%m%dT%H%M%S")


# ---------------------------------------------------------------- iCalendar helpers
def ics_escape(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b"", 74
        cur += b
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def ics_text(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


VTZ = {
    "GMT Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "South Africa Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:South Africa Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0200",
        "END:STANDARD", "END:VTIMEZONE"],
    "Mountain Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Mountain Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0700",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0600",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "AUS Eastern Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:AUS Eastern Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10", "END:DAYLIGHT", "END:VTIMEZONE"],
}


def exchange_ics(method, tzid, uid, seq, start, end, summary, organizer, attendees, description,
                 location, stamp, status=None, busy="BUSY", importance="1"):
    """Outlook/Exchange style calendar. organizer/attendees: (name, email)."""
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    L += VTZ[tzid]
    L += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, e, role in attendees:
        L.append(f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}")
    L += [f"DESCRIPTION;LANGUAGE=en-GB:{ics_escape(description)}",
          f"UID:{uid}",
          f"SUMMARY;LANGUAGE=en-GB:{ics_escape(summary)}",
          f"DTSTART;TZID={tzid}:{local_stamp(start)}",
          f"DTEND;TZID={tzid}:{local_stamp(end)}",
          "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zstamp(stamp)}", "TRANSP:OPAQUE",
          f"STATUS:{status or 'CONFIRMED'}", f"SEQUENCE:{seq}",
          f"LOCATION;LANGUAGE=en-GB:{ics_escape(location)}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
          f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
          f"X-MICROSOFT-CDO-INTENDEDSTATUS:{busy}",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
          f"X-MICROSOFT-CDO-IMPORTANCE:{importance}",
          "X-MICROSOFT-CDO-INSTTYPE:0",
          "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
          "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    if method == "REQUEST":
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
              "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics_text(L)


def google_ics(uid, seq, start, end, summary, organizer, attendees, description, location, stamp,
               created):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
         f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(stamp)}",
         f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for n, e, ps in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;"
                 f"CN={n};X-NUM-GUESTS=0:mailto:{e}")
    L += [f"CREATED:{zstamp(created)}", f"DESCRIPTION:{ics_escape(description)}",
          f"LAST-MODIFIED:{zstamp(stamp)}", f"LOCATION:{ics_escape(location)}", f"SEQUENCE:{seq}",
          "STATUS:CONFIRMED", f"SUMMARY:{ics_escape(summary)}", "TRANSP:OPAQUE",
          "BEGIN:VALARM", "ACTION:EMAIL", "DESCRIPTION:This is an event reminder",
          f"SUMMARY:{ics_escape(summary)}", "ATTENDEE:mailto:" + attendees[-1][1],
          "TRIGGER:-P0DT0H30M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ics_text(L)


# ---------------------------------------------------------------- e-mail helpers
def mail(owner, frm, to, subject, date, msgid, text=None, html=None, cc=None, reply_to=None,
         in_reply_to=None, references=None, extra=None, text_cte="quoted-printable",
         html_cte="quoted-printable", host="mail-relay.example", ip="192.0.2.10"):
    m = EmailMessage()
    m["Delivered-To"] = owner
    m["Received"] = (f"from {host} ({host} [{ip}]) by mx.mail.example with ESMTPS; "
                     f"{format_datetime(date.astimezone(UTC) + timedelta(seconds=2))}")
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in (extra or []):
        m[k] = v
    if text is not None:
        m.set_content(text, cte=text_cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    else:
        m.set_content(html, subtype="html", cte=html_cte)
    return m


def add(case, name, data):
    if isinstance(data, EmailMessage):
        # deterministic MIME boundaries
        import hashlib
        for i, part in enumerate(data.walk()):
            if part.is_multipart():
                h = hashlib.sha1(f"{case}/{name}/{i}".encode()).hexdigest()[:24]
                part.set_boundary(f"_{i:03d}_{h}_")
        data = data.as_bytes(policy=POLICY.clone(max_line_length=200))
    elif isinstance(data, str):
        data = data.encode("utf-8")
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


def simple_pdf(lines):
    """A tiny, valid one-page PDF with the given text lines (Helvetica 11pt)."""
    def esc(s):
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 56 780 Td 14 TL\n" + "".join(f"({esc(l)}) '\n" for l in lines) + "ET\n"
    cb = content.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> "
        b"/Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length " + str(len(cb)).encode() + b" >>\nstream\n" + cb + b"endstream",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def exchange_invite(owner, frm, to, subject, date, msgid, body_text, ics, method="REQUEST", cc=None,
                    extra=None):
    m = EmailMessage()
    m["Delivered-To"] = owner
    m["Received"] = (f"from EUR03-AM7-obe.outbound.protection.outlook.example (40.92.0.1) by mx.mail.example "
                     f"with ESMTPS; {format_datetime(date.astimezone(UTC) + timedelta(seconds=3))}")
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Thread-Topic"] = subject.split(": ", 1)[-1]
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid
    m["Accept-Language"] = "en-GB, en-US"
    m["Content-Language"] = "en-GB"
    m["X-MS-Has-Attach"] = ""
    m["Content-class"] = "urn:content-classes:calendarmessage"
    for k, v in (extra or []):
        m[k] = v
    m.set_content(body_text, cte="quoted-printable")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">"
            + "".join(f"<p>{p.replace('&', '&amp;').replace('<', '&lt;').replace(chr(10), '<br>')}</p>"
                      for p in body_text.split("\n\n"))
            + "</div></body></html>")
    m.add_alternative(html, subtype="html", cte="quoted-printable")
    m.add_alternative(ics, subtype="calendar", cte="base64", params={"method": method})
    return m


# =====================================================================================
# b20-01  UK accounting firm, HR mailbox, PDF invitation, time repeated in body (BST edge)
# =====================================================================================
def case01():
    c = "b20-01-accountants-hr-mailbox-pdf-invitation"
    owner = "amira.haddad@mail.example"
    sent = dt(LON, 2026, 3, 26, 9, 12)
    start = dt(LON, 2026, 4, 7, 10, 30)
    end = start + timedelta(minutes=45)
    body = """Dear Amira,

Audit Semi-Senior (Leeds office) - ref HL/AUD/112

Thank you for your application. We are pleased to invite you to interview at our Leeds office:

    Date:      Tuesday 7 April 2026
    Time:      10.30am (please allow around 45 minutes)
    Venue:     Harcourt Lyle LLP, 4th Floor, 19 Wellington Walk, Leeds LS1 4XX
    Panel:     Fiona Deakin, Audit Partner (Chair)
               Raj Malhotra, Senior Audit Manager

Your formal invitation letter is attached, together with directions and car parking information.
Please bring photographic ID and your ACCA / ICAEW student registration details.

We would be grateful if you could confirm your attendance by replying to me directly at
joanne.pryce@harcourtlyle.example (this mailbox is monitored, but replies reach me faster).

Kind regards

Joanne Pryce
HR Advisor
Harcourt Lyle LLP | Chartered Accountants & Business Advisers
19 Wellington Walk, Leeds LS1 4XX
T: 0113 496 0721 | M: 07700 900 418
www.harcourtlyle.example

Harcourt Lyle LLP is a limited liability partnership registered in England and Wales (OC398712).
This email and any attachments are confidential and intended solely for the addressee.
"""
    m = mail(owner, "Harcourt Lyle Recruitment <recruitment@harcourtlyle.example>",
             "Amira Haddad <amira.haddad@mail.example>",
             "Interview invitation - Audit Semi-Senior (ref HL/AUD/112)", sent,
             "<DB7PR02MB4412A1C0D6B3E9F2@DB7PR02MB4412.eurprd02.prod.outlook.example>", text=body,
             extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    pdf = simple_pdf([
        "HARCOURT LYLE LLP - Chartered Accountants & Business Advisers",
        "19 Wellington Walk, Leeds LS1 4XX",
        "",
        "Private & Confidential",
        "Ms A Haddad",
        "",
        "26 March 2026",
        "",
        "Dear Ms Haddad",
        "",
        "Re: Audit Semi-Senior (Leeds) - ref HL/AUD/112",
        "",
        "Following a review of your application, I am pleased to invite you to attend an",
        "interview on Tuesday 7 April 2026 at 10.30am at the above address.",
        "The interview will last approximately 45 minutes and will be conducted by a panel of",
        "Fiona Deakin (Audit Partner, Chair) and Raj Malhotra (Senior Audit Manager).",
        "",
        "Please report to reception on the 4th floor ten minutes before your appointment.",
        "",
        "Yours sincerely",
        "",
        "Joanne Pryce, HR Advisor",
    ])
    m.add_attachment(pdf, maintype="application", subtype="pdf",
                     filename="Interview Invitation - A Haddad.pdf")
    add(c, "01-interview-invitation-pdf.eml", m)
    reply = f"""Dear Joanne,

Thank you for the invitation. I'm pleased to confirm I will attend on Tuesday 7 April at 10.30am.

Best wishes,
Amira Haddad
07700 900 655

On Thu, 26 Mar 2026 at 09:12, Harcourt Lyle Recruitment <recruitment@harcourtlyle.example> wrote:
> Dear Amira,
>
> Audit Semi-Senior (Leeds office) - ref HL/AUD/112
>
> Thank you for your application. We are pleased to invite you to interview at our Leeds office:
> [...]
"""
    r = mail(owner, "Amira Haddad <amira.haddad@mail.example>",
             "Joanne Pryce <joanne.pryce@harcourtlyle.example>",
             "Re: Interview invitation - Audit Semi-Senior (ref HL/AUD/112)", dt(LON, 2026, 3, 26, 12, 40),
             "<CAF3k9q1x@mail.example>", text=reply, text_cte="7bit",
             in_reply_to="<DB7PR02MB4412A1C0D6B3E9F2@DB7PR02MB4412.eurprd02.prod.outlook.example>")
    add(c, "02-re-confirm-attendance.eml", r)
    label(c, owner, [iv("Harcourt Lyle LLP", "Audit Semi-Senior", start, end, "scheduled", [],
                        ["joanne.pryce@harcourtlyle.example"], "onsite")],
          "medium", "positive/pdf-invitation-hr-mailbox",
          "HR mailbox sends invitation with PDF letter; time repeated in body. Sent in GMT, interview after "
          "UK DST switch (BST). Panel of two without addresses -> onsite; follow-up to the HR advisor named "
          "in the text (not the shared recruitment@ mailbox).")


# =====================================================================================
# b20-02  Irish hospital, Outlook invite, panel with a chair, just before EU DST
# =====================================================================================
def case02():
    c = "b20-02-hospital-panel-chair-outlook-invite"
    owner = "ciara.mcgrath@example.com"
    sent = dt(DUB, 2026, 3, 13, 15, 48)
    start = dt(DUB, 2026, 3, 26, 14, 0)
    end = dt(DUB, 2026, 3, 26, 14, 45)
    org = ("Aoife Brennan", "aoife.brennan@stendas.example")
    att = [("Margaret Kilbride", "margaret.kilbride@stendas.example", "REQ-PARTICIPANT"),
           ("Patrick Doherty", "patrick.doherty@stendas.example", "REQ-PARTICIPANT"),
           ("Siobhan Lyons", "siobhan.lyons@nursingassessors.example", "REQ-PARTICIPANT"),
           ("Ciara McGrath", owner, "REQ-PARTICIPANT")]
    text = """When: Thursday 26 March 2026 14:00-14:45 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
Where: Boardroom, Admin Block (Ground Floor), St Enda's Regional Hospital

*~*~*~*~*~*~*~*~*~*

Dear Ciara,

Further to your application for the post of Clinical Nurse Manager 2 - Emergency Department
(Competition ref. SERH-CNM2-0326), I am pleased to confirm your interview details above.

Interview Board:
  Ms Margaret Kilbride, Director of Nursing (Chair)
  Mr Patrick Doherty, Assistant Director of Nursing, Unscheduled Care
  Ms Siobhan Lyons, External Assessor

The interview is competency based and will last approx. 45 minutes. Please bring your NMBI
registration (PIN) and two forms of photo ID. Candidates are asked to arrive 15 minutes early
and report to the Admin Block reception.

If you are unable to attend please contact me as soon as possible.

Kind regards,
Aoife Brennan
HR Officer - Nursing Recruitment
St Enda's Regional Hospital, Newcastle Road, Galway
Tel: 091 555 0123
"""
    ics = exchange_ics("REQUEST", "GMT Standard Time", "040000008200E00074C5B7101A82E00800000000B0D3C7A2F1B2DC01000000000000000010000000A51F",
                       0, start, end, "CNM2 ED Interview - Ciara McGrath", org, att, text,
                       "Boardroom, Admin Block (Ground Floor), St Enda's Regional Hospital", sent)
    m = exchange_invite(owner, "Aoife Brennan <aoife.brennan@stendas.example>",
                        "Ciara McGrath <ciara.mcgrath@example.com>, Margaret Kilbride <margaret.kilbride@stendas.example>, "
                        "Patrick Doherty <patrick.doherty@stendas.example>, Siobhan Lyons <siobhan.lyons@nursingassessors.example>",
                        "CNM2 ED Interview - Ciara McGrath", sent,
                        "<AM6PR07MB5521C3D18E2F0A1B@AM6PR07MB5521.eurprd07.prod.outlook.example>", text, ics)
    add(c, "01-outlook-invite-interview-board.eml", m)
    label(c, owner, [iv("St Enda's Regional Hospital", "Clinical Nurse Manager 2 - Emergency Department",
                        start, end, "scheduled",
                        ["margaret.kilbride@stendas.example", "patrick.doherty@stendas.example",
                         "siobhan.lyons@nursingassessors.example"],
                        ["margaret.kilbride@stendas.example", "patrick.doherty@stendas.example",
                         "siobhan.lyons@nursingassessors.example"], "onsite")],
          "medium", "positive/exchange-panel-with-chair",
          "Exchange invite (GMT Standard Time) from HR organizer; three-person interview board with a chair "
          "incl. external assessor on another domain. 26 March is before the 29 March switch -> +00:00.")


# =====================================================================================
# b20-03  Sydney school, PA to the Principal, "a quarter to four", AEDT days before DST ends
# =====================================================================================
def case03():
    c = "b20-03-school-principal-pa-quarter-to-four"
    owner = "tom.nguyen@mail.example"
    sent = dt(SYD, 2026, 3, 30, 16, 5)
    start = dt(SYD, 2026, 4, 2, 15, 45)
    end = dt(SYD, 2026, 4, 2, 16, 25)
    text = """Dear Mr Nguyen,

Thank you for your application for the position of Mathematics Teacher (Years 7-12, full time,
commencing Term 2).

Dr Achterberg would like to invite you to interview this Thursday, 2 April, at a quarter to four
(after the last bell), in the Principal's office on Level 1 of the Administration Building. The
panel will be Dr Helen Achterberg (Principal) and Mr Dan Kovac (Head of Mathematics), and the
interview should run for about 40 minutes.

Please bring your Working With Children Check number, evidence of NESA accreditation and the
names of two referees. Visitor parking is available off Banksia Lane - please sign in at the
front office when you arrive.

Could you let me know by return email that this time suits?

Warm regards,

Leanne Fowler
Personal Assistant to the Principal
Wattle Creek Grammar School
14 Banksia Lane, Epping NSW 2121
P (02) 5550 4410
lfowler@wattlecreekgrammar.example

Wattle Creek Grammar acknowledges the traditional custodians of the land on which we learn.
"""
    html = ("<div dir=\"ltr\"><p>Dear Mr Nguyen,</p><p>Thank you for your application for the position of "
            "<b>Mathematics Teacher (Years 7-12, full time, commencing Term 2)</b>.</p>"
            "<p>Dr Achterberg would like to invite you to interview <u>this Thursday, 2 April, at a quarter to "
            "four</u> (after the last bell), in the Principal's office on Level 1 of the Administration "
            "Building. The panel will be Dr Helen Achterberg (Principal) and Mr Dan Kovac (Head of "
            "Mathematics), and the interview should run for about 40 minutes.</p>"
            "<p>Please bring your Working With Children Check number, evidence of NESA accreditation and the "
            "names of two referees. Visitor parking is available off Banksia Lane - please sign in at the "
            "front office when you arrive.</p><p>Could you let me know by return email that this time "
            "suits?</p><p>Warm regards,</p><p><b>Leanne Fowler</b><br>Personal Assistant to the Principal<br>"
            "Wattle Creek Grammar School<br>14 Banksia Lane, Epping NSW 2121<br>P (02) 5550 4410<br>"
            "<a href=\"mailto:lfowler@wattlecreekgrammar.example\">lfowler@wattlecreekgrammar.example</a></p>"
            "<p style=\"font-size:9pt;color:#666\">Wattle Creek Grammar acknowledges the traditional "
            "custodians of the land on which we learn.</p></div>")
    m1 = "<SY4P282MB1734E0B9@SY4P282MB1734.AUSP282.PROD.OUTLOOK.example>"
    add(c, "01-invitation-to-interview.eml",
        mail(owner, "Leanne Fowler <lfowler@wattlecreekgrammar.example>", "tom.nguyen@mail.example",
             "Interview - Mathematics Teacher", sent, m1, text=text, html=html))
    reply = """Hi Leanne,

Thursday at 3:45 suits me well - I'll see you then. Thanks for the parking tip.

Kind regards,
Tom

Sent from my iPhone

> On 30 Mar 2026, at 4:05 pm, Leanne Fowler <lfowler@wattlecreekgrammar.example> wrote:
>
> Dear Mr Nguyen,
>
> Thank you for your application for the position of Mathematics Teacher (Years 7-12, full time,
> commencing Term 2).
>
> Dr Achterberg would like to invite you to interview this Thursday, 2 April, at a quarter to four
> (after the last bell), in the Principal's office on Level 1 of the Administration Building.
"""
    add(c, "02-re-interview-confirm.eml",
        mail(owner, "Tom Nguyen <tom.nguyen@mail.example>", "Leanne Fowler <lfowler@wattlecreekgrammar.example>",
             "Re: Interview - Mathematics Teacher", dt(SYD, 2026, 3, 30, 19, 22), "<B8E1F2A0-77C1@mail.example>",
             text=reply, text_cte="7bit", in_reply_to=m1,
             extra=[("X-Mailer", "iPhone Mail (22D82)")]))
    label(c, owner, [iv("Wattle Creek Grammar School", "Mathematics Teacher", start, end, "scheduled", [],
                        ["lfowler@wattlecreekgrammar.example"], "onsite")],
          "hard", "positive/school-pa-informal-time",
          "PA to the Principal invites to a two-person panel 'this Thursday ... at a quarter to four'; "
          "Sydney still on AEDT (+11:00) because DST ends 5 April. Only the PA's address is known.")


# =====================================================================================
# b20-04  UK council assessment centre day that includes a panel interview
# =====================================================================================
def case04():
    c = "b20-04-council-assessment-centre-day"
    owner = "bethany.cole@example.com"
    sent = dt(LON, 2026, 4, 7, 16, 31)
    start = dt(LON, 2026, 4, 22, 9, 30)
    end = dt(LON, 2026, 4, 22, 12, 30)
    html = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#00563f;color:#fff;padding:12px">
<b>Ashworth Borough Council</b> &ndash; Careers</td></tr><tr><td style="padding:12px">
<p>Dear Bethany Cole,</p>
<p><b>Post:</b> Housing Options Officer (Grade 6) &nbsp; <b>Ref:</b> HO/0426</p>
<p>I am pleased to inform you that you have been shortlisted and we would like to invite you to our
assessment centre on <b>Wednesday 22 April 2026</b> at Ashworth Town Hall, Market Street, Ashworth AB1 2CD
(Committee Room 3, first floor).</p>
<p>Please arrive from 9.15am to register. The timetable for the morning is:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td>09:30 &ndash; 10:15</td><td>Competency-based panel interview</td></tr>
<tr><td>10:30 &ndash; 11:30</td><td>Written exercise (case file and letter to a customer)</td></tr>
<tr><td>11:45 &ndash; 12:30</td><td>Group exercise / role play</td></tr>
</table>
<p>We expect the assessment centre to finish by 12.30pm.</p>
<p>Your interview panel will be chaired by Graham Oduya (Housing Options Service Manager) with
Nadia Brooks (Team Leader, Homelessness Prevention).</p>
<p>If you require any reasonable adjustments, or are unable to attend, please contact Kerry Walsh,
HR Officer, on 01632 960412 or at <a href="mailto:kerry.walsh@ashworth-bc.example">kerry.walsh@ashworth-bc.example</a>.
Please do not reply to this email as this mailbox is not monitored.</p>
<p>Please bring your passport or other proof of right to work in the UK and your driving licence.</p>
<p>Yours sincerely,<br>Recruitment Team<br>Ashworth Borough Council</p>
</td></tr></table></body></html>"""
    add(c, "01-assessment-centre-invitation.eml",
        mail(owner, "Ashworth Borough Council <no-reply@jobs.ashworth-bc.example>", "bethany.cole@example.com",
             "Invitation to Assessment Centre - Housing Options Officer - HO/0426", sent,
             "<20260407153101.4471.ho0426@jobs.ashworth-bc.example>", html=html, html_cte="base64"))
    label(c, owner, [iv("Ashworth Borough Council", "Housing Options Officer", start, end, "scheduled", [],
                        ["kerry.walsh@ashworth-bc.example"], "onsite")],
          "hard", "positive/assessment-centre-with-interview",
          "HTML-only (base64) portal mail from no-reply. Assessment centre morning: panel interview 09:30 "
          "first, then written and group exercises until 12:30 -> one onsite 09:30-12:30 BST (registration "
          "from 09:15 is not a session). Follow-up to the named HR officer.")


# =====================================================================================
# b20-05  Canadian logistics, office manager, informal phone chat "tomorrow at 2"
# =====================================================================================
def case05():
    c = "b20-05-office-manager-phone-chat-tomorrow"
    owner = "marcus.oyelaran@mail.example"
    t1 = dt(TOR, 2026, 3, 9, 10, 14)
    start = dt(TOR, 2026, 3, 10, 14, 0)
    end = start + timedelta(minutes=20)
    sig = """Linda Ferreira
Office Manager
Northshore Freightways Ltd.
2250 Matheson Blvd E, Unit 7, Mississauga ON L4W 0A1
T 905-555-0143 | F 905-555-0144"""
    b1 = f"""Hi Marcus,

Thanks for applying for the Dispatch Coordinator job. Are you free for a quick phone chat
tomorrow? I could do around 2 or sometime after 3:30. Nothing formal - I just want to go over
the role, the shift hours and pay, and hear a bit about your experience.

Let me know what works.

{sig}
"""
    id1 = "<0f3c.linda.northshore@northshorefreight.example>"
    add(c, "01-quick-phone-chat.eml",
        mail(owner, "Linda Ferreira <linda@northshorefreight.example>", "marcus.oyelaran@mail.example",
             "Dispatch Coordinator - quick chat?", t1, id1, text=b1, text_cte="7bit"))
    b2 = f"""Hi Linda,

2pm tomorrow works great. My cell is 416-555-0198.

Thanks,
Marcus

On Mon, Mar 9, 2026 at 10:14 AM Linda Ferreira <linda@northshorefreight.example> wrote:
> Hi Marcus,
>
> Thanks for applying for the Dispatch Coordinator job. Are you free for a quick phone chat
> tomorrow? I could do around 2 or sometime after 3:30. Nothing formal - I just want to go over
> the role, the shift hours and pay, and hear a bit about your experience.
>
> Let me know what works.
"""
    id2 = "<CAO9xk2Qm@mail.example>"
    add(c, "02-re-quick-phone-chat.eml",
        mail(owner, "Marcus Oyelaran <marcus.oyelaran@mail.example>", "Linda Ferreira <linda@northshorefreight.example>",
             "Re: Dispatch Coordinator - quick chat?", dt(TOR, 2026, 3, 9, 11, 2), id2, text=b2,
             text_cte="7bit", in_reply_to=id1))
    b3 = """Perfect, I'll call you at 2 tomorrow. Should take 20 min max.

Linda

Sent from my iPhone
"""
    add(c, "03-re-perfect.eml",
        mail(owner, "Linda Ferreira <linda@northshorefreight.example>", "Marcus Oyelaran <marcus.oyelaran@mail.example>",
             "Re: Dispatch Coordinator - quick chat?", dt(TOR, 2026, 3, 9, 11, 20),
             "<5D2A9F10-LF@northshorefreight.example>", text=b3, text_cte="7bit", in_reply_to=id2,
             references=f"{id1} {id2}"))
    label(c, owner, [iv("Northshore Freightways", "Dispatch Coordinator", start, end, "scheduled",
                        ["linda@northshorefreight.example"], ["linda@northshorefreight.example"],
                        "phone_screen")],
          "hard", "positive/office-manager-informal-thread",
          "Informal thread: 'quick phone chat tomorrow' -> '2pm tomorrow' -> 'I'll call you at 2 tomorrow, "
          "20 min max'. Resolved against Mon 9 Mar (day after US/Canada DST start) -> -04:00.")


# =====================================================================================
# b20-06  Dublin law firm, partner in court, moved to Thursday "half past nine"
# =====================================================================================
def case06():
    c = "b20-06-law-firm-partner-moved-to-thursday"
    owner = "eoin.fitzgerald@example.com"
    orig = dt(DUB, 2026, 4, 14, 11, 0)
    start = dt(DUB, 2026, 4, 16, 9, 30)
    end = start + timedelta(hours=1)
    sig = """Niamh Dwyer
HR & Office Manager
Kinsella Moran Solicitors LLP
21 Fitzwilliam Place, Dublin 2, D02 X123
T: +353 1 555 0188
www.kinsellamoran.example

This email is confidential and may be legally privileged. If you are not the intended recipient please notify the sender."""
    id1 = "<KM-20260401-1033-nd@kinsellamoran.example>"
    b1 = f"""Dear Eoin,

Thank you for your application for the position of Associate Solicitor - Employment Law.

Declan Moran, Managing Partner, would like to meet you for an interview on Tuesday 14 April at
11am at our offices at 21 Fitzwilliam Place. The meeting will last about an hour. I have copied
Declan on this email.

Please let me know if that suits.

Kind regards,
{sig}
"""
    add(c, "01-interview-tuesday.eml",
        mail(owner, "Niamh Dwyer <ndwyer@kinsellamoran.example>", "Eoin Fitzgerald <eoin.fitzgerald@example.com>",
             "Interview - Associate Solicitor (Employment)", dt(DUB, 2026, 4, 1, 10, 33), id1, text=b1,
             cc="Declan Moran <declan.moran@kinsellamoran.example>"))
    id2 = "<CAEf-ef2Qx@example.com>"
    add(c, "02-re-tuesday-suits.eml",
        mail(owner, "Eoin Fitzgerald <eoin.fitzgerald@example.com>", "Niamh Dwyer <ndwyer@kinsellamoran.example>",
             "RE: Interview - Associate Solicitor (Employment)", dt(DUB, 2026, 4, 1, 13, 5), id2,
             cc="Declan Moran <declan.moran@kinsellamoran.example>", in_reply_to=id1, text_cte="7bit",
             text="""Dear Niamh,

Tuesday 14 April at 11am suits me perfectly. I look forward to meeting Declan.

Kind regards,
Eoin Fitzgerald
"""))
    id3 = "<KM-20260410-0912-nd@kinsellamoran.example>"
    b3 = f"""Dear Eoin,

Apologies for the change - Declan has been called into a High Court hearing on Tuesday which
will run all day. Would Thursday 16th at half past nine suit you instead? Same place, and it
should again take about an hour.

Kind regards,
{sig}

-----Original Message-----
From: Eoin Fitzgerald <eoin.fitzgerald@example.com>
Sent: Wednesday, April 1, 2026 1:05 PM
To: Niamh Dwyer <ndwyer@kinsellamoran.example>
Subject: RE: Interview - Associate Solicitor (Employment)

Dear Niamh,

Tuesday 14 April at 11am suits me perfectly. I look forward to meeting Declan.
"""
    add(c, "03-change-of-date.eml",
        mail(owner, "Niamh Dwyer <ndwyer@kinsellamoran.example>", "Eoin Fitzgerald <eoin.fitzgerald@example.com>",
             "RE: Interview - Associate Solicitor (Employment) - change of date", dt(DUB, 2026, 4, 10, 9, 12), id3,
             text=b3, cc="Declan Moran <declan.moran@kinsellamoran.example>", in_reply_to=id2,
             references=f"{id1} {id2}"))
    id4 = "<CAEf-ef7Lp@example.com>"
    add(c, "04-re-thursday-perfect.eml",
        mail(owner, "Eoin Fitzgerald <eoin.fitzgerald@example.com>", "Niamh Dwyer <ndwyer@kinsellamoran.example>",
             "RE: Interview - Associate Solicitor (Employment) - change of date", dt(DUB, 2026, 4, 10, 9, 40), id4,
             cc="Declan Moran <declan.moran@kinsellamoran.example>", in_reply_to=id3,
             references=f"{id1} {id2} {id3}", text_cte="7bit",
             text="Hi Niamh,\n\nNo problem at all - Thursday at 9.30 is perfect.\n\nBest,\nEoin\n"))
    add(c, "05-confirmed.eml",
        mail(owner, "Niamh Dwyer <ndwyer@kinsellamoran.example>", "Eoin Fitzgerald <eoin.fitzgerald@example.com>",
             "RE: Interview - Associate Solicitor (Employment) - change of date", dt(DUB, 2026, 4, 10, 10, 2),
             "<KM-20260410-1002-nd@kinsellamoran.example>", in_reply_to=id4,
             references=f"{id1} {id2} {id3} {id4}", cc="Declan Moran <declan.moran@kinsellamoran.example>",
             text=f"Thanks Eoin - confirmed for Thursday 16 April at 9:30am. Declan will meet you in reception.\n\nKind regards,\n{sig}\n"))
    label(c, owner, [iv("Kinsella Moran Solicitors", "Associate Solicitor - Employment Law", start, end,
                        "scheduled", ["declan.moran@kinsellamoran.example"],
                        ["declan.moran@kinsellamoran.example"], "hiring_manager")],
          "medium", "positive/reschedule-prose-law-firm",
          f"Outlook-style thread: Tue 14 Apr 11am ({iso(orig)}) moved to 'Thursday 16th at half past nine'; "
          "final time wins. Partner cc'd on every mail -> interviewer and follow-up.")


# =====================================================================================
# b20-07  Cape Town hotel, Exchange invite then METHOD:CANCEL (filled internally)
# =====================================================================================
def case07():
    c = "b20-07-hotel-outlook-invite-then-cancel"
    owner = "lerato.mokoena@mail.example"
    sent = dt(JNB, 2026, 4, 13, 11, 20)
    start = dt(JNB, 2026, 4, 21, 10, 0)
    end = dt(JNB, 2026, 4, 21, 11, 0)
    org = ("Nomsa Dlamini", "nomsa.dlamini@seapointharbour.example")
    att = [("Lerato Mokoena", owner, "REQ-PARTICIPANT")]
    uid = "040000008200E00074C5B7101A82E008000000004F1C2A7B11CADC01000000000000000010000000C7E2"
    t1 = """When: Tuesday, 21 April 2026 10:00-11:00 (UTC+02:00) Harare, Pretoria.
Where: Front Office - Seapoint Harbour Hotel, 88 Beach Road, Mouille Point

*~*~*~*~*~*~*~*~*~*

Hi Lerato

Thanks for coming through the first round with Thandi. I'd like to meet you for the Guest Relations
Supervisor interview next Tuesday at 10:00. Please ask for me at the front desk.

Regards
Nomsa Dlamini
Front Office Manager | Seapoint Harbour Hotel
+27 21 555 0190
"""
    ics1 = exchange_ics("REQUEST", "South Africa Standard Time", uid, 0, start, end,
                        "Interview: Guest Relations Supervisor - Lerato Mokoena", org, att, t1,
                        "Front Office - Seapoint Harbour Hotel, 88 Beach Road, Mouille Point", sent)
    add(c, "01-invite.eml", exchange_invite(owner, "Nomsa Dlamini <nomsa.dlamini@seapointharbour.example>",
                                            "Lerato Mokoena <lerato.mokoena@mail.example>",
                                            "Interview: Guest Relations Supervisor - Lerato Mokoena", sent,
                                            "<VI1PR03MB6602B1E4@VI1PR03MB6602.eurprd03.prod.outlook.example>",
                                            t1, ics1))
    csent = dt(JNB, 2026, 4, 17, 15, 5)
    t2 = """When: Tuesday, 21 April 2026 10:00-11:00 (UTC+02:00) Harare, Pretoria.
Where: Front Office - Seapoint Harbour Hotel, 88 Beach Road, Mouille Point

*~*~*~*~*~*~*~*~*~*

Hi Lerato

I'm sorry to cancel at short notice. We have filled the Guest Relations Supervisor position
internally, so Tuesday's interview won't go ahead. HR will be in touch about other openings in
the group. Thank you for your interest.

Regards
Nomsa
"""
    ics2 = exchange_ics("CANCEL", "South Africa Standard Time", uid, 1, start, end,
                        "Canceled: Interview: Guest Relations Supervisor - Lerato Mokoena", org, att, t2,
                        "Front Office - Seapoint Harbour Hotel, 88 Beach Road, Mouille Point", csent,
                        status="CANCELLED", busy="FREE", importance="2")
    add(c, "02-canceled.eml", exchange_invite(owner, "Nomsa Dlamini <nomsa.dlamini@seapointharbour.example>",
                                              "Lerato Mokoena <lerato.mokoena@mail.example>",
                                              "Canceled: Interview: Guest Relations Supervisor - Lerato Mokoena",
                                              csent,
                                              "<VI1PR03MB6602C9A0@VI1PR03MB6602.eurprd03.prod.outlook.example>",
                                              t2, ics2, method="CANCEL"))
    label(c, owner, [iv("Seapoint Harbour Hotel", "Guest Relations Supervisor", start, end, "cancelled",
                        ["nomsa.dlamini@seapointharbour.example"], ["nomsa.dlamini@seapointharbour.example"],
                        "hiring_manager")],
          "medium", "positive/exchange-cancel",
          "Exchange REQUEST (South Africa Standard Time, +02:00) from the Front Office Manager, then "
          "METHOD:CANCEL 'filled internally' -> one cancelled interview.")


# =====================================================================================
# b20-08  Melbourne retail head office, ATS mail + .ics, candidate withdraws
# =====================================================================================
def case08():
    c = "b20-08-retail-head-office-ats-candidate-withdraws"
    owner = "jess.whitlock@example.com"
    sent = dt(MEL, 2026, 4, 9, 14, 2)
    start = dt(MEL, 2026, 4, 15, 11, 0)
    end = start + timedelta(minutes=30)
    text = """Hi Jess,

Great news - we'd like to invite you to a video interview for the Assistant Merchandise Planner
role at Banksia & Co Support Office.

  When:  Wednesday 15 April 2026, 11:00am - 11:30am (Melbourne time, AEST)
  Where: Microsoft Teams (link in the calendar invite attached)
  With:  Priya Raman, Merchandise Planning Manager

Add the attached invite to your calendar. If you need to change or cancel, just reply to this
email and Sam will help.

Cheers,
Sam Ellery | Talent Acquisition Partner
Banksia & Co | Support Office, Level 3, 200 Queensberry St, Carlton VIC 3053

--
Sent via HireLoop on behalf of Banksia & Co. Manage your email preferences at https://app.hireloop.example/prefs
"""
    m = mail(owner, "Banksia & Co Careers <notifications@hireloop.example>", "jess.whitlock@example.com",
             "Interview invitation: Assistant Merchandise Planner - Banksia & Co", sent,
             "<01000196a3b2-hl-7731@email.hireloop.example>", text=text,
             reply_to="Sam Ellery <sam.ellery@banksiaco.example>",
             html=("<p>Hi Jess,</p><p>Great news - we'd like to invite you to a video interview for the "
                   "<b>Assistant Merchandise Planner</b> role at Banksia &amp; Co Support Office.</p>"
                   "<p><b>When:</b> Wednesday 15 April 2026, 11:00am - 11:30am (Melbourne time, AEST)<br>"
                   "<b>Where:</b> Microsoft Teams (link in the calendar invite attached)<br>"
                   "<b>With:</b> Priya Raman, Merchandise Planning Manager</p><p>Add the attached invite to "
                   "your calendar. If you need to change or cancel, just reply to this email and Sam will "
                   "help.</p><p>Cheers,<br>Sam Ellery | Talent Acquisition Partner<br>Banksia &amp; Co</p>"))
    ics = ics_text([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//HireLoop//Interview Scheduler 4.2//EN", "METHOD:PUBLISH",
        "BEGIN:VEVENT", "UID:hl-int-55120-7731@hireloop.example", f"DTSTAMP:{zstamp(sent)}",
        f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}",
        "SUMMARY:Interview - Assistant Merchandise Planner (Banksia & Co)",
        "DESCRIPTION:" + ics_escape("Video interview with Priya Raman, Merchandise Planning Manager.\n"
                                    "Join Microsoft Teams: https://teams.example/l/meetup-join/19%3ameeting_BCo7731\n"
                                    "Questions? sam.ellery@banksiaco.example"),
        "LOCATION:Microsoft Teams", "ORGANIZER;CN=Banksia & Co Careers:mailto:notifications@hireloop.example",
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    m.add_attachment(ics.encode("utf-8"), maintype="text", subtype="calendar", filename="interview.ics")
    add(c, "01-ats-interview-invitation.eml", m)
    id2 = "<CAJw-wd1Xy@example.com>"
    add(c, "02-withdrawing.eml",
        mail(owner, "Jess Whitlock <jess.whitlock@example.com>", "Sam Ellery <sam.ellery@banksiaco.example>",
             "Re: Interview invitation: Assistant Merchandise Planner - Banksia & Co", dt(MEL, 2026, 4, 13, 8, 47),
             id2, in_reply_to="<01000196a3b2-hl-7731@email.hireloop.example>", text_cte="7bit",
             text="""Hi Sam,

Thanks so much for the opportunity. I've accepted another offer over the weekend, so I'd like to
withdraw my application and cancel Wednesday's interview with Priya. Sorry for any inconvenience.

All the best,
Jess
"""))
    add(c, "03-re-withdrawing.eml",
        mail(owner, "Sam Ellery <sam.ellery@banksiaco.example>", "Jess Whitlock <jess.whitlock@example.com>",
             "RE: Interview invitation: Assistant Merchandise Planner - Banksia & Co", dt(MEL, 2026, 4, 13, 10, 15),
             "<ME3PR01MB7004@ME3PR01MB7004.ausprd01.prod.outlook.example>", in_reply_to=id2,
             text="""Hi Jess,

Thanks for letting us know, and congratulations! I've cancelled the interview and let Priya know.
Best of luck with the new role.

Sam

Sam Ellery | Talent Acquisition Partner | Banksia & Co
M 0491 570 156
"""))
    label(c, owner, [iv("Banksia & Co", "Assistant Merchandise Planner", start, end, "cancelled", [],
                        ["sam.ellery@banksiaco.example"], "hiring_manager")],
          "medium", "positive/candidate-withdrawal",
          "ATS (HireLoop) mail from notifications@ with Reply-To recruiter and UTC .ics (METHOD:PUBLISH); "
          "candidate withdraws by e-mail -> cancelled at 11:00 AEST (+10:00, after 5 Apr).")


# =====================================================================================
# b20-09  Calgary construction: phone screen (MST) then panel in office (MDT)
# =====================================================================================
def case09():
    c = "b20-09-construction-screen-then-panel-dst"
    owner = "ravi.sandhu@mail.example"
    s1 = dt(EDM, 2026, 3, 3, 10, 0)
    e1 = s1 + timedelta(minutes=30)
    s2 = dt(EDM, 2026, 3, 16, 8, 0)
    e2 = s2 + timedelta(minutes=90)
    sig = """Dawn Leclair
HR Coordinator
Bowridge Constructors Inc.
3500 - 11 Street SE, Calgary, AB T2G 3H4
Office: 403-555-0160 | Cell: 403-555-0177"""
    add(c, "01-phone-screen-confirmed.eml",
        mail(owner, "Dawn Leclair <dawn.leclair@bowridge.example>", "ravi.sandhu@mail.example",
             "Assistant Project Manager - phone screen", dt(EDM, 2026, 2, 26, 15, 40),
             "<BWR-26022026-1540-dl@bowridge.example>", text=f"""Hi Ravi,

Thanks for your application for the Assistant Project Manager position. As discussed, I've booked
your phone screen for Tuesday, March 3 at 10:00 a.m. MT. I'll call you at 780-555-0121; plan for
about 30 minutes. We'll cover your project experience, tickets/certifications and availability.

Thanks,
{sig}
"""))
    b2 = f"""Hi Ravi,

Thanks for chatting with me yesterday. I'm happy to let you know we'd like to move you forward to an
in-person interview with Garth Halvorsen (Project Director) and Mike Tanaka (Senior Superintendent),
both copied here.

Date: Monday, March 16
Time: 8:00 a.m. - 9:30 a.m.
Place: Bowridge head office, 3500 - 11 Street SE (boardroom, 2nd floor). Visitor parking at the back.

Please bring your safety boots - Mike would like to walk you through the yard after the sit-down.
I'll send a calendar invite shortly.

Thanks,
{sig}
"""
    add(c, "02-next-step-in-person.eml",
        mail(owner, "Dawn Leclair <dawn.leclair@bowridge.example>", "ravi.sandhu@mail.example",
             "Assistant Project Manager - next step", dt(EDM, 2026, 3, 4, 9, 5),
             "<BWR-04032026-0905-dl@bowridge.example>", text=b2,
             cc="Garth Halvorsen <garth.halvorsen@bowridge.example>, Mike Tanaka <mike.tanaka@bowridge.example>"))
    sent3 = dt(EDM, 2026, 3, 4, 9, 18)
    t3 = """When: Monday, March 16, 2026 8:00 AM-9:30 AM (UTC-07:00) Mountain Time (US & Canada).
Where: Bowridge Head Office - Boardroom (2nd floor)

*~*~*~*~*~*~*~*~*~*

Interview - Assistant Project Manager - Ravi Sandhu
Interviewers: Garth Halvorsen, Mike Tanaka
"""
    ics = exchange_ics("REQUEST", "Mountain Standard Time",
                       "040000008200E00074C5B7101A82E00800000000D1E97F3AB7ABDC01000000000000000010000000E4B1",
                       0, s2, e2, "Interview - Assistant Project Manager - Ravi Sandhu",
                       ("Dawn Leclair", "dawn.leclair@bowridge.example"),
                       [("Garth Halvorsen", "garth.halvorsen@bowridge.example", "REQ-PARTICIPANT"),
                        ("Mike Tanaka", "mike.tanaka@bowridge.example", "REQ-PARTICIPANT"),
                        ("ravi.sandhu@mail.example", owner, "REQ-PARTICIPANT")], t3,
                       "Bowridge Head Office - Boardroom (2nd floor)", sent3)
    add(c, "03-outlook-invite-panel.eml",
        exchange_invite(owner, "Dawn Leclair <dawn.leclair@bowridge.example>",
                        "Garth Halvorsen <garth.halvorsen@bowridge.example>, Mike Tanaka <mike.tanaka@bowridge.example>, "
                        "ravi.sandhu@mail.example", "Interview - Assistant Project Manager - Ravi Sandhu", sent3,
                        "<CY8PR12MB7195@CY8PR12MB7195.namprd12.prod.outlook.example>", t3, ics))
    label(c, owner, [
        iv("Bowridge Constructors", "Assistant Project Manager", s1, e1, "scheduled",
           ["dawn.leclair@bowridge.example"], ["dawn.leclair@bowridge.example"], "phone_screen"),
        iv("Bowridge Constructors", "Assistant Project Manager", s2, e2, "scheduled",
           ["garth.halvorsen@bowridge.example", "mike.tanaka@bowridge.example"],
           ["garth.halvorsen@bowridge.example", "mike.tanaka@bowridge.example"], "onsite")],
          "hard", "positive/two-interviews-across-dst",
          "HR coordinator phone screen Tue 3 Mar 10:00 MST (-07:00), then panel Mon 16 Mar 08:00-09:30 MDT "
          "(-06:00) announced by mail + Exchange invite (one interview). The invite's '(UTC-07:00)' label "
          "is the standard-time display name.")


# =====================================================================================
# b20-10  Bristol charity, Google Calendar invite the day after UK clocks change
# =====================================================================================
def case10():
    c = "b20-10-charity-google-invite-day-after-bst"
    owner = "hannah.price@example.com"
    sent = dt(LON, 2026, 3, 25, 17, 44)
    start = dt(LON, 2026, 3, 30, 14, 0)
    end = start + timedelta(minutes=45)
    org = ("Gareth Rowlands", "gareth@severnsidefood.example")
    summary = "Interview: Hannah Price - Community Fundraising Officer"
    desc = ("Hi Hannah - looking forward to chatting! 45 mins with me (Head of Fundraising). "
            "Please prepare a 5 min pitch for a community fundraising idea for spring - no slides needed.\n\n"
            "Gareth")
    meet = "https://meet.google.example/fdx-qmko-rwe"
    text = f"""{summary}
Monday 30 Mar 2026 \u22c5 2pm \u2013 2:45pm
United Kingdom Time

Join with Google Meet
{meet}

Organiser
Gareth Rowlands
gareth@severnsidefood.example

Guests
Gareth Rowlands - organiser
gareth@severnsidefood.example
hannah.price@example.com

{desc}

Reply for hannah.price@example.com

Invitation from Google Calendar

You are receiving this email because you are an attendee on the event.
"""
    html = (f"<html><body><div style=\"font-family:Roboto,Arial\"><h3>{summary}</h3>"
            f"<p>Monday 30 Mar 2026 \u22c5 2pm \u2013 2:45pm<br>United Kingdom Time</p>"
            f"<p>Join with Google Meet<br><a href=\"{meet}\">{meet}</a></p>"
            f"<p>Organiser<br>Gareth Rowlands<br>gareth@severnsidefood.example</p>"
            f"<p>Guests<br>Gareth Rowlands - organiser<br>hannah.price@example.com</p>"
            f"<p>{desc.replace(chr(10), '<br>')}</p><p>Invitation from Google Calendar</p></div></body></html>")
    ics = google_ics("5r8k2m1q0vjx7c3t6h9p4b2n1s@google.com", 0, start, end, summary, org,
                     [("Gareth Rowlands", "gareth@severnsidefood.example", "ACCEPTED"),
                      ("hannah.price@example.com", owner, "NEEDS-ACTION")],
                     desc + "\n\nJoin with Google Meet: " + meet, "", sent, sent)
    m = EmailMessage()
    m["Delivered-To"] = owner
    m["Received"] = f"from mail-sor-f69.google.example by mx.mail.example; {format_datetime(sent.astimezone(UTC))}"
    m["Reply-To"] = "Gareth Rowlands <gareth@severnsidefood.example>"
    m["Sender"] = "Google Calendar <calendar-notification@google.example>"
    m["Message-ID"] = "<calendar-8a1f3c2e-5b7d-4e90-a1c2-3d4e5f6a7b8c@google.example>"
    m["Date"] = format_datetime(sent.astimezone(UTC))
    m["Subject"] = (f"Invitation: {summary} @ Mon 30 Mar 2026 2pm - 2:45pm (BST) (hannah.price@example.com)")
    m["From"] = "Gareth Rowlands <gareth@severnsidefood.example>"
    m["To"] = owner
    m.set_content(text, cte="base64")
    m.add_alternative(html, subtype="html", cte="quoted-printable")
    m.add_alternative(ics, subtype="calendar", params={"method": "REQUEST"}, cte="7bit")
    m.make_mixed()
    m.add_attachment(ics.encode("utf-8"), maintype="application", subtype="ics", filename="invite.ics")
    add(c, "01-google-invitation.eml", m)
    label(c, owner, [iv("Severnside Food Network", "Community Fundraising Officer", start, end, "scheduled",
                        ["gareth@severnsidefood.example"], ["gareth@severnsidefood.example"],
                        "hiring_manager")],
          "easy", "positive/google-invite-dst-edge",
          "Google Calendar invitation (base64 text/plain, UTC DTSTART 13:00Z) for Monday 30 March, the day "
          "after UK clocks go forward -> 14:00 BST (+01:00).")


# =====================================================================================
# b20-11  Montreal college, French, forwarded by the owner from a student address
# =====================================================================================
def case11():
    c = "b20-11-college-french-entrevue-forwarded"
    owner = "sophie.tremblay@mail.example"
    inner_date = dt(MTL, 2026, 4, 14, 16, 22)
    start = dt(MTL, 2026, 4, 23, 13, 30)
    end = start + timedelta(hours=1)
    fwd_date = dt(MTL, 2026, 4, 14, 20, 3)
    text = f"""Pour mon agenda perso.

---------- Message transféré ---------
De : Isabelle Gagnon <isabelle.gagnon@college-beaumarchais.example>
Date : mar. 14 avr. 2026 à 16 h 22
Objet : Convocation en entrevue - Agente de recherche (concours 2026-RH-041)
À : Sophie Tremblay <sophie.tremblay@etu.uqlaurentides.example>

Bonjour Madame Tremblay,

À la suite de l'analyse de votre candidature au poste d'agente de recherche au Bureau de la
recherche et de l'innovation, nous avons le plaisir de vous convoquer à une entrevue :

  Date : le jeudi 23 avril 2026
  Heure : 13 h 30 (heure de Montréal)
  Durée : environ une heure
  Lieu : pavillon Lionel-Groulx, local B-214, 1200, rue Sherbrooke Est, Montréal

Le comité de sélection sera composé de moi-même (présidente du comité), de M. Karim Bensaïd,
directeur du Bureau de la recherche, et de Mme Julie Paquette, conseillère en ressources humaines.

Veuillez confirmer votre présence en répondant à ce courriel. Si vous avez besoin de mesures
d'adaptation, n'hésitez pas à nous en faire part.

Cordialement,

Isabelle Gagnon
Directrice adjointe des études
Collège Beaumarchais
514 555-0134, poste 2210
"""
    add(c, "01-fwd-convocation-entrevue.eml",
        mail(owner, "Sophie Tremblay <sophie.tremblay.2@etu.uqlaurentides.example>", "sophie.tremblay@mail.example",
             "TR: Convocation en entrevue - Agente de recherche (concours 2026-RH-041)", fwd_date,
             "<e51c0a2b-fwd@etu.uqlaurentides.example>", text=text,
             extra=[("Content-Language", "fr-CA")]))
    label(c, owner, [iv("Collège Beaumarchais", "Agente de recherche", start, end, "scheduled",
                        ["isabelle.gagnon@college-beaumarchais.example"],
                        ["isabelle.gagnon@college-beaumarchais.example"], "onsite")],
          "hard", "positive/french-forwarded-selection-committee",
          f"French (fr-CA) convocation forwarded by the owner from a student address; '13 h 30 (heure de "
          f"Montréal)' -> EDT -04:00. Committee of three chaired by the sender; only her address appears. "
          f"Original mail dated {iso(inner_date)}.")


# =====================================================================================
# b20-12  Phoenix PT clinic: practice manager e-mail + Calendar API event (one interview)
# =====================================================================================
def case12():
    c = "b20-12-clinic-practice-manager-mail-and-gcal"
    owner = "dana.ruiz@example.com"
    sent = dt(PHX, 2026, 3, 9, 12, 31)
    start = dt(PHX, 2026, 3, 12, 16, 30)
    end = start + timedelta(minutes=30)
    body = """Hi Dana,

Thanks for dropping off your resume last week! Can you come in Thu 3/12 @ 4:30p? It'd be a sit-down
with me for about half an hour - mostly about scheduling software, insurance verification and how
you handle a full waiting room :) Our Tempe clinic: 1840 E University Dr, Suite 104.

I'll put it on the calendar so you have the address.

Brenda Koenig
Practice Manager
Saguaro Physical Therapy & Sports Rehab
(480) 555-0117
"""
    add(c, "01-can-you-come-in-thursday.eml",
        mail(owner, "Brenda Koenig <brenda@saguaropt.example>", "dana.ruiz@example.com",
             "Front desk position", sent, "<CAMbk7-a91@saguaropt.example>", text=body, text_cte="7bit"))
    ev = {
        "kind": "calendar#event",
        "etag": "\"3551840290518000\"",
        "id": "6h2kq9s1tb8ml0d3vr7e4cnp5a",
        "status": "confirmed",
        "htmlLink": "https://www.google.example/calendar/event?eid=NmgycXM5czF0YjhtbDBkM3ZyN2U0Y25wNWE",
        "created": "2026-03-09T19:40:11.000Z",
        "updated": "2026-03-09T19:41:02.259Z",
        "summary": "Dana Ruiz - front desk interview",
        "description": "Front Desk Coordinator. Tempe clinic, check in at the desk and ask for Brenda.",
        "location": "Saguaro Physical Therapy, 1840 E University Dr Suite 104, Tempe, AZ 85281",
        "creator": {"email": "brenda@saguaropt.example", "displayName": "Brenda Koenig"},
        "organizer": {"email": "brenda@saguaropt.example", "displayName": "Brenda Koenig"},
        "start": {"dateTime": iso(start), "timeZone": "America/Phoenix"},
        "end": {"dateTime": iso(end), "timeZone": "America/Phoenix"},
        "iCalUID": "6h2kq9s1tb8ml0d3vr7e4cnp5a@google.com",
        "sequence": 0,
        "attendees": [
            {"email": "brenda@saguaropt.example", "displayName": "Brenda Koenig", "organizer": True,
             "responseStatus": "accepted"},
            {"email": owner, "self": True, "responseStatus": "accepted"},
        ],
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    add(c, "02-front-desk-interview.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")
    label(c, owner, [iv("Saguaro Physical Therapy & Sports Rehab", "Front Desk Coordinator", start, end,
                        "scheduled", ["brenda@saguaropt.example"], ["brenda@saguaropt.example"],
                        "hiring_manager")],
          "medium", "positive/dedupe-mail-and-gcal-json",
          "Practice manager: 'Thu 3/12 @ 4:30p' (no zone; Arizona, no DST -> -07:00) + Calendar API event "
          "with timeZone America/Phoenix -> one interview.")


# =====================================================================================
# b20-13  Johannesburg logistics: HTML-only HR mail "14h00" + standalone Outlook .ics
# =====================================================================================
def case13():
    c = "b20-13-logistics-html-only-14h00-and-ics"
    owner = "thabo.nkosi@mail.example"
    sent = dt(JNB, 2026, 5, 11, 8, 47)
    start = dt(JNB, 2026, 5, 14, 14, 0)
    end = dt(JNB, 2026, 5, 14, 15, 0)
    html = """<html><head><style>p{margin:0 0 10px 0}</style></head><body style="font-family:Calibri,sans-serif">
<p>Good morning Thabo,</p>
<p>Thank you for your interest in the <strong>Fleet Controller</strong> vacancy at Highveld Cargo Solutions.</p>
<p>We would like to invite you for a panel interview on <strong>Thursday, 14 May 2026 at 14h00</strong>
at our head office, 17 Electron Avenue, Isando, Kempton Park. The interview will take approximately
one hour. The panel will consist of Mr Johan van der Merwe (Operations Manager) and myself.</p>
<p>Kindly bring a certified copy of your ID, your Code 10 licence and PrDP, and your latest
qualifications. Please report to security at Gate 2 and ask for HR.</p>
<p>I have sent you a meeting request as well - kindly accept it to confirm.</p>
<p>Kind regards</p>
<p><strong>Zanele Khumalo</strong><br>HR Business Partner<br>Highveld Cargo Solutions (Pty) Ltd<br>
Tel: +27 11 555 0175 | Cell: +27 82 555 0148<br>17 Electron Avenue, Isando, 1600</p>
<p style="font-size:8pt;color:#888">Highveld Cargo Solutions (Pty) Ltd. Reg. No. 2009/012345/07.
Directors: S. Mahlangu, P. Botha. B-BBEE Level 2 contributor.</p>
</body></html>"""
    add(c, "01-panel-interview-invitation.eml",
        mail(owner, "Zanele Khumalo <zanele.khumalo@highveldcargo.example>", "thabo.nkosi@mail.example",
             "Interview invitation - Fleet Controller", sent, "<AS8P194MB1290@AS8P194MB1290.EURP194.PROD.OUTLOOK.example>",
             html=html, html_cte="quoted-printable"))
    desc = ("Panel interview - Fleet Controller\nPanel: Johan van der Merwe (Operations Manager), "
            "Zanele Khumalo (HR)\nHead office, 17 Electron Avenue, Isando")
    ics = exchange_ics("REQUEST", "South Africa Standard Time",
                       "040000008200E00074C5B7101A82E0080000000012F4C1E6C3E1DC01000000000000000010000000F9A3",
                       0, start, end, "Interview - Fleet Controller - T. Nkosi",
                       ("Zanele Khumalo", "zanele.khumalo@highveldcargo.example"),
                       [("Johan van der Merwe", "johan.vdmerwe@highveldcargo.example", "REQ-PARTICIPANT"),
                        ("Thabo Nkosi", owner, "REQ-PARTICIPANT")], desc,
                       "Boardroom 1, Head Office, 17 Electron Avenue, Isando", sent + timedelta(minutes=3))
    add(c, "02-Interview - Fleet Controller.ics", ics)
    label(c, owner, [iv("Highveld Cargo Solutions", "Fleet Controller", start, end, "scheduled",
                        ["zanele.khumalo@highveldcargo.example", "johan.vdmerwe@highveldcargo.example"],
                        ["zanele.khumalo@highveldcargo.example", "johan.vdmerwe@highveldcargo.example"],
                        "onsite")],
          "medium", "positive/html-only-plus-standalone-ics",
          "HTML-only HR mail ('14h00', SAST +02:00) + standalone Outlook .ics; HR partner sits on the panel "
          "with the Operations Manager -> both are interviewers; one interview.")


# =====================================================================================
# Negatives
# =====================================================================================
def case14():
    c = "b20-14-neg-hotel-shift-roster"
    owner = "kyle.brandt@mail.example"
    sent = dt(LON, 2026, 4, 10, 18, 2)
    text = """Hi all,

Front Office roster for w/c Monday 13 April is below (also pinned in the back office).

KYLE      Mon 07:00-15:00 | Tue 07:00-15:00 | Wed OFF | Thu 14:00-22:00 | Fri 14:00-22:00 | Sat 15:00-23:00 | Sun OFF
PRIYA     Mon 14:00-22:00 | Tue 14:00-22:00 | Wed 07:00-15:00 | Thu OFF | Fri 07:00-15:00 | Sat OFF | Sun 07:00-15:00
GRZEGORZ  Mon 22:45-07:15 (nights all week apart from Thu/Fri)

Notes:
- Tuesday 2-4pm the Board Room is blocked for interviews for the Night Auditor role - please don't
  put guests in there and if a candidate arrives send them up to me, not to HR.
- Thursday 11:00 - fire door training for anyone on the late shift, 30 minutes, in the staff canteen.
- Shift swaps must be agreed with me by Wednesday; please don't swap on the group chat.

Thanks team
Rachel
Duty Manager | The Kingsgate Hotel, York
01904 555 0161
"""
    add(c, "01-rota-wc-13-april.eml",
        mail(owner, "Rachel Ames <rachel.ames@kingsgatehotel.example>", "frontoffice@kingsgatehotel.example",
             "Rota w/c 13/04 + notes (interviews Tues, fire training Thurs)", sent,
             "<LO2P265MB5512@LO2P265MB5512.GBRP265.PROD.OUTLOOK.example>", text=text))
    label(c, owner, [], "medium", "negative/shift-roster",
          "Hotel rota for the team; mentions interviews for another role and a candidate, plus training. "
          "Owner is an employee, not a candidate.")


def case15():
    c = "b20-15-neg-interview-panel-training-outlook"
    owner = "grace.adeyemi@example.com"
    sent = dt(LON, 2026, 5, 5, 10, 12)
    start = dt(LON, 2026, 5, 19, 9, 30)
    end = dt(LON, 2026, 5, 19, 12, 30)
    text = """When: 19 May 2026 09:30-12:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
Where: Training Room 2, Northfell House / MS Teams

*~*~*~*~*~*~*~*~*~*

Recruitment & Selection: Interview Panel Skills (half day)

This course is mandatory for all staff who sit on interview panels for Band 5 and above. It covers
shortlisting, structured interview questions, scoring, reasonable adjustments for candidates and
record keeping. Please complete the pre-learning module on LearnZone before attending.

Learning & Development
Northfell Community Health Trust
"""
    ics = exchange_ics("REQUEST", "GMT Standard Time",
                       "040000008200E00074C5B7101A82E00800000000AB12CD34EF56DC01000000000000000010000000A1A1",
                       0, start, end, "Recruitment & Selection: Interview Panel Skills",
                       ("L&D Bookings", "ld.bookings@northfell.example"),
                       [("Grace Adeyemi", owner, "REQ-PARTICIPANT")], text,
                       "Training Room 2, Northfell House / MS Teams", sent)
    add(c, "01-training-invite.eml",
        exchange_invite(owner, "L&D Bookings <ld.bookings@northfell.example>", "Grace Adeyemi <grace.adeyemi@example.com>",
                        "Recruitment & Selection: Interview Panel Skills", sent,
                        "<DB9PR06MB8001@DB9PR06MB8001.eurprd06.prod.outlook.example>", text, ics))
    label(c, owner, [], "hard", "negative/staff-training-interview-skills",
          "Exchange invite to mandatory training for interview panel members (owner is staff).")


def case16():
    c = "b20-16-neg-parents-evening-appointments"
    owner = "olivia.marsh@example.com"
    sent = dt(LON, 2026, 3, 4, 20, 15)
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>Year 9 Parents' Evening &ndash; Appointment Confirmation</h2>
<p>Dear Mrs Marsh,</p>
<p>Thank you for booking your appointments for <b>Year 9 Parents' Evening</b> at Holmbridge Academy
on <b>Thursday 12 March 2026</b>. Appointments are 5 minutes each and take place by video call -
join from the link below at least 2 minutes before your first appointment.</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th>Time</th><th>Teacher</th><th>Subject</th><th>Student</th></tr>
<tr><td>16:40</td><td>Mrs A. Okoro</td><td>English</td><td>Freddie Marsh</td></tr>
<tr><td>16:50</td><td>Mr J. Hughes</td><td>Mathematics</td><td>Freddie Marsh</td></tr>
<tr><td>17:05</td><td>Ms R. Patel</td><td>Science</td><td>Freddie Marsh</td></tr>
<tr><td>17:20</td><td>Mr T. Lewis</td><td>Head of Year 9</td><td>Freddie Marsh</td></tr>
</table>
<p>Your schedule can be changed until 12:00 on the day. Please be ready for each call - teachers
will move on to the next parent promptly to keep to time.</p>
<p><a href="https://holmbridge.parentsbook.example/join/9f1c">Join your video appointments</a></p>
<p>ParentsBook on behalf of Holmbridge Academy &middot; This is an automated message, please do not reply.</p>
</body></html>"""
    add(c, "01-appointment-confirmation.eml",
        mail(owner, "Holmbridge Academy via ParentsBook <noreply@parentsbook.example>", "olivia.marsh@example.com",
             "Appointment confirmation - Year 9 Parents' Evening (Thu 12 Mar)", sent,
             "<pb.20260304201500.71a2@parentsbook.example>", html=html))
    label(c, owner, [], "medium", "negative/parents-evening",
          "HTML-only booking confirmation with a schedule of 5-minute video appointments with teachers.")


def case17():
    c = "b20-17-neg-volunteer-induction-gcal"
    owner = "niall.obrien@mail.example"
    sent = dt(DUB, 2026, 4, 20, 12, 9)
    start = dt(DUB, 2026, 4, 25, 10, 0)
    end = dt(DUB, 2026, 4, 25, 12, 0)
    add(c, "01-welcome-volunteer.eml",
        mail(owner, "Orla Keane <orla@liffeysidebreakfast.example>", "niall.obrien@mail.example",
             "Welcome aboard! Volunteer induction Saturday", sent, "<CAKq-ok221@liffeysidebreakfast.example>",
             text_cte="7bit", text="""Hi Niall,

Lovely to chat on the phone last week - thanks for signing up! There's no formal interview for
volunteer roles, so the next step is our induction this Saturday from 10 til 12 in the community
hall (food safety basics, safeguarding, and a tour of the kitchen). I've sent you a calendar invite.

You'll also get a rota request for May after the induction - just pick the mornings that suit.

See you Saturday!
Orla Keane
Volunteer Coordinator, Liffeyside Breakfast Club (registered charity CHY 55501)
087 555 0192
"""))
    ev = {
        "kind": "calendar#event", "etag": "\"3552610177040000\"", "id": "0q7vb3n8ds2k1jm5rl9ct4ha6e",
        "status": "confirmed",
        "htmlLink": "https://www.google.example/calendar/event?eid=MHE3dmIzbjhkczJrMWptNXJsOWN0NGhhNmU",
        "created": "2026-04-20T11:10:44.000Z", "updated": "2026-04-20T11:11:03.112Z",
        "summary": "Volunteer induction - Liffeyside Breakfast Club",
        "description": "New volunteer induction: food safety, safeguarding, kitchen tour. Wear closed shoes.",
        "location": "St Michan's Community Hall, Church St, Dublin 7",
        "creator": {"email": "orla@liffeysidebreakfast.example", "displayName": "Orla Keane"},
        "organizer": {"email": "orla@liffeysidebreakfast.example", "displayName": "Orla Keane"},
        "start": {"dateTime": iso(start), "timeZone": "Europe/Dublin"},
        "end": {"dateTime": iso(end), "timeZone": "Europe/Dublin"},
        "iCalUID": "0q7vb3n8ds2k1jm5rl9ct4ha6e@google.com", "sequence": 0,
        "attendees": [
            {"email": "orla@liffeysidebreakfast.example", "displayName": "Orla Keane", "organizer": True,
             "responseStatus": "accepted"},
            {"email": owner, "self": True, "responseStatus": "needsAction"},
            {"email": "dmcguinness@mail.example", "displayName": "Deirdre McGuinness", "responseStatus": "accepted"},
        ],
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    add(c, "02-volunteer-induction.gcal.json", json.dumps(ev, indent=2) + "\n")
    label(c, owner, [], "medium", "negative/volunteer-induction",
          "Charity volunteer induction ('no formal interview for volunteer roles') by mail + Calendar API event.")


def case18():
    c = "b20-18-neg-supplier-meeting-ics"
    owner = "conor.walsh@example.com"
    stamp = dt(DUB, 2026, 4, 21, 8, 30)
    start = dt(DUB, 2026, 4, 28, 14, 0)
    end = dt(DUB, 2026, 4, 28, 15, 30)
    desc = ("Quarterly supplier review with Kerrigan Steel - rebar delivery schedule for Block C and the "
            "precast package. We will also interview the two shortlisted candidate suppliers for the "
            "precast stairs (15 min each, from 15:00). Bring the updated programme and the NCR log.")
    ics = exchange_ics("REQUEST", "GMT Standard Time",
                       "040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DC01000000000000000010000000B2B2",
                       0, start, end, "Supplier review - Kerrigan Steel / precast candidates",
                       ("Conor Walsh", owner),
                       [("Conor Walsh", owner, "REQ-PARTICIPANT"),
                        ("Brian Kerrigan", "brian@kerrigansteel.example", "REQ-PARTICIPANT"),
                        ("Maeve Hurley", "mhurley@dunmorebuild.example", "REQ-PARTICIPANT")], desc,
                       "Site office, Block C, Cherrywood", stamp)
    add(c, "01-supplier-review.ics", ics)
    label(c, owner, [], "hard", "negative/supplier-meeting",
          "Standalone Outlook .ics organised by the owner (site manager) - supplier review that 'interviews' "
          "candidate suppliers.")


def case19():
    c = "b20-19-neg-owner-sits-on-interview-panel"
    owner = "fiona.clarke@mail.example"
    sent = dt(LON, 2026, 4, 14, 9, 55)
    start = dt(LON, 2026, 4, 28, 9, 0)
    end = dt(LON, 2026, 4, 28, 13, 0)
    text = """When: 28 April 2026 09:00-13:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
Where: Ward 14 Seminar Room

*~*~*~*~*~*~*~*~*~*

Hi Fiona,

Thank you for agreeing to sit on the interview panel for the Band 5 Staff Nurse posts (Ward 14).
Schedule:
09:00 panel prep / question allocation
09:30 Candidate 1 - J. Sutton
10:15 Candidate 2 - A. Banerjee
11:00 break
11:15 Candidate 3 - M. Kowalczyk
12:00 scoring and decision

Candidate applications and the scoring matrix are in the shared drive (Recruitment > Ward14 > 2026-04).
Please do not forward this invite to the candidates.

Thanks
Debbie Harrow
Recruitment Administrator, Northfell Community Health Trust
"""
    ics = exchange_ics("REQUEST", "GMT Standard Time",
                       "040000008200E00074C5B7101A82E00800000000D5E6F7A8B9C0DC01000000000000000010000000C3C3",
                       0, start, end, "Interview Panel - Band 5 Staff Nurse (Ward 14)",
                       ("Debbie Harrow", "debbie.harrow@northfell.example"),
                       [("Fiona Clarke", owner, "REQ-PARTICIPANT"),
                        ("Tom Ekwueme", "tom.ekwueme@northfell.example", "REQ-PARTICIPANT")], text,
                       "Ward 14 Seminar Room", sent)
    add(c, "01-panel-invite.eml",
        exchange_invite(owner, "Debbie Harrow <debbie.harrow@northfell.example>",
                        "Fiona Clarke <fiona.clarke@mail.example>, Tom Ekwueme <tom.ekwueme@northfell.example>",
                        "Interview Panel - Band 5 Staff Nurse (Ward 14)", sent,
                        "<DB9PR06MB8123@DB9PR06MB8123.eurprd06.prod.outlook.example>", text, ics))
    label(c, owner, [], "hard", "negative/user-is-interviewer",
          "Exchange invite: the owner (ward sister) sits on a panel interviewing three candidates.")


def case20():
    c = "b20-20-neg-shortlisted-book-a-slot"
    owner = "isaac.mensah@example.com"
    sent = dt(LON, 2026, 4, 29, 11, 3)
    text = """Dear Isaac

Environmental Health Officer - ref EH/0311

Congratulations, you have been shortlisted for interview for the above post.

Interviews will be held on Tuesday 12 and Wednesday 13 May 2026 at Greyfriars House, Wexley.
Each interview lasts about 50 minutes and will be followed by a short technical exercise.

Please book your interview slot using the link below by 5pm on Friday 1 May. Slots are allocated on
a first come, first served basis:

https://careers.wexley.gov.example/book/EH0311?c=88213

If none of the available times suit, please contact Priya Lal in the Recruitment Team on
01632 960 778.

Kind regards

Recruitment Team
Wexley District Council
This mailbox is not monitored.
"""
    add(c, "01-shortlisted-book-slot.eml",
        mail(owner, "Wexley District Council <recruitment-noreply@wexley.gov.example>", "isaac.mensah@example.com",
             "You have been shortlisted - Environmental Health Officer (EH/0311)", sent,
             "<wdc.eh0311.88213@wexley.gov.example>", text=text))
    label(c, owner, [], "hard", "negative/availability-request-book-slot",
          "Shortlisted; interview days given but the slot is not booked yet (booking link only).")


def case21():
    c = "b20-21-neg-unsuccessful-feedback-call"
    owner = "chloe.dubois@mail.example"
    sent = dt(TOR, 2026, 4, 22, 16, 48)
    text = """Hi Chloe,

Thank you for taking the time to interview with us for the Staff Accountant position last week, and for
the effort you put into the case exercise.

After careful consideration, we have decided to move forward with another candidate whose
experience with not-for-profit fund accounting more closely matches our needs right now.

If you'd find it helpful, Anil (our Controller, who sat on your panel) is happy to give you some
feedback. He has 15 minutes free on Friday at 3pm ET - just reply and I'll send him your number.

We'll keep your resume on file and would welcome an application for future roles.

Best regards,

Meredith Lam, CPA
Office & HR Manager
Ferris Dunn Chartered Professional Accountants LLP
480 University Ave, Suite 900, Toronto ON M5G 1V2
416-555-0102
"""
    add(c, "01-update-on-application.eml",
        mail(owner, "Meredith Lam <mlam@ferrisdunn.example>", "chloe.dubois@mail.example",
             "Staff Accountant - update on your application", sent, "<YT3PR01MB9012@YT3PR01MB9012.CANPRD01.PROD.OUTLOOK.example>",
             text=text))
    label(c, owner, [], "hard", "negative/rejection-with-feedback-call",
          "Rejection after an interview; offers an optional feedback call (not an interview).")


def case22():
    c = "b20-22-neg-pre-employment-checks-appointment"
    owner = "mia.kowalski@example.com"
    sent = dt(BNE, 2026, 4, 24, 13, 20)
    text = """Hi Mia,

Congratulations again on your successful interview and on accepting our offer for the Warehouse
Team Leader role!

Before your first shift, please come in to the Eagle Farm DC on Monday 4 May at 9am for your
pre-employment checks with HR (right-to-work and ID verification, signing your contract and your
forklift licence sighting). Please bring your passport or birth certificate, your Medicare card and
your LF licence. This will take about 45 minutes, and your site induction starts at 10am.

Parking is in the visitor bays next to Gate B. Ask security to call me when you arrive.

Kind regards,
Josh Pereira
People & Culture Advisor
Coastline Distribution Pty Ltd
45 Lavarack Ave, Eagle Farm QLD 4009 | 07 5550 3381
"""
    add(c, "01-pre-employment-checks.eml",
        mail(owner, "Josh Pereira <josh.pereira@coastlinedistribution.example>", "mia.kowalski@example.com",
             "Welcome to Coastline - pre-employment checks Monday 4 May", sent,
             "<SY5P300MB0412@SY5P300MB0412.AUSP300.PROD.OUTLOOK.example>", text=text))
    label(c, owner, [], "medium", "negative/pre-employment-checks",
          "After offer acceptance: HR appointment for ID/right-to-work checks and induction; mentions 'successful interview'.")


def main():
    for f in (case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
              case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22):
        f()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b20-") and os.path.isdir(p):
            shutil.rmtree(p)
    for case, items in CASES.items():
        d = os.path.join(HERE, case)
        os.makedirs(d)
        for name, data in items:
            with open(os.path.join(d, name), "wb") as fh:
                fh.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# blind20 labels - see /work/shared/eval/README.md for the schema\n")
        yaml.safe_dump(LABELS, fh, sort_keys=True, allow_unicode=True, width=110)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
