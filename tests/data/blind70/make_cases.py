#!/usr/bin/env python3
"""Deterministic generator for the blind70 evaluation set.

Rewrites every b70-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only.  All names, companies and domains are invented.
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
SP = ZoneInfo("America/Sao_Paulo")
LIS = ZoneInfo("Europe/Lisbon")
NY = ZoneInfo("America/New_York")
LA = ZoneInfo("America/Los_Angeles")
UTC = ZoneInfo("UTC")

OWNER = "bia.tavares.ux@mail.example"
OWNER_NAME = "Beatriz Tavares"
OWNER_ALT = "bia@tavares-ux.example"

DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def T(y, mo, d, h, mi, tz, dow=None):
    v = datetime(y, mo, d, h, mi, tzinfo=tz)
    if dow is not None:
        assert DOW[v.weekday()] == dow, (v, dow)
    return v


def iso(v):
    return v.isoformat()


def mid(case, n, domain):
    h = hashlib.sha1(f"{case}-{n}".encode()).hexdigest()
    return f"<{h[:24]}@{domain}>"


# ---------------------------------------------------------------- iCalendar

def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b"", 74
        cur += b
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def off(tz, y, mo, d):
    o = datetime(y, mo, d, 12, tzinfo=tz).utcoffset()
    mins = int(o.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"{sign}{mins // 60:02d}{mins % 60:02d}"


def vtimezone(tzid, zone):
    """Hand-written VTIMEZONE; offsets computed with zoneinfo."""
    if zone is SP:
        o = off(SP, 2026, 1, 15)
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:STANDARD", "DTSTART:19700101T000000",
                f"TZOFFSETFROM:{o}", f"TZOFFSETTO:{o}", "TZNAME:-03", "END:STANDARD", "END:VTIMEZONE"]
    if zone is LIS:
        std, dst = off(LIS, 2026, 1, 15), off(LIS, 2026, 7, 15)
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}",
                f"TZOFFSETTO:{dst}", "TZNAME:WEST", "DTSTART:19700329T010000",
                "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD",
                f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", "TZNAME:WET", "DTSTART:19701025T020000",
                "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"]
    if zone in (NY, LA):
        std, dst = off(zone, 2026, 1, 15), off(zone, 2026, 7, 15)
        sn, dn = ("EST", "EDT") if zone is NY else ("PST", "PDT")
        return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}",
                f"TZOFFSETTO:{dst}", f"TZNAME:{dn}", "DTSTART:19700308T020000",
                "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT", "BEGIN:STANDARD",
                f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sn}", "DTSTART:19701101T020000",
                "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "END:VTIMEZONE"]
    raise ValueError(tzid)


def ics(method, uid, start, end, summary, organizer, attendees, *, seq=0, description="",
        location="", tzid=None, zone=None, status="CONFIRMED", stamp=None, prodid=None,
        extra=None, utc=False):
    """organizer/attendees: (name, email[, role]) tuples."""
    prodid = prodid or "-//Google Inc//Google Calendar 70.9054//EN"
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if tzid and not utc:
        L += vtimezone(tzid, zone)
    L.append("BEGIN:VEVENT")

    def dtp(name, v):
        if utc or not tzid:
            return f"{name}:{v.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}"
        return f"{name};TZID={tzid}:{v.astimezone(zone).strftime('%Y%m%dT%H%M%S')}"

    L.append(dtp("DTSTART", start))
    if end is not None:
        L.append(dtp("DTEND", end))
    L.append("DTSTAMP:" + (stamp or start).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
    if organizer:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    for a in attendees:
        role = a[2] if len(a) > 2 else "REQ-PARTICIPANT"
        ps = "NEEDS-ACTION" if a[1] == OWNER else "ACCEPTED"
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={a[0]};X-NUM-GUESTS=0:mailto:{a[1]}")
    L.append("CREATED:" + (stamp or start).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
    if description:
        L.append("DESCRIPTION:" + esc(description))
    L.append("LAST-MODIFIED:" + (stamp or start).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
    L.append("LOCATION:" + esc(location))
    L.append(f"SEQUENCE:{seq}")
    L.append(f"STATUS:{status}")
    L.append("SUMMARY:" + esc(summary))
    L.append("TRANSP:OPAQUE")
    for e in extra or []:
        L.append(e)
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in L) + "\r\n"


# ---------------------------------------------------------------- e-mail

def mail(case, n, *, frm, to, subject, date, body=None, html=None, cte=None, html_cte=None,
         cc=None, reply_to=None, in_reply_to=None, refs=None, headers=None, domain=None,
         delivered=OWNER, sender=None):
    m = EmailMessage(policy=POLICY)
    m["Delivered-To"] = delivered
    m["Return-Path"] = "<" + (sender or frm.split("<")[-1].rstrip(">")) + ">"
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    dom = domain or frm.split("@")[-1].rstrip(">")
    m["Message-ID"] = mid(case, n, dom)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = " ".join(refs or [in_reply_to])
    for k, v in (headers or {}).items():
        m[k] = v
    m["MIME-Version"] = "1.0"
    if body is not None:
        m.set_content(body, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte)
    return m


def add_ics_alt(m, text, method="REQUEST"):
    m.add_alternative(text, subtype="calendar", params={"method": method}, cte="7bit" if text.isascii() else "base64")


def attach_ics(m, text, filename="invite.ics", method=None):
    if method:
        m.add_attachment(text.encode("utf-8"), maintype="text", subtype="calendar",
                         filename=filename, params={"method": method})
    else:
        m.add_attachment(text.encode("utf-8"), maintype="application", subtype="ics", filename=filename)


def quote(text):
    return "\n".join("> " + l if l else ">" for l in text.strip("\n").split("\n"))


CASES = {}
LABELS = {}


def case(cid, items, label):
    CASES[cid] = items
    LABELS[cid] = label


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": interviewers, "followup_recipients": followups,
            "kind": kind}


def lab(interviews, difficulty, category, notes, source="synthetic"):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": source}



# ---------------------------------------------------------------- helpers for vendor formats

def google_invite(cid, n, *, organizer, guests, start, end, zone, tzid, tzlabel, title, desc,
                  sent, seq=0, kind="Invitation", meet="https://meet.google.com/abc-defg-hij",
                  when_line=None, subj_when=None):
    """Google Calendar invitation e-mail (multipart/mixed, text/calendar REQUEST + invite.ics)."""
    uidh = hashlib.sha1(f"{cid}-uid".encode()).hexdigest()[:26]
    uid = f"{uidh}@google.com"
    cal = ics("REQUEST", uid, start, end, title, organizer,
              [(organizer[0], organizer[1])] + guests, seq=seq, description=desc + "\n\n" + meet,
              location="", tzid=tzid, zone=zone, stamp=sent)
    gl = "\n".join(f"{g[0]}\n{g[1]}" for g in [organizer] + guests)
    plain = f"""{title}
{when_line}
{tzlabel}

Join with Google Meet
{meet}

Organizer
{organizer[0]}
{organizer[1]}

Guests
{gl}

{desc}

Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event.
"""
    gh = "".join(f"<li>{g[0]} &lt;{g[1]}&gt;</li>" for g in [organizer] + guests)
    html = (f"<html><body><div style=\"font-family:Roboto,Helvetica,Arial,sans-serif\">"
            f"<h2>{title}</h2><p>{when_line}<br>{tzlabel}</p>"
            f"<p><a href=\"{meet}\">Join with Google Meet</a></p>"
            f"<p><b>Organizer</b><br>{organizer[0]} &lt;{organizer[1]}&gt;</p><ul>{gh}</ul>"
            f"<p>{desc.replace(chr(10), '<br>')}</p></div></body></html>")
    m = mail(cid, n, frm=f"{organizer[0]} <{organizer[1]}>", to=OWNER,
             subject=f"{kind}: {title} @ {subj_when} ({OWNER})", date=sent,
             body=plain, cte="base64", html=html, html_cte="quoted-printable",
             reply_to=f"{organizer[0]} <{organizer[1]}>",
             sender="calendar-notification@google.com", domain="google.com",
             headers={"Sender": "Google Calendar <calendar-notification@google.com>"})
    add_ics_alt(m, cal)
    attach_ics(m, cal)
    return m


def build_positive():
    # ------------------------------------------------------------ p01 Vagaly ATS + ics (Banco Cerrado)
    cid = "b70-01-vagaly-conversa-lideranca-ics"
    st = T(2026, 3, 12, 14, 30, SP, "Thu"); en = st + timedelta(hours=1)
    sent = T(2026, 3, 6, 17, 42, SP)
    body = f"""Olá, Beatriz! Tudo bem?

Que bom ter você avançando no processo para UX Researcher Sênior no Banco Cerrado! :)

A próxima etapa é uma conversa com a liderança. Seguem os detalhes:

Etapa: Conversa com a liderança
Data: quinta-feira (12/3)
Horário: às 14h30 (horário de Brasília)
Duração: aproximadamente 1 hora
Formato: online, pelo Microsoft Teams (o link está no convite anexo)
Quem vai conversar com você: Renata Albuquerque, gerente de Pesquisa & Insights

Dica: a Renata gosta de ouvir sobre um projeto em que a pesquisa mudou a direção do produto. Não precisa preparar slides.

Caso precise remarcar, responda este e-mail ou fale com a Juliana Prado (juliana.prado@bancocerrado.example) com pelo menos 24h de antecedência.

Boa conversa!
Time de Atração de Talentos | Banco Cerrado

--
Enviado pela Vagaly — recrutamento e seleção
Este é um e-mail automático. Para falar com a empresa, use o endereço indicado acima.
Vagaly Tecnologia Ltda. · Av. das Embaúbas, 1200 · São Paulo/SP
"""
    cal = ics("REQUEST", "vgl-7731-entrevista-2219@vagaly.example", st, en,
              "Conversa com a liderança - Beatriz Tavares - UX Researcher Sênior",
              ("Vagaly Agenda", "agenda@vagaly.example"),
              [("Renata Albuquerque", "renata.albuquerque@bancocerrado.example"),
               (OWNER_NAME, OWNER)],
              description="Conversa com a liderança (Banco Cerrado). Link do Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_bc7731",
              location="Microsoft Teams", tzid="America/Sao_Paulo", zone=SP, stamp=sent,
              prodid="-//Vagaly//Agenda 3.2//PT")
    m = mail(cid, 1, frm="Banco Cerrado via Vagaly <nao-responda@vagaly.example>", to=OWNER,
             subject="Beatriz, sua conversa com a liderança está confirmada 🎉", date=sent,
             body=body, cte="quoted-printable",
             reply_to="Juliana Prado <juliana.prado@bancocerrado.example>",
             headers={"X-Mailer": "Vagaly Mailer 5.4"})
    attach_ics(m, cal, "conversa-lideranca.ics")
    case(cid, [("01-vagaly-conversa-lideranca.eml", m)], lab(
        [iv("Banco Cerrado", "UX Researcher Sênior", st, en, "scheduled",
            ["renata.albuquerque@bancocerrado.example"], ["renata.albuquerque@bancocerrado.example"],
            "hiring_manager")],
        "easy", "positive/ats-email-with-ics",
        "Gupy-like ATS (Vagaly) pt-BR confirmation with .ics, 'quinta-feira (12/3) às 14h30 horário de "
        "Brasília'; the manager is the interviewer, recruiter only coordinates."))

    # ------------------------------------------------------------ p02 Recrutio (Lisbon ATS) portfolio presentation
    cid = "b70-03-recrutio-portfolio-presentation-lisbon"
    st = T(2026, 4, 2, 15, 0, LIS, "Thu"); en = st + timedelta(minutes=90)
    sent = T(2026, 3, 25, 10, 12, LIS)
    body = f"""Olá Beatriz,

Obrigada pelo seu interesse no Estúdio Calçada. Temos o prazer de a convidar para a fase de
apresentação de portfólio para a vaga de UX Researcher.

Quando: quinta-feira, 2 de abril de 2026, 15:00–16:30 (hora de Lisboa)
        Atenção: Portugal muda para a hora de verão a 29 de março. Em São Paulo serão 11:00–12:30.
Onde: Google Meet (ligação no convite em anexo)
Painel:
  - Leonor Sampaio, Diretora de Design — leonor.sampaio@estudiocalcada.example
  - Vasco Antunes, Research Lead — vasco.antunes@estudiocalcada.example
  - Mariana Coelho, Product Manager — mariana.coelho@estudiocalcada.example

Formato: 40 minutos para apresentar dois casos (um deles de pesquisa generativa), seguidos de
perguntas do painel.

Se precisar de alterar a data, responda a esta mensagem.

Com os melhores cumprimentos,
Carolina Reis
Talent Partner · Estúdio Calçada
Rua da Boavista 48, 1200-066 Lisboa · +351 21 000 4821

Mensagem enviada através do Recrutio.
"""
    cal = ics("REQUEST", "recrutio-ev-58821-portfolio@recrutio.example", st, en,
              "Apresentação de portfólio — Beatriz Tavares (UX Researcher)",
              ("Carolina Reis (via Recrutio)", "convites@recrutio.example"),
              [("Leonor Sampaio", "leonor.sampaio@estudiocalcada.example"),
               ("Vasco Antunes", "vasco.antunes@estudiocalcada.example"),
               ("Mariana Coelho", "mariana.coelho@estudiocalcada.example"),
               (OWNER_NAME, OWNER)],
              description="Apresentação de portfólio — Estúdio Calçada.\nhttps://meet.google.com/pqr-stuv-wxy",
              location="https://meet.google.com/pqr-stuv-wxy", tzid="Europe/Lisbon", zone=LIS,
              stamp=sent, prodid="-//Recrutio//Calendario 2.0//PT")
    m = mail(cid, 1, frm="Carolina Reis <convites@recrutio.example>", to=f"{OWNER_NAME} <{OWNER}>",
             subject="Estúdio Calçada | Convite: apresentação de portfólio", date=sent,
             body=body, cte="quoted-printable",
             reply_to="Carolina Reis <carolina.reis@estudiocalcada.example>",
             headers={"X-Recrutio-Candidate": "58821"})
    attach_ics(m, cal, "apresentacao-portfolio.ics", method="REQUEST")
    case(cid, [("01-recrutio-convite-portfolio.eml", m)], lab(
        [iv("Estúdio Calçada", "UX Researcher", st, en, "scheduled",
            ["leonor.sampaio@estudiocalcada.example", "vasco.antunes@estudiocalcada.example",
             "mariana.coelho@estudiocalcada.example"],
            ["leonor.sampaio@estudiocalcada.example", "vasco.antunes@estudiocalcada.example",
             "mariana.coelho@estudiocalcada.example"], "onsite")],
        "medium", "positive/ats-email-with-ics",
        "Lisbon ATS, pt-PT, portfolio presentation to a 3-person panel (onsite); Lisbon already on WEST "
        "(+01:00) on 2 April; body also gives the São Paulo time."))

    # ------------------------------------------------------------ p03 US recruiter "PST" + Google invite (dedupe)
    cid = "b70-04-us-recruiter-pst-label-google-invite"
    st = T(2026, 3, 12, 16, 30, LA, "Thu"); en = st + timedelta(minutes=30)
    s1 = T(2026, 3, 9, 9, 5, LA)
    body = f"""Hi Beatriz,

Thanks for applying to the Senior UX Researcher role at Lumenfold! Your work on the
onboarding diary study really stood out.

Would you be up for a quick intro call with me? I know the time difference is rough, so I
grabbed a late slot on my side: Thu 3/12 @ 4:30p PST. It should only take 30 min. I'll send a
calendar invite in a sec - just accept it if that works, or reply with something better.

Cheers,
Dana

Dana Whitcomb | Technical Recruiter | Lumenfold
dana.whitcomb@lumenfold.example | (415) 555-0147
"""
    m1 = mail(cid, 1, frm="Dana Whitcomb <dana.whitcomb@lumenfold.example>", to=OWNER,
              subject="Lumenfold - Senior UX Researcher - intro call?", date=s1, body=body,
              headers={"X-Mailer": "Superhuman Desktop (2026-03-02)"})
    s2 = s1 + timedelta(minutes=4)
    m2 = google_invite(cid, 2, organizer=("Dana Whitcomb", "dana.whitcomb@lumenfold.example"),
                       guests=[(OWNER_NAME, OWNER)], start=st, end=en, zone=LA,
                       tzid="America/Los_Angeles", tzlabel="Pacific Time - Los Angeles",
                       title="Beatriz Tavares <> Lumenfold (Recruiter Screen)",
                       desc="30-min intro call for the Senior UX Researcher role.",
                       sent=s2, when_line="Thursday Mar 12, 2026 ⋅ 4:30pm – 5pm",
                       subj_when="Thu Mar 12, 2026 4:30pm - 5pm (PDT)",
                       meet="https://meet.google.com/lmf-qwer-tyu")
    case(cid, [("01-dana-intro-call.eml", m1), ("02-invitation-recruiter-screen.eml", m2)], lab(
        [iv("Lumenfold", "Senior UX Researcher", st, en, "scheduled",
            ["dana.whitcomb@lumenfold.example"], ["dana.whitcomb@lumenfold.example"], "phone_screen")],
        "medium", "positive/dedupe",
        "Recruiter writes 'Thu 3/12 @ 4:30p PST' after the US DST switch (actually PDT, -07:00); the "
        "Google invite (America/Los_Angeles) confirms. One interview, recruiter is the interviewer."))

    # ------------------------------------------------------------ p04 pt-BR thread propose/confirm, relative date
    cid = "b70-06-ptbr-thread-bate-papo-amanha"
    st = T(2026, 3, 18, 14, 30, SP, "Wed"); en = st + timedelta(minutes=30)
    s1 = T(2026, 3, 13, 11, 20, SP); s2 = T(2026, 3, 16, 8, 47, SP); s3 = T(2026, 3, 17, 16, 3, SP)
    b1 = """Oi Beatriz, tudo certo?

Sou a Camila, do time de Pessoas da Pagaê. Vi sua candidatura pra vaga de Pesquisadora UX
(Pleno/Sênior) e adorei o seu portfólio!

Queria marcar um bate-papo rápido, uns 30 minutinhos, pra eu te contar mais sobre a vaga e
entender o seu momento. Tenho estes horários:

- terça (17/3) às 10h
- quarta (18/3) às 14h30
- quinta (19/3) às 16h

Algum funciona pra você?

Abs,
Camila Rocha
Talent Acquisition | Pagaê
(11) 95555-0192
"""
    m1 = mail(cid, 1, frm="Camila Rocha <camila.rocha@pagae.example>", to=OWNER,
              subject="Bate-papo sobre a vaga de Pesquisadora UX - Pagaê", date=s1, body=b1,
              cte="quoted-printable")
    b2 = f"""Oi Camila, tudo bem? Obrigada pelo contato!

Quarta, 18/3, às 14h30 fica ótimo pra mim.

Beatriz

Em sex., 13 de mar. de 2026 às 11:20, Camila Rocha <camila.rocha@pagae.example> escreveu:
{quote(b1)}
"""
    m2 = mail(cid, 2, frm=f"{OWNER_NAME} <{OWNER}>", to="Camila Rocha <camila.rocha@pagae.example>",
              subject="Re: Bate-papo sobre a vaga de Pesquisadora UX - Pagaê", date=s2, body=b2,
              cte="quoted-printable", in_reply_to=mid(cid, 1, "pagae.example"))
    b3 = f"""Perfeito, Beatriz!

Fechado então: amanhã, 14h30, 30 min. Te ligo pelo Google Meet nesse link:
https://meet.google.com/pga-ebat-epo

Até amanhã!
Camila

Em seg., 16 de mar. de 2026 às 08:47, {OWNER_NAME} <{OWNER}> escreveu:
{quote(b2)}
"""
    m3 = mail(cid, 3, frm="Camila Rocha <camila.rocha@pagae.example>", to=OWNER,
              subject="Re: Bate-papo sobre a vaga de Pesquisadora UX - Pagaê", date=s3, body=b3,
              cte="quoted-printable", in_reply_to=mid(cid, 2, "mail.example"),
              refs=[mid(cid, 1, "pagae.example"), mid(cid, 2, "mail.example")])
    case(cid, [("01-camila-propoe-horarios.eml", m1), ("02-beatriz-escolhe-quarta.eml", m2),
               ("03-camila-confirma-amanha.eml", m3)], lab(
        [iv("Pagaê", "Pesquisadora UX (Pleno/Sênior)", st, en, "scheduled",
            ["camila.rocha@pagae.example"], ["camila.rocha@pagae.example"], "phone_screen")],
        "medium", "positive/thread-propose-confirm",
        "pt-BR 'bate-papo' with recruiter: three options proposed, owner picks quarta 18/3 14h30, recruiter "
        "confirms 'amanhã, 14h30' on 17/3. Quoted text repeats the rejected options."))

    # ------------------------------------------------------------ p05 Exchange invite + METHOD:CANCEL (US DST edge)
    cid = "b70-08-exchange-invite-then-cancel-dst"
    st = T(2026, 3, 10, 11, 0, NY, "Tue"); en = st + timedelta(minutes=45)
    s1 = T(2026, 3, 3, 15, 18, NY); s2 = T(2026, 3, 6, 9, 2, NY)
    org = ("Melissa Tran", "mtran@harborlinehealth.example")
    hm = ("Greg Okonkwo", "gokonkwo@harborlinehealth.example")
    exch_extra = ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
                  "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
                  "X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:mtran@harborlinehealth.example"]
    uid = "040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DC01000000000000000010000000AB70C5"

    def exch_cal(method, seq, status, summ):
        txt = ics(method, uid, st, en, summ, org, [(hm[0], hm[1]), (OWNER_NAME, OWNER)],
                  seq=seq, description="Hiring manager interview - UX Researcher, Patient Experience",
                  location="Microsoft Teams Meeting", tzid="Eastern Standard Time", zone=NY,
                  status=status, stamp=s1 if seq == 0 else s2,
                  prodid="Microsoft Exchange Server 2010", extra=exch_extra)
        return txt
    p1 = """When: Tuesday, March 10, 2026 11:00 AM-11:45 AM (UTC-05:00) Eastern Time (US & Canada).
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Beatriz,

As discussed, here is the invite for your conversation with Greg Okonkwo, our Director of UX
Research, for the UX Researcher, Patient Experience role. Greg will be running the interview;
I'm just setting it up. Please note the US switches to daylight saving time on March 8, so this
will be 12:00 PM in Sao Paulo.

Melissa Tran
Recruiting Coordinator | Harborline Health
200 Pier Avenue, Suite 4, Boston, MA 02210 | 617-555-0113

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_HBH>
Meeting ID: 281 554 907 112
Passcode: q7XmZ2
________________________________________________________________________________
"""
    hdr = {"Thread-Topic": "Interview: Beatriz Tavares - UX Researcher, Patient Experience",
           "Content-class": "urn:content-classes:calendarmessage", "X-MS-Has-Attach": "",
           "X-MS-TNEF-Correlator": "", "Accept-Language": "en-US"}
    m1 = mail(cid, 1, frm=f"{org[0]} <{org[1]}>", to=f"{OWNER_NAME} <{OWNER}>; {hm[0]} <{hm[1]}>".replace(";", ","),
              subject="Interview: Beatriz Tavares - UX Researcher, Patient Experience", date=s1,
              body=p1, cte="quoted-printable", headers=hdr,
              domain="BN8PR12MB3301.namprd12.prod.outlook.com")
    add_ics_alt(m1, exch_cal("REQUEST", 0, "CONFIRMED", "Interview: Beatriz Tavares - UX Researcher, Patient Experience"))
    p2 = """Hi Beatriz,

I'm so sorry - Greg has a family emergency and we need to cancel Tuesday's interview. I'll
be in touch once we know more about his availability.

Melissa
"""
    m2 = mail(cid, 2, frm=f"{org[0]} <{org[1]}>", to=f"{OWNER_NAME} <{OWNER}>, {hm[0]} <{hm[1]}>",
              subject="Canceled: Interview: Beatriz Tavares - UX Researcher, Patient Experience", date=s2,
              body=p2, cte="quoted-printable", headers=hdr,
              domain="BN8PR12MB3301.namprd12.prod.outlook.com")
    add_ics_alt(m2, exch_cal("CANCEL", 1, "CANCELLED", "Canceled: Interview: Beatriz Tavares - UX Researcher, Patient Experience"), method="CANCEL")
    case(cid, [("01-outlook-invite-hm-interview.eml", m1), ("02-outlook-canceled.eml", m2)], lab(
        [iv("Harborline Health", "UX Researcher, Patient Experience", st, en, "cancelled",
            ["gokonkwo@harborlinehealth.example"], ["gokonkwo@harborlinehealth.example"], "hiring_manager")],
        "hard", "positive/cancellation",
        "Exchange invite sent before the US DST switch with '(UTC-05:00)' label for an interview on Mar 10 "
        "(EDT, -04:00); then METHOD:CANCEL. Coordinator is not the interviewer."))

    # ------------------------------------------------------------ p06 Vagaly case round, candidate withdraws
    cid = "b70-09-vagaly-case-round-candidate-withdraws"
    st = T(2026, 3, 24, 16, 0, SP, "Tue"); en = st + timedelta(minutes=90)
    s1 = T(2026, 3, 16, 10, 5, SP); s2 = T(2026, 3, 19, 21, 40, SP); s3 = T(2026, 3, 20, 9, 15, SP)
    h1 = """<html><body style="font-family:Arial,sans-serif;color:#222">
<p>Olá, <b>Beatriz</b>!</p>
<p>Parabéns, você passou para a etapa de <b>Apresentação de case</b> do processo
<b>UX Researcher – Marketplace</b> na <b>Feira Digital</b>.</p>
<table cellpadding="4" style="border:1px solid #ddd">
<tr><td>📅 Data</td><td>24/03/2026 (terça-feira)</td></tr>
<tr><td>🕓 Horário</td><td>16h às 17h30 (horário de Brasília)</td></tr>
<tr><td>📍 Local</td><td>Online – Google Meet (link no convite)</td></tr>
<tr><td>👥 Banca</td><td>Marcos Teles (Head de Produto) e Yasmin Freitas (Design Lead)</td></tr>
</table>
<p>Você terá 30 minutos para apresentar o case enviado na etapa anterior e o restante do tempo
será de perguntas da banca.</p>
<p>Dúvidas? Fale com a Letícia Bastos: leticia.bastos@feiradigital.example</p>
<p style="color:#888;font-size:11px">Vagaly · Este e-mail foi enviado automaticamente, não responda.</p>
</body></html>"""
    cal = ics("REQUEST", "vgl-9902-case-5510@vagaly.example", st, en,
              "Apresentação de case - Feira Digital - Beatriz Tavares",
              ("Vagaly Agenda", "agenda@vagaly.example"), [(OWNER_NAME, OWNER)],
              description="Apresentação de case - UX Researcher – Marketplace.\nhttps://meet.google.com/frd-case-vgl",
              location="Google Meet", tzid="America/Sao_Paulo", zone=SP, stamp=s1,
              prodid="-//Vagaly//Agenda 3.2//PT")
    m1 = mail(cid, 1, frm="Feira Digital via Vagaly <nao-responda@vagaly.example>", to=OWNER,
              subject="Próxima etapa: Apresentação de case | Feira Digital", date=s1, html=h1,
              html_cte="base64", headers={"X-Mailer": "Vagaly Mailer 5.4"})
    attach_ics(m1, cal, "apresentacao-case.ics")
    b2 = """Oi Letícia, boa noite!

Obrigada pela oportunidade e por todo o cuidado no processo. Recebi e aceitei uma outra
proposta nesta semana, então gostaria de retirar minha candidatura da vaga de UX Researcher –
Marketplace. Por isso não vou participar da apresentação de case de terça (24/3).

Desejo muito sucesso pra vocês!
Beatriz Tavares
"""
    m2 = mail(cid, 2, frm=f"{OWNER_NAME} <{OWNER}>", to="Letícia Bastos <leticia.bastos@feiradigital.example>",
              subject="Retirada de candidatura - UX Researcher Marketplace", date=s2, body=b2,
              cte="quoted-printable", headers={"X-Mailer": "Apple Mail (2.3774.500.171)"})
    b3 = f"""Oi Beatriz,

Que pena, mas entendemos totalmente! Parabéns pela nova fase. Já cancelei a apresentação de
terça com a banca e encerrei seu processo na Vagaly.

Um abraço,
Letícia Bastos
Recrutamento & Seleção · Feira Digital
Rua Harmonia, 311 – Vila Madalena, São Paulo/SP · (11) 3555-0420

Em 19/03/2026 21:40, Beatriz Tavares escreveu:
{quote(b2)}
"""
    m3 = mail(cid, 3, frm="Letícia Bastos <leticia.bastos@feiradigital.example>", to=OWNER,
              subject="Re: Retirada de candidatura - UX Researcher Marketplace", date=s3, body=b3,
              cte="quoted-printable", in_reply_to=mid(cid, 2, "mail.example"))
    case(cid, [("01-vagaly-apresentacao-case.eml", m1), ("02-beatriz-retira-candidatura.eml", m2),
               ("03-leticia-confirma-cancelamento.eml", m3)], lab(
        [iv("Feira Digital", "UX Researcher – Marketplace", st, en, "cancelled", [],
            ["leticia.bastos@feiradigital.example"], "onsite")],
        "medium", "positive/cancellation",
        "HTML-only base64 ATS mail + .ics for a 'apresentação de case' with a two-person banca (names only); "
        "the candidate withdraws and the recruiter confirms cancellation -> cancelled; recruiter is the "
        "follow-up contact."))

    # ------------------------------------------------------------ p07 Lisbon thread, two interviews across EU DST
    cid = "b70-11-lisbon-two-rounds-across-eu-dst"
    st1 = T(2026, 3, 20, 14, 0, LIS, "Fri"); en1 = st1 + timedelta(minutes=45)
    st2 = T(2026, 4, 7, 15, 0, LIS, "Tue"); en2 = st2 + timedelta(hours=1)
    s1 = T(2026, 3, 16, 12, 31, LIS); s2 = T(2026, 3, 16, 10, 2, SP)
    s3 = T(2026, 3, 23, 17, 55, LIS); s4 = T(2026, 3, 24, 8, 30, SP)
    ines = "Inês Carvalho <ines.carvalho@azulejolabs.example>"
    b1 = """Olá Beatriz,

Sou a Inês, Head of Research na Azulejo Labs. Gostámos muito da sua candidatura para a vaga de
Senior UX Researcher (remoto, com base em Lisboa ou no Brasil).

Proponho uma primeira conversa de 45 minutos, na sexta-feira, 20 de março, às 14h (hora de
Lisboa) — se não me engano são 11h em São Paulo. Faço a chamada pelo Zoom:
https://zoom.us/j/98120044512

Diga-me se lhe dá jeito.

Cumprimentos,
Inês Carvalho
Head of Research · Azulejo Labs
Travessa do Carmo 3, 1200-095 Lisboa
"""
    m1 = mail(cid, 1, frm=ines, to=OWNER, subject="Azulejo Labs — primeira conversa", date=s1, body=b1,
              cte="quoted-printable", headers={"User-Agent": "Mozilla Thunderbird 128.8.0"})
    b2 = f"""Olá Inês! Dá jeito sim, combinado: sexta 20/3, 11h aqui (14h em Lisboa).

Até lá,
Beatriz

On Mon, Mar 16, 2026 at 12:31 PM Inês Carvalho <ines.carvalho@azulejolabs.example> wrote:
{quote(b1)}
"""
    m2 = mail(cid, 2, frm=f"{OWNER_NAME} <{OWNER}>", to=ines, subject="Re: Azulejo Labs — primeira conversa",
              date=s2, body=b2, cte="quoted-printable", in_reply_to=mid(cid, 1, "azulejolabs.example"))
    b3 = """Olá Beatriz,

Obrigada pela conversa de sexta, foi mesmo muito boa! Queremos avançar para a fase seguinte:
a apresentação de um case study (pode ser um projeto antigo, 20–25 min de apresentação + perguntas).

Vai apresentar ao Rui Valente (CEO, rui.valente@azulejolabs.example) e à Marta Quintela
(Design Lead, marta.quintela@azulejolabs.example). Eu não vou estar presente.

Proposta: terça-feira, 7 de abril, às 15h00 (hora de Lisboa), 1 hora.
Atenção: a 29 de março mudamos para a hora de verão, por isso a diferença para São Paulo passa
a ser de 4 horas — serão 11h00 para si.

O Rui enviará o link.

Cumprimentos,
Inês
"""
    m3 = mail(cid, 3, frm=ines, to=OWNER, cc="Rui Valente <rui.valente@azulejolabs.example>, Marta Quintela <marta.quintela@azulejolabs.example>",
              subject="Azulejo Labs — próxima fase: case study", date=s3, body=b3,
              cte="quoted-printable", headers={"User-Agent": "Mozilla Thunderbird 128.8.0"})
    b4 = f"""Oi Inês, Rui e Marta,

Perfeito, terça 7/4 às 15h de Lisboa (11h pra mim) está confirmado. Vou apresentar o estudo
de jornada de cuidadores que fiz em 2025.

Obrigada!
Beatriz

Em seg., 23 de mar. de 2026 às 14:55, Inês Carvalho <ines.carvalho@azulejolabs.example> escreveu:
{quote(b3)}
"""
    m4 = mail(cid, 4, frm=f"{OWNER_NAME} <{OWNER}>", to=ines,
              cc="Rui Valente <rui.valente@azulejolabs.example>, Marta Quintela <marta.quintela@azulejolabs.example>",
              subject="Re: Azulejo Labs — próxima fase: case study", date=s4, body=b4,
              cte="quoted-printable", in_reply_to=mid(cid, 3, "azulejolabs.example"))
    case(cid, [("01-ines-primeira-conversa.eml", m1), ("02-beatriz-confirma.eml", m2),
               ("03-ines-case-study.eml", m3), ("04-beatriz-confirma-case.eml", m4)], lab(
        [iv("Azulejo Labs", "Senior UX Researcher", st1, en1, "scheduled",
            ["ines.carvalho@azulejolabs.example"], ["ines.carvalho@azulejolabs.example"], "hiring_manager"),
         iv("Azulejo Labs", "Senior UX Researcher", st2, en2, "scheduled",
            ["rui.valente@azulejolabs.example", "marta.quintela@azulejolabs.example"],
            ["rui.valente@azulejolabs.example", "marta.quintela@azulejolabs.example"], "onsite")],
        "hard", "positive/two-interviews",
        "pt-PT/pt-BR thread: first chat 20 Mar 14h Lisbon (WET +00:00) and case-study presentation 7 Apr 15h "
        "Lisbon (WEST +01:00) with CEO + design lead; both stated in Lisbon and SP time."))

    # ------------------------------------------------------------ p08 Google invite pt-BR, reschedule SEQUENCE
    cid = "b70-13-google-convite-atualizado-remarcado"
    st0 = T(2026, 3, 10, 10, 0, SP, "Tue")
    st = T(2026, 3, 11, 15, 0, SP, "Wed"); en = st + timedelta(minutes=90)
    s1 = T(2026, 3, 4, 14, 10, SP); s2 = T(2026, 3, 9, 18, 22, SP)
    org = ("Felipe Araújo", "felipe.araujo@trilhaedu.example")
    guests = [("Sofia Kato", "sofia.kato@trilhaedu.example"), (OWNER_NAME, OWNER)]
    desc = ("Entrevista técnica: exercício de síntese ao vivo com a Sofia Kato (Research Lead). "
            "Você vai receber um pequeno conjunto de notas de entrevistas e terá que sintetizar os achados. "
            "O Felipe só está organizando a agenda.")
    m1 = google_invite(cid, 1, organizer=org, guests=guests, start=st0, end=st0 + timedelta(minutes=90),
                       zone=SP, tzid="America/Sao_Paulo", tzlabel="Horário Padrão de Brasília - São Paulo",
                       title="Entrevista técnica - UX Researcher - Beatriz Tavares", desc=desc, sent=s1,
                       kind="Convite", when_line="terça-feira, 10 de março de 2026 ⋅ 10:00 – 11:30",
                       subj_when="ter. 10 de mar. de 2026 10:00 - 11:30 (BRT)",
                       meet="https://meet.google.com/trl-snts-xyz")
    m2 = google_invite(cid, 2, organizer=org, guests=guests, start=st, end=en,
                       zone=SP, tzid="America/Sao_Paulo", tzlabel="Horário Padrão de Brasília - São Paulo",
                       title="Entrevista técnica - UX Researcher - Beatriz Tavares",
                       desc=desc + "\n\nRemarcado a pedido da Sofia (conflito de agenda).", sent=s2,
                       seq=1, kind="Convite atualizado",
                       when_line="Este evento foi alterado.\nquarta-feira, 11 de março de 2026 ⋅ 15:00 – 16:30",
                       subj_when="qua. 11 de mar. de 2026 15:00 - 16:30 (BRT)",
                       meet="https://meet.google.com/trl-snts-xyz")
    case(cid, [("01-convite-entrevista-tecnica.eml", m1), ("02-convite-atualizado.eml", m2)], lab(
        [iv("Trilha Educação", "UX Researcher", st, en, "scheduled",
            ["sofia.kato@trilhaedu.example"], ["sofia.kato@trilhaedu.example"], "technical")],
        "medium", "positive/reschedule",
        "pt-BR Google Calendar invite then 'Convite atualizado' (SEQUENCE 1) moving 10/03 10h to 11/03 15h; "
        "organizer is a coordinator, Sofia runs the synthesis exercise."))

    # ------------------------------------------------------------ p09 recruiter mail + Calendar API event (ET)
    cid = "b70-14-quillmark-email-plus-gcal-json"
    st = T(2026, 4, 21, 10, 0, NY, "Tue"); en = st + timedelta(minutes=45)
    s1 = T(2026, 4, 14, 13, 40, NY)
    b1 = """Hi Beatriz!

Great news - Owen (our Director of Research, and the hiring manager for this role) would love
to chat. I'm putting 45 minutes on the calendar for Tue 4/21 at 10am ET, which I believe is
11am for you in Sao Paulo. Owen will send over a short agenda beforehand.

If that doesn't work just shoot me a note.

Jess

--
Jess Park (she/her)
Recruiting @ Quillmark
jess.park@quillmark.example
"""
    m1 = mail(cid, 1, frm="Jess Park <jess.park@quillmark.example>", to=OWNER,
              subject="Quillmark: next step with Owen", date=s1, body=b1,
              html="<div dir=\"ltr\">" + b1.replace("\n", "<br>") + "</div>", cte="quoted-printable")
    ev = {
        "kind": "calendar#event", "etag": "\"3481120095214000\"", "id": "q7mark2vhm0421c5p8t0s9e1aa",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=cTdtYXJrMnZobTA0MjFjNXA4dDBzOWUxYWE",
        "created": (s1 + timedelta(minutes=3)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (s1 + timedelta(minutes=5)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "summary": "Quillmark | Beatriz Tavares x Owen Adeyemi",
        "description": "Hiring manager conversation for Senior Researcher, Creator Tools.\nOwen Adeyemi will lead. Organized by Jess Park (Recruiting).",
        "creator": {"email": "jess.park@quillmark.example", "displayName": "Jess Park"},
        "organizer": {"email": "jess.park@quillmark.example", "displayName": "Jess Park"},
        "start": {"dateTime": iso(st), "timeZone": "America/New_York"},
        "end": {"dateTime": iso(en), "timeZone": "America/New_York"},
        "iCalUID": "q7mark2vhm0421c5p8t0s9e1aa@google.com", "sequence": 0,
        "attendees": [
            {"email": "jess.park@quillmark.example", "displayName": "Jess Park", "organizer": True,
             "responseStatus": "accepted"},
            {"email": "owen.adeyemi@quillmark.example", "displayName": "Owen Adeyemi",
             "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"}],
        "hangoutLink": "https://meet.google.com/qmk-owen-bta",
        "reminders": {"useDefault": True}, "eventType": "default"}
    case(cid, [("01-jess-next-step.eml", m1), ("02-calendar-event.gcal.json", ev)], lab(
        [iv("Quillmark", "Senior Researcher, Creator Tools", st, en, "scheduled",
            ["owen.adeyemi@quillmark.example"], ["owen.adeyemi@quillmark.example"], "hiring_manager")],
        "easy", "positive/gcal-json",
        "Recruiter e-mail ('Tue 4/21 at 10am ET ... 11am for you') plus the Calendar API event "
        "(America/New_York, EDT). One interview; Owen is the interviewer."))

    # ------------------------------------------------------------ p10 HTML-only virtual onsite itinerary (PT)
    cid = "b70-16-html-only-virtual-onsite-pacific"
    day = (2026, 4, 15)
    sess = [(T(*day, 9, 0, LA, "Wed"), 45, "Research craft deep-dive", "Priya Raman", "priya.raman@cobaltpine.example"),
            (T(*day, 10, 0, LA), 60, "Portfolio presentation", "Mark Ellison &amp; Ana Sousa",
             "mark.ellison@cobaltpine.example, ana.sousa@cobaltpine.example"),
            (T(*day, 11, 30, LA), 45, "Cross-functional partner (Product)", "Devon Hale", "devon.hale@cobaltpine.example")]
    st = sess[0][0]; en = sess[-1][0] + timedelta(minutes=sess[-1][1])
    s1 = T(2026, 4, 9, 16, 12, LA)

    def hm12(v):
        return v.strftime("%I:%M %p").lstrip("0")
    rows = "".join(
        f"<tr><td style=\"padding:6px 12px\">{hm12(a)} – {hm12(a + timedelta(minutes=d))} PT</td>"
        f"<td style=\"padding:6px 12px\">{a.astimezone(SP).strftime('%Hh%M')}</td>"
        f"<td style=\"padding:6px 12px\"><b>{t}</b><br>{who}<br><span style=\"color:#666\">{em}</span></td></tr>"
        for a, d, t, who, em in sess)
    lunch = (sess[1][0] + timedelta(minutes=60))
    rows = rows.replace("<tr><td style=\"padding:6px 12px\">" + hm12(sess[2][0]),
                        f"<tr><td style=\"padding:6px 12px\">{hm12(lunch)} – {hm12(sess[2][0])} PT</td><td>{lunch.astimezone(SP).strftime('%Hh%M')}</td><td><i>Lunch break (camera off!)</i></td></tr>"
                        "<tr><td style=\"padding:6px 12px\">" + hm12(sess[2][0]), 1)
    h = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f4f4f0"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="640" style="background:#fff;font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1d1d1d">
<tr><td style="padding:24px"><img src="https://cdn.cobaltpine.example/logo.png" alt="Cobalt &amp; Pine" width="120"></td></tr>
<tr><td style="padding:0 24px">
<p>Hi Beatriz,</p>
<p>We're excited to host you for your virtual onsite for the <b>Staff UX Researcher</b> role on
<b>Wednesday, April 15</b>. All times below are Pacific; we added Sao Paulo time as a second column
so nobody has to do math. Each session has its own Zoom link in the calendar holds we'll send separately.</p>
<table style="border-collapse:collapse;border:1px solid #ddd">
<tr style="background:#eef"><th align="left" style="padding:6px 12px">Pacific</th><th align="left">São Paulo</th><th align="left">Session</th></tr>
{rows}
</table>
<p>For the portfolio presentation, plan ~30 minutes on one or two projects and leave time for questions.</p>
<p>I'll be your point of contact throughout the day — text me if anything goes wrong.</p>
<p>Tara Quinn<br>Candidate Experience Coordinator, Cobalt &amp; Pine<br>
tara.quinn@cobaltpine.example · +1 (503) 555-0186<br>1120 NW Couch St, Portland, OR 97209</p>
</td></tr></table></td></tr></table></body></html>"""
    m1 = mail(cid, 1, frm="Tara Quinn <tara.quinn@cobaltpine.example>", to=OWNER,
              subject="Your Cobalt & Pine virtual onsite — itinerary (Wed 4/15)", date=s1, html=h,
              html_cte="base64", headers={"X-Mailer": "Microsoft Outlook 16.0"})
    ivs = ["priya.raman@cobaltpine.example", "mark.ellison@cobaltpine.example",
           "ana.sousa@cobaltpine.example", "devon.hale@cobaltpine.example"]
    case(cid, [("01-onsite-itinerary.eml", m1)], lab(
        [iv("Cobalt & Pine", "Staff UX Researcher", st, en, "scheduled", ivs, ivs, "onsite")],
        "hard", "positive/onsite-loop",
        "HTML-only base64 itinerary: three sessions (incl. portfolio presentation) with a lunch break on "
        "15 Apr, Pacific (PDT) with a São Paulo column -> one onsite 9:00-12:15 PT, four interviewers, "
        "coordinator excluded."))

    # ------------------------------------------------------------ p11 Lisbon founder final chat, body only
    cid = "b70-18-lisbon-founder-dez-e-meia"
    st = T(2026, 4, 14, 10, 30, LIS, "Tue"); en = st + timedelta(minutes=45)
    s1 = T(2026, 4, 8, 19, 4, LIS); s2 = T(2026, 4, 8, 16, 50, SP); s3 = T(2026, 4, 9, 9, 12, LIS)
    duarte = "Duarte Vasconcelos <duarte@maresoftware.example>"
    b1 = """Cara Beatriz,

A equipa ficou muito bem impressionada com o seu case. Antes de fecharmos, gostaria de ter uma
última conversa consigo, mais informal, sobre a forma como trabalhamos e o que espera da função
de UX Researcher.

Podemos falar na próxima terça-feira, dia 14, às dez e meia da manhã (hora de Lisboa)? Conto com
cerca de 45 minutos.

Um abraço,
Duarte Vasconcelos
Fundador & CEO, Maré Software
+351 912 555 031
Enviado do meu iPhone
"""
    m1 = mail(cid, 1, frm=duarte, to=OWNER, subject="Conversa final", date=s1, body=b1,
              cte="quoted-printable", headers={"X-Mailer": "iPhone Mail (22D82)"})
    b2 = f"""Olá Duarte, muito obrigada!

Combinado: terça, 14/4, às 10h30 em Lisboa (6h30 aqui em São Paulo — sem problema, café em mãos).

Até lá,
Beatriz

Em qua., 8 de abr. de 2026 às 15:04, Duarte Vasconcelos <duarte@maresoftware.example> escreveu:
{quote(b1)}
"""
    m2 = mail(cid, 2, frm=f"{OWNER_NAME} <{OWNER}>", to=duarte, subject="Re: Conversa final", date=s2,
              body=b2, cte="quoted-printable", in_reply_to=mid(cid, 1, "maresoftware.example"))
    b3 = f"""Ótimo, até terça! Ligo-lhe pelo Whereby: https://whereby.com/mare-duarte

D.

Em 08/04/2026, às 20:50, Beatriz Tavares <{OWNER}> escreveu:
{quote(b2)}
"""
    m3 = mail(cid, 3, frm=duarte, to=OWNER, subject="Re: Conversa final", date=s3, body=b3,
              cte="quoted-printable", in_reply_to=mid(cid, 2, "mail.example"),
              refs=[mid(cid, 1, "maresoftware.example"), mid(cid, 2, "mail.example")],
              headers={"X-Mailer": "iPhone Mail (22D82)"})
    case(cid, [("01-duarte-conversa-final.eml", m1), ("02-beatriz-combinado.eml", m2),
               ("03-duarte-ate-terca.eml", m3)], lab(
        [iv("Maré Software", "UX Researcher", st, en, "scheduled",
            ["duarte@maresoftware.example"], ["duarte@maresoftware.example"], "other")],
        "hard", "positive/email-body-only",
        "Founder final chat in pt-PT: 'terça-feira, dia 14, às dez e meia da manhã (hora de Lisboa)', "
        "~45 min; owner restates 6h30 SP. Lisbon WEST (+01:00)."))

    # ------------------------------------------------------------ p12 scheduling vendor (Agendaí) booked screen
    cid = "b70-20-agendai-booking-bate-papo-rh"
    st = T(2026, 3, 26, 14, 30, SP, "Thu"); en = st + timedelta(minutes=30)
    s1 = T(2026, 3, 20, 11, 0, SP); s2 = T(2026, 3, 20, 22, 14, SP)
    b1 = """Olá, Beatriz!

Aqui é a Ana, do RH da Sabiá Saúde. Gostaria de marcar um bate-papo inicial de 30 min sobre a
vaga de Pesquisador(a) de UX. Fique à vontade para escolher o melhor horário na minha agenda:

https://agendai.example/ana-lemos-sabia/bate-papo-30min

Beijos,
Ana Beatriz Lemos
Analista de Recrutamento | Sabiá Saúde
ana.lemos@sabiasaude.example
"""
    m1 = mail(cid, 1, frm="Ana Beatriz Lemos <ana.lemos@sabiasaude.example>", to=OWNER,
              subject="Sabiá Saúde | Vaga Pesquisador(a) de UX", date=s1, body=b1, cte="quoted-printable")
    b2 = """Agendamento confirmado ✅

Olá, Beatriz Tavares!
Seu horário com Ana Beatriz Lemos (Sabiá Saúde) está confirmado.

Evento: Bate-papo com RH – Vaga Pesquisador(a) de UX
Quando: quinta-feira, 26/03/2026 · 14h30 – 15h00 (horário de Brasília)
Onde: Google Meet – https://meet.google.com/sab-iaa-rhx

Precisa mudar? Reagendar: https://agendai.example/r/8f2c1   Cancelar: https://agendai.example/c/8f2c1

—
Agendaí · Agendamentos sem troca de e-mails
Você recebeu este e-mail porque agendou um horário em agendai.example.
"""
    cal = ics("REQUEST", "agendai-8f2c1@agendai.example", st, en,
              "Bate-papo com RH – Vaga Pesquisador(a) de UX (Beatriz Tavares)",
              ("Ana Beatriz Lemos", "ana.lemos@sabiasaude.example"),
              [("Ana Beatriz Lemos", "ana.lemos@sabiasaude.example"), (OWNER_NAME, OWNER)],
              description="Bate-papo com RH. Google Meet: https://meet.google.com/sab-iaa-rhx",
              location="https://meet.google.com/sab-iaa-rhx", stamp=s2, utc=True,
              prodid="-//Agendai//Agendamentos 1.0//PT")
    m2 = mail(cid, 2, frm="Agendaí <notificacoes@agendai.example>", to=f"{OWNER_NAME} <{OWNER}>",
              subject="Confirmado: Bate-papo com RH – Vaga Pesquisador(a) de UX em 26/03/2026 14:30",
              date=s2, body=b2, cte="quoted-printable",
              reply_to="Ana Beatriz Lemos <ana.lemos@sabiasaude.example>")
    attach_ics(m2, cal, "convite.ics")
    case(cid, [("01-ana-link-agendai.eml", m1), ("02-agendai-confirmado.eml", m2)], lab(
        [iv("Sabiá Saúde", "Pesquisador(a) de UX", st, en, "scheduled",
            ["ana.lemos@sabiasaude.example"], ["ana.lemos@sabiasaude.example"], "phone_screen")],
        "easy", "positive/scheduling-vendor",
        "Calendly-like Brazilian vendor: recruiter's booking link, then the vendor confirmation with a UTC "
        ".ics; the recruiter conducts the screen."))

    # ------------------------------------------------------------ p13 forwarded recruiter mail + standalone .ics
    cid = "b70-22-forwarded-case-study-plus-standalone-ics"
    st = T(2026, 5, 4, 14, 0, NY, "Mon"); en = st + timedelta(minutes=75)
    s0 = T(2026, 4, 27, 12, 15, NY); s1 = T(2026, 4, 27, 14, 2, SP)
    inner = """Hi Beatriz,

Thanks for sending the case study brief back so quickly. We'd love to have you walk us through it
live. Here are the details:

  Case study round - Lead UX Researcher
  Monday, May 4 - 2pm ET (that's 3pm in Sao Paulo), 75 minutes
  With: Lena Fischer (VP Design, lena.fischer@tessellate.example)
        Sam Ortiz (Principal PM, sam.ortiz@tessellate.example)

I've attached a calendar file. Zoom: https://tessellate.zoom.us/j/83310094412

Best,
Grant Holloway
Recruiting Partner, Tessellate Maps
Mobile +1 646 555 0178
"""
    b1 = f"""fwd pro meu e-mail principal (tinha mandado o portfolio pelo endereço do site)

---------- Forwarded message ---------
From: Grant Holloway <grant.holloway@tessellate.example>
Date: Mon, Apr 27, 2026 at 1:15 PM
Subject: Tessellate Maps - case study round
To: Beatriz Tavares <{OWNER_ALT}>

{inner}"""
    m1 = mail(cid, 1, frm=f"Beatriz Tavares <{OWNER_ALT}>", to=f"{OWNER_NAME} <{OWNER}>",
              subject="Fwd: Tessellate Maps - case study round", date=s1, body=b1, cte="quoted-printable")
    cal = ics("REQUEST", "tsm-casestudy-0504-bt@tessellate.example", st, en,
              "Case study round - Beatriz Tavares - Lead UX Researcher",
              ("Grant Holloway", "grant.holloway@tessellate.example"),
              [("Lena Fischer", "lena.fischer@tessellate.example"),
               ("Sam Ortiz", "sam.ortiz@tessellate.example"), (OWNER_NAME, OWNER)],
              description="Case study walkthrough (75 min). Zoom: https://tessellate.zoom.us/j/83310094412",
              location="https://tessellate.zoom.us/j/83310094412", tzid="America/New_York", zone=NY,
              stamp=s0, prodid="-//Zoom Video Communications//Zoom Scheduler//EN")
    ivs = ["lena.fischer@tessellate.example", "sam.ortiz@tessellate.example"]
    case(cid, [("01-fwd-grant-case-study.eml", m1), ("02-case-study-round.ics", cal)], lab(
        [iv("Tessellate Maps", "Lead UX Researcher", st, en, "scheduled", ivs, ivs, "onsite")],
        "medium", "positive/forwarded",
        "Owner forwards the recruiter mail from her portfolio address ('2pm ET (that's 3pm in Sao Paulo)') "
        "plus a standalone .ics (America/New_York). Two interviewers -> panel."))

def build_negative():
    # ------------------------------------------------------------ n01 owner hosts a usability interview (booking vendor)
    cid = "b70-02-owner-hosts-entrevista-com-usuario"
    st = T(2026, 3, 19, 10, 0, SP, "Thu"); en = st + timedelta(hours=1)
    s1 = T(2026, 3, 14, 20, 33, SP)
    b = """Novo agendamento na sua agenda 📅

Olá, Beatriz!
Carla Mendes agendou um horário com você.

Evento: Entrevista com usuário – Estudo Onboarding App (60 min)
Quando: quinta-feira, 19/03/2026 · 10h – 11h (horário de Brasília)
Convidada: Carla Mendes <carla.mendes77@mail.example>
Onde: Google Meet – https://meet.google.com/usr-onbd-001

Respostas do formulário de triagem:
- Você usa aplicativo de seguro? Sim, uso semanalmente
- Aceita que a sessão seja gravada? Sim
- Chave Pix para o incentivo de R$ 120: carla.mendes77@mail.example

Lembrete: envie o termo de consentimento antes da sessão.

—
Agendaí · Você está recebendo este e-mail como anfitriã do evento.
"""
    cal = ics("REQUEST", "agendai-host-55a1@agendai.example", st, en,
              "Entrevista com usuário – Estudo Onboarding App (Carla Mendes)",
              (OWNER_NAME, OWNER),
              [(OWNER_NAME, OWNER), ("Carla Mendes", "carla.mendes77@mail.example")],
              description="Sessão de pesquisa (entrevista em profundidade). Anfitriã: Beatriz Tavares.",
              location="https://meet.google.com/usr-onbd-001", stamp=s1, utc=True,
              prodid="-//Agendai//Agendamentos 1.0//PT")
    m = mail(cid, 1, frm="Agendaí <notificacoes@agendai.example>", to=OWNER,
             subject="Novo agendamento: Entrevista com usuário – Carla Mendes – 19/03 às 10h",
             date=s1, body=b, cte="quoted-printable")
    attach_ics(m, cal, "agendamento.ics")
    case(cid, [("01-agendai-novo-agendamento.eml", m)], lab(
        [], "hard", "negative/user-is-interviewer",
        "Owner is the host of a user interview (research participant booked her). Words 'entrevista', "
        "time and .ics present; not a job interview."))

    # ------------------------------------------------------------ n02 research recruiting panel notice
    cid = "b70-05-research-panel-participants-scheduled"
    s1 = T(2026, 3, 23, 9, 0, SP)
    sessions = [(T(2026, 3, 30, 9, 0, SP, "Mon"), "P1 – Rodrigo S."), (T(2026, 3, 30, 11, 0, SP), "P2 – Aline M."),
                (T(2026, 3, 31, 14, 0, SP, "Tue"), "P3 – Jorge T."), (T(2026, 3, 31, 16, 0, SP), "P4 – Fernanda L.")]
    rows = "".join(f"<tr><td>{p}</td><td>{d.strftime('%d/%m')} às {d.strftime('%Hh')}</td><td>R$ 150,00</td></tr>"
                   for d, p in sessions)
    h = f"""<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<h3>Painel Aberto · Recrutamento concluído</h3>
<p>Oi Beatriz,</p>
<p>Finalizamos o recrutamento do seu estudo <b>"Entrevistas em profundidade – Seguro Auto"</b>.
Os 4 participantes confirmaram presença nas entrevistas (60 min cada, online):</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Candidato(a)</th><th>Sessão</th><th>Incentivo</th></tr>{rows}</table>
<p>Os incentivos serão pagos via Pix em até 48h após a confirmação de presença. Em caso de no-show,
fazemos a reposição sem custo. Os convites de calendário já foram enviados aos participantes.</p>
<p>Qualquer dúvida, fale com a gente: gabriel.nunes@painelaberto.example</p>
<p>Gabriel Nunes · Operações de Pesquisa · Painel Aberto<br>R. Fradique Coutinho, 900 – São Paulo/SP · (11) 3555-0777</p>
</body></html>"""
    m = mail(cid, 1, frm="Painel Aberto <operacoes@painelaberto.example>", to=OWNER,
             subject="[Painel Aberto] 4 entrevistas agendadas – Seguro Auto", date=s1, html=h,
             html_cte="quoted-printable", reply_to="Gabriel Nunes <gabriel.nunes@painelaberto.example>")
    case(cid, [("01-painel-aberto-entrevistas-agendadas.eml", m)], lab(
        [], "hard", "negative/research-panel-notice",
        "Research-recruiting vendor tells the owner (researcher) that 4 participants (called 'candidatos') "
        "are scheduled for her interviews, with incentives."))

    # ------------------------------------------------------------ n03 owner is a paid research participant (US)
    cid = "b70-07-owner-paid-participant-noon-et"
    st = T(2026, 4, 9, 12, 0, NY, "Thu"); en = st + timedelta(minutes=45)
    s1 = T(2026, 4, 2, 15, 30, NY)
    b = """Hi Beatriz,

You're confirmed for our research study! Thanks for your interest.

What: 45-minute 1:1 interview about how design teams use research repositories
When: Thursday, April 9 at noon ET
Where: Zoom (link in the attached calendar invite)
Thank-you: $120 Amazon gift card, sent within 5 business days after the session

Your interviewer will be a member of the Fieldglass Research team. There are no right or wrong
answers - we just want to learn from your experience as a UX researcher.

If you can't make it, please reschedule via the link in your participant portal so another
candidate can take the slot.

The Userloop Research Team
Userloop Inc., 55 Market Street, San Francisco, CA
"""
    cal = ics("REQUEST", "ul-study-4471-p19@userloop.example", st, en,
              "Userloop study: Research repositories interview (45 min)",
              ("Userloop Scheduling", "scheduling@userloop.example"), [(OWNER_NAME, OWNER)],
              description="Paid research session. Incentive: $120 gift card.",
              location="Zoom", tzid="America/New_York", zone=NY, stamp=s1,
              prodid="-//Userloop//Scheduler//EN")
    m = mail(cid, 1, frm="Userloop Research <no-reply@userloop.example>", to=OWNER,
             subject="You're confirmed: 45-min interview on Thu, Apr 9 (noon ET)", date=s1, body=b)
    attach_ics(m, cal, "userloop-session.ics")
    case(cid, [("01-userloop-confirmed.eml", m)], lab(
        [], "hard", "negative/paid-user-research",
        "Owner is the participant in a paid user-research interview (gift card); words 'interview', "
        "'candidate', confirmed time and .ics present."))

    # ------------------------------------------------------------ n04 'dinâmica de grupo' webinar
    cid = "b70-10-dinamica-de-grupo-webinar"
    st = T(2026, 3, 25, 19, 0, SP, "Wed"); en = st + timedelta(minutes=90)
    s1 = T(2026, 3, 18, 12, 0, SP)
    h = """<html><body style="font-family:Arial">
<p>Oi, Beatriz! 👋</p>
<p>Sua inscrição está confirmada na nossa <b>Dinâmica de grupo ao vivo</b>: uma simulação aberta
com recrutadores de empresas de tecnologia para você treinar antes dos processos seletivos.</p>
<p><b>Quarta-feira, 25/03, às 19h (horário de Brasília)</b> · duração: 1h30<br>
Transmissão: YouTube Live + sala Zoom para 30 voluntários sorteados</p>
<p>Pauta: como se destacar na dinâmica, erros comuns na entrevista com o gestor e perguntas
sobre pretensão salarial.</p>
<p>📎 Adicione à sua agenda com o arquivo anexo.</p>
<p>Até lá!<br>Equipe Carreira em Pauta</p>
<p style="font-size:10px;color:#999">Você está recebendo este e-mail porque se inscreveu em carreiraempauta.example.
Descadastrar: https://carreiraempauta.example/unsub</p></body></html>"""
    cal = ics("PUBLISH", "cep-live-dinamica-2503@carreiraempauta.example", st, en,
              "Dinâmica de grupo ao vivo – Carreira em Pauta (webinar)",
              ("Carreira em Pauta", "eventos@carreiraempauta.example"), [],
              description="Webinar gratuito: simulação de dinâmica de grupo com recrutadores.\nhttps://youtube.example/live/cep-dinamica",
              location="YouTube Live", tzid="America/Sao_Paulo", zone=SP, stamp=s1,
              prodid="-//Carreira em Pauta//Eventos//PT")
    m = mail(cid, 1, frm="Carreira em Pauta <eventos@carreiraempauta.example>", to=OWNER,
             subject="Confirmado ✅ Dinâmica de grupo ao vivo – quarta, 25/03, 19h", date=s1, html=h,
             html_cte="base64", headers={"List-Unsubscribe": "<https://carreiraempauta.example/unsub>"})
    attach_ics(m, cal, "dinamica-ao-vivo.ics")
    case(cid, [("01-dinamica-ao-vivo.eml", m)], lab(
        [], "medium", "negative/webinar",
        "'Dinâmica de grupo' invitation that is actually a public webinar/simulation with recruiters; "
        ".ics METHOD:PUBLISH, no attendee."))

    # ------------------------------------------------------------ n05 'feedback' rejection after interview
    cid = "b70-12-feedback-rejection-after-entrevista"
    s1 = T(2026, 3, 11, 18, 20, SP)
    b = """Olá, Beatriz!

Antes de tudo, obrigado pelo seu tempo na entrevista do dia 05/03 às 15h com o nosso time de
Produto. Foi um prazer conhecer a sua trajetória.

Queremos te dar um retorno: após avaliarmos todas as etapas, decidimos seguir com outra pessoa
candidata, cujo perfil está mais alinhado ao momento da Construtora Ipê neste momento.

Alguns pontos que a banca destacou:
- Ponto forte: clareza ao explicar a escolha de métodos no case apresentado;
- Ponto de desenvolvimento: mais exemplos de pesquisa quantitativa.

Seu currículo continua no nosso banco de talentos e poderemos entrar em contato para futuras
oportunidades.

Um abraço,
Time de Gente · Construtora Ipê

Enviado pela Vagaly. Não responda este e-mail.
"""
    m = mail(cid, 1, frm="Construtora Ipê via Vagaly <nao-responda@vagaly.example>", to=OWNER,
             subject="Feedback do seu processo – Pesquisador(a) UX | Construtora Ipê", date=s1,
             body=b, cte="base64", headers={"X-Mailer": "Vagaly Mailer 5.4"})
    case(cid, [("01-vagaly-feedback.eml", m)], lab(
        [], "medium", "negative/rejection",
        "pt-BR 'feedback' rejection that cites a past 'entrevista do dia 05/03 às 15h'; base64 body."))

    # ------------------------------------------------------------ n06 offer ('proposta') reply with quoted thread
    cid = "b70-15-proposta-reply-with-quoted-thread"
    s0 = T(2026, 4, 1, 17, 5, SP); s1 = T(2026, 4, 2, 9, 48, SP); s2 = T(2026, 4, 2, 11, 30, SP)
    b0 = """Oi Beatriz!

Foi ótimo ter você na conversa com a liderança na segunda. Tenho uma notícia boa: queremos fazer
uma proposta para a vaga de UX Researcher Pleno na Jabuticaba Pay! 🎉

Segue o resumo:
- Regime: CLT, 100% remoto
- Salário: R$ 14.500,00
- Benefícios: VR/VA R$ 1.300, plano de saúde e odontológico, auxílio home office
- Início sugerido: 04/05/2026

A carta-proposta formal está anexa no portal. Se quiser, posso marcar uma call rápida pra tirar
dúvidas, é só me dizer um horário.

Abraços,
Rafael Dutra
People Partner | Jabuticaba Pay
(11) 94444-0155
"""
    m0 = mail(cid, 1, frm="Rafael Dutra <rafael.dutra@jabuticabapay.example>", to=OWNER,
              subject="Proposta – UX Researcher Pleno | Jabuticaba Pay", date=s0, body=b0,
              cte="quoted-printable")
    b1 = f"""Oi Rafael, que notícia boa, obrigada!!

Estou bem animada. Só queria entender melhor a parte de PLR e a política de férias — consegue
me mandar por e-mail mesmo? Não precisa de call.

Beatriz

Em qua., 1 de abr. de 2026 às 17:05, Rafael Dutra <rafael.dutra@jabuticabapay.example> escreveu:
{quote(b0)}
"""
    m1 = mail(cid, 2, frm=f"{OWNER_NAME} <{OWNER}>", to="Rafael Dutra <rafael.dutra@jabuticabapay.example>",
              subject="Re: Proposta – UX Researcher Pleno | Jabuticaba Pay", date=s1, body=b1,
              cte="quoted-printable", in_reply_to=mid(cid, 1, "jabuticabapay.example"))
    b2 = f"""Claro! A PLR é de até 1,5 salário por ano, paga em março, e as férias seguem a CLT (30 dias),
com possibilidade de dividir em até 3 períodos. Prazo para resposta da proposta: sexta (10/4).

Abs,
Rafael

Em qui., 2 de abr. de 2026 às 09:48, {OWNER_NAME} <{OWNER}> escreveu:
{quote(b1)}
"""
    m2 = mail(cid, 3, frm="Rafael Dutra <rafael.dutra@jabuticabapay.example>", to=OWNER,
              subject="Re: Proposta – UX Researcher Pleno | Jabuticaba Pay", date=s2, body=b2,
              cte="quoted-printable", in_reply_to=mid(cid, 2, "mail.example"),
              refs=[mid(cid, 1, "jabuticabapay.example"), mid(cid, 2, "mail.example")])
    case(cid, [("01-rafael-proposta.eml", m0), ("02-beatriz-duvidas.eml", m1), ("03-rafael-responde.eml", m2)], lab(
        [], "medium", "negative/offer",
        "Offer ('proposta') thread that mentions the past 'conversa com a liderança', an optional call "
        "(declined) and a reply deadline; no interview."))

    # ------------------------------------------------------------ n07 Lisbon ATS availability request
    cid = "b70-17-recrutio-indique-disponibilidade"
    s1 = T(2026, 4, 6, 11, 25, LIS)
    b = """Olá Beatriz,

Obrigado pela sua candidatura à vaga de UX Researcher na Ondas Digital. Gostaríamos de agendar
uma entrevista de 30 minutos com a nossa equipa de Produto.

Por favor indique a sua disponibilidade através da ligação abaixo, escolhendo pelo menos três
horários entre 13 e 17 de abril (os horários são apresentados na sua hora local):

https://recrutio.example/disponibilidade/ondas/7c91ee

Depois de recebermos as suas preferências, enviaremos a confirmação com o convite de calendário.

Melhores cumprimentos,
Tomás Figueiredo
Recrutamento · Ondas Digital
Av. 24 de Julho 102, 1200-870 Lisboa

Mensagem enviada através do Recrutio.
"""
    m = mail(cid, 1, frm="Tomás Figueiredo <convites@recrutio.example>", to=OWNER,
             subject="Ondas Digital | Indique a sua disponibilidade para entrevista", date=s1, body=b,
             cte="quoted-printable", reply_to="Tomás Figueiredo <tomas.figueiredo@ondasdigital.example>")
    case(cid, [("01-recrutio-disponibilidade.eml", m)], lab(
        [], "medium", "negative/availability-request",
        "Lisbon ATS asks for availability via a link (13–17 April); nothing booked."))

    # ------------------------------------------------------------ n08 owner on a hiring panel (Google invite)
    cid = "b70-19-owner-is-interviewer-volunteer-panel"
    st = T(2026, 4, 16, 18, 30, SP, "Thu"); en = st + timedelta(minutes=45)
    s1 = T(2026, 4, 10, 10, 45, SP)
    org = ("Henrique Baltazar", "henrique.baltazar@designaberto.example")
    m = google_invite(cid, 1, organizer=org,
                      guests=[(OWNER_NAME, OWNER), ("Júlia Ramos", "julia.ramos.pesquisa@mail.example")],
                      start=st, end=en, zone=SP, tzid="America/Sao_Paulo",
                      tzlabel="Horário Padrão de Brasília - São Paulo",
                      title="Entrevista: Júlia Ramos – Voluntária de Pesquisa (Coletivo Design Aberto)",
                      desc=("Bia, você e eu vamos entrevistar a Júlia para a vaga de voluntária de pesquisa "
                            "do Coletivo. Roteiro de perguntas e ficha de avaliação da candidata no drive. "
                            "Você conduz a parte de métodos; eu faço a abertura."),
                      sent=s1, kind="Convite",
                      when_line="quinta-feira, 16 de abril de 2026 ⋅ 18:30 – 19:15",
                      subj_when="qui. 16 de abr. de 2026 18:30 - 19:15 (BRT)",
                      meet="https://meet.google.com/cda-jlra-vlt")
    case(cid, [("01-convite-entrevista-candidata.eml", m)], lab(
        [], "hard", "negative/user-is-interviewer",
        "Google invite titled 'Entrevista: <candidate>' where the owner co-interviews a volunteer "
        "candidate; owner is the interviewer."))

    # ------------------------------------------------------------ n09 paid mock interview + portfolio review
    cid = "b70-21-mock-interview-portfolio-review"
    st = T(2026, 3, 28, 10, 0, SP, "Sat"); en = st + timedelta(hours=1)
    s1 = T(2026, 3, 22, 15, 2, SP)
    b = """Sessão confirmada!

Oi Beatriz, sua mentoria está agendada:

Mentora: Paula Gouveia (Principal Researcher)
Tipo: Simulação de entrevista + revisão de portfólio (60 min)
Data: sábado, 28/03/2026, às 10h (horário de Brasília)
Valor: R$ 90,00 (pago via Pix)

A Paula vai simular uma entrevista de apresentação de portfólio como se fosse uma banca real e,
no final, dar feedback sobre o seu case study.

Link da sala: https://mentora.example/sala/pg-bt-2803

Boa sessão!
Equipe Mentora
"""
    cal = ics("REQUEST", "mentora-pg-bt-2803@mentora.example", st, en,
              "Mentoria: Simulação de entrevista + revisão de portfólio (Paula Gouveia)",
              ("Mentora", "agenda@mentora.example"),
              [("Paula Gouveia", "paula.gouveia@mentora.example"), (OWNER_NAME, OWNER)],
              description="Sessão de mentoria paga. https://mentora.example/sala/pg-bt-2803",
              location="https://mentora.example/sala/pg-bt-2803", tzid="America/Sao_Paulo", zone=SP,
              stamp=s1, prodid="-//Mentora//Agenda//PT")
    m = mail(cid, 1, frm="Mentora <ola@mentora.example>", to=OWNER,
             subject="Confirmado: Simulação de entrevista com Paula Gouveia – sáb 28/03 10h", date=s1,
             body=b, cte="quoted-printable")
    attach_ics(m, cal, "mentoria.ics")
    case(cid, [("01-mentora-sessao-confirmada.eml", m)], lab(
        [], "medium", "negative/mock-interview",
        "Paid mock interview / portfolio review with a mentor; realistic booked time and .ics."))


def main():
    build_positive()
    build_negative()
    for old in HERE.glob("b70-*"):
        if old.is_dir():
            shutil.rmtree(old)
    for cid, items in CASES.items():
        d = HERE / cid
        d.mkdir()
        for name, obj in items:
            p = d / name
            if isinstance(obj, EmailMessage):
                for k, part in enumerate(obj.walk()):
                    if part.is_multipart():  # deterministic MIME boundaries
                        part.set_boundary("0000" + hashlib.sha1(f"{cid}/{name}/{k}".encode()).hexdigest()[:24])
                p.write_bytes(obj.as_bytes(policy=POLICY.clone(max_line_length=120)))
            elif isinstance(obj, (dict, list)):
                p.write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            else:
                p.write_bytes(obj.encode("utf-8"))
    with open(HERE / "labels.yaml", "w", encoding="utf-8") as f:
        f.write("# Labels for the blind70 set (written blind). See /work/shared/eval/README.md for the schema.\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=100)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
