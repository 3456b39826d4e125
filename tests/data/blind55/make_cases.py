#!/usr/bin/env python3
"""Deterministic generator for the blind55 evaluation set (hospitality job seeker, Lisbon/Madrid/Montreal).

Rewrites every b55-* case folder and labels.yaml next to this file.
Only stdlib + PyYAML + zoneinfo. All names, companies and domains are invented (.example).
Every UTC offset is computed with zoneinfo; nothing is written by hand.
"""
import hashlib
import json
import os
import shutil
from datetime import date, datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = "ines.carvalho@mail.example"
OWNER_NAME = "Inês Carvalho"
OWNER_HDR = f"{OWNER_NAME} <{OWNER}>"

LIS = ZoneInfo("Europe/Lisbon")
MAD = ZoneInfo("Europe/Madrid")
MTL = ZoneInfo("America/Toronto")
VAN = ZoneInfo("America/Vancouver")
BER = ZoneInfo("Europe/Berlin")
UTC = timezone.utc


def T(y, mo, d, h, mi, tz, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def iso(dt):
    return dt.isoformat() if dt is not None else None


# ------------------------------------------------------------------ iCalendar helpers
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


def esc(text):
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_text(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _off(td):
    mins = int(td.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"{sign}{mins // 60:02d}{mins % 60:02d}"


def _transitions(tz, year=2026):
    res = []
    t = datetime(year, 1, 1, tzinfo=UTC)
    prev = t.astimezone(tz).utcoffset()
    while t.year == year:
        t2 = t + timedelta(minutes=30)
        off = t2.astimezone(tz).utcoffset()
        if off != prev:
            res.append((t2, prev, off))
            prev = off
        t = t2
    return res


def _nth_sunday_rule(d):
    nxt = d + timedelta(days=7)
    return "-1SU" if nxt.month != d.month else f"{(d.day - 1) // 7 + 1}SU"


def _date_for_rule(year, month, rule):
    days = [date(year, month, k) for k in range(1, 32) if _valid(year, month, k)]
    suns = [x for x in days if x.weekday() == 6]
    return suns[-1] if rule == "-1SU" else suns[int(rule[:-2]) - 1]


def _valid(y, m, d):
    try:
        date(y, m, d)
        return True
    except ValueError:
        return False


def vtimezone(tzid, tz, base_year=1970):
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    for inst, frm, to in _transitions(tz):
        wall = (inst + frm).replace(tzinfo=None)  # wall clock in the old offset
        rule = _nth_sunday_rule(wall.date())
        d0 = _date_for_rule(base_year, wall.month, rule)
        kind = "DAYLIGHT" if to > frm else "STANDARD"
        lines += [f"BEGIN:{kind}",
                  f"DTSTART:{d0.strftime('%Y%m%d')}T{wall.strftime('%H%M%S')}",
                  f"TZOFFSETFROM:{_off(frm)}", f"TZOFFSETTO:{_off(to)}",
                  f"RRULE:FREQ=YEARLY;BYMONTH={wall.month};BYDAY={rule}",
                  f"END:{kind}"]
    lines.append("END:VTIMEZONE")
    return lines


def attendee(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True):
    r = ";RSVP=TRUE" if rsvp else ""
    return f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat}{r};CN="{name}":mailto:{email}'


def organizer(name, email):
    return f'ORGANIZER;CN="{name}":mailto:{email}'


def calendar(prodid, method, events, tzs=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    for tzid, tz, base in tzs:
        lines += vtimezone(tzid, tz, base)
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    return ics_text(lines).encode("utf-8")


def vevent(uid, stamp, start, end, summary, org, atts, tzid=None, as_utc=False, description=None,
           location=None, seq=0, status="CONFIRMED", extra=()):
    ev = ["BEGIN:VEVENT"]
    if as_utc:
        ev += [f"DTSTART:{utc(start)}", f"DTEND:{utc(end)}"]
    else:
        ev += [f"DTSTART;TZID={tzid}:{loc(start)}", f"DTEND;TZID={tzid}:{loc(end)}"]
    ev += [f"DTSTAMP:{utc(stamp)}", org, f"UID:{uid}"]
    ev += atts
    ev += [f"CREATED:{utc(stamp)}"]
    if description:
        ev.append("DESCRIPTION:" + esc(description))
    if location:
        ev.append("LOCATION:" + esc(location))
    ev += [f"SEQUENCE:{seq}", f"STATUS:{status}", "SUMMARY:" + esc(summary), "TRANSP:OPAQUE"]
    ev += list(extra)
    ev.append("END:VEVENT")
    return ev


# ------------------------------------------------------------------ e-mail helpers
def mail(frm, to, subject, when, msgid, *, cc=None, reply_to=None, irt=None, refs=None, extra=(),
         received=None, return_path=None, sender=None):
    m = EmailMessage()
    m["Delivered-To"] = OWNER
    if received:
        m["Received"] = f"{received}; {format_datetime(when)}"
    if return_path:
        m["Return-Path"] = return_path
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
    m["Date"] = format_datetime(when)
    m["Message-ID"] = msgid
    if irt:
        m["In-Reply-To"] = irt
    if refs:
        m["References"] = refs
    return m


def add_calendar(m, data, method="REQUEST"):
    m.add_alternative(data, "text", "calendar", cte="base64", params={"method": method, "charset": "UTF-8"})


def attach_ics(m, data, filename="invite.ics", subtype="ics"):
    m.add_attachment(data, maintype="application", subtype=subtype, filename=filename)


def fix_boundaries(m, seed):
    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1
            h = hashlib.sha1(f"{seed}/{n}".encode()).hexdigest()[:24]
            part.set_boundary(f"b55_{h}")


def qp_html(text_html):
    return f"<html><head><meta charset=\"utf-8\"></head><body>{text_html}</body></html>"


def p(text):
    """plain text -> simple html paragraphs"""
    import html as _h
    paras = text.strip("\n").split("\n\n")
    return "".join("<p>" + _h.escape(x).replace("\n", "<br>") + "</p>\n" for x in paras)


def quote(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.strip("\n").split("\n"))


# ------------------------------------------------------------------ cases
CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


def case(cid, items, label):
    CASES[cid] = items
    lab = {"user": OWNER}
    lab.update(label)
    LABELS[cid] = lab


def eml(name, m, cid):
    fix_boundaries(m, cid + name)
    return (name, m.as_bytes())


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": interviewers, "followup_recipients": followup, "kind": kind}


STAMP_SEQ = [0]


# ---------------------------------------------------------------- 01 invented ATS (HospitaRecruit), PT, "às 15h"
def c01():
    cid = "b55-01-mare-hospitarecruit-pt-screen"
    sent = T(2026, 2, 2, 10, 12, LIS, 40)
    st, en = T(2026, 2, 5, 15, 0, LIS), T(2026, 2, 5, 15, 30, LIS)
    sofia = "sofia.mendes@marehotels.example"
    text = f"""Olá Inês,

Obrigada pela sua candidatura à função de Diretora de Operações (m/f) no Maré Lisboa Parque.

Temos o prazer de confirmar a sua entrevista telefónica:

  Data: quinta-feira, 5 de fevereiro de 2026
  Hora: às 15h (hora de Lisboa) - duração prevista de 30 minutos
  Entrevistadora: Sofia Mendes, Talent Partner
  Formato: chamada telefónica - a Sofia liga-lhe para o número indicado na candidatura (+351 912 *** 418)

Se precisar de reagendar, utilize o botão "Gerir entrevista" até 24 horas antes ou escreva diretamente à Sofia ({sofia}).

Gerir entrevista: https://marehotels.hospitarecruit.example/c/5f2a9d1e/interview

Boa sorte!

Equipa de Recrutamento
Maré Hotels & Resorts
Av. da Liberdade 212, 1250-147 Lisboa | +351 213 000 480

--
Esta mensagem foi enviada automaticamente pela plataforma HospitaRecruit em nome de Maré Hotels & Resorts.
Por favor não responda para notificacoes@hospitarecruit.example.
"""
    m = mail("Maré Hotels & Resorts via HospitaRecruit <notificacoes@hospitarecruit.example>", OWNER_HDR,
             "Entrevista agendada - Diretora de Operações | Maré Lisboa Parque", sent,
             "<hr.5f2a9d1e.int.20260202101240@mailer.hospitarecruit.example>",
             reply_to=f"Sofia Mendes <{sofia}>", return_path="<bounce+5f2a9d1e@mailer.hospitarecruit.example>",
             received="from mailer.hospitarecruit.example (mailer.hospitarecruit.example [203.0.113.41])"
                      " by mx.mail.example with ESMTPS id 4f1c9a")
    m.set_content(text, cte="quoted-printable")
    m.add_alternative(qp_html('<div style="font-family:Georgia,serif;color:#123">' + p(text) + "</div>"),
                      subtype="html", cte="quoted-printable")
    cal = calendar("-//HospitaRecruit//Interview Scheduler 4.2//PT", "REQUEST", [vevent(
        "hr-int-5f2a9d1e@hospitarecruit.example", sent, st, en,
        "Entrevista telefónica - Inês Carvalho - Diretora de Operações (Maré Lisboa Parque)",
        organizer("HospitaRecruit", "notificacoes@hospitarecruit.example"),
        [attendee("Sofia Mendes", sofia), attendee(OWNER_NAME, OWNER)], tzid="Europe/Lisbon",
        description="A Sofia Mendes (Talent Partner) liga-lhe para o número da candidatura.",
        location="Chamada telefónica")], tzs=[("Europe/Lisbon", LIS, 1970)])
    attach_ics(m, cal, "entrevista.ics", subtype="ics")
    case(cid, [eml("01-entrevista-agendada.eml", m, cid)], {
        "interview": True,
        "interviews": [iv("Maré Hotels & Resorts", "Diretora de Operações", st, en, "scheduled", [sofia], [sofia],
                          "phone_screen")],
        "difficulty": "easy", "category": "positive/ats-invented-pt",
        "notes": "Invented hotel ATS (HospitaRecruit) confirmation in Portuguese, 'às 15h' Lisbon (WET), .ics attached; "
                 "no-reply sender, Reply-To recruiter who conducts the screen.",
        "source": "synthetic"})


# ---------------------------------------------------------------- 02 NEG supplier tasting
def c02():
    cid = "b55-02-adega-serra-alta-prova-vinhos"
    sent = T(2026, 2, 3, 17, 5, LIS)
    st, en = T(2026, 2, 12, 16, 0, LIS), T(2026, 2, 12, 17, 30, LIS)
    rui = "rui.barros@serraalta.example"
    text = """Olá Inês,

Como combinado ao telefone, gostava de agendar a prova dos vinhos candidatos à nova carta do restaurante do hotel.

Proponho quinta-feira, 12 de fevereiro, às 16h, no bar do piso 0. Levo 8 referências (4 brancos do Dão, 2 tintos do Douro e 2 espumantes da Bairrada) e o nosso enólogo, o Henrique, que também pode dar formação rápida à equipa de sala. Contamos com hora e meia.

Já agora: o Henrique deu uma entrevista à Revista Vinhos & Mesa sobre a colheita 2023, envio o link caso queira usar algum texto na carta.

Se preferir, podemos fazer antes uma call rápida para fechar a lista e as quantidades para a Páscoa. Envio convite para o calendário.

Um abraço,
Rui Barros
Key Account Manager - Canal Horeca
Adega Serra Alta, Lda.
Rua do Comércio 41, 3460-525 Tondela
Tlm. +351 936 555 214
"""
    m = mail(f"Rui Barros | Adega Serra Alta <{rui}>", OWNER_HDR,
             "Prova de vinhos para a nova carta - agendar 12/02?", sent,
             "<CAK2r9b3xP0q7mU1Ld@mail.serraalta.example>")
    m.set_content(text, cte="8bit")
    cal = calendar("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", [vevent(
        "3q8v1prova0212serraalta@google.com", sent, st, en, "Prova de vinhos - Adega Serra Alta / Hotel Miradouro",
        organizer("Rui Barros", rui), [attendee(OWNER_NAME, OWNER)], tzid="Europe/Lisbon",
        location="Hotel Miradouro Lisboa - bar piso 0",
        description="Prova das referências candidatas à nova carta de vinhos. Enólogo: Henrique Amaral.")],
        tzs=[("Europe/Lisbon", LIS, 1970)])
    attach_ics(m, cal, "invite.ics")
    case(cid, [eml("01-prova-vinhos.eml", m, cid)], {
        "interview": False, "interviews": [], "difficulty": "medium", "category": "negative/supplier-tasting",
        "notes": "Wine supplier tasting at the user's current hotel with an invite; uses 'candidatos', 'entrevista', 'call'.",
        "source": "synthetic"})


# ---------------------------------------------------------------- 03 SmartRecruiters, EN, day after EU DST switch
def c03():
    cid = "b55-03-alcazar-smartrecruiters-after-eu-dst"
    sent = T(2026, 3, 25, 12, 40, MAD, 17)
    st, en = T(2026, 3, 30, 9, 30, MAD), T(2026, 3, 30, 10, 15, MAD)
    marta = "marta.gil@alcazarhoteles.example"
    javier = "javier.ortega@alcazarhoteles.example"
    gmt = _off(st.utcoffset())
    text = f"""Hi Inês,

Your interview has been confirmed. Here are the details:

Job: Front Office Manager - Hotel Alcázar Gran Vía (Madrid)
Date: Monday, March 30, 2026
Time: 9:30 AM - 10:15 AM (GMT{gmt[:3]}:{gmt[3:]}) Madrid
Interviewer: Javier Ortega, Director of Operations
Location: Microsoft Teams (link in the calendar invitation)

Add to calendar: see attached invitation.ics

Need to reschedule? Reply to this email and Marta will help you.

Best regards,
Marta Gil
Talent Acquisition | Alcázar Hoteles
C/ de Alcalá 58, 28014 Madrid | +34 910 555 237

Powered by SmartRecruiters | Privacy Policy
"""
    m = mail("Alcázar Hoteles <no-reply@smartrecruiters.example>", OWNER_HDR,
             "Interview confirmed: Front Office Manager - Hotel Alcázar Gran Vía", sent,
             "<0102018e7a1c.sr.interview.8842@email.smartrecruiters.example>",
             reply_to=f"Marta Gil <{marta}>", return_path="<bounces@email.smartrecruiters.example>")
    m.set_content(text, cte="quoted-printable")
    m.add_alternative(qp_html('<table width="600" style="font-family:Arial"><tr><td>' + p(text) +
                              "</td></tr></table>"), subtype="html", cte="quoted-printable")
    cal = calendar("-//SmartRecruiters//Interview Scheduling//EN", "REQUEST", [vevent(
        "sr-interview-8842-0330@smartrecruiters.example", sent, st, en,
        "Interview: Inês Carvalho - Front Office Manager (Hotel Alcázar Gran Vía)",
        organizer("Marta Gil", marta),
        [attendee("Javier Ortega", javier), attendee(OWNER_NAME, OWNER)], tzid="Europe/Madrid",
        location="Microsoft Teams", description="Interview with Javier Ortega, Director of Operations.\n"
                                                "Join: https://teams.microsoft.example/l/meetup-join/19%3ameeting_alc8842")],
        tzs=[("Europe/Madrid", MAD, 1970)])
    attach_ics(m, cal, "invitation.ics", subtype="octet-stream")
    case(cid, [eml("01-interview-confirmed.eml", m, cid)], {
        "interview": True,
        "interviews": [iv("Alcázar Hoteles", "Front Office Manager", st, en, "scheduled", [javier], [javier],
                          "hiring_manager")],
        "difficulty": "medium", "category": "positive/smartrecruiters-dst-edge",
        "notes": "Sent 25 Mar (CET) for 30 Mar, the day after the EU switch: interview is CEST (+02:00). "
                 "Organizer recruiter does not interview.",
        "source": "synthetic"})


# ---------------------------------------------------------------- 04 Workable ES "a las 10:30 h"
def c04():
    cid = "b55-04-casa-lumbre-workable-es"
    sent = T(2026, 4, 10, 9, 14, MAD)
    st, en = T(2026, 4, 16, 10, 30, MAD), T(2026, 4, 16, 11, 15, MAD)
    lucia = "lucia.ferrer@casalumbre.example"
    andres = "andres.vidal@casalumbre.example"
    text = f"""Hola Inês:

Gracias por tu interés en el puesto de Gerente de Hotel en Casa Lumbre Malasaña. ¡Nos encantaría conocerte!

Hemos programado una videollamada con Andrés Vidal, Director General del grupo, el jueves 16 de abril a las 10:30 h (hora peninsular española). La entrevista durará unos 45 minutos.

Enlace de Google Meet: https://meet.google.example/xke-pqow-tra

Andrés quiere hablar contigo sobre la reapertura del hotel en septiembre y sobre cómo organizarías los equipos de recepción y pisos.

Si necesitas cambiar la hora, responde a este correo y Lucía Ferrer ({lucia}), de nuestro equipo de Personas, lo gestionará.

Un saludo,

Lucía Ferrer
Personas & Cultura · Casa Lumbre Hoteles
Calle del Espíritu Santo 19, 28004 Madrid
Tel. +34 911 222 903

--
Enviado con Workable · Casa Lumbre Hoteles utiliza Workable para gestionar sus procesos de selección.
"""
    m = mail("Casa Lumbre Hoteles <noreply@candidates.workablemail.example>", OWNER_HDR,
             "Entrevista con Casa Lumbre Hoteles - Gerente de Hotel (Malasaña)", sent,
             "<wk.ev.31c88f20a1.20260410071400@candidates.workablemail.example>",
             reply_to=f"Lucía Ferrer <{lucia}>", return_path="<bounce-31c88f20a1@candidates.workablemail.example>")
    m.set_content(text, cte="base64")
    m.add_alternative(qp_html(p(text)), subtype="html", cte="base64")
    cal = calendar("-//Workable//Events//EN", "REQUEST", [vevent(
        "event-31c88f20a1@workable.example", sent, st, en,
        "Entrevista: Inês Carvalho <> Casa Lumbre Hoteles (Gerente de Hotel)",
        organizer("Casa Lumbre Hoteles", "noreply@candidates.workablemail.example"),
        [attendee("Andrés Vidal", andres), attendee(OWNER_NAME, OWNER)], as_utc=True,
        location="https://meet.google.example/xke-pqow-tra")])
    attach_ics(m, cal, "event.ics", subtype="ics")
    case(cid, [eml("01-entrevista-workable.eml", m, cid)], {
        "interview": True,
        "interviews": [iv("Casa Lumbre Hoteles", "Gerente de Hotel", st, en, "scheduled", [andres], [andres],
                          "hiring_manager")],
        "difficulty": "medium", "category": "positive/workable-es",
        "notes": "Workable invite in Spanish, base64 bodies, 'a las 10:30 h (hora peninsular)', .ics in UTC; CEST.",
        "source": "synthetic"})


# ---------------------------------------------------------------- 05 NEG guest complaint call (Exchange)
def exchange_parts(m, when_line, body_text, cal):
    txt = when_line + "\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body_text
    m.set_content(txt, cte="quoted-printable")
    m.add_alternative(qp_html('<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">' + p(txt) +
                              "</div>"), subtype="html", cte="quoted-printable")
    add_calendar(m, cal)


def exchange_extra(topic, idx):
    return [("Thread-Topic", topic), ("Thread-Index", idx), ("Accept-Language", "pt-PT, en-US"),
            ("Content-Language", "pt-PT"), ("X-MS-Has-Attach", ""),
            ("Content-class", "urn:content-classes:calendarmessage")]


def c05():
    cid = "b55-05-miradouro-guest-complaint-call"
    sent = T(2026, 2, 17, 18, 22, LIS)
    st, en = T(2026, 2, 18, 14, 0, LIS), T(2026, 2, 18, 14, 30, LIS)
    pat = "patricia.nunes@hotelmiradouro.example"
    body = """Inês,

Marquei a chamada com o Sr. Robert Haines (quarto 412, estadia 9-14 fev) para amanhã às 14h. Ele quer falar com a "manager" e a candidata natural és tu, já que a Direção está em Madrid.

Resumo: queixa de ruído das obras no 5.º piso, ar condicionado avariado duas noites e cobrança do minibar contestada. Já entrevistei o rececionista do turno da noite e a governanta; as notas estão na pasta partilhada. Proposta: reembolso de 1 noite + cortesia numa próxima estadia.

A call é por Teams, o hóspede liga de Manchester.

Obrigada!
Patrícia Nunes
Guest Relations Manager | Hotel Miradouro Lisboa
Calçada do Combro 88, 1200-123 Lisboa | +351 213 555 090

________________________________________________________________________________
Reunião do Microsoft Teams
Participar: https://teams.microsoft.example/l/meetup-join/19%3ameeting_mir412
ID da reunião: 318 552 904 117  Código de acesso: 7Hq2kP
________________________________________________________________________________
"""
    m = mail(f"Patrícia Nunes <{pat}>", OWNER_HDR, "Chamada com hóspede - reclamação quarto 412 (Sr. Haines)",
             sent, "<DB9PR08MB7412A1C2E0F3@DB9PR08MB7412.eurprd08.prod.outlook.example>",
             extra=exchange_extra("Chamada com hóspede - reclamação quarto 412 (Sr. Haines)",
                                  "AdyhQ2n1k7Vt0aBcR3eWq9mZ"))
    cal = calendar("Microsoft Exchange Server 2010", "REQUEST", [vevent(
        "040000008200E00074C5B7101A82E0080000000010A4D3F1C2A0DC01000000000000000010000000E5B7412A", sent, st, en,
        "Chamada com hóspede - reclamação quarto 412 (Sr. Haines)", organizer("Patrícia Nunes", pat),
        [attendee(OWNER_NAME, OWNER)], tzid="GMT Standard Time", location="Reunião do Microsoft Teams",
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
               "X-MICROSOFT-DISALLOW-COUNTER:FALSE"])], tzs=[("GMT Standard Time", LIS, 1601)])
    exchange_parts(m, "Quando: quarta-feira, 18 de fevereiro de 2026 14:00-14:30 (UTC+00:00) Dublin, Edimburgo, "
                      "Lisboa, Londres.\nOnde: Reunião do Microsoft Teams", body, cal)
    case(cid, [eml("01-chamada-hospede.eml", m, cid)], {
        "interview": False, "interviews": [], "difficulty": "hard", "category": "negative/guest-complaint-call",
        "notes": "Teams invite from a colleague at the user's current hotel for a guest-complaint call; "
                 "'entrevistei', 'candidata natural', 'call'.",
        "source": "synthetic"})


# ---------------------------------------------------------------- 06 Google invite fr-CA, GM in Montreal, DST gap
def c06():
    cid = "b55-06-belvedere-gm-video-fr-ca"
    s1 = T(2026, 3, 13, 10, 20, MTL)
    s2 = T(2026, 3, 13, 11, 2, MTL, 31)
    st, en = T(2026, 3, 17, 14, 30, MTL), T(2026, 3, 17, 15, 15, MTL)
    ls, le = st.astimezone(LIS), en.astimezone(LIS)
    chloe = "chloe.lavoie@hotelsbelvedere.example"
    gm = "marc-andre.gagnon@hotelsbelvedere.example"
    t1 = f"""Bonjour Inês,

Merci pour votre candidature et pour le questionnaire complété cette semaine. Notre directeur général, Marc-André Gagnon, aimerait vous rencontrer en entrevue vidéo pour le poste de directrice de l'hébergement à l'Hôtel Belvédère Mont-Royal.

Il vous propose le mardi 17 mars à 14 h 30 (heure de Montréal), soit {ls.hour} h {ls.minute:02d} à Lisbonne si je ne me trompe pas (on a avancé l'heure ici dimanche dernier!). Prévoyez environ 45 minutes. Il vous enverra l'invitation Google Meet directement.

Au plaisir,

Chloé Lavoie
Conseillère principale, acquisition de talents
Hôtels Belvédère | 1450, rue Sherbrooke Ouest, Montréal (Québec) H3G 1K5
514 555-0148
"""
    m1 = mail(f"Chloé Lavoie <{chloe}>", OWNER_HDR, "Entrevue avec notre directeur général - Hôtel Belvédère Mont-Royal",
              s1, "<CAF8b2Qk0vT5nY9=pLx3@mail.hotelsbelvedere.example>")
    m1.set_content(t1, cte="quoted-printable")
    summ = "Entrevue - Inês Carvalho - Directrice de l'hébergement"
    gtext = f"""{summ}
mardi 17 mars 2026 ⋅ {ls.strftime('%H:%M')} – {le.strftime('%H:%M')}
Heure d'Europe occidentale - Lisbonne

Rejoindre avec Google Meet
https://meet.google.example/ruv-hbxa-kpe

Rejoindre par téléphone
(CA) +1 438-555-0163
NIP : 845 201 377#

Organisateur
Marc-André Gagnon
{gm}

Invités
Marc-André Gagnon - organisateur
{gm}
{OWNER}
Afficher toutes les informations sur les invités https://calendar.google.example/calendar/event?action=VIEW&eid=NXY4

Bonjour Inês, au plaisir de jaser avec vous mardi. On parlera de l'équipe de réception, des opérations d'hiver et de votre arrivée à Montréal. - Marc-André

Répondre pour {OWNER}

~~//~~
Invitation de Google Agenda : https://calendar.google.example/calendar/
Vous recevez ce courriel, car vous êtes invité à cet événement.
"""
    m2 = mail(f"Marc-André Gagnon <{gm}>", OWNER,
              f"Invitation: {summ} @ mar. 17 mars 2026 {ls.strftime('%H:%M')} - {le.strftime('%H:%M')} (WET) ({OWNER})",
              s2, "<calendar-5a1f7c2e-9b0d-4c61-a3e2-belvedere0317@google.com>",
              reply_to=f"Marc-André Gagnon <{gm}>", sender="Google Agenda <calendar-notification@google.com>",
              return_path="<3bAvPaGm0317@calendar-server.bounces.google.com>")
    m2.set_content(gtext, cte="base64")
    m2.add_alternative(qp_html(p(gtext)), subtype="html", cte="quoted-printable")
    cal = calendar("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", [vevent(
        "5v8kq1belvedere0317gm@google.com", s2, st, en, summ, organizer("Marc-André Gagnon", gm),
        [attendee("Marc-André Gagnon", gm, partstat="ACCEPTED", rsvp=False),
         attendee(OWNER, OWNER)], tzid="America/Toronto",
        description="Bonjour Inês, au plaisir de jaser avec vous mardi. - Marc-André\n"
                    "Rejoindre avec Google Meet : https://meet.google.example/ruv-hbxa-kpe",
        location="https://meet.google.example/ruv-hbxa-kpe")], tzs=[("America/Toronto", MTL, 1970)])
    add_calendar(m2, cal)
    attach_ics(m2, cal, "invite.ics")
    case(cid, [eml("01-chloe-entrevue-dg.eml", m1, cid), eml("02-invitation-google-agenda.eml", m2, cid)], {
        "interview": True,
        "interviews": [iv("Hôtels Belvédère", "Directrice de l'hébergement", st, en, "scheduled", [gm], [gm],
                          "hiring_manager")],
        "difficulty": "hard", "category": "positive/gcal-invite-dst-gap",
        "notes": "Canadian French, 'à 14 h 30 (heure de Montréal)'; Montreal already on EDT (since Mar 8) while "
                 "Lisbon is still WET: 4 h gap. Google invite rendered in the user's zone. Recruiter mail + invite = one.",
        "source": "synthetic"})


# ---------------------------------------------------------------- 07 assessment day / group interview Madrid
def c07():
    cid = "b55-07-solaz-assessment-day-madrid"
    s1 = T(2026, 4, 21, 16, 45, MAD)
    s2 = T(2026, 5, 4, 18, 3, MAD)
    st, en = T(2026, 5, 5, 9, 30, MAD), T(2026, 5, 5, 14, 15, MAD)
    pilar = "pilar.navarro@solazhoteles.example"
    tomas = "tomas.beltran@solazhoteles.example"
    carmen = "carmen.ruiz@solazhoteles.example"
    agenda = [("9:30 h", "Bienvenida y café con el equipo de Personas"),
              ("10:00 - 11:30 h", "Entrevista grupal / dinámica de grupo (6 candidatos) - dinamizan Pilar Navarro y Tomás Beltrán"),
              ("11:45 - 12:30 h", "Caso práctico: role-play de gestión de una reclamación de huésped (evalúan Pilar y Carmen)"),
              ("12:30 - 13:30 h", "Almuerzo con los jefes de departamento del hotel"),
              ("13:30 - 14:15 h", "Entrevista individual con Carmen Ruiz (Directora Regional de Operaciones) y Tomás Beltrán (Head of People)")]
    ag_txt = "\n".join(f"  {a}  {b}" for a, b in agenda)
    text = f"""Hola Inês,

¡Enhorabuena! Has pasado a la fase final del proceso de Hotel Operations Manager para Solaz Madrid Retiro. Te invitamos a nuestro Assessment Day presencial el martes 5 de mayo en el hotel (Calle de Alfonso XII 40, 28014 Madrid).

Agenda:
{ag_txt}

Fin previsto: 14:15 h.

A short note in English, as agreed: parts of the day (the group exercise and the role-play) will run in English because two of the candidates are not Spanish speakers. Carmen and Tomás are in copy.

Te adjunto la convocatoria para tu calendario. Los gastos de desplazamiento desde Lisboa corren de nuestra cuenta; envíanos las facturas después.

Un abrazo,

Pilar Navarro
Talent Acquisition Partner · Grupo Solaz Hoteles
Calle de Serrano 41, 28001 Madrid · +34 915 555 730
"""
    html = "<p>Hola Inês,</p><p>¡Enhorabuena! Has pasado a la fase final del proceso de <b>Hotel Operations Manager</b> " \
           "para Solaz Madrid Retiro. Te invitamos a nuestro <b>Assessment Day</b> presencial el <b>martes 5 de mayo</b> " \
           "en el hotel (Calle de Alfonso XII 40, 28014 Madrid).</p><table border=\"1\" cellpadding=\"4\">" + \
           "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in agenda) + \
           "</table><p>Fin previsto: 14:15 h.</p>" + p(text.split("Fin previsto: 14:15 h.")[1])
    m1 = mail(f"Pilar Navarro <{pilar}>", OWNER_HDR,
              "Assessment Day - Hotel Operations Manager (Solaz Madrid Retiro) - martes 5 de mayo", s1,
              "<AM9PR02MB6611B2F1@AM9PR02MB6611.eurprd02.prod.outlook.example>",
              cc=f"Tomás Beltrán <{tomas}>, Carmen Ruiz <{carmen}>")
    m1.set_content(text, cte="quoted-printable")
    m1.add_alternative(qp_html(html), subtype="html", cte="quoted-printable")
    cal = calendar("Microsoft Exchange Server 2010", "REQUEST", [vevent(
        "040000008200E00074C5B7101A82E00800000000SOLAZ0505ASSESS", s1, st, en,
        "Assessment Day Solaz - Inês Carvalho (Hotel Operations Manager)", organizer("Pilar Navarro", pilar),
        [attendee("Tomás Beltrán", tomas), attendee("Carmen Ruiz", carmen), attendee(OWNER_NAME, OWNER)],
        tzid="Romance Standard Time", location="Solaz Madrid Retiro, Calle de Alfonso XII 40, Madrid",
        description="Bienvenida 9:30 h - dinámica de grupo - caso práctico - almuerzo - entrevista individual. Fin 14:15 h.")],
        tzs=[("Romance Standard Time", MAD, 1601)])
    attach_ics(m1, cal, "AssessmentDay_Solaz.ics", subtype="ics")
    orig = "Hola Pilar,\n\nConfirmo mi asistencia al Assessment Day del 5 de mayo. ¡Muchas gracias!\n\nInês"
    t2 = f"""Hola Inês,

Te recordamos que te esperamos mañana a las 9:30 h en la recepción de Solaz Madrid Retiro. Pregunta por mí al llegar. Ven con ropa de trabajo formal; el almuerzo corre de nuestra cuenta.

¡Nos vemos mañana!
Pilar

Pilar Navarro
Talent Acquisition Partner · Grupo Solaz Hoteles
+34 915 555 730

El 22 abr 2026, a las 9:02, Inês Carvalho <{OWNER}> escribió:
{quote(orig)}
"""
    m2 = mail(f"Pilar Navarro <{pilar}>", OWNER_HDR,
              "RE: Assessment Day - Hotel Operations Manager (Solaz Madrid Retiro) - martes 5 de mayo", s2,
              "<AM9PR02MB6611C9A0@AM9PR02MB6611.eurprd02.prod.outlook.example>",
              irt="<CAJi9ne5conf0422@mail.example>",
              refs="<AM9PR02MB6611B2F1@AM9PR02MB6611.eurprd02.prod.outlook.example> <CAJi9ne5conf0422@mail.example>")
    m2.set_content(t2, cte="quoted-printable")
    case(cid, [eml("01-assessment-day.eml", m1, cid), eml("02-recordatorio.eml", m2, cid)], {
        "interview": True,
        "interviews": [iv("Grupo Solaz Hoteles", "Hotel Operations Manager", st, en, "scheduled",
                          [pilar, tomas, carmen], [pilar, tomas, carmen], "onsite")],
        "difficulty": "medium", "category": "positive/assessment-day-onsite",
        "notes": "Group interview + role-play + individual interview on one day = one onsite 9:30-14:15 CEST; "
                 "Pilar both coordinates and runs the group exercise, so she is an interviewer. Reminder uses 'mañana'.",
        "source": "synthetic"})


# ---------------------------------------------------------------- 08 NEG hotel booking confirmation
def c08():
    cid = "b55-08-reservalia-booking-madrid"
    sent = T(2026, 4, 22, 21, 10, MAD)
    html = """<div style="font-family:Helvetica,Arial;max-width:600px">
<h2>¡Tu reserva está confirmada, Inês!</h2>
<p><b>Hotel Prado Suites Madrid</b> ★★★★<br>Calle de las Huertas 22, 28014 Madrid · +34 914 555 882</p>
<table cellpadding="6">
<tr><td>Llegada</td><td>lunes, 4 de mayo de 2026 (check-in a partir de las 15:00 h)</td></tr>
<tr><td>Salida</td><td>miércoles, 6 de mayo de 2026 (check-out hasta las 12:00 h)</td></tr>
<tr><td>Habitación</td><td>Doble superior · 1 adulto · desayuno incluido (7:00 - 10:30 h)</td></tr>
<tr><td>Número de reserva</td><td>4471 902 318 · PIN 5820</td></tr>
<tr><td>Total</td><td>318,40 € (pagado)</td></tr>
</table>
<p>¿Viaje de trabajo? Programa tu check-in online y recibe la llave digital en el móvil. ¿Necesitas organizar una llamada
o una reunión? El hotel dispone de salas por horas - resérvalas desde la app.</p>
<p>Política de cancelación: gratuita hasta el 2 de mayo a las 23:59 h (hora de Madrid).</p>
<p>Cuéntanos tu experiencia después de la estadía: tu opinión ayuda a otros viajeros.</p>
<p style="color:#888;font-size:11px">Reservalia S.L. · Gran Vía 6, 28013 Madrid · Este mensaje se ha enviado a
ines.carvalho@mail.example. No respondas a este correo; escríbenos desde el Centro de ayuda.</p></div>"""
    m = mail("Reservalia <confirmaciones@reservalia.example>", OWNER_HDR,
             "Reserva confirmada: Hotel Prado Suites Madrid · 4-6 may · n.º 4471 902 318", sent,
             "<res.4471902318.confirm@notify.reservalia.example>")
    m.set_content(qp_html(html), subtype="html", cte="quoted-printable")
    cal = ics_text(["BEGIN:VCALENDAR", "PRODID:-//Reservalia//Booking 2.1//ES", "VERSION:2.0", "METHOD:PUBLISH",
                    "BEGIN:VEVENT", "UID:booking-4471902318@reservalia.example", f"DTSTAMP:{utc(sent)}",
                    "DTSTART;VALUE=DATE:20260504", "DTEND;VALUE=DATE:20260506",
                    "SUMMARY:" + esc("Estancia: Hotel Prado Suites Madrid (reserva 4471 902 318)"),
                    "LOCATION:" + esc("Calle de las Huertas 22, 28014 Madrid"), "TRANSP:TRANSPARENT",
                    "END:VEVENT", "END:VCALENDAR"]).encode()
    attach_ics(m, cal, "reserva.ics")
    case(cid, [eml("01-reserva-confirmada.eml", m, cid)], {
        "interview": False, "interviews": [], "difficulty": "medium", "category": "negative/booking-confirmation",
        "notes": "HTML-only hotel booking for the user's Madrid trip with times (check-in 15:00 h) and an all-day .ics; "
                 "'llamada', 'reunión', 'programa'.",
        "source": "synthetic"})


# ---------------------------------------------------------------- 09 short "WhatsApp-style" reschedule by mail
def c09():
    cid = "b55-09-quinta-do-sal-short-mail-reschedule"
    s1 = T(2026, 4, 16, 11, 30, LIS)
    s2 = T(2026, 4, 22, 19, 48, LIS)
    s3 = T(2026, 4, 22, 20, 3, LIS)
    first = T(2026, 4, 23, 11, 0, LIS)
    st = T(2026, 4, 24, 11, 0, LIS)
    rita = "rita.almeida@quintadosal.example"
    nuno = "nuno.teixeira@quintadosal.example"
    t1 = """Olá Inês,

Muito obrigada pelo seu interesse na função de Diretora de Alojamento da Quinta do Sal Hotel & Spa.

Gostaríamos de a convidar para uma entrevista presencial com o nosso Diretor Geral, Nuno Teixeira (em cc), na quinta-feira, dia 23, às 11h, aqui no hotel. À chegada pergunte por mim na receção.

Morada: Estrada da Comporta, km 3, 7580-612 Comporta (há estacionamento para visitas junto ao spa).

Fico a aguardar a sua confirmação.

Com os melhores cumprimentos,
Rita Almeida
Recursos Humanos | Quinta do Sal Hotel & Spa
T. +351 265 555 101 | M. +351 962 555 330
"""
    id1 = "<0a9f1c2e-rita-quintadosal-0416@quintadosal.example>"
    m1 = mail(f"Rita Almeida <{rita}>", OWNER_HDR, "Entrevista - Diretora de Alojamento | Quinta do Sal Hotel & Spa",
              s1, id1, cc=f"Nuno Teixeira <{nuno}>")
    m1.set_content(t1, cte="quoted-printable")
    t2 = f"""Olá Inês! Desculpe a msg a esta hora 🙏 o Nuno tem de ir a Madrid amanhã de manhã, consegue passar p/ sexta à msm hora (11h)? Se sim diga só ok 👍

Rita

Enviado do meu iPhone

> Em 16/04/2026, às 11:30, Rita Almeida <{rita}> escreveu:
>
{quote(t1)}
"""
    id2 = "<6E1B07A2-44F0-4C3B-9E0D-RITA0422A@quintadosal.example>"
    m2 = mail(f"Rita Almeida <{rita}>", OWNER_HDR,
              "Re: Entrevista - Diretora de Alojamento | Quinta do Sal Hotel & Spa", s2, id2,
              irt="<CAJi9ne5ok0419@mail.example>", refs=f"{id1} <CAJi9ne5ok0419@mail.example>",
              extra=[("X-Mailer", "iPhone Mail (22E252)")])
    m2.set_content(t2, cte="8bit")
    t3 = f"""Top, obrigada!! Então sexta 24, 11h, cá no hotel. Boa viagem e até sexta

Rita

Enviado do meu iPhone

> No dia 22/04/2026, às 19:57, Inês Carvalho <{OWNER}> escreveu:
>
> Ok! Sexta às 11h está ótimo. Até lá.
>
"""
    m3 = mail(f"Rita Almeida <{rita}>", OWNER_HDR,
              "Re: Entrevista - Diretora de Alojamento | Quinta do Sal Hotel & Spa", s3,
              "<9C3D55E1-0B7A-4E62-8F11-RITA0422B@quintadosal.example>",
              irt="<CAJi9ne5ok0422@mail.example>", refs=f"{id1} {id2} <CAJi9ne5ok0422@mail.example>",
              extra=[("X-Mailer", "iPhone Mail (22E252)")])
    m3.set_content(t3, cte="8bit")
    assert first.weekday() == 3 and st.weekday() == 4
    case(cid, [eml("01-convite-entrevista.eml", m1, cid), eml("02-passar-para-sexta.eml", m2, cid),
               eml("03-fica-sexta.eml", m3, cid)], {
        "interview": True,
        "interviews": [iv("Quinta do Sal Hotel & Spa", "Diretora de Alojamento", st, None, "scheduled", [nuno], [nuno],
                          "hiring_manager")],
        "difficulty": "hard", "category": "positive/reschedule-short-mail",
        "notes": "In-person interview Thu 23 Apr 11h moved by a short iPhone mail to Friday same time (24 Apr 11:00 "
                 "WEST); no duration given -> end null. GM in cc conducts.",
        "source": "synthetic"})


# ---------------------------------------------------------------- 10 Exchange request + METHOD:CANCEL, (UTC+01:00) label in CEST
def c10():
    cid = "b55-10-brisa-exchange-cancel"
    s1 = T(2026, 3, 30, 10, 5, MAD)
    s2 = T(2026, 4, 6, 8, 50, MAD)
    st, en = T(2026, 4, 9, 17, 0, MAD), T(2026, 4, 9, 18, 0, MAD)
    elena = "elena.marquez@brisahoteles.example"
    uid = "040000008200E00074C5B7101A82E00800000000B0E5A1C4F2BDDC01000000000000000010000000BRISA0409"
    subj = "Entrevista: Inês Carvalho - Revenue & Operations Manager"
    b1 = """Hola Inês,

Como te comentó Sergio (RR. HH.), te envío la convocatoria para la entrevista del puesto de Revenue & Operations Manager en Brisa Valencia Puerto. Hablaremos unos 60 minutos por Teams; yo misma la haré.

Un saludo,
Elena Márquez
Directora de Operaciones · Hoteles Brisa Mediterránea
Av. del Puerto 300, 46024 Valencia · +34 963 555 418

________________________________________________________________________________
Reunión de Microsoft Teams
Unirse: https://teams.microsoft.example/l/meetup-join/19%3ameeting_brisa0409
Id. de reunión: 351 880 427 905  Código de acceso: Qe7mB2
________________________________________________________________________________
"""
    when = "Cuándo: jueves, 9 de abril de 2026 17:00-18:00 (UTC+01:00) Bruselas, Copenhague, Madrid, París.\n" \
           "Dónde: Reunión de Microsoft Teams"
    ex = ["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
          "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE"]
    cal1 = calendar("Microsoft Exchange Server 2010", "REQUEST", [vevent(
        uid, s1, st, en, subj, organizer("Elena Márquez", elena), [attendee(OWNER_NAME, OWNER)],
        tzid="Romance Standard Time", location="Reunión de Microsoft Teams", extra=ex)],
        tzs=[("Romance Standard Time", MAD, 1601)])
    m1 = mail(f"Elena Márquez <{elena}>", OWNER_HDR, subj, s1,
              "<PAXPR06MB7790E1A2@PAXPR06MB7790.eurprd06.prod.outlook.example>",
              extra=exchange_extra(subj, "AdzAQ1b2Vt0aBcR3eWq9mZkL"))
    exchange_parts(m1, when, b1, cal1)
    b2 = """Hola Inês,

Siento mucho tener que cancelar nuestra entrevista del jueves: la dirección ha congelado la contratación de este puesto hasta después del verano. Sergio te escribirá con más detalle y, si el proceso se reabre, serás la primera persona a la que llamemos.

Un saludo,
Elena
"""
    cal2 = calendar("Microsoft Exchange Server 2010", "CANCEL", [vevent(
        uid, s2, st, en, "Cancelada: " + subj, organizer("Elena Márquez", elena), [attendee(OWNER_NAME, OWNER)],
        tzid="Romance Standard Time", location="Reunión de Microsoft Teams", seq=1, status="CANCELLED",
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:FREE", "X-MICROSOFT-CDO-IMPORTANCE:2"])],
        tzs=[("Romance Standard Time", MAD, 1601)])
    m2 = mail(f"Elena Márquez <{elena}>", OWNER_HDR, "Cancelada: " + subj, s2,
              "<PAXPR06MB7790F4C9@PAXPR06MB7790.eurprd06.prod.outlook.example>",
              extra=exchange_extra(subj, "AdzAQ1b2Vt0aBcR3eWq9mZkLAAB3fQ=="))
    m2.set_content(when + "\n\n" + b2, cte="quoted-printable")
    m2.add_alternative(qp_html(p(when + "\n\n" + b2)), subtype="html", cte="quoted-printable")
    add_calendar(m2, cal2, method="CANCEL")
    case(cid, [eml("01-convocatoria.eml", m1, cid), eml("02-cancelada.eml", m2, cid)], {
        "interview": True,
        "interviews": [iv("Hoteles Brisa Mediterránea", "Revenue & Operations Manager", st, en, "cancelled", [elena],
                          [elena], "hiring_manager")],
        "difficulty": "medium", "category": "positive/exchange-cancel",
        "notes": "Exchange request with Windows TZID 'Romance Standard Time' and display label '(UTC+01:00)' while "
                 "9 Apr is CEST (+02:00); then METHOD:CANCEL SEQUENCE:1 -> cancelled-only case.",
        "source": "synthetic"})


# ---------------------------------------------------------------- 11 NEG TripAdvisor-style "interview with our top hosts"
def c11():
    cid = "b55-11-tripvista-top-hosts"
    sent = T(2026, 3, 5, 15, 0, UTC)
    live = T(2026, 3, 19, 18, 0, MAD)
    text = f"""TripVista for Hosts · March 2026

Inside the 2026 Travellers' Choice Awards: an interview with our top hosts

This month we sat down with three of our highest-rated hosts - a 40-room boutique hotel in Porto, a family-run pousada in the Alentejo and a design hostel in Valencia - to talk guest reviews, staffing during peak season and how they answer a one-star review without losing their cool.

"We schedule a 10-minute call with every guest who complains. Every single one." - Duty manager, Porto

LIVE: Meet the Top Hosts
Thursday 19 March, {live.strftime('%H:%M')} CET / {live.astimezone(LIS).strftime('%H:%M')} Lisbon - 45 minutes, free for listed properties.
Register: https://hosts.tripvista.example/live/top-hosts-2026

Is your property a candidate for the 2026 awards? Properties with a 4.7+ rating and 50+ reviews in 2025 are automatically shortlisted. Want to know where you stand? Book a call with your account manager.

You are receiving this newsletter because {OWNER} is registered as a contact for Hotel Miradouro Lisboa on TripVista.
Unsubscribe · Preferences · TripVista Ltd., 12 Harbour Walk, Dublin 2
"""
    m = mail("TripVista for Hosts <news@hosts.tripvista.example>", OWNER,
             "Inside the 2026 awards: an interview with our top hosts 🏆", sent,
             "<20260305150000.n3ws.88120@hosts.tripvista.example>",
             extra=[("List-Unsubscribe", "<https://hosts.tripvista.example/u/88120>"), ("Precedence", "bulk")])
    m.set_content(text, cte="quoted-printable")
    m.add_alternative(qp_html('<div style="max-width:640px;font-family:Arial">' + p(text) + "</div>"), subtype="html",
                      cte="quoted-printable")
    case(cid, [eml("01-newsletter-top-hosts.eml", m, cid)], {
        "interview": False, "interviews": [], "difficulty": "medium", "category": "negative/newsletter-host-interview",
        "notes": "Review-site host newsletter: 'an interview with our top hosts', a live session with a time, "
                 "'candidate', 'schedule a call'.",
        "source": "synthetic"})


# ---------------------------------------------------------------- 12 fr-CA phone screen, cancelled by e-mail
def c12():
    cid = "b55-12-auberge-st-laurent-entrevue-annulee"
    s1 = T(2026, 3, 31, 9, 40, MTL)
    s2 = T(2026, 4, 9, 16, 12, MTL)
    st, en = T(2026, 4, 14, 10, 0, MTL), T(2026, 4, 14, 10, 30, MTL)
    lst = st.astimezone(LIS)
    gen = "gtremblay@aubergestlaurent.example"
    sig = """Geneviève Tremblay, CRHA
Conseillère en ressources humaines
Auberge du Vieux-Port Saint-Laurent
295, rue de la Commune Est, Montréal (Québec) H2Y 1J1
Tél. : 514 555-0192, poste 214"""
    t1 = f"""Bonjour Madame Carvalho,

Votre candidature pour le poste de directrice des opérations à l'Auberge du Vieux-Port Saint-Laurent a retenu notre attention.

J'aimerais vous proposer une première entrevue téléphonique d'environ 30 minutes le mardi 14 avril à 10 h (heure de Montréal), ce qui devrait correspondre à {lst.hour} h à Lisbonne. Je vous appellerai au numéro inscrit sur votre CV (+351 912 555 418). Si ce moment ne vous convient pas, n'hésitez pas à m'écrire.

Cordialement,

{sig}
"""
    id1 = "<YT3PR01MB8842A0B1@YT3PR01MB8842.CANPRD01.PROD.OUTLOOK.example>"
    m1 = mail(f"Geneviève Tremblay <{gen}>", OWNER_HDR, "Entrevue téléphonique - Directrice des opérations", s1, id1)
    m1.set_content(t1, cte="quoted-printable")
    reply = f"Bonjour Geneviève,\n\nAvec plaisir : mardi 14 avril à 10 h ({lst.hour} h à Lisbonne) me convient parfaitement.\n\nBien à vous,\nInês Carvalho"
    t2 = f"""Bonjour Inês,

Je suis vraiment désolée, mais nous devons annuler l'entrevue de mardi prochain : le poste a finalement été comblé à l'interne. Nous conserverons votre dossier pour les prochaines ouvertures, notamment à notre futur établissement de Québec.

Merci de votre compréhension et bonne continuation dans vos démarches d'installation à Montréal.

{sig}

De : Inês Carvalho <{OWNER}>
Envoyé : 1 avril 2026 04:18
À : Geneviève Tremblay <{gen}>
Objet : Re: Entrevue téléphonique - Directrice des opérations

{reply}

De : Geneviève Tremblay
Envoyé : 31 mars 2026 09:40
Objet : Entrevue téléphonique - Directrice des opérations

{t1}
"""
    m2 = mail(f"Geneviève Tremblay <{gen}>", OWNER_HDR, "RE: Entrevue téléphonique - Directrice des opérations", s2,
              "<YT3PR01MB8842C7D3@YT3PR01MB8842.CANPRD01.PROD.OUTLOOK.example>",
              irt="<CAJi9ne5mtl0401@mail.example>", refs=f"{id1} <CAJi9ne5mtl0401@mail.example>")
    m2.set_content(t2, cte="quoted-printable")
    case(cid, [eml("01-entrevue-telephonique.eml", m1, cid), eml("02-annulation.eml", m2, cid)], {
        "interview": True,
        "interviews": [iv("Auberge du Vieux-Port Saint-Laurent", "Directrice des opérations", st, en, "cancelled",
                          [gen], [gen], "phone_screen")],
        "difficulty": "medium", "category": "positive/cancel-by-email",
        "notes": "Canadian-French phone screen 'mardi 14 avril à 10 h (heure de Montréal)', EDT; cancelled by a reply "
                 "(poste comblé à l'interne) with Outlook-style quoted history.",
        "source": "synthetic"})


# ---------------------------------------------------------------- 13 two interviews, same company
def c13():
    cid = "b55-13-atlantida-two-rounds"
    s1 = T(2026, 2, 25, 14, 22, LIS)
    s2 = T(2026, 3, 2, 17, 40, LIS)
    s3 = T(2026, 3, 3, 9, 15, MAD)
    a1, a1e = T(2026, 3, 2, 10, 0, LIS), T(2026, 3, 2, 10, 30, LIS)
    b1, b1e = T(2026, 3, 11, 16, 0, MAD), T(2026, 3, 11, 17, 0, MAD)
    dani = "daniela.costa@atlantidahotels.example"
    ign = "ignacio.prieto@atlantidahotels.example"
    t1 = f"""Hi Inês,

Thank you for applying to Atlântida Hotels. Your first interview has been scheduled:

Position: Operations Manager - Atlântida Madrid Chamberí
When: Monday, 2 March 2026, 10:00-10:30 (Lisbon, WET)
Where: Microsoft Teams video call (link in the attached invitation)
With: Daniela Costa, Talent Acquisition Lead ({dani})

To cancel or reschedule, use your candidate portal: https://atlantida.hospitarecruit.example/portal

Atlântida Hotels Group · Rua Castilho 39, 1250-068 Lisboa
This is an automated message from HospitaRecruit. Replies to this address are not monitored.
"""
    m1 = mail("Atlântida Hotels via HospitaRecruit <notificacoes@hospitarecruit.example>", OWNER_HDR,
              "Interview scheduled - Operations Manager, Atlântida Madrid Chamberí", s1,
              "<hr.a71c03.int.20260225142200@mailer.hospitarecruit.example>",
              return_path="<bounce+a71c03@mailer.hospitarecruit.example>")
    m1.set_content(t1, cte="quoted-printable")
    cal1 = calendar("-//HospitaRecruit//Interview Scheduler 4.2//EN", "REQUEST", [vevent(
        "hr-int-a71c03@hospitarecruit.example", s1, a1, a1e,
        "First interview - Inês Carvalho - Operations Manager (Atlântida Madrid Chamberí)",
        organizer("HospitaRecruit", "notificacoes@hospitarecruit.example"),
        [attendee("Daniela Costa", dani), attendee(OWNER_NAME, OWNER)], tzid="Europe/Lisbon",
        location="Microsoft Teams")], tzs=[("Europe/Lisbon", LIS, 1970)])
    attach_ics(m1, cal1, "interview.ics")
    bl = b1.astimezone(LIS)
    t2 = f"""Olá Inês,

Obrigada pela conversa de hoje de manhã, gostei muito! Como falámos, o próximo passo é a entrevista com o Ignacio Prieto, diretor do Atlântida Madrid Chamberí.

He has booked you for Wednesday 11 March at {b1.strftime('%H:%M')} Madrid time ({bl.strftime('%H:%M')} in Lisbon), one hour on Teams - he'll send the invite himself. O Ignacio percebe bem português, mas a conversa vai ser em espanhol e inglês.

Qualquer dúvida, diga-me.

Cumprimentos,
Daniela Costa
Talent Acquisition Lead | Atlântida Hotels Group
+351 210 555 377 | Rua Castilho 39, 1250-068 Lisboa
"""
    m2 = mail(f"Daniela Costa <{dani}>", OWNER_HDR, "Próximo passo / next step - Atlântida Madrid Chamberí", s2,
              "<CAH7dc0sta0302x@mail.atlantidahotels.example>")
    m2.set_content(t2, cte="quoted-printable")
    ics3 = calendar("Microsoft Exchange Server 2010", "REQUEST", [vevent(
        "040000008200E00074C5B7101A82E00800000000ATLMAD0311IGNACIO", s3, b1, b1e,
        "Entrevista Inês Carvalho - Operations Manager Chamberí", organizer("Ignacio Prieto", ign),
        [attendee(OWNER_NAME, OWNER)], tzid="Romance Standard Time", location="Microsoft Teams",
        description="Segunda entrevista (director del hotel). Enlace de Teams en la invitación.",
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1"])],
        tzs=[("Romance Standard Time", MAD, 1601)])
    case(cid, [eml("01-first-interview-scheduled.eml", m1, cid), eml("02-daniela-proximo-passo.eml", m2, cid),
               ("03-entrevista-ignacio.ics", ics3)], {
        "interview": True,
        "interviews": [
            iv("Atlântida Hotels Group", "Operations Manager", a1, a1e, "scheduled", [dani], [dani], "phone_screen"),
            iv("Atlântida Hotels Group", "Operations Manager", b1, b1e, "scheduled", [ign], [ign], "hiring_manager")],
        "difficulty": "medium", "category": "positive/two-interviews",
        "notes": "Round 1 (recruiter video screen, Lisbon WET) via invented ATS; round 2 announced in a PT/EN mixed mail "
                 "and a standalone Exchange .ics (Romance Standard Time, CET).",
        "source": "synthetic"})


# ---------------------------------------------------------------- 14 NEG Workable rejection
def c14():
    cid = "b55-14-encina-workable-rejection"
    sent = T(2026, 4, 21, 11, 0, MAD)
    text = """Hola Inês:

Muchas gracias por el tiempo que dedicaste a la entrevista con nuestro equipo el pasado martes para el puesto de Directora de Hotel (Encina Salamanca).

Tras valorar con detenimiento todas las candidaturas, hemos decidido continuar el proceso con otras personas cuyo perfil se ajusta más a lo que buscamos en este momento. Ha sido una decisión difícil: tu experiencia en operaciones nos pareció muy sólida.

Guardaremos tu candidatura y te avisaremos si se abre un puesto que encaje contigo. Si quieres, puedes agendar una breve llamada de feedback con nuestro equipo a través de tu portal de candidata.

Te deseamos mucha suerte,
El equipo de Talento de Hoteles Encina

--
Enviado con Workable
"""
    m = mail("Hoteles Encina <noreply@candidates.workablemail.example>", OWNER_HDR,
             "Tu candidatura a Directora de Hotel - Hoteles Encina", sent,
             "<wk.rej.77ab20e4.20260421090000@candidates.workablemail.example>")
    m.set_content(text, cte="base64")
    m.add_alternative(qp_html(p(text)), subtype="html", cte="base64")
    case(cid, [eml("01-candidatura.eml", m, cid)], {
        "interview": False, "interviews": [], "difficulty": "medium", "category": "negative/rejection",
        "notes": "Workable rejection in Spanish mentioning a past interview and offering to 'agendar una llamada'.",
        "source": "synthetic"})


# ---------------------------------------------------------------- 15 forwarded, "Thu 3/12 @ 4:30p PST" (really PDT)
def c15():
    cid = "b55-15-cascadia-forwarded-pst"
    greg_sent = T(2026, 3, 9, 15, 52, VAN)
    sent = T(2026, 3, 10, 13, 15, MTL)
    st, en = T(2026, 3, 12, 16, 30, VAN), T(2026, 3, 12, 17, 15, VAN)
    simon = "simon.bouchard@hotelsearchpartners.example"
    greg = "greg.whitfield@cascadialodges.example"
    gfw = greg_sent.astimezone(MTL)
    text = f"""Bonjour Inês,

Bonne nouvelle - see below from Greg Whitfield (VP Operations, Cascadia Lodges & Hotels, based in Vancouver). He wants to call you Thursday about the General Manager role at Cascadia Montréal.

Careful with the time: 4:30 pm Vancouver time is {st.astimezone(MTL).strftime('%-I:%M')} pm in Montréal and {st.astimezone(LIS).strftime('%H:%M')} for you in Lisbon. Tard, je sais... I told him it works unless you tell me otherwise. He'll call your cell; plan on 45 minutes. Have your numbers from the Miradouro reopening handy, he loves RevPAR.

Simon
--
Simon Bouchard | Associé
Hotel Search Partners - Recrutement de cadres en hôtellerie
1000, rue De La Gauchetière Ouest, bureau 2400, Montréal (QC) H3B 4W5
Cell. 438 555-0177

---------- Forwarded message ---------
From: Greg Whitfield <{greg}>
Date: {gfw.strftime('%a, %b %-d, %Y at %-I:%M %p')}
Subject: Re: Inês Carvalho - GM candidate for Cascadia Montréal
To: Simon Bouchard <{simon}>

Simon - read her file on the plane, impressive ops background. Let's do a call for the Montreal GM role. Thu 3/12 @ 4:30p PST works on my end, I'll ring her cell. 45 min should do.

Greg

Sent from my iPhone
"""
    m = mail(f"Simon Bouchard <{simon}>", OWNER_HDR, "Fwd: Inês Carvalho - GM candidate for Cascadia Montréal", sent,
             "<CAM5b0uch4rd+fwd0310@mail.hotelsearchpartners.example>")
    m.set_content(text, cte="quoted-printable")
    m.add_alternative(qp_html('<div dir="ltr">' + p(text) + "</div>"), subtype="html", cte="quoted-printable")
    assert st.weekday() == 3
    case(cid, [eml("01-fwd-greg-call.eml", m, cid)], {
        "interview": True,
        "interviews": [iv("Cascadia Lodges & Hotels", "General Manager", st, en, "scheduled", [greg], [greg],
                          "hiring_manager")],
        "difficulty": "hard", "category": "positive/forwarded-tz-abbrev",
        "notes": "Headhunter forwards the VP's 'Thu 3/12 @ 4:30p PST'; on 12 Mar Vancouver is already on PDT (-07:00) "
                 "and the forwarder's conversions (Montreal 7:30 pm, Lisbon 23:30) confirm Pacific wall time 16:30.",
        "source": "synthetic"})


# ---------------------------------------------------------------- 16 NEG job alert
def c16():
    cid = "b55-16-hotelcareers-job-alert"
    sent = T(2026, 2, 9, 7, 0, LIS)
    jobs = [("Hotel Operations Manager", "Grupo Solaz Hoteles", "Madrid", "Entrevistas esta semana"),
            ("Diretor(a) de Operações", "Maré Hotels & Resorts", "Lisboa", "Processo rápido: entrevista em 48h"),
            ("Front Office Manager", "Hotel Alcázar Gran Vía", "Madrid", "Candidatura simplificada"),
            ("Directrice de l'hébergement", "Hôtels Belvédère", "Montréal", "Relocation support"),
            ("Night Manager", "Lumen Suites Chiado", "Lisboa", "Novo")]
    text = "Olá Inês,\n\n5 novas vagas para o seu alerta \"Operations Manager - Madrid, Lisboa, Montréal\":\n\n" + \
        "\n\n".join(f"{a}\n{b} · {c}\n{d}\nVer vaga: https://www.hotelcareers.example/j/{1000 + i}"
                    for i, (a, b, c, d) in enumerate(jobs)) + \
        "\n\nDica da semana: como preparar uma entrevista por vídeo com um diretor geral noutro fuso horário.\n\n" \
        "Gerir alertas · Cancelar subscrição\nHotelCareers Iberia · Rua Braamcamp 40, 1250-050 Lisboa\n"
    m = mail("HotelCareers Iberia <alertas@hotelcareers.example>", OWNER,
             "5 novas vagas: Operations Manager em Madrid, Lisboa e Montréal", sent,
             "<alert.20260209.0700.ic44@hotelcareers.example>", extra=[("Precedence", "bulk")])
    m.set_content(text, cte="quoted-printable")
    m.add_alternative(qp_html(p(text)), subtype="html", cte="quoted-printable")
    case(cid, [eml("01-alerta-vagas.eml", m, cid)], {
        "interview": False, "interviews": [], "difficulty": "easy", "category": "negative/job-alert",
        "notes": "Job-board alert naming real-looking companies and 'entrevista em 48h', no interview booked.",
        "source": "synthetic"})


# ---------------------------------------------------------------- 17 mail with "mañana a las 12:00 h" + Calendar API event
def c17():
    cid = "b55-17-vela-gcal-json-manana"
    sent = T(2026, 5, 19, 17, 25, MAD)
    st, en = T(2026, 5, 20, 12, 0, LIS), T(2026, 5, 20, 12, 40, LIS)
    alv = "alvaro.sanz@velahoteles.example"
    bea = "beatriz.soler@velahoteles.example"
    text = f"""Hola Inês:

Te escribo de parte de Beatriz Soler, directora del Palácio das Janelas (nuestro hotel en Lisboa). Le gustaría hablar contigo mañana a las {st.strftime('%H:%M')} h, hora de Lisboa ({st.astimezone(MAD).strftime('%H:%M')} h en Madrid), unos 40 minutos por Google Meet, sobre el puesto de Subdirectora de Hotel. Ella misma te manda ahora la invitación.

Un abrazo,

Álvaro Sanz
Talento · Vela Hoteles
Paseo de la Castellana 95, 28046 Madrid
+34 913 555 610
"""
    m = mail(f"Álvaro Sanz <{alv}>", OWNER_HDR, "Subdirectora de Hotel - Palácio das Janelas (Lisboa)", sent,
             "<CAE4lv4r0s4nz0519@mail.velahoteles.example>")
    m.set_content(text, cte="quoted-printable")
    sm, em = st.astimezone(MAD), en.astimezone(MAD)
    ev = {
        "kind": "calendar#event", "etag": "\"3551982047302000\"", "id": "7qv2c0velajanelas0520bsoler",
        "status": "confirmed",
        "htmlLink": "https://www.google.example/calendar/event?eid=N3F2MmMwdmVsYWphbmVsYXMwNTIw",
        "created": (sent.astimezone(UTC) + timedelta(minutes=9)).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (sent.astimezone(UTC) + timedelta(minutes=11)).strftime("%Y-%m-%dT%H:%M:%S.512Z"),
        "summary": "Inês Carvalho / Beatriz Soler - Subdirectora de Hotel",
        "description": "Entrevista para el puesto de Subdirectora de Hotel (Palácio das Janelas, Lisboa).",
        "creator": {"email": bea, "displayName": "Beatriz Soler"},
        "organizer": {"email": bea, "displayName": "Beatriz Soler"},
        "start": {"dateTime": sm.isoformat(), "timeZone": "Europe/Madrid"},
        "end": {"dateTime": em.isoformat(), "timeZone": "Europe/Madrid"},
        "iCalUID": "7qv2c0velajanelas0520bsoler@google.com", "sequence": 0,
        "attendees": [
            {"email": bea, "displayName": "Beatriz Soler", "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"}],
        "hangoutLink": "https://meet.google.example/vjn-qazt-wpe",
        "conferenceData": {"entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.example/vjn-qazt-wpe",
                                            "label": "meet.google.example/vjn-qazt-wpe"}],
                           "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                           "conferenceId": "vjn-qazt-wpe"},
        "reminders": {"useDefault": True}, "eventType": "default"}
    case(cid, [eml("01-alvaro-manana.eml", m, cid),
               ("02-beatriz-event.gcal.json", (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode())], {
        "interview": True,
        "interviews": [iv("Vela Hoteles", "Subdirectora de Hotel", st, en, "scheduled", [bea], [bea],
                          "hiring_manager")],
        "difficulty": "medium", "category": "positive/gcal-json-dedupe",
        "notes": "Spanish mail 'mañana a las 12:00 h, hora de Lisboa' (sent 19 May) + Calendar API event in "
                 "Europe/Madrid 13:00 = same instant; one interview.",
        "source": "synthetic"})


# ---------------------------------------------------------------- 18 NEG language-school placement interview
def c18():
    cid = "b55-18-ecole-mont-royal-placement"
    sent = T(2026, 4, 22, 14, 30, MTL)
    st, en = T(2026, 5, 7, 9, 30, MTL), T(2026, 5, 7, 9, 50, MTL)
    isa = "isabelle.cote@eclmontroyal.example"
    text = f"""Bonjour Inês Carvalho,

Nous confirmons votre entrevue de classement pour le cours de français langue seconde (niveau intermédiaire, session d'été).

Date : jeudi 7 mai 2026
Heure : 9 h 30 (heure de Montréal) - {st.astimezone(LIS).strftime('%H h %M')} à Lisbonne
Durée : 20 minutes
Lieu : Zoom (le lien vous sera envoyé la veille)
Conseillère pédagogique : Mme Isabelle Côté ({isa})

Cette entrevue permet d'évaluer votre niveau à l'oral afin de vous placer dans le bon groupe. Les candidats en démarche d'immigration professionnelle peuvent demander une attestation de niveau à la fin de la session. Veuillez avoir une pièce d'identité avec photo.

Pour changer l'heure de votre rendez-vous, répondez simplement à ce courriel.

École de langues Mont-Royal
4200, boulevard Saint-Laurent, Montréal (Québec) H2W 1Z3
514 555-0110 · admission@eclmontroyal.example
"""
    m = mail("École de langues Mont-Royal <admission@eclmontroyal.example>", OWNER_HDR,
             "Confirmation - Entrevue de classement (francisation) - jeudi 7 mai", sent,
             "<20260422183000.adm.5521@eclmontroyal.example>")
    m.set_content(text, cte="quoted-printable")
    cal = calendar("-//ECL Mont-Royal//Rendez-vous//FR", "REQUEST", [vevent(
        "classement-5521@eclmontroyal.example", sent, st, en, "Entrevue de classement - français langue seconde",
        organizer("Isabelle Côté", isa), [attendee(OWNER_NAME, OWNER)], tzid="America/Toronto",
        location="Zoom")], tzs=[("America/Toronto", MTL, 1970)])
    attach_ics(m, cal, "rendez-vous.ics")
    case(cid, [eml("01-entrevue-classement.eml", m, cid)], {
        "interview": False, "interviews": [], "difficulty": "hard", "category": "negative/non-job-interview",
        "notes": "Language-school placement 'entrevue' with a time, an .ics and 'candidats'; not a job interview.",
        "source": "synthetic"})


# ---------------------------------------------------------------- 19 HTML-only base64, "noon or 2pm ET" -> "half past ten"
def c19():
    cid = "b55-19-maison-ardoise-noon-half-past-ten"
    s1 = T(2026, 5, 4, 10, 5, MTL)
    s2 = T(2026, 5, 4, 15, 30, MTL)
    s3 = T(2026, 5, 7, 18, 10, MTL)
    s4 = T(2026, 5, 7, 19, 2, MTL)
    noon = T(2026, 5, 8, 12, 0, MTL)
    st, en = T(2026, 5, 8, 10, 30, MTL), T(2026, 5, 8, 11, 15, MTL)
    jen = "jenna.brooks@maisonardoise.example"
    kar = "karen.liu@maisonardoise.example"
    sig = """Jenna Brooks
Talent Partner, Hotel Leadership | Maison Ardoise Hotels
155 Wellington St W, Suite 900, Toronto, ON M5V 3H1
c. 416-555-0139"""
    h1 = f"""<div style="font-family:'Segoe UI',Arial;font-size:14px">
<p>Hi Inês,</p>
<p>Thanks for a great first chat! Karen Liu, our Regional Director of Operations
(<a href="mailto:{kar}">{kar}</a>), would like to meet you over video this week for the
<b>Director of Rooms</b> role at Maison Ardoise Montréal.</p>
<p>She's free <b>Friday, May 8 at noon or 2pm ET</b> - which suits you better? It'll be about 45 minutes on Zoom.</p>
<p>Best,<br>{sig.replace(chr(10), '<br>')}</p></div>"""
    id1 = "<MN2PR11MB4382A1@MN2PR11MB4382.namprd11.prod.outlook.example>"
    m1 = mail(f"Jenna Brooks <{jen}>", OWNER_HDR, "Next step - Director of Rooms, Maison Ardoise Montréal", s1, id1)
    m1.set_content(qp_html(h1), subtype="html", cte="base64")
    r1 = f"Hi Jenna,\n\nNoon ET works great ({noon.astimezone(LIS).strftime('%Hh')} for me in Lisbon). Thank you!\n\nInês"
    t2 = f"""Perfect - noon ET on Friday it is. Karen's Zoom link: https://zoom.example/j/86120455310 (passcode 552901).

{sig}

From: Inês Carvalho <{OWNER}>
Sent: Monday, May 4, 2026 11:47 AM
To: Jenna Brooks <{jen}>
Subject: Re: Next step - Director of Rooms, Maison Ardoise Montréal

{r1}
"""
    id2 = "<MN2PR11MB4382B2@MN2PR11MB4382.namprd11.prod.outlook.example>"
    m2 = mail(f"Jenna Brooks <{jen}>", OWNER_HDR, "RE: Next step - Director of Rooms, Maison Ardoise Montréal", s2,
              id2, irt="<CAJi9ne5ard0504@mail.example>", refs=f"{id1} <CAJi9ne5ard0504@mail.example>")
    m2.set_content(t2, cte="quoted-printable")
    t3 = f"""Hi Inês,

Quick change for tomorrow, sorry! Karen's flight from Vancouver got moved up, so could we start at half past ten instead of noon? Same Zoom link, still about 45 minutes.

{sig}
"""
    id3 = "<MN2PR11MB4382C3@MN2PR11MB4382.namprd11.prod.outlook.example>"
    m3 = mail(f"Jenna Brooks <{jen}>", OWNER_HDR, "RE: Next step - Director of Rooms, Maison Ardoise Montréal", s3,
              id3, irt=id2, refs=f"{id1} {id2}")
    m3.set_content(t3, cte="quoted-printable")
    r3 = f"No problem at all, 10:30 ET works ({st.astimezone(LIS).strftime('%Hh%M')} here).\n\nInês"
    t4 = f"""Great, thanks for being flexible! Talk tomorrow at 10:30.

{sig}

From: Inês Carvalho <{OWNER}>
Sent: Thursday, May 7, 2026 6:51 PM
Subject: Re: Next step - Director of Rooms, Maison Ardoise Montréal

{r3}
"""
    m4 = mail(f"Jenna Brooks <{jen}>", OWNER_HDR, "RE: Next step - Director of Rooms, Maison Ardoise Montréal", s4,
              "<MN2PR11MB4382D4@MN2PR11MB4382.namprd11.prod.outlook.example>",
              irt="<CAJi9ne5ard0507@mail.example>", refs=f"{id1} {id2} {id3} <CAJi9ne5ard0507@mail.example>")
    m4.set_content(t4, cte="quoted-printable")
    case(cid, [eml("01-next-step.eml", m1, cid), eml("02-noon-it-is.eml", m2, cid),
               eml("03-quick-change.eml", m3, cid), eml("04-talk-tomorrow.eml", m4, cid)], {
        "interview": True,
        "interviews": [iv("Maison Ardoise Hotels", "Director of Rooms", st, en, "scheduled", [kar], [kar],
                          "hiring_manager")],
        "difficulty": "hard", "category": "positive/html-only-reschedule",
        "notes": "HTML-only base64 proposal ('noon or 2pm ET'), confirmed for noon, then moved 'tomorrow' to "
                 "'half past ten' (EDT); final 10:30-11:15 -04:00.",
        "source": "synthetic"})


# ---------------------------------------------------------------- 20 NEG paid trial shift ("stage")
def c20():
    cid = "b55-20-carre-saint-denis-stage-remunere"
    sent = T(2026, 5, 11, 13, 20, MTL)
    jul = "julie.pelletier@carresaintdenis.example"
    text = """Bonjour Inês,

Merci pour votre intérêt envers le poste de gérante de nuit à l'Hôtel Carré Saint-Denis.

Comme nous l'avons mentionné dans l'affichage, notre processus commence par un stage rémunéré d'une journée (trial shift). Vous travaillerez un quart complet avec l'équipe de la réception et de l'audit de nuit :

Samedi 16 mai, de 7 h à 15 h
Rémunération : 24 $/h (payé avec la paie du 29 mai)
Tenue : pantalon noir, chemise blanche; on vous prête la veste
À l'arrivée : entrée des employés, rue Ontario, demandez Mathieu Roy (superviseur de la réception)

Il s'agit d'une journée de travail, pas d'une entrevue : vous serez sur le plancher avec l'équipe toute la journée et nous vous ferons part de nos commentaires par courriel la semaine suivante.

Merci de me confirmer votre présence et de m'envoyer votre NAS pour la paie.

Julie Pelletier
Directrice des ressources humaines
Hôtel Carré Saint-Denis
1720, rue Saint-Denis, Montréal (Québec) H2X 3K6
514 555-0175
"""
    m = mail(f"Julie Pelletier <{jul}>", OWNER_HDR, "Stage rémunéré - gérante de nuit - samedi 16 mai", sent,
             "<YQBPR0101MB5520E3@YQBPR0101MB5520.CANPRD01.PROD.OUTLOOK.example>")
    m.set_content(text, cte="quoted-printable")
    case(cid, [eml("01-stage-remunere.eml", m, cid)], {
        "interview": False, "interviews": [], "difficulty": "hard", "category": "negative/trial-shift",
        "notes": "Paid one-day trial shift ('stage rémunéré'): a work sample, not a live conversation with "
                 "interviewers, so per the README (like take-home/assessment) it is not an interview.",
        "source": "synthetic"})


# ---------------------------------------------------------------- 21 German chain, "14:00 Uhr (MEZ)" thread
def c21():
    cid = "b55-21-rheinblick-14-uhr-thread"
    s1 = T(2026, 3, 18, 9, 12, BER)
    s2 = T(2026, 3, 19, 8, 47, BER)
    st, en = T(2026, 3, 24, 14, 0, BER), T(2026, 3, 24, 15, 0, BER)
    alt = T(2026, 3, 25, 10, 0, BER)
    kat = "katrin.vogel@rheinblick-hotels.example"
    luk = "lukas.brandt@rheinblick-hotels.example"
    sig = """Mit freundlichen Grüßen / Kind regards

Katrin Vogel
HR Business Partner
Rheinblick Hotels GmbH
Leopoldstraße 120, 80802 München
Tel. +49 89 5550 2218
Geschäftsführer: Dr. Felix Aumann · Amtsgericht München HRB 241877"""
    t1 = f"""Dear Ms Carvalho,

thank you for your application as Hotel Operations Manager for our new Rheinblick Lisboa Alfama (opening autumn 2026).

Herr Lukas Brandt, our Director of Openings Iberia, would like to get to know you in a video interview. Would Tuesday, 24 March at 14:00 Uhr (MEZ) suit you? That would be {st.astimezone(LIS).strftime('%H:%M')} in Lisbon. Alternatively Wednesday, 25 March at {alt.strftime('%H:%M')} Uhr. The conversation takes about 60 minutes and will be held in English.

{sig}
"""
    id1 = "<FR2P281MB0912A7@FR2P281MB0912.DEUP281.PROD.OUTLOOK.example>"
    m1 = mail(f"Katrin Vogel <{kat}>", OWNER_HDR, "Ihre Bewerbung / your application - Hotel Operations Manager Lisboa",
              s1, id1)
    m1.set_content(t1, cte="quoted-printable")
    r = f"Dear Ms Vogel,\n\nthank you! Tuesday 24 March at 14:00 German time ({st.astimezone(LIS).strftime('%H:%M')} here) works well for me.\n\nBest regards,\nInês Carvalho"
    t2 = f"""Dear Ms Carvalho,

wunderbar - then it is confirmed: Tuesday, 24 March, 14:00 Uhr German time ({st.astimezone(LIS).strftime('%H:%M')} Lisbon), via Microsoft Teams, 60 minutes. Herr Brandt ({luk}) will lead the conversation; I will only send you the Teams link and will not join.

{sig}

Von: Inês Carvalho <{OWNER}>
Gesendet: Mittwoch, 18. März 2026 18:30
An: Katrin Vogel <{kat}>
Betreff: Re: Ihre Bewerbung / your application - Hotel Operations Manager Lisboa

{r}
"""
    m2 = mail(f"Katrin Vogel <{kat}>", OWNER_HDR,
              "AW: Ihre Bewerbung / your application - Hotel Operations Manager Lisboa", s2,
              "<FR2P281MB0912B8@FR2P281MB0912.DEUP281.PROD.OUTLOOK.example>",
              irt="<CAJi9ne5rb0318@mail.example>", refs=f"{id1} <CAJi9ne5rb0318@mail.example>")
    m2.set_content(t2, cte="quoted-printable")
    case(cid, [eml("01-bewerbung-vorschlag.eml", m1, cid), eml("02-bestaetigung.eml", m2, cid)], {
        "interview": True,
        "interviews": [iv("Rheinblick Hotels", "Hotel Operations Manager", st, en, "scheduled", [luk], [luk],
                          "hiring_manager")],
        "difficulty": "medium", "category": "positive/thread-confirm",
        "notes": "Munich HR proposes '14:00 Uhr (MEZ)' = 13:00 Lisbon (both still on winter time on 24 Mar); "
                 "confirmed in reply; HR explicitly not joining.",
        "source": "synthetic"})


# ---------------------------------------------------------------- 22 NEG user is the interviewer (same invented ATS)
def c22():
    cid = "b55-22-miradouro-hospitarecruit-user-interviews"
    sent = T(2026, 2, 23, 9, 0, LIS)
    st, en = T(2026, 2, 26, 10, 0, LIS), T(2026, 2, 26, 10, 30, LIS)
    pat = "patricia.nunes@hotelmiradouro.example"
    text = f"""Olá Inês,

Foi agendada uma entrevista no seu calendário.

Candidato: João Pires
Vaga: Rececionista - turno da noite (Hotel Miradouro Lisboa)
Data: quinta-feira, 26 de fevereiro de 2026, às 10h (hora de Lisboa) - 30 min
Local: Sala de reuniões, piso -1
Entrevistadores: Inês Carvalho (Operations Manager), Patrícia Nunes (Guest Relations Manager)

Após a entrevista, preencha o scorecard do candidato: https://miradouro.hospitarecruit.example/scorecards/jp-2291

--
HospitaRecruit · Esta mensagem foi enviada automaticamente. Por favor não responda.
"""
    m = mail("HospitaRecruit <notificacoes@hospitarecruit.example>", OWNER_HDR,
             "Entrevista agendada: João Pires - Rececionista (turno da noite) | Hotel Miradouro Lisboa", sent,
             "<hr.jp2291.int.20260223090000@mailer.hospitarecruit.example>",
             return_path="<bounce+jp2291@mailer.hospitarecruit.example>")
    m.set_content(text, cte="quoted-printable")
    m.add_alternative(qp_html(p(text)), subtype="html", cte="quoted-printable")
    cal = calendar("-//HospitaRecruit//Interview Scheduler 4.2//PT", "REQUEST", [vevent(
        "hr-int-jp2291@hospitarecruit.example", sent, st, en,
        "Entrevista: João Pires - Rececionista (turno da noite)",
        organizer("HospitaRecruit", "notificacoes@hospitarecruit.example"),
        [attendee(OWNER_NAME, OWNER), attendee("Patrícia Nunes", pat)], tzid="Europe/Lisbon",
        location="Hotel Miradouro Lisboa - sala de reuniões piso -1",
        description="Entrevistadores: Inês Carvalho, Patrícia Nunes. Candidato: João Pires.")],
        tzs=[("Europe/Lisbon", LIS, 1970)])
    attach_ics(m, cal, "entrevista.ics")
    case(cid, [eml("01-entrevista-agendada-candidato.eml", m, cid)], {
        "interview": False, "interviews": [], "difficulty": "hard", "category": "negative/user-is-interviewer",
        "notes": "Same invented ATS as case 01 but the user is the interviewer (hiring a night receptionist).",
        "source": "synthetic"})


def main():
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20,
              c21, c22):
        f()
    for name in os.listdir(HERE):
        full = os.path.join(HERE, name)
        if name.startswith("b55-") and os.path.isdir(full):
            shutil.rmtree(full)
    for cid, items in CASES.items():
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fname, data in items:
            with open(os.path.join(d, fname), "wb") as fh:
                fh.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# blind55 - generated by make_cases.py; do not edit by hand\n")
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=120)
    pos = sum(1 for l in LABELS.values() if l["interview"])
    print(f"{len(LABELS)} cases ({pos} positive, {len(LABELS) - pos} negative), "
          f"{sum(len(l['interviews']) for l in LABELS.values())} labelled interviews")


if __name__ == "__main__":
    main()
