#!/usr/bin/env python3
"""Deterministic generator for the blind119 evaluation set (written blind; all names invented).

Rewrites every b119-* case folder and labels.yaml next to this file.
Only stdlib + PyYAML; every UTC offset is computed with zoneinfo.
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
OWNER = "rafe.ono@example.com"
OWNER_NAME = "Rafe Ono"
OWNER_HDR = f"{OWNER_NAME} <{OWNER}>"
VAN, SEA, MTL, AUS, HEL, TYO, NYC = ("America/Vancouver", "America/Los_Angeles", "America/Toronto",
                                     "America/Chicago", "Europe/Helsinki", "Asia/Tokyo", "America/New_York")


# ----------------------------------------------------------------- time helpers
def T(tz, y, mo, d, h=0, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=ZoneInfo(tz))


def Z(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def L(dt):  # local floating stamp
    return dt.strftime("%Y%m%dT%H%M%S")


def iso(dt):
    return dt.isoformat() if dt is not None else None


def in_tz(dt, tz):
    return dt.astimezone(ZoneInfo(tz))


def ampm(dt, space=False, upper=False, drop00=False):
    h = dt.hour % 12 or 12
    suf = "am" if dt.hour < 12 else "pm"
    if upper:
        suf = suf.upper()
    t = f"{h}" if (drop00 and dt.minute == 0) else f"{h}:{dt.minute:02d}"
    return t + (" " if space else "") + suf


def longday(dt):
    return f"{dt:%A}, {dt:%B} {dt.day}, {dt.year}"


def shortday(dt):
    return f"{dt:%a} {dt:%b} {dt.day}, {dt.year}"


def abbr(dt):
    return dt.tzname()


# ----------------------------------------------------------------- iCalendar helpers
def fold(line):
    out, cur, n = [], "", 0
    limit = 75
    for ch in line:
        b = len(ch.encode("utf-8"))
        if n + b > limit:
            out.append(cur)
            cur, n, limit = " ", 1, 75
        cur += ch
        n += b
    out.append(cur)
    return "\r\n".join(out)


def esc(text):
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def vcal(method, body_lines, prodid, extra_top=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(extra_top) + list(body_lines) + ["END:VCALENDAR"]
    return "".join(fold(l) + "\r\n" for l in lines)


def vevent(uid, start, end, summary, organizer, attendees, stamp, description=None, location=None,
           seq=0, status="CONFIRMED", tzid=None, extra=()):
    ev = ["BEGIN:VEVENT"]
    if tzid:
        ev += [f"DTSTART;TZID={tzid}:{L(start)}", f"DTEND;TZID={tzid}:{L(end)}"]
    else:
        ev += [f"DTSTART:{Z(start)}", f"DTEND:{Z(end)}"]
    ev += [f"DTSTAMP:{Z(stamp)}"]
    if organizer:
        ev.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    ev.append(f"UID:{uid}")
    for name, addr, part in attendees:
        ev.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={part};RSVP=TRUE;CN={name}:mailto:{addr}")
    if description:
        ev.append("DESCRIPTION:" + esc(description))
    ev.append("LOCATION:" + esc(location or ""))
    ev += [f"SEQUENCE:{seq}", f"STATUS:{status}", "SUMMARY:" + esc(summary), "TRANSP:OPAQUE"]
    ev += list(extra)
    ev.append("END:VEVENT")
    return ev


def vtimezone_windows(tzid, std_off, dst_off, std_rule, dst_rule):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T040000", f"TZOFFSETFROM:{dst_off}", f"TZOFFSETTO:{std_off}",
            f"RRULE:{std_rule}", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T030000", f"TZOFFSETFROM:{std_off}", f"TZOFFSETTO:{dst_off}",
            f"RRULE:{dst_rule}", "END:DAYLIGHT", "END:VTIMEZONE"]


# ----------------------------------------------------------------- e-mail helper
_counter = [0]


def mail(frm, to, subject, date, text=None, html=None, cte="quoted-printable", cal=None, cal_method="REQUEST",
         cal_cte="7bit", attach=None, attach_name="invite.ics", cc=None, reply_to=None, sender=None,
         msgid=None, in_reply_to=None, references=None, extra=(), mailer=None, delivered=OWNER):
    _counter[0] += 1
    if cte == "7bit" and not all(x is None or x.isascii() for x in (text, html)):
        cte = "quoted-printable"
    if cal is not None and cal_cte == "7bit" and not cal.isascii():
        cal_cte = "base64"
    m = EmailMessage()
    m["Delivered-To"] = delivered
    m["Return-Path"] = "<" + (sender or frm).split("<")[-1].rstrip(">") + ">"
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
    m["Message-ID"] = msgid or f"<b119.{_counter[0]:03d}.{Z(date)}@{dom}>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    if mailer:
        m["X-Mailer"] = mailer
    for k, v in extra:
        m[k] = v
    if text is not None and html is not None:
        m.set_content(text, cte=cte)
        m.add_alternative(html, subtype="html", cte=cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=cte)
    else:
        m.set_content(text, cte=cte)
    if cal is not None:
        if m.get_content_type() != "multipart/alternative":
            m.make_alternative()
        m.add_alternative(cal, subtype="calendar", params={"method": cal_method}, cte=cal_cte)
    if attach is not None:
        m.add_attachment(attach.encode("utf-8"), maintype="application", subtype="ics", filename=attach_name)
    return m


# ----------------------------------------------------------------- label helper
def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


def label(interviews, difficulty, category, notes, source="synthetic"):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": source}


CASES = {}


def case(fn):
    CASES[fn.__name__.replace("_", "-").replace("c-b119", "b119")] = fn
    return fn


SIG_RAFE = "Rafe Ono\nGameplay Programmer | Vancouver, BC\n+1 604 555 0187\n"


# =================================================================== POSITIVES
@case
def c_b119_01_calcom_montreal_recruiter_screen():
    co, role = "Lanterne Rouge Jeux", "Gameplay Programmer (C++/Unreal)"
    rec, rec_addr = "Émilie Gagnon", "emilie.gagnon@lanternerouge.example"
    start = T(VAN, 2026, 3, 3, 10, 0)
    end = start + timedelta(minutes=30)
    mtl = in_tz(start, MTL)
    d1 = T(MTL, 2026, 2, 24, 16, 41)
    t1 = f"""Hi Rafe,

Thanks so much for applying to the {role} position at {co}! The team really
enjoyed the grappling-hook prototype in your portfolio.

As a first step I'd like to set up a short intro call (30 min) to tell you more
about the studio and the project, and hear about what you're looking for.
You can grab whatever works for you on my Cal.com page:

https://cal.example/emilie-lrj/intro-30

(It shows the slots in your own time zone, so no math needed on your side.)

À bientôt,

Émilie Gagnon
Acquisition de talents / Talent Acquisition
{co}
5505 boul. Saint-Laurent, bureau 3000, Montréal (QC) H2T 1S6
+1 514 555 0143
"""
    m1 = mail(f"{rec} <{rec_addr}>", OWNER_HDR, f"{co} - {role} / next steps", d1, text=t1,
              mailer="Apple Mail (2.3774.500.171)")
    d2 = T(VAN, 2026, 2, 24, 19, 8)
    when = f"{longday(start)} {ampm(start)} - {ampm(end)} (America/Vancouver)"
    subj = f"Confirmed: Intro call (30 min) between {rec} and {OWNER_NAME} @ {ampm(start)} - {ampm(end)}, {longday(start)}"
    t2 = f"""Your event has been scheduled
We sent an email with a calendar invitation with the details to everyone.

What:
Intro call (30 min) between {rec} and {OWNER_NAME}

When:
{when}

Who:
{rec} - Organizer
{rec_addr}
{OWNER_NAME}
{OWNER}

Where:
Google Meet
https://meet.google.example/qzv-hrtn-ckw

Additional notes:
Quick intro with the Lanterne Rouge talent team ({role}).

Need to make a change? Reschedule or Cancel
https://cal.example/reschedule/9fK2wq7Lx1
https://cal.example/booking/9fK2wq7Lx1?cancel=true
"""
    h2 = f"""<html><body style="background:#f3f4f6;font-family:Inter,Helvetica,Arial,sans-serif">
<table width="100%"><tr><td align="center"><table width="600" style="background:#fff;border-radius:8px;padding:32px">
<tr><td><h1 style="font-size:20px">Your event has been scheduled</h1>
<p style="color:#6b7280">We sent an email with a calendar invitation with the details to everyone.</p>
<p><b>What</b><br>Intro call (30 min) between {rec} and {OWNER_NAME}</p>
<p><b>When</b><br>{when}</p>
<p><b>Who</b><br>{rec} <span style="background:#e5e7eb;font-size:11px">Organizer</span><br>{rec_addr}<br>{OWNER_NAME}<br>{OWNER}</p>
<p><b>Where</b><br><a href="https://meet.google.example/qzv-hrtn-ckw">Google Meet</a></p>
<p><b>Additional notes</b><br>Quick intro with the Lanterne Rouge talent team ({role}).</p>
<p>Need to make a change? <a href="https://cal.example/reschedule/9fK2wq7Lx1">Reschedule</a> or
<a href="https://cal.example/booking/9fK2wq7Lx1?cancel=true">Cancel</a></p>
</td></tr></table></td></tr></table></body></html>"""
    ics = vcal("REQUEST", vevent("9fK2wq7Lx1@cal.example", start, end,
                                 f"Intro call (30 min) between {rec} and {OWNER_NAME}",
                                 (rec, rec_addr), [(rec, rec_addr, "ACCEPTED"), (OWNER_NAME, OWNER, "ACCEPTED")],
                                 d2, description=f"Quick intro with the Lanterne Rouge talent team ({role}).",
                                 location="https://meet.google.example/qzv-hrtn-ckw"),
               "-//Cal.com Inc.//Cal.com Event//EN")
    m2 = mail(f"Cal.com <no-reply@cal.example>", f"{OWNER_NAME} <{OWNER}>", subj, d2, text=t2, html=h2,
              reply_to=f"{rec} <{rec_addr}>", attach=ics)
    items = [("01-lanterne-rouge-next-steps.eml", m1), ("02-calcom-confirmed.eml", m2)]
    lab = label([iv(co, role, start, end, "scheduled", [rec_addr], [rec_addr], "phone_screen")], "easy",
                "positive/calcom-booking",
                f"Recruiter sends a Cal.com link; Cal.com confirmation shows {ampm(start)} Vancouver time "
                f"(= {mtl:%H:%M} Montreal). Recruiter hosts the call.")
    return items, lab


@case
def c_b119_02_savvycal_seattle_chat_with_lead():
    co, role = "Ironbark Interactive", "Senior Gameplay Programmer"
    rec, rec_addr = "Marcus Delgado", "marcus@ironbarkinteractive.example"
    lead, lead_addr = "Dana Whitfield", "dana.whitfield@ironbarkinteractive.example"
    start = T(SEA, 2026, 3, 10, 13, 0)
    end = start + timedelta(minutes=45)
    d1 = T(SEA, 2026, 3, 4, 9, 52)
    t1 = f"""Hey Rafe!

Marcus here from {co}. Thanks for the chat last Friday -- I passed your notes
along and the team is excited. We would love to get you in for a chat with the
lead, Dana Whitfield (she runs gameplay on our unannounced project). It's a
relaxed 45 minutes: your past projects, how you think about game feel, and what
the {role} role looks like day to day.

Dana keeps her calendar on SavvyCal, so just pick whatever suits you:
https://savvycal.example/dana-ironbark/lead-chat

Cheers,
Marcus

--
Marcus Delgado | Recruiting Partner
{co} - 1201 Western Ave, Suite 400, Seattle, WA 98101
m: (206) 555-0164
"""
    m1 = mail(f"{rec} <{rec_addr}>", OWNER, f"Re: {role} - next step", d1, text=t1, cte="7bit",
              in_reply_to="<CAJ4x9ironbark001@mail.example>")
    d2 = T(VAN, 2026, 3, 5, 21, 14)
    when = f"{longday(start)} · {ampm(start)} – {ampm(end)} (Pacific Time - Vancouver)"
    t2 = f"""You're scheduled with {lead}

Chat with the lead (45 min)
{when}

Location: Zoom - https://zoom.example/j/84120055913?pwd=IRB8k

Message from {lead}:
Looking forward to it! No prep needed -- bring a build or a video if you like.

Attendees
  {lead} <{lead_addr}>
  {OWNER_NAME} <{OWNER}>

Need to make changes? Reschedule: https://savvycal.example/r/7Qm2Lp or cancel: https://savvycal.example/c/7Qm2Lp

Powered by SavvyCal
"""
    ics = vcal("REQUEST", vevent("savvycal-7Qm2Lp@savvycal.example", start, end,
                                 f"Chat with the lead ({OWNER_NAME} <> {lead})", (lead, lead_addr),
                                 [(lead, lead_addr, "ACCEPTED"), (OWNER_NAME, OWNER, "ACCEPTED")], d2,
                                 description="Zoom: https://zoom.example/j/84120055913?pwd=IRB8k",
                                 location="https://zoom.example/j/84120055913?pwd=IRB8k"),
               "-//SavvyCal//SavvyCal//EN")
    m2 = mail(f"{lead} via SavvyCal <notifications@savvycal.example>", OWNER,
              f"Confirmed: Chat with the lead with {lead} on {start:%a}, {start:%b} {start.day} at {ampm(start)} {abbr(start)}",
              d2, text=t2, cte="7bit", reply_to=lead_addr, attach=ics)
    lab = label([iv(co, role, start, end, "scheduled", [lead_addr], [lead_addr], "hiring_manager")], "easy",
                "positive/savvycal-booking",
                "Hand-written 'we would love to get you in for a chat with the lead' + SavvyCal confirmation; "
                "first Tuesday after the US DST switch (-07:00). Recruiter only coordinates.")
    return [("01-marcus-lead-chat.eml", m1), ("02-savvycal-confirmed.eml", m2)], lab


@case
def c_b119_03_zoom_scheduler_austin_technical():
    co, role = "Tumbleweed Labs", "Gameplay Systems Engineer"
    rec, rec_addr = "Colt Beaumont", "colt.beaumont@tumbleweedlabs.example"
    eng, eng_addr = "Priyanka Raman", "priyanka.raman@tumbleweedlabs.example"
    start = T(AUS, 2026, 3, 18, 14, 0)
    end = start + timedelta(minutes=60)
    van = in_tz(start, VAN)
    d1 = T(AUS, 2026, 3, 11, 10, 5)
    t1 = f"""Hi Rafe,

Good news - you're through to the technical round for {role}. It's 60 minutes
with {eng} (Staff Engineer, gameplay framework): some live C++ in a shared
editor plus a discussion of an ability/cooldown system. No Unreal-specific
trivia, promise.

Please book a slot on Priyanka's Zoom Scheduler page:
https://scheduler.zoom.example/priyanka-raman/tech-60

Thanks!
Colt

Colt Beaumont
Technical Recruiter, {co}
2401 E 6th St, Austin, TX 78702 | (512) 555-0139
"""
    m1 = mail(f"{rec} <{rec_addr}>", OWNER_HDR, f"{co}: technical interview - please book", d1, text=t1,
              mailer="Microsoft Outlook 16.0")
    d2 = T(VAN, 2026, 3, 11, 12, 31)
    h2 = f"""<!DOCTYPE html><html><body style="font-family:Lato,Arial,sans-serif;color:#222">
<div style="max-width:560px;margin:auto">
<img src="https://st.zoom.example/logo.png" alt="Zoom" width="90">
<h2>Your appointment is confirmed</h2>
<p>Hi {OWNER_NAME},</p>
<p>Your appointment with {eng} has been scheduled.</p>
<table cellpadding="6" style="border:1px solid #ddd">
<tr><td><b>Appointment</b></td><td>Technical Interview - {role} ({co})</td></tr>
<tr><td><b>Date &amp; time</b></td><td>{longday(start)}<br>{ampm(start, True, True)} - {ampm(end, True, True)} (GMT{start:%z}"[:0]) Central Time (US and Canada)</td></tr>
<tr><td><b>Host</b></td><td>{eng} ({eng_addr})</td></tr>
<tr><td><b>Location</b></td><td>Zoom Meeting: <a href="https://zoom.example/j/93377120884">https://zoom.example/j/93377120884</a><br>Passcode: 551840</td></tr>
</table>
<p><a href="https://scheduler.zoom.example/booking/aa81f0/reschedule">Reschedule</a> &nbsp;|&nbsp;
<a href="https://scheduler.zoom.example/booking/aa81f0/cancel">Cancel</a></p>
<p style="font-size:11px;color:#888">Zoom Scheduler &middot; Zoom Communications, Inc.</p>
</div></body></html>"""
    h2 = h2.replace(f'(GMT{start:%z}"[:0])', f"(GMT{start.strftime('%z')[:3]}:{start.strftime('%z')[3:]})")
    ics = vcal("REQUEST", vevent("aa81f0-zs@zoom.example", start, end,
                                 f"Technical Interview - {role} ({co})", (eng, eng_addr),
                                 [(eng, eng_addr, "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")], d2,
                                 description="Join Zoom Meeting https://zoom.example/j/93377120884 Passcode: 551840",
                                 location="https://zoom.example/j/93377120884"),
               "-//Zoom Video Communications//Zoom Scheduler//EN")
    m2 = mail("Zoom Scheduler <no-reply@zoom.example>", OWNER,
              f"Confirmed: Technical Interview - {role} with {eng}", d2, html=h2, cte="base64",
              attach=ics, attach_name="appointment.ics", reply_to=f"{eng} <{eng_addr}>")
    lab = label([iv(co, role, start, end, "scheduled", [eng_addr], [eng_addr], "technical")], "medium",
                "positive/zoom-scheduler",
                f"Zoom Scheduler HTML-only base64 confirmation in Central time ({ampm(start)} CDT = {ampm(van)} PDT) "
                "with .ics attachment; engineer is the interviewer.")
    return [("01-colt-technical-round.eml", m1), ("02-zoom-scheduler-confirmed.eml", m2)], lab


@case
def c_b119_04_hubspot_helsinki_screen_dst_gap():
    co, role = "Revontuli Games", "Gameplay Programmer"
    rec, rec_addr = "Aino Korhonen", "aino.korhonen@revontuli.example"
    start = T(VAN, 2026, 3, 24, 8, 0)
    end = start + timedelta(minutes=30)
    hel = in_tz(start, HEL)
    d1 = T(HEL, 2026, 3, 16, 15, 20)
    t1 = f"""Hi Rafe,

Thank you for your application to {co}! I'd love to have a first call with
you next week. Our late afternoon is your morning, so something like
{hel:%H:%M} Helsinki time usually works nicely for Vancouver.

Small heads-up: you already moved your clocks, but Finland only switches to
summer time on 29 March, so for the next two weeks we are 9 hours apart
instead of the usual 10. My booking page converts it for you:

https://meetings.hubspot.example/aino-korhonen/intro

Ystävällisin terveisin / Best regards,
Aino Korhonen
Talent Partner | {co}
Tallberginkatu 1 C, 00180 Helsinki, Finland
+358 40 555 0172
"""
    m1 = mail(f"{rec} <{rec_addr}>", OWNER, f"{co} | {role} - first call", d1, text=t1,
              mailer="Microsoft Outlook 16.0")
    d2 = T(VAN, 2026, 3, 17, 7, 44)
    when = f"{longday(start)}, {ampm(start, True, True)} - {ampm(end, True, True)} {abbr(start)}"
    t2 = f"""Your meeting is booked

Intro call with {rec}
{when}
Time zone: America/Vancouver

Details
{co} - {role} intro call. I'll call you on Microsoft Teams:
https://teams.microsoft.example/l/meetup-join/19%3ameeting_RvnT

Add to calendar: Google | Outlook | iCal
Need to make a change? Reschedule or cancel: https://meetings.hubspot.example/aino-korhonen/intro?reschedule=4c1e

{rec}
{rec_addr}
"""
    h2 = "<html><body style=\"font-family:Lexend Deca,Helvetica,Arial\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in t2.strip().split("\n\n")) + "</body></html>"
    m2 = mail(f"{rec} <{rec_addr}>", f"{OWNER_NAME} <{OWNER}>", f"Confirmed: Intro call with {rec}", d2,
              text=t2, html=h2, sender="HubSpot Meetings <noreply@meetings.hubspot.example>",
              extra=[("X-HubSpot-Meeting-Id", "4c1e9f02")])
    lab = label([iv(co, role, start, end, "scheduled", [rec_addr], [rec_addr], "phone_screen")], "medium",
                "positive/hubspot-meetings",
                f"HubSpot Meetings confirmation shows {ampm(start)} PDT; Helsinki still on EET ({hel:%H:%M}, "
                "+02:00) in the US-moved/EU-not-yet DST gap. No .ics.")
    return [("01-aino-first-call.eml", m1), ("02-hubspot-meeting-booked.eml", m2)], lab


@case
def c_b119_05_chilipiper_seattle_noon_hm():
    co, role = "Northpine Labs", "Gameplay Engineer, Cloud Streaming"
    rec, rec_addr = "Jess Albright", "jess.albright@northpine.example"
    hm, hm_addr = "Theo Lindqvist", "theo.lindqvist@northpine.example"
    start = T(SEA, 2026, 4, 2, 12, 0)
    end = start + timedelta(minutes=45)
    d1 = T(SEA, 2026, 3, 27, 11, 3)
    t1 = f"""Meeting Confirmed

Hi Rafe,

Your meeting with {hm} has been booked.

Hiring Manager Interview - {role}
{longday(start)}
12:00 PM - {ampm(end, True, True)} (Pacific Time)

Video: https://meet.google.example/nrt-pqdz-vho

A calendar invitation has been sent to {OWNER}.

Want to change the time? https://northpine.chilipiper.example/reschedule/QhT8
Cancel: https://northpine.chilipiper.example/cancel/QhT8

Booked via Chili Piper on behalf of {rec} ({co} Recruiting)
"""
    h1 = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in t1.strip().split("\n\n")) + "</body></html>"
    m1 = mail("Chili Piper <notifications@chilipiper.example>", OWNER, f"Meeting Confirmed: {hm} <> {OWNER_NAME}",
              d1, text=t1, html=h1, reply_to=f"{rec} <{rec_addr}>")
    d2 = d1 + timedelta(seconds=40)
    title = f"Hiring Manager Interview - {role} ({OWNER_NAME})"
    gsub = f"Invitation: {title} @ {shortday(start)} {ampm(start, drop00=True)} - {ampm(end, drop00=True)} ({abbr(start)}) ({OWNER})"
    desc = (f"Hi Rafe - this is your conversation with {hm}, Engineering Manager for the streaming client team. "
            "Expect questions about a gameplay feature you shipped and how you'd handle input latency.\n\n"
            "Booked via Chili Piper.\n\nJoin with Google Meet: https://meet.google.example/nrt-pqdz-vho")
    gtext = f"""{title}
{longday(start).replace(',', '', 1)} ⋅ 12pm – {ampm(end)}
Pacific Time - Los Angeles

Join with Google Meet
https://meet.google.example/nrt-pqdz-vho

Organizer
{hm}
{hm_addr}

Guests
{hm} - organizer
{rec}
{OWNER}

{desc.split(chr(10))[0]}

Invitation from Google Calendar
"""
    ics = vcal("REQUEST", vevent("7d1qk3mchilipiper0402@google.example", start, end, title, (hm, hm_addr),
                                 [(hm, hm_addr, "ACCEPTED"), (rec, rec_addr, "ACCEPTED"),
                                  (OWNER, OWNER, "NEEDS-ACTION")], d2, description=desc),
               "-//Google Inc//Google Calendar 70.9054//EN")
    m2 = mail(f"{hm} <{hm_addr}>", OWNER, gsub, d2, text=gtext, cal=ics, attach=ics, cte="quoted-printable",
              sender="Google Calendar <calendar-notification@google.example>", reply_to=f"{hm} <{hm_addr}>")
    lab = label([iv(co, role, start, end, "scheduled", [hm_addr], [hm_addr], "hiring_manager")], "medium",
                "positive/chili-piper-plus-google-invite",
                "Chili Piper 'Meeting Confirmed' + the Google invite from the HM's calendar = one interview at noon PDT. "
                "Recruiter is a guest but only coordinates.")
    return [("01-chilipiper-meeting-confirmed.eml", m1), ("02-invitation-hm-interview.eml", m2)], lab


@case
def c_b119_06_doodle_take_home_code_review():
    co, role = "Fauve Interactif", "Gameplay Programmer"
    rec, rec_addr = "Noémie Tremblay", "noemie.tremblay@fauve.example"
    e1, e1a = "Julien Ouellet", "julien.ouellet@fauve.example"
    e2, e2a = "Sasha Kowal", "sasha.kowal@fauve.example"
    opts = [T(MTL, 2026, 3, 18, 11, 0), T(MTL, 2026, 3, 19, 13, 0), T(MTL, 2026, 3, 20, 10, 0)]
    start = opts[1]
    end = start + timedelta(minutes=60)
    d1 = T(MTL, 2026, 3, 10, 15, 2)
    t1 = f"""Bonjour Rafe,

Merci for sending the take-home back so quickly - Julien already played with
your wall-run implementation and had fun with it.

The next step is what we call the "art test review call" (the name comes from
our art team; for programmers it is really the code test review). It's a
live 60-minute conversation with {e1} (Lead Gameplay Programmer) and
{e2} (Senior Engine Programmer): you walk them through your submission, they
ask why you made certain trade-offs, and you might extend it a little together.

I'll send a Doodle with a few options; please tick everything that works.
I've cc'd Julien and Sasha so you have their addresses.

Bonne journée,
Noémie
--
Noémie Tremblay | Coordonnatrice recrutement
{co} - 4200 rue Saint-Laurent, Montréal QC H2W 2R2
T. +1 438 555 0118
"""
    m1 = mail(f"{rec} <{rec_addr}>", OWNER_HDR, f"Take-home reçu ! / Next step: code test review", d1, text=t1,
              cc=f"{e1} <{e1a}>, {e2} <{e2a}>", mailer="Mozilla Thunderbird 128.6.0")
    d2 = T(MTL, 2026, 3, 10, 15, 20)
    vopts = [in_tz(o, VAN) for o in opts]
    lines = "\n".join(f"  - {o:%a} {o.day} {o:%b}: {ampm(o, True, True)} - {ampm(o + timedelta(hours=1), True, True)}" for o in vopts)
    t2 = f"""{rec} invited you to a Doodle poll

"Revue du test technique / Take-home review - Rafe Ono"

Message from {rec}: Hi Rafe, please pick every slot that works. 60 min on Google Meet.

Options (shown in your time zone, America/Vancouver):
{lines}

Participate now: https://doodle.example/meeting/participate/id/b3Lqx7Ve

You received this email because {rec} invited you to a group poll on Doodle.
"""
    m2 = mail("Doodle <mailer@doodle.example>", OWNER, f"{rec} invited you to \"Revue du test technique / Take-home review - Rafe Ono\"",
              d2, text=t2, reply_to=rec_addr)
    d3 = T(MTL, 2026, 3, 12, 9, 47)
    vs, ve = in_tz(start, VAN), in_tz(end, VAN)
    t3 = f"""{rec} has picked a final date!

"Revue du test technique / Take-home review - Rafe Ono"

{longday(vs)}
{ampm(vs, True, True)} - {ampm(ve, True, True)} (America/Vancouver)

Location: Google Meet - https://meet.google.example/fvx-krgn-tqs

Add to your calendar: the .ics file is attached.

View the poll: https://doodle.example/meeting/organize/id/b3Lqx7Ve
"""
    h3 = f"""<html><body style="font-family:Helvetica,Arial"><div style="max-width:520px;margin:auto;border:1px solid #e1e1e1;padding:24px">
<p style="font-size:18px"><b>{rec}</b> has picked a final date!</p><p>&ldquo;Revue du test technique / Take-home review - Rafe Ono&rdquo;</p>
<p style="font-size:16px">{longday(vs)}<br>{ampm(vs, True, True)} - {ampm(ve, True, True)} (America/Vancouver)</p>
<p>Location: Google Meet - <a href="https://meet.google.example/fvx-krgn-tqs">meet.google.example/fvx-krgn-tqs</a></p>
<p><a href="https://doodle.example/meeting/organize/id/b3Lqx7Ve" style="background:#1f5eff;color:#fff;padding:8px 14px">View poll</a></p></div></body></html>"""
    ics = vcal("PUBLISH", vevent("b3Lqx7Ve@doodle.example", start, end,
                                 "Revue du test technique / Take-home review - Rafe Ono", (rec, rec_addr), [], d3,
                                 location="https://meet.google.example/fvx-krgn-tqs"),
               "-//Doodle AG//Doodle//EN")
    m3 = mail("Doodle <mailer@doodle.example>", OWNER,
              f"Final date: \"Revue du test technique / Take-home review - Rafe Ono\"", d3, text=t3, html=h3,
              reply_to=rec_addr, attach=ics, attach_name="doodle-event.ics")
    lab = label([iv(co, role, start, end, "scheduled", [e1a, e2a], [e1a, e2a], "technical")], "hard",
                "positive/doodle-poll-final-date",
                f"Take-home code review call ('art test review call') scheduled via a Doodle poll; final date "
                f"{vs:%H:%M} PDT = {start:%H:%M} EDT. Two engineers; poll options are not interviews.")
    return [("01-noemie-take-home-received.eml", m1), ("02-doodle-poll-invite.eml", m2),
            ("03-doodle-final-date.eml", m3)], lab


@case
def c_b119_07_modernloop_onsite_vancouver():
    co, role = "Glasswing Studios", "Gameplay Programmer II"
    coord, coord_addr = "Hana Sato", "hana.sato@glasswing.example"
    sess = [
        ("Gameplay coding", "Owen Fraser", "owen.fraser@glasswing.example", (9, 30), 45),
        ("Systems design: AI &amp; combat", "Lucía Beltrán", "lucia.beltran@glasswing.example", (10, 15), 45),
        ("Lunch with the gameplay team", None, None, (11, 0), 60),
        ("Collaboration with design", "Mira Castellanos", "mira.castellanos@glasswing.example", (12, 0), 45),
        ("Hiring manager conversation", "Grant Whitaker", "grant.whitaker@glasswing.example", (12, 45), 45),
    ]
    day = (2026, 4, 14)
    rows, ics_files = [], []
    for i, (title, who, addr, (h, mi), dur) in enumerate(sess):
        s = T(VAN, *day, h, mi)
        e = s + timedelta(minutes=dur)
        sess[i] = (title, who, addr, s, e)
        rows.append(f"<tr><td style=\"padding:6px 12px\">{ampm(s, True, True)} &ndash; {ampm(e, True, True)}</td>"
                    f"<td style=\"padding:6px 12px\"><b>{title}</b><br>{who + ' &middot; ' + addr if who else 'No interviewer - informal'}</td></tr>")
    start, end = sess[0][3], sess[-1][4]
    d1 = T(VAN, 2026, 4, 7, 15, 26)
    h1 = f"""<html><head><meta charset="utf-8"></head><body style="font-family:'Helvetica Neue',Arial;color:#1d1d1f">
<div style="max-width:600px;margin:0 auto">
<p>Hi Rafe,</p>
<p>We're excited to host you at the studio! Below is your final onsite schedule for the <b>{role}</b> role.
Each session will also arrive as its own calendar invite.</p>
<p><b>{longday(start)}</b> &middot; Pacific Time (PDT)<br>
{co}, 1100 Homer St, 4th floor, Vancouver, BC V6B 2X6 - check in at reception and ask for {coord}.</p>
<table style="border-collapse:collapse;border:1px solid #ddd">{''.join(rows)}</table>
<p>Please bring photo ID. The building has bike storage; the nearest SkyTrain stop is Yaletown-Roundhouse.</p>
<p>If anything comes up, reply to this email or text me at +1 604 555 0126.</p>
<p>See you soon,<br>{coord}<br>Recruiting Coordinator, {co}</p>
<p style="font-size:10px;color:#999">Sent with ModernLoop &middot; <a href="https://app.modernloop.example/candidate/portal/gw-2219">View in candidate portal</a></p>
</div></body></html>"""
    m1 = mail(f"{coord} <{coord_addr}>", f"{OWNER_NAME} <{OWNER}>",
              f"Your onsite interview schedule - {co} ({start:%a}, {start:%b} {start.day})", d1, html=h1,
              sender="ModernLoop <scheduling@modernloop.example>", reply_to=coord_addr)
    items = [("01-modernloop-onsite-itinerary.eml", m1)]
    for n, idx in ((2, 0), (3, 4)):
        title, who, addr, s, e = sess[idx]
        title = title.replace("&amp;", "&")
        ev = vevent(f"ml-gw-2219-{idx}@modernloop.example", s, e, f"{co} Onsite: {title} - {OWNER_NAME}",
                    (coord, coord_addr), [(who, addr, "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")], d1,
                    description=f"Onsite interview for {role}. Interviewer: {who}. Scheduled with ModernLoop.",
                    location="Glasswing Studios, 1100 Homer St, Vancouver, BC", tzid=VAN)
        tz = ["BEGIN:VTIMEZONE", f"TZID:{VAN}", "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700",
              "TZNAME:PDT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
              "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "TZNAME:PST",
              "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "END:VTIMEZONE"]
        slug = "gameplay-coding" if idx == 0 else "hiring-manager"
        items.append((f"0{n}-onsite-{slug}.ics", vcal("REQUEST", ev, "-//ModernLoop//Scheduling//EN", tz)))
    ivs = [s[2] for s in sess if s[2]]
    lab = label([iv(co, role, start, end, "scheduled", ivs, ivs, "onsite")], "hard", "positive/modernloop-onsite-loop",
                "ModernLoop HTML-only itinerary (4 sessions + lunch) plus two of the per-session .ics invites: one "
                f"onsite {ampm(start)}-{ampm(end)} PDT with all four interviewers.")
    return items, lab


@case
def c_b119_08_prelude_tokyo_reschedule_via_link():
    co, role = "Hoshizora Interactive", "Gameplay Programmer (Unity/C#)"
    rec, rec_addr = "Yui Takahashi", "yui.takahashi@hoshizora.example"
    eng, eng_addr = "Ren Fujimoto", "ren.fujimoto@hoshizora.example"
    s0 = T(TYO, 2026, 4, 8, 10, 0)
    start = T(TYO, 2026, 4, 10, 9, 0)
    dur = timedelta(minutes=60)
    end = start + dur

    def both(s):
        v = in_tz(s, VAN)
        return (f"{longday(v)}, {ampm(v, True, True)} - {ampm(v + dur, True, True)} {abbr(v)}\n"
                f"({longday(s)}, {s:%H:%M}-{(s + dur):%H:%M} JST)")

    d1 = T(TYO, 2026, 4, 2, 11, 15)
    t1 = f"""Hi Rafe,

Your interview with {co} is confirmed.

Technical Interview - {role}
{both(s0)}
Interviewer: {eng}, Lead Engine Programmer
Where: Google Meet - https://meet.google.example/hsz-tkyo-rnf

Need to change the time? Reschedule here: https://candidate.prelude.example/r/hsz-8841
Questions? Reply to this email to reach {rec}.

{rec}
Recruiter, {co}
Shibuya Stream 12F, 3-21-3 Shibuya, Shibuya-ku, Tokyo 150-0002
+81 3-5555-0191
"""
    m1 = mail(f"{rec} via Prelude <notifications@prelude.example>", OWNER,
              f"Interview confirmed: {co} - Technical Interview", d1, text=t1, reply_to=f"{rec} <{rec_addr}>")
    d2 = T(VAN, 2026, 4, 3, 20, 2)
    t2 = f"""Hi Rafe,

Your interview with {co} has been rescheduled. Here are the new details:

Technical Interview - {role}
NEW TIME: {both(start)}
Previously: {both(s0).replace(chr(10), ' ')}
Interviewer: {eng}, Lead Engine Programmer
Where: Google Meet - https://meet.google.example/hsz-tkyo-rnf

An updated calendar invitation is attached.

Need to change it again? https://candidate.prelude.example/r/hsz-8841

{rec}
Recruiter, {co}
"""
    ics = vcal("REQUEST", vevent("hsz-8841@prelude.example", start, end, f"{co} - Technical Interview ({OWNER_NAME})",
                                 (rec, rec_addr), [(eng, eng_addr, "ACCEPTED"), (OWNER_NAME, OWNER, "ACCEPTED")], d2,
                                 seq=1, description=f"Technical interview with {eng}. Google Meet: https://meet.google.example/hsz-tkyo-rnf",
                                 location="https://meet.google.example/hsz-tkyo-rnf"),
               "-//Prelude//Scheduling//EN")
    m2 = mail(f"{rec} via Prelude <notifications@prelude.example>", OWNER,
              f"Rescheduled: {co} - Technical Interview", d2, text=t2, reply_to=f"{rec} <{rec_addr}>", attach=ics)
    vs = in_tz(start, VAN)
    lab = label([iv(co, role, start, end, "scheduled", [eng_addr], [eng_addr], "technical")], "hard",
                "positive/prelude-reschedule-via-link",
                f"Prelude confirmation, candidate reschedules through the Prelude link; final {vs:%a %H:%M} PDT = "
                f"{start:%a %H:%M} JST (date line: Tokyo is a day ahead).")
    return [("01-prelude-interview-confirmed.eml", m1), ("02-prelude-rescheduled.eml", m2)], lab


@case
def c_b119_09_google_appointment_booked_montreal_14h():
    co, role = "Boréal Pixel", "Programmeur gameplay / Gameplay Programmer"
    rec, rec_addr = "Karim Benali", "karim.benali@borealpixel.example"
    start = T(MTL, 2026, 4, 21, 14, 0)
    end = start + timedelta(minutes=30)
    v = in_tz(start, VAN)
    d1 = T(MTL, 2026, 4, 14, 9, 12)
    t1 = f"""Salut Rafe (and hello - I'll switch to English!),

Thanks for your interest in the gameplay programmer role at {co}. I'd
like to do a first 30-minute call with you next week. Tuesday 21 at 14h
(our time, so 11h for you) would be ideal, but if that doesn't work, book
whatever suits you on my booking page:

https://calendar.google.example/calendar/appointments/schedules/AcZssZ1bp

Au plaisir,
Karim

Karim Benali
Recruteur principal | {co}
1470 rue Peel, Montréal, QC H3A 1T1
514-555-0157
"""
    m1 = mail(f"{rec} <{rec_addr}>", OWNER, f"{co} - premier appel / first call", d1, text=t1,
              mailer="Microsoft Outlook for Mac 16.95")
    d2 = T(VAN, 2026, 4, 14, 8, 3)
    title = f"Appel découverte - {co} ({OWNER_NAME})"
    sub = f"Booked: {title} @ {shortday(v)} {ampm(v, drop00=True)} - {ampm(v + timedelta(minutes=30), drop00=True)} ({abbr(v)}) ({OWNER})"
    t2 = f"""{OWNER_NAME}, your appointment is booked

{title}
{longday(v).replace(',', '', 1)} ⋅ {ampm(v, drop00=True)} – {ampm(v + timedelta(minutes=30))}
Pacific Time - Vancouver

Booked with
{rec}
{rec_addr}

Join with Google Meet
https://meet.google.example/bpx-kkar-mtl

Need to make changes? Cancel or reschedule from Google Calendar, or contact the organizer.

Appointment booked via Google Calendar appointment schedules
"""
    ics = vcal("REQUEST", vevent("3o7b9appt0421@google.example", start, end, title, (rec, rec_addr),
                                 [(rec, rec_addr, "ACCEPTED"), (OWNER_NAME, OWNER, "ACCEPTED")], d2,
                                 description="Booked by Rafe Ono\n" + OWNER + "\n\nJoin with Google Meet: https://meet.google.example/bpx-kkar-mtl"),
               "-//Google Inc//Google Calendar 70.9054//EN")
    m2 = mail("Google Calendar <calendar-notification@google.example>", OWNER, sub, d2, text=t2, cal=ics,
              cal_cte="base64", attach=ics, reply_to=f"{rec} <{rec_addr}>")
    lab = label([iv(co, role, start, end, "scheduled", [rec_addr], [rec_addr], "phone_screen")], "medium",
                "positive/google-appointment-schedule",
                "French-Canadian recruiter proposes 'Tuesday 21 at 14h (our time, so 11h for you)', candidate books via Google appointment "
                f"schedule ('Booked:' mail) at {ampm(v)} PDT = 14:00 EDT.")
    return [("01-karim-premier-appel.eml", m1), ("02-booked-appel-decouverte.eml", m2)], lab


@case
def c_b119_10_ms_bookings_cancelled_by_studio():
    co, role = "Armadillo Forge Games", "Gameplay Programmer"
    mbx = "ArmadilloForgeRecruiting@armadilloforge.example"
    staff, staff_addr = "Caleb Ruiz", "caleb.ruiz@armadilloforge.example"
    start = T(AUS, 2026, 4, 20, 10, 30)
    end = start + timedelta(minutes=30)
    label_txt = f"{longday(start)} {ampm(start, True, True)} - {ampm(end, True, True)} (UTC-06:00) Central Time (US & Canada)"
    d1 = T(AUS, 2026, 4, 9, 16, 45)
    t1 = f"""Hello {OWNER_NAME},

Thank you for booking with Armadillo Forge Recruiting. Your booking is confirmed.

Service: Recruiter Phone Screen - {role}
Date and time: {label_txt}
Staff: {staff}
Location: Microsoft Teams meeting
Join: https://teams.microsoft.example/l/meetup-join/19%3ameeting_AFG77

Need to make changes? Manage booking: https://outlook.office.example/book/ArmadilloForgeRecruiting@armadilloforge.example/manage/55ab

Armadillo Forge Games
1905 Aldrich St, Austin, TX 78723
(512) 555-0170
"""
    vtz = vtimezone_windows("Central Standard Time", "-0600", "-0500", "FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
                            "FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3")
    ev = vevent("040000008200E00074C5B7101A82E00800000000B0F5AFG55ab", start, end,
                f"Recruiter Phone Screen - {role}", ("Armadillo Forge Recruiting", mbx),
                [(staff, staff_addr, "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")], d1,
                description=f"Recruiter Phone Screen with {staff}", location="Microsoft Teams meeting",
                tzid="Central Standard Time", extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])
    ics1 = vcal("REQUEST", ev, "Microsoft Exchange Server 2010", vtz)
    m1 = mail(f"Armadillo Forge Recruiting <{mbx}>", OWNER,
              f"Booking confirmed: Recruiter Phone Screen - {role} with Armadillo Forge Recruiting", d1, text=t1,
              attach=ics1, attach_name="booking.ics")
    d2 = T(AUS, 2026, 4, 16, 8, 12)
    t2 = f"""Hello {OWNER_NAME},

Your booking has been canceled.

Service: Recruiter Phone Screen - {role}
Date and time: {label_txt}
Staff: {staff}

Message from Armadillo Forge Recruiting:
Hi Rafe - I'm really sorry, but we've paused hiring for this gameplay role
while we re-scope the project, so I have to cancel our call on Monday. I'll
reach out personally if the req reopens. - Caleb

Book again: https://outlook.office.example/book/ArmadilloForgeRecruiting@armadilloforge.example/
"""
    ev2 = vevent("040000008200E00074C5B7101A82E00800000000B0F5AFG55ab", start, end,
                 f"Canceled: Recruiter Phone Screen - {role}", ("Armadillo Forge Recruiting", mbx),
                 [(staff, staff_addr, "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")], d2, seq=1,
                 status="CANCELLED", tzid="Central Standard Time", location="Microsoft Teams meeting")
    ics2 = vcal("CANCEL", ev2, "Microsoft Exchange Server 2010", vtz)
    m2 = mail(f"Armadillo Forge Recruiting <{mbx}>", OWNER,
              f"Booking canceled: Recruiter Phone Screen - {role} with Armadillo Forge Recruiting", d2, text=t2,
              attach=ics2, attach_name="booking.ics")
    lab = label([iv(co, role, start, end, "cancelled", [staff_addr], [staff_addr], "phone_screen")], "medium",
                "positive/microsoft-bookings-cancelled",
                "Microsoft Bookings confirmation then 'Booking canceled' by the studio (hiring paused). The "
                "'(UTC-06:00)' label is resolved with DST to CDT -05:00. Bookings mailbox is not a person.")
    return [("01-bookings-confirmed.eml", m1), ("02-bookings-canceled.eml", m2)], lab


@case
def c_b119_11_handwritten_thread_pst():
    co, role = "Saltmarsh Games", "Gameplay Programmer"
    hm, hm_addr = "Nora Bjornstad", "nora@saltmarshgames.example"
    start = T(SEA, 2026, 2, 26, 16, 30)
    assert start.weekday() == 3
    end = start + timedelta(minutes=45)
    d1 = T(SEA, 2026, 2, 19, 13, 7)
    id1 = "<CAOsm4gZ7q1@mail.saltmarshgames.example>"
    t1 = f"""hey Rafe,

I'm the lead programmer at {co} (we're 14 people, working on a co-op fishing
roguelite - yes really). Our recruiter forwarded your application for the
{role} opening and I watched the whole reel. The buoyancy stuff is great.

Want to hop on a call with me? Thu 2/26 @ 4:30p PST works on my end, usually
runs ~45 min. If not, throw me a couple of times.

Nora

--
Nora Bjornstad
Lead Programmer, {co}
Ballard, Seattle WA | 206.555.0148
"""
    m1 = mail(f"{hm} <{hm_addr}>", OWNER, f"your application / quick call?", d1, text=t1, cte="7bit", msgid=id1)
    d2 = T(VAN, 2026, 2, 19, 18, 40)
    id2 = "<F1B2C9A0-55E1-4C1D-9A77-0B119RAFE@example.com>"
    quoted = "\n".join("> " + l if l else ">" for l in t1.strip().splitlines())
    t2 = f"""Hi Nora,

Thanks for reaching out - and a co-op fishing roguelite sounds right up my alley.
Thursday at 4:30 works great for me. Zoom or phone, whichever you prefer.

Best,
{SIG_RAFE}
On {d1:%a}, {d1:%b} {d1.day}, {d1.year} at {ampm(d1, True, True)}, {hm} <{hm_addr}> wrote:
{quoted}
"""
    m2 = mail(f"{OWNER_NAME} <{OWNER}>", f"{hm} <{hm_addr}>", "Re: your application / quick call?", d2, text=t2,
              msgid=id2, in_reply_to=id1, mailer="iPhone Mail (22D72)", delivered=OWNER)
    d3 = T(SEA, 2026, 2, 20, 8, 55)
    q2 = "\n".join("> " + l if l else ">" for l in t2.strip().splitlines()[:6])
    t3 = f"""perfect, locked in for Thursday 4:30. I'll drop a Zoom link here the morning of.

N

On {d2:%a}, {d2:%b} {d2.day}, {d2.year}, {OWNER_NAME} <{OWNER}> wrote:
{q2}
"""
    m3 = mail(f"{hm} <{hm_addr}>", f"{OWNER_NAME} <{OWNER}>", "Re: your application / quick call?", d3, text=t3,
              cte="7bit", in_reply_to=id2, references=f"{id1} {id2}")
    lab = label([iv(co, role, start, end, "scheduled", [hm_addr], [hm_addr], "hiring_manager")], "medium",
                "positive/thread-handwritten",
                "Lead programmer proposes 'Thu 2/26 @ 4:30p PST' (~45 min), candidate accepts, lead confirms. "
                "Feb 26 is before DST -> -08:00.")
    return [("01-nora-quick-call.eml", m1), ("02-rafe-reply.eml", m2), ("03-nora-locked-in.eml", m3)], lab


@case
def c_b119_12_exchange_helsinki_withdrawal_cancel():
    co, role = "Kaamos Entertainment", "Gameplay Programmer"
    rec, rec_addr = "Sanna Virtanen", "sanna.virtanen@kaamos.example"
    eng, eng_addr = "Mikko Laine", "mikko.laine@kaamos.example"
    start = T(HEL, 2026, 4, 1, 17, 0)
    end = start + timedelta(minutes=60)
    v = in_tz(start, VAN)
    d1 = T(HEL, 2026, 3, 25, 10, 18)
    when = f"When: {longday(start)} 17:00-18:00 (UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius."
    t1 = f"""{when}
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Rafe,

As agreed on the phone, here is the technical interview with {eng} (Lead
Gameplay Programmer). 17:00 our time should be {ampm(v, True, True)} for you - Finland
moves to summer time this Sunday, so please double-check your calendar.

Br,
Sanna Virtanen
Senior Recruiter | {co}
Hämeentie 135, 00560 Helsinki | +358 50 555 0133

________________________________________________________________________________
Microsoft Teams meeting
Join: https://teams.microsoft.example/l/meetup-join/19%3ameeting_KAAMOS41
Meeting ID: 318 442 907 615  Passcode: kM3qz
________________________________________________________________________________
"""
    vtz = vtimezone_windows("FLE Standard Time", "+0200", "+0300", "FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
                            "FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3")
    uid = "040000008200E00074C5B7101A82E0080000000011AA3C9F41BCDC01000000000000000010000000KAAMOS41"
    extra = ["X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
             "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE"]
    ev = vevent(uid, start, end, f"Technical interview: {OWNER_NAME} / {role}", (rec, rec_addr),
                [(OWNER_NAME, OWNER, "NEEDS-ACTION"), (eng, eng_addr, "NEEDS-ACTION")], d1,
                description=t1, location="Microsoft Teams Meeting", tzid="FLE Standard Time", extra=extra)
    ics1 = vcal("REQUEST", ev, "Microsoft Exchange Server 2010", vtz)
    h1 = "<html><body><div style=\"font-family:Aptos,Calibri\">" + "".join(
        f"<p>{p.replace(chr(10), '<br>')}</p>" for p in t1.strip().split("\n\n")) + "</div></body></html>"
    ex_hdr = [("Thread-Topic", f"Technical interview: {OWNER_NAME} / {role}"),
              ("Content-class", "urn:content-classes:calendarmessage")]
    m1 = mail(f"{rec} <{rec_addr}>", f"{OWNER_NAME} <{OWNER}>", f"Technical interview: {OWNER_NAME} / {role}", d1,
              text=t1, html=h1, cal=ics1, cal_cte="base64", cc=f"{eng} <{eng_addr}>", extra=ex_hdr,
              msgid="<AM9PR07MB7711KAAMOS41A@AM9PR07MB7711.eurprd07.prod.outlook.example>")
    d2 = T(VAN, 2026, 3, 28, 10, 2)
    t2 = f"""Hi Sanna,

I wanted to let you know as early as possible: after a lot of thinking I've
decided to withdraw from the process. Relocating to Helsinki isn't going to
work for my family this year, and I don't want to take up Mikko's time.

Thank you both for being so kind - I hope our paths cross again.

All the best,
{SIG_RAFE}"""
    m2 = mail(f"{OWNER_NAME} <{OWNER}>", f"{rec} <{rec_addr}>", f"Re: Technical interview: {OWNER_NAME} / {role}",
              d2, text=t2, in_reply_to="<AM9PR07MB7711KAAMOS41A@AM9PR07MB7711.eurprd07.prod.outlook.example>")
    d3 = T(HEL, 2026, 3, 30, 9, 5)
    t3 = f"""{when}
Where: Microsoft Teams Meeting

Hi Rafe, thank you for letting us know, and all the best with your search. I'm cancelling the interview.
Sanna
"""
    ev3 = vevent(uid, start, end, f"Canceled: Technical interview: {OWNER_NAME} / {role}", (rec, rec_addr),
                 [(OWNER_NAME, OWNER, "NEEDS-ACTION"), (eng, eng_addr, "NEEDS-ACTION")], d3, seq=1,
                 status="CANCELLED", description=t3, location="Microsoft Teams Meeting", tzid="FLE Standard Time",
                 extra=["X-MICROSOFT-CDO-APPT-SEQUENCE:1", "X-MICROSOFT-CDO-BUSYSTATUS:FREE"])
    ics3 = vcal("CANCEL", ev3, "Microsoft Exchange Server 2010", vtz)
    m3 = mail(f"{rec} <{rec_addr}>", f"{OWNER_NAME} <{OWNER}>", f"Canceled: Technical interview: {OWNER_NAME} / {role}",
              d3, text=t3, cal=ics3, cal_method="CANCEL", cal_cte="base64", cc=f"{eng} <{eng_addr}>", extra=ex_hdr)
    lab = label([iv(co, role, start, end, "cancelled", [eng_addr], [eng_addr], "technical")], "hard",
                "positive/exchange-cancel-after-withdrawal",
                "Exchange invite with 'FLE Standard Time' and a '(UTC+02:00)' label for a date after the EU switch "
                f"(EEST +03:00 = {ampm(v)} PDT); candidate withdraws, recruiter sends METHOD:CANCEL.")
    return [("01-exchange-invite-technical.eml", m1), ("02-rafe-withdraws.eml", m2),
            ("03-exchange-canceled.eml", m3)], lab


@case
def c_b119_13_two_interviews_austin_screen_and_gcal():
    co, role = "Oxbow Games", "Gameplay Programmer (Combat)"
    rec, rec_addr = "Tamsin Reyes", "tamsin.reyes@oxbowgames.example"
    eng, eng_addr = "Wes Harlan", "wes.harlan@oxbowgames.example"
    s1 = T(NYC, 2026, 2, 17, 14, 0)
    e1 = s1 + timedelta(minutes=30)
    s2 = T(AUS, 2026, 3, 5, 10, 0)
    e2 = s2 + timedelta(minutes=90)
    d1 = T(NYC, 2026, 2, 10, 12, 40)
    v1 = in_tz(s1, VAN)
    t1 = f"""Hi Rafe,

Thanks for applying to the {role} role at {co}! I'd love to set up a
quick phone screen. How about Tuesday the 17th at 2pm ET ({ampm(v1, drop00=True)} your time)? It'll
be about 30 minutes, just me - I'll call the number on your resume.

If that doesn't work, send me two or three windows and I'll make it happen.

Tamsin

Tamsin Reyes (she/her)
Senior Recruiter, {co} - remote from Brooklyn, NY
Studio: 800 Brazos St, Austin, TX 78701 | c. 917-555-0125
"""
    m1 = mail(f"{rec} <{rec_addr}>", OWNER, f"{co} - phone screen for {role}", d1, text=t1,
              msgid="<CAoxbow-screen-0210@mail.oxbowgames.example>")
    d2 = T(VAN, 2026, 2, 10, 10, 15)
    t2 = f"""Hi Tamsin,

Tuesday the 17th at 2pm ET is perfect - talk then!

{SIG_RAFE}"""
    m2 = mail(f"{OWNER_NAME} <{OWNER}>", f"{rec} <{rec_addr}>", f"Re: {co} - phone screen for {role}", d2, text=t2,
              in_reply_to="<CAoxbow-screen-0210@mail.oxbowgames.example>", msgid="<b119-13-reply@example.com>")
    d3 = T(NYC, 2026, 2, 18, 9, 30)
    t3 = f"""Hi Rafe,

Really enjoyed our chat yesterday! The team would like to move you to the
technical interview: 90 minutes with {eng}, one of our senior combat
programmers, working through a hitbox/hurtbox problem together. You'll get a
calendar invite from me shortly for Thursday March 5 (Austin time).

Tamsin
"""
    m3 = mail(f"{rec} <{rec_addr}>", OWNER, f"{co} - next round", d3, text=t3)
    ev = {
        "kind": "calendar#event", "etag": "\"3541200778120000\"", "id": "0xb0wtech5mar26rafe",
        "status": "confirmed",
        "htmlLink": "https://www.google.example/calendar/event?eid=MHhiMHd0ZWNoNW1hcjI2cmFmZQ",
        "created": "2026-02-18T15:02:11.000Z", "updated": "2026-02-18T15:04:39.060Z",
        "summary": f"{co} Technical Interview - {OWNER_NAME} ({role})",
        "description": f"Live problem-solving session with {eng}.\nTamsin is organizing but won't attend.\n\nZoom: https://zoom.example/j/81855020417",
        "location": "https://zoom.example/j/81855020417",
        "creator": {"email": rec_addr, "displayName": rec},
        "organizer": {"email": rec_addr, "displayName": rec},
        "start": {"dateTime": iso(s2), "timeZone": AUS},
        "end": {"dateTime": iso(e2), "timeZone": AUS},
        "iCalUID": "0xb0wtech5mar26rafe@google.example", "sequence": 0,
        "attendees": [
            {"email": rec_addr, "displayName": rec, "organizer": True, "responseStatus": "accepted",
             "optional": True},
            {"email": eng_addr, "displayName": eng, "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"}],
        "reminders": {"useDefault": True}, "eventType": "default"}
    lab = label([iv(co, role, s1, e1, "scheduled", [rec_addr], [rec_addr], "phone_screen"),
                 iv(co, role, s2, e2, "scheduled", [eng_addr], [eng_addr], "technical")], "hard",
                "positive/two-interviews",
                "Recruiter phone screen agreed by e-mail ('2pm ET' = 11am PST), then a technical round as a "
                "Calendar API event in Central time (Mar 5, before DST, -06:00). Two interviews.")
    return [("01-tamsin-phone-screen.eml", m1), ("02-rafe-confirms.eml", m2), ("03-tamsin-next-round.eml", m3),
            ("04-technical-interview.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")], lab


# =================================================================== NEGATIVES
@case
def c_b119_14_neg_paid_playtest_booking():
    org, org_addr = "Playfield Research", "sessions@playfield.example"
    mod, mod_addr = "Bryn Castillo", "bryn.castillo@playfield.example"
    start = T(VAN, 2026, 3, 21, 10, 30)
    end = start + timedelta(minutes=90)
    d = T(VAN, 2026, 3, 13, 18, 2)
    t = f"""Your event has been scheduled
We sent an email with a calendar invitation with the details to everyone.

What:
Paid playtest session - Project Ember (90 min) between {mod} and {OWNER_NAME}

When:
{longday(start)} {ampm(start)} - {ampm(end)} (America/Vancouver)

Who:
{mod} - Organizer
{mod_addr}
{OWNER_NAME}
{OWNER}

Where:
Playfield Research Lab, 3 W 8th Ave, Vancouver (come 10 minutes early)

Additional notes:
Thanks for applying to our playtester pool! You'll play an unreleased action game
for about an hour, then do a short interview with our moderator about your
experience. Compensation: $75 CAD e-gift card. An NDA will be signed on site.
You are a candidate for future sessions once this one is complete.

Need to make a change? Reschedule or Cancel
https://cal.example/reschedule/pfR21xx
"""
    ics = vcal("REQUEST", vevent("pfR21xx@cal.example", start, end,
                                 f"Paid playtest session - Project Ember (90 min) between {mod} and {OWNER_NAME}",
                                 (mod, mod_addr), [(mod, mod_addr, "ACCEPTED"), (OWNER_NAME, OWNER, "ACCEPTED")], d,
                                 location="Playfield Research Lab, 3 W 8th Ave, Vancouver"),
               "-//Cal.com Inc.//Cal.com Event//EN")
    m = mail("Cal.com <no-reply@cal.example>", OWNER,
             f"Confirmed: Paid playtest session - Project Ember (90 min) between {mod} and {OWNER_NAME} @ {ampm(start)} - {ampm(end)}, {longday(start)}",
             d, text=t, reply_to=f"{org} <{org_addr}>", attach=ics)
    return [("01-calcom-playtest-confirmed.eml", m)], label([], "hard", "negative/paid-playtest",
                                                              "Cal.com booking of a paid playtest with a post-session 'interview'; not a hiring process.")


@case
def c_b119_15_neg_game_jam_kickoff():
    org, org_addr = "Priya Lachance", "priya@vangamejam.example"
    start = T(VAN, 2026, 2, 27, 18, 0)
    end = start + timedelta(hours=3)
    d = T(VAN, 2026, 2, 20, 12, 14)
    title = "Vancouver Winter Jam 2026 - Kickoff & Team Formation"
    desc = ("Welcome jammers! Doors at 5:30. Theme reveal at 6:15, then team formation.\n"
            "Sponsor studios (Glasswing, Saltmarsh and more) will have recruiters around - bring your portfolio "
            "and ask them about open roles and how they interview. Pizza provided.\n"
            "Schedule: Fri kickoff -> Sun 4pm submissions -> Sun 6pm demos.")
    ics = vcal("REQUEST", vevent("jamkick2026@google.example", start, end, title, (org, org_addr),
                                 [(org, org_addr, "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")], d, description=desc,
                                 location="Centre for Digital Media, 685 Great Northern Way, Vancouver"),
               "-//Google Inc//Google Calendar 70.9054//EN")
    text = f"""{title}
{longday(start).replace(',', '', 1)} ⋅ {ampm(start, drop00=True)} – {ampm(end, drop00=True)}
Pacific Time - Vancouver

Centre for Digital Media, 685 Great Northern Way, Vancouver

{desc}

Organizer
{org}
{org_addr}

Invitation from Google Calendar
"""
    m = mail(f"{org} <{org_addr}>", OWNER,
             f"Invitation: {title} @ {shortday(start)} {ampm(start, drop00=True)} - {ampm(end, drop00=True)} ({abbr(start)}) ({OWNER})",
             d, text=text, cal=ics, attach=ics, sender="Google Calendar <calendar-notification@google.example>")
    return [("01-invitation-jam-kickoff.eml", m)], label([], "medium", "negative/game-jam-kickoff",
                                                           "Google invite to a game-jam kickoff where recruiters attend; not an interview.")


@case
def c_b119_16_neg_gdc_vendor_meeting():
    rep, rep_addr = "Dario Fenwick", "dario.fenwick@voxelmint.example"
    start = T(SEA, 2026, 3, 11, 14, 0)
    end = start + timedelta(minutes=30)
    d1 = T(NYC, 2026, 2, 26, 10, 31)
    t1 = f"""Hi Rafe,

Saw your talk submission on physics-driven traversal - great stuff. I'm with
Voxelmint, the destruction middleware used in a bunch of shipped action titles.

Will you be at GDC in San Francisco? I'd love to schedule 30 minutes at our
booth (South Hall, #1742) to show you the 4.0 preview and hear what role
physics plays in your current pipeline. No pressure, no slides.

Grab a time here: https://meetings.hubspot.example/dario-fenwick/gdc26

Dario Fenwick
Senior Account Executive, Voxelmint Inc.
+1 646 555 0199 | 215 Park Ave S, New York, NY 10003
P.S. we're hiring solutions engineers too, if you know anyone who'd be a good candidate!
"""
    m1 = mail(f"{rep} <{rep_addr}>", OWNER, "GDC 2026 - quick meeting at the Voxelmint booth?", d1, text=t1)
    d2 = T(VAN, 2026, 2, 27, 9, 1)
    t2 = f"""Your meeting is booked

GDC 2026: Voxelmint booth demo with {rep}
{longday(start)}, {ampm(start, True, True)} - {ampm(end, True, True)} {abbr(start)}
Time zone: America/Vancouver

Details
Moscone Center, South Hall, booth #1742, San Francisco

Need to make a change? Reschedule or cancel: https://meetings.hubspot.example/dario-fenwick/gdc26?reschedule=77af
"""
    m2 = mail(f"{rep} <{rep_addr}>", OWNER, f"Confirmed: GDC 2026: Voxelmint booth demo with {rep}", d2, text=t2,
              sender="HubSpot Meetings <noreply@meetings.hubspot.example>")
    return [("01-dario-gdc-request.eml", m1), ("02-hubspot-meeting-booked.eml", m2)], label(
        [], "hard", "negative/industry-event-vendor-meeting",
        "Vendor sales meeting at GDC booked via HubSpot Meetings; mentions schedule/role/candidate, not an interview.")


@case
def c_b119_17_neg_stream_interview_indie_game():
    host, host_addr = "Lu Mercado", "lu@pixelhearth.example"
    start = T(VAN, 2026, 4, 9, 19, 0)
    end = start + timedelta(minutes=60)
    d1 = T(VAN, 2026, 3, 30, 14, 22)
    h1 = f"""<html><body style="font-family:Georgia,serif">
<p>Hi Rafe!</p>
<p>I host <i>Pixel Hearth</i>, a weekly Twitch stream + podcast where we interview indie devs while playing
their games live. We'd love to have you on to talk about <b>Lantern Keeper</b> - the lighthouse puzzle
mechanic has our chat obsessed.</p>
<p>Format: ~60 min, we play the first two islands and chat about your process, your day job as a gameplay
programmer, and what's next. Pick a slot on my SavvyCal: <a href="https://savvycal.example/pixelhearth/guest">savvycal.example/pixelhearth/guest</a></p>
<p>Cheers,<br>Lu Mercado<br>Host, Pixel Hearth</p></body></html>"""
    m1 = mail(f"{host} <{host_addr}>", OWNER, "Stream interview about Lantern Keeper?", d1, html=h1)
    d2 = T(VAN, 2026, 3, 31, 8, 10)
    t2 = f"""You're scheduled with {host}

Pixel Hearth guest interview - Lantern Keeper (60 min)
{longday(start)} · {ampm(start)} – {ampm(end)} (Pacific Time - Vancouver)

Location: StreamYard studio link will be emailed 1 hour before

Attendees
  {host} <{host_addr}>
  {OWNER_NAME} <{OWNER}>

Need to make changes? https://savvycal.example/r/PHx91

Powered by SavvyCal
"""
    m2 = mail(f"{host} via SavvyCal <notifications@savvycal.example>", OWNER,
              f"Confirmed: Pixel Hearth guest interview with {host} on {start:%a}, {start:%b} {start.day} at {ampm(start)} {abbr(start)}",
              d2, text=t2, reply_to=host_addr)
    return [("01-lu-stream-invite.eml", m1), ("02-savvycal-confirmed.eml", m2)], label(
        [], "hard", "negative/podcast-stream-interview",
        "Stream/podcast interview about the user's indie game, booked through SavvyCal.")


@case
def c_b119_18_neg_user_research_session():
    mbx = "DriftwoodUXResearch@driftwood.example"
    start = T(VAN, 2026, 4, 15, 13, 0)
    end = start + timedelta(minutes=60)
    d = T(VAN, 2026, 4, 8, 11, 40)
    t = f"""Hello {OWNER_NAME},

Thank you for booking with Driftwood Engine UX Research. Your booking is confirmed.

Service: User research session - editor & scripting workflows (60 min)
Date and time: {longday(start)} {ampm(start, True, True)} - {ampm(end, True, True)} (UTC-08:00) Pacific Time (US & Canada)
Staff: Imogen Park
Location: Microsoft Teams meeting

About this session: you'll share your screen while building a small gameplay
feature in the Driftwood editor, and our researcher will interview you about
what's confusing. This is not a job interview and is not connected to any
role or candidate process at Driftwood. Participants receive a $100 USD gift card.

Manage booking: https://outlook.office.example/book/DriftwoodUXResearch@driftwood.example/manage/a19
"""
    m = mail(f"Driftwood Engine UX Research <{mbx}>", OWNER,
             "Booking confirmed: User research session - editor & scripting workflows with Driftwood Engine UX Research",
             d, text=t)
    return [("01-bookings-user-research.eml", m)], label([], "hard", "negative/user-research-session",
                                                           "Microsoft Bookings confirmation for a paid user-research session.")


@case
def c_b119_19_neg_doodle_board_game_night():
    fr, fr_addr = "Jonas Becker", "jonas.becker@mail.example"
    opts = [T(VAN, 2026, 3, 14, 19, 30), T(VAN, 2026, 3, 21, 19, 30)]
    d1 = T(VAN, 2026, 3, 6, 22, 3)
    t1 = f"""{fr} invited you to a Doodle poll

"Spieleabend / Board game night #12"

Message from {fr}: Samstag 19:30 Uhr like always? I'll bring Brass: Birmingham. Also: Lukas has his final interview at that studio on Friday, so if it goes well we celebrate!!

Options:
  - Sat 14 Mar: 7:30 PM
  - Sat 21 Mar: 7:30 PM

Participate now: https://doodle.example/meeting/participate/id/spiel12

You received this email because {fr} invited you to a group poll on Doodle.
"""
    m1 = mail("Doodle <mailer@doodle.example>", OWNER, f"{fr} invited you to \"Spieleabend / Board game night #12\"", d1,
              text=t1, reply_to=fr_addr)
    d2 = T(VAN, 2026, 3, 10, 8, 0)
    s = opts[1]
    t2 = f"""{fr} has picked a final date!

"Spieleabend / Board game night #12"

{longday(s)}
{ampm(s, True, True)} (America/Vancouver)

Location: Jonas & Mei's place, Commercial Drive

View the poll: https://doodle.example/meeting/organize/id/spiel12
"""
    m2 = mail("Doodle <mailer@doodle.example>", OWNER, "Final date: \"Spieleabend / Board game night #12\"", d2, text=t2,
              reply_to=fr_addr)
    return [("01-doodle-poll-invite.eml", m1), ("02-doodle-final-date.eml", m2)], label(
        [], "medium", "negative/doodle-social",
        "Friends' board-game night Doodle (poll + final date) mentioning someone else's interview.")


@case
def c_b119_20_neg_rejection_after_take_home():
    rec, rec_addr = "Priscilla Okoye", "priscilla.okoye@thornfieldgames.example"
    d = T(SEA, 2026, 3, 26, 16, 5)
    h = f"""<html><body style="font-family:Arial">
<p>Hi Rafe,</p>
<p>Thank you for the time and care you put into the Thornfield Games take-home for the Gameplay Programmer role.
Our engineers reviewed your submission closely.</p>
<p>Unfortunately, we've decided not to move forward to the code review call and onsite interview stage. The
team felt the camera system was solid, but were looking for more depth in the networked-replication part of the task.</p>
<p>We know how much effort a take-home is, so if you'd like a few lines of written feedback, just reply and I'll
send it. We'd also be glad to keep you in mind for future roles, and you're welcome to schedule
a chat with me when new gameplay positions open.</p>
<p>Best of luck with your search,<br>{rec}<br>Recruiter, Thornfield Games<br>
500 Yale Ave N, Seattle, WA 98109</p>
<p style="font-size:10px;color:#999">Sent via Greenhouse</p></body></html>"""
    m = mail(f"{rec} <no-reply@greenhouse-mail.example>", OWNER, "Your application to Thornfield Games", d, html=h,
             reply_to=f"{rec} <{rec_addr}>")
    return [("01-thornfield-decision.eml", m)], label([], "medium", "negative/rejection-after-take-home",
                                                        "Rejection after take-home mentioning the code review call that will not happen.")


@case
def c_b119_21_neg_talent_community_newsletter():
    d = T(SEA, 2026, 3, 17, 7, 0)
    oh = T(SEA, 2026, 3, 26, 15, 0)
    h = f"""<html><body style="margin:0;background:#0b1020;font-family:Helvetica,Arial;color:#fff">
<table width="100%" cellpadding="0"><tr><td align="center"><table width="600" style="background:#141b34">
<tr><td style="padding:24px"><h1>Polaris Northstar Talent Community - March update</h1>
<p>Hi Rafe, thanks for being part of our talent community!</p>
<h3>Inside the interview: how our gameplay team hires</h3>
<p>Our recruiters break down every stage, from the first call to the onsite, and share what candidates
who stand out do differently. <a href="https://careers.polarisnorthstar.example/blog/inside-the-interview">Read more</a></p>
<h3>Virtual open house - {longday(oh)}, {ampm(oh, drop00=True)} PT</h3>
<p>Meet engineers from our Seattle and Montreal studios, ask questions, and learn which roles are opening.
<a href="https://careers.polarisnorthstar.example/events/open-house">Register</a></p>
<h3>Roles you might like</h3><ul><li>Gameplay Programmer - Montreal</li><li>Senior AI Programmer - Seattle</li>
<li>Tools Engineer - Remote (Canada)</li></ul>
<p style="font-size:11px;color:#99a">Polaris Northstar Studios, 400 Pine St, Seattle, WA 98101.
<a href="https://careers.polarisnorthstar.example/unsubscribe">Unsubscribe</a></p></td></tr></table></td></tr></table>
</body></html>"""
    m = mail("Polaris Northstar Careers <talent@news.polarisnorthstar.example>", OWNER,
             "Inside the interview + our virtual open house", d, html=h, cte="base64",
             extra=[("List-Unsubscribe", "<https://careers.polarisnorthstar.example/unsubscribe>")])
    return [("01-talent-community-march.eml", m)], label([], "easy", "negative/talent-community-newsletter",
                                                           "HTML-only talent-community newsletter with interview tips and an open-house date.")


@case
def c_b119_22_neg_prelude_availability_request():
    rec, rec_addr = "Daniel Osei", "daniel.osei@quillback.example"
    d = T(SEA, 2026, 4, 22, 10, 12)
    t = f"""Hi Rafe,

Congratulations on moving forward with Quillback Systems! Next up is your
virtual onsite for the Gameplay Engineer (Tools & Runtime) role: four
45-minute interviews with the team, ideally in one block.

Please share your availability for the weeks of May 4 and May 11 using the
link below. Once we have it, we'll schedule the interviews and send calendar
invitations.

Submit availability: https://candidate.prelude.example/a/qbk-3390

Please respond by Friday, April 24.

{rec}
Recruiting Coordinator, Quillback Systems
(425) 555-0108
"""
    m = mail(f"{rec} via Prelude <notifications@prelude.example>", OWNER,
             "Quillback Systems: please share your availability for your onsite", d, text=t,
             reply_to=f"{rec} <{rec_addr}>")
    return [("01-prelude-availability-request.eml", m)], label([], "hard", "negative/availability-request",
                                                                 "Prelude availability request for an onsite that is not booked yet.")


# =================================================================== main
def main():
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b119-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for cid, fn in CASES.items():
        _counter[0] = 0
        items, lab = fn()
        os.makedirs(os.path.join(HERE, cid))
        for fname, obj in items:
            path = os.path.join(HERE, cid, fname)
            if isinstance(obj, EmailMessage):
                k = 0
                for part in obj.walk():  # deterministic MIME boundaries
                    if part.is_multipart():
                        k += 1
                        tag = hashlib.sha1(f"{cid}/{fname}/{k}".encode()).hexdigest()[:24]
                        part.set_boundary(f"00000000{tag}")
                data = obj.as_bytes()
            elif isinstance(obj, str):
                data = obj.encode("utf-8")
            else:
                raise TypeError(fname)
            with open(path, "wb") as f:
                f.write(data)
        labels[cid] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# blind119 labels (written blind; all names invented). See /work/shared/eval/README.md.\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110)
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
