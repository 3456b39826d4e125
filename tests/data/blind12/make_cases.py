#!/usr/bin/env python3
"""Deterministic generator for the blind12 interview-detection set.

Rewrites every case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All names, companies and domains are invented.
"""
import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
UTC = timezone.utc
LA = ZoneInfo("America/Los_Angeles")
NY = ZoneInfo("America/New_York")
CHI = ZoneInfo("America/Chicago")
PHX = ZoneInfo("America/Phoenix")
SP = ZoneInfo("America/Sao_Paulo")
LON = ZoneInfo("Europe/London")
BER = ZoneInfo("Europe/Berlin")
STO = ZoneInfo("Europe/Stockholm")
KOL = ZoneInfo("Asia/Kolkata")
TOK = ZoneInfo("Asia/Tokyo")
SYD = ZoneInfo("Australia/Sydney")

LABELS = {}
_counter = [0]


def dt(tz, y, mo, d, h, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def iso(x):
    return x.isoformat() if x is not None else None


def mid(domain):
    _counter[0] += 1
    return f"<{_counter[0]:04d}.{_counter[0] * 7919 % 999983:06d}.b12@{domain}>"


# ---------------------------------------------------------------- iCalendar
def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], b""
    for ch in line:
        c = ch.encode("utf-8")
        limit = 75 if not out else 74
        if len(cur) + len(c) > limit:
            out.append(cur.decode("utf-8"))
            cur = b""
        cur += c
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ = {
    "W. Europe Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "US Mountain Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:US Mountain Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0700",
        "END:STANDARD", "END:VTIMEZONE"],
    "America/New_York": [
        "BEGIN:VTIMEZONE", "TZID:America/New_York",
        "BEGIN:DAYLIGHT", "DTSTART:20070311T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
        "TZNAME:EDT", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "DTSTART:20071104T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
        "TZNAME:EST", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "END:VTIMEZONE"],
    "Europe/Stockholm": [
        "BEGIN:VTIMEZONE", "TZID:Europe/Stockholm",
        "BEGIN:DAYLIGHT", "DTSTART:19810329T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "TZNAME:CEST", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "DTSTART:19961027T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "TZNAME:CET", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"],
    "Asia/Kolkata": [
        "BEGIN:VTIMEZONE", "TZID:Asia/Kolkata",
        "BEGIN:STANDARD", "DTSTART:19700101T000000", "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530",
        "TZNAME:IST", "END:STANDARD", "END:VTIMEZONE"],
}


def ics(method, events, prodid="-//Blind12//Generator//EN", extra_cal=()):
    """events: list of dicts. tzmode: 'utc' or a TZID key of VTZ."""
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(extra_cal)
    tzids = {e["tz"] for e in events if e.get("tz", "utc") != "utc"}
    for t in sorted(tzids):
        lines += VTZ[t]
    for e in events:
        tz = e.get("tz", "utc")
        lines.append("BEGIN:VEVENT")

        def tline(name, val):
            if tz == "utc":
                lines.append(f"{name}:{val.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}")
            else:
                lines.append(f"{name};TZID={tz}:{val.strftime('%Y%m%dT%H%M%S')}")
        tline("DTSTART", e["start"])
        if e.get("end") is not None:
            tline("DTEND", e["end"])
        lines.append(f"DTSTAMP:{e.get('stamp', e['start']).astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}")
        if e.get("organizer"):
            n, m = e["organizer"]
            lines.append(f"ORGANIZER;CN={n}:mailto:{m}")
        lines.append(f"UID:{e['uid']}")
        for n, m, *rest in e.get("attendees", []):
            role = rest[0] if rest else "REQ-PARTICIPANT"
            ps = rest[1] if len(rest) > 1 else "NEEDS-ACTION"
            lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={n};X-NUM-GUESTS=0:mailto:{m}")
        lines.append(f"SEQUENCE:{e.get('seq', 0)}")
        lines.append(f"STATUS:{e.get('status', 'CONFIRMED')}")
        lines.append(f"SUMMARY:{esc(e['summary'])}")
        if e.get("description"):
            lines.append(f"DESCRIPTION:{esc(e['description'])}")
        if e.get("location"):
            lines.append(f"LOCATION:{esc(e['location'])}")
        lines += e.get("extra", [])
        lines.append("TRANSP:OPAQUE")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


# ---------------------------------------------------------------- e-mail
def eml(owner, date, frm, to, subject, text=None, html=None, cc=None, reply_to=None,
        msgid_domain="mail.example", in_reply_to=None, references=None, cte="quoted-printable",
        cal=None, attach=None, extra_headers=(), html_cte=None):
    m = EmailMessage()
    m["Delivered-To"] = owner
    m["Received"] = (f"from mx-out.{msgid_domain} by mx.mail.example with ESMTPS id "
                     f"{abs(int(date.timestamp())) % 99991:x}; {format_datetime(date)}")
    for k, v in extra_headers:
        m[k] = v
    m["Date"] = format_datetime(date)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Message-ID"] = mid(msgid_domain)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    if text is not None:
        m.set_content(text, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte or cte)
    else:
        m.set_content(html, subtype="html", cte=html_cte or cte)
    if cal is not None:
        method, body = cal
        m.add_alternative(body, subtype="calendar", params={"method": method}, cte="base64")
    if attach is not None:
        name, body, method = attach
        params = {"method": method} if method else {}
        m.add_attachment(body, subtype="calendar", filename=name, params=params, cte="base64")
    for i, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary(f"----=_Part_{_counter[0]:04d}_{i}_b12")
    return m


CASES = {}


def case(cid, items, label):
    CASES[cid] = items
    LABELS[cid] = label


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind}


def lab(user, ivs, difficulty, category, notes):
    return {"user": user, "interview": bool(ivs), "interviews": ivs, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


def hdr_id(m):
    return m["Message-ID"]


def gdate(x):
    """Google-style subject date e.g. 'Tue Apr 7, 2026 10am'"""
    h = x.strftime("%I").lstrip("0")
    mm = x.strftime("%M")
    ap = x.strftime("%p").lower()
    return f"{x.strftime('%a %b')} {x.day}, {x.year} {h}{'' if mm == '00' else ':' + mm}{ap}"


def gtime(x):
    h = x.strftime("%I").lstrip("0")
    mm = x.strftime("%M")
    return f"{h}{'' if mm == '00' else ':' + mm}{x.strftime('%p').lower()}"


def google_invite(owner, date, organizer, subject_title, start, end, tzlabel, tzname, guests, desc,
                  uid, seq=0, updated=False, domain="calendar.google.example", method="REQUEST",
                  reply_to=None):
    """Google Calendar invitation: multipart/mixed, text, html, text/calendar + invite.ics."""
    on, oe = organizer
    prefix = "Updated invitation" if updated else "Invitation"
    when = f"{gdate(start)} - {gtime(end)} ({tzlabel})"
    subj = f"{prefix}: {subject_title} @ {when} ({owner})"
    guest_lines = "\n".join(f"{n}{' - organizer' if e == oe else ''}\n{e}" for n, e in guests)
    changed = "This event has been changed.\n\n" if updated else ""
    text = (f"{changed}{subject_title}\n{start.strftime('%A %b')} {start.day}, {start.year} ⋅ "
            f"{gtime(start)} – {gtime(end)}\n{tzname}\n\nJoin with Google Meet\n"
            f"https://meet.google.example/{uid[:3]}-{uid[3:7]}-{uid[7:10]}\n\n"
            f"Organizer\n{on}\n{oe}\n\nGuests\n{guest_lines}\n{owner}\n\n{desc}\n\n"
            f"Reply for {owner} and view more details https://calendar.google.example/event?eid={uid}\n\n"
            f"Invitation from Google Calendar\n\nYou are receiving this email because you are an attendee on "
            f"the event. To stop receiving future updates for this event, decline this event.\n")
    html = ("<html><body><div style=\"font-family:Roboto,Arial\">"
            + (f"<p><b>This event has been changed.</b></p>" if updated else "")
            + f"<h2>{subject_title}</h2><p>{start.strftime('%A %b')} {start.day}, {start.year} ⋅ "
            f"{gtime(start)} – {gtime(end)}<br>{tzname}</p><p><a href=\"https://meet.google.example/"
            f"{uid[:3]}-{uid[3:7]}-{uid[7:10]}\">Join with Google Meet</a></p><p><b>Guests</b><br>"
            + "<br>".join(f"<a href=\"mailto:{e}\">{n}</a>{' – organizer' if e == oe else ''}" for n, e in guests)
            + f"<br>{owner}</p><p>{desc.replace(chr(10), '<br>')}</p><p style=\"color:#777\">Invitation from "
            "Google Calendar</p></div></body></html>")
    atts = [(n, e, "REQ-PARTICIPANT", "ACCEPTED" if e == oe else "NEEDS-ACTION") for n, e in guests]
    atts.append((owner, owner, "REQ-PARTICIPANT", "NEEDS-ACTION"))
    body = ics(method, [{"start": start, "end": end, "uid": f"{uid}@google.example", "organizer": organizer,
                         "attendees": atts, "seq": seq, "summary": subject_title, "description": desc,
                         "location": "", "stamp": date,
                         "extra": [f"X-GOOGLE-CONFERENCE:https://meet.google.example/{uid[:3]}-{uid[3:7]}-{uid[7:10]}"]}],
               prodid="-//Google Inc//Google Calendar 70.9054//EN")
    return eml(owner, date, f"{on} <{oe}>", owner, subj, text=text, html=html, cte="base64",
               msgid_domain=domain, cal=(method, body), attach=("invite.ics", body, method),
               reply_to=reply_to,
               extra_headers=[("Sender", "Google Calendar <calendar-notification@google.example>")])


# =====================================================================================
# POSITIVES
# =====================================================================================
def c01():
    o = "noor.haddad@mail.example"
    dana = "dana.whitlock@halvorsenorbital.example"
    items = []
    items.append(("01-job-alert.eml", eml(
        o, dt(UTC, 2026, 3, 3, 14, 2), "CareerLink Alerts <alerts-noreply@careerlink.example>", o,
        "12 new jobs for \"flight software engineer\" near Los Angeles",
        text="Noor, here are new matches for your saved search.\n\nFlight Software Engineer - Halvorsen Orbital - "
             "Long Beach, CA (Easy Apply)\nEmbedded Engineer, GNC - Tarnwell Aerospace - El Segundo, CA\n"
             "Software Engineer, Test Automation - Quartz Lane - Remote\n\nSee all 12 jobs: "
             "https://careerlink.example/jobs/alerts/88231\n\nYou're receiving this because you created a job alert. "
             "Unsubscribe: https://careerlink.example/u/88231\n", msgid_domain="careerlink.example")))
    d1 = dt(LA, 2026, 3, 5, 9, 12)
    m2 = eml(o, d1, f"Dana Whitlock <{dana}>", f"Noor Haddad <{o}>",
             "Halvorsen Orbital - Flight Software Engineer - quick intro call?",
             text="Hi Noor,\n\nThanks for applying to the Flight Software Engineer role at Halvorsen Orbital. I'm the "
                  "recruiter supporting our avionics team and I'd love to set up a 30 minute intro call to go over "
                  "your background and the role.\n\nWould Thu 3/12 @ 4:30p PT work? I'll just call the number on "
                  "your resume (ending -4471).\n\nDana\n\n--\nDana Whitlock | Technical Recruiter\nHalvorsen Orbital\n"
                  "3300 Harbor Crest Blvd, Long Beach, CA 90802\nm: (562) 555-0148\n",
             msgid_domain="halvorsenorbital.example")
    items.append(("02-dana-intro-call.eml", m2))
    m3 = eml(o, dt(LA, 2026, 3, 5, 11, 40), f"Noor Haddad <{o}>", f"Dana Whitlock <{dana}>",
             "Re: Halvorsen Orbital - Flight Software Engineer - quick intro call?",
             text="Hi Dana,\n\nThursday at 4:30 Pacific works great. Talk then!\n\nNoor\n\n"
                  "On Thu, Mar 5, 2026 at 9:12 AM Dana Whitlock <" + dana + "> wrote:\n> Hi Noor,\n>\n"
                  "> Would Thu 3/12 @ 4:30p PT work? I'll just call the number on\n> your resume (ending -4471).\n",
             in_reply_to=hdr_id(m2), cte="7bit")
    items.append(("03-re-intro-call.eml", m3))
    m4 = eml(o, dt(LA, 2026, 3, 5, 13, 3), f"Dana Whitlock <{dana}>", f"Noor Haddad <{o}>",
             "Re: Halvorsen Orbital - Flight Software Engineer - quick intro call?",
             text="Perfect - you're locked in for Thursday 3/12, 4:30-5:00pm PT. Heads up that the clocks "
                  "spring forward this weekend, so double check your calendar!\n\nDana\n",
             in_reply_to=hdr_id(m3), references=f"{hdr_id(m2)} {hdr_id(m3)}",
             msgid_domain="halvorsenorbital.example")
    items.append(("04-re-locked-in.eml", m4))
    s = dt(LA, 2026, 3, 12, 16, 30)
    case("b12-01-recruiter-screen-thread-after-us-dst", items, lab(
        o, [iv("Halvorsen Orbital", "Flight Software Engineer", s, s + timedelta(minutes=30), "scheduled",
               [dana], [dana], "phone_screen")], "medium", "positive/thread-propose-confirm",
        "Job alert noise, then recruiter proposes 'Thu 3/12 @ 4:30p PT', user accepts, recruiter confirms "
        "4:30-5:00pm PT. Mar 12 is after the US DST switch -> -07:00. Recruiter conducts the call."))


def c02():
    o = "lukas.berg@example.com"
    elin = "elin.sandberg@fjallvik.example"
    ing = "ingrid.dahl@fjallvik.example"
    osk = "oskar.lind@fjallvik.example"
    s = dt(STO, 2026, 3, 17, 14)
    e = dt(STO, 2026, 3, 17, 15)
    body = ics("REQUEST", [{"start": s, "end": e, "tz": "Europe/Stockholm", "uid": "tt-int-55190-3@teamtailor.example",
                             "organizer": ("Elin Sandberg", elin),
                             "attendees": [("Ingrid Dahl", ing), ("Oskar Lind", osk), ("Lukas Berg", o)],
                             "summary": "Intervju: Data Platform Engineer - Fjällvik Energi",
                             "description": "Teknisk intervju med Ingrid Dahl och Oskar Lind. Teams-länk: "
                                            "https://teams.example/l/meetup-join/fjv-55190",
                             "location": "Microsoft Teams", "stamp": dt(STO, 2026, 3, 9, 10, 31)}],
               prodid="-//Teamtailor//Interview scheduling//EN")
    html = ("<html><body style=\"font-family:Helvetica,Arial\"><p>Hej Lukas,</p>"
            "<p>Tack för att du bokade en tid! Här är detaljerna för din tekniska intervju för tjänsten "
            "<b>Data Platform Engineer</b> på Fjällvik Energi.</p>"
            "<table><tr><td><b>När</b></td><td>tisdag 17 mars 2026, kl. 14:00–15:00 (svensk tid, CET)</td></tr>"
            "<tr><td><b>Var</b></td><td>Microsoft Teams (länk i kalenderinbjudan)</td></tr></table>"
            "<p>Du kommer att träffa Ingrid Dahl (Engineering Manager) och Oskar Lind (Senior Data Engineer). "
            "Räkna med en kort presentation, en genomgång av ett tidigare projekt och en diskussion kring "
            "datamodellering.</p><p>Om du behöver ändra tiden, svara på detta mejl så hjälper jag dig.</p>"
            "<p>Vänliga hälsningar,<br>Elin Sandberg<br>Talent Acquisition Partner, Fjällvik Energi<br>"
            "Kungsgatan 48, 111 35 Stockholm</p><hr><p style=\"font-size:11px;color:#888\">Skickat via "
            "Teamtailor. Du får detta mejl eftersom du har sökt en tjänst hos Fjällvik Energi.</p></body></html>")
    m = eml(o, dt(STO, 2026, 3, 9, 10, 31), "Fjällvik Energi <no-reply@mail.teamtailor.example>", o,
            "Bekräftelse: intervju för Data Platform Engineer", html=html, reply_to=f"Elin Sandberg <{elin}>",
            msgid_domain="mail.teamtailor.example", attach=("intervju.ics", body, "REQUEST"))
    nl = eml(o, dt(STO, 2026, 3, 2, 7, 0), "Fjällvik Energi Karriär <karriar@fjallvik.example>", o,
             "Tack för din ansökan – Data Platform Engineer",
             text="Hej Lukas!\n\nTack för din ansökan till tjänsten Data Platform Engineer. Vi går igenom ansökningar "
                  "löpande och hör av oss inom två veckor om nästa steg, t.ex. en intervju.\n\n"
                  "Med vänlig hälsning\nFjällvik Energi\n", msgid_domain="fjallvik.example")
    case("b12-02-teamtailor-swedish-confirmation-ics", [("01-ansokan-mottagen.eml", nl), ("02-bekraftelse-intervju.eml", m)], lab(
        o, [iv("Fjällvik Energi", "Data Platform Engineer", s, e, "scheduled", [ing, osk], [ing, osk], "onsite")],
        "medium", "positive/ats-email-with-ics",
        "Application receipt, then Swedish Teamtailor confirmation (HTML-only) from no-reply with Reply-To the "
        "coordinator; .ics with TZID Europe/Stockholm lists both interviewers. 14:00 CET (+01:00). Two "
        "interviewers -> panel."))


def c03():
    o = "mei.lin.tan@example.com"
    cal = "callum.reeve@coralbay.example"
    s = dt(SYD, 2026, 4, 7, 10)
    e = dt(SYD, 2026, 4, 7, 10, 45)
    m = google_invite(o, dt(SYD, 2026, 3, 30, 16, 5), ("Callum Reeve", cal),
                      "Chat with Callum (Head of Product) – Senior Product Analyst, Coralbay Analytics", s, e,
                      "AEST", "Australian Eastern Time - Sydney", [("Callum Reeve", cal)],
                      "Hi Mei Lin, looking forward to talking about how you'd approach our retention metrics. "
                      "This is the hiring manager conversation; no prep needed.\n- Callum",
                      uid="crb7x2kq4mza1")
    case("b12-03-google-invite-hm-after-sydney-dst-end", [("01-invitation-chat-with-callum.eml", m)], lab(
        o, [iv("Coralbay Analytics", "Senior Product Analyst", s, e, "scheduled", [cal], [cal], "hiring_manager")],
        "hard", "positive/google-invite",
        "Google invitation (base64 bodies) sent 30 Mar (AEDT +11:00) for 7 Apr 10:00 Sydney, after DST ends on "
        "5 Apr -> +10:00. Hiring manager is organizer and interviewer."))


def c04():
    o = "jana.richter@mail.example"
    sab = "sabine.vogt@brueckner-mt.example"
    tho = "thomas.albers@brueckner-mt.example"
    mei = "meike.jansen@brueckner-mt.example"
    s = dt(BER, 2026, 3, 31, 14)
    e = dt(BER, 2026, 3, 31, 15, 30)
    sent = dt(BER, 2026, 3, 24, 10, 14)
    body = ics("REQUEST", [{"start": s, "end": e, "tz": "W. Europe Standard Time",
                             "uid": "040000008200E00074C5B7101A82E00800000000B0C4D3A1E2B3DC01000000000000000010000000F1A2B3C4D5E6",
                             "organizer": ("Vogt, Sabine", sab),
                             "attendees": [("Richter, Jana", o), ("Albers, Dr. Thomas", tho), ("Jansen, Meike", mei)],
                             "summary": "Fachgespräch Embedded Softwareentwickler (m/w/d) - Jana Richter",
                             "description": "Wann: Dienstag, 31. März 2026 14:00-15:30 (UTC+01:00) Amsterdam, Berlin, Bern, "
                                            "Rom, Stockholm, Wien.\nWo: Microsoft Teams-Besprechung",
                             "location": "Microsoft Teams-Besprechung", "stamp": sent,
                             "extra": ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
                                       "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]}],
               prodid="Microsoft Exchange Server 2010")
    text = ("Wann: Dienstag, 31. März 2026 14:00-15:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.\n"
            "Wo: Microsoft Teams-Besprechung\n\n*~*~*~*~*~*~*~*~*~*\n\nHallo Frau Richter,\n\nwie telefonisch "
            "besprochen lade ich Sie hiermit zum Fachgespräch für die Position Embedded Softwareentwickler (m/w/d) "
            "ein. Sie sprechen mit Dr. Thomas Albers (Teamleiter Firmware) und Meike Jansen (Senior "
            "Entwicklerin). Ich habe das Gespräch organisiert, bin aber selbst nicht dabei.\n\nBeginn ist um "
            "14:00 Uhr, geplant sind 90 Minuten inklusive einer kurzen Live-Coding-Aufgabe in C.\n\nViele Grüße\n"
            "Sabine Vogt\nPersonalreferentin\nBrückner Medizintechnik GmbH | Am Hafen 7 | 28217 Bremen\n"
            "Tel. +49 421 555 3810\n\n________________________________________________________________________________\n"
            "Microsoft Teams-Besprechung\nNehmen Sie an der Besprechung teil\n"
            "https://teams.example/l/meetup-join/19%3ameeting_BRMT31%40thread.v2\nBesprechungs-ID: 382 991 004 12\n"
            "Kennung: qX7pVa\n________________________________________________________________________________\n")
    m = eml(o, sent, f'"Vogt, Sabine" <{sab}>', f'"Richter, Jana" <{o}>, "Albers, Dr. Thomas" <{tho}>, "Jansen, Meike" <{mei}>',
            "Fachgespräch Embedded Softwareentwickler (m/w/d) - Jana Richter", text=text, cte="quoted-printable",
            msgid_domain="EUR03.prod.outlook.example", cal=("REQUEST", body),
            extra_headers=[("Thread-Topic", "Fachgespräch Embedded Softwareentwickler (m/w/d) - Jana Richter"),
                           ("Content-class", "urn:content-classes:calendarmessage"), ("Accept-Language", "de-DE")])
    case("b12-04-german-outlook-panel-utc-label-after-eu-dst", [("01-fachgespraech.eml", m)], lab(
        o, [iv("Brückner Medizintechnik GmbH", "Embedded Softwareentwickler (m/w/d)", s, e, "scheduled",
               [tho, mei], [tho, mei], "onsite")], "hard", "positive/outlook-invite",
        "German Exchange invite, Windows TZID 'W. Europe Standard Time'; the '(UTC+01:00)' label is only the "
        "display name - 31 Mar is after EU DST (Mar 29) -> +02:00. HR coordinator says she won't attend; two "
        "interviewers named in prose and as attendees."))


def c05():
    o = "sam.okoye@example.com"
    pri = "priyanka.dube@ledgerline.example"
    raf = "rafael.mendes@ledgerline.example"
    s = dt(NY, 2026, 4, 2, 12)
    e = dt(NY, 2026, 4, 2, 13)
    nl = eml(o, dt(NY, 2026, 3, 23, 8, 0), "The Offer Sheet <digest@offersheet.example>", o,
             "This week: 7 interview questions iOS teams keep asking",
             html="<html><body><h1>The Offer Sheet</h1><p>Preparing for a technical interview? Our editors "
                  "collected the 7 questions iOS teams asked most this quarter, plus how to schedule your "
                  "interviews so they don't collide.</p><p><a href=\"https://offersheet.example/r/ios7\">Read more</a>"
                  "</p><p style=\"font-size:10px\">Unsubscribe</p></body></html>", msgid_domain="offersheet.example")
    m1 = eml(o, dt(NY, 2026, 3, 26, 15, 47), f"Priyanka Dube <{pri}>", f"Sam Okoye <{o}>",
             "Ledgerline | Senior iOS Engineer - technical round", cc=f"Rafael Mendes <{raf}>",
             text="Hi Sam,\n\nGreat news - the team would like to move you to the technical round for the Senior iOS "
                  "Engineer role. Looping in Rafael (cc'd), one of our staff engineers, who'll run the live "
                  "coding session with you. I'll send a Zoom invite for Thursday, April 2 at noon ET (60 min).\n\n"
                  "Rafael will share a small SwiftUI project at the start; no setup needed beyond Xcode.\n\n"
                  "Best,\nPriyanka\n\nPriyanka Dube (she/her)\nRecruiting Coordinator, Ledgerline\n"
                  "200 Varick St, 9th Fl, New York, NY 10014\n", msgid_domain="ledgerline.example")
    zbody = ics("REQUEST", [{"start": s, "end": e, "tz": "America/New_York", "uid": "zoom-83312077461@zoom.example",
                              "organizer": ("Priyanka Dube", pri), "attendees": [("Sam Okoye", o)],
                              "summary": "Ledgerline Technical Interview - Sam Okoye",
                              "description": "Priyanka Dube is inviting you to a scheduled Zoom meeting.\n\n"
                                             "Join Zoom Meeting\nhttps://ledgerline.zoom.example/j/83312077461?pwd=Qk1\n"
                                             "Meeting ID: 833 1207 7461\nPasscode: 620418",
                              "location": "https://ledgerline.zoom.example/j/83312077461?pwd=Qk1",
                              "stamp": dt(NY, 2026, 3, 26, 16, 2)}], prodid="-//zoom.us//iCalendar Event//EN")
    m2 = eml(o, dt(NY, 2026, 3, 26, 16, 2), f"Priyanka Dube <no-reply@zoom.example>", o,
             "Ledgerline Technical Interview - Sam Okoye", reply_to=pri,
             text="Priyanka Dube is inviting you to a scheduled Zoom meeting.\n\nTopic: Ledgerline Technical "
                  "Interview - Sam Okoye\nTime: Apr 2, 2026 12:00 PM Eastern Time (US and Canada)\n\nJoin Zoom "
                  "Meeting\nhttps://ledgerline.zoom.example/j/83312077461?pwd=Qk1\n\nMeeting ID: 833 1207 7461\n"
                  "Passcode: 620418\n", attach=("zoom_meeting.ics", zbody, None), msgid_domain="zoom.example")
    case("b12-05-zoom-technical-interviewer-only-in-cc", [("01-newsletter.eml", nl), ("02-technical-round.eml", m1),
                                                          ("03-zoom-invite.eml", m2)], lab(
        o, [iv("Ledgerline", "Senior iOS Engineer", s, e, "scheduled", [raf], [raf], "technical")],
        "hard", "positive/zoom-dedupe",
        "Coordinator e-mail Cc's the staff engineer who runs the session ('Rafael (cc'd)'); Zoom invite (.ics "
        "TZID America/New_York) only lists the candidate. noon ET Apr 2 -> -04:00. Newsletter noise."))


def c06():
    o = "aiko.shimizu@example.com"
    ken = "ken.morita@bridgetalent.example"
    yui = "yui.ono@tsubame-robotics.example"
    har = "haruto.sato@tsubame-robotics.example"
    s = dt(TOK, 2026, 4, 16, 15)
    e = dt(TOK, 2026, 4, 16, 16)
    fwd = ("Hi Aiko,\n\nGood news - Tsubame want to go ahead with the second round. Forwarding Yui's note below; "
           "she'll put it straight into your Google Calendar. Let me know if anything looks off.\n\nKen\n"
           "Ken Morita | Senior Consultant, Bridge Talent KK | +81 3-5555-0192\n\n"
           "---------- Forwarded message ---------\nFrom: Yui Ono <" + yui + ">\nDate: Fri, Apr 3, 2026 at 6:12 PM\n"
           "Subject: Tsubame Robotics - 2次面接のご案内 / second interview\nTo: Ken Morita <" + ken + ">\n\n"
           "森田様\n\nいつもお世話になっております。清水様の二次面接（技術面接）の日程が確定しましたのでご連絡いたします。\n\n"
           "日時：4月16日（木）15:00〜16:00（日本時間）\n形式：Google Meet\n面接官：佐藤 陽翔（Perception チームリード, "
           + har + "）\n\nThe interview for the Perception Engineer position will be held in English. Aiko will "
           "receive a calendar invitation directly.\n\nよろしくお願いいたします。\n小野 由衣\n採用コーディネーター / "
           "Tsubame Robotics\n")
    m = eml(o, dt(TOK, 2026, 4, 3, 19, 30), f"Ken Morita <{ken}>", f"Aiko Shimizu <{o}>",
            "Fwd: Tsubame Robotics - 2次面接のご案内 / second interview", text=fwd, cte="base64",
            msgid_domain="bridgetalent.example")
    ev = {
        "kind": "calendar#event", "etag": "\"3551902246018000\"", "id": "tsb2r0und7q4m8hx1",
        "status": "confirmed",
        "htmlLink": "https://calendar.google.example/event?eid=dHNiMnIwdW5kN3E0bThoeDE",
        "created": "2026-04-03T09:14:02.000Z", "updated": "2026-04-03T09:15:11.402Z",
        "summary": "Tsubame Robotics 二次面接 (Technical) - Aiko Shimizu",
        "description": "Perception Engineer - second round. Interviewer: Haruto Sato. Yui (coordinator) will "
                       "open the call and then drop off.",
        "creator": {"email": yui, "displayName": "Yui Ono"},
        "organizer": {"email": yui, "displayName": "Yui Ono"},
        "start": {"dateTime": s.isoformat(), "timeZone": "Asia/Tokyo"},
        "end": {"dateTime": e.isoformat(), "timeZone": "Asia/Tokyo"},
        "iCalUID": "tsb2r0und7q4m8hx1@google.example", "sequence": 0,
        "attendees": [
            {"email": yui, "displayName": "Yui Ono", "organizer": True, "responseStatus": "accepted"},
            {"email": har, "displayName": "Haruto Sato", "responseStatus": "accepted"},
            {"email": o, "self": True, "responseStatus": "needsAction"}],
        "hangoutLink": "https://meet.google.example/tsb-qrmx-ahk",
        "reminders": {"useDefault": True}, "eventType": "default"}
    case("b12-06-agency-forward-japanese-plus-gcal-json", [("01-fwd-second-interview.eml", m),
                                                           ("02-event.gcal.json", ev)], lab(
        o, [iv("Tsubame Robotics", "Perception Engineer", s, e, "scheduled", [har], [har], "technical")],
        "hard", "positive/dedupe",
        "Agency recruiter forwards a Japanese coordinator note (base64) '4月16日（木）15:00〜16:00（日本時間）'; "
        "the same interview appears as a Calendar API event. One interview; the coordinator only opens the call."))


def c07():
    o = "felix.amsel@mail.example"
    rosa = "rosa.delgado@quillmark.example"
    mira = "mira.kowalczyk@quillmark.example"
    sig = ("\n--\nRosa Delgado\nExecutive Assistant to Mira Kowalczyk, CEO (" + mira + ")\nQuillmark Ltd | "
           "14 Cheapside, London EC2V 6DN | +44 20 7946 0321\n")
    m1 = eml(o, dt(LON, 2026, 3, 24, 11, 2), f"Rosa Delgado <{rosa}>", f"Felix Amsel <{o}>",
             "Quillmark - final conversation (Founding Designer)",
             text="Hi Felix,\n\nThe team really enjoyed the portfolio review, and Mira would love to meet you for a "
                  "final conversation about the Founding Designer role before we wrap things up.\n\nCould you do "
                  "any of these (all UK time)?\n  - Fri 27 Mar, 3pm\n  - Mon 30 Mar, 11am\n  - Wed 1 Apr, half past "
                  "ten\n\nIt'll be 45 minutes on Google Meet.\n\nBest,\nRosa" + sig,
             msgid_domain="quillmark.example")
    m2 = eml(o, dt(LON, 2026, 3, 24, 18, 20), f"Felix Amsel <{o}>", f"Rosa Delgado <{rosa}>",
             "Re: Quillmark - final conversation (Founding Designer)",
             text="Hi Rosa,\n\nThanks! Wednesday at half past ten would suit me best - I'm travelling on Friday.\n\n"
                  "Felix\n\n> Could you do any of these (all UK time)?\n>   - Fri 27 Mar, 3pm\n>   - Mon 30 Mar, 11am\n"
                  ">   - Wed 1 Apr, half past ten\n", in_reply_to=hdr_id(m1), cte="7bit")
    m3 = eml(o, dt(LON, 2026, 3, 25, 9, 5), f"Rosa Delgado <{rosa}>", f"Felix Amsel <{o}>",
             "Re: Quillmark - final conversation (Founding Designer)",
             text="Hi Felix,\n\nLovely - that's confirmed with Mira for Wednesday 1 April, 10:30-11:15 (note the "
                  "clocks go forward on Sunday, so that's BST). Meet link: https://meet.google.example/qmk-fnld-rvw\n\n"
                  "Best,\nRosa" + sig, in_reply_to=hdr_id(m2), references=f"{hdr_id(m1)} {hdr_id(m2)}",
             msgid_domain="quillmark.example")
    s = dt(LON, 2026, 4, 1, 10, 30)
    case("b12-07-ea-thread-ceo-signature-only-bst", [("01-final-conversation.eml", m1), ("02-re-wednesday.eml", m2),
                                                     ("03-re-confirmed.eml", m3)], lab(
        o, [iv("Quillmark", "Founding Designer", s, s + timedelta(minutes=45), "scheduled", [mira], [mira],
               "hiring_manager")], "hard", "positive/thread-propose-confirm",
        "Executive assistant proposes three slots straddling the UK DST switch; user picks 'Wed 1 Apr, half past "
        "ten'; confirmed 10:30-11:15 BST (+01:00). The CEO conducts; her address appears only in the EA's "
        "signature. Earlier proposed slots are not interviews."))


def c08():
    o = "tomas.pereira@example.com"
    ben = "ben.harlow@riverbendlogistics.example"
    gr = "grace.liu@riverbendlogistics.example"
    s0 = dt(CHI, 2026, 3, 17, 13)
    s1 = dt(CHI, 2026, 3, 19, 13)
    desc = ("Technical interview for the Site Reliability Engineer role. Grace Liu (Staff SRE) will walk through an "
            "incident-response scenario with you. Coordinated by Ben Harlow, Recruiting.")
    m1 = google_invite(o, dt(CHI, 2026, 3, 10, 10, 30), ("Ben Harlow", ben),
                       "Riverbend Logistics – SRE Technical Interview (Tomas Pereira)", s0, s0 + timedelta(hours=1),
                       "CDT", "Central Time - Chicago", [("Ben Harlow", ben), ("Grace Liu", gr)], desc,
                       uid="rvb9sre2k7d1q")
    m2 = eml(o, dt(CHI, 2026, 3, 13, 16, 44), f"Ben Harlow <{ben}>", f"Tomas Pereira <{o}>",
             "Quick schedule change - Tuesday interview",
             text="Hi Tomas,\n\nGrace just got pulled into an on-call handoff on Tuesday. Could we move your interview "
                  "to Thursday (3/19), same time, 1pm Central? I'll update the invite once you confirm.\n\n"
                  "Thanks for being flexible,\nBen Harlow\nRecruiting Coordinator | Riverbend Logistics\n"
                  "(312) 555-0177\n", msgid_domain="riverbendlogistics.example")
    m3 = eml(o, dt(CHI, 2026, 3, 13, 17, 5), f"Tomas Pereira <{o}>", f"Ben Harlow <{ben}>",
             "Re: Quick schedule change - Tuesday interview",
             text="No problem at all, Thursday at 1 works.\n\nTomas\n", in_reply_to=hdr_id(m2), cte="7bit")
    m4 = google_invite(o, dt(CHI, 2026, 3, 13, 17, 20), ("Ben Harlow", ben),
                       "Riverbend Logistics – SRE Technical Interview (Tomas Pereira)", s1, s1 + timedelta(hours=1),
                       "CDT", "Central Time - Chicago", [("Ben Harlow", ben), ("Grace Liu", gr)], desc,
                       uid="rvb9sre2k7d1q", seq=1, updated=True)
    case("b12-08-google-reschedule-tuesday-to-thursday", [("01-invitation.eml", m1), ("02-schedule-change.eml", m2),
                                                          ("03-re-thursday.eml", m3), ("04-updated-invitation.eml", m4)], lab(
        o, [iv("Riverbend Logistics", "Site Reliability Engineer", s1, s1 + timedelta(hours=1), "scheduled",
               [gr], [gr], "technical")], "medium", "positive/reschedule",
        "Google invite for Tue 3/17 1pm CT, coordinator e-mail moves it to Thursday, Updated invitation "
        "(SEQUENCE 1) for Thu 3/19 1-2pm CDT (-05:00). One interview at the final time; coordinator excluded."))


def c09():
    o = "deshawn.price@example.com"
    lor = "lorraine.voss@saguarohealth.example"
    s = dt(PHX, 2026, 3, 19, 9)
    e = dt(PHX, 2026, 3, 19, 9, 45)
    uid = "040000008200E00074C5B7101A82E0080000000060A1B2C3D4E5DC01000000000000000010000000AA11BB22CC33"
    base = {"start": s, "end": e, "tz": "US Mountain Standard Time", "uid": uid,
            "organizer": ("Voss, Lorraine", lor), "attendees": [("DeShawn Price", o)],
            "summary": "Phone Screen - Clinical Data Analyst - DeShawn Price", "location": "Phone - Lorraine will call",
            "extra": ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"]}
    b1 = ics("REQUEST", [dict(base, description="Recruiter phone screen, 45 min.", stamp=dt(PHX, 2026, 3, 11, 8, 2))],
             prodid="Microsoft Exchange Server 2010")
    t1 = ("When: Thursday, March 19, 2026 9:00 AM-9:45 AM (UTC-07:00) Arizona.\nWhere: Phone - Lorraine will call\n\n"
          "*~*~*~*~*~*~*~*~*~*\n\nHi DeShawn,\n\nThanks for your interest in the Clinical Data Analyst opening. I'd "
          "like to do a 45-minute phone screen to learn more about your SQL and Epic reporting experience. I'll "
          "call you at (480) 555-0139.\n\nLorraine Voss\nSenior Recruiter, Saguaro Health Systems\n"
          "1450 N Central Ave, Phoenix, AZ 85004\n")
    m1 = eml(o, dt(PHX, 2026, 3, 11, 8, 2), f'"Voss, Lorraine" <{lor}>', f"DeShawn Price <{o}>",
             "Phone Screen - Clinical Data Analyst - DeShawn Price", text=t1, cal=("REQUEST", b1),
             msgid_domain="BYAPR05.prod.outlook.example",
             extra_headers=[("Content-class", "urn:content-classes:calendarmessage")])
    b2 = ics("CANCEL", [dict(base, seq=1, status="CANCELLED", description="", stamp=dt(PHX, 2026, 3, 17, 15, 40),
                             summary="Canceled: Phone Screen - Clinical Data Analyst - DeShawn Price")],
             prodid="Microsoft Exchange Server 2010")
    t2 = ("Hi DeShawn,\n\nI'm sorry to do this on short notice - the Clinical Data Analyst position was filled "
          "internally this week, so I need to cancel our call on Thursday. I'll keep your resume on file and reach out "
          "if something similar opens.\n\nLorraine\n")
    m2 = eml(o, dt(PHX, 2026, 3, 17, 15, 40), f'"Voss, Lorraine" <{lor}>', f"DeShawn Price <{o}>",
             "Canceled: Phone Screen - Clinical Data Analyst - DeShawn Price", text=t2, cal=("CANCEL", b2),
             msgid_domain="BYAPR05.prod.outlook.example",
             extra_headers=[("Content-class", "urn:content-classes:calendarmessage"), ("Importance", "high")])
    case("b12-09-outlook-phoenix-screen-then-cancel", [("01-phone-screen.eml", m1), ("02-canceled.eml", m2)], lab(
        o, [iv("Saguaro Health Systems", "Clinical Data Analyst", s, e, "cancelled", [lor], [lor], "phone_screen")],
        "medium", "positive/cancellation",
        "Outlook invite with 'US Mountain Standard Time' (Arizona, no DST -> -07:00), then METHOD:CANCEL with "
        "STATUS:CANCELLED. Cancelled interview kept at its time; recruiter conducts the screen."))


def c10():
    o = "ritika.sharma@mail.example"
    ana = "ananya.rao@kalpanapay.example"
    viv = "vivek.menon@kalpanapay.example"
    s = dt(KOL, 2026, 3, 23, 11, 30)
    e = dt(KOL, 2026, 3, 23, 12, 30)
    body = ics("REQUEST", [{"start": s, "end": e, "tz": "Asia/Kolkata", "uid": "lv-9f21c7e0-intv@hire.lever.example",
                             "organizer": ("Kalpana Payments Recruiting", "no-reply@hire.lever.example"),
                             "attendees": [("Vivek Menon", viv), ("Ritika Sharma", o)],
                             "summary": "Technical Interview: Backend Engineer - Risk (Ritika Sharma)",
                             "description": "Interviewer: Vivek Menon\nVideo: https://meet.google.example/kpy-risk-tch",
                             "stamp": dt(KOL, 2026, 3, 16, 14, 0)}], prodid="-//Lever//Interview//EN")
    m1 = eml(o, dt(KOL, 2026, 3, 16, 14, 0), "Kalpana Payments <no-reply@hire.lever.example>", o,
             "Your interview with Kalpana Payments is confirmed", reply_to=f"Ananya Rao <{ana}>",
             text="Hi Ritika,\n\nYour interview for Backend Engineer - Risk at Kalpana Payments is confirmed.\n\n"
                  "Technical Interview\nMonday, 23 March 2026\n11:30 AM - 12:30 PM IST (GMT+5:30)\nInterviewer: "
                  "Vivek Menon, Engineering Manager\nLocation: Google Meet (link in the attached invite)\n\nA calendar "
                  "file is attached. If you need to reschedule, reply to this email and Ananya from our recruiting "
                  "team will help.\n\nPowered by Lever\n", attach=("interview.ics", body, "REQUEST"),
             msgid_domain="hire.lever.example")
    m2 = eml(o, dt(KOL, 2026, 3, 20, 17, 25), f"Ananya Rao <{ana}>", f"Ritika Sharma <{o}>",
             "Re: Your interview with Kalpana Payments is confirmed",
             text="Hi Ritika,\n\nApologies for the late notice - we need to cancel Monday's technical interview with "
                  "Vivek. The Backend Engineer - Risk role has been put on hold following an internal reorg. "
                  "I'll reach out directly if the position reopens.\n\nRegards,\nAnanya Rao\nTalent Acquisition, "
                  "Kalpana Payments\nPrestige Tech Park, Bengaluru 560103 | +91 80 5555 2104\n",
             in_reply_to=hdr_id(m1), msgid_domain="kalpanapay.example")
    case("b12-10-lever-ist-then-cancel-by-email", [("01-interview-confirmed.eml", m1), ("02-re-cancel.eml", m2)], lab(
        o, [iv("Kalpana Payments", "Backend Engineer - Risk", s, e, "cancelled", [viv], [viv], "technical")],
        "medium", "positive/cancellation",
        "Lever confirmation (.ics TZID Asia/Kolkata, interviewer attendee) then coordinator cancels by e-mail "
        "(role on hold); ICS never cancelled. Status cancelled at 23 Mar 11:30 IST."))


def c11():
    o = "beatriz.nunes@example.com"
    thi = "thiago.lima@mandacaru.example"
    s = dt(SP, 2026, 4, 9, 14)
    e = dt(SP, 2026, 4, 9, 14, 30)
    m1 = eml(o, dt(SP, 2026, 4, 1, 10, 18), f"Thiago Lima <{thi}>", f"Beatriz Nunes <{o}>",
             "Mandacaru Software | Analista de Dados Sênior",
             text="Oi Beatriz, tudo bem?\n\nGostei muito do seu perfil para a vaga de Analista de Dados Sênior. "
                  "Vamos marcar uma conversa inicial de 30 minutos? É só escolher um horário na minha agenda:\n"
                  "https://cal.example/thiago-lima/entrevista-inicial\n\nAbraço,\nThiago Lima\nTech Recruiter | "
                  "Mandacaru Software\nAv. Paulista, 1842 - São Paulo/SP | +55 11 95555-0181\n",
             msgid_domain="mandacaru.example")
    body = ics("REQUEST", [{"start": s, "end": e, "uid": "calex-bk-7730916@cal.example",
                             "organizer": ("Thiago Lima", thi), "attendees": [("Thiago Lima", thi), ("Beatriz Nunes", o)],
                             "summary": "Entrevista inicial entre Thiago Lima e Beatriz Nunes",
                             "description": "Vaga: Analista de Dados Sênior\nLocal: https://meet.google.example/mdc-ent-ini",
                             "stamp": dt(SP, 2026, 4, 1, 21, 3)}], prodid="-//Cal.example//Booking//PT")
    html = ("<html><body><div style=\"max-width:560px;font-family:Inter,Arial\"><h2>Novo evento agendado</h2>"
            "<p>Estamos enviando este e-mail porque você tem um evento agendado.</p><table>"
            "<tr><td><b>O quê</b></td><td>Entrevista inicial entre Thiago Lima e Beatriz Nunes</td></tr>"
            "<tr><td><b>Quando</b></td><td>quinta-feira, 9 de abril de 2026 · 14h – 14h30 (Horário de Brasília)</td></tr>"
            "<tr><td><b>Quem</b></td><td>Thiago Lima – Organizador<br>" + thi + "<br>Beatriz Nunes<br>" + o + "</td></tr>"
            "<tr><td><b>Onde</b></td><td>Google Meet</td></tr></table><p>Precisa fazer alterações? "
            "<a href=\"https://cal.example/reschedule/7730916\">Reagendar</a> ou <a href=\"https://cal.example/"
            "cancel/7730916\">Cancelar</a></p></div></body></html>")
    m2 = eml(o, dt(SP, 2026, 4, 1, 21, 3), "Cal.example <hello@cal.example>", f"Beatriz Nunes <{o}>",
             "Confirmado: Entrevista inicial entre Thiago Lima e Beatriz Nunes", html=html, reply_to=thi,
             attach=("evento.ics", body, "REQUEST"), msgid_domain="cal.example")
    ev = {"kind": "calendar#event", "etag": "\"3552011178342000\"", "id": "7n3d9k2calexbk7730916", "status": "confirmed",
          "created": "2026-04-02T00:03:12.000Z", "updated": "2026-04-02T00:03:14.171Z",
          "summary": "Entrevista inicial entre Thiago Lima e Beatriz Nunes",
          "description": "Vaga: Analista de Dados Sênior\nLocal: https://meet.google.example/mdc-ent-ini",
          "organizer": {"email": thi, "displayName": "Thiago Lima"},
          "start": {"dateTime": s.isoformat(), "timeZone": "America/Sao_Paulo"},
          "end": {"dateTime": e.isoformat(), "timeZone": "America/Sao_Paulo"},
          "iCalUID": "calex-bk-7730916@cal.example", "sequence": 0,
          "attendees": [{"email": thi, "displayName": "Thiago Lima", "organizer": True, "responseStatus": "accepted"},
                        {"email": o, "displayName": "Beatriz Nunes", "self": True, "responseStatus": "accepted"}],
          "eventType": "default"}
    case("b12-11-booking-link-then-calex-and-api-dedupe", [("01-convite-recrutador.eml", m1),
                                                          ("02-confirmado.eml", m2), ("03-event.gcal.json", ev)], lab(
        o, [iv("Mandacaru Software", "Analista de Dados Sênior", s, e, "scheduled", [thi], [thi], "phone_screen")],
        "medium", "positive/dedupe",
        "Portuguese: recruiter sends a booking link (not yet an interview), booking confirmation (HTML-only, "
        "'14h – 14h30 Horário de Brasília', .ics in UTC) and the same event via Calendar API. One interview at "
        "-03:00; the recruiter conducts it."))


def c12():
    o = "owen.gallagher@example.com"
    jess = "jess.amari@beaconhollow.example"
    marco = "marco.bellini@beaconhollow.example"
    m1 = eml(o, dt(NY, 2026, 3, 2, 15, 20), f"Jess Amari <{jess}>", f"Owen Gallagher <{o}>",
             "Beacon Hollow Games - Gameplay Programmer",
             text="Hey Owen!\n\nLoved your Ludum Dare entry. I'm recruiting for our Gameplay Programmer opening - any "
                  "chance you're free for a quick 20-minute call tomorrow at 2pm ET? Just a getting-to-know-you "
                  "chat with me before we bring in the engineers.\n\nJess\nJess Amari | Talent, Beacon Hollow Games\n"
                  "Providence, RI\n", msgid_domain="beaconhollow.example")
    m2 = eml(o, dt(NY, 2026, 3, 2, 16, 1), f"Owen Gallagher <{o}>", f"Jess Amari <{jess}>",
             "Re: Beacon Hollow Games - Gameplay Programmer",
             text="Hi Jess, tomorrow at 2 works for me - my number is 401-555-0163.\n\nOwen\n",
             in_reply_to=hdr_id(m1), cte="7bit")
    m3 = eml(o, dt(NY, 2026, 3, 2, 16, 30), f"Jess Amari <{jess}>", f"Owen Gallagher <{o}>",
             "Re: Beacon Hollow Games - Gameplay Programmer", text="Great, I'll ring you at 2. Talk soon!\n\nJess\n",
             in_reply_to=hdr_id(m2), references=f"{hdr_id(m1)} {hdr_id(m2)}", msgid_domain="beaconhollow.example")
    m4 = eml(o, dt(NY, 2026, 3, 4, 9, 45), f"Jess Amari <{jess}>", f"Owen Gallagher <{o}>",
             "Next step: technical interview with Marco",
             text="Hi Owen,\n\nThanks again for yesterday. Next up is a 60-minute technical interview with Marco "
                  "Bellini, our lead gameplay engineer - expect some C++ and a small systems design question about "
                  "an ability system. He'll send the calendar invite himself.\n\nJess\n",
             msgid_domain="beaconhollow.example")
    s2 = dt(NY, 2026, 3, 10, 11)
    m5 = google_invite(o, dt(NY, 2026, 3, 4, 11, 12), ("Marco Bellini", marco),
                       "Technical Interview – Gameplay Programmer – Owen Gallagher", s2, s2 + timedelta(hours=1),
                       "EDT", "Eastern Time - New York", [("Marco Bellini", marco)],
                       "C++ + ability-system design. Bring questions!", uid="bhg4tech9x2m5")
    s1 = dt(NY, 2026, 3, 3, 14)
    case("b12-12-screen-tomorrow-then-technical-across-us-dst", [
        ("01-jess-intro.eml", m1), ("02-re-tomorrow.eml", m2), ("03-re-ring-you.eml", m3),
        ("04-next-step.eml", m4), ("05-invitation-technical.eml", m5)], lab(
        o, [iv("Beacon Hollow Games", "Gameplay Programmer", s1, s1 + timedelta(minutes=20), "scheduled", [jess], [jess],
               "phone_screen"),
            iv("Beacon Hollow Games", "Gameplay Programmer", s2, s2 + timedelta(hours=1), "scheduled", [marco], [marco],
               "technical")], "hard", "positive/two-interviews",
        "Recruiter screen 'tomorrow at 2pm ET' resolved from Mon 2 Mar -> Tue 3 Mar 14:00-14:20 EST (-05:00); then "
        "a Google invite from the engineer for Tue 10 Mar 11:00 EDT (-04:00, after DST). Two interviews."))


def c13():
    o = "harper.quinn@mail.example"
    nad = "nadia.farouk@sablewood.example"
    rows = [("9:30 – 10:15 AM", "Coding", "Ethan Brooks", "ethan.brooks@sablewood.example"),
            ("10:15 – 11:00 AM", "ML System Design", "Priya Venkataraman", "priya.venkataraman@sablewood.example"),
            ("11:00 – 11:45 AM", "Research Deep Dive", "Dr. Lena Moreau", "lena.moreau@sablewood.example"),
            ("11:45 AM – 12:45 PM", "Lunch with the team (not an interview)", "—", ""),
            ("12:45 – 1:30 PM", "Hiring Manager", "Marcus Webb", "marcus.webb@sablewood.example")]
    tr = "".join(f"<tr><td style=\"padding:6px;border:1px solid #ddd\">{t}</td><td style=\"padding:6px;border:1px solid "
                 f"#ddd\">{s}</td><td style=\"padding:6px;border:1px solid #ddd\">{n}"
                 f"{'<br><a href=mailto:' + m + '>' + m + '</a>' if m else ''}</td></tr>" for t, s, n, m in rows)
    html = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Georgia,serif\"><p>Hi Harper,</p>"
            "<p>We're excited to host you at our South San Francisco office for your onsite interview for the "
            "<b>Staff Machine Learning Engineer</b> role on <b>Wednesday, April 22</b>. All times are Pacific.</p>"
            "<table style=\"border-collapse:collapse\"><tr><th>Time (PT)</th><th>Session</th><th>Interviewer</th></tr>"
            + tr + "</table><p>Please check in at the front desk at 9:15 - I'll meet you in the lobby and walk you "
            "out at the end of the day. Parking is validated in Garage B.</p><p>Warmly,<br>Nadia Farouk<br>"
            "Recruiting Coordinator, Sablewood Bio<br>480 Gateway Blvd, South San Francisco, CA 94080<br>"
            "(650) 555-0124</p></body></html>")
    m1 = eml(o, dt(LA, 2026, 4, 14, 13, 50), f"Nadia Farouk <{nad}>", f"Harper Quinn <{o}>",
             "Your onsite itinerary - Sablewood Bio (Staff Machine Learning Engineer)", html=html,
             cte="quoted-printable", msgid_domain="sablewood.example")
    m2 = eml(o, dt(LA, 2026, 4, 21, 16, 5), f"Nadia Farouk <{nad}>", f"Harper Quinn <{o}>",
             "See you tomorrow!", text="Hi Harper - just a reminder that your onsite starts tomorrow at 9:30 "
                                      "(check-in 9:15). Safe travels!\n\nNadia\n", msgid_domain="sablewood.example")
    s = dt(LA, 2026, 4, 22, 9, 30)
    e = dt(LA, 2026, 4, 22, 13, 30)
    ivs = [m for _, _, _, m in rows if m]
    case("b12-13-onsite-itinerary-table-html-qp", [("01-onsite-itinerary.eml", m1), ("02-reminder.eml", m2)], lab(
        o, [iv("Sablewood Bio", "Staff Machine Learning Engineer", s, e, "scheduled", ivs, ivs, "onsite")],
        "hard", "positive/onsite-loop",
        "HTML-only quoted-printable itinerary table; four interviewers with e-mails, lunch break in the middle; "
        "one onsite 9:30-13:30 PDT (-07:00). Coordinator (check-in 9:15, walks candidate out) excluded."))


# =====================================================================================
# NEGATIVES
# =====================================================================================
def n14():
    o = "priya.kannan@orchardlane.example.com"
    coord = "lia.brandt@orchardlane.example.com"
    s = dt(NY, 2026, 3, 18, 15)
    m = google_invite(o, dt(NY, 2026, 3, 12, 9, 30), ("Lia Brandt", coord),
                      "Interview: Jordan Hale (candidate) – Senior Backend Engineer – Interviewer: Priya Kannan", s,
                      s + timedelta(hours=1), "EDT", "Eastern Time - New York", [("Lia Brandt", coord)],
                      "Hi Priya, thanks for interviewing! You're covering the system design round for Jordan Hale. "
                      "Candidate resume and the scorecard are in the ATS; please submit feedback within 24 hours.",
                      uid="olsint7jh3q9p", domain="calendar.google.example")
    m2 = eml(o, dt(NY, 2026, 3, 18, 16, 20), "Orchard Lane Hiring <no-reply@ats.orchardlane.example.com>", o,
             "Reminder: scorecard due for Jordan Hale",
             text="Hi Priya,\n\nYou interviewed Jordan Hale (Senior Backend Engineer) today at 3:00 PM. Please submit "
                  "your scorecard: https://ats.orchardlane.example.com/scorecards/44812\n",
             msgid_domain="ats.orchardlane.example.com")
    case("b12-14-user-is-interviewer-google-invite", [("01-invitation-interviewer.eml", m), ("02-scorecard-reminder.eml", m2)],
         lab(o, [], "hard", "negative/user-is-interviewer",
             "Google invite titled 'Interview: ... (candidate)' where the owner is the interviewer, plus scorecard "
             "reminder. Not the user's own job interview."))


def n15():
    o = "marisol.vega@example.com"
    rec = "owen.tsai@kettleandpine.example"
    m = eml(o, dt(LA, 2026, 4, 6, 11, 2), f"Owen Tsai <{rec}>", f"Marisol Vega <{o}>",
            "Kettle & Pine - interview availability for Brand Designer",
            text="Hi Marisol,\n\nThanks for applying to the Brand Designer role! We'd like to schedule a 45-minute "
                 "interview with our Creative Director. Could you share your availability for next week? Windows "
                 "that tend to work on our side:\n\n  Tue 4/14, 10am-2pm PT\n  Wed 4/15, 1-5pm PT\n  Fri 4/17, 9-11am PT\n\n"
                 "You can also pick directly here: https://app.goodtime.example/availability/kp-88120\n\nOnce I hear "
                 "back I'll send a calendar invite.\n\nOwen Tsai\nRecruiter, Kettle & Pine | (503) 555-0190\n",
            msgid_domain="kettleandpine.example")
    case("b12-15-availability-request-with-windows", [("01-availability.eml", m)], lab(
        o, [], "medium", "negative/availability-request",
        "Recruiter asks for availability and lists candidate windows plus a scheduling link; nothing booked."))


def n16():
    o = "idris.bello@mail.example"
    m = eml(o, dt(LON, 2026, 4, 20, 14, 11), "Harbourline Recruitment <careers@harbourline.example>", f"Idris Bello <{o}>",
            "Your application: Senior Quantity Surveyor",
            reply_to="Georgia Pratt <georgia.pratt@harbourline.example>",
            text="Dear Idris,\n\nThank you for taking the time to interview with Georgia Pratt and Tom Achebe on "
                 "Thursday 16 April at 2pm. We enjoyed the conversation, but after careful consideration we have "
                 "decided to progress with other candidates whose experience more closely matches the role.\n\n"
                 "We'll keep your details on file and may contact you about a future interview if a suitable "
                 "position comes up.\n\nKind regards,\nHarbourline Talent Team\n", msgid_domain="harbourline.example")
    case("b12-16-rejection-mentions-past-interview", [("01-outcome.eml", m)], lab(
        o, [], "medium", "negative/rejection",
        "Rejection that names the past interview date/time and interviewers; no interview to detect."))


def n17():
    o = "lena.fischer@example.com"
    html = ("<html><body><p>Hi Lena,</p><p><b>Nordlicht Mobility</b> has invited you to complete a <b>one-way video "
            "interview</b> for the <b>Product Operations Associate</b> role.</p><ul><li>5 questions, up to 2 minutes "
            "each</li><li>No live interviewer - record whenever it suits you</li><li>Deadline: Friday, 27 March 2026, "
            "23:59 CET</li></ul><p><a href=\"https://clipscreen.example/i/nl-4471\">Start your interview</a></p>"
            "<p>Tip: find a quiet room and test your camera first.</p><p>— The ClipScreen team on behalf of Nordlicht "
            "Mobility</p></body></html>")
    m = eml(o, dt(BER, 2026, 3, 20, 9, 0), "Nordlicht Mobility via ClipScreen <invites@clipscreen.example>", o,
            "Action required: your video interview for Nordlicht Mobility", html=html, cte="base64",
            msgid_domain="clipscreen.example")
    case("b12-17-one-way-video-interview", [("01-video-interview.eml", m)], lab(
        o, [], "medium", "negative/one-way-video",
        "Asynchronous recorded video 'interview' with a deadline; no live conversation."))


def n18():
    o = "marco.ruiz@example.com"
    host = "hello@buildlogpod.example"
    s = dt(NY, 2026, 4, 8, 13)
    body = ics("REQUEST", [{"start": s, "end": s + timedelta(hours=1), "uid": "bl-ep112@buildlogpod.example",
                             "organizer": ("The Build Log", host), "attendees": [("Marco Ruiz", o)],
                             "summary": "The Build Log - interview recording with Marco Ruiz",
                             "description": "Episode 112 recording. Riverside link: https://riverside.example/studio/bl112",
                             "stamp": dt(NY, 2026, 3, 30, 12, 0)}])
    m = eml(o, dt(NY, 2026, 3, 30, 12, 0), f"Hana Ito <{host}>", f"Marco Ruiz <{o}>",
            "Podcast interview - The Build Log, Apr 8 @ 1pm ET",
            text="Hi Marco,\n\nThanks so much for agreeing to be our guest! We'll record the interview on Wed Apr 8 "
                 "at 1pm ET - about an hour, and we'll chat about your migration off Kubernetes and your job "
                 "search as a staff engineer. Invite attached.\n\nHana Ito\nHost, The Build Log\n",
            attach=("recording.ics", body, "REQUEST"), msgid_domain="buildlogpod.example")
    case("b12-18-podcast-interview-with-ics", [("01-podcast.eml", m)], lab(
        o, [], "medium", "negative/podcast",
        "Podcast guest interview with a calendar invite; not a hiring process."))


def n19():
    o = "kenji.watanabe@mail.example"
    coach = "coach.alvarez@practiceloop.example"
    s = dt(LA, 2026, 4, 11, 10)
    body = ics("REQUEST", [{"start": s, "end": s + timedelta(minutes=45), "tz": "utc",
                             "uid": "pl-mock-55321@practiceloop.example", "organizer": ("PracticeLoop", "sessions@practiceloop.example"),
                             "attendees": [("Diego Alvarez", coach), ("Kenji Watanabe", o)],
                             "summary": "Mock System Design Interview with Diego (ex-FAANG)",
                             "description": "Your paid practice session. Zoom: https://practiceloop.zoom.example/j/5532",
                             "stamp": dt(LA, 2026, 4, 2, 19, 0)}])
    m = eml(o, dt(LA, 2026, 4, 2, 19, 0), "PracticeLoop <sessions@practiceloop.example>", o,
            "Booked: Mock System Design Interview - Sat Apr 11, 10:00am PT",
            text="Hi Kenji,\n\nYour practice interview is booked!\n\nCoach: Diego Alvarez (Staff Engineer, ex-FAANG)\n"
                 "When: Saturday, April 11, 10:00-10:45am PT\nFormat: 45-minute mock system design interview + "
                 "written feedback\n\nReceipt: 1 x Mock Interview Session - $149.00 (Visa ending 2207)\n\n"
                 "Good luck with your real interviews!\nPracticeLoop\n", attach=("session.ics", body, "REQUEST"),
            msgid_domain="practiceloop.example")
    case("b12-19-paid-mock-interview", [("01-booked-mock.eml", m)], lab(
        o, [], "medium", "negative/mock-interview", "Paid mock interview with a coach, with receipt and .ics."))


def n20():
    o = "chloe.martin@example.com"
    res = "research@tallyware.example"
    s = dt(NY, 2026, 3, 26, 14)
    body = ics("REQUEST", [{"start": s, "end": s + timedelta(minutes=45), "uid": "tw-ux-3381@tallyware.example",
                             "organizer": ("Tallyware Research", res), "attendees": [("Chloe Martin", o)],
                             "summary": "Tallyware customer interview (45 min) - $100 thank-you",
                             "description": "Research session about how you budget for freelance taxes.",
                             "stamp": dt(NY, 2026, 3, 19, 10, 0)}])
    m = eml(o, dt(NY, 2026, 3, 19, 10, 0), f"Tallyware Research <{res}>", f"Chloe Martin <{o}>",
            "You're confirmed: customer interview Thu 2pm ET",
            text="Hi Chloe,\n\nThanks for signing up! Your 45-minute interview with our product research team is "
                 "confirmed for Thursday, March 26 at 2pm ET. As a thank-you, you'll receive a $100 gift card within "
                 "5 business days after the session.\n\nThis is not a job interview - we just want to learn how you "
                 "use Tallyware.\n\nTallyware Research Ops\n", attach=("interview.ics", body, "REQUEST"),
            msgid_domain="tallyware.example")
    case("b12-20-paid-user-research-interview", [("01-research-confirmed.eml", m)], lab(
        o, [], "medium", "negative/user-research", "Paid customer-research 'interview' with .ics."))


def n21():
    o = "darnell.hughes@example.com"
    m = eml(o, dt(NY, 2026, 4, 3, 7, 41), "HR Department - Brightwave Global <hr.brightwave.global@mail.example>",
            o, "Remote Data Entry Clerk - Interview Invitation ($38/hr)",
            text="Dear Candidate,\n\nYour resume has been reviewed and you have been shortlisted for the Remote Data "
                 "Entry Clerk position ($38/hr, weekly pay). Your online interview will be conducted by our Hiring "
                 "Manager Mr. Steven Cole via Telegram text chat on Monday 10am EST. Please add @stevencole_hr and "
                 "reply with your full name, address and phone number.\n\nSuccessful candidates will receive a check "
                 "to purchase home-office equipment from our approved vendor.\n\nHR Department\nBrightwave Global\n",
            msgid_domain="mail.example")
    case("b12-21-scam-telegram-text-interview", [("01-interview-invitation.eml", m)], lab(
        o, [], "hard", "negative/scam",
        "Classic fake-job scam: text-chat 'interview' on Telegram, equipment check; free-mail sender."))


def n22():
    o = "arjun.patil@mail.example"
    s = dt(KOL, 2026, 4, 14, 9, 15)
    body = ics(None, [{"start": s, "end": s + timedelta(minutes=30), "uid": "vfs-apt-MUM-20260414-0915@visaappt.example",
                        "summary": "Employment visa interview - Consulate, Mumbai",
                        "description": "Bring passport, DS-160 confirmation, employer petition approval notice.",
                        "location": "C-49, G-Block, Bandra Kurla Complex, Mumbai", "stamp": dt(KOL, 2026, 3, 28, 12, 0)}])
    m = eml(o, dt(KOL, 2026, 3, 28, 12, 0), "Visa Appointment Service <noreply@visaappt.example>", o,
            "Appointment Confirmation - Visa Interview (Employment)",
            text="Appointment Confirmation\n\nApplicant: ARJUN PATIL\nVisa class: H-1B (temporary worker)\n"
                 "Interview date: 14 April 2026\nInterview time: 09:15 IST\nLocation: Consulate, Mumbai\n\nPlease "
                 "arrive 15 minutes before your interview slot. Bring your passport, appointment letter and your "
                 "employer's petition approval notice.\n", attach=("appointment.ics", body, None),
            msgid_domain="visaappt.example")
    case("b12-22-employment-visa-consulate-interview", [("01-visa-appointment.eml", m)], lab(
        o, [], "hard", "negative/non-job-interview",
        "Consular visa interview for an employment visa (mentions employer, worker); not a job interview."))


def main():
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              n14, n15, n16, n17, n18, n19, n20, n21, n22):
        f()
    for p in HERE.iterdir():
        if p.is_dir() and p.name.startswith("b12-"):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        d = HERE / cid
        d.mkdir()
        for name, obj in items:
            if name.endswith(".eml"):
                (d / name).write_bytes(bytes(obj))
            elif name.endswith(".json"):
                (d / name).write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            else:
                (d / name).write_bytes(obj.encode("utf-8"))
    with open(HERE / "labels.yaml", "w", encoding="utf-8") as fh:
        fh.write("# Labels for blind12. See /work/shared/eval/README.md for the schema.\n")
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=110)


if __name__ == "__main__":
    main()
