#!/usr/bin/env python3
"""Deterministic generator for the blind17 interview-detection set.

Rewrites every b17-* case folder and labels.yaml next to this file.
Only stdlib + PyYAML + zoneinfo. All names, companies and domains are invented (.example / example.com).
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


# ----------------------------------------------------------------- time helpers
def D(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


def iso(d):
    return d.isoformat()


def zutc(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(d):
    return d.strftime("%Y%m%dT%H%M%S")


def off(tz, y, m, d):
    o = datetime(y, m, d, 12, tzinfo=ZoneInfo(tz)).utcoffset()
    mins = int(o.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"{sign}{mins // 60:02d}{mins % 60:02d}"


# ----------------------------------------------------------------- iCalendar helpers
def fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        b = len(ch.encode("utf-8"))
        limit = 75 if not out else 74
        if n + b > limit:
            out.append(cur)
            cur, n = ch, b
        else:
            cur += ch
            n += b
    out.append(cur)
    return "\r\n ".join(out)


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


RULES = {  # (daylight start rule, standard start rule, local transition times)
    "US": ("BYMONTH=3;BYDAY=2SU", "BYMONTH=11;BYDAY=1SU", "020000", "020000"),
    "EU": ("BYMONTH=3;BYDAY=-1SU", "BYMONTH=10;BYDAY=-1SU", None, None),
}


def vtimezone(tzid, iana, family):
    """VTIMEZONE block; offsets are taken from zoneinfo (January = standard, July = daylight)."""
    std, dst = off(iana, 2026, 1, 15), off(iana, 2026, 7, 15)
    drule, srule, dt_d, dt_s = RULES[family]
    if family == "EU":  # transitions at 01:00 UTC -> local wall-clock time of the change
        dt_d = (datetime(2026, 3, 29, 1, tzinfo=UTC).astimezone(ZoneInfo(iana)) - timedelta(hours=1)).strftime("%H%M%S")
        dt_s = (datetime(2026, 10, 25, 1, tzinfo=UTC).astimezone(ZoneInfo(iana)) + timedelta(hours=1)).strftime("%H%M%S")
    year = "1601" if " " in tzid else "1970"
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", f"DTSTART:{year}0101T{dt_s}", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
        f"RRULE:FREQ=YEARLY;INTERVAL=1;{srule}", "END:STANDARD",
        "BEGIN:DAYLIGHT", f"DTSTART:{year}0101T{dt_d}", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
        f"RRULE:FREQ=YEARLY;INTERVAL=1;{drule}", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT"):
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;"
            f"CN={name}:mailto:{email}")


def vevent(uid, start, end, summary, organizer, attendees, stamp, description="", location="",
           seq=0, status="CONFIRMED", tzid=None, extra=()):
    if tzid:
        ds, de = f"DTSTART;TZID={tzid}:{loc(start)}", f"DTEND;TZID={tzid}:{loc(end)}"
    else:
        ds, de = f"DTSTART:{zutc(start)}", f"DTEND:{zutc(end)}"
    lines = ["BEGIN:VEVENT", ds, de, f"DTSTAMP:{zutc(stamp)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    lines += [att(*a) if isinstance(a, tuple) else a for a in attendees]
    lines += [f"CREATED:{zutc(stamp)}", f"DESCRIPTION:{esc(description)}", f"LAST-MODIFIED:{zutc(stamp)}",
              f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}",
              "TRANSP:OPAQUE"]
    lines += list(extra)
    lines.append("END:VEVENT")
    return lines


def vcal(prodid, method, body):
    head = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        head.append(f"METHOD:{method}")
    return ics(head + body + ["END:VCALENDAR"])


# ----------------------------------------------------------------- e-mail helpers
def mail(frm, to, subject, date, msgid, text=None, html=None, cte="quoted-printable", html_cte=None,
         cc=None, reply_to=None, sender=None, delivered_to=None, in_reply_to=None, references=None,
         headers=(), received=None):
    m = EmailMessage()
    if delivered_to:
        m["Delivered-To"] = delivered_to
    if received:
        m["Received"] = received
    for k, v in headers:
        m[k] = v
    m["From"] = frm
    if sender:
        m["Sender"] = sender
    if reply_to:
        m["Reply-To"] = reply_to
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte or cte)
    else:
        m.set_content(html, subtype="html", cte=html_cte or cte)
    return m


def add_calendar(m, cal, method="REQUEST", cte=None):
    if cte is None:
        cte = "7bit" if cal.isascii() else "8bit"
    m.add_alternative(cal, subtype="calendar", params={"method": method}, cte=cte)


def attach_ics(m, cal, filename="invite.ics", subtype="ics"):
    m.add_attachment(cal.encode("utf-8"), maintype="application" if subtype == "ics" else "text",
                     subtype=subtype, filename=filename)


def rcv(host, owner, d):
    return (f"from {host} ({host} [203.0.113.{len(host) % 200 + 20}]) by mx.mail.example with ESMTPS id "
            f"{len(host) * 7919 + d.day} for <{owner}>; {format_datetime(d)}")


def html_wrap(body, font="Arial,Helvetica,sans-serif"):
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">{body}</div></body></html>')


def p(t):
    return "".join(f"<p>{x.replace(chr(10), '<br>')}</p>" for x in t.strip().split("\n\n"))


def google_invite(owner, org, summary, start, end, tzname_label, tzid, guests, stamp, desc, uid, seq=0,
                  updated=False, msgid=None, reply_to=None, when_text=None, meet="https://meet.google.com/abc-defg-hij"):
    """Google Calendar invitation: mixed[alternative[plain, html, calendar], invite.ics]."""
    when_text = when_text or f"{start.strftime('%A %b %-d, %Y')} ⋅ {start.strftime('%-I:%M%p').lower()} – {end.strftime('%-I:%M%p').lower()}"
    prefix = "Updated invitation" if updated else "Invitation"
    subj = (f"{prefix}: {summary} @ {start.strftime('%a %b %-d, %Y')} {start.strftime('%-I:%M%p').lower()} - "
            f"{end.strftime('%-I:%M%p').lower()} ({start.tzname()}) ({owner})")
    guest_lines = "\n".join(f"{n}{' - organizer' if e == org[1] else ''}\n{e}" for n, e in guests)
    text = (f"{'This event has been updated' + chr(10) + 'Changed: time' + chr(10) + chr(10) if updated else ''}"
            f"{summary}\n{when_text}\n{tzname_label}\n\nJoin with Google Meet\n{meet}\n\nOrganizer\n{org[0]}\n{org[1]}\n\n"
            f"Guests\n{guest_lines}\nView all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={uid[:20]}\n\n"
            f"{desc}\n\nReply for {owner} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={uid[:20]}\n\n"
            f"~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            f"You are receiving this email because you are an attendee on the event.\n")
    html = html_wrap(p(text).replace(meet, f'<a href="{meet}">{meet}</a>'), "Roboto,Helvetica,Arial,sans-serif")
    cal_lines = vevent(uid, start, end, summary, org,
                       [(n, e, "ACCEPTED" if e == org[1] else "NEEDS-ACTION") for n, e in guests], stamp,
                       description=desc + "\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\nJoin with Google Meet: " + meet
                       + "\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-",
                       seq=seq, extra=[f"X-GOOGLE-CONFERENCE:{meet}"])
    cal = vcal("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", cal_lines)
    m = mail(f"{org[0]} <{org[1]}>", owner, subj, stamp, msgid or f"<calendar-{uid[:8]}-{seq}@google.com>",
             text=text, html=html, cte="base64", html_cte="quoted-printable", reply_to=reply_to,
             sender="Google Calendar <calendar-notification@google.com>", delivered_to=owner,
             received=rcv("mail-sor-f41.google.com", owner, stamp))
    add_calendar(m, cal)
    attach_ics(m, cal)
    return m


WIN = {"Eastern Standard Time": ("America/New_York", "US", "(UTC-05:00) Eastern Time (US & Canada)"),
       "GMT Standard Time": ("Europe/London", "EU", "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"),
       "Pacific Standard Time": ("America/Los_Angeles", "US", "(UTC-08:00) Pacific Time (US & Canada)"),
       "W. Europe Standard Time": ("Europe/Berlin", "EU", "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna")}


def exchange_invite(owner, org, to_list, subject, start, end, wintz, body_text, stamp, uid, msgid, cc=None,
                    optional=(), teams=True, seq=0, method="REQUEST", lang="en-US"):
    iana, fam, label = WIN[wintz]
    when = (f"When: {start.strftime('%A, %B %-d, %Y %-I:%M %p')}-{end.strftime('%-I:%M %p')} {label}.\n"
            f"Where: {'Microsoft Teams Meeting' if teams else ''}\n\n*~*~*~*~*~*~*~*~*~*\n\n")
    teams_blk = ("\n\n________________________________________________________________________________\n"
                 "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                 "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                 f"{uid[:24]}%40thread.v2/0>\nMeeting ID: 318 402 776 519\nPasscode: h7Qx2P\n"
                 "________________________________________________________________________________") if teams else ""
    text = when + body_text + teams_blk
    html = html_wrap(p(text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")), "Aptos,Calibri,sans-serif")
    atts = [(n, e) for n, e in to_list if True]
    lines = vtimezone(wintz, iana, fam) + [
        "BEGIN:VEVENT", f"ORGANIZER;CN={org[0]}:mailto:{org[1]}"]
    lines += [f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}" for n, e in atts]
    lines += [f"ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}" for n, e in optional]
    lines += [f"DESCRIPTION;LANGUAGE={lang}:{esc(text)}", f"UID:{uid}", f"SUMMARY;LANGUAGE={lang}:{esc(subject)}",
              f"DTSTART;TZID={wintz}:{loc(start)}", f"DTEND;TZID={wintz}:{loc(end)}", "CLASS:PUBLIC",
              "PRIORITY:5", f"DTSTAMP:{zutc(stamp)}", "TRANSP:OPAQUE",
              f"STATUS:{'CANCELLED' if method == 'CANCEL' else 'CONFIRMED'}", f"SEQUENCE:{seq}",
              f"LOCATION;LANGUAGE={lang}:{'Microsoft Teams Meeting' if teams else ''}",
              "X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % seq, "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "BEGIN:VALARM", "DESCRIPTION:REMINDER",
              "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM", "END:VEVENT"]
    cal = ics(["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
              + lines + ["END:VCALENDAR"])
    to_hdr = ", ".join(f"{n} <{e}>" for n, e in to_list)
    m = mail(f"{org[0]} <{org[1]}>", to_hdr, subject, stamp, msgid, text=text, html=html, cc=cc,
             delivered_to=owner, received=rcv("EUR05-AM6-obe.outbound.protection.outlook.com", owner, stamp),
             headers=[("Thread-Topic", subject), ("Accept-Language", lang), ("Content-Language", lang),
                      ("Content-class", "urn:content-classes:calendarmessage"), ("X-MS-Has-Attach", "")])
    add_calendar(m, cal, method=method, cte="base64")
    return m


# ----------------------------------------------------------------- case registry
CASES = {}
LABELS = {}


def case(cid, user, items, interviews, difficulty, category, notes):
    CASES[cid] = items
    LABELS[cid] = {"user": user, "interview": bool(interviews), "interviews": interviews,
                   "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}



# =================================================================== POSITIVE CASES
# ---- 01 Greenhouse confirmation + .ics, panel, interviewer swapped by later e-mail (Toronto, just after US/CA DST)
def c01():
    owner = "aisha.rahman@mail.example"
    co = "larkspur.example"
    meg = ("Meghan Doyle", f"meghan.doyle@{co}")
    dana = ("Dana Whitfield", f"dana.whitfield@{co}")
    omar = ("Omar Haddad", f"omar.haddad@{co}")
    priya = ("Priya Natarajan", f"priya.natarajan@{co}")
    s, e = D(2026, 3, 10, 13, 0, "America/Toronto"), D(2026, 3, 10, 14, 30, "America/Toronto")
    sent = D(2026, 3, 4, 10, 12, "America/Toronto")
    text = f"""Hi Aisha,

Your interview for Senior Data Engineer at Larkspur Analytics has been confirmed. Details below - a calendar file is attached for convenience.

Tuesday, March 10, 2026
1:00 PM - 2:30 PM Eastern Time (US & Canada)
Location: Google Meet (link in the calendar invite)

Schedule
1:00 PM - 1:45 PM   Dana Whitfield, Staff Data Engineer - System design
1:45 PM - 2:30 PM   Omar Haddad, Engineering Manager - Experience deep dive

I'll be your point of contact throughout but won't be joining the calls myself. If anything comes up, just reply to this email.

Best,
Meghan Doyle
Recruiting Coordinator | Larkspur Analytics
220 King St W, Suite 900, Toronto, ON M5H 1K4
+1 (416) 555-0187
"""
    cal = vcal("-//Greenhouse Software//Interview Scheduler//EN", "REQUEST",
               vtimezone("America/Toronto", "America/Toronto", "US") +
               vevent("gh-int-88412-77@greenhouse.example", s, e,
                      "Interview: Aisha Rahman - Senior Data Engineer (Larkspur Analytics)", meg,
                      [("Aisha Rahman", owner), dana, omar], sent,
                      description="System design with Dana Whitfield (1:00-1:45)\nExperience deep dive with Omar Haddad (1:45-2:30)\nGoogle Meet: https://meet.google.com/lrk-pnel-xyz",
                      location="Google Meet", tzid="America/Toronto"))
    m1 = mail(f"{meg[0]} <{meg[1]}>", f"Aisha Rahman <{owner}>", "Interview Confirmation: Senior Data Engineer at Larkspur Analytics",
              sent, "<gh.c1a77e.88412@us.greenhouse-mail.example>", text=text, html=html_wrap(p(text)),
              sender="Greenhouse <no-reply@us.greenhouse-mail.example>", reply_to=f"{meg[0]} <{meg[1]}>",
              delivered_to=owner, received=rcv("o12.us.greenhouse-mail.example", owner, sent))
    attach_ics(m1, cal, "Larkspur_Analytics_Interview.ics", subtype="calendar")
    sent2 = D(2026, 3, 9, 9, 3, "America/Toronto")
    t2 = f"""Hi Aisha,

Small change for tomorrow: Omar was pulled into an offsite, so Priya Natarajan (Senior Manager, Data Platform) will take the 1:45 slot instead - same topics, same link, and the timing doesn't change at all. I've cc'd Priya here so you have her address.

Dana's session at 1:00 is unchanged.

Thanks for being flexible!
Meghan

Meghan Doyle | Recruiting Coordinator
Larkspur Analytics | +1 (416) 555-0187

On Wed, Mar 4, 2026 at 10:12 AM Meghan Doyle <{meg[1]}> wrote:
> Hi Aisha,
> Your interview for Senior Data Engineer at Larkspur Analytics has been confirmed.
> Tuesday, March 10, 2026 1:00 PM - 2:30 PM Eastern Time (US & Canada)
"""
    m2 = mail(f"{meg[0]} <{meg[1]}>", f"Aisha Rahman <{owner}>", "Re: Interview Confirmation: Senior Data Engineer at Larkspur Analytics",
              sent2, f"<CAK7rt0x9Lq2m@mail.{co}>", text=t2, cc=f"{priya[0]} <{priya[1]}>", delivered_to=owner,
              in_reply_to="<gh.c1a77e.88412@us.greenhouse-mail.example>", cte="7bit")
    case("b17-01-greenhouse-panel-toronto-interviewer-swap", owner,
         [("01-greenhouse-interview-confirmation.eml", m1), ("02-re-interviewer-change.eml", m2)],
         [iv("Larkspur Analytics", "Senior Data Engineer", s, e, "scheduled", [dana[1], priya[1]], [dana[1], priya[1]], "onsite")],
         "hard", "positive/ats-greenhouse-panel",
         "Greenhouse confirmation (.ics TZID America/Toronto, 2 days after DST) for a back-to-back two-person panel; "
         "coordinator does not join; follow-up replaces Omar with Priya (cc'd) -> interviewers Dana + Priya.")


# ---- 02 Lever confirmation from no-reply, HM named in text, 'forty-five minute' (London, just after BST starts)
def c02():
    owner = "tom.achebe@example.com"
    co = "quillfeather.example"
    rosie = ("Rosie Pemberton", f"rosie.p@{co}")
    harriet = ("Harriet Osei", f"harriet.osei@{co}")
    s, e = D(2026, 4, 1, 14, 0, "Europe/London"), D(2026, 4, 1, 14, 45, "Europe/London")
    sent = D(2026, 3, 23, 9, 40, "Europe/London")
    text = f"""Hi Tom,

Great news - you're confirmed for the next stage with Quillfeather for the Frontend Engineer (Design Systems) role.

Wednesday 1 April, 2pm UK time
It'll be a forty-five minute conversation with Harriet Osei, our Head of Frontend ({harriet[1]}). She'll mostly want to hear about component APIs you've designed and how you've handled accessibility at scale.

Join via Google Meet: https://meet.google.com/qfh-trdx-oma

A calendar invitation is attached. If you need to reschedule, reply to this message and Rosie from our talent team will sort it out.

Cheers,
The Quillfeather Talent Team
Quillfeather Ltd, 3rd Floor, 18 Leonard Street, London EC2A 4AX

---
Sent via Lever. Please don't share this link.
"""
    cal = vcal("-//Lever//Lever Hire//EN", "REQUEST",
               vevent("lv-6f1e02a9-iv@lever.example", s, e, "Quillfeather: Tom Achebe <> Harriet Osei (Frontend Engineer, Design Systems)",
                      rosie, [("Tom Achebe", owner), harriet], sent,
                      description="Hiring manager interview. Google Meet: https://meet.google.com/qfh-trdx-oma",
                      location="https://meet.google.com/qfh-trdx-oma"))
    m = mail("Quillfeather <no-reply@hire.lever.example>", f"Tom Achebe <{owner}>",
             "Your interview with Quillfeather is confirmed", sent, "<0102019c2f.lv.88fe@hire.lever.example>",
             text=text, html=html_wrap(p(text)), reply_to=f"{rosie[0]} <{rosie[1]}>", delivered_to=owner,
             received=rcv("a27-41.smtp-out.lever.example", owner, sent))
    attach_ics(m, cal, "interview.ics")
    case("b17-02-lever-hiring-manager-london-bst", owner, [("01-lever-interview-confirmed.eml", m)],
         [iv("Quillfeather", "Frontend Engineer (Design Systems)", s, e, "scheduled", [harriet[1]], [harriet[1]], "hiring_manager")],
         "medium", "positive/ats-lever",
         "Lever no-reply confirmation sent in GMT for an interview after the 29 Mar BST switch; 'forty-five minute' "
         "conversation; recruiter only in Reply-To; HM address in body and .ics (UTC).")


# ---- 03 Workday HTML-only base64 (Austin)
def c03():
    owner = "d.kowalczyk@mail.example"
    co = "bramblecrest.example"
    s, e = D(2026, 4, 16, 10, 30, "America/Chicago"), D(2026, 4, 16, 11, 30, "America/Chicago")
    sent = D(2026, 4, 9, 16, 2, "America/Chicago")
    rows = [("Candidate", "Daria Kowalczyk"), ("Job Requisition", "R-04417 Site Reliability Engineer II"),
            ("Interview Type", "Technical - Virtual (Microsoft Teams)"), ("Date", "Thursday, April 16, 2026"),
            ("Start Time", "10:30 AM CDT"), ("Duration", "one hour"),
            ("Interviewer(s)", f"Luis Carrasco, Senior Site Reliability Engineer (lcarrasco@{co})"),
            ("Recruiting Contact", f"Tamsin Reed (treed@{co})")]
    table = "".join(f'<tr><td style="padding:4px 12px;color:#555">{k}</td><td style="padding:4px 12px"><b>{v}</b></td></tr>' for k, v in rows)
    html = html_wrap(
        '<table width="600" style="border:1px solid #ddd"><tr><td style="background:#0b3b60;color:#fff;padding:14px;font-size:18px">'
        'Bramblecrest Systems</td></tr><tr><td style="padding:16px">'
        "<p>Dear Daria,</p><p>Thank you for your continued interest in Bramblecrest Systems. Your interview has been scheduled. "
        "Please review the details below and add them to your calendar.</p>"
        f'<table>{table}</table>'
        "<p>A Microsoft Teams link will be sent separately by your interviewer. Please join a few minutes early to test audio and video.</p>"
        "<p>If you need an accommodation or must reschedule, please contact your recruiting contact listed above.</p>"
        "<p>Regards,<br>Bramblecrest Systems Talent Acquisition<br>9800 Research Blvd, Austin, TX 78759</p>"
        '<p style="color:#999;font-size:11px">This is a system-generated message from Workday. Please do not reply to this email.</p>'
        "</td></tr></table>")
    m = mail("Bramblecrest Careers <bramblecrest@myworkday.example>", owner,
             "Interview Scheduled - R-04417 Site Reliability Engineer II", sent,
             "<1907446392.88301.1775768520@wd5-prod.myworkday.example>", html=html, html_cte="base64",
             delivered_to=owner, received=rcv("wd5-smtp-out3.myworkday.example", owner, sent))
    case("b17-03-workday-html-only-austin", owner, [("01-workday-interview-scheduled.eml", m)],
         [iv("Bramblecrest Systems", "Site Reliability Engineer II", s, e, "scheduled", [f"lcarrasco@{co}"], [f"lcarrasco@{co}"], "technical")],
         "medium", "positive/ats-workday",
         "Workday HTML-only (base64) table; 'Duration: one hour'; interviewer vs recruiting contact both listed with addresses.")


# ---- 04 Ashby virtual onsite, 3 sessions with lunch break, sent in CET for a CEST day (Amsterdam)
def c04():
    owner = "marco.vitale@example.com"
    co = "tidewell.example"
    sanne = ("Sanne de Vries", f"sanne@{co}")
    joris = ("Joris Bakker", f"joris.bakker@{co}")
    elif_ = ("Elif Yılmaz", f"elif.yilmaz@{co}")
    pieter = ("Pieter Smit", f"pieter.smit@{co}")
    tz = "Europe/Amsterdam"
    sess = [(D(2026, 4, 2, 10, 0, tz), D(2026, 4, 2, 10, 45, tz), "Coding (pair programming)", joris),
            (D(2026, 4, 2, 11, 0, tz), D(2026, 4, 2, 11, 45, tz), "System design", elif_),
            (D(2026, 4, 2, 13, 0, tz), D(2026, 4, 2, 13, 30, tz), "Values & collaboration", pieter)]
    sent = D(2026, 3, 27, 15, 10, tz)
    lines = "\n".join(f"{a.strftime('%H:%M')}–{b.strftime('%H:%M')}  {t} with {n[0]}" for a, b, t, n in sess)
    text = f"""Hi Marco,

Thanks for confirming! Here's your final-round schedule for Senior Backend Engineer, Payments at Tidewell on Thursday, April 2. All times are Amsterdam time (CEST).

{lines[:lines.index(chr(10), lines.index(chr(10)) + 1)]}
11:45–13:00  Lunch break (on us - we'll send a food voucher)
{lines.split(chr(10))[2]}

Each session has its own Google Meet link in the attached calendar file. Your interviewers will join from our Amsterdam and Lisbon offices.

I'm coordinating the day, so reach out to me with anything at all - I won't be in the interviews themselves.

Groetjes,
Sanne de Vries
Talent Partner, Tidewell
Keizersgracht 241, 1016 EA Amsterdam · +31 20 555 0143

Powered by Ashby
"""
    body = vtimezone(tz, tz, "EU")
    for i, (a, b, t, n) in enumerate(sess):
        body += vevent(f"ashby-{i}-5c1d7e0a@ashbyhq.example", a, b, f"Tidewell – {t} – Marco Vitale", sanne,
                       [("Marco Vitale", owner), n], sent, description=f"{t} with {n[0]}\nGoogle Meet: https://meet.google.com/tdw-{i}aa-bcd",
                       location=f"https://meet.google.com/tdw-{i}aa-bcd", tzid=tz)
    cal = vcal("-//Ashby//Ashby Scheduling//EN", "REQUEST", body)
    m = mail("Tidewell Recruiting <no-reply@ashbyhq.example>", f"Marco Vitale <{owner}>",
             "Your Tidewell final round – Thursday, April 2", sent, "<ashby.msg.5c1d7e0a.33@ashbyhq.example>",
             text=text, html=html_wrap(p(text)), reply_to=f"{sanne[0]} <{sanne[1]}>", delivered_to=owner,
             received=rcv("mta-14.ashbyhq.example", owner, sent))
    attach_ics(m, cal, "tidewell-final-round.ics")
    ivs = [joris[1], elif_[1], pieter[1]]
    case("b17-04-ashby-virtual-onsite-amsterdam-cest", owner, [("01-ashby-final-round-schedule.eml", m)],
         [iv("Tidewell", "Senior Backend Engineer, Payments", sess[0][0], sess[-1][1], "scheduled", ivs, ivs, "onsite")],
         "hard", "positive/ats-ashby-onsite",
         "Ashby final round, three sessions + lunch break -> one onsite 10:00-13:30 CEST; mail sent in CET (before 29 Mar); "
         "coordinator not an interviewer.")


# ---- 05 SmartRecruiters booking + recruiter cancellation; body says 'PST' in PDT period
def c05():
    owner = "kenji.albright@mail.example"
    co = "hollowpine.example"
    gab = ("Gabriela Muñoz", f"gmunoz@{co}")
    wes = ("Wes Calloway", f"wcalloway@{co}")
    tz = "America/Los_Angeles"
    s, e = D(2026, 3, 12, 16, 30, tz), D(2026, 3, 12, 17, 30, tz)
    sent = D(2026, 3, 2, 11, 5, tz)
    text = f"""Hello Kenji,

Your interview has been scheduled.

Job: Gameplay Engineer (Unreal) - Hollowpine Games
Interview: Technical interview (1 hr)
When: Thu 3/12 @ 4:30p PST
Interviewer: Wes Calloway, Lead Gameplay Engineer
Where: Zoom - https://zoom.example/j/84412093311

Add to calendar: see the attached .ics file.

Good luck!
Hollowpine Games Hiring Team

You received this email because you applied via SmartRecruiters. Manage your notification preferences in your candidate profile.
"""
    cal = vcal("-//SmartRecruiters//Interview Scheduler 3.1//EN", "REQUEST",
               vtimezone(tz, tz, "US") + vevent("sr-iv-4471902@smartrecruiters.example", s, e,
                                                 "Technical interview - Gameplay Engineer (Unreal) - Hollowpine Games",
                                                 gab, [("Kenji Albright", owner), wes], sent,
                                                 description="Zoom: https://zoom.example/j/84412093311", location="Zoom", tzid=tz))
    m1 = mail("Hollowpine Games <noreply@smartrecruiters.example>", owner, "Interview scheduled: Gameplay Engineer (Unreal)",
              sent, "<sr.notify.4471902.a@smartrecruiters.example>", text=text, html=html_wrap(p(text)),
              reply_to=f"{gab[0]} <{gab[1]}>", delivered_to=owner, received=rcv("mail3.smartrecruiters.example", owner, sent))
    attach_ics(m1, cal, "interview.ics")
    sent2 = D(2026, 3, 10, 17, 48, tz)
    t2 = f"""Hi Kenji,

I'm really sorry to be sending this - we have to cancel Thursday's technical interview with Wes. Leadership paused hiring for the Gameplay Engineer req this afternoon while they rework the roadmap for next year, so we can't move forward right now.

I know you put time into prepping and I appreciate it. If the req reopens I'll reach out to you first.

Gabriela

--
Gabriela Muñoz (she/her)
Technical Recruiter, Hollowpine Games
1500 4th Ave, Seattle WA 98101 | m: 206.555.0119
"""
    m2 = mail(f"{gab[0]} <{gab[1]}>", f"Kenji Albright <{owner}>", "Thursday's interview", sent2,
              f"<BY5PR02MB6611C0FFEE@BY5PR02MB6611.namprd02.prod.outlook.example>", text=t2, cc=f"{wes[0]} <{wes[1]}>",
              delivered_to=owner, cte="quoted-printable")
    case("b17-05-smartrecruiters-cancelled-pst-label", owner,
         [("01-smartrecruiters-interview-scheduled.eml", m1), ("02-recruiter-cancels.eml", m2)],
         [iv("Hollowpine Games", "Gameplay Engineer (Unreal)", s, e, "cancelled", [wes[1]], [wes[1]], "technical")],
         "hard", "positive/cancellation",
         "SmartRecruiters booking says 'Thu 3/12 @ 4:30p PST' but 12 Mar is PDT (.ics TZID America/Los_Angeles confirms); "
         "recruiter later cancels because the req is paused -> cancelled.")


# ---- 06 iCIMS phone screen, then moved by the recruiter ('half past ten') (Vancouver)
def c06():
    owner = "nadine.okoro@example.com"
    co = "skeena.example"
    jt = ("Jordan Tremblay", f"jtremblay@{co}")
    tz = "America/Vancouver"
    sent = D(2026, 4, 1, 13, 20, tz)
    text = """Dear Nadine,

Thank you for your interest in Skeena Software. We are pleased to invite you to a phone interview for the position of QA Automation Engineer (Req #2026-1187).

Interview Date: 04/07/2026
Interview Time: 10:30 AM Pacific Time
Duration: 30 minutes
Format: Phone - your interviewer will call the number on your application
Interviewer: Jordan Tremblay, Talent Acquisition Partner

If you are unable to attend, please contact us as soon as possible.

Sincerely,
Skeena Software Talent Acquisition
1055 W Georgia St, Vancouver, BC V6E 3P3

This message was sent from an unmonitored mailbox. Powered by iCIMS.
"""
    m1 = mail("Skeena Software Talent Acquisition <skeena-talent@talent.icims.example>", owner,
              "Phone Interview Confirmation - QA Automation Engineer", sent, "<20260401202000.icims.77310@talent.icims.example>",
              text=text, html=html_wrap(p(text), "Verdana,sans-serif"), cte="quoted-printable",
              delivered_to=owner, received=rcv("smtp2.icims.example", owner, sent))
    sent2 = D(2026, 4, 6, 8, 11, tz)
    t2 = f"""Hi Nadine!

So sorry for the short notice - I've got a conflict come up tomorrow morning. Could we push our call to Wednesday instead? Same time, half past ten, still just 30 min. Let me know and I'll update things on my end.

Thanks!!
Jordan

Jordan Tremblay | Talent Acquisition Partner
Skeena Software
604-555-0166
"""
    m2 = mail(f"{jt[0]} <{jt[1]}>", f"Nadine Okoro <{owner}>", "Quick change - our call tomorrow", sent2,
              f"<MW4PR19MB7712A1@MW4PR19MB7712.namprd19.prod.outlook.example>", text=t2, delivered_to=owner, cte="7bit")
    sent3 = D(2026, 4, 6, 12, 47, tz)
    t3 = f"""Perfect - Wednesday April 8 at 10:30 it is. I'll call you then. Talk soon!

Jordan

-----Original Message-----
From: Nadine Okoro <{owner}>
Sent: Monday, April 6, 2026 12:31 PM
To: Jordan Tremblay <{jt[1]}>
Subject: RE: Quick change - our call tomorrow

Hi Jordan, no problem at all, Wednesday at 10:30 works for me.
Nadine

-----Original Message-----
From: Jordan Tremblay <{jt[1]}>
Sent: Monday, April 6, 2026 8:11 AM
Subject: Quick change - our call tomorrow

Could we push our call to Wednesday instead? Same time, half past ten, still just 30 min.
"""
    m3 = mail(f"{jt[0]} <{jt[1]}>", f"Nadine Okoro <{owner}>", "RE: Quick change - our call tomorrow", sent3,
              f"<MW4PR19MB7712B7@MW4PR19MB7712.namprd19.prod.outlook.example>", text=t3, delivered_to=owner,
              in_reply_to="<CAN0k0r0reply1@mail.example.com>",
              references="<MW4PR19MB7712A1@MW4PR19MB7712.namprd19.prod.outlook.example> <CAN0k0r0reply1@mail.example.com>",
              cte="quoted-printable")
    s, e = D(2026, 4, 8, 10, 30, tz), D(2026, 4, 8, 11, 0, tz)
    case("b17-06-icims-phone-screen-moved-vancouver", owner,
         [("01-icims-phone-interview.eml", m1), ("02-recruiter-asks-to-move.eml", m2), ("03-recruiter-confirms-wednesday.eml", m3)],
         [iv("Skeena Software", "QA Automation Engineer", s, e, "scheduled", [jt[1]], [jt[1]], "phone_screen")],
         "medium", "positive/reschedule-by-email",
         "iCIMS unmonitored-mailbox confirmation for Tue 7 Apr 10:30 PT; recruiter (who is the interviewer) moves it to Wednesday "
         "'half past ten', confirmed in an Outlook-style reply.")


# ---- 07 Workable invite + standalone Zoom .ics (Dublin, two days before EU DST)
def c07():
    owner = "siobhan.keane@mail.example"
    co = "ferrowlabs.example"
    cian = ("Cian Gallagher", f"cian@{co}")
    tz = "Europe/Dublin"
    s, e = D(2026, 3, 27, 11, 0, tz), D(2026, 3, 27, 11, 30, tz)
    sent = D(2026, 3, 23, 12, 0, tz)
    text = f"""Dia duit Siobhán,

Cian Gallagher from Ferrow Labs has invited you to an interview for the Product Engineer position.

Interview type: Video call (Zoom)
Date: Friday, 27 March 2026
Time: 11am Irish time - half an hour
With: Cian Gallagher, Engineering Manager

Cian will send the Zoom details directly. You can reply to this email to reach Cian.

Best of luck,
Ferrow Labs via Workable

Ferrow Labs · Unit 4, The Digital Hub, Thomas St, Dublin 8, D08 TCV4
"""
    m = mail("Ferrow Labs <noreply@workablemail.example>", f"Siobhán Keane <{owner}>",
             "Interview invitation: Product Engineer at Ferrow Labs", sent, "<wk.8a31d0f2.iv@workablemail.example>",
             text=text, html=html_wrap(p(text)), reply_to=f"{cian[0]} <{cian[1]}>", delivered_to=owner,
             received=rcv("smtp-out-7.workablemail.example", owner, sent), cte="base64", html_cte="base64")
    cal = vcal("-//zoom.us//iCalendar Event//EN", None,
               vevent("ZOOM81230099127@zoom.example", s, e, "Siobhán / Cian – Ferrow Labs Product Engineer interview", cian,
                      [("Siobhán Keane", owner)], D(2026, 3, 23, 12, 34, tz),
                      description="Cian Gallagher is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\nhttps://zoom.example/j/81230099127?pwd=Fw2026\n\nMeeting ID: 812 3009 9127\nPasscode: 552101",
                      location="https://zoom.example/j/81230099127?pwd=Fw2026"))
    case("b17-07-workable-dublin-standalone-zoom-ics", owner,
         [("01-workable-interview-invitation.eml", m), ("02-ferrow-labs-zoom.ics", cal)],
         [iv("Ferrow Labs", "Product Engineer", s, e, "scheduled", [cian[1]], [cian[1]], "hiring_manager")],
         "medium", "positive/ats-workable-standalone-ics",
         "Workable base64 mail ('11am Irish time - half an hour') + Zoom-exported standalone .ics in UTC; Irish time is "
         "+00:00 on 27 Mar (EU DST starts 29 Mar). Hiring manager reachable via Reply-To.")


# ---- 08 GoodTime Google invite from a group calendar, rescheduled across the US DST switch (New York)
def c08():
    owner = "elliot.brandt@example.com"
    co = "parcelwise.example"
    grp = ("Parcelwise Interviews", f"interviews@{co}")
    ava = ("Ava Lindqvist", f"ava.lindqvist@{co}")
    rahul = ("Rahul Menon", f"rmenon@{co}")
    tz = "America/New_York"
    s0, e0 = D(2026, 3, 5, 15, 0, tz), D(2026, 3, 5, 16, 0, tz)
    s1, e1 = D(2026, 3, 9, 15, 0, tz), D(2026, 3, 9, 16, 0, tz)
    uid = "6v0c4kq1p8dtm9goodtime2026@google.com"
    summ = "Parcelwise Interview: Elliot Brandt / Technical Deep Dive (Staff SWE, Routing)"
    desc = (f"Scheduled via GoodTime.\n\nInterviewer: Rahul Menon (Principal Engineer, Routing)\n"
            f"Coordinator: Ava Lindqvist ({ava[1]}) - reply to Ava with any questions; she will not join the call.\n"
            "Format: 60 minutes - architecture discussion of a system you built, then a routing-problem deep dive.")
    guests = [grp, rahul, ("Elliot Brandt", owner)]
    m1 = google_invite(owner, grp, summ, s0, e0, "Eastern Time - New York", tz, guests, D(2026, 2, 27, 14, 22, tz), desc, uid,
                       reply_to=f"{ava[0]} <{ava[1]}>")
    sent2 = D(2026, 3, 3, 10, 5, tz)
    t2 = f"""Hi Elliot,

Rahul is unfortunately out sick for the rest of the week. Would Monday 3/9 at the same time (3-4pm Eastern) work for you instead? Totally understand if not - happy to find another slot.

Best,
Ava

Ava Lindqvist | Candidate Experience Coordinator | Parcelwise
"""
    m2 = mail(f"{ava[0]} <{ava[1]}>", owner, "Parcelwise - rescheduling your Technical Deep Dive", sent2,
              "<goodtime.msg.19b7d2@mail.goodtime.example>", text=t2, html=html_wrap(p(t2)),
              sender="GoodTime <notifications@mail.goodtime.example>", delivered_to=owner, cte="quoted-printable")
    m3 = google_invite(owner, grp, summ, s1, e1, "Eastern Time - New York", tz, guests, D(2026, 3, 3, 15, 41, tz), desc, uid,
                       seq=1, updated=True, reply_to=f"{ava[0]} <{ava[1]}>")
    case("b17-08-goodtime-google-reschedule-across-dst", owner,
         [("01-invitation-technical-deep-dive.eml", m1), ("02-coordinator-asks-to-move.eml", m2),
          ("03-updated-invitation-monday.eml", m3)],
         [iv("Parcelwise", "Staff Software Engineer, Routing", s1, e1, "scheduled", [rahul[1]], [rahul[1]], "technical")],
         "hard", "positive/reschedule-sequence",
         "GoodTime-scheduled Google invite organised by group calendar interviews@; moved from Thu 5 Mar 3pm EST (-05:00) "
         "to Mon 9 Mar 3pm EDT (-04:00), SEQUENCE 1. Interviewer Rahul; coordinator Ava does not join.")


# ---- 09 Calendly booking with recruiter, 25 min (Denver)
def c09():
    owner = "hana.mori@mail.example"
    co = "summitline.example"
    caleb = ("Caleb Ortiz", f"caleb.ortiz@{co}")
    tz = "America/Denver"
    s, e = D(2026, 4, 15, 9, 0, tz), D(2026, 4, 15, 9, 25, tz)
    sent = D(2026, 4, 9, 8, 14, tz)
    text = f"""Hi Hana Mori,

Your event has been scheduled.

Event Type:
Summitline Health - iOS Recruiter Screen

Description:
A quick intro call about our Mobile Engineer (iOS) opening - your background, what you're looking for, and next steps.

Host:
Caleb Ortiz

Event Date/Time:
09:00am - 09:25am (Mountain Time - US & Canada) Wednesday, April 15, 2026

Location:
Caleb will call you at +1 720-555-0143

Questions:
Anything you'd like us to know before the call?
I'm currently on a 4-week notice period.

Need to make changes to this event?
Cancel: https://calendly.example/cancellations/7c1d0f3e
Reschedule: https://calendly.example/reschedulings/7c1d0f3e

Powered by Calendly.com
"""
    cal = vcal("-//Calendly//Calendly Event//EN", "REQUEST",
               vevent("7c1d0f3e-aa41-4a7f-9d11-2b3b1c0e4d55@calendly.example", s, e,
                      "Summitline Health - iOS Recruiter Screen between Caleb Ortiz and Hana Mori", caleb,
                      [("Hana Mori", owner)], sent, description="Caleb will call you at +1 720-555-0143",
                      location="+1 720-555-0143"))
    m = mail("Calendly <notifications@calendly.example>", f"Hana Mori <{owner}>",
             "Confirmed: Summitline Health - iOS Recruiter Screen with Caleb Ortiz on Wednesday, April 15, 2026",
             sent, "<0100019d.calendly.7c1d0f3e@email.calendly.example>", text=text, html=html_wrap(p(text)),
             reply_to=f"{caleb[0]} <{caleb[1]}>", delivered_to=owner, received=rcv("o1.email.calendly.example", owner, sent))
    attach_ics(m, cal, "invite.ics")
    case("b17-09-calendly-recruiter-screen-denver", owner, [("01-calendly-confirmed.eml", m)],
         [iv("Summitline Health", "Mobile Engineer (iOS)", s, e, "scheduled", [caleb[1]], [caleb[1]], "phone_screen")],
         "easy", "positive/calendly",
         "Calendly invitee confirmation from notifications@, recruiter host in Reply-To; 25-minute screen in Mountain Time (MDT -06:00).")


# ---- 10 Hiring manager writes directly, recruiter cc'd, then Exchange/Teams invite (London, 'noon')
def c10():
    owner = "rafael.souza@example.com"
    co = "kitewire.example"
    imo = ("Imogen Hart", f"imogen.hart@{co}")
    ollie = ("Ollie Grant", f"ollie.grant@{co}")
    tz = "Europe/London"
    s, e = D(2026, 4, 21, 12, 0, tz), D(2026, 4, 21, 12, 45, tz)
    sent = D(2026, 4, 15, 17, 48, tz)
    t1 = f"""Hi Rafael,

Ollie passed along your CV for the Platform Engineer role and I'd really like to chat - your Kubernetes operator work is very close to what we're building.

Are you free next Tuesday (the 21st) at noon? 45 mins should be plenty. Ollie's cc'd to help with logistics but it'll just be me on the call.

Imogen

Imogen Hart
Head of Platform, Kitewire
Kitewire Ltd · 70 Wilson Street, London EC2A 2DB · +44 20 7946 0321
"""
    m1 = mail(f"{imo[0]} <{imo[1]}>", f"Rafael Souza <{owner}>", "Platform Engineer @ Kitewire - quick chat?", sent,
              "<LO2P265MB4410AB12@LO2P265MB4410.GBRP265.PROD.OUTLOOK.example>", text=t1, cc=f"{ollie[0]} <{ollie[1]}>",
              delivered_to=owner, cte="quoted-printable")
    body = """Hi Rafael - thanks for the quick reply, invite below. Looking forward to it.

Agenda (45 mins): your background, a walk through our platform architecture, your questions.
Ollie is on the invite as optional so he can see it, but it'll just be the two of us.

Imogen"""
    m2 = exchange_invite(owner, imo, [("Rafael Souza", owner)], "Rafael / Imogen - Platform Engineer interview", s, e,
                         "GMT Standard Time", body, D(2026, 4, 16, 9, 2, tz), "040000008200E00074C5B7101A82E00800000000B0C17E1A",
                         "<LO2P265MB4410CD34@LO2P265MB4410.GBRP265.PROD.OUTLOOK.example>", optional=[ollie])
    case("b17-10-hiring-manager-direct-teams-london-noon", owner,
         [("01-hiring-manager-reaches-out.eml", m1), ("02-teams-invite.eml", m2)],
         [iv("Kitewire", "Platform Engineer", s, e, "scheduled", [imo[1]], [imo[1]], "hiring_manager")],
         "medium", "positive/outlook-teams",
         "Hiring manager proposes 'Tuesday (the 21st) at noon', '45 mins'; Exchange invite with TZID 'GMT Standard Time' "
         "and (UTC+00:00) label while BST applies; recruiter cc'd/optional is not an interviewer.")


# ---- 11 Internal referral, French recruiter screen (14h) + Google invite for a panel (Montreal) - two interviews
def c11():
    owner = "camille.roy@mail.example"
    co = "brisepoint.example"
    jul = ("Julien Lafleur", f"julien.lafleur@{co}")
    so = ("Sophie Gagnon", f"sophie.gagnon@{co}")
    ma = ("Marc-André Pelletier", f"mapelletier@{co}")
    fa = ("Fatou Diallo", f"fdiallo@{co}")
    tz = "America/Toronto"
    sent1 = D(2026, 2, 23, 19, 4, tz)
    t1 = f"""Salut Camille!

C'est fait, je t'ai référée pour le poste de développeuse full-stack 🙂 Sophie aux RH va sûrement t'écrire cette semaine. L'équipe est super, tu vas adorer.

Julien
"""
    m1 = mail(f"{jul[0]} <{jul[1]}>", f"Camille Roy <{owner}>", "référence - poste full-stack chez Brisepoint", sent1,
              "<CAJu1ien0ref@mail.brisepoint.example>", text=t1, delivered_to=owner, cte="quoted-printable")
    s1, e1 = D(2026, 3, 5, 14, 0, tz), D(2026, 3, 5, 14, 30, tz)
    sent2 = D(2026, 2, 25, 11, 37, tz)
    t2 = f"""Bonjour Camille,

Merci pour votre réponse rapide! C'est confirmé : je vous appelle jeudi 5 mars à 14h (heure de l'Est) pour un premier appel d'environ trente minutes. On parlera de votre parcours et du poste de Développeuse full-stack.

Au plaisir,

Sophie Gagnon
Conseillère en acquisition de talents | Brisepoint
1250, boul. René-Lévesque O., Montréal (QC) H3B 4W8
514 555-0172

Le mar. 24 févr. 2026, à 16 h 02, Camille Roy <{owner}> a écrit :
> Bonjour Sophie,
> Jeudi à 14h me convient parfaitement. Mon numéro est le 438 555-0190.
> Camille
>
> Le mar. 24 févr. 2026, à 10 h 15, Sophie Gagnon <{so[1]}> a écrit :
>> Julien Lafleur nous a transmis votre candidature. Seriez-vous disponible
>> jeudi 5 mars à 14h ou vendredi 6 mars à 10h pour un premier échange?
"""
    m2 = mail(f"{so[0]} <{so[1]}>", f"Camille Roy <{owner}>", "RE: Brisepoint - premier échange", sent2,
              "<YT3PR01MB5522EF@YT3PR01MB5522.CANPRD01.PROD.OUTLOOK.example>", text=t2, delivered_to=owner,
              in_reply_to="<CAMr0yreply77@mail.example>", cte="quoted-printable")
    s2, e2 = D(2026, 3, 17, 9, 30, tz), D(2026, 3, 17, 11, 0, tz)
    desc = ("Entrevue technique (1 h 30) / Technical interview (90 minutes)\n"
            "Panel: Marc-André Pelletier (Lead développeur) et Fatou Diallo (Développeuse senior).\n"
            "Sophie organise l'entrevue mais n'y assistera pas.")
    m3 = google_invite(owner, so, "Entrevue technique – Camille Roy (Full-Stack)", s2, e2, "Eastern Time - Toronto", tz,
                       [so, ma, fa, ("Camille Roy", owner)], D(2026, 3, 6, 9, 15, tz), desc,
                       "3q0r9brisepointtech17@google.com")
    case("b17-11-referral-french-screen-then-panel-montreal", owner,
         [("01-referral-from-friend.eml", m1), ("02-recruiter-confirms-screen.eml", m2), ("03-invitation-entrevue-technique.eml", m3)],
         [iv("Brisepoint", "Full-Stack Developer", s1, e1, "scheduled", [so[1]], [so[1]], "phone_screen"),
          iv("Brisepoint", "Full-Stack Developer", s2, e2, "scheduled", [ma[1], fa[1]], [ma[1], fa[1]], "onsite")],
         "hard", "positive/two-interviews",
         "Friend's referral (not an interview), French recruiter confirms 'jeudi 5 mars à 14h (heure de l'Est)' ~30 min (EST), "
         "then Google invite for a 90-min two-person panel on 17 Mar (EDT); recruiter organises but doesn't attend.")


# ---- 12 Calendar API event + HR cancels after candidate withdraws (Munich, day after EU DST end)
def c12():
    owner = "jonas.weber@example.com"
    co = "kornblum.example"
    lea = ("Lea Hoffmann", f"lea.hoffmann@{co}")
    stef = ("Stefan Brandl", f"s.brandl@{co}")
    tz = "Europe/Berlin"
    s, e = D(2026, 10, 26, 14, 0, tz), D(2026, 10, 26, 15, 0, tz)
    ev = {
        "kind": "calendar#event", "etag": "\"3521907734114000\"", "id": "5kq2m8v0c1brandl26kornblum",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=NWtxMm04djBjMWJyYW5kbDI2a29ybmJsdW0",
        "created": "2026-10-14T08:21:07.000Z", "updated": "2026-10-14T08:21:07.057Z",
        "summary": "Interview Jonas Weber – Embedded Software Engineer (Zweitgespräch)",
        "description": "Fachgespräch mit Stefan Brandl (Teamleiter Firmware). Dauer: eine Stunde.\n"
                       "Lea (HR) organisiert den Termin, ist aber nicht dabei.\nOrt: Kornblum Robotik GmbH, Landsberger Str. 302, 80687 München, Raum 3.14",
        "location": "Landsberger Str. 302, 80687 München",
        "creator": {"email": lea[1], "displayName": lea[0]},
        "organizer": {"email": lea[1], "displayName": lea[0]},
        "start": {"dateTime": iso(s), "timeZone": tz}, "end": {"dateTime": iso(e), "timeZone": tz},
        "iCalUID": "5kq2m8v0c1brandl26kornblum@google.com", "sequence": 0,
        "attendees": [{"email": lea[1], "displayName": lea[0], "organizer": True, "responseStatus": "accepted"},
                      {"email": stef[1], "displayName": stef[0], "responseStatus": "accepted"},
                      {"email": owner, "self": True, "responseStatus": "accepted"}],
        "reminders": {"useDefault": True}, "eventType": "default"}
    sent = D(2026, 10, 23, 10, 26, tz)
    t = f"""Hallo Jonas,

schade, aber vielen Dank für die offene Rückmeldung - und herzlichen Glückwunsch zur neuen Stelle! Ich habe den Termin am Montag um 14:00 Uhr mit Stefan storniert; die Kalendereinladung sollte bei Ihnen verschwinden.

Falls sich in Zukunft etwas ändert, melden Sie sich gerne.

Viele Grüße
Lea Hoffmann
HR Business Partner | Kornblum Robotik GmbH
Landsberger Str. 302 · 80687 München · Tel. +49 89 5550 2214

Am Do., 22. Okt. 2026 um 21:40 Uhr schrieb Jonas Weber <{owner}>:
> Hallo Frau Hoffmann,
> ich habe mich entschieden, ein anderes Angebot anzunehmen, und ziehe meine Bewerbung
> als Embedded Software Engineer hiermit zurück. Den Termin am Montag brauche ich daher nicht mehr.
> Vielen Dank für alles!
> Jonas Weber
"""
    m = mail(f"{lea[0]} <{lea[1]}>", f"Jonas Weber <{owner}>", "AW: Rückzug meiner Bewerbung", sent,
             "<AM9PR04MB8201F1@AM9PR04MB8201.eurprd04.prod.outlook.example>", text=t, cc=f"{stef[0]} <{stef[1]}>",
             delivered_to=owner, in_reply_to="<CAJw3ber0wd@mail.example.com>", cte="quoted-printable")
    deleted = {"kind": "calendar#event", "etag": "\"3523011178220000\"", "id": "5kq2m8v0c1brandl26kornblum", "status": "cancelled"}
    case("b17-12-gcal-api-withdrawal-munich-after-dst", owner,
         [("01-kornblum-interview.gcal.json", json.dumps(ev, ensure_ascii=False, indent=2) + "\n"),
          ("02-hr-confirms-cancellation.eml", m),
          ("03-kornblum-interview-deleted.gcal.json", json.dumps(deleted, indent=2) + "\n")],
         [iv("Kornblum Robotik", "Embedded Software Engineer", s, e, "cancelled", [stef[1]], [stef[1]], "technical")],
         "medium", "positive/cancellation",
         "Calendar API event Mon 26 Oct 14:00 Europe/Berlin (+01:00, day after EU DST end, mail sent in CEST); candidate "
         "withdraws, HR cancels (German), then deleted event stub -> cancelled.")


# ---- 13 Founder final chat, lowercase + emoji, 'tmrw 2pm ET' (NYC)
def c13():
    owner = "ines.carvalho@example.com"
    co = "sprocketly.example"
    noah = ("Noah Feld", f"noah@{co}")
    dana = ("Dana Ruiz", f"dana@{co}")
    tz = "America/New_York"
    sent1 = D(2026, 5, 13, 21, 37, tz)
    t1 = f"""hey ines!

team loved the pairing session today, esp how you handled the flaky test thing. last step for the founding engineer role is a quick chat w/ me before we make a call. tmrw 2pm ET work? ~30 min, i'll send a zoom.

cc'ing dana who's been wrangling everyones calendars in case somethng breaks

noah

--
Noah Feld · CEO, Sprocketly
sent from my phone, pls excuse typos
"""
    m1 = mail(f"{noah[0]} <{noah[1]}>", owner, "re: sprocketly next steps", sent1, "<CAN0ahF3ld01@mail.sprocketly.example>",
              text=t1, cc=f"{dana[0]} <{dana[1]}>", delivered_to=owner, cte="8bit")
    sent2 = D(2026, 5, 14, 8, 2, tz)
    t2 = f"""perfect 🙌 see you at 2

zoom: https://zoom.example/j/93100442718?pwd=spkt

n

On Wed, May 13, 2026 at 10:05 PM Ines Carvalho <{owner}> wrote:
> 2pm works great, talk tomorrow!
>
> On Wed, May 13, 2026 at 9:37 PM Noah Feld <{noah[1]}> wrote:
>> hey ines! ... tmrw 2pm ET work? ~30 min, i'll send a zoom.
"""
    m2 = mail(f"{noah[0]} <{noah[1]}>", owner, "re: sprocketly next steps", sent2, "<CAN0ahF3ld02@mail.sprocketly.example>",
              text=t2, cc=f"{dana[0]} <{dana[1]}>", delivered_to=owner, in_reply_to="<CAInes0reply@mail.example.com>",
              references="<CAN0ahF3ld01@mail.sprocketly.example> <CAInes0reply@mail.example.com>", cte="base64")
    s, e = D(2026, 5, 14, 14, 0, tz), D(2026, 5, 14, 14, 30, tz)
    case("b17-13-founder-final-chat-lowercase-tomorrow", owner,
         [("01-founder-proposes-tomorrow.eml", m1), ("02-founder-confirms-zoom.eml", m2)],
         [iv("Sprocketly", "Founding Engineer", s, e, "scheduled", [noah[1]], [noah[1]], "hiring_manager")],
         "medium", "positive/email-thread",
         "Founder's lowercase, typo'd mail at 21:37 on 13 May: 'tmrw 2pm ET ... ~30 min' -> 14 May 14:00-14:30 EDT; "
         "ops person cc'd is not an interviewer.")


# =================================================================== NEGATIVE CASES
# ---- 14 Greenhouse availability request + recruiter ack (nothing booked)
def c14():
    owner = "lucas.meyer@mail.example"
    co = "orchardly.example"
    rec = ("Bea Santos", f"bea.santos@{co}")
    tz = "America/Chicago"
    sent = D(2026, 2, 10, 9, 30, tz)
    t1 = f"""Hi Lucas,

Congrats on moving forward! The next step for the Backend Engineer (Integrations) role is a 60-minute technical interview with two engineers from the Integrations team.

Please share your availability for the week of February 16 using the link below. Please provide as many windows as you can - we'll schedule the interview around our team's calendars and send you a calendar invite once everything is confirmed.

Submit your availability: https://app.greenhouse.example/availability/2c0f7a91

All times will be shown in your local time zone.

Thanks,
Bea Santos
Recruiter, Orchardly | 312-555-0139
"""
    m1 = mail(f"{rec[0]} <{rec[1]}>", f"Lucas Meyer <{owner}>", "Orchardly - please share your interview availability", sent,
              "<gh.avail.2c0f7a91@us.greenhouse-mail.example>", text=t1, html=html_wrap(p(t1)),
              sender="Greenhouse <no-reply@us.greenhouse-mail.example>", reply_to=f"{rec[0]} <{rec[1]}>",
              delivered_to=owner)
    sent2 = D(2026, 2, 11, 16, 12, tz)
    t2 = """Thanks Lucas, got your availability (Tue afternoon / Wed 10-2 / Thu after 1pm CT)! I'm lining up the panel now and will send the calendar invite as soon as both interviewers confirm - usually within a day or two.

Bea
"""
    m2 = mail(f"{rec[0]} <{rec[1]}>", f"Lucas Meyer <{owner}>", "Re: Orchardly - please share your interview availability", sent2,
              "<CABe4sant0s2@mail.orchardly.example>", text=t2, delivered_to=owner,
              in_reply_to="<gh.avail.2c0f7a91@us.greenhouse-mail.example>", cte="7bit")
    case("b17-14-greenhouse-availability-request-no-booking", owner,
         [("01-greenhouse-availability-request.eml", m1), ("02-recruiter-got-availability.eml", m2)], [],
         "hard", "negative/availability-request",
         "Greenhouse availability request and recruiter acknowledgement of availability windows; no interview time is ever booked.")


# ---- 15 The user is the interviewer (Google invite + Greenhouse interviewer reminder)
def c15():
    owner = "grace.liu@example.com"
    coord = ("Recruiting Coordination", "recruiting-coord@example.com")
    cand = ("Tomasz Nowak", "tomasz.nowak@mail.example")
    tz = "America/Los_Angeles"
    s, e = D(2026, 3, 18, 11, 0, tz), D(2026, 3, 18, 12, 0, tz)
    desc = ("You are interviewing Tomasz Nowak for Backend Engineer (Req 1142).\n"
            "Focus area: Coding - data structures.\nInterview kit & scorecard: https://app.greenhouse.example/interview_kits/55102\n"
            "Please submit your scorecard within 24 hours.")
    m1 = google_invite(owner, coord, "Interview: Tomasz Nowak (Candidate) – Backend Engineer – Coding", s, e,
                       "Pacific Time - Los Angeles", tz, [coord, ("Grace Liu", owner), cand], D(2026, 3, 12, 13, 20, tz),
                       desc, "1ntvw9rgraceliu55102coding@google.com")
    sent2 = D(2026, 3, 18, 8, 0, tz)
    t2 = """Hi Grace,

Reminder: you are interviewing Tomasz Nowak today at 11:00 AM PDT for Backend Engineer.

Interview: Coding - data structures (60 min)
Interview kit: https://app.greenhouse.example/interview_kits/55102

Don't forget to submit your scorecard after the interview!

- Greenhouse
"""
    m2 = mail("Greenhouse <no-reply@greenhouse.example>", owner, "Reminder: You're interviewing Tomasz Nowak today", sent2,
              "<gh.reminder.55102.grace@greenhouse.example>", text=t2, html=html_wrap(p(t2)), delivered_to=owner)
    case("b17-15-user-is-interviewer-google-invite", owner,
         [("01-invitation-interview-tomasz-nowak.eml", m1), ("02-greenhouse-interviewer-reminder.eml", m2)], [],
         "hard", "negative/user-is-interviewer",
         "Owner is an employee interviewing a candidate: Google invite 'Interview: ... (Candidate)' plus Greenhouse scorecard reminder.")


# ---- 16 Workday rejection that mentions the interview date/time
def c16():
    owner = "oskar.lund@mail.example"
    tz = "America/New_York"
    sent = D(2026, 3, 11, 17, 44, tz)
    html = html_wrap(p("""Dear Oskar,

Thank you for taking the time to interview with Halcyon Grid for the Senior Cloud Security Engineer position on Tuesday, March 3 at 2:00 PM. Our team enjoyed speaking with you.

After careful consideration, we have decided to move forward with other candidates whose experience more closely matches our current needs. This was a difficult decision given the strength of the candidate pool.

If you would like feedback on your interview, please reply to your recruiter and they will be happy to schedule a short call.

We encourage you to apply for future openings that match your skills: https://halcyongrid.wd1.myworkdayjobs.example/careers

Sincerely,
Halcyon Grid Talent Acquisition""") + '<p style="color:#999;font-size:11px">This email was sent from Workday.</p>')
    m = mail("Halcyon Grid <halcyongrid@myworkday.example>", owner, "Update on your application - Senior Cloud Security Engineer",
             sent, "<88730044.1192.1773265440@wd1-prod.myworkday.example>", html=html, html_cte="quoted-printable",
             delivered_to=owner)
    case("b17-16-workday-rejection-mentions-interview-time", owner, [("01-workday-application-update.eml", m)], [],
         "medium", "negative/rejection",
         "Workday rejection referring to a past interview ('Tuesday, March 3 at 2:00 PM') and offering to schedule a feedback call.")


# ---- 17 One-way (on-demand) video interview + reminder
def c17():
    owner = "zara.ahmed@example.com"
    tz = "America/New_York"
    sent = D(2026, 4, 20, 10, 3, tz)
    t = """Hi Zara,

Lumenfield has invited you to complete an on-demand video interview for the Junior Data Analyst role.

- 5 questions, about 20 minutes in total
- You'll have 30 seconds to prepare and up to 3 minutes to record each answer
- Complete by: Friday, April 24, 2026 at 11:59 PM ET

Start your interview: https://app.videoscreen.example/i/LMF-88213

There is no live interviewer - your recorded responses will be reviewed by the Lumenfield hiring team.

Good luck!
The VideoScreen team, on behalf of Lumenfield
"""
    m1 = mail("Lumenfield via VideoScreen <no-reply@videoscreen.example>", owner,
              "Lumenfield invited you to a video interview", sent, "<vs.inv.LMF-88213@videoscreen.example>",
              text=t, html=html_wrap(p(t)), delivered_to=owner)
    sent2 = D(2026, 4, 23, 23, 59, tz)
    t2 = """Hi Zara,

Friendly reminder: your Lumenfield video interview expires in 24 hours (Friday, April 24 at 11:59 PM ET). It only takes about 20 minutes - you can complete it any time before then, from your laptop or phone.

Start now: https://app.videoscreen.example/i/LMF-88213
"""
    m2 = mail("Lumenfield via VideoScreen <no-reply@videoscreen.example>", owner,
              "Reminder: your video interview expires tomorrow", sent2, "<vs.rem.LMF-88213@videoscreen.example>",
              text=t2, delivered_to=owner)
    case("b17-17-one-way-video-interview", owner,
         [("01-video-interview-invitation.eml", m1), ("02-video-interview-reminder.eml", m2)], [],
         "medium", "negative/one-way-video",
         "On-demand recorded video interview with a deadline; no live conversation.")


# ---- 18 Offer walkthrough call with Google invite
def c18():
    owner = "theo.marchetti@mail.example"
    co = "gridhaven.example"
    rec = ("Freya Collins", f"freya.collins@{co}")
    tz = "Europe/London"
    sent = D(2026, 5, 5, 15, 20, tz)
    t = f"""Hi Theo,

I'm delighted to let you know the team would like to offer you the Senior Android Engineer role! Everyone who interviewed you last week was really impressed.

I'd love to walk you through the offer details (salary, equity, start date) on a call - does Thursday at 4pm work? I've sent a calendar invite; the written offer will follow via DocuSign straight after we speak.

Congratulations again!
Freya

Freya Collins | Senior Talent Partner | Gridhaven
+44 161 555 0199 · 1 Spinningfields, Manchester M3 3JE
"""
    m1 = mail(f"{rec[0]} <{rec[1]}>", f"Theo Marchetti <{owner}>", "Great news from Gridhaven 🎉", sent,
              "<CAFrey4c0ll1ns@mail.gridhaven.example>", text=t, delivered_to=owner, cte="quoted-printable")
    s, e = D(2026, 5, 7, 16, 0, tz), D(2026, 5, 7, 16, 30, tz)
    m2 = google_invite(owner, rec, "Offer discussion – Theo Marchetti (Senior Android Engineer)", s, e,
                       "United Kingdom Time", tz, [rec, ("Theo Marchetti", owner)], D(2026, 5, 5, 15, 24, tz),
                       "Walk through of your offer package: base salary, equity, benefits and start date.",
                       "0ffer7he0marchetti2026@google.com")
    case("b17-18-offer-call-invite", owner, [("01-offer-news.eml", m1), ("02-invitation-offer-discussion.eml", m2)], [],
         "hard", "negative/offer",
         "Recruiter offer e-mail plus a booked Google invite for an offer walkthrough call - an offer, not an interview.")


# ---- 19 Paid customer/user interview booked via Calendly
def c19():
    owner = "mei.tanaka@example.com"
    co = "ledgerleaf.example"
    tz = "America/Los_Angeles"
    sent = D(2026, 4, 21, 14, 2, tz)
    t1 = f"""Hi Mei,

I'm a product researcher at Ledgerleaf. We saw you're an active user of our REST API and would love to hear how you use it. Would you join a 45-minute customer interview over Zoom? As a thank-you we'll send a $100 gift card.

This isn't a sales call - we just want honest feedback on our developer experience. Pick any slot here: https://calendly.example/ledgerleaf-research/dev-interview

Thanks!
Rohan Iyer
Product Research, Ledgerleaf
"""
    m1 = mail(f"Rohan Iyer <rohan.iyer@{co}>", owner, "Quick favor? 45-min developer interview ($100 gift card)", sent,
              "<CARoh4nresearch@mail.ledgerleaf.example>", text=t1, delivered_to=owner, cte="7bit")
    s, e = D(2026, 4, 28, 10, 0, tz), D(2026, 4, 28, 10, 45, tz)
    t2 = f"""Hi Mei Tanaka,

A new event has been scheduled.

Event Type:
Ledgerleaf Developer Interview (45 min)

Event Date/Time:
10:00am - 10:45am (Pacific Time - US & Canada) Tuesday, April 28, 2026

Location:
Zoom - details in the calendar invite

Participation is voluntary and compensated with a $100 gift card.

Powered by Calendly.com
"""
    cal = vcal("-//Calendly//Calendly Event//EN", "REQUEST",
               vevent("a19ce1ab-5e55-4f2e-b2f1-research@calendly.example", s, e,
                      "Ledgerleaf Developer Interview between Rohan Iyer and Mei Tanaka", ("Rohan Iyer", f"rohan.iyer@{co}"),
                      [("Mei Tanaka", owner)], D(2026, 4, 21, 15, 30, tz), description="Customer research interview. Zoom: https://zoom.example/j/77120"))
    m2 = mail("Calendly <notifications@calendly.example>", owner,
              "Confirmed: Ledgerleaf Developer Interview (45 min) with Rohan Iyer on Tuesday, April 28, 2026",
              D(2026, 4, 21, 15, 30, tz), "<0100019e.calendly.a19ce1ab@email.calendly.example>", text=t2,
              html=html_wrap(p(t2)), reply_to=f"Rohan Iyer <rohan.iyer@{co}>", delivered_to=owner)
    attach_ics(m2, cal)
    case("b17-19-paid-customer-interview-calendly", owner,
         [("01-research-invite.eml", m1), ("02-calendly-confirmed.eml", m2)], [],
         "hard", "negative/user-research",
         "Product-research 'developer interview' with gift card, booked via Calendly with .ics - user research, not a job.")


# ---- 20 Informational interview the user gives to a bootcamp student
def c20():
    owner = "femi.adeyemi@example.com"
    tz = "Europe/Berlin"
    sent = D(2026, 6, 8, 19, 15, tz)
    t = f"""Hi Femi,

Thank you so much for accepting my request! Just confirming our informational interview on Thursday at 5:30pm CET (Berlin time) - 20 minutes over Google Meet: https://meet.google.com/inf-femi-chat

I'm finishing a data engineering bootcamp and I'd love to hear how you moved from backend into data platform work, and what you'd look for when hiring juniors. I'll come with a short list of questions.

Thanks again for your time!
Lina Horvath
linkedin.example/in/lina-horvath
"""
    m = mail("Lina Horvath <lina.horvath@mail.example>", f"Femi Adeyemi <{owner}>", "Thank you - informational interview on Thursday",
             sent, "<CALinaH0rv4th@mail.example>", text=t, delivered_to=owner, cte="quoted-printable")
    case("b17-20-informational-interview-user-gives-advice", owner, [("01-student-confirms-informational-interview.eml", m)], [],
         "hard", "negative/user-not-candidate",
         "A student confirms an 'informational interview' with the owner, who gives career advice; owner is not a candidate.")


# ---- 21 Peer mock interview on a practice platform
def c21():
    owner = "sam.nguyen@mail.example"
    tz = "America/New_York"
    s, e = D(2026, 3, 14, 10, 0, tz), D(2026, 3, 14, 11, 30, tz)
    sent = D(2026, 3, 11, 12, 0, tz)
    t = """Hey Sam 👋

Your practice session is booked!

Mock interview: System Design (peer-to-peer)
Saturday, March 14 · 10:00 AM - 11:30 AM ET
Your peer: Devon K. (4 years, backend)

How it works: you'll interview each other for 45 minutes each, then swap feedback. Questions are provided in the session room.

Join: https://pairprep.example/room/sd-55821

Keep practicing - members who do 5+ mocks report 2x more onsite offers!
The PairPrep team
"""
    cal = vcal("-//PairPrep//Sessions//EN", "REQUEST",
               vevent("sd-55821@pairprep.example", s, e, "PairPrep mock interview: System Design (peer)",
                      ("PairPrep", "sessions@pairprep.example"), [("Sam Nguyen", owner)], sent,
                      description="Peer-to-peer practice interview. Join: https://pairprep.example/room/sd-55821"))
    m = mail("PairPrep <sessions@pairprep.example>", owner, "You're booked: System Design mock interview, Sat Mar 14", sent,
             "<pp.sess.sd-55821@pairprep.example>", text=t, html=html_wrap(p(t)), delivered_to=owner)
    attach_ics(m, cal, "pairprep-session.ics")
    case("b17-21-peer-mock-interview-platform", owner, [("01-pairprep-session-booked.eml", m)], [],
         "medium", "negative/mock-interview",
         "Free peer mock system-design interview booked on a practice platform with .ics; practice, not a hiring process.")


# ---- 22 Referral status update: the owner is the referrer
def c22():
    owner = "hugo.lambert@example.com"
    co = "pinecrest.example"
    tz = "America/Los_Angeles"
    sent = D(2026, 3, 13, 9, 45, tz)
    t = """Hi Hugo,

Thanks again for referring Nadia Petrova for the Data Platform Engineer position!

Here's an update on your referral:
Status: Interviewing
Next step: Nadia has an interview scheduled on Thursday, March 19 at 1:00 PM PT with the Data Platform team (90 minutes).

You don't need to do anything right now - we'll let you know if she receives an offer. Referral bonuses are paid 90 days after your referral's start date.

Thanks for helping us grow the team,
Pinecrest Data Recruiting

This is an automated message from Pinecrest Data's referral program (powered by Lever).
"""
    m = mail("Pinecrest Data Referrals <no-reply@hire.lever.example>", f"Hugo Lambert <{owner}>",
             "Referral update: Nadia Petrova - Data Platform Engineer", sent, "<lv.ref.90021.hugo@hire.lever.example>",
             text=t, html=html_wrap(p(t)), reply_to=f"Recruiting <recruiting@{co}>", delivered_to=owner)
    case("b17-22-referral-update-owner-is-referrer", owner, [("01-lever-referral-update.eml", m)], [],
         "hard", "negative/user-not-candidate",
         "Lever referral-program update telling the owner (the referrer) that his referral has an interview on 19 Mar at 1 PM PT.")


# =================================================================== write everything
def main():
    for name in sorted(os.listdir(HERE)):
        if name.startswith("b17-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    for fn in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
               c14, c15, c16, c17, c18, c19, c20, c21, c22]:
        fn()
    for cid, items in CASES.items():
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fname, obj in items:
            path = os.path.join(d, fname)
            if isinstance(obj, EmailMessage):
                tag = hashlib.sha1(f"{cid}/{fname}".encode()).hexdigest()[:16]
                for i, part in enumerate(obj.walk()):
                    if part.is_multipart():
                        part.set_boundary(f"000000000000{tag}{i:02d}")
                data = obj.as_bytes()
            elif isinstance(obj, str):
                data = obj.encode("utf-8")
            else:
                data = obj
            with open(path, "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# Labels for the blind17 set (written blind). See /work/shared/eval/README.md for the schema.\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=120)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
