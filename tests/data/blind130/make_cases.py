#!/usr/bin/env python3
"""Deterministic generator for the blind130 interview-detection set.

Rewrites every case folder and labels.yaml next to this file.
Stdlib + PyYAML + zoneinfo only. All names, companies and domains are invented.
"""
import hashlib
import json
import shutil
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
OWNER = "rowan.castellanos@example.com"
OWNER_NAME = "Rowan Castellanos"
DEN = ZoneInfo("America/Denver")
LA = ZoneInfo("America/Los_Angeles")
NY = ZoneInfo("America/New_York")
CHI = ZoneInfo("America/Chicago")
BER = ZoneInfo("Europe/Berlin")
UTC = ZoneInfo("UTC")

WINDOWS_TZ = {
    "Central Standard Time": "America/Chicago",
    "W. Europe Standard Time": "Europe/Berlin",
    "Mountain Standard Time": "America/Denver",
    "Pacific Standard Time": "America/Los_Angeles",
    "Eastern Standard Time": "America/New_York",
}


def T(zone, y, mo, d, h=0, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=zone)


def iso(dt):
    return dt.isoformat() if dt is not None else None


# ---------------------------------------------------------------- iCalendar
def ical_escape(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line):
    out, cur, first = [], b"", True
    limit = 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur)
            cur = b" " + b
            limit = 75
        else:
            cur += b
    out.append(cur)
    return b"\r\n".join(out)


def off(td):
    secs = int(td.total_seconds())
    sign = "+" if secs >= 0 else "-"
    secs = abs(secs)
    return f"{sign}{secs // 3600:02d}{(secs % 3600) // 60:02d}"


def vtimezone(tzid, iana):
    z = ZoneInfo(iana)
    std = z.utcoffset(datetime(2026, 1, 15))
    dst = z.utcoffset(datetime(2026, 7, 15))
    if iana.startswith("Europe/"):
        d_rule, d_start = "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "16010325T020000"
        s_rule, s_start = "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "16011028T030000"
    else:
        d_rule, d_start = "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "16010311T020000"
        s_rule, s_start = "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "16011104T020000"
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", f"DTSTART:{s_start}", f"TZOFFSETFROM:{off(dst)}",
        f"TZOFFSETTO:{off(std)}", f"RRULE:{s_rule}", "END:STANDARD",
        "BEGIN:DAYLIGHT", f"DTSTART:{d_start}", f"TZOFFSETFROM:{off(std)}",
        f"TZOFFSETTO:{off(dst)}", f"RRULE:{d_rule}", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def ics(method, ev, prodid="-//Invented Corp//Scheduler 4.2//EN", tzid=None, extra_cal=()):
    """ev: dict(uid, seq, start, end, summary, description, location, organizer,
    attendees[(name,email,partstat,role)], status, stamp, extra[]).
    tzid: None -> UTC 'Z' times; str -> TZID (IANA or Windows name)."""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN",
         f"METHOD:{method}"]
    L += list(extra_cal)
    if tzid:
        L += vtimezone(tzid, WINDOWS_TZ.get(tzid, tzid))
    L.append("BEGIN:VEVENT")

    def dtl(name, dt):
        if tzid:
            z = ZoneInfo(WINDOWS_TZ.get(tzid, tzid))
            return f"{name};TZID={tzid}:{dt.astimezone(z).strftime('%Y%m%dT%H%M%S')}"
        return f"{name}:{dt.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}"

    L.append(dtl("DTSTART", ev["start"]))
    L.append(dtl("DTEND", ev["end"]))
    L.append(f"DTSTAMP:{ev['stamp'].astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}")
    on, oe = ev["organizer"]
    L.append(f"ORGANIZER;CN={on}:mailto:{oe}")
    L.append(f"UID:{ev['uid']}")
    for (n, e, ps, role) in ev.get("attendees", []):
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={n};X-NUM-GUESTS=0:mailto:{e}")
    L.append(f"CREATED:{ev['stamp'].astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}")
    if ev.get("description"):
        L.append("DESCRIPTION:" + ical_escape(ev["description"]))
    L.append(f"LAST-MODIFIED:{ev['stamp'].astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}")
    if ev.get("location"):
        L.append("LOCATION:" + ical_escape(ev["location"]))
    L.append(f"SEQUENCE:{ev.get('seq', 0)}")
    L.append(f"STATUS:{ev.get('status', 'CONFIRMED')}")
    L.append("SUMMARY:" + ical_escape(ev["summary"]))
    L.append("TRANSP:OPAQUE")
    L += list(ev.get("extra", []))
    L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    return b"\r\n".join(fold(x) for x in L) + b"\r\n"


# ---------------------------------------------------------------- e-mail
def eml(frm, to, subject, date, *, plain=None, html=None, cte_plain=None, cte_html=None,
        cal=None, method="REQUEST", attach=(), msgid=None, extra=(), received_by="mx.mail.example"):
    m = EmailMessage(policy=POLICY)
    m["Delivered-To"] = OWNER
    m["Received"] = (f"from outbound.{frm.split('@')[-1].rstrip('>')} by {received_by} "
                     f"with ESMTPS; {format_datetime(date)}")
    for k, v in extra:
        m[k] = v
    m["Date"] = format_datetime(date)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Message-ID"] = msgid or f"<{hashlib.sha1((subject + date.isoformat()).encode()).hexdigest()[:20]}@{frm.split('@')[-1].rstrip('>')}>"
    m["MIME-Version"] = "1.0"
    if plain is not None:
        m.set_content(plain, cte=cte_plain) if cte_plain else m.set_content(plain)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=cte_html) if cte_html else m.add_alternative(html, subtype="html")
    else:
        m.set_content(html, subtype="html", cte=cte_html) if cte_html else m.set_content(html, subtype="html")
    if cal is not None:
        m.add_alternative(cal, maintype="text", subtype="calendar",
                          params={"method": method, "charset": "UTF-8"})
    for data, mt, st, fn in attach:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    seed = hashlib.sha1((subject + date.isoformat()).encode()).hexdigest()[:16]
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"00000000{seed}{i:02d}")
    return m.as_bytes(policy=POLICY)


CASES = {}
LABELS = {}


def case(cid, items, interviews, difficulty, category, notes):
    CASES[cid] = items
    LABELS[cid] = {
        "user": OWNER,
        "interview": bool(interviews),
        "interviews": interviews,
        "difficulty": difficulty,
        "category": category,
        "notes": notes,
        "source": "synthetic",
    }


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end),
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(recipients), "kind": kind}


def hms(dt, zone):
    """'1:30pm' style for a zone, no leading zero."""
    x = dt.astimezone(zone)
    s = x.strftime("%I:%M%p").lstrip("0").lower()
    return s.replace(":00", "") if s.endswith(("00am", "00pm")) else s




SIG_DEN = "Rowan Castellanos\nSenior Frontend Engineer · Denver, CO\n"


def build():
    # ------------------------------------------------------------ 01 Greenhouse-like recruiter screen
    st = T(LA, 2026, 2, 17, 11, 0); en = st + timedelta(minutes=30)
    sent = T(LA, 2026, 2, 12, 9, 41)
    body = f"""Hi Rowan,

Thanks for applying to the Senior Frontend Engineer role at Larkspur Analytics! Your recruiter
phone screen is confirmed:

  Date:      Tuesday, February 17, 2026
  Time:      11:00 AM - 11:30 AM PT / 12:00 PM - 12:30 PM MT
  Format:    Phone call - Bea will call you at the number on your application
  With:      Beatriz Okonkwo-Hale, Technical Recruiter

A calendar file is attached for convenience. If something comes up, just reply to this email
and Bea will help you find another time.

Best,
The Larkspur Analytics Recruiting Team

--
Sent via Hirehouse on behalf of Larkspur Analytics · 201 Mission Row, Floor 6, San Francisco, CA 94105
"""
    cal = ics("PUBLISH", dict(
        uid="hh-8812347-screen@hirehouse.example", start=st, end=en, stamp=sent,
        summary="Phone Screen: Rowan Castellanos / Larkspur Analytics",
        description="Recruiter phone screen for Senior Frontend Engineer.\nBea will call you.",
        location="Phone", organizer=("Beatriz Okonkwo-Hale", "beatriz.okonkwohale@larkspuranalytics.example"),
        attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")]),
        prodid="-//Hirehouse//Interview Scheduler//EN")
    case("b130-01-hirehouse-recruiter-screen-pt-mt", [
        ("01-larkspur-phone-screen-confirmed.eml", eml(
            "Larkspur Analytics Recruiting <no-reply@hirehouse.example>", OWNER,
            "Your phone screen with Larkspur Analytics is confirmed", sent, plain=body,
            attach=[(cal, "text", "calendar", "phone_screen.ics")],
            extra=[("Reply-To", "Beatriz Okonkwo-Hale <beatriz.okonkwohale@larkspuranalytics.example>")]))],
        [iv("Larkspur Analytics", "Senior Frontend Engineer", st, en, "scheduled",
            ["beatriz.okonkwohale@larkspuranalytics.example"],
            ["beatriz.okonkwohale@larkspuranalytics.example"], "phone_screen")],
        "easy", "positive/ats-email-with-ics",
        "Greenhouse-shaped confirmation from a no-reply ATS sender, Reply-To recruiter who conducts the screen; "
        "time given as '11:00 AM PT / 12:00 PM MT'.")

    # ------------------------------------------------------------ 02 Calendly-like hiring manager chat
    st = T(DEN, 2026, 3, 5, 10, 0); en = st + timedelta(minutes=45)
    sent = T(DEN, 2026, 3, 2, 16, 3)
    plain = f"""Hi Rowan Castellanos,

A new event has been scheduled.

Event Type:
Intro with Dmitri (Hiring Manager, Web Platform)

Invitee:
Rowan Castellanos

Invitee Email:
{OWNER}

Event Date/Time:
10:00am - 10:45am (Mountain Time - US & Canada) on Thursday, March 5, 2026

Location:
Google Meet - https://meet.google.example/qfw-ttzr-ake

Questions:
Anything you'd like Dmitri to know ahead of time?
I've been leading a design-system migration to React Server Components; happy to talk through it.

Need to make changes to this event?
Cancel: https://slotwise.example/cancellations/7f1e2a
Reschedule: https://slotwise.example/reschedulings/7f1e2a

Powered by Slotwise
"""
    html = plain.replace("\n\n", "</p><p>").replace("\n", "<br>")
    html = f"<html><body style=\"font-family:Helvetica,Arial\"><p>{html}</p></body></html>"
    cal = ics("REQUEST", dict(
        uid="sw-7f1e2a@slotwise.example", start=st, end=en, stamp=sent,
        summary="Intro with Dmitri (Hiring Manager, Web Platform) between Dmitri Osei and Rowan Castellanos",
        description="Quillfeather - Senior Frontend Engineer, Web Platform. Event scheduled via Slotwise.",
        location="https://meet.google.example/qfw-ttzr-ake",
        organizer=("Dmitri Osei", "dmitri@quillfeather.example"),
        attendees=[("Dmitri Osei", "dmitri@quillfeather.example", "ACCEPTED", "REQ-PARTICIPANT"),
                   (OWNER_NAME, OWNER, "ACCEPTED", "REQ-PARTICIPANT")]),
        prodid="-//Slotwise//Booking//EN")
    intro = T(LA, 2026, 2, 27, 13, 12)
    case("b130-02-slotwise-hiring-manager-intro", [
        ("01-quillfeather-next-step.eml", eml(
            "Noor Haddad <noor.haddad@quillfeather.example>", f"{OWNER_NAME} <{OWNER}>",
            "Quillfeather: next step for the Web Platform role", intro,
            plain=("Hey Rowan,\n\nLoved our chat! Dmitri (our hiring manager for Web Platform) would like to "
                   "meet you next. Grab any 45-minute slot that works on his calendar: "
                   "https://slotwise.example/dmitri-osei/45min\n\nTalk soon,\nNoor\n\nNoor Haddad | Recruiting, Quillfeather\n"
                   "m: +1 (415) 555-0183\n"))),
        ("02-new-event-intro-with-dmitri.eml", eml(
            "Slotwise <notifications@slotwise.example>", OWNER,
            "New Event: Rowan Castellanos - 10:00am Thu, Mar 5, 2026 - Intro with Dmitri (Hiring Manager, Web Platform)",
            sent, plain=plain, html=html, cal=cal,
            extra=[("Reply-To", "Dmitri Osei <dmitri@quillfeather.example>")]))],
        [iv("Quillfeather", "Senior Frontend Engineer, Web Platform", st, en, "scheduled",
            ["dmitri@quillfeather.example"], ["dmitri@quillfeather.example"], "hiring_manager")],
        "medium", "positive/calendly",
        "Recruiter sends a booking link (not an interview yet); the booking confirmation gives 10:00am Mountain "
        "on Mar 5 (MST, before DST).")

    # ------------------------------------------------------------ 03 Google invite technical, across DST
    st = T(DEN, 2026, 3, 10, 11, 0); en = T(DEN, 2026, 3, 10, 12, 15)
    s1 = T(NY, 2026, 3, 3, 14, 20); s2 = T(NY, 2026, 3, 4, 9, 5)
    org = ("Camille Reyes-Fontaine", "camille.reyes@brightwaterledger.example")
    e1 = ("Tobias Lindgren", "tobias.lindgren@brightwaterledger.example")
    e2 = ("Anjali Varghese", "anjali.varghese@brightwaterledger.example")
    p1 = f"""Hi Rowan,

Great news - the team would like to move you forward to the technical interview for Senior
Frontend Engineer. You'll pair with two engineers from our Ledger UI team, Tobias and Anjali,
on a small React exercise (75 minutes, bring your own editor).

We've got you down for Tuesday the 10th, 11:00 to 12:15 your time (Mountain). Heads up that
clocks spring forward that Sunday, so go by the calendar invite I'm sending separately.

Thanks!
Camille

Camille Reyes-Fontaine
Recruiting Coordinator | Brightwater Ledger
88 Greenwich Ave, 4th Fl, New York, NY 10011 · (646) 555-0127
"""
    desc = ("Technical interview (pair programming) - Senior Frontend Engineer\n"
            "Interviewers: Tobias Lindgren, Anjali Varghese\n"
            "Join with Google Meet: https://meet.google.example/bwl-kpqa-zzt")
    cal = ics("REQUEST", dict(
        uid="4l2f8q7c0b0a6m9h@google.example", start=st, end=en, stamp=s2,
        summary="Brightwater Ledger - Technical Interview (Rowan Castellanos)",
        description=desc, location="", organizer=org,
        attendees=[(org[0], org[1], "ACCEPTED", "REQ-PARTICIPANT"),
                   (e1[0], e1[1], "ACCEPTED", "REQ-PARTICIPANT"),
                   (e2[0], e2[1], "NEEDS-ACTION", "REQ-PARTICIPANT"),
                   (OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")]),
        prodid="-//Google Inc//Google Calendar 70.9054//EN", tzid="America/Denver")
    gplain = f"""Brightwater Ledger - Technical Interview (Rowan Castellanos)
Tuesday Mar 10, 2026 · 11am – 12:15pm
Mountain Time - Denver

Join with Google Meet
https://meet.google.example/bwl-kpqa-zzt

Organizer
Camille Reyes-Fontaine
{org[1]}

Guests
Camille Reyes-Fontaine - organizer
Tobias Lindgren
Anjali Varghese
{OWNER}
View all guest info https://calendar.google.example/event?action=VIEW&eid=NGwyZjhxN2Mw

{desc}

Reply for {OWNER}
Invitation from Google Calendar
"""
    ghtml = "<html><body>" + gplain.replace("\n", "<br>") + "</body></html>"
    case("b130-03-google-invite-technical-two-engineers-dst", [
        ("01-brightwater-technical-next-step.eml", eml(
            f"{org[0]} <{org[1]}>", f"{OWNER_NAME} <{OWNER}>",
            "Next step: technical interview with Brightwater Ledger", s1, plain=p1)),
        ("02-invitation-technical-interview.eml", eml(
            f"{org[0]} <{org[1]}>", OWNER,
            f"Invitation: Brightwater Ledger - Technical Interview (Rowan Castellanos) @ Tue Mar 10, 2026 11am - 12:15pm (MDT) ({OWNER})",
            s2, plain=gplain, html=ghtml, cte_plain="base64", cte_html="quoted-printable", cal=cal,
            attach=[(cal, "application", "ics", "invite.ics")],
            extra=[("Sender", "Google Calendar <calendar-notification@google.example>"),
                   ("Reply-To", f"{org[0]} <{org[1]}>")]))],
        [iv("Brightwater Ledger", "Senior Frontend Engineer", st, en, "scheduled",
            [e1[1], e2[1]], [e1[1], e2[1]], "technical")],
        "hard", "positive/dedupe-dst",
        "Recruiter mail + Google invite for one technical interview with two engineers; the interview is two days "
        "after the 8 March DST change (MDT -06:00) while both mails are sent in standard time.")

    # ------------------------------------------------------------ 04 GoodTime-like virtual onsite, 4 sessions
    day = (2026, 4, 16)
    sess = [  # Pacific times as the company books them
        ("Frontend Architecture", T(LA, *day, 9, 0), 45, [("Wen Zhao", "wen.zhao@orchardsignal.example")]),
        ("Live Coding: Components &amp; State", T(LA, *day, 10, 0), 60,
         [("Ilse Brandvold", "ilse.brandvold@orchardsignal.example"),
          ("Marcus Tebbe", "marcus.tebbe@orchardsignal.example")]),
        ("Product Collaboration", T(LA, *day, 11, 30), 60, [("Sofía Arriaga", "sofia.arriaga@orchardsignal.example")]),
        ("Hiring Manager Conversation", T(LA, *day, 12, 45), 45, [("Grant Whitlow", "grant.whitlow@orchardsignal.example")]),
    ]
    rows = ""
    for title, s, mins, ppl in sess:
        e = s + timedelta(minutes=mins)
        who = "<br>".join(f"{n} &lt;{m}&gt;" for n, m in ppl)
        rows += (f"<tr><td>{hms(s, DEN)} &ndash; {hms(e, DEN)}</td><td><b>{title}</b></td>"
                 f"<td>{who}</td><td><a href=\"https://zoom.example/j/8841{mins}07\">Zoom</a></td></tr>\n")
        if title.startswith("Live Coding"):
            rows += f"<tr><td>{hms(e, DEN)} &ndash; {hms(e + timedelta(minutes=30), DEN)}</td><td><i>Lunch break</i></td><td></td><td></td></tr>\n"
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Inter,Arial,sans-serif">
<p>Hi Rowan,</p>
<p>Your virtual onsite with <b>Orchard Signal</b> for the <b>Staff Frontend Engineer</b> position is all set.
All times below are shown in <b>your time zone: Mountain Daylight Time (America/Denver)</b>.</p>
<p><b>Thursday, April 16, 2026</b></p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th>Time</th><th>Session</th><th>Interviewer(s)</th><th>Join</th></tr>
{rows}</table>
<p>Each session has its own Zoom link. Please join 2&ndash;3 minutes early. If you need accommodations,
reply to this email and Harper will take care of it.</p>
<p>Harper Quist<br>Candidate Experience, Orchard Signal<br>harper.quist@orchardsignal.example</p>
<p style="color:#888;font-size:11px">Scheduled with Timewell &middot; You're receiving this because you are a candidate
in an active interview process. Timewell Inc., 500 Folsom St, San Francisco, CA.</p>
</body></html>
"""
    sent0 = T(LA, 2026, 4, 6, 15, 30); sent = T(LA, 2026, 4, 9, 10, 2)
    pre = """Hi Rowan,

Congrats on making it to the final round! The virtual onsite is four conversations on one day,
about 9am to 1:30pm Pacific with a lunch break. I've asked our scheduling team to lock in
Thursday 4/16; a full itinerary will come from Timewell in the next day or two.

Harper
"""
    st = sess[0][1]; en = sess[-1][1] + timedelta(minutes=sess[-1][2])
    ivs = [m for _, _, _, ppl in sess for _, m in ppl]
    case("b130-04-timewell-virtual-onsite-four-sessions", [
        ("01-orchard-final-round-heads-up.eml", eml(
            "Harper Quist <harper.quist@orchardsignal.example>", f"{OWNER_NAME} <{OWNER}>",
            "Orchard Signal final round", sent0, plain=pre)),
        ("02-itinerary-virtual-onsite.eml", eml(
            "Orchard Signal via Timewell <scheduling@timewell.example>", OWNER,
            "Your Orchard Signal Interview Itinerary - Thursday, April 16", sent,
            html=html, cte_html="quoted-printable",
            extra=[("Reply-To", "harper.quist@orchardsignal.example")]))],
        [iv("Orchard Signal", "Staff Frontend Engineer", st, en, "scheduled", ivs, ivs, "onsite")],
        "hard", "positive/onsite-loop",
        "HTML-only QP itinerary (GoodTime-shaped) listing four sessions in the candidate's Mountain time; "
        "one onsite from first start to last end, five interviewers; coordinator's heads-up gives Pacific times.")

    # ------------------------------------------------------------ 05 Exchange reschedule via updated invite
    org = ("Priscilla Aune", "paune@junipercoil.example")
    st0 = T(CHI, 2026, 4, 21, 14, 0); en0 = st0 + timedelta(hours=1)
    st = T(CHI, 2026, 4, 23, 15, 30); en = st + timedelta(hours=1)
    s0 = T(CHI, 2026, 4, 14, 8, 47); s1 = T(CHI, 2026, 4, 17, 11, 15)
    teams = ("________________________________________________________________________________\n"
             "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
             "Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_JCS77a>\n"
             "Meeting ID: 271 448 905 136\nPasscode: q7Zk2P\n"
             "________________________________________________________________________________\n")

    def exch(s, e, seq, stamp, note):
        when = (f"When: {s.strftime('%A, %B %-d, %Y')} {s.strftime('%-I:%M %p')}-{e.strftime('%-I:%M %p')} "
                f"(UTC-06:00) Central Time (US & Canada).\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n")
        body = when + note + "\n" + teams
        c = ics("REQUEST", dict(
            uid="040000008200E00074C5B7101A82E00800000000D0C1A7F2B0CADC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
            start=s, end=e, stamp=stamp, seq=seq, summary="Rowan Castellanos / Priscilla - Frontend Lead conversation",
            description=body, location="Microsoft Teams Meeting", organizer=org,
            attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")],
            extra=[f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                   "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
                   "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]),
            prodid="Microsoft Exchange Server 2010", tzid="Central Standard Time")
        return body, c
    b0, c0 = exch(st0, en0, 0, s0, (
        "Hi Rowan,\n\nLooking forward to talking about the Frontend Lead role on my team. Plan on an hour: a bit "
        "about Juniper Coil, your recent projects, and how you approach leading a small UI team.\n\n"
        "Priscilla Aune\nDirector of Engineering, Customer Platform\nJuniper Coil Systems | 400 N LaSalle Dr, Chicago, IL 60654\n"
        "o: 312-555-0190\n"))
    b1, c1 = exch(st, en, 1, s1, (
        "Hi Rowan - apologies, an all-hands landed on Tuesday afternoon. Moving us to Thursday at 3:30 Central "
        "(2:30 for you in Denver). Same Teams link.\n\nPriscilla\n"))
    hdr = [("Thread-Topic", "Rowan Castellanos / Priscilla - Frontend Lead conversation"),
           ("Content-class", "urn:content-classes:calendarmessage"),
           ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAJcs77aQx1=")]
    case("b130-05-exchange-teams-reschedule-updated-invite", [
        ("01-invite-frontend-lead-conversation.eml", eml(
            f"{org[0]} <{org[1]}>", f"{OWNER_NAME} <{OWNER}>",
            "Rowan Castellanos / Priscilla - Frontend Lead conversation", s0, plain=b0, cte_plain="quoted-printable",
            cal=c0, extra=hdr, msgid="<CH2PR18MB4410A1@CH2PR18MB4410.namprd18.prod.outlook.example>")),
        ("02-updated-invite-moved-to-thursday.eml", eml(
            f"{org[0]} <{org[1]}>", f"{OWNER_NAME} <{OWNER}>",
            "Updated: Rowan Castellanos / Priscilla - Frontend Lead conversation", s1, plain=b1,
            cte_plain="quoted-printable", cal=c1, extra=hdr,
            msgid="<CH2PR18MB4410B7@CH2PR18MB4410.namprd18.prod.outlook.example>"))],
        [iv("Juniper Coil Systems", "Frontend Lead", st, en, "scheduled", [org[1]], [org[1]], "hiring_manager")],
        "medium", "positive/reschedule",
        "Exchange/Teams invite (Windows TZID 'Central Standard Time', UTC-06:00 display label in April) moved from "
        "Tue 2pm to Thu 3:30pm Central by SEQUENCE 1; hiring manager is the organizer.")

    # ------------------------------------------------------------ 06 Lever-like confirmation, company cancels
    st = T(NY, 2026, 5, 6, 13, 0); en = st + timedelta(hours=1)
    s0 = T(NY, 2026, 4, 29, 10, 20); s1 = T(NY, 2026, 5, 4, 17, 48)
    rec = ("Yusuf Demir-Bell", "yusuf@saltmarshgames.example")
    eng = ("Kai Lindqvist", "kai.lindqvist@saltmarshgames.example")
    conf = f"""Hi Rowan,

You're confirmed for a Technical Interview with Saltmarsh Games.

When: Wednesday, May 6, 2026 1:00 PM - 2:00 PM EDT
Where: Zoom - https://zoom.example/j/96120483311?pwd=sltmrsh
Interviewer: Kai Lindqvist, Senior Engineer, Web Games ({eng[1]})
Position: Senior Frontend Engineer (WebGL / Tools)

Add to calendar: the attached invite.ics works with Google, Outlook and Apple Calendar.

Questions? Reply to this message and it will reach {rec[0]}.

--
Sent with Pulley Hire
"""
    ev = dict(uid="pulley-iv-5520-98@pulleyhire.example", start=st, end=en, stamp=s0,
              summary="Technical Interview - Saltmarsh Games", location="https://zoom.example/j/96120483311",
              description="Interviewer: Kai Lindqvist", organizer=("Pulley Hire", "calendar@pulleyhire.example"),
              attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT"),
                         (eng[0], eng[1], "ACCEPTED", "REQ-PARTICIPANT")])
    c0 = ics("REQUEST", ev, prodid="-//Pulley Hire//EN")
    ev2 = dict(ev, seq=1, status="CANCELLED", stamp=s1, summary="Canceled: Technical Interview - Saltmarsh Games")
    c1 = ics("CANCEL", ev2, prodid="-//Pulley Hire//EN")
    cancel = f"""Hi Rowan,

I'm sorry to be sending this one. We've just been told that the WebGL Tools headcount is paused
for this quarter, so we need to cancel Wednesday's technical interview with Kai (May 6, 1pm
Eastern). You should get a calendar cancellation as well.

This has nothing to do with your background - if the role re-opens you'll be the first person
I call.

Yusuf Demir-Bell
Talent Partner, Saltmarsh Games
1200 Westlake Ave N, Seattle, WA 98109 | 206.555.0171

On Wed, Apr 29, 2026 at 10:20 AM Saltmarsh Games <no-reply@pulleyhire.example> wrote:
> Hi Rowan,
>
> You're confirmed for a Technical Interview with Saltmarsh Games.
>
> When: Wednesday, May 6, 2026 1:00 PM - 2:00 PM EDT
"""
    case("b130-06-pulley-technical-cancelled-by-company", [
        ("01-confirmed-technical-interview.eml", eml(
            "Saltmarsh Games <no-reply@pulleyhire.example>", OWNER,
            "Interview confirmed: Saltmarsh Games - Technical Interview", s0, plain=conf,
            attach=[(c0, "text", "calendar", "invite.ics")],
            extra=[("Reply-To", f"{rec[0]} <{rec[1]}>")])),
        ("02-need-to-cancel-wednesday.eml", eml(
            f"{rec[0]} <{rec[1]}>", f"{OWNER_NAME} <{OWNER}>",
            "Re: Interview confirmed: Saltmarsh Games - Technical Interview", s1, plain=cancel,
            attach=[(c1, "text", "calendar", "cancel.ics")]))],
        [iv("Saltmarsh Games", "Senior Frontend Engineer (WebGL / Tools)", st, en, "cancelled",
            [eng[1]], [eng[1]], "technical")],
        "medium", "positive/cancellation",
        "Lever-shaped confirmation (.ics) then the recruiter cancels (headcount paused) with a METHOD:CANCEL file.")

    # ------------------------------------------------------------ 07 Workday-like, candidate withdraws
    st = T(DEN, 2026, 6, 12, 10, 0); en = st + timedelta(hours=1)
    s0 = T(DEN, 2026, 6, 3, 13, 5); s1 = T(DEN, 2026, 6, 8, 9, 31)
    rec = ("Dana Whitcombe", "dana.whitcombe@calderafreight.example")
    wd = f"""Caldera Freight

Interview Scheduled

Hello Rowan Castellanos,

Your interview for the Senior Software Engineer - Frontend (R-20817) position has been scheduled.

Interview: Technical Interview - Frontend Architecture
Date: Friday, June 12, 2026
Time: 10:00 AM - 11:00 AM (GMT-06:00) Mountain Time (Denver)
Location: Microsoft Teams (link will be sent by your recruiter)
Recruiter: {rec[0]} ({rec[1]})

To view the details of your interview, sign in to the Candidate Home:
https://calderafreight.worksuite.example/careers/candidate-home

Please do not reply to this email; this mailbox is not monitored.
"""
    html = ("<html><body><table width=\"600\"><tr><td style=\"font-family:Arial\">"
            + wd.replace("\n", "<br>\n") + "</td></tr></table></body></html>")
    wd_reply = f"""Hi Rowan,

Totally understood, and congratulations on the new role! I've cancelled Friday's interview
and let the panel know. Best of luck - keep us in mind down the road.

Dana

Dana Whitcombe | Senior Recruiter | Caldera Freight
1700 Lincoln St, Suite 2100, Denver, CO 80203 · 303-555-0146

On Mon, Jun 8, 2026 at 9:12 AM Rowan Castellanos <{OWNER}> wrote:
> Hi Dana,
>
> I wanted to let you know right away that I've accepted an offer elsewhere, so I'd like to
> withdraw from the process. Please go ahead and cancel Friday's technical interview
> (6/12 at 10am). Thank you for all your help - I really enjoyed meeting the team.
>
> Best,
> Rowan
>
>> On Wed, Jun 3, 2026 at 1:20 PM Dana Whitcombe <{rec[1]}> wrote:
>> Hi Rowan - you should have a Workday notice now for Friday 6/12, 10-11am MT. Teams link:
>> https://teams.microsoft.example/l/meetup-join/19%3ameeting_CF0612
"""
    case("b130-07-worksuite-technical-candidate-withdraws", [
        ("01-interview-scheduled-notification.eml", eml(
            "Caldera Freight <calderafreight@myworksuite.example>", OWNER,
            "Interview Scheduled - Senior Software Engineer - Frontend (R-20817)", s0,
            plain=wd, html=html, cte_html="quoted-printable")),
        ("02-re-withdrawing-from-process.eml", eml(
            f"{rec[0]} <{rec[1]}>", f"{OWNER_NAME} <{OWNER}>",
            "Re: Withdrawing from the process", s1, plain=wd_reply,
            extra=[("In-Reply-To", "<CAH7rowan0608@mail.example.com>"), ("References", "<CAH7rowan0608@mail.example.com>")]))],
        [iv("Caldera Freight", "Senior Software Engineer - Frontend", st, en, "cancelled",
            [], [rec[1]], "technical")],
        "medium", "positive/cancellation",
        "Workday-shaped 'Interview Scheduled' (GMT-06:00 Mountain in June); candidate withdraws, recruiter's reply "
        "(with quoted withdrawal) confirms the cancellation. No interviewer address -> recruiter is the follow-up.")

    # ------------------------------------------------------------ 08 Gem-like: recruiter screen then technical
    rec = ("Lucía Ferreyra", "lucia.ferreyra@ferncliffrobotics.example")
    eng = ("Hana Kowalczyk", "hana.kowalczyk@ferncliffrobotics.example")
    st1 = T(NY, 2026, 7, 13, 15, 30); en1 = st1 + timedelta(minutes=30)
    st2 = T(LA, 2026, 7, 21, 12, 0); en2 = st2 + timedelta(hours=1)
    s0 = T(NY, 2026, 7, 8, 11, 2); s1 = T(NY, 2026, 7, 14, 9, 40); s2 = T(LA, 2026, 7, 14, 13, 55)
    m1 = f"""Hi Rowan,

Thanks for grabbing a time! Confirming our intro call for Monday, July 13 at 3:30pm ET /
1:30pm MT. It's a 30-minute phone call - I'll ring you at (720) 555-0102, the number on your
resume. We'll cover your background, what you're looking for, and the Senior Frontend Engineer
(Fleet Console) role.

Lucía

Lucía Ferreyra
Technical Recruiter · Ferncliff Robotics
Sent with Gemline
"""
    m2 = f"""Hi Rowan,

Really enjoyed our conversation yesterday! The team would love to move you forward. Next up is
a 60-minute technical interview with Hana Kowalczyk, one of our staff engineers on Fleet
Console. I've booked Tuesday 7/21 at noon Pacific (1pm for you) - Hana's calendar invite
with the Meet link will follow from her.

Lucía

> On Wed, Jul 8, 2026 at 11:02 AM Lucía Ferreyra <{rec[1]}> wrote:
> Confirming our intro call for Monday, July 13 at 3:30pm ET / 1:30pm MT.
"""
    cal = ics("REQUEST", dict(
        uid="7b9kq1m2n3p4r5s6t7@google.example", start=st2, end=en2, stamp=s2,
        summary="Ferncliff Robotics: Technical Interview - Rowan Castellanos",
        description="60-min technical interview, Senior Frontend Engineer (Fleet Console).\nGoogle Meet: https://meet.google.example/fcr-hnkw-tch",
        organizer=eng,
        attendees=[(eng[0], eng[1], "ACCEPTED", "REQ-PARTICIPANT"),
                   (rec[0], rec[1], "ACCEPTED", "OPT-PARTICIPANT"),
                   (OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")]),
        prodid="-//Google Inc//Google Calendar 70.9054//EN", tzid="America/Los_Angeles")
    gpl = (f"Ferncliff Robotics: Technical Interview - Rowan Castellanos\nTuesday Jul 21, 2026 · 12pm – 1pm\n"
           f"Pacific Time - Los Angeles\n\nJoin with Google Meet\nhttps://meet.google.example/fcr-hnkw-tch\n\n"
           f"Organizer\n{eng[0]}\n{eng[1]}\n\nGuests\n{eng[0]} - organizer\n{rec[0]} - optional\n{OWNER}\n\n"
           "Invitation from Google Calendar\n")
    case("b130-08-gemline-screen-then-technical", [
        ("01-confirming-intro-call.eml", eml(
            f"{rec[0]} <{rec[1]}>", f"{OWNER_NAME} <{OWNER}>", "Ferncliff Robotics <> Rowan: intro call", s0,
            plain=m1, cte_plain="quoted-printable", extra=[("X-Mailer", "Gemline Sequences")])),
        ("02-next-step-technical.eml", eml(
            f"{rec[0]} <{rec[1]}>", f"{OWNER_NAME} <{OWNER}>", "Re: Ferncliff Robotics <> Rowan: intro call", s1,
            plain=m2, cte_plain="quoted-printable")),
        ("03-invitation-technical-interview.eml", eml(
            f"{eng[0]} <{eng[1]}>", OWNER,
            f"Invitation: Ferncliff Robotics: Technical Interview - Rowan Castellanos @ Tue Jul 21, 2026 12pm - 1pm (PDT) ({OWNER})",
            s2, plain=gpl, html="<html><body>" + gpl.replace("\n", "<br>") + "</body></html>", cal=cal,
            attach=[(cal, "application", "ics", "invite.ics")],
            extra=[("Sender", "Google Calendar <calendar-notification@google.example>")]))],
        [iv("Ferncliff Robotics", "Senior Frontend Engineer (Fleet Console)", st1, en1, "scheduled",
            [rec[1]], [rec[1]], "phone_screen"),
         iv("Ferncliff Robotics", "Senior Frontend Engineer (Fleet Console)", st2, en2, "scheduled",
            [eng[1]], [eng[1]], "technical")],
        "hard", "positive/two-interviews",
        "Gem-shaped recruiter mails: a 30-min phone screen (3:30pm ET / 1:30pm MT) and, after it, a technical at "
        "'noon Pacific (1pm for you)' confirmed by a Google invite; two interviews in one case.")

    # ------------------------------------------------------------ 09 Ashby-like, invite must be accepted ("PST" in PDT)
    st = T(LA, 2026, 3, 12, 16, 30); en = st + timedelta(hours=1)
    s0 = T(LA, 2026, 3, 6, 12, 14)
    coord = ("Reggie Matsuda", "reggie.matsuda@cobaltline.example")
    eng = ("Oksana Petrenko", "oksana.petrenko@cobaltline.example")
    body = f"""Hi Rowan!

Quick one - we're all set for your frontend system design interview with Oksana Petrenko
(Engineering Manager, Player Experience):

    Thu 3/12 @ 4:30p PST (5:30p your time), 60 min, Zoom

You'll get a separate calendar invitation from Ashlar in a minute. Please hit "Yes" / Accept on
it so the slot is held on our side - unaccepted invites get released after 48 hours.

Cheers,
Reggie

Reggie Matsuda · Recruiting Coordinator · Cobaltline Media
3250 Wilshire Blvd, Los Angeles, CA 90010 · +1 213 555 0139
"""
    cal = ics("REQUEST", dict(
        uid="ashlar-interview-3c1e0f44@ashlar.example", start=st, end=en, stamp=s0,
        summary="Cobaltline Media | Frontend System Design | Rowan Castellanos",
        description=("Interviewer: Oksana Petrenko (oksana.petrenko@cobaltline.example)\n"
                     "Role: Senior Frontend Engineer, Player Experience\n"
                     "Zoom: https://zoom.example/j/81533902771\n"
                     "Please accept this invitation to confirm your attendance."),
        location="https://zoom.example/j/81533902771", organizer=coord,
        attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT"),
                   (eng[0], eng[1], "ACCEPTED", "REQ-PARTICIPANT")]),
        prodid="-//Ashlar//Interview Scheduling//EN", tzid="America/Los_Angeles")
    case("b130-09-ashlar-invite-to-accept-pst-label", [
        ("01-all-set-please-accept.eml", eml(
            f"{coord[0]} <{coord[1]}>", f"{OWNER_NAME} <{OWNER}>", "Cobaltline - system design interview Thursday",
            s0, plain=body, extra=[("X-Mailer", "Ashlar Mail")])),
        ("02-cobaltline-frontend-system-design.ics", cal)],
        [iv("Cobaltline Media", "Senior Frontend Engineer, Player Experience", st, en, "scheduled",
            [eng[1]], [eng[1]], "technical")],
        "hard", "positive/standalone-ics",
        "Coordinator writes 'Thu 3/12 @ 4:30p PST' although 12 March is after the DST change (PDT -07:00); the "
        "standalone .ics (NEEDS-ACTION, TZID America/Los_Angeles) is authoritative. Sent in standard time.")

    # ------------------------------------------------------------ 10 gcal.json, cofounder chat week of 1 Nov
    st = T(DEN, 2026, 11, 3, 10, 0); en = st + timedelta(minutes=45)
    s0 = T(DEN, 2026, 10, 28, 16, 22)
    ceo = ("Ines Valdivia", "ines@pebblestack.example")
    rec = ("Theo Marchand", "theo@pebblestack.example")
    mail = f"""Hi Rowan,

The team loved the onsite. Last step before we talk numbers is a 45-minute conversation with
Ines, our cofounder and CEO. She has Tuesday next week at 10am MT open - I went ahead and put
it on both your calendars with a Meet link (note that's after the clocks fall back on Sunday).

Theo Marchand
Head of Talent, Pebblestack
"""
    event = {
        "kind": "calendar#event",
        "etag": "\"3462110882446000\"",
        "id": "p3bb1estk7q0c9f4ines1103",
        "status": "confirmed",
        "htmlLink": "https://calendar.google.example/event?eid=cDNiYjFlc3RrN3EwYzlmNGluZXMxMTAz",
        "created": s0.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (s0 + timedelta(minutes=3)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.412Z"),
        "summary": "Rowan <> Ines (Pebblestack) - final conversation",
        "description": "Final-round conversation with Ines Valdivia (Cofounder & CEO) for the Senior Frontend Engineer role. Scheduled by Theo.",
        "creator": {"email": rec[1], "displayName": rec[0]},
        "organizer": {"email": rec[1], "displayName": rec[0]},
        "start": {"dateTime": st.isoformat(), "timeZone": "America/Denver"},
        "end": {"dateTime": en.isoformat(), "timeZone": "America/Denver"},
        "iCalUID": "p3bb1estk7q0c9f4ines1103@google.example",
        "sequence": 0,
        "attendees": [
            {"email": rec[1], "displayName": rec[0], "organizer": True, "responseStatus": "accepted", "optional": True},
            {"email": ceo[1], "displayName": ceo[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "needsAction"},
        ],
        "hangoutLink": "https://meet.google.example/pbs-ivzx-fin",
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    case("b130-10-gcal-json-cofounder-chat-after-dst-end", [
        ("01-last-step-chat-with-ines.eml", eml(
            f"{rec[0]} <{rec[1]}>", f"{OWNER_NAME} <{OWNER}>", "Pebblestack: last step", s0, plain=mail)),
        ("02-rowan-ines-final-conversation.gcal.json", json.dumps(event, indent=2, ensure_ascii=False) + "\n")],
        [iv("Pebblestack", "Senior Frontend Engineer", st, en, "scheduled", [ceo[1]], [ceo[1]], "other")],
        "medium", "positive/gcal-json",
        "Email sent 28 Oct (MDT) says 'Tuesday next week at 10am MT'; Calendar API event on 3 Nov 2026 (MST -07:00, "
        "after US DST ends 1 Nov). Final chat with cofounder/CEO; recruiter is optional organizer.")

    # ------------------------------------------------------------ 11 reply thread, propose then confirm
    rec = ("Gwendolyn Achterberg", "gwen@kettlecrane.example")
    s0 = T(NY, 2026, 9, 9, 15, 4); s1 = T(NY, 2026, 9, 10, 12, 37)
    st = T(NY, 2026, 9, 16, 10, 30); en = st + timedelta(minutes=45)
    m0 = f"""Hi Rowan,

Thanks for your interest in the Senior Frontend Engineer opening at Kettle & Crane. I'd love to
set up a 45-minute call to walk through your experience and tell you more about the team.

Would any of these work? (all Eastern)
  - Tue 9/15, 1:00-1:45pm
  - Wed 9/16, 10:30-11:15am
  - Thu 9/17, 4:00-4:45pm

Best,
Gwen

Gwendolyn Achterberg | Senior Technical Recruiter
Kettle & Crane · 75 State St, Boston, MA 02109 · 617-555-0158
"""
    m1 = f"""Perfect - you're confirmed for Wednesday 9/16 at 10:30am ET (8:30am in Denver), 45 minutes,
just the two of us. I'll send a Teams link the morning of; if anything changes, reply here.

Talk then!
Gwen

Gwendolyn Achterberg | Senior Technical Recruiter
Kettle & Crane · 75 State St, Boston, MA 02109 · 617-555-0158

On Thu, Sep 10, 2026 at 6:51 AM Rowan Castellanos <{OWNER}> wrote:
> Hi Gwen,
>
> Thanks for reaching out! Wednesday at half past ten Eastern works great for me. Tuesday
> afternoon and Thursday are tough because of standups on my current team.
>
> Rowan
>
> On Wed, Sep 9, 2026 at 3:04 PM Gwendolyn Achterberg <{rec[1]}> wrote:
>> Would any of these work? (all Eastern)
>>   - Tue 9/15, 1:00-1:45pm
>>   - Wed 9/16, 10:30-11:15am
>>   - Thu 9/17, 4:00-4:45pm
"""
    case("b130-11-thread-propose-then-confirm-half-past-ten", [
        ("01-kettle-crane-intro-call-options.eml", eml(
            f"{rec[0]} <{rec[1]}>", f"{OWNER_NAME} <{OWNER}>", "Kettle & Crane - Senior Frontend Engineer",
            s0, plain=m0, cte_plain="base64", msgid="<KC-0909-gwen@kettlecrane.example>")),
        ("02-re-confirmed-wednesday.eml", eml(
            f"{rec[0]} <{rec[1]}>", f"{OWNER_NAME} <{OWNER}>", "Re: Kettle & Crane - Senior Frontend Engineer",
            s1, plain=m1, cte_plain="base64", msgid="<KC-0910-gwen@kettlecrane.example>",
            extra=[("In-Reply-To", "<CAH7rowan0910@mail.example.com>"),
                   ("References", "<KC-0909-gwen@kettlecrane.example> <CAH7rowan0910@mail.example.com>")]))],
        [iv("Kettle & Crane", "Senior Frontend Engineer", st, en, "scheduled", [rec[1]], [rec[1]], "phone_screen")],
        "medium", "positive/thread",
        "Recruiter proposes three Eastern slots; candidate picks 'half past ten Eastern' (quoted); recruiter confirms "
        "Wed 9/16 10:30am ET, 45 min. Base64 bodies. Other slots in quoted text are not interviews.")

    # ------------------------------------------------------------ 12 Berlin company, Exchange W. Europe TZID
    st = T(BER, 2026, 10, 22, 17, 0); en = st + timedelta(hours=1)
    s0 = T(BER, 2026, 10, 14, 16, 40); s1 = T(BER, 2026, 10, 14, 16, 52)
    rec = ("Mareike Schöllhorn", "mareike.schoellhorn@lindenhof-software.example")
    eng = ("Jonas Albrecht", "jonas.albrecht@lindenhof-software.example")
    m0 = f"""Hi Rowan,

thanks again for the nice call last week. As discussed, the next step is a 60-minute
pair-programming session with Jonas Albrecht (Senior Frontend Engineer, Design Systems).

Jonas proposed Thursday, 22 October at 17:00 Uhr Berlin time - that should be 9:00 in the
morning for you in Denver. Usually we keep these between 14h and 18h CEST so our US candidates
don't have to get up too early. I'm sending the Teams invitation right after this mail.

Viele Grüße / best regards
Mareike

Mareike Schöllhorn
Talent Acquisition
Lindenhof Software GmbH · Torstraße 140 · 10119 Berlin
Tel. +49 30 5557 0214
"""
    inv = (f"When: Thursday, 22 October 2026 17:00-18:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.\n"
           "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
           "Pair programming with Jonas Albrecht - Senior Frontend Engineer (Remote, US)\n\n"
           "________________________________________________________________________________\n"
           "Microsoft Teams meeting\nClick here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_LHS2210>\n"
           "Meeting ID: 318 660 241 907\nPasscode: Wb4x9L\n")
    cal = ics("REQUEST", dict(
        uid="040000008200E00074C5B7101A82E00800000000LHS2210AAAA000000000000010000000C0FFEE00112233445566778899",
        start=st, end=en, stamp=s1, summary="Interview: Pair Programming – Rowan Castellanos",
        description=inv, location="Microsoft Teams Meeting", organizer=rec,
        attendees=[(eng[0], eng[1], "NEEDS-ACTION", "REQ-PARTICIPANT"),
                   (OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")],
        extra=["X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
               "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE"]),
        prodid="Microsoft Exchange Server 2010", tzid="W. Europe Standard Time")
    case("b130-12-berlin-exchange-pair-programming-uhr", [
        ("01-next-step-pair-programming.eml", eml(
            f"{rec[0]} <{rec[1]}>", f"{OWNER_NAME} <{OWNER}>", "Next step: pair programming with Jonas", s0,
            plain=m0, cte_plain="quoted-printable")),
        ("02-interview-pair-programming-invite.eml", eml(
            f"{rec[0]} <{rec[1]}>", f"{OWNER_NAME} <{OWNER}>, {eng[0]} <{eng[1]}>",
            "Interview: Pair Programming – Rowan Castellanos", s1, plain=inv, cte_plain="quoted-printable", cal=cal,
            extra=[("Content-class", "urn:content-classes:calendarmessage"),
                   ("Thread-Topic", "Interview: Pair Programming – Rowan Castellanos")]))],
        [iv("Lindenhof Software", "Senior Frontend Engineer (Remote, US)", st, en, "scheduled",
            [eng[1]], [eng[1]], "technical")],
        "hard", "positive/exchange-international",
        "Berlin recruiter: '17:00 Uhr Berlin time ... 9:00 in Denver' on 22 Oct (CEST +02:00, three days before EU "
        "DST ends); Exchange invite uses TZID 'W. Europe Standard Time' with a (UTC+01:00) display label.")

    # ------------------------------------------------------------ 13 forwarded hiring-manager note, HTML-only
    st = T(NY, 2026, 6, 5, 14, 0); en = st + timedelta(minutes=45)
    s0 = T(NY, 2026, 6, 1, 11, 26)
    rec = ("Keisha Abernathy", "keisha.abernathy@sundialpay.example")
    hm = ("Marcus Villanueva", "marcus.villanueva@sundialpay.example")
    html = f"""<html><body style="font-family:Calibri,Arial;font-size:11pt">
<div>Hi Rowan,</div>
<div><br></div>
<div>Good news &mdash; forwarding Marcus&#39;s note below. You&#39;re set with him for <b>Friday 6/5 at 2pm ET
(noon MT)</b>, 45 minutes. He&#39;ll send the Google Meet link from his calendar. This is the hiring-manager
round for the Senior Frontend Engineer, Merchant Dashboard role.</div>
<div><br></div>
<div>Keisha</div>
<div>--<br>Keisha Abernathy | Recruiting Lead | Sundial Payments<br>
One World Trade Center, Suite 8500, New York, NY 10007<br>C: (917) 555-0165</div>
<div><br></div>
<div>---------- Forwarded message ---------<br>
From: {hm[0]} &lt;{hm[1]}&gt;<br>
Date: Fri, May 29, 2026 at 5:03 PM<br>
Subject: Re: Rowan C. - HM slot?<br>
To: {rec[0]} &lt;{rec[1]}&gt;<br></div>
<div><br></div>
<div>Hey Keisha &ndash; read through Rowan&#39;s portfolio, really like the charting work. I can do Friday
at 2 (Eastern) for 45 min, or Monday at 11 if that&#39;s better for them. Let me know and I&#39;ll send the
invite.<br>&ndash; M</div>
</body></html>
"""
    case("b130-13-forwarded-hiring-manager-note-html-only", [
        ("01-fwd-hm-slot-friday.eml", eml(
            f"{rec[0]} <{rec[1]}>", f"{OWNER_NAME} <{OWNER}>", "Fwd: Rowan C. - HM slot?", s0,
            html=html, cte_html="quoted-printable", extra=[("X-Mailer", "Microsoft Outlook 16.0")]))],
        [iv("Sundial Payments", "Senior Frontend Engineer, Merchant Dashboard", st, en, "scheduled",
            [hm[1]], [hm[1]], "hiring_manager")],
        "hard", "positive/forwarded",
        "HTML-only QP mail; recruiter forwards the hiring manager's note and confirms 'Friday 6/5 at 2pm ET (noon "
        "MT)', 45 min; the 'Monday at 11' alternative in the forwarded part was not chosen.")

    # ================================================================ NEGATIVES
    # 14 application receipt
    s0 = T(LA, 2026, 1, 20, 8, 15)
    body = """Hi Rowan,

Thank you for applying to Senior Frontend Engineer at Tessellate Labs! We've received your
application and our team is reviewing it now.

What happens next
If your experience is a match, a member of our recruiting team will reach out to schedule
interviews. Our process usually looks like this:
  1. 30-minute recruiter call
  2. 60-minute technical interview (React + TypeScript)
  3. Virtual onsite: three 45-minute interviews, typically on one day between 9am and 2pm PT
  4. Final call with the hiring manager

Most candidates hear back within 7-10 business days.

Warmly,
Tessellate Labs Talent Team

Powered by Ashlar · This is an automated message; replies are not monitored.
"""
    case("b130-14-application-receipt-process-outline", [
        ("01-thanks-for-applying.eml", eml(
            "Tessellate Labs <no-reply@ashlar.example>", OWNER,
            "Thanks for applying to Tessellate Labs", s0, plain=body,
            html="<html><body>" + body.replace("\n", "<br>") + "</body></html>"))],
        [], "medium", "negative/application-received",
        "Application receipt that describes the interview process and says recruiting 'will reach out to schedule "
        "interviews'; no interview is booked.")

    # 15 job alert
    s0 = T(DEN, 2026, 3, 16, 6, 0)
    jobs = [("Senior Frontend Engineer", "Glacierpoint Health", "Denver, CO (Hybrid)", "Actively interviewing"),
            ("Staff Frontend Engineer, Design Systems", "Ropewalk", "Remote (US)", "Interviews this week"),
            ("Senior Software Engineer - React", "Mesa Verde Energy", "Boulder, CO", "Be an early applicant"),
            ("Frontend Engineer III", "Quillmark", "Remote (US, MT/PT hours)", "Recruiter screen in 48h")]
    plain = "Your job alert for senior frontend engineer in Denver, CO\n\n12 new jobs match your preferences.\n\n"
    hrows = ""
    for t, c, loc, tag in jobs:
        plain += f"{t}\n{c} · {loc}\n{tag}\nView job: https://jobping.example/jobs/view/{abs(len(t) * 7919)}\n\n"
        hrows += f"<tr><td><b>{t}</b><br>{c} &middot; {loc}<br><span style=\"color:#0a7\">{tag}</span></td></tr>\n"
    plain += "Get interview-ready: try 3 free mock interview questions for these roles.\nUnsubscribe: https://jobping.example/u\n"
    case("b130-15-job-alert-interviewing-now", [
        ("01-job-alert-senior-frontend-denver.eml", eml(
            "JobPing Job Alerts <jobalerts-noreply@jobping.example>", OWNER,
            "12 new jobs for 'senior frontend engineer' - Glacierpoint Health is actively interviewing", s0,
            plain=plain, html=f"<html><body><table>{hrows}</table><p>Get interview-ready with JobPing.</p></body></html>",
            cte_html="quoted-printable"))],
        [], "easy", "negative/job-alert",
        "Job alert with 'Actively interviewing', 'Interviews this week', 'Recruiter screen in 48h' tags.")

    # 16 take-home with deadline
    s0 = T(DEN, 2026, 5, 11, 14, 30)
    body = """Hi Rowan,

Thanks for the great recruiter call! As the next step for the Senior Frontend Engineer role at
Cartogram, we'd like you to complete our take-home exercise: build a small map-layer picker in
React with keyboard navigation and tests.

  Repo:      https://git.cartogram.example/hiring/layer-picker-template
  Time box:  about 3 hours - please don't spend more
  Due:       Monday, May 18 at 11:59 PM MT

Once you submit, two engineers will review it and we'll schedule a 60-minute technical
interview to walk through your solution together.

Questions about the exercise? Just reply.

Felix Amundsen
Engineering Recruiter, Cartogram · 2400 Walnut St, Denver, CO 80205 · 720-555-0177
"""
    case("b130-16-take-home-with-deadline", [
        ("01-cartogram-take-home.eml", eml(
            "Felix Amundsen <felix@cartogram.example>", f"{OWNER_NAME} <{OWNER}>",
            "Cartogram take-home exercise (due Mon 5/18)", s0, plain=body))],
        [], "medium", "negative/take-home",
        "Take-home assignment with a deadline time; the technical interview is only promised after submission.")

    # 17 recruiter asks for availability
    s0 = T(LA, 2026, 8, 19, 10, 5)
    body = """Hi Rowan,

I'm the recruiter for Halyard Security's Senior Frontend Engineer (Console) role and your profile
looks like a great fit. Would you be open to a 30-minute intro call next week?

I'm generally free Tue-Thu between 9am and 4pm PT. Let me know a couple of times that work, or
grab whatever's easiest here: https://slotwise.example/halyard-priya/30min

Looking forward to connecting,
Priya Ramaswamy
Senior Technical Recruiter, Halyard Security
+1 (408) 555-0191
"""
    case("b130-17-recruiter-asks-for-availability", [
        ("01-halyard-intro-call-availability.eml", eml(
            "Priya Ramaswamy <priya.ramaswamy@halyardsec.example>", f"{OWNER_NAME} <{OWNER}>",
            "Quick intro call? Senior Frontend Engineer at Halyard", s0, plain=body))],
        [], "medium", "negative/availability-request",
        "Recruiter asks for availability and shares an unbooked scheduling link; nothing is booked.")

    # 18 rejection after onsite
    s0 = T(CHI, 2026, 5, 20, 15, 45)
    body = """Hi Rowan,

Thank you for spending so much time with the Ridgeback Commerce team during your virtual onsite
on Thursday, May 14. Everyone enjoyed the conversations, especially the session on rendering
performance with Arun and Maya.

After a lot of discussion, we've decided to move forward with another candidate whose
experience more closely matches what the Storefront team needs right now. This was a difficult
decision.

If you'd like feedback, I'm happy to set up a short call - just reply and let me know.

All the best,
Lena Kovacs
Recruiting, Ridgeback Commerce · 222 W Merchandise Mart Plaza, Chicago, IL 60654
"""
    case("b130-18-rejection-after-onsite", [
        ("01-update-on-your-candidacy.eml", eml(
            "Lena Kovacs <lena.kovacs@ridgebackcommerce.example>", f"{OWNER_NAME} <{OWNER}>",
            "Update on your Ridgeback Commerce candidacy", s0, plain=body, cte_plain="quoted-printable"))],
        [], "medium", "negative/rejection",
        "Rejection referencing a past onsite date and offering an optional feedback call; no interview scheduled.")

    # 19 offer call (Google invite)
    st = T(DEN, 2026, 6, 24, 15, 0); en = st + timedelta(minutes=30)
    s0 = T(LA, 2026, 6, 23, 9, 12)
    rec = ("Owen Castellucci", "owen.c@bramblewood.example")
    mail = """Hi Rowan,

I have great news - the team would love to extend you an offer for the Senior Frontend Engineer
role! I'd like to walk you through the details (compensation, equity, start date) live. I've sent
an invite for tomorrow at 2pm PT / 3pm MT; the written offer letter will follow by email after
we talk.

Congratulations!
Owen
"""
    cal = ics("REQUEST", dict(
        uid="offer9r2t5call@google.example", start=st, end=en, stamp=s0,
        summary="Offer call: Rowan Castellanos <> Bramblewood",
        description="Walk through the offer for Senior Frontend Engineer. Meet: https://meet.google.example/brw-offr-ttk",
        organizer=rec,
        attendees=[(rec[0], rec[1], "ACCEPTED", "REQ-PARTICIPANT"), (OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")]),
        prodid="-//Google Inc//Google Calendar 70.9054//EN", tzid="America/Los_Angeles")
    gpl = (f"Offer call: Rowan Castellanos <> Bramblewood\nWednesday Jun 24, 2026 · 2pm – 2:30pm\n"
           f"Pacific Time - Los Angeles\n\nJoin with Google Meet\nhttps://meet.google.example/brw-offr-ttk\n\n"
           f"Organizer\n{rec[0]}\n{rec[1]}\n\nInvitation from Google Calendar\n")
    case("b130-19-offer-call-google-invite", [
        ("01-bramblewood-great-news.eml", eml(
            f"{rec[0]} <{rec[1]}>", f"{OWNER_NAME} <{OWNER}>", "Bramblewood - great news!", s0, plain=mail)),
        ("02-invitation-offer-call.eml", eml(
            f"{rec[0]} <{rec[1]}>", OWNER,
            f"Invitation: Offer call: Rowan Castellanos <> Bramblewood @ Wed Jun 24, 2026 2pm - 2:30pm (PDT) ({OWNER})",
            s0 + timedelta(minutes=2), plain=gpl, html="<html><body>" + gpl.replace("\n", "<br>") + "</body></html>",
            cal=cal, attach=[(cal, "application", "ics", "invite.ics")],
            extra=[("Sender", "Google Calendar <calendar-notification@google.example>")]))],
        [], "hard", "negative/offer",
        "Offer call booked with a Google Calendar invite 'tomorrow at 2pm PT / 3pm MT'; an offer discussion, not an interview.")

    # 20 meetup invite
    st = T(DEN, 2026, 10, 8, 18, 30); en = T(DEN, 2026, 10, 8, 21, 0)
    s0 = T(DEN, 2026, 9, 30, 12, 0)
    body = """Front Range Frontend

Interview Prep Night: mock technical interviews + hiring panel

Thursday, October 8, 2026 · 6:30 PM to 9:00 PM MDT
Galvanize-style Commons, 1062 Delaware St, Denver, CO 80204

Practice a 30-minute mock frontend interview with a volunteer engineer, then hear a panel of
hiring managers from local companies talk about what they look for in candidates. Pizza and
drinks provided. Several companies are hiring for senior roles!

You RSVP'd yes. Add to your calendar using the attached file.

Meetzy · Unsubscribe from this group's emails
"""
    cal = ics("PUBLISH", dict(
        uid="meetzy-event-301884412@meetzy.example", start=st, end=en, stamp=s0,
        summary="Front Range Frontend: Interview Prep Night", description="Mock interviews + hiring panel.",
        location="1062 Delaware St, Denver, CO 80204", organizer=("Front Range Frontend", "info@meetzy.example")),
        prodid="-//Meetzy//Meetzy Events//EN", tzid="America/Denver")
    case("b130-20-meetup-interview-prep-night", [
        ("01-meetup-rsvp-interview-prep-night.eml", eml(
            "Meetzy <info@meetzy.example>", OWNER, "RSVP confirmed: Interview Prep Night - Front Range Frontend", s0,
            plain=body, attach=[(cal, "text", "calendar", "event.ics")]))],
        [], "hard", "negative/meetup",
        "Meetup RSVP with .ics for an 'Interview Prep Night' (mock interviews, hiring panel); not a job interview.")

    # 21 podcast interview request + recording invite
    st = T(DEN, 2026, 2, 26, 14, 0); en = st + timedelta(minutes=45)
    s0 = T(DEN, 2026, 2, 18, 19, 44); s1 = T(DEN, 2026, 2, 20, 10, 3)
    host = ("Jamie Oduya", "jamie@renderloop.mail.example")
    m0 = """Hi Rowan,

I host Render Loop, a small podcast about frontend engineering. I loved your conference talk on
incremental hydration and would love to interview you for an episode! We usually record for
about 45 minutes on Riverside. Would Thursday 2/26 at 2pm MT work for you?

Jamie Oduya
Host, Render Loop
"""
    m1 = """Awesome, thank you! Invite below - the interview questions doc is linked in it. See you Thursday.

Jamie

> On Feb 19, 2026, at 7:02 AM, Rowan Castellanos wrote:
> Happy to! Thursday at 2 Mountain works.
"""
    cal = ics("REQUEST", dict(
        uid="renderloop-ep47-rec@mail.example", start=st, end=en, stamp=s1,
        summary="Render Loop podcast interview - recording (Rowan Castellanos)",
        description="Podcast recording on Riverside: https://riverside.example/studio/renderloop",
        organizer=host,
        attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")]),
        prodid="-//Apple Inc.//macOS 15.3//EN", tzid="America/Denver")
    case("b130-21-podcast-interview-request", [
        ("01-podcast-interview-request.eml", eml(
            f"{host[0]} <{host[1]}>", f"{OWNER_NAME} <{OWNER}>", "Interview request: Render Loop podcast", s0, plain=m0)),
        ("02-re-podcast-recording-invite.eml", eml(
            f"{host[0]} <{host[1]}>", f"{OWNER_NAME} <{OWNER}>", "Re: Interview request: Render Loop podcast", s1,
            plain=m1, attach=[(cal, "text", "calendar", "invite.ics")], extra=[("X-Mailer", "Apple Mail (2.3826)")]))],
        [], "hard", "negative/podcast",
        "Podcast 'interview' request plus a calendar invite for the recording; press/podcast interviews are not job interviews.")

    # 22 user is the interviewer (volunteer mock interviewer, Slotwise host notification)
    st = T(DEN, 2026, 4, 2, 17, 30); en = st + timedelta(minutes=45)
    s0 = T(DEN, 2026, 3, 27, 20, 11)
    plain = f"""Hi Rowan Castellanos,

A new event has been scheduled.

Event Type:
Mock Technical Interview (Bootcamp mentors)

Invitee:
Jess Park

Invitee Email:
jess.park@mail.example

Event Date/Time:
05:30pm - 06:15pm (Mountain Time - US & Canada) on Thursday, April 2, 2026

Location:
Zoom - https://zoom.example/j/70019283345

Questions:
What role are you preparing for?
Junior frontend developer - I'd love feedback on my React answers and how I explain tradeoffs.

View event in Slotwise: https://slotwise.example/scheduled_events/a91c

Powered by Slotwise
"""
    case("b130-22-user-is-mock-interviewer-host", [
        ("01-new-event-mock-technical-interview.eml", eml(
            "Slotwise <notifications@slotwise.example>", OWNER,
            "New Event: Jess Park - 05:30pm Thu, Apr 2, 2026 - Mock Technical Interview (Bootcamp mentors)", s0,
            plain=plain, extra=[("Reply-To", "Jess Park <jess.park@mail.example>")]))],
        [], "hard", "negative/user-is-interviewer",
        "Host-side booking notification: the user volunteers as mock interviewer for a bootcamp student.")


def main():
    for p in HERE.iterdir():
        if p.is_dir() and p.name.startswith("b130-"):
            shutil.rmtree(p)
    build()
    for cid, items in CASES.items():
        d = HERE / cid
        d.mkdir()
        for name, data in items:
            (d / name).write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    with open(HERE / "labels.yaml", "w", encoding="utf-8") as f:
        f.write("# blind130 labels (generated by make_cases.py). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=100)


if __name__ == "__main__":
    main()
