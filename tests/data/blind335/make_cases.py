#!/usr/bin/env python3
"""Generate the blind335 evaluation set (Dakar, French/Wolof/English mailbox).

Deletes and rewrites every b335-* case folder, labels.yaml and README.md next to this
script. Output is byte-identical on every run (all ids/boundaries derive from a seed hash).
Standard library + PyYAML + zoneinfo only.
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
import textwrap
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind335/dakar-2026"
OWNER = "aminata.diop@example.com"
OWNER_NAME = "Aminata Diop"
UTC = timezone.utc

# ---------------------------------------------------------------- time helpers
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
FR_WD = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
FR_WD_AB = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
FR_MO = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
         "septembre", "octobre", "novembre", "décembre"]
FR_MO_AB = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
            "oct.", "nov.", "déc."]
EN_WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MO = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
WO_WD = ["Altine", "Talaata", "Àllarba", "Alxames", "Àjjuma", "Gaawu", "Dibéer"]


def D(y, mo, d, h, mi, tz, wd, off, s=0):
    """Aware datetime; asserts the weekday and the UTC offset (hours) via zoneinfo."""
    dt = datetime(y, mo, d, h, mi, s, tzinfo=ZoneInfo(tz))
    assert WD_EN[dt.weekday()] == wd, (dt, wd)
    assert dt.utcoffset() == timedelta(hours=off), (dt, dt.utcoffset(), off)
    return dt


def check_dst_2026():
    def off(tz, *a):
        return datetime(*a, tzinfo=ZoneInfo(tz)).utcoffset()
    h = lambda x: timedelta(hours=x)
    # EU/UK: last Sunday of March / October
    assert off("Europe/Paris", 2026, 3, 29, 0, 30) == h(1) and off("Europe/Paris", 2026, 3, 29, 4) == h(2)
    assert off("Europe/Paris", 2026, 10, 25, 0, 30) == h(2) and off("Europe/Paris", 2026, 10, 25, 4) == h(1)
    assert off("Europe/London", 2026, 10, 25, 4) == h(0) and off("Europe/London", 2026, 10, 24, 12) == h(1)
    # US/Canada: second Sunday of March / first Sunday of November
    assert off("America/Toronto", 2026, 3, 8, 1) == h(-5) and off("America/Toronto", 2026, 3, 8, 4) == h(-4)
    assert off("America/Toronto", 2026, 10, 31, 12) == h(-4) and off("America/Toronto", 2026, 11, 1, 4) == h(-5)
    assert off("America/New_York", 2026, 11, 1, 4) == h(-5)
    # West Africa: no DST at all
    for tz in ("Africa/Dakar", "Africa/Abidjan"):
        for mo in (1, 3, 6, 10, 11, 12):
            assert off(tz, 2026, mo, 15, 12) == h(0)
    assert datetime(2026, 10, 25).weekday() == 6 and datetime(2026, 11, 1).weekday() == 6
    assert datetime(2026, 3, 8).weekday() == 6 and datetime(2026, 3, 29).weekday() == 6


def fr_date(dt, year=False):
    day = "1er" if dt.day == 1 else str(dt.day)
    s = f"{FR_WD[dt.weekday()]} {day} {FR_MO[dt.month - 1]}"
    return s + (f" {dt.year}" if year else "")


def en_date(dt, year=False):
    s = f"{EN_WD[dt.weekday()]}, {EN_MO[dt.month - 1]} {dt.day}"
    return s + (f", {dt.year}" if year else "")


def iso(dt):
    return dt.isoformat() if dt is not None else None


def ical_utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ical_local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


# ---------------------------------------------------------------- id helpers
def hx(*parts, n=32):
    return hashlib.sha256("|".join((SEED,) + parts).encode()).hexdigest()[:n]


def alnum(*parts, n=26):
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    digest = hashlib.sha256("|".join((SEED, "an") + parts).encode()).digest()
    digest += hashlib.sha256(digest).digest()
    return "".join(alphabet[b % 36] for b in digest[:n])


def mid(seed, domain):
    return f"<{hx('mid', seed, n=20)}.{hx('mid2', seed, n=8)}@{domain}>"


def outlook_mid(seed):
    a = hx("olk", seed, n=12).upper()
    return f"<PAZP264MB{a}{hx('olk2', seed, n=4).upper()}@PAZP264MB{a[:4]}.FRAP264.PROD.OUTLOOK.COM>"


def google_mid(seed):
    h = hx("gmid", seed, n=32)
    return f"<calendar-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@google.com>"


def google_boundary(seed):
    return "0000000000" + hx("gb", seed, n=14)


# ---------------------------------------------------------------- MIME helpers
def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return "\n".join(textwrap.wrap(base64.b64encode(data).decode("ascii"), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def leaf(ctype, content, cte, extra=()):
    if cte == "base64":
        body = b64(content)
    elif cte == "quoted-printable":
        body = qp(content)
    else:
        body = content
    return ([("Content-Type", ctype)] + list(extra) + [("Content-Transfer-Encoding", cte)], body)


def multi(subtype, parts, boundary):
    out = []
    for hdrs, body in parts:
        out.append(f"--{boundary}\n" + "".join(f"{k}: {v}\n" for k, v in hdrs) + "\n"
                   + body.rstrip("\n") + "\n")
    return ([("Content-Type", f'multipart/{subtype}; boundary="{boundary}"')],
            "\n".join(out) + f"\n--{boundary}--\n")


def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", header_name="Subject").encode()


def A(name, email):
    return formataddr((name, email), charset="utf-8") if name else email


def AL(people):
    return ", ".join(A(n, e) for n, e in people)


def to_html(text, font="Calibri,Arial,sans-serif"):
    paras = []
    for block in text.strip("\n").split("\n\n"):
        paras.append("<p>" + "<br>\n".join(html.escape(x, quote=False) for x in block.split("\n")) + "</p>")
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:11pt">\n' + "\n".join(paras)
            + "\n</div></body></html>\n")


def eml(seed, date, frm, to, subject, part, cc=None, reply_to=None, irt=None, refs=None,
        extra=(), msgid=None, sender=None, relay=None, return_path=None):
    """frm/reply_to/sender: (name, email); to/cc: list of (name, email)."""
    fdom = frm[1].split("@")[1]
    msgid = msgid or mid(seed, fdom)
    relay = relay or f"mail.{fdom}"
    ip = ".".join(str(int(hx("ip", seed, n=8)[i:i + 2], 16)) for i in (0, 2, 4, 6))
    recv_date = format_datetime((date + timedelta(seconds=3)).astimezone(UTC))
    H = [("Delivered-To", OWNER),
         ("Received", f"from {relay} ({relay} [{ip}])\n        by mx.example.com with ESMTPS id "
                      f"{alnum('rid', seed, n=12)}\n        for <{OWNER}>;\n        {recv_date}"),
         ("Return-Path", f"<{return_path or frm[1]}>")]
    H.append(("From", A(*frm)))
    if sender:
        H.append(("Sender", A(*sender)))
    if reply_to:
        H.append(("Reply-To", A(*reply_to)))
    H.append(("To", AL(to)))
    if cc:
        H.append(("Cc", AL(cc)))
    H += [("Subject", enc_subject(subject)), ("Date", format_datetime(date)), ("Message-ID", msgid)]
    if irt:
        H.append(("In-Reply-To", irt))
    if refs:
        H.append(("References", " ".join(refs) if len(" ".join(refs)) < 900 else "\n ".join(refs)))
    H += list(extra)
    H.append(("MIME-Version", "1.0"))
    ph, pb = part
    text = "".join(f"{k}: {v}\n" for k, v in H + ph) + "\n" + pb
    return text.encode("utf-8"), msgid


# ---------------------------------------------------------------- iCalendar helpers
def fold(line):
    if len(line.encode("utf-8")) <= 75:
        return line
    out, cur, limit = [], "", 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur, limit = ch, 74
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


VTZ = {
    "Africa/Dakar": ["BEGIN:VTIMEZONE", "TZID:Africa/Dakar", "X-LIC-LOCATION:Africa/Dakar",
                     "BEGIN:STANDARD", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0000", "TZNAME:GMT",
                     "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Africa/Abidjan": ["BEGIN:VTIMEZONE", "TZID:Africa/Abidjan", "X-LIC-LOCATION:Africa/Abidjan",
                       "BEGIN:STANDARD", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0000", "TZNAME:GMT",
                       "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Greenwich Standard Time": ["BEGIN:VTIMEZONE", "TZID:Greenwich Standard Time", "BEGIN:STANDARD",
                                "DTSTART:16010101T000000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0000",
                                "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
                                "TZOFFSETFROM:+0000", "TZOFFSETTO:+0000", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Eastern Standard Time": ["BEGIN:VTIMEZONE", "TZID:Eastern Standard Time", "BEGIN:STANDARD",
                              "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
                              "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
                              "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500",
                              "TZOFFSETTO:-0400", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3",
                              "END:DAYLIGHT", "END:VTIMEZONE"],
}


def attendee_line(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp}"
                f";CN={name or email};X-NUM-GUESTS=0:mailto:{email}")
    cn = f'CN="{name}";' if name else ""
    return f"ATTENDEE;{cn}ROLE={role};PARTSTAT={partstat};RSVP={rsvp}:mailto:{email}"


def google_ics(uid, seq, start, end, stamp, organizer, guests, summary, description, location,
               method="REQUEST", status="CONFIRMED", meet=None):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
         f"DTSTART:{ical_utc(start)}", f"DTEND:{ical_utc(end)}", f"DTSTAMP:{ical_utc(stamp)}",
         f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for n, e, ps in guests:
        L.append(attendee_line(n, e, ps, google=True))
    if meet:
        L.append(f"X-GOOGLE-CONFERENCE:{meet}")
    L += [f"CREATED:{ical_utc(stamp - timedelta(minutes=3))}", f"DESCRIPTION:{esc(description)}",
          f"LAST-MODIFIED:{ical_utc(stamp)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
          f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ics(L)


def exchange_ics(uid, seq, tzid, start, end, stamp, organizer, attendees, summary, description,
                 location, method="REQUEST", status="CONFIRMED", lang="fr-FR", teams=None):
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    L += VTZ[tzid]
    L += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, e in attendees:
        L.append(attendee_line(n, e))
    L += [f"DESCRIPTION;LANGUAGE={lang}:{esc(description)}", f"UID:{uid}",
          f"SUMMARY;LANGUAGE={lang}:{esc(summary)}",
          f"DTSTART;TZID={tzid}:{ical_local(start)}", f"DTEND;TZID={tzid}:{ical_local(end)}",
          "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{ical_utc(stamp)}", "TRANSP:OPAQUE",
          f"STATUS:{status}", f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE={lang}:{esc(location)}",
          "X-MICROSOFT-CDO-APPT-SEQUENCE:" + str(seq),
          "X-MICROSOFT-CDO-OWNERAPPTID:" + str(int(hx("oa", uid, n=7), 16)),
          "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
          "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:" + ("2" if method == "CANCEL" else "1"),
          "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
          "X-MICROSOFT-DISALLOW-COUNTER:FALSE", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if teams:
        L.append("X-MICROSOFT-SKYPETEAMSMEETINGURL:" + teams)
        L.append("X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null\\,\"OnlineMeetingProvider\":3}")
    if method != "CANCEL":
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics(L)


def exchange_uid(seed):
    return "040000008200E00074C5B7101A82E008000000" + hx("xuid", seed, n=58).upper()


def teams_url(seed):
    return ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + alnum("teams", seed, n=48)
            + "%40thread.v2/0?context=%7b%22Tid%22%3a%22" + hx("tid", seed, n=8) + "%22%7d")


def teams_block(seed, lang="fr"):
    num = int(hx("tnum", seed, n=10), 16) % 10 ** 12
    meeting_id = f"{num:012d}"
    meeting_id = " ".join(meeting_id[i:i + 3] for i in range(0, 12, 3))
    code = alnum("tcode", seed, n=6)
    bar = "_" * 80
    if lang == "fr":
        return (f"{bar}\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou "
                f"appareil de salle\nCliquez ici pour rejoindre la réunion<{teams_url(seed)}>\n"
                f"ID de la réunion : {meeting_id}\nCode secret : {code}\n{bar}")
    return (f"{bar}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{teams_url(seed)}>\nMeeting ID: {meeting_id}\n"
            f"Passcode: {code}\n{bar}")


def exchange_invite(seed, date, organizer, to, subject, when_line, where_line, body_text, cal,
                    method="REQUEST", lang="fr"):
    sep = "*~*~*~*~*~*~*~*~*~*"
    if lang == "fr":
        head = f"Quand : {when_line}\nOù : {where_line}\n\n{sep}\n\n"
    else:
        head = f"When: {when_line}\nWhere: {where_line}\n\n{sep}\n\n"
    plain = head + body_text.strip("\n") + "\n"
    parts = [leaf('text/plain; charset="utf-8"', plain, "quoted-printable"),
             leaf('text/html; charset="utf-8"', to_html(plain), "quoted-printable"),
             leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64")]
    part = multi("alternative", parts, f"_000_{hx('xb', seed, n=28).upper()}_")
    lang_hdr = "fr-FR" if lang == "fr" else "en-US"
    extra = [("Thread-Topic", enc_subject(subject)),
             ("Thread-Index", base64.b64encode(bytes.fromhex(hx("ti", seed, n=44))).decode()),
             ("Accept-Language", f"{lang_hdr}, en-US"), ("Content-Language", lang_hdr),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("X-MS-Exchange-Organization-SCL", "1")]
    return eml(seed, date, organizer, to, subject, part, extra=extra, msgid=outlook_mid(seed),
               relay=f"mail-{hx('relay', seed, n=4)}.outbound.protection.outlook.com")


def google_invite(seed, date, organizer, to, subject, title, when_fr, tz_label, location, description,
                  cal, guests_text, meet=None, lang="fr"):
    if lang == "fr":
        lines = [title, f"{when_fr}", tz_label, ""]
        if location:
            lines += [location, ""]
        if meet:
            lines += ["Participer avec Google Meet", meet, ""]
        lines += ["Organisateur", organizer[0], organizer[1], "", "Invités"] + guests_text + [
            "Afficher toutes les informations sur les invités "
            f"https://calendar.google.com/calendar/event?action=VIEW&eid={alnum('eid', seed, n=60)}", "",
            description, "",
            f"Répondre pour {OWNER} et afficher plus de détails "
            f"https://calendar.google.com/calendar/event?action=VIEW&eid={alnum('eid', seed, n=60)}", "", "",
            "~~//~~", "Invitation de Google Agenda : https://calendar.google.com/calendar/", "",
            "Vous recevez cet e-mail, car vous êtes invité à cet événement.", "",
            "Si vous transférez cette invitation, les destinataires pourront envoyer une réponse à "
            "l'organisateur, être ajoutés à la liste des invités ou modifier votre réponse. En savoir plus "
            "https://support.google.com/calendar/answer/37135#forwarding"]
    plain = "\n".join(lines) + "\n"
    alt = multi("alternative", [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
        leaf('text/html; charset="UTF-8"', to_html(plain, "Roboto,Helvetica,Arial,sans-serif"), "quoted-printable"),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal, "base64")], google_boundary(seed + "a"))
    mixed = multi("mixed", [alt, leaf('application/ics; name="invite.ics"', cal, "base64",
                                      [("Content-Disposition", 'attachment; filename="invite.ics"')])],
                  google_boundary(seed + "m"))
    rp = f"{alnum('rp', seed, n=22)}@calendar-server.bounces.google.com"
    return eml(seed, date, organizer, to, subject, mixed, reply_to=organizer, msgid=google_mid(seed),
               sender=("Google Agenda", "calendar-notification@google.com"),
               relay="mail-sor-f73.google.com", return_path=rp)


# ---------------------------------------------------------------- people
ME = (OWNER_NAME, OWNER)
FATOU = ("Fatou Ndiaye", "fatou.ndiaye@tpl-dakar.example")
SARR = ("Ousmane Sarr", "ousmane.sarr@tpl-dakar.example")
DG = ("Cheikh Tidiane Mbaye", "ct.mbaye@tpl-dakar.example")
CAMARA = ("Khadidiatou Camara", "k.camara@tpl-dakar.example")
MARIAMA = ("Mariama Ba", "mariama.ba@cimentsducayor.example")
AWA = ("Awa Faye", "awa.faye@cimentsducayor.example")
SENE = ("Ibrahima Sène", "ibrahima.sene@cimentsducayor.example")
GUEYE = ("Moussa Guèye", "moussa.gueye@cimentsducayor.example")
CAYOR_RECRUT = ("Ciments du Cayor – Recrutement", "recrutement@cimentsducayor.example")
KHADY = ("Khady Sow", "khady.sow@senoval.example")
NDEYE = ("Ndèye Coumba Sy", "ndeyecoumba.sy@senoval.example")
PAPE = ("Pape Malick Diallo", "papemalick.diallo@senoval.example")
SERIGNE = ("Serigne Kane", "serigne.kane@senoval.example")
WORKDAY = ("BLCI Recrutement", "blci@myworkday.com")
ADJOUA = ("Adjoua Konan", "adjoua.konan@blci.example")
YAO = ("Yao Kouassi", "yao.kouassi@blci.example")
AKA = ("Marie-Laure Aka", "marielaure.aka@blci.example")
CLAIRE = ("Claire Morel", "claire.morel@frethexagone.example")
JULIEN = ("Julien Lefèvre", "julien.lefevre@frethexagone.example")
LIAM = ("Liam O'Connor", "liam.oconnor@horizons-solidaires.example")
RACHEL = ("Rachel Tremblay", "rachel.tremblay@horizons-solidaires.example")
AMADOU = ("Amadou Bâ", "amadou.ba@horizons-solidaires.example")
MAMADOU = ("Mamadou Fall", "mamadou.fall@falltransit.example")

TPL, CAYOR, SENOVAL = "Teranga Port Logistique", "Ciments du Cayor", "Sénoval Télécom"
BLCI, FRET, HSI, FALL = ("Banque Lagunaire de Côte d'Ivoire", "Fret Hexagone",
                         "Horizons Solidaires International", "Fall Transit & Services")
R_TPL = "Coordinatrice Transit Portuaire"
R_CAYOR = "Responsable Logistique Expéditions"
R_SEN = "Superviseure Supply Chain"
R_BLCI = "Chargée de Logistique et Moyens Généraux"
R_FRET = "Coordinatrice Logistique Afrique de l'Ouest"
R_HSI = "Logistics Officer – Sahel Programme"

DK, ABJ, PAR, TOR = "Africa/Dakar", "Africa/Abidjan", "Europe/Paris", "America/Toronto"


def IV(company, role, start, end, kind, interviewers, followups=None, status="scheduled"):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": [p[1] for p in interviewers],
            "followup_recipients": [p[1] for p in (followups if followups is not None else interviewers)],
            "kind": kind}


def LBL(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def quote(text, depth=1):
    return "\n".join((">" * depth + (" " + l if l else "")) for l in text.strip("\n").split("\n"))


def hm(dt):
    return f"{dt.hour:02d}:{dt.minute:02d}"


def gdate_fr(dt):
    return f"{FR_WD_AB[dt.weekday()]} {dt.day} {FR_MO_AB[dt.month - 1]} {dt.year}"


# ---------------------------------------------------------------- cases
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


@case
def c01():
    sent = D(2026, 10, 7, 9, 12, DK, "Wed", 0, s=44)
    s = D(2026, 10, 13, 10, 0, DK, "Tue", 0)
    e = s + timedelta(minutes=30)
    body = f"""Bonjour Madame Diop,

Nous accusons réception de votre candidature au poste de {R_TPL} (réf. TPL-2026-041) et vous en remercions.

Après étude de votre dossier, nous avons le plaisir de vous convier à un entretien téléphonique le {fr_date(s)} à 10h00 GMT. L'échange durera environ 30 minutes et portera sur votre parcours, votre connaissance des procédures de transit au Port autonome et vos prétentions salariales.

Je vous appellerai moi-même au +221 77 412 36 58, numéro figurant sur votre CV. Si ce numéro a changé, merci de me communiquer le bon.

Veuillez confirmer votre présence par retour de mail.

Cordialement,

Fatou Ndiaye
Chargée de recrutement
Teranga Port Logistique
Immeuble du Môle 3, Port autonome de Dakar
Tél. : +221 33 849 20 10
"""
    msg, _ = eml("c01", sent, FATOU, [ME], f"Convocation à un entretien téléphonique – {R_TPL} (réf. TPL-2026-041)",
                 leaf('text/plain; charset="utf-8"', body, "quoted-printable"))
    lbl = LBL([IV(TPL, R_TPL, s, e, "phone_screen", [FATOU])], "easy", "positive/email-body-only",
              "Recruiter convenes a 30-minute phone screen in plain French, time given as 10h00 GMT; she calls herself.")
    return "teranga-entretien-telephonique", [("01-convocation-entretien-telephonique.eml", msg)], lbl


@case
def c02():
    m1d = D(2026, 10, 14, 16, 5, DK, "Wed", 0, s=9)
    slot1 = D(2026, 10, 19, 15, 0, DK, "Mon", 0)
    slot2 = D(2026, 10, 21, 9, 30, DK, "Wed", 0)
    repd = D(2026, 10, 15, 8, 47, DK, "Thu", 0)
    m2d = D(2026, 10, 15, 10, 22, DK, "Thu", 0, s=51)
    e = slot2 + timedelta(minutes=90)
    subj = f"Entretien technique – {R_TPL} : vos disponibilités"
    b1 = f"""Bonjour Aminata,

Merci pour notre échange de mardi, dont nous gardons une très bonne impression. Nous souhaitons poursuivre le processus avec un entretien technique en présentiel avec M. Ousmane Sarr, Chef du service Transit & Dédouanement (en copie de ce message).

Deux créneaux sont possibles :
- {fr_date(slot1)} à 15h00
- {fr_date(slot2)} à 9h30
(heure de Dakar dans les deux cas)

Prévoyez environ 1h30 : M. Sarr vous soumettra une mise en situation sur le suivi d'un conteneur bloqué au terminal et la préparation d'une déclaration en douane.

Merci de m'indiquer le créneau qui vous convient le mieux.

Cordialement,
Fatou Ndiaye
Chargée de recrutement – Teranga Port Logistique
"""
    id1 = mid("c02-1", "tpl-dakar.example")
    msg1, id1 = eml("c02-1", m1d, FATOU, [ME], subj, leaf('text/plain; charset="utf-8"', b1, "quoted-printable"),
                    cc=[SARR], msgid=id1)
    rep_id = mid("c02-reply", "example.com")
    rep = f"""Bonjour Madame Ndiaye,

Merci pour votre message. Le {fr_date(slot2)} à 9h30 me conviendrait parfaitement.

Cordialement,
Aminata Diop"""
    b2 = f"""Bonjour Aminata,

C'est bien noté : votre entretien technique avec M. Sarr est confirmé le {fr_date(slot2)} à 9h30, pour une durée d'environ 1h30. Le créneau du lundi est libéré.

Lieu : Teranga Port Logistique, immeuble du Môle 3, 2e étage, Port autonome de Dakar. Présentez-vous au poste de garde de la porte principale avec votre pièce d'identité ; un badge visiteur vous sera remis.

Cordialement,
Fatou Ndiaye

Le {FR_WD_AB[repd.weekday()]} {repd.day} {FR_MO_AB[repd.month - 1]} {repd.year} à {hm(repd)}, Aminata Diop <{OWNER}> a écrit :
{quote(rep)}
>
> Le {FR_WD_AB[m1d.weekday()]} {m1d.day} {FR_MO_AB[m1d.month - 1]} {m1d.year} à {hm(m1d)}, Fatou Ndiaye <{FATOU[1]}> a écrit :
{quote(b1, 2)}
"""
    alt = multi("alternative", [leaf('text/plain; charset="UTF-8"', b2, "base64"),
                                leaf('text/html; charset="UTF-8"', to_html(b2), "base64")],
                "----=_Part_" + hx("b", "c02-2", n=16))
    msg2, _ = eml("c02-2", m2d, FATOU, [ME], "RE: " + subj, alt, cc=[SARR], irt=rep_id, refs=[id1, rep_id])
    lbl = LBL([IV(TPL, R_TPL, slot2, e, "technical", [SARR])], "medium", "positive/thread-propose-confirm",
              "Two slots proposed (Mon 19 15h, Wed 21 9h30); the confirmation (quoting both) keeps Wednesday 9h30, 1h30.")
    return "teranga-technique-creneau-confirme", [("01-proposition-creneaux.eml", msg1),
                                                   ("02-confirmation-mercredi.eml", msg2)], lbl


@case
def c03():
    inv1d = D(2026, 10, 23, 11, 30, DK, "Fri", 0, s=17)
    s0 = D(2026, 10, 27, 11, 0, DK, "Tue", 0)
    repd = D(2026, 10, 26, 8, 5, DK, "Mon", 0, s=40)
    inv2d = D(2026, 10, 26, 8, 9, DK, "Mon", 0, s=2)
    s1 = D(2026, 10, 29, 16, 0, DK, "Thu", 0)
    uid = f"{alnum('c03uid', n=26)}@google.com"
    title = "Entretien final avec le Directeur Général – Aminata Diop"
    loc = "Teranga Port Logistique – Bureau du DG, Môle 3, Port autonome de Dakar"
    desc = (f"Entretien final pour le poste de {R_TPL} avec M. Cheikh Tidiane Mbaye, Directeur Général. "
            "Merci de vous présenter 10 minutes avant au secrétariat de direction (3e étage).")
    guests = [(FATOU[0], FATOU[1], "ACCEPTED"), (DG[0], DG[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")]
    gtext = [f"{FATOU[0]} - organisateur", FATOU[1], DG[0], DG[1], OWNER]
    items = []
    for n, (d, st, seq, pre) in enumerate([(inv1d, s0, 0, "Invitation"), (inv2d, s1, 1, "Invitation mise à jour")]):
        en = st + timedelta(hours=1)
        cal = google_ics(uid, seq, st, en, d, FATOU, guests, title, desc, loc)
        subj = f"{pre}: {title} @ {gdate_fr(st)} {hm(st)} - {hm(en)} (GMT) ({OWNER})"
        when = f"{FR_WD[st.weekday()]} {st.day} {FR_MO_AB[st.month - 1]} {st.year} ⋅ {hm(st)} – {hm(en)}"
        dsc = desc if seq == 0 else "Cet événement a été modifié : nouvelle date et nouvelle heure.\n\n" + desc
        msg, _ = google_invite(f"c03-inv{seq}", d, FATOU, [ME], subj, title, when,
                               "Heure moyenne de Greenwich - Dakar", loc, dsc, cal, gtext)
        items.append(msg)
    body = f"""Bonjour Aminata,

En raison d'un déplacement imprévu de M. Mbaye à Banjul, votre entretien final prévu le {fr_date(s0)} à 11h est reporté au {fr_date(s1)} à 16h (heure de Dakar), au même endroit. La durée reste d'une heure.

Une invitation mise à jour vous parvient dans la foulée. Nous vous prions de nous excuser pour ce contretemps.

Veuillez confirmer votre présence à ce nouvel horaire.

Cordialement,
Fatou Ndiaye
Chargée de recrutement
Teranga Port Logistique
"""
    rep, _ = eml("c03-mail", repd, FATOU, [ME], "Entretien avec le DG reporté au jeudi 29 octobre",
                 leaf('text/plain; charset="utf-8"', body, "8bit"))
    lbl = LBL([IV(TPL, R_TPL, s1, s1 + timedelta(hours=1), "hiring_manager", [DG])], "medium",
              "positive/reschedule",
              "Google invite for Tue 27 11h, then 'reporté' mail and updated invite (same UID, SEQUENCE 1) for Thu 29 16h GMT; final with the DG.")
    return "teranga-entretien-dg-reporte", [("01-invitation-entretien-dg.eml", items[0]),
                                            ("02-report-entretien.eml", rep),
                                            ("03-invitation-mise-a-jour.eml", items[1])], lbl


@case
def c04():
    d = D(2026, 11, 5, 10, 40, DK, "Thu", 0, s=5)
    sign = D(2026, 11, 12, 0, 0, DK, "Thu", 0)
    rdv = D(2026, 11, 16, 9, 0, DK, "Mon", 0)
    body = f"""Madame,

Suite aux différents entretiens que vous avez passés avec nos équipes, nous avons le plaisir de vous adresser ci-joint votre promesse d'embauche pour le poste de {R_TPL}, en contrat à durée indéterminée, avec une prise de fonction envisagée le mardi 1er décembre 2026.

La rémunération mensuelle brute proposée est de 850 000 FCFA, assortie d'une indemnité de transport et de la couverture maladie du groupe (IPM). Une période d'essai de trois mois renouvelable une fois s'appliquera.

Nous vous remercions de nous retourner la promesse d'embauche datée et signée au plus tard le {fr_date(sign)}. Dès réception de votre accord, vous serez attendue le {fr_date(rdv)} à 9h00 à la Direction des Ressources Humaines pour la constitution de votre dossier administratif (certificat de travail, extrait d'acte de naissance, casier judiciaire) et la signature du contrat.

Nous nous réjouissons de vous compter bientôt parmi nous.

Cordialement,

Khadidiatou Camara
Directrice des Ressources Humaines
Teranga Port Logistique
"""
    pdf = (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
           b"2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n% Promesse d'embauche - A. Diop - TPL-2026-041\n"
           b"trailer\n<< /Root 1 0 R >>\n%%EOF\n")
    mixed = multi("mixed", [
        leaf('text/html; charset="utf-8"', to_html(body, "Arial,sans-serif"), "base64"),
        leaf('application/pdf; name="Promesse_embauche_A_DIOP.pdf"', pdf, "base64",
             [("Content-Disposition", 'attachment; filename="Promesse_embauche_A_DIOP.pdf"')])],
        "----=_NextPart_" + hx("b", "c04", n=20))
    msg, _ = eml("c04", d, CAMARA, [ME], f"Promesse d'embauche – {R_TPL}", mixed, cc=[FATOU])
    lbl = LBL([], "medium", "negative/offer",
              "Offer letter (promesse d'embauche) with a signing deadline and an HR paperwork appointment on Mon 16 Nov 9h; no interview.")
    return "teranga-promesse-embauche", [("01-promesse-embauche.eml", msg)], lbl


@case
def c05():
    d = D(2026, 10, 7, 17, 40, DK, "Wed", 0, s=12)
    s = D(2026, 10, 8, 11, 0, DK, "Thu", 0)
    body = f"""Bonjour Madame Diop,

Votre candidature au poste de {R_CAYOR} (usine de Thiès) a retenu l'attention de notre Direction des Ressources Humaines.

Mme Awa Faye, Directrice des Ressources Humaines, souhaite s'entretenir avec vous par téléphone demain à 11h (heure de Dakar). Cet entretien préliminaire durera une vingtaine de minutes ; Mme Faye vous appellera sur le numéro indiqué dans votre dossier.

Si ce créneau ne vous convient pas, vous pouvez répondre directement à Mme Faye, en copie de ce message ({AWA[1]}).

Bien à vous,

Mariama Ba
Assistante Ressources Humaines
Ciments du Cayor – Route de Dakar, km 4, Thiès
"""
    msg, _ = eml("c05", d, MARIAMA, [ME], f"Votre candidature – {R_CAYOR}",
                 leaf('text/html; charset="utf-8"', to_html(body, "Verdana,sans-serif"), "quoted-printable"),
                 cc=[AWA])
    lbl = LBL([IV(CAYOR, R_CAYOR, s, s + timedelta(minutes=20), "phone_screen", [AWA])], "medium",
              "positive/relative-date-body",
              "HTML-only mail sent Wed 7 Oct 17:40 GMT: 'demain à 11h' = Thu 8 Oct 11:00; the DRH (cc) calls, about 20 min; the assistant only schedules.")
    return "cayor-appel-drh-demain-11h", [("01-appel-drh-demain.eml", msg)], lbl


@case
def c06():
    d = D(2026, 10, 12, 9, 0, DK, "Mon", 0, s=31)
    s = D(2026, 10, 17, 8, 30, DK, "Sat", 0)
    e = s + timedelta(hours=3)
    body = f"""Madame,

Suite à votre entretien téléphonique avec notre DRH, nous vous informons que vous êtes admise à passer les tests psychotechniques de présélection pour le poste de {R_CAYOR}.

Date : {fr_date(s, True)}
Heure : 8h30 précises (accueil à partir de 8h00)
Lieu : Centre de formation Ciments du Cayor, Thiès
Durée : 3 heures (raisonnement logique, aptitude numérique, test d'attention)

Munissez-vous de votre carte nationale d'identité et d'un stylo. Les calculatrices et téléphones portables ne sont pas autorisés dans la salle.

Il ne s'agit pas d'un entretien : les résultats vous seront communiqués sous dix jours et seuls les candidats retenus seront convoqués devant un jury.

Le Service Recrutement
Ciments du Cayor
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Ciments du Cayor//Convocations//FR", "METHOD:REQUEST"]
              + VTZ[DK] + ["BEGIN:VEVENT", f"UID:{hx('c06uid', n=24)}@cimentsducayor.example",
                           f"DTSTAMP:{ical_utc(d)}", f"DTSTART;TZID={DK}:{ical_local(s)}",
                           f"DTEND;TZID={DK}:{ical_local(e)}",
                           "SUMMARY:Tests psychotechniques – session 2 (Responsable Logistique Expéditions)",
                           "LOCATION:Centre de formation Ciments du Cayor\\, Thiès",
                           "DESCRIPTION:Épreuves écrites de présélection. Se munir de sa CNI.",
                           f"ORGANIZER;CN=Ciments du Cayor – Recrutement:mailto:{CAYOR_RECRUT[1]}",
                           attendee_line(OWNER_NAME, OWNER), "SEQUENCE:0", "STATUS:CONFIRMED",
                           "END:VEVENT", "END:VCALENDAR"])
    mixed = multi("mixed", [leaf('text/plain; charset="utf-8"', body, "base64"),
                            leaf('text/calendar; charset="utf-8"; method=REQUEST; name="convocation.ics"', cal,
                                 "base64", [("Content-Disposition", 'attachment; filename="convocation.ics"')])],
                  "----=_Part_" + hx("b", "c06", n=16))
    msg, _ = eml("c06", d, CAYOR_RECRUT, [ME], "Convocation – Tests psychotechniques (Responsable Logistique Expéditions)",
                 mixed)
    lbl = LBL([], "hard", "negative/assessment",
              "Convocation with .ics to a 3-hour written psychotechnical test; explicitly not an interview.")
    return "cayor-tests-psychotechniques", [("01-convocation-tests.eml", msg)], lbl


@case
def c07():
    d1 = D(2026, 10, 27, 12, 15, DK, "Tue", 0, s=48)
    d2 = D(2026, 10, 27, 12, 21, DK, "Tue", 0, s=3)
    s = D(2026, 11, 3, 10, 0, DK, "Tue", 0)
    e = s + timedelta(minutes=90)
    body = f"""Madame Diop,

Nous avons le plaisir de vous informer que vos résultats aux tests psychotechniques vous qualifient pour la dernière étape de la sélection au poste de {R_CAYOR}.

Vous êtes convoquée à un entretien devant jury le {fr_date(s, True)} à 10h00 GMT, au siège de Ciments du Cayor à Thiès (salle du Conseil, bâtiment administratif). L'entretien durera 1h30.

Le jury sera composé de :
- M. Ibrahima Sène, Directeur de l'usine
- M. Moussa Guèye, Chef du département Logistique
- Mme Awa Faye, Directrice des Ressources Humaines

Une invitation Outlook vous est adressée séparément. Merci de vous munir des originaux de vos diplômes et attestations de travail.

Veuillez confirmer votre présence.

Cordialement,

Awa Faye
Directrice des Ressources Humaines
Ciments du Cayor
"""
    msg1, _ = eml("c07-1", d1, AWA, [ME], f"Convocation à un entretien devant jury – {R_CAYOR}",
                  leaf('text/html; charset="utf-8"', to_html(body), "quoted-printable"))
    subj = f"Entretien jury – Aminata Diop – {R_CAYOR}"
    loc = "Salle du Conseil – Siège Ciments du Cayor, Thiès"
    tz = "Greenwich Standard Time"
    desc = "Entretien devant jury (Direction usine, Logistique, RH). Durée 1h30."
    cal = exchange_ics(exchange_uid("c07"), 0, tz, s.replace(tzinfo=None), e.replace(tzinfo=None), d2, AWA,
                       [SENE, GUEYE, ME], subj, desc, loc)
    inv = f"""Bonjour Madame Diop,

Pour mémoire, votre entretien devant le jury pour le poste de {R_CAYOR}. Le jury : M. Sène, M. Guèye et moi-même.

Awa Faye
"""
    msg2, _ = exchange_invite("c07-2", d2, AWA, [ME, SENE, GUEYE], subj,
                              f"{fr_date(s, True)} {hm(s)}-{hm(e)} (UTC+00:00) Monrovia, Reykjavik", loc, inv, cal)
    lbl = LBL([IV(CAYOR, R_CAYOR, s, e, "onsite", [SENE, GUEYE, AWA])], "medium", "positive/outlook-panel",
              "Convocation mail + Outlook invite (TZID 'Greenwich Standard Time', label '(UTC+00:00) Monrovia, Reykjavik') for a 3-person jury in Thiès; one interview.")
    return "cayor-entretien-jury-outlook", [("01-convocation-jury.eml", msg1), ("02-invitation-outlook-jury.eml", msg2)], lbl


@case
def c08():
    d = D(2026, 11, 17, 15, 2, DK, "Tue", 0, s=26)
    past = D(2026, 11, 3, 10, 0, DK, "Tue", 0)
    body = f"""Madame Diop,

Nous vous remercions pour l'intérêt que vous portez à Ciments du Cayor et pour votre disponibilité lors de l'entretien du {fr_date(past)} devant notre jury.

Après délibération, nous regrettons de vous informer que votre candidature n'a pas été retenue pour le poste de {R_CAYOR}. Le jury a apprécié votre maîtrise des opérations portuaires, mais a privilégié un profil disposant d'une expérience plus longue en environnement industriel.

Nous conservons votre dossier dans notre vivier de candidats et ne manquerons pas de revenir vers vous si une opportunité correspondant à votre profil venait à s'ouvrir.

Nous vous souhaitons plein succès dans la suite de vos démarches.

Cordialement,

Awa Faye
Directrice des Ressources Humaines
Ciments du Cayor
"""
    msg, _ = eml("c08", d, AWA, [ME], f"Suite de votre candidature – {R_CAYOR}",
                 leaf('text/plain; charset="utf-8"', body, "quoted-printable"))
    lbl = LBL([], "medium", "negative/rejection",
              "'Nous regrettons' rejection that mentions the past jury interview date; nothing new is scheduled.")
    return "cayor-nous-regrettons", [("01-suite-candidature.eml", msg)], lbl


@case
def c09():
    created = D(2026, 10, 19, 9, 14, DK, "Mon", 0, s=22)
    s = D(2026, 10, 22, 14, 0, DK, "Thu", 0)
    e = s + timedelta(minutes=30)
    eid = alnum("c09", n=26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx('etag', 'c09', n=13), 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(minutes=41)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.512Z"),
        "summary": f"Pré-qualification téléphonique – Aminata Diop ({R_SEN})",
        "description": ("Appel de pré-qualification avec Khady Sow (Talent Acquisition, Sénoval Télécom). "
                        "Khady vous appellera au +221 77 412 36 58. Points abordés : parcours, mobilité, "
                        "disponibilité et attentes salariales."),
        "location": "Appel téléphonique",
        "creator": {"email": KHADY[1], "displayName": KHADY[0]},
        "organizer": {"email": KHADY[1], "displayName": KHADY[0]},
        "start": {"dateTime": s.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "timeZone": DK},
        "end": {"dateTime": e.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "timeZone": DK},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": KHADY[1], "displayName": KHADY[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "guestsCanInviteOthers": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    data = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    lbl = LBL([IV(SENOVAL, R_SEN, s, e, "phone_screen", [KHADY])], "easy", "positive/gcal-json",
              "Calendar API event only; dateTime in Z with timeZone Africa/Dakar; recruiter calls.")
    return "senoval-prequalification-gcal", [("01-prequalification-senoval.gcal.json", data)], lbl


@case
def c10():
    d0 = D(2026, 11, 2, 10, 10, DK, "Mon", 0, s=55)
    day = D(2026, 11, 12, 0, 0, DK, "Thu", 0)
    sessions = [
        (D(2026, 11, 12, 9, 0, DK, "Thu", 0), D(2026, 11, 12, 10, 0, DK, "Thu", 0), NDEYE,
         "Entretien RH", "Entretien RH avec Ndèye Coumba Sy, Responsable Développement RH."),
        (D(2026, 11, 12, 10, 15, DK, "Thu", 0), D(2026, 11, 12, 11, 30, DK, "Thu", 0), PAPE,
         "Étude de cas supply chain",
         "Étude de cas : gestion des stocks de terminaux et de cartes SIM entre l'entrepôt central de Diamniadio et les agences. Avec Pape Malick Diallo, Responsable Entrepôt Central."),
        (D(2026, 11, 12, 14, 0, DK, "Thu", 0), D(2026, 11, 12, 15, 0, DK, "Thu", 0), SERIGNE,
         "Entretien avec le Directeur Supply Chain", "Entretien avec Serigne Kane, Directeur Supply Chain."),
    ]
    body = f"""Bonjour Aminata,

Suite à votre pré-qualification, nous avons le plaisir de vous convier à une journée d'évaluation pour le poste de {R_SEN}, au siège de Sénoval Télécom (Route des Almadies, Dakar), le {fr_date(day, True)}.

Programme de la journée :
09h00 – 10h00 : entretien RH avec Ndèye Coumba Sy, Responsable Développement RH
10h15 – 11h30 : étude de cas supply chain avec Pape Malick Diallo, Responsable Entrepôt Central
11h30 – 14h00 : pause déjeuner (restaurant d'entreprise, vous êtes notre invitée)
14h00 – 15h00 : entretien avec Serigne Kane, Directeur Supply Chain

Vous recevrez une invitation Outlook pour chacune des trois séquences. Merci de vous présenter à l'accueil du bâtiment B à 8h45, munie d'une pièce d'identité.

Pour toute question, je reste joignable au +221 33 869 14 00.

Cordialement,

Khady Sow
Chargée Talent Acquisition
Sénoval Télécom
"""
    alt = multi("alternative", [leaf('text/plain; charset="utf-8"', body, "quoted-printable"),
                                leaf('text/html; charset="utf-8"', to_html(body, "Segoe UI,sans-serif"), "base64")],
                "_000_" + hx("b", "c10-0", n=28).upper() + "_")
    msg0, _ = eml("c10-0", d0, KHADY, [ME], f"Programme de votre journée d'évaluation – {fr_date(day)}", alt,
                  msgid=outlook_mid("c10-0"), relay="mail-dkr.outbound.protection.outlook.com")
    items = [("01-programme-journee-evaluation.eml", msg0)]
    tz = "Greenwich Standard Time"
    loc = "Siège Sénoval Télécom – Bâtiment B, salle Gorée, Route des Almadies"
    for i, (st, en, who, short, desc) in enumerate(sessions, 1):
        d = d0 + timedelta(minutes=5 + i)
        subj = f"Journée d'évaluation ({i}/3) – {short} – Aminata Diop"
        cal = exchange_ics(exchange_uid(f"c10-{i}"), 0, tz, st.replace(tzinfo=None), en.replace(tzinfo=None),
                           d, KHADY, [who, ME], subj, desc, loc)
        txt = f"{desc}\n\nJournée d'évaluation – poste {R_SEN}. Séquence {i} sur 3.\n\nKhady Sow\nTalent Acquisition"
        m, _ = exchange_invite(f"c10-{i}", d, KHADY, [ME, who], subj,
                               f"{fr_date(st, True)} {hm(st)}-{hm(en)} (UTC+00:00) Monrovia, Reykjavik", loc, txt, cal)
        items.append((f"0{i + 1}-invitation-sequence-{i}.eml", m))
    lbl = LBL([IV(SENOVAL, R_SEN, sessions[0][0], sessions[2][1], "onsite", [NDEYE, PAPE, SERIGNE])], "hard",
              "positive/onsite-multi-invite",
              "Journée d'évaluation on Thu 12 Nov sent as a programme mail + three Outlook invites (09:00-10:00, 10:15-11:30, 14:00-15:00 after lunch): ONE onsite 09:00-15:00 GMT.")
    return "senoval-journee-evaluation", items, lbl


@case
def c11():
    d = D(2026, 10, 16, 15, 20, DK, "Fri", 0, s=37)
    s = D(2026, 10, 23, 14, 0, ABJ, "Fri", 0)
    e = s + timedelta(hours=1)
    body = f"""Bonjour Aminata,

Votre entretien pour le poste {R_BLCI} (R-2026-0187) a été programmé.

Date : {fr_date(s, True)}
Heure : 14:00 – 15:00 GMT (heure d'Abidjan ; il sera également 14h00 à Dakar)
Format : visioconférence Microsoft Teams (le lien figure dans l'invitation jointe)
Intervenant : Yao Kouassi, Responsable Moyens Généraux et Logistique ({YAO[1]})

L'entretien portera sur la gestion des approvisionnements et des flux de fournitures entre le siège du Plateau et le réseau d'agences.

Pour toute question sur le processus, contactez Adjoua Konan, Chargée de recrutement.

Ceci est un message automatique envoyé par Workday. Merci de ne pas y répondre.

Banque Lagunaire de Côte d'Ivoire – Direction des Ressources Humaines
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workday//Workday Calendar//FR", "METHOD:REQUEST"]
              + VTZ[ABJ] + ["BEGIN:VEVENT", f"UID:WD-{hx('c11uid', n=32)}@myworkday.com",
                            f"DTSTAMP:{ical_utc(d)}", f"DTSTART;TZID={ABJ}:{ical_local(s)}",
                            f"DTEND;TZID={ABJ}:{ical_local(e)}",
                            f"SUMMARY:Entretien – {R_BLCI} (R-2026-0187)",
                            "LOCATION:Microsoft Teams",
                            "DESCRIPTION:" + esc(f"Entretien avec Yao Kouassi. Rejoindre : {teams_url('c11')}"),
                            f"ORGANIZER;CN={WORKDAY[0]}:mailto:{WORKDAY[1]}",
                            attendee_line(OWNER_NAME, OWNER), "SEQUENCE:0", "STATUS:CONFIRMED",
                            "END:VEVENT", "END:VCALENDAR"])
    mixed = multi("mixed", [leaf('text/html; charset="UTF-8"', to_html(body, "Arial,sans-serif"), "quoted-printable"),
                            leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="Entretien.ics"', cal, "base64",
                                 [("Content-Disposition", 'attachment; filename="Entretien.ics"')])],
                  "----=_Part_" + hx("b", "c11", n=16))
    msg, _ = eml("c11", d, WORKDAY, [ME], f"Entretien programmé : {R_BLCI} (R-2026-0187)", mixed,
                 reply_to=ADJOUA, relay="wd5-smtp.myworkday.com")
    lbl = LBL([IV(BLCI, R_BLCI, s, e, "technical", [YAO])], "medium", "positive/ats-workday-ics",
              "Workday mail + Entretien.ics with TZID Africa/Abidjan (GMT, same as Dakar); interviewer address only in the body.")
    return "blci-workday-entretien-abidjan", [("01-entretien-programme-workday.eml", msg)], lbl

@case
def c12():
    d1 = D(2026, 10, 29, 9, 45, DK, "Thu", 0, s=12)
    d2 = D(2026, 11, 2, 17, 5, DK, "Mon", 0, s=41)
    s = D(2026, 11, 5, 10, 0, ABJ, "Thu", 0)
    e = s + timedelta(hours=1)
    tz = "Greenwich Standard Time"
    uid = exchange_uid("c12")
    subj = "Entretien comité de recrutement – Aminata Diop (R-2026-0187)"
    loc = "Réunion Microsoft Teams"
    when = f"{fr_date(s, True)} {hm(s)}-{hm(e)} (UTC+00:00) Monrovia, Reykjavik"
    body1 = f"""Bonjour Madame Diop,

À la suite de votre entretien avec M. Kouassi, nous avons le plaisir de vous inviter à un entretien avec le comité de recrutement pour le poste {R_BLCI}.

Le comité sera composé de Mme Marie-Laure Aka, Directrice des Opérations, et de M. Yao Kouassi, Responsable Moyens Généraux et Logistique. L'échange se tiendra en visioconférence depuis Abidjan ; l'heure indiquée est l'heure GMT, identique à Abidjan et à Dakar.

Cordialement,
Adjoua Konan
Chargée de recrutement – BLCI

{teams_block('c12')}
"""
    cal1 = exchange_ics(uid, 0, tz, s.replace(tzinfo=None), e.replace(tzinfo=None), d1, ADJOUA, [AKA, YAO, ME],
                        subj, "Entretien avec le comité de recrutement (Opérations, Moyens Généraux).", loc,
                        teams=teams_url("c12"))
    m1, _ = exchange_invite("c12-1", d1, ADJOUA, [ME, AKA, YAO], subj, when, loc, body1, cal1)
    body2 = f"""Madame Diop,

Nous vous informons que l'entretien avec le comité de recrutement prévu le {fr_date(s)} à 10h00 est annulé : le recrutement sur ce poste est suspendu à la suite d'une réorganisation interne de la Direction des Opérations.

Nous reviendrons vers vous dès que le processus pourra reprendre. Veuillez accepter nos excuses pour ce désagrément.

Adjoua Konan
Chargée de recrutement – BLCI
"""
    cal2 = exchange_ics(uid, 1, tz, s.replace(tzinfo=None), e.replace(tzinfo=None), d2, ADJOUA, [AKA, YAO, ME],
                        "Annulé : " + subj, "Entretien annulé – recrutement suspendu.", loc, method="CANCEL",
                        status="CANCELLED")
    m2, _ = exchange_invite("c12-2", d2, ADJOUA, [ME, AKA, YAO], "Annulé : " + subj, when, loc, body2, cal2,
                            method="CANCEL")
    lbl = LBL([IV(BLCI, R_BLCI, s, e, "onsite", [AKA, YAO], status="cancelled")], "medium",
              "positive/cancellation",
              "Outlook/Teams committee interview Thu 5 Nov 10:00 GMT, then 'Annulé' METHOD:CANCEL (same UID, SEQUENCE 1): one cancelled panel.")
    return "blci-comite-annule", [("01-invitation-comite.eml", m1), ("02-annule-comite.eml", m2)], lbl


@case
def c13():
    d1 = D(2026, 10, 16, 13, 30, PAR, "Fri", 2, s=5)
    s1 = D(2026, 10, 22, 16, 0, PAR, "Thu", 2)
    s2 = D(2026, 10, 27, 11, 0, PAR, "Tue", 1)
    assert s1.astimezone(ZoneInfo(DK)).hour == 14 and s2.astimezone(ZoneInfo(DK)).hour == 10
    d2 = D(2026, 10, 23, 9, 12, PAR, "Fri", 2, s=44)
    e1, e2 = s1 + timedelta(minutes=30), s2 + timedelta(hours=1)
    meet1 = "https://meet.google.com/" + "-".join((alnum("m1", n=3), alnum("m1b", n=4), alnum("m1c", n=3)))
    meet2 = "https://meet.google.com/" + "-".join((alnum("m2", n=3), alnum("m2b", n=4), alnum("m2c", n=3)))
    body1 = f"""Bonjour Aminata,

Merci pour votre candidature au poste de {R_FRET}, basé à Dakar et rattaché à notre siège parisien.

Je vous propose d'organiser la suite en deux temps :

1) Un premier échange avec moi en visio, le {fr_date(s1)} à 16h heure de Paris, soit 14h heure de Dakar. Comptez une trentaine de minutes. Lien : {meet1}

2) Un entretien technique d'une heure avec Julien Lefèvre, responsable des flux maritimes Afrique de l'Ouest, le {fr_date(s2)} à 11h heure de Paris. Attention : la France passe à l'heure d'hiver dans la nuit du samedi 24 au dimanche 25 octobre. L'écart avec Dakar ne sera alors plus que d'une heure : il sera donc 10h chez vous, et non 9h.

Julien vous enverra l'invitation pour le second entretien. Si l'un de ces horaires pose problème, dites-le-moi simplement.

Bien cordialement,

Claire Morel
Chargée de recrutement – Fret Hexagone
38 rue de Châteaudun, 75009 Paris
"""
    m1, _ = eml("c13-1", d1, CLAIRE, [ME], f"Fret Hexagone – {R_FRET} : vos deux entretiens",
                leaf('text/plain; charset="utf-8"', body1, "quoted-printable"))
    title = f"Entretien technique Fret Hexagone – Aminata Diop ({R_FRET})"
    desc = ("Entretien technique avec Julien Lefèvre : organisation des flux maritimes Le Havre – Dakar, "
            "groupage, suivi des connaissements et relations avec les transitaires locaux.")
    guests = [(JULIEN[0], JULIEN[1], "ACCEPTED"), (CLAIRE[0], CLAIRE[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")]
    cal = google_ics(f"{alnum('c13uid', n=26)}@google.com", 0, s2, e2, d2, JULIEN, guests, title, desc, "",
                     meet=meet2)
    subj = f"Invitation: {title} @ {gdate_fr(s2)} {hm(s2)} - {hm(e2)} (CET) ({OWNER})"
    when = f"{FR_WD[s2.weekday()]} {s2.day} {FR_MO_AB[s2.month - 1]} {s2.year} ⋅ {hm(s2)} – {hm(e2)}"
    m2, _ = google_invite("c13-2", d2.astimezone(UTC), JULIEN, [ME], subj, title, when,
                          "Heure normale d'Europe centrale - Paris", "", desc, cal,
                          [f"{JULIEN[0]} - organisateur", JULIEN[1], CLAIRE[0], CLAIRE[1], OWNER], meet=meet2)
    lbl = LBL([IV(FRET, R_FRET, s1, e1, "phone_screen", [CLAIRE]),
               IV(FRET, R_FRET, s2, e2, "technical", [JULIEN])], "hard", "positive/two-interviews-dst",
              "Paris recruiter: screen Thu 22 Oct 16h Paris (+02:00 = 14h Dakar) in the body; technical Tue 27 Oct 11h Paris (+01:00 after the 25 Oct change = 10h Dakar) also as a Google invite (UTC in the .ics).")
    return "fret-hexagone-deux-entretiens-dst", [("01-deux-entretiens-paris.eml", m1),
                                                 ("02-invitation-entretien-technique.eml", m2)], lbl


@case
def c14():
    d = D(2026, 10, 22, 18, 3, DK, "Thu", 0, s=29)
    s = D(2026, 10, 29, 10, 0, TOR, "Thu", -4)
    assert s.astimezone(UTC).hour == 14
    e = s + timedelta(minutes=30)
    sg = s.astimezone(ZoneInfo(DK))
    ev = f"{R_HSI}: Screening Call"
    zoom = f"https://horizons-solidaires.zoom.us/j/{int(hx('zoom', 'c14', n=10), 16) % 10 ** 11:011d}"
    cu = hx("calu", "c14", n=32)
    uuid = f"{cu[:8]}-{cu[8:12]}-{cu[12:16]}-{cu[16:20]}-{cu[20:]}"
    body = f"""Hi Aminata Diop,

Your {ev} with Liam O'Connor at 2:00pm (Greenwich Mean Time) on {en_date(sg, True)} is scheduled.

Event Type:
{ev}

Event Date/Time:
2:00pm - 2:30pm (Greenwich Mean Time), {en_date(sg, True)}

Location:
This is a Zoom web conference. Join from PC, Mac, iOS or Android: {zoom}

Description:
A 30-minute introductory call with Liam from the HSI Talent Acquisition team in Montréal. We'll go over your background, your motivation for the Sahel Programme and your availability to travel to Mopti and Niamey.

Questions:
Please share anything that will help prepare for our meeting.
I currently coordinate port and road logistics for a distributor in Dakar and speak French, Wolof and English.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{uuid}
Reschedule: https://calendly.com/reschedulings/{uuid}

Powered by Calendly.com
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly 1.0//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", f"UID:{uuid}@calendly.com", f"DTSTAMP:{ical_utc(d)}",
               f"DTSTART:{ical_utc(s)}", f"DTEND:{ical_utc(e)}", f"SUMMARY:{esc(ev)} (Aminata Diop)",
               f"LOCATION:{zoom}", "DESCRIPTION:" + esc(f"Event Name: {ev}\nZoom: {zoom}"),
               f"ORGANIZER;CN={LIAM[0]}:mailto:{LIAM[1]}", attendee_line(OWNER_NAME, OWNER, "ACCEPTED"),
               "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    alt = multi("alternative", [leaf('text/plain; charset="UTF-8"', body, "quoted-printable"),
                                leaf('text/html; charset="UTF-8"', to_html(body, "Helvetica,Arial,sans-serif"), "base64")],
                "--_=_swift_" + hx("b", "c14a", n=24))
    mixed = multi("mixed", [alt, leaf('text/calendar; charset="UTF-8"; name="invite.ics"; method=REQUEST', cal, "base64",
                                      [("Content-Disposition", 'attachment; filename="invite.ics"')])],
                  "--_=_swift_" + hx("b", "c14m", n=24))
    msg, _ = eml("c14", d, ("Calendly", "notifications@calendly.com"), [ME],
                 f"Confirmed: {ev} with Liam O'Connor on {en_date(sg, True)}", mixed, reply_to=LIAM,
                 relay="o1.email.calendly.com", return_path=f"bounces+{hx('bnc', 'c14', n=8)}@email.calendly.com")
    lbl = LBL([IV(HSI, R_HSI, s, e, "phone_screen", [LIAM])], "medium", "positive/calendly",
              "Calendly invitee confirmation shown in GMT (10:00 EDT in Montréal = 14:00 Dakar, before the Nov 1 change); host is the interviewer.")
    return "hsi-calendly-screening-call", [("01-calendly-confirmed.eml", msg)], lbl


@case
def c15():
    d1 = D(2026, 10, 30, 11, 20, TOR, "Fri", -4, s=8)
    d2 = D(2026, 10, 30, 11, 34, TOR, "Fri", -4, s=50)
    s = D(2026, 11, 3, 9, 0, TOR, "Tue", -5)
    assert s.astimezone(ZoneInfo(DK)).hour == 14
    e = s + timedelta(hours=1)
    body1 = f"""Hi Aminata,

Thanks again for the great conversation yesterday. I'm pleased to invite you to a panel interview, the final step for the {R_HSI} role.

When: {en_date(s)}, 9:00-10:00 AM Montréal time
Panel: Rachel Tremblay (Director, Humanitarian Logistics) and Amadou Bâ (Country Director, Senegal office)
Format: Microsoft Teams (invitation to follow in a separate email)

One thing to watch: Canada goes back to standard time this Sunday, November 1. Today Montréal is four hours behind Dakar, but by Tuesday the gap will be five hours, so 9:00 AM here will be 2:00 PM (14:00) in Dakar, not 1:00 PM.

The panel will ask about warehouse management, last-mile distribution in insecure areas and working with customs brokers, with one short scenario question at the end.

I won't be on the call myself, but don't hesitate to write to me beforehand if anything is unclear.

Best regards,

Liam O'Connor
Talent Acquisition Partner | Horizons Solidaires International
1255 rue Peel, Montréal (QC) H3B 2T9
"""
    m1, _ = eml("c15-1", d1, LIAM, [ME], f"Panel interview – {R_HSI} (mind the time change!)",
                leaf('text/plain; charset="utf-8"', body1, "quoted-printable"))
    subj = f"{R_HSI} – Panel Interview – Aminata Diop"
    tz = "Eastern Standard Time"
    desc = "Panel interview with Rachel Tremblay and Amadou Bâ."
    cal = exchange_ics(exchange_uid("c15"), 0, tz, s.replace(tzinfo=None), e.replace(tzinfo=None), d2, LIAM,
                       [RACHEL, AMADOU, ME], subj, desc, "Microsoft Teams Meeting", lang="en-US", teams=teams_url("c15"))
    inv = f"""Panel interview for the {R_HSI} position.
Panel: Rachel Tremblay, Amadou Bâ. Please join 5 minutes early to test your audio.

{teams_block('c15', 'en')}
"""
    m2, _ = exchange_invite("c15-2", d2, LIAM, [ME, RACHEL, AMADOU], subj,
                            f"{en_date(s, True)} 9:00 AM-10:00 AM (UTC-05:00) Eastern Time (US & Canada)",
                            "Microsoft Teams Meeting", inv, cal, lang="en")
    lbl = LBL([IV(HSI, R_HSI, s, e, "onsite", [RACHEL, AMADOU])], "hard", "positive/panel-dst",
              "Montréal NGO panel Tue 3 Nov 9:00 EST (-05:00, after Canada's Nov 1 change) = 14:00 Dakar; mail sent under EDT (-0400) + Teams invite with 'Eastern Standard Time'. Recruiter not on the panel.")
    return "hsi-panel-interview-dst", [("01-panel-interview-invite.eml", m1), ("02-teams-panel-interview.eml", m2)], lbl


@case
def c16():
    d = D(2026, 10, 19, 20, 14, DK, "Mon", 0, s=37)
    s = D(2026, 10, 20, 10, 0, DK, "Tue", 0)
    assert WO_WD[s.weekday()] == "Talaata" and s.date() == (d + timedelta(days=1)).date()
    body = f"""Nanga def Aminata,

Maa ngi lay yónnee bataaxal bii ni nga ma ko laajee ci WhatsApp, ngir nga am adrees bi ak waxtu bi ci sa email.

Li ma la bind ci WhatsApp :
[19/10/2026 19:52] Mamadou Fall: Salaam aleekum Aminata. Sokhna Mbengue moo ma jox sa nimero. Dama soxla ab coordinatrice logistique ci {FALL}.
[19/10/2026 19:55] Mamadou Fall: Bëgg naa nu waxtaan ci liggéey bi, ngir xam sa yoon ci transit ak dédouanement.
[19/10/2026 19:58] Mamadou Fall: Ndax ëllëg Talaata ci 10i suba baax na ci yow ? Ci sama bureau bu Colobane.
[19/10/2026 20:03] Aminata Diop: Waaw, baax na. Dinaa ñëw inshallah.

Kon ëllëg ci 10i suba. Adrees bi : {FALL}, Rue 2 x Avenue Blaise Diagne, Colobane (ginnaaw garaas bi). Indil sa CV ak say diplômes.

Ba ëllëg inshallah,
Mamadou Fall
Gérant – {FALL}
77 630 45 12
"""
    msg, _ = eml("c16", d, MAMADOU, [ME], "Waxtaan ëllëg – post coordinatrice logistique",
                 leaf('text/plain; charset="utf-8"', body, "base64"))
    lbl = LBL([IV(FALL, "Coordinatrice logistique", s, None, "hiring_manager", [MAMADOU])], "hard",
              "positive/wolof-relative-date",
              "Wolof mail (WhatsApp lines pasted) sent Mon 19 Oct 20:14 GMT: 'ëllëg Talaata ci 10i suba' = Tue 20 Oct 10:00 with the owner of a small transit firm; no duration.")
    return "fall-transit-waxtaan-ellig", [("01-waxtaan-ellig.eml", msg)], lbl


@case
def c17():
    d = D(2026, 10, 23, 21, 2, DK, "Fri", 0, s=15)
    g = D(2026, 10, 24, 10, 0, DK, "Sat", 0)
    assert WO_WD[g.weekday()] == "Gaawu"
    ibou = ("Ibrahima Diop", "ibou.diop@mail.example")
    fam = [ME, ("Seynabou Diop", "seynabou.diop@mail.example"), ("Modou Diop", "modoudiop75@mail.example"),
           ("Ndeye Diop", "ndeye.diop.sn@mail.example")]
    body = """Salaam aleekum njaboot gi,

Naka ngeen def yeen ñépp ? Ñun ñi nekk Grand-Yoff, ñu ngi fi rekk, alhamdulillah.

Ni nu ko waxee ba Tabaski weesu, dinanu amal waxtaan bu mag ëllëg Gaawu ci 10i suba ci kër Baay ci Grand-Yoff. Li nuy waxtaan : tontine Tabaski 2027 (xar yi), ak liggéey yi nu wara def ci kër gi balaa nawet bi.

Ku mënul ñëw, yónnee sa cotisation ci Wave (77 518 02 44) balaa Dibéer.

Yaay dina togg ceebu jën, kon bu kenn des.

Ibou
"""
    msg, _ = eml("c17", d, ibou, fam, "Waxtaan njaboot gi ëllëg – tontine Tabaski 2027",
                 leaf('text/plain; charset="utf-8"', body, "quoted-printable"))
    lbl = LBL([], "hard", "negative/family-gathering-wolof",
              "Family 'waxtaan' tomorrow (Gaawu) ci 10i suba about the Tabaski savings club: same Wolof words as case 16, not a job interview.")
    return "njaboot-tontine-tabaski", [("01-waxtaan-njaboot.eml", msg)], lbl


@case
def c18():
    d = D(2026, 11, 2, 8, 0, DK, "Mon", 0, s=4)
    s = D(2026, 11, 16, 8, 30, DK, "Mon", 0)
    e = s + timedelta(minutes=30)
    vd = ("VisaDesk Sénégal", "no-reply@visadesk.example")
    body = f"""Madame Aminata DIOP,

Votre rendez-vous au centre de dépôt des demandes de visa pour le compte du Consulat général de France à Dakar est confirmé.

Référence : DKR-26-118432
Type de visa : court séjour (visite familiale)
Date : {fr_date(s, True)}
Heure : 08h30 – merci de vous présenter 15 minutes à l'avance
Adresse : VisaDesk, Immeuble Kébé, 3e étage, avenue Léopold Sédar Senghor, Plateau, Dakar

Objet du rendez-vous : dépôt du dossier et relevé des données biométriques. Un entretien avec un agent consulaire pourra vous être demandé sur place.

Documents à présenter : passeport en cours de validité, formulaire de demande signé, attestation d'accueil, relevés bancaires des trois derniers mois, réservation de vol, assurance voyage.

Frais de service : 20 000 FCFA, payables sur place.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//VisaDesk//Appointments//FR", "METHOD:PUBLISH",
               "BEGIN:VEVENT", f"UID:{hx('c18uid', n=20)}@visadesk.example", f"DTSTAMP:{ical_utc(d)}",
               f"DTSTART:{ical_utc(s)}", f"DTEND:{ical_utc(e)}",
               "SUMMARY:Rendez-vous visa – Consulat général de France (DKR-26-118432)",
               "LOCATION:VisaDesk\\, Immeuble Kébé\\, Plateau\\, Dakar",
               attendee_line(OWNER_NAME, OWNER, "ACCEPTED", rsvp="FALSE"), "STATUS:CONFIRMED",
               "END:VEVENT", "END:VCALENDAR"])
    mixed = multi("mixed", [leaf('text/html; charset="utf-8"', to_html(body, "Arial,sans-serif"), "base64"),
                            leaf('text/calendar; charset="utf-8"; name="rendez-vous.ics"', cal, "base64",
                                 [("Content-Disposition", 'attachment; filename="rendez-vous.ics"')])],
                  "==" + hx("b", "c18", n=24))
    msg, _ = eml("c18", d, vd, [ME], "Confirmation de rendez-vous – demande de visa court séjour (DKR-26-118432)",
                 mixed, relay="smtp.visadesk.example")
    lbl = LBL([], "medium", "negative/visa-appointment",
              "Visa application appointment with .ics; mentions a possible consular interview: government, not a job interview.")
    return "visadesk-rendez-vous-consulat", [("01-rendez-vous-visa.eml", msg)], lbl


@case
def c19():
    s = D(2026, 11, 7, 10, 0, DK, "Sat", 0)
    e = s + timedelta(hours=2)
    stamp = D(2026, 10, 28, 13, 5, DK, "Wed", 0)
    desc = ("Forum national de l'emploi – Dakar 2026. Atelier « Un CV qui fait la différence » suivi de "
            "simulations d'entretien de 15 minutes avec des recruteurs bénévoles. Stand B12\\, pavillon 2. "
            "Inscription n° FNE-2026-08841. Entrée gratuite sur présentation du QR code.")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Forum Emploi Dakar//Inscriptions 2.3//FR",
               "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + VTZ[DK] + [
        "BEGIN:VEVENT", f"UID:fne2026-{hx('c19uid', n=16)}@forum-emploi-dakar.example",
        f"DTSTAMP:{ical_utc(stamp)}", f"DTSTART;TZID={DK}:{ical_local(s)}", f"DTEND;TZID={DK}:{ical_local(e)}",
        "SUMMARY:Atelier CV & simulations d'entretien – Forum national de l'emploi",
        "LOCATION:CICAD\\, Diamniadio – Pavillon 2\\, stand B12", "DESCRIPTION:" + desc,
        "ORGANIZER;CN=Forum national de l'emploi:mailto:inscriptions@forum-emploi-dakar.example",
        attendee_line(OWNER_NAME, OWNER, "ACCEPTED", rsvp="FALSE"), "SEQUENCE:0", "STATUS:CONFIRMED",
        "END:VEVENT", "END:VCALENDAR"])
    lbl = LBL([], "medium", "negative/job-fair-workshop-ics",
              "Standalone .ics: CV workshop with mock interviews at a job fair; owner is an attendee but nobody is hiring her.")
    return "forum-emploi-atelier-cv", [("01-atelier-cv-forum-emploi.ics", cal.encode("utf-8"))], lbl


@case
def c20():
    d = D(2026, 10, 26, 7, 0, DK, "Mon", 0, s=2)
    dl = D(2026, 11, 6, 0, 0, DK, "Fri", 0)
    wk = D(2026, 11, 16, 0, 0, DK, "Mon", 0)
    nl = ("Senjob Hebdo", "newsletter@senjob-hebdo.example")
    body = f"""SENJOB HEBDO – Les offres de la semaine
Logistique, transport et transit

Bonjour Aminata,

Voici les offres publiées cette semaine qui correspondent à votre alerte « logistique Dakar ».

1. Coordinateur Transit (H/F) – Mbour – PME de transit maritime
   Date limite de candidature : {fr_date(dl)}. Entretiens prévus à partir du {fr_date(wk)}.

2. Chef Magasinier (H/F) – Thiès – Industrie agroalimentaire
   CDD 12 mois, poste à pourvoir immédiatement.

3. Responsable Parc Automobile (H/F) – Dakar Plateau – Groupe de distribution
   Expérience de 5 ans exigée.

4. Assistante Achats et Logistique (H/F) – Diamniadio – ONG internationale
   Candidature en ligne uniquement.

CONSEIL DE LA SEMAINE
Entretien d'embauche : préparez trois exemples concrets de situations où vous avez réduit un délai ou un coût. Les recruteurs du secteur logistique adorent les chiffres !

Vous recevez cet e-mail car vous êtes inscrite à Senjob Hebdo. Se désabonner : https://senjob-hebdo.example/desabonnement?u={hx('unsub', n=12)}
"""
    alt = multi("alternative", [leaf('text/plain; charset="utf-8"', body, "quoted-printable"),
                                leaf('text/html; charset="utf-8"', to_html(body, "Tahoma,sans-serif"), "base64")],
                "b1_" + hx("b", "c20", n=32))
    msg, _ = eml("c20", d, nl, [ME], "Offres de la semaine : logistique et transit à Dakar, Thiès et Mbour", alt,
                 relay="mta3.senjob-hebdo.example", return_path=f"bounce-{hx('bnc', 'c20', n=10)}@senjob-hebdo.example",
                 extra=[("List-Unsubscribe", f"<https://senjob-hebdo.example/desabonnement?u={hx('unsub', n=12)}>"),
                        ("List-Id", "Senjob Hebdo <hebdo.senjob-hebdo.example>"), ("Precedence", "bulk")])
    lbl = LBL([], "easy", "negative/newsletter",
              "Vacancy newsletter with deadlines, 'entretiens prévus' for other jobs and an interview tip.")
    return "newsletter-offres-semaine", [("01-offres-de-la-semaine.eml", msg)], lbl


@case
def c21():
    d = D(2026, 11, 4, 14, 20, DK, "Wed", 0, s=10)
    s = D(2026, 11, 18, 10, 0, DK, "Wed", 0)
    e = s + timedelta(hours=1)
    selfeval = D(2026, 11, 16, 0, 0, DK, "Mon", 0)
    boss = ("Babacar Ndour", "babacar.ndour@saheldistribution.example")
    subj = "Entretien annuel d'évaluation 2026 – Aminata Diop"
    loc = "Bureau du Directeur des Opérations – Sahel Distribution, Zone industrielle de Hann"
    body = f"""Bonjour Aminata,

Comme chaque fin d'année, je te propose notre entretien annuel d'évaluation : bilan de tes objectifs 2026 (taux de service, délais de livraison vers les grossistes de Kaolack et de Touba) et fixation de ceux de 2027.

Merci de remplir ta fiche d'auto-évaluation sur l'intranet RH avant le {fr_date(selfeval)}.

Babacar
"""
    cal = exchange_ics(exchange_uid("c21"), 0, "Greenwich Standard Time", s.replace(tzinfo=None),
                       e.replace(tzinfo=None), d, boss, [ME], subj, "Entretien annuel d'évaluation 2026.", loc)
    msg, _ = exchange_invite("c21", d, boss, [ME], subj,
                             f"{fr_date(s, True)} {hm(s)}-{hm(e)} (UTC+00:00) Monrovia, Reykjavik", loc, body, cal)
    lbl = LBL([], "hard", "negative/annual-review",
              "Outlook invite from her current manager for an 'entretien annuel' (annual review): internal meeting, not a job interview.")
    return "sahel-distribution-entretien-annuel", [("01-entretien-annuel.eml", msg)], lbl


@case
def c22():
    d = D(2026, 10, 20, 23, 41, DK, "Tue", 0, s=58)
    s = D(2026, 10, 23, 10, 0, DK, "Fri", 0)
    pay = D(2026, 10, 22, 18, 0, DK, "Thu", 0)
    scam = ("Cabinet Recrutement SNMP", "recrutement.snmp.dakar@mail-gratuit.example")
    body = f"""FELICITATIONS Madame DIOP Aminata !!!

Nous avons le plaisir de vous informer que votre candidature est RETENUE pour le poste de SUPERVISEUR LOGISTIQUE a la Societe Nationale de Manutention Portuaire (SNMP). Salaire : 1 200 000 FCFA net + logement + vehicule de fonction.

Votre entretien aura lieu le {fr_date(s)} a 10h par appel video WhatsApp avec le Directeur du Recrutement.

IMPORTANT : pour valider votre convocation vous devez payer les frais de dossier et de visite medicale de 25 000 FCFA par Wave ou Orange Money au 78 104 55 09 au plus tard le {fr_date(pay)} a 18h. Envoyez la capture du paiement sur WhatsApp. Passe ce delai votre place sera attribuee a un autre candidat.

NB : Ne parlez de cette selection a personne, les places sont limitees.

La Direction du Recrutement
"""
    msg, _ = eml("c22", d, scam, [ME], "FELICITATIONS !!! Candidature retenue – Entretien SNMP Port de Dakar",
                 leaf('text/plain; charset="utf-8"', body, "8bit"),
                 reply_to=("Direction Recrutement", "drh.snmp.recrutement@mail-gratuit.example"),
                 relay="smtp.mail-gratuit.example")
    lbl = LBL([], "medium", "negative/scam",
              "Fake recruiter demanding 25 000 FCFA via Wave/Orange Money before a 'WhatsApp interview': scam.")
    return "arnaque-recrutement-port", [("01-felicitations-candidature.eml", msg)], lbl


# ---------------------------------------------------------------- output
def write_readme(labels, numbers):
    n = len(labels)
    pos = sum(1 for l in labels.values() if l["interview"])
    ivs = [i for l in labels.values() for i in l["interviews"]]
    by_status = {}
    by_kind = {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    k = lambda f: f"{numbers[f]:02d}"
    status_s = ", ".join(f"{v} {s}" for s, v in sorted(by_status.items()))
    kind_s = ", ".join(f"{v} {s}" for s, v in sorted(by_kind.items()))
    text = f"""# blind335: a Dakar logistics coordinator's job search in French, Wolof and English (written blind)

Mailbox owner: Aminata Diop <{OWNER}>, logistics coordinator living in Dakar (Africa/Dakar, UTC+0, no DST).

This set was written blind: only the eval README (label schema and rules) and two dev files (for formats) were read;
no tool code, tests or other sets.

What it stresses: French HR wording as written in Senegal ("Nous avons le plaisir de vous convier", "10h00 GMT",
"heure de Dakar", "demain à 11h", "reporté", "annulé"), Wolof messages ("waxtaan", "ëllëg", "ci 10i suba",
weekday names) including a Wolof family gathering that uses the same words as a real Wolof interview, English
from a Montréal NGO, GMT-only West African offsets vs. Paris and Montréal DST changes, a multi-invite
"journée d'évaluation", Windows TZIDs ("Greenwich Standard Time", "Eastern Standard Time"), and hard negatives
(psychotechnical test, annual review, offer with an HR appointment, visa appointment mentioning an interview,
job-fair workshop with mock interviews, scam, rejection, newsletter).

## Counts
- Cases: {n} ({pos} positive, {n - pos} negative)
- Labelled interviews: {len(ivs)} ({status_s}); by kind: {kind_s}
- Companies: {TPL} (Dakar port), {CAYOR} (Thiès), {SENOVAL} (Dakar), {BLCI} (Abidjan),
  {FRET} (Paris), {HSI} (Montréal), {FALL} (Dakar, small business)

## Formats
Plain-text and HTML e-mails (quoted-printable, base64, 8bit), threads with In-Reply-To/References, Google Calendar
invitations (multipart/mixed + invite.ics, incl. an updated invitation with SEQUENCE 1), Exchange/Teams invites
(multipart/alternative with text/calendar, X-MICROSOFT-CDO-*, METHOD:CANCEL), a Workday ATS mail with .ics,
a Calendly confirmation with .ics, a visa-centre mail with .ics, a standalone .ics (case {k('c19')}) and a Calendar API
.gcal.json event (case {k('c09')}).

## Time-zone / DST points
- Case {k('c01')}: "10h00 GMT" in Dakar (+00:00).
- Case {k('c05')}: "demain à 11h (heure de Dakar)" resolved against the Date header (Wed 7 Oct 17:40 +0000 -> Thu 8 Oct 11:00).
- Case {k('c07')}, {k('c10')}, {k('c12')}, {k('c21')}: Outlook TZID "Greenwich Standard Time", label "(UTC+00:00) Monrovia, Reykjavik".
- Case {k('c09')}: Calendar API dateTime in Z with timeZone Africa/Dakar.
- Case {k('c11')}, {k('c12')}: Africa/Abidjan (GMT, same offset as Dakar).
- Case {k('c13')}: Europe/Paris: Thu 22 Oct 16:00 +02:00 (= 14:00 Dakar); after the Oct 25 change, Tue 27 Oct 11:00 +01:00 (= 10:00 Dakar); mail Date header +0200, Google .ics in UTC.
- Case {k('c14')}: Calendly shows 14:00 GMT for Thu 29 Oct (10:00 EDT, -04:00, before Canada's Nov 1 change).
- Case {k('c15')}: America/Toronto: mail dated Fri 30 Oct -0400, interview Tue 3 Nov 9:00 EST -05:00 (= 14:00 Dakar); Teams TZID "Eastern Standard Time", label "(UTC-05:00) Eastern Time (US & Canada)".
- Case {k('c16')}: Wolof "ëllëg Talaata ci 10i suba" resolved against Mon 19 Oct 20:14 +0000 -> Tue 20 Oct 10:00.
- Case {k('c17')}: Wolof "ëllëg Gaawu ci 10i suba" (negative; family gathering).
"""
    (OUT / "README.md").write_text(text, encoding="utf-8")


def main():
    check_dst_2026()
    for p in sorted(OUT.glob("b335-*")):
        shutil.rmtree(p)
    labels, numbers = {}, {}
    for i, fn in enumerate(CASES, 1):
        slug, items, lbl = fn()
        name = f"b335-{i:02d}-{slug}"
        numbers[fn.__name__] = i
        folder = OUT / name
        folder.mkdir()
        for j, (fname, data) in enumerate(items, 1):
            assert fname.startswith(f"{j:02d}-") and fname.endswith((".eml", ".ics", ".gcal.json")), fname
            (folder / fname).write_bytes(data)
        labels[name] = lbl
    head = "# Labels for blind335 (written blind). Schema: /work/shared/eval/README.md\n"
    body = yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    (OUT / "labels.yaml").write_text(head + body, encoding="utf-8")
    write_readme(labels, numbers)
    print(f"wrote {len(labels)} cases to {OUT}")


if __name__ == "__main__":
    main()
