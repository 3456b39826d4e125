#!/usr/bin/env python3
"""Deterministic generator for the blind98 interview-detection set.

Rewrites every b98-* case folder and labels.yaml next to this file.
Only stdlib + PyYAML + zoneinfo.  All names, companies and domains are invented.
Run:  python make_cases.py
"""
import hashlib
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import default as DEFAULT_POLICY
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
LA = "America/Los_Angeles"

OWNER_NAME = "Dario Vukovic"
OWNER = "dario.vukovic@example.com"
OWNER_FULL = f"{OWNER_NAME} <{OWNER}>"

CASES = {}    # case_id -> list of (filename, bytes)
LABELS = {}   # case_id -> label dict


# --------------------------------------------------------------------------- helpers
def T(y, mo, d, h, mi, tz=LA):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


def iso(d):
    return d.isoformat() if d is not None else None


def hid(*parts, n=16):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()[:n]


def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, cur_len, limit = [], "", 0, 75
    for ch in line:
        b = len(ch.encode("utf-8"))
        if cur_len + b > limit:
            out.append(cur)
            cur, cur_len, limit = " ", 1, 75
        cur += ch
        cur_len += b
    out.append(cur)
    return "\r\n".join(out)


def ics_text(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


VTZ = {
    "America/Los_Angeles": [
        "BEGIN:VTIMEZONE", "TZID:America/Los_Angeles", "X-LIC-LOCATION:America/Los_Angeles",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "TZNAME:PST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "America/Denver": [
        "BEGIN:VTIMEZONE", "TZID:America/Denver", "X-LIC-LOCATION:America/Denver",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0600", "TZNAME:MDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0700", "TZNAME:MST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "Pacific Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Pacific Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE"],
    "W. Europe Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE"],
}
WIN2IANA = {"Pacific Standard Time": "America/Los_Angeles", "W. Europe Standard Time": "Europe/Berlin"}


def utcz(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def dtprop(name, d, tzid):
    if tzid is None:
        return f"{name}:{utcz(d)}"
    local = d.astimezone(ZoneInfo(WIN2IANA.get(tzid, tzid)))
    return f"{name};TZID={tzid}:{local.strftime('%Y%m%dT%H%M%S')}"


def attendee_line(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", google=True):
    extra = ";X-NUM-GUESTS=0" if google else ""
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;"
            f"CN={name}{extra}:mailto:{email}")


def vevent(uid, start, end, summary, stamp, organizer, attendees=(), description="", location="",
           seq=0, status="CONFIRMED", tzid=None, extra=(), google=True):
    L = ["BEGIN:VEVENT", dtprop("DTSTART", start, tzid), dtprop("DTEND", end, tzid),
         f"DTSTAMP:{utcz(stamp)}"]
    if organizer:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    for a in attendees:
        L.append(attendee_line(*a, google=google))
    L += [f"CREATED:{utcz(stamp)}", f"DESCRIPTION:{ics_escape(description)}",
          f"LAST-MODIFIED:{utcz(stamp)}", f"LOCATION:{ics_escape(location)}", f"SEQUENCE:{seq}",
          f"STATUS:{status}", f"SUMMARY:{ics_escape(summary)}", "TRANSP:OPAQUE"]
    L += list(extra)
    L.append("END:VEVENT")
    return L


def vcal(events, method="REQUEST", prodid="-//Google Inc//Google Calendar 70.9054//EN", tzids=()):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    for t in tzids:
        L += VTZ[t]
    for e in events:
        L += e
    L.append("END:VCALENDAR")
    return ics_text(L)


def received(date, host, ip, to=OWNER):
    return (f"from {host} ({host}. [{ip}]) by mx.example.com with ESMTPS id "
            f"{hid(date, host, n=12)} for <{to}>; {format_datetime(date)}")


def new_msg(case, idx, date, frm, to, subject, *, cc=None, reply_to=None, sender=None,
            in_reply_to=None, references=None, msgid_domain="mail.example", extra_headers=(),
            host="mail-out.mail.example", ip="198.51.100.23", delivered_to=OWNER):
    m = EmailMessage()
    m["Delivered-To"] = delivered_to
    m["Received"] = received(date + timedelta(seconds=2), host, ip, delivered_to)
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
    m["Message-ID"] = f"<{hid(case, idx, 'mid', n=24)}@{msgid_domain}>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in extra_headers:
        m[k] = v
    return m


def mid(case, idx, domain="mail.example"):
    return f"<{hid(case, idx, 'mid', n=24)}@{domain}>"


def fix_boundaries(msg, case, idx):
    n = 0
    for part in msg.walk():
        if part is not msg and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.is_multipart():
            part.set_boundary(f"b98_{hid(case, idx, n, n=20)}")
            n += 1
    return msg


def add_eml(case, idx, name, msg):
    fix_boundaries(msg, case, idx)
    CASES.setdefault(case, []).append((f"{idx:02d}-{name}.eml", msg.as_bytes(policy=DEFAULT_POLICY)))


def add_file(case, idx, name, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    CASES.setdefault(case, []).append((f"{idx:02d}-{name}", data))


def html_wrap(body_html, font="Arial,Helvetica,sans-serif"):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            f"<body><div style=\"font-family:{font};font-size:14px\">{body_html}</div></body></html>\n")


def p(text):
    import html as _h
    return "".join(f"<p>{_h.escape(par).replace(chr(10), '<br>')}</p>\n" for par in text.strip().split("\n\n"))


def google_invite(case, idx, name, *, date, organizer, attendees, start, end, summary, description,
                  location="", uid=None, seq=0, subject_prefix="Invitation", method="REQUEST",
                  status="CONFIRMED", reply_to=None, tzname="Pacific Time - Los Angeles", tz=LA,
                  meet="https://meet.google.com/abc-defg-hij"):
    uid = uid or f"{hid(case, idx, 'uid', n=26)}@google.com"
    ls, le = start.astimezone(ZoneInfo(tz)), end.astimezone(ZoneInfo(tz))
    def hm(d):
        s = d.strftime("%I:%M%p").lstrip("0").lower()
        return s.replace(":00", "")
    when = f"{ls.strftime('%a %b')} {ls.day}, {ls.year} {hm(ls)} - {hm(le)} ({ls.tzname()})"
    subj = f"{subject_prefix}: {summary} @ {when} ({OWNER})"
    guests = "\n".join(f"{n}{' - organizer' if e == organizer[1] else ''}\n{e}" for n, e in
                       [organizer] + [(n, e) for n, e in attendees if e != organizer[1]])
    text = (f"{summary}\n{ls.strftime('%A %b')} {ls.day}, {ls.year} \u22c5 {hm(ls)} \u2013 {hm(le)}\n{tzname}\n\n"
            + (f"Join with Google Meet\n{meet}\n\n" if meet else "")
            + (f"Location\n{location}\n\n" if location else "")
            + f"Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n{guests}\n{OWNER}\n\n"
            + f"{description}\n\n"
            + "~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            + "You are receiving this email because you are an attendee on the event.\n")
    html_body = html_wrap(p(text), font="Roboto,Helvetica,Arial,sans-serif")
    att = [(organizer[0], organizer[1], "ACCEPTED")] + [(n, e, "NEEDS-ACTION") for n, e in attendees
                                                       if e != organizer[1]]
    att.append((OWNER, OWNER, "NEEDS-ACTION"))
    desc = description + (f"\n\nJoin with Google Meet: {meet}" if meet else "")
    ev = vevent(uid, start, end, summary, date, organizer, att, desc, location, seq=seq, status=status,
                extra=([f"X-GOOGLE-CONFERENCE:{meet}"] if meet else []) +
                ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                 "TRIGGER:-P0DT0H10M0S", "END:VALARM"])
    cal = vcal([ev], method=method)
    m = new_msg(case, idx, date, f"{organizer[0]} <{organizer[1]}>", OWNER, subj,
                reply_to=reply_to or f"{organizer[0]} <{organizer[1]}>",
                sender="Google Calendar <calendar-notification@google.example>",
                msgid_domain="google.example", host="mail-sor-f41.google.example", ip="192.0.2.41")
    m.set_content(text, cte="base64")
    m.add_alternative(html_body, subtype="html", cte="quoted-printable")
    m.add_alternative(cal, subtype="calendar", params={"method": method})
    m.add_attachment(cal.encode(), maintype="application", subtype="ics",
                     filename="invite.ics")
    add_eml(case, idx, name, m)
    return uid


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


def check_weekday(d, name):
    assert d.strftime("%A") == name, (d, name)


# --------------------------------------------------------------------------- cases
def case01():
    c = "b98-01-orcaline-recruiter-screen-thread-pst-in-march"
    maren = ("Maren Foss", "maren.foss@orcaline.example")
    sig = ("Maren Foss\nSenior Technical Recruiter | Orcaline Systems\nm: +1 (206) 555-0143\n"
           "1120 Western Ave, Suite 900, Seattle, WA 98101\norcaline.example/careers")
    d1 = T(2026, 3, 9, 10, 12)
    m = new_msg(c, 1, d1, f"{maren[0]} <{maren[1]}>", OWNER_FULL,
                "Orcaline - Senior Software Engineer, Storage Platform", msgid_domain="orcaline.example")
    m.set_content(f"""Hi Dario,

Thanks for applying to the Senior Software Engineer role on our Storage Platform team - your
background with LSM-tree compaction caught the hiring team's eye.

I'd love to set up a 30 min intro call to tell you more about the team and hear what you're
looking for. I'm pretty open Wed afternoon, or Thu any time after 4. Would either work?

Best,
{sig}
""")
    add_eml(c, 1, "orcaline-intro", m)
    d2 = T(2026, 3, 9, 11, 40)
    m = new_msg(c, 2, d2, OWNER_FULL, f"{maren[0]} <{maren[1]}>",
                "Re: Orcaline - Senior Software Engineer, Storage Platform",
                in_reply_to=mid(c, 1, "orcaline.example"), msgid_domain="mail.example")
    m.set_content(f"""Hi Maren,

Thanks for reaching out! Thursday works best for me - would 4:30 be ok?

Dario

On Mon, Mar 9, 2026 at 10:12 AM Maren Foss <{maren[1]}> wrote:
> Hi Dario,
>
> I'd love to set up a 30 min intro call to tell you more about the team and hear what you're
> looking for. I'm pretty open Wed afternoon, or Thu any time after 4. Would either work?
""")
    add_eml(c, 2, "re-orcaline-intro", m)
    d3 = T(2026, 3, 9, 13, 5)
    m = new_msg(c, 3, d3, f"{maren[0]} <{maren[1]}>", OWNER_FULL,
                "Re: Orcaline - Senior Software Engineer, Storage Platform",
                in_reply_to=mid(c, 2, "mail.example"),
                references=f"{mid(c, 1, 'orcaline.example')} {mid(c, 2, 'mail.example')}",
                msgid_domain="orcaline.example")
    m.set_content(f"""Perfect - you're locked in: Thu 3/12 @ 4:30p PST, 30 min. I'll call you on the
number on your resume (ending -7719). If anything changes just reply here.

Talk soon!
{sig}

On Mon, Mar 9, 2026 at 11:40 AM Dario Vukovic <{OWNER}> wrote:
> Hi Maren,
>
> Thanks for reaching out! Thursday works best for me - would 4:30 be ok?
>
> Dario
""")
    add_eml(c, 3, "re-re-orcaline-intro", m)
    s = T(2026, 3, 12, 16, 30)
    check_weekday(s, "Thursday")
    label(c, [iv("Orcaline Systems", "Senior Software Engineer, Storage Platform", s, s + timedelta(minutes=30),
                 "scheduled", [maren[1]], [maren[1]], "phone_screen")],
          "medium", "positive/thread-propose-confirm",
          "Recruiter screen agreed in a plain-text thread; 'Thu 3/12 @ 4:30p PST' is written PST but Mar 12 "
          "is after the Mar 8 US DST switch, so Pacific local time is -07:00. Recruiter conducts the call.")


def case02():
    c = "b98-02-cirrusgate-portal-virtual-onsite-itinerary-bar-raiser"
    coord = ("Jolene Pryce", "jpryce@cirrusgate.example")
    day = (2026, 4, 14)
    sess = [
        ("Coding 1 (data structures)", 9, 0, 45, ("Hyun-woo Sandoval", "hsandoval@cirrusgate.example"), "Senior Software Engineer, Object Storage"),
        ("System Design", 10, 0, 45, ("Ifeoma Larsson", "ilarsson@cirrusgate.example"), "Principal Engineer"),
        ("Coding 2 (problem solving)", 11, 0, 45, ("Tobias Ferreira-Lund", "tferreiralund@cirrusgate.example"), "Software Engineer II"),
        ("Leadership Principles - Bar Raiser", 12, 30, 45, ("Greta Okafor-Hale", "gokaforhale@cirrusgate.example"), "Senior Manager, Bar Raiser"),
        ("Hiring Manager conversation", 13, 30, 45, ("Ravi Castellanos", "rcastellanos@cirrusgate.example"), "Software Development Manager"),
    ]
    d1 = T(2026, 4, 2, 9, 3)
    m = new_msg(c, 1, d1, "Cirrusgate Careers <no-reply@candidates.cirrusgate.example>", OWNER,
                "There's an update on your Cirrusgate application", msgid_domain="candidates.cirrusgate.example")
    m.set_content("""Hello Dario,

There is a new update on your application for Senior Software Engineer, Cloud Storage (Req 2931847).

Please sign in to the Cirrusgate Candidate Portal to view it:
https://candidates.cirrusgate.example/portal/applications/2931847

This mailbox is not monitored. Please do not reply to this message.

Cirrusgate Talent Acquisition
Cirrusgate, Inc. - 400 Lenora St, Seattle, WA 98121
""")
    m.add_alternative(html_wrap(p("""Hello Dario,

There is a new update on your application for Senior Software Engineer, Cloud Storage (Req 2931847).

Sign in to the Cirrusgate Candidate Portal to view it.

This mailbox is not monitored. Please do not reply to this message.""")), subtype="html")
    add_eml(c, 1, "portal-update", m)

    d2 = T(2026, 4, 2, 14, 21)
    rows, rows_t, events = [], [], []
    for i, (title, h, mi, dur, (nm, em), ttl) in enumerate(sess):
        s = T(*day, h, mi)
        e = s + timedelta(minutes=dur)
        rng = f"{s.strftime('%I:%M').lstrip('0')} - {e.strftime('%I:%M %p').lstrip('0')}"
        rows.append(f"<tr><td>{rng} PT</td><td>{title}</td><td>{nm}, {ttl}</td></tr>")
        rows_t.append(f"{rng} PT | {title} | {nm}, {ttl}")
        if i == 2:
            rows.append("<tr><td>11:45 - 12:30 PM PT</td><td>Lunch break</td><td>-</td></tr>")
            rows_t.append("11:45 - 12:30 PM PT | Lunch break | -")
        events.append(vevent(f"cg-{hid(c, i, n=12)}@cirrusgate.example", s, e,
                             f"Cirrusgate Interview - {title} - Dario Vukovic", d2, coord,
                             [(nm, em, "ACCEPTED"), ("Dario Vukovic", OWNER, "NEEDS-ACTION")],
                             f"Interviewer: {nm} ({ttl})\nJoin: https://chime.cirrusgate.example/loop/{hid(c, i, n=10)}",
                             "Cirrusgate Chime (virtual)", tzid=LA))
    cal = vcal(events, method="REQUEST", prodid="-//Cirrusgate//Candidate Scheduling 4.2//EN",
               tzids=["America/Los_Angeles"])
    text = ("Hi Dario,\n\nCongratulations on moving forward to the virtual onsite (\"loop\") for Senior Software "
            "Engineer, Cloud Storage! Your schedule for Tuesday, April 14, 2026 is below. All times are "
            "Pacific.\n\n" + "\n".join(rows_t) +
            "\n\nEach session has its own Chime link in the attached calendar file. The bar raiser is an "
            "interviewer from outside the hiring team - nothing special to prepare. Please test Chime "
            "beforehand and have a code editor you like ready for the coding rounds.\n\nIf you need "
            "accommodations, reply to me directly.\n\nBest,\nJolene Pryce\nRecruiting Coordinator, Cirrusgate\n")
    html = html_wrap(p("Hi Dario,\n\nCongratulations on moving forward to the virtual onsite (\"loop\") for Senior "
                       "Software Engineer, Cloud Storage! Your schedule for Tuesday, April 14, 2026 is below. "
                       "All times are Pacific.") +
                     "<table border=\"1\" cellpadding=\"4\"><tr><th>Time</th><th>Session</th><th>Interviewer</th></tr>"
                     + "".join(rows) + "</table>" +
                     p("Each session has its own Chime link in the attached calendar file. The bar raiser is an "
                       "interviewer from outside the hiring team - nothing special to prepare.\n\nBest,\n"
                       "Jolene Pryce\nRecruiting Coordinator, Cirrusgate"))
    m = new_msg(c, 2, d2, f"{coord[0]} <{coord[1]}>", OWNER_FULL,
                "Your Cirrusgate virtual onsite itinerary - Tue, Apr 14", msgid_domain="cirrusgate.example")
    m.set_content(html, subtype="html", cte="quoted-printable")
    m.add_attachment(cal.encode(), maintype="text", subtype="calendar", filename="Cirrusgate_Loop_Apr14.ics")
    add_eml(c, 2, "loop-itinerary", m)

    d3 = T(2026, 4, 13, 16, 48)
    m = new_msg(c, 3, d3, "Sameer Watts <swatts@cirrusgate.example>", OWNER_FULL,
                "Good luck tomorrow!", cc=f"{coord[0]} <{coord[1]}>", msgid_domain="cirrusgate.example")
    m.set_content("""Hey Dario - just wanted to wish you luck for tomorrow's loop. Remember to think out loud
and use STAR for the behavioral parts. I'll reach out by end of next week with feedback.

Sameer
Sameer Watts | Technical Recruiter, Cirrusgate
""")
    add_eml(c, 3, "good-luck", m)
    s0 = T(*day, 9, 0)
    check_weekday(s0, "Tuesday")
    label(c, [iv("Cirrusgate", "Senior Software Engineer, Cloud Storage", s0, T(*day, 14, 15), "scheduled",
                 [x[4][1] for x in sess], [x[4][1] for x in sess], "onsite")],
          "hard", "positive/onsite-loop-itinerary",
          "Generic portal no-reply + coordinator HTML itinerary with one .ics holding 5 VEVENTs (incl. bar "
          "raiser) + recruiter good-luck note. One onsite 09:00-14:15 PDT with lunch gap; coordinator and "
          "recruiter do not interview.")


def case03():
    c = "b98-03-halyard-modernloop-loop-one-session-rescheduled"
    coord = ("Tamsin Oduya", "tamsin.oduya@halyarddata.example")
    frm = "Halyard Data Recruiting <scheduling@mail.modernloop.example>"
    day = (2026, 4, 23)
    sess = {
        "s1": ("Coding (CoderPad)", (10, 0), (11, 0), ("Wendell Achebe", "wendell.achebe@halyarddata.example"), "Senior Software Engineer"),
        "s2": ("System Design", (11, 0), (12, 0), ("Paz Lindqvist", "paz.lindqvist@halyarddata.example"), "Staff Software Engineer"),
        "s3": ("Architecture Deep Dive", (13, 0), (14, 0), ("Kiri Matsuda-Grant", "kiri.matsudagrant@halyarddata.example"), "Principal Engineer"),
        "s4": ("Hiring Manager", (14, 0), (14, 45), ("Beatriz Oyelowo", "beatriz.oyelowo@halyarddata.example"), "Engineering Manager, Query Engine"),
    }
    d1 = T(2026, 4, 15, 11, 2)
    lines = "\n".join(f"- {v[0]}: {T(*day, *v[1]).strftime('%-I:%M %p')} - {T(*day, *v[2]).strftime('%-I:%M %p')} PDT with {v[3][0]} ({v[4]})"
                      for v in sess.values())
    m = new_msg(c, 1, d1, frm, OWNER, "Your interview schedule with Halyard Data - Thursday, April 23",
                reply_to=f"{coord[0]} <{coord[1]}>", msgid_domain="mail.modernloop.example")
    txt = f"""Hi Dario,

Your final round interviews for Senior Software Engineer, Query Engine are confirmed for
Thursday, April 23, 2026. You'll receive a separate calendar invitation for each session.

{lines}

All sessions are on Zoom; the coding session uses CoderPad (https://app.coderpad.example/HD-7KQ2M).
There is a one-hour break from 12:00 to 1:00 PM.

Questions? Reply to this email to reach {coord[0]}, your recruiting coordinator.

Sent by ModernLoop on behalf of Halyard Data
"""
    m.set_content(txt)
    m.add_alternative(html_wrap(p(txt)), subtype="html")
    add_eml(c, 1, "modernloop-schedule", m)
    uids = {}
    for i, (k, v) in enumerate(sess.items(), start=2):
        s, e = T(*day, *v[1]), T(*day, *v[2])
        dd = d1 + timedelta(minutes=i)
        uid = f"ml-{hid(c, k, n=20)}@modernloop.example"
        uids[k] = uid
        cal = vcal([vevent(uid, s, e, f"Halyard Data Interview: {v[0]} - Dario Vukovic", dd, coord,
                           [(v[3][0], v[3][1], "ACCEPTED"), ("Dario Vukovic", OWNER, "NEEDS-ACTION")],
                           f"Interviewer: {v[3][0]}, {v[4]}\nZoom: https://halyard.zoom.example/j/8{hid(k, n=9)}",
                           f"https://halyard.zoom.example/j/8{hid(k, n=9)}")],
                   prodid="-//ModernLoop//Scheduler//EN")
        m = new_msg(c, i, dd, frm, OWNER, f"Invitation: Halyard Data Interview: {v[0]} @ Thu Apr 23, 2026",
                    reply_to=f"{coord[0]} <{coord[1]}>", msgid_domain="mail.modernloop.example")
        m.set_content(f"Halyard Data Interview: {v[0]}\nThursday, April 23, 2026 "
                      f"{s.strftime('%-I:%M %p')} - {e.strftime('%-I:%M %p')} (Pacific Time)\n"
                      f"Interviewer: {v[3][0]} ({v[4]})\n\nSent by ModernLoop on behalf of Halyard Data\n")
        m.add_alternative(cal, subtype="calendar", params={"method": "REQUEST"})
        m.add_attachment(cal.encode(), maintype="application", subtype="ics", filename="invite.ics")
        add_eml(c, i, f"invite-{k}", m)
    # reschedule of System Design only
    v = sess["s2"]
    ns, ne = T(*day, 15, 0), T(*day, 16, 0)
    d6 = T(2026, 4, 20, 9, 37)
    cal = vcal([vevent(uids["s2"], ns, ne, f"Halyard Data Interview: {v[0]} - Dario Vukovic", d6, coord,
                       [(v[3][0], v[3][1], "ACCEPTED"), ("Dario Vukovic", OWNER, "NEEDS-ACTION")],
                       f"Interviewer: {v[3][0]}, {v[4]}\nUPDATED: moved to 3:00 PM due to an interviewer conflict.",
                       "https://halyard.zoom.example/j/8" + hid("s2", n=9), seq=1)],
               prodid="-//ModernLoop//Scheduler//EN")
    m = new_msg(c, 6, d6, frm, OWNER,
                "Updated invitation: Halyard Data Interview: System Design @ Thu Apr 23, 2026 3pm - 4pm (PDT)",
                reply_to=f"{coord[0]} <{coord[1]}>", msgid_domain="mail.modernloop.example")
    m.set_content("""Hi Dario,

One change to your Thursday schedule: Paz had a conflict come up, so your System Design session has moved
from 11:00 AM to 3:00 - 4:00 PM PDT (same day, after your hiring manager chat). Everything else stays
as is - you'll now have a longer break between 11:00 and 1:00.

Sorry for the shuffle!
Tamsin

Sent by ModernLoop on behalf of Halyard Data
""")
    m.add_alternative(cal, subtype="calendar", params={"method": "REQUEST"})
    m.add_attachment(cal.encode(), maintype="application", subtype="ics", filename="invite.ics")
    add_eml(c, 6, "updated-invite-s2", m)
    ivs = [v[3][1] for v in sess.values()]
    check_weekday(ns, "Thursday")
    label(c, [iv("Halyard Data", "Senior Software Engineer, Query Engine", T(*day, 10, 0), ne, "scheduled",
                 ivs, ivs, "onsite")],
          "hard", "positive/onsite-loop-reschedule-one-session",
          "ModernLoop schedule + 4 per-session invites; the System Design session is moved (SEQUENCE 1) from "
          "11:00 to 15:00-16:00 the same day, so the one onsite now runs 10:00-16:00 PDT.")


def case04():
    c = "b98-04-brightwater-goodtime-loop-then-hm-chat-next-week"
    coord = ("Priscilla Nakamura-Hoyt", "priscilla.nh@brightwaterlabs.example")
    hm = ("Daniel Esquivel", "daniel.esquivel@brightwaterlabs.example")
    panel = [("Anouk Brandt", "anouk.brandt@brightwaterlabs.example", "Staff Engineer", (13, 0), (13, 45), "Coding"),
             ("Lucas Whitcombe", "lucas.whitcombe@brightwaterlabs.example", "Senior Engineer", (13, 45), (14, 30), "System Design"),
             ("Mireille Zhou", "mireille.zhou@brightwaterlabs.example", "Engineering Manager", (14, 45), (15, 30), "Collaboration & Values")]
    day = (2026, 5, 12)
    d1 = T(2026, 5, 5, 15, 30)
    s, e = T(*day, 13, 0), T(*day, 15, 30)
    rows = "\n".join(f"{T(*day, *a).strftime('%-I:%M')}-{T(*day, *b).strftime('%-I:%M %p')}  {t} - {n}, {ttl}"
                     for n, _, ttl, a, b, t in panel)
    txt = f"""Hi Dario,

Your Brightwater Labs virtual interview is confirmed.

Role: Senior Software Engineer - Platform
Date: Tuesday, May 12, 2026
Time: 1:00 PM - 3:30 PM Pacific Daylight Time

{rows}

Join: https://brightwaterlabs.zoom.example/j/93120055811

Need to make a change? Reply to this email and {coord[0]} will help.

Powered by GoodTime
"""
    cal = vcal([vevent(f"gt-{hid(c, 'loop', n=20)}@goodtime.example", s, e,
                       "Brightwater Labs Interview - Dario Vukovic (Senior Software Engineer - Platform)", d1,
                       ("Brightwater Labs Recruiting", "recruiting-calendar@brightwaterlabs.example"),
                       [(n, em, "ACCEPTED") for n, em, *_ in panel] + [("Dario Vukovic", OWNER, "NEEDS-ACTION")],
                       "Interviewers:\n" + rows, "https://brightwaterlabs.zoom.example/j/93120055811",
                       tzid=LA)], prodid="-//GoodTime.io//Scheduling//EN", tzids=["America/Los_Angeles"])
    m = new_msg(c, 1, d1, "Brightwater Labs <notifications@goodtime.example>", OWNER,
                "Interview Confirmation: Brightwater Labs - Tuesday, May 12", reply_to=f"{coord[0]} <{coord[1]}>",
                msgid_domain="goodtime.example")
    m.set_content(txt)
    m.add_alternative(html_wrap(p(txt)), subtype="html")
    m.add_attachment(cal.encode(), maintype="text", subtype="calendar", filename="interview.ics",
                     params={"method": "REQUEST"})
    add_eml(c, 1, "goodtime-confirmation", m)
    d2 = T(2026, 5, 13, 10, 14)
    m = new_msg(c, 2, d2, f"{coord[0]} <{coord[1]}>", OWNER_FULL, "Next step with Brightwater Labs",
                msgid_domain="brightwaterlabs.example")
    m.set_content(f"""Hi Dario,

Thanks for spending your afternoon with us yesterday - the team really enjoyed it. {hm[0]}, our Director
of Engineering for Platform, would like to have a 30 minute conversation with you next week to talk about
scope and the team's roadmap. Does Tuesday at noon work? Otherwise send me a couple of windows.

Priscilla Nakamura-Hoyt
Recruiting Coordinator, Brightwater Labs
Tel. 425-555-0188
""")
    add_eml(c, 2, "next-step", m)
    d3 = T(2026, 5, 13, 12, 2)
    m = new_msg(c, 3, d3, OWNER_FULL, f"{coord[0]} <{coord[1]}>", "Re: Next step with Brightwater Labs",
                in_reply_to=mid(c, 2, "brightwaterlabs.example"))
    m.set_content(f"""Hi Priscilla,

Glad to hear it! Tuesday at noon is great.

Thanks,
Dario

On Wed, May 13, 2026 at 10:14 AM {coord[0]} <{coord[1]}> wrote:
> Does Tuesday at noon work? Otherwise send me a couple of windows.
""")
    add_eml(c, 3, "re-next-step", m)
    hs, he = T(2026, 5, 19, 12, 0), T(2026, 5, 19, 12, 30)
    google_invite(c, 4, "invitation-daniel", date=T(2026, 5, 13, 13, 20), organizer=hm,
                  attendees=[], start=hs, end=he,
                  summary="Dario Vukovic <> Daniel Esquivel (Brightwater Labs)",
                  description="Hiring manager conversation - Senior Software Engineer, Platform. Looking forward to it! -Daniel",
                  meet="https://meet.google.example/bwl-qrtx-vok")
    check_weekday(s, "Tuesday"); check_weekday(hs, "Tuesday")
    pan = [x[1] for x in panel]
    label(c, [iv("Brightwater Labs", "Senior Software Engineer - Platform", s, e, "scheduled", pan, pan, "onsite"),
              iv("Brightwater Labs", "Senior Software Engineer - Platform", hs, he, "scheduled", [hm[1]], [hm[1]],
                 "hiring_manager")],
          "hard", "positive/two-interviews",
          "GoodTime loop (3 sessions, one block 13:00-15:30 PDT, organizer is a group calendar) and a hiring-"
          "manager chat the following Tuesday at noon agreed by e-mail and sent as a Google invite.")


def case05():
    c = "b98-05-vastlake-team-matching-call-gcal-json"
    rec = ("Lorna Achterberg", "lachterberg@vastlake.example")
    mgr = ("Halvard Mbeki", "hmbeki@vastlake.example")
    d1 = T(2026, 5, 28, 9, 15)
    m = new_msg(c, 1, d1, f"{rec[0]} <{rec[1]}>", OWNER_FULL, "Vastlake - team matching next steps",
                msgid_domain="vastlake.example")
    m.set_content(f"""Hi Dario,

Great news - the hiring committee approved you at the Senior (L5) level! The next step is team
matching. These conversations are two-way: the manager wants to see whether your experience fits
their team, and you get to decide whether the team fits you. Managers do give feedback to the
committee after the call, so treat it like a real conversation, not a formality.

First up is {mgr[0]}, who manages Ads Delivery Infrastructure. I've put 30 minutes on your calendar
for Wednesday June 3rd at 2pm PT ({mgr[1]} is on the invite).

Cheers,
Lorna
--
Lorna Achterberg | Senior Recruiter, Engineering | Vastlake
""")
    add_eml(c, 1, "team-matching-next-steps", m)
    s, e = T(2026, 6, 3, 14, 0), T(2026, 6, 3, 14, 30)
    ev = {
        "kind": "calendar#event", "etag": "\"3391047720518000\"", "id": "k2v7tm0o9x4hqbd1ld3s6n8a5c",
        "status": "confirmed",
        "htmlLink": "https://www.google.example/calendar/event?eid=azJ2N3RtMG85eDRocWJkMWxkM3M2bjhhNWM",
        "created": "2026-05-28T16:20:11.000Z", "updated": "2026-05-28T16:22:48.104Z",
        "summary": "Team match: Dario Vukovic / Ads Delivery Infra (Halvard)",
        "description": "Team matching conversation for Senior Software Engineer (L5). Halvard will share what the team owns and ask about your past projects.",
        "creator": {"email": rec[1], "displayName": rec[0]},
        "organizer": {"email": rec[1], "displayName": rec[0]},
        "start": {"dateTime": iso(s), "timeZone": LA},
        "end": {"dateTime": iso(e), "timeZone": LA},
        "iCalUID": "k2v7tm0o9x4hqbd1ld3s6n8a5c@google.com", "sequence": 0,
        "attendees": [
            {"email": rec[1], "displayName": rec[0], "organizer": True, "responseStatus": "accepted", "optional": True},
            {"email": mgr[1], "displayName": mgr[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"}],
        "hangoutLink": "https://meet.google.example/vlk-tmch-ozd",
        "reminders": {"useDefault": True}, "eventType": "default"}
    add_file(c, 2, "team-match-halvard.gcal.json", json.dumps(ev, indent=2) + "\n")
    check_weekday(s, "Wednesday")
    label(c, [iv("Vastlake", "Senior Software Engineer (L5)", s, e, "scheduled", [mgr[1]], [mgr[1]],
                 "hiring_manager")],
          "medium", "positive/team-matching-gcal-json",
          "Post-loop team-matching call with a hiring manager (an interview); recruiter is organizer/optional "
          "and does not interview. Mail + Calendar API event are one interview.")


def case06():
    c = "b98-06-ferrotype-lever-onsite-cancelled-req-closed"
    rec = ("Wynona Castellane", "wynona@ferrotype.example")
    panel = [("Arvid Thorsen", "arvid.thorsen@ferrotype.example"),
             ("Keziah Obuya", "keziah.obuya@ferrotype.example"),
             ("Matteo Reinholt", "matteo.reinholt@ferrotype.example")]
    s, e = T(2026, 4, 27, 9, 30, "America/Denver"), T(2026, 4, 27, 13, 30, "America/Denver")
    d1 = T(2026, 4, 14, 12, 5)
    uid = f"lever-{hid(c, n=20)}@lever.example"
    cal = vcal([vevent(uid, s, e, "Ferrotype Cloud - Virtual Onsite - Dario Vukovic", d1, rec,
                       [(n, em, "ACCEPTED") for n, em in panel] + [("Dario Vukovic", OWNER, "NEEDS-ACTION")],
                       "Virtual onsite for Senior Backend Engineer (Compute). Panel: Arvid Thorsen, Keziah Obuya, Matteo Reinholt.",
                       "Google Meet", tzid="America/Denver")],
               prodid="-//Lever//Interview Scheduling//EN", tzids=["America/Denver"])
    m = new_msg(c, 1, d1, f"{rec[0]} <no-reply@hire.lever.example>", OWNER,
                "Interview confirmed: Ferrotype Cloud - Senior Backend Engineer (Compute)",
                reply_to=f"{rec[0]} <{rec[1]}>", msgid_domain="hire.lever.example")
    txt = """Hi Dario,

Your virtual onsite with Ferrotype Cloud is confirmed for Monday, April 27, 2026,
9:30 AM - 1:30 PM MT (8:30 AM - 12:30 PM PT). You'll meet Arvid Thorsen (Director of Engineering),
Keziah Obuya (Senior Engineer) and Matteo Reinholt (Staff Engineer), with a short break in the middle.

A calendar invitation is attached.

Wynona Castellane
Talent Partner, Ferrotype Cloud
1600 Wynkoop St, Denver, CO 80202
"""
    m.set_content(txt)
    m.add_alternative(html_wrap(p(txt)), subtype="html")
    m.add_attachment(cal.encode(), maintype="text", subtype="calendar", filename="invite.ics",
                     params={"method": "REQUEST"})
    add_eml(c, 1, "lever-interview-confirmed", m)
    d2 = T(2026, 4, 21, 17, 40)
    m = new_msg(c, 2, d2, f"{rec[0]} <{rec[1]}>", OWNER_FULL,
                "Update on your Ferrotype Cloud onsite", msgid_domain="ferrotype.example")
    m.set_content("""Hi Dario,

I'm really sorry to be writing this. As of this afternoon the Senior Backend Engineer (Compute) req
has been closed - the team is being folded into another org and headcount was frozen. That means
we have to cancel your onsite next Monday (April 27). You'll see the calendar cancellation shortly.

This has nothing to do with you - the feedback from your phone screen was excellent and I'd love to
reach out if a similar role opens up.

Wynona
""")
    add_eml(c, 2, "update-onsite", m)
    d3 = T(2026, 4, 21, 17, 44)
    cal = vcal([vevent(uid, s, e, "Canceled: Ferrotype Cloud - Virtual Onsite - Dario Vukovic", d3, rec,
                       [(n, em, "ACCEPTED") for n, em in panel] + [("Dario Vukovic", OWNER, "ACCEPTED")],
                       "This interview has been canceled.", "Google Meet", seq=1, status="CANCELLED",
                       tzid="America/Denver")],
               method="CANCEL", prodid="-//Lever//Interview Scheduling//EN", tzids=["America/Denver"])
    m = new_msg(c, 3, d3, f"{rec[0]} <no-reply@hire.lever.example>", OWNER,
                "Interview canceled: Ferrotype Cloud - Senior Backend Engineer (Compute)",
                reply_to=f"{rec[0]} <{rec[1]}>", msgid_domain="hire.lever.example")
    m.set_content("Your interview on Monday, April 27, 2026 at 9:30 AM MDT has been canceled.\n")
    m.add_attachment(cal.encode(), maintype="text", subtype="calendar", filename="cancel.ics",
                     params={"method": "CANCEL"})
    add_eml(c, 3, "lever-interview-canceled", m)
    check_weekday(s, "Monday")
    pan = [x[1] for x in panel]
    label(c, [iv("Ferrotype Cloud", "Senior Backend Engineer (Compute)", s, e, "cancelled", pan, pan, "onsite")],
          "medium", "positive/cancellation",
          "Lever onsite 09:30-13:30 MDT (Denver) cancelled because the req was closed (e-mail + METHOD:CANCEL).")


def exchange_invite(case, idx, name, *, date, organizer, attendees, start, end, subject, when_label,
                    body_text, uid, tzid, seq=0, method="REQUEST", status="CONFIRMED", busy="BUSY"):
    att = [(n, e, "NEEDS-ACTION") for n, e in attendees]
    ev = vevent(uid, start, end, subject.split(": ", 1)[-1] if method == "CANCEL" else subject, date,
                organizer, att, body_text, "Microsoft Teams Meeting", seq=seq, status=status, tzid=tzid,
                google=False,
                extra=["CLASS:PUBLIC", "PRIORITY:5", f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
                       f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}", "X-MICROSOFT-CDO-IMPORTANCE:1",
                       "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"])
    cal = vcal([ev], method=method, prodid="Microsoft Exchange Server 2010", tzids=[tzid])
    to = ", ".join(f"{n} <{e}>" for n, e in attendees)
    m = new_msg(case, idx, date, f"{organizer[0]} <{organizer[1]}>", to, subject,
                msgid_domain="prod.outlook.example", host="EUR05-AM6-obe.outbound.protection.outlook.example",
                ip="203.0.113.77",
                extra_headers=[("Thread-Topic", subject.split(": ", 1)[-1]), ("Accept-Language", "en-US"),
                               ("X-MS-Has-Attach", "")])
    txt = f"When: {when_label}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n{body_text}\n\n" \
          "________________________________________________________________________________\n" \
          "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n" \
          f"Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_{hid(uid, n=30)}%40thread.v2/0>\n" \
          f"Meeting ID: 3{int(hid(uid, n=6), 16) % 100:02d} 118 402 77\nPasscode: Qx7{hid(uid, n=3)}\n" \
          "________________________________________________________________________________\n"
    m.set_content(txt, cte="quoted-printable")
    m.add_alternative(html_wrap(p(txt), font="Aptos,Calibri,sans-serif"), subtype="html", cte="quoted-printable")
    m.add_alternative(cal, subtype="calendar", params={"method": method})
    m["Content-Language"] = "en-US"
    m["Content-class"] = "urn:content-classes:calendarmessage"
    add_eml(case, idx, name, m)


def case07():
    c = "b98-07-saltmarsh-munich-teams-uhr-cancelled-dst-gap"
    org = ("Friederike Albrecht", "f.albrecht@saltmarsh-robotics.example")
    ivs = [("Jonas Reinholt", "j.reinholt@saltmarsh-robotics.example"),
           ("Elif Kaya", "e.kaya@saltmarsh-robotics.example")]
    s = T(2026, 3, 25, 17, 0, "Europe/Berlin")
    e = s + timedelta(hours=1)
    uid = "040000008200E00074C5B7101A82E00800000000" + hid(c, n=32).upper()
    body = """Hallo Dario,

as discussed, here is the invite for your technical interview for the role Senior Software Engineer -
Fleet Backend. Jonas Reinholt (Head of Perception Platform) and Elif Kaya (Senior Backend Engineer) will
run the session: 30 min architecture discussion, 30 min on a problem from our fleet telemetry stack.

Termin: Mittwoch, 25. März, 17:00 Uhr (MEZ). Note that Germany switches to summer time only on
29 March, so this is 9:00 in Seattle.

Viele Grüße
Friederike Albrecht
People & Talent | Saltmarsh Robotics GmbH
Landsberger Str. 110, 80339 München | +49 89 5550 2210"""
    exchange_invite(c, 1, "teams-invite-technical", date=T(2026, 3, 18, 15, 12, "Europe/Berlin"),
                    organizer=org, attendees=[("Dario Vukovic", OWNER)] + ivs, start=s, end=e,
                    subject="Technical Interview - Dario Vukovic - Senior Software Engineer (Fleet Backend)",
                    when_label="Wednesday, March 25, 2026 5:00 PM-6:00 PM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.",
                    body_text=body, uid=uid, tzid="W. Europe Standard Time")
    body2 = """Hallo Dario,

leider müssen wir den Termin absagen - Jonas is out sick for the rest of the week and we don't want to
run the technical interview without him. We'll come back to you with new options once he's back.

Entschuldigung für die kurzfristige Änderung.
Friederike"""
    exchange_invite(c, 2, "teams-canceled", date=T(2026, 3, 24, 8, 51, "Europe/Berlin"),
                    organizer=org, attendees=[("Dario Vukovic", OWNER)] + ivs, start=s, end=e,
                    subject="Canceled: Technical Interview - Dario Vukovic - Senior Software Engineer (Fleet Backend)",
                    when_label="Wednesday, March 25, 2026 5:00 PM-6:00 PM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.",
                    body_text=body2, uid=uid, tzid="W. Europe Standard Time", seq=1, method="CANCEL",
                    status="CANCELLED", busy="FREE")
    check_weekday(s, "Wednesday")
    assert s.utcoffset() == timedelta(hours=1) and s.astimezone(ZoneInfo(LA)).hour == 9
    iv_e = [x[1] for x in ivs]
    label(c, [iv("Saltmarsh Robotics", "Senior Software Engineer (Fleet Backend)", s, e, "cancelled", iv_e, iv_e,
                 "technical")],
          "hard", "positive/cancellation",
          "Exchange/Teams invite (W. Europe Standard Time, '17:00 Uhr (MEZ)', in the US/EU DST gap = 09:00 PDT) "
          "then Exchange METHOD:CANCEL because an interviewer is ill; no new date. Organizer is a coordinator.")


def case08():
    c = "b98-08-tidewell-codesignal-live-pair-programming"
    rec = ("Noor Abernathy", "noor.abernathy@tidewell.example")
    ivr = ("Callum Reyes-Ibarra", "callum.reyesibarra@tidewell.example")
    s, e = T(2026, 4, 16, 13, 0), T(2026, 4, 16, 14, 0)
    d1 = T(2026, 4, 6, 14, 22)
    m = new_msg(c, 1, d1, f"{rec[0]} <{rec[1]}>", OWNER_FULL, "Tidewell: live coding round",
                cc=f"{ivr[0]} <{ivr[1]}>", msgid_domain="tidewell.example")
    m.set_content(f"""Hi Dario,

Thanks for the great chat last week! Next up is a 60-minute live pair-programming session with
{ivr[0]} (Staff Engineer, Reservations), cc'd here. It runs in CodeSignal's interview environment,
so you'll get a separate email from CodeSignal with the link - no need to install anything.

We have you down for Thursday, April 16 at 1pm PT. It's collaborative: Callum will pair with you on
a realistic problem from our booking engine. You can use any language CodeSignal supports.

Noor
--
Noor Abernathy (she/her)
Recruiting Lead, Tidewell | 2211 Elliott Ave, Seattle WA | 206.555.0172
""")
    add_eml(c, 1, "tidewell-live-coding", m)
    d2 = T(2026, 4, 6, 14, 31)
    cal = vcal([vevent(f"cs-{hid(c, n=18)}@codesignal.example", s, e,
                       "Tidewell - Live Interview with Callum Reyes-Ibarra", d2,
                       ("CodeSignal", "no-reply@codesignal.example"),
                       [("Callum Reyes-Ibarra", ivr[1], "ACCEPTED"), ("Dario Vukovic", OWNER, "NEEDS-ACTION")],
                       "Join your live interview: https://app.codesignal.example/live-interview/7f3c9a2e",
                       "https://app.codesignal.example/live-interview/7f3c9a2e")],
               prodid="-//CodeSignal//Interview//EN")
    m = new_msg(c, 2, d2, "CodeSignal <no-reply@codesignal.example>", OWNER,
                "Tidewell has scheduled a live interview with you", msgid_domain="codesignal.example")
    txt = """Hi Dario Vukovic,

Tidewell has invited you to a live coding interview on CodeSignal.

When: Thursday, April 16, 2026, 1:00 PM - 2:00 PM (PDT)
Interviewer: Callum Reyes-Ibarra
Join link: https://app.codesignal.example/live-interview/7f3c9a2e

Before your interview, check your setup: https://app.codesignal.example/system-check

This is an automated message from CodeSignal. Please contact the company directly with questions.
"""
    m.set_content(txt)
    m.add_alternative(html_wrap(p(txt)), subtype="html")
    m.add_attachment(cal.encode(), maintype="text", subtype="calendar", filename="interview.ics")
    add_eml(c, 2, "codesignal-live-interview", m)
    check_weekday(s, "Thursday")
    label(c, [iv("Tidewell", None, s, e, "scheduled", [ivr[1]], [ivr[1]], "technical")],
          "medium", "positive/vendor-live-coding",
          "CodeSignal live pair-programming (an interview, unlike a timed assessment); recruiter mail cc's the "
          "interviewer, CodeSignal no-reply notification + .ics duplicate it. Role not named precisely -> null.")


def case09():
    c = "b98-09-quillfish-paris-coderpad-thread-18h"
    bas = ("Bastien Lemaire", "bastien@quillfish.example")
    ines = ("Ines Garnier", "ines.garnier@quillfish.example")
    PAR = "Europe/Paris"
    d1 = T(2026, 4, 29, 10, 3, PAR)
    m = new_msg(c, 1, d1, f"{bas[0]} <{bas[1]}>", OWNER_FULL, "Quillfish - technical interview",
                msgid_domain="quillfish.example")
    m.set_content(f"""Hi Dario,

Bastien here, CTO at Quillfish. Claire told me your first call went well, so I'd like to do the
technical interview myself: one hour, pairing on CoderPad on something close to our sync engine.
No leetcode, promise.

Would Tuesday 12 May at 14h (Paris time) work for you?

Bastien

--
Bastien Lemaire - CTO, Quillfish
12 rue des Petites Ecuries, 75010 Paris - +33 1 55 50 41 07
""")
    add_eml(c, 1, "quillfish-tech-interview", m)
    d2 = T(2026, 4, 29, 8, 15)
    m = new_msg(c, 2, d2, OWNER_FULL, f"{bas[0]} <{bas[1]}>", "Re: Quillfish - technical interview",
                in_reply_to=mid(c, 1, "quillfish.example"))
    m.set_content(f"""Hi Bastien,

Sounds fun! One snag: 14h in Paris is 5am here in Seattle. Could we do the same day but later - say
18h your time (9am mine)?

Best,
Dario

Le mer. 29 avr. 2026 a 10:03, Bastien Lemaire <{bas[1]}> a ecrit :
> Would Tuesday 12 May at 14h (Paris time) work for you?
""")
    add_eml(c, 2, "re-quillfish", m)
    d3 = T(2026, 4, 29, 18, 47, PAR)
    m = new_msg(c, 3, d3, f"{bas[0]} <{bas[1]}>", OWNER_FULL, "Re: Quillfish - technical interview",
                cc=f"{ines[0]} <{ines[1]}>", in_reply_to=mid(c, 2),
                references=f"{mid(c, 1, 'quillfish.example')} {mid(c, 2)}", msgid_domain="quillfish.example")
    m.set_content(f"""Oops, sorry - of course. 18h works: Tuesday 12 May, 18h-19h Paris / 9-10am Seattle.
Ines (cc, our backend lead) will join as well and pair with us.

Pad: https://app.coderpad.example/QF-2R8XW
We'll talk over the CoderPad video, so nothing else needed.

A bientot,
Bastien

On Wed, Apr 29, 2026 at 8:15 AM Dario Vukovic <{OWNER}> wrote:
> Could we do the same day but later - say 18h your time (9am mine)?
""")
    add_eml(c, 3, "re-re-quillfish", m)
    s = T(2026, 5, 12, 18, 0, PAR)
    assert s.astimezone(ZoneInfo(LA)).hour == 9
    check_weekday(s, "Tuesday")
    label(c, [iv("Quillfish", None, s, s + timedelta(hours=1), "scheduled", [bas[1], ines[1]], [bas[1], ines[1]],
                 "technical")],
          "medium", "positive/thread-propose-confirm",
          "Founder/CTO thread: 14h Paris proposed, moved to 18h Paris (CEST +02:00 = 09:00 PDT) before booking; "
          "CoderPad pairing with CTO and cc'd backend lead. No role stated.")


def case10():
    c = "b98-10-emberlight-london-greenhouse-hm-gmt-dst-gap"
    coord = ("Fenella Marsh", "fenella.marsh@emberlight.example")
    LON = "Europe/London"
    s, e = T(2026, 3, 17, 16, 30, LON), T(2026, 3, 17, 17, 15, LON)
    d1 = T(2026, 3, 10, 11, 5, LON)
    cal = vcal([vevent(f"gh-{hid(c, n=16)}@greenhouse.example", s, e,
                       "Interview with Emberlight AI - Hiring Manager", d1, coord,
                       [("Dario Vukovic", OWNER, "NEEDS-ACTION")],
                       "Hiring Manager interview with Harriet Oduya-Clarke for Senior Software Engineer, ML Platform. Zoom: https://emberlight.zoom.example/j/4410092231",
                       "Zoom")], method="REQUEST", prodid="-//Greenhouse//Greenhouse Calendar//EN")
    txt = """Hi Dario,

Thank you for scheduling! Here are the details of your upcoming interview with Emberlight AI.

Position: Senior Software Engineer, ML Platform
Interview: Hiring Manager Interview
Interviewer: Harriet Oduya-Clarke, Head of ML Platform
Date: Tuesday, March 17, 2026
Time: 4:30 PM - 5:15 PM GMT
Location: Zoom - https://emberlight.zoom.example/j/4410092231

An .ics file is attached so you can add this to your calendar.

Best,
Fenella Marsh
Talent Coordinator, Emberlight AI
"""
    m = new_msg(c, 1, d1, f"{coord[0]} <no-reply@us.greenhouse-mail.example>", OWNER,
                "Interview Confirmation: Emberlight AI - Senior Software Engineer, ML Platform",
                reply_to=f"{coord[0]} <{coord[1]}>", msgid_domain="us.greenhouse-mail.example")
    m.set_content(txt)
    m.add_alternative(html_wrap(p(txt)), subtype="html")
    m.add_attachment(cal.encode(), maintype="text", subtype="calendar", filename="interview.ics")
    add_eml(c, 1, "greenhouse-confirmation", m)
    d2 = T(2026, 3, 10, 11, 20, LON)
    m = new_msg(c, 2, d2, f"{coord[0]} <{coord[1]}>", OWNER_FULL, "Quick note on timing for Tuesday",
                msgid_domain="emberlight.example")
    m.set_content("""Hi Dario,

Quick heads-up, as this catches people out every spring: the US has already moved its clocks but the UK
doesn't until 29 March. So 4:30pm here on the 17th is 9:30am for you in Seattle (not 8:30).

Harriet's looking forward to it.

Fenella
Fenella Marsh | Talent Coordinator | Emberlight AI
Kings Place, 90 York Way, London N1 9AG | +44 20 7946 0321
""")
    add_eml(c, 2, "timing-note", m)
    assert s.astimezone(ZoneInfo(LA)).strftime("%H:%M") == "09:30" and s.utcoffset() == timedelta(0)
    check_weekday(s, "Tuesday")
    label(c, [iv("Emberlight AI", "Senior Software Engineer, ML Platform", s, e, "scheduled", [], [coord[1]],
                 "hiring_manager")],
          "medium", "positive/ats-email-with-ics",
          "Greenhouse confirmation (no-reply, Reply-To coordinator) 4:30-5:15 PM GMT on 17 Mar = 09:30 PDT (US/UK "
          "DST gap). Interviewer named without address -> follow-up to coordinator.")


def case11():
    c = "b98-11-pinemark-lever-recruiter-screen-noon-after-dst-end"
    rec = ("Odalys Brennan", "odalys.brennan@pinemark.example")
    s, e = T(2026, 11, 2, 12, 0), T(2026, 11, 2, 12, 30)
    d1 = T(2026, 10, 28, 16, 44)
    cal = vcal([vevent(f"lever-{hid(c, n=20)}@lever.example", s, e,
                       "Pinemark: Recruiter Screen - Dario Vukovic", d1, rec,
                       [(rec[0], rec[1], "ACCEPTED"), ("Dario Vukovic", OWNER, "NEEDS-ACTION")],
                       "Phone screen with Odalys Brennan. Odalys will call you at the number you provided.", "Phone",
                       tzid=LA)], prodid="-//Lever//Interview Scheduling//EN", tzids=["America/Los_Angeles"])
    txt = """Hi Dario,

You're all set! Your phone screen for Senior Software Engineer, Payments Reliability at Pinemark is
scheduled for Monday, November 2nd at 12:00 PM PST (noon, Pacific).

Duration: 30 minutes
With: Odalys Brennan, Technical Recruiter
Format: Odalys will call you at +1 206-555-0109

Need to reschedule? Reply to this email.

- The Pinemark Recruiting Team
"""
    m = new_msg(c, 1, d1, f"{rec[0]} <no-reply@hire.lever.example>", OWNER,
                "Your interview with Pinemark is confirmed", reply_to=f"{rec[0]} <{rec[1]}>",
                msgid_domain="hire.lever.example")
    m.set_content(txt, cte="quoted-printable")
    m.add_alternative(html_wrap(p(txt)), subtype="html", cte="base64")
    m.add_attachment(cal.encode(), maintype="application", subtype="ics", filename="Pinemark_Interview.ics")
    add_eml(c, 1, "lever-confirmed", m)
    assert s.utcoffset() == timedelta(hours=-8) and d1.utcoffset() == timedelta(hours=-7)
    check_weekday(s, "Monday")
    label(c, [iv("Pinemark", "Senior Software Engineer, Payments Reliability", s, e, "scheduled", [rec[1]], [rec[1]],
                 "phone_screen")],
          "medium", "positive/ats-email-with-ics",
          "Lever confirmation sent Oct 28 (PDT) for Mon Nov 2 noon, the day after US DST ends -> -08:00. "
          "Recruiter conducts the screen (Reply-To + ORGANIZER).")


def case12():
    c = "b98-12-agency-forwarded-confirmation-2pm-et"
    agent = ("Kellan Vossberg", "kellan@northstacktalent.example")
    coord = ("Renata Iglesias-Moore", "renata.im@granitepeak.example")
    vp = ("Marcus Delacroix", "marcus.delacroix@granitepeak.example")
    d0 = T(2026, 4, 6, 13, 2, "America/New_York")
    d1 = T(2026, 4, 6, 10, 31)
    m = new_msg(c, 1, d1, f"{agent[0]} <{agent[1]}>", OWNER_FULL,
                "Fwd: Interview Confirmation - Dario Vukovic / Granitepeak Analytics",
                msgid_domain="northstacktalent.example")
    m.set_content(f"""Dario - confirmed with Granitepeak, details from their coordinator below. Marcus is
the VP of Eng and the actual decision maker, so this one matters. Ping me after and let me know how
it went!

Kellan Vossberg
Principal Recruiter | Northstack Talent Partners
(206) 555-0164 | 818 Stewart St, Seattle

---------- Forwarded message ---------
From: {coord[0]} <{coord[1]}>
Date: {d0.strftime('%a, %b')} {d0.day}, 2026 at 1:02 PM
Subject: Interview Confirmation - Dario Vukovic / Granitepeak Analytics
To: {agent[0]} <{agent[1]}>

Hi Kellan,

Happy to confirm Dario's interview for the Senior Software Engineer (Data Infrastructure) position:

Thursday, April 9 - 2pm ET (45 minutes)
Video: https://granitepeak.zoom.example/j/7730019946
Interviewer: Marcus Delacroix, VP Engineering ({vp[1]})

Marcus will send over the calendar hold directly. Let me know if Dario needs anything.

Thanks,
Renata Iglesias-Moore
Talent Operations, Granitepeak Analytics | 55 Water St, New York, NY
""", cte="quoted-printable")
    add_eml(c, 1, "fwd-interview-confirmation", m)
    s = T(2026, 4, 9, 14, 0, "America/New_York")
    check_weekday(s, "Thursday")
    label(c, [iv("Granitepeak Analytics", "Senior Software Engineer (Data Infrastructure)", s,
                 s + timedelta(minutes=45), "scheduled", [vp[1]], [vp[1]], "hiring_manager")],
          "hard", "positive/forwarded",
          "Agency recruiter forwards the client coordinator's confirmation: Thu Apr 9 2pm ET (EDT -04:00), 45 min "
          "with the VP Eng whose address is in the text. Agency recruiter and coordinator are not interviewers.")


def case13():
    c = "b98-13-larkspur-html-only-half-past-ten-exchange-panel"
    coord = ("Bettina Szabo-Reyes", "bszaboreyes@larkspurpay.example")
    ivs = [("Sunniva Aldous", "saldous@larkspurpay.example"), ("Kwame Osei-Bonsu", "kosei-bonsu@larkspurpay.example")]
    d1 = T(2026, 4, 30, 15, 8)
    m = new_msg(c, 1, d1, f"{coord[0]} <{coord[1]}>", OWNER_FULL, "Larkspur Payments - panel interview on Monday",
                msgid_domain="larkspurpay.example")
    m.set_content(html_wrap(
        "<p>Hi Dario,</p><p>Thanks for your patience while we lined up calendars! We'd like you to meet "
        "<b>Sunniva Aldous</b> (Staff Engineer, Ledger) and <b>Kwame Osei-Bonsu</b> (Engineering Manager, "
        "Ledger) together for a <b>60-minute panel interview</b> on <b>Monday at half past ten</b> Pacific. "
        "It'll be a mix of a system-design discussion about double-entry ledgers and questions about how you "
        "lead projects.</p><p>I'll send a Teams invite shortly. I'm only coordinating, so please send any "
        "questions my way.</p><p>Warmly,<br>Bettina Szabo-Reyes<br>Recruiting Coordinator<br>Larkspur Payments "
        "&middot; 501 Union St, Seattle WA 98101 &middot; +1 206 555 0127</p>"),
        subtype="html", cte="quoted-printable")
    add_eml(c, 1, "panel-on-monday", m)
    s = T(2026, 5, 4, 10, 30)
    e = s + timedelta(hours=1)
    exchange_invite(c, 2, "teams-invite-panel", date=T(2026, 4, 30, 15, 26), organizer=coord,
                    attendees=[("Dario Vukovic", OWNER)] + ivs, start=s, end=e,
                    subject="Dario Vukovic - Panel Interview - Senior Software Engineer, Ledger",
                    when_label="Monday, May 4, 2026 10:30 AM-11:30 AM (UTC-08:00) Pacific Time (US & Canada).",
                    body_text="Panel interview with Sunniva Aldous and Kwame Osei-Bonsu. Bettina (organizer) will not attend.",
                    uid="040000008200E00074C5B7101A82E00800000000" + hid(c, n=32).upper(),
                    tzid="Pacific Standard Time")
    check_weekday(s, "Monday"); check_weekday(d1, "Thursday")
    iv_e = [x[1] for x in ivs]
    label(c, [iv("Larkspur Payments", "Senior Software Engineer, Ledger", s, e, "scheduled", iv_e, iv_e, "onsite")],
          "medium", "positive/dedupe",
          "HTML-only QP mail 'Monday at half past ten' Pacific (sent Thu Apr 30 -> May 4) + Exchange invite with "
          "TZID 'Pacific Standard Time' and a '(UTC-08:00)' display label; actual offset -07:00. Panel of two = onsite.")


# ----------------------------------------------------------------------- negatives
def case14():
    c = "b98-14-neg-recruiter-interview-prep-session"
    rec = ("Sameer Watts", "swatts@cirrusgate.example")
    d1 = T(2026, 3, 30, 11, 0)
    m = new_msg(c, 1, d1, f"{rec[0]} <{rec[1]}>", OWNER_FULL, "Prep session before your Cirrusgate loop",
                msgid_domain="cirrusgate.example")
    m.set_content("""Hi Dario,

Congrats again on passing the phone screen! Before your loop I like to offer every candidate a
30-minute interview prep session with me. It is NOT an interview and nothing from it goes into
your packet - I'll walk you through how our virtual onsite works, what the bar raiser is looking for,
how to structure answers around our Leadership Principles, and you can ask me anything.

I sent an invite for Wednesday at 10. Your coordinator will send the loop itinerary separately once
the interviewers are confirmed.

Sameer Watts | Technical Recruiter, Cirrusgate
""")
    add_eml(c, 1, "prep-session-offer", m)
    s = T(2026, 4, 1, 10, 0)
    google_invite(c, 2, "invitation-prep", date=T(2026, 3, 30, 11, 4), organizer=rec, attendees=[],
                  start=s, end=s + timedelta(minutes=30),
                  summary="Interview Prep Session: Cirrusgate Virtual Onsite (Dario Vukovic)",
                  description="Optional prep call with your recruiter. Not evaluated. Bring questions about the loop format!",
                  meet="https://meet.google.example/cgp-prep-wxa")
    label(c, [], "hard", "negative/interview-prep-coaching",
          "Recruiter-run 'Interview Prep Session' with a real Google invite; explicitly not an interview "
          "(coaching about the loop). The loop itself is not scheduled in this case.")


def case15():
    c = "b98-15-neg-codesignal-timed-assessment-deadline"
    d1 = T(2026, 3, 13, 9, 0)
    txt = """Hi Dario,

Driftwood Games has invited you to complete the General Coding Assessment as the next step in your
application for Senior Software Engineer, Live Services.

Time limit: 70 minutes (the timer starts when you begin)
Deadline: Friday, March 20, 2026 at 11:59 PM PT
Start here: https://app.codesignal.example/test/Dw8kQ2pR?invite=1

Tips: use a desktop browser, make sure your camera works (this assessment is proctored), and find a
quiet place. You can take a practice test first. Once you've submitted, Driftwood Games' recruiting
team will review your results and reach out about next steps, such as scheduling interviews.

Good luck!
The CodeSignal Team

CodeSignal, 600 California St, San Francisco, CA
"""
    m = new_msg(c, 1, d1, "CodeSignal <no-reply@codesignal.example>", OWNER,
                "Driftwood Games invited you to take a CodeSignal assessment", msgid_domain="codesignal.example")
    m.set_content(txt)
    m.add_alternative(html_wrap(p(txt)), subtype="html", cte="base64")
    add_eml(c, 1, "codesignal-assessment", m)
    d2 = T(2026, 3, 13, 9, 42)
    m = new_msg(c, 2, d2, "Yusra Pendleton <yusra.p@driftwoodgames.example>", OWNER_FULL,
                "Next step: coding assessment", msgid_domain="driftwoodgames.example")
    m.set_content("""Hi Dario,

You should have received a CodeSignal link - please complete it by the 20th. If you score well, we'll
schedule your technical interviews with the team right after.

Yusra Pendleton
Talent Acquisition Partner, Driftwood Games
""")
    add_eml(c, 2, "next-step-assessment", m)
    label(c, [], "medium", "negative/online-assessment",
          "CodeSignal timed, proctored assessment with a deadline plus recruiter nudge; interviews only promised.")


def case16():
    c = "b98-16-neg-mock-interview-with-friend-practice-platform"
    friend = ("Tomasz Kettleborough", "tkettle@mail.example")
    d1 = T(2026, 4, 8, 20, 11)
    m = new_msg(c, 1, d1, f"{friend[0]} <{friend[1]}>", OWNER_FULL, "mock system design before your loop?",
                msgid_domain="mail.example")
    m.set_content("""yo - want to do a mock system design interview before your Cirrusgate thing? I booked us
a slot on PeerLoop so we get the whiteboard + recording. Saturday 10am your time. I'll play the
grumpy principal engineer, you design a rate limiter. Loser buys pho.

T
""")
    add_eml(c, 1, "mock-interview-friend", m)
    s = T(2026, 4, 11, 10, 0)
    d2 = T(2026, 4, 8, 20, 14)
    cal = vcal([vevent(f"pl-{hid(c, n=16)}@peerloop.example", s, s + timedelta(hours=1),
                       "PeerLoop Mock Interview: System Design (with Tomasz K.)", d2,
                       ("PeerLoop", "sessions@peerloop.example"),
                       [("Dario Vukovic", OWNER, "NEEDS-ACTION"), (friend[0], friend[1], "ACCEPTED")],
                       "Practice session. Room: https://peerloop.example/room/sd-44k1", "https://peerloop.example/room/sd-44k1")],
               prodid="-//PeerLoop//Sessions//EN")
    txt = """Your mock interview is booked!

Type: System Design (peer practice)
When: Saturday, April 11, 2026, 10:00 - 11:00 AM PDT
Partner: Tomasz K.
Room: https://peerloop.example/room/sd-44k1

Mock interviews on PeerLoop are practice only - nothing is shared with employers.
"""
    m = new_msg(c, 2, d2, "PeerLoop <sessions@peerloop.example>", OWNER,
                "Confirmed: Mock interview - System Design - Sat Apr 11", msgid_domain="peerloop.example")
    m.set_content(txt)
    m.add_attachment(cal.encode(), maintype="text", subtype="calendar", filename="mock.ics")
    add_eml(c, 2, "peerloop-confirmed", m)
    label(c, [], "hard", "negative/mock-interview",
          "Friend books a peer mock interview on an interviewing.io-like platform with a real time and .ics; practice only.")


def case17():
    c = "b98-17-neg-recruiting-agency-newsletter"
    d1 = T(2026, 4, 21, 7, 0)
    body = (
        "<h2>The Harborline Hiring Pulse - April</h2>"
        "<p>Hi Dario, here's what we're seeing in the Seattle market this month.</p>"
        "<h3>Hot roles</h3><ul><li>Senior Software Engineer, Distributed Systems - Series C fintech (remote US)</li>"
        "<li>Staff Backend Engineer - climate scale-up, Bellevue (hybrid)</li>"
        "<li>Engineering Manager, Storage - big-tech partner, Seattle</li></ul>"
        "<h3>Interview corner: the 45-minute system design interview</h3>"
        "<p>Candidates who clarify requirements in the first 5 minutes get to the deep dive faster. Interviewers "
        "at most big-tech loops now include a separate 'bar raiser' or cross-team interviewer - treat that round "
        "like any other.</p>"
        "<h3>Office hours</h3><p>Our recruiters hold open office hours every Thursday at 12:30 PT. "
        "<a href=\"https://harborline.example/office-hours\">Schedule a call</a> to talk about your search, "
        "comp bands or a candidate you'd like to refer.</p>"
        "<p style=\"font-size:11px;color:#777\">Harborline Tech Recruiting, 1301 2nd Ave, Seattle, WA 98101. "
        "You receive this because you subscribed at harborline.example. "
        "<a href=\"https://harborline.example/unsubscribe?u=dv\">Unsubscribe</a></p>")
    m = new_msg(c, 1, d1, "Harborline Tech Recruiting <pulse@news.harborline.example>", OWNER,
                "Hiring Pulse: 3 senior roles + how to nail the system design interview",
                msgid_domain="news.harborline.example",
                extra_headers=[("List-Unsubscribe", "<https://harborline.example/unsubscribe?u=dv>"),
                               ("Precedence", "bulk")])
    m.set_content(html_wrap(body), subtype="html", cte="base64")
    add_eml(c, 1, "hiring-pulse", m)
    label(c, [], "easy", "negative/newsletter",
          "Recruiting-agency newsletter (HTML-only, base64) with interview tips and a 'schedule a call' office-hours link.")


def case18():
    c = "b98-18-neg-meetup-panel-how-big-tech-interviews"
    s = T(2026, 4, 2, 18, 30)
    e = T(2026, 4, 2, 20, 30)
    d1 = T(2026, 3, 26, 12, 0)
    txt = """You're going to Seattle Distributed Systems Meetup!

Panel: "Inside the Loop - how big tech interviews senior and staff engineers"
Thursday, April 2, 2026, 6:30 PM to 8:30 PM PDT
Hosted at Orcaline Systems, 1120 Western Ave, 9th floor, Seattle

Panelists: hiring managers and bar raisers from three local companies will walk through how candidates
are evaluated, followed by mock-interview demos and Q&A. Pizza provided.

Can't make it? Update your RSVP: https://gatherly.example/sea-dist-sys/events/311204
"""
    cal = vcal([vevent(f"gathr-311204-{hid(c, n=8)}@gatherly.example", s, e,
                       "Seattle Distributed Systems Meetup: Inside the Loop - how big tech interviews", d1, None, [],
                       "Panel + mock-interview demos. https://gatherly.example/sea-dist-sys/events/311204",
                       "Orcaline Systems, 1120 Western Ave, Seattle, WA", tzid=LA)],
               method="PUBLISH", prodid="-//Gatherly//Events//EN", tzids=["America/Los_Angeles"])
    m = new_msg(c, 1, d1, "Gatherly <info@email.gatherly.example>", OWNER,
                "RSVP confirmed: Inside the Loop - how big tech interviews senior engineers",
                msgid_domain="email.gatherly.example")
    m.set_content(txt)
    m.add_alternative(html_wrap(p(txt)), subtype="html")
    m.add_attachment(cal.encode(), maintype="text", subtype="calendar", filename="event.ics")
    add_eml(c, 1, "meetup-rsvp", m)
    label(c, [], "medium", "negative/meetup-event",
          "Meetup RSVP with .ics about how companies interview (hiring managers, bar raisers, mock-interview demos).")


def case19():
    c = "b98-19-neg-rejection-after-loop"
    rec = ("Imogen Castellvi", "imogen.castellvi@corvidmobility.example")
    d1 = T(2026, 5, 6, 16, 20)
    m = new_msg(c, 1, d1, f"{rec[0]} <{rec[1]}>", OWNER_FULL,
                "Re: Corvid Mobility - Senior Software Engineer interview feedback",
                in_reply_to="<dv-thanks-0504@mail.example>", msgid_domain="corvidmobility.example")
    m.set_content(f"""Hi Dario,

Thank you for taking the time to interview with us last Thursday, and for the kind note afterwards.
The team enjoyed meeting you - your system design round in particular got strong marks.

After a lot of discussion we've decided to move forward with another candidate whose background is
closer to our embedded work. I know that's disappointing after a full day of interviews.

If you'd like, I'm happy to schedule a short call to share more detailed feedback - just reply with a
few times. We'd also love to keep you in mind for future roles on the cloud side.

All the best,
Imogen Castellvi
Senior Recruiter, Corvid Mobility | +1 (425) 555-0150

On Mon, May 4, 2026 at 9:02 AM Dario Vukovic <{OWNER}> wrote:
> Hi Imogen, thanks again for organizing Thursday's interviews - I really enjoyed meeting the team.
""")
    add_eml(c, 1, "rejection", m)
    label(c, [], "medium", "negative/rejection",
          "Rejection after a loop; mentions past interviews and an optional, unbooked feedback call.")


def case20():
    c = "b98-20-neg-candidate-portal-status-interviewing"
    d1 = T(2026, 3, 3, 8, 15)
    m = new_msg(c, 1, d1, "Vastlake Careers <donotreply@careers.vastlake.example>", OWNER,
                "Your Vastlake application: status updated", msgid_domain="careers.vastlake.example")
    txt = """Hi Dario,

The status of your application has changed.

Position: Senior Software Engineer - Ads Delivery (Job ID 884213)
Status: Interviewing

What this means: a recruiter may contact you to schedule interviews. You can review your application,
upload documents and manage your availability in the Vastlake Candidate Portal:
https://careers.vastlake.example/candidate/home

Please do not reply to this email. This mailbox is not monitored.
(c) 2026 Vastlake, Inc.
"""
    m.set_content(txt)
    m.add_alternative(html_wrap(p(txt)), subtype="html")
    add_eml(c, 1, "portal-status", m)
    label(c, [], "medium", "negative/portal-notification",
          "Generic candidate-portal no-reply 'Status: Interviewing' with no interview booked.")


def case21():
    c = "b98-21-neg-user-is-contract-interviewer"
    d1 = T(2026, 4, 9, 18, 2)
    s = T(2026, 4, 15, 17, 0)
    e = s + timedelta(hours=1)
    cal = vcal([vevent(f"tl-{hid(c, n=16)}@talentloom.example", s, e,
                       "Interview: Candidate Priya R. - Backend Engineer (client: Marblehead Insurance)", d1,
                       ("Talentloom Scheduling", "scheduling@talentloom.example"),
                       [("Dario Vukovic", OWNER, "ACCEPTED")],
                       "You are the INTERVIEWER. Rubric: https://talentloom.example/rubrics/be-l4\nRoom: https://talentloom.example/room/q2k8",
                       "https://talentloom.example/room/q2k8", tzid=LA)],
               prodid="-//Talentloom//Interviewer Scheduling//EN", tzids=["America/Los_Angeles"])
    txt = """Hi Dario,

You've been scheduled to conduct an interview as a Talentloom Interview Engineer.

Candidate: Priya R.
Role: Backend Engineer (L4) for Marblehead Insurance
When: Wednesday, April 15, 2026, 5:00 - 6:00 PM PT
Format: 45 min coding + 15 min candidate questions
Rubric and question bank: https://talentloom.example/rubrics/be-l4

Please submit your scorecard within 2 hours of the interview. Payout for this session: $95.

Talentloom Interviewer Ops
"""
    m = new_msg(c, 1, d1, "Talentloom Interviewer Ops <scheduling@talentloom.example>", OWNER,
                "New interview assigned: Backend Engineer (L4) candidate - Wed Apr 15, 5:00 PM PT",
                msgid_domain="talentloom.example")
    m.set_content(txt)
    m.add_alternative(html_wrap(p(txt)), subtype="html")
    m.add_attachment(cal.encode(), maintype="text", subtype="calendar", filename="interview.ics",
                     params={"method": "REQUEST"})
    add_eml(c, 1, "interviewer-assignment", m)
    label(c, [], "hard", "negative/user-is-interviewer",
          "User moonlights as a contract interview engineer and is assigned to interview a candidate (.ics).")


def case22():
    c = "b98-22-neg-modernloop-availability-request"
    coord = ("Rosalind Tembo", "rosalind.tembo@ostranderbio.example")
    d1 = T(2026, 4, 13, 10, 45)
    txt = """Hi Dario,

Congratulations on advancing to the final round for Senior Software Engineer, Lab Automation at
Ostrander Bio! The final round is a virtual onsite of four 45-minute interviews (coding, system design,
a cross-functional partner and the hiring manager).

Please share your availability for any weekday between April 20 and May 1 using the link below. We need
a 4-hour block between 8:00 AM and 4:00 PM Pacific.

Share availability: https://app.modernloop.example/availability/ob-7YhQ2

Once we receive it, we'll confirm your interview schedule within 2 business days.

Rosalind Tembo, Recruiting Coordinator
Sent via ModernLoop
"""
    m = new_msg(c, 1, d1, "Ostrander Bio Recruiting <scheduling@mail.modernloop.example>", OWNER,
                "Action needed: share your availability for your Ostrander Bio interviews",
                reply_to=f"{coord[0]} <{coord[1]}>", msgid_domain="mail.modernloop.example")
    m.set_content(txt)
    m.add_alternative(html_wrap(p(txt)), subtype="html")
    add_eml(c, 1, "availability-request", m)
    label(c, [], "medium", "negative/availability-request",
          "ModernLoop availability request for a future loop; nothing booked.")


ALL = [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11, case12, case13,
       case14, case15, case16, case17, case18, case19, case20, case21, case22]


def main():
    for f in ALL:
        f()
    for name in os.listdir(HERE):
        pth = os.path.join(HERE, name)
        if name.startswith("b98-") and os.path.isdir(pth):
            shutil.rmtree(pth)
    for case, items in CASES.items():
        d = os.path.join(HERE, case)
        os.makedirs(d)
        for fn, data in items:
            with open(os.path.join(d, fn), "wb") as fh:
                fh.write(data)
    assert set(CASES) == set(LABELS), set(CASES) ^ set(LABELS)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# Labels for the blind98 set (generated by make_cases.py). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(LABELS, fh, sort_keys=True, allow_unicode=True, width=110)
    print(f"wrote {len(CASES)} cases, {sum(len(v['interviews']) for v in LABELS.values())} interviews")


if __name__ == "__main__":
    main()
