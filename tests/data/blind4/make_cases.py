#!/usr/bin/env python3
"""Generate the BLIND4 interview-detection evaluation set (20 cases) deterministically.

Run:  python make_cases.py          (writes case folders e01-.. and labels.yaml next to this script)

Layout follows /work/shared/eval/README.md: labels.yaml at the top, one folder per case with
NN-*.eml / NN-*.ics / NN-*.gcal.json items (NN = arrival order). Every person, company and domain is
invented (.example). All UTC offsets are computed with zoneinfo (2026 DST rules).
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


# ----------------------------------------------------------------------------- helpers
def at(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


def iso(d):
    return d.isoformat() if d is not None else None


def z(d):
    """iCalendar UTC form."""
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(d):
    return d.strftime("%Y%m%dT%H%M%S")


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


def ical(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def hdr_date(d):
    return format_datetime(d)


def boundaries(msg, seed):
    """Deterministic MIME boundaries (EmailMessage would pick random ones)."""
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            h = hashlib.sha1(f"{seed}-{n}".encode()).hexdigest()
            part.set_boundary("000000000000" + h[:16])
            n += 1
    return msg


def mid(tag, domain):
    h = hashlib.sha1(tag.encode()).hexdigest()
    return f"<{h[:24]}@{domain}>"


def vtz_windows(name, std_off, dst_off, dst_month, std_month, dst_hour="020000", std_hour="030000"):
    return [
        "BEGIN:VTIMEZONE", f"TZID:{name}",
        "BEGIN:STANDARD", f"DTSTART:16010101T{std_hour}", f"TZOFFSETFROM:{dst_off}", f"TZOFFSETTO:{std_off}",
        f"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH={std_month}", "END:STANDARD",
        "BEGIN:DAYLIGHT", f"DTSTART:16010101T{dst_hour}", f"TZOFFSETFROM:{std_off}", f"TZOFFSETTO:{dst_off}",
        f"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH={dst_month}", "END:DAYLIGHT",
        "END:VTIMEZONE"]


def vtz_olson_eu(name, std_off, dst_off, std_abbr, dst_abbr):
    return [
        "BEGIN:VTIMEZONE", f"TZID:{name}", f"X-LIC-LOCATION:{name}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std_off}", f"TZOFFSETTO:{dst_off}", f"TZNAME:{dst_abbr}",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst_off}", f"TZOFFSETTO:{std_off}", f"TZNAME:{std_abbr}",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE"]


def base_msg(frm, to, subject, date, msgid, cc=None, reply_to=None, in_reply_to=None, refs=None,
             delivered_to=None, extra=None):
    m = EmailMessage()
    if delivered_to:
        m["Delivered-To"] = delivered_to
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = hdr_date(date)
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    if refs:
        m["References"] = refs
    m["MIME-Version"] = "1.0"
    for k, v in (extra or []):
        m[k] = v
    return m


def google_when(start, end, abbr, style="us"):
    """Google Calendar subject/body 'when' string."""
    def t(d):
        s = d.strftime("%I:%M%p").lstrip("0").lower()
        return s.replace(":00", "")
    if style == "au":
        day = f"{start.strftime('%a')} {start.day} {start.strftime('%b %Y')}"
    else:
        day = f"{start.strftime('%a %b')} {start.day}, {start.year}"
    return f"{day} {t(start)} - {t(end)} ({abbr})"


def google_invite(*, seed, user, organizer, attendees, summary, start, end, abbr, description, location,
                  uid, sent, method="REQUEST", sequence=0, style="us", status="CONFIRMED", meet=None):
    """Google Calendar invitation e-mail. organizer/attendees: (name, email); attendees incl. organizer."""
    org_name, org_mail = organizer
    when = google_when(start, end, abbr, style)
    if method == "CANCEL":
        subject = f"Canceled event: {summary} @ {when} ({user[1]})"
        intro = "This event has been canceled and removed from your calendar."
    else:
        subject = ("Updated invitation: " if sequence else "Invitation: ") + f"{summary} @ {when} ({user[1]})"
        intro = "You have been invited to the following event." if not sequence else \
            "This event has been changed."
    guests = "\n".join(f"{n} - {e}" + (" - organizer" if e == org_mail else "") for n, e in attendees)
    plain = f"{intro}\n\n{summary}\n\nWhen\n{when}\n\n"
    if meet:
        plain += f"Joining info\nJoin with Google Meet\n{meet}\n\n"
    if location:
        plain += f"Location\n{location}\nView map\n\n"
    plain += f"Guests\n{guests}\nView all guest info\n\n"
    if description:
        plain += f"{description}\n\n"
    if method != "CANCEL":
        plain += ("Reply for " + user[1] + "\nYes\nNo\nMaybe\nMore options\n\n")
    plain += ("Invitation from Google Calendar\n\nYou are receiving this email because you are an attendee "
              "on the event. To stop receiving future updates for this event, decline this event.\n")
    html_desc = (description or "").replace("\n", "<br>")
    html = (f"<html><body><div itemscope itemtype=\"http://schema.org/Event\">"
            f"<p>{intro}</p><h2 itemprop=\"name\">{summary}</h2>"
            f"<table><tr><td><b>When</b></td><td>{when}</td></tr>"
            + (f"<tr><td><b>Location</b></td><td>{location}</td></tr>" if location else "")
            + (f"<tr><td><b>Joining info</b></td><td><a href=\"{meet}\">{meet}</a></td></tr>" if meet else "")
            + "<tr><td><b>Guests</b></td><td>"
            + "<br>".join(f"<a href=\"mailto:{e}\">{n}</a>" + (" - organizer" if e == org_mail else "")
                          for n, e in attendees)
            + f"</td></tr></table><p>{html_desc}</p>"
            "<p style=\"color:#888\">Invitation from Google Calendar</p></div></body></html>")
    dstamp = z(sent)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{z(start)}", f"DTEND:{z(end)}", f"DTSTAMP:{dstamp}",
             f"ORGANIZER;CN={org_name}:mailto:{org_mail}", f"UID:{uid}"]
    for n, e in attendees:
        if e == org_mail:
            lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={n};"
                         f"X-NUM-GUESTS=0:mailto:{e}")
        else:
            lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;"
                         f"CN={e};X-NUM-GUESTS=0:mailto:{e}")
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:{meet}")
    desc = description or ""
    if meet:
        desc += f"\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n" \
                f"Join with Google Meet: {meet}\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    lines += [f"CREATED:{z(sent - timedelta(minutes=3))}", f"DESCRIPTION:{esc(desc)}",
              f"LAST-MODIFIED:{dstamp}", f"LOCATION:{esc(location or '')}", f"SEQUENCE:{sequence}",
              f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    ics = ical(lines)
    m = base_msg(f"\"{org_name} (Google Calendar)\" <calendar-notification@google.example>",
                 user[1], subject, sent, mid(seed, "google.example"),
                 reply_to=f"{org_name} <{org_mail}>", delivered_to=user[1],
                 extra=[("Sender", "Google Calendar <calendar-notification@google.example>")])
    m.set_content(plain)
    m.add_alternative(html, subtype="html")
    m.add_alternative(ics, subtype="calendar", params={"method": method})
    fname = "invite.ics"
    m.add_attachment(ics.encode("utf-8"), maintype="application", subtype="ics", filename=fname)
    return boundaries(m, seed)


def write(case_dir, name, obj):
    p = os.path.join(case_dir, name)
    if isinstance(obj, EmailMessage):
        data = obj.as_bytes()
        with open(p, "wb") as f:
            f.write(data)
    elif isinstance(obj, (dict, list)):
        with open(p, "w", encoding="utf-8") as f:
            json.dump(obj, f, indent=2, ensure_ascii=False)
            f.write("\n")
    else:
        with open(p, "w", encoding="utf-8", newline="") as f:
            f.write(obj)


def iv(company, role, start, end, status, ivs, rec, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": ivs, "followup_recipients": rec, "kind": kind}


# ============================================================================= cases
# Each case function returns (items [(filename, obj)], label dict)


def c_greenhouse():
    user = ("Rhea Castellanos", "rhea.castellanos@mailbox.example")
    coord = ("Dominic Achterberg", "dominic.achterberg@quillfeather.example")
    start, end = at(2026, 3, 10, 13, 0, "America/Chicago"), at(2026, 3, 10, 14, 30, "America/Chicago")
    sent = at(2026, 3, 4, 15, 12, "America/Chicago")
    body = f"""Hi Rhea,

Thank you for your interest in Quillfeather Analytics! We're excited to confirm your upcoming interview for the Senior Data Engineer position. Please find the details below.

Interview Details
Date: Tuesday, March 10, 2026
Time: 1:00 PM - 2:30 PM Central Time (US & Canada)
Location: Zoom - https://quillfeather.zoom.example/j/84120593317?pwd=Qf7eHb2

Schedule
1:00 PM - 1:45 PM   Technical Deep Dive (pipelines & orchestration)
    Priya Raman, Staff Data Engineer
1:45 PM - 2:30 PM   Data Modeling & SQL
    Marcus Ebelebe, Engineering Manager, Data Platform

A couple of notes:
- Please join from a laptop - Priya will share a CoderPad link at the start of her session.
- Heads up that the US switches to daylight saving time this Sunday (March 8). The times above are already in CDT.

If you need to reschedule or require any accommodations, just reply to this email and I'll take care of it.

Best,
Dominic Achterberg
Recruiting Coordinator | Quillfeather Analytics
"""
    html = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n")) + \
        "<img src=\"https://us.greenhouse-mail.example/o/1x1.gif?e=b81f\" width=\"1\" height=\"1\"></body></html>"
    m = base_msg(f"\"{coord[0]}\" <no-reply@us.greenhouse-mail.example>", f"{user[0]} <{user[1]}>",
                 "Interview Confirmation: Quillfeather Analytics - Senior Data Engineer", sent,
                 mid("e01a", "us.greenhouse-mail.example"), reply_to=f"{coord[0]} <{coord[1]}>",
                 delivered_to=user[1], extra=[("X-Mailer", "Greenhouse Mailer")])
    m.set_content(body)
    m.add_alternative(html, subtype="html")
    boundaries(m, "e01")
    label = {"user": user[1], "interview": True,
             "interviews": [iv("Quillfeather Analytics", "Senior Data Engineer", start, end, "scheduled",
                               [], [coord[1]], "onsite")],
             "difficulty": "medium", "category": "positive/ats-greenhouse-body-only",
             "notes": "Greenhouse confirmation, no .ics. Two back-to-back sessions with two named interviewers "
                      "(names+titles only, no addresses) -> one interview, panel => onsite, interviewer_emails "
                      "empty, follow-up to coordinator Reply-To. Sent in CST, interview after US DST (CDT -05:00)."}
    return [("01-message.eml", m)], label


def c_networking():
    user = ("Tobias Wendt", "tobias.wendt@posteo-mail.example")
    start, end = at(2026, 4, 23, 18, 30, "Europe/Berlin"), at(2026, 4, 23, 21, 30, "Europe/Berlin")
    sent = at(2026, 4, 14, 10, 2, "Europe/Berlin")
    body = """Hi Tobias,

you're on the list! Here's your ticket for

BERLIN TECH HIRING MIXER - Spring Edition
Thursday, 23 April 2026, 18:30 - 21:30 (CEST)
Fabrik am Kanal, Hall 2, Paul-Lincke-Ufer 91, 10999 Berlin (invented venue)

What to expect:
- 25+ startups and scale-ups that are actively hiring (engineering, product, design)
- Lightning talks from hiring managers: "What we actually look for in an interview"
- Open networking with drinks & snacks - bring a few printed CVs if you like
- CV-photo corner by our partner studio

Ticket type: Job Seeker (free)
Order #EP-4471-0921

Show the QR code in the Eventpunkt app at the door. A calendar file is attached.

See you there,
The Eventpunkt team on behalf of Kiez Tech Collective

You received this because you registered for an event on eventpunkt.example. Manage your notifications in your account.
"""
    ics = ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Eventpunkt//Tickets 4.2//EN", "METHOD:PUBLISH",
                "BEGIN:VEVENT", "UID:ep-evt-88213-tkt-4471-0921@eventpunkt.example", f"DTSTAMP:{z(sent)}",
                f"DTSTART:{z(start)}", f"DTEND:{z(end)}", "SUMMARY:Berlin Tech Hiring Mixer - Spring Edition",
                "LOCATION:Fabrik am Kanal\\, Hall 2\\, Paul-Lincke-Ufer 91\\, 10999 Berlin",
                "DESCRIPTION:Networking evening with hiring startups. Ticket EP-4471-0921 (Job Seeker).",
                "ORGANIZER;CN=Kiez Tech Collective:mailto:events@kieztech.example",
                f"ATTENDEE;CN={user[0]};PARTSTAT=ACCEPTED:mailto:{user[1]}",
                "URL:https://eventpunkt.example/e/88213", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m = base_msg("Eventpunkt <tickets@eventpunkt.example>", user[1],
                 "Your ticket: Berlin Tech Hiring Mixer - Spring Edition (Thu 23 Apr)", sent,
                 mid("e02", "eventpunkt.example"), delivered_to=user[1],
                 extra=[("List-Unsubscribe", "<https://eventpunkt.example/unsub?u=93ab>")])
    m.set_content(body)
    m.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="event.ics",
                     params={"charset": "utf-8"})
    boundaries(m, "e02")
    label = {"user": user[1], "interview": False, "interviews": [], "difficulty": "medium",
             "category": "negative/networking-event",
             "notes": "Hiring mixer ticket with .ics; mentions hiring managers and interviews but is a networking event."}
    return [("01-message.eml", m)], label


def c_thread():
    user = ("Aaliyah Brooks", "aaliyah.brooks@letterbox.example")
    rec = ("Gemma Tsai", "gemma.tsai@brindleoak.example")
    t1 = at(2026, 4, 9, 11, 47, "America/New_York")
    t2 = at(2026, 4, 9, 19, 20, "America/New_York")
    t3 = at(2026, 4, 10, 9, 3, "America/New_York")
    start, end = at(2026, 4, 15, 14, 0, "America/New_York"), at(2026, 4, 15, 14, 30, "America/New_York")
    id1, id2, id3 = mid("e03-1", "brindleoak.example"), mid("e03-2", "letterbox.example"), mid("e03-3", "brindleoak.example")
    b1 = """Hi Aaliyah,

Thanks so much for applying for the Operations Analyst opening on our Newark team. I've had a look at your resume and I'd love to set up a quick 30-minute call so I can tell you more about the role and hear a bit about what you're looking for next.

What does your availability look like early next week? A couple of windows is plenty.

Thanks!
Gemma

Gemma Tsai | Talent Acquisition Partner
Brindle & Oak Logistics
(555) 010-4482
"""
    m1 = base_msg(f"{rec[0]} <{rec[1]}>", f"{user[0]} <{user[1]}>", "Brindle & Oak - Operations Analyst",
                  t1, id1, delivered_to=user[1])
    m1.set_content(b1)
    b2 = f"""Hi Gemma,

Thanks for reaching out - I'm definitely interested! I could do Tuesday 4/14 anytime between 10 and 12, or Wednesday 4/15 any time after 1pm ET.

Best number to reach me is (555) 014-2231.

Best,
Aaliyah

On Thu, Apr 9, 2026 at 11:47 AM Gemma Tsai <{rec[1]}> wrote:
""" + "".join("> " + l + "\n" for l in b1.splitlines())
    m2 = base_msg(f"{user[0]} <{user[1]}>", f"{rec[0]} <{rec[1]}>", "Re: Brindle & Oak - Operations Analyst",
                  t2, id2, in_reply_to=id1, refs=id1, delivered_to=user[1])
    m2.set_content(b2)
    b3 = f"""Hi Aaliyah,

Wednesday at 2pm ET works great. I'll give you a call at (555) 014-2231 - it should take about half an hour.

See you then!
Gemma

On Thu, Apr 9, 2026 at 7:20 PM Aaliyah Brooks <{user[1]}> wrote:
""" + "".join("> " + l + "\n" for l in b2.splitlines())
    m3 = base_msg(f"{rec[0]} <{rec[1]}>", f"{user[0]} <{user[1]}>", "Re: Brindle & Oak - Operations Analyst",
                  t3, id3, in_reply_to=id2, refs=f"{id1} {id2}", delivered_to=user[1])
    m3.set_content(b3)
    label = {"user": user[1], "interview": True,
             "interviews": [iv("Brindle & Oak Logistics", "Operations Analyst", start, end, "scheduled",
                               [rec[1]], [rec[1]], "phone_screen")],
             "difficulty": "medium", "category": "positive/thread-propose-confirm",
             "notes": "Candidate proposes two windows, recruiter picks Wed 4/15 2pm ET ('See you then!'). "
                      "Recruiter conducts the call; 30 min stated in first mail. EDT."}
    return [("01-message.eml", m1), ("02-message.eml", m2), ("03-message.eml", m3)], label


def c_madrid():
    user = ("Pablo Quintana", "pablo.quintana@correo.example")
    rec = ("Marta Villalobos", "marta.villalobos@alcaravan.example")
    hm = ("Lucía Ferrer", "lucia.ferrer@alcaravan.example")
    t1 = at(2026, 3, 25, 12, 40, "Europe/Madrid")
    t2 = at(2026, 3, 25, 13, 5, "Europe/Madrid")
    start, end = at(2026, 3, 30, 16, 0, "Europe/Madrid"), at(2026, 3, 30, 16, 45, "Europe/Madrid")
    id1, id2 = mid("e04-1", "alcaravan.example"), mid("e04-2", "correo.example")
    b1 = """Hola Pablo:

¡Gracias por tu tiempo en la llamada del viernes! Como te comenté, nos gustaría que siguieras en el proceso para la posición de Analista de Datos Sénior.

Te confirmo la siguiente entrevista con Lucía Ferrer (en copia), responsable del equipo de Business Intelligence, el próximo lunes 30 de marzo a las 16:00 (hora peninsular). Será por Google Meet y durará unos 45 minutos:
https://meet.google.example/vqx-hdne-kra

Lucía querrá repasar contigo algún proyecto reciente en el que hayas trabajado con SQL y Power BI, así que te recomiendo tener algo preparado para compartir pantalla.

Cualquier cosa, me dices.

Un saludo,
Marta Villalobos
Talent Acquisition | Grupo Alcaraván
Calle de Alcalá 312 (ficticia), Madrid
"""
    m1 = base_msg(f"{rec[0]} <{rec[1]}>", f"{user[0]} <{user[1]}>",
                  "Entrevista Analista de Datos Sénior - Grupo Alcaraván", t1, id1,
                  cc=f"{hm[0]} <{hm[1]}>", delivered_to=user[1])
    m1.set_content(b1, cte="quoted-printable")
    b2 = f"""¡Hola Marta, hola Lucía!

Muchas gracias. Perfecto, el lunes 30 a las 16:00 allí estaré.

Un saludo,
Pablo

El mié, 25 mar 2026 a las 12:40, Marta Villalobos (<{rec[1]}>) escribió:
""" + "".join("> " + l + "\n" for l in b1.splitlines())
    m2 = base_msg(f"{user[0]} <{user[1]}>", f"{rec[0]} <{rec[1]}>",
                  "Re: Entrevista Analista de Datos Sénior - Grupo Alcaraván", t2, id2,
                  cc=f"{hm[0]} <{hm[1]}>", in_reply_to=id1, refs=id1, delivered_to=user[1])
    m2.set_content(b2, cte="quoted-printable")
    label = {"user": user[1], "interview": True,
             "interviews": [iv("Grupo Alcaraván", "Analista de Datos Sénior", start, end, "scheduled",
                               [hm[1]], [hm[1]], "hiring_manager")],
             "difficulty": "hard", "category": "positive/spanish-madrid",
             "notes": "Spanish, 'a las 16:00 (hora peninsular)' = Europe/Madrid. Mail sent before EU DST (Mar 29), "
                      "interview after it -> +02:00. 45 min. Interviewer is the cc'd team lead."}
    return [("01-message.eml", m1), ("02-message.eml", m2)], label


def c_outreach():
    user = ("Keiko Matsuda", "keiko.matsuda@kumo-mail.example")
    sent = at(2026, 5, 12, 8, 41, "America/Denver")
    body = """Hi Keiko,

Hope your week is off to a good start! I came across your profile and your work on the design system at your last company really stood out.

I'm partnering with a Series B fintech (can share the name once we chat) that's building out their web platform team. They're looking for a Senior Frontend Engineer - React/TypeScript, fully remote in the US, $170-190k base + equity.

Are you open to new opportunities at the moment? Even if the timing isn't perfect, I'd love to connect for a quick intro.

If you're interested, feel free to grab 15 minutes on my calendar: https://cal.summitridgetalent.example/brent/intro-15
Or just reply with a couple of times that work for you next week.

Cheers,
Brent Hollis
Senior Technical Recruiter | Summit Ridge Talent
"""
    m = base_msg("Brent Hollis <brent@summitridgetalent.example>", user[1],
                 "Quick question - open to new opportunities?", sent, mid("e05", "summitridgetalent.example"),
                 delivered_to=user[1])
    m.set_content(body)
    m.add_alternative("<html><body>" + body.replace("\n", "<br>\n") + "</body></html>", subtype="html")
    boundaries(m, "e05")
    label = {"user": user[1], "interview": False, "interviews": [], "difficulty": "easy",
             "category": "negative/recruiter-outreach",
             "notes": "Cold agency outreach with an unbooked scheduling link; no interview exists."}
    return [("01-message.eml", m)], label


def exchange_invite(*, seed, user, organizer, required, optional=(), resources=(), summary, start, end, win_tz,
                    vtz, display_when, location, body_plain, uid, sent, sequence=0, teams=None):
    org_name, org_mail = organizer
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += vtz
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={org_name}:mailto:{org_mail}"]
    for n, e in required:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}")
    for n, e in optional:
        lines.append(f"ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}")
    for n, e in resources:
        lines.append(f"ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}")
    desc = body_plain
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{esc(desc)}", f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{esc(summary)}",
              f"DTSTART;TZID={win_tz}:{local(start)}", f"DTEND;TZID={win_tz}:{local(end)}", "CLASS:PUBLIC",
              "PRIORITY:5", f"DTSTAMP:{z(sent)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED", f"SEQUENCE:{sequence}",
              f"LOCATION;LANGUAGE=en-US:{esc(location)}", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
              "X-MICROSOFT-CDO-OWNERAPPTID:2120874512", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE"]
    if teams:
        lines += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams}", "X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.example/teams/c2a1/e7d0",
                  "X-MICROSOFT-SKYPETEAMSPROPERTIES:{\"cid\":\"19:meeting_ZmQ1@thread.v2\"\\,\"private\":true\\,\"type\":0\\,\"mid\":0\\,\"rid\":0\\,\"uid\":null}",
                  "X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:placeholder"]
    lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    ics = ical(lines)
    to = ", ".join(f"{n} <{e}>" for n, e in required)
    cc = ", ".join(f"{n} <{e}>" for n, e in list(optional) + list(resources)) or None
    m = base_msg(f"{org_name} <{org_mail}>", to, summary, sent, mid(seed, org_mail.split("@")[1]), cc=cc,
                 delivered_to=user[1],
                 extra=[("Thread-Topic", summary), ("Thread-Index", "AdzK" + hashlib.md5(seed.encode()).hexdigest()[:20]),
                        ("Accept-Language", "en-US"), ("X-MS-Has-Attach", ""),
                        ("X-MS-TNEF-Correlator", ""), ("x-ms-exchange-calendar-series-instance-id",
                                                      "BAAAAIIA4AB0xbcQGoLgCAAAAAB" + hashlib.md5(uid.encode()).hexdigest()[:16])])
    plain = f"When: {display_when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body_plain}\n"
    m.set_content(plain, cte="quoted-printable")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            f"<div>When: {display_when}<br>Where: {location}</div><div>*~*~*~*~*~*~*~*~*~*</div>"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body_plain.split("\n\n")) + "</body></html>")
    m.add_alternative(html, subtype="html", cte="quoted-printable")
    m.add_alternative(ics.encode("utf-8"), maintype="text", subtype="calendar", cte="base64",
                      params={"method": "REQUEST", "charset": "utf-8"})
    m["Content-Language"] = "en-US"  # set_content drops Content-* headers, so add these last
    m["Content-class"] = "urn:content-classes:calendarmessage"
    return boundaries(m, seed)


def c_exchange_room():
    user = ("Ingrid Solbakken", "ingrid.solbakken@fjordpost.example")
    hm = ("Eirik Lund", "eirik.lund@halvorsen-maritime.example")
    a1 = ("Anette Brekke", "anette.brekke@halvorsen-maritime.example")
    a2 = ("Jonas Haugland", "jonas.haugland@halvorsen-maritime.example")
    room = ("OSL-HQ-4.12 Skagerrak (8)", "room.osl-4.12-skagerrak@halvorsen-maritime.example")
    tz = "Europe/Oslo"
    start, end = at(2026, 3, 27, 9, 30, tz), at(2026, 3, 27, 11, 0, tz)
    sent = at(2026, 3, 18, 14, 22, tz)
    body = """Hi Ingrid,

As agreed with Silje in Talent, here is the invitation for your on-site interview for the Embedded Software Engineer position in my team.

Anette (Senior Firmware Engineer) and Jonas (Test & Verification Lead) will join me. We'll start with a short walkthrough of the project you sent us, followed by a technical discussion around RTOS, CAN bus and our HIL test rigs, and we'll save 15 minutes at the end for your questions.

Please report to the reception on the ground floor, Lysakerveien 41 (invented), 10 minutes early - they'll give you a visitor badge and bring you up to the 4th floor.

Looking forward to meeting you!

Best regards,
Eirik Lund
Head of Embedded Software
Halvorsen Maritime Systems AS
"""
    m = exchange_invite(seed="e06", user=user, organizer=hm, required=[user, a1, a2], resources=[room],
                        summary="Interview: Embedded Software Engineer - Ingrid Solbakken", start=start, end=end,
                        win_tz="W. Europe Standard Time",
                        vtz=vtz_windows("W. Europe Standard Time", "+0100", "+0200", 3, 10),
                        display_when="Friday, March 27, 2026 9:30 AM-11:00 AM (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
                        location="OSL-HQ-4.12 Skagerrak (8); Lysakerveien 41, reception ground floor",
                        body_plain=body, uid="040000008200E00074C5B7101A82E00800000000F0B5C3A1D2B8DC01000000000000000010000000E1F4A7",
                        sent=sent)
    label = {"user": user[1], "interview": True,
             "interviews": [iv("Halvorsen Maritime Systems", "Embedded Software Engineer", start, end, "scheduled",
                               [hm[1], a1[1], a2[1]], [hm[1], a1[1], a2[1]], "onsite")],
             "difficulty": "medium", "category": "positive/exchange-room-panel",
             "notes": "Exchange invite (W. Europe Standard Time) from hiring manager with two required colleagues and a "
                      "room resource (not a person). Friday before EU DST -> +01:00. Panel => onsite."}
    return [("01-message.eml", m)], label


def c_parent_teacher():
    user = ("Marcus Oyelaran", "marcus.oyelaran@homenet.example")
    tz = "Australia/Perth"
    start, end = at(2026, 11, 10, 15, 40, tz), at(2026, 11, 10, 15, 50, tz)
    sent = at(2026, 11, 2, 19, 11, tz)
    body = """Dear Marcus Oyelaran,

Your Parent-Teacher Interview booking is confirmed.

Student: Ada Oyelaran (Year 4 - Room 12)
Teacher: Mrs Harriet Nguyen
Date: Tuesday 10 November 2026
Time: 3:40pm - 3:50pm (10 minutes)
Location: Room 12, Wattle Grove Primary School

Interviews run strictly to time, as teachers have back-to-back appointments. If you can no longer attend, please cancel through SchoolSlot so another family can take your slot.

Kind regards,
Wattle Grove Primary School
Administration Office - (08) 5550 2219

Sent via SchoolSlot. Please do not reply to this email.
"""
    ics = ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SchoolSlot//Bookings//EN", "METHOD:PUBLISH",
                "BEGIN:VEVENT", "UID:ssb-2026-wgps-PT-55180@schoolslot.example", f"DTSTAMP:{z(sent)}",
                f"DTSTART;TZID=Australia/Perth:{local(start)}", f"DTEND;TZID=Australia/Perth:{local(end)}",
                "SUMMARY:Parent-Teacher Interview - Mrs Harriet Nguyen (Ada\\, Year 4)",
                "LOCATION:Room 12\\, Wattle Grove Primary School",
                "DESCRIPTION:Booking reference PT-55180. Please arrive a few minutes early.",
                "ORGANIZER;CN=Wattle Grove Primary School:mailto:bookings@schoolslot.example",
                f"ATTENDEE;CN={user[0]};PARTSTAT=ACCEPTED:mailto:{user[1]}",
                "END:VEVENT", "END:VCALENDAR"])
    m = base_msg("Wattle Grove Primary School via SchoolSlot <bookings@schoolslot.example>", user[1],
                 "Booking confirmed: Parent-Teacher Interview with Mrs Harriet Nguyen - Tue 10 Nov, 3:40pm",
                 sent, mid("e07", "schoolslot.example"), delivered_to=user[1])
    m.set_content(body)
    m.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="booking.ics",
                     params={"charset": "utf-8"})
    boundaries(m, "e07")
    label = {"user": user[1], "interview": False, "interviews": [], "difficulty": "medium",
             "category": "negative/parent-teacher",
             "notes": "Australian 'Parent-Teacher Interview' booking with .ics; not a job interview."}
    return [("01-message.eml", m)], label


def c_founder_coffee():
    user = ("Sam Whitcombe", "sam.whitcombe@inbox.example")
    founder = ("Ruth Amsel", "ruth.amsel@gmail.example")
    tz = "Australia/Sydney"
    start, end = at(2026, 4, 2, 8, 30, tz), at(2026, 4, 2, 9, 15, tz)
    sent = at(2026, 3, 27, 21, 44, tz)
    desc = ("Hey Sam - thanks for sending through your application for the founding engineer role at Tallowbird "
            "(tallowbird.example). First step in how we hire is just a relaxed coffee with me - no prep, no "
            "whiteboard. I'd like to hear what you've built and tell you where we're at.\n\n"
            "If it goes well, next up is a paired build session with Dev (my co-founder).\n\n"
            "I'll grab a table out the back. My mobile is 0491 570 006 if you're running late.\n\nRuth")
    m = google_invite(seed="e08", user=user, organizer=founder, attendees=[founder, user],
                      summary="Coffee + chat about the founding engineer role", start=start, end=end, abbr="AEDT",
                      description=desc, location="Little Marlow Coffee, 41 Foveaux St, Surry Hills NSW 2010",
                      uid="6ocj2dpl64o3ib9k6cr3ab9k6kq36b9ocpi3ib9mcgp32c1p6lij6p1n64@google.example",
                      sent=sent, style="au")
    label = {"user": user[1], "interview": True,
             "interviews": [iv("Tallowbird", "Founding Engineer", start, end, "scheduled",
                               [founder[1]], [founder[1]], "hiring_manager")],
             "difficulty": "hard", "category": "positive/founder-coffee-gmail",
             "notes": "Google invite from founder's personal address; coffee is explicitly the first hiring step. "
                      "Sydney is still on AEDT (+11:00) on Apr 2 (DST ends Apr 5). Company only in description."}
    return [("01-message.eml", m)], label


def c_workable():
    user = ("Zofia Kaczmarek", "zofia.kaczmarek@poczta.example")
    rec = ("Hanna Dąbrowska", "hanna.dabrowska@verdancefoods.example")
    tz = "Europe/Warsaw"
    start, end = at(2026, 10, 26, 10, 0, tz), at(2026, 10, 26, 10, 45, tz)
    sent = at(2026, 10, 19, 16, 8, tz)
    body = f"""Hi Zofia,

Great news - we'd like to invite you to an interview for the Supply Chain Analyst position at Verdance Foods.

When: Monday, October 26, 2026, 10:00 - 10:45 (Europe/Warsaw)
Where: Video call (link in the calendar invitation)

We've attached a calendar invitation so you can add it to your calendar. Please note that clocks in Poland go back one hour on Sunday, October 25 - the time above is local time in Warsaw.

If you have any questions, simply reply to this email and it will reach Hanna Dąbrowska, our Talent Partner.

Good luck!
The Verdance Foods hiring team

Powered by Workable
"""
    html = ("<html><body style=\"font-family:Arial\">" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
            + "</body></html>")
    ics = ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workable//Interview Scheduler//EN", "METHOD:REQUEST",
                *vtz_olson_eu("Europe/Warsaw", "+0100", "+0200", "CET", "CEST"),
                "BEGIN:VEVENT", "UID:wk-interview-3f9a27c1-5b0e-4c1d-9d8e-71a2c0e4b6d3@workable.example",
                f"DTSTAMP:{z(sent)}", f"DTSTART;TZID=Europe/Warsaw:{local(start)}",
                f"DTEND;TZID=Europe/Warsaw:{local(end)}",
                "SUMMARY:Interview: Supply Chain Analyst - Verdance Foods",
                "DESCRIPTION:" + esc("Video interview with Tomasz Wróbel, Head of Planning at Verdance Foods.\n"
                                     "Join: https://meet.verdancefoods.example/r/sca-kaczmarek\n"
                                     "Please have your CV and the Excel case you mentioned at hand."),
                "LOCATION:https://meet.verdancefoods.example/r/sca-kaczmarek",
                "ORGANIZER;CN=Verdance Foods:mailto:noreply@candidates.workablemail.example",
                f"ATTENDEE;CN={user[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{user[1]}",
                "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m = base_msg("Verdance Foods <noreply@candidates.workablemail.example>", f"{user[0]} <{user[1]}>",
                 "Interview invitation: Supply Chain Analyst at Verdance Foods", sent,
                 mid("e09", "candidates.workablemail.example"),
                 reply_to=f"{rec[0]} <{rec[1]}>", delivered_to=user[1])
    m.set_content(body, cte="base64")
    m.add_alternative(html, subtype="html", cte="base64")
    m.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="interview.ics",
                     params={"method": "REQUEST", "charset": "utf-8"})
    boundaries(m, "e09")
    label = {"user": user[1], "interview": True,
             "interviews": [iv("Verdance Foods", "Supply Chain Analyst", start, end, "scheduled",
                               [], [rec[1]], "hiring_manager")],
             "difficulty": "hard", "category": "positive/ats-workable-ics",
             "notes": "Workable mail (base64) + .ics; interviewer only named in the .ics DESCRIPTION, no address -> "
                      "interviewer_emails empty, follow-up to Talent Partner Reply-To. Day after EU DST end -> +01:00."}
    return [("01-message.eml", m)], label


def c_user_research():
    user_mail = "priya@loomstack.example"
    tz = "America/Chicago"
    start, end = at(2026, 6, 17, 11, 0, tz), at(2026, 6, 17, 11, 30, tz)
    ev = {
        "kind": "calendar#event", "etag": "\"3391745628414000\"", "id": "1n4s0lq8v2kd7t0m6ejq3r9b5c",
        "status": "confirmed", "htmlLink": "https://calendar.google.example/event?eid=MW40czBscTh2MmtkN3Qw",
        "created": "2026-06-11T15:02:11.000Z", "updated": "2026-06-12T09:46:54.207Z",
        "summary": "Customer interview - Harbor Dental Group (Dr. Ines Park)",
        "description": "Discovery interview #7 (scheduling pain points for multi-location practices).\n"
                       "Script: https://docs.loomstack.example/research/discovery-v3\n"
                       "- Ask to record (consent)\n- Don't pitch! Listen for workarounds\n"
                       "- Send $50 gift card afterwards\nNote-taker: Theo",
        "location": "https://meet.google.example/pzk-rqwe-bnd",
        "creator": {"email": user_mail, "self": True},
        "organizer": {"email": user_mail, "self": True},
        "start": {"dateTime": iso(start), "timeZone": tz},
        "end": {"dateTime": iso(end), "timeZone": tz},
        "iCalUID": "1n4s0lq8v2kd7t0m6ejq3r9b5c@google.example", "sequence": 1,
        "attendees": [
            {"email": user_mail, "displayName": "Priya Venkataraman", "organizer": True, "self": True,
             "responseStatus": "accepted"},
            {"email": "ines.park@harbordentalgroup.example", "displayName": "Ines Park", "responseStatus": "accepted"},
            {"email": "theo@loomstack.example", "displayName": "Theo Marchetti", "responseStatus": "accepted"}],
        "hangoutLink": "https://meet.google.example/pzk-rqwe-bnd",
        "conferenceData": {"entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.example/pzk-rqwe-bnd",
                                            "label": "meet.google.example/pzk-rqwe-bnd"}],
                           "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                           "conferenceId": "pzk-rqwe-bnd"},
        "reminders": {"useDefault": True}, "eventType": "default"}
    label = {"user": user_mail, "interview": False, "interviews": [], "difficulty": "medium",
             "category": "negative/user-research-organizer",
             "notes": "User (startup founder) organizes a customer-discovery interview; user-research, not a job interview."}
    return [("01-event.gcal.json", ev)], label


def c_reschedule():
    user = ("Diego Fuentes", "diego.fuentes@mailhaus.example")
    coord = ("Alana Brightwater", "alana.brightwater@pinecrestrobotics.example")
    intv = ("Victor Osei", "victor.osei@pinecrestrobotics.example")
    tz = "America/Denver"
    s1, e1 = at(2026, 3, 5, 10, 0, tz), at(2026, 3, 5, 11, 0, tz)
    s2, e2 = at(2026, 3, 12, 10, 0, tz), at(2026, 3, 12, 11, 0, tz)
    summary = "Technical Interview: Diego Fuentes / Pinecrest Robotics (Motion Planning Engineer)"
    desc = ("Hi Diego,\n\nThis is your technical interview with Victor Osei (Senior Robotics Engineer). Expect a mix of "
            "motion-planning fundamentals and a live coding exercise in C++ or Python - your choice.\n\n"
            "Zoom: https://pinecrest.zoom.example/j/93018442017\n\nAlana Brightwater, Recruiting Coordinator")
    att = [coord, user, intv]
    uid1 = "0r7m2kq9t1c6f4hn8d3s5b0vaa@google.example"
    uid2 = "5gd1e8u2o7p3w9j0c6xk4n2tbb@google.example"
    m1 = google_invite(seed="e11-1", user=user, organizer=coord, attendees=att, summary=summary, start=s1, end=e1,
                       abbr="MST", description=desc, location="https://pinecrest.zoom.example/j/93018442017",
                       uid=uid1, sent=at(2026, 2, 24, 13, 30, tz))
    m2 = google_invite(seed="e11-2", user=user, organizer=coord, attendees=att, summary=summary, start=s1, end=e1,
                       abbr="MST", description=desc, location="https://pinecrest.zoom.example/j/93018442017",
                       uid=uid1, sent=at(2026, 3, 3, 8, 51, tz), method="CANCEL", sequence=1, status="CANCELLED")
    b3 = """Hi Diego,

Apologies for the churn! Victor got pulled onto a field deployment in Greeley this week, so I had to cancel Thursday's slot. I've just sent a new invite for next Thursday (3/12), same time - 10am Mountain, same Zoom link.

Just so it doesn't catch you off guard: daylight saving starts that Sunday, but 10am Mountain is 10am Mountain :)

Thanks for being flexible,
Alana

Alana Brightwater | Recruiting Coordinator | Pinecrest Robotics
"""
    m3 = base_msg(f"{coord[0]} <{coord[1]}>", f"{user[0]} <{user[1]}>", "Your Pinecrest interview - new time",
                  at(2026, 3, 3, 8, 58, tz), mid("e11-3", "pinecrestrobotics.example"), delivered_to=user[1])
    m3.set_content(b3)
    m4 = google_invite(seed="e11-4", user=user, organizer=coord, attendees=att, summary=summary, start=s2, end=e2,
                       abbr="MDT", description=desc, location="https://pinecrest.zoom.example/j/93018442017",
                       uid=uid2, sent=at(2026, 3, 3, 8, 55, tz))
    label = {"user": user[1], "interview": True,
             "interviews": [
                 iv("Pinecrest Robotics", "Motion Planning Engineer", s1, e1, "cancelled", [intv[1]], [intv[1]], "technical"),
                 iv("Pinecrest Robotics", "Motion Planning Engineer", s2, e2, "scheduled", [intv[1]], [intv[1]], "technical")],
             "difficulty": "hard", "category": "positive/reschedule-new-uid",
             "notes": "Original Google invite (UID A) cancelled via METHOD:CANCEL, re-booked with a NEW UID one week later "
                      "-> two entries. Old slot MST (-07:00), new slot after US DST (MDT -06:00). Coordinator only schedules."}
    return [("01-message.eml", m1), ("02-message.eml", m2), ("03-message.eml", m4), ("04-message.eml", m3)], label


def c_toronto_fr():
    user = ("Camille Beaudry", "camille.beaudry@courriel.example")
    rec = ("Jean-François Lapointe", "jf.lapointe@borealassurances.example")
    tz = "America/Toronto"
    t1 = at(2026, 10, 27, 15, 12, tz)
    t2 = at(2026, 10, 28, 8, 2, tz)
    t3 = at(2026, 10, 29, 10, 26, tz)
    start, end = at(2026, 11, 3, 9, 30, tz), at(2026, 11, 3, 10, 0, tz)
    id1, id2, id3 = (mid("e12-1", "borealassurances.example"), mid("e12-2", "courriel.example"),
                     mid("e12-3", "borealassurances.example"))
    sig = """Jean-François Lapointe
Conseiller principal, Acquisition de talents
Boréal Assurances | 200, rue Front Ouest (fictif), Toronto
"""
    b1 = f"""Bonjour Camille,

Merci pour votre candidature au poste d'analyste actuariel(le) à notre bureau de Toronto. Votre profil a retenu notre attention et j'aimerais planifier une courte entrevue téléphonique d'environ 30 minutes.

Seriez-vous disponible lundi 2 novembre en après-midi, ou mardi 3 novembre en matinée?

Au plaisir,
{sig}"""
    b2 = f"""Bonjour Jean-François,

Merci beaucoup! Mardi 3 novembre à 9 h 30 me conviendrait parfaitement, si cela vous va.

Bonne journée,
Camille

Le mar. 27 oct. 2026, à 15 h 12, Jean-François Lapointe <{rec[1]}> a écrit :
""" + "".join("> " + l + "\n" for l in b1.splitlines())
    b3 = f"""Bonjour Camille,

Parfait, c'est noté. Je vous confirme notre entrevue téléphonique le mardi 3 novembre à 9 h 30 (heure de l'Est). Je vous appellerai au 416 555-0147.

Petit rappel : nous revenons à l'heure normale dans la nuit du 31 octobre au 1er novembre.

À mardi!
{sig}
Le mer. 28 oct. 2026, à 08 h 02, Camille Beaudry <{user[1]}> a écrit :
""" + "".join("> " + l + "\n" for l in b2.splitlines())
    subj = "Entrevue - Analyste actuariel(le), Boréal Assurances"
    m1 = base_msg(f"{rec[0]} <{rec[1]}>", f"{user[0]} <{user[1]}>", subj, t1, id1, delivered_to=user[1])
    m1.set_content(b1, cte="quoted-printable")
    m2 = base_msg(f"{user[0]} <{user[1]}>", f"{rec[0]} <{rec[1]}>", "RE: " + subj, t2, id2, in_reply_to=id1,
                  refs=id1, delivered_to=user[1])
    m2.set_content(b2, cte="quoted-printable")
    m3 = base_msg(f"{rec[0]} <{rec[1]}>", f"{user[0]} <{user[1]}>", "RE: " + subj, t3, id3, in_reply_to=id2,
                  refs=f"{id1} {id2}", delivered_to=user[1])
    m3.set_content(b3, cte="quoted-printable")
    label = {"user": user[1], "interview": True,
             "interviews": [iv("Boréal Assurances", "Analyste actuariel(le)", start, end, "scheduled",
                               [rec[1]], [rec[1]], "phone_screen")],
             "difficulty": "hard", "category": "positive/french-canada",
             "notes": "French thread (QP), recruiter conducts phone screen 'mardi 3 novembre à 9 h 30 (heure de l'Est)', "
                      "30 min from first mail. Thread in EDT, interview after DST end -> EST -05:00."}
    return [("01-message.eml", m1), ("02-message.eml", m2), ("03-message.eml", m3)], label


def c_mortgage():
    user = ("Eleanor Pike", "eleanor.pike@webpost.example")
    tz = "Europe/London"
    start, end = at(2026, 5, 9, 10, 0, tz), at(2026, 5, 9, 11, 30, tz)
    sent = at(2026, 4, 28, 17, 35, tz)
    body = """Dear Miss Pike,

Thank you for booking your mortgage interview with Harrowgate Building Society.

Your appointment
Date: Saturday 9 May 2026
Time: 10:00am (please allow up to 90 minutes)
Branch: Leeds Briggate, 58 Briggate (invented), Leeds
Your mortgage adviser: Graham Tulley

What to bring
- Photo ID (passport or driving licence) and proof of address
- Your last three months' payslips and bank statements
- Details of any existing credit commitments

During the interview your adviser will go through your income and outgoings and recommend a mortgage that suits your needs. We'll add the appointment to your calendar using the attached file.

If you need to change your appointment, call us on 0113 555 0188.

Yours sincerely,
Mortgage Appointments Team
Harrowgate Building Society

Your home may be repossessed if you do not keep up repayments on your mortgage.
"""
    ics = ical(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Harrowgate BS//Appointments//EN", "METHOD:REQUEST",
                "BEGIN:VEVENT", "UID:hbs-appt-20260509-LDS-7731@harrowgate.example", f"DTSTAMP:{z(sent)}",
                f"DTSTART:{z(start)}", f"DTEND:{z(end)}",
                "SUMMARY:Mortgage interview - Harrowgate Building Society (Leeds Briggate)",
                "LOCATION:58 Briggate\\, Leeds", "DESCRIPTION:With mortgage adviser Graham Tulley. Ref LDS-7731.",
                "ORGANIZER;CN=Harrowgate Building Society:mailto:appointments@harrowgate.example",
                f"ATTENDEE;CN={user[0]};RSVP=FALSE:mailto:{user[1]}",
                "ATTENDEE;CN=Graham Tulley:mailto:graham.tulley@harrowgate.example",
                "END:VEVENT", "END:VCALENDAR"])
    m = base_msg("Harrowgate Building Society <appointments@harrowgate.example>", user[1],
                 "Your mortgage interview is booked - Saturday 9 May, 10:00am", sent, mid("e13", "harrowgate.example"),
                 delivered_to=user[1])
    m.set_content(body)
    m.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="appointment.ics",
                     params={"method": "REQUEST", "charset": "utf-8"})
    boundaries(m, "e13")
    label = {"user": user[1], "interview": False, "interviews": [], "difficulty": "medium",
             "category": "negative/bank-appointment",
             "notes": "Building-society 'mortgage interview' with an adviser (.ics with a named person); not a job interview."}
    return [("01-message.eml", m)], label


def c_loop():
    user = ("Nikhil Arora", "nikhil.arora@mailcube.example")
    coord = ("Jess Kuroda", "jess.kuroda@marrowline.example")
    i1 = ("Helena Szabo", "helena.szabo@marrowline.example")
    i2 = ("Raymond Achebe", "raymond.achebe@marrowline.example")
    tz = "America/Los_Angeles"
    s1, e1 = at(2026, 11, 2, 10, 0, tz), at(2026, 11, 2, 11, 0, tz)
    s2, e2 = at(2026, 11, 2, 11, 30, tz), at(2026, 11, 2, 12, 30, tz)
    loc = "Marrowline Bio, 400 Gateway Blvd (invented), South San Francisco - check in at lobby"
    d1 = ("Part 1 of 2 of your onsite for Computational Biologist, Single-Cell.\n\n"
          "Interviewer: Dr. Helena Szabo, Principal Scientist - single-cell methods deep dive (bring a project to "
          "walk through; a screen is in the room).\n\nAfter this session you'll have a short break before part 2.")
    d2 = ("Part 2 of 2 of your onsite for Computational Biologist, Single-Cell.\n\n"
          "Interviewer: Raymond Achebe, Director, Computational Biology - team fit, roadmap and your questions.\n\n"
          "Jess will meet you in the lobby afterwards to walk you out.")
    m1 = google_invite(seed="e14-1", user=user, organizer=coord, attendees=[coord, user, i1],
                       summary="Marrowline Bio onsite (1 of 2): Single-cell methods - Nikhil Arora", start=s1, end=e1,
                       abbr="PST", description=d1, location=loc,
                       uid="2h7v0b9q3m1x8c5k0p4d6r1nza@google.example", sent=at(2026, 10, 27, 14, 2, tz))
    m2 = google_invite(seed="e14-2", user=user, organizer=coord, attendees=[coord, user, i2],
                       summary="Marrowline Bio onsite (2 of 2): Team fit & roadmap - Nikhil Arora", start=s2, end=e2,
                       abbr="PST", description=d2, location=loc,
                       uid="7k3c9w1e5y0t2n8q6b4m0j1fzb@google.example", sent=at(2026, 10, 27, 14, 32, tz))
    label = {"user": user[1], "interview": True,
             "interviews": [iv("Marrowline Bio", "Computational Biologist, Single-Cell", s1, e2, "scheduled",
                               [i1[1], i2[1]], [i1[1], i2[1]], "onsite")],
             "difficulty": "hard", "category": "positive/loop-two-invites",
             "notes": "Two Google invites sent 30 min apart for two sessions on the same day with a 30-min break -> one "
                      "onsite 10:00-12:30. Day after US DST end -> PST -08:00 (invites sent in PDT)."}
    return [("01-message.eml", m1), ("02-message.eml", m2)], label


def c_podcast():
    user = ("Jordan Vale", "jordan@shippingitpod.example")
    guest = ("Amira Haddad", "amira@corvidlabs.example")
    asst = ("Maya Reyes", "maya.reyes@corvidlabs.example")
    tz = "America/Los_Angeles"
    start, end = at(2026, 7, 16, 14, 0, tz), at(2026, 7, 16, 15, 15, tz)
    t1 = at(2026, 7, 7, 9, 15, tz)
    sent_ics = at(2026, 7, 7, 11, 40, tz)
    body = f"""Hi Jordan,

Confirming Amira for the Shipping It recording on Thursday the 16th at 2pm PT. She's really looking forward to the interview - she asked if you could steer away from fundraising questions and focus on the on-device inference work.

She'll join from our Oakland office on Riverside; she has a Shure MV7, so no need to ship a kit.

Could you send over the calendar invite with the Riverside link when you get a chance?

Thanks!
Maya Reyes
Chief of Staff to the CEO, Corvid Labs
"""
    m = base_msg(f"{asst[0]} <{asst[1]}>", f"{user[0]} <{user[1]}>", "Amira x Shipping It - recording confirmed",
                 t1, mid("e15-1", "corvidlabs.example"), cc=f"{guest[0]} <{guest[1]}>", delivered_to=user[1])
    m.set_content(body)
    ics = ical(["BEGIN:VCALENDAR", "PRODID:-//Apple Inc.//macOS 16.0//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
                "METHOD:REQUEST",
                "BEGIN:VTIMEZONE", "TZID:America/Los_Angeles",
                "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
                "DTSTART:20070311T020000", "TZNAME:PDT", "TZOFFSETTO:-0700", "END:DAYLIGHT",
                "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
                "DTSTART:20071104T020000", "TZNAME:PST", "TZOFFSETTO:-0800", "END:STANDARD", "END:VTIMEZONE",
                "BEGIN:VEVENT", f"CREATED:{z(sent_ics)}", f"DTSTAMP:{z(sent_ics)}",
                f"DTSTART;TZID=America/Los_Angeles:{local(start)}", f"DTEND;TZID=America/Los_Angeles:{local(end)}",
                "SUMMARY:Shipping It ep. 41 recording - guest: Amira Haddad (Corvid Labs)",
                "DESCRIPTION:" + esc("Riverside studio: https://riverside.example/studio/shipping-it\n"
                                     "Run of show: intro (2 min), origin story, on-device inference, hiring "
                                     "philosophy, rapid fire.\nHost: Jordan Vale"),
                f"ORGANIZER;CN={user[0]}:mailto:{user[1]}",
                f"ATTENDEE;CN={user[0]};PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:{user[1]}",
                f"ATTENDEE;CN={guest[0]};PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{guest[1]}",
                f"ATTENDEE;CN={asst[0]};PARTSTAT=NEEDS-ACTION;ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:{asst[1]}",
                "LOCATION:Riverside (remote)", "UID:9B1E6C0A-4F57-4D1C-8E0B-2C77A41F0E93", "SEQUENCE:0",
                "URL:https://riverside.example/studio/shipping-it", "END:VEVENT", "END:VCALENDAR"])
    label = {"user": user[1], "interview": False, "interviews": [], "difficulty": "medium",
             "category": "negative/podcast-host",
             "notes": "User hosts a podcast and interviews a guest (user is ORGANIZER/CHAIR); press/podcast interview."}
    return [("01-message.eml", m), ("02-recording.ics", ics)], label


def c_gcal_declined():
    user_mail = "lars.eriksen@nordmail.example"
    tz_user = ZoneInfo("America/Los_Angeles")
    start, end = at(2026, 5, 19, 15, 0, "Asia/Tokyo"), at(2026, 5, 19, 16, 0, "Asia/Tokyo")
    ev = {
        "kind": "calendar#event", "etag": "\"3392210557634000\"", "id": "4f0q2mvb8ts1k7lhg3e9a6c2ud",
        "status": "confirmed", "htmlLink": "https://calendar.google.example/event?eid=NGYwcTJtdmI4dHMxaz",
        "created": "2026-05-08T02:11:40.000Z", "updated": "2026-05-14T08:37:18.817Z",
        "summary": "Kitsune Ledger - Technical Interview (Lars Eriksen)",
        "description": "Senior Backend Engineer (Payments)\n\nInterviewers: Kenji Aoyama (Backend Lead), "
                       "Sara Lindqvist (Staff Engineer)\nFormat: 60 min - live coding (30) + payments system design (30)\n\n"
                       "Scheduled by Mio Tanabe, Talent Acquisition. Please reply to mio.tanabe@kitsuneledger.example "
                       "if you need to move this.",
        "creator": {"email": "mio.tanabe@kitsuneledger.example", "displayName": "Mio Tanabe"},
        "organizer": {"email": "mio.tanabe@kitsuneledger.example", "displayName": "Mio Tanabe"},
        "start": {"dateTime": start.astimezone(tz_user).isoformat(), "timeZone": "Asia/Tokyo"},
        "end": {"dateTime": end.astimezone(tz_user).isoformat(), "timeZone": "Asia/Tokyo"},
        "iCalUID": "4f0q2mvb8ts1k7lhg3e9a6c2ud@google.example", "sequence": 0,
        "attendees": [
            {"email": "mio.tanabe@kitsuneledger.example", "displayName": "Mio Tanabe", "organizer": True,
             "responseStatus": "accepted"},
            {"email": user_mail, "displayName": "Lars Eriksen", "self": True, "responseStatus": "accepted"},
            {"email": "kenji.aoyama@kitsuneledger.example", "displayName": "Kenji Aoyama", "responseStatus": "accepted"},
            {"email": "sara.lindqvist@kitsuneledger.example", "displayName": "Sara Lindqvist",
             "responseStatus": "declined", "comment": "Out sick, sorry - Kenji will cover both parts."}],
        "hangoutLink": "https://meet.google.example/kvt-mxsa-qwe",
        "conferenceData": {
            "entryPoints": [
                {"entryPointType": "video", "uri": "https://meet.google.example/kvt-mxsa-qwe",
                 "label": "meet.google.example/kvt-mxsa-qwe"},
                {"entryPointType": "phone", "uri": "tel:+81-3-5555-0142", "label": "+81 3-5555-0142", "pin": "482910337"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": "kvt-mxsa-qwe"},
        "guestsCanModify": False, "reminders": {"useDefault": True}, "eventType": "default"}
    label = {"user": user_mail, "interview": True,
             "interviews": [iv("Kitsune Ledger", "Senior Backend Engineer (Payments)", start, end, "scheduled",
                               ["kenji.aoyama@kitsuneledger.example"], ["kenji.aoyama@kitsuneledger.example"],
                               "technical")],
             "difficulty": "hard", "category": "positive/gcal-api-declined-interviewer",
             "notes": "Calendar API event with conferenceData; dateTime rendered in the user's LA calendar (-07:00) while "
                      "the event zone is Asia/Tokyo. Sara declined (out sick) -> not an interviewer/recipient; "
                      "organizer Mio only schedules."}
    return [("01-event.gcal.json", ev)], label


def c_takehome():
    user = ("Oluwaseun Adeyemi", "seun.adeyemi@mailpoint.example")
    sent = at(2026, 2, 17, 18, 4, "Europe/Dublin")
    body = """Hi Oluwaseun,

Thanks for submitting your take-home exercise for the Product Designer role at Cobaltline - we know it takes real time and effort, and we appreciate it.

What happens next
Our design team reviews every submission within 5 business days. If we decide to move forward, the next step is a 60-minute portfolio interview with two designers from the team, where you'll walk us through the exercise. We'll reach out to schedule that with you directly.

Your submission
- cobaltline_takehome_adeyemi.pdf (received Tue 17 Feb 2026, 18:03 GMT)
- Figma link: provided

In the meantime, feel free to reply to this email if you have any questions.

Cheers,
Cobaltline Talent Team
"""
    m = base_msg("Cobaltline Hiring <no-reply@ashbyhq-mail.example>", f"{user[0]} <{user[1]}>",
                 "We received your take-home - Product Designer at Cobaltline", sent, mid("e17", "ashbyhq-mail.example"),
                 reply_to="Cobaltline Talent <talent@cobaltline.example>", delivered_to=user[1])
    m.set_content(body)
    m.add_alternative("<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in body.split("\n\n"))
                      + "</body></html>", subtype="html")
    boundaries(m, "e17")
    label = {"user": user[1], "interview": False, "interviews": [], "difficulty": "medium",
             "category": "negative/take-home-receipt",
             "notes": "Ashby take-home submission receipt; mentions a possible future 60-min interview with no time."}
    return [("01-message.eml", m)], label


def c_your_time_pt():
    user = ("Maya Lindgren", "maya.lindgren@pacificmail.example")
    rec = ("Harriet Cole", "harriet.cole@fenwickashby.example")
    hm = ("Owen Pryce", "owen.pryce@fenwickashby.example")
    lon = "Europe/London"
    t1 = at(2026, 3, 16, 9, 12, lon)
    t2 = at(2026, 3, 16, 8, 40, "America/Los_Angeles")
    t3 = at(2026, 3, 17, 8, 5, lon)
    start = at(2026, 3, 19, 11, 0, "America/Los_Angeles")
    end = start + timedelta(minutes=45)
    assert start.astimezone(ZoneInfo(lon)).hour == 18
    id1, id2, id3 = mid("e18-1", "fenwickashby.example"), mid("e18-2", "pacificmail.example"), mid("e18-3", "fenwickashby.example")
    b1 = """Hi Maya,

Lovely to speak on Friday. Good news - Owen Pryce, our CMO, would like to meet you for the Head of Growth Marketing role this week.

He's travelling but could do Thursday at 11am your time (PT) - that's 6pm for us in London, as your clocks have already gone forward and ours haven't yet. It'd be 45 minutes on Zoom.

Would that work for you?

Best wishes,
Harriet

Harriet Cole
Senior Talent Partner | Fenwick Ashby Partners
"""
    b2 = f"""Hi Harriet,

Thursday at 11 works perfectly - thank you for working around the time difference!

Maya

On Mon, Mar 16, 2026 at 2:12 AM Harriet Cole <{rec[1]}> wrote:
""" + "".join("> " + l + "\n" for l in b1.splitlines())
    b3 = f"""Hi Maya,

Brilliant - you're confirmed with Owen on Thursday, 11:00 PT / 18:00 GMT.

Zoom: https://fenwickashby.zoom.example/j/71530094482 (passcode 559120)

I've copied Owen here so you have each other's details in case anything changes on the day.

Best of luck - you'll get on well!
Harriet

On Mon, 16 Mar 2026 at 15:40, Maya Lindgren <{user[1]}> wrote:
""" + "".join("> " + l + "\n" for l in b2.splitlines())
    subj = "Fenwick Ashby - next step"
    m1 = base_msg(f"{rec[0]} <{rec[1]}>", f"{user[0]} <{user[1]}>", subj, t1, id1, delivered_to=user[1])
    m1.set_content(b1)
    m2 = base_msg(f"{user[0]} <{user[1]}>", f"{rec[0]} <{rec[1]}>", "Re: " + subj, t2, id2, in_reply_to=id1, refs=id1,
                  delivered_to=user[1])
    m2.set_content(b2)
    m3 = base_msg(f"{rec[0]} <{rec[1]}>", f"{user[0]} <{user[1]}>", "Re: " + subj, t3, id3,
                  cc=f"{hm[0]} <{hm[1]}>", in_reply_to=id2, refs=f"{id1} {id2}", delivered_to=user[1])
    m3.set_content(b3)
    label = {"user": user[1], "interview": True,
             "interviews": [iv("Fenwick Ashby Partners", "Head of Growth Marketing", start, end, "scheduled",
                               [hm[1]], [hm[1]], "hiring_manager")],
             "difficulty": "hard", "category": "positive/candidate-timezone",
             "notes": "London recruiter names '11am your time (PT)' = 6pm London during the Mar 8-29 DST gap (PDT -07:00). "
                      "'Thursday' resolved against Mon Mar 16 -> Mar 19. CMO cc'd on confirmation conducts it."}
    return [("01-message.eml", m1), ("02-message.eml", m2), ("03-message.eml", m3)], label


def c_prep_hold():
    user_mail = "tomas.herrera@correo-andino.example"
    tz = "America/Bogota"
    start, end = at(2026, 6, 8, 18, 0, tz), at(2026, 6, 8, 19, 30, tz)
    ev = {
        "kind": "calendar#event", "etag": "\"3393660145812000\"", "id": "6t2bq0e9f1k8mz4v7c3h5rj0sl",
        "status": "confirmed", "htmlLink": "https://calendar.google.example/event?eid=NnQyYnEwZTlmMWs4bXo0",
        "created": "2026-06-02T23:14:05.000Z", "updated": "2026-06-02T23:15:41.906Z",
        "summary": "Prep for Kestrel Aerospace interview",
        "description": "- Re-read notes from recruiter call (Drive > Job search > Kestrel)\n"
                       "- Practice 5 STAR stories out loud (conflict, failure, leadership)\n"
                       "- 2 system design warmups: rate limiter, telemetry ingestion\n"
                       "- Questions to ask them about on-call",
        "colorId": "5",
        "creator": {"email": user_mail, "self": True},
        "organizer": {"email": user_mail, "self": True},
        "start": {"dateTime": iso(start), "timeZone": tz},
        "end": {"dateTime": iso(end), "timeZone": tz},
        "iCalUID": "6t2bq0e9f1k8mz4v7c3h5rj0sl@google.example", "sequence": 0,
        "attendees": [{"email": user_mail, "organizer": True, "self": True, "responseStatus": "accepted"}],
        "transparency": "opaque",
        "reminders": {"useDefault": False, "overrides": [{"method": "popup", "minutes": 10}]},
        "eventType": "default"}
    label = {"user": user_mail, "interview": False, "interviews": [], "difficulty": "hard",
             "category": "negative/self-prep-hold",
             "notes": "Self-created prep block mentioning an interview; the interview itself (time unknown) is not in the case."}
    return [("01-event.gcal.json", ev)], label


def c_romance():
    user = ("Mathilde Verhaegen", "mathilde.verhaegen@skynet-mail.example")
    hm = ("Bruno Declercq", "bruno.declercq@ardennelogic.example")
    tz = "Europe/Brussels"
    start, end = at(2026, 10, 23, 14, 0, tz), at(2026, 10, 23, 15, 0, tz)
    sent = at(2026, 10, 14, 11, 37, tz)
    teams = "https://teams.microsoft.example/l/meetup-join/19%3ameeting_ZmQ1YjAx%40thread.v2/0?context=%7b%22Tid%22%3a%22a1%22%7d"
    body = f"""Hello Mathilde,

Thanks again for your time with Sofie last week. As the hiring manager for the QA Automation Engineer position, I'd like to continue the conversation with you - mostly about how you approach test strategy for our route-optimisation platform, and what you'd want to build in your first months.

Feel free to bring questions about the team; we're 6 engineers split between Brussels and Ghent.

Kind regards,
Bruno Declercq
Engineering Manager - Ardenne Logic

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<{teams}>
Meeting ID: 312 884 906 552
Passcode: Kq7mX2
Learn More | Meeting options
________________________________________________________________________________
"""
    m = exchange_invite(seed="e20", user=user, organizer=hm, required=[user],
                        summary="Interview - QA Automation Engineer - Mathilde Verhaegen", start=start,
                        end=end, win_tz="Romance Standard Time",
                        vtz=vtz_windows("Romance Standard Time", "+0100", "+0200", 3, 10),
                        display_when="Friday, 23 October 2026 14:00-15:00 (UTC+01:00) Brussels, Copenhagen, Madrid, Paris",
                        location="Microsoft Teams Meeting", body_plain=body,
                        uid="040000008200E00074C5B7101A82E0080000000070C9A2E4F1D9DC0100000000000000001000000093AB44",
                        sent=sent, teams=teams)
    label = {"user": user[1], "interview": True,
             "interviews": [iv("Ardenne Logic", "QA Automation Engineer", start, end, "scheduled",
                               [hm[1]], [hm[1]], "hiring_manager")],
             "difficulty": "hard", "category": "positive/outlook-windows-tzid",
             "notes": "Outlook/Teams invite, TZID 'Romance Standard Time' with VTIMEZONE; display label says (UTC+01:00) "
                      "but Oct 23 is still CEST -> +02:00 (EU DST ends Oct 25)."}
    return [("01-message.eml", m)], label


CASES = [
    ("e01-quillfeather", c_greenhouse),
    ("e02-eventpunkt", c_networking),
    ("e03-brindle-oak", c_thread),
    ("e04-alcaravan", c_madrid),
    ("e05-summit-ridge", c_outreach),
    ("e06-halvorsen", c_exchange_room),
    ("e07-wattle-grove", c_parent_teacher),
    ("e08-tallowbird", c_founder_coffee),
    ("e09-verdance", c_workable),
    ("e10-harbor-dental", c_user_research),
    ("e11-pinecrest", c_reschedule),
    ("e12-boreal", c_toronto_fr),
    ("e13-harrowgate", c_mortgage),
    ("e14-marrowline", c_loop),
    ("e15-corvid", c_podcast),
    ("e16-kitsune", c_gcal_declined),
    ("e17-cobaltline", c_takehome),
    ("e18-fenwick-ashby", c_your_time_pt),
    ("e19-kestrel", c_prep_hold),
    ("e20-ardenne", c_romance),
]


def main():
    labels = {}
    for cid, fn in CASES:
        d = os.path.join(HERE, cid)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        items, label = fn()
        for name, obj in items:
            write(d, name, obj)
        label["source"] = "synthetic"
        labels[cid] = label
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# BLIND4 labels - generated by make_cases.py; schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110)
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
