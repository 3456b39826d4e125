#!/usr/bin/env python3
"""Deterministic generator for the blind66 evaluation set.

Rewrites every case folder (b66-*) and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All names invented; .example / example.com domains.
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
OWNER = "valentina.ferreyra@example.com"
OWNER_NAME = "Valentina Ferreyra"
OWNER_FULL = f"{OWNER_NAME} <{OWNER}>"
BA = "America/Argentina/Buenos_Aires"
UTC = timezone.utc

CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


def dt(y, m, d, h=0, mi=0, tz=BA, s=0):
    return datetime(y, m, d, h, mi, s, tzinfo=ZoneInfo(tz))


def iso(x):
    return x.isoformat() if x is not None else None


# ---------------------------------------------------------------- iCalendar

def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line):
    out, cur, limit = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur)
            cur, limit = b"", 74
        cur += b
    out.append(cur)
    return "\r\n ".join(p.decode("utf-8") for p in out)


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def fmt_local(x):
    return x.strftime("%Y%m%dT%H%M%S")


def fmt_utc(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def fmt_off(td):
    secs = int(td.total_seconds())
    sign = "+" if secs >= 0 else "-"
    secs = abs(secs)
    return f"{sign}{secs // 3600:02d}{(secs % 3600) // 60:02d}"


def vtimezone(tzid, zone):
    """VTIMEZONE whose observances are derived from zoneinfo transitions 2025-2027."""
    z = ZoneInfo(zone)
    t = datetime(2025, 1, 1, tzinfo=UTC)
    end = datetime(2028, 1, 1, tzinfo=UTC)
    prev = t.astimezone(z)
    trans = []
    while t < end:
        t2 = t + timedelta(hours=1)
        cur = t2.astimezone(z)
        if cur.utcoffset() != prev.utcoffset():
            trans.append((prev, cur))
        prev, t = cur, t2
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if not trans:
        off = datetime(2026, 1, 15, tzinfo=z).utcoffset()
        lines += ["BEGIN:STANDARD", "DTSTART:19700101T000000",
                  f"TZOFFSETFROM:{fmt_off(off)}", f"TZOFFSETTO:{fmt_off(off)}",
                  f"TZNAME:{datetime(2026, 1, 15, tzinfo=z).tzname()}", "END:STANDARD"]
    for before, after in trans:
        kind = "DAYLIGHT" if after.dst() else "STANDARD"
        onset = (after.astimezone(UTC) + before.utcoffset()).replace(tzinfo=None)
        lines += [f"BEGIN:{kind}", f"DTSTART:{onset.strftime('%Y%m%dT%H%M%S')}",
                  f"TZOFFSETFROM:{fmt_off(before.utcoffset())}",
                  f"TZOFFSETTO:{fmt_off(after.utcoffset())}",
                  f"TZNAME:{after.tzname()}", f"END:{kind}"]
    lines.append("END:VTIMEZONE")
    return lines


def vcal(method, events, tzs=(), prodid="-//Google Inc//Google Calendar 70.9054//EN", extra=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(extra)
    for tzid, zone in tzs:
        lines += vtimezone(tzid, zone)
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    return ics(lines)


def vevent(uid, start, end, summary, organizer, attendees, stamp, seq=0, status="CONFIRMED",
           description="", location="", tzid=None, utc=False, extra=()):
    """organizer=(name,email); attendees=[(name,email,partstat,role)]."""
    lines = ["BEGIN:VEVENT"]
    if utc:
        lines += [f"DTSTART:{fmt_utc(start)}", f"DTEND:{fmt_utc(end)}"]
    else:
        lines += [f"DTSTART;TZID={tzid}:{fmt_local(start)}", f"DTEND;TZID={tzid}:{fmt_local(end)}"]
    lines += [f"DTSTAMP:{fmt_utc(stamp)}",
              f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, mail, partstat, role in attendees:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;"
                     f"CN={name};X-NUM-GUESTS=0:mailto:{mail}")
    lines += [f"CREATED:{fmt_utc(stamp - timedelta(minutes=3))}",
              f"DESCRIPTION:{esc(description)}", f"LAST-MODIFIED:{fmt_utc(stamp)}",
              f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", f"STATUS:{status}",
              f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    lines += list(extra)
    lines.append("END:VEVENT")
    return lines


# ---------------------------------------------------------------- e-mail

def mail(frm, to, subject, date, text=None, html=None, *, msgid, cc=None, reply_to=None,
         irt=None, refs=None, text_cte=None, html_cte="quoted-printable", calendar=None,
         cal_method="REQUEST", attach=None, headers=(), received_by="mx.mail.example",
         sender=None):
    m = EmailMessage()
    m["Delivered-To"] = OWNER
    m["Received"] = (f"from smtp-out.{msgid.split('@')[-1].rstrip('>')} by {received_by} "
                     f"with ESMTPS for <{OWNER}>; {format_datetime(date)}")
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
    m["Message-ID"] = msgid
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    m["MIME-Version"] = "1.0"
    if text is not None:
        kw = {"cte": text_cte} if text_cte else {}
        m.set_content(text, **kw)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    else:
        m.set_content(html, subtype="html", cte=html_cte)
    if calendar is not None:
        m.add_alternative(calendar, subtype="calendar", params={"method": cal_method},
                          cte="base64")
    if attach is not None:
        fname, data = attach
        m.add_attachment(data.encode("utf-8"), maintype="application", subtype="ics",
                         filename=fname)
    for i, part in enumerate(m.walk()):   # deterministic MIME boundaries
        if part.is_multipart():
            part.set_boundary("000000" + hashlib.md5(f"{msgid}/{i}".encode()).hexdigest()[:22])
    return m.as_bytes()


def add(case, fname, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    CASES.setdefault(case, []).append((fname, data))


def label(case, interviews, difficulty, category, notes):
    LABELS[case] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                    "difficulty": difficulty, "category": category, "notes": notes,
                    "source": "synthetic"}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end),
            "status": status, "interviewer_emails": interviewers,
            "followup_recipients": recipients, "kind": kind}


def google_text(summary, when, tzname, organizer, guests, meet, desc=""):
    g = "\n".join(f"{n}\n{e}" for n, e in guests)
    return (f"{summary}\n{when}\n{tzname}\n\n{desc}\n\nUnirse con Google Meet\n{meet}\n\n"
            f"Organizador\n{organizer[0]}\n{organizer[1]}\n\nInvitados\n{g}\n\n"
            "Invitación de Google Calendar: https://calendar.google.com/calendar/\n\n"
            "Recibes este correo electrónico porque eres un invitado al evento.\n")


def google_html(summary, when, tzname, meet, desc=""):
    return (f"<html><body><div style=\"font-family:Roboto,Arial,sans-serif\">"
            f"<h2>{summary}</h2><p>{when}<br>{tzname}</p><p>{desc}</p>"
            f"<p><a href=\"{meet}\">Unirse con Google Meet</a></p>"
            "<p style=\"color:#777\">Invitación de Google Calendar</p></div></body></html>\n")


GSENDER = "Google Calendar <calendar-notification@google.com>"


# ================================================================ POSITIVES

def c01():
    c = "b66-01-thread-cdmx-jueves-9-manana"
    rec = "Ximena Olvera <ximena.olvera@tlacuachepagos.example>"
    mx = "America/Mexico_City"
    d1 = dt(2026, 3, 5, 11, 20, mx)
    id1 = "<CAK7xq1-olvera-0305@tlacuachepagos.example>"
    body1 = (
        "Hola Valentina, ¿qué tal?\n\n"
        "Soy Ximena, del equipo de Talento de Tlacuache Pagos. Revisamos tu perfil para la vacante de "
        "Ingeniera de Datos Sr. (equipo de Riesgo) y nos encantaría platicar contigo en una primera "
        "entrevista de unos 45 minutos.\n\n"
        "Te propongo dos opciones:\n"
        "  - martes 10 a las 16:00 hrs (hora CDMX)\n"
        "  - el jueves 12 a las 9 de la mañana (hora CDMX)\n\n"
        "Sé que en Buenos Aires van 3 horas adelante, así que avísame si alguna no te acomoda.\n\n"
        "Saludos cordiales,\n"
        "Ximena Olvera\nTalent Acquisition Partner | Tlacuache Pagos\n"
        "Av. Insurgentes Sur 1458, piso 9, Col. Actipan, CDMX\nTel. +52 55 5550 1842\n")
    add(c, "01-tlacuache-primera-entrevista.eml",
        mail(rec, OWNER_FULL, "Tlacuache Pagos | Ingeniera de Datos Sr. - primera entrevista", d1,
             body1, msgid=id1))
    d2 = dt(2026, 3, 5, 15, 2)
    id2 = "<a91f0c2e-vf-reply@mail.example>"
    quoted = "\n".join("> " + l for l in body1.splitlines())
    body2 = ("Hola Ximena, ¡muchas gracias por escribirme!\n\n"
             "El jueves 12 a las 9 me viene perfecto (serían las 12 acá en Buenos Aires).\n\n"
             "Saludos,\nValentina\n\n"
             f"El jue, 5 mar 2026 a las 14:20, Ximena Olvera <ximena.olvera@tlacuachepagos.example> escribió:\n"
             + quoted + "\n")
    add(c, "02-re-valentina.eml",
        mail(OWNER_FULL, rec, "Re: Tlacuache Pagos | Ingeniera de Datos Sr. - primera entrevista",
             d2, body2, msgid=id2, irt=id1))
    d3 = dt(2026, 3, 5, 13, 41, mx)
    body3 = ("¡Perfecto, Valentina!\n\n"
             "Queda confirmada: jueves 12 de marzo, 9:00 a 9:45 hrs (hora CDMX), conmigo por Google Meet. "
             "Te comparto el link: https://meet.google.com/tlq-pagx-rsk\n\n"
             "Platicaremos de tu experiencia con Spark y Airflow y de lo que buscas.\n\n"
             "Quedo atenta,\nXimena\n\n> El jueves 12 a las 9 me viene perfecto (serían las 12 acá en Buenos Aires).\n")
    add(c, "03-re-confirmada.eml",
        mail(rec, OWNER_FULL, "Re: Tlacuache Pagos | Ingeniera de Datos Sr. - primera entrevista",
             d3, body3, msgid="<CAK7xq1-olvera-0305b@tlacuachepagos.example>", irt=id2,
             refs=f"{id1} {id2}", text_cte="quoted-printable"))
    s = dt(2026, 3, 12, 9, 0, mx)
    label(c, [iv("Tlacuache Pagos", "Ingeniera de Datos Sr.", s, s + timedelta(minutes=45),
                 "scheduled", ["ximena.olvera@tlacuachepagos.example"],
                 ["ximena.olvera@tlacuachepagos.example"], "phone_screen")],
          "medium", "positive/thread",
          "Recruiter offers two slots, candidate picks 'el jueves 12 a las 9', recruiter confirms 9:00-9:45 hora CDMX (-06:00, no DST).")


def c02():
    c = "b66-02-outlook-teams-madrid-dst"
    tzid = "Romance Standard Time"
    s = dt(2026, 3, 30, 15, 0, "Europe/Madrid")
    e = s + timedelta(minutes=45)
    stamp = dt(2026, 3, 24, 10, 12, "Europe/Madrid")
    org = ("Marta Cid Herrero", "marta.cid@encinaanalitica.example")
    text = (
        "Cuándo: lunes, 30 de marzo de 2026 15:00-15:45 (UTC+01:00) Bruselas, Copenhague, Madrid, París.\n"
        "Dónde: Reunión de Microsoft Teams\n\n*~*~*~*~*~*~*~*~*~*\n\n"
        "Hola Valentina:\n\n"
        "Como hablamos con Iñaki, te envío la convocatoria para la entrevista con dirección del área "
        "(Data Engineer – Plataforma). Son 45 minutos conmigo; veremos tu experiencia y cómo "
        "trabajaríamos juntas.\n\n"
        "Quedamos a las 15 h (hora de Madrid). Ojo: el domingo 29 cambiamos al horario de verano, "
        "así que para ti serán las 10 h en Buenos Aires, no las 11 h.\n\n"
        "Un saludo,\nMarta Cid Herrero\nHead of Data Platform · Encina Analítica\n"
        "C/ de Alcalá 214, 28028 Madrid · +34 910 55 27 31\n\n"
        "________________________________________________________________________________\n"
        "Reunión de Microsoft Teams\nÚnase a través de su ordenador, aplicación móvil o dispositivo de sala\n"
        "Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZW5jaW5h%40thread.v2/0>\n"
        "Id. de reunión: 318 552 904 117\nCódigo de acceso: q7Rt2E\n"
        "________________________________________________________________________________\n")
    ev = vevent("040000008200E00074C5B7101A82E00800000000F0C1ENCINA0330", s, e,
                "Entrevista Valentina Ferreyra – Data Engineer Plataforma", org,
                [(OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")], stamp,
                description=text, location="Reunión de Microsoft Teams", tzid=tzid,
                extra=["CLASS:PUBLIC", "PRIORITY:5", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
                       "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                       "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                       "X-MICROSOFT-CDO-INSTTYPE:0",
                       "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZW5jaW5h%40thread.v2/0"])
    cal = vcal("REQUEST", [ev], [(tzid, "Europe/Madrid")], prodid="Microsoft Exchange Server 2010")
    add(c, "01-convocatoria-entrevista.eml",
        mail(f"{org[0]} <{org[1]}>", f"{OWNER_NAME} <{OWNER}>",
             "Entrevista Valentina Ferreyra – Data Engineer Plataforma", stamp, text,
             msgid="<DB9PR02MB7340A1C2@DB9PR02MB7340.eurprd02.prod.outlook.com>",
             text_cte="quoted-printable", calendar=cal,
             headers=[("Thread-Topic", "Entrevista Valentina Ferreyra – Data Engineer Plataforma"),
                      ("Content-class", "urn:content-classes:calendarmessage"),
                      ("Accept-Language", "es-ES"), ("Content-Language", "es-ES")]))
    label(c, [iv("Encina Analítica", "Data Engineer – Plataforma", s, e, "scheduled",
                 [org[1]], [org[1]], "hiring_manager")],
          "hard", "positive/exchange-dst",
          "Exchange invite in Spanish, Windows TZID 'Romance Standard Time'; display label says UTC+01:00 but 30 Mar is after EU DST (Mar 29) -> +02:00 (10 h BA).")


def c03():
    c = "b66-03-reclutia-ics-santiago-dst"
    z = "America/Santiago"
    s = dt(2026, 4, 7, 9, 0, z)
    e = s + timedelta(hours=1)
    sent = dt(2026, 3, 30, 16, 5, z)
    coord = ("Tomás Vial", "tomas.vial@cordilleraseguros.example")
    intv = ("Camila Rojas", "camila.rojas@cordilleraseguros.example")
    text = (
        "Hola Valentina:\n\n"
        "¡Buenas noticias! Avanzaste a la etapa de entrevista técnica para el cargo "
        "Data Engineer (Squad Siniestros) en Cordillera Seguros.\n\n"
        "Fecha: martes 7 de abril de 2026\n"
        "Hora: 9:00 a 10:00 (hora de Chile continental)\n"
        "Entrevistadora: Camila Rojas, Lead Data Engineer\n"
        "Modalidad: videollamada (Zoom) – https://zoom.us/j/84419027761\n\n"
        "Importante: el sábado 4 de abril a medianoche Chile vuelve al horario de invierno. Desde "
        "esa fecha Santiago y Buenos Aires quedan con una hora de diferencia: las 9:00 de Chile "
        "serán las 10:00 en Argentina.\n\n"
        "Adjuntamos la invitación para tu calendario. Si necesitas cambiar el horario responde a "
        "este correo y te ayudará Tomás Vial.\n\n"
        "Saludos,\nEquipo de Personas – Cordillera Seguros\n\n"
        "Enviado con Reclutia · reclutia.example · No compartas este correo.\n")
    html = "<html><body>" + "".join(f"<p>{p}</p>" for p in text.split("\n\n")) + "</body></html>\n"
    ev = vevent("reclutia-iv-55821-cordillera@reclutia.example", s, e,
                "Entrevista técnica – Valentina Ferreyra – Data Engineer (Squad Siniestros)", coord,
                [(intv[0], intv[1], "ACCEPTED", "REQ-PARTICIPANT"),
                 (OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")], sent,
                description="Entrevista técnica con Camila Rojas. Zoom: https://zoom.us/j/84419027761",
                location="https://zoom.us/j/84419027761", tzid=z)
    cal = vcal("REQUEST", [ev], [(z, z)], prodid="-//Reclutia//Interview Scheduler 4.2//ES")
    add(c, "01-reclutia-entrevista-tecnica.eml",
        mail("Cordillera Seguros vía Reclutia <no-reply@reclutia.example>", OWNER,
             "Entrevista técnica agendada – Data Engineer (Squad Siniestros)", sent, text, html,
             msgid="<rcl.55821.1743361500@reclutia.example>", reply_to=f"{coord[0]} <{coord[1]}>",
             attach=("entrevista.ics", cal)))
    label(c, [iv("Cordillera Seguros", "Data Engineer (Squad Siniestros)", s, e, "scheduled",
                 [intv[1]], [intv[1]], "technical")],
          "hard", "positive/ats-ics-dst",
          "Sent while Chile is on -03:00; interview on 7 Apr after Chile's DST end (Apr 5) -> -04:00. ATS no-reply From, coordinator in Reply-To, interviewer in ATTENDEE.")


def c04():
    c = "b66-04-google-reschedule-bogota"
    z = "America/Bogota"
    org = ("Andrés Salamanca", "andres.salamanca@frailejon.example")
    meet = "https://meet.google.com/frj-hmgr-bog"
    guests = [(org[0] + " - organizador", org[1]), (OWNER_NAME, OWNER)]
    uid = "5q2v8kfrailejon0414@google.com"
    role = "Ingeniera de Datos Senior"
    summ = f"Entrevista {role} - Valentina Ferreyra / Frailejón"
    s1 = dt(2026, 4, 14, 10, 0, z)
    st1 = dt(2026, 4, 8, 9, 3, z)
    desc = "Conversación con el gerente de datos. Trae ejemplos de pipelines que hayas diseñado."
    att = [(org[0], org[1], "ACCEPTED", "REQ-PARTICIPANT"), (OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")]
    cal1 = vcal("REQUEST", [vevent(uid, s1, s1 + timedelta(hours=1), summ, org, att, st1,
                                   description=desc, location=meet, tzid=z)], [(z, z)])
    when1 = "martes, 14 de abril de 2026⋅10:00 – 11:00"
    add(c, "01-invitacion.eml",
        mail(f"{org[0]} <{org[1]}>", OWNER, f"Invitación: {summ} @ mar 14 abr 2026 10:00 - 11:00 (COT) ({OWNER})",
             st1, google_text(summ, when1, "Hora de Colombia", org, guests, meet, desc),
             google_html(summ, when1, "Hora de Colombia", meet, desc), sender=GSENDER,
             reply_to=f"{org[0]} <{org[1]}>", msgid="<calendar-7f1e2a90-0414@google.com>",
             text_cte="base64", calendar=cal1, attach=("invite.ics", cal1)))
    d2 = dt(2026, 4, 10, 17, 48, z)
    id2 = "<CAF+frj-andres-0410@frailejon.example>"
    add(c, "02-cambio-de-hora.eml",
        mail(f"{org[0]} <{org[1]}>", OWNER_FULL, "¿Podemos mover la entrevista del martes?", d2,
             "Hola Valentina, buenas tardes.\n\n"
             "Qué pena contigo: el martes a las 10 me cruzaron con un comité de dirección. ¿Te "
             "serviría pasarla al miércoles 15 a las 11:30 a. m. hora Colombia (1:30 p. m. en "
             "Buenos Aires)? Misma duración, una hora.\n\n"
             "Si te queda bien, te actualizo la invitación.\n\nMil gracias,\nAndrés\n--\n"
             "Andrés Salamanca | Gerente de Datos | Frailejón Fintech\nCra. 7 # 71-21, Bogotá | +57 601 555 3190\n",
             msgid=id2))
    d3 = dt(2026, 4, 10, 20, 2)
    add(c, "03-re-cambio.eml",
        mail(OWNER_FULL, f"{org[0]} <{org[1]}>", "Re: ¿Podemos mover la entrevista del martes?", d3,
             "¡Hola Andrés! Sí, no hay problema, el miércoles 15 a las 11:30 (hora Colombia) me queda bien.\n\n"
             "Saludos,\nValentina\n", msgid="<b3d1-vf-0410@mail.example>", irt=id2))
    s2 = dt(2026, 4, 15, 11, 30, z)
    st2 = dt(2026, 4, 13, 8, 15, z)
    cal2 = vcal("REQUEST", [vevent(uid, s2, s2 + timedelta(hours=1), summ, org, att, st2, seq=1,
                                   description=desc, location=meet, tzid=z)], [(z, z)])
    when2 = "miércoles, 15 de abril de 2026⋅11:30 – 12:30"
    add(c, "04-invitacion-actualizada.eml",
        mail(f"{org[0]} <{org[1]}>", OWNER,
             f"Invitación actualizada: {summ} @ mié 15 abr 2026 11:30 - 12:30 (COT) ({OWNER})", st2,
             "Se modificó este evento.\n\n" + google_text(summ, when2, "Hora de Colombia", org, guests, meet, desc),
             google_html(summ, "Se modificó este evento.<br>" + when2, "Hora de Colombia", meet, desc),
             sender=GSENDER, reply_to=f"{org[0]} <{org[1]}>", msgid="<calendar-7f1e2a90-0415u@google.com>",
             text_cte="base64", calendar=cal2, attach=("invite.ics", cal2)))
    label(c, [iv("Frailejón Fintech", role, s2, s2 + timedelta(hours=1), "scheduled", [org[1]], [org[1]],
                 "hiring_manager")],
          "medium", "positive/reschedule",
          "Google invite Tue 14 Apr 10:00 COT, moved by e-mail and updated invite (SEQUENCE 1) to Wed 15 Apr 11:30-12:30 -05:00.")


def c05():
    c = "b66-05-exchange-cancel-chicago"
    tzid = "Central Standard Time"
    z = "America/Chicago"
    s = dt(2026, 3, 10, 11, 0, z)
    e = s + timedelta(hours=1)
    coord = ("Jessica Park", "jpark@brightwaterlogistics.example")
    intv = ("Dan Kowalski", "dkowalski@brightwaterlogistics.example")
    subj = "Technical Interview - Valentina Ferreyra - Senior Data Engineer (LATAM Remote)"
    st1 = dt(2026, 3, 3, 9, 40, z)
    uid = "040000008200E00074C5B7101A82E0080000000060B2BRIGHTWATER0310"
    att = [(intv[0], intv[1], "NEEDS-ACTION", "REQ-PARTICIPANT"), (OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")]
    text1 = ("When: Tuesday, March 10, 2026 11:00 AM-12:00 PM (UTC-06:00) Central Time (US & Canada).\n"
             "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
             "Hi Valentina,\n\nHere is the invite for your technical interview with Dan Kowalski "
             "(Staff Data Engineer). Expect SQL and a data-modeling discussion. I'm just coordinating "
             "and won't join.\n\nBest,\nJessica Park\nRecruiting Coordinator | Brightwater Logistics\n"
             "233 S Wacker Dr, Chicago, IL 60606 | (312) 555-0187\n")
    ex = ["CLASS:PUBLIC", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-INSTTYPE:0"]
    cal1 = vcal("REQUEST", [vevent(uid, s, e, subj, coord, att, st1, description=text1,
                                   location="Microsoft Teams Meeting", tzid=tzid,
                                   extra=ex + ["X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE"])],
                [(tzid, z)], prodid="Microsoft Exchange Server 2010")
    hdr = [("Content-class", "urn:content-classes:calendarmessage"), ("Thread-Topic", subj)]
    add(c, "01-invite.eml",
        mail(f"{coord[0]} <{coord[1]}>", f"{OWNER_NAME} <{OWNER}>", subj, st1, text1,
             cc=f"{intv[0]} <{intv[1]}>", msgid="<SA1PR19MB5521C0FFEE01@SA1PR19MB5521.namprd19.prod.outlook.com>",
             text_cte="quoted-printable", calendar=cal1, headers=hdr))
    st2 = dt(2026, 3, 6, 14, 22, z)
    text2 = ("Hi Valentina,\n\nI'm sorry to do this on short notice, but we need to cancel Tuesday's "
             "interview: the Senior Data Engineer req has been put on hold while we finalize Q2 budget. "
             "I'll reach out if it reopens.\n\nJessica\n")
    cal2 = vcal("CANCEL", [vevent(uid, s, e, "Canceled: " + subj, coord, att, st2, seq=1, status="CANCELLED",
                                  description=text2, location="Microsoft Teams Meeting", tzid=tzid,
                                  extra=ex + ["X-MICROSOFT-CDO-APPT-SEQUENCE:1", "X-MICROSOFT-CDO-BUSYSTATUS:FREE",
                                              "PRIORITY:1"])],
                [(tzid, z)], prodid="Microsoft Exchange Server 2010")
    add(c, "02-canceled.eml",
        mail(f"{coord[0]} <{coord[1]}>", f"{OWNER_NAME} <{OWNER}>", "Canceled: " + subj, st2, text2,
             cc=f"{intv[0]} <{intv[1]}>", msgid="<SA1PR19MB5521C0FFEE02@SA1PR19MB5521.namprd19.prod.outlook.com>",
             calendar=cal2, cal_method="CANCEL", headers=hdr + [("Importance", "high")]))
    label(c, [iv("Brightwater Logistics", "Senior Data Engineer (LATAM Remote)", s, e, "cancelled",
                 [intv[1]], [intv[1]], "technical")],
          "hard", "positive/cancellation",
          "English Exchange invite + METHOD:CANCEL. '(UTC-06:00) Central Time' label, but Mar 10 is after US DST (Mar 8) -> -05:00.")


def c06():
    c = "b66-06-trabajalia-cancel-by-email"
    z = "America/Mexico_City"
    s = dt(2026, 4, 17, 11, 0, z)
    e = s + timedelta(minutes=40)
    rod = ("Rodrigo Esparza", "rodrigo.esparza@magueylog.example")
    st1 = dt(2026, 4, 9, 18, 30, BA)
    html = (
        "<!DOCTYPE html><html><body style=\"font-family:Arial\">"
        "<table width=\"600\"><tr><td><img src=\"https://static.trabajalia.example/logo.png\" alt=\"Trabajalia\"></td></tr>"
        "<tr><td><h2>¡Valentina, tenés una entrevista!</h2>"
        "<p><b>Maguey Logística</b> te invitó a una entrevista para el aviso "
        "<b>Ingeniero/a de Datos – Plataforma de Rutas</b>.</p>"
        "<table><tr><td>Día</td><td>viernes 17 de abril</td></tr>"
        "<tr><td>Horario</td><td>11:00 a.m. (hora de Ciudad de México)</td></tr>"
        "<tr><td>Duración estimada</td><td>40 minutos</td></tr>"
        "<tr><td>Modalidad</td><td>Videollamada con Rodrigo Esparza (Líder de Datos)</td></tr>"
        f"<tr><td>Contacto</td><td><a href=\"mailto:{rod[1]}\">{rod[1]}</a></td></tr></table>"
        "<p><a href=\"https://www.trabajalia.example/postulaciones/884120\">Ver mi postulación</a></p>"
        "<p style=\"font-size:11px;color:#888\">Trabajalia S.A. – Este es un mensaje automático, por favor no lo respondas.</p>"
        "</td></tr></table></body></html>\n")
    add(c, "01-trabajalia-invitacion.eml",
        mail("Trabajalia <notificaciones@trabajalia.example>", OWNER,
             "Maguey Logística te invitó a una entrevista", st1, html=html,
             msgid="<20260409213000.884120@trabajalia.example>"))
    st2 = dt(2026, 4, 15, 12, 10, z)
    add(c, "02-cancelacion.eml",
        mail(f"{rod[0]} <{rod[1]}>", OWNER_FULL, "Entrevista viernes 17 – Ingeniero/a de Datos", st2,
             "Hola Valentina, buen día.\n\n"
             "Te escribo para avisarte que lamentablemente tenemos que cancelar la entrevista del "
             "viernes a las 11. Dirección decidió congelar la vacante de Plataforma de Rutas hasta el "
             "próximo trimestre.\n\n"
             "Me apena mucho porque tu perfil nos gustó bastante; en cuanto se reabra te busco "
             "directamente.\n\nUn saludo,\nRodrigo Esparza\nLíder de Datos | Maguey Logística\n"
             "Tel. +52 55 5550 7712 ext. 214\n",
             msgid="<CAMgy-resparza-0415@magueylog.example>", text_cte="quoted-printable"))
    label(c, [iv("Maguey Logística", "Ingeniero/a de Datos – Plataforma de Rutas", s, e, "cancelled",
                 [rod[1]], [rod[1]], "hiring_manager")],
          "medium", "positive/cancellation",
          "Portal (Bumeran-like) HTML-only notification, then the interviewer cancels by e-mail ('tenemos que cancelar la entrevista del viernes'). CDMX -06:00.")


def c07():
    c = "b66-07-pair-programming-austin-utc-ics"
    z = "America/Chicago"
    s = dt(2026, 4, 21, 13, 30, z)
    e = s + timedelta(minutes=90)
    rec = ("Daniela Ortega", "daniela.ortega@mesquitelabs.example")
    k = ("Kevin Tran", "kevin.tran@mesquitelabs.example")
    so = ("Sofía Benítez", "sofia.benitez@mesquitelabs.example")
    d1 = dt(2026, 4, 14, 10, 5, z)
    add(c, "01-daniela-pair-programming.eml",
        mail(f"{rec[0]} <{rec[1]}>", OWNER_FULL, "Mesquite Labs – next step: pair programming session",
             d1,
             "Hola Valentina!\n\n"
             "Great news – the team loved your take-home, so the next step is a live pair programming "
             "session with Kevin Tran and Sofía Benítez from the Data Platform team.\n\n"
             "Quick summary (en español abajo):\n"
             "  • Tue 4/21 @ 1:30p CT (that's 3:30 pm your time in Buenos Aires)\n"
             "  • 90 minutes, Python + SQL, you'll share your screen in VS Code Live Share\n"
             "  • No leetcode, it's a realistic ETL bug hunt\n\n"
             "En español: la sesión de pair programming es el martes 21 de abril a las 13:30 hora de "
             "Texas (15:30 en Buenos Aires), dura una hora y media. Te adjunto el .ics.\n\n"
             "Cheers,\nDaniela Ortega\nTechnical Recruiter, Mesquite Labs\n"
             "600 Congress Ave, Austin, TX 78701 · +1 (512) 555-0142\n",
             msgid="<CADo-mesq-0414@mesquitelabs.example>", text_cte="quoted-printable"))
    ev = vevent("mesq-pp-20260421-vferreyra@mesquitelabs.example", s, e,
                "Pair programming – Valentina Ferreyra (Data Engineer)", rec,
                [(k[0], k[1], "ACCEPTED", "REQ-PARTICIPANT"), (so[0], so[1], "ACCEPTED", "REQ-PARTICIPANT"),
                 (OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")], d1,
                description="Live pair programming (Python/SQL). Zoom link: https://mesquitelabs.zoom.us/j/9930114477",
                location="https://mesquitelabs.zoom.us/j/9930114477", utc=True)
    add(c, "02-pair-programming.ics", vcal("PUBLISH", [ev], prodid="-//Mesquite Labs//Recruiting//EN"))
    label(c, [iv("Mesquite Labs", "Data Engineer", s, e, "scheduled", [k[1], so[1]], [k[1], so[1]],
                 "technical")],
          "medium", "positive/dedupe-utc-ics",
          "Recruiter mail 'Tue 4/21 @ 1:30p CT' + standalone .ics in UTC (18:30Z-20:00Z); one technical (pair programming) interview, CDT -05:00.")


def c08():
    c = "b66-08-two-interviews-madrid-dst"
    z = "Europe/Madrid"
    lu = ("Lucía Mendoza", "lucia.mendoza@alcornoquedatos.example")
    jo = ("Jordi Puig", "jordi.puig@alcornoquedatos.example")
    role = "Ingeniero/a de Datos (Lakehouse)"
    s1 = dt(2026, 3, 24, 17, 0, z)
    d1 = dt(2026, 3, 19, 12, 31, z)
    add(c, "01-lucia-llamada.eml",
        mail(f"{lu[0]} <{lu[1]}>", OWNER_FULL, "Alcornoque Datos – llamada inicial", d1,
             "Hola Valentina:\n\n"
             f"Gracias por tu candidatura a {role}. Te confirmo la llamada del martes 24 de marzo a las "
             "17:00 (hora peninsular española), media horita. Te llamo yo por WhatsApp al +54 9 11 5550 2671.\n\n"
             "Vale la pena que tengas a mano tus expectativas salariales en euros.\n\n"
             "Un abrazo,\nLucía Mendoza\nTalent Acquisition · Alcornoque Datos\nPaseo de la Castellana 95, Madrid\n",
             msgid="<PAXPR07MB-lucia-0319@alcornoquedatos.example>"))
    d2 = dt(2026, 4, 1, 9, 50, z)
    add(c, "02-siguiente-fase.eml",
        mail(f"{lu[0]} <{lu[1]}>", OWNER_FULL, "Siguiente fase: entrevista técnica con Jordi", d2,
             "¡Hola de nuevo, Valentina!\n\n"
             "Has pasado a la siguiente fase. La entrevista técnica será con Jordi Puig (Tech Lead), el "
             "miércoles 8 de abril de 16:00 a 17:00 h (hora de Madrid). Ya estamos en horario de verano "
             "en España, así que en Buenos Aires serán las 11:00. Jordi te mandará la invitación de "
             "Google Calendar.\n\nSuerte,\nLucía\n",
             msgid="<PAXPR07MB-lucia-0401@alcornoquedatos.example>"))
    s2 = dt(2026, 4, 8, 16, 0, z)
    ev = {
        "kind": "calendar#event", "etag": "\"3521990044712000\"", "id": "alc8tecnica0408vf",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=YWxjOHRlY25pY2EwNDA4dmY",
        "created": "2026-04-01T08:12:00.000Z", "updated": "2026-04-01T08:14:31.000Z",
        "summary": "Entrevista técnica – Valentina Ferreyra (Lakehouse)",
        "description": "Diseño de un pipeline incremental sobre Delta Lake + preguntas de SQL. Jordi Puig.",
        "creator": {"email": jo[1], "displayName": jo[0]},
        "organizer": {"email": jo[1], "displayName": jo[0]},
        "start": {"dateTime": iso(s2), "timeZone": z},
        "end": {"dateTime": iso(s2 + timedelta(hours=1)), "timeZone": z},
        "iCalUID": "alc8tecnica0408vf@google.com", "sequence": 0,
        "attendees": [
            {"email": jo[1], "displayName": jo[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"}],
        "hangoutLink": "https://meet.google.com/alc-tecn-vfx",
        "reminders": {"useDefault": True}, "eventType": "default"}
    add(c, "03-entrevista-tecnica.gcal.json", json.dumps(ev, ensure_ascii=False, indent=2) + "\n")
    label(c, [iv("Alcornoque Datos", role, s1, s1 + timedelta(minutes=30), "scheduled", [lu[1]], [lu[1]],
                 "phone_screen"),
              iv("Alcornoque Datos", role, s2, s2 + timedelta(hours=1), "scheduled", [jo[1]], [jo[1]],
                 "technical")],
          "hard", "positive/two-interviews",
          "Two interviews straddling EU DST: recruiter call 24 Mar 17:00 +01:00 ('media horita') and technical 8 Apr 16:00 +02:00 (Calendar API event).")


def c09():
    c = "b66-09-dentro-de-una-hora-ba"
    ni = ("Nicolás Ferrari", "nferrari@quebrachosoftware.example")
    d1 = dt(2026, 3, 18, 14, 0)
    id1 = "<CAQb-nferrari-0318@quebrachosoftware.example>"
    add(c, "01-nico.eml",
        mail(f"{ni[0]} <{ni[1]}>", OWNER_FULL, "Búsqueda Data Engineer – Quebracho", d1,
             "Hola Valentina, ¿cómo va?\n\n"
             "Te escribo por la búsqueda de Data Engineer SSr/Sr que publicamos en Empleatec. ¿Tenés un "
             "rato hoy? Si te sirve te llamo dentro de una hora para una primera entrevista cortita, "
             "de unos 20 minutos, y te cuento del puesto.\n\n"
             "Abrazo,\nNico\n--\nNicolás Ferrari | Talent Acquisition | Quebracho Software\n"
             "Av. Córdoba 1351, piso 4, CABA | +54 11 5550-4418\n", msgid=id1))
    id2 = "<f0e2-vf-0318@mail.example>"
    add(c, "02-re-dale.eml",
        mail(OWNER_FULL, f"{ni[0]} <{ni[1]}>", "Re: Búsqueda Data Engineer – Quebracho",
             dt(2026, 3, 18, 14, 12),
             "¡Hola Nico! Sí, dale, te espero a las 15. Mi cel es +54 9 11 5550 2671.\n\nGracias,\nVale\n\n"
             "El mié, 18 mar 2026 a las 14:00, Nicolás Ferrari escribió:\n> ¿Tenés un rato hoy? Si te sirve te llamo dentro de una hora\n",
             msgid=id2, irt=id1))
    add(c, "03-re-genial.eml",
        mail(f"{ni[0]} <{ni[1]}>", OWNER_FULL, "Re: Búsqueda Data Engineer – Quebracho",
             dt(2026, 3, 18, 14, 20),
             "Genial, a las 15 hs te llamo al celu.\n\nNico\n", msgid="<CAQb-nferrari-0318c@quebrachosoftware.example>",
             irt=id2, refs=f"{id1} {id2}"))
    s = dt(2026, 3, 18, 15, 0)
    label(c, [iv("Quebracho Software", "Data Engineer SSr/Sr", s, s + timedelta(minutes=20), "scheduled",
                 [ni[1]], [ni[1]], "phone_screen")],
          "hard", "positive/relative-time",
          "'te llamo dentro de una hora' sent 14:00 -03:00, confirmed 'a las 15 hs'; 20-minute recruiter screen the same day.")


def c10():
    c = "b66-10-empleatec-html-base64-bogota"
    z = "America/Bogota"
    s = dt(2026, 4, 9, 8, 0, z)
    la = ("Laura Pineda", "laura.pineda@cafetalanalytics.example")
    html = (
        "<html><head><meta charset=\"utf-8\"></head><body>"
        "<div style=\"max-width:580px;margin:auto;font-family:Helvetica\">"
        "<div style=\"background:#0a6\"><span style=\"color:#fff\">empleatec</span></div>"
        "<p>Hola <b>Valentina</b>,</p>"
        "<p>La empresa <b>Cafetal Analytics S.A.S.</b> quiere conocerte. Te agendó una entrevista virtual "
        "para la oferta <b>Data Engineer – Analítica de Cosechas</b>.</p>"
        "<ul><li><b>Fecha:</b> jueves 9 de abril de 2026</li>"
        "<li><b>Hora:</b> 8:00 a.&nbsp;m. (hora de Colombia, GMT-5)</li>"
        "<li><b>Duración:</b> 30 minutos</li>"
        "<li><b>Con:</b> Laura Pineda, Analista de Talento</li>"
        "<li><b>Enlace:</b> <a href=\"https://meet.google.com/caf-etal-lpz\">meet.google.com/caf-etal-lpz</a></li></ul>"
        f"<p>¿Necesitás reprogramar? Escribile a Laura a <a href=\"mailto:{la[1]}\">{la[1]}</a>.</p>"
        "<p style=\"font-size:11px;color:#999\">Recibiste este correo porque te postulaste en Empleatec. "
        "No respondas a esta dirección.</p></div></body></html>\n")
    add(c, "01-empleatec-entrevista.eml",
        mail("Empleatec <no-responder@empleatec.example>", OWNER,
             "Cafetal Analytics te agendó una entrevista – Data Engineer", dt(2026, 4, 6, 16, 44, z),
             html=html, html_cte="base64", msgid="<mkt.7712044.empleatec@empleatec.example>"))
    label(c, [iv("Cafetal Analytics", "Data Engineer – Analítica de Cosechas", s, s + timedelta(minutes=30),
                 "scheduled", [la[1]], [la[1]], "phone_screen")],
          "medium", "positive/portal-html",
          "Computrabajo-like portal, HTML-only base64 body from a no-reply address; recruiter address given in text. 8:00 a. m. hora de Colombia (-05:00).")


def c11():
    c = "b66-11-onsite-santiago-qp-html"
    z = "America/Santiago"
    ma = ("Macarena Soto", "macarena.soto@araucariaretail.example")
    ig = ("Ignacio Fuentes", "ignacio.fuentes@araucariaretail.example")
    fr = ("Francisca Lagos", "francisca.lagos@araucariaretail.example")
    pa = ("Paula Contreras", "paula.contreras@araucariaretail.example")
    rows = [("9:30 – 10:30", "Caso técnico (SQL + modelado)", ig), ("10:45 – 11:30", "Arquitectura de datos", fr),
            ("11:30 – 13:15", "Almuerzo con el equipo (informal)", None), ("13:30 – 14:15", "Conversación con gerencia", pa)]
    html = ("<html><body><p>Hola Valentina,</p><p>Te comparto el itinerario de tu <b>jornada presencial de "
            "entrevistas</b> para el cargo <b>Data Engineer Senior</b> el <b>jueves 14 de mayo</b> en nuestras "
            "oficinas (Av. Apoquindo 4800, piso 11, Las Condes). Todos los horarios son hora de Santiago.</p>"
            "<table border=\"1\" cellpadding=\"4\"><tr><th>Hora</th><th>Sesión</th><th>Con</th></tr>"
            + "".join(f"<tr><td>{h}</td><td>{t}</td><td>{p[0] + ' (' + p[1] + ')' if p else '—'}</td></tr>"
                      for h, t, p in rows)
            + "</table><p>Preséntate 10 minutos antes en recepción con tu cédula o pasaporte. Nosotros "
              "cubrimos el pasaje; cualquier duda de viaje me escribes.</p>"
              "<p>Saludos,<br>Macarena Soto<br>Coordinadora de Selección · Araucaria Retail<br>+56 2 2555 8140</p>"
              "</body></html>\n")
    text = ("Hola Valentina,\n\nItinerario de tu jornada presencial de entrevistas (Data Engineer Senior), "
            "jueves 14 de mayo, hora de Santiago:\n\n"
            + "".join(f"  {h}  {t}  {p[0] + ' <' + p[1] + '>' if p else ''}\n" for h, t, p in rows)
            + "\nOficinas: Av. Apoquindo 4800, piso 11, Las Condes.\n\nSaludos,\nMacarena Soto\n"
              "Coordinadora de Selección · Araucaria Retail\n")
    add(c, "01-itinerario.eml",
        mail(f"{ma[0]} <{ma[1]}>", OWNER_FULL, "Itinerario jornada de entrevistas – jueves 14 de mayo",
             dt(2026, 5, 6, 17, 25, z), text, html, cc=f"{ig[1]}, {fr[1]}, {pa[1]}",
             msgid="<CAAr-msoto-0506@araucariaretail.example>", text_cte="quoted-printable"))
    s = dt(2026, 5, 14, 9, 30, z)
    e = dt(2026, 5, 14, 14, 15, z)
    ems = [ig[1], fr[1], pa[1]]
    label(c, [iv("Araucaria Retail", "Data Engineer Senior", s, e, "scheduled", ems, ems, "onsite")],
          "medium", "positive/onsite",
          "On-site loop in Santiago (-04:00 in May): three sessions plus lunch -> one onsite 9:30-14:15; coordinator not an interviewer.")


def c12():
    c = "b66-12-agendamos-booking-us"
    me = ("Megan Ross", "megan.ross@pinecresthealth.example")
    s = dt(2026, 4, 22, 11, 30)
    e = s + timedelta(minutes=30)
    sent = dt(2026, 4, 16, 19, 2)
    text = ("Hola Valentina Ferreyra:\n\nTu reunión quedó agendada.\n\n"
            "Evento: Entrevista inicial – Data Engineer (Remote LATAM)\n"
            f"Con: {me[0]} (Pinecrest Health Data)\n"
            "Fecha: miércoles, 22 de abril de 2026\n"
            "Hora: 11:30 - 12:00 (GMT-03:00) Hora de Argentina\n"
            "Ubicación: Zoom – el enlace se enviará antes de la reunión\n\n"
            "¿Necesitás hacer cambios? Reprogramar: https://agendamos.example/r/8b1f2 · "
            "Cancelar: https://agendamos.example/c/8b1f2\n\n"
            "Agendamos – agenda sin ida y vuelta\n")
    ev = vevent("8b1f2c90-agendamos-pinecrest@agendamos.example", s, e,
                "Entrevista inicial – Data Engineer (Remote LATAM) entre Megan Ross y Valentina Ferreyra", me,
                [(OWNER_NAME, OWNER, "ACCEPTED", "REQ-PARTICIPANT"), (me[0], me[1], "ACCEPTED", "REQ-PARTICIPANT")],
                sent, description="Reservado con Agendamos.", location="Zoom", utc=True)
    cal = vcal("REQUEST", [ev], prodid="-//Agendamos//Agendamos 3.0//ES")
    add(c, "01-agendamos-confirmacion.eml",
        mail("Agendamos <notificaciones@agendamos.example>", OWNER,
             "Confirmado: Entrevista inicial – Data Engineer (Remote LATAM) con Megan Ross el miércoles 22 de abril",
             sent, text, "<html><body>" + text.replace("\n", "<br>") + "</body></html>\n",
             reply_to=f"{me[0]} <{me[1]}>", msgid="<booking.8b1f2@agendamos.example>",
             attach=("invite.ics", cal)))
    label(c, [iv("Pinecrest Health Data", "Data Engineer (Remote LATAM)", s, e, "scheduled", [me[1]], [me[1]],
                 "phone_screen")],
          "easy", "positive/scheduling-vendor",
          "Calendly-like vendor booking in Spanish, times shown in the invitee's zone (GMT-03:00), .ics in UTC.")


def c13():
    c = "b66-13-forwarded-referral-madrid"
    z = "Europe/Madrid"
    se = ("Sergio Lamas", "sergio.lamas@olivarenergia.example")
    nu = ("Nuria Ballesteros", "nuria.ballesteros@olivarenergia.example")
    al = ("Álvaro Gil", "alvaro.gil@olivarenergia.example")
    s = dt(2026, 5, 11, 14, 0, z)
    orig = dt(2026, 5, 4, 13, 15, z)
    fwd = dt(2026, 5, 4, 9, 40)
    body = ("Vale! Te reenvío lo que me mandó RRHH por tu referido. Queda el lunes 11 a las 9 de la mañana "
            "hora de Buenos Aires. Álvaro es buena gente, vas a andar bárbaro.\n\nAbrazo,\nSergio\n\n"
            "---------- Forwarded message ---------\n"
            f"De: {nu[0]} <{nu[1]}>\n"
            "Date: lun, 4 may 2026 a las 13:15\n"
            "Subject: Entrevista referido – Valentina Ferreyra\n"
            f"To: {se[0]} <{se[1]}>\nCc: {al[0]} <{al[1]}>\n\n"
            "Hola Sergio:\n\nGracias por el referido. La entrevista de Valentina con Álvaro Gil (Head of Data) "
            "para la posición de Senior Data Engineer queda el lunes 11 de mayo a las 14h (hora de Madrid), "
            "una hora, por Teams. Álvaro le enviará el enlace directamente; ¿se lo trasladas?\n\n"
            "Gracias,\nNuria Ballesteros\nPeople & Culture · Olivar Energía\n"
            "C/ Serrano 41, 28001 Madrid · +34 915 55 09 62\n")
    add(c, "01-fwd-entrevista-referido.eml",
        mail(f"{se[0]} <{se[1]}>", OWNER_FULL, "Fwd: Entrevista referido – Valentina Ferreyra", fwd, body,
             msgid="<CAOl-slamas-0504@olivarenergia.example>", text_cte="base64"))
    label(c, [iv("Olivar Energía", "Senior Data Engineer", s, s + timedelta(hours=1), "scheduled", [al[1]], [al[1]],
                 "hiring_manager")],
          "hard", "positive/forwarded",
          "Referrer forwards HR mail: 'lunes 11 de mayo a las 14h (hora de Madrid)' (+02:00) = 9:00 BA; the forward's own Date (4 May) is not the interview date.")


# ================================================================ NEGATIVES

def n14():
    c = "b66-14-charla-webinar"
    s = dt(2026, 3, 26, 19, 0)
    sent = dt(2026, 3, 20, 11, 0)
    org = ("Datos del Sur", "hola@datosdelsur.example")
    text = ("¡Hola Valentina!\n\nGracias por inscribirte a nuestra próxima charla:\n\n"
            "«Cómo pasar la entrevista técnica de Data Engineering (y no morir en el intento)»\n"
            "Jueves 26 de marzo, 19 hs (hora Argentina) · 1 h 30 · YouTube Live + Q&A en Discord\n\n"
            "Oradoras: Gabriela Núñez (Tech Recruiter) y Paz Echeverría (Staff Data Engineer). "
            "Vamos a simular preguntas de entrevista, ver cómo contar tus proyectos y qué buscan los "
            "equipos al evaluar a un candidato.\n\nAgendalo con el .ics adjunto.\n\n"
            "Comunidad Datos del Sur · Darse de baja: https://datosdelsur.example/baja\n")
    ev = vevent("charla-0326@datosdelsur.example", s, s + timedelta(minutes=90),
                "Charla: Cómo pasar la entrevista técnica de Data Engineering", org,
                [(OWNER_NAME, OWNER, "ACCEPTED", "OPT-PARTICIPANT")], sent,
                description="Charla abierta de la comunidad. https://youtube.example/live/dds", location="Online",
                tzid=BA)
    cal = vcal("PUBLISH", [ev], [(BA, BA)], prodid="-//Datos del Sur//Eventos//ES")
    add(c, "01-charla-inscripcion.eml",
        mail(f"{org[0]} <{org[1]}>", OWNER, "Inscripción confirmada: charla sobre entrevistas técnicas", sent,
             text, msgid="<evt-0326-3312@datosdelsur.example>", attach=("charla.ics", cal),
             headers=[("List-Unsubscribe", "<https://datosdelsur.example/baja>")]))
    label(c, [], "medium", "negative/webinar", "Community webinar ('charla') about technical interviews with a calendar file.")


def n15():
    c = "b66-15-bootcamp-entrevista-simulada"
    mentor = ("Joaquín Arce", "joaquin.arce@nanduacademy.example")
    s = dt(2026, 4, 2, 18, 0)
    sent = dt(2026, 3, 27, 10, 30)
    summ = "Entrevista simulada – Data Engineer – Valentina Ferreyra"
    desc = ("Mock interview de la Ñandú Academy (cohorte DE-14). Simulamos una entrevista técnica real: "
            "30' SQL, 30' diseño de pipeline, 15' feedback con rúbrica. No es un proceso de selección.")
    meet = "https://meet.google.com/nan-duac-mck"
    att = [(mentor[0], mentor[1], "ACCEPTED", "REQ-PARTICIPANT"), (OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")]
    cal = vcal("REQUEST", [vevent("mock0402vf@google.com", s, s + timedelta(minutes=75), summ, mentor, att, sent,
                                  description=desc, location=meet, tzid=BA)], [(BA, BA)])
    when = "jueves, 2 de abril de 2026⋅18:00 – 19:15"
    add(c, "01-invitacion-mock.eml",
        mail(f"{mentor[0]} <{mentor[1]}>", OWNER, f"Invitación: {summ} @ jue 2 abr 2026 18:00 - 19:15 (ART) ({OWNER})",
             sent, google_text(summ, when, "Hora de Argentina", mentor,
                               [(mentor[0] + " - organizador", mentor[1]), (OWNER_NAME, OWNER)], meet, desc),
             google_html(summ, when, "Hora de Argentina", meet, desc), sender=GSENDER,
             msgid="<calendar-mock-0402@google.com>", calendar=cal, attach=("invite.ics", cal)))
    label(c, [], "hard", "negative/mock-interview",
          "Bootcamp 'entrevista simulada' sent as a real Google invite with a mentor; mock/coaching is not an interview.")


def n16():
    c = "b66-16-rechazo-no-continuaras"
    add(c, "01-actualizacion-proceso.eml",
        mail("Guacamaya Tech vía Reclutia <no-reply@reclutia.example>", OWNER,
             "Actualización de tu proceso – Data Engineer (Medellín / remoto)", dt(2026, 4, 3, 15, 12, "America/Bogota"),
             "Hola Valentina,\n\n"
             "Muchas gracias por tu tiempo en la entrevista técnica del martes con nuestro equipo y por el "
             "interés en Guacamaya Tech.\n\n"
             "Después de revisar con detenimiento a todos los candidatos, te contamos que en esta ocasión "
             "no continuarás en el proceso para el rol de Data Engineer. La decisión fue muy reñida.\n\n"
             "Guardaremos tu perfil para futuras vacantes y, si lo deseas, puedes agendar una llamada de "
             "feedback de 15 minutos respondiendo a este correo.\n\n"
             "Un abrazo,\nCatalina Restrepo\nTalent Partner · Guacamaya Tech\nCl. 10 # 43D-25, Medellín\n",
             "<html><body><p>Hola Valentina,</p><p>… en esta ocasión <b>no continuarás en el proceso</b> …</p></body></html>\n",
             reply_to="Catalina Restrepo <catalina.restrepo@guacamayatech.example>",
             msgid="<rcl.60110.1775247120@reclutia.example>"))
    label(c, [], "medium", "negative/rejection",
          "Rejection after an interview ('no continuarás en el proceso'), offers an optional feedback call without a time.")


def n17():
    c = "b66-17-turno-agencia-fiscal"
    html = ("<html><body><h3>ARFE – Agencia de Recaudación Fiscal del Estado</h3>"
            "<p>Estimado/a contribuyente <b>FERREYRA VALENTINA</b> (CUIT 27-3XXXXXXX-4):</p>"
            "<p>Su turno fue confirmado.</p><table>"
            "<tr><td>Trámite</td><td>Entrevista de verificación – Alta de Monotributo / Domicilio fiscal</td></tr>"
            "<tr><td>Fecha</td><td>jueves 2 de abril de 2026</td></tr>"
            "<tr><td>Hora</td><td>10:30 hs</td></tr>"
            "<tr><td>Dependencia</td><td>Agencia N° 8 – Av. Rivadavia 6250, CABA</td></tr></table>"
            "<p>Presentarse con DNI y constancia de inscripción. Código de turno: T-88231-Q.</p>"
            "<p>Este mensaje fue generado automáticamente; no responda.</p></body></html>\n")
    add(c, "01-turno-confirmado.eml",
        mail("ARFE Turnos <turnos@arfe.example>", OWNER, "Turno confirmado – Entrevista de verificación",
             dt(2026, 3, 23, 8, 2), html=html, msgid="<turno.T88231Q@arfe.example>"))
    label(c, [], "medium", "negative/government-appointment",
          "Tax-agency (AFIP-like) appointment called 'Entrevista de verificación'; not a job interview.")


def n18():
    c = "b66-18-visita-departamento"
    pr = ("Gisela Mansilla", "gisela@palermoprop.example")
    id1 = "<pp-gm-0325@palermoprop.example>"
    add(c, "01-visita.eml",
        mail(f"{pr[0]} <{pr[1]}>", OWNER_FULL, "Visita depto Gorriti 4700 – 2 amb.", dt(2026, 3, 25, 17, 30),
             "Hola Valentina, ¿qué tal?\n\n"
             "La propietaria quiere conocer a los candidatos a inquilinos antes de decidir, así que "
             "organizamos una visita con una breve entrevista el sábado 28 a las 10 hs en Gorriti 4700, 3°B. "
             "Traé recibos de sueldo o constancia de monotributo y la garantía.\n\n"
             "Confirmame si podés.\n\nGisela Mansilla\nPalermo Propiedades · Mat. CUCICBA 7719\n"
             "Tel. +54 11 5550-9032\n", msgid=id1))
    add(c, "02-re-visita.eml",
        mail(OWNER_FULL, f"{pr[0]} <{pr[1]}>", "Re: Visita depto Gorriti 4700 – 2 amb.", dt(2026, 3, 25, 18, 4),
             "Hola Gisela, sí, el sábado a las 10 estoy ahí. ¡Gracias!\nValentina\n",
             msgid="<c81a-vf-0325@mail.example>", irt=id1))
    label(c, [], "medium", "negative/landlord",
          "Apartment viewing with the owner 'interviewing' prospective tenants, confirmed time; not a job interview.")


def n19():
    c = "b66-19-alerta-redpro"
    jobs = [("Data Engineer Sr.", "Tlacuache Pagos", "Ciudad de México (remoto)", "Entrevistas esta semana"),
            ("Ingeniera/o de Datos", "Encina Analítica", "Madrid (híbrido)", "Proceso ágil: 2 entrevistas"),
            ("Analytics Engineer", "Mesquite Labs", "Austin, TX (remote LATAM)", "Postulación sencilla")]
    html = ("<html><body><p>Valentina, estos empleos coinciden con tu alerta <b>“data engineer”</b>:</p><ul>"
            + "".join(f"<li><a href=\"https://redpro.example/jobs/{i}\"><b>{t}</b></a><br>{co} · {loc}<br>"
                      f"<small>{tag}</small></li>" for i, (t, co, loc, tag) in enumerate(jobs, 1))
            + "</ul><p>Prepárate para la entrevista con RedPro Premium. "
              "<a href=\"https://redpro.example/settings\">Administrar alertas</a></p></body></html>\n")
    text = "\n".join(f"{t} – {co} – {loc} – {tag}" for t, co, loc, tag in jobs)
    add(c, "01-alerta.eml",
        mail("RedPro Empleos <alertas-empleo@redpro.example>", OWNER,
             "“data engineer”: 3 empleos nuevos – Tlacuache Pagos y más", dt(2026, 4, 13, 7, 0), text, html,
             msgid="<alert.9921.20260413@redpro.example>",
             headers=[("List-Unsubscribe", "<https://redpro.example/unsub>")]))
    label(c, [], "easy", "negative/job-alert", "LinkedIn-like job alert mentioning companies from other cases and 'entrevistas'.")


def n20():
    c = "b66-20-freelance-cliente"
    cl = ("Hernán Duarte", "hernan.duarte@vinotecaandina.example")
    add(c, "01-freelanzo-mensaje.eml",
        mail("Freelanzo <mensajes@freelanzo.example>", OWNER,
             "Nuevo mensaje de Hernán Duarte – Contrato #44120 (Pipeline de ventas)", dt(2026, 4, 6, 20, 15),
             "Hernán Duarte te escribió en el contrato #44120 «Pipeline de ventas en BigQuery» (en curso):\n\n"
             "«Vale, ¿hacemos la call de seguimiento mañana a primera hora? Quiero revisar el hito 2 antes de "
             "liberar el pago. De paso te cuento que estamos entrevistando candidatos para un analista interno "
             "que después va a mantener lo que armaste.»\n\n"
             "Responder en Freelanzo: https://freelanzo.example/c/44120\n", msgid="<msg.44120.77@freelanzo.example>"))
    s = dt(2026, 4, 7, 9, 0)
    att = [(cl[0], cl[1], "ACCEPTED", "REQ-PARTICIPANT"), (OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")]
    summ = "Call seguimiento hito 2 – Pipeline ventas (Valentina / Vinoteca Andina)"
    cal = vcal("REQUEST", [vevent("hito2call0407@google.com", s, s + timedelta(minutes=30), summ, cl, att,
                                  dt(2026, 4, 6, 20, 40), description="Revisión del hito 2 del contrato Freelanzo #44120.",
                                  location="https://meet.google.com/vin-andi-h2c", tzid=BA)], [(BA, BA)])
    add(c, "02-invitacion-call.eml",
        mail(f"{cl[0]} <{cl[1]}>", OWNER, f"Invitación: {summ} @ mar 7 abr 2026 9:00 - 9:30 (ART) ({OWNER})",
             dt(2026, 4, 6, 20, 40), google_text(summ, "martes, 7 de abril de 2026⋅9:00 – 9:30", "Hora de Argentina",
                                               cl, [(cl[0] + " - organizador", cl[1]), (OWNER_NAME, OWNER)],
                                               "https://meet.google.com/vin-andi-h2c"),
             sender=GSENDER, msgid="<calendar-hito2-0407@google.com>", calendar=cal, attach=("invite.ics", cal)))
    label(c, [], "hard", "negative/freelance-client",
          "Status call with an existing freelance client ('mañana a primera hora' + Google invite); client mentions interviewing candidates for themselves.")


def n21():
    c = "b66-21-link-sin-reservar"
    rec = ("Itzel Carranza", "itzel.carranza@colibripagos.example")
    add(c, "01-elegi-horario.eml",
        mail(f"{rec[0]} <{rec[1]}>", OWNER_FULL, "Colibrí Pagos – agenda tu entrevista (Data Engineer)",
             dt(2026, 4, 20, 10, 5, "America/Mexico_City"),
             "¡Hola Valentina!\n\n"
             "Qué gusto saludarte. Nos gustaría avanzar con una entrevista de 45 minutos con el equipo de "
             "Datos para la vacante de Data Engineer. Por favor elige el horario que mejor te acomode en "
             "este enlace: https://agendamos.example/colibri/entrevista-de\n\n"
             "Tenemos espacios de martes a jueves entre 9:00 y 13:00 hrs (hora CDMX). Si ninguno te "
             "funciona, mándame tu disponibilidad y lo vemos.\n\n"
             "Saludos,\nItzel Carranza\nReclutamiento TI · Colibrí Pagos\n+52 33 5550 6621\n",
             msgid="<CAcol-itzel-0420@colibripagos.example>"))
    label(c, [], "hard", "negative/availability-request",
          "Recruiter sends an unbooked scheduling link with availability windows; no booking follows.")


def n22():
    c = "b66-22-usuaria-entrevistadora"
    hr = ("Romina Báez", "romina.baez@niresistemas.example")
    s = dt(2026, 4, 28, 15, 0)
    sent = dt(2026, 4, 22, 12, 10)
    summ = "Entrevista técnica – Candidato: Martín Ruiz – Data Engineer SSr"
    desc = ("Vale: vos tomás la parte de SQL y modelado (30'), Diego sigue con Spark. "
            "Completen la scorecard en Reclutia después de la entrevista. CV adjunto en el ATS.")
    meet = "https://meet.google.com/nir-emrz-ssr"
    att = [(hr[0], hr[1], "ACCEPTED", "REQ-PARTICIPANT"), (OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT"),
           ("Diego Ocampo", "diego.ocampo@niresistemas.example", "ACCEPTED", "REQ-PARTICIPANT"),
           ("Martín Ruiz", "martin.ruiz.dev@mail.example", "ACCEPTED", "REQ-PARTICIPANT")]
    cal = vcal("REQUEST", [vevent("nire-mruiz-0428@google.com", s, s + timedelta(hours=1), summ, hr, att, sent,
                                  description=desc, location=meet, tzid=BA)], [(BA, BA)])
    when = "martes, 28 de abril de 2026⋅15:00 – 16:00"
    add(c, "01-invitacion-panel.eml",
        mail(f"{hr[0]} <{hr[1]}>", OWNER, f"Invitación: {summ} @ mar 28 abr 2026 15:00 - 16:00 (ART) ({OWNER})",
             sent, google_text(summ, when, "Hora de Argentina", hr,
                               [(a[0], a[1]) for a in att], meet, desc),
             google_html(summ, when, "Hora de Argentina", meet, desc), sender=GSENDER,
             msgid="<calendar-nire-0428@google.com>", calendar=cal, attach=("invite.ics", cal)))
    label(c, [], "hard", "negative/user-is-interviewer",
          "Current employer asks the user to interview a candidate (she is on the panel, candidate is someone else).")


README = """# blind66 – blind held-out-like interview-detection set

A TWENTY-FOURTH JOB SEEKER: Valentina Ferreyra, a Spanish-speaking data engineer in Buenos Aires
(America/Argentina/Buenos_Aires, -03:00, no DST) applying to companies in Mexico City, Bogotá, Madrid,
Santiago and the US. Mostly Spanish mail with regional phrasing (\"a las 15 hs\", \"9:00 hrs (hora CDMX)\",
\"15 h (hora de Madrid)\", \"el jueves 12 a las 9 de la mañana\", \"dentro de una hora\", \"mañana a primera
hora\"), Spain's (Mar 29) and Chile's (Apr 5) DST changes, US DST (Mar 8), invented portals
(Empleatec, Trabajalia, RedPro), an invented ATS (Reclutia) and scheduling vendor (Agendamos),
Google Calendar invites, Exchange/Teams invites (Windows TZIDs), a Calendar API event, standalone .ics.

Written blind: the author did not read the detector code nor the other test sets (only the format of
one dev case). All owners, people and companies are invented; domains are .example / example.com
(vendor infrastructure headers such as Google Calendar's sender and meeting links keep their real shape).

Regenerate with `python make_cases.py` (deterministic; rewrites the b66-* folders and labels.yaml).
Labels follow /work/shared/eval/README.md; every offset is computed with zoneinfo.

## Counts (22 cases)
- Positive: 13 cases, 14 labelled interviews (2 cancellations, 1 case with two interviews)
  thread, exchange-dst, ats-ics-dst, reschedule, cancellation x2, dedupe-utc-ics, two-interviews,
  relative-time, portal-html, onsite, scheduling-vendor, forwarded
- Negative: 9 cases: webinar ('charla'), bootcamp mock interview, rejection, tax-agency appointment,
  landlord viewing, job alert, freelance client call, unbooked scheduling link, user is the interviewer
"""


def main():
    for f in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              n14, n15, n16, n17, n18, n19, n20, n21, n22]:
        f()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b66-") and os.path.isdir(p):
            shutil.rmtree(p)
    for case, items in CASES.items():
        os.makedirs(os.path.join(HERE, case))
        for fname, data in items:
            with open(os.path.join(HERE, case, fname), "wb") as fh:
                fh.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=110)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as fh:
        fh.write(README)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
