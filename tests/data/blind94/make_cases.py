#!/usr/bin/env python3
"""Deterministic generator for the blind94 interview-detection evaluation set.

Theme: a sales development rep / account executive in Atlanta (America/New_York) applying to SaaS
companies across the US. Vendors: Paradox (Olivia), HireVue, ModernLoop, Gem, Rippling, Dover,
Wellfound, Teamtailor, Recruitee, JazzHR, SavvyCal, Chili Piper, Microsoft Bookings, Google Meet.

Written blind: all people, companies and domains are invented (.example). Rewrites every case
folder and labels.yaml next to this file.  stdlib + PyYAML + zoneinfo only.
"""
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PFX = "b94-"

NY = ZoneInfo("America/New_York")
CHI = ZoneInfo("America/Chicago")
DEN = ZoneInfo("America/Denver")
LA = ZoneInfo("America/Los_Angeles")
PHX = ZoneInfo("America/Phoenix")
STO = ZoneInfo("Europe/Stockholm")
BER = ZoneInfo("Europe/Berlin")
LON = ZoneInfo("Europe/London")
UTC = timezone.utc

OWNER = "keisha.marlowe@mail.example"
OWNER_NAME = "Keisha Marlowe"
OWNER_HDR = f"{OWNER_NAME} <{OWNER}>"
WORK = "k.marlowe@ledgerkite.example"  # current employer; auto-forwards to OWNER


def T(tz, y, mo, d, h, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def iso(dt):
    return dt.isoformat()


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


# ---------------------------------------------------------------- iCalendar (hand-built)

def fold(line):
    """RFC 5545 folding: lines of at most 75 octets, continuation starts with one space."""
    out, cur, size = [], "", 0
    limit = 75
    for ch in line:
        b = len(ch.encode("utf-8"))
        if size + b > limit:
            out.append(cur)
            cur, size, limit = " ", 1, 75
        cur += ch
        size += b
    out.append(cur)
    return "\r\n".join(out)


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


US_RULES = ("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
            "19700308T020000", "19701101T020000")
EU_RULES = ("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "19700329T020000", "19701025T030000")


def _off(td):
    s = int(td.total_seconds())
    sign = "+" if s >= 0 else "-"
    s = abs(s)
    return f"{sign}{s // 3600:02d}{(s % 3600) // 60:02d}"


def vtimezone(tzid, zone, windows=False):
    """VTIMEZONE whose offsets are taken from zoneinfo (January = standard, July = daylight)."""
    z = ZoneInfo(zone)
    std = datetime(2026, 1, 15, 12, tzinfo=z).utcoffset()
    dst = datetime(2026, 7, 15, 12, tzinfo=z).utcoffset()
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if std == dst:
        lines += ["BEGIN:STANDARD", "DTSTART:19700101T000000", f"TZOFFSETFROM:{_off(std)}",
                  f"TZOFFSETTO:{_off(std)}", "END:STANDARD"]
    else:
        rules = EU_RULES if zone.startswith("Europe/") else US_RULES
        if windows:
            lines += ["BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{_off(dst)}",
                      f"TZOFFSETTO:{_off(std)}",
                      "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
                      "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{_off(std)}",
                      f"TZOFFSETTO:{_off(dst)}",
                      "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT"]
        else:
            lines += ["BEGIN:DAYLIGHT", f"TZOFFSETFROM:{_off(std)}", f"TZOFFSETTO:{_off(dst)}",
                      f"TZNAME:{datetime(2026, 7, 15, tzinfo=z).tzname()}",
                      f"DTSTART:{rules[2]}", rules[0], "END:DAYLIGHT",
                      "BEGIN:STANDARD", f"TZOFFSETFROM:{_off(dst)}", f"TZOFFSETTO:{_off(std)}",
                      f"TZNAME:{datetime(2026, 1, 15, tzinfo=z).tzname()}",
                      f"DTSTART:{rules[3]}", rules[1], "END:STANDARD"]
    lines.append("END:VTIMEZONE")
    return lines


def ics(method, prodid, events, tz=None, extra_cal=()):
    """events: list of dicts. tz: (tzid, zone, windows) or None -> UTC times."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(extra_cal)
    if tz:
        lines += vtimezone(*tz)
    for ev in events:
        lines.append("BEGIN:VEVENT")
        s, e = ev["start"], ev.get("end")
        if tz:
            lines.append(f"DTSTART;TZID={tz[0]}:{local(s.astimezone(ZoneInfo(tz[1])))}")
            if e:
                lines.append(f"DTEND;TZID={tz[0]}:{local(e.astimezone(ZoneInfo(tz[1])))}")
        else:
            lines.append(f"DTSTART:{zstamp(s)}")
            if e:
                lines.append(f"DTEND:{zstamp(e)}")
        lines.append(f"DTSTAMP:{zstamp(ev['stamp'])}")
        org = ev.get("organizer")
        if org:
            lines.append(f"ORGANIZER;CN={org[0]}:mailto:{org[1]}")
        lines.append(f"UID:{ev['uid']}")
        for name, addr, role in ev.get("attendees", []):
            part = "ACCEPTED" if role == "org" else "NEEDS-ACTION"
            r = "CHAIR" if role == "org" else ("OPT-PARTICIPANT" if role == "opt" else "REQ-PARTICIPANT")
            lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={r};PARTSTAT={part};RSVP=TRUE;CN={name};"
                         f"X-NUM-GUESTS=0:mailto:{addr}")
        lines.append(f"CREATED:{zstamp(ev.get('created', ev['stamp']))}")
        if ev.get("description"):
            lines.append("DESCRIPTION:" + esc(ev["description"]))
        lines.append(f"LAST-MODIFIED:{zstamp(ev['stamp'])}")
        if ev.get("location"):
            lines.append("LOCATION:" + esc(ev["location"]))
        lines.append(f"SEQUENCE:{ev.get('sequence', 0)}")
        lines.append(f"STATUS:{ev.get('status', 'CONFIRMED')}")
        lines.append("SUMMARY:" + esc(ev["summary"]))
        lines.append("TRANSP:OPAQUE")
        lines += ev.get("extra", [])
        if ev.get("alarm", True) and method != "CANCEL":
            lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder",
                      "TRIGGER:-PT15M", "END:VALARM"]
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


# ---------------------------------------------------------------- e-mail

def mail(headers, text=None, html=None, text_cte=None, html_cte=None, cal=None, cal_method="REQUEST",
         attachments=(), cal_attach_name=None):
    """headers: list of (name, value). cal: ics text embedded as text/calendar alternative.
    cal_attach_name: also attach the same ics as application/ics. attachments: (bytes, mt, st, fn)."""
    m = EmailMessage()
    for k, v in headers:
        m[k] = v
    if text is not None:
        m.set_content(text, cte=text_cte) if text_cte else m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte) if html_cte else \
                m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte) if html_cte else \
            m.set_content(html, subtype="html")
    if cal is not None:
        m.add_alternative(cal.encode("utf-8"), maintype="text", subtype="calendar", cte="base64",
                          params={"method": cal_method, "charset": "UTF-8"})
        if cal_attach_name:
            m.add_attachment(cal.encode("utf-8"), maintype="application", subtype="ics",
                             filename=cal_attach_name)
    for data, mt, st, fn in attachments:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    # deterministic, vendor-looking MIME boundaries
    seed = sum(ord(c) * (i + 1) for i, c in enumerate(str(m.get("Message-ID", "")))) % 10**12
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"00000000000{seed + 7919 * i:012x}")
    return m.as_bytes(policy=policy.default.clone(max_line_length=998))


def received(host, ip, dt, to=OWNER, sid="x"):
    return ("Received", f"from {host} ({host} [{ip}]) by mx.mail.example with ESMTPS id {sid} "
                        f"for <{to}>; {format_datetime(dt.astimezone(UTC))}")


def base_headers(frm, subject, date, msgid, to=OWNER_HDR, host="smtp.out.example", ip="203.0.113.20",
                 extra=(), delivered=OWNER):
    h = [("Delivered-To", delivered), received(host, ip, date + timedelta(seconds=2), sid=msgid[:10])]
    h += [("From", frm), ("To", to), ("Subject", subject), ("Date", format_datetime(date)),
          ("Message-ID", f"<{msgid}>")]
    h += list(extra)
    return h


def html_wrap(body, style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222"):
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0">'
            f'<div style="{style}">{body}</div></body></html>')


def p(*paras):
    return "".join(f"<p>{x}</p>" for x in paras)


def fmt_time(dt):
    return dt.strftime("%I:%M%p").lstrip("0").lower().replace(":00", "")


def google_invite(org_name, org_email, title, start, end, guests, description, date, msgid, tzname,
                  zone, uid, sequence=0, updated=False, reply_to=None, to=OWNER, meet="abc-defg-hij",
                  delivered=OWNER):
    """Google Calendar invitation e-mail (multipart/mixed; text, html, text/calendar; invite.ics)."""
    z = ZoneInfo(zone)
    s, e = start.astimezone(z), end.astimezone(z)
    when = (f"{s.strftime('%A %b')} {s.day}, {s.year} \u22c5 {fmt_time(s)} \u2013 {fmt_time(e)} "
            f"({tzname})")
    verb = "Updated invitation" if updated else "Invitation"
    subj = (f"{verb}: {title} @ {s.strftime('%a %b')} {s.day}, {s.year} {fmt_time(s)} - {fmt_time(e)} "
            f"({tzname}) ({to})")
    gl = "\n".join(f"{n}{' - organizer' if a == org_email else ''}\n{a}" for n, a in guests)
    text = (f"{title}\n{s.strftime('%A %b')} {s.day}, {s.year} \u22c5 {fmt_time(s)} \u2013 {fmt_time(e)}\n"
            f"{tzname}\n\nJoin with Google Meet\nhttps://meet.google.com/{meet}\n\n"
            f"Join by phone\n(US) +1 470-555-01{sum(map(ord, meet)) % 90 + 10}\nPIN: 771 204 593#\n\n"
            f"Organizer\n{org_name}\n{org_email}\n\nGuests\n{gl}\n{to}\n"
            f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={uid[:12]}\n\n"
            f"{description}\n\nReply for {to} and view more details "
            f"https://calendar.google.com/calendar/event?action=VIEW&eid={uid[:12]}\n\n~~//~~\n"
            f"Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            f"You are receiving this email because you are an attendee on the event.\n")
    gh = "<br>".join(f"{n}{' - organizer' if a == org_email else ''}<br>{a}" for n, a in guests)
    html = html_wrap(
        f"<p><b>{title}</b><br>{when}</p>"
        f'<p><a href="https://meet.google.com/{meet}">Join with Google Meet</a><br>'
        f"meet.google.com/{meet}</p><p>Organizer<br>{org_name}<br>{org_email}</p>"
        f"<p>Guests<br>{gh}<br>{to}</p><p>{description.replace(chr(10), '<br>')}</p>"
        f"<p>Invitation from Google Calendar</p>",
        "font-family:Roboto,Helvetica,Arial,sans-serif")
    att = [(org_name, org_email, "org")] + [(n, a, "req") for n, a in guests if a != org_email]
    att.append((to, to, "req"))
    cal = ics("REQUEST", "-//Google Inc//Google Calendar 70.9054//EN",
              [dict(start=start, end=end, stamp=date, organizer=(org_name, org_email), uid=uid,
                    attendees=att, sequence=sequence, summary=title,
                    description=description + f"\n\nJoin with Google Meet: https://meet.google.com/{meet}",
                    location="", extra=[f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}"])],
              tz=(zone, zone, False))
    hdr = [("Delivered-To", delivered), received("mail-sor-f69.google.example", "209.85.220.69", date,
                                                 to=delivered,
                                          sid=uid[:10]),
           ("Reply-To", reply_to or f"{org_name} <{org_email}>"),
           ("Sender", "Google Calendar <calendar-notification@google.example>"),
           ("Message-ID", f"<{msgid}>"), ("Date", format_datetime(date)), ("Subject", subj),
           ("From", f"{org_name} <{org_email}>"), ("To", to)]
    return mail(hdr, text=text, html=html, text_cte="base64", html_cte="quoted-printable", cal=cal,
                cal_attach_name="invite.ics")


SIG_KEISHA = ("Keisha Marlowe\n(404) 555-0143 | linkedin.com/in/keisha-marlowe-example\nAtlanta, GA")


def quote(dt, who, text):
    head = f"On {dt.strftime('%a, %b')} {dt.day}, {dt.year} at {fmt_time(dt).upper().replace('AM', ' AM').replace('PM', ' PM')} {who} wrote:"
    return head + "\n" + "\n".join("> " + l if l else ">" for l in text.split("\n"))


# ---------------------------------------------------------------- cases
CASES = {}
LABELS = {}


def case(name, items, label):
    cid = PFX + name
    CASES[cid] = items
    lab = {"user": OWNER}
    lab.update(label)
    LABELS[cid] = lab


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": interviewers, "followup_recipients": recipients,
            "kind": kind}


# ================================================================ POSITIVES

# ---- 01 Paradox "Olivia" books a phone screen (message sent before US DST, interview after it)
d1 = T(NY, 2026, 3, 4, 16, 12)
d2 = T(NY, 2026, 3, 4, 16, 31)
s01, e01 = T(NY, 2026, 3, 10, 14, 30), T(NY, 2026, 3, 10, 15, 0)
case("01-paradox-olivia-phone-screen-dst", [
    ("01-olivia-lets-find-a-time.eml", mail(
        base_headers("Olivia at Tallyforge <olivia@tallyforge.paradox.example>",
                     "Keisha, let's get your phone interview on the calendar!", d1,
                     "px-8823a1.c4@tallyforge.paradox.example",
                     extra=[("Reply-To", "Olivia at Tallyforge <reply+8823a1c4@tallyforge.paradox.example>")]),
        html=html_wrap(p(
            "Hi Keisha! \U0001F44B",
            "It's Olivia again, the virtual recruiting assistant for Tallyforge. Thanks for chatting with "
            "me about the <b>Sales Development Representative</b> role earlier today. Good news: you meet "
            "the basic qualifications, so I'd love to set you up with a quick phone interview with our "
            "recruiting team.",
            "Just reply with the time that works best for you, or tap a button below:",
            '<a href="https://tallyforge.paradox.example/s/8823a1?slot=1">Mon, Mar 9 - 11:00 AM</a> &nbsp; '
            '<a href="https://tallyforge.paradox.example/s/8823a1?slot=2">Tue, Mar 10 - 2:30 PM</a> &nbsp; '
            '<a href="https://tallyforge.paradox.example/s/8823a1?slot=3">Wed, Mar 11 - 9:00 AM</a>',
            "All times are Eastern. I'll be here if you have any questions!",
            "Olivia<br>Tallyforge Recruiting Assistant",
            '<span style="font-size:11px;color:#888">Powered by Paradox. Reply STOP to opt out of '
            "messages from Olivia.</span>")))),
    ("02-olivia-youre-all-set.eml", mail(
        base_headers("Olivia at Tallyforge <olivia@tallyforge.paradox.example>",
                     "You're all set for Tuesday, March 10!", d2,
                     "px-8823a1.c5@tallyforge.paradox.example",
                     extra=[("Reply-To", "Olivia at Tallyforge <reply+8823a1c4@tallyforge.paradox.example>")]),
        text=("Hi Keisha,\n\nYou're all set! I've scheduled your phone interview for the Sales Development "
              "Representative position at Tallyforge.\n\n"
              "When: Tuesday, March 10, 2026 at 2:30 PM Eastern Time\n"
              "Length: about 30 minutes\n"
              "Who: Marcus Bell, Talent Acquisition Partner\n"
              "How: Marcus will call you at (404) 555-0143\n\n"
              "Heads up: clocks spring forward this Sunday, March 8, so double-check your phone's calendar "
              "shows 2:30 PM after the change.\n\n"
              "I added a calendar file to this message. If you need to reach Marcus directly, his email is "
              "marcus.bell@tallyforge.example. Need to change the time? Just reply RESCHEDULE and I'll "
              "help.\n\nTalk soon,\nOlivia\nTallyforge Recruiting Assistant\n\n--\nPowered by Paradox\n"),
        html=html_wrap(p(
            "Hi Keisha,", "You're all set! \U0001F389 I've scheduled your phone interview for the <b>Sales "
            "Development Representative</b> position at Tallyforge.",
            "<b>When:</b> Tuesday, March 10, 2026 at 2:30 PM Eastern Time<br><b>Length:</b> about 30 "
            "minutes<br><b>Who:</b> Marcus Bell, Talent Acquisition Partner<br><b>How:</b> Marcus will "
            "call you at (404) 555-0143",
            "Heads up: clocks spring forward this Sunday, March 8, so double-check your phone's calendar "
            "shows 2:30 PM after the change.",
            "If you need to reach Marcus directly, his email is marcus.bell@tallyforge.example. Need to "
            "change the time? Just reply RESCHEDULE and I'll help.", "Talk soon,<br>Olivia")),
        html_cte="quoted-printable",
        attachments=[(ics("PUBLISH", "-//Paradox//Olivia Scheduling//EN", [dict(
            start=s01, end=e01, stamp=d2, uid="8823a1c5-olivia@paradox.example",
            organizer=("Olivia at Tallyforge", "noreply@tallyforge.paradox.example"),
            summary="Phone Interview: Tallyforge - Sales Development Representative",
            description="Marcus Bell (Talent Acquisition) will call you at (404) 555-0143.",
            location="Phone call")]).encode(), "text", "calendar", "interview.ics")])),
], dict(interview=True, interviews=[iv(
    "Tallyforge", "Sales Development Representative", s01, e01, "scheduled",
    ["marcus.bell@tallyforge.example"], ["marcus.bell@tallyforge.example"], "phone_screen")],
    difficulty="medium", category="positive/conversational-ai-scheduler",
    notes="Paradox Olivia first-person mails: slot offer then confirmation (+ UTC .ics). Sent in EST "
          "before Mar 8, interview on EDT side. Recruiter named in text is the interviewer.",
    source="synthetic"))

# ---- 02 HireVue: one-way (deadline, not an interview) followed by a LIVE HireVue interview
d1 = T(CHI, 2026, 3, 9, 10, 5)
d2 = T(CHI, 2026, 3, 16, 15, 47)
s02, e02 = T(CHI, 2026, 3, 19, 11, 0), T(CHI, 2026, 3, 19, 11, 45)
case("02-hirevue-oneway-then-live-interview", [
    ("01-hirevue-on-demand-invite.eml", mail(
        base_headers("Corvane Analytics via HireVue <noreply@hirevue.example>",
                     "Corvane Analytics has invited you to an On Demand Interview", d1,
                     "hv-ondemand-5520193@hirevue.example", host="mta3.hirevue.example", ip="198.51.100.31",
                     extra=[("Reply-To", "noreply@hirevue.example")]),
        html=html_wrap(p(
            "Dear Keisha Marlowe,",
            "Thank you for your interest in the <b>Account Executive, Mid-Market</b> position with Corvane "
            "Analytics. As the next step, we invite you to complete an On Demand video interview. You will "
            "record answers to 5 questions; there is no live interviewer.",
            "<b>Please complete your interview by Friday, March 13, 2026 at 11:59 PM CDT.</b>",
            '<a href="https://app.hirevue.example/interviews/5520193" style="background:#0a5cff;color:#fff;'
            'padding:10px 18px;text-decoration:none">Start Interview</a>',
            "Tip: use Chrome or the HireVue mobile app and find a quiet, well-lit space. You can take a "
            "practice question before you begin.",
            "Best regards,<br>Corvane Analytics Talent Acquisition"))
        , html_cte="quoted-printable")),
    ("02-hirevue-live-interview-scheduled.eml", mail(
        base_headers("Corvane Analytics via HireVue <noreply@hirevue.example>",
                     "Live Interview Scheduled: Account Executive, Mid-Market - Corvane Analytics", d2,
                     "hv-live-7781240@hirevue.example", host="mta3.hirevue.example", ip="198.51.100.31"),
        text=("Hello Keisha,\n\nThank you for completing your On Demand interview. You have been scheduled "
              "for a Live Interview with Corvane Analytics.\n\n"
              "Position: Account Executive, Mid-Market\n"
              "Interviewer: Dana Whitfield, Regional Sales Director\n"
              "Date: Thursday, March 19, 2026\n"
              "Time: 11:00 AM - 11:45 AM (GMT-05:00) Central Time (US & Canada)\n\n"
              "Join your interview:\nhttps://app.hirevue.example/live/7781240?code=KM-4QX2\n\n"
              "Please join 5 minutes early to test your camera and microphone.\n\n"
              "If you have any questions about your interview, please contact Priya Rao at "
              "priya.rao@corvane.example. Do not reply to this message; this mailbox is not monitored.\n\n"
              "Corvane Analytics | 1400 Lamar Blvd, Suite 900, Austin, TX 78701\n"),
        cal=ics("REQUEST", "-//HireVue//Live Interview//EN", [dict(
            start=s02, end=e02, stamp=d2, uid="live-7781240@hirevue.example",
            organizer=("HireVue Scheduling", "noreply@hirevue.example"),
            attendees=[("Keisha Marlowe", OWNER, "req")],
            summary="Live Interview - Corvane Analytics - Account Executive, Mid-Market",
            description="Interviewer: Dana Whitfield\nJoin: https://app.hirevue.example/live/7781240",
            location="https://app.hirevue.example/live/7781240")], tz=("America/Chicago", "America/Chicago", False)),
        cal_attach_name="LiveInterview.ics")),
], dict(interview=True, interviews=[iv(
    "Corvane Analytics", "Account Executive, Mid-Market", s02, e02, "scheduled", [],
    ["priya.rao@corvane.example"], "hiring_manager")],
    difficulty="hard", category="positive/hirevue-live",
    notes="First mail is a one-way on-demand interview with a deadline (not an interview). Second is a "
          "live HireVue interview with a time; interviewer has no address, recruiter contact in text.",
    source="synthetic"))

# ---- 03 ModernLoop virtual panel, three back-to-back sessions (Pacific), candidate event in EDT
d1 = T(LA, 2026, 3, 31, 9, 20)
d2 = T(LA, 2026, 3, 31, 9, 21)
sess = [(T(LA, 2026, 4, 6, 10, 0), T(LA, 2026, 4, 6, 10, 45), "Ryan Osei", "Sales Manager, SMB",
         "ryan.osei@brightwell.example", "Discovery & qualification"),
        (T(LA, 2026, 4, 6, 10, 45), T(LA, 2026, 4, 6, 11, 30), "Mira Castellanos", "Senior Account Executive",
         "mira.castellanos@brightwell.example", "Deal walkthrough (bring one closed-won)"),
        (T(LA, 2026, 4, 6, 11, 45), T(LA, 2026, 4, 6, 12, 30), "Tobias Wren", "VP of Sales",
         "tobias.wren@brightwell.example", "Culture & career goals")]
rows_t = "\n".join(f"{a.strftime('%I:%M').lstrip('0')} - {b.strftime('%I:%M %p').lstrip('0')} PT  |  {n}, {t}\n"
                   f"    {f}\n    {em}" for a, b, n, t, em, f in sess)
rows_h = "".join(f"<tr><td>{a.strftime('%I:%M').lstrip('0')} &ndash; {b.strftime('%I:%M %p').lstrip('0')} PT</td>"
                 f"<td><b>{n}</b><br>{t}<br><a href='mailto:{em}'>{em}</a></td><td>{f}</td></tr>"
                 for a, b, n, t, em, f in sess)
case("03-modernloop-panel-itinerary", [
    ("01-modernloop-itinerary.eml", mail(
        base_headers("Jess Alvarez (via ModernLoop) <scheduling@brightwell.modernloop.example>",
                     "Your interview schedule with Brightwell Labs - Monday, April 6", d1,
                     "ml-itin-0406-keisha@modernloop.example", host="o1.modernloop.example", ip="198.51.100.77",
                     extra=[("Reply-To", "Jess Alvarez <jess.alvarez@brightwell.example>")]),
        text=("Hi Keisha,\n\nWe're excited to have you meet the team for the Account Executive, SMB role! "
              "Below is your final-round panel. All sessions are on Google Meet using the same link.\n\n"
              "Monday, April 6, 2026 (Pacific Time)\n\n" + rows_t + "\n\n"
              "There is a 15-minute break between Mira and Tobias.\n"
              "Meet link: https://meet.google.com/bwl-pnlx-kqa\n\n"
              "In your time zone (Eastern) that is 1:00 PM - 3:30 PM.\n\n"
              "Reply to this email if anything comes up.\n\nJess Alvarez\nRecruiting Coordinator, "
              "Brightwell Labs\n\nScheduled with ModernLoop\n"),
        html=html_wrap(p("Hi Keisha,", "We're excited to have you meet the team for the <b>Account "
                         "Executive, SMB</b> role! Below is your final-round panel.")
                       + "<h3>Monday, April 6, 2026 (Pacific Time)</h3><table border='1' cellpadding='6'>"
                       + rows_h + "</table>"
                       + p("15-minute break between Mira and Tobias.",
                           "In your time zone (Eastern) that is 1:00 PM &ndash; 3:30 PM.",
                           "Jess Alvarez<br>Recruiting Coordinator, Brightwell Labs",
                           "<small>Scheduled with ModernLoop</small>")))),
    ("02-invitation-candidate-event.eml", google_invite(
        "Jess Alvarez", "jess.alvarez@brightwell.example",
        "Brightwell Labs Final Round - Keisha Marlowe (Account Executive, SMB)",
        sess[0][0], sess[-1][1], [("Jess Alvarez", "jess.alvarez@brightwell.example")],
        "Your panel: Ryan Osei, Mira Castellanos, Tobias Wren. Full itinerary was sent by email.\n"
        "Scheduled with ModernLoop.", d2, "ml-cand-evt-0406@google.example", "Eastern Time - New York",
        "America/New_York", "ml0406brightwellcand01", meet="bwl-pnlx-kqa")),
], dict(interview=True, interviews=[iv(
    "Brightwell Labs", "Account Executive, SMB", sess[0][0], sess[-1][1], "scheduled",
    [x[4] for x in sess], [x[4] for x in sess], "onsite")],
    difficulty="medium", category="positive/panel-onsite",
    notes="ModernLoop itinerary (3 sessions, PT, with a break) + one candidate Google event in Eastern "
          "time: one onsite from first start to last end with all three interviewers.",
    source="synthetic"))

# ---- 04 Gem scheduling + Google invite: mock discovery call / role-play as an interview stage
d1 = T(DEN, 2026, 3, 18, 11, 2)
d2 = T(DEN, 2026, 3, 19, 8, 40)
d3 = T(DEN, 2026, 3, 19, 8, 41)
s04, e04 = T(DEN, 2026, 3, 25, 13, 0), T(DEN, 2026, 3, 25, 14, 0)
case("04-gem-mock-discovery-roleplay", [
    ("01-nadia-next-step-roleplay.eml", mail(
        base_headers("Nadia Brooks <nadia@quillstack.example>",
                     "Quillstack AE - next step: mock discovery call", d1,
                     "gem.4f1a9e.0318@quillstack.example",
                     extra=[("X-Gem-Sequence", "seq_ae_stage3"), ("X-Mailer", "Gem")]),
        text=("Hey Keisha!\n\nGreat news - the team loved your conversation with Owen. The next stage for "
              "the Account Executive role is a 60-minute mock discovery call: you'll run a first call with "
              "Owen playing a VP of Finance at a 300-person company, and Lena from Sales Enablement will "
              "observe. We'll send the prospect brief 48 hours before.\n\n"
              "Grab a time that works here: https://gem.example/schedule/quillstack/nadia/ae-roleplay\n\n"
              "Cheers,\nNadia\n\nNadia Brooks | Senior Recruiter, Quillstack\n"
              "2500 Blake St, Denver, CO 80205 | m: 720-555-0119\n"))),
    ("02-gem-interview-confirmed.eml", mail(
        base_headers("Nadia Brooks <nadia@quillstack.example>",
                     "Confirmed: Mock Discovery Call (Role-Play) - Wed 3/25 @ 1:00p MT", d2,
                     "gem.4f1a9e.0319a@quillstack.example",
                     extra=[("X-Mailer", "Gem"), ("In-Reply-To", "<gem.4f1a9e.0318@quillstack.example>")]),
        text=("Hi Keisha,\n\nYou're confirmed for your Quillstack interview:\n\n"
              "Mock Discovery Call (Role-Play) - Account Executive\nWed 3/25 @ 1:00p MT (3:00p ET), 60 min\n"
              "With: Owen Tracy (VP Sales) and Lena Park (Sales Enablement)\n"
              "Google Meet: https://meet.google.com/qsk-rply-zte\n\n"
              "A calendar invite is on its way from me. Need to change it? "
              "https://gem.example/reschedule/c81d2a\n\nNadia\n\n-- \nScheduled via Gem\n"))),
    ("03-invitation-mock-discovery.eml", google_invite(
        "Nadia Brooks", "nadia@quillstack.example",
        "Quillstack Interview: Mock Discovery Call (Role-Play) - Keisha Marlowe", s04, e04,
        [("Nadia Brooks", "nadia@quillstack.example"), ("Owen Tracy", "owen.tracy@quillstack.example"),
         ("Lena Park", "lena.park@quillstack.example")],
        "Role-play: Owen plays the buyer, Lena observes. Prospect brief to follow.", d3,
        "gcal-qsk-roleplay-0325@google.example", "Mountain Time - Denver", "America/Denver",
        "qsk0325roleplay9x", meet="qsk-rply-zte")),
], dict(interview=True, interviews=[iv(
    "Quillstack", "Account Executive", s04, e04, "scheduled",
    ["owen.tracy@quillstack.example", "lena.park@quillstack.example"],
    ["owen.tracy@quillstack.example", "lena.park@quillstack.example"], "other")],
    difficulty="medium", category="positive/roleplay-pitch",
    notes="Sales role-play is a live hiring-process stage (not coaching). Gem link mail (unbooked) + Gem "
          "confirmation + Google invite = one interview. 'Wed 3/25 @ 1:00p MT' is MDT (-06:00).",
    source="synthetic"))

# ---- 05 Rippling ATS: interview scheduled, then rescheduled by the tool (same UID, SEQUENCE 1)
d1 = T(NY, 2026, 3, 20, 12, 15)
d2 = T(NY, 2026, 3, 24, 17, 2)
s05a, e05a = T(NY, 2026, 3, 26, 15, 0), T(NY, 2026, 3, 26, 15, 45)
s05, e05 = T(NY, 2026, 3, 27, 10, 30), T(NY, 2026, 3, 27, 11, 15)
ev05 = dict(uid="rpl-iv-33a07c@rippling.example", organizer=("Ben Okafor", "ben.okafor@pallasite.example"),
            attendees=[("Ben Okafor", "ben.okafor@pallasite.example", "org"),
                       ("Carla Jimenez", "carla.jimenez@pallasite.example", "req"),
                       ("Keisha Marlowe", OWNER, "req")],
            summary="Interview: Keisha Marlowe <> Carla Jimenez (Enterprise Account Executive)",
            description="Hiring manager interview via Zoom: https://pallasite.zoom.example/j/84120093311",
            location="https://pallasite.zoom.example/j/84120093311")
case("05-rippling-reschedule-by-ats", [
    ("01-rippling-interview-scheduled.eml", mail(
        base_headers("Pallasite Recruiting <no-reply@ats.rippling.example>",
                     "Interview scheduled: Enterprise Account Executive at Pallasite", d1,
                     "rpl.33a07c.1@ats.rippling.example", host="mail.rippling.example", ip="198.51.100.140",
                     extra=[("Reply-To", "Ben Okafor <ben.okafor@pallasite.example>")]),
        text=("Hi Keisha,\n\nYour interview for Enterprise Account Executive at Pallasite has been "
              "scheduled.\n\nInterview: Hiring Manager Interview\nInterviewer: Carla Jimenez, Head of Sales\n"
              "When: Thursday, Mar 26, 2026, 3:00 PM - 3:45 PM EDT\n"
              "Where: Zoom - https://pallasite.zoom.example/j/84120093311\n\n"
              "A calendar invitation is attached.\n\nBen Okafor\nTalent Acquisition, Pallasite\n\n"
              "Sent via Rippling Recruiting\n"),
        attachments=[(ics("REQUEST", "-//Rippling//Recruiting//EN",
                          [dict(ev05, start=s05a, end=e05a, stamp=d1, sequence=0)],
                          tz=("America/New_York", "America/New_York", False)).encode(),
                      "text", "calendar", "invite.ics")])),
    ("02-rippling-interview-rescheduled.eml", mail(
        base_headers("Pallasite Recruiting <no-reply@ats.rippling.example>",
                     "Interview rescheduled: Enterprise Account Executive at Pallasite", d2,
                     "rpl.33a07c.2@ats.rippling.example", host="mail.rippling.example", ip="198.51.100.140",
                     extra=[("Reply-To", "Ben Okafor <ben.okafor@pallasite.example>")]),
        text=("Hi Keisha,\n\nYour interview for Enterprise Account Executive at Pallasite has been "
              "rescheduled.\n\nInterview: Hiring Manager Interview\nInterviewer: Carla Jimenez, Head of Sales\n"
              "Previous time: Thursday, Mar 26, 2026, 3:00 PM EDT\n"
              "New time: Friday, Mar 27, 2026, 10:30 AM - 11:15 AM EDT\n"
              "Where: Zoom - https://pallasite.zoom.example/j/84120093311\n\n"
              "Note from Ben: Carla got pulled into board prep Thursday afternoon, so we moved you to "
              "Friday at half past ten. Sorry for the shuffle!\n\n"
              "An updated calendar invitation is attached.\n\nSent via Rippling Recruiting\n"),
        attachments=[(ics("REQUEST", "-//Rippling//Recruiting//EN",
                          [dict(ev05, start=s05, end=e05, stamp=d2, sequence=1)],
                          tz=("America/New_York", "America/New_York", False)).encode(),
                      "text", "calendar", "invite.ics")])),
], dict(interview=True, interviews=[iv(
    "Pallasite", "Enterprise Account Executive", s05, e05, "scheduled",
    ["carla.jimenez@pallasite.example"], ["carla.jimenez@pallasite.example"], "hiring_manager")],
    difficulty="medium", category="positive/reschedule",
    notes="Rippling ATS schedule then reschedule (same UID, SEQUENCE 1): final time Fri 10:30 EDT.",
    source="synthetic"))

# ---- 06 Dover-booked intro call, cancelled by the candidate
d1 = T(LA, 2026, 4, 7, 14, 3)
d2 = T(NY, 2026, 4, 10, 8, 52)
s06, e06 = T(LA, 2026, 4, 14, 12, 0), T(LA, 2026, 4, 14, 12, 30)
m06 = "CAD0v3r-7741-fieldmark@mail.dover.example"
t06 = ("Hi Keisha,\n\nThanks for grabbing a time! You're confirmed for an intro call with Sam Heller "
       "(Head of Growth) about the Sales Development Representative role at Fieldmark.\n\n"
       "Tuesday, April 14 at noon PT / 3:00 PM ET (30 min)\nGoogle Meet: https://meet.google.com/fmk-intr-oqs\n\n"
       "Looking forward to it,\nSam\n\nSam Heller | Head of Growth | Fieldmark\n"
       "sam@fieldmark.example | 415-555-0166\n\nSent via Dover\n")
case("06-dover-intro-call-candidate-cancels", [
    ("01-dover-intro-call-confirmed.eml", mail(
        base_headers("Sam Heller <sam@fieldmark.example>",
                     "Confirmed: Intro call - Fieldmark x Keisha Marlowe", d1, m06,
                     host="outbound.dover.example", ip="198.51.100.201",
                     extra=[("X-Mailer", "Dover")]),
        text=t06,
        attachments=[(ics("REQUEST", "-//Dover//Scheduling//EN", [dict(
            start=s06, end=e06, stamp=d1, uid="dover-7741-fieldmark@dover.example",
            organizer=("Sam Heller", "sam@fieldmark.example"),
            attendees=[("Sam Heller", "sam@fieldmark.example", "org"), ("Keisha Marlowe", OWNER, "req")],
            summary="Fieldmark Intro Call: Keisha Marlowe <> Sam Heller",
            location="https://meet.google.com/fmk-intr-oqs")],
            tz=("America/Los_Angeles", "America/Los_Angeles", False)).encode(),
            "application", "ics", "invite.ics")])),
    ("02-keisha-cancels.eml", mail(
        [("Delivered-To", OWNER), ("From", OWNER_HDR), ("To", "Sam Heller <sam@fieldmark.example>"),
         ("Subject", "Re: Confirmed: Intro call - Fieldmark x Keisha Marlowe"),
         ("Date", format_datetime(d2)), ("Message-ID", "<CAKm4rl0w-9921@mail.example>"),
         ("In-Reply-To", f"<{m06}>"), ("References", f"<{m06}>"),
         ("X-Mailer", "iPhone Mail (21E236)")],
        text=("Hi Sam,\n\nI'm so sorry to do this, but I need to cancel our call on Tuesday. I accepted "
              "another offer yesterday and want to be respectful of your time, so please withdraw my "
              "application for the SDR role.\n\nReally appreciate you reaching out, and best of luck with "
              "the search!\n\nKeisha\n\nSent from my iPhone\n\n" + quote(d1, "Sam Heller <sam@fieldmark.example>", t06)))),
], dict(interview=True, interviews=[iv(
    "Fieldmark", "Sales Development Representative", s06, e06, "cancelled",
    ["sam@fieldmark.example"], ["sam@fieldmark.example"], "phone_screen")],
    difficulty="medium", category="positive/cancel-by-candidate",
    notes="Dover confirmation (noon PT) then the candidate withdraws in a reply -> cancelled at last time.",
    source="synthetic"))

# ---- 07 Wellfound message -> founder/hiring manager call settled in a reply chain
d1 = T(LA, 2026, 2, 27, 13, 40)
d2 = T(NY, 2026, 2, 28, 10, 11)
d3 = T(LA, 2026, 3, 1, 19, 25)
d4 = T(NY, 2026, 3, 2, 7, 58)
s07, e07 = T(LA, 2026, 3, 5, 16, 30), T(LA, 2026, 3, 5, 17, 0)
m2, m3 = "CAKm4rl-wf-0228@mail.example", "CAF0und3r-theo-0301@loomcraft.example"
b2 = ("Hi Theo,\n\nThanks for the note on Wellfound! Loomcraft's approach to outbound for agencies is "
      "really interesting and I'd love to learn more about the founding AE role. I'm flexible most "
      "afternoons next week.\n\nBest,\n" + SIG_KEISHA)
b3 = ("Keisha - great to hear from you. How about Thu 3/5 @ 4:30p PST? 30 min, I'll send a Zoom. It'd be "
      "me (I'm still the hiring manager for sales until we hire you, ha).\n\nTheo\n--\nTheo Lindgren\n"
      "Co-founder & CEO, Loomcraft\n\n" + quote(d2, "Keisha Marlowe <" + OWNER + ">", b2))
case("07-wellfound-founder-call-reply-chain", [
    ("01-wellfound-new-message.eml", mail(
        base_headers("Wellfound <notifications@wellfound.example>",
                     "Theo from Loomcraft sent you a message", d1, "wf-msg-99120@wellfound.example",
                     host="mail.wellfound.example", ip="198.51.100.9"),
        html=html_wrap(p(
            "<b>Theo Lindgren</b> (Co-founder &amp; CEO at Loomcraft) sent you a message about "
            "<b>Founding Account Executive</b>:",
            "<i>\"Hi Keisha, your SDR-to-AE progression at LedgerKite is exactly what we're looking for. "
            "We're a 14-person seed-stage team in SF building outbound tooling for agencies. Up for a "
            "quick chat? Easiest to email me directly at theo@loomcraft.example.\"</i>",
            '<a href="https://wellfound.example/messages/99120">Reply on Wellfound</a>',
            "<small>You're receiving this because you're open to new roles on Wellfound (formerly "
            "AngelList Talent).</small>")))),
    ("02-keisha-to-theo.eml", mail(
        [("Delivered-To", OWNER), ("From", OWNER_HDR), ("To", "Theo Lindgren <theo@loomcraft.example>"),
         ("Subject", "Founding AE role at Loomcraft"), ("Date", format_datetime(d2)),
         ("Message-ID", f"<{m2}>")], text=b2)),
    ("03-theo-proposes.eml", mail(
        base_headers("Theo Lindgren <theo@loomcraft.example>", "Re: Founding AE role at Loomcraft", d3, m3,
                     extra=[("In-Reply-To", f"<{m2}>"), ("References", f"<{m2}>"),
                            ("X-Mailer", "Superhuman Desktop")]),
        text=b3)),
    ("04-keisha-confirms.eml", mail(
        [("Delivered-To", OWNER), ("From", OWNER_HDR), ("To", "Theo Lindgren <theo@loomcraft.example>"),
         ("Subject", "Re: Founding AE role at Loomcraft"), ("Date", format_datetime(d4)),
         ("Message-ID", "<CAKm4rl-wf-0302@mail.example>"), ("In-Reply-To", f"<{m3}>"),
         ("References", f"<{m2}> <{m3}>")],
        text=("Thursday works - that's 7:30 my time, talk then! My cell is (404) 555-0143 in case Zoom "
              "acts up.\n\nKeisha\n\n" + quote(d3, "Theo Lindgren <theo@loomcraft.example>", b3)))),
], dict(interview=True, interviews=[iv(
    "Loomcraft", "Founding Account Executive", s07, e07, "scheduled",
    ["theo@loomcraft.example"], ["theo@loomcraft.example"], "hiring_manager")],
    difficulty="hard", category="positive/thread-reply-chain",
    notes="Wellfound message, then direct e-mail chain; 'Thu 3/5 @ 4:30p PST' (before DST, -08:00) "
          "confirmed as 7:30 PM Eastern; 30 min.",
    source="synthetic"))

# ---- 08 Teamtailor: two interviews with the same company (Stockholm recruiter, Austin hiring manager)
d1 = T(STO, 2026, 3, 11, 9, 14)
d2 = T(STO, 2026, 3, 18, 16, 2)
s08a, e08a = T(STO, 2026, 3, 17, 15, 0), T(STO, 2026, 3, 17, 15, 30)
s08b, e08b = T(CHI, 2026, 3, 30, 13, 0), T(CHI, 2026, 3, 30, 14, 0)
assert s08a.astimezone(NY).hour == 10
case("08-teamtailor-screen-and-hm-two-interviews", [
    ("01-teamtailor-screen-invite.eml", mail(
        base_headers("Elin Sjöberg <elin.sjoberg@nordlys.example>",
                     "Interview with Nordlys Software - Account Executive, North America", d1,
                     "tt-0311-elin-keisha@teamtailor-mail.example", host="mx.teamtailor-mail.example",
                     ip="198.51.100.55", extra=[("X-Mailer", "Teamtailor")]),
        text=("Hi Keisha,\n\nThank you for applying for Account Executive, North America at Nordlys "
              "Software. I'd like to invite you to a first video interview with me.\n\n"
              "Tuesday 17 March, 15:00-15:30 (CET, Stockholm) - that's 10:00 in Atlanta\n"
              "Location: Microsoft Teams (link in the invite)\n\n"
              "Please accept the attached invitation so it lands in your calendar.\n\n"
              "Med vänliga hälsningar / Kind regards,\nElin Sjöberg\nTalent Acquisition Partner\n"
              "Nordlys Software AB | Sveavägen 44, 111 34 Stockholm | +46 8 555 010 22\n\n"
              "This message was sent via Teamtailor.\n"), text_cte="base64",
        attachments=[(ics("REQUEST", "-//Teamtailor//Interview//EN", [dict(
            start=s08a, end=e08a, stamp=d1, uid="tt-iv-55102@teamtailor.example",
            organizer=("Elin Sjöberg", "elin.sjoberg@nordlys.example"),
            attendees=[("Elin Sjöberg", "elin.sjoberg@nordlys.example", "org"),
                       ("Keisha Marlowe", OWNER, "req")],
            summary="Interview: Keisha Marlowe / Nordlys Software",
            location="Microsoft Teams")], tz=("Europe/Stockholm", "Europe/Stockholm", False)).encode(),
            "text", "calendar", "interview.ics")])),
    ("02-teamtailor-hm-invite.eml", mail(
        base_headers("Elin Sjöberg <elin.sjoberg@nordlys.example>",
                     "Next step: meet Jake Doran (Head of Sales, North America)", d2,
                     "tt-0318-elin-keisha@teamtailor-mail.example", host="mx.teamtailor-mail.example",
                     ip="198.51.100.55", extra=[("X-Mailer", "Teamtailor")]),
        text=("Hi Keisha,\n\nThanks for a great chat yesterday! You're moving forward. The next step is a "
              "one-hour interview with Jake Doran, our Head of Sales for North America, who sits in "
              "Austin.\n\nMonday 30 March, 1:00-2:00 PM Central (2:00-3:00 PM your time)\n"
              "Jake will use Zoom: https://nordlys.zoom.example/j/93001287745\n"
              "Jake's email, should you need it: jake.doran@nordlys.example\n\n"
              "Note that Sweden changes to summer time on 29 March, so for me this will be 20:00.\n\n"
              "Kind regards,\nElin\n\nThis message was sent via Teamtailor.\n"), text_cte="base64",
        attachments=[(ics("REQUEST", "-//Teamtailor//Interview//EN", [dict(
            start=s08b, end=e08b, stamp=d2, uid="tt-iv-55187@teamtailor.example",
            organizer=("Elin Sjöberg", "elin.sjoberg@nordlys.example"),
            attendees=[("Elin Sjöberg", "elin.sjoberg@nordlys.example", "org"),
                       ("Jake Doran", "jake.doran@nordlys.example", "req"),
                       ("Keisha Marlowe", OWNER, "req")],
            summary="Interview: Keisha Marlowe / Jake Doran (Nordlys Software)",
            location="https://nordlys.zoom.example/j/93001287745")]).encode(),
            "text", "calendar", "interview.ics")])),
], dict(interview=True, interviews=[
    iv("Nordlys Software", "Account Executive, North America", s08a, e08a, "scheduled",
       ["elin.sjoberg@nordlys.example"], ["elin.sjoberg@nordlys.example"], "phone_screen"),
    iv("Nordlys Software", "Account Executive, North America", s08b, e08b, "scheduled",
       ["jake.doran@nordlys.example"], ["jake.doran@nordlys.example"], "hiring_manager")],
    difficulty="hard", category="positive/two-interviews",
    notes="Teamtailor (base64 bodies): recruiter screen 15:00 CET (=10:00 EDT, US already on DST, "
          "Sweden not) and a later HM interview 1 PM Central (UTC .ics). Two interviews.",
    source="synthetic"))

# ---- 09 Recruitee interview, cancelled by the company (METHOD:CANCEL)
d1 = T(BER, 2026, 4, 1, 11, 30)
d2 = T(BER, 2026, 4, 7, 17, 5)
s09, e09 = T(NY, 2026, 4, 9, 8, 0), T(NY, 2026, 4, 9, 8, 45)
assert s09.astimezone(BER).hour == 14
ev09 = dict(start=s09, end=e09, uid="rcte-iv-20260409-7310@recruitee.example",
            organizer=("Lena Hoffmann", "lena.hoffmann@wolkenfeld.example"),
            attendees=[("Lena Hoffmann", "lena.hoffmann@wolkenfeld.example", "org"),
                       ("Felix Braun", "felix.braun@wolkenfeld.example", "req"),
                       ("Keisha Marlowe", OWNER, "req")],
            summary="Video interview: Keisha Marlowe - Account Executive (US East)",
            location="https://meet.google.com/wfd-usae-kmr")
case("09-recruitee-interview-cancelled-by-company", [
    ("01-recruitee-invite.eml", mail(
        base_headers("Lena Hoffmann <lena.hoffmann@wolkenfeld.example>",
                     "Einladung / Invitation: Video interview - Account Executive (US East)", d1,
                     "rcte.7310.a@wolkenfeld.recruitee.example", host="mail.recruitee.example",
                     ip="198.51.100.88"),
        text=("Hi Keisha,\n\nthank you for your application as Account Executive (US East) at Wolkenfeld. "
              "We would like to meet you in a video interview with Felix Braun, who leads our US sales "
              "team.\n\nDate: Thursday, April 9, 2026\nTime: 8:00 - 8:45 AM EDT (14:00 Uhr bei uns in "
              "Berlin - I know it's early for you, sorry!)\nLink: https://meet.google.com/wfd-usae-kmr\n\n"
              "Viele Grüße / Best regards\nLena Hoffmann\nPeople & Talent | Wolkenfeld GmbH\n"
              "Torstraße 140, 10119 Berlin | +49 30 5550 1840\n\nSent with Recruitee\n"),
        text_cte="quoted-printable",
        attachments=[(ics("REQUEST", "-//Recruitee//Recruitee Events//EN", [dict(ev09, stamp=d1)],
                          tz=("Europe/Berlin", "Europe/Berlin", False)).encode(),
                      "text", "calendar", "invite.ics")])),
    ("02-recruitee-cancelled.eml", mail(
        base_headers("Lena Hoffmann <lena.hoffmann@wolkenfeld.example>",
                     "Cancelled: Video interview - Account Executive (US East)", d2,
                     "rcte.7310.b@wolkenfeld.recruitee.example", host="mail.recruitee.example",
                     ip="198.51.100.88"),
        text=("Hi Keisha,\n\nI'm sorry to write this: we have to cancel your interview with Felix on "
              "Thursday. Our US expansion budget was moved to Q3 and the Account Executive (US East) role "
              "is on hold for now. We'll reach out first if it reopens.\n\n"
              "Sorry again and best regards,\nLena\n\nSent with Recruitee\n"),
        cal=ics("CANCEL", "-//Recruitee//Recruitee Events//EN",
                [dict(ev09, stamp=d2, sequence=1, status="CANCELLED",
                      summary="Cancelled: Video interview: Keisha Marlowe - Account Executive (US East)")],
                tz=("Europe/Berlin", "Europe/Berlin", False)), cal_method="CANCEL")),
], dict(interview=True, interviews=[iv(
    "Wolkenfeld", "Account Executive (US East)", s09, e09, "cancelled",
    ["felix.braun@wolkenfeld.example"], ["felix.braun@wolkenfeld.example"], "hiring_manager")],
    difficulty="medium", category="positive/cancel-by-company",
    notes="Recruitee invite (quoted-printable, 8 AM EDT = 14:00 Uhr Berlin CEST; .ics in Berlin TZ) "
          "then METHOD:CANCEL -> cancelled.",
    source="synthetic"))

# ---- 10 JazzHR HTML-only quoted-printable, relative date "this Friday at 2pm ET"
d1 = T(NY, 2026, 4, 20, 9, 14)
s10, e10 = T(NY, 2026, 4, 24, 14, 0), T(NY, 2026, 4, 24, 14, 30)
case("10-jazzhr-html-only-this-friday", [
    ("01-jazzhr-phone-interview.eml", mail(
        base_headers("Fernhollow Hiring Team <fernhollow@jazzhr-mail.example>",
                     "Phone interview - Inside Sales Representative", d1,
                     "jz.4412998.ae@jazzhr-mail.example", host="smtp.jazzhr-mail.example", ip="198.51.100.61",
                     extra=[("Reply-To", "Tyler Grant <tyler.grant@fernhollow.example>")]),
        html=html_wrap(
            '<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">'
            + p("Hi Keisha,",
                "Thanks so much for applying to the <strong>Inside Sales Representative</strong> opening at "
                "Fernhollow! We&#39;d like to set up a phone interview with you <strong>this Friday at "
                "2pm ET</strong>. I&#39;ll call the number on your application; plan on about 30 "
                "minutes.",
                "If that time doesn&#39;t work, just reply and we&#39;ll find another.",
                "Best,<br>Tyler Grant<br>Sales Recruiter | Fernhollow<br>"
                "o: (678) 555-0172 &nbsp;|&nbsp; 3340 Peachtree Rd NE, Suite 1200, Atlanta, GA 30326")
            + '</td></tr><tr><td style="font-size:11px;color:#999;padding:12px 24px">'
              "Powered by JazzHR &middot; You are receiving this message regarding your application."
              "</td></tr></table>"), html_cte="quoted-printable")),
], dict(interview=True, interviews=[iv(
    "Fernhollow", "Inside Sales Representative", s10, e10, "scheduled",
    ["tyler.grant@fernhollow.example"], ["tyler.grant@fernhollow.example"], "phone_screen")],
    difficulty="medium", category="positive/email-body-only",
    notes="JazzHR HTML-only QP mail sent Mon Apr 20; 'this Friday at 2pm ET' = Apr 24 14:00 EDT; "
          "recruiter (Reply-To) calls.",
    source="synthetic"))

# ---- 11 SavvyCal booking with a recruiter (Phoenix, no DST)
d1 = T(PHX, 2026, 3, 26, 15, 12)
d2 = T(PHX, 2026, 3, 27, 7, 48)
s11, e11 = T(PHX, 2026, 4, 1, 9, 0), T(PHX, 2026, 4, 1, 9, 30)
assert s11.astimezone(NY).hour == 12
case("11-savvycal-recruiter-screen-phoenix", [
    ("01-jonah-outreach.eml", mail(
        base_headers("Jonah Reyes <jonah.reyes@cindervale.example>",
                     "Enterprise AE at Cindervale - quick intro?", d1, "CAJr-cv-0326@cindervale.example",
                     extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
        text=("Hi Keisha,\n\nI lead recruiting at Cindervale (we make billing software for logistics "
              "companies). Your application for our Enterprise Account Executive role caught my eye - "
              "would you have 30 minutes for a recruiter screen next week? Grab whatever works on my "
              "SavvyCal: https://savvycal.example/jonah-cindervale/screen\n\nThanks!\n"
              "Jonah Reyes | Talent Lead, Cindervale | Scottsdale, AZ | 480-555-0138\n"))),
    ("02-savvycal-confirmation.eml", mail(
        base_headers("SavvyCal <notifications@savvycal.example>",
                     "Confirmed: Cindervale - Recruiter Screen (Enterprise AE) with Jonah Reyes", d2,
                     "sc-evt-kq81mv@savvycal.example", host="mail.savvycal.example", ip="198.51.100.102",
                     extra=[("Reply-To", "Jonah Reyes <jonah.reyes@cindervale.example>")]),
        text=("You're scheduled!\n\nCindervale - Recruiter Screen (Enterprise AE)\n"
              "Wednesday, April 1, 2026\n9:00 AM - 9:30 AM (Mountain Standard Time - Phoenix)\n\n"
              "With: Jonah Reyes (jonah.reyes@cindervale.example)\n"
              "Where: Phone - Jonah will call (404) 555-0143\n\n"
              "Need to make changes? Reschedule: https://savvycal.example/r/kq81mv  "
              "Cancel: https://savvycal.example/c/kq81mv\n\nPowered by SavvyCal\n"),
        html=html_wrap(p("<b>You're scheduled!</b>", "Cindervale &ndash; Recruiter Screen (Enterprise AE)",
                         "Wednesday, April 1, 2026<br>9:00 AM &ndash; 9:30 AM (Mountain Standard Time "
                         "&ndash; Phoenix)", "With: Jonah Reyes (jonah.reyes@cindervale.example)<br>"
                         "Where: Phone &ndash; Jonah will call (404) 555-0143")),
        attachments=[(ics("REQUEST", "-//SavvyCal//SavvyCal//EN", [dict(
            start=s11, end=e11, stamp=d2, uid="kq81mv@savvycal.example",
            organizer=("Jonah Reyes", "jonah.reyes@cindervale.example"),
            attendees=[("Jonah Reyes", "jonah.reyes@cindervale.example", "org"),
                       ("Keisha Marlowe", OWNER, "req")],
            summary="Cindervale - Recruiter Screen (Enterprise AE)", location="Phone")],
            tz=("America/Phoenix", "America/Phoenix", False)).encode(), "text", "calendar", "invite.ics")])),
], dict(interview=True, interviews=[iv(
    "Cindervale", "Enterprise Account Executive", s11, e11, "scheduled",
    ["jonah.reyes@cindervale.example"], ["jonah.reyes@cindervale.example"], "phone_screen")],
    difficulty="easy", category="positive/booking-link-confirmed",
    notes="Recruiter sends a SavvyCal link (unbooked), then SavvyCal confirmation + .ics in Phoenix "
          "time (-07:00 all year) = noon EDT.",
    source="synthetic"))

# ---- 12 Microsoft Bookings confirmation, "(UTC-05:00)" label in May (real offset -04:00)
d1 = T(NY, 2026, 4, 27, 10, 3)
s12, e12 = T(NY, 2026, 5, 4, 11, 0), T(NY, 2026, 5, 4, 11, 45)
b12 = ("Hello Keisha Marlowe,\n\nYour booking is confirmed.\n\n"
       "Hiring Manager Interview - AE, Public Sector\nMonday, May 4, 2026\n"
       "11:00 AM (UTC-05:00) Eastern Time (US & Canada)\n45 minutes\n\n"
       "Staff: Gregory Pike\nJoin your appointment: Microsoft Teams meeting\n"
       "https://teams.microsoft.com/l/meetup-join/19%3ameeting_HLWY0504%40thread.v2/0\n\n"
       "Add to calendar | Manage booking: https://outlook.office365.example/book/HallowayTalent@halloway.example/\n\n"
       "Halloway Systems Talent Acquisition\n600 Brazos St, Austin, TX 78701\n")
case("12-microsoft-bookings-hm-interview", [
    ("01-bookings-confirmed.eml", mail(
        base_headers("Halloway Talent <HallowayTalent@halloway.example>",
                     "Your booking with Halloway Talent is confirmed", d1,
                     "BN0PR19MB5521B2A7E1F4@BN0PR19MB5521.namprd19.prod.outlook.example",
                     host="NAM04-BN8-obe.outbound.protection.outlook.example", ip="40.107.0.18",
                     extra=[("X-MS-Exchange-Organization-BookingsStatus", "Confirmed"),
                            ("Content-Language", "en-US")]),
        text=b12, text_cte="quoted-printable",
        html=html_wrap(b12.replace("\n", "<br>"), "font-family:Segoe UI,sans-serif"),
        html_cte="quoted-printable",
        cal=ics("REQUEST", "Microsoft Exchange Server 2010", [dict(
            start=s12, end=e12, stamp=d1, uid="040000008200E00074C5B7101A82E0080000000061AB0504HLWY",
            organizer=("Halloway Talent", "HallowayTalent@halloway.example"),
            attendees=[("Gregory Pike", "gpike@halloway.example", "req"),
                       ("Keisha Marlowe", OWNER, "req")],
            summary="Hiring Manager Interview - AE, Public Sector",
            description="Staff: Gregory Pike\nCustomer: Keisha Marlowe", location="Microsoft Teams Meeting",
            extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE"])],
            tz=("Eastern Standard Time", "America/New_York", True)))),
], dict(interview=True, interviews=[iv(
    "Halloway Systems", "Account Executive, Public Sector", s12, e12, "scheduled",
    ["gpike@halloway.example"], ["gpike@halloway.example"], "hiring_manager")],
    difficulty="hard", category="positive/bookings-utc-label",
    notes="Microsoft Bookings confirmation; text shows '(UTC-05:00) Eastern Time' in May -> real offset "
          "-04:00; Bookings mailbox is not a follow-up recipient, staff member is the interviewer.",
    source="synthetic"))

# ---- 13 Forwarded Google Meet invite (final chat with London CEO) + Calendar API event
d1 = T(NY, 2026, 4, 22, 18, 40)
d0 = T(LON, 2026, 4, 22, 21, 5)
s13, e13 = T(LON, 2026, 4, 28, 17, 30), T(LON, 2026, 4, 28, 18, 15)
fwd = ("---------- Forwarded message ---------\n"
       "From: Imogen Hale <imogen@sablewood.example>\n"
       f"Date: Wed, Apr 22, 2026 at 9:05 PM\n"
       "Subject: Invitation: Final chat - Keisha Marlowe / Imogen (Sablewood) @ Tue 28 Apr 2026 17:30 - 18:15 (BST)\n"
       "To: <keisha.marlowe@old-mail.example>, Derrick Yoon <derrick@peachtreetalent.example>\n\n\n"
       "Final chat - Keisha Marlowe / Imogen (Sablewood)\nTuesday 28 Apr 2026 \u22c5 17:30 \u2013 18:15\n"
       "United Kingdom Time\n\nJoin with Google Meet\nhttps://meet.google.com/swd-fnlc-hta\n\n"
       "Organizer\nImogen Hale\nimogen@sablewood.example\n\nGuests\nImogen Hale - organizer\n"
       "keisha.marlowe@old-mail.example\nDerrick Yoon\n\n"
       "Informal final conversation about the First US Account Executive role. 45 mins.\n\n"
       "Invitation from Google Calendar\n")
case("13-forwarded-meet-invite-london-ceo-plus-api-event", [
    ("01-fwd-invitation-final-chat.eml", mail(
        base_headers("Derrick Yoon <derrick@peachtreetalent.example>",
                     "Fwd: Invitation: Final chat - Keisha Marlowe / Imogen (Sablewood) @ Tue 28 Apr 2026 "
                     "17:30 - 18:15 (BST)", d1, "CADy-fwd-0422@peachtreetalent.example",
                     extra=[("X-Mailer", "Apple Mail (2.3774.500.171)")]),
        text=("Hi Keisha - Imogen's invite went to your old address, so forwarding it here. That's "
              "12:30-1:15 your time next Tuesday. She's lovely, just be yourself. Call me after!\n\n"
              "Derrick\n\nDerrick Yoon | Partner, Peachtree Talent\n1180 W Peachtree St NW, Atlanta, GA "
              "30309 | 404-555-0190\n\n" + fwd))),
    ("02-final-chat.gcal.json", {
        "kind": "calendar#event", "etag": "\"3391742205118000\"", "id": "5swdfnl28hta0428kmr",
        "status": "confirmed",
        "htmlLink": "https://www.google.example/calendar/event?eid=NXN3ZGZubDI4aHRhMDQyOGttcg",
        "created": d0.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (d1 + timedelta(minutes=50)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "summary": "Final chat - Keisha Marlowe / Imogen (Sablewood)",
        "description": "Informal final conversation about the First US Account Executive role. 45 mins.",
        "creator": {"email": "imogen@sablewood.example", "displayName": "Imogen Hale"},
        "organizer": {"email": "imogen@sablewood.example", "displayName": "Imogen Hale"},
        "start": {"dateTime": iso(s13), "timeZone": "Europe/London"},
        "end": {"dateTime": iso(e13), "timeZone": "Europe/London"},
        "iCalUID": "5swdfnl28hta0428kmr@google.example", "sequence": 1,
        "attendees": [
            {"email": "imogen@sablewood.example", "displayName": "Imogen Hale", "organizer": True,
             "responseStatus": "accepted"},
            {"email": "derrick@peachtreetalent.example", "displayName": "Derrick Yoon",
             "responseStatus": "accepted", "optional": True},
            {"email": OWNER, "self": True, "responseStatus": "accepted"}],
        "hangoutLink": "https://meet.google.com/swd-fnlc-hta",
        "conferenceData": {"entryPoints": [{"entryPointType": "video",
                                            "uri": "https://meet.google.com/swd-fnlc-hta",
                                            "label": "meet.google.com/swd-fnlc-hta"}],
                           "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                           "conferenceId": "swd-fnlc-hta"},
        "reminders": {"useDefault": True}, "eventType": "default"}),
], dict(interview=True, interviews=[iv(
    "Sablewood", "First US Account Executive", s13, e13, "scheduled",
    ["imogen@sablewood.example"], ["imogen@sablewood.example"], "hiring_manager")],
    difficulty="hard", category="positive/forwarded-invite-dedupe",
    notes="Agency recruiter forwards the CEO's Google Meet invite (17:30 BST = 12:30 EDT); the owner's "
          "calendar also has the event via API. One interview; CEO is the interviewer, agency recruiter "
          "only forwards.",
    source="synthetic"))

# ================================================================ NEGATIVES

def neg(name, items, difficulty, category, notes):
    case(name, items, dict(interview=False, interviews=[], difficulty=difficulty, category=category,
                           notes=notes, source="synthetic"))


FWD_EXTRA = [("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{WORK} {OWNER}")]

# ---- 14 Chili Piper prospecting meeting booked with HER (she is the seller)
d1 = T(NY, 2026, 3, 12, 11, 26)
s14, e14 = T(CHI, 2026, 3, 17, 10, 0), T(CHI, 2026, 3, 17, 10, 30)
neg("14-chili-piper-prospect-discovery-call", [
    ("01-chili-piper-meeting-booked.eml", mail(
        base_headers("Chili Piper <notifications@chilipiper.example>",
                     "New meeting booked: Harbor Talent Partners <> LedgerKite | Discovery Call", d1,
                     "cp-mtg-6620931@chilipiper.example", to=f"Keisha Marlowe <{WORK}>",
                     host="mail.chilipiper.example", ip="198.51.100.150", extra=FWD_EXTRA),
        text=("Hi Keisha,\n\nA new meeting was booked on your calendar via the LedgerKite website "
              "Concierge router (Inbound - Mid-Market).\n\n"
              "Meeting: Discovery Call - Harbor Talent Partners <> LedgerKite\n"
              "When: Tue, Mar 17, 2026 10:00 AM - 10:30 AM CDT\n"
              "Host: Keisha Marlowe (you)\nGuest: Ava Lindqvist, Head of Talent Acquisition, Harbor Talent "
              "Partners (ava.lindqvist@harbortalent.example)\n\n"
              "Form answers:\n  Company size: 201-500\n  What are you hoping to solve?: \"We run ~400 "
              "candidate interviews a month and our recruiters are drowning in scheduling. Want to see "
              "how LedgerKite handles interview-stage reporting.\"\n  Role: Hiring / TA leadership\n\n"
              "Prep tip: review the account in Salesforce before the call.\n\n"
              "-- Chili Piper | Manage your routing rules in the Admin Center\n"),
        attachments=[(ics("REQUEST", "-//Chili Piper//Concierge//EN", [dict(
            start=s14, end=e14, stamp=d1, uid="cp-6620931@chilipiper.example",
            organizer=("Keisha Marlowe", WORK),
            attendees=[("Keisha Marlowe", WORK, "org"),
                       ("Ava Lindqvist", "ava.lindqvist@harbortalent.example", "req")],
            summary="Discovery Call - Harbor Talent Partners <> LedgerKite",
            location="https://ledgerkite.zoom.example/j/71120045512")]).encode(),
            "text", "calendar", "invite.ics")])),
], "hard", "negative/seller-prospect-meeting",
    "Chili Piper inbound demo booked with the owner as host at her current job; the prospect is a TA "
    "leader talking about candidate interviews. Owner is the seller, not a candidate.")

# ---- 15 Chili Piper reschedule of a prospect demo (Google invite update from her work calendar)
d1 = T(NY, 2026, 4, 2, 9, 10)
d2 = T(NY, 2026, 4, 3, 16, 44)
s15, e15 = T(NY, 2026, 4, 8, 13, 0), T(NY, 2026, 4, 8, 13, 45)
neg("15-chili-piper-prospect-demo-rescheduled", [
    ("01-chili-piper-rescheduled.eml", mail(
        base_headers("Chili Piper <notifications@chilipiper.example>",
                     "Meeting rescheduled: Quarry Point Staffing - LedgerKite Demo", d1,
                     "cp-mtg-6698120-r1@chilipiper.example", to=f"Keisha Marlowe <{WORK}>",
                     host="mail.chilipiper.example", ip="198.51.100.150", extra=FWD_EXTRA),
        html=html_wrap(p(
            "<b>Marcus Feld</b> (Quarry Point Staffing) rescheduled their meeting with you.",
            "<s>Mon, Apr 6, 2026 2:00 PM EDT</s><br><b>Wed, Apr 8, 2026 1:00 PM - 1:45 PM EDT</b>",
            "Meeting type: Product Demo (45 min)<br>Booked from: Pricing page &rarr; \"Talk to sales\"",
            "Qualification notes from the SDR call: hiring manager for their ops team; evaluating tools "
            "before they schedule candidate interviews for 3 new AP clerk roles. Budget approved.",
            "<small>Chili Piper &middot; Your meetings, routed.</small>")))),
    ("02-updated-invitation-demo.eml", google_invite(
        "Keisha Marlowe", WORK, "Quarry Point Staffing - LedgerKite Demo", s15, e15,
        [("Keisha Marlowe", WORK), ("Marcus Feld", "mfeld@quarrypoint.example"),
         ("Dev Anand (SE)", "dev.anand@ledgerkite.example")],
        "Booked via Chili Piper. Agenda: AP automation demo, pricing, next steps.\n"
        "Reschedule: https://ledgerkite.chilipiper.example/reschedule/6698120",
        d2, "gcal-qp-demo-upd@google.example", "Eastern Time - New York", "America/New_York",
        "qpdemo0408ledgerkite", sequence=1, updated=True, to=WORK, meet="lgk-demo-qpx")),
], "hard", "negative/seller-prospect-meeting",
    "Chili Piper reschedule + updated Google Meet invite for a sales demo the owner hosts; mentions a "
    "hiring manager and candidate interviews but nobody is interviewing her.")

# ---- 16 HireVue practice question + one-way on-demand deadline (no live interview)
d1 = T(NY, 2026, 4, 13, 8, 0)
d2 = T(NY, 2026, 4, 15, 8, 0)
neg("16-hirevue-practice-and-on-demand-deadline", [
    ("01-hirevue-on-demand.eml", mail(
        base_headers("Osprey Metrics via HireVue <noreply@hirevue.example>",
                     "Action required: Your interview with Osprey Metrics", d1, "hv-od-8810442@hirevue.example",
                     host="mta3.hirevue.example", ip="198.51.100.31"),
        text=("Hi Keisha,\n\nOsprey Metrics has invited you to a HireVue On Demand interview for the "
              "Sales Development Representative position.\n\n"
              "This is a one-way video interview: you'll see each question on screen and record your "
              "answer. It takes about 20 minutes.\n\n"
              "Complete it by: Sunday, April 19, 2026, 11:59 PM EDT\n"
              "Start here: https://app.hirevue.example/interviews/8810442\n\n"
              "Good luck!\nOsprey Metrics Recruiting\n"))),
    ("02-hirevue-practice-question.eml", mail(
        base_headers("HireVue <noreply@hirevue.example>",
                     "Reminder: Try a practice question before your interview", d2,
                     "hv-prac-8810442@hirevue.example", host="mta3.hirevue.example", ip="198.51.100.31"),
        html=html_wrap(p(
            "Hi Keisha,", "Your Osprey Metrics interview is still waiting for you. Not sure what to expect? "
            "Take a <b>practice question</b> first: it isn't shared with the employer and you can retry "
            "as many times as you like.",
            "Practice question: <i>\"Tell us about a time you turned a cold call into a meeting.\"</i>",
            '<a href="https://app.hirevue.example/practice/8810442">Try a practice question</a>',
            "Your interview expires <b>April 19 at 11:59 PM EDT</b>.",
            "<small>HireVue &middot; You received this reminder because you have an incomplete "
            "interview.</small>")))),
], "hard", "negative/one-way-video",
    "HireVue on-demand (one-way) interview with a deadline and a practice-question reminder: no live "
    "conversation and no scheduled time.")

# ---- 17 SaaS webinar (registered) with .ics
d1 = T(NY, 2026, 4, 29, 12, 1)
s17, e17 = T(NY, 2026, 5, 7, 13, 0), T(NY, 2026, 5, 7, 14, 0)
neg("17-saas-webinar-discovery-calls", [
    ("01-webinar-registration.eml", mail(
        base_headers("Pitchwell Events <events@pitchwell.example>",
                     "You're registered: Interview Your Buyer - Discovery Calls That Convert", d1,
                     "pw-web-0507-221983@pitchwell.example", host="mkto.pitchwell.example", ip="198.51.100.170",
                     extra=[("List-Unsubscribe", "<https://pitchwell.example/unsub?u=221983>")]),
        html=html_wrap(p(
            "Hi Keisha,", "Thanks for registering! Save your spot on the calendar:",
            "<b>Interview Your Buyer: Discovery Calls That Convert</b><br>Thursday, May 7, 2026 &middot; "
            "1:00 PM ET (60 min)<br>Live on Zoom Webinar",
            "Speakers: Hannah Oyelaran (CRO, Pitchwell) and Cal Murtagh (Founder, The Outbound Lab). "
            "We'll role-play a live discovery call and share the 12 questions top AEs ask in every "
            "first call. Bonus: how to prep for your own next AE job interview.",
            '<a href="https://pitchwell.zoom.example/w/88100235">Join webinar</a>',
            "<small>Pitchwell Inc. &middot; 77 Summer St, Boston, MA 02110 &middot; Unsubscribe</small>")),
        attachments=[(ics("PUBLISH", "-//Pitchwell//Webinars//EN", [dict(
            start=s17, end=e17, stamp=d1, uid="pw-webinar-20260507@pitchwell.example",
            organizer=("Pitchwell Events", "events@pitchwell.example"),
            summary="Webinar: Interview Your Buyer - Discovery Calls That Convert",
            location="https://pitchwell.zoom.example/w/88100235")]).encode(),
            "text", "calendar", "webinar.ics")])),
], "medium", "negative/webinar",
    "Vendor webinar registration with an .ics; uses 'interview', 'role-play', 'discovery call'.")

# ---- 18 Wellfound weekly digest
d1 = T(LA, 2026, 4, 6, 6, 30)
rows = [("Loomwise", "Account Executive", "$70k - $90k base + OTE", "Remote (US)"),
        ("Tallrock AI", "Founding SDR", "$60k - $75k + 0.1% - 0.3%", "Atlanta, GA"),
        ("Vesselry", "Mid-Market AE", "$85k - $100k base", "Austin, TX / Remote")]
neg("18-wellfound-weekly-digest", [
    ("01-wellfound-digest.eml", mail(
        base_headers("Wellfound <digest@wellfound.example>",
                     "3 founders want to interview you this week, Keisha", d1, "wf-digest-w14-0406@wellfound.example",
                     host="mail.wellfound.example", ip="198.51.100.9",
                     extra=[("List-Unsubscribe", "<https://wellfound.example/unsubscribe/digest>")]),
        html=html_wrap(
            "<h2>Your weekly startup matches</h2>"
            + p("Founders are actively hiring sales talent like you. Apply in one click and you could be "
                "scheduling interviews by Friday.")
            + "".join(f"<div style='border:1px solid #ddd;padding:10px;margin:8px 0'><b>{c}</b> &middot; {r}"
                      f"<br>{s} &middot; {l}<br><a href='https://wellfound.example/jobs/{c.lower()}'>"
                      f"Apply</a></div>" for c, r, s, l in rows)
            + p("<b>Tip of the week:</b> candidates who reply to founder messages within 24 hours are 3x "
                "more likely to get an interview call.",
                "<small>Wellfound (formerly AngelList Talent) &middot; Manage email preferences</small>")),
        html_cte="quoted-printable")),
], "easy", "negative/job-digest", "Wellfound weekly job digest talking about interviews.")

# ---- 19 Offer letter (Rippling) + recruiter wants to walk through it on a call
d1 = T(NY, 2026, 5, 11, 14, 20)
d2 = T(NY, 2026, 5, 11, 14, 31)
neg("19-offer-letter-and-walkthrough-call", [
    ("01-rippling-offer-ready.eml", mail(
        base_headers("Tidewell via Rippling <no-reply@ats.rippling.example>",
                     "Your offer from Tidewell is ready to review", d1, "rpl.offer.91c2@ats.rippling.example",
                     host="mail.rippling.example", ip="198.51.100.140"),
        text=("Hi Keisha,\n\nTidewell has sent you an offer letter for the position of Account Executive, "
              "SMB.\n\nReview and sign by: Friday, May 15, 2026\n"
              "Review offer: https://app.rippling.example/offers/91c2\n\n"
              "Anticipated start date: Monday, June 1, 2026\n\nSent via Rippling\n"))),
    ("02-recruiter-congrats.eml", mail(
        base_headers("Marisol Vega <marisol.vega@tidewell.example>", "Congrats, Keisha!", d2,
                     "CAMv-offer-0511@tidewell.example", extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
        text=("Keisha,\n\nCongratulations! Everyone who interviewed you was blown away, especially by your "
              "mock pitch in the final interview. Your offer is in Rippling now.\n\n"
              "I'd love to walk you through comp and benefits. Are you free Wednesday at 3 for a quick "
              "call? If not, send me a couple of times.\n\n"
              "Marisol Vega\nSenior Recruiter, Tidewell\n(470) 555-0128 | 250 Williams St NW, Atlanta, GA 30303\n"))),
], "hard", "negative/offer",
    "Offer letter from an ATS plus a recruiter proposing an offer walkthrough call (not an interview; "
    "past interviews only mentioned).")

# ---- 20 Internal pipeline review (Outlook/Teams invite from her manager at her current job)
d1 = T(NY, 2026, 3, 13, 17, 12)
s20, e20 = T(NY, 2026, 3, 16, 9, 0), T(NY, 2026, 3, 16, 9, 45)
neg("20-internal-pipeline-review-teams", [
    ("01-pipeline-review-invite.eml", mail(
        base_headers("Grant Whitaker <grant.whitaker@ledgerkite.example>",
                     "Pipeline Review - SDR/AE East (weekly)", d1,
                     "DM6PR11MB40177C1E2A@DM6PR11MB4017.namprd11.prod.outlook.example",
                     to=f"Keisha Marlowe <{WORK}>, SDR East <sdr-east@ledgerkite.example>",
                     host="NAM11-DM6-obe.outbound.protection.outlook.example", ip="40.107.0.77",
                     extra=FWD_EXTRA + [("Content-class", "urn:content-classes:calendarmessage"),
                                        ("Thread-Topic", "Pipeline Review - SDR/AE East (weekly)")]),
        text=("When: Monday, March 16, 2026 9:00 AM-9:45 AM (UTC-05:00) Eastern Time (US & Canada).\n"
              "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
              "Team - moving pipeline review to Mondays. Come ready with: every opp past stage 2, the "
              "discovery call notes from your last three first meetings, and any deal where the buyer's "
              "'candidate' vendors include Ramp or Brex.\n\n"
              "Also, heads up: I'm interviewing candidates for the open SDR seat this week. Keisha, I may "
              "ask you to join one panel as a peer interviewer - will send separately.\n\nGrant\n\n"
              "________________________________________________________________________________\n"
              "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
              "Click here to join the meeting <https://teams.microsoft.com/l/meetup-join/19%3ameeting_LKPR%40thread.v2/0>\n"
              "Meeting ID: 241 550 903 117\nPasscode: pR7xQk\n"),
        text_cte="quoted-printable",
        cal=ics("REQUEST", "Microsoft Exchange Server 2010", [dict(
            start=s20, end=e20, stamp=d1, uid="040000008200E00074C5B7101A82E00800000000LKPIPE0316",
            organizer=("Grant Whitaker", "grant.whitaker@ledgerkite.example"),
            attendees=[("Keisha Marlowe", WORK, "req"), ("SDR East", "sdr-east@ledgerkite.example", "req")],
            summary="Pipeline Review - SDR/AE East (weekly)", location="Microsoft Teams Meeting",
            extra=["RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=12", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                   "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE"])],
            tz=("Eastern Standard Time", "America/New_York", True)))),
], "hard", "negative/internal-meeting",
    "Weekly internal pipeline review at her current employer (Teams invite, recurring); mentions her "
    "manager interviewing SDR candidates and 'discovery calls'.")

# ---- 21 Paradox Olivia asks her to pick a time (never booked)
d1 = T(NY, 2026, 4, 16, 19, 3)
d2 = T(NY, 2026, 4, 18, 10, 0)
neg("21-paradox-olivia-unbooked-slots", [
    ("01-olivia-pick-a-time.eml", mail(
        base_headers("Olivia at Greyfinch <olivia@greyfinch.paradox.example>",
                     "Keisha, pick a time for your interview with Greyfinch", d1,
                     "px-gf-11a02.1@greyfinch.paradox.example"),
        text=("Hi Keisha, it's Olivia, Greyfinch's recruiting assistant! \U0001F60A\n\n"
              "Thanks for applying to Business Development Representative. I'd love to schedule your "
              "interview with our hiring team. Here are a few times that are open:\n\n"
              "  1) Tue 4/21 at 10:00 AM ET\n  2) Wed 4/22 at 1:30 PM ET\n  3) Thu 4/23 at 4:00 PM ET\n\n"
              "Reply with 1, 2 or 3, or pick another time here: https://greyfinch.paradox.example/s/11a02\n\n"
              "Olivia\n\nPowered by Paradox. Reply STOP to unsubscribe.\n"))),
    ("02-olivia-reminder.eml", mail(
        base_headers("Olivia at Greyfinch <olivia@greyfinch.paradox.example>",
                     "Still interested? Your interview isn't scheduled yet", d2,
                     "px-gf-11a02.2@greyfinch.paradox.example"),
        text=("Hi Keisha! Just checking in - I haven't heard back, so your interview for Business "
              "Development Representative isn't on the calendar yet. Those times are going fast! Choose a "
              "time here: https://greyfinch.paradox.example/s/11a02\n\nOlivia\n\nPowered by Paradox.\n"))),
], "hard", "negative/availability-request",
    "Conversational scheduler offers slots and reminds; the candidate never books -> no interview.")

# ---- 22 ModernLoop: she is the INTERVIEWER (peer panel for an SDR candidate at her job)
d1 = T(NY, 2026, 3, 18, 14, 45)
s22, e22 = T(NY, 2026, 3, 20, 11, 0), T(NY, 2026, 3, 20, 11, 45)
neg("22-modernloop-user-is-interviewer", [
    ("01-modernloop-interviewer-invite.eml", google_invite(
        "LedgerKite Recruiting", "recruiting@ledgerkite.example",
        "[Interview] Priya Shah - SDR - Peer Interview (Keisha Marlowe)", s22, e22,
        [("LedgerKite Recruiting", "recruiting@ledgerkite.example"),
         ("Grant Whitaker", "grant.whitaker@ledgerkite.example")],
        "You are scheduled as the INTERVIEWER.\nCandidate: Priya Shah\nRole: Sales Development Representative\n"
        "Focus area: cold-call role-play, coachability\nScorecard due within 24 hours in Greenhouse.\n"
        "Candidate resume: https://ledgerkite.modernloop.example/c/ps-4410/resume\n\nScheduled with ModernLoop",
        d1, "ml-intv-ps4410@google.example", "Eastern Time - New York", "America/New_York",
        "mlps4410peerkeisha", to=WORK, meet="lgk-peer-psh")),
], "hard", "negative/user-is-interviewer",
    "ModernLoop-scheduled interview at her current job where the owner is the interviewer of an SDR "
    "candidate (Google Meet invite to her work address, forwarded).")


def main():
    for d in os.listdir(HERE):
        if d.startswith(PFX) and os.path.isdir(os.path.join(HERE, d)):
            shutil.rmtree(os.path.join(HERE, d))
    for cid, items in CASES.items():
        os.makedirs(os.path.join(HERE, cid))
        for fn, data in items:
            if isinstance(data, (dict, list)):
                data = (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
            elif isinstance(data, str):
                data = data.encode("utf-8")
            with open(os.path.join(HERE, cid, fn), "wb") as fh:
                fh.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# blind94 labels (schema: /work/shared/eval/README.md). Generated by make_cases.py.\n")
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=100)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
