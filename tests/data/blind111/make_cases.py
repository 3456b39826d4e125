#!/usr/bin/env python3
"""Deterministic generator for the blind111 interview-detection set.

Theme: a technical support engineer in Dublin (Europe/Dublin) applying to tech, fintech and gaming
companies with teams in Dublin, London, Bangalore, Lisbon and Berlin.  "IST" is Irish Standard Time in
some mails and India Standard Time in others.  All people, companies and domains are invented.

Rewrites every b111-* case folder and labels.yaml next to this file.
Only stdlib + PyYAML + zoneinfo.  Every UTC offset is computed with zoneinfo.
"""
import base64
import hashlib
import json
import os
import shutil
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = "roisin.doherty@example.com"
OWNER_NAME = "Róisín Doherty"
OWNER_FROM = f"{OWNER_NAME} <{OWNER}>"

DUB = ZoneInfo("Europe/Dublin")
KOL = ZoneInfo("Asia/Kolkata")
BER = ZoneInfo("Europe/Berlin")
LIS = ZoneInfo("Europe/Lisbon")
LON = ZoneInfo("Europe/London")
UTC = ZoneInfo("UTC")

WINDOWS_TZ = {"GMT Standard Time": "Europe/London", "W. Europe Standard Time": "Europe/Berlin"}

VTZ = {
    "Europe/Dublin": """BEGIN:VTIMEZONE
TZID:Europe/Dublin
X-LIC-LOCATION:Europe/Dublin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:IST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:GMT
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""",
    "Europe/Lisbon": """BEGIN:VTIMEZONE
TZID:Europe/Lisbon
X-LIC-LOCATION:Europe/Lisbon
BEGIN:DAYLIGHT
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
TZNAME:WEST
DTSTART:19700329T010000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
TZNAME:WET
DTSTART:19701025T020000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""",
    "Asia/Kolkata": """BEGIN:VTIMEZONE
TZID:Asia/Kolkata
X-LIC-LOCATION:Asia/Kolkata
BEGIN:STANDARD
TZOFFSETFROM:+0530
TZOFFSETTO:+0530
TZNAME:IST
DTSTART:19700101T000000
END:STANDARD
END:VTIMEZONE""",
    "GMT Standard Time": """BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""",
    "W. Europe Standard Time": """BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""",
}


# ------------------------------------------------------------------ helpers
def T(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def hid(*parts, n=24):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


def fold(line):
    """Fold an iCalendar content line at 75 octets (never splitting a UTF-8 sequence)."""
    out, cur, size = [], "", 0
    limit = 75
    for ch in line:
        b = len(ch.encode("utf-8"))
        if size + b > limit:
            out.append(cur)
            cur, size, limit = " " + ch, 1 + b, 75
        else:
            cur += ch
            size += b
    out.append(cur)
    return "\r\n".join(out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics(method, uid, start, end, summary, organizer, attendees, description="", location="", tzid=None,
        seq=0, status="CONFIRMED", prodid="-//Google Inc//Google Calendar 70.9054//EN", dtstamp=None,
        extra=(), cal_extra=()):
    """organizer/attendees: (name, email[, partstat]).  tzid: None -> UTC 'Z' times, else a key of VTZ."""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    L += list(cal_extra)
    if tzid:
        L += VTZ[tzid].split("\n")
    L.append("BEGIN:VEVENT")

    def dtline(name, dt):
        if tzid:
            z = ZoneInfo(WINDOWS_TZ.get(tzid, tzid))
            return f"{name};TZID={tzid}:{dt.astimezone(z).strftime('%Y%m%dT%H%M%S')}"
        return f"{name}:{utc(dt)}"

    L.append(dtline("DTSTART", start))
    if end is not None:
        L.append(dtline("DTEND", end))
    L.append(f"DTSTAMP:{utc(dtstamp or start - timedelta(days=5))}")
    L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    for a in attendees:
        ps = a[2] if len(a) > 2 else "NEEDS-ACTION"
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={a[0]};"
                 f"X-NUM-GUESTS=0:mailto:{a[1]}")
    if description:
        L.append("DESCRIPTION:" + esc(description))
    L.append("LOCATION:" + esc(location))
    L.append(f"SEQUENCE:{seq}")
    L.append(f"STATUS:{status}")
    L.append("SUMMARY:" + esc(summary))
    L.append("TRANSP:OPAQUE")
    L += list(extra)
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in L) + "\r\n"


def email(frm, to, subject, date, text=None, html=None, *, cc=None, reply_to=None, sender=None, mid=None,
          in_reply_to=None, references=None, text_cte="quoted-printable", html_cte="quoted-printable",
          headers=(), calendar=None, cal_method="REQUEST", cal_cte="base64", attachments=(),
          return_path=None):
    m = EmailMessage()
    m["Delivered-To"] = OWNER
    dom = (sender or frm).split("@")[-1].rstrip(">")
    m["Received"] = (f"from mx-out.{dom} (mx-out.{dom} [192.0.2.{int(hid(subject, n=2), 16) % 250 + 1}]) "
                     f"by mx.mail.example with ESMTPS id {hid(subject, date, n=12)} for <{OWNER}>; "
                     f"{format_datetime(date)}")
    m["Return-Path"] = f"<{return_path or frm.split('<')[-1].rstrip('>')}>"
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
    m["Message-ID"] = mid or f"<{hid(frm, subject, date)}@{dom}>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    if references:
        m["References"] = references
    for k, v in headers:
        m[k] = v
    if text is not None:
        m.set_content(text, cte=text_cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte)
    if calendar is not None:
        if m.get_content_type() == "text/plain" and html is None and text is None:
            m.set_content(calendar, subtype="calendar", params={"method": cal_method}, cte=cal_cte)
        else:
            m.add_alternative(calendar, subtype="calendar", params={"method": cal_method}, cte=cal_cte)
    for fname, data, maintype, subtype in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"00000000{hid(subject, date, i, n=20)}")
    return m.as_bytes(policy=policy.default)


def mid(tag, dom):
    return f"<{hid(tag, n=32).upper()}@{dom}>"


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end is not None else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


def gcal_email(organizer, subject_title, start, end, tzlabel, when_text, ics_text, date, guests, desc_text,
               meet="https://meet.google.com/abc-defg-hij"):
    """Google Calendar invitation (multipart/mixed: alternative(text, html, calendar) + invite.ics)."""
    org_name, org_mail = organizer
    subj = f"Invitation: {subject_title} @ {when_text} ({tzlabel}) ({OWNER})"
    guest_txt = "\n".join(f"{n}\n{e}" for n, e in guests)
    text = (f"{subject_title}\n{when_text}\n\n"
            f"Join with Google Meet\n{meet}\n\nOrganizer\n{org_name}\n{org_mail}\n\nGuests\n{guest_txt}\n"
            f"{OWNER}\n\n{desc_text}\n\nReply for {OWNER} and view more details "
            f"https://calendar.google.com/calendar/event?action=VIEW&eid={hid(subject_title, n=40)}\n\n"
            "~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.\n")
    html = ("<html><body><div style=\"font-family:Roboto,Helvetica,Arial,sans-serif\">"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")) + "</div></body></html>")
    return email(f"{org_name} <{org_mail}>", OWNER, subj, date, text, html, reply_to=f"{org_name} <{org_mail}>",
                 sender="Google Calendar <calendar-notification@google.com>", text_cte="base64",
                 calendar=ics_text, cal_method="REQUEST", cal_cte="7bit" if ics_text.isascii() else "base64",
                 attachments=[("invite.ics", ics_text.encode("utf-8"), "application", "ics")],
                 return_path=f"{hid(subj, n=20)}@calendar-server.bounces.google.com")


def exchange_email(frm, to, subject, date, text, html, ics_text, method="REQUEST", cc=None, tag=""):
    dom = frm.split("@")[-1].rstrip(">")
    headers = [("Thread-Topic", subject.split(": ", 1)[-1]), ("Thread-Index", base64.b64encode(
        bytes.fromhex(hid(subject, tag, n=32))).decode()), ("Accept-Language", "en-IE, en-US"),
        ("Content-Language", "en-GB"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
        ("Content-class", "urn:content-classes:calendarmessage"), ("x-ms-publictraffictype", "Email")]
    return email(frm, to, subject, date, text, html, cc=cc, headers=headers, calendar=ics_text,
                 cal_method=method, cal_cte="base64",
                 mid=f"<{hid(subject, date, tag, n=36).upper()}@{hid(dom, n=8).upper()}.eurprd03.prod.outlook.com>")


def ms_cdo(busy="TENTATIVE"):
    return ["X-MICROSOFT-CDO-APPT-SEQUENCE:0", f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
            "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
            "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
            "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]


TEAMS_BLOCK = ("________________________________________________________________________________\n"
               "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
               "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{x}%40thread.v2/0>\n"
               "Meeting ID: {mid}\nPasscode: {pc}\n"
               "Download Teams<https://www.microsoft.com/microsoft-teams/download-app> | "
               "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
               "________________________________________________________________________________\n")


def teams(tag):
    h = hid(tag, n=30)
    return TEAMS_BLOCK.format(x=h, mid=f"3{int(h[:6], 16) % 1000:03d} {int(h[6:12], 16) % 1000:03d} "
                                        f"{int(h[12:18], 16) % 1000:03d} {int(h[18:24], 16) % 1000:03d}",
                              pc=h[24:30].upper())


def html_of(text):
    from html import escape
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">"
            + "".join(f"<p>{escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))
            + "</div></body></html>")


def quote(text, who, when):
    return f"On {when}, {who} wrote:\n" + "\n".join("> " + l if l else ">" for l in text.strip("\n").split("\n"))


CASES = {}


def case(fn):
    CASES[fn.__name__.replace("c_", "b111-", 1).replace("_", "-")] = fn
    return fn


# ================================================================== POSITIVES
@case
def c_01_phone_screen_thursday_week_half_ten():
    dom = "corrigangames.example"
    ciara = f"Ciara Nolan <ciara.nolan@{dom}>"
    d1 = T(2026, 2, 9, 11, 42, DUB)
    d2 = T(2026, 2, 9, 14, 5, DUB)
    d3 = T(2026, 2, 9, 14, 31, DUB)
    sig = ("Ciara Nolan\nTalent Acquisition Partner | Corrigan Games\n"
           "Unit 4, Hanover Quay, Dublin 2, D02 XK73\nM: +353 87 555 0142 | T: +353 1 555 0190\n"
           "www.corrigangames.example")
    t1 = ("Hi Róisín,\n\nThanks a million for applying for the Technical Support Engineer (Player Platform) role "
          "here at Corrigan Games - your background on the Tier 2 desk at Ardmore looks like a great fit.\n\n"
          "I'd love to have a quick chat (30 mins max) to tell you a bit more about the team and hear about what "
          "you're looking for. Would Thursday week suit, say half ten in the morning? I'll ring you on the "
          "mobile number on your CV.\n\nIf that doesn't work just let me know and we'll find another time.\n\n"
          "Talk soon,\n" + sig)
    m1 = mid("b111-01-a", dom)
    e1 = email(ciara, OWNER_FROM, "Technical Support Engineer (Player Platform) - quick chat?", d1, t1, mid=m1)
    t2 = ("Hi Ciara,\n\nThanks for getting back to me so quickly! Thursday the 19th at half ten is grand - "
          "I'll be working from home that day so I can take the call no problem. My mobile is 086 555 0177 just "
          "in case the one on the CV is the old one.\n\nThanks,\nRóisín\n\n"
          + quote(t1, ciara, "Mon 9 Feb 2026 at 11:42"))
    m2 = f"<CAF{hid('b111-01-b', n=20)}@mail.example>"
    e2 = email(OWNER_FROM, ciara, "Re: Technical Support Engineer (Player Platform) - quick chat?", d2, t2,
               mid=m2, in_reply_to=m1, references=m1, text_cte="8bit")
    t3 = ("Perfect, you're in the diary for Thursday 19th at 10:30. I'll ring you on the 086 number - it might "
          "come up as a private number, so do answer!\n\nCiara\n\n" + sig + "\n\n"
          + quote(t2.split("\n\nOn ")[0], OWNER_FROM, "Mon 9 Feb 2026 at 14:05"))
    e3 = email(ciara, OWNER_FROM, "Re: Technical Support Engineer (Player Platform) - quick chat?", d3, t3,
               mid=mid("b111-01-c", dom), in_reply_to=m2, references=f"{m1} {m2}")
    s = T(2026, 2, 19, 10, 30, DUB)
    lab = label([iv("Corrigan Games", "Technical Support Engineer (Player Platform)", s, s + timedelta(minutes=30),
                    "scheduled", [f"ciara.nolan@{dom}"], [f"ciara.nolan@{dom}"], "phone_screen")],
                "medium", "positive/thread-relative-date",
                "Recruiter proposes 'Thursday week ... half ten' on Mon 9 Feb (= Thu 19 Feb 10:30 GMT, winter); "
                "candidate confirms the 19th; recruiter rings her, 30 min max.")
    return [("01-ciara-quick-chat.eml", e1), ("02-re-quick-chat.eml", e2), ("03-re-re-quick-chat.eml", e3)], lab


@case
def c_02_greenhouse_bangalore_3pm_ist_india():
    dom = "tessellate.example"
    meera = ("Meera Pillai", f"meera.pillai@{dom}")
    arvind = ("Arvind Rao", f"arvind.rao@{dom}")
    s = T(2026, 3, 11, 15, 0, KOL)
    e = s + timedelta(hours=1)
    role = "Technical Support Engineer II (EMEA)"
    desc = (f"Technical Interview - {role}\nInterviewer: Arvind Rao (Staff Support Engineer)\n"
            "Zoom: https://tessellate.zoom.example/j/84412093321?pwd=Qm9vbGVhbg\n"
            "Meeting ID: 844 1209 3321")
    cal = ics("REQUEST", f"{hid('b111-02', n=26)}@greenhouse-mail.example", s, e,
              f"Technical Interview: Róisín Doherty <> Tessellate Cloud", ("Meera Pillai", meera[1]),
              [("Arvind Rao", arvind[1]), ("Roisin Doherty", OWNER)], desc,
              "Zoom (link in description)", tzid="Asia/Kolkata",
              prodid="-//Greenhouse Software//Scheduler//EN", dtstamp=T(2026, 3, 4, 10, 15, KOL))
    text = (f"Hi Róisín,\n\nThank you for your interest in Tessellate Cloud! We're excited to confirm your "
            f"interview for the {role} position.\n\nTechnical Interview\n"
            "Wednesday, March 11th, 2026\n3:00 PM - 4:00 PM IST (India Standard Time, GMT+05:30)\n\n"
            "Interviewer: Arvind Rao, Staff Support Engineer (Bangalore)\n"
            "Location: Zoom - https://tessellate.zoom.example/j/84412093321?pwd=Qm9vbGVhbg\n\n"
            "Arvind will walk through a couple of real customer tickets with you (Kubernetes networking, API "
            "auth errors). No preparation needed beyond a good connection.\n\n"
            "A calendar invite is attached. If you need to reschedule please reply to this email.\n\n"
            "Best regards,\nMeera Pillai\nRecruiting Coordinator, Tessellate Cloud\n"
            "Prestige Tech Park, Marathahalli, Bengaluru 560103 | +91 80 5555 0123\n\n"
            "Powered by Greenhouse")
    e1 = email(f"Meera Pillai <no-reply@us.greenhouse-mail.example>", OWNER,
               f"Interview Confirmation: {role} at Tessellate Cloud", T(2026, 3, 4, 10, 15, KOL), text,
               html_of(text), reply_to=f"Meera Pillai <{meera[1]}>",
               attachments=[("interview.ics", cal.encode("utf-8"), "text", "calendar")])
    t2 = ("Hi Roisin,\n\nMeera mentioned she's sent over the invite for Wednesday. Just a quick note to say "
          "I'm looking forward to chatting - 3 PM IST should be 9:30 AM for you in Dublin, please correct me if "
          "I've got that wrong!\n\nWe'll mostly talk through how you'd troubleshoot a couple of tickets, so "
          "keep a notepad handy.\n\nRegards,\nArvind\n--\nArvind Rao | Staff Support Engineer | Tessellate Cloud\n"
          "Bengaluru, India")
    e2 = email(f"Arvind Rao <{arvind[1]}>", OWNER, "Wednesday's chat", T(2026, 3, 5, 18, 2, KOL), t2,
               text_cte="7bit")
    lab = label([iv("Tessellate Cloud", role, s, e, "scheduled", [arvind[1]], [arvind[1]], "technical")],
                "hard", "positive/ist-india",
                "Greenhouse confirmation from Bangalore: 3:00-4:00 PM IST = India (+05:30); .ics with "
                "TZID=Asia/Kolkata; interviewer confirms it is 9:30 for her in Dublin.")
    return [("01-greenhouse-confirmation.eml", e1), ("02-arvind-note.eml", e2)], lab


@case
def c_03_lumenpay_live_troubleshooting_google_invite():
    dom = "lumenpay.example"
    sinead = ("Sinéad Byrne", f"sinead.byrne@{dom}")
    dara = ("Dara Whelan", f"dara.whelan@{dom}")
    role = "Technical Support Engineer (Payments API)"
    s = T(2026, 4, 15, 14, 0, DUB)
    e = s + timedelta(minutes=90)
    t1 = ("Hi Róisín,\n\nGreat news - the team really enjoyed your chat with me last week and would like to move "
          f"you forward for the {role} role.\n\nThe next stage is a live troubleshooting exercise with Dara "
          "Whelan, one of our Tier 3 engineers. You'll share your screen and Dara will hand you a sandbox "
          "merchant account with a broken webhook integration - the idea is to see how you think, what you "
          "check first and how you'd explain it back to a customer. It's not a trick, and you can Google "
          "things.\n\nIt'll be 90 minutes. I'm sending the invite for Wednesday 15 April, 2-3:30pm IST - "
          "let me know if that doesn't suit.\n\nBest,\nSinéad\n\nSinéad Byrne | Talent Partner | Lumenpay\n"
          "2 Sir John Rogerson's Quay, Dublin 2 | +353 1 555 0466")
    e1 = email(f"Sinéad Byrne <{sinead[1]}>", OWNER_FROM, "Next steps - Lumenpay", T(2026, 4, 8, 9, 12, DUB), t1,
               html_of(t1))
    title = "Live troubleshooting exercise - Róisín Doherty"
    desc = ("Live troubleshooting exercise with Dara Whelan (Tier 3 Support). Please have screen sharing "
            "enabled. Sandbox credentials will be shared in the call.")
    cal = ics("REQUEST", f"{hid('b111-03', n=26)}@google.com", s, e, title, ("Sinéad Byrne", sinead[1]),
              [("Sinéad Byrne", sinead[1], "ACCEPTED"), ("Dara Whelan", dara[1], "ACCEPTED"), (OWNER, OWNER)],
              desc, "", tzid="Europe/Dublin", dtstamp=T(2026, 4, 8, 9, 20, DUB))
    e2 = gcal_email(sinead, title, s, e, "IST", "Wed 15 Apr 2026 2pm - 3:30pm", cal, T(2026, 4, 8, 9, 20, DUB),
                    [("Sinéad Byrne - organiser", sinead[1]), dara],
                    desc + "\n\nIrish Standard Time - Dublin")
    lab = label([iv("Lumenpay", role, s, e, "scheduled", [dara[1]], [dara[1]], "technical")], "medium",
                "positive/dedupe-email-and-google-invite",
                "Recruiter mail + Google invite for the same live troubleshooting exercise; IST here is Irish "
                "Standard Time (Europe/Dublin, +01:00); interviewer Dara Whelan.")
    return [("01-next-steps.eml", e1), ("02-invitation-live-troubleshooting.eml", e2)], lab


@case
def c_04_teams_gmt_standard_time_across_dst_change():
    dom = "quayside.example"
    joana = ("Joana Ferreira", f"joana.ferreira@{dom}")
    role = "Customer Support Engineer - Tier 2"
    s = T(2026, 3, 31, 10, 0, DUB)
    e = s + timedelta(minutes=45)
    sent = T(2026, 3, 26, 16, 20, DUB)
    body = ("When: Tuesday, 31 March 2026 10:00-10:45 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
            "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
            "Hi Róisín,\n\nAs discussed with Tomás, here's the invite for our conversation about the "
            f"{role} role. I manage the support team across Lisbon and Dublin, so we'll talk about your "
            "experience, how you handle escalations and what you'd want from the role.\n\n"
            "Heads up - the clocks go forward this Sunday, so that's 10:00 Irish summer time (same for me "
            "here in Lisbon).\n\nAté breve,\nJoana\n\nJoana Ferreira\nSupport Engineering Manager | Quayside Systems\n"
            "Av. da Liberdade 110, 1250-146 Lisboa | +351 21 555 0312\n\n" + teams("b111-04"))
    cal = ics("REQUEST", "040000008200E00074C5B7101A82E00800000000" + hid("b111-04", n=32).upper(), s, e,
              f"Interview: Róisín Doherty - {role}", joana, [("Roisin Doherty", OWNER)],
              body, "Microsoft Teams Meeting", tzid="GMT Standard Time",
              prodid="Microsoft Exchange Server 2010", dtstamp=sent, extra=ms_cdo())
    e1 = exchange_email(f"Joana Ferreira <{joana[1]}>", OWNER_FROM, f"Interview: Róisín Doherty - {role}", sent,
                        body, html_of(body), cal)
    lab = label([iv("Quayside Systems", role, s, e, "scheduled", [joana[1]], [joana[1]], "hiring_manager")],
                "hard", "positive/exchange-dst-change",
                "Teams invite sent Thu 26 Mar (GMT) for Tue 31 Mar 10:00 'GMT Standard Time'; the display label "
                "says (UTC+00:00) but Irish/UK summer time started 29 Mar, so the start is 10:00+01:00.")
    return [("01-teams-invite-hiring-manager.eml", e1)], lab


@case
def c_05_lever_london_fintech_bst():
    dom = "fenwickpay.example"
    hannah = ("Hannah Okoro", f"hannah.okoro@{dom}")
    priya = ("Priya Natarajan", f"priya.natarajan@{dom}")
    role = "Support Engineer, Merchant Integrations"
    s = T(2026, 4, 23, 11, 0, LON)
    e = s + timedelta(minutes=45)
    cal = ics("REQUEST", f"{hid('b111-05', n=20)}@hire.lever-mail.example", s, e,
              f"Fenwick Payments interview: Róisín Doherty / Priya Natarajan", hannah,
              [("Priya Natarajan", priya[1]), ("Roisin Doherty", OWNER)],
              "Support scenario interview. Google Meet: https://meet.google.com/fwp-kqra-tze", "Google Meet",
              prodid="-//Lever//Lever Hire//EN", dtstamp=T(2026, 4, 17, 15, 3, LON))
    text = ("Hi Róisín,\n\nYour interview with Fenwick Payments is confirmed.\n\n"
            f"Role: {role}\nWhen: Thu 23 Apr, 11:00 – 11:45 BST (London)\n"
            "Format: Video call (Google Meet) - https://meet.google.com/fwp-kqra-tze\n"
            "Interviewer: Priya Natarajan, Support Engineering Lead\n\n"
            "Priya will take you through a merchant integration scenario (3DS failures on a checkout) and "
            "chat about how you prioritise a busy queue.\n\nIf you need to change the time, simply reply to "
            "this email and Hannah will help.\n\nThanks,\nHannah Okoro\nTalent, Fenwick Payments\n"
            "30 Finsbury Square, London EC2A 1AG\n\n--\nSent via Lever")
    e1 = email("Fenwick Payments <no-reply@hire.lever-mail.example>", OWNER,
               f"Interview confirmed: Fenwick Payments - {role}", T(2026, 4, 17, 15, 3, LON), text, html_of(text),
               reply_to=f"Hannah Okoro <{hannah[1]}>",
               attachments=[("invite.ics", cal.encode("utf-8"), "application", "ics")])
    lab = label([iv("Fenwick Payments", role, s, e, "scheduled", [priya[1]], [priya[1]], "technical")],
                "medium", "positive/lever-email-with-ics",
                "Lever confirmation from no-reply with Reply-To recruiter; 11:00-11:45 BST (London = +01:00); "
                ".ics in UTC lists the interviewer.")
    return [("01-lever-interview-confirmed.eml", e1)], lab


@case
def c_06_calendly_berlin_14_uhr():
    dom = "nordlicht-games.example"
    jonas = ("Jonas Weber", f"jonas.weber@{dom}")
    role = "Player Support Engineer (English/Irish market)"
    s = T(2026, 5, 5, 14, 0, BER)  # = 13:00 Dublin
    e = s + timedelta(minutes=30)
    t1 = (f"Hi Róisín,\n\nthank you for your application as {role} at Nordlicht Games! I'm the recruiter for "
          "our Berlin live-ops team and would like to get to know you in a short intro call (30 min).\n\n"
          "Please pick a slot that works for you here: https://calendly.example/jonas-weber-nordlicht/intro\n\n"
          "Viele Grüße / best regards\nJonas Weber\nTalent Acquisition | Nordlicht Games GmbH\n"
          "Schlesische Str. 28, 10997 Berlin | +49 30 5555 0188")
    m1 = mid("b111-06-a", dom)
    e1 = email(f"Jonas Weber <{jonas[1]}>", OWNER, f"Your application: {role}", T(2026, 4, 27, 9, 30, BER), t1,
               mid=m1)
    cal = ics("REQUEST", f"{hid('b111-06', n=24)}@calendly-mail.example", s, e,
              "Intro call (30 min) between Jonas Weber and Róisín Doherty", jonas,
              [("Jonas Weber", jonas[1], "ACCEPTED"), ("Róisín Doherty", OWNER, "ACCEPTED")],
              "Event Name: Intro call (30 min)\nLocation: Google Meet", "Google Meet",
              prodid="-//Calendly//Calendly//EN", dtstamp=T(2026, 4, 27, 20, 41, DUB))
    t2 = ("Hi Róisín Doherty,\n\nYour event has been scheduled.\n\nEvent Type:\nIntro call (30 min)\n\n"
          "Invitee:\nRóisín Doherty\n\nEvent Date/Time:\n13:00 - Tuesday, 5 May 2026 (GMT+01:00) Dublin\n\n"
          "Location:\nThis is a Google Meet web conference. https://meet.google.com/nlg-wzpa-qxe\n\n"
          "Invitee Time Zone:\nDublin\n\nCancel or reschedule: https://calendly.example/cancellations/"
          + hid("b111-06c", n=16) + "\n\nPowered by Calendly")
    e2 = email("Calendly <notifications@calendly-mail.example>", OWNER,
               "Confirmed: Intro call (30 min) with Jonas Weber on Tuesday, 5 May 2026", T(2026, 4, 27, 20, 41, DUB),
               t2, html_of(t2), reply_to=f"Jonas Weber <{jonas[1]}>",
               attachments=[("invite.ics", cal.encode("utf-8"), "text", "calendar")])
    t3 = ("Hi Róisín,\n\ndanke, I saw your booking - so we talk on Tuesday at 14:00 Uhr my time (13:00 for you "
          "in Dublin, if I did the maths right). I'll send nothing else, the Meet link is in the Calendly "
          "invite.\n\nBis Dienstag!\nJonas")
    e3 = email(f"Jonas Weber <{jonas[1]}>", OWNER, f"Re: Your application: {role}", T(2026, 4, 28, 8, 55, BER),
               t3, in_reply_to=m1, references=m1, mid=mid("b111-06-c", dom))
    lab = label([iv("Nordlicht Games", role, s, e, "scheduled", [jonas[1]], [jonas[1]], "phone_screen")],
                "medium", "positive/calendly",
                "Scheduling link, then Calendly confirmation 13:00 Dublin (+01:00) = 14:00 Uhr Berlin, recruiter "
                "confirms; one 30-min intro call.")
    return [("01-application-intro-call-link.eml", e1), ("02-calendly-confirmed.eml", e2),
            ("03-re-application-14-uhr.eml", e3)], lab


@case
def c_07_reschedule_by_reply_brightwater():
    dom = "brightwater.example"
    aoife = f"Aoife Gallagher <aoife.gallagher@{dom}>"
    mark = f"mark.delaney@{dom}"
    role = "Senior Technical Support Engineer"
    sig = ("Aoife Gallagher\nPeople & Talent | Brightwater Analytics\nBlock C, Grand Canal Plaza, Dublin 4, "
           "D04 R2F6\nT: +353 1 555 0730")
    t1 = (f"Hi Róisín,\n\nMark Delaney, our Head of Customer Support, would love to meet you about the {role} "
          "position. He has Monday 20th April at 2pm free - it'd be about 45 minutes, in person at our office "
          "in Grand Canal Dock (address below). Just ask for Mark at reception.\n\nDoes that work?\n\n"
          "Kind regards,\n" + sig)
    m1 = mid("b111-07-a", dom)
    e1 = email(aoife, OWNER_FROM, f"Meeting with Mark - {role}", T(2026, 4, 14, 10, 5, DUB), t1, mid=m1)
    t2 = ("Hi Aoife,\n\nThanks so much. Unfortunately I'm rostered on the late shift on Monday and can't swap it "
          "at this stage - is there any chance Mark could do Wednesday afternoon instead? Any time after 2 "
          "would work for me.\n\nApologies for the hassle!\nRóisín\n\n" + quote(t1, aoife, "Tue 14 Apr 2026 at 10:05"))
    m2 = f"<CAF{hid('b111-07-b', n=20)}@mail.example>"
    e2 = email(OWNER_FROM, aoife, f"Re: Meeting with Mark - {role}", T(2026, 4, 14, 12, 48, DUB), t2, mid=m2,
               in_reply_to=m1, references=m1)
    t3 = ("Hi Róisín,\n\nNo bother at all. Mark can do Wednesday 22nd at 4pm instead, so I've moved it - same "
          "place, same length. His email is " + mark + " in case you need to reach him on the day.\n\n"
          "Best,\nAoife\n\n" + sig + "\n\n" + quote(t2.split("\n\nOn ")[0], OWNER_FROM, "Tue 14 Apr 2026 at 12:48"))
    e3 = email(aoife, OWNER_FROM, f"Re: Meeting with Mark - {role}", T(2026, 4, 14, 15, 20, DUB), t3,
               mid=mid("b111-07-c", dom), in_reply_to=m2, references=f"{m1} {m2}", cc=f"Mark Delaney <{mark}>")
    s = T(2026, 4, 22, 16, 0, DUB)
    lab = label([iv("Brightwater Analytics", role, s, s + timedelta(minutes=45), "scheduled", [mark], [mark],
                    "hiring_manager")], "medium", "positive/reschedule-by-email",
                "Mon 20 Apr 2pm proposed, candidate asks to move, final Wed 22 Apr 4pm (+01:00), 45 min in person "
                "with the Head of Customer Support.")
    return [("01-meeting-with-mark.eml", e1), ("02-re-late-shift.eml", e2), ("03-re-moved-to-wednesday.eml", e3)], lab


@case
def c_08_workable_lisbon_candidate_withdraws():
    dom = "orrery.example"
    rita = ("Rita Santos", f"rita.santos@{dom}")
    bruno = ("Bruno Costa", f"bruno.costa@{dom}")
    role = "Application Support Engineer"
    s = T(2026, 5, 7, 11, 0, LIS)
    e = s + timedelta(hours=1)
    cal = ics("REQUEST", f"{hid('b111-08', n=24)}@workable-mail.example", s, e,
              f"Interview: Róisín Doherty for {role}", rita,
              [("Rita Santos", rita[1]), ("Bruno Costa", bruno[1]), ("Róisín Doherty", OWNER)],
              "Technical interview (video). Join: https://orrery.whereby.example/support-interview", "Video call",
              tzid="Europe/Lisbon", prodid="-//Workable//Interview Scheduler//EN", dtstamp=T(2026, 4, 29, 12, 0, LIS))
    t1 = (f"Hi Róisín,\n\nYour interview for the {role} position at Orrery Software has been scheduled.\n\n"
          "Date: Thursday, May 7, 2026\nTime: 11:00 AM - 12:00 PM (Europe/Lisbon)\n"
          "Type: Technical interview (video call)\nInterviewers: Rita Santos, Bruno Costa\n"
          "Join: https://orrery.whereby.example/support-interview\n\n"
          "Please add the attached event to your calendar. Reply to this email if anything changes.\n\n"
          "Orrery Software - Lisbon\n\nSent with Workable")
    m1 = mid("b111-08-a", "workable-mail.example")
    e1 = email("Orrery Software <noreply@workable-mail.example>", OWNER,
               f"Interview scheduled: {role} at Orrery Software", T(2026, 4, 29, 12, 0, LIS), t1, html_of(t1),
               reply_to=f"Rita Santos <{rita[1]}>", mid=m1,
               attachments=[("interview.ics", cal.encode("utf-8"), "text", "calendar")])
    t2 = ("Hi Rita,\n\nI'm really sorry to do this at short notice, but after a lot of thought I've decided to "
          "withdraw my application for the Application Support Engineer role. Could you please cancel "
          "Thursday's interview with yourself and Bruno? I didn't want to waste anyone's time.\n\n"
          "Thanks again for everything, and apologies to Bruno too.\n\nKind regards,\nRóisín Doherty")
    m2 = f"<CAF{hid('b111-08-b', n=20)}@mail.example>"
    e2 = email(OWNER_FROM, f"Rita Santos <{rita[1]}>", f"Re: Interview scheduled: {role} at Orrery Software",
               T(2026, 5, 4, 20, 14, DUB), t2, mid=m2, in_reply_to=m1, references=m1)
    t3 = ("Hi Róisín,\n\nThanks for letting us know, and no problem at all - I've cancelled Thursday's "
          "interview and let Bruno know. Best of luck with everything, and feel free to reach out in the "
          "future.\n\nObrigada,\nRita\n\nRita Santos | Support Team Lead | Orrery Software\n"
          "Rua do Alecrim 47, 1200-014 Lisboa")
    e3 = email(f"Rita Santos <{rita[1]}>", OWNER_FROM, f"Re: Interview scheduled: {role} at Orrery Software",
               T(2026, 5, 5, 9, 2, LIS), t3, mid=mid("b111-08-c", dom), in_reply_to=m2, references=f"{m1} {m2}")
    lab = label([iv("Orrery Software", role, s, e, "cancelled", [rita[1], bruno[1]], [rita[1], bruno[1]],
                    "onsite")], "medium", "positive/cancel-by-candidate",
                "Workable invite (Europe/Lisbon 11:00 = +01:00) with two interviewers (panel -> onsite); the "
                "candidate withdraws and the recruiter confirms the cancellation.")
    return [("01-workable-interview-scheduled.eml", e1), ("02-re-withdraw.eml", e2), ("03-re-cancelled.eml", e3)], lab


@case
def c_09_exchange_cancel_berlin_role_on_hold():
    dom = "halcyonbank.example"
    katrin = ("Katrin Schulz", f"katrin.schulz@{dom}")
    felix = ("Felix Braun", f"felix.braun@{dom}")
    role = "2nd Level Support Engineer (Payments)"
    s = T(2026, 3, 24, 10, 0, BER)
    e = s + timedelta(hours=1)
    uid = "040000008200E00074C5B7101A82E00800000000" + hid("b111-09", n=32).upper()
    subj = f"Interview: Róisín Doherty – {role}"
    body1 = ("When: Tuesday, 24 March 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.\n"
             "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\nDear Róisín,\n\n"
             f"thank you for your application. Felix Braun (Senior Support Engineer) and I would like to invite "
             f"you to an interview for the {role} role in our Berlin team. That's 9:00 in the morning Irish "
             "time.\n\nWe will talk about your experience with card payments and do a short case from our "
             "ticket queue.\n\nBest regards\nKatrin Schulz\nTeam Lead Payments Support | Halcyon Bank Technology GmbH\n"
             "Friedrichstraße 68, 10117 Berlin\n\n" + teams("b111-09"))
    cal1 = ics("REQUEST", uid, s, e, subj, katrin, [("Roisin Doherty", OWNER), ("Felix Braun", felix[1])], body1,
               "Microsoft Teams Meeting", tzid="W. Europe Standard Time", prodid="Microsoft Exchange Server 2010",
               dtstamp=T(2026, 3, 11, 14, 30, BER), extra=ms_cdo())
    e1 = exchange_email(f"Katrin Schulz <{katrin[1]}>", f"{OWNER_NAME} <{OWNER}>", subj,
                        T(2026, 3, 11, 14, 30, BER), body1, html_of(body1), cal1,
                        cc=f"Felix Braun <{felix[1]}>", tag="a")
    body2 = ("Dear Róisín,\n\nunfortunately I have to cancel our interview. The position has been put on hold "
             "after a budget decision this week and we are not able to continue the process for now. I'm very "
             "sorry for the short notice - I will contact you if the role opens again.\n\nBest regards\nKatrin")
    cal2 = ics("CANCEL", uid, s, e, "Canceled: " + subj, katrin,
               [("Roisin Doherty", OWNER), ("Felix Braun", felix[1])], body2, "Microsoft Teams Meeting",
               tzid="W. Europe Standard Time", seq=1, status="CANCELLED", prodid="Microsoft Exchange Server 2010",
               dtstamp=T(2026, 3, 20, 16, 5, BER), extra=ms_cdo("FREE"))
    e2 = exchange_email(f"Katrin Schulz <{katrin[1]}>", f"{OWNER_NAME} <{OWNER}>", "Canceled: " + subj,
                        T(2026, 3, 20, 16, 5, BER), body2, html_of(body2), cal2, method="CANCEL",
                        cc=f"Felix Braun <{felix[1]}>", tag="b")
    lab = label([iv("Halcyon Bank Technology", role, s, e, "cancelled", [katrin[1], felix[1]],
                    [katrin[1], felix[1]], "onsite")], "easy", "positive/exchange-cancel",
                "Outlook/Teams invite in W. Europe Standard Time (24 Mar, before the EU change -> +01:00), "
                "two interviewers (panel), then METHOD:CANCEL because the role is on hold.")
    return [("01-interview-invite.eml", e1), ("02-canceled-interview.eml", e2)], lab


@case
def c_10_final_round_two_sessions_html_only():
    dom = "pixelforge.example"
    emma = f"Emma Kinsella <emma.kinsella@{dom}>"
    liam = ("Liam Murphy", f"liam.murphy@{dom}")
    niall = ("Niall Fitzgerald", f"niall.fitzgerald@{dom}")
    role = "Live Ops Support Engineer"
    html = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Helvetica,Arial,sans-serif;"
            "font-size:14px;color:#222\">"
            "<p>Hi Róisín,</p>"
            f"<p>Delighted to invite you to the <b>final round</b> for the {role} role! It'll be in person at "
            "our Dublin studio on <b>Friday 22nd May</b>.</p>"
            "<table cellpadding=\"6\" style=\"border-collapse:collapse;border:1px solid #ddd\">"
            "<tr style=\"background:#f3f0ff\"><th align=\"left\">Time</th><th align=\"left\">Session</th>"
            "<th align=\"left\">With</th></tr>"
            "<tr><td>09:30 – 10:30</td><td>Technical deep-dive: incident walkthrough on our live game "
            "backend</td><td>Liam Murphy, Principal Live Ops Engineer</td></tr>"
            "<tr><td>10:30 – 10:45</td><td>Coffee &amp; studio tour</td><td>Emma</td></tr>"
            "<tr><td>10:45 – 11:45</td><td>Team fit &amp; career conversation</td><td>Niall Fitzgerald, "
            "Director of Player Support</td></tr></table>"
            "<p>I've copied Liam and Niall here so you have their details. Please arrive 10 minutes early and "
            "bring photo ID for building security.</p>"
            "<p><b>Address:</b> Pixelforge Studios, 3rd Floor, 20 Windmill Lane, Dublin 2, D02 WK56<br>"
            "Nearest Luas: Grand Canal Dock (DART) / Spencer Dock</p>"
            "<p>Any questions, give me a shout.</p>"
            "<p>Emma Kinsella<br>Senior Recruiter | Pixelforge Studios<br>+353 1 555 0921 | "
            "<a href=\"https://pixelforge.example/careers\">pixelforge.example/careers</a></p>"
            "</body></html>")
    m1 = mid("b111-10-a", dom)
    e1 = email(emma, OWNER_FROM, f"Final round - {role} - Fri 22 May", T(2026, 5, 11, 16, 40, DUB), None, html,
               cc=f"{liam[0]} <{liam[1]}>, {niall[0]} <{niall[1]}>", mid=m1, html_cte="base64")
    t2 = ("Hi Emma,\n\nThat's brilliant news, thank you! Friday 22nd works perfectly - I'll be there for "
          "twenty past nine. Looking forward to meeting Liam and Niall.\n\nBest,\nRóisín\n\n"
          "On Mon 11 May 2026 at 16:40, " + emma + " wrote:\n> Hi Róisín,\n> Delighted to invite you to the "
          "final round for the " + role + " role! It'll be in person at our Dublin studio on Friday 22nd May.\n> ...")
    e2 = email(OWNER_FROM, emma, f"Re: Final round - {role} - Fri 22 May", T(2026, 5, 11, 19, 2, DUB), t2,
               mid=f"<CAF{hid('b111-10-b', n=20)}@mail.example>", in_reply_to=m1, references=m1)
    s = T(2026, 5, 22, 9, 30, DUB)
    e = T(2026, 5, 22, 11, 45, DUB)
    lab = label([iv("Pixelforge Studios", role, s, e, "scheduled", [liam[1], niall[1]], [liam[1], niall[1]],
                    "onsite")], "hard", "positive/onsite-two-sessions-html-only",
                "HTML-only (base64) itinerary: two sessions 09:30-10:30 and 10:45-11:45 on Fri 22 May in Dublin "
                "(+01:00) -> one onsite 09:30-11:45 with both interviewers; candidate confirms.")
    return [("01-final-round-itinerary.eml", e1), ("02-re-final-round.eml", e2)], lab


@case
def c_11_two_interviews_ist_irish_then_ist_india():
    dom = "stackwise.example"
    orla = f"Orla Quinn <orla.quinn@{dom}>"
    karthik = f"Karthik Iyer <karthik.iyer@{dom}>"
    role = "Technical Support Engineer - Fintech Platform"
    sig_o = "Orla Quinn\nTalent Partner, Stackwise\nThe Warehouse, 35 Barrow St, Dublin 4\n+353 87 555 0619"
    t1 = (f"Hi Róisín,\n\nThanks for applying for our {role} role - I'd love to set up an initial call to chat "
          "through your experience and what we're building. Would Tuesday (14th) at 2pm IST suit? It'll be "
          "about 30 minutes and I'll ring you.\n\nThanks,\n" + sig_o)
    m1 = mid("b111-11-a", dom)
    e1 = email(orla, OWNER_FROM, f"Stackwise - {role}", T(2026, 4, 8, 11, 20, DUB), t1, mid=m1)
    t2 = ("Hi Orla,\n\nTuesday at 2 is perfect, talk to you then.\n\nRóisín\n\n"
          + quote(t1, orla, "Wed 8 Apr 2026 at 11:20"))
    m2 = f"<CAF{hid('b111-11-b', n=20)}@mail.example>"
    e2 = email(OWNER_FROM, orla, f"Re: Stackwise - {role}", T(2026, 4, 8, 12, 2, DUB), t2, mid=m2,
               in_reply_to=m1, references=m1)
    t3 = ("Hi Róisín,\n\nGreat chatting yesterday! The good news is the team would like to move you to the "
          "technical interview. That'll be with Karthik Iyer from our support engineering team in Bangalore - "
          "he'll reach out directly to find a time that works across the two time zones.\n\nBest,\n" + sig_o)
    e3 = email(orla, OWNER_FROM, f"Stackwise - next step", T(2026, 4, 15, 17, 5, DUB), t3, mid=mid("b111-11-c", dom))
    t4 = ("Hi Roisin,\n\nGreetings from Bangalore! Orla shared your profile with me. Shall we do the technical "
          "round on Tuesday, 21 April at 4:30 PM IST? That should be 12 noon for you in Dublin. It will take "
          "1 hour - we will go through some API debugging and log analysis together, I'll share a Google Meet "
          "link.\n\nPlease confirm.\n\nThanks & Regards,\nKarthik Iyer\nLead Support Engineer, Stackwise\n"
          "Embassy Golf Links, Bengaluru | +91 98455 50123")
    m4 = mid("b111-11-d", dom)
    e4 = email(karthik, OWNER, "Technical round - Stackwise", T(2026, 4, 16, 10, 12, KOL), t4, mid=m4,
               text_cte="7bit")
    t5 = ("Hi Karthik,\n\nThanks for reaching out - Tuesday 21st at 4:30 PM IST / 12 noon Irish time works "
          "for me. Looking forward to it.\n\nBest regards,\nRóisín\n\n" + quote(t4, karthik, "Thu 16 Apr 2026 at 05:42"))
    e5 = email(OWNER_FROM, karthik, "Re: Technical round - Stackwise", T(2026, 4, 16, 8, 30, DUB), t5,
               mid=f"<CAF{hid('b111-11-e', n=20)}@mail.example>", in_reply_to=m4, references=m4)
    s1 = T(2026, 4, 14, 14, 0, DUB)
    s2 = T(2026, 4, 21, 16, 30, KOL)
    lab = label([
        iv("Stackwise", role, s1, s1 + timedelta(minutes=30), "scheduled", ["orla.quinn@" + dom],
           ["orla.quinn@" + dom], "phone_screen"),
        iv("Stackwise", role, s2, s2 + timedelta(hours=1), "scheduled", ["karthik.iyer@" + dom],
           ["karthik.iyer@" + dom], "technical")],
        "hard", "positive/two-interviews-ist-ambiguity",
        "Dublin recruiter's '2pm IST' = Irish (14 Apr 14:00+01:00, 30 min screen); Bangalore engineer's "
        "'4:30 PM IST' = India (21 Apr 16:30+05:30 = 12:00 Dublin, 1 h technical).")
    return [("01-stackwise-initial-call.eml", e1), ("02-re-tuesday-at-2.eml", e2), ("03-next-step.eml", e3),
            ("04-karthik-technical-round.eml", e4), ("05-re-technical-round.eml", e5)], lab


@case
def c_12_agency_forwarded_noon_teams():
    dom = "harbourline.example"
    declan = f"Declan Moran <declan.moran@{dom}>"
    helen = "helen.roche@gannetpay.example"
    role = "Application Support Analyst"
    text = ("Hi Róisín,\n\nGood news - see below from Gannet. They'd like to see you Thursday 4th June at "
            "noon on Teams, for an hour with Helen, the hiring manager. Their invite should follow from their "
            "side, but I've said yes on your behalf as you told me Thursdays are your day off - shout if that's "
            "a problem.\n\nI'll ring you Wednesday evening for a quick prep chat.\n\nDeclan\n\n"
            "Declan Moran | Senior Consultant, IT Support & Infrastructure\nHarbourline Recruitment\n"
            "Harcourt Centre, Harcourt Road, Dublin 2 | D: +353 1 555 0285 | M: +353 85 555 0341\n\n"
            "From: Helen Roche <" + helen + ">\nSent: Thursday, May 21, 2026 3:31 PM\n"
            "To: Declan Moran <declan.moran@" + dom + ">\n"
            f"Subject: RE: Candidate - Róisín Doherty - {role}\n\n"
            "Hi Declan,\n\nThanks for sending Róisín's CV, we'd like to meet her. I can do Thursday 4th June, "
            "12:00-13:00 on Teams. It'll be me for the full hour - we'll cover her support background and a "
            "couple of scenarios from our trading platform.\n\nKind regards,\nHelen\n\nHelen Roche\n"
            "Head of Application Support | Gannet Payments\n")
    e1 = email(declan, OWNER_FROM, f"FW: Candidate - Róisín Doherty - {role}", T(2026, 5, 21, 15, 48, DUB), text)
    s = T(2026, 6, 4, 12, 0, DUB)
    body = ("Hi Róisín,\n\nLooking forward to meeting you. We'll talk through your support background and a couple "
            "of scenarios from our trading platform.\n\nHelen Roche\nHead of Application Support | Gannet Payments\n"
            "Gannet House, 7 Hatch Street Upper, Dublin 2\n\n" + teams("b111-12"))
    cal = ics("REQUEST", "040000008200E00074C5B7101A82E00800000000" + hid("b111-12", n=32).upper(), s,
              s + timedelta(hours=1), f"Interview - Róisín Doherty - {role}", ("Helen Roche", helen),
              [("Roisin Doherty", OWNER)], body, "Microsoft Teams Meeting", tzid="GMT Standard Time",
              prodid="Microsoft Exchange Server 2010", dtstamp=T(2026, 5, 22, 9, 14, DUB), extra=ms_cdo())
    lab = label([iv("Gannet Payments", role, s, s + timedelta(hours=1), "scheduled", [helen], [helen],
                    "hiring_manager")], "hard", "positive/agency-forward",
                "Agency recruiter forwards the client's reply: Thu 4 June 12:00-13:00 (noon, Dublin +01:00) with "
                "the hiring manager; her Outlook .ics (GMT Standard Time) follows as a standalone file - same "
                "interview.")
    return [("01-fw-candidate-gannet.eml", e1), ("02-interview-gannet-payments.ics", cal.encode("utf-8"))], lab


@case
def c_13_lisbon_14h_email_plus_gcal_json():
    dom = "mares-interactive.example"
    ines = ("Inês Carvalho", f"ines.carvalho@{dom}")
    rui = ("Rui Almeida", f"rui.almeida@{dom}")
    role = "Live Operations Support Engineer"
    s = T(2026, 6, 10, 14, 0, LIS)
    e = s + timedelta(hours=1)
    t1 = (f"Olá Róisín,\n\nThank you for your time on the phone last week! As promised, here are the details for "
          f"the technical interview for the {role} role.\n\nQuarta-feira, 10 de junho, às 14h (Lisbon time - "
          "same as Dublin), around 1h, on Google Meet.\nYou will meet Rui Almeida, one of our senior live ops "
          "engineers. He will give you a simulated outage on one of our game servers and ask you to triage it.\n\n"
          "I'll send the calendar invite separately.\n\nAbraço,\nInês\n\nInês Carvalho | Talent Acquisition\n"
          "Marés Interactive | Rua da Prata 80, 1100-415 Lisboa | +351 91 555 0477")
    e1 = email(f"Inês Carvalho <{ines[1]}>", OWNER_FROM, f"Technical interview - {role}", T(2026, 6, 2, 10, 0, LIS),
               t1, text_cte="quoted-printable")
    ev = {
        "kind": "calendar#event", "etag": "\"3312845654458911\"", "id": hid("b111-13", n=26), "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + hid("b111-13e", n=40),
        "created": "2026-06-02T09:05:00.000Z", "updated": "2026-06-02T09:07:12.204Z",
        "summary": f"Marés Interactive | Technical interview - {role}",
        "description": "Simulated outage triage with Rui Almeida. Please join 2 minutes early.",
        "creator": {"email": ines[1], "displayName": ines[0]},
        "organizer": {"email": ines[1], "displayName": ines[0]},
        "start": {"dateTime": s.isoformat(), "timeZone": "Europe/Lisbon"},
        "end": {"dateTime": e.isoformat(), "timeZone": "Europe/Lisbon"},
        "iCalUID": hid("b111-13", n=26) + "@google.com", "sequence": 0,
        "attendees": [
            {"email": ines[1], "displayName": ines[0], "organizer": True, "responseStatus": "accepted"},
            {"email": rui[1], "displayName": rui[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"}],
        "hangoutLink": "https://meet.google.com/mrs-tqkb-ows",
        "conferenceData": {"entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/mrs-tqkb-ows",
                                            "label": "meet.google.com/mrs-tqkb-ows"}],
                           "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                           "conferenceId": "mrs-tqkb-ows"},
        "reminders": {"useDefault": True}, "eventType": "default"}
    e2 = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    lab = label([iv("Marés Interactive", role, s, e, "scheduled", [rui[1]], [rui[1]], "technical")], "medium",
                "positive/dedupe-email-and-gcal-json",
                "Recruiter mail ('às 14h', Lisbon = Dublin time) plus Calendar API event (Europe/Lisbon, +01:00); "
                "one technical interview with Rui Almeida.")
    return [("01-technical-interview-details.eml", e1), ("02-event-technical-interview.gcal.json", e2)], lab


# ================================================================== NEGATIVES
@case
def c_14_garda_vetting_id_check_appointment():
    dom = "clearpath-screening.example"
    s = T(2026, 5, 19, 11, 30, DUB)
    e = s + timedelta(minutes=15)
    cal = ics("REQUEST", f"{hid('b111-14', n=24)}@{dom}", s, e, "Identity verification call - Clearpath Screening",
              ("Clearpath Vetting Team", f"vetting@{dom}"), [("Roisin Doherty", OWNER)],
              "ID verification for Garda vetting (NVB). Have your passport and proof of address ready.",
              "Video call - link in email", prodid="-//Clearpath//Booking//EN", dtstamp=T(2026, 5, 13, 9, 0, DUB))
    t1 = ("Dear Róisín,\n\nLumenpay has asked Clearpath Screening to carry out pre-employment checks for your new "
          "role, including Garda vetting through the National Vetting Bureau and an employment history check.\n\n"
          "Your identity verification call has been scheduled:\n\n"
          "Tuesday 19 May 2026, 11:30 - 11:45 (Irish time)\nVideo call: https://verify.clearpath-screening.example/c/"
          + hid("b111-14v", n=10) + "\n\nPlease have ready: passport or driving licence, and one proof of address "
          "dated within the last 6 months. This is not an interview - a vetting officer will simply confirm your "
          "documents on camera. Once complete you'll receive the NVB e-vetting form by email.\n\n"
          "If you need to reschedule, use the link above at least 24 hours in advance.\n\nKind regards,\n"
          "Clearpath Vetting Team\nClearpath Screening Ltd, Unit 12 Sandyford Business Park, Dublin 18\n"
          "+353 1 555 0602")
    e1 = email(f"Clearpath Screening <vetting@{dom}>", OWNER, "Candidate screening: your ID verification call is booked",
               T(2026, 5, 13, 9, 0, DUB), t1, html_of(t1),
               attachments=[("appointment.ics", cal.encode("utf-8"), "text", "calendar")])
    lab = label([], "hard", "negative/background-check-appointment",
                "Garda vetting / pre-employment ID verification call with a screening vendor after an offer; a "
                "booked video call with .ics, but not a job interview.")
    return [("01-id-verification-booked.eml", e1)], lab


@case
def c_15_gp_phone_consultation():
    dom = "ranelaghmedical.example"
    t1 = ("RANELAGH MEDICAL CENTRE\n\nDear Ms Doherty,\n\nThis is to confirm your appointment:\n\n"
          "Clinician: Dr Aisling Moore (GP)\nDate: Thursday 5 March 2026\nTime: 9:40am\n"
          "Type: Telephone consultation - the doctor will call you on 086 555 0177 within 15 minutes of your "
          "appointment time. Please keep your phone free.\n\nReason recorded: review of blood test results / "
          "fitness-to-work cert for your employer.\n\nIf you cannot attend, please call reception on "
          "01 555 0440 or reply CANCEL. A fee of €30 applies to missed appointments.\n\n"
          "Ranelagh Medical Centre, 14 Ranelagh Road, Dublin 6, D06 YX21\n"
          "This is an automated message from our practice booking system. Please do not reply to this address.")
    e1 = email(f"Ranelagh Medical Centre <appointments@{dom}>", OWNER, "Appointment confirmation - Thu 05/03 09:40",
               T(2026, 3, 2, 17, 12, DUB), t1, text_cte="quoted-printable")
    t2 = ("Dear Ms Doherty,\n\nA reminder that you have a telephone consultation with Dr Aisling Moore tomorrow "
          "(Thursday) at 9:40am. The doctor will call you.\n\nRanelagh Medical Centre - 01 555 0440")
    e2 = email(f"Ranelagh Medical Centre <appointments@{dom}>", OWNER, "Reminder: your appointment tomorrow",
               T(2026, 3, 4, 18, 0, DUB), t2)
    s = T(2026, 3, 5, 9, 40, DUB)
    cal = ics("PUBLISH", f"{hid('b111-15', n=24)}@{dom}", s, s + timedelta(minutes=10),
              "GP telephone consultation - Dr Aisling Moore", ("Ranelagh Medical Centre", f"appointments@{dom}"),
              [("Roisin Doherty", OWNER)], "The doctor will call you. Reception: 01 555 0440",
              "Telephone", prodid="-//Ranelagh Medical Centre//Practice Booking//EN", dtstamp=T(2026, 3, 2, 17, 12, DUB),
              tzid="Europe/Dublin")
    lab = label([], "medium", "negative/medical-appointment",
                "GP telephone consultation confirmation + .ics + reminder ('the doctor will call you', 'for your "
                "employer'); not an interview.")
    return [("01-appointment-confirmation.eml", e1), ("02-appointment.ics", cal.encode("utf-8")),
            ("03-appointment-reminder.eml", e2)], lab


@case
def c_16_mortgage_broker_call():
    dom = "keystonemortgages.example"
    fergal = ("Fergal Dunne", f"fergal.dunne@{dom}")
    s = T(2026, 5, 18, 18, 0, DUB)
    e = s + timedelta(minutes=45)
    cal = ics("REQUEST", f"{hid('b111-16', n=24)}@calendly-mail.example", s, e,
              "Mortgage fact-find call between Fergal Dunne and Róisín Doherty", fergal,
              [("Fergal Dunne", fergal[1], "ACCEPTED"), ("Róisín Doherty", OWNER, "ACCEPTED")],
              "First-time buyer fact-find. Phone call: Fergal will ring +353865550177", "Phone call",
              prodid="-//Calendly//Calendly//EN", dtstamp=T(2026, 5, 11, 21, 3, DUB))
    t1 = ("Hi Róisín Doherty,\n\nYour event has been scheduled.\n\nEvent Type:\nMortgage fact-find call (45 min)\n\n"
          "Event Date/Time:\n18:00 - Monday, 18 May 2026 (GMT+01:00) Dublin\n\nLocation:\n"
          "Fergal will call you on +353865550177\n\nQuestions:\nAre you a first-time buyer? Yes\n"
          "Current employer and role: Ardmore Software - Technical Support Engineer\n\n"
          "Cancel or reschedule: https://calendly.example/cancellations/" + hid("b111-16c", n=16)
          + "\n\nPowered by Calendly")
    e1 = email("Calendly <notifications@calendly-mail.example>", OWNER,
               "Confirmed: Mortgage fact-find call (45 min) with Fergal Dunne on Monday, 18 May 2026",
               T(2026, 5, 11, 21, 3, DUB), t1, html_of(t1), reply_to=f"Fergal Dunne <{fergal[1]}>",
               attachments=[("invite.ics", cal.encode("utf-8"), "text", "calendar")])
    t2 = ("Hi Róisín,\n\nThanks for booking in - I'll ring you Monday at 6. Before the call it would help if you "
          "could upload the following to the portal:\n\n- last 3 payslips and your P60 / employment detail "
          "summary\n- 6 months of current account statements\n- a letter from your employer confirming your "
          "role, salary and that you're past probation\n\nOn the call I'll basically interview you about your "
          "finances (don't worry, it's painless!) and then we can schedule the AIP applications with two or "
          "three lenders. If you're thinking of changing jobs in the next few months, mention it - lenders will "
          "want to know.\n\nTalk Monday,\nFergal\n\nFergal Dunne QFA | Mortgage Advisor\nKeystone Mortgage Advisors\n"
          "22 Main Street, Bray, Co. Wicklow | +353 1 555 0812\nKeystone Mortgage Advisors Ltd is regulated by "
          "the Central Bank of Ireland.")
    e2 = email(f"Fergal Dunne <{fergal[1]}>", OWNER, "Your mortgage call on Monday - documents",
               T(2026, 5, 12, 9, 15, DUB), t2)
    lab = label([], "hard", "negative/mortgage-broker-call",
                "Calendly-booked mortgage fact-find call (role/employer questions, 'I'll interview you about your "
                "finances'); a booked call but not a job interview.")
    return [("01-calendly-mortgage-call.eml", e1), ("02-documents-before-call.eml", e2)], lab


@case
def c_17_gaming_hackathon_registration():
    dom = "corrigangames.example"
    s = T(2026, 5, 16, 9, 0, DUB)
    e = T(2026, 5, 16, 18, 0, DUB)
    cal = ics("PUBLISH", f"{hid('b111-17', n=24)}@{dom}", s, e, "Corrigan Games Hack Day 2026", 
              ("Corrigan Games Events", f"events@{dom}"), [("Roisin Doherty", OWNER)],
              "Registration desk opens 8:30. Teams of up to 4. Tools and APIs provided.",
              "Corrigan Games, Unit 4 Hanover Quay, Dublin 2", prodid="-//Corrigan Games//Events//EN",
              dtstamp=T(2026, 4, 30, 12, 0, DUB))
    html = ("<html><body style=\"font-family:Arial,sans-serif\"><h2>You're in! 🎮 Corrigan Games Hack Day</h2>"
            "<p>Hi Róisín,</p><p>Thanks for registering for <b>Hack Day 2026</b> on <b>Saturday 16 May, "
            "9am - 6pm</b> at our Hanover Quay studio. Build a tool that makes life easier for players or our "
            "support team using our sandbox APIs.</p>"
            "<p>Our engineers and recruiters will be around all day - there are no formal interviews on the day, "
            "but it's a great chance to chat about open roles (including Technical Support Engineer). "
            "Candidates who've applied can mention it to the recruiters at the stand.</p>"
            "<p><b>Schedule</b><br>08:30 Registration &amp; breakfast<br>09:30 Kick-off call for remote "
            "participants<br>12:30 Lunch<br>17:00 Demos<br>18:00 Prizes &amp; pizza</p>"
            "<p>A calendar file is attached.</p><p>See you there,<br>The Corrigan Games Events Team</p>"
            "<p style=\"font-size:11px;color:#888\">Corrigan Games Ltd, Unit 4 Hanover Quay, Dublin 2. "
            "You're receiving this because you registered for an event.</p></body></html>")
    e1 = email(f"Corrigan Games Events <events@{dom}>", OWNER, "You're registered: Corrigan Games Hack Day 2026",
               T(2026, 4, 30, 12, 0, DUB), None, html,
               attachments=[("hackday.ics", cal.encode("utf-8"), "text", "calendar")])
    lab = label([], "hard", "negative/hackathon",
                "Hackathon registration from a company she applied to, with .ics, 'recruiters', 'candidates', "
                "'no formal interviews'; not an interview.")
    return [("01-hack-day-registered.eml", e1)], lab


@case
def c_18_rejection_after_interview():
    dom = "kittiwake.example"
    t1 = ("Hi Róisín,\n\nThank you for taking the time to interview with us for the Technical Support Engineer "
          "role - the team really enjoyed speaking with you on Thu 3/12 @ 4:30p GMT.\n\nAfter careful "
          "consideration we've decided to move forward with other candidates whose experience more closely "
          "matches our current needs, particularly around on-prem Linux administration.\n\n"
          "This was a tough decision. If you'd like feedback, reply to this email and I'll schedule a short "
          "call with the hiring manager. We'd also love to keep your details on file for future roles.\n\n"
          "Best wishes,\nTom Hartigan\nRecruiting, Kittiwake Systems\n\nPowered by Greenhouse")
    e1 = email("Tom Hartigan <no-reply@us.greenhouse-mail.example>", OWNER,
               "Your application to Kittiwake Systems", T(2026, 3, 18, 14, 22, DUB), t1, html_of(t1),
               reply_to=f"Tom Hartigan <tom.hartigan@{dom}>")
    lab = label([], "medium", "negative/rejection",
                "Rejection after an interview, quoting the past interview time 'Thu 3/12 @ 4:30p GMT' and offering "
                "to 'schedule a short call'; no upcoming interview.")
    return [("01-application-update.eml", e1)], lab


@case
def c_19_job_alert_interviewing_now():
    dom = "jobsboard-ie.example"
    jobs = [("Technical Support Engineer (L2)", "Tessellate Cloud", "Dublin 2 - Hybrid", "Interviewing now"),
            ("Customer Support Engineer - German speaker", "Halcyon Bank Technology", "Dublin / Berlin",
             "Immediate start, interviews this week"),
            ("Application Support Analyst", "Gannet Payments", "Dublin 4", "Video interview available"),
            ("Player Support Specialist", "Pixelforge Studios", "Dublin 2", "Shift schedule: 4 on / 4 off"),
            ("Technical Support Engineer - SaaS", "Brightwater Analytics", "Remote (Ireland)",
             "Easy apply - 2-step interview process")]
    rows = "".join(f"<tr><td style=\"padding:10px 0;border-bottom:1px solid #eee\"><a href=\"https://jobsboard-ie.example/j/"
                   f"{hid(j[0], n=8)}\" style=\"font-size:16px;color:#0a58ca\">{j[0]}</a><br>{j[1]} &middot; {j[2]}"
                   f"<br><span style=\"color:#198754\">{j[3]}</span></td></tr>" for j in jobs)
    html = ("<html><body style=\"font-family:Arial,sans-serif\"><p>Hi Róisín,</p>"
            "<p><b>5 new jobs</b> match your alert <i>technical support engineer</i> in <i>Dublin</i>.</p>"
            f"<table width=\"600\">{rows}</table>"
            "<p><b>Interview tip of the week:</b> For support roles, expect a call where you talk through a "
            "ticket you escalated. Schedule 30 minutes tonight to prep your STAR stories!</p>"
            "<p style=\"font-size:11px;color:#777\">You are receiving this job alert because you signed up at "
            "jobsboard-ie.example. <a href=\"https://jobsboard-ie.example/unsubscribe\">Unsubscribe</a><br>"
            "JobsBoard Ireland, 1 Dockland Central, Dublin 1</p></body></html>")
    e1 = email(f"JobsBoard Ireland <alerts@{dom}>", OWNER,
               "5 new Technical Support Engineer jobs in Dublin - interviewing now", T(2026, 4, 20, 7, 0, DUB), None,
               html, headers=[("List-Unsubscribe", "<https://jobsboard-ie.example/unsubscribe>")])
    lab = label([], "easy", "negative/job-alert",
                "Job board alert (HTML only) with 'interviewing now', 'video interview', 'schedule'; not an interview.")
    return [("01-job-alert.eml", e1)], lab


@case
def c_20_internal_customer_escalation_teams():
    dom = "ardmoresoft.example"
    gareth = ("Gareth Finn", f"gareth.finn@{dom}")
    s = T(2026, 3, 30, 16, 0, DUB)
    e = s + timedelta(minutes=45)
    subj = "Sev1 escalation call - Nordbank - case #48213"
    body = ("When: Monday, 30 March 2026 16:00-16:45 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
            "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
            "Hi Róisín,\n\nSending this to your personal address as I know your work laptop is in with IT. "
            "Nordbank have escalated #48213 (batch exports failing since the weekend upgrade) and their CTO "
            "wants a call with us today. I need you on it since you worked the case on Friday - please have a "
            "candidate root cause and the timeline ready. Their account manager and our Berlin dev lead will join.\n\n"
            "Thanks,\nGareth\n\nGareth Finn | Support Team Lead | Ardmore Software\n"
            "Ardmore House, Eastpoint Business Park, Dublin 3\n\n" + teams("b111-20"))
    cal = ics("REQUEST", "040000008200E00074C5B7101A82E00800000000" + hid("b111-20", n=32).upper(), s, e, subj,
              gareth, [("Roisin Doherty", OWNER), ("Katja Vogel", f"katja.vogel@{dom}"),
                       ("Ben Achterberg", "b.achterberg@nordbank.example")], body, "Microsoft Teams Meeting",
              tzid="GMT Standard Time", prodid="Microsoft Exchange Server 2010", dtstamp=T(2026, 3, 30, 11, 2, DUB),
              extra=ms_cdo())
    e1 = exchange_email(f"Gareth Finn <{gareth[1]}>", OWNER_FROM, subj, T(2026, 3, 30, 11, 2, DUB), body,
                        html_of(body), cal)
    lab = label([], "hard", "negative/internal-work-call",
                "Teams invite (GMT Standard Time) from her current team lead for a customer Sev1 escalation call; "
                "her current job, not a hiring process.")
    return [("01-sev1-escalation-invite.eml", e1)], lab


@case
def c_21_asked_to_interview_a_candidate():
    dom = "ardmoresoft.example"
    gareth = f"Gareth Finn <gareth.finn@{dom}>"
    t1 = ("Hi Róisín,\n\nQuick one - we've a candidate coming in for the L1 Support Analyst role on Thursday "
          "at 3pm and I'd like you on the interview panel with me. You'd take the troubleshooting scenario "
          "(the printer-driver one is grand) and I'll do the behavioural bit. Should take an hour.\n\n"
          "Candidate CV attached on the req in Workday. Can you make it?\n\nGareth")
    m1 = mid("b111-21-a", dom)
    e1 = email(gareth, OWNER_FROM, "Interview panel Thursday - L1 Support Analyst", T(2026, 4, 27, 13, 10, DUB), t1,
               mid=m1)
    t2 = ("Hi Gareth,\n\nYes no problem, I'll run the troubleshooting scenario. Thursday at 3 in Liffey room?\n\n"
          "Róisín\n\n" + quote(t1, gareth, "Mon 27 Apr 2026 at 13:10"))
    e2 = email(OWNER_FROM, gareth, "Re: Interview panel Thursday - L1 Support Analyst", T(2026, 4, 27, 13, 40, DUB),
               t2, mid=f"<CAF{hid('b111-21-b', n=20)}@mail.example>", in_reply_to=m1, references=m1)
    lab = label([], "hard", "negative/user-is-interviewer",
                "Her team lead asks her to sit on an interview panel for a candidate at her current job; she is "
                "the interviewer.")
    return [("01-interview-panel-thursday.eml", e1), ("02-re-interview-panel.eml", e2)], lab


@case
def c_22_availability_request_unbooked():
    dom = "corriblabs.example"
    sorcha = f"Sorcha Keane <sorcha.keane@{dom}>"
    t1 = ("Hi Róisín,\n\nThanks for your application for the Technical Support Engineer role at Corrib Labs! "
          "We'd like to invite you to a 30-minute phone screen with one of our recruiters.\n\n"
          "Please choose a time that suits you using the link below - slots are available next week, e.g. "
          "Tuesday at 2pm IST or Wednesday at half ten:\n\nhttps://apply.workable-mail.example/corrib-labs/j/"
          + hid("b111-22", n=10).upper() + "/schedule\n\nOnce you've picked a slot you'll get a calendar "
          "invite with the details.\n\nThanks,\nSorcha Keane\nTalent Acquisition, Corrib Labs\n"
          "Galway Technology Park, Parkmore, Galway | +353 91 555 0234\n\nSent with Workable")
    e1 = email("Corrib Labs <noreply@workable-mail.example>", OWNER,
               "Corrib Labs: please schedule your phone screen", T(2026, 6, 3, 10, 30, DUB), t1, html_of(t1),
               reply_to=sorcha)
    t2 = ("Hi Róisín,\n\nJust a gentle reminder to pick a time for your phone screen using the link in my "
          "previous email - the slots for next week are filling up.\n\nThanks,\nSorcha")
    e2 = email("Corrib Labs <noreply@workable-mail.example>", OWNER, "Reminder: schedule your phone screen",
               T(2026, 6, 5, 10, 30, DUB), t2, reply_to=sorcha)
    lab = label([], "hard", "negative/availability-request",
                "Workable self-scheduling request + reminder with example slots ('Tuesday at 2pm IST', 'half ten') "
                "but nothing booked.")
    return [("01-schedule-your-phone-screen.eml", e1), ("02-reminder-schedule.eml", e2)], lab


def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith("b111-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for cid, fn in sorted(CASES.items()):
        items, lab = fn()
        os.makedirs(os.path.join(HERE, cid))
        for fname, data in items:
            with open(os.path.join(HERE, cid, fname), "wb") as f:
                f.write(data)
        labels[cid] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# blind111 labels (schema: /work/shared/eval/README.md). Generated by make_cases.py.\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110)
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
