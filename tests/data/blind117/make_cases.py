#!/usr/bin/env python3
"""Deterministic generator for the blind117 evaluation set.

Rewrites every b117-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All people, companies and domains are invented.
"""
import base64
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
USER = "ximena.aldana.qa@example.com"
USER_NAME = "Ximena Aldana Ruiz"
CDMX = "America/Mexico_City"

CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


# ----------------------------------------------------------------- time helpers
def T(y, mo, d, h, mi=0, tz=CDMX):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


def iso(dt):
    return dt.isoformat()


def z(dt):
    return dt.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def floc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def in_tz(dt, tz):
    return dt.astimezone(ZoneInfo(tz))


def h12(dt, sep=":", lower=True, compact=True):
    """4:30pm / 4pm style (Google Calendar)."""
    h = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    if compact and dt.minute == 0:
        s = f"{h}{ap}"
    else:
        s = f"{h}{sep}{dt.minute:02d}{ap}"
    return s if lower else s.upper()


def H12(dt):
    """4:30 PM style."""
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def mid(seed, domain):
    return "<%s@%s>" % (hashlib.sha1(seed.encode()).hexdigest()[:24].upper(), domain)


def hx(seed, n=26):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


# ----------------------------------------------------------------- iCalendar
def fold(line):
    if len(line.encode("utf-8")) <= 75:
        return line
    parts, cur, limit = [], "", 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            parts.append(cur)
            cur = " " + ch
        else:
            cur += ch
    parts.append(cur)
    return "\r\n".join(parts)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_text(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def _off(td):
    s = int(td.total_seconds())
    sign = "+" if s >= 0 else "-"
    s = abs(s)
    return f"{sign}{s // 3600:02d}{s % 3600 // 60:02d}"


RULES = {  # (standard DTSTART/RRULE, daylight DTSTART/RRULE)
    "US": (("16010101T020000", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11"),
           ("16010101T020000", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3")),
    "EU": (("16010101T030000", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10"),
           ("16010101T020000", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3")),
}


def vtimezone(tzid, zone, rules=None):
    zi = ZoneInfo(zone)
    jan = datetime(2026, 1, 15, 12, tzinfo=zi).utcoffset()
    jul = datetime(2026, 7, 15, 12, tzinfo=zi).utcoffset()
    out = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if jan == jul:
        out += ["BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{_off(jan)}",
                f"TZOFFSETTO:{_off(jan)}", "END:STANDARD"]
    else:
        (sd, sr), (dd, dr) = RULES[rules]
        out += ["BEGIN:STANDARD", f"DTSTART:{sd}", f"TZOFFSETFROM:{_off(jul)}", f"TZOFFSETTO:{_off(jan)}",
                f"RRULE:{sr}", "END:STANDARD",
                "BEGIN:DAYLIGHT", f"DTSTART:{dd}", f"TZOFFSETFROM:{_off(jan)}", f"TZOFFSETTO:{_off(jul)}",
                f"RRULE:{dr}", "END:DAYLIGHT"]
    out.append("END:VTIMEZONE")
    return out


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;"
                f"CN={name};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{email}"


def google_ics(*, method, uid, start, end, stamp, organizer, attendees, summary, description="",
               location="", meet=None, seq=0, status="CONFIRMED"):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
         f"DTSTART:{z(start)}", f"DTEND:{z(end)}", f"DTSTAMP:{z(stamp)}",
         f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for a in attendees:
        L.append(attendee(a[0], a[1], a[2] if len(a) > 2 else "NEEDS-ACTION", google=True))
    if meet:
        L.append(f"X-GOOGLE-CONFERENCE:{meet}")
    L += [f"CREATED:{z(stamp - timedelta(minutes=3))}", f"DESCRIPTION:{esc(description)}",
          f"LAST-MODIFIED:{z(stamp)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
          f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    if method == "REQUEST":
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
              "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics_text(L)


def exchange_ics(*, method, uid, start, end, stamp, tzid, zone, rules, organizer, attendees, summary,
                 description, location, lang="es-MX", seq=0, teams_url=None, status="CONFIRMED"):
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    L += vtimezone(tzid, zone, rules)
    L += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for a in attendees:
        L.append(attendee(a[0], a[1], a[2] if len(a) > 2 else "NEEDS-ACTION",
                          role=a[3] if len(a) > 3 else "REQ-PARTICIPANT"))
    L += [f"DESCRIPTION;LANGUAGE={lang}:{esc(description)}", f"UID:{uid}",
          f"SUMMARY;LANGUAGE={lang}:{esc(summary)}",
          f"DTSTART;TZID={tzid}:{floc(start.astimezone(ZoneInfo(zone)))}",
          f"DTEND;TZID={tzid}:{floc(end.astimezone(ZoneInfo(zone)))}",
          "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{z(stamp)}", "TRANSP:OPAQUE", f"STATUS:{status}",
          f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE={lang}:{esc(location)}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-OWNERAPPTID:-1264821937",
          "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
          "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        L.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}")
        L.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,'
                 '"OnlineMeetingProvider":3}')
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}",
          "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
          "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ics_text(L)


def plain_ics(*, prodid, method, uid, start, end, stamp, tzid, zone, rules, organizer, attendees,
              summary, description, location, url=None, seq=0, status="CONFIRMED"):
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{prodid}", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    L += vtimezone(tzid, zone, rules)
    L += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{z(stamp)}",
          f"DTSTART;TZID={tzid}:{floc(start.astimezone(ZoneInfo(zone)))}",
          f"DTEND;TZID={tzid}:{floc(end.astimezone(ZoneInfo(zone)))}",
          f"SUMMARY:{esc(summary)}", f"DESCRIPTION:{esc(description)}", f"LOCATION:{esc(location)}"]
    if url:
        L.append(f"URL:{url}")
    if organizer:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for a in attendees:
        L.append(attendee(a[0], a[1], a[2] if len(a) > 2 else "NEEDS-ACTION"))
    L += [f"SEQUENCE:{seq}", f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR"]
    return ics_text(L)


# ----------------------------------------------------------------- e-mail
def received(domain, date, seed):
    return (f"from mail.{domain} (mail.{domain} [203.0.113.{int(hx(seed, 4), 16) % 200 + 20}]) "
            f"by mx.example.com with ESMTPS id {hx(seed, 12)} "
            f"for <{USER}>; {format_datetime(date)}")


def fixb(m, seed):
    """Deterministic MIME boundaries (the stdlib picks random ones)."""
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary("0000000000" + hx(seed + str(i), 18))
    return m.as_bytes()


def email(*, date, frm, to, subject, text=None, html=None, cc=None, reply_to=None, sender=None,
          in_reply_to=None, references=None, msgid=None, cte="quoted-printable", html_cte=None,
          cal=None, attachments=(), extra=(), delivered=USER):
    m = EmailMessage()
    dom = frm.split("@")[-1].rstrip(">")
    m["Delivered-To"] = delivered
    m["Received"] = received(dom, date, subject + str(date))
    m["Return-Path"] = "<%s>" % (sender or frm).split("<")[-1].rstrip(">")
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
    m["Message-ID"] = msgid or mid(subject + str(date), dom)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    if references:
        m["References"] = references
    for k, v in extra:
        m[k] = v
    if text is not None:
        m.set_content(text, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte or cte)
    else:
        m.set_content(html, subtype="html", cte=html_cte or cte)
    if cal is not None:
        ics, method, ccte = cal
        if ccte == "base64":
            m.add_alternative(ics.encode("utf-8"), maintype="text", subtype="calendar", cte="base64",
                              params={"method": method, "charset": "UTF-8"})
        else:
            m.add_alternative(ics, subtype="calendar", cte=ccte, params={"method": method})
    for data, maintype, subtype, fname in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname)
    return fixb(m, subject + str(date))


def google_invite(*, date, organizer, subject, ics, method, text, html, reply_to=None):
    """Google Calendar invitation: mixed(alternative(plain, html, calendar), invite.ics)."""
    frm = f"{organizer[0]} <{organizer[1]}>"
    return email(date=date, frm=frm, to=USER, subject=subject, text=text, html=html,
                 reply_to=reply_to or frm, sender="Google Calendar <calendar-notification@google.com>",
                 cte="base64", html_cte="quoted-printable",
                 cal=(ics, method, "7bit" if ics.isascii() else "base64"),
                 attachments=[(ics.encode("utf-8"), "application", "ics", "invite.ics")],
                 msgid=mid("cal" + subject, "google.com"))


def gcal_text(summary, when, tzlabel, meet, organizer, guests, extra=""):
    g = "\n".join(f"{n}\n{e}" if n != e else e for n, e in guests)
    return (f"{summary}\n{when}\n{tzlabel}\n\n" + (f"Join with Google Meet\n{meet}\n\n" if meet else "")
            + f"Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n{g}\n\n{extra}"
            + "\n~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.\n")


def html_of(text):
    import html as H
    paras = [p for p in text.split("\n\n")]
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px\">"
            + "\n".join("<p>" + H.escape(p).replace("\n", "<br>") + "</p>" for p in paras)
            + "</div></body></html>\n")


def teams_block(lang, url, mid_, pwd):
    if lang == "es":
        return ("________________________________________________________________________________\n"
                "Reunión de Microsoft Teams\nÚnase desde su equipo, aplicación móvil o dispositivo de sala\n"
                f"Haga clic aquí para unirse a la reunión<{url}>\nId. de reunión: {mid_}\nCódigo de acceso: {pwd}\n"
                "Descargar Teams<https://www.microsoft.com/es-mx/microsoft-teams/download-app> | "
                "Unirse en la Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                "________________________________________________________________________________\n")
    return ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {mid_}\nPasscode: {pwd}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "________________________________________________________________________________\n")


def exchange_invite(*, date, organizer, to, cc=None, subject, text, ics, method="REQUEST", delivered=USER,
                    extra_to_html=None):
    m = EmailMessage()
    dom = organizer[1].split("@")[1]
    m["Delivered-To"] = delivered
    m["Received"] = (f"from MW4PR11MB{hx(subject, 4).upper()}.namprd11.prod.outlook.example (2603:10b6:303:8e::{hx(subject, 2)}) "
                     f"by mx.example.com with ESMTPS id {hx(subject + 'r', 12)} "
                     f"for <{USER}>; {format_datetime(date)}")
    m["Return-Path"] = f"<{organizer[1]}>"
    m["From"] = f"{organizer[0]} <{organizer[1]}>"
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Thread-Topic"] = subject.split(": ", 1)[-1]
    m["Thread-Index"] = base64.b64encode(hashlib.md5(subject.encode()).digest()[:16]).decode()
    m["Date"] = format_datetime(date)
    m["Message-ID"] = "<%s@%s.prod.outlook.example>" % (hx(subject + "m", 30).upper(), dom.split(".")[0])
    m["Accept-Language"] = "es-MX, en-US"
    m["Content-Language"] = "es-MX"
    m["X-MS-Has-Attach"] = ""
    m["X-MS-TNEF-Correlator"] = ""
    m["Content-class"] = "urn:content-classes:calendarmessage"
    m.set_content(text, cte="quoted-printable")
    m.add_alternative(html_of(text), subtype="html", cte="quoted-printable")
    m.add_alternative(ics.encode("utf-8"), maintype="text", subtype="calendar", cte="base64",
                      params={"method": method, "charset": "UTF-8"})
    return fixb(m, subject + str(date))


def add(case, items, label):
    CASES[case] = items
    LABELS[case] = label


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": interviewers, "followup_recipients": followup,
            "kind": kind}


def lab(interviews, difficulty, category, notes, source="synthetic"):
    return {"user": USER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": source}


SIG_X = "Ximena Aldana Ruiz\nQA Engineer | ISTQB CTFL\nCDMX · +52 55 4817 2093"
XIME = f"{USER_NAME} <{USER}>"


# =================================================================== POSITIVES
def case01():
    c = "b117-01-jobboard-recruiter-te-marco-jueves"
    rec = ("Mariana Cisneros", "mariana.cisneros@logistikmx.example")
    d1 = T(2026, 2, 9, 9, 5)
    d2 = T(2026, 2, 9, 11, 42)
    start = T(2026, 2, 12, 16, 0)     # "el jueves" relative to Mon 9 Feb
    n1 = email(date=d1, frm="TrabajoMX <notificaciones@trabajomx.example>", to=USER,
               subject="Logistik MX vio tu CV para la vacante QA Tester Sr.",
               html=("<html><body><table width=\"600\" style=\"font-family:Arial\"><tr><td>"
                     "<h2 style=\"color:#0a58ca\">¡Buenas noticias, Ximena!</h2>"
                     "<p><b>Logistik MX</b> revisó tu CV para la vacante <b>QA Tester Sr.</b> "
                     "(Ciudad de México, híbrido).</p><p>Estado de tu postulación: <b>CV visto</b></p>"
                     "<p>Mantén tu perfil actualizado y tu teléfono disponible: las empresas suelen "
                     "contactar por llamada o WhatsApp.</p>"
                     "<p><a href=\"https://www.trabajomx.example/candidato/postulaciones\">Ver mis "
                     "postulaciones</a></p><p style=\"font-size:11px;color:#888\">Recibes este correo "
                     "porque tienes una cuenta en TrabajoMX. No respondas a este mensaje.</p>"
                     "</td></tr></table></body></html>\n"), html_cte="quoted-printable")
    body = (
        "Hola Ximena, ¿cómo estás?\n\n"
        "Te escribo de Logistik MX. Vi tu postulación a la vacante de QA Tester Sr. que publicamos en "
        "TrabajoMX y me gustaría platicar contigo para conocer un poco más de tu experiencia con "
        "pruebas de APIs y automatización.\n\n"
        "Te marco el jueves a las 4 pm (hora del centro) al celular que pusiste en tu CV. Es una llamada "
        "de 30 minutos, más o menos: te cuento del proyecto (plataforma de rastreo de envíos), el "
        "esquema híbrido (2 días en oficina en Insurgentes) y el rango salarial.\n\n"
        "Si a esa hora no te acomoda, avísame y lo movemos sin problema. También te escribo por "
        "WhatsApp para confirmar.\n\n"
        "Quedo atenta.\n\n"
        "Saludos,\n\n"
        "Mariana Cisneros\n"
        "Atracción de Talento | Logistik MX\n"
        "Tel. +52 55 5093 4410 ext. 212 | Cel. / WhatsApp 55 3381 0927\n"
        "Av. Insurgentes Sur 1602, piso 9, Col. Crédito Constructor, Benito Juárez, 03940, CDMX\n")
    n2 = email(date=d2, frm=f"{rec[0]} <{rec[1]}>", to=XIME,
               subject="Vacante QA Tester Sr. - Logistik MX", text=body, html=html_of(body))
    add(c, [("01-trabajomx-cv-visto.eml", n1), ("02-mariana-te-marco-jueves.eml", n2)],
        lab([iv("Logistik MX", "QA Tester Sr.", start, start + timedelta(minutes=30), "scheduled",
                [rec[1]], [rec[1]], "phone_screen")], "medium", "positive/body-only-spanish",
            "Spanish recruiter mail after a job-board notification: 'Te marco el jueves a las 4 pm (hora "
            "del centro)', 30-minute call; 'el jueves' resolves against Mon 9 Feb -> Thu 12 Feb. Recruiter "
            "does the screen. Board notification is noise."))


def case02():
    c = "b117-02-greenhouse-austin-central-time-after-dst"
    coord = ("Lauren Pike", "lauren.pike@pecangrid.example")
    hm = ("Dana Whitfield", "dana.whitfield@pecangrid.example")
    start = T(2026, 3, 17, 11, 0, "America/Chicago")
    end = start + timedelta(minutes=45)
    d = T(2026, 3, 11, 9, 14, "America/Chicago")
    ics = plain_ics(prodid="-//Greenhouse Software//Interview Scheduler//EN", method="REQUEST",
                    uid="gh-interview-88120457@greenhouse.example", start=start, end=end, stamp=d,
                    tzid="America/Chicago", zone="America/Chicago", rules="US", organizer=coord,
                    attendees=[(USER_NAME, USER), hm],
                    summary="Interview: Ximena Aldana Ruiz <> Pecan Grid (Hiring Manager)",
                    description=("QA Engineer II (Nearshore - Mexico)\nInterviewer: Dana Whitfield, "
                                 "QA Engineering Manager\nGoogle Meet: https://meet.google.com/pgx-tqrm-wvd"),
                    location="https://meet.google.com/pgx-tqrm-wvd")
    text = (
        "Hi Ximena,\n\n"
        "Thanks for chatting with our recruiting team last week! We're excited to confirm your next "
        "interview for the QA Engineer II (Nearshore - Mexico) role at Pecan Grid.\n\n"
        "Interview: Hiring Manager Interview\n"
        "Date: Tuesday, March 17, 2026\n"
        "Time: 11:00 AM - 11:45 AM Central Time (US & Canada)\n"
        "Interviewer: Dana Whitfield, QA Engineering Manager\n"
        "Location: Google Meet - https://meet.google.com/pgx-tqrm-wvd\n\n"
        "A calendar invitation is attached. Dana will want to hear about how you've built test "
        "strategy for releases and how you work with developers across time zones.\n\n"
        "If you need to reschedule, just reply to this email.\n\n"
        "Best,\nLauren Pike\nRecruiting Coordinator, Pecan Grid\n"
        "501 Congress Ave, Suite 1200, Austin, TX 78701\n")
    m = email(date=d, frm="Pecan Grid Recruiting <no-reply@greenhouse.example>",
              reply_to=f"{coord[0]} <{coord[1]}>", to=USER,
              subject="Interview Confirmation: QA Engineer II (Nearshore - Mexico) at Pecan Grid",
              text=text, html=html_of(text),
              attachments=[(ics.encode(), "text", "calendar", "invite.ics")])
    add(c, [("01-greenhouse-confirmation.eml", m)],
        lab([iv("Pecan Grid", "QA Engineer II (Nearshore - Mexico)", start, end, "scheduled", [hm[1]],
                [hm[1]], "hiring_manager")], "hard", "positive/greenhouse-central-dst",
            "Greenhouse confirmation (no-reply, Reply-To coordinator) with .ics TZID America/Chicago. "
            "11:00 CT on 17 Mar is CDT (-05:00) = 10:00 in CDMX (UTC-6 all year): Central Time and "
            "'hora del centro' differ by one hour after 8 Mar."))


def case03():
    c = "b117-03-teams-technical-two-engineers-monterrey"
    rec = ("Paola Garza Leal", "paola.garza@norteq.example")
    e1 = ("Héctor Villarreal", "hector.villarreal@norteq.example")
    e2 = ("Sofía Treviño", "sofia.trevino@norteq.example")
    start = T(2026, 3, 4, 10, 0, "America/Monterrey")
    end = T(2026, 3, 4, 11, 30, "America/Monterrey")
    d1 = T(2026, 2, 26, 13, 5, "America/Monterrey")
    d2 = T(2026, 2, 26, 13, 21, "America/Monterrey")
    body1 = (
        "Hola Ximena:\n\n"
        "¡Gracias por tu tiempo en la llamada del martes! Te confirmo tu entrevista técnica para la "
        "posición de Ingeniera de Pruebas Automatizadas (Cypress / Postman):\n\n"
        "  • Fecha: miércoles 4 de marzo\n"
        "  • Horario: 10:00 a 11:30 hrs (hora CDMX; en Monterrey es la misma)\n"
        "  • Modalidad: Microsoft Teams\n"
        "  • Te entrevistan: Héctor Villarreal (Tech Lead de QA) y Sofía Treviño (SDET Sr.)\n\n"
        "Será una sesión práctica: revisarán contigo un caso de pruebas de API y harán un ejercicio "
        "corto de automatización en Cypress compartiendo pantalla. Te recomiendo tener Node instalado.\n\n"
        "En unos minutos te llega la invitación de Teams desde mi calendario.\n\n"
        "Saludos cordiales,\n\n"
        "Paola Garza Leal\nTalent Acquisition Partner | Norteq Software\n"
        "Av. Lázaro Cárdenas 2400, Torre B, piso 12, San Pedro Garza García, N.L.\n"
        "T. +52 81 8363 5500\n")
    m1 = email(date=d1, frm=f"{rec[0]} <{rec[1]}>", to=XIME,
               subject="Confirmación entrevista técnica - Ingeniera de Pruebas Automatizadas",
               text=body1, html=html_of(body1), cte="base64", html_cte="base64")
    url = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ5YTk0ZGYtNorteq%40thread.v2/0"
    when = ("Cuándo: miércoles, 4 de marzo de 2026 10:00-11:30 (UTC-06:00) Guadalajara, Ciudad de "
            "México, Monterrey.\nDónde: Reunión de Microsoft Teams\n\n*~*~*~*~*~*~*~*~*~*\n\n")
    txt = (when + "Entrevista técnica con Héctor y Sofía. Ejercicio de Cypress + API testing.\n\n"
           + teams_block("es", url, "284 551 903 117", "Nq7sPk"))
    ics = exchange_ics(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000" + hx(c, 32).upper(),
                       start=start, end=end, stamp=d2, tzid="Central Standard Time (Mexico)",
                       zone=CDMX, rules=None, organizer=rec,
                       attendees=[(USER_NAME, USER), e1, e2], summary="Entrevista técnica - Ximena Aldana "
                       "- Ingeniera de Pruebas Automatizadas", description=txt,
                       location="Reunión de Microsoft Teams", teams_url=url)
    m2 = exchange_invite(date=d2, organizer=rec, to=f"{XIME}, {e1[0]} <{e1[1]}>, {e2[0]} <{e2[1]}>",
                         subject="Entrevista técnica - Ximena Aldana - Ingeniera de Pruebas Automatizadas",
                         text=txt, ics=ics)
    add(c, [("01-paola-confirmacion.eml", m1), ("02-teams-invite.eml", m2)],
        lab([iv("Norteq Software", "Ingeniera de Pruebas Automatizadas (Cypress / Postman)", start, end,
                "scheduled", [e1[1], e2[1]], [e1[1], e2[1]], "technical")], "medium",
            "positive/exchange-teams-technical",
            "Spanish recruiter mail (base64) + Spanish Exchange/Teams invite, TZID 'Central Standard Time "
            "(Mexico)' with a no-DST VTIMEZONE. Two engineers interview; recruiter only organizes. One "
            "interview (dedupe)."))


def case04():
    c = "b117-04-thread-reschedule-viernes-misma-hora"
    rec = ("Fernanda Ochoa", "fernanda.ochoa@tapatiapagos.example")
    hm = ("Iván Lozano", "ivan.lozano@tapatiapagos.example")
    d1 = T(2026, 3, 9, 10, 20)
    d2 = T(2026, 3, 10, 17, 2)
    d3 = T(2026, 3, 10, 18, 34)
    start = T(2026, 3, 13, 13, 0)   # moved from Thu 12 to Fri 13, same hour
    sig = ("Fernanda Ochoa\nReclutamiento TI | Tapatía Pagos\nAv. Chapultepec Sur 480, Col. Americana, "
           "Guadalajara, Jal.\nTel. 33 3616 2280\n")
    b1 = ("Hola Ximena, ¡buen día!\n\n"
          "Gracias por tu interés en la vacante de QA Analyst. Revisamos tu perfil y nos gustaría "
          "agendar una entrevista con Iván Lozano, líder del equipo de QA.\n\n"
          "Te propongo el jueves 12 de marzo a las 13:00 hrs (hora CDMX), por Google Meet, con duración "
          "aproximada de 45 minutos. ¿Te acomoda?\n\nQuedo atenta a tu respuesta.\n\nSaludos,\n" + sig)
    id1 = mid("b117-04-1", "tapatiapagos.example")
    m1 = email(date=d1, frm=f"{rec[0]} <{rec[1]}>", to=XIME, cc=f"{hm[0]} <{hm[1]}>",
               subject="Entrevista QA Analyst - Tapatía Pagos", text=b1, msgid=id1)
    q1 = ("De: Ximena Aldana Ruiz <" + USER + ">\nEnviado: lunes, 9 de marzo de 2026 12:41\n"
          "Para: Fernanda Ochoa <" + rec[1] + ">\nCC: Iván Lozano <" + hm[1] + ">\n"
          "Asunto: Re: Entrevista QA Analyst - Tapatía Pagos\n\n"
          "¡Hola Fernanda! Sí, me acomoda perfecto el jueves 12 a las 13:00. Muchas gracias.\n\n"
          + SIG_X + "\n\n")
    b2 = ("Hola Xime,\n\nUna disculpa, a Iván le surgió un viaje a la planta de León justo el jueves. "
          "¿Lo podemos mover al viernes a la misma hora? Sería el mismo link de Meet.\n\n"
          "Quedo atenta.\n\n" + sig + "\n" + q1)
    id2 = mid("b117-04-2", "tapatiapagos.example")
    m2 = email(date=d2, frm=f"{rec[0]} <{rec[1]}>", to=XIME, cc=f"{hm[0]} <{hm[1]}>",
               subject="RE: Entrevista QA Analyst - Tapatía Pagos", text=b2, msgid=id2,
               in_reply_to=id1, references=id1)
    q2 = ("De: Ximena Aldana Ruiz <" + USER + ">\nEnviado: martes, 10 de marzo de 2026 18:05\n"
          "Para: Fernanda Ochoa <" + rec[1] + ">\nCC: Iván Lozano <" + hm[1] + ">\n"
          "Asunto: Re: RE: Entrevista QA Analyst - Tapatía Pagos\n\n"
          "Claro, no hay problema. El viernes a la misma hora me queda bien.\n\n" + SIG_X + "\n\n")
    b3 = ("¡Perfecto, Xime! Queda entonces el viernes 13 de marzo a las 13:00 hrs (hora CDMX). Aquí la "
          "liga: https://meet.google.com/tpq-hzvn-kra\n\nIván va en copia por si quieres escribirle "
          "directamente. ¡Mucho éxito!\n\n" + sig + "\n" + q2 + "> " + b2.replace("\n", "\n> "))
    m3 = email(date=d3, frm=f"{rec[0]} <{rec[1]}>", to=XIME, cc=f"{hm[0]} <{hm[1]}>",
               subject="RE: Entrevista QA Analyst - Tapatía Pagos", text=b3,
               in_reply_to=id2, references=f"{id1} {id2}")
    add(c, [("01-propuesta-jueves.eml", m1), ("02-lo-podemos-mover-al-viernes.eml", m2),
            ("03-confirmado-viernes.eml", m3)],
        lab([iv("Tapatía Pagos", "QA Analyst", start, start + timedelta(minutes=45), "scheduled", [hm[1]],
                [hm[1]], "hiring_manager")], "hard", "positive/thread-reschedule",
            "Outlook-style Spanish thread: Thu 12 Mar 13:00 proposed and accepted, then 'lo podemos mover "
            "al viernes a la misma hora' -> final Fri 13 Mar 13:00 CDMX, ~45 min. Quoted text keeps the "
            "old Thursday time."))


def case05():
    c = "b117-05-guadalajara-presencial-agenda"
    hr = ("Lucía Navarro", "lucia.navarro@agavesystems.example")
    p1 = ("Ricardo Beltrán", "ricardo.beltran@agavesystems.example")
    p2 = ("Daniela Ríos", "daniela.rios@agavesystems.example")
    p3 = ("Jorge Medina", "jorge.medina@agavesystems.example")
    d = T(2026, 3, 20, 12, 10)
    s = T(2026, 3, 24, 10, 0)
    e = T(2026, 3, 24, 12, 30)
    html = (
        "<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Calibri,Arial;font-size:11pt\">"
        "<p>Hola Ximena,</p>"
        "<p>¡Qué gusto saludarte! Como lo platicamos por teléfono, te compartimos los detalles de tu "
        "<b>entrevista presencial</b> para la vacante de <b>QA Engineer (Automatización)</b> en nuestras "
        "oficinas de Zapopan. Nosotros cubrimos tu vuelo redondo desde CDMX; mi compañera de viajes te "
        "manda los boletos hoy por la tarde.</p>"
        "<p><b>Martes 24 de marzo de 2026</b><br>Av. Patria 1501, piso 4, Col. Puerta de Hierro, "
        "Zapopan, Jalisco (pregunta por Agave Systems en recepción; trae tu INE)</p>"
        "<table border=\"1\" cellpadding=\"6\" style=\"border-collapse:collapse\">"
        "<tr><th>Horario</th><th>Actividad</th><th>Con</th></tr>"
        "<tr><td>9:40</td><td>Llegada y registro en recepción</td><td>—</td></tr>"
        "<tr><td>10:00 – 11:00</td><td>Entrevista técnica (estrategia de pruebas, Selenium/Java)</td>"
        "<td>Ricardo Beltrán (QA Manager) y Daniela Ríos (Senior SDET)</td></tr>"
        "<tr><td>11:00 – 11:15</td><td>Pausa / café</td><td>—</td></tr>"
        "<tr><td>11:15 – 12:30</td><td>Entrevista con Dirección y Capital Humano</td>"
        "<td>Jorge Medina (Director de Ingeniería) y Lucía Navarro</td></tr></table>"
        "<p>Todos los horarios son hora del centro (Guadalajara y CDMX tienen la misma hora). Si tienes "
        "alguna duda técnica puedes escribirle a Ricardo (en copia junto con Daniela y Jorge).</p>"
        "<p>¡Te esperamos!</p>"
        "<p>Saludos,<br><b>Lucía Navarro</b><br>Capital Humano | Agave Systems<br>"
        "Tel. 33 3817 6600 ext. 140<br>Av. Patria 1501, piso 4, Zapopan, Jal. C.P. 45116</p>"
        "</body></html>\n")
    m = email(date=d, frm=f"{hr[0]} <{hr[1]}>", to=XIME,
              cc=", ".join(f"{n} <{a}>" for n, a in (p1, p2, p3)),
              subject="Entrevista presencial en Guadalajara - QA Engineer (Automatización)",
              html=html, html_cte="base64")
    add(c, [("01-agenda-presencial.eml", m)],
        lab([iv("Agave Systems", "QA Engineer (Automatización)", s, e, "scheduled",
                [p1[1], p2[1], p3[1], hr[1]], [p1[1], p2[1], p3[1], hr[1]], "onsite")], "hard",
            "positive/in-person-onsite",
            "HTML-only base64 mail with an agenda table: in-person loop in Zapopan 10:00-11:00 and "
            "11:15-12:30 (registration 9:40 is not a session) -> one onsite 10:00-12:30 CDMX time; HR "
            "person is on the second panel, so she is an interviewer too."))


def case06():
    c = "b117-06-lever-sf-pst-label-after-dst"
    rec = ("Kyle Brennan", "kyle.brennan@fogline.example")
    d1 = T(2026, 3, 5, 15, 22, "America/Los_Angeles")
    d2 = T(2026, 3, 6, 9, 3, "America/Los_Angeles")
    start = T(2026, 3, 12, 16, 30, "America/Los_Angeles")
    end = start + timedelta(minutes=30)
    t1 = ("Hi Ximena,\n\n"
          "Great connecting on LinkedIn! As mentioned, we're building out a nearshore QA pod for our "
          "data platform and your background with API and contract testing looks like a strong fit for "
          "the QA Engineer, Nearshore (LATAM) role.\n\n"
          "Confirming our intro call for Thu 3/12 @ 4:30p PST - 30 min, just me. I'll send a calendar "
          "invite with a Zoom link shortly.\n\n"
          "Talk soon,\nKyle\n\n--\nKyle Brennan | Technical Recruiter | Fogline Analytics\n"
          "600 Townsend St, San Francisco, CA 94103 | (415) 555-0148\n")
    m1 = email(date=d1, frm="Kyle Brennan <no-reply@hire.lever.example>", reply_to=f"{rec[0]} <{rec[1]}>",
               to=USER, subject="Fogline Analytics - intro call", text=t1, html=html_of(t1),
               extra=[("X-Lever-Opportunity", "8f1e6b0a-3c55-4d4e-9a61-" + hx(c, 12))])
    zoom = "https://fogline.zoom.example/j/83361452207?pwd=Rk5TQUx2eXVqWjZ"
    summ = "Ximena Aldana <> Fogline Analytics - Intro Call"
    ics = google_ics(method="REQUEST", uid=hx(c + "u") + "@google.com", start=start, end=end, stamp=d2,
                     organizer=rec, attendees=[(rec[0], rec[1], "ACCEPTED"), (USER, USER)], summary=summ,
                     description=f"Intro call - QA Engineer, Nearshore (LATAM)\nJoin Zoom Meeting\n{zoom}",
                     location=zoom)
    when = f"Thursday Mar 12, 2026 ⋅ {h12(start)} – {h12(end)}"
    txt = gcal_text(summ, when, "Pacific Time - Los Angeles", None, rec, [(rec[0] + " - organizer", rec[1]),
                    (USER, USER)], f"Intro call - QA Engineer, Nearshore (LATAM)\nJoin Zoom Meeting\n{zoom}\n")
    m2 = google_invite(date=d2, organizer=rec,
                       subject=f"Invitation: {summ} @ Thu Mar 12, 2026 {h12(start)} - {h12(end)} (PDT) ({USER})",
                       ics=ics, method="REQUEST", text=txt, html=html_of(txt))
    add(c, [("01-lever-kyle-intro.eml", m1), ("02-google-invitation.eml", m2)],
        lab([iv("Fogline Analytics", "QA Engineer, Nearshore (LATAM)", start, end, "scheduled", [rec[1]],
                [rec[1]], "phone_screen")], "hard", "positive/lever-google-invite",
            "Lever mail (no-reply, Reply-To recruiter) written on 5 Mar says 'Thu 3/12 @ 4:30p PST' but "
            "12 Mar is after US DST: the Google invite (UTC) is 16:30 PDT (-07:00) = 17:30 CDMX. Recruiter "
            "does the call. One interview."))


def case07():
    c = "b117-07-staffing-agency-client-gcal-json"
    ag = ("Brenda Solís", "brenda.solis@enlacetalento.example")
    hm = ("Aaron Feld", "aaron.feld@hudsonparcel.example")
    d = T(2026, 3, 19, 18, 5)
    start = T(2026, 3, 24, 10, 30)            # "diez y media de la mañana hora CDMX"
    start_ny = in_tz(start, "America/New_York")
    end = start + timedelta(hours=1)
    body = ("¡Hola Xime!\n\n"
            "Buenas noticias: el cliente de Nueva York (Hudson Parcel) revisó tu perfil y quiere "
            "entrevistarte para la posición de QA Automation Engineer (Playwright).\n\n"
            f"Quedó el martes 24 de marzo a las diez y media de la mañana, hora CDMX "
            f"({H12(start_ny)} hora de Nueva York; ojo que allá ya cambiaron de horario). La entrevista "
            "es con Aaron Feld, Engineering Manager, dura 1 hora y es 100% en inglés.\n\n"
            "Aaron te va a mandar directamente la invitación de Google Calendar con el link de Meet. "
            "Acéptala para que vean que la recibiste.\n\n"
            "Te escribo por WhatsApp para hacer una pequeña preparación el lunes. Cualquier cosa aquí "
            "estoy.\n\nSaludos,\n\nBrenda Solís\nConsultora Sr. de Reclutamiento TI\n"
            "Enlace Talento TI - Staffing & Nearshore\nWhatsApp: +52 55 6104 7731\n"
            "Homero 1425, Polanco, Miguel Hidalgo, CDMX\n")
    m = email(date=d, frm=f"{ag[0]} <{ag[1]}>", to=XIME,
              subject="Entrevista con Hudson Parcel - QA Automation Engineer", text=body, html=html_of(body))
    ev = {
        "kind": "calendar#event", "etag": "\"3391045722118000\"", "id": hx(c, 26),
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + hx(c + "e", 40),
        "created": "2026-03-19T23:41:07.000Z", "updated": "2026-03-20T00:02:11.059Z",
        "summary": "Hudson Parcel <> Ximena Aldana | QA Automation Engineer",
        "description": "Interview with Aaron Feld (Engineering Manager, Fulfillment Platform).\n"
                       "Arranged through Enlace Talento TI.",
        "creator": {"email": hm[1], "displayName": hm[0]},
        "organizer": {"email": hm[1], "displayName": hm[0]},
        "start": {"dateTime": start_ny.isoformat(), "timeZone": "America/New_York"},
        "end": {"dateTime": in_tz(end, "America/New_York").isoformat(), "timeZone": "America/New_York"},
        "iCalUID": hx(c, 26) + "@google.com", "sequence": 0,
        "attendees": [
            {"email": hm[1], "displayName": hm[0], "organizer": True, "responseStatus": "accepted"},
            {"email": USER, "self": True, "responseStatus": "needsAction"}],
        "hangoutLink": "https://meet.google.com/hdp-wqxa-mne",
        "conferenceData": {"entryPoints": [{"entryPointType": "video",
                                            "uri": "https://meet.google.com/hdp-wqxa-mne",
                                            "label": "meet.google.com/hdp-wqxa-mne"}],
                           "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                           "conferenceId": "hdp-wqxa-mne"},
        "reminders": {"useDefault": True}, "eventType": "default"}
    add(c, [("01-brenda-agencia.eml", m),
            ("02-hudson-event.gcal.json", (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode())],
        lab([iv("Hudson Parcel", "QA Automation Engineer (Playwright)", start, end, "scheduled", [hm[1]],
                [hm[1]], "hiring_manager")], "medium", "positive/agency-gcal-json",
            "Mexican staffing agency announces a client interview 'a las diez y media de la mañana, hora "
            "CDMX' (= 12:30 EDT); the client's Calendar API event is in America/New_York. Company is the "
            "client, not the agency. One interview."))


def case08():
    c = "b117-08-chambaya-phone-screen-cancelled"
    rec = ("Rubén Salinas", "ruben.salinas@cumbreretail.example")
    d1 = T(2026, 3, 5, 12, 0, "America/Monterrey")
    d2 = T(2026, 3, 9, 19, 40, "America/Monterrey")
    start = T(2026, 3, 10, 10, 30, "America/Monterrey")
    html = ("<html><body style=\"font-family:Arial\"><div style=\"max-width:600px\">"
            "<img src=\"https://static.chambaya.example/logo.png\" alt=\"ChambaYa\">"
            "<h2>¡Felicidades, Ximena! Cumbre Retail quiere entrevistarte</h2>"
            "<p>Vacante: <b>Analista de QA</b> · Monterrey, N.L. (híbrido)</p>"
            "<table cellpadding=\"4\"><tr><td>Tipo de entrevista:</td><td>Telefónica</td></tr>"
            "<tr><td>Fecha:</td><td>martes, 10 de marzo de 2026</td></tr>"
            "<tr><td>Hora:</td><td>10:30 a.m. (hora del centro)</td></tr>"
            "<tr><td>Duración estimada:</td><td>30 minutos</td></tr>"
            "<tr><td>Entrevistador:</td><td>Rubén Salinas – Reclutamiento<br>ruben.salinas@cumbreretail.example"
            "</td></tr></table>"
            "<p><a href=\"https://www.chambaya.example/postulaciones/confirmar?id=55120931\" "
            "style=\"background:#ff6a00;color:#fff;padding:8px 16px\">Confirmar asistencia</a></p>"
            "<p style=\"font-size:11px;color:#777\">ChambaYa nunca te pedirá pagos para una entrevista. "
            "Este es un mensaje automático, por favor no respondas.</p></div></body></html>\n")
    m1 = email(date=d1, frm="ChambaYa <notificaciones@chambaya.example>", to=USER,
               subject="Cumbre Retail te invitó a una entrevista - Analista de QA", html=html)
    b2 = ("Hola Ximena, buenas tardes.\n\n"
          "Te escribo para avisarte que lamentablemente debemos cancelar la entrevista telefónica de "
          "mañana martes a las 10:30. La vacante de Analista de QA quedó en pausa por un tema de "
          "presupuesto.\n\n"
          "En cuanto se reactive te busco, tu perfil nos gustó mucho. Una disculpa por el aviso de "
          "último momento.\n\n"
          "Saludos,\nRubén Salinas\nReclutamiento y Selección | Cumbre Retail\n"
          "Av. Constitución 2050 Pte., Col. Obispado, Monterrey, N.L. | Tel. 81 8150 3300\n")
    m2 = email(date=d2, frm=f"{rec[0]} <{rec[1]}>", to=XIME,
               subject="Cancelación entrevista Analista de QA", text=b2)
    add(c, [("01-chambaya-invitacion.eml", m1), ("02-ruben-cancela.eml", m2)],
        lab([iv("Cumbre Retail", "Analista de QA", start, start + timedelta(minutes=30), "cancelled",
                [rec[1]], [rec[1]], "phone_screen")], "medium", "positive/cancel-by-email",
            "Job-board (HTML-only) interview notification for a phone screen Tue 10 Mar 10:30 hora del "
            "centro (Monterrey, UTC-6), then the recruiter cancels by e-mail ('debemos cancelar la "
            "entrevista de mañana martes'). Cancelled, kept at last time."))


def case09():
    c = "b117-09-google-invite-then-cancel-new-york"
    rec = ("Nadia Brooks", "nadia.brooks@kestrelhealth.example")
    eng = ("Marcus Lee", "marcus.lee@kestrelhealth.example")
    d1 = T(2026, 2, 26, 10, 5, "America/New_York")
    d2 = T(2026, 2, 26, 10, 11, "America/New_York")
    d3 = T(2026, 3, 2, 16, 48, "America/New_York")
    start = T(2026, 3, 4, 14, 0, "America/New_York")
    end = start + timedelta(hours=1)
    t1 = ("Hi Ximena,\n\nGreat news - the team would like to move you forward! Confirming your technical "
          "interview next Wednesday, 3/4, at 2pm ET with Marcus Lee (Staff SDET). Plan for 60 minutes on "
          "Google Meet; Marcus will walk through a test design exercise and some Python/pytest.\n\n"
          "Invite coming separately.\n\nThanks!\nNadia\n\nNadia Brooks | Recruiter, Engineering\n"
          "Kestrel Health | 230 Park Ave S, New York, NY 10003 | m. 917-555-0162\n")
    id1 = mid(c + "1", "kestrelhealth.example")
    m1 = email(date=d1, frm=f"{rec[0]} <{rec[1]}>", to=XIME, subject="Kestrel Health - Technical Interview",
               text=t1, html=html_of(t1), msgid=id1)
    summ = "Technical Interview - Ximena Aldana (Senior QA Engineer)"
    uid = hx(c + "uid") + "@google.com"
    meet = "https://meet.google.com/kst-pqjd-ruv"
    guests = [(rec[0] + " - organizer", rec[1]), (eng[0], eng[1]), (USER, USER)]
    ics = google_ics(method="REQUEST", uid=uid, start=start, end=end, stamp=d2, organizer=rec,
                     attendees=[(rec[0], rec[1], "ACCEPTED"), eng, (USER, USER)], summary=summ,
                     description="Interviewer: Marcus Lee (Staff SDET)", meet=meet)
    when = f"Wednesday Mar 4, 2026 ⋅ {h12(start)} – {h12(end)}"
    txt = gcal_text(summ, when, "Eastern Time - New York", meet, rec, guests,
                    "Interviewer: Marcus Lee (Staff SDET)\n")
    m2 = google_invite(date=d2, organizer=rec, ics=ics, method="REQUEST", text=txt, html=html_of(txt),
                       subject=f"Invitation: {summ} @ Wed Mar 4, 2026 {h12(start)} - {h12(end)} (EST) ({USER})")
    ics3 = google_ics(method="CANCEL", uid=uid, start=start, end=end, stamp=d3, organizer=rec,
                      attendees=[(rec[0], rec[1], "ACCEPTED"), eng, (USER, USER)], summary=summ,
                      description="Interviewer: Marcus Lee (Staff SDET)", meet=meet, seq=1,
                      status="CANCELLED")
    txt3 = ("This event has been canceled with a note:\n\"Hi Ximena - so sorry, we've put this req on hold "
            "for the quarter. I'll reach out if it reopens.\"\n\n" + gcal_text(summ, when,
            "Eastern Time - New York", None, rec, guests))
    m3 = google_invite(date=d3, organizer=rec, ics=ics3, method="CANCEL", text=txt3, html=html_of(txt3),
                       subject=f"Canceled event with note: {summ} @ Wed Mar 4, 2026 {h12(start)} - "
                               f"{h12(end)} (EST) ({USER})")
    add(c, [("01-nadia-confirmation.eml", m1), ("02-google-invitation.eml", m2),
            ("03-google-canceled.eml", m3)],
        lab([iv("Kestrel Health", "Senior QA Engineer", start, end, "cancelled", [eng[1]], [eng[1]],
                "technical")], "medium", "positive/google-method-cancel",
            "'2pm ET' on Wed 4 Mar (before US DST: EST -05:00 = 13:00 CDMX); Google invite then "
            "METHOD:CANCEL / STATUS:CANCELLED with a note. Cancelled at last time."))


def case10():
    c = "b117-10-two-interviews-screen-then-technical"
    rec = ("Andrea Pineda", "andrea.pineda@milpafin.example")
    lead = ("Emilio Cárdenas", "emilio.cardenas@milpafin.example")
    d1 = T(2026, 2, 16, 9, 30)
    d2 = T(2026, 2, 19, 17, 45)
    d3 = T(2026, 2, 19, 17, 52)
    s1 = T(2026, 2, 18, 12, 0)
    s2 = T(2026, 2, 26, 14, 0)
    sig = ("Andrea Pineda\nPeople & Talent | Milpa Financiera\nPaseo de la Reforma 296, piso 31, Juárez, "
           "CDMX\n55 4162 9080\n")
    b1 = ("Hola Ximena:\n\nGracias por postularte a QA Engineer Sr. en Milpa Financiera. Te agendé una "
          "llamada conmigo el miércoles a mediodía (12:00 hora CDMX), de 30 min, para conocerte y "
          "contarte del proceso. Va por Meet: https://meet.google.com/mlp-ffrk-ahs\n\n"
          "Si necesitas moverla me dices, o si prefieres te escribo por WhatsApp.\n\nSaludos,\n" + sig)
    m1 = email(date=d1, frm=f"{rec[0]} <{rec[1]}>", to=XIME, subject="Llamada inicial - QA Engineer Sr.",
               text=b1, cte="8bit")
    b2 = ("¡Hola Xime!\n\nMil gracias por la llamada de ayer, me encantó conocerte. Pasas a la siguiente "
          "etapa: entrevista técnica con Emilio Cárdenas (QA Lead) el jueves 26 de febrero a las 14h, "
          "duración 1 hora. Va a ser una revisión de casos de prueba sobre nuestro flujo de transferencias "
          "SPEI y un poco de SQL.\n\nTe mando la invitación en un momento.\n\n" + sig)
    m2 = email(date=d2, frm=f"{rec[0]} <{rec[1]}>", to=XIME, cc=f"{lead[0]} <{lead[1]}>",
               subject="Siguiente etapa: entrevista técnica - QA Engineer Sr.", text=b2, cte="8bit")
    summ = "Entrevista técnica QA Engineer Sr. - Ximena Aldana"
    meet = "https://meet.google.com/mlp-tcnq-vxe"
    e2 = s2 + timedelta(hours=1)
    ics = google_ics(method="REQUEST", uid=hx(c) + "@google.com", start=s2, end=e2, stamp=d3, organizer=rec,
                     attendees=[(rec[0], rec[1], "ACCEPTED"), lead, (USER, USER)], summary=summ,
                     description="Entrevistador: Emilio Cárdenas (QA Lead)", meet=meet)
    txt = gcal_text(summ, f"jueves, 26 de febrero de 2026 ⋅ 14:00 – 15:00", "Hora estándar central - "
                    "Ciudad de México", meet, rec, [(rec[0] + " - organizador", rec[1]), lead, (USER, USER)],
                    "Entrevistador: Emilio Cárdenas (QA Lead)\n")
    m3 = google_invite(date=d3, organizer=rec, ics=ics, method="REQUEST", text=txt, html=html_of(txt),
                       subject=f"Invitación: {summ} @ jue 26 de feb de 2026 14:00 - 15:00 (CST) ({USER})")
    add(c, [("01-llamada-miercoles-mediodia.eml", m1), ("02-pasas-a-tecnica.eml", m2),
            ("03-invitacion-google.eml", m3)],
        lab([iv("Milpa Financiera", "QA Engineer Sr.", s1, s1 + timedelta(minutes=30), "scheduled", [rec[1]],
                [rec[1]], "phone_screen"),
             iv("Milpa Financiera", "QA Engineer Sr.", s2, e2, "scheduled", [lead[1]], [lead[1]],
                "technical")], "hard", "positive/two-interviews",
            "Two interviews with one company: recruiter call 'el miércoles a mediodía' (Mon 16 Feb -> Wed "
            "18 Feb 12:00, 30 min) and a technical round Thu 26 Feb '14h' (1 h) announced by mail and a "
            "Spanish Google invite (UTC times). 8bit UTF-8 bodies."))


def case11():
    c = "b117-11-forwarded-referral-hiring-manager"
    friend = ("Rodrigo Lemus", "rodri.lemus@mail.example")
    hm = ("Carlos Ibarra", "carlos.ibarra@brujula.example")
    d = T(2026, 3, 17, 11, 20)
    start = T(2026, 3, 18, 18, 0)
    body = ("Xime!! Te reenvío lo de Carlos, es el Head of QA. Ya te agendó para mañana a las 6, échale "
            "ganas 💪. Si algo, escríbele directo a él.\n\nRodri\n\n"
            "---------- Forwarded message ---------\n"
            f"De: {hm[0]} <{hm[1]}>\n"
            "Date: mar, 17 mar 2026 a las 11:02\n"
            "Subject: Re: Referido QA - Ximena Aldana\n"
            "To: Rodrigo Lemus <rodrigo.lemus@brujula.example>\n\n"
            "Rodri, gracias por el referido. Ya revisé el CV de Ximena y me gustaría platicar con ella para "
            "la posición de QA Engineer del squad de Pagos.\n\n"
            "Le agendé el miércoles 18 a las 6 pm hora CDMX, 45 min, por Meet: "
            "https://meet.google.com/brj-kmtw-qzc\n\n"
            f"Pásale la liga porfa, y que me escriba a mí directo ({hm[1]}) si no puede a esa hora.\n\n"
            "Saludos,\nCarlos\n--\nCarlos Ibarra · Head of Quality Engineering · Brújula Travel Tech\n"
            "Av. Álvaro Obregón 121, Roma Nte., CDMX\n\n"
            "> El lun, 16 mar 2026 a las 20:14, Rodrigo Lemus <rodrigo.lemus@brujula.example> escribió:\n"
            "> Carlos, te paso el CV de Ximena Aldana, trabajamos juntos 3 años. Es muy buena en\n"
            "> automatización con Playwright y pruebas de API. ¿Le das una entrevista?\n")
    m = email(date=d, frm=f"{friend[0]} <{friend[1]}>", to=XIME,
              subject="Fwd: Re: Referido QA - Ximena Aldana", text=body)
    add(c, [("01-fwd-rodrigo-carlos.eml", m)],
        lab([iv("Brújula Travel Tech", "QA Engineer", start, start + timedelta(minutes=45), "scheduled",
                [hm[1]], [hm[1]], "hiring_manager")], "hard", "positive/forwarded",
            "A friend forwards the hiring manager's message: 'Le agendé el miércoles 18 a las 6 pm hora "
            "CDMX, 45 min'. The sender (friend, free-mail look-alike) is not the interviewer; follow-up "
            "goes to the hiring manager from the forwarded header."))


def case12():
    c = "b117-12-personio-berlin-uhr-before-eu-dst"
    ta = ("Jana Köhler", "jana.koehler@pruefwerk.example")
    head = ("Tobias Brandt", "tobias.brandt@pruefwerk.example")
    d = T(2026, 3, 18, 16, 40, "Europe/Berlin")
    start = T(2026, 3, 26, 17, 0, "Europe/Berlin")
    end = start + timedelta(minutes=45)
    loc_mx = in_tz(start, CDMX)
    url = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_UHJ1ZWZ3ZXJr%40thread.v2/0"
    text = ("Dear Ximena,\n\n"
            "Thank you for your application as QA Engineer (Remote, LATAM) at Prüfwerk GmbH. We enjoyed "
            "reading your profile and would like to invite you to a first video interview.\n\n"
            "Date: Thursday, 26 March 2026\n"
            f"Time: 17:00 - 17:45 Uhr (CET, Berlin) - that is {loc_mx.strftime('%H:%M')} in Mexico City\n"
            "Participants: Jana Köhler (Talent Acquisition), Tobias Brandt (Head of Quality Engineering)\n"
            "Location: Microsoft Teams (link in the attached calendar invitation)\n\n"
            "Please accept the invitation in your calendar. Should the appointment not suit you, simply "
            "reply to this e-mail and we will find an alternative.\n\n"
            "Kind regards / Viele Grüße\n\nJana Köhler\nTalent Acquisition\n"
            "Prüfwerk GmbH | Schlesische Str. 28 | 10997 Berlin\nTel. +49 30 5557 2210\n"
            "Geschäftsführer: Matthias Roth | Amtsgericht Charlottenburg HRB 212345 B\n")
    ics = plain_ics(prodid="-//Personio GmbH//Personio Recruiting//DE", method="REQUEST",
                    uid=hx(c) + "@personio.example", start=start, end=end, stamp=d, tzid="Europe/Berlin",
                    zone="Europe/Berlin", rules="EU", organizer=ta,
                    attendees=[(USER_NAME, USER), ta, head],
                    summary="Interview Prüfwerk GmbH - QA Engineer (Remote, LATAM) - Ximena Aldana Ruiz",
                    description=f"Microsoft Teams: {url}\nParticipants: Jana Köhler, Tobias Brandt",
                    location="Microsoft Teams", url=url)
    m = email(date=d, frm="Prüfwerk GmbH <noreply@mail.personio.example>", reply_to=f"{ta[0]} <{ta[1]}>",
              to=f"{USER_NAME} <{USER}>",
              subject="Einladung zum Interview / Interview invitation - QA Engineer (Remote, LATAM)",
              text=text, html=html_of(text),
              attachments=[(ics.encode(), "text", "calendar", "Interview_Pruefwerk.ics")])
    add(c, [("01-personio-invitation.eml", m)],
        lab([iv("Prüfwerk GmbH", "QA Engineer (Remote, LATAM)", start, end, "scheduled", [ta[1], head[1]],
                [ta[1], head[1]], "hiring_manager")], "medium", "positive/personio-cet",
            "Berlin company via Personio (no-reply, Reply-To TA): '17:00 - 17:45 Uhr (CET)' on 26 Mar, "
            "three days before EU DST -> +01:00 = 10:00 CDMX. .ics with TZID Europe/Berlin. TA person "
            "and Head of QE both interview."))


def case13():
    c = "b117-13-ashby-virtual-onsite-new-york"
    coord = ("Hannah Cole", "hannah.cole@larkspur.example")
    a = ("Owen Park", "owen.park@larkspur.example")
    b = ("Lina Haddad", "lina.haddad@larkspur.example")
    g = ("Grace Whitman", "grace.whitman@larkspur.example")
    d1 = T(2026, 4, 1, 11, 0, "America/New_York")
    d2 = T(2026, 4, 1, 11, 6, "America/New_York")
    s1 = T(2026, 4, 6, 9, 0)           # Ashby shows candidate-local (Mexico City) times
    e1 = s1 + timedelta(minutes=45)
    s2 = e1
    e2 = s2 + timedelta(minutes=45)
    s3 = e2 + timedelta(minutes=15)
    e3 = s3 + timedelta(minutes=45)

    def hm(x):
        return H12(x)
    text = ("Hi Ximena,\n\nYour final round with Larkspur Commerce for Software Engineer in Test is "
            "confirmed. Here is your schedule for Monday, April 6, 2026 (times shown in your time zone: "
            "Central Standard Time - Mexico City):\n\n"
            f"  {hm(s1)} - {hm(e1)}  Test Strategy & Quality Culture - Owen Park, QA Lead\n"
            f"  {hm(s2)} - {hm(e2)}  Live Coding (TypeScript / Playwright) - Lina Haddad, Senior SDET\n"
            f"  {hm(e2)} - {hm(s3)}  Break\n"
            f"  {hm(s3)} - {hm(e3)}  Hiring Manager - Grace Whitman, Director of Engineering\n\n"
            "All sessions use the same Google Meet link: https://meet.google.com/lrk-ouvx-gte\n\n"
            "Questions? Reply to this email and Hannah Cole (Recruiting Coordinator) will help.\n\n"
            "Good luck!\nLarkspur Commerce Recruiting\n\nPowered by Ashby\n")
    m1 = email(date=d1, frm="Larkspur Commerce <no-reply@ashbyhq.example>", reply_to=f"{coord[0]} <{coord[1]}>",
               to=USER, subject="Your final round interview with Larkspur Commerce is confirmed",
               text=text, html=html_of(text))
    summ = "Larkspur Commerce - Final Round (Ximena Aldana Ruiz)"
    meet = "https://meet.google.com/lrk-ouvx-gte"
    desc = (f"Test Strategy - Owen Park\nLive Coding - Lina Haddad\nHiring Manager - Grace Whitman\n"
            "Scheduled via Ashby")
    ics = google_ics(method="REQUEST", uid=hx(c) + "@google.com", start=s1, end=e3, stamp=d2,
                     organizer=coord, attendees=[(coord[0], coord[1], "ACCEPTED"), a, b, g, (USER, USER)],
                     summary=summ, description=desc, meet=meet)
    s1n, e3n = in_tz(s1, "America/New_York"), in_tz(e3, "America/New_York")
    txt = gcal_text(summ, f"Monday Apr 6, 2026 ⋅ {h12(s1n)} – {h12(e3n)}", "Eastern Time - New York", meet,
                    coord, [(coord[0] + " - organizer", coord[1]), a, b, g, (USER, USER)], desc + "\n")
    m2 = google_invite(date=d2, organizer=coord, ics=ics, method="REQUEST", text=txt, html=html_of(txt),
                       subject=f"Invitation: {summ} @ Mon Apr 6, 2026 {h12(s1n)} - {h12(e3n)} (EDT) ({USER})")
    ints = [a[1], b[1], g[1]]
    add(c, [("01-ashby-itinerary.eml", m1), ("02-google-invitation.eml", m2)],
        lab([iv("Larkspur Commerce", "Software Engineer in Test", s1, e3, "scheduled", ints, ints, "onsite")],
            "hard", "positive/ashby-virtual-onsite",
            "Ashby itinerary in the candidate's zone ('Central Standard Time - Mexico City', 9:00-11:30) "
            "and one Google invite in New York time (11:00am-1:30pm EDT): same virtual onsite, three "
            "interviewers; coordinator only schedules."))


# =================================================================== NEGATIVES
def case14():
    c = "b117-14-sat-cita-efirma"
    d = T(2026, 3, 3, 21, 12)
    text = ("SERVICIO DE ADMINISTRACIÓN TRIBUTARIA\nConfirmación de cita\n\n"
            "Estimado(a) contribuyente: XIMENA ALDANA RUIZ\nRFC: AARX930514KQ3\n\n"
            "Su cita ha sido registrada con los siguientes datos:\n\n"
            "Folio: CDMX-RF-2026-0481157\n"
            "Servicio: e.firma - Renovación (persona física)\n"
            "Oficina: Oficina del SAT Ciudad de México \"Centro\" - Av. Hidalgo 77, Col. Guerrero, "
            "Cuauhtémoc, CDMX\n"
            "Fecha: 11/03/2026\nHora: 09:40 hrs\n\n"
            "Requisitos: identificación oficial vigente (original), memoria USB, correo electrónico "
            "personal al que tenga acceso.\n\n"
            "Preséntese 10 minutos antes de su cita. En caso de no presentarse, deberá registrar una nueva "
            "cita. Para cancelar o reprogramar ingrese a citas.sat.example con su RFC y folio.\n\n"
            "Este correo es generado automáticamente, favor de no responder.\n"
            "MarcaSAT 55 627 22 728\n")
    m = email(date=d, frm="SAT Citas <citas@sat.example>", to=USER,
              subject="Confirmación de cita - Folio CDMX-RF-2026-0481157", text=text, cte="quoted-printable")
    add(c, [("01-sat-confirmacion-cita.eml", m)],
        lab([], "easy", "negative/appointment",
            "Tax office (SAT-like) appointment for e.firma renewal with date, time, address and folio - "
            "an appointment, not a job interview."))


def case15():
    c = "b117-15-us-consulate-visa-interview"
    d = T(2026, 3, 21, 8, 47)
    asc = T(2026, 4, 14, 10, 30)
    con = T(2026, 4, 16, 8, 15)
    text = ("Appointment Confirmation / Confirmación de cita\n\n"
            "Applicant / Solicitante: ALDANA RUIZ, XIMENA\nVisa class / Tipo de visa: B1/B2\n"
            "Confirmation No. / No. de confirmación: 71-MX-2026-88413\n\n"
            "ASC (fingerprints and photo) / CAS (huellas y foto):\n"
            f"  Centro de Atención a Solicitantes Ciudad de México Reforma\n  {asc.strftime('%d/%m/%Y')} "
            f"{asc.strftime('%H:%M')}\n\n"
            "Consular Section interview / Entrevista consular:\n"
            f"  U.S. Embassy Mexico City - Consular Section\n  {con.strftime('%d/%m/%Y')} "
            f"{con.strftime('%H:%M')}\n\n"
            "Please arrive no more than 15 minutes before your interview time. Bring your current passport, "
            "this confirmation page, and your DS-160 confirmation page. Electronic devices are not "
            "permitted inside the Embassy.\n\n"
            "Favor de llegar no más de 15 minutos antes de la hora de su entrevista. Traiga su pasaporte "
            "vigente, esta hoja de confirmación y la hoja de confirmación del DS-160.\n\n"
            "U.S. Visa Information Service - Mexico\nThis is an automated message. Please do not reply.\n")
    m = email(date=d, frm="U.S. Visa Information Service <no-reply@visas-mx.example>", to=USER,
              subject="Confirmación de cita / Appointment Confirmation - Visa interview",
              text=text, html=html_of(text))
    add(c, [("01-visa-appointment.eml", m)],
        lab([], "medium", "negative/visa-interview",
            "Bilingual visa appointment confirmation (ASC + consular 'interview' with dates and times) - "
            "a non-job interview."))


def case16():
    c = "b117-16-examen-ubicacion-ingles"
    org = ("Coordinación Académica", "coordinacion@anglometro.example")
    d = T(2026, 3, 2, 13, 15)
    s = T(2026, 3, 7, 10, 0)
    oral = T(2026, 3, 7, 11, 0)
    text = ("Hola Ximena:\n\n"
            "Gracias por inscribirte al programa Business English del Instituto Anglo Metropolitano. Antes "
            "de asignarte grupo necesitamos aplicar tu examen de ubicación:\n\n"
            "  • Sábado 7 de marzo, 10:00 hrs: examen escrito en línea (gramática, lectura y comprensión "
            "auditiva), 40 minutos.\n"
            "  • Ese mismo día a las 11:00 hrs: entrevista oral (speaking) de 10 minutos con una "
            "profesora por Zoom.\n\n"
            "Te recomendamos una buena conexión y audífonos. El resultado (nivel MCER A1-C1) te llega en "
            "48 horas; con él podrás certificar tu nivel para tus procesos de reclutamiento.\n\n"
            "Te adjuntamos la invitación para tu calendario.\n\n"
            "Atentamente,\nCoordinación Académica\nInstituto Anglo Metropolitano - Plantel Del Valle\n"
            "Av. Insurgentes Sur 1235, Col. Del Valle, CDMX | 55 5575 3030\n")
    ics = plain_ics(prodid="-//Anglo Metropolitano//Agenda Academica//ES", method="REQUEST",
                    uid=hx(c) + "@anglometro.example", start=oral, end=oral + timedelta(minutes=10), stamp=d,
                    tzid="America/Mexico_City", zone=CDMX, rules=None, organizer=org,
                    attendees=[(USER_NAME, USER)],
                    summary="Examen de ubicación - entrevista oral (speaking)",
                    description="Entrevista oral de 10 minutos con la profesora asignada. Zoom: "
                                "https://anglometro.zoom.example/j/91122034455",
                    location="Zoom")
    m = email(date=d, frm=f"{org[0]} <{org[1]}>", to=XIME,
              subject="Tu examen de ubicación - sábado 7 de marzo", text=text,
              attachments=[(ics.encode(), "text", "calendar", "examen-ubicacion.ics")])
    add(c, [("01-examen-ubicacion.eml", m), ("02-entrevista-oral.ics", ics.encode())],
        lab([], "hard", "negative/placement-test",
            "English placement test with an oral 'entrevista' (speaking) on Zoom, plus the standalone .ics "
            "'Examen de ubicación - entrevista oral' - an education test, not a job interview."))


def case17():
    c = "b117-17-job-alert-qa-cdmx"
    d = T(2026, 3, 16, 7, 30)
    jobs = [("QA Tester Sr.", "Logistik MX", "CDMX (híbrido)", "$38,000 - $45,000", "Entrevistas esta semana"),
            ("Tester Manual", "Grupo Comercial Azteca Norte", "Monterrey", "$18,000", "Contratación inmediata, "
             "entrevista el mismo día"),
            ("QA Automation Engineer (Cypress)", "Confidencial", "Remoto", "A convenir",
             "Proceso: 1 llamada + 1 entrevista técnica"),
            ("Analista de Calidad de Software", "Sistemas Huasteca", "Guadalajara", "$28,000",
             "Agenda tu entrevista en línea")]
    rows = "".join(f"<tr><td style=\"padding:10px;border-bottom:1px solid #eee\"><a href=\"https://www."
                   f"trabajomx.example/empleo/{hx(t, 8)}\"><b>{t}</b></a><br>{co} · {l}<br>{s} mensual<br>"
                   f"<span style=\"color:#0a7\">{tag}</span></td></tr>" for t, co, l, s, tag in jobs)
    html = ("<html><body style=\"font-family:Arial\"><table width=\"600\">"
            "<tr><td><h2>4 nuevas vacantes de QA Tester para ti</h2><p>Según tu búsqueda guardada "
            "\"QA Tester\" en Ciudad de México y alrededores</p></td></tr>" + rows +
            "<tr><td><p>Tip: las empresas que dicen <i>entrevista inmediata</i> suelen llamar dentro de "
            "las primeras 48 horas. ¡Ten tu teléfono a la mano!</p><p style=\"font-size:11px;color:#888\">"
            "Recibes esta alerta diaria porque la activaste en TrabajoMX. <a href=\"https://www.trabajomx."
            "example/alertas/baja\">Dar de baja</a></p></td></tr></table></body></html>\n")
    m = email(date=d, frm="TrabajoMX Alertas <alertas@trabajomx.example>", to=USER,
              subject="Ximena, 4 nuevas vacantes de QA Tester - entrevista inmediata", html=html,
              html_cte="quoted-printable")
    add(c, [("01-alerta-vacantes.eml", m)],
        lab([], "easy", "negative/job-alert",
            "HTML-only job-board alert ('entrevista inmediata', 'agenda tu entrevista en línea'), "
            "mentions a company that appears in another case."))


def case18():
    c = "b117-18-rejection-no-continuaras"
    rec = ("Valeria Montes", "valeria.montes@nopalcloud.example")
    d = T(2026, 3, 23, 16, 5)
    text = ("Hola Ximena,\n\n"
            "Muchas gracias por el tiempo que dedicaste al proceso para QA Automation Engineer en Nopal "
            "Cloud, y en especial por la entrevista técnica de la semana pasada con el equipo.\n\n"
            "Después de revisarlo con calma, te comparto que en esta ocasión no continuarás en el proceso: "
            "decidimos avanzar con perfiles con más experiencia en pruebas de performance (k6/JMeter).\n\n"
            "Nos gustó mucho tu enfoque en pruebas de API; si se abre otra vacante que haga match con tu "
            "perfil te contactaremos para agendar una llamada. Te deseamos mucho éxito.\n\n"
            "Saludos,\nValeria Montes\nTalent Acquisition | Nopal Cloud\n"
            "Calle Montes Urales 424, Lomas de Chapultepec, CDMX | +52 55 7100 2284\n")
    m = email(date=d, frm=f"{rec[0]} <{rec[1]}>", to=XIME,
              subject="Actualización de tu proceso - QA Automation Engineer", text=text, html=html_of(text))
    add(c, [("01-rechazo.eml", m)],
        lab([], "easy", "negative/rejection",
            "Spanish rejection after an interview ('no continuarás en el proceso'), mentions a past "
            "technical interview and a possible future call without any date."))


def case19():
    c = "b117-19-bootcamp-sesion-informativa"
    org = ("Calidad.dev Bootcamp", "admisiones@calidaddev.example")
    d = T(2026, 3, 12, 10, 0)
    s = T(2026, 3, 19, 19, 0)
    html = ("<html><body style=\"font-family:Helvetica,Arial\"><div style=\"max-width:620px\">"
            "<h1>Sesión informativa: Bootcamp de Automatización QA</h1>"
            "<p>Hola Ximena 👋</p><p>Te esperamos en nuestra sesión informativa en vivo por Zoom:</p>"
            "<p><b>Jueves 19 de marzo · 19:00 hrs (hora CDMX)</b> · 60 minutos</p>"
            "<ul><li>Conoce el programa de 16 semanas (Selenium, Cypress, Playwright, CI/CD)</li>"
            "<li>Habla con egresadas que ya consiguieron trabajo como QA en empresas de EE. UU.</li>"
            "<li>Tips para tu próxima entrevista técnica y cómo negociar en dólares</li>"
            "<li>Beca del 30% para quienes agenden su entrevista de admisión esa misma noche</li></ul>"
            "<p><a href=\"https://calidaddev.zoom.example/webinar/register/WN_8xQa\">Reservar mi lugar</a>"
            " · <a href=\"https://calidaddev.example/admision/agenda\">Agendar entrevista de admisión</a></p>"
            "<p style=\"font-size:11px;color:#999\">Calidad.dev · Guadalajara, Jal. · Darte de baja</p>"
            "</div></body></html>\n")
    ics = plain_ics(prodid="-//Zoom Video Communications//Webinar//EN", method="PUBLISH",
                    uid=hx(c) + "@calidaddev.example", start=s, end=s + timedelta(hours=1), stamp=d,
                    tzid="America/Mexico_City", zone=CDMX, rules=None, organizer=org, attendees=[],
                    summary="Sesión informativa - Bootcamp de Automatización QA",
                    description="Webinar: https://calidaddev.zoom.example/w/91845577120",
                    location="https://calidaddev.zoom.example/w/91845577120")
    m = email(date=d, frm=f"{org[0]} <{org[1]}>", to=USER,
              subject="Jueves 19: sesión informativa del Bootcamp QA + beca para tu entrevista de admisión",
              html=html, html_cte="base64",
              attachments=[(ics.encode(), "text", "calendar", "sesion-informativa.ics")])
    add(c, [("01-bootcamp-webinar.eml", m)],
        lab([], "medium", "negative/webinar",
            "Bootcamp info session (Zoom webinar .ics, METHOD:PUBLISH) with 'entrevista técnica' tips and an "
            "unbooked admissions-interview link."))


def case20():
    c = "b117-20-she-interviews-candidate"
    hr = ("Karla Domínguez", "karla.dominguez@ixtli.example")
    work = "ximena.aldana@ixtli.example"
    cand_mgr = ("Omar Tello", "omar.tello@ixtli.example")
    d = T(2026, 3, 25, 9, 12)
    s = T(2026, 3, 27, 12, 0)
    e = s + timedelta(hours=1)
    url = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_SXh0bGlTaXN0ZW1hcw%40thread.v2/0"
    txt = ("Cuándo: viernes, 27 de marzo de 2026 12:00-13:00 (UTC-06:00) Guadalajara, Ciudad de México, "
           "Monterrey.\nDónde: Reunión de Microsoft Teams\n\n*~*~*~*~*~*~*~*~*~*\n\n"
           "Hola Xime, ¿nos apoyas como entrevistadora técnica? El candidato es Luis Ángel Paredes para la "
           "vacante de QA Jr. (te dejo su CV en la carpeta compartida de Reclutamiento). Evalúa fundamentos "
           "de pruebas, SQL básico y Postman; Omar entra contigo los primeros 15 minutos.\n\n"
           "Al terminar, por favor llena la scorecard del candidato antes del lunes.\n\n"
           "Gracias!\nKarla Domínguez | Reclutamiento | Ixtli Sistemas\n\n"
           + teams_block("es", url, "319 004 772 581", "Ix2vQe"))
    ics = exchange_ics(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000" + hx(c, 32).upper(),
                       start=s, end=e, stamp=d, tzid="Central Standard Time (Mexico)", zone=CDMX, rules=None,
                       organizer=hr, attendees=[("Ximena Aldana", work), cand_mgr,
                                                ("Luis Ángel Paredes", "luisangel.paredes@mail.example")],
                       summary="Entrevista técnica: Candidato QA Jr - Luis Ángel Paredes", description=txt,
                       location="Reunión de Microsoft Teams", teams_url=url)
    m = exchange_invite(date=d, organizer=hr,
                        to=f"Ximena Aldana <{work}>, {cand_mgr[0]} <{cand_mgr[1]}>, "
                           "Luis Ángel Paredes <luisangel.paredes@mail.example>",
                        subject="Entrevista técnica: Candidato QA Jr - Luis Ángel Paredes", text=txt, ics=ics)
    add(c, [("01-teams-entrevista-candidato.eml", m)],
        lab([], "hard", "negative/user-is-interviewer",
            "Work mail auto-forwarded to the personal mailbox: Teams invite from her current employer's HR "
            "asking her to interview a QA Jr candidate ('¿nos apoyas como entrevistadora técnica?'). The "
            "user conducts the interview."))


def case21():
    c = "b117-21-availability-request-whatsapp"
    rec = ("Itzel Ramírez", "itzel.ramirez@cempasuchilgames.example")
    d = T(2026, 3, 30, 12, 25)
    text = ("Hola Ximena, ¿qué tal?\n\n"
            "Soy Itzel, de Reclutamiento en Cempasúchil Games (Guadalajara). Vimos tu perfil en "
            "Computrabajo y nos gustaría agendar una entrevista contigo para la vacante de QA Tester "
            "(videojuegos móviles, remoto).\n\n"
            "¿Qué días y horarios te acomodan esta semana o la próxima? Yo tengo disponibilidad por las "
            "tardes, entre 4 y 6 pm hora del centro, y el jueves también en la mañana. La entrevista sería "
            "de unos 30 minutos por Google Meet.\n\n"
            "Si prefieres, te escribo por WhatsApp para coordinar más rápido; compárteme tu número.\n\n"
            "Quedo atenta.\n\nItzel Ramírez\nReclutamiento | Cempasúchil Games\n"
            "Av. Lázaro Cárdenas 3430, Jardines de los Arcos, Guadalajara, Jal. | 33 1578 6021\n")
    m = email(date=d, frm=f"{rec[0]} <{rec[1]}>", to=XIME,
              subject="Entrevista QA Tester - Cempasúchil Games", text=text, html=html_of(text))
    add(c, [("01-itzel-disponibilidad.eml", m)],
        lab([], "hard", "negative/availability-request",
            "Recruiter asks for availability ('¿qué días y horarios te acomodan?', 4-6 pm hora del centro, "
            "WhatsApp) - nothing is booked."))


def case22():
    c = "b117-22-one-way-video-interview"
    d = T(2026, 3, 20, 10, 2, "America/Chicago")
    due = T(2026, 3, 27, 23, 59, "America/Chicago")
    text = ("Hi Ximena,\n\n"
            "Thanks for your interest in the QA Engineer (Mexico - Remote) position at Sunline Robotics! "
            "The next step in our process is a short on-demand video interview.\n\n"
            "You'll answer 4 questions on camera (about 20 minutes total) whenever it's convenient for you. "
            "There is no live interviewer - your recorded answers are reviewed by the hiring team.\n\n"
            f"Please complete it by Friday, March 27, 2026 at {H12(due)} CT.\n\n"
            "Start your video interview: https://sunline.vidscreen.example/i/7QK2-MX41\n\n"
            "Tip: test your camera and microphone first, and find a quiet spot.\n\n"
            "Best of luck,\nSunline Robotics Talent Team\n3300 N IH-35, Austin, TX 78705\n\n"
            "This message was sent via Greenhouse. Please do not reply to this email.\n")
    m = email(date=d, frm="Sunline Robotics <no-reply@greenhouse.example>", to=USER,
              subject="Next step: complete your video interview - QA Engineer (Mexico - Remote)",
              text=text, html=html_of(text))
    add(c, [("01-one-way-video.eml", m)],
        lab([], "medium", "negative/one-way-video",
            "Greenhouse-sent invitation to an on-demand (one-way) recorded video interview with a deadline "
            "in CT - an assessment, not a live interview."))


# =================================================================== main
def main():
    for fn in sorted(k for k in globals() if k.startswith("case") and k[4:].isdigit()):
        globals()[fn]()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b117-") and os.path.isdir(p):
            shutil.rmtree(p)
    for case, items in CASES.items():
        os.makedirs(os.path.join(HERE, case))
        for fname, data in items:
            with open(os.path.join(HERE, case, fname), "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# Labels for the blind117 set (written blind). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=100)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
