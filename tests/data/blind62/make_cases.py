#!/usr/bin/env python3
"""Deterministic generator for the blind62 evaluation set (hospital pharmacist, Perth -> Sydney/Melbourne).

Rewrites every b62-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All offsets are computed with zoneinfo.
"""
import hashlib
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
PER = ZoneInfo("Australia/Perth")
SYD = ZoneInfo("Australia/Sydney")
MEL = ZoneInfo("Australia/Melbourne")
BNE = ZoneInfo("Australia/Brisbane")
SGP = ZoneInfo("Asia/Singapore")
BER = ZoneInfo("Europe/Berlin")
LAX = ZoneInfo("America/Los_Angeles")

OWNER = "rhiannon.kealy@example.com"
OWNER_NAME = "Rhiannon Kealy"
OWNER_FMT = f"{OWNER_NAME} <{OWNER}>"

CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


def T(tz, y, mo, d, h, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def iso(dt):
    return dt.isoformat() if dt is not None else None


# ---------------------------------------------------------------- iCalendar helpers
def fold(line):
    """RFC 5545 folding at 75 octets, never splitting a UTF-8 character."""
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


def zutc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


VTZ = {
    "Australia/Sydney": [
        "BEGIN:VTIMEZONE", "TZID:Australia/Sydney", "X-LIC-LOCATION:Australia/Sydney",
        "BEGIN:STANDARD", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000", "TZNAME:AEST",
        "DTSTART:19700405T030000", "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", "END:STANDARD",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100", "TZNAME:AEDT",
        "DTSTART:19701004T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU", "END:DAYLIGHT",
        "END:VTIMEZONE"],
    "America/Los_Angeles": [
        "BEGIN:VTIMEZONE", "TZID:America/Los_Angeles",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "TZNAME:PST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "AUS Eastern Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:AUS Eastern Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10", "END:DAYLIGHT",
        "END:VTIMEZONE"],
}
for _win, _off in (("Singapore Standard Time", "+0800"), ("W. Australia Standard Time", "+0800"),
                   ("E. Australia Standard Time", "+1000")):
    VTZ[_win] = ["BEGIN:VTIMEZONE", f"TZID:{_win}",
                 "BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{_off}",
                 f"TZOFFSETTO:{_off}", "END:STANDARD",
                 "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", f"TZOFFSETFROM:{_off}",
                 f"TZOFFSETTO:{_off}", "END:DAYLIGHT", "END:VTIMEZONE"]


def calendar(prodid, method, events, tzids=(), extra_head=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(extra_head)
    for tz in tzids:
        lines += VTZ[tz]
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    return ics(lines)


def vevent(uid, start, end, summary, *, stamp, organizer=None, attendees=(), description=None,
           location=None, seq=0, status="CONFIRMED", tzid=None, extra=(), alarm=False):
    ev = ["BEGIN:VEVENT"]
    if tzid:
        ev.append(f"DTSTART;TZID={tzid}:{loc(start)}")
        if end is not None:
            ev.append(f"DTEND;TZID={tzid}:{loc(end)}")
    else:
        ev.append(f"DTSTART:{zutc(start)}")
        if end is not None:
            ev.append(f"DTEND:{zutc(end)}")
    ev.append(f"DTSTAMP:{zutc(stamp)}")
    if organizer:
        cn, addr = organizer
        ev.append(f"ORGANIZER;CN={cn}:mailto:{addr}")
    ev.append(f"UID:{uid}")
    for cn, addr, role, partstat in attendees:
        ev.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={cn}:mailto:{addr}")
    if description is not None:
        ev.append("DESCRIPTION:" + esc(description))
    if location is not None:
        ev.append("LOCATION:" + esc(location))
    ev.append(f"SEQUENCE:{seq}")
    ev.append(f"STATUS:{status}")
    ev.append("SUMMARY:" + esc(summary))
    ev += list(extra)
    if alarm:
        ev += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT15M", "END:VALARM"]
    ev.append("END:VEVENT")
    return ev


# ---------------------------------------------------------------- e-mail helper
def mail(case, fname, *, frm, subject, date, msgid, to=OWNER_FMT, cc=None, reply_to=None,
         sender=None, body=None, html=None, cte_plain="quoted-printable", cte_html="quoted-printable",
         cal=None, cal_method="REQUEST", attach=None, attach_name="invite.ics",
         attach_type=("text", "calendar"), in_reply_to=None, references=None, headers=(),
         received=None, delivered_to=OWNER):
    m = EmailMessage()
    m["Delivered-To"] = delivered_to
    if received:
        m["Received"] = f"{' '.join(received.split())}; {format_datetime(date + timedelta(seconds=3))}"
    m["Return-Path"] = "<" + (sender or frm).split("<")[-1].rstrip(">") + ">"
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
    if references:
        m["References"] = references
    for k, v in headers:
        m[k] = v
    if body is not None:
        m.set_content(body, cte=cte_plain)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=cte_html)
    else:
        m.set_content(html, subtype="html", cte=cte_html)
    if cal is not None:
        m.add_alternative(cal, subtype="calendar", params={"method": cal_method}, cte="7bit")
    if attach is not None:
        mt, st = attach_type
        params = {"method": cal_method} if mt == "text" else None
        if mt == "text":
            m.add_attachment(attach.encode("utf-8"), maintype=mt, subtype=st, filename=attach_name,
                             params=params, cte="base64")
        else:
            m.add_attachment(attach.encode("utf-8"), maintype=mt, subtype=st, filename=attach_name)
    i = 0
    for part in m.walk():
        if part.is_multipart():
            h = hashlib.sha1(f"{case}/{fname}/{i}".encode()).hexdigest()[:24]
            part.set_boundary(f"----=_Part_{i}_{h}")
            i += 1
    CASES.setdefault(case, []).append((fname, bytes(m)))


def raw(case, fname, text):
    CASES.setdefault(case, []).append((fname, text.encode("utf-8")))


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
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients),
            "kind": kind}


def html_wrap(inner, font="Arial,Helvetica,sans-serif"):
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">{inner}</div></body></html>\n')


def gmail_rx(host="mail-sor-f41.google.com"):
    return (f"from {host} ({host}. [209.85.220.41])\n        by mx.example.com with SMTPS id q7b62k\n"
            f"        for <{OWNER}>")


# =============================================================================== POSITIVES
def case01():
    c = "b62-01-harbourside-lhd-panel-html-only"
    start, end = T(SYD, 2026, 3, 19, 14, 30), T(SYD, 2026, 3, 19, 15, 15)
    sent = T(SYD, 2026, 3, 10, 16, 5, 12)
    inner = """
<table width="100%" cellpadding="0" cellspacing="0" style="background:#00395d;color:#ffffff"><tr>
<td style="padding:12px 18px;font-size:18px">StateHealth eRecruit</td></tr></table>
<p>Dear Rhiannon,</p>
<p><b>Requisition 48213 &ndash; Senior Pharmacist &ndash; Antimicrobial Stewardship</b><br>
Harbourside Local Health District &ndash; Pharmacy Department, Harbourside Hospital</p>
<p>Thank you for your application. The selection panel has reviewed your response to the selection
criteria and would like to invite you to a panel interview.</p>
<table cellpadding="4" style="border-collapse:collapse;border:1px solid #cccccc">
<tr><td><b>Date</b></td><td>Thursday 19 March 2026</td></tr>
<tr><td><b>Time</b></td><td>2.30pm &ndash; 3.15pm AEDT (11.30am &ndash; 12.15pm WA time)</td></tr>
<tr><td><b>Format</b></td><td>Microsoft Teams video interview &ndash; a link will be sent by the convenor the day before</td></tr>
<tr><td><b>Panel</b></td><td>Dr Oliver Pennant, Director of Pharmacy (Convenor)<br>Grace Whitcombe, Deputy Director of Pharmacy<br>Dr Sunil Rajapakse, Infectious Diseases Staff Specialist</td></tr>
</table>
<p>The interview will be behavioural and based on the selection criteria in the position description.
Please have photo ID ready, and be prepared to provide the names of two referees, one of whom should be a
current or recent line manager.</p>
<p>If you are unable to attend, or require any adjustments, please contact Marcus Tallis, Workforce
Officer, on (02) 9555 0142 or <a href="mailto:marcus.tallis@harbourside-lhd.example">marcus.tallis@harbourside-lhd.example</a>.
Please do not reply to this email &ndash; this mailbox is not monitored.</p>
<p>Kind regards,<br>Recruitment Team<br>Harbourside Local Health District</p>
<p style="font-size:11px;color:#777777">This message was sent by StateHealth eRecruit on behalf of
Harbourside Local Health District. Candidate ID 7731092. Log in to view your application status at
https://erecruit.statehealth-nsw.example/candidate.</p>
"""
    mail(c, "01-erecruit-interview-invitation.eml",
         frm="StateHealth eRecruit <no-reply@erecruit.statehealth-nsw.example>",
         subject="Interview invitation - Req 48213 Senior Pharmacist - Antimicrobial Stewardship",
         date=sent, msgid="<20260310050512.48213.7731092@erecruit.statehealth-nsw.example>",
         html=html_wrap(inner, "Segoe UI,Arial,sans-serif"),
         headers=[("X-Mailer", "StateHealth eRecruit Notification Service 4.2")],
         received="from mta2.erecruit.statehealth-nsw.example (mta2.erecruit.statehealth-nsw.example [203.0.113.24])\n        by mx.example.com")
    label(c, [iv("Harbourside Local Health District", "Senior Pharmacist - Antimicrobial Stewardship",
                 start, end, "scheduled", [], ["marcus.tallis@harbourside-lhd.example"], "onsite")],
          "medium", "positive/ats-html-only",
          "HTML-only state e-recruitment portal mail; '2.30pm - 3.15pm AEDT (11.30am WA time)'; panel named "
          "without addresses so no interviewer e-mails; follow-up goes to the workforce officer named in text.")


def case02():
    c = "b62-02-yarra-bend-exchange-reschedule-after-dst"
    coord = ("Priya Nandakumar", "priya.nandakumar@yarrabendhealth.example")
    fergus = ("Dr Fergus Molloy", "fergus.molloy@yarrabendhealth.example")
    leanne = ("Leanne Ashby", "leanne.ashby@yarrabendhealth.example")
    role = "Pharmacist Grade 3 - Emergency Department"
    uid = "040000008200E00074C5B7101A82E00800000000B0F62A1C6EB5DC0100000000000000001000000087A1E2F4B62C7A4D9E0F3C1B5A6D7E88"
    teams = ("________________________________________________________________________________\n"
             "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
             "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_YjQ5N2Fk"
             "ZTItYjYyMi00%40thread.v2/0>\nMeeting ID: 418 552 907 316\nPasscode: q7Zt4N\n"
             "________________________________________________________________________________\n")

    def invite(fname, start, end, sent, seq, subject, note, msgid):
        when = (f"When: {start.strftime('%A, %-d %B %Y')} {start.strftime('%-I:%M %p')}-"
                f"{end.strftime('%-I:%M %p')} (UTC+10:00) Canberra, Melbourne, Sydney.\n")
        body = (when + "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n" + note + "\n" + teams)
        desc = body
        cal = calendar("Microsoft Exchange Server 2010", "REQUEST", [vevent(
            uid, start, end, f"Interview: {OWNER_NAME} - {role}", stamp=sent,
            organizer=coord, tzid="AUS Eastern Standard Time", seq=seq,
            attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                       (fergus[0], fergus[1], "REQ-PARTICIPANT", "ACCEPTED"),
                       (leanne[0], leanne[1], "REQ-PARTICIPANT", "ACCEPTED")],
            description=desc, location="Microsoft Teams Meeting",
            extra=["CLASS:PUBLIC", "PRIORITY:5", "TRANSP:OPAQUE",
                   "X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % seq, "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
                   "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
                   "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
                   "X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null}",
                   "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"],
            alarm=True)], tzids=["AUS Eastern Standard Time"])
        mail(c, fname, frm=f"{coord[0]} <{coord[1]}>",
             to=f"{OWNER_NAME} <{OWNER}>, {fergus[0]} <{fergus[1]}>, {leanne[0]} <{leanne[1]}>",
             subject=subject, date=sent, msgid=msgid, body=body, cal=cal,
             headers=[("Thread-Topic", f"Interview: {OWNER_NAME} - {role}"),
                      ("Accept-Language", "en-AU"), ("Content-Language", "en-AU"),
                      ("Content-class", "urn:content-classes:calendarmessage"),
                      ("X-MS-Has-Attach", ""), ("X-MS-Exchange-Organization-SCL", "1")],
             received="from SY4PR01MB6107.ausprd01.prod.outlook.example (2603:10c6:10:1a5::9)\n        by mx.example.com")

    s1, e1 = T(MEL, 2026, 4, 2, 10, 0), T(MEL, 2026, 4, 2, 10, 45)
    invite("01-invite-interview-2-april.eml", s1, e1, T(MEL, 2026, 3, 20, 10, 12, 40), 0,
           f"Interview: {OWNER_NAME} - {role}",
           "Hi Rhiannon,\n\nAs discussed on the phone, here is the invitation for your interview for the "
           "Grade 3 ED pharmacist position. You'll be meeting Dr Fergus Molloy (Chief Pharmacist) and Leanne "
           "Ashby (Pharmacy Operations Manager). The interview is at 10am Melbourne time, which is 7am for you "
           "in Perth - sorry about the early start! Please allow 45 minutes. The panel will ask you to "
           "address the key selection criteria, and there will be one short clinical scenario.\n\n"
           "Kind regards,\nPriya Nandakumar\nRecruitment Coordinator | People & Culture\nYarra Bend Health\n"
           "T: (03) 9555 7720\n12 Heidelberg Road, Fairfield VIC 3078\n",
           "<SY4PR01MB6107E1A0B62C0002@SY4PR01MB6107.ausprd01.prod.outlook.example>")

    mail(c, "02-priya-moving-your-interview.eml", frm=f"{coord[0]} <{coord[1]}>",
         subject=f"RE: Interview: {OWNER_NAME} - {role}",
         date=T(MEL, 2026, 3, 31, 15, 40, 5),
         msgid="<SY4PR01MB6107E1A0B62C0003@SY4PR01MB6107.ausprd01.prod.outlook.example>",
         in_reply_to="<SY4PR01MB6107E1A0B62C0002@SY4PR01MB6107.ausprd01.prod.outlook.example>",
         references="<SY4PR01MB6107E1A0B62C0002@SY4PR01MB6107.ausprd01.prod.outlook.example>",
         body=("Hi Rhiannon,\n\nApologies for the change - Fergus has been pulled into our accreditation "
               "survey on Thursday, so we need to move your interview by a week to Thursday 9 April, same "
               "time: 10am Melbourne time.\n\nOne thing to watch: Victoria goes back to standard time (AEST) "
               "on Sunday 5 April, so on the 9th that will be 8am in Perth rather than 7am. I'll send an "
               "updated invite now.\n\nSame panel (Fergus and Leanne), same Teams link.\n\n"
               "Kind regards,\nPriya\n\nPriya Nandakumar\nRecruitment Coordinator | People & Culture\n"
               "Yarra Bend Health\nT: (03) 9555 7720\n"),
         headers=[("Thread-Topic", f"Interview: {OWNER_NAME} - {role}"), ("Content-Language", "en-AU")])

    s2, e2 = T(MEL, 2026, 4, 9, 10, 0), T(MEL, 2026, 4, 9, 10, 45)
    invite("03-updated-invite-9-april.eml", s2, e2, T(MEL, 2026, 3, 31, 15, 42, 51), 1,
           f"Updated: Interview: {OWNER_NAME} - {role}",
           "Hi Rhiannon,\n\nUpdated time as per my email - Thursday 9 April, 10am Melbourne (AEST) / 8am "
           "Perth. Same panel, same Teams link.\n\nKind regards,\nPriya Nandakumar\nRecruitment Coordinator | "
           "People & Culture\nYarra Bend Health\n",
           "<SY4PR01MB6107E1A0B62C0004@SY4PR01MB6107.ausprd01.prod.outlook.example>")
    label(c, [iv("Yarra Bend Health", role, s2, e2, "scheduled", [fergus[1], leanne[1]],
                 [fergus[1], leanne[1]], "onsite")],
          "hard", "positive/reschedule-dst",
          "Exchange invite (AUS Eastern Standard Time) for 2 Apr 10:00 AEDT moved by a week to 9 Apr 10:00, "
          "which is after Victoria's 5 Apr switch to AEST (+10). SEQUENCE 1. Two-person panel -> onsite.")


def case03():
    c = "b62-03-wattlebrook-slotbird-screen-cancelled"
    jade = ("Jade Mercer", "jade.mercer@wattlebrook.example")
    role = "Pharmacist in Charge - Parramatta"
    start, end = T(BNE, 2026, 3, 18, 9, 0), T(BNE, 2026, 3, 18, 9, 30)
    uid = "sb-5f1c9e07-b62a-4c1e-9d3e-wattlebrook@slotbird.example"
    desc = (f"Phone interview with Jade Mercer (Talent Acquisition Partner, Wattlebrook Pharmacy Group) for "
            f"{role}. Jade will call you on the number you provided.\nReschedule or cancel: "
            "https://book.slotbird.example/m/5f1c9e07")
    sent1 = T(BNE, 2026, 3, 16, 9, 14, 2)
    cal1 = calendar("-//Slotbird//Scheduling 3.8//EN", "REQUEST", [vevent(
        uid, start, end, f"Phone interview: {OWNER_NAME} & Jade Mercer (Wattlebrook)", stamp=sent1,
        organizer=("Jade Mercer", jade[1]),
        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "ACCEPTED")], description=desc,
        location="Phone call")])
    body1 = (f"Hi Rhiannon,\n\nYour phone interview is confirmed.\n\n"
             f"What: Phone interview - {role}\nWho: Jade Mercer, Wattlebrook Pharmacy Group\n"
             f"When: Wednesday, 18 March 2026, 9:00am - 9:30am (GMT+10:00) Brisbane\n"
             f"Your time zone: 7:00am - 7:30am (GMT+08:00) Perth\n\n"
             f"Jade will call you on +61 4xx xxx 219.\n\nNeed to make a change? Reschedule or cancel: "
             f"https://book.slotbird.example/m/5f1c9e07\n\n--\nPowered by Slotbird - scheduling made simple\n")
    html1 = html_wrap("<p>Hi Rhiannon,</p><p><b>Your phone interview is confirmed.</b></p>"
                      f"<p>What: Phone interview - {role}<br>Who: Jade Mercer, Wattlebrook Pharmacy Group<br>"
                      "When: Wednesday, 18 March 2026, 9:00am - 9:30am (GMT+10:00) Brisbane<br>"
                      "Your time zone: 7:00am - 7:30am (GMT+08:00) Perth</p>"
                      "<p>Jade will call you on +61 4xx xxx 219.</p>"
                      '<p><a href="https://book.slotbird.example/m/5f1c9e07">Reschedule or cancel</a></p>'
                      '<p style="color:#888">Powered by Slotbird</p>')
    mail(c, "01-slotbird-booking-confirmed.eml",
         frm="Wattlebrook Talent via Slotbird <bookings@mail.slotbird.example>",
         reply_to=f"{jade[0]} <{jade[1]}>",
         subject="Confirmed: Phone interview with Jade Mercer - Wed 18 Mar 9:00am",
         date=sent1, msgid="<sb.5f1c9e07.confirm.1773616442@mail.slotbird.example>",
         body=body1, html=html1, attach=cal1, attach_type=("application", "ics"))

    mail(c, "02-jade-need-to-cancel.eml", frm=f"{jade[0]} <{jade[1]}>",
         subject="Tomorrow's phone interview - Parramatta PIC",
         date=T(BNE, 2026, 3, 17, 16, 22, 37),
         msgid="<CAJm0b62wattle_8k2HqP0x@mail.wattlebrook.example>",
         body=("Hi Rhiannon,\n\nI'm really sorry to do this at short notice, but I need to cancel our phone "
               "interview tomorrow morning. The Parramatta Pharmacist in Charge role has been put on hold "
               "while we finalise the store refit and lease, and I don't want to take up your time until we "
               "know the timing.\n\nI've cancelled the booking in Slotbird, so you'll get an automated notice "
               "as well. I'll keep your details on file and reach out as soon as the role is back open.\n\n"
               "Cheers,\nJade\n\nJade Mercer | Talent Acquisition Partner\nWattlebrook Pharmacy Group\n"
               "Level 4, 88 Wickham Terrace, Spring Hill QLD 4000\nM 0455 501 338\n"),
         cte_plain="7bit", headers=[("X-Mailer", "Microsoft Outlook 16.0")])

    sent3 = T(BNE, 2026, 3, 17, 16, 24, 10)
    cal3 = calendar("-//Slotbird//Scheduling 3.8//EN", "CANCEL", [vevent(
        uid, start, end, f"Phone interview: {OWNER_NAME} & Jade Mercer (Wattlebrook)", stamp=sent3,
        organizer=("Jade Mercer", jade[1]),
        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "ACCEPTED")], description=desc,
        location="Phone call", seq=1, status="CANCELLED")])
    mail(c, "03-slotbird-booking-cancelled.eml",
         frm="Wattlebrook Talent via Slotbird <bookings@mail.slotbird.example>",
         reply_to=f"{jade[0]} <{jade[1]}>",
         subject="Cancelled: Phone interview with Jade Mercer - Wed 18 Mar 9:00am",
         date=sent3, msgid="<sb.5f1c9e07.cancel.1773728650@mail.slotbird.example>",
         body=("Hi Rhiannon,\n\nJade Mercer has cancelled the following event.\n\n"
               "Phone interview - Pharmacist in Charge - Parramatta\n"
               "Wednesday, 18 March 2026, 9:00am - 9:30am (GMT+10:00) Brisbane\n\n"
               "Reason: Role on hold.\n\n--\nPowered by Slotbird\n"),
         cal=cal3, cal_method="CANCEL")
    label(c, [iv("Wattlebrook Pharmacy Group", role, start, end, "cancelled", [jade[1]], [jade[1]],
                 "phone_screen")],
          "medium", "positive/cancellation",
          "Scheduling-vendor booking (9:00am GMT+10 Brisbane, no DST) then recruiter cancels (role on hold) and "
          "vendor sends METHOD:CANCEL. Recruiter runs the screen -> interviewer.")


def case04():
    c = "b62-04-solenne-withdrawal-gcal-cancelled"
    tobias = ("Tobias Wren", "tobias.wren@solennetx.example")
    marg = ("Marguerite Osei", "marguerite.osei@solennetx.example")
    role = "Medical Information Pharmacist"
    start, end = T(MEL, 2026, 4, 21, 13, 0), T(MEL, 2026, 4, 21, 13, 45)
    gid = "3k8v2c0s9lq7q1mdf4rj9txb62"
    sent = T(MEL, 2026, 4, 7, 11, 3, 30).astimezone(UTC)
    summary = f"Interview - {OWNER_NAME} / {role}"
    descr = ("45-minute conversation with Marguerite Osei, Head of Medical Information ANZ. Tobias won't be "
             "on the call.\n\nPlease have a look at the enquiry scenario attached to my email beforehand.")
    cal = calendar("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", [vevent(
        f"{gid}@google.com", start, end, summary, stamp=sent, organizer=tobias,
        attendees=[(tobias[0], tobias[1], "REQ-PARTICIPANT", "ACCEPTED"),
                   (marg[0], marg[1], "REQ-PARTICIPANT", "ACCEPTED"),
                   (OWNER, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
        description=descr + "\n\nJoin with Google Meet: https://meet.google.com/rvk-qzte-bmo",
        location="", extra=["X-GOOGLE-CONFERENCE:https://meet.google.com/rvk-qzte-bmo", "TRANSP:OPAQUE"],
        alarm=True)], extra_head=["CALSCALE:GREGORIAN"])
    text = (f"{summary}\nTuesday Apr 21, 2026 \u22c5 1pm \u2013 1:45pm\nAustralian Eastern Standard Time - "
            f"Melbourne\n\n{descr}\n\nJoin with Google Meet\nhttps://meet.google.com/rvk-qzte-bmo\n\n"
            f"Organizer\n{tobias[0]}\n{tobias[1]}\n\nGuests\n{tobias[0]} - organizer\n{marg[0]}\n{OWNER}\n\n"
            "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this "
            "email because you are an attendee on the event.\n")
    html = html_wrap(text.replace("\n", "<br>\n"), "Roboto,Helvetica,Arial,sans-serif")
    mail(c, "01-invitation-medical-information-interview.eml", frm=f"{tobias[0]} <{tobias[1]}>",
         reply_to=f"{tobias[0]} <{tobias[1]}>", sender="Google Calendar <calendar-notification@google.com>",
         to=OWNER,
         subject=f"Invitation: {summary} @ Tue Apr 21, 2026 1pm - 1:45pm (AEST) ({OWNER})",
         date=sent, msgid=f"<calendar-{gid}-b62@google.com>", body=text, html=html,
         cte_plain="base64", cal=cal, attach=cal, attach_type=("application", "ics"),
         received=gmail_rx("mail-sor-f73.google.com"))

    mail(c, "02-tobias-re-withdrawal.eml", frm=f"{tobias[0]} <{tobias[1]}>",
         subject=f"Re: Withdrawing - {role}", date=T(MEL, 2026, 4, 17, 9, 48, 11),
         msgid="<CAHt0bW9_b62=solenne_Rw2kq@mail.solennetx.example>",
         in_reply_to="<B62A1F0D-7C0E-4E7B-9A58-RK0417@example.com>",
         references="<B62A1F0D-7C0E-4E7B-9A58-RK0417@example.com>",
         body=("Hi Rhiannon,\n\nThanks for letting me know, and congratulations - that's a great move. I've "
               "cancelled Tuesday's interview with Marguerite, so you'll see it drop off your calendar.\n\n"
               "If things change down the track, please do get in touch.\n\nAll the best,\nTobias\n\n"
               "Tobias Wren\nTalent Partner, Solenne Therapeutics Australia\nLevel 9, 440 Collins Street, "
               "Melbourne VIC 3000\n+61 3 9555 4410\n\n"
               "On Thu, 16 Apr 2026 at 21:05, Rhiannon Kealy <rhiannon.kealy@example.com> wrote:\n"
               "> Hi Tobias,\n>\n> I wanted to let you know that I've accepted an offer from a hospital in "
               "Sydney,\n> so I'd like to withdraw from the Medical Information Pharmacist process and free\n"
               "> up Marguerite's time on Tuesday 21 April.\n>\n> Thank you both for your time - I really "
               "enjoyed our first conversation.\n>\n> Kind regards,\n> Rhiannon\n"),
         received=gmail_rx())

    raw(c, "03-deleted-event.gcal.json", json.dumps({
        "kind": "calendar#event", "etag": "\"3551902288614000\"", "id": gid, "status": "cancelled"},
        indent=2) + "\n")
    label(c, [iv("Solenne Therapeutics", role, start, end, "cancelled", [marg[1]], [marg[1]],
                 "hiring_manager")],
          "hard", "positive/cancellation",
          "Google invite (1pm AEST Melbourne, after the 5 Apr change), then candidate withdraws (quoted in the "
          "recruiter reply) and the Calendar API shows the event deleted.")


def case05():
    c = "b62-05-st-columbas-screen-then-onsite"
    kirra = ("Kirra Donnelly", "kdonnelly@stcolumbas.example")
    sam = ("Dr Samuel Achterberg", "sachterberg@stcolumbas.example")
    nadia = ("Nadia Fairweather", "nfairweather@stcolumbas.example")
    role = "Senior Clinical Pharmacist - Cardiology"
    sig = ("Kirra Donnelly\nHR Advisor - Talent Acquisition\nSt Columba's Hospital Sydney\n"
           "390 Victoria Street, Darlinghurst NSW 2010\nP: (02) 9555 3381 | M: 0417 555 920\n")
    m1 = "<PSAPR01MB4420B62A01@PSAPR01MB4420.ausprd01.prod.outlook.example>"
    mail(c, "01-kirra-phone-screen-request.eml", frm=f"{kirra[0]} <{kirra[1]}>",
         subject=f"{role} - next steps", date=T(SYD, 2026, 3, 19, 14, 20, 3), msgid=m1,
         body=("Hi Rhiannon,\n\nThank you for applying for the Senior Clinical Pharmacist - Cardiology role "
               "at St Columba's. I'd love to have a quick initial chat before we line up the panel.\n\n"
               "Would you be free on Monday 23 March at 10am Sydney time, which is 7am for you in Perth? It "
               "will be about 20 minutes with me - just covering your registration, notice period and "
               "relocation plans.\n\nKind regards,\n" + sig))
    m2 = "<PSAPR01MB4420B62A02@PSAPR01MB4420.ausprd01.prod.outlook.example>"
    s1, e1 = T(SYD, 2026, 3, 23, 10, 0), T(SYD, 2026, 3, 23, 10, 20)
    mail(c, "02-kirra-screen-confirmed.eml", frm=f"{kirra[0]} <{kirra[1]}>",
         subject=f"RE: {role} - next steps", date=T(SYD, 2026, 3, 20, 8, 2, 44), msgid=m2,
         in_reply_to="<6f1d2b62-rk-0320@example.com>", references=f"{m1} <6f1d2b62-rk-0320@example.com>",
         body=("Great - locked in. I'll call you on 0412 555 019 at 10am AEDT on Monday.\n\nKirra\n\n" + sig +
               "\n-----Original Message-----\nFrom: Rhiannon Kealy <rhiannon.kealy@example.com>\n"
               "Sent: Friday, 20 March 2026 12:31 AM\nTo: Kirra Donnelly <kdonnelly@stcolumbas.example>\n"
               f"Subject: Re: {role} - next steps\n\nHi Kirra,\n\nMonday at 10 your time works well - early "
               "starts are no problem for me.\nMy mobile is 0412 555 019.\n\nThanks,\nRhiannon\n"))
    m3 = "<PSAPR01MB4420B62A03@PSAPR01MB4420.ausprd01.prod.outlook.example>"
    s2, e2 = T(SYD, 2026, 4, 16, 9, 30), T(SYD, 2026, 4, 16, 11, 0)
    mail(c, "03-kirra-on-site-interview-details.eml", frm=f"{kirra[0]} <{kirra[1]}>",
         subject="On-site interview - Thursday 16 April", date=T(SYD, 2026, 3, 24, 17, 5, 9), msgid=m3,
         body=("Hi Rhiannon,\n\nThanks for your time yesterday - I'm pleased to say the panel would like to "
               "meet you in person. We'll cover your flights from Perth and one night's accommodation.\n\n"
               "Thursday 16 April 2026, Level 2 Pharmacy Department, St Columba's Hospital\n"
               "  9.30am - 10.30am  Panel interview - Dr Samuel Achterberg (Director of Pharmacy, "
               "sachterberg@stcolumbas.example) and Nadia Fairweather (Lead Pharmacist - Cardiology, "
               "nfairweather@stcolumbas.example). Questions will follow the selection criteria.\n"
               "  10.30am - 11.00am  Clinical case discussion with Nadia on the cardiology ward\n\n"
               "Please note Sydney will be back on AEST (UTC+10) by then, so 9.30am here is 7.30am in Perth "
               "- worth double-checking your flight times. I'll send a calendar invite shortly.\n\n"
               "Kind regards,\n" + sig))
    gid = "0p1e9c4r7b62stcolumbaq5m2h"
    sent = T(SYD, 2026, 3, 24, 17, 11, 0).astimezone(UTC)
    summary = f"On-site interview - {OWNER_NAME} ({role})"
    descr = ("9.30 - 10.30 Panel (Samuel Achterberg, Nadia Fairweather)\n10.30 - 11.00 Clinical case "
             "discussion with Nadia (Ward 7 North)\nReport to Pharmacy reception, Level 2.")
    cal = calendar("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", [vevent(
        f"{gid}@google.com", s2, e2, summary, stamp=sent, organizer=kirra,
        attendees=[(kirra[0], kirra[1], "REQ-PARTICIPANT", "ACCEPTED"),
                   (sam[0], sam[1], "REQ-PARTICIPANT", "ACCEPTED"),
                   (nadia[0], nadia[1], "REQ-PARTICIPANT", "ACCEPTED"),
                   (OWNER, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
        description=descr, location="St Columba's Hospital, 390 Victoria Street, Darlinghurst NSW 2010",
        extra=["TRANSP:OPAQUE"], alarm=True)], extra_head=["CALSCALE:GREGORIAN"])
    text = (f"{summary}\nThursday Apr 16, 2026 \u22c5 9:30am \u2013 11am\nAustralian Eastern Standard Time "
            f"- Sydney\n\nSt Columba's Hospital, 390 Victoria Street, Darlinghurst NSW 2010\n\n{descr}\n\n"
            f"Organizer\n{kirra[0]}\n{kirra[1]}\n\nGuests\n{kirra[0]} - organizer\n{sam[0]}\n{nadia[0]}\n"
            f"{OWNER}\n\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n")
    mail(c, "04-invitation-on-site-interview.eml", frm=f"{kirra[0]} <{kirra[1]}>",
         sender="Google Calendar <calendar-notification@google.com>", reply_to=f"{kirra[0]} <{kirra[1]}>",
         to=OWNER, subject=f"Invitation: {summary} @ Thu Apr 16, 2026 9:30am - 11am (AEST) ({OWNER})",
         date=sent, msgid=f"<calendar-{gid}-b62@google.com>", body=text,
         html=html_wrap(text.replace("\n", "<br>\n"), "Roboto,Arial,sans-serif"), cte_plain="base64",
         cal=cal, attach=cal, attach_type=("application", "ics"), received=gmail_rx("mail-sor-f69.google.com"))
    label(c, [iv("St Columba's Hospital Sydney", role, s1, e1, "scheduled", [kirra[1]], [kirra[1]],
                 "phone_screen"),
              iv("St Columba's Hospital Sydney", role, s2, e2, "scheduled", [sam[1], nadia[1]],
                 [sam[1], nadia[1]], "onsite")],
          "hard", "positive/two-interviews",
          "Phone screen 23 Mar 10am AEDT ('7am for you in Perth'), then on-site 16 Apr (AEST, after DST) "
          "9.30-10.30 panel + 10.30-11.00 case discussion = one onsite 9.30-11.00; Google invite dedupes.")


def case06():
    c = "b62-06-lygon-chemists-gcal-json-only"
    costa = ("Costa Papadakis", "costa.papadakis@lygonchemists.example")
    start, end = T(MEL, 2026, 5, 6, 14, 0), T(MEL, 2026, 5, 6, 14, 45)
    ev = {
        "kind": "calendar#event", "etag": "\"3553018836114000\"", "id": "7hq2m0c4b62lygonk1v9s3d",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=N2hxMm0wYzRiNjJseWdvbmsxdjlzM2Q",
        "created": "2026-04-28T03:12:40.000Z", "updated": "2026-04-28T03:20:18.114Z",
        "summary": "Interview \u2013 Rhiannon Kealy (Pharmacist Manager, Brunswick)",
        "description": ("Informal interview at the Brunswick store with Costa (Area Manager, Lygon Chemists). "
                        "Ask for Costa at the dispensary counter - we'll grab a coffee next door.\n"
                        "Bring your registration number and a copy of your CV."),
        "location": "Lygon Chemists Brunswick, 702 Sydney Road, Brunswick VIC 3056",
        "creator": {"email": costa[1], "displayName": costa[0]},
        "organizer": {"email": costa[1], "displayName": costa[0]},
        "start": {"dateTime": start.astimezone(PER).isoformat(), "timeZone": "Australia/Melbourne"},
        "end": {"dateTime": end.astimezone(PER).isoformat(), "timeZone": "Australia/Melbourne"},
        "iCalUID": "7hq2m0c4b62lygonk1v9s3d@google.com", "sequence": 0,
        "attendees": [
            {"email": costa[1], "displayName": costa[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"}],
        "reminders": {"useDefault": True}, "eventType": "default"}
    raw(c, "01-brunswick-interview.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")
    label(c, [iv("Lygon Chemists", "Pharmacist Manager, Brunswick", start, end, "scheduled", [costa[1]],
                 [costa[1]], "hiring_manager")],
          "medium", "positive/gcal-json",
          "Calendar API event only; dateTime rendered in the owner's Perth offset (+08:00) with "
          "timeZone Australia/Melbourne; 2pm AEST in-person at the store.")


def case07():
    c = "b62-07-cormorant-agency-thread-half-past-ten"
    dec = ("Declan Pryce", "declan@cormoranthealth.example")
    helena = ("Helena Vukovi\u0107", "helena.vukovic@kestrelprivate.example")
    role = "Clinical Pharmacist - Oncology"
    sig = ("Declan Pryce\nSenior Consultant - Pharmacy & Allied Health\nCormorant Health Recruitment\n"
           "Suite 5.02, 1 Chifley Square, Sydney NSW 2000\nM: +61 403 555 771 | www.cormoranthealth.example\n")
    m1 = "<CAF7d3c1aB62=xQ_cormorant01@mail.cormoranthealth.example>"
    mail(c, "01-declan-kestrel-wants-a-chat.eml", frm=f"{dec[0]} <{dec[1]}>",
         subject="Kestrel Private - Oncology pharmacist role", date=T(SYD, 2026, 5, 8, 15, 30, 21), msgid=m1,
         body=("Hi Rhiannon,\n\nGood news - Kestrel Private Hospital loved your CV for the Clinical Pharmacist "
               "- Oncology role. Their Director of Pharmacy, Helena Vukovi\u0107, would like to interview you "
               "over the phone next week.\n\nShe's offered two slots (Sydney time):\n"
               "  - Tue 12th at 2pm\n  - Thu 14th at 10.30am\n\nLet me know which works and I'll lock it in.\n\n"
               "Cheers,\n" + sig))
    mail(c, "02-declan-locked-in-thursday.eml", frm=f"{dec[0]} <{dec[1]}>",
         subject="Re: Kestrel Private - Oncology pharmacist role", date=T(SYD, 2026, 5, 11, 9, 12, 55),
         msgid="<CAF7d3c1aB62=xQ_cormorant02@mail.cormoranthealth.example>",
         in_reply_to="<CAJ4k2b62rk_reply0509@mail.example.com>",
         references=f"{m1} <CAJ4k2b62rk_reply0509@mail.example.com>",
         body=("Perfect - you're locked in for Thursday at half past ten, Sydney time (8.30 your time). Helena "
               "will call your mobile. She's blocked out 45 minutes and it'll be a proper interview - expect "
               "questions on chemo verification, oral anticancer therapy counselling and how you'd handle a "
               "prescribing error.\n\nIf anything comes up on the day you can reach her directly at "
               "helena.vukovic@kestrelprivate.example.\n\nGood luck!\n" + sig +
               "\nOn Sat, 9 May 2026 at 10:41, Rhiannon Kealy <rhiannon.kealy@example.com> wrote:\n"
               "> Hi Declan,\n> Thanks so much! Thursday works best - 8.30am my time is fine.\n> Rhiannon\n>\n"
               "> On Fri, 8 May 2026 at 13:30, Declan Pryce <declan@cormoranthealth.example> wrote:\n"
               ">> Hi Rhiannon,\n>> Good news - Kestrel Private Hospital loved your CV ...\n"),
         received=gmail_rx())
    start, end = T(SYD, 2026, 5, 14, 10, 30), T(SYD, 2026, 5, 14, 11, 15)
    label(c, [iv("Kestrel Private Hospital", role, start, end, "scheduled", [helena[1]], [helena[1]],
                 "hiring_manager")],
          "hard", "positive/thread-relative-date",
          "Agency recruiter offers two slots, candidate picks Thursday; confirmation 'Thursday at half past "
          "ten, Sydney time' resolved against Mon 11 May -> 14 May 10:30 AEST, 45 minutes.")


def case08():
    c = "b62-08-forwarded-gippsland-portal-panel"
    amira = "amira.haddad@gippslandhealth.example"
    role = "Senior Pharmacist - Medication Safety"
    start, end = T(MEL, 2026, 6, 9, 14, 0), T(MEL, 2026, 6, 9, 15, 0)
    body = ("Sending to my personal email so I don't lose it. Interview is at 12 our time.\n\nR\n\n"
            "Rhiannon Kealy | Senior Pharmacist - Clinical Services\nSwan Reach General Hospital Pharmacy\n"
            "T (08) 9555 6120 | 41 Riverside Drive, Swan Reach WA 6056\n\n"
            "-----Original Message-----\n"
            "From: Gippsland Regional Health eRecruit <donotreply@jobs.gippslandhealth.example>\n"
            "Sent: Tuesday, 26 May 2026 2:41 PM\n"
            "To: Kealy, Rhiannon <rkealy@swanreach-health.example>\n"
            "Subject: Interview Invitation - Senior Pharmacist Medication Safety - Job Ref GH-2026-0612\n\n"
            "Dear Rhiannon,\n\nThank you for your application for the position of Senior Pharmacist - "
            "Medication Safety (Job Ref GH-2026-0612). We are pleased to invite you to an interview.\n\n"
            "Date:      Tuesday, 9 June 2026\nTime:      14:00 AEST (12:00 AWST)\nDuration:  60 minutes\n"
            "Location:  Webex video conference - https://gippslandhealth.webex.example/meet/pharmpanel\n\n"
            "Panel convenor: Dr Amira Haddad, Director of Pharmacy Services (" + amira + ")\n"
            "Panel members: Josh Lindqvist (Quality & Safety Manager) and a consumer representative.\n\n"
            "The panel will ask questions based on the key selection criteria. You will be given a short "
            "medication incident scenario 10 minutes before the interview.\n\nPlease confirm your attendance by "
            "replying to the panel convenor.\n\nPeople & Culture\nGippsland Regional Health\n"
            "This is an automated message - please do not reply.\n")
    mail(c, "01-fwd-interview-invitation.eml",
         frm="\"Kealy, Rhiannon\" <rkealy@swanreach-health.example>", to=OWNER,
         subject="FW: Interview Invitation - Senior Pharmacist Medication Safety - Job Ref GH-2026-0612",
         date=T(PER, 2026, 5, 27, 8, 55, 40),
         msgid="<ME3PR01MB7713B62F0A@ME3PR01MB7713.ausprd01.prod.outlook.example>", body=body,
         headers=[("Thread-Topic", "Interview Invitation - Senior Pharmacist Medication Safety - Job Ref "
                   "GH-2026-0612"), ("Content-Language", "en-AU"), ("X-MS-Has-Attach", "")])
    label(c, [iv("Gippsland Regional Health", role, start, end, "scheduled", [amira], [amira], "onsite")],
          "medium", "positive/forwarded",
          "Owner forwards the portal invitation from her work mailbox; '14:00 AEST (12:00 AWST)', 60 min panel; "
          "only the convenor's address is known.")


def case09():
    c = "b62-09-corvale-teams-singapore"
    wenli = ("Wen Li Tan", "wenli.tan@corvalebio.example")
    rafael = ("Dr Rafael Quintero", "rafael.quintero@corvalebio.example")
    role = "Medical Information Specialist (ANZ)"
    start, end = T(SGP, 2026, 3, 25, 15, 0), T(SGP, 2026, 3, 25, 16, 0)
    sent = T(SGP, 2026, 3, 18, 10, 30, 17)
    note = ("Dear Rhiannon,\n\nThank you for speaking with me last week. I'm pleased to invite you to an "
            "interview with Dr Rafael Quintero, Medical Affairs Lead ANZ, who would be your line manager.\n\n"
            "Rafael is based in our Sydney office, so this is 6pm for him - he has kindly agreed to a later slot "
            "so that it is 3pm for you in Perth (same as Singapore). I won't be joining the call.\n\n"
            "Best regards,\nWen Li Tan\nTalent Acquisition, APAC | Corvale Biopharma\n"
            "8 Marina View, #27-01, Singapore 018960 | +65 6555 0192\n")
    teams = ("\n________________________________________________________________________________\n"
             "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
             "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Q29y"
             "dmFsZWI2Mg%40thread.v2/0>\nMeeting ID: 355 201 884 662\nPasscode: hV8kP2\n"
             "________________________________________________________________________________\n")
    body = ("When: Wednesday, 25 March 2026 3:00 PM-4:00 PM (UTC+08:00) Kuala Lumpur, Singapore.\n"
            "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n" + note + teams)
    cal = calendar("Microsoft Exchange Server 2010", "REQUEST", [vevent(
        "040000008200E00074C5B7101A82E008000000004C7B62A0C0B5DC010000000000000000100000009C2E4B62CORVALE",
        start, end, f"Interview - {OWNER_NAME} | {role}", stamp=sent, organizer=wenli,
        tzid="Singapore Standard Time",
        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                   (rafael[0], rafael[1], "REQ-PARTICIPANT", "NEEDS-ACTION")],
        description=body, location="Microsoft Teams Meeting",
        extra=["CLASS:PUBLIC", "PRIORITY:5", "TRANSP:OPAQUE", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
               "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
               "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
               "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
               "X-MICROSOFT-DISALLOW-COUNTER:FALSE"], alarm=True)],
        tzids=["Singapore Standard Time"])
    mail(c, "01-teams-invite-medical-information.eml", frm=f"{wenli[0]} <{wenli[1]}>",
         to=f"{OWNER_NAME} <{OWNER}>, {rafael[0]} <{rafael[1]}>",
         subject=f"Interview - {OWNER_NAME} | {role}", date=sent,
         msgid="<SG2PR06MB5510B62C09@SG2PR06MB5510.apcprd06.prod.outlook.example>", body=body, cal=cal,
         headers=[("Thread-Topic", f"Interview - {OWNER_NAME} | {role}"), ("Accept-Language", "en-SG"),
                  ("Content-class", "urn:content-classes:calendarmessage")],
         received="from SG2PR06MB5510.apcprd06.prod.outlook.example (2603:1096:4:1b0::7)\n        by mx.example.com")
    label(c, [iv("Corvale Biopharma", role, start, end, "scheduled", [rafael[1]], [rafael[1]],
                 "hiring_manager")],
          "medium", "positive/exchange-teams",
          "Teams invite in 'Singapore Standard Time' (UTC+8 = Perth); interviewer in Sydney at 6pm AEDT; the "
          "organizer says she will not join.")


def case10():
    c = "b62-10-halbach-german-mesz-phone-screen"
    katrin = ("Katrin Vollmer", "katrin.vollmer@halbach-pharma.example")
    role = "Pharmacovigilance Specialist APAC (m/w/d)"
    start, end = T(BER, 2026, 3, 30, 9, 0), T(BER, 2026, 3, 30, 9, 30)
    body = ("Guten Tag Frau Kealy,\n(Dear Ms Kealy - English below)\n\n"
            "vielen Dank f\u00fcr das nette Telefonat gestern. Wie besprochen best\u00e4tige ich Ihnen hiermit "
            "unser telefonisches Erstgespr\u00e4ch:\n\n"
            "  Montag, 30. M\u00e4rz 2026, 09:00 Uhr MESZ (Frankfurt)\n"
            "  = 15:00 Uhr in Perth (AWST)\n  Dauer: ca. 30 Minuten\n\n"
            "Bitte beachten Sie: In Deutschland werden die Uhren am 29. M\u00e4rz auf Sommerzeit umgestellt.\n\n"
            "---\n\nAs agreed on the phone yesterday, I am confirming our first telephone interview for the "
            f"position {role}, based in our Sydney office:\n\n"
            "  Monday, 30 March 2026, 09:00 CEST (Frankfurt) - that is 3pm in Perth\n"
            "  Approx. 30 minutes, I will call you on +61 412 555 019.\n\n"
            "Please note that Germany switches to summer time on 29 March, the day before our call.\n\n"
            "Mit freundlichen Gr\u00fc\u00dfen / Kind regards\n\nKatrin Vollmer\nSenior Talent Acquisition "
            "Partner\nHalbach Pharma GmbH\nMainzer Landstra\u00dfe 212, 60327 Frankfurt am Main\n"
            "Tel. +49 69 5550 3317\n\nHalbach Pharma GmbH - Sitz: Frankfurt am Main - Amtsgericht Frankfurt "
            "HRB 55501 - Gesch\u00e4ftsf\u00fchrung: Dr. Ulrich Brandauer\n")
    mail(c, "01-telefoninterview-bestaetigung.eml", frm=f"{katrin[0]} <{katrin[1]}>",
         to=f"Rhiannon Kealy <{OWNER}>",
         subject="Best\u00e4tigung Telefoninterview / Confirmation phone interview - Pharmacovigilance "
                 "Specialist APAC",
         date=T(BER, 2026, 3, 25, 11, 17, 26),
         msgid="<7c2e1b62-4f0a-9d31-halbach-0325@halbach-pharma.example>", body=body, cte_plain="base64",
         headers=[("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 "
                   "Thunderbird/128.8.0"), ("Content-Language", "de-DE")],
         received="from mx01.halbach-pharma.example (mx01.halbach-pharma.example [198.51.100.17])\n        by mx.example.com")
    label(c, [iv("Halbach Pharma", role, start, end, "scheduled", [katrin[1]], [katrin[1]], "phone_screen")],
          "hard", "positive/german-dst-edge",
          "German/English Thunderbird mail, base64; '09:00 Uhr MESZ' on 30 Mar, the day after the EU switch "
          "(+02:00) = 15:00 AWST. Recruiter runs the call.")


def case11():
    c = "b62-11-hireharbor-ats-pacific-time"
    dana = ("Dana Kowalczyk", "dana.kowalczyk@brightwaterpharma.example")
    elliot = ("Dr. Elliot Marsh", "elliot.marsh@brightwaterpharma.example")
    role = "Medical Science Liaison - Oncology (Sydney)"
    start, end = T(LAX, 2026, 3, 12, 16, 30), T(LAX, 2026, 3, 12, 17, 15)
    sent = T(LAX, 2026, 3, 6, 13, 2, 48)
    cal = calendar("-//HireHarbor//Interview Scheduler//EN", "REQUEST", [vevent(
        "hh-int-88213-b62@hireharbor.example", start, end,
        f"Interview: {OWNER_NAME} <> Brightwater Pharmaceuticals ({role})", stamp=sent,
        organizer=("Brightwater Pharmaceuticals Recruiting", "notifications@hireharbor.example"),
        tzid="America/Los_Angeles",
        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                   (elliot[0], elliot[1], "REQ-PARTICIPANT", "ACCEPTED")],
        description=("Zoom: https://brightwaterpharma.zoom.example/j/93155501288?pwd=b62\n"
                     "Interviewer: Dr. Elliot Marsh, Global Medical Director - Oncology\n"
                     "Questions? Contact Dana Kowalczyk (dana.kowalczyk@brightwaterpharma.example)"),
        location="Zoom")], tzids=["America/Los_Angeles"])
    body = ("Hi Rhiannon,\n\nYour interview with Brightwater Pharmaceuticals has been scheduled.\n\n"
            f"Position: {role}\nInterviewer: Dr. Elliot Marsh, Global Medical Director - Oncology\n"
            "When: Thu 3/12 @ 4:30p - 5:15p PT\nWhere: Zoom (link in the attached calendar invite)\n\n"
            "Dana's note: Elliot is in our South San Francisco office, so this works out to Friday 13 March at "
            "7:30am your time in Perth. Heads up that the US moves its clocks forward this Sunday, so please go "
            "by the calendar invite rather than the time difference you're used to!\n\n"
            "Need to reschedule? Reply to this email and Dana will help.\n\n"
            "--\nSent via HireHarbor on behalf of Brightwater Pharmaceuticals.\n"
            "HireHarbor, Inc. | 500 Harbor Blvd, Suite 300, Oakland, CA 94607\n")
    html = html_wrap(body.replace("\n", "<br>\n"), "Helvetica,Arial,sans-serif")
    mail(c, "01-hireharbor-interview-scheduled.eml",
         frm="Brightwater Pharmaceuticals <notifications@hireharbor.example>",
         reply_to=f"{dana[0]} <{dana[1]}>",
         subject=f"Interview scheduled: {role} - Thu 3/12 @ 4:30p PT", date=sent,
         msgid="<0100018e1b62a7c4-hh-88213-000000@email.hireharbor.example>", body=body, html=html,
         attach=cal, attach_type=("application", "ics"),
         headers=[("X-HH-Template", "candidate_interview_scheduled"), ("List-Unsubscribe",
                   "<https://app.hireharbor.example/u/b62>")],
         received="from a8-31.smtp-out.hireharbor.example (a8-31.smtp-out.hireharbor.example [192.0.2.31])\n        by mx.example.com")
    label(c, [iv("Brightwater Pharmaceuticals", role, start, end, "scheduled", [elliot[1]], [elliot[1]],
                 "hiring_manager")],
          "hard", "positive/ats-ics-us-dst",
          "US ATS, mail sent in PST (-08:00) for 'Thu 3/12 @ 4:30p PT' which is after the 8 Mar US switch "
          "(PDT -07:00) = Fri 7:30am AWST; .ics with TZID America/Los_Angeles.")


def case12():
    c = "b62-12-capital-region-standalone-ics-oct-dst"
    bea = ("Dr Beatrix Lomu", "beatrix.lomu@capitalhealth-act.example")
    role = "Senior Pharmacist - Medication Safety"
    start, end = T(SYD, 2026, 10, 6, 11, 0), T(SYD, 2026, 10, 6, 11, 45)
    stamp = T(SYD, 2026, 9, 24, 15, 2, 0)
    desc = (f"Panel interview - {role} (Ref CRHS-4471)\n\n"
            "Panel chair: Dr Beatrix Lomu, Director of Pharmacy (beatrix.lomu@capitalhealth-act.example)\n"
            "Members: Hamish Ng, Deputy Director of Pharmacy; Ellen Marchetti, Nurse Unit Manager ICU\n\n"
            "11:00-11:45 AEDT (8:00-8:45am AWST). Canberra moves to daylight saving time on Sunday 4 October.\n"
            "You will be asked to respond to the key selection criteria and a short medication safety "
            "scenario.\n\nJoin: https://capitalhealth-act.teams.example/l/meetup-join/crhs4471")
    text = calendar("-//Capital Region Health Service//Careers eRecruitment//EN", "REQUEST", [vevent(
        "CRHS-4471-INT-0093@careers.capitalhealth-act.example", start, end,
        f"Interview: {role} - Capital Region Health Service", stamp=stamp,
        organizer=("Capital Region Health Recruitment", "noreply@careers.capitalhealth-act.example"),
        tzid="Australia/Sydney",
        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "ACCEPTED"),
                   (bea[0], bea[1], "CHAIR", "ACCEPTED")],
        description=desc, location="Microsoft Teams (video)", alarm=True)],
        tzids=["Australia/Sydney"], extra_head=["CALSCALE:GREGORIAN", "X-WR-TIMEZONE:Australia/Sydney"])
    raw(c, "01-crhs-panel-interview.ics", text)
    label(c, [iv("Capital Region Health Service", role, start, end, "scheduled", [bea[1]], [bea[1]],
                 "onsite")],
          "medium", "positive/standalone-ics-dst",
          "Standalone .ics, TZID Australia/Sydney on 6 Oct, two days after the 4 Oct switch to AEDT (+11). "
          "Panel of three, only the chair has an address.")


def case13():
    c = "b62-13-merri-creek-pharmacy-noon-your-time"
    george = ("George Lambrinos", "george@merricreekpharmacy.example")
    role = "Pharmacist Manager"
    sig = ("George Lambrinos B.Pharm MPS\nProprietor, Merri Creek Pharmacy\n218 High Street, Northcote VIC 3070\n"
           "Ph (03) 9555 2264 | Mob 0418 555 603\n\nSent from my iPhone\n")
    m1 = "<9E7B62A1-0C3D-4D5E-8F11-MERRI0309@merricreekpharmacy.example>"
    mail(c, "01-george-phone-chat.eml", frm=f"{george[0]} <{george[1]}>",
         subject="Pharmacist Manager position - Northcote", date=T(MEL, 2026, 3, 9, 20, 14, 7), msgid=m1,
         body=("Hi Rhiannon,\n\nThanks for your application for the Pharmacist Manager position at Merri Creek. "
               "Your hospital background is exactly what we need for our Webster packs and aged care work.\n\n"
               "Could we have a phone interview later this week? I'm flat out behind the counter most days "
               "but Friday lunchtime is usually quieter.\n\n" + sig),
         headers=[("X-Mailer", "iPhone Mail (22D82)")])
    mail(c, "02-george-re-friday-noon.eml", frm=f"{george[0]} <{george[1]}>",
         subject="Re: Pharmacist Manager position - Northcote", date=T(MEL, 2026, 3, 10, 7, 50, 33),
         msgid="<2C4B62D0-77AA-4B0E-9A2F-MERRI0310@merricreekpharmacy.example>",
         in_reply_to="<CAJ4k2b62rk_0309@mail.example.com>", references=f"{m1} <CAJ4k2b62rk_0309@mail.example.com>",
         body=("Great. Let's say noon Friday your time \u2013 that's 3pm here. I'll ring you on the mobile. "
               "Block out half an hour; I'll tell you about the shop and the team and ask you a few questions "
               "about managing a dispensary.\n\nGeorge\n\n" + sig +
               "\n> On 9 Mar 2026, at 9:02\u202fpm, Rhiannon Kealy <rhiannon.kealy@example.com> wrote:\n>\n"
               "> Hi George,\n> Friday around lunchtime would be great. I'm in Perth, so anything after 11am my\n"
               "> time works. My mobile is 0412 555 019.\n> Thanks,\n> Rhiannon\n"),
         headers=[("X-Mailer", "iPhone Mail (22D82)")])
    start, end = T(PER, 2026, 3, 13, 12, 0), T(PER, 2026, 3, 13, 12, 30)
    label(c, [iv("Merri Creek Pharmacy", role, start, end, "scheduled", [george[1]], [george[1]],
                 "hiring_manager")],
          "hard", "positive/thread-relative-date",
          "Proprietor's iPhone thread: 'noon Friday your time - that's 3pm here' (Tue 10 Mar, Melbourne AEDT) "
          "-> Fri 13 Mar 12:00 AWST = 15:00 AEDT; half an hour.")


# =============================================================================== NEGATIVES
def case14():
    c = "b62-14-referee-check-call-user-is-referee"
    ross = ("Ross Caddick", "ross.caddick@brightlandshealth.example")
    start, end = T(PER, 2026, 4, 2, 14, 30), T(PER, 2026, 4, 2, 14, 45)
    sent = T(BNE, 2026, 3, 30, 11, 8, 15)
    note = ("Hi Rhiannon,\n\nJessica Parnell has nominated you as a referee for the Pharmacist Grade 1 position "
            "with Brightlands Health Service. She interviewed with us last week and the panel would like to "
            "complete reference checks before making a recommendation.\n\n"
            "Would you be available for a short referee check call on Thursday 2 April at 2.30pm (WA time) - "
            "4.30pm here in Brisbane? It should take no more than 15 minutes. I'll ask about Jessica's "
            "clinical knowledge, teamwork and how she handled feedback during her intern year with you.\n\n"
            "I've sent a calendar hold - feel free to propose another time.\n\nThanks very much,\n"
            "Ross Caddick\nRecruitment Advisor | Brightlands Health Service\n"
            "Level 3, 15 Butterfield Street, Herston QLD 4006 | (07) 3555 8402\n")
    body = ("When: Thursday, 2 April 2026 4:30 PM-4:45 PM (UTC+10:00) Brisbane.\nWhere: Phone - Ross will call "
            "you\n\n*~*~*~*~*~*~*~*~*~*\n\n" + note)
    cal = calendar("Microsoft Exchange Server 2010", "REQUEST", [vevent(
        "040000008200E00074C5B7101A82E00800000000D1B62E14BRIGHTLANDS", start.astimezone(BNE),
        end.astimezone(BNE), "Referee check call - Jessica Parnell (Pharmacist Grade 1)", stamp=sent,
        organizer=ross, tzid="E. Australia Standard Time",
        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
        description=body, location="Phone - Ross will call you",
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE"])],
        tzids=["E. Australia Standard Time"])
    mail(c, "01-referee-check-call-jessica-parnell.eml", frm=f"{ross[0]} <{ross[1]}>",
         subject="Referee check call - Jessica Parnell (Pharmacist Grade 1)", date=sent,
         msgid="<SY5PR01MB8832B62E14@SY5PR01MB8832.ausprd01.prod.outlook.example>", body=body, cal=cal,
         headers=[("Content-class", "urn:content-classes:calendarmessage")])
    label(c, [], "hard", "negative/user-is-referee",
          "Calendar invite for a reference-check call where the owner is the referee for another candidate.")


def case15():
    c = "b62-15-registration-renewal-reminder"
    inner = """
<p style="font-size:18px;color:#005a70"><b>Pharmacy Practitioner Registry of Australia</b></p>
<p>Dear Ms Rhiannon Kealy,</p>
<p>Registration number: PHA0001847392<br>Registration type: General registration &ndash; Pharmacist</p>
<p><b>Your registration expires on 30 November 2026.</b> Online renewal is now open and closes at
11:59pm AEDT on 30 November 2026. If you renew within one month after that date a late fee applies.</p>
<p>Before you renew, please make sure that you:</p>
<ul><li>have completed your CPD requirements for the registration period and recorded them in your plan,</li>
<li>hold appropriate professional indemnity insurance, and</li>
<li>update your principal place of practice if you are moving interstate &ndash; for example if you have
accepted a new role and are scheduled to start after 1 December.</li></ul>
<p>A small number of practitioners are randomly selected for a compliance audit each year. If you are
selected you will be asked to provide evidence, and in some cases the Registry may schedule a short
call or interview with you to discuss your CPD records.</p>
<p><a href="https://portal.pharmregistry-au.example/renew">Renew your registration</a></p>
<p>Kind regards,<br>Registration Services<br>Pharmacy Practitioner Registry of Australia<br>
GPO Box 9958, Melbourne VIC 3001 | 1300 555 419</p>
<p style="font-size:11px;color:#888">This is an automated reminder. Please do not reply to this email.</p>
"""
    mail(c, "01-registration-renewal-reminder.eml",
         frm="Pharmacy Practitioner Registry <no-reply@pharmregistry-au.example>",
         subject="Reminder: your pharmacist registration renewal is due by 30 November 2026",
         date=T(MEL, 2026, 10, 14, 9, 0, 2),
         msgid="<renewal.PHA0001847392.20261014@pharmregistry-au.example>",
         body=("Pharmacy Practitioner Registry of Australia\n\nDear Ms Rhiannon Kealy,\n\nYour registration "
               "(PHA0001847392) expires on 30 November 2026. Online renewal closes at 11:59pm AEDT on "
               "30 November 2026.\n\nIf you are selected for the annual compliance audit, the Registry may "
               "schedule a short call or interview with you to discuss your CPD records.\n\n"
               "Renew: https://portal.pharmregistry-au.example/renew\n\nRegistration Services\n"),
         html=html_wrap(inner))
    label(c, [], "medium", "negative/registration-reminder",
          "Professional registration renewal reminder with deadline time and 'schedule a short call or interview' "
          "audit wording.")


def case16():
    c = "b62-16-cpd-webinar-panel-interview-skills"
    start, end = T(MEL, 2026, 4, 22, 19, 0), T(MEL, 2026, 4, 22, 20, 0)
    sent = T(MEL, 2026, 4, 14, 12, 30, 0)
    title = "Nailing the panel interview: writing to selection criteria for hospital pharmacists"
    cal = calendar("-//Zoom Video Communications//Webinar//EN", "PUBLISH", [vevent(
        "ZW-87155500231-b62@zoom.example", start, end, f"ACHP CPD Webinar: {title}", stamp=sent,
        organizer=("ACHP Education", "education@achp-pharmacy.example"),
        description=("Presenters: Dr Nerida Scholes (Director of Pharmacy) and Priyesh Varma (hospital "
                     "recruitment consultant).\nIncludes a live mock panel interview with a volunteer candidate "
                     "and Q&A.\n1 CPD hour (Group 1).\nJoin: https://achp.zoom.example/w/87155500231"),
        location="Zoom webinar")])
    body = ("Hi Rhiannon,\n\nThank you for registering for the ACHP CPD webinar:\n\n"
            f"{title}\n\nDate: Wednesday 22 April 2026\nTime: 7:00pm - 8:00pm AEST (5:00pm - 6:00pm AWST)\n"
            "Presenters: Dr Nerida Scholes and Priyesh Varma\n\n"
            "What you'll learn: how selection panels score your responses, the STAR method, common "
            "behavioural questions, and what to ask at the end of your interview. We'll finish with a live mock "
            "panel interview with a volunteer candidate.\n\nYour unique join link: "
            "https://achp.zoom.example/w/87155500231?tk=b62rk\n\nAdd to calendar: see attached .ics\n\n"
            "ACHP Education Team\nAustralasian College of Hospital Pharmacy\n"
            "Level 2, 101 Flinders Lane, Melbourne VIC 3000\n")
    mail(c, "01-webinar-registration-confirmation.eml",
         frm="ACHP Education <no-reply@zoom-webinars.example>", reply_to="education@achp-pharmacy.example",
         subject=f"Confirmation: {title}", date=sent,
         msgid="<zw.87155500231.reg.b62rk@zoom-webinars.example>", body=body,
         html=html_wrap(body.replace("\n", "<br>\n")), attach=cal, attach_name="webinar.ics",
         attach_type=("text", "calendar"), cal_method="PUBLISH")
    label(c, [], "hard", "negative/webinar",
          "CPD webinar about panel interviews and selection criteria, with a mock interview demo and .ics.")


def case17():
    c = "b62-17-patient-counselling-owner-runs"
    start, end = T(PER, 2026, 3, 26, 14, 0), T(PER, 2026, 3, 26, 14, 40)
    sent = T(PER, 2026, 3, 20, 10, 41, 9)
    desc = ("Appointment type: Medication history interview and counselling - anticoagulation (warfarin "
            "initiation)\nPatient: HOLLIS, Desmond (URN 0048815)\nClinician: Rhiannon Kealy (Pharmacist)\n"
            "Location: Outpatient Pharmacy, Consult Room 3\nReferred by: Dr A. Fenwick, Cardiology OPD\n"
            "Interpreter required: No")
    cal = calendar("-//CliniBook//Outpatient Scheduling 11.2//EN", "REQUEST", [vevent(
        "CB-APPT-559102-b62@clinibook.swanreach-health.example", start, end,
        "OPD Pharmacy - Anticoagulation counselling - HOLLIS, D", stamp=sent,
        organizer=("CliniBook Scheduling", "clinibook@swanreach-health.example"),
        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")], description=desc,
        location="Outpatient Pharmacy, Consult Room 3", tzid="W. Australia Standard Time")],
        tzids=["W. Australia Standard Time"])
    body = ("A new appointment has been booked in your clinic.\n\n"
            "Clinic: Outpatient Pharmacy - Anticoagulation\nDate: Thu 26/03/2026\nTime: 14h00 - 14h40 AWST\n\n"
            + desc + "\n\nPlease review the patient's INR history in the EMR before the appointment.\n\n"
            "-- CliniBook, Swan Reach General Hospital. Do not reply.\n")
    mail(c, "01-clinibook-new-appointment.eml",
         frm="CliniBook <clinibook@swanreach-health.example>",
         to=f"{OWNER_NAME} <{OWNER}>",
         subject="New appointment: Anticoagulation counselling - Thu 26/03/2026 14:00", date=sent,
         msgid="<CB.559102.20260320024109@clinibook.swanreach-health.example>", body=body, cte_plain="7bit",
         attach=cal, attach_name="appointment.ics", attach_type=("text", "calendar"))
    label(c, [], "hard", "negative/owner-runs-appointment",
          "Hospital booking system invites the owner (as the pharmacist) to a patient medication-history "
          "interview and counselling appointment.")


def case18():
    c = "b62-18-locum-shift-booking"
    start, end = T(PER, 2026, 3, 28, 9, 0), T(PER, 2026, 3, 28, 17, 0)
    sent = T(PER, 2026, 3, 24, 13, 5, 44)
    cal = calendar("-//LocumLink//Bookings//EN", "REQUEST", [vevent(
        "LL-SHIFT-220931-b62@locumlink.example", start, end,
        "Locum shift - Kalamunda Hills Pharmacy", stamp=sent,
        organizer=("LocumLink Bookings", "bookings@locumlink.example"),
        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "ACCEPTED")],
        description="Pharmacist locum shift. Rate $78/hr + travel. Contact on the day: Mel (08) 9555 1187.",
        location="Kalamunda Hills Pharmacy, 27 Haynes Street, Kalamunda WA 6076")])
    body = ("Hi Rhiannon,\n\nThanks for accepting this shift - your booking is confirmed.\n\n"
            "Pharmacy: Kalamunda Hills Pharmacy, 27 Haynes Street, Kalamunda WA 6076\n"
            "Date: Saturday 28 March 2026\nHours: 9am - 5pm (30 min unpaid break)\nRate: $78/hr + travel\n"
            "Contact on the day: Mel (Pharmacy Assistant Manager), (08) 9555 1187\n\n"
            "The pharmacy has a busy script load on Saturdays and runs a flu vaccination clinic from 10am. "
            "As with all our locum candidates, please bring photo ID and your immuniser certificate.\n\n"
            "Want more shifts in Sydney or Melbourne once you move? Update your availability and preferred "
            "locations in the app and we'll schedule you in.\n\nCheers,\nShannon\nLocumLink Bookings Team\n"
            "1300 555 862 | bookings@locumlink.example\n")
    mail(c, "01-locumlink-shift-confirmed.eml", frm="LocumLink Bookings <bookings@locumlink.example>",
         reply_to="Shannon Pike <shannon.pike@locumlink.example>",
         subject="Booking confirmed: Sat 28 Mar - Kalamunda Hills Pharmacy (9am-5pm)", date=sent,
         msgid="<LL.220931.confirm@locumlink.example>", body=body, attach=cal, attach_name="shift.ics",
         attach_type=("application", "ics"))
    label(c, [], "medium", "negative/locum-shift",
          "Locum agency shift booking with .ics; the owner is working, not being interviewed.")


def case19():
    c = "b62-19-rejection-after-panel"
    inner = """
<p>Dear Rhiannon,</p>
<p><b>Requisition 48213 &ndash; Senior Pharmacist &ndash; Antimicrobial Stewardship</b></p>
<p>Thank you for attending the interview on Thursday 19 March 2026 at 2.30pm and for the time you put into
addressing the selection criteria.</p>
<p>The selection panel has now completed its assessment. We regret to advise that on this occasion you have not
been recommended for appointment. The panel noted your strong stewardship experience and we encourage you to
apply for future roles with Harbourside Local Health District.</p>
<p>If you would like feedback on your interview, please contact the panel convenor, Dr Oliver Pennant, via
Marcus Tallis on (02) 9555 0142 to schedule a feedback call.</p>
<p>Kind regards,<br>Recruitment Team<br>Harbourside Local Health District</p>
<p style="font-size:11px;color:#777777">Sent by StateHealth eRecruit. Candidate ID 7731092.</p>
"""
    mail(c, "01-erecruit-outcome.eml",
         frm="StateHealth eRecruit <no-reply@erecruit.statehealth-nsw.example>",
         subject="Outcome of your application - Req 48213 Senior Pharmacist - Antimicrobial Stewardship",
         date=T(SYD, 2026, 4, 1, 11, 47, 0),
         msgid="<20260401004700.48213.7731092.outcome@erecruit.statehealth-nsw.example>",
         html=html_wrap(inner, "Segoe UI,Arial,sans-serif"), cte_html="base64")
    label(c, [], "medium", "negative/rejection",
          "Portal rejection after the panel interview; repeats the past interview date/time and offers to "
          "schedule a feedback call.")


def case20():
    c = "b62-20-rxjobs-alert"
    jobs = [
        ("Senior Pharmacist - Emergency", "Eastlakes Health Network", "Sydney NSW",
         "Interviews will be held the week of 27 April."),
        ("Pharmacist Grade 2 - Oncology", "Bayside Public Hospital", "Melbourne VIC",
         "Shortlisted candidates will be contacted to schedule an interview."),
        ("Pharmacist in Charge", "Wattle & Co Pharmacy", "Newtown NSW",
         "Immediate start. Phone screen then in-store interview."),
        ("Clinical Trials Pharmacist", "Southbank Research Institute", "Melbourne VIC",
         "Panel interviews 5-6 May, 9am-4pm AEST."),
    ]
    rows = "".join(f"<tr><td style=\"padding:8px 0\"><a href=\"https://rxjobs.example/j/{i}\"><b>{t}</b></a><br>"
                   f"{co} &middot; {loc_}<br><span style=\"color:#555\">{n}</span></td></tr>"
                   for i, (t, co, loc_, n) in enumerate(jobs, 3301))
    txt = "\n".join(f"* {t}\n  {co} - {loc_}\n  {n}\n  https://rxjobs.example/j/{i}\n"
                    for i, (t, co, loc_, n) in enumerate(jobs, 3301))
    mail(c, "01-rxjobs-new-roles.eml", frm="RxJobs Alerts <alerts@rxjobs.example>",
         subject="4 new jobs for \"hospital pharmacist\" in Sydney & Melbourne",
         date=T(SYD, 2026, 4, 13, 6, 30, 0), msgid="<alert.b62rk.20260413@rxjobs.example>",
         body=("New jobs matching your saved search \"hospital pharmacist\" (Sydney, Melbourne)\n\n" + txt +
               "\nManage alerts: https://rxjobs.example/alerts\nRxJobs Pty Ltd, PO Box 555, Surry Hills NSW "
               "2010\n"),
         html=html_wrap("<p>New jobs matching your saved search <b>hospital pharmacist</b></p><table>" + rows +
                        "</table><p style=\"font-size:11px\">Manage alerts | Unsubscribe</p>"),
         headers=[("List-Unsubscribe", "<https://rxjobs.example/unsub/b62rk>")])
    label(c, [], "easy", "negative/job-alert",
          "Job-board alert whose snippets mention interview weeks, phone screens and panel interview times.")


def case21():
    c = "b62-21-flu-vaccine-clinic-roster"
    org = ("Bronwyn Achebe", "bronwyn.achebe@swanreach-health.example")
    start, end = T(PER, 2026, 4, 14, 7, 30), T(PER, 2026, 4, 14, 12, 30)
    sent = T(PER, 2026, 4, 7, 15, 20, 11)
    note = ("Hi all,\n\nThanks for volunteering for this year's staff influenza vaccination program. This invite "
            "is your rostered session as pharmacist immuniser at the Staff Health clinic (Level 1, Education "
            "Centre).\n\nShift: 07:30 - 12:30. Please arrive 15 minutes early for the cold-chain check. Each staff "
            "member completes a brief pre-vaccination screening interview with the immuniser before consent - "
            "candidates for vaccination with egg allergy or a previous reaction should be referred to Staff "
            "Health.\n\nThe full roster is on the intranet.\n\nThanks,\nBronwyn\n\nBronwyn Achebe\n"
            "Deputy Director of Pharmacy | Swan Reach General Hospital\nT (08) 9555 6102\n")
    body = ("When: Tuesday, 14 April 2026 7:30 AM-12:30 PM (UTC+08:00) Perth.\nWhere: Staff Health Clinic, "
            "Level 1 Education Centre\n\n*~*~*~*~*~*~*~*~*~*\n\n" + note)
    cal = calendar("Microsoft Exchange Server 2010", "REQUEST", [vevent(
        "040000008200E00074C5B7101A82E00800000000F1B62A21SWANREACHFLU", start, end,
        "Staff Flu Vaccination Clinic - Pharmacist Immuniser roster", stamp=sent, organizer=org,
        tzid="W. Australia Standard Time",
        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                   ("Tom Wirrpanda", "tom.wirrpanda@swanreach-health.example", "OPT-PARTICIPANT",
                    "NEEDS-ACTION")],
        description=body, location="Staff Health Clinic, Level 1 Education Centre",
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE"])],
        tzids=["W. Australia Standard Time"])
    mail(c, "01-flu-clinic-roster-invite.eml", frm=f"{org[0]} <{org[1]}>",
         to=f"{OWNER_NAME} <{OWNER}>, Tom Wirrpanda <tom.wirrpanda@swanreach-health.example>",
         subject="Staff Flu Vaccination Clinic - Pharmacist Immuniser roster", date=sent,
         msgid="<ME3PR01MB6650B62F21@ME3PR01MB6650.ausprd01.prod.outlook.example>", body=body, cal=cal,
         headers=[("Content-class", "urn:content-classes:calendarmessage")])
    label(c, [], "medium", "negative/work-roster",
          "Employer roster invite for a vaccine clinic session (mentions screening interview and candidates).")


def case22():
    c = "b62-22-parkside-self-schedule-unbooked"
    body = ("Dear Rhiannon,\n\nCongratulations - you have been shortlisted for the position of Pharmacist Grade 2 "
            "- Women's Health (Vacancy PWC-11820) at Parkside Women's & Children's Health.\n\n"
            "Please book your interview time using the link below. Interviews will be held by the selection "
            "panel on Tuesday 28 April and Wednesday 29 April 2026 between 9:00am and 4:00pm AEST (7:00am - "
            "2:00pm AWST). Each interview runs for 45 minutes. Time slots are allocated on a first-come, "
            "first-served basis.\n\nBook your interview time: https://careers.parksidewch.example/book/PWC-11820/"
            "7d31b62\n\nPlease select a time by 5:00pm AEST Friday 24 April. If none of the available times "
            "suit, contact Hannah Moretti, Talent Acquisition, on (03) 9555 6613.\n\n"
            "Kind regards,\nTalent Acquisition\nParkside Women's & Children's Health\n"
            "This is an automated message from Parkside Careers. Please do not reply.\n")
    mail(c, "01-book-your-interview-time.eml",
         frm="Parkside Careers <careers-noreply@parksidewch.example>",
         subject="Action required: book your interview time - Pharmacist Grade 2 - Women's Health",
         date=T(MEL, 2026, 4, 20, 16, 12, 5), msgid="<pwc-11820.shortlist.7d31b62@careers.parksidewch.example>",
         body=body, html=html_wrap(body.replace("\n", "<br>\n")))
    label(c, [], "hard", "negative/unbooked-self-schedule",
          "Shortlisting mail with a self-scheduling link and a date range; no slot has been booked.")


def main():
    for name, fn in sorted(globals().items()):
        if name.startswith("case") and callable(fn):
            fn()
    for d in os.listdir(HERE):
        if d.startswith("b62-") and os.path.isdir(os.path.join(HERE, d)):
            shutil.rmtree(os.path.join(HERE, d))
    for case, items in CASES.items():
        os.makedirs(os.path.join(HERE, case))
        for fname, data in items:
            with open(os.path.join(HERE, case, fname), "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# blind62 labels - schema as in /work/shared/eval/README.md (generated by make_cases.py)\n")
        yaml.safe_dump(dict(sorted(LABELS.items())), f, sort_keys=False, allow_unicode=True, width=110)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
