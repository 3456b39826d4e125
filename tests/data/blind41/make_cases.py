#!/usr/bin/env python3
"""Generate the blind41 evaluation set (brand designer / marketing manager in the UK and Europe).

Deterministic: stdlib + PyYAML + zoneinfo. Rewrites every b41-* case folder and labels.yaml.
All people, companies, ATS / scheduling vendors and domains are invented (.example domains).
Run:  python make_cases.py
"""
import hashlib
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
OWNER = "imogen.thorne@mail.example"
OWNER_NAME = "Imogen Thorne"
UTC = timezone.utc
LABELS = {}

# --------------------------------------------------------------------------- helpers


def at(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


def iso(d):
    return d.isoformat() if d is not None else None


def ampm(d):
    s = d.strftime("%I:%M%p").lstrip("0").lower()
    return s.replace(":00", "")


def gdate(d):
    # Google style "Thu Oct 22, 2026"
    return f"{d.strftime('%a %b')} {d.day}, {d.year}"


def ical_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    out, cur, first = [], b"", True
    for ch in line:
        b = ch.encode("utf-8")
        limit = 75 if first else 74
        if len(cur) + len(b) > limit:
            out.append(cur.decode("utf-8"))
            cur, first = b"", False
        cur += b
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def utcstamp(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(d):
    return d.strftime("%Y%m%dT%H%M%S")


def offs(td):
    m = int(td.total_seconds() // 60)
    sign = "+" if m >= 0 else "-"
    m = abs(m)
    return f"{sign}{m // 60:02d}{m % 60:02d}"


def vtimezone(tzid, zname):
    """EU-rule VTIMEZONE (last Sunday March / October, 01:00 UTC), offsets taken from zoneinfo."""
    z = ZoneInfo(zname)
    std = datetime(2026, 1, 15, 12, tzinfo=z).utcoffset()
    dst = datetime(2026, 7, 15, 12, tzinfo=z).utcoffset()
    std_name = datetime(2026, 1, 15, 12, tzinfo=z).tzname()
    dst_name = datetime(2026, 7, 15, 12, tzinfo=z).tzname()
    one = timedelta(hours=1)
    to_std_local = (datetime(1970, 10, 25, 1) + dst).strftime("%Y%m%dT%H%M%S")
    to_dst_local = (datetime(1970, 3, 29, 1) + std).strftime("%Y%m%dT%H%M%S")
    assert dst - std == one
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", f"DTSTART:{to_std_local}", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        f"TZOFFSETFROM:{offs(dst)}", f"TZOFFSETTO:{offs(std)}", f"TZNAME:{std_name}", "END:STANDARD",
        "BEGIN:DAYLIGHT", f"DTSTART:{to_dst_local}", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        f"TZOFFSETFROM:{offs(std)}", f"TZOFFSETTO:{offs(dst)}", f"TZNAME:{dst_name}", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def ics(method, prodid, events, tz=None, extra_cal=()):
    """events: dicts. tz: (tzid, zoneinfo name) -> local times with TZID, else UTC 'Z' times."""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    L += list(extra_cal)
    if tz:
        L += vtimezone(*tz)
    for e in events:
        L.append("BEGIN:VEVENT")
        if tz:
            L.append(f"DTSTART;TZID={tz[0]}:{local(e['start'].astimezone(ZoneInfo(tz[1])))}")
            L.append(f"DTEND;TZID={tz[0]}:{local(e['end'].astimezone(ZoneInfo(tz[1])))}")
        else:
            L.append(f"DTSTART:{utcstamp(e['start'])}")
            L.append(f"DTEND:{utcstamp(e['end'])}")
        L.append(f"DTSTAMP:{utcstamp(e['stamp'])}")
        if e.get("organizer"):
            n, m = e["organizer"]
            L.append(f"ORGANIZER;CN={n}:mailto:{m}")
        L.append(f"UID:{e['uid']}")
        for n, m, ps in e.get("attendees", []):
            L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={n}:mailto:{m}")
        if e.get("description"):
            L.append("DESCRIPTION:" + ical_esc(e["description"]))
        L.append("LOCATION:" + ical_esc(e.get("location", "")))
        L.append(f"SEQUENCE:{e.get('seq', 0)}")
        L.append(f"STATUS:{e.get('status', 'CONFIRMED')}")
        L.append("SUMMARY:" + ical_esc(e["summary"]))
        L.append("TRANSP:OPAQUE")
        L += list(e.get("extra", []))
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in L) + "\r\n"


def mail(case, name, *, frm, to, subject, date, body=None, html=None, cte="quoted-printable",
         html_cte="quoted-printable", cc=None, reply_to=None, msgid=None, in_reply_to=None,
         references=None, cal=None, cal_method="REQUEST", attach=None, headers=(), sender=None,
         delivered=OWNER, charset="utf-8"):
    m = EmailMessage()
    m["Delivered-To"] = delivered
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
    m["Message-ID"] = msgid or f"<{case}.{name}@mx.mail.example>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    if body is not None:
        m.set_content(body, charset=charset, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset, cte=html_cte)
    else:
        m.set_content(html, subtype="html", charset=charset, cte=html_cte)
    if cal is not None:
        if not m.is_multipart():
            m.make_alternative()
        m.add_alternative(cal, subtype="calendar", charset="utf-8", cte="7bit",
                          params={"method": cal_method})
    for fname, data, ctype in (attach or []):
        maint, subt = ctype.split("/")
        m.add_attachment(data.encode("utf-8") if isinstance(data, str) else data,
                         maintype=maint, subtype=subt, filename=fname)
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            tag = hashlib.sha1(f"{case}/{name}/{i}".encode()).hexdigest()[:24]
            part.set_boundary(f"000000000000{tag}")
    write(case, name + ".eml", m.as_bytes(policy=policy.default))


def write(case, fname, data):
    d = os.path.join(HERE, case)
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, fname), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


def label(case, interviews, difficulty, category, notes):
    LABELS[case] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                    "difficulty": difficulty, "category": category, "notes": notes,
                    "source": "synthetic"}


ME = f"{OWNER_NAME} <{OWNER}>"

# --------------------------------------------------------------------------- positives


def c01():
    case = "b41-01-talentloom-portfolio-review-ics-bst"
    s = at(2026, 4, 14, 10, 30, "Europe/London")
    e = s + timedelta(hours=1)
    sent = at(2026, 4, 8, 9, 12, "Europe/London")
    hattie = ("Hattie Brennan", "hattie.brennan@fieldhousecrane.example")
    ravi = ("Ravi Chandran", "ravi.chandran@fieldhousecrane.example")
    otti = ("Ottilie Marsh", "ottilie.marsh@fieldhousecrane.example")
    body = f"""Hi Imogen,

Great news - the team loved your application and would like to see more of your work.

We've booked your portfolio review for the Senior Brand Designer role:

  {s:%A} {s.day} {s:%B}, 10:30 - 11:30 (London time)
  Fieldhouse & Crane, 3rd floor, 22 Calvert Yard, London EC2A 4PJ

You'll meet Ravi Chandran (Design Director) and Ottilie Marsh (Senior Designer). Please bring
3-4 projects you're proud of - we're more interested in how you got there than in the polish.
A laptop is fine; we have a screen you can plug into (HDMI / USB-C).

A calendar file is attached. If the time doesn't work, just reply to this email.

Best wishes,
Hattie

Hattie Brennan
Talent Partner | Fieldhouse & Crane
+44 20 7946 0382

--
Sent with Talentloom - Recruitment made human. You received this message because you applied
for a position at Fieldhouse & Crane. Manage your data: https://fieldhousecrane.talentloom.example/privacy
"""
    cal = ics("REQUEST", "-//Talentloom//Interview Scheduler 4.2//EN", [dict(
        start=s, end=e, stamp=sent.astimezone(UTC), uid="tl-iv-88213-4471@talentloom.example",
        organizer=hattie, attendees=[(*ravi, "ACCEPTED"), (*otti, "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
        summary="Portfolio review: Imogen Thorne - Senior Brand Designer",
        description="Portfolio review with Ravi Chandran and Ottilie Marsh. Bring 3-4 projects.",
        location="Fieldhouse & Crane, 3rd floor, 22 Calvert Yard, London EC2A 4PJ")],
        tz=("Europe/London", "Europe/London"))
    mail(case, "01-portfolio-review-booked", frm="Fieldhouse & Crane <notifications@mail.talentloom.example>",
         to=ME, reply_to=f"{hattie[0]} <{hattie[1]}>", date=sent,
         subject="Your portfolio review with Fieldhouse & Crane", body=body,
         attach=[("portfolio-review.ics", cal, "text/calendar")])
    label(case, [iv("Fieldhouse & Crane", "Senior Brand Designer", s, e, "scheduled",
                    [ravi[1], otti[1]], [ravi[1], otti[1]], "onsite")],
          "easy", "positive/ats-ics", "Teamtailor-like ATS, TZID=Europe/London in BST, two interviewers.")


def c02():
    case = "b41-02-berlin-thread-14-uhr-across-dst"
    s = at(2026, 4, 2, 14, 0, "Europe/Berlin")
    e = s + timedelta(minutes=30)
    d1 = at(2026, 3, 24, 10, 5, "Europe/Berlin")
    d_me = at(2026, 3, 24, 18, 40, "Europe/London")
    d2 = at(2026, 3, 25, 9, 20, "Europe/Berlin")
    lena = "lena.vogt@kornblume-mobility.example"
    sig = """Lena Vogt
Senior Talent Acquisition Partner
Kornblume Mobility GmbH | Torstrasse 140 | 10119 Berlin
T +49 30 5557 1820 | M +49 151 5550 4471
Geschaeftsfuehrer: Jan Albers, Dr. Mira Koch | Amtsgericht Charlottenburg HRB 219934 B"""
    b1 = f"""Hi Imogen,

thanks a lot for applying for our Brand Marketing Manager role - your rebrand work for the cider
brand really stood out to us.

As a first step I'd love to have a 30-minute call with you to get to know each other and tell you
more about the team. Would one of these work?

- Wednesday, 1 April at 11:00
- Thursday, 2 April at 14:00

(both Berlin time)

Viele Gruesse,
{sig}
"""
    mail(case, "01-first-call", frm=f"Lena Vogt <{lena}>", to=ME, date=d1,
         subject="Brand Marketing Manager - next step", body=b1, msgid="<b41-02-a@kornblume-mobility.example>")
    b2 = f"""Hi Imogen,

perfect - I've put us down for Thursday 2 April, 14:00 Uhr Berlin time (13:00 for you in London).
Let's do it as a video call: https://meet.google.example/kvx-tpra-mno

Bis Donnerstag!
Lena

{sig}

On {format_datetime(d_me)}, Imogen Thorne <{OWNER}> wrote:
> Hi Lena,
>
> Thank you - lovely to hear from you! Thursday at 14:00 works perfectly (that's 1pm for me,
> I think, once the clocks have gone forward). Phone or video?
>
> Best,
> Imogen
>
> On {format_datetime(d1)}, Lena Vogt <{lena}> wrote:
>> Hi Imogen,
>>
>> thanks a lot for applying for our Brand Marketing Manager role - your rebrand work for the
>> cider brand really stood out to us.
>>
>> As a first step I'd love to have a 30-minute call with you ...
>> - Wednesday, 1 April at 11:00
>> - Thursday, 2 April at 14:00
>> (both Berlin time)
"""
    mail(case, "02-re-confirmed", frm=f"Lena Vogt <{lena}>", to=ME, date=d2,
         subject="Re: Brand Marketing Manager - next step", body=b2,
         msgid="<b41-02-c@kornblume-mobility.example>", in_reply_to="<b41-02-b@mail.example>",
         references="<b41-02-a@kornblume-mobility.example> <b41-02-b@mail.example>")
    label(case, [iv("Kornblume Mobility", "Brand Marketing Manager", s, e, "scheduled", [lena], [lena],
                    "phone_screen")],
          "medium", "positive/thread",
          "Proposed and confirmed across EU DST change (Mar 29): Berlin +02:00 on Apr 2, message sent in +01:00.")


def gcal_invite(case, name, *, org, guests, s, e, sent, summary, desc, uid, seq=0, location="",
                updated=False, tzlabel, tzlong):
    attendees = [(org[0], org[1], "ACCEPTED")] + [(n, m, "NEEDS-ACTION") for n, m in guests] + \
                [(OWNER, OWNER, "NEEDS-ACTION")]
    cal = ics("REQUEST", "-//Google Inc//Google Calendar 70.9054//EN", [dict(
        start=s, end=e, stamp=sent.astimezone(UTC), uid=uid, organizer=org, attendees=attendees,
        summary=summary, description=desc, location=location, seq=seq)])
    when = f"{gdate(s)} {ampm(s)} - {ampm(e)} ({tzlabel})"
    pre = "Updated invitation" if updated else "Invitation"
    subj = f"{pre}: {summary} @ {when} ({OWNER})"
    guests_txt = "\n".join([f"{org[0]} - organiser\n{org[1]}"] + [f"{n}\n{m}" for n, m in guests] + [OWNER])
    changed = "This event has been updated\nChanged: time\n\n" if updated else ""
    plain = f"""{changed}{summary}
{s:%A} {s.day} {s:%B} {s.year} \u22c5 {ampm(s)} \u2013 {ampm(e)}
{tzlong}

{('Location' + chr(10) + location + chr(10) + chr(10)) if location else ''}Organiser
{org[0]}
{org[1]}

Guests
{guests_txt}

{desc}

Reply for {OWNER} and view more details https://calendar.google.example/calendar/event?action=VIEW&eid={uid[:12]}

Invitation from Google Calendar: https://calendar.google.example/calendar/

You are receiving this email because you are an attendee on the event.
"""
    html = "<html><body><div style=\"font-family:Roboto,Arial,sans-serif\">" + \
        "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.split("\n\n")) + "</div></body></html>"
    mail(case, name, frm=f"{org[0]} <{org[1]}>", to=OWNER, reply_to=f"{org[0]} <{org[1]}>",
         sender="Google Calendar <calendar-notification@google.example>", date=sent, subject=subj,
         body=plain, cte="base64", html=html, cal=cal,
         attach=[("invite.ics", cal, "application/ics")])


def c03():
    case = "b41-03-google-coffee-chat-cd-moved-past-bst-end"
    jonah = ("Jonah Feltham", "jonah@oddfellowstudio.example")
    s0 = at(2026, 10, 22, 8, 30, "Europe/London")
    s = at(2026, 10, 27, 8, 30, "Europe/London")
    dur = timedelta(minutes=45)
    summary = "Coffee & a chat - Imogen / Jonah (Design Lead)"
    desc = ("Next stage for the Design Lead role after your call with Priya. Informal - but I'll want to hear "
            "how you'd run the brand team and talk through two or three pieces of work. Coffee's on me.")
    loc = "Workshop Coffee, 27 St John St, London EC1M 4AN"
    uid = "7q2m0c9kbdv1s4o8e6hpln3rfa@google.com"
    gcal_invite(case, "01-invitation-coffee", org=jonah, guests=[], s=s0, e=s0 + dur,
                sent=at(2026, 10, 15, 17, 48, "Europe/London"), summary=summary, desc=desc, uid=uid,
                location=loc, tzlabel="BST", tzlong="United Kingdom Time")
    d2 = at(2026, 10, 20, 21, 3, "Europe/London")
    b2 = """Hi Imogen,

Really sorry - a client pitch has landed on Thursday morning and I can't move it. Could we do
Tuesday 27th instead, same time (8.30) and same place? I'll move the invite now.

Apologies again, looking forward to it.

Jonah

--
Jonah Feltham
Creative Director, Oddfellow Studio
Unit 4, 61 Clerkenwell Road, London EC1M 5RS
07700 900 417
"""
    mail(case, "02-can-we-move", frm=f"{jonah[0]} <{jonah[1]}>", to=ME, date=d2,
         subject="Thursday coffee - could we move it?", body=b2, cte="7bit")
    gcal_invite(case, "03-updated-invitation", org=jonah, guests=[], s=s, e=s + dur,
                sent=at(2026, 10, 20, 21, 5, "Europe/London"), summary=summary, desc=desc, uid=uid, seq=1,
                location=loc, updated=True, tzlabel="GMT", tzlong="United Kingdom Time")
    label(case, [iv("Oddfellow Studio", "Design Lead", s, s + dur, "scheduled", [jonah[1]], [jonah[1]],
                    "hiring_manager")],
          "medium", "positive/reschedule",
          "Coffee chat with the creative director as an explicit process step; moved from Thu 22 Oct (BST) to "
          "Tue 27 Oct (GMT, after UK DST end Oct 25). Final time wins.")


def c04():
    case = "b41-04-hireloop-takehome-then-live-review-amsterdam"
    sanne = ("Sanne de Wit", "sanne.dewit@tulpwerk.example")
    joris = ("Joris Bakker", "joris.bakker@tulpwerk.example")
    femke = ("Femke Visser", "femke.visser@tulpwerk.example")
    role = "Brand & Content Lead"
    d1 = at(2026, 5, 28, 11, 40, "Europe/Amsterdam")
    b1 = f"""Hi Imogen,

Thanks again for the chat last week! As the next step in the process for the {role} role we'd like
you to have a go at a short creative brief (attached as a link below). Please don't spend more than
four hours on it - rough is fine.

Brief: https://tulpwerk.hireloop.example/assignments/aq71-brief
Deadline: Friday 5 June, end of day

Once we've had a look we'll set up a session for you to talk us through it.

Groetjes,
Sanne de Wit
People & Talent, Tulpwerk
Keizersgracht 310, 1016 EZ Amsterdam | +31 20 555 0192

This email was sent via Hireloop on behalf of Tulpwerk.
"""
    html1 = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in b1.split("\n\n")) + "</body></html>"
    mail(case, "01-take-home-brief", frm="Sanne de Wit via Hireloop <no-reply@hireloop.example>", to=ME,
         reply_to=f"{sanne[0]} <{sanne[1]}>", date=d1, subject=f"Next step: creative brief - {role}",
         body=b1, html=html1, html_cte="base64")
    s = at(2026, 6, 10, 16, 0, "Europe/Amsterdam")
    e = s + timedelta(hours=1)
    d2 = at(2026, 6, 8, 10, 2, "Europe/Amsterdam")
    b2 = f"""Hi Imogen,

Thanks for sending your response to the brief - the team really enjoyed reading it.

We'd love you to walk us through it live:

  Brief review - {role}
  {s:%A} {s.day} {s:%B} {s.year}
  16:00 - 17:00 CEST (15:00 - 16:00 UK time)
  Google Meet: https://meet.google.example/tlp-wrkb-rvw

You'll present to Joris Bakker (Head of Brand) and Femke Visser (Content Director). Plan on about
20 minutes for your walkthrough and the rest for questions. I'll send out the calendar invitation
separately - the .ics is attached here as well.

Groetjes,
Sanne
"""
    cal = ics("REQUEST", "-//Hireloop//Scheduling//EN", [dict(
        start=s, end=e, stamp=d2.astimezone(UTC), uid="hl-ev-5520931@hireloop.example", organizer=sanne,
        attendees=[(*joris, "ACCEPTED"), (*femke, "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
        summary=f"Brief review - {role} - Imogen Thorne",
        description="Live walkthrough of your brief response with Joris and Femke.",
        location="https://meet.google.example/tlp-wrkb-rvw")], tz=("Europe/Amsterdam", "Europe/Amsterdam"))
    html2 = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in b2.split("\n\n")) + "</body></html>"
    mail(case, "02-brief-review-scheduled", frm="Sanne de Wit via Hireloop <no-reply@hireloop.example>", to=ME,
         reply_to=f"{sanne[0]} <{sanne[1]}>", date=d2, subject=f"Interview scheduled: Brief review - {role}",
         body=b2, html=html2, html_cte="base64", attach=[("brief-review.ics", cal, "text/calendar")])
    label(case, [iv("Tulpwerk", role, s, e, "scheduled", [joris[1], femke[1]], [joris[1], femke[1]], "technical")],
          "medium", "positive/take-home-live-review",
          "Take-home brief itself is not an interview; the live brief review (Amsterdam CEST) is.")


def exchange_invite(case, name, *, org, to_people, s, e, sent, subject, when_line, text, windows_tz, zname,
                    uid, location="Microsoft Teams Meeting", seq=0, method="REQUEST", status="CONFIRMED",
                    delivered=OWNER, to_override=None, cc=None):
    teams = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_{x}%40thread.v2/0>
Meeting ID: 318 552 907 114
Passcode: q7Fh2X
________________________________________________________________________________""".replace("{x}", uid[:10])
    plain = f"When: {when_line}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{text}\n\n{teams}\n"
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">" +
            "".join(f"<p>{p.replace('&', '&amp;').replace(chr(10), '<br>')}</p>" for p in plain.split("\n\n")) +
            "</div></body></html>")
    attendees = [(n, m, "NEEDS-ACTION") for n, m in to_people]
    extra = ["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
             "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
             "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    cal = ics(method, "Microsoft Exchange Server 2010", [dict(
        start=s, end=e, stamp=sent.astimezone(UTC), uid=uid, organizer=org, attendees=attendees,
        summary=subject, description=plain, location=location, seq=seq, status=status, extra=extra)],
        tz=(windows_tz, zname))
    to = to_override or ", ".join(f"{n} <{m}>" for n, m in to_people)
    mail(case, name, frm=f"{org[0]} <{org[1]}>", to=to, cc=cc, date=sent, subject=subject, body=plain,
         html=html, cal=cal, cal_method=method, delivered=delivered,
         msgid=f"<{uid[:24]}{seq}@EUR03PR02MB.eurprd03.prod.outlook.example>",
         headers=[("Thread-Topic", subject), ("Content-class", "urn:content-classes:calendarmessage"),
                  ("X-MS-Has-Attach", ""), ("Accept-Language", "en-GB")])


def c05():
    case = "b41-05-exchange-teams-panel-gmt-standard-time"
    aisha = ("Aisha Karim", "aisha.karim@harrowgatemutual.example")
    panel = [("Douglas Reid", "douglas.reid@harrowgatemutual.example"),
             ("Fiona Petrie", "fiona.petrie@harrowgatemutual.example"),
             ("Kwame Asante", "kwame.asante@harrowgatemutual.example")]
    s = at(2026, 6, 18, 14, 0, "Europe/London")
    e = s + timedelta(minutes=75)
    sent = at(2026, 6, 9, 16, 21, "Europe/London")
    text = """Dear Imogen,

Further to our conversation, I'm pleased to confirm your panel interview for the role of Marketing
Manager (Brand & Proposition), ref. HM-2291.

The panel will be Douglas Reid (Head of Brand), Fiona Petrie (Marketing Director) and Kwame Asante
(Customer Insight Lead). The interview will last 75 minutes: a 15-minute presentation on the task
I sent last week, followed by competency-based questions. I'm arranging the session but won't be
joining the call.

If you require any reasonable adjustments, please let me know.

Kind regards,
Aisha Karim
Resourcing Coordinator | Harrowgate Mutual
Mutual House, 9 Station Parade, Harrogate HG1 1TT
Tel: 01423 555 730"""
    exchange_invite(case, "01-panel-interview", org=aisha, to_people=[(OWNER_NAME, OWNER)] + panel, s=s, e=e,
                    sent=sent, subject="Panel Interview - Marketing Manager (Brand & Proposition) - Imogen Thorne",
                    when_line=f"{s:%A}, {s.day} {s:%B} {s.year} 14:00-15:15 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.",
                    text=text, windows_tz="GMT Standard Time", zname="Europe/London",
                    uid="040000008200E00074C5B7101A82E00800000000A0F3C2A1D2F7DC01000000000000000010000000")
    pm = [m for _, m in panel]
    label(case, [iv("Harrowgate Mutual", "Marketing Manager (Brand & Proposition)", s, e, "scheduled", pm, pm, "onsite")],
          "medium", "positive/exchange",
          "Exchange invite, TZID 'GMT Standard Time', display label (UTC+00:00) but June = BST +01:00; "
          "coordinator not an interviewer.")


def c06():
    case = "b41-06-peoplegrid-dublin-cancelled-role-on-hold"
    clodagh = ("Clodagh Byrne", "clodagh.byrne@corribbev.example")
    niamh = ("Niamh Doyle", "niamh.doyle@corribbev.example")
    s = at(2026, 6, 30, 11, 0, "Europe/Dublin")
    e = s + timedelta(minutes=45)
    d1 = at(2026, 6, 23, 8, 55, "Europe/Dublin")
    uid = "PG-INT-R014522-000731@peoplegrid.example"
    b1 = f"""Interview Scheduled

Dear Imogen Thorne,

Your interview for Brand Manager, Spirits (R-014522) at Corrib Beverages has been scheduled.

Date: {s:%A}, {s.day} {s:%B} {s.year}
Time: 11:00 AM - 11:45 AM (GMT+01:00) Dublin
Type: Video interview (Microsoft Teams)
Interviewer: Clodagh Byrne, Senior Brand Manager

A calendar invitation is attached. To view or manage this interview, sign in to your candidate home:
https://corribbev.peoplegrid.example/careers/candidate/home

If you have any questions, please contact Niamh Doyle, Talent Acquisition ({niamh[1]}).

This is an automated message from Peoplegrid. Please do not reply.
"""
    cal1 = ics("REQUEST", "-//Peoplegrid//Recruiting//EN", [dict(
        start=s, end=e, stamp=d1.astimezone(UTC), uid=uid, organizer=niamh,
        attendees=[(*clodagh, "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
        summary="Interview: Brand Manager, Spirits (R-014522)", location="Microsoft Teams",
        description="Interview with Clodagh Byrne, Senior Brand Manager.")], tz=("Europe/Dublin", "Europe/Dublin"))
    mail(case, "01-interview-scheduled", frm="Corrib Beverages Careers <corribbev@notifications.peoplegrid.example>",
         to=OWNER, date=d1, subject="Interview Scheduled - Brand Manager, Spirits (R-014522)", body=b1,
         attach=[("interview.ics", cal1, "text/calendar")])
    d2 = at(2026, 6, 26, 15, 30, "Europe/Dublin")
    b2 = f"""Interview Cancelled

Dear Imogen Thorne,

Unfortunately your interview for Brand Manager, Spirits (R-014522) scheduled for {s:%A}, {s.day} {s:%B} {s.year}
at 11:00 AM (GMT+01:00) Dublin has been cancelled. The hiring team has had to put this requisition
on hold. We are sorry for any inconvenience and will be in touch should the role re-open.

If you have any questions, please contact Niamh Doyle, Talent Acquisition ({niamh[1]}).

This is an automated message from Peoplegrid. Please do not reply.
"""
    cal2 = ics("CANCEL", "-//Peoplegrid//Recruiting//EN", [dict(
        start=s, end=e, stamp=d2.astimezone(UTC), uid=uid, organizer=niamh, seq=1, status="CANCELLED",
        attendees=[(*clodagh, "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
        summary="Cancelled: Interview: Brand Manager, Spirits (R-014522)", location="Microsoft Teams")],
        tz=("Europe/Dublin", "Europe/Dublin"))
    mail(case, "02-interview-cancelled", frm="Corrib Beverages Careers <corribbev@notifications.peoplegrid.example>",
         to=OWNER, date=d2, subject="Interview Cancelled - Brand Manager, Spirits (R-014522)", body=b2,
         cal=cal2, cal_method="CANCEL")
    label(case, [iv("Corrib Beverages", "Brand Manager, Spirits", s, e, "cancelled", [clodagh[1]], [clodagh[1]],
                    "hiring_manager")],
          "medium", "positive/cancel",
          "Workday-like ATS, Europe/Dublin IST +01:00; METHOD:CANCEL with STATUS:CANCELLED (role on hold).")


def c07():
    case = "b41-07-crewfolio-stockholm-candidate-withdraws"
    elsa = "elsa.nyberg@lindqvistholm.example"
    johan = "johan.ek@lindqvistholm.example"
    s = at(2026, 9, 10, 15, 30, "Europe/Stockholm")
    e = s + timedelta(minutes=45)
    d1 = at(2026, 9, 7, 9, 14, "Europe/Stockholm")
    html = f"""<!DOCTYPE html><html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="padding:24px">
<img src="https://cdn.crewfolio.example/logos/lindqvistholm.png" alt="Lindqvist &amp; Holm" width="140">
<h2 style="font-weight:600">Interview confirmed</h2>
<p>Hi Imogen,</p>
<p>Your interview for <b>Brand Strategist</b> at Lindqvist &amp; Holm is confirmed.</p>
<table cellpadding="6" style="border:1px solid #ddd">
<tr><td><b>When</b></td><td>{s:%A} {s.day} {s:%B} {s.year}, kl. 15.30&ndash;16.15 (Stockholm, CEST)</td></tr>
<tr><td><b>With</b></td><td>Elsa Nyberg, Head of Strategy (<a href="mailto:{elsa}">{elsa}</a>)</td></tr>
<tr><td><b>Where</b></td><td>Video &ndash; <a href="https://whereby.example/lindqvistholm-elsa">whereby.example/lindqvistholm-elsa</a></td></tr>
</table>
<p>Questions? Reply to this email and it will reach Johan Ek, our recruiter.</p>
<p style="color:#888;font-size:11px">Powered by Crewfolio &middot; Lindqvist &amp; Holm AB, Hornsgatan 58, 118 21 Stockholm</p>
</td></tr></table></body></html>"""
    mail(case, "01-interview-confirmed", frm="Lindqvist & Holm <jobs@lindqvistholm.crewfolio.example>", to=OWNER,
         reply_to=f"Johan Ek <{johan}>", date=d1, subject="Interview confirmed: Brand Strategist", html=html,
         html_cte="quoted-printable", msgid="<cf-7731-a@crewfolio.example>")
    d_me = at(2026, 9, 8, 20, 12, "Europe/London")
    d2 = at(2026, 9, 9, 8, 47, "Europe/Stockholm")
    b2 = f"""Hi Imogen,

Thanks for letting us know, and congratulations on the new role! I've cancelled Thursday's
call with Elsa. Best of luck - and do keep us in mind in the future.

Hälsningar,
Johan

Johan Ek | Talent Acquisition | Lindqvist & Holm
+46 8 555 218 40

-----Original Message-----
From: Imogen Thorne <{OWNER}>
Sent: {format_datetime(d_me)}
To: Johan Ek <{johan}>
Subject: Re: Interview confirmed: Brand Strategist

Hi Johan,

I'm so sorry for the short notice, but I've just accepted an offer elsewhere, so I'd like to
withdraw from the process and cancel my interview with Elsa on Thursday. Thank you both for your
time - I really enjoyed our first conversation.

Kind regards,
Imogen
"""
    mail(case, "02-re-withdrawal", frm=f"Johan Ek <{johan}>", to=ME, date=d2,
         subject="RE: Interview confirmed: Brand Strategist", body=b2, charset="utf-8", cte="quoted-printable",
         in_reply_to="<b41-07-me@mail.example>", references="<cf-7731-a@crewfolio.example> <b41-07-me@mail.example>")
    label(case, [iv("Lindqvist & Holm", "Brand Strategist", s, e, "cancelled", [elsa], [elsa], "hiring_manager")],
          "medium", "positive/cancel",
          "HTML-only BambooHR-like confirmation, 'kl. 15.30' Stockholm CEST; candidate withdraws, recruiter confirms "
          "cancellation.")


def c08():
    case = "b41-08-tandemhire-two-rounds-pacific-then-eastern"
    marisol = "marisol@quillstack.example"
    dana = ("Dana Whitcombe", "dana.whitcombe@quillstack.example")
    role = "Brand Marketing Manager, EMEA"
    s1 = at(2026, 3, 12, 8, 30, "America/Los_Angeles")
    e1 = s1 + timedelta(minutes=30)
    s2 = at(2026, 3, 24, 11, 0, "America/New_York")
    e2 = s2 + timedelta(minutes=45)
    d1 = at(2026, 3, 9, 17, 2, "America/Los_Angeles")
    sig = """Marisol Reyes | Sr. Recruiter, Quillstack
548 Market St #29913, San Francisco, CA 94104
(415) 555-0147"""
    b1 = f"""Hey Imogen!

Thanks so much for applying to the {role} role - we're building out the EMEA team this year and
your background is super relevant.

Could we do a quick intro call Thu 3/12 @ 8:30a PST? That should be 3:30pm for you in London. It's
30 mins, just me, over Zoom: https://quillstack.zoom.example/j/88120334571

Lmk if that doesn't work and we'll find another time.

{sig}
"""
    mail(case, "01-intro-call", frm=f"Marisol Reyes <{marisol}>", to=ME, date=d1,
         subject=f"Quillstack <> Imogen - intro call", body=b1, cte="7bit", msgid="<b41-08-a@quillstack.example>")
    d2 = at(2026, 3, 13, 10, 15, "America/Los_Angeles")
    b2 = f"""Hi Imogen,

Great chatting yesterday! Excited to move you forward.

Next up is a conversation with our VP Marketing, Dana Whitcombe. She's based in our NYC office, so
we've set it for Tuesday 3/24 at 11am ET / 3pm London (heads up, the US clocks have already changed
but yours haven't yet, so it's only a 4 hour gap that week). 45 minutes. You'll get a confirmation from
Tandemhire with the calendar invite shortly.

{sig}
"""
    mail(case, "02-next-step-vp", frm=f"Marisol Reyes <{marisol}>", to=ME, date=d2,
         subject=f"Re: Quillstack <> Imogen - intro call", body=b2, cte="7bit",
         msgid="<b41-08-b@quillstack.example>", in_reply_to="<b41-08-a@quillstack.example>")
    d3 = d2 + timedelta(minutes=6)
    cal = ics("REQUEST", "-//Tandemhire//Interview Calendar//EN", [dict(
        start=s2, end=e2, stamp=d3.astimezone(UTC), uid="th-3f81c2a07e@tandemhire.example",
        organizer=("Marisol Reyes", marisol),
        attendees=[(*dana, "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
        summary=f"Interview with Dana Whitcombe - {role}",
        location="https://quillstack.zoom.example/j/83470019925")])
    b3 = f"""Hi Imogen,

Your interview has been scheduled.

Position: {role}
Interviewer: Dana Whitcombe (VP Marketing)
When: Tuesday, March 24, 2026 11:00 AM - 11:45 AM (Eastern Time)
Where: https://quillstack.zoom.example/j/83470019925

Add to calendar: see attached.

Need to reschedule? Reply to your recruiter, Marisol Reyes ({marisol}).

-- Sent by Tandemhire on behalf of Quillstack
"""
    mail(case, "03-tandemhire-scheduled", frm="Quillstack Hiring <notifications@tandemhire.example>", to=OWNER,
         date=d3, subject=f"Interview scheduled: {role}", body=b3,
         attach=[("interview.ics", cal, "text/calendar")])
    label(case, [iv("Quillstack", role, s1, e1, "scheduled", [marisol], [marisol], "phone_screen"),
                 iv("Quillstack", role, s2, e2, "scheduled", [dana[1]], [dana[1]], "hiring_manager")],
          "hard", "positive/two-interviews",
          "'Thu 3/12 @ 8:30a PST' written colloquially in PDT (US DST began Mar 8; -07:00, = 15:30 London GMT). "
          "Second round 11am ET (EDT) on Mar 24 while London is still GMT.")


def c09():
    case = "b41-09-shortlistr-html-only-half-past-ten-base64"
    rachel = "rachel.finch@northmere.example"
    s = at(2026, 5, 19, 10, 30, "Europe/London")
    e = s + timedelta(minutes=45)
    d = at(2026, 5, 12, 14, 3, "Europe/London")
    html = f"""<html><head><meta charset="utf-8"><style>p{{margin:0 0 12px}}</style></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<div style="max-width:560px;margin:auto">
<p><img src="https://assets.shortlistr.example/northmere/header.png" alt="Northmere Housing Group"></p>
<p>Dear Imogen,</p>
<p>Thank you for applying for the position of <strong>Marketing &amp; Communications Manager</strong>.
We were impressed with your application and would like to invite you to a video interview.</p>
<p>Your interview will take place on <strong>{s:%A} {s.day} {s:%B}</strong> at half past ten (UK time) and
should last about 45 minutes. You will be speaking with Gemma Holt, Director of Communications, and
Tariq Aziz, Digital Lead.</p>
<p>A Teams link will follow on the morning of the interview. Please let us know if you need any adjustments.</p>
<p>If you have any questions, please contact Rachel Finch in our People team at
<a href="mailto:{rachel}">{rachel}</a> or on 0161 555 0823.</p>
<p>Kind regards,<br>People Team<br>Northmere Housing Group<br>Northmere House, 14 Quay Street, Salford M5 3EJ</p>
<hr><p style="font-size:11px;color:#777">Sent via Shortlistr. Please do not reply directly to this email.</p>
</div></body></html>"""
    mail(case, "01-video-interview-invite", frm="Northmere Housing Group <no-reply@shortlistr.example>", to=OWNER,
         date=d, subject="Interview invitation - Marketing & Communications Manager", html=html, html_cte="base64")
    label(case, [iv("Northmere Housing Group", "Marketing & Communications Manager", s, e, "scheduled", [], [rachel],
                    "onsite")],
          "medium", "positive/body-only",
          "HTML-only base64 ATS mail; 'at half past ten (UK time)' BST; interviewers named without addresses, so "
          "follow-up goes to the People-team contact.")


def c10():
    case = "b41-10-agency-forwarded-paris-14h-french"
    tom = "tom.ashby@haldentalent.example"
    helene = "helene.marchand@maisonarlette.example"
    camille = "camille.roux@maisonarlette.example"
    s = at(2026, 6, 11, 14, 0, "Europe/Paris")
    e = s + timedelta(hours=1)
    d0 = at(2026, 6, 4, 17, 22, "Europe/Paris")
    d = at(2026, 6, 5, 9, 3, "Europe/London")
    body = f"""Morning Imogen,

Great news - Maison Arlette want to meet you for the Brand Manager UK & Ireland role! See Camille's
confirmation below. Thursday at 14h Paris time is 1pm UK. Helene is the Marketing Director and will
be your future line manager; her email is {helene} in case you need it. The interview is in English,
although a "bonjour" never hurts.

Give me a call before if you want to prep - happy to run through the brand with you.

Tom

Tom Ashby
Senior Consultant - Marketing & Creative
Halden Talent | 5 Bream's Buildings, London EC4A 1DT
M: +44 7700 900 812

---------- Forwarded message ---------
From: Camille Roux <{camille}>
Date: {format_datetime(d0)}
Subject: Entretien - Mme Imogen Thorne - Brand Manager UK & Ireland
To: Tom Ashby <{tom}>

Bonjour Tom,

Nous confirmons l'entretien de Mme Thorne avec H\u00e9l\u00e8ne Marchand (Directrice Marketing)
le jeudi 11 juin \u00e0 14h (heure de Paris), dur\u00e9e 1h, en visio Teams. Le lien suivra.

Bien cordialement,

Camille Roux
Charg\u00e9e de recrutement - Maison Arlette
18 rue de Marignan, 75008 Paris
T\u00e9l. +33 1 55 55 03 19
"""
    mail(case, "01-fwd-entretien", frm=f"Tom Ashby <{tom}>", to=ME, date=d,
         subject="Fwd: Entretien - Mme Imogen Thorne - Brand Manager UK & Ireland", body=body, cte="quoted-printable")
    label(case, [iv("Maison Arlette", "Brand Manager UK & Ireland", s, e, "scheduled", [helene], [helene],
                    "hiring_manager")],
          "hard", "positive/forwarded",
          "Agency recruiter forwards a French client confirmation; 'jeudi 11 juin a 14h (heure de Paris)' CEST.")


def c11():
    case = "b41-11-founder-final-chat-gcal-json-lisbon"
    tiago = ("Tiago Mendes", "tiago@sardinhalabs.example")
    s = at(2026, 7, 24, 17, 0, "Europe/Lisbon")
    e = s + timedelta(minutes=45)
    d = at(2026, 7, 20, 18, 31, "Europe/Lisbon")
    body = """Hi Imogen,

Thanks for the great session with the team on Friday - everyone came out of it buzzing.

The last step for the Head of Brand role is a chat with me. Nothing formal: I want to hear how you'd
think about the brand over the next two years and answer anything you want to ask about us. I've sent
a calendar invite for this Friday at 5pm Lisbon time (same as London, handily).

Um abraco,
Tiago

Tiago Mendes
Co-founder & CEO, Sardinha Labs
Rua da Prata 80, 1100-415 Lisboa
+351 21 555 0447
"""
    mail(case, "01-final-chat", frm=f"{tiago[0]} <{tiago[1]}>", to=ME, date=d,
         subject="Last step - a chat with me", body=body, cte="7bit")
    ev = {
        "kind": "calendar#event",
        "etag": "\"3521877700112000\"",
        "id": "4mv0s8kq2rb3c7x1d9fhe6aj5t",
        "status": "confirmed",
        "htmlLink": "https://www.google.example/calendar/event?eid=NG12MHM4a3EycmIzYzd4MWQ5ZmhlNmFqNXQ",
        "created": d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (d + timedelta(minutes=2)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "summary": "Imogen <> Tiago - final chat (Head of Brand)",
        "description": "Final-round conversation with Tiago (CEO) for the Head of Brand role.",
        "creator": {"email": tiago[1], "displayName": tiago[0]},
        "organizer": {"email": tiago[1], "displayName": tiago[0]},
        "start": {"dateTime": s.isoformat(), "timeZone": "Europe/Lisbon"},
        "end": {"dateTime": e.isoformat(), "timeZone": "Europe/Lisbon"},
        "iCalUID": "4mv0s8kq2rb3c7x1d9fhe6aj5t@google.com",
        "sequence": 0,
        "attendees": [
            {"email": tiago[1], "displayName": tiago[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.google.example/sdl-fnal-tmz",
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    write(case, "02-final-chat.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")
    label(case, [iv("Sardinha Labs", "Head of Brand", s, e, "scheduled", [tiago[1]], [tiago[1]], "hiring_manager")],
          "easy", "positive/gcal-json",
          "Founder e-mail ('this Friday at 5pm Lisbon time') plus Calendar API event (WEST +01:00) = one interview.")


def c12():
    case = "b41-12-applyhive-manchester-onsite-two-ics"
    beth = ("Beth Lowry", "beth.lowry@kestreloutdoor.example")
    carys = ("Carys Bevan", "carys.bevan@kestreloutdoor.example")
    luke = ("Luke Morrow", "luke.morrow@kestreloutdoor.example")
    amara = ("Amara Osei", "amara.osei@kestreloutdoor.example")
    neil = ("Neil Pratt", "neil.pratt@kestreloutdoor.example")
    day = (2026, 9, 9)
    a1 = at(*day, 9, 30, "Europe/London")
    a2 = at(*day, 10, 30, "Europe/London")
    b1 = at(*day, 10, 45, "Europe/London")
    b2 = at(*day, 11, 30, "Europe/London")
    c1 = at(*day, 13, 0, "Europe/London")
    c2 = at(*day, 13, 45, "Europe/London")
    d = at(2026, 9, 3, 15, 12, "Europe/London")
    body = f"""Hi Imogen,

We're delighted to invite you to the final stage for the Senior Brand Manager role. Here's your
itinerary for {a1:%A} {a1.day} {a1:%B} at Kestrel HQ, 4 Tib Street, Manchester M4 1LN (ask for me at
reception on the ground floor):

  09:30 - 10:30  Portfolio presentation - Carys Bevan (Brand Director) & Luke Morrow (Creative Lead)
  10:45 - 11:30  Working session with the brand team - Amara Osei (Senior Brand Marketer)
  11:30 - 13:00  Lunch with the team (not assessed, promise!)
  13:00 - 13:45  Conversation with Neil Pratt (CMO)

I'll send two calendar holds, one for the morning and one for your session with Neil. Please bring
your laptop for the presentation (20 minutes, then questions).

Any questions, just shout.

Beth Lowry
Talent Coordinator, Kestrel Outdoor
0161 555 0290

Sent from Applyhive
"""
    mail(case, "01-final-stage-itinerary", frm=f"Beth Lowry <{beth[1]}>",
         sender="Applyhive <mailer@applyhive.example>", to=ME, date=d,
         subject="Final stage - Senior Brand Manager - your day at Kestrel", body=body)
    me = (OWNER_NAME, OWNER, "NEEDS-ACTION")
    cal1 = ics("REQUEST", "-//Applyhive//Interview Scheduler//EN", [dict(
        start=a1, end=b2, stamp=d.astimezone(UTC), uid="ah-9931-am@applyhive.example", organizer=beth,
        attendees=[(*carys, "ACCEPTED"), (*luke, "ACCEPTED"), (*amara, "ACCEPTED"), me],
        summary="Final stage (morning): Portfolio presentation + brand team session - Imogen Thorne",
        location="Kestrel HQ, 4 Tib Street, Manchester M4 1LN")], tz=("Europe/London", "Europe/London"))
    cal2 = ics("REQUEST", "-//Applyhive//Interview Scheduler//EN", [dict(
        start=c1, end=c2, stamp=d.astimezone(UTC), uid="ah-9931-pm@applyhive.example", organizer=beth,
        attendees=[(*neil, "ACCEPTED"), me],
        summary="Final stage: Conversation with Neil Pratt (CMO) - Imogen Thorne",
        location="Kestrel HQ, 4 Tib Street, Manchester M4 1LN")], tz=("Europe/London", "Europe/London"))
    write(case, "02-morning-sessions.ics", cal1)
    write(case, "03-cmo-conversation.ics", cal2)
    ivs = [carys[1], luke[1], amara[1], neil[1]]
    label(case, [iv("Kestrel Outdoor", "Senior Brand Manager", a1, c2, "scheduled", ivs, ivs, "onsite")],
          "hard", "positive/onsite",
          "Final-stage day with a lunch break, sent as itinerary + two standalone .ics holds: one onsite 09:30-13:45 BST.")


def c13():
    case = "b41-13-slotfinch-singapore-booking-rescheduled"
    wl = ("Wei Ling Tan", "weiling.tan@paperlantern.example")
    role = "Regional Brand Manager, APAC"
    s0 = at(2026, 11, 2, 15, 0, "Asia/Singapore")
    s = at(2026, 11, 4, 17, 30, "Asia/Singapore")
    dur = timedelta(minutes=30)
    d1 = at(2026, 10, 28, 7, 41, "Europe/London")
    d2 = at(2026, 10, 30, 8, 5, "Asia/Singapore")
    lon0 = s0.astimezone(ZoneInfo("Europe/London"))
    lon = s.astimezone(ZoneInfo("Europe/London"))
    b1 = f"""Booking confirmed

Hi Imogen,

Your meeting is confirmed.

  What:  Intro call - {role} (Paper Lantern Group)
  Who:   Wei Ling Tan
  When:  {s0:%a} {s0.day} {s0:%b} {s0.year}, 3:00pm - 3:30pm (GMT+8 Singapore)
         {lon0:%a} {lon0.day} {lon0:%b}, {ampm(lon0)} - {ampm(lon0 + dur)} in your time zone (Europe/London)
  Where: Zoom - link in the calendar event

Reschedule: https://slotfinch.example/r/pl-wlt/8fd21
Cancel:     https://slotfinch.example/c/pl-wlt/8fd21

Slotfinch - scheduling without the back-and-forth
"""
    cal1 = ics("REQUEST", "-//Slotfinch//Booking//EN", [dict(
        start=s0, end=s0 + dur, stamp=d1.astimezone(UTC), uid="sf-8fd21@slotfinch.example", organizer=wl,
        attendees=[(OWNER_NAME, OWNER, "ACCEPTED")], summary=f"Intro call - {role} (Paper Lantern Group)",
        location="https://paperlantern.zoom.example/j/6120044781")])
    mail(case, "01-booking-confirmed", frm="Slotfinch <bookings@slotfinch.example>", to=OWNER,
         reply_to=f"{wl[0]} <{wl[1]}>", date=d1, subject=f"Confirmed: Intro call - {role} with Wei Ling Tan",
         body=b1, attach=[("invite.ics", cal1, "text/calendar")])
    b2 = f"""Booking rescheduled

Hi Imogen,

Wei Ling Tan has rescheduled your meeting.

  What:  Intro call - {role} (Paper Lantern Group)
  Was:   {s0:%a} {s0.day} {s0:%b} {s0.year}, 3:00pm (GMT+8 Singapore)
  Now:   {s:%a} {s.day} {s:%b} {s.year}, 5:30pm - 6:00pm (GMT+8 Singapore)
         {lon:%a} {lon.day} {lon:%b}, {ampm(lon)} - {ampm(lon + dur)} in your time zone (Europe/London)
  Note from Wei Ling: "So sorry - our regional offsite ran over. Hope the later slot is easier for you too!"

Reschedule: https://slotfinch.example/r/pl-wlt/8fd21
Cancel:     https://slotfinch.example/c/pl-wlt/8fd21
"""
    cal2 = ics("REQUEST", "-//Slotfinch//Booking//EN", [dict(
        start=s, end=s + dur, stamp=d2.astimezone(UTC), uid="sf-8fd21@slotfinch.example", organizer=wl, seq=1,
        attendees=[(OWNER_NAME, OWNER, "ACCEPTED")], summary=f"Intro call - {role} (Paper Lantern Group)",
        location="https://paperlantern.zoom.example/j/6120044781")])
    mail(case, "02-booking-rescheduled", frm="Slotfinch <bookings@slotfinch.example>", to=OWNER,
         reply_to=f"{wl[0]} <{wl[1]}>", date=d2, subject=f"Rescheduled: Intro call - {role} with Wei Ling Tan",
         body=b2, attach=[("invite.ics", cal2, "text/calendar")])
    label(case, [iv("Paper Lantern Group", role, s, s + dur, "scheduled", [wl[1]], [wl[1]], "phone_screen")],
          "medium", "positive/reschedule",
          "Invented scheduling vendor; Singapore +08:00 vs London GMT (after Oct 25); rescheduled, final time wins.")


# --------------------------------------------------------------------------- negatives


def n14():
    case = "b41-14-neg-conference-stage-interview-prep-call"
    ffion = ("Ffion Price", "ffion@typefacefest.example")
    s = at(2026, 8, 20, 16, 0, "Europe/London")
    d = at(2026, 8, 11, 12, 30, "Europe/London")
    body = f"""Hi Imogen,

Thrilled you've said yes to Typeface Festival Bristol 2026! To recap: you'll be on the main stage on
Saturday 3 October for a 25-minute on-stage interview with our host Marcus Hale about your rebrand
of Hollin Cider, followed by 10 minutes of audience Q&A.

Before then we'd like to schedule a short prep call so Marcus can run through his questions with you
and we can sort tech and slides. I've sent an invite for {s:%A} {s.day} {s:%B} at 4pm - shout if that
doesn't suit.

Your speaker pass and travel details will follow from our production team.

Cheers,
Ffion Price
Programme Producer, Typeface Festival
The Paintworks, Bath Road, Bristol BS4 3EH | 0117 555 0644
"""
    cal = ics("REQUEST", "-//Google Inc//Google Calendar 70.9054//EN", [dict(
        start=s, end=s + timedelta(minutes=30), stamp=d.astimezone(UTC), uid="tff26-spk-prep-iv17@google.com",
        organizer=ffion, attendees=[("Marcus Hale", "marcus@typefacefest.example", "ACCEPTED"),
                                    (OWNER_NAME, OWNER, "NEEDS-ACTION")],
        summary="Speaker prep call - Imogen Thorne stage interview (Typeface Fest)",
        location="https://meet.google.example/tff-prep-imo")])
    mail(case, "01-speaker-prep-call", frm=f"{ffion[0]} <{ffion[1]}>", to=ME, date=d,
         subject="Typeface Fest - your stage interview + prep call", body=body,
         attach=[("invite.ics", cal, "application/ics")])
    label(case, [], "hard", "negative/conference-talk",
          "Conference stage interview and a speaker prep call with .ics - not a job interview.")


def n15():
    case = "b41-15-neg-portfolio-review-night-ticket"
    s = at(2026, 2, 26, 18, 30, "Europe/London")
    e = at(2026, 2, 26, 21, 0, "Europe/London")
    d = at(2026, 2, 10, 11, 0, "Europe/London")
    body = f"""You're in! Portfolio Review Night - February

Hi Imogen,

Your ticket for Portfolio Review Night is confirmed.

{s:%A} {s.day} {s:%B} {s.year}, 6:30pm - 9pm
The Glasshouse, 41 Great Suffolk Street, London SE1 0BS

You'll have two 20-minute slots with creative directors and heads of design from agencies and
in-house teams - several are hiring this year, so bring your best work. Your review slots will be
scheduled on the night at the check-in desk. This is not a recruitment event and no interviews will
take place, but feel free to swap details.

Ticket: BCL-PRN-0226-1184 (General, GBP 12.00)

See you there,
Brand Collective London
Add to calendar: attached
"""
    cal = ics("PUBLISH", "-//Brand Collective London//Tickets//EN", [dict(
        start=s, end=e, stamp=d.astimezone(UTC), uid="bcl-prn-0226-1184@brandcollective.example",
        organizer=("Brand Collective London", "events@brandcollective.example"),
        summary="Portfolio Review Night - Brand Collective London",
        location="The Glasshouse, 41 Great Suffolk Street, London SE1 0BS")])
    mail(case, "01-ticket-confirmed", frm="Brand Collective London <events@brandcollective.example>", to=OWNER,
         date=d, subject="Your ticket: Portfolio Review Night - February", body=body,
         attach=[("portfolio-review-night.ics", cal, "text/calendar")])
    label(case, [], "hard", "negative/portfolio-review-event",
          "Ticketed portfolio-review event with .ics; explicitly not an interview.")


def n16():
    case = "b41-16-neg-freelance-client-briefing-google-invite"
    ed = ("Eddie Lamb", "eddie@hollincider.example")
    s = at(2026, 1, 20, 10, 0, "Europe/London")
    e = s + timedelta(hours=1)
    gcal_invite(case, "01-invitation-briefing", org=ed,
                guests=[("Rosie Lamb", "rosie@hollincider.example")], s=s, e=e,
                sent=at(2026, 1, 14, 13, 2, "Europe/London"),
                summary="Briefing call: Hollin Cider 2026 range refresh (Imogen freelance)",
                desc=("Kick-off for the label refresh project as agreed in the SOW. Agenda: role of the brand in "
                      "the new range, timeline and schedule of deliverables, budget sign-off. Imogen to share "
                      "moodboards."),
                uid="0b5h2lq9mhn3w7c4e1rdak8vzs@google.com", location="Google Meet",
                tzlabel="GMT", tzlong="United Kingdom Time")
    label(case, [], "hard", "negative/freelance-client",
          "Google invite for a freelance client briefing call - not a hiring process.")


def n17():
    case = "b41-17-neg-recruiter-newsletter"
    d = at(2026, 3, 3, 7, 0, "Europe/London")
    html = """<html><body style="font-family:Georgia,serif;background:#f6f3ee">
<div style="max-width:620px;margin:auto;background:#fff;padding:28px">
<h1 style="font-size:26px">The Creative Shortlist &mdash; No. 48</h1>
<p>Morning, Imogen. Twelve roles we're working on this week, plus how to survive the dreaded portfolio interview.</p>
<h3>Hot roles</h3>
<ul>
<li>Senior Brand Designer &mdash; independent agency, Shoreditch &mdash; &pound;55&ndash;62k</li>
<li>Brand Marketing Manager &mdash; fintech scale-up, hybrid London &mdash; &pound;70k + equity</li>
<li>Head of Creative &mdash; FMCG corporate, Leeds &mdash; &pound;90k</li>
</ul>
<h3>Five ways to nail your portfolio interview</h3>
<p>1. Lead with the problem, not the pixels. 2. Show the messy middle. 3. Know your numbers. 4. Time
yourself &mdash; 20 minutes goes fast. 5. Ask the panel what success looks like in six months.</p>
<h3>Want a chat?</h3>
<p>Our consultants run free 15-minute CV calls every Thursday. <a href="https://haldentalent.example/book">Schedule a call</a>
and tell us which role caught your eye &mdash; we'll put you forward for interview if it's a fit.</p>
<p style="font-size:11px;color:#888">Halden Talent Ltd, 5 Bream's Buildings, London EC4A 1DT.
You're receiving this because you registered as a candidate. <a href="https://haldentalent.example/unsub">Unsubscribe</a></p>
</div></body></html>"""
    mail(case, "01-creative-shortlist-48", frm="Halden Talent <shortlist@news.haldentalent.example>", to=OWNER,
         date=d, subject="The Creative Shortlist #48: 12 roles + nailing the portfolio interview", html=html,
         headers=[("List-Unsubscribe", "<https://haldentalent.example/unsub>"), ("Precedence", "bulk")])
    label(case, [], "medium", "negative/newsletter", "Recruiter newsletter with interview tips and a book-a-call link.")


def n18():
    case = "b41-18-neg-application-ack-teamplex"
    d = at(2026, 4, 20, 22, 48, "Europe/Berlin")
    body = """Hi Imogen,

Thank you for your application for the position of Brand Designer (m/f/d) at Fjordlicht Studio.

We have received your documents and our team will review them carefully. If your profile matches
what we're looking for, we will invite you to a first interview (usually a 30-minute video call)
within the next two weeks. We kindly ask you to refrain from calling to check on the status of your
application - we'll be in touch either way.

Your candidate reference: FJ-2026-0412

Best regards
Your Fjordlicht Studio recruiting team

Fjordlicht Studio GmbH | Schanzenstrasse 75 | 20357 Hamburg
Data protection information: https://fjordlicht.teamplex.example/privacy
Powered by Teamplex
"""
    mail(case, "01-application-received", frm="Fjordlicht Studio <jobs@fjordlicht.teamplex.example>", to=OWNER,
         date=d, subject="Your application: Brand Designer (m/f/d)", body=body)
    label(case, [], "easy", "negative/application-received",
          "Personio-like acknowledgement that mentions a possible future interview call.")


def n19():
    case = "b41-19-neg-rejection-feedback-call-offered"
    hattie = "hattie.brennan@fieldhousecrane.example"
    d = at(2026, 4, 21, 16, 40, "Europe/London")
    body = """Hi Imogen,

Thank you so much for coming in for your portfolio review last week, and for the time you put in.
It was a really close call, but the team has decided to move forward with another candidate whose
experience in packaging was a closer match for this particular role.

Ravi would genuinely like to share some feedback - if that's helpful, you can book a 15-minute
feedback call with him here: https://fieldhousecrane.talentloom.example/book/ravi-feedback
No pressure at all if you'd rather not.

We'd love to stay in touch for future roles.

Warmly,
Hattie

Hattie Brennan
Talent Partner | Fieldhouse & Crane
+44 20 7946 0382
"""
    mail(case, "01-update-on-application", frm="Fieldhouse & Crane <notifications@mail.talentloom.example>",
         to=ME, reply_to=f"Hattie Brennan <{hattie}>", date=d,
         subject="An update on your application - Senior Brand Designer", body=body)
    label(case, [], "medium", "negative/rejection",
          "Rejection after an interview with an unbooked self-service feedback-call link.")


def n20():
    case = "b41-20-neg-internal-team-meeting-interview-rota"
    fr = ("Gareth Symonds", "gareth.symonds@pellworth.example")
    team = [("Imogen Thorne", "imogen.thorne@pellworth.example"), ("Priti Desai", "priti.desai@pellworth.example"),
            ("Sam Okonjo", "sam.okonjo@pellworth.example")]
    s = at(2026, 7, 7, 9, 30, "Europe/London")
    e = s + timedelta(minutes=45)
    sent = at(2026, 7, 2, 17, 55, "Europe/London")
    text = """Hi all,

Moving our weekly to Tuesday this week. Agenda:
1. Q3 campaign schedule - autumn range launch
2. Agency roster review
3. Junior Designer hiring - shortlist of six candidates; I'd like Imogen and Priti on the interview
   panel, so please bring your availability for w/c 13 July
4. AOB

Thanks,
Gareth

Gareth Symonds | Head of Brand | Pellworth Foods
Pellworth House, 2 Riverside Way, Reading RG1 8AE | 0118 555 0316"""
    exchange_invite(case, "01-brand-team-weekly", org=fr, to_people=team, s=s, e=e, sent=sent,
                    subject="Brand team weekly - Q3 schedule + Junior Designer interview panel",
                    when_line=f"{s:%A}, {s.day} {s:%B} {s.year} 09:30-10:15 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.",
                    text=text, windows_tz="GMT Standard Time", zname="Europe/London",
                    uid="040000008200E00074C5B7101A82E00800000000B1D4E3F2A9F8DC01000000000000000010000000",
                    location="Pellworth House - Meeting Room 3 / Microsoft Teams",
                    to_override="Brand Team <brand-team@pellworth.example>")
    label(case, [], "hard", "negative/internal-meeting",
          "Current-job team meeting (forwarded from work calendar) discussing an interview panel the owner will sit on.")


def n21():
    case = "b41-21-neg-student-thesis-research-interview"
    priya = ("Priya Lal", "p.lal@students.northbridge.example")
    s = at(2026, 2, 4, 13, 0, "Europe/London")
    e = s + timedelta(minutes=45)
    d = at(2026, 1, 29, 10, 26, "Europe/London")
    body = f"""Booking confirmed

Hi Imogen,

Priya Lal has booked time with you.

  What:  Research interview - MA Brand Communication thesis (Imogen Thorne x Priya Lal)
  When:  {s:%a} {s.day} {s:%b} {s.year}, 1:00pm - 1:45pm (GMT London)
  Where: Microsoft Teams

Message from Priya:
"Thank you so much for agreeing to be interviewed for my dissertation on how in-house brand teams
brief agencies! I'll record the call for transcription only (consent form attached to my earlier
email) and you can withdraw at any time. - Priya, MA Brand Communication, University of Northbridge"

Slotfinch - scheduling without the back-and-forth
"""
    cal = ics("REQUEST", "-//Slotfinch//Booking//EN", [dict(
        start=s, end=e, stamp=d.astimezone(UTC), uid="sf-1ac07@slotfinch.example", organizer=priya,
        attendees=[(OWNER_NAME, OWNER, "ACCEPTED")],
        summary="Research interview - MA thesis (Imogen Thorne x Priya Lal)", location="Microsoft Teams")])
    mail(case, "01-booking-confirmed", frm="Slotfinch <bookings@slotfinch.example>", to=OWNER,
         reply_to=f"{priya[0]} <{priya[1]}>", date=d,
         subject="Confirmed: Research interview with Priya Lal", body=body,
         attach=[("invite.ics", cal, "text/calendar")])
    label(case, [], "hard", "negative/research-interview",
          "Owner is interviewed by a student for a thesis (booking + .ics) - not a job interview.")


def n22():
    case = "b41-22-neg-unbooked-self-schedule-first-interview"
    d = at(2026, 5, 6, 10, 10, "Europe/London")
    mo = "mo.haddad@goodhartstudio.example"
    body = """Hi Imogen,

Thanks for applying for the Brand Designer role at Goodhart Studio - we'd love to invite you to a
first interview!

Please choose a time that suits you using the link below. Slots are 45 minutes between Monday 11 and
Friday 15 May; they're first come, first served, so please book by Friday.

  Choose your interview time: https://goodhartstudio.talentloom.example/self-schedule/6b1e0d

Once you've picked a slot you'll receive a confirmation with the video link and who you'll be
meeting.

Speak soon,
Mo Haddad
Studio Manager, Goodhart Studio
The Old Print Works, 12 Drury Lane, Brighton BN1 1AA
01273 555 091

--
Sent with Talentloom - Recruitment made human.
"""
    mail(case, "01-choose-interview-time", frm="Goodhart Studio <notifications@mail.talentloom.example>", to=ME,
         reply_to=f"Mo Haddad <{mo}>", date=d, subject="Book your interview with Goodhart Studio", body=body)
    label(case, [], "hard", "negative/availability-request",
          "Self-scheduling link for a first interview, never booked in the mailbox.")


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
         n14, n15, n16, n17, n18, n19, n20, n21, n22]


def main():
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b41-") and os.path.isdir(p):
            shutil.rmtree(p)
    for f in CASES:
        f()
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# blind41 labels - generated by make_cases.py; schema per /work/shared/eval/README.md\n")
        yaml.safe_dump(LABELS, fh, sort_keys=True, allow_unicode=True, default_flow_style=False, width=110)
    print(f"wrote {len(LABELS)} cases")


if __name__ == "__main__":
    main()
