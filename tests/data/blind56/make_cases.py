#!/usr/bin/env python3
"""Deterministic generator for the blind56 interview-detection set.

Rewrites every b56-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All people, companies and domains are invented.
"""
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = "rafa.quintanilla@example.com"
OWNER_NAME = "Rafael Quintanilla"
OWNER_HDR = f"{OWNER_NAME} <{OWNER}>"

CHI = ZoneInfo("America/Chicago")
LA = ZoneInfo("America/Los_Angeles")
BER = ZoneInfo("Europe/Berlin")
MTY = ZoneInfo("America/Monterrey")
UTC = timezone.utc


def T(y, mo, d, h, mi=0, tz=CHI):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def iso(dt):
    return dt.isoformat() if dt is not None else None


# ----------------------------------------------------------------- iCalendar
def _fold(line):
    raw = line.encode("utf-8")
    parts = []
    limit = 75
    while len(raw) > limit:
        cut = limit
        while cut > 0 and (raw[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(raw[:cut])
        raw = raw[cut:]
        limit = 74
    parts.append(raw)
    return b"\r\n ".join(parts).decode("utf-8")


def ics_text(lines):
    return "\r\n".join(_fold(l) for l in lines) + "\r\n"


def esc(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def utcstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt, tz):
    return dt.astimezone(tz).strftime("%Y%m%dT%H%M%S")


VTZ_CHICAGO = [
    "BEGIN:VTIMEZONE", "TZID:America/Chicago", "X-LIC-LOCATION:America/Chicago",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500", "TZNAME:CDT",
    "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600", "TZNAME:CST",
    "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
    "END:VTIMEZONE",
]
VTZ_WIN_CENTRAL = [
    "BEGIN:VTIMEZONE", "TZID:Central Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]
VTZ_WIN_WEUROPE = [
    "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]


def vcalendar(prodid, method, vevent_lines, vtz=None):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    if vtz:
        lines += vtz
    lines += vevent_lines
    lines.append("END:VCALENDAR")
    return ics_text(lines)


# ----------------------------------------------------------------- e-mail
def mail(frm, to, subject, date, *, msgid, text=None, html=None, text_cte=None,
         html_cte=None, cc=None, reply_to=None, in_reply_to=None, references=None,
         sender=None, calendar=None, cal_method="REQUEST", cal_cte="7bit",
         attach=None, extra=(), delivered_to=OWNER, relay="mx.example.com"):
    m = EmailMessage(policy=POLICY)
    m["Delivered-To"] = delivered_to
    m["Received"] = (f"from {relay} ({relay} [198.51.100.{len(subject) % 200 + 10}])"
                     f" by mx.example.com with ESMTPS id {abs(hash_str(msgid)) % 10**10:010d}"
                     f" for <{delivered_to}>; {format_datetime(date)}")
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
    if references:
        m["References"] = references
    if text is not None:
        m.set_content(text, cte=text_cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    else:
        m.set_content(html, subtype="html", cte=html_cte)
    if calendar is not None:
        if cal_cte == "7bit" and not calendar.isascii():
            cal_cte = "base64"
        m.add_alternative(calendar, subtype="calendar", params={"method": cal_method}, cte=cal_cte)
    for (data, maintype, subtype, fname) in (attach or []):
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    for k, v in extra:
        m[k] = v
    i = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary(f"00000000b56{hash_str(msgid) % 10**9:09d}{i:02d}")
            i += 1
    return m.as_bytes(policy=POLICY.clone(max_line_length=200))


def hash_str(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % (2 ** 61 - 1)
    return h


CASES = []  # (case_id, [(fname, bytes)], label)


def case(cid, items, label):
    lab = {"user": OWNER}
    lab.update(label)
    lab.setdefault("source", "synthetic")
    CASES.append((cid, items, lab))


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end),
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(recipients), "kind": kind}


def enc(b):
    return b if isinstance(b, bytes) else b.encode("utf-8")


# =================================================================== POSITIVES
# ---- 01 Jobrio (Indeed-like board) confirmation + employer e-mail, "half past ten"
def c01():
    start, end = T(2026, 2, 12, 10, 30), T(2026, 2, 12, 11, 0)
    d1 = T(2026, 2, 10, 9, 12)
    ev = vcalendar("-//Jobrio//Interview Scheduler 4.2//EN", "REQUEST", [
        "BEGIN:VEVENT",
        "UID:jbr-int-7781204-5521@jobrio.example",
        f"DTSTAMP:{utcstamp(d1)}",
        f"DTSTART:{utcstamp(start)}",
        f"DTEND:{utcstamp(end)}",
        "SUMMARY:Phone interview - Gulfbend Distribution",
        "DESCRIPTION:" + esc("Phone interview for Warehouse Supervisor - 2nd Shift.\n"
                             "Gulfbend Distribution will call you at the number on your Jobrio profile.\n"
                             "Manage this interview: https://jobrio.example/interviews/7781204"),
        "LOCATION:Phone call",
        "ORGANIZER;CN=Jobrio Interviews:mailto:interviews-noreply@jobrio.example",
        f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
        "STATUS:CONFIRMED", "SEQUENCE:0", "TRANSP:OPAQUE",
        "END:VEVENT"])
    text1 = (
        "Jobrio\n\n"
        "Your interview is confirmed\n\n"
        "Hi Rafael,\n\n"
        "You accepted an interview with Gulfbend Distribution.\n\n"
        "Job: Warehouse Supervisor - 2nd Shift\n"
        "Location: Houston, TX 77029\n"
        "Interview type: Phone\n"
        "When: Thursday, February 12, 2026, 10:30 AM - 11:00 AM (CST)\n"
        "Employer contact: Tamara Okafor\n\n"
        "The employer will call you at (832) 555-0147. Need to reschedule? Use the button in\n"
        "your Jobrio inbox so the employer is notified.\n\n"
        "Add to calendar: the attached file works with Google, Outlook and Apple calendars.\n\n"
        "Good luck!\nThe Jobrio team\n\n"
        "--\nYou are receiving this email because you applied to jobs on Jobrio.\n"
        "Jobrio, 100 Placeholder Ave, Austin, TX 78701 | Unsubscribe | Privacy\n")
    html1 = ("<html><body style=\"font-family:Arial\"><h2>Your interview is confirmed</h2>"
             "<p>Hi Rafael,</p><p>You accepted an interview with <b>Gulfbend Distribution</b>.</p>"
             "<table><tr><td>Job</td><td>Warehouse Supervisor - 2nd Shift</td></tr>"
             "<tr><td>Interview type</td><td>Phone</td></tr>"
             "<tr><td>When</td><td>Thursday, February 12, 2026<br>10:30 AM &ndash; 11:00 AM (CST)</td></tr>"
             "<tr><td>Employer contact</td><td>Tamara Okafor</td></tr></table>"
             "<p><a href=\"https://jobrio.example/interviews/7781204\">Reschedule or cancel</a></p>"
             "<p style=\"color:#888;font-size:11px\">Jobrio, 100 Placeholder Ave, Austin, TX 78701</p>"
             "</body></html>")
    m1 = mail("Jobrio <interviews-noreply@jobrio.example>", OWNER,
              "Interview confirmed: Gulfbend Distribution - Thu, Feb 12", d1,
              msgid="<0100018c.jbr7781204.a1@mailer.jobrio.example>",
              text=text1, html=html1, html_cte="quoted-printable",
              attach=[(enc(ev), "text", "calendar", "interview.ics")],
              relay="mailer.jobrio.example")
    d2 = T(2026, 2, 10, 13, 47)
    text2 = (
        "Rafael,\n\n"
        "Saw you accepted on Jobrio, thanks. Just so you have my direct info - I'll be the one\n"
        "calling you Thursday at half past ten. It'll be pretty informal, about 30 minutes. I want\n"
        "to hear about the crews you've run, how you handle call-outs on 2nd shift and your\n"
        "forklift/RF scanner experience.\n\n"
        "If something comes up just reply here or call my cell.\n\n"
        "Tamara Okafor\n"
        "Operations Manager | Gulfbend Distribution\n"
        "1450 Port Terminal Rd, Houston, TX 77029\n"
        "o. 713-555-0192  c. 281-555-0138\n")
    m2 = mail("Tamara Okafor <tokafor@gulfbenddist.example>", OWNER_HDR,
              "Thursday phone interview - Warehouse Supervisor", d2,
              msgid="<CAF3x9kq7-tokafor-0210@gulfbenddist.example>", text=text2,
              relay="mail.gulfbenddist.example")
    case("b56-01-jobrio-phone-screen-half-past-ten",
         [("01-jobrio-interview-confirmed.eml", m1), ("02-tamara-direct-note.eml", m2)],
         {"interview": True,
          "interviews": [iv("Gulfbend Distribution", "Warehouse Supervisor - 2nd Shift", start, end,
                            "scheduled", ["tokafor@gulfbenddist.example"],
                            ["tokafor@gulfbenddist.example"], "phone_screen")],
          "difficulty": "easy", "category": "positive/job-board-ats-ics",
          "notes": "Indeed-like board confirmation with UTC .ics (16:30Z) + employer mail 'half past ten'; one interview, CST."})


# ---- 02 Crewline open interview day, booked slot, DST edge (booked in CST, slot in CDT)
def c02():
    start, end = T(2026, 3, 10, 10, 0), T(2026, 3, 10, 10, 20)
    d1 = T(2026, 3, 6, 14, 5)
    html1 = (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>You're booked</title></head>"
        "<body style=\"margin:0;background:#f3f5f7\"><table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\">"
        "<tr><td align=\"center\"><table width=\"560\" style=\"background:#fff;font-family:Helvetica,Arial\">"
        "<tr><td style=\"background:#0f766e;color:#fff;padding:18px;font-size:20px\">crewline</td></tr>"
        "<tr><td style=\"padding:24px\"><h1 style=\"font-size:22px\">You&rsquo;re booked, Rafael! &#127881;</h1>"
        "<p>Your spot at the <b>Open Interview Day</b> for <b>Bayou Cold Storage</b> is reserved.</p>"
        "<p><b>Position:</b> Warehouse Lead (Freezer) &ndash; Full Time<br>"
        "<b>Your time slot:</b> Tuesday, March 10 &middot; 10:00&ndash;10:20 AM CT<br>"
        "<b>Where:</b> Bayou Cold Storage, 9100 Market St Rd, Houston, TX 77029 &ndash; Gate 2, front office</p>"
        "<p>The event runs 9 AM &ndash; 3 PM and walk-ins are welcome, but people with a booked slot are seen "
        "first. Please arrive 10 minutes early, bring a photo ID and wear closed-toe shoes. You will "
        "interview with one of our shift managers on the spot.</p>"
        "<p><a href=\"https://app.crewline.example/b/BCS-OID-0310/slot/1000\" "
        "style=\"background:#0f766e;color:#fff;padding:10px 16px;text-decoration:none\">Manage booking</a></p>"
        "<p style=\"font-size:13px\">Questions about the event? Lupe Garza, HR Generalist &ndash; "
        "<a href=\"mailto:lgarza@bayoucoldstorage.example\">lgarza@bayoucoldstorage.example</a> &middot; 713-555-0163</p>"
        "<p style=\"font-size:13px\">&iquest;Prefieres espa&ntilde;ol? Responde &ldquo;ES&rdquo; en la app.</p>"
        "</td></tr><tr><td style=\"padding:12px;font-size:11px;color:#999\">Crewline &middot; hiring for hourly teams "
        "&middot; This is an automated message, replies are not monitored.</td></tr></table></td></tr></table>"
        "</body></html>")
    m1 = mail("Crewline <no-reply@notify.crewline.example>", OWNER,
              "You're booked: Open Interview Day at Bayou Cold Storage", d1,
              msgid="<booking.BCS-OID-0310.88120@notify.crewline.example>",
              html=html1, html_cte="quoted-printable", relay="notify.crewline.example")
    d2 = T(2026, 3, 9, 10, 0)
    html2 = (
        "<html><body style=\"font-family:Helvetica,Arial\"><p style=\"color:#0f766e;font-size:18px\">crewline</p>"
        "<p>Hi Rafael, quick reminder: your interview with <b>Bayou Cold Storage</b> is <b>tomorrow at "
        "10:00 AM</b> (Open Interview Day, Gate 2 front office).</p>"
        "<p>Heads up: clocks sprang forward this weekend &ndash; 10:00 AM is local Houston time.</p>"
        "<p><a href=\"https://app.crewline.example/b/BCS-OID-0310/slot/1000\">I'll be there</a> &nbsp;|&nbsp; "
        "<a href=\"https://app.crewline.example/b/BCS-OID-0310/cancel\">Can't make it</a></p>"
        "<p style=\"font-size:11px;color:#999\">Crewline &middot; automated message</p></body></html>")
    m2 = mail("Crewline <no-reply@notify.crewline.example>", OWNER,
              "Reminder: Bayou Cold Storage interview tomorrow 10:00 AM", d2,
              msgid="<reminder.BCS-OID-0310.88120@notify.crewline.example>",
              html=html2, relay="notify.crewline.example")
    case("b56-02-crewline-open-interview-day-booked-slot",
         [("01-crewline-youre-booked.eml", m1), ("02-crewline-reminder-tomorrow.eml", m2)],
         {"interview": True,
          "interviews": [iv("Bayou Cold Storage", "Warehouse Lead (Freezer)", start, end, "scheduled",
                            [], ["lgarza@bayoucoldstorage.example"], "other")],
          "difficulty": "medium", "category": "positive/open-interview-day-slot",
          "notes": "Fountain/Harri-like app, HTML-only. Booked 10:00-10:20 slot at a walk-in day; booked before DST (CST) for a CDT date. Shift manager unnamed -> no interviewer; HR contact is the human address."})


# ---- 03 contractor writing from a phone: "can u come by the shop tmrw 7am"
def c03():
    start = T(2026, 2, 19, 7, 0)
    d1 = T(2026, 2, 18, 18, 42)
    text1 = (
        "hey Rafael this is Memo from Reyes & Sons Electric. got ur resume off jobrio, we need an "
        "apprentice electrician for a couple commercial jobs in pasadena. can u come by the shop tmrw 7am? "
        "wont take long just wanna meet u and talk. 4410 Telephone Rd, ask for Memo\n\n"
        "Sent from my iPhone\n")
    m1 = mail("Memo Reyes <memoreyes.electric@mail.example>", OWNER,
              "apprentice", d1, msgid="<A41C2F0E-77B1-4C0B-9C3E-5E2D1F0B7A11@mail.example>",
              text=text1, relay="smtp.mail.example")
    d2 = T(2026, 2, 18, 19, 10)
    text2 = (
        "ok bet see u at 7. park in the back by the van, bring ur TDLR apprentice card\n\n"
        "Memo\nReyes & Sons Electric LLC\n713-555-0124\n\n"
        "Sent from my iPhone\n\n"
        "> On Feb 18, 2026, at 6:55 PM, Rafael Quintanilla <rafa.quintanilla@example.com> wrote:\n"
        ">\n> Yes sir I can be there at 7. Thank you for reaching out.\n> Rafael\n>\n"
        ">> On Feb 18, 2026, at 6:42 PM, Memo Reyes <memoreyes.electric@mail.example> wrote:\n"
        ">>\n>> hey Rafael this is Memo from Reyes & Sons Electric. got ur resume off jobrio, we need an\n"
        ">> apprentice electrician for a couple commercial jobs in pasadena. can u come by the shop tmrw 7am?\n")
    m2 = mail("Memo Reyes <memoreyes.electric@mail.example>", OWNER_HDR,
              "Re: apprentice", d2, msgid="<5B0E9A7D-2E44-4F61-8B8C-0D9C3A1E6F42@mail.example>",
              in_reply_to="<msg-rq-0218-1855@example.com>",
              references="<A41C2F0E-77B1-4C0B-9C3E-5E2D1F0B7A11@mail.example> <msg-rq-0218-1855@example.com>",
              text=text2, relay="smtp.mail.example")
    case("b56-03-contractor-text-style-tmrw-7am",
         [("01-memo-can-u-come-by.eml", m1), ("02-memo-ok-see-u-at-7.eml", m2)],
         {"interview": True,
          "interviews": [iv("Reyes & Sons Electric", "Apprentice Electrician", start, None, "scheduled",
                            ["memoreyes.electric@mail.example"], ["memoreyes.electric@mail.example"],
                            "hiring_manager")],
          "difficulty": "medium", "category": "positive/body-only-informal",
          "notes": "'tmrw 7am' resolved against Wed Feb 18 -> Thu Feb 19 07:00 CST; no duration given; free-mail contractor."})


# ---- 04 Spanish contractor, "ven el lunes a las 8", DST weekend in between
def c04():
    start = T(2026, 3, 9, 8, 0)
    d1 = T(2026, 3, 6, 17, 20)
    text1 = (
        "Qué tal Rafael,\n\n"
        "Soy Jesús Villarreal, de Villarreal Electric. Me pasó tu número y tu correo mi compadre Beto, "
        "dice que andas buscando chamba de ayudante de electricista y que ya tienes tu licencia de "
        "aprendiz. Ando necesitando a alguien para las obras de Katy.\n\n"
        "Ven el lunes a las 8 al taller para platicar y ver qué sabes hacer. Es en la 6120 Airline Dr, "
        "el portón azul. Pregunta por mí o por Chuy.\n\n"
        "Saludos,\nJesús \"Chuy\" Villarreal\nVillarreal Electric\nTel. 832-555-0181\n")
    m1 = mail("Jesus Villarreal <chuy.villarreal@mail.example>", OWNER,
              "trabajo de ayudante", d1, msgid="<CAJv7Qz1-chuy-0306@mail.example>",
              text=text1, text_cte="quoted-printable", relay="smtp.mail.example")
    d2 = T(2026, 3, 6, 18, 3)
    text2 = (
        "Perfecto mijo, aquí te espero el lunes. Trae tus botas y tu herramienta de mano.\n\n"
        "Chuy\n\n"
        "El vie, 6 mar 2026 a las 17:51, Rafael Quintanilla (<rafa.quintanilla@example.com>) escribió:\n"
        "> Buenas tardes Don Jesús, muchas gracias. Ahí estaré el lunes a las 8.\n"
        "> Rafael\n"
        ">\n"
        "> El vie, 6 mar 2026 a las 17:20, Jesus Villarreal (<chuy.villarreal@mail.example>) escribió:\n"
        ">> Ven el lunes a las 8 al taller para platicar y ver qué sabes hacer.\n")
    m2 = mail("Jesus Villarreal <chuy.villarreal@mail.example>", OWNER_HDR,
              "Re: trabajo de ayudante", d2, msgid="<CAJv7Qz1-chuy-0306b@mail.example>",
              in_reply_to="<msg-rq-0306-1751@example.com>",
              references="<CAJv7Qz1-chuy-0306@mail.example> <msg-rq-0306-1751@example.com>",
              text=text2, text_cte="quoted-printable", relay="smtp.mail.example")
    case("b56-04-spanish-ven-el-lunes-a-las-8",
         [("01-chuy-ven-el-lunes.eml", m1), ("02-chuy-aqui-te-espero.eml", m2)],
         {"interview": True,
          "interviews": [iv("Villarreal Electric", "Ayudante de electricista", start, None, "scheduled",
                            ["chuy.villarreal@mail.example"], ["chuy.villarreal@mail.example"],
                            "hiring_manager")],
          "difficulty": "hard", "category": "positive/spanish-body-only",
          "notes": "Spanish, QP. 'el lunes a las 8' from Fri Mar 6 -> Mon Mar 9 08:00; DST starts Sun Mar 8 so offset is -05:00 (sent at -06:00)."})


# ---- 05 reschedule by text-style mail: Wed 0630 -> Thurs same time
def c05():
    start, end = T(2026, 3, 19, 6, 30), T(2026, 3, 19, 7, 0)
    d1 = T(2026, 3, 16, 11, 5)
    text1 = (
        "Hi Rafael,\n\n"
        "Thanks for applying for the Apprentice Electrician (commercial) opening. Our field "
        "superintendent, Dwayne Pruitt, would like to meet you in person Wednesday 3/18 at 0630 at our "
        "yard, before the crews roll out. It should take about 30 minutes.\n\n"
        "Yard address: 2207 Kopman Rd, Houston, TX 77093 (white building, office on the left).\n"
        "Please bring your TDLR apprentice license and a copy of your OSHA card if you have one.\n\n"
        "Dwayne's cell is 281-555-0177 if you get turned around.\n\n"
        "Thank you,\n"
        "Crystal Nguyen\nOffice Manager\nBrazos Power & Light Contractors, Inc.\n"
        "2207 Kopman Rd | Houston, TX 77093 | 713-555-0110\nTECL 31xxx\n")
    m1 = mail("Crystal Nguyen <cnguyen@brazospowerlight.example>", OWNER_HDR,
              "Interview - Apprentice Electrician", d1,
              cc="Dwayne Pruitt <dpruitt@brazospowerlight.example>",
              msgid="<BN8PR02MB5012A1C3@brazospowerlight.example>", text=text1,
              relay="mail.brazospowerlight.example")
    d2 = T(2026, 3, 17, 20, 47)
    text2 = (
        "Rafael this is Dwayne w/ Brazos. got a call out wed am at the refinery so I wont be at the yard. "
        "can we do thurs same time? 0630 same place. lmk\n\n"
        "Sent from my Galaxy\n")
    m2 = mail("Dwayne Pruitt <dpruitt@brazospowerlight.example>", OWNER,
              "Re: Interview - Apprentice Electrician", d2,
              msgid="<dp-galaxy-0317-2047@brazospowerlight.example>",
              in_reply_to="<BN8PR02MB5012A1C3@brazospowerlight.example>",
              references="<BN8PR02MB5012A1C3@brazospowerlight.example>", text=text2,
              relay="mail.brazospowerlight.example")
    d3 = T(2026, 3, 17, 21, 15)
    text3 = (
        "\U0001F44D thurs 0630. see u then\n\n"
        "Sent from my Galaxy\n\n"
        "-------- Original message --------\n"
        "From: Rafael Quintanilla <rafa.quintanilla@example.com>\n"
        "Date: 3/17/26 9:02 PM (GMT-05:00)\n"
        "To: Dwayne Pruitt <dpruitt@brazospowerlight.example>\n"
        "Subject: Re: Interview - Apprentice Electrician\n\n"
        "No problem Mr. Pruitt, Thursday at 6:30 works for me. See you at the yard.\n"
        "Rafael\n")
    m3 = mail("Dwayne Pruitt <dpruitt@brazospowerlight.example>", OWNER,
              "Re: Interview - Apprentice Electrician", d3,
              msgid="<dp-galaxy-0317-2115@brazospowerlight.example>",
              in_reply_to="<msg-rq-0317-2102@example.com>",
              references="<BN8PR02MB5012A1C3@brazospowerlight.example> <dp-galaxy-0317-2047@brazospowerlight.example> <msg-rq-0317-2102@example.com>",
              text=text3, text_cte="base64", relay="mail.brazospowerlight.example")
    case("b56-05-reschedule-by-text-0630-wed-to-thurs",
         [("01-office-manager-wed-0630.eml", m1), ("02-dwayne-can-we-do-thurs.eml", m2),
          ("03-dwayne-thumbs-up.eml", m3)],
         {"interview": True,
          "interviews": [iv("Brazos Power & Light Contractors", "Apprentice Electrician (commercial)",
                            start, end, "scheduled", ["dpruitt@brazospowerlight.example"],
                            ["dpruitt@brazospowerlight.example"], "hiring_manager")],
          "difficulty": "hard", "category": "positive/reschedule-by-email",
          "notes": "Office manager books Wed 3/18 0630 (30 min) with superintendent; he moves it by phone-style mail to 'thurs same time'. Final Thu Mar 19 06:30-07:00 CDT. The office manager only schedules."})


def gcal_invite(*, organizer, org_name, attendees, summary, description, start, end, tz, tzlabel,
                when_txt, uid, created, date, msgid, subject_prefix="Invitation", location="",
                sequence=0, method="REQUEST", status="CONFIRMED", vtz=VTZ_CHICAGO, tzid="America/Chicago"):
    """Google Calendar style invitation: mixed(alt(plain, html, calendar), invite.ics)."""
    att_lines = []
    for (name, addr, role) in attendees:
        part = "ACCEPTED" if addr == organizer else "NEEDS-ACTION"
        att_lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={part};RSVP=TRUE;CN={name};X-NUM-GUESTS=0:mailto:{addr}")
    vev = ["BEGIN:VEVENT",
           f"DTSTART;TZID={tzid}:{local(start, tz)}",
           f"DTEND;TZID={tzid}:{local(end, tz)}",
           f"DTSTAMP:{utcstamp(date)}",
           f"ORGANIZER;CN={org_name}:mailto:{organizer}",
           f"UID:{uid}"] + att_lines + [
           f"CREATED:{utcstamp(created)}",
           "DESCRIPTION:" + esc(description),
           f"LAST-MODIFIED:{utcstamp(date)}",
           "LOCATION:" + esc(location),
           f"SEQUENCE:{sequence}",
           f"STATUS:{status}",
           "SUMMARY:" + esc(summary),
           "TRANSP:OPAQUE",
           "END:VEVENT"]
    cal = vcalendar("-//Google Inc//Google Calendar 70.9054//EN", method, vev, vtz)
    guests = "\n".join(f"{n}{' - organizer' if a == organizer else ''}\n{a}" for (n, a, r) in attendees)
    text = (f"{summary}\n{when_txt}\n{tzlabel}\n\n" + (f"Location\n{location}\n\n" if location else "") +
            f"{description}\n\nOrganizer\n{org_name}\n{organizer}\n\nGuests\n{guests}\n"
            f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={uid[:12]}\n\n"
            f"Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={uid[:12]}\n\n"
            "~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.\n")
    html = ("<html><body><div itemscope itemtype=\"http://schema.org/Event\">"
            f"<h3 itemprop=\"name\">{summary}</h3><p>{when_txt}<br>{tzlabel}</p>"
            + (f"<p>Location: {location}</p>" if location else "") +
            f"<p>{description.replace(chr(10), '<br>')}</p><p>Organizer: {org_name} &lt;{organizer}&gt;</p>"
            "<p>Guests:<br>" + "<br>".join(f"{n} &lt;{a}&gt;" for (n, a, r) in attendees) + "</p>"
            "<p style=\"font-size:11px;color:#777\">Invitation from Google Calendar</p></div></body></html>")
    subject = f"{subject_prefix}: {summary} @ {when_txt} ({tzlabel.split(' - ')[0]}) ({OWNER})"
    return mail(f"{org_name} <{organizer}>", OWNER, subject, date, msgid=msgid,
                reply_to=f"{org_name} <{organizer}>",
                sender="Google Calendar <calendar-notification@google.com>",
                text=text, text_cte="base64", html=html, html_cte="quoted-printable",
                calendar=cal, cal_method=method, cal_cte="7bit",
                attach=[(enc(cal), "application", "ics", "invite.ics")],
                relay="mail-sor-f41.google.com")


# ---- 06 contractor e-mail "after lunch (1ish)" + Google invite, then contractor cancels
def c06():
    start, end = T(2026, 4, 7, 13, 0), T(2026, 4, 7, 13, 45)
    d1 = T(2026, 4, 2, 12, 15)
    text1 = (
        "Rafael,\n\n"
        "Got your application for the apprentice spot. We do mostly service work and tenant "
        "finish-outs around Pasadena/Deer Park. Come by the office Tuesday after lunch (1ish) and we'll "
        "sit down for a bit, me and you. I'll send you a calendar thing so you have the address.\n\n"
        "Ricky Salinas\nOwner, Tejano Electric Services\n"
        "3302 Red Bluff Rd, Pasadena TX 77503\n(713) 555-0156\n")
    m1 = mail("Ricky Salinas <ricky@tejanoelectric.example>", OWNER_HDR,
              "apprentice position", d1, msgid="<CAB7d0e-ricky-0402@tejanoelectric.example>",
              text=text1, relay="mail.tejanoelectric.example")
    d2 = T(2026, 4, 2, 12, 31)
    m2 = gcal_invite(
        organizer="ricky@tejanoelectric.example", org_name="Ricky Salinas",
        attendees=[("Ricky Salinas", "ricky@tejanoelectric.example", "REQ-PARTICIPANT"),
                   (OWNER_NAME, OWNER, "REQ-PARTICIPANT")],
        summary="Interview - Rafael Quintanilla (apprentice electrician)",
        description="Sit-down at the office. Bring license + ID.",
        location="Tejano Electric Services, 3302 Red Bluff Rd, Pasadena, TX 77503",
        start=start, end=end, tz=CHI, tzlabel="Central Time - Chicago",
        when_txt="Tue Apr 7, 2026 1pm - 1:45pm",
        uid="4k2v9tq1m0b7s3d8c6e5a1f0hp@google.com", created=d2, date=d2,
        msgid="<calendar-8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f@google.com>")
    d3 = T(2026, 4, 6, 19, 30)
    text3 = (
        "hey Rafael, gonna have to cancel tmrw. GC pushed the Deer Park job back 2 months and I "
        "cant add anybody right now. sorry bro, I'll keep ur number and hit u up when it picks back up\n\n"
        "Ricky\nSent from my iPhone\n")
    m3 = mail("Ricky Salinas <ricky@tejanoelectric.example>", OWNER,
              "Re: apprentice position", d3, msgid="<E1F2A3B4-ricky-0406@tejanoelectric.example>",
              in_reply_to="<CAB7d0e-ricky-0402@tejanoelectric.example>",
              references="<CAB7d0e-ricky-0402@tejanoelectric.example>",
              text=text3, relay="mail.tejanoelectric.example")
    case("b56-06-contractor-cancels-after-lunch-1ish",
         [("01-ricky-after-lunch-1ish.eml", m1), ("02-google-invitation.eml", m2),
          ("03-ricky-gotta-cancel.eml", m3)],
         {"interview": True,
          "interviews": [iv("Tejano Electric Services", "Apprentice Electrician", start, end, "cancelled",
                            ["ricky@tejanoelectric.example"], ["ricky@tejanoelectric.example"],
                            "hiring_manager")],
          "difficulty": "medium", "category": "positive/cancel-by-email",
          "notes": "'after lunch (1ish)' + Google invite 1:00-1:45 CDT; contractor cancels by plain mail the evening before (calendar event never cancelled). One interview, cancelled."})


# ---- 07 Exchange/Teams invite, then METHOD:CANCEL (requisition on hold)
def outlook_invite(*, organizer, org_name, to_hdr, attendees, subject, body, start, end, tzid, vtz,
                   tz, when_txt, uid, date, msgid, method="REQUEST", sequence=0, status="CONFIRMED",
                   location="Microsoft Teams Meeting", teams=True, thread_topic=None):
    att = [f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{a}"
           for (n, a) in attendees]
    vev = ["BEGIN:VEVENT", f"ORGANIZER;CN={org_name}:mailto:{organizer}"] + att + [
        "DESCRIPTION;LANGUAGE=en-US:" + esc(body),
        f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{esc(subject)}",
        f"DTSTART;TZID={tzid}:{local(start, tz)}", f"DTEND;TZID={tzid}:{local(end, tz)}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{utcstamp(date)}", "TRANSP:OPAQUE",
        f"STATUS:{status}", f"SEQUENCE:{sequence}", f"LOCATION;LANGUAGE=en-US:{esc(location)}",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % sequence,
        "X-MICROSOFT-CDO-BUSYSTATUS:%s" % ("FREE" if method == "CANCEL" else "BUSY"),
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    if method == "REQUEST":
        vev += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                "ACTION:DISPLAY", "END:VALARM"]
    vev.append("END:VEVENT")
    cal = vcalendar("Microsoft Exchange Server 2010", method, vev, vtz)
    text = (f"When: {when_txt}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}\n")
    if teams:
        text += ("\n________________________________________________________________________________\n"
                 "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                 "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                 f"{uid[:20]}%40thread.v2/0>\nMeeting ID: 281 447 903 612\nPasscode: qT7mX2\n"
                 "________________________________________________________________________________\n")
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            f"<p>When: {when_txt}<br>Where: {location}</p><p>*~*~*~*~*~*~*~*~*~*</p>"
            f"<div>{body.replace(chr(10), '<br>')}</div></body></html>")
    return mail(f"{org_name} <{organizer}>", to_hdr, subject, date, msgid=msgid,
                text=text, text_cte="quoted-printable", html=html, html_cte="quoted-printable",
                calendar=cal, cal_method=method, cal_cte="base64",
                extra=[("Thread-Topic", thread_topic or subject), ("Accept-Language", "en-US"),
                       ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
                       ("Content-class", "urn:content-classes:calendarmessage")],
                relay="NAM04-BN8-obe.outbound.protection.outlook.com")


def c07():
    start, end = T(2026, 4, 16, 15, 0), T(2026, 4, 16, 15, 45)
    d1 = T(2026, 4, 13, 10, 2)
    to_hdr = f"{OWNER_HDR}, Keisha Whitfield <kwhitfield@portanahuac.example>"
    body1 = ("Hello Rafael,\n\n"
             "As discussed on the phone, here is your interview for the Warehouse Operations Supervisor - "
             "Baytown DC position. Keisha Whitfield, our DC General Manager, will be interviewing you over "
             "Teams; please join from a quiet place with your camera on. I've set up the meeting only and "
             "won't be joining.\n\n"
             "Brent Lowry\nTalent Acquisition Partner | Port Anahuac Logistics\n"
             "5500 Decker Dr, Baytown, TX 77520 | 281-555-0105")
    uid = "040000008200E00074C5B7101A82E008000000005A1F3C9B72CBDC01000000000000000010000000C3E2"
    subj = "Interview: Rafael Quintanilla - Warehouse Operations Supervisor (Baytown DC)"
    m1 = outlook_invite(organizer="blowry@portanahuac.example", org_name="Brent Lowry", to_hdr=to_hdr,
                        attendees=[(OWNER_NAME, OWNER), ("Keisha Whitfield", "kwhitfield@portanahuac.example")],
                        subject=subj, body=body1, start=start, end=end, tzid="Central Standard Time",
                        vtz=VTZ_WIN_CENTRAL, tz=CHI,
                        when_txt="Thursday, April 16, 2026 3:00 PM-3:45 PM (UTC-06:00) Central Time (US & Canada).",
                        uid=uid, date=d1, msgid="<SA1PR19MB4420B6E2C7D8@SA1PR19MB4420.namprd19.prod.outlook.example>")
    d2 = T(2026, 4, 15, 16, 40)
    body2 = ("Hi Rafael,\n\n"
             "I'm sorry for the late notice - the Baytown supervisor requisition was put on hold this "
             "afternoon, so we need to cancel tomorrow's interview with Keisha. If the role re-opens I will "
             "reach out to you first.\n\nBrent")
    m2 = outlook_invite(organizer="blowry@portanahuac.example", org_name="Brent Lowry", to_hdr=to_hdr,
                        attendees=[(OWNER_NAME, OWNER), ("Keisha Whitfield", "kwhitfield@portanahuac.example")],
                        subject="Canceled: " + subj, body=body2, start=start, end=end,
                        tzid="Central Standard Time", vtz=VTZ_WIN_CENTRAL, tz=CHI,
                        when_txt="Thursday, April 16, 2026 3:00 PM-3:45 PM (UTC-06:00) Central Time (US & Canada).",
                        uid=uid, date=d2, method="CANCEL", sequence=1, status="CANCELLED", teams=False,
                        msgid="<SA1PR19MB4420F1A09B3C@SA1PR19MB4420.namprd19.prod.outlook.example>",
                        thread_topic=subj)
    case("b56-07-outlook-teams-invite-then-method-cancel",
         [("01-outlook-invite-teams.eml", m1), ("02-outlook-canceled.eml", m2)],
         {"interview": True,
          "interviews": [iv("Port Anahuac Logistics", "Warehouse Operations Supervisor - Baytown DC",
                            start, end, "cancelled", ["kwhitfield@portanahuac.example"],
                            ["kwhitfield@portanahuac.example"], "hiring_manager")],
          "difficulty": "medium", "category": "positive/cancel-exchange",
          "notes": "Exchange invite with Windows TZID 'Central Standard Time' and '(UTC-06:00)' label while CDT applies (-05:00); then METHOD:CANCEL. Organizer only schedules."})


# ---- 08 staffing agency: recruiter phone screen, then client interview at noon (two interviews)
def c08():
    s1, e1 = T(2026, 1, 27, 9, 30), T(2026, 1, 27, 9, 45)
    s2, e2 = T(2026, 1, 29, 12, 0), T(2026, 1, 29, 12, 45)
    sig = ("Nadia Kowalczyk\nSenior Recruiter, Light Industrial\nAllied Gulf Staffing\n"
           "7710 Harwin Dr, Suite 240 | Houston, TX 77036\nDirect 713-555-0139 | Text 346-555-0102\n"
           "Se habla español\n")
    d1 = T(2026, 1, 26, 16, 20)
    text1 = ("Hi Rafael,\n\n"
             "Thanks for registering with Allied Gulf Staffing! I have a temp-to-hire Warehouse Supervisor - "
             "2nd shift opening with one of our manufacturing clients in the East End and your background "
             "lines up really well.\n\n"
             "Can you do a quick phone screen 0930 tomorrow? 15 min, I'll call your cell at 832-555-0147. "
             "If that doesn't work just text me a better time.\n\n" + sig)
    m1 = mail("Nadia Kowalczyk <nkowalczyk@alliedgulfstaffing.example>", OWNER_HDR,
              "Warehouse Supervisor (temp-to-hire) - quick call?", d1,
              msgid="<MW4PR11MB5871-nk-0126@alliedgulfstaffing.example>", text=text1,
              relay="mail.alliedgulfstaffing.example")
    d2 = T(2026, 1, 27, 13, 5)
    text2 = ("Rafael,\n\n"
             "Great talking with you this morning! I submitted you and the client wants to meet you. "
             "Interview is set with Clearwater Packaging:\n\n"
             "  Thursday 1/29 at noon\n"
             "  8800 Clinton Dr, Houston 77029 - check in at the guard shack, then front office\n"
             "  Ask for Oscar Benavides, Plant Manager (cc'd here)\n"
             "  Plan on about 45 minutes - he'll walk you through the floor, so wear boots\n\n"
             "Call or text me right after so I can get your feedback. You got this!\n\n" + sig +
             "\n-----Original Message-----\nFrom: Rafael Quintanilla <rafa.quintanilla@example.com>\n"
             "Sent: Monday, January 26, 2026 4:48 PM\nTo: Nadia Kowalczyk <nkowalczyk@alliedgulfstaffing.example>\n"
             "Subject: RE: Warehouse Supervisor (temp-to-hire) - quick call?\n\n"
             "Hi Nadia, 9:30 tomorrow works. Talk to you then.\nRafael\n")
    m2 = mail("Nadia Kowalczyk <nkowalczyk@alliedgulfstaffing.example>", OWNER_HDR,
              "RE: Warehouse Supervisor (temp-to-hire) - client interview Thursday", d2,
              cc="Oscar Benavides <obenavides@clearwaterpackaging.example>",
              msgid="<MW4PR11MB5871-nk-0127@alliedgulfstaffing.example>",
              in_reply_to="<msg-rq-0126-1648@example.com>",
              references="<MW4PR11MB5871-nk-0126@alliedgulfstaffing.example> <msg-rq-0126-1648@example.com>",
              text=text2, text_cte="quoted-printable", relay="mail.alliedgulfstaffing.example")
    role = "Warehouse Supervisor - 2nd shift (temp-to-hire)"
    case("b56-08-staffing-screen-then-client-interview-noon",
         [("01-nadia-screen-0930-tomorrow.eml", m1), ("02-nadia-client-interview-thursday-noon.eml", m2)],
         {"interview": True,
          "interviews": [
              iv("Allied Gulf Staffing", role, s1, e1, "scheduled", ["nkowalczyk@alliedgulfstaffing.example"],
                 ["nkowalczyk@alliedgulfstaffing.example"], "phone_screen"),
              iv("Clearwater Packaging", role, s2, e2, "scheduled", ["obenavides@clearwaterpackaging.example"],
                 ["obenavides@clearwaterpackaging.example"], "hiring_manager")],
          "difficulty": "hard", "category": "positive/two-interviews",
          "notes": "Agency recruiter screen '0930 tomorrow' (Tue Jan 27 09:30-09:45 CST) and client interview 'Thursday 1/29 at noon', ~45 min. Two interviews."})


# ---- 09 bilingual hiring app (Contrata) base64 confirmation with .ics, "14h"
def c09():
    start, end = T(2026, 2, 27, 14, 0), T(2026, 2, 27, 14, 30)
    d1 = T(2026, 2, 23, 8, 31)
    ev = vcalendar("-//Contrata//Entrevistas//ES", "PUBLISH", [
        "BEGIN:VEVENT", "UID:ctr-5f0a33c1-entrevista@contrata.example", f"DTSTAMP:{utcstamp(d1)}",
        f"DTSTART;TZID=America/Chicago:{local(start, CHI)}",
        f"DTEND;TZID=America/Chicago:{local(end, CHI)}",
        "SUMMARY:" + esc("Entrevista / Interview: Sabine Freight Terminal - Líder de patio (Yard Lead)"),
        "LOCATION:" + esc("Sabine Freight Terminal, 1801 Navigation Blvd, Houston, TX 77003 - Oficina de patio"),
        "DESCRIPTION:" + esc("Entrevistadora / Interviewer: Marisol Cantú (Supervisora de Patio).\n"
                             "Reprogramar / reschedule: mcantu@sabinefreight.example"),
        "STATUS:CONFIRMED", "END:VEVENT"], VTZ_CHICAGO)
    text = ("¡Hola Rafael! / Hi Rafael!\n\n"
            "Tu entrevista está confirmada. / Your interview is confirmed.\n\n"
            "Empresa / Company: Sabine Freight Terminal\n"
            "Puesto / Position: Líder de patio (Yard Lead)\n"
            "Fecha / Date: viernes 27 de febrero / Friday, Feb 27\n"
            "Hora / Time: 14h (hora de Houston) - 30 min / 2:00 PM Houston time - 30 min\n"
            "Lugar / Place: 1801 Navigation Blvd, Houston, TX 77003 (oficina de patio / yard office)\n"
            "Entrevistadora / Interviewer: Marisol Cantú, Supervisora de Patio\n\n"
            "Trae identificación oficial y tu licencia de montacargas si la tienes.\n"
            "Bring a photo ID and your forklift card if you have one.\n\n"
            "¿Necesitas cambiar la hora? Escríbele a Marisol: mcantu@sabinefreight.example\n"
            "Need a different time? Email Marisol: mcantu@sabinefreight.example\n\n"
            "-- Contrata · contratación para equipos por hora · No respondas a este correo.\n")
    m1 = mail("Contrata <no-responder@contrata.example>", OWNER,
              "Entrevista confirmada / Interview confirmed - Sabine Freight Terminal", d1,
              msgid="<ctr.5f0a33c1.confirm@contrata.example>", text=text, text_cte="base64",
              attach=[(enc(ev), "text", "calendar", "entrevista.ics")], relay="smtp.contrata.example")
    case("b56-09-bilingual-app-confirmation-14h",
         [("01-contrata-entrevista-confirmada.eml", m1)],
         {"interview": True,
          "interviews": [iv("Sabine Freight Terminal", "Líder de patio (Yard Lead)", start, end, "scheduled",
                            ["mcantu@sabinefreight.example"], ["mcantu@sabinefreight.example"], "hiring_manager")],
          "difficulty": "medium", "category": "positive/bilingual-app-ics",
          "notes": "Bilingual ES/EN base64 body from a no-reply app, '14h', .ics with TZID America/Chicago (PUBLISH). Human address given in text."})


# ---- 10 Monterrey company (no DST since 2022), Spanish e-mail + Calendar API event
def c10():
    start, end = T(2026, 4, 14, 10, 0, MTY), T(2026, 4, 14, 10, 45, MTY)
    d1 = T(2026, 4, 7, 11, 40, MTY)
    text1 = ("Estimado Rafael:\n\n"
             "Gracias por tu interés en la vacante de Supervisor de Almacén Bilingüe para nuestro proyecto "
             "en Baytown, Texas. Nos gustaría invitarte a una entrevista por Google Meet con el Ing. Arturo "
             "Garza (agarza@gemnorte.example), Gerente de Proyecto.\n\n"
             "Fecha: martes 14 de abril de 2026\n"
             "Hora: 10:00 hrs, hora de Monterrey (11:00 a. m. hora de Houston)\n"
             "Duración aproximada: 45 minutos\n\n"
             "En un momento te llega la invitación de calendario con la liga. Yo solo coordino; la entrevista "
             "la lleva el Ing. Garza.\n\n"
             "Saludos cordiales,\n\n"
             "Lic. Daniela Treviño\nAtracción de Talento\nGrupo Electromecánico del Norte, S.A. de C.V.\n"
             "Av. Constitución 1450 Pte., Monterrey, N.L., México\nTel. +52 81 5555 0190\n")
    m1 = mail("Daniela Treviño <dtrevino@gemnorte.example>", OWNER_HDR,
              "Entrevista - Supervisor de Almacén Bilingüe (proyecto Baytown)", d1,
              msgid="<CAM9tq0-dtrevino-0407@gemnorte.example>", text=text1, text_cte="quoted-printable",
              relay="mail.gemnorte.example")
    created = T(2026, 4, 7, 11, 52, MTY).astimezone(UTC)
    ev = {
        "kind": "calendar#event", "etag": "\"3551298840123000\"", "id": "7rq2kd0v5m1n8b3c9x4z6w0ahs",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=N3JxMmtkMHY1bTFuOGIzYzl4NHo2dzBhaHM",
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(minutes=3)).strftime("%Y-%m-%dT%H:%M:%S.412Z"),
        "summary": "Entrevista: Rafael Quintanilla - Supervisor de Almacén Bilingüe",
        "description": "Entrevista con el Ing. Arturo Garza (Gerente de Proyecto, Baytown).\nCoordina: Daniela Treviño (RH).",
        "creator": {"email": "dtrevino@gemnorte.example", "displayName": "Daniela Treviño"},
        "organizer": {"email": "dtrevino@gemnorte.example", "displayName": "Daniela Treviño"},
        "start": {"dateTime": start.isoformat(), "timeZone": "America/Monterrey"},
        "end": {"dateTime": end.isoformat(), "timeZone": "America/Monterrey"},
        "iCalUID": "7rq2kd0v5m1n8b3c9x4z6w0ahs@google.com", "sequence": 0,
        "attendees": [
            {"email": "dtrevino@gemnorte.example", "displayName": "Daniela Treviño", "organizer": True,
             "responseStatus": "accepted"},
            {"email": "agarza@gemnorte.example", "displayName": "Arturo Garza", "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"}],
        "hangoutLink": "https://meet.google.com/kzr-pwnd-qat",
        "conferenceData": {"entryPoints": [{"entryPointType": "video",
                                            "uri": "https://meet.google.com/kzr-pwnd-qat",
                                            "label": "meet.google.com/kzr-pwnd-qat"}],
                           "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                           "conferenceId": "kzr-pwnd-qat"},
        "reminders": {"useDefault": True}, "eventType": "default"}
    case("b56-10-monterrey-no-dst-spanish-gcal-json",
         [("01-daniela-entrevista.eml", m1),
          ("02-entrevista-gem-norte.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False).encode("utf-8"))],
         {"interview": True,
          "interviews": [iv("Grupo Electromecánico del Norte", "Supervisor de Almacén Bilingüe", start, end,
                            "scheduled", ["agarza@gemnorte.example"], ["agarza@gemnorte.example"], "hiring_manager")],
          "difficulty": "hard", "category": "positive/dedupe-gcal-json-foreign-tz",
          "notes": "Monterrey has no DST (UTC-6) while Houston is on CDT: 10:00 Monterrey = 11:00 Houston. E-mail + Calendar API event = one interview; coordinator not an interviewer."})


# ---- 11 ATS (TalentLoom) onsite itinerary at a DC: three back-to-back sessions
def c11():
    start, end = T(2026, 3, 26, 9, 0), T(2026, 3, 26, 11, 15)
    d1 = T(2026, 3, 19, 15, 22)
    people = [("Luis Ortega", "lortega@northgatefulfillment.example"),
              ("Tasha Greene", "tgreene@northgatefulfillment.example"),
              ("Mike Dobbs", "mdobbs@northgatefulfillment.example"),
              ("Hector Ruiz", "hruiz@northgatefulfillment.example")]
    ev = vcalendar("-//TalentLoom//Scheduling//EN", "REQUEST", [
        "BEGIN:VEVENT", "UID:tl-itin-44817-hou7@talentloom.example", f"DTSTAMP:{utcstamp(d1)}",
        f"DTSTART;TZID=America/Chicago:{local(start, CHI)}",
        f"DTEND;TZID=America/Chicago:{local(end, CHI)}",
        "SUMMARY:Onsite interview - Warehouse Supervisor, Outbound (2nd Shift) - Northgate HOU7",
        "LOCATION:" + esc("Northgate Fulfillment HOU7, 12500 Greens Crossing Blvd, Houston, TX 77067 - Lobby B"),
        "DESCRIPTION:" + esc("9:00 Luis Ortega (Operations Manager)\n9:45 Tasha Greene & Mike Dobbs (Area Managers)\n"
                             "10:30 Floor walk with Hector Ruiz (Safety Lead)"),
        "ORGANIZER;CN=Northgate Fulfillment Recruiting:mailto:no-reply@talentloom.example",
        f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{OWNER}",
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT"], VTZ_CHICAGO)
    html = (
        "<html><body style=\"font-family:Segoe UI,Arial;font-size:14px\">"
        "<p>Hi Rafael,</p>"
        "<p>We're excited to invite you onsite for the <b>Warehouse Supervisor, Outbound (2nd Shift)</b> role at "
        "our <b>HOU7</b> fulfillment center on <b>Thursday, March 26, 2026</b>. Please check in at Lobby B by 8:50 AM "
        "with a government-issued ID. Safety shoes are required for the floor walk; vests and glasses will be provided.</p>"
        "<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\">"
        "<tr><th>Time (Central)</th><th>Session</th><th>With</th></tr>"
        "<tr><td>9:00 &ndash; 9:45 AM</td><td>Leadership conversation</td><td>Luis Ortega, Operations Manager</td></tr>"
        "<tr><td>9:45 &ndash; 10:30 AM</td><td>Panel: people &amp; performance</td><td>Tasha Greene and Mike Dobbs, Area Managers</td></tr>"
        "<tr><td>10:30 &ndash; 11:15 AM</td><td>Floor walk &amp; safety conversation</td><td>Hector Ruiz, Safety Lead</td></tr>"
        "</table>"
        "<p>Your interviewers: Luis (lortega@northgatefulfillment.example), Tasha (tgreene@northgatefulfillment.example), "
        "Mike (mdobbs@northgatefulfillment.example), Hector (hruiz@northgatefulfillment.example).</p>"
        "<p>If you need to make a change, reply to this email and it will reach me.</p>"
        "<p>Shauna Bell<br>Recruiting Coordinator, Northgate Fulfillment<br>"
        "12500 Greens Crossing Blvd, Houston, TX 77067<br>281-555-0171</p>"
        "<p style=\"font-size:11px;color:#888\">Sent via TalentLoom &middot; Candidate ID 44817</p>"
        "</body></html>")
    m1 = mail("Northgate Fulfillment Recruiting <no-reply@talentloom.example>", OWNER,
              "Your onsite interview at Northgate HOU7 - Thursday, March 26", d1,
              reply_to="Shauna Bell <sbell@northgatefulfillment.example>",
              msgid="<tl.44817.itinerary.1@talentloom.example>", html=html, html_cte="base64",
              attach=[(enc(ev), "text", "calendar", "Northgate_HOU7_onsite.ics")],
              relay="smtp.talentloom.example")
    emails = [a for (_, a) in people]
    case("b56-11-ats-onsite-itinerary-dc-floor-walk",
         [("01-talentloom-onsite-itinerary.eml", m1)],
         {"interview": True,
          "interviews": [iv("Northgate Fulfillment", "Warehouse Supervisor, Outbound (2nd Shift)", start, end,
                            "scheduled", emails, emails, "onsite")],
          "difficulty": "medium", "category": "positive/onsite-loop",
          "notes": "HTML-only (base64) ATS itinerary, 3 back-to-back sessions 9:00-11:15 CDT + one .ics for the block. Coordinator in Reply-To only schedules."})


# ---- 12 forwarded from old address: "Thu 3/12 @ 4:30p PST" written after the DST switch
def c12():
    start, end = T(2026, 3, 12, 16, 30, LA), T(2026, 3, 12, 17, 0, LA)
    d0 = T(2026, 3, 9, 14, 10, LA)
    d1 = T(2026, 3, 9, 17, 2)
    text = ("FYI - forwarding to my main email so I have it.\n\n"
            "---------- Forwarded message ---------\n"
            "From: Jenna Morales <jmorales@pacificcrestsupply.example>\n"
            f"Date: {d0.strftime('%a, %b %-d, %Y at %-I:%M %p')}\n"
            "Subject: Phone screen - Regional Warehouse Supervisor (Houston)\n"
            "To: <rafaq.htx@mail.example>\n\n\n"
            "Hi Rafael,\n\n"
            "Thank you for applying to Pacific Crest Supply Co.! I'd love to set up a phone screen for the "
            "Regional Warehouse Supervisor role at our new Houston branch.\n\n"
            "How about Thu 3/12 @ 4:30p PST (6:30p your time in Houston)? It's a 30 min call and I'll ring "
            "you at the number on your application.\n\n"
            "Best,\nJenna\n\n"
            "Jenna Morales | Talent Acquisition\nPacific Crest Supply Co.\n"
            "4100 E Guasti Rd, Ontario, CA 91761\nm: (909) 555-0116\n")
    m1 = mail("Rafael Q <rafaq.htx@mail.example>", OWNER,
              "Fwd: Phone screen - Regional Warehouse Supervisor (Houston)", d1,
              msgid="<CAH8s9fwd-rq-0309@mail.example>", text=text, relay="smtp.mail.example")
    case("b56-12-forwarded-pst-label-during-pdt",
         [("01-fwd-phone-screen-thu-4-30p-pst.eml", m1)],
         {"interview": True,
          "interviews": [iv("Pacific Crest Supply Co.", "Regional Warehouse Supervisor", start, end, "scheduled",
                            ["jmorales@pacificcrestsupply.example"], ["jmorales@pacificcrestsupply.example"],
                            "phone_screen")],
          "difficulty": "hard", "category": "positive/forwarded-timezone",
          "notes": "Owner forwards from an old address. 'PST' written on Mar 12 (PDT in effect); the '(6:30p your time in Houston)' confirms 16:30 -07:00 = 18:30 CDT."})


# ---- 13 German company: HR in Stuttgart, "14:00 Uhr Houston time (20:00 Uhr MEZ)", W. Europe invite
def c13():
    start, end = T(2026, 3, 24, 14, 0), T(2026, 3, 24, 14, 45)
    d1 = T(2026, 3, 19, 16, 5, BER)
    text1 = ("Dear Mr. Quintanilla,\n\n"
             "thank you very much for your application as Warehouse Supervisor (Lagerleiter) for our Houston "
             "Service Center. We would like to invite you to a video interview with Tom Brandt, Service "
             "Center Manager Houston.\n\n"
             "Date: Tuesday, 24 March 2026\n"
             "Time: 14:00 Uhr Houston time (20:00 Uhr MEZ) - approx. 45 minutes\n"
             "Platform: Microsoft Teams (invitation follows)\n\n"
             "Please note that I will only send the invitation and will not take part in the conversation.\n\n"
             "Mit freundlichen Grüßen / Kind regards\n\n"
             "Katrin Vogel\nHR Business Partner\n"
             "Kessler Antriebstechnik GmbH\nHeilbronner Str. 210, 70191 Stuttgart, Germany\n"
             "Tel. +49 711 5550 2214\n"
             "Sitz der Gesellschaft: Stuttgart | Amtsgericht Stuttgart HRB 000000 | Geschäftsführer: M. Kessler\n")
    m1 = mail("Vogel, Katrin <k.vogel@kessler-antriebe.example>", OWNER_HDR,
              "Interview invitation - Warehouse Supervisor (Houston Service Center)", d1,
              msgid="<FR3P281MB1842A7-kv-0319@FR3P281MB1842.DEUP281.PROD.OUTLOOK.example>",
              text=text1, text_cte="quoted-printable", relay="mail.kessler-antriebe.example")
    d2 = T(2026, 3, 19, 16, 11, BER)
    body = ("Video interview Warehouse Supervisor (Houston Service Center)\n"
            "Interviewer: Tom Brandt, Service Center Manager Houston\n"
            "Candidate: Rafael Quintanilla\n"
            "Note: 20:00 MEZ = 14:00 Houston (CDT).")
    m2 = outlook_invite(organizer="k.vogel@kessler-antriebe.example", org_name="Vogel, Katrin",
                        to_hdr=f"{OWNER_HDR}, \"Brandt, Tom\" <t.brandt@kessler-antriebe.example>",
                        attendees=[(OWNER_NAME, OWNER), ("Brandt, Tom", "t.brandt@kessler-antriebe.example")],
                        subject="Interview Rafael Quintanilla - Warehouse Supervisor Houston", body=body,
                        start=start, end=end, tzid="W. Europe Standard Time", vtz=VTZ_WIN_WEUROPE, tz=BER,
                        when_txt="Dienstag, 24. März 2026 20:00-20:45 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.",
                        uid="040000008200E00074C5B7101A82E00800000000B09E1AF5A4B7DC01000000000000000010000000E7A1",
                        date=d2, msgid="<FR3P281MB1842C9-kv-0319b@FR3P281MB1842.DEUP281.PROD.OUTLOOK.example>")
    case("b56-13-german-hr-uhr-mez-dst-gap",
         [("01-katrin-invitation-mail.eml", m1), ("02-outlook-invite-w-europe.eml", m2)],
         {"interview": True,
          "interviews": [iv("Kessler Antriebstechnik", "Warehouse Supervisor (Lagerleiter)", start, end,
                            "scheduled", ["t.brandt@kessler-antriebe.example"], ["t.brandt@kessler-antriebe.example"],
                            "hiring_manager")],
          "difficulty": "hard", "category": "positive/dst-gap-exchange",
          "notes": "US already on CDT, Germany still on CET (EU switch Mar 29): 14:00 Houston = 20:00 MEZ = 19:00Z. Invite in W. Europe Standard Time; HR organiser does not attend."})


# =================================================================== NEGATIVES
def neg(cid, items, category, notes, difficulty="hard"):
    case(cid, items, {"interview": False, "interviews": [], "difficulty": difficulty,
                      "category": category, "notes": notes})


# ---- 14 union hall dispatch ("first thing Monday")
def c14():
    d1 = T(2026, 1, 30, 15, 48)
    text = ("ELECTRICAL WORKERS LOCAL 1187 - HIRING HALL\n"
            "REFERRAL / DISPATCH NOTICE\n\n"
            "Member: QUINTANILLA, RAFAEL    Card #: A-20417    Classification: Apprentice (2nd yr)\n"
            "Book: Apprentice list    Position on list at dispatch: 6\n\n"
            "You have been referred to:\n"
            "  Employer:  Gulfside Mechanical & Electrical\n"
            "  Job site:  Channelview Terminal expansion, 16400 Market St, Channelview TX\n"
            "  Report:    First thing Monday 2/2 - 6:30a at the gate trailer\n"
            "  Foreman:   Earl Tate  (cell 281-555-0129)\n"
            "  Duration:  est. 10-12 weeks, 5x10s\n\n"
            "This is a referral, not an interview. Present this notice and your dues receipt to the "
            "foreman. Do not contact the employer to 'schedule' anything - if you cannot report, call the "
            "hall before 8:00 a.m. so the call can go to the next candidate on the book.\n\n"
            "Dispatch Office, Local 1187\n2411 Dispatch Ln, Houston TX 77011 | 713-555-0100\n")
    m = mail("Local 1187 Dispatch <dispatch@local1187.example>", OWNER,
             "DISPATCH: Apprentice referral - Gulfside Mechanical & Electrical - report Mon 2/2", d1,
             msgid="<disp-20417-0130@local1187.example>", text=text, relay="mail.local1187.example")
    neg("b56-14-neg-union-hall-dispatch", [("01-local-1187-dispatch.eml", m)],
        "negative/union-dispatch", "Union referral to report for work at a job site with a foreman; explicitly not an interview.")


# ---- 15 OSHA-10 class with .ics (two days)
def c15():
    d1 = T(2026, 2, 5, 10, 20)
    s, e = T(2026, 2, 14, 8, 0), T(2026, 2, 14, 14, 0)
    ev = vcalendar("-//Gulf Coast Safety Institute//Registration//EN", "PUBLISH", [
        "BEGIN:VEVENT", "UID:gcsi-osha10-c-0214-00981@gcsafety.example", f"DTSTAMP:{utcstamp(d1)}",
        f"DTSTART;TZID=America/Chicago:{local(s, CHI)}", f"DTEND;TZID=America/Chicago:{local(e, CHI)}",
        "RRULE:FREQ=DAILY;COUNT=2",
        "SUMMARY:OSHA 10-Hour Construction (English/Español) - Day 1 & 2",
        "LOCATION:" + esc("Gulf Coast Safety Institute, 8520 Gulf Fwy Suite 110, Houston, TX 77017 - Room B"),
        "DESCRIPTION:" + esc("Instructor: Ramon Ibarra. Bring photo ID. DOL card mailed in 2-4 weeks."),
        "ORGANIZER;CN=GCSI Registration:mailto:registration@gcsafety.example",
        f"ATTENDEE;CN={OWNER_NAME};PARTSTAT=ACCEPTED:mailto:{OWNER}",
        "END:VEVENT"], VTZ_CHICAGO)
    text = ("Hi Rafael,\n\n"
            "You're registered for OSHA 10-Hour Construction (bilingual class).\n\n"
            "Dates: Saturday Feb 14 and Sunday Feb 15, 8:00 AM - 2:00 PM both days\n"
            "Instructor: Ramon Ibarra\nSeat: 14 of 24\nPaid: $89.00 (Visa ending 4417)\n\n"
            "Why it matters: many contractors ask for an OSHA-10 card at the interview or before your first "
            "day on site. Candidates who list it on their resume get called back for more roles.\n\n"
            "Need to change your schedule? Transfer to another class up to 48 hours before start.\n\n"
            "Gulf Coast Safety Institute\n8520 Gulf Fwy Suite 110, Houston, TX 77017 | 713-555-0145\n")
    m = mail("GCSI Registration <registration@gcsafety.example>", OWNER,
             "Registration confirmed: OSHA 10-Hour Construction - Feb 14-15", d1,
             msgid="<reg-00981-0205@gcsafety.example>", text=text,
             attach=[(enc(ev), "text", "calendar", "osha10.ics")], relay="mail.gcsafety.example")
    neg("b56-15-neg-osha10-training-class", [("01-osha10-registration.eml", m)],
        "negative/training-class", "Paid safety class with .ics; mentions interview/candidates/schedule.", "medium")


# ---- 16 forklift certification test scheduled by a staffing agency
def c16():
    d1 = T(2026, 2, 2, 9, 44)
    s, e = T(2026, 2, 4, 7, 0), T(2026, 2, 4, 9, 0)
    ev = vcalendar("-//Tri-County Workforce//Branch Calendar//EN", "REQUEST", [
        "BEGIN:VEVENT", "UID:tcw-fl-eval-0204-rq@tricountyworkforce.example", f"DTSTAMP:{utcstamp(d1)}",
        f"DTSTART;TZID=America/Chicago:{local(s, CHI)}", f"DTEND;TZID=America/Chicago:{local(e, CHI)}",
        "SUMMARY:Forklift certification evaluation (written + practical) - Rafael Quintanilla",
        "LOCATION:" + esc("Tri-County Workforce training yard, 5150 Aldine Bender Rd, Houston, TX 77032"),
        "DESCRIPTION:" + esc("Evaluator: Ray Coleman. Sit-down counterbalance + stand-up reach truck."),
        "ORGANIZER;CN=Yesenia Flores:mailto:yflores@tricountyworkforce.example",
        f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{OWNER}",
        "ATTENDEE;CN=Ray Coleman;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:rcoleman@tricountyworkforce.example",
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT"], VTZ_CHICAGO)
    text = ("Rafael,\n\n"
            "Before I can submit you as a candidate for the reach-truck and lead roles with our distribution "
            "clients, you'll need our in-house forklift certification. You're scheduled Wed 2/4 at 7a at the "
            "training yard - about 2 hrs: a 25-question written test, then the practical driving eval with "
            "Ray Coleman. This is a skills test, not an interview, but show up like it is one :)\n\n"
            "Wear steel toes. No open-toe, no shorts.\n\n"
            "Yesenia Flores\nBranch Recruiter | Tri-County Workforce\n"
            "5150 Aldine Bender Rd, Houston TX 77032 | 281-555-0188\n")
    m = mail("Yesenia Flores <yflores@tricountyworkforce.example>", OWNER_HDR,
             "Forklift cert test Wed 2/4 7a", d1, msgid="<tcw-yf-0202-0944@tricountyworkforce.example>",
             text=text, attach=[(enc(ev), "text", "calendar", "invite.ics")],
             relay="mail.tricountyworkforce.example")
    neg("b56-16-neg-forklift-certification-test", [("01-forklift-cert-test.eml", m)],
        "negative/skills-test", "Staffing agency schedules a forklift certification (skills test) with an evaluator; 'not an interview'.")


# ---- 17 DMV / driver license office appointment (CDL knowledge test)
def c17():
    d1 = T(2026, 2, 26, 21, 3)
    html = ("<html><body style=\"font-family:Arial\"><h2>Appointment Confirmation</h2>"
            "<p>RAFAEL QUINTANILLA, your appointment has been scheduled.</p>"
            "<table><tr><td><b>Service</b></td><td>Commercial Driver License (CDL) - Class A Knowledge Test</td></tr>"
            "<tr><td><b>Office</b></td><td>Houston Northeast Driver License Office, 8700 Tidwell Rd</td></tr>"
            "<tr><td><b>Date/Time</b></td><td>Thursday, 03/05/2026 08:40 AM</td></tr>"
            "<tr><td><b>Confirmation #</b></td><td>DL-4471-20938</td></tr></table>"
            "<p>Arrive 10 minutes early. Bring proof of identity, Social Security number, Texas residency "
            "(2 documents) and your medical examiner's certificate. A short interview with the clerk to "
            "verify documents is part of the check-in.</p>"
            "<p>To reschedule or cancel, use the link in the scheduler. Do not reply to this email.</p>"
            "<p style=\"font-size:11px\">Driver License Appointment Scheduler</p></body></html>")
    m = mail("DL Appointments <noreply@dl-appointments.example>", OWNER,
             "Appointment Confirmation - Houston Northeast DL Office - 03/05/2026", d1,
             msgid="<dlappt-4471-20938@dl-appointments.example>", html=html,
             relay="smtp.dl-appointments.example")
    neg("b56-17-neg-dmv-cdl-appointment", [("01-dl-appointment-confirmation.eml", m)],
        "negative/government-appointment", "Driver license office appointment (CDL knowledge test); mentions a document 'interview' with the clerk.", "medium")


# ---- 18 shift confirmation from a staffing app
def c18():
    d1 = T(2026, 3, 19, 18, 12)
    s, e = T(2026, 3, 21, 6, 0), T(2026, 3, 21, 14, 30)
    ev = vcalendar("-//Crewline//Shifts//EN", "PUBLISH", [
        "BEGIN:VEVENT", "UID:crewline-shift-SBF-0321-0600-rq@notify.crewline.example",
        f"DTSTAMP:{utcstamp(d1)}", f"DTSTART:{utcstamp(s)}", f"DTEND:{utcstamp(e)}",
        "SUMMARY:Shift: Picker/Packer - Sunbelt Foods DC",
        "LOCATION:" + esc("Sunbelt Foods DC, 11200 Eastex Fwy, Houston, TX 77093 - Dock door 4"),
        "DESCRIPTION:Check in with site lead Andre at the temp desk.", "END:VEVENT"])
    html = ("<html><body style=\"font-family:Helvetica,Arial\"><p style=\"color:#0f766e;font-size:18px\">crewline</p>"
            "<h2>Shift confirmed &#9989;</h2>"
            "<p><b>Sunbelt Foods DC</b> &middot; Picker/Packer (temp)<br>Saturday, March 21 &middot; 6:00a &ndash; 2:30p<br>"
            "Dock door 4 &middot; check in with site lead Andre at the temp desk</p>"
            "<p>Pay: $18.50/hr &middot; 30-min unpaid lunch</p>"
            "<p>Showing up to confirmed shifts keeps your reliability score high &ndash; top-rated workers are "
            "the first candidates we send when clients open full-time roles or request an interview.</p>"
            "<p><a href=\"https://app.crewline.example/shifts/SBF-0321\">View shift</a> &middot; "
            "<a href=\"https://app.crewline.example/shifts/SBF-0321/drop\">Drop shift (24h notice)</a></p>"
            "<p style=\"font-size:11px;color:#999\">Crewline &middot; automated message</p></body></html>")
    m = mail("Crewline <no-reply@notify.crewline.example>", OWNER,
             "Shift confirmed: Sat Mar 21, 6:00a - Sunbelt Foods DC", d1,
             msgid="<shift.SBF-0321.88120@notify.crewline.example>", html=html,
             attach=[(enc(ev), "text", "calendar", "shift.ics")], relay="notify.crewline.example")
    neg("b56-18-neg-staffing-app-shift-confirmation", [("01-crewline-shift-confirmed.eml", m)],
        "negative/shift-confirmation", "Temp work shift booked through the same hiring app used for an interview in b56-02; .ics in UTC.")


# ---- 19 rejection after an interview
def c19():
    d1 = T(2026, 3, 3, 11, 26)
    html = ("<html><body style=\"font-family:Georgia,serif;font-size:15px\">"
            "<p>Dear Rafael,</p>"
            "<p>Thank you for taking the time to interview with us on Friday for the <b>Shipping &amp; Receiving "
            "Supervisor</b> role at Lakeshore Beverage Distributors. Our team enjoyed meeting you and learning "
            "about your experience leading second-shift crews.</p>"
            "<p>After careful consideration, we have decided to move forward with another candidate whose "
            "experience more closely matches our needs at this time. We will keep your resume on file and "
            "encourage you to apply for future openings &ndash; we schedule new interviews for supervisor roles "
            "every quarter.</p>"
            "<p>We wish you the best in your search.</p>"
            "<p>Sincerely,<br>Human Resources<br>Lakeshore Beverage Distributors<br>"
            "3901 Lockwood Dr, Houston, TX 77026</p></body></html>")
    m = mail("Lakeshore Beverage Careers <careers-noreply@lakeshorebev.example>", OWNER,
             "Your application for Shipping & Receiving Supervisor", d1,
             msgid="<rej-ssr-2231-rq@lakeshorebev.example>", html=html, html_cte="quoted-printable",
             relay="mail.lakeshorebev.example")
    neg("b56-19-neg-rejection-after-interview", [("01-lakeshore-rejection.eml", m)],
        "negative/rejection", "HTML-only rejection referring to a past interview ('on Friday'); nothing upcoming.", "medium")


# ---- 20 background check / drug screen appointment
def c20():
    d1 = T(2026, 2, 27, 16, 5)
    s, e = T(2026, 3, 2, 9, 30), T(2026, 3, 2, 10, 0)
    ev = vcalendar("-//ClearPath Screening//Appointments//EN", "PUBLISH", [
        "BEGIN:VEVENT", "UID:cps-appt-7730155@clearpathscreening.example", f"DTSTAMP:{utcstamp(d1)}",
        f"DTSTART;TZID=America/Chicago:{local(s, CHI)}", f"DTEND;TZID=America/Chicago:{local(e, CHI)}",
        "SUMMARY:Pre-employment drug screen (10-panel urine) - WorkWell Occupational Health",
        "LOCATION:" + esc("WorkWell Occupational Health, 1220 Gessner Rd, Houston, TX 77055"),
        "DESCRIPTION:" + esc("Donor pass #7730155. Bring photo ID. Employer: Northgate Fulfillment."),
        "END:VEVENT"], VTZ_CHICAGO)
    text = ("ClearPath Screening - Candidate Notification\n\n"
            "Hello Rafael Quintanilla,\n\n"
            "Northgate Fulfillment has ordered a pre-employment background check and drug screen as part of "
            "your candidate process for the role of Warehouse Supervisor, Outbound (2nd Shift).\n\n"
            "Drug screen appointment:\n"
            "  Monday, March 2, 2026 at 9:30 AM\n"
            "  WorkWell Occupational Health, 1220 Gessner Rd, Houston, TX 77055\n"
            "  Donor pass #7730155 (valid 72 hours)\n\n"
            "Background check: please complete the disclosure & authorization form within 48 hours: "
            "https://candidate.clearpathscreening.example/a/7730155\n\n"
            "This is not an interview; no employer staff will be present. Results go directly to the employer.\n\n"
            "ClearPath Screening | 1-800-555-0199 | support@clearpathscreening.example\n")
    m = mail("ClearPath Screening <notifications@clearpathscreening.example>", OWNER,
             "Action required: drug screen scheduled Mon 3/2 9:30 AM + background check", d1,
             msgid="<cps-7730155-0227@clearpathscreening.example>", text=text, text_cte="quoted-printable",
             attach=[(enc(ev), "text", "calendar", "appointment.ics")], relay="mail.clearpathscreening.example")
    neg("b56-20-neg-drug-screen-background-check", [("01-clearpath-drug-screen.eml", m)],
        "negative/pre-employment-screening", "Drug-screen appointment with .ics, names the employer, role and 'candidate'; not an interview.")


# ---- 21 open-interview invitation from the app, slot NOT booked
def c21():
    d1 = T(2026, 4, 14, 9, 0)
    html = ("<html><body style=\"font-family:Helvetica,Arial\"><p style=\"color:#0f766e;font-size:18px\">crewline</p>"
            "<h2>You're invited to an Open Interview!</h2>"
            "<p>Hi Rafael, <b>Harbor Freightways</b> liked your profile for <b>Dock Supervisor (Nights)</b> and "
            "invited you to their Open Interview days at the Pasadena terminal.</p>"
            "<p>Pick a time that works for you:</p><ul>"
            "<li><a href=\"https://app.crewline.example/b/HFW-OID/slot/0421-0800\">Tue Apr 21 &middot; 8:00a</a></li>"
            "<li><a href=\"https://app.crewline.example/b/HFW-OID/slot/0421-1300\">Tue Apr 21 &middot; 1:00p</a></li>"
            "<li><a href=\"https://app.crewline.example/b/HFW-OID/slot/0422-1000\">Wed Apr 22 &middot; 10:00a</a></li>"
            "<li><a href=\"https://app.crewline.example/b/HFW-OID/slot/0422-1530\">Wed Apr 22 &middot; 3:30p</a></li></ul>"
            "<p>Slots fill up fast &ndash; book yours in the next 48 hours to hold your place.</p>"
            "<p style=\"font-size:11px;color:#999\">Crewline &middot; automated message</p></body></html>")
    m = mail("Crewline <no-reply@notify.crewline.example>", OWNER,
             "Harbor Freightways invited you to interview - pick a time", d1,
             msgid="<invite.HFW-OID.88120@notify.crewline.example>", html=html, relay="notify.crewline.example")
    neg("b56-21-neg-open-interview-invite-unbooked", [("01-crewline-pick-a-time.eml", m)],
        "negative/availability-request", "Open-interview invitation with slot links; the owner never booked one.")


# ---- 22 owner is the interviewer at his current job (Google invite)
def c22():
    d1 = T(2026, 2, 9, 8, 15)
    text1 = ("Rafael - two forklift operator candidates coming in tomorrow for 2nd shift. Since they'd report "
             "to you, can you do the interviews? Jose Peña at 2pm, Brandon Tran at 2:30. I'll send invites. "
             "Use the standard question sheet and drop your scores in the tracker.\n\n"
             "Thanks,\nAmber Kline\nHR Generalist | Gateway Bulk Logistics\n"
             "600 Wayside Dr, Houston TX 77011 | 713-555-0112\n")
    m1 = mail("Amber Kline <akline@gatewaybulk.example>", f"{OWNER_NAME} <rafa.quintanilla@example.com>",
              "Forklift operator interviews tomorrow - can you take them?", d1,
              msgid="<CAK4a-akline-0209@gatewaybulk.example>", text=text1, relay="mail.gatewaybulk.example")
    d2 = T(2026, 2, 9, 8, 40)
    s, e = T(2026, 2, 10, 14, 0), T(2026, 2, 10, 14, 30)
    m2 = gcal_invite(
        organizer="akline@gatewaybulk.example", org_name="Amber Kline",
        attendees=[("Amber Kline", "akline@gatewaybulk.example", "REQ-PARTICIPANT"),
                   (OWNER_NAME, OWNER, "REQ-PARTICIPANT")],
        summary="Candidate interview: Jose Peña - Forklift Operator (2nd shift) - interviewer: Rafael Q.",
        description="Candidate: Jose Peña (applied via Jobrio). Interviewer: Rafael Quintanilla. Room: break room office.",
        location="Gateway Bulk Logistics - supervisor office",
        start=s, end=e, tz=CHI, tzlabel="Central Time - Chicago",
        when_txt="Tue Feb 10, 2026 2pm - 2:30pm",
        uid="1p8c3v0x7n2m5b9z4q6w8e0rtk@google.com", created=d2, date=d2,
        msgid="<calendar-2b3c4d5e-6f70-4812-9a3b-4c5d6e7f8091@google.com>")
    neg("b56-22-neg-owner-is-interviewer", [("01-amber-can-you-interview.eml", m1),
                                             ("02-google-invite-candidate-interview.eml", m2)],
        "negative/user-is-interviewer", "At his current job the owner interviews forklift-operator candidates; Google invite titled 'Candidate interview'.")


# =================================================================== write
def main():
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              c14, c15, c16, c17, c18, c19, c20, c21, c22):
        f()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b56-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for cid, items, lab in CASES:
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fname, data in items:
            with open(os.path.join(d, fname), "wb") as fh:
                fh.write(enc(data))
        labels[cid] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# blind56 - generated by make_cases.py; do not edit by hand\n")
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=110)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
