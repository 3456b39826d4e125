#!/usr/bin/env python3
"""Deterministic generator for the blind113 interview-detection set.

Rewrites every case folder (b113-*) and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. Every UTC offset is computed with zoneinfo.
All people, companies and domains are invented (.example / example.com).
"""
import hashlib
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = "marisol.brennan@example.com"
OWNER_NAME = "Marisol Brennan"
OWNER_DISP = f"{OWNER_NAME} <{OWNER}>"
WORK = "mbrennan@midwaycartage.example"

CHI = ZoneInfo("America/Chicago")
IND = ZoneInfo("America/Indiana/Indianapolis")
NYC = ZoneInfo("America/New_York")
DEN = ZoneInfo("America/Denver")
LAX = ZoneInfo("America/Los_Angeles")
PAR = ZoneInfo("Europe/Paris")
BER = ZoneInfo("Europe/Berlin")
UTC = timezone.utc

CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


def T(tz, y, mo, d, h, mi=0, s=0, wd=None):
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        assert dt.strftime("%a") == wd, (dt, dt.strftime("%a"), wd)
    return dt


def iso(dt):
    return None if dt is None else dt.isoformat()


def uid(seed, n=26):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


# ------------------------------------------------------------------ iCalendar
def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, first = [], b"", True
    for ch in line:
        cb = ch.encode("utf-8")
        limit = 75 if first else 74
        if len(cur) + len(cb) > limit:
            out.append(cur.decode("utf-8"))
            cur, first = b"", False
        cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def ical_utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ical_local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def off(td):
    sec = int(td.total_seconds())
    sign = "+" if sec >= 0 else "-"
    sec = abs(sec)
    return f"{sign}{sec // 3600:02d}{(sec % 3600) // 60:02d}"


def vtimezone(tzid, zone, kind="us"):
    """VTIMEZONE with offsets from zoneinfo; rules are the standing US / EU rules."""
    std = datetime(2026, 1, 15, 12, tzinfo=zone).utcoffset()
    dst = datetime(2026, 7, 15, 12, tzinfo=zone).utcoffset()
    if kind == "us":
        s_start, s_rule = "16011104T020000", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"
        d_start, d_rule = "16010311T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"
    else:
        s_start, s_rule = "16011025T030000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"
        d_start, d_rule = "16010329T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", f"DTSTART:{s_start}", f"TZOFFSETFROM:{off(dst)}", f"TZOFFSETTO:{off(std)}",
        f"RRULE:{s_rule}", "END:STANDARD",
        "BEGIN:DAYLIGHT", f"DTSTART:{d_start}", f"TZOFFSETFROM:{off(std)}", f"TZOFFSETTO:{off(dst)}",
        f"RRULE:{d_rule}", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def ics(method, prodid, ev, tz=None, extra_cal=()):
    """ev: dict with uid, start, end (or None), stamp, summary, organizer (name,email), attendees
    [(name,email,partstat)], description, location, sequence, status, extra (raw lines).
    tz: None -> UTC times; (tzid, zone, kind) -> TZID local times with VTIMEZONE."""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    L += list(extra_cal)
    if tz:
        L += vtimezone(*tz)
    L.append("BEGIN:VEVENT")

    def dtline(name, dt):
        if tz:
            return f"{name};TZID={tz[0]}:{ical_local(dt.astimezone(tz[1]))}"
        return f"{name}:{ical_utc(dt)}"
    L.append(dtline("DTSTART", ev["start"]))
    if ev.get("end") is not None:
        L.append(dtline("DTEND", ev["end"]))
    L.append(f"DTSTAMP:{ical_utc(ev['stamp'])}")
    if ev.get("organizer"):
        n, e = ev["organizer"]
        L.append(f"ORGANIZER;CN={n}:mailto:{e}")
    L.append(f"UID:{ev['uid']}")
    for n, e, ps in ev.get("attendees", []):
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={n}:mailto:{e}")
    if ev.get("description") is not None:
        L.append("DESCRIPTION:" + esc(ev["description"]))
    if ev.get("location") is not None:
        L.append("LOCATION:" + esc(ev["location"]))
    L.append(f"SEQUENCE:{ev.get('sequence', 0)}")
    L.append(f"STATUS:{ev.get('status', 'CONFIRMED')}")
    if ev.get("summary") is not None:
        L.append("SUMMARY:" + esc(ev["summary"]))
    L += list(ev.get("extra", []))
    L.append("TRANSP:OPAQUE")
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in L) + "\r\n"


# ------------------------------------------------------------------ e-mail
def email(date, frm, to, subject, text=None, html=None, *, text_cte="quoted-printable", html_cte="quoted-printable",
          cal=None, cal_method="REQUEST", cal_cte="7bit", attach=None, cc=None, reply_to=None, sender=None,
          msgid=None, in_reply_to=None, references=None, extra=(), received_from="mx.mail.example",
          delivered_to=OWNER, html_only=False):
    m = EmailMessage()
    m["Delivered-To"] = delivered_to
    m["Received"] = (f"from {received_from} ({received_from} [198.51.100.{int(uid(subject, 4), 16) % 250 + 2}])"
                     f" by mx.example.com with ESMTPS id {uid(subject + 'r', 12)}"
                     f" for <{delivered_to}>; {format_datetime(date.astimezone(UTC))}")
    for k, v in extra:
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
    dom = frm.split("@")[-1].rstrip(">")
    m["Message-ID"] = msgid or f"<{uid(subject + str(date), 20)}@{dom}>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    if references:
        m["References"] = references
    if html_only:
        m.set_content(html, subtype="html", cte=html_cte)
    else:
        m.set_content(text, cte=text_cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    if cal is not None:
        m.add_alternative(cal, subtype="calendar", params={"method": cal_method}, cte=cal_cte)
    if attach is not None:
        fname, data = attach
        m.add_attachment(data.encode("utf-8"), maintype="application", subtype="ics", filename=fname)
    for i, part in enumerate(m.walk()):   # deterministic MIME boundaries
        if part.is_multipart():
            part.set_boundary(f"00000000{uid(subject + str(date) + str(i), 20)}")
    return m.as_bytes(policy=m.policy.clone(linesep="\r\n"))


def add(case, fname, data):
    CASES.setdefault(case, []).append((fname, data if isinstance(data, bytes) else data.encode("utf-8")))


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


def p(*paras):
    return "\n\n".join(paras) + "\n"


def h(*paras):
    return ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Helvetica,Arial,sans-serif\">"
            + "".join(f"<p>{x}</p>" for x in paras) + "</body></html>\n")


EXCH_X = ["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
          "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
TEAMS_BLOCK = ("________________________________________________________________________________\n"
               "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
               "Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_{id}%40thread.v2/0>\n"
               "Meeting ID: {mid}\nPasscode: {pc}\n"
               "________________________________________________________________________________")


# ================================================================== POSITIVES
def c01():
    c = "b113-01-zoho-recruit-phone-screen-ics"
    start, end = T(CHI, 2026, 3, 5, 10, 30, wd="Thu"), T(CHI, 2026, 3, 5, 11, 0)
    sent = T(CHI, 2026, 3, 2, 15, 47, 12, wd="Mon")
    rec = ("Alyssa Novak", "anovak@kettlecreekdist.example")
    cal = ics("REQUEST", "-//Zoho Corporation//Zoho Recruit//EN", {
        "uid": f"ZR-{uid(c)}@zohorecruit.example", "start": start, "end": end, "stamp": sent,
        "organizer": rec, "attendees": [(rec[0], rec[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
        "summary": "Phone Interview - Regional Operations Manager - Marisol Brennan",
        "description": "Interview Type: Phone Interview\nInterviewer(s): Alyssa Novak\n"
                       "Alyssa will call you at the number on your application.",
        "location": "Phone call"}, tz=("America/Chicago", CHI, "us"))
    text = p("Hi Marisol,",
             "Thank you for applying to the Regional Operations Manager position at Kettle Creek Distribution. "
             "We would like to invite you for a phone interview. Please find the details below.",
             "Interview Details\n"
             "Position: Regional Operations Manager\n"
             "Interview Type: Phone Interview\n"
             "Date: 05-Mar-2026\n"
             "Time: 10:30 AM - 11:00 AM (America/Chicago)\n"
             "Interviewer(s): Alyssa Novak\n"
             "Location: Phone call - Alyssa will call you on (773) 555-0182",
             "A calendar invitation is attached. If you need to reschedule, simply reply to this email.",
             "Regards,\nAlyssa Novak\nTalent Acquisition Partner\nKettle Creek Distribution\n"
             "2250 W. Mill Road, Milwaukee, WI 53209\nOffice: (414) 555-0139",
             "--\nThis email was sent using Zoho Recruit. Please do not reply directly to notifications@zohorecruit.example.")
    html = h("Hi Marisol,",
             "Thank you for applying to the <b>Regional Operations Manager</b> position at Kettle Creek Distribution. "
             "We would like to invite you for a phone interview. Please find the details below.",
             "<table><tr><td>Position</td><td>Regional Operations Manager</td></tr>"
             "<tr><td>Interview Type</td><td>Phone Interview</td></tr><tr><td>Date</td><td>05-Mar-2026</td></tr>"
             "<tr><td>Time</td><td>10:30 AM - 11:00 AM (America/Chicago)</td></tr>"
             "<tr><td>Interviewer(s)</td><td>Alyssa Novak</td></tr>"
             "<tr><td>Location</td><td>Phone call - Alyssa will call you on (773) 555-0182</td></tr></table>",
             "A calendar invitation is attached. If you need to reschedule, simply reply to this email.",
             "Regards,<br>Alyssa Novak<br>Talent Acquisition Partner<br>Kettle Creek Distribution<br>"
             "2250 W. Mill Road, Milwaukee, WI 53209<br>Office: (414) 555-0139")
    add(c, "01-zoho-interview-scheduled.eml", email(
        sent, "Kettle Creek Distribution <notifications@zohorecruit.example>", OWNER_DISP,
        "Interview Scheduled: Regional Operations Manager - Kettle Creek Distribution", text, html,
        reply_to=f"{rec[0]} <{rec[1]}>", attach=("Interview.ics", cal), received_from="mail.zohorecruit.example",
        extra=[("X-ZohoRecruit-Mail-Type", "interview_schedule")]))
    label(c, [iv("Kettle Creek Distribution", "Regional Operations Manager", start, end, "scheduled",
                 [rec[1]], [rec[1]], "phone_screen")], "easy", "positive/ats-zoho-recruit",
          "Zoho Recruit notification (DD-MMM-YYYY date) + .ics with America/Chicago TZID, before US DST; "
          "recruiter conducts the screen and is the Reply-To.")


def c02():
    c = "b113-02-freshteam-hm-video-moved-30min"
    s0, e0 = T(IND, 2026, 3, 12, 13, 0, wd="Thu"), T(IND, 2026, 3, 12, 13, 45)
    s1, e1 = T(IND, 2026, 3, 12, 13, 30), T(IND, 2026, 3, 12, 14, 15)
    hm = ("Keisha Ormond", "keisha.ormond@wvhp.example")
    coord = ("Brenda Scholl", "bscholl@wvhp.example")
    u = f"freshteam-{uid(c, 16)}@freshteam.example"
    role = "Patient Access Operations Manager"
    for i, (s, e, sent, seq) in enumerate([(s0, e0, T(IND, 2026, 3, 6, 9, 12, wd="Fri"), 0),
                                             (s1, e1, T(IND, 2026, 3, 10, 16, 3, wd="Tue"), 1)]):
        cal = ics("REQUEST", "-//Freshworks Inc//Freshteam//EN", {
            "uid": u, "start": s, "end": e, "stamp": sent, "sequence": seq,
            "organizer": ("Wabash Valley Health Partners", "no-reply@freshteam.example"),
            "attendees": [(hm[0], hm[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
            "summary": f"Hiring Manager Video Interview - {role}",
            "description": f"Video interview with {hm[0]}, Director of Revenue Cycle."
                           + "\nJoin: https://wvhp.zoom.example/j/84120977310",
            "location": "https://wvhp.zoom.example/j/84120977310"}, tz=("America/Indiana/Indianapolis", IND, "us"))
        when = f"{s.strftime('%a, %d %b %Y')}, {s.strftime('%I:%M %p')} - {e.strftime('%I:%M %p')} (Eastern Time - Indianapolis)"
        if seq == 0:
            subj = f"Interview scheduled for {role} at Wabash Valley Health Partners"
            intro = ("Your interview for the role of " + role + " at Wabash Valley Health Partners has been scheduled.")
        else:
            subj = f"Interview rescheduled: {role} at Wabash Valley Health Partners"
            intro = ("Your interview for the role of " + role + " has been rescheduled. "
                     "Please find the updated details below. The previous time (01:00 PM) is no longer valid.")
        text = p("Hi Marisol Brennan,", intro,
                 f"Round: Hiring Manager Video Interview\nWhen: {when}\nDuration: 45 mins\n"
                 f"Interviewer: {hm[0]}\nMeeting link: https://wvhp.zoom.example/j/84120977310",
                 f"For any queries, please reach out to {coord[0]} ({coord[1]}).",
                 "Regards,\nTalent Acquisition Team\nWabash Valley Health Partners",
                 "Powered by Freshteam")
        html = h("Hi Marisol Brennan,", intro,
                 f"<b>Round:</b> Hiring Manager Video Interview<br><b>When:</b> {when}<br><b>Duration:</b> 45 mins<br>"
                 f"<b>Interviewer:</b> {hm[0]}<br><b>Meeting link:</b> "
                 "<a href=\"https://wvhp.zoom.example/j/84120977310\">https://wvhp.zoom.example/j/84120977310</a>",
                 f"For any queries, please reach out to {coord[0]} (<a href=\"mailto:{coord[1]}\">{coord[1]}</a>).",
                 "Regards,<br>Talent Acquisition Team<br>Wabash Valley Health Partners",
                 "<small>Powered by Freshteam</small>")
        add(c, f"0{i + 1}-freshteam-{'scheduled' if seq == 0 else 'rescheduled'}.eml", email(
            sent, "Wabash Valley Health Partners <no-reply@freshteam.example>", OWNER,
            subj, text, html, attach=("invite.ics", cal), received_from="smtp.freshteam.example",
            reply_to=f"{coord[0]} <{coord[1]}>"))
    label(c, [iv("Wabash Valley Health Partners", role, s1, e1, "scheduled", [hm[1]], [hm[1]], "hiring_manager")],
          "medium", "positive/reschedule-ats",
          "Freshteam schedules HM video call (sent in EST), then reschedules +30 min (SEQUENCE 1, same UID); "
          "final 1:30 PM EDT (Indianapolis, after Mar 8 DST).")


def c03():
    c = "b113-03-rippling-final-vp-lyon-16h"
    start, end = T(DEN, 2026, 3, 19, 9, 0, wd="Thu"), T(DEN, 2026, 3, 19, 9, 45)
    assert start.astimezone(PAR).hour == 16  # "16h his time"
    rec = ("Jenna Ruiz", "jruiz@cairnline.example")
    vp = ("Luc Garnier", "luc.garnier@cairnline.example")
    role = "Director of Customer Operations"
    m1 = f"<{uid(c + '1', 24)}@cairnline.example>"
    sent1 = T(DEN, 2026, 3, 13, 11, 20, wd="Fri")
    add(c, "01-recruiter-final-round.eml", email(
        sent1, f"{rec[0]} <{rec[1]}>", OWNER_DISP, "Cairnline - final round with Luc",
        p("Hi Marisol,",
          "Great news - the team loved your session with Priyanka on Wednesday and we'd like to move you to the "
          "final round for the Director of Customer Operations role.",
          "The last step is a 45-minute conversation with Luc Garnier, our VP of Operations. Heads up that Luc is "
          "in Lyon that week for a customer visit, so he suggested 16h his time on Thursday 3/19, which works out "
          "to 9:00 AM here in Denver (10 your time in Chicago). It'll be a Zoom.",
          "You'll get the official invite from Rippling in a few minutes. Let me know if the time is a problem.",
          "Best,\nJenna\n\nJenna Ruiz | Senior Recruiter | Cairnline\n1600 Wynkoop St, Suite 400, Denver, CO 80202\n"
          "m: 720.555.0164"),
        text_cte="7bit", msgid=m1, received_from="mail-sor.cairnline.example"))
    sent2 = T(DEN, 2026, 3, 13, 11, 34)
    cal = ics("REQUEST", "-//Rippling//Rippling Recruiting//EN", {
        "uid": f"rpl-{uid(c, 20)}@rippling.example", "start": start, "end": end, "stamp": sent2,
        "organizer": (rec[0], rec[1]),
        "attendees": [(vp[0], vp[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
        "summary": f"Final Interview: Marisol Brennan / Luc Garnier - {role}",
        "description": "Zoom: https://cairnline.zoom.example/j/93300412285",
        "location": "https://cairnline.zoom.example/j/93300412285"})
    text = p("Hi Marisol,",
             f"You're confirmed for your interview with Cairnline for the {role} role.",
             "Final Interview\nThursday, March 19, 2026\n9:00 AM - 9:45 AM MDT\nInterviewer: Luc Garnier, VP of Operations\n"
             "Location: https://cairnline.zoom.example/j/93300412285",
             "Need to make a change? Reply to your recruiter, Jenna Ruiz.",
             "Sent by Rippling Recruiting on behalf of Cairnline")
    html = h("Hi Marisol,", f"You're confirmed for your interview with Cairnline for the <b>{role}</b> role.",
             "<b>Final Interview</b><br>Thursday, March 19, 2026<br>9:00 AM - 9:45 AM MDT<br>"
             "Interviewer: Luc Garnier, VP of Operations<br>Location: "
             "<a href=\"https://cairnline.zoom.example/j/93300412285\">Zoom</a>",
             "Need to make a change? Reply to your recruiter, Jenna Ruiz.",
             "<span style=\"color:#888\">Sent by Rippling Recruiting on behalf of Cairnline</span>")
    add(c, "02-rippling-interview-confirmed.eml", email(
        sent2, "Cairnline Recruiting <no-reply@rippling.example>", OWNER, f"Interview confirmed: {role} at Cairnline",
        text, html, reply_to=f"{rec[0]} <{rec[1]}>", attach=("interview.ics", cal),
        received_from="o1.mail.rippling.example"))
    label(c, [iv("Cairnline", role, start, end, "scheduled", [vp[1]], [vp[1]], "hiring_manager")],
          "medium", "positive/ats-rippling-final-vp",
          "Recruiter mail ('16h his time' in Lyon = 9 AM Denver in the US/EU DST gap) + Rippling confirmation "
          "with a UTC-only .ics; one interview, VP is the interviewer.")


def c04():
    c = "b113-04-gem-prelude-scheduling-confirmed"
    start, end = T(NYC, 2026, 3, 25, 12, 0, wd="Wed"), T(NYC, 2026, 3, 25, 12, 45)
    rec = ("Hannah Szabo", "hannah.szabo@ledgerloop.example")
    hm = ("Owen Mbeki", "owen.mbeki@ledgerloop.example")
    role = "Business Operations Manager"
    sent1 = T(NYC, 2026, 3, 18, 10, 5, wd="Wed")
    link = "https://schedule.prelude.example/ledgerloop/hm-interview/7Qx2bK"
    add(c, "01-gem-pick-a-time.eml", email(
        sent1, f"{rec[0]} <{rec[1]}>", OWNER_DISP, "Ledgerloop | Next step for Business Operations Manager",
        p("Hi Marisol,",
          "Thanks so much for chatting with me on Monday! I shared my notes with Owen Mbeki, our Head of Business "
          "Operations, and he'd love to meet you.",
          f"Could you grab 45 minutes on his calendar using the link below? Slots are shown in your local time.\n{link}",
          "Talk soon,\nHannah\n\nHannah Szabo\nRecruiting, Ledgerloop\n55 Water St, 9th Fl, New York, NY 10041"),
        html=h("Hi Marisol,",
               "Thanks so much for chatting with me on Monday! I shared my notes with Owen Mbeki, our Head of Business "
               "Operations, and he'd love to meet you.",
               f"Could you grab 45 minutes on his calendar using <a href=\"{link}\">this link</a>? Slots are shown in "
               "your local time.",
               "Talk soon,<br>Hannah<br><br>Hannah Szabo<br>Recruiting, Ledgerloop").replace(
            "</body>", "<img src=\"https://t.gem.example/o/8f2c1a.gif\" width=\"1\" height=\"1\"></body>"),
        sender="Hannah Szabo via Gem <hannah.szabo=ledgerloop.example@mail.gem.example>",
        received_from="mail.gem.example", extra=[("X-Gem-Sequence-Step", "2")]))
    sent2 = T(CHI, 2026, 3, 18, 14, 41)
    cal = ics("REQUEST", "-//Prelude//Scheduling//EN", {
        "uid": f"prelude-{uid(c, 18)}@prelude.example", "start": start, "end": end, "stamp": sent2,
        "organizer": (rec[0], rec[1]),
        "attendees": [(hm[0], hm[1], "ACCEPTED"), (OWNER_NAME, OWNER, "ACCEPTED")],
        "summary": "Ledgerloop Interview: Marisol Brennan <> Owen Mbeki",
        "description": "Hiring manager interview for Business Operations Manager.\nGoogle Meet: https://meet.example/xvd-pqra-kfe",
        "location": "https://meet.example/xvd-pqra-kfe"}, tz=("America/New_York", NYC, "us"))
    html = ("<html><body style=\"margin:0;background:#f5f5f7\"><table width=\"100%\"><tr><td align=\"center\">"
            "<table width=\"560\" style=\"background:#fff;border-radius:8px;padding:32px;font-family:Inter,Arial\">"
            "<tr><td><h2 style=\"margin:0 0 16px\">You&rsquo;re booked!</h2>"
            "<p>Hi Marisol, your interview with <strong>Ledgerloop</strong> is confirmed.</p>"
            "<p style=\"font-size:15px\"><strong>Interview with Owen Mbeki</strong><br>"
            "Wednesday, March 25, 2026<br>11:00&nbsp;AM &ndash; 11:45&nbsp;AM CDT (your time)<br>"
            "<span style=\"color:#666\">12:00 PM &ndash; 12:45 PM EDT for Ledgerloop</span></p>"
            "<p>Role: Business Operations Manager<br>Format: Google Meet &mdash; "
            "<a href=\"https://meet.example/xvd-pqra-kfe\">meet.example/xvd-pqra-kfe</a></p>"
            "<p>A calendar invitation is attached. Need a different time? "
            f"<a href=\"https://schedule.prelude.example/r/{uid(c, 10)}\">Reschedule</a> or reply to reach Hannah Szabo.</p>"
            "<p style=\"color:#999;font-size:12px\">Scheduling powered by Prelude</p>"
            "</td></tr></table></td></tr></table></body></html>\n")
    add(c, "02-prelude-youre-booked.eml", email(
        sent2, "Ledgerloop Scheduling <scheduling@prelude.example>", OWNER,
        "Confirmed: Interview with Owen Mbeki (Ledgerloop) on Wed, Mar 25", html=html, html_only=True,
        reply_to=f"{rec[0]} <{rec[1]}>", attach=("invite.ics", cal), received_from="mta.prelude.example"))
    label(c, [iv("Ledgerloop", role, start, end, "scheduled", [hm[1]], [hm[1]], "hiring_manager")],
          "medium", "positive/scheduling-page-booked",
          "Gem-sent 'pick a time' link, then HTML-only (quoted-printable) Prelude-style booking confirmation "
          "showing both CDT and EDT, .ics in America/New_York.")


def c05():
    c = "b113-05-fountain-warehouse-walkthrough-onsite"
    start, end = T(CHI, 2026, 3, 30, 9, 0, wd="Mon"), T(CHI, 2026, 3, 30, 10, 30)
    gm = ("Darnell Price", "dprice@lakeshoreparcel.example")
    role = "Shift Operations Manager (Nights)"
    sent1 = T(CHI, 2026, 3, 24, 18, 2, wd="Tue")
    body = p("Hi Marisol!",
             f"Your in-person interview for {role} with Lakeshore Parcel Co. is confirmed.",
             "WHEN: Monday, March 30, 2026 from 9:00 AM to 10:30 AM (CDT)\n"
             "WHERE: Lakeshore Parcel MKE2 Sort Center, 5120 S. Pennsylvania Ave, Cudahy, WI 53110 - "
             "use the visitor lot and check in at the guard shack (Door 4).",
             "WHAT TO EXPECT: You'll sit down with Darnell Price, Site General Manager, for about 45 minutes and then "
             "he'll take you on a walk-through of the sort floor and outbound docks. Please wear closed-toe shoes; "
             "a safety vest will be provided.",
             f"Questions before your interview? Email Darnell at {gm[1]} or call the site at (414) 555-0196.",
             "Need to reschedule? https://lakeshoreparcel.fountain.example/apply/reschedule/" + uid(c, 12),
             "Lakeshore Parcel Hiring Team\nYou are receiving this because you applied through Fountain. Reply STOP to opt out of texts.")
    add(c, "01-fountain-interview-confirmed.eml", email(
        sent1, "Lakeshore Parcel Hiring <no-reply@fountain.example>", OWNER,
        "You're confirmed! Interview at Lakeshore Parcel MKE2", body, received_from="mail.fountain.example",
        text_cte="quoted-printable"))
    sent2 = T(CHI, 2026, 3, 29, 9, 0, wd="Sun")
    add(c, "02-fountain-reminder.eml", email(
        sent2, "Lakeshore Parcel Hiring <no-reply@fountain.example>", OWNER, "Reminder: your interview is tomorrow",
        p("Hi Marisol, this is a reminder that your interview and site walk-through at Lakeshore Parcel MKE2 is "
          "tomorrow at 9:00 AM. Check in at Door 4. See you there!",
          "Can't make it? https://lakeshoreparcel.fountain.example/apply/reschedule/" + uid(c, 12)),
        received_from="mail.fountain.example", text_cte="7bit"))
    label(c, [iv("Lakeshore Parcel Co.", role, start, end, "scheduled", [gm[1]], [gm[1]], "onsite")],
          "medium", "positive/fountain-onsite-walkthrough",
          "Fountain high-volume hiring confirmation + reminder ('tomorrow at 9:00 AM'); on-site interview followed "
          "by a warehouse walk-through = one onsite 9:00-10:30 CDT; GM e-mail given in text.")


def c06():
    c = "b113-06-bullhorn-staffing-client-interview"
    start, end = T(CHI, 2026, 4, 2, 10, 30, wd="Thu"), T(CHI, 2026, 4, 2, 11, 30)
    rec = ("Craig Lindahl", "clindahl@northpointtalent.example")
    role = "Distribution Center Operations Manager"
    sent1 = T(CHI, 2026, 3, 27, 16, 48, wd="Fri")
    m1 = f"<BH.{uid(c + 'm1', 16)}@mail.northpointtalent.example>"
    sig = ("Craig Lindahl | Senior Recruiter, Supply Chain & Logistics\n"
           "Northpoint Talent Partners\n"
           "80 S 8th St, Suite 1900 | Minneapolis, MN 55402\n"
           "Direct: 612.555.0121 | Cell: 612.555.0188\n"
           "www.northpointtalent.example")
    t1 = p("Hi Marisol,",
           "Good news - Great Plains Cold Storage would like to meet you for the Distribution Center Operations "
           "Manager opening at their Shakopee facility.",
           "You're confirmed with Rick Solberg, DC General Manager, next Thursday (April 2nd) at half past ten in the "
           "morning, Central time. It'll be over Zoom - Rick's team will send the link the day before. Plan on about "
           "an hour.",
           "Rick is very hands-on; expect questions about labor planning, temperature-controlled inventory and how "
           "you've handled peak season staffing. I'll call you Wednesday afternoon to prep.",
           "Please do not reach out to the client directly - route any questions through me.",
           "Thanks!\nCraig\n\n" + sig,
           "CONFIDENTIALITY NOTICE: This e-mail and any attachments are for the exclusive use of the intended recipient.")
    add(c, "01-staffing-interview-confirmation.eml", email(
        sent1, f"{rec[0]} <{rec[1]}>", OWNER_DISP, "Interview confirmation - Great Plains Cold Storage - DC Ops Manager",
        t1, msgid=m1, received_from="mail.northpointtalent.example",
        extra=[("X-Mailer", "Bullhorn Email"), ("X-Bullhorn-Candidate-Id", "4471902")]))
    sent2 = T(CHI, 2026, 4, 1, 15, 12, wd="Wed")
    quoted = "\n".join("> " + x if x else ">" for x in t1.rstrip("\n").split("\n"))
    t2 = p("Marisol -",
           "Great prep call today. Zoom link from Rick's assistant is below. Still on for tomorrow at 10:30.",
           "https://gpcs.zoom.example/j/81553107742  Passcode: 552190",
           "Text me at 612.555.0188 if anything comes up.",
           "Craig\n\n" + sig,
           f"On Fri, Mar 27, 2026 at 4:48 PM, {rec[0]} <{rec[1]}> wrote:\n{quoted}")
    add(c, "02-staffing-zoom-link.eml", email(
        sent2, f"{rec[0]} <{rec[1]}>", OWNER_DISP,
        "RE: Interview confirmation - Great Plains Cold Storage - DC Ops Manager", t2,
        in_reply_to=m1, references=m1, received_from="mail.northpointtalent.example",
        extra=[("X-Mailer", "Bullhorn Email")]))
    label(c, [iv("Great Plains Cold Storage", role, start, end, "scheduled", [], [rec[1]], "hiring_manager")],
          "hard", "positive/staffing-agency-bullhorn",
          "Staffing-agency recruiter (Bullhorn) books a client interview 'next Thursday (April 2nd) at half past ten in "
          "the morning, Central'; about an hour. Client HM has no address -> follow-up to the agency recruiter.")


def c07():
    c = "b113-07-protonmail-founder-noon-thread"
    start, end = T(CHI, 2026, 3, 17, 12, 0, wd="Tue"), T(CHI, 2026, 3, 17, 12, 45)
    coo = ("Nadia Ferrante", "nadia@brightwaterhh.example")
    role = "Director of Scheduling Operations"
    pm = [("X-Pm-Origin", "internal"), ("X-Pm-Content-Encryption", "end-to-end"),
          ("X-Pm-Spamscore", "0")]
    m1 = f"<{uid(c + '1', 40)}@brightwaterhh.example>"
    sent1 = T(CHI, 2026, 3, 9, 8, 14, wd="Mon").astimezone(UTC)
    t1 = p("Hi Marisol,",
           "I'm the COO at Brightwater Home Health - we're a 300-caregiver home care agency on the North Side. "
           "Your resume came to me through our job post for a Director of Scheduling Operations and your work "
           "building shift coverage models at Midway is exactly the problem we're trying to solve.",
           "Would you have time for a conversation next week? I'm wide open Tuesday the 17th, anytime around "
           "noon. We'd do it by phone; figure 45 minutes.",
           "Nadia Ferrante\nChief Operating Officer, Brightwater Home Health\n4020 N. Lincoln Ave, Chicago, IL 60618\n(773) 555-0110",
           "Sent with Proton Mail secure email.")
    add(c, "01-coo-intro.eml", email(
        sent1, f"{coo[0]} <{coo[1]}>", OWNER_DISP, "Director of Scheduling Operations - Brightwater", t1,
        msgid=m1, received_from="mail-41104.protonmail.example", extra=pm, text_cte="base64"))
    m2 = f"<{uid(c + '2', 30)}@example.com>"
    m3 = f"<{uid(c + '3', 40)}@brightwaterhh.example>"
    sent3 = T(CHI, 2026, 3, 10, 7, 52, wd="Tue").astimezone(UTC)
    her = ("Hi Nadia,\n\nThank you for reaching out - I'd love to talk. Tuesday the 17th at noon works great for me. "
           "My cell is (312) 555-0147.\n\nBest,\nMarisol")
    q1 = "\n".join("> " + x if x else ">" for x in t1.rstrip("\n").split("\n"))
    q2 = "\n".join("> " + x if x else ">" for x in her.split("\n"))
    t3 = p("Perfect - noon on Tuesday the 17th it is. I'll call you at (312) 555-0147. Looking forward to it.",
           "Nadia", "Sent with Proton Mail secure email.",
           f"------- Original Message -------\nOn Monday, March 9th, 2026 at 9:02 PM, Marisol Brennan <{OWNER}> wrote:\n\n"
           + q2 + "\n>\n> On Monday, March 9th, 2026 at 8:14 AM, Nadia Ferrante <" + coo[1] + "> wrote:\n>\n"
           + "\n".join(">" + x for x in q1.split("\n")))
    add(c, "02-coo-confirms-noon.eml", email(
        sent3, f"{coo[0]} <{coo[1]}>", OWNER_DISP, "Re: Director of Scheduling Operations - Brightwater", t3,
        msgid=m3, in_reply_to=m2, references=f"{m1} {m2}", received_from="mail-41104.protonmail.example", extra=pm))
    label(c, [iv("Brightwater Home Health", role, start, end, "scheduled", [coo[1]], [coo[1]], "hiring_manager")],
          "medium", "positive/human-thread-protonmail",
          "ProtonMail thread (UTC Date headers, base64 first mail); COO proposes Tue the 17th around noon, "
          "confirms 'noon on Tuesday the 17th', 45 minutes by phone (Chicago, after DST).")


def c08():
    c = "b113-08-iphone-forwarded-pasted-invite"
    start, end = T(NYC, 2026, 4, 10, 15, 0, wd="Fri"), T(NYC, 2026, 4, 10, 15, 45)
    rec = ("Lauren Petrakis", "lpetrakis@hudsonmercantile.example")
    rd = ("Priya Raman", "priya.raman@hudsonmercantile.example")
    role = "District Operations Manager"
    sent = T(NYC, 2026, 4, 6, 18, 37, wd="Mon")
    body = ("Hi Marisol - Outlook on my phone won't let me add you to Priya's invite so pasting it below. This is your "
            "2nd round, 45 min on Teams with Priya (Regional Director, Midwest Stores). 3pm our time = 2pm for you. "
            "Good luck!!\n\nSent from my iPhone\n\nBegin forwarded message:\n\n"
            f"From: {rd[0]} <{rd[1]}>\nDate: April 6, 2026 at 4:12:09 PM EDT\nTo: {rec[0]} <{rec[1]}>\n"
            "Subject: Interview - Marisol Brennan - District Operations Manager\n\n"
            "\ufeffInterview - Marisol Brennan - District Operations Manager\n"
            "When: Friday, April 10, 2026 3:00 PM-3:45 PM (UTC-05:00) Eastern Time (US & Canada).\n"
            "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
            "Lauren - please forward to Marisol, her personal email isn't resolving in the address book.\n\n"
            + TEAMS_BLOCK.format(id=uid(c, 22), mid="248 771 903 516", pc="Hm7xQ2") + "\n")
    add(c, "01-fwd-interview-from-iphone.eml", email(
        sent, f"{rec[0]} <{rec[1]}>", OWNER, "Fwd: Interview - Marisol Brennan - District Operations Manager",
        body, text_cte="quoted-printable", received_from="NAM04-BN8-obe.outbound.protection.outlook.example",
        extra=[("X-Mailer", "iPhone Mail (22E252)")]))
    label(c, [iv("Hudson Mercantile", role, start, end, "scheduled", [rd[1]], [rd[1]], "hiring_manager")],
          "hard", "positive/forwarded-iphone-pasted-invite",
          "Recruiter forwards from iPhone with the Outlook invite pasted as text; '(UTC-05:00) Eastern' label but "
          "April = EDT; 3:00-3:45 PM ET.")


def c09():
    c = "b113-09-outlook-plaintext-when-where-panel"
    start, end = T(CHI, 2026, 4, 14, 9, 0, wd="Tue"), T(CHI, 2026, 4, 14, 10, 30)
    coord = ("Jill Haugen", "jill.haugen@northloopmed.example")
    panel = [("Dr. Sam Eriksen", "sam.eriksen@northloopmed.example"),
             ("Angela Moua", "angela.moua@northloopmed.example"),
             ("Trevor Bakken", "trevor.bakken@northloopmed.example")]
    role = "Clinic Operations Manager"
    sent = T(CHI, 2026, 4, 7, 13, 25, wd="Tue")
    body = ("When: Tuesday, April 14, 2026 9:00 AM-10:30 AM (UTC-06:00) Central Time (US & Canada).\n"
            "Where: North Loop Medical Group - 700 Washington Ave N, Suite 300, Conf Rm 3B\n\n"
            "*~*~*~*~*~*~*~*~*~*\n\n"
            "Hello Marisol,\n\n"
            "Thank you for your interest in the Clinic Operations Manager position. This invitation confirms your "
            "in-person panel interview with Dr. Sam Eriksen (Medical Director), Angela Moua (Director of Clinic "
            "Operations) and Trevor Bakken (Practice Manager, Northeast Clinic).\n\n"
            "Please check in at the 3rd floor front desk about 10 minutes early. Parking is available in the ramp on "
            "7th Ave N; bring your ticket and we will validate it.\n\n"
            "Kind regards,\n\nJill Haugen\nHR Coordinator | North Loop Medical Group\n"
            "700 Washington Ave N, Suite 300 | Minneapolis, MN 55401\nP: 612-555-0170\n")
    add(c, "01-outlook-panel-plaintext.eml", email(
        sent, f"{coord[0]} <{coord[1]}>", f"{OWNER_NAME} <{OWNER}>",
        "Panel Interview - Clinic Operations Manager - Marisol Brennan", body, text_cte="7bit",
        cc=", ".join(f"{n} <{e}>" for n, e in panel),
        received_from="NAM10-MW2-obe.outbound.protection.outlook.example",
        extra=[("Thread-Topic", "Panel Interview - Clinic Operations Manager - Marisol Brennan"),
               ("Accept-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]))
    label(c, [iv("North Loop Medical Group", role, start, end, "scheduled", [e for _, e in panel],
                 [e for _, e in panel], "onsite")],
          "hard", "positive/outlook-plaintext-when-where",
          "Plain-text-only Outlook meeting body (no text/calendar); '(UTC-06:00) Central' label but April = CDT; "
          "three-person in-person panel = onsite; panelists are Cc'd.")


def c10():
    c = "b113-10-utc-only-ics-no-text"
    start = T(DEN, 2026, 4, 16, 10, 0, wd="Thu")
    rec = ("Marcus Bell", "marcus@tamaracksys.example")
    role = "Support Operations Manager"
    sent = T(DEN, 2026, 4, 13, 8, 51, wd="Mon")
    add(c, "01-recruiter-intro-call.eml", email(
        sent, f"{rec[0]} <{rec[1]}>", OWNER_DISP, "Tamarack - Support Operations Manager",
        p("Hi Marisol,",
          "Thanks for applying for our Support Operations Manager opening. I'm the recruiter on the search and I'd "
          "like to set up an intro call to walk you through the role and hear about your background.",
          "I put a hold on your calendar for Thursday morning - if it doesn't work, just reply with a couple of "
          "other times.",
          "Marcus Bell\nTalent, Tamarack Systems | Denver, CO\n303-555-0153"),
        text_cte="7bit", received_from="mail-oi1.tamaracksys.example"))
    cal = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tamarack//Scheduler 2.4//EN\r\nMETHOD:REQUEST\r\n"
           "BEGIN:VEVENT\r\n"
           f"UID:{uid(c, 32)}@tamaracksys.example\r\n"
           f"DTSTAMP:{ical_utc(T(DEN, 2026, 4, 13, 8, 52))}\r\n"
           f"DTSTART:{ical_utc(start)}\r\n"
           f"ORGANIZER;CN={rec[0]}:mailto:{rec[1]}\r\n"
           f"ATTENDEE;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}\r\n"
           "SUMMARY:Marisol / Marcus\r\n"
           "END:VEVENT\r\nEND:VCALENDAR\r\n")
    add(c, "02-hold.ics", cal)
    label(c, [iv("Tamarack Systems", role, start, None, "scheduled", [rec[1]], [rec[1]], "phone_screen")],
          "hard", "positive/standalone-ics-utc-only",
          "Recruiter mail says a hold is on the calendar 'Thursday morning'; the standalone .ics has only a UTC "
          "DTSTART (16:00Z = 10:00 MDT), no DTEND/DURATION, no description; end unknown.")


def c11():
    c = "b113-11-exchange-invite-cancelled-by-company"
    start, end = T(CHI, 2026, 4, 8, 11, 0, wd="Wed"), T(CHI, 2026, 4, 8, 11, 45)
    hm = ("Gwen Adeyemi", "gadeyemi@palletiq.example")
    role = "Customer Operations Manager"
    u = ("040000008200E00074C5B7101A82E00800000000" + uid(c, 16).upper() + "0000000000000000100000009F3A")
    for i, (method, sent, seq) in enumerate([("REQUEST", T(CHI, 2026, 4, 1, 10, 2, wd="Wed"), 0),
                                               ("CANCEL", T(CHI, 2026, 4, 6, 8, 30, wd="Mon"), 1)]):
        when = ("When: Wednesday, April 8, 2026 11:00 AM-11:45 AM (UTC-06:00) Central Time (US & Canada).\n"
                "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n")
        if method == "REQUEST":
            msg = ("Hi Marisol,\n\nLooking forward to our conversation about the Customer Operations Manager role. "
                   "I'll walk through how our ops team supports mid-market shippers and we'll dig into your "
                   "experience running carrier and customer escalations.\n\nGwen Adeyemi\n"
                   "Director, Customer Operations | PalletIQ\n222 W. Merchandise Mart Plaza, Suite 1212, Chicago, IL 60654\n\n"
                   + TEAMS_BLOCK.format(id=uid(c, 22), mid="311 904 226 781", pc="a9Tq4F") + "\n")
            subj = "Interview: Marisol Brennan / Gwen Adeyemi - Customer Operations Manager"
        else:
            msg = ("Hi Marisol,\n\nI'm so sorry to do this - after a reorg last week we've paused hiring for the "
                   "Customer Operations Manager role, so I need to cancel our interview on Wednesday. I really "
                   "enjoyed your application and will reach out personally if the role reopens.\n\nGwen\n")
            subj = "Canceled: Interview: Marisol Brennan / Gwen Adeyemi - Customer Operations Manager"
        text = when + msg
        cal = ics(method, "Microsoft Exchange Server 2010", {
            "uid": u, "start": start, "end": end, "stamp": sent, "sequence": seq,
            "status": "CONFIRMED" if method == "REQUEST" else "CANCELLED",
            "organizer": hm, "attendees": [(OWNER_NAME, OWNER, "NEEDS-ACTION")],
            "summary": subj.replace("Canceled: ", ""), "description": text, "location": "Microsoft Teams Meeting",
            "extra": EXCH_X + ([f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
                                "PRIORITY:" + ("1" if method == "CANCEL" else "5")])},
            tz=("Central Standard Time", CHI, "us"))
        html = "<html><body><pre style=\"font-family:Aptos,Calibri,sans-serif\">" + \
               text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</pre></body></html>\n"
        add(c, f"0{i + 1}-{'invite' if method == 'REQUEST' else 'canceled'}.eml", email(
            sent, f"{hm[0]} <{hm[1]}>", f"{OWNER_NAME} <{OWNER}>", subj, text, html, cal=cal, cal_method=method,
            cal_cte="base64", received_from="NAM12-DM6-obe.outbound.protection.outlook.example",
            extra=[("Content-class", "urn:content-classes:calendarmessage"), ("Thread-Topic", subj.replace("Canceled: ", "")),
                   ("X-MS-Has-Attach", "")]))
    label(c, [iv("PalletIQ", role, start, end, "cancelled", [hm[1]], [hm[1]], "hiring_manager")],
          "medium", "positive/cancellation-exchange",
          "Exchange/Teams HM interview (Windows TZID 'Central Standard Time'), then METHOD:CANCEL by the company "
          "(hiring paused); kept as cancelled at its time.")


def c12():
    c = "b113-12-spark-pst-screen-cancelled"
    start, end = T(LAX, 2026, 3, 12, 16, 30, wd="Thu"), T(LAX, 2026, 3, 12, 17, 0)
    assert start.astimezone(CHI).hour == 18 and start.astimezone(CHI).minute == 30
    rec = ("Tasha Greer", "tasha@fieldmark.example")
    role = "Retail Operations Program Manager"
    m1 = f"<{uid(c + '1', 8)}-{uid(c + '1b', 4)}@Spark>"
    sent1 = T(LAX, 2026, 3, 9, 9, 40, wd="Mon")
    t1 = p("Hi Marisol!",
           "Thanks for applying to Fieldmark's Retail Operations Program Manager role - our team in Denver is excited "
           "about your multi-site background. I'm based in LA and run recruiting for the ops org.",
           "Does Thu 3/12 @ 4:30p PST work for a 30 min screen? I know that's 6:30 your time, sorry for the late "
           "slot - it's the only opening I have this week. I'll send a Google invite.",
           "Tasha\n\nTasha Greer | Talent Partner | Fieldmark\n(213) 555-0177",
           "Sent with Spark")
    add(c, "01-recruiter-proposes-time.eml", email(
        sent1, f"{rec[0]} <{rec[1]}>", OWNER_DISP, "Fieldmark - quick screen this week?", t1, msgid=m1,
        received_from="mail-pj1.fieldmark.example", extra=[("X-Readdle-Message-ID", uid(c + 'rd', 24))]))
    sent2 = T(LAX, 2026, 3, 9, 13, 5)
    u = f"{uid(c, 26)}@google.example"
    ev = {"uid": u, "start": start, "end": end, "stamp": sent2,
          "organizer": rec, "attendees": [(rec[0], rec[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
          "summary": "Fieldmark <> Marisol Brennan - Recruiter Screen",
          "description": "30-minute intro call for the Retail Operations Program Manager role.\n\n"
                         "Join with Google Meet: https://meet.example/fmk-tgre-qpz",
          "location": "", "extra": ["X-GOOGLE-CONFERENCE:https://meet.example/fmk-tgre-qpz"]}
    gsub = "Fieldmark <> Marisol Brennan - Recruiter Screen @ Thu Mar 12, 2026 4:30pm - 5pm (PDT)"
    gtxt = p("Fieldmark <> Marisol Brennan - Recruiter Screen\nThursday Mar 12, 2026 \u22c5 4:30pm \u2013 5pm\n"
             "Pacific Time - Los Angeles",
             "Join with Google Meet\nhttps://meet.example/fmk-tgre-qpz",
             f"Organizer\n{rec[0]}\n{rec[1]}\n\nGuests\n{rec[0]} - organizer\n{OWNER}",
             "Invitation from Google Calendar\nYou are receiving this email because you are an attendee on the event.")
    cal = ics("REQUEST", "-//Google Inc//Google Calendar 70.9054//EN", ev)
    add(c, "02-google-invitation.eml", email(
        sent2.astimezone(UTC), f"{rec[0]} <{rec[1]}>", OWNER, "Invitation: " + gsub + f" ({OWNER})", gtxt,
        h(*gtxt.strip().split("\n\n")).replace("\n", "<br>"), text_cte="base64", cal=cal, attach=("invite.ics", cal),
        reply_to=f"{rec[0]} <{rec[1]}>", sender="Google Calendar <calendar-notification@google.example>",
        received_from="mail-sor-f69.google.example"))
    sent3 = T(LAX, 2026, 3, 11, 10, 16, wd="Wed")
    t3 = p("Hi Marisol,",
           "I'm really sorry, but I have to cancel our call tomorrow. Leadership closed the Retail Operations Program "
           "Manager req this morning while they rethink the team structure. I'll keep your resume on file and reach "
           "out if it reopens.",
           "Tasha", "Sent with Spark",
           f"On Mar 9, 2026 at 9:40 AM -0700, {rec[0]} <{rec[1]}>, wrote:\n"
           + "\n".join("> " + x if x else ">" for x in t1.rstrip("\n").split("\n")))
    add(c, "03-recruiter-cancels.eml", email(
        sent3, f"{rec[0]} <{rec[1]}>", OWNER_DISP, "Re: Fieldmark - quick screen this week?", t3,
        msgid=f"<{uid(c + '3', 8)}-{uid(c + '3b', 4)}@Spark>", in_reply_to=m1, references=m1,
        received_from="mail-pj1.fieldmark.example"))
    sent4 = T(LAX, 2026, 3, 11, 10, 18)
    ev2 = dict(ev, stamp=sent4, sequence=1, status="CANCELLED")
    cal2 = ics("CANCEL", "-//Google Inc//Google Calendar 70.9054//EN", ev2)
    ctext = p("This event has been canceled.",
              "Fieldmark <> Marisol Brennan - Recruiter Screen\nThursday Mar 12, 2026 \u22c5 4:30pm \u2013 5pm\n"
              "Pacific Time - Los Angeles",
              f"Organizer\n{rec[0]}\n{rec[1]}")
    add(c, "04-google-canceled.eml", email(
        sent4.astimezone(UTC), f"{rec[0]} <{rec[1]}>", OWNER, "Canceled event: " + gsub + f" ({OWNER})", ctext,
        h(*ctext.strip().split("\n\n")).replace("\n", "<br>"), cal=cal2, cal_method="CANCEL",
        attach=("invite.ics", cal2), sender="Google Calendar <calendar-notification@google.example>",
        received_from="mail-sor-f69.google.example"))
    label(c, [iv("Fieldmark", role, start, end, "cancelled", [rec[1]], [rec[1]], "phone_screen")],
          "hard", "positive/cancellation-spark-google",
          "Recruiter (Spark) proposes 'Thu 3/12 @ 4:30p PST' (really PDT, after Mar 8), Google invite 4:30-5pm PDT, "
          "then recruiter cancels by mail + Google 'Canceled event'.")


def c13():
    c = "b113-13-ymail-owner-two-interviews-week-apart"
    s1, e1 = T(IND, 2026, 3, 17, 14, 0, wd="Tue"), T(IND, 2026, 3, 17, 14, 30)
    s2, e2 = T(IND, 2026, 3, 24, 10, 0, wd="Tue"), T(IND, 2026, 3, 24, 12, 0)
    gary = ("Gary Hollenbeck", "garyhollenbeck58@ymail.example")
    role = "Plant Operations Manager"
    ym = [("X-Mailer", "WebService/1.1.25210 YMailNorrin")]
    sent1 = T(IND, 2026, 3, 13, 19, 22, wd="Fri")
    m1 = f"<{int(uid(c + '1', 10), 16)}.{int(uid(c + '1b', 5), 16)}@mail.ymail.example>"
    t1 = p("Marisol,",
           "Got your resume off the Indeed ad for plant operations manager. We're Hoosier Crate & Pallet, family "
           "owned, 3 shifts, about 140 people on the east side of Indy. Can you talk Tuesday 2pm ET? I'll call your "
           "cell. 30 min or so.",
           "Gary Hollenbeck\nOwner / President\nHoosier Crate & Pallet Inc.\n7800 E 30th St, Indianapolis IN 46219\n"
           "317-555-0133",
           "Sent from Yahoo Mail on Android")
    add(c, "01-owner-phone-call-tuesday.eml", email(
        sent1, f"{gary[0]} <{gary[1]}>", OWNER, "plant ops manager job", t1, text_cte="7bit", msgid=m1,
        received_from="sonic305-21.consmr.mail.ymail.example", extra=ym))
    sent2 = T(IND, 2026, 3, 18, 7, 5, wd="Wed")
    t2 = p("Marisol",
           "Good talking yesterday. I'd like you to come see the plant next Tuesday the 24th, 10am our time. "
           "Plan on 2 hours - we'll sit down first and then walk the floor with my son Kyle who runs 2nd shift. "
           "Park out front and ask for me at the office.",
           "Gary", "Sent from Yahoo Mail on Android",
           f"On Fri, Mar 13, 2026 at 7:22 PM, {gary[0]}\n<{gary[1]}> wrote:\n"
           + "\n".join("> " + x if x else ">" for x in t1.rstrip("\n").split("\n")))
    add(c, "02-owner-invites-to-plant.eml", email(
        sent2, f"{gary[0]} <{gary[1]}>", OWNER, "Re: plant ops manager job", t2, text_cte="7bit",
        in_reply_to=m1, references=m1, received_from="sonic305-21.consmr.mail.ymail.example", extra=ym))
    label(c, [iv("Hoosier Crate & Pallet", role, s1, e1, "scheduled", [gary[1]], [gary[1]], "phone_screen"),
              iv("Hoosier Crate & Pallet", role, s2, e2, "scheduled", [gary[1]], [gary[1]], "onsite")],
          "hard", "positive/two-interviews-same-company",
          "Owner writes from a Yahoo-like client: 'Tuesday 2pm ET' call (resolved from Fri Mar 13 -> Mar 17, EDT), "
          "then plant visit 'next Tuesday the 24th, 10am our time', 2 hours; two separate interviews.")


# ================================================================== NEGATIVES
def n14():
    c = "b113-14-neg-warehouse-safety-training-current-job"
    start, end = T(CHI, 2026, 3, 19, 6, 30, wd="Thu"), T(CHI, 2026, 3, 19, 9, 0)
    org = ("Ray Dobbs", "rdobbs@midwaycartage.example")
    sent = T(CHI, 2026, 3, 5, 14, 10, wd="Thu")
    subj = "REQUIRED: Annual PIT & Warehouse Safety Refresher - Ops Managers & Shift Leads"
    text = ("When: Thursday, March 19, 2026 6:30 AM-9:00 AM (UTC-06:00) Central Time (US & Canada).\n"
            "Where: Bensenville DC - Training Room B / Teams call-in for Joliet\n\n*~*~*~*~*~*~*~*~*~*\n\n"
            "All,\n\nThis is your annual powered industrial truck (PIT) and warehouse safety refresher. Attendance is "
            "mandatory for ops managers and shift leads - please schedule coverage for your area now.\n\n"
            "Agenda:\n- Forklift/pallet jack refresher + pedestrian lanes\n- Dock safety and trailer restraints\n"
            "- Near-miss reporting and how to conduct witness interviews after an incident\n"
            "- Onboarding temp candidates from our staffing partners on day one\n\n"
            "Joliet folks can join the call on Teams. Bring your badge; we'll do the sign-in sheet at 6:25.\n\n"
            "Ray Dobbs\nEHS Manager | Midway Cartage\n1150 Thorndale Ave, Bensenville, IL 60106\n(630) 555-0125\n\n"
            + TEAMS_BLOCK.format(id=uid(c, 22), mid="208 113 554 019", pc="Sf3Lq8") + "\n")
    cal = ics("REQUEST", "Microsoft Exchange Server 2010", {
        "uid": "040000008200E00074C5B7101A82E008000000" + uid(c, 24).upper(), "start": start, "end": end,
        "stamp": sent, "organizer": org,
        "attendees": [(OWNER_NAME, WORK, "NEEDS-ACTION"), (OWNER_NAME, OWNER, "NEEDS-ACTION"),
                      ("Ops Managers DL", "ops-managers@midwaycartage.example", "NEEDS-ACTION")],
        "summary": subj, "description": text, "location": "Bensenville DC - Training Room B / Teams",
        "extra": EXCH_X}, tz=("Central Standard Time", CHI, "us"))
    add(c, "01-safety-refresher-invite.eml", email(
        sent, f"{org[0]} <{org[1]}>", f"Ops Managers DL <ops-managers@midwaycartage.example>",
        subj, text, cal=cal, cal_cte="base64", cc=f"{OWNER_NAME} <{OWNER}>",
        received_from="NAM11-CO1-obe.outbound.protection.outlook.example",
        extra=[("Content-class", "urn:content-classes:calendarmessage")]))
    label(c, [], "medium", "negative/current-job-training",
          "Mandatory safety training at her current employer (Exchange invite cc'd to personal mail); mentions "
          "witness interviews, temp candidates, schedule, call.")


def n15():
    c = "b113-15-neg-vendor-wms-demo-she-booked"
    start, end = T(CHI, 2026, 4, 9, 7, 0, wd="Thu"), T(CHI, 2026, 4, 9, 7, 45)
    assert start.astimezone(BER).hour == 14
    rep = ("Jonas Kessler", "jonas.kessler@lagerwerk.example")
    sent = T(CHI, 2026, 4, 2, 12, 33, wd="Thu")
    text = p("Hi Marisol,",
             "Thanks for booking time with Lagerwerk! Your meeting is confirmed.",
             "Lagerwerk WMS demo + discovery call\nThursday, April 9, 2026\n7:00 AM - 7:45 AM CDT "
             "(14:00 Uhr MESZ for our team in Hamburg)\nHost: Jonas Kessler, Solutions Engineer\n"
             "Zoom: https://lagerwerk.zoom.example/j/97713008455",
             "What to expect: we'll interview your team about your pick/pack and slotting workflows for about 15 minutes, "
             "then show you wave planning and labor management in a live environment. Feel free to invite your "
             "candidates for the WMS project team.",
             "Need to reschedule? https://lagerwerk.chilipiper.example/reschedule/" + uid(c, 12),
             "Lagerwerk GmbH | Am Sandtorkai 50, 20457 Hamburg | US office: 311 W Superior St, Chicago, IL")
    cal = ics("REQUEST", "-//Chili Piper//Booking//EN", {
        "uid": f"cp-{uid(c, 20)}@chilipiper.example", "start": start, "end": end, "stamp": sent,
        "organizer": rep, "attendees": [(rep[0], rep[1], "ACCEPTED"), (OWNER_NAME, OWNER, "ACCEPTED")],
        "summary": "Lagerwerk WMS demo - Midway Cartage (Marisol Brennan)",
        "description": "Booked via lagerwerk.example/demo\nZoom: https://lagerwerk.zoom.example/j/97713008455",
        "location": "https://lagerwerk.zoom.example/j/97713008455"}, tz=("Europe/Berlin", BER, "eu"))
    add(c, "01-demo-booked.eml", email(
        sent, "Jonas Kessler <jonas.kessler@lagerwerk.example>", OWNER,
        "Confirmed: Lagerwerk WMS demo on Thu, Apr 9", text, attach=("invite.ics", cal),
        received_from="mail.chilipiper.example"))
    label(c, [], "medium", "negative/vendor-demo",
          "Software demo she booked for her current employer (Chili Piper-style booking, '14:00 Uhr MESZ'); "
          "uses 'interview your team', 'discovery call', 'candidates'.")


def n16():
    c = "b113-16-neg-moving-company-in-home-survey"
    start, end = T(CHI, 2026, 4, 18, 9, 0, wd="Sat"), T(CHI, 2026, 4, 18, 11, 0)
    sent = T(CHI, 2026, 4, 11, 17, 44, wd="Sat")
    html = h("Hi Marisol,",
             "Your <b>in-home moving survey</b> with Lakefront Van Lines is scheduled.",
             "<b>Date:</b> Saturday, April 18, 2026<br><b>Arrival window:</b> 9:00 AM &ndash; 11:00 AM<br>"
             "<b>Address:</b> 2417 W. Cortland St, Apt 2, Chicago, IL 60647<br>"
             "<b>Move consultant:</b> Tony Castellano",
             "During the visit Tony will walk through each room and do a short interview with you about what's "
             "moving, what's staying and any specialty items (piano, safes, artwork). Most surveys take about an "
             "hour. He'll give you a call when he's on the way.",
             "Need to reschedule? Call (773) 555-0158 or reply to this email.",
             "Lakefront Van Lines &middot; 3300 S. Ashland Ave, Chicago, IL 60608 &middot; US DOT #0000000")
    add(c, "01-survey-scheduled.eml", email(
        sent, "Lakefront Van Lines <appointments@lakefrontvanlines.example>", OWNER,
        "Your in-home survey appointment is confirmed - Sat 4/18", html=html, html_only=True, html_cte="base64",
        received_from="smtp.lakefrontvanlines.example"))
    cal = ics("PUBLISH", "-//Lakefront Van Lines//Appointments//EN", {
        "uid": f"lvl-{uid(c, 16)}@lakefrontvanlines.example", "start": start, "end": end, "stamp": sent,
        "summary": "Lakefront Van Lines - In-home survey (arrival window)",
        "description": "Move consultant: Tony Castellano. Call (773) 555-0158 to reschedule.",
        "location": "2417 W. Cortland St, Apt 2, Chicago, IL 60647"}, tz=("America/Chicago", CHI, "us"))
    add(c, "02-survey.ics", cal)
    label(c, [], "medium", "negative/personal-appointment",
          "Moving company in-home survey (HTML-only base64 + .ics); 'short interview with you' about belongings.")


def n17():
    c = "b113-17-neg-fountain-complete-application"
    sent1 = T(CHI, 2026, 3, 20, 11, 0, wd="Fri")
    link = "https://badgerstategrocers.fountain.example/apply/continue/" + uid(c, 14)
    add(c, "01-fountain-finish-application.eml", email(
        sent1, "Badger State Grocers Careers <no-reply@fountain.example>", OWNER,
        "You're almost there! Finish your application to schedule your interview",
        p("Hi Marisol,",
          "You started an application for Distribution Operations Manager - Madison DC at Badger State Grocers but "
          "haven't finished it yet.",
          "Complete the last two steps (work availability and a short questionnaire) and you'll be able to pick an "
          "interview time right away - most candidates get an interview within 48 hours!",
          f"Finish my application: {link}",
          "Badger State Grocers Talent Team\nReply STOP to unsubscribe from text messages."),
        received_from="mail.fountain.example"))
    sent2 = T(CHI, 2026, 3, 23, 11, 0, wd="Mon")
    add(c, "02-fountain-second-reminder.eml", email(
        sent2, "Badger State Grocers Careers <no-reply@fountain.example>", OWNER,
        "Reminder: interview slots are filling up",
        p("Hi Marisol, interview slots for Distribution Operations Manager this week (Tue-Thu, 9 AM - 3 PM) are filling "
          "up. Finish your application to book yours:", link, "- Badger State Grocers"),
        received_from="mail.fountain.example", text_cte="7bit"))
    label(c, [], "medium", "negative/fountain-incomplete-application",
          "Fountain 'finish your application to schedule your interview' reminders; no interview booked.")


def n18():
    c = "b113-18-neg-rejection-after-final"
    rec = ("Courtney Albrecht", "calbrecht@prairieharvest.example")
    sent = T(CHI, 2026, 4, 3, 15, 20, wd="Fri")
    m0 = f"<{uid(c + 'her', 30)}@example.com>"
    her = ("Hi Courtney,\n\nThank you again for coordinating Tuesday's final interview - I really enjoyed meeting "
           "Denise and the DC leadership team at 2pm, and I'm even more excited about the Supply Chain Operations "
           "Manager role. Please let me know if you need anything else from me.\n\nBest,\nMarisol")
    t = p("Hi Marisol,",
          "Thank you for your note and for all the time you gave us over the last few weeks, including your final "
          "interview with Denise Okoro, our VP of Supply Chain, on Tuesday.",
          "This was a very difficult decision, but we have decided to move forward with another candidate whose "
          "experience more closely matches our current needs. We would be glad to stay in touch, and I'd encourage "
          "you to apply for future roles - I'll call you next week if something opens up in our Rockford DC.",
          "Warm regards,\nCourtney\n\nCourtney Albrecht | Talent Acquisition Manager\nPrairie Harvest Markets\n"
          "901 W. Randolph St, Chicago, IL 60607 | (312) 555-0191",
          "From: Marisol Brennan <" + OWNER + ">\nSent: Wednesday, April 1, 2026 8:05 AM\nTo: Courtney Albrecht <"
          + rec[1] + ">\nSubject: Thank you - Supply Chain Operations Manager\n\n" + her)
    add(c, "01-decision.eml", email(
        sent, f"{rec[0]} <{rec[1]}>", OWNER_DISP, "RE: Thank you - Supply Chain Operations Manager", t,
        in_reply_to=m0, references=m0, received_from="NAM02-SN1-obe.outbound.protection.outlook.example"))
    label(c, [], "hard", "negative/rejection-after-final",
          "Rejection after the final with the VP, replying to her thank-you that mentions 'Tuesday ... at 2pm'; "
          "no upcoming interview.")


def n19():
    c = "b113-19-neg-linkwork-profile-views-interview-tips"
    sent = T(NYC, 2026, 3, 22, 7, 15, wd="Sun")
    html = ("<html><body style=\"font-family:Arial;background:#f3f2ef\"><table width=\"600\" align=\"center\" "
            "style=\"background:#fff\"><tr><td style=\"padding:24px\">"
            "<h2>Marisol, your profile was viewed by 6 people this week</h2>"
            "<p><b>A recruiter at Cairnline</b> &middot; Denver, CO<br>"
            "<b>Talent Acquisition Partner at Kettle Creek Distribution</b> &middot; Milwaukee, WI<br>"
            "<b>Hiring Manager, Operations</b> at a healthcare company &middot; Indianapolis</p>"
            "<p><a href=\"https://www.linkwork.example/me/profile-views\">See all viewers</a></p><hr>"
            "<h3>Interview tips for Operations Managers</h3>"
            "<p>&ldquo;Tell me about a time you cut cost per unit&rdquo; &mdash; how to answer with the STAR method. "
            "Plus: 5 questions to ask your interviewer in a final round.</p>"
            "<h3>Live event: Nail your next operations interview</h3>"
            "<p>Thursday, March 26 &middot; 12:00 PM ET &middot; hosted by Linkwork Career Coach Dana Whitlock. "
            "<a href=\"https://www.linkwork.example/events/ops-interview-2026\">Add to calendar</a></p>"
            "<h3>Jobs you may be interested in</h3><p>Warehouse Operations Manager &middot; Logistix Partners &middot; "
            "Chicago (1 week ago) &middot; Easy Apply</p>"
            "<p style=\"font-size:11px;color:#777\">You are receiving Linkwork notification emails. "
            "<a href=\"https://www.linkwork.example/unsub\">Unsubscribe</a> &middot; Linkwork Corp., 1000 W Maude Ave, "
            "Sunnyvale, CA</p></td></tr></table></body></html>\n")
    add(c, "01-weekly-digest.eml", email(
        sent, "Linkwork <notifications-noreply@linkwork.example>", f"{OWNER_NAME} <{OWNER}>",
        "Marisol, you appeared in 14 searches this week", html=html, html_only=True, html_cte="base64",
        received_from="mailb-dc.linkwork.example"))
    label(c, [], "easy", "negative/social-digest",
          "LinkedIn-style digest: profile views by recruiters, interview tips, live event at 12 PM ET.")


def n20():
    c = "b113-20-neg-hey-recruiter-coffee-unanswered"
    rec = ("Dominic Vale", "dominic.vale@hey.example")
    sent1 = T(CHI, 2026, 4, 6, 7, 41, wd="Mon")
    m1 = f"<{uid(c + '1', 24)}@hey.example>"
    t1 = p("Hi Marisol,",
           "I'm an independent recruiter focused on supply chain and ops leadership in Chicagoland - I've placed a "
           "few folks at Midway Cartage over the years. I'm working on two Director of Operations searches right "
           "now (one 3PL, one healthcare distribution) that could be a fit down the road.",
           "No formal interview or anything - would you be up for coffee Thursday at 8:30 at Ipsento on Western? "
           "My treat. Happy to do a quick call instead if that's easier.",
           "Dominic Vale\nVale Search Partners\n(312) 555-0166")
    add(c, "01-coffee-invite.eml", email(
        sent1, f"{rec[0]} <{rec[1]}>", OWNER, "Coffee Thursday?", t1, msgid=m1, received_from="smtp.hey.example"))
    sent2 = T(CHI, 2026, 4, 13, 8, 2, wd="Mon")
    t2 = p("Hi Marisol - floating this back up in case it got buried. Still happy to grab coffee or schedule a 15-min "
           "call whenever works for you. Either role could move to interviews fairly quickly.",
           "Dominic",
           f"On April 6, 2026, {rec[0]} <{rec[1]}> wrote:\n"
           + "\n".join("> " + x if x else ">" for x in t1.rstrip("\n").split("\n")))
    add(c, "02-bump.eml", email(
        sent2, f"{rec[0]} <{rec[1]}>", OWNER, "Re: Coffee Thursday?", t2, in_reply_to=m1, references=m1,
        received_from="smtp.hey.example"))
    label(c, [], "hard", "negative/recruiter-coffee-unanswered",
          "Independent recruiter (HEY) proposes coffee Thursday 8:30 and bumps; she never answers, nothing booked, "
          "not a hiring-process step.")


def n21():
    c = "b113-21-neg-she-interviews-shift-supervisor"
    start, end = T(CHI, 2026, 3, 26, 13, 0, wd="Thu"), T(CHI, 2026, 3, 26, 13, 45)
    hr = ("Tamika Rhodes", "trhodes@midwaycartage.example")
    sent = T(CHI, 2026, 3, 23, 9, 30, wd="Mon")
    subj = "Interview: Jaylen Ortiz - 2nd Shift Supervisor (Interviewer: Marisol Brennan)"
    text = ("When: Thursday, March 26, 2026 1:00 PM-1:45 PM (UTC-06:00) Central Time (US & Canada).\n"
            "Where: Bensenville DC - Conf Room 2\n\n*~*~*~*~*~*~*~*~*~*\n\n"
            "Hi Marisol,\n\nYou're scheduled to interview Jaylen Ortiz for the 2nd Shift Supervisor opening. "
            "His resume and the structured interview guide are on the HR SharePoint. Please submit your scorecard in "
            "the ATS within 24 hours of the interview.\n\nThanks,\nTamika Rhodes\nHR Business Partner | Midway Cartage\n"
            "(630) 555-0102\n")
    cal = ics("REQUEST", "Microsoft Exchange Server 2010", {
        "uid": "040000008200E00074C5B7101A82E008000000" + uid(c, 24).upper(), "start": start, "end": end,
        "stamp": sent, "organizer": hr,
        "attendees": [(OWNER_NAME, OWNER, "NEEDS-ACTION"), (OWNER_NAME, WORK, "NEEDS-ACTION")],
        "summary": subj, "description": text, "location": "Bensenville DC - Conf Room 2", "extra": EXCH_X},
        tz=("Central Standard Time", CHI, "us"))
    add(c, "01-interviewer-invite.eml", email(
        sent, f"{hr[0]} <{hr[1]}>", f"{OWNER_NAME} <{WORK}>", subj, text, cal=cal, cal_cte="base64",
        cc=f"{OWNER_NAME} <{OWNER}>", received_from="NAM11-CO1-obe.outbound.protection.outlook.example",
        extra=[("Content-class", "urn:content-classes:calendarmessage")]))
    label(c, [], "hard", "negative/user-is-interviewer",
          "Exchange invite at her current job where she interviews a shift-supervisor candidate.")


def n22():
    c = "b113-22-neg-cronofy-style-slots-never-booked"
    rec = ("Imani Foster", "imani.foster@meridiancarehealth.example")
    sent1 = T(NYC, 2026, 4, 13, 14, 5, wd="Mon")
    slots = [T(NYC, 2026, 4, 20, 9, 0, wd="Mon"), T(NYC, 2026, 4, 20, 13, 30), T(NYC, 2026, 4, 21, 11, 0, wd="Tue"),
             T(NYC, 2026, 4, 22, 15, 0, wd="Wed")]
    lines = "\n".join(f"- {s.astimezone(CHI).strftime('%a %b %d')}, {s.astimezone(CHI).strftime('%I:%M %p').lstrip('0')} CT" for s in slots)
    link = "https://book.cronofy.example/meridiancare/ops-screen/" + uid(c, 12)
    add(c, "01-choose-a-time.eml", email(
        sent1, "Meridian Care Health Recruiting <scheduling@cronofy.example>", OWNER,
        "Action needed: choose a time for your interview with Meridian Care Health",
        p("Hi Marisol,",
          f"{rec[0]} from Meridian Care Health has invited you to schedule a 30-minute phone interview for the "
          "Revenue Cycle Operations Manager role.",
          "Suggested times (shown in your time zone):\n" + lines,
          f"Choose a time: {link}",
          f"These times are held for 72 hours. Questions? Contact {rec[0]} at {rec[1]}.",
          "Powered by Cronofy Scheduler"),
        reply_to=f"{rec[0]} <{rec[1]}>", received_from="mail.cronofy.example"))
    sent2 = T(NYC, 2026, 4, 16, 14, 5, wd="Thu")
    add(c, "02-reminder-not-booked.eml", email(
        sent2, "Meridian Care Health Recruiting <scheduling@cronofy.example>", OWNER,
        "Reminder: you haven't picked an interview time yet",
        p("Hi Marisol, you haven't selected a time for your interview with Meridian Care Health yet. The suggested "
          "times have expired - use the link below to see current availability.", link,
          "Powered by Cronofy Scheduler"),
        reply_to=f"{rec[0]} <{rec[1]}>", received_from="mail.cronofy.example", text_cte="7bit"))
    label(c, [], "hard", "negative/unbooked-scheduling-link",
          "Cronofy-style scheduling page with listed candidate slots, then 'you haven't picked a time' reminder; "
          "never booked.")


def main():
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              n14, n15, n16, n17, n18, n19, n20, n21, n22):
        f()
    for name in os.listdir(HERE):
        if name.startswith("b113-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    for case, items in CASES.items():
        d = os.path.join(HERE, case)
        os.makedirs(d)
        for fname, data in items:
            with open(os.path.join(d, fname), "wb") as fh:
                fh.write(data)
    assert set(CASES) == set(LABELS), set(CASES) ^ set(LABELS)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# blind113 labels - see README.md. Generated by make_cases.py; do not edit by hand.\n")
        yaml.safe_dump(LABELS, fh, sort_keys=True, allow_unicode=True, width=110)
    print(f"{len(CASES)} cases written")


if __name__ == "__main__":
    main()
