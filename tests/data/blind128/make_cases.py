#!/usr/bin/env python3
"""Deterministic generator for the blind128 evaluation set (French-speaking PMM job seeker in Paris).

Rewrites every case folder and labels.yaml next to this file. stdlib + PyYAML + zoneinfo only.
All people, companies and domains are invented (.example domains / example.com owner).
"""
import base64
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
PAR = ZoneInfo("Europe/Paris")
LON = ZoneInfo("Europe/London")
BXL = ZoneInfo("Europe/Brussels")
MTL = ZoneInfo("America/Toronto")  # Montréal follows Toronto rules
UTC = timezone.utc

OWNER = "claire.dumoulin@example.com"
OWNER_NAME = "Claire Dumoulin"
OWNER_ADDR = f"{OWNER_NAME} <{OWNER}>"
WORK = "c.dumoulin@hexalune.example"  # current employer mailbox, auto-forwarded to OWNER

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
JOURS_ABR = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
        "octobre", "novembre", "décembre"]
MOIS_ABR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
            "nov.", "déc."]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def T(y, mo, d, h, mi=0, tz=PAR):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def fr_day(dt):
    """'jeudi 12 mars' (1er for the first of the month)."""
    n = "1er" if dt.day == 1 else str(dt.day)
    return f"{JOURS[dt.weekday()]} {n} {MOIS[dt.month - 1]}"


def fr_h(dt):
    """'14h' / '10h30'."""
    return f"{dt.hour}h" if dt.minute == 0 else f"{dt.hour}h{dt.minute:02d}"


def check(dt, weekday, hour, minute=0):
    assert dt.weekday() == weekday and dt.hour == hour and dt.minute == minute, dt


# ---------------------------------------------------------------- iCalendar (by hand, CRLF, folded)
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


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def lstamp(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


VTZ_PARIS = """BEGIN:VTIMEZONE
TZID:Europe/Paris
X-LIC-LOCATION:Europe/Paris
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
TZNAME:CEST
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
TZNAME:CET
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE""".split("\n")

VTZ_ROMANCE = """BEGIN:VTIMEZONE
TZID:Romance Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE""".split("\n")


def calendar(prodid, method, events, tzblock=None):
    lines = ["BEGIN:VCALENDAR"]
    if prodid.startswith("Microsoft"):
        lines += [f"METHOD:{method}", f"PRODID:{prodid}", "VERSION:2.0"]
    else:
        lines += [f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
        if method:
            lines.append(f"METHOD:{method}")
    if tzblock:
        lines += tzblock
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def vevent(uid, start, end, summary, organizer, attendees, stamp, *, tzmode="utc", description=None,
           location=None, seq=0, status="CONFIRMED", extra=(), lang=None, allday=False):
    """attendees: list of (name, email, partstat, role)."""
    def dt_prop(name, dt):
        if tzmode == "utc":
            return f"{name}:{zstamp(dt)}"
        tzid = {"paris": "Europe/Paris", "romance": "Romance Standard Time"}[tzmode]
        return f"{name};TZID={tzid}:{lstamp(dt.astimezone(PAR))}"
    lp = f";LANGUAGE={lang}" if lang else ""
    ev = ["BEGIN:VEVENT"]
    ev.append(dt_prop("DTSTART", start))
    ev.append(dt_prop("DTEND", end))
    ev.append(f"DTSTAMP:{zstamp(stamp)}")
    if organizer:
        ev.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    ev.append(f"UID:{uid}")
    for name, mail, partstat, role in attendees:
        ev.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{mail}")
    if description is not None:
        ev.append(f"DESCRIPTION{lp}:{esc(description)}")
    if location is not None:
        ev.append(f"LOCATION{lp}:{esc(location)}")
    ev.append(f"SEQUENCE:{seq}")
    ev.append(f"STATUS:{status}")
    ev.append(f"SUMMARY{lp}:{esc(summary)}")
    ev.append("TRANSP:OPAQUE")
    ev += list(extra)
    ev.append("END:VEVENT")
    return ev


def cdo(seq, busy="BUSY", intended="BUSY"):
    return [f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
            f"X-MICROSOFT-CDO-INTENDEDSTATUS:{intended}", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
            "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
            "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]


TEAMS = ("________________________________________________________________________________\n"
         "Réunion Microsoft Teams\n"
         "Rejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
         "Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\n"
         "ID de la réunion : {num}\nCode secret : {pw}\n"
         "Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
         "En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>\n"
         "________________________________________________________________________________")


# ---------------------------------------------------------------- e-mail
def html_of(text):
    import html as _h
    paras = text.split("\n\n")
    body = "".join("<p>" + _h.escape(p).replace("\n", "<br>") + "</p>\n" for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n' + body +
            "</div></body></html>\n")


def mail(date, frm, subject, *, to=OWNER_ADDR, cc=None, text=None, html=None, reply_to=None, sender=None,
         msgid, in_reply_to=None, references=None, cte_text="quoted-printable", cte_html="quoted-printable",
         cal=None, cal_method="REQUEST", cal_cte="base64", attach=(), client="gmail", extra=(),
         delivered=OWNER, return_path=None):
    m = EmailMessage(policy=policy.default)
    m["Delivered-To"] = delivered
    hosts = {"gmail": "mail-sor-f41.google.com", "outlook": "EUR05-AM6-obe.outbound.protection.outlook.com",
             "ats": "o12.mta.sendgrid.example", "apple": "smtp.mail.example", "google-cal": "mail-sor-f73.google.com",
             "other": "smtpout.mail.example"}
    rdate = format_datetime(date.astimezone(PAR) + timedelta(seconds=2))
    m["Received"] = (f"from {hosts[client]} ({hosts[client]}) by mx1.mail.example with ESMTPS id "
                     f"{abs(hash_str(msgid)) % 10**10:010d} for <{delivered}>; {rdate}")
    addr = frm.split("<")[-1].rstrip(">")
    m["Return-Path"] = f"<{return_path or addr}>"
    for k, v in extra:
        m[k] = v
    if sender:
        m["Sender"] = sender
    if reply_to:
        m["Reply-To"] = reply_to
    m["Date"] = format_datetime(date)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    if client == "outlook":
        m["Thread-Topic"] = subject.split(": ", 1)[-1] if subject.startswith(("RE: ", "TR: ", "Annulé : ", "Mis à jour : ", "Accepté : ")) else subject
        m["Accept-Language"] = "fr-FR, en-US"
        m["Content-Language"] = "fr-FR"
        m["X-MS-Has-Attach"] = "yes" if attach else ""
        if cal:
            m["Content-class"] = "urn:content-classes:calendarmessage"
    if client == "apple":
        m["X-Mailer"] = "Apple Mail (2.3774.500.171.1.1)"
    if text is not None and html is not None:
        m.set_content(text, cte=cte_text)
        m.add_alternative(html, subtype="html", cte=cte_html)
    elif html is not None:
        m.set_content(html, subtype="html", cte=cte_html)
    else:
        m.set_content(text, cte=cte_text)
    if cal is not None:
        if not m.is_multipart():
            m.make_alternative()
        # bytes + base64 keeps the CRLF line endings of the iCalendar text intact
        m.add_alternative(cal.encode("utf-8"), maintype="text", subtype="calendar", cte="base64",
                          params={"charset": "UTF-8", "method": cal_method})
    for fname, data, maintype, subtype, params in attach:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=fname, params=params or {})
    # deterministic MIME boundaries (the stdlib would pick random ones)
    base = f"{hash_str(msgid) % 16**16:016x}"
    for i, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary(f"_{i:03d}_{base}_" if client == "outlook" else f"0000000000{i:02d}{base}")
    return m


def hash_str(s):
    h = 0
    for ch in s:
        h = (h * 131 + ord(ch)) % (2 ** 61 - 1)
    return h


def ics_attachment(cal, method="REQUEST", fname="invite.ics", maintype="application", subtype="ics"):
    params = {"method": method} if maintype == "text" else None
    return (fname, cal.encode("utf-8"), maintype, subtype, params)


def google_invite(date, organizer, subject, title, start, end, guests, uid, *, lang="fr", location="",
                  description="", meet="", seq=0, status="CONFIRMED", method="REQUEST"):
    """Google Calendar invitation e-mail: mixed[alternative[plain, html, calendar], invite.ics]."""
    tz = start.tzinfo
    s, e = start, end
    if lang == "fr":
        zone = ("Heure d’été d’Europe centrale - Paris" if s.utcoffset() == timedelta(hours=2)
                else "Heure normale d’Europe centrale - Paris")
        when = f"{JOURS[s.weekday()]} {s.day} {MOIS[s.month - 1]} {s.year} ⋅ {s:%H:%M} – {e:%H:%M}"
        text = [title, when, zone, ""]
        if meet:
            text += ["Participer avec Google Meet", meet, ""]
        if location:
            text += ["Lieu", location, ""]
        text += ["Organisateur", organizer[0], organizer[1], "", "Invités"]
        for n, a in guests:
            text += [n + (" - organisateur" if a == organizer[1] else ""), a]
        text += ["Afficher toutes les informations sur les invités https://calendar.google.com/calendar/event?action=VIEW&eid=" + uid[:22], ""]
        if description:
            text += [description, ""]
        text += [f"Répondre pour {OWNER} et afficher plus de détails https://calendar.google.com/calendar/event?action=VIEW&eid=" + uid[:22], "",
                 "~~//~~", "Invitation de Google Agenda : https://calendar.google.com/calendar/", "",
                 "Vous recevez cet e-mail, car vous êtes invité à cet événement.", "",
                 "Si vous transférez cette invitation, tout destinataire pourra envoyer une réponse à l’organisateur, être ajouté à la liste d’invités, inviter d’autres personnes, qu’il ait reçu une invitation ou non, ou modifier votre réponse. En savoir plus https://support.google.com/calendar/answer/37135#forwarding"]
    else:
        zone = "British Summer Time - London" if s.utcoffset() == timedelta(hours=1) else "Greenwich Mean Time - London"
        when = f"{['Monday','Tuesday','Wednesday','Thursday','Friday','Saturday','Sunday'][s.weekday()]} {s.day} {['January','February','March','April','May','June','July','August','September','October','November','December'][s.month-1]} {s.year} ⋅ {s.strftime('%I:%M').lstrip('0')}{s.strftime('%p').lower()} – {e.strftime('%I:%M').lstrip('0')}{e.strftime('%p').lower()}"
        text = [title, when, zone, ""]
        if meet:
            text += ["Join with Google Meet", meet, ""]
        text += ["Organiser", organizer[0], organizer[1], "", "Guests"]
        for n, a in guests:
            text += [n + (" - organiser" if a == organizer[1] else ""), a]
        text += ["View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=" + uid[:22], ""]
        if description:
            text += [description, ""]
        text += [f"Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid=" + uid[:22], "",
                 "~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
                 "You are receiving this email because you are an attendee on the event."]
    text = "\n".join(text) + "\n"
    atts = [(n, a, "ACCEPTED" if a == organizer[1] else "NEEDS-ACTION", "REQ-PARTICIPANT") for n, a in guests]
    desc = description
    if meet:
        desc = (description + "\n\n" if description else "") + (
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
            f"Participer à la réunion Google Meet : {meet}\n\nPlease do not edit this section.\n"
            "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    extra = [f"CREATED:{zstamp(date)}", f"LAST-MODIFIED:{zstamp(date)}"]
    if meet:
        extra.insert(0, f"X-GOOGLE-CONFERENCE:{meet}")
    ev = vevent(uid, s, e, title, organizer, atts, date, description=desc, location=location, seq=seq,
                status=status, extra=extra)
    cal = calendar("-//Google Inc//Google Calendar 70.9054//EN", method, [ev])
    m = mail(date, f"{organizer[0]} <{organizer[1]}>", subject, to=OWNER, text=text, html=html_of(text),
             reply_to=f"{organizer[0]} <{organizer[1]}>", sender="Google Agenda <calendar-notification@google.com>",
             msgid=f"<calendar-{uid.split('@')[0]}-{seq}@google.com>", cte_text="base64",
             cal=cal, cal_method=method, cal_cte="7bit", client="google-cal",
             return_path="3xk2fbounce@calendar-server.bounces.google.com",
             attach=[ics_attachment(cal, method)])
    return m


# ---------------------------------------------------------------- cases
CASES = {}   # id -> list of (filename, bytes)
LABELS = {}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


def add(cid, items, interviews, difficulty, category, notes):
    CASES[cid] = items
    LABELS[cid] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                   "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def eml(name, m):
    return (name + ".eml", m.as_bytes(policy=policy.default))


SIG_CLAIRE = "Claire Dumoulin\n06 45 18 27 60"

# ---- 01 ATS (Welcome-to-the-Jungle-like "Talenteo") confirmation with .ics ----------------------
s = T(2026, 3, 12, 9); e = s + timedelta(minutes=30); check(s, 3, 9)
ines = "ines.garnier@brindille.example"
sent = T(2026, 3, 5, 16, 12)
txt = f"""Bonjour Claire,

Merci d’avoir choisi un créneau ! Votre entretien en visio pour le poste de Product Marketing Manager chez Brindille est confirmé :

📅 {fr_day(s)} 2026 à 9h00 (heure de Paris)
⏱ Durée : 30 minutes
👤 Avec : Inès Garnier, Talent Acquisition Manager
📍 Google Meet : https://meet.google.com/bqd-xwne-tpa

L’invitation est en pièce jointe (fichier .ics) pour l’ajouter à votre agenda.
Un empêchement ? Vous pouvez déplacer votre créneau jusqu’à 24h avant : https://app.talenteo.example/c/brindille/r/7QmW2k

Pour toute question, écrivez directement à Inès : {ines}

Belle journée,
L’équipe Brindille

—
Envoyé avec Talenteo · Le logiciel de recrutement des équipes qui grandissent
Cet e-mail a été envoyé automatiquement depuis une adresse qui ne reçoit pas de réponses.
"""
ev = vevent("tlt-8f3c2a91-brindille-itv-41207@talenteo.example", s, e,
            "Entretien Brindille – Product Marketing Manager (Claire Dumoulin)", ("Inès Garnier", ines),
            [("Inès Garnier", ines, "ACCEPTED", "CHAIR"), (OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")],
            sent, tzmode="paris", description="Entretien en visio (30 min) avec Inès Garnier.\nGoogle Meet : https://meet.google.com/bqd-xwne-tpa",
            location="Google Meet – https://meet.google.com/bqd-xwne-tpa")
cal = calendar("-//Talenteo//Interview Scheduler 3.2//FR", "REQUEST", [ev], VTZ_PARIS)
m = mail(sent, "Brindille via Talenteo <notifications@talenteo.example>",
         "Votre entretien avec Brindille est confirmé – jeudi 12 mars", text=txt, html=html_of(txt),
         reply_to=f"Inès Garnier <{ines}>", msgid="<0102018e-talenteo-4f1a-b7e2-41207@eu-west-3.talenteo.example>",
         client="ats", attach=[ics_attachment(cal, fname="entretien-brindille.ics", maintype="text", subtype="calendar")])
add("b128-01-talenteo-ats-visio-ics", [eml("01-talenteo-entretien-confirme", m)],
    [iv("Brindille", "Product Marketing Manager", s, e, "scheduled", [ines], [ines], "phone_screen")],
    "easy", "positive/ats-email-with-ics",
    "French ATS confirmation from a notification address, Reply-To the recruiter who runs the 30-min visio screen; .ics attached with TZID=Europe/Paris (CET).")

# ---- 02 NEG entretien annuel at current job (Exchange invite, forwarded work mailbox) ------------
s = T(2026, 3, 17, 14); e = T(2026, 3, 17, 15, 30); check(s, 1, 14)
bert = "bertrand.lacroix@hexalune.example"
sent = T(2026, 3, 3, 8, 47)
txt = """Bonjour Claire,

Comme chaque année, je te propose qu’on se pose pour ton entretien annuel d’évaluation (et ton entretien professionnel, c’est l’année des 2 ans). On fera le bilan de 2025 – lancement d’Hexalune Flow, refonte du pricing – et on parlera de tes objectifs 2026 et de tes souhaits d’évolution.

Pense à compléter ton auto-évaluation dans Lucca avant vendredi 13.

À mardi,
Bertrand
""" + TEAMS.format(mid="Hx7Qa1", num="348 712 905 221", pw="vN3hL8")
ev = vevent("040000008200E00074C5B7101A82E00800000000B0C1E9A5F4AADC01000000000000000010000000E4A1F2C3", s, e,
            "Entretien annuel 2026 – Claire / Bertrand", ("Bertrand Lacroix", bert),
            [(OWNER_NAME, WORK, "NEEDS-ACTION", "REQ-PARTICIPANT")], sent, tzmode="romance", lang="fr-FR",
            description=txt, location="Salle Canopée (3e étage) / Microsoft Teams", extra=cdo(0, "TENTATIVE"))
cal = calendar("Microsoft Exchange Server 2010", "REQUEST", [ev], VTZ_ROMANCE)
m = mail(sent, f"Bertrand Lacroix <{bert}>", "Entretien annuel 2026 – Claire / Bertrand", to=f"Claire Dumoulin <{WORK}>",
         text=txt, html=html_of(txt), msgid="<PR3P192MB0871D4A2C3E1B94F0A7C12E6B51A2@PR3P192MB0871.EURP192.PROD.OUTLOOK.COM>",
         client="outlook", cal=cal, extra=[("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{WORK} {OWNER}")])
add("b128-02-neg-entretien-annuel-current-job", [eml("01-entretien-annuel-2026", m)], [], "hard",
    "negative/annual-review",
    "Outlook invite from her current manager for her 'entretien annuel d’évaluation' (annual review), auto-forwarded from the work mailbox. Not a job interview.")

# ---- 03 Outlook invite then 'Mis à jour :' moved across the DST switch ---------------------------
s0 = T(2026, 3, 24, 11); e0 = s0 + timedelta(hours=1); check(s0, 1, 11)
s = T(2026, 4, 2, 16); e = s + timedelta(hours=1); check(s, 3, 16)
amand = "amandine.roche@valmorel.example"; julien = "julien.morel@valmorel.example"
sig = """Amandine Roche
Chargée de recrutement – Direction des Ressources Humaines
Groupe Valmorel
27 rue de Châteaudun – 75009 Paris
Tél. : +33 1 84 60 22 17"""
t1 = f"""Madame,

Nous avons bien reçu votre candidature au poste de Responsable Marketing Produit (H/F) – Pôle Maison & Jardin et nous vous en remercions.

Nous souhaiterions vous rencontrer dans le cadre d’un entretien avec M. Julien Morel, Directeur Marketing, le {fr_day(s0)} à 11h00, dans nos locaux : 27 rue de Châteaudun, 75009 Paris (3e étage, merci de vous présenter à l’accueil).

L’entretien durera environ une heure. Une invitation Outlook vous sera adressée dans la journée.

Bien à vous,

{sig}
"""
d1 = T(2026, 3, 16, 10, 2)
m1 = mail(d1, f"Amandine Roche <{amand}>", "Groupe Valmorel – Votre candidature Responsable Marketing Produit (H/F)",
          text=t1, html=html_of(t1), msgid="<AM9P195MB1327F0B5D6E44B1C9A3E0B12C7F4@AM9P195MB1327.EURP195.PROD.OUTLOOK.COM>",
          client="outlook")
uid = "040000008200E00074C5B7101A82E0080000000060F2C04A7FB5DC01000000000000000010000000A7C3D9E1"
summ = "Entretien Claire Dumoulin – Responsable Marketing Produit"
att = [(OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT"), ("Julien Morel", julien, "NEEDS-ACTION", "REQ-PARTICIPANT")]
t2 = f"""Bonjour Madame Dumoulin,

Veuillez trouver ci-joint l’invitation pour votre entretien avec Julien Morel.

Bien à vous,

{sig}
"""
d2 = T(2026, 3, 16, 10, 21)
ev = vevent(uid, s0, e0, summ, ("Amandine Roche", amand), att, d2, tzmode="romance", lang="fr-FR", description=t2,
            location="Groupe Valmorel – 27 rue de Châteaudun, 75009 Paris – 3e étage, salle Vendôme", extra=cdo(0, "TENTATIVE"))
m2 = mail(d2, f"Amandine Roche <{amand}>", summ, to=f"{OWNER_NAME} <{OWNER}>, Julien Morel <{julien}>", text=t2, html=html_of(t2),
          msgid="<AM9P195MB1327A18E0C2F4D7B6E5D9C34A1B0@AM9P195MB1327.EURP195.PROD.OUTLOOK.COM>", client="outlook",
          cal=calendar("Microsoft Exchange Server 2010", "REQUEST", [ev], VTZ_ROMANCE))
t3 = f"""Bonjour Madame Dumoulin,

Julien Morel ayant un impératif le 24 mars, votre entretien est décalé au {fr_day(s)} à 16h, même lieu (27 rue de Châteaudun, 3e étage).

Merci de nous confirmer que ce nouveau créneau vous convient. Toutes nos excuses pour ce changement.

Bien à vous,

{sig}
"""
d3 = T(2026, 3, 20, 17, 40)
ev = vevent(uid, s, e, summ, ("Amandine Roche", amand), att, d3, tzmode="romance", lang="fr-FR", description=t3,
            location="Groupe Valmorel – 27 rue de Châteaudun, 75009 Paris – 3e étage, salle Vendôme", seq=1, extra=cdo(1, "TENTATIVE"))
m3 = mail(d3, f"Amandine Roche <{amand}>", "Mis à jour : " + summ, to=f"{OWNER_NAME} <{OWNER}>, Julien Morel <{julien}>", text=t3,
          html=html_of(t3), msgid="<AM9P195MB13279C4E21D7B0F3A58E6D01B2C9@AM9P195MB1327.EURP195.PROD.OUTLOOK.COM>",
          client="outlook", cal=calendar("Microsoft Exchange Server 2010", "REQUEST", [ev], VTZ_ROMANCE))
add("b128-03-outlook-mis-a-jour-decale-dst", [eml("01-valmorel-proposition", m1), eml("02-invitation-outlook", m2),
                                              eml("03-mis-a-jour-decale", m3)],
    [iv("Groupe Valmorel", "Responsable Marketing Produit", s, e, "scheduled", [julien], [julien], "hiring_manager")],
    "medium", "positive/outlook-reschedule",
    "HR e-mail + Exchange invite (Romance Standard Time) for Tue 24 March 11h CET; 'Mis à jour :' SEQUENCE 1 moves it ('décalé au') to Thu 2 April 16h CEST, across the EU DST switch.")

# ---- 04 Outlook invite then 'Annulé :' (METHOD:CANCEL), Lyon scale-up ----------------------------
s = T(2026, 4, 9, 10, 30); e = s + timedelta(minutes=45); check(s, 3, 10, 30)
hugo = "hugo.blanc@ferlane.example"
uid = "040000008200E00074C5B7101A82E00800000000D1E4A8B2C0C1DC01000000000000000010000000F3B2A7C8"
summ = "Entretien – Product Marketing Manager (Lyon, hybride) – Claire Dumoulin"
t1 = f"""Bonjour Claire,

Comme convenu au téléphone avec Margaux, je vous envoie l’invitation pour notre échange du {fr_day(s)} à 10h30 (45 min). Au programme : votre parcours, notre roadmap 2026 et la façon dont on travaille entre produit et marketing chez Ferlane.

À jeudi,
Hugo Blanc
Head of Marketing – Ferlane
64 quai Perrache, 69002 Lyon
""" + TEAMS.format(mid="Fr9Lk2", num="372 554 018 963", pw="Qe7tP2")
d1 = T(2026, 4, 1, 9, 14)
att = [(OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT")]
ev = vevent(uid, s, e, summ, ("Hugo Blanc", hugo), att, d1, tzmode="romance", lang="fr-FR", description=t1,
            location="Réunion Microsoft Teams", extra=cdo(0, "TENTATIVE"))
m1 = mail(d1, f"Hugo Blanc <{hugo}>", summ, text=t1, html=html_of(t1),
          msgid="<PA4P190MB1194E8C7A2D34F5B90C1D2E3F4A5@PA4P190MB1194.EURP190.PROD.OUTLOOK.COM>", client="outlook",
          cal=calendar("Microsoft Exchange Server 2010", "REQUEST", [ev], VTZ_ROMANCE))
t2 = """Bonjour Claire,

Je suis vraiment désolé, mais je dois annuler notre entretien de jeudi : nous venons de geler le recrutement sur ce poste suite à une réorganisation interne. Margaux reviendra vers vous si le poste est rouvert.

Bien cordialement,
Hugo
"""
d2 = T(2026, 4, 7, 18, 5)
ev = vevent(uid, s, e, summ, ("Hugo Blanc", hugo), att, d2, tzmode="romance", lang="fr-FR", description=t2,
            location="Réunion Microsoft Teams", seq=1, status="CANCELLED", extra=cdo(1, "FREE", "FREE"))
m2 = mail(d2, f"Hugo Blanc <{hugo}>", "Annulé : " + summ, text=t2, html=html_of(t2),
          msgid="<PA4P190MB11947B2D9E0C4A1F86D3E5B7C9A0@PA4P190MB1194.EURP190.PROD.OUTLOOK.COM>", client="outlook",
          cal=calendar("Microsoft Exchange Server 2010", "CANCEL", [ev], VTZ_ROMANCE), cal_method="CANCEL",
          extra=[("Importance", "high")])
add("b128-04-outlook-annule-lyon", [eml("01-invitation-ferlane", m1), eml("02-annule-entretien", m2)],
    [iv("Ferlane", "Product Marketing Manager", s, e, "cancelled", [hugo], [hugo], "hiring_manager")],
    "medium", "positive/outlook-cancel",
    "Lyon scale-up: Exchange invite from the Head of Marketing, then 'Annulé :' METHOD:CANCEL (hiring freeze). Cancelled at its last time, Thu 9 April 10h30 CEST.")

# ---- 05 NEG job-centre 'entretien de suivi' ------------------------------------------------------
sent = T(2026, 3, 2, 7, 3)
txt = """Madame DUMOULIN Claire
Identifiant : 4821937K

Objet : convocation à un entretien de suivi

Madame,

Vous êtes convoquée à un entretien de suivi avec votre conseillère référente, Mme Sandrine Pelletier, dans le cadre de votre accompagnement vers l’emploi.

Date : lundi 16 mars 2026
Heure : 10h15
Lieu : Agence Paris 11e Voltaire – 14 rue Godefroy-Cavaignac, 75011 Paris

Merci de vous munir d’une pièce d’identité, de votre CV à jour et de la liste des candidatures envoyées et des entretiens d’embauche obtenus depuis notre dernier rendez-vous.

Si vous ne pouvez pas vous présenter, prévenez votre conseillère depuis votre espace personnel, rubrique « Mes échanges ». Toute absence non justifiée peut entraîner une radiation de la liste des demandeurs d’emploi.

Votre agence Trajectoire Emploi

Ce message est envoyé automatiquement, merci de ne pas y répondre.
"""
m = mail(sent, "Trajectoire Emploi <ne-pas-repondre@trajectoire-emploi.example>",
         "Convocation à un entretien de suivi – lundi 16 mars 2026", text=txt, html=html_of(txt),
         msgid="<20260302070300.4821937K.convocation@trajectoire-emploi.example>", client="other", cte_text="base64", cte_html="base64")
add("b128-05-neg-job-centre-entretien-de-suivi", [eml("01-convocation-entretien-suivi", m)], [], "hard",
    "negative/job-centre-appointment",
    "Job-centre (France-Travail-like, invented) convocation to an 'entretien de suivi' with her advisor; mentions candidatures and entretiens d’embauche. Not a job interview.")

# ---- 06 two rounds: 'premier échange' then 'entretien avec le CEO' (+ Google Agenda invite FR) -----
lucie = "lucie@pollinia.example"; thomas = "thomas@pollinia.example"
d1 = T(2026, 3, 5, 11, 48)
s1 = T(2026, 3, 10, 14); e1 = s1 + timedelta(minutes=30); check(s1, 1, 14)  # 'mardi prochain' from Thu 5 March
sig = """--
Lucie Perrin | Talent & People | Pollinia
+33 6 12 48 90 33 | 8 rue de la Fontaine-au-Roi, 75011 Paris"""
t1 = f"""Hello Claire,

Merci pour ta candidature au poste de Product Marketing Manager chez Pollinia, ton profil nous plaît beaucoup !

Je te propose un premier échange de 30 min en visio mardi prochain à 14h pour faire connaissance, te présenter le projet et l’équipe. Si ce n’est pas possible, dis-moi tes dispos en début de semaine prochaine.

Belle journée,
Lucie

{sig}
"""
m1 = mail(d1, f"Lucie Perrin <{lucie}>", "Pollinia x Claire – premier échange", text=t1, html=html_of(t1),
          msgid="<CAF3pLx9q2Wm+0kRzT7vYdH1sN4bQe8uJ5c@mail.gmail.com>")
d2 = T(2026, 3, 5, 15, 30)
quoted = "\n".join("> " + l if l else ">" for l in ("Bonjour Lucie,\n\nMerci pour votre retour ! Mardi 14h me convient très bien.\n\nBien à vous,\nClaire\n\n"
                   "Le jeu. 5 mars 2026 à 11:48, Lucie Perrin <" + lucie + "> a écrit :\n" +
                   "\n".join(">" + (" " + l if l else "") for l in t1.rstrip().split("\n"))).split("\n"))
t2 = f"""Top, c’est calé pour mardi 14h ! Voici le lien : https://meet.google.com/pgv-rnsa-kxe

À mardi,
Lucie

Le jeu. 5 mars 2026 à 13:02, Claire Dumoulin <{OWNER}> a écrit :
{quoted}
"""
m2 = mail(d2, f"Lucie Perrin <{lucie}>", "Re: Pollinia x Claire – premier échange", text=t2, html=None,
          msgid="<CAF3pLx_7bN2d0QwS+eR8tYkH3mV6pJ4iL1o@mail.gmail.com>",
          in_reply_to="<CAK9dmC2z8Yt0fXq4Lr6W1pNe7sGv3hB5jU@mail.example>",
          references="<CAF3pLx9q2Wm+0kRzT7vYdH1sN4bQe8uJ5c@mail.gmail.com> <CAK9dmC2z8Yt0fXq4Lr6W1pNe7sGv3hB5jU@mail.example>")
d3 = T(2026, 3, 11, 9, 20)
s2 = T(2026, 3, 26, 18, 30); e2 = s2 + timedelta(minutes=45); check(s2, 3, 18, 30)
t3 = f"""Hello Claire,

Merci encore pour ton temps hier ! Les retours sont très positifs et Thomas Vasseur, notre CEO et cofondateur, aimerait te rencontrer pour la suite du process.

Je te propose un entretien avec Thomas le {fr_day(s2)} à 18h30 dans nos locaux (8 rue de la Fontaine-au-Roi, code 4512B, 2e étage), pour 45 min environ. Thomas t’envoie l’invitation directement.

Belle journée,
Lucie

{sig}
"""
m3 = mail(d3, f"Lucie Perrin <{lucie}>", "Pollinia – entretien avec Thomas (CEO)", text=t3, html=html_of(t3),
          msgid="<CAF3pLx8Hq1Zr4Tn+Vb6yWm0eK2sD9cJ7aG@mail.gmail.com>")
d4 = T(2026, 3, 11, 10, 5)
title = "Entretien Claire Dumoulin / Thomas (CEO) – Pollinia"
m4 = google_invite(d4, ("Thomas Vasseur", thomas),
                   f"Invitation : {title} @ jeu. 26 mars 2026 18:30 - 19:15 (heure normale d’Europe centrale) ({OWNER})",
                   title, s2, e2, [("Thomas Vasseur", thomas), ("Lucie Perrin", lucie), (OWNER_NAME, OWNER)],
                   "5n1qk7rj0c2vhd8p3tgm6yfa4s@google.com", location="Pollinia, 8 rue de la Fontaine-au-Roi, 75011 Paris",
                   description="Entretien avec Thomas (CEO & cofondateur). Lucie passera dire bonjour en fin d’entretien.")
add("b128-06-two-rounds-premier-echange-then-ceo",
    [eml("01-premier-echange", m1), eml("02-re-premier-echange-cale", m2), eml("03-entretien-ceo", m3),
     eml("04-invitation-google-agenda", m4)],
    [iv("Pollinia", "Product Marketing Manager", s1, e1, "scheduled", [lucie], [lucie], "phone_screen"),
     iv("Pollinia", "Product Marketing Manager", s2, e2, "scheduled", [thomas], [thomas], "hiring_manager")],
    "hard", "positive/two-interviews",
    "Start-up: 'premier échange' 'mardi prochain à 14h' (Thu 5 March -> Tue 10 March) confirmed in a quoted reply, then an 'entretien avec le CEO' Thu 26 March 18h30 (last CET week) with a French Google Agenda invite. Lucie is only a guest on the CEO invite.")

# ---- 07 NEG medical appointment (Doctolib-like) --------------------------------------------------
s = T(2026, 3, 31, 18, 40); e = s + timedelta(minutes=20); check(s, 1, 18, 40)
sent = T(2026, 3, 23, 21, 14)
txt = f"""Bonjour Claire DUMOULIN,

Votre rendez-vous est confirmé.

Dr Sophie Lambert – Médecin généraliste
{fr_day(s)} 2026 à 18h40
Cabinet médical Oberkampf – 102 rue Oberkampf, 75011 Paris
Motif : consultation de suivi

Informations importantes
Pensez à vous munir de votre carte Vitale et de votre carte de mutuelle. En cas de retard de plus de 10 minutes, le praticien pourra vous demander de reprendre rendez-vous.

Vous ne pouvez pas vous rendre à ce rendez-vous ? Annulez-le au moins 24h à l’avance pour libérer le créneau : https://www.santeclic.example/rdv/9F2K7Q

Ajoutez ce rendez-vous à votre agenda grâce au fichier joint.

L’équipe Santéclic
"""
ev = vevent("rdv-9F2K7Q@santeclic.example", s, e, "RDV Dr Sophie Lambert – Médecin généraliste", None, [], sent,
            description="Consultation de suivi – Cabinet médical Oberkampf", location="102 rue Oberkampf, 75011 Paris")
cal = calendar("-//Santeclic//RDV//FR", "PUBLISH", [ev])
m = mail(sent, "Santéclic <no-reply@santeclic.example>", f"Votre rendez-vous du {fr_day(s)} à 18h40 est confirmé",
         text=txt, html=html_of(txt), msgid="<rdv.9F2K7Q.20260323201400@santeclic.example>", client="ats",
         attach=[ics_attachment(cal, "PUBLISH", fname="rendez-vous.ics", maintype="text", subtype="calendar")])
add("b128-07-neg-medical-appointment", [eml("01-rdv-medecin-confirme", m)], [], "medium", "negative/medical",
    "Doctolib-like booking confirmation with .ics (rendez-vous, créneau). Not a job interview.")

# ---- 08 recruitment agency presents her to a client ----------------------------------------------
s = T(2026, 4, 1, 15, 30); e = s + timedelta(hours=1); check(s, 2, 15, 30)
mg = "m.girard@altais-conseil.example"
sig = """Mathieu Girard
Consultant Senior – Marketing & Digital
Altaïs Conseil – Cabinet de recrutement
5 avenue de l’Opéra, 75001 Paris
Ligne directe : 01 76 42 18 05 – Mobile : 06 71 22 38 90"""
t1 = f"""Bonjour Claire,

Comme évoqué lors de notre échange téléphonique de lundi, j’ai présenté votre candidature à mon client, Maison Orsel (soins capillaires, 180 personnes, siège à Paris 2e), pour le poste de Product Marketing Manager Senior.

Bonne nouvelle : ils souhaitent vous rencontrer ! Je vous confirme le RDV :

– {fr_day(s)} à 15h30
– dans leurs locaux : 11 rue du Sentier, 75002 Paris (interphone « Orsel », 4e étage)
– avec Nathalie Caron, Directrice Marketing, et Romain Dufresne, Responsable Produit
– durée : 1h environ

Je ne serai pas présent, mais appelons-nous mardi en fin de journée pour préparer l’entretien : je vous donnerai quelques clés sur la culture de la maison et les attentes de Nathalie.

Merci de ne pas contacter directement le client ; je reste votre interlocuteur pour toute question.

Bien à vous,

{sig}
"""
d1 = T(2026, 3, 18, 12, 31)
m1 = mail(d1, f"Mathieu Girard <{mg}>", "Maison Orsel – Product Marketing Manager Senior : RDV confirmé", text=t1,
          html=html_of(t1), msgid="<DB9P193MB14250C7E3A1B4D2F9E8C7B6A5D4E@DB9P193MB1425.EURP193.PROD.OUTLOOK.COM>", client="outlook")
d2 = T(2026, 3, 31, 19, 2)
t2 = f"""Claire,

Merci pour notre appel, je pense que vous êtes prête ! Petit rappel : demain 15h30 chez Maison Orsel, 11 rue du Sentier. Demandez Nathalie Caron à l’accueil.

Appelez-moi en sortant, même rapidement.

Bonne soirée,
Mathieu

Envoyé de mon iPhone
"""
m2 = mail(d2, f"Mathieu Girard <{mg}>", "RE: Maison Orsel – Product Marketing Manager Senior : RDV confirmé", text=t2,
          msgid="<5A1C7E92-3B4D-4F0A-9E21-7C8D6B5A4F31@altais-conseil.example>",
          in_reply_to="<DB9P193MB14250C7E3A1B4D2F9E8C7B6A5D4E@DB9P193MB1425.EURP193.PROD.OUTLOOK.COM>", client="apple")
add("b128-08-cabinet-recrutement-client", [eml("01-altais-rdv-client", m1), eml("02-rappel-demain", m2)],
    [iv("Maison Orsel", "Product Marketing Manager Senior", s, e, "scheduled", [], [mg], "onsite")],
    "hard", "positive/agency",
    "Recruitment agency (cabinet) confirms an on-site RDV at its client Maison Orsel with two client interviewers (no addresses) -> panel, follow-up to the consultant. Agency prep call 'mardi en fin de journée' is not an interview.")

# ---- 09 London scale-up, English, Google Calendar invite (BST) ------------------------------------
s = T(2026, 4, 2, 14, 0, LON); e = s + timedelta(minutes=45); check(s, 3, 14)
assert s.astimezone(PAR).hour == 15
hannah = "hannah.whitcombe@kitewell.example"; ruth = "ruth.okonjo@kitewell.example"
d1 = T(2026, 3, 24, 15, 10, LON)
t1 = """Hi Claire,

Thanks so much for applying for the Product Marketing Manager (EMEA) role at Kitewell. Ruth Okonjo, our Director of Product Marketing, really enjoyed your portfolio and would like to meet you.

The next step would be a 45-minute video interview with Ruth. Would Thursday 2 April at 2pm UK time work for you? That's 3pm in Paris (we'll both have changed our clocks by then!).

Kind regards,
Hannah

Hannah Whitcombe
Talent Partner | Kitewell
2nd Floor, 41 Clerkenwell Road, London EC1M 5RF
+44 20 7946 0831
"""
m1 = mail(d1, f"Hannah Whitcombe <{hannah}>", "Kitewell – Product Marketing Manager (EMEA) – next step", text=t1,
          html=html_of(t1), msgid="<CAJ8wq2P0nR3xT5yUe+7kL1bM9cVd4sH6fG@mail.gmail.com>")
d2 = T(2026, 3, 25, 9, 3, LON)
title = "Claire Dumoulin <> Ruth Okonjo – PMM (EMEA) interview"
m2 = google_invite(d2, ("Hannah Whitcombe", hannah),
                   f"Invitation: {title} @ Thu 2 Apr 2026 2pm - 2:45pm (BST) ({OWNER})", title, s, e,
                   [("Hannah Whitcombe", hannah), ("Ruth Okonjo", ruth), (OWNER_NAME, OWNER)],
                   "2hq9v6m1t0bzk4r8c3npyde5xw@google.com", lang="en", meet="https://meet.google.com/kwl-pmmx-qre",
                   description="Interview with Ruth Okonjo, Director of Product Marketing. Hannah will not join.")
add("b128-09-london-google-invite-bst", [eml("01-kitewell-next-step", m1), eml("02-invitation-google", m2)],
    [iv("Kitewell", "Product Marketing Manager (EMEA)", s, e, "scheduled", [ruth], [ruth], "hiring_manager")],
    "medium", "positive/google-invite-london",
    "London company, English: '2pm UK time (3pm in Paris)' on Thu 2 April (BST), Google invite in UTC with the coordinator as organizer; the interviewer is Ruth.")

# ---- 10 NEG bank appointment ----------------------------------------------------------------------
sent = T(2026, 3, 12, 17, 26)
txt = """Madame Dumoulin,

Je vous confirme notre rendez-vous du vendredi 20 mars à midi, en agence (Paris Bastille – 4 boulevard Beaumarchais, 75004 Paris), pour faire le point sur votre projet d’acquisition immobilière et votre capacité d’emprunt.

Afin de préparer au mieux cet entretien, merci de vous munir des documents suivants :
- vos trois derniers bulletins de salaire ;
- votre contrat de travail (CDI hors période d’essai) ;
- votre dernier avis d’imposition ;
- vos relevés de comptes des trois derniers mois.

Si vous envisagez un changement de poste dans les prochains mois, parlons-en lors du rendez-vous : cela peut avoir une incidence sur le calendrier de votre dossier.

Je reste à votre disposition.

Bien cordialement,

Julie Marchetti
Conseillère Clientèle Patrimoniale
Banque Ardoise – Agence Paris Bastille
01 44 59 31 70
"""
m = mail(sent, "Julie Marchetti <julie.marchetti@banque-ardoise.example>",
         "Confirmation de notre rendez-vous – vendredi 20 mars à midi", text=txt, html=html_of(txt),
         msgid="<7e3c1a9b20f44d5e8a61@banque-ardoise.example>", client="other")
add("b128-10-neg-rendez-vous-bancaire", [eml("01-rdv-conseillere-banque", m)], [], "hard", "negative/bank-appointment",
    "Bank advisor confirms a rendez-vous / 'entretien' at noon about a mortgage; mentions contrat de travail and changement de poste. Not a job interview.")

# ---- 11 Montréal company, scheduling vendor, US/EU DST gap ---------------------------------------
s = T(2026, 3, 10, 10, 0, MTL); e = s + timedelta(minutes=30); check(s, 1, 10)
sp = s.astimezone(PAR); ep = e.astimezone(PAR)
assert (sp.hour, sp.minute) == (15, 0)
gen = "genevieve.tremblay@borealis-logiciels.example"
d1 = T(2026, 3, 2, 10, 14, MTL)
t1 = """Bonjour Claire,

Merci pour votre intérêt envers Boréalis! J’ai bien aimé votre parcours chez Hexalune et j’aimerais planifier un premier appel d’environ 30 minutes pour discuter du poste de Gestionnaire, marketing produit (poste basé à Paris, équipe produit à Montréal).

Vous pouvez réserver une plage horaire directement dans mon agenda : https://rendezvue.example/genevieve-tremblay/appel-decouverte

Prenez note qu’avec notre passage à l’heure avancée le 8 mars, l’écart avec Paris sera de 5 heures jusqu’à la fin du mois (au lieu de 6).

Au plaisir,

Geneviève Tremblay
Conseillère principale, acquisition de talents
Boréalis Logiciels inc.
1250, boul. René-Lévesque Ouest, bureau 2200, Montréal (Québec)  H3B 4W8
514 555-0142
"""
m1 = mail(d1, f"Geneviève Tremblay <{gen}>", "Boréalis – Gestionnaire, marketing produit (Paris)", text=t1,
          html=html_of(t1), msgid="<YT3PR01MB8452C1E0A9B7D6F5E4C3B2A1@YT3PR01MB8452.CANPRD01.PROD.OUTLOOK.COM>", client="outlook")
d2 = T(2026, 3, 2, 17, 22)
t2 = f"""Bonjour Claire Dumoulin,

Un nouvel événement a été planifié.

Événement : Appel découverte – Boréalis (30 min)
Avec : Geneviève Tremblay
Date et heure : {sp:%H:%M} - {ep:%H:%M}, {fr_day(sp)} 2026 (Heure normale d’Europe centrale)
Fuseau horaire de l’organisatrice : Heure de l’Est (Montréal)
Lieu : Microsoft Teams – le lien sera inclus dans l’invitation de l’organisatrice

Vos réponses :
Numéro de téléphone : +33 6 45 18 27 60
Qu’aimeriez-vous aborder ? Le poste, l’équipe et le lancement européen.

Besoin d’apporter des modifications ?
Annuler : https://rendezvue.example/cancellations/6e1d0b4a
Reprogrammer : https://rendezvue.example/reschedulings/6e1d0b4a

Propulsé par Rendezvue
"""
ev = vevent("6e1d0b4a-91f2-4c7e-a3b5-2d8f0e7c1a94@rendezvue.example", s, e, "Appel découverte – Boréalis (Geneviève Tremblay)",
            ("Geneviève Tremblay", gen), [(OWNER_NAME, OWNER, "ACCEPTED", "REQ-PARTICIPANT"),
                                          ("Geneviève Tremblay", gen, "ACCEPTED", "CHAIR")], d2,
            description="Appel découverte – Gestionnaire, marketing produit.\nAnnuler ou reprogrammer : https://rendezvue.example/reschedulings/6e1d0b4a",
            location="Microsoft Teams")
cal = calendar("-//Rendezvue//Rendezvue Scheduling//FR", "REQUEST", [ev])
m2 = mail(d2, "Rendezvue <notifications@rendezvue.example>",
          f"Confirmé : Appel découverte – Boréalis avec Geneviève Tremblay le {fr_day(sp)} 2026", text=t2,
          html=html_of(t2), reply_to=f"Geneviève Tremblay <{gen}>", msgid="<evt.6e1d0b4a.confirm@mailer.rendezvue.example>",
          client="ats", attach=[ics_attachment(cal, fname="invitation.ics", maintype="text", subtype="calendar")])
add("b128-11-montreal-scheduler-dst-gap", [eml("01-borealis-lien-reservation", m1), eml("02-rendezvue-confirme", m2)],
    [iv("Boréalis Logiciels", "Gestionnaire, marketing produit", s, e, "scheduled", [gen], [gen], "phone_screen")],
    "hard", "positive/scheduler-vendor",
    "Montréal recruiter sends a booking link (not an interview by itself); the invented scheduling vendor confirms 15:00-15:30 CET = 10:00 EDT on Tue 10 March (5 h gap between the North-American and EU DST switches).")

# ---- 12 NEG salon de recrutement (job fair) with .ics ---------------------------------------------
s = T(2026, 3, 26, 9, 30); e = T(2026, 3, 26, 18); check(s, 3, 9, 30)
sent = T(2026, 3, 9, 12, 0)
txt = f"""Bonjour Claire,

Votre inscription au salon de recrutement Talents Marketing & Com’ 2026 est confirmée !

📍 Espace Grande Arche – Paris La Défense
🗓 {fr_day(s)} 2026, de 9h30 à 18h

Au programme :
- plus de 60 entreprises qui recrutent (CDI, CDD, freelance) en marketing, communication et produit ;
- des job datings : entretiens flash de 10 minutes directement sur les stands, sans rendez-vous ;
- des ateliers « Réussir son entretien d’embauche » (11h) et « Négocier son salaire » (15h) ;
- un espace photo CV gratuit.

Notre conseil : imprimez une dizaine de CV et préparez votre pitch de 2 minutes. Les recruteurs rencontrés pourront vous proposer un entretien dans les jours qui suivent le salon.

Votre badge nominatif (QR code) est en pièce jointe, ainsi qu’un fichier .ics pour ajouter l’événement à votre agenda.

À très vite,
L’équipe Talents Marketing & Com’
"""
ev = vevent("salon-tmc-2026-badge-58213@talents-marcom.example", s, e, "Salon Talents Marketing & Com’ 2026",
            ("Talents Marketing & Com’", "inscriptions@talents-marcom.example"),
            [(OWNER_NAME, OWNER, "ACCEPTED", "REQ-PARTICIPANT")], sent, tzmode="paris",
            description="Salon de recrutement – job datings et ateliers. Badge n° 58213.",
            location="Espace Grande Arche, 1 parvis de la Défense, 92044 Paris La Défense")
cal = calendar("-//Talents MarCom//Billetterie//FR", "PUBLISH", [ev], VTZ_PARIS)
m = mail(sent, "Talents Marketing & Com’ <inscriptions@talents-marcom.example>",
         "Votre badge – Salon Talents Marketing & Com’ 2026 – jeudi 26 mars", text=txt, html=html_of(txt),
         msgid="<badge-58213.20260309110000@talents-marcom.example>", client="ats",
         attach=[("badge-58213.pdf", b"%PDF-1.4\n% badge placeholder\n", "application", "pdf", None),
                 ics_attachment(cal, "PUBLISH", fname="salon-talents-marcom.ics", maintype="text", subtype="calendar")])
add("b128-12-neg-salon-de-recrutement", [eml("01-badge-salon", m)], [], "hard", "negative/job-fair",
    "Job-fair registration with an .ics (9h30-18h) and 'entretiens flash' on the stands. Not a booked interview.")

# ---- 13 e-mail + Google Calendar API event (same interview, dedupe) ------------------------------
s = T(2026, 4, 16, 17); e = s + timedelta(minutes=45); check(s, 3, 17)
sarah = "sarah.haddad@lumio.example"; paul = "paul.nguyen@lumio.example"
d1 = T(2026, 4, 9, 18, 2)
t1 = f"""Bonjour Claire,

Merci pour votre cas pratique, nous avons beaucoup aimé l’angle sur les PME. Je vous propose d’en discuter lors d’un entretien en visio le {fr_day(s)} de 17h à 17h45, avec Paul Nguyen (Growth Lead) et moi-même. Je vous envoie l’invitation Google Agenda dans la foulée.

Bien à vous,

Sarah Haddad
Head of Product Marketing – Lumio
06 33 80 14 72
"""
m1 = mail(d1, f"Sarah Haddad <{sarah}>", "Lumio – entretien Product Marketing Manager", text=t1, html=html_of(t1),
          msgid="<CAH2tY7rK4pW9xQ+1mZc0bN6vE3sL8dJ5gU@mail.gmail.com>")
ev = {
    "kind": "calendar#event", "etag": "\"3531998520364000\"", "id": "7c0m2rd4p9ujv1k6e3s8qhbt5a",
    "status": "confirmed",
    "htmlLink": "https://www.google.com/calendar/event?eid=N2MwbTJyZDRwOXVqdjFrNmUzczhxaGJ0NWEgY2xhaXJlLmR1bW91bGlu",
    "created": "2026-04-09T16:06:11.000Z", "updated": "2026-04-09T16:07:00.182Z",
    "summary": "Entretien Claire Dumoulin – Product Marketing Manager (Lumio)",
    "description": "Échange autour du cas pratique (segment PME) avec Sarah Haddad et Paul Nguyen.\n\nLien Google Meet ci-dessous.",
    "creator": {"email": sarah, "displayName": "Sarah Haddad"},
    "organizer": {"email": sarah, "displayName": "Sarah Haddad"},
    "start": {"dateTime": s.isoformat(), "timeZone": "Europe/Paris"},
    "end": {"dateTime": e.isoformat(), "timeZone": "Europe/Paris"},
    "iCalUID": "7c0m2rd4p9ujv1k6e3s8qhbt5a@google.com", "sequence": 0,
    "attendees": [
        {"email": sarah, "displayName": "Sarah Haddad", "organizer": True, "responseStatus": "accepted"},
        {"email": paul, "displayName": "Paul Nguyen", "responseStatus": "accepted"},
        {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
    ],
    "hangoutLink": "https://meet.google.com/lmo-ysqf-bvt",
    "conferenceData": {"entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/lmo-ysqf-bvt",
                                        "label": "meet.google.com/lmo-ysqf-bvt"}],
                       "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                       "conferenceId": "lmo-ysqf-bvt"},
    "reminders": {"useDefault": True}, "eventType": "default",
}
add("b128-13-email-plus-gcal-api-event",
    [eml("01-lumio-entretien-visio", m1), ("02-entretien-lumio.gcal.json", (json.dumps(ev, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))],
    [iv("Lumio", "Product Marketing Manager", s, e, "scheduled", [sarah, paul], [sarah, paul], "onsite")],
    "medium", "positive/gcal-json-dedupe",
    "Hiring manager e-mail ('jeudi 16 avril de 17h à 17h45', two interviewers -> panel) plus the same meeting as a Calendar API event; one interview. The case study mentioned is a take-home, not an interview.")

# ---- 14 NEG user is the interviewer (her company's ATS) -----------------------------------------
s = T(2026, 4, 9, 11); e = s + timedelta(minutes=45); check(s, 3, 11)
aur = "aurelie.faure@hexalune.example"
sent = T(2026, 4, 3, 14, 37)
txt = f"""Bonjour Claire,

Aurélie Faure vous a ajoutée en tant qu’intervieweuse pour l’entretien suivant :

Candidat : Hugo Bernard
Poste : Stage – Assistant(e) Marketing Produit (H/F) – 6 mois
Étape : Entretien manager
Date : {fr_day(s)} 2026, 11:00 – 11:45 (Europe/Paris)
Lieu : Google Meet – https://meet.google.com/hxl-stag-mkp

Avant l’entretien, consultez le CV et la lettre de motivation du candidat ainsi que la grille d’évaluation. Merci de saisir votre feedback dans Recrutéo dans les 24 heures.

Voir la candidature : https://hexalune.recruteo.example/candidates/hugo-bernard-88412

— Recrutéo, pour Hexalune
"""
ev = vevent("recruteo-itv-88412-2@recruteo.example", s, e, "Entretien Hugo Bernard – Stage Marketing Produit",
            ("Aurélie Faure", aur), [(OWNER_NAME, WORK, "NEEDS-ACTION", "REQ-PARTICIPANT"),
                                    ("Hugo Bernard", "hugo.bernard@mail.example", "ACCEPTED", "REQ-PARTICIPANT")],
            sent, tzmode="paris", description="Entretien manager – intervieweuse : Claire Dumoulin", location="https://meet.google.com/hxl-stag-mkp")
cal = calendar("-//Recruteo//Interviews//FR", "REQUEST", [ev], VTZ_PARIS)
m = mail(sent, "Recrutéo <notifications@recruteo.example>",
         "Vous êtes invitée à un entretien : Hugo Bernard – Stage Assistant(e) Marketing Produit", to=f"Claire Dumoulin <{WORK}>",
         text=txt, html=html_of(txt), reply_to=f"Aurélie Faure <{aur}>", msgid="<itv-88412-2.interviewer@recruteo.example>",
         client="ats", attach=[ics_attachment(cal, fname="entretien.ics", maintype="text", subtype="calendar")],
         extra=[("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{WORK} {OWNER}")])
add("b128-14-neg-user-is-interviewer", [eml("01-recruteo-intervieweuse", m)], [], "hard", "negative/user-is-interviewer",
    "Her own company's ATS adds her as interviewer ('intervieweuse') for an intern candidate; .ics attached. She is not the candidate.")

# ---- 15 thread: 'je vous propose mardi 14h ou mercredi à 10h30' -> confirmed (Apple Mail, QP) ------
s = T(2026, 4, 15, 10, 30); e = s + timedelta(minutes=45); check(s, 2, 10, 30)
emi = "emilie.fabre@cairn-mobility.example"; ant = "antoine.leroy@cairn-mobility.example"
d1 = T(2026, 4, 13, 9, 41)
sig = """Émilie Fabre
Talent Acquisition Partner
Cairn Mobility – 47 rue de Chabrol, 75010 Paris
+33 1 70 38 52 64"""
t1 = f"""Bonjour Claire,

Merci pour votre candidature au poste de Product Marketing Manager B2B, votre profil a retenu toute notre attention.

Antoine Leroy, notre VP Marketing (en copie), souhaiterait échanger avec vous. Je vous propose mardi 14h ou mercredi à 10h30, pour un échange de 45 min en visio. Dites-moi ce qui vous arrange !

Bien à vous,

{sig}
"""
mid1 = "<8D2E4F61-7A3B-4C9D-B1E0-5F6A7B8C9D01@cairn-mobility.example>"
m1 = mail(d1, f"Émilie Fabre <{emi}>", "Cairn Mobility – échange avec Antoine (VP Marketing)", cc=f"Antoine Leroy <{ant}>",
          text=t1, msgid=mid1, client="apple")
d2 = T(2026, 4, 13, 14, 55)
q1 = "\n".join(">> " + l if l else ">>" for l in t1.rstrip().split("\n"))
t2 = f"""Bonjour Claire,

Parfait, c’est noté pour mercredi 10h30. Antoine vous enverra le lien Teams d’ici là.

Bonne fin de journée,
Émilie

> Le 13 avr. 2026 à 12:17, Claire Dumoulin <{OWNER}> a écrit :
> 
> Bonjour Émilie,
> 
> Merci beaucoup pour votre retour. Mercredi à 10h30 me convient parfaitement.
> 
> Bien à vous,
> Claire Dumoulin
> 06 45 18 27 60
> 
>> Le 13 avr. 2026 à 09:41, Émilie Fabre <{emi}> a écrit :
>> 
{q1}
"""
m2 = mail(d2, f"Émilie Fabre <{emi}>", "Re: Cairn Mobility – échange avec Antoine (VP Marketing)", cc=f"Antoine Leroy <{ant}>",
          text=t2, msgid="<3B9C0D12-E4F5-4A6B-8C7D-9E0F1A2B3C4D@cairn-mobility.example>",
          in_reply_to="<CAK9dmC4r1Vw8Yx2Ne6Tq0Lp3Hs7Gb5jZ@mail.example>",
          references=f"{mid1} <CAK9dmC4r1Vw8Yx2Ne6Tq0Lp3Hs7Gb5jZ@mail.example>", client="apple")
add("b128-15-thread-propose-then-confirm", [eml("01-proposition-creneaux", m1), eml("02-re-c-est-note", m2)],
    [iv("Cairn Mobility", "Product Marketing Manager B2B", s, e, "scheduled", [ant], [ant], "hiring_manager")],
    "hard", "positive/thread-propose-confirm",
    "Recruiter offers 'mardi 14h ou mercredi à 10h30' on Mon 13 April; candidate picks Wednesday in quoted text; recruiter confirms -> Wed 15 April 10h30-11h15 with the VP Marketing (in Cc).")

# ---- 16 NEG press interview for a magazine (+ Google invite) -------------------------------------
s = T(2026, 4, 7, 9, 30); e = s + timedelta(minutes=30); check(s, 1, 9, 30)
elo = "elodie.marchal@strategies-digitales.example"
d1 = T(2026, 4, 1, 11, 12)
t1 = f"""Bonjour Claire,

Je suis journaliste à Stratégies Digitales et je prépare un dossier sur le marketing produit dans les scale-ups SaaS françaises. Le lancement d’Hexalune Flow a retenu mon attention : accepteriez-vous une interview pour le magazine ? 20 à 30 minutes par téléphone suffiraient.

Je vous propose le {fr_day(s)} à 9h30. L’article paraîtra dans notre numéro de mai, et je vous enverrai vos citations pour relecture.

Bien cordialement,

Élodie Marchal
Journaliste – Stratégies Digitales
07 81 24 66 03
"""
m1 = mail(d1, f"Élodie Marchal <{elo}>", "Demande d’interview – lancement d’Hexalune Flow", text=t1, html=html_of(t1),
          msgid="<CAE5nR1sT8vX0pW+4kQy2bM7cH9dL3fJ6gA@mail.gmail.com>")
d2 = T(2026, 4, 1, 16, 40)
title = "Interview Stratégies Digitales – Claire Dumoulin (Hexalune)"
m2 = google_invite(d2, ("Élodie Marchal", elo),
                   f"Invitation : {title} @ mar. 7 avr. 2026 09:30 - 10:00 (heure d’été d’Europe centrale) ({OWNER})",
                   title, s, e, [("Élodie Marchal", elo), (OWNER_NAME, OWNER)], "0r5tq8wz3m7kfa1dxc9vh2pn6e@google.com",
                   description="Interview téléphonique pour le dossier « Le product marketing dans les scale-ups SaaS » (numéro de mai). Je vous appelle au 06 45 18 27 60.")
add("b128-16-neg-press-interview-magazine", [eml("01-demande-interview", m1), eml("02-invitation-google-agenda", m2)], [],
    "hard", "negative/press-interview",
    "Journalist requests an 'interview pour le magazine' and sends a French Google Agenda invite. Press interview, not a job interview.")

# ---- 17 Brussels: VP asks her to send the invite; Outlook 'Accepté :' reply ----------------------
s = T(2026, 4, 17, 10, 30, BXL); e = s + timedelta(minutes=45); check(s, 4, 10, 30)
pieter = "pieter.claes@lys-analytics.example"
d1 = T(2026, 4, 8, 16, 20, BXL)
t1 = """Hi Claire,

Anouk told me your first conversation went really well – thanks for making the time. I’d love to continue with you as the next step in the process for the Product Marketing Manager (France & Benelux) role.

How about Friday 17 April at half past ten (Brussels time, so same as Paris)? 45 minutes should be plenty. Feel free to send me an invite with a Teams or Meet link, whichever is easiest for you.

Best,
Pieter

Pieter Claes
VP Marketing | Lys Analytics
Rue de la Loi 28, 1040 Brussels
+32 2 555 01 87
"""
m1 = mail(d1, f"Pieter Claes <{pieter}>", "Lys Analytics – PMM role – next step", text=t1, html=html_of(t1),
          msgid="<AS8PR02MB9374B0E2C1D4F6A8B9C0D1E2F3A4@AS8PR02MB9374.EURPRD02.PROD.OUTLOOK.COM>", client="outlook")
d2 = T(2026, 4, 9, 8, 12, BXL)
summ = "Entretien Product Marketing Manager – Claire Dumoulin / Lys Analytics"
ev = vevent("3f8c1k5q0w2m7t9xr4bz6hn1dv@google.com", s, e, summ, (OWNER_NAME, OWNER),
            [("Pieter Claes", pieter, "ACCEPTED", "REQ-PARTICIPANT")], d2, tzmode="romance", lang="fr-FR",
            location="Google Meet – https://meet.google.com/lys-pmmc-dpq", extra=["X-MICROSOFT-CDO-REPLYTIME:" + zstamp(d2)])
cal = calendar("Microsoft Exchange Server 2010", "REPLY", [ev], VTZ_ROMANCE)
m2 = mail(d2, f"Pieter Claes <{pieter}>", "Accepté : " + summ, text="\n", html=html_of(""), cal=cal, cal_method="REPLY",
          msgid="<AS8PR02MB93746D1F0E2A3B4C5D6E7F8A9B0C@AS8PR02MB9374.EURPRD02.PROD.OUTLOOK.COM>", client="outlook")
add("b128-17-brussels-outlook-accepte-reply", [eml("01-lys-next-step", m1), eml("02-accepte", m2)],
    [iv("Lys Analytics", "Product Marketing Manager (France & Benelux)", s, e, "scheduled", [pieter], [pieter], "hiring_manager")],
    "hard", "positive/outlook-accepted-reply",
    "Brussels VP proposes 'Friday 17 April at half past ten' and asks her to send the invite; only his Outlook 'Accepté :' METHOD:REPLY (organizer = the owner) is in the mailbox.")

# ---- 18 NEG rejection after an interview ---------------------------------------------------------
sent = T(2026, 3, 20, 10, 3)
txt = """Bonjour Claire,

Nous vous remercions pour le temps que vous nous avez accordé lors de votre entretien du 12 mars avec Camille et Yanis, ainsi que pour l’intérêt que vous portez à Studio Mirabelle.

Après une étude attentive de l’ensemble des candidatures, nous avons le regret de vous informer que nous ne donnerons pas suite à votre candidature pour le poste de Product Marketing Manager : nous avons retenu un profil disposant d’une expérience plus marquée en B2C et retail.

Nous conservons votre CV dans notre vivier et ne manquerons pas de revenir vers vous si un poste correspondant à votre profil venait à s’ouvrir.

Nous vous souhaitons pleine réussite dans vos recherches.

L’équipe Talents – Studio Mirabelle

Envoyé via Flatjob – ne pas répondre à ce message.
"""
m = mail(sent, "Studio Mirabelle <no-reply@flatjob.example>", "Votre candidature – Product Marketing Manager – Studio Mirabelle",
         text=txt, html=html_of(txt), msgid="<cand-55190-refus.20260320@flatjob.example>", client="ats")
add("b128-18-neg-rejection-ne-donnerons-pas-suite", [eml("01-reponse-candidature", m)], [], "medium", "negative/rejection",
    "ATS rejection ('nous ne donnerons pas suite') that refers to a past 'entretien du 12 mars' without a time. No interview to record.")

# ---- 19 'entretien final' on site, several sessions (HTML-only base64 + Outlook invite) -----------
s = T(2026, 4, 28, 9, 30); e = T(2026, 4, 28, 12, 0); check(s, 1, 9, 30)
nadia = "nadia.kaci@verdance.example"; cel = "celine.marchand@verdance.example"
oli = "olivier.dupuis@verdance.example"; marc = "marc.ferrand@verdance.example"
d1 = T(2026, 4, 14, 11, 26)
h1 = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt;color:#1f2a37">
<p>Bonjour Claire,</p>
<p>Félicitations, vous êtes retenue pour l’<b>entretien final</b> du processus Product Marketing Manager – Énergies renouvelables&nbsp;! Il se déroulera <b>sur site</b>, dans nos bureaux de La Défense, le <b>{fr_day(s)}</b>.</p>
<table cellpadding="4" style="border-collapse:collapse;border:1px solid #c9d3df">
<tr style="background:#eef3f8"><th align="left">Horaire</th><th align="left">Séquence</th></tr>
<tr><td>9h30 – 10h15</td><td>Entretien avec Céline Marchand, Directrice Marketing</td></tr>
<tr><td>10h15 – 11h00</td><td>Entretien avec Olivier Dupuis, Head of Sales France</td></tr>
<tr><td>11h00 – 11h15</td><td>Pause</td></tr>
<tr><td>11h15 – 12h00</td><td>Restitution de votre cas pratique devant Céline Marchand, Olivier Dupuis et Marc Ferrand, Directeur Général</td></tr>
</table>
<p>Merci de vous présenter à l’accueil à 9h15, muni(e) d’une pièce d’identité (badge visiteur).<br>
Adresse&nbsp;: Tour Initiale, 1 terrasse Bellini, 92800 Puteaux – 21<sup>e</sup> étage.</p>
<p>Vous recevrez une invitation Outlook pour bloquer la matinée.</p>
<p>Bien à vous,</p>
<p style="color:#4b5563">Nadia Kaci<br>Chargée de recrutement<br>Verdance<br>Tour Initiale – 1 terrasse Bellini – 92800 Puteaux<br>Tél. +33 1 41 02 77 35</p>
</body></html>
"""
m1 = mail(d1, f"Nadia Kaci <{nadia}>", f"Verdance – Entretien final – Product Marketing Manager – {fr_day(s)}", html=h1,
          cte_html="base64", msgid="<VI1P189MB0732E5D4C3B2A1F0E9D8C7B6A5F4@VI1P189MB0732.EURP189.PROD.OUTLOOK.COM>", client="outlook")
d2 = T(2026, 4, 14, 11, 40)
t2 = f"""Bonjour Claire,

Voici l’invitation pour votre entretien final du {fr_day(s)} (programme détaillé dans mon e-mail de ce matin).

Bien à vous,
Nadia Kaci
"""
summ = "Entretien final – Claire Dumoulin – Product Marketing Manager"
ev = vevent("040000008200E00074C5B7101A82E00800000000A2B1C0D9E8CBDC01000000000000000010000000C1D2E3F4", s, e, summ,
            ("Nadia Kaci", nadia), [(OWNER_NAME, OWNER, "NEEDS-ACTION", "REQ-PARTICIPANT"),
                                   ("Céline Marchand", cel, "NEEDS-ACTION", "REQ-PARTICIPANT"),
                                   ("Olivier Dupuis", oli, "NEEDS-ACTION", "REQ-PARTICIPANT"),
                                   ("Marc Ferrand", marc, "NEEDS-ACTION", "OPT-PARTICIPANT")], d2,
            tzmode="romance", lang="fr-FR", description=t2, location="Verdance – Tour Initiale, 21e étage, salle Mistral",
            extra=cdo(0, "TENTATIVE"))
m2 = mail(d2, f"Nadia Kaci <{nadia}>", summ,
          to=f"{OWNER_NAME} <{OWNER}>, Céline Marchand <{cel}>, Olivier Dupuis <{oli}>, Marc Ferrand <{marc}>",
          text=t2, html=html_of(t2), msgid="<VI1P189MB07321A2B3C4D5E6F7A8B9C0D1E2F@VI1P189MB0732.EURP189.PROD.OUTLOOK.COM>",
          client="outlook", cal=calendar("Microsoft Exchange Server 2010", "REQUEST", [ev], VTZ_ROMANCE))
add("b128-19-entretien-final-sur-site", [eml("01-verdance-programme", m1), eml("02-invitation-outlook", m2)],
    [iv("Verdance", "Product Marketing Manager – Énergies renouvelables", s, e, "scheduled", [cel, oli, marc], [cel, oli, marc], "onsite")],
    "medium", "positive/onsite-final",
    "HTML-only (base64) programme of an on-site 'entretien final' 9h30-12h with three interviewers and a break, plus one Outlook invite covering the morning; arrival at 9h15 is not the start.")

# ---- 20 NEG one-way video interview ('entretien vidéo différé') -----------------------------------
sent = T(2026, 4, 7, 8, 0)
txt = """Bonjour Claire,

Dans le cadre de votre candidature au poste de Chef de produit marketing (H/F), le Groupe Altima vous invite à réaliser un entretien vidéo différé.

Comment ça marche ?
Vous répondrez à 5 questions en vidéo, à votre rythme : 30 secondes de préparation puis 2 minutes de réponse par question. Aucun recruteur ne sera connecté : vos réponses seront visionnées ultérieurement par l’équipe RH du Groupe Altima.

Date limite : mardi 14 avril 2026 à 23h59
Durée estimée : 20 minutes

Commencer mon entretien : https://candidat.videorecrut.example/i/ALT-4417-QX

Nos conseils : installez-vous dans un endroit calme et bien éclairé, vérifiez votre caméra et votre micro, et faites la question d’entraînement avant de commencer.

Bonne chance !
L’équipe VidéoRecrut, pour le Groupe Altima
"""
m = mail(sent, "Groupe Altima via VidéoRecrut <noreply@videorecrut.example>", "Groupe Altima – Votre entretien vidéo différé",
         text=txt, html=html_of(txt), msgid="<inv.ALT-4417-QX@videorecrut.example>", client="ats", cte_text="base64", cte_html="base64")
add("b128-20-neg-entretien-video-differe", [eml("01-entretien-video-differe", m)], [], "hard", "negative/one-way-video",
    "One-way recorded video interview with a deadline, no live conversation. Not an interview per the rules.")

# ---- 21 Brussels: confirmed by e-mail, then cancelled by e-mail (Outlook-style quote) -------------
s = T(2026, 3, 30, 14, 0, BXL); e = s + timedelta(minutes=30); check(s, 0, 14)
assert s.utcoffset() == timedelta(hours=2)
sofie = "sofie.janssens@kaskad.example"
d1 = T(2026, 3, 24, 10, 5, BXL)
sig = """Sofie Janssens
Recruitment Lead – Kaskad
Avenue Louise 120, 1050 Bruxelles
+32 470 55 21 09"""
t1 = f"""Bonjour Claire,

Merci pour votre candidature chez Kaskad. Comme convenu par téléphone ce matin, je vous confirme notre entretien en visio le {fr_day(s)} à 14h (heure de Bruxelles – attention, ce sera le lendemain du passage à l’heure d’été) pour une demi-heure, pour le poste de Product Marketing Manager. Je vous enverrai un lien Google Meet la veille.

Bien à vous,

{sig}
"""
mid1 = "<AM0PR07MB5123C4B5A6D7E8F9A0B1C2D3E4F5@AM0PR07MB5123.EURPRD07.PROD.OUTLOOK.COM>"
m1 = mail(d1, f"Sofie Janssens <{sofie}>", "Kaskad – entretien Product Marketing Manager", text=t1, html=html_of(t1),
          msgid=mid1, client="outlook")
d2 = T(2026, 3, 27, 16, 48, BXL)
t2 = f"""Bonjour Claire,

Je suis désolée de devoir vous l’annoncer : nous devons annuler notre entretien de lundi. Le poste vient d’être pourvu en interne et nous ne pouvons donc pas poursuivre le processus.

Je vous prie de nous excuser pour ce contretemps et vous souhaite beaucoup de succès dans vos recherches.

Bien à vous,
Sofie

De : Sofie Janssens <{sofie}>
Envoyé : mardi 24 mars 2026 10:05
À : Claire Dumoulin <{OWNER}>
Objet : Kaskad – entretien Product Marketing Manager

{t1}"""
m2 = mail(d2, f"Sofie Janssens <{sofie}>", "RE: Kaskad – entretien Product Marketing Manager", text=t2, html=html_of(t2),
          msgid="<AM0PR07MB51239F8E7D6C5B4A3F2E1D0C9B8A@AM0PR07MB5123.EURPRD07.PROD.OUTLOOK.COM>", in_reply_to=mid1, client="outlook")
add("b128-21-brussels-cancel-by-email", [eml("01-kaskad-entretien-confirme", m1), eml("02-re-annulation", m2)],
    [iv("Kaskad", "Product Marketing Manager", s, e, "cancelled", [sofie], [sofie], "phone_screen")],
    "medium", "positive/cancel-by-email",
    "Brussels recruiter confirms a 30-min visio on Mon 30 March 14h (first weekday of CEST), then cancels it by e-mail ('nous devons annuler', poste pourvu en interne).")

# ---- 22 forwarded (TR:) HTML-only quoted-printable: hiring manager's message relayed by recruiter --
s = T(2026, 5, 4, 9); e = s + timedelta(hours=1); check(s, 0, 9)
laura = "laura.besson@octave.example"; dam = "damien.rault@octave.example"
d1 = T(2026, 4, 22, 10, 12)
h1 = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">
<p>Bonjour Claire,</p>
<p>Je vous transfère ci-dessous le message de Damien concernant votre entretien pour le poste de Head of Product Marketing. Il vous attendra à notre bureau de Lyon. N’hésitez pas à me contacter pour toute question logistique (billet de train, note de frais…).</p>
<p>Belle journée,<br>Laura Besson<br>Talent Acquisition – Octave<br>+33 4 78 90 12 34</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p><b>De&nbsp;:</b> Damien Rault &lt;{dam}&gt;<br>
<b>Envoyé&nbsp;:</b> mardi 21 avril 2026 18:37<br>
<b>À&nbsp;:</b> Laura Besson &lt;{laura}&gt;<br>
<b>Objet&nbsp;:</b> Entretien Head of Product Marketing</p></div>
<p>Laura,</p>
<p>OK pour recevoir Claire Dumoulin le {fr_day(s)} à 9h pile, dans nos locaux (14 rue Duhamel, 69002 Lyon), pour 1h. Tu peux lui transmettre&nbsp;? Je lui ferai visiter le plateau à la fin si elle a un peu de temps.</p>
<p>Merci&nbsp;!<br>Damien<br>Directeur Marketing – Octave</p>
</div></body></html>
"""
m1 = mail(d1, f"Laura Besson <{laura}>", "TR: Entretien Head of Product Marketing", html=h1, cte_html="quoted-printable",
          msgid="<LO2P265MB4410B7C6D5E4F3A2B1C0D9E8F7A6@LO2P265MB4410.GBRP265.PROD.OUTLOOK.COM>", client="outlook")
add("b128-22-forwarded-html-only", [eml("01-tr-entretien-damien", m1)],
    [iv("Octave", "Head of Product Marketing", s, e, "scheduled", [dam], [dam], "hiring_manager")],
    "hard", "positive/forwarded",
    "HTML-only (quoted-printable) 'TR:' from the recruiter relaying the hiring manager's message: Mon 4 May 9h, 1h, Lyon office. Interviewer's address only appears in the forwarded header.")


# ---------------------------------------------------------------- write
def main():
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and name.startswith("b128-"):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fname, data in items:
            with open(os.path.join(d, fname), "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# blind128 labels (generated by make_cases.py). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(LABELS, f, sort_keys=True, allow_unicode=True, width=110, default_flow_style=False)
    pos = sum(1 for v in LABELS.values() if v["interview"])
    print(f"{len(CASES)} cases ({pos} positive, {len(CASES) - pos} negative), "
          f"{sum(len(v['interviews']) for v in LABELS.values())} labelled interviews")


if __name__ == "__main__":
    main()
