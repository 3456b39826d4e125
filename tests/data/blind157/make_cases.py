#!/usr/bin/env python3
"""Regenerate the blind157 evaluation set (case folders + labels.yaml) next to this file.

Deterministic: fixed dates, Message-IDs, boundaries and UIDs; every offset is computed with zoneinfo.
Standard library + PyYAML only.  Run:  python make_cases.py
"""
import base64
import hashlib
import html as htmlmod
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import formataddr, format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SP = ZoneInfo("America/Sao_Paulo")
LIS = ZoneInfo("Europe/Lisbon")
UTC = timezone.utc

OWNER = "larissa.mprado@example.com"
OWNER_NAME = "Larissa Monteiro Prado"

WD_FULL = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]
WD_ABBR = ["seg", "ter", "qua", "qui", "sex", "sáb", "dom"]
MES = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
       "outubro", "novembro", "dezembro"]
MES_ABBR = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]


# ---------------------------------------------------------------- time helpers
def T(y, mo, d, h=0, mi=0, s=0, tz=SP):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(dt, name):
    """Assert that dt falls on the Portuguese weekday `name` (prefix ok) and return name."""
    full = WD_FULL[dt.weekday()]
    assert full.startswith(name.lower()), (dt, name, full)
    return name


def rfc(dt):
    return format_datetime(dt)


def zutc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def iso(dt):
    return dt.isoformat()


def hhmm(dt):
    return dt.strftime("%H:%M")


# ---------------------------------------------------------------- deterministic ids
def hx(seed, n=16):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}/{i}".encode()).hexdigest()
        i += 1
    return out[:n]


def uuid_like(seed):
    h = hx(seed, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def alnum(seed, n):
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    h = hashlib.sha256(seed.encode()).digest() + hashlib.sha256((seed + "+").encode()).digest()
    return "".join(alphabet[b % 36] for b in h[:n])


def meet_code(seed):
    a = "abcdefghijklmnopqrstuvwxyz"
    h = hashlib.sha256(("meet" + seed).encode()).digest()
    s = "".join(a[b % 26] for b in h[:10])
    return f"{s[:3]}-{s[3:7]}-{s[7:10]}"


def bnd(seed, style="google"):
    if style == "google":
        return "000000000000" + hx("b" + seed, 12)
    if style == "outlook":
        return "_000_" + hx("o" + seed, 24).upper() + "_"
    if style == "thunder":
        return "------------" + alnum("t" + seed, 24)
    return "----=_Part_" + str(int(hx("p" + seed, 8), 16)) + "_" + str(int(hx("q" + seed, 7), 16)) + "." + str(int(hx("r" + seed, 10), 16))


# ---------------------------------------------------------------- MIME helpers
def addr(name, email):
    return formataddr((name, email), charset="utf-8") if name else email


def hdr(s, name="Subject"):
    if s.isascii():
        return s
    return Header(s, "utf-8", maxlinelen=76, header_name=name).encode()


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def leaf(ctype, text, cte, params='charset="UTF-8"', extra=()):
    if cte == "base64":
        body = b64(text)
    elif cte == "quoted-printable":
        body = qp(text)
        if not body.endswith("\n"):
            body += "\n"
    else:
        body = text if text.endswith("\n") else text + "\n"
    lines = [f"Content-Type: {ctype}" + (f"; {params}" if params else ""),
             f"Content-Transfer-Encoding: {cte}"]
    lines += list(extra)
    return "\n".join(lines) + "\n\n" + body


def multi(sub, boundary, parts, preamble=None, extra=()):
    s = f'Content-Type: multipart/{sub}; boundary="{boundary}"\n'
    for e in extra:
        s += e + "\n"
    s += "\n"
    if preamble:
        s += preamble + "\n\n"
    for p in parts:
        s += f"--{boundary}\n{p}\n"
    s += f"--{boundary}--\n"
    return s


def eml(headers, body):
    out = [f"{k}: {v}" for k, v in headers if v is not None]
    out.append("MIME-Version: 1.0")
    return "\n".join(out) + "\n" + body


def received(host, ip, by, dt, proto="ESMTPS"):
    return (f"from {host} ({host} [{ip}])\n        by {by} with {proto} id {alnum(host + str(dt), 12)}\n"
            f"        for <{OWNER}>;\n        {rfc(dt.astimezone(UTC))}")


def html_from_text(text, style="font-family:Arial,Helvetica,sans-serif;font-size:14px"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [htmlmod.escape(l, quote=False) for l in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return f'<div style="{style}">\n' + "\n".join(out) + "\n</div>"


def html_doc(inner):
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
            f"<body>\n{inner}\n</body>\n</html>\n")


def gmail_alt(seed, text, cte_plain="quoted-printable"):
    inner = '<div dir="ltr">' + html_from_text(text, "") + "</div>"
    return multi("alternative", bnd(seed), [
        leaf("text/plain", text, cte_plain),
        leaf("text/html", inner + "\n", "quoted-printable"),
    ])


def quote_gmail(prev_text, prev_dt, prev_name, prev_email, viewer_tz=SP):
    d = prev_dt.astimezone(viewer_tz)
    head = (f"Em {WD_ABBR[d.weekday()]}., {d.day} de {MES_ABBR[d.month - 1]}. de {d.year} às {hhmm(d)}, "
            f"{prev_name} <{prev_email}> escreveu:")
    q = "\n".join((">" + (" " + l if l and not l.startswith(">") else l)) for l in prev_text.rstrip("\n").split("\n"))
    return head + "\n\n" + q + "\n"


def quote_outlook_pt(prev_text, prev_dt, frm, to, subject, cc=None, viewer_tz=LIS):
    d = prev_dt.astimezone(viewer_tz)
    s = (f"De: {frm}\nEnviada: {WD_FULL[d.weekday()]}, {d.day} de {MES[d.month - 1]} de {d.year} {hhmm(d)}\n"
         f"Para: {to}\n")
    s = "_" * 32 + "\n" + s
    if cc:
        s += f"Cc: {cc}\n"
    s += f"Assunto: {subject}\n\n" + prev_text.rstrip("\n") + "\n"
    return s


# ---------------------------------------------------------------- iCalendar helpers
def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, limit = [], "", 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur, limit = ch, 74
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def cn(name):
    return f'"{name}"' if any(c in name for c in ",;:") else name


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={cn(name or email)};"
                f"X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={cn(name or email)}:mailto:{email}"


VTZ_GMT_STANDARD = [
    "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]
VTZ_E_SOUTH_AMERICA = [
    "BEGIN:VTIMEZONE", "TZID:E. South America Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:-0300", "TZOFFSETTO:-0300", "END:STANDARD",
    "END:VTIMEZONE",
]
VTZ_SAO_PAULO = [
    "BEGIN:VTIMEZONE", "TZID:America/Sao_Paulo", "X-LIC-LOCATION:America/Sao_Paulo",
    "BEGIN:STANDARD", "TZOFFSETFROM:-0300", "TZOFFSETTO:-0300", "TZNAME:-03", "DTSTART:19700101T000000",
    "END:STANDARD", "END:VTIMEZONE",
]
# stale definition still shipped by some old generators (Brazil abolished DST in 2019)
VTZ_SAO_PAULO_STALE = [
    "BEGIN:VTIMEZONE", "TZID:America/Sao_Paulo",
    "BEGIN:STANDARD", "DTSTART:19700215T000000", "TZOFFSETFROM:-0200", "TZOFFSETTO:-0300", "TZNAME:BRT",
    "RRULE:FREQ=YEARLY;BYMONTH=2;BYDAY=3SU", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:19701101T000000", "TZOFFSETFROM:-0300", "TZOFFSETTO:-0200", "TZNAME:BRST",
    "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:DAYLIGHT",
    "END:VTIMEZONE",
]
VTZ_LISBON = [
    "BEGIN:VTIMEZONE", "TZID:Europe/Lisbon", "X-LIC-LOCATION:Europe/Lisbon",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:WEST", "DTSTART:19700329T010000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:WET", "DTSTART:19701025T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
]


# ---------------------------------------------------------------- Google Calendar invitation (pt-BR UI)
def google_eid(uid_local):
    return base64.urlsafe_b64encode(f"{uid_local} {OWNER}".encode()).decode().rstrip("=")


def google_invite(seed, *, sent, organizer, guests, title, start, end, description, uid_local,
                  sequence=0, kind="new", created=None, disp_tz=SP, tz_label="Horário Padrão de Brasília - São Paulo",
                  tz_abbr="BRT"):
    """guests: list of (name, email, partstat); organizer = (name, email). Owner must be in guests."""
    meet = meet_code(seed)
    pin = str(int(hx("pin" + seed, 8), 16))[:9]
    eid = google_eid(uid_local)
    s, e = start.astimezone(disp_tz), end.astimezone(disp_tz)
    prefix = {"new": "Convite", "updated": "Convite atualizado", "cancel": "Evento cancelado"}[kind]
    subj = (f"{prefix}: {title} @ {WD_ABBR[s.weekday()]} {s.day} de {MES_ABBR[s.month - 1]} de {s.year} "
            f"{hhmm(s)} - {hhmm(e)} ({tz_abbr}) ({OWNER})")
    when = f"{WD_FULL[s.weekday()]}, {s.day} de {MES[s.month - 1]} de {s.year}⋅{hhmm(s)} – {hhmm(e)}"
    guest_lines = []
    for name, email, _ in guests:
        if email == organizer[1]:
            guest_lines.append(f"{name} - organizador")
        elif name:
            guest_lines.append(name)
        guest_lines.append(email)
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    head = ""
    if kind == "updated":
        head = "Este evento foi alterado\nAlterado: data e hora\n\n"
    text = (head + f"{title}\n{when}\n{tz_label}\n\n"
            f"Participar com o Google Meet\nhttps://meet.google.com/{meet}\n\n"
            f"Participar por telefone\n(BR) +55 11 4935-{int(hx('tel' + seed, 4), 16) % 9000 + 1000} PIN: {pin}#\n\n"
            f"Mais números de telefone\nhttps://tel.meet/{meet}?pin={pin}{int(hx('p2' + seed, 4), 16) % 9000 + 1000}\n\n"
            f"Organizador\n{organizer[0]}\n{organizer[1]}\n\n"
            "Convidados\n" + "\n".join(guest_lines) + f"\nVer todas as informações do convidado {view}\n\n"
            f"{description}\n\n"
            f"Responder para {OWNER} e ver mais detalhes {view}\n"
            "Seu convite de participação pode ser aceito, recusado ou marcado como talvez.\n\n"
            "~~//~~\nConvite do Google Agenda: https://calendar.google.com/calendar/\n\n"
            "Você está recebendo este e-mail porque é um convidado do evento.\n\n"
            "Encaminhar este convite pode permitir que qualquer destinatário envie uma resposta ao organizador, "
            "seja adicionado à lista de convidados, convide outras pessoas independentemente do status do "
            "próprio convite ou modifique sua confirmação de presença. Saiba mais "
            "https://support.google.com/calendar/answer/37135#forwarding\n")
    html_inner = html_from_text(text, "font-family:Roboto,Helvetica,Arial,sans-serif")
    created = created or sent
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:" + ("CANCEL" if kind == "cancel" else "REQUEST"), "BEGIN:VEVENT",
             f"DTSTART:{zutc(start)}", f"DTEND:{zutc(end)}", f"DTSTAMP:{zutc(sent)}",
             f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}", f"UID:{uid_local}@google.com"]
    for name, email, ps in guests:
        lines.append(attendee(name or email, email, ps, google=True))
    lines += [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}", f"CREATED:{zutc(created)}",
              "DESCRIPTION:" + esc(description + "\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                                   f"Participe com o Google Meet: https://meet.google.com/{meet}\n\n"
                                   "Não edite esta seção da descrição.\n"
                                   "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"),
              f"LAST-MODIFIED:{zutc(sent)}", "LOCATION:", f"SEQUENCE:{sequence}",
              "STATUS:" + ("CANCELLED" if kind == "cancel" else "CONFIRMED"), "SUMMARY:" + esc(title),
              "TRANSP:OPAQUE", "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
              "TRIGGER:-P0DT0H10M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    alt = multi("alternative", bnd(seed + "alt"), [
        leaf("text/plain", text, "base64", 'charset="UTF-8"; format=flowed; delsp=yes'),
        leaf("text/html", html_doc(html_inner), "quoted-printable"),
        leaf("text/calendar", cal, "base64", 'charset="UTF-8"; method=' + ("CANCEL" if kind == "cancel" else "REQUEST")),
    ])
    body = multi("mixed", bnd(seed + "mix"), [
        alt,
        leaf("application/ics", cal, "base64", 'name="invite.ics"',
             extra=['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("mail-sor-f69.google.com", "209.85.220.69", "mx.example.com", sent)),
        ("Return-Path", f"<{alnum('rp' + seed, 24)}@calendar-server.bounces.google.com>"),
        ("Reply-To", addr(organizer[0], organizer[1])),
        ("Sender", "Google Agenda <calendar-notification@google.com>"),
        ("Message-ID", f"<calendar-{uuid_like(seed)}@google.com>"),
        ("Date", rfc(sent.astimezone(UTC))),
        ("Subject", hdr(subj)),
        ("From", addr(organizer[0], organizer[1])),
        ("To", OWNER),
    ]
    return eml(headers, body)


# ---------------------------------------------------------------- Exchange / Outlook meeting request
def outlook_invite(seed, *, sent, from_, to, cc=None, subject, organizer, attendees, start, end, tzid, vtz, text,
                   method="REQUEST", sequence=0, uid, lang="pt-BR", location="Reunião do Microsoft Teams",
                   region="CP6P284MB", domain_suffix="BRAP284.PROD.OUTLOOK.COM", importance=None):
    teams_id = " ".join(str(int(hx("tm" + seed, 12), 16))[i:i + 3] for i in range(0, 12, 3))
    passcode = alnum("pc" + seed, 6)
    teams_url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{alnum('mt' + seed, 40)}%40thread.v2/0"
                 f"?context=%7b%22Tid%22%3a%22{uuid_like('tid' + seed)}%22%2c%22Oid%22%3a%22{uuid_like('oid' + seed)}%22%7d")
    rule = "_" * 80
    teams_block = ""
    if method == "REQUEST":
        if lang == "pt-PT":
            teams_block = (f"\n{rule}\nReunião do Microsoft Teams\nParticipe a partir do seu computador, aplicação "
                           f"móvel ou dispositivo de sala\nClique aqui para participar na reunião<{teams_url}>\n"
                           f"ID da Reunião: {teams_id}\nCódigo de acesso: {passcode}\n{rule}\n")
        else:
            teams_block = (f"\n{rule}\nReunião do Microsoft Teams\nIngressar em seu computador, aplicativo móvel ou "
                           f"dispositivo de sala\nClique aqui para ingressar na reunião<{teams_url}>\n"
                           f"ID da Reunião: {teams_id}\nSenha: {passcode}\n{rule}\n")
    full_text = text.rstrip("\n") + "\n" + teams_block
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += vtz
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}"]
    for a in attendees:
        lines.append(attendee(*a))
    lines += [f"DESCRIPTION;LANGUAGE={lang}:" + esc(full_text),
              f"UID:{uid}",
              f"SUMMARY;LANGUAGE={lang}:" + esc(subject),
              f"DTSTART;TZID={tzid}:{local(start)}", f"DTEND;TZID={tzid}:{local(end)}",
              "CLASS:PUBLIC", "PRIORITY:" + ("1" if method == "CANCEL" else "5"), f"DTSTAMP:{zutc(sent)}",
              "TRANSP:" + ("TRANSPARENT" if method == "CANCEL" else "OPAQUE"),
              "STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"), f"SEQUENCE:{sequence}",
              f"LOCATION;LANGUAGE={lang}:{location}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}", f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx('own' + seed, 7), 16)}",
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:" + ("2" if method == "CANCEL" else "1"),
              "X-MICROSOFT-CDO-INSTTYPE:0"]
    if method == "REQUEST":
        lines += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
                  "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
                  f"X-MICROSOFT-LOCATIONDISPLAYNAME:{location}",
                  "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    html_inner = html_from_text(full_text, "font-family:Aptos,Calibri,sans-serif;font-size:11pt")
    body = multi("alternative", bnd(seed, "outlook"), [
        leaf("text/plain", full_text, "quoted-printable", 'charset="utf-8"'),
        leaf("text/html", html_doc(html_inner), "quoted-printable", 'charset="utf-8"'),
        leaf("text/calendar", cal, "base64", f'charset="utf-8"; method={method}'),
    ])
    mid = f"<{region}{hx('mid' + seed, 4).upper()}{hx('mid2' + seed, 12).upper()}@{region}{hx('mid' + seed, 4).upper()}.{domain_suffix}>"
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received(f"{region.lower()}{hx('rh' + seed, 4)}.outbound.protection.outlook.com",
                              "40.107.95.%d" % (int(hx('ip' + seed, 2), 16) % 250), "mx.example.com", sent)),
        ("From", from_), ("To", to), ("CC", cc),
        ("Subject", hdr(subject)),
        ("Thread-Topic", hdr(subject.split(": ", 1)[-1] if method == "CANCEL" else subject, "Thread-Topic")),
        ("Thread-Index", base64.b64encode(bytes.fromhex(hx("ti" + seed, 44))).decode()),
        ("Date", rfc(sent)),
        ("Message-ID", mid),
        ("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang),
        ("Importance", importance),
        ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
    ]
    return eml(headers, body), mid


# ---------------------------------------------------------------- output
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def L(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers), "followup_recipients": list(followup),
            "kind": kind}


# ================================================================ cases
# ---------------------------------------------------------------- 01
@case
def c01():
    cid = "b157-01-gupy-entrevista-com-gestor"
    sent = T(2026, 3, 2, 10, 14, 37)
    start, end = T(2026, 3, 5, 14, 0), T(2026, 3, 5, 15, 0)
    wd(start, "quinta")
    cal_link = ("https://calendar.google.com/calendar/render?action=TEMPLATE&text=Entrevista+com+o+gestor+-+Pampa+Bebidas"
                f"&dates={zutc(start)}/{zutc(end)}&details=Analista+de+Dados+Pleno")
    meet = meet_code(cid)
    text = f"""Olá, Larissa!

Temos uma ótima notícia: você avançou no processo seletivo para a vaga de Analista de Dados Pleno na Pampa Bebidas e a sua entrevista com o gestor já está agendada.

Confira os detalhes:

Etapa: Entrevista com o gestor
Data: 05/03/2026 (quinta-feira)
Horário: 14:00 às 15:00 (horário de Brasília)
Formato: online, pelo Google Meet
Link da sala: https://meet.google.com/{meet}
Quem vai conversar com você: Ricardo Tavares, Gerente de BI

Adicionar ao Google Agenda: {cal_link}

Algumas dicas para o dia:
- teste sua câmera e seu microfone com antecedência;
- entre na sala uns 5 minutos antes;
- tenha em mãos exemplos de dashboards ou análises que você construiu.

Precisa remarcar ou tem alguma dúvida? Fale com a Juliana Ferraz, do time de Gente & Gestão: juliana.ferraz@pampabebidas.example

Boa sorte!
Time de Atração de Talentos | Pampa Bebidas

--
Este é um e-mail automático enviado pela Gupy em nome de Pampa Bebidas. Por favor, não responda a esta mensagem.
Acompanhe suas candidaturas em https://portal.gupy.io/candidate/applications
"""
    html = html_doc(
        '<table width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5fa"><tr><td align="center">'
        '<table width="600" style="background:#ffffff;border-radius:8px"><tr><td style="padding:32px">\n'
        '<img src="https://static.gupy.io/company-logos/pampa-bebidas.png" alt="Pampa Bebidas" height="40">\n'
        + html_from_text(text) + "\n</td></tr></table></td></tr></table>")
    body = multi("alternative", bnd(cid, "java"), [
        leaf("text/plain", text, "quoted-printable"),
        leaf("text/html", html, "quoted-printable"),
    ])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("a8-31.smtp-out.amazonses.com", "54.240.8.31", "mx.example.com", sent)),
        ("Return-Path", f"<0100018{hx(cid + 'rp', 13)}-{uuid_like(cid)}-000000@amazonses.com>"),
        ("From", "Pampa Bebidas <naoresponda@gupy.io>"),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", hdr("Pampa Bebidas | Sua entrevista com o gestor foi agendada!")),
        ("Date", rfc(sent.astimezone(UTC))),
        ("Message-ID", f"<0100018{hx(cid + 'mid', 13)}-{uuid_like(cid + 'mid')}-000000@email.amazonses.com>"),
        ("X-SES-Outgoing", "2026.03.02-54.240.8.31"),
    ]
    items = [("01-gupy-entrevista-agendada.eml", eml(headers, body))]
    label = {
        "interview": True,
        "interviews": [L("Pampa Bebidas", "Analista de Dados Pleno", start, end, "scheduled", [],
                         ["juliana.ferraz@pampabebidas.example"], "hiring_manager")],
        "difficulty": "easy", "category": "positive/ats-gupy-body-only",
        "notes": "Gupy notification (no-reply) for 'entrevista com o gestor', horário de Brasília. The manager's "
                 "address never appears, so no interviewer e-mail; the thank-you goes to the human contact named "
                 "in the text (Juliana Ferraz).",
    }
    return cid, items, label


# ---------------------------------------------------------------- 02 (negative)
@case
def c02():
    cid = "b157-02-solides-teste-de-perfil"
    sent = T(2026, 3, 9, 8, 31, 5)
    deadline = T(2026, 3, 12, 23, 59)
    wd(deadline, "quinta")
    link = f"https://app.solides.com.br/perfil/teste?token={alnum(cid, 32)}"
    text = f"""Olá, Larissa Monteiro Prado!

A Cooperativa Serra Azul convidou você para responder ao Teste de Perfil Comportamental, uma das etapas do processo seletivo para a vaga de Analista de Dados.

O teste é rápido (cerca de 10 minutos), não tem respostas certas ou erradas e deve ser respondido individualmente, em um único acesso.

Prazo para responder: até quinta-feira, 12/03/2026, às 23h59 (horário de Brasília).

Responder agora: {link}

Depois da análise do seu perfil, o time de Recrutamento da Cooperativa Serra Azul entrará em contato caso você seja selecionada para a próxima etapa do processo (entrevista com a área).

Dúvidas sobre a vaga devem ser tratadas diretamente com a empresa.

Atenciosamente,
Sólides | Gestão de Pessoas

Você recebeu este e-mail porque se candidatou a uma vaga que utiliza a Sólides. Este endereço não recebe respostas.
"""
    body = multi("alternative", bnd(cid, "java"), [
        leaf("text/plain", text, "8bit"),
        leaf("text/html", html_doc(html_from_text(text)), "base64"),
    ])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("o1.ptr4721.solides.com.br", "149.72.41.21", "mx.example.com", sent)),
        ("Return-Path", f"<bounces+{int(hx(cid, 6), 16)}-{hx(cid + 'x', 4)}-{OWNER.replace('@', '=')}@em4721.solides.com.br>"),
        ("From", addr("Sólides", "naoresponda@solides.com.br")),
        ("To", OWNER),
        ("Subject", hdr("Cooperativa Serra Azul convidou você para o Teste de Perfil Comportamental")),
        ("Date", rfc(sent.astimezone(UTC))),
        ("Message-ID", f"<{alnum(cid + 'mid', 22)}@geopod-ismtpd-{int(hx(cid, 2), 16) % 20}>"),
    ]
    items = [("01-convite-teste-de-perfil.eml", eml(headers, body))]
    label = {"interview": False, "interviews": [], "difficulty": "medium", "category": "negative/assessment",
             "notes": "Sólides behavioural profile test with a deadline; the next step 'entrevista com a área' is "
                      "only mentioned as a future possibility. Assessment, not an interview."}
    return cid, items, label


# ---------------------------------------------------------------- 03
@case
def c03():
    cid = "b157-03-kenoby-bate-papo-rh-e-google"
    rec = ("Beatriz Nogueira", "beatriz.nogueira@trilhalog.example")
    sent1 = T(2026, 3, 10, 16, 40, 12)
    start, end = T(2026, 3, 11, 9, 30), T(2026, 3, 11, 10, 0)
    wd(sent1, "terça")
    wd(start, "quarta")
    text = """Oi, Larissa! Tudo bem?

Aqui é a Beatriz, do time de Gente da Trilha Logística. Gostei bastante do seu perfil para a vaga de Analista de Dados Sênior e queria te convidar para um bate-papo rápido comigo, de uns 30 minutos, pra gente se conhecer e eu te contar mais sobre o time e as próximas etapas.

Que tal amanhã, quarta-feira (11/03), às 9h30, horário de Brasília? Já vou te mandar o convite pelo Google Agenda com o link do Meet.

Se esse horário não funcionar, é só responder este e-mail que a gente ajusta.

Um abraço,
Beatriz Nogueira
Talent Acquisition | Trilha Logística
beatriz.nogueira@trilhalog.example

Mensagem enviada pela plataforma Kenoby.
"""
    m1 = eml([
        ("Delivered-To", OWNER),
        ("Received", received("o7.sendgrid.kenoby.com", "167.89.12.7", "mx.example.com", sent1)),
        ("Return-Path", f"<bounces+5512{int(hx(cid, 5), 16)}@em.kenoby.com>"),
        ("From", addr("Beatriz Nogueira (Trilha Logística)", "noreply@kenoby.com")),
        ("Reply-To", addr(*rec)),
        ("To", OWNER),
        ("Subject", hdr("Trilha Logística - Analista de Dados Sênior: vamos conversar?")),
        ("Date", rfc(sent1.astimezone(UTC))),
        ("Message-ID", f"<{alnum(cid + 'm1', 22)}@ismtpd0004p1iad2.sendgrid.net>"),
    ], multi("alternative", bnd(cid + "1", "java"), [
        leaf("text/plain", text, "quoted-printable"),
        leaf("text/html", html_doc(html_from_text(text)), "quoted-printable"),
    ]))
    sent2 = T(2026, 3, 10, 16, 52, 40)
    desc = ("Bate-papo inicial sobre a vaga de Analista de Dados Sênior (Trilha Logística).\n"
            "Qualquer imprevisto, me chama por aqui ou no e-mail.\nBeatriz")
    m2 = google_invite(cid + "g", sent=sent2, organizer=rec,
                       guests=[(rec[0], rec[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")],
                       title="Bate-papo | Larissa Prado x Trilha Logística", start=start, end=end,
                       description=desc, uid_local=alnum(cid + "uid", 26))
    items = [("01-kenoby-convite-bate-papo.eml", m1), ("02-convite-google-agenda.eml", m2)]
    label = {"interview": True,
             "interviews": [L("Trilha Logística", "Analista de Dados Sênior", start, end, "scheduled", [rec[1]], [rec[1]],
                              "phone_screen")],
             "difficulty": "medium", "category": "positive/dedupe-ats-and-google-invite",
             "notes": "Kenoby mail (no-reply sender, Reply-To recruiter) proposes 'amanhã, quarta-feira (11/03), às "
                      "9h30' and a Google invite follows: one interview. The recruiter conducts the bate-papo."}
    return cid, items, label


# ---------------------------------------------------------------- 04 (negative)
@case
def c04():
    cid = "b157-04-newsletter-processos-seletivos"
    sent = T(2026, 3, 16, 7, 0, 3)
    web = T(2026, 3, 19, 19, 0)
    wd(web, "quinta")
    text = """DADOS EM PAUTA · Boletim de carreira #87

Bom dia! Nesta edição: 6 processos seletivos abertos para quem trabalha com dados, como se preparar para a entrevista com o gestor e o nosso webinar de quinta.

PROCESSOS SELETIVOS ABERTOS
1. Analista de Dados Pleno - varejo (São Paulo, híbrido) - inscrições até 22/03
2. Data Analyst - seguros (Lisboa, remoto em Portugal) - inscrições até 27/03
3. Analista de BI Sênior - agronegócio (remoto) - inscrições até 25/03
4. Cientista de Dados Jr. - saúde (Campinas) - inscrições até 31/03
5. Programa de Trainee Dados & IA 2026 - etapas: testes on-line, dinâmica de grupo, painel com diretores
6. Analytics Engineer - fintech (Porto) - inscrições até 03/04

COMO BRILHAR NA ENTREVISTA COM O GESTOR
Recrutadores dizem que o erro mais comum é não quantificar resultados. Monte 3 histórias no formato STAR e leve números: "reduzi em 40% o tempo de fechamento do relatório mensal".

DINÂMICA DE GRUPO: O QUE OBSERVAM
Escuta ativa, clareza e colaboração pesam mais do que "liderar" a discussão.

WEBINAR AO VIVO
"Entrevista técnica de SQL: o que cai e como treinar"
Quinta-feira, 19/03, às 19h (horário de Brasília) - gratuito, no YouTube do Dados em Pauta.
Inscreva-se: https://dadosempauta.example/webinar-sql

Até a próxima segunda!
Equipe Dados em Pauta

Você recebe este boletim porque se inscreveu em dadosempauta.example.
Cancelar inscrição: https://dadosempauta.example/unsubscribe?u=8f31c2
"""
    body = multi("alternative", bnd(cid), [
        leaf("text/plain", text, "quoted-printable"),
        leaf("text/html", html_doc(html_from_text(text, "font-family:Georgia,serif;font-size:15px")), "quoted-printable"),
    ])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("mail136-7.atl41.mcsv.net", "198.2.136.7", "mx.example.com", sent)),
        ("Return-Path", f"<bounce-mc.us21_{int(hx(cid, 6), 16)}.{int(hx(cid + 'z', 5), 16)}-{OWNER.replace('@', '=')}@mail136.atl41.mcsv.net>"),
        ("From", addr("Dados em Pauta", "boletim@dadosempauta.example")),
        ("To", addr("Larissa", OWNER)),
        ("Subject", hdr("#87 · 6 processos seletivos abertos + como brilhar na entrevista com o gestor")),
        ("Date", rfc(sent)),
        ("Message-ID", f"<{hx(cid + 'm', 20)}.{hx(cid + 'n', 12)}@mail136.atl41.mcsv.net>"),
        ("List-Unsubscribe", "<https://dadosempauta.example/unsubscribe?u=8f31c2>, <mailto:unsubscribe@dadosempauta.example>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
    ]
    items = [("01-boletim-dados-em-pauta.eml", eml(headers, body))]
    label = {"interview": False, "interviews": [], "difficulty": "medium", "category": "negative/newsletter",
             "notes": "Career newsletter: 'processos seletivos', 'entrevista com o gestor', 'dinâmica de grupo' and "
                      "a dated webinar about technical interviews; nothing is booked for the user."}
    return cid, items, label


# ---------------------------------------------------------------- 05
@case
def c05():
    cid = "b157-05-dinamica-e-entrevista-mesmo-dia"
    pat = ("Patrícia Lemos", "patricia.lemos@mandacaru-varejo.example")
    fel = ("Felipe Antunes", "felipe.antunes@mandacaru-varejo.example")
    san = ("Sandra Kobayashi", "sandra.kobayashi@mandacaru-varejo.example")
    sent = T(2026, 3, 13, 11, 2, 48)
    wd(sent, "sexta")
    start, end = T(2026, 3, 17, 9, 0), T(2026, 3, 17, 14, 0)
    wd(start, "terça")
    text = f"""Olá, Larissa, bom dia!

Parabéns! Você foi aprovada na etapa do case e queremos te conhecer pessoalmente.

A etapa presencial do processo para Analista de Inteligência de Mercado será na próxima terça-feira, 17/03, no nosso escritório:
Rua Gomes de Carvalho, 1.510 - 9º andar - Vila Olímpia - São Paulo/SP

Programação do dia:
• 9h00 às 11h30 - Dinâmica de grupo com outros 5 candidatos, conduzida por mim e pelo Felipe Antunes, do Recrutamento
• 11h30 às 13h00 - Almoço com o time (por nossa conta!)
• 13h00 às 14h00 - Entrevista individual com a gestora da área, Sandra Kobayashi

Recomendamos chegar às 8h45 para fazer o cadastro na portaria (leve um documento com foto).

Por favor, confirme sua presença respondendo este e-mail até hoje à noite. Se precisar falar com o Felipe, o e-mail dele é {fel[1]}; a Sandra está em cópia.

Até terça!

Patrícia Lemos
Analista de Recrutamento e Seleção | Grupo Mandacaru
(11) 3045-7720
"""
    mid = f"<CAK{alnum(cid + 'm', 40)}@mail.gmail.com>"
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("mail-sor-f41.google.com", "209.85.220.41", "mx.example.com", sent)),
        ("Return-Path", f"<{pat[1]}>"),
        ("From", addr(*pat)),
        ("Date", rfc(sent)),
        ("Message-ID", mid),
        ("Subject", hdr("Etapa presencial - Analista de Inteligência de Mercado | Grupo Mandacaru")),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Cc", addr(*san)),
    ]
    items = [("01-etapa-presencial.eml", eml(headers, gmail_alt(cid, text, "base64")))]
    # owner confirms
    sent2 = T(2026, 3, 13, 13, 26, 9)
    text2 = ("Oi, Patrícia, boa tarde!\n\nQue notícia boa, obrigada! Confirmo minha presença na terça, 17/03, às 9h. "
             "Chego às 8h45 para o cadastro.\n\nAté lá,\nLarissa\n\n") + quote_gmail(text, sent, pat[0], pat[1])
    h2 = [
        ("Delivered-To", OWNER),
        ("From", addr(OWNER_NAME, OWNER)),
        ("Date", rfc(sent2)),
        ("Message-ID", f"<CAJ{alnum(cid + 'r', 40)}@mail.gmail.com>"),
        ("In-Reply-To", mid), ("References", mid),
        ("Subject", hdr("Re: Etapa presencial - Analista de Inteligência de Mercado | Grupo Mandacaru")),
        ("To", addr(*pat)),
        ("Cc", addr(*san)),
    ]
    items.append(("02-re-etapa-presencial.eml", eml(h2, gmail_alt(cid + "r", text2))))
    label = {"interview": True,
             "interviews": [L("Grupo Mandacaru", "Analista de Inteligência de Mercado", start, end, "scheduled",
                              [pat[1], fel[1], san[1]], [pat[1], fel[1], san[1]], "onsite")],
             "difficulty": "hard", "category": "positive/same-day-loop-group-dynamic",
             "notes": "In-person day: dinâmica de grupo 9h-11h30 (run by two recruiters), lunch, then 13h-14h with "
                      "the hiring manager = one onsite 09:00-14:00 BRT. 8h45 is only the arrival time. Felipe's address "
                      "appears only in the body text."}
    return cid, items, label


# ---------------------------------------------------------------- 06 (negative)
@case
def c06():
    cid = "b157-06-banco-reuniao-com-o-gerente"
    ger = ("Marcos Vieira", "marcos.vieira@bancoaraucaria.example")
    sent = T(2026, 3, 17, 10, 20, 0)
    start, end = T(2026, 3, 19, 15, 0), T(2026, 3, 19, 15, 45)
    wd(start, "quinta")
    text = """Olá, Larissa!

Sua reunião com o gerente está confirmada.

Gerente de relacionamento: Marcos Vieira - Agência Pinheiros (0417)
Data: quinta-feira, 19/03/2026
Horário: 15h00 às 15h45 (horário de Brasília)
Local: Rua dos Pinheiros, 870 - Pinheiros - São Paulo/SP

Assuntos que você indicou:
• Portabilidade de salário e encerramento de conta
• Planejamento financeiro para mudança de país (Portugal)
• Atualização do seu perfil de investidor (questionário de suitability)

Leve um documento oficial com foto. O convite para sua agenda está em anexo.

Para remarcar, acesse o app Araucária > Atendimento > Minhas reuniões.

Banco Araucária S.A.
Este e-mail é automático, não responda. Nunca pedimos senhas ou códigos por e-mail, telefone ou WhatsApp.
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Banco Araucaria//Agenda Gerente 3.2//PT", "VERSION:2.0",
               "METHOD:REQUEST"] + VTZ_SAO_PAULO + [
        "BEGIN:VEVENT", f"UID:reuniao-{hx(cid, 20)}@agenda.bancoaraucaria.example", f"DTSTAMP:{zutc(sent)}",
        f"DTSTART;TZID=America/Sao_Paulo:{local(start)}", f"DTEND;TZID=America/Sao_Paulo:{local(end)}",
        "SUMMARY:Reunião com o gerente - Banco Araucária",
        "DESCRIPTION:" + esc("Reunião com seu gerente de relacionamento Marcos Vieira.\nAgência Pinheiros (0417)."),
        "LOCATION:" + esc("Agência Pinheiros - Rua dos Pinheiros, 870 - São Paulo/SP"),
        f"ORGANIZER;CN={ger[0]}:mailto:{ger[1]}", attendee(OWNER_NAME, OWNER),
        "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    body = multi("mixed", bnd(cid, "java"), [
        multi("alternative", bnd(cid + "a", "java"), [
            leaf("text/plain", text, "quoted-printable"),
            leaf("text/html", html_doc(html_from_text(text)), "quoted-printable"),
        ]),
        leaf("text/calendar", cal, "base64", 'charset="UTF-8"; method=REQUEST; name="reuniao.ics"',
             extra=['Content-Disposition: attachment; filename="reuniao.ics"']),
    ])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("smtp3.bancoaraucaria.example", "200.155.87.13", "mx.example.com", sent)),
        ("Return-Path", "<naoresponda@bancoaraucaria.example>"),
        ("From", addr("Banco Araucária", "naoresponda@bancoaraucaria.example")),
        ("To", OWNER),
        ("Subject", hdr("Reunião com o gerente confirmada - 19/03 às 15h00")),
        ("Date", rfc(sent)),
        ("Message-ID", f"<{hx(cid + 'm', 24)}.agenda@bancoaraucaria.example>"),
    ]
    items = [("01-reuniao-gerente-confirmada.eml", eml(headers, body))]
    label = {"interview": False, "interviews": [], "difficulty": "hard", "category": "negative/bank-manager-meeting",
             "notes": "'Reunião com o gerente' at the user's bank with an .ics invite from the manager; no hiring "
                      "process (gerente = account manager)."}
    return cid, items, label


# ---------------------------------------------------------------- 07
@case
def c07():
    cid = "b157-07-whatsapp-exportado-bate-papo"
    cam_mail = "camila.rocha@ondaazul-energia.example"
    start, end = T(2026, 3, 20, 11, 30), T(2026, 3, 20, 12, 0)
    wd(start, "sexta")
    wd(T(2026, 3, 23), "segunda")
    meet = meet_code(cid)
    chat = f"""18/03/2026 10:02 - As mensagens e as chamadas são protegidas com a criptografia de ponta a ponta. Somente as pessoas que fazem parte da conversa podem ler, ouvir e compartilhar esse conteúdo. Saiba mais
18/03/2026 10:02 - Camila Rocha Onda Azul: Oi Larissa, bom dia! Aqui é a Camila, do time de Talent da Onda Azul Energia 😊
18/03/2026 10:02 - Camila Rocha Onda Azul: Vi sua candidatura pra vaga de Analista de Dados (Pleno) e adorei seu perfil
18/03/2026 10:03 - Camila Rocha Onda Azul: Você teria disponibilidade pra um bate-papo de uns 30 min comigo por vídeo? Pode ser sexta (20/03) às 10h ou segunda (23/03) às 15h, horário de Brasília
18/03/2026 10:19 - Larissa: Oi Camila, bom dia! Que legal, obrigada!
18/03/2026 10:20 - Larissa: Sexta às 10h fica perfeito pra mim
18/03/2026 10:21 - Camila Rocha Onda Azul: Fechado! Sexta, 20/03, 10h. Te mando o link do Meet por aqui mesmo
18/03/2026 10:21 - Camila Rocha Onda Azul: Qualquer coisa meu e-mail é {cam_mail}
18/03/2026 10:22 - Larissa: <Mídia oculta>
18/03/2026 10:22 - Larissa: Te mandei meu CV atualizado aí 👆
18/03/2026 10:25 - Camila Rocha Onda Azul: Recebido! 👍
18/03/2026 19:40 - Camila Rocha Onda Azul: Larissa, desculpa o imprevisto 🙏 surgiu um comitê na sexta de manhã
18/03/2026 19:41 - Camila Rocha Onda Azul: Consegue às 11h30 no mesmo dia?
18/03/2026 19:52 - Larissa: Consigo sim, sem problema
18/03/2026 19:53 - Camila Rocha Onda Azul: Obrigada!! Então sexta, 11h30 ✅
18/03/2026 19:53 - Camila Rocha Onda Azul: https://meet.google.com/{meet}
18/03/2026 19:55 - Larissa: Combinado, até sexta!
"""
    sent = T(2026, 3, 18, 21, 17, 33)
    body_text = ("Histórico de conversa do WhatsApp com Camila Rocha Onda Azul anexado como "
                 "\"Conversa do WhatsApp com Camila Rocha Onda Azul.txt\".\n\n"
                 "Anexar mídia aumentará o tamanho do e-mail.\n")
    fname = "Conversa do WhatsApp com Camila Rocha Onda Azul.txt"
    body = multi("mixed", bnd(cid), [
        multi("alternative", bnd(cid + "a"), [
            leaf("text/plain", body_text, "quoted-printable"),
            leaf("text/html", '<div dir="auto">' + htmlmod.escape(body_text.strip()) + "</div>\n", "quoted-printable"),
        ]),
        leaf("text/plain", chat, "base64", f'charset="UTF-8"; name="{fname}"',
             extra=[f'Content-Disposition: attachment; filename="{fname}"',
                    f"X-Attachment-Id: f_{alnum(cid + 'att', 9)}0", f"Content-ID: <f_{alnum(cid + 'att', 9)}0>"]),
    ])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("mail-sor-f65.google.com", "209.85.220.65", "mx.example.com", sent)),
        ("Return-Path", f"<{OWNER}>"),
        ("From", addr(OWNER_NAME, OWNER)),
        ("Date", rfc(sent)),
        ("Message-ID", f"<CAG{alnum(cid + 'm', 40)}@mail.gmail.com>"),
        ("Subject", hdr("Conversa do WhatsApp com Camila Rocha Onda Azul")),
        ("To", OWNER),
    ]
    items = [("01-conversa-whatsapp-exportada.eml", eml(headers, body))]
    label = {"interview": True,
             "interviews": [L("Onda Azul Energia", "Analista de Dados (Pleno)", start, end, "scheduled",
                              [cam_mail], [cam_mail], "phone_screen")],
             "difficulty": "hard", "category": "positive/whatsapp-export-reschedule",
             "notes": "The user mailed herself an exported WhatsApp chat (.txt attachment). Recruiter offers Fri 20/03 "
                      "10h, the user accepts, then it moves to 11h30 the same day: final 11:30 BRT, ~30 min. The "
                      "recruiter conducts the video chat and gives her e-mail in the chat."}
    return cid, items, label


# ---------------------------------------------------------------- 08 (negative)
@case
def c08():
    cid = "b157-08-condominio-assembleia"
    sent = T(2026, 3, 20, 17, 45, 0)
    start, end = T(2026, 3, 26, 19, 30), T(2026, 3, 26, 22, 0)
    wd(start, "quinta")
    text = """EDITAL DE CONVOCAÇÃO
ASSEMBLEIA GERAL EXTRAORDINÁRIA - CONDOMÍNIO EDIFÍCIO JATOBÁ

Prezados condôminos,

Ficam os senhores convocados para a Assembleia Geral Extraordinária a realizar-se na quinta-feira, 26/03/2026, no salão de festas do edifício, às 19h30 em primeira convocação, com a presença mínima de metade dos condôminos, ou às 20h00 em segunda convocação, com qualquer número de presentes, para deliberar sobre a seguinte ordem do dia:

1. Eleição de síndico para o mandato 2026-2028 (candidatos inscritos: Sr. Aurélio - apto 52 e Sra. Lúcia - apto 121);
2. Contratação de novo zelador: apresentação dos candidatos entrevistados pelo Conselho Consultivo e votação;
3. Troca de administradora: o Conselho realizou entrevistas com três empresas candidatas; apresentação das propostas;
4. Assuntos gerais.

Os condôminos poderão se fazer representar por procuração com firma reconhecida. Condôminos inadimplentes não poderão votar (art. 1.335, III, do Código Civil).

O convite para sua agenda segue em anexo.

São Paulo, 20 de março de 2026.

Lar Paulista Administração de Condomínios
Departamento de Assembleias
assembleias@larpaulista-adm.example
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Lar Paulista//Portal do Condomino//PT-BR", "VERSION:2.0",
               "METHOD:PUBLISH"] + VTZ_SAO_PAULO + [
        "BEGIN:VEVENT", f"UID:age-jatoba-{hx(cid, 12)}@larpaulista-adm.example", f"DTSTAMP:{zutc(sent)}",
        f"DTSTART;TZID=America/Sao_Paulo:{local(start)}", f"DTEND;TZID=America/Sao_Paulo:{local(end)}",
        "SUMMARY:AGE Condomínio Edifício Jatobá - eleição de síndico e contratações",
        "DESCRIPTION:" + esc("1ª convocação 19h30 / 2ª convocação 20h00. Salão de festas."),
        "LOCATION:Salão de festas - Edifício Jatobá",
        "ORGANIZER;CN=Lar Paulista Administração:mailto:assembleias@larpaulista-adm.example",
        "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    body = multi("mixed", bnd(cid, "thunder"), [
        leaf("text/plain", text, "8bit", 'charset=UTF-8; format=flowed'),
        leaf("text/calendar", cal, "base64", 'charset=UTF-8; name="assembleia-jatoba.ics"',
             extra=['Content-Disposition: attachment; filename="assembleia-jatoba.ics"']),
    ], preamble="This is a multi-part message in MIME format.")
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("smtp.larpaulista-adm.example", "177.70.12.88", "mx.example.com", sent)),
        ("Return-Path", "<assembleias@larpaulista-adm.example>"),
        ("Message-ID", f"<{uuid_like(cid)}@larpaulista-adm.example>"),
        ("Date", rfc(sent)),
        ("User-Agent", "Mozilla Thunderbird"),
        ("Content-Language", "pt-BR"),
        ("From", addr("Lar Paulista - Assembleias", "assembleias@larpaulista-adm.example")),
        ("To", "condominos-jatoba@larpaulista-adm.example"),
        ("Bcc", None),
        ("Subject", hdr("Edital de Convocação - AGE Edifício Jatobá - 26/03")),
    ]
    items = [("01-edital-assembleia.eml", eml(headers, body))]
    label = {"interview": False, "interviews": [], "difficulty": "hard", "category": "negative/condominium-assembly",
             "notes": "Condominium assembly with an .ics; agenda mentions candidates, 'entrevistas' held by the board "
                      "with companies and a caretaker hire - the user is a resident, not a candidate."}
    return cid, items, label


# ---------------------------------------------------------------- 09
@case
def c09():
    cid = "b157-09-lisboa-teams-mudanca-de-hora"
    ines = ("Inês Carvalho", "ines.carvalho@mareviva-seguros.example")
    rui = ("Rui Baptista", "rui.baptista@mareviva-seguros.example")
    created = T(2026, 3, 23, 17, 48, 0, tz=LIS)
    sent = T(2026, 3, 24, 16, 5, 22, tz=LIS)
    assert sent.utcoffset() == timedelta(0)
    start, end = T(2026, 4, 1, 14, 0, tz=LIS), T(2026, 4, 1, 15, 0, tz=LIS)
    assert start.utcoffset() == timedelta(hours=1)
    wd(start, "quarta")
    wd(T(2026, 3, 29, tz=LIS), "domingo")
    assert start.astimezone(SP).hour == 10
    subject = "Entrevista - Analista de Dados (Pricing) | Maré Viva Seguros"
    cr = created
    text = f"""Olá Larissa,

Conforme combinado por telefone, reencaminho o convite do Rui Baptista, responsável pela equipa de Pricing, para a entrevista no âmbito da sua candidatura à posição de Analista de Dados (Pricing).

A entrevista decorre por Microsoft Teams na quarta-feira, 1 de abril, das 14h00 às 15h00, hora de Lisboa. Chamo a atenção para a mudança de hora: no domingo, 29 de março, Portugal passa para a hora de verão e a diferença para São Paulo passa a ser de 4 horas, pelo que a entrevista será às 10h00 no Brasil (e não às 11h00, como referi ao telefone).

Qualquer questão, estou ao dispor.

Com os melhores cumprimentos,
Inês Carvalho
Talent Acquisition | Maré Viva Seguros
Av. da Liberdade, 190 - 1250-147 Lisboa
+351 213 000 412

-----Compromisso Original-----
De: Rui Baptista
Enviada: {WD_FULL[cr.weekday()]}, {cr.day} de {MES[cr.month - 1]} de {cr.year} {hhmm(cr)}
Para: Rui Baptista; Inês Carvalho
Assunto: {subject}
Quando: quarta-feira, 1 de abril de 2026 14:00-15:00 (UTC+00:00) Dublin, Edimburgo, Lisboa, Londres.
Onde: Reunião do Microsoft Teams
"""
    m, _ = outlook_invite(
        cid, sent=sent, from_=addr(*ines), to=addr(OWNER_NAME, OWNER), subject=subject, organizer=rui,
        attendees=[(rui[0], rui[1], "ACCEPTED"), (ines[0], ines[1], "ACCEPTED", "OPT-PARTICIPANT"),
                   (OWNER_NAME, OWNER, "NEEDS-ACTION")],
        start=start, end=end, tzid="GMT Standard Time", vtz=VTZ_GMT_STANDARD, text=text, lang="pt-PT",
        uid="040000008200E00074C5B7101A82E00800000000" + hx(cid + "uid", 56).upper(),
        region="DB9PR02MB", domain_suffix="eurprd02.prod.outlook.com")
    items = [("01-convite-teams-encaminhado.eml", m)]
    label = {"interview": True,
             "interviews": [L("Maré Viva Seguros", "Analista de Dados (Pricing)", start, end, "scheduled",
                              [rui[1]], [rui[1]], "hiring_manager")],
             "difficulty": "hard", "category": "positive/exchange-windows-tzid-dst",
             "notes": "Forwarded Exchange meeting (organizer Rui, forwarded by the recruiter) with TZID 'GMT Standard "
                      "Time'. Sent in WET, interview after the 29 March switch: 14:00 WEST (+01:00) = 10:00 BRT. The "
                      "'(UTC+00:00) Dublin, Edimburgo, Lisboa, Londres' label is the zone's standard offset only."}
    return cid, items, label


# ---------------------------------------------------------------- 10 (negative)
@case
def c10():
    cid = "b157-10-detran-agendamento"
    sent = T(2026, 3, 23, 22, 4, 51)
    start, end = T(2026, 3, 27, 8, 40), T(2026, 3, 27, 9, 10)
    wd(start, "sexta")
    proto = str(int(hx(cid, 10), 16))[:12]
    text = f"""Poupatempo - Agendamento confirmado

Olá, LARISSA MONTEIRO PRADO

Seu atendimento foi agendado com sucesso.

Serviço: Renovação da CNH - exame médico
Órgão: Detran.SP
Unidade: Poupatempo Sé - Praça do Carmo, s/n - Centro - São Paulo/SP
Data: 27/03/2026 (sexta-feira)
Horário: 08:40
Protocolo: {proto}

Compareça com 15 minutos de antecedência, munido(a) de documento de identidade original com foto, CNH atual e comprovante de pagamento das taxas. No exame médico serão avaliadas acuidade visual e aptidão física e mental.

Não é necessário imprimir este e-mail. Para cancelar ou reagendar, acesse o portal ou o app Poupatempo Digital.

Este e-mail foi enviado automaticamente. Por favor, não responda.
"""
    body = multi("alternative", bnd(cid, "java"), [
        leaf("text/plain", text, "quoted-printable", 'charset="UTF-8"'),
        leaf("text/html", html_doc(html_from_text(text)), "quoted-printable"),
    ])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("mta02.poupatempo-sp.example", "200.144.31.2", "mx.example.com", sent)),
        ("Return-Path", "<naoresponda@poupatempo-sp.example>"),
        ("From", addr("Poupatempo", "naoresponda@poupatempo-sp.example")),
        ("To", OWNER),
        ("Subject", hdr(f"Agendamento confirmado - Renovação da CNH - Protocolo {proto}")),
        ("Date", rfc(sent)),
        ("Message-ID", f"<{hx(cid + 'm', 16)}.{int(hx(cid, 6), 16)}.JavaMail.poupatempo@mta02>"),
    ]
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Poupatempo//Agendamento//PT-BR", "CALSCALE:GREGORIAN",
               "METHOD:PUBLISH", "BEGIN:VEVENT", f"UID:{proto}@poupatempo-sp.example", f"DTSTAMP:{zutc(sent)}",
               f"DTSTART:{zutc(start)}", f"DTEND:{zutc(end)}",
               "SUMMARY:Poupatempo Sé - Renovação da CNH (exame médico)",
               "DESCRIPTION:" + esc(f"Protocolo {proto}. Compareça com 15 minutos de antecedência com documento "
                                    "original com foto."),
               "LOCATION:" + esc("Poupatempo Sé, Praça do Carmo, s/n, São Paulo - SP"),
               "END:VEVENT", "END:VCALENDAR"])
    items = [("01-agendamento-confirmado.eml", eml(headers, body)), ("02-agendamento-poupatempo.ics", cal)]
    label = {"interview": False, "interviews": [], "difficulty": "easy", "category": "negative/government-appointment",
             "notes": "Detran/Poupatempo appointment (driving-licence medical exam) as e-mail plus saved .ics."}
    return cid, items, label


# ---------------------------------------------------------------- 11
@case
def c11():
    cid = "b157-11-google-reagendada-lisboa"
    sofia = ("Sofia Gaspar", "sofia.gaspar@azulejo-analytics.example")
    tiago = ("Tiago Moura", "tiago.moura@azulejo-analytics.example")
    uid = alnum(cid + "uid", 26)
    title = "Entrevista técnica - Larissa Prado (Data Analyst)"
    s1, e1 = T(2026, 4, 15, 15, 0, tz=LIS), T(2026, 4, 15, 16, 0, tz=LIS)
    s2, e2 = T(2026, 4, 16, 16, 30, tz=LIS), T(2026, 4, 16, 17, 30, tz=LIS)
    wd(s1, "quarta")
    wd(s2, "quinta")
    sent1 = T(2026, 4, 9, 10, 12, 4, tz=LIS)
    sent2 = T(2026, 4, 13, 9, 47, 31, tz=LIS)
    d1 = ("Olá Larissa,\n\nEsta é a entrevista técnica para a posição de Data Analyst. O Tiago Moura (Lead Data "
          "Analyst) vai propor um pequeno caso prático em SQL, resolvido em conjunto e em direto - não precisa de "
          "preparar nada.\nA hora do convite ajusta-se ao seu fuso horário; em Lisboa serão 15h00.\n\n"
          "Sofia Gaspar | Recrutamento, Azulejo Analytics")
    d2 = ("Olá Larissa,\n\nA pedido do Tiago mudámos a entrevista técnica para quinta-feira, 16 de abril, às 16h30 "
          "(hora de Lisboa). O formato mantém-se: caso prático em SQL com o Tiago Moura (Lead Data Analyst), "
          "1 hora.\n\nObrigada pela flexibilidade!\nSofia Gaspar | Recrutamento, Azulejo Analytics")
    guests = [(sofia[0], sofia[1], "ACCEPTED"), (tiago[0], tiago[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")]
    m1 = google_invite(cid + "1", sent=sent1, organizer=sofia, guests=guests, title=title, start=s1, end=e1,
                       description=d1, uid_local=uid)
    m2 = google_invite(cid + "2", sent=sent2, organizer=sofia, guests=guests, title=title, start=s2, end=e2,
                       description=d2, uid_local=uid, sequence=1, kind="updated", created=sent1)
    items = [("01-convite-entrevista-tecnica.eml", m1), ("02-convite-atualizado.eml", m2)]
    label = {"interview": True,
             "interviews": [L("Azulejo Analytics", "Data Analyst", s2, e2, "scheduled", [tiago[1]], [tiago[1]],
                              "technical")],
             "difficulty": "medium", "category": "positive/google-reschedule-cross-timezone",
             "notes": "Lisbon company, pt-PT descriptions, but the owner's Google Calendar is in São Paulo so the "
                      "subjects show BRT. Updated invitation (SEQUENCE 1) moves Wed 15:00 Lisbon to Thu 16 Apr 16:30 "
                      "WEST = 12:30 BRT. Sofia only schedules; Tiago runs the SQL case."}
    return cid, items, label


# ---------------------------------------------------------------- 12 (negative)
@case
def c12():
    cid = "b157-12-visto-procura-de-trabalho"
    sent = T(2026, 4, 14, 9, 3, 12)
    start = T(2026, 4, 30, 10, 15)
    wd(start, "quinta")
    ref = "PRT-SAO-" + str(int(hx(cid, 8), 16))[:9]
    text = f"""Prezada LARISSA MONTEIRO PRADO,

O seu agendamento foi confirmado.

Referência: {ref}
Tipo de visto: Visto nacional para procura de trabalho qualificado
Posto: Centro de Pedidos de Visto de Portugal - São Paulo
Morada: Av. Paulista, 1.048 - 12º andar - Bela Vista - São Paulo/SP
Data: 30/04/2026 (quinta-feira)
Hora: 10:15 (hora local)

Deverá comparecer pessoalmente, com 15 minutos de antecedência, munido(a) de:
- passaporte válido e cópia;
- formulário de pedido de visto preenchido e assinado;
- comprovativo de meios de subsistência e de inscrição no IEFP (Instituto do Emprego e Formação Profissional);
- declaração de manifestação de interesse na procura de trabalho em Portugal;
- seguro de viagem.

Os Serviços Consulares poderão convocá-lo(a) para uma entrevista, caso considerem necessário.

Este é um e-mail automático. Não responda a esta mensagem.
Centro de Pedidos de Visto de Portugal no Brasil
"""
    body = multi("alternative", bnd(cid, "java"), [
        leaf("text/plain", text, "base64"),
        leaf("text/html", html_doc(html_from_text(text)), "base64"),
    ])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("mail.vistos-portugal-br.example", "52.67.10.44", "mx.example.com", sent)),
        ("Return-Path", "<no-reply@vistos-portugal-br.example>"),
        ("From", addr("Centro de Pedidos de Visto - Portugal", "no-reply@vistos-portugal-br.example")),
        ("To", OWNER),
        ("Subject", hdr(f"Confirmação de agendamento - {ref}")),
        ("Date", rfc(sent)),
        ("Message-ID", f"<{uuid_like(cid + 'm')}@vistos-portugal-br.example>"),
    ]
    items = [("01-confirmacao-agendamento-visto.eml", eml(headers, body))]
    label = {"interview": False, "interviews": [], "difficulty": "hard", "category": "negative/visa-appointment",
             "notes": "Visa appointment for a Portuguese job-seeker visa ('procura de trabalho', possible consular "
                      "'entrevista'): a non-job interview/appointment, not a hiring step."}
    return cid, items, label


# ---------------------------------------------------------------- 13 (cancelled only)
@case
def c13():
    cid = "b157-13-outlook-cancelamento"
    hen = ("Henrique Sato", "henrique.sato@cerradoagro.example")
    ali = ("Aline Duarte", "aline.duarte@cerradoagro.example")
    start, end = T(2026, 4, 23, 10, 0), T(2026, 4, 23, 11, 0)
    wd(start, "quinta")
    subject = "Entrevista técnica - Analista de Dados Pleno | Larissa Prado"
    uid = "040000008200E00074C5B7101A82E00800000000" + hx(cid + "uid", 56).upper()
    sent1 = T(2026, 4, 20, 9, 30, 41)
    text1 = """Olá, Larissa, tudo bem?

Segue o convite para a entrevista técnica da vaga de Analista de Dados Pleno. Vamos conversar sobre a sua experiência com Python e modelagem de dados e fazer um exercício rápido de SQL juntos.

A Aline, do Recrutamento, está como opcional no convite.

Abraço,
Henrique Sato
Coordenador de Engenharia de Dados | Cerrado Agro
"""
    atts = [(OWNER_NAME, OWNER, "NEEDS-ACTION"), (ali[0], ali[1], "NEEDS-ACTION", "OPT-PARTICIPANT")]
    m1, mid1 = outlook_invite(cid + "1", sent=sent1, from_=addr(*hen), to=addr(OWNER_NAME, OWNER), cc=addr(*ali),
                              subject=subject, organizer=hen, attendees=atts, start=start, end=end,
                              tzid="E. South America Standard Time", vtz=VTZ_E_SOUTH_AMERICA, text=text1, uid=uid)
    sent2 = T(2026, 4, 22, 15, 12, 7)
    wd(sent2, "quarta")
    text2 = """Oi, Larissa, tudo bem?

Infelizmente precisaremos cancelar a sua entrevista técnica de amanhã (quinta-feira, 23/04, às 10h) com o Henrique. A vaga de Analista de Dados Pleno foi congelada por conta de uma revisão de orçamento da área e ainda não temos previsão de reabertura.

Sinto muito pelo transtorno. Assim que tivermos novidades, eu te procuro. O Henrique vai retirar o convite da sua agenda.

Abraços,
Aline Duarte
Recrutamento & Seleção | Cerrado Agro
"""
    h2 = [
        ("Delivered-To", OWNER),
        ("Received", received("cp6p284mb2210.outbound.protection.outlook.com", "40.107.95.31", "mx.example.com", sent2)),
        ("From", addr(*ali)), ("To", addr(OWNER_NAME, OWNER)), ("CC", addr(*hen)),
        ("Subject", hdr("Cancelamento - entrevista técnica de quinta (23/04)")),
        ("Thread-Topic", hdr("Cancelamento - entrevista técnica de quinta (23/04)", "Thread-Topic")),
        ("Thread-Index", base64.b64encode(bytes.fromhex(hx("ti2" + cid, 44))).decode()),
        ("Date", rfc(sent2)),
        ("Message-ID", f"<CP6P284MB2210{hx(cid + 'm2', 12).upper()}@CP6P284MB2210.BRAP284.PROD.OUTLOOK.COM>"),
        ("Accept-Language", "pt-BR, en-US"), ("Content-Language", "pt-BR"),
    ]
    m2 = eml(h2, multi("alternative", bnd(cid + "2", "outlook"), [
        leaf("text/plain", text2, "quoted-printable", 'charset="utf-8"'),
        leaf("text/html", html_doc(html_from_text(text2, "font-family:Aptos,Calibri,sans-serif;font-size:11pt")),
             "quoted-printable", 'charset="utf-8"'),
    ]))
    sent3 = T(2026, 4, 22, 15, 20, 55)
    text3 = "Larissa, conforme a Aline explicou, estou cancelando a entrevista. Obrigado pela compreensão.\nHenrique\n"
    m3, _ = outlook_invite(cid + "3", sent=sent3, from_=addr(*hen), to=addr(OWNER_NAME, OWNER), cc=addr(*ali),
                           subject="Cancelado: " + subject, organizer=hen, attendees=atts, start=start, end=end,
                           tzid="E. South America Standard Time", vtz=VTZ_E_SOUTH_AMERICA, text=text3,
                           method="CANCEL", sequence=1, uid=uid, importance="high")
    items = [("01-convite-entrevista-tecnica.eml", m1), ("02-cancelamento-recrutadora.eml", m2),
             ("03-cancelado-outlook.eml", m3)]
    label = {"interview": True,
             "interviews": [L("Cerrado Agro", "Analista de Dados Pleno", start, end, "cancelled", [hen[1]], [hen[1]],
                              "technical")],
             "difficulty": "medium", "category": "positive/cancellation",
             "notes": "Exchange invite ('E. South America Standard Time', single -03:00 rule), recruiter e-mail "
                      "cancelling 'amanhã (quinta-feira, 23/04)', then METHOD:CANCEL SEQUENCE 1. Kept as cancelled."}
    return cid, items, label


# ---------------------------------------------------------------- 14 (negative)
@case
def c14():
    cid = "b157-14-gupy-link-para-agendar"
    sent = T(2026, 4, 24, 17, 2, 10)
    slots = [T(2026, 4, 28, 10, 0), T(2026, 4, 28, 14, 0), T(2026, 4, 29, 9, 30), T(2026, 4, 29, 16, 0)]
    wd(slots[0], "terça")
    wd(slots[2], "quarta")
    link = f"https://ipesaude.gupy.io/candidates/schedule/{alnum(cid, 24)}"
    text = f"""Olá, Larissa!

A Ipê Saúde quer conversar com você sobre a vaga de Analista de Dados - Saúde Populacional.

Escolha o melhor horário para a sua entrevista com a área pelo link abaixo. Os horários disponíveis neste momento são:

- 28/04 (terça-feira): 10:00 ou 14:00
- 29/04 (quarta-feira): 09:30 ou 16:00
(horário de Brasília, duração de 45 minutos)

Escolher horário: {link}

Atenção: a entrevista só será confirmada depois que você escolher um horário. Os horários são preenchidos por ordem de escolha e o link expira em 27/04 às 18h.

Boa sorte!
Time de Recrutamento | Ipê Saúde

--
E-mail automático enviado pela Gupy em nome de Ipê Saúde. Não responda esta mensagem.
"""
    body = multi("alternative", bnd(cid, "java"), [
        leaf("text/plain", text, "quoted-printable"),
        leaf("text/html", html_doc(html_from_text(text)), "quoted-printable"),
    ])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("a8-40.smtp-out.amazonses.com", "54.240.8.40", "mx.example.com", sent)),
        ("Return-Path", f"<0100018{hx(cid + 'rp', 13)}-{uuid_like(cid)}-000000@amazonses.com>"),
        ("From", "=?UTF-8?Q?Ip=C3=AA_Sa=C3=BAde?= <naoresponda@gupy.io>"),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", hdr("Ipê Saúde | Agende sua entrevista")),
        ("Date", rfc(sent.astimezone(UTC))),
        ("Message-ID", f"<0100018{hx(cid + 'mid', 13)}-{uuid_like(cid + 'mid')}-000000@email.amazonses.com>"),
    ]
    items = [("01-gupy-agende-sua-entrevista.eml", eml(headers, body))]
    label = {"interview": False, "interviews": [], "difficulty": "hard", "category": "negative/availability-request",
             "notes": "Gupy self-scheduling link listing four open slots; nothing is booked (text says it is only "
                      "confirmed after choosing). No later confirmation in the case."}
    return cid, items, label


# ---------------------------------------------------------------- 15
@case
def c15():
    cid = "b157-15-thread-lisboa-proposta-e-mudanca"
    joao = ("João Pestana", "joao.pestana@fadopay.example")
    marta = ("Marta Quintela", "marta.quintela@fadopay.example")
    subj = "Fado Pay | Entrevista - Data Analyst (Risco de Crédito)"
    start, end = T(2026, 5, 5, 16, 30, tz=LIS), T(2026, 5, 5, 17, 15, tz=LIS)
    wd(start, "terça")
    assert T(2026, 5, 5, 15, 0, tz=LIS).astimezone(SP).hour == 11
    assert start.astimezone(SP).strftime("%H:%M") == "12:30"
    sig_j = "\nCumprimentos,\nJoão Pestana\nTalent Partner | Fado Pay\nRua do Alecrim, 47 - 1200-014 Lisboa\n"
    outlook_hdrs = lambda seed, dt: [
        ("Received", received("db9pr02mb7411.outbound.protection.outlook.com", "40.107.8.47", "mx.example.com", dt)),
        ("Thread-Topic", hdr(subj, "Thread-Topic")),
        ("Thread-Index", base64.b64encode(bytes.fromhex(hx("ti" + seed, 44))).decode()),
        ("Accept-Language", "pt-PT, en-US"), ("Content-Language", "pt-PT")]

    def o_mid(seed):
        return f"<DB9PR02MB7411{hx(seed, 12).upper()}@DB9PR02MB7411.eurprd02.prod.outlook.com>"

    def g_mid(seed):
        return f"<CAH{alnum(seed, 40)}@mail.gmail.com>"

    msgs = []
    # 1 João proposes
    d1 = T(2026, 4, 27, 11, 20, 5, tz=LIS)
    t1 = ("Cara Larissa,\n\nObrigado pelo seu tempo na conversa da semana passada. Gostaríamos de avançar para uma "
          "entrevista com a Marta Quintela, Head of Data, para a posição de Data Analyst (Risco de Crédito).\n\n"
          "Proponho terça-feira, 5 de maio, às 15h00 (hora de Lisboa), com a duração de 45 minutos, por Google Meet. "
          "Dá-lhe jeito?\n" + sig_j)
    m1 = o_mid(cid + "1")
    msgs.append(("01-proposta-entrevista.eml", d1, joao, [("To", addr(OWNER_NAME, OWNER))], subj, t1, m1, [], "o"))
    # 2 Larissa confirms
    d2 = T(2026, 4, 27, 9, 3, 44)
    t2 = ("Olá, João, bom dia!\n\nObrigada! Confirmo a terça, 5 de maio, às 15h00 de Lisboa (11h00 aqui em São Paulo).\n\n"
          "Até lá,\nLarissa\n\n" + quote_gmail(t1, d1, joao[0], joao[1]))
    m2 = g_mid(cid + "2")
    msgs.append(("02-re-confirmacao.eml", d2, (OWNER_NAME, OWNER), [("To", addr(*joao))], "Re: " + subj, t2, m2, [m1], "g"))
    # 3 João asks to move
    d3 = T(2026, 4, 29, 17, 45, 18, tz=LIS)
    t3 = ("Larissa,\n\nPeço desculpa, mas a Marta tem agora uma reunião de direção nessa hora. Conseguimos passar para o "
          "mesmo dia às 16h30, hora de Lisboa (12h30 em São Paulo)? Mantém-se a duração.\n" + sig_j + "\n"
          + quote_outlook_pt(t2, d2, f"{OWNER_NAME} <{OWNER}>", f"João Pestana <{joao[1]}>", "Re: " + subj))
    m3 = o_mid(cid + "3")
    msgs.append(("03-pedido-de-alteracao.eml", d3, joao, [("To", addr(OWNER_NAME, OWNER))], "RE: " + subj, t3, m3, [m1, m2], "o"))
    # 4 Larissa agrees
    d4 = T(2026, 4, 29, 14, 10, 2)
    t4 = ("Sem problema, João! 16h30 de Lisboa fica ótimo para mim.\n\nLarissa\n\n" + quote_gmail(t3, d3, joao[0], joao[1]))
    m4 = g_mid(cid + "4")
    msgs.append(("04-re-aceite.eml", d4, (OWNER_NAME, OWNER), [("To", addr(*joao))], "Re: " + subj, t4, m4, [m1, m2, m3], "g"))
    # 5 João final confirmation, cc Marta
    d5 = T(2026, 4, 30, 9, 2, 37, tz=LIS)
    t5 = ("Bom dia Larissa,\n\nPerfeito, fica então confirmado: terça-feira, 5 de maio, das 16h30 às 17h15 (hora de "
          "Lisboa). Coloco a Marta em cópia; ela enviar-lhe-á o link do Google Meet.\n" + sig_j + "\n"
          + quote_outlook_pt(t4, d4, f"{OWNER_NAME} <{OWNER}>", f"João Pestana <{joao[1]}>", "Re: " + subj))
    m5 = o_mid(cid + "5")
    msgs.append(("05-confirmacao-final.eml", d5, joao, [("To", addr(OWNER_NAME, OWNER)), ("CC", addr(*marta))],
                 "RE: " + subj, t5, m5, [m1, m2, m3, m4], "o"))
    items = []
    for fname, dt, frm, rcpt, s, t, mid, refs, style in msgs:
        h = [("Delivered-To", OWNER)]
        if style == "o":
            h += outlook_hdrs(mid, dt)[:1]
        h += [("From", addr(*frm))] + rcpt + [("Subject", hdr(s)), ("Date", rfc(dt)), ("Message-ID", mid)]
        if refs:
            h += [("In-Reply-To", refs[-1]), ("References", " ".join(refs))]
        if style == "o":
            h += outlook_hdrs(mid, dt)[1:]
            body = multi("alternative", bnd(mid, "outlook"), [
                leaf("text/plain", t, "quoted-printable", 'charset="utf-8"'),
                leaf("text/html", html_doc(html_from_text(t, "font-family:Calibri,sans-serif;font-size:11pt")),
                     "quoted-printable", 'charset="utf-8"')])
        else:
            body = gmail_alt(mid, t)
        items.append((fname, eml(h, body)))
    label = {"interview": True,
             "interviews": [L("Fado Pay", "Data Analyst (Risco de Crédito)", start, end, "scheduled", [marta[1]],
                              [marta[1]], "hiring_manager")],
             "difficulty": "hard", "category": "positive/thread-propose-confirm-move",
             "notes": "pt-PT Outlook recruiter vs pt-BR Gmail candidate. 15h00 Lisbon proposed and accepted (11h00 SP), "
                      "then moved to 16h30 Lisbon the same day; final 16:30-17:15 WEST. Head of Data (cc'd in the last "
                      "message) conducts it."}
    return cid, items, label


# ---------------------------------------------------------------- 16 (negative)
@case
def c16():
    cid = "b157-16-gupy-reprovacao-apos-entrevista"
    sent = T(2026, 5, 12, 18, 44, 3)
    past = T(2026, 5, 7)
    wd(past, "quinta")
    text = """Olá, Larissa!

Queremos agradecer muito a sua participação no processo seletivo para a vaga de Analista de BI na Vinícola Coxilha, especialmente pela conversa na entrevista com o gestor na última quinta-feira (07/05).

Depois de uma análise cuidadosa, decidimos seguir com outra pessoa candidata, cujo perfil está mais alinhado ao momento atual do time.

Sabemos que essa não é a notícia que você esperava. Seu currículo continuará no nosso banco de talentos e poderá ser considerado para novas oportunidades e futuros processos seletivos.

Feedback do time: sua entrevista foi muito bem avaliada em comunicação e domínio de SQL; sentimos falta de mais experiência com o setor de bebidas e vinhos.

Desejamos muito sucesso!
Time de Gente | Vinícola Coxilha

--
E-mail automático enviado pela Gupy em nome de Vinícola Coxilha. Não responda esta mensagem.
"""
    body = multi("alternative", bnd(cid, "java"), [
        leaf("text/plain", text, "quoted-printable"),
        leaf("text/html", html_doc(html_from_text(text)), "quoted-printable"),
    ])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("a8-55.smtp-out.amazonses.com", "54.240.8.55", "mx.example.com", sent)),
        ("Return-Path", f"<0100018{hx(cid + 'rp', 13)}-{uuid_like(cid)}-000000@amazonses.com>"),
        ("From", "=?UTF-8?Q?Vin=C3=ADcola_Coxilha?= <naoresponda@gupy.io>"),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", hdr("Vinícola Coxilha | Atualização sobre o processo seletivo")),
        ("Date", rfc(sent.astimezone(UTC))),
        ("Message-ID", f"<0100018{hx(cid + 'mid', 13)}-{uuid_like(cid + 'mid')}-000000@email.amazonses.com>"),
    ]
    items = [("01-gupy-atualizacao-processo.eml", eml(headers, body))]
    label = {"interview": False, "interviews": [], "difficulty": "medium", "category": "negative/rejection",
             "notes": "Gupy rejection that refers to a past 'entrevista com o gestor' (07/05); no interview is "
                      "announced in the case itself."}
    return cid, items, label


# ---------------------------------------------------------------- 17 (two interviews)
@case
def c17():
    cid = "b157-17-duas-etapas-jangada"
    raf = ("Rafaela Menezes", "rafaela.menezes@jangada-mob.example")
    gus = ("Gustavo Ferreira", "gustavo.ferreira@jangada-mob.example")
    role = "Analista de Dados Pleno - Pricing"
    d1 = T(2026, 5, 4, 14, 22, 30)
    wd(d1, "segunda")
    s1, e1 = T(2026, 5, 7, 16, 0), T(2026, 5, 7, 16, 30)
    wd(s1, "quinta")
    t1 = """Oi, Larissa, tudo bem?

Sou a Rafaela, recrutadora da Jangada Mobilidade. Recebemos sua candidatura para Analista de Dados Pleno - Pricing e eu gostaria de bater um papo inicial com você: coisa de meia hora, para eu entender seu momento e explicar como funciona o processo por aqui.

Pode ser na quinta-feira agora, às 16h (horário de Brasília), pelo Google Meet? Se não der, me sugere outro horário.

Abs,
Rafaela Menezes
Tech Recruiter | Jangada Mobilidade
"""
    m1 = f"<CAF{alnum(cid + '1', 40)}@mail.gmail.com>"
    d2 = T(2026, 5, 4, 15, 5, 9)
    t2 = "Oi, Rafaela! Tudo ótimo.\n\nQuinta às 16h está ótimo para mim. Obrigada!\n\nLarissa\n\n" + quote_gmail(t1, d1, *raf)
    m2 = f"<CAJ{alnum(cid + '2', 40)}@mail.gmail.com>"
    d3 = T(2026, 5, 4, 15, 31, 44)
    meet = meet_code(cid)
    t3 = (f"Perfeito! Link da chamada: https://meet.google.com/{meet}\n\nAté quinta!\nRafaela\n\n"
          + quote_gmail(t2, d2, OWNER_NAME, OWNER))
    m3 = f"<CAF{alnum(cid + '3', 40)}@mail.gmail.com>"
    subj = "Processo seletivo Jangada - Analista de Dados Pleno"
    items = []
    for fname, dt, frm, to, s, t, mid, refs in [
        ("01-convite-bate-papo.eml", d1, raf, (OWNER_NAME, OWNER), subj, t1, m1, []),
        ("02-re-confirmacao.eml", d2, (OWNER_NAME, OWNER), raf, "Re: " + subj, t2, m2, [m1]),
        ("03-re-link-meet.eml", d3, raf, (OWNER_NAME, OWNER), "Re: " + subj, t3, m3, [m1, m2]),
    ]:
        h = [("Delivered-To", OWNER), ("From", addr(*frm)), ("Date", rfc(dt)), ("Message-ID", mid)]
        if refs:
            h += [("In-Reply-To", refs[-1]), ("References", " ".join(refs))]
        h += [("Subject", hdr(s)), ("To", addr(*to))]
        items.append((fname, eml(h, gmail_alt(mid, t))))
    # Gupy: technical interview
    d4 = T(2026, 5, 8, 10, 5, 51)
    s2, e2 = T(2026, 5, 12, 10, 0), T(2026, 5, 12, 11, 30)
    wd(s2, "terça")
    t4 = f"""Olá, Larissa!

Você avançou para a etapa Entrevista Técnica do processo seletivo para a vaga de {role} na Jangada Mobilidade.

Data: 12/05/2026 (terça-feira)
Horário: 10:00 às 11:30 (horário de Brasília)
Formato: online - Google Meet: https://meet.google.com/{meet_code(cid + 'tec')}
Entrevistador: Gustavo Ferreira (Tech Lead de Dados)

Nesta etapa você vai resolver um problema de precificação dinâmica junto com o entrevistador, usando SQL e Python. Você pode usar o ambiente de sua preferência.

O convite para sua agenda está anexado a este e-mail.

Dúvidas? Fale com rafaela.menezes@jangada-mob.example

Boa sorte!
Time de Recrutamento | Jangada Mobilidade

--
E-mail automático enviado pela Gupy em nome de Jangada Mobilidade. Não responda esta mensagem.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Gupy//Agendamento de Entrevistas//PT-BR", "METHOD:REQUEST",
               "BEGIN:VEVENT", f"UID:interview-{int(hx(cid, 7), 16)}@gupy.io", f"DTSTAMP:{zutc(d4)}",
               f"DTSTART:{zutc(s2)}", f"DTEND:{zutc(e2)}",
               "SUMMARY:" + esc(f"Entrevista Técnica - {role} - Jangada Mobilidade"),
               "DESCRIPTION:" + esc(f"Entrevistador: Gustavo Ferreira\nLink: https://meet.google.com/{meet_code(cid + 'tec')}"),
               f"LOCATION:https://meet.google.com/{meet_code(cid + 'tec')}",
               "ORGANIZER;CN=Jangada Mobilidade:mailto:naoresponda@gupy.io",
               attendee(gus[0], gus[1], "ACCEPTED"), attendee(OWNER_NAME, OWNER),
               "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    body = multi("mixed", bnd(cid + "g", "java"), [
        multi("alternative", bnd(cid + "ga", "java"), [
            leaf("text/plain", t4, "quoted-printable"),
            leaf("text/html", html_doc(html_from_text(t4)), "quoted-printable"),
        ]),
        leaf("application/octet-stream", cal, "base64", 'name="entrevista.ics"',
             extra=['Content-Disposition: attachment; filename="entrevista.ics"']),
    ])
    h4 = [
        ("Delivered-To", OWNER),
        ("Received", received("a8-61.smtp-out.amazonses.com", "54.240.8.61", "mx.example.com", d4)),
        ("Return-Path", f"<0100018{hx(cid + 'rp', 13)}-{uuid_like(cid)}-000000@amazonses.com>"),
        ("From", "Jangada Mobilidade <naoresponda@gupy.io>"),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Subject", hdr("Jangada Mobilidade | Você avançou para a etapa Entrevista Técnica")),
        ("Date", rfc(d4.astimezone(UTC))),
        ("Message-ID", f"<0100018{hx(cid + 'mid', 13)}-{uuid_like(cid + 'mid')}-000000@email.amazonses.com>"),
    ]
    items.append(("04-gupy-entrevista-tecnica.eml", eml(h4, body)))
    label = {"interview": True,
             "interviews": [
                 L("Jangada Mobilidade", role, s1, e1, "scheduled", [raf[1]], [raf[1]], "phone_screen"),
                 L("Jangada Mobilidade", role, s2, e2, "scheduled", [gus[1]], [gus[1]], "technical")],
             "difficulty": "medium", "category": "positive/two-interviews-same-company",
             "notes": "Recruiter chat proposed as 'quinta-feira agora, às 16h' in a Monday 04/05 mail -> Thu 07/05 "
                      "16:00-16:30 BRT ('meia hora'); then a Gupy notification with .ics for the technical round on "
                      "12/05 10:00-11:30. Two distinct interviews."}
    return cid, items, label


# ---------------------------------------------------------------- 18 (negative, Calendar API)
@case
def c18():
    cid = "b157-18-user-entrevistadora-voluntaria"
    start, end = T(2026, 5, 26, 19, 0), T(2026, 5, 26, 19, 40)
    wd(start, "terça")
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx(cid, 13), 16)}\"",
        "id": alnum(cid + "id", 26),
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + google_eid(alnum(cid + "id", 26)),
        "created": "2026-05-18T13:02:11.000Z",
        "updated": "2026-05-19T22:40:57.318Z",
        "summary": "Entrevista de seleção | Bolsa Dados para Todas | Bruna Teles",
        "description": ("Oi Larissa! Obrigada por topar ser entrevistadora voluntária nesta edição 💜\n\n"
                        "Você vai conduzir a entrevista com a candidata Bruna Teles (40 min). O roteiro e a ficha de "
                        "avaliação estão na pasta do Drive das entrevistadoras. Lembre de preencher a ficha até "
                        "sexta.\n\nCoordenação - Programa Dados para Todas"),
        "creator": {"email": "coordenacao@dadosparatodas.example", "displayName": "Coordenação Dados para Todas"},
        "organizer": {"email": "coordenacao@dadosparatodas.example", "displayName": "Coordenação Dados para Todas"},
        "start": {"dateTime": iso(start), "timeZone": "America/Sao_Paulo"},
        "end": {"dateTime": iso(end), "timeZone": "America/Sao_Paulo"},
        "iCalUID": alnum(cid + "id", 26) + "@google.com",
        "sequence": 1,
        "attendees": [
            {"email": "coordenacao@dadosparatodas.example", "displayName": "Coordenação Dados para Todas",
             "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
            {"email": "bruna.teles.dados@example.net", "displayName": "Bruna Teles", "responseStatus": "accepted"},
        ],
        "hangoutLink": f"https://meet.google.com/{meet_code(cid)}",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{meet_code(cid)}",
                             "label": f"meet.google.com/{meet_code(cid)}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": meet_code(cid)},
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    items = [("01-entrevista-bolsa.gcal.json", json.dumps(ev, ensure_ascii=False, indent=2) + "\n")]
    label = {"interview": False, "interviews": [], "difficulty": "hard", "category": "negative/user-is-interviewer",
             "notes": "Calendar API event titled 'Entrevista de seleção' where the user is the volunteer interviewer "
                      "for a bootcamp scholarship candidate."}
    return cid, items, label


# ---------------------------------------------------------------- 19 (Calendar API)
@case
def c19():
    cid = "b157-19-gcal-conversa-final-fundadora"
    ren = ("Renata Okada", "renata.okada@cajucredito.example")
    start, end = T(2026, 5, 20, 17, 0), T(2026, 5, 20, 17, 45)
    wd(start, "quarta")
    eid = alnum(cid + "id", 26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx(cid, 13), 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + google_eid(eid),
        "created": "2026-05-15T20:11:42.000Z",
        "updated": "2026-05-15T20:14:09.902Z",
        "summary": "Caju Crédito | Conversa final com a fundadora - Larissa Prado",
        "description": ("Oi Larissa! Esta é a última etapa do processo seletivo para Analista de Dados Sênior: um "
                        "bate-papo de 45 minutos com a Renata Okada, CEO e cofundadora da Caju. Não é preciso preparar "
                        "apresentação.\n\nQualquer dúvida, fale com talentos@cajucredito.example."),
        "creator": {"email": "talentos@cajucredito.example", "displayName": "Talentos Caju"},
        "organizer": {"email": "talentos@cajucredito.example", "displayName": "Talentos Caju"},
        "start": {"dateTime": iso(start), "timeZone": "America/Sao_Paulo"},
        "end": {"dateTime": iso(end), "timeZone": "America/Sao_Paulo"},
        "iCalUID": eid + "@google.com",
        "sequence": 0,
        "attendees": [
            {"email": "talentos@cajucredito.example", "displayName": "Talentos Caju", "organizer": True,
             "responseStatus": "accepted"},
            {"email": ren[1], "displayName": ren[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"},
        ],
        "hangoutLink": f"https://meet.google.com/{meet_code(cid)}",
        "conferenceData": {
            "entryPoints": [
                {"entryPointType": "video", "uri": f"https://meet.google.com/{meet_code(cid)}",
                 "label": f"meet.google.com/{meet_code(cid)}"},
                {"entryPointType": "phone", "uri": "tel:+55-11-4935-7731", "label": "+55 11 4935-7731",
                 "pin": str(int(hx(cid + 'pin', 8), 16))[:9], "regionCode": "BR"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": meet_code(cid)},
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    items = [("01-conversa-final.gcal.json", json.dumps(ev, ensure_ascii=False, indent=2) + "\n")]
    label = {"interview": True,
             "interviews": [L("Caju Crédito", "Analista de Dados Sênior", start, end, "scheduled", [ren[1]], [ren[1]],
                              "hiring_manager")],
             "difficulty": "medium", "category": "positive/gcal-json-founder-chat",
             "notes": "Calendar API event: final 'bate-papo' with the CEO/co-founder, explicitly the last process step. "
                      "Organizer is a group address (talentos@), so it is neither interviewer nor follow-up recipient."}
    return cid, items, label


# ---------------------------------------------------------------- 20 (panel after EU DST end, standalone .ics)
@case
def c20():
    cid = "b157-20-lisboa-painel-fim-hora-de-verao"
    car = ("Carolina Meireles", "carolina.meireles@ribeira-energia.example")
    nun = ("Nuno Figueiredo", "nuno.figueiredo@ribeira-energia.example")
    hel = ("Helena Sá", "helena.sa@ribeira-energia.example")
    sent = T(2026, 10, 20, 11, 40, 16, tz=LIS)
    assert sent.utcoffset() == timedelta(hours=1)
    start, end = T(2026, 10, 26, 10, 0, tz=LIS), T(2026, 10, 26, 11, 15, tz=LIS)
    assert start.utcoffset() == timedelta(0)
    assert start.astimezone(SP).hour == 7
    wd(start, "segunda")
    wd(T(2026, 10, 25, tz=LIS), "domingo")
    text = f"""Olá Larissa,

Tenho o gosto de a convidar para a última fase do processo de recrutamento para Senior Data Analyst: uma entrevista em painel, por Microsoft Teams.

Quando: segunda-feira, 26 de outubro, das 10h00 às 11h15 (hora de Lisboa)
Painel: Nuno Figueiredo (Diretor de Analytics) e Helena Sá (People Partner)

Atenção à mudança de hora: no domingo, 25 de outubro, os relógios em Portugal atrasam uma hora e a diferença para o Brasil volta a ser de 3 horas. Assim, as 10h00 em Lisboa serão 7h00 em São Paulo.

Segue em anexo o convite (.ics) para a sua agenda. Se precisar de alterar, responda-me diretamente.

Com os melhores cumprimentos,
Carolina Meireles
Recrutamento | Ribeira Energia
{car[1]}
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Ribeira Energia//Recrutamento 2.4//PT", "VERSION:2.0", "METHOD:REQUEST"]
              + VTZ_LISBON + [
        "BEGIN:VEVENT", f"UID:{uuid_like(cid + 'uid')}@ribeira-energia.example", f"DTSTAMP:{zutc(sent)}",
        f"DTSTART;TZID=Europe/Lisbon:{local(start)}", f"DTEND;TZID=Europe/Lisbon:{local(end)}",
        "SUMMARY:Entrevista em painel - Senior Data Analyst - Larissa Prado",
        "DESCRIPTION:" + esc("Painel: Nuno Figueiredo (Diretor de Analytics) e Helena Sá (People Partner).\n"
                             f"Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_{alnum(cid, 40)}%40thread.v2/0"),
        "LOCATION:Microsoft Teams",
        f"ORGANIZER;CN={car[0]}:mailto:{car[1]}",
        attendee(nun[0], nun[1], "ACCEPTED"), attendee(hel[0], hel[1], "ACCEPTED"), attendee(OWNER_NAME, OWNER),
        "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    body = multi("mixed", bnd(cid), [
        gmail_alt(cid + "alt", text),
        leaf("text/calendar", cal, "base64", 'charset="UTF-8"; name="entrevista-painel.ics"',
             extra=['Content-Disposition: attachment; filename="entrevista-painel.ics"']),
    ])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received("mail-sor-f45.google.com", "209.85.220.45", "mx.example.com", sent)),
        ("From", addr(*car)), ("Date", rfc(sent)),
        ("Message-ID", f"<CAB{alnum(cid + 'm', 40)}@mail.gmail.com>"),
        ("Subject", hdr("Ribeira Energia - Entrevista em painel (Senior Data Analyst)")),
        ("To", addr(OWNER_NAME, OWNER)),
        ("Cc", f"{addr(*nun)}, {addr(*hel)}"),
    ]
    items = [("01-convite-painel.eml", eml(headers, body)), ("02-entrevista-painel.ics", cal)]
    label = {"interview": True,
             "interviews": [L("Ribeira Energia", "Senior Data Analyst", start, end, "scheduled", [nun[1], hel[1]],
                              [nun[1], hel[1]], "onsite")],
             "difficulty": "hard", "category": "positive/panel-eu-dst-end",
             "notes": "Sent on 20 Oct in WEST; panel on Mon 26 Oct, the day after Portugal returns to WET: 10:00+00:00 "
                      "= 07:00 BRT. Same invite as e-mail attachment and saved standalone .ics (one interview). Panel "
                      "with two interviewers -> onsite."}
    return cid, items, label


# ---------------------------------------------------------------- 21 (cancel + re-book as new event)
@case
def c21():
    cid = "b157-21-solides-cancelada-e-remarcada"
    dan = ("Daniela Prates", "daniela.prates@quintal-alimentos.example")
    vin = ("Vinícius Barros", "vinicius.barros@quintal-alimentos.example")
    role = "Analista de Dados Pleno"
    s1, e1 = T(2026, 6, 10, 15, 0), T(2026, 6, 10, 16, 0)
    s2, e2 = T(2026, 6, 18, 11, 0), T(2026, 6, 18, 12, 0)
    wd(s1, "quarta")
    wd(s2, "quinta")

    def solides_mail(seed, sent, start, end, wd_name):
        meet = meet_code(seed)
        text = f"""Olá, Larissa!

A Quintal Alimentos agendou uma entrevista com você para a vaga de {role}.

Data: {start.strftime('%d/%m/%Y')} ({wd_name})
Horário: {hhmm(start)} - {hhmm(end)} (horário de Brasília)
Entrevistadora: {dan[0]} ({dan[1]})
Local: Google Meet - https://meet.google.com/{meet}

Adicione o evento à sua agenda com o arquivo anexo.

Boa entrevista!
Sólides | Recrutamento e Seleção
Este e-mail foi enviado automaticamente. Não responda.
"""
        cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Solides//Recrutamento//PT-BR", "METHOD:PUBLISH",
                   "BEGIN:VEVENT", f"UID:{uuid_like(seed + 'uid')}", f"DTSTAMP:{zutc(sent)}",
                   f"DTSTART:{local(start)}", f"DTEND:{local(end)}",
                   "SUMMARY:" + esc(f"Entrevista - {role} - Quintal Alimentos"),
                   "DESCRIPTION:" + esc(f"Entrevista com {dan[0]}. Link: https://meet.google.com/{meet}"),
                   f"LOCATION:https://meet.google.com/{meet}",
                   f"ORGANIZER;CN={dan[0]}:mailto:{dan[1]}", attendee(OWNER_NAME, OWNER),
                   "END:VEVENT", "END:VCALENDAR"])
        body = multi("mixed", bnd(seed, "java"), [
            multi("alternative", bnd(seed + "a", "java"), [
                leaf("text/plain", text, "8bit"),
                leaf("text/html", html_doc(html_from_text(text)), "base64"),
            ]),
            leaf("text/calendar", cal, "base64", 'charset=UTF-8; name="entrevista.ics"',
                 extra=['Content-Disposition: attachment; filename="entrevista.ics"']),
        ])
        h = [
            ("Delivered-To", OWNER),
            ("Received", received("o1.ptr4721.solides.com.br", "149.72.41.21", "mx.example.com", sent)),
            ("Return-Path", f"<bounces+{int(hx(seed, 6), 16)}-{hx(seed + 'x', 4)}-{OWNER.replace('@', '=')}@em4721.solides.com.br>"),
            ("From", addr("Quintal Alimentos via Sólides", "naoresponda@solides.com.br")),
            ("To", OWNER),
            ("Subject", hdr(f"Entrevista agendada - {role} - Quintal Alimentos")),
            ("Date", rfc(sent.astimezone(UTC))),
            ("Message-ID", f"<{alnum(seed + 'mid', 22)}@geopod-ismtpd-{int(hx(seed, 2), 16) % 20}>"),
        ]
        return eml(h, body)

    sent1 = T(2026, 6, 8, 14, 3, 27)
    sent2 = T(2026, 6, 9, 18, 25, 40)
    sent3 = T(2026, 6, 16, 10, 10, 2)
    wd(sent2, "terça")
    t2 = f"""Oi, Larissa, boa noite!

Tive que cancelar sua entrevista de amanhã (10/06) com a Daniela - ela teve uma emergência familiar e vai ficar fora alguns dias. Peço desculpas pelo aviso em cima da hora.

Assim que ela voltar eu remarco e você recebe um novo convite pela Sólides, ok?

Abraço,
Vinícius Barros
Analista de Atração de Talentos | Quintal Alimentos
{vin[1]}
"""
    h2 = [("Delivered-To", OWNER),
          ("Received", received("mail-sor-f52.google.com", "209.85.220.52", "mx.example.com", sent2)),
          ("From", addr(*vin)), ("Date", rfc(sent2)),
          ("Message-ID", f"<CAD{alnum(cid + 'v', 40)}@mail.gmail.com>"),
          ("Subject", hdr("Entrevista de amanhã - Quintal Alimentos")), ("To", addr(OWNER_NAME, OWNER)),
          ("Cc", addr(*dan))]
    items = [("01-solides-entrevista-agendada.eml", solides_mail(cid + "1", sent1, s1, e1, "quarta-feira")),
             ("02-cancelamento-recrutador.eml", eml(h2, gmail_alt(cid + "v", t2))),
             ("03-solides-nova-entrevista.eml", solides_mail(cid + "3", sent3, s2, e2, "quinta-feira"))]
    label = {"interview": True,
             "interviews": [
                 L("Quintal Alimentos", role, s1, e1, "cancelled", [dan[1]], [dan[1]], "hiring_manager"),
                 L("Quintal Alimentos", role, s2, e2, "scheduled", [dan[1]], [dan[1]], "hiring_manager")],
             "difficulty": "hard", "category": "positive/cancel-then-rebook",
             "notes": "Sólides booking (floating-time .ics, 'horário de Brasília' in text) for Wed 10/06 15h, cancelled "
                      "by the recruiter's e-mail ('amanhã (10/06)'), then a NEW Sólides booking (new UID) for Thu 18/06 "
                      "11h: two entries, one cancelled and one scheduled."}
    return cid, items, label


# ---------------------------------------------------------------- 22 (stale VTIMEZONE, WhatsApp confirmation)
@case
def c22():
    cid = "b157-22-kenoby-vtimezone-antigo"
    lua = ("Luana Batista", "luana.batista@baoba-edu.example")
    die = ("Diego Sampaio", "diego.sampaio@baoba-edu.example")
    role = "Analista de Dados - People Analytics"
    sent1 = T(2026, 11, 25, 15, 30, 8)
    wd(sent1, "quarta")
    start, end = T(2026, 12, 1, 10, 0), T(2026, 12, 1, 11, 0)
    wd(start, "terça")
    meet = meet_code(cid)
    t1 = f"""Olá, Larissa!

Você foi selecionada para a próxima etapa do processo seletivo da Baobá Educação para a vaga de {role}: uma entrevista com a gestora da área, Luana Batista.

Data: 01/12/2026 (terça-feira)
Horário: 10h (horário de Brasília) - duração prevista de 1 hora
Link: https://meet.google.com/{meet}

Confirme sua presença pelo WhatsApp do recrutamento, (11) 97410-2286, ou respondendo este e-mail.

Atenciosamente,
Diego Sampaio
Recrutamento | Baobá Educação

Mensagem enviada pela plataforma Kenoby.
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Kenoby//Agenda//PT", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REQUEST"]
              + VTZ_SAO_PAULO_STALE + [
        "BEGIN:VEVENT", f"UID:kenoby-{hx(cid + 'uid', 24)}", f"DTSTAMP:{zutc(sent1)}",
        f"DTSTART;TZID=America/Sao_Paulo:{local(start)}", f"DTEND;TZID=America/Sao_Paulo:{local(end)}",
        "SUMMARY:" + esc(f"Entrevista com a gestora - {role} - Baobá Educação"),
        "DESCRIPTION:" + esc(f"Entrevista com Luana Batista.\nhttps://meet.google.com/{meet}"),
        f"LOCATION:https://meet.google.com/{meet}",
        f"ORGANIZER;CN={die[0]}:mailto:{die[1]}",
        attendee(lua[0], lua[1], "ACCEPTED"), attendee(OWNER_NAME, OWNER),
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    m1 = f"<{alnum(cid + 'm1', 22)}@ismtpd0011p1iad2.sendgrid.net>"
    body1 = multi("mixed", bnd(cid, "java"), [
        multi("alternative", bnd(cid + "a", "java"), [
            leaf("text/plain", t1, "quoted-printable"),
            leaf("text/html", html_doc(html_from_text(t1)), "quoted-printable"),
        ]),
        leaf("text/calendar", cal, "base64", 'charset=UTF-8; method=REQUEST; name="invite.ics"',
             extra=['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    h1 = [("Delivered-To", OWNER),
          ("Received", received("o7.sendgrid.kenoby.com", "167.89.12.7", "mx.example.com", sent1)),
          ("Return-Path", f"<bounces+5512{int(hx(cid, 5), 16)}@em.kenoby.com>"),
          ("From", addr("Diego Sampaio (Baobá Educação)", "noreply@kenoby.com")),
          ("Reply-To", addr(*die)), ("To", OWNER),
          ("Subject", hdr(f"Convite para entrevista - {role} - Baobá Educação")),
          ("Date", rfc(sent1.astimezone(UTC))), ("Message-ID", m1)]
    sent2 = T(2026, 11, 26, 9, 12, 50)
    t2 = ("Oi, Larissa! Recebi sua confirmação pelo WhatsApp, obrigado 😊\n\nEntão fica combinado: terça que vem, às "
          "10h, com a Luana. O link do Meet é o mesmo do convite.\n\nAbraço,\nDiego\n\n" + quote_gmail(t1, sent1, die[0], "noreply@kenoby.com"))
    h2 = [("Delivered-To", OWNER),
          ("Received", received("mail-sor-f41.google.com", "209.85.220.41", "mx.example.com", sent2)),
          ("From", addr(*die)), ("Date", rfc(sent2)),
          ("Message-ID", f"<CAE{alnum(cid + 'm2', 40)}@mail.gmail.com>"),
          ("In-Reply-To", m1), ("References", m1),
          ("Subject", hdr(f"Re: Convite para entrevista - {role} - Baobá Educação")),
          ("To", addr(OWNER_NAME, OWNER)), ("Cc", addr(*lua))]
    items = [("01-kenoby-convite-entrevista.eml", eml(h1, body1)),
             ("02-re-confirmacao-whatsapp.eml", eml(h2, gmail_alt(cid + "r", t2)))]
    label = {"interview": True,
             "interviews": [L("Baobá Educação", role, start, end, "scheduled", [lua[1]], [lua[1]], "hiring_manager")],
             "difficulty": "hard", "category": "positive/stale-vtimezone-brazil-no-dst",
             "notes": "Kenoby .ics ships an outdated America/Sao_Paulo VTIMEZONE that still declares BRST (-02:00) from "
                      "November; Brazil has had no DST since 2019 and the text says 10h horário de Brasília, so the "
                      "interview is 10:00-03:00. Recruiter's follow-up confirms via WhatsApp ('terça que vem, às 10h')."}
    return cid, items, label


# ================================================================ main
def main():
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b157-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for fn in CASES:
        cid, items, label = fn()
        assert cid not in labels
        os.makedirs(os.path.join(HERE, cid))
        for fname, content in items:
            data = content.encode("utf-8") if isinstance(content, str) else content
            with open(os.path.join(HERE, cid, fname), "wb") as f:
                f.write(data)
        assert label["interview"] == bool(label["interviews"])
        labels[cid] = {"user": OWNER, "interview": label["interview"], "interviews": label["interviews"],
                       "difficulty": label["difficulty"], "category": label["category"],
                       "notes": label["notes"], "source": "synthetic"}
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Labels for the blind157 set (generated by make_cases.py). See /work/shared/eval/README.md.\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    pos = sum(1 for v in labels.values() if v["interview"])
    ivs = [i for v in labels.values() for i in v["interviews"]]
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews "
          f"({sum(i['status'] == 'scheduled' for i in ivs)} scheduled, {sum(i['status'] == 'cancelled' for i in ivs)} cancelled)")


if __name__ == "__main__":
    main()
