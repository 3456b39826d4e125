#!/usr/bin/env python3
"""Deterministically regenerate the blind228 case folders and labels.yaml.

Theme: a Tunis-based civil engineer (Meriem Jaziri) applying to Tunisian firms, French
engineering consultancies (Paris, Lyon) and Gulf contractors (Doha, Riyadh).
Standard library + PyYAML only.  Every offset is computed with zoneinfo; weekdays named in
the text are asserted.  Running the script twice produces identical bytes.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b228-"

TUN = ZoneInfo("Africa/Tunis")     # CET all year, no DST
PAR = ZoneInfo("Europe/Paris")     # CEST until 25 Oct 2026, then CET
DOH = ZoneInfo("Asia/Qatar")       # AST, UTC+3
RUH = ZoneInfo("Asia/Riyadh")      # UTC+3
UTC = timezone.utc

USER = "meriem.jaziri@example.com"
USER_NAME = "Meriem Jaziri"
USER_WORK = "meriem.jaziri@carthage-structures.example"
SIG_FR = "Meriem Jaziri\nIngénieure Génie Civil – Structures\n+216 22 418 706"

# ----------------------------------------------------------------------------- dates

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_ABR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
            "oct.", "nov.", "déc."]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
DAYS_AR = ["الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]


def T(tz, y, mo, d, h=0, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(dt, name):
    """Assert that dt falls on the weekday called `name` (French, English or Arabic)."""
    i = dt.weekday()
    assert name.lower() in (JOURS[i], DAYS_EN[i].lower(), DAYS_AR[i]), (dt, name)
    return name


def fr_day(dt):
    return "1er" if dt.day == 1 else str(dt.day)


def fr_long(dt, year=True):
    s = f"{JOURS[dt.weekday()]} {fr_day(dt)} {MOIS[dt.month - 1]}"
    return s + (f" {dt.year}" if year else "")


def fr_short(dt):
    return f"{JOURS_ABR[dt.weekday()]} {dt.day} {MOIS_ABR[dt.month - 1]} {dt.year}"


def en_long(dt):
    return f"{DAYS_EN[dt.weekday()]}, {MONTHS_EN[dt.month - 1]} {dt.day}, {dt.year}"


def en_dmy(dt):
    return f"{DAYS_EN[dt.weekday()]}, {dt.day} {MONTHS_EN[dt.month - 1]} {dt.year}"


def hfr(dt):
    """10h00"""
    return f"{dt.hour}h{dt.minute:02d}"


def h24(dt):
    return f"{dt.hour:02d}:{dt.minute:02d}"


def h12(dt, sep=":", ampm=(" AM", " PM")):
    h = dt.hour % 12 or 12
    return f"{h}{sep}{dt.minute:02d}{ampm[0] if dt.hour < 12 else ampm[1]}"


def rfc(dt):
    return format_datetime(dt)


def zst(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def iso(dt):
    return dt.isoformat() if dt is not None else None


def hx(*parts, n=32):
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:n]


# ----------------------------------------------------------------------------- MIME

def addr(name, email):
    return formataddr((name, email), charset="utf-8") if name else email


def hdr(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode(maxlinelen=76)


def b64lines(raw):
    s = base64.b64encode(raw).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def part(ctype, text, cte="quoted-printable", extra=(), raw=None):
    """A leaf MIME part as 'headers\n\nbody'."""
    data = raw if raw is not None else text.encode("utf-8")
    if cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        body = b64lines(data)
    else:
        body = data.decode("utf-8")
    if not body.endswith("\n"):
        body += "\n"
    lines = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"] + list(extra)
    return "\n".join(lines) + "\n\n" + body


def multipart(sub, boundary, parts, extra=()):
    lines = [f'Content-Type: multipart/{sub};\n boundary="{boundary}"'] + list(extra)
    body = ""
    for p in parts:
        body += f"--{boundary}\n" + p + "\n"
    body += f"--{boundary}--\n"
    return "\n".join(lines) + "\n\n" + body


def message(headers, body_part):
    out = []
    for k, v in headers:
        if v is None:
            continue
        out.append(f"{k}: {v}")
    out.append("MIME-Version: 1.0")
    return ("\n".join(out) + "\n" + body_part).encode("utf-8")


def received(host, ip, mx, when, user=USER, id_="", tls="Google Transport Security"):
    return (f"from {host} ({host}. [{ip}])\n        by {mx} with ESMTPS id {id_}\n"
            f"        for <{user}>\n        ({tls});\n        {rfc(when)}")


def html_doc(text, font="Arial,Helvetica,sans-serif", size="14px", pre="", post=""):
    paras = []
    for block in text.split("\n\n"):
        esc = html.escape(block, quote=True).replace("\n", "<br>\n")
        paras.append(f"<p>{esc}</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head><body><div style="font-family:{font};font-size:{size}">' + pre
            + "\n".join(paras) + post + "</div></body></html>\n")


def gmail_html(text):
    paras = []
    for block in text.split("\n\n"):
        esc = html.escape(block, quote=False).replace("\n", "<br>")
        paras.append(f"<div>{esc}</div><div><br></div>")
    return '<div dir="ltr">' + "".join(paras) + "</div>\n"


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


# ----------------------------------------------------------------------------- iCalendar

def ics_escape(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        b = len(ch.encode("utf-8"))
        if n + b > 75:
            out.append(cur)
            cur, n = " " + ch, 1 + b
        else:
            cur += ch
            n += b
    out.append(cur)
    return "\r\n".join(out)


def ics(lines):
    return ("\r\n".join(fold(l) for l in lines) + "\r\n")


VTZ_PARIS = ["BEGIN:VTIMEZONE", "TZID:Europe/Paris", "X-LIC-LOCATION:Europe/Paris",
             "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
             "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
             "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
             "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
             "END:VTIMEZONE"]
VTZ_TUNIS = ["BEGIN:VTIMEZONE", "TZID:Africa/Tunis", "X-LIC-LOCATION:Africa/Tunis",
             "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100", "TZNAME:CET",
             "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"]
VTZ_QATAR = ["BEGIN:VTIMEZONE", "TZID:Asia/Qatar", "X-LIC-LOCATION:Asia/Qatar",
             "BEGIN:STANDARD", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300", "TZNAME:+03",
             "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"]


def vtz_windows(name, off):
    return ["BEGIN:VTIMEZONE", f"TZID:{name}", "BEGIN:STANDARD", "DTSTART:16010101T000000",
            f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}", "END:STANDARD", "BEGIN:DAYLIGHT",
            "DTSTART:16010101T000000", f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}",
            "END:DAYLIGHT", "END:VTIMEZONE"]


WCAST = "W. Central Africa Standard Time"   # Windows zone used for Tunis (UTC+01:00, no DST)
ARAB = "Arab Standard Time"                   # Windows zone for Kuwait/Riyadh/Doha (UTC+03:00)


def teams_block(seed, lang="fr"):
    h = hx("teams", seed, n=64)
    thread = base64.b64encode(bytes.fromhex(h[:48])).decode().replace("+", "A").replace("/", "B")
    tid = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"
    oid = f"{h[32:40]}-{h[40:44]}-4{h[45:48]}-8{h[49:52]}-{h[52:64]}"
    mid = " ".join([str(int(h[i:i + 3], 16) % 900 + 100) for i in (0, 3, 6, 9)])
    pw = base64.b64encode(bytes.fromhex(h[50:58])).decode()[:6].replace("+", "k").replace("/", "Q")
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thread}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    line = "_" * 80
    if lang == "fr":
        txt = (f"{line}\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, votre application mobile "
               f"ou votre appareil de salle\nCliquez ici pour participer à la réunion<{url}>\n"
               f"ID de la réunion : {mid}\nCode secret : {pw}\nTélécharger Teams<https://www.microsoft.com/"
               f"fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/"
               f"microsoft-teams/join-a-meeting>\nEn savoir plus<https://aka.ms/JoinTeamsMeeting> | "
               f"Options de réunion<https://teams.microsoft.com/meetingOptions/?organizerId={oid}"
               f"&tenantId={tid}&threadId=19_meeting_{thread}@thread.v2&messageId=0&language=fr-FR>\n{line}")
    else:
        txt = (f"{line}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
               f"Click here to join the meeting<{url}>\nMeeting ID: {mid}\nPasscode: {pw}\n"
               f"Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on "
               f"the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\nLearn More<https://"
               f"aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/"
               f"?organizerId={oid}&tenantId={tid}&threadId=19_meeting_{thread}@thread.v2&messageId=0"
               f"&language=en-US>\n{line}")
    return txt, url


def exchange_uid(seed):
    return ("040000008200E00074C5B7101A82E00800000000" + hx("uid", seed, n=16).upper()
            + "000000000000000010000000" + hx("uid2", seed, n=32).upper())


def exchange_ics(method, tzname, tzoff, organizer, attendees, summary, start, end, desc,
                 location, uid, seq, dtstamp, lang="fr-FR", status="CONFIRMED",
                 teams_url=None, priority=5):
    """Exchange Online style calendar body. organizer=(name,email); attendees=[(name,email,role,partstat)]"""
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
         "VERSION:2.0"] + vtz_windows(tzname, tzoff) + ["BEGIN:VEVENT",
         f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, e, role, ps in attendees:
        rsvp = "TRUE" if method == "REQUEST" else "FALSE"
        L.append(f"ATTENDEE;ROLE={role};PARTSTAT={ps};RSVP={rsvp};CN={n}:mailto:{e}")
    L += [f"DESCRIPTION;LANGUAGE={lang}:{ics_escape(desc)}",
          f"UID:{uid}", f"SUMMARY;LANGUAGE={lang}:{ics_escape(summary)}",
          f"DTSTART;TZID={tzname}:{loc(start)}", f"DTEND;TZID={tzname}:{loc(end)}",
          "CLASS:PUBLIC", f"PRIORITY:{priority}", f"DTSTAMP:{zst(dtstamp)}", "TRANSP:OPAQUE",
          f"STATUS:{status}", f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE={lang}:{ics_escape(location)}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
          f"X-MICROSOFT-CDO-OWNERAPPTID:{-(int(hx('own', uid, n=7), 16))}",
          "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
          "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:" + ("2" if priority == 1 else "1"),
          "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        L += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
              'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
          f"X-MICROSOFT-LOCATIONDISPLAYNAME:{ics_escape(location)}"]
    if method == "REQUEST":
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
              "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics(L)


def exchange_invite(*, date, frm, to, cc=(), subject, when_line, where, body, cal, seed,
                    method="REQUEST", delivered=USER, extra_headers=(), lang="fr-FR",
                    x_series=True, html_font="Aptos,Calibri,sans-serif"):
    """Exchange/Outlook meeting request: multipart/alternative text/plain + text/html + text/calendar."""
    boundary = f"_000_{hx('b', seed, n=24).upper()}prodoutlookcom_"
    sep = "*~*~*~*~*~*~*~*~*~*"
    if lang.startswith("fr"):
        head = f"Quand : {when_line}\nOù : {where}\n\n{sep}\n\n"
    else:
        head = f"When: {when_line}\nWhere: {where}\n\n{sep}\n\n"
    text = head + body
    htm = html_doc(text, font=html_font, size="11pt")
    dom = "EUR" if lang.startswith("fr") else "AS8"
    msgid = f"<{dom}P{hx('m', seed, n=3).upper()}MB{hx('mid', seed, n=36).upper()}@{dom}P{hx('m', seed, n=3).upper()}MB{hx('h', seed, n=4).upper()}.{dom.lower()}prd0{hx('x', seed, n=1)}.prod.outlook.com>"
    headers = [("Delivered-To", delivered),
               ("Received", received("mail-" + ("eur" if dom == "EUR" else "me") + "05on2070.outbound.protection.outlook.com",
                                     "40.107.22.70", "mx.example.com", date, user=delivered,
                                     id_=hx("r", seed, n=12), tls="version=TLS1_2 cipher=ECDHE-RSA-AES256-GCM-SHA384")),
               ("Return-Path", f"<{frm[1]}>")] + list(extra_headers) + [
               ("From", addr(*frm)),
               ("To", ", ".join(addr(*t) for t in to)),
               ("CC", ", ".join(addr(*c) for c in cc) if cc else None),
               ("Subject", hdr(subject)),
               ("Thread-Topic", hdr(subject)),
               ("Thread-Index", base64.b64encode(bytes.fromhex(hx("ti", seed, n=44))).decode()),
               ("Date", rfc(date.astimezone(UTC)).replace("-0000", "+0000")),
               ("Message-ID", msgid),
               ("Accept-Language", lang if lang == "en-US" else f"{lang}, en-US"),
               ("Content-Language", lang),
               ("X-MS-Has-Attach", ""),
               ("X-MS-TNEF-Correlator", ""),
               ("Content-class", "urn:content-classes:calendarmessage"),
               ("x-ms-exchange-calendar-series-instance-id",
                "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + hx("s", seed, n=22) if x_series else None),
               ("x-ms-publictraffictype", "Email")]
    body_mime = multipart("alternative", boundary, [
        part('text/plain; charset="utf-8"', text, "quoted-printable"),
        part('text/html; charset="utf-8"', htm, "quoted-printable"),
        part(f'text/calendar; charset="utf-8"; method={method}', None, "base64", raw=cal.encode("utf-8")),
    ])
    return message(headers, body_mime), msgid


def gmail_id(seed):
    h = hx("gm", seed, n=40)
    return f"<CA{base64.b64encode(bytes.fromhex(h)).decode().replace('/', '_').replace('=', '')}@mail.gmail.com>"


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end),
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(recipients), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": USER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes,
            "source": "synthetic"}


# ============================================================================= POSITIVES

def case01():
    """Tanitjobs-style relay of a recruiter message + recruiter's Outlook reply (body only)."""
    slug = "b228-01-tanitjobs-convocation-siege"
    sent = T(TUN, 2026, 9, 10, 11, 42, 7)
    wd(sent, "jeudi")
    start = T(TUN, 2026, 9, 15, 10, 0)
    wd(start, "mardi")
    end = start + timedelta(minutes=45)
    sonia = ("Sonia Mabrouk", "sonia.mabrouk@sotramed.example")
    text = f"""Bonjour Meriem,

Vous avez reçu un nouveau message d'un recruteur concernant votre candidature à l'offre :

  Ingénieur Travaux Bâtiment (H/F) – Tunis
  SOTRAMED Construction · Réf. TJ-58214

---------- Message du recruteur ----------

Madame,

Suite à l'examen de votre candidature, nous avons le plaisir de vous convier à un entretien le {fr_long(start)} à {hfr(start)} (durée prévue : 45 minutes) à notre siège :

SOTRAMED Construction
Immeuble Les Reflets du Lac, Rue du Lac Léman
Les Berges du Lac 1 – 1053 Tunis

Vous serez reçue par M. Hatem Gharbi, Directeur des Travaux. Merci de vous munir de votre CV, de copies de vos diplômes et de votre CIN.

Pour confirmer votre présence ou pour toute question, vous pouvez me joindre directement à l'adresse {sonia[1]} ou au +216 71 960 412.

Cordialement,
Sonia Mabrouk
Chargée de Recrutement – SOTRAMED Construction

------------------------------------------

Pour répondre au recruteur, utilisez simplement le bouton « Répondre » de votre messagerie.

Bonne chance dans vos démarches !
L'équipe Tanitjobs

Vous recevez cet e-mail car vous avez postulé à une offre via Tanitjobs. Gérer mes notifications : https://www.tanitjobs.com/candidat/notifications
"""
    mid1 = f"<{hx('c1', 'a', n=20)}.{hx('c1', 'b', n=8)}@mailer.tanitjobs.com>"
    b1 = f"----=_Part_{int(hx('c1b', n=7), 16)}_{int(hx('c1c', n=8), 16)}.1789033327000"
    m1 = message([
        ("Delivered-To", USER),
        ("Received", received("mailer.tanitjobs.com", "51.91.120.14", "mx.example.com", sent, id_="a81kq2x0")),
        ("Return-Path", "<bounces@mailer.tanitjobs.com>"),
        ("Date", rfc(sent)),
        ("From", addr("Tanitjobs", "noreply@tanitjobs.com")),
        ("Reply-To", addr(*sonia)),
        ("To", addr(USER_NAME, USER)),
        ("Subject", hdr("Nouveau message de SOTRAMED Construction concernant votre candidature")),
        ("Message-ID", mid1),
        ("X-Mailer", "Tanitjobs Notifier"),
        ("List-Unsubscribe", "<https://www.tanitjobs.com/candidat/notifications>"),
    ], multipart("alternative", b1, [
        part('text/plain; charset="UTF-8"', text, "quoted-printable"),
        part('text/html; charset="UTF-8"', html_doc(text, font="Verdana,Arial,sans-serif", size="13px",
             pre='<div style="background:#0a4d8c;color:#fff;padding:10px 16px;font-weight:bold">tanitjobs</div>'),
             "quoted-printable"),
    ]))

    # Sonia answers (Outlook, FR) quoting Meriem's confirmation
    her = T(TUN, 2026, 9, 10, 13, 58)
    rep = T(TUN, 2026, 9, 10, 15, 21, 44)
    her_text = (f"Bonjour Madame Mabrouk,\n\nJe vous remercie pour votre message et vous confirme ma présence "
                f"à l'entretien du mardi 15 septembre à 10h00 à votre siège des Berges du Lac.\n\n"
                f"Bien cordialement,\n\n{SIG_FR}")
    text2 = (f"Bonjour Madame Jaziri,\n\nBien noté, merci. M. Gharbi vous recevra mardi à 10h00. "
             f"Présentez-vous à l'accueil au rez-de-chaussée, un badge visiteur vous sera remis.\n\n"
             f"Cordialement,\n\nSonia Mabrouk\nChargée de Recrutement\nSOTRAMED Construction\n"
             f"Tél. : +216 71 960 412\n\n"
             f"________________________________\n"
             f"De : Meriem Jaziri <{USER}>\n"
             f"Envoyé : jeudi 10 septembre 2026 13:58\n"
             f"À : Sonia Mabrouk <{sonia[1]}>\n"
             f"Objet : Re: Nouveau message de SOTRAMED Construction concernant votre candidature\n\n"
             + her_text)
    wd(her, "jeudi")
    mid_her = gmail_id("c1her")
    mid2 = f"<DB9PR02MB{hx('c1m2', n=4).upper()}{hx('c1m2b', n=28).upper()}@DB9PR02MB{hx('c1m2', n=4).upper()}.eurprd02.prod.outlook.com>"
    b2 = f"_000_{hx('c1b2', n=24).upper()}prodoutlookcom_"
    m2 = message([
        ("Delivered-To", USER),
        ("Received", received("mail-db9eur02on2101.outbound.protection.outlook.com", "40.107.15.101",
                              "mx.example.com", rep, id_="t7w0pq4e",
                              tls="version=TLS1_2 cipher=ECDHE-RSA-AES256-GCM-SHA384")),
        ("Return-Path", f"<{sonia[1]}>"),
        ("From", addr(*sonia)),
        ("To", addr(USER_NAME, USER)),
        ("Subject", hdr("RE: Nouveau message de SOTRAMED Construction concernant votre candidature")),
        ("Thread-Topic", hdr("Nouveau message de SOTRAMED Construction concernant votre candidature")),
        ("Date", rfc(rep.astimezone(UTC)).replace("-0000", "+0000")),
        ("Message-ID", mid2),
        ("References", f"{mid1} {mid_her}"),
        ("In-Reply-To", mid_her),
        ("Content-Language", "fr-FR"),
    ], multipart("alternative", b2, [
        part('text/plain; charset="Windows-1252"', None, "quoted-printable", raw=text2.encode("cp1252")),
        part('text/html; charset="Windows-1252"', None, "quoted-printable",
             raw=html_doc(text2, font="Calibri,sans-serif", size="11pt").replace("charset=utf-8", "charset=Windows-1252").encode("cp1252")),
    ]))
    files = [("01-tanitjobs-message-recruteur.eml", m1), ("02-re-confirmation-sotramed.eml", m2)]
    lab = label([iv("SOTRAMED Construction", "Ingénieur Travaux Bâtiment (H/F)", start, end, "scheduled",
                    [], [sonia[1]], "hiring_manager")],
                "easy", "positive/job-board-relay-body-only",
                "Tanitjobs-style relay (noreply) carrying the recruiter's convocation; Reply-To and signature give "
                "the recruiter. Interview with the Directeur des Travaux (no address) -> follow-up to the recruiter. "
                "Her confirmation is quoted in the recruiter's Outlook reply (Windows-1252 QP).")
    return slug, files, lab


def case02():
    """Welcome to the Jungle-style ATS confirmation with invitation.ics, Paris time in September."""
    slug = "b228-02-wttj-confirmation-heure-paris"
    sent = T(UTC, 2026, 9, 16, 14, 20, 33)
    start = T(PAR, 2026, 9, 22, 10, 0)
    wd(start, "mardi")
    end = T(PAR, 2026, 9, 22, 11, 0)
    camille = ("Camille Roux", "camille.roux@structeo.example")
    julien = ("Julien Marchand", "julien.marchand@structeo.example")
    meet = "https://meet.google.com/qdw-nrbe-ksx"
    text = f"""Bonjour Meriem,

Bonne nouvelle : votre entretien avec Structéo Ingénierie est confirmé !

Poste : Ingénieur(e) Structures – Ouvrages d'Art (H/F) · CDI · Paris 13e
Date : {fr_long(start)}
Horaire : {h24(start)} – {h24(end)} (heure de Paris)
Format : visioconférence (Google Meet)
Lien : {meet}
Votre interlocuteur : Julien Marchand, Responsable d'agence Ouvrages d'Art

Pensez à vérifier votre connexion et votre micro quelques minutes avant le début.

Un empêchement ? Répondez simplement à cet e-mail : votre message sera transmis à Camille Roux (Talent Acquisition, Structéo Ingénierie).

Vous trouverez en pièce jointe l'invitation à ajouter à votre agenda.

À très vite,
L'équipe Welcome to the Jungle

Vous recevez cet e-mail car vous avez postulé à une offre publiée sur Welcome to the Jungle.
"""
    uid = f"wttj-interview-{hx('c2uid', n=24)}@welcometothejungle.com"
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Welcome to the Jungle//Recruiting//FR", "VERSION:2.0",
               "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + VTZ_PARIS + [
               "BEGIN:VEVENT", f"DTSTAMP:{zst(sent)}", f"UID:{uid}",
               f"DTSTART;TZID=Europe/Paris:{loc(start)}", f"DTEND;TZID=Europe/Paris:{loc(end)}",
               "SEQUENCE:0", "STATUS:CONFIRMED",
               f"SUMMARY:{ics_escape('Entretien – Ingénieur(e) Structures Ouvrages d’Art – Meriem Jaziri')}",
               f"DESCRIPTION:{ics_escape('Entretien avec Julien Marchand (Responsable d’agence Ouvrages d’Art).' + chr(10) + 'Lien Google Meet : ' + meet)}",
               f"LOCATION:{meet}",
               f"ORGANIZER;CN=Camille Roux:mailto:{camille[1]}",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Julien Marchand:mailto:{julien[1]}",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Meriem Jaziri:mailto:{USER}",
               "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Rappel", "TRIGGER:-PT30M", "END:VALARM",
               "END:VEVENT", "END:VCALENDAR"])
    bm, ba = f"=_mixed_{hx('c2m', n=20)}", f"=_alt_{hx('c2a', n=20)}"
    m = message([
        ("Delivered-To", USER),
        ("Received", received("o12.email.welcometothejungle.com", "149.72.154.87", "mx.example.com", sent, id_="p3rx9b1c")),
        ("Return-Path", "<bounces+28817461-5a0c-meriem.jaziri=example.com@email.welcometothejungle.com>"),
        ("Date", rfc(sent).replace("-0000", "+0000")),
        ("From", addr("Welcome to the Jungle", "no-reply@welcometothejungle.com")),
        ("Reply-To", addr(camille[0] + " (Structéo Ingénierie)", f"reply+{hx('c2r', n=16)}@reply.welcometothejungle.com")),
        ("To", addr(USER_NAME, USER)),
        ("Subject", hdr(f"Entretien confirmé avec Structéo Ingénierie – {fr_long(start, year=False)}")),
        ("Message-ID", f"<{hx('c2mid', n=22)}@geopod-ismtpd-4.welcometothejungle.com>"),
        ("X-Entity-Ref-ID", hx("c2e", n=16)),
    ], multipart("mixed", bm, [
        multipart("alternative", ba, [
            part('text/plain; charset="utf-8"', text, "quoted-printable"),
            part('text/html; charset="utf-8"', html_doc(text, font="Helvetica,Arial,sans-serif", size="15px",
                 pre='<div style="background:#ffcd00;padding:14px;font-weight:700">Welcome to the Jungle</div>',
                 post=f'<p style="font-size:12px;color:#777">Contact recruteur : {camille[0]} – '
                      f'<a href="mailto:{camille[1]}">{camille[1]}</a></p>'), "quoted-printable"),
        ]),
        part('text/calendar; charset="utf-8"; method=REQUEST; name="invitation.ics"', None, "base64",
             extra=['Content-Disposition: attachment; filename="invitation.ics"'], raw=cal.encode("utf-8")),
    ]))
    lab = label([iv("Structéo Ingénierie", "Ingénieur(e) Structures – Ouvrages d'Art (H/F)", start, end,
                    "scheduled", [julien[1]], [julien[1]], "hiring_manager")],
                "medium", "positive/ats-email-with-ics",
                "WTTJ-style confirmation; reply relay address is not human; the .ics names the interviewer. "
                "10:00 heure de Paris in September = CEST (+02:00), i.e. 09:00 in Tunis.")
    return slug, [("01-wttj-entretien-confirme.eml", m)], lab


def case03():
    """Exchange/Teams invite with W. Central Africa Standard Time (Tunis, UTC+1) before EU DST end."""
    slug = "b228-03-teams-wcast-entretien-technique"
    sent = T(UTC, 2026, 10, 1, 9, 14, 52)
    start = T(TUN, 2026, 10, 6, 14, 30)
    wd(start, "mardi")
    end = start + timedelta(hours=1)
    rym = ("Rym Chaabane", "rym.chaabane@tunihydro.example")
    nizar = ("Nizar Ayari", "nizar.ayari@tunihydro.example")
    tb, turl = teams_block("c03")
    subject = "Entretien technique – Ingénieur(e) VRD / Hydraulique urbaine – Meriem Jaziri"
    body = f"""Bonjour Madame Jaziri,

Suite à notre échange téléphonique de ce matin, je vous adresse l'invitation pour votre entretien technique avec M. Nizar Ayari, Chef du département VRD & Hydraulique urbaine.

L'entretien se déroulera sur Microsoft Teams et durera environ une heure. Prévoyez de présenter un projet de voirie ou d'assainissement que vous avez suivi (plans et notes de calcul bienvenus en partage d'écran).

Je reste à votre disposition pour toute question.

Bien cordialement,

Rym Chaabane
Assistante Ressources Humaines
TuniHydro Engineering – Centre Urbain Nord, Tunis
Tél. : +216 70 148 322


{tb}
"""
    when = f"{fr_long(start)} {h24(start)}-{h24(end)} (UTC+01:00) Afrique centrale - Ouest."
    uid = exchange_uid("c03")
    cal = exchange_ics("REQUEST", WCAST, "+0100", rym,
                       [(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                        (nizar[0], nizar[1], "REQ-PARTICIPANT", "NEEDS-ACTION")],
                       subject, start, end, "Quand : " + when + "\nOù : Réunion Microsoft Teams\n\n" + body,
                       "Réunion Microsoft Teams", uid, 0, sent, teams_url=turl)
    m, _ = exchange_invite(date=sent, frm=rym, to=[(USER_NAME, USER), nizar], subject=subject,
                           when_line=when, where="Réunion Microsoft Teams", body=body, cal=cal, seed="c03")
    lab = label([iv("TuniHydro Engineering", "Ingénieur(e) VRD / Hydraulique urbaine", start, end, "scheduled",
                    [nizar[1]], [nizar[1]], "technical")],
                "medium", "positive/exchange-teams-windows-tzid",
                "Teams invite with TZID 'W. Central Africa Standard Time' (UTC+01:00, no DST) on 6 Oct 2026 while "
                "Paris is still on CEST; the HR assistant organizes only, the department head interviews.")
    return slug, [("01-invitation-entretien-technique.eml", m)], lab


def case04():
    """Online technical test (not an interview) then a debrief interview 'jeudi prochain à 15h heure de Paris'."""
    slug = "b228-04-test-technique-puis-entretien"
    thomas = ("Thomas Girard", "thomas.girard@rhodanie-ing.example")
    d1 = T(PAR, 2026, 10, 1, 10, 3, 18)
    deadline = T(PAR, 2026, 10, 8, 23, 59)
    wd(deadline, "jeudi")
    text1 = f"""Bonjour Meriem,

Merci pour votre candidature au poste d'Ingénieur Calcul Structures (H/F) basé à Lyon (télétravail partiel possible, relocalisation accompagnée).

Première étape de notre processus : un test technique en ligne d'environ 2 heures (béton armé selon l'Eurocode 2, une descente de charges et une petite question de dynamique). Vous pouvez le passer quand vous le souhaitez jusqu'au {fr_long(deadline, year=False)} au soir, via ce lien personnel :
https://evaluation.rhodanie-ing.example/t/7Q2KX-MJ

Le test se fait seul(e), sans examinateur ; les documents sont autorisés. Nous reviendrons vers vous après correction pour la suite.

Bonne journée,

Thomas Girard
Responsable Technique – Pôle Structures
Rhodanie Ingénierie · 42 quai Perrache, 69002 Lyon
"""
    mid1 = f"<PR1P264MB{hx('c4a', n=4).upper()}{hx('c4a1', n=28).upper()}@PR1P264MB{hx('c4a', n=4).upper()}.FRAP264.PROD.OUTLOOK.COM>"
    m1 = message([
        ("Delivered-To", USER),
        ("Received", received("mail-pr1fra01on2045.outbound.protection.outlook.com", "40.107.12.45", "mx.example.com",
                              d1, id_="k2e8vv0q", tls="version=TLS1_2 cipher=ECDHE-RSA-AES256-GCM-SHA384")),
        ("Return-Path", f"<{thomas[1]}>"),
        ("From", addr(*thomas)),
        ("To", addr(USER_NAME, USER)),
        ("Subject", hdr("Candidature Ingénieur Calcul Structures – test technique")),
        ("Date", rfc(d1.astimezone(UTC)).replace("-0000", "+0000")),
        ("Message-ID", mid1),
        ("Content-Language", "fr-FR"),
    ], multipart("alternative", f"_000_{hx('c4b1', n=24).upper()}FRAP264PRODOUTLOOKCOM_", [
        part('text/plain; charset="utf-8"', text1, "quoted-printable"),
        part('text/html; charset="utf-8"', html_doc(text1, font="Calibri,sans-serif", size="11pt"), "quoted-printable"),
    ]))

    d2 = T(PAR, 2026, 10, 9, 17, 31, 2)
    wd(d2, "vendredi")
    start = T(PAR, 2026, 10, 15, 15, 0)
    wd(start, "jeudi")   # "jeudi prochain" written on Friday 9 October
    assert (start.date() - d2.date()).days == 6
    end = start + timedelta(hours=1)
    text2 = f"""Bonjour Meriem,

Merci d'avoir passé le test, nous avons bien reçu votre copie. Très bon travail sur la partie flexion et sur la descente de charges, quelques points à discuter sur le poinçonnement.

Je vous propose d'en parler lors d'un entretien en visio jeudi prochain à 15h (heure de Paris), pour environ une heure : je mènerai l'entretien, nous reviendrons sur le test puis sur le poste et l'équipe. Je vous enverrai le lien Teams la veille.

Cela vous convient-il ?

Bien à vous,

Thomas Girard
Responsable Technique – Pôle Structures
Rhodanie Ingénierie
"""
    mid2 = f"<PR1P264MB{hx('c4c', n=4).upper()}{hx('c4c1', n=28).upper()}@PR1P264MB{hx('c4c', n=4).upper()}.FRAP264.PROD.OUTLOOK.COM>"
    m2 = message([
        ("Delivered-To", USER),
        ("Received", received("mail-pr1fra01on2062.outbound.protection.outlook.com", "40.107.12.62", "mx.example.com",
                              d2, id_="q8n1ab7w", tls="version=TLS1_2 cipher=ECDHE-RSA-AES256-GCM-SHA384")),
        ("Return-Path", f"<{thomas[1]}>"),
        ("From", addr(*thomas)),
        ("To", addr(USER_NAME, USER)),
        ("Subject", hdr("Suite à votre test – entretien")),
        ("Date", rfc(d2.astimezone(UTC)).replace("-0000", "+0000")),
        ("Message-ID", mid2),
        ("Content-Language", "fr-FR"),
    ], multipart("alternative", f"_000_{hx('c4b2', n=24).upper()}FRAP264PRODOUTLOOKCOM_", [
        part('text/plain; charset="utf-8"', text2, "quoted-printable"),
        part('text/html; charset="utf-8"', html_doc(text2, font="Calibri,sans-serif", size="11pt"), "quoted-printable"),
    ]))

    her = T(TUN, 2026, 10, 9, 20, 47, 10)
    d3 = T(PAR, 2026, 10, 10, 9, 12, 40)
    wd(d3, "samedi")
    mid_her = gmail_id("c4her")
    her_text = (f"Bonjour Thomas,\n\nMerci pour ce retour. Avec plaisir : je vous confirme l'entretien "
                f"{fr_long(start, year=False)} à 15h heure de Paris, soit 14h heure de Tunis.\n\n"
                f"Bonne soirée,\n{SIG_FR}")
    text3 = ("Parfait, c'est noté. À jeudi !\n\nThomas\n\n"
             "________________________________\n"
             f"De : Meriem Jaziri <{USER}>\n"
             f"Envoyé : vendredi 9 octobre 2026 21:47\n"
             f"À : Thomas Girard <{thomas[1]}>\n"
             "Objet : Re: Suite à votre test – entretien\n\n" + her_text + "\n\n"
             "Le ven. 9 oct. 2026 à 16:31, Thomas Girard <" + thomas[1] + "> a écrit :\n" + quote(text2.strip()))
    m3 = message([
        ("Delivered-To", USER),
        ("Received", received("mail-pr1fra01on2071.outbound.protection.outlook.com", "40.107.12.71", "mx.example.com",
                              d3, id_="z0c5ye3r", tls="version=TLS1_2 cipher=ECDHE-RSA-AES256-GCM-SHA384")),
        ("Return-Path", f"<{thomas[1]}>"),
        ("From", addr(*thomas)),
        ("To", addr(USER_NAME, USER)),
        ("Subject", hdr("RE: Suite à votre test – entretien")),
        ("Date", rfc(d3.astimezone(UTC)).replace("-0000", "+0000")),
        ("Message-ID", f"<PR1P264MB{hx('c4d', n=4).upper()}{hx('c4d1', n=28).upper()}@PR1P264MB{hx('c4d', n=4).upper()}.FRAP264.PROD.OUTLOOK.COM>"),
        ("In-Reply-To", mid_her),
        ("References", f"{mid2} {mid_her}"),
        ("Content-Language", "fr-FR"),
    ], part('text/plain; charset="utf-8"', text3, "quoted-printable"))
    files = [("01-rhodanie-test-technique.eml", m1), ("02-rhodanie-proposition-entretien.eml", m2),
             ("03-re-confirmation-jeudi.eml", m3)]
    lab = label([iv("Rhodanie Ingénierie", "Ingénieur Calcul Structures (H/F)", start, end, "scheduled",
                    [thomas[1]], [thomas[1]], "technical")],
                "hard", "positive/test-then-interview",
                "Unproctored online test is not an interview; the debrief interview is 'jeudi prochain à 15h "
                "(heure de Paris)' written on Friday 9 Oct -> Thu 15 Oct, CEST, confirmed in the quoted reply "
                "(14h Tunis). Thomas conducts.")
    return slug, files, lab


def google_invite(*, seed, sent, organizer, guests, summary, start, end, description, meet, pin,
                  seq, updated=False, created=None, user_tz_label="heure normale d’Europe centrale - Tunis",
                  user_tz=TUN, tz_abbr="CET"):
    """French Google Calendar invitation e-mail (multipart/mixed, alternative + invite.ics)."""
    ls, le = start.astimezone(user_tz), end.astimezone(user_tz)
    uid = f"{hx('guid', seed, n=26)}@google.com"
    when_subj = f"{fr_short(ls)} {h24(ls)} - {h24(le)} ({tz_abbr})"
    subj = (("Invitation mise à jour : " if updated else "Invitation: ") + f"{summary} @ {when_subj} ({USER})")
    head = "Cet événement a été modifié.\n\n" if updated else ""
    when_txt = f"{'Modifié : ' if updated else ''}{JOURS[ls.weekday()]} {ls.day} {MOIS_ABR[ls.month - 1]} {ls.year} ⋅ {h24(ls)} – {h24(le)}\n{user_tz_label}"
    guest_lines = "\n".join(f"{n} - organisateur" if e == organizer[1] else (e if n is None else f"{n}")
                            for n, e in guests)
    text = f"""{head}{summary}
{when_txt}

Participer avec Google Meet
{meet}

Participer par téléphone
(FR) +33 1 87 40 45 91 PIN : {pin}#

Plus de numéros de téléphone : https://tel.meet/{meet.rsplit('/', 1)[1]}?pin={pin.replace(' ', '')}

{description}

Organisateur
{organizer[0]}
{organizer[1]}

Invités
{guest_lines}
Afficher tous les détails des invités : https://calendar.google.com/calendar/event?action=VIEW&eid={hx('eid', seed, n=40)}

Répondre pour {USER}
Oui : https://calendar.google.com/calendar/event?action=RESPOND&eid={hx('eid', seed, n=40)}&rst=1
Non : https://calendar.google.com/calendar/event?action=RESPOND&eid={hx('eid', seed, n=40)}&rst=2
Peut-être : https://calendar.google.com/calendar/event?action=RESPOND&eid={hx('eid', seed, n=40)}&rst=3

Plus d'options : https://calendar.google.com/calendar/event?action=VIEW&eid={hx('eid', seed, n=40)}

Invitation de Google Agenda : https://calendar.google.com/calendar/

Vous recevez cet e-mail, car vous êtes invité à cet événement.

Transférer cette invitation peut permettre à n'importe quel destinataire d'envoyer une réponse à l'organisateur, d'être ajouté à la liste des invités, d'inviter d'autres personnes, que ces dernières aient été invitées ou non, ou de modifier votre réponse. En savoir plus https://support.google.com/calendar/answer/37135#forwarding
"""
    att = []
    for n, e in guests:
        ps = "ACCEPTED" if e == organizer[1] else "NEEDS-ACTION"
        att.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={n or e};X-NUM-GUESTS=0:mailto:{e}")
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
               "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
               f"DTSTART:{zst(start)}", f"DTEND:{zst(end)}", f"DTSTAMP:{zst(sent)}",
               f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"] + att + [
               f"X-GOOGLE-CONFERENCE:{meet}", f"CREATED:{zst(created or sent)}",
               f"DESCRIPTION:{ics_escape(description)}\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\\nParticipez à la réunion Google Meet : {meet}\\n\\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-",
               f"LAST-MODIFIED:{zst(sent)}", "LOCATION:", f"SEQUENCE:{seq}", "STATUS:CONFIRMED",
               f"SUMMARY:{ics_escape(summary)}", "TRANSP:OPAQUE",
               "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H10M0S",
               "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    bm = "000000000000" + hx("gbm", seed, n=16)
    ba = "000000000000" + hx("gba", seed, n=16)
    msgid = f"<calendar-{hx('gmid', seed, n=8)}-{hx('gmid2', seed, n=4)}-{hx('gmid3', seed, n=4)}-{hx('gmid4', seed, n=4)}-{hx('gmid5', seed, n=12)}@google.com>"
    m = message([
        ("Delivered-To", USER),
        ("Received", received("mail-sor-f73.google.com", "209.85.220.73", "mx.example.com", sent, id_=hx("gr", seed, n=12))),
        ("Return-Path", f"<3{hx('rp', seed, n=20)}@calendar-server.bounces.google.com>"),
        ("Reply-To", addr(*organizer)),
        ("Sender", addr("Google Agenda", "calendar-notification@google.com")),
        ("Auto-Submitted", "auto-generated"),
        ("Message-ID", msgid),
        ("Date", rfc(sent).replace("-0000", "+0000")),
        ("Subject", hdr(subj)),
        ("From", addr(*organizer)),
        ("To", USER),
    ], multipart("mixed", bm, [
        multipart("alternative", ba, [
            part('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
            part('text/html; charset="UTF-8"', html_doc(text, font="Roboto,Helvetica,Arial,sans-serif"), "quoted-printable"),
            part('text/calendar; charset="UTF-8"; method=REQUEST', None, "7bit" if cal.isascii() else "base64",
                 raw=cal.encode("utf-8")),
        ]),
        part('application/ics; name="invite.ics"', None, "base64",
             extra=['Content-Disposition: attachment; filename="invite.ics"'], raw=cal.encode("utf-8")),
    ]))
    return m, msgid


def case05():
    """Google invite at 11:00 Paris (CEST) moved by a week across the 25 Oct DST change."""
    slug = "b228-05-google-report-passage-heure-hiver"
    claire = ("Claire Dubois-Lefèvre", "claire.dubois@hexaterre.example")
    meet, pin = "https://meet.google.com/vkr-hqzt-nwa", "318 442 907"
    summary = "Entretien – Ingénieure géotechnicienne (Meriem Jaziri)"
    desc = ("Bonjour Meriem,\nentretien avec moi (responsable du pôle géotechnique Île-de-France) : vos missions "
            "G2 AVP/PRO, le suivi des campagnes de sondages et le poste basé à Paris.\nÀ bientôt,\nClaire")
    s1 = T(UTC, 2026, 10, 13, 8, 5, 11)
    st1 = T(PAR, 2026, 10, 20, 11, 0)
    wd(st1, "mardi")
    assert st1.utcoffset() == timedelta(hours=2)
    en1 = st1 + timedelta(minutes=45)
    guests = [(claire[0], claire[1]), (None, USER)]
    m1, mid1 = google_invite(seed="c05", sent=s1, organizer=claire, guests=guests, summary=summary,
                             start=st1, end=en1, description=desc, meet=meet, pin=pin, seq=0)
    # Claire's e-mail
    d2 = T(PAR, 2026, 10, 16, 18, 47, 30)
    wd(d2, "vendredi")
    st2 = T(PAR, 2026, 10, 27, 11, 0)
    wd(st2, "mardi")
    assert st2.utcoffset() == timedelta(hours=1)
    en2 = st2 + timedelta(minutes=45)
    text2 = f"""Bonjour Meriem,

Je suis désolée : une expertise urgente sur un glissement de terrain dans les Yvelines me bloque toute la journée de mardi prochain. Je vous propose de décaler notre entretien d'une semaine, au {fr_long(st2, year=False)}, même heure pour moi (11h heure de Paris).

Attention au changement d'heure : la France repasse à l'heure d'hiver le dimanche 25 octobre, ce sera donc 11h pour vous aussi à Tunis, et non plus 10h comme pour le créneau initial.

Je mets l'invitation à jour dans la foulée. Toutes mes excuses pour ce contretemps.

Bien à vous,

Claire Dubois-Lefèvre
Responsable du pôle Géotechnique IDF
Hexaterre Conseil – 18 rue de la Gare de Reuilly, 75012 Paris
"""
    wd(T(PAR, 2026, 10, 25), "dimanche")
    mid2 = gmail_id("c05mail")
    m2 = message([
        ("Delivered-To", USER),
        ("Received", received("mail-sor-f41.google.com", "209.85.220.41", "mx.example.com", d2, id_="h4m2o0dk")),
        ("Return-Path", f"<{claire[1]}>"),
        ("From", addr(*claire)),
        ("Date", rfc(d2)),
        ("Message-ID", mid2),
        ("Subject", hdr("Report de notre entretien de mardi")),
        ("To", addr(USER_NAME, USER)),
    ], multipart("alternative", "000000000000" + hx("c05b", n=16), [
        part('text/plain; charset="UTF-8"', text2, "quoted-printable"),
        part('text/html; charset="UTF-8"', gmail_html(text2), "quoted-printable"),
    ]))
    s3 = T(UTC, 2026, 10, 16, 16, 52, 40)
    m3, _ = google_invite(seed="c05", sent=s3, organizer=claire, guests=guests, summary=summary,
                          start=st2, end=en2, description=desc, meet=meet, pin=pin, seq=1, updated=True,
                          created=s1)
    files = [("01-invitation-google.eml", m1), ("02-report-entretien.eml", m2),
             ("03-invitation-mise-a-jour.eml", m3)]
    lab = label([iv("Hexaterre Conseil", "Ingénieure géotechnicienne", st2, en2, "scheduled",
                    [claire[1]], [claire[1]], "hiring_manager")],
                "hard", "positive/reschedule-dst",
                "Google invite (UTC in .ics, Tunis-time display 10:00) for Tue 20 Oct 11:00 Paris CEST; moved to "
                "Tue 27 Oct 11:00 Paris, which is CET after the 25 Oct change -> 11:00 in Tunis. Updated "
                "invitation SEQUENCE 1, same UID. The organizer is the hiring manager who conducts.")
    return slug, files, lab


def case06():
    """Doha contractor: Teams invite (Arab Standard Time), then a METHOD:CANCEL."""
    slug = "b228-06-doha-teams-annule"
    priya = ("Priya Menon", "priya.menon@alwaha-contracting.example")
    omar = ("Eng. Omar Al-Kuwari", "omar.alkuwari@alwaha-contracting.example")
    s1 = T(UTC, 2026, 10, 26, 7, 41, 9)
    start = T(DOH, 2026, 11, 1, 11, 0)
    wd(start, "sunday")
    end = start + timedelta(hours=1)
    tun = start.astimezone(TUN)
    assert tun.hour == 9
    subject = "Interview – Site Engineer (Infrastructure) – Meriem Jaziri"
    tb, turl = teams_block("c06", lang="en")
    body1 = f"""Dear Meriem,

Further to your application for the Site Engineer (Infrastructure) position on our Al Wakrah utilities project, please find below a Microsoft Teams invitation for a technical interview with Eng. Omar Al-Kuwari, Projects Manager.

The interview will last about 60 minutes. The time shown is Doha time (that is {h12(tun)} in Tunis). Please have your Order of Engineers registration number and a list of your recent projects at hand.

Best regards,

Priya Menon
Talent Acquisition Specialist
Al Waha Contracting W.L.L. | P.O. Box 24519, Doha – Qatar
مع أطيب التحيات


{tb}
"""
    when = f"{en_long(start)} {h12(start)}-{h12(end)} (UTC+03:00) Kuwait, Riyadh."
    uid = exchange_uid("c06")
    cal1 = exchange_ics("REQUEST", ARAB, "+0300", priya,
                        [(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                         (omar[0], omar[1], "REQ-PARTICIPANT", "NEEDS-ACTION")],
                        subject, start, end, "When: " + when + "\nWhere: Microsoft Teams Meeting\n\n" + body1,
                        "Microsoft Teams Meeting", uid, 0, s1, lang="en-US", teams_url=turl)
    m1, mid1 = exchange_invite(date=s1, frm=priya, to=[(USER_NAME, USER), omar], subject=subject,
                               when_line=when, where="Microsoft Teams Meeting", body=body1, cal=cal1,
                               seed="c06", lang="en-US")
    s2 = T(UTC, 2026, 10, 29, 12, 3, 27)
    body2 = f"""Dear Meriem,

I am sorry to inform you that our client has put the infrastructure package on hold, so we have to cancel Sunday's interview with Eng. Omar. We will keep your CV on file and contact you again if the position reopens.

Apologies for the inconvenience.

Regards,
Priya Menon
Talent Acquisition Specialist – Al Waha Contracting W.L.L.
"""
    cal2 = exchange_ics("CANCEL", ARAB, "+0300", priya,
                        [(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                         (omar[0], omar[1], "REQ-PARTICIPANT", "NEEDS-ACTION")],
                        "Canceled: " + subject, start, end, "When: " + when + "\nWhere: Microsoft Teams Meeting\n\n" + body2,
                        "Microsoft Teams Meeting", uid, 1, s2, lang="en-US", status="CANCELLED", priority=1)
    m2, _ = exchange_invite(date=s2, frm=priya, to=[(USER_NAME, USER), omar], subject="Canceled: " + subject,
                            when_line=when, where="Microsoft Teams Meeting", body=body2, cal=cal2, seed="c06x",
                            method="CANCEL", lang="en-US", extra_headers=[("Importance", "high"), ("X-Priority", "1")])
    files = [("01-invitation-teams-interview.eml", m1), ("02-canceled-interview.eml", m2)]
    lab = label([iv("Al Waha Contracting", "Site Engineer (Infrastructure)", start, end, "cancelled",
                    [omar[1]], [omar[1]], "technical")],
                "medium", "positive/cancellation",
                "Teams invite in 'Arab Standard Time' (UTC+03:00, Doha) for Sunday 1 Nov 11:00 (09:00 Tunis), "
                "later METHOD:CANCEL / STATUS:CANCELLED (SEQUENCE 1). Kept as cancelled at the last time.")
    return slug, files, lab


def case07():
    """Two interviews with one Doha contractor: WhatsApp phone screen (thread), then a technical interview with .ics."""
    slug = "b228-07-doha-screening-puis-technique"
    rania = ("Rania Khalil", "rania.khalil@dunes-infra.example")
    faisal = ("Eng. Faisal Al-Mannai", "faisal.almannai@dunes-infra.example")
    role = "Senior Site Engineer (Roads & Infrastructure)"
    d1 = T(DOH, 2026, 9, 14, 10, 22, 31)
    wd(d1, "monday")
    ps = T(DOH, 2026, 9, 16, 14, 0)
    wd(ps, "wednesday")
    ps_end = ps + timedelta(minutes=30)
    assert ps.astimezone(TUN).hour == 12
    text1 = f"""السلام عليكم Meriem,

Thank you for applying for the {role} position with Dunes Infrastructure W.L.L. in Doha.

I would like to have a short phone screening with you on Wednesday, 16 September at 2:00 PM Doha time (12:00 noon in Tunis). I will call you on WhatsApp at +216 22 418 706; it should take about 30 minutes (experience, availability, notice period and salary expectations).

Please confirm if this suits you.

Kind regards,

Rania Khalil
HR Recruiter | Dunes Infrastructure W.L.L.
C-Ring Road, Doha – State of Qatar
"""
    mid1 = gmail_id("c07a")
    m1 = message([
        ("Delivered-To", USER),
        ("Received", received("mail-ej1-f52.google.com", "209.85.218.52", "mx.example.com", d1, id_="y6a1md3s")),
        ("Return-Path", f"<{rania[1]}>"),
        ("From", addr(*rania)),
        ("Date", rfc(d1)),
        ("Message-ID", mid1),
        ("Subject", f"{role} - Phone screening"),
        ("To", addr(USER_NAME, USER)),
    ], multipart("alternative", "000000000000" + hx("c07b1", n=16), [
        part('text/plain; charset="UTF-8"', text1, "base64"),
        part('text/html; charset="UTF-8"', gmail_html(text1), "base64"),
    ]))
    her = T(TUN, 2026, 9, 14, 10, 47)
    d2 = T(DOH, 2026, 9, 14, 15, 10, 5)
    mid_her = gmail_id("c07her")
    her_text = ("Dear Rania,\n\nThank you for reaching out. Wednesday 16 September at 2:00 PM Doha time "
                "(12:00 in Tunis) works for me, I will be available on WhatsApp.\n\nBest regards,\nMeriem Jaziri")
    text2 = (f"Thanks Meriem, confirmed for Wednesday. Talk soon.\n\nRania\n\n"
             f"On Mon, 14 Sept 2026 at 12:47, Meriem Jaziri <{USER}> wrote:\n" + quote(her_text) + "\n>\n"
             f"> On Mon, 14 Sept 2026 at 10:22, Rania Khalil <{rania[1]}> wrote:\n" + quote(quote(text1.strip())))
    assert her.astimezone(DOH).strftime("%H:%M") == "12:47"
    m2 = message([
        ("Delivered-To", USER),
        ("Received", received("mail-ej1-f44.google.com", "209.85.218.44", "mx.example.com", d2, id_="b2u7ls8r")),
        ("Return-Path", f"<{rania[1]}>"),
        ("From", addr(*rania)),
        ("Date", rfc(d2)),
        ("Message-ID", gmail_id("c07c")),
        ("In-Reply-To", mid_her),
        ("References", f"{mid1} {mid_her}"),
        ("Subject", f"Re: {role} - Phone screening"),
        ("To", addr(USER_NAME, USER)),
    ], multipart("alternative", "000000000000" + hx("c07b2", n=16), [
        part('text/plain; charset="UTF-8"', text2, "quoted-printable"),
        part('text/html; charset="UTF-8"', gmail_html(text2), "quoted-printable"),
    ]))
    d3 = T(DOH, 2026, 9, 17, 9, 5, 44)
    tech = T(DOH, 2026, 9, 29, 10, 0)
    wd(tech, "tuesday")
    tech_end = tech + timedelta(hours=1)
    zoom = "https://dunes-infra.zoom.us/j/84417203958?pwd=Qm9hT0JrV2ZzY1hS"
    text3 = f"""Dear Meriem Jaziri,

Following your screening call with Rania Khalil, we are pleased to invite you to a technical interview for the position of {role}.

Interviewer: {faisal[0]}, Chief Engineer – Infrastructure
Date: {en_dmy(tech)}
Time: {h12(tech)} – {h12(tech_end)} (Arabia Standard Time, GMT+3)
Mode: Zoom – {zoom}

Please find the calendar invitation attached. If you need to reschedule, reply to this e-mail at least 24 hours in advance.

Regards,
Talent Acquisition Team
Dunes Infrastructure W.L.L.

This e-mail was sent via Zoho Recruit.
"""
    uid = f"zr-{hx('c07uid', n=20)}@recruit.zoho.com"
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Zoho Corporation//Zoho Recruit//EN", "METHOD:REQUEST"]
              + VTZ_QATAR + ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{zst(d3)}",
              f"DTSTART;TZID=Asia/Qatar:{loc(tech)}", f"DTEND;TZID=Asia/Qatar:{loc(tech_end)}",
              f"SUMMARY:Technical Interview - {role}",
              f"DESCRIPTION:{ics_escape('Technical interview with ' + faisal[0] + ', Chief Engineer.' + chr(10) + 'Zoom: ' + zoom)}",
              f"LOCATION:{zoom}", "SEQUENCE:0", "STATUS:CONFIRMED",
              "ORGANIZER;CN=Dunes Infrastructure Careers:mailto:careers@dunes-infra.example",
              f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={faisal[0]}:mailto:{faisal[1]}",
              f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Meriem Jaziri:mailto:{USER}",
              "END:VEVENT", "END:VCALENDAR"])
    m3 = message([
        ("Delivered-To", USER),
        ("Received", received("sender4-op-o12.zoho.com", "136.143.188.12", "mx.example.com", d3, id_="e0v4nx2k")),
        ("Return-Path", "<bounce-zr@recruit.zoho.com>"),
        ("Date", rfc(d3)),
        ("From", addr("Dunes Infrastructure Careers", "careers@dunes-infra.example")),
        ("Reply-To", addr(*rania)),
        ("To", addr(USER_NAME, USER)),
        ("Message-ID", f"<{int(hx('c07z', n=12), 16)}.{int(hx('c07y', n=8), 16)}@recruit.zoho.com>"),
        ("Subject", f"Interview Invitation - Technical Interview - {role}"),
        ("X-Mailer", "Zoho Recruit"),
    ], multipart("mixed", f"----=_Part_{int(hx('c07m', n=6), 16)}_{int(hx('c07n', n=8), 16)}", [
        part('text/html; charset="UTF-8"', html_doc(text3, font="Lato,Arial,sans-serif"), "quoted-printable"),
        part('text/calendar; charset="UTF-8"; method=REQUEST; name="Interview.ics"', None, "base64",
             extra=['Content-Disposition: attachment; filename="Interview.ics"'], raw=cal.encode("utf-8")),
    ]))
    files = [("01-phone-screening-proposal.eml", m1), ("02-re-phone-screening.eml", m2),
             ("03-technical-interview-invitation.eml", m3)]
    lab = label([iv("Dunes Infrastructure", role, ps, ps_end, "scheduled", [rania[1]], [rania[1]], "phone_screen"),
                 iv("Dunes Infrastructure", role, tech, tech_end, "scheduled", [faisal[1]], [faisal[1]], "technical")],
                "hard", "positive/two-interviews",
                "Two interviews with the same Doha contractor: recruiter's WhatsApp screen Wed 16 Sep 14:00 AST "
                "(12:00 Tunis, 'about 30 minutes'), then a Zoho-Recruit technical interview Tue 29 Sep 10:00 "
                "Asia/Qatar with the Chief Engineer (attendee in .ics). careers@ is a group sender.")
    return slug, files, lab


def case08():
    """Convocation written in Arabic (base64 UTF-8), bilingual subject, body only."""
    slug = "b228-08-convocation-arabe"
    ines = ("إيناس الحمامي", "ines.hammami@ster.example")
    sent = T(TUN, 2026, 10, 2, 9, 30, 14)
    wd(sent, "vendredi")
    start = T(TUN, 2026, 10, 8, 10, 0)
    wd(start, "الخميس")
    text = f"""السيدة مريم الجزيري المحترمة،

تحية طيبة وبعد،

على إثر دراسة ملف ترشحكم لخطة مهندس مدني بقسم الطرقات والمنشآت الفنية، يسعدنا دعوتكم لإجراء مقابلة مع السيد المدير الفني للشركة، وذلك يوم {DAYS_AR[start.weekday()]} 8 أكتوبر 2026 على الساعة العاشرة صباحاً (10:00) بمقر الشركة الكائن بـ 12 نهج الهادي نويرة، تونس.

الرجاء إحضار نسخ من الشهائد العلمية وبطاقة التعريف الوطنية، وتأكيد حضوركم بالرد على هذا البريد.

مع فائق الاحترام والتقدير،

إيناس الحمامي
مكلفة بالموارد البشرية
الشركة التونسية للدراسات الطرقية (STER)
STER – Société Tunisienne d'Études Routières
Tél. : +216 71 832 540
{ines[1]}
"""
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 '<body dir="rtl"><div style="font-family:Tahoma,Arial,sans-serif;font-size:14px;text-align:right">'
                 + "".join(f"<p>{html.escape(b).replace(chr(10), '<br>')}</p>" for b in text.strip().split("\n\n"))
                 + "</div></body></html>\n")
    m = message([
        ("Delivered-To", USER),
        ("Received", received("mail.ster.example", "197.14.52.20", "mx.example.com", sent, id_="w3k9fq1n",
                              tls="version=TLS1_2 cipher=ECDHE-RSA-AES128-GCM-SHA256")),
        ("Return-Path", f"<{ines[1]}>"),
        ("Date", rfc(sent)),
        ("From", addr(*ines)),
        ("To", addr("مريم الجزيري", USER)),
        ("Subject", hdr("Convocation à un entretien – Ingénieur Génie Civil (Routes) / استدعاء لإجراء مقابلة")),
        ("Message-ID", f"<{hx('c08', n=16)}.{hx('c08b', n=6)}@ster.example>"),
        ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.3.0"),
        ("Content-Language", "ar"),
    ], multipart("alternative", f"------------{hx('c08bd', n=24)}", [
        part("text/plain; charset=UTF-8; format=flowed", text, "base64"),
        part("text/html; charset=UTF-8", html_body, "base64"),
    ]))
    lab = label([iv("STER", "Ingénieur Génie Civil (Routes)", start, None,
                    "scheduled", [], [ines[1]], "hiring_manager")],
                "hard", "positive/arabic-body-only",
                "Arabic convocation (مقابلة = interview) for Thursday 8 Oct 2026 at 10:00 at the firm's office in "
                "Tunis; no duration. Interviewer (technical director) has no address -> follow-up to the HR sender.")
    return slug, [("01-convocation-entretien.eml", m)], lab


def case09():
    """'demain à 10h' resolved against the message date; short Gmail thread."""
    slug = "b228-09-demain-10h-sfax"
    mourad = ("Mourad Ellouze", "m.ellouze@batirsud.example")
    d1 = T(TUN, 2026, 10, 12, 17, 40, 12)
    wd(d1, "lundi")
    start = T(TUN, 2026, 10, 13, 10, 0)
    wd(start, "mardi")
    end = start + timedelta(minutes=30)
    text1 = """Bonjour Madame Jaziri,

J'ai bien reçu votre CV pour le poste d'ingénieur suivi de chantier (programme de 48 logements à Sfax, route de Gremda).

Seriez-vous disponible demain à 10h pour un entretien en visio ? Comptez une demi-heure environ.

Cordialement,

Mourad Ellouze
Gérant – Bâtir Sud Promotion
Route de Gremda km 4, Sfax
+216 74 407 215
"""
    mid1 = gmail_id("c09a")
    m1 = message([
        ("Delivered-To", USER),
        ("Received", received("mail-wr1-f47.google.com", "209.85.221.47", "mx.example.com", d1, id_="n5g2rc8x")),
        ("Return-Path", f"<{mourad[1]}>"),
        ("From", addr(*mourad)),
        ("Date", rfc(d1)),
        ("Message-ID", mid1),
        ("Subject", hdr("Candidature ingénieur suivi de chantier")),
        ("To", addr(USER_NAME, USER)),
    ], multipart("alternative", "000000000000" + hx("c09b1", n=16), [
        part('text/plain; charset="UTF-8"', text1, "quoted-printable"),
        part('text/html; charset="UTF-8"', gmail_html(text1), "quoted-printable"),
    ]))
    her = T(TUN, 2026, 10, 12, 18, 2)
    mid_her = gmail_id("c09her")
    d2 = T(TUN, 2026, 10, 12, 18, 26, 51)
    her_text = ("Bonjour Monsieur Ellouze,\n\nMerci pour votre message. Oui, demain à 10h me convient très bien.\n\n"
                "Cordialement,\n" + SIG_FR)
    text2 = ("Parfait. Voici le lien pour demain 10h : https://meet.google.com/fgo-ttxp-zuc\n\nÀ demain,\nM. Ellouze\n\n"
             f"Le lun. 12 oct. 2026 à {h24(her)}, Meriem Jaziri <{USER}> a écrit :\n" + quote(her_text) + "\n>\n"
             f"> Le lun. 12 oct. 2026 à {h24(d1)}, Mourad Ellouze <{mourad[1]}> a écrit :\n" + quote(quote(text1.strip())))
    m2 = message([
        ("Delivered-To", USER),
        ("Received", received("mail-wr1-f52.google.com", "209.85.221.52", "mx.example.com", d2, id_="c1d8uy5t")),
        ("Return-Path", f"<{mourad[1]}>"),
        ("From", addr(*mourad)),
        ("Date", rfc(d2)),
        ("Message-ID", gmail_id("c09c")),
        ("In-Reply-To", mid_her),
        ("References", f"{mid1} {mid_her}"),
        ("Subject", hdr("Re: Candidature ingénieur suivi de chantier")),
        ("To", addr(USER_NAME, USER)),
    ], multipart("alternative", "000000000000" + hx("c09b2", n=16), [
        part('text/plain; charset="UTF-8"', text2, "quoted-printable"),
        part('text/html; charset="UTF-8"', gmail_html(text2), "quoted-printable"),
    ]))
    lab = label([iv("Bâtir Sud Promotion", "Ingénieur suivi de chantier", start, end, "scheduled",
                    [mourad[1]], [mourad[1]], "hiring_manager")],
                "medium", "positive/relative-date-thread",
                "'demain à 10h' in a mail dated Monday 12 Oct 17:40 (+01:00) -> Tue 13 Oct 10:00 Tunis; "
                "'une demi-heure environ' -> 30 min. The gérant conducts the interview himself.")
    return slug, [("01-proposition-entretien.eml", m1), ("02-re-lien-visio.eml", m2)], lab


def case10():
    """Recruiter e-mail + Calendar API event for the same interview (after EU DST end)."""
    slug = "b228-10-lyon-mail-et-evenement-api"
    lea = ("Léa Fontaine", "lea.fontaine@ferrand-ingenierie.example")
    baptiste = ("Baptiste Lemoine", "baptiste.lemoine@ferrand-ingenierie.example")
    sent = T(PAR, 2026, 10, 28, 11, 15, 3)
    start = T(PAR, 2026, 11, 5, 10, 0)
    wd(start, "jeudi")
    assert start.utcoffset() == timedelta(hours=1)
    end = start + timedelta(hours=1)
    text = f"""Bonjour Meriem,

Comme convenu par téléphone, je vous confirme votre entretien pour le poste d'Ingénieure Méthodes TCE (H/F) :

– {fr_long(start)}, de 10h à 11h (heure de Paris)
– en visio (Google Meet, invitation envoyée depuis mon agenda)
– avec Baptiste Lemoine, Directeur Méthodes, qui mènera l'entretien (je ne serai pas présente).

N'hésitez pas à revenir vers moi si besoin.

Belle journée,

Léa Fontaine
Chargée de recrutement
Ferrand & Associés Ingénierie – 5 place Antonin Poncet, 69002 Lyon
"""
    m = message([
        ("Delivered-To", USER),
        ("Received", received("mail-lf1-f41.google.com", "209.85.167.41", "mx.example.com", sent, id_="r9q3ka6v")),
        ("Return-Path", f"<{lea[1]}>"),
        ("From", addr(*lea)),
        ("Date", rfc(sent)),
        ("Message-ID", gmail_id("c10a")),
        ("Subject", hdr(f"Confirmation entretien – Ingénieure Méthodes TCE – {fr_long(start, year=False)}")),
        ("To", addr(USER_NAME, USER)),
        ("Cc", addr(*baptiste)),
    ], multipart("alternative", "000000000000" + hx("c10b", n=16), [
        part('text/plain; charset="UTF-8"', text, "quoted-printable"),
        part('text/html; charset="UTF-8"', gmail_html(text), "quoted-printable"),
    ]))
    ev_id = hx("c10ev", n=26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx('c10et', n=13), 16)}\"",
        "id": ev_id,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{ev_id} {USER}".encode()).decode().rstrip("="),
        "created": "2026-10-28T10:09:41.000Z",
        "updated": "2026-10-28T10:11:02.384Z",
        "summary": "Entretien Meriem Jaziri – Ingénieure Méthodes TCE",
        "description": "Entretien avec Baptiste Lemoine (Directeur Méthodes).\nPoste : Ingénieure Méthodes TCE (H/F) – Lyon",
        "creator": {"email": lea[1], "displayName": lea[0]},
        "organizer": {"email": lea[1], "displayName": lea[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "Europe/Paris"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Europe/Paris"},
        "iCalUID": f"{ev_id}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": lea[1], "displayName": lea[0], "organizer": True, "responseStatus": "accepted"},
            {"email": baptiste[1], "displayName": baptiste[0], "responseStatus": "accepted"},
            {"email": USER, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.google.com/pwa-mkcd-hzr",
        "conferenceData": {
            "entryPoints": [
                {"entryPointType": "video", "uri": "https://meet.google.com/pwa-mkcd-hzr",
                 "label": "meet.google.com/pwa-mkcd-hzr"},
                {"entryPointType": "phone", "uri": "tel:+33-1-87-40-31-66", "label": "+33 1 87 40 31 66",
                 "pin": "702114958", "regionCode": "FR"},
            ],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": "pwa-mkcd-hzr",
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    j = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    lab = label([iv("Ferrand & Associés Ingénierie", "Ingénieure Méthodes TCE (H/F)", start, end, "scheduled",
                    [baptiste[1]], [baptiste[1]], "hiring_manager")],
                "medium", "positive/dedupe-email-and-api-event",
                "Recruiter e-mail and the Calendar API event describe ONE interview, Thu 5 Nov 10:00 Paris (CET, "
                "+01:00, same clock time as Tunis after 25 Oct). Recruiter explicitly not present; the director "
                "conducts.")
    return slug, [("01-confirmation-entretien.eml", m), ("02-entretien-ferrand.gcal.json", j)], lab


def outlook_ics_file(*, organizer, attendees, summary, start, end, desc, location, uid, stamp):
    L = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//FR",
         "VERSION:2.0"] + vtz_windows(WCAST, "+0100") + ["BEGIN:VEVENT",
         f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, e, ps in attendees:
        L.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={n}:mailto:{e}")
    L += [f"DESCRIPTION;LANGUAGE=fr-FR:{ics_escape(desc)}", f"UID:{uid}",
          f"SUMMARY;LANGUAGE=fr-FR:{ics_escape(summary)}",
          f"DTSTART;TZID={WCAST}:{loc(start)}", f"DTEND;TZID={WCAST}:{loc(end)}",
          "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zst(stamp)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
          "SEQUENCE:0", f"LOCATION;LANGUAGE=fr-FR:{ics_escape(location)}",
          "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
          "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
          "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
          "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          f"X-MICROSOFT-LOCATIONDISPLAYNAME:{ics_escape(location)}",
          "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
          "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ics(L).encode("utf-8")


def case11():
    """On-site day in Tunis: programme e-mail + three Outlook .ics files -> ONE onsite."""
    slug = "b228-11-journee-entretiens-tunis"
    olfa = ("Olfa Ben Amor", "olfa.benamor@medinfra.example")
    walid = ("Walid Jlassi", "walid.jlassi@medinfra.example")
    salma = ("Salma Kefi", "salma.kefi@medinfra.example")
    role = "Ingénieur(e) Chef de Projet Infrastructures"
    sent = T(TUN, 2026, 11, 12, 15, 20, 8)
    wd(sent, "jeudi")
    day = T(TUN, 2026, 11, 18)
    wd(day, "mercredi")
    s1, e1 = day.replace(hour=9, minute=30), day.replace(hour=10, minute=30)
    s2, e2 = day.replace(hour=10, minute=45), day.replace(hour=11, minute=30)
    s3, e3 = day.replace(hour=14, minute=0), day.replace(hour=14, minute=45)
    place = "MedInfra Consulting – Immeuble Carthage Center, 3e étage, Centre Urbain Nord, Tunis"
    text = f"""Bonjour Meriem,

Suite à votre premier entretien, nous avons le plaisir de vous accueillir pour une journée d'entretiens dans nos locaux le {fr_long(day)}. Voici le programme :

{hfr(s1)} – {hfr(e1)} : entretien technique avec Walid Jlassi, Responsable Ponts & Ouvrages
{hfr(s2)} – {hfr(e2)} : entretien avec Salma Kefi, Directrice de Projets Infrastructures
12h00 – 13h30 : déjeuner avec l'équipe projet (informel)
{hfr(s3)} – {hfr(e3)} : entretien RH avec moi-même (conditions, package, date de disponibilité)

Lieu : {place}. Merci de vous présenter à l'accueil à 9h15.

Vous recevrez une invitation calendrier pour chaque entretien.

Bien cordialement,

Olfa Ben Amor
Responsable Recrutement
MedInfra Consulting
"""
    m = message([
        ("Delivered-To", USER),
        ("Received", received("mail-am6eur05on2110.outbound.protection.outlook.com", "40.107.22.110", "mx.example.com",
                              sent, id_="g8s0wd2m", tls="version=TLS1_2 cipher=ECDHE-RSA-AES256-GCM-SHA384")),
        ("Return-Path", f"<{olfa[1]}>"),
        ("From", addr(*olfa)),
        ("To", addr(USER_NAME, USER)),
        ("CC", ", ".join([addr(*walid), addr(*salma)])),
        ("Subject", hdr(f"Programme de votre journée d'entretiens – {fr_long(day, year=False)}")),
        ("Date", rfc(sent.astimezone(UTC)).replace("-0000", "+0000")),
        ("Message-ID", f"<AM6PR05MB{hx('c11', n=4).upper()}{hx('c11b', n=28).upper()}@AM6PR05MB{hx('c11', n=4).upper()}.eurprd05.prod.outlook.com>"),
        ("Content-Language", "fr-FR"),
    ], multipart("alternative", f"_000_{hx('c11bd', n=24).upper()}eurprd05prodoutlookc_", [
        part('text/plain; charset="utf-8"', text, "quoted-printable"),
        part('text/html; charset="utf-8"', html_doc(text, font="Calibri,sans-serif", size="11pt"), "quoted-printable"),
    ]))
    stamp = sent + timedelta(minutes=4)
    f1 = outlook_ics_file(organizer=olfa, attendees=[(walid[0], walid[1], "ACCEPTED"), (USER_NAME, USER, "NEEDS-ACTION")],
                          summary=f"Entretien technique – {role} – Meriem Jaziri", start=s1, end=e1,
                          desc="Entretien technique avec Walid Jlassi (Ponts & Ouvrages).", location="Salle Hannibal – 3e étage",
                          uid=exchange_uid("c11-1"), stamp=stamp)
    f2 = outlook_ics_file(organizer=olfa, attendees=[(salma[0], salma[1], "ACCEPTED"), (USER_NAME, USER, "NEEDS-ACTION")],
                          summary=f"Entretien Directrice de Projets – Meriem Jaziri", start=s2, end=e2,
                          desc="Entretien avec Salma Kefi, Directrice de Projets Infrastructures.", location="Bureau direction – 3e étage",
                          uid=exchange_uid("c11-2"), stamp=stamp)
    f3 = outlook_ics_file(organizer=olfa, attendees=[(USER_NAME, USER, "NEEDS-ACTION")],
                          summary=f"Entretien RH – Meriem Jaziri", start=s3, end=e3,
                          desc="Entretien RH avec Olfa Ben Amor : conditions, package, disponibilité.",
                          location="Salle Didon – 3e étage", uid=exchange_uid("c11-3"), stamp=stamp)
    files = [("01-programme-journee.eml", m), ("02-entretien-technique.ics", f1),
             ("03-entretien-directrice-projets.ics", f2), ("04-entretien-rh.ics", f3)]
    lab = label([iv("MedInfra Consulting", role, s1, e3, "scheduled",
                    [walid[1], salma[1], olfa[1]], [walid[1], salma[1], olfa[1]], "onsite")],
                "hard", "positive/onsite-loop-multi-ics",
                "Same-day loop in Tunis (three Outlook .ics with W. Central Africa Standard Time + programme): ONE "
                "onsite 09:30-14:45 with all three interviewers; the recruiter runs the HR session herself.")
    return slug, files, lab


def case12():
    """Calendly-style booking for a Riyadh firm, shown in the invitee's Tunis time ('Central European Time')."""
    slug = "b228-12-riyadh-reservation-heure-tunis"
    hassan = ("Hassan Qureshi", "hassan.qureshi@najd-structures.example")
    sent = T(UTC, 2026, 10, 14, 13, 2, 44)
    start = T(TUN, 2026, 10, 19, 10, 30)
    wd(start, "monday")
    end = start + timedelta(minutes=30)
    ruh = start.astimezone(RUH)
    assert ruh.hour == 12 and ruh.minute == 30
    role = "Structural Engineer – High-Rise Projects"
    teams = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ3ZmM4YjQtNTdlZS00OGE4%40thread.v2/0"
    text = f"""Hi Meriem Jaziri,

Your event with Hassan Qureshi has been scheduled.

Event Type:
Najd Structures – {role} – Screening Call

Invitee:
Meriem Jaziri

Invitee Email:
{USER}

Event Date/Time:
{h12(start, ampm=('am', 'pm'))} - {h12(end, ampm=('am', 'pm'))} (Central European Time - Tunis), {en_long(start)}

Location:
Microsoft Teams: {teams}

Description:
30-minute screening call with Hassan Qureshi (Talent Acquisition, Najd Structures Co., Riyadh) for the {role} role. For reference: {h12(ruh)} Riyadh time.

Questions:
Phone number (WhatsApp)
+216 22 418 706

View event in Calendly: https://calendly.com/events/{hx('c12ev', n=16)}

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{hx('c12c', n=36)}
Reschedule: https://calendly.com/reschedulings/{hx('c12c', n=36)}

Powered by Calendly.com
"""
    uid = f"{hx('c12uid', n=36)}@calendly.com"
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//EN", "CALSCALE:GREGORIAN", "METHOD:REQUEST",
               "BEGIN:VEVENT", f"DTSTART:{zst(start)}", f"DTEND:{zst(end)}", f"DTSTAMP:{zst(sent)}",
               f"ORGANIZER;CN={hassan[0]}:mailto:{hassan[1]}", f"UID:{uid}",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN=Meriem Jaziri:mailto:{USER}",
               f"DESCRIPTION:{ics_escape('Event Name: Najd Structures – ' + role + ' – Screening Call' + chr(10) + 'Location: ' + teams)}",
               f"LOCATION:{teams}", "SEQUENCE:0", "STATUS:CONFIRMED",
               f"SUMMARY:{ics_escape('Meriem Jaziri and Hassan Qureshi')}", "TRANSP:OPAQUE",
               "END:VEVENT", "END:VCALENDAR"])
    m = message([
        ("Delivered-To", USER),
        ("Received", received("o1.ptr8871.calendly.com", "167.89.21.14", "mx.example.com", sent, id_="u2p0zs4h")),
        ("Return-Path", "<bounces+4211871-ab12-meriem.jaziri=example.com@em.calendly.com>"),
        ("Date", rfc(sent).replace("-0000", "+0000")),
        ("From", addr("Calendly", "notifications@calendly.com")),
        ("Reply-To", addr(*hassan)),
        ("To", USER),
        ("Message-ID", f"<{hx('c12mid', n=22)}@geopod-ismtpd-12>"),
        ("Subject", hdr(f"Confirmed: Najd Structures – Screening Call with Hassan Qureshi on {en_long(start)}")),
    ], multipart("mixed", hx("c12bm", n=60), [
        multipart("alternative", hx("c12ba", n=60), [
            part("text/plain; charset=utf-8", text, "quoted-printable"),
            part("text/html; charset=utf-8", html_doc(text, font="Proxima Nova,Helvetica,sans-serif"), "quoted-printable"),
        ]),
        part('text/calendar; charset=utf-8; method=REQUEST; name="invite.ics"', None, "base64",
             extra=['Content-Disposition: attachment; filename="invite.ics"'], raw=cal.encode("utf-8")),
    ]))
    lab = label([iv("Najd Structures Co.", role, start, end, "scheduled", [hassan[1]], [hassan[1]], "phone_screen")],
                "medium", "positive/scheduling-tool",
                "Calendly-style confirmation in the invitee's zone ('Central European Time - Tunis' = UTC+01:00 on "
                "19 Oct, while Paris is still +02:00), .ics in UTC (09:30Z) and 12:30 Riyadh time in the "
                "description. Host is the recruiter who runs the screen; Calendly sender is not a recipient.")
    return slug, [("01-calendly-confirmed.eml", m)], lab


def case13():
    """Propose two slots / confirm thread, Apple Mail QP, Paris time in early October."""
    slug = "b228-13-fil-creneaux-heure-paris"
    helene = ("Hélène Caron", "helene.caron@axiome-infra.example")
    role = "Ingénieur(e) Ouvrages Hydrauliques"
    d1 = T(PAR, 2026, 9, 25, 10, 12, 55)
    wd(d1, "vendredi")
    alt = T(PAR, 2026, 9, 30, 14, 0)
    wd(alt, "mercredi")
    start = T(PAR, 2026, 10, 1, 10, 0)
    wd(start, "jeudi")
    end = start + timedelta(minutes=30)
    text1 = f"""Bonjour Meriem,

Merci pour votre candidature au poste d'{role} (barrages et retenues collinaires, missions en France et en Afrique du Nord). Votre profil nous intéresse beaucoup.

Je vous propose un premier entretien téléphonique d'une trentaine de minutes avec moi. Je suis disponible {fr_long(alt, year=False)} à 14h ou {fr_long(start, year=False)} à 10h (heure de Paris). Quel créneau vous convient le mieux ?

Bien cordialement,

Hélène Caron
Talent Acquisition Manager
Axiome Infrastructures – 27 avenue de la Grande Armée, 75116 Paris
"""
    mid1 = f"<{hx('c13a', n=8).upper()}-{hx('c13b', n=4).upper()}-{hx('c13c', n=4).upper()}-{hx('c13d', n=4).upper()}-{hx('c13e', n=12).upper()}@axiome-infra.example>"
    m1 = message([
        ("Delivered-To", USER),
        ("Received", received("smtp.axiome-infra.example", "185.12.60.41", "mx.example.com", d1, id_="j7f1xa3o")),
        ("Return-Path", f"<{helene[1]}>"),
        ("From", addr(*helene)),
        ("Subject", hdr(f"Votre candidature – {role} – premier échange")),
        ("Message-Id", mid1),
        ("Date", rfc(d1)),
        ("To", addr(USER_NAME, USER)),
        ("X-Mailer", "Apple Mail (2.3826.200.121)"),
    ], multipart("alternative", f"Apple-Mail={hx('c13bd', n=8).upper()}-{hx('c13bd2', n=4).upper()}-{hx('c13bd3', n=4).upper()}", [
        part("text/plain;\n\tcharset=utf-8", text1, "quoted-printable"),
        part("text/html;\n\tcharset=utf-8", html_doc(text1, font="-apple-system,Helvetica,sans-serif"), "quoted-printable"),
    ]))
    her = T(TUN, 2026, 9, 25, 11, 31)
    assert her.astimezone(PAR).strftime("%H:%M") == "12:31"
    mid_her = gmail_id("c13her")
    her_text = (f"Bonjour Hélène,\n\nMerci pour votre retour. Le {fr_long(start, year=False)} à 10h (heure de Paris, "
                f"donc 9h à Tunis) me convient parfaitement.\n\nBien cordialement,\n{SIG_FR}")
    d2 = T(PAR, 2026, 9, 25, 16, 40, 19)
    text2 = ("Bonjour Meriem,\n\nC'est noté pour jeudi 10h heure de Paris : je vous appellerai sur votre portable "
             "(+216 22 418 706).\n\nBonne fin de semaine,\nHélène\n\n"
             f"> Le 25 sept. 2026 à 12:31, Meriem Jaziri <{USER}> a écrit :\n>\n" + quote(her_text) + "\n>\n"
             f">> Le ven. 25 sept. 2026 à 09:12, Hélène Caron <{helene[1]}> a écrit :\n" + quote(quote(text1.strip())))
    m2 = message([
        ("Delivered-To", USER),
        ("Received", received("smtp.axiome-infra.example", "185.12.60.41", "mx.example.com", d2, id_="l0b6qe9p")),
        ("Return-Path", f"<{helene[1]}>"),
        ("From", addr(*helene)),
        ("Subject", hdr(f"Re: Votre candidature – {role} – premier échange")),
        ("Message-Id", f"<{hx('c13f', n=8).upper()}-{hx('c13g', n=4).upper()}-{hx('c13h', n=4).upper()}-{hx('c13i', n=4).upper()}-{hx('c13j', n=12).upper()}@axiome-infra.example>"),
        ("In-Reply-To", mid_her),
        ("References", f"{mid1}\n {mid_her}"),
        ("Date", rfc(d2)),
        ("To", addr(USER_NAME, USER)),
        ("X-Mailer", "Apple Mail (2.3826.200.121)"),
    ], part("text/plain;\n\tcharset=utf-8", text2, "quoted-printable"))
    lab = label([iv("Axiome Infrastructures", role, start, end, "scheduled", [helene[1]], [helene[1]], "phone_screen")],
                "medium", "positive/thread-propose-confirm",
                "Two slots proposed; the candidate picks jeudi 1er octobre 10h heure de Paris (CEST, 09:00 Tunis), "
                "confirmed by the recruiter who does the ~30 min phone interview. Wednesday slot is not booked.")
    return slug, [("01-proposition-creneaux.eml", m1), ("02-re-confirmation-jeudi.eml", m2)], lab


# ============================================================================= NEGATIVES

def case14():
    """Order of Engineers registration interview: not a job interview."""
    slug = "b228-14-oit-entretien-inscription"
    sent = T(TUN, 2026, 9, 11, 8, 55, 40)
    wd(sent, "vendredi")
    start = T(TUN, 2026, 9, 21, 9, 30)
    wd(start, "lundi")
    end = start + timedelta(minutes=30)
    text = f"""هيئة المهندسين التونسيين – Ordre des Ingénieurs Tunisiens
Service des Inscriptions au Tableau

Madame Meriem Jaziri,

Votre dossier d'inscription au Tableau de l'Ordre (spécialité : Génie Civil) a été jugé recevable.

Vous êtes convoquée à un entretien avec la commission d'inscription le {fr_long(start)} à {hfr(start)}, au siège de l'Ordre, Cité El Khadra, Tunis.

Pièces à présenter :
– original du diplôme d'ingénieur et sa copie certifiée conforme ;
– carte d'identité nationale ;
– attestation de travail de votre employeur actuel ;
– quittance de paiement des droits d'inscription.

Un fichier calendrier est joint à ce message. En cas d'empêchement, merci de reprogrammer votre rendez-vous depuis votre espace adhérent.

Le Service des Inscriptions
Ordre des Ingénieurs Tunisiens
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//OIT//Espace Adherent//FR", "METHOD:PUBLISH"] + VTZ_TUNIS + [
               "BEGIN:VEVENT", f"UID:rdv-insc-{hx('c14', n=12)}@oit-tn.example", f"DTSTAMP:{zst(sent)}",
               f"DTSTART;TZID=Africa/Tunis:{loc(start)}", f"DTEND;TZID=Africa/Tunis:{loc(end)}",
               "SUMMARY:Entretien – Commission d'inscription au Tableau de l'Ordre",
               "LOCATION:Siège de l'Ordre des Ingénieurs Tunisiens\\, Cité El Khadra\\, Tunis",
               "DESCRIPTION:Convocation pour l'inscription au Tableau (Génie Civil). Se munir des pièces justificatives.",
               "ORGANIZER;CN=OIT - Service des Inscriptions:mailto:inscription@oit-tn.example",
               f"ATTENDEE;CN=Meriem Jaziri;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{USER}",
               "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    m = message([
        ("Delivered-To", USER),
        ("Received", received("mail.oit-tn.example", "41.231.5.18", "mx.example.com", sent, id_="v5c2pk7g",
                              tls="version=TLS1_2 cipher=ECDHE-RSA-AES128-GCM-SHA256")),
        ("Return-Path", "<inscription@oit-tn.example>"),
        ("Date", rfc(sent)),
        ("From", addr("Ordre des Ingénieurs Tunisiens", "inscription@oit-tn.example")),
        ("To", addr(USER_NAME, USER)),
        ("Subject", hdr("OIT – Convocation : entretien d'inscription au Tableau de l'Ordre")),
        ("Message-ID", f"<{hx('c14mid', n=24)}@oit-tn.example>"),
        ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)"),
    ], multipart("mixed", f"b1_{hx('c14b', n=40)}", [
        multipart("alternative", f"b2_{hx('c14c', n=40)}", [
            part("text/plain; charset=utf-8", text, "8bit"),
            part("text/html; charset=utf-8", html_doc(text, font="Arial,sans-serif"), "base64"),
        ]),
        part('text/calendar; charset=utf-8; name="rendez-vous-OIT.ics"', None, "base64",
             extra=['Content-Disposition: attachment; filename="rendez-vous-OIT.ics"'], raw=cal.encode("utf-8")),
    ]))
    lab = label([], "medium", "negative/professional-registration",
                "'Entretien' with the Order of Engineers' registration committee + .ics: a professional "
                "registration step, not a hiring process.")
    return slug, [("01-oit-convocation-inscription.eml", m)], lab


def case15():
    """Visa application centre appointment (TLScontact-style) for a French work visa."""
    slug = "b228-15-rendez-vous-visa-passeport-talent"
    sent = T(UTC, 2026, 9, 29, 14, 10, 2)
    wd(sent, "tuesday")
    appt = T(TUN, 2026, 10, 15, 8, 45)
    wd(appt, "jeudi")
    ref = "TNtun2FR-4489130"
    text = f"""Chère Madame JAZIRI Meriem,

Votre rendez-vous au Centre de demande de visa pour la France à Tunis est confirmé.

Numéro de dossier : {ref}
Type de demande : Visa long séjour – Passeport Talent
Date : {fr_long(appt)}
Heure : {h24(appt)} (heure locale)
Adresse : CapVisa Services – Centre de demande de visa, Immeuble Zenith, Les Berges du Lac 2, Tunis

Merci de vous présenter 15 minutes avant l'heure de votre rendez-vous avec :
– votre passeport en cours de validité et une copie ;
– la confirmation de rendez-vous imprimée ;
– les justificatifs listés dans votre checklist (promesse d'embauche ou contrat, diplômes, justificatif de domicile).

La prise des données biométriques a lieu au centre. Le consulat peut, le cas échéant, vous convoquer à un entretien individuel ; CapVisa Services ne participe pas à la décision.

Ceci est un message automatique, merci de ne pas y répondre.

CapVisa Services – au service du Consulat général de France à Tunis
"""
    m = message([
        ("Delivered-To", USER),
        ("Received", received("out-12.mta.capvisa.example", "52.17.201.9", "mx.example.com", sent, id_="i4o8gt1b")),
        ("Return-Path", "<bounce@capvisa.example>"),
        ("Date", rfc(sent).replace("-0000", "+0000")),
        ("From", addr("CapVisa Services France", "no-reply@capvisa.example")),
        ("To", USER),
        ("Subject", hdr(f"Confirmation de rendez-vous – Visa long séjour – {ref}")),
        ("Message-ID", f"<0102019{hx('c15mid', n=9)}-{hx('c15a', n=8)}-{hx('c15b', n=4)}-{hx('c15c', n=4)}-{hx('c15d', n=4)}-{hx('c15e', n=12)}-000000@eu-west-1.amazonses.com>"),
        ("Feedback-ID", "1.eu-west-1.capvisa:AmazonSES"),
    ], multipart("alternative", f"----=_Part_{int(hx('c15p', n=6), 16)}_{int(hx('c15q', n=8), 16)}.{1790000000000 + 71402}", [
        part("text/plain; charset=UTF-8", text, "base64"),
        part("text/html; charset=UTF-8", html_doc(text, font="Open Sans,Arial,sans-serif",
             pre='<table width="100%"><tr><td style="background:#1d3c6e;color:#fff;padding:12px">CapVisa Services</td></tr></table>'),
             "base64"),
    ]))
    lab = label([], "medium", "negative/visa-appointment",
                "Visa-centre appointment (biometrics) tied to a job abroad; mentions a possible consular "
                "'entretien'. A non-job appointment, not an interview.")
    return slug, [("01-confirmation-rdv-visa.eml", m)], lab


def case16():
    """Site meeting with the client at her CURRENT job, forwarded to her personal mailbox."""
    slug = "b228-16-reunion-chantier-client-emploi-actuel"
    anis = ("Anis Belhadj", "anis.belhadj@carthage-structures.example")
    kamel = ("Kamel Trabelsi", "k.trabelsi@promo-jasmins.example")
    bc = ("Sami Louati", "s.louati@controle-btp.example")
    me_work = (USER_NAME, USER_WORK)
    orig_sent = T(TUN, 2026, 10, 1, 16, 5)
    wd(orig_sent, "jeudi")
    fwd = T(UTC, 2026, 10, 2, 7, 48, 12)
    start = T(TUN, 2026, 10, 7, 9, 0)
    wd(start, "mercredi")
    end = start + timedelta(hours=2)
    subject = "Réunion de chantier n°23 – Résidence Les Jasmins (Ennasr) – présence MOA"
    when = f"{fr_long(start)} {h24(start)}-{h24(end)} (UTC+01:00) Afrique centrale - Ouest."
    where = "Chantier Résidence Les Jasmins – base vie, Ennasr 2"
    orig = f"""Bonjour à tous,

La réunion de chantier hebdomadaire se tiendra sur site, en présence du maître d'ouvrage (M. Trabelsi) et du bureau de contrôle.

Ordre du jour :
1) Avancement gros œuvre bloc B (planchers R+3 / R+4)
2) Réserves du bureau de contrôle sur les voiles du sous-sol
3) Contrat d'entretien des espaces extérieurs et du réseau d'assainissement
4) Renfort d'équipe : recrutement d'un conducteur de travaux – point avec le client

Meriem, merci de préparer les notes de calcul des voiles et le planning recalé.

Anis Belhadj
Chef de Projet – Carthage Structures
"""
    body = ("Pour mon agenda perso.\n\n-----Rendez-vous d'origine-----\n"
            f"De : {anis[0]} <{anis[1]}>\n"
            f"Envoyé : jeudi 1 octobre 2026 16:05\n"
            f"À : {anis[0]}; {USER_NAME}; {kamel[0]}; {bc[0]}\n"
            f"Objet : {subject}\nQuand : {when}\nOù : {where}\n\n" + orig)
    uid = exchange_uid("c16")
    cal = exchange_ics("REQUEST", WCAST, "+0100", anis,
                       [(USER_NAME, USER_WORK, "REQ-PARTICIPANT", "ACCEPTED"),
                        (kamel[0], kamel[1], "REQ-PARTICIPANT", "ACCEPTED"),
                        (bc[0], bc[1], "OPT-PARTICIPANT", "NEEDS-ACTION"),
                        (USER_NAME, USER, "OPT-PARTICIPANT", "NEEDS-ACTION")],
                       subject, start, end, orig, where, uid, 0, orig_sent, teams_url=None)
    m, _ = exchange_invite(date=fwd, frm=me_work, to=[(USER_NAME, USER)], subject="TR: " + subject,
                           when_line=when, where=where, body=body, cal=cal, seed="c16")
    lab = label([], "hard", "negative/internal-site-meeting",
                "Her own calendar invite for a site meeting with the client at her current employer, forwarded to "
                "her personal address; 'entretien' here means maintenance and 'recrutement' is about a hire for "
                "the site. Not an interview for her.")
    return slug, [("01-tr-reunion-chantier.eml", m)], lab


def case17():
    """Zoom webinar registration about interviewing for Gulf jobs."""
    slug = "b228-17-webinaire-entretien-golfe"
    sent = T(UTC, 2026, 9, 28, 17, 0, 3)
    start = T(TUN, 2026, 10, 3, 18, 0)
    wd(start, "samedi")
    end = start + timedelta(minutes=90)
    title = "Ingénieurs tunisiens dans le Golfe : CV, entretien technique et négociation salariale"
    zoom = "https://us06web.zoom.us/w/86120447731?tk=" + hx("c17tk", n=40)
    text = f"""Bonjour Meriem,

Merci de vous être inscrite au webinaire « {title} ».

Date et heure : {start.day} oct. 2026 06:00 PM Tunis

Intervenants :
– Eng. Sami Dridi, Project Director (contractant à Doha)
– Leila Gharsallah, consultante en recrutement BTP (Dubaï / Riyad)

Au programme : simulation d'entretien en direct, questions fréquentes des recruteurs du Golfe, salaires et packages.

Rejoindre à partir d'un PC, Mac, iPad ou appareil Android :
Cliquez ici pour participer : {zoom}
Code secret : 447731

Ajouter à l'agenda : Google Agenda · Outlook (.ics) · Yahoo Agenda

Vous pouvez annuler votre inscription à tout moment.

Pour toute question : events@rite-reseau.example

Merci !
Réseau des Ingénieurs Tunisiens de l'Étranger (RITE)
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "METHOD:PUBLISH",
               "BEGIN:VEVENT", f"DTSTAMP:{zst(sent)}", f"DTSTART:{zst(start)}", f"DTEND:{zst(end)}",
               f"SUMMARY:{ics_escape(title)}", f"UID:{zst(sent)}-86120447731@zoom.us", "TZID:Africa/Tunis",
               f"DESCRIPTION:{ics_escape('Webinaire RITE. Rejoindre : ' + zoom)}", f"LOCATION:{zoom}",
               "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
               "END:VEVENT", "END:VCALENDAR"])
    m = message([
        ("Delivered-To", USER),
        ("Received", received("mailsg-us06.zoom.us", "170.114.10.82", "mx.example.com", sent, id_="o3h7rz2c")),
        ("Return-Path", "<bounces+srs=webinar@zoom.us>"),
        ("Date", rfc(sent).replace("-0000", "+0000")),
        ("From", addr("RITE via Zoom", "no-reply@zoom.us")),
        ("Reply-To", "events@rite-reseau.example"),
        ("To", addr(USER_NAME, USER)),
        ("Subject", hdr(f"Confirmation d'inscription au webinaire : {title}")),
        ("Message-ID", f"<{hx('c17mid', n=32)}@zoom.us>"),
    ], multipart("mixed", f"----=_Part_{int(hx('c17p', n=6), 16)}", [
        multipart("alternative", f"----=_Part_{int(hx('c17q', n=6), 16)}", [
            part("text/plain; charset=UTF-8", text, "quoted-printable"),
            part("text/html; charset=UTF-8", html_doc(text, font="Lato,Helvetica,sans-serif"), "quoted-printable"),
        ]),
        part('text/calendar; charset=UTF-8; name="webinaire-RITE.ics"', None, "base64",
             extra=['Content-Disposition: attachment; filename="webinaire-RITE.ics"'], raw=cal.encode("utf-8")),
    ]))
    lab = label([], "medium", "negative/webinar",
                "Webinar about Gulf job interviews (with a live mock interview) + .ics; not a hiring step.")
    return slug, [("01-inscription-webinaire.eml", m)], lab


def case18():
    """Rejection after an interview that already took place."""
    slug = "b228-18-refus-apres-entretien"
    nadia = ("Nadia Ferchichi", "nadia.ferchichi@tor-routes.example")
    sent = T(TUN, 2026, 10, 5, 11, 2, 35)
    wd(sent, "lundi")
    past = T(TUN, 2026, 9, 16)
    wd(past, "mercredi")
    text = f"""Madame,

Nous vous remercions pour le temps que vous nous avez accordé lors de notre entretien du {fr_long(past, year=False)} dernier, pour le poste d'Ingénieur Études Routières.

Après mûre réflexion, nous avons le regret de vous informer que nous avons retenu une candidature correspondant davantage à nos besoins actuels, notamment en matière d'expérience sur les chaussées aéroportuaires.

Nous conservons votre dossier dans notre vivier et ne manquerons pas de vous recontacter pour un prochain entretien si une opportunité correspondant à votre profil se présente.

Nous vous souhaitons pleine réussite dans vos projets professionnels.

Nadia Ferchichi
Responsable Ressources Humaines
Tunisie Ouvrages & Routes (TOR) – Zone industrielle Charguia II, Tunis
"""
    m = message([
        ("Delivered-To", USER),
        ("Received", received("mail-vi1eur04on2098.outbound.protection.outlook.com", "40.107.8.98", "mx.example.com",
                              sent, id_="x8k1mf6u", tls="version=TLS1_2 cipher=ECDHE-RSA-AES256-GCM-SHA384")),
        ("Return-Path", f"<{nadia[1]}>"),
        ("From", addr(*nadia)),
        ("To", addr(USER_NAME, USER)),
        ("Subject", hdr("Votre candidature – Ingénieur Études Routières")),
        ("Date", rfc(sent.astimezone(UTC)).replace("-0000", "+0000")),
        ("Message-ID", f"<VI1PR04MB{hx('c18', n=4).upper()}{hx('c18b', n=28).upper()}@VI1PR04MB{hx('c18', n=4).upper()}.eurprd04.prod.outlook.com>"),
        ("Content-Language", "fr-FR"),
    ], multipart("alternative", f"_000_{hx('c18bd', n=24).upper()}eurprd04prodoutlookc_", [
        part('text/plain; charset="utf-8"', text, "base64"),
        part('text/html; charset="utf-8"', html_doc(text, font="Calibri,sans-serif", size="11pt"), "base64"),
    ]))
    lab = label([], "easy", "negative/rejection-after-interview",
                "Rejection that refers to a past interview ('entretien du mercredi 16 septembre') and a possible "
                "future one; no interview scheduled in the case.")
    return slug, [("01-reponse-candidature.eml", m)], lab


def case19():
    """Proctored online technical test booked at a fixed time (no examiner): not an interview."""
    slug = "b228-19-test-en-ligne-surveille"
    sent = T(UTC, 2026, 10, 6, 8, 30, 17)
    start = T(PAR, 2026, 10, 14, 9, 0)
    wd(start, "mercredi")
    end = start + timedelta(hours=2)
    text = f"""Bonjour Meriem,

Batiplan Conseil vous invite à passer son test technique dans le cadre de votre candidature au poste d'Ingénieur(e) Structures Bâtiment (H/F) – Paris.

Votre session est réservée :
{fr_long(start)}, de {h24(start)} à {h24(end)} (heure de Paris)

Format : test en ligne télésurveillé (webcam et partage d'écran obligatoires), 2 heures, 40 questions (Eurocodes 0, 1 et 2, descente de charges, lecture de plans). Aucun examinateur ne sera présent : la session est enregistrée puis analysée automatiquement.

Lien d'accès (actif 10 minutes avant le début) : https://app.evalcraft.example/s/bpc-{hx('c19', n=10)}

À l'issue du test, l'équipe de Batiplan Conseil étudiera vos résultats et pourra vous proposer un entretien.

Bonne chance !
L'équipe Evalcraft, pour Batiplan Conseil

Ceci est un e-mail automatique, merci de ne pas y répondre.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Evalcraft//Sessions//FR", "METHOD:PUBLISH"] + VTZ_PARIS + [
               "BEGIN:VEVENT", f"UID:session-{hx('c19uid', n=20)}@evalcraft.example", f"DTSTAMP:{zst(sent)}",
               f"DTSTART;TZID=Europe/Paris:{loc(start)}", f"DTEND;TZID=Europe/Paris:{loc(end)}",
               "SUMMARY:Test technique en ligne – Batiplan Conseil",
               "DESCRIPTION:Session télésurveillée (2 h). Aucun examinateur.",
               f"LOCATION:https://app.evalcraft.example/s/bpc-{hx('c19', n=10)}",
               "ORGANIZER;CN=Evalcraft:mailto:noreply@evalcraft.example",
               f"ATTENDEE;CN=Meriem Jaziri;PARTSTAT=ACCEPTED:mailto:{USER}",
               "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    m = message([
        ("Delivered-To", USER),
        ("Received", received("mta-12.evalcraft.example", "54.246.8.20", "mx.example.com", sent, id_="s6n2yb0d")),
        ("Return-Path", "<bounce@mail.evalcraft.example>"),
        ("Date", rfc(sent).replace("-0000", "+0000")),
        ("From", addr("Batiplan Conseil via Evalcraft", "noreply@evalcraft.example")),
        ("To", addr(USER_NAME, USER)),
        ("Subject", hdr(f"Votre test technique Batiplan Conseil est programmé – {fr_long(start, year=False)}, {hfr(start)}")),
        ("Message-ID", f"<{hx('c19mid', n=30)}@mail.evalcraft.example>"),
    ], multipart("mixed", f"==evc_{hx('c19bm', n=28)}", [
        multipart("alternative", f"==evc_{hx('c19ba', n=28)}", [
            part("text/plain; charset=utf-8", text, "quoted-printable"),
            part("text/html; charset=utf-8", html_doc(text, font="Inter,Arial,sans-serif"), "quoted-printable"),
        ]),
        part('text/calendar; charset=utf-8; name="session.ics"', None, "base64",
             extra=['Content-Disposition: attachment; filename="session.ics"'], raw=cal.encode("utf-8")),
    ]))
    lab = label([], "hard", "negative/online-assessment",
                "Fixed-time, proctored online test with .ics; explicitly no examiner. Assessments are not interviews.")
    return slug, [("01-test-technique-programme.eml", m)], lab


def case20():
    """Doha recruiter asks her to book a slot (Microsoft Bookings) + reminder; nothing booked."""
    slug = "b228-20-doha-choisir-creneau"
    yousef = ("Yousef Haddad", "yousef.haddad@pearlcoast.example")
    role = "QA/QC Civil Engineer"
    d1 = T(DOH, 2026, 10, 4, 9, 12, 6)
    wd(d1, "sunday")
    link = "https://outlook.office365.com/book/PearlCoastRecruitment@pearlcoast.example/"
    text1 = f"""السلام عليكم Meriem,

Thank you for your interest in the {role} role with Pearl Coast Contracting (Doha).

We would like to invite you to an interview with our Construction Manager. Please choose a convenient time using the booking page below; available slots are Sunday to Thursday between 9:00 AM and 3:00 PM Doha time over the next two weeks:

{link}

Once your slot is booked you will automatically receive a Teams invitation.

Best regards,
Yousef Haddad
Recruitment Officer | Pearl Coast Contracting
"""
    mid1 = f"<DB8PR09MB{hx('c20a', n=4).upper()}{hx('c20a1', n=28).upper()}@DB8PR09MB{hx('c20a', n=4).upper()}.eurprd09.prod.outlook.com>"
    m1 = message([
        ("Delivered-To", USER),
        ("Received", received("mail-db8eur09on2041.outbound.protection.outlook.com", "40.107.13.41", "mx.example.com",
                              d1, id_="f0t3lm8a", tls="version=TLS1_2 cipher=ECDHE-RSA-AES256-GCM-SHA384")),
        ("Return-Path", f"<{yousef[1]}>"),
        ("From", addr(*yousef)),
        ("To", addr(USER_NAME, USER)),
        ("Subject", f"Interview - {role} - Doha - please select a slot"),
        ("Date", rfc(d1.astimezone(UTC)).replace("-0000", "+0000")),
        ("Message-ID", mid1),
        ("Content-Language", "en-US"),
    ], multipart("alternative", f"_000_{hx('c20b', n=24).upper()}eurprd09prodoutlookc_", [
        part('text/plain; charset="utf-8"', text1, "quoted-printable"),
        part('text/html; charset="utf-8"', html_doc(text1, font="Calibri,sans-serif", size="11pt"), "quoted-printable"),
    ]))
    d2 = T(DOH, 2026, 10, 7, 13, 40, 51)
    wd(d2, "wednesday")
    text2 = (f"Dear Meriem,\n\nKind reminder: we have not yet received your booking. Please select a slot for your "
             f"interview at {link} before Sunday so we can confirm with the Construction Manager.\n\n"
             f"Regards,\nYousef\n\n"
             "________________________________\n"
             f"From: Yousef Haddad <{yousef[1]}>\n"
             f"Sent: {en_long(d1)} 9:12 AM\n"
             f"To: Meriem Jaziri <{USER}>\n"
             f"Subject: Interview - {role} - Doha - please select a slot\n\n" + text1)
    m2 = message([
        ("Delivered-To", USER),
        ("Received", received("mail-db8eur09on2044.outbound.protection.outlook.com", "40.107.13.44", "mx.example.com",
                              d2, id_="a9w5hp3k", tls="version=TLS1_2 cipher=ECDHE-RSA-AES256-GCM-SHA384")),
        ("Return-Path", f"<{yousef[1]}>"),
        ("From", addr(*yousef)),
        ("To", addr(USER_NAME, USER)),
        ("Subject", f"RE: Interview - {role} - Doha - please select a slot"),
        ("Date", rfc(d2.astimezone(UTC)).replace("-0000", "+0000")),
        ("Message-ID", f"<DB8PR09MB{hx('c20c', n=4).upper()}{hx('c20c1', n=28).upper()}@DB8PR09MB{hx('c20c', n=4).upper()}.eurprd09.prod.outlook.com>"),
        ("In-Reply-To", mid1),
        ("References", mid1),
        ("Content-Language", "en-US"),
    ], part('text/plain; charset="utf-8"', text2, "quoted-printable"))
    lab = label([], "medium", "negative/availability-request",
                "Interview invitation with a self-booking link and a reminder; no slot is ever booked.")
    return slug, [("01-please-select-a-slot.eml", m1), ("02-re-reminder.eml", m2)], lab


def case21():
    """She interviews an intern candidate at her current job (auto-forwarded Teams invite)."""
    slug = "b228-21-elle-fait-passer-entretien-stagiaire"
    hajer = ("Hajer Mzoughi", "hajer.mzoughi@carthage-structures.example")
    anis = ("Anis Belhadj", "anis.belhadj@carthage-structures.example")
    sent = T(UTC, 2026, 10, 19, 8, 22, 5)
    start = T(TUN, 2026, 10, 22, 11, 0)
    wd(start, "jeudi")
    end = start + timedelta(minutes=45)
    subject = "Entretien candidat stage PFE Génie Civil – Youssef Ben Romdhane"
    tb, turl = teams_block("c21")
    body = f"""Bonjour Meriem, bonjour Anis,

Comme convenu, vous ferez passer l'entretien technique au candidat Youssef Ben Romdhane (ENIT, 3e année Génie Civil) pour le stage PFE « Conception d'un parking R+2 en charpente métallique ».

Le candidat se connectera sur Teams. Son CV et la grille d'évaluation sont dans le dossier RH partagé ; merci de me remonter vos notes avant vendredi midi.

Merci,
Hajer Mzoughi
Ressources Humaines – Carthage Structures


{tb}
"""
    when = f"{fr_long(start)} {h24(start)}-{h24(end)} (UTC+01:00) Afrique centrale - Ouest."
    cal = exchange_ics("REQUEST", WCAST, "+0100", hajer,
                       [(USER_NAME, USER_WORK, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                        (anis[0], anis[1], "REQ-PARTICIPANT", "NEEDS-ACTION"),
                        ("Youssef Ben Romdhane", "youssef.benromdhane@etudiant-enit.example", "OPT-PARTICIPANT", "NEEDS-ACTION")],
                       subject, start, end, body, "Réunion Microsoft Teams", exchange_uid("c21"), 0, sent, teams_url=turl)
    m, _ = exchange_invite(date=sent, frm=hajer, to=[(USER_NAME, USER_WORK), anis,
                           ("Youssef Ben Romdhane", "youssef.benromdhane@etudiant-enit.example")],
                           subject=subject, when_line=when, where="Réunion Microsoft Teams", body=body, cal=cal,
                           seed="c21", extra_headers=[("X-MS-Exchange-Inbox-Rules-Loop", USER_WORK),
                                                      ("X-MS-Exchange-Transport-Rules-Loop", "1")])
    lab = label([], "hard", "negative/user-is-interviewer",
                "Teams invite (W. Central Africa Standard Time) auto-forwarded from her work mailbox: she and a "
                "colleague interview an intern candidate. She is the interviewer, not the candidate.")
    return slug, [("01-invitation-entretien-stagiaire.eml", m)], lab


def case22():
    """Tanitjobs-style job alert mentioning interview days."""
    slug = "b228-22-alerte-offres-tanitjobs"
    sent = T(TUN, 2026, 10, 10, 6, 0, 9)
    wd(sent, "samedi")
    j1 = T(TUN, 2026, 10, 17, 9, 0)
    wd(j1, "samedi")
    j2 = T(TUN, 2026, 10, 24)
    wd(j2, "samedi")
    text = f"""Bonjour Meriem,

6 nouvelles offres correspondent à votre alerte « ingénieur génie civil ».

1. Ingénieur Structure (H/F) – Bureau d'études – Tunis
   Expérience : 3 à 5 ans · Publiée le 09/10/2026
   https://www.tanitjobs.com/job/1841207/

2. Conducteur de travaux principal – Sousse
   Recrutement urgent : entretiens le {fr_long(j1, year=False)} à partir de {hfr(j1)} au siège (se présenter avec CV)
   https://www.tanitjobs.com/job/1841319/

3. مهندس مدني – شركة مقاولات – صفاقس
   خبرة 5 سنوات على الأقل · مقابلات فورية
   https://www.tanitjobs.com/job/1841355/

4. Site Engineer – Qatar (contrat 2 ans, logement + billet)
   Journée de recrutement à Tunis le {fr_long(j2, year=False)} – entretiens sur place, inscription obligatoire
   https://www.tanitjobs.com/job/1841402/

5. Ingénieur Méthodes – Bizerte
   https://www.tanitjobs.com/job/1841466/

6. Ingénieur VRD junior – Nabeul
   https://www.tanitjobs.com/job/1841490/

Voir toutes les offres : https://www.tanitjobs.com/jobs/?alert=gc-2231

Modifier ou supprimer cette alerte : https://www.tanitjobs.com/candidat/alertes
L'équipe Tanitjobs
"""
    m = message([
        ("Delivered-To", USER),
        ("Received", received("mailer.tanitjobs.com", "51.91.120.14", "mx.example.com", sent, id_="m1r6xw4j")),
        ("Return-Path", "<bounces@mailer.tanitjobs.com>"),
        ("Date", rfc(sent)),
        ("From", addr("Tanitjobs", "noreply@tanitjobs.com")),
        ("To", addr(USER_NAME, USER)),
        ("Subject", hdr("6 nouvelles offres pour votre alerte « ingénieur génie civil »")),
        ("Message-ID", f"<{hx('c22', n=20)}.{hx('c22b', n=8)}@mailer.tanitjobs.com>"),
        ("List-Unsubscribe", "<https://www.tanitjobs.com/candidat/alertes>"),
        ("Precedence", "bulk"),
    ], multipart("alternative", f"----=_Part_{int(hx('c22p', n=7), 16)}_{int(hx('c22q', n=8), 16)}.1791612009000", [
        part('text/plain; charset="UTF-8"', text, "quoted-printable"),
        part('text/html; charset="UTF-8"', html_doc(text, font="Verdana,Arial,sans-serif", size="13px",
             pre='<div style="background:#0a4d8c;color:#fff;padding:10px 16px;font-weight:bold">tanitjobs</div>'),
             "base64"),
    ]))
    lab = label([], "easy", "negative/job-alert",
                "Job-board alert listing offers with walk-in interview days; nothing scheduled for her.")
    return slug, [("01-alerte-offres.eml", m)], lab


# ============================================================================= main

CASES = [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11, case12, case13,
         case14, case15, case16, case17, case18, case19, case20, case21, case22]


def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith(PREFIX) and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for i, fn in enumerate(CASES, 1):
        slug, files, lab = fn()
        assert slug.startswith(f"{PREFIX}{i:02d}-"), slug
        d = os.path.join(HERE, slug)
        os.makedirs(d)
        names = [n for n, _ in files]
        assert names == sorted(names) and len(set(names)) == len(names), names
        for n, data in files:
            assert n.split("-", 1)[0].isdigit() and n.endswith((".eml", ".ics", ".gcal.json")), n
            with open(os.path.join(d, n), "wb") as f:
                f.write(data)
        labels[slug] = lab
    out = ("# blind228 labels (written blind; see README.md). Schema: /work/shared/eval/README.md\n"
           + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False))
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(out)
    pos = sum(1 for l in labels.values() if l["interview"])
    ivs = [x for l in labels.values() for x in l["interviews"]]
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews "
          f"({sum(x['status'] == 'scheduled' for x in ivs)} scheduled, {sum(x['status'] == 'cancelled' for x in ivs)} cancelled)")


if __name__ == "__main__":
    main()
