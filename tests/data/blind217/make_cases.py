#!/usr/bin/env python3
"""Regenerate the blind217 evaluation set (written blind).

Theme: a Dublin secondary-school maths teacher applying to Irish schools and to
international schools in Dubai and Singapore.

Deterministic: fixed dates, Message-IDs, MIME boundaries and UIDs; running it twice
produces byte-identical files.  Standard library + PyYAML + zoneinfo only.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import shutil
from datetime import datetime, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b217-"

USER = "clodagh.nevin@example.com"
UNAME = "Clodagh Nevin"
WORK = "c.nevin@ardglascc.example"          # her current school account (auto-forwards to USER)

DUB = ZoneInfo("Europe/Dublin")
DXB = ZoneInfo("Asia/Dubai")
SIN = ZoneInfo("Asia/Singapore")
UTC = timezone.utc


# ----------------------------------------------------------------------------- time helpers
def T(y, mo, d, h=0, mi=0, s=0, tz=DUB, wd=None):
    """Aware datetime; `wd` asserts the weekday named in the text."""
    x = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        assert x.strftime("%A") == wd, (x, wd)
    return x


def iso(x):
    return x.isoformat()


def rfc(x):
    return format_datetime(x)


def ics_local(x):
    return x.strftime("%Y%m%dT%H%M%S")


def ics_utc(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def h12(x):
    return x.strftime("%I:%M %p").lstrip("0")


def when_outlook(start, end, label):
    return (f"{start:%A}, {start:%B} {start.day}, {start.year} "
            f"{h12(start)}-{h12(end)} {label}")


def hx(seed, n=32):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def digits(seed, n):
    return "".join(str(int(c, 16) % 10) for c in hx(seed, n))


# ----------------------------------------------------------------------------- MIME helpers
def addr(name, email):
    return formataddr((name, email), charset="utf-8")


def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def hdrs(pairs):
    return "".join(f"{k}: {v}\n" for k, v in pairs)


def leaf(ctype, body, cte="quoted-printable", extra=()):
    if cte == "quoted-printable":
        enc = quopri.encodestring(body.encode("utf-8")).decode("ascii")
    elif cte == "base64":
        raw = body if isinstance(body, bytes) else body.encode("utf-8")
        enc = base64.encodebytes(raw).decode("ascii")
    else:
        enc = body
    if not enc.endswith("\n"):
        enc += "\n"
    h = [("Content-Type", ctype)]
    if cte:
        h.append(("Content-Transfer-Encoding", cte))
    h += list(extra)
    return hdrs(h) + "\n" + enc


def multi(subtype, boundary, parts, extra=()):
    h = hdrs([("Content-Type", f'multipart/{subtype}; boundary="{boundary}"')] + list(extra))
    body = "".join(f"--{boundary}\n{p}" for p in parts) + f"--{boundary}--\n"
    return h + "\n" + body


def message(headers, root):
    return hdrs(headers) + "MIME-Version: 1.0\n" + root


def received(host, ip, arrival, mx="mx1.example.com"):
    qid = hx(host + rfc(arrival), 12).upper()
    return ("Received", f"from {host} ({host} [{ip}])\n\tby {mx} (Postfix) with ESMTPS id {qid}\n"
                        f"\tfor <{USER}>; {rfc(arrival.astimezone(UTC))}")


def inbound(arrival, host, ip, return_path, extra_forward=False):
    """Headers added on delivery to the owner's mailbox."""
    h = [("Delivered-To", USER)]
    if extra_forward:
        h.append(("X-Forwarded-To", USER))
        h.append(("X-Forwarded-For", f"{WORK} {USER}"))
    h.append(received(host, ip, arrival))
    h.append(("Return-Path", f"<{return_path}>"))
    return h


def text_to_html(text, font="Calibri, Arial, Helvetica, sans-serif", size="11pt"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(line) for line in p.split("\n")) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font}; font-size:{size}">\n' + "\n".join(out)
            + "\n</div></body></html>\n")


def gmail_html(text):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<div>" + "<br>".join(html.escape(line) for line in p.split("\n")) + "</div><div><br></div>")
    return '<div dir="ltr">' + "\n".join(out) + "</div>\n"


# ----------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    out, cur = [], b""
    for ch in line:
        b = ch.encode("utf-8")
        limit = 75 if not out else 74
        if len(cur) + len(b) > limit:
            out.append(cur)
            cur = b""
        cur += b
    out.append(cur)
    return "\r\n ".join(x.decode("utf-8") for x in out)


def esc(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
             .replace("\r\n", "\n").replace("\n", "\\n"))


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


VTZ = {
    "Europe/Dublin": [
        "BEGIN:VTIMEZONE", "TZID:Europe/Dublin", "X-LIC-LOCATION:Europe/Dublin",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
        "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:IST",
        "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "END:VTIMEZONE"],
    "GMT Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE"],
    "Arabian Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Arabian Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400",
        "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400",
        "END:DAYLIGHT",
        "END:VTIMEZONE"],
    "Asia/Singapore": [
        "BEGIN:VTIMEZONE", "TZID:Asia/Singapore", "LAST-MODIFIED:20240422T053451Z",
        "TZURL:https://www.tzurl.org/zoneinfo-outlook/Asia/Singapore",
        "X-LIC-LOCATION:Asia/Singapore",
        "BEGIN:STANDARD", "TZNAME:+08", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800",
        "DTSTART:19700101T000000", "END:STANDARD",
        "END:VTIMEZONE"],
}
WIN_LABEL = {
    "GMT Standard Time": "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
    "Arabian Standard Time": "(UTC+04:00) Abu Dhabi, Muscat",
}


def att(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True):
    r = ";RSVP=TRUE" if rsvp else ""
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat}{r};CN={name}:mailto:{email}"


def teams_block(seed):
    mid = hx(seed + "mid", 44)
    tid = "3f6c1e2a-8b0d-4c55-9e1f-" + hx(seed + "tid", 12)
    oid = hx(seed + "oid", 8) + "-4b2e-4f7a-a9c3-" + hx(seed + "oid2", 12)
    num = digits(seed + "num", 12)
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    text = ("_" * 80 + "\n"
            "Microsoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\n"
            f"Meeting ID: {num[:3]} {num[3:6]} {num[6:9]} {num[9:]}\n"
            f"Passcode: {hx(seed + 'pc', 6).upper()}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/"
            f"meetingOptions/?organizerId={oid}&tenantId={tid}&threadId=19_meeting_{mid}@thread.v2"
            "&messageId=0&language=en-GB>\n"
            + "_" * 80 + "\n")
    return text, url


def exchange_ics(*, method, seed, tzid, start, end, organizer, attendees, summary, description,
                 location, seq, dtstamp, status="CONFIRMED", teams_url=None, lang="en-GB",
                 busy="TENTATIVE"):
    uid = "040000008200E00074C5B7101A82E00800000000" + hx(seed + "uid", 32).upper()
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0"] + VTZ[tzid] + ["BEGIN:VEVENT"]
    lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for a in attendees:
        lines.append(att(*a))
    lines += [f"DESCRIPTION;LANGUAGE={lang}:{esc(description)}",
              f"UID:{uid}",
              f"SUMMARY;LANGUAGE={lang}:{esc(summary)}",
              f"DTSTART;TZID={tzid}:{ics_local(start)}",
              f"DTEND;TZID={tzid}:{ics_local(end)}",
              "CLASS:PUBLIC", "PRIORITY:5",
              f"DTSTAMP:{ics_utc(dtstamp)}",
              "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}",
              f"LOCATION;LANGUAGE={lang}:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:-{int(hx(seed + 'own', 8), 16) % 2000000000}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        lines += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
                  'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def exchange_email(*, head, plain, ics_text, method="REQUEST", boundary):
    root = multi("alternative", boundary, [
        leaf('text/plain; charset="utf-8"', plain),
        leaf('text/html; charset="utf-8"', text_to_html(plain)),
        leaf(f'text/calendar; charset="utf-8"; method={method}', ics_text, "base64"),
    ])
    return message(head, root)


def outlook_head(*, frm, to, cc=(), date, msgid, subject, topic=None, calendar=False,
                 in_reply_to=None, references=None, extra=()):
    h = [("From", frm), ("To", ", ".join(to))]
    if cc:
        h.append(("CC", ", ".join(cc)))
    h += [("Subject", subj(subject)), ("Thread-Topic", subj(topic or subject)),
          ("Thread-Index", base64.b64encode(bytes.fromhex(hx(msgid, 44))).decode()),
          ("Date", rfc(date)), ("Message-ID", msgid)]
    if in_reply_to:
        h += [("In-Reply-To", in_reply_to), ("References", references or in_reply_to)]
    h += [("Accept-Language", "en-IE, en-US"), ("Content-Language", "en-IE"),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    if calendar:
        h.append(("Content-class", "urn:content-classes:calendarmessage"))
    h += list(extra)
    return h


def outlook_msgid(seed, pod="DB9PR03MB"):
    return f"<{pod}{digits(seed, 4)}{hx(seed, 28).upper()}@{pod}{digits(seed, 4)}.eurprd03.prod.outlook.com>"


# ----------------------------------------------------------------------------- label helpers
def iv(company, role, start, end, kind, interviewers, followup, status="scheduled"):
    return {"company": company, "role": role, "start": iso(start),
            "end": iso(end) if end is not None else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup),
            "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": USER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco


# ============================================================================= cases
# --------------------------------------------------------------------- 01 (positive)
@case("b217-01-demo-lesson-and-board-same-morning")
def c01():
    sch = "stdeclans-rathcarran.example"
    sec = ("Gráinne Fitzpatrick", f"gfitzpatrick@{sch}")
    pri = ("Eamon Kavanagh", f"ekavanagh@{sch}")
    sent1 = T(2026, 4, 22, 10, 14, 3, wd="Wednesday")
    T(2026, 4, 30, wd="Thursday")
    demo_s, demo_e = T(2026, 4, 30, 9, 50), T(2026, 4, 30, 10, 30)
    board_s, board_e = T(2026, 4, 30, 10, 45), T(2026, 4, 30, 11, 30)
    subject = "Invitation to Interview - Mathematics Teacher (Permanent) - St. Declan's College"
    body1 = f"""Dear Ms Nevin,

Further to your application for the post of Mathematics Teacher (permanent, full-time, 22 hours) advertised on SchoolPosts, I am pleased to invite you to attend for interview at the college on Thursday next, 30th April 2026.

The interview day has two parts:

  {demo_s:%H:%M} - {demo_e:%H:%M}   Demonstration lesson - 2nd Year Mathematics (Ordinary Level), Room B12.
                  Topic: "Introduction to simultaneous equations". 24 students; the class
                  teacher will remain in the room. Please bring your lesson plan (3 copies).
  {board_s:%H:%M} - {board_e:%H:%M}   Interview with the Selection Board in the Board Room.

The Selection Board will comprise Mr Eamon Kavanagh (Principal), Ms Siobhán Ward (Deputy Principal) and Dr Peter Lyons (Board of Management nominee).

Please report to reception by 09:30 and bring photographic ID and your Teaching Council registration number. Parking is available in the staff car park off Chapel Lane.

Kindly confirm your attendance by reply to this e-mail.

Kind regards,

Gráinne Fitzpatrick
School Secretary
St. Declan's College, Rathcarran, Co. Dublin
Tel: +353 1 555 0142
"""
    m1 = outlook_msgid("c01-m1", "AM9PR08MB")
    head1 = inbound(T(2026, 4, 22, 10, 14, 6), "mail-am6eur05on2071.outbound.protection.outlook.com",
                    "40.107.22.71", sec[1]) + outlook_head(
        frm=addr(*sec), to=[addr(UNAME, USER)], cc=[addr(*pri)], date=sent1, msgid=m1, subject=subject)
    e1 = message(head1, multi("alternative", "_000_AM9PR08MB6642C01A_", [
        leaf('text/plain; charset="utf-8"', body1),
        leaf('text/html; charset="utf-8"', text_to_html(body1))]))

    reply_id = "<f3b1c9e2-77d0-4a5e-9c1b-2a6e0d41c8a7@example.com>"
    sent2 = T(2026, 4, 23, 9, 2, 41, wd="Thursday")
    quoted = "\n".join(("> " + l) if l else ">" for l in body1.rstrip("\n").split("\n"))
    body2 = f"""Thanks Clodagh, that's noted.

Mr Kavanagh asked me to mention that the projector in B12 takes HDMI and there is a visualiser on the teacher's desk if you'd like to use it. Photocopying can't be done on the morning, so please bring the copies of your plan with you.

See you on Thursday.

Gráinne

Gráinne Fitzpatrick
School Secretary
St. Declan's College, Rathcarran, Co. Dublin
Tel: +353 1 555 0142

________________________________
From: Clodagh Nevin <{USER}>
Sent: Wednesday 22 April 2026 20:47
To: Gráinne Fitzpatrick <{sec[1]}>
Cc: Eamon Kavanagh <{pri[1]}>
Subject: Re: {subject}

Dear Ms Fitzpatrick,

Thank you for the invitation. I am delighted to confirm that I will attend on Thursday 30th April and will be at reception for 9.30am.

Kind regards,
Clodagh Nevin

On Wed, 22 Apr 2026 at 10:14, Gráinne Fitzpatrick <{sec[1]}> wrote:
{quoted}
"""
    m2 = outlook_msgid("c01-m2", "AM9PR08MB")
    head2 = inbound(T(2026, 4, 23, 9, 2, 44), "mail-db8eur05on2089.outbound.protection.outlook.com",
                    "40.107.20.89", sec[1]) + outlook_head(
        frm=addr(*sec), to=[addr(UNAME, USER)], cc=[addr(*pri)], date=sent2, msgid=m2,
        subject="RE: " + subject, topic=subject, in_reply_to=reply_id, references=f"{m1} {reply_id}")
    e2 = message(head2, multi("alternative", "_000_AM9PR08MB6642C01B_", [
        leaf('text/plain; charset="utf-8"', body2),
        leaf('text/html; charset="utf-8"', text_to_html(body2))]))

    files = {"01-invitation-to-interview.eml": e1, "02-re-invitation-to-interview.eml": e2}
    lab = label([iv("St. Declan's College", "Mathematics Teacher", demo_s, board_e, "onsite",
                    [pri[1]], [pri[1]])],
                "medium", "positive/interview-day-demo-lesson-and-board",
                "Demonstration lesson 09:50-10:30 then Selection Board 10:45-11:30 on the same morning = one "
                "onsite 09:50-11:30 IST. 'Report to reception by 09:30' is arrival, not start. Of the three board "
                "members only the principal's address appears (cc); the secretary only schedules.")
    return files, lab


# --------------------------------------------------------------------- 02 (positive)
@case("b217-02-dubai-teams-panel-after-clocks-go-back")
def c02():
    sch = "creeksideheights.example"
    hr = ("Rasha Haddad", f"rhaddad@{sch}")
    hos = ("Jonathan Pryce", f"jpryce@{sch}")
    hom = ("Meera Pillai", f"mpillai@{sch}")
    sent = T(2026, 10, 13, 9, 12, 40, tz=DXB, wd="Tuesday")
    start = T(2026, 10, 27, 16, 0, tz=DXB, wd="Tuesday")
    end = T(2026, 10, 27, 17, 0, tz=DXB)
    assert start.astimezone(DUB).strftime("%H:%M") == "12:00"
    tb, turl = teams_block("c02")
    body = f"""When: {when_outlook(start, end, WIN_LABEL['Arabian Standard Time'])}.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Dear Clodagh,

Thank you for your application to Creekside Heights British School. We are pleased to invite you to an online panel interview for the post of Teacher of Mathematics (KS3-KS5), starting August 2027.

Your panel will be Mr Jonathan Pryce, Head of Secondary, and Ms Meera Pillai, Head of Mathematics. Please allow 60 minutes. The panel may ask you to talk through a short lesson idea on teaching quadratic inequalities to Year 11, so have a pen and paper or a whiteboard to hand.

Please note the time above is UAE time (GST). For you in Dublin this is 12:00 noon - the clocks in Ireland go back on Sunday 25 October, so the difference will be four hours on the day.

If you have any technical difficulties on the day, reply to me directly at this address.

Best regards,
Rasha Haddad
HR & Recruitment Officer
Creekside Heights British School | Al Khawaneej, Dubai, UAE

{tb}"""
    ical = exchange_ics(method="REQUEST", seed="c02", tzid="Arabian Standard Time", start=start, end=end,
                        organizer=hr, attendees=[(UNAME, USER), hos, hom],
                        summary="Interview - Teacher of Mathematics (Secondary) - Clodagh Nevin",
                        description=body, location="Microsoft Teams Meeting", seq=0, dtstamp=sent,
                        teams_url=turl)
    mid = outlook_msgid("c02", "DU2PR04MB")
    head = inbound(T(2026, 10, 13, 9, 12, 44, tz=DXB), "mail-vi1eur04on2110.outbound.protection.outlook.com",
                   "40.107.8.110", hr[1]) + outlook_head(
        frm=addr(*hr), to=[addr(UNAME, USER), addr(*hos), addr(*hom)], date=sent, msgid=mid,
        subject="Interview - Teacher of Mathematics (Secondary) - Clodagh Nevin", calendar=True,
        extra=[("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAA" + hx("c02s", 20))])
    e = exchange_email(head=head, plain=body, ics_text=ical, boundary="_000_DU2PR04MB8790C02_")
    lab = label([iv("Creekside Heights British School", "Teacher of Mathematics", start, end, "onsite",
                    [hos[1], hom[1]], [hos[1], hom[1]])],
                "medium", "positive/exchange-teams-windows-tzid",
                "Teams invite with Windows TZID 'Arabian Standard Time' (UTC+4). Sent while Ireland is on IST, but "
                "the interview is after the 25 Oct 2026 DST end, so 16:00 GST = 12:00 GMT, as the text says. "
                "Organizer only coordinates; the two heads are the panel.")
    return {"01-interview-teams-invite.eml": e}, lab


# --------------------------------------------------------------------- 03 (negative)
@case("b217-03-parent-teacher-meeting-schedule")
def c03():
    sent = T(2026, 11, 12, 16, 31, 8, wd="Thursday")
    day = T(2026, 11, 19, wd="Thursday")
    appts = [("16:00", "Mr & Mrs Doyle", "Aoibhe Doyle", "5M2"), ("16:05", "Ms K. Farrell", "Jack Farrell", "5M2"),
             ("16:10", "Mr P. Onyango", "Grace Onyango", "5M1"), ("16:15", "Ms A. Nowak", "Zofia Nowak", "5M2"),
             ("16:20", "Mr D. Hickey", "Conor Hickey", "5M1"), ("16:30", "Ms S. Byrne", "Ella Byrne", "5M1"),
             ("16:35", "Mr & Mrs Lawlor", "Seán Lawlor", "5M2"), ("16:40", "Ms R. Costello", "Amy Costello", "5M1"),
             ("17:00", "Mr T. Walsh", "Darragh Walsh", "5M2"), ("17:05", "Ms M. Ogunleye", "Tobi Ogunleye", "5M1"),
             ("17:10", "Mrs L. Kinsella", "Niamh Kinsella", "5M2"), ("17:20", "Mr F. Reilly", "Oisín Reilly", "5M1")]
    lines = "\n".join(f"  {t}  {p:<18} re {s} ({c})" for t, p, s, c in appts)
    plain = f"""Ard Glas Community College - Parent-Teacher Meeting

Dear Ms C. Nevin,

Here is your appointment schedule for the 5th Year Parent-Teacher Meeting on Thursday 19 November 2026. Meetings take place in the Sports Hall; each appointment is 5 minutes.

{lines}

12 appointments booked. Booking closes for parents at 12:00 on Wednesday 18 November; you will receive an updated schedule if anything changes.

Print your schedule or view it on your phone: https://ardglascc.schoolmeet.example/staff/schedule/8812

SchoolMeet Bookings - parents' evening booking for schools
You are receiving this because you are listed as a teacher at Ard Glas Community College.
"""
    ical = ics(["BEGIN:VCALENDAR", "PRODID:-//SchoolMeet//Staff Schedule 4.2//EN", "VERSION:2.0",
                "METHOD:PUBLISH"] + VTZ["Europe/Dublin"] + [
        "BEGIN:VEVENT", "UID:staff-8812-20261119@schoolmeet.example", f"DTSTAMP:{ics_utc(sent)}",
        f"DTSTART;TZID=Europe/Dublin:{ics_local(T(2026, 11, 19, 16, 0))}",
        f"DTEND;TZID=Europe/Dublin:{ics_local(T(2026, 11, 19, 17, 25))}",
        "SUMMARY:5th Year Parent-Teacher Meeting (12 appointments)",
        "LOCATION:Sports Hall\\, Ard Glas Community College",
        "DESCRIPTION:" + esc("Your appointments:\n" + lines),
        "END:VEVENT", "END:VCALENDAR"])
    head = inbound(T(2026, 11, 12, 16, 31, 12), "mta-out3.schoolmeet.example", "198.51.100.23",
                   "bounces+8812@schoolmeet.example", extra_forward=True) + [
        ("From", addr("SchoolMeet Bookings", "no-reply@schoolmeet.example")),
        ("To", addr("Clodagh Nevin", WORK)),
        ("Subject", subj("Your appointment schedule: 5th Year Parent-Teacher Meeting - Thursday 19 November 2026")),
        ("Date", rfc(sent)), ("Message-ID", "<sched.8812.20261112163108@schoolmeet.example>"),
        ("Auto-Submitted", "auto-generated")]
    e1 = message(head, multi("mixed", "sm-mixed-c03a", [
        multi("alternative", "sm-alt-c03a", [leaf('text/plain; charset="utf-8"', plain),
                                              leaf('text/html; charset="utf-8"', text_to_html(plain, "Arial"))]),
        leaf('text/calendar; charset="utf-8"; name="ptm-schedule.ics"', ical, "base64",
             [("Content-Disposition", 'attachment; filename="ptm-schedule.ics"')])]))

    sent2 = T(2026, 11, 13, 21, 4, 55, wd="Friday")
    T(2026, 12, 4, wd="Friday")
    parent = ("Gillian Doyle", "gillian.doyle@eirmail.example")
    body2 = """Dear Ms Nevin,

I've booked the 4.00 slot with you at the parent-teacher meeting on Thursday 19th, but I wanted to ask in advance in case it needs more than five minutes.

Aoibhe has an interview for the university's Maths enrichment programme on Friday 4th December at 10am and she is very nervous about it. Would you have a few minutes at the meeting to talk about how she could prepare, or is there someone else in the department we should speak to?

Many thanks for all your help this year,
Gillian Doyle

Sent from my iPhone"""
    head2 = inbound(T(2026, 11, 13, 21, 4, 59), "smtp-out.eirmail.example", "203.0.113.45", parent[1],
                    extra_forward=True) + [
        ("From", addr(*parent)), ("To", addr("Ms Nevin", WORK)),
        ("Subject", "Aoibhe Doyle 5M2 - parent teacher meeting"), ("Date", rfc(sent2)),
        ("Message-ID", "<0C4E7A1B-5D2F-4B8E-9A63-1F7C2D9E4B10@eirmail.example>"),
        ("X-Mailer", "iPhone Mail (22B91)")]
    e2 = message(head2, leaf("text/plain; charset=utf-8; format=flowed", body2 + "\n", "quoted-printable"))
    lab = label([], "medium", "negative/parent-teacher-meeting",
                "The owner is the teacher at a parent-teacher meeting (booking-system schedule + .ics, forwarded "
                "from her school account); the parent's e-mail mentions a student's interview with a date and time. "
                "No job interview for the owner.")
    return {"01-ptm-appointment-schedule.eml": e1, "02-parent-question-before-ptm.eml": e2}, lab


# --------------------------------------------------------------------- 04 (positive)
@case("b217-04-singapore-zoom-head-of-maths")
def c04():
    sch = "phis-sg.example"
    hom = ("Tan Wei Ling", f"wl.tan@{sch}")
    sent = T(2026, 11, 5, 15, 40, 22, tz=SIN, wd="Thursday")
    start = T(2026, 11, 12, 16, 30, tz=SIN, wd="Thursday")
    end = T(2026, 11, 12, 17, 15, tz=SIN)
    assert start.astimezone(DUB).strftime("%H:%M") == "08:30"
    zid = "841 2773 0516"
    pwd = hx("c04pwd", 32)
    zurl = f"https://us06web.zoom.us/j/{zid.replace(' ', '')}?pwd={pwd}"
    body = f"""Dear Clodagh,

Thank you for your interest in the Secondary Mathematics Teacher (IB MYP/DP) vacancy at Pasir Hijau International School. I would like to invite you to an interview with me over Zoom next Thursday, 12 November, at 4.30pm Singapore time (that's 8.30am in Dublin - I hope that's not too early before your first class!). We will need about 45 minutes.

I'll ask about your experience with inquiry-based learning and with the Leaving Certificate Higher Level course, and there will be time for your questions about the school and about moving to Singapore.

I've attached the calendar invitation. The Zoom details are below:

Topic: PHIS Interview - Secondary Mathematics - C. Nevin
Time: Nov 12, 2026 04:30 PM Singapore

Join Zoom Meeting
{zurl}

Meeting ID: {zid}
Passcode: 561904

Warm regards,
Wei Ling

Dr Tan Wei Ling
Head of Mathematics (Secondary)
Pasir Hijau International School
11 Jalan Hijau, Singapore 738912
"""
    desc = (f"Tan Wei Ling is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n{zurl}\n\n"
            f"Meeting ID: {zid}\nPasscode: 561904\n\n---\n\nOne tap mobile\n+6531651065,,84127730516#,,,,*561904# Singapore\n")
    ical = ics(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0",
                "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "CLASS:PUBLIC"] + VTZ["Asia/Singapore"] + [
        "BEGIN:VEVENT", f"DTSTAMP:{ics_utc(sent)}",
        f"DTSTART;TZID=Asia/Singapore:{ics_local(start)}",
        f"DTEND;TZID=Asia/Singapore:{ics_local(end)}",
        "SUMMARY:PHIS Interview - Secondary Mathematics - C. Nevin",
        f"UID:20261105T074022Z-{zid.replace(' ', '')}@fe80:0:0:0:10:a4ff:fe3c:6b1%ens5",
        "TZID:Asia/Singapore", f"DESCRIPTION:{esc(desc)}", f"LOCATION:{zurl}",
        f"ORGANIZER;CN=Tan Wei Ling:mailto:{hom[1]}",
        "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    head = inbound(T(2026, 11, 5, 15, 40, 30, tz=SIN), "mail-sg2apc01on2047.outbound.protection.outlook.com",
                   "40.107.215.47", hom[1]) + [
        ("From", addr("Tan Wei Ling", hom[1])), ("To", addr(UNAME, USER)),
        ("Subject", "Pasir Hijau International School - interview invitation (Secondary Mathematics)"),
        ("Date", rfc(sent)), ("Message-ID", "<4A0E9C1D-2B7F-4E3A-8C5D-6F1B0A9E7C22@phis-sg.example>"),
        ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]
    root = multi("mixed", "Apple-Mail=_5C2E91B4-3A7D-4F0E-9B21-C04A", [
        multi("alternative", "Apple-Mail=_7D1F03A6-8E4B-4C2A-A5F9-C04B", [
            leaf("text/plain; charset=utf-8", body),
            leaf("text/html; charset=utf-8", text_to_html(body, "-apple-system, Helvetica, Arial", "13px"))]),
        leaf('text/calendar; name="zoom_0.ics"; method=PUBLISH', ical, "base64",
             [("Content-Disposition", 'attachment; filename="zoom_0.ics"')])])
    e = message(head, root)
    lab = label([iv("Pasir Hijau International School", "Secondary Mathematics Teacher (IB MYP/DP)", start, end,
                    "hiring_manager", [hom[1]], [hom[1]])],
                "easy", "positive/zoom-ics-singapore",
                "Head of Mathematics invites and conducts; Zoom .ics in Asia/Singapore; 16:30 SGT = 08:30 GMT "
                "(after Irish DST end).")
    return {"01-interview-invitation-zoom.eml": e}, lab


# --------------------------------------------------------------------- 05 (positive)
@case("b217-05-fair-ticket-and-booked-school-slot")
def c05():
    fair_day = T(2026, 11, 7, wd="Saturday")
    doors, close = T(2026, 11, 7, 9, 30), T(2026, 11, 7, 16, 30)
    sent1 = T(2026, 9, 26, 20, 11, 37, wd="Saturday")
    order = "14820993317"
    plain1 = f"""You're going to International Schools Recruitment Fair - Dublin 2026!

Order #{order} - 26 September 2026

International Schools Recruitment Fair - Dublin 2026
Saturday, 7 November 2026 from 09:30 to 16:30 (GMT)
The Pembroke Conference Centre, 40 Pembroke Row, Dublin 4

1 x General Admission (Educator) - FREE

Meet 60+ international schools from the Gulf, South-East Asia and Europe. Bring several printed copies of your CV. Many schools hold interviews on the day; interview slots with individual schools are booked separately through the EduGlobal candidate portal once a school has shortlisted you.

Show this ticket at the door: https://www.eventbrite.ie/mytickets/{order}

Organised by EduGlobal Fairs
Contact the organiser: https://www.eventbrite.ie/o/eduglobal-fairs-30571249981

Eventbrite | 3rd Floor, The Warehouse, Dublin 2
"""
    head1 = inbound(T(2026, 9, 26, 20, 11, 40), "o3.ptr7714.order.eventbrite.com", "149.72.40.18",
                    "bounces+3301@em.order.eventbrite.com") + [
        ("From", addr("Eventbrite", "noreply@order.eventbrite.com")), ("To", USER),
        ("Reply-To", addr("EduGlobal Fairs", "events@eduglobalfairs.example")),
        ("Subject", "Your tickets for International Schools Recruitment Fair - Dublin 2026"),
        ("Date", rfc(sent1)), ("Message-ID", f"<order-{order}.20260926191137@order.eventbrite.com>")]
    e1 = message(head1, multi("alternative", "===============c05a1==", [
        leaf('text/plain; charset="utf-8"', plain1),
        leaf('text/html; charset="utf-8"', text_to_html(plain1, "Helvetica, Arial"))]))

    sch = "orchidpark-sg.example"
    pri = ("Rahul Menon", f"r.menon@{sch}")
    sent2 = T(2026, 11, 3, 11, 5, 2, wd="Tuesday")
    start, end = T(2026, 11, 7, 11, 40), T(2026, 11, 7, 12, 10)
    plain2 = f"""Hi Clodagh,

Your interview booking at the International Schools Recruitment Fair - Dublin 2026 is confirmed.

School:       Orchid Park International School (Singapore)
Position:     Mathematics Teacher (IGCSE / A Level), August 2027
Interviewer:  Mr Rahul Menon, Secondary Principal ({pri[1]})
Date:         Saturday 7 November 2026
Time:         {start:%H:%M} - {end:%H:%M} (Irish time)
Where:        Interview Booth 27, Hall B, The Pembroke Conference Centre

Please arrive at the booth 5 minutes early. Your General Admission ticket is still needed to get into the venue. If you cannot attend, cancel the slot in the candidate portal so the school can offer it to someone else; questions about the role itself can go to Mr Menon directly.

Good luck!
EduGlobal Fairs - Candidate Services
This mailbox is not monitored.
"""
    ical = ics(["BEGIN:VCALENDAR", "PRODID:-//EduGlobal Fairs//Candidate Portal//EN", "VERSION:2.0",
                "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:slot-27-1140-20261107@eduglobalfairs.example",
                f"DTSTAMP:{ics_utc(sent2)}", f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}",
                "SUMMARY:Interview: Orchid Park International School (Booth 27)",
                "LOCATION:Hall B\\, The Pembroke Conference Centre\\, Dublin 4",
                "DESCRIPTION:" + esc("Mathematics Teacher (IGCSE / A Level) with Mr Rahul Menon\\, Secondary Principal."),
                f"ATTENDEE;CN={UNAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{USER}",
                "END:VEVENT", "END:VCALENDAR"])
    head2 = inbound(T(2026, 11, 3, 11, 5, 9), "mailer2.eduglobalfairs.example", "192.0.2.61",
                    "bounce@eduglobalfairs.example") + [
        ("From", addr("EduGlobal Fairs", "no-reply@eduglobalfairs.example")), ("To", USER),
        ("Subject", "Interview confirmed: Orchid Park International School (Singapore) - Sat 7 Nov, 11:40"),
        ("Date", rfc(sent2)), ("Message-ID", "<slot-27-1140.c0ffee21@eduglobalfairs.example>")]
    e2 = message(head2, multi("mixed", "egf-c05-mixed", [
        multi("alternative", "egf-c05-alt", [leaf('text/plain; charset="utf-8"', plain2),
                                              leaf('text/html; charset="utf-8"', text_to_html(plain2, "Arial"))]),
        leaf('text/calendar; charset="utf-8"; name="interview.ics"', ical, "base64",
             [("Content-Disposition", 'attachment; filename="interview.ics"')])]))
    lab = label([iv("Orchid Park International School", "Mathematics Teacher (IGCSE / A Level)", start, end,
                    "hiring_manager", [pri[1]], [pri[1]])],
                "hard", "positive/recruitment-fair-booked-slot",
                "The fair general-admission ticket (09:30-16:30) is not an interview; the booked 30-minute slot with "
                "the Singapore school's principal at the fair is. Times are Irish (GMT, fair is after DST end). "
                "The portal sender is no-reply, the principal's address is given in the text.")
    return {"01-eventbrite-fair-ticket.eml": e1, "02-fair-interview-slot-confirmed.eml": e2}, lab


# --------------------------------------------------------------------- 06 (negative)
@case("b217-06-teaching-council-registration-appointment")
def c06():
    dom = "teachingcouncil-ie.example"
    mbox = ("Teaching Council Registration", f"RegistrationConsultations@{dom}")
    officer = ("Ciara Daly", f"ciara.daly@{dom}")
    sent = T(2026, 11, 16, 9, 40, 12, wd="Monday")
    start, end = T(2026, 11, 24, 14, 0, wd="Tuesday"), T(2026, 11, 24, 14, 20)
    tb, turl = teams_block("c06")
    body = f"""Hello Clodagh Nevin,

Thank you for booking with Teaching Council Registration. Your booking is confirmed.

Registration consultation - Additional curricular subject (Applied Mathematics)
{when_outlook(start, end, WIN_LABEL['GMT Standard Time'])}
Staff: Ciara Daly, Registration Officer

During this 20-minute online consultation the Registration Officer will go through your documents for adding Applied Mathematics to your registration under the Curricular Subject Requirements. Please have your degree transcripts and module descriptors (with ECTS credits) to hand. This consultation does not change your existing registration conditions.

Join your appointment via Microsoft Teams using the link below.

To cancel or reschedule, use Manage booking: https://outlook.office365.com/owa/calendar/TeachingCouncilRegistration@{dom}/bookings/

{tb}"""
    ical = exchange_ics(method="REQUEST", seed="c06", tzid="GMT Standard Time", start=start, end=end,
                        organizer=mbox, attendees=[(UNAME, USER), officer],
                        summary="Registration consultation for Clodagh Nevin",
                        description=body, location="Microsoft Teams Meeting", seq=0, dtstamp=sent,
                        teams_url=turl)
    head = inbound(T(2026, 11, 16, 9, 40, 16), "mail-am7eur03on2102.outbound.protection.outlook.com",
                   "40.107.105.102", mbox[1]) + outlook_head(
        frm=addr(*mbox), to=[addr(UNAME, USER)], date=sent, msgid=outlook_msgid("c06", "AS8PR02MB"),
        subject="Registration consultation for Clodagh Nevin", calendar=True)
    e = exchange_email(head=head, plain=body, ics_text=ical, boundary="_000_AS8PR02MB7710C06_")
    lab = label([], "medium", "negative/registration-body-appointment",
                "Microsoft Bookings appointment with the teachers' registration body about adding a subject to her "
                "registration; Teams invite with an officer, but not part of any hiring process.")
    return {"01-bookings-registration-consultation.eml": e}, lab


# --------------------------------------------------------------------- 07 (positive, reschedule)
@case("b217-07-etb-interview-moved-to-tuesday")
def c07():
    dom = "dvetb.example"
    hr = ("Niamh Keogh", f"nkeogh@{dom}")
    ref = "DVETB-T-26-041"
    summary = f"Interview: Teacher of Mathematics - C. Nevin ({ref})"
    subj1 = f"Dodder Valley ETB - Interview Notification - Teacher of Mathematics (Ref: {ref})"
    sent1 = T(2026, 5, 8, 12, 31, 50, wd="Friday")
    old_s, old_e = T(2026, 5, 14, 14, 15, wd="Thursday"), T(2026, 5, 14, 14, 45)
    new_s, new_e = T(2026, 5, 19, 11, 30, wd="Tuesday"), T(2026, 5, 19, 12, 0)
    sig = """Is mise le meas,

Niamh Keogh
HR Executive - Recruitment
Dodder Valley ETB (Dodder Valley Education and Training Board)
Unit 4, Belgard Business Park, Tallaght, Dublin 24
T: +353 1 555 0917"""
    body1 = f"""Dear Ms Nevin,

I refer to your application for the above post at Greenhills Road Community College. I am pleased to advise that you have been shortlisted for interview, which will take place on Thursday 14 May 2026 at 2.15pm in the ETB Head Office, Unit 4, Belgard Business Park, Tallaght, Dublin 24.

The interview will last approximately 30 minutes. The Interview Board will consist of:

  Ms Deirdre Moran, Director of Schools (Chairperson)
  Mr Ciarán Ó Dálaigh, Principal, Greenhills Road Community College
  Ms Anne Whelan, Independent Assessor

Please bring the originals of your qualifications, your Teaching Council registration certificate and photographic ID. Canvassing will disqualify.

A calendar invitation will follow from my diary. Please confirm your attendance by reply to this email.

{sig}
"""
    m1 = outlook_msgid("c07-1", "VI1PR02MB")
    head1 = inbound(T(2026, 5, 8, 12, 31, 55), "mail-he1eur02on2093.outbound.protection.outlook.com",
                    "40.107.1.93", hr[1]) + outlook_head(frm=addr(*hr), to=[addr(UNAME, USER)], date=sent1,
                                                         msgid=m1, subject=subj1)
    e1 = message(head1, multi("alternative", "_000_VI1PR02MB4411C07A_", [
        leaf('text/plain; charset="utf-8"', body1), leaf('text/html; charset="utf-8"', text_to_html(body1))]))

    def invite(seq, s, e, sent, note, bnd, seed):
        body = f"""When: {when_outlook(s, e, WIN_LABEL['GMT Standard Time'])}.
Where: ETB Head Office, Interview Room 2, Unit 4, Belgard Business Park, Tallaght, Dublin 24

*~*~*~*~*~*~*~*~*~*

{note}

Interview for the post of Teacher of Mathematics, Greenhills Road Community College (Ref: {ref}).
Please report to reception 15 minutes before your interview time.

Niamh Keogh
HR Executive - Recruitment, Dodder Valley ETB
"""
        ical = exchange_ics(method="REQUEST", seed="c07inv", tzid="GMT Standard Time", start=s, end=e,
                            organizer=hr, attendees=[(UNAME, USER)], summary=summary, description=body,
                            location="ETB Head Office, Interview Room 2", seq=seq, dtstamp=sent, busy="BUSY")
        head = inbound(sent, "mail-he1eur02on2093.outbound.protection.outlook.com", "40.107.1.93", hr[1]) + \
            outlook_head(frm=addr(*hr), to=[addr(UNAME, USER)], date=sent, msgid=outlook_msgid(seed, "VI1PR02MB"),
                         subject=summary, calendar=True)
        return exchange_email(head=head, plain=body, ics_text=ical, boundary=bnd)

    e2 = invite(0, old_s, old_e, T(2026, 5, 8, 12, 36, 4), "Dear Ms Nevin,", "_000_VI1PR02MB4411C07B_", "c07-2")

    sent3 = T(2026, 5, 11, 16, 2, 27, wd="Monday")
    body3 = f"""Dear Ms Nevin,

Due to the unavailability of a member of the Interview Board, I regret that your interview scheduled for Thursday 14 May must be rescheduled.

Your interview will now take place on Tuesday 19 May 2026 at 11.30am at the same venue. The composition of the Board is unchanged. An updated calendar invitation will follow.

I apologise for any inconvenience and would be grateful if you could confirm that the new date suits.

{sig}
"""
    head3 = inbound(T(2026, 5, 11, 16, 2, 31), "mail-he1eur02on2093.outbound.protection.outlook.com",
                    "40.107.1.93", hr[1]) + outlook_head(
        frm=addr(*hr), to=[addr(UNAME, USER)], date=sent3, msgid=outlook_msgid("c07-3", "VI1PR02MB"),
        subject=f"Change of interview date - Teacher of Mathematics (Ref: {ref})")
    e3 = message(head3, multi("alternative", "_000_VI1PR02MB4411C07C_", [
        leaf('text/plain; charset="utf-8"', body3), leaf('text/html; charset="utf-8"', text_to_html(body3))]))
    e4 = invite(1, new_s, new_e, T(2026, 5, 11, 16, 5, 40),
                "Dear Ms Nevin, please note the new date and time of your interview.",
                "_000_VI1PR02MB4411C07D_", "c07-4")
    files = {"01-interview-notification.eml": e1, "02-invite-thursday.eml": e2,
             "03-change-of-interview-date.eml": e3, "04-updated-invite-tuesday.eml": e4}
    lab = label([iv("Dodder Valley ETB", "Teacher of Mathematics", new_s, new_e, "onsite", [], [hr[1]])],
                "medium", "positive/reschedule-email-and-sequence",
                "ETB interview board (3 named members, no addresses) moved from Thu 14 May 14:15 to Tue 19 May 11:30 "
                "by e-mail and an updated Exchange invite (SEQUENCE 1). Outlook label says '(UTC+00:00) Dublin' "
                "but May is IST (+01:00). HR executive only schedules -> follow-up to her.")
    return files, lab


# --------------------------------------------------------------------- 08 (positive, cancelled)
GOOGLE_FOOTER = """~~//~~
Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event.

Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding
"""


def google_event_email(*, kind, organizer, guests, summary, start, end, tzname, tzabbr, description,
                       uid, seq, sent, created, meet, mid, boundary, note=None):
    when = f"{start:%A} {start.day} {start:%b %Y} \u22c5 {start:%H:%M} \u2013 {end:%H:%M}"
    short = f"{start:%a} {start.day} {start:%b %Y} {start:%H:%M} - {end:%H:%M} ({tzabbr})"
    eid = base64.b64encode(f"{uid.split('@')[0]} {USER}".encode()).decode().rstrip("=")
    guest_lines = "\n".join(
        (f"{n} - organizer\n{e}" if e == organizer[1] else (f"{n}\n{e}" if n else e)) for n, e in guests)
    core = f"""{summary}
{when}
{tzname}

Join with Google Meet
https://meet.google.com/{meet}

Organizer
{organizer[0]}
{organizer[1]}

Guests
{guest_lines}
View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}

{description}
"""
    if kind == "cancel":
        plain = f"This event has been cancelled and removed from your calendar.\n\n{note}\n\n{core}\n" + GOOGLE_FOOTER
        subject = f"Canceled event with note: {summary} @ {short} ({USER})"
        method, status = "CANCEL", "CANCELLED"
    else:
        plain = core + f"\nReply for {USER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n" + GOOGLE_FOOTER
        subject = f"Invitation: {summary} @ {short} ({USER})"
        method, status = "REQUEST", "CONFIRMED"
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}", f"DTSTAMP:{ics_utc(sent)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for n, e in guests:
        ps = "ACCEPTED" if e == organizer[1] else "NEEDS-ACTION"
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={n or e};"
                     f"X-NUM-GUESTS=0:mailto:{e}")
    lines += [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}", f"CREATED:{ics_utc(created)}",
              "DESCRIPTION:" + esc(description + "\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                                   f"Join with Google Meet: https://meet.google.com/{meet}\n"
                                   "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"),
              f"LAST-MODIFIED:{ics_utc(sent)}", "LOCATION:", f"SEQUENCE:{seq}", f"STATUS:{status}",
              f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    ical = ics(lines)
    head = [("Delivered-To", USER),
            ("Received", f"from mail-sor-f69.google.com (mail-sor-f69.google.com [209.85.220.69])\n\tby mx1.example.com "
                         f"(Postfix) with ESMTPS id {hx(mid, 10).upper()}\n\tfor <{USER}>; {rfc(sent)}"),
            ("Return-Path", f"<{hx(mid, 20)}@calendar-server.bounces.google.com>"),
            ("Reply-To", addr(*organizer)),
            ("Sender", addr("Google Calendar", "calendar-notification@google.com")),
            ("Message-ID", mid), ("Date", rfc(sent)), ("Subject", subj(subject)),
            ("From", addr(*organizer)), ("To", USER)]
    root = multi("mixed", boundary + "mx", [
        multi("alternative", boundary + "al", [
            leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
            leaf('text/html; charset="UTF-8"', text_to_html(plain, "Roboto, Helvetica, Arial, sans-serif", "14px")),
            leaf(f'text/calendar; charset="UTF-8"; method={method}', ical.replace("\r\n", "\n"), "7bit")]),
        leaf('application/ics; name="invite.ics"', ical, "base64",
             [("Content-Disposition", 'attachment; filename="invite.ics"')])])
    return message(head, root)


@case("b217-08-dubai-interview-cancelled-post-filled")
def c08():
    sch = "saffrongardens-dubai.example"
    hr = ("Hana Yousef", f"hana.yousef@{sch}")
    pri = ("Gareth Lloyd", f"gareth.lloyd@{sch}")
    start, end = T(2026, 11, 2, 14, 0, tz=DXB, wd="Monday"), T(2026, 11, 2, 14, 45, tz=DXB)
    assert start.astimezone(DUB).strftime("%H:%M") == "10:00"
    created = T(2026, 10, 20, 11, 19, 40, tz=UTC)
    uid = "5q2v8h1k0cbn3m7t4r6d9e2fsg@google.com"
    summary = "Interview: Clodagh Nevin - Mathematics Teacher (Secondary)"
    desc = ("Online interview with our Principal, Mr Gareth Lloyd, for the Mathematics Teacher (Secondary) post "
            "starting August 2027.\n\nDublin is 4 hours behind Dubai on this date, so this is 10:00 for you.\n\n"
            "Hana Yousef | HR Officer | Saffron Gardens International School, Dubai")
    guests = [hr, pri, (None, USER)]
    e1 = google_event_email(kind="invite", organizer=hr, guests=guests, summary=summary, start=start, end=end,
                            tzname="Gulf Standard Time", tzabbr="GST", description=desc, uid=uid, seq=0,
                            sent=T(2026, 10, 20, 11, 20, 5, tz=UTC), created=created, meet="rkd-wqzp-hvb",
                            mid="<calendar-7c1d2e4f-9a0b-4c3d-8e5f-6a7b8c9d0e1f@google.com>",
                            boundary="000000000000c08a")
    note = ("Dear Clodagh, I'm very sorry - the Mathematics post has now been filled and we have had to cancel "
            "your interview with Mr Lloyd. We will keep your CV on file for future vacancies. Kind regards, Hana")
    e2 = google_event_email(kind="cancel", organizer=hr, guests=guests, summary=summary, start=start, end=end,
                            tzname="Gulf Standard Time", tzabbr="GST", description=desc, uid=uid, seq=1,
                            sent=T(2026, 10, 28, 6, 45, 10, tz=UTC), created=created, meet="rkd-wqzp-hvb",
                            mid="<calendar-0b9e8d7c-6f5a-4e3d-b2c1-a09f8e7d6c5b@google.com>",
                            boundary="000000000000c08b", note=note)
    lab = label([iv("Saffron Gardens International School", "Mathematics Teacher (Secondary)", start, end,
                    "hiring_manager", [pri[1]], [pri[1]], status="cancelled")],
                "medium", "positive/cancellation-google",
                "Google Calendar invitation then 'Canceled event with note' (METHOD:CANCEL) because the post was "
                "filled: one interview, status cancelled, at its last time 14:00 GST. HR officer organizes; the "
                "principal conducts.")
    return {"01-invitation-interview.eml": e1, "02-canceled-event-with-note.eml": e2}, lab


# --------------------------------------------------------------------- 09 (negative)
@case("b217-09-garda-vetting-id-check-after-offer")
def c09():
    sch = "clonsastcollege.example"
    sec = ("Yvonne Tracey", f"ytracey@{sch}")
    sent = T(2026, 5, 26, 11, 48, 3, wd="Tuesday")
    start, end = T(2026, 6, 2, 15, 30, wd="Tuesday"), T(2026, 6, 2, 15, 45)
    T(2026, 5, 14, wd="Thursday")
    body = f"""Dear Clodagh,

Congratulations again on your appointment to the Mathematics post, following your interview with the Board on Thursday 14th May. The Board of Management is delighted you have accepted.

Before we can issue your contract, the Board must complete Garda vetting. You will shortly receive an e-vetting invitation (NVB1 form) from the National Vetting Bureau by email - please complete it within 30 days.

As part of the process we also have to validate your identity in person. Could you call to the school office on Tuesday 2nd June at 3.30pm and bring:
 - your passport or driving licence, and
 - two proofs of address dated within the last six months (e.g. utility bill, bank statement).

Ms Ward (Deputy Principal) will witness the ID check; it only takes ten minutes. I'll put it in your calendar.

Kind regards,
Yvonne Tracey
Principal's Secretary
Clonsast College, Clonsast Road, Dublin 15
"""
    m1 = outlook_msgid("c09-1", "DB8PR06MB")
    head1 = inbound(T(2026, 5, 26, 11, 48, 7), "mail-db8eur06on2045.outbound.protection.outlook.com",
                    "40.107.20.45", sec[1]) + outlook_head(
        frm=addr(*sec), to=[addr(UNAME, USER)], date=sent, msgid=m1,
        subject="Garda vetting and ID validation - Mathematics appointment")
    e1 = message(head1, multi("alternative", "_000_DB8PR06MB3320C09A_", [
        leaf('text/plain; charset="utf-8"', body), leaf('text/html; charset="utf-8"', text_to_html(body))]))
    ibody = f"""When: {when_outlook(start, end, WIN_LABEL['GMT Standard Time'])}.
Where: School Office, Clonsast College

*~*~*~*~*~*~*~*~*~*

Garda vetting - ID validation for new staff member. Bring passport/driving licence and two proofs of address.
"""
    ical = exchange_ics(method="REQUEST", seed="c09", tzid="GMT Standard Time", start=start, end=end,
                        organizer=sec, attendees=[(UNAME, USER)], summary="Garda Vetting - ID validation - C. Nevin",
                        description=ibody, location="School Office, Clonsast College", seq=0,
                        dtstamp=T(2026, 5, 26, 11, 52, 30))
    head2 = inbound(T(2026, 5, 26, 11, 52, 33), "mail-db8eur06on2045.outbound.protection.outlook.com",
                    "40.107.20.45", sec[1]) + outlook_head(
        frm=addr(*sec), to=[addr(UNAME, USER)], date=T(2026, 5, 26, 11, 52, 30), msgid=outlook_msgid("c09-2", "DB8PR06MB"),
        subject="Garda Vetting - ID validation - C. Nevin", calendar=True)
    e2 = exchange_email(head=head2, plain=ibody, ics_text=ical, boundary="_000_DB8PR06MB3320C09B_")
    lab = label([], "hard", "negative/post-offer-vetting-appointment",
                "Post-offer Garda vetting ID check with a calendar invite at the hiring school; mentions the past "
                "interview date. Not an interview.")
    return {"01-garda-vetting-id-validation.eml": e1, "02-id-validation-invite.eml": e2}, lab


# --------------------------------------------------------------------- 10 (positive, two interviews)
@case("b217-10-singapore-two-rounds-across-dst-end")
def c10():
    sch = "bukitselasih.example"
    rec = ("Jolene Lim", f"jolene.lim@{sch}")
    hom = ("Marcus Goh", f"marcus.goh@{sch}")
    pri = ("Helen Carmody", f"helen.carmody@{sch}")
    r1s, r1e = T(2026, 10, 15, 16, 0, tz=SIN, wd="Thursday"), T(2026, 10, 15, 16, 45, tz=SIN)
    r2s, r2e = T(2026, 10, 28, 16, 0, tz=SIN, wd="Wednesday"), T(2026, 10, 28, 17, 0, tz=SIN)
    assert r1s.astimezone(DUB).strftime("%H:%M") == "09:00"
    assert r2s.astimezone(DUB).strftime("%H:%M") == "08:00"
    zurl = f"https://bukitselasih.zoom.us/j/86650219374?pwd={hx('c10pwd', 32)}"
    sent1 = T(2026, 10, 2, 17, 5, 33, tz=SIN, wd="Friday")
    sig = """Best regards,
Jolene Lim
Talent Acquisition Executive
Bukit Selasih Academy | 60 Selasih Rise, Singapore 679521
www.bukitselasih.example"""
    body1 = f"""Dear Clodagh,

Thank you for applying for the Mathematics Teacher (Secondary) position at Bukit Selasih Academy. We were impressed with your application and would like to invite you to a first-round interview with Mr Marcus Goh, our Head of Mathematics (copied).

Date: Thursday 15 October 2026
Time: 4:00pm - 4:45pm Singapore time (9:00am - 9:45am Irish time)
Zoom: {zurl}
Meeting ID: 866 5021 9374 / Passcode: 240719

Marcus will ask about your approach to differentiation in mixed-ability classes and your experience with the IGCSE or Leaving Certificate syllabus.

Please reply to confirm, or let me know if you need a different time.

{sig}
"""
    m1 = "<CAK7pX2s9Lq1hV0fR4nE8wBz3yTg6dMcQ1uJ5oAa-c10one@mail.gmail.com>"
    head1 = inbound(T(2026, 10, 2, 17, 5, 37, tz=SIN), "mail-pj1-f54.google.com", "209.85.216.54", rec[1]) + [
        ("MIME-Version", "1.0"), ("Date", rfc(sent1)), ("Message-ID", m1),
        ("Subject", "Bukit Selasih Academy - First-round interview - Mathematics Teacher (Secondary)"),
        ("From", addr(*rec)), ("To", addr(UNAME, USER)), ("Cc", addr(*hom))]
    e1 = hdrs(head1) + multi("alternative", "000000000000a3c10f062f01", [
        leaf('text/plain; charset="UTF-8"', body1), leaf('text/html; charset="UTF-8"', gmail_html(body1))])

    reply_id = "<9e2c4a10-5b7d-4f3e-a1c8-0d6f2b9e7a31@example.com>"
    sent2 = T(2026, 10, 19, 10, 12, 48, tz=SIN, wd="Monday")
    quoted = "\n".join(("> " + l) if l else ">" for l in body1.rstrip("\n").split("\n"))
    body2 = f"""Dear Clodagh,

Thank you for meeting Marcus last Thursday - he really enjoyed the conversation. We would like to invite you to a final interview with our Principal, Dr Helen Carmody, with Marcus also on the panel.

Date: Wednesday 28 October 2026
Time: 4:00pm - 5:00pm Singapore time
Zoom: same link as before

Please note that the clocks go back in Ireland on Sunday 25 October, so this will be 8:00am in Dublin rather than 9:00am. Dr Carmody may ask you to talk briefly about a lesson you are proud of.

{sig}

On Fri, 2 Oct 2026 at 17:05, Jolene Lim <{rec[1]}> wrote:
{quoted}
"""
    head2 = inbound(T(2026, 10, 19, 10, 12, 52, tz=SIN), "mail-pj1-f54.google.com", "209.85.216.54", rec[1]) + [
        ("MIME-Version", "1.0"), ("Date", rfc(sent2)),
        ("Message-ID", "<CAK7pX2tA0c4Rz8Ye1mQv3nH6bWd9sFg2kLx7uJo-c10two@mail.gmail.com>"),
        ("In-Reply-To", reply_id), ("References", f"{m1} {reply_id}"),
        ("Subject", "Re: Bukit Selasih Academy - Final interview - Mathematics Teacher (Secondary)"),
        ("From", addr(*rec)), ("To", addr(UNAME, USER)), ("Cc", f"{addr(*hom)}, {addr('Dr Helen Carmody', pri[1])}")]
    e2 = hdrs(head2) + multi("alternative", "000000000000b7d20f0630aa", [
        leaf('text/plain; charset="UTF-8"', body2), leaf('text/html; charset="UTF-8"', gmail_html(body2))])
    lab = label([iv("Bukit Selasih Academy", "Mathematics Teacher (Secondary)", r1s, r1e, "hiring_manager",
                    [hom[1]], [hom[1]]),
                 iv("Bukit Selasih Academy", "Mathematics Teacher (Secondary)", r2s, r2e, "onsite",
                    [pri[1], hom[1]], [pri[1], hom[1]])],
                "hard", "positive/two-interviews-dst-gap",
                "Two rounds at 16:00 SGT both times; Irish equivalent shifts from 09:00 IST to 08:00 GMT across the "
                "25 Oct DST end. Round 1 = Head of Maths; round 2 = Principal + Head of Maths panel. Recruiter only "
                "schedules.")
    return {"01-first-round-invitation.eml": e1, "02-final-interview-invitation.eml": e2}, lab


# --------------------------------------------------------------------- 11 (negative)
@case("b217-11-user-sits-on-student-teacher-board")
def c11():
    dom = "ardglascc.example"
    pri = ("Declan Forde", f"dforde@{dom}")
    dep = ("Patricia Hanley", f"phanley@{dom}")
    sent = T(2026, 9, 8, 13, 5, 19, wd="Tuesday")
    start, end = T(2026, 9, 16, 16, 0, wd="Wednesday"), T(2026, 9, 16, 17, 0)
    tb, turl = teams_block("c11")
    body = f"""When: {when_outlook(start, end, WIN_LABEL['GMT Standard Time'])}.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Clodagh and Patricia,

Thanks Clodagh for agreeing to sit on the interview board for this year's PME student teacher placements in Maths. We'll interview three student teachers from the university's Professional Master of Education programme online, 15 minutes each with a short gap between:

  16:00  Ms Róisín Carey
  16:20  Mr Adam Kowalczyk
  16:40  Ms Hannah Obi

Clodagh, as Maths co-ordinator could you take the questions on planning and assessment? I've put the question sheet and the marking grid in the staff Teams channel. Please don't share the candidates' details outside the board.

Declan

Declan Forde
Principal, Ard Glas Community College

{tb}"""
    ical = exchange_ics(method="REQUEST", seed="c11", tzid="GMT Standard Time", start=start, end=end,
                        organizer=pri, attendees=[("Clodagh Nevin", WORK), dep],
                        summary="Interview board - PME student teacher placements (Maths) 2026/27",
                        description=body, location="Microsoft Teams Meeting", seq=0, dtstamp=sent, teams_url=turl)
    head = inbound(T(2026, 9, 8, 13, 5, 23), "mail-am0eur02on2131.outbound.protection.outlook.com",
                   "40.107.247.131", pri[1], extra_forward=True) + outlook_head(
        frm=addr(*pri), to=[addr("Clodagh Nevin", WORK), addr(*dep)], date=sent,
        msgid=outlook_msgid("c11", "PAXPR07MB"),
        subject="Interview board - PME student teacher placements (Maths) 2026/27", calendar=True)
    e = exchange_email(head=head, plain=body, ics_text=ical, boundary="_000_PAXPR07MB8890C11_")
    lab = label([], "hard", "negative/user-is-interviewer",
                "Teams invite to the owner's school account (auto-forwarded): she sits on the board interviewing "
                "student teachers. She is the interviewer, not the candidate.")
    return {"01-interview-board-pme-placements.eml": e}, lab


# --------------------------------------------------------------------- 12 (positive)
@case("b217-12-calendar-api-maternity-cover-panel")
def c12():
    sch = "mounttalloncs.example"
    pri = ("Fiona Gallagher", f"fgallagher@{sch}")
    dep = ("Tadhg Brennan", f"tbrennan@{sch}")
    start, end = T(2026, 12, 3, 16, 10, wd="Thursday"), T(2026, 12, 3, 16, 30)
    assert start.utcoffset().total_seconds() == 0
    eid = "3u8k1p0v6n2c9hq7t5r4m0sj1e"
    ev = {
        "kind": "calendar#event",
        "etag": "\"3571284459120000\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" +
                    base64.b64encode(f"{eid} {USER}".encode()).decode().rstrip("="),
        "created": "2026-11-24T15:02:11.000Z",
        "updated": "2026-11-24T15:13:49.560Z",
        "summary": "Interview - Maths teacher (maternity leave cover) - Clodagh Nevin",
        "description": ("Interview for the fixed-term Mathematics post (maternity leave cover, January to May 2027).\n\n"
                        "Panel: Ms Fiona Gallagher (Principal), Mr Tadhg Brennan (Deputy Principal), "
                        "Ms Rachel Quinn (Board of Management nominee).\n\n"
                        "Please come to main reception at 4pm; the interview itself is 20 minutes. No demonstration "
                        "lesson is required for this post."),
        "location": "Principal's Office, Mount Tallon Community School, Tallon Road, Dublin 22",
        "creator": {"email": pri[1], "displayName": pri[0]},
        "organizer": {"email": pri[1], "displayName": pri[0]},
        "start": {"dateTime": start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "timeZone": "Europe/Dublin"},
        "end": {"dateTime": end.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "timeZone": "Europe/Dublin"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": pri[1], "displayName": pri[0], "organizer": True, "responseStatus": "accepted"},
            {"email": dep[1], "displayName": dep[0], "responseStatus": "accepted"},
            {"email": USER, "self": True, "responseStatus": "needsAction"},
        ],
        "guestsCanInviteOthers": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    lab = label([iv("Mount Tallon Community School", "Maths teacher (maternity leave cover)", start, end, "onsite",
                    [pri[1], dep[1]], [pri[1], dep[1]])],
                "medium", "positive/calendar-api-json",
                "Calendar API event only. 16:10-16:30 Europe/Dublin in December (GMT, 'Z' offset); 'come to "
                "reception at 4pm' is arrival. Three-person panel, two addresses known.")
    return {"01-interview-mount-tallon.gcal.json": json.dumps(ev, indent=2, ensure_ascii=False) + "\n"}, lab


# --------------------------------------------------------------------- 13 (negative)
@case("b217-13-state-exams-oral-examiner-briefing")
def c13():
    dom = "seb-ie.example"
    org = ("Clíona Moloney", f"cmoloney@{dom}")
    sent = T(2026, 2, 17, 10, 22, 45, wd="Tuesday")
    start, end = T(2026, 3, 7, 10, 0, wd="Saturday"), T(2026, 3, 7, 13, 0)
    tb, turl = teams_block("c13")
    body = f"""When: {when_outlook(start, end, WIN_LABEL['GMT Standard Time'])}.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

A Oral Examiner, a chara,

Thank you for accepting your contract as an Oral Examiner for Leaving Certificate Irish 2026. Attendance at this briefing is mandatory for all examiners before the oral examination period (30 March - 8 April).

The briefing will cover:
 - conducting the candidate interview (an Comhrá) and the picture sequence (Sraith Pictiúr)
 - applying the marking scheme, with sample recordings
 - recording equipment, uploads and the examiner claim form

You will be paid a briefing fee in line with the 2026 rates for examiners. Please join 10 minutes early so we can check your audio.

Le dea-mhéin,
Clíona Moloney
Examiner Support Unit
State Examinations Board

{tb}"""
    ical = exchange_ics(method="REQUEST", seed="c13", tzid="GMT Standard Time", start=start, end=end,
                        organizer=org, attendees=[(UNAME, USER)],
                        summary="Oral Examiner Briefing - Leaving Certificate Irish 2026 (Session B)",
                        description=body, location="Microsoft Teams Meeting", seq=0, dtstamp=sent, teams_url=turl)
    head = inbound(T(2026, 2, 17, 10, 22, 49), "mail-dub1eur01on2120.outbound.protection.outlook.com",
                   "40.107.13.120", org[1]) + outlook_head(
        frm=addr(*org), to=[addr(UNAME, USER)], date=sent, msgid=outlook_msgid("c13", "DU0PR01MB"),
        subject="Oral Examiner Briefing - Leaving Certificate Irish 2026 (Session B)", calendar=True)
    e = exchange_email(head=head, plain=body, ics_text=ical, boundary="_000_DU0PR01MB9931C13_")
    lab = label([], "hard", "negative/exam-board-briefing",
                "Teams invite to a mandatory oral-examiner briefing for an exam contract she already holds; the "
                "'candidate interview' is the student's oral exam that she will conduct.")
    return {"01-oral-examiner-briefing-invite.eml": e}, lab


# --------------------------------------------------------------------- 14 (positive)
@case("b217-14-job-board-relay-then-direct-confirmation")
def c14():
    sch = "sahrameadows.example"
    hr = ("Leila Mansour", f"leila.mansour@{sch}")
    hos = ("Farah Siddiqui", f"farah.siddiqui@{sch}")
    start, end = T(2026, 11, 9, 15, 0, tz=DXB, wd="Monday"), T(2026, 11, 9, 15, 45, tz=DXB)
    assert start.astimezone(DUB).strftime("%H:%M") == "11:00"
    sent1 = T(2026, 10, 21, 8, 30, 12, tz=UTC, wd="Wednesday")
    msg = """Dear Clodagh,

Thank you for applying for our Teacher of Mathematics (Secondary) vacancy. We'd like to invite you to an online interview on Monday 9 November at 3pm UAE time (11am in Ireland) with our Head of Secondary and our Head of Mathematics.

Could you reply to confirm this suits? I'll then send the link and the details from my school email.

Kind regards,
Leila Mansour
HR Manager, Sahra Meadows British School"""
    plain1 = f"""TeachGlobal

Leila Mansour, HR Manager at Sahra Meadows British School, sent you a message about:
Teacher of Mathematics (Secondary) - Dubai, UAE - Start August 2027

-----
{msg}
-----

Reply to this message by replying to this email or on TeachGlobal:
https://www.teachglobal.example/messages/thread/5520917

For your safety, keep conversations on TeachGlobal until you are sure of the school's identity.
You're receiving this because you applied for a job through TeachGlobal. Manage notifications: https://www.teachglobal.example/account/notifications
"""
    head1 = inbound(T(2026, 10, 21, 8, 30, 15, tz=UTC), "o12.mail.teachglobal.example", "198.51.100.77",
                    "bounces+5520917@mail.teachglobal.example") + [
        ("From", addr("Leila Mansour via TeachGlobal", "messages@teachglobal.example")),
        ("Reply-To", "reply+m7k2q9x4b1@relay.teachglobal.example"), ("To", USER),
        ("Subject", "New message from Sahra Meadows British School about your application"),
        ("Date", rfc(sent1)), ("Message-ID", "<msg.5520917.1.20261021083012@mail.teachglobal.example>"),
        ("List-Unsubscribe", "<https://www.teachglobal.example/account/notifications>")]
    e1 = message(head1, multi("alternative", "tg-5520917-alt", [
        leaf('text/plain; charset="utf-8"', plain1),
        leaf('text/html; charset="utf-8"', text_to_html(plain1, "Helvetica, Arial", "14px"))]))

    sent2 = T(2026, 10, 22, 9, 47, 31, tz=DXB, wd="Thursday")
    zurl = f"https://us02web.zoom.us/j/89014452260?pwd={hx('c14pwd', 30)}"
    body2 = f"""Dear Clodagh,

Thank you for confirming through TeachGlobal. I'm now writing from my school email with the details of your interview:

Date: Monday 9 November 2026
Time: 15:00 - 15:45 UAE time (GST) / 11:00 - 11:45 Ireland
Zoom: {zurl}
Meeting ID: 890 1445 2260, Passcode: SMBS26

Panel:
 - Ms Farah Siddiqui, Head of Secondary (copied)
 - Mr Tom Aldridge, Head of Mathematics

Tom may ask you to walk us through how you would introduce differentiation from first principles to a Year 12 group. Please also have your passport to hand for a quick identity check at the start, as part of our safer recruitment procedures.

Kind regards,
Leila

Leila Mansour
HR Manager
Sahra Meadows British School, Dubai
"""
    head2 = inbound(T(2026, 10, 22, 9, 47, 36, tz=DXB), "mail-ed1-f44.google.com", "209.85.208.44", hr[1]) + [
        ("MIME-Version", "1.0"), ("Date", rfc(sent2)),
        ("Message-ID", "<CAF3nQ8rVb2Lk9Xe0sT4hW7dPq1yGm6cZa5oRj3u-c14@mail.gmail.com>"),
        ("Subject", "Interview confirmation - Teacher of Mathematics - Monday 9 November"),
        ("From", addr(*hr)), ("To", addr(UNAME, USER)), ("Cc", addr(*hos))]
    e2 = hdrs(head2) + multi("alternative", "0000000000009e41c14f0a77", [
        leaf('text/plain; charset="UTF-8"', body2, "base64"),
        leaf('text/html; charset="UTF-8"', gmail_html(body2), "quoted-printable")])
    lab = label([iv("Sahra Meadows British School", "Teacher of Mathematics (Secondary)", start, end, "onsite",
                    [hos[1]], [hos[1]])],
                "medium", "positive/job-board-relay-dedupe",
                "Job-board relay message (relay Reply-To) then the HR manager's direct confirmation: one interview. "
                "15:00 GST = 11:00 GMT. Two-person panel, only the Head of Secondary's address appears.")
    return {"01-teachglobal-relay-message.eml": e1, "02-direct-interview-confirmation.eml": e2}, lab


# --------------------------------------------------------------------- 15 (negative)
@case("b217-15-teaching-fair-general-admission-only")
def c15():
    sent = T(2026, 1, 20, 19, 3, 51, wd="Tuesday")
    start, end = T(2026, 2, 14, 10, 0, wd="Saturday"), T(2026, 2, 14, 15, 0)
    order = "13977410562"
    plain = f"""You're going to Teach in the Gulf - Careers Fair Dublin!

Order #{order} - 20 January 2026

Teach in the Gulf - Careers Fair Dublin
Saturday, 14 February 2026 from 10:00 to 15:00 (GMT)
The Liffey Suite, Grand Canal Quay Hotel, Dublin 2

1 x General Admission - FREE

Schools from the UAE, Qatar, Kuwait and Oman will be recruiting for August 2026. Bring printed copies of your CV and your degree certificates - many schools interview on the spot, and some make offers on the day!

Seminars: 11:00 "Salary packages explained", 13:00 "Acing your international school interview".

Your ticket: https://www.eventbrite.ie/mytickets/{order}

Organised by Gulf Teaching Careers
"""
    head = inbound(T(2026, 1, 20, 19, 3, 55), "o7.ptr3310.order.eventbrite.com", "149.72.40.22",
                   "bounces+7720@em.order.eventbrite.com") + [
        ("From", addr("Eventbrite", "noreply@order.eventbrite.com")), ("To", USER),
        ("Reply-To", addr("Gulf Teaching Careers", "hello@gulfteachingcareers.example")),
        ("Subject", "Your tickets for Teach in the Gulf - Careers Fair Dublin"),
        ("Date", rfc(sent)), ("Message-ID", f"<order-{order}.20260120190351@order.eventbrite.com>")]
    e = message(head, multi("alternative", "===============c15a1==", [
        leaf('text/plain; charset="utf-8"', plain),
        leaf('text/html; charset="utf-8"', text_to_html(plain, "Helvetica, Arial"))]))
    ical = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                "METHOD:PUBLISH"] + VTZ["GMT Standard Time"] + [
        "BEGIN:VEVENT", f"UID:eventbrite-{order}-20260214@example.com", f"DTSTAMP:{ics_utc(sent)}",
        f"DTSTART;TZID=GMT Standard Time:{ics_local(start)}", f"DTEND;TZID=GMT Standard Time:{ics_local(end)}",
        "SUMMARY:Teach in the Gulf - Careers Fair Dublin (General Admission)",
        "LOCATION:The Liffey Suite\\, Grand Canal Quay Hotel\\, Dublin 2",
        "DESCRIPTION:" + esc(f"Ticket order #{order}. Bring CVs - schools may interview on the spot."),
        f"ORGANIZER;CN={UNAME}:mailto:{USER}",
        f"ATTENDEE;CN={UNAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{USER}",
        "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    lab = label([], "hard", "negative/career-fair-ticket",
                "General-admission ticket to a teaching careers fair plus her own calendar entry; 'schools interview "
                "on the spot' but no interview is booked.")
    return {"01-eventbrite-ticket.eml": e, "02-careers-fair-calendar-entry.ics": ical}, lab


# --------------------------------------------------------------------- 16 (positive)
@case("b217-16-school-group-screening-call-tomorrow")
def c16():
    dom = "falconcrest-schools.example"
    rec = ("Sinéad Rooney", f"sinead.rooney@{dom}")
    sent1 = T(2026, 9, 14, 10, 5, 44, tz=DXB, wd="Monday")
    sent2 = T(2026, 9, 15, 14, 20, 9, tz=DXB, wd="Tuesday")
    start, end = T(2026, 9, 16, 16, 30, wd="Wednesday"), T(2026, 9, 16, 16, 50)
    assert (sent2.astimezone(DUB).date() - start.date()).days == -1
    assert start.astimezone(DXB).strftime("%H:%M") == "19:30"
    sig = """Sinéad Rooney
Talent Acquisition Partner - Teaching
Falconcrest Schools Group | Dubai Knowledge Park, Dubai, UAE
M: +971 50 555 0193"""
    subject = "Falconcrest Schools - Maths teacher roles in Dubai"
    body1 = f"""Hi Clodagh,

I hope the new school year is off to a good start! I'm a Talent Acquisition Partner with Falconcrest Schools Group - we run eleven British-curriculum schools across Dubai and Abu Dhabi.

I came across your profile on TeachGlobal and we have Maths Teacher vacancies (KS3 to A Level) at two of our Dubai schools for August 2027. Would you be free for a 20-minute introductory screening call with me this week? I'm around most afternoons Irish time.

Best wishes,
{sig}
"""
    m1 = outlook_msgid("c16-1", "AM8PR10MB")
    head1 = inbound(T(2026, 9, 14, 10, 5, 48, tz=DXB), "mail-am8eur10on2055.outbound.protection.outlook.com",
                    "40.107.14.55", rec[1]) + outlook_head(frm=addr(*rec), to=[addr(UNAME, USER)], date=sent1,
                                                           msgid=m1, subject=subject)
    e1 = message(head1, multi("alternative", "_000_AM8PR10MB5520C16A_", [
        leaf('text/plain; charset="utf-8"', body1), leaf('text/html; charset="utf-8"', text_to_html(body1))]))
    reply_id = "<b7e0c3d2-18f4-4a6b-9d5e-c16f0a2b3e4d@example.com>"
    body2 = f"""Hi Clodagh,

Perfect - let's say tomorrow at 4.30pm your time (7.30pm here in Dubai). I'll ring you on the mobile number on your application. It'll be about 20 minutes: a bit about the schools and the package, your timeline, and a couple of questions about your teaching.

If anything changes, just reply here.

Speak tomorrow,
{sig}

________________________________
From: Clodagh Nevin <{USER}>
Sent: Monday, September 14, 2026 9:41 PM
To: Sinéad Rooney <{rec[1]}>
Subject: Re: {subject}

Hi Sinéad,

Thanks for getting in touch - yes, I'd be interested. I'm teaching until 4pm every day, but any time after 4.15 Irish time works for me on Wednesday or Thursday.

Clodagh
"""
    head2 = inbound(T(2026, 9, 15, 14, 20, 13, tz=DXB), "mail-am8eur10on2055.outbound.protection.outlook.com",
                    "40.107.14.55", rec[1]) + outlook_head(
        frm=addr(*rec), to=[addr(UNAME, USER)], date=sent2, msgid=outlook_msgid("c16-2", "AM8PR10MB"),
        subject="RE: " + subject, topic=subject, in_reply_to=reply_id, references=f"{m1} {reply_id}")
    e2 = message(head2, multi("alternative", "_000_AM8PR10MB5520C16B_", [
        leaf('text/plain; charset="utf-8"', body2), leaf('text/html; charset="utf-8"', text_to_html(body2))]))
    lab = label([iv("Falconcrest Schools Group", "Maths Teacher", start, end, "phone_screen", [rec[1]], [rec[1]])],
                "hard", "positive/relative-date-phone-screen",
                "'Tomorrow at 4.30pm your time' in a message dated Tue 15 Sep 14:20 +04:00 (11:20 in Dublin) = Wed "
                "16 Sep 16:30 IST (19:30 GST); about 20 minutes. The group's recruiter conducts the screen.")
    return {"01-recruiter-intro.eml": e1, "02-re-call-tomorrow.eml": e2}, lab


# --------------------------------------------------------------------- 17 (negative)
@case("b217-17-portal-shortlist-pick-a-slot")
def c17():
    sent1 = T(2026, 5, 4, 22, 17, 5, wd="Monday")
    T(2026, 5, 21, wd="Thursday")
    T(2026, 5, 22, wd="Friday")
    T(2026, 5, 15, wd="Friday")
    plain1 = """SchoolPosts

Application submitted

Hi Clodagh,

Your application has been sent to Knockmeenagh Community School.

Post: Teacher of Mathematics (Contract of Indefinite Duration, full hours)
Closing date: Friday 8 May 2026, 12 noon
Reference: KMCS-2026-MA

Shortlisting will take place after the closing date. Interviews for this post are expected to take place on Thursday 21 May 2026. Only shortlisted candidates will be contacted.

Good luck!
The SchoolPosts team
You can view your applications at https://www.schoolposts.example/my-applications
"""
    head1 = inbound(T(2026, 5, 4, 22, 17, 9), "mta2.schoolposts.example", "192.0.2.140", "bounce@schoolposts.example") + [
        ("From", addr("SchoolPosts", "noreply@schoolposts.example")), ("To", USER),
        ("Subject", "Application submitted - Teacher of Mathematics - Knockmeenagh Community School"),
        ("Date", rfc(sent1)), ("Message-ID", "<app.KMCS-2026-MA.88412@schoolposts.example>")]
    e1 = message(head1, multi("alternative", "sp-c17-a", [
        leaf('text/plain; charset="utf-8"', plain1), leaf('text/html; charset="utf-8"', text_to_html(plain1, "Arial"))]))

    pri = ("Aidan Roche", "aroche@knockmeenaghcs.example")
    sent2 = T(2026, 5, 11, 15, 40, 26, wd="Monday")
    body2 = f"""Dear Clodagh,

I am pleased to let you know that you have been shortlisted for interview for the post of Teacher of Mathematics (CID, full hours).

Interviews will be held in the school on Thursday 21 May and Friday 22 May 2026. Please choose a time slot using the link below by 4pm on Friday 15 May; slots are allocated on a first-come basis:

https://www.schoolposts.example/interview-slots/KMCS-2026-MA/{hx('c17slot', 24)}

Each interview will last about 25 minutes and there is no demonstration lesson for this post. Once you have chosen a slot you will receive a confirmation by email.

Yours sincerely,

Aidan Roche
Principal
Knockmeenagh Community School
"""
    head2 = inbound(T(2026, 5, 11, 15, 40, 30), "mail-db5eur03on2118.outbound.protection.outlook.com",
                    "40.107.4.118", pri[1]) + outlook_head(
        frm=addr(*pri), to=[addr(UNAME, USER)], date=sent2, msgid=outlook_msgid("c17", "DB5PR03MB"),
        subject="Shortlisted for interview - Teacher of Mathematics - please choose a time")
    e2 = message(head2, multi("alternative", "_000_DB5PR03MB4410C17_", [
        leaf('text/plain; charset="utf-8"', body2), leaf('text/html; charset="utf-8"', text_to_html(body2))]))
    lab = label([], "hard", "negative/availability-request-unbooked-slot",
                "Portal application receipt naming the expected interview date, then a shortlisting mail asking her "
                "to pick a slot over two days. No slot is booked in the mailbox.")
    return {"01-application-submitted.eml": e1, "02-shortlisted-choose-a-slot.eml": e2}, lab


# --------------------------------------------------------------------- 18 (positive)
@case("b217-18-standalone-ics-gmt-standard-time-in-may")
def c18():
    sch = "drumclifferoad.example"
    pri = ("Brendan Hegarty", f"bhegarty@{sch}")
    dep = ("Lorraine Cusack", f"lcusack@{sch}")
    start, end = T(2026, 5, 22, 9, 30, wd="Friday"), T(2026, 5, 22, 10, 30)
    assert start.utcoffset().total_seconds() == 3600
    desc = f"""When: {when_outlook(start, end, WIN_LABEL['GMT Standard Time'])}.
Where: Drumcliffe Road College, Room M4 then Principal's Office

*~*~*~*~*~*~*~*~*~*

Dear Clodagh,

As discussed on the phone, this is the time for your interview for the post of Teacher of Mathematics with Physics.

09:30  Demonstration lesson, 35 minutes, 1st Year Mathematics (Room M4) - topic of your choice from Strand 3 (Number)
10:05  Interview with the Selection Board (Principal's Office), ending by 10:30

The Selection Board: Mr Brendan Hegarty (Principal), Ms Lorraine Cusack (Deputy Principal) and Mr Joe Tierney (Board of Management nominee).

Brendan Hegarty
Principal, Drumcliffe Road College
"""
    ical = exchange_ics(method="REQUEST", seed="c18", tzid="GMT Standard Time", start=start, end=end,
                        organizer=pri, attendees=[(UNAME, USER), dep],
                        summary="Interview & demonstration lesson - Teacher of Mathematics with Physics - C. Nevin",
                        description=desc, location="Drumcliffe Road College", seq=0,
                        dtstamp=T(2026, 5, 15, 14, 8, 0), busy="BUSY")
    lab = label([iv("Drumcliffe Road College", "Teacher of Mathematics with Physics", start, end, "onsite",
                    [pri[1], dep[1]], [pri[1], dep[1]])],
                "medium", "positive/standalone-ics-windows-tzid",
                "Standalone Exchange .ics with TZID 'GMT Standard Time' and an '(UTC+00:00)' label; in May this is "
                "IST (+01:00). Demonstration lesson + board in one event = one onsite; the BOM nominee has no address.")
    return {"01-interview-drumcliffe-road.ics": ical}, lab


# --------------------------------------------------------------------- 19 (negative)
@case("b217-19-not-successful-placed-on-panel")
def c19():
    pri = ("Martin Coyle", "mcoyle@seafieldcollege.example")
    sent = T(2026, 5, 15, 17, 2, 40, wd="Friday")
    T(2026, 5, 13, wd="Wednesday")
    body = """Dear Clodagh,

Thank you for attending for interview on Wednesday 13 May 2026 at 2.40pm for the post of Teacher of Mathematics, and for the demonstration lesson you taught to 1st Year beforehand, which the class enjoyed.

The Board of Management has now completed the selection process. I regret to inform you that you were not the successful candidate on this occasion. However, the Selection Board placed you second on the panel for this post, and the panel will remain in place for twelve months.

Should a further vacancy in Mathematics arise in that period, you may be offered the post without a further interview, or invited to attend for a short interview at that time.

If you would like feedback, you are welcome to contact me.

With every good wish,

Martin Coyle
Principal
Seafield College, Seafield Road, Dublin 3
"""
    head = inbound(T(2026, 5, 15, 17, 2, 44), "mail-he1eur04on2061.outbound.protection.outlook.com",
                   "40.107.7.61", pri[1]) + outlook_head(
        frm=addr(*pri), to=[addr(UNAME, USER)], date=sent, msgid=outlook_msgid("c19", "HE1PR04MB"),
        subject="Teacher of Mathematics - outcome of interview")
    e = message(head, multi("alternative", "_000_HE1PR04MB3018C19_", [
        leaf('text/plain; charset="utf-8"', body), leaf('text/html; charset="utf-8"', text_to_html(body))]))
    lab = label([], "medium", "negative/rejection-panel-placement",
                "Outcome letter after an interview that already took place (date and time quoted); placed second on "
                "the panel. No upcoming interview.")
    return {"01-outcome-of-interview.eml": e}, lab


# --------------------------------------------------------------------- 20 (positive)
@case("b217-20-gaelcholaiste-invite-forwarded-from-old-account")
def c20():
    sch = "gaelcholaisteanchnoic.example"
    sec = ("Máire Ní Bhriain", f"mnibhriain@{sch}")
    pri = ("Seán Mac Giolla Phádraig", f"smacgp@{sch}")
    old = "cnevin87@eircom.example"
    orig_sent = T(2026, 5, 27, 14, 2, 18, wd="Wednesday")
    fwd_sent = T(2026, 5, 27, 21, 14, 3)
    start, end = T(2026, 6, 9, 15, 0, wd="Tuesday"), T(2026, 6, 9, 16, 15)
    orig = f"""A Chlodagh, a chara,

Tá áthas orm cuireadh a thabhairt duit chuig agallamh don phost Múinteoir Matamaitice (buan, lánaimseartha) i nGaelcholáiste an Chnoic.

Dáta: Dé Máirt, 9 Meitheamh 2026
15:00 - 15:30  Ceacht taispeántais (Rang 2, Seomra 14)
15:45 - 16:15  Agallamh leis an mBord Roghnúcháin

Beidh ar an mBord: An Príomhoide, Seán Mac Giolla Phádraig; an Leas-Phríomhoide, Éadaoin Nic Aodha; agus ionadaí an Bhoird Bainistíochta, Colm Ó Ruairc.

---

Dear Clodagh,

I am pleased to invite you to interview for the post of Mathematics Teacher (permanent, full-time) in Gaelcholáiste an Chnoic.

Date: Tuesday 9 June 2026
3.00 - 3.30pm  Demonstration lesson, to be taught through Irish (2nd Year, Room 14)
3.45 - 4.15pm  Interview with the Selection Board

The Board: the Principal, Seán Mac Giolla Phádraig; the Deputy Principal, Éadaoin Nic Aodha; and the Board of Management nominee, Colm Ó Ruairc.

Cuir in iúl dom, le do thoil, an mbeidh tú ar fáil. / Please let me know whether you will be available.

Le meas,
Máire Ní Bhriain
Rúnaí na Scoile / School Secretary
Gaelcholáiste an Chnoic, Bóthar an Chnoic, Baile Átha Cliath 24
"""
    body = f"""Forwarding to my main account.

---------- Forwarded message ---------
From: {sec[0]} <{sec[1]}>
Date: Wed, 27 May 2026 at 14:02
Subject: Cuireadh chuig agallamh / Invitation to interview - Múinteoir Matamaitice
To: <{old}>
Cc: {pri[0]} <{pri[1]}>


{orig}"""
    head = inbound(T(2026, 5, 27, 21, 14, 8), "smtp.eircom.example", "203.0.113.9", old) + [
        ("From", addr(UNAME, old)), ("To", USER), ("Date", rfc(fwd_sent)),
        ("Subject", subj("Fwd: Cuireadh chuig agallamh / Invitation to interview - Múinteoir Matamaitice")),
        ("Message-ID", "<20260527201403.7f2a9c@webmail.eircom.example>"),
        ("References", "<AM0PR09MB5521E0C2A7@AM0PR09MB5521.eurprd09.prod.outlook.com>"),
        ("User-Agent", "Roundcube Webmail/1.6.9")]
    e = message(head, multi("alternative", "=_c20f0a1b2c3d4e5f", [
        leaf("text/plain; charset=UTF-8; format=flowed", body),
        leaf("text/html; charset=UTF-8", text_to_html(body, "Verdana, Geneva, sans-serif", "10pt"))]))
    lab = label([iv("Gaelcholáiste an Chnoic", "Mathematics Teacher", start, end, "onsite", [pri[1]], [pri[1]])],
                "hard", "positive/forwarded-bilingual-irish",
                "Bilingual Irish/English invitation forwarded by the owner from an old address. Demonstration lesson "
                "15:00-15:30 + board 15:45-16:15 same afternoon = one onsite 15:00-16:15 IST. Only the principal's "
                "address (Cc) is known; the secretary only schedules.")
    return {"01-fwd-cuireadh-chuig-agallamh.eml": e}, lab


# --------------------------------------------------------------------- 21 (negative)
@case("b217-21-one-way-video-interview-deadline")
def c21():
    sent = T(2026, 10, 11, 6, 15, 33, tz=UTC, wd="Sunday")
    deadline = T(2026, 10, 18, 23, 59, tz=DXB, wd="Sunday")
    rs, re_ = T(2026, 10, 18, 18, 0, tz=DXB), T(2026, 10, 18, 18, 30, tz=DXB)
    link = f"https://app.vidscreen.example/i/{hx('c21', 20)}"
    plain = f"""Hi Clodagh,

Qamar Schools Network has invited you to complete a video interview for:
Secondary Mathematics Teacher - Dubai (August 2027)

How it works
- 5 questions, shown one at a time
- 30 seconds to prepare and up to 2 minutes to record each answer
- There is no live interviewer: the school's recruitment team reviews your recordings afterwards

Please complete your video interview by Sunday 18 October 2026, 23:59 (Gulf Standard Time).

Start your interview: {link}

We've attached a calendar reminder so you can block out 30 minutes. You can practise with a sample question before you begin.

Good luck!
Qamar Schools Network Recruitment, via VidScreen
This is an automated message; replies are not monitored.
"""
    ical = ics(["BEGIN:VCALENDAR", "PRODID:-//VidScreen//Reminders 2.1//EN", "VERSION:2.0", "METHOD:PUBLISH",
                "BEGIN:VEVENT", f"UID:reminder-{hx('c21uid', 16)}@vidscreen.example", f"DTSTAMP:{ics_utc(sent)}",
                f"DTSTART:{ics_utc(rs)}", f"DTEND:{ics_utc(re_)}",
                "SUMMARY:Video interview - Qamar Schools Network (complete by 18 Oct 23:59 GST)",
                "DESCRIPTION:" + esc(f"One-way video interview, no live interviewer. Start here: {link}"),
                f"URL:{link}", "END:VEVENT", "END:VCALENDAR"])
    head = inbound(T(2026, 10, 11, 6, 15, 37, tz=UTC), "out-4.mta.vidscreen.example", "198.51.100.190",
                   "bounces@vidscreen.example") + [
        ("From", addr("Qamar Schools Network via VidScreen", "no-reply@vidscreen.example")), ("To", USER),
        ("Subject", "Action required: complete your video interview - Secondary Mathematics Teacher"),
        ("Date", rfc(sent)), ("Message-ID", f"<inv.{hx('c21mid', 18)}@vidscreen.example>")]
    e = message(head, multi("mixed", "vs-c21-mixed", [
        multi("alternative", "vs-c21-alt", [leaf('text/plain; charset="utf-8"', plain),
                                             leaf('text/html; charset="utf-8"', text_to_html(plain, "Arial"))]),
        leaf('text/calendar; charset="utf-8"; name="video-interview-reminder.ics"', ical, "base64",
             [("Content-Disposition", 'attachment; filename="video-interview-reminder.ics"')])]))
    assert deadline > re_
    lab = label([], "medium", "negative/one-way-video-interview",
                "Asynchronous one-way video interview with a deadline and a calendar reminder; no live conversation.")
    return {"01-complete-your-video-interview.eml": e}, lab


# --------------------------------------------------------------------- 22 (positive)
@case("b217-22-fernhill-teams-panel-tuesday-week")
def c22():
    sch = "fernhillss.example"
    pri = ("Orla Dempsey", f"odempsey@{sch}")
    dep = ("Kieran Shaw", f"kshaw@{sch}")
    sent1 = T(2026, 1, 30, 13, 22, 10, wd="Friday")
    start, end = T(2026, 2, 10, 16, 0, wd="Tuesday"), T(2026, 2, 10, 16, 30)
    assert start.utcoffset().total_seconds() == 0
    body1 = f"""Dear Clodagh,

Thank you for applying for the fixed-term Mathematics post (maternity leave cover, March to May 2026) at Fernhill Secondary School.

Following shortlisting, I'd like to invite you to an online interview on Tuesday week, 10 February, at 4pm via Microsoft Teams. The panel will be myself, Kieran Shaw (Deputy Principal, copied) and Fr Declan Ryan from our Board of Management. It should take about 30 minutes. A Teams invitation will follow from my calendar.

We will ask you to describe how you would teach a Higher Level 5th Year group the introduction to complex numbers, so you may like to have some notes to hand.

Is mise,
Orla Dempsey
Principal
Fernhill Secondary School, Dublin 16
"""
    m1 = outlook_msgid("c22-1", "AM6PR05MB")
    head1 = inbound(T(2026, 1, 30, 13, 22, 14), "mail-am6eur05on2109.outbound.protection.outlook.com",
                    "40.107.22.109", pri[1]) + outlook_head(
        frm=addr(*pri), to=[addr(UNAME, USER)], cc=[addr(*dep)], date=sent1, msgid=m1,
        subject="Interview - Fixed-term Maths post (March-May 2026)")
    e1 = message(head1, multi("alternative", "_000_AM6PR05MB7160C22A_", [
        leaf('text/plain; charset="utf-8"', body1), leaf('text/html; charset="utf-8"', text_to_html(body1))]))
    sent2 = T(2026, 1, 30, 13, 26, 47)
    tb, turl = teams_block("c22")
    body2 = f"""When: {when_outlook(start, end, WIN_LABEL['GMT Standard Time'])}.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Interview for the fixed-term Mathematics post (maternity leave cover). Panel: O. Dempsey, K. Shaw, Fr D. Ryan.

{tb}"""
    ical = exchange_ics(method="REQUEST", seed="c22", tzid="GMT Standard Time", start=start, end=end,
                        organizer=pri, attendees=[(UNAME, USER), dep],
                        summary="Interview: Clodagh Nevin - Maths (maternity cover)",
                        description=body2, location="Microsoft Teams Meeting", seq=0, dtstamp=sent2, teams_url=turl)
    head2 = inbound(T(2026, 1, 30, 13, 26, 51), "mail-am6eur05on2109.outbound.protection.outlook.com",
                    "40.107.22.109", pri[1]) + outlook_head(
        frm=addr(*pri), to=[addr(UNAME, USER), addr(*dep)], date=sent2, msgid=outlook_msgid("c22-2", "AM6PR05MB"),
        subject="Interview: Clodagh Nevin - Maths (maternity cover)", calendar=True)
    e2 = exchange_email(head=head2, plain=body2, ics_text=ical, boundary="_000_AM6PR05MB7160C22B_")
    lab = label([iv("Fernhill Secondary School", "Mathematics teacher (maternity leave cover)", start, end, "onsite",
                    [pri[1], dep[1]], [pri[1], dep[1]])],
                "medium", "positive/email-plus-teams-dedupe",
                "Principal's e-mail ('Tuesday week, 10 February, at 4pm') plus her Teams invite = one interview, "
                "16:00 GMT. Principal organizes and sits on the panel; the BOM member has no address.")
    return {"01-invitation-online-interview.eml": e1, "02-teams-invite.eml": e2}, lab


# ============================================================================= main
def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith(PREFIX) and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for i, (slug, fn) in enumerate(CASES, 1):
        assert slug.startswith(f"{PREFIX}{i:02d}-"), slug
        files, lab = fn()
        d = os.path.join(HERE, slug)
        os.makedirs(d)
        for fname, content in sorted(files.items()):
            assert fname[:3] == f"{fname[:2]}-" and fname[:2].isdigit(), fname
            if fname.endswith(".eml"):
                content.encode("ascii")          # every non-ASCII byte must be MIME-encoded
            with open(os.path.join(d, fname), "w", encoding="utf-8", newline="") as f:
                f.write(content)
        labels[slug] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Labels for blind217 (written blind). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    pos = sum(1 for v in labels.values() if v["interview"])
    ivs = [x for v in labels.values() for x in v["interviews"]]
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews "
          f"({sum(x['status'] == 'scheduled' for x in ivs)} scheduled, {sum(x['status'] == 'cancelled' for x in ivs)} cancelled)")


if __name__ == "__main__":
    main()
