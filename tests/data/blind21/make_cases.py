#!/usr/bin/env python3
"""Deterministic generator for the blind21 evaluation set (mixed-language, cross-border hiring).

Rewrites every b21-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All names, companies and domains are invented.
"""
import json
import zlib
import shutil
from datetime import datetime, timedelta
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
UTC = ZoneInfo("UTC")
POL = policy.SMTP  # CRLF line endings, like mail on the wire
CASES = {}
LABELS = {}


def T(tz, y, mo, d, h=0, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


def iso(dt):
    return dt.isoformat() if dt is not None else None


def add(case, name, payload):
    CASES.setdefault(case, []).append((name, payload))


def label(case, user, interviews, difficulty, category, notes):
    LABELS[case] = {
        "user": user,
        "interview": bool(interviews),
        "interviews": interviews,
        "difficulty": difficulty,
        "category": category,
        "notes": notes,
        "source": "synthetic",
    }


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {
        "company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
        "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind,
    }


# ---------------------------------------------------------------- e-mail helpers
def mail(frm, to, subject, date, text=None, html=None, *, msgid, cc=None, reply_to=None, in_reply_to=None,
         references=None, delivered_to=None, text_cte="quoted-printable", html_cte="quoted-printable",
         extra_headers=None, calendar=None, cal_method="REQUEST", attach_ics=None, attach_name="invite.ics",
         attach_type=("text", "calendar"), received_host="mx.mail.example"):
    m = EmailMessage(policy=POL)
    if delivered_to:
        m["Delivered-To"] = delivered_to
        m["Received"] = (f"from {received_host} ({received_host} [192.0.2.{zlib.crc32(msgid.encode()) % 200 + 20}]) "
                         f"by mx.example with ESMTPS id {msgid[:12].replace('<','x').replace('@','y')} "
                         f"for <{delivered_to}>; {format_datetime(date.astimezone(UTC))}")
    m["Date"] = format_datetime(date)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in (extra_headers or []):
        m[k] = v
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, cte=text_cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte)
    if calendar is not None:
        m.add_alternative(calendar.encode("utf-8"), "text", "calendar", cte="base64",
                          params={"method": cal_method, "charset": "UTF-8"})
    if attach_ics is not None:
        m.add_attachment(attach_ics.encode("utf-8"), attach_type[0], attach_type[1], cte="base64",
                         filename=attach_name)
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"b21_{zlib.crc32(msgid.encode()):08x}_{i}")
    return m.as_bytes()


# ---------------------------------------------------------------- iCalendar helpers
def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b"", 74
        cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def vtz(tzid, std, dst=None, std_rule="FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", dst_rule="FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        std_start="16011028T030000", dst_start="16010325T020000", std_name=None, dst_name=None):
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if dst is None:
        lines += ["BEGIN:STANDARD", "DTSTART:19700101T000000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{std}"]
        if std_name:
            lines.append(f"TZNAME:{std_name}")
        lines += ["END:STANDARD"]
    else:
        lines += ["BEGIN:STANDARD", f"DTSTART:{std_start}", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
                  f"RRULE:{std_rule}"] + ([f"TZNAME:{std_name}"] if std_name else []) + ["END:STANDARD",
                  "BEGIN:DAYLIGHT", f"DTSTART:{dst_start}", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
                  f"RRULE:{dst_rule}"] + ([f"TZNAME:{dst_name}"] if dst_name else []) + ["END:DAYLIGHT"]
    lines.append("END:VTIMEZONE")
    return lines


def cet_vtz(tzid):
    return vtz(tzid, "+0100", "+0200", std_name="CET", dst_name="CEST")


def ical(*, method, uid, seq, tzid, start, end, summary, organizer, attendees, description="", location="",
         status="CONFIRMED", vtimezone=None, prodid="-//Google Inc//Google Calendar 70.9054//EN", stamp,
         extra=None, user_attendee=None, ms=False):
    """start/end are aware datetimes; written as local wall time in TZID (or UTC when tzid is None)."""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if vtimezone:
        L += vtimezone
    L.append("BEGIN:VEVENT")

    def dtl(name, dt):
        if tzid is None:
            return f"{name}:{dt.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}"
        return f"{name};TZID={tzid}:{dt.astimezone(ZoneInfo(IANA.get(tzid, tzid))).strftime('%Y%m%dT%H%M%S')}"

    L += [dtl("DTSTART", start), dtl("DTEND", end), f"DTSTAMP:{stamp.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}",
          f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, addr, role, part in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={part};RSVP=TRUE;CN={name};X-NUM-GUESTS=0:mailto:{addr}")
    L += [f"CREATED:{stamp.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}", f"DESCRIPTION:{esc(description)}",
          f"LAST-MODIFIED:{stamp.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}", f"LOCATION:{esc(location)}",
          f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    if ms:
        L += ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    L += (extra or [])
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in L) + "\r\n"


IANA = {
    "W. Europe Standard Time": "Europe/Amsterdam",
    "Central Europe Standard Time": "Europe/Prague",
}

# ================================================================= POSITIVE CASES
# ---- 01 German recruiter, phone screen, "15 Uhr MEZ", candidate in Lisbon
c = "b21-01-de-recruiter-telefoninterview-mez"
U = "ines.carvalho@example.com"
jana = "jana.mueller-hoefer@brueckenwerk.example"
d1 = T("Europe/Berlin", 2026, 3, 5, 10, 14)
add(c, "01-einladung-telefoninterview.eml", mail(
    "Jana Müller-Höfer <%s>" % jana, "Inês Carvalho <%s>" % U,
    "Ihre Bewerbung als Senior Data Engineer (m/w/d) – Telefoninterview", d1, msgid="<a1b2c3d4.0305@brueckenwerk.example>",
    delivered_to=U, received_host="mail.brueckenwerk.example",
    text="""Liebe Frau Carvalho,

vielen Dank für Ihre Bewerbung als Senior Data Engineer (m/w/d) bei der Brückenwerk Logistik GmbH und
für das nette Telefonat gestern.

Wie besprochen möchte ich Sie gerne zu einem ersten Telefoninterview einladen:

  Dienstag, den 10. März, um 15 Uhr MEZ (bei Ihnen in Lissabon also 14 Uhr)
  Dauer: ca. 45 Minuten

Ich rufe Sie unter der Nummer an, die Sie im Bewerbungsformular angegeben haben (+351 912 000 417).
In dem Gespräch geht es vor allem um Ihren Werdegang, Ihre Gehaltsvorstellung und die Frage, ab wann
ein Umzug nach Hamburg für Sie denkbar wäre. Englisch ist selbstverständlich auch in Ordnung.

Bitte geben Sie mir kurz Bescheid, ob der Termin passt.

Mit freundlichen Grüßen

Jana Müller-Höfer
Senior Talent Acquisition Partner

Brückenwerk Logistik GmbH
Am Sandtorkai 71 · 20457 Hamburg
Tel. +49 40 5550 1182 · Mobil +49 170 555 0193
Sitz der Gesellschaft: Hamburg · Amtsgericht Hamburg HRB 000000
Geschäftsführer: Dr. Matthias Vogt
"""))
d2 = T("Europe/Lisbon", 2026, 3, 5, 11, 2)
add(c, "02-re-telefoninterview.eml", mail(
    "Inês Carvalho <%s>" % U, "Jana Müller-Höfer <%s>" % jana,
    "Re: Ihre Bewerbung als Senior Data Engineer (m/w/d) – Telefoninterview", d2,
    msgid="<CAKx9f2=ines.0305@mail.example>", in_reply_to="<a1b2c3d4.0305@brueckenwerk.example>", delivered_to=U,
    text="""Hallo Frau Müller-Höfer,

vielen Dank! Sorry, I'll continue in English to be on the safe side - Tuesday 10 March at 15:00 CET
(14:00 Lisbon) works perfectly for me. I'll keep my phone at hand.

Beste Grüße / best regards,
Inês Carvalho

On Thu, 5 Mar 2026 at 09:14, Jana Müller-Höfer <%s> wrote:
> Liebe Frau Carvalho,
>
> Wie besprochen möchte ich Sie gerne zu einem ersten Telefoninterview einladen:
>
>   Dienstag, den 10. März, um 15 Uhr MEZ (bei Ihnen in Lissabon also 14 Uhr)
>   Dauer: ca. 45 Minuten
>
> Mit freundlichen Grüßen
> Jana Müller-Höfer
""" % jana))
d3 = T("Europe/Berlin", 2026, 3, 5, 12, 30)
add(c, "03-re-re-telefoninterview.eml", mail(
    "Jana Müller-Höfer <%s>" % jana, "Inês Carvalho <%s>" % U,
    "AW: Ihre Bewerbung als Senior Data Engineer (m/w/d) – Telefoninterview", d3,
    msgid="<a1b2c3d4.0305b@brueckenwerk.example>", in_reply_to="<CAKx9f2=ines.0305@mail.example>",
    references="<a1b2c3d4.0305@brueckenwerk.example> <CAKx9f2=ines.0305@mail.example>", delivered_to=U,
    text="""Hi Inês,

perfect, thanks - then I'll call you on Tuesday. Bis Dienstag!

Viele Grüße
Jana

--
Jana Müller-Höfer | Brückenwerk Logistik GmbH | +49 40 5550 1182
"""))
label(c, U, [iv("Brückenwerk Logistik", "Senior Data Engineer (m/w/d)", T("Europe/Berlin", 2026, 3, 10, 15),
                T("Europe/Berlin", 2026, 3, 10, 15, 45), "scheduled", [jana], [jana], "phone_screen")],
      "medium", "positive/thread-german",
      "German recruiter proposes '15 Uhr MEZ' phone screen, candidate in Lisbon (14:00 local) confirms in English; "
      "recruiter is the interviewer.")

# ---- 02 Dutch Exchange/Teams panel, W. Europe Standard Time, label (UTC+01:00) but date after EU DST
c = "b21-02-nl-teams-panel-w-europe-after-dst"
U = "priya.raman@mail.example"
femke = "femke.jansen@zeeduin.example"
sanne = "sanne.devries@zeeduin.example"
jeroen = "jeroen.vandenberg@zeeduin.example"
st, en = T("Europe/Amsterdam", 2026, 4, 2, 10), T("Europe/Amsterdam", 2026, 4, 2, 11)
stamp = T("Europe/Amsterdam", 2026, 3, 27, 14, 5)
body = """Wanneer: donderdag 2 april 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.
Waar: Microsoft Teams-vergadering

*~*~*~*~*~*~*~*~*~*

Beste Priya,

Zoals telefonisch besproken hierbij de uitnodiging voor het tweede gesprek voor de functie Product Owner
Grid Analytics. Je spreekt met Sanne de Vries (Manager Data & Analytics) en Jeroen van den Berg
(Lead Engineer). Ik plan het gesprek alleen in en schuif zelf niet aan.

(Note for Priya: all times are Amsterdam time - that is 09:00 in London.)

Met vriendelijke groet,
Femke Jansen
Recruiter | Zeeduin Energie B.V.
Stationsplein 12, 3511 ED Utrecht | +31 30 555 0148

________________________________________________________________________________
Microsoft Teams-vergadering
Deelnemen op uw computer, mobiele app of apparaat in de ruimte
Klik hier om deel te nemen aan de vergadering<https://teams.microsoft.example/l/meetup-join/19%3ameeting_NzQ4>
Vergadering-id: 318 442 907 116
Wachtwoordcode: Zd7kQ2
________________________________________________________________________________
"""
cal = ical(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000D0A1E4C2B6BDDC01000000000000000010000000",
           seq=0, tzid="W. Europe Standard Time", start=st, end=en,
           summary="Tweede gesprek Product Owner Grid Analytics - Priya Raman",
           organizer=("Femke Jansen", femke),
           attendees=[("Priya Raman", U, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                      ("Sanne de Vries", sanne, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                      ("Jeroen van den Berg", jeroen, "REQ-PARTICIPANT", "NEEDS-ACTION")],
           description=body, location="Microsoft Teams-vergadering", stamp=stamp,
           vtimezone=cet_vtz("W. Europe Standard Time"), prodid="Microsoft Exchange Server 2010", ms=True)
add(c, "01-tweede-gesprek-teams.eml", mail(
    "Femke Jansen <%s>" % femke, "Priya Raman <%s>, Sanne de Vries <%s>, Jeroen van den Berg <%s>" % (U, sanne, jeroen),
    "Tweede gesprek Product Owner Grid Analytics - Priya Raman", stamp, text=body,
    msgid="<AM9PR08MB6215A1C0E4F4B2D2C0B8E9D1F2@AM9PR08MB6215.eurprd08.prod.outlook.example>", delivered_to=U,
    received_host="EUR05-AM6-obe.outbound.protection.outlook.example", calendar=cal,
    extra_headers=[("Content-class", "urn:content-classes:calendarmessage"), ("Accept-Language", "nl-NL"),
                   ("Thread-Topic", "Tweede gesprek Product Owner Grid Analytics - Priya Raman")]))
label(c, U, [iv("Zeeduin Energie", "Product Owner Grid Analytics", st, en, "scheduled", [sanne, jeroen], [sanne, jeroen],
                "onsite")],
      "hard", "positive/exchange-dutch-dst",
      "Dutch Exchange/Teams invite, W. Europe Standard Time; display label says (UTC+01:00) but 2 April is after EU DST "
      "-> +02:00. Two-person panel; coordinator does not attend.")

# ---- 03 French thread: propose two slots, candidate in Montreal picks Thursday 10h30 heure de Paris
c = "b21-03-fr-thread-heure-de-paris-montreal"
U = "marc.tremblay@example.com"
chloe = "chloe.garnier@ateliervernier.example"
helene = "helene.lefevre@ateliervernier.example"
m1 = "<20260316093012.4471@ateliervernier.example>"
m2 = "<CAJ8q=marc.tremblay.0316@mail.example>"
m3 = "<20260316152244.9918@ateliervernier.example>"
add(c, "01-proposition-creneaux.eml", mail(
    "Chloé Garnier <%s>" % chloe, "Marc Tremblay <%s>" % U, "Atelier Vernier – entretien Développeur·se Full-Stack senior",
    T("Europe/Paris", 2026, 3, 16, 9, 30), msgid=m1, delivered_to=U,
    text="""Bonjour Marc,

Merci pour votre candidature au poste de Développeur·se Full-Stack senior (CDI, full remote possible
depuis le Québec via notre entité canadienne). Votre profil a beaucoup plu à l'équipe !

Je vous propose un entretien de 45 minutes en visio avec Hélène Lefèvre, notre responsable
engineering (future manager du poste). Deux créneaux possibles, heure de Paris :

 - mardi 17 mars à 14h
 - jeudi 19 mars à 10h30

Attention au décalage : l'Amérique du Nord est déjà passée à l'heure d'été, pas encore la France,
donc l'écart n'est que de 5 heures cette semaine.

Bien cordialement,

Chloé Garnier
Chargée de recrutement – Atelier Vernier SAS
18 rue des Tanneurs, 69002 Lyon
+33 4 55 50 12 34
"""))
add(c, "02-re-proposition.eml", mail(
    "Marc Tremblay <%s>" % U, "Chloé Garnier <%s>" % chloe, "Re: Atelier Vernier – entretien Développeur·se Full-Stack senior",
    T("America/Toronto", 2026, 3, 16, 8, 5), msgid=m2, in_reply_to=m1, delivered_to=U,
    text="""Bonjour Chloé,

Merci beaucoup! Tuesday is tricky for me (client demo), so let's do Thursday, 10h30 Paris time -
that's 5:30 in the morning here in Montréal, but honestly that's fine, I'm an early bird.

Au plaisir,
Marc

Le lun. 16 mars 2026 à 04:30, Chloé Garnier <%s> a écrit :
> Je vous propose un entretien de 45 minutes en visio avec Hélène Lefèvre [...]
>  - mardi 17 mars à 14h
>  - jeudi 19 mars à 10h30
""" % chloe))
add(c, "03-confirmation-jeudi.eml", mail(
    "Chloé Garnier <%s>" % chloe, "Marc Tremblay <%s>" % U, "RE: Atelier Vernier – entretien Développeur·se Full-Stack senior",
    T("Europe/Paris", 2026, 3, 16, 15, 22), msgid=m3, in_reply_to=m2, references=f"{m1} {m2}",
    cc="Hélène Lefèvre <%s>" % helene, delivered_to=U,
    html="""<html><body><div style="font-family:Calibri,sans-serif">
<p>Bonjour Marc,</p>
<p>C'est noté&nbsp;: <b>jeudi 19 mars, 10h30 heure de Paris</b> (5h30 à Montréal), 45&nbsp;minutes avec
Hélène Lefèvre, que je mets en copie. Le lien Teams suit&nbsp;: <a href="https://teams.microsoft.example/l/meetup-join/av-0319">rejoindre la réunion</a>.</p>
<p>Hélène souhaite surtout parler de vos projets React/Node et de votre façon de travailler en équipe distribuée.</p>
<p>Bonne journée,<br>Chloé</p>
<p style="color:#777">Chloé Garnier · Chargée de recrutement · Atelier Vernier SAS · +33 4 55 50 12 34</p>
</div></body></html>
""", html_cte="base64"))
label(c, U, [iv("Atelier Vernier", "Développeur·se Full-Stack senior", T("Europe/Paris", 2026, 3, 19, 10, 30),
                T("Europe/Paris", 2026, 3, 19, 11, 15), "scheduled", [helene], [helene], "hiring_manager")],
      "hard", "positive/thread-french",
      "French recruiter proposes two 'heure de Paris' slots, candidate in Montreal picks Thursday in English, "
      "HTML-only base64 confirmation cc's the hiring manager. US/EU DST gap week (+01:00 in Paris).")

# ---- 04 Spanish Workable: scheduled, moved by recruiter, ATS update (SEQUENCE 1)
c = "b21-04-es-workable-reprogramada-peninsular"
U = "valentina.ruiz@example.com"
marta = "marta.iglesias@ondaluz.example"
alvaro = "alvaro.nunez@ondaluz.example"
ats = "Ondaluz Tecnología <noreply@workablemail.example>"
uid = "wk-ev-7731902-ondaluz@workablemail.example"
s0, e0 = T("Europe/Madrid", 2026, 4, 21, 16), T("Europe/Madrid", 2026, 4, 21, 17)
s1, e1 = T("Europe/Madrid", 2026, 4, 22, 17, 30), T("Europe/Madrid", 2026, 4, 22, 18, 30)
atts = [("Valentina Ruiz", U, "REQ-PARTICIPANT", "NEEDS-ACTION"), ("Álvaro Núñez", alvaro, "REQ-PARTICIPANT", "ACCEPTED")]
desc = "Entrevista técnica (60 min) con Álvaro Núñez - Data Engineer.\nGoogle Meet: https://meet.example/ond-qxz-rta"
for i, (s, e, seq, dstamp, subj, intro) in enumerate([
        (s0, e0, 0, T("Europe/Madrid", 2026, 4, 14, 11, 40), "Entrevista programada: Data Engineer en Ondaluz Tecnología",
         "Tu entrevista para el puesto de <b>Data Engineer</b> ha quedado programada."),
        (s1, e1, 1, T("Europe/Madrid", 2026, 4, 17, 9, 12), "Entrevista reprogramada: Data Engineer en Ondaluz Tecnología",
         "Tu entrevista para el puesto de <b>Data Engineer</b> ha sido <b>reprogramada</b>. La fecha anterior queda anulada.")]):
    cal = ical(method="REQUEST", uid=uid, seq=seq, tzid="Europe/Madrid", start=s, end=e,
               summary="Entrevista técnica – Valentina Ruiz – Data Engineer", organizer=("Marta Iglesias", marta),
               attendees=atts, description=desc, location="Google Meet", stamp=dstamp, vtimezone=cet_vtz("Europe/Madrid"),
               prodid="-//Workable//Interview Scheduler//ES")
    when = ["martes 21 de abril de 2026", "miércoles 22 de abril de 2026"][i]
    hh = ["16:00 – 17:00", "17:30 – 18:30"][i]
    html = f"""<!DOCTYPE html><html lang="es"><body style="background:#f4f5f7;font-family:Helvetica,Arial">
<table width="600" align="center" style="background:#fff;padding:24px"><tr><td>
<img src="https://cdn.workablemail.example/ondaluz/logo.png" alt="Ondaluz Tecnología" height="32">
<h2 style="color:#1f2d3d">Hola, Valentina:</h2>
<p>{intro}</p>
<table style="border:1px solid #e1e4e8;padding:12px">
<tr><td><b>Fecha</b></td><td>{when}</td></tr>
<tr><td><b>Hora</b></td><td>{hh} hora peninsular (CEST, Madrid)</td></tr>
<tr><td><b>Entrevistador</b></td><td>Álvaro Núñez, Lead Data Engineer</td></tr>
<tr><td><b>Lugar</b></td><td>Google Meet – https://meet.example/ond-qxz-rta</td></tr></table>
<p>Adjuntamos una invitación de calendario (.ics). Si tienes cualquier duda, responde a este correo y
le llegará a Marta Iglesias (Talent Acquisition).</p>
<p style="font-size:11px;color:#8a94a6">Enviado por Workable en nombre de Ondaluz Tecnología S.L. · Calle de Alcalá 212, 28028 Madrid.
No respondas si no es necesario. <a href="https://workablemail.example/unsubscribe">Preferencias</a></p>
</td></tr></table></body></html>
"""
    add(c, f"0{[1, 4][i]}-{['entrevista-programada', 'entrevista-reprogramada'][i]}.eml", mail(
        ats, U, subj, dstamp, html=html, html_cte="quoted-printable", reply_to="Marta Iglesias <%s>" % marta,
        msgid=f"<wk.{seq}.7731902@workablemail.example>", delivered_to=U, received_host="o1.workablemail.example",
        attach_ics=cal, attach_name="entrevista.ics"))
    if i == 0:
        add(c, "02-podemos-moverla.eml", mail(
            "Marta Iglesias <%s>" % marta, "Valentina Ruiz <%s>" % U, "Cambio de hora entrevista Data Engineer",
            T("Europe/Madrid", 2026, 4, 16, 18, 3), msgid="<CAMi9=marta.0416@ondaluz.example>", delivered_to=U,
            text="""Hola Valentina,

Te escribo porque a Álvaro le ha surgido un imprevisto el martes por la tarde. ¿Podríamos mover la
entrevista al miércoles 22 a las 17:30 hora peninsular? Sé que por la diferencia horaria con Buenos
Aires te viene mejor a partir del mediodía, así que creo que encaja.

Si te parece bien, te llegará una nueva invitación desde Workable.

Un saludo,
Marta Iglesias
Talent Acquisition · Ondaluz Tecnología
+34 910 555 274
"""))
        add(c, "03-re-cambio-de-hora.eml", mail(
            "Valentina Ruiz <%s>" % U, "Marta Iglesias <%s>" % marta, "Re: Cambio de hora entrevista Data Engineer",
            T("America/Argentina/Buenos_Aires", 2026, 4, 16, 14, 20), msgid="<CAVr2=valen.0416@mail.example>",
            in_reply_to="<CAMi9=marta.0416@ondaluz.example>", delivered_to=U,
            text="""Hola Marta,

¡Sin problema! Wednesday the 22nd at 17:30 your time works - that's 12:30 here in Buenos Aires.

Saludos,
Valentina

El jue, 16 abr 2026 a las 13:03, Marta Iglesias (<%s>) escribió:
> ¿Podríamos mover la entrevista al miércoles 22 a las 17:30 hora peninsular?
""" % marta))
label(c, U, [iv("Ondaluz Tecnología", "Data Engineer", s1, e1, "scheduled", [alvaro], [alvaro], "technical")],
      "medium", "positive/ats-reschedule-spanish",
      "Workable (Spanish) confirmation with .ics, recruiter moves it by e-mail, Workable update with SEQUENCE 1; final "
      "Wed 22 Apr 17:30 hora peninsular (+02:00).")

# ---- 05 Italian: confirmed colloquio, later cancelled by e-mail (position frozen)
c = "b21-05-it-colloquio-annullato"
U = "tom.hargreaves@example.com"
giulia = "giulia.colombo@brambilladigital.example"
nicco = "niccolo.fabbri@brambilladigital.example"
g1 = "<5f2a.giulia.0407@brambilladigital.example>"
g2 = "<CAtom.0407.reply@mail.example>"
add(c, "01-invito-colloquio.eml", mail(
    "Giulia Colombo <%s>" % giulia, "Tom Hargreaves <%s>" % U, "Colloquio per la posizione di UX Researcher – Brambilla Digital",
    T("Europe/Rome", 2026, 4, 7, 16, 45), msgid=g1, cc="Niccolò Fabbri <%s>" % nicco, delivered_to=U,
    text="""Gentile Tom,

grazie per l'interesse verso la posizione di UX Researcher. Ti confermo il colloquio conoscitivo con
Niccolò Fabbri, Head of Design (in copia):

  giovedì 16 aprile alle ore 11:00 (ora italiana – le 10:00 a Londra)
  durata: 30 minuti, su Google Meet (il link arriverà il giorno prima)

(English summary: intro chat with our Head of Design, Thursday 16 April, 11:00 Rome / 10:00 London.)

Un caro saluto,
Giulia Colombo
HR & Talent – Brambilla Digital S.r.l.
Via Tortona 31, 20144 Milano – tel. +39 02 5550 3380
""", text_cte="8bit"))
add(c, "02-re-invito.eml", mail(
    "Tom Hargreaves <%s>" % U, "Giulia Colombo <%s>" % giulia, "Re: Colloquio per la posizione di UX Researcher – Brambilla Digital",
    T("Europe/London", 2026, 4, 7, 16, 58), msgid=g2, in_reply_to=g1, cc="Niccolò Fabbri <%s>" % nicco, delivered_to=U,
    text="""Ciao Giulia,

Grazie mille - Thursday 16th at 10:00 UK time is in my diary. Looking forward to meeting Niccolò.

Best,
Tom
--
Tom Hargreaves · +44 7700 900461
"""))
add(c, "03-colloquio-annullato.eml", mail(
    "Giulia Colombo <%s>" % giulia, "Tom Hargreaves <%s>" % U, "Re: Colloquio per la posizione di UX Researcher – Brambilla Digital",
    T("Europe/Rome", 2026, 4, 14, 9, 20), msgid="<5f2a.giulia.0414@brambilladigital.example>", in_reply_to=g2,
    references=f"{g1} {g2}", cc="Niccolò Fabbri <%s>" % nicco, delivered_to=U,
    text="""Ciao Tom,

purtroppo ti scrivo con una notizia poco piacevole: siamo costretti ad annullare il colloquio di giovedì
16 aprile. La posizione è stata congelata per motivi di budget fino a nuovo avviso.

I'm really sorry about this - we liked your profile a lot and I will get back to you first if the role
reopens after the summer.

Un saluto,
Giulia
""", text_cte="quoted-printable"))
label(c, U, [iv("Brambilla Digital", "UX Researcher", T("Europe/Rome", 2026, 4, 16, 11), T("Europe/Rome", 2026, 4, 16, 11, 30),
                "cancelled", [nicco], [nicco], "hiring_manager")],
      "medium", "positive/cancel-italian",
      "Italian recruiter confirms 'ore 11:00 (ora italiana)' intro with Head of Design; later 'siamo costretti ad "
      "annullare' -> cancelled at last scheduled time.")

# ---- 06 Brazilian company, candidate in Porto: recruiter e-mail + Calendar API event (dedupe)
c = "b21-06-pt-br-entrevista-brasilia-gcal"
U = "joana.ferreira@mail.example"
let = "leticia.araujo@cajueiro.example"
joao = "joao.guimaraes@cajueiro.example"
s, e = T("America/Sao_Paulo", 2026, 5, 13, 10), T("America/Sao_Paulo", 2026, 5, 13, 11, 30)
add(c, "01-convite-entrevista-tecnica.eml", mail(
    "Letícia Araújo <%s>" % let, "Joana Ferreira <%s>" % U, "Cajueiro | Entrevista técnica – Engenheira de Software Sênior (Backend)",
    T("America/Sao_Paulo", 2026, 5, 6, 17, 10), msgid="<CAle7=leticia.0506@cajueiro.example>", delivered_to=U,
    text="""Oi Joana, tudo bem?

Que bom que deu certo a conversa com o time! Como combinado, a próxima etapa é a entrevista técnica
com o João Guimarães (Tech Lead de Pagamentos):

📅 quarta-feira, 13 de maio
🕙 10h às 11h30 (horário de Brasília) – ou seja, 14h em Portugal
💻 Google Meet (já te mandei o convite no calendário)

Vai ter uma parte de live coding em Kotlin ou Java, você escolhe. Qualquer coisa é só me chamar aqui
ou no WhatsApp +55 11 95550-2231.

Abraços,
Letícia Araújo
Tech Recruiter | Cajueiro Pagamentos
Av. Paulista, 1000 – São Paulo/SP
""", text_cte="base64"))
ev = {
    "kind": "calendar#event", "etag": "\"3391022884410000\"", "id": "c4ju3ir0tec2026mai13joana",
    "status": "confirmed", "htmlLink": "https://calendar.example/event?eid=YzRqdTNpcjB0ZWMyMDI2bWFpMTNqb2FuYQ",
    "created": "2026-05-06T20:02:11.000Z", "updated": "2026-05-06T20:04:41.220Z",
    "summary": "Entrevista técnica — Joana Ferreira (Backend Sr.)",
    "description": "Entrevista técnica com João Guimarães (Tech Lead Pagamentos). Live coding 45 min + conversa sobre arquitetura.\nDúvidas: Letícia Araújo",
    "creator": {"email": let, "displayName": "Letícia Araújo"},
    "organizer": {"email": let, "displayName": "Letícia Araújo"},
    "start": {"dateTime": iso(s), "timeZone": "America/Sao_Paulo"},
    "end": {"dateTime": iso(e), "timeZone": "America/Sao_Paulo"},
    "iCalUID": "c4ju3ir0tec2026mai13joana@google.com", "sequence": 0,
    "attendees": [
        {"email": let, "displayName": "Letícia Araújo", "organizer": True, "responseStatus": "accepted", "optional": True},
        {"email": joao, "displayName": "João Guimarães", "responseStatus": "accepted"},
        {"email": U, "self": True, "responseStatus": "needsAction"}],
    "hangoutLink": "https://meet.example/caj-ttec-jfr",
    "reminders": {"useDefault": True}, "eventType": "default"}
add(c, "02-entrevista-tecnica.gcal.json", (json.dumps(ev, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
label(c, U, [iv("Cajueiro Pagamentos", "Engenheira de Software Sênior (Backend)", s, e, "scheduled", [joao], [joao], "technical")],
      "medium", "positive/dedupe-portuguese-gcal",
      "Brazilian recruiter e-mail (base64, emoji, 'horário de Brasília', '14h em Portugal') plus the Calendar API "
      "event for the same interview: one interview at -03:00.")

# ---- 07 Polish HTML-only invite "godz. 10:00 czasu polskiego", candidate in Kyiv
c = "b21-07-pl-rozmowa-techniczna-godz"
U = "olena.bondarenko@example.com"
aga = "a.zielinska@kruszwil.example"
luk = "l.wisniewski@kruszwil.example"
p1 = "<0100019c-kruszwil-azi-0317@kruszwil.example>"
add(c, "01-zaproszenie-na-rozmowe.eml", mail(
    "Agnieszka Zielińska <%s>" % aga, "Olena Bondarenko <%s>" % U,
    "Zaproszenie na rozmowę techniczną – Senior Java Developer", T("Europe/Warsaw", 2026, 3, 17, 13, 48),
    msgid=p1, cc="Łukasz Wiśniewski <%s>" % luk, delivered_to=U,
    html="""<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Segoe UI,Arial;font-size:10.5pt">
<p>Dzień dobry Pani Oleno,</p>
<p>dziękuję za rozmowę w zeszłym tygodniu. Z przyjemnością zapraszam na <b>rozmowę techniczną</b> na stanowisko
Senior Java Developer w Kruszwil Software:</p>
<ul>
<li><b>termin:</b> wtorek, 24 marca 2026 r., godz. 10:00 czasu polskiego (11:00 czasu kijowskiego)</li>
<li><b>czas trwania:</b> ok. 60 minut</li>
<li><b>forma:</b> MS Teams – link prześlę w dniu rozmowy</li>
<li><b>prowadzący:</b> Łukasz Wiśniewski, Tech Lead (w kopii)</li>
</ul>
<p>Rozmowa może odbyć się po angielsku – proszę dać znać.</p>
<p>Pozdrawiam serdecznie,<br>
Agnieszka Zielińska<br>
<span style="color:#666">Specjalistka ds. rekrutacji IT · Kruszwil Software sp. z o.o.<br>
ul. Grzybowska 62, 00-844 Warszawa · tel. +48 22 555 04 17</span></p>
</div></body></html>
""", html_cte="base64"))
add(c, "02-re-zaproszenie.eml", mail(
    "Olena Bondarenko <%s>" % U, "Agnieszka Zielińska <%s>" % aga,
    "Re: Zaproszenie na rozmowę techniczną – Senior Java Developer", T("Europe/Kyiv", 2026, 3, 17, 16, 2),
    msgid="<CAob=olena.0317@mail.example>", in_reply_to=p1, cc="Łukasz Wiśniewski <%s>" % luk, delivered_to=U,
    text="""Dzień dobry,

Dziękuję! I confirm Tuesday 24.03, 10:00 Warsaw time. English would be easier for me, if possible.

Pozdrawiam,
Olena Bondarenko
"""))
label(c, U, [iv("Kruszwil Software", "Senior Java Developer", T("Europe/Warsaw", 2026, 3, 24, 10), T("Europe/Warsaw", 2026, 3, 24, 11),
                "scheduled", [luk], [luk], "technical")],
      "medium", "positive/html-only-polish",
      "Polish HTML-only base64 invite 'godz. 10:00 czasu polskiego (11:00 czasu kijowskiego)', tech lead in Cc; "
      "candidate confirms in English. Before EU DST -> +01:00.")

# ---- 08 Swedish Teamtailor booking + reminder "imorgon kl. 14.00", Friday before EU DST
c = "b21-08-sv-teamtailor-intervju-kl"
U = "mikko.laine@example.com"
asa = "asa.lindqvist@fjallkraft.example"
oskar = "oskar.ek@fjallkraft.example"
s, e = T("Europe/Stockholm", 2026, 3, 27, 14), T("Europe/Stockholm", 2026, 3, 27, 14, 45)
stamp = T("Europe/Stockholm", 2026, 3, 20, 9, 31)
cal = ical(method="REQUEST", uid="tt-interview-55120-8841@teamtailor-mail.example", seq=0, tzid="Europe/Stockholm",
           start=s, end=e, summary="Intervju: Mikko Laine / Fjällkraft Mobilitet – Backend-utvecklare",
           organizer=("Oskar Ek", oskar),
           attendees=[("Åsa Lindqvist", asa, "REQ-PARTICIPANT", "ACCEPTED"), ("Mikko Laine", U, "REQ-PARTICIPANT", "ACCEPTED")],
           description="Videointervju med Åsa Lindqvist (utvecklingschef). Länk: https://meet.teamtailor-mail.example/fjk-55120",
           location="Videomöte (Teamtailor Meet)", stamp=stamp, vtimezone=cet_vtz("Europe/Stockholm"),
           prodid="-//Teamtailor//Interview Kit//SV")
add(c, "01-din-intervju-ar-bokad.eml", mail(
    "Fjällkraft Mobilitet via Teamtailor <no-reply@teamtailor-mail.example>", U,
    "Din intervju med Fjällkraft Mobilitet är bokad", stamp, reply_to="Oskar Ek <%s>" % oskar,
    msgid="<tt.55120.booked.8841@teamtailor-mail.example>", delivered_to=U, received_host="mta-7.teamtailor-mail.example",
    text="""Hej Mikko!

Tack för att du bokade en tid. Din intervju för tjänsten Backend-utvecklare är nu bokad:

Fredag 27 mars 2026
kl. 14.00–14.45 (svensk tid, CET) – kl. 15.00 finsk tid
Videomöte: https://meet.teamtailor-mail.example/fjk-55120

Du träffar Åsa Lindqvist, utvecklingschef (asa.lindqvist@fjallkraft.example).

Behöver du ändra tiden? Använd länken nedan senast 24 timmar innan.
https://career.fjallkraft.example/interviews/55120/reschedule

Vänliga hälsningar
Oskar Ek, rekryterare
Fjällkraft Mobilitet AB

--
Det här meddelandet skickades via Teamtailor. Svara på mejlet för att nå rekryteraren.
""", attach_ics=cal, attach_name="intervju.ics"))
add(c, "02-paminnelse-imorgon.eml", mail(
    "Fjällkraft Mobilitet via Teamtailor <no-reply@teamtailor-mail.example>", U,
    "Påminnelse: intervju imorgon", T("Europe/Stockholm", 2026, 3, 26, 14, 0), reply_to="Oskar Ek <%s>" % oskar,
    msgid="<tt.55120.reminder.8841@teamtailor-mail.example>", delivered_to=U, received_host="mta-2.teamtailor-mail.example",
    text="""Hej Mikko,

En påminnelse om att du har en intervju med Fjällkraft Mobilitet imorgon kl. 14.00.
Tips: testa kamera och mikrofon i förväg.

Lycka till!
Fjällkraft Mobilitet
"""))
label(c, U, [iv("Fjällkraft Mobilitet", "Backend-utvecklare", s, e, "scheduled", [asa], [asa], "hiring_manager")],
      "medium", "positive/ats-swedish-dedupe",
      "Teamtailor booking in Swedish with .ics ('kl. 14.00–14.45 svensk tid') plus a 'imorgon kl. 14.00' reminder; "
      "Friday before EU DST (+01:00); interviewer address in the text.")

# ---- 09 Norwegian onsite day after EU DST end, candidate flying in from Reykjavik
c = "b21-09-no-intervjudag-etter-vintertid"
U = "katrin.jonsdottir@mail.example"
ingrid = "ingrid.solberg@nordlys.example"
bjorn = "bjorn.hakonsen@nordlys.example"
ragn = "ragnhild.ovrebo@nordlys.example"
eirik = "eirik.strand@nordlys.example"
tone = "tone.aasland@nordlys.example"
n1 = "<nordlys.isol.1014.001@nordlys.example>"
add(c, "01-program-intervjudag.eml", mail(
    "Ingrid Solberg <%s>" % ingrid, "Katrín Jónsdóttir <%s>" % U,
    "Program for intervjudag hos Nordlys Havbruk – tirsdag 27. oktober", T("Europe/Oslo", 2026, 10, 14, 15, 40), msgid=n1,
    cc=f"Bjørn Håkonsen <{bjorn}>, Ragnhild Øvrebø <{ragn}>, Eirik Strand <{eirik}>, Tone Aasland <{tone}>", delivered_to=U,
    text="""Hei Katrín,

Så hyggelig at du kan komme til Bergen! Her er programmet for intervjudagen tirsdag 27. oktober
(Strandkaien 14, 4. etasje – spør etter meg i resepsjonen):

  kl. 09.00–10.00  Samtale med Bjørn Håkonsen, avdelingsleder Data
  kl. 10.15–11.15  Teknisk case med Ragnhild Øvrebø, senior dataingeniør
  kl. 11.30–12.15  Lunsj med teamet (ikke en del av vurderingen)
  kl. 12.30–13.30  Systemdesign med Eirik Strand, arkitekt
  kl. 13.45–14.15  Avsluttende prat med Tone Aasland, daglig leder

NB: Norge går over til vintertid natt til søndag 25. oktober, så alle tider over er norsk
vintertid (CET) – det vil si samme klokkeslett minus én time hos deg på Island.

Vi dekker fly og hotell; reisebyrået sender billettene direkte.

Vennlig hilsen
Ingrid Solberg
HR-rådgiver | Nordlys Havbruk AS
Strandkaien 14, 5013 Bergen | +47 55 50 77 12
""", text_cte="quoted-printable"))
add(c, "02-re-program.eml", mail(
    "Katrín Jónsdóttir <%s>" % U, "Ingrid Solberg <%s>" % ingrid, "Re: Program for intervjudag hos Nordlys Havbruk – tirsdag 27. oktober",
    T("Atlantic/Reykjavik", 2026, 10, 14, 16, 15), msgid="<CAkj=katrin.1014@mail.example>", in_reply_to=n1, delivered_to=U,
    text="""Hi Ingrid,

Takk! The programme looks great - so I'll be at Strandkaien at 9 sharp on the 27th and we finish around
quarter past two. My flight back is at 18:05, so that works nicely.

Bestu kveðjur,
Katrín
"""))
label(c, U, [iv("Nordlys Havbruk", None, T("Europe/Oslo", 2026, 10, 27, 9), T("Europe/Oslo", 2026, 10, 27, 14, 15), "scheduled",
                [bjorn, ragn, eirik, tone], [bjorn, ragn, eirik, tone], "onsite")],
      "hard", "positive/onsite-norwegian-dst",
      "Norwegian onsite programme 'kl. 09.00–14.15' with lunch, two days after EU DST end (+01:00); coordinator does "
      "not interview; role never named as a title -> null.")

# ---- 10 Finnish: two interviews (screen then technical), straddling EU DST
c = "b21-10-fi-kaksi-haastattelua-klo"
U = "anna.schmidt@example.com"
aino = "aino.virtanen@revontuli.example"
jussi = "jussi.makela@revontuli.example"
f1 = "<rvg.aino.0320.01@revontuli.example>"
add(c, "01-puhelinhaastattelu.eml", mail(
    "Aino Virtanen <%s>" % aino, "Anna Schmidt <%s>" % U, "Revontuli Games – haastattelu / interview: Senior Gameplay Programmer",
    T("Europe/Helsinki", 2026, 3, 20, 11, 5), msgid=f1, delivered_to=U,
    text="""Hei Anna!

Kiitos hakemuksestasi Senior Gameplay Programmer -tehtävään. Haluaisin sopia kanssasi lyhyen
puhelinhaastattelun torstaina 26.3. klo 13.00 Suomen aikaa (klo 12.00 Saksan aikaa). Kesto n. 30 min.

(In English: a 30-minute call with me on Thursday 26 March at 13:00 Finnish time / 12:00 in Berlin.)

Ystävällisin terveisin / Best regards
Aino Virtanen
Talent Partner, Revontuli Games Oy
Lapinlahdenkatu 8, 00180 Helsinki · +358 40 555 0731
"""))
f2 = "<CAas=anna.0320@mail.example>"
add(c, "02-re-puhelinhaastattelu.eml", mail(
    "Anna Schmidt <%s>" % U, "Aino Virtanen <%s>" % aino, "Re: Revontuli Games – haastattelu / interview: Senior Gameplay Programmer",
    T("Europe/Berlin", 2026, 3, 20, 10, 40), msgid=f2, in_reply_to=f1, delivered_to=U,
    text="""Hei Aino,

Kiitos! Thursday 26.3 at 12:00 my time works. Talk soon!

Anna
"""))
s2, e2 = T("Europe/Helsinki", 2026, 4, 7, 9, 30), T("Europe/Helsinki", 2026, 4, 7, 10, 45)
stamp = T("Europe/Helsinki", 2026, 3, 27, 10, 22)
cal = ical(method="REQUEST", uid="rvg-tech-anna-schmidt-20260407@revontuli.example", seq=0, tzid="Europe/Helsinki",
           start=s2, end=e2, summary="Tekninen haastattelu: Anna Schmidt (Senior Gameplay Programmer)",
           organizer=("Aino Virtanen", aino),
           attendees=[("Jussi Mäkelä", jussi, "REQ-PARTICIPANT", "ACCEPTED"), ("Anna Schmidt", U, "REQ-PARTICIPANT", "NEEDS-ACTION")],
           description="Tekninen haastattelu Jussi Mäkelän kanssa (C++/Unreal). Google Meet: https://meet.example/rvg-tek-ann",
           location="Google Meet", stamp=stamp,
           vtimezone=vtz("Europe/Helsinki", "+0200", "+0300", std_start="16011025T040000", dst_start="16010329T030000",
                         std_name="EET", dst_name="EEST"))
add(c, "03-tekninen-haastattelu.eml", mail(
    "Aino Virtanen <%s>" % aino, "Anna Schmidt <%s>" % U, "Re: Revontuli Games – seuraava vaihe / next step",
    stamp, msgid="<rvg.aino.0327.02@revontuli.example>", in_reply_to=f2, references=f"{f1} {f2}", delivered_to=U,
    text="""Hei Anna,

kiitos eilisestä puhelusta – mennään seuraavaan vaiheeseen! Tekninen haastattelu Jussi Mäkelän
(Lead Gameplay Programmer) kanssa:

  tiistaina 7.4. klo 9.30–10.45 Suomen aikaa (8.30 Saksan aikaa)

Huom. kesäaika alkaa molemmissa maissa sunnuntaina, joten aikaero pysyy tunnin. Kalenterikutsu liitteenä.

Terveisin,
Aino
""", attach_ics=cal, attach_name="tekninen-haastattelu.ics"))
label(c, U, [
    iv("Revontuli Games", "Senior Gameplay Programmer", T("Europe/Helsinki", 2026, 3, 26, 13), T("Europe/Helsinki", 2026, 3, 26, 13, 30),
       "scheduled", [aino], [aino], "phone_screen"),
    iv("Revontuli Games", "Senior Gameplay Programmer", s2, e2, "scheduled", [jussi], [jussi], "technical")],
      "hard", "positive/two-interviews-finnish",
      "Finnish recruiter screen 'torstaina 26.3. klo 13.00 Suomen aikaa' (+02:00) and a technical 'tiistaina 7.4. "
      "klo 9.30–10.45' with .ics after EU DST (+03:00). Two interviews.")

# ---- 11 Czech Exchange invite then METHOD:CANCEL
c = "b21-11-cs-pohovor-zrusen-exchange"
U = "lukas.gruber@example.com"
tereza = "tereza.dvorakova@vltavarobotics.example"
ondrej = "ondrej.cerny@vltavarobotics.example"
s, e = T("Europe/Prague", 2026, 11, 3, 14), T("Europe/Prague", 2026, 11, 3, 15)
uidx = "040000008200E00074C5B7101A82E008000000003C7F19A1F158DD01000000000000000010000000B7"
for i, (meth, seq, stt, subj, stamp) in enumerate([
        ("REQUEST", 0, "CONFIRMED", "Technický pohovor – Lukas Gruber (Embedded Software Engineer)", T("Europe/Prague", 2026, 10, 26, 10, 17)),
        ("CANCEL", 1, "CANCELLED", "Zrušeno: Technický pohovor – Lukas Gruber (Embedded Software Engineer)", T("Europe/Prague", 2026, 10, 30, 16, 2))]):
    if i == 0:
        body = """Kdy: úterý 3. listopadu 2026 14:00-15:00 (UTC+01:00) Bělehrad, Bratislava, Budapešť, Lublaň, Praha.
Kde: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Dobrý den, pane Grubere,

posílám pozvánku na technický pohovor na pozici Embedded Software Engineer. Pohovor povede
Ondřej Černý (vedoucí týmu firmware), začínáme ve 14:00 SEČ, počítejte prosím s hodinou.
(Vienna and Prague share the same time zone, so it is 14:00 for you as well.)

S pozdravem
Tereza Dvořáková
HR Business Partner | Vltava Robotics s.r.o.
Karolinská 650/1, 186 00 Praha 8 | +420 221 555 019
"""
    else:
        body = """Dobrý den, pane Grubere,

bohužel musíme pohovor zrušit – pozici jsme mezitím obsadili interním kandidátem. Omlouváme se za
komplikace. We're sorry - we will keep your CV on file for future roles.

S pozdravem
Tereza Dvořáková
"""
    cal = ical(method=meth, uid=uidx, seq=seq, tzid="Central Europe Standard Time", start=s, end=e,
               summary=subj if i == 0 else subj, organizer=("Tereza Dvořáková", tereza),
               attendees=[("Lukas Gruber", U, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                          ("Ondřej Černý", ondrej, "REQ-PARTICIPANT", "NEEDS-ACTION")],
               description=body, location="Microsoft Teams Meeting", status=stt, stamp=stamp,
               vtimezone=cet_vtz("Central Europe Standard Time"), prodid="Microsoft Exchange Server 2010", ms=True,
               extra=(["PRIORITY:1"] if i else []))
    add(c, ["01-pozvanka-pohovor.eml", "02-zruseno-pohovor.eml"][i], mail(
        "Tereza Dvořáková <%s>" % tereza, "Lukas Gruber <%s>, Ondřej Černý <%s>" % (U, ondrej), subj, stamp, text=body,
        msgid=f"<VI1PR0{i}MB4471C2D0A9E5B19C33F0{i}@VI1PR0{i}MB4471.eurprd02.prod.outlook.example>", delivered_to=U,
        received_host="EUR02-VI1-obe.outbound.protection.outlook.example", calendar=cal, cal_method=meth,
        extra_headers=[("Content-class", "urn:content-classes:calendarmessage"), ("Accept-Language", "cs-CZ")]))
label(c, U, [iv("Vltava Robotics", "Embedded Software Engineer", s, e, "cancelled", [ondrej], [ondrej], "technical")],
      "medium", "positive/cancel-czech-exchange",
      "Czech Exchange invite (Central Europe Standard Time, 've 14:00 SEČ', after EU DST end) followed by "
      "'Zrušeno:' METHOD:CANCEL -> cancelled.")

# ---- 12 Hebrew/English recruiter e-mail + Google invite, Asia/Jerusalem, candidate in New York (6h gap week)
c = "b21-12-he-raayon-google-invite-jerusalem"
U = "daniel.weiss@example.com"
maya = "maya.levi@tamarcyber.example"
noa = "noa.bendavid@tamarcyber.example"
s, e = T("Asia/Jerusalem", 2026, 3, 15, 16), T("Asia/Jerusalem", 2026, 3, 15, 16, 45)
add(c, "01-raayon-im-noa.eml", mail(
    "מאיה לוי <%s>" % maya, "Daniel Weiss <%s>" % U, "ראיון עם נועה – Tamar Cyber / interview with Noa",
    T("Asia/Jerusalem", 2026, 3, 10, 12, 31), msgid="<CAml=maya.0310@tamarcyber.example>", delivered_to=U,
    text="""היי דניאל,

שמחה לעדכן שנועה בן-דוד, סמנכ"לית R&D, רוצה לפגוש אותך לשיחה על תפקיד Senior Security Researcher.
קבענו ליום ראשון, 15 במרץ, בשעה 16:00 שעון ישראל (45 דקות, בזום). הזמנה ביומן תגיע בנפרד.

Daniel - in English just in case: Sunday March 15, 16:00 Israel time = 10:00 AM in New York
(only 6 hours apart that week, since the US already switched to daylight saving time).

תודה,
מאיה לוי
Talent Acquisition | Tamar Cyber Ltd.
רח' הברזל 30, תל אביב | 054-555-0123
""", text_cte="base64"))
stamp = T("Asia/Jerusalem", 2026, 3, 10, 12, 40)
desc = ("Interview: Daniel Weiss <> Noa Ben-David (VP R&D)\nSenior Security Researcher\n"
        "Join Zoom Meeting: https://tamarcyber.zoom.example/j/84412093311")
cal = ical(method="REQUEST", uid="6k0n3q1s7b2t@google.com", seq=0, tzid="Asia/Jerusalem", start=s, end=e,
           summary="Daniel Weiss <> Noa Ben-David | Tamar Cyber", organizer=("Maya Levi", maya),
           attendees=[("Maya Levi", maya, "REQ-PARTICIPANT", "ACCEPTED"), ("Noa Ben-David", noa, "REQ-PARTICIPANT", "ACCEPTED"),
                      (U, U, "REQ-PARTICIPANT", "NEEDS-ACTION")],
           description=desc, location="https://tamarcyber.zoom.example/j/84412093311", stamp=stamp,
           vtimezone=vtz("Asia/Jerusalem", "+0200", "+0300", dst_rule="FREQ=YEARLY;BYMONTH=3;BYDAY=FR;BYMONTHDAY=23,24,25,26,27,28,29",
                         std_start="19701025T020000", dst_start="19700327T020000", std_name="IST", dst_name="IDT"))
add(c, "02-invitation.eml", mail(
    "Maya Levi <%s>" % maya, U,
    "Invitation: Daniel Weiss <> Noa Ben-David | Tamar Cyber @ Sun Mar 15, 2026 4pm - 4:45pm (IST) (%s)" % U, stamp,
    msgid="<calendar-8d41c2e7-31f0-4a7d-9b55-2a7f0e1c9d30@google.example>", delivered_to=U, reply_to="Maya Levi <%s>" % maya,
    received_host="mail-sor-f69.google.example",
    extra_headers=[("Sender", "Google Calendar <calendar-notification@google.example>")],
    text="""Daniel Weiss <> Noa Ben-David | Tamar Cyber
Sunday Mar 15, 2026 ⋅ 4pm – 4:45pm
Israel Time - Jerusalem

Join Zoom Meeting
https://tamarcyber.zoom.example/j/84412093311

Guests
Maya Levi - organizer
Noa Ben-David
%s

Reply for %s
Invitation from Google Calendar
""" % (U, U), text_cte="base64",
    html="""<html><body><div><span style="font-size:18px">Daniel Weiss &lt;&gt; Noa Ben-David | Tamar Cyber</span>
<p>Sunday Mar 15, 2026 &#8901; 4pm &ndash; 4:45pm<br>Israel Time - Jerusalem</p>
<p><a href="https://tamarcyber.zoom.example/j/84412093311">Join Zoom Meeting</a></p>
<p>Guests: Maya Levi (organizer), Noa Ben-David, %s</p></div></body></html>""" % U, html_cte="base64",
    calendar=cal, attach_ics=cal, attach_type=("application", "ics")))
label(c, U, [iv("Tamar Cyber", "Senior Security Researcher", s, e, "scheduled", [noa], [noa], "hiring_manager")],
      "hard", "positive/hebrew-google-invite",
      "Hebrew recruiter mail (base64, Hebrew display name) 'יום ראשון 15 במרץ 16:00 שעון ישראל' + Google invite "
      "(Asia/Jerusalem, +02:00 before Israeli DST); candidate in New York.")

# ---- 13 Arabic HTML-only base64, Dubai recruiter, candidate in Cairo (Egyptian DST)
c = "b21-13-ar-muqabala-dubai-html"
U = "youssef.haddad@mail.example"
rania = "rania.almansouri@wahatlogistics.example"
r1 = "<wl.rania.0428.77@wahatlogistics.example>"
add(c, "01-daawa-muqabala.eml", mail(
    "Rania Al-Mansouri <%s>" % rania, "Youssef Haddad <%s>" % U, "دعوة لمقابلة هاتفية – Supply Chain Analyst – Wahat Logistics",
    T("Asia/Dubai", 2026, 4, 28, 9, 55), msgid=r1, delivered_to=U,
    html="""<html dir="rtl" lang="ar"><head><meta charset="utf-8"></head><body style="font-family:Tahoma,Arial">
<p>عزيزي يوسف،</p>
<p>شكراً لتقديمك على وظيفة <b>محلل سلاسل الإمداد (Supply Chain Analyst)</b> في واحة للخدمات اللوجستية.</p>
<p>يسعدنا دعوتك إلى مقابلة هاتفية أولية معي يوم <b>الأربعاء 6 مايو 2026 الساعة 11:00 صباحاً بتوقيت الإمارات</b>
(الساعة 10:00 بتوقيت القاهرة)، ومدتها 30 دقيقة تقريباً. سأتصل بك على الرقم المسجل في طلبك.</p>
<p dir="ltr" style="text-align:left">English: a 30-minute phone screen with me on Wednesday 6 May, 11:00 AM UAE time (10:00 Cairo).</p>
<p>مع أطيب التحيات،<br>رانيا المنصوري<br>أخصائية استقطاب المواهب – Wahat Logistics FZ-LLC<br>
Dubai South, Business Park 3 – هاتف: ‎+971 4 555 0178</p>
</body></html>
""", html_cte="base64"))
add(c, "02-re-daawa.eml", mail(
    "Youssef Haddad <%s>" % U, "Rania Al-Mansouri <%s>" % rania, "Re: دعوة لمقابلة هاتفية – Supply Chain Analyst – Wahat Logistics",
    T("Africa/Cairo", 2026, 4, 28, 10, 30), msgid="<CAyh=youssef.0428@mail.example>", in_reply_to=r1, delivered_to=U,
    text="""شكراً جزيلاً أستاذة رانيا,

Confirmed - Wednesday 6 May at 11am UAE time (10am here in Cairo). I'll be available on my mobile +20 100 555 0290.

Best regards,
Youssef Haddad
"""))
label(c, U, [iv("Wahat Logistics", "Supply Chain Analyst", T("Asia/Dubai", 2026, 5, 6, 11), T("Asia/Dubai", 2026, 5, 6, 11, 30),
                "scheduled", [rania], [rania], "phone_screen")],
      "medium", "positive/arabic-html-only",
      "Arabic RTL HTML-only base64 invite 'الساعة 11:00 صباحاً بتوقيت الإمارات' (+04:00), candidate in Cairo "
      "(Egyptian summer time, 10:00) confirms; recruiter conducts the screen.")

# ================================================================= NEGATIVE CASES
# ---- 14 German Personio rejection after interview
c = "b21-14-de-absage-nach-gespraech"
U = "marta.nowak@example.com"
add(c, "01-absage.eml", mail(
    "Hafenblick Versicherung AG <jobs@hafenblick.example>", "Marta Nowak <%s>" % U,
    "Ihre Bewerbung als Aktuarin (m/w/d) – Rückmeldung", T("Europe/Berlin", 2026, 3, 18, 16, 12),
    msgid="<personio.hb.9912.reject@hafenblick.example>", delivered_to=U, reply_to="Katharina Brandstätter <k.brandstaetter@hafenblick.example>",
    text="""Sehr geehrte Frau Nowak,

vielen Dank für das angenehme Vorstellungsgespräch am 12. März um 10 Uhr und die Zeit, die Sie sich für
uns genommen haben. Wir haben uns die Entscheidung nicht leicht gemacht.

Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Kandidatin entschieden haben, deren Profil
noch etwas besser zu den Anforderungen der Stelle passt. Ein weiteres Gespräch wird es daher nicht geben.

Gerne würden wir Ihre Unterlagen für zukünftige Vakanzen in unserem Talentpool speichern. Wenn Sie
einverstanden sind, klicken Sie bitte hier: https://hafenblick.jobs.personio.example/talentpool/9912

Wir wünschen Ihnen für Ihren weiteren Weg alles Gute.

Mit freundlichen Grüßen
Katharina Brandstätter
Recruiting | Hafenblick Versicherung AG
Ballindamm 5, 20095 Hamburg
"""))
label(c, U, [], "medium", "negative/rejection-german",
      "German rejection ('Absage') that mentions a past 'Vorstellungsgespräch am 12. März um 10 Uhr'.")

# ---- 15 Dutch offer after final interview
c = "b21-15-nl-aanbod-na-gesprek"
U = "raj.patel@example.com"
add(c, "01-aanbod.eml", mail(
    "Lotte Hendriks <lotte.hendriks@groenpolder.example>", "Raj Patel <%s>" % U,
    "Aanbod: Senior Backend Engineer bij Groenpolder", T("Europe/Amsterdam", 2026, 4, 24, 15, 50),
    msgid="<gp.lotte.0424.offer@groenpolder.example>", delivered_to=U,
    text="""Hoi Raj,

Wat fijn dat je gisteren het laatste gesprek met ons team had – iedereen was enthousiast! Ik ben dan
ook blij je namens Groenpolder B.V. een aanbod te doen voor de functie Senior Backend Engineer:

- bruto maandsalaris: € 6.250 (o.b.v. 40 uur), 8% vakantiegeld
- startdatum: maandag 1 juni 2026 (in overleg)
- locatie: Rotterdam, 2 dagen per week op kantoor
- 30%-regeling: wij ondersteunen de aanvraag

Het contract vind je als bijlage in DocuSign. Zou je ons vóór vrijdag 1 mei 17:00 uur kunnen laten weten
of je het aanbod accepteert? Heb je vragen over de arbeidsvoorwaarden, bel me gerust: +31 10 555 0920.

(English: this is our formal offer - please sign via DocuSign by Friday 1 May, 17:00 CEST.)

Hartelijke groet,
Lotte Hendriks
Talent Lead | Groenpolder B.V. | Maasboulevard 90, Rotterdam
"""))
label(c, U, [], "medium", "negative/offer-dutch",
      "Dutch job offer referring to yesterday's final interview, with start date and a signing deadline.")

# ---- 16 French job alert
c = "b21-16-fr-alerte-emploi"
U = "camille.roux@example.com"
add(c, "01-alerte.eml", mail(
    "EmploiTech Alertes <alertes@emploitech.example>", U, "5 nouvelles offres : Data Analyst – Lyon, Genève, télétravail",
    T("Europe/Paris", 2026, 3, 23, 7, 0), msgid="<alerte.20260323.77120@emploitech.example>", delivered_to=U,
    extra_headers=[("List-Unsubscribe", "<https://emploitech.example/desabonnement?u=77120>")],
    html="""<html><body style="font-family:Arial">
<h2>Bonjour Camille, voici vos offres du jour</h2>
<table>
<tr><td><b>Data Analyst confirmé·e</b> – Maison Berthollet, Lyon<br>CDI · 48–55 k€ · Processus : entretien RH (30 min), entretien technique, étude de cas<br>
<a href="https://emploitech.example/o/9981">Voir l'offre</a></td></tr>
<tr><td><b>Analyste BI (H/F)</b> – Lac Léman Assurances, Genève (CH)<br>CDI · 95–110 kCHF · Entretiens à partir du 6 avril<br>
<a href="https://emploitech.example/o/9982">Voir l'offre</a></td></tr>
<tr><td><b>Data Analyst Junior</b> – Pivoine Retail, télétravail<br>CDD 12 mois · Candidature en 1 clic<br>
<a href="https://emploitech.example/o/9983">Voir l'offre</a></td></tr>
<tr><td><b>Product Analyst</b> – Okapi Santé, Paris 10e<br>CDI · 3 entretiens, réponse sous 2 semaines<br>
<a href="https://emploitech.example/o/9984">Voir l'offre</a></td></tr>
<tr><td><b>Analytics Engineer</b> – Brume Énergie, Nantes<br>CDI · Hybride · Recruteur actif cette semaine<br>
<a href="https://emploitech.example/o/9985">Voir l'offre</a></td></tr>
</table>
<p>Conseil de la semaine : comment réussir son entretien d'embauche en visio ? <a href="https://emploitech.example/blog/entretien-visio">Lire l'article</a></p>
<p style="font-size:11px;color:#999">Vous recevez cet e-mail car vous avez créé une alerte « Data Analyst ». <a href="https://emploitech.example/desabonnement?u=77120">Se désabonner</a></p>
</body></html>
"""))
label(c, U, [], "easy", "negative/job-alert-french",
      "French job-alert digest listing roles with 'entretien RH / entretien technique' process notes and an interview-tips link.")

# ---- 17 Spanish webinar with .ics
c = "b21-17-es-webinar-entrevista-tecnica"
U = "diego.sanchez@mail.example"
s, e = T("Europe/Madrid", 2026, 4, 23, 18), T("Europe/Madrid", 2026, 4, 23, 19, 30)
stamp = T("Europe/Madrid", 2026, 4, 15, 12, 0)
cal = ical(method="PUBLISH", uid="webinar-ent-tec-20260423@codigofuente-academy.example", seq=0, tzid="Europe/Madrid",
           start=s, end=e, summary="Webinar: Cómo superar la entrevista técnica (live coding)",
           organizer=("CódigoFuente Academy", "eventos@codigofuente-academy.example"), attendees=[(U, U, "REQ-PARTICIPANT", "ACCEPTED")],
           description="Webinar gratuito. Ponente: Irene Calvo, ex-recruiter técnica. Enlace: https://live.codigofuente-academy.example/w/2304",
           location="Online", stamp=stamp, vtimezone=cet_vtz("Europe/Madrid"), prodid="-//CodigoFuente//Eventos//ES")
add(c, "01-inscripcion-webinar.eml", mail(
    "CódigoFuente Academy <eventos@codigofuente-academy.example>", U,
    "Confirmada tu plaza: «Cómo superar la entrevista técnica» – jueves 23 de abril, 18:00 hora peninsular",
    stamp, msgid="<cf.evt.2304.reg.5531@codigofuente-academy.example>", delivered_to=U,
    text="""¡Hola Diego!

Tu plaza para el webinar gratuito «Cómo superar la entrevista técnica (live coding)» está confirmada.

Cuándo: jueves 23 de abril, de 18:00 a 19:30 (hora peninsular española)
Ponente: Irene Calvo, ex-recruiter técnica en varias scale-ups
Qué veremos: cómo prepararte para la entrevista con el hiring manager, simulación de una entrevista real
con un candidato voluntario y ronda de preguntas.

Añade el evento a tu calendario con el archivo adjunto.

¡Nos vemos!
El equipo de CódigoFuente Academy
Para darte de baja, responde BAJA.
""", attach_ics=cal, attach_name="webinar.ics"))
label(c, U, [], "medium", "negative/webinar-spanish",
      "Spanish webinar registration 'Cómo superar la entrevista técnica' with .ics (METHOD:PUBLISH) at a precise time.")

# ---- 18 Danish apartment viewing, landlord talks to each applicant
c = "b21-18-da-fremvisning-lejlighed"
U = "jonas.berg@example.com"
s, e = T("Europe/Copenhagen", 2026, 4, 9, 17, 30), T("Europe/Copenhagen", 2026, 4, 9, 18)
stamp = T("Europe/Copenhagen", 2026, 4, 3, 20, 11)
cal = ical(method="REQUEST", uid="fremvisning-noerrebrogade-88-3tv-0409@lejebolig.example", seq=0, tzid="Europe/Copenhagen",
           start=s, end=e, summary="Fremvisning: 3-værelses, Nørrebrogade 88, 3. tv.",
           organizer=("Henrik Møller", "henrik.moller@lejebolig.example"),
           attendees=[("Jonas Berg", U, "REQ-PARTICIPANT", "NEEDS-ACTION")],
           description="Fremvisning kl. 17.30. Udlejer holder en kort samtale med hver ansøger.", location="Nørrebrogade 88, 2200 København N",
           stamp=stamp, vtimezone=cet_vtz("Europe/Copenhagen"), prodid="-//LejeBolig//Fremvisning//DA")
add(c, "01-fremvisning.eml", mail(
    "Henrik Møller <henrik.moller@lejebolig.example>", "Jonas Berg <%s>" % U, "Invitation til fremvisning – Nørrebrogade 88, 3. tv.",
    stamp, msgid="<lb.fremv.0409.3tv@lejebolig.example>", delivered_to=U,
    text="""Hej Jonas,

Tak for din ansøgning på lejligheden på Nørrebrogade 88, 3. tv. (3 værelser, 82 m², husleje 13.450 kr./md.).
Du er udvalgt blandt ansøgerne og inviteres til fremvisning:

  torsdag d. 9. april kl. 17.30

Efter fremvisningen holder udlejer en kort samtale (ca. 10 min.) med hver ansøger – tag gerne
lønsedler og en udtalelse fra din nuværende udlejer med. Vi kontakter den valgte kandidat inden 14 dage.

Med venlig hilsen
Henrik Møller
Udlejningskonsulent, LejeBolig ApS · tlf. 33 55 50 18
""", attach_ics=cal, attach_name="fremvisning.ics"))
label(c, U, [], "hard", "negative/apartment-viewing-danish",
      "Danish apartment viewing invite (.ics, 'kl. 17.30') where the landlord has a 'samtale' with each 'ansøger'/candidate.")

# ---- 19 Swedish health-centre appointment (video consultation)
c = "b21-19-sv-vardcentral-bokad-tid"
U = "mikaela.holm@example.com"
add(c, "01-bokningsbekraftelse.eml", mail(
    "Vårdcentralen Solhöjden <noreply@solhojden-vard.example>", U, "Bekräftelse: bokad tid tisdag 14 april kl. 08.40",
    T("Europe/Stockholm", 2026, 4, 6, 13, 2), msgid="<vc.bok.77812.0406@solhojden-vard.example>", delivered_to=U,
    text="""Hej Mikaela,

Du har bokat en tid hos oss.

Typ av besök:  Videosamtal med läkare
Tid:           tisdag 14 april 2026 kl. 08.40–09.00
Vårdgivare:    Dr. Erik Sjöström, allmänläkare
Plats:         Digitalt – logga in via appen 15 minuter innan

Inför samtalet kommer du att få en kort intervju (hälsodeklaration) i appen – fyll gärna i den i förväg.
Om du får förhinder, avboka senast 24 timmar innan, annars debiteras en avgift på 200 kr.

Vänliga hälsningar
Vårdcentralen Solhöjden
Solhöjdsvägen 4, 413 22 Göteborg · 031-555 02 40
Svara inte på detta mejl.
"""))
label(c, U, [], "medium", "negative/doctor-swedish",
      "Swedish health-centre video appointment confirmation ('videosamtal med läkare', 'kort intervju' health questionnaire).")

# ---- 20 Polish recruiter asks to pick a slot (unbooked scheduling link)
c = "b21-20-pl-prosba-o-wybor-terminu"
U = "viktor.horvath@example.com"
k1 = "<sk.kasia.0311.12@sosnowiec-data.example>"
add(c, "01-wybor-terminu.eml", mail(
    "Katarzyna Wróblewska <k.wroblewska@sosnowiec-data.example>", "Viktor Horváth <%s>" % U,
    "Rozmowa rekrutacyjna – Data Platform Engineer / please pick a slot", T("Europe/Warsaw", 2026, 3, 11, 9, 41),
    msgid=k1, delivered_to=U,
    text="""Dzień dobry Panie Viktorze,

dziękuję za przesłanie CV na stanowisko Data Platform Engineer. Chciałabym zaprosić Pana na pierwszą
rozmowę rekrutacyjną (ok. 30 min). Proszę wybrać dogodny termin w moim kalendarzu:

https://umow.example/k-wroblewska/rozmowa-30

Dostępne są terminy od poniedziałku do środy w przyszłym tygodniu, między godz. 9:00 a 16:00 czasu
polskiego. (English: please book any 30-min slot Mon–Wed next week via the link above.)

Pozdrawiam,
Katarzyna Wróblewska
Rekruterka IT | Sosnowiec Data S.A. | +48 32 555 08 81
"""))
add(c, "02-re-wybor-terminu.eml", mail(
    "Viktor Horváth <%s>" % U, "Katarzyna Wróblewska <k.wroblewska@sosnowiec-data.example>",
    "Re: Rozmowa rekrutacyjna – Data Platform Engineer / please pick a slot", T("Europe/Budapest", 2026, 3, 11, 12, 15),
    msgid="<CAvh=viktor.0311@mail.example>", in_reply_to=k1, delivered_to=U,
    text="""Dear Katarzyna,

Thank you! I'm travelling today - I'll pick a slot in your calendar tonight, probably Tuesday afternoon.

Köszönöm / dziękuję,
Viktor
"""))
label(c, U, [], "hard", "negative/availability-request-polish",
      "Polish recruiter sends a booking link ('proszę wybrać dogodny termin', 9:00–16:00 window); candidate says he "
      "will book later - nothing is booked.")

# ---- 21 Italian: the owner is the interviewer
c = "b21-21-it-utente-e-intervistatrice"
U = "francesca.bianchi@example.com"
s, e = T("Europe/Rome", 2026, 5, 7, 15), T("Europe/Rome", 2026, 5, 7, 16)
stamp = T("Europe/Rome", 2026, 4, 30, 10, 2)
cal = ical(method="REQUEST", uid="1fq8ab9colloquio0507@google.com", seq=0, tzid="Europe/Rome", start=s, end=e,
           summary="Colloquio tecnico: Marco Esposito (candidato) – Backend Developer",
           organizer=("Elena Ricci", "elena.ricci@lanterna.example"),
           attendees=[("Francesca Bianchi", U, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                      ("Marco Esposito", "marco.esposito88@mail.example", "REQ-PARTICIPANT", "ACCEPTED")],
           description="Francesca, sei l'intervistatrice per la parte tecnica. CV e scorecard su Lanterna ATS.",
           location="Sala Faro / Google Meet", stamp=stamp, vtimezone=cet_vtz("Europe/Rome"))
add(c, "01-invito-colloquio-intervistatrice.eml", mail(
    "Elena Ricci <elena.ricci@lanterna.example>", U,
    "Invito: Colloquio tecnico: Marco Esposito (candidato) – Backend Developer @ gio 7 mag 2026 15:00 - 16:00 (CEST) (%s)" % U,
    stamp, msgid="<calendar-2b7e91aa-0f4e-4d1e-b9c3-51a9a0e5c6b1@google.example>", delivered_to=U,
    extra_headers=[("Sender", "Google Calendar <calendar-notification@google.example>")],
    text="""Ciao Francesca,

ti ho aggiunta come intervistatrice al colloquio tecnico con il candidato Marco Esposito per la
posizione di Backend Developer. Trovi CV e scorecard nell'ATS; compila il feedback entro venerdì.

Colloquio tecnico: Marco Esposito (candidato) – Backend Developer
giovedì 7 maggio 2026 ⋅ 15:00 – 16:00 (Ora legale dell'Europa centrale - Roma)
Sala Faro / Google Meet

Invito da Google Calendar
""", calendar=cal, attach_ics=cal, attach_type=("application", "ics")))
label(c, U, [], "hard", "negative/user-is-interviewer-italian",
      "Italian Google invite where the mailbox owner is the interviewer of candidate Marco Esposito.")

# ---- 22 Portuguese one-way recorded video interview (no live interviewer)
c = "b21-22-pt-entrevista-video-gravada"
U = "rui.mendes@example.com"
add(c, "01-entrevista-gravada.eml", mail(
    "Talento Atlântico Seguros <recrutamento@atlanticoseguros.example>", U,
    "Próxima etapa: entrevista em vídeo gravada – Analista de Risco", T("Europe/Lisbon", 2026, 4, 22, 10, 0),
    msgid="<vid.async.20260422.4431@atlanticoseguros.example>", delivered_to=U,
    html="""<html><body style="font-family:Verdana">
<p>Olá Rui,</p>
<p>Obrigado pela sua candidatura à vaga de <b>Analista de Risco</b>. A próxima etapa do processo é uma
<b>entrevista em vídeo gravada</b> (assíncrona): responderá a 5 perguntas, com 2 minutos por resposta.
Não há entrevistador ao vivo – a equipa de recrutamento analisará as gravações depois.</p>
<p>Prazo: até <b>30 de abril às 23:59 (hora de Lisboa)</b>. Pode fazê-la quando quiser dentro desse prazo.</p>
<p><a href="https://video-entrevista.example/atl/4431">Iniciar a entrevista em vídeo</a></p>
<p>Se tiver dúvidas técnicas, contacte suporte@video-entrevista.example.</p>
<p>Com os melhores cumprimentos,<br>Equipa de Recrutamento – Atlântico Seguros, S.A.<br>Av. da Liberdade 190, 1250-147 Lisboa</p>
</body></html>
""", html_cte="quoted-printable"))
label(c, U, [], "medium", "negative/one-way-video-portuguese",
      "Portuguese one-way recorded video interview with a deadline; no live interviewer and no scheduled slot.")


# ================================================================= write out
def main():
    for d in HERE.glob("b21-*"):
        if d.is_dir():
            shutil.rmtree(d)
    for case, items in CASES.items():
        d = HERE / case
        d.mkdir()
        for name, payload in items:
            (d / name).write_bytes(payload)
    header = "# Labels for blind21 (mixed-language, cross-border hiring). See /work/shared/eval/README.md for the schema.\n"
    with open(HERE / "labels.yaml", "w", encoding="utf-8") as f:
        f.write(header)
        yaml.safe_dump(LABELS, f, allow_unicode=True, sort_keys=False, width=120)
    assert set(CASES) == set(LABELS), set(CASES) ^ set(LABELS)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
