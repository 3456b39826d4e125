#!/usr/bin/env python3
"""Deterministic generator for the blind59 interview-detection set.

Rewrites every b59-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only.  All people, companies and domains are invented.
Run:  python make_cases.py
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
OWNER = "corinne.halvey@example.com"
OWNER_NAME = "Corinne Halvey"
OWNER_FMT = f"{OWNER_NAME} <{OWNER}>"
CHI = "America/Chicago"

LABELS = {}


# --------------------------------------------------------------------------- time helpers
def T(y, mo, d, h, mi, tz, weekday=None):
    dt = datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))
    if weekday is not None:
        assert dt.strftime("%a") == weekday, (dt, dt.strftime("%a"), weekday)
    return dt


def Z(dt):
    return dt.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def LOC(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def iso(dt):
    return dt.isoformat() if dt is not None else None


def hm(dt):
    """4pm / 4:45pm (Google style)"""
    h = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    return f"{h}{ap}" if dt.minute == 0 else f"{h}:{dt.minute:02d}{ap}"


def google_when(start, end, tz):
    s, e = start.astimezone(ZoneInfo(tz)), end.astimezone(ZoneInfo(tz))
    return f"{s.strftime('%a %b')} {s.day}, {s.year} {hm(s)} - {hm(e)} ({s.tzname()})"


def long_ampm(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def long_date(dt):
    return f"{dt.strftime('%A, %B')} {dt.day}, {dt.year}"


# --------------------------------------------------------------------------- iCalendar helpers
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


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


RULES = {
    # tz -> (standard DTSTART/RRULE, daylight DTSTART/RRULE)
    "America/Chicago": (("19701101T020000", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"),
                        ("19700308T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU")),
    "America/New_York": (("19701101T020000", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"),
                         ("19700308T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU")),
    "America/Denver": (("19701101T020000", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"),
                       ("19700308T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU")),
    "Europe/Berlin": (("19701025T030000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
                      ("19700329T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")),
    "Europe/London": (("19701025T020000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
                      ("19700329T010000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")),
    "Australia/Sydney": (("19700405T030000", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU"),
                         ("19701004T020000", "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU")),
}


def _off(td):
    total = int(td.total_seconds())
    sign = "+" if total >= 0 else "-"
    total = abs(total)
    return f"{sign}{total // 3600:02d}{(total % 3600) // 60:02d}"


def vtimezone(tz, tzid=None):
    """VTIMEZONE whose offsets come from zoneinfo (2026 samples)."""
    z = ZoneInfo(tz)
    samples = [datetime(2026, 1, 15, 12, tzinfo=z), datetime(2026, 7, 15, 12, tzinfo=z)]
    std = [d for d in samples if d.dst() == timedelta(0)][0]
    dst = [d for d in samples if d.dst() != timedelta(0)][0]
    so, do = _off(std.utcoffset()), _off(dst.utcoffset())
    (sdt, srr), (ddt, drr) = RULES[tz]
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid or tz}",
        "BEGIN:STANDARD", f"DTSTART:{sdt}", f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}",
        f"RRULE:{srr}", f"TZNAME:{std.tzname()}", "END:STANDARD",
        "BEGIN:DAYLIGHT", f"DTSTART:{ddt}", f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{do}",
        f"RRULE:{drr}", f"TZNAME:{dst.tzname()}", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def ics(*, uid, start, end, summary, organizer, attendees, stamp, method="REQUEST",
        description="", location="", seq=0, status="CONFIRMED", tz=None, tzid=None,
        prodid="-//Google Inc//Google Calendar 70.9054//EN", extra=(), cal_extra=()):
    """organizer=(name,email); attendees=[(name,email,partstat,role)]; tz -> TZID form else UTC."""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN",
         f"METHOD:{method}", *cal_extra]
    if tz:
        L += vtimezone(tz, tzid)
    L.append("BEGIN:VEVENT")
    if tz:
        name = tzid or tz
        L.append(f"DTSTART;TZID={name}:{LOC(start.astimezone(ZoneInfo(tz)))}")
        if end is not None:
            L.append(f"DTEND;TZID={name}:{LOC(end.astimezone(ZoneInfo(tz)))}")
    else:
        L.append(f"DTSTART:{Z(start)}")
        if end is not None:
            L.append(f"DTEND:{Z(end)}")
    L.append(f"DTSTAMP:{Z(stamp)}")
    L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    for name, mail, part, role in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={part};RSVP=TRUE;"
                 f"CN={name};X-NUM-GUESTS=0:mailto:{mail}")
    L += [f"CREATED:{Z(stamp - timedelta(minutes=3))}",
          f"DESCRIPTION:{esc(description)}", f"LAST-MODIFIED:{Z(stamp)}",
          f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", f"STATUS:{status}",
          f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", *extra, "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(x) for x in L) + "\r\n").encode("utf-8")


# --------------------------------------------------------------------------- e-mail helpers
_mid_counter = [0]


def mid(domain):
    _mid_counter[0] += 1
    return f"<b59.{_mid_counter[0]:04d}.{len(domain) * 7919 + _mid_counter[0] * 104729}@{domain}>"


def mail(*, frm, subject, date, text=None, html=None, to=OWNER_FMT, cc=None, reply_to=None,
         sender=None, msg_id=None, in_reply_to=None, references=None, headers=(),
         text_cte="quoted-printable", html_cte="quoted-printable", calendar=None,
         cal_method="REQUEST", attach_ics=None, attach_name="invite.ics", attach_type=("application", "ics"),
         delivered_to=OWNER):
    m = EmailMessage()
    m["Delivered-To"] = delivered_to
    for k, v in headers:
        m[k] = v
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
    m["Message-ID"] = msg_id or mid(frm.split("@")[-1].rstrip(">"))
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    if text is not None:
        m.set_content(text, cte=text_cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    else:
        m.set_content(html, subtype="html", cte=html_cte)
    if calendar is not None:
        m.add_alternative(calendar, maintype="text", subtype="calendar", cte="base64",
                          params={"charset": "UTF-8", "method": cal_method})
    if attach_ics is not None:
        items = attach_ics if isinstance(attach_ics, list) else [(attach_name, attach_ics)]
        for name, data in items:
            m.add_attachment(data, maintype=attach_type[0], subtype=attach_type[1], filename=name)
    return m


def html_wrap(body):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            f"<body><div style=\"font-family:Helvetica,Arial,sans-serif;font-size:14px\">{body}</div></body></html>\n")


def p2html(text):
    paras = [p.replace("\n", "<br>") for p in text.strip().split("\n\n")]
    return html_wrap("".join(f"<p>{p}</p>" for p in paras))


def quote(text):
    return "\n".join("> " + l if l else ">" for l in text.strip().split("\n"))


def google_invite(*, organizer, title, start, end, tz, guests, description, stamp, uid,
                  seq=0, updated=False, meet="https://meet.google.example/xyz-abcd-efg", viewer_tz=CHI,
                  reply_to=None, method="REQUEST", status="CONFIRMED", msg_id=None):
    """Google Calendar style invitation mail (multipart/mixed)."""
    when = google_when(start, end, viewer_tz)
    prefix = {"REQUEST": "Updated invitation" if updated else "Invitation",
              "CANCEL": "Canceled event"}[method]
    subject = f"{prefix}: {title} @ {when} ({OWNER})"
    s = start.astimezone(ZoneInfo(viewer_tz))
    e = end.astimezone(ZoneInfo(viewer_tz))
    guest_lines = "\n".join(f"{n}{' - organizer' if em == organizer[1] else ''}\n{em}" for n, em in guests)
    plain = (f"{title}\n{s.strftime('%A %b')} {s.day}, {s.year} \u22c5 {hm(s)} \u2013 {hm(e)}\n"
             f"Central Time - Chicago\n\n"
             + ("" if method == "CANCEL" else f"Join with Google Meet\n{meet}\n\n")
             + f"Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n{guest_lines}\n\n"
             f"{description}\n\n~~//~~\nInvitation from Google Calendar: https://calendar.google.example/\n\n"
             "You are receiving this email because you are an attendee on the event.\n")
    html = p2html(plain)
    atts = [(n, em, "ACCEPTED" if em == organizer[1] else "NEEDS-ACTION", "REQ-PARTICIPANT") for n, em in guests]
    cal = ics(uid=uid, start=start, end=end, summary=title, organizer=organizer, attendees=atts,
              stamp=stamp, method=method, description=description, location=meet, seq=seq,
              status=status, tz=tz)
    return mail(frm=f"{organizer[0]} <{organizer[1]}>", subject=subject, date=stamp, text=plain, html=html,
                text_cte="base64", reply_to=reply_to or f"{organizer[0]} <{organizer[1]}>",
                sender="Google Calendar <calendar-notification@google.example>",
                calendar=cal, cal_method=method, attach_ics=cal, msg_id=msg_id,
                headers=[("Return-Path", "<calendar-server@bounces.google.example>")])


def exchange_invite(*, organizer, to_list, subject, start, end, win_tz, tz, when_label, body, stamp,
                    uid, seq=0, method="REQUEST", status="CONFIRMED", msg_id=None, in_reply_to=None):
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    L += vtimezone(tz, win_tz)
    L.append("BEGIN:VEVENT")
    L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for n, em in to_list:
        L.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{em}")
    full = f"When: {when_label}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}"
    L += [f"DESCRIPTION;LANGUAGE=en-US:{esc(full)}", f"UID:{uid}",
          f"SUMMARY;LANGUAGE=en-US:{esc(subject)}",
          f"DTSTART;TZID={win_tz}:{LOC(start.astimezone(ZoneInfo(tz)))}",
          f"DTEND;TZID={win_tz}:{LOC(end.astimezone(ZoneInfo(tz)))}",
          "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{Z(stamp)}", "TRANSP:OPAQUE", f"STATUS:{status}",
          f"SEQUENCE:{seq}", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-OWNERAPPTID:-1180452211",
          f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if method == 'CANCEL' else 'TENTATIVE'}",
          "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
          "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
          "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
          "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    cal = ("\r\n".join(fold(x) for x in L) + "\r\n").encode("utf-8")
    teams = ("\n________________________________________________________________________________\n"
             "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
             "Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_b59>\n"
             "Meeting ID: 284 551 907 336\nPasscode: kT7xQ2\n"
             "________________________________________________________________________________\n")
    text = f"When: {when_label}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}\n" + \
        ("" if method == "CANCEL" else teams)
    m = mail(frm=f"{organizer[0]} <{organizer[1]}>", to=", ".join(f"{n} <{e}>" for n, e in to_list),
             subject=subject, date=stamp, text=text, html=p2html(text), calendar=cal, cal_method=method,
             msg_id=msg_id, in_reply_to=in_reply_to,
             headers=[("Thread-Topic", subject.split(": ", 1)[-1]), ("Accept-Language", "en-US"),
                      ("Content-class", "urn:content-classes:calendarmessage"),
                      ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    return m


# --------------------------------------------------------------------------- case registry
CASES = {}


def case(cid, items, label):
    CASES[cid] = items
    label = dict(label)
    LABELS[cid] = {"user": OWNER, **label}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind}


SIG_OWNER = "Corinne Halvey\nProduct Marketing | Chicago, IL\n(312) 555-0148"

# =========================================================================== POSITIVES
# ---- 01 LinkedIn InMail -> recruiter confirms "Thu 3/12 @ 4:30p PST" (really PDT after Mar 8)
def c01():
    d1 = T(2026, 3, 9, 9, 12, "America/Los_Angeles", "Mon")
    inmail = mail(
        frm="Priya Raman via LinkedIn <inmail-hit-reply@linkedin.example>",
        subject="Priya Raman sent you a new message",
        date=d1, headers=[("List-Unsubscribe", "<https://www.linkedin.example/e/unsub>")],
        text=("Priya Raman\nSenior Technical Recruiter at Brightloom\n\n"
              "Hi Corinne - I came across your profile while looking for product marketers who have launched "
              "into the SMB field-service space. I'm hiring a Senior Product Marketing Manager at Brightloom "
              "(workflow automation for field teams, ~300 people, Series C). Remote-friendly, Central time "
              "works great.\n\nWould you be open to a quick intro call this week? If so, feel free to reply "
              "here or email me directly at priya.raman@brightloom.example.\n\n"
              "Reply: https://www.linkedin.example/messaging/thread/2-ODc0NTQ\n\n"
              "This is an InMail. You are receiving InMail notification emails.\n"
              "Unsubscribe | Help\n\u00a9 2026 LinkedIn-style Corporation, Sunnyvale, CA.\n"),
        html=None, text_cte="quoted-printable")
    m1id = inmail["Message-ID"]
    d2 = T(2026, 3, 10, 11, 47, "America/Los_Angeles", "Tue")
    reply = mail(
        frm="Priya Raman <priya.raman@brightloom.example>",
        subject="Brightloom <> Corinne - Sr. PMM intro",
        date=d2,
        text=("Hi Corinne,\n\nGreat to connect off LinkedIn, and thanks for sending your resume over so "
              "quickly!\n\nLet's lock it in: Thu 3/12 @ 4:30p PST. 30 minutes, I'll call your cell at "
              "(312) 555-0148. We'll cover your background, what you're looking for, and I'll walk you through "
              "the team and the interview process for the Senior Product Marketing Manager role.\n\n"
              "If anything changes just reply here.\n\nTalk soon,\nPriya\n\n--\nPriya Raman\n"
              "Senior Technical Recruiter | Brightloom\n500 Howard St, Suite 400, San Francisco, CA 94105\n"
              "m: (415) 555-0190\n\n"
              "On Mon, Mar 9, 2026 at 1:02 PM Corinne Halvey <corinne.halvey@example.com> wrote:\n"
              + quote("Hi Priya,\n\nThanks for reaching out - yes, I'd be happy to chat. Thursday or Friday "
                      "afternoon works best for me. My email is corinne.halvey@example.com.\n\nCorinne")),
        text_cte="7bit")
    s = T(2026, 3, 12, 16, 30, "America/Los_Angeles", "Thu")
    case("b59-01-linkedin-inmail-recruiter-screen",
         [("01-linkedin-inmail-priya.eml", inmail), ("02-priya-confirms-call.eml", reply)],
         {"interview": True,
          "interviews": [iv("Brightloom", "Senior Product Marketing Manager", s, s + timedelta(minutes=30),
                            "scheduled", ["priya.raman@brightloom.example"], ["priya.raman@brightloom.example"],
                            "phone_screen")],
          "difficulty": "hard", "category": "positive/linkedin-thread",
          "notes": "InMail notification then direct mail. 'Thu 3/12 @ 4:30p PST' is written as PST but March 12 "
                   "2026 is after US DST start (Mar 8): Pacific time = -07:00.",
          "source": "synthetic"})


# ---- 02 Greenhouse HM confirmation, HM moves it 30 min later by e-mail
def c02():
    s0 = T(2026, 3, 17, 11, 0, CHI, "Tue")
    e0 = s0 + timedelta(minutes=45)
    d1 = T(2026, 3, 12, 15, 4, "America/New_York", "Thu")
    zoom = "https://quillwork.zoom.example/j/84120093371?pwd=Qw8x"
    text = (f"Hi Corinne,\n\nYour interview for Product Marketing Manager, Platform at Quillwork has been "
            f"scheduled. Details are below.\n\nInterview: Hiring Manager Interview\n"
            f"With: Marcus Feld (VP, Product Marketing)\n"
            f"When: {long_date(s0)}, {long_ampm(s0)} - {long_ampm(e0)} Central Time (US & Canada)\n"
            f"Where: Zoom - {zoom}\n\nA calendar invite is attached. If you need to reschedule, please reply "
            f"to this email and Dana will help.\n\nBest,\nDana Osei\nRecruiting Coordinator, Quillwork\n\n"
            "Powered by Greenhouse\n")
    cal = ics(uid="gh-interview-55108423@greenhouse-mail.example", start=s0, end=e0,
              summary="Interview: Corinne Halvey (Product Marketing Manager, Platform) - Marcus Feld",
              organizer=("Quillwork Recruiting", "no-reply@greenhouse-mail.example"),
              attendees=[("Corinne Halvey", OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")],
              stamp=d1, description=f"Hiring Manager Interview with Marcus Feld\nZoom: {zoom}", location=zoom,
              prodid="-//Greenhouse Software//Interview Scheduler//EN")
    m1 = mail(frm="Quillwork Recruiting <no-reply@greenhouse-mail.example>",
              reply_to="Dana Osei <dana.osei@quillwork.example>",
              subject="Interview Confirmation: Quillwork - Product Marketing Manager, Platform",
              date=d1, text=text, html=p2html(text), attach_ics=cal, attach_name="interview.ics",
              attach_type=("text", "calendar"))
    d2 = T(2026, 3, 16, 19, 58, CHI, "Mon")
    m2 = mail(frm="Marcus Feld <marcus.feld@quillwork.example>", cc="Dana Osei <dana.osei@quillwork.example>",
              subject="tomorrow",
              date=d2,
              text=("Hi Corinne - Marcus from Quillwork. Really looking forward to tomorrow. Annoyingly my "
                    "board-prep session got moved into the slot right before ours. Any chance we could start "
                    "30 min later? Same Zoom, same 45 minutes.\n\nSorry for the late ask.\nMarcus\n\n"
                    "Marcus Feld | VP, Product Marketing | Quillwork\n"
                    "1 N Wacker Dr, 21st Fl, Chicago IL 60606 | +1 (312) 555-0177\n"),
              text_cte="7bit")
    d3 = T(2026, 3, 16, 20, 31, CHI, "Mon")
    m3 = mail(frm="Marcus Feld <marcus.feld@quillwork.example>", cc="Dana Osei <dana.osei@quillwork.example>",
              subject="Re: tomorrow", date=d3, in_reply_to="<CAH7w9-corinne-reply-1@mail.example.com>",
              references=f"{m2['Message-ID']} <CAH7w9-corinne-reply-1@mail.example.com>",
              text=("You're a star, thank you. See you then.\n\nM\n\nSent from my iPhone\n\n"
                    "> On Mar 16, 2026, at 8:22 PM, Corinne Halvey <corinne.halvey@example.com> wrote:\n>\n"
                    "> No problem at all - 11:30 works for me. Talk tomorrow!\n> Corinne\n>\n"
                    ">> On Mon, Mar 16, 2026 at 7:58 PM Marcus Feld <marcus.feld@quillwork.example> wrote:\n"
                    ">> Any chance we could start 30 min later? Same Zoom, same 45 minutes.\n"),
              text_cte="7bit")
    s = s0 + timedelta(minutes=30)
    case("b59-02-greenhouse-hm-moved-30-min-later",
         [("01-greenhouse-confirmation.eml", m1), ("02-marcus-push-30-min.eml", m2),
          ("03-marcus-see-you-then.eml", m3)],
         {"interview": True,
          "interviews": [iv("Quillwork", "Product Marketing Manager, Platform", s, s + timedelta(minutes=45),
                            "scheduled", ["marcus.feld@quillwork.example"], ["marcus.feld@quillwork.example"],
                            "hiring_manager")],
          "difficulty": "hard", "category": "positive/reschedule",
          "notes": "Greenhouse .ics says 11:00-11:45 CDT; the hiring manager moves it '30 min later' by mail and "
                   "the owner's quoted reply confirms 11:30. No updated .ics. Final 11:30-12:15 CDT.",
          "source": "synthetic"})


# ---- 03 Lever final round: case presentation panel + CMO (onsite), HTML-only, two .ics
def c03():
    ET = "America/New_York"
    a_s, a_e = T(2026, 4, 1, 13, 0, ET, "Wed"), T(2026, 4, 1, 13, 45, ET)
    b_s, b_e = T(2026, 4, 1, 14, 0, ET), T(2026, 4, 1, 14, 45, ET)
    d = T(2026, 3, 25, 10, 15, ET, "Wed")
    panel = [("Rosa Delgado", "rosa.delgado@halcyonledger.example", "Head of Product Marketing"),
             ("Tom Achterberg", "tom.achterberg@halcyonledger.example", "Director, Sales Enablement"),
             ("Wei Chen", "wei.chen@halcyonledger.example", "Senior Product Manager, Billing")]
    cmo = ("Nadia Brooks", "nadia.brooks@halcyonledger.example", "Chief Marketing Officer")
    rows = "".join(f"<li>{n} &ndash; {t} (<a href=\"mailto:{e}\">{e}</a>)</li>" for n, e, t in panel)
    html = html_wrap(
        "<p>Hi Corinne,</p><p>Congratulations on making it to the final round for <b>Senior Product Marketing "
        "Manager</b> at Halcyon Ledger! Below is your itinerary. All times are <b>Eastern Time</b>.</p>"
        "<h3>Wednesday, April 1, 2026 &ndash; Final round (Google Meet)</h3>"
        "<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\">"
        "<tr><th>Time (ET)</th><th>Session</th></tr>"
        f"<tr><td>1:00 &ndash; 1:45 PM</td><td><b>Case presentation</b> to the panel:<ul>{rows}</ul>"
        "Present your launch plan for our Accounts Payable add-on (20 min), followed by Q&amp;A.</td></tr>"
        "<tr><td>1:45 &ndash; 2:00 PM</td><td>Break</td></tr>"
        f"<tr><td>2:00 &ndash; 2:45 PM</td><td>Conversation with {cmo[0]}, {cmo[2]} "
        f"(<a href=\"mailto:{cmo[1]}\">{cmo[1]}</a>)</td></tr></table>"
        "<p>Please send your slides to me by 10am ET the day before. Separate calendar holds are attached "
        "for each block.</p><p>Warmly,<br>Jenna Whitfield<br>Recruiting Coordinator | Halcyon Ledger<br>"
        "233 Spring St, 9th Floor, New York, NY 10013<br>(646) 555-0132</p>"
        "<p style=\"color:#888;font-size:11px\">Sent via Lever</p>")
    cal_a = ics(uid="lever-3f1c0a6e-a@hire.lever-mail.example", start=a_s, end=a_e,
                summary="Halcyon Ledger Final Round - Case presentation (Corinne Halvey)",
                organizer=("Jenna Whitfield", "jenna.whitfield@halcyonledger.example"),
                attendees=[(n, e, "NEEDS-ACTION", "REQ-PARTICIPANT") for n, e, _ in panel]
                + [(OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")],
                stamp=d, description="Case presentation - launch plan for the AP add-on.",
                location="https://meet.google.example/hlx-case-pres", prodid="-//Lever//Lever Hire//EN")
    cal_b = ics(uid="lever-3f1c0a6e-b@hire.lever-mail.example", start=b_s, end=b_e,
                summary="Halcyon Ledger Final Round - Conversation with Nadia Brooks (Corinne Halvey)",
                organizer=("Jenna Whitfield", "jenna.whitfield@halcyonledger.example"),
                attendees=[(cmo[0], cmo[1], "NEEDS-ACTION", "REQ-PARTICIPANT"),
                           (OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")],
                stamp=d, description="Final conversation with our CMO.",
                location="https://meet.google.example/hlx-cmo-chat", prodid="-//Lever//Lever Hire//EN")
    m = mail(frm="Jenna Whitfield <no-reply@hire.lever-mail.example>",
             reply_to="Jenna Whitfield <jenna.whitfield@halcyonledger.example>",
             subject="Your final round itinerary - Halcyon Ledger", date=d, html=html,
             attach_ics=[("case-presentation.ics", cal_a), ("conversation-nadia-brooks.ics", cal_b)],
             attach_type=("text", "calendar"))
    ivs = [e for _, e, _ in panel] + [cmo[1]]
    case("b59-03-lever-case-presentation-final-panel",
         [("01-lever-final-round-itinerary.eml", m)],
         {"interview": True,
          "interviews": [iv("Halcyon Ledger", "Senior Product Marketing Manager", a_s, b_e, "scheduled",
                            ivs, ivs, "onsite")],
          "difficulty": "medium", "category": "positive/onsite-panel",
          "notes": "HTML-only Lever itinerary (quoted-printable) with two .ics holds on one day: case presentation "
                   "panel 1:00-1:45 PM ET, break, CMO 2:00-2:45 PM ET -> one onsite 13:00-14:45 -04:00; the "
                   "coordinator is not an interviewer.",
          "source": "synthetic"})


# ---- 04 Ashby take-home, then live review (interview) 14:00 London on 27 March (GMT, before UK DST)
def c04():
    LON = "Europe/London"
    d1 = T(2026, 3, 16, 9, 30, LON, "Mon")
    t1 = ("Hi Corinne,\n\nThanks for your time with Oliver last week. The next step for the Product Marketing "
          "Manager role is a short take-home: a one-page positioning brief for our new Pennant Insights module. "
          "It is not timed; please submit it through the link below within 5 days.\n\n"
          "Submit your assignment: https://jobs.ashby-mail.example/pennant/assignment/7c1e\n\n"
          "Once we've reviewed it we'll be in touch about next steps.\n\nThe Pennant Talent Team\n")
    m1 = mail(frm="Pennant Talent <no-reply@ashby-mail.example>",
              reply_to="Oliver Marsh <oliver.marsh@pennant.example>",
              subject="Your take-home assignment - Product Marketing Manager", date=d1, text=t1,
              html=p2html(t1))
    d2 = T(2026, 3, 23, 16, 5, LON, "Mon")
    m2 = mail(frm="Oliver Marsh <oliver.marsh@pennant.example>",
              cc="Harriet Quayle <harriet.quayle@pennant.example>",
              subject="Re: Positioning brief - Corinne Halvey", date=d2,
              in_reply_to="<CAF3corinne-brief@mail.example.com>",
              text=("Hi Corinne,\n\nThanks for the brief - genuinely one of the sharpest we've had. Next step is a "
                    "60-minute live review: you walk Harriet (our Director of Product Marketing, cc'd) and me "
                    "through your thinking and we push on it a bit. Think of it as the main interview for the "
                    "role.\n\nHow does Friday 27th at 14:00 UK time look? I know that's early for you in "
                    "Chicago. You'll get a calendar confirmation from Ashby once it's booked.\n\nCheers,\n"
                    "Oliver\n\nOliver Marsh\nHead of Marketing, Pennant\n"
                    "3 Tabernacle Street, London EC2A 4AA | +44 20 7946 0321\n"),
              text_cte="quoted-printable")
    s = T(2026, 3, 27, 14, 0, LON, "Fri")
    e = s + timedelta(minutes=60)
    sc = s.astimezone(ZoneInfo(CHI))
    ec = e.astimezone(ZoneInfo(CHI))
    d3 = T(2026, 3, 24, 10, 2, LON, "Tue")
    t3 = (f"Hi Corinne,\n\nYour interview has been scheduled.\n\nTake-home review - Product Marketing Manager\n"
          f"{long_date(sc)}, {long_ampm(sc)} - {long_ampm(ec)} {sc.tzname()}\n"
          f"Interviewers: Oliver Marsh, Harriet Quayle\nLocation: Google Meet "
          f"(https://meet.google.example/pnt-rvw-0327)\n\nNeed to make a change? Reply to this email.\n\n"
          f"Pennant Talent Team\nPowered by Ashby\n")
    cal = ics(uid="ashby-iv-0b7a61f2@ashby-mail.example", start=s, end=e, tz=LON,
              summary="Take-home review: Corinne Halvey <> Pennant",
              organizer=("Pennant Talent", "no-reply@ashby-mail.example"),
              attendees=[("Oliver Marsh", "oliver.marsh@pennant.example", "ACCEPTED", "REQ-PARTICIPANT"),
                         ("Harriet Quayle", "harriet.quayle@pennant.example", "ACCEPTED", "REQ-PARTICIPANT"),
                         (OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")],
              stamp=d3, description="Live review of your positioning brief.",
              location="https://meet.google.example/pnt-rvw-0327", prodid="-//Ashby//Scheduling//EN")
    m3 = mail(frm="Pennant Talent <no-reply@ashby-mail.example>",
              reply_to="Oliver Marsh <oliver.marsh@pennant.example>",
              subject="Interview confirmed: Take-home review with Pennant", date=d3, text=t3, html=p2html(t3),
              attach_ics=cal)
    ivs = ["oliver.marsh@pennant.example", "harriet.quayle@pennant.example"]
    case("b59-04-ashby-takehome-live-review-london",
         [("01-ashby-take-home.eml", m1), ("02-oliver-live-review.eml", m2), ("03-ashby-confirmed.eml", m3)],
         {"interview": True,
          "interviews": [iv("Pennant", "Product Marketing Manager", s, e, "scheduled", ivs, ivs, "technical")],
          "difficulty": "medium", "category": "positive/take-home-review",
          "notes": "Take-home itself is not an interview; its live review is. 14:00 London on 27 March is still "
                   "GMT (UK DST starts Mar 29) while Chicago is already CDT -> 9:00 CDT.",
          "source": "synthetic"})


# ---- 05 Gem outreach + GoodTime-like scheduler, recruiter cancels: role closed
def c05():
    d1 = T(2026, 3, 2, 10, 41, CHI, "Mon")
    t1 = ("Hi Corinne,\n\nI lead recruiting for marketing at Cinderpath - we build partner-relationship software "
          "for B2B SaaS. We're hiring a Product Marketing Manager, Partner Marketing and your ecosystem launch "
          "work at your last company stood out.\n\nOpen to a 30-minute intro call with me next week? If yes, "
          "I'll send a scheduling link.\n\nLeah Kowalczyk\nSenior Recruiter, Cinderpath\n"
          "222 W Merchandise Mart Plaza, Chicago, IL 60654 | (312) 555-0163\n\n"
          "If you'd rather not hear from me again, let me know: https://gem.example/unsub/ab12\n")
    m1 = mail(frm="Leah Kowalczyk <leah.kowalczyk@cinderpath.example>", subject="Partner marketing at Cinderpath?",
              date=d1, text=t1, html=p2html(t1), headers=[("X-Mailer", "Gem")])
    s = T(2026, 3, 9, 10, 0, CHI, "Mon")
    e = s + timedelta(minutes=30)
    d2 = T(2026, 3, 4, 14, 12, CHI, "Wed")
    t2 = (f"Hi Corinne,\n\nYou're confirmed! Here are the details of your upcoming interview with Cinderpath.\n\n"
          f"Phone Screen - Product Marketing Manager, Partner Marketing\n{long_date(s)}\n"
          f"{long_ampm(s)} - {long_ampm(e)} CDT (America/Chicago)\nInterviewer: Leah Kowalczyk\n"
          f"Leah will call you at (312) 555-0148.\n\nNeed to reschedule? https://slotwise.example/r/CP-88412\n\n"
          f"Scheduled with Slotwise on behalf of Cinderpath\n")
    uid = "slotwise-CP-88412@slotwise.example"
    org = ("Cinderpath Interviews", "interviews@slotwise.example")
    att = [("Leah Kowalczyk", "leah.kowalczyk@cinderpath.example", "ACCEPTED", "REQ-PARTICIPANT"),
           (OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")]
    cal = ics(uid=uid, start=s, end=e, tz=CHI, summary="Cinderpath Phone Screen: Corinne Halvey",
              organizer=org, attendees=att, stamp=d2, description="Leah will call you at (312) 555-0148.",
              location="Phone", prodid="-//Slotwise//Interview Scheduling//EN")
    m2 = mail(frm="Cinderpath Interviews <interviews@slotwise.example>",
              reply_to="Leah Kowalczyk <leah.kowalczyk@cinderpath.example>",
              subject="Confirmed: Phone Screen with Cinderpath on Mon, Mar 9", date=d2, text=t2, html=p2html(t2),
              attach_ics=cal)
    d3 = T(2026, 3, 6, 16, 48, CHI, "Fri")
    m3 = mail(frm="Leah Kowalczyk <leah.kowalczyk@cinderpath.example>",
              subject="Re: Confirmed: Phone Screen with Cinderpath on Mon, Mar 9", date=d3,
              in_reply_to=m2["Message-ID"],
              text=("Hi Corinne,\n\nI'm really sorry to be sending this. As of this afternoon the Partner "
                    "Marketing role has been closed - leadership decided to fill it with an internal transfer. "
                    "I have to cancel our call on Monday; you'll get a cancellation from our scheduling tool "
                    "as well.\n\nI'd genuinely like to stay in touch for future roles.\n\nLeah\n"),
              text_cte="7bit")
    d4 = T(2026, 3, 6, 16, 50, CHI, "Fri")
    cal4 = ics(uid=uid, start=s, end=e, tz=CHI, summary="Cancelled: Cinderpath Phone Screen: Corinne Halvey",
               organizer=org, attendees=att, stamp=d4, method="CANCEL", status="CANCELLED", seq=1,
               description="This interview has been cancelled.", location="Phone",
               prodid="-//Slotwise//Interview Scheduling//EN")
    t4 = ("Hi Corinne,\n\nYour Phone Screen with Cinderpath scheduled for Monday, March 9, 2026 at 10:00 AM CDT "
          "has been cancelled.\n\nScheduled with Slotwise on behalf of Cinderpath\n")
    m4 = mail(frm="Cinderpath Interviews <interviews@slotwise.example>",
              subject="Cancelled: Phone Screen with Cinderpath on Mon, Mar 9", date=d4, text=t4,
              calendar=cal4, cal_method="CANCEL")
    lk = "leah.kowalczyk@cinderpath.example"
    case("b59-05-gem-slotwise-cancel-role-closed",
         [("01-gem-outreach.eml", m1), ("02-slotwise-confirmed.eml", m2), ("03-leah-role-closed.eml", m3),
          ("04-slotwise-cancelled.eml", m4)],
         {"interview": True,
          "interviews": [iv("Cinderpath", "Product Marketing Manager, Partner Marketing", s, e, "cancelled",
                            [lk], [lk], "phone_screen")],
          "difficulty": "medium", "category": "positive/cancellation",
          "notes": "GoodTime-like scheduler (Slotwise) confirmation with TZID .ics on Mon Mar 9 (day after US DST "
                   "start, CDT), then recruiter cancels because the role was closed + METHOD:CANCEL.",
          "source": "synthetic"})


# ---- 06 coffee with a VP that becomes the first interview
def c06():
    d1 = T(2026, 3, 26, 21, 3, "America/Los_Angeles", "Thu")
    t1 = ("Hi Corinne,\n\nTheo here - I run marketing at Fernhollow. Loved your post about rebuilding the "
          "pricing page narrative. I'm in Chicago next week for a customer visit; want to grab coffee? No agenda, "
          "just nerding out about PMM.\n\nTheo\n\nSent via Superhuman\n")
    m1 = mail(frm="Theo Baptiste <theo@fernhollow.example>", subject="coffee next week?", date=d1, text=t1,
              html=p2html(t1), headers=[("X-Mailer", "Superhuman Web (2026-03-20T18:04:11Z)")])
    d2 = T(2026, 3, 30, 7, 44, CHI, "Mon")
    t2 = ("Morning Corinne,\n\nQuick update before Wednesday. We just opened a Director of Product Marketing role "
          "(JD attached in Ines's note), and honestly you're who I had in mind. Would you be OK with our coffee "
          "doubling as the first conversation in the process? Ines Cardoso from our talent team is cc'd; she'll "
          "add you to our tracker and handle the next steps.\n\nStill good for Wednesday at half past eight at "
          "Sawmill Coffee on Fulton Market? I've blocked an hour.\n\nTheo\n\n"
          "Theo Baptiste\nVP Marketing, Fernhollow\n+1 (415) 555-0119\n\nSent via Superhuman\n\n"
          "On Fri, Mar 27, 2026 at 8:12 AM, Corinne Halvey <corinne.halvey@example.com> wrote:\n"
          + quote("Theo - would love that. Wednesday morning? I'm near the West Loop.\n\nCorinne"))
    m2 = mail(frm="Theo Baptiste <theo@fernhollow.example>", cc="Ines Cardoso <ines.cardoso@fernhollow.example>",
              subject="Re: coffee next week?", date=d2, text=t2, html=p2html(t2), in_reply_to=m1["Message-ID"],
              headers=[("X-Mailer", "Superhuman Web (2026-03-20T18:04:11Z)")])
    s = T(2026, 4, 1, 8, 30, CHI, "Wed")
    d3 = T(2026, 3, 30, 11, 20, "America/Los_Angeles", "Mon")
    t3 = ("Hi Corinne,\n\nNice to e-meet you! I've added you to our hiring process for the Director of Product "
          "Marketing role. Your coffee with Theo on Wed 4/1 at 8:30am CT counts as the hiring manager screen - "
          "no prep needed, just be yourself. If it goes well, I'll reach out to set up the next round.\n\n"
          "Ines Cardoso\nTalent Partner, Fernhollow\n")
    m3 = mail(frm="Ines Cardoso <ines.cardoso@fernhollow.example>", cc="Theo Baptiste <theo@fernhollow.example>",
              subject="Re: coffee next week?", date=d3, text=t3, in_reply_to=m2["Message-ID"],
              references=f"{m1['Message-ID']} {m2['Message-ID']}")
    case("b59-06-coffee-with-vp-becomes-interview",
         [("01-theo-coffee.eml", m1), ("02-theo-doubles-as-interview.eml", m2), ("03-ines-hm-screen.eml", m3)],
         {"interview": True,
          "interviews": [iv("Fernhollow", "Director of Product Marketing", s, s + timedelta(hours=1), "scheduled",
                            ["theo@fernhollow.example"], ["theo@fernhollow.example"], "hiring_manager")],
          "difficulty": "hard", "category": "positive/coffee-chat",
          "notes": "Starts as a no-agenda coffee, then explicitly becomes the first process step (HM screen). "
                   "'Wednesday at half past eight', 'blocked an hour', in person in Chicago -> 2026-04-01 08:30 CDT.",
          "source": "synthetic"})


# ---- 07 founder via Superhuman: "tomorrow at noon CT"
def c07():
    d1 = T(2026, 4, 8, 16, 40, CHI, "Wed")
    t1 = ("Corinne -\n\nThe team loved your case session on Monday. Last step for the Head of Product Marketing "
          "role is a conversation with me. Free tomorrow at noon CT? 30 min, I'll send a Meet link.\n\nSam\n\n"
          "Sam Okonkwo-Reyes\nCo-founder & CEO, Tinderbox\n\nSent via Superhuman\n")
    m1 = mail(frm="Sam Okonkwo-Reyes <sam@tinderbox-hq.example>", subject="last step", date=d1, text=t1,
              html=p2html(t1), headers=[("X-Mailer", "Superhuman iOS")])
    d2 = T(2026, 4, 8, 17, 9, CHI, "Wed")
    t2 = ("Perfect. Invite's on your calendar - meet.google.example/tbx-sam-chat\n\nSam\n\nSent via Superhuman\n\n"
          "On Wed, Apr 8, 2026 at 4:52 PM, Corinne Halvey <corinne.halvey@example.com> wrote:\n"
          + quote("Hi Sam, noon tomorrow works great. Looking forward to it!\n\n" + SIG_OWNER)
          + "\n>\n> On Wed, Apr 8, 2026 at 4:40 PM, Sam Okonkwo-Reyes <sam@tinderbox-hq.example> wrote:\n"
          "> > Free tomorrow at noon CT? 30 min, I'll send a Meet link.\n")
    m2 = mail(frm="Sam Okonkwo-Reyes <sam@tinderbox-hq.example>", subject="Re: last step", date=d2, text=t2,
              html=p2html(t2), in_reply_to="<CAJcorinne-noon@mail.example.com>",
              references=f"{m1['Message-ID']} <CAJcorinne-noon@mail.example.com>",
              headers=[("X-Mailer", "Superhuman iOS")])
    s = T(2026, 4, 9, 12, 0, CHI, "Thu")
    cal = ics(uid="5tq1tinderboxsam0409@google.example", start=s, end=s + timedelta(minutes=30), tz=CHI,
              summary="Corinne <> Sam (Tinderbox)", organizer=("Sam Okonkwo-Reyes", "sam@tinderbox-hq.example"),
              attendees=[("Sam Okonkwo-Reyes", "sam@tinderbox-hq.example", "ACCEPTED", "REQ-PARTICIPANT"),
                         (OWNER_NAME, OWNER, "ACCEPTED", "REQ-PARTICIPANT")],
              stamp=d2 - timedelta(minutes=1), method="PUBLISH", description="",
              location="https://meet.google.example/tbx-sam-chat")
    case("b59-07-founder-superhuman-noon-tomorrow",
         [("01-sam-last-step.eml", m1), ("02-sam-invite-sent.eml", m2), ("03-corinne-sam-tinderbox.ics", cal)],
         {"interview": True,
          "interviews": [iv("Tinderbox", "Head of Product Marketing", s, s + timedelta(minutes=30), "scheduled",
                            ["sam@tinderbox-hq.example"], ["sam@tinderbox-hq.example"], "hiring_manager")],
          "difficulty": "medium", "category": "positive/founder-chat",
          "notes": "Final chat with the CEO, body only. 'tomorrow at noon CT' resolved against Wed Apr 8 -> Thu "
                   "Apr 9 12:00 CDT, 30 min. A standalone .ics export of the same event -> still one interview.",
          "source": "synthetic"})


# ---- 08 founder via Outlook for iOS: "14h Paris" inside the US/EU DST gap
def c08():
    PAR = "Europe/Paris"
    d1 = T(2026, 3, 20, 18, 22, PAR, "Fri")
    t1 = ("Hi Corinne,\n\nThank you for applying to be our first marketing hire in the US (Product Marketing "
          "Lead, North America). I'm the co-founder of Ortolan and would love to talk with you.\n\n"
          "Would Thursday work? 14h Paris time - I think that is 7h in Chicago? 45 minutes on Google Meet.\n\n"
          "Belle soir\u00e9e,\n\u00c9lodie\n\nGet Outlook for iOS<https://aka.outlook.example/o0ukef>\n")
    m1 = mail(frm="\u00c9lodie Marchand <elodie@ortolan.example>",
              subject="Ortolan - Product Marketing Lead", date=d1, text=t1, text_cte="quoted-printable",
              headers=[("X-Mailer", "Outlook for iOS")])
    d2 = T(2026, 3, 21, 9, 5, PAR, "Sat")
    t2 = ("Ah yes, the famous three weeks when our clocks disagree! Confirmed: Thursday 26 March, 14h Paris / 8h "
          "Chicago, 45 min. Link: https://meet.google.example/ort-elo-cor\n\n\u00c9lodie\n\n"
          "Get Outlook for iOS<https://aka.outlook.example/o0ukef>\n"
          "________________________________\n"
          "From: Corinne Halvey <corinne.halvey@example.com>\nSent: Friday, March 20, 2026 9:41:07 PM\n"
          "To: \u00c9lodie Marchand <elodie@ortolan.example>\nSubject: Re: Ortolan - Product Marketing Lead\n\n"
          "Hi \u00c9lodie,\n\nThursday works! Small correction: until your clocks change on the 29th, 14h in "
          "Paris is 8:00 here in Chicago, which is perfectly fine for me.\n\nBest,\nCorinne\n")
    m2 = mail(frm="\u00c9lodie Marchand <elodie@ortolan.example>",
              subject="RE: Ortolan - Product Marketing Lead", date=d2, text=t2, html=p2html(t2), text_cte="base64",
              in_reply_to="<BN8PR-corinne-0320@mail.example.com>", headers=[("X-Mailer", "Outlook for iOS")])
    s = T(2026, 3, 26, 14, 0, PAR, "Thu")
    case("b59-08-founder-outlook-mobile-paris-14h",
         [("01-elodie-14h-paris.eml", m1), ("02-elodie-confirms.eml", m2)],
         {"interview": True,
          "interviews": [iv("Ortolan", "Product Marketing Lead, North America", s, s + timedelta(minutes=45),
                            "scheduled", ["elodie@ortolan.example"], ["elodie@ortolan.example"], "hiring_manager")],
          "difficulty": "hard", "category": "positive/timezone",
          "notes": "Founder writes '14h Paris ... 7h in Chicago?' (wrong); during the Mar 8-29 gap Paris is +01:00 "
                   "and Chicago -05:00, so 14:00 Paris = 08:00 CDT, confirmed in the Outlook-style reply.",
          "source": "synthetic"})


# ---- 09 Google invite from Sydney, rescheduled across Sydney DST end (Apr 5)
def c09():
    SYD = "Australia/Sydney"
    org = ("Kiri Donnelly", "kiri.donnelly@wattlebird.example")
    guests = [org, ("Hamish Teague", "hamish.teague@wattlebird.example"), (OWNER_NAME, OWNER)]
    title = "Corinne Halvey <> Wattlebird | Interview with Hamish (Sr PMM, Americas)"
    desc = ("Hiring manager interview for Senior Product Marketing Manager, Americas with Hamish Teague "
            "(Head of Marketing). Kiri (Talent) is organising and won't join.")
    s0 = T(2026, 4, 2, 8, 0, SYD, "Thu")
    d1 = T(2026, 3, 27, 10, 15, SYD, "Fri")
    m1 = google_invite(organizer=org, title=title, start=s0, end=s0 + timedelta(minutes=45), tz=SYD,
                       guests=guests, description=desc, stamp=d1, uid="7q0kd2wattlebirdhm@google.example",
                       meet="https://meet.google.example/wtb-hmsh-crn")
    s = T(2026, 4, 7, 8, 0, SYD, "Tue")
    d2 = T(2026, 3, 31, 9, 2, SYD, "Tue")
    m2 = google_invite(organizer=org, title=title, start=s, end=s + timedelta(minutes=45), tz=SYD,
                       guests=guests, description=desc + "\n\nMoved to next Tuesday (our time) - Hamish is "
                       "travelling Thursday.", stamp=d2, uid="7q0kd2wattlebirdhm@google.example", seq=1, updated=True,
                       meet="https://meet.google.example/wtb-hmsh-crn")
    hm_ = "hamish.teague@wattlebird.example"
    case("b59-09-google-invite-sydney-dst-reschedule",
         [("01-invitation.eml", m1), ("02-updated-invitation.eml", m2)],
         {"interview": True,
          "interviews": [iv("Wattlebird", "Senior Product Marketing Manager, Americas", s, s + timedelta(minutes=45),
                            "scheduled", [hm_], [hm_], "hiring_manager")],
          "difficulty": "hard", "category": "positive/reschedule",
          "notes": "Google invite in Australia/Sydney; SEQUENCE 1 moves 8:00 AEDT Thu Apr 2 to 8:00 AEST Tue Apr 7 "
                   "(Sydney DST ends Apr 5, +10:00). Subjects show the owner's CDT (Mon Apr 6 5pm).",
          "source": "synthetic"})


# ---- 10 Exchange/Teams panel from Berlin, "14:00 Uhr", (UTC+01:00) label in April
def c10():
    BER = "Europe/Berlin"
    s = T(2026, 4, 14, 14, 0, BER, "Tue")
    e = s + timedelta(hours=1)
    d = T(2026, 4, 7, 11, 34, BER, "Tue")
    body = ("Hallo Corinne,\n\nas discussed on the phone: your panel interview for the Product Marketing Manager "
            "(US market) role is set for Dienstag, 14. April, 14:00 Uhr Berliner Zeit (that's 7:00 AM in "
            "Chicago - sorry for the early start!).\n\nPanel: Jonas Brandt (VP Marketing) and Aylin Demir (Head "
            "of Product). I'm only organising and won't be in the call.\n\nViele Gr\u00fc\u00dfe\n"
            "Katrin Vogelsang\nTalent Acquisition | Lindenhaus Software GmbH\n"
            "Torstra\u00dfe 140, 10119 Berlin | +49 30 5557 2210")
    m = exchange_invite(
        organizer=("Katrin Vogelsang", "k.vogelsang@lindenhaus-software.example"),
        to_list=[(OWNER_NAME, OWNER), ("Jonas Brandt", "j.brandt@lindenhaus-software.example"),
                 ("Aylin Demir", "a.demir@lindenhaus-software.example")],
        subject="Panel Interview: Corinne Halvey - Product Marketing Manager (US market)",
        start=s, end=e, win_tz="W. Europe Standard Time", tz=BER,
        when_label="Tuesday, April 14, 2026 2:00 PM-3:00 PM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, "
                   "Stockholm, Vienna.",
        body=body, stamp=d, uid="040000008200E00074C5B7101A82E00800000000B59A10C0FFEE0000000000000000000010000000")
    ivs = ["j.brandt@lindenhaus-software.example", "a.demir@lindenhaus-software.example"]
    case("b59-10-exchange-teams-berlin-panel-uhr", [("01-teams-panel-invite.eml", m)],
         {"interview": True,
          "interviews": [iv("Lindenhaus Software", "Product Marketing Manager (US market)", s, e, "scheduled",
                            ivs, ivs, "onsite")],
          "difficulty": "medium", "category": "positive/exchange",
          "notes": "Exchange/Teams invite, TZID 'W. Europe Standard Time', display label (UTC+01:00) but Apr 14 is "
                   "CEST +02:00; '14:00 Uhr'. Two-person panel -> onsite; organiser is not an interviewer.",
          "source": "synthetic"})


# ---- 11 two interviews: Greenhouse recruiter screen "2pm ET" + HM interview as Calendar API event
def c11():
    ET = "America/New_York"
    s1 = T(2026, 4, 13, 14, 0, ET, "Mon")
    e1 = s1 + timedelta(minutes=30)
    d1 = T(2026, 4, 6, 12, 30, ET, "Mon")
    t1 = ("Hi Corinne,\n\nThanks for picking a time! Your phone screen with Bea Lindqvist for the Senior Product "
          "Marketing Manager, Data Platform role is booked for Monday, April 13 at 2pm ET (30 minutes). Bea will "
          "call you at the number on your application.\n\nAn invite is attached.\n\nMarlowe Analytics Recruiting\n"
          "Powered by Greenhouse\n")
    cal = ics(uid="gh-interview-88123190@greenhouse-mail.example", start=s1, end=e1,
              summary="Phone Screen: Corinne Halvey / Bea Lindqvist (Marlowe Analytics)",
              organizer=("Marlowe Analytics Recruiting", "no-reply@greenhouse-mail.example"),
              attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")], stamp=d1,
              description="Bea will call you.", location="Phone",
              prodid="-//Greenhouse Software//Interview Scheduler//EN")
    m1 = mail(frm="Marlowe Analytics Recruiting <no-reply@greenhouse-mail.example>",
              reply_to="Bea Lindqvist <bea.lindqvist@marloweanalytics.example>",
              subject="Phone screen confirmed - Marlowe Analytics", date=d1, text=t1, html=p2html(t1),
              attach_ics=cal)
    d2 = T(2026, 4, 14, 9, 15, ET, "Tue")
    t2 = ("Hi Corinne,\n\nThanks for a great chat yesterday! Raj Subramanian, our Director of Product Marketing "
          "and the hiring manager, would love to meet you. I've put 45 minutes on your calendar for next Monday "
          "morning - you should see the invite from me shortly.\n\nBest,\nBea\n\n"
          "Bea Lindqvist | Senior Recruiter | Marlowe Analytics\n"
          "85 Broad St, New York, NY 10004 | (212) 555-0184\n")
    m2 = mail(frm="Bea Lindqvist <bea.lindqvist@marloweanalytics.example>", subject="Next step: meet Raj",
              date=d2, text=t2, text_cte="7bit")
    s2 = T(2026, 4, 20, 11, 30, ET, "Mon")
    e2 = s2 + timedelta(minutes=45)
    ev = {
        "kind": "calendar#event", "etag": "\"3517730412660000\"", "id": "4m2sd0hq7marloweraj0420",
        "status": "confirmed",
        "htmlLink": "https://www.google.example/calendar/event?eid=NG0yc2QwaHE3bWFybG93ZXJhajA0MjA",
        "created": "2026-04-14T13:19:02.000Z", "updated": "2026-04-14T13:20:06.330Z",
        "summary": "Corinne Halvey / Raj Subramanian - Hiring Manager Interview",
        "description": "Hiring manager interview - Senior Product Marketing Manager, Data Platform.\n"
                       "Raj will focus on launches and messaging for technical buyers.",
        "creator": {"email": "bea.lindqvist@marloweanalytics.example", "displayName": "Bea Lindqvist"},
        "organizer": {"email": "bea.lindqvist@marloweanalytics.example", "displayName": "Bea Lindqvist"},
        "start": {"dateTime": iso(s2), "timeZone": ET},
        "end": {"dateTime": iso(e2), "timeZone": ET},
        "iCalUID": "4m2sd0hq7marloweraj0420@google.example", "sequence": 0,
        "attendees": [
            {"email": "bea.lindqvist@marloweanalytics.example", "displayName": "Bea Lindqvist",
             "organizer": True, "responseStatus": "accepted"},
            {"email": "raj.subramanian@marloweanalytics.example", "displayName": "Raj Subramanian",
             "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"}],
        "hangoutLink": "https://meet.google.example/mrl-raj-crn",
        "reminders": {"useDefault": True}, "eventType": "default"}
    bea, raj = "bea.lindqvist@marloweanalytics.example", "raj.subramanian@marloweanalytics.example"
    role = "Senior Product Marketing Manager, Data Platform"
    case("b59-11-greenhouse-screen-then-hm-gcal",
         [("01-greenhouse-phone-screen.eml", m1), ("02-bea-meet-raj.eml", m2),
          ("03-hm-interview.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")],
         {"interview": True,
          "interviews": [iv("Marlowe Analytics", role, s1, e1, "scheduled", [bea], [bea], "phone_screen"),
                         iv("Marlowe Analytics", role, s2, e2, "scheduled", [raj], [raj], "hiring_manager")],
          "difficulty": "medium", "category": "positive/two-interviews",
          "notes": "Recruiter screen via Greenhouse ('2pm ET', UTC .ics) and a separate HM interview as a Calendar "
                   "API event (organizer = recruiter, not interviewer).",
          "source": "synthetic"})


# ---- 12 Outlook HM invite, owner withdraws, METHOD:CANCEL
def c12():
    s = T(2026, 4, 15, 15, 30, CHI, "Wed")
    e = s + timedelta(minutes=45)
    org = ("Graham Petrakis", "gpetrakis@northvane.example")
    d1 = T(2026, 4, 9, 10, 5, CHI, "Thu")
    body = ("Hi Corinne,\n\nLooking forward to continuing our conversation. This will be a 45-minute interview "
            "with me covering your launch experience and how you'd approach our mid-market push.\n\n"
            "Graham Petrakis\nDirector, Product Marketing | Northvane\n"
            "401 N Michigan Ave, Chicago, IL 60611 | o: (312) 555-0102")
    subj = "Interview: Corinne Halvey - Product Marketing Manager"
    uid = "040000008200E00074C5B7101A82E00800000000B59C12AA55AA0000000000000000000010000000"
    label = f"Wednesday, April 15, 2026 3:30 PM-4:15 PM (UTC-06:00) Central Time (US & Canada)."
    m1 = exchange_invite(organizer=org, to_list=[(OWNER_NAME, OWNER)], subject=subj, start=s, end=e,
                         win_tz="Central Standard Time", tz=CHI, when_label=label, body=body, stamp=d1, uid=uid)
    d2 = T(2026, 4, 13, 13, 40, CHI, "Mon")
    t2 = ("Hi Corinne,\n\nThanks for letting me know, and congratulations - I completely understand. I'll cancel "
          "Wednesday's invite on my side. Door's open if things change.\n\nAll the best,\nGraham\n\n"
          "________________________________\nFrom: Corinne Halvey <corinne.halvey@example.com>\n"
          "Sent: Monday, April 13, 2026 12:58 PM\nTo: Graham Petrakis <gpetrakis@northvane.example>\n"
          "Subject: Withdrawing - Product Marketing Manager\n\nHi Graham,\n\nI wanted to let you know before "
          "Wednesday: I've accepted another opportunity and would like to withdraw from the process. Thank you "
          "for your time and for being so generous with context.\n\nBest,\nCorinne\n")
    m2 = mail(frm="Graham Petrakis <gpetrakis@northvane.example>",
              subject="RE: Withdrawing - Product Marketing Manager", date=d2, text=t2, html=p2html(t2),
              in_reply_to="<SA1PR-corinne-withdraw@mail.example.com>",
              headers=[("Thread-Topic", "Withdrawing - Product Marketing Manager")])
    d3 = T(2026, 4, 13, 13, 42, CHI, "Mon")
    m3 = exchange_invite(organizer=org, to_list=[(OWNER_NAME, OWNER)], subject="Canceled: " + subj, start=s, end=e,
                         win_tz="Central Standard Time", tz=CHI, when_label=label,
                         body="Candidate withdrew - cancelling.", stamp=d3, uid=uid, seq=1, method="CANCEL",
                         status="CANCELLED")
    case("b59-12-outlook-candidate-withdraws-cancel",
         [("01-outlook-interview-invite.eml", m1), ("02-graham-reply.eml", m2), ("03-outlook-canceled.eml", m3)],
         {"interview": True,
          "interviews": [iv("Northvane", "Product Marketing Manager", s, e, "cancelled", [org[1]], [org[1]],
                            "hiring_manager")],
          "difficulty": "medium", "category": "positive/cancellation",
          "notes": "Exchange invite (Central Standard Time TZID, '(UTC-06:00)' label while CDT applies), candidate "
                   "withdraws, organiser sends METHOD:CANCEL -> cancelled at Apr 15 15:30 CDT.",
          "source": "synthetic"})


# ---- 13 forwarded recruiter mail (base64) + Zoom details: Bengaluru recruiter, "half past ten" Chicago
def c13():
    IST = "Asia/Kolkata"
    s = T(2026, 4, 14, 10, 30, CHI, "Tue")
    e = s + timedelta(minutes=45)
    s_ist = s.astimezone(ZoneInfo(IST))
    assert (s_ist.hour, s_ist.minute) == (21, 0), s_ist
    d0 = T(2026, 4, 9, 18, 12, IST, "Thu")
    d1 = T(2026, 4, 9, 8, 3, CHI, "Thu")
    fwd = ("FYI - forwarding to my personal inbox.\n\n---------- Forwarded message ---------\n"
           "From: Ananya Krishnan <ananya.k@saffrongrid.example>\n"
           f"Date: {d0.strftime('%a, %b')} {d0.day}, 2026 at 6:12 PM\n"
           "Subject: Product Marketing Manager (US) - Saffron Grid\n"
           "To: <corinne.h@tallgrass-analytics.example>\n\n"
           "Hi Corinne,\n\nI hope this reaches you - I found this address on a webinar page from last year. "
           "Saffron Grid is building out a US go-to-market team and we're hiring a Product Marketing Manager (US) "
           "based in the Central time zone.\n\nWould Tuesday 14 April at half past ten in the morning, Chicago "
           "time, work for a 45-minute conversation with our Head of Marketing, Vikram Sethi "
           "(vikram.sethi@saffrongrid.example)? That's 9 PM for us here in Bengaluru. I'll send a Zoom link "
           "once you confirm.\n\nWarm regards,\nAnanya Krishnan\nTalent Acquisition Lead, Saffron Grid\n"
           "No. 14, 3rd Floor, 80 Feet Road, Koramangala, Bengaluru 560034\n+91 80 5555 0143\n")
    m1 = mail(frm="Corinne Halvey <corinne.h@tallgrass-analytics.example>",
              subject="Fwd: Product Marketing Manager (US) - Saffron Grid", date=d1, text=fwd, text_cte="base64")
    d2 = T(2026, 4, 9, 20, 40, IST, "Thu")
    t2 = (f"Hi Corinne,\n\nThank you for confirming from your personal email! Here are the details:\n\n"
          f"Conversation with Vikram Sethi, Head of Marketing\n"
          f"Tuesday, 14 April 2026 - 10:30 AM CDT (Chicago) / 9:00 PM IST\nDuration: 45 minutes\n"
          f"Zoom: https://saffrongrid.zoom.example/j/93311027745  Passcode: 614220\n\n"
          f"Vikram is cc'd. Please reach out to me if anything changes.\n\nWarm regards,\nAnanya\n\n"
          f"Ananya Krishnan | Talent Acquisition Lead | Saffron Grid\n+91 80 5555 0143\n")
    m2 = mail(frm="Ananya Krishnan <ananya.k@saffrongrid.example>",
              cc="Vikram Sethi <vikram.sethi@saffrongrid.example>",
              subject="Re: Product Marketing Manager (US) - Saffron Grid", date=d2, text=t2, html=p2html(t2),
              in_reply_to="<CAK-corinne-confirm-0409@mail.example.com>")
    vs = "vikram.sethi@saffrongrid.example"
    case("b59-13-forwarded-bengaluru-half-past-ten",
         [("01-fwd-saffron-grid.eml", m1), ("02-ananya-zoom-details.eml", m2)],
         {"interview": True,
          "interviews": [iv("Saffron Grid", "Product Marketing Manager (US)", s, e, "scheduled", [vs], [vs],
                            "hiring_manager")],
          "difficulty": "hard", "category": "positive/forwarded",
          "notes": "Owner forwards a recruiter mail from an old work address (base64 body); time written as 'half "
                   "past ten in the morning, Chicago time' = 9 PM IST; confirmation mail restates 10:30 AM CDT.",
          "source": "synthetic"})


# =========================================================================== NEGATIVES
def neg(cid, items, notes, difficulty="hard", category="negative/other"):
    case(cid, items, {"interview": False, "interviews": [], "difficulty": difficulty, "category": category,
                      "notes": notes, "source": "synthetic"})


def c14():
    s = T(2026, 4, 2, 12, 0, CHI, "Thu")
    e = s + timedelta(minutes=60)
    d = T(2026, 3, 27, 9, 0, CHI, "Fri")
    t = ("You're registered!\n\nHow to ace your PMM interview\nLinkedIn Live hosted by Launchline Academy\n"
         f"{long_date(s)} \u00b7 {long_ampm(s)} - {long_ampm(e)} CDT\n\n"
         "Join Dorothea Quist (ex-Head of PMM) and two hiring managers as they break down the product marketing "
         "interview loop: the recruiter screen, the positioning exercise, the case presentation and the final "
         "round with the CMO. Bring your questions for the live Q&A.\n\n"
         "Add to calendar (attached) | View event: https://www.linkedin.example/events/7311209\n\n"
         "You are receiving LinkedIn notification emails. Unsubscribe.\n")
    cal = ics(uid="li-event-7311209@linkedin.example", start=s, end=e, summary="How to ace your PMM interview "
              "(LinkedIn Live)", organizer=("LinkedIn Events", "events-noreply@linkedin.example"),
              attendees=[(OWNER_NAME, OWNER, "ACCEPTED", "REQ-PARTICIPANT")], stamp=d,
              description="LinkedIn Live: https://www.linkedin.example/events/7311209",
              location="https://www.linkedin.example/events/7311209", prodid="-//LinkedIn//Events//EN")
    m = mail(frm="LinkedIn Events <events-noreply@linkedin.example>",
             subject="You're registered: How to ace your PMM interview", date=d, text=t, html=p2html(t),
             attach_ics=cal, attach_name="event.ics")
    neg("b59-14-linkedin-live-ace-pmm-interview", [("01-linkedin-live-registered.eml", m)],
        "LinkedIn Live webinar about PMM interviews with an .ics; not a job interview.",
        category="negative/webinar")


def c15():
    org = ("Pilar Ibarra", "pilar.ibarra@ferrous-crm.example")
    s = T(2026, 3, 19, 14, 0, CHI, "Thu")
    d = T(2026, 3, 11, 11, 7, CHI, "Wed")
    desc = ("Quarterly Customer Advisory Board call. We'll interview each CAB member for ~10 minutes about how your "
            "team plans launches, then preview candidate features for the Q3 roadmap. Please come ready to share "
            "what's working and what isn't.\n\nPilar Ibarra, Customer Marketing, Ferrous CRM")
    m = google_invite(organizer=org, title="Ferrous CRM Customer Advisory Board - Q2 roadmap call",
                      start=s, end=s + timedelta(minutes=90), tz=CHI,
                      guests=[org, ("Mateo Lund", "mateo.lund@ferrous-crm.example"), (OWNER_NAME, OWNER),
                              ("Gwen Abara", "gwen.abara@corvid-freight.example")],
                      description=desc, stamp=d, uid="3hh9ferrouscabq2@google.example",
                      meet="https://meet.google.example/frs-cab-q2")
    neg("b59-15-customer-advisory-board-call", [("01-cab-invitation.eml", m)],
        "Google invite for a customer advisory board call ('we'll interview each CAB member', 'candidate "
        "features'); the owner is a customer, not a candidate.", category="negative/customer-call")


def c16():
    ET = "America/New_York"
    s = T(2026, 3, 31, 14, 0, ET, "Tue")
    e = s + timedelta(minutes=30)
    d = T(2026, 3, 24, 15, 33, ET, "Tue")
    t = (f"Hi Corinne,\n\nYour demo is booked!\n\nEvent: TalkMetric demo - interview intelligence for hiring teams\n"
         f"With: Brock Hanley\nDate/time: {long_ampm(s)} - {long_ampm(e)}, {long_date(s)} (Eastern Time)\n"
         f"Location: https://talkmetric.zoom.example/j/5520019\n\n"
         "Brock will show you how TalkMetric records, transcribes and scores every candidate interview, builds "
         "structured interview kits for each role, and flags bias in interviewer feedback.\n\n"
         "Need to make changes? Cancel or reschedule: https://booker.example/cancellations/a81f\n")
    cal = ics(uid="booker-a81f-talkmetric@booker.example", start=s, end=e,
              summary="TalkMetric demo - interview intelligence (Corinne Halvey)",
              organizer=("Brock Hanley", "brock@talkmetric.example"),
              attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")], stamp=d,
              description="Product demo of TalkMetric interview intelligence.",
              location="https://talkmetric.zoom.example/j/5520019", prodid="-//Booker//Scheduling//EN")
    m1 = mail(frm="Booker Notifications <notifications@booker.example>",
              reply_to="Brock Hanley <brock@talkmetric.example>",
              subject="New Event: Corinne Halvey - 2:00pm Tue, Mar 31, 2026 - TalkMetric demo",
              date=d, text=t, html=p2html(t), attach_ics=cal)
    d2 = T(2026, 3, 30, 9, 12, ET, "Mon")
    t2 = ("Hi Corinne - looking forward to tomorrow! Since you mentioned you're interviewing a lot right now and "
          "advising a friend's startup on their hiring process, I'll tailor the demo to how a small team can run "
          "consistent interviews for a PMM role. 30 min, 2pm ET.\n\nBrock Hanley\nAccount Executive, TalkMetric\n"
          "(617) 555-0175\n")
    m2 = mail(frm="Brock Hanley <brock@talkmetric.example>", subject="Tomorrow's demo", date=d2, text=t2,
              text_cte="7bit")
    neg("b59-16-vendor-demo-interview-intelligence", [("01-demo-booked.eml", m1), ("02-brock-reminder.eml", m2)],
        "Sales demo of an interview-intelligence tool booked via a scheduling service, with .ics; owner is a "
        "prospect.", category="negative/vendor-demo")


def c17():
    org = ("Yusuf Adeyemi", "yusuf.adeyemi@crestline.example")
    d1 = T(2026, 4, 3, 10, 22, CHI, "Fri")
    t1 = ("Hi Corinne,\n\nJamal Whitaker is a finalist for our Product Marketing Manager role and listed you as a "
          "reference from when he reported to you. Would you have 20 minutes for a quick reference call? I'll "
          "ask about his strengths, how he handled launches, and areas for growth. Everything you share stays "
          "confidential to the interview team.\n\nI've sent a calendar invite for Tuesday at 1:15 PM CT - happy "
          "to move it if that doesn't work.\n\nThanks so much,\nYusuf Adeyemi\nTalent Partner, Crestline\n"
          "(773) 555-0129\n")
    m1 = mail(frm="Yusuf Adeyemi <yusuf.adeyemi@crestline.example>",
              subject="Reference for Jamal Whitaker (candidate - Product Marketing Manager)", date=d1, text=t1,
              text_cte="7bit")
    s = T(2026, 4, 7, 13, 15, CHI, "Tue")
    m2 = google_invite(organizer=org, title="Reference call: Jamal Whitaker (candidate) - Corinne Halvey",
                       start=s, end=s + timedelta(minutes=20), tz=CHI, guests=[org, (OWNER_NAME, OWNER)],
                       description="Reference check for Jamal Whitaker, candidate for Product Marketing Manager.",
                       stamp=d1 + timedelta(minutes=2), uid="0vv1crestlineref@google.example",
                       meet="https://meet.google.example/crs-ref-jmw")
    neg("b59-17-reference-call-for-former-report", [("01-yusuf-reference-request.eml", m1),
                                                    ("02-reference-call-invite.eml", m2)],
        "Owner gives a reference for a former report; the candidate is someone else.",
        category="negative/reference-call")


def c18():
    d = T(2026, 4, 10, 14, 2, "America/Los_Angeles", "Fri")
    t = ("Hi Corinne,\n\nThank you for taking the time to interview with the Quayside Labs team for the Senior "
         "Product Marketing Manager role, including your final round on Tuesday. Everyone enjoyed your case "
         "presentation.\n\nAfter a lot of discussion, we've decided to move forward with another candidate whose "
         "experience more closely matches our current needs. This was a difficult decision.\n\nWe'd love to keep "
         "in touch - if you're open to it, we'll reach out when a role fits, or you can schedule a call with "
         "me to get feedback.\n\nBest,\nMarguerite Olsen\nRecruiting, Quayside Labs\n\nPowered by Ashby\n")
    m = mail(frm="Quayside Labs <no-reply@ashby-mail.example>",
             reply_to="Marguerite Olsen <marguerite.olsen@quaysidelabs.example>",
             subject="Update on your application to Quayside Labs", date=d, text=t, html=p2html(t))
    neg("b59-18-ashby-rejection-after-final", [("01-quayside-update.eml", m)],
        "Rejection after a final round; mentions past interview and an optional feedback call.",
        difficulty="medium", category="negative/rejection")


def c19():
    org = ("Mireille Santos", "mireille.santos@brasswing.example")
    d1 = T(2026, 4, 16, 16, 20, "America/Denver", "Thu")
    t1 = ("Hi Corinne,\n\nI'm thrilled to share that the team would like to extend you an offer for the Senior "
          "Product Marketing Manager role! The written offer is attached in our portal.\n\nI'd love to walk "
          "you through compensation, equity and benefits and answer any questions - I've put 30 minutes on the "
          "calendar for Monday at 11 MT (noon your time). If you'd like to discuss the base or sign-on, that's "
          "the perfect time to do it.\n\nCongratulations again - you interviewed beautifully.\n\nMireille Santos\n"
          "Senior Recruiter, Brasswing | 1550 Wewatta St, Denver, CO 80202 | (720) 555-0156\n")
    m1 = mail(frm="Mireille Santos <mireille.santos@brasswing.example>",
              subject="Your offer from Brasswing - Senior Product Marketing Manager", date=d1, text=t1,
              html=p2html(t1))
    s = T(2026, 4, 20, 11, 0, "America/Denver", "Mon")
    m2 = google_invite(organizer=org, title="Offer discussion: Corinne / Mireille (Brasswing)", start=s,
                       end=s + timedelta(minutes=30), tz="America/Denver", guests=[org, (OWNER_NAME, OWNER)],
                       description="Walk through the offer for Senior Product Marketing Manager - compensation, "
                                   "equity, benefits, start date.", stamp=d1 + timedelta(minutes=4),
                       uid="1bb7brasswingoffer@google.example", meet="https://meet.google.example/brw-ofr-crn")
    neg("b59-19-offer-negotiation-call", [("01-offer.eml", m1), ("02-offer-discussion-invite.eml", m2)],
        "Offer plus a Google invite for an offer/negotiation call; not an interview.",
        category="negative/offer")


def c20():
    d1 = T(2026, 3, 18, 13, 45, "America/Los_Angeles", "Wed")
    t1 = ("Hi Corinne,\n\nI'm on the customer marketing team at Loomcraft. Your team's rollout of Loomcraft "
          "boards during your time at Tallgrass was one of our favourite success stories, and we'd love to "
          "feature you in our customer story series (even though you've moved on - the story is about the "
          "launch you led!).\n\nIt's a relaxed 30-minute interview with our content writer, Felix Arndt. We'll "
          "send you the draft to approve before anything is published. Pick any time that suits you: "
          "https://booker.example/loomcraft/customer-story\n\nThank you!\nHana Sorensen\nCustomer Marketing "
          "Manager, Loomcraft\n")
    m1 = mail(frm="Hana Sorensen <hana.sorensen@loomcraft.example>",
              subject="We'd love to feature you in our customer story", date=d1, text=t1, html=p2html(t1))
    s = T(2026, 3, 25, 15, 0, CHI, "Wed")
    e = s + timedelta(minutes=30)
    d2 = T(2026, 3, 19, 8, 30, CHI, "Thu")
    t2 = (f"Your interview is confirmed\n\nLoomcraft customer story interview\n{long_date(s)}, "
          f"{long_ampm(s)} - {long_ampm(e)} Central Time\nHost: Felix Arndt (felix.arndt@loomcraft.example)\n"
          "Zoom: https://loomcraft.zoom.example/j/7740012\n\nWe'll record the call for the writer's notes only.\n")
    cal = ics(uid="booker-loomcraft-story-55@booker.example", start=s, end=e,
              summary="Loomcraft customer story interview - Corinne Halvey",
              organizer=("Felix Arndt", "felix.arndt@loomcraft.example"),
              attendees=[(OWNER_NAME, OWNER, "ACCEPTED", "REQ-PARTICIPANT"),
                         ("Hana Sorensen", "hana.sorensen@loomcraft.example", "ACCEPTED", "OPT-PARTICIPANT")],
              stamp=d2, description="Customer story interview for the Loomcraft blog.",
              location="https://loomcraft.zoom.example/j/7740012", prodid="-//Booker//Scheduling//EN")
    m2 = mail(frm="Booker Notifications <notifications@booker.example>",
              reply_to="Felix Arndt <felix.arndt@loomcraft.example>",
              subject="Confirmed: Loomcraft customer story interview", date=d2, text=t2, html=p2html(t2),
              attach_ics=cal)
    neg("b59-20-customer-story-interview", [("01-hana-customer-story.eml", m1), ("02-story-interview-booked.eml", m2)],
        "Case-study/press-style 'customer story interview' with a booked .ics; not a hiring process.",
        category="negative/press-interview")


def c21():
    d1 = T(2026, 4, 15, 9, 10, "America/New_York", "Wed")
    t1 = ("Hi Corinne,\n\nGreat news - the hiring team for the Product Marketing Manager, Growth role at Ravelin "
          "Health would like to move you forward to a 45-minute interview with Chloe Martens (Director of "
          "Marketing).\n\nPlease share your availability using the link below by Friday. We'll confirm a time "
          "once Chloe's calendar is matched.\n\nSelect your availability: https://slotwise.example/a/RVH-1127\n\n"
          "Suggested windows: Tue 4/21 or Wed 4/22, between 10am and 4pm CT.\n\n"
          "Scheduled with Slotwise on behalf of Ravelin Health\n")
    m1 = mail(frm="Ravelin Health Recruiting <interviews@slotwise.example>",
              reply_to="Noor Haddad <noor.haddad@ravelinhealth.example>",
              subject="Action needed: share your availability for an interview with Ravelin Health", date=d1,
              text=t1, html=p2html(t1))
    d2 = T(2026, 4, 17, 8, 55, "America/New_York", "Fri")
    t2 = ("Hi Corinne, just a friendly nudge to submit your availability for the interview with Chloe - the link "
          "expires today at 5pm ET. Once you submit, you'll get a calendar invite.\n\nNoor Haddad\nRecruiting "
          "Coordinator, Ravelin Health\n")
    m2 = mail(frm="Noor Haddad <noor.haddad@ravelinhealth.example>",
              subject="Re: Action needed: share your availability for an interview with Ravelin Health", date=d2,
              text=t2, in_reply_to=m1["Message-ID"], text_cte="7bit")
    neg("b59-21-slotwise-availability-request-unbooked",
        [("01-availability-request.eml", m1), ("02-noor-nudge.eml", m2)],
        "Availability request and reminder; no interview is ever booked.", category="negative/availability-request")


def c22():
    d1 = T(2026, 3, 30, 10, 0, CHI, "Mon")
    t1 = ("Hi Corinne,\n\nThanks for your interest in the Product Marketing Manager role at Oakhurst Cloud! The "
          "next step is a one-way video interview. You'll answer 3 questions on camera, with 2 minutes per "
          "answer and one practice question. There is no live interviewer - you can complete it any time before "
          "Thursday, April 2 at 11:59 PM CT.\n\nStart your video interview: https://vidscreen.example/i/OKC-55K1\n\n"
          "Good luck!\nOakhurst Cloud Talent Team via Vidscreen\n")
    m1 = mail(frm="Oakhurst Cloud via Vidscreen <no-reply@vidscreen.example>",
              subject="Your video interview with Oakhurst Cloud is ready", date=d1, text=t1, html=p2html(t1))
    d2 = T(2026, 4, 2, 9, 0, CHI, "Thu")
    t2 = ("Reminder: your video interview for Product Marketing Manager at Oakhurst Cloud is due today at "
          "11:59 PM CT. It takes about 15 minutes.\n\nStart now: https://vidscreen.example/i/OKC-55K1\n")
    m2 = mail(frm="Oakhurst Cloud via Vidscreen <no-reply@vidscreen.example>",
              subject="Reminder: video interview due today", date=d2, text=t2, html=p2html(t2))
    neg("b59-22-one-way-video-interview-deadline", [("01-video-interview-ready.eml", m1),
                                                    ("02-video-interview-reminder.eml", m2)],
        "One-way (async) video interview with a deadline; no live conversation.",
        difficulty="medium", category="negative/assessment")


# =========================================================================== write
def main():
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
               c14, c15, c16, c17, c18, c19, c20, c21, c22):
        fn()
    for name in os.listdir(HERE):
        if name.startswith("b59-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    for cid, items in CASES.items():
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fname, obj in items:
            path = os.path.join(d, fname)
            if isinstance(obj, EmailMessage):
                for i, part in enumerate(obj.walk()):
                    if part.is_multipart():  # deterministic MIME boundaries
                        h = hashlib.sha1(f"{cid}/{fname}/{i}".encode()).hexdigest()
                        part.set_boundary(f"00000000{h[:20]}")
                data = bytes(obj)
            elif isinstance(obj, bytes):
                data = obj
            else:
                data = obj.encode("utf-8")
            with open(path, "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# blind59 labels - generated by make_cases.py (do not edit by hand)\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=110)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
