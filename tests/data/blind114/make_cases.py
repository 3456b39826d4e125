#!/usr/bin/env python3
"""Deterministic generator for the blind114 interview-detection set.

Theme: a product designer in Berlin (Europe/Berlin) applying to German, Dutch, Swiss and US-remote
companies. Mixed German/English mail. Rewrites every case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All offsets are computed with zoneinfo.
"""
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = "svenja.rautenberg@example.com"
OWNER_NAME = "Svenja Rautenberg"
OWNER_FULL = f"{OWNER_NAME} <{OWNER}>"
BER = "Europe/Berlin"
UTC = timezone.utc

LABELS = {}


# ----------------------------------------------------------------------------- time helpers
def T(y, mo, d, h=0, mi=0, tz=BER, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=ZoneInfo(tz))


def chk(x, wd):
    assert x.strftime("%a") == wd, (x, wd)
    return x


def zstamp(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def floc(x):
    return x.strftime("%Y%m%dT%H%M%S")


def iso(x):
    return None if x is None else x.isoformat()


def off(tz, when):
    o = ZoneInfo(tz).utcoffset(when)
    mins = int(o.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"{sign}{mins // 60:02d}{mins % 60:02d}"


# ----------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > limit:
            out.append(cur)
            cur, limit = b"", 74
        cur += cb
    out.append(cur)
    return "\r\n ".join(p.decode("utf-8") for p in out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(lines):
    return ("\r\n".join(fold(l) for l in lines) + "\r\n").encode("utf-8")


def vtimezone(tzid, zone, rules="EU"):
    w = off(zone, datetime(2026, 1, 15))
    s = off(zone, datetime(2026, 7, 15))
    if rules == "EU":
        std = ["DTSTART:16010101T030000", f"TZOFFSETFROM:{s}", f"TZOFFSETTO:{w}",
               "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10"]
        day = ["DTSTART:16010101T020000", f"TZOFFSETFROM:{w}", f"TZOFFSETTO:{s}",
               "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3"]
    else:
        std = ["DTSTART:16010101T020000", f"TZOFFSETFROM:{s}", f"TZOFFSETTO:{w}",
               "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11"]
        day = ["DTSTART:16010101T020000", f"TZOFFSETFROM:{w}", f"TZOFFSETTO:{s}",
               "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3"]
    return (["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD"] + std + ["END:STANDARD", "BEGIN:DAYLIGHT"]
            + day + ["END:DAYLIGHT", "END:VTIMEZONE"])


def vtimezone_olson(zone):
    """Apple / generic style VTIMEZONE using the Olson name and abbreviations."""
    w = off(zone, datetime(2026, 1, 15))
    s = off(zone, datetime(2026, 7, 15))
    return ["BEGIN:VTIMEZONE", f"TZID:{zone}", f"X-LIC-LOCATION:{zone}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{w}", f"TZOFFSETTO:{s}", "TZNAME:CEST",
            "DTSTART:19810329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{s}", f"TZOFFSETTO:{w}", "TZNAME:CET",
            "DTSTART:19961027T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE"]


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE"
                f";CN={name};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{email}"


# ----------------------------------------------------------------------------- e-mail helpers
_case_dir = None


def new_case(cid, label):
    global _case_dir
    _case_dir = os.path.join(HERE, cid)
    os.makedirs(_case_dir)
    LABELS[cid] = label


def received(host, ip, date, rid):
    return (f"from {host} ({host} [{ip}]) by mx1.mail.example.com (Postfix) with ESMTPS id {rid} "
            f"for <{OWNER}>; {format_datetime(date.astimezone(UTC))}")


def mail(fname, *, frm, to, subject, date, msgid, text=None, html=None, cte="quoted-printable",
         html_cte=None, cc=None, reply_to=None, sender=None, in_reply_to=None, references=None,
         extra=(), host="mail.sender.example", ip="192.0.2.10", rid="4Fq1Lk2Xz9", return_path=None,
         alt_cal=None, attach=(), delivered=True):
    m = EmailMessage()
    if delivered:
        m["Delivered-To"] = OWNER
        m["Received"] = received(host, ip, date, rid)
    if return_path:
        m["Return-Path"] = f"<{return_path}>"
    for k, v in extra:
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
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    if references:
        m["References"] = references
    if text is not None:
        m.set_content(text, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte or cte)
    else:
        m.set_content(html, subtype="html", cte=html_cte or cte)
    if alt_cal is not None:
        data, method, ccte = alt_cal
        m.add_alternative(data, maintype="text", subtype="calendar", cte=ccte,
                          params={"charset": "UTF-8", "method": method})
    for fn, data, maintype, subtype, params in attach:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fn, params=params or {})
    i = 0
    for part in m.walk():  # deterministic MIME boundaries
        if part.is_multipart():
            i += 1
            part.set_boundary(f"000000000000{rid.encode().hex()[:10]}{i:02d}")
    with open(os.path.join(_case_dir, fname), "wb") as f:
        f.write(m.as_bytes())


def write_file(fname, data):
    mode = "wb" if isinstance(data, bytes) else "w"
    with open(os.path.join(_case_dir, fname), mode, **({} if mode == "wb" else {"encoding": "utf-8"})) as f:
        f.write(data)


def google_times(start, end, tzlabel):
    """'Thu Apr 2, 2026 3pm - 4pm (CEST)' in the organizer's zone."""
    def t(x):
        h = x.strftime("%I").lstrip("0")
        return h + (x.strftime(":%M") if x.minute else "") + x.strftime("%p").lower()
    return f"{start.strftime('%a %b')} {start.day}, {start.year} {t(start)} - {t(end)} ({tzlabel})"


def google_invite(fname, *, organizer, org_email, guests, summary, start, end, tzlabel, tzlong,
                  date, description, uid, meet, seq=0, method="REQUEST", status="CONFIRMED",
                  verb="Invitation", msgid, rid="9bQ2xL0pWm"):
    """guests: list of (name, email). The owner must be among them."""
    when = google_times(start, end, tzlabel)
    def t(x):
        h = x.strftime("%I").lstrip("0")
        return h + (x.strftime(":%M") if x.minute else "") + x.strftime("%p").lower()
    longdate = f"{start.strftime('%A %B')} {start.day}, {start.year} \u22c5 {t(start)} \u2013 {t(end)}"
    glines = []
    for n, e in guests:
        if e == org_email:
            glines += [f"{n} - organizer", e]
        elif e == OWNER:
            glines += [e]
        else:
            glines += [n, e]
    head = "This event has been canceled.\n\n" if method == "CANCEL" else ""
    text = (f"{head}{summary}\n{longdate}\n{tzlong}\n\n"
            + (f"Join with Google Meet\nhttps://meet.google.com/{meet}\n\n" if meet else "")
            + f"Organizer\n{organizer}\n{org_email}\n\nGuests\n" + "\n".join(glines) + "\n"
            + (f"\n{description}\n" if description else "")
            + f"\nReply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={uid[:12]}\n\n"
            "~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.\n")
    html = ("<html><body><div style=\"font-family:Roboto,Helvetica,Arial,sans-serif\">"
            + (f"<p><b>{head.strip()}</b></p>" if head else "")
            + f"<p><b>{summary}</b><br>{longdate}<br>{tzlong}</p>"
            + (f"<p>Join with Google Meet<br><a href=\"https://meet.google.com/{meet}\">meet.google.com/{meet}</a></p>" if meet else "")
            + f"<p>Organizer<br>{organizer}<br>{org_email}</p><p>Guests<br>" + "<br>".join(glines) + "</p>"
            + (f"<p>{description.replace(chr(10), '<br>')}</p>" if description else "")
            + "<p>Invitation from Google Calendar</p></div></body></html>")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(date)}",
             f"ORGANIZER;CN={organizer}:mailto:{org_email}", f"UID:{uid}"]
    for n, e in guests:
        ps = "ACCEPTED" if e == org_email else "NEEDS-ACTION"
        lines.append(attendee(n if e != OWNER else OWNER, e, ps, google=True))
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    lines += [f"CREATED:{zstamp(date - timedelta(minutes=3))}",
              f"DESCRIPTION:{esc(description or '')}",
              f"LAST-MODIFIED:{zstamp(date)}", "LOCATION:", f"SEQUENCE:{seq}", f"STATUS:{status}",
              f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    subject = f"{verb}: {summary} @ {when} ({OWNER})"
    mail(fname, frm=f"{organizer} <{org_email}>", to=OWNER, subject=subject, date=date, msgid=msgid,
         text=text, html=html, cte="base64", html_cte="quoted-printable", reply_to=f"{organizer} <{org_email}>",
         sender="Google Calendar <calendar-notification@google.com>", host="mail-sor-f69.google.com",
         ip="209.85.220.69", rid=rid, return_path="3xQ-calendar@calendar-server.bounces.google.com",
         alt_cal=(cal, method, "7bit" if cal.isascii() else "quoted-printable"),
         attach=[("invite.ics", cal, "application", "ics", None)])
    return cal


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


# ============================================================================= positive cases
def c01():
    cid = "b114-01-personio-kennenlerngespraech-ics"
    s = chk(T(2026, 3, 17, 14, 0), "Tue")
    e = s + timedelta(minutes=30)
    sent = T(2026, 3, 12, 9, 14)
    new_case(cid, label([iv("Lindwurm Mobility GmbH", "Senior Product Designer (m/w/d)", s, e, "scheduled",
                            ["carolin.heuser@lindwurm-mobility.example"],
                            ["carolin.heuser@lindwurm-mobility.example"], "phone_screen")],
                        "easy", "positive/ats-email-with-ics",
                        "Personio-style invitation from a no-reply address, Reply-To the recruiter who runs the "
                        "30-min Kennenlerngespraech; German date '17.03. um 14 Uhr', .ics attached (TZID Europe/Berlin)."))
    text = (
        "Hallo Svenja,\n\n"
        "vielen Dank für deine Bewerbung als Senior Product Designer (m/w/d) bei Lindwurm Mobility und "
        "das Interesse an unserem Team!\n\n"
        "Dein Portfolio hat uns sehr gut gefallen, deshalb möchten wir dich gerne zu einem ersten "
        "Kennenlerngespräch einladen:\n\n"
        "Termin: am Dienstag, den 17.03. um 14 Uhr\n"
        "Dauer: ca. 30 Minuten\n"
        "Ort: Google Meet – https://meet.google.com/kxv-qwpe-tor\n"
        "Gesprächspartnerin: Carolin Heuser (People & Culture)\n\n"
        "Im Anhang findest du eine Kalendereinladung. Falls der Termin nicht passt, antworte einfach "
        "auf diese E-Mail, dann finden wir eine Alternative.\n\n"
        "Wir freuen uns auf das Gespräch!\n\n"
        "Viele Grüße\n"
        "Carolin Heuser\n"
        "People & Culture | Lindwurm Mobility GmbH\n"
        "Schlesische Straße 38, 10997 Berlin\n"
        "Tel. +49 30 5557 1902\n\n"
        "--\n"
        "Diese E-Mail wurde über Personio versendet. Bitte nutze die Antwortfunktion deines E-Mail-Programms.\n")
    html = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">"
            + "".join(f"<p>{p}</p>" for p in text.replace("\n\n", "\x00").replace("\n", "<br>").split("\x00"))
            + "</body></html>")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Personio GmbH//Recruiting//DE", "METHOD:REQUEST"]
              + vtimezone_olson(BER) +
              ["BEGIN:VEVENT", "UID:personio-rec-4471190-event-88213@personio.example",
               f"DTSTAMP:{zstamp(sent)}", f"DTSTART;TZID={BER}:{floc(s)}", f"DTEND;TZID={BER}:{floc(e)}",
               "SUMMARY:Kennenlerngespräch Lindwurm Mobility – Svenja Rautenberg",
               "DESCRIPTION:" + esc("Kennenlerngespräch mit Carolin Heuser (People & Culture).\nGoogle Meet: "
                                    "https://meet.google.com/kxv-qwpe-tor"),
               "LOCATION:https://meet.google.com/kxv-qwpe-tor",
               "ORGANIZER;CN=Lindwurm Mobility GmbH:mailto:no-reply@mail.personio.example",
               attendee("Carolin Heuser", "carolin.heuser@lindwurm-mobility.example", "ACCEPTED"),
               attendee(OWNER_NAME, OWNER),
               "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    mail("01-personio-einladung-kennenlerngespraech.eml",
         frm="Lindwurm Mobility GmbH <no-reply@mail.personio.example>", to=OWNER_FULL,
         reply_to="Carolin Heuser <carolin.heuser@lindwurm-mobility.example>",
         subject="Einladung zum Kennenlerngespräch – Senior Product Designer (m/w/d)",
         date=sent, msgid="<0102018e3a7c.personio.4471190@mail.personio.example>", text=text, html=html,
         host="mail.personio.example", ip="198.51.100.23", rid="7Hk2PaQ1",
         return_path="bounces+4471190@mail.personio.example",
         attach=[("Kennenlerngespraech.ics", cal, "text", "calendar", {"method": "REQUEST"})])


def c02():
    cid = "b114-02-join-relay-thread-mez"
    s = chk(T(2026, 3, 5, 14, 30), "Thu")
    e = s + timedelta(minutes=45)
    d1 = T(2026, 2, 27, 16, 41)
    d2 = T(2026, 3, 2, 8, 57)
    tob = "tobias.lueders@elbkai-digital.example"
    new_case(cid, label([iv("Elbkai Digital GmbH", "UX/UI Designer (m/w/d)", s, e, "scheduled", [tob], [tob],
                            "hiring_manager")],
                        "medium", "positive/thread-propose-confirm",
                        "JOIN relay proposes two slots (Wed 10:00 or Thu 14:30 Uhr MEZ); the hiring manager's direct "
                        "reply quotes Svenja's choice and confirms Thursday 14:30. Wednesday slot is a distractor."))
    t1 = (
        "Elbkai Digital GmbH hat dir eine Nachricht zu deiner Bewerbung geschickt:\n"
        "UX/UI Designer (m/w/d) – Hamburg / remote\n\n"
        "------------------------------------------------------------\n\n"
        "Moin Svenja,\n\n"
        "danke für deine Bewerbung – deine Arbeiten für die Fahrrad-Leasing-App fanden wir richtig stark. "
        "Ich würde dich gern in einem Video-Call (ca. 45 Minuten) kennenlernen und dir mehr über unser "
        "Produkt erzählen.\n\n"
        "Passt dir einer dieser Termine?\n"
        "- Mittwoch, 04.03., 10:00 Uhr\n"
        "- Donnerstag, 05.03., 14:30 Uhr MEZ\n\n"
        "Du erreichst mich auch direkt unter tobias.lueders@elbkai-digital.example.\n\n"
        "Beste Grüße aus der Speicherstadt\n"
        "Tobias Lüders\n"
        "Head of Product, Elbkai Digital GmbH\n\n"
        "------------------------------------------------------------\n"
        "Antworte direkt auf diese E-Mail – deine Antwort wird an Elbkai Digital GmbH weitergeleitet.\n"
        "JOIN Solutions AG · Sihlquai 131 · 8005 Zürich\n")
    mail("01-join-nachricht-elbkai.eml",
         frm="Elbkai Digital GmbH via JOIN <messages@join.example>", to=OWNER,
         reply_to="reply+c8f3k2q7@messages.join.example",
         subject="Neue Nachricht von Elbkai Digital GmbH zu deiner Bewerbung",
         date=d1, msgid="<msg.c8f3k2q7.20260227@join.example>", text=t1, cte="quoted-printable",
         host="o12.messages.join.example", ip="198.51.100.77", rid="Qm3aZ81x")
    t2 = (
        "Hi Svenja,\n\n"
        "super, dann machen wir Donnerstag um 14:30 Uhr. Hier der Link:\n"
        "https://meet.google.com/jyr-hubn-sae\n\n"
        "Ich plane eine Dreiviertelstunde ein – erst erzähle ich ein bisschen über Elbkai, dann würde ich "
        "gern mit dir durch ein, zwei Projekte gehen.\n\n"
        "Bis Donnerstag!\n"
        "Tobias\n\n"
        "--\n"
        "Tobias Lüders | Head of Product\n"
        "Elbkai Digital GmbH · Am Sandtorkai 44 · 20457 Hamburg\n"
        "+49 40 5558 2210\n\n"
        "Am Sa., 28. Feb. 2026 um 11:02 Uhr schrieb Svenja Rautenberg <svenja.rautenberg@example.com>:\n"
        "> Hallo Tobias,\n"
        ">\n"
        "> vielen Dank für die Nachricht! Donnerstag, 05.03. um 14:30 Uhr passt mir sehr gut.\n"
        ">\n"
        "> Viele Grüße\n"
        "> Svenja\n"
        ">\n"
        ">> Passt dir einer dieser Termine?\n"
        ">> - Mittwoch, 04.03., 10:00 Uhr\n"
        ">> - Donnerstag, 05.03., 14:30 Uhr MEZ\n")
    mail("02-re-video-call-donnerstag.eml",
         frm=f"Tobias Lüders <{tob}>", to=OWNER_FULL,
         subject="Re: Neue Nachricht von Elbkai Digital GmbH zu deiner Bewerbung",
         date=d2, msgid="<CAF7t0b1as+Lq2=kP9x@mail.elbkai-digital.example>",
         in_reply_to="<CAsvenja.0228.1102@mail.example.com>",
         references="<msg.c8f3k2q7.20260227@join.example> <CAsvenja.0228.1102@mail.example.com>",
         text=t2, cte="8bit", host="mail.elbkai-digital.example", ip="203.0.113.44", rid="Z0kd81Lq")


def c03():
    cid = "b114-03-amsterdam-portfolio-review-google-invite"
    ams = "Europe/Amsterdam"
    s = chk(T(2026, 4, 2, 15, 0, ams), "Thu")
    e = s + timedelta(hours=1)
    d1 = T(2026, 3, 26, 17, 5, ams)
    d2 = T(2026, 3, 26, 17, 12, ams)
    fem = "femke.devries@tulpenveld.example"
    joo = "joost.verhagen@tulpenveld.example"
    noo = "noor.bakker@tulpenveld.example"
    new_case(cid, label([iv("Tulpenveld Labs", "Product Designer, Growth", s, e, "scheduled", [joo, noo],
                            [joo, noo], "onsite")],
                        "medium", "positive/dedupe-email-and-google-invite",
                        "Recruiter mail ('next Thursday at 3pm Amsterdam time') + Google invite sent before the EU DST "
                        "change for a slot after it (CEST). Portfolio review with two designers = panel; the recruiter "
                        "only organises."))
    t1 = (
        "Hi Svenja,\n\n"
        "Great news – the team would like to move you forward to the portfolio review!\n\n"
        "This is a 60-minute session with two of our designers, Joost Verhagen and Noor Bakker. You'll "
        "walk them through two projects of your choice (roughly 20 minutes each), and they'll leave time "
        "for questions. Please share your screen from Figma or Keynote, whatever you prefer.\n\n"
        "I've booked next Thursday at 3pm Amsterdam time (same as Berlin, so no maths needed) and you "
        "should have a calendar invite from me in a minute. I'm only organising and won't join the call.\n\n"
        "Let me know if anything comes up.\n\n"
        "Hartelijke groet,\n"
        "Femke de Vries\n"
        "Talent Partner | Tulpenveld Labs\n"
        "Keizersgracht 520, 1017 EK Amsterdam\n"
        "+31 20 555 0147\n")
    mail("01-tulpenveld-next-step-portfolio-review.eml",
         frm=f"Femke de Vries <{fem}>", to=OWNER_FULL,
         subject="Next step: portfolio review with the design team",
         date=d1, msgid="<AM0PR07MB4481D2@AM0PR07MB4481.eurprd07.prod.outlook.example>", text=t1,
         cte="quoted-printable", host="mail.tulpenveld.example", ip="203.0.113.91", rid="Pp2m9LaZ")
    google_invite("02-invitation-portfolio-review.eml", organizer="Femke de Vries", org_email=fem,
                  guests=[("Femke de Vries", fem), ("Joost Verhagen", joo), ("Noor Bakker", noo),
                          (OWNER_NAME, OWNER)],
                  summary="Portfolio Review – Svenja Rautenberg (Product Designer, Growth)",
                  start=s, end=e, tzlabel="CEST", tzlong="Central European Time - Amsterdam", date=d2,
                  description="Portfolio review with Joost Verhagen and Noor Bakker (Product Design).\n"
                              "Two projects, ~20 min each, then Q&A.",
                  uid="5t8k2v0q1mh3n6r4b7c9d2f1ga@google.com", meet="pxd-rnqa-kzt",
                  msgid="<calendar-7a1e4b9c-0d2f-4f3e-9b8a-6c5d4e3f2a1b@google.com>")


def c04():
    cid = "b114-04-softgarden-case-praesentation-muenchen-onsite"
    s = chk(T(2026, 4, 20, 10, 0), "Mon")
    e = T(2026, 4, 20, 13, 30)
    d1 = T(2026, 4, 7, 11, 20)
    d2 = T(2026, 4, 9, 18, 3)
    mel = "melanie.obermaier@isarwerk.example"
    flo = "florian.sedlmayr@isarwerk.example"
    ayl = "aylin.demirci@isarwerk.example"
    new_case(cid, label([iv("Isarwerk Versicherung AG", "Lead Product Designer (w/m/d) Digital Claims", s, e,
                            "scheduled", [flo, ayl, mel], [flo, ayl, mel], "onsite")],
                        "hard", "positive/onsite-loop",
                        "softgarden HTML-only invitation to an on-site Case-Praesentation day in Munich (10:00-13:30 with "
                        "lunch; .ics covers only the first block) plus a briefing mail from the Head of Digital "
                        "Experience cc'ing the second designer. One onsite interview from 10:00 to 13:30."))
    html = (
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0;background:#f4f4f4\">"
        "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\"><tr><td align=\"center\">"
        "<table width=\"600\" style=\"background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222\">"
        "<tr><td style=\"padding:24px\"><img src=\"https://cdn.softgarden.example/isarwerk/logo.png\" alt=\"Isarwerk Versicherung\" width=\"160\"></td></tr>"
        "<tr><td style=\"padding:0 24px\">"
        "<p>Sehr geehrte Frau Rautenberg,</p>"
        "<p>vielen Dank für das angenehme Videointerview. Wir freuen uns, Sie zum nächsten Schritt im "
        "Auswahlprozess für die Position <strong>Lead Product Designer (w/m/d) Digital Claims</strong> "
        "einladen zu dürfen: einer <strong>Case-Präsentation vor Ort</strong> in unserer Zentrale in München.</p>"
        "<p><strong>Datum:</strong> Montag, 20. April 2026<br>"
        "<strong>Ort:</strong> Isarwerk Versicherung AG, Leopoldstraße 212, 80807 München, Empfang Haus B</p>"
        "<p><strong>Ablauf</strong></p>"
        "<table cellpadding=\"4\" style=\"font-size:14px\">"
        "<tr><td>10:00 – 11:00 Uhr</td><td>Case-Präsentation (20 Min.) und Diskussion mit Dr. Florian Sedlmayr "
        "(Head of Digital Experience) und Aylin Demirci (Senior UX Designerin)</td></tr>"
        "<tr><td>11:15 – 12:00 Uhr</td><td>Gespräch mit dem Fachbereich Schaden (Katharina Pfister, Bereichsleitung)</td></tr>"
        "<tr><td>12:00 – 12:45 Uhr</td><td>Mittagessen mit dem Team</td></tr>"
        "<tr><td>13:00 – 13:30 Uhr</td><td>Abschlussgespräch mit HR (Melanie Obermaier)</td></tr>"
        "</table>"
        "<p>Das Briefing für die Case-Aufgabe erhalten Sie in den nächsten Tagen separat von Herrn Dr. Sedlmayr. "
        "Ihre Reisekosten (Bahn 2. Klasse) erstatten wir Ihnen selbstverständlich.</p>"
        "<p>Bitte bestätigen Sie den Termin über den folgenden Link:<br>"
        "<a href=\"https://isarwerk.softgarden.example/appointment/confirm/8d1f2a\" style=\"background:#00507a;color:#fff;padding:8px 14px;text-decoration:none\">Termin bestätigen</a></p>"
        "<p>Mit freundlichen Grüßen<br>Melanie Obermaier<br>Recruiting &amp; Employer Branding<br>"
        "Isarwerk Versicherung AG<br>Telefon: +49 89 5554 3310<br>"
        "<a href=\"mailto:melanie.obermaier@isarwerk.example\">melanie.obermaier@isarwerk.example</a></p>"
        "</td></tr>"
        "<tr><td style=\"padding:24px;font-size:11px;color:#888\">Isarwerk Versicherung AG · Leopoldstraße 212 · "
        "80807 München · Vorstand: Dr. Hubert Lanzinger (Vors.) · Registergericht München HRB 55501<br>"
        "Diese Nachricht wurde über softgarden versendet.</td></tr>"
        "</table></td></tr></table></body></html>")
    first_end = T(2026, 4, 20, 11, 0)
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//softgarden//Appointment//DE", "METHOD:PUBLISH",
               "BEGIN:VEVENT", "UID:sg-appointment-8d1f2a-1@softgarden.example",
               f"DTSTAMP:{zstamp(d1)}", f"DTSTART:{zstamp(s)}", f"DTEND:{zstamp(first_end)}",
               "SUMMARY:Case-Präsentation Isarwerk Versicherung AG",
               "LOCATION:" + esc("Leopoldstraße 212, 80807 München, Empfang Haus B"),
               "DESCRIPTION:" + esc("Lead Product Designer (w/m/d) Digital Claims – Case-Präsentation vor Ort. "
                                    "Weitere Termine laut Einladung."),
               "END:VEVENT", "END:VCALENDAR"])
    mail("01-softgarden-einladung-case-praesentation.eml",
         frm="Isarwerk Versicherung AG <noreply@mail.softgarden.example>", to=OWNER,
         reply_to=f"Melanie Obermaier <{mel}>",
         subject="Einladung zur Case-Präsentation – Lead Product Designer (w/m/d) Digital Claims",
         date=d1, msgid="<sg.8d1f2a.1744020000@mail.softgarden.example>", html=html, cte="base64",
         host="mail.softgarden.example", ip="198.51.100.140", rid="sG8d1f2a",
         attach=[("termin.ics", cal, "text", "calendar", None)])
    t2 = (
        "Liebe Frau Rautenberg,\n\n"
        "wie angekündigt anbei das Briefing für Ihre Case-Präsentation am Montag, 20.04.:\n\n"
        "Aufgabe: Ein Kunde meldet einen Wasserschaden per App. Skizzieren Sie den Meldeprozess von der "
        "ersten Benachrichtigung bis zur Auszahlung. Wir erwarten keine fertigen Screens – uns interessiert "
        "Ihr Vorgehen, Ihre Annahmen und wie Sie priorisieren.\n\n"
        "Bitte planen Sie ca. 20 Minuten für die Präsentation ein; danach diskutieren Frau Demirci (in Kopie) "
        "und ich gerne mit Ihnen. Ein Beamer mit HDMI und USB-C ist vorhanden.\n\n"
        "Wir freuen uns auf Sie!\n\n"
        "Mit besten Grüßen\n"
        "Florian Sedlmayr\n\n"
        "Dr. Florian Sedlmayr\n"
        "Head of Digital Experience\n"
        "Isarwerk Versicherung AG | Leopoldstraße 212 | 80807 München\n"
        "T +49 89 5554 3721 | M +49 151 5550 8812\n")
    mail("02-briefing-case-praesentation.eml",
         frm=f"\"Sedlmayr, Florian Dr.\" <{flo}>", to=f"\"{OWNER}\" <{OWNER}>", cc=f"\"Demirci, Aylin\" <{ayl}>",
         subject="Briefing Case-Präsentation 20.04.", date=d2,
         msgid="<FR3P281MB1570A2C9@FR3P281MB1570.DEUP281.PROD.OUTLOOK.example>",
         text=t2, cte="quoted-printable", host="mail.isarwerk.example", ip="203.0.113.12", rid="Is4rW3rk",
         extra=[("X-MS-Has-Attach", ""), ("Content-Language", "de-DE")])


def c05():
    cid = "b114-05-workwise-reschedule-auf-15-uhr"
    s0 = chk(T(2026, 3, 26, 11, 0), "Thu")
    s = T(2026, 3, 26, 15, 0)
    e = s + timedelta(minutes=45)
    d1 = T(2026, 3, 20, 13, 2)
    d2 = T(2026, 3, 24, 8, 31)
    d3 = T(2026, 3, 24, 10, 16)
    mal = "malte@kiezkasse.example"
    new_case(cid, label([iv("Kiezkasse GmbH", "Product Designer (Mobile)", s, s + timedelta(minutes=45),
                            "scheduled", [mal], [mal], "hiring_manager")],
                        "medium", "positive/reschedule-by-email",
                        "Workwise confirms Thu 26.03. 11:00-11:45; the Head of Design asks 'koennen wir auf 15 Uhr "
                        "verschieben?', Svenja agrees (quoted) and he confirms. Final: 15:00-15:45 CET (before EU DST)."))
    assert s0.date() == s.date()
    t1 = (
        "Hallo Svenja,\n\n"
        "gute Neuigkeiten: Dein Interview ist bestätigt!\n\n"
        "Unternehmen: Kiezkasse GmbH\n"
        "Stelle: Product Designer (Mobile)\n"
        "Wann: Donnerstag, 26.03.2026, 11:00 – 11:45 Uhr\n"
        "Wo: Video-Call (Link: https://meet.google.com/wbz-fmcq-yxe)\n"
        "Gesprächspartner: Malte Brinkmann, Head of Design\n\n"
        "Tipp: Schau dir vorher das Unternehmensprofil von Kiezkasse auf Workwise an.\n\n"
        "Viel Erfolg!\n"
        "Dein Workwise-Team\n\n"
        "Workwise GmbH · Kaiserstraße 61 · 76131 Karlsruhe\n"
        "Du erhältst diese E-Mail, weil du dich über Workwise beworben hast. Benachrichtigungen verwalten: "
        "https://www.workwise.example/settings/notifications\n")
    mail("01-workwise-interview-bestaetigt.eml",
         frm="Workwise <benachrichtigung@workwise.example>", to=OWNER,
         subject="Dein Interview mit Kiezkasse GmbH ist bestätigt",
         date=d1, msgid="<20260320120201.5f2a.interview-confirmed@workwise.example>", text=t1,
         cte="quoted-printable", host="mta.workwise.example", ip="198.51.100.61", rid="Ww0rk1se")
    t2 = (
        "Hi Svenja,\n\n"
        "mir ist für Donnerstagvormittag leider ein Board-Termin dazwischengekommen. Können wir auf 15 Uhr "
        "verschieben? Gleiche Länge, gleicher Meet-Link.\n\n"
        "Sorry für die Umstände!\n"
        "Malte\n\n"
        "--\n"
        "Malte Brinkmann\n"
        "Head of Design · Kiezkasse GmbH\n"
        "Oranienstraße 185, 10999 Berlin\n"
        "+49 176 5550 3318\n")
    mail("02-malte-koennen-wir-verschieben.eml",
         frm=f"Malte Brinkmann <{mal}>", to=OWNER_FULL, subject="Donnerstag – können wir verschieben?",
         date=d2, msgid="<CAM4lt3+xQ7@mail.kiezkasse.example>", text=t2, cte="8bit",
         host="mail.kiezkasse.example", ip="203.0.113.185", rid="K1ezK4ss")
    t3 = (
        "Perfekt, danke dir! Dann bis Donnerstag um 15 Uhr.\n\n"
        "Malte\n\n"
        "Am Di., 24. März 2026 um 09:58 schrieb Svenja Rautenberg <svenja.rautenberg@example.com>:\n"
        "> Hallo Malte,\n"
        "> klar, kein Problem – 15 Uhr passt mir auch.\n"
        "> Viele Grüße\n"
        "> Svenja\n"
        ">\n"
        "> Am Di., 24. März 2026 um 08:31 schrieb Malte Brinkmann <malte@kiezkasse.example>:\n"
        ">> Hi Svenja,\n"
        ">>\n"
        ">> mir ist für Donnerstagvormittag leider ein Board-Termin dazwischengekommen. Können wir auf 15 Uhr\n"
        ">> verschieben? Gleiche Länge, gleicher Meet-Link.\n")
    mail("03-re-verschieben-perfekt.eml",
         frm=f"Malte Brinkmann <{mal}>", to=OWNER_FULL, subject="Re: Donnerstag – können wir verschieben?",
         date=d3, msgid="<CAM4lt3+yR9@mail.kiezkasse.example>",
         in_reply_to="<CAsvenja.0324.0958@mail.example.com>",
         references="<CAM4lt3+xQ7@mail.kiezkasse.example> <CAsvenja.0324.0958@mail.example.com>",
         text=t3, cte="quoted-printable", host="mail.kiezkasse.example", ip="203.0.113.185", rid="K1ezK4sz")


def outlook_invite(fname, *, org_name, org_email, attendees, subject, start, end, tz_win, tz_olson, wann,
                   body, date, uid, seq=0, method="REQUEST", msgid, host, ip, lang="de-DE", location="Microsoft Teams-Besprechung"):
    cancel = method == "CANCEL"
    to = ", ".join(f"{n} <{e}>" for n, e in attendees)
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += vtimezone(tz_win, tz_olson, "EU")
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={org_name}:mailto:{org_email}"]
    for n, e in attendees:
        lines.append(attendee(n, e))
    lines += [f"DESCRIPTION;LANGUAGE={lang}:{esc(body)}",
              f"UID:{uid}", f"SUMMARY;LANGUAGE={lang}:{esc(subject)}",
              f"DTSTART;TZID={tz_win}:{floc(start)}", f"DTEND;TZID={tz_win}:{floc(end)}",
              "CLASS:PUBLIC", "PRIORITY:5" if not cancel else "PRIORITY:1", f"DTSTAMP:{zstamp(date)}",
              "TRANSP:OPAQUE" if not cancel else "TRANSP:TRANSPARENT",
              f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", f"SEQUENCE:{seq}",
              f"LOCATION;LANGUAGE={lang}:{location}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-OWNERAPPTID:2118413722",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
              f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1" if not cancel else "X-MICROSOFT-CDO-IMPORTANCE:2",
              "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-LOCATIONDISPLAYNAME:" + location,
              "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    text = f"Wann: {wann}\nWo: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}"
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">"
            + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))
            + "</div></body></html>")
    mail(fname, frm=f"{org_name} <{org_email}>", to=to, subject=subject, date=date, msgid=msgid,
         text=text, html=html, cte="quoted-printable", host=host, ip=ip, rid="NAM04ex" + uid[-4:],
         extra=[("Thread-Topic", subject.split(": ", 1)[-1]), ("Accept-Language", "de-DE, en-US"),
                ("Content-Language", lang), ("X-MS-Has-Attach", ""),
                ("Content-class", "urn:content-classes:calendarmessage")],
         alt_cal=(cal, method, "base64"))


def c06():
    cid = "b114-06-teams-invite-then-cancel-absagen"
    s = chk(T(2026, 4, 14, 9, 30), "Tue")
    e = T(2026, 4, 14, 10, 30)
    d1 = T(2026, 4, 1, 15, 48)
    d2 = T(2026, 4, 10, 12, 5)
    jens = "jens.kroeger@nordlicht-handelshaus.example"
    wie = "wiebke.sander@nordlicht-handelshaus.example"
    new_case(cid, label([iv("Nordlicht Handelshaus AG", "Senior UX Designer E-Commerce (m/w/d)", s, e,
                            "cancelled", [wie, jens], [wie, jens], "onsite")],
                        "hard", "positive/cancellation",
                        "German Outlook/Teams invite ('Wann: ... (UTC+01:00) Amsterdam, Berlin...' label while the "
                        "date is already CEST -> +02:00), then an Outlook cancellation (METHOD:CANCEL) whose body "
                        "says 'muessen wir ... leider absagen'. Interview kept with status cancelled."))
    wann = ("Dienstag, 14. April 2026 09:30-10:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.")
    body1 = (
        "Sehr geehrte Frau Rautenberg,\n\n"
        "wie telefonisch besprochen lade ich Sie hiermit herzlich zu einem Vorstellungsgespräch für die Position "
        "Senior UX Designer E-Commerce (m/w/d) ein. Ihre Gesprächspartner sind Frau Dr. Wiebke Sander "
        "(Teamleitung UX) und ich.\n\n"
        "Wir nehmen uns eine Stunde Zeit. Den Teams-Link finden Sie unten.\n\n"
        "Mit freundlichen Grüßen\n"
        "Jens Kröger\n"
        "Talent Acquisition\n"
        "Nordlicht Handelshaus AG | Ballindamm 27 | 20095 Hamburg\n"
        "Tel.: +49 40 5553 7781\n\n"
        "________________________________________________________________________________\n"
        "Microsoft Teams-Besprechung\n"
        "Nehmen Sie über Ihren Computer, Ihre mobile App oder das Raumgerät teil.\n"
        "Hier klicken, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ4MjE5ZTgt%40thread.v2/0>\n"
        "Besprechungs-ID: 318 442 907 655\n"
        "Passcode: xK7bT2\n"
        "________________________________________________________________________________\n")
    att = [(OWNER_NAME, OWNER), ("Dr. Wiebke Sander", wie)]
    uid = "040000008200E00074C5B7101A82E00800000000B0C2F1A8E7C3DC01000000000000000010000000E3A7C14F9B2D4E4C8A1F0D7E6C5B4A39"
    outlook_invite("01-vorstellungsgespraech-teams.eml", org_name="Kröger, Jens", org_email=jens, attendees=att,
                   subject="Vorstellungsgespräch Svenja Rautenberg – Senior UX Designer E-Commerce",
                   start=s, end=e, tz_win="W. Europe Standard Time", tz_olson=BER, wann=wann, body=body1,
                   date=d1, uid=uid, msgid="<BEZP281MB2104C1A@BEZP281MB2104.DEUP281.PROD.OUTLOOK.example>",
                   host="mail-fr2deu01on2090.outbound.protection.outlook.example", ip="40.107.135.90")
    body2 = (
        "Sehr geehrte Frau Rautenberg,\n\n"
        "leider müssen wir das für Dienstag geplante Vorstellungsgespräch absagen: Die Position wird nach "
        "einer internen Umstrukturierung vorerst nicht nachbesetzt. Das tut mir sehr leid, zumal Frau Dr. Sander "
        "und ich uns auf das Gespräch gefreut hatten.\n\n"
        "Sollte die Stelle wieder ausgeschrieben werden, melde ich mich gerne bei Ihnen.\n\n"
        "Mit freundlichen Grüßen\n"
        "Jens Kröger\n"
        "Talent Acquisition | Nordlicht Handelshaus AG\n")
    outlook_invite("02-abgesagt-vorstellungsgespraech.eml", org_name="Kröger, Jens", org_email=jens, attendees=att,
                   subject="Abgesagt: Vorstellungsgespräch Svenja Rautenberg – Senior UX Designer E-Commerce",
                   start=s, end=e, tz_win="W. Europe Standard Time", tz_olson=BER, wann=wann, body=body2,
                   date=d2, uid=uid, seq=1, method="CANCEL",
                   msgid="<BEZP281MB2104D77@BEZP281MB2104.DEUP281.PROD.OUTLOOK.example>",
                   host="mail-fr2deu01on2090.outbound.protection.outlook.example", ip="40.107.135.90")


def c07():
    cid = "b114-07-sf-recruiter-call-pst-label-in-dst"
    la = "America/Los_Angeles"
    s = chk(T(2026, 3, 12, 8, 30, la), "Thu")
    e = s + timedelta(minutes=30)
    assert s.astimezone(ZoneInfo(BER)).hour == 16 and s.astimezone(ZoneInfo(BER)).minute == 30
    d1 = T(2026, 3, 9, 10, 2, la)
    d2 = T(2026, 3, 9, 13, 40, la)
    dana = "dana.whitfield@foglight.example"
    new_case(cid, label([iv("Foglight Analytics", "Senior Product Designer (Remote, EMEA)", s, e, "scheduled",
                            [dana], [dana], "phone_screen")],
                        "hard", "positive/us-timezone-dst-gap",
                        "San Francisco recruiter writes 'Thu 3/12 @ 4:30p CET / 8:30a PST' during the US-EU DST gap "
                        "(PST is wrong: it is PDT, 8:30 PDT = 16:30 CET); Google invite in PDT confirms. Dedupe."))
    t1 = (
        "Hi Svenja!\n\n"
        "Thanks so much for getting back to me so quickly. Just a heads-up that the US switched to daylight "
        "saving yesterday, so our usual overlap shifts by an hour for a few weeks.\n\n"
        "Would Thu 3/12 @ 4:30p CET / 8:30a PST work for a quick 30 min intro call? I'll tell you a bit about "
        "Foglight, the design team (we're 6 designers across 4 time zones) and the role, and I'd love to hear "
        "what you're looking for next.\n\n"
        "If that works I'll send a calendar invite with a Google Meet link.\n\n"
        "Best,\n"
        "Dana\n\n"
        "Dana Whitfield (she/her)\n"
        "Senior Technical Recruiter | Foglight Analytics\n"
        "350 Brannan St, San Francisco, CA 94107\n"
        "+1 (415) 555-0198\n\n"
        "On Sun, Mar 8, 2026 at 11:47 PM Svenja Rautenberg <svenja.rautenberg@example.com> wrote:\n"
        "> Hi Dana, thanks for reaching out! I'd be happy to chat. Afternoons Berlin time work best for me.\n"
        "> Svenja\n")
    mail("01-foglight-intro-call.eml", frm=f"Dana Whitfield <{dana}>", to=OWNER_FULL,
         subject="Re: Foglight – Senior Product Designer (Remote, EMEA)", date=d1,
         msgid="<CAHd4n4W+8a3@mail.foglight.example>", in_reply_to="<CAsvenja.0308.2347@mail.example.com>",
         references="<CAHd4n4Wfirst@mail.foglight.example> <CAsvenja.0308.2347@mail.example.com>",
         text=t1, cte="7bit" if all(ord(c) < 128 for c in t1) else "quoted-printable",
         host="mail-ua1-f54.google.com", ip="209.85.222.54", rid="Fg1ight1")
    google_invite("02-invitation-foglight-intro.eml", organizer="Dana Whitfield", org_email=dana,
                  guests=[("Dana Whitfield", dana), (OWNER_NAME, OWNER)],
                  summary="Foglight <> Svenja Rautenberg | Recruiter Call", start=s, end=e, tzlabel="PDT",
                  tzlong="Pacific Time - Los Angeles", date=d2,
                  description="Intro call with Dana Whitfield (Recruiting) for Senior Product Designer (Remote, EMEA).",
                  uid="0g7h3k1m5n9p2q4r6s8t0v1w3x@google.com", meet="fgl-wxyz-abc",
                  msgid="<calendar-2b7c9d1e-3f4a-4b5c-8d6e-7f8091a2b3c4@google.com>")


def c08():
    cid = "b114-08-linkedin-inmail-zurich-gruezi-phone"
    zrh = "Europe/Zurich"
    s = chk(T(2026, 4, 9, 16, 0, zrh), "Thu")
    e = s + timedelta(minutes=30)
    d1 = T(2026, 3, 31, 9, 12, zrh)
    d2 = T(2026, 4, 1, 14, 27, zrh)
    reto = "reto.huerlimann@sihltal-digital.example"
    new_case(cid, label([iv("Sihltal Digital AG", "Senior Product Designer Mobile Banking", s, e, "scheduled",
                            [reto], [reto], "phone_screen")],
                        "medium", "positive/linkedin-relay-then-email",
                        "LinkedIn InMail relay with two proposed slots (Wed 8.4. 10.00 / Thu 9.4. 16.00 Uhr), then the "
                        "Zurich recruiter confirms Thursday 16.00-16.30 by e-mail in Swiss German style (Gruezi, "
                        "Grüsse, 16.00 Uhr). CEST +02:00."))
    t1 = (
        "Reto Hürlimann hat Ihnen eine InMail gesendet\n\n"
        "Reto Hürlimann\n"
        "Senior Talent Acquisition Partner bei Sihltal Digital AG\n\n"
        "Betreff: Senior Product Designer Mobile Banking – Zürich / hybrid\n\n"
        "Grüezi Frau Rautenberg\n\n"
        "Ich bin auf Ihr Profil gestossen und war von Ihren Fallstudien zu Finanz-Apps beeindruckt. Wir suchen "
        "für unser Mobile-Banking-Team eine/n Senior Product Designer (80–100 %, hybrid, 2 Tage pro Woche in "
        "Zürich-Wiedikon, Relocation-Unterstützung möglich).\n\n"
        "Hätten Sie Zeit für ein erstes, unverbindliches Telefongespräch von rund 30 Minuten? Ich könnte "
        "Mittwoch, 8. April, um 10.00 Uhr oder Donnerstag, 9. April, um 16.00 Uhr.\n\n"
        "Freundliche Grüsse\n"
        "Reto Hürlimann\n\n"
        "Antworten: https://www.linkedin.example/messaging/thread/2-ZTk4MmQ1/\n\n"
        "----------------------------------------\n"
        "Diese E-Mail war für Svenja Rautenberg (Product Designer | Fintech & Mobility) bestimmt.\n"
        "Sie erhalten InMail-Benachrichtigungen. Abmelden: https://www.linkedin.example/e/v2?e=unsub\n"
        "© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.\n")
    mail("01-linkedin-inmail-reto.eml", frm="Reto Hürlimann über LinkedIn <inmail-hit-reply@linkedin.example>",
         to=f"{OWNER_NAME} <{OWNER}>", subject="Senior Product Designer Mobile Banking – Zürich / hybrid",
         date=d1, msgid="<1798221.36542.1774944720@lor1-app9.prod.linkedin.example>", text=t1,
         html=("<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in t1.split("\n\n"))
               + "</body></html>"),
         cte="quoted-printable", host="mailb-ac.linkedin.example", ip="198.51.100.201", rid="L1nk3dIn",
         extra=[("X-LinkedIn-Class", "INMAIL"), ("X-LinkedIn-Template", "inmail_message_v2")])
    t2 = (
        "Grüezi Frau Rautenberg\n\n"
        "Besten Dank für Ihre rasche Rückmeldung via LinkedIn. Gerne bestätige ich Ihnen unser Telefonat:\n\n"
        "Donnerstag, 9. April 2026, 16.00 – 16.30 Uhr\n\n"
        "Ich rufe Sie unter der angegebenen Nummer (+49 160 5550 7714) an. Im Gespräch möchte ich Ihnen "
        "die Stelle und unser Team vorstellen und mehr über Ihre Erwartungen (Pensum, Lohnvorstellung, "
        "Verfügbarkeit) erfahren.\n\n"
        "Ich freue mich auf das Gespräch.\n\n"
        "Freundliche Grüsse\n\n"
        "Reto Hürlimann\n"
        "Senior Talent Acquisition Partner\n\n"
        "Sihltal Digital AG\n"
        "Birmensdorferstrasse 94\n"
        "8003 Zürich\n"
        "Direkt +41 44 555 62 18\n"
        "www.sihltal-digital.example\n")
    mail("02-bestaetigung-telefonat.eml", frm=f"Hürlimann Reto <{reto}>", to=OWNER,
         subject="Bestätigung Telefonat – Senior Product Designer Mobile Banking", date=d2,
         msgid="<ZR0P278MB0761E1@ZR0P278MB0761.CHEP278.PROD.OUTLOOK.example>", text=t2, cte="base64",
         host="mail.sihltal-digital.example", ip="203.0.113.58", rid="S1hlTa1x")


def c09():
    cid = "b114-09-founder-chat-half-past-ten-apple-calendar"
    s = chk(T(2026, 5, 8, 10, 30), "Fri")
    e = T(2026, 5, 8, 11, 15)
    d1 = chk(T(2026, 5, 5, 19, 48), "Tue")
    d2 = T(2026, 5, 5, 19, 55)
    ole = "ole@moosgruen.example"
    new_case(cid, label([iv("Moosgrün Energy GmbH", "Founding Product Designer", s, e, "scheduled", [ole], [ole],
                            "hiring_manager")],
                        "medium", "positive/apple-calendar-invite",
                        "Founder proposes 'Friday at half past ten' at the Kreuzberg office (relative to Tue 5 May), "
                        "then sends an Apple Calendar (macOS) invite with TZID Europe/Berlin 10:30-11:15. Final chat "
                        "with the founder = interview."))
    t1 = (
        "Hi Svenja,\n\n"
        "thanks again for the session with Lisa on Monday – she was really impressed by how you handled the "
        "onboarding flow exercise.\n\n"
        "The last step on our side is a conversation with me. Nothing formal, but I'd like to talk about how "
        "you'd set up design as the first designer here, and answer any questions about funding, equity etc.\n\n"
        "How about Friday at half past ten, at our office? Ritterstraße 9, 2nd backyard, 3rd floor (the bell "
        "says \"Moosgrün\"). I'll block 45 minutes and send you an invite from my calendar.\n\n"
        "Cheers,\n"
        "Ole\n\n"
        "--\n"
        "Ole Petersen\n"
        "Co-founder & CEO, Moosgrün Energy GmbH\n"
        "Ritterstraße 9, 10969 Berlin\n"
        "+49 172 5550 4410\n\n"
        "Sent from my iPhone\n")
    mail("01-ole-last-step.eml", frm=f"Ole Petersen <{ole}>", to=f"Svenja <{OWNER}>",
         subject="Last step :)", date=d1, msgid="<A7E3F1C2-5B8D-4E9A-9C1F-2D3E4F5A6B7C@moosgruen.example>",
         text=t1, cte="quoted-printable", host="mail.moosgruen.example", ip="203.0.113.9", rid="M00sGr1n",
         extra=[("X-Mailer", "iPhone Mail (22E252)")])
    uid = "3F9A7C21-6D4B-4E8F-A1B2-C3D4E5F60718"
    cal = ics(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:-//Apple Inc.//macOS 15.4.1//EN", "VERSION:2.0",
               "CALSCALE:GREGORIAN"] + vtimezone_olson(BER) +
              ["BEGIN:VEVENT", f"ATTENDEE;CN=Ole Petersen;CUTYPE=INDIVIDUAL;EMAIL={ole};PARTSTAT=ACCEPTED;ROLE=CHAIR:mailto:{ole}",
               f"ATTENDEE;CN={OWNER_NAME};CUTYPE=INDIVIDUAL;EMAIL={OWNER};PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{OWNER}",
               f"CREATED:{zstamp(d2 - timedelta(minutes=2))}",
               f"DTEND;TZID={BER}:{floc(e)}", f"DTSTART;TZID={BER}:{floc(s)}", f"DTSTAMP:{zstamp(d2)}",
               f"LAST-MODIFIED:{zstamp(d2)}",
               "LOCATION:" + esc("Moosgrün Energy\nRitterstraße 9, 10969 Berlin, Germany"),
               f"ORGANIZER;CN=Ole Petersen;EMAIL={ole}:mailto:{ole}",
               "SEQUENCE:0", "SUMMARY:Svenja <> Ole", f"UID:{uid}", "URL;VALUE=URI:",
               "X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC",
               "X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-ADDRESS=" + "Ritterstraße 9\\\\n10969 Berlin\\\\nGermany"
               + ";X-APPLE-RADIUS=70;X-TITLE=Moosgrün Energy:geo:52.502100,13.407300",
               "TRANSP:OPAQUE", "BEGIN:VALARM", "X-WR-ALARMUID:8E1D2C3B-4A59-4F68-9D7E-0A1B2C3D4E5F",
               "UID:8E1D2C3B-4A59-4F68-9D7E-0A1B2C3D4E5F", "TRIGGER:-PT30M", "ACTION:DISPLAY",
               "DESCRIPTION:Reminder", "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    t2 = ("Ole Petersen has invited you to \"Svenja <> Ole\".\n\n"
          "Friday, 8 May 2026, 10:30 – 11:15\nMoosgrün Energy, Ritterstraße 9, 10969 Berlin\n")
    mail("02-invitation-svenja-ole.eml", frm=f"Ole Petersen <{ole}>", to=f"{OWNER_NAME} <{OWNER}>",
         subject="Invitation: Svenja <> Ole (8 May 2026 at 10:30 CEST)", date=d2,
         msgid="<0C1D2E3F-4A5B-6C7D-8E9F-A0B1C2D3E4F5@moosgruen.example>", text=t2, cte="quoted-printable",
         host="mail.moosgruen.example", ip="203.0.113.9", rid="M00sGr2n",
         extra=[("X-Mailer", "Apple Mail (2.3826.500.181)")],
         attach=[("iCal-20260505-195500.ics", cal, "text", "calendar", {"method": "REQUEST"})])


def c10():
    cid = "b114-10-stepstone-like-relay-two-rounds-munich"
    s1 = chk(T(2026, 2, 27, 11, 0), "Fri")
    e1 = s1 + timedelta(minutes=30)
    s2 = chk(T(2026, 3, 11, 13, 30), "Wed")
    e2 = T(2026, 3, 11, 14, 30)
    d1 = chk(T(2026, 2, 23, 10, 4), "Mon")
    d2 = chk(T(2026, 3, 2, 16, 22), "Mon")
    sab = "sabine.huber@wuermtal-medtech.example"
    ben = "benedikt.angerer@wuermtal-medtech.example"
    yvo = "yvonne.kessler@wuermtal-medtech.example"
    role = "UX Designer Medizintechnik (m/w/d)"
    new_case(cid, label([iv("Würmtal Medizintechnik GmbH", role, s1, e1, "scheduled", [sab], [sab], "phone_screen"),
                         iv("Würmtal Medizintechnik GmbH", role, s2, e2, "scheduled", [ben, yvo], [ben, yvo], "onsite")],
                        "hard", "positive/two-interviews",
                        "StepStone-like relay (Jobhafen) invites to a phone interview Fri 27.02. 11:00 (30 min) with HR; "
                        "after it HR invites directly to a second Teams interview Wed 11.03.2026 13:30-14:30 with two "
                        "interviewers (cc). Two interviews; mail 2 also mentions the past phone call."))
    t1 = (
        "Diese Nachricht wurde Ihnen über Jobhafen von Würmtal Medizintechnik GmbH gesendet.\n"
        "Ihre Bewerbung: UX Designer Medizintechnik (m/w/d) – Gräfelfing bei München\n"
        "=================================================================\n\n"
        "Sehr geehrte Frau Rautenberg,\n\n"
        "vielen Dank für Ihre Bewerbung und Ihr Interesse an der Würmtal Medizintechnik GmbH.\n\n"
        "Ihre Unterlagen haben uns überzeugt, und wir möchten Sie gerne näher kennenlernen. Hiermit laden wir "
        "Sie herzlich zu einem ersten telefonischen Interview ein:\n\n"
        "    Freitag, 27. Februar 2026, 11:00 Uhr (Dauer ca. 30 Minuten)\n\n"
        "Ich rufe Sie unter der in Ihrer Bewerbung angegebenen Mobilnummer an. Sollte der Termin nicht passen, "
        "melden Sie sich gerne direkt bei mir.\n\n"
        "Mit freundlichen Grüßen\n\n"
        "Sabine Huber\n"
        "HR Business Partner\n"
        "Würmtal Medizintechnik GmbH\n"
        "Lochhamer Schlag 17 · 82166 Gräfelfing\n"
        "Tel. +49 89 5558 2046\n"
        "sabine.huber@wuermtal-medtech.example\n\n"
        "=================================================================\n"
        "Jobhafen – Ihr Stellenmarkt. Antworten auf diese Nachricht werden an den Arbeitgeber weitergeleitet.\n"
        "Jobhafen GmbH, Valentinskamp 70, 20355 Hamburg\n")
    mail("01-jobhafen-nachricht-telefoninterview.eml",
         frm="Würmtal Medizintechnik GmbH über Jobhafen <kandidatenpost@relay.jobhafen.example>", to=OWNER,
         reply_to="r-7f21c9a0d3@relay.jobhafen.example",
         subject="Ihre Bewerbung als UX Designer Medizintechnik (m/w/d) – Einladung zum Telefoninterview",
         date=d1, msgid="<relay.7f21c9a0d3.1@relay.jobhafen.example>", text=t1, cte="quoted-printable",
         host="relay.jobhafen.example", ip="198.51.100.33", rid="J0bHaf3n")
    t2 = (
        "Sehr geehrte Frau Rautenberg,\n\n"
        "vielen Dank für das angenehme Telefonat am vergangenen Freitag!\n\n"
        "Wir möchten Sie gerne zu einem zweiten Gespräch einladen, diesmal per Microsoft Teams mit Herrn "
        "Benedikt Angerer (Teamlead UX) und Frau Dr. Yvonne Kessler (Head of R&D Software), beide in Kopie:\n\n"
        "Mittwoch, 11.03.2026, 13:30–14:30 Uhr\n\n"
        "Bitte bereiten Sie eine kurze Vorstellung (ca. 10 Minuten) eines Projekts vor, in dem Sie mit "
        "regulatorischen Anforderungen oder sicherheitskritischen Oberflächen gearbeitet haben. Die Einladung "
        "mit dem Teams-Link folgt separat.\n\n"
        "Mit freundlichen Grüßen\n"
        "Sabine Huber\n\n"
        "Sabine Huber | HR Business Partner\n"
        "Würmtal Medizintechnik GmbH | Lochhamer Schlag 17 | 82166 Gräfelfing\n"
        "Tel. +49 89 5558 2046\n"
        "Geschäftsführer: Dr. Konrad Wimmer · Amtsgericht München HRB 102938\n")
    mail("02-einladung-zweites-gespraech.eml", frm=f"Huber Sabine <{sab}>", to=OWNER,
         cc=f"Angerer Benedikt <{ben}>, Kessler Yvonne Dr. <{yvo}>",
         subject="Einladung zum zweiten Gespräch – UX Designer Medizintechnik", date=d2,
         msgid="<VI1PR08MB5326B7@VI1PR08MB5326.eurprd08.prod.outlook.example>", text=t2, cte="quoted-printable",
         host="mail.wuermtal-medtech.example", ip="203.0.113.120", rid="Wu3rmT41")


def c11():
    cid = "b114-11-utrecht-google-invite-candidate-withdraws"
    ams = "Europe/Amsterdam"
    s = chk(T(2026, 4, 17, 14, 0, ams), "Fri")
    e = s + timedelta(hours=1)
    d1 = T(2026, 4, 9, 10, 31, ams)
    d2 = T(2026, 4, 14, 9, 2, ams)
    d3 = T(2026, 4, 14, 9, 4, ams)
    san = "sanne.jansen@domstad-payments.example"
    pie = "pieter.vandijk@domstad-payments.example"
    new_case(cid, label([iv("Domstad Payments", "Senior Product Designer", s, e, "cancelled", [pie], [pie],
                            "hiring_manager")],
                        "medium", "positive/cancellation",
                        "Google invite for a design interview with the Design Manager (Fri 17 Apr 2pm CEST); Svenja "
                        "withdraws (quoted in the recruiter's reply) and Google sends 'Canceled event' (METHOD:CANCEL)."))
    guests = [("Sanne Jansen", san), ("Pieter van Dijk", pie), (OWNER_NAME, OWNER)]
    summ = "Design interview: Svenja Rautenberg <> Pieter van Dijk"
    desc = ("Design interview for the Senior Product Designer role with Pieter van Dijk (Design Manager). "
            "Pieter will ask you about a recent project end-to-end.")
    uid = "2m4n6p8q0r1s3t5u7v9w1x3y5z@google.com"
    google_invite("01-invitation-design-interview.eml", organizer="Sanne Jansen", org_email=san, guests=guests,
                  summary=summ, start=s, end=e, tzlabel="CEST", tzlong="Central European Time - Amsterdam",
                  date=d1, description=desc, uid=uid, meet="dom-stad-pay",
                  msgid="<calendar-9c8b7a6d-5e4f-4a3b-2c1d-0e9f8a7b6c5d@google.com>")
    t2 = (
        "Hi Svenja,\n\n"
        "Thank you for letting me know, and congratulations on the new role – they're lucky to have you! "
        "I've cancelled Friday's interview with Pieter, so you'll get a cancellation from Google Calendar in a "
        "moment.\n\n"
        "If things change in the future, our door is always open.\n\n"
        "All the best,\n"
        "Sanne\n\n"
        "Sanne Jansen | Recruiter\n"
        "Domstad Payments B.V. · Vredenburg 40 · 3511 BD Utrecht\n"
        "+31 30 555 2290\n\n"
        "On Mon, 13 Apr 2026 at 21:17, Svenja Rautenberg <svenja.rautenberg@example.com> wrote:\n"
        "> Hi Sanne,\n"
        ">\n"
        "> I'm sorry for the short notice, but I have just accepted an offer from another company, so I'd like\n"
        "> to withdraw from the process. Please pass on my thanks to Pieter – I really enjoyed our first call.\n"
        ">\n"
        "> Best regards,\n"
        "> Svenja\n")
    mail("02-re-withdrawal.eml", frm=f"Sanne Jansen <{san}>", to=OWNER_FULL,
         subject="Re: Withdrawing my application – Senior Product Designer", date=d2,
         msgid="<CAS4nn3J+2f@mail.domstad-payments.example>", in_reply_to="<CAsvenja.0413.2117@mail.example.com>",
         references="<CAsvenja.0413.2117@mail.example.com>", text=t2, cte="quoted-printable",
         host="mail-ed1-f43.google.com", ip="209.85.208.43", rid="D0mSt4d2")
    google_invite("03-canceled-design-interview.eml", organizer="Sanne Jansen", org_email=san, guests=guests,
                  summary=summ, start=s, end=e, tzlabel="CEST", tzlong="Central European Time - Amsterdam",
                  date=d3, description=desc, uid=uid, meet=None, seq=1, method="CANCEL", status="CANCELLED",
                  verb="Canceled event", msgid="<calendar-1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d@google.com>",
                  rid="9bQ2xL0pWn")


def c12():
    cid = "b114-12-lausanne-14h-gcal-json"
    zrh = "Europe/Zurich"
    s = chk(T(2026, 4, 21, 14, 0, zrh), "Tue")
    e = s + timedelta(hours=1)
    d1 = chk(T(2026, 4, 16, 11, 38, zrh), "Thu")
    cam = "camille.rochat@leman-robotics.example"
    mat = "matthieu.favre@leman-robotics.example"
    new_case(cid, label([iv("Léman Robotics SA", "Product Designer (HMI)", s, e, "scheduled", [mat], [mat],
                            "technical")],
                        "medium", "positive/dedupe-email-and-calendar-api",
                        "Lausanne recruiter writes 'Tuesday 21 April at 14h (Swiss time)' in English; the event also "
                        "appears as a Calendar API v3 event (self: true) in Svenja's calendar. One technical interview."))
    t1 = (
        "Dear Svenja,\n\n"
        "Thank you for your application and for the nice exchange last week. I am happy to confirm the next "
        "step: a design interview with our Lead Designer, Matthieu Favre.\n\n"
        "Date: Tuesday 21 April\n"
        "Time: 14h (Swiss time, same as Berlin)\n"
        "Duration: 1h\n"
        "Format: Google Meet, the invitation is in your calendar\n\n"
        "Matthieu will ask you to walk him through one HMI or complex-tool project, and there will be a short "
        "whiteboard exercise (no preparation needed).\n\n"
        "Meilleures salutations / Best regards,\n\n"
        "Camille Rochat\n"
        "Talent Acquisition\n"
        "Léman Robotics SA | EPFL Innovation Park, Bâtiment C | 1015 Lausanne\n"
        "+41 21 555 73 40\n")
    mail("01-leman-robotics-design-interview.eml", frm=f"Camille Rochat <{cam}>", to=OWNER,
         subject="Léman Robotics – Design interview on 21 April", date=d1,
         msgid="<GV0P278MB0455F3@GV0P278MB0455.CHEP278.PROD.OUTLOOK.example>", text=t1, cte="quoted-printable",
         host="mail.leman-robotics.example", ip="203.0.113.77", rid="L3m4nR0b")
    created = T(2026, 4, 16, 11, 31, zrh).astimezone(UTC)
    ev = {
        "kind": "calendar#event",
        "etag": "\"3451982264018000\"",
        "id": "7q1v4ph2o3krnb0g9sd5e6u8ic",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=N3ExdjRwaDJvM2tybmIwZzlzZDVlNnU4aWM",
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(minutes=4)).strftime("%Y-%m-%dT%H:%M:%S.512Z"),
        "summary": "Léman Robotics | Design interview – Svenja Rautenberg",
        "description": "Product Designer (HMI) – design interview with Matthieu Favre (Lead Designer).\n"
                       "Portfolio walkthrough + short whiteboard exercise.",
        "creator": {"email": cam, "displayName": "Camille Rochat"},
        "organizer": {"email": cam, "displayName": "Camille Rochat"},
        "start": {"dateTime": s.astimezone(ZoneInfo(BER)).isoformat(), "timeZone": BER},
        "end": {"dateTime": e.astimezone(ZoneInfo(BER)).isoformat(), "timeZone": BER},
        "iCalUID": "7q1v4ph2o3krnb0g9sd5e6u8ic@google.com",
        "sequence": 0,
        "attendees": [
            {"email": cam, "displayName": "Camille Rochat", "organizer": True, "responseStatus": "accepted"},
            {"email": mat, "displayName": "Matthieu Favre", "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.google.com/lmr-hmid-qrs",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/lmr-hmid-qrs",
                             "label": "meet.google.com/lmr-hmid-qrs"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": "lmr-hmid-qrs"},
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    write_file("02-event-leman-design-interview.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")


def c13():
    cid = "b114-13-agency-forward-ny-noon-et-dst-gap"
    ny = "America/New_York"
    s = chk(T(2026, 3, 25, 12, 0, ny), "Wed")
    e = s + timedelta(minutes=45)
    sb = s.astimezone(ZoneInfo(BER))
    assert (sb.hour, sb.minute) == (17, 0)
    dfw = T(2026, 3, 19, 15, 44, ny)
    d1 = chk(T(2026, 3, 20, 9, 3), "Fri")
    mar = "marcus.delaney@halyardpine.example"
    ker = "kerstin.vogt@talentbruecke.example"
    new_case(cid, label([iv("Halyard & Pine", "Staff Product Designer", s, e, "scheduled", [mar], [mar],
                            "hiring_manager")],
                        "hard", "positive/forwarded-email",
                        "Berlin agency recruiter forwards the New York hiring manager's confirmation ('Wednesday "
                        "3/25 at noon ET, 45 minutes') and warns it is 17 Uhr Berlin, not 18 Uhr (US-EU DST gap). "
                        "Body base64. The agency recruiter is not an interviewer."))
    t1 = (
        "Hallo Svenja,\n\n"
        "gute Nachrichten – siehe unten: Marcus (Head of Design bei Halyard & Pine) hat den Termin bestätigt.\n\n"
        "Achtung Zeitumstellung: In den USA gilt seit dem 8. März schon die Sommerzeit, bei uns erst ab dem "
        "29. März. Mittag in New York ist am 25.03. also 17 Uhr bei uns, nicht 18 Uhr!\n\n"
        "Den Zoom-Link schickt Marcus dir direkt. Melde dich gern vorher, wenn du noch Fragen zum Team hast – "
        "ich habe Dienstag ab 15 Uhr Zeit für einen kurzen Call zur Vorbereitung.\n\n"
        "Viele Grüße\n"
        "Kerstin\n\n"
        "Kerstin Vogt\n"
        "Senior Consultant Design & Product\n"
        "Talentbrücke Berlin GmbH · Torstraße 140 · 10119 Berlin\n"
        "Mobil: +49 151 5559 2871\n\n"
        "---------- Forwarded message ---------\n"
        f"From: Marcus Delaney <{mar}>\n"
        "Date: Thu, Mar 19, 2026 at 3:44 PM\n"
        "Subject: Re: Svenja Rautenberg – Staff Product Designer\n"
        f"To: Kerstin Vogt <{ker}>\n\n"
        "Hi Kerstin,\n\n"
        "Thanks for sending Svenja's portfolio over – the transit app case study is exactly the kind of work "
        "we're looking for. Wednesday 3/25 at noon ET works for me. Let's do 45 minutes; I'll send her a Zoom "
        "link directly.\n\n"
        "Best,\n"
        "Marcus\n\n"
        "Marcus Delaney\n"
        "Head of Design, Halyard & Pine\n"
        "55 Water St, 32nd Floor, New York, NY 10041\n")
    mail("01-fwd-halyard-pine-confirmed.eml", frm=f"Kerstin Vogt <{ker}>", to=f"Svenja Rautenberg <{OWNER}>",
         subject="Fwd: Re: Svenja Rautenberg – Staff Product Designer", date=d1,
         msgid="<CAKv0gt+fwd3x@mail.talentbruecke.example>", text=t1, cte="base64",
         host="mail.talentbruecke.example", ip="203.0.113.140", rid="T4l3ntBr")
    assert dfw < d1


# ============================================================================= negative cases
def neg(cid, difficulty, category, notes):
    new_case(cid, label([], difficulty, category, notes))


def c14():
    neg("b114-14-buergeramt-termin-anmeldung", "easy", "negative/government-appointment",
        "Berlin service portal appointment confirmation (Buergeramt, Anmeldung) with .ics; an appointment at a "
        "specific time, but not a job interview.")
    d = T(2026, 3, 3, 7, 12)
    s = chk(T(2026, 3, 24, 8, 40), "Tue")
    e = s + timedelta(minutes=10)
    t = (
        "Sehr geehrte Frau Rautenberg,\n\n"
        "hiermit bestätigen wir Ihre Terminbuchung.\n\n"
        "Dienstleistung: Anmeldung einer Wohnung\n"
        "Termin: Dienstag, 24.03.2026, 08:40 Uhr\n"
        "Standort: Bürgeramt Friedrichshain, Frankfurter Allee 35/37, 10247 Berlin\n"
        "Vorgangsnummer: 48213977\n"
        "Code zur Terminabsage: 9c2f\n\n"
        "Bitte bringen Sie folgende Unterlagen mit: Personalausweis oder Reisepass, ausgefülltes "
        "Anmeldeformular, Wohnungsgeberbestätigung.\n\n"
        "Bitte erscheinen Sie pünktlich. Bei Verspätung kann der Termin nicht mehr wahrgenommen werden und muss "
        "neu gebucht werden. Sollten Sie den Termin nicht wahrnehmen können, sagen Sie ihn bitte ab: "
        "https://service.berlin.example/terminvereinbarung/absage?code=9c2f\n\n"
        "Mit freundlichen Grüßen\n"
        "Ihr Bürgeramt Friedrichshain-Kreuzberg\n\n"
        "Diese E-Mail wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese Nachricht.\n")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ITDZ Berlin//Terminvereinbarung//DE", "METHOD:PUBLISH",
               "BEGIN:VEVENT", "UID:termin-48213977@service.berlin.example", f"DTSTAMP:{zstamp(d)}",
               f"DTSTART:{zstamp(s)}", f"DTEND:{zstamp(e)}", "SUMMARY:Bürgeramt: Anmeldung einer Wohnung",
               "LOCATION:" + esc("Bürgeramt Friedrichshain, Frankfurter Allee 35/37, 10247 Berlin"),
               "DESCRIPTION:Vorgangsnummer 48213977", "END:VEVENT", "END:VCALENDAR"])
    mail("01-terminbestaetigung-buergeramt.eml", frm="Terminvereinbarung Berlin <noreply@service.berlin.example>",
         to=OWNER, subject="Terminbestätigung: Anmeldung einer Wohnung am 24.03.2026",
         date=d, msgid="<termin.48213977@service.berlin.example>", text=t, cte="quoted-printable",
         host="mx.service.berlin.example", ip="198.51.100.5", rid="B3rl1nSv",
         attach=[("termin.ics", cal, "text", "calendar", None)])


def c15():
    neg("b114-15-sprachschule-einstufungsgespraech", "hard", "negative/non-job-interview",
        "Language school confirms an 'Einstufungsgespraech' (placement interview) for a Dutch course on Zoom with a "
        "named teacher, time and duration; the course is motivated by job applications in the Netherlands.")
    d = chk(T(2026, 3, 9, 17, 20), "Mon")
    t = (
        "Liebe Frau Rautenberg,\n\n"
        "vielen Dank für Ihre Anmeldung zum Kurs „Niederländisch B1 – Intensiv am Abend“ (Beginn 13.04.2026).\n\n"
        "Bevor wir Sie endgültig einem Kurs zuordnen, führen wir ein kurzes Einstufungsgespräch (placement "
        "interview) mit Ihnen durch. Darin sprechen Sie etwa 20 Minuten mit einer unserer Lehrkräfte – z. B. "
        "über Ihren Beruf und warum Sie Niederländisch lernen. Da Sie sich, wie Sie schreiben, gerade auf Stellen "
        "in Amsterdam und Utrecht bewerben, ist das ein gutes Gesprächsthema!\n\n"
        "Ihr Termin:\n"
        "Montag, 16.03.2026, 18:30 Uhr\n"
        "per Zoom: https://zoom.example/j/83120045517 (Kenncode: NL2026)\n"
        "Lehrerin: Marieke Smit\n\n"
        "Sie müssen sich nicht vorbereiten. Das Gespräch ist kein Test im eigentlichen Sinn, sondern hilft uns, "
        "Sie dem richtigen Kursniveau zuzuordnen.\n\n"
        "Mit freundlichen Grüßen\n"
        "Anke Wollny\n"
        "Kursberatung\n\n"
        "Sprachinstitut am Nollendorfplatz\n"
        "Maaßenstraße 14 · 10777 Berlin\n"
        "Tel. 030 5556 2290 · beratung@sprachinstitut-nollendorf.example\n")
    mail("01-einstufungsgespraech-niederlaendisch.eml",
         frm="Sprachinstitut am Nollendorfplatz <beratung@sprachinstitut-nollendorf.example>", to=OWNER_FULL,
         subject="Ihr Einstufungsgespräch für Niederländisch B1 am 16.03.", date=d,
         msgid="<5e1a9c.20260309172000@sprachinstitut-nollendorf.example>", text=t, cte="quoted-printable",
         host="mail.sprachinstitut-nollendorf.example", ip="203.0.113.66", rid="Spr4ch1n")


def c16():
    neg("b114-16-design-meetup-talk-speaker", "medium", "negative/event-speaker",
        "Meetup organizer confirms Svenja's talk, asks for a 'quick call' to run through slides and mentions an "
        "on-stage interview with the host; Google invite for the meetup evening. Not a hiring process.")
    org = "hannah@productdesign-berlin.example"
    d1 = chk(T(2026, 4, 13, 21, 5), "Mon")
    d2 = T(2026, 4, 13, 21, 12)
    s = chk(T(2026, 4, 29, 19, 0), "Wed")
    e = T(2026, 4, 29, 21, 30)
    t = (
        "Hey Svenja,\n\n"
        "thank you so much for agreeing to speak at Product Design Berlin #41! You're on the schedule as our "
        "second speaker:\n\n"
        "\"Designing for trust: what fintech onboarding taught me about fear\" – 20 min talk + 10 min interview "
        "on stage with our host Jule, then questions from the audience.\n\n"
        "Doors open at 7pm, talks start at 7:30pm. We're hosted by Parkbank this time (your office, so short "
        "commute!).\n\n"
        "Could we schedule a quick call next week to run through your slides? Tuesday or Wednesday after 6pm "
        "would work for me. We're also still looking for candidates for the lightning-talk slots, so if a "
        "colleague has something to share, send them my way.\n\n"
        "Danke & bis bald,\n"
        "Hannah\n\n"
        "Hannah Ostrowski · Organizer, Product Design Berlin\n"
        "meetup.example/product-design-berlin\n")
    mail("01-meetup-speaker-confirmation.eml", frm=f"Hannah Ostrowski <{org}>", to=OWNER,
         subject="You're speaking at Product Design Berlin #41 🎤", date=d1,
         msgid="<CAH4nn4h+pdb41@mail.productdesign-berlin.example>", text=t, cte="quoted-printable",
         host="mail-lj1-f171.google.com", ip="209.85.208.171", rid="PdB41abc")
    google_invite("02-invitation-product-design-berlin-41.eml", organizer="Hannah Ostrowski", org_email=org,
                  guests=[("Hannah Ostrowski", org), ("Jule Baumann", "jule@productdesign-berlin.example"),
                          (OWNER_NAME, OWNER)],
                  summary="Product Design Berlin #41 – Speaker: Svenja Rautenberg", start=s, end=e,
                  tzlabel="CEST", tzlong="Central European Time - Berlin", date=d2,
                  description="Speaker slot 2: talk (20 min) + stage interview with Jule (10 min) + audience Q&A.\n"
                              "Venue: Parkbank Software, Köpenicker Straße 126, 10179 Berlin.",
                  uid="8pdb41spk2svr0t1u2v3w4x5y6@google.com", meet=None,
                  msgid="<calendar-44b1c2d3-e4f5-4a6b-9c7d-8e9f0a1b2c3d@google.com>")


def c17():
    neg("b114-17-absage-nach-vorstellungsgespraech", "hard", "negative/rejection",
        "Rejection ('Absage') after an interview, naming the past interview date and interviewers; no new "
        "appointment.")
    d = chk(T(2026, 3, 27, 14, 51), "Fri")
    t = (
        "Sehr geehrte Frau Rautenberg,\n\n"
        "nochmals herzlichen Dank für Ihr Interesse an Wellenreiter Travel und für das offene und "
        "sympathische Vorstellungsgespräch am Donnerstag, den 19.03., mit Herrn Claußen und Frau Petrović.\n\n"
        "Die Entscheidung ist uns nicht leichtgefallen. Nach sorgfältiger Abwägung haben wir uns jedoch für "
        "eine Kandidatin entschieden, deren Profil noch etwas besser zu den aktuellen Anforderungen der Rolle "
        "passt. Wir müssen Ihnen daher leider eine Absage erteilen.\n\n"
        "Gerne würden wir Ihre Unterlagen in unserem Talent-Pool behalten und Sie bei passenden Positionen "
        "erneut zu einem Gespräch einladen. Wenn Sie damit nicht einverstanden sind, teilen Sie uns das bitte "
        "kurz mit.\n\n"
        "Für Ihre berufliche Zukunft wünschen wir Ihnen alles Gute.\n\n"
        "Mit freundlichen Grüßen\n"
        "Lea Hinrichsen\n"
        "Recruiting\n"
        "Wellenreiter Travel GmbH · Große Elbstraße 145 · 22767 Hamburg\n")
    mail("01-absage-product-designer.eml", frm="Wellenreiter Travel GmbH <jobs@wellenreiter-travel.example>",
         to=OWNER, reply_to="Lea Hinrichsen <lea.hinrichsen@wellenreiter-travel.example>",
         subject="Ihre Bewerbung als Product Designer (m/w/d) bei Wellenreiter Travel", date=d,
         msgid="<personio.absage.3318205@wellenreiter-travel.example>", text=t, cte="base64",
         host="mail.personio.example", ip="198.51.100.23", rid="W3ll3nRt")


def c18():
    neg("b114-18-jobboard-job-alert-html", "medium", "negative/job-alert",
        "HTML-only job alert from a StepStone-like board with 'Interview in 7 Tagen' badges, an 'interview tips' "
        "article and dates in listings.")
    d = chk(T(2026, 3, 16, 6, 30), "Mon")
    jobs = [
        ("Senior Product Designer (m/w/d)", "Fahrwerk Mobility GmbH", "Berlin", "Interview in 7 Tagen garantiert"),
        ("UX Designer Fintech (w/m/d)", "Quellgrund Bank AG", "Hamburg", "Schnellbewerbung"),
        ("Product Designer – Design System", "Tannenhof Software SE", "München", "Vorstellungsgespräch per Video"),
        ("Lead UX/UI Designer (all genders)", "Kornblume Health GmbH", "Berlin / remote", "Neu"),
    ]
    rows = "".join(
        f"<tr><td style=\"padding:12px;border-bottom:1px solid #eee\"><a href=\"https://www.jobhafen.example/job/{i + 88120}\" "
        f"style=\"font-size:16px;color:#0b3d91\"><b>{t}</b></a><br>{c} · {l}<br>"
        f"<span style=\"background:#e6f4ea;padding:2px 6px;font-size:12px\">{b}</span></td></tr>"
        for i, (t, c, l, b) in enumerate(jobs))
    html = (
        "<html><body style=\"font-family:Arial,sans-serif\"><table width=\"600\" align=\"center\">"
        "<tr><td><h2>12 neue Jobs für „Product Designer“ in Berlin und Umgebung</h2>"
        "<p>Hallo Svenja, hier sind die neuesten Stellen zu deinem Job-Alarm.</p></td></tr>"
        + rows +
        "<tr><td style=\"padding:16px;background:#f7f7f7\"><b>Karriere-Tipp der Woche:</b> "
        "„Das Vorstellungsgespräch als Designerin: 7 Fragen, die du am Dienstag um 14 Uhr nicht hören willst“ – "
        "so bereitest du dein Portfolio-Interview vor und verhandelst danach dein Gehalt. "
        "<a href=\"https://www.jobhafen.example/ratgeber/interview-designer\">Jetzt lesen</a></td></tr>"
        "<tr><td style=\"padding:16px\"><b>Live-Webinar:</b> Mittwoch, 18.03., 12:00 Uhr – „Interview-Training für "
        "Kreative“ mit Karrierecoach Dana Rieck. <a href=\"https://www.jobhafen.example/events/webinar-31\">Kostenlos anmelden</a></td></tr>"
        "<tr><td style=\"font-size:11px;color:#888;padding:16px\">Du erhältst diesen Job-Alarm, weil du ihn "
        "auf Jobhafen eingerichtet hast. <a href=\"https://www.jobhafen.example/alarm/abmelden\">Abmelden</a> · "
        "Jobhafen GmbH, Valentinskamp 70, 20355 Hamburg</td></tr></table></body></html>")
    mail("01-jobhafen-job-alarm.eml", frm="Jobhafen Job-Alarm <jobalarm@mail.jobhafen.example>", to=OWNER,
         subject="12 neue Jobs: Senior Product Designer (m/w/d) bei Fahrwerk Mobility GmbH und weitere",
         date=d, msgid="<alarm.20260316.5521a@mail.jobhafen.example>", html=html, cte="quoted-printable",
         host="mail.jobhafen.example", ip="198.51.100.34", rid="J0bAl4rm",
         extra=[("List-Unsubscribe", "<https://www.jobhafen.example/alarm/abmelden>")])


def c19():
    neg("b114-19-agentur-fuer-arbeit-beratungsgespraech", "hard", "negative/non-job-appointment",
        "Agentur fuer Arbeit invites to a 'Beratungsgespraech' (counselling appointment) with a named counsellor, "
        "date, time, room; mentions Vorstellungsgespraeche and Bewerbungsunterlagen. Not a job interview.")
    d = chk(T(2026, 3, 4, 10, 2), "Wed")
    t = (
        "Sehr geehrte Frau Rautenberg,\n\n"
        "Sie haben sich bei uns arbeitsuchend gemeldet, da Ihr befristetes Arbeitsverhältnis am 30.04.2026 endet. "
        "Ich möchte mit Ihnen über Ihre aktuelle berufliche Situation sprechen und lade Sie daher zu einem "
        "Beratungsgespräch ein:\n\n"
        "Termin: Donnerstag, 19.03.2026, um 09:15 Uhr\n"
        "Ort: Agentur für Arbeit Berlin Mitte, Charlottenstraße 87–90, 10969 Berlin, Haus 2, Zimmer 3.114\n"
        "Ansprechpartner: Herr Dirk Oberländer, Arbeitsvermittlung (Team 412)\n\n"
        "Das Gespräch kann auf Wunsch auch per Videokommunikation stattfinden. Bitte bringen Sie Ihre aktuellen "
        "Bewerbungsunterlagen (Lebenslauf, Arbeitszeugnisse) sowie eine Übersicht Ihrer bisherigen "
        "Bewerbungen und Vorstellungsgespräche mit.\n\n"
        "Sollten Sie den Termin aus wichtigem Grund nicht wahrnehmen können, teilen Sie dies bitte vorher mit.\n\n"
        "Mit freundlichen Grüßen\n"
        "Ihre Agentur für Arbeit Berlin Mitte\n\n"
        "Dieses Schreiben finden Sie auch in Ihrem Postfach unter www.arbeitsagentur.example (Kundennummer "
        "912D447801).\n")
    mail("01-einladung-beratungsgespraech.eml",
         frm="Agentur für Arbeit Berlin Mitte <Berlin-Mitte.412@arbeitsagentur.example>", to=OWNER,
         subject="Einladung zu einem Beratungsgespräch am 19.03.2026", date=d,
         msgid="<ba.vam.912D447801.20260304@arbeitsagentur.example>", text=t, cte="quoted-printable",
         host="mx.arbeitsagentur.example", ip="198.51.100.90", rid="BAmitte4")


def c20():
    neg("b114-20-ux-research-interviews-she-runs", "hard", "negative/user-is-interviewer",
        "At her current job Svenja runs user interviews: research-ops mail lists participants ('candidates from "
        "the panel') and a scheduling tool notifies her as host of a booked 'User interview'. She is the interviewer.")
    merle = "merle.jacobs@parkbank.example"
    d1 = chk(T(2026, 3, 10, 9, 40), "Tue")
    d2 = T(2026, 3, 10, 14, 2)
    s = chk(T(2026, 3, 12, 14, 0), "Thu")
    t1 = (
        "Hi Svenja,\n\n"
        "the recruiting agency sent over the candidates for round 2 of the onboarding interviews. I've "
        "scheduled the first three, the rest should book themselves via the link today:\n\n"
        "- P07 (freelancer, uses 3 banking apps) – Thu 12.03., 14:00–14:45\n"
        "- P08 (student, first bank account) – Thu 12.03., 15:00–15:45\n"
        "- P09 (retiree, switching from branch banking) – Fri 13.03., 10:00–10:45\n\n"
        "Interview guide v3 is in Dovetail; consent forms and the 50 EUR incentives are handled by the agency. "
        "Can you take notes for Fabian's sessions next week in return?\n\n"
        "Thanks!\n"
        "Merle\n\n"
        "Merle Jacobs · Research Ops · Parkbank Software GmbH\n"
        "Köpenicker Straße 126, 10179 Berlin · +49 30 5551 4430\n")
    mail("01-research-ops-participants-round2.eml", frm=f"Merle Jacobs <{merle}>", to=OWNER,
         subject="Onboarding study – round 2 interviews scheduled", date=d1,
         msgid="<CAM3rl3+r2@mail.parkbank.example>", text=t1, cte="quoted-printable",
         host="mail.parkbank.example", ip="203.0.113.30", rid="P4rkB4nk")
    t2 = (
        "Hi Svenja Rautenberg,\n\n"
        "A new event has been scheduled.\n\n"
        "Event Type:\nUser interview – onboarding (45 min)\n\n"
        "Invitee:\nThomas Berger\n\n"
        "Invitee Email:\nthomas.berger.p10@mail.example\n\n"
        "Event Date/Time:\n14:00 - Wednesday, 18 March 2026 (Central European Time)\n\n"
        "Location:\nThis is a Google Meet web conference. Join now\n\n"
        "Questions:\nHow many banking apps do you use? 2\n\n"
        "View event in Calendly: https://calendly.example/events/PB-7731\n\n"
        "You are the host of this event. Pro Tip: Remember to send the interview guide to your note-taker.\n")
    mail("02-calendly-new-event-user-interview.eml", frm="Calendly <notifications@calendly.example>", to=OWNER,
         subject="New Event: Thomas Berger - 14:00 Wed, 18 Mar 2026 - User interview – onboarding (45 min)",
         date=d2, msgid="<calendly.pb7731.20260310@calendly.example>", text=t2, cte="quoted-printable",
         host="mail.calendly.example", ip="198.51.100.150", rid="C4l3ndLy")
    assert s < T(2026, 3, 18)


def c21():
    neg("b114-21-personio-application-received-process", "medium", "negative/application-received",
        "Personio-style application receipt describing the future interview process (Kennenlerngespraech, "
        "Case-Interview, Team-Tag) without any appointment.")
    d = chk(T(2026, 4, 6, 22, 14), "Mon")
    t = (
        "Hallo Svenja,\n\n"
        "vielen Dank für deine Bewerbung als Product Designer (m/w/d) bei Sternschanze Apps! Wir haben deine "
        "Unterlagen erhalten und schauen sie uns in Ruhe an.\n\n"
        "So geht es weiter:\n"
        "1. Kennenlerngespräch (30 Min., Video) mit unserer Recruiterin\n"
        "2. Case-Interview mit zwei Designer:innen aus dem Team (90 Min.)\n"
        "3. Team-Tag bei uns im Büro in Hamburg – inklusive Mittagessen\n\n"
        "In der Regel melden wir uns innerhalb von zwei Wochen, um einen Termin für das erste Gespräch zu "
        "vereinbaren. Bitte hab etwas Geduld – wir lesen jede Bewerbung persönlich.\n\n"
        "Viele Grüße\n"
        "Dein Sternschanze Apps Recruiting-Team\n\n"
        "Sternschanze Apps GmbH · Schanzenstraße 75 · 20357 Hamburg\n"
        "Datenschutz: https://sternschanze-apps.jobs.personio.example/privacy\n")
    mail("01-eingangsbestaetigung.eml", frm="Sternschanze Apps GmbH <no-reply@mail.personio.example>", to=OWNER,
         subject="Eingangsbestätigung deiner Bewerbung – Product Designer (m/w/d)", date=d,
         msgid="<0102018f.personio.receipt.552910@mail.personio.example>", text=t, cte="quoted-printable",
         host="mail.personio.example", ip="198.51.100.23", rid="St3rnSch")


def c22():
    neg("b114-22-us-availability-request-unbooked-link", "hard", "negative/availability-request",
        "New York company asks Svenja to pick an interview slot via a scheduling link (availability windows in ET "
        "and Berlin time), followed by a vendor reminder; nothing is ever booked.")
    ny = "America/New_York"
    d1 = chk(T(2026, 4, 14, 11, 20, ny), "Tue")
    d2 = T(2026, 4, 16, 11, 20, ny)
    rec = "priya.raman@brightwaterlabs.example"
    t1 = (
        "Hi Svenja,\n\n"
        "Thanks for applying to the Senior Product Designer role at Brightwater Labs! Our Head of Design, "
        "Jonah Ellison, would love to set up a 30-minute interview with you.\n\n"
        "Please pick a time that works for you here: https://schedule.goodtime.example/brightwater/c/5Qx8LrT2\n\n"
        "Jonah has availability Mon–Thu next week between 9am and 12pm ET (3pm–6pm in Berlin). The link shows "
        "all slots in your local time zone. If none of those work, just reply and I'll find something else.\n\n"
        "Best,\n"
        "Priya\n\n"
        "Priya Raman\n"
        "Recruiting Coordinator, Brightwater Labs\n"
        "200 Park Ave S, New York, NY 10003\n")
    mail("01-brightwater-schedule-your-interview.eml", frm=f"Priya Raman <{rec}>", to=OWNER,
         subject="Schedule your interview with Brightwater Labs", date=d1,
         msgid="<CAPr1y4+bw1@mail.brightwaterlabs.example>", text=t1, cte="quoted-printable",
         host="mail.brightwaterlabs.example", ip="203.0.113.200", rid="Br1ghtW1")
    t2 = (
        "Hi Svenja,\n\n"
        "Just a friendly reminder to select a time for your interview with Brightwater Labs "
        "(Senior Product Designer).\n\n"
        "Select a time: https://schedule.goodtime.example/brightwater/c/5Qx8LrT2\n\n"
        "This link expires on Apr 21, 2026.\n\n"
        "— Sent on behalf of Brightwater Labs by GoodTime\n")
    mail("02-goodtime-reminder-select-time.eml", frm="Brightwater Labs <no-reply@goodtime.example>", to=OWNER,
         reply_to=f"Priya Raman <{rec}>", subject="Reminder: Please select your interview time", date=d2,
         msgid="<gt.reminder.5Qx8LrT2@goodtime.example>", text=t2, cte="quoted-printable",
         host="mail.goodtime.example", ip="198.51.100.180", rid="G00dT1m3")


# ============================================================================= main
CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
         c14, c15, c16, c17, c18, c19, c20, c21, c22]


def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and name.startswith("b114-"):
            shutil.rmtree(p)
    for f in CASES:
        f()
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# blind114 labels (generated by make_cases.py; schema as in shared/eval/README.md)\n")
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=110)
    print(f"wrote {len(LABELS)} cases")


if __name__ == "__main__":
    main()
