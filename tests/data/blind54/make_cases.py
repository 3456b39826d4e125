#!/usr/bin/env python3
"""Deterministic generator for the blind54 interview-detection set.

Theme: a junior New York associate moving to Hong Kong / Singapore, working with
legal recruiters and in-house legal teams. All people, firms and domains are invented.

Run:  python make_cases.py   (rewrites every b54-* folder and labels.yaml next to this file)
Only stdlib + PyYAML + zoneinfo.
"""
import base64
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
HK = "Asia/Hong_Kong"
SG = "Asia/Singapore"
NY = "America/New_York"
LA = "America/Los_Angeles"

OWNER = "nadia.castellanos@mail.example"
OWNER_NAME = "Nadia Castellanos"
OWNER_HDR = f"{OWNER_NAME} <{OWNER}>"
WORK = "ncastellanos@brightwaterhollis.example"


def T(tz, y, mo, d, h=0, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=ZoneInfo(tz))


def z(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def iso(dt):
    return dt.isoformat() if dt is not None else None


def hid(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


def fmt12(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


# ---------------------------------------------------------------- iCalendar
def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, limit = [], "", 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur, limit = " " + ch, 75
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


WINTZ = {
    "China Standard Time": ("+0800", "+0800", None),
    "Singapore Standard Time": ("+0800", "+0800", None),
    "Eastern Standard Time": ("-0500", "-0400", ("2SU", "3", "1SU", "11")),
    "Pacific Standard Time": ("-0800", "-0700", ("2SU", "3", "1SU", "11")),
}
WINDISPLAY = {
    "China Standard Time": "(UTC+08:00) Beijing, Chongqing, Hong Kong, Urumqi",
    "Singapore Standard Time": "(UTC+08:00) Kuala Lumpur, Singapore",
    "Eastern Standard Time": "(UTC-05:00) Eastern Time (US & Canada)",
}


def vtimezone(name):
    std, dst, rule = WINTZ[name]
    if rule is None:
        return ["BEGIN:VTIMEZONE", f"TZID:{name}", "BEGIN:STANDARD", "DTSTART:16010101T000000",
                f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{std}", "END:STANDARD", "BEGIN:DAYLIGHT",
                "DTSTART:16010101T000000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{std}", "END:DAYLIGHT",
                "END:VTIMEZONE"]
    dday, dmon, sday, smon = rule
    return ["BEGIN:VTIMEZONE", f"TZID:{name}", "BEGIN:STANDARD", "DTSTART:16010101T020000",
            f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
            f"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY={sday};BYMONTH={smon}", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
            f"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY={dday};BYMONTH={dmon}", "END:DAYLIGHT",
            "END:VTIMEZONE"]


def calendar(lines_in_event, method="REQUEST", prodid="-//blind54//EN", tzs=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        lines.insert(1, f"METHOD:{method}")
    for t in tzs:
        lines += vtimezone(t)
    lines += ["BEGIN:VEVENT"] + lines_in_event + ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT"):
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{email}"


# ---------------------------------------------------------------- e-mail
def new_msg(date, frm, to, subject, *, cc=None, reply_to=None, msgid=None, in_reply_to=None,
            references=None, extra=(), delivered=OWNER, sender=None):
    m = EmailMessage()
    m["Delivered-To"] = delivered
    m["Return-Path"] = "<" + (sender or frm).split("<")[-1].rstrip(">") + ">"
    m["Date"] = format_datetime(date)
    m["From"] = frm
    if sender:
        m["Sender"] = sender
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    dom = frm.split("@")[-1].rstrip(">")
    m["Message-ID"] = msgid or f"<{hid(date, subject, frm)[:24]}@{dom}>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in extra:
        m[k] = v
    return m


def html_of(text):
    import html as _h
    paras = [p for p in text.split("\n\n")]
    body = "".join("<p>" + _h.escape(p).replace("\n", "<br>") + "</p>\n" for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + body +
            "</div></body></html>\n")


def plain_mail(m, text, cte="quoted-printable", html=True):
    m.set_content(text, cte=cte)
    if html:
        m.add_alternative(html_of(text), subtype="html", cte="quoted-printable")
    return m


def exchange_invite(*, date, organizer, to, subject, wintz, start, end, body, location, uid,
                    attendees, seq=0, method="REQUEST", cc=None, delivered=OWNER, extra_props=()):
    """Outlook/Exchange style invite: multipart/alternative text, html, text/calendar (base64)."""
    s_local = start.astimezone(ZoneInfo(ZONE_OF_WIN[wintz]))
    e_local = end.astimezone(ZoneInfo(ZONE_OF_WIN[wintz]))
    when = (f"When: {s_local:%A}, {s_local:%B} {s_local.day}, {s_local.year} {fmt12(s_local)}-"
            f"{fmt12(e_local)} {WINDISPLAY[wintz]}.")
    text = f"{when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}"
    cancel = method == "CANCEL"
    m = new_msg(date.astimezone(UTC), f"{organizer[0]} <{organizer[1]}>", to, subject, cc=cc,
                delivered=delivered,
                msgid=f"<{hid(uid, seq, method)[:32].upper()}@SG2PR04MB{hid(uid)[:4].upper()}.apcprd04.prod.outlook.example>",
                extra=[("Thread-Topic", subject.replace("Canceled: ", "").replace("Updated: ", "")),
                       ("Accept-Language", "en-US")])
    ev = [f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    ev += [attendee(n, e) for n, e in attendees]
    ev += [f"DESCRIPTION;LANGUAGE=en-US:{esc(text)}",
           f"UID:{uid}",
           f"SUMMARY;LANGUAGE=en-US:{esc(subject.replace('Canceled: ', '').replace('Updated: ', ''))}",
           f"DTSTART;TZID={wintz}:{loc(s_local)}",
           f"DTEND;TZID={wintz}:{loc(e_local)}",
           "CLASS:PUBLIC", "PRIORITY:5" if not cancel else "PRIORITY:1",
           f"DTSTAMP:{z(date)}", "TRANSP:OPAQUE",
           f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", f"SEQUENCE:{seq}",
           f"LOCATION;LANGUAGE=en-US:{esc(location)}",
           f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
           f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
           "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if cancel else "BUSY"),
           "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
           "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
           "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    ev += list(extra_props)
    if not cancel:
        ev += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
               "ACTION:DISPLAY", "END:VALARM"]
    ics = calendar(ev, method=method, prodid="Microsoft Exchange Server 2010", tzs=[wintz])
    m.set_content(text, cte="quoted-printable")
    m.add_alternative(html_of(text), subtype="html", cte="quoted-printable")
    m.add_alternative(ics, subtype="calendar", cte="base64", params={"method": method})
    m["Content-Language"] = "en-US"  # added after set_content, which drops Content-* headers
    m["Content-class"] = "urn:content-classes:calendarmessage"
    return m


ZONE_OF_WIN = {"China Standard Time": HK, "Singapore Standard Time": SG,
               "Eastern Standard Time": NY, "Pacific Standard Time": LA}


def entry(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients),
            "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


CASES = {}


def case(name):
    def deco(fn):
        CASES[name] = fn
        return fn
    return deco


# ====================================================================== POSITIVES
MERIDIAN_SIG = """Serena Kwok
Director | Private Practice, Hong Kong
Meridian Counsel Partners
Level 19, 8 Harbour Crescent, Central, Hong Kong
T +852 3900 1147 | M +852 9012 3318
serena.kwok@meridiancounsel.example"""


@case("b54-01-recruiter-callback-hk-across-dateline")
def c01():
    sent = T(HK, 2026, 3, 6, 10, 12, 41)
    start = T(HK, 2026, 3, 11, 9, 0)
    ny = start.astimezone(ZoneInfo(NY))
    assert (ny.day, ny.hour) == (10, 21)
    text = f"""Hi Nadia,

Lovely to speak yesterday. As promised, some news: my client, the magic-circle firm we discussed (Ashcombe Lyle - please keep the name to yourself for now), would like to meet you for a first interview for the Banking & Finance Associate role in their Hong Kong office.

Details:

  Date:  Wednesday 11 March, 9.00am Hong Kong time
         = Tuesday 10 March, 9.00pm New York (your clocks go forward on Sunday, so from then it is a 12-hour gap, not 13 - I have double-checked!)
  With:  Philippa Draycott, Partner, Banking & Finance
  Length: about 45 minutes
  Format: video (Webex); the firm's HR team will send the link the day before

Philippa is quite traditional - expect questions on the deals on your sheet, particularly the acquisition financing for the logistics client, and why Hong Kong now. Happy to do a prep chat over the weekend if helpful.

Best,
{MERIDIAN_SIG}

This e-mail is confidential. Meridian Counsel Partners Ltd is a licensed employment agency (Licence No. 12345-X)."""
    m = new_msg(sent, "Serena Kwok <serena.kwok@meridiancounsel.example>", OWNER_HDR,
                "Ashcombe Lyle HK - first interview confirmed (Wed 11 Mar HK / Tue 10 Mar NY)")
    plain_mail(m, text)
    sent2 = T(HK, 2026, 3, 9, 18, 3, 10)
    text2 = f"""Hi Nadia,

Quick one - HR have just sent me the Webex details, pasted below. Reminder that it is tomorrow evening for you (9pm Tuesday NY time / 9am Wednesday here).

  Webex: https://ashcombelyle.webex.example/meet/pdraycott
  Meeting number: 2631 884 019   Password: AL-hk26

Good luck - you'll be great.

Serena

-----Original Message-----
From: Serena Kwok
Sent: Friday, 6 March 2026 10:12
To: Nadia Castellanos
Subject: Ashcombe Lyle HK - first interview confirmed (Wed 11 Mar HK / Tue 10 Mar NY)

Hi Nadia,
Lovely to speak yesterday. As promised, some news: my client, the magic-circle firm we discussed ..."""
    m2 = new_msg(sent2, "Serena Kwok <serena.kwok@meridiancounsel.example>", OWNER_HDR,
                 "RE: Ashcombe Lyle HK - first interview confirmed (Wed 11 Mar HK / Tue 10 Mar NY)",
                 in_reply_to=m["Message-ID"])
    plain_mail(m2, text2, html=False)
    items = [("01-meridian-first-interview.eml", m), ("02-meridian-webex-details.eml", m2)]
    lab = label([entry("Ashcombe Lyle", "Banking & Finance Associate", start, start + timedelta(minutes=45),
                       "scheduled", [], ["serena.kwok@meridiancounsel.example"], "hiring_manager")],
                "medium", "positive/recruiter-email-dateline",
                "Agency recruiter confirms a partner interview; HK 09:00 Wed = NY 21:00 Tue, sent just before US DST. "
                "Partner's address never given -> follow up with the recruiter.")
    return items, lab


@case("b54-02-outlook-china-standard-time-webex")
def c02():
    sent = T(HK, 2026, 3, 12, 15, 40, 22)
    start, end = T(HK, 2026, 3, 18, 8, 30), T(HK, 2026, 3, 18, 9, 30)
    body = """Dear Nadia,

Thank you for your interest in the Associate Counsel, Global Markets Legal role. Marcus Leung-Hart (Deputy General Counsel, Markets) would like to speak with you over Webex. As you are based in New York, we have set this for 8:30am Hong Kong time, which should be 8:30pm on Tuesday 17 March for you.

I will not be joining the call; please contact me if anything changes.

Kind regards,
Cheryl Ng
Talent Acquisition Partner - Legal, Compliance & Risk
Lumen Pacific Bank Limited
28/F Lumen Pacific Tower, 1 Queensway, Admiralty, Hong Kong
Direct: +852 2188 7045

-- Do not delete or change any of the following text. --

Join Webex meeting
https://lumenpacific.webex.example/lumenpacific/j.php?MTID=m4c1f0e2b9a
Meeting number (access code): 2519 044 8817
Meeting password: Mkts0318

Join by phone
+852-3008-0000 Hong Kong Toll
+1-650-479-0000 US Toll"""
    m = exchange_invite(
        date=sent, organizer=("Cheryl Ng", "cheryl.ng@lumenpacific.example"),
        to=f"{OWNER_HDR}, Marcus Leung-Hart <marcus.leunghart@lumenpacific.example>",
        subject="Interview: Nadia Castellanos - Associate Counsel, Global Markets Legal",
        wintz="China Standard Time", start=start, end=end, body=body, location="Webex",
        uid="040000008200E00074C5B7101A82E00800000000B54A02C0D5B1DC0100000000000000001000000079C4E3",
        attendees=[(OWNER_NAME, OWNER), ("Marcus Leung-Hart", "marcus.leunghart@lumenpacific.example")])
    lab = label([entry("Lumen Pacific Bank", "Associate Counsel, Global Markets Legal", start, end, "scheduled",
                       ["marcus.leunghart@lumenpacific.example"], ["marcus.leunghart@lumenpacific.example"],
                       "hiring_manager")],
                "medium", "positive/exchange-china-standard-time",
                "Exchange invite with TZID 'China Standard Time'; coordinator explicitly not on the call.")
    return [("01-invite-lumen-pacific.eml", m)], lab


HARBOURLINE_SIG = """Daniel Foo
Associate Director, Legal Practice
Harbourline Legal Search Pte. Ltd. | EA Licence 19C0000
80 Robinson Road, #22-03, Singapore 068898
Mobile / WhatsApp: +65 9123 4410 | Office: +65 6221 0098"""


@case("b54-03-meet-the-team-bluejeans-gcal")
def c03():
    sent = T(SG, 2026, 3, 27, 11, 20, 5)
    start, end = T(SG, 2026, 4, 3, 8, 0), T(SG, 2026, 4, 3, 9, 0)
    ny = start.astimezone(ZoneInfo(NY))
    assert (ny.day, ny.hour) == (2, 20)
    text = f"""Hi Nadia,

Good news from Thornbury Vance. The feedback from Graham was very positive and the Funds team would now like you to "meet the team" - this is the second stage of their process, a video call with three of the associates you would be working alongside day to day:

- Isabel Chua (senior associate)
- Rohan Venkataraman (senior associate)
- Mia Holloway-Tan (associate, ex-NY like you)

Timing: Thursday 2 April, 8pm your time, which is Friday 3 April 8am in Singapore. One hour, on BlueJeans. Their recruiting coordinator Farah will send the calendar invitation directly.

It is billed as informal but they do compare notes afterwards, so treat it as an interview: have a couple of fund formation matters ready to talk through, and good questions about the team.

Cheers,
{HARBOURLINE_SIG}
daniel.foo@harbourline-legal.example"""
    m = new_msg(sent, "Daniel Foo <daniel.foo@harbourline-legal.example>", OWNER_HDR,
                "Thornbury Vance - next stage: meet the team")
    plain_mail(m, text)
    ev = {
        "kind": "calendar#event", "etag": "\"3431275528011000\"",
        "id": "tv7q2m1b54ko3h8meettheteam", "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=dHY3cTJtMWI1NGtvM2g4bWVldHRoZXRlYW0",
        "created": "2026-03-27T06:41:12.000Z", "updated": "2026-03-27T06:44:03.118Z",
        "summary": "Thornbury Vance | Meet the Team - Nadia Castellanos (Funds Associate)",
        "description": ("Second-stage interview (meet the team) for the Funds Associate position, Singapore.\n\n"
                        "Panel: Isabel Chua, Rohan Venkataraman, Mia Holloway-Tan\n\n"
                        "Join BlueJeans meeting: https://bluejeans.example/8127340561/0423\n"
                        "Meeting ID: 812 734 0561  Participant passcode: 0423\n\n"
                        "Questions? Farah Ismail, Legal Recruiting, +65 6390 2211"),
        "location": "BlueJeans video - https://bluejeans.example/8127340561/0423",
        "creator": {"email": "farah.ismail@thornburyvance.example", "displayName": "Farah Ismail"},
        "organizer": {"email": "farah.ismail@thornburyvance.example", "displayName": "Farah Ismail"},
        "start": {"dateTime": iso(start), "timeZone": SG},
        "end": {"dateTime": iso(end), "timeZone": SG},
        "iCalUID": "tv7q2m1b54ko3h8meettheteam@google.com", "sequence": 0,
        "attendees": [
            {"email": "farah.ismail@thornburyvance.example", "displayName": "Farah Ismail",
             "organizer": True, "responseStatus": "accepted", "optional": True},
            {"email": "isabel.chua@thornburyvance.example", "displayName": "Isabel Chua", "responseStatus": "accepted"},
            {"email": "rohan.venkataraman@thornburyvance.example", "displayName": "Rohan Venkataraman",
             "responseStatus": "tentative"},
            {"email": "mia.hollowaytan@thornburyvance.example", "displayName": "Mia Holloway-Tan",
             "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "needsAction"},
        ],
        "guestsCanModify": False,
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    items = [("01-harbourline-meet-the-team.eml", m),
             ("02-thornbury-vance-event.gcal.json", json.dumps(ev, indent=2) + "\n")]
    ivs = ["isabel.chua@thornburyvance.example", "rohan.venkataraman@thornburyvance.example",
           "mia.hollowaytan@thornburyvance.example"]
    lab = label([entry("Thornbury Vance", "Funds Associate", start, end, "scheduled", ivs, ivs, "onsite")],
                "medium", "positive/dedupe-recruiter-and-gcal-json",
                "Recruiter mail + Calendar API event for the same 'meet the team' panel (3 associates) on BlueJeans; "
                "NY Thu 20:00 EDT = SG Fri 08:00. Organizer is an optional attendee, not an interviewer.")
    return items, lab


@case("b54-04-reschedule-by-assistant-singapore")
def c04():
    uid = "040000008200E00074C5B7101A82E00800000000A7F3B54D04C6DC0100000000000000001000000081F0C2"
    org = ("Goh Mei Ling", "meiling.goh@orrincastell.example")
    partner = ("Ng Wei Jie", "weijie.ng@orrincastell.example")
    s1, e1 = T(SG, 2026, 4, 15, 9, 0), T(SG, 2026, 4, 15, 10, 0)
    s2, e2 = T(SG, 2026, 4, 17, 9, 0), T(SG, 2026, 4, 17, 10, 0)
    body = """Dear Ms Castellanos,

On behalf of Wei Jie, please find below an invitation to an interview for the Associate position in our International Arbitration practice. The call will take place on Microsoft Teams; 9.00am in Singapore is 9.00pm the previous evening in New York.

Best regards,
Goh Mei Ling
Secretary to Ng Wei Jie, Partner
Orrin & Castell LLP
1 Marina Boulevard, #30-01, Singapore 018989
T: +65 6808 5120"""
    teams = """

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_OC0415>
Meeting ID: 372 904 118 226
Passcode: k8RwQ2
________________________________________________________________________________"""
    to = f"{OWNER_HDR}, {partner[0]} <{partner[1]}>"
    m1 = exchange_invite(date=T(SG, 2026, 4, 7, 16, 2), organizer=org, to=to,
                         subject="Interview - Nadia Castellanos / Ng Wei Jie (International Arbitration)",
                         wintz="Singapore Standard Time", start=s1, end=e1, body=body + teams,
                         location="Microsoft Teams Meeting", uid=uid,
                         attendees=[(OWNER_NAME, OWNER), partner])
    sent2 = T(SG, 2026, 4, 13, 17, 45, 30)
    text2 = """Dear Ms Castellanos,

I am so sorry for the short notice. Wei Jie has just been told that a tribunal hearing will now run into Wednesday morning, so he is unable to keep your interview at 9am on Wednesday 15 April.

Could we move it to Friday 17 April at the same time, i.e. 9.00am Singapore / 9.00pm Thursday 16 April New York? I have tentatively blocked his diary and will send an updated invitation now - please just accept it if that works, or let me know and I will find another slot.

With apologies again and best regards,
Mei Ling

Goh Mei Ling
Secretary to Ng Wei Jie, Partner
Orrin & Castell LLP
T: +65 6808 5120"""
    m2 = new_msg(sent2, f"{org[0]} <{org[1]}>", OWNER_HDR,
                 "Change of date - your interview with Ng Wei Jie", cc=f"{partner[0]} <{partner[1]}>")
    plain_mail(m2, text2)
    m3 = exchange_invite(date=T(SG, 2026, 4, 13, 17, 51), organizer=org, to=to,
                         subject="Interview - Nadia Castellanos / Ng Wei Jie (International Arbitration)",
                         wintz="Singapore Standard Time", start=s2, end=e2,
                         body="Moved to Friday at Wei Jie's request (hearing overrun). Same Teams link.\n\n" + body + teams,
                         location="Microsoft Teams Meeting", uid=uid, seq=1,
                         attendees=[(OWNER_NAME, OWNER), partner])
    items = [("01-invite-orrin-castell.eml", m1), ("02-assistant-reschedule.eml", m2),
             ("03-updated-invite-orrin-castell.eml", m3)]
    lab = label([entry("Orrin & Castell", "Associate, International Arbitration", s2, e2, "scheduled",
                       [partner[1]], [partner[1]], "hiring_manager")],
                "medium", "positive/reschedule-exchange-singapore",
                "Partner's secretary moves the interview Wed -> Fri 09:00 SGT; updated invite SEQUENCE 1 with "
                "'Singapore Standard Time'. Final time wins.")
    return items, lab


@case("b54-05-recruiter-cancels-in-house-call")
def c05():
    start = T(NY, 2026, 3, 12, 19, 30)
    hk = start.astimezone(ZoneInfo(HK))
    assert (hk.day, hk.hour, hk.minute) == (13, 7, 30)
    sent1 = T(HK, 2026, 3, 4, 9, 55, 0)
    text1 = """Nadia -

Confirmed with Jadeport. Helena Szeto (General Counsel) will call your mobile on Thu 3/12 @ 7:30p ET, which is Fri 13 March 7:30am HK. Allow 30 mins. It's for the Legal Counsel (Funds) seat we talked about - first conversation, fairly informal, she mostly wants to hear about your regulatory work.

Number I gave her: +1 917 555 0148 - shout if that's wrong.

Ravi

Ravi Chandrasekaran | Principal, In-house Legal
Meridian Counsel Partners | Hong Kong
+852 3900 1152 | ravi.c@meridiancounsel.example"""
    m1 = new_msg(sent1, "Ravi Chandrasekaran <ravi.c@meridiancounsel.example>", OWNER_HDR,
                 "Jadeport Capital - call with the GC", msgid="<RC.20260304.0955.jadeport@meridiancounsel.example>")
    plain_mail(m1, text1, cte="base64", html=False)
    sent2 = T(HK, 2026, 3, 12, 21, 14, 0)
    text2 = """Hi Nadia,

Really sorry to do this at the last minute, but we need to cancel tonight's call (your time) with Helena. Jadeport's board met yesterday and the Legal Counsel (Funds) hire has been put on hold until after their fund-raise closes - nothing to do with you, and Helena was apologetic.

I'll keep you posted if it reopens. In the meantime I have two other HK in-house roles I'd like to run past you - free for a quick chat this weekend?

Ravi

> On 4 Mar 2026, at 09:55, Ravi Chandrasekaran <ravi.c@meridiancounsel.example> wrote:
>
> Confirmed with Jadeport. Helena Szeto (General Counsel) will call your mobile on Thu 3/12 @ 7:30p ET,
> which is Fri 13 March 7:30am HK. Allow 30 mins."""
    m2 = new_msg(sent2, "Ravi Chandrasekaran <ravi.c@meridiancounsel.example>", OWNER_HDR,
                 "Re: Jadeport Capital - call with the GC", in_reply_to=m1["Message-ID"])
    plain_mail(m2, text2, html=False)
    lab = label([entry("Jadeport Capital", "Legal Counsel (Funds)", start, start + timedelta(minutes=30),
                       "cancelled", [], ["ravi.c@meridiancounsel.example"], "hiring_manager")],
                "hard", "positive/cancel-by-recruiter",
                "Recruiter confirms a GC call written 'Thu 3/12 @ 7:30p ET' (EDT, after DST) then cancels it "
                "(role on hold). Body of first mail is base64.")
    return [("01-recruiter-confirms-gc-call.eml", m1), ("02-recruiter-cancels.eml", m2)], lab


@case("b54-06-outlook-cancel-kestrel-maritime")
def c06():
    uid = "040000008200E00074C5B7101A82E00800000000C1D2B54E06F7DC0100000000000000001000000044A9E1"
    org = ("Anand Iyer-Walsh", "anand.iyerwalsh@kestrelmaritime.example")
    start, end = T(SG, 2026, 4, 22, 7, 30), T(SG, 2026, 4, 22, 8, 15)
    body = """Hi Nadia,

Thanks for applying for the Legal Counsel (Shipping & Trade) role. I'd like to have an initial conversation about the role and your background - I've put in 7.30am Singapore time so that it's a reasonable evening hour for you in New York (Tuesday 7.30pm). Webex details below.

Regards,
Anand

Anand Iyer-Walsh
Head of Legal, Asia Pacific
Kestrel Maritime Holdings Pte Ltd
+65 6511 3300

Join Webex meeting: https://kestrelmaritime.webex.example/meet/aiyerwalsh
Meeting number: 2580 441 903"""
    m1 = exchange_invite(date=T(SG, 2026, 4, 14, 12, 31), organizer=org, to=OWNER_HDR,
                         subject="Legal Counsel (Shipping & Trade) - interview with Anand Iyer-Walsh",
                         wintz="Singapore Standard Time", start=start, end=end, body=body,
                         location="Webex", uid=uid, attendees=[(OWNER_NAME, OWNER)])
    body2 = """Nadia - apologies, I have to pull this: I'll be travelling to Rotterdam at short notice for an arbitration and will be offline most of next week. My colleague in TA will be in touch about next steps.

Anand"""
    m2 = exchange_invite(date=T(SG, 2026, 4, 20, 9, 2), organizer=org, to=OWNER_HDR,
                         subject="Canceled: Legal Counsel (Shipping & Trade) - interview with Anand Iyer-Walsh",
                         wintz="Singapore Standard Time", start=start, end=end, body=body2,
                         location="Webex", uid=uid, seq=1, method="CANCEL",
                         attendees=[(OWNER_NAME, OWNER)])
    lab = label([entry("Kestrel Maritime Holdings", "Legal Counsel (Shipping & Trade)", start, end, "cancelled",
                       [org[1]], [org[1]], "hiring_manager")],
                "easy", "positive/cancel-exchange-method-cancel",
                "Head of Legal sends his own invite (Singapore Standard Time), then METHOD:CANCEL.")
    return [("01-invite-kestrel.eml", m1), ("02-canceled-kestrel.eml", m2)], lab


@case("b54-07-partner-lunch-hk-office-visit")
def c07():
    sent = T(HK, 2026, 4, 2, 14, 26, 0)
    s, e = T(HK, 2026, 4, 14, 12, 30), T(HK, 2026, 4, 14, 16, 0)
    text = """Dear Nadia,

Further to your conversations with Serena at Meridian, we are delighted that you will be in Hong Kong next month and would like to invite you to meet the Corporate team in person on Tuesday, 14 April 2026. The programme is as follows:

12.30pm - 2.00pm   Lunch with Josephine Fong (Partner) and Tobi Adebayo (Partner)
                   The Bauhinia Club, 15/F Pedder House, Central (table booked under "Fennimore Quayle")
2.00pm - 2.30pm    Walk over to our office; short break
2.30pm - 3.15pm    Karan Mehra, Senior Associate, Corporate - technical discussion (public M&A)
3.15pm - 4.00pm    Wendy Cho, Head of Legal HR

I have copied Josephine, Tobi, Karan and Wendy so they have your details. Please bring a copy of your passport for building security; our office is at 32/F, Three Exchange Court, 8 Connaught Place, Central.

If your flight plans change please let me know as soon as possible.

Kind regards,

Agnes Lam
Graduate & Lateral Recruitment
Fennimore Quayle
T +852 2846 3300  |  agnes.lam@fennimorequayle.example"""
    cc = ", ".join(["Josephine Fong <josephine.fong@fennimorequayle.example>",
                    "Tobi Adebayo <tobi.adebayo@fennimorequayle.example>",
                    "Karan Mehra <karan.mehra@fennimorequayle.example>",
                    "Wendy Cho <wendy.cho@fennimorequayle.example>"])
    m = new_msg(sent, "Agnes Lam <agnes.lam@fennimorequayle.example>", OWNER_HDR,
                "Fennimore Quayle - your visit on 14 April (Corporate Associate)", cc=cc)
    plain_mail(m, text)
    ics = calendar([
        "ORGANIZER;CN=Agnes Lam:mailto:agnes.lam@fennimorequayle.example",
        attendee(OWNER_NAME, OWNER),
        "DTSTART;VALUE=DATE:20260414", "DTEND;VALUE=DATE:20260415",
        f"DTSTAMP:{z(sent)}", "UID:fq-hold-20260414-ncastellanos@fennimorequayle.example",
        "SUMMARY:HOLD - Nadia Castellanos in Hong Kong (Corporate interviews - see programme)",
        "DESCRIPTION:" + esc("Lunch 12.30pm with JF/TA, office meetings from 2.30pm. Full programme in Agnes's e-mail."),
        "TRANSP:TRANSPARENT", "SEQUENCE:0", "STATUS:CONFIRMED"],
        method="REQUEST", prodid="-//Fennimore Quayle//Recruitment Diary//EN")
    ivs = ["josephine.fong@fennimorequayle.example", "tobi.adebayo@fennimorequayle.example",
           "karan.mehra@fennimorequayle.example", "wendy.cho@fennimorequayle.example"]
    lab = label([entry("Fennimore Quayle", "Corporate Associate", s, e, "scheduled", ivs, ivs, "onsite")],
                "hard", "positive/onsite-partner-lunch",
                "In-person programme in HK: partner lunch 12:30 then office meetings to 16:00 = one onsite; "
                "standalone all-day hold .ics adds no time.")
    return [("01-fennimore-quayle-programme.eml", m), ("02-hold-hong-kong-visit.ics", ics)], lab


@case("b54-08-two-rounds-calloway-strand")
def c08():
    r1s = T(NY, 2026, 2, 9, 20, 0)
    sg = r1s.astimezone(ZoneInfo(SG))
    assert (sg.day, sg.hour) == (10, 9)
    r1e = r1s + timedelta(minutes=45)
    r2s, r2e = T(SG, 2026, 2, 24, 14, 0), T(SG, 2026, 2, 24, 16, 0)
    sig = """Priscilla Wee
Lexbridge Search | Singapore
+65 8188 2070 | priscilla@lexbridge-search.example"""
    sent1 = T(SG, 2026, 2, 4, 10, 30, 0)
    text1 = f"""Hi Nadia,

Great news - Calloway Strand would like to go ahead with a first interview for the Capital Markets Associate role (Singapore). Benedict Aw, the partner who heads the team, will do it himself by video:

Monday 9 February, 8:00pm EST (New York) = Tuesday 10 February, 9:00am SGT
45 minutes, Zoom link to come from his secretary.

He'll want to go through your high-yield experience in some detail.

Best,
{sig}"""
    m1 = new_msg(sent1, "Priscilla Wee <priscilla@lexbridge-search.example>", OWNER_HDR,
                 "Calloway Strand - first interview with Benedict Aw",
                 msgid="<CAL0bx-PW1-20260204@mail.lexbridge-search.example>")
    plain_mail(m1, text1)
    sent2 = T(SG, 2026, 2, 12, 19, 5, 0)
    text2 = f"""Hi Nadia,

Benedict was impressed - they want to move you straight to the callback. Since you'll be in Singapore for your cousin's wedding that week, they suggested doing it in person at their office at Marina One: Tuesday 24 February, 14h-16h Singapore time, with Benedict and Sophia Raman (the other capital markets partner). Their recruiting team will send a formal invite.

Please confirm you're OK with that and I'll lock it in.

{sig}

On Wed, 4 Feb 2026 at 10:30, Priscilla Wee <priscilla@lexbridge-search.example> wrote:
> Great news - Calloway Strand would like to go ahead with a first interview for the Capital Markets
> Associate role (Singapore). Benedict Aw, the partner who heads the team, will do it himself by video:
> Monday 9 February, 8:00pm EST (New York) = Tuesday 10 February, 9:00am SGT"""
    m2 = new_msg(sent2, "Priscilla Wee <priscilla@lexbridge-search.example>", OWNER_HDR,
                 "Re: Calloway Strand - first interview with Benedict Aw", in_reply_to=m1["Message-ID"])
    plain_mail(m2, text2, html=False)
    uid = "040000008200E00074C5B7101A82E00800000000D9E8B54F08A1DC0100000000000000001000000012BB77"
    body3 = """Dear Nadia,

We look forward to welcoming you to Calloway Strand's Singapore office for your second-round interview with Benedict Aw and Sophia Raman (Partners, Capital Markets). Please ask for me at reception on level 31.

Calloway Strand LLP, 8 Marina View, Marina One East Tower, Level 31, Singapore 018960

Regards,
Hui Min Lee
Legal Recruiting, Asia
+65 6571 8844"""
    m3 = exchange_invite(date=T(SG, 2026, 2, 13, 11, 48), organizer=("Hui Min Lee", "huimin.lee@callowaystrand.example"),
                         to=f"{OWNER_HDR}, Benedict Aw <benedict.aw@callowaystrand.example>, Sophia Raman <sophia.raman@callowaystrand.example>",
                         subject="Second-round interview: Nadia Castellanos (Capital Markets Associate)",
                         wintz="Singapore Standard Time", start=r2s, end=r2e, body=body3,
                         location="Calloway Strand Singapore - Level 31, Marina One East Tower", uid=uid,
                         attendees=[(OWNER_NAME, OWNER), ("Benedict Aw", "benedict.aw@callowaystrand.example"),
                                    ("Sophia Raman", "sophia.raman@callowaystrand.example")])
    ivs2 = ["benedict.aw@callowaystrand.example", "sophia.raman@callowaystrand.example"]
    lab = label([
        entry("Calloway Strand", "Capital Markets Associate", r1s, r1e, "scheduled",
              ["benedict.aw@callowaystrand.example"], ["benedict.aw@callowaystrand.example"], "hiring_manager"),
        entry("Calloway Strand", "Capital Markets Associate", r2s, r2e, "scheduled", ivs2, ivs2, "onsite")],
        "hard", "positive/two-interviews-same-firm",
        "Round 1 by video (NY Mon 20:00 EST = SG Tue 09:00, recruiter mail only); round 2 in-person callback "
        "'14h-16h' with two partners via Exchange invite. Benedict's address appears in the round-2 invite.")
    return [("01-lexbridge-first-interview.eml", m1), ("02-lexbridge-callback.eml", m2),
            ("03-invite-second-round.eml", m3)], lab


@case("b54-09-german-partner-thread-hk")
def c09():
    start, end = T(HK, 2026, 4, 24, 9, 0), T(HK, 2026, 4, 24, 9, 45)
    ny = start.astimezone(ZoneInfo(NY))
    assert (ny.day, ny.hour) == (23, 21)
    frm = "Dr. Friederike Albrecht <f.albrecht@lindqvist-hartmann.example>"
    sent1 = T(HK, 2026, 4, 16, 16, 40, 0)
    text1 = """Liebe Frau Castellanos,

vielen Dank für Ihre Bewerbung und das freundliche Telefonat mit unserer Personalabteilung. Ihr LL.M. in Heidelberg und Ihre Erfahrung mit deutschen Mandanten in New York sind für unser Hongkonger Büro sehr interessant.

Gerne würde ich mit Ihnen ein erstes Gespräch über die Position als Associate (Corporate/M&A) führen. Mein Kollege Dr. Matthias Kessler (Partner) würde ebenfalls teilnehmen. Ich könnte Ihnen folgende Termine anbieten:

  - Donnerstag, 23. April, 14:00 Uhr Hongkonger Zeit, oder
  - Freitag, 24. April, 9:00 Uhr Hongkonger Zeit (das wäre bei Ihnen Donnerstagabend, 21 Uhr)

Wir rechnen mit etwa 45 Minuten, per Webex.

Mit freundlichen Grüßen
Friederike Albrecht

Dr. Friederike Albrecht, LL.M. (Cambridge)
Partnerin | Lindqvist Hartmann
Suite 2105, 21/F, One Pacific Quay, 88 Queensway, Hongkong
T +852 3718 2200 | M +852 6230 4471"""
    m1 = new_msg(sent1, frm, OWNER_HDR, "Gespräch - Associate Corporate/M&A Hongkong",
                 cc="Dr. Matthias Kessler <m.kessler@lindqvist-hartmann.example>",
                 msgid="<LH-FA-20260416-1640@lindqvist-hartmann.example>")
    plain_mail(m1, text1)
    sent2 = T(HK, 2026, 4, 17, 10, 12, 0)
    text2 = """Liebe Frau Castellanos,

perfekt, dann sprechen wir am Freitag, 24. April, um 9:00 Uhr (Hongkong) - also Donnerstag um 21 Uhr in New York. Den Webex-Link schicke ich Ihnen separat; Herr Dr. Kessler ist ebenfalls dabei.

Bis dahin, herzliche Grüße
Friederike Albrecht

-----Ursprüngliche Nachricht-----
Von: Nadia Castellanos <nadia.castellanos@mail.example>
Gesendet: Donnerstag, 16. April 2026 21:03
An: Dr. Friederike Albrecht <f.albrecht@lindqvist-hartmann.example>
Cc: Dr. Matthias Kessler <m.kessler@lindqvist-hartmann.example>
Betreff: AW: Gespräch - Associate Corporate/M&A Hongkong

Sehr geehrte Frau Dr. Albrecht,

vielen Dank für die Einladung! Der Donnerstag um 14 Uhr wäre für mich leider 2 Uhr nachts - der Freitag um 9:00 Uhr Hongkonger Zeit passt mir sehr gut.

Beste Grüße
Nadia Castellanos"""
    m2 = new_msg(sent2, frm, OWNER_HDR, "AW: Gespräch - Associate Corporate/M&A Hongkong",
                 cc="Dr. Matthias Kessler <m.kessler@lindqvist-hartmann.example>", in_reply_to=m1["Message-ID"])
    plain_mail(m2, text2)
    ivs = ["f.albrecht@lindqvist-hartmann.example", "m.kessler@lindqvist-hartmann.example"]
    lab = label([entry("Lindqvist Hartmann", "Associate (Corporate/M&A)", start, end, "scheduled", ivs, ivs,
                       "onsite")],
                "hard", "positive/german-thread-propose-confirm",
                "German thread: two slots offered, candidate picks Fri 09:00 HK (Thu 21:00 NY), partner confirms; "
                "two partners -> panel.")
    return [("01-albrecht-terminvorschlag.eml", m1), ("02-albrecht-bestaetigung.eml", m2)], lab


@case("b54-10-smartrecruiters-html-base64-ics")
def c10():
    sent = T(SG, 2026, 4, 28, 13, 5, 44)
    start, end = T(SG, 2026, 5, 5, 9, 0), T(SG, 2026, 5, 5, 9, 45)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Interview invitation</title></head>
<body style="margin:0;background:#f4f5f7"><table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td align="center"><table width="600" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;color:#1d2330">
<tr><td style="padding:24px 32px;border-bottom:3px solid #0b5f7c"><img src="https://cdn.smartrecruiters.example/halvard/logo.png" alt="Halvard Re" height="32"></td></tr>
<tr><td style="padding:24px 32px;font-size:15px;line-height:22px">
<p>Dear Nadia,</p>
<p>Thank you for your application for <strong>Legal Counsel, Reinsurance (Singapore)</strong>. We are pleased to confirm your interview:</p>
<table style="font-size:15px"><tr><td style="padding-right:12px;color:#6b7385">When</td><td><strong>Tuesday, May 5, 2026 &middot; 9:00 AM &ndash; 9:45 AM</strong> (GMT+08:00) Singapore</td></tr>
<tr><td style="padding-right:12px;color:#6b7385">Where</td><td>Video call (Zoom) &ndash; link in the attached calendar invitation</td></tr>
<tr><td style="padding-right:12px;color:#6b7385">Interviewer</td><td>Oluwaseun Bakare-Lim, Senior Legal Counsel</td></tr></table>
<p>Your local time: Monday, May 4, 2026, 9:00 PM (New York).</p>
<p>If you need to reschedule, please reply to Chloe Seah from our Talent team at <a href="mailto:chloe.seah@halvard-re.example">chloe.seah@halvard-re.example</a>.</p>
<p>Best regards,<br>Halvard Reinsurance Asia Talent Acquisition</p></td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#8a90a0">Sent via SmartRecruiters on behalf of Halvard Reinsurance Asia Pte. Ltd. Please do not reply to this automated message.</td></tr>
</table></td></tr></table></body></html>"""
    m = new_msg(sent, "Halvard Reinsurance Asia <no-reply@mail.smartrecruiters.example>", OWNER_HDR,
                "Interview confirmed - Legal Counsel, Reinsurance (Singapore)",
                msgid="<0100018f2c4b54a1-halvard-interview@mail.smartrecruiters.example>")
    m.set_content(html, subtype="html", cte="base64")
    ics = calendar([
        "UID:sr-int-7f41c2b54e10@smartrecruiters.example", f"DTSTAMP:{z(sent)}",
        f"DTSTART:{z(start)}", f"DTEND:{z(end)}",
        "SUMMARY:Interview: Nadia Castellanos - Legal Counsel\\, Reinsurance (Singapore)",
        "DESCRIPTION:" + esc("Interview with Oluwaseun Bakare-Lim (Senior Legal Counsel).\nZoom: https://halvard-re.zoom.example/j/85503311902?pwd=Lc7Qe\nMeeting ID: 855 0331 1902"),
        "LOCATION:https://halvard-re.zoom.example/j/85503311902",
        "ORGANIZER;CN=Halvard Reinsurance Asia:mailto:no-reply@mail.smartrecruiters.example",
        attendee("Oluwaseun Bakare-Lim", "oluwaseun.bakare@halvard-re.example"),
        attendee(OWNER_NAME, OWNER), "STATUS:CONFIRMED", "SEQUENCE:0"],
        prodid="-//SmartRecruiters//Interview Scheduler//EN")
    m.add_attachment(ics.encode("utf-8"), maintype="text", subtype="calendar", filename="invite.ics",
                     params={"method": "REQUEST"})
    lab = label([entry("Halvard Reinsurance", "Legal Counsel, Reinsurance (Singapore)", start, end, "scheduled",
                       ["oluwaseun.bakare@halvard-re.example"], ["oluwaseun.bakare@halvard-re.example"],
                       "hiring_manager")],
                "medium", "positive/ats-html-only-base64",
                "ATS notification, HTML-only base64 body, .ics with UTC times (01:00Z = 09:00 SGT); no-reply sender.")
    return [("01-smartrecruiters-interview-confirmed.eml", m)], lab


@case("b54-11-goodtime-pst-label-after-dst")
def c11():
    start, end = T(LA, 2026, 3, 12, 16, 30), T(LA, 2026, 3, 12, 17, 0)
    assert start.utcoffset() == timedelta(hours=-7)
    sent1 = T(LA, 2026, 3, 9, 10, 14, 2)
    text1 = f"""Hi Nadia,

Your interview for Legal Counsel, APAC (Singapore) at Quillon Technologies is confirmed.

Thursday, March 12, 2026
4:30 PM - 5:00 PM Pacific Time (US & Canada)
Interviewer: Marisol Ortega-Banks, Deputy General Counsel
Video: https://quillon.zoom.example/j/93018826011

Add to calendar: the attached invite.ics

Need to make a change? Contact Wen Li Tan (wenli.tan@quillon.example).

Powered by GoodTime"""
    m1 = new_msg(sent1, "Quillon Recruiting <scheduling@quillon.goodtime.example>", OWNER_HDR,
                 "Confirmed: Interview with Quillon Technologies on Thursday, March 12",
                 reply_to="Wen Li Tan <wenli.tan@quillon.example>")
    plain_mail(m1, text1, cte="7bit")
    ics = calendar([
        "UID:gt-8d2f0b54c11a@goodtime.example", f"DTSTAMP:{z(sent1)}",
        f"DTSTART:{z(start)}", f"DTEND:{z(end)}",
        "SUMMARY:Quillon Technologies - Nadia Castellanos / Marisol Ortega-Banks",
        "DESCRIPTION:" + esc("Legal Counsel, APAC (Singapore) - hiring manager interview.\nJoin: https://quillon.zoom.example/j/93018826011"),
        "LOCATION:https://quillon.zoom.example/j/93018826011",
        "ORGANIZER;CN=Quillon Recruiting:mailto:scheduling@quillon.goodtime.example",
        attendee("Marisol Ortega-Banks", "marisol.ortegabanks@quillon.example", "ACCEPTED"),
        attendee(OWNER_NAME, OWNER), "STATUS:CONFIRMED", "SEQUENCE:0"],
        prodid="-//GoodTime.io//Scheduler//EN")
    m1.add_attachment(ics.encode("utf-8"), maintype="text", subtype="calendar", filename="invite.ics",
                      params={"method": "REQUEST"})
    sent2 = T(LA, 2026, 3, 9, 10, 31, 0)
    text2 = """hi Nadia - you should've just gotten the auto-confirmation. to recap: Thu 3/12 @ 4:30p PST w/ Marisol (our Deputy GC, she's in SF and owns the APAC legal hire). 30 min, mostly about commercial contracting + how you'd set up the Singapore function. It'll be 7:30pm your time.

Wen Li

--
Wen Li Tan | Recruiting, Legal & Corporate Functions | Quillon
500 Harrison Commons, San Francisco, CA 94107 | +1 (415) 555-0177"""
    m2 = new_msg(sent2, "Wen Li Tan <wenli.tan@quillon.example>", OWNER_HDR, "Marisol chat Thursday",
                 cc="Marisol Ortega-Banks <marisol.ortegabanks@quillon.example>")
    plain_mail(m2, text2, html=False)
    lab = label([entry("Quillon Technologies", "Legal Counsel, APAC (Singapore)", start, end, "scheduled",
                       ["marisol.ortegabanks@quillon.example"], ["marisol.ortegabanks@quillon.example"],
                       "hiring_manager")],
                "hard", "positive/scheduling-vendor-dst-edge",
                "Scheduling-vendor confirmation + recruiter note 'Thu 3/12 @ 4:30p PST' written after US DST began: "
                "the real offset is PDT (-07:00), confirmed by the .ics (23:30Z) and '7:30pm your time'.")
    return [("01-goodtime-confirmation.eml", m1), ("02-recruiter-recap.eml", m2)], lab


@case("b54-12-tomorrow-half-past-ten-singapore")
def c12():
    sent = T(SG, 2026, 4, 20, 17, 5, 12)
    start = T(SG, 2026, 4, 21, 10, 30)
    ny = start.astimezone(ZoneInfo(NY))
    assert (ny.day, ny.hour, ny.minute) == (20, 22, 30)
    text = f"""Hi Nadia,

Quick update - Rajan Pillai, Head of Legal at Tembusu Energy, has an unexpected gap and would like to do the first-round phone interview for the Senior Legal Counsel (Projects) role tomorrow at half past ten Singapore time - that's 10.30 tonight for you in New York. He will call your mobile (+1 917 555 0148); please allow 40 minutes.

I know it is short notice. If it doesn't work, just reply and I'll push back - he said Thursday is also possible, but I'd grab tomorrow if you can.

Thanks,
{HARBOURLINE_SIG}

Harbourline Legal Search respects your privacy. To unsubscribe from market updates, reply STOP."""
    m = new_msg(sent, "Daniel Foo <daniel.foo@harbourline-legal.example>", OWNER_HDR,
                "Tembusu Energy - call with Rajan tomorrow?")
    plain_mail(m, text)
    lab = label([entry("Tembusu Energy", "Senior Legal Counsel (Projects)", start, start + timedelta(minutes=40),
                       "scheduled", [], ["daniel.foo@harbourline-legal.example"], "hiring_manager")],
                "hard", "positive/relative-date-body-only",
                "'tomorrow at half past ten Singapore time' resolved against the SG message date (Mon 20 Apr) "
                "= Tue 21 Apr 10:30 +08:00 (= Mon 22:30 NY). Interviewer has no address -> recruiter.")
    return [("01-harbourline-tembusu-tomorrow.eml", m)], lab


@case("b54-13-forwarded-hr-note-noon-bluejeans")
def c13():
    sent = T(HK, 2026, 4, 30, 18, 22, 0)
    start, end = T(HK, 2026, 5, 8, 12, 0), T(HK, 2026, 5, 8, 13, 0)
    ny = start.astimezone(ZoneInfo(NY))
    assert (ny.day, ny.hour) == (8, 0)
    text = f"""Hi Nadia,

See below from Castellane Whitford - they'd like to go ahead! It's noon on Friday HK time, which I'm afraid is midnight Thursday/Friday for you. Alistair is only free that day before he goes on leave; if it's really unworkable tell me and I'll try, but I'd recommend taking it.

Serena

---------- Forwarded message ---------
From: Joyce Poon <joyce.poon@castellanewhitford.example>
Date: Thu, 30 Apr 2026 at 17:48
Subject: Castellane Whitford - Capital Markets Associate - interview
To: Serena Kwok <serena.kwok@meridiancounsel.example>

Dear Serena,

Thank you for introducing Ms Castellanos. We would like to invite her to a video interview with Alistair Brennan-Oduya, Head of Capital Markets (Asia), on Friday, 8 May 2026 at 12 noon HKT, for one hour. The interview will be held on BlueJeans:

https://bluejeans.example/castellanewhitford/3390127

Alistair may be contacted directly at alistair.brennanoduya@castellanewhitford.example should Ms Castellanos have any questions beforehand.

Best regards,
Joyce Poon
HR Manager, Castellane Whitford (Hong Kong)
T: +852 2521 6600

{MERIDIAN_SIG}"""
    m = new_msg(sent, "Serena Kwok <serena.kwok@meridiancounsel.example>", OWNER_HDR,
                "Fwd: Castellane Whitford - Capital Markets Associate - interview")
    plain_mail(m, text)
    lab = label([entry("Castellane Whitford", "Capital Markets Associate", start, end, "scheduled",
                       ["alistair.brennanoduya@castellanewhitford.example"],
                       ["alistair.brennanoduya@castellanewhitford.example"], "hiring_manager")],
                "medium", "positive/forwarded-noon-bluejeans",
                "Recruiter forwards firm HR's note: 'Friday 8 May at 12 noon HKT' (= midnight NY), BlueJeans.")
    return [("01-fwd-castellane-whitford.eml", m)], lab


# ====================================================================== NEGATIVES
@case("b54-14-witness-interview-outlook")
def c14():
    start, end = T(NY, 2026, 3, 19, 10, 0), T(NY, 2026, 3, 19, 12, 0)
    body = """All,

Sending a hold for the witness interview with Raymond Delacroix (former operations manager at Norland Shipping). Nadia - please prepare the interview outline and the chronology binder; Upjohn warning script is in the matter folder.

Kevin

Kevin Ashworth | Counsel
Brightwater Hollis LLP | 425 Lexington Plaza, New York, NY 10017
+1 212 555 0190"""
    m = exchange_invite(date=T(NY, 2026, 3, 13, 9, 41), organizer=("Kevin Ashworth", "kashworth@brightwaterhollis.example"),
                        to=f"Nadia Castellanos <{WORK}>, Jonah Feld <jfeld@brightwaterhollis.example>",
                        subject="Witness Interview - R. Delacroix (Norland / internal investigation) [PRIVILEGED]",
                        wintz="Eastern Standard Time", start=start, end=end, body=body,
                        location="BH NY 31st Fl - Conf Rm 31B / Teams",
                        uid="040000008200E00074C5B7101A82E00800000000E14B54A9D7C1DC0100000000000000001000000055FF01",
                        attendees=[(OWNER_NAME, WORK), ("Jonah Feld", "jfeld@brightwaterhollis.example")])
    m["X-Forwarded-To"] = OWNER
    m["X-Forwarded-For"] = f"{WORK} {OWNER}"
    lab = label([], "hard", "negative/witness-interview",
                "Owner is counsel conducting a witness interview in an investigation (work invite auto-forwarded).")
    return [("01-witness-interview-hold.eml", m)], lab


@case("b54-15-character-and-fitness-interview")
def c15():
    sent = T(NY, 2026, 2, 17, 11, 2, 0)
    text = """Re: Application for Admission to the Bar - Nadia R. Castellanos (Applicant No. 2025-0418837)

Dear Applicant:

Your application for admission has been referred to a member of the Committee on Character and Fitness for a personal interview. Your interview has been scheduled as follows:

   Date:  Tuesday, March 3, 2026
   Time:  10:15 a.m. (please arrive 15 minutes early)
   Place: Committee on Character and Fitness, 61 Broad Street Annex, 14th Floor, New York, NY
   Interviewer: Hon. Lorraine P. Whitfield (Ret.), Committee Member

Please bring government-issued photo identification and the original of any document requested in the enclosed checklist. Applicants who need to reschedule must submit a written request at least five business days before the interview date. Business attire is expected.

Candidates are reminded that the duty of candor continues until admission.

Office of the Committee on Character and Fitness
First Judicial Department (Admissions Unit)
admissions-noreply@cfcommittee.example"""
    m = new_msg(sent, "Character and Fitness Admissions <admissions-noreply@cfcommittee.example>", OWNER_HDR,
                "Notice of Interview - Character and Fitness - Applicant No. 2025-0418837")
    plain_mail(m, text)
    lab = label([], "hard", "negative/bar-admission-interview",
                "Bar admission character-and-fitness interview: scheduled 'interview' with a date but not a job.")
    return [("01-character-fitness-notice.eml", m)], lab


@case("b54-16-cle-webinar-lateral-moves-asia")
def c16():
    sent = T(NY, 2026, 4, 1, 7, 0, 0)
    start, end = T(NY, 2026, 4, 9, 12, 0), T(NY, 2026, 4, 9, 13, 0)
    text = """You're registered!

Going Lateral in Asia: How Associates Win the Partner Interview
1.0 NY CLE credit (Professional Practice) | Transitional & non-transitional

Thursday, April 9, 2026 | 12:00 PM - 1:00 PM ET

Panelists: a magic-circle recruiting partner, a Singapore legal recruiter and two associates who moved from New York to Hong Kong talk candidly about callback interviews, partner lunches, the written test and how to negotiate your class year.

Join the webinar: https://lexcle.webinar.example/j/4410238
Your attendee code: 55-R3-NC (you need it for CLE verification codes)

Add this session to your calendar with the attached invite.

LexCLE Institute | 1 Liberty Plaza North, New York, NY 10006 | Manage preferences"""
    m = new_msg(sent, "LexCLE Institute <events@lexcle.example>", OWNER_HDR,
                "Registration confirmed: Going Lateral in Asia - How Associates Win the Partner Interview (CLE)")
    plain_mail(m, text)
    ics = calendar([
        "UID:lexcle-webinar-4410238-55R3NC@lexcle.example", f"DTSTAMP:{z(sent)}",
        f"DTSTART:{z(start)}", f"DTEND:{z(end)}",
        "SUMMARY:CLE Webinar: Going Lateral in Asia - How Associates Win the Partner Interview",
        "DESCRIPTION:" + esc("Join: https://lexcle.webinar.example/j/4410238\nAttendee code: 55-R3-NC"),
        "LOCATION:Online webinar", "ORGANIZER;CN=LexCLE Institute:mailto:events@lexcle.example",
        attendee(OWNER_NAME, OWNER), "STATUS:CONFIRMED", "SEQUENCE:0"],
        prodid="-//LexCLE//Webinar//EN")
    m.add_attachment(ics.encode("utf-8"), maintype="text", subtype="calendar", filename="webinar.ics",
                     params={"method": "REQUEST"})
    lab = label([], "medium", "negative/cle-webinar",
                "CLE webinar registration about interviewing for lateral moves, with a calendar invite.")
    return [("01-cle-registration.eml", m)], lab


@case("b54-17-client-call-candidate-screening")
def c17():
    sent = T(NY, 2026, 3, 24, 16, 18, 0)
    start, end = T(NY, 2026, 3, 26, 15, 0), T(NY, 2026, 3, 26, 15, 30)
    desc = ("Client call - Pinecrest Hotels: GC wants advice on background-check questions in candidate "
            "interviews (NYC Fair Chance Act) before they schedule the next round of hiring for the flagship.\n"
            "Dial-in: +1 646 555 0123 PIN 448 212#")
    text = f"""Call w/ Pinecrest Hotels GC re candidate interview policy
Thursday Mar 26, 2026 ⋅ 3:00 – 3:30pm
Eastern Time - New York

{desc}

Organizer
Jonah Feld
jfeld@brightwaterhollis.example

Guests
Jonah Feld - organizer
Dana Whitcombe (Pinecrest Hotels)
{WORK}

Invitation from Google Calendar"""
    m = new_msg(sent, f"Jonah Feld <jfeld@brightwaterhollis.example>", f"{WORK}",
                "Invitation: Call w/ Pinecrest Hotels GC re candidate interview policy @ Thu Mar 26, 2026 3pm - 3:30pm (EDT) (" + WORK + ")",
                sender="Google Calendar <calendar-notification@google.example>",
                extra=[("X-Forwarded-To", OWNER)])
    m.set_content(text, cte="base64")
    m.add_alternative(html_of(text), subtype="html", cte="quoted-printable")
    ics = calendar([
        f"DTSTART:{z(start)}", f"DTEND:{z(end)}", f"DTSTAMP:{z(sent)}",
        "ORGANIZER;CN=Jonah Feld:mailto:jfeld@brightwaterhollis.example",
        "UID:4q9b54pinecrest0326@google.example",
        attendee("Dana Whitcombe", "dwhitcombe@pinecresthotels.example"),
        attendee(OWNER_NAME, WORK), f"CREATED:{z(sent)}",
        "DESCRIPTION:" + esc(desc), "LOCATION:Dial-in", "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:Call w/ Pinecrest Hotels GC re candidate interview policy", "TRANSP:OPAQUE"],
        prodid="-//Google Inc//Google Calendar 70.9054//EN")
    m.add_alternative(ics, subtype="calendar", cte="base64", params={"method": "REQUEST"})
    m.add_attachment(ics.encode(), maintype="application", subtype="ics", filename="invite.ics")
    lab = label([], "hard", "negative/client-call",
                "Google invite for a client call about the client's candidate-interview policy; owner is counsel.")
    return [("01-invitation-client-call.eml", m)], lab


@case("b54-18-deposition-schedule")
def c18():
    sent = T(NY, 2026, 4, 6, 19, 48, 0)
    text = """Team -

Opposing counsel finally agreed the deposition schedule in Fairbrook Capital v. Norland Shipping. All at our offices unless noted; court reporter and videographer booked through Veritext-style vendor as usual.

  Tue 4/21  9:30am ET   - Raymond Delacroix (fact witness)          - KA to defend, NC second chair
  Wed 4/22  10am ET     - Sunita Rao (30(b)(6), Norland)            - JF taking
  Thu 4/23  9am ET      - Dr. Paul Grieve (damages expert)          - KA taking; remote via Zoom from London (2pm BST)
  Mon 4/27  TBD         - Candidate for the second 30(b)(6) topic, they'll designate by Friday

Nadia - please schedule the prep sessions with Delacroix for the week of 4/13 (two sessions, 2 hrs each) and pull his interview memo from March.

Thanks,
Kevin

Kevin Ashworth | Counsel
Brightwater Hollis LLP
425 Lexington Plaza, New York, NY 10017 | +1 212 555 0190"""
    m = new_msg(sent, "Kevin Ashworth <kashworth@brightwaterhollis.example>",
                f"Nadia Castellanos <{WORK}>, Jonah Feld <jfeld@brightwaterhollis.example>",
                "Fairbrook v. Norland - deposition schedule (final) [PRIVILEGED & CONFIDENTIAL]",
                extra=[("X-Forwarded-To", OWNER)])
    plain_mail(m, text)
    lab = label([], "medium", "negative/deposition-schedule",
                "Deposition schedule with witness names, dates and times; mentions interview memo, candidate, schedule.")
    return [("01-deposition-schedule.eml", m)], lab


@case("b54-19-rejection-after-callback")
def c19():
    sent = T(HK, 2026, 3, 20, 9, 31, 0)
    text = f"""Hi Nadia,

Thank you again for making the time for the callback interview with Ashcombe Lyle on Tuesday night - I know those late calls are tough.

I'm afraid I have disappointing news. My client has decided not to progress your application further. The partners were very complimentary about your drafting and your deal experience, but they have decided to prioritise a candidate with Hong Kong-law qualification who can start sooner. Philippa specifically said she would be happy to interview you again if the team expands next year.

I know this is frustrating. Let's speak on Monday - I'd like to talk about two other magic-circle roles (one in Singapore) where your profile is a closer fit. Would 8pm your time on Monday suit for a call?

Best,
{MERIDIAN_SIG}"""
    m = new_msg(sent, "Serena Kwok <serena.kwok@meridiancounsel.example>", OWNER_HDR,
                "Ashcombe Lyle - feedback")
    plain_mail(m, text)
    lab = label([], "hard", "negative/rejection",
                "Rejection after a past callback; offers a recruiter call (not an interview) and future interview.")
    return [("01-meridian-feedback.eml", m)], lab


@case("b54-20-legal-podcast-interview-request")
def c20():
    sent = T(NY, 2026, 4, 28, 13, 12, 0)
    text = """Hi Nadia,

I host "The Cross-Border Brief", a podcast for junior lawyers working on international deals (about 9,000 listeners, mostly associates and law students). Your recent article on sanctions clauses in Asian financings got a lot of attention in our community, and I'd love to interview you for an episode.

Format: a relaxed 40-minute conversation, recorded remotely on Riverside. We'd send questions in advance; nothing about client matters, obviously.

Would Thursday, May 7 at 8pm ET work for the recording? Alternatively, any evening the following week.

Best,
Marcus Oyelaran
Host & Producer, The Cross-Border Brief
crossborderbrief.example | @xborderbrief"""
    m = new_msg(sent, "Marcus Oyelaran <marcus@crossborderbrief.example>", OWNER_HDR,
                "Podcast interview request - The Cross-Border Brief")
    plain_mail(m, text)
    lab = label([], "medium", "negative/podcast-interview",
                "Podcast interview request with a proposed recording slot.")
    return [("01-podcast-request.eml", m)], lab


@case("b54-21-written-test-slot")
def c21():
    sent = T(HK, 2026, 3, 9, 11, 0, 0)
    start, end = T(HK, 2026, 3, 16, 9, 0), T(HK, 2026, 3, 16, 11, 0)
    text = """Dear Nadia,

As part of our lateral associate process for the Hong Kong Disputes team, all candidates complete a written drafting exercise before interview. Your slot is confirmed:

  Monday, 16 March 2026, 09:00 - 11:00 HKT (Sunday 15 March, 9:00pm - 11:00pm in New York)
  Online, proctored via our assessment platform - the link will be e-mailed 30 minutes before the start.

The exercise is a short letter of advice and a mark-up of a settlement agreement. It is not an interview and no one from the firm will be on the call; if you are successful, Meridian Counsel will be in touch to arrange interviews with the partners.

A calendar placeholder is attached for convenience.

Kind regards,
Graduate & Lateral Recruitment
Ashcombe Lyle (Hong Kong)
hk.recruitment@ashcombelyle.example"""
    m = new_msg(sent, "Ashcombe Lyle HK Recruitment <hk.recruitment@ashcombelyle.example>", OWNER_HDR,
                "Written drafting exercise - slot confirmation (Disputes Associate)")
    plain_mail(m, text)
    ics = calendar([
        "UID:al-hk-written-ex-20260316-nc@ashcombelyle.example", f"DTSTAMP:{z(sent)}",
        f"DTSTART:{z(start)}", f"DTEND:{z(end)}",
        "SUMMARY:Ashcombe Lyle - written drafting exercise (proctored)",
        "DESCRIPTION:" + esc("Proctored online exercise. Link e-mailed 30 minutes before start."),
        "LOCATION:Online", "ORGANIZER;CN=Ashcombe Lyle HK Recruitment:mailto:hk.recruitment@ashcombelyle.example",
        attendee(OWNER_NAME, OWNER), "STATUS:CONFIRMED", "SEQUENCE:0"],
        prodid="-//Ashcombe Lyle//Recruitment//EN")
    m.add_attachment(ics.encode("utf-8"), maintype="text", subtype="calendar", filename="written-exercise.ics",
                     params={"method": "REQUEST"})
    lab = label([], "hard", "negative/written-test",
                "Proctored written drafting exercise slot with an invite; explicitly not an interview.")
    return [("01-written-exercise-slot.eml", m)], lab


@case("b54-22-availability-request-callback")
def c22():
    sent = T(SG, 2026, 4, 24, 10, 2, 0)
    text = """Hi Nadia,

My client, a magic-circle firm with a growing restructuring practice in Singapore, would like to invite you to a callback interview with two of their partners. They're flexible and have offered the following (all New York time):

  - Tue 28 Apr, 8:00pm ET
  - Wed 29 Apr, 9:00pm ET
  - Thu 30 Apr, 7:30pm ET

Could you let me know which works best (or a couple of alternatives)? Once you confirm, their HR team will send a calendar invitation and I'll share the partners' names and a briefing.

Thanks,
Priscilla

Priscilla Wee
Lexbridge Search | Singapore
+65 8188 2070 | priscilla@lexbridge-search.example"""
    m = new_msg(sent, "Priscilla Wee <priscilla@lexbridge-search.example>", OWNER_HDR,
                "Callback interview - your availability?")
    plain_mail(m, text)
    lab = label([], "hard", "negative/availability-request",
                "Recruiter offers three callback slots and asks for availability; nothing is booked.")
    return [("01-lexbridge-availability.eml", m)], lab


# ====================================================================== main
def main():
    for d in os.listdir(HERE):
        p = os.path.join(HERE, d)
        if d.startswith("b54-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for name, fn in CASES.items():
        items, lab = fn()
        folder = os.path.join(HERE, name)
        os.makedirs(folder)
        for fname, obj in items:
            path = os.path.join(folder, fname)
            if isinstance(obj, EmailMessage):
                for i, part in enumerate(obj.walk()):  # deterministic MIME boundaries
                    if part.is_multipart():
                        part.set_boundary("----=_Part_" + hid(name, fname, i)[:28])
                data = obj.as_bytes()
            else:
                data = obj.encode("utf-8")
            with open(path, "wb") as f:
                f.write(data)
        labels[name] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# Labels for blind54 (written blind). See /work/shared/eval/README.md for the schema.\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110)
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
