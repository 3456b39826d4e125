#!/usr/bin/env python3
"""Deterministic generator for the blind64 interview-detection set.

Rewrites every case folder (b64-*) and labels.yaml next to this file.
Only stdlib + PyYAML; all offsets are computed with zoneinfo.
"""
import zlib
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER_NAME = "Mateo Brandt"
OWNER = "mateo.brandt@example.com"
CHI = "America/Chicago"

LABELS = {}
CASES = {}


# ------------------------------------------------------------------ time helpers
def T(tz, y, mo, d, h=0, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


def Z(dt):
    return dt.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def L(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def iso(dt):
    return dt.isoformat() if dt is not None else None


def gtime(dt):
    h = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    return f"{h}:{dt.minute:02d}{ap}" if dt.minute else f"{h}{ap}"


def otime(dt):
    h = dt.hour % 12 or 12
    ap = "AM" if dt.hour < 12 else "PM"
    return f"{h}:{dt.minute:02d} {ap}"


def gdate(dt):
    return dt.strftime("%a %b ") + str(dt.day) + dt.strftime(", %Y")


def longdate(dt):
    return dt.strftime("%A, %B ") + str(dt.day) + dt.strftime(", %Y")


# ------------------------------------------------------------------ iCalendar helpers
def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b"", 74
        cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ = {
    # tzid: (std name, std offset, dst offset, std rule, dst rule)
    "America/Chicago": ("CST", "-0600", "-0500", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
                        "19701101T020000", "19700308T020000"),
    "Central Standard Time": (None, "-0600", "-0500", "FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
                              "FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "16010101T020000", "16010101T020000"),
    "Eastern Standard Time": (None, "-0500", "-0400", "FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
                              "FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "16010101T020000", "16010101T020000"),
    "W. Europe Standard Time": (None, "+0100", "+0200", "FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
                                "FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "16010101T030000", "16010101T020000"),
    "AUS Eastern Standard Time": (None, "+1100", "+1000", "FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4",
                                  "FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10", "16010101T030000", "16010101T020000"),
}


def vtimezone(tzid):
    n, so, do, srule, drule, sstart, dstart = VTZ[tzid]
    if tzid == "AUS Eastern Standard Time":
        # southern hemisphere: standard = +1000 from April, daylight = +1100 from October
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
                "BEGIN:STANDARD", f"DTSTART:{sstart}", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000", f"RRULE:{srule}",
                "END:STANDARD",
                "BEGIN:DAYLIGHT", f"DTSTART:{dstart}", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100", f"RRULE:{drule}",
                "END:DAYLIGHT", "END:VTIMEZONE"]
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if n:
        lines.append("X-LIC-LOCATION:" + tzid)
    lines += ["BEGIN:STANDARD", f"DTSTART:{sstart}", f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}"]
    if n:
        lines.append("TZNAME:CST")
    lines += [f"RRULE:{srule}", "END:STANDARD", "BEGIN:DAYLIGHT", f"DTSTART:{dstart}", f"TZOFFSETFROM:{so}",
              f"TZOFFSETTO:{do}"]
    if n:
        lines.append("TZNAME:CDT")
    lines += [f"RRULE:{drule}", "END:DAYLIGHT", "END:VTIMEZONE"]
    return lines


def vcal(prodid, method, events, tzids=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    for t in tzids:
        lines += vtimezone(t)
    for ev in events:
        lines += ["BEGIN:VEVENT"] + ev + ["END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", google=True):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name};"
                f"X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{email}"


# ------------------------------------------------------------------ e-mail helpers
_counter = [0]


def mail(date, frm, to, subject, text=None, html=None, cal=None, cal_method="REQUEST", ics_attach=None,
         ics_name="invite.ics", cc=None, reply_to=None, extra=(), msgid=None, in_reply_to=None, refs=None,
         text_cte=None, html_cte=None, cal_cte="7bit", delivered_to=OWNER, sender=None, html_only=False):
    m = EmailMessage(policy=policy.SMTP)
    if delivered_to:
        m["Delivered-To"] = delivered_to
    for k, v in extra:
        m[k] = v
    if sender:
        m["Sender"] = sender
    if reply_to:
        m["Reply-To"] = reply_to
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    _counter[0] += 1
    m["Message-ID"] = msgid or f"<b64.{_counter[0]:04d}.{Z(date).lower()}@mail.example>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = refs or in_reply_to
    if html_only:
        m.set_content(html, subtype="html", cte=html_cte or "quoted-printable")
    else:
        m.set_content(text, cte=text_cte or "quoted-printable")
        if html:
            m.add_alternative(html, subtype="html", cte=html_cte or "quoted-printable")
    if cal:
        if cal_cte == "7bit" and not cal.isascii():
            cal_cte = "base64"
        m.add_alternative(cal, subtype="calendar", params={"method": cal_method}, cte=cal_cte)
    if ics_attach:
        m.add_attachment(ics_attach.encode("utf-8"), maintype="application", subtype="ics", filename=ics_name)
    # deterministic boundaries
    i = 0
    for part in m.walk():
        if part.is_multipart():
            i += 1
            part.set_boundary(f"=_b64_{_counter[0]:04d}_{i}_{Z(date)}")
    return m.as_bytes(policy=policy.SMTP.clone(max_line_length=998))


def html_of(text):
    import html as _h
    paras = text.strip().split("\n\n")
    body = "".join("<p>" + _h.escape(p).replace("\n", "<br>") + "</p>\n" for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n' + body +
            "</div></body></html>")


def add(case, fname, data):
    CASES.setdefault(case, []).append((fname, data))


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
            "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


GPROD = "-//Google Inc//Google Calendar 70.9054//EN"
MSPROD = "Microsoft Exchange Server 2010"


def google_invite(case, fname, date, org, attendees, summary, start, end, desc, uid, seq=0, disp_tz=CHI,
                  tzlabel="Central Time - Chicago", kind="Invitation", method="REQUEST", status="CONFIRMED",
                  extra_note=None):
    """org=(name,email); attendees=[(name,email,partstat)]"""
    ds, de = start.astimezone(ZoneInfo(disp_tz)), end.astimezone(ZoneInfo(disp_tz))
    tzabbr = ds.strftime("%Z")
    when = f"{gdate(ds)} {gtime(ds)} - {gtime(de)} ({tzabbr})"
    meet = "https://meet.google.example/" + uid[:3] + "-" + uid[3:7] + "-" + uid[7:10]
    guests = []
    for n, e, _ in attendees:
        if n != e:
            guests.append(f"{n} - organizer" if e == org[1] else n)
        guests.append(e)
    text = (f"{summary}\n{longdate(ds).replace(', 2026', ' 2026').replace(',', '', 1)} \u22c5 {gtime(ds)} \u2013 {gtime(de)}\n"
            f"{tzlabel}\n\n")
    if extra_note:
        text = extra_note + "\n\n" + text
    text += (f"Join with Google Meet\n{meet}\n\nOrganizer\n{org[0]}\n{org[1]}\n\nGuests\n" + "\n".join(guests) +
             "\n\n" + (desc + "\n\n" if desc else "") +
             f"Reply for {OWNER} and view more details https://calendar.google.example/calendar/event?action=VIEW&eid={uid}\n\n"
             "~~//~~\nInvitation from Google Calendar: https://calendar.google.example/calendar/\n\n"
             "You are receiving this email because you are an attendee on the event.\n")
    ev = [f"DTSTART:{Z(start)}", f"DTEND:{Z(end)}", f"DTSTAMP:{Z(date)}",
          f"ORGANIZER;CN={org[0]}:mailto:{org[1]}", f"UID:{uid}@google.com"]
    for n, e, p in attendees:
        ev.append(att(n, e, p))
    ev += [f"X-GOOGLE-CONFERENCE:{meet}", f"CREATED:{Z(date - timedelta(days=seq))}",
           "DESCRIPTION:" + esc((desc + "\n\n" if desc else "") + f"Join with Google Meet: {meet}"),
           f"LAST-MODIFIED:{Z(date)}", "LOCATION:", f"SEQUENCE:{seq}", f"STATUS:{status}",
           f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    ics = vcal(GPROD, method, [ev])
    subj = f"{kind}: {summary} @ {when} ({OWNER})"
    data = mail(date, f"{org[0]} <{org[1]}>", OWNER, subj, text=text, html=html_of(text), cal=ics,
                cal_method=method, ics_attach=ics, reply_to=f"{org[0]} <{org[1]}>",
                sender="Google Calendar <calendar-notification@google.example>",
                extra=[("Return-Path", "<calendar-server-bounces@google.example>")])
    add(case, fname, data)


def exchange_invite(case, fname, date, org, required, summary, start, end, wintz, label_txt, body, uid, seq=0,
                    method="REQUEST", optional=(), lang="en", where="Microsoft Teams Meeting", to_hdr=None,
                    text_cte="quoted-printable"):
    ls, le = start, end
    if lang == "de":
        wd = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"][ls.weekday()]
        mo = ["Januar", "Februar", "M\u00e4rz", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
              "November", "Dezember"][ls.month - 1]
        when = f"Wann: {wd}, {ls.day}. {mo} {ls.year} {ls:%H:%M}-{le:%H:%M} {label_txt}.\nWo: {where}"
    else:
        when = f"When: {longdate(ls)} {otime(ls)}-{otime(le)} {label_txt}.\nWhere: {where}"
    teams = ("________________________________________________________________________________\n"
             "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
             f"Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_{uid}>\n"
             f"Meeting ID: {zlib.crc32(uid.encode()) % 10**12:012d}\nPasscode: Qx7{uid[:3]}\n"
             "________________________________________________________________________________")
    text = when + "\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body + "\n\n" + teams + "\n"
    ev = [f"ORGANIZER;CN={org[0]}:mailto:{org[1]}"]
    for n, e in required:
        ev.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}")
    for n, e in optional:
        ev.append(f"ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}")
    ev += ["DESCRIPTION;LANGUAGE=" + ("de-DE" if lang == "de" else "en-US") + ":" + esc(body + "\n\n" + teams),
           f"UID:{uid}", f"SUMMARY;LANGUAGE={'de-DE' if lang == 'de' else 'en-US'}:{esc(summary)}",
           f"DTSTART;TZID={wintz}:{L(ls)}", f"DTEND;TZID={wintz}:{L(le)}", "CLASS:PUBLIC", "PRIORITY:5",
           f"DTSTAMP:{Z(date)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", f"SEQUENCE:{seq}",
           f"LOCATION;LANGUAGE=en-US:{where}", "X-MICROSOFT-CDO-APPT-SEQUENCE:" + str(seq),
           "X-MICROSOFT-CDO-OWNERAPPTID:-1" + str(zlib.crc32(uid.encode()) % 10**9),
           "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
           "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
           "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
           "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    ics = vcal(MSPROD, method, [ev], tzids=(wintz,))
    to = to_hdr or ", ".join(f"{n} <{e}>" for n, e in required)
    m = mail(date, f"{org[0]} <{org[1]}>", to, summary, text=text, cal=ics, cal_method=method, cal_cte="base64",
             text_cte=text_cte,
             extra=[("Return-Path", f"<{org[1]}>"), ("Thread-Topic", summary),
                    ("Content-class", "urn:content-classes:calendarmessage"), ("Accept-Language", "en-US"),
                    ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
             msgid=f"<{uid[:12].upper()}{seq}@PH0PR11MB5{seq}00.namprd11.prod.outlook.example>")
    add(case, fname, m)


def gcal_json(case, fname, ev):
    add(case, fname, (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))


# ================================================================== CASES
def c01():
    c = "b64-01-google-invite-recruiter-screen-pst-label"
    rec = ("Harper Vasquez", "harper.vasquez@quillfeather.example")
    start = T("America/Los_Angeles", 2026, 3, 12, 16, 30)
    end = start + timedelta(minutes=30)
    d1 = T("America/Los_Angeles", 2026, 3, 4, 9, 12)
    text = f"""Hi Mateo,

Thanks for applying to the Backend Engineer (Platform) opening at Quillfeather Analytics. I'd love to set up a quick intro call to walk through the role and hear about your work with Postgres and Kafka.

Would Thu 3/12 @ 4:30p PST work? It'd be 30 min, just me, over Google Meet. I'll send a calendar hold right after this.

Cheers,
Harper

--
Harper Vasquez | Technical Recruiter
Quillfeather Analytics
1450 Alder St, Suite 300, Portland, OR 97205
m: +1 (503) 555-0148
"""
    add(c, "01-quillfeather-intro-call.eml",
        mail(d1, f"{rec[0]} <{rec[1]}>", f"{OWNER_NAME} <{OWNER}>", "Quillfeather <> Mateo - intro call",
             text=text))
    google_invite(c, "02-invitation-recruiter-screen.eml", d1 + timedelta(minutes=9), rec,
                  [(rec[0], rec[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
                  "Mateo Brandt / Harper (Quillfeather) - Recruiter Screen, Backend Engineer (Platform)",
                  start, end, "30 min intro chat about the Backend Engineer (Platform) role.",
                  "q7fk2mzpa0vt3e8hxl1c9rdw4n", disp_tz="America/Los_Angeles", tzlabel="Pacific Time - Los Angeles")
    label(c, [iv("Quillfeather Analytics", "Backend Engineer (Platform)", start, end, "scheduled", [rec[1]], [rec[1]],
                 "phone_screen")], "medium", "positive/google-invite",
          "Recruiter writes '4:30p PST' during DST; invite (UTC) confirms 16:30 PDT. E-mail + invite = one interview.")


def c02():
    c = "b64-02-team-standup-series"
    org = ("Priscilla Onyango", "priscilla.onyango@lumenrail.example")
    d = T(CHI, 2026, 2, 20, 16, 5)
    start = T(CHI, 2026, 2, 23, 9, 45)
    end = start + timedelta(minutes=15)
    desc = ("Daily platform standup. Keep it to 15 min: yesterday / today / blockers.\n"
            "Mondays we also go over the hiring schedule - who is on the interview panel for the Senior Backend "
            "candidates that week, so please check the interview rotation sheet before the call.\n"
            "Dial-in: +1 512-555-0190, PIN 44817")
    ev = [f"DTSTART;TZID=America/Chicago:{L(start)}", f"DTEND;TZID=America/Chicago:{L(end)}",
          "RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", f"DTSTAMP:{Z(d)}",
          f"ORGANIZER;CN={org[0]}:mailto:{org[1]}", "UID:5ut9kq0rz2m8wb3jd6n1fxe7ha@google.com",
          att(org[0], org[1], "ACCEPTED"), att("Mateo Brandt", "mateo.brandt@lumenrail.example"),
          att("Kenji Abernathy", "kenji.abernathy@lumenrail.example", "ACCEPTED"),
          att("Sol Ferreira", "sol.ferreira@lumenrail.example", "ACCEPTED"),
          "DESCRIPTION:" + esc(desc), "LOCATION:Huddle room 3B / Meet", "SEQUENCE:0", "STATUS:CONFIRMED",
          "SUMMARY:Platform standup", "TRANSP:OPAQUE"]
    ics = vcal(GPROD, "REQUEST", [ev], tzids=("America/Chicago",))
    text = (f"Platform standup\nWeekly on weekdays \u22c5 9:45 \u2013 10am\nCentral Time - Chicago\n\n"
            f"Organizer\n{org[0]}\n{org[1]}\n\n{desc}\n\nInvitation from Google Calendar\n")
    add(c, "01-invitation-platform-standup.eml",
        mail(d, f"{org[0]} <{org[1]}>", "mateo.brandt@lumenrail.example",
             f"Invitation: Platform standup @ Weekly from 9:45am to 10am on weekdays (CST) (mateo.brandt@lumenrail.example)",
             text=text, html=html_of(text), cal=ics, ics_attach=ics,
             sender="Google Calendar <calendar-notification@google.example>",
             extra=[("X-Forwarded-For", "mateo.brandt@lumenrail.example " + OWNER)]))
    label(c, [], "medium", "negative/recurring-team-meeting",
          "Employer's daily standup series (auto-forwarded work mail); mentions interview panel/candidates/call.")


def c03():
    c = "b64-03-outlook-proposed-new-time-accepted"
    rec = ("Colleen Mbeki", "cmbeki@brackenridge-software.example")
    e1 = ("Tomasz Lindahl", "tlindahl@brackenridge-software.example")
    e2 = ("Aiyana Reyes", "areyes@brackenridge-software.example")
    s0 = T(CHI, 2026, 3, 17, 10, 0)
    s1 = T(CHI, 2026, 3, 18, 13, 0)
    d1 = T(CHI, 2026, 3, 10, 14, 22)
    body = """Hi Mateo,

As discussed, here is the invite for your technical interview for the Senior Backend Engineer (Energy Trading Platform) role. You'll pair with Tomasz Lindahl and Aiyana Reyes from the trading-platform team on a practical Go/Postgres exercise (60 minutes). No prep needed beyond having an editor handy.

I'm just coordinating and won't be on the call.

Best,
Colleen Mbeki
Talent Partner | Brackenridge Energy Software
909 Fannin St, Houston, TX 77010 | +1 713 555 0132"""
    req = [(OWNER_NAME, OWNER), e1, e2]
    uid = "040000008200E00074C5B7101A82E0080000000070d4c2a1b5a7dc01000000000000000010000000b64brack03"
    exchange_invite(c, "01-technical-interview-invite.eml", d1, rec, req,
                    "Technical Interview - Mateo Brandt - Senior Backend Engineer", s0, s0 + timedelta(hours=1),
                    "Central Standard Time", "(UTC-06:00) Central Time (US & Canada)", body, uid, seq=0)
    d2 = T(CHI, 2026, 3, 11, 8, 47)
    txt2 = f"""Hi Mateo,

No problem at all - Tomasz and Aiyana are both free Wednesday afternoon, so I've accepted your proposed time. You'll get the updated invite in a minute; the Tuesday slot is released.

Colleen

From: Mateo Brandt <{OWNER}>
Sent: Tuesday, March 10, 2026 9:58 PM
To: Colleen Mbeki <{rec[1]}>
Subject: New Time Proposed: Technical Interview - Mateo Brandt - Senior Backend Engineer

Proposed new time: Wednesday, March 18, 2026 1:00 PM-2:00 PM (UTC-06:00) Central Time (US & Canada).

Hi Colleen - I have a dentist thing I can't move on Tuesday morning. Would Wednesday at 1pm work instead? Sorry for the shuffle!

Mateo
"""
    add(c, "02-re-new-time-proposed.eml",
        mail(d2, f"{rec[0]} <{rec[1]}>", f"{OWNER_NAME} <{OWNER}>",
             "RE: New Time Proposed: Technical Interview - Mateo Brandt - Senior Backend Engineer", text=txt2,
             in_reply_to="<B64PROPOSE03@mail.example>",
             extra=[("Thread-Topic", "New Time Proposed: Technical Interview - Mateo Brandt - Senior Backend Engineer")]))
    exchange_invite(c, "03-updated-technical-interview.eml", d2 + timedelta(minutes=3), rec, req,
                    "Technical Interview - Mateo Brandt - Senior Backend Engineer", s1, s1 + timedelta(hours=1),
                    "Central Standard Time", "(UTC-06:00) Central Time (US & Canada)", body, uid, seq=1)
    label(c, [iv("Brackenridge Energy Software", "Senior Backend Engineer", s1, s1 + timedelta(hours=1), "scheduled",
                 [e1[1], e2[1]], [e1[1], e2[1]], "technical")], "hard", "positive/outlook-counter-proposal",
          "Exchange invite Tue 10:00; candidate proposed Wed 13:00 (quoted), organizer accepted and re-sent SEQUENCE:1.")


def c04():
    c = "b64-04-calendly-reschedule-across-dst"
    host = ("Imogen Sato", "imogen@pellucidrobotics.example")
    s0 = T(CHI, 2026, 3, 6, 10, 0)
    s1 = T(CHI, 2026, 3, 9, 11, 0)
    dur = timedelta(minutes=45)
    d1 = T(CHI, 2026, 2, 27, 15, 31)
    d2 = T(CHI, 2026, 3, 4, 18, 2)

    def cal_ics(s, seq, date):
        ev = [f"DTSTART:{Z(s)}", f"DTEND:{Z(s + dur)}", f"DTSTAMP:{Z(date)}",
              "UID:BF7A2C10-6E3D-4B8A-9C1D-B64CAL000004", f"SEQUENCE:{seq}",
              f"ORGANIZER;CN={host[0]}:mailto:{host[1]}", att(OWNER_NAME, OWNER, "ACCEPTED", google=False),
              "SUMMARY:" + esc("Hiring Manager Chat (Backend) between Imogen Sato and Mateo Brandt"),
              "DESCRIPTION:" + esc("Event Name: Hiring Manager Chat (Backend)\n\nLocation: This is a Zoom web conference.\n"
                                   "https://zoom.example/j/84412093371\n\nNeed to make changes to this event?\n"
                                   "Cancel: https://calendly.example/cancellations/9f3d\nReschedule: https://calendly.example/reschedulings/9f3d"),
              "LOCATION:https://zoom.example/j/84412093371", "STATUS:CONFIRMED"]
        return vcal("-//Calendly//Calendly//EN", "REQUEST", [ev])

    def body(s, head):
        e = s + dur
        return f"""{head}

Event Type:
Hiring Manager Chat (Backend)

Event Date/Time:
{otime(s).lower().replace(' ', '')} - {otime(e).lower().replace(' ', '')} - {longdate(s)} (Central Time - US & Canada)

Location:
This is a Zoom web conference.
https://zoom.example/j/84412093371

Invitee:
Mateo Brandt
{OWNER}

Questions:
Anything you'd like Imogen to know ahead of time?
I've mostly worked on event-driven services in Go; curious how the fleet telemetry pipeline is set up.

View event in Calendly: https://calendly.example/events/9f3d
Cancel: https://calendly.example/cancellations/9f3d
Reschedule: https://calendly.example/reschedulings/9f3d

Powered by Calendly.example
"""
    b1 = body(s0, "Hi Mateo Brandt,\n\nYour Hiring Manager Chat (Backend) with Imogen Sato at Pellucid Robotics is scheduled.")
    add(c, "01-calendly-confirmed.eml",
        mail(d1, "Calendly <notifications@calendly.example>", OWNER,
             f"Confirmed: Hiring Manager Chat (Backend) with Imogen Sato on {longdate(s0)}", text=b1,
             html=html_of(b1), ics_attach=cal_ics(s0, 0, d1), reply_to=f"{host[0]} <{host[1]}>"))
    b2 = body(s1, "Hi Mateo Brandt,\n\nImogen Sato has rescheduled your event. Reason: \"Board prep got moved onto Friday - "
                  "so sorry! Monday 11 work? (Heads up, clocks spring forward Sunday.)\"\n\nFormer: "
                  f"{otime(s0).lower().replace(' ', '')} - {longdate(s0)}\nUpdated:")
    add(c, "02-calendly-rescheduled.eml",
        mail(d2, "Calendly <notifications@calendly.example>", OWNER,
             f"Updated: Hiring Manager Chat (Backend) with Imogen Sato - now {longdate(s1)} at 11:00am",
             text=b2, html=html_of(b2), ics_attach=cal_ics(s1, 1, d2), reply_to=f"{host[0]} <{host[1]}>"))
    label(c, [iv("Pellucid Robotics", None, s1, s1 + dur, "scheduled", [host[1]], [host[1]], "hiring_manager")],
          "hard", "positive/calendly-reschedule",
          "Calendly booking Fri Mar 6 10:00 CST rescheduled by host to Mon Mar 9 11:00 CDT (after US DST switch).")


def c05():
    c = "b64-05-dentist-booking-scheduling-tool"
    d1 = T(CHI, 2026, 3, 2, 12, 14)
    s0 = T(CHI, 2026, 3, 17, 8, 0)
    s1 = T(CHI, 2026, 3, 19, 7, 30)
    def b(s, head):
        return f"""{head}

Appointment: New Patient Exam & Cleaning (60 min)
With: Dr. Renata Olmos, DDS
When: {longdate(s)} at {otime(s)} (Central Time)
Where: Barton Creek Family Dental, 3801 S Lamar Blvd, Ste 210, Austin, TX 78704

Please arrive 10 minutes early to fill out your intake interview form (medical history, insurance). If you need to reschedule, use the link below or call us at (512) 555-0177 at least 24 hours before your scheduled time.

Change / cancel: https://bartoncreekdental.acuity.example/schedule.php?action=appt&id=88213

Barton Creek Family Dental
"""
    def ics(s, date, seq):
        ev = [f"DTSTART:{Z(s)}", f"DTEND:{Z(s + timedelta(hours=1))}", f"DTSTAMP:{Z(date)}",
              "UID:acuity-88213@acuity.example", f"SEQUENCE:{seq}", "SUMMARY:New Patient Exam & Cleaning",
              "LOCATION:" + esc("Barton Creek Family Dental, 3801 S Lamar Blvd, Ste 210, Austin, TX 78704"),
              "ORGANIZER;CN=Barton Creek Family Dental:mailto:frontdesk@bartoncreekdental.example"]
        return vcal("-//Acuity Scheduling//EN", "REQUEST", [ev])
    t1 = b(s0, "Hi Mateo,\n\nYour appointment is confirmed!")
    add(c, "01-appointment-confirmed.eml",
        mail(d1, "Barton Creek Family Dental <no-reply@acuity.example>", OWNER,
             "Appointment Confirmed: New Patient Exam & Cleaning on March 17", text=t1, html=html_of(t1),
             ics_attach=ics(s0, d1, 0), ics_name="appointment.ics",
             reply_to="frontdesk@bartoncreekdental.example"))
    d2 = T(CHI, 2026, 3, 11, 7, 55)
    t2 = b(s1, "Hi Mateo,\n\nYour appointment has been rescheduled. Your new time is below.")
    add(c, "02-appointment-rescheduled.eml",
        mail(d2, "Barton Creek Family Dental <no-reply@acuity.example>", OWNER,
             "Appointment Rescheduled: New Patient Exam & Cleaning", text=t2, html=html_of(t2),
             ics_attach=ics(s1, d2, 1), ics_name="appointment.ics",
             reply_to="frontdesk@bartoncreekdental.example"))
    label(c, [], "easy", "negative/dentist", "Dentist booking via Acuity-style tool, then rescheduled; 'intake interview form'.")


def c06():
    c = "b64-06-calcom-amsterdam-reschedule"
    rec = ("Femke de Wit", "femke@veldkampdata.example")
    eng = ("Joost Hermans", "joost.hermans@veldkampdata.example")
    dur = timedelta(minutes=60)
    d0 = T("Europe/Amsterdam", 2026, 3, 12, 11, 40)
    s0 = T("Europe/Amsterdam", 2026, 3, 20, 16, 0)
    s1 = T("Europe/Amsterdam", 2026, 3, 24, 16, 0)
    t0 = f"""Hi Mateo,

Great talking yesterday! Next step is the technical interview with Joost Hermans (Staff Engineer, ingestion team). It's 60 minutes: some system design around our event ingestion plus a bit of live coding in Go or Python, your choice.

Joost is in Amsterdam, so his calendar only opens late afternoon our time (which is morning for you in Austin). Pick whatever suits you here:
https://cal.example/joost-hermans/technical-interview

Groetjes,
Femke

Femke de Wit - Talent Acquisition
Veldkamp Data B.V. | Keizersgracht 221, 1016 DV Amsterdam
+31 20 555 0193
"""
    add(c, "01-veldkamp-next-step.eml",
        mail(d0, f"{rec[0]} <{rec[1]}>", f"Mateo Brandt <{OWNER}>", "Veldkamp Data - technical interview with Joost",
             text=t0))

    def ics(s, date, seq):
        ev = [f"DTSTART:{Z(s)}", f"DTEND:{Z(s + dur)}", f"DTSTAMP:{Z(date)}", "UID:kX2p9TqRb64vLmN6@cal.example",
              f"SEQUENCE:{seq}", "SUMMARY:" + esc("Technical Interview between Joost Hermans and Mateo Brandt"),
              f"ORGANIZER;CN={eng[0]}:mailto:{eng[1]}", att(OWNER_NAME, OWNER, "ACCEPTED", google=False),
              "LOCATION:https://app.cal.example/video/kX2p9TqRb64vLmN6", "STATUS:CONFIRMED"]
        return vcal("-//Cal.com Inc.//Cal.com Event//EN", "REQUEST", [ev])

    def body(s, head):
        lc = s.astimezone(ZoneInfo(CHI))
        le = lc + dur
        return f"""{head}

What
Technical Interview between Joost Hermans and Mateo Brandt

When
{longdate(lc)} | {gtime(lc)} - {gtime(le)} (America/Chicago)

Who
Joost Hermans - Organizer
{eng[1]}
Mateo Brandt
{OWNER}

Where
Cal Video: https://app.cal.example/video/kX2p9TqRb64vLmN6

Need to make a change? Reschedule or Cancel
https://cal.example/booking/kX2p9TqRb64vLmN6
"""
    d1 = T("Europe/Amsterdam", 2026, 3, 12, 19, 3)
    t1 = body(s0, "Your event has been scheduled\nWe sent an email with a calendar invitation with the details to everyone.")
    add(c, "02-calcom-booking-confirmed.eml",
        mail(d1, "Cal.com <hello@cal.example>", OWNER,
             f"Confirmed: Technical Interview between Joost Hermans and Mateo Brandt at {gtime(s0.astimezone(ZoneInfo(CHI)))} - "
             f"{gtime((s0 + dur).astimezone(ZoneInfo(CHI)))}, {s0.astimezone(ZoneInfo(CHI)):%A, %B} {s0.day}, 2026",
             text=t1, html=html_of(t1), ics_attach=ics(s0, d1, 0), reply_to=f"{eng[0]} <{eng[1]}>"))
    d2 = T("Europe/Amsterdam", 2026, 3, 18, 9, 26)
    t2 = body(s1, "Your event has been rescheduled\nJoost Hermans: \"Apologies - I'm on call Friday. Moved us to "
                  "Tuesday, same time on my side (16:00 here).\"")
    add(c, "03-calcom-rescheduled.eml",
        mail(d2, "Cal.com <hello@cal.example>", OWNER,
             f"Rescheduled: Technical Interview between Joost Hermans and Mateo Brandt",
             text=t2, html=html_of(t2), ics_attach=ics(s1, d2, 1), reply_to=f"{eng[0]} <{eng[1]}>"))
    label(c, [iv("Veldkamp Data", None, s1, s1 + dur, "scheduled", [eng[1]], [eng[1]], "technical")],
          "hard", "positive/calcom-reschedule",
          "cal.com booking moved Fri->Tue Mar 24; 16:00 Amsterdam (CET, before EU DST) = 10:00 CDT (6h gap).")


def c07():
    c = "b64-07-gcal-tentative-rsvp-noon-et"
    rec = ("Bettina Sorensen", "bsorensen@tidewaterledger.example")
    hm = ("Rashid Tamboli", "rtamboli@tidewaterledger.example")
    start = T("America/New_York", 2026, 4, 3, 12, 0)
    end = start + timedelta(minutes=45)
    d1 = T("America/New_York", 2026, 3, 26, 10, 15)
    uid = "7tw2lgr4ch0mpq8v1xk5ezd3ba"
    google_invite(c, "01-invitation-hiring-manager.eml", d1, rec,
                  [(rec[0], rec[1], "ACCEPTED"), (hm[0], hm[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
                  "Tidewater Ledger | Mateo Brandt x Rashid Tamboli (Hiring Manager) - Backend Engineer, Ledger Core",
                  start, end, "45 minutes with Rashid, Engineering Manager for Ledger Core. Conversational - "
                  "your background, how you approach reliability, questions about the team.", uid,
                  disp_tz="America/New_York", tzlabel="Eastern Time - New York")
    ev = {
        "kind": "calendar#event", "etag": "\"3529018843556000\"", "id": uid, "status": "confirmed",
        "htmlLink": f"https://calendar.google.example/calendar/event?eid={uid}",
        "created": "2026-03-26T14:15:00.000Z", "updated": "2026-03-27T02:10:21.778Z",
        "summary": "Tidewater Ledger | Mateo Brandt x Rashid Tamboli (Hiring Manager) - Backend Engineer, Ledger Core",
        "creator": {"email": rec[1], "displayName": rec[0]},
        "organizer": {"email": rec[1], "displayName": rec[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "America/New_York"},
        "end": {"dateTime": end.isoformat(), "timeZone": "America/New_York"},
        "iCalUID": f"{uid}@google.com", "sequence": 0,
        "attendees": [
            {"email": rec[1], "displayName": rec[0], "organizer": True, "responseStatus": "accepted"},
            {"email": hm[1], "displayName": hm[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "tentative",
             "comment": "Might have a conflict at noon ET, will confirm by Tuesday"},
        ],
        "hangoutLink": "https://meet.google.example/7tw-2lgr-4ch", "reminders": {"useDefault": True},
        "eventType": "default",
    }
    gcal_json(c, "02-calendar-event-tentative.gcal.json", ev)
    d3 = T("America/New_York", 2026, 3, 27, 9, 2)
    txt = f"""Hi Mateo,

I saw you marked "maybe" on Friday's invite with Rashid - totally fine. If noon ET doesn't end up working, just reply here and I'll find another slot; otherwise we'll keep it as is. Rashid is really looking forward to it.

Bettina

Bettina Sorensen (she/her)
Recruiting Lead, Tidewater Ledger
75 State Street, Floor 12, Boston, MA 02109
+1 617-555-0164
"""
    add(c, "03-recruiter-saw-tentative.eml",
        mail(d3, f"{rec[0]} <{rec[1]}>", OWNER, "Friday with Rashid", text=txt))
    label(c, [iv("Tidewater Ledger", "Backend Engineer, Ledger Core", start, end, "scheduled", [hm[1]], [hm[1]],
                 "hiring_manager")], "medium", "positive/google-tentative",
          "Google invite, Calendar API copy shows owner RSVP tentative; still scheduled Fri Apr 3 noon EDT.")


def c08():
    c = "b64-08-friend-birthday-invite"
    fr = ("In\u00e9s Calder\u00f3n", "ines.calderon@mail.example")
    start = T(CHI, 2026, 3, 21, 19, 30)
    end = T(CHI, 2026, 3, 21, 23, 0)
    d = T(CHI, 2026, 3, 5, 20, 48)
    google_invite(c, "01-invitation-ines-30.eml", d, fr,
                  [(fr[0], fr[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION"),
                   ("Theo Brandt-Ruiz", "theo.br@mail.example", "ACCEPTED"),
                   ("Kalani Ortiz", "kalani.o@mail.example", "NEEDS-ACTION")],
                  "In\u00e9s turns 30 \U0001f382 - patio at Shady Grove",
                  start, end, "Tacos + karaoke after. Strict rule: nobody is allowed to interview me about "
                  "my 'five-year plan', and Mateo, no job-hunt talk unless you got the role, in which case "
                  "drinks are on you. Call me if you can't find us: 512-555-0121",
                  "ib30k8shdgv2x9wq4mz1ly7nrt", extra_note="Ines Calderon has invited you to an event.")
    label(c, [], "easy", "negative/social", "Friend's birthday Google invite; mentions interview/role/call jokingly.")


def c09():
    c = "b64-09-guest-list-only-update-panel"
    org = ("Noor Haddad", "noor.haddad@corvidmapping.example")
    a = ("Elliott Park", "epark@corvidmapping.example")
    b = ("Gianna Russo", "grusso@corvidmapping.example")
    cc = ("Obi Nwachukwu", "onwachukwu@corvidmapping.example")
    dd = ("Lin Qiao", "lqiao@corvidmapping.example")
    start = T("America/Los_Angeles", 2026, 4, 8, 13, 0)
    end = T("America/Los_Angeles", 2026, 4, 8, 15, 30)
    uid = "cv9pnl4x2ad7hr1m8tq3ksw6ze"
    desc = ("Virtual onsite for the Backend Engineer, Routing Services role.\n"
            "1:00-2:00 System design\n2:00-2:15 Break\n2:15-3:30 Coding + behavioral\n"
            "Noor (recruiting) will drop in at the start to say hi.")
    google_invite(c, "01-invitation-virtual-onsite.eml", T("America/Los_Angeles", 2026, 3, 30, 11, 20), org,
                  [(org[0], org[1], "ACCEPTED"), (a[0], a[1], "ACCEPTED"), (b[0], b[1], "ACCEPTED"),
                   (cc[0], cc[1], "NEEDS-ACTION"), (OWNER, OWNER, "NEEDS-ACTION")],
                  "Virtual Onsite: Mateo Brandt - Backend Engineer, Routing Services", start, end, desc, uid,
                  disp_tz=CHI)
    google_invite(c, "02-updated-invitation-guests.eml", T("America/Los_Angeles", 2026, 4, 2, 16, 3), org,
                  [(org[0], org[1], "ACCEPTED"), (a[0], a[1], "ACCEPTED"), (cc[0], cc[1], "ACCEPTED"),
                   (dd[0], dd[1], "NEEDS-ACTION"), (OWNER, OWNER, "ACCEPTED")],
                  "Virtual Onsite: Mateo Brandt - Backend Engineer, Routing Services", start, end, desc, uid, seq=1,
                  disp_tz=CHI, kind="Updated invitation",
                  extra_note="This event has been updated\nChanged: guests\n"
                             "Removed: Gianna Russo (grusso@corvidmapping.example)\nAdded: Lin Qiao (lqiao@corvidmapping.example)")
    label(c, [iv("Corvid Mapping", "Backend Engineer, Routing Services", start, end, "scheduled",
                 [a[1], cc[1], dd[1]], [a[1], cc[1], dd[1]], "onsite")], "hard", "positive/guest-list-update",
          "Updated invitation only swaps a panelist; time unchanged (1-3:30pm PDT). Interviewers = final guest list minus recruiter.")


def c10():
    c = "b64-10-weekly-1on1-series-with-interview-exception"
    lena = ("Lena Marchetti", "lena.marchetti@halyardfreight.example")
    marcus = ("Marcus Bell", "marcus.bell@halyardfreight.example")
    d0 = T(CHI, 2026, 3, 13, 15, 40)
    s_master = T(CHI, 2026, 2, 5, 9, 30)
    rid = T(CHI, 2026, 3, 19, 9, 30)
    xs = T(CHI, 2026, 3, 19, 10, 0)
    xe = T(CHI, 2026, 3, 19, 11, 0)
    txt = f"""Hey Mateo,

Good news - Marcus signed off on opening the full-time Backend Engineer headcount and wants to talk to you for it before we post it externally. I've taken over our Thursday 1:1 slot next week for that (pushed to 10-11 so he can make it), and the rest of our weekly syncs stay as they are. It's a real interview for the FTE role, just a friendly one - expect questions about the dispatch service and how you'd own it.

Updated calendar file attached since your personal calendar didn't get the change last time.

Lena

Lena Marchetti | Engineering Manager, Dispatch
Halyard Freight | 2100 E 6th St, Austin TX 78702 | 512-555-0186
"""
    uid = "halyard-sync-0b64-1on1@halyardfreight.example"
    master = [f"DTSTART;TZID=America/Chicago:{L(s_master)}",
              f"DTEND;TZID=America/Chicago:{L(s_master + timedelta(minutes=30))}",
              "RRULE:FREQ=WEEKLY;BYDAY=TH", f"DTSTAMP:{Z(d0)}", f"UID:{uid}", "SEQUENCE:0",
              f"ORGANIZER;CN={lena[0]}:mailto:{lena[1]}", att(lena[0], lena[1], "ACCEPTED", google=False),
              att(OWNER_NAME, OWNER, "ACCEPTED", google=False), "SUMMARY:Mateo / Lena weekly 1:1",
              "DESCRIPTION:" + esc("Contractor sync: dispatch API work, blockers, invoices."),
              "LOCATION:Meet", "STATUS:CONFIRMED"]
    exc = [f"RECURRENCE-ID;TZID=America/Chicago:{L(rid)}", f"DTSTART;TZID=America/Chicago:{L(xs)}",
           f"DTEND;TZID=America/Chicago:{L(xe)}", f"DTSTAMP:{Z(d0)}", f"UID:{uid}", "SEQUENCE:1",
           f"ORGANIZER;CN={lena[0]}:mailto:{lena[1]}", att(marcus[0], marcus[1], "ACCEPTED", google=False),
           att(OWNER_NAME, OWNER, "NEEDS-ACTION", google=False),
           "SUMMARY:" + esc("Interview: Backend Engineer (full-time) - Mateo Brandt / Marcus Bell"),
           "DESCRIPTION:" + esc("Replaces this week's 1:1. Marcus Bell (Director of Engineering) interviews Mateo "
                                "for the full-time Backend Engineer role. Lena will not join."),
           "LOCATION:Halyard HQ, 2nd floor - Bluebonnet room", "STATUS:CONFIRMED"]
    ics = vcal("-//Halyard Freight//Scheduling Export 3.2//EN", "REQUEST", [master, exc], tzids=("America/Chicago",))
    add(c, "01-lena-heads-up.eml",
        mail(d0, f"{lena[0]} <{lena[1]}>", OWNER, "Next Thursday: chat with Marcus about the FTE role", text=txt))
    add(c, "02-weekly-1on1-series.ics", ics.encode("utf-8"))
    label(c, [iv("Halyard Freight", "Backend Engineer", xs, xe, "scheduled", [marcus[1]], [marcus[1]], "hiring_manager")],
          "hard", "positive/recurrence-exception",
          "Weekly contractor 1:1 series (RRULE) is not an interview; the RECURRENCE-ID exception on Mar 19 10-11 CDT is.")


def c11():
    c = "b64-11-bootcamp-mock-interview"
    mentor = ("Desmond Achterberg", "desmond@forgepointbootcamp.example")
    start = T(CHI, 2026, 3, 14, 10, 30)
    end = start + timedelta(minutes=60)
    d1 = T(CHI, 2026, 3, 9, 13, 2)
    ev = [f"DTSTART:{Z(start)}", f"DTEND:{Z(end)}", f"DTSTAMP:{Z(d1)}", "UID:mockB64q7@cal.example", "SEQUENCE:0",
          "SUMMARY:" + esc("Mock Technical Interview (System Design) between Desmond Achterberg and Mateo Brandt"),
          f"ORGANIZER;CN={mentor[0]}:mailto:{mentor[1]}", att(OWNER_NAME, OWNER, "ACCEPTED", google=False),
          "LOCATION:https://app.cal.example/video/mockB64q7", "STATUS:CONFIRMED"]
    ics = vcal("-//Cal.com Inc.//Cal.com Event//EN", "REQUEST", [ev])
    t = f"""Your event has been scheduled

What
Mock Technical Interview (System Design) between Desmond Achterberg and Mateo Brandt

When
{longdate(start)} | 10:30am - 11:30pm (America/Chicago)

Who
Desmond Achterberg - Organizer (ForgePoint Bootcamp career mentor)
Mateo Brandt

Additional notes
Part of your ForgePoint Career Track. I'll play the interviewer for a fake "design a rate limiter" round at a made-up company, then we'll do 15 min of feedback on how you'd come across to a real hiring panel. Treat it like the real thing - camera on.

Need to make a change? https://cal.example/booking/mockB64q7
"""
    t = t.replace("11:30pm", "11:30am")
    add(c, "01-mock-interview-booked.eml",
        mail(d1, "Cal.com <hello@cal.example>", OWNER,
             "Confirmed: Mock Technical Interview (System Design) between Desmond Achterberg and Mateo Brandt",
             text=t, html=html_of(t), ics_attach=ics, reply_to=f"{mentor[0]} <{mentor[1]}>"))
    label(c, [], "hard", "negative/mock-interview", "Bootcamp mentor's mock system-design interview booked via cal.com.")


def c12():
    c = "b64-12-ashby-and-teams-duplicate-berlin"
    coord = ("Paula Wendt", "paula.wendt@kranich-systems.example")
    cto = ("Henrik Albers", "henrik.albers@kranich-systems.example")
    start = T("Europe/Berlin", 2026, 3, 31, 16, 0)
    end = start + timedelta(hours=1)
    d1 = T("Europe/Berlin", 2026, 3, 23, 10, 4)
    lc = start.astimezone(ZoneInfo(CHI))
    t1 = f"""Hi Mateo,

Your interview for Senior Backend Engineer (Go) at Kranich Systems is confirmed.

Interview: Technical deep-dive with our CTO
Date: Tuesday, 31 March 2026
Time: 16:00 - 17:00 CEST (Europe/Berlin) - that's {gtime(lc)} - {gtime(lc + timedelta(hours=1))} Central for you
Interviewer: Henrik Albers, CTO
Location: Microsoft Teams (Henrik will send the link from his calendar)

A calendar invite is attached. If you need to change anything, just reply to this email and Paula will help.

Good luck!
Kranich Systems Talent Team

Sent via Ashby
"""
    ev = [f"DTSTART:{Z(start)}", f"DTEND:{Z(end)}", f"DTSTAMP:{Z(d1)}", "UID:ashby-iv-6e1f0b64-22c1@ashby.example",
          "SEQUENCE:0", "SUMMARY:" + esc("Interview: Senior Backend Engineer (Go) - Kranich Systems"),
          "ORGANIZER;CN=Kranich Systems:mailto:no-reply@ashbyhq.example", att(OWNER_NAME, OWNER, google=False),
          "DESCRIPTION:" + esc("Technical deep-dive with Henrik Albers (CTO). Teams link follows from Henrik."),
          "STATUS:CONFIRMED"]
    ics = vcal("-//Ashby//Interview Scheduling//EN", "REQUEST", [ev])
    add(c, "01-ashby-interview-confirmed.eml",
        mail(d1, "Kranich Systems <no-reply@ashbyhq.example>", OWNER,
             "Interview confirmed: Senior Backend Engineer (Go) at Kranich Systems", text=t1, html=html_of(t1),
             ics_attach=ics, ics_name="interview.ics", reply_to=f"{coord[0]} <{coord[1]}>"))
    body = f"""Hallo Mateo,

wie mit Paula besprochen - hier der Teams-Link f\u00fcr unser Gespr\u00e4ch am Dienstag um 16:00 Uhr (bei dir 9:00 morgens, hoffe das passt mit Kaffee). Wir reden \u00fcber dein Projekt mit Event-Sourcing und ich zeige dir unsere Architektur; am Ende Zeit f\u00fcr deine Fragen.

Viele Gr\u00fc\u00dfe
Henrik

Henrik Albers | CTO
Kranich Systems GmbH | Torstra\u00dfe 49, 10119 Berlin
+49 30 5550 1874"""
    exchange_invite(c, "02-teams-invite-from-cto.eml", d1 + timedelta(hours=2, minutes=11), cto,
                    [(OWNER_NAME, OWNER)], "Kranich Systems / Mateo Brandt - Technisches Gespr\u00e4ch",
                    start, end, "W. Europe Standard Time",
                    "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien", body,
                    "040000008200E00074C5B7101A82E00800000000b64kranich12a", lang="de",
                    optional=[coord], text_cte="base64")
    label(c, [iv("Kranich Systems", "Senior Backend Engineer (Go)", start, end, "scheduled", [cto[1]], [cto[1]],
                 "technical")], "hard", "positive/dedupe-two-systems",
          "Ashby confirmation + CTO's own German Teams invite for the same slot: Tue Mar 31 16:00 CEST (after EU DST) = 9:00 CDT.")


def c13():
    c = "b64-13-rejection-after-final-round"
    d = T("America/Denver", 2026, 3, 20, 16, 41)
    t = f"""Hi Mateo,

Thank you for taking the time to interview with us for the Backend Engineer (Integrations) role, and for the thoughtful conversation with the panel last Thursday. We know a final round is a big investment of your time.

After a lot of discussion, we've decided to move forward with another candidate whose experience lines up more closely with our on-call and Rails needs right now. This was a genuinely close call.

We'd love to stay in touch - if a role opens on the Platform side later this year, I'll reach out first, and I'm happy to schedule a quick call if you'd like feedback on the interview.

All the best,
Wesley Tran
Recruiting | Sagebrush Payroll
1600 Champa St, Denver, CO 80202 | 720-555-0119
"""
    add(c, "01-update-on-your-application.eml",
        mail(d, "Wesley Tran <wesley.tran@sagebrushpayroll.example>", OWNER,
             "Update on your application - Backend Engineer (Integrations)", text=t,
             extra=[("X-Mailer", "Workable.example Mailer")], text_cte="base64"))
    label(c, [], "medium", "negative/rejection", "Rejection after final round; offers to 'schedule a quick call' for feedback.")


def c14():
    c = "b64-14-two-interviews-screen-then-technical"
    rec = ("Gwen Oyelaran", "gwen.oyelaran@sandpiperhealth.example")
    eng = ("Ravi Chaudhry", "ravi.chaudhry@sandpiperhealth.example")
    d1 = T(CHI, 2026, 3, 2, 16, 5)
    s1 = T(CHI, 2026, 3, 3, 10, 30)
    e1 = s1 + timedelta(minutes=30)
    t1 = f"""Hi Mateo,

Thanks for getting back to me so quickly! Tomorrow at half past ten your time (Central) is perfect. I'll call you on 512-555-0143 - it's a 30-minute chat about the Backend Engineer, Claims Platform role, your background and what you're looking for.

Talk soon,
Gwen

Gwen Oyelaran | Senior Recruiter | Sandpiper Health
+1 (404) 555-0157 | 3340 Peachtree Rd NE, Atlanta, GA 30326

On Mon, Mar 2, 2026 at 3:48 PM Mateo Brandt <{OWNER}> wrote:
> Hi Gwen,
>
> Thanks for reaching out! I'm free tomorrow morning anytime after 10, or
> Wednesday afternoon. Let me know what works.
>
> Mateo
>
> On Mon, Mar 2, 2026 at 11:02 AM Gwen Oyelaran <{rec[1]}> wrote:
>> Hi Mateo - I'm a recruiter at Sandpiper Health and came across your
>> profile. Would you be up for a short phone screen this week?
"""
    add(c, "01-re-phone-screen.eml",
        mail(d1, f"{rec[0]} <{rec[1]}>", f"Mateo Brandt <{OWNER}>", "Re: Sandpiper Health - Backend Engineer, Claims Platform",
             text=t1, in_reply_to="<CAM8b64mateo0302@mail.example>",
             refs="<CAGw0b64gwen0302@sandpiperhealth.example> <CAM8b64mateo0302@mail.example>"))
    d2 = T("America/New_York", 2026, 3, 4, 11, 30)
    s2 = T("America/New_York", 2026, 3, 12, 14, 0)
    e2 = s2 + timedelta(hours=1)
    t2 = f"""Hi Mateo,

Great chatting yesterday - the team would love to move you forward. Next up is a 1-hour technical interview with Ravi Chaudhry (Staff Engineer) on Thursday 3/12 at 2pm ET. Ravi will send the invite directly. It's a mix of API design and debugging a small service; bring your own IDE.

Gwen
"""
    add(c, "02-next-step-technical.eml",
        mail(d2, f"{rec[0]} <{rec[1]}>", f"Mateo Brandt <{OWNER}>", "Next step: technical interview", text=t2))
    google_invite(c, "03-invitation-technical.eml", d2 + timedelta(hours=1, minutes=4), eng,
                  [(eng[0], eng[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
                  "Sandpiper Health - Technical Interview (Mateo Brandt)", s2, e2,
                  "API design + debugging exercise. Shared editor link will be in the chat.",
                  "sp2tch9rvx4b64k1m0qe7dlwa3", disp_tz="America/New_York", tzlabel="Eastern Time - New York")
    label(c, [iv("Sandpiper Health", "Backend Engineer, Claims Platform", s1, e1, "scheduled", [rec[1]], [rec[1]],
                 "phone_screen"),
              iv("Sandpiper Health", "Backend Engineer, Claims Platform", s2, e2, "scheduled", [eng[1]], [eng[1]],
                 "technical")], "medium", "positive/two-interviews",
          "Phone screen 'tomorrow at half past ten' (Mar 3 CST) + technical Thu 3/12 2pm ET (EDT) via Google invite.")


def c15():
    c = "b64-15-gcal-json-deleted-by-recruiter"
    rec = ("Yusuf Karaca", "ykaraca@marlowefinch.example")
    eng = ("Dana Whitcomb", "dwhitcomb@marlowefinch.example")
    start = T(CHI, 2026, 4, 14, 15, 0)
    end = start + timedelta(hours=1)
    eid = "mf0b64tech7q2r9kzl3xv8wyc1"
    gcal_json(c, "01-event-technical-interview.gcal.json", {
        "kind": "calendar#event", "etag": "\"3530411928874000\"", "id": eid, "status": "confirmed",
        "htmlLink": f"https://calendar.google.example/calendar/event?eid={eid}",
        "created": "2026-04-03T15:02:11.000Z", "updated": "2026-04-03T15:02:11.437Z",
        "summary": "Marlowe & Finch - Technical Interview: Mateo Brandt (Backend Engineer, Claims Automation)",
        "description": "60 min with Dana Whitcomb (Principal Engineer). Live exercise in Java or Kotlin - "
                       "you'll extend a small claims-routing service. Questions? Yusuf: 312-555-0138",
        "creator": {"email": rec[1], "displayName": rec[0]},
        "organizer": {"email": rec[1], "displayName": rec[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "America/Chicago"},
        "end": {"dateTime": end.isoformat(), "timeZone": "America/Chicago"},
        "iCalUID": f"{eid}@google.com", "sequence": 0,
        "attendees": [
            {"email": rec[1], "displayName": rec[0], "organizer": True, "responseStatus": "accepted"},
            {"email": eng[1], "displayName": eng[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.google.example/mfb-tchq-2rk", "reminders": {"useDefault": True},
        "eventType": "default"})
    d2 = T(CHI, 2026, 4, 9, 17, 26)
    t = f"""Hi Mateo,

I'm sorry to be the bearer of this news: as of this afternoon the Claims Automation backend role has been put on hold while leadership revisits the 2026 budget, so I have to cancel next Tuesday's technical interview with Dana. I've removed it from the calendar.

This has nothing to do with you - Dana was looking forward to it. If the role reopens, I'll reach out to you before anyone else.

Yusuf Karaca
Technical Recruiter | Marlowe & Finch Insurance
222 W Adams St, Chicago, IL 60606 | 312-555-0138
"""
    add(c, "02-role-on-hold.eml",
        mail(d2, f"{rec[0]} <{rec[1]}>", OWNER, "Tuesday's interview", text=t))
    gcal_json(c, "03-event-deleted.gcal.json", {"kind": "calendar#event", "etag": "\"3531120087562000\"",
                                                  "id": eid, "status": "cancelled"})
    label(c, [iv("Marlowe & Finch Insurance", "Backend Engineer, Claims Automation", start, end, "cancelled",
                 [eng[1]], [eng[1]], "technical")], "hard", "positive/gcal-json-cancel",
          "Calendar API event then a deleted stub with the same id (recruiter removed it, role on hold) -> cancelled.")


def c16():
    c = "b64-16-owner-interviews-candidate-for-employer"
    coord = ("Ruth Amankwah", "ruth.amankwah@lumenrail.example")
    start = T(CHI, 2026, 3, 25, 14, 0)
    end = start + timedelta(hours=1)
    d1 = T(CHI, 2026, 3, 19, 11, 8)
    t1 = """Hi Mateo,

You're scheduled to interview Priya Raman for Backend Engineer II (Payments) on Wednesday, March 25 at 2:00 PM CDT.

Your focus: System design - "design an idempotent payouts API".
Interview kit, scorecard and the candidate's resume: https://lumenrail.greenhouse.example/guides/4471/people/9920

Please submit your scorecard within 24 hours of the interview. Thank you for helping us hire!

- Lumenrail Recruiting (via Greenhouse)
"""
    add(c, "01-greenhouse-interviewer-reminder.eml",
        mail(d1, "Lumenrail Recruiting <no-reply@greenhouse.example>", "mateo.brandt@lumenrail.example",
             "Interview scheduled: Priya Raman - Backend Engineer II (Payments)", text=t1,
             extra=[("X-Forwarded-For", "mateo.brandt@lumenrail.example " + OWNER)]))
    google_invite(c, "02-invitation-interview-priya.eml", d1 + timedelta(minutes=2), coord,
                  [(coord[0], coord[1], "ACCEPTED"), ("Mateo Brandt", OWNER, "NEEDS-ACTION"),
                   ("Priya Raman", "priya.raman.dev@mail.example", "ACCEPTED")],
                  "Interview: Priya Raman (Backend Engineer II, Payments) - System Design w/ Mateo Brandt",
                  start, end, "Interviewer: Mateo Brandt (Senior Backend Engineer, Lumenrail)\n"
                              "Candidate: Priya Raman\nScorecard due within 24h.", "lr16iv8prm0qz3b64x2kc5wdn9")
    label(c, [], "hard", "negative/user-is-interviewer",
          "Owner is the interviewer for their current employer (Greenhouse interviewer notice + Google invite).")


def c17():
    c = "b64-17-owner-declines-final-round-withdraws"
    rec = ("Celeste Moreau", "celeste@brightwaterlogistics.example")
    ceo = ("Augustin Fairweather", "augustin@brightwaterlogistics.example")
    start = T("America/Denver", 2026, 3, 27, 11, 0)
    end = start + timedelta(minutes=45)
    uid = "bw17fnl0b64cq8dxz2rk5vmh3t"
    d1 = T("America/Denver", 2026, 3, 18, 9, 40)
    google_invite(c, "01-invitation-final-round.eml", d1, rec,
                  [(rec[0], rec[1], "ACCEPTED"), (ceo[0], ceo[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
                  "Final round: Mateo Brandt <> Augustin (CEO) - Backend Engineer", start, end,
                  "Final conversation with Augustin Fairweather, our CEO & co-founder. Informal, 45 min.",
                  uid, disp_tz="America/Denver", tzlabel="Mountain Time - Denver",
                  extra_note="Hi Mateo - as promised, Friday 3/27 at 11am Mountain with Augustin. - Celeste")
    d2 = T("America/Denver", 2026, 3, 24, 13, 12)
    t2 = f"""Hi Mateo,

Thank you for letting me know, and congratulations on the offer - that's wonderful news. I've passed your note on to Augustin and released Friday's slot. We'd love to keep in touch.

Warmly,
Celeste

Celeste Moreau | Head of People, Brightwater Logistics
1801 Wewatta St, Denver, CO 80202 | 303-555-0172

On Tue, Mar 24, 2026 at 12:31 PM Mateo Brandt <{OWNER}> wrote:
> Hi Celeste,
>
> I wanted to let you know I've accepted an offer elsewhere, so I'm
> withdrawing from the process and have declined Friday's final round with
> Augustin. Thank you both for your time - I really enjoyed the conversations.
>
> Mateo
"""
    add(c, "02-re-withdrawing.eml",
        mail(d2, f"{rec[0]} <{rec[1]}>", f"Mateo Brandt <{OWNER}>", "Re: Withdrawing - Backend Engineer", text=t2,
             in_reply_to="<CAM8b64withdraw0324@mail.example>"))
    gcal_json(c, "03-calendar-event-declined.gcal.json", {
        "kind": "calendar#event", "etag": "\"3530902211870000\"", "id": uid, "status": "confirmed",
        "htmlLink": f"https://calendar.google.example/calendar/event?eid={uid}",
        "created": "2026-03-18T15:40:00.000Z", "updated": "2026-03-24T18:31:05.935Z",
        "summary": "Final round: Mateo Brandt <> Augustin (CEO) - Backend Engineer",
        "description": "Final conversation with Augustin Fairweather, our CEO & co-founder. Informal, 45 min.",
        "creator": {"email": rec[1], "displayName": rec[0]},
        "organizer": {"email": rec[1], "displayName": rec[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "America/Denver"},
        "end": {"dateTime": end.isoformat(), "timeZone": "America/Denver"},
        "iCalUID": f"{uid}@google.com", "sequence": 0,
        "attendees": [
            {"email": rec[1], "displayName": rec[0], "organizer": True, "responseStatus": "accepted"},
            {"email": ceo[1], "displayName": ceo[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "declined",
             "comment": "Accepted another offer - withdrawing. Thank you!"},
        ],
        "hangoutLink": "https://meet.google.example/bw1-7fnl-0b6", "reminders": {"useDefault": True},
        "eventType": "default"})
    label(c, [iv("Brightwater Logistics", "Backend Engineer", start, end, "cancelled", [ceo[1]], [ceo[1]], "other")],
          "hard", "positive/owner-declined",
          "Final round with CEO Fri Mar 27 11:00 MDT; latest calendar state has owner declined (withdrew) -> cancelled.")


def c18():
    c = "b64-18-calendly-freelance-client-call"
    cl = ("Harriet Cobb", "harriet@oakmossceramics.example")
    start = T(CHI, 2026, 3, 16, 15, 0)
    end = start + timedelta(minutes=30)
    d = T(CHI, 2026, 3, 11, 21, 17)
    t = f"""Hi Mateo Brandt,

A new event has been scheduled.

Event Type:
30 Minute Project Call

Invitee:
Harriet Cobb
{cl[1]}

Invitee Time Zone:
Eastern Time - US & Canada

Event Date/Time:
03:00pm - {longdate(start)} (Central Time - US & Canada)

Location:
Google Meet (link in calendar invite)

Questions:
Company / project?
Oakmoss Ceramics - our Shopify order sync to the warehouse keeps dropping orders. Need a backend freelancer for ~6 weeks.
Anything else?
We're talking to a couple of freelancers, so this is kind of an interview on both sides :) Happy to share the codebase ahead of the call.

View event in Calendly: https://calendly.example/events/b64fr18
"""
    ev = [f"DTSTART:{Z(start)}", f"DTEND:{Z(end)}", f"DTSTAMP:{Z(d)}", "UID:B64FR18-CALENDLY-0001", "SEQUENCE:0",
          f"ORGANIZER;CN={OWNER_NAME}:mailto:{OWNER}", att(cl[0], cl[1], "ACCEPTED", google=False),
          "SUMMARY:" + esc("Harriet Cobb and Mateo Brandt - 30 Minute Project Call"), "STATUS:CONFIRMED"]
    add(c, "01-new-event-project-call.eml",
        mail(d, "Calendly <notifications@calendly.example>", OWNER,
             f"New Event: Harriet Cobb - 03:00pm Mon, Mar 16, 2026 - 30 Minute Project Call", text=t,
             html=html_of(t), ics_attach=vcal("-//Calendly//Calendly//EN", "REQUEST", [ev]),
             reply_to=f"{cl[0]} <{cl[1]}>"))
    label(c, [], "hard", "negative/freelance-client-call",
          "Owner is the Calendly host; a prospective freelance client booked a project call ('kind of an interview on both sides').")


def c19():
    c = "b64-19-sydney-html-only-forwarded"
    ref = ("Callum Whitlock", "callum.whitlock@coolabahcloud.example")
    rec = ("Tahlia Brennan", "tahlia.brennan@coolabahcloud.example")
    e1 = ("Sanjana Pillai", "sanjana.pillai@coolabahcloud.example")
    e2 = ("Bruno Kessler", "bruno.kessler@coolabahcloud.example")
    start = T("Australia/Sydney", 2026, 4, 7, 8, 0)
    end = start + timedelta(minutes=90)
    d0 = T("Australia/Sydney", 2026, 3, 30, 14, 22)
    d1 = T("Australia/Sydney", 2026, 3, 30, 16, 5)
    lc = start.astimezone(ZoneInfo(CHI))
    html = f"""<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">
<p>Hey mate - forwarding Tahlia's note below since it went to me first. Good luck, they're a great bunch!<br>Cal</p>
<hr>
<p><b>From:</b> Tahlia Brennan &lt;{rec[1]}&gt;<br><b>Sent:</b> Monday, 30 March 2026 1:58 PM<br>
<b>To:</b> Callum Whitlock &lt;{ref[1]}&gt;<br><b>Subject:</b> Interview - Mateo Brandt - Senior Backend Engineer (Billing)</p>
<p>Hi Callum,</p>
<p>Thanks for the referral! Could you pass this on to Mateo? We'd like to invite him to a 90-minute technical interview with
<b>Sanjana Pillai</b> (Engineering Manager, Billing) and <b>Bruno Kessler</b> (Senior Engineer) on
<b>Tuesday 7 April at 8am Sydney time</b>. By my maths that's <b>Monday 6 April, {gtime(lc)} in Austin</b> &ndash; note we come
off daylight saving on Sunday 5 April, so it's one hour later for him than it would be this week.</p>
<p>I'll send him the Teams invite directly.</p>
<p>Cheers,<br>Tahlia Brennan<br>Talent Acquisition Partner | Coolabah Cloud Pty Ltd<br>
Level 9, 20 Bridge Street, Sydney NSW 2000<br>+61 2 5550 1473</p>
</body></html>"""
    add(c, "01-fwd-interview-invite.eml",
        mail(d0, f"{ref[0]} <{ref[1]}>", f"Mateo Brandt <{OWNER}>",
             "Fwd: Interview - Mateo Brandt - Senior Backend Engineer (Billing)", html=html, html_only=True,
             html_cte="quoted-printable"))
    body = f"""Hi Mateo,

Confirming your technical interview for Senior Backend Engineer (Billing) with Sanjana Pillai and Bruno Kessler. 90 minutes: system design on usage-based billing, then a code review exercise.

Any questions, reply here.

Tahlia Brennan
Talent Acquisition Partner | Coolabah Cloud
+61 2 5550 1473"""
    exchange_invite(c, "02-teams-technical-interview.eml", d1, rec, [(OWNER_NAME, OWNER), e1, e2],
                    "Coolabah Cloud - Technical Interview - Mateo Brandt", start, end, "AUS Eastern Standard Time",
                    "(UTC+10:00) Canberra, Melbourne, Sydney", body,
                    "040000008200E00074C5B7101A82E00800000000b64coolabah19")
    label(c, [iv("Coolabah Cloud", "Senior Backend Engineer (Billing)", start, end, "scheduled", [e1[1], e2[1]],
                 [e1[1], e2[1]], "onsite")], "hard", "positive/forwarded-html-sydney",
          "Forwarded HTML-only note + Teams invite (AUS Eastern); Tue Apr 7 08:00 AEST after Sydney DST end = Mon 17:00 CDT. Panel of two -> onsite.")


def c20():
    c = "b64-20-unbooked-scheduling-link"
    d = T(CHI, 2026, 3, 3, 10, 12)
    t = f"""Hi Mateo,

Thanks for your interest in the Backend Engineer, Data Platform role at Juniper Row! The hiring team would like to schedule a 45-minute technical interview with you.

Please select times that work for you over the next week using the link below. Once you submit your availability we'll confirm your interview slot and send a calendar invitation.

Share your availability: https://app.goodtime.example/availability/jr-77b64

Availability requested for: Mar 5 - Mar 12, 2026 (your local time zone will be detected)
Candidate: Mateo Brandt
Interview: Technical Interview (45 min), Zoom

Questions? Reply to this email or contact Oskar Lindgren at oskar.lindgren@juniperrow.example.

Juniper Row Recruiting
"""
    add(c, "01-share-your-availability.eml",
        mail(d, "Juniper Row Recruiting <scheduling@goodtime.example>", OWNER,
             "Action required: Share your availability for your Juniper Row interview", text=t, html=html_of(t),
             reply_to="Oskar Lindgren <oskar.lindgren@juniperrow.example>"))
    label(c, [], "hard", "negative/availability-request", "GoodTime-style availability request; nothing booked yet.")


def c21():
    c = "b64-21-french-recruiter-thread-14h"
    rec = ("Cl\u00e9mence Aubry", "clemence.aubry@maison-ardoise.example")
    start = T("Europe/Paris", 2026, 3, 10, 14, 0)
    end = start + timedelta(minutes=30)
    d1 = T("Europe/Paris", 2026, 3, 5, 17, 48)
    t1 = f"""Bonjour Mateo,

Merci pour votre candidature au poste de D\u00e9veloppeur Backend Senior (Python/Go, full remote) chez Maison Ardoise.

Je vous propose un premier entretien t\u00e9l\u00e9phonique de 30 minutes avec moi, mardi 10 mars \u00e0 14h (heure de Paris). Je sais que cela fait t\u00f4t pour vous \u00e0 Austin - dites-moi si cela vous convient.

Bien cordialement,
Cl\u00e9mence Aubry
Charg\u00e9e de recrutement - Maison Ardoise SAS
14 rue de Bretagne, 75003 Paris
+33 1 55 50 27 61
"""
    add(c, "01-entretien-telephonique.eml",
        mail(d1, f"{rec[0]} <{rec[1]}>", f"Mateo Brandt <{OWNER}>",
             "Votre candidature - D\u00e9veloppeur Backend Senior", text=t1, text_cte="base64",
             msgid="<b64fr21-a@maison-ardoise.example>"))
    d2 = T("Europe/Paris", 2026, 3, 6, 9, 15)
    lc = start.astimezone(ZoneInfo(CHI))
    t2 = f"""Parfait, c'est not\u00e9 ! Je vous appelle mardi 10 mars \u00e0 14h heure de Paris, donc {lc.hour}h pour vous \u00e0 Austin (vous serez d\u00e9j\u00e0 pass\u00e9s \u00e0 l'heure d'\u00e9t\u00e9, pas nous).

\u00c0 mardi,
Cl\u00e9mence

Le jeu. 5 mars 2026 \u00e0 22:31, Mateo Brandt <{OWNER}> a \u00e9crit :
> Bonjour Clémence,
>
> Thank you - Tuesday at 14h Paris time works for me, I'll be up with coffee.
> Please call me at +1 512 555 0143.
>
> Mateo
"""
    add(c, "02-re-entretien.eml",
        mail(d2, f"{rec[0]} <{rec[1]}>", f"Mateo Brandt <{OWNER}>",
             "Re: Votre candidature - D\u00e9veloppeur Backend Senior", text=t2, text_cte="quoted-printable",
             in_reply_to="<CAM8b64fr21reply@mail.example>",
             refs="<b64fr21-a@maison-ardoise.example> <CAM8b64fr21reply@mail.example>"))
    label(c, [iv("Maison Ardoise", "D\u00e9veloppeur Backend Senior", start, end, "scheduled", [rec[1]], [rec[1]],
                 "phone_screen")], "medium", "positive/french-thread",
          "French recruiter thread: mardi 10 mars a 14h Paris (CET, EU DST not yet) = 8h CDT; 30 min.")


def c22():
    c = "b64-22-assessment-window-calendar-hold"
    d = T(CHI, 2026, 3, 16, 9, 0)
    s = T(CHI, 2026, 3, 18, 0, 0)
    t = """Hi Mateo,

Congratulations - you've been invited to the next stage for Backend Engineer at Fernhill Mobility!

This stage is a 90-minute online coding assessment (no live interviewer). It replaces the first technical interview call for all candidates. You can take it any time between Wednesday, March 18 and Friday, March 20 (it closes at 11:59 PM Central on the 20th). We've attached a calendar hold so you don't forget.

Start your assessment: https://app.codesignal.example/invite/fh-b64-22

Strong results move straight to the hiring manager interview, which our recruiter will schedule with you afterwards.

Fernhill Mobility Talent Team
"""
    ev = [f"DTSTART;VALUE=DATE:{s:%Y%m%d}", f"DTEND;VALUE=DATE:{(s + timedelta(days=3)):%Y%m%d}",
          f"DTSTAMP:{Z(d)}", "UID:fh-assess-b64-22@codesignal.example", "SEQUENCE:0",
          "SUMMARY:Fernhill Mobility - Online Coding Assessment (90 min, self-paced)",
          "ORGANIZER;CN=Fernhill Mobility Talent:mailto:talent-noreply@fernhillmobility.example",
          att(OWNER_NAME, OWNER, google=False), "TRANSP:TRANSPARENT", "STATUS:CONFIRMED"]
    add(c, "01-online-assessment-invite.eml",
        mail(d, "Fernhill Mobility Talent <talent-noreply@fernhillmobility.example>", OWNER,
             "Next step: your coding assessment for Backend Engineer", text=t, html=html_of(t),
             ics_attach=vcal("-//CodeSignal//Assessments//EN", "PUBLISH", [ev]), ics_name="assessment-window.ics"))
    label(c, [], "medium", "negative/online-assessment", "Self-paced coding assessment with an all-day calendar hold.")


def main():
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20,
              c21, c22):
        f()
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith("b64-") and os.path.isdir(p):
            shutil.rmtree(p)
    for case, items in CASES.items():
        os.makedirs(os.path.join(HERE, case))
        for fname, data in items:
            with open(os.path.join(HERE, case, fname), "wb") as fh:
                fh.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# Labels for the blind64 set (written blind). See /work/shared/eval/README.md for the schema.\n")
        yaml.safe_dump(dict(sorted(LABELS.items())), fh, sort_keys=False, allow_unicode=True, width=120)
    assert len(CASES) == len(LABELS) == 22, (len(CASES), len(LABELS))


if __name__ == "__main__":
    main()
