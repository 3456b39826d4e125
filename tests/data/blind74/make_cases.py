#!/usr/bin/env python3
"""Deterministic generator for the blind74 evaluation set.

Rewrites every b74-* case folder next to this file and labels.yaml.
stdlib + PyYAML + zoneinfo only. All people, companies and domains are invented.
"""
import base64
import email
import email.policy
import hashlib
import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
MTL = ZoneInfo("America/Toronto")
PAR = ZoneInfo("Europe/Paris")
BRU = ZoneInfo("Europe/Brussels")
VAN = ZoneInfo("America/Vancouver")
UTC = timezone.utc

OWNER = "elodie.brassard@mail.example"
OWNER_NAME = "Élodie Brassard"
OWNER_HDR = f"{OWNER_NAME} <{OWNER}>"

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def t(y, mo, d, h, mi, tz, sec=0):
    return datetime(y, mo, d, h, mi, sec, tzinfo=tz)


def wd(dt, jour):
    assert JOURS[dt.weekday()] == jour, (dt, jour, JOURS[dt.weekday()])


def iso(dt):
    return None if dt is None else dt.isoformat()


def utcstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt, tz):
    return dt.astimezone(tz).strftime("%Y%m%dT%H%M%S")


# ---------------------------------------------------------------- iCalendar
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


def ics_text(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


VTZ_WIN_EASTERN = [
    "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
]
VTZ_WIN_ROMANCE = [
    "BEGIN:VTIMEZONE", "TZID:Romance Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
]
VTZ_TORONTO = [
    "BEGIN:VTIMEZONE", "TZID:America/Toronto", "X-LIC-LOCATION:America/Toronto",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
    "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
    "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
    "END:VTIMEZONE",
]


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT"):
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;"
            f"CN={name}:mailto:{email}")


# ---------------------------------------------------------------- e-mail
def boundary(seed, i):
    return "=_" + hashlib.sha1(f"{seed}/{i}".encode()).hexdigest()[:28]


def received(host, ip, date):
    hid = hashlib.md5((host + format_datetime(date)).encode()).hexdigest()[:12]
    return (f"from {host} ({host} [{ip}]) by mx1.mail.example with ESMTPS id {hid} "
            f"for <{OWNER}>; {format_datetime(date)}")


def mail(headers, date, text=None, html=None, text_cte="quoted-printable",
         html_cte="quoted-printable", cal=None, cal_method="REQUEST", cal_cte="base64",
         attachments=(), host="smtp.out.example", ip="192.0.2.25", seed="x"):
    m = EmailMessage()
    m["Delivered-To"] = OWNER
    m["Received"] = received(host, ip, date + timedelta(seconds=3))
    m["Date"] = format_datetime(date)
    for k, v in headers:
        if not k.lower().startswith("content-"):
            m[k] = v
    if text is not None:
        m.set_content(text, cte=text_cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte)
    if cal is not None:
        m.add_alternative(cal.encode("utf-8"), "text", "calendar",
                          params={"method": cal_method, "charset": "UTF-8"}, cte=cal_cte)
    for data, maintype, subtype, fn in attachments:
        m.add_attachment(data, maintype, subtype, filename=fn)
    for k, v in headers:  # set_content() drops Content-* headers, so add them last
        if k.lower().startswith("content-"):
            m[k] = v
    i = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary(boundary(seed, i))
            i += 1
    out = m.as_bytes()
    # CPython's header folder can drop the space between two adjacent encoded words; if a
    # header does not round-trip, emit it with a longer line limit (still RFC 5322-legal).
    back = email.message_from_bytes(out, policy=email.policy.default)
    if any(str(back[k]) != " ".join(str(v).split()) for k, v in headers if v):
        out = m.as_bytes(policy=email.policy.default.clone(max_line_length=200))
        back = email.message_from_bytes(out, policy=email.policy.default)
        bad = [k for k, v in headers if v and str(back[k]) != " ".join(str(v).split())]
        assert not bad, (seed, bad)
    return out


def msgid(local_part, domain):
    return f"<{local_part}@{domain}>"


def interview(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end),
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(recipients), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes,
            "source": "synthetic"}


def html_wrap(body, font="Calibri,Arial,sans-serif"):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            f"</head><body><div style=\"font-family:{font};font-size:11pt\">{body}</div></body></html>\n")


def p(text):
    return "".join("<p>" + para.replace("\n", "<br>") + "</p>\n" for para in text.strip().split("\n\n"))


CASES = []


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco


# ======================================================================
# 01 ATS (Recrutis) confirmation + .ics, then reminder -- positive
@case("recrutis-entrevue-confirmation-ics")
def c_recrutis():
    dom = "laurentide-assurances.example"
    start, end = t(2026, 3, 17, 10, 0, MTL), t(2026, 3, 17, 11, 0, MTL)
    wd(start, "mardi")
    sent = t(2026, 3, 11, 9, 14, MTL, 22)
    sophie = f"sophie.gagnonroy@{dom}"
    patrice = f"patrice.dion@{dom}"
    uid = "rct-7f3a9c21-55b0-4c1e-9d7e-0c4e1f2a8b11@recrutis.example"
    cal = ics_text([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Recrutis//Planification 4.2//FR",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", *VTZ_TORONTO,
        "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{utcstamp(sent)}",
        f"DTSTART;TZID=America/Toronto:{local(start, MTL)}",
        f"DTEND;TZID=America/Toronto:{local(end, MTL)}",
        "SUMMARY:Entrevue – Comptable principal(e)\\, Rapports financiers – Groupe Laurentide",
        f"ORGANIZER;CN=Sophie Gagnon-Roy:mailto:{sophie}",
        attendee("Patrice Dion", patrice, "ACCEPTED"),
        attendee(OWNER_NAME, OWNER),
        "LOCATION:" + esc("Groupe Laurentide Assurances, 1450, rue des Érables Ouest, 12e étage, Montréal (QC)"),
        "DESCRIPTION:" + esc("Entrevue avec Patrice Dion, chef de la comptabilité.\nPrésentez-vous à la réception du 12e étage 10 minutes à l'avance."),
        "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    text = f"""Bonjour Élodie,

Nous avons le plaisir de vous inviter à une entrevue pour le poste de
Comptable principal(e), Rapports financiers (affichage no LAU-2026-118).

  Date : le mardi 17 mars 2026
  Heure : 10 h à 11 h (heure de l'Est)
  Lieu : 1450, rue des Érables Ouest, 12e étage, Montréal (QC)
  Vous rencontrerez : Patrice Dion, chef de la comptabilité

Une invitation de calendrier est jointe à ce courriel. Pour toute question,
répondez simplement à ce message ou écrivez à Sophie Gagnon-Roy
({sophie}).

Au plaisir de vous rencontrer!

L'équipe Talents – Groupe Laurentide Assurances

--
Ce courriel a été envoyé par Recrutis pour le compte de Groupe Laurentide
Assurances. Gérer mes préférences : https://candidats.recrutis.example/preferences
"""
    html = html_wrap(p(text.replace("  ", "")))
    m1 = mail([("From", "Groupe Laurentide Assurances <ne-pas-repondre@recrutis.example>"),
               ("Reply-To", f"Sophie Gagnon-Roy <{sophie}>"), ("To", OWNER_HDR),
               ("Subject", "Invitation à une entrevue – Comptable principal(e), Rapports financiers"),
               ("Message-ID", msgid("a81c2e7f0d.entrevue", "recrutis.example"))],
              sent, text=text, html=html, host="mta3.recrutis.example", ip="198.51.100.34",
              attachments=[(cal.encode(), "text", "calendar", "entrevue.ics")], seed="b74-01a")
    rem = t(2026, 3, 16, 10, 0, MTL, 4)
    text2 = """Bonjour Élodie,

Petit rappel : votre entrevue pour le poste de Comptable principal(e),
Rapports financiers a lieu demain, mardi 17 mars, à 10 h.

Adresse : 1450, rue des Érables Ouest, 12e étage, Montréal
Stationnement payant au sous-sol; station de métro la plus proche : Peel.

Bonne chance!
Recrutis, pour le compte de Groupe Laurentide Assurances
"""
    m2 = mail([("From", "Groupe Laurentide Assurances <ne-pas-repondre@recrutis.example>"),
               ("Reply-To", f"Sophie Gagnon-Roy <{sophie}>"), ("To", OWNER_HDR),
               ("Subject", "Rappel : votre entrevue de demain à 10 h"),
               ("Message-ID", msgid("a81c2e7f0d.rappel", "recrutis.example"))],
              rem, text=text2, text_cte="8bit", host="mta3.recrutis.example", ip="198.51.100.34",
              seed="b74-01b")
    lab = label([interview("Groupe Laurentide Assurances", "Comptable principal(e), Rapports financiers",
                           start, end, "scheduled", [patrice], [patrice], "hiring_manager")],
                "easy", "positive/ats-ics",
                "Invented Quebec ATS (Recrutis) confirmation with TZID .ics + reminder 'demain à 10 h'; "
                "Sophie only coordinates, Patrice Dion interviews. After NA DST (-04:00).")
    return [("01-recrutis-invitation-entrevue.eml", m1), ("02-recrutis-rappel.eml", m2)], lab


# ---------------------------------------------------------------- Exchange helper
def exchange_invite(*, sent, seed, org, attendees, subject, start, end, seq, when_fr, body,
                    location, method="REQUEST", uid, domain, cancelled=False):
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0", *VTZ_WIN_EASTERN, "BEGIN:VEVENT",
             f"ORGANIZER;CN={org[0]}:mailto:{org[1]}"]
    for n, e in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}")
    desc = f"Quand : {when_fr}\nOù : {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}"
    lines += ["DESCRIPTION;LANGUAGE=fr-CA:" + esc(desc), f"UID:{uid}",
              f"SUMMARY;LANGUAGE=fr-CA:{esc(subject)}",
              f"DTSTART;TZID=Eastern Standard Time:{local(start, MTL)}",
              f"DTEND;TZID=Eastern Standard Time:{local(end, MTL)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{utcstamp(sent)}", "TRANSP:OPAQUE",
              "STATUS:CANCELLED" if cancelled else "STATUS:CONFIRMED", f"SEQUENCE:{seq}",
              f"LOCATION;LANGUAGE=fr-CA:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if cancelled else "TENTATIVE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if cancelled else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    if cancelled:
        lines.append("X-MICROSOFT-DONOTFORWARDMEETING:FALSE")
    else:
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    cal = ics_text(lines)
    text = f"Quand : {when_fr}\nOù : {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}\n"
    html = html_wrap(p(text), "Aptos,Calibri,sans-serif")
    to = ", ".join(f"{n} <{e}>" for n, e in attendees)
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    return mail([("From", f"{org[0]} <{org[1]}>"), ("To", to), ("Subject", subject),
                 ("Thread-Topic", subject.split(": ", 1)[-1].split(" : ", 1)[-1]),
                 ("Thread-Index", base64.b64encode(bytes.fromhex(h[:32])).decode()),
                 ("Message-ID", f"<YT3PR01MB{h[:20]}@YT3PR01MB{h[20:24]}.CANPRD01.PROD.OUTLOOK.COM>"),
                 ("Accept-Language", "fr-CA, en-US"), ("Content-Language", "fr-CA"),
                 ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                 ("Content-class", "urn:content-classes:calendarmessage")],
                sent, text=text, html=html, cal=cal, cal_method=method,
                host=f"YT6PR01CU002.outbound.protection.outlook.com", ip="40.107.192.41", seed=seed)


# 02 Exchange French invite then "Mis à jour :" -- positive reschedule / panel
@case("outlook-fr-entrevue-mis-a-jour-panel")
def c_outlook_update():
    dom = "materiauxboreal.example"
    nat = ("Nathalie Ouellet", f"nouellet@{dom}")
    mab = ("Marc-André Bélanger", f"mabelanger@{dom}")
    jul = ("Julie Tran", f"jtran@{dom}")
    me = (OWNER_NAME, OWNER)
    uid = "040000008200E00074C5B7101A82E00800000000B2C4D9E1A3B0DC01000000000000000010000000C2F1A2E6D0A94B4F9E3F1C7A5B6D8E90"
    s1, e1 = t(2026, 3, 24, 14, 0, MTL), t(2026, 3, 24, 15, 30, MTL)
    s2, e2 = t(2026, 3, 25, 9, 30, MTL), t(2026, 3, 25, 11, 0, MTL)
    wd(s1, "mardi"), wd(s2, "mercredi")
    subj = "Entrevue : Élodie Brassard – Contrôleur(euse) adjoint(e)"
    loc = "Salle Saint-Maurice, 3e étage – 800, rue du Port, Trois-Rivières"
    body1 = """Bonjour Élodie,

Tel que discuté au téléphone, voici l'invitation pour votre entrevue au poste de contrôleur(euse) adjoint(e). Vous rencontrerez Marc-André Bélanger, directeur financier, et Julie Tran, contrôleuse. Prévoyez 1 h 30; un court exercice de rapprochement sera fait sur place.

Merci de confirmer votre présence.

Nathalie Ouellet
Coordonnatrice, ressources humaines
Matériaux Boréal inc.
800, rue du Port, Trois-Rivières (Québec)  G9A 0A0
819 555-0147"""
    m1 = exchange_invite(sent=t(2026, 3, 12, 15, 2, MTL, 11), seed="b74-02a", org=nat,
                         attendees=[me, mab, jul], subject=subj, start=s1, end=e1, seq=0,
                         when_fr="mardi 24 mars 2026 14:00-15:30 (UTC-05:00) Est (États-Unis et Canada).",
                         body=body1, location=loc, uid=uid, domain=dom)
    body2 = """Bonjour Élodie,

Julie a maintenant un conflit mardi après-midi (fermeture trimestrielle). Nous devons déplacer l'entrevue au mercredi 25 mars, de 9 h 30 à 11 h, même endroit, avec les mêmes personnes. Désolée du changement!

Cordialement,

Nathalie Ouellet
Coordonnatrice, ressources humaines
Matériaux Boréal inc.
819 555-0147"""
    m2 = exchange_invite(sent=t(2026, 3, 19, 8, 41, MTL, 37), seed="b74-02b", org=nat,
                         attendees=[me, mab, jul], subject="Mis à jour : " + subj, start=s2, end=e2, seq=1,
                         when_fr="mercredi 25 mars 2026 09:30-11:00 (UTC-05:00) Est (États-Unis et Canada).",
                         body=body2, location=loc, uid=uid, domain=dom)
    lab = label([interview("Matériaux Boréal inc.", "Contrôleur(euse) adjoint(e)", s2, e2, "scheduled",
                           [mab[1], jul[1]], [mab[1], jul[1]], "onsite")],
                "medium", "positive/reschedule-exchange",
                "French Outlook invite (Windows TZID, '(UTC-05:00)' label but EDT on the date) then "
                "'Mis à jour :' SEQUENCE 1 moving it to Wed 25 Mar 9:30-11:00; two-person panel -> onsite.")
    return [("01-entrevue-invitation.eml", m1), ("02-mis-a-jour-entrevue.eml", m2)], lab


# 03 Paris cabinet, proposal + confirmation with quoted reply, DST gap -- positive
@case("paris-cabinet-entretien-fil-ecart-dst")
def c_paris_thread():
    dom = "delorme-associes.example"
    claire = f"c.montagnier@{dom}"
    helene = f"h.vasseur@{dom}"
    start, end = t(2026, 3, 19, 15, 0, PAR), t(2026, 3, 19, 15, 45, PAR)
    wd(start, "jeudi")
    assert start.astimezone(MTL).hour == 10  # 5 h gap between 8 and 29 March
    d1 = t(2026, 3, 10, 11, 42, PAR, 9)
    sig = """Bien cordialement,

Claire Montagnier
Chargée de recrutement
Cabinet Delorme & Associés – Expertise comptable & audit
38, rue Vaneau-Sud, 75007 Paris
Tél. : +33 1 84 60 21 37"""
    t1 = f"""Madame,

Nous avons bien reçu votre candidature au poste de Chef de mission expertise
comptable (H/F) et nous vous en remercions.

Mme Hélène Vasseur, associée, souhaiterait s'entretenir avec vous en visio
(Teams). Seriez-vous disponible à l'un des créneaux suivants ?

  - jeudi 19 mars à 15h (heure de Paris)
  - vendredi 20 mars à 11h (heure de Paris)

L'entretien durera environ 45 minutes.

{sig}
"""
    m1 = mail([("From", f"Claire Montagnier <{claire}>"), ("To", OWNER_HDR),
               ("Cc", f"Hélène Vasseur <{helene}>"),
               ("Subject", "Votre candidature – Chef de mission expertise comptable"),
               ("Message-ID", msgid("3f9a1c.cm.20260310", dom))],
              d1, text=t1, host="mail.delorme-associes.example", ip="203.0.113.81", seed="b74-03a")
    d_user = t(2026, 3, 10, 8, 15, MTL)
    d2 = t(2026, 3, 11, 9, 5, PAR, 44)
    quoted1 = "\n".join(("> " + l) if l else ">" for l in t1.rstrip("\n").split("\n"))
    user_reply = f"""Bonjour Madame Montagnier,

Merci pour votre message. Le jeudi 19 mars à 15h (heure de Paris) me convient
parfaitement, ce qui fait 10h ici à Montréal si je ne me trompe pas (nous
sommes déjà passés à l'heure d'été, vous y passerez le 29).

Au plaisir,
Élodie Brassard
514 555-0143

Le mar. 10 mars 2026 à 06 h 42, Claire Montagnier <{claire}> a écrit :
{quoted1}"""
    quoted2 = "\n".join(("> " + l) if l else ">" for l in user_reply.split("\n"))
    t2 = f"""Bonjour Élodie,

C'est noté : entretien avec Mme Vasseur le jeudi 19 mars à 15h, heure de
Paris (10h à Montréal), durée 45 minutes.

Lien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTk1%40thread.v2/0
(ID de réunion : 318 442 907 15 – code : Vq7xRt)

Hélène est en copie ; n'hésitez pas à lui écrire directement si besoin.

{sig}

-----Message d'origine-----
De : Élodie Brassard <{OWNER}>
Envoyé : mardi 10 mars 2026 13:15
À : Claire Montagnier <{claire}>
Cc : Hélène Vasseur <{helene}>
Objet : RE: Votre candidature – Chef de mission expertise comptable

{quoted2}
"""
    m2 = mail([("From", f"Claire Montagnier <{claire}>"), ("To", OWNER_HDR),
               ("Cc", f"Hélène Vasseur <{helene}>"),
               ("Subject", "RE: Votre candidature – Chef de mission expertise comptable"),
               ("Message-ID", msgid("3f9a1c.cm.20260311", dom)),
               ("In-Reply-To", msgid("CAEb74u1.reply", "mail.example")),
               ("References", msgid("3f9a1c.cm.20260310", dom) + " " + msgid("CAEb74u1.reply", "mail.example"))],
              d2, text=t2, host="mail.delorme-associes.example", ip="203.0.113.81", seed="b74-03b")
    del d_user
    lab = label([interview("Cabinet Delorme & Associés", "Chef de mission expertise comptable (H/F)", start, end,
                           "scheduled", [helene], [helene], "hiring_manager")],
                "hard", "positive/thread-propose-confirm",
                "Paris firm proposes two slots 'à 15h (heure de Paris)'; user's choice is quoted in the "
                "confirmation. 19 March: Paris still +01:00, Montreal already -04:00 (5 h gap). Partner in Cc.")
    return [("01-proposition-creneaux.eml", m1), ("02-re-confirmation.eml", m2)], lab


# ---------------------------------------------------------------- Google invite helper
def google_invite(*, sent, seed, org, guests, title, start, end, tzlabel, when_line, description, uid, seq=0):
    cal = ics_text([
        "BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
        "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
        f"DTSTART:{utcstamp(start)}", f"DTEND:{utcstamp(end)}", f"DTSTAMP:{utcstamp(sent)}",
        f"ORGANIZER;CN={org[0]}:mailto:{org[1]}", f"UID:{uid}",
        *[attendee(n, e, "ACCEPTED" if e == org[1] else "NEEDS-ACTION") for n, e in guests],
        "X-GOOGLE-CONFERENCE:https://meet.google.com/bvx-qrta-kmo",
        f"CREATED:{utcstamp(sent)}", "DESCRIPTION:" + esc(description),
        f"LAST-MODIFIED:{utcstamp(sent)}", "LOCATION:", f"SEQUENCE:{seq}", "STATUS:CONFIRMED",
        f"SUMMARY:{esc(title)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    guest_txt = "\n".join(f"{n}{' - organisateur' if e == org[1] else ''}\n{e}" for n, e in guests)
    text = f"""{title}
{when_line}
{tzlabel}

Participer avec Google Meet
https://meet.google.com/bvx-qrta-kmo

Organisateur
{org[0]}
{org[1]}

Invités
{guest_txt}

{description}

~~//~~
Invitation de Google Agenda : https://calendar.google.com/calendar/

Vous recevez cet e-mail, car vous êtes invité à cet événement.
"""
    html = html_wrap(p(text), "Roboto,Helvetica,Arial,sans-serif")
    ics_b = cal.encode()
    return mail([("Reply-To", f"{org[0]} <{org[1]}>"),
                 ("Sender", "Google Agenda <calendar-notification@google.com>"),
                 ("Message-ID", f"<calendar-{hashlib.md5(seed.encode()).hexdigest()}@google.com>"),
                 ("Subject", f"Invitation: {title} @ {when_line} ({tzlabel}) ({OWNER})"),
                 ("From", f"{org[0]} <{org[1]}>"), ("To", OWNER)],
                sent, text=text, html=html, text_cte="base64", cal=cal, cal_cte="base64",
                attachments=[(ics_b, "application", "ics", "invite.ics")],
                host="mail-sor-f69.google.com", ip="209.85.220.69", seed=seed)


# 04 Brussels: recruiter mail + Google invite, after EU DST -- positive dedupe
@case("bruxelles-entretien-technique-mail-et-invitation")
def c_brussels():
    dom = "vandamme-lambert.example"
    sarah = ("Sarah Peeters", f"speeters@{dom}")
    thomas = ("Thomas Lambert", f"tlambert@{dom}")
    start, end = t(2026, 3, 31, 16, 0, BRU), t(2026, 3, 31, 17, 0, BRU)
    wd(start, "mardi")
    assert start.astimezone(MTL).hour == 10
    d1 = t(2026, 3, 20, 10, 20, BRU, 5)
    t1 = f"""Bonjour Élodie,

Comme convenu par téléphone, je vous confirme votre entretien technique pour
le poste de Contrôleur financier (H/F/X) avec Thomas Lambert, Directeur
financier, le mardi 31 mars à 16 h (heure de Bruxelles).

Attention : nous passons à l'heure d'été le dimanche 29 mars, ce sera donc
10 h à Montréal. Durée : une heure, en visio (Google Meet). Thomas vous
posera quelques questions sur les consolidations et les normes IFRS/BE GAAP.

Vous recevrez une invitation Google Agenda dans la foulée.

Bien à vous,

Sarah Peeters
Talent Acquisition – Fiduciaire Van Damme & Lambert
Avenue Louise-Neuve 212, 1050 Bruxelles
+32 2 555 48 10
"""
    m1 = mail([("From", f"Sarah Peeters <{sarah[1]}>"), ("To", OWNER_HDR),
               ("Subject", "Confirmation entretien technique – Contrôleur financier"),
               ("Message-ID", msgid("CAK8b74sp.0320", "mail.gmail.example"))],
              d1, text=t1, host="mail-wr1-f54.google.com", ip="209.85.221.54", seed="b74-04a")
    m2 = google_invite(sent=t(2026, 3, 20, 10, 27, BRU, 41), seed="b74-04b", org=sarah,
                       guests=[sarah, thomas, (OWNER, OWNER)],
                       title="Entretien technique – Élodie Brassard – Contrôleur financier",
                       start=start, end=end, tzlabel="CEST",
                       when_line="mar. 31 mars 2026 16:00 - 17:00",
                       description="Entretien technique avec Thomas Lambert (Directeur financier).",
                       uid="5c1q0hd2k8vbm3jt6r9pl4e7ab@google.com")
    lab = label([interview("Fiduciaire Van Damme & Lambert", "Contrôleur financier (H/F/X)", start, end,
                           "scheduled", [thomas[1]], [thomas[1]], "technical")],
                "medium", "positive/dedupe-google",
                "Recruiter e-mail + Google invite (UTC times) for the same interview; 31 March is after EU "
                "DST (Brussels +02:00, 10 h in Montreal). One interview.")
    return [("01-confirmation-sarah.eml", m1), ("02-invitation-google.eml", m2)], lab


# 05 Scheduling vendor booking + recruiter note 'Thu 3/12 @ 4:30p PST' -- positive
@case("slotwise-booking-pst-label")
def c_slotwise():
    dom = "northgateledger.example"
    kayla = f"kfenwick@{dom}"
    start, end = t(2026, 3, 12, 16, 30, VAN), t(2026, 3, 12, 17, 0, VAN)
    wd(start, "jeudi")
    s_mtl, e_mtl = start.astimezone(MTL), end.astimezone(MTL)
    d1 = t(2026, 3, 9, 13, 5, VAN, 12)
    uid = "sw-evt-88213-4fd1@slotwise.example"
    cal = ics_text([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SlotWise//Booking Engine//EN", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{utcstamp(d1)}",
        f"DTSTART:{utcstamp(start)}", f"DTEND:{utcstamp(end)}",
        "SUMMARY:30 Minute Intro Call between Kayla Fenwick and Élodie Brassard",
        f"ORGANIZER;CN=Kayla Fenwick:mailto:{kayla}",
        attendee("Kayla Fenwick", kayla, "ACCEPTED"), attendee(OWNER_NAME, OWNER, "ACCEPTED"),
        "LOCATION:Phone call – Kayla will call +1 514-555-0143",
        "DESCRIPTION:" + esc("Event: 30 Minute Intro Call (Northgate Ledger – Senior Accountant, Revenue)\n"
                             "Need to make changes? Reschedule or cancel: https://slotwise.example/r/88213"),
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    when = (f"{s_mtl.strftime('%I:%M %p').lstrip('0')} - {e_mtl.strftime('%I:%M %p').lstrip('0')}, "
            f"Thursday, March 12, 2026 (Eastern Time - US & Canada)")
    html = html_wrap(f"""<h2>Confirmed: 30 Minute Intro Call with Kayla Fenwick</h2>
<p>Hi Élodie,</p><p>Your event has been scheduled.</p>
<table><tr><td><b>Event</b></td><td>30 Minute Intro Call</td></tr>
<tr><td><b>Invitee</b></td><td>Élodie Brassard ({OWNER})</td></tr>
<tr><td><b>When</b></td><td>{when}</td></tr>
<tr><td><b>Where</b></td><td>Phone call – Kayla will call +1 514-555-0143</td></tr>
<tr><td><b>Questions</b></td><td>Position: Senior Accountant, Revenue</td></tr></table>
<p><a href="https://slotwise.example/r/88213">Reschedule</a> · <a href="https://slotwise.example/c/88213">Cancel</a></p>
<p style="color:#888">Powered by SlotWise · 2200 Example Way, Suite 400, Toronto ON</p>""", "Helvetica,Arial,sans-serif")
    m1 = mail([("From", "Kayla Fenwick via SlotWise <notifications@slotwise.example>"),
               ("Reply-To", f"Kayla Fenwick <{kayla}>"), ("To", OWNER_HDR),
               ("Subject", f"Confirmed: 30 Minute Intro Call with Kayla Fenwick on Thursday, March 12, 2026"),
               ("Message-ID", msgid("sw.88213.confirm", "slotwise.example"))],
              d1, html=html, html_cte="base64",
              attachments=[(cal.encode(), "text", "calendar", "invite.ics")],
              host="o12.email.slotwise.example", ip="198.51.100.112", seed="b74-05a")
    d2 = t(2026, 3, 9, 13, 31, VAN, 50)
    t2 = f"""Hi Élodie,

Thanks for grabbing a slot so quickly, and for making an evening work on your
end! Confirmed: talk Thu 3/12 @ 4:30p PST (I'm on the West Coast, our finance
team is in Toronto). I'll call your cell, 514-555-0143. It's a casual 30 min
screen: your background, the Senior Accountant, Revenue role, comp and timing.

Cheers,
Kayla

Kayla Fenwick | Senior Talent Partner
Northgate Ledger Inc.
m: 604-555-0178 | 1055 Example Street, Vancouver BC
"""
    m2 = mail([("From", f"Kayla Fenwick <{kayla}>"), ("To", OWNER_HDR),
               ("Subject", "Re: Senior Accountant, Revenue - next steps"),
               ("Message-ID", msgid("CAJkf.0309.b74", dom)),
               ("In-Reply-To", msgid("CAEb74u5.first", "mail.example"))],
              d2, text=t2, text_cte="8bit", host="mail-pf1-f172.google.com", ip="209.85.210.172",
              seed="b74-05b")
    lab = label([interview("Northgate Ledger Inc.", "Senior Accountant, Revenue", s_mtl, e_mtl, "scheduled",
                           [kayla], [kayla], "phone_screen")],
                "hard", "positive/scheduling-vendor",
                "Invented vendor (SlotWise) HTML-only base64 confirmation with UTC .ics + recruiter note "
                "'Thu 3/12 @ 4:30p PST' (actually PDT after 8 March): 16:30-07:00 = 19:30-04:00.")
    return [("01-slotwise-confirmed.eml", m1), ("02-kayla-note.eml", m2)], lab


# 06 Toronto: screen 'Monday at half past ten' + technical 12 March 2pm ET + gcal.json -- two interviews
@case("toronto-preselection-puis-technique-gcal")
def c_toronto_two():
    dom = "harbourline.example"
    priya = f"praman@{dom}"
    owen = f"omackenzie@{dom}"
    d1 = t(2026, 2, 27, 16, 40, MTL, 2)
    wd(d1, "vendredi")
    s1, e1 = t(2026, 3, 2, 10, 30, MTL), t(2026, 3, 2, 11, 0, MTL)
    wd(s1, "lundi")
    s2, e2 = t(2026, 3, 12, 14, 0, MTL), t(2026, 3, 12, 15, 0, MTL)
    wd(s2, "jeudi")
    t1 = f"""Hi Élodie,

Great connecting on LinkedIn! Thanks for sending your CV for the Financial
Analyst, FP&A role. Let's do a quick phone screen Monday at half past ten,
Eastern. I'll call your cell (514-555-0143); it should take about 30 minutes.

Have a nice weekend,

Priya Raman
Talent Acquisition Lead | Harbourline Logistics Ltd.
88 Example Quay West, Toronto ON M5J 0A0 | 416-555-0122
"""
    m1 = mail([("From", f"Priya Raman <{priya}>"), ("To", OWNER_HDR),
               ("Subject", "Financial Analyst, FP&A - quick call Monday?"),
               ("Message-ID", msgid("PR0227.b74", dom))],
              d1, text=t1, host="mail.harbourline.example", ip="192.0.2.140", seed="b74-06a")
    d2 = t(2026, 3, 3, 9, 12, MTL, 30)
    t2 = f"""Hi Élodie,

Thanks for your time yesterday, really enjoyed the chat. Happy to move you
forward!

Next step is a technical interview (live Excel modelling case) with
Owen MacKenzie, our FP&A Manager, on Thursday March 12 at 2pm ET, 60 minutes
over Google Meet. Heads-up that clocks change this Sunday (March 8), but
it's 2pm Toronto/Montreal time either way. Owen will send you the invite
from his calendar.

Best,
Priya

Priya Raman
Talent Acquisition Lead | Harbourline Logistics Ltd.
416-555-0122
"""
    m2 = mail([("From", f"Priya Raman <{priya}>"), ("To", OWNER_HDR), ("Cc", f"Owen MacKenzie <{owen}>"),
               ("Subject", "Re: Financial Analyst, FP&A - next step"),
               ("Message-ID", msgid("PR0303.b74", dom)), ("In-Reply-To", msgid("PR0227.b74", dom)),
               ("References", msgid("PR0227.b74", dom))],
              d2, text=t2, text_cte="8bit", host="mail.harbourline.example", ip="192.0.2.140",
              seed="b74-06b")
    ev = {
        "kind": "calendar#event", "etag": "\"3512209876123000\"", "id": "7h2kq9v1r0mflj4c8tn3s5eo6b",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=N2gya3E5djFyMG1mbGo0Yzh0bjNzNWVvNmI",
        "created": "2026-03-03T15:02:11.000Z", "updated": "2026-03-03T15:02:44.381Z",
        "summary": "Élodie Brassard <> Harbourline – FP&A technical (Excel case)",
        "description": "Live modelling case. Please have Excel ready and share your screen.\nInterviewer: Owen MacKenzie",
        "creator": {"email": owen, "displayName": "Owen MacKenzie"},
        "organizer": {"email": owen, "displayName": "Owen MacKenzie"},
        "start": {"dateTime": s2.isoformat(), "timeZone": "America/Toronto"},
        "end": {"dateTime": e2.isoformat(), "timeZone": "America/Toronto"},
        "iCalUID": "7h2kq9v1r0mflj4c8tn3s5eo6b@google.com", "sequence": 0,
        "attendees": [
            {"email": owen, "displayName": "Owen MacKenzie", "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"}],
        "hangoutLink": "https://meet.google.com/hrb-fpna-qzt",
        "conferenceData": {"entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/hrb-fpna-qzt",
                                            "label": "meet.google.com/hrb-fpna-qzt"}],
                           "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                           "conferenceId": "hrb-fpna-qzt"},
        "reminders": {"useDefault": True}, "eventType": "default"}
    j = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode()
    role = "Financial Analyst, FP&A"
    lab = label([interview("Harbourline Logistics Ltd.", role, s1, e1, "scheduled", [priya], [priya], "phone_screen"),
                 interview("Harbourline Logistics Ltd.", role, s2, e2, "scheduled", [owen], [owen], "technical")],
                "hard", "positive/two-interviews",
                "Screen 'Monday at half past ten, Eastern' (resolved from Fri 27 Feb -> Mon 2 Mar, -05:00) and "
                "technical 12 Mar 2pm ET (after NA DST, -04:00) confirmed by a Calendar API event.")
    return [("01-priya-screen.eml", m1), ("02-priya-next-step.eml", m2),
            ("03-technical-event.gcal.json", j)], lab


# 07 Exchange invite then 'Annulé :' -- positive cancelled
@case("outlook-entrevue-annule-gel-embauche")
def c_cancel_outlook():
    dom = "agrinord.example"
    gen = ("Geneviève Lapointe", f"glapointe@{dom}")
    me = (OWNER_NAME, OWNER)
    start, end = t(2026, 3, 26, 13, 30, MTL), t(2026, 3, 26, 14, 30, MTL)
    wd(start, "jeudi")
    uid = "040000008200E00074C5B7101A82E00800000000D41A2B9C77B1DC0100000000000000001000000087AB34CD12EF4A5B9C0D1E2F3A4B5C6D"
    subj = "Entrevue – Analyste financier(ère) principal(e)"
    loc = "Réunion Microsoft Teams"
    when = "jeudi 26 mars 2026 13:30-14:30 (UTC-05:00) Est (États-Unis et Canada)."
    body1 = """Bonjour Élodie,

Voici l'invitation pour notre entrevue de jeudi le 26 mars à 13 h 30, en ligne sur Teams. Je serai seule pour cette première rencontre; on parlera de ton parcours et des défis du poste.

Cordialement,

Geneviève Lapointe, CPA
Directrice, finances et trésorerie
Coopérative Agrinord
3200, avenue des Champs, Saint-Hyacinthe (Québec)
450 555-0160, poste 2214

________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, application mobile ou appareil de salle
Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_AgRiNoRd26%40thread.v2/0>
ID de réunion : 274 118 392 551
Code secret : pQ4mZs
________________________________________________________________________________"""
    m1 = exchange_invite(sent=t(2026, 3, 13, 11, 18, MTL, 6), seed="b74-07a", org=gen, attendees=[me],
                         subject=subj, start=start, end=end, seq=0, when_fr=when, body=body1,
                         location=loc, uid=uid, domain=dom)
    body2 = """Bonjour Élodie,

Malheureusement, la direction vient d'annoncer un gel des embauches pour le reste de l'exercice et je dois annuler notre entrevue de jeudi. Je suis vraiment désolée. Je te recontacterai si la situation change.

Bonne journée,
Geneviève"""
    m2 = exchange_invite(sent=t(2026, 3, 23, 16, 52, MTL, 18), seed="b74-07b", org=gen, attendees=[me],
                         subject="Annulé : " + subj, start=start, end=end, seq=1, when_fr=when, body=body2,
                         location=loc, uid=uid, domain=dom, method="CANCEL", cancelled=True)
    lab = label([interview("Coopérative Agrinord", "Analyste financier(ère) principal(e)", start, end, "cancelled",
                           [gen[1]], [gen[1]], "hiring_manager")],
                "medium", "positive/cancel-exchange",
                "French Exchange invite by the hiring manager, then 'Annulé :' METHOD:CANCEL (hiring freeze).")
    return [("01-entrevue.eml", m1), ("02-annule-entrevue.eml", m2)], lab


# 08 confirmation then candidate withdrawal (quoted) -- positive cancelled
@case("entrevue-levis-retrait-candidature")
def c_withdraw():
    dom = "chaudiere-est.example"
    isa = f"ifortin@{dom}"
    luc = f"lgravel@{dom}"
    start, end = t(2026, 4, 2, 13, 30, MTL), t(2026, 4, 2, 14, 30, MTL)
    wd(start, "jeudi")
    d1 = t(2026, 3, 24, 14, 6, MTL, 40)
    t1 = f"""Bonjour Élodie,

Suite à notre appel de présélection de ce matin, j'ai le plaisir de vous
confirmer votre entrevue pour le poste de Comptable senior – paie et
fiscalité avec M. Luc Gravel, contrôleur (en copie).

Quand : le jeudi 2 avril, à 13 h 30 (HAE)
Durée : environ 1 h
Où : nos bureaux, 455, rue de l'Entrepôt, Lévis (stationnement visiteurs à
l'arrière)

Cordialement,

Isabelle Fortin, CRHA
Conseillère en acquisition de talents
Transports Chaudière-Est inc.
418 555-0131
"""
    m1 = mail([("From", f"Isabelle Fortin <{isa}>"), ("To", OWNER_HDR), ("Cc", f"Luc Gravel <{luc}>"),
               ("Subject", "Entrevue – Comptable senior, paie et fiscalité"),
               ("Message-ID", msgid("IF.20260324.1406", dom))],
              d1, text=t1, host="mail.chaudiere-est.example", ip="192.0.2.77", seed="b74-08a")
    d2 = t(2026, 3, 30, 10, 22, MTL, 15)
    t2 = f"""Merci de m'avoir avisée, Élodie, je comprends tout à fait. J'ai annulé la
rencontre de jeudi avec Luc. Au plaisir de se recroiser!

Isabelle

Isabelle Fortin, CRHA
Conseillère en acquisition de talents | Transports Chaudière-Est inc.

-----Message d'origine-----
De : Élodie Brassard <{OWNER}>
Envoyé : 30 mars 2026 08:47
À : Isabelle Fortin <{isa}>
Objet : RE: Entrevue – Comptable senior, paie et fiscalité

Bonjour Isabelle,

Après réflexion, pour des raisons familiales, je ne pourrai pas déménager à
Lévis cette année. Je préfère donc retirer ma candidature et annuler
l'entrevue de jeudi 13 h 30 plutôt que de faire perdre du temps à M. Gravel.
Merci encore pour votre accueil.

Élodie
"""
    m2 = mail([("From", f"Isabelle Fortin <{isa}>"), ("To", OWNER_HDR),
               ("Subject", "RE: Entrevue – Comptable senior, paie et fiscalité"),
               ("Message-ID", msgid("IF.20260330.1022", dom)),
               ("In-Reply-To", msgid("CAEb74u8.withdraw", "mail.example")),
               ("References", msgid("IF.20260324.1406", dom) + " " + msgid("CAEb74u8.withdraw", "mail.example"))],
              d2, text=t2, text_cte="8bit", host="mail.chaudiere-est.example", ip="192.0.2.77", seed="b74-08b")
    lab = label([interview("Transports Chaudière-Est inc.", "Comptable senior – paie et fiscalité", start, end,
                           "cancelled", [luc], [luc], "hiring_manager")],
                "medium", "positive/cancel-by-email",
                "In-person entrevue 2 April 13 h 30 (HAE) confirmed after an 'appel de présélection'; the "
                "candidate withdraws (quoted in the recruiter's reply) -> cancelled.")
    return [("01-confirmation-entrevue.eml", m1), ("02-re-retrait.eml", m2)], lab


# 09 agency forwards client's message 'TR :' -- HTML only, QP -- positive
@case("agence-tr-rencontre-quebec-html")
def c_forward():
    adom, cdom = "talentsfleuve.example", "portneuf-immo.example"
    max_ = f"mcaron@{adom}"
    annie = f"abergeronhuot@{cdom}"
    start, end = t(2026, 4, 13, 9, 0, MTL), t(2026, 4, 13, 10, 30, MTL)
    wd(start, "lundi")
    d = t(2026, 4, 7, 17, 22, MTL, 51)
    body = f"""<div>Salut Élodie,</div><div><br></div>
<div>Bonne nouvelle! Voir le message d'Annie ci-dessous&nbsp;: ils veulent te rencontrer. C'est à leurs bureaux de Québec, prévois la route (2 h 30 de Montréal). Je leur ai déjà dit que tu étais dispo, pas besoin de confirmer de ton côté.</div>
<div><br></div><div>Bonne chance, tiens-moi au courant après!</div><div>Max</div>
<div><br></div>
<div style="font-size:9pt;color:#555">Maxime Caron | Conseiller principal, recrutement finance<br>Talents Fleuve – placement de personnel<br>514 555-0188 | 1200, avenue McGill College-Est, Montréal</div>
<div><br></div>
<hr style="display:inline-block;width:98%">
<div id="divRplyFwdMsg"><b>De&nbsp;:</b> Annie Bergeron-Huot &lt;{annie}&gt;<br>
<b>Envoyé&nbsp;:</b> mardi 7 avril 2026 15:48<br>
<b>À&nbsp;:</b> Maxime Caron &lt;{max_}&gt;<br>
<b>Objet&nbsp;:</b> Rencontre – Contrôleuse corporative – É. Brassard</div>
<div><br></div>
<div>Bonjour Maxime,</div><div><br></div>
<div>Le profil de Mme Brassard nous intéresse beaucoup. Nous aimerions la rencontrer le lundi 13 avril à 9h à nos bureaux (2600, boulevard Laurier-Est, bureau 410, Québec). Prévoir 1 h 30&nbsp;: rencontre avec moi-même pour le poste de contrôleuse corporative, puis visite des bureaux.</div>
<div><br></div><div>Merci de confirmer avec elle.</div><div><br></div>
<div>Annie Bergeron-Huot, CPA<br>Vice-présidente, finances<br>Groupe Portneuf Immobilier<br>418 555-0199</div>"""
    m = mail([("From", f"Maxime Caron <{max_}>"), ("To", OWNER_HDR),
              ("Subject", "TR : Rencontre – Contrôleuse corporative – É. Brassard"),
              ("Message-ID", "<YQBPR0101MB5521A0C3D1E2F3B74FWD@YQBPR0101MB5521.CANPRD01.PROD.OUTLOOK.COM>"),
              ("Thread-Topic", "Rencontre – Contrôleuse corporative – É. Brassard"),
              ("Content-Language", "fr-CA")],
             d, html=html_wrap(body), host="YT2PR01CU001.outbound.protection.outlook.com",
             ip="40.107.193.57", seed="b74-09")
    lab = label([interview("Groupe Portneuf Immobilier", "Contrôleuse corporative", start, end, "scheduled",
                           [annie], [annie], "hiring_manager")],
                "hard", "positive/forwarded",
                "Agency recruiter forwards ('TR :') the client's message; HTML-only QP body; 'le lundi 13 avril "
                "à 9h', 1 h 30 with the VP finance (address only in the forwarded header).")
    return [("01-tr-rencontre.eml", m)], lab


# 10 Ottawa on-site itinerary, HTML only base64 -- positive onsite
@case("ottawa-journee-entrevues-itineraire-base64")
def c_ottawa():
    dom = "bytownconseil.example"
    mel = f"mcharbonneau@{dom}"
    dan, syl, rac = f"dokonkwo@{dom}", f"spaquette@{dom}", f"rkim@{dom}"
    day = (2026, 4, 21)
    start, end = t(*day, 9, 0, MTL), t(*day, 13, 30, MTL)
    wd(start, "mardi")
    d = t(2026, 4, 14, 11, 3, MTL, 27)
    rows = [("9 h 00 – 9 h 45", "Rencontre avec Daniel Okonkwo, associé, audit", dan),
            ("10 h 00 – 10 h 45", "Étude de cas avec Sylvie Paquette, directrice principale", syl),
            ("11 h 00 – 11 h 45", "Visite des bureaux avec l'équipe", ""),
            ("12 h 00 – 13 h 00", "Dîner avec l'équipe d'audit interne", ""),
            ("13 h 00 – 13 h 30", "Entretien de clôture avec Rachel Kim, associée directrice", rac)]
    trs = "".join(f"<tr><td style=\"padding:4px 12px\">{a}</td><td>{b}</td><td>{c}</td></tr>\n" for a, b, c in rows)
    body = f"""<p>Bonjour Élodie,</p>
<p>Merci de votre intérêt pour le poste de <b>Gestionnaire, audit interne</b>. Voici l'horaire de votre journée d'entrevues du <b>mardi 21 avril 2026</b> à nos bureaux d'Ottawa (heure de l'Est).</p>
<table border="1" cellspacing="0" style="border-collapse:collapse">
<tr><th>Heure</th><th>Activité</th><th>Courriel</th></tr>
{trs}</table>
<p>Adresse : 150, rue Example-Sparks, 9e étage, Ottawa (Ontario). Présentez-vous à l'accueil à 8 h 45 avec une pièce d'identité.</p>
<p>Pour toute question, n'hésitez pas à me joindre.</p>
<p>Mélissa Charbonneau<br>Coordonnatrice du recrutement | Bytown Conseil s.r.l.<br>613 555-0109 | {mel}</p>"""
    m = mail([("From", f"Mélissa Charbonneau <{mel}>"), ("To", OWNER_HDR),
              ("Subject", "Votre journée d'entrevues – Gestionnaire, audit interne – mardi 21 avril"),
              ("Message-ID", msgid("MC.itin.0414", dom))],
             d, html=html_wrap(body), html_cte="base64", host="mail.bytownconseil.example",
             ip="192.0.2.200", seed="b74-10")
    lab = label([interview("Bytown Conseil s.r.l.", "Gestionnaire, audit interne", start, end, "scheduled",
                           [dan, syl, rac], [dan, syl, rac], "onsite")],
                "hard", "positive/onsite-itinerary",
                "HTML-only base64 itinerary (table) in Ottawa: three interview sessions around a tour and "
                "lunch -> one onsite 9 h 00 to 13 h 30 -04:00; coordinator is not an interviewer.")
    return [("01-itineraire.eml", m)], lab


# 11 standalone Exchange .ics, Romance Standard Time -- positive
@case("paris-ics-autonome-romance-standard-time")
def c_standalone():
    dom = "marivaux.example"
    bea = f"b.aubrac@{dom}"
    start, end = t(2026, 5, 4, 15, 0, PAR), t(2026, 5, 4, 16, 0, PAR)
    wd(start, "lundi")
    sent = t(2026, 4, 24, 17, 40, PAR)
    desc = ("Quand : lundi 4 mai 2026 15:00-16:00 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n"
            "Où : Réunion Microsoft Teams\n\n*~*~*~*~*~*~*~*~*~*\n\nBonjour Élodie,\n\n"
            "Comme convenu avec le cabinet de recrutement, voici l'invitation pour notre entretien "
            "(visio) concernant le poste de Responsable comptable (H/F). Pour vous, ce sera 9 h à Montréal.\n\n"
            "Bien à vous,\nBéatrice Aubrac\nDirectrice administrative et financière – Éditions Marivaux SA\n"
            "12, rue Example-Jacob, 75006 Paris – +33 1 70 55 01 22")
    cal = ics_text([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        *VTZ_WIN_ROMANCE, "BEGIN:VEVENT",
        f"ORGANIZER;CN=Béatrice Aubrac:mailto:{bea}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
        "DESCRIPTION;LANGUAGE=fr-FR:" + esc(desc),
        "UID:040000008200E00074C5B7101A82E008000000009E7F1C22A4D3DC01000000000000000010000000AB12CD34EF56AB78CD90EF12AB34CD56",
        "SUMMARY;LANGUAGE=fr-FR:Entretien Élodie Brassard – Responsable comptable",
        f"DTSTART;TZID=Romance Standard Time:{local(start, PAR)}",
        f"DTEND;TZID=Romance Standard Time:{local(end, PAR)}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{utcstamp(sent)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=fr-FR:Réunion Microsoft Teams",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_MaRiVaUx04%40thread.v2/0",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"])
    lab = label([interview("Éditions Marivaux SA", "Responsable comptable (H/F)", start, end, "scheduled",
                           [bea], [bea], "hiring_manager")],
                "medium", "positive/standalone-ics",
                "Standalone Exchange .ics with TZID 'Romance Standard Time'; display label says UTC+01:00 but "
                "4 May is CEST (+02:00) = 9 h Montreal.")
    return [("01-entretien-marivaux.ics", cal.encode())], lab


# 12 final coffee with the CEO 'demain midi' -- positive relative date
@case("cafe-ceo-demain-midi-derniere-etape")
def c_cafe():
    dom = "lumenpaie.example"
    kar = f"kdube@{dom}"
    oli = f"osaintpierre@{dom}"
    d1 = t(2026, 4, 23, 16, 48, MTL, 10)
    wd(d1, "jeudi")
    start = t(2026, 4, 24, 12, 0, MTL)
    t1 = f"""Salut Élodie!

Merci encore pour ce matin, l'équipe a adoré ton cas de fin de mois. Dernière
étape avant qu'on te fasse une offre pour le poste de Responsable de la
comptabilité : un café avec Olivier, notre CEO. Il est dispo demain midi au
Café Sillon (4120, rue Example-Rachel, coin Saint-Denis). Est-ce que ça te va?
Je le mets en copie.

Karine

--
Karine Dubé | VP Opérations | Lumen Paie inc.
514 555-0170
"""
    m1 = mail([("From", f"Karine Dubé <{kar}>"), ("To", OWNER_HDR), ("Cc", f"Olivier Saint-Pierre <{oli}>"),
               ("Subject", "Dernière étape : café avec Olivier"),
               ("Message-ID", msgid("CAKd.0423.cafe", dom))],
              d1, text=t1, text_cte="8bit", host="mail-qk1-f180.google.com", ip="209.85.222.180",
              seed="b74-12a")
    d2 = t(2026, 4, 23, 17, 30, MTL, 2)
    q1 = "\n".join(("> " + l) if l else ">" for l in t1.rstrip("\n").split("\n"))
    t2 = f"""Parfait pour moi. À demain midi au Sillon, je vais avoir un coton ouaté
Lumen, tu vas me reconnaître :)

Olivier

Le jeu. 23 avr. 2026, à 17 h 12, Élodie Brassard <{OWNER}> a écrit :
> Bonjour Karine, bonjour Olivier,
>
> Avec plaisir! Demain midi, c'est parfait pour moi.
>
> Élodie
>
> Le jeu. 23 avr. 2026, à 16 h 48, Karine Dubé <{kar}> a écrit :
{chr(10).join('> ' + l for l in q1.split(chr(10)))}
"""
    m2 = mail([("From", f"Olivier Saint-Pierre <{oli}>"), ("To", OWNER_HDR), ("Cc", f"Karine Dubé <{kar}>"),
               ("Subject", "Re: Dernière étape : café avec Olivier"),
               ("Message-ID", msgid("CAOsp.0423.re", dom)), ("In-Reply-To", msgid("CAEb74u12.ok", "mail.example")),
               ("References", msgid("CAKd.0423.cafe", dom) + " " + msgid("CAEb74u12.ok", "mail.example"))],
              d2, text=t2, text_cte="quoted-printable", host="mail-qk1-f181.google.com", ip="209.85.222.181",
              seed="b74-12b")
    lab = label([interview("Lumen Paie inc.", "Responsable de la comptabilité", start, None, "scheduled",
                           [oli], [oli], "other")],
                "hard", "positive/coffee-chat-relative-date",
                "Final-step coffee with the CEO, explicitly a process step; 'demain midi' resolved against "
                "Thu 23 Apr -> Fri 24 Apr 12:00 -04:00; no duration -> end null.")
    return [("01-karine-cafe.eml", m1), ("02-re-olivier.eml", m2)], lab


# 13 Brussels: proposal, move by partner (German calendar '14:00 Uhr'), confirmation -- positive reschedule
@case("bruxelles-report-jeudi-14-uhr")
def c_uhr():
    dom = "delcourt-schroder.example"
    nadia = f"nelamrani@{dom}"
    jens = f"jschroder@{dom}"
    s0 = t(2026, 5, 6, 14, 0, BRU)
    start, end = t(2026, 5, 7, 14, 0, BRU), t(2026, 5, 7, 15, 0, BRU)
    wd(s0, "mercredi"), wd(start, "jeudi")
    assert s0.astimezone(MTL).hour == 8
    d1 = t(2026, 4, 28, 10, 2, BRU, 33)
    t1 = f"""Chère Madame Brassard,

Suite à votre candidature au poste d'Auditrice senior (IFRS), M. Jens
Schröder, associé, vous propose un entretien technique (cas pratique IFRS, en
visio) le mercredi 6 mai à 14h (heure de Bruxelles), soit 8h à Montréal.
Durée prévue : 1 heure. Le lien Teams vous sera communiqué la veille.

Je reste à votre disposition.

Bien cordialement,
Nadia El Amrani
Office manager – Delcourt Schröder, réviseurs d'entreprises
Rue Example-Royale 71, 1000 Bruxelles – +32 2 555 71 40
"""
    m1 = mail([("From", f"Nadia El Amrani <{nadia}>"), ("To", OWNER_HDR), ("Cc", f"Jens Schröder <{jens}>"),
               ("Subject", "Entretien technique – Auditrice senior (IFRS)"),
               ("Message-ID", msgid("NEA.0428", dom))],
              d1, text=t1, host="mail.delcourt-schroder.example", ip="203.0.113.140", seed="b74-13a")
    d2 = t(2026, 4, 30, 18, 11, BRU, 9)
    t2 = f"""Dear Ms Brassard,

Apologies: a client closing meeting is now running over on Wednesday. Could
we move our call to Thursday 7 May, same time? I copy my calendar entry below
(my Outlook is in German, sorry). Nadia will confirm.

  Betreff: Fallstudie IFRS – Frau Brassard (Teams)
  Termin:  Donnerstag, 7. Mai 2026, 14:00 Uhr – 15:00 Uhr (Brüssel)

Best regards,
Jens Schröder
Partner | Delcourt Schröder
+32 2 555 71 44
"""
    m2 = mail([("From", f"Jens Schröder <{jens}>"), ("To", OWNER_HDR), ("Cc", f"Nadia El Amrani <{nadia}>"),
               ("Subject", "AW: Entretien technique – Auditrice senior (IFRS)"),
               ("Message-ID", msgid("JS.0430", dom)), ("In-Reply-To", msgid("NEA.0428", dom))],
              d2, text=t2, text_cte="base64", host="mail.delcourt-schroder.example", ip="203.0.113.140",
              seed="b74-13b")
    d3 = t(2026, 5, 1, 9, 15, BRU, 48)
    t3 = """Chère Madame Brassard,

Merci pour votre retour rapide. Je vous confirme donc l'entretien avec
M. Schröder le jeudi 7 mai à 14 h (Bruxelles) / 8 h (Montréal), durée 1 h.
Lien Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_DcLsCh07%40thread.v2/0

Bien cordialement,
Nadia El Amrani
"""
    m3 = mail([("From", f"Nadia El Amrani <{nadia}>"), ("To", OWNER_HDR), ("Cc", f"Jens Schröder <{jens}>"),
               ("Subject", "RE: AW: Entretien technique – Auditrice senior (IFRS)"),
               ("Message-ID", msgid("NEA.0501", dom)), ("In-Reply-To", msgid("JS.0430", dom))],
              d3, text=t3, host="mail.delcourt-schroder.example", ip="203.0.113.140", seed="b74-13c")
    lab = label([interview("Delcourt Schröder", "Auditrice senior (IFRS)", start, end, "scheduled",
                           [jens], [jens], "technical")],
                "hard", "positive/reschedule-email",
                "Wed 6 May 14h Brussels moved by the partner (German calendar line '14:00 Uhr') to Thu 7 May "
                "14:00-15:00 +02:00, confirmed by the office manager.")
    return [("01-proposition.eml", m1), ("02-aw-report.eml", m2), ("03-re-confirmation.eml", m3)], lab


# ======================================================================  NEGATIVES
@case("ordre-comptables-entrevue-admission")
def n_ordre():
    dom = "ocpq.example"
    start, end = t(2026, 4, 15, 10, 30, MTL), t(2026, 4, 15, 11, 15, MTL)
    wd(start, "mercredi")
    sent = t(2026, 3, 31, 8, 0, MTL, 5)
    cal = ics_text([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//OCPQ//Admission//FR", "METHOD:REQUEST", *VTZ_TORONTO,
        "BEGIN:VEVENT", "UID:adm-2026-04417@ocpq.example", f"DTSTAMP:{utcstamp(sent)}",
        f"DTSTART;TZID=America/Toronto:{local(start, MTL)}", f"DTEND;TZID=America/Toronto:{local(end, MTL)}",
        "SUMMARY:Entrevue d'admission – Comité d'admission (dossier 2026-04417)",
        f"ORGANIZER;CN=Service de l'admission:mailto:admission@{dom}",
        attendee(OWNER_NAME, OWNER),
        "LOCATION:Visioconférence – lien transmis 48 h avant",
        "DESCRIPTION:" + esc("Entrevue d'admission des candidats formés hors Québec. Durée : 45 minutes."),
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    text = """Madame Élodie Brassard,

Dans le cadre de l'étude de votre demande de permis (voie des candidats
formés hors Québec – diplôme d'expertise comptable, France), le comité
d'admission vous convoque à une entrevue d'admission :

  Date : le mercredi 15 avril 2026
  Heure : 10 h 30 (heure de l'Est), durée 45 minutes
  Mode : visioconférence

Cette entrevue vise à évaluer votre connaissance du cadre déontologique et
réglementaire québécois. Elle ne constitue pas un examen. Veuillez avoir en
main une pièce d'identité avec photo.

Nous vous rappelons que l'obtention du permis est requise pour porter le
titre et pour certains postes offerts par les employeurs.

Service de l'admission
Ordre des comptables professionnels du Québec (OCPQ)
Ce courriel est envoyé automatiquement; merci de ne pas y répondre.
"""
    m = mail([("From", f"OCPQ – Admission <ne-pas-repondre@{dom}>"), ("To", OWNER_HDR),
              ("Subject", "Convocation – Entrevue d'admission – Dossier 2026-04417"),
              ("Message-ID", msgid("adm.2026-04417.conv", dom))],
             sent, text=text, host="smtp.ocpq.example", ip="198.51.100.9",
             attachments=[(cal.encode(), "text", "calendar", "entrevue-admission.ics")], seed="b74-n1")
    lab = label([], "hard", "negative/admission-interview",
                "Professional-order admission interview (non-job interview) with .ics; not a hiring process.")
    return [("01-convocation-ordre.eml", m)], lab


@case("banque-rencontre-conseillere-hypothecaire")
def n_bank():
    dom = "banqueerabliere.example"
    start, end = t(2026, 3, 19, 14, 30, MTL), t(2026, 3, 19, 15, 30, MTL)
    wd(start, "jeudi")
    sent = t(2026, 3, 12, 12, 4, MTL, 30)
    cal = ics_text([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Banque Erabliere//RDV//FR", "METHOD:PUBLISH",
        "BEGIN:VEVENT", "UID:rdv-55120933@banqueerabliere.example", f"DTSTAMP:{utcstamp(sent)}",
        f"DTSTART:{utcstamp(start)}", f"DTEND:{utcstamp(end)}",
        "SUMMARY:Rencontre avec votre conseillère – Banque Érablière",
        "LOCATION:Centre financier Plateau\\, 4300 rue Example-Saint-Denis\\, Montréal",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    body = """<p>Bonjour Élodie,</p>
<p>Votre rendez-vous est confirmé.</p>
<p><b>Rencontre avec votre conseillère</b><br>Roxanne Pelletier, conseillère en finances personnelles<br>
Le jeudi 19 mars 2026 à 14 h 30 (durée : 60 min)<br>Centre financier Plateau, 4300, rue Example-Saint-Denis, Montréal</p>
<p><b>Objet :</b> préautorisation hypothécaire</p>
<p>Pour bien préparer votre entrevue de crédit, apportez :</p>
<ul><li>vos deux derniers talons de paie ou, si vous êtes en transition d'emploi, votre offre d'emploi signée ou la lettre de votre futur employeur;</li>
<li>votre dernier avis de cotisation;</li><li>une pièce d'identité.</li></ul>
<p>Vous cherchez un nouvel emploi? Nos conseillers peuvent aussi vous aider à planifier votre budget pendant la période de candidature.</p>
<p>Pour modifier ou annuler : 1 800 555-0100 ou l'application Érablière.</p>
<p style="color:#777;font-size:9pt">Banque Érablière – Ne répondez pas à ce courriel.</p>"""
    m = mail([("From", f"Banque Érablière <rendezvous@{dom}>"), ("To", OWNER),
              ("Subject", "Confirmation : rencontre avec votre conseillère le 19 mars à 14 h 30"),
              ("Message-ID", msgid("rdv.55120933", dom))],
             sent, text=None, html=html_wrap(body, "Arial,sans-serif"), host="out.banqueerabliere.example",
             ip="198.51.100.66", attachments=[(cal.encode(), "text", "calendar", "rendez-vous.ics")], seed="b74-n2")
    lab = label([], "hard", "negative/bank-appointment",
                "Bank 'rencontre avec votre conseillère' / 'entrevue de crédit' with .ics, mentions job offer; "
                "not a job interview.")
    return [("01-confirmation-rencontre.eml", m)], lab


@case("service-canada-entrevue-assurance-emploi")
def n_gov():
    dom = "servicecanada.example"
    start = t(2026, 4, 7, 9, 0, MTL)
    wd(start, "mardi")
    sent = t(2026, 3, 30, 7, 31, MTL, 12)
    text = """Bonjour,

Un agent ou une agente de Service Canada communiquera avec vous par
téléphone pour une entrevue concernant votre demande d'assurance-emploi
(no de demande : 0-448-210-77).

  Date : mardi 7 avril 2026
  Heure : 9 h (heure de l'Est)
  Durée approximative : 30 minutes

Au cours de l'entrevue, on vous demandera des renseignements sur votre
recherche d'emploi : employeurs contactés, candidatures envoyées, entrevues
d'embauche passées ou prévues, et votre disponibilité pour travailler.
Ayez en main votre relevé d'emploi et votre numéro d'assurance sociale.

Si vous ne pouvez pas être joint(e) à ce moment, composez le
1 800 555-0155 au moins 24 heures à l'avance.

Ne répondez pas à ce courriel.

Service Canada – Assurance-emploi
/ Service Canada – Employment Insurance (English follows)

Hello, a Service Canada agent will call you for an interview about your
Employment Insurance claim on Tuesday, April 7, 2026 at 9:00 a.m. (ET).
"""
    m = mail([("From", f"Service Canada <ne-pas-repondre-noreply@{dom}>"), ("To", OWNER_HDR),
              ("Subject", "Rendez-vous téléphonique – entrevue assurance-emploi / EI interview appointment"),
              ("Message-ID", msgid("ae.0-448-210-77.rdv", dom))],
             sent, text=text, text_cte="base64", host="mx.servicecanada.example", ip="198.51.100.200",
             seed="b74-n3")
    lab = label([], "medium", "negative/government-appointment",
                "Employment-insurance phone 'entrevue' appointment; talks about job search and interviews "
                "but is not a job interview.")
    return [("01-service-canada-rdv.eml", m)], lab


@case("refus-apres-entrevue-recrutis")
def n_reject():
    dom = "champlain-mutuelle.example"
    sent = t(2026, 3, 31, 15, 10, MTL, 0)
    text = """Bonjour Élodie,

Merci d'avoir pris le temps de nous rencontrer lors de votre entrevue du
mardi 24 mars à 14 h 30 pour le poste de Comptable – Réassurance.

Après mûre réflexion, nous avons décidé de poursuivre le processus avec une
autre candidature dont le profil correspond davantage à nos besoins actuels.
Cette décision a été difficile compte tenu de la qualité des candidats
rencontrés.

Nous conserverons votre dossier dans notre banque de candidatures et
pourrions vous recontacter pour une entrevue si un poste correspondant à
votre profil se libère.

Nous vous souhaitons beaucoup de succès dans vos démarches.

L'équipe Acquisition de talents
Assurances Mutuelles Champlain

--
Envoyé par Recrutis pour le compte d'Assurances Mutuelles Champlain.
"""
    m = mail([("From", "Assurances Mutuelles Champlain <ne-pas-repondre@recrutis.example>"),
              ("To", OWNER_HDR), ("Subject", "Votre candidature – Comptable – Réassurance"),
              ("Message-ID", msgid("b71e90aa3c.refus", "recrutis.example"))],
             sent, text=text, host="mta3.recrutis.example", ip="198.51.100.34", seed="b74-n4")
    lab = label([], "medium", "negative/rejection",
                "ATS rejection that names the past interview date and time; no interview to track.")
    return [("01-refus.eml", m)], lab


@case("salon-emploi-inscription-entrevues-eclair")
def n_fair():
    dom = "emploiboreal.example"
    start, end = t(2026, 4, 18, 10, 0, MTL), t(2026, 4, 18, 16, 0, MTL)
    wd(start, "samedi")
    sent = t(2026, 4, 2, 19, 45, MTL, 51)
    cal = ics_text([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//EmploiBoreal//Evenements//FR", "METHOD:PUBLISH",
        *VTZ_TORONTO, "BEGIN:VEVENT", "UID:salon-cf-mtl-2026-4471@emploiboreal.example",
        f"DTSTAMP:{utcstamp(sent)}",
        f"DTSTART;TZID=America/Toronto:{local(start, MTL)}", f"DTEND;TZID=America/Toronto:{local(end, MTL)}",
        "SUMMARY:Salon Carrières Comptabilité & Finance – Montréal",
        "LOCATION:Centre des congrès Maisonneuve\\, salle 220\\, Montréal",
        "DESCRIPTION:" + esc("Entrevues éclair avec plus de 40 employeurs. Candidat·e no 4471."),
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    html = html_wrap("""<h2>Votre inscription est confirmée!</h2>
<p>Bonjour Élodie,</p>
<p>Merci de vous être inscrite au <b>Salon Carrières Comptabilité &amp; Finance – Montréal</b>.</p>
<p>📅 Samedi 18 avril 2026, de 10 h à 16 h<br>📍 Centre des congrès Maisonneuve, salle 220</p>
<p>Sur place : <b>entrevues éclair</b> de 10 minutes avec plus de 40 employeurs qui recrutent (comptables, analystes, contrôleurs), ateliers CV et photo professionnelle gratuite.</p>
<p>Votre numéro de candidat·e : <b>4471</b>. Apportez plusieurs copies de votre CV!</p>
<p>À bientôt,<br>L'équipe EmploiBoréal</p>
<p style="font-size:8pt;color:#888">EmploiBoréal – le babillard d'emplois du Québec. Se désabonner.</p>""", "Arial,sans-serif")
    text = ("Votre inscription est confirmée!\n\nSalon Carrières Comptabilité & Finance – Montréal\n"
            "Samedi 18 avril 2026, de 10 h à 16 h – Centre des congrès Maisonneuve, salle 220\n"
            "Entrevues éclair avec plus de 40 employeurs. Candidat·e no 4471.\n")
    m = mail([("From", f"EmploiBoréal Événements <evenements@{dom}>"), ("To", OWNER_HDR),
              ("Subject", "Inscription confirmée – Salon Carrières Comptabilité & Finance (18 avril)"),
              ("Message-ID", msgid("evt.4471.confirm", dom))],
             sent, text=text, html=html, host="mailer.emploiboreal.example", ip="198.51.100.150",
             attachments=[(cal.encode(), "text", "calendar", "salon.ics")], seed="b74-n5")
    lab = label([], "hard", "negative/job-fair",
                "Job-fair registration with .ics and 'entrevues éclair' with employers; not a scheduled interview.")
    return [("01-inscription-salon.eml", m)], lab


@case("emploiboreal-alerte-offres")
def n_alert():
    dom = "emploiboreal.example"
    sent = t(2026, 3, 18, 6, 30, MTL)
    jobs = [("Comptable senior", "Groupe Example-Alimentaire", "Laval", "Entrevues dès la semaine prochaine!"),
            ("Analyste financier(ère)", "Ville-Example-sur-Richelieu", "Hybride", "Processus : appel de présélection puis entrevue"),
            ("Contrôleur(euse) adjoint(e)", "Manufacturier Example inc.", "Drummondville", "Candidature simple, entrevue rapide")]
    items = "".join(f"<tr><td><b>{a}</b><br>{b} – {c}<br><i>{d}</i><br><a href=\"https://www.emploiboreal.example/o/{i}\">Postuler</a></td></tr>"
                    for i, (a, b, c, d) in enumerate(jobs, 1044))
    html = html_wrap(f"""<p>Bonjour Élodie,</p><p>3 nouvelles offres correspondent à votre alerte « comptable – Montréal et environs ».</p>
<table>{items}</table>
<p>Conseil de la semaine : préparez votre prochaine entrevue avec notre guide « 10 questions d'entrevue en comptabilité ».</p>
<p style="font-size:8pt">Vous recevez ce courriel parce que vous avez créé une alerte sur EmploiBoréal. Se désabonner.</p>""", "Arial,sans-serif")
    m = mail([("From", f"Alertes EmploiBoréal <alertes@{dom}>"), ("To", OWNER),
              ("Subject", "3 nouvelles offres : Comptable senior – entrevues dès la semaine prochaine"),
              ("Message-ID", msgid("alert.20260318.ebrassard", dom)),
              ("List-Unsubscribe", "<https://www.emploiboreal.example/desabonner?u=ebrassard>")],
             sent, html=html, host="mailer.emploiboreal.example", ip="198.51.100.150", seed="b74-n6")
    lab = label([], "easy", "negative/job-alert", "Quebec job-board alert with interview wording.")
    return [("01-alerte.eml", m)], lab


@case("demande-disponibilites-lien-creneau")
def n_avail():
    dom = "beaumont-financier.example"
    who = f"jpmorin@{dom}"
    sent = t(2026, 4, 9, 13, 55, MTL, 4)
    text = f"""Bonjour Élodie,

J'ai bien aimé votre profil pour notre poste de Comptable, consolidation.
J'aimerais planifier un appel de présélection de 20 minutes avec vous.

Pourriez-vous réserver un créneau directement dans mon agenda d'ici vendredi :
https://creneau.example/jp-morin/preselection-20

Sinon, indiquez-moi vos disponibilités : je suis libre mardi ou mercredi
prochain entre 9 h et 11 h (HAE), ou jeudi après 14 h 30.

Au plaisir d'échanger,

Jean-Philippe Morin
Recruteur, finances – Services financiers Beaumont
514 555-0193
"""
    m = mail([("From", f"Jean-Philippe Morin <{who}>"), ("To", OWNER_HDR),
              ("Subject", "Appel de présélection – Comptable, consolidation"),
              ("Message-ID", msgid("JPM.0409", dom))],
             sent, text=text, host="mail.beaumont-financier.example", ip="192.0.2.45", seed="b74-n7")
    lab = label([], "hard", "negative/availability-request",
                "Recruiter asks for availability / unbooked scheduling link for an 'appel de présélection'.")
    return [("01-demande-disponibilites.eml", m)], lab


@case("entrevue-video-differee-a-completer")
def n_oneway():
    dom = "videopremier.example"
    sent = t(2026, 3, 23, 9, 0, MTL, 17)
    html = html_wrap("""<p>Bonjour Élodie,</p>
<p><b>Services comptables Rive-Nord</b> vous invite à compléter une <b>entrevue vidéo différée</b> pour le poste de <b>Comptable intermédiaire</b>.</p>
<p>Vous répondrez à 5 questions enregistrées (2 minutes par réponse, 30 secondes de préparation). Aucun recruteur ne sera en ligne : vos réponses seront visionnées plus tard par l'équipe.</p>
<p><b>Date limite :</b> vendredi 27 mars 2026, 23 h 59 (HAE)</p>
<p><a href="https://app.videopremier.example/i/8f2c91">Commencer mon entrevue</a></p>
<p>Astuce : testez votre caméra et votre micro avant de commencer.</p>
<p>L'équipe VidéoPremier, au nom de Services comptables Rive-Nord</p>""", "Arial,sans-serif")
    m = mail([("From", f"Services comptables Rive-Nord via VidéoPremier <invitations@{dom}>"), ("To", OWNER_HDR),
              ("Subject", "Invitation : entrevue vidéo – Comptable intermédiaire"),
              ("Message-ID", msgid("inv.8f2c91", dom))],
             sent, html=html, html_cte="base64", host="out.videopremier.example", ip="198.51.100.88",
             seed="b74-n8")
    lab = label([], "hard", "negative/one-way-video",
                "One-way (asynchronous) video interview with a deadline; not a live conversation.")
    return [("01-entrevue-video-differee.eml", m)], lab


@case("simulation-entrevue-organisme-emploi")
def n_mock():
    dom = "acces-carriere.example"
    mir = f"mireille.roy@{dom}"
    sent = t(2026, 4, 8, 10, 12, MTL, 40)
    t1 = f"""Bonjour Élodie,

Tel que convenu lors de notre dernier suivi, je te confirme notre
simulation d'entrevue pour un poste de comptable senior :

  le mardi 14 avril à 18 h 30, à nos locaux (2e étage), environ 1 h.

Je jouerai le rôle de la recruteuse et mon collègue Samuel celui du
contrôleur; on filmera l'exercice pour le revoir ensemble ensuite.
Apporte une offre d'emploi réelle qui t'intéresse pour qu'on s'en serve comme
base. Ce service est gratuit pour les personnes inscrites à notre programme.

Bonne journée!

Mireille Roy
Conseillère d'orientation
Accès-Carrière Plateau – organisme d'aide à l'emploi
4455, rue Example-Papineau, Montréal | 514 555-0114
"""
    m = mail([("From", f"Mireille Roy <{mir}>"), ("To", OWNER_HDR),
              ("Subject", "Confirmation – simulation d'entrevue mardi 14 avril"),
              ("Message-ID", msgid("MR.0408", dom))],
             sent, text=t1, host="mail.acces-carriere.example", ip="192.0.2.99", seed="b74-n9")
    lab = label([], "hard", "negative/mock-interview",
                "Mock interview with an employment-help organisation; dated and timed but not a hiring process.")
    return [("01-simulation-entrevue.eml", m)], lab


# ======================================================================
ORDER = [  # interleave positives and negatives so that the number does not reveal the class
    "recrutis-entrevue-confirmation-ics", "ordre-comptables-entrevue-admission",
    "outlook-fr-entrevue-mis-a-jour-panel", "paris-cabinet-entretien-fil-ecart-dst",
    "banque-rencontre-conseillere-hypothecaire", "bruxelles-entretien-technique-mail-et-invitation",
    "slotwise-booking-pst-label", "service-canada-entrevue-assurance-emploi",
    "toronto-preselection-puis-technique-gcal", "outlook-entrevue-annule-gel-embauche",
    "refus-apres-entrevue-recrutis", "entrevue-levis-retrait-candidature",
    "agence-tr-rencontre-quebec-html", "salon-emploi-inscription-entrevues-eclair",
    "ottawa-journee-entrevues-itineraire-base64", "emploiboreal-alerte-offres",
    "paris-ics-autonome-romance-standard-time", "demande-disponibilites-lien-creneau",
    "cafe-ceo-demain-midi-derniere-etape", "entrevue-video-differee-a-completer",
    "bruxelles-report-jeudi-14-uhr", "simulation-entrevue-organisme-emploi",
]


def main():
    fns = dict(CASES)
    assert sorted(ORDER) == sorted(fns), set(ORDER) ^ set(fns)
    for old in HERE.glob("b74-*"):
        if old.is_dir():
            shutil.rmtree(old)
    labels = {}
    for n, slug in enumerate(ORDER, 1):
        cid = f"b74-{n:02d}-{slug}"
        items, lab = fns[slug]()
        d = HERE / cid
        d.mkdir()
        for fn, data in items:
            (d / fn).write_bytes(data)
        labels[cid] = lab
    with open(HERE / "labels.yaml", "w", encoding="utf-8") as f:
        f.write("# blind74 labels (written blind; all names invented). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=100)
    print(f"wrote {len(labels)} cases")


if __name__ == "__main__":
    main()
