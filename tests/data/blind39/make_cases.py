#!/usr/bin/env python3
"""Deterministic generator for the blind39 evaluation set (bilingual inbox: ES / FR / PT / EN).

Rewrites every case folder under this directory and labels.yaml.
Only stdlib + PyYAML + zoneinfo. All names, companies and domains are invented.
Run:  python make_cases.py
"""
import hashlib
import json
import shutil
from datetime import datetime, timedelta, timezone
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
OWNER = "lucia.montaner@example.com"
OWNER_NAME = "Lucía Montaner Ribeiro"
UTC = timezone.utc

CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


def T(y, mo, d, h, mi, zone, weekday=None):
    """Aware datetime in an IANA zone; weekday (0=Mon) is asserted to catch date typos."""
    x = datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(zone))
    if weekday is not None:
        assert x.weekday() == weekday, (x, weekday)
    return x


def iso(x):
    return x.isoformat()


def hhmm(x, zone):
    return x.astimezone(ZoneInfo(zone)).strftime("%H:%M")


def mid(case, n, domain):
    h = hashlib.sha1(f"{case}/{n}".encode()).hexdigest()
    return f"<{h[:24].upper()}@{domain}>"


# ----------------------------------------------------------------------------- iCalendar
def fold(line):
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 75:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fmt_off(td):
    mins = int(td.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"{sign}{mins // 60:02d}{mins % 60:02d}"


def vtimezone(tzid, iana, windows=False):
    z = ZoneInfo(iana)
    std = datetime(2026, 1, 15, 12, tzinfo=z).utcoffset()
    dst = datetime(2026, 7, 15, 12, tzinfo=z).utcoffset()
    year = "1601" if windows else "1970"
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if std == dst:
        lines += ["BEGIN:STANDARD", f"DTSTART:{year}0101T000000", f"TZOFFSETFROM:{fmt_off(std)}",
                  f"TZOFFSETTO:{fmt_off(std)}", "END:STANDARD"]
    else:
        # EU rules: change at 01:00 UTC on the last Sunday of March / October
        h_dst = 1 + int(std.total_seconds() // 3600)
        h_std = 1 + int(dst.total_seconds() // 3600)
        d_oct = "19701025" if not windows else "16010101"
        d_mar = "19700329" if not windows else "16010101"
        lines += ["BEGIN:STANDARD", f"DTSTART:{d_oct}T{h_std:02d}0000", f"TZOFFSETFROM:{fmt_off(dst)}",
                  f"TZOFFSETTO:{fmt_off(std)}", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
                  "END:STANDARD",
                  "BEGIN:DAYLIGHT", f"DTSTART:{d_mar}T{h_dst:02d}0000", f"TZOFFSETFROM:{fmt_off(std)}",
                  f"TZOFFSETTO:{fmt_off(dst)}", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
                  "END:DAYLIGHT"]
    lines.append("END:VTIMEZONE")
    return lines


def ics(ev, method="REQUEST", prodid="-//Google Inc//Google Calendar 70.9054//EN", tz=None, extra_cal=()):
    """ev: dict(uid, seq, start, end, summary, description, location, organizer=(name,email),
    attendees=[(name,email,partstat,role)], status, stamp, extra=[lines]).
    tz: None -> UTC 'Z' times; (tzid, iana, windows_bool) -> TZID times + VTIMEZONE."""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    L += list(extra_cal)
    if tz:
        L += vtimezone(*tz)

    def dtp(name, x):
        if tz:
            return f"{name};TZID={tz[0]}:" + x.astimezone(ZoneInfo(tz[1])).strftime("%Y%m%dT%H%M%S")
        return f"{name}:" + x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    L.append("BEGIN:VEVENT")
    L.append(dtp("DTSTART", ev["start"]))
    if ev.get("end") is not None:
        L.append(dtp("DTEND", ev["end"]))
    L.append("DTSTAMP:" + ev["stamp"].astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
    if ev.get("organizer"):
        n, e = ev["organizer"]
        L.append(f'ORGANIZER;CN="{n}":mailto:{e}')
    L.append(f"UID:{ev['uid']}")
    for n, e, ps, role in ev.get("attendees", []):
        L.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN="{n}":mailto:{e}')
    L.append("CREATED:" + ev["stamp"].astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
    if ev.get("description"):
        L.append("DESCRIPTION:" + esc(ev["description"]))
    L.append("LAST-MODIFIED:" + ev["stamp"].astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
    if ev.get("location"):
        L.append("LOCATION:" + esc(ev["location"]))
    L.append(f"SEQUENCE:{ev.get('seq', 0)}")
    L.append(f"STATUS:{ev.get('status', 'CONFIRMED')}")
    L.append("SUMMARY:" + esc(ev["summary"]))
    L.append("TRANSP:OPAQUE")
    L += ev.get("extra", [])
    if ev.get("alarm", True) and method == "REQUEST":
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-P0DT0H15M0S", "END:VALARM"]
    L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in L) + "\r\n"


# ----------------------------------------------------------------------------- e-mail
def addr(name, email):
    user, dom = email.split("@")
    return str(Address(name, user, dom)) if name else email


def base_msg(case, n, date, frm, to, subject, cc=None, reply_to=None, sender=None, in_reply_to=None,
             references=None, msg_domain="mail.example", extra=(), delivered=OWNER, received_from=None):
    m = EmailMessage()
    m["Delivered-To"] = delivered
    rf = received_from or frm[1].split("@")[1]
    m["Received"] = (f"from {rf} (mx1.{rf} [198.51.100.{(len(case) * 7 + n) % 250}]) by mx.mail.example "
                     f"with ESMTPS id {hashlib.md5((case + str(n)).encode()).hexdigest()[:12]} for <{delivered}>; "
                     + format_datetime(date + timedelta(seconds=3)))
    m["Date"] = format_datetime(date)
    m["From"] = addr(*frm)
    if sender:
        m["Sender"] = addr(*sender)
    if reply_to:
        m["Reply-To"] = addr(*reply_to)
    m["To"] = ", ".join(addr(*t) for t in to)
    if cc:
        m["Cc"] = ", ".join(addr(*t) for t in cc)
    m["Subject"] = subject
    m["Message-ID"] = mid(case, n, msg_domain)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    if references:
        m["References"] = references
    for k, v in extra:
        m[k] = v
    return m


def body(m, text=None, html=None, cte="quoted-printable"):
    if text is not None:
        m.set_content(text, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=cte)
    else:
        m.set_content(html, subtype="html", cte=cte)
    return m


def add(case, fname, m):
    if not isinstance(m, (bytes, bytearray)):
        # deterministic MIME boundaries (the email package would pick random ones)
        for i, part in enumerate(m.walk()):
            if part.is_multipart():
                part.set_boundary("00000000" + hashlib.sha1(f"{case}/{fname}/{i}".encode()).hexdigest()[:20])
    data = m if isinstance(m, (bytes, bytearray)) else m.as_bytes()
    CASES.setdefault(case, []).append((fname, data))


def html_wrap(inner, font="Arial,Helvetica,sans-serif"):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">{inner}</div></body></html>\n')


def p(text):
    return "".join(f"<p>{para.replace(chr(10), '<br>')}</p>\n" for para in text.strip().split("\n\n"))


def google_invite(case, n, date, organizer, subject, plain, html, ical, method="REQUEST", guests=()):
    m = base_msg(case, n, date, organizer, [(None, OWNER)], subject, reply_to=organizer,
                 sender=("Google Calendar", "calendar-notification@google.com"), msg_domain="google.com",
                 received_from="calendar-server.bounces.google.com")
    m.set_content(plain, cte="base64")
    m.add_alternative(html, subtype="html", cte="quoted-printable")
    m.add_alternative(ical, subtype="calendar", params={"method": method}, cte="base64")
    m.add_attachment(ical.encode("utf-8"), maintype="application", subtype="ics",
                     filename="invite.ics")
    return m


def outlook_invite(case, n, date, organizer, to, subject, plain, html, ical, method="REQUEST", cc=None):
    m = base_msg(case, n, date, organizer, to, subject, cc=cc, msg_domain="PAXPR08MB7012.eurprd08.prod.outlook.com",
                 received_from="EUR05-VI1-obe.outbound.protection.outlook.com",
                 extra=[("Thread-Topic", subject.split(": ", 1)[-1]), ("Accept-Language", "es-ES, en-US"),
                        ("X-MS-Has-Attach", ""),
                        ("X-MS-Exchange-Organization-AuthAs", "Internal")])
    m.set_content(plain, cte="quoted-printable")
    # set_content() drops Content-* headers, so add the Exchange ones afterwards
    m["Content-Language"] = "es-ES"
    m["Content-class"] = "urn:content-classes:calendarmessage"
    m.add_alternative(html, subtype="html", cte="quoted-printable")
    m.add_alternative(ical, subtype="calendar", params={"method": method}, cte="base64")
    return m


MS_PRODID = "Microsoft Exchange Server 2010"
MS_EXTRA = ["X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
            "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
            "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]


def ms_extra(seq):
    return [x.format(seq=seq) for x in MS_EXTRA]


TEAMS = ("________________________________________________________________________________\n"
         "Reunión de Microsoft Teams\n"
         "Unirse desde el ordenador, la aplicación móvil o el dispositivo de la sala\n"
         "Haga clic aquí para unirse a la reunión<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{code}%40thread.v2/0>\n"
         "Id. de reunión: {mid}\nCódigo de acceso: {pw}\n"
         "Más información<https://aka.ms/JoinTeamsMeeting> | Opciones de reunión<https://teams.microsoft.com/meetingOptions/>\n"
         "________________________________________________________________________________\n")


def label(case, interviews, difficulty, category, notes):
    LABELS[case] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                    "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": interviewers, "followup_recipients": recipients,
            "kind": kind}


ME = (OWNER_NAME, OWNER)
SIG_LUCIA = "Lucía Montaner Ribeiro\n+34 612 48 90 37"

# ============================================================================= POSITIVES
# --- 01 Personio-like ATS (Equipa HR) invitation, HTML-only, .ics attached, Madrid --------------
C = "b39-01-equipa-ats-invitacion-madrid"
st = T(2026, 3, 17, 16, 30, "Europe/Madrid", 1)
en = st + timedelta(minutes=45)
sent = T(2026, 3, 11, 10, 12, "Europe/Madrid")
marta = ("Marta Gil Ordóñez", "marta.gil@lumbre-energia.example")
oscar = ("Óscar Benavente", "oscar.benavente@lumbre-energia.example")
m = base_msg(C, 1, sent, ("Lumbre Energía vía Equipa HR", "notificaciones@equipahr.example"), [ME],
             "Invitación a entrevista: Product Designer Sénior – Lumbre Energía", reply_to=marta,
             msg_domain="mta.equipahr.example",
             extra=[("List-Unsubscribe", "<https://lumbre-energia.equipahr.example/unsubscribe?c=8812>"),
                    ("X-Equipa-Application", "APP-55120-8812")])
html = html_wrap(
    '<table width="600" style="border:1px solid #e6e6e6"><tr><td style="padding:24px">'
    '<img src="https://cdn.equipahr.example/logos/lumbre.png" alt="Lumbre Energía" height="32">'
    "<h2>¡Hola, Lucía!</h2>"
    "<p>Gracias por tu interés en el puesto de <b>Product Designer Sénior</b> en Lumbre Energía. "
    "Nos ha gustado mucho tu portfolio y queremos conocerte.</p>"
    "<p>Te invitamos a una entrevista con <b>Óscar Benavente</b>, Head of Design "
    "(oscar.benavente@lumbre-energia.example):</p>"
    '<table style="background:#f7f4ef;padding:12px"><tr><td>📅 <b>martes 17 de marzo de 2026</b></td></tr>'
    "<tr><td>🕟 a las 16:30 h (hora peninsular española) · duración aproximada: 45 minutos</td></tr>"
    "<tr><td>📍 Videollamada – Google Meet: meet.google.com/qtr-vnhx-kpa</td></tr></table>"
    "<p>Hemos adjuntado un archivo de calendario para que puedas añadirlo a tu agenda. "
    "Si necesitas cambiar la fecha, responde a este correo y Marta Gil, de nuestro equipo de Talento, "
    "te ayudará.</p><p>¡Mucha suerte!<br>El equipo de Personas de Lumbre Energía</p>"
    '<hr><p style="font-size:11px;color:#888">Enviado con Equipa HR · Equipa Software S.L., '
    "C/ de la Princesa 31, 28008 Madrid. Has recibido este correo porque te has inscrito en una oferta "
    "de Lumbre Energía.</p></td></tr></table>")
body(m, html=html)
cal = ics({"uid": "equipa-int-8812-3@equipahr.example", "seq": 0, "start": st, "end": en, "stamp": sent,
           "summary": "Entrevista Lumbre Energía – Product Designer Sénior",
           "description": "Entrevista con Óscar Benavente (Head of Design).\nGoogle Meet: https://meet.google.com/qtr-vnhx-kpa",
           "location": "https://meet.google.com/qtr-vnhx-kpa",
           "organizer": ("Equipa HR", "notificaciones@equipahr.example"),
           "attendees": [(OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT"),
                         (oscar[0], oscar[1], "ACCEPTED", "REQ-PARTICIPANT")]},
          prodid="-//Equipa HR//Interview Scheduler 4.2//ES", tz=("Europe/Madrid", "Europe/Madrid", False))
m.add_attachment(cal.encode(), maintype="text", subtype="calendar", filename="entrevista.ics",
                 params={"method": "REQUEST"})
add(C, "01-equipa-invitacion-entrevista.eml", m)
label(C, [iv("Lumbre Energía", "Product Designer Sénior", st, en, "scheduled", [oscar[1]], [oscar[1]],
             "hiring_manager")], "medium", "positive/ats-email-with-ics",
      "Personio-like ATS, HTML-only Spanish body 'martes 17 de marzo a las 16:30 h', 45 min, .ics with TZID "
      "Europe/Madrid; interviewer named with address.")

# --- 02 Mexico City thread, recruiter ES + VP EN, 'mediodía' --------------------------------------
C = "b39-02-cdmx-hilo-mediodia-vp-ingles"
Z = "America/Mexico_City"
dani = ("Daniela Ruiz Esparza", "daniela.ruiz@cobaltopagos.example")
brian = ("Brian Halloway", "brian.halloway@cobaltopagos.example")
st = T(2026, 3, 12, 12, 0, Z, 3)
en = st + timedelta(minutes=45)
d1 = T(2026, 3, 2, 9, 40, Z)
m1 = base_msg(C, 1, d1, dani, [ME], "Cobalto Pagos | Siguiente paso – Staff Backend Engineer",
              cc=[brian])
body(m1, text=f"""Hola Lucía, ¿qué tal?

Muchas gracias por la plática de la semana pasada. Te tengo buenas noticias: Brian Halloway, nuestro
VP de Ingeniería, quiere conocerte para la posición de Staff Backend Engineer. Brian es de Seattle pero
vive aquí en CDMX; la conversación será en inglés y dura unos 45 minutos.

¿Te acomoda alguno de estos horarios? (todos en hora del centro de México)

  - miércoles 11 de marzo, 10:00 h
  - jueves 12 de marzo, a mediodía
  - viernes 13 de marzo, 17:00 h

Sé que estás en Madrid, así que si ninguno te late dime y buscamos otra opción.

Saludos,
Daniela Ruiz Esparza
Talent Acquisition Lead | Cobalto Pagos
Av. Paseo de la Reforma 296, piso 12, Juárez, 06600 Ciudad de México
+52 55 4120 7783
""")
add(C, "01-daniela-siguiente-paso.eml", m1)
d2 = T(2026, 3, 2, 15, 5, Z)
m2 = base_msg(C, 2, d2, brian, [ME], "Re: Cobalto Pagos | Siguiente paso – Staff Backend Engineer",
              cc=[dani], in_reply_to=mid(C, 1, "mail.example"), references=mid(C, 1, "mail.example"))
body(m2, text=f"""Hi Lucía,

Thursday at noon works great for me - that's evening for you in Madrid, so thanks for accommodating.
I'll ask Daniela to send over a Meet link. Looking forward to it!

Brian

--
Brian Halloway | VP Engineering | Cobalto Pagos

El lun, 2 mar 2026 a las 13:58, Lucía Montaner Ribeiro (<{OWNER}>) escribió:
> Hola Daniela,
>
> ¡Qué buena noticia! El jueves 12 a mediodía (hora de CDMX) me viene perfecto.
>
> Un saludo,
> Lucía
>
> El lun, 2 mar 2026 a las 9:40, Daniela Ruiz Esparza escribió:
>> Hola Lucía, ¿qué tal?
>> ...
>>   - jueves 12 de marzo, a mediodía
""")
add(C, "02-re-brian-thursday-noon.eml", m2)
d3 = T(2026, 3, 3, 8, 15, Z)
m3 = base_msg(C, 3, d3, dani, [ME], "Re: Cobalto Pagos | Siguiente paso – Staff Backend Engineer",
              cc=[brian], in_reply_to=mid(C, 2, "mail.example"),
              references=mid(C, 1, "mail.example") + " " + mid(C, 2, "mail.example"))
body(m3, text=f"""¡Listo, Lucía!

Queda agendado:
  Jueves 12 de marzo, 12:00 h (hora CDMX) – {hhmm(st, 'Europe/Madrid')} h en Madrid
  45 minutos con Brian, en inglés
  Google Meet: https://meet.google.com/bxo-pmrw-tzd

Cualquier cosa me escribes por aquí o por WhatsApp.

Saludos,
Daniela
""")
add(C, "03-daniela-listo-agendado.eml", m3)
label(C, [iv("Cobalto Pagos", "Staff Backend Engineer", st, en, "scheduled", [brian[1]], [brian[1]],
             "hiring_manager")], "hard", "positive/thread-propose-confirm",
      "Spanish recruiter proposes three CDMX slots, VP accepts 'Thursday at noon' in English, recruiter "
      "confirms 12:00 h CDMX (UTC-6, no DST in Mexico) plus Madrid time.")

# --- 03 Google invite in French, then 'Invitation mise à jour' ----------------------------------
C = "b39-03-google-invitation-mise-a-jour"
Z = "Europe/Paris"
claire = ("Claire Vasseur", "claire.vasseur@ferrage.example")
julien = ("Julien Mercier", "julien.mercier@ferrage.example")
nadia = ("Nadia Benali", "nadia.benali@ferrage.example")
role = "Développeuse Full-Stack (H/F)"
st0 = T(2026, 3, 19, 14, 30, Z, 3)
st = T(2026, 3, 20, 10, 0, Z, 4)
en = st + timedelta(hours=1)
uid = "6k3p0rq1b8s2e7ht9vfj4lmw1c@google.com"


def fr_invite(n, date, start, end, seq, subject_prefix, datestr):
    summ = "Entretien technique – Lucía Montaner – " + role
    guests = [claire, julien, nadia]
    plain = (f"{summ}\n{datestr}\nHeure normale d'Europe centrale - Paris\n\n"
             "Participer avec Google Meet\nhttps://meet.google.com/fwe-gkso-yrn\n\n"
             "Participer par téléphone\n(FR) +33 1 70 00 00 00 PIN : 562 219 804#\n\n"
             "Organisateur\nClaire Vasseur\nclaire.vasseur@ferrage.example\n\n"
             "Invités\n" + "\n".join(f"{g[0]}\n{g[1]}" for g in guests) + f"\n{OWNER}\n\n"
             "Entretien technique (1h) : revue de code + discussion architecture avec Julien et Nadia.\n\n"
             "Invitation de Google Agenda : https://calendar.google.com/calendar/\n"
             "Vous recevez cet e-mail, car vous êtes invité à cet événement.\n")
    htm = html_wrap(p(plain), "Roboto,Helvetica,Arial,sans-serif")
    cal = ics({"uid": uid, "seq": seq, "start": start, "end": end, "stamp": date, "summary": summ,
               "description": "Entretien technique (1h) : revue de code + discussion architecture avec Julien et Nadia.\n\nParticiper avec Google Meet : https://meet.google.com/fwe-gkso-yrn",
               "location": "", "organizer": claire,
               "attendees": [(claire[0], claire[1], "ACCEPTED", "REQ-PARTICIPANT"),
                             (julien[0], julien[1], "ACCEPTED", "REQ-PARTICIPANT"),
                             (nadia[0], nadia[1], "NEEDS-ACTION", "REQ-PARTICIPANT"),
                             (OWNER, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")]})
    subj = f"{subject_prefix}: {summ} @ {datestr} (HNEC) ({OWNER})"
    return google_invite(C, n, date, claire, subj, plain, htm, cal)


add(C, "01-invitation-entretien-technique.eml",
    fr_invite(1, T(2026, 3, 5, 11, 2, Z), st0, st0 + timedelta(hours=1), 0, "Invitation",
              "jeu. 19 mars 2026 14:30 - 15:30"))
d2 = T(2026, 3, 16, 9, 47, Z)
m = base_msg(C, 2, d2, claire, [ME], "Entretien technique – petit changement de créneau", cc=[julien])
body(m, text="""Bonjour Lucía,

J'espère que vous allez bien. Julien a un empêchement jeudi après-midi (déplacement client imprévu).
Est-ce qu'on pourrait décaler l'entretien technique au vendredi 20 mars à 10h ? Même format, 1h en
visio avec Julien et Nadia.

Si c'est bon pour vous, je mets à jour l'invitation tout de suite.

Bien cordialement,

Claire Vasseur
Chargée de recrutement – Ferrage Logiciels
12 quai Perrache, 69002 Lyon
Tél. : +33 4 72 00 41 18
""")
add(C, "02-claire-decaler-vendredi.eml", m)
add(C, "03-invitation-mise-a-jour.eml",
    fr_invite(3, T(2026, 3, 16, 14, 20, Z), st, en, 1, "Invitation mise à jour",
              "ven. 20 mars 2026 10:00 - 11:00"))
label(C, [iv("Ferrage Logiciels", role, st, en, "scheduled", [julien[1], nadia[1]], [julien[1], nadia[1]],
             "technical")], "medium", "positive/google-reschedule",
      "French Google invite for jeu. 19 mars 14:30, recruiter asks to move to vendredi 20 à 10h, "
      "'Invitation mise à jour' SEQUENCE 1 same UID -> one interview Fri 10:00 CET.")

# --- 04 Gupy-like ATS (Vagou) + Google 'Convite' in Portuguese, Brasília time --------------------
C = "b39-04-vagou-convite-horario-brasilia"
Z = "America/Sao_Paulo"
fern = ("Fernanda Lopes Tavares", "fernanda.tavares@jacaranda.example")
patr = ("Patrícia Nogueira", "patricia.nogueira@jacaranda.example")
role = "Analista de Dados Pleno"
st = T(2026, 3, 24, 10, 0, Z, 1)
en = st + timedelta(hours=1)
d1 = T(2026, 3, 17, 14, 31, Z)
m = base_msg(C, 1, d1, ("Jacarandá Seguros | Vagou", "nao-responda@vagou.example"), [ME],
             "Entrevista agendada: Analista de Dados Pleno – Jacarandá Seguros", reply_to=fern,
             msg_domain="vagou.example")
txt = f"""Olá, Lucía!

Boas notícias: você avançou no processo seletivo para a vaga {role} na Jacarandá Seguros.

Sua entrevista com a gestora da área, Patrícia Nogueira, está agendada para:

  Dia 24/03 (terça-feira), às 10h (horário de Brasília)
  Duração: 1 hora
  Formato: online, pelo Google Meet (o link chegará no convite da agenda)

Dica: como você está na Espanha, no seu fuso serão {hhmm(st, 'Europe/Madrid')}h.

Em caso de dúvidas, fale com a Fernanda Lopes Tavares, do time de Atração de Talentos:
fernanda.tavares@jacaranda.example

Boa sorte!
Equipe Vagou

--
Você está recebendo esta mensagem porque se candidatou a uma vaga publicada pela Vagou.
Vagou Tecnologia em Recrutamento Ltda. – Rua Funchal 411, Vila Olímpia, São Paulo – SP
"""
body(m, text=txt, html=html_wrap(p(txt)), cte="base64")
add(C, "01-vagou-entrevista-agendada.eml", m)
summ = f"Entrevista – {role} – Lucía Montaner"
plain = (f"{summ}\nterça-feira, 24 de março de 2026⋅10:00 – 11:00\nHorário Padrão de Brasília\n\n"
         "Participar com o Google Meet\nhttps://meet.google.com/ajz-rkqe-wmu\n\n"
         f"Organizador\n{fern[0]}\n{fern[1]}\n\nConvidados\n{fern[0]} - organizador\n{patr[0]}\n{patr[1]}\n{OWNER}\n\n"
         "Convite do Google Agenda: https://calendar.google.com/calendar/\n")
cal = ics({"uid": "1r8vn2xq0a6d5kc9m3u7ytbe4s@google.com", "seq": 0, "start": st, "end": en,
           "stamp": d1 + timedelta(minutes=6), "summary": summ,
           "description": "Entrevista com a Patrícia Nogueira (gestora de Dados).\nhttps://meet.google.com/ajz-rkqe-wmu",
           "organizer": fern,
           "attendees": [(fern[0], fern[1], "ACCEPTED", "REQ-PARTICIPANT"),
                         (patr[0], patr[1], "ACCEPTED", "REQ-PARTICIPANT"),
                         (OWNER, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")]})
add(C, "02-convite-entrevista.eml",
    google_invite(C, 2, d1 + timedelta(minutes=6), fern,
                  f"Convite: {summ} @ ter. 24 de mar. de 2026 10:00 - 11:00 (BRT) ({OWNER})",
                  plain, html_wrap(p(plain)), cal))
label(C, [iv("Jacarandá Seguros", role, st, en, "scheduled", [patr[1]], [patr[1]], "hiring_manager")],
      "medium", "positive/dedupe",
      "Gupy-like ATS mail 'Dia 24/03 às 10h (horário de Brasília)' (base64) + Portuguese Google 'Convite:' "
      "for the same slot -> one interview (Brazil UTC-3, no DST).")

# --- 05 French Outlook invite, then 'on doit annuler' by e-mail -----------------------------------
C = "b39-05-outlook-fr-puis-on-doit-annuler"
Z = "Europe/Paris"
seb = ("Sébastien Roux", "sebastien.roux@orsel.example")
role = "Chef de projet data"
st = T(2026, 3, 26, 11, 0, Z, 3)
en = st + timedelta(minutes=30)
d1 = T(2026, 3, 19, 17, 40, Z)
plain = (f"Bonjour Lucía,\n\nComme convenu au téléphone, voici l'invitation pour notre premier échange "
         f"(30 min) au sujet du poste de {role}.\n\nÀ jeudi,\nSébastien\n\n"
         + TEAMS.replace("Reunión de Microsoft Teams", "Réunion Microsoft Teams").format(code="ORS77xk", mid="382 104 559 201", pw="q7Fz2B"))
cal = ics({"uid": "040000008200E00074C5B7101A82E00800000000B06E3A18C2B7DC01000000000000000010000000ORSEL01",
           "seq": 0, "start": st, "end": en, "stamp": d1,
           "summary": f"Entretien téléphonique – {role} – Maison Orsel",
           "description": plain, "location": "Réunion Microsoft Teams", "organizer": seb,
           "attendees": [(OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")],
           "extra": ms_extra(0), "alarm": True},
          prodid=MS_PRODID, tz=("Romance Standard Time", "Europe/Paris", True))
add(C, "01-entretien-telephonique-teams.eml",
    outlook_invite(C, 1, d1, seb, [ME], f"Entretien téléphonique – {role} – Maison Orsel",
                   plain + "\njeudi 26 mars 2026 11:00-11:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris\n",
                   html_wrap(p(plain), "Aptos,Calibri,sans-serif"), cal))
d2 = T(2026, 3, 24, 8, 55, Z)
m = base_msg(C, 2, d2, seb, [ME], "Notre échange de jeudi", msg_domain="PAXPR08MB7012.eurprd08.prod.outlook.com")
body(m, text=f"""Bonjour Lucía,

Je suis vraiment désolé, mais on doit annuler notre entretien téléphonique de jeudi 26 mars à 11h.
La direction vient de geler le recrutement sur le poste de {role} jusqu'à nouvel ordre (réorganisation
de l'équipe data).

Je garde votre profil en tête et je reviens vers vous si le poste est réouvert.

Bien à vous,

Sébastien Roux
Talent Acquisition Partner – Maison Orsel
48 rue du Faubourg Poissonnière, 75010 Paris
+33 6 41 22 87 09
""")
add(C, "02-on-doit-annuler.eml", m)
label(C, [iv("Maison Orsel", role, st, en, "cancelled", [seb[1]], [seb[1]], "phone_screen")], "medium",
      "positive/cancel-by-email",
      "French Teams invite (Romance Standard Time) for jeudi 26 mars 11:00-11:30 with the recruiter, then "
      "'on doit annuler' e-mail (hiring freeze), no new date -> cancelled.")

# --- 06 Spanish Exchange invite across EU DST, then 'Cancelado:' METHOD:CANCEL --------------------
C = "b39-06-exchange-cancelado-tras-cambio-de-hora"
Z = "Europe/Madrid"
irene = ("Irene Castell", "irene.castell@albaran.example")
jordi = ("Jordi Puig", "jordi.puig@albaran.example")
role = "Ingeniera de Datos"
st = T(2026, 3, 30, 9, 30, Z, 0)
en = st + timedelta(hours=1)
d1 = T(2026, 3, 24, 12, 5, Z)
uid = "040000008200E00074C5B7101A82E008000000001F2A88C4E1BADC01000000000000000010000000ALBARAN"
plain = ("Hola Lucía:\n\nTe envío la convocatoria para la entrevista técnica con Jordi Puig, Jefe de "
         "Sistemas de Información. Será por Teams y durará una hora.\n\nUn saludo,\nIrene Castell\n"
         "Departamento de Personas · Grupo Albarán Logística\nPolígono PLAZA, C/ Taormina 4, 50197 Zaragoza\n"
         "Tel. 976 00 12 48\n\n" + TEAMS.format(code="ALB19ph", mid="351 887 210 664", pw="Yq8rTb"))
desc_when = "lunes, 30 de marzo de 2026 9:30-10:30. (UTC+01:00) Bruselas, Copenhague, Madrid, París"
ev = {"uid": uid, "seq": 0, "start": st, "end": en, "stamp": d1,
      "summary": f"Entrevista técnica – {role} – Lucía Montaner", "description": plain,
      "location": "Reunión de Microsoft Teams", "organizer": irene,
      "attendees": [(jordi[0], jordi[1], "ACCEPTED", "REQ-PARTICIPANT"),
                    (OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")], "extra": ms_extra(0)}
add(C, "01-invitacion-entrevista-tecnica.eml",
    outlook_invite(C, 1, d1, irene, [ME], f"Entrevista técnica – {role} – Lucía Montaner",
                   desc_when + "\n\n" + plain, html_wrap(p(desc_when + "\n\n" + plain), "Aptos,Calibri,sans-serif"),
                   ics(ev, prodid=MS_PRODID, tz=("Romance Standard Time", "Europe/Madrid", True)), cc=[jordi]))
d2 = T(2026, 3, 27, 16, 48, Z)
cplain = ("Hola Lucía:\n\nLo sentimos mucho, pero tenemos que cancelar la entrevista del lunes: Jordi estará "
          "de baja unos días. Te escribiremos en cuanto podamos proponerte una nueva fecha.\n\nIrene")
ev2 = dict(ev, seq=1, stamp=d2, status="CANCELLED", description=cplain,
           summary=f"Cancelado: Entrevista técnica – {role} – Lucía Montaner", extra=ms_extra(1))
add(C, "02-cancelado-entrevista-tecnica.eml",
    outlook_invite(C, 2, d2, irene, [ME], f"Cancelado: Entrevista técnica – {role} – Lucía Montaner",
                   desc_when + "\n\n" + cplain, html_wrap(p(desc_when + "\n\n" + cplain), "Aptos,Calibri,sans-serif"),
                   ics(ev2, method="CANCEL", prodid=MS_PRODID, tz=("Romance Standard Time", "Europe/Madrid", True)),
                   method="CANCEL", cc=[jordi]))
label(C, [iv("Grupo Albarán Logística", role, st, en, "cancelled", [jordi[1]], [jordi[1]], "technical")],
      "hard", "positive/outlook-cancel",
      "Exchange invite sent before EU DST for Mon 30 Mar 9:30 Madrid (already CEST +02:00; body label says "
      "UTC+01:00), then 'Cancelado:' METHOD:CANCEL SEQUENCE 1 -> cancelled.")

# --- 07 Lisbon: phone screen + technical after DST (two interviews) -------------------------------
C = "b39-07-lisboa-triagem-e-tecnica"
Z = "Europe/Lisbon"
joana = ("Joana Sequeira", "joana.sequeira@maredigital.example")
rui = ("Rui Matos", "rui.matos@maredigital.example")
helen = ("Helen Park", "helen.park@maredigital.example")
role = "Engenheira de Software Backend"
s1 = T(2026, 3, 20, 10, 0, Z, 4)
e1 = s1 + timedelta(minutes=20)
s2 = T(2026, 4, 2, 15, 0, Z, 3)
e2 = s2 + timedelta(hours=1)
d1 = T(2026, 3, 16, 11, 20, Z)
m = base_msg(C, 1, d1, joana, [ME], "Candidatura – Engenheira de Software Backend (Maré Digital)")
body(m, text="""Olá Lucía,

Obrigada pela sua candidatura à vaga de Engenheira de Software Backend na Maré Digital.
Gostaríamos de fazer uma primeira conversa telefónica consigo, de uns 20 minutos, para conhecer melhor
o seu percurso e explicar-lhe o processo.

Poderia ser na sexta-feira, dia 20 de março, às 10h (hora de Lisboa)? Se não der, diga-me duas ou três
alternativas.

Com os melhores cumprimentos,
Joana Sequeira
Talent Partner | Maré Digital
Av. 24 de Julho 102, 1200-870 Lisboa
+351 913 402 118
""")
add(C, "01-joana-primeira-conversa.eml", m)
d2 = T(2026, 3, 16, 16, 2, Z)
m = base_msg(C, 2, d2, joana, [ME], "RE: Candidatura – Engenheira de Software Backend (Maré Digital)",
             in_reply_to=mid(C, 1, "mail.example"), references=mid(C, 1, "mail.example"))
body(m, text=f"""Combinado, Lucía! Ligo-lhe na sexta às 10h (hora de Lisboa, {hhmm(s1, 'Europe/Madrid')}h em Madrid) para o
+34 612 48 90 37.

Até sexta,
Joana

-----Mensagem original-----
De: Lucía Montaner Ribeiro <{OWNER}>
Enviada: segunda-feira, 16 de março de 2026 15:41
Para: Joana Sequeira <joana.sequeira@maredigital.example>
Assunto: Re: Candidatura – Engenheira de Software Backend (Maré Digital)

Olá Joana, sexta às 10h (Lisboa) está perfeito. O meu número é +34 612 48 90 37.
Obrigada!
Lucía
""")
add(C, "02-re-combinado-sexta-10h.eml", m)
d3 = T(2026, 3, 23, 9, 12, Z)
m = base_msg(C, 3, d3, joana, [ME], "Next step: technical interview at Maré Digital", cc=[rui, helen])
body(m, text=f"""Hi Lucía,

Thanks again for Friday's call - great news: the team would like to move you forward to the technical
interview (our engineering team works in English, so this one will be in English).

  When: Thursday 2 April, 15:00-16:00 Lisbon time
        (heads-up: Portugal moves to summer time on 29 March, so that is {hhmm(s2, 'Europe/Madrid')} in Madrid)
  Who:  Rui Matos (Engineering Manager) and Helen Park (Senior Backend Engineer)
  What: a system-design conversation around one of our real services, no live coding

I'm attaching the calendar invite. Let me know if anything changes.

Best,
Joana
""")
add(C, "03-joana-technical-interview.eml", m)
cal = ics({"uid": "3mq8b1c0r5tfl2vz7a9e6xk4dh@google.com", "seq": 0, "start": s2, "end": e2, "stamp": d3,
           "summary": "Maré Digital – Technical interview – Lucía Montaner",
           "description": "System design conversation with Rui Matos and Helen Park.\nhttps://meet.google.com/mre-tqvb-hcz",
           "location": "https://meet.google.com/mre-tqvb-hcz", "organizer": joana,
           "attendees": [(rui[0], rui[1], "ACCEPTED", "REQ-PARTICIPANT"),
                         (helen[0], helen[1], "ACCEPTED", "REQ-PARTICIPANT"),
                         (OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")]},
          tz=("Europe/Lisbon", "Europe/Lisbon", False))
add(C, "04-technical-interview.ics", cal.encode())
label(C, [iv("Maré Digital", role, s1, e1, "scheduled", [joana[1]], [joana[1]], "phone_screen"),
          iv("Maré Digital", role, s2, e2, "scheduled", [rui[1], helen[1]], [rui[1], helen[1]], "technical")],
      "hard", "positive/two-interviews",
      "PT-PT recruiter phone screen 'sexta-feira, 20 de março, às 10h (hora de Lisboa)' (WET +00:00), then "
      "English technical interview 2 April 15:00 Lisbon (WEST +01:00, after DST) with standalone .ics.")

# --- 08 Barcelona onsite loop, Factorial-like ATS itinerary (HTML-only) ---------------------------
C = "b39-08-nexo-jornada-presencial-barcelona"
Z = "Europe/Madrid"
aina = ("Aina Ferrer", "aina.ferrer@tessela.example")
loop = [((9, 30), (10, 15), ("Pol Serra", "pol.serra@tessela.example"), "Tech Lead", "Conversación técnica: experiencia y proyectos"),
        ((10, 30), (11, 30), ("Marina Esteve", "marina.esteve@tessela.example"), "Staff Engineer", "Pair programming (C++/ROS 2)"),
        ((11, 45), (12, 30), ("Laura Domènech", "laura.domenech@tessela.example"), "Product Manager", "Producto y colaboración"),
        ((13, 30), (14, 15), ("Sergi Vidal", "sergi.vidal@tessela.example"), "CTO", "Cierre con el CTO")]
day = (2026, 4, 17)
assert T(*day, 9, 0, Z).weekday() == 4
st = T(*day, *loop[0][0], Z)
en = T(*day, *loop[-1][1], Z)
role = "Robotics Software Engineer"
d1 = T(2026, 4, 8, 10, 3, Z)
rows = "".join(f"<tr><td>{a[0]}:{a[1]:02d} – {b[0]}:{b[1]:02d}</td><td>{who[0]} ({pos})</td><td>{what}</td></tr>"
               for a, b, who, pos, what in loop[:3])
rows += "<tr><td>12:30 – 13:30</td><td>Equipo de Ingeniería</td><td>Comida informal en la oficina</td></tr>"
a, b, who, pos, what = loop[3]
rows += f"<tr><td>{a[0]}:{a[1]:02d} – {b[0]}:{b[1]:02d}</td><td>{who[0]} ({pos})</td><td>{what}</td></tr>"
m = base_msg(C, 1, d1, ("Tessela Robotics (Nexo People)", "no-reply@nexopeople.example"), [ME],
             "Tu jornada presencial en Tessela Robotics – viernes 17 de abril", reply_to=aina,
             msg_domain="nexopeople.example")
body(m, html=html_wrap(
    "<p>Hola Lucía,</p><p>¡Enhorabuena! Has pasado a la última fase del proceso para "
    f"<b>{role}</b>. Te esperamos el <b>viernes 17 de abril</b> en nuestras oficinas para la jornada "
    "presencial de entrevistas. Este es el itinerario (hora de Barcelona):</p>"
    '<table border="1" cellpadding="6" style="border-collapse:collapse">'
    "<tr><th>Hora</th><th>Con</th><th>Tema</th></tr>" + rows + "</table>"
    "<p>Dirección: Tessela Robotics, C/ de Pujades 77, 4ª planta, 08005 Barcelona (metro Llacuna).<br>"
    "Pregunta por Aina Ferrer en recepción.</p>"
    "<p>Si tienes cualquier duda, responde a este mensaje.</p>"
    '<p style="color:#999;font-size:11px">Nexo People · Software de RR. HH. · Este mensaje se ha generado '
    "automáticamente.</p>"))
add(C, "01-nexo-itinerario-jornada.eml", m)
d2 = T(2026, 4, 9, 18, 20, Z)
m = base_msg(C, 2, d2, aina, [ME], "Re: Tu jornada presencial en Tessela Robotics – viernes 17 de abril",
             cc=[l[2] for l in loop], in_reply_to=mid(C, 1, "nexopeople.example"),
             references=mid(C, 1, "nexopeople.example"))
body(m, text=f"""Hola Lucía,

Te escribo en copia con Pol, Marina, Laura y Sergi para que tengas sus correos por si quieres
escribirles después. Un par de detalles prácticos para el viernes 17:

- Llega sobre las 9:15 h para darte la acreditación; la primera entrevista empieza a las 9:30 h.
- Terminamos hacia las 14:15 h con Sergi.
- Para el pair programming con Marina trae tu portátil con un entorno de C++ listo (si no, te dejamos uno).
- Trae el DNI o el NIE para la recepción del edificio.

¡Nos vemos!

Aina Ferrer
People Partner · Tessela Robotics
C/ de Pujades 77, 4a planta · 08005 Barcelona
T. +34 931 22 45 60
""")
add(C, "02-aina-detalles-practicos.eml", m)
ivs = [l[2][1] for l in loop]
label(C, [iv("Tessela Robotics", role, st, en, "scheduled", ivs, ivs, "onsite")], "hard",
      "positive/onsite-loop",
      "HTML-only ATS itinerary with four back-to-back sessions + lunch on Fri 17 Apr (CEST) and a coordinator "
      "follow-up copying all interviewers -> one onsite 9:30-14:15.")

# --- 09 Bogotá: '¿podríamos cambiarlo al jueves?' -------------------------------------------------
C = "b39-09-bogota-podriamos-cambiarlo-al-jueves"
Z = "America/Bogota"
vale = ("Valentina Ospina", "valentina.ospina@cafeto.example")
role = "Data Scientist Senior"
st0 = T(2026, 3, 10, 16, 0, Z, 1)
st = T(2026, 3, 12, 16, 0, Z, 3)
en = st + timedelta(minutes=30)
d1 = T(2026, 3, 4, 11, 25, Z)
m = base_msg(C, 1, d1, vale, [ME], "Cafeto Analytics – primera llamada (Data Scientist Senior)")
body(m, text=f"""Hola Lucía, buenos días.

Soy Valentina, de Talento Humano en Cafeto Analytics. Revisamos tu hoja de vida para la vacante de
{role} y nos encantaría conversar contigo.

Te propongo una llamada de 30 minutos el martes 10 de marzo a las 4:00 p. m. (hora de Colombia),
que serían las {hhmm(st0, 'Europe/Madrid')} en Madrid si no estoy mal. La hago yo misma por Google Meet.

Quedo atenta,
Valentina Ospina
Analista de Talento Humano | Cafeto Analytics
Cra. 11 # 93-46, Oficina 502, Bogotá D.C.
Cel. +57 310 555 0142
""")
add(C, "01-valentina-primera-llamada.eml", m)
d2 = T(2026, 3, 5, 9, 2, Z)
m = base_msg(C, 2, d2, vale, [ME], "RE: Cafeto Analytics – primera llamada (Data Scientist Senior)",
             in_reply_to="<CAK4x9Fz0p1Lm@mail.example>",
             references=mid(C, 1, "mail.example") + " <CAK4x9Fz0p1Lm@mail.example>")
body(m, text=f"""¡Claro que sí, Lucía! Sin problema.

Lo pasamos para el jueves 12 de marzo, a la misma hora: 4:00 p. m. hora Colombia ({hhmm(st, 'Europe/Madrid')} h en Madrid),
30 minutos. Te comparto el enlace: https://meet.google.com/cfo-wqzn-ybr

Un abrazo,
Valentina

________________________________
De: Lucía Montaner Ribeiro <{OWNER}>
Enviado: miércoles, 4 de marzo de 2026 14:10
Para: Valentina Ospina <valentina.ospina@cafeto.example>
Asunto: Re: Cafeto Analytics – primera llamada (Data Scientist Senior)

Hola Valentina, ¡muchas gracias!

El martes a esa hora tengo un compromiso que no puedo mover. ¿Podríamos cambiarlo al jueves, a la
misma hora?

Un saludo,
Lucía
""")
add(C, "02-re-claro-jueves.eml", m)
label(C, [iv("Cafeto Analytics", role, st, en, "scheduled", [vale[1]], [vale[1]], "phone_screen")], "medium",
      "positive/reschedule-by-email",
      "Colombian recruiter proposes martes 10 a las 4:00 p. m. (UTC-5); candidate asks '¿podríamos cambiarlo "
      "al jueves?'; recruiter confirms jueves 12 same time -> final Thu 16:00-16:30 -05:00.")

# --- 10 Santiago de Chile: Calendar API event right after Chile's DST end --------------------------
C = "b39-10-gcal-json-santiago-horario-invierno"
Z = "America/Santiago"
cami = ("Camila Reyes", "camila.reyes@andesur.example")
tomas = ("Tomás Fuentes", "tomas.fuentes@andesur.example")
role = "Ingeniera de Datos"
st = T(2026, 4, 7, 10, 0, Z, 1)
en = st + timedelta(hours=1)
d1 = T(2026, 3, 31, 12, 40, Z)
m = base_msg(C, 1, d1, cami, [ME], "Andesur – entrevista técnica martes 7 de abril")
body(m, text=f"""Hola Lucía:

Te acabo de enviar la invitación en Google Calendar para tu entrevista técnica con Tomás Fuentes,
Jefe de Datos, el martes 7 de abril a las 10:00 (hora de Chile continental). Dura una hora.

Ojo, que el domingo 5 de abril en Chile volvemos al horario de invierno, así que la diferencia con
Madrid ese día será de {int((st.astimezone(ZoneInfo('Europe/Madrid')).utcoffset() - st.utcoffset()).total_seconds() // 3600)} horas (serán las {hhmm(st, 'Europe/Madrid')} allá).

Saludos cordiales,
Camila Reyes
Reclutamiento y Selección | Andesur Minería Digital
Av. Apoquindo 4501, Las Condes, Santiago
+56 9 8712 3360
""")
add(C, "01-camila-entrevista-tecnica.eml", m)
ev = {
    "kind": "calendar#event", "etag": "\"3391829204118000\"", "id": "7ps0aqv3k1d9m2fhx6gzj4wct8",
    "status": "confirmed",
    "htmlLink": "https://www.google.com/calendar/event?eid=N3BzMGFxdjNrMWQ5bTJmaHg2Z3pqNHdjdDggbHVjaWEubW9udGFuZXJAZXhhbXBsZS5jb20",
    "created": d1.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
    "updated": (d1 + timedelta(minutes=2)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.412Z"),
    "summary": f"Entrevista técnica Lucía Montaner / {role} – Andesur",
    "description": "Entrevista técnica con Tomás Fuentes (Jefe de Datos): SQL, modelado y pipelines. "
                   "Camila coordina el proceso.",
    "creator": {"email": cami[1], "displayName": cami[0]},
    "organizer": {"email": cami[1], "displayName": cami[0]},
    "start": {"dateTime": st.isoformat(), "timeZone": Z},
    "end": {"dateTime": en.isoformat(), "timeZone": Z},
    "iCalUID": "7ps0aqv3k1d9m2fhx6gzj4wct8@google.com", "sequence": 0,
    "attendees": [{"email": cami[1], "displayName": cami[0], "organizer": True, "responseStatus": "accepted"},
                  {"email": tomas[1], "displayName": tomas[0], "responseStatus": "accepted"},
                  {"email": OWNER, "self": True, "responseStatus": "needsAction"}],
    "hangoutLink": "https://meet.google.com/ands-kqpe-vtr",
    "reminders": {"useDefault": True}, "eventType": "default"}
add(C, "02-entrevista-tecnica.gcal.json", (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode())
label(C, [iv("Andesur Minería Digital", role, st, en, "scheduled", [tomas[1]], [tomas[1]], "technical")],
      "hard", "positive/gcal-json",
      "Recruiter mail + Calendar API event in America/Santiago on Tue 7 Apr 10:00, two days after Chile "
      "leaves summer time (-04:00, not -03:00).")

# --- 11 Forwarded client confirmation via Mexican agency, 'Thu 3/19 @ 4:30p PT' -------------------
C = "b39-11-agencia-reenvia-confirmacion-pt"
rod = ("Rodrigo Salinas", "rodrigo.salinas@puentetalento.example")
megan = ("Megan Price", "megan.price@solvohealth.example")
aaron = ("Aaron Whitfield", "aaron.whitfield@solvohealth.example")
role = "Senior Data Engineer"
st = T(2026, 3, 19, 16, 30, "America/Los_Angeles", 3)
en = st + timedelta(minutes=45)
dfwd = T(2026, 3, 16, 19, 2, "America/Los_Angeles")
d1 = T(2026, 3, 16, 21, 15, "America/Mexico_City")
m = base_msg(C, 1, d1, rod, [ME], "RV: Solvo Health <> Lucía Montaner - confirmed")
body(m, text=f"""Hola Lucía,

Te reenvío la confirmación de Solvo. Ojo con la hora: 4:30 p.m. del Pacífico son las
{hhmm(st, 'America/Mexico_City')} h de CDMX, y para ti en Madrid serán las {hhmm(st, 'Europe/Madrid')} del viernes (sí, de madrugada,
ya les pedí algo más temprano pero Aaron no tiene otro hueco esta semana). Es con Aaron, el Director
de Ingeniería, así que es la entrevista importante. Prepárate bien el caso de migración a Snowflake.

Cualquier cosa me marcas.

Rodrigo Salinas
Senior Tech Recruiter | Puente Talento
Montes Urales 424, Lomas de Chapultepec, CDMX
+52 55 6101 4489

---------- Forwarded message ---------
De: Megan Price <{megan[1]}>
Date: {format_datetime(dfwd)}
Subject: Solvo Health <> Lucía Montaner - confirmed
To: Rodrigo Salinas <{rod[1]}>
Cc: Aaron Whitfield <{aaron[1]}>

Hi Rodrigo,

Confirmed for Thu 3/19 @ 4:30p PT with Aaron Whitfield (Director of Engineering) for the {role}
role. 45 min on Zoom: https://solvohealth.zoom.example/j/84410927731

Please pass along to Lucía. Thanks!

Megan Price | Talent Partner | Solvo Health
""")
# base64 body to mimic the agency's mail client
m2 = EmailMessage()
for k, v in m.items():
    if k.lower() not in ("content-type", "content-transfer-encoding", "mime-version"):
        m2[k] = v
m2.set_content(m.get_content(), cte="base64")
add(C, "01-rv-solvo-confirmed.eml", m2)
label(C, [iv("Solvo Health", role, st, en, "scheduled", [aaron[1]], [aaron[1]], "hiring_manager")], "hard",
      "positive/forwarded",
      "Agency recruiter (Spanish, base64) forwards client's English 'Thu 3/19 @ 4:30p PT' confirmation; "
      "PDT after US DST (-07:00); Madrid/CDMX conversions in the cover note.")

# --- 12 Welcome-to-the-Jungle-like ATS (Cap Recrue), confirmation + CTO note in English -----------
C = "b39-12-cap-recrue-entretien-cto"
Z = "Europe/Paris"
theo = ("Théo Garnier", "theo.garnier@lumio.example")
role = "Lead Data Engineer"
st = T(2026, 4, 13, 14, 30, Z, 0)
en = st + timedelta(minutes=45)
d1 = T(2026, 4, 7, 16, 10, Z)
m = base_msg(C, 1, d1, ("Lumio Santé via Cap Recrue", "notifications@caprecrue.example"), [ME],
             "Votre entretien avec Lumio Santé est confirmé 🎉", msg_domain="caprecrue.example",
             extra=[("List-Unsubscribe", "<https://www.caprecrue.example/preferences>")])
txt = f"""Bonjour Lucía,

Votre entretien pour le poste de {role} chez Lumio Santé est confirmé.

Quand : le lundi 13 avril 2026 à 14h30 (heure de Paris) – 45 min
Où : visioconférence (Google Meet), le lien est dans l'invitation jointe
Avec : Théo Garnier, CTO

Besoin de modifier ou d'annuler ? Rendez-vous dans votre espace candidat :
https://www.caprecrue.example/candidat/entretiens/LUM-4471

Bonne préparation !
L'équipe Cap Recrue
"""
body(m, text=txt, html=html_wrap(p(txt)))
cal = ics({"uid": "caprecrue-LUM-4471@caprecrue.example", "seq": 0, "start": st, "end": en, "stamp": d1,
           "summary": "Entretien Lumio Santé – Lead Data Engineer",
           "description": "Avec Théo Garnier (CTO). Google Meet : https://meet.google.com/lum-oxgc-pdr",
           "location": "https://meet.google.com/lum-oxgc-pdr",
           "organizer": ("Cap Recrue", "notifications@caprecrue.example"),
           "attendees": [(OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")]},
          prodid="-//Cap Recrue//Agenda//FR")
m.add_attachment(cal.encode(), maintype="text", subtype="calendar", filename="entretien-lumio.ics")
add(C, "01-cap-recrue-entretien-confirme.eml", m)
d2 = T(2026, 4, 8, 8, 45, Z)
m = base_msg(C, 2, d2, theo, [ME], "Monday")
body(m, text="""Hi Lucía,

Just a quick note ahead of Monday (14h30 Paris time) - I saw you're more comfortable in English or
Spanish than in French, so we'll do the conversation in English, no problem at all.

It'll be just the two of us: I'd like to hear about the lakehouse migration you led, and I'll tell you
where our data platform is going. No need to prepare slides.

See you Monday,
Théo

--
Théo Garnier
CTO · Lumio Santé
9 rue des Petites Écuries, 75010 Paris
""")
add(C, "02-theo-monday.eml", m)
label(C, [iv("Lumio Santé", role, st, en, "scheduled", [theo[1]], [theo[1]], "hiring_manager")], "medium",
      "positive/ats-email-with-ics",
      "WTTJ-like ATS confirmation 'le lundi 13 avril 2026 à 14h30 (heure de Paris) – 45 min' with UTC .ics "
      "(ATS organizer) + CTO's own English note -> one interview, follow-up to the CTO.")

# --- 13 Outlook invite with 'GMT Standard Time' for the Canary Islands after DST --------------------
C = "b39-13-outlook-canarias-gmt-standard-time"
Z = "Atlantic/Canary"
nerea = ("Nerea Santana", "nerea.santana@volcanazul.example")
aitor = ("Aitor Medina", "aitor.medina@volcanazul.example")
yaiza = ("Yaiza Cabrera", "yaiza.cabrera@volcanazul.example")
role = "Desarrolladora Android"
st = T(2026, 3, 31, 10, 0, Z, 1)
en = st + timedelta(hours=1)
d1 = T(2026, 3, 25, 13, 30, Z)
plain = (f"Hola Lucía,\n\nTal como hablamos, te convocamos a la entrevista técnica para el puesto de {role}. "
         f"Estarán Aitor Medina (Lead Android) y Yaiza Cabrera (QA Lead). Ojo: la hora es la canaria, "
         f"las 10:00 en Las Palmas son las {hhmm(st, 'Europe/Madrid')} en la Península.\n\n"
         "Saludos,\nNerea Santana\nRecursos Humanos · Volcán Azul Software\n"
         "C/ León y Castillo 211, 35004 Las Palmas de Gran Canaria · 928 00 33 71\n\n"
         + TEAMS.format(code="VAZ55qe", mid="329 004 118 775", pw="Kd3pQx"))
when = "martes, 31 de marzo de 2026 10:00-11:00. (UTC+00:00) Dublín, Edimburgo, Lisboa, Londres"
cal = ics({"uid": "040000008200E00074C5B7101A82E00800000000D51C3F27F8BCDC01000000000000000010000000VOLCAN",
           "seq": 0, "start": st, "end": en, "stamp": d1,
           "summary": f"Entrevista técnica – {role}", "description": when + "\n\n" + plain,
           "location": "Reunión de Microsoft Teams", "organizer": nerea,
           "attendees": [(aitor[0], aitor[1], "ACCEPTED", "REQ-PARTICIPANT"),
                         (yaiza[0], yaiza[1], "ACCEPTED", "REQ-PARTICIPANT"),
                         (OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")], "extra": ms_extra(0)},
          prodid=MS_PRODID, tz=("GMT Standard Time", "Atlantic/Canary", True))
add(C, "01-invitacion-entrevista-tecnica.eml",
    outlook_invite(C, 1, d1, nerea, [ME, aitor, yaiza], f"Invitación: Entrevista técnica – {role}",
                   when + "\n\n" + plain, html_wrap(p(when + "\n\n" + plain), "Aptos,Calibri,sans-serif"), cal))
label(C, [iv("Volcán Azul Software", role, st, en, "scheduled", [aitor[1], yaiza[1]], [aitor[1], yaiza[1]],
             "technical")], "hard", "positive/outlook-invite",
      "Exchange invite with TZID 'GMT Standard Time' and '(UTC+00:00) Dublín...' label, sent before EU DST "
      "for Tue 31 Mar 10:00 Canary time = WEST +01:00.")

# ============================================================================= NEGATIVES
# --- 14 Bank 'cita' with the mortgage manager (.ics) ----------------------------------------------
C = "b39-14-banco-cita-gestor-hipoteca"
Z = "Europe/Madrid"
bst = T(2026, 3, 17, 10, 30, Z, 1)
d1 = T(2026, 3, 12, 18, 4, Z)
m = base_msg(C, 1, d1, ("Banco Meridión", "citas@meridion.example"), [ME],
             "Tu cita está confirmada: martes 17 de marzo, 10:30 h", msg_domain="meridion.example")
txt = """Hola, Lucía:

Tu cita con tu gestora, Elena Prieto, está confirmada.

  Motivo: entrevista personal – estudio de hipoteca
  Fecha: martes 17 de marzo de 2026
  Hora: a las 10:30 h
  Oficina: 0412 – C/ Alcalá 120, 28009 Madrid

En la entrevista repasaremos tu situación laboral y tus ingresos. Como candidata a la financiación, trae
DNI, las tres últimas nóminas, la vida laboral y la última declaración de la renta. Si estás en proceso de
cambio de empleo, coméntaselo a tu gestora: podemos valorarlo.

¿No puedes venir? Cambia o cancela tu cita desde la app Meridión o en el 900 000 412.

Banco Meridión, S.A. – Este es un mensaje automático, por favor no respondas.
"""
body(m, text=txt, html=html_wrap(p(txt)))
cal = ics({"uid": "cita-0412-88120@meridion.example", "seq": 0, "start": bst, "end": bst + timedelta(minutes=45),
           "stamp": d1, "summary": "Cita Banco Meridión – Estudio de hipoteca",
           "description": "Entrevista personal con tu gestora Elena Prieto. Oficina 0412, C/ Alcalá 120, Madrid.",
           "location": "Banco Meridión, C/ Alcalá 120, 28009 Madrid",
           "organizer": ("Banco Meridión", "citas@meridion.example"),
           "attendees": [(OWNER_NAME, OWNER, "ACCEPTED", "REQ-PARTICIPANT")]},
          method="PUBLISH", prodid="-//Banco Meridion//Citas//ES", tz=("Europe/Madrid", "Europe/Madrid", False))
m.add_attachment(cal.encode(), maintype="text", subtype="calendar", filename="cita.ics")
add(C, "01-cita-confirmada.eml", m)
label(C, [], "medium", "negative/bank-appointment",
      "Bank mortgage 'cita'/'entrevista personal' with a gestora, employment docs, .ics -> not a job interview.")

# --- 15 Newspaper 'entrevista' (press) ------------------------------------------------------------
C = "b39-15-periodico-entrevista-seccion-economia"
Z = "Europe/Madrid"
pilar = ("Pilar Aranda", "p.aranda@elfarodelevante.example")
d1 = T(2026, 3, 13, 12, 30, Z)
m = base_msg(C, 1, d1, pilar, [ME], "Entrevista para El Faro de Levante – mujeres en datos")
body(m, text="""Hola Lucía:

Soy Pilar Aranda, periodista de la sección de Economía de El Faro de Levante. Estoy preparando un
reportaje sobre mujeres que trabajan en ingeniería de datos y buscan empleo en el extranjero, y una
compañera de la asociación DatosConElla me ha pasado tu contacto.

¿Te animarías a una entrevista? Serían unos 30 minutos por teléfono. Te propongo el jueves 19 de marzo
a las 18:00 h, pero me adapto.

Un saludo cordial,
Pilar Aranda
Redactora – Economía | El Faro de Levante
Av. del Puerto 58, 46023 València · 963 00 71 20
""")
add(C, "01-pilar-propuesta-entrevista.eml", m)
d2 = T(2026, 3, 16, 9, 10, Z)
m = base_msg(C, 2, d2, pilar, [ME], "Re: Entrevista para El Faro de Levante – mujeres en datos",
             in_reply_to="<CAHn2q8v0Lucia@mail.example>", references=mid(C, 1, "mail.example") + " <CAHn2q8v0Lucia@mail.example>")
body(m, text=f"""¡Genial, Lucía! Entonces te llamo el jueves 19 a las 18:00 h. La pieza saldrá en el suplemento
del domingo; si quieres, te paso las citas textuales antes de publicar.

Gracias de nuevo,
Pilar

El 14/03/2026 a las 11:02, Lucía Montaner Ribeiro escribió:
> Hola Pilar, encantada de participar. El jueves 19 a las 18:00 me va bien.
> Lucía
""")
add(C, "02-re-pilar-confirmado.eml", m)
label(C, [], "hard", "negative/press-interview",
      "Journalist books a phone 'entrevista' with the user for a newspaper article; time confirmed -> press, "
      "not a job interview.")

# --- 16 Gym 'séance d'essai' with a short 'entretien' ---------------------------------------------
C = "b39-16-salle-sport-seance-essai"
Z = "Europe/Paris"
d1 = T(2026, 3, 20, 19, 12, Z)
m = base_msg(C, 1, d1, ("Club Vertical Lyon", "bonjour@clubvertical.example"), [ME],
             "Votre séance d'essai est confirmée – mercredi 25 mars à 18h30", msg_domain="clubvertical.example")
txt = """Bonjour Lucía,

Merci pour votre inscription ! Votre séance d'essai gratuite est confirmée :

  Mercredi 25 mars à 18h30 – durée 1h15
  Club Vertical Lyon Confluence, 14 cours Charlemagne, 69002 Lyon
  Avec votre coach : Mehdi

La séance commence par un court entretien avec votre coach (objectifs, antécédents, disponibilités),
suivi d'une initiation sur le mur de bloc. Prévoyez une tenue de sport ; les chaussons sont prêtés.

Un empêchement ? Merci de nous prévenir au moins 24h à l'avance en répondant à ce mail.

Sportivement,
L'équipe Club Vertical
"""
body(m, text=txt, html=html_wrap(p(txt)))
add(C, "01-seance-essai-confirmee.eml", m)
label(C, [], "easy", "negative/gym-trial",
      "Climbing gym trial session with an 'entretien' with the coach -> not a job interview.")

# --- 17 University 'soutenance' (thesis defence jury invitation) ----------------------------------
C = "b39-17-soutenance-these-jury"
Z = "Europe/Paris"
sst = T(2026, 4, 2, 14, 0, Z, 3)
d1 = T(2026, 3, 9, 10, 0, Z)
ed = ("École doctorale MathInfo – Université Rhône-Saône", "ed-mathinfo@univ-rhone-saone.example")
m = base_msg(C, 1, d1, ed, [ME], "Convocation – Soutenance de thèse de M. Karim Haddad (2 avril 2026)",
             msg_domain="univ-rhone-saone.example")
txt = """Madame,

Nous avons le plaisir de vous confirmer votre participation, en qualité d'examinatrice, au jury de la
soutenance de thèse de M. Karim Haddad, intitulée « Apprentissage de représentations pour séries
temporelles industrielles ».

La soutenance aura lieu le jeudi 2 avril 2026 à 14h, salle des thèses (bâtiment Condorcet), et sera
également retransmise en visioconférence. Après l'exposé du candidat (45 min) et les questions, le jury
se retirera pour délibérer. Un entretien préalable du jury avec le candidat n'est pas prévu.

Vous trouverez ci-joint le manuscrit ainsi qu'une invitation calendrier.

Bien cordialement,
Le secrétariat de l'École doctorale MathInfo
Université Rhône-Saône – 43 bd du 11 Novembre 1918, 69100 Villeurbanne
"""
body(m, text=txt)
cal = ics({"uid": "soutenance-haddad-20260402@univ-rhone-saone.example", "seq": 0, "start": sst,
           "end": sst + timedelta(hours=3), "stamp": d1, "summary": "Soutenance de thèse – Karim Haddad (jury)",
           "description": "Soutenance de thèse de M. Karim Haddad. Membre du jury : Mme Lucía Montaner Ribeiro.",
           "location": "Salle des thèses, bâtiment Condorcet, Villeurbanne", "organizer": ed,
           "attendees": [(OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")]},
          prodid="-//Universite Rhone-Saone//Agenda//FR", tz=("Europe/Paris", "Europe/Paris", False))
m.add_attachment(cal.encode(), maintype="text", subtype="calendar", filename="soutenance.ics")
add(C, "01-convocation-soutenance.eml", m)
label(C, [], "medium", "negative/academic-defence",
      "Thesis defence ('soutenance', 'candidat', 'jury') where the user sits on the jury -> not a job interview.")

# --- 18 Rejection 'lamentamos informarte' after interviews ----------------------------------------
C = "b39-18-plantel-lamentamos-informarte"
Z = "Europe/Madrid"
d1 = T(2026, 3, 18, 17, 35, Z)
m = base_msg(C, 1, d1, ("Cobre Studio (Plantel)", "no-reply@plantelhr.example"), [ME],
             "Actualización sobre tu candidatura – Frontend Engineer en Cobre Studio",
             reply_to=("Ana Lozano", "ana.lozano@cobrestudio.example"), msg_domain="plantelhr.example")
txt = """Hola Lucía:

Queremos agradecerte el tiempo que nos dedicaste en la entrevista del pasado martes 10 de marzo con Ana
y Luis, y en la prueba técnica. Fue un placer conocerte.

Tras valorar todas las candidaturas, lamentamos informarte de que hemos decidido continuar el proceso
con otra candidata cuyo perfil se ajusta más a lo que buscamos en este momento para el rol de Frontend
Engineer.

Guardaremos tus datos en nuestra base de talento y te escribiremos si se abre una posición que encaje
contigo (por ejemplo, el rol de Data Visualization Engineer que prevemos para otoño). Si quieres
feedback de las entrevistas, puedes responder a este correo.

Un abrazo,
Ana Lozano – Talent · Cobre Studio
"""
body(m, text=txt, html=html_wrap(p(txt)))
add(C, "01-lamentamos-informarte.eml", m)
label(C, [], "medium", "negative/rejection",
      "Spanish ATS rejection referencing a past interview date -> no interview to detect.")

# --- 19 Brazilian ATS: 'agende sua entrevista' self-scheduling link (unbooked) ---------------------
C = "b39-19-vagou-agende-sua-entrevista-link"
Z = "America/Sao_Paulo"
d1 = T(2026, 3, 20, 9, 5, Z)
m = base_msg(C, 1, d1, ("Ipê Logística | Vagou", "nao-responda@vagou.example"), [ME],
             "Você avançou! Agende sua entrevista – Cientista de Dados (Ipê Logística)", msg_domain="vagou.example")
txt = """Olá, Lucía!

Parabéns! Você foi aprovada na etapa de testes e avançou para a etapa de Entrevista com RH da vaga
Cientista de Dados na Ipê Logística.

Agora é com você: escolha o melhor dia e horário para a sua entrevista pelo link abaixo. Há horários
disponíveis de segunda a sexta, das 9h às 18h (horário de Brasília), até o dia 27/03.

  ➜ Agendar minha entrevista: https://ipe.vagou.example/agendamento/8Kq2Zx

Importante: o link expira em 27/03 às 23h59. Após o agendamento você receberá um convite com o link
da videochamada.

Boa sorte!
Equipe Vagou
"""
body(m, text=txt, html=html_wrap(p(txt)), cte="base64")
add(C, "01-agende-sua-entrevista.eml", m)
label(C, [], "hard", "negative/availability-request",
      "Portuguese ATS self-scheduling link with time windows and deadline; nothing booked -> not an interview.")

# --- 20 User is on the interview panel at her current employer (Exchange invite) -------------------
C = "b39-20-usuaria-entrevistadora-panel"
Z = "Europe/Madrid"
ivan = ("Iván Roca", "ivan.roca@darsena.example")
rrhh = ("Sonia Beltrán", "sonia.beltran@darsena.example")
pst = T(2026, 3, 25, 11, 0, Z, 2)
d1 = T(2026, 3, 19, 9, 30, Z)
plain = ("Hola panel:\n\nOs convoco a la entrevista técnica del candidato Pedro Salgado para la vacante de "
         "Backend Sr. Lucía, tú llevas la parte de modelado de datos e Iván la de diseño de APIs. Tenéis su CV "
         "y la guía de entrevista en la ficha de Plantel. Por favor, rellenad el scorecard antes de 24 h.\n\n"
         "Gracias,\nSonia Beltrán\nTalent Acquisition · Dársena Tech\n\n"
         + TEAMS.format(code="DRS03mw", mid="377 219 004 812", pw="Pm6vXs"))
cal = ics({"uid": "040000008200E00074C5B7101A82E00800000000A11B2C3D4E5FDC01000000000000000010000000DARSENA",
           "seq": 0, "start": pst, "end": pst + timedelta(hours=1), "stamp": d1,
           "summary": "Entrevista candidato: Pedro Salgado – Backend Sr. (panel: Lucía Montaner, Iván Roca)",
           "description": plain, "location": "Reunión de Microsoft Teams", "organizer": rrhh,
           "attendees": [(OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT"),
                         (ivan[0], ivan[1], "ACCEPTED", "REQ-PARTICIPANT"),
                         ("Pedro Salgado", "pedro.salgado.dev@mail.example", "ACCEPTED", "REQ-PARTICIPANT")],
           "extra": ms_extra(0)},
          prodid=MS_PRODID, tz=("Romance Standard Time", "Europe/Madrid", True))
add(C, "01-entrevista-candidato-pedro.eml",
    outlook_invite(C, 1, d1, rrhh, [ME, ivan, ("Pedro Salgado", "pedro.salgado.dev@mail.example")],
                   "Entrevista candidato: Pedro Salgado – Backend Sr. (panel: Lucía Montaner, Iván Roca)",
                   "miércoles, 25 de marzo de 2026 11:00-12:00. (UTC+01:00) Bruselas, Copenhague, Madrid, París\n\n" + plain,
                   html_wrap(p(plain), "Aptos,Calibri,sans-serif"), cal))
label(C, [], "hard", "negative/user-is-interviewer",
      "Teams invite from the user's current employer: she is on the panel interviewing candidate Pedro Salgado.")

# --- 21 One-way video interview (Portuguese) --------------------------------------------------------
C = "b39-21-entrevista-video-assincrona"
Z = "America/Sao_Paulo"
d1 = T(2026, 3, 23, 15, 40, Z)
m = base_msg(C, 1, d1, ("Brisa Telecom via GravaVaga", "convites@gravavaga.example"), [ME],
             "Sua entrevista em vídeo está disponível – Engenheira de Dados (Brisa Telecom)",
             msg_domain="gravavaga.example")
body(m, html=html_wrap(
    "<p>Olá, Lucía!</p><p>A Brisa Telecom convidou você para a próxima etapa do processo seletivo de "
    "<b>Engenheira de Dados</b>: uma <b>entrevista em vídeo assíncrona</b>.</p>"
    "<ul><li>5 perguntas, até 2 minutos por resposta</li><li>Você grava quando quiser, de qualquer "
    "dispositivo</li><li><b>Prazo: até sexta-feira, 27/03, às 23h59 (horário de Brasília)</b></li></ul>"
    '<p><a href="https://app.gravavaga.example/i/BRS-20931">Começar minha entrevista</a></p>'
    "<p>Não há entrevistador ao vivo: suas respostas serão avaliadas pelo time de recrutamento.</p>"
    "<p>Boa sorte!<br>Equipe GravaVaga</p>"), cte="base64")
add(C, "01-entrevista-em-video.eml", m)
label(C, [], "medium", "negative/one-way-video",
      "Asynchronous one-way video 'entrevista' with a deadline, no live interviewer -> not an interview.")

# --- 22 Public employment agency mock-interview workshop (French) ---------------------------------
C = "b39-22-atelier-simulation-entretien"
Z = "Europe/Paris"
ast = T(2026, 4, 7, 9, 30, Z, 1)
cons = ("Hélène Marchetti", "helene.marchetti@avenir-emploi.example")
d1 = T(2026, 3, 30, 14, 22, Z)
m = base_msg(C, 1, d1, ("Avenir Emploi – Agence Paris 11e", "agence.paris11@avenir-emploi.example"), [ME],
             "Convocation : atelier « Réussir son entretien d'embauche » – mardi 7 avril",
             reply_to=cons, msg_domain="avenir-emploi.example")
txt = """Madame Montaner Ribeiro,

Suite à notre rendez-vous, votre conseillère Hélène Marchetti vous a inscrite à l'atelier collectif
« Réussir son entretien d'embauche » :

  Le mardi 7 avril 2026 à 9h30 (durée : 3h)
  Agence Avenir Emploi Paris 11e – 62 rue Oberkampf, 75011 Paris, salle 2

Au programme : préparation du pitch, questions fréquentes des recruteurs, et simulation d'entretien
filmée avec débriefing collectif. Pensez à apporter une offre d'emploi qui vous intéresse et votre CV.

Cet atelier fait partie de votre parcours d'accompagnement. En cas d'absence, merci de prévenir votre
conseillère.

Avenir Emploi – Service public de l'emploi (fictif)
"""
body(m, text=txt, html=html_wrap(p(txt)))
cal = ics({"uid": "atelier-entretien-20260407-p11@avenir-emploi.example", "seq": 0, "start": ast,
           "end": ast + timedelta(hours=3), "stamp": d1, "summary": "Atelier : Réussir son entretien d'embauche",
           "description": "Simulation d'entretien filmée + débriefing. Agence Paris 11e, salle 2.",
           "location": "62 rue Oberkampf, 75011 Paris",
           "organizer": ("Avenir Emploi", "agence.paris11@avenir-emploi.example"),
           "attendees": [(OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")]},
          prodid="-//Avenir Emploi//Convocations//FR")
m.add_attachment(cal.encode(), maintype="text", subtype="calendar", filename="atelier.ics")
add(C, "01-convocation-atelier.eml", m)
label(C, [], "medium", "negative/mock-interview",
      "Employment-agency workshop with a filmed 'simulation d'entretien' -> coaching/mock, not an interview.")


# ============================================================================= write out
def main():
    for d in HERE.iterdir():
        if d.is_dir() and d.name.startswith("b39-"):
            shutil.rmtree(d)
    for case, items in CASES.items():
        d = HERE / case
        d.mkdir()
        for fname, data in items:
            (d / fname).write_bytes(data)
    with open(HERE / "labels.yaml", "w", encoding="utf-8") as f:
        f.write("# Labels for blind39 (bilingual ES/FR/PT/EN inbox). Written blind; see README.md.\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=110)
    pos = sum(1 for v in LABELS.values() if v["interview"])
    print(f"{len(LABELS)} cases ({pos} positive, {len(LABELS) - pos} negative), "
          f"{sum(len(v['interviews']) for v in LABELS.values())} interviews")


if __name__ == "__main__":
    main()
