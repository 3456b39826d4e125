#!/usr/bin/env python3
"""Deterministic generator for the blind84 interview-detection set (written blind).

Rewrites every case folder and labels.yaml next to this file.
Stdlib + PyYAML + zoneinfo only. All names are invented; all domains are .example.
"""
import hashlib
import json
import shutil
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
MAD = ZoneInfo("Europe/Madrid")
CAN = ZoneInfo("Atlantic/Canary")
NY = ZoneInfo("America/New_York")
LON = ZoneInfo("Europe/London")
DUB = ZoneInfo("Europe/Dublin")
UTC = ZoneInfo("UTC")

USER = "lucia.herrero@mail.example"
USER_NAME = "Lucía Herrero Vidal"
USER_H = f"{USER_NAME} <{USER}>"
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]

CASES = {}
LABELS = {}


def dt(y, mo, d, h, mi, tz=MAD):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def iso(x):
    return x.isoformat() if x is not None else None


def fecha(x):
    return f"{DIAS[x.weekday()]} {x.day} de {MESES[x.month - 1]}"


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        lim = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > lim:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def vtz_madrid(tzid="Europe/Madrid"):
    return [f"BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
            "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


def vtz_canary():
    return ["BEGIN:VTIMEZONE", "TZID:Atlantic/Canary",
            "BEGIN:STANDARD", "DTSTART:19701025T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
            "TZNAME:WET", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:19700329T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
            "TZNAME:WEST", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "END:VTIMEZONE"]


def ics(method, uid, start, end, summary, organizer, attendees, tzid=None, vtz=None,
        seq=0, status="CONFIRMED", description="", location="", stamp=None, extra=(),
        prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", utc=False):
    """Hand-built iCalendar text with CRLF line ends and 75-octet folding."""
    stamp = stamp or start - timedelta(days=5)
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", f"METHOD:{method}"]
    if vtz:
        L += vtz
    L += ["BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}",
          "DTSTAMP:" + stamp.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")]
    if utc:
        L.append("DTSTART:" + start.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
        L.append("DTEND:" + end.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
    else:
        L.append(f"DTSTART;TZID={tzid}:" + start.strftime("%Y%m%dT%H%M%S"))
        L.append(f"DTEND;TZID={tzid}:" + end.strftime("%Y%m%dT%H%M%S"))
    L.append(f"SUMMARY:{esc(summary)}")
    if location:
        L.append(f"LOCATION:{esc(location)}")
    if description:
        L.append(f"DESCRIPTION:{esc(description)}")
    oname, oaddr = organizer
    L.append(f'ORGANIZER;CN="{oname}":mailto:{oaddr}')
    for name, addr, role in attendees:
        L.append(f'ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="{name}":mailto:{addr}')
    L.append(f"STATUS:{status}")
    L += list(extra)
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in L) + "\r\n"


def mail(date, frm, subject, text=None, html=None, to=USER_H, cc=None, reply_to=None,
         cte=None, msgid=None, in_reply_to=None, refs=None, extra_headers=(),
         cal=None, cal_method="REQUEST", ics_attach=None, attach_name="invite.ics", outlook=False):
    m = EmailMessage()
    m["Delivered-To"] = USER
    m["Return-Path"] = "<" + frm.split("<")[-1].rstrip(">") + ">"
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    dom = frm.split("@")[-1].rstrip(">")
    m["Message-ID"] = msgid or f"<{date.strftime('%Y%m%d%H%M%S')}.{hashlib.sha1(subject.encode()).hexdigest()[:10]}@{dom}>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = refs or in_reply_to
    for k, v in extra_headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, cte=cte) if cte else m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=cte) if cte else m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html", cte=cte) if cte else m.set_content(html, subtype="html")
    if cal is not None:
        m.add_alternative(cal, subtype="calendar", params={"method": cal_method}, cte="quoted-printable"
                          if outlook else "base64")
    if ics_attach is not None:
        m.add_attachment(ics_attach.encode("utf-8"), maintype="application", subtype="ics",
                         filename=attach_name)
    return m


def case(cid, items, label):
    CASES[cid] = items
    label = dict(label)
    label.setdefault("user", USER)
    order = ["user", "interview", "interviews", "difficulty", "category", "notes", "source"]
    label["source"] = "synthetic"
    label["interview"] = bool(label["interviews"])
    LABELS[cid] = {k: label[k] for k in order}


def iv(company, role, start, end, kind, interviewers, followup=None, status="scheduled"):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers),
            "followup_recipients": list(followup if followup is not None else interviewers),
            "kind": kind}


SIG_HSA = """--
Beatriz Llorente Pastor
Técnica de Selección · Dirección de Recursos Humanos
Hospital Universitario Sierra Alta
Avda. de la Sierra, 112 · 28049 Madrid
Tel. 91 555 01 23 · Ext. 4417
"""

# ---------------------------------------------------------------- 01 body-only
s = dt(2026, 3, 10, 10, 30)
case("b84-01-hospital-entrevista-personal-body-only", [
    ("01-convocatoria-entrevista.eml", mail(
        dt(2026, 3, 4, 12, 14), "Beatriz Llorente Pastor <bllorente@hsierraalta.example>",
        "Convocatoria entrevista – Coordinador/a de Ensayos Clínicos (Ref. UIC-26-07)",
        f"""Estimada Lucía:

Tras revisar su candidatura para el puesto de Coordinador/a de Ensayos Clínicos
de la Unidad de Investigación Clínica (Ref. UIC-26-07), nos complace convocarle
a una entrevista personal el martes 10 de marzo a las 10:30 h.

La entrevista la realizará la Dra. Marta Quiroga Esteban, jefa de la Unidad de
Investigación Clínica (en copia). Le esperamos en la recepción del edificio de
Consultas Externas, planta baja; pregunte por la Unidad de Investigación.

Le rogamos que traiga una copia de su DNI y de su título de Grado en Enfermería.
Si no pudiera asistir, le agradeceríamos que nos lo comunicara respondiendo a
este correo.

Atentamente,

{SIG_HSA}""", cc="Dra. Marta Quiroga Esteban <mquiroga@hsierraalta.example>", cte="quoted-printable")),
], {"interviews": [iv("Hospital Universitario Sierra Alta", "Coordinador/a de Ensayos Clínicos", s, None,
                      "hiring_manager", ["mquiroga@hsierraalta.example"])],
    "difficulty": "easy", "category": "positive/body-only",
    "notes": "Usted-form HR convocation; 'martes 10 de marzo a las 10:30 h' CET; no duration -> end null; HR coordinator is not interviewer."})

# ---------------------------------------------------------------- 02 Spanish ATS + ics
s, e = dt(2026, 3, 19, 16, 0), dt(2026, 3, 19, 16, 45)
cal = ics("REQUEST", "seleccia-iv-88213@seleccia.example", s, e,
          "Entrevista por videollamada – CRA I – Lucía Herrero Vidal",
          ("Iberclin Research vía Seleccia", "no-reply@seleccia.example"),
          [("Jorge Salcedo", "jsalcedo@iberclin.example", "REQ-PARTICIPANT"),
           (USER_NAME, USER, "REQ-PARTICIPANT")], tzid="Europe/Madrid", vtz=vtz_madrid(),
          description="Entrevista técnica con Jorge Salcedo (Lead CRA). Enlace Teams: https://teams.example/l/meetup-join/iberclin-88213",
          location="Microsoft Teams", prodid="-//Seleccia ATS//Agenda 3.2//ES",
          stamp=dt(2026, 3, 12, 9, 2))
case("b84-02-seleccia-ats-videollamada-ics", [
    ("01-seleccia-entrevista-programada.eml", mail(
        dt(2026, 3, 12, 9, 2), "Iberclin Research (Seleccia) <no-reply@seleccia.example>",
        "Iberclin Research: tu entrevista ha sido programada",
        f"""Hola, Lucía:

¡Buenas noticias! El equipo de Iberclin Research quiere conocerte.

Puesto: Clinical Research Associate I (CRA) – Madrid/remoto
Tipo: entrevista por videollamada (Microsoft Teams)
Fecha: {fecha(s)} de 2026
Hora: a las 16.00 (hora peninsular), duración aproximada 45 min
Entrevistador: Jorge Salcedo, Lead CRA

Encontrarás el enlace de conexión en la invitación adjunta. Si necesitas
cambiar la cita, responde a Nerea Ochoa (nerea.ochoa@iberclin.example),
tu persona de contacto en Talent Acquisition.

Un saludo,
El equipo de Seleccia en nombre de Iberclin Research

Este mensaje se ha enviado automáticamente; no respondas a esta dirección.
""",
        html=f"""<html><body style="font-family:Arial"><p>Hola, Lucía:</p>
<p>¡Buenas noticias! El equipo de <b>Iberclin Research</b> quiere conocerte.</p>
<table><tr><td>Puesto</td><td>Clinical Research Associate I (CRA) – Madrid/remoto</td></tr>
<tr><td>Tipo</td><td>entrevista por videollamada (Microsoft Teams)</td></tr>
<tr><td>Fecha</td><td>{fecha(s)} de 2026</td></tr>
<tr><td>Hora</td><td>a las 16.00 (hora peninsular), duración aproximada 45 min</td></tr>
<tr><td>Entrevistador</td><td>Jorge Salcedo, Lead CRA</td></tr></table>
<p>Si necesitas cambiar la cita, responde a Nerea Ochoa
(<a href="mailto:nerea.ochoa@iberclin.example">nerea.ochoa@iberclin.example</a>).</p>
<p>Un saludo,<br>El equipo de Seleccia</p></body></html>""",
        reply_to="Nerea Ochoa <nerea.ochoa@iberclin.example>", cte="quoted-printable",
        ics_attach=cal, attach_name="entrevista.ics")),
], {"interviews": [iv("Iberclin Research", "Clinical Research Associate I (CRA)", s, e, "technical",
                      ["jsalcedo@iberclin.example"])],
    "difficulty": "medium", "category": "positive/ats-ics",
    "notes": "Invented Spanish ATS (Seleccia) no-reply mail + .ics; 'a las 16.00'; recruiter Nerea only coordinates."})

# ---------------------------------------------------------------- 03 Outlook Actualizado across DST
def outlook_invite(date, subj, s, e, seq, body_intro, uid, organizer, attendees, method="REQUEST",
                   status="CONFIRMED", location="Microsoft Teams Meeting"):
    label = "(UTC+01:00) Bruselas, Copenhague, Madrid, París"
    cuando = f"Cuándo: {fecha(s)} de {s.year} {s:%H:%M}-{e:%H:%M} {label}."
    text = f"{cuando}\nDónde: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body_intro}\n"
    cal = ics(method, uid, s, e, subj.split(": ", 1)[-1], organizer, attendees,
              tzid="Romance Standard Time", vtz=vtz_madrid("Romance Standard Time"), seq=seq,
              status=status, description=body_intro, location=location, stamp=date,
              extra=["X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
                     "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                     "X-MICROSOFT-DISALLOW-COUNTER:FALSE"])
    to = ", ".join(f"{n} <{a}>" for n, a, _ in attendees)
    return mail(date, f"{organizer[0]} <{organizer[1]}>", subj, text,
                html="<html><body><p>" + text.replace("\n", "<br>\n") + "</p></body></html>",
                to=to, cte="quoted-printable", cal=cal, cal_method=method, outlook=True,
                extra_headers=[("Thread-Topic", subj.split(": ", 1)[-1]), ("Accept-Language", "es-ES"),
                               ("Content-Language", "es-ES"),
                               ("Content-class", "urn:content-classes:calendarmessage")])


org = ("Íñigo Beltrán Aguirre", "ibeltran@almendrapharma.example")
att = [(USER_NAME, USER, "REQ-PARTICIPANT")]
s0, e0 = dt(2026, 3, 26, 11, 0), dt(2026, 3, 26, 12, 0)
s, e = dt(2026, 3, 31, 11, 0), dt(2026, 3, 31, 12, 0)
case("b84-03-outlook-actualizado-cross-dst", [
    ("01-invitacion-entrevista.eml", outlook_invite(
        dt(2026, 3, 16, 18, 40), "Entrevista Clinical Trial Coordinator – Lucía Herrero", s0, e0, 0,
        "Hola Lucía,\n\nComo hablamos por teléfono, te envío la convocatoria para la entrevista "
        "con el área de Operaciones Clínicas (puesto Clinical Trial Coordinator). Seremos solo tú y yo, "
        "una hora aproximadamente.\n\nUn saludo,\nÍñigo Beltrán\nHead of Clinical Operations Iberia\n"
        "Laboratorios Almendra Pharma · C/ Alcalá 492, 28027 Madrid · +34 91 555 77 10",
        "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6@almendrapharma.example", org, att)),
    ("02-actualizado-entrevista.eml", outlook_invite(
        dt(2026, 3, 24, 9, 5), "Actualizado: Entrevista Clinical Trial Coordinator – Lucía Herrero", s, e, 1,
        "Hola Lucía,\n\nTe pido disculpas: me ha surgido un viaje a un centro el jueves. Muevo la "
        "entrevista al martes 31 a la misma hora (11:00, ya con el horario de verano). "
        "Si no te encaja dímelo y buscamos otro hueco.\n\nUn saludo,\nÍñigo",
        "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6@almendrapharma.example", org, att)),
], {"interviews": [iv("Laboratorios Almendra Pharma", "Clinical Trial Coordinator", s, e, "hiring_manager",
                      ["ibeltran@almendrapharma.example"])],
    "difficulty": "hard", "category": "positive/outlook-reschedule-dst",
    "notes": "Spanish Outlook invite (Romance Standard Time) then 'Actualizado:' SEQUENCE 1 moves it from Thu 26 Mar (+01) to Tue 31 Mar (+02) across EU DST; Outlook still displays '(UTC+01:00)'."})

# ---------------------------------------------------------------- 04 Canary hora canaria
s, e = dt(2026, 4, 15, 9, 30, CAN), dt(2026, 4, 15, 10, 0, CAN)
case("b84-04-canarias-hora-canaria-videollamada", [
    ("01-entrevista-videollamada.eml", mail(
        dt(2026, 4, 9, 13, 22, CAN), "Candelaria Rivero Santana <crivero@hucostaatlantica.example>",
        "Entrevista por videollamada – Enfermera/o de Ensayos Clínicos (Las Palmas)",
        f"""Buenos días, Lucía:

Soy Candelaria Rivero, supervisora de la Unidad de Ensayos Clínicos del
Hospital Universitario Costa Atlántica. Hemos recibido tu CV a través del
portal de empleo y nos gustaría hacerte una entrevista por videollamada.

Te propongo el {fecha(s)} a las 9:30 hora canaria (10:30 hora peninsular,
que entiendo es la tuya en Madrid). Será una conversación de media hora,
conmigo, por Google Meet: https://meet.example/cnr-qwtx-ahp

Te he dejado bloqueado el hueco; si no te viene bien, avísame.

Un saludo y gracias,

Candelaria Rivero Santana
Supervisora de Enfermería · Unidad de Ensayos Clínicos
Hospital Universitario Costa Atlántica
Bco. de la Ballena s/n · 35010 Las Palmas de Gran Canaria
Tel. 928 55 40 12
""", cte="base64")),
], {"interviews": [iv("Hospital Universitario Costa Atlántica", "Enfermera/o de Ensayos Clínicos", s, e,
                      "hiring_manager", ["crivero@hucostaatlantica.example"])],
    "difficulty": "hard", "category": "positive/canary-timezone",
    "notes": "Canary Islands: 9:30 hora canaria = 10:30 hora peninsular (WEST +01:00 in April); base64 body."})

# ---------------------------------------------------------------- 05 thread tú, a mediodía
m1 = "<CAF3x9pQ1-neurovida-001@neurovida.example>"
m2 = "<b2f1a7c3-0d1e-lucia-reply@mail.example>"
s, e = dt(2026, 4, 23, 12, 0), dt(2026, 4, 23, 13, 0)
t1 = """Hola Lucía,

Soy Pablo Ferrer, cofundador de NeuroVida Biotech. Vimos tu candidatura para
Responsable de Operaciones Clínicas y me encantaría charlar contigo con calma
como siguiente paso del proceso.

¿Te viene bien el jueves a mediodía o el viernes a primera hora (9:00)?
Sería en nuestra oficina del Parque Tecnológico de Tres Cantos.

Un abrazo,
Pablo
--
Pablo Ferrer Comas · CEO & cofundador
NeuroVida Biotech S.L. · C/ Ronda de Poniente 8, 28760 Tres Cantos (Madrid)
+34 600 000 481
"""
t2 = """Hola Pablo,

¡Muchas gracias! El jueves a mediodía me viene perfecto.

Un saludo,
Lucía

El lun, 20 abr 2026 a las 17:48, Pablo Ferrer (<pablo@neurovida.example>) escribió:
""" + "".join("> " + l + "\n" for l in t1.splitlines())
t3 = """Genial, Lucía. Quedamos entonces el jueves 23 a las 12:00 en la oficina.
Calcula una hora más o menos; te esperamos en la recepción del edificio B.
Estará también mi socia, Irene Lago (irene@neurovida.example), que lleva la parte regulatoria.

Pablo

El mar, 21 abr 2026 a las 8:02, Lucía Herrero Vidal (<lucia.herrero@mail.example>) escribió:
""" + "".join("> " + l + "\n" for l in t2.splitlines())
case("b84-05-startup-thread-a-mediodia", [
    ("01-pablo-propuesta.eml", mail(dt(2026, 4, 20, 17, 48), "Pablo Ferrer <pablo@neurovida.example>",
                                    "Charla – Responsable de Operaciones Clínicas", t1, msgid=m1)),
    ("02-lucia-respuesta.eml", mail(dt(2026, 4, 21, 8, 2), USER_H,
                                    "Re: Charla – Responsable de Operaciones Clínicas", t2,
                                    to="Pablo Ferrer <pablo@neurovida.example>", msgid=m2, in_reply_to=m1)),
    ("03-pablo-confirma.eml", mail(dt(2026, 4, 21, 9, 15), "Pablo Ferrer <pablo@neurovida.example>",
                                   "Re: Charla – Responsable de Operaciones Clínicas", t3,
                                   cc="Irene Lago <irene@neurovida.example>",
                                   msgid="<CAF3x9pQ1-neurovida-003@neurovida.example>",
                                   in_reply_to=m2, refs=f"{m1} {m2}", cte="quoted-printable")),
], {"interviews": [iv("NeuroVida Biotech", "Responsable de Operaciones Clínicas", s, e, "onsite",
                      ["pablo@neurovida.example", "irene@neurovida.example"])],
    "difficulty": "medium", "category": "positive/thread-confirm",
    "notes": "Founder thread (tú): proposal, user picks 'jueves a mediodía', confirmation jueves 23 abr 12:00 CEST ~1h; two founders -> panel = onsite. Item 02 is the user's own reply (From: owner)."})

# ---------------------------------------------------------------- 06 Outlook Cancelado
org = ("Dr. Álvaro Sanz Villar", "asanz@clinicasvallehermoso.example")
s, e = dt(2026, 4, 8, 17, 0), dt(2026, 4, 8, 17, 45)
uid = "040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5@clinicasvallehermoso.example"
case("b84-06-outlook-cancelado-method-cancel", [
    ("01-invitacion.eml", outlook_invite(
        dt(2026, 3, 30, 10, 12), "Entrevista – Enfermera de Investigación Clínica (L. Herrero)", s, e, 0,
        "Buenos días, Lucía:\n\nLe envío la convocatoria para la entrevista del puesto de Enfermera de "
        "Investigación Clínica. La realizaré yo mismo por Teams.\n\nAtentamente,\nDr. Álvaro Sanz Villar\n"
        "Director de Investigación · Clínicas Vallehermoso\nC/ Vallehermoso 77, 28015 Madrid · 91 555 32 90",
        uid, org, [(USER_NAME, USER, "REQ-PARTICIPANT")])),
    ("02-cancelado.eml", outlook_invite(
        dt(2026, 4, 3, 13, 47), "Cancelado: Entrevista – Enfermera de Investigación Clínica (L. Herrero)", s, e, 1,
        "Estimada Lucía:\n\nLamentablemente la plaza se ha cubierto mediante promoción interna, por lo que "
        "cancelamos la entrevista del miércoles. Le agradecemos su interés y conservaremos su CV.\n\n"
        "Atentamente,\nDr. Álvaro Sanz Villar",
        uid, org, [(USER_NAME, USER, "REQ-PARTICIPANT")], method="CANCEL", status="CANCELLED")),
], {"interviews": [iv("Clínicas Vallehermoso", "Enfermera de Investigación Clínica", s, e, "hiring_manager",
                      ["asanz@clinicasvallehermoso.example"], status="cancelled")],
    "difficulty": "medium", "category": "positive/outlook-cancel",
    "notes": "Spanish Outlook invite then 'Cancelado:' METHOD:CANCEL; keep one cancelled interview at 8 Apr 17:00 CEST."})

# ---------------------------------------------------------------- 07 US CRO, DST gap, cancel by email
s, e = dt(2026, 3, 12, 9, 30, NY), dt(2026, 3, 12, 10, 0, NY)
mad = s.astimezone(MAD)
ma = "<SA1PR04MB-medtria-8841@medtria.example>"
case("b84-07-us-cro-screen-cancelled-dst-gap", [
    ("01-phone-screen.eml", mail(
        dt(2026, 3, 6, 11, 5, NY), "Kayla Brandt <kbrandt@medtria.example>",
        "Phone screen – Study Start-Up Specialist (Spain) – Thu 3/12",
        f"""Hi Lucia,

Thanks for applying to the Study Start-Up Specialist role supporting our Spain
sites. I'd love to set up a quick 30-min phone screen:

  Thu 3/12 @ 9:30a ET ({mad:%-I:%M}p Madrid time - heads up, we switch to
  daylight time this weekend and you don't until the 29th!)

I'll call you at the number on your resume (+34 6xx xxx 215).

Best,
Kayla Brandt
Senior Talent Acquisition Partner | Medtria Clinical
4020 Stirrup Creek Dr, Durham, NC 27703 | +1 (919) 555-0143
""", msgid=ma)),
    ("02-cancel.eml", mail(
        dt(2026, 3, 10, 15, 20, NY), "Kayla Brandt <kbrandt@medtria.example>",
        "RE: Phone screen – Study Start-Up Specialist (Spain) – Thu 3/12",
        """Hi Lucia,

I'm so sorry - I need to cancel Thursday's call. The hiring manager just let me
know the Spain start-up req has been put on hold pending a budget review. I'll
reach out if it reopens.

Best,
Kayla

-----Original Message-----
From: Kayla Brandt <kbrandt@medtria.example>
Sent: Friday, March 6, 2026 11:05 AM
Subject: Phone screen – Study Start-Up Specialist (Spain) – Thu 3/12
""", in_reply_to=ma)),
], {"interviews": [iv("Medtria Clinical", "Study Start-Up Specialist", s, e, "phone_screen",
                      ["kbrandt@medtria.example"], status="cancelled")],
    "difficulty": "hard", "category": "positive/cancel-by-email",
    "notes": "US recruiter 'Thu 3/12 @ 9:30a ET' (EDT, -04:00; US DST already on, EU not: 14:30 Madrid); cancelled by e-mail -> status cancelled."})

# ---------------------------------------------------------------- 08 two interviews
s1, e1 = dt(2026, 3, 5, 9, 15), dt(2026, 3, 5, 9, 45)
s2, e2 = dt(2026, 3, 16, 14, 0), dt(2026, 3, 16, 15, 0)
case("b84-08-boreal-telefonica-y-presencial", [
    ("01-entrevista-telefonica.eml", mail(
        dt(2026, 3, 2, 10, 31), "Marc Puig Soler <marc.puig@farmaboreal.example>",
        "Farmacéutica Boreal – entrevista telefónica",
        f"""Hola Lucía,

Gracias por tu interés en la posición de Clinical Trial Assistant en nuestra
sede de Sant Cugat del Vallès. Me gustaría tener una primera entrevista
telefónica contigo el {fecha(s1)} a las 9:15. Serán unos 30 minutos.

Te llamaré yo al móvil que indicas en el CV.

Un saludo,
Marc Puig Soler
Talent Acquisition · Farmacéutica Boreal
Av. de la Generalitat 150, 08174 Sant Cugat del Vallès · 93 555 20 08
""")),
    ("02-segunda-fase.eml", mail(
        dt(2026, 3, 6, 16, 2), "Marc Puig Soler <marc.puig@farmaboreal.example>",
        "Farmacéutica Boreal – siguiente fase (entrevista personal)",
        f"""Hola de nuevo, Lucía:

¡Enhorabuena! Pasas a la siguiente fase. Te convocamos a una entrevista
personal el {fecha(s2)} a las 14h en nuestras oficinas de Sant Cugat con
Núria Vidal Roca (Clinical Operations Manager, nuria.vidal@farmaboreal.example).
Duración prevista: 1 hora.

Si vienes desde Madrid, podemos reembolsarte el AVE; guarda los billetes.

Un saludo,
Marc
""", cc="Núria Vidal Roca <nuria.vidal@farmaboreal.example>", cte="quoted-printable")),
], {"interviews": [
    iv("Farmacéutica Boreal", "Clinical Trial Assistant", s1, e1, "phone_screen", ["marc.puig@farmaboreal.example"]),
    iv("Farmacéutica Boreal", "Clinical Trial Assistant", s2, e2, "hiring_manager", ["nuria.vidal@farmaboreal.example"])],
    "difficulty": "medium", "category": "positive/two-interviews",
    "notes": "Phone screen (recruiter conducts) then in-person second round '14h', both CET."})

# ---------------------------------------------------------------- 09 onsite itinerary HTML only
s, e = dt(2026, 4, 22, 9, 30), dt(2026, 4, 22, 12, 45)
rows = [("9:30 – 10:15", "Dra. Elena Cuesta Marín", "Investigadora principal, Oncología Médica", "ecuesta@fibriotajo.example"),
        ("10:15 – 11:00", "Rubén Alcalde Gil", "Coordinador de la Unidad de Ensayos", "ralcalde@fibriotajo.example"),
        ("11:00 – 11:30", "Visita a la unidad", "con Rubén Alcalde", ""),
        ("11:30 – 12:00", "Pausa / café", "", ""),
        ("12:00 – 12:45", "Inés Galiano Prieto", "Recursos Humanos", "igaliano@fibriotajo.example")]
tr = "\n".join(f"<tr><td>{a}</td><td><b>{b}</b><br>{c}" + (f' – <a href="mailto:{d}">{d}</a>' if d else "")
               + "</td></tr>" for a, b, c, d in rows)
case("b84-09-fundacion-jornada-seleccion-html", [
    ("01-itinerario-jornada.eml", mail(
        dt(2026, 4, 14, 11, 40), "Patricia Roldán <proldan@fibriotajo.example>",
        "Itinerario – jornada de entrevistas Study Coordinator Oncología (22/04)",
        html=f"""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif">
<p>Estimada Lucía:</p>
<p>Le confirmamos su jornada de entrevistas para el puesto de <b>Study Coordinator – Oncología</b>
en la Fundación para la Investigación Biomédica Río Tajo el <b>{fecha(s)}</b>. Le esperamos a las
9:20 en la recepción del Pabellón 3 (C/ Doctor Esquerdo 210, Madrid).</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Hora</th><th>Con</th></tr>
{tr}
</table>
<p>Yo no estaré en las entrevistas, pero puede escribirme para cualquier cuestión logística.</p>
<p>Atentamente,<br>Patricia Roldán<br>Secretaría Técnica · FIB Río Tajo<br>Tel. 91 555 86 00</p>
</body></html>""", cte="quoted-printable")),
], {"interviews": [iv("Fundación para la Investigación Biomédica Río Tajo", "Study Coordinator – Oncología",
                      s, e, "onsite", ["ecuesta@fibriotajo.example", "ralcalde@fibriotajo.example",
                                        "igaliano@fibriotajo.example"])],
    "difficulty": "hard", "category": "positive/onsite-itinerary",
    "notes": "HTML-only itinerary table, one day 9:30-12:45 CEST with tour and break -> one onsite; coordinator not an interviewer."})

# ---------------------------------------------------------------- 10 RV: from ETT
s = dt(2026, 3, 27, 16, 0)
case("b84-10-rv-ett-reenvio-cliente", [
    ("01-rv-confirmacion-entrevista.eml", mail(
        dt(2026, 3, 25, 12, 3), "Rocío Marín Ferri <rmarin@levantinaett.example>",
        "RV: Confirmación entrevista candidata – Técnico/a de Farmacovigilancia",
        """Hola Lucía:

Te reenvío la confirmación del cliente. Acuérdate de llevar el DNI, que en
Biofarma Turia te piden registrarte en la garita de acceso. Cualquier cosa me
dices.

Un saludo,
Rocío

Rocío Marín Ferri
Consultora de Selección · Levantina ETT – Delegación Valencia
C/ Colón 44, 3º · 46004 Valencia · Tel. 96 355 12 70 · Móvil 655 000 318

________________________________
De: Vicente Llopis Gomis <vllopis@biofarmaturia.example>
Enviado: miércoles, 25 de marzo de 2026 11:41
Para: Rocío Marín Ferri <rmarin@levantinaett.example>
Asunto: Confirmación entrevista candidata – Técnico/a de Farmacovigilancia

Buenos días, Rocío:

Confirmamos la entrevista con la candidata Lucía Herrero Vidal para la
vacante de Técnico/a de Farmacovigilancia el viernes 27 de marzo a las 16.00
en nuestras instalaciones del Parque Tecnológico de Paterna (Av. Benjamin
Franklin 31). La entrevista la haré yo.

Saludos,
Vicente Llopis
Responsable de Farmacovigilancia · Biofarma Turia S.A.
""", cte="quoted-printable")),
], {"interviews": [iv("Biofarma Turia", "Técnico/a de Farmacovigilancia", s, None, "hiring_manager",
                      ["vllopis@biofarmaturia.example"])],
    "difficulty": "hard", "category": "positive/forwarded-ett",
    "notes": "Temp agency consultant forwards ('RV:') the client's confirmation; company is the client, not the ETT; '27 de marzo a las 16.00' CET (before DST); no duration."})

# ---------------------------------------------------------------- 11 gcal json + email (London)
s, e = dt(2026, 4, 28, 14, 0, LON), dt(2026, 4, 28, 15, 0, LON)
ev = {
    "kind": "calendar#event", "etag": "\"3519027744000000\"", "id": "harlow7k2mq0c1interview",
    "status": "confirmed",
    "htmlLink": "https://calendar.example/event?eid=aGFybG93N2sybXEwYzFpbnRlcnZpZXc",
    "created": "2026-04-20T09:14:00.000Z", "updated": "2026-04-20T09:16:12.331Z",
    "summary": "Lucía Herrero <> Harlow Bioscience – Clinical Trial Manager (Spain)",
    "description": "Interview with Fiona Gallagher, Head of Clinical Operations EU. Tom will not join.",
    "creator": {"email": "tom.pryce@harlowbio.example", "displayName": "Tom Pryce"},
    "organizer": {"email": "tom.pryce@harlowbio.example", "displayName": "Tom Pryce"},
    "start": {"dateTime": iso(s), "timeZone": "Europe/London"},
    "end": {"dateTime": iso(e), "timeZone": "Europe/London"},
    "iCalUID": "harlow7k2mq0c1interview@google.com", "sequence": 0,
    "attendees": [
        {"email": "tom.pryce@harlowbio.example", "displayName": "Tom Pryce", "organizer": True, "responseStatus": "accepted"},
        {"email": "fiona.gallagher@harlowbio.example", "displayName": "Fiona Gallagher", "responseStatus": "accepted"},
        {"email": USER, "self": True, "responseStatus": "needsAction"}],
    "hangoutLink": "https://meet.example/hbx-trwq-ple",
    "reminders": {"useDefault": True}, "eventType": "default"}
case("b84-11-uk-biotech-email-and-gcal-json", [
    ("01-tom-invite-note.eml", mail(
        dt(2026, 4, 20, 10, 12, LON), "Tom Pryce <tom.pryce@harlowbio.example>",
        "Next step – Clinical Trial Manager (Spain)",
        """Hola Lucía (that's about the extent of my Spanish!),

Lovely to speak earlier. As discussed, I've put a video interview with Fiona
Gallagher, our Head of Clinical Operations EU, in the diary for Tuesday 28th
April at 2pm UK time - that's 3pm for you in Madrid. It'll be an hour.

You should have a calendar invite from me now.

Cheers,
Tom

Tom Pryce | Talent Partner | Harlow Bioscience Ltd
7 Station Road, Cambridge CB1 2JH | +44 1223 555 0190
""")),
    ("02-calendar-event.gcal.json", ev),
], {"interviews": [iv("Harlow Bioscience", "Clinical Trial Manager (Spain)", s, e, "hiring_manager",
                      ["fiona.gallagher@harlowbio.example"])],
    "difficulty": "medium", "category": "positive/gcal-json-dedupe",
    "notes": "English recruiter mail + Calendar API event of the same interview (BST 14:00 = 15:00 Madrid) -> one."})

# ---------------------------------------------------------------- 12 Dublin base64 + UTC ics
s, e = dt(2026, 3, 24, 10, 30, DUB), dt(2026, 3, 24, 11, 15, DUB)
cal = ics("REQUEST", "zm-83561204977-corrib@zoom.example", s, e,
          "Corrib Clinical – interview – Senior Clinical Trial Coordinator", ("Ciara Byrne", "cbyrne@corribclinical.example"),
          [("Siobhán Kelly", "skelly@corribclinical.example", "REQ-PARTICIPANT"), (USER_NAME, USER, "REQ-PARTICIPANT")],
          utc=True, description="Join Zoom Meeting https://zoom.example/j/83561204977?pwd=Qm9yaWI",
          location="https://zoom.example/j/83561204977", prodid="-//Zoom Video Communications//EN",
          stamp=dt(2026, 3, 17, 14, 2, DUB))
case("b84-12-dublin-cro-half-past-ten-zoom", [
    ("01-interview-invitation.eml", mail(
        dt(2026, 3, 17, 14, 2, DUB), "Ciara Byrne <cbyrne@corribclinical.example>",
        "Interview invitation: Senior Clinical Trial Coordinator (Madrid site network)",
        """Dear Lucía,

Thank you for your application. We would like to invite you to a video
interview with Siobhán Kelly, Associate Director of Site Management, on
Tuesday 24 March at half past ten Irish time (half eleven in Madrid). Please
allow 45 minutes. A Zoom invitation is attached.

Kind regards,
Ciara Byrne
Recruitment Coordinator, Corrib Clinical Research
Block C, Harbour Point, Galway H91 X2Y3, Ireland | +353 91 555 0177
""", cc="Siobhán Kelly <skelly@corribclinical.example>", cte="base64", ics_attach=cal, attach_name="zoom.ics")),
], {"interviews": [iv("Corrib Clinical Research", "Senior Clinical Trial Coordinator", s, e, "hiring_manager",
                      ["skelly@corribclinical.example"])],
    "difficulty": "medium", "category": "positive/english-zoom-ics",
    "notes": "Irish CRO, base64 body, 'half past ten Irish time' (GMT, +00:00 before 29 Mar) + Zoom .ics in UTC."})

# ---------------------------------------------------------------- 13 scheduling vendor booking DST Monday
s, e = dt(2026, 3, 30, 9, 0), dt(2026, 3, 30, 9, 30)
cal = ics("REQUEST", "agendio-bk-5521907@agendio.example", s, e,
          "Entrevista telefónica – Nexalab Diagnósticos (Carmen Ibáñez)",
          ("Carmen Ibáñez", "carmen.ibanez@nexalab.example"),
          [(USER_NAME, USER, "REQ-PARTICIPANT")], tzid="Europe/Madrid", vtz=vtz_madrid(),
          description="Reservado a través de Agendio. Carmen te llamará al +34 6xx xxx 215.",
          location="Llamada telefónica", prodid="-//Agendio//Reservas 2.0//ES", stamp=dt(2026, 3, 27, 19, 31))
case("b84-13-agendio-booking-monday-after-dst", [
    ("01-reserva-confirmada.eml", mail(
        dt(2026, 3, 27, 19, 31), "Agendio <reservas@agendio.example>",
        "Confirmada: Entrevista telefónica con Carmen Ibáñez – lun 30 mar, 9:00",
        f"""¡Hola, Lucía!

Tu reserva está confirmada.

Qué: Entrevista telefónica (30 min) – Técnico/a de Ensayos Clínicos
Con: Carmen Ibáñez · Nexalab Diagnósticos
Cuándo: {fecha(s)} de 2026 · 9:00 – 9:30 (hora de Madrid, CEST)
Dónde: Carmen te llamará al teléfono que has indicado.

Recuerda: la madrugada del domingo 29 los relojes se adelantan una hora.

¿Necesitas cambiar algo? Reprograma o cancela: https://agendio.example/r/5521907

Agendio – la agenda sencilla
""", html=f"""<html><body><h2>Tu reserva está confirmada</h2>
<p><b>Entrevista telefónica (30 min)</b> – Técnico/a de Ensayos Clínicos<br>
Con Carmen Ibáñez · Nexalab Diagnósticos<br>
{fecha(s)} de 2026 · 9:00 – 9:30 (hora de Madrid, CEST)</p>
<p><a href="https://agendio.example/r/5521907">Reprogramar o cancelar</a></p></body></html>""",
        reply_to="Carmen Ibáñez <carmen.ibanez@nexalab.example>", cte="quoted-printable",
        ics_attach=cal, attach_name="reserva.ics")),
], {"interviews": [iv("Nexalab Diagnósticos", "Técnico/a de Ensayos Clínicos", s, e, "phone_screen",
                      ["carmen.ibanez@nexalab.example"])],
    "difficulty": "medium", "category": "positive/scheduling-vendor",
    "notes": "Invented booking vendor; booked Friday (+01:00) for Monday after DST change -> +02:00."})

# ================================================================ NEGATIVES
s, e = dt(2026, 3, 18, 11, 20), dt(2026, 3, 18, 11, 40)
cal = ics("PUBLISH", "cita-28-0917-5531@citaprevia-empleo.example", s, e,
          "Cita previa – Oficina de Empleo Madrid-Chamberí", ("Cita Previa Empleo", "no-responder@citaprevia-empleo.example"),
          [(USER_NAME, USER, "REQ-PARTICIPANT")], tzid="Europe/Madrid", vtz=vtz_madrid(),
          location="Oficina de Empleo Madrid-Chamberí, C/ Modesto Lafuente 33", prodid="-//Cita Previa//ES",
          stamp=dt(2026, 3, 9, 8, 55))
case("b84-14-neg-oficina-empleo-cita-previa", [
    ("01-cita-previa.eml", mail(
        dt(2026, 3, 9, 8, 55), "Cita Previa Empleo <no-responder@citaprevia-empleo.example>",
        "Confirmación de cita previa – entrevista con su tutor/a de empleo",
        f"""Estimado/a usuario/a:

Le confirmamos su cita previa en la Oficina de Empleo Madrid-Chamberí:

  Trámite: Entrevista ocupacional / renovación del itinerario de inserción
  Fecha: {fecha(s)} de 2026
  Hora: 11:20
  Localizador: 28-0917-5531

Deberá aportar DNI/NIE y su documento de demanda de empleo. La no comparecencia
sin causa justificada puede dar lugar a la baja en la demanda.

Atentamente,
Servicio Público de Empleo
Este correo es automático; no responda a este mensaje.
""", cte="quoted-printable", ics_attach=cal, attach_name="cita.ics")),
], {"interviews": [], "difficulty": "hard", "category": "negative/employment-office",
    "notes": "Public employment office appointment ('entrevista ocupacional' with a tutor) – not a job interview."})

s, e = dt(2026, 4, 7, 8, 40), dt(2026, 4, 7, 8, 50)
cal = ics("PUBLISH", "cs-cita-774120@saludmadrid-citas.example", s, e, "Cita médica – Medicina de Familia",
          ("Cita Sanitaria", "citas@saludmadrid-citas.example"), [(USER_NAME, USER, "REQ-PARTICIPANT")],
          tzid="Europe/Madrid", vtz=vtz_madrid(), location="Centro de Salud Guzmán el Bueno, consulta 12",
          prodid="-//Citas Sanitarias//ES", stamp=dt(2026, 4, 1, 20, 0))
case("b84-15-neg-cita-medica", [
    ("01-recordatorio-cita.eml", mail(
        dt(2026, 4, 1, 20, 0), "Cita Sanitaria <citas@saludmadrid-citas.example>",
        "Recordatorio: tiene una cita médica el martes 7 de abril",
        """Le recordamos su cita:

Profesional: Dr. Fernando Ayala (Medicina de Familia)
Fecha y hora: martes 7 de abril de 2026, 8:40
Centro: Centro de Salud Guzmán el Bueno – consulta 12

Si no puede acudir, anule la cita para que otra persona pueda utilizarla.
""", ics_attach=cal, attach_name="cita.ics")),
], {"interviews": [], "difficulty": "easy", "category": "negative/medical",
    "notes": "GP appointment reminder with .ics."})

org = ("Mercedes Ortún Blanco", "mortun@hsanlazaro.example")
s, e = dt(2026, 3, 25, 13, 0), dt(2026, 3, 25, 13, 45)
case("b84-16-neg-revision-anual-trabajo-actual", [
    ("01-revision-anual.eml", outlook_invite(
        dt(2026, 3, 11, 9, 30), "Revisión anual de desempeño – Lucía Herrero", s, e, 0,
        "Hola Lucía:\n\nTe convoco a la entrevista de evaluación anual (revisión de objetivos 2025 y "
        "plan de desarrollo 2026). Trae rellenado el formulario de autoevaluación.\n\nUn saludo,\n"
        "Mercedes Ortún\nSupervisora de Área · Unidad de Hospitalización 5B\nHospital San Lázaro de Madrid",
        "040000008200E00074C5B7101A82E0080000000099AA77@hsanlazaro.example", org,
        [(USER_NAME, "lherrero@hsanlazaro.example", "REQ-PARTICIPANT")], location="Despacho de Supervisión 5B")),
], {"interviews": [], "difficulty": "hard", "category": "negative/performance-review",
    "notes": "Annual review at the CURRENT employer ('entrevista de evaluación anual'), Outlook invite; not a hiring process. Delivered-To the owner (forwarding from work address)."})

case("b84-17-neg-rechazo-no-seleccionada", [
    ("01-resolucion-proceso.eml", mail(
        dt(2026, 3, 20, 10, 5), "Iberclin Research (Seleccia) <no-reply@seleccia.example>",
        "Actualización de tu candidatura – Clinical Research Associate I (CRA)",
        """Hola, Lucía:

Gracias por tu tiempo en la entrevista por videollamada del jueves 19 de marzo
con nuestro equipo. Tras valorar todas las candidaturas, lamentamos
comunicarte que en esta ocasión no has sido seleccionada para continuar en el
proceso.

Guardaremos tu perfil para futuras vacantes y te animamos a seguir nuestras
ofertas.

Un saludo,
Equipo de Talent Acquisition · Iberclin Research
""", html="""<html><body><p>Hola, Lucía:</p><p>Gracias por tu tiempo en la entrevista por videollamada
del jueves 19 de marzo. Lamentamos comunicarte que en esta ocasión <b>no has sido seleccionada</b>
para continuar en el proceso.</p><p>Un saludo,<br>Equipo de Talent Acquisition · Iberclin Research</p></body></html>""")),
], {"interviews": [], "difficulty": "medium", "category": "negative/rejection",
    "notes": "Rejection that mentions a past interview date and time words."})

s, e = dt(2026, 4, 18, 10, 0), dt(2026, 4, 18, 14, 0)
cal = ics("PUBLISH", "jpa-2026-cdi@centroinvestigacion-iberica.example", s, e,
          "Jornada de puertas abiertas – Centro de Desarrollo e Investigación Ibérica",
          ("Employer Branding CDI", "eventos@centroinvestigacion-iberica.example"), [],
          tzid="Europe/Madrid", vtz=vtz_madrid(), location="Campus CDI, C/ Faraday 7, 28049 Madrid",
          prodid="-//Eventbrite-like//ES", stamp=dt(2026, 4, 6, 12, 0))
case("b84-18-neg-jornada-puertas-abiertas", [
    ("01-inscripcion-jornada.eml", mail(
        dt(2026, 4, 6, 12, 0), "Eventos CDI <eventos@centroinvestigacion-iberica.example>",
        "Inscripción confirmada: Jornada de puertas abiertas – ¡Únete a Investigación Clínica!",
        """¡Hola, Lucía!

Tu plaza para la Jornada de puertas abiertas del sábado 18 de abril (10:00 a
14:00) está confirmada.

Programa:
 10:00 Bienvenida y presentación de las vacantes de Investigación Clínica
 11:00 Visita a los laboratorios y a la unidad de fase I
 12:30 Mesa redonda: "Cómo es un proceso de selección en CDI" + consejos para
       tu entrevista
 13:30 Networking con el equipo (trae tu CV)

No es necesario traer nada más. ¡Te esperamos!
""", cte="quoted-printable", ics_attach=cal, attach_name="jornada.ics")),
], {"interviews": [], "difficulty": "hard", "category": "negative/open-day",
    "notes": "Employer open day with .ics, mentions selection process/interview tips/CV; an event, not an interview."})

case("b84-19-neg-portal-alerta-ofertas", [
    ("01-alerta.eml", mail(
        dt(2026, 3, 3, 7, 30), "TrabajaYa <alertas@trabajaya.example>",
        "5 nuevas ofertas para «coordinador ensayos clínicos» en Madrid",
        """Hola Lucía, estas ofertas encajan con tu alerta:

• Coordinador/a de Ensayos Clínicos – Hospital (Madrid) · Entrevista inmediata
• Study Coordinator – CRO internacional (remoto) · Proceso: 2 entrevistas
• CRA junior – Laboratorio farmacéutico (Alcobendas) · Incorporación inmediata
• Data Manager Clínico – (Barcelona) · Videoentrevista
• Enfermera/o de investigación – (Las Palmas) · Entrevista por videollamada

Ver todas: https://trabajaya.example/alertas/88213

Para darte de baja de esta alerta, entra en tu área de candidato.
""", html="""<html><body><h3>5 nuevas ofertas para tu alerta</h3><ul>
<li>Coordinador/a de Ensayos Clínicos – Hospital (Madrid) · <b>Entrevista inmediata</b></li>
<li>Study Coordinator – CRO internacional (remoto) · Proceso: 2 entrevistas</li>
<li>CRA junior – Laboratorio farmacéutico (Alcobendas)</li>
<li>Data Manager Clínico – (Barcelona) · Videoentrevista</li>
<li>Enfermera/o de investigación – (Las Palmas) · Entrevista por videollamada</li></ul></body></html>""")),
], {"interviews": [], "difficulty": "easy", "category": "negative/job-alert",
    "notes": "Invented InfoJobs-like job board alert using 'entrevista' words."})

case("b84-20-neg-disponibilidad-enlace-sin-reservar", [
    ("01-disponibilidad.eml", mail(
        dt(2026, 4, 13, 16, 45), "Sergio Camacho <sergio.camacho@ondaclinica.example>",
        "Ondaclínica CRO – ¿disponibilidad para una entrevista?",
        """Hola Lucía:

Gracias por inscribirte en la oferta de Clinical Project Assistant. Nos
gustaría tener una primera entrevista por videollamada la semana que viene.

¿Me dices qué disponibilidad tienes? Si te resulta más cómodo, puedes
reservar directamente un hueco aquí: https://agendio.example/sergio-camacho/30min

Un saludo,
Sergio Camacho · Talent Acquisition · Ondaclínica CRO
Tel. 91 555 44 02
""")),
], {"interviews": [], "difficulty": "medium", "category": "negative/availability-request",
    "notes": "Availability request with unbooked scheduling link; nothing scheduled."})

org = ("Lucía Herrero Vidal", "lherrero@hsanlazaro.example")
s, e = dt(2026, 4, 2, 9, 0), dt(2026, 4, 2, 10, 30)
case("b84-21-neg-visita-seleccion-paciente-ensayo", [
    ("01-visita-screening.eml", outlook_invite(
        dt(2026, 3, 27, 14, 10), "Visita de selección (screening) – ONCO-2231 – candidato 014", s, e, 0,
        "Visita de selección del paciente candidato 014 (ensayo ONCO-2231): entrevista clínica, "
        "consentimiento informado, analítica y ECG. Dra. Paredes valida criterios de inclusión al final.\n\n"
        "Lucía Herrero · Coordinación de Ensayos · H. San Lázaro",
        "040000008200E00074C5B7101A82E00800000000ONCO2231014@hsanlazaro.example", org,
        [("Dra. Inés Paredes", "iparedes@hsanlazaro.example", "REQ-PARTICIPANT"),
         (USER_NAME, USER, "OPT-PARTICIPANT")], location="Unidad de Ensayos, consulta 3")),
], {"interviews": [], "difficulty": "hard", "category": "negative/user-conducts-screening",
    "notes": "Owner (work account) organizes a clinical-trial patient screening visit with a 'candidato'; she is not a job candidate."})

case("b84-22-neg-entrevista-en-diferido", [
    ("01-videoentrevista-diferido.eml", mail(
        dt(2026, 4, 14, 9, 0), "Vidcruit para Laboratorios Quimera <invitaciones@vidcruit.example>",
        "Laboratorios Quimera te invita a una videoentrevista en diferido",
        """Hola Lucía:

Laboratorios Quimera quiere conocerte mejor para la posición de Medical
Science Liaison Junior. Te invitamos a completar una entrevista en diferido:
responderás a 5 preguntas grabando tu respuesta en vídeo (2 minutos cada una).

Puedes hacerla cuando quieras antes del lunes 20 de abril a las 23:59.

Empezar: https://vidcruit.example/i/qmr-7741

¡Mucha suerte!
El equipo de Vidcruit
""", html="""<html><body><p>Hola Lucía:</p><p>Laboratorios Quimera te invita a una <b>entrevista en
diferido</b> (5 preguntas, vídeo grabado). Hazla antes del <b>lunes 20 de abril a las 23:59</b>.</p>
<p><a href="https://vidcruit.example/i/qmr-7741">Empezar</a></p></body></html>""")),
], {"interviews": [], "difficulty": "medium", "category": "negative/one-way-video",
    "notes": "One-way recorded video interview with a deadline; not a live conversation."})


def main():
    for p in HERE.iterdir():
        if p.is_dir() and p.name.startswith("b84-"):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        d = HERE / cid
        d.mkdir()
        for name, obj in items:
            if name.endswith(".eml"):
                for i, part in enumerate(obj.walk()):
                    if part.is_multipart():
                        h = hashlib.sha1(f"{cid}/{name}/{i}".encode()).hexdigest()[:24]
                        part.set_boundary(f"----=_Part_{i}_{h}")
                (d / name).write_bytes(obj.as_bytes())
            elif name.endswith(".json"):
                (d / name).write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            elif name.endswith(".ics"):
                (d / name).write_bytes(obj.encode("utf-8"))
    with open(HERE / "labels.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(LABELS, f, allow_unicode=True, sort_keys=False, width=100)


if __name__ == "__main__":
    main()
