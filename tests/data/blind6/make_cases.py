#!/usr/bin/env python3
"""Deterministic generator for the blind6 interview-detection set.

Rewrites every case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All names invented; all domains .example / example.com.
"""
import hashlib
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
LABELS = {}
CUR = {}


# ---------------------------------------------------------------- helpers
def T(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


def iso(d):
    return d.isoformat() if d is not None else None


def zst(d):
    return d.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')


def loc(d):
    return d.strftime('%Y%m%dT%H%M%S')


def esc(s):
    return s.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')


def fold(line):
    b = line.encode('utf-8')
    out = []
    first = True
    while len(b) > (75 if first else 74):
        n = 75 if first else 74
        while (b[n] & 0xC0) == 0x80:
            n -= 1
        out.append(b[:n])
        b = b[n:]
        first = False
    out.append(b)
    return '\r\n '.join(x.decode('utf-8') for x in out)


def h(*parts):
    return hashlib.sha1('|'.join(parts).encode()).hexdigest()


def vtz_eu(tzid, std='+0100', dst='+0200', sname='CET', dname='CEST'):
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}',
            'BEGIN:STANDARD', 'DTSTART:16010101T030000', f'TZOFFSETFROM:{dst}', f'TZOFFSETTO:{std}',
            'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10', f'TZNAME:{sname}', 'END:STANDARD',
            'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', f'TZOFFSETFROM:{std}', f'TZOFFSETTO:{dst}',
            'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3', f'TZNAME:{dname}', 'END:DAYLIGHT',
            'END:VTIMEZONE']


def vtz_us(tzid, std, dst, sname, dname):
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}',
            'BEGIN:DAYLIGHT', f'TZOFFSETFROM:{std}', f'TZOFFSETTO:{dst}', f'TZNAME:{dname}',
            'DTSTART:19700308T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT',
            'BEGIN:STANDARD', f'TZOFFSETFROM:{dst}', f'TZOFFSETTO:{std}', f'TZNAME:{sname}',
            'DTSTART:19701101T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD',
            'END:VTIMEZONE']


def vtz_au(tzid):
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}',
            'BEGIN:STANDARD', 'DTSTART:16010101T030000', 'TZOFFSETFROM:+1100', 'TZOFFSETTO:+1000',
            'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4', 'END:STANDARD',
            'BEGIN:DAYLIGHT', 'DTSTART:16010101T020000', 'TZOFFSETFROM:+1000', 'TZOFFSETTO:+1100',
            'RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10', 'END:DAYLIGHT',
            'END:VTIMEZONE']


def vtz_fixed(tzid, off, name):
    return ['BEGIN:VTIMEZONE', f'TZID:{tzid}',
            'BEGIN:STANDARD', 'DTSTART:19700101T000000', f'TZOFFSETFROM:{off}', f'TZOFFSETTO:{off}',
            f'TZNAME:{name}', 'END:STANDARD', 'END:VTIMEZONE']


def vevent(uid, start, end, summary, *, organizer=None, attendees=(), tz=None, seq=0,
           status='CONFIRMED', description=None, location=None, stamp=None, extra=(),
           allday=False):
    """tz: None -> UTC 'Z'; (tzid_label, iana) -> TZID form; 'floating' -> no tz."""
    L = ['BEGIN:VEVENT', f'UID:{uid}', f'DTSTAMP:{zst(stamp or start)}']
    if tz is None:
        L += [f'DTSTART:{zst(start)}', f'DTEND:{zst(end)}']
    else:
        label, iana = tz
        z = ZoneInfo(iana)
        L += [f'DTSTART;TZID={label}:{loc(start.astimezone(z))}',
              f'DTEND;TZID={label}:{loc(end.astimezone(z))}']
    L.append(f'SUMMARY:{esc(summary)}')
    if organizer:
        L.append(f'ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}')
    for a in attendees:
        name, mail = a[0], a[1]
        ps = a[2] if len(a) > 2 else 'NEEDS-ACTION'
        role = a[3] if len(a) > 3 else 'REQ-PARTICIPANT'
        L.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={name}:mailto:{mail}')
    if description:
        L.append(f'DESCRIPTION:{esc(description)}')
    if location is not None:
        L.append(f'LOCATION:{esc(location)}')
    L += [f'SEQUENCE:{seq}', f'STATUS:{status}', 'TRANSP:OPAQUE']
    L += list(extra)
    L.append('END:VEVENT')
    return L


def ical(prodid, method, events, tzs=()):
    L = ['BEGIN:VCALENDAR', f'PRODID:{prodid}', 'VERSION:2.0', 'CALSCALE:GREGORIAN']
    if method:
        L.append(f'METHOD:{method}')
    for t in tzs:
        L += t
    for e in events:
        L += e
    L.append('END:VCALENDAR')
    return ''.join(fold(x) + '\r\n' for x in L)


def mail(name, *, frm, to, subject, date, cc=None, reply_to=None, sender=None, msgid_domain='mail.example',
         in_reply_to=None, references=None, headers=(), text=None, html=None, text_cte='quoted-printable',
         html_cte='quoted-printable', cal=None, cal_method='REQUEST', cal_inline=True, cal_attach=True,
         cal_filename='invite.ics', cal_attach_type=('text', 'calendar'), received=True):
    owner = CUR['user']
    m = EmailMessage(policy=policy.default)
    m['Delivered-To'] = owner
    if received:
        m['Received'] = (f'from mx.{msgid_domain} (mx.{msgid_domain} [192.0.2.{int(h(name)[:2], 16) % 200 + 20}]) '
                         f'by mx.mail.example with ESMTPS id {h(name, "r")[:12]} for <{owner}>; '
                         f'{format_datetime(date.astimezone(UTC) + timedelta(seconds=2))}')
    mid = f'<{h(CUR["id"], name)[:24]}@{msgid_domain}>'
    m['Message-ID'] = mid
    m['Date'] = format_datetime(date)
    m['From'] = frm
    if sender:
        m['Sender'] = sender
    if reply_to:
        m['Reply-To'] = reply_to
    m['To'] = to
    if cc:
        m['Cc'] = cc
    m['Subject'] = subject
    if in_reply_to:
        m['In-Reply-To'] = in_reply_to
    if references:
        m['References'] = references
    for k, v in headers:
        m[k] = v
    if text is not None and html is not None:
        m.set_content(text, cte=text_cte)
        m.add_alternative(html, subtype='html', cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype='html', cte=html_cte)
    else:
        m.set_content(text, cte=text_cte)
    if cal is not None:
        if cal_inline:
            if not m.is_multipart():
                m.make_alternative()
            m.add_alternative(cal, subtype='calendar', cte='7bit' if cal.isascii() else 'quoted-printable',
                              params={'method': cal_method})
        if cal_attach:
            m.add_attachment(cal.encode('utf-8'), maintype=cal_attach_type[0], subtype=cal_attach_type[1],
                             filename=cal_filename)
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f'----=_Part_{i}_{h(CUR["id"], name, str(i))[:20]}')
    with open(os.path.join(CUR['dir'], name), 'wb') as f:
        f.write(m.as_bytes(policy=policy.default))
    return mid


def write(name, text, binary=False):
    p = os.path.join(CUR['dir'], name)
    with open(p, 'w', encoding='utf-8', newline='') as f:
        f.write(text)


def gcal(name, obj):
    write(name, json.dumps(obj, indent=2, ensure_ascii=False) + '\n')


def start_case(cid, user):
    d = os.path.join(HERE, cid)
    os.makedirs(d)
    CUR.clear()
    CUR.update(id=cid, user=user, dir=d)


def label(interviews, difficulty, category, notes, source='synthetic'):
    LABELS[CUR['id']] = {
        'user': CUR['user'],
        'interview': bool(interviews),
        'interviews': interviews,
        'difficulty': difficulty,
        'category': category,
        'notes': notes,
        'source': source,
    }


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {'company': company, 'role': role, 'start': iso(start), 'end': iso(end), 'status': status,
            'interviewer_emails': list(interviewers), 'followup_recipients': list(followups), 'kind': kind}


def gevent_meet(code):
    return {
        'entryPoints': [
            {'entryPointType': 'video', 'uri': f'https://meet.google.example/{code}', 'label': f'meet.google.example/{code}'},
            {'entryPointType': 'phone', 'uri': 'tel:+81-3-5555-0147', 'label': '+81 3-5555-0147', 'pin': '402917733', 'regionCode': 'JP'},
        ],
        'conferenceSolution': {'key': {'type': 'hangoutsMeet'}, 'name': 'Google Meet'},
        'conferenceId': code,
    }


# =============================================================== POSITIVES
def k01():
    start_case('k01-teamtailor-stockholm-hm-video', 'amara.osei@example.com')
    u = CUR['user']
    sent = T(2026, 3, 26, 9, 12, 'Europe/Stockholm')          # CET (+01:00)
    s = T(2026, 4, 2, 14, 0, 'Europe/Stockholm')              # CEST (+02:00), after 29 Mar
    e = s + timedelta(minutes=45)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f4f4f5"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1f2937">
<tr><td style="padding:24px"><img src="https://assets.teamtailor.example/vindlo/logo.png" alt="Vindlo Logistik" height="28"></td></tr>
<tr><td style="padding:0 24px 8px 24px"><p>Hi Amara,</p>
<p>Thank you for your application for <b>Senior Product Designer</b> at Vindlo Logistik. We would love to get to know you better!</p>
<p>We have booked a video interview with <b>Johan Ek</b>, our Head of Design, who would be your manager in this role.</p>
<table style="border:1px solid #e5e7eb;border-radius:6px;width:100%"><tr><td style="padding:12px">
<b>When:</b> Thursday 2 April 2026, 14:00&ndash;14:45 (Stockholm time, CEST)<br>
<b>Where:</b> Google Meet &ndash; <a href="https://meet.google.example/vdl-qpsx-tua">meet.google.example/vdl-qpsx-tua</a><br>
<b>Length:</b> 45 minutes</td></tr></table>
<p>The calendar file is attached &ndash; add it to your calendar so you don&#39;t miss it. If the time no longer works, just reply to this e-mail and I&#39;ll find a new slot.</p>
<p>Varma h&auml;lsningar / Warm regards,<br>Karin Lund<br>Talent Partner, Vindlo Logistik AB<br>Magasinsgatan 7, 411 18 G&ouml;teborg &middot; +46 31 555 02 18</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:11px;color:#9ca3af">Sent with Teamtailor &middot; <a href="https://vindlo.teamtailor.example/connect">Manage your candidate profile</a> &middot; You are receiving this because you applied to a job at Vindlo Logistik.</td></tr>
</table></td></tr></table></body></html>
"""
    cal = ical('-//Teamtailor//Interview//EN', 'REQUEST', [vevent(
        'tt-interview-88213@teamtailor.example', s, e, 'Interview: Amara Osei <> Vindlo Logistik (Senior Product Designer)',
        organizer=('Karin Lund', 'karin.lund@vindlo.example'),
        attendees=[('Johan Ek', 'johan.ek@vindlo.example', 'ACCEPTED'), ('Amara Osei', u)],
        tz=('Europe/Stockholm', 'Europe/Stockholm'), stamp=sent,
        description='Video interview with Johan Ek (Head of Design).\nGoogle Meet: https://meet.google.example/vdl-qpsx-tua',
        location='https://meet.google.example/vdl-qpsx-tua')], tzs=[vtz_eu('Europe/Stockholm')])
    mail('01-teamtailor-interview-booked.eml', frm='Vindlo Logistik <no-reply@teamtailor.example>',
         reply_to='Karin Lund <karin.lund@vindlo.example>', to=f'Amara Osei <{u}>',
         subject='Interview booked: Senior Product Designer at Vindlo Logistik', date=sent,
         msgid_domain='teamtailor.example', html=html, html_cte='base64', cal=cal, cal_inline=False,
         cal_attach_type=('text', 'calendar'), cal_filename='interview.ics',
         headers=[('X-Mailer', 'Teamtailor'), ('List-Unsubscribe', '<https://vindlo.teamtailor.example/unsubscribe>')])
    label([iv('Vindlo Logistik', 'Senior Product Designer', s, e, 'scheduled', ['johan.ek@vindlo.example'],
              ['johan.ek@vindlo.example'], 'hiring_manager')],
          'medium', 'positive/ats-teamtailor-html-ics',
          'Teamtailor HTML-only (base64) booking mail from no-reply with Reply-To recruiter and .ics; sent in CET, '
          'interview falls after EU DST switch (CEST +02:00). Recruiter only books; Johan Ek interviews.')


def k02():
    start_case('k02-personio-uitnodiging-amsterdam', 'thijs.vermeulen@mail.example')
    u = CUR['user']
    sent = T(2026, 4, 7, 16, 40, 'Europe/Amsterdam')
    s = T(2026, 4, 14, 10, 30, 'Europe/Amsterdam')
    e = T(2026, 4, 14, 11, 30, 'Europe/Amsterdam')
    text = """Beste Thijs,

Bedankt voor je sollicitatie op de vacature Medior Backend Developer bij Kadewerf. We hebben je cv en motivatie met veel plezier gelezen en nodigen je graag uit voor een eerste kennismakingsgesprek.

Datum: dinsdag 14 april 2026
Tijd: 10:30 - 11:30 uur
Locatie: Kadewerf B.V., Oostelijke Handelskade 12, 1019 BM Amsterdam (meld je bij de receptie op de 3e verdieping)

Je spreekt met Ruben Smit, Engineering Manager van het team Betalingen. Hij vertelt meer over het team en de techstack, en is benieuwd naar jouw ervaring met Go en PostgreSQL.

In de bijlage vind je een agenda-uitnodiging. Kun je even laten weten of het tijdstip past?

Met vriendelijke groet,

Fleur Bakker
Recruiter | Kadewerf B.V.
T +31 20 555 0143
fleur.bakker@kadewerf.example

--
Deze e-mail is verzonden via Personio.
"""
    cal = ical('-//Personio GmbH//Personio Recruiting//DE', 'REQUEST', [vevent(
        'personio-ev-5522817@personio.example', s, e, 'Sollicitatiegesprek Thijs Vermeulen - Medior Backend Developer',
        organizer=('Fleur Bakker', 'fleur.bakker@kadewerf.example'),
        attendees=[('Ruben Smit', 'ruben.smit@kadewerf.example', 'ACCEPTED'), ('Thijs Vermeulen', u)],
        tz=('Europe/Amsterdam', 'Europe/Amsterdam'), stamp=sent,
        location='Kadewerf B.V., Oostelijke Handelskade 12, 1019 BM Amsterdam')], tzs=[vtz_eu('Europe/Amsterdam')])
    m1 = mail('01-uitnodiging-sollicitatiegesprek.eml', frm='Fleur Bakker <fleur.bakker@kadewerf.example>',
              sender='Kadewerf B.V. via Personio <no-reply@personio.example>', to=f'Thijs Vermeulen <{u}>',
              subject='Uitnodiging sollicitatiegesprek - Medior Backend Developer', date=sent,
              msgid_domain='personio.example', text=text, cal=cal, cal_inline=False,
              cal_attach_type=('application', 'ics'), cal_filename='uitnodiging.ics')
    reply = """Hoi Fleur,

Dank je wel voor de uitnodiging! Dinsdag 14 april om half 11 komt mij goed uit, ik ben er.

Groet,
Thijs

Op di 7 apr 2026 om 16:40 schreef Fleur Bakker <fleur.bakker@kadewerf.example>:
> Beste Thijs,
>
> Bedankt voor je sollicitatie op de vacature Medior Backend Developer bij
> Kadewerf. [...]
> Datum: dinsdag 14 april 2026
> Tijd: 10:30 - 11:30 uur
"""
    mail('02-re-uitnodiging.eml', frm=f'Thijs Vermeulen <{u}>', to='Fleur Bakker <fleur.bakker@kadewerf.example>',
         subject='Re: Uitnodiging sollicitatiegesprek - Medior Backend Developer',
         date=T(2026, 4, 7, 19, 3, 'Europe/Amsterdam'), in_reply_to=m1, references=m1, text=reply,
         headers=[('User-Agent', 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.8.0')])
    label([iv('Kadewerf', 'Medior Backend Developer', s, e, 'scheduled', ['ruben.smit@kadewerf.example'],
              ['ruben.smit@kadewerf.example'], 'hiring_manager')],
          'medium', 'positive/non-english-dutch-personio',
          'Dutch Personio invitation (sent from recruiter via Personio) with application/ics attachment; in-person '
          'with the engineering manager; user confirms in Dutch ("om half 11").')


def k03():
    start_case('k03-recruitee-entrevista-sao-paulo', 'camila.rocha@mail.example')
    u = CUR['user']
    sent = T(2026, 3, 13, 10, 5, 'America/Sao_Paulo')
    s = T(2026, 3, 19, 15, 0, 'America/Sao_Paulo')
    e = T(2026, 3, 19, 16, 0, 'America/Sao_Paulo')
    text = """Olá, Camila!

Tudo bem? Aqui é a Marina, do time de Talent Acquisition da Ipê Pagamentos.

Gostamos muito do seu perfil para a vaga de Analista de Dados Pleno e gostaríamos de seguir com a próxima etapa: a entrevista técnica.

📅 Quinta-feira, 19 de março de 2026
🕒 15h às 16h (horário de Brasília)
📍 Online, pelo Google Meet: https://meet.google.example/ipe-dxkq-mwa

Você vai conversar com o Diego Lins, coordenador do time de Dados. A conversa vai girar em torno de SQL, modelagem e um case rápido de análise — não precisa preparar nada com antecedência.

O convite para o calendário está em anexo. Qualquer imprevisto, é só responder este e-mail.

Abraços,
Marina Couto
Talent Acquisition | Ipê Pagamentos
+55 11 5555-0178
Av. Brigadeiro Faria Lima, 1200 – São Paulo/SP

Enviado via Recruitee
"""
    cal = ical('-//Recruitee//Interview Scheduler//EN', 'REQUEST', [vevent(
        'rt-evt-19f3a2c7@recruitee.example', s, e, 'Entrevista técnica – Camila Rocha – Analista de Dados Pleno',
        organizer=('Marina Couto', 'marina.couto@ipepag.example'),
        attendees=[('Diego Lins', 'diego.lins@ipepag.example', 'ACCEPTED'), ('Camila Rocha', u)],
        tz=('America/Sao_Paulo', 'America/Sao_Paulo'), stamp=sent,
        description='Entrevista técnica com Diego Lins (Coordenador de Dados).\nGoogle Meet: https://meet.google.example/ipe-dxkq-mwa',
        location='https://meet.google.example/ipe-dxkq-mwa')], tzs=[vtz_fixed('America/Sao_Paulo', '-0300', '-03')])
    mail('01-convite-entrevista-tecnica.eml', frm='Marina Couto <ipepagamentos@recruitee-mail.example>',
         reply_to='Marina Couto <marina.couto@ipepag.example>', to=f'Camila Rocha <{u}>',
         subject='Convite: entrevista técnica – Analista de Dados Pleno | Ipê Pagamentos', date=sent,
         msgid_domain='recruitee-mail.example', text=text, text_cte='base64', cal=cal, cal_inline=False,
         cal_filename='entrevista.ics')
    rem = """Oi, Camila!

Passando só para lembrar da sua entrevista técnica amanhã, às 15h, com o Diego Lins.
Link: https://meet.google.example/ipe-dxkq-mwa

Boa sorte!
Marina – Ipê Pagamentos
"""
    mail('02-lembrete.eml', frm='Marina Couto <ipepagamentos@recruitee-mail.example>',
         reply_to='Marina Couto <marina.couto@ipepag.example>', to=f'Camila Rocha <{u}>',
         subject='Lembrete: sua entrevista é amanhã', date=T(2026, 3, 18, 9, 30, 'America/Sao_Paulo'),
         msgid_domain='recruitee-mail.example', text=rem)
    label([iv('Ipê Pagamentos', 'Analista de Dados Pleno', s, e, 'scheduled', ['diego.lins@ipepag.example'],
              ['diego.lins@ipepag.example'], 'technical')],
          'medium', 'positive/non-english-portuguese-recruitee',
          'Portuguese Recruitee invite (base64 body, emoji, "15h às 16h (horário de Brasília)") + .ics '
          'America/Sao_Paulo (no DST); reminder mail next day is the same interview.')


def k04():
    start_case('k04-zoho-recruit-colloquio-milano-dst', 'giulia.ferraro@example.com')
    u = CUR['user']
    sent = T(2026, 3, 25, 12, 18, 'Europe/Rome')   # +01:00
    s = T(2026, 3, 30, 11, 0, 'Europe/Rome')       # +02:00 (after 29 Mar)
    e = s + timedelta(minutes=30)
    text = """Gentile Giulia,

la ringrazio per aver inviato la sua candidatura per la posizione di Controller di gestione presso Officine Brenta.

Come anticipato al telefono, le propongo un primo colloquio telefonico conoscitivo per lunedì 30 marzo alle ore 11:00, della durata di circa 30 minuti. La chiamerò io al numero indicato nel CV (+39 347 555 0192).

Durante il colloquio parleremo del suo percorso, delle sue aspettative e le illustrerò il ruolo e il team Amministrazione e Finanza.

Le chiedo gentilmente una conferma rispondendo a questa e-mail.

Cordiali saluti,

Chiara Galli
HR & Talent Acquisition
Officine Brenta S.r.l.
Via dell'Industria 41, 35129 Padova (PD)
Tel. +39 049 555 0631
"""
    m1 = mail('01-colloquio-conoscitivo.eml', frm='Chiara Galli <chiara.galli@officinebrenta.example>',
              sender='Officine Brenta <notification@zohorecruit.example>', to=f'Giulia Ferraro <{u}>',
              subject='Officine Brenta - Colloquio conoscitivo per Controller di gestione', date=sent,
              msgid_domain='zohorecruit.example', text=text,
              headers=[('X-Mailer', 'Zoho Recruit'), ('X-ZohoMail-Owner', 'Officine Brenta')])
    reply = """Buongiorno Chiara,

confermo volentieri il colloquio telefonico di lunedì 30 marzo alle 11:00.
Resto a disposizione.

Cordiali saluti,
Giulia Ferraro

----- Messaggio originale -----
Da: Chiara Galli <chiara.galli@officinebrenta.example>
Data: mer 25 mar 2026, 12:18
Oggetto: Officine Brenta - Colloquio conoscitivo per Controller di gestione

> Gentile Giulia,
> [...] le propongo un primo colloquio telefonico conoscitivo per lunedì 30
> marzo alle ore 11:00, della durata di circa 30 minuti.
"""
    mail('02-re-colloquio.eml', frm=f'Giulia Ferraro <{u}>', to='Chiara Galli <chiara.galli@officinebrenta.example>',
         subject='R: Officine Brenta - Colloquio conoscitivo per Controller di gestione',
         date=T(2026, 3, 25, 14, 2, 'Europe/Rome'), in_reply_to=m1, references=m1, text=reply)
    label([iv('Officine Brenta', 'Controller di gestione', s, e, 'scheduled', ['chiara.galli@officinebrenta.example'],
              ['chiara.galli@officinebrenta.example'], 'phone_screen')],
          'hard', 'positive/non-english-italian-zoho-body-only',
          'Italian Zoho Recruit mail, body only; recruiter calls the user herself. Mail sent in CET, interview on '
          'Monday 30 Mar = first day of CEST (+02:00).')


def k05():
    start_case('k05-smartrecruiters-reschedule-across-us-dst', 'marcus.bell@example.com')
    u = CUR['user']
    s0 = T(2026, 3, 5, 13, 0, 'America/Chicago')    # CST
    s = T(2026, 3, 10, 14, 30, 'America/Chicago')   # CDT
    e = s + timedelta(hours=1)
    uid = 'sr-3f9e1b20-6c4d-4b8e-9a51-77d0c2e4aa10@smartrecruiters.example'
    org = ('Tess Whitaker', 'tess.whitaker@cottonwoodgrid.example')
    att = [('Priyanka Doshi', 'priyanka.doshi@cottonwoodgrid.example', 'ACCEPTED'), ('Marcus Bell', u)]
    tzs = [vtz_us('America/Chicago', '-0600', '-0500', 'CST', 'CDT')]
    t1 = f"""Hi Marcus,

You're invited to a technical interview for the Senior Site Reliability Engineer position at Cottonwood Grid.

Date: Thursday, March 5, 2026
Time: 1:00 PM - 2:00 PM (CST)
Interviewer: Priyanka Doshi, Staff SRE
Location: Zoom - https://cottonwoodgrid.zoom.example/j/83311902457

Expect a mix of systems design and an incident walkthrough. Please accept the attached calendar invitation.

Best,
Tess Whitaker
Recruiting Coordinator, Cottonwood Grid

Powered by SmartRecruiters
"""
    c1 = ical('-//SmartRecruiters//Interview Scheduling//EN', 'REQUEST', [vevent(
        uid, s0, s0 + timedelta(hours=1), 'Technical interview - Senior Site Reliability Engineer - Marcus Bell',
        organizer=org, attendees=att, tz=('America/Chicago', 'America/Chicago'), seq=0,
        stamp=T(2026, 3, 2, 9, 15, 'America/Chicago'), location='https://cottonwoodgrid.zoom.example/j/83311902457')], tzs)
    mail('01-interview-invitation.eml', frm='Cottonwood Grid <no-reply@smartrecruiters.example>',
         reply_to='Tess Whitaker <tess.whitaker@cottonwoodgrid.example>', to=u,
         subject='Interview invitation: Senior Site Reliability Engineer', date=T(2026, 3, 2, 9, 15, 'America/Chicago'),
         msgid_domain='smartrecruiters.example', text=t1, cal=c1, cal_inline=True, cal_attach=True)
    t3 = """Hi Marcus,

Apologies for the shuffle - Priyanka got pulled into an incident review on Thursday, so we've moved your technical interview to next Tuesday, March 10, 2:30-3:30 PM Central. Heads up that the clocks change this weekend, so that's 2:30 CDT. Same Zoom link.

You'll get an updated invite from SmartRecruiters in a minute. Thanks for being flexible!

Tess

Tess Whitaker | Recruiting Coordinator
Cottonwood Grid | 600 Main St, Suite 1400, Kansas City, MO 64105
c: (816) 555-0134
"""
    mail('02-tess-moving-your-interview.eml', frm='Tess Whitaker <tess.whitaker@cottonwoodgrid.example>', to=u,
         subject='Moving your interview to Tuesday', date=T(2026, 3, 4, 11, 2, 'America/Chicago'),
         msgid_domain='cottonwoodgrid.example', text=t3,
         headers=[('X-Mailer', 'Microsoft Outlook 16.0')])
    t2 = """Hi Marcus,

Your interview for Senior Site Reliability Engineer has been rescheduled.

NEW TIME
Tuesday, March 10, 2026
2:30 PM - 3:30 PM (CDT)
Interviewer: Priyanka Doshi

PREVIOUS TIME (no longer valid)
Thursday, March 5, 2026, 1:00 PM - 2:00 PM (CST)

Powered by SmartRecruiters
"""
    c2 = ical('-//SmartRecruiters//Interview Scheduling//EN', 'REQUEST', [vevent(
        uid, s, e, 'Technical interview - Senior Site Reliability Engineer - Marcus Bell',
        organizer=org, attendees=att, tz=('America/Chicago', 'America/Chicago'), seq=1,
        stamp=T(2026, 3, 4, 11, 6, 'America/Chicago'), location='https://cottonwoodgrid.zoom.example/j/83311902457')], tzs)
    mail('03-interview-rescheduled.eml', frm='Cottonwood Grid <no-reply@smartrecruiters.example>',
         reply_to='Tess Whitaker <tess.whitaker@cottonwoodgrid.example>', to=u,
         subject='Updated: Interview rescheduled - Senior Site Reliability Engineer',
         date=T(2026, 3, 4, 11, 6, 'America/Chicago'), msgid_domain='smartrecruiters.example', text=t2, cal=c2)
    label([iv('Cottonwood Grid', 'Senior Site Reliability Engineer', s, e, 'scheduled',
              ['priyanka.doshi@cottonwoodgrid.example'], ['priyanka.doshi@cottonwoodgrid.example'], 'technical')],
          'hard', 'positive/reschedule-smartrecruiters',
          'SmartRecruiters invite Thu 5 Mar 1pm CST, moved (human mail + SEQUENCE:1 update) to Tue 10 Mar 2:30pm CDT, '
          'across the US DST switch. Only the final time counts.')


def k06():
    start_case('k06-workable-cancelled-pacific', 'jun.park@mail.example')
    u = CUR['user']
    s = T(2026, 4, 20, 11, 0, 'America/Los_Angeles')
    e = s + timedelta(minutes=45)
    uid = 'wk-int-4471920-8b2c@workable.example'
    org = ('Renata Szabo', 'renata.szabo@harborline.example')
    att = [('Olu Adeyemi', 'olu.adeyemi@harborline.example', 'ACCEPTED'), ('Jun Park', u)]
    tzs = [vtz_us('America/Los_Angeles', '-0800', '-0700', 'PST', 'PDT')]
    html1 = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Jun,</p>
<p>Renata Szabo from <strong>Harborline Robotics</strong> has scheduled an interview with you for the <strong>Firmware Engineer</strong> position.</p>
<table cellpadding="4">
<tr><td><b>Date</b></td><td>Monday, April 20, 2026</td></tr>
<tr><td><b>Time</b></td><td>11:00 AM &ndash; 11:45 AM Pacific Time (US &amp; Canada)</td></tr>
<tr><td><b>Interviewer</b></td><td>Olu Adeyemi (Embedded Systems Lead)</td></tr>
<tr><td><b>Type</b></td><td>Video call &ndash; <a href="https://harborline.whereby.example/olu-interviews">harborline.whereby.example/olu-interviews</a></td></tr>
</table>
<p><a href="https://apply.workable.example/harborline/j/8C1E0A44B7/interview/accept" style="background:#1a73e8;color:#fff;padding:8px 16px;text-decoration:none">Accept</a>
&nbsp;<a href="https://apply.workable.example/harborline/j/8C1E0A44B7/interview/reschedule">Request another time</a></p>
<p style="color:#888;font-size:11px">This email was sent by Harborline Robotics via Workable. Please do not reply directly to this email.</p>
</body></html>"""
    c1 = ical('-//Workable//Workable Calendar//EN', 'REQUEST', [vevent(
        uid, s, e, 'Interview: Jun Park for Firmware Engineer (Harborline Robotics)', organizer=org, attendees=att,
        tz=('America/Los_Angeles', 'America/Los_Angeles'), seq=0, stamp=T(2026, 4, 13, 15, 20, 'America/Los_Angeles'),
        location='https://harborline.whereby.example/olu-interviews')], tzs)
    mail('01-workable-interview-scheduled.eml', frm='Harborline Robotics <noreply@workablemail.example>',
         reply_to='Renata Szabo <renata.szabo@harborline.example>', to=f'Jun Park <{u}>',
         subject='Interview with Harborline Robotics for Firmware Engineer',
         date=T(2026, 4, 13, 15, 20, 'America/Los_Angeles'), msgid_domain='workablemail.example',
         html=html1, cal=c1, cal_inline=False, cal_filename='interview.ics')
    html2 = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Jun,</p>
<p>Unfortunately, your interview with <strong>Harborline Robotics</strong> for the <strong>Firmware Engineer</strong> position on <strong>Monday, April 20, 2026 at 11:00 AM PDT</strong> has been <strong>canceled</strong>.</p>
<p>Message from Renata: &ldquo;So sorry, Jun &mdash; Olu is out sick this week. I&#39;ll reach out separately once we know his availability.&rdquo;</p>
<p style="color:#888;font-size:11px">This email was sent by Harborline Robotics via Workable.</p>
</body></html>"""
    c2 = ical('-//Workable//Workable Calendar//EN', 'CANCEL', [vevent(
        uid, s, e, 'Canceled: Interview: Jun Park for Firmware Engineer (Harborline Robotics)', organizer=org,
        attendees=att, tz=('America/Los_Angeles', 'America/Los_Angeles'), seq=1, status='CANCELLED',
        stamp=T(2026, 4, 16, 8, 47, 'America/Los_Angeles'))], tzs)
    mail('02-workable-interview-canceled.eml', frm='Harborline Robotics <noreply@workablemail.example>',
         reply_to='Renata Szabo <renata.szabo@harborline.example>', to=f'Jun Park <{u}>',
         subject='Canceled: Interview with Harborline Robotics for Firmware Engineer',
         date=T(2026, 4, 16, 8, 47, 'America/Los_Angeles'), msgid_domain='workablemail.example',
         html=html2, cal=c2, cal_method='CANCEL', cal_inline=True, cal_attach=True, cal_filename='cancel.ics')
    label([iv('Harborline Robotics', 'Firmware Engineer', s, e, 'cancelled', ['olu.adeyemi@harborline.example'],
              ['olu.adeyemi@harborline.example'], 'technical')],
          'medium', 'positive/cancellation-workable',
          'Workable HTML invite + .ics, then Workable cancellation with METHOD:CANCEL / STATUS:CANCELLED; no re-booking.')


def k07():
    start_case('k07-modernloop-virtual-onsite-new-york', 'priscilla.nwosu@example.com')
    u = CUR['user']
    NY = 'America/New_York'
    coord = ('Bea Lindqvist', 'bea.lindqvist@gullwing.example')
    sessions = [
        (T(2026, 4, 29, 10, 0, NY), T(2026, 4, 29, 10, 45, NY), 'Product Sense', 'Aaron Feld', 'aaron.feld@gullwing.example', 'Group PM, Member Experience'),
        (T(2026, 4, 29, 10, 45, NY), T(2026, 4, 29, 11, 30, NY), 'Execution & Metrics', 'Mei Tanaka', 'mei.tanaka@gullwing.example', 'Director of Product Analytics'),
        (T(2026, 4, 29, 12, 15, NY), T(2026, 4, 29, 13, 0, NY), 'Cross-functional Partnership', 'Santiago Ruiz', 'santiago.ruiz@gullwing.example', 'Engineering Manager'),
        (T(2026, 4, 29, 13, 0, NY), T(2026, 4, 29, 13, 30, NY), 'Hiring Manager Wrap-up', 'Lauren Pike', 'lauren.pike@gullwing.example', 'VP Product'),
    ]
    rows = ''.join(
        f'<tr><td>{a.strftime("%-I:%M")}&ndash;{b.strftime("%-I:%M %p")}</td><td>{t}</td><td>{n}<br><span style="color:#6b7280">{ti}</span></td></tr>'
        for a, b, t, n, _m, ti in sessions[:2])
    rows += '<tr><td>11:30&ndash;12:15 PM</td><td colspan="2"><i>Lunch break &ndash; on us! Use code GULLWING25 on DoorDash.</i></td></tr>'
    rows += ''.join(
        f'<tr><td>{a.strftime("%-I:%M")}&ndash;{b.strftime("%-I:%M %p")}</td><td>{t}</td><td>{n}<br><span style="color:#6b7280">{ti}</span></td></tr>'
        for a, b, t, n, _m, ti in sessions[2:])
    html = f"""<html><body style="font-family:Inter,Arial,sans-serif;font-size:14px;color:#111827">
<p>Hi Priscilla,</p>
<p>We&#39;re excited to host you for your final-round interviews for <b>Senior Product Manager, Care Navigation</b> at Gullwing Health! Here is your itinerary for <b>Wednesday, April 29, 2026</b>. All times are <b>Eastern Time (EDT)</b>.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">{rows}</table>
<p>Each session has its own Zoom link in the calendar invites you&#39;ll receive separately. Feel free to reach out if anything comes up.</p>
<p>Bea Lindqvist<br>Recruiting Coordinator, Gullwing Health<br>bea.lindqvist@gullwing.example</p>
<p style="font-size:11px;color:#9ca3af">Scheduled with ModernLoop</p>
</body></html>"""
    sent = T(2026, 4, 23, 17, 5, NY)
    mail('01-your-interview-itinerary.eml', frm='Bea Lindqvist <bea.lindqvist@gullwing.example>',
         sender='ModernLoop <scheduling@modernloop.example>', to=f'Priscilla Nwosu <{u}>',
         subject='Your interview schedule with Gullwing Health - Wed, Apr 29',
         date=sent, msgid_domain='modernloop.example', html=html)
    for i, (a, b, t, n, m, ti) in enumerate(sessions, start=2):
        zoom = f'https://gullwing.zoom.example/j/9{i}4470{i}18{i}'
        summ = f'Gullwing Health Interview: {t} ({n}) <> Priscilla Nwosu'
        desc = (f'Interview session for Senior Product Manager\\, Care Navigation.\nInterviewer: {n} ({ti})\n'
                f'Join Zoom: {zoom}\n\nScheduled with ModernLoop').replace('\\,', ',')
        cal = ical('-//Google Inc//Google Calendar 70.9054//EN', 'REQUEST', [vevent(
            f'ml-{h("k07", t)[:18]}@google.com', a, b, summ, organizer=coord,
            attendees=[coord + ('ACCEPTED',), (n, m, 'ACCEPTED'), (u, u)], tz=None, stamp=sent + timedelta(minutes=i),
            description=desc, location=zoom)])
        when = f'{a.strftime("%A %b %-d, %Y")} {a.strftime("%-I:%M%p").lower()} - {b.strftime("%-I:%M%p").lower()} (EDT)'
        text = f"""{summ}
{when}
Eastern Time - New York

Join Zoom Meeting
{zoom}

Organizer
Bea Lindqvist
bea.lindqvist@gullwing.example

Guests
Bea Lindqvist - organizer
{n}
{m}
{u}

Reply for {u} and view more details https://calendar.google.example/event?eid={h('k07', t)[:16]}

Invitation from Google Calendar
"""
        mail(f'0{i}-invitation-{t.lower().split()[0].replace("&", "")}.eml', frm='Bea Lindqvist <bea.lindqvist@gullwing.example>',
             sender='Google Calendar <calendar-notification@google.example>', reply_to='bea.lindqvist@gullwing.example',
             to=u, subject=f'Invitation: {summ} @ {when} ({u})', date=sent + timedelta(minutes=i),
             msgid_domain='google.example', text=text, cal=cal)
    ivs = [m for _a, _b, _t, _n, m, _ti in sessions]
    label([iv('Gullwing Health', 'Senior Product Manager, Care Navigation', sessions[0][0], sessions[-1][1],
              'scheduled', ivs, ivs, 'onsite')],
          'hard', 'positive/onsite-modernloop-multi-invite',
          'ModernLoop itinerary + four separate Google invites (one per session, lunch break 11:30-12:15). One onsite '
          '10:00-13:30 EDT with all four interviewers; coordinator is not an interviewer.')


def k08():
    start_case('k08-gem-confirmation-plus-google-invite-london', 'rhys.morgan@mail.example')
    u = CUR['user']
    LON = 'Europe/London'
    s = T(2026, 4, 2, 16, 0, LON)    # BST
    e = s + timedelta(minutes=45)
    sent = T(2026, 3, 27, 11, 41, LON)   # GMT
    text = """Hi Rhys,

Great news - you're confirmed for your technical interview with Felix Hartmann (Head of Quant Dev) for the Quantitative Developer role.

  Thursday 2 April, 4pm-4:45pm UK time (BST)
  Microsoft Teams - link in the calendar invite

Felix will go through a C++ / Python pairing exercise on a small pricing problem; no prep needed beyond having an editor handy.

Note the UK clocks go forward this Sunday, so double-check your calendar shows 4pm.

Cheers,
Naomi

--
Naomi Price
Talent Partner, Tideway Capital
20 Bankside Walk, London SE1 9PT
+44 20 5555 0167
"""
    mail('01-gem-youre-confirmed.eml', frm='Naomi Price <naomi.price@tidewaycap.example>', to=f'Rhys Morgan <{u}>',
         subject="You're confirmed: Tideway Capital x Rhys - technical interview", date=sent,
         msgid_domain='gem-mail.example', text=text,
         headers=[('X-Gem-Sequence-Id', 'seq_7f2c01'), ('List-Unsubscribe', '<https://gem.example/unsub/7f2c01>')])
    summ = 'Tideway Capital | Technical Interview | Rhys Morgan'
    cal = ical('-//Google Inc//Google Calendar 70.9054//EN', 'REQUEST', [vevent(
        'gemx1b0o4q2d8vq3l9k7t2@google.com', s, e, summ, organizer=('Naomi Price', 'naomi.price@tidewaycap.example'),
        attendees=[('Naomi Price', 'naomi.price@tidewaycap.example', 'ACCEPTED'),
                   ('Felix Hartmann', 'felix.hartmann@tidewaycap.example', 'ACCEPTED'), (u, u)],
        stamp=sent + timedelta(minutes=1), description='Pairing exercise with Felix. Naomi will not join.\nTeams: https://teams.microsoft.example/l/meetup-join/19%3ameeting_tdw88',
        location='Microsoft Teams Meeting')])
    when = 'Thu Apr 2, 2026 4pm - 4:45pm (BST)'
    text2 = f"""{summ}
Thursday Apr 2, 2026 ⋅ 4pm – 4:45pm
United Kingdom Time

Microsoft Teams Meeting

Organizer
Naomi Price
naomi.price@tidewaycap.example

Guests
Naomi Price - organizer
Felix Hartmann
{u}

Pairing exercise with Felix. Naomi will not join.

Invitation from Google Calendar
"""
    mail('02-invitation-google.eml', frm='Naomi Price <naomi.price@tidewaycap.example>',
         sender='Google Calendar <calendar-notification@google.example>', to=u,
         subject=f'Invitation: {summ} @ {when} ({u})', date=sent + timedelta(minutes=1),
         msgid_domain='google.example', text=text2, text_cte='base64', cal=cal)
    label([iv('Tideway Capital', 'Quantitative Developer', s, e, 'scheduled', ['felix.hartmann@tidewaycap.example'],
              ['felix.hartmann@tidewaycap.example'], 'technical')],
          'medium', 'positive/dedupe-gem-google',
          'Gem confirmation from the recruiter + Google invite (UTC DTSTART) for the same interview; sent in GMT, '
          'interview in BST (+01:00). Recruiter is organizer but not an interviewer.')


def k09():
    start_case('k09-paradox-olivia-warehouse-pst-label', 'deshawn.carter@example.com')
    u = CUR['user']
    LA = 'America/Los_Angeles'
    s = T(2026, 3, 12, 16, 30, LA)   # actually PDT (-07:00); the text says "PST"
    e = s + timedelta(minutes=30)
    text = """Hi DeShawn! It's Olivia, the virtual recruiting assistant for Copperline Grocers. 🎉

You're all set for your in-person interview for Warehouse Shift Supervisor (Nights):

Thu 3/12 @ 4:30p PST
Copperline Distribution Center #14
2100 Harbor Way, Stockton, CA 95206
Check in at the Gate B guard shack and ask for Marco Estrada (Operations Manager).

Plan for about 30 minutes. Bring a photo ID and wear closed-toe shoes - Marco may show you the floor.

Need to talk to Marco before then? marco.estrada@copperline.example

Reply C to confirm or R to reschedule.

Olivia
Copperline Grocers Careers
Msg & data rates may apply. Reply STOP to opt out.
"""
    cal = ical('-//Paradox//Olivia Scheduling//EN', 'REQUEST', [vevent(
        'olivia-8f41d7a0c2@paradox.example', s, e, 'Interview - Warehouse Shift Supervisor (Nights) - Copperline Grocers',
        organizer=('Olivia (Copperline Careers)', 'olivia@paradox-mail.example'),
        attendees=[('Marco Estrada', 'marco.estrada@copperline.example', 'ACCEPTED'), ('DeShawn Carter', u)],
        tz=('America/Los_Angeles', LA), stamp=T(2026, 3, 9, 13, 4, LA),
        location='Copperline Distribution Center #14, 2100 Harbor Way, Stockton, CA 95206')],
        tzs=[vtz_us('America/Los_Angeles', '-0800', '-0700', 'PST', 'PDT')])
    mail('01-olivia-youre-all-set.eml', frm='Olivia at Copperline Grocers <olivia@paradox-mail.example>',
         to=u, subject="You're all set! Interview Thu 3/12 @ 4:30p", date=T(2026, 3, 9, 13, 4, LA),
         msgid_domain='paradox-mail.example', text=text, cal=cal, cal_inline=False, cal_filename='interview.ics')
    rem = """Hi DeShawn, just a reminder about your interview tomorrow (Thursday) at 4:30 PM with Marco Estrada at Copperline DC #14, 2100 Harbor Way, Stockton.

Reply C to confirm or R to reschedule.
- Olivia
"""
    mail('02-olivia-reminder.eml', frm='Olivia at Copperline Grocers <olivia@paradox-mail.example>', to=u,
         subject='Reminder: your interview is tomorrow', date=T(2026, 3, 11, 9, 0, LA),
         msgid_domain='paradox-mail.example', text=rem, text_cte='7bit')
    label([iv('Copperline Grocers', 'Warehouse Shift Supervisor (Nights)', s, e, 'scheduled',
              ['marco.estrada@copperline.example'], ['marco.estrada@copperline.example'], 'hiring_manager')],
          'hard', 'positive/paradox-olivia-in-person',
          'Paradox/Olivia chat-bot style confirmation "Thu 3/12 @ 4:30p PST" - 12 Mar is after US DST so the real '
          'offset is PDT (-07:00), which the attached .ics (TZID America/Los_Angeles) confirms.')


def k10():
    start_case('k10-microsoft-bookings-sydney-screen', 'hannah.quigley@example.com')
    u = CUR['user']
    SYD = 'Australia/Sydney'
    sent = T(2026, 4, 1, 15, 22, SYD)   # AEDT +11
    s = T(2026, 4, 8, 9, 30, SYD)       # AEST +10 (after 5 Apr)
    e = s + timedelta(minutes=30)
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:'Segoe UI',sans-serif;font-size:14px">
<div style="font-size:20px;font-weight:600">Your booking has been confirmed</div>
<p>Hi Hannah Quigley,</p>
<p>Thank you for booking with Wattle &amp; Finch Talent Team.</p>
<table cellpadding="4">
<tr><td style="color:#605e5c">Service</td><td>Recruiter phone screen &ndash; Claims Experience Lead</td></tr>
<tr><td style="color:#605e5c">Date and time</td><td>Wednesday, 8 April 2026 9:30 AM - 10:00 AM (UTC+10:00) Canberra, Melbourne, Sydney</td></tr>
<tr><td style="color:#605e5c">Staff</td><td>Priya Raman (priya.raman@wattlefinch.example)</td></tr>
<tr><td style="color:#605e5c">Location</td><td>Priya will call you on +61 412 555 093</td></tr>
</table>
<p><a href="https://outlook.office365.example/owa/calendar/WattleFinchTalent@wattlefinch.example/bookings/s/manage">Manage booking</a></p>
<p style="color:#605e5c;font-size:12px">Microsoft Bookings &middot; Wattle &amp; Finch Insurance, Level 9, 1 Market St, Sydney NSW 2000</p>
</div></body></html>"""
    tzl = 'AUS Eastern Standard Time'
    cal = ical('Microsoft Exchange Server 2010', 'REQUEST', [vevent(
        'bk-040000008200E00074C5B7101A82E0080000000042F1C0D3@wattlefinch.example', s, e,
        'Recruiter phone screen - Claims Experience Lead - Hannah Quigley',
        organizer=('Wattle & Finch Talent Team', 'TalentBookings@wattlefinch.example'),
        attendees=[('Priya Raman', 'priya.raman@wattlefinch.example', 'ACCEPTED'), ('Hannah Quigley', u)],
        tz=(tzl, SYD), stamp=sent, location='Phone call',
        extra=['X-MICROSOFT-CDO-BUSYSTATUS:BUSY', 'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE'])], tzs=[vtz_au(tzl)])
    mail('01-bookings-confirmed.eml', frm='Wattle & Finch Talent Team <TalentBookings@wattlefinch.example>',
         to=f'Hannah Quigley <{u}>', subject='Your booking is confirmed: Recruiter phone screen - Claims Experience Lead',
         date=sent, msgid_domain='wattlefinch.example', html=html, cal=cal, cal_inline=False,
         cal_filename='booking.ics', headers=[('X-MS-Exchange-Organization-BookingsApp', 'true')])
    label([iv('Wattle & Finch Insurance', 'Claims Experience Lead', s, e, 'scheduled', ['priya.raman@wattlefinch.example'],
              ['priya.raman@wattlefinch.example'], 'phone_screen')],
          'hard', 'positive/microsoft-bookings',
          'Microsoft Bookings confirmation from a shared mailbox; Windows TZID "AUS Eastern Standard Time". Booked '
          'in AEDT, screen on 8 Apr after Sydney DST ended (AEST +10:00). Staff member is the recruiter doing the screen.')


def k11():
    start_case('k11-gcal-api-two-rounds-tokyo', 'aiko.mori@example.com')
    u = CUR['user']
    TK = 'Asia/Tokyo'
    s1, e1 = T(2026, 4, 9, 10, 0, TK), T(2026, 4, 9, 10, 30, TK)
    s2, e2 = T(2026, 4, 16, 17, 0, TK), T(2026, 4, 16, 18, 15, TK)
    emi = {'email': 'emi.takahashi@shirokane.example', 'displayName': 'Emi Takahashi'}
    ev1 = {
        'kind': 'calendar#event', 'etag': '"3428810055202000"', 'id': '7r2m0gq8d4v1shk3a9nbc5etpo',
        'status': 'confirmed', 'htmlLink': 'https://www.google.example/calendar/event?eid=N3IybTBncThkNHYx',
        'created': '2026-04-02T05:11:40.000Z', 'updated': '2026-04-02T05:14:27.601Z',
        'summary': 'Shirokane Mobility / Aiko Mori - Recruiter screen (iOS Engineer)',
        'description': 'Hi Aiko! 30 minutes to talk about your background, the iOS Engineer role and next steps. '
                       'I will call in on Meet. - Emi (Talent Acquisition)',
        'creator': emi, 'organizer': emi,
        'start': {'dateTime': s1.isoformat(), 'timeZone': TK}, 'end': {'dateTime': e1.isoformat(), 'timeZone': TK},
        'iCalUID': '7r2m0gq8d4v1shk3a9nbc5etpo@google.com', 'sequence': 0,
        'attendees': [dict(emi, organizer=True, responseStatus='accepted'),
                      {'email': u, 'displayName': 'Aiko Mori', 'self': True, 'responseStatus': 'accepted'}],
        'hangoutLink': 'https://meet.google.example/skm-rqte-hvo',
        'conferenceData': gevent_meet('skm-rqte-hvo'),
        'reminders': {'useDefault': True}, 'eventType': 'default',
    }
    ev_noise = {
        'kind': 'calendar#event', 'etag': '"3428990012100000"', 'id': '1c0qrt5v7k2m9h8j4g6f3d2s1a',
        'status': 'confirmed', 'created': '2026-03-20T00:02:11.000Z', 'updated': '2026-03-20T00:02:11.000Z',
        'summary': 'Hot yoga (Ebisu studio)', 'creator': {'email': u, 'self': True},
        'organizer': {'email': u, 'self': True},
        'start': {'dateTime': T(2026, 4, 11, 9, 0, TK).isoformat(), 'timeZone': TK},
        'end': {'dateTime': T(2026, 4, 11, 10, 0, TK).isoformat(), 'timeZone': TK},
        'iCalUID': '1c0qrt5v7k2m9h8j4g6f3d2s1a@google.com', 'sequence': 0,
        'reminders': {'useDefault': True}, 'eventType': 'default',
    }
    ev2 = {
        'kind': 'calendar#event', 'etag': '"3430112877490000"', 'id': 'b8s5kq1m3n0p2r4t6v8x0z2c4e',
        'status': 'confirmed', 'htmlLink': 'https://www.google.example/calendar/event?eid=YjhzNWtxMW0zbjBw',
        'created': '2026-04-10T02:40:03.000Z', 'updated': '2026-04-10T06:58:21.114Z',
        'summary': 'Technical interview (pair programming) - iOS Engineer - Aiko Mori',
        'description': 'Live pairing session in Swift with Ryo Hayashi (Staff iOS Engineer). Emi will open the call, '
                       'introduce everyone and drop off after 5 minutes. Please share your screen with Xcode ready.',
        'location': 'Google Meet',
        'creator': emi, 'organizer': emi,
        'start': {'dateTime': s2.isoformat(), 'timeZone': TK}, 'end': {'dateTime': e2.isoformat(), 'timeZone': TK},
        'iCalUID': 'b8s5kq1m3n0p2r4t6v8x0z2c4e@google.com', 'sequence': 2,
        'attendees': [dict(emi, organizer=True, responseStatus='accepted'),
                      {'email': 'ryo.hayashi@shirokane.example', 'displayName': 'Ryo Hayashi', 'responseStatus': 'accepted'},
                      {'email': u, 'displayName': 'Aiko Mori', 'self': True, 'responseStatus': 'accepted'}],
        'hangoutLink': 'https://meet.google.example/skm-pwxa-jnd',
        'conferenceData': gevent_meet('skm-pwxa-jnd'),
        'reminders': {'useDefault': False, 'overrides': [{'method': 'popup', 'minutes': 30}]}, 'eventType': 'default',
    }
    gcal('01-recruiter-screen.gcal.json', ev1)
    gcal('02-hot-yoga.gcal.json', ev_noise)
    gcal('03-technical-pairing.gcal.json', ev2)
    label([iv('Shirokane Mobility', 'iOS Engineer', s1, e1, 'scheduled', ['emi.takahashi@shirokane.example'],
              ['emi.takahashi@shirokane.example'], 'phone_screen'),
           iv('Shirokane Mobility', 'iOS Engineer', s2, e2, 'scheduled', ['ryo.hayashi@shirokane.example'],
              ['ryo.hayashi@shirokane.example'], 'technical')],
          'medium', 'positive/gcal-api-two-interviews',
          'Two Calendar API events (attendees + conferenceData, Asia/Tokyo) for two rounds at the same company, plus a '
          'personal yoga event. Emi conducts the screen; in round 2 she only introduces (not an interviewer).')


def k12():
    start_case('k12-jobvite-then-recruiter-cancels-phoenix', 'oscar.villalobos@mail.example')
    u = CUR['user']
    PHX = 'America/Phoenix'
    s = T(2026, 4, 21, 9, 0, PHX)
    e = s + timedelta(hours=1)
    sent = T(2026, 4, 14, 10, 12, PHX)
    text = """Dear Oscar,

Thank you for your interest in the Branch Operations Manager position with Saguaro Lane Credit Union. We are pleased to confirm the following interview:

Interview Date: 04/21/2026
Interview Time: 9:00 AM - 10:00 AM (Arizona Time / MST)
Interviewer: Gloria Ybarra, Regional Vice President, Branch Network
Location: Saguaro Lane Credit Union, Administrative Center, 4410 E. Camelback Rd, Phoenix, AZ 85018 - Conference Room 2B

Please bring a copy of your resume and arrive 10 minutes early. If you have any questions, contact Whitney Crane at whitney.crane@saguarolane.example or (602) 555-0119.

Sincerely,
Saguaro Lane Credit Union Talent Acquisition

This message was sent via Jobvite. Please do not reply to this email.
"""
    cal = ical('-//Jobvite//Jobvite Interview Scheduler//EN', 'REQUEST', [vevent(
        'jv-iv-00Q7x2Bz9@jobvite.example', s, e, 'Interview: Oscar Villalobos - Branch Operations Manager',
        organizer=('Whitney Crane', 'whitney.crane@saguarolane.example'),
        attendees=[('Gloria Ybarra', 'gloria.ybarra@saguarolane.example', 'ACCEPTED'), ('Oscar Villalobos', u)],
        tz=('America/Phoenix', PHX), stamp=sent,
        location='4410 E. Camelback Rd, Phoenix, AZ 85018 - Conference Room 2B')],
        tzs=[vtz_fixed('America/Phoenix', '-0700', 'MST')])
    m1 = mail('01-jobvite-interview-scheduled.eml', frm='Saguaro Lane Credit Union <notification@jobvite-mail.example>',
              to=u, subject='Interview Scheduled: Branch Operations Manager', date=sent,
              msgid_domain='jobvite-mail.example', text=text, cal=cal, cal_inline=False, cal_filename='Interview.ics')
    text2 = """Hi Oscar,

I'm really sorry to be sending this. We need to cancel your interview with Gloria on Tuesday (4/21) at 9. The Branch Operations Manager position was put on hold this morning as part of a regional restructuring, and we aren't moving forward with any interviews for now.

I know you took time to prepare and I truly appreciate it. If the role reopens I will reach out to you first.

Kind regards,

Whitney Crane
Senior Talent Acquisition Partner
Saguaro Lane Credit Union
4410 E. Camelback Rd | Phoenix, AZ 85018
O: (602) 555-0119
"""
    mail('02-whitney-cancel.eml', frm='Whitney Crane <whitney.crane@saguarolane.example>', to=f'Oscar Villalobos <{u}>',
         subject='Tuesday interview - Branch Operations Manager', date=T(2026, 4, 17, 15, 48, PHX),
         msgid_domain='saguarolane.example', text=text2, headers=[('X-Mailer', 'Microsoft Outlook 16.0'),
                                                                   ('Thread-Topic', 'Tuesday interview - Branch Operations Manager')])
    label([iv('Saguaro Lane Credit Union', 'Branch Operations Manager', s, e, 'cancelled',
              ['gloria.ybarra@saguarolane.example'], ['gloria.ybarra@saguarolane.example'], 'hiring_manager')],
          'medium', 'positive/cancellation-by-email-jobvite',
          'Jobvite confirmation (.ics, America/Phoenix - no DST) then a human mail cancelling because the role is on '
          'hold; no METHOD:CANCEL.')


def k13():
    start_case('k13-fastmail-thunderbird-thread-berlin', 'ines.marchetti@mail.example')
    u = CUR['user']
    BER = 'Europe/Berlin'
    jonas = 'Jonas Albrecht <jonas@fernwerk.example>'
    fm = [('User-Agent', 'Cyrus-JMAP/3.11.0-alpha0-182-g1a6f0c3e9-fm-20260310'), ('X-ME-Sender', '<xms:fernwerk>')]
    tb = [('User-Agent', 'Mozilla Thunderbird 128.8.0')]
    t1 = """Hi Ines,

thanks a lot for applying for the Data Platform Engineer position - your work on the ingestion pipeline at your current place sounds very close to what we're building.

Would you have 45 minutes this week for a first conversation with me? I could do Wednesday morning, or Thursday any time after 14h (Berlin time).

Best,
Jonas

--
Jonas Albrecht
Head of Data, Fernwerk Energy GmbH
Schlesische Str. 29, 10997 Berlin
+49 30 5555 0192
"""
    m1 = mail('01-first-conversation.eml', frm=jonas, to=f'Ines Marchetti <{u}>',
              subject='Data Platform Engineer - first conversation?', date=T(2026, 3, 16, 9, 37, BER),
              msgid_domain='app.fastmail.example', text=t1, headers=fm)
    t2 = """Hi Jonas,

thanks for getting back to me so quickly! Wednesday morning works great - anytime from 10 onwards.

Best regards,
Ines

On 16.03.26 09:37, Jonas Albrecht wrote:
> Hi Ines,
>
> thanks a lot for applying for the Data Platform Engineer position [...]
>
> Would you have 45 minutes this week for a first conversation with me? I
> could do Wednesday morning, or Thursday any time after 14h (Berlin time).
"""
    m2 = mail('02-re-ines.eml', frm=f'Ines Marchetti <{u}>', to=jonas,
              subject='Re: Data Platform Engineer - first conversation?', date=T(2026, 3, 16, 20, 41, BER),
              in_reply_to=m1, references=m1, text=t2, text_cte='7bit', headers=tb)
    t3 = """Perfect - let's say tomorrow at half past ten (10:30 CET). I'll send you a Jitsi link in the morning, or you can already bookmark https://meet.jit.example/fernwerk-jonas .

It will be just the two of us; I'll tell you about the team and we'll talk about your experience with Kafka and dbt.

Talk soon,
Jonas

On Mon, 16 Mar 2026, at 20:41, Ines Marchetti wrote:
> Hi Jonas,
>
> thanks for getting back to me so quickly! Wednesday morning works great -
> anytime from 10 onwards.
"""
    mail('03-re-re-tomorrow.eml', frm=jonas, to=f'Ines Marchetti <{u}>',
         subject='Re: Data Platform Engineer - first conversation?', date=T(2026, 3, 17, 8, 2, BER),
         msgid_domain='app.fastmail.example', in_reply_to=m2, references=f'{m1} {m2}', text=t3, headers=fm)
    s = T(2026, 3, 18, 10, 30, BER)
    label([iv('Fernwerk Energy', 'Data Platform Engineer', s, s + timedelta(minutes=45), 'scheduled',
              ['jonas@fernwerk.example'], ['jonas@fernwerk.example'], 'hiring_manager')],
          'hard', 'positive/thread-propose-confirm-relative',
          'Fastmail (hiring manager) <-> Thunderbird (user) thread; "tomorrow at half past ten (10:30 CET)" in a Tue 17 '
          'Mar mail -> Wed 18 Mar 10:30 +01:00, 45 min from the first mail.')


# =============================================================== NEGATIVES
def k14():
    start_case('k14-bamboohr-user-is-interviewer', 'leah.brandt@example.com')
    u = CUR['user']
    NY = 'America/New_York'
    s = T(2026, 4, 23, 15, 0, NY)
    e = s + timedelta(hours=1)
    sent = T(2026, 4, 17, 10, 30, NY)
    text = f"""Hi Leah,

Tobias Reyes has added you as an interviewer.

Candidate: Sam Okonkwo
Job Opening: Senior QA Engineer (Req #QA-114)
Interview: Technical interview - test strategy
When: Thu, Apr 23, 2026 3:00 PM - 4:00 PM EDT
Where: Zoom - https://quillfeather.zoom.example/j/81233094410
Other interviewers: Tobias Reyes

Review the candidate's resume and leave your feedback in BambooHR within 24 hours of the interview:
https://quillfeather.bamboohr.example/hiring/candidates/5521/feedback

Thanks,
BambooHR on behalf of Quillfeather Software
"""
    cal = ical('-//BambooHR//ATS Interview//EN', 'REQUEST', [vevent(
        'bhr-int-5521-77@bamboohr.example', s, e, 'Interview: Sam Okonkwo - Senior QA Engineer',
        organizer=('Tobias Reyes', 'tobias.reyes@example.com'),
        attendees=[('Leah Brandt', u), ('Sam Okonkwo', 'sam.okonkwo@mail.example', 'ACCEPTED')],
        tz=('America/New_York', NY), stamp=sent, location='https://quillfeather.zoom.example/j/81233094410')],
        tzs=[vtz_us('America/New_York', '-0500', '-0400', 'EST', 'EDT')])
    mail('01-bamboohr-added-as-interviewer.eml', frm='BambooHR <notifications@bamboohr.example>', to=f'Leah Brandt <{u}>',
         subject="You've been added as an interviewer: Sam Okonkwo (Senior QA Engineer)", date=sent,
         msgid_domain='bamboohr.example', text=text, cal=cal, cal_inline=False, cal_filename='interview.ics')
    t2 = """Hey Leah,

Thanks for jumping on Sam's loop Thursday. I'll cover test automation; can you take the test-strategy questions (risk-based prioritisation, flaky tests, release gates)? I attached our QA interview kit in the hiring folder.

Sam is currently at a payments startup, 6 yrs experience. Strong resume, curious what you think.

T.

Tobias Reyes | QA Manager | Quillfeather Software
"""
    mail('02-tobias-interview-kit.eml', frm='Tobias Reyes <tobias.reyes@example.com>', to=f'Leah Brandt <{u}>',
         subject="Sam Okonkwo interview Thursday - your part", date=T(2026, 4, 20, 9, 14, NY),
         msgid_domain='example.com', text=t2, headers=[('X-Mailer', 'Microsoft Outlook 16.0')])
    label([], 'hard', 'negative/user-is-interviewer-ats',
          'BambooHR notifies the user (employee at her current company) that she is an interviewer for a candidate; '
          '.ics with a concrete time. Not the user\'s job interview.')


def k15():
    start_case('k15-agency-recruiter-yahoo-unbooked', 'farah.qureshi@example.com')
    u = CUR['user']
    NY = 'America/New_York'
    grant = 'Grant Holloway <grantholloway_talent@yahoo.example>'
    ym = [('X-Mailer', 'WebService/1.1.25218 YahooMailAndroidMobile'), ('X-YMail-OSG', 'k3Q.fake.9x')]
    t1 = """Hi Farah,

Hope you're well! I'm a recruiter with Bridgepoint Talent Partners. I'm working on an exclusive Senior Data Engineer search for a fintech client in NYC (hybrid, 2 days/wk, $185-210k base). They're interviewing candidates now and your Snowflake + Airflow background is spot on.

Let's find a time for a quick call so I can tell you more about the role and the interview process. What does your availability look like Thursday or Friday?

Best,
Grant Holloway
Senior Recruiter, Bridgepoint Talent Partners
(917) 555-0148

Sent from Yahoo Mail for Android
"""
    m1 = mail('01-grant-senior-data-engineer.eml', frm=grant, to=u,
              subject='Senior Data Engineer opportunity - fintech client (NYC hybrid)', date=T(2026, 3, 24, 8, 55, NY),
              msgid_domain='mail.yahoo.example', text=t1, headers=ym)
    t2 = """Hi Grant,

Thanks for reaching out - happy to hear more. Thursday after 2pm ET or Friday morning before 11 both work for me.

Best,
Farah

On Tuesday, March 24, 2026, 8:55 AM, Grant Holloway <grantholloway_talent@yahoo.example> wrote:
> Let's find a time for a quick call so I can tell you more about the role
> and the interview process. What does your availability look like Thursday
> or Friday?
"""
    m2 = mail('02-re-farah-availability.eml', frm=f'Farah Qureshi <{u}>', to=grant,
              subject='Re: Senior Data Engineer opportunity - fintech client (NYC hybrid)',
              date=T(2026, 3, 24, 12, 20, NY), in_reply_to=m1, references=m1, text=t2)
    t3 = """Thanks Farah!! Let me check with my client on where they are with first-round interview slots and I'll circle back with a time for us to connect. In the meantime could you send me an updated resume in Word format?

Grant

Sent from Yahoo Mail for Android
"""
    mail('03-re-re-circle-back.eml', frm=grant, to=u,
         subject='Re: Senior Data Engineer opportunity - fintech client (NYC hybrid)', date=T(2026, 3, 24, 16, 2, NY),
         msgid_domain='mail.yahoo.example', in_reply_to=m2, references=f'{m1} {m2}', text=t3, text_cte='7bit', headers=ym)
    label([], 'hard', 'negative/agency-recruiter-unbooked',
          'Agency recruiter (Yahoo Mail) asks for availability, user offers windows, recruiter will "circle back"; '
          'nothing is ever booked.')


def k16():
    start_case('k16-icloud-coffee-with-friend', 'maya.lindqvist@mail.example')
    u = CUR['user']
    SEA = 'America/Los_Angeles'
    dana = 'Dana Whitcombe <dana.whitcombe@icloud.example>'
    t1 = """Maya!! Of course - I'd love to tell you what it's like at Northbeam Games. Fair warning, this is totally unofficial and NOT an interview :) There's nothing open on my team right now, but if a role pops up that fits I'm happy to refer you.

How about Saturday morning at Elm Coffee? I'll send an invite.

xo Dana

Sent from my iPhone
"""
    mail('01-dana-happy-to-chat.eml', frm=dana, to=u, subject='Re: picking your brain about Northbeam?',
         date=T(2026, 4, 7, 19, 11, SEA), msgid_domain='icloud.example', text=t1, text_cte='7bit',
         headers=[('X-Mailer', 'iPhone Mail (23E246)')])
    s = T(2026, 4, 11, 10, 0, SEA)
    cal = ical('-//Apple Inc.//iPhone OS 19.4//EN', 'REQUEST', [vevent(
        '6F1C2A9B-41D7-4E0B-9C77-3A5D8E210F44', s, s + timedelta(hours=1), 'Coffee ☕ Dana + Maya (Northbeam chat)',
        organizer=('Dana Whitcombe', 'dana.whitcombe@icloud.example'),
        attendees=[('Dana Whitcombe', 'dana.whitcombe@icloud.example', 'ACCEPTED'), ('Maya Lindqvist', u)],
        tz=('America/Los_Angeles', SEA), stamp=T(2026, 4, 7, 19, 14, SEA),
        location='Elm Coffee Roasters\n240 2nd Ave S, Seattle, WA 98104',
        extra=['X-APPLE-TRAVEL-ADVISORY-BEHAVIOR:AUTOMATIC'])],
        tzs=[vtz_us('America/Los_Angeles', '-0800', '-0700', 'PST', 'PDT')])
    t2 = """Dana Whitcombe has invited you to "Coffee ☕ Dana + Maya (Northbeam chat)".

Saturday, April 11, 2026 10:00 AM - 11:00 AM (PDT)
Elm Coffee Roasters, 240 2nd Ave S, Seattle, WA 98104

Accept  |  Decline  |  Maybe

Invitation from iCloud
"""
    mail('02-icloud-invitation.eml', frm='Dana Whitcombe <noreply@email.apple.example>', reply_to=dana, to=u,
         subject='Invitation: Coffee ☕ Dana + Maya (Northbeam chat) @ Sat Apr 11, 2026 10:00 AM',
         date=T(2026, 4, 7, 19, 14, SEA), msgid_domain='email.apple.example', text=t2, cal=cal,
         cal_filename='iCal-20260407-191402.ics')
    label([], 'hard', 'negative/informational-coffee-friend',
          'Friend who works at a company sends an iCloud invite for an explicitly unofficial coffee ("NOT an interview", '
          'no open role).')


def k17():
    start_case('k17-panel-moderator-hiring-talk', 'chidi.anyanwu@example.com')
    u = CUR['user']
    TOR = 'America/Toronto'
    aline = ('Aline Moreau', 'aline@productfolks.example')
    t1 = """Hi Chidi,

Thank you so much for agreeing to moderate our May panel, "Behind the Interview Loop: How Hiring Managers Really Decide". Our panelists are three hiring managers from local companies who will talk about what they look for in candidates, how they design interview loops, and how they make the final call.

I'll send two calendar holds: a 30-min prep call with the panelists next week and the event itself. Feel free to propose questions in the shared doc.

Merci!
Aline Moreau
Program Lead, Product Folks Toronto
"""
    mail('01-thanks-for-moderating.eml', frm='Aline Moreau <aline@productfolks.example>', to=f'Chidi Anyanwu <{u}>',
         subject='Moderating "Behind the Interview Loop" - next steps', date=T(2026, 4, 27, 14, 3, TOR),
         msgid_domain='productfolks.example', text=t1)
    panel = [('Sofia Grant', 'sofia.grant@larchway.example'), ('Devon Ahmed', 'devon.ahmed@polarbyte.example'),
             ('Hyejin Park', 'hyejin.park@maplecart.example')]
    for i, (summ, s, e, desc) in enumerate([
        ('Panel prep call - Behind the Interview Loop (moderator + panelists)', T(2026, 5, 5, 12, 0, TOR),
         T(2026, 5, 5, 12, 30, TOR), 'Run of show, question order and timing. Moderator: Chidi Anyanwu.'),
        ('Product Folks Toronto: Behind the Interview Loop - panel', T(2026, 5, 14, 18, 30, TOR),
         T(2026, 5, 14, 20, 0, TOR), 'Doors 6:00pm. Panel 6:30-7:30, audience Q&A until 8.\nModerator: Chidi Anyanwu\n'
         'Panelists: Sofia Grant, Devon Ahmed, Hyejin Park\nVenue: The Foundry, 171 East Liberty St, Toronto')], start=2):
        cal = ical('-//Google Inc//Google Calendar 70.9054//EN', 'REQUEST', [vevent(
            f'pft-{h("k17", summ)[:20]}@google.com', s, e, summ, organizer=aline,
            attendees=[aline + ('ACCEPTED',)] + [p + ('ACCEPTED',) for p in panel] + [('Chidi Anyanwu', u)],
            stamp=T(2026, 4, 27, 14, 10 + i, TOR), description=desc,
            location='Google Meet' if i == 2 else 'The Foundry, 171 East Liberty St, Toronto')])
        text = f"""{summ}
{s.strftime('%A %b %-d, %Y')} {s.strftime('%-I:%M%p').lower()} - {e.strftime('%-I:%M%p').lower()} (EDT)

{desc}

Organizer
Aline Moreau
aline@productfolks.example

Invitation from Google Calendar
"""
        mail(f'0{i}-invitation-{"prep" if i == 2 else "panel"}.eml', frm='Aline Moreau <aline@productfolks.example>',
             sender='Google Calendar <calendar-notification@google.example>', to=u,
             subject=f'Invitation: {summ} @ {s.strftime("%a %b %-d, %Y")} ({u})', date=T(2026, 4, 27, 14, 10 + i, TOR),
             msgid_domain='google.example', text=text, cal=cal)
    label([], 'hard', 'negative/panel-moderation',
          'User moderates a meetup panel about interviewing, with a prep call and the event invite (hiring managers as '
          'panelists). Not a job interview.')


def k18():
    start_case('k18-alumni-admissions-interviewer', 'rebecca.tan@example.com')
    u = CUR['user']
    LA = 'America/Los_Angeles'
    t1 = """Dear Rebecca,

Thank you for volunteering with the Halden College Alumni Interview Program this year! You have been assigned the following applicant:

  Applicant: Ethan Morales
  Applying for: Class of 2030, Regular Decision
  Email: ethan.morales.2030@mail.example
  High school: Gunn High School, Palo Alto, CA

Please contact the applicant within 5 days and complete your interview by March 20. Interviews typically last 30-45 minutes and should be held in a public place (coffee shop, library) or by video. Submit your interview report through the Alumni Portal within 48 hours.

With gratitude,
Office of Admission - Alumni Interview Program
Halden College
"""
    mail('01-new-interview-assignment.eml', frm='Halden College Alumni Interviews <alumni.interviews@haldencollege.example>',
         to=u, subject='New interview assignment: Ethan Morales', date=T(2026, 3, 6, 9, 0, 'America/New_York'),
         msgid_domain='haldencollege.example', text=t1)
    t2 = """Hi Ms. Tan,

Thank you for reaching out! Would Saturday 3/14 at 11am work for my alumni interview? I could meet at the Mitchell Park Library in Palo Alto.

Thank you,
Ethan Morales
"""
    m2 = mail('02-ethan-proposes-saturday.eml', frm='Ethan Morales <ethan.morales.2030@mail.example>', to=u,
              subject='Re: Halden College alumni interview', date=T(2026, 3, 9, 17, 45, LA), text=t2)
    t3 = """Sounds great! Confirmed for Saturday at 11:00 at Mitchell Park Library (main entrance). Looking forward to meeting you, see you then!

Best,
Ethan

> On Mar 9, 2026, at 6:02 PM, Rebecca Tan <rebecca.tan@example.com> wrote:
>
> Hi Ethan, Saturday 3/14 at 11 works for me. Let's meet at the library entrance.
> I'll be wearing a green Halden scarf. - Rebecca
"""
    mail('03-ethan-confirmed.eml', frm='Ethan Morales <ethan.morales.2030@mail.example>', to=u,
         subject='Re: Halden College alumni interview', date=T(2026, 3, 9, 18, 20, LA), in_reply_to=m2,
         references=m2, text=t3)
    label([], 'hard', 'negative/alumni-admissions-interview',
          'User is an alumni interviewer for a college applicant; confirmed time and place, but it is an admissions '
          'interview where the user is the interviewer.')


def k19():
    start_case('k19-one-way-video-interview', 'luis.mendoza@example.com')
    u = CUR['user']
    CHI = 'America/Chicago'
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Luis,</p>
<p>Thanks for applying to <b>Store Manager - Minneapolis (Uptown)</b> at <b>Bluefin Outfitters</b>! The next step in our process is a short <b>on-demand video interview</b>.</p>
<ul>
<li>5 questions, up to 2 minutes to answer each</li>
<li>Record from your phone or computer, whenever it suits you &ndash; no one will be on the call</li>
<li>You get one practice question and one re-take per question</li>
</ul>
<p><b>Please complete your interview by Friday, March 27, 2026 at 11:59 PM CT.</b></p>
<p><a href="https://reelscreen.example/i/bluefin/6QX2-LM8A" style="background:#0f766e;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Start my video interview</a></p>
<p>Our hiring team reviews every recording and will reach out about a live interview with the district manager.</p>
<p>Good luck!<br>Bluefin Outfitters Talent Team</p>
<p style="font-size:11px;color:#888">Powered by ReelScreen &middot; <a href="https://reelscreen.example/privacy">Privacy</a></p>
</body></html>"""
    mail('01-video-interview-invite.eml', frm='Bluefin Outfitters via ReelScreen <invites@reelscreen.example>', to=u,
         subject='Bluefin Outfitters: your video interview for Store Manager', date=T(2026, 3, 20, 11, 0, CHI),
         msgid_domain='reelscreen.example', html=html)
    t2 = """Hi Luis,

Just a friendly reminder: your video interview for Store Manager - Minneapolis (Uptown) with Bluefin Outfitters is due tomorrow (Friday) at 11:59 PM CT.

Start here: https://reelscreen.example/i/bluefin/6QX2-LM8A

It takes about 15 minutes.

- ReelScreen on behalf of Bluefin Outfitters
"""
    mail('02-reminder-due-tomorrow.eml', frm='Bluefin Outfitters via ReelScreen <invites@reelscreen.example>', to=u,
         subject='Reminder: 1 day left to record your video interview', date=T(2026, 3, 26, 9, 0, CHI),
         msgid_domain='reelscreen.example', text=t2, text_cte='7bit')
    label([], 'medium', 'negative/one-way-video',
          'One-way (asynchronous) video interview with a deadline and a reminder; no live conversation.')


def k20():
    start_case('k20-icims-assessment-deadline', 'tara.whelan@example.com')
    u = CUR['user']
    NY = 'America/New_York'
    html = """<html><head><meta charset="utf-8"></head><body>
<table width="600" style="font-family:Georgia,serif;font-size:14px"><tr><td>
<p>Dear Tara,</p>
<p>Thank you for your interest in the <strong>Claims Analyst II</strong> position (Job ID 2026-4187) with Granite Peak Insurance.</p>
<p>We have reviewed your application and would like you to move forward to the next step of our selection process: an online skills assessment covering claims scenarios, Excel and written communication. The assessment takes approximately 60 minutes and must be completed in one sitting.</p>
<p><strong>Deadline:</strong> Wednesday, April 15, 2026 at 11:59 PM Eastern Time</p>
<p><a href="https://careers-granitepeak.icims.example/jobs/4187/assessment?token=Z2P9">Begin Assessment</a></p>
<p>Candidates who successfully complete the assessment will be contacted to schedule an interview with the hiring team.</p>
<p>Sincerely,<br>Talent Acquisition<br>Granite Peak Insurance<br>1 Summit Plaza, Hartford, CT 06103</p>
<p style="font-size:11px;color:#777">Please do not reply to this message; this mailbox is not monitored.</p>
</td></tr></table></body></html>"""
    mail('01-icims-next-step-assessment.eml', frm='Granite Peak Insurance <donotreply@icims.example>', to=u,
         subject='Next Step: Claims Analyst II Assessment - Granite Peak Insurance', date=T(2026, 4, 8, 14, 26, NY),
         msgid_domain='icims.example', html=html, html_cte='quoted-printable')
    label([], 'medium', 'negative/assessment-deadline-only',
          'iCIMS HTML-only mail asking for an online assessment before a deadline; an interview is only mentioned as '
          'a possible later step.')


def k21():
    start_case('k21-dentist-rescheduled', 'priyanka.menon@mail.example')
    u = CUR['user']
    DEN = 'America/Denver'
    s0 = T(2026, 4, 14, 15, 0, DEN)
    s1 = T(2026, 4, 16, 8, 30, DEN)
    uid = 'appt-99182-lfd@smilebook.example'
    tzs = [vtz_us('America/Denver', '-0700', '-0600', 'MST', 'MDT')]
    org = ('Larkspur Family Dental', 'frontdesk@larkspurdental.example')
    t1 = """Hi Priyanka,

Your appointment with Dr. Helena Ochoa is confirmed:

Tuesday, April 14, 2026 at 3:00 PM
Cleaning & exam (60 min)
Larkspur Family Dental, 812 Pearl St, Boulder, CO 80302

New patients: please complete the health history interview form online before your visit.

Reply C to confirm, or call (303) 555-0172 to reschedule.
"""
    c1 = ical('-//SmileBook//Appointments//EN', 'REQUEST', [vevent(
        uid, s0, s0 + timedelta(hours=1), 'Dental appointment - Dr. Ochoa', organizer=org, attendees=[('Priyanka Menon', u)],
        tz=('America/Denver', DEN), stamp=T(2026, 4, 2, 10, 0, DEN), location='812 Pearl St, Boulder, CO 80302')], tzs)
    mail('01-appointment-confirmed.eml', frm='Larkspur Family Dental <reminders@smilebook.example>', to=u,
         subject='Appointment confirmed - Larkspur Family Dental', date=T(2026, 4, 2, 10, 0, DEN),
         msgid_domain='smilebook.example', text=t1, cal=c1, cal_inline=False, cal_filename='appointment.ics')
    t2 = """Hi Priyanka,

Your appointment has been rescheduled.

New time: Thursday, April 16, 2026 at 8:30 AM with Dr. Helena Ochoa
(previously Tuesday, April 14 at 3:00 PM)

Please arrive 10 minutes early. Call (303) 555-0172 with any questions.

Larkspur Family Dental
"""
    c2 = ical('-//SmileBook//Appointments//EN', 'REQUEST', [vevent(
        uid, s1, s1 + timedelta(hours=1), 'Dental appointment - Dr. Ochoa', organizer=org, attendees=[('Priyanka Menon', u)],
        tz=('America/Denver', DEN), seq=1, stamp=T(2026, 4, 9, 16, 30, DEN), location='812 Pearl St, Boulder, CO 80302')], tzs)
    mail('02-appointment-rescheduled.eml', frm='Larkspur Family Dental <reminders@smilebook.example>', to=u,
         subject='Your appointment has been rescheduled', date=T(2026, 4, 9, 16, 30, DEN),
         msgid_domain='smilebook.example', text=t2, cal=c2, cal_inline=False, cal_filename='appointment.ics')
    label([], 'easy', 'negative/dentist-rescheduled',
          'Dental appointment confirmed and then rescheduled (SEQUENCE 1); uses "rescheduled", "interview form".')


def k22():
    start_case('k22-all-hands-outlook-web-french', 'amelie.durand@example.com')
    u = CUR['user']
    PAR = 'Europe/Paris'
    s = T(2026, 4, 9, 16, 0, PAR)
    e = T(2026, 4, 9, 17, 30, PAR)
    body = """Quand : jeudi 9 avril 2026 16:00-17:30 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.
Où : Auditorium (3e étage) + Réunion Microsoft Teams

*~*~*~*~*~*~*~*~*~*

Bonjour à toutes et à tous,

Notre réunion générale du T2 aura lieu jeudi prochain. Au programme :

1. Résultats du T1 et objectifs 2026 (Nathalie Roux, DG)
2. Point recrutement : 12 postes ouverts - merci aux équipes qui font passer les entretiens aux candidats ce mois-ci !
3. Accueil des nouveaux arrivants
4. Questions / réponses avec le comité de direction

Présence fortement recommandée ; la session sera enregistrée.

Bien cordialement,
Camille Besnard
Communication interne - Verdane Énergie

________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, application mobile ou appareil de salle
Cliquez ici pour rejoindre la réunion<https://teams.microsoft.example/l/meetup-join/19%3ameeting_verdaneAllHands>
ID de la réunion : 318 552 907 164
Code secret : Vq7kT2
________________________________________________________________________________
"""
    tzl = 'Romance Standard Time'
    cal = ical('Microsoft Exchange Server 2010', 'REQUEST', [vevent(
        '040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F60718000000000000000010000000F00D', s, e,
        'Réunion générale T2 - All-hands', organizer=('Camille Besnard', 'camille.besnard@example.com'),
        attendees=[('Tous les collaborateurs', 'tous@example.com'), ('Amélie Durand', u)],
        tz=(tzl, PAR), stamp=T(2026, 4, 2, 9, 30, PAR), description=body,
        location='Auditorium (3e étage) + Réunion Microsoft Teams',
        extra=['X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE', 'X-MICROSOFT-CDO-IMPORTANCE:1',
               'X-MICROSOFT-CDO-ALLDAYEVENT:FALSE'])], tzs=[vtz_eu(tzl, sname='Romance Standard Time',
                                                                 dname='Romance Daylight Time')])
    mail('01-reunion-generale-t2.eml', frm='Camille Besnard <camille.besnard@example.com>',
         to='Tous les collaborateurs <tous@example.com>', subject='Réunion générale T2 - All-hands',
         date=T(2026, 4, 2, 9, 30, PAR), msgid_domain='EUR03.prod.outlook.example', text=body, cal=cal,
         cal_attach=False, headers=[('Content-Language', 'fr-FR'), ('Accept-Language', 'fr-FR, en-US'),
                                    ('Thread-Topic', 'Réunion générale T2 - All-hands'),
                                    ('Content-class', 'urn:content-classes:calendarmessage'),
                                    ('X-MS-Exchange-Organization-SCL', '-1')])
    label([], 'medium', 'negative/all-hands-current-employer',
          'French Outlook on the web invite (Romance Standard Time) for an all-hands at the user\'s current employer; '
          'mentions recruiting, candidates and interviews.')


# =============================================================== main
def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and name[:1] == 'k' and name[1:3].isdigit():
            shutil.rmtree(p)
    for fn in (k01, k02, k03, k04, k05, k06, k07, k08, k09, k10, k11, k12, k13,
               k14, k15, k16, k17, k18, k19, k20, k21, k22):
        fn()
    with open(os.path.join(HERE, 'labels.yaml'), 'w', encoding='utf-8') as f:
        f.write('# blind6 labels - written blind; see README.md. Schema as shared/eval/README.md.\n')
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=110)
    print(f'wrote {len(LABELS)} cases')


if __name__ == '__main__':
    main()
