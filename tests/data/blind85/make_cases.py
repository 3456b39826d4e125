#!/usr/bin/env python3
"""Deterministic generator for the blind85 interview-detection set.

Rewrites every case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All people, companies and domains are invented.
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
UTC = ZoneInfo("UTC")
JRZ = ZoneInfo("America/Ciudad_Juarez")
TIJ = ZoneInfo("America/Tijuana")
MTY = ZoneInfo("America/Monterrey")
CUU = ZoneInfo("America/Chihuahua")
PHX = ZoneInfo("America/Phoenix")
DEN = ZoneInfo("America/Denver")
CHI = ZoneInfo("America/Chicago")
BER = ZoneInfo("Europe/Berlin")

OWNER = "rosalba.quintana@mail.example"
OWNER_NAME = "Rosalba Quintana Ledezma"
OWNER_SIG = ("Rosalba Quintana Ledezma\nIngeniera de Calidad | CQE, Six Sigma Green Belt\n"
             "Cel. +52 656 555 0142 / US +1 915 555 0187\nCd. Juárez, Chih. / El Paso, TX")

CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


def T(tz, y, mo, d, h=0, mi=0, wd=None):
    dt = datetime(y, mo, d, h, mi, tzinfo=tz)
    if wd is not None:
        assert dt.strftime("%a") == wd, (dt, wd)
    return dt


def iso(dt):
    return dt.isoformat() if dt is not None else None


def utcstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def fold(line):
    """RFC 5545 folding at 75 octets."""
    out, cur = [], b""
    for ch in line:
        b = ch.encode("utf-8")
        limit = 75 if not out else 74
        if len(cur) + len(b) > limit:
            out.append(cur)
            cur = b""
        cur += b
    out.append(cur)
    return "\r\n ".join(x.decode("utf-8") for x in out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


VTZ = {
    "America/Ciudad_Juarez": ["BEGIN:VTIMEZONE", "TZID:America/Ciudad_Juarez", "X-LIC-LOCATION:America/Ciudad_Juarez",
                              "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0600", "TZNAME:MDT",
                              "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
                              "BEGIN:STANDARD", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0700", "TZNAME:MST",
                              "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
                              "END:VTIMEZONE"],
    "America/Tijuana": ["BEGIN:VTIMEZONE", "TZID:America/Tijuana", "X-LIC-LOCATION:America/Tijuana",
                        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT",
                        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
                        "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "TZNAME:PST",
                        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
                        "END:VTIMEZONE"],
    "America/Phoenix": ["BEGIN:VTIMEZONE", "TZID:America/Phoenix", "X-LIC-LOCATION:America/Phoenix",
                        "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0700", "TZNAME:MST",
                        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Central Standard Time (Mexico)": ["BEGIN:VTIMEZONE", "TZID:Central Standard Time (Mexico)",
                                       "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:-0600",
                                       "TZOFFSETTO:-0600", "END:STANDARD", "END:VTIMEZONE"],
    "Mountain Standard Time": ["BEGIN:VTIMEZONE", "TZID:Mountain Standard Time",
                               "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0600",
                               "TZOFFSETTO:-0700", "RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
                               "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0700",
                               "TZOFFSETTO:-0600", "RRULE:FREQ=YEARLY;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
                               "END:VTIMEZONE"],
}


def vcal(method, events, prodid="-//Invented Calendar//ES", tzids=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    for t in tzids:
        lines += VTZ[t]
    for ev in events:
        lines += ["BEGIN:VEVENT"] + ev + ["END:VEVENT"]
    lines.append("END:VCALENDAR")
    return ics(lines)


def att(email, name, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True):
    return (f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={"TRUE" if rsvp else "FALSE"};'
            f'CN="{name}":mailto:{email}')


def mail(date, frm, to, subject, text=None, html=None, cc=None, reply_to=None, msgid=None,
         in_reply_to=None, references=None, cte=None, html_cte=None, extra=None, received_host=None):
    m = EmailMessage()
    m["Delivered-To"] = OWNER
    if received_host:
        m["Received"] = (f"from {received_host} by mx.mail.example with ESMTPS id {hashlib.sha1(subject.encode()).hexdigest()[:12]}"
                         f" for <{OWNER}>; {format_datetime(date)}")
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid or f"<{date.astimezone(UTC).strftime('%Y%m%d%H%M%S')}.{len(subject)}@{frm.split('@')[-1].rstrip('>')}>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in (extra or []):
        m[k] = v
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, cte=cte) if cte else m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte) if html_cte else m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte) if html_cte else m.set_content(html, subtype="html")
    return m


def add_cal(m, ical, method="REQUEST", attach_name=None, inline=True):
    if inline:
        m.add_alternative(ical, subtype="calendar", params={"method": method}, cte="base64")
    if attach_name:
        m.add_attachment(ical.encode("utf-8"), maintype="application", subtype="ics", filename=attach_name)
    return m


def put(case, fname, data):
    if isinstance(data, EmailMessage):
        for i, part in enumerate(data.walk()):  # deterministic MIME boundaries
            if part.is_multipart():
                part.set_boundary("=_b85_" + hashlib.sha1(f"{case}/{fname}/{i}".encode()).hexdigest()[:24])
        data = data.as_bytes(policy=POLICY)
    elif isinstance(data, str):
        data = data.encode("utf-8")
    CASES.setdefault(case, []).append((fname, data))


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind}


def label(case, interviews, difficulty, category, notes):
    LABELS[case] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                    "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


# ---------------------------------------------------------------------------------------------
# POSITIVES
# ---------------------------------------------------------------------------------------------

def case01():
    c = "b85-01-agency-client-interview-manana-hora-juarez"
    d = T(JRZ, 2026, 3, 3, 17, 42, "Tue")
    st = T(JRZ, 2026, 3, 4, 9, 0, "Wed")
    text = f"""Hola Rosalba, buenas tardes.

Te confirmo que el cliente ya revisó tu CV y le interesó mucho tu experiencia con PPAP y
auditorías VDA 6.3. Te agendé la entrevista con el Ing. Héctor Villalobos, Gerente de Calidad
de Componentes Médicos Paso Norte, para mañana miércoles a las 9 de la mañana hora de Juárez.

Es presencial, en planta:
  Blvd. Independencia 8120, Parque Industrial Las Torres, Cd. Juárez, Chih.
  Preguntar en caseta por Recursos Humanos; lleva identificación oficial.

La entrevista dura aproximadamente una hora. La vacante es Ingeniero(a) de Calidad de Proveedores.
Te copio al Ing. Villalobos (hvillalobos@cmpasonorte.example) por si necesita contactarte
directamente. Cualquier cosa me marcas.

Saludos y mucho éxito!

Marisol Cárdenas Robles
Reclutadora Sr. | Enlace Talento Norte
Tel. oficina +52 656 555 0310 ext. 114 | WhatsApp +52 656 555 0377
Av. Tecnológico 1550, Local 7, Cd. Juárez, Chih. C.P. 32500
"""
    m = mail(d, "Marisol Cárdenas <marisol.cardenas@enlacetalento.example>", f"{OWNER_NAME} <{OWNER}>",
             "Entrevista con cliente - Ing. Calidad Proveedores / confirmada", text,
             cc="Héctor Villalobos <hvillalobos@cmpasonorte.example>", cte="quoted-printable",
             received_host="smtp.enlacetalento.example")
    put(c, "01-confirmacion-entrevista-cliente.eml", m)
    label(c, [iv("Componentes Médicos Paso Norte", "Ingeniero(a) de Calidad de Proveedores", st,
                 st + timedelta(hours=1), "scheduled", ["hvillalobos@cmpasonorte.example"],
                 ["hvillalobos@cmpasonorte.example"], "hiring_manager")],
          "medium", "positive/agency-email-body-only",
          "Staffing agency books an in-person interview with the client's quality manager; 'mañana' resolved "
          "against Tue Mar 3 (Juárez MST, before US DST). Agency recruiter only coordinates.")


def case02():
    c = "b85-02-texas-plant-thread-3pm-central-2pm-elpaso"
    d1 = T(CHI, 2026, 4, 13, 9, 5, "Mon")
    d2 = T(DEN, 2026, 4, 13, 12, 31, "Mon")
    d3 = T(CHI, 2026, 4, 13, 14, 10, "Mon")
    st = T(CHI, 2026, 4, 16, 15, 0, "Thu")
    rec = "Kayla Brennan <kbrennan@lonemesa-aero.example>"
    id1, id2 = "<CAK1lm0413a@lonemesa-aero.example>", "<CAF9rq0413b@mail.example>"
    t1 = """Hi Rosalba,

Thanks for applying to the Quality Engineer II opening at our Waco, TX plant. I'd like to set up a
30-minute phone screen to walk through your background and the role (AS9100, first article
inspection, supplier quality).

Would either of these work?
  - Wed 4/15 at 10am Central
  - Thu 4/16 at 3pm Central (2pm El Paso)

Best,
Kayla Brennan
Talent Acquisition Partner | Lone Mesa Aerostructures
(254) 555-0148 | 4100 Industrial Pkwy, Waco, TX 76705
"""
    put(c, "01-recruiter-proposes-times.eml",
        mail(d1, rec, OWNER, "Quality Engineer II - phone screen", t1, msgid=id1))
    t2 = f"""Hi Kayla,

Thank you! Thursday at 3pm Central works great for me (2pm here in El Paso). The best number
to reach me is +1 915 555 0187.

Regards,
{OWNER_SIG}

On Mon, Apr 13, 2026 at 9:05 AM Kayla Brennan <kbrennan@lonemesa-aero.example> wrote:
""" + "".join("> " + l + "\n" for l in t1.splitlines())
    put(c, "02-owner-picks-thursday.eml",
        mail(d2, f"{OWNER_NAME} <{OWNER}>", rec, "Re: Quality Engineer II - phone screen", t2,
             msgid=id2, in_reply_to=id1))
    t3 = """Perfect - you're confirmed for Thursday 4/16, 3:00-3:30 pm CT. I'll call you at
+1 915 555 0187.

Talk soon,
Kayla

> Thursday at 3pm Central works great for me (2pm here in El Paso).
"""
    put(c, "03-recruiter-confirms.eml",
        mail(d3, rec, OWNER, "Re: Quality Engineer II - phone screen", t3,
             in_reply_to=id2, references=f"{id1} {id2}"))
    label(c, [iv("Lone Mesa Aerostructures", "Quality Engineer II", st, st + timedelta(minutes=30), "scheduled",
                 ["kbrennan@lonemesa-aero.example"], ["kbrennan@lonemesa-aero.example"], "phone_screen")],
          "medium", "positive/thread-propose-confirm",
          "Three-message thread; 3pm CDT (-05:00) = 2pm El Paso MDT. Recruiter conducts the screen.")


def case03():
    c = "b85-03-monterrey-teams-invite-no-dst"
    d = T(MTY, 2026, 6, 2, 11, 20, "Tue")
    st = T(MTY, 2026, 6, 10, 10, 0, "Wed")
    en = st + timedelta(hours=1)
    org = ("Laura Elizondo", "laura.elizondo@nortecast.example")
    ivw = ("Ramiro Garza Treviño", "ramiro.garza@nortecast.example")
    desc = ("Hola Rosalba,\n\nTe envío la invitación para tu entrevista técnica para el puesto de Ingeniero(a) "
            "de Calidad – Fundición de Aluminio con el Ing. Ramiro Garza (Jefe de Ingeniería de Calidad). "
            "Yo solo coordino la agenda y no estaré en la llamada.\n\nSaludos,\nLaura Elizondo\nAtracción de "
            "Talento | NorteCast Fundiciones\nTel. +52 81 5550 2231\nAv. Ruiz Cortines 3200, Guadalupe, N.L.")
    when = "miércoles, 10 de junio de 2026 10:00 a. m.-11:00 a. m. (UTC-06:00) Guadalajara, Ciudad de México, Monterrey."
    plain = f"Cuándo: {when}\nDónde: Reunión de Microsoft Teams\n\n*~*~*~*~*~*~*~*~*~*\n\n{desc}\n\n" \
            "________________________________________________________________________________\n" \
            "Reunión de Microsoft Teams\nÚnase desde su equipo, aplicación móvil o dispositivo de sala\n" \
            "Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NCx81Q%40thread.v2/0>\n" \
            "Id. de reunión: 281 447 903 116\nCódigo de acceso: 7Kq2Xe\n"
    html = "<html><body><p>" + plain.replace("\n", "<br>\n") + "</p></body></html>"
    ev = ["UID:040000008200E00074C5B7101A82E0080000000070A1D3C4B2F0DC010000000000000000100000009A1B2C3D4E5F",
          "SUMMARY;LANGUAGE=es-MX:Entrevista técnica - Rosalba Quintana - Ing. de Calidad Fundición",
          f"DTSTART;TZID=Central Standard Time (Mexico):{local(st)}",
          f"DTEND;TZID=Central Standard Time (Mexico):{local(en)}",
          f"DTSTAMP:{utcstamp(d)}", "CLASS:PUBLIC", "PRIORITY:5", "SEQUENCE:0", "STATUS:CONFIRMED",
          "TRANSP:OPAQUE", "LOCATION;LANGUAGE=es-MX:Reunión de Microsoft Teams",
          f"ORGANIZER;CN={org[0]}:mailto:{org[1]}",
          att(ivw[1], ivw[0]), att(OWNER, OWNER_NAME),
          "DESCRIPTION;LANGUAGE=es-MX:" + esc(desc),
          "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
          "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-OWNERAPPTID:-1203948871",
          "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    cal = vcal("REQUEST", [ev], "Microsoft Exchange Server 2010", ["Central Standard Time (Mexico)"])
    m = mail(d, f"{org[0]} <{org[1]}>", f"{OWNER_NAME} <{OWNER}>, {ivw[0]} <{ivw[1]}>",
             "Entrevista técnica - Rosalba Quintana - Ing. de Calidad Fundición", plain, html,
             cte="quoted-printable", html_cte="quoted-printable",
             extra=[("Thread-Topic", "Entrevista técnica - Rosalba Quintana - Ing. de Calidad Fundición"),
                    ("Content-class", "urn:content-classes:calendarmessage"), ("Accept-Language", "es-MX, en-US")],
             received_host="MW4PR04MB7301.namprd04.prod.outlook.example")
    add_cal(m, cal)
    put(c, "01-invitacion-teams.eml", m)
    label(c, [iv("NorteCast Fundiciones", "Ingeniero(a) de Calidad – Fundición de Aluminio", st, en, "scheduled",
                 [ivw[1]], [ivw[1]], "technical")],
          "medium", "positive/exchange-teams",
          "Exchange invite with Windows TZID 'Central Standard Time (Mexico)'; Monterrey stays at -06:00 in June "
          "(no DST since 2022). Organizer is coordinator only.")


def case04():
    c = "b85-04-tijuana-onsite-itinerary-recorrido-planta"
    d = T(TIJ, 2026, 4, 17, 16, 3, "Fri")
    st = T(TIJ, 2026, 4, 23, 9, 0, "Thu")
    en = T(TIJ, 2026, 4, 23, 14, 30, "Thu")
    people = [("Alejandra Ruelas", "aruelas@baja-medtec.example", "Gerente de Calidad"),
              ("Tomás Ibarra Soto", "tibarra@baja-medtec.example", "Ingeniero de Validación Sr."),
              ("Greg Whitfield", "gwhitfield@baja-medtec.example", "Director de Operaciones")]
    html = f"""<!DOCTYPE html><html><body style="font-family:Arial,sans-serif">
<table width="600"><tr><td>
<img src="https://cdn.reclutia.example/logos/bajamedtec.png" alt="Baja MedTec">
<h2>Confirmación de tu visita a planta</h2>
<p>Hola Rosalba,</p>
<p>¡Gracias por agendar! Tu entrevista presencial para <b>Ingeniero(a) de Calidad – Dispositivos Médicos</b>
quedó confirmada para el <b>jueves 23 de abril de 2026</b>, de <b>9:00 a 14:30 (hora de Tijuana)</b>.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Hora</th><th>Actividad</th></tr>
<tr><td>9:00 – 10:00</td><td>Entrevista con {people[0][0]} ({people[0][2]})</td></tr>
<tr><td>10:00 – 11:00</td><td>Recorrido por la planta (cuarto limpio clase 8, líneas de ensamble)</td></tr>
<tr><td>11:00 – 12:30</td><td>Panel técnico: {people[1][0]} ({people[1][2]}) y {people[0][0]}</td></tr>
<tr><td>12:30 – 13:30</td><td>Comida en el comedor de planta</td></tr>
<tr><td>13:30 – 14:30</td><td>Entrevista con {people[2][0]} ({people[2][2]}) – en inglés</td></tr>
</table>
<p><b>Dirección:</b> Blvd. Insurgentes 19870, Parque Industrial El Florido, Tijuana, B.C.<br>
Trae zapato cerrado sin tacón; te daremos bata y cofia para el cuarto limpio.</p>
<p>Si tienes dudas escribe a tu reclutadora, Paola Félix: <a href="mailto:pfelix@baja-medtec.example">pfelix@baja-medtec.example</a>.</p>
<p style="color:#888;font-size:11px">Este correo fue enviado por Reclutia en nombre de Baja MedTec. No respondas a este mensaje.</p>
</td></tr></table></body></html>"""
    text = ("Confirmación de tu visita a planta\n\nHola Rosalba,\n\nTu entrevista presencial para Ingeniero(a) de "
            "Calidad – Dispositivos Médicos quedó confirmada para el jueves 23 de abril de 2026, de 9:00 a 14:30 "
            "(hora de Tijuana).\n\n9:00-10:00 Entrevista con Alejandra Ruelas (Gerente de Calidad)\n"
            "10:00-11:00 Recorrido por la planta\n11:00-12:30 Panel técnico: Tomás Ibarra Soto y Alejandra Ruelas\n"
            "12:30-13:30 Comida\n13:30-14:30 Entrevista con Greg Whitfield (Director de Operaciones) - en inglés\n\n"
            "Dudas: Paola Félix, pfelix@baja-medtec.example\n\nEste correo fue enviado por Reclutia en nombre de "
            "Baja MedTec. No respondas a este mensaje.\n")
    ev = ["UID:reclutia-itin-55120-8831@reclutia.example", f"DTSTAMP:{utcstamp(d)}",
          f"DTSTART;TZID=America/Tijuana:{local(st)}", f"DTEND;TZID=America/Tijuana:{local(en)}",
          "SUMMARY:Entrevista presencial - Baja MedTec - Ingeniero(a) de Calidad",
          "LOCATION:" + esc("Blvd. Insurgentes 19870, Parque Industrial El Florido, Tijuana, B.C."),
          "DESCRIPTION:" + esc("Itinerario: entrevista, recorrido por la planta, panel técnico, comida y "
                               "entrevista con Dirección de Operaciones."),
          "ORGANIZER;CN=Reclutia:mailto:no-reply@reclutia.example",
          att(OWNER, OWNER_NAME)] + [att(e, n) for n, e, _ in people] + ["SEQUENCE:0", "STATUS:CONFIRMED"]
    cal = vcal("REQUEST", [ev], "-//Reclutia//Scheduling 4.2//ES", ["America/Tijuana"])
    m = mail(d, "Baja MedTec vía Reclutia <no-reply@reclutia.example>", OWNER,
             "Tu visita a Baja MedTec está confirmada – jueves 23 de abril", text, html,
             reply_to="Paola Félix <pfelix@baja-medtec.example>", html_cte="base64",
             received_host="mta-07.reclutia.example")
    add_cal(m, cal, inline=False, attach_name="entrevista-baja-medtec.ics")
    put(c, "01-reclutia-itinerario.eml", m)
    ems = [e for _, e, _ in people]
    label(c, [iv("Baja MedTec", "Ingeniero(a) de Calidad – Dispositivos Médicos", st, en, "scheduled",
                 ems, ems, "onsite")],
          "medium", "positive/onsite-itinerary",
          "ATS itinerary with plant tour + lunch = one onsite 9:00-14:30 Tijuana PDT (-07:00).")


def case05():
    c = "b85-05-phoenix-zoom-arizona-time"
    d = T(PHX, 2026, 7, 7, 8, 14, "Tue")
    st = T(PHX, 2026, 7, 9, 10, 30, "Thu")
    en = st + timedelta(hours=1)
    hm = ("Derek Alvarado", "derek.alvarado@saguaro-semi.example")
    text = f"""Rosalba,

Great talking with you on the phone last week. As promised, here's the technical interview with me
for the Sr. Quality Engineer (Wafer Test) role:

  Thursday, July 9 - 10:30 AM Arizona time (MST). I believe that's 11:30 for you in El Paso.
  Zoom: https://saguaro-semi.zoom.example/j/84420917733?pwd=QmRkT2
  Meeting ID: 844 2091 7733  Passcode: 552901

Plan on an hour. I'll ask you to walk through a gauge R&R and an 8D you led, and we'll look at some
SPC charts together. Zoom will send its own calendar invite too.

Derek Alvarado
Quality Engineering Manager
Saguaro Semiconductor | 2250 W. Frye Rd, Chandler, AZ 85224
o: 480-555-0161  m: 480-555-0199
"""
    put(c, "01-hiring-manager-email.eml",
        mail(d, f"{hm[0]} <{hm[1]}>", OWNER, "Technical interview - Thursday 7/9", text,
             received_host="mail.saguaro-semi.example"))
    ev = ["UID:ZOOM84420917733@zoom.example", f"DTSTAMP:{utcstamp(d + timedelta(minutes=3))}",
          f"DTSTART;TZID=America/Phoenix:{local(st)}", f"DTEND;TZID=America/Phoenix:{local(en)}",
          "SUMMARY:Rosalba Quintana / Derek Alvarado - Sr. Quality Engineer technical interview",
          "LOCATION:https://saguaro-semi.zoom.example/j/84420917733?pwd=QmRkT2",
          "DESCRIPTION:" + esc("Derek Alvarado is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n"
                               "https://saguaro-semi.zoom.example/j/84420917733?pwd=QmRkT2\n\nMeeting ID: 844 2091 7733\n"
                               "Passcode: 552901\n\nOne tap mobile\n+16699006833,,84420917733#"),
          f"ORGANIZER;CN={hm[0]}:mailto:{hm[1]}", att(OWNER, OWNER_NAME), "SEQUENCE:0", "STATUS:CONFIRMED"]
    put(c, "02-zoom-meeting.ics", vcal("REQUEST", [ev], "-//zoom.example//iCalendar Event//EN", ["America/Phoenix"]))
    label(c, [iv("Saguaro Semiconductor", "Sr. Quality Engineer (Wafer Test)", st, en, "scheduled",
                 [hm[1]], [hm[1]], "technical")],
          "medium", "positive/zoom-email-plus-ics",
          "Arizona has no DST: 10:30 MST (-07:00) in July = 11:30 El Paso MDT. Email and Zoom .ics are one interview.")


def google_invite(c, fname, d, st, en, summary, org, guests, desc, uid, seq, updated=False, tzname="Mountain Time - Ciudad Juarez", tzid="America/Ciudad_Juarez"):
    when = f"{st.strftime('%a %b')} {st.day}, {st.year} {st.strftime('%I:%M%p').lstrip('0').lower()} - {en.strftime('%I:%M%p').lstrip('0').lower()} ({tzname})"
    prefix = "Updated invitation" if updated else "Invitation"
    subj = f"{prefix}: {summary} @ {when} ({OWNER})"
    gl = "\n".join(f"{n}\n{e}" + (" - organizer" if e == org[1] else "") for n, e in guests)
    plain = (("This event has been changed.\n\n" if updated else "") + f"{summary}\n{when}\n\n"
             "Join with Google Meet\nhttps://meet.google.example/vtq-mhzd-kpe\n\n"
             f"Organizer\n{org[0]}\n{org[1]}\n\nGuests\n{gl}\n{OWNER}\n\n{desc}\n\n"
             "Invitation from Google Calendar\n\nYou are receiving this email because you are an attendee on the event.\n")
    html = "<html><body><div>" + plain.replace("\n", "<br>") + "</div></body></html>"
    ev = [f"DTSTART;TZID={tzid}:{local(st)}", f"DTEND;TZID={tzid}:{local(en)}", f"DTSTAMP:{utcstamp(d)}",
          f"ORGANIZER;CN={org[0]}:mailto:{org[1]}", f"UID:{uid}"] + \
         [att(e, n, partstat="ACCEPTED" if e == org[1] else "NEEDS-ACTION") for n, e in guests] + \
         [att(OWNER, OWNER, rsvp=True), "X-GOOGLE-CONFERENCE:https://meet.google.example/vtq-mhzd-kpe",
          f"CREATED:20261026T150000Z", "DESCRIPTION:" + esc(desc), f"LAST-MODIFIED:{utcstamp(d)}",
          "LOCATION:", f"SEQUENCE:{seq}", "STATUS:CONFIRMED", f"SUMMARY:{summary}", "TRANSP:OPAQUE"]
    cal = vcal("REQUEST", [ev], "-//Google Inc//Google Calendar 70.9054//EN", [tzid])
    m = mail(d, f"{org[0]} <{org[1]}>", OWNER, subj, plain, html, reply_to=f"{org[0]} <{org[1]}>",
             cte="base64", extra=[("Sender", "Google Calendar <calendar-notification@google.example>")],
             received_host="mail-sor-f69.google.example")
    add_cal(m, cal, attach_name="invite.ics")
    put(c, fname, m)


def case06():
    c = "b85-06-google-reschedule-across-us-dst-end"
    org = ("Brenda Olivas", "brenda.olivas@arneses-vertice.example")
    ivw = ("Jorge Luis Meraz", "jlmeraz@arneses-vertice.example")
    summary = "Entrevista Gerente de Planta - Rosalba Quintana (Ing. Calidad Sr.)"
    desc = ("Entrevista con Jorge Luis Meraz, Gerente de Planta, para la posición de Ingeniero(a) de Calidad Sr. "
            "(arneses automotrices). Brenda Olivas (RH) coordina.")
    uid = "4k2v9cq0s7d1m3b8n6e5r0t2yv@google.com"
    d1 = T(JRZ, 2026, 10, 26, 9, 12, "Mon")
    s1 = T(JRZ, 2026, 10, 30, 16, 0, "Fri")
    google_invite(c, "01-invitation.eml", d1, s1, s1 + timedelta(hours=1), summary, org, [org, ivw], desc, uid, 0)
    d2 = T(JRZ, 2026, 10, 29, 13, 40, "Thu")
    s2 = T(JRZ, 2026, 11, 3, 16, 0, "Tue")
    google_invite(c, "02-updated-invitation.eml", d2, s2, s2 + timedelta(hours=1), summary, org, [org, ivw],
                  desc + "\n\nSe movió al martes 3 de noviembre por la auditoría IATF del cliente. Misma hora.", uid, 1,
                  updated=True)
    label(c, [iv("Arneses Vértice", "Ingeniero(a) de Calidad Sr.", s2, s2 + timedelta(hours=1), "scheduled",
                 [ivw[1]], [ivw[1]], "hiring_manager")],
          "hard", "positive/google-reschedule",
          "Google invite moved from Fri Oct 30 (MDT -06:00) to Tue Nov 3 (MST -07:00) across the US DST end that "
          "Ciudad Juárez follows. Final state only.")


def case07():
    c = "b85-07-monterrey-cancel-by-email-el-jueves-12"
    rec = "Itzel Garza Montemayor <itzel.garza@vidrios-cumbre.example>"
    d1 = T(MTY, 2026, 3, 9, 10, 15, "Mon")
    st = T(MTY, 2026, 3, 12, 17, 0, "Thu")
    id1 = "<0309.itzel.8812@vidrios-cumbre.example>"
    t1 = """Hola Rosalba, ¿cómo estás?

Gracias por tu interés en la vacante de Ingeniero de Calidad – Línea de Templado. Quedamos entonces
para la entrevista telefónica el jueves 12 a las 17:00 hrs (hora de Monterrey). Yo te marco a tu
celular; la llamada dura unos 45 minutos.

Saludos,
Itzel Garza Montemayor
Reclutamiento y Selección | Vidrios Cumbre S.A. de C.V.
Tel. 81 5550 7720 ext. 204
Carretera a Colombia Km 9.5, Escobedo, N.L.
"""
    put(c, "01-confirmacion-llamada.eml", mail(d1, rec, OWNER, "Entrevista telefónica - Ing. de Calidad", t1,
                                               msgid=id1, cte="quoted-printable"))
    d2 = T(MTY, 2026, 3, 11, 18, 2, "Wed")
    t2 = """Hola Rosalba,

Una disculpa, tenemos que cancelar la entrevista de mañana jueves. Dirección nos pidió poner la
vacante en pausa hasta el siguiente trimestre. En cuanto se reactive te busco para reagendar.

Gracias por tu comprensión.

Itzel

El lun, 9 mar 2026 a las 10:15, Itzel Garza Montemayor escribió:
> Quedamos entonces para la entrevista telefónica el jueves 12 a las 17:00 hrs (hora de Monterrey).
"""
    put(c, "02-cancelacion.eml", mail(d2, rec, OWNER, "RE: Entrevista telefónica - Ing. de Calidad", t2,
                                      in_reply_to=id1, cte="quoted-printable"))
    label(c, [iv("Vidrios Cumbre", "Ingeniero de Calidad – Línea de Templado", st, st + timedelta(minutes=45),
                 "cancelled", ["itzel.garza@vidrios-cumbre.example"], ["itzel.garza@vidrios-cumbre.example"],
                 "phone_screen")],
          "hard", "positive/cancel-by-email",
          "'el jueves 12' = Thu Mar 12, 17:00 Monterrey = -06:00 (Mexico dropped DST; US Central is already -05:00). "
          "Cancelled the day before.")


def exch_invite(d, st, en, org, attendees, subject, body, uid, seq, method="REQUEST", cancel=False):
    tzw = "Mountain Standard Time"
    label_when = (f"{st.strftime('%A, %B')} {st.day}, {st.year} {st.strftime('%I:%M %p').lstrip('0')}-"
                  f"{en.strftime('%I:%M %p').lstrip('0')} (UTC-07:00) Mountain Time (US & Canada).")
    plain = f"When: {label_when}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}\n"
    html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div>" + \
           plain.replace("\n", "<br>\n") + "</div></body></html>"
    ev = [f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{'Canceled: ' if cancel else ''}{subject}",
          f"DTSTART;TZID={tzw}:{local(st)}", f"DTEND;TZID={tzw}:{local(en)}", f"DTSTAMP:{utcstamp(d)}",
          "CLASS:PUBLIC", "PRIORITY:1" if cancel else "PRIORITY:5", f"SEQUENCE:{seq}",
          f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", "TRANSP:OPAQUE",
          "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting", f"ORGANIZER;CN={org[0]}:mailto:{org[1]}"] + \
         [att(e, n) for n, e in attendees] + \
         ["DESCRIPTION;LANGUAGE=en-US:" + esc(body),
          f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}", "X-MICROSOFT-CDO-IMPORTANCE:1",
          f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
          "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    cal = vcal(method, [ev], "Microsoft Exchange Server 2010", [tzw])
    to = ", ".join(f"{n} <{e}>" for n, e in attendees)
    m = mail(d, f"{org[0]} <{org[1]}>", to, ("Canceled: " if cancel else "") + subject, plain, html,
             cte="quoted-printable", html_cte="quoted-printable",
             extra=[("Thread-Topic", subject), ("Content-class", "urn:content-classes:calendarmessage")],
             received_host="BY5PR12MB4111.namprd12.prod.outlook.example")
    add_cal(m, cal, method=method)
    return m


def case08():
    c = "b85-08-elpaso-outlook-cancel-utc0700-label"
    org = ("Nathan Pruitt", "npruitt@riogrande-plastics.example")
    atts = [(OWNER_NAME, OWNER)]
    st = T(DEN, 2026, 5, 12, 13, 0, "Tue")
    en = st + timedelta(hours=1)
    subj = "Interview: Rosalba Quintana - Supplier Quality Engineer"
    body = ("Hi Rosalba,\n\nLooking forward to speaking with you about the Supplier Quality Engineer position at our "
            "El Paso molding plant. I'm the Quality Manager and will run the interview myself - expect questions "
            "on PPAP, APQP and supplier corrective actions.\n\nNathan Pruitt\nQuality Manager | Rio Grande Plastics\n"
            "12 Butterfield Trail Blvd, El Paso, TX 79906 | (915) 555-0122")
    uid = "040000008200E00074C5B7101A82E00800000000B0C6E9F5AA1FDC01000000000000000010000000F00DBABE11"
    put(c, "01-outlook-invite.eml", exch_invite(T(DEN, 2026, 5, 4, 15, 30, "Mon"), st, en, org, atts, subj, body, uid, 0))
    put(c, "02-outlook-canceled.eml",
        exch_invite(T(DEN, 2026, 5, 8, 8, 47, "Fri"), st, en, org, atts, subj,
                    "Hi Rosalba - I'm sorry, we've put this requisition on hold after a headcount freeze, so I need to "
                    "cancel our interview for Tuesday. Our recruiter will reach out if it reopens.\n\nNathan",
                    uid, 1, method="CANCEL", cancel=True))
    label(c, [iv("Rio Grande Plastics", "Supplier Quality Engineer", st, en, "cancelled",
                 [org[1]], [org[1]], "hiring_manager")],
          "hard", "positive/outlook-cancel",
          "Exchange invite shows '(UTC-07:00) Mountain Time' label but May 12 is MDT (-06:00); later METHOD:CANCEL.")


def case09():
    c = "b85-09-tijuana-two-interviews-pst-then-gcal"
    rec = ("Karina Lugo", "karina.lugo@opticapacifico.example")
    e1, e2 = ("Iván Zepeda", "ivan.zepeda@opticapacifico.example"), ("Sun-hee Park", "sunhee.park@opticapacifico.example")
    d1 = T(TIJ, 2026, 3, 2, 11, 0, "Mon")
    s1 = T(TIJ, 2026, 3, 5, 16, 30, "Thu")
    t1 = """Hi Rosalba! / ¡Hola Rosalba!

Confirming our quick intro call for the Quality Engineer – Optical Coatings role:
Thu 3/5 @ 4:30p PST (30 min). I'll call your cell.

Saludos,
Karina Lugo | Talent Acquisition
Óptica Pacífico Manufacturing – Tijuana, B.C.
+52 664 555 0190
"""
    put(c, "01-intro-call.eml", mail(d1, f"{rec[0]} <{rec[1]}>", OWNER, "Intro call Thu 3/5", t1))
    d2 = T(TIJ, 2026, 3, 6, 9, 30, "Fri")
    s2 = T(TIJ, 2026, 3, 19, 9, 0, "Thu")
    e_2 = T(TIJ, 2026, 3, 19, 12, 0, "Thu")
    t2 = """Hola Rosalba,

¡Gracias por la llamada de ayer! Pasaste a la segunda etapa: entrevista técnica presencial el jueves
19 de marzo de 9:00 a 12:00, con Iván Zepeda (Ingeniería de Procesos) y Sun-hee Park (Calidad),
incluye un recorrido por la planta de recubrimientos. Ahorita te llega la invitación de Google Calendar.

Karina
"""
    put(c, "02-segunda-etapa.eml", mail(d2, f"{rec[0]} <{rec[1]}>", OWNER, "Segunda etapa - entrevista técnica", t2))
    ev = {
        "kind": "calendar#event", "etag": "\"3511852095421000\"", "id": "7fq0b3kz1m9s2r4x6c8v5n0lpw",
        "status": "confirmed",
        "htmlLink": "https://www.google.example/calendar/event?eid=N2ZxMGIzazFtOXMycjR4NmM4djVuMGxwdw",
        "created": d2.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (d2 + timedelta(minutes=4)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "summary": "Entrevista técnica presencial – Rosalba Quintana",
        "description": "Panel técnico con Iván Zepeda y Sun-hee Park + recorrido por la planta de recubrimientos. "
                       "Presentarse en caseta 2 con INE.",
        "location": "Óptica Pacífico Manufacturing, Calle Valle Sur 2210, Parque Industrial Pacífico, Tijuana, B.C.",
        "creator": {"email": rec[1], "displayName": rec[0]},
        "organizer": {"email": rec[1], "displayName": rec[0]},
        "start": {"dateTime": iso(s2), "timeZone": "America/Tijuana"},
        "end": {"dateTime": iso(e_2), "timeZone": "America/Tijuana"},
        "iCalUID": "7fq0b3kz1m9s2r4x6c8v5n0lpw@google.com", "sequence": 0,
        "attendees": [
            {"email": rec[1], "displayName": rec[0], "organizer": True, "responseStatus": "accepted"},
            {"email": e1[1], "displayName": e1[0], "responseStatus": "accepted"},
            {"email": e2[1], "displayName": e2[0], "responseStatus": "needsAction"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"}],
        "reminders": {"useDefault": True}, "eventType": "default"}
    put(c, "03-evento-calendario.gcal.json", json.dumps(ev, ensure_ascii=False, indent=2) + "\n")
    label(c, [iv("Óptica Pacífico Manufacturing", "Quality Engineer – Optical Coatings", s1, s1 + timedelta(minutes=30),
                 "scheduled", [rec[1]], [rec[1]], "phone_screen"),
              iv("Óptica Pacífico Manufacturing", "Quality Engineer – Optical Coatings", s2, e_2, "scheduled",
                 [e1[1], e2[1]], [e1[1], e2[1]], "onsite")],
          "hard", "positive/two-interviews",
          "Intro call Thu Mar 5 4:30pm PST (-08:00, before DST) then an onsite panel Mar 19 9-12 Tijuana PDT (-07:00) "
          "from a Calendar API event.")


def case10():
    c = "b85-10-forwarded-chihuahua-14h"
    hr = ("Yesenia Portillo", "yportillo@fundiciones-sierra.example")
    pm = ("Óscar Terrazas", "oterrazas@fundiciones-sierra.example")
    d = T(CUU, 2026, 3, 17, 12, 5, "Tue")
    st = T(CUU, 2026, 3, 20, 14, 0, "Fri")
    text = f"""Rosalba, buen día.

Te reenvío la confirmación del Ing. Terrazas. Te esperamos en planta; cualquier duda me escribes a mí.

Yesenia Portillo
Recursos Humanos | Fundiciones Sierra Tarahumara
Tel. +52 614 555 0456 | Av. Nombre de Dios 4400, Chihuahua, Chih.

---------- Forwarded message ---------
De: {pm[0]} <{pm[1]}>
Date: lun, 16 mar 2026 a las 19:48
Subject: RE: Candidata Ing. Quintana - Ing. de Calidad (fundición)
To: {hr[0]} <{hr[1]}>

Yesenia, va. Que venga el viernes 20 a las 14h (hora de Chihuahua), la entrevisto yo en mi oficina,
como una hora, y si da tiempo le enseño la línea de moldeo. Que traiga sus certificaciones.

Saludos,
Óscar Terrazas
Gerente de Planta

> Óscar, te comparto el CV de Rosalba Quintana para Ing. de Calidad (fundición). ¿Cuándo la puedes ver?
"""
    put(c, "01-fwd-confirmacion-gerente.eml",
        mail(d, f"{hr[0]} <{hr[1]}>", OWNER, "Fwd: RE: Candidata Ing. Quintana - Ing. de Calidad (fundición)", text,
             cte="base64"))
    label(c, [iv("Fundiciones Sierra Tarahumara", "Ing. de Calidad (fundición)", st, st + timedelta(hours=1),
                 "scheduled", [pm[1]], [pm[1]], "hiring_manager")],
          "hard", "positive/forwarded",
          "Forwarded internal note; Chihuahua city is -06:00 all year (America/Chihuahua). Plant manager interviews.")


def case11():
    c = "b85-11-html-only-base64-ats-mediodia-cdmx-time"
    rec = ("Daniela Treviño", "daniela.trevino@acerocumbres.example")
    d = T(MTY, 2026, 4, 14, 13, 20, "Tue")
    st = T(MTY, 2026, 4, 20, 12, 0, "Mon")
    html = f"""<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4">
<div style="max-width:560px;margin:auto;background:#fff;padding:24px;font-family:Helvetica,Arial">
<p style="font-size:18px;color:#1b3a5c"><b>Grupo Acerero Cumbres</b></p>
<p>Hola Rosalba Quintana,</p>
<p>Tu entrevista para la vacante <b>Ingeniera(o) de Calidad de Proveedores (SQE)</b> ha sido programada.</p>
<table style="background:#eef3f8;padding:12px;width:100%">
<tr><td><b>Fecha:</b></td><td>lunes 20 de abril de 2026</td></tr>
<tr><td><b>Hora:</b></td><td>12:00 p.m. (mediodía), hora del Centro de México (GMT-6)</td></tr>
<tr><td><b>Duración:</b></td><td>30 minutos</td></tr>
<tr><td><b>Modalidad:</b></td><td>Videollamada en vivo (Google Meet) con {rec[0]}, Reclutadora</td></tr>
</table>
<p><a href="https://talentos.example/c/acerocumbres/i/88412?join=1" style="background:#1b3a5c;color:#fff;padding:10px 18px;text-decoration:none">Unirme a la entrevista</a></p>
<p>¿Necesitas cambiar el horario? Escríbele a {rec[0]}: <a href="mailto:{rec[1]}">{rec[1]}</a></p>
<p style="font-size:11px;color:#999">Enviado por Talentos.example · No respondas a este correo · Aviso de privacidad</p>
</div></body></html>"""
    put(c, "01-talentos-entrevista-programada.eml",
        mail(d, "Grupo Acerero Cumbres <notificaciones@talentos.example>", OWNER,
             "Entrevista programada: Ingeniera(o) de Calidad de Proveedores (SQE)", html=html, html_cte="base64",
             received_host="smtp-out-3.talentos.example"))
    label(c, [iv("Grupo Acerero Cumbres", "Ingeniera(o) de Calidad de Proveedores (SQE)", st,
                 st + timedelta(minutes=30), "scheduled", [rec[1]], [rec[1]], "phone_screen")],
          "medium", "positive/ats-html-only",
          "HTML-only base64 ATS notice, 'mediodía' hora del Centro (GMT-6), no .ics; recruiter conducts a live video screen.")


def case12():
    c = "b85-12-german-director-16-uhr-mez-9-juarez"
    dr = ("Matthias Kessler-Brandt", "m.kesslerbrandt@kessler-fzt.example")
    hr = ("Verónica Anchondo", "veronica.anchondo@kessler-fzt.example")
    d = T(BER, 2026, 3, 19, 17, 25, "Thu")
    st = T(BER, 2026, 3, 24, 16, 0, "Tue")
    text = f"""Dear Ms. Quintana, estimada Rosalba,

thank you for your interest in the position Quality Lead (Qualitätsleitung) at our plant in Ciudad
Juárez. I would be happy to get to know you personally via Teams:

  Dienstag, 24. März 2026, 16:00 Uhr MEZ (deutscher Zeit)
  = 9:00 Uhr / 9:00 a.m. in Juárez

Please plan with 45 Minuten. Frau Anchondo from our HR team in Juárez (in cc) will send you the Teams
link. Since Germany switches to summer time only on 29 March, please note the time difference is
7 hours on that day.

Mit freundlichen Grüßen / Saludos cordiales

Dr.-Ing. Matthias Kessler-Brandt
Leiter Qualität Nordamerika
Kessler Fahrzeugtechnik GmbH
Industriestraße 14, 73033 Göppingen
Tel. +49 7161 555 2240
Mobil +49 171 555 8812
"""
    put(c, "01-einladung-teams.eml",
        mail(d, f"{dr[0]} <{dr[1]}>", OWNER, "Interview Quality Lead Juárez / Vorstellungsgespräch", text,
             cc=f"{hr[0]} <{hr[1]}>", cte="quoted-printable", received_host="mx01.kessler-fzt.example"))
    label(c, [iv("Kessler Fahrzeugtechnik", "Quality Lead (Qualitätsleitung)", st, st + timedelta(minutes=45),
                 "scheduled", [dr[1]], [dr[1]], "hiring_manager")],
          "hard", "positive/german-cet-dst-gap",
          "16:00 CET (+01:00) on Mar 24 = 9:00 Juárez MDT (-06:00); EU/US DST gap week.")


def case13():
    c = "b85-13-thread-half-past-ten-onsite-santa-teresa"
    hr = ("Cynthia Holguín", "cholguin@desert-rail.example")
    i1 = ("Frank Dominguez", "fdominguez@desert-rail.example")
    i2 = ("Leticia Acosta", "lacosta@desert-rail.example")
    d1 = T(DEN, 2026, 2, 9, 10, 2, "Mon")
    d2 = T(DEN, 2026, 2, 9, 18, 45, "Mon")
    d3 = T(DEN, 2026, 2, 10, 8, 20, "Tue")
    st = T(DEN, 2026, 2, 13, 10, 30, "Fri")
    en = T(DEN, 2026, 2, 13, 13, 0, "Fri")
    id1, id2 = "<m1.0209@desert-rail.example>", "<CAOwner0209@mail.example>"
    t1 = """Hola Rosalba,

Frank y Leticia quedaron muy bien impresionados con tu llamada. Nos gustaría invitarte a la planta
(Santa Teresa, NM - a 20 min del puente) para la siguiente etapa. ¿Te acomoda este viernes a las diez
y media? Serían entrevistas con Frank y Leticia más un plant tour; terminamos alrededor de la 1 pm.

Cynthia Holguín
HR Generalist | Desert Rail Components
Tel. (575) 555-0133 | 5200 Airport Rd, Santa Teresa, NM 88008
"""
    put(c, "01-invitacion-planta.eml", mail(d1, f"{hr[0]} <{hr[1]}>", OWNER, "Visita a planta - Quality Engineer",
                                            t1, msgid=id1))
    t2 = f"""¡Hola Cynthia! Sí, el viernes a las 10:30 me queda perfecto. ¿Necesito llevar algo en especial?

{OWNER_SIG}

El lun, 9 feb 2026 a las 10:02, Cynthia Holguín <cholguin@desert-rail.example> escribió:
""" + "".join("> " + l + "\n" for l in t1.splitlines())
    put(c, "02-respuesta.eml", mail(d2, f"{OWNER_NAME} <{OWNER}>", f"{hr[0]} <{hr[1]}>",
                                    "Re: Visita a planta - Quality Engineer", t2, msgid=id2, in_reply_to=id1,
                                    cte="quoted-printable"))
    t3 = f"""Perfect! Confirmed: Friday Feb 13, 10:30 am - 1:00 pm Mountain.
- 10:30 Frank Dominguez, Quality Manager ({i1[1]})
- 11:30 Plant tour with Leticia Acosta, Plant Manager ({i2[1]}), then interview with her
Bring safety glasses if you have them, otherwise we'll lend you a pair. Closed-toe shoes please.

Cynthia

> Sí, el viernes a las 10:30 me queda perfecto.
"""
    put(c, "03-confirmacion.eml", mail(d3, f"{hr[0]} <{hr[1]}>", OWNER, "Re: Visita a planta - Quality Engineer", t3,
                                       cc=f"{i1[0]} <{i1[1]}>, {i2[0]} <{i2[1]}>", in_reply_to=id2,
                                       references=f"{id1} {id2}"))
    label(c, [iv("Desert Rail Components", "Quality Engineer", st, en, "scheduled", [i1[1], i2[1]], [i1[1], i2[1]],
                 "onsite")],
          "medium", "positive/thread-onsite",
          "'este viernes a las diez y media' confirmed as Fri Feb 13 10:30-13:00 Mountain (MST -07:00); two interviewers.")


# ---------------------------------------------------------------------------------------------
# NEGATIVES
# ---------------------------------------------------------------------------------------------

def case14():
    c = "b85-14-neg-supplier-audit-current-job"
    org = ("Rubén Chavira", "ruben.chavira@plasticos-bravo.example")
    d = T(JRZ, 2026, 5, 18, 9, 0, "Mon")
    st = T(JRZ, 2026, 5, 21, 8, 0, "Thu")
    en = T(JRZ, 2026, 5, 21, 12, 0, "Thu")
    body = ("Ing. Quintana,\n\nConfirmo la auditoría de proceso (VDA 6.3) en nuestras instalaciones. Agenda:\n"
            "8:00 reunión de apertura\n8:30 recorrido por la planta e entrevistas a operadores y técnicos de línea\n"
            "10:30 revisión de PPAP y plan de control del candidato a nuevo número de parte\n11:30 call de cierre "
            "con su equipo de Supplier Quality\n\nFavor de confirmar si necesitan cambiar el schedule.\n\n"
            "Rubén Chavira\nGerente de Calidad | Plásticos Inyectados del Bravo\nTel. +52 656 555 0908")
    atts = [(OWNER_NAME, OWNER)]
    # Outlook invite, Juárez time expressed with the Windows 'Mountain Standard Time' zone (US rules = Juárez rules)
    ev = ["UID:040000008200E00074C5B7101A82E00800000000AUDIT2026052100000000000000100000000DEADBEEF",
          "SUMMARY;LANGUAGE=es-MX:Auditoría de proceso VDA 6.3 - Plásticos del Bravo",
          f"DTSTART;TZID=Mountain Standard Time:{local(st)}", f"DTEND;TZID=Mountain Standard Time:{local(en)}",
          f"DTSTAMP:{utcstamp(d)}", "SEQUENCE:0", "STATUS:CONFIRMED",
          "LOCATION:Plásticos del Bravo - Planta 2\\, Calle Henequén 1400\\, Cd. Juárez",
          f"ORGANIZER;CN={org[0]}:mailto:{org[1]}", att(OWNER, OWNER_NAME), "DESCRIPTION:" + esc(body),
          "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE"]
    cal = vcal("REQUEST", [ev], "Microsoft Exchange Server 2010", ["Mountain Standard Time"])
    plain = "Cuándo: jueves, 21 de mayo de 2026 8:00 a. m.-12:00 p. m. (UTC-07:00) Chihuahua, La Paz, Mazatlán.\n" \
            "Dónde: Plásticos del Bravo - Planta 2\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body + "\n"
    m = mail(d, f"{org[0]} <{org[1]}>", f"{OWNER_NAME} <{OWNER}>", "Auditoría de proceso VDA 6.3 - Plásticos del Bravo",
             plain, cte="quoted-printable", extra=[("Content-class", "urn:content-classes:calendarmessage")])
    add_cal(m, cal)
    put(c, "01-invitacion-auditoria.eml", m)
    label(c, [], "hard", "negative/work-meeting",
          "Supplier audit in the owner's current job; mentions entrevistas a operadores, candidato, call, schedule.")


def case15():
    c = "b85-15-neg-imss-entrevista-trabajo-social"
    d = T(JRZ, 2026, 6, 1, 7, 30, "Mon")
    text = """Estimada derechohabiente ROSALBA QUINTANA LEDEZMA:

Su cita quedó registrada con los siguientes datos:

  Trámite: Entrevista con Trabajo Social (alta de beneficiario)
  Unidad: Unidad de Medicina Familiar No. 48, Cd. Juárez, Chih.
  Fecha: 04/06/2026   Hora: 10:20 hrs
  Folio: UMF48-TS-2026-0611873

Preséntese 15 minutos antes con identificación oficial, CURP y comprobante de domicilio.
Si no puede asistir, cancele su cita en el portal o llame al 800 555 0100.

Este es un mensaje automático, no responda a este correo.
Instituto de Seguridad Social (sistema de citas)
"""
    put(c, "01-cita-confirmada.eml",
        mail(d, "Citas en línea <citas-noreply@seguro-social.example>", OWNER,
             "Confirmación de cita - Entrevista Trabajo Social UMF 48", text, cte="base64"))
    label(c, [], "hard", "negative/government-appointment",
          "Social-security appointment called 'Entrevista con Trabajo Social' with date/time; not a job interview.")


def case16():
    c = "b85-16-neg-rejection-after-interview"
    d = T(MTY, 2026, 5, 6, 17, 10, "Wed")
    text = """Hola Rosalba,

Muchas gracias por tu tiempo en la entrevista del jueves pasado con el Ing. Salinas y por el interés
en la posición de Ingeniero(a) de Calidad en Acabados Regios. Fue un proceso muy competido y, después
de evaluar a todos los candidatos, decidimos continuar con otro perfil cuya experiencia en pintura
electrostática se ajusta más a lo que necesitamos en este momento.

Guardaremos tu CV en nuestra cartera y te contactaremos si se abre una vacante que haga match. Te
deseamos mucho éxito en tu búsqueda.

Atentamente,
Mónica Salazar
Atracción de Talento | Acabados Regios
Tel. 81 5550 6610
"""
    put(c, "01-resultado-proceso.eml",
        mail(d, "Mónica Salazar <monica.salazar@acabados-regios.example>", OWNER,
             "Seguimiento a tu proceso - Ingeniero(a) de Calidad", text, cte="quoted-printable"))
    label(c, [], "medium", "negative/rejection", "Rejection that refers to a past interview; no interview to schedule.")


def case17():
    c = "b85-17-neg-propuesta-economica-offer"
    d = T(JRZ, 2026, 6, 15, 16, 40, "Mon")
    text = """Hola Rosalba,

¡Felicidades! Nos da mucho gusto compartirte la propuesta económica para la posición de Ingeniera de
Calidad Sr. en Arneses Vértice, planta Juárez:

  - Sueldo mensual bruto: $58,000 MXN
  - Aguinaldo 30 días, prima vacacional 50%, fondo de ahorro 13%
  - Vales de despensa, seguro de gastos médicos mayores
  - Bono anual por desempeño hasta 1.5 sueldos
  - Fecha de ingreso propuesta: lunes 6 de julio

Adjunto la carta oferta. Si te parece, mañana a las 11 te marco para platicarla y resolver dudas;
después de la llamada te mando la lista de documentos para el ingreso y el examen médico.

Saludos,
Brenda Olivas
Recursos Humanos | Arneses Vértice
Tel. +52 656 555 0264
"""
    html = "<html><body><p>" + text.replace("\n", "<br>\n") + "</p></body></html>"
    m = mail(d, "Brenda Olivas <brenda.olivas@arneses-vertice.example>", OWNER,
             "Propuesta económica - Ingeniera de Calidad Sr.", text, html, cte="quoted-printable")
    m.add_attachment(b"%PDF-1.4\n% invented placeholder offer letter\n%%EOF\n", maintype="application",
                     subtype="pdf", filename="Carta_Oferta_RQuintana.pdf")
    put(c, "01-propuesta-economica.eml", m)
    label(c, [], "hard", "negative/offer",
          "Offer ('propuesta económica') with a follow-up call 'mañana a las 11' to discuss it; offers are not interviews.")


def case18():
    c = "b85-18-neg-trade-show-visit-ics"
    st = T(MTY, 2026, 9, 16, 10, 0, "Wed")
    en = T(MTY, 2026, 9, 16, 18, 0, "Wed")
    desc = ("Registro de visitante: Expo Manufactura Norte 2026, Cintermex, Monterrey. Pabellón de talento: "
            "las empresas expositoras realizan entrevistas en sitio a candidatos registrados. Conferencia 12:00: "
            "'Calidad 4.0 en la industria maquiladora'. Gafete QR: EMN26-V-40917.")
    ev = ["UID:emn26-visitante-40917@expomanufactura-norte.example", f"DTSTAMP:{utcstamp(T(MTY, 2026, 8, 20, 9, 0))}",
          f"DTSTART:{utcstamp(st)}", f"DTEND:{utcstamp(en)}",
          "SUMMARY:Visita Expo Manufactura Norte 2026 (visitante)",
          "LOCATION:Cintermex\\, Av. Fundidora 501\\, Monterrey\\, N.L.", "DESCRIPTION:" + esc(desc),
          "ORGANIZER;CN=Expo Manufactura Norte:mailto:registro@expomanufactura-norte.example",
          att(OWNER, OWNER_NAME, partstat="ACCEPTED", rsvp=False), "STATUS:CONFIRMED", "TRANSP:TRANSPARENT"]
    put(c, "01-expo-manufactura-visitante.ics", vcal("PUBLISH", [ev], "-//ExpoReg//Visitantes 2.1//ES"))
    label(c, [], "hard", "negative/trade-show",
          "Trade-show visitor registration .ics mentioning on-site interviews for candidates in a talent pavilion.")


def case19():
    c = "b85-19-neg-job-board-alert"
    d = T(JRZ, 2026, 4, 2, 6, 0, "Thu")
    jobs = [("Ingeniero de Calidad - Automotriz", "Arneses del Desierto", "Cd. Juárez, Chih.", "$45,000 - $55,000",
             "¡Entrevista inmediata! Contratación el mismo día."),
            ("Supplier Quality Engineer (bilingüe)", "Confidencial", "Tijuana, B.C.", "A convenir",
             "Agenda tu entrevista hoy mismo desde la app."),
            ("Quality Engineer II", "Empresa del ramo aeroespacial", "Chihuahua, Chih.", "$50,000",
             "Entrevistas esta semana: lunes a jueves de 9 a 14 hrs.")]
    rows = "".join(f"<tr><td><a href='https://www.empleonorte.example/vacante/{i}'><b>{t}</b></a><br>{co} · {loc}<br>"
                   f"{sal} MXN mensuales<br><i>{note}</i></td></tr>" for i, (t, co, loc, sal, note) in enumerate(jobs, 88120))
    html = (f"<html><body><h3>Rosalba, tenemos 3 vacantes nuevas para ti</h3><p>Según tu búsqueda "
            f"'ingeniero calidad' en Juárez y alrededores:</p><table>{rows}</table>"
            "<p><a href='https://www.empleonorte.example/alertas'>Administrar alertas</a> · Dejar de recibir</p>"
            "<p style='font-size:10px'>EmpleoNorte · Bolsa de trabajo · Av. Constitución 2050, CDMX</p></body></html>")
    text = "Rosalba, tenemos 3 vacantes nuevas para ti\n\n" + "\n\n".join(
        f"{t}\n{co} · {loc}\n{sal} MXN\n{note}" for t, co, loc, sal, note in jobs) + "\n\nAdministrar alertas\n"
    put(c, "01-alerta-vacantes.eml",
        mail(d, "EmpleoNorte <alertas@empleonorte.example>", OWNER, "3 vacantes nuevas: Ingeniero de Calidad",
             text, html, html_cte="quoted-printable",
             extra=[("List-Unsubscribe", "<https://www.empleonorte.example/unsub?u=40917>")]))
    label(c, [], "easy", "negative/job-alert", "Job-board alert with 'entrevista inmediata' / interview hours.")


def case20():
    c = "b85-20-neg-agency-availability-request"
    d = T(JRZ, 2026, 7, 21, 10, 30, "Tue")
    text = """Hola Rosalba, ¿cómo vas?

Te tengo una nueva oportunidad: Ingeniero(a) de Calidad para un cliente del ramo médico en Juárez
(turno administrativo, 55-60k brutos). Al cliente le interesa entrevistarte la próxima semana.

¿Qué días y horarios tienes libres? Ellos pueden martes o miércoles entre 9 y 1, hora de Juárez.
Si prefieres, aparta directo en mi agenda: https://agenda.example/marisol-cardenas/entrevista-30min

Quedo atenta.

Marisol Cárdenas Robles
Reclutadora Sr. | Enlace Talento Norte
Tel. +52 656 555 0310 ext. 114
"""
    put(c, "01-disponibilidad.eml",
        mail(d, "Marisol Cárdenas <marisol.cardenas@enlacetalento.example>", OWNER,
             "Nueva vacante - ¿disponibilidad para entrevista?", text))
    label(c, [], "hard", "negative/availability-request",
          "Agency asks for availability and links an unbooked scheduling page; nothing is booked.")


def case21():
    c = "b85-21-neg-one-way-video-interview"
    d = T(PHX, 2026, 8, 3, 9, 0, "Mon")
    text = """Hi Rosalba,

Thank you for applying to Quality Engineer - Battery Modules at Copper Ridge Energy (Mesa, AZ).

The next step is a recorded video interview. There is no live interviewer: you will answer 5
questions on camera, with 2 minutes per answer. It takes about 20 minutes.

  Complete by: Friday, August 7 at 11:59 PM Arizona time
  Start here: https://vidscreen.example/i/cre-qe-2291/rq40917

Tips: find a quiet spot, test your camera and mic, and treat it like a real interview.

Copper Ridge Energy Talent Team
(this mailbox is not monitored)
"""
    put(c, "01-video-interview-invite.eml",
        mail(d, "Copper Ridge Energy via VidScreen <no-reply@vidscreen.example>", OWNER,
             "Action needed: complete your video interview by Aug 7", text))
    label(c, [], "hard", "negative/one-way-video",
          "One-way recorded video interview with a deadline; no live conversation.")


def case22():
    c = "b85-22-neg-owner-interviews-technician"
    hr = ("Gabriela Soto", "gsoto@ensambles-frontera.example")
    d = T(JRZ, 2026, 2, 24, 15, 50, "Tue")
    text = """Rosalba, buena tarde.

Te lo mando a tu correo personal porque el Outlook de planta sigue caído. ¿Puedes entrevistar mañana a
las 11 al candidato para Técnico de Calidad (2o turno), Luis Ángel Baca? Es entrevista técnica: lectura
de planos, uso de vernier/micrómetro y manejo de no conformes. Adjunto su CV y el formato de evaluación;
me lo regresas firmado al terminar.

Sala de juntas 2, edificio administrativo.

Gracias!
Gabriela Soto
Reclutamiento | Ensambles Frontera
Ext. 2231
"""
    m = mail(d, f"{hr[0]} <{hr[1]}>", OWNER, "Entrevista candidato Técnico de Calidad - mañana 11:00", text)
    m.add_attachment(b"%PDF-1.4\n% invented CV placeholder\n%%EOF\n", maintype="application", subtype="pdf",
                     filename="CV_LuisAngelBaca.pdf")
    put(c, "01-entrevista-candidato.eml", m)
    label(c, [], "hard", "negative/user-is-interviewer",
          "Owner's current employer asks her to interview a technician candidate; she is the interviewer.")


ALL = [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11, case12, case13,
       case14, case15, case16, case17, case18, case19, case20, case21, case22]


def main():
    for p in HERE.iterdir():
        if p.is_dir() and p.name.startswith("b85-"):
            shutil.rmtree(p)
    for f in ALL:
        f()
    for case, items in CASES.items():
        folder = HERE / case
        folder.mkdir()
        for name, data in items:
            (folder / name).write_bytes(data)
    assert set(CASES) == set(LABELS), set(CASES) ^ set(LABELS)
    head = "# Labels for the blind85 set (written blind; all names invented). See /work/shared/eval/README.md.\n"
    with open(HERE / "labels.yaml", "w", encoding="utf-8") as fh:
        fh.write(head)
        yaml.safe_dump(dict(sorted(LABELS.items())), fh, allow_unicode=True, sort_keys=False, width=120)
    pos = sum(1 for v in LABELS.values() if v["interview"])
    print(f"{len(LABELS)} cases: {pos} positive, {len(LABELS) - pos} negative, "
          f"{sum(len(v['interviews']) for v in LABELS.values())} interviews")


if __name__ == "__main__":
    main()
