#!/usr/bin/env python3
"""Generate the blind312 evaluation set (Tunis, Tunisia; French / Arabic / English mail).

Deletes and rewrites every b312-* case folder, labels.yaml and README.md next to this script.
Standard library + PyYAML + zoneinfo only. Output is byte-identical on every run.
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind312-tunis-oct-nov-2026"
OWNER_NAME = "Yassine Ben Salah"
OWNER = "yassine.bensalah@example.com"
OWNER_PHONE = "+216 98 412 337"

TUN = ZoneInfo("Africa/Tunis")
PAR = ZoneInfo("Europe/Paris")
TOR = ZoneInfo("America/Toronto")
DOH = ZoneInfo("Asia/Qatar")
UTC = timezone.utc

WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


# ---------------------------------------------------------------- determinism helpers
def H(*parts):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()


def digits(key, n):
    return str(int(H("digits", key), 16))[:n]


def T(s, tz, wd, off):
    """Local time s ('YYYY-MM-DD HH:MM[:SS]') in tz; asserts weekday and UTC offset."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    d = datetime.strptime(s, fmt).replace(tzinfo=tz)
    assert WD[d.weekday()] == wd, (s, WD[d.weekday()], wd)
    o = d.utcoffset()
    sign = "+" if o >= timedelta(0) else "-"
    m = abs(int(o.total_seconds())) // 60
    got = f"{sign}{m // 60:02d}:{m % 60:02d}"
    assert got == off, (s, str(tz), got, off)
    return d


def check_dst_2026():
    # EU/UK: Mar 29 / Oct 25 ; US/Canada: Mar 8 / Nov 1 ; Tunis and Doha: no DST
    T("2026-03-28 12:00", PAR, "Sat", "+01:00")
    T("2026-03-29 12:00", PAR, "Sun", "+02:00")
    T("2026-10-24 12:00", PAR, "Sat", "+02:00")
    T("2026-10-25 12:00", PAR, "Sun", "+01:00")
    T("2026-03-07 12:00", TOR, "Sat", "-05:00")
    T("2026-03-08 12:00", TOR, "Sun", "-04:00")
    T("2026-10-31 12:00", TOR, "Sat", "-04:00")
    T("2026-11-01 12:00", TOR, "Sun", "-05:00")
    T("2026-07-01 12:00", TUN, "Wed", "+01:00")
    T("2026-10-25 12:00", TUN, "Sun", "+01:00")
    T("2026-11-08 12:00", DOH, "Sun", "+03:00")


def iso(d):
    return d.isoformat() if d is not None else None


# ---------------------------------------------------------------- e-mail helpers
def addr(name, email):
    return formataddr((name, email), charset="utf-8") if name else email


def addrs(lst):
    return ", ".join(addr(n, e) for n, e in lst)


def hval(s):
    return s if s.isascii() else Header(s, "utf-8").encode()


def mid(key, domain, style="plain"):
    h = H("msgid", key)
    if style == "outlook":
        p = "PAWPR08MB" + h[:4].upper()
        return f"<{p}{h[4:28].upper()}@{p}.eurprd08.prod.outlook.com>"
    if style == "google":
        return f"<calendar-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@google.com>"
    if style == "taleo":
        return f"<{int(h[:12], 16)}.{int(h[12:20], 16)}.JavaMail.taleo@{domain}>"
    if style == "gmail":
        return f"<CA+{base64.b64encode(bytes.fromhex(h[:48])).decode().replace('/', '_')}@mail.gmail.com>"
    return f"<{h[:14]}.{h[14:26]}@{domain}>"


def enc_body(text, enc):
    if not text.endswith("\n"):
        text += "\n"
    b = text.encode("utf-8")
    if enc == "qp":
        return quopri.encodestring(b).decode("ascii"), "quoted-printable"
    if enc == "b64":
        return base64.encodebytes(b).decode("ascii"), "base64"
    if enc == "8bit":
        return text, "8bit"
    assert enc == "7bit" and text.isascii()
    return text, "7bit"


def text_part(text, sub="plain", enc="qp", charset="UTF-8"):
    body, cte = enc_body(text, enc)
    return f'Content-Type: text/{sub}; charset="{charset}"\nContent-Transfer-Encoding: {cte}\n\n{body}'


def b64lines(data):
    return base64.encodebytes(data).decode("ascii")


def cal_part(ics_text, method="REQUEST"):
    return (f'Content-Type: text/calendar; charset="UTF-8"; method={method}\n'
            f"Content-Transfer-Encoding: base64\n\n{b64lines(ics_text.encode('utf-8'))}")


def attach_part(data, ctype, filename):
    return (f'Content-Type: {ctype}; name="{filename}"\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            f"Content-Transfer-Encoding: base64\n\n{b64lines(data)}")


def multipart(sub, parts, key, extra=""):
    b = "b312_" + H("boundary", key)[:30]
    s = f'Content-Type: multipart/{sub};{extra}\n boundary="{b}"\n\n'
    for p in parts:
        s += f"--{b}\n" + p.rstrip("\n") + "\n"
    s += f"--{b}--\n"
    return s


def received_line(domain, key, date):
    ip = ".".join(str(int(H("ip", key)[i:i + 2], 16)) for i in (0, 2, 4, 6))
    when = format_datetime((date + timedelta(seconds=3)).astimezone(UTC))
    return (f"from mail.{domain} (mail.{domain} [{ip}])\n        by mx.example.com with ESMTPS id "
            f"{H('smtp', key)[:12]}\n        for <{OWNER}>;\n        {when}")


def message(key, frm, to, subject, date, entity, cc=None, reply_to=None, msgid=None,
            in_reply_to=None, references=None, extra=(), sender=None, return_path=None):
    """frm: (name, email); to/cc: lists of (name, email). Returns bytes."""
    domain = frm[1].split("@")[1]
    hs = [("Delivered-To", OWNER),
          ("Received", received_line(domain, key, date)),
          ("Return-Path", f"<{return_path or (sender[1] if sender else frm[1])}>"),
          ("From", addr(*frm))]
    if sender:
        hs.append(("Sender", addr(*sender)))
    hs.append(("To", addrs(to)))
    if cc:
        hs.append(("Cc", addrs(cc)))
    if reply_to:
        hs.append(("Reply-To", addr(*reply_to)))
    hs.append(("Subject", hval(subject)))
    hs.append(("Date", format_datetime(date)))
    hs.append(("Message-ID", msgid or mid(key, domain)))
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
    if references:
        hs.append(("References", "\n ".join(references)))
    hs.extend(extra)
    hs.append(("MIME-Version", "1.0"))
    head = "".join(f"{k}: {v}\n" for k, v in hs)
    return (head + entity).encode("utf-8")


def html_doc(inner, rtl=False, font="Arial,Helvetica,sans-serif"):
    d = ' dir="rtl" lang="ar"' if rtl else ""
    return (f'<!DOCTYPE html>\n<html{d}><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:{font};font-size:14px;color:#222">\n{inner}\n</body></html>\n')


def paras(text):
    out = []
    for block in text.strip("\n").split("\n\n"):
        out.append("<p>" + "<br>\n".join(html.escape(x, quote=False) for x in block.split("\n")) + "</p>")
    return "\n".join(out)


# ---------------------------------------------------------------- iCalendar helpers
def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    if len(line.encode("utf-8")) <= 75:
        return line
    out, cur, n = [], "", 0
    for ch in line:
        ln = len(ch.encode("utf-8"))
        if n + ln > 75:
            out.append(cur)
            cur, n = " ", 1
        cur += ch
        n += ln
    out.append(cur)
    return "\r\n".join(out)


def ics_text(lines):
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def lt(d):
    return d.strftime("%Y%m%dT%H%M%S")


def zt(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def cn(name):
    return f'"{name}"' if any(c in name for c in ",;:") else name


def _win(tzid, off):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{off}", f"TZOFFSETTO:{off}",
            "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", f"TZOFFSETFROM:{off}",
            f"TZOFFSETTO:{off}", "END:DAYLIGHT", "END:VTIMEZONE"]


VTZ = {
    "Africa/Tunis": ["BEGIN:VTIMEZONE", "TZID:Africa/Tunis", "X-LIC-LOCATION:Africa/Tunis",
                     "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100", "TZNAME:CET",
                     "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Europe/Paris": ["BEGIN:VTIMEZONE", "TZID:Europe/Paris", "X-LIC-LOCATION:Europe/Paris",
                     "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
                     "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
                     "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
                     "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
                     "END:VTIMEZONE"],
    "America/Toronto": ["BEGIN:VTIMEZONE", "TZID:America/Toronto", "X-LIC-LOCATION:America/Toronto",
                        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
                        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
                        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
                        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
                        "END:VTIMEZONE"],
    "Eastern Standard Time": ["BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
                              "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400",
                              "TZOFFSETTO:-0500", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
                              "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000",
                              "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
                              "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
                              "END:VTIMEZONE"],
    "W. Central Africa Standard Time": _win("W. Central Africa Standard Time", "+0100"),
    "Arab Standard Time": _win("Arab Standard Time", "+0300"),
}


def vevent(uid, stamp, start, end, tzid, summary, org, atts, desc=None, loc=None, seq=0,
           status="CONFIRMED", extra=(), created=None):
    L = ["BEGIN:VEVENT", f"DTSTART;TZID={tzid}:{lt(start)}", f"DTEND;TZID={tzid}:{lt(end)}",
         f"DTSTAMP:{zt(stamp)}"]
    if org:
        L.append(f"ORGANIZER;CN={cn(org[0])}:mailto:{org[1]}")
    L.append(f"UID:{uid}")
    for name, em, role, ps in atts:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={cn(name)};"
                 f"X-NUM-GUESTS=0:mailto:{em}")
    if created:
        L.append(f"CREATED:{zt(created)}")
    if desc:
        L.append(f"DESCRIPTION:{esc(desc)}")
    L.append(f"LAST-MODIFIED:{zt(stamp)}")
    if loc:
        L.append(f"LOCATION:{esc(loc)}")
    L += [f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    L += list(extra)
    L.append("END:VEVENT")
    return L


def vcalendar(method, prodid, tzids, events, extra=()):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    L += list(extra)
    for t in tzids:
        L += VTZ[t]
    for e in events:
        L += e
    L.append("END:VCALENDAR")
    return ics_text(L)


def outlook_props(seq, busy="TENTATIVE", intended="BUSY", teams_url=None):
    L = [f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(H('own', seq, teams_url)[:7], 16)}",
         f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}", f"X-MICROSOFT-CDO-INTENDEDSTATUS:{intended}",
         "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        L.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}")
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT"]
    return L


def outlook_uid(key):
    return "040000008200E00074C5B7101A82E00800000000" + H("olk", key)[:16].upper() + \
        "0000000000000000100000000" + H("olk2", key)[:31].upper()


def teams_block(key, lang="fr-FR"):
    tid = base64.b64encode(bytes.fromhex(H("teams", key)[:36])).decode().replace("+", "x").replace("/", "Q").rstrip("=")
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0?context=%7b%22Tid%22%3a%22"
           f"{H('tenant', key)[:8]}-{H('tenant', key)[8:12]}-4{H('tenant', key)[13:16]}-a{H('tenant', key)[17:20]}-"
           f"{H('tenant', key)[20:32]}%22%7d")
    mid_ = " ".join([digits("tm" + key, 3), digits("tm2" + key, 3), digits("tm3" + key, 3), digits("tm4" + key, 3)])
    code = base64.b64encode(bytes.fromhex(H("pc", key)[:8])).decode()[:6].replace("+", "k").replace("/", "Z")
    bar = "_" * 80
    text = (f"{bar}\nRéunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
            f"Cliquez ici pour rejoindre la réunion<{url}>\nID de la réunion : {mid_}\nCode secret : {code}\n"
            f"Télécharger Teams<https://www.microsoft.com/{lang.lower()}/microsoft-teams/download-app> | "
            f"Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            f"En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/"
            f"meetingOptions/?language={lang}>\n{bar}")
    return url, text


def outlook_invite(key, frm, to, subject, date, when_loc, body, ics, method="REQUEST", cc=None, lang="fr-FR",
                   teams_text=None):
    """Exchange/Teams meeting request: multipart/alternative(text/plain, text/html, text/calendar)."""
    plain = f"{when_loc}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}"
    if teams_text:
        plain += "\n\n" + teams_text
    htmlb = html_doc('<div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">\n' + paras(plain) + "\n</div>",
                     font="Aptos,Calibri,sans-serif")
    ent = multipart("alternative", [text_part(plain, "plain", "qp"), text_part(htmlb, "html", "qp"),
                                    cal_part(ics, method)], key)
    ti = base64.b64encode(bytes.fromhex(H("ti", key)[:44])).decode()
    extra = [("Thread-Topic", hval(subject.split(": ", 1)[-1] if subject.startswith(("Annulé", "RE")) else subject)),
             ("Thread-Index", ti), ("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("Content-class", "urn:content-classes:calendarmessage"),
             ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + H("ser", key)[:18])]
    return message(key, frm, to, subject, date, ent, cc=cc, msgid=mid(key, "", "outlook"), extra=extra)


def google_invite(key, org, guests, summary, start, end, tzid, when_fr, when_subj, desc, sent,
                  meet=None, loc=None, uid=None, seq=0):
    """Google Calendar invitation e-mail (French UI): multipart/mixed(alternative(plain, html, calendar), invite.ics)."""
    eid = base64.b64encode(H("eid", key)[:40].encode()).decode().rstrip("=")
    uid = uid or f"{H('gcuid', key)[:26]}@google.com"
    guest_lines = [f"{org[0]} - organisateur"] + [g[1] for g in guests if g[1] != org[1]]
    plain = "Vous avez été invité à l'événement suivant.\n\n" + summary + "\nQuand\n" + when_fr + "\n"
    if meet:
        plain += (f"\nParticiper avec Google Meet\nhttps://meet.google.com/{meet}\n\nParticiper par téléphone\n"
                  f"(TN) +216 31 35 {digits('ph' + key, 2)} {digits('ph2' + key, 2)} PIN : {digits('pin' + key, 9)}#\n")
    if loc:
        plain += f"\nLieu\n{loc}\n"
    plain += "\nInvités\n" + "\n".join(guest_lines) + "\n"
    plain += f"Afficher tous les détails de l'invité : https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n"
    plain += f"\n{desc}\n\n"
    plain += (f"Répondre pour {OWNER} : Oui (https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=1) "
              f"Non (https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=2) "
              f"Peut-être (https://calendar.google.com/calendar/event?action=RESPOND&eid={eid}&rst=3)\n\n"
              "Invitation de Google Agenda : https://calendar.google.com/calendar/\n\n"
              f"Vous recevez cet e-mail à l'adresse {OWNER}, car vous êtes invité à cet événement.\n\n"
              "Refuser cet événement pour ne plus recevoir de notifications le concernant.\n")
    inner = (f'<h2 style="font-size:18px;font-weight:400">{html.escape(summary)}</h2>\n'
             f"<p><b>Quand</b><br>{html.escape(when_fr)}</p>\n")
    if meet:
        inner += (f'<p><a href="https://meet.google.com/{meet}">Participer avec Google Meet</a><br>'
                  f"meet.google.com/{meet}</p>\n")
    if loc:
        inner += f"<p><b>Lieu</b><br>{html.escape(loc)}</p>\n"
    inner += "<p><b>Invités</b><br>" + "<br>".join(html.escape(x) for x in guest_lines) + "</p>\n"
    inner += paras(desc) + "\n"
    inner += (f'<p style="color:#70757a;font-size:12px">Invitation de <a href="https://calendar.google.com/calendar/">'
              f"Google Agenda</a>. Vous recevez cet e-mail à l'adresse {OWNER}, car vous êtes invité à cet événement.</p>")
    atts = [(org[0], org[1], "REQ-PARTICIPANT", "ACCEPTED")]
    atts += [(g[0] or g[1], g[1], "REQ-PARTICIPANT", "NEEDS-ACTION") for g in guests if g[1] != org[1]]
    extra = []
    if meet:
        extra = [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}"]
    d = desc + (f"\n\nParticiper avec Google Meet : https://meet.google.com/{meet}" if meet else "")
    ev = vevent(uid, sent, start, end, tzid, summary, org, atts, desc=d, loc=loc or "", seq=seq,
                extra=extra, created=sent - timedelta(minutes=2))
    ics = vcalendar("REQUEST", "-//Google Inc//Google Calendar 70.9054//EN", [tzid], [ev])
    alt = multipart("alternative", [text_part(plain, "plain", "qp"), text_part(html_doc(inner), "html", "qp"),
                                    cal_part(ics)], key + "alt")
    ent = multipart("mixed", [alt, attach_part(ics.encode("utf-8"), "application/ics", "invite.ics")], key + "mix")
    subject = f"Invitation: {summary} @ {when_subj} ({OWNER})"
    return message(key, org, [(OWNER_NAME, OWNER)], subject, sent, ent, reply_to=org,
                   sender=("Google Agenda", "calendar-notification@google.com"),
                   msgid=mid(key, "google.com", "google")), uid, ics


# ---------------------------------------------------------------- labels
def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


def lab(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


ME = (OWNER_NAME, OWNER)


# ---------------------------------------------------------------- people
AMIRA = ("Amira Trabelsi", "amira.trabelsi@sotumeca-auto.example")
KARIM = ("Karim Jaziri", "karim.jaziri@sotumeca-auto.example")
OLFA = ("Olfa Mejri", "olfa.mejri@sotumeca-auto.example")
MOURAD = ("Mourad Hammami", "mourad.hammami@sotumeca-auto.example")
HATEM = ("Hatem Sassi", "hatem.sassi@sotumeca-auto.example")
NESRINE = ("Nesrine Ayari", "nesrine.ayari@sotumeca-auto.example")
INES = ("Ines Kallel", "ines.kallel@thyna-aero.example")
WALID = ("Walid Ellouze", "walid.ellouze@thyna-aero.example")
MARIEM = ("Mariem Frikha", "mariem.frikha@thyna-aero.example")
ANIS = ("Anis Masmoudi", "anis.masmoudi@thyna-aero.example")
RIM = ("Rim Chaabane", "rim.chaabane@tunivox.example")
SAMI = ("Sami Dridi", "sami.dridi@tunivox.example")
MEHDI = ("Mehdi Ben Amor", "mehdi.benamor@tunivox.example")
CLAIRE = ("Claire Dumoulin", "claire.dumoulin@ingeral.example")
LAURENT = ("Laurent Vasseur", "laurent.vasseur@ingeral.example")
GENEVIEVE = ("Geneviève Tremblay", "genevieve.tremblay@borealis-systemes.example")
MARCANDRE = ("Marc-André Gagnon", "marc-andre.gagnon@borealis-systemes.example")
SOPHIE = ("Sophie Lavoie", "sophie.lavoie@borealis-systemes.example")
RASHID = ("Rashid Al-Marri", "rashid.almarri@aldana-contracting.example")
ARUN = ("Arun Menon", "arun.menon@aldana-contracting.example")
KHALID = ("Khalid Saeed", "khalid.saeed@aldana-contracting.example")

SOTUMECA, ROLE_SOT = "Sotumeca Automotive", "Ingénieur Conception Mécanique"
THYNA, ROLE_THY = "Thyna Aérostructures", "Ingénieur Méthodes Industrialisation"
TUNIVOX, ROLE_TUN = "Tunivox Télécom", "Ingénieur Maintenance Énergie & Climatisation"
INGERAL, ROLE_ING = "Ingéral Conseil", "Ingénieur Calcul de Structures"
BOREALIS, ROLE_BOR = "Boréalis Systèmes", "Ingénieur(e) en conception mécanique"
ALDANA, ROLE_ALD = "Al Dana Contracting", "Mechanical Engineer (HVAC/MEP)"

MIN = timedelta(minutes=1)


# ================================================================= cases
def c01():
    d = T("2026-10-12 16:42:10", TUN, "Mon", "+01:00")
    body = f"""Bonjour Monsieur Ben Salah,

Je vous remercie pour votre candidature au poste d'Ingénieur Conception Mécanique (supports et
faisceaux) sur notre site de Ben Arous.

Votre profil a retenu notre attention. Je vous propose un premier échange téléphonique demain à
14h, d'une trentaine de minutes, pour faire connaissance et revenir sur vos projets sous CATIA V5
ainsi que sur vos prétentions salariales.

Je vous appellerai sur le numéro figurant sur votre CV ({OWNER_PHONE}). Si ce créneau ne vous
arrange pas, merci de me le signaler par retour de mail avant ce soir.

Cordialement,

Amira Trabelsi
Chargée de recrutement – Ressources Humaines
Sotumeca Automotive | Zone industrielle Ben Arous, 2013 Ben Arous
Tél. : +216 71 389 540
"""
    e = message("c01-1", AMIRA, [ME], "Votre candidature – Ingénieur Conception Mécanique / Sotumeca Automotive",
                d, text_part(body, "plain", "qp"), extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    s = T("2026-10-13 14:00", TUN, "Tue", "+01:00")
    return ("b312-01-sotumeca-phone-screen-demain", [("01-sotumeca-premier-echange.eml", e)],
            lab([iv(SOTUMECA, ROLE_SOT, s, s + 30 * MIN, "scheduled", [AMIRA[1]], [AMIRA[1]], "phone_screen")],
                "medium", "positive/email-body-relative-date",
                "Time only in the body: 'demain à 14h' resolved against Date Mon 12 Oct 2026 +0100 -> Tue 13 Oct "
                "14:00 Tunis; 'une trentaine de minutes' gives the end. The recruiter places the call."))


def c02():
    d = T("2026-10-13 09:05:31", UTC, "Tue", "+00:00")
    s = T("2026-10-16 11:00", TUN, "Fri", "+01:00")
    e_ = s + 45 * MIN
    meet = "pvk-rhdt-xqa"
    plain = f"""Bonjour Yassine,

Votre entretien est confirmé ! Voici le récapitulatif :

Entreprise : Thyna Aérostructures
Poste : Ingénieur Méthodes Industrialisation (H/F) – Sakiet Ezzit, Sfax
Étape : Premier échange avec l'équipe recrutement (visio)
Date : vendredi 16 octobre 2026
Heure : 11:00 – 11:45 (Africa/Tunis, UTC+01:00)
Avec : Ines Kallel, Talent Acquisition Partner
Lien : https://meet.google.com/{meet}

Un empêchement ? Vous pouvez déplacer ou annuler ce rendez-vous depuis votre espace candidat,
au plus tard 24 heures avant.
Une question sur le poste ? Écrivez directement à Ines : {INES[1]}

Bonne préparation !
L'équipe Welcome Talents, pour le compte de Thyna Aérostructures

--
Vous recevez cet e-mail car vous avez postulé via welcometalents.example.
Gérer mes notifications : https://app.welcometalents.example/candidat/notifications
"""
    inner = f"""<table width="600" cellpadding="0" cellspacing="0" style="margin:auto;border:1px solid #e4e4e4">
<tr><td style="background:#ffcd00;padding:18px 24px;font-size:20px;font-weight:bold">Welcome Talents</td></tr>
<tr><td style="padding:24px">
<p>Bonjour Yassine,</p>
<p><b>Votre entretien est confirmé&nbsp;!</b></p>
<table cellpadding="4" style="font-size:14px">
<tr><td style="color:#777">Entreprise</td><td>Thyna Aérostructures</td></tr>
<tr><td style="color:#777">Poste</td><td>Ingénieur Méthodes Industrialisation (H/F) – Sakiet Ezzit, Sfax</td></tr>
<tr><td style="color:#777">Étape</td><td>Premier échange avec l'équipe recrutement (visio)</td></tr>
<tr><td style="color:#777">Date</td><td>vendredi 16 octobre 2026</td></tr>
<tr><td style="color:#777">Heure</td><td>11:00 – 11:45 (Africa/Tunis, UTC+01:00)</td></tr>
<tr><td style="color:#777">Avec</td><td>Ines Kallel, Talent Acquisition Partner</td></tr>
</table>
<p><a href="https://meet.google.com/{meet}" style="background:#1a1a1a;color:#fff;padding:10px 18px;text-decoration:none">Rejoindre la visio</a></p>
<p>Un empêchement&nbsp;? Vous pouvez déplacer ou annuler ce rendez-vous depuis <a href="https://app.welcometalents.example/candidat">votre espace candidat</a>, au plus tard 24&nbsp;heures avant.<br>
Une question sur le poste&nbsp;? Écrivez directement à Ines&nbsp;: <a href="mailto:{INES[1]}">{INES[1]}</a></p>
<p>Bonne préparation&nbsp;!<br>L'équipe Welcome Talents, pour le compte de Thyna Aérostructures</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#999">Vous recevez cet e-mail car vous avez postulé via welcometalents.example.</td></tr>
</table>"""
    ev = vevent(f"wt-itw-{H('c02uid')[:20]}@welcometalents.example", d, s, e_, "Africa/Tunis",
                "Entretien – Thyna Aérostructures – Ingénieur Méthodes Industrialisation", INES,
                [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "ACCEPTED"), (INES[0], INES[1], "CHAIR", "ACCEPTED")],
                desc=f"Premier échange visio avec Ines Kallel (Talent Acquisition Partner).\nLien : https://meet.google.com/{meet}",
                loc=f"https://meet.google.com/{meet}")
    ics = vcalendar("REQUEST", "-//Welcome Talents//Scheduler 3.2//FR", ["Africa/Tunis"], [ev])
    alt = multipart("alternative", [text_part(plain, "plain", "qp"), text_part(html_doc(inner), "html", "b64")], "c02alt")
    ent = multipart("mixed", [alt, attach_part(ics.encode(), "text/calendar; method=REQUEST", "entretien.ics")], "c02mix")
    e = message("c02-1", ("Thyna Aérostructures via Welcome Talents", "notifications@welcometalents.example"), [ME],
                "Entretien confirmé : Ingénieur Méthodes Industrialisation – Thyna Aérostructures", d, ent,
                reply_to=INES, msgid=mid("c02-1", "mail.welcometalents.example"),
                extra=[("List-Unsubscribe", "<https://app.welcometalents.example/unsubscribe/" + H("un2")[:24] + ">"),
                       ("X-Auto-Response-Suppress", "All")])
    return ("b312-02-welcometalents-thyna-phone-screen", [("01-welcometalents-entretien-confirme.eml", e)],
            lab([iv(THYNA, ROLE_THY, s, e_, "scheduled", [INES[1]], [INES[1]], "phone_screen")],
                "easy", "positive/ats-email-with-ics",
                "Welcome-to-the-Jungle-style ATS confirmation from a notification address with Reply-To the "
                "recruiter, who runs the screen; entretien.ics attached (TZID Africa/Tunis)."))


def c03():
    d = T("2026-10-14 07:00:12", TUN, "Wed", "+01:00")
    offers = [
        ("Ingénieur mécanique – bureau d'études (H/F)", "Groupe Medelec", "Ben Arous", "Publiée il y a 2 jours"),
        ("Recrutement urgent : ingénieur maintenance – entretien immédiat", "Carthago Plast", "Bizerte", "Nouveau"),
        ("مهندس ميكانيك – صيانة صناعية", "SoFer Sud", "صفاقس", "Nouveau"),
        ("Ingénieur méthodes aéronautique", "AéroCap Tunisie", "El Fahs", "Publiée hier"),
        ("Chef de projet industrialisation", "Elmotech", "Sousse", "Publiée il y a 3 jours"),
        ("Journée de recrutement 21/10 à 9h – techniciens et ingénieurs", "Cablerie du Cap Bon", "Nabeul", "Événement"),
        ("Ingénieur HVAC – projet Golfe (expatriation)", "MedRecrut Conseil", "Tunis", "Publiée hier"),
        ("Ingénieur calcul éléments finis (Abaqus)", "Simulis Engineering", "Tunis – Lac 1", "Nouveau"),
    ]
    plain = "Bonjour Yassine,\n\n8 nouvelles offres correspondent à votre alerte « ingénieur mécanique » (Grand Tunis et régions).\n\n"
    rows = ""
    for i, (t, c, v, m) in enumerate(offers, 1):
        plain += f"{i}. {t}\n   {c} – {v} – {m}\n   https://www.tanitemploi.example/offre/{digits('of' + str(i), 6)}\n\n"
        rows += (f'<tr><td style="padding:10px;border-bottom:1px solid #eee"><a href="https://www.tanitemploi.example/offre/'
                 f'{digits("of" + str(i), 6)}" style="color:#c0392b;font-weight:bold">{html.escape(t)}</a><br>'
                 f'<span style="color:#555">{html.escape(c)} – {html.escape(v)}</span> '
                 f'<span style="color:#999;font-size:12px">{m}</span></td></tr>\n')
    plain += ("Conseil de la semaine : préparez un pitch de 2 minutes avant chaque entretien.\n\n"
              "Modifier ou supprimer cette alerte : https://www.tanitemploi.example/compte/alertes\n"
              "TanitEmploi – Le premier site de l'emploi en Tunisie\n")
    inner = (f'<table width="620" style="margin:auto"><tr><td style="background:#c0392b;color:#fff;padding:14px;font-size:18px">'
             f'TanitEmploi – Alerte emploi</td></tr>\n<tr><td><p>Bonjour Yassine,</p><p>8 nouvelles offres correspondent à '
             f'votre alerte <b>« ingénieur mécanique »</b> (Grand Tunis et régions).</p></td></tr>\n{rows}'
             f'<tr><td style="padding:10px;background:#f7f7f7">Conseil de la semaine : préparez un pitch de 2 minutes avant '
             f'chaque entretien.</td></tr>\n<tr><td style="font-size:11px;color:#999"><a href="https://www.tanitemploi.example/'
             f'compte/alertes">Modifier ou supprimer cette alerte</a></td></tr></table>')
    alt = multipart("alternative", [text_part(plain, "plain", "qp"), text_part(html_doc(inner), "html", "qp")], "c03")
    e = message("c03-1", ("TanitEmploi Alertes", "alertes@tanitemploi.example"), [ME],
                "8 nouvelles offres pour « ingénieur mécanique »", d, alt,
                extra=[("List-Unsubscribe", "<https://www.tanitemploi.example/compte/alertes>"), ("Precedence", "bulk")])
    return ("b312-03-tanitemploi-job-alert", [("01-alerte-offres.eml", e)],
            lab([], "easy", "negative/job-alert",
                "Job-board alert digest; titles mention 'entretien immédiat' and a recruiting day at 9h but nothing is "
                "booked for the user."))


def c04():
    d1 = T("2026-10-09 11:20:05", PAR, "Fri", "+02:00")
    d_y = T("2026-10-10 18:03:00", TUN, "Sat", "+01:00")
    d2 = T("2026-10-12 09:14:40", PAR, "Mon", "+02:00")
    s = T("2026-10-15 15:00", PAR, "Thu", "+02:00")
    assert s.astimezone(TUN).hour == 14
    T("2026-10-14 10:00", PAR, "Wed", "+02:00")  # other proposed slot, not chosen
    subj = "Ingéral Conseil – Ingénieur Calcul de Structures : premier entretien"
    b1 = """Bonjour Yassine,

Merci pour votre candidature au poste d'Ingénieur Calcul de Structures (mission aéronautique, basée à
Paris, télétravail partiel possible après la période d'intégration).

Je dirige le pôle Mécanique & Structures et j'aimerais vous présenter le poste et en savoir plus sur
vos travaux de dimensionnement. L'échange se fera sur Teams et durera environ 45 minutes.

Deux créneaux possibles, en heure de Paris :
- mercredi 14 octobre à 10h00
- jeudi 15 octobre à 15h00

Dites-moi celui qui vous arrange le mieux.

Bien cordialement,

Claire Dumoulin
Manager Pôle Mécanique & Structures
Ingéral Conseil – 18 rue de Londres, 75009 Paris
+33 1 84 60 27 15
"""
    m1 = mid("c04-1", "", "outlook")
    e1 = message("c04-1", CLAIRE, [ME], subj, d1,
                 multipart("alternative", [text_part(b1, "plain", "qp"), text_part(html_doc(paras(b1)), "html", "qp")], "c04a"),
                 msgid=m1, extra=[("Content-Language", "fr-FR")])
    my = mid("c04-y", "", "gmail")
    url, _ = teams_block("c04")
    b2 = f"""Bonjour Yassine,

C'est noté : jeudi 15 octobre à 15h00, heure de Paris – donc 14h00 chez vous à Tunis, si je ne me
trompe pas sur le décalage horaire. Je vous appellerai sur Teams via ce lien :
{url}

À jeudi,
Claire

Claire Dumoulin
Manager Pôle Mécanique & Structures | Ingéral Conseil

De : Yassine Ben Salah <{OWNER}>
Envoyé : samedi 10 octobre 2026 18:03
À : Claire Dumoulin <{CLAIRE[1]}>
Objet : Re: {subj}

Bonjour Madame Dumoulin,

Merci pour votre retour rapide. Le jeudi 15 octobre à 15h00 (heure de Paris) me convient parfaitement.

Bien cordialement,
Yassine Ben Salah
"""
    assert d_y.strftime("%d") == "10"
    e2 = message("c04-2", CLAIRE, [ME], "RE: " + subj, d2,
                 multipart("alternative", [text_part(b2, "plain", "b64"), text_part(html_doc(paras(b2)), "html", "qp")], "c04b"),
                 msgid=mid("c04-2", "", "outlook"), in_reply_to=my, references=[m1, my],
                 extra=[("Content-Language", "fr-FR")])
    return ("b312-04-ingeral-propose-confirm-paris-time",
            [("01-ingeral-deux-creneaux.eml", e1), ("02-ingeral-confirmation.eml", e2)],
            lab([iv(INGERAL, ROLE_ING, s, s + 45 * MIN, "scheduled", [CLAIRE[1]], [CLAIRE[1]], "hiring_manager")],
                "medium", "positive/thread-propose-confirm",
                "Two slots proposed in Paris time, the user's choice quoted, confirmed for Thu 15 Oct 15:00 Paris "
                "(CEST, +02:00 = 14:00 Tunis). The 14 Oct 10:00 slot is not an interview. Claire (manager) conducts."))


def c05():
    d1 = T("2026-10-07 10:48:00", TUN, "Wed", "+01:00")
    d2 = T("2026-10-16 15:22:09", TUN, "Fri", "+01:00")
    T("2026-10-20 10:00", TUN, "Tue", "+01:00")  # original slot (superseded)
    s = T("2026-10-22 11:30", TUN, "Thu", "+01:00")
    b1 = f"""<div style="background:#f4f4f4;padding:10px;font-size:12px;direction:ltr;text-align:left">TanitEmploi – Vous avez reçu un nouveau message d'un employeur</div>
<p>السيد ياسين بن صالح،</p>
<p>تحية طيبة وبعد،</p>
<p>على إثر دراسة ملف ترشحكم لخطة مهندس صيانة الطاقة والتكييف (Ingénieur Maintenance Énergie &amp; Climatisation)،
يسعدنا دعوتكم لإجراء مقابلة عمل مع السيد سامي الدريدي، مدير وحدة البنية التحتية والطاقة، وذلك:</p>
<p style="font-weight:bold">يوم الثلاثاء 20 أكتوبر 2026 على الساعة العاشرة صباحا<br>
بالمقر الاجتماعي للشركة، ضفاف البحيرة 2، تونس (الطابق الرابع).</p>
<p>تدوم المقابلة حوالي ساعة. يرجى إحضار نسخة من بطاقة التعريف الوطنية ومن الشهائد العلمية.</p>
<p>للاستفسار يمكنكم مراسلة السيدة ريم شعبان على العنوان <a href="mailto:{RIM[1]}">{RIM[1]}</a> أو الاتصال بالرقم 71 960 455.</p>
<p>مع فائق الاحترام،<br>ريم شعبان – إدارة الموارد البشرية، Tunivox Télécom</p>
<hr>
<p style="font-size:11px;color:#888;direction:ltr;text-align:left">Ce message vous a été transmis par TanitEmploi pour le compte de Tunivox Télécom.
Pour répondre à l'employeur, utilisez le bouton « Répondre ». TanitEmploi ne participe pas au processus de sélection.</p>"""
    e1 = message("c05-1", ("Tunivox Télécom via TanitEmploi", "messagerie@tanitemploi.example"), [ME],
                 "رسالة من Tunivox Télécom: دعوة لمقابلة عمل – Ingénieur Maintenance Énergie & Climatisation", d1,
                 text_part(html_doc(b1, rtl=True, font="Tahoma,Arial,sans-serif"), "html", "b64"), reply_to=RIM,
                 msgid=mid("c05-1", "tanitemploi.example"))
    b2 = """السيد ياسين بن صالح،

تحية طيبة،

نحيطكم علما بأنه لأسباب تنظيمية تقرر تأجيل مقابلة العمل التي كانت مبرمجة يوم الثلاثاء 20 أكتوبر 2026
على الساعة العاشرة صباحا.

الموعد الجديد: يوم الخميس ٢٢ أكتوبر ٢٠٢٦ على الساعة ١١:٣٠ صباحا، بنفس العنوان
(ضفاف البحيرة 2، الطابق الرابع). سيجري المقابلة السيد سامي الدريدي (في النسخة).

نرجو منكم تأكيد حضوركم بالرد على هذا البريد، ونعتذر عن هذا التغيير.

مع التحية،
ريم شعبان
مكلفة بالانتداب – إدارة الموارد البشرية
Tunivox Télécom – Les Berges du Lac 2, 1053 Tunis
"""
    e2 = message("c05-2", RIM, [ME], "تأجيل موعد المقابلة – Tunivox Télécom", d2, text_part(b2, "plain", "b64"),
                 cc=[SAMI], msgid=mid("c05-2", "tunivox.example"), extra=[("Content-Language", "ar-TN")])
    return ("b312-05-tunivox-arabic-reschedule",
            [("01-tanitemploi-relais-convocation.eml", e1), ("02-tunivox-report-mouqabala.eml", e2)],
            lab([iv(TUNIVOX, ROLE_TUN, s, s + 60 * MIN, "scheduled", [SAMI[1]], [SAMI[1]], "hiring_manager")],
                "hard", "positive/reschedule-by-email",
                "Arabic invitation relayed by a Tanitjobs-style board (Tue 20 Oct 10:00 'العاشرة صباحا'), then moved "
                "by the recruiter to Thu 22 Oct 11:30 written in Arabic-Indic digits (٢٢ / ١١:٣٠). Duration 'حوالي ساعة' "
                "from the first mail. Interviewer Sami Dridi is in Cc of the reschedule."))


def c06():
    d = T("2026-10-08 14:05:00", TUN, "Thu", "+01:00")
    T("2026-10-17 08:30", TUN, "Sat", "+01:00")
    b = """Monsieur Yassine Ben Salah,

Suite à l'examen de votre dossier de candidature (réf. REC-ING-2026-14 – Ingénieur électromécanicien),
nous avons le plaisir de vous convoquer au test écrit de présélection :

  Date : samedi 17 octobre 2026
  Heure : 08h30 précises (accueil des candidats à partir de 08h00)
  Durée : 3 heures
  Lieu : ISET Radès, amphithéâtre B, Route de Tunis, Radès

Pièces à présenter : la présente convocation et la carte d'identité nationale. Calculatrice non
programmable autorisée. Aucun candidat ne sera admis après 08h45.

Les candidats retenus à l'issue du test écrit seront convoqués ultérieurement à un entretien oral
devant le jury ; la date leur sera communiquée par e-mail.

-------------------------------------------------------------------

السيد ياسين بن صالح،

يسعدنا استدعاؤكم لاجتياز الاختبار الكتابي يوم السبت 17 أكتوبر 2026 على الساعة الثامنة والنصف صباحا
بالمعهد العالي للدراسات التكنولوجية برادس (المدرج ب). مدة الاختبار 3 ساعات.
سيتم لاحقا استدعاء الناجحين لإجراء مقابلة شفاهية، ويُعلَمون بموعدها عبر البريد الإلكتروني.

Service Recrutement – STEM
Société Tunisienne d'Électromécanique
Tél. : +216 71 448 210
"""
    e = message("c06-1", ("Service Recrutement STEM", "recrutement@stem-tn.example"), [ME],
                "Convocation au test écrit – استدعاء لاجتياز الاختبار الكتابي – Réf. REC-ING-2026-14", d,
                text_part(b, "plain", "8bit"))
    return ("b312-06-stem-written-test-only", [("01-convocation-test-ecrit.eml", e)],
            lab([], "hard", "negative/assessment-only",
                "Bilingual 'convocation' to a 3-hour written selection test (Sat 17 Oct 08:30); the oral interview is "
                "only announced for later, never booked. A test alone is not an interview."))


def c07():
    d = T("2026-10-14 17:31:45", TUN, "Wed", "+01:00")
    t0 = T("2026-10-20 09:00", TUN, "Tue", "+01:00")
    s = T("2026-10-20 10:30", TUN, "Tue", "+01:00")
    e_ = s + 60 * MIN
    b = f"""Bonjour Monsieur Ben Salah,

Suite à notre échange téléphonique de mardi, j'ai le plaisir de vous convoquer à l'étape suivante du
processus de recrutement pour le poste d'Ingénieur Conception Mécanique.

Déroulement de la matinée du mardi 20 octobre 2026 :
  • 09h00 – 10h00 : test technique écrit (lecture de plan, cotation GD&T, questions CATIA V5) ;
  • 10h00 – 10h30 : pause et correction du test ;
  • 10h30 – 11h30 : entretien technique avec M. Karim Jaziri, chef du bureau d'études, en ma présence.

Lieu : Sotumeca Automotive, Zone industrielle Ben Arous, bâtiment administratif, 1er étage.
Merci de vous présenter à l'accueil à 08h45 muni de votre carte d'identité. Le test se fait sur
papier ; inutile d'apporter un ordinateur.

Vous trouverez en pièce jointe les deux rendez-vous au format calendrier.

Bien à vous,

Amira Trabelsi
Chargée de recrutement – Sotumeca Automotive
+216 71 389 540
"""
    inner = paras(b).replace("• ", "&bull; ")
    ev1 = vevent(f"{H('c07a')[:32]}@sotumeca-auto.example", d, t0, t0 + 60 * MIN, "Africa/Tunis",
                 "Sotumeca – Test technique écrit (Ingénieur Conception Mécanique)", AMIRA,
                 [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                 desc="Test écrit : lecture de plan, cotation GD&T, CATIA V5. Durée 1 h.",
                 loc="Sotumeca Automotive, ZI Ben Arous – bâtiment administratif, 1er étage")
    ev2 = vevent(f"{H('c07b')[:32]}@sotumeca-auto.example", d, s, e_, "Africa/Tunis",
                 "Sotumeca – Entretien technique avec K. Jaziri", AMIRA,
                 [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                  (KARIM[0], KARIM[1], "REQ-PARTICIPANT", "ACCEPTED"), (AMIRA[0], AMIRA[1], "CHAIR", "ACCEPTED")],
                 desc="Entretien technique avec M. Karim Jaziri (chef du bureau d'études) et Amira Trabelsi (RH).",
                 loc="Sotumeca Automotive, ZI Ben Arous – salle Bureau d'études")
    ics = vcalendar("REQUEST", "-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", ["Africa/Tunis"], [ev1, ev2])
    alt = multipart("alternative", [text_part(b, "plain", "qp"), text_part(html_doc(inner), "html", "b64")], "c07alt")
    ent = multipart("mixed", [alt, attach_part(ics.encode(), "text/calendar", "convocation-sotumeca.ics")], "c07mix")
    e = message("c07-1", AMIRA, [ME], "Convocation – test technique et entretien – mardi 20 octobre", d, ent,
                cc=[KARIM], msgid=mid("c07-1", "", "outlook"))
    return ("b312-07-sotumeca-test-then-interview", [("01-convocation-test-et-entretien.eml", e)],
            lab([iv(SOTUMECA, ROLE_SOT, s, e_, "scheduled", [KARIM[1], AMIRA[1]], [KARIM[1], AMIRA[1]], "technical")],
                "hard", "positive/test-plus-interview",
                "One morning: written test 09:00-10:00 (not an interview) then technical interview 10:30-11:30 with "
                "Karim Jaziri and the recruiter ('en ma présence'). The attached .ics holds two VEVENTs; only the "
                "second counts."))


def c08():
    sent = T("2026-10-19 08:02:33", UTC, "Mon", "+00:00")
    s = T("2026-10-23 17:00", PAR, "Fri", "+02:00")
    e_ = s + 60 * MIN
    s_tun = T("2026-10-23 16:00", TUN, "Fri", "+01:00")
    assert s_tun == s
    summary = "Entretien final – Ingénieur Calcul de Structures (Y. Ben Salah / L. Vasseur)"
    desc = ("Bonjour Yassine,\n\nComme convenu, voici l'invitation pour votre entretien final avec Laurent Vasseur, "
            "directeur de l'agence Ingéral Paris. L'horaire affiché est celui de Paris : 17h00 à Paris, soit 16h00 à "
            "Tunis (la France reste à l'heure d'été jusqu'au 25 octobre).\n\nJe ne participerai pas à cet échange. "
            "Laurent aimerait que vous lui présentiez en une dizaine de minutes une note de calcul dont vous êtes "
            "particulièrement satisfait.\n\nBonne chance !\nClaire")
    meet = "wqe-nxbd-tkf"
    e, uid, _ = google_invite("c08-1", CLAIRE, [LAURENT, ME], summary, s, e_, "Europe/Paris",
                              "vendredi 23 oct. 2026 ⋅ 17:00 – 18:00 (heure d’été d’Europe centrale - Paris)",
                              "ven. 23 oct. 2026 17:00 - 18:00 (CEST)", desc, sent, meet=meet)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(H('etag8')[:13], 16)}\"",
        "id": uid.split("@")[0],
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(
            (uid.split("@")[0] + " " + OWNER).encode()).decode().rstrip("="),
        "created": "2026-10-19T08:00:33.000Z",
        "updated": "2026-10-19T09:41:02.118Z",
        "summary": summary,
        "description": desc,
        "creator": {"email": CLAIRE[1], "displayName": CLAIRE[0]},
        "organizer": {"email": CLAIRE[1], "displayName": CLAIRE[0]},
        "start": {"dateTime": iso(s_tun), "timeZone": "Europe/Paris"},
        "end": {"dateTime": iso(e_.astimezone(TUN)), "timeZone": "Europe/Paris"},
        "iCalUID": uid,
        "sequence": 0,
        "attendees": [
            {"email": CLAIRE[1], "displayName": CLAIRE[0], "organizer": True, "responseStatus": "accepted"},
            {"email": LAURENT[1], "displayName": LAURENT[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": f"https://meet.google.com/{meet}",
        "conferenceData": {
            "entryPoints": [
                {"entryPointType": "video", "uri": f"https://meet.google.com/{meet}", "label": f"meet.google.com/{meet}"},
                {"entryPointType": "phone", "uri": "tel:+33-1-87-40-42-31", "label": "+33 1 87 40 42 31",
                 "pin": digits("c08pin", 9), "regionCode": "FR"},
            ],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": meet,
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    j = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode()
    return ("b312-08-ingeral-final-paris-director",
            [("01-invitation-entretien-final.eml", e), ("02-entretien-final.gcal.json", j)],
            lab([iv(INGERAL, ROLE_ING, s, e_, "scheduled", [LAURENT[1]], [LAURENT[1]], "hiring_manager")],
                "medium", "positive/dedupe-invite-and-api",
                "Google invite with TZID Europe/Paris 17:00 (CEST, +02:00) and the same event from the Calendar API "
                "shown as 16:00+01:00 (Tunis) – one interview. Organizer Claire does not attend; Laurent Vasseur "
                "(Paris director) conducts."))


def c09():
    d = T("2026-10-16 12:10:27", TUN, "Fri", "+01:00")
    s = T("2026-10-24 09:00", TUN, "Sat", "+01:00")
    e_ = s + 240 * MIN
    trainer = ("Bilel Zouari", "bilel.zouari@mecatronik-formation.example")
    b = f"""Bonjour Yassine,

Votre inscription à la formation « SolidWorks Simulation – niveau 2 (analyse statique et fatigue) »
est confirmée. Merci pour votre règlement de 280 TND.

Session : samedi 24 octobre 2026, de 09h00 à 13h00
Lieu : Mécatronik Formation, 14 rue du Lac Léman, Les Berges du Lac 1, Tunis (salle 2)
Formateur : Bilel Zouari, ingénieur certifié CSWP

Pensez à venir avec votre ordinateur portable (licence d'essai fournie sur place). En début de
session, un court tour de table permettra au formateur d'adapter les exercices à votre niveau.
Une attestation de participation vous sera remise à la fin de la matinée.

Le rendez-vous est joint à ce message pour votre agenda.

À samedi,
Sarra Hamdi
Coordination pédagogique – Mécatronik Formation
+216 70 247 118
"""
    ev = vevent(f"{H('c09uid')[:24]}@mecatronik-formation.example", d, s, e_, "Africa/Tunis",
                "Formation SolidWorks Simulation – niveau 2", ("Sarra Hamdi", "sarra.hamdi@mecatronik-formation.example"),
                [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"), (trainer[0], trainer[1], "REQ-PARTICIPANT", "ACCEPTED")],
                desc="Session de formation (4 h). Apporter un ordinateur portable.",
                loc="Mécatronik Formation, Les Berges du Lac 1, Tunis – salle 2")
    ics = vcalendar("REQUEST", "-//Mecatronik Formation//Planning//FR", ["Africa/Tunis"], [ev])
    ent = multipart("mixed", [text_part(b, "plain", "qp"),
                              attach_part(ics.encode(), "text/calendar; method=REQUEST", "formation-24-octobre.ics")], "c09")
    e = message("c09-1", ("Sarra Hamdi – Mécatronik Formation", "sarra.hamdi@mecatronik-formation.example"), [ME],
                "Confirmation d'inscription – Formation SolidWorks Simulation (samedi 24 octobre)", d, ent)
    return ("b312-09-training-session-solidworks", [("01-confirmation-formation.eml", e)],
            lab([], "medium", "negative/training-session",
                "Paid training session with a calendar invite, a trainer and a 'tour de table'; not part of any "
                "hiring process."))




def c10():
    url1, teams1 = teams_block("c10a", "fr-CA")
    url3, teams3 = teams_block("c10c", "fr-CA")
    uid1 = outlook_uid("c10a")
    uid3 = outlook_uid("c10c")
    d1 = T("2026-10-22 14:12:07", TOR, "Thu", "-04:00")
    d2 = T("2026-10-27 09:31:52", TOR, "Tue", "-04:00")
    d3 = T("2026-10-28 10:05:19", TOR, "Wed", "-04:00")
    s1 = T("2026-10-29 08:00", TOR, "Thu", "-04:00")
    s3 = T("2026-11-03 07:30", TOR, "Tue", "-05:00")
    assert s1.astimezone(TUN).strftime("%H:%M") == "13:00" and s3.astimezone(TUN).strftime("%H:%M") == "13:30"
    subj = "Appel vidéo – Ingénieur(e) en conception mécanique – Yassine Ben Salah"
    sig = ("Geneviève Tremblay\nConseillère principale, acquisition de talents\n"
           "Boréalis Systèmes inc. | 1250, rue University, Montréal (Québec) H3B 4W8\n+1 514 555-0187")
    b1 = ("Bonjour Yassine,\n\nTel que discuté au téléphone, voici l'invitation pour votre entrevue avec Marc-André "
          "Gagnon, chef d'équipe Conception mécanique. C'est tôt pour nous, mais ça tombe en début d'après-midi pour "
          "vous : 8 h à Montréal, donc 13 h à Tunis.\n\nPrévoyez environ 45 minutes. Marc-André voudra surtout "
          "entendre parler de vos projets de conception de supports et de vos choix de matériaux.\n\nAu plaisir,\n\n" + sig)
    att = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"), (MARCANDRE[0], MARCANDRE[1], "REQ-PARTICIPANT", "NEEDS-ACTION")]
    ev1 = vevent(uid1, d1, s1, s1 + 45 * MIN, "Eastern Standard Time", subj, GENEVIEVE, att,
                 desc=b1 + "\n\n" + teams1, loc="Réunion Microsoft Teams", extra=outlook_props(0, teams_url=url1))
    ics1 = vcalendar("REQUEST", "Microsoft Exchange Server 2010", ["Eastern Standard Time"], [ev1])
    e1 = outlook_invite("c10-1", GENEVIEVE, [ME, MARCANDRE], subj, d1,
                        "Quand : jeudi 29 octobre 2026 08:00-08:45 (UTC-05:00) Est (États-Unis et Canada).\n"
                        "Où : Réunion Microsoft Teams", b1, ics1, lang="fr-CA", teams_text=teams1)
    b2 = ("Bonjour Yassine,\n\nMarc-André doit finalement se rendre chez un client à Sherbrooke jeudi matin; on doit donc "
          "annuler l'appel vidéo de jeudi 29 octobre. Toutes mes excuses pour le contretemps.\n\nJe vous reviens d'ici "
          "demain avec une nouvelle plage horaire.\n\n" + sig)
    ev2 = vevent(uid1, d2, s1, s1 + 45 * MIN, "Eastern Standard Time", "Annulé : " + subj, GENEVIEVE, att,
                 desc=b2, loc="Réunion Microsoft Teams", seq=1, status="CANCELLED",
                 extra=["PRIORITY:1"] + outlook_props(1, busy="FREE", intended="FREE"))
    ics2 = vcalendar("CANCEL", "Microsoft Exchange Server 2010", ["Eastern Standard Time"], [ev2])
    e2 = outlook_invite("c10-2", GENEVIEVE, [ME, MARCANDRE], "Annulé : " + subj, d2,
                        "Quand : jeudi 29 octobre 2026 08:00-08:45 (UTC-05:00) Est (États-Unis et Canada).\n"
                        "Où : Réunion Microsoft Teams", b2, ics2, method="CANCEL", lang="fr-CA")
    subj3 = "Appel vidéo (nouvelle date) – Ingénieur(e) en conception mécanique – Yassine Ben Salah"
    b3 = ("Re-bonjour Yassine,\n\nComme promis, voici la nouvelle plage avec Marc-André : mardi 3 novembre, 7 h 30 à "
          "Montréal. Petit rappel : on recule l'heure ici dans la nuit du 1er novembre, donc 7 h 30 chez nous "
          "correspondra à 13 h 30 chez vous (et non 12 h 30).\n\nMême format, 45 minutes sur Teams.\n\nMerci de votre "
          "souplesse,\n\n" + sig)
    ev3 = vevent(uid3, d3, s3, s3 + 45 * MIN, "Eastern Standard Time", subj3, GENEVIEVE, att,
                 desc=b3 + "\n\n" + teams3, loc="Réunion Microsoft Teams", extra=outlook_props(0, teams_url=url3))
    ics3 = vcalendar("REQUEST", "Microsoft Exchange Server 2010", ["Eastern Standard Time"], [ev3])
    e3 = outlook_invite("c10-3", GENEVIEVE, [ME, MARCANDRE], subj3, d3,
                        "Quand : mardi 3 novembre 2026 07:30-08:15 (UTC-05:00) Est (États-Unis et Canada).\n"
                        "Où : Réunion Microsoft Teams", b3, ics3, lang="fr-CA", teams_text=teams3)
    return ("b312-10-borealis-montreal-cancel-rebook",
            [("01-invitation-appel-video.eml", e1), ("02-annule-appel-video.eml", e2), ("03-nouvelle-date.eml", e3)],
            lab([iv(BOREALIS, ROLE_BOR, s1, s1 + 45 * MIN, "cancelled", [MARCANDRE[1]], [MARCANDRE[1]], "hiring_manager"),
                 iv(BOREALIS, ROLE_BOR, s3, s3 + 45 * MIN, "scheduled", [MARCANDRE[1]], [MARCANDRE[1]], "hiring_manager")],
                "hard", "positive/cancel-then-rebook",
                "Montreal hiring-manager video call: Exchange invite for Thu 29 Oct 08:00 'Eastern Standard Time' "
                "(EDT, -04:00 despite the '(UTC-05:00)' label), cancelled in Quebec French (METHOD:CANCEL, same UID, "
                "SEQUENCE 1), then re-booked as a NEW event Tue 3 Nov 07:30 after the US DST change (EST, -05:00 = "
                "13:30 Tunis). Two entries."))


def c11():
    url, teams = teams_block("c11")
    d = T("2026-10-23 11:47:20", TUN, "Fri", "+01:00")
    s = T("2026-10-29 14:00", TUN, "Thu", "+01:00")
    e_ = s + 90 * MIN
    subj = "Entretien panel – Ingénieur Conception Mécanique – M. Yassine Ben Salah"
    b = ("Bonjour Monsieur Ben Salah,\n\nSuite à vos résultats au test technique et à l'entretien du 20 octobre, nous "
         "avons le plaisir de vous inviter à un entretien devant un panel composé de :\n"
         "- M. Mourad Hammami, directeur de l'usine ;\n- M. Karim Jaziri, chef du bureau d'études ;\n"
         "- M. Hatem Sassi, responsable qualité fournisseurs (à distance, via Teams).\n\n"
         "L'entretien se déroulera en présentiel dans la salle de la Direction, à l'usine de Ben Arous. Le lien Teams "
         "ci-dessous est réservé à M. Sassi, qui sera en déplacement à Sousse ce jour-là.\n\n"
         "Je reste votre interlocutrice pour toute question d'ordre pratique (accès, parking, badge visiteur).\n\n"
         "Cordialement,\n\nOlfa Mejri\nAssistante Ressources Humaines – Sotumeca Automotive\n+216 71 389 544")
    att = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
           (MOURAD[0], MOURAD[1], "REQ-PARTICIPANT", "ACCEPTED"),
           (KARIM[0], KARIM[1], "REQ-PARTICIPANT", "ACCEPTED"),
           (HATEM[0], HATEM[1], "REQ-PARTICIPANT", "TENTATIVE")]
    loc = "Usine Sotumeca Ben Arous – Salle Direction; Réunion Microsoft Teams"
    ev = vevent(outlook_uid("c11"), d, s, e_, "W. Central Africa Standard Time", subj, OLFA, att,
                desc=b + "\n\n" + teams, loc=loc, extra=outlook_props(0, teams_url=url))
    ics = vcalendar("REQUEST", "Microsoft Exchange Server 2010", ["W. Central Africa Standard Time"], [ev])
    e = outlook_invite("c11-1", OLFA, [ME, MOURAD, KARIM, HATEM], subj, d,
                       "Quand : jeudi 29 octobre 2026 14:00-15:30 (UTC+01:00) Afrique centrale - Ouest.\nOù : " + loc,
                       b, ics, teams_text=teams)
    ivs = [MOURAD[1], KARIM[1], HATEM[1]]
    return ("b312-11-sotumeca-teams-panel-plant-manager", [("01-entretien-panel.eml", e)],
            lab([iv(SOTUMECA, ROLE_SOT, s, e_, "scheduled", ivs, ivs, "onsite")],
                "medium", "positive/outlook-teams-panel",
                "Exchange/Teams invite with Windows TZID 'W. Central Africa Standard Time' and '(UTC+01:00) Afrique "
                "centrale - Ouest' label; in-person panel with the plant manager (one member remote). The HR assistant "
                "organizer does not interview."))


def c12():
    d = T("2026-11-02 10:15:00", PAR, "Mon", "+01:00")
    T("2026-10-23 17:00", PAR, "Fri", "+02:00")  # past final mentioned in the text
    b = """Bonjour Yassine,

Je reviens vers vous après votre entretien final du vendredi 23 octobre avec Laurent Vasseur.

Nous avons apprécié la clarté de votre présentation et la qualité de votre note de calcul. Nous
avons toutefois choisi de poursuivre avec un autre candidat, dont l'expérience sur Nastran/Patran
correspond plus directement aux attentes du client pour cette mission.

Cette décision ne remet pas en cause la qualité de votre parcours, et je me permets de conserver
votre dossier pour de futures missions en calcul ou en conception. Si vous souhaitez un retour plus
détaillé, je peux vous appeler une quinzaine de minutes : proposez-moi simplement un moment qui vous
convient la semaine prochaine.

Je vous souhaite pleine réussite dans vos recherches.

Bien cordialement,

Claire Dumoulin
Manager Pôle Mécanique & Structures | Ingéral Conseil
"""
    e = message("c12-1", CLAIRE, [ME], "Votre candidature – Ingénieur Calcul de Structures – Ingéral Conseil", d,
                multipart("alternative", [text_part(b, "plain", "qp"), text_part(html_doc(paras(b)), "html", "qp")], "c12"),
                msgid=mid("c12-1", "", "outlook"), extra=[("Content-Language", "fr-FR")])
    return ("b312-12-ingeral-rejection-after-final", [("01-reponse-candidature.eml", e)],
            lab([], "medium", "negative/rejection",
                "Rejection that names the past final interview date; the offered feedback call is unbooked. Sent after "
                "the EU DST change (Date +0100)."))


def c13():
    d0 = T("2026-10-26 16:10:00", TUN, "Mon", "+01:00")
    sessions = [
        ("Entretien Méthodes – Walid Ellouze (Responsable méthodes)", WALID, "2026-11-04 09:00", 60, "15:14:02",
         "Échange sur l'industrialisation des sous-ensembles de fuselage, gammes et outillages."),
        ("Entretien technique Structures – Mariem Frikha (Cheffe de projet)", MARIEM, "2026-11-04 10:00", 60, "15:14:41",
         "Étude de cas : reprise d'une non-conformité sur une lisse et proposition d'amélioration."),
        ("Entretien Directeur industriel – Anis Masmoudi", ANIS, "2026-11-04 14:00", 45, "15:15:19",
         "Dernier entretien de la journée, après le déjeuner et la visite de l'atelier d'assemblage."),
    ]
    loc = "Thyna Aérostructures, Route de Gabès km 9, 3083 Sakiet Ezzit, Sfax"
    b = f"""Bonjour Yassine,

Suite à notre échange du 16 octobre, l'équipe souhaite vous rencontrer sur notre site de Sfax.
Voici le programme de la journée du mercredi 4 novembre 2026 :

  09h00 – 10h00  Walid Ellouze, responsable méthodes
  10h00 – 11h00  Mariem Frikha, cheffe de projet structures (étude de cas)
  11h15 – 12h15  Visite de l'atelier d'assemblage (avec Mariem)
  12h30 – 13h45  Déjeuner au restaurant d'entreprise
  14h00 – 14h45  Anis Masmoudi, directeur industriel

Adresse : {loc}. Présentez-vous au poste de garde à 08h45 ; un badge visiteur vous sera remis
(pièce d'identité obligatoire, chaussures fermées pour l'atelier).

Nous prenons en charge votre billet de train Tunis – Sfax : la SNCFT part de Tunis à 05h15 et arrive
à 08h20, un chauffeur vous attendra à la gare. Vous allez recevoir trois invitations distinctes dans
votre agenda, une par entretien.

Au plaisir de vous accueillir,

Ines Kallel
Talent Acquisition Partner – Thyna Aérostructures
+216 74 680 215
"""
    items = [("01-programme-journee-sfax.eml",
              message("c13-0", INES, [ME], "Journée d'entretiens sur site – mercredi 4 novembre – Thyna Aérostructures",
                      d0, text_part(b, "plain", "qp"), msgid=mid("c13-0", "thyna-aero.example")))]
    first = last = None
    for i, (summ, who, st, dur, sent_t, desc) in enumerate(sessions, 1):
        s = T(st, TUN, "Wed", "+01:00")
        e_ = s + dur * MIN
        sent = T("2026-10-26 " + sent_t, UTC, "Mon", "+00:00")
        first = first or s
        last = e_
        when = f"mercredi 4 nov. 2026 ⋅ {s:%H:%M} – {e_:%H:%M} (heure normale d’Europe centrale - Tunis)"
        subj_when = f"mer. 4 nov. 2026 {s:%H:%M} - {e_:%H:%M} (CET)"
        e, _, _ = google_invite(f"c13-{i}", INES, [who, ME], summ, s, e_, "Africa/Tunis", when, subj_when,
                                desc + "\nRendez-vous au poste de garde ; Ines vous accompagnera d'une salle à l'autre.",
                                sent, loc=loc)
        items.append((f"{i + 1:02d}-invitation-{['methodes', 'structures', 'directeur'][i - 1]}.eml", e))
    ivs = [WALID[1], MARIEM[1], ANIS[1]]
    return ("b312-13-thyna-onsite-sfax-three-invites", items,
            lab([iv(THYNA, ROLE_THY, first, last, "scheduled", ivs, ivs, "onsite")],
                "medium", "positive/onsite-loop-several-invites",
                "On-site day in Sfax sent as a programme mail plus three Google invites (09:00-10:00, 10:00-11:00, "
                "14:00-14:45 Tunis); one onsite interview 09:00-14:45 with the three interviewers. The recruiter only "
                "coordinates; the tour and lunch are not separate interviews."))


def c14():
    d = T("2026-10-29 12:30:41", TUN, "Thu", "+01:00")
    T("2026-11-09 09:00", TUN, "Mon", "+01:00")  # 'la semaine du 9 novembre'
    slim = ("Slim Ghorbel", "slim.ghorbel@polymeca.example")
    msg = ("Bonjour M. Ben Salah,\n\nVotre profil correspond au besoin que nous avons publié pour un responsable "
           "maintenance mécanique (lignes d'injection plastique). Pourriez-vous nous indiquer vos disponibilités "
           "pour un entretien dans nos locaux de Sousse, la semaine du 9 novembre ? Nous privilégions les matinées.\n\n"
           "Slim Ghorbel\nResponsable RH – Polyméca Sousse")
    inner = (f'<table width="600" style="margin:auto;border:1px solid #ddd"><tr><td style="background:#0b6fb8;color:#fff;'
             f'padding:14px;font-size:18px">Jobkee</td></tr>\n<tr><td style="padding:18px"><p>Bonjour Yassine,</p>'
             f'<p>L\'entreprise <b>Polyméca Sousse</b> a consulté votre CV et vous a envoyé un message concernant '
             f'l\'offre <b>Responsable maintenance mécanique</b> :</p>\n<blockquote style="border-left:3px solid #0b6fb8;'
             f'padding-left:10px;color:#333">{paras(msg)}</blockquote>\n<p><a href="https://www.jobkee.example/messagerie/'
             f'{H("c14m")[:10]}" style="background:#0b6fb8;color:#fff;padding:8px 14px;text-decoration:none">Répondre au '
             f'recruteur</a></p><p style="font-size:11px;color:#999">Vous pouvez aussi répondre directement à cet e-mail. '
             f'Jobkee – l\'emploi en Tunisie.</p></td></tr></table>')
    plain = ("Bonjour Yassine,\n\nL'entreprise Polyméca Sousse a consulté votre CV et vous a envoyé un message concernant "
             "l'offre « Responsable maintenance mécanique » :\n\n" + "\n".join("> " + x for x in msg.split("\n")) +
             f"\n\nRépondre au recruteur : https://www.jobkee.example/messagerie/{H('c14m')[:10]}\n\nJobkee – l'emploi en Tunisie\n")
    e = message("c14-1", ("Jobkee", "no-reply@jobkee.example"), [ME],
                "Polyméca Sousse souhaite vous rencontrer – Responsable maintenance mécanique", d,
                multipart("alternative", [text_part(plain, "plain", "qp"), text_part(html_doc(inner), "html", "b64")], "c14"),
                reply_to=slim)
    return ("b312-14-jobkee-availability-request", [("01-jobkee-message-recruteur.eml", e)],
            lab([], "medium", "negative/availability-request",
                "Keejob-style relay: an employer asks for availability for an interview 'la semaine du 9 novembre'; "
                "no time is booked."))


def c15():
    stamp = T("2026-10-30 09:12:00", UTC, "Fri", "+00:00")
    s = T("2026-11-07 09:00", TUN, "Sat", "+01:00")
    org = ("Forum Emploi Ingénieurs", "billetterie@forum-ingenieurs.example")
    desc = ("Votre billet visiteur : FEI-2026-" + digits("c15b", 6) + "\n\nPlus de 60 entreprises industrielles, "
            "télécoms et bureaux d'études présentes. Mini-entretiens de 10 minutes sur les stands, sans rendez-vous, "
            "dans la limite des places. Espace « relecture de CV » et conférence « Réussir son entretien en anglais » "
            "à 11h00.\n\nPensez à imprimer une dizaine de CV.\nAccès : métro léger ligne 2, station Barcelone.")
    ev = vevent(f"fei2026-{H('c15uid')[:16]}@forum-ingenieurs.example", stamp, s, s + 480 * MIN, "Africa/Tunis",
                "Forum Emploi Ingénieurs 2026 – Tunis", org,
                [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "ACCEPTED")], desc=desc,
                loc="Palais des Congrès, Avenue Mohamed V, Tunis")
    ics = vcalendar("PUBLISH", "-//Forum Emploi Ingenieurs//Billetterie 2.1//FR", ["Africa/Tunis"], [ev],
                    extra=["X-WR-CALNAME:Forum Emploi Ingénieurs 2026"])
    return ("b312-15-job-fair-standalone-ics", [("01-forum-emploi-ingenieurs.ics", ics.encode())],
            lab([], "medium", "negative/job-fair",
                "Standalone .ics ticket for an engineering job fair (all day Sat 7 Nov) with walk-in 'mini-entretiens' "
                "on stands; nothing booked with a company."))


def c16():
    d1 = T("2026-11-02 09:10:44", DOH, "Mon", "+03:00")
    d2 = T("2026-11-09 13:40:12", DOH, "Mon", "+03:00")
    s1 = T("2026-11-08 10:00", DOH, "Sun", "+03:00")
    s2 = T("2026-11-10 09:00", DOH, "Tue", "+03:00")
    assert s1.astimezone(TUN).hour == 8 and s2.astimezone(TUN).hour == 7
    frm = ("Al Dana Contracting Careers", "aldanacontracting@taleo.net")
    req = "Requisition 26000871"
    footer = ("This is an automatically generated message from the Al Dana Contracting careers portal "
              "(Oracle Taleo). To withdraw your application, sign in to your candidate account.")
    b1 = f"""Dear Yassine Ben Salah,

Thank you for your interest in the Mechanical Engineer (HVAC/MEP) position ({req}) with Al Dana
Contracting W.L.L., Doha.

We are pleased to invite you to a telephone screening with our Talent Acquisition team.

Interview type: Telephone screening
Date: Sunday, November 8, 2026
Time: 10:00 AM - 10:30 AM (GMT+03:00) Kuwait, Riyadh (Doha local time)
Interviewer: Rashid Al-Marri, Talent Acquisition Specialist
We will call you on: {OWNER_PHONE}

Please note that our working week runs from Sunday to Thursday. If the proposed time is not
suitable, reply to this message within 48 hours and we will look for an alternative.

Kind regards,

Rashid Al-Marri
Talent Acquisition Specialist | Al Dana Contracting W.L.L.
{RASHID[1]} | +974 4431 0722

{footer}
"""
    h1 = html_doc(paras(b1).replace("Interview type:", "<b>Interview type:</b>").replace("Date:", "<b>Date:</b>")
                  .replace("Time:", "<b>Time:</b>"), font="Verdana,sans-serif")
    e1 = message("c16-1", frm, [ME], f"Interview Invitation - Mechanical Engineer (HVAC/MEP) - {req}", d1,
                 multipart("alternative", [text_part(b1, "plain", "qp"), text_part(h1, "html", "qp")], "c16a"),
                 reply_to=RASHID, msgid=mid("c16-1", "taleo.net", "taleo"))
    b2 = f"""Dear Yassine,

Thank you for speaking with me yesterday. I am happy to confirm the next step: a technical interview
with our MEP department.

Interview type: Technical interview (Microsoft Teams)
Date: Tuesday, November 10, 2026
Time: 9:00 AM - 10:00 AM Doha time (GMT+03:00) – that is 7:00 AM in Tunis
Panel: Eng. Arun Menon, MEP Manager ({ARUN[1]})
       Eng. Khalid Saeed, Senior HVAC Engineer ({KHALID[1]})

Expect questions on chilled-water systems, duct sizing and ASHRAE-based heat-load calculations.
The meeting invitation is attached; the Teams link is inside the calendar entry.

Best regards,

Rashid Al-Marri
Talent Acquisition Specialist | Al Dana Contracting W.L.L.

{footer}
"""
    h2 = html_doc(paras(b2), font="Verdana,sans-serif")
    url, teams = teams_block("c16", "en-US")
    ev = vevent(outlook_uid("c16"), d2, s2, s2 + 60 * MIN, "Arab Standard Time",
                f"Technical Interview - Yassine Ben Salah - Mechanical Engineer (HVAC/MEP)", RASHID,
                [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"), (ARUN[0], ARUN[1], "REQ-PARTICIPANT", "ACCEPTED"),
                 (KHALID[0], KHALID[1], "REQ-PARTICIPANT", "ACCEPTED")],
                desc="Technical interview with the MEP department.\n\n" + teams, loc="Microsoft Teams Meeting",
                extra=outlook_props(0, teams_url=url))
    ics = vcalendar("REQUEST", "Microsoft Exchange Server 2010", ["Arab Standard Time"], [ev])
    ent = multipart("mixed", [multipart("alternative", [text_part(b2, "plain", "qp"), text_part(h2, "html", "qp")], "c16b"),
                              attach_part(ics.encode(), "text/calendar; method=REQUEST", "TechnicalInterview.ics")], "c16m")
    e2 = message("c16-2", frm, [ME], f"Interview Invitation - Technical Interview - Mechanical Engineer (HVAC/MEP) - {req}",
                 d2, ent, reply_to=RASHID, msgid=mid("c16-2", "taleo.net", "taleo"))
    return ("b312-16-aldana-doha-taleo-two-interviews",
            [("01-taleo-screening-invitation.eml", e1), ("02-taleo-technical-interview.eml", e2)],
            lab([iv(ALDANA, ROLE_ALD, s1, s1 + 30 * MIN, "scheduled", [RASHID[1]], [RASHID[1]], "phone_screen"),
                 iv(ALDANA, ROLE_ALD, s2, s2 + 60 * MIN, "scheduled", [ARUN[1], KHALID[1]], [ARUN[1], KHALID[1]], "technical")],
                "medium", "positive/two-interviews",
                "Taleo mails from a Doha contractor (Asia/Qatar, +03:00, Sunday workday): recruiter phone screen Sun 8 "
                "Nov 10:00 (08:00 Tunis) and a technical panel Tue 10 Nov 09:00 (07:00 Tunis) with an .ics using the "
                "Windows TZID 'Arab Standard Time'."))


def c17():
    d = T("2026-11-03 22:41:09", DOH, "Tue", "+03:00")
    b = """Cher candidat Yassine,

FÉLICITATIONS ! Votre CV a été présélectionné par notre client, une grande société pétrolière et gazière
au Qatar, pour le poste d'INGÉNIEUR MÉCANIQUE à Doha.

Salaire : 14 500 QAR / mois + logement + voiture + billet d'avion annuel
Contrat : 2 ans renouvelable

Votre entretien en ligne est fixé demain à 11h00 sur Telegram avec notre responsable RH (contact
@QGM_HR_Desk). مقابلتكم غدا على الساعة 11 صباحا عبر تطبيق تلغرام.

IMPORTANT : pour réserver votre place et lancer la procédure de visa de travail, vous devez régler les
frais de dossier de 290 USD par Western Union AVANT l'entretien, au nom indiqué par notre agent.
Envoyez-nous la référence MTCN ainsi qu'une copie de votre passeport par retour de mail.

Les places sont limitées, ne tardez pas !

Department of Recruitment
Qatar Gulf Manpower Services
"""
    e = message("c17-1", ("Qatar Gulf Manpower – HR Desk", "hr.desk@qatar-gulf-manpower.example"), [ME],
                "FÉLICITATIONS – Entretien demain – Ingénieur Mécanique Doha (14 500 QAR)", d,
                text_part(b, "plain", "8bit"), reply_to=("QGM Recruitment", "qgm.recruit.desk@freemail.example"))
    return ("b312-17-doha-recruiter-scam", [("01-offre-doha-frais-visa.eml", e)],
            lab([], "medium", "negative/scam",
                "Fake recruiter: 'entretien demain à 11h' / 'غدا على الساعة 11' on Telegram conditioned on a 290 USD "
                "Western Union fee; free-mail Reply-To."))


def c18():
    d = T("2026-10-29 10:02:00", TUN, "Thu", "+01:00")
    T("2026-11-09 10:15", TUN, "Mon", "+01:00")
    ref = "TUN-" + digits("c18", 8)
    inner = f"""<table width="640" style="margin:auto;border:1px solid #ccc"><tr><td style="background:#123b6d;color:#fff;padding:14px">
<b>Centre de demande de visas – Tunis</b><br><span style="font-size:12px">Prestataire agréé du Consulat général</span></td></tr>
<tr><td style="padding:18px">
<p>Madame, Monsieur,</p>
<p>Votre rendez-vous pour le dépôt de votre demande de visa est confirmé.</p>
<table cellpadding="4">
<tr><td>Demandeur</td><td><b>BEN SALAH Yassine</b></td></tr>
<tr><td>Numéro de référence</td><td>{ref}</td></tr>
<tr><td>Type de visa</td><td>Court séjour Schengen – motif professionnel</td></tr>
<tr><td>Date</td><td>lundi 9 novembre 2026</td></tr>
<tr><td>Heure</td><td>10h15</td></tr>
<tr><td>Adresse</td><td>Immeuble Les Jasmins, Rue du Lac Windermere, Les Berges du Lac 1, Tunis</td></tr>
</table>
<p>Présentez-vous 15 minutes avant l'heure indiquée avec votre passeport original, la lettre de confirmation
imprimée et l'ensemble des justificatifs. La prise des données biométriques a lieu sur place. Un agent consulaire
peut vous soumettre à un bref entretien lors du dépôt du dossier.</p>
<p>Tout retard de plus de 15 minutes entraîne l'annulation du rendez-vous.</p>
<p style="font-size:11px;color:#777">Ce message est envoyé automatiquement, merci de ne pas y répondre.</p>
</td></tr></table>"""
    e = message("c18-1", ("Centre de demande de visas – Tunis", "rendezvous@visas-tunis.example"), [ME],
                f"Confirmation de votre rendez-vous – Dépôt de demande de visa – {ref}", d,
                text_part(html_doc(inner), "html", "b64"), msgid=mid("c18-1", "visas-tunis.example"))
    return ("b312-18-visa-appointment-consulate", [("01-rendez-vous-visa.eml", e)],
            lab([], "medium", "negative/government-appointment",
                "Visa application appointment (Mon 9 Nov 10:15) at a consulate's visa centre; mentions a possible "
                "consular 'entretien'. Not a job interview."))


def c19():
    stamp = T("2026-11-05 14:26:10", UTC, "Thu", "+00:00")
    s = T("2026-11-12 09:00", TUN, "Thu", "+01:00")
    e_ = s + 45 * MIN
    zid = digits("c19z", 11)
    zfmt = f"{zid[:3]} {zid[3:7]} {zid[7:]}"
    code = digits("c19p", 6)
    desc = (f"Rim Chaabane vous invite à une réunion Zoom planifiée.\n\nSujet : Entretien final RH – Tunivox / "
            f"Y. Ben Salah\nHeure : 12 nov. 2026 09:00 AM Tunis\n\nالمقابلة النهائية مع مدير الموارد البشرية السيد مهدي "
            f"بن عمر (45 دقيقة) لمناقشة شروط الانتداب وتاريخ الالتحاق.\n\nParticiper à la réunion Zoom\n"
            f"https://tunivox.zoom.us/j/{zid}?pwd={H('c19pwd')[:22]}\n\nID de réunion : {zfmt}\nCode secret : {code}")
    ev = vevent(f"ZOOM{zid}", stamp, s, e_, "Africa/Tunis", "Entretien final RH – Tunivox / Y. Ben Salah", RIM,
                [(MEHDI[0], MEHDI[1], "REQ-PARTICIPANT", "ACCEPTED"), (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                desc=desc, loc=f"https://tunivox.zoom.us/j/{zid}?pwd={H('c19pwd')[:22]}")
    ics = vcalendar("REQUEST", "-//zoom.us//iCalendar Event//EN", ["Africa/Tunis"], [ev])
    return ("b312-19-tunivox-zoom-standalone-ics", [("01-zoom-entretien-final-rh.ics", ics.encode())],
            lab([iv(TUNIVOX, None, s, e_, "scheduled", [MEHDI[1]], [MEHDI[1]], "other")],
                "medium", "positive/standalone-ics",
                "Standalone Zoom .ics (TZID Africa/Tunis): final HR interview with the HR director, described in "
                "French and Arabic; the organizer (recruiter) only schedules. The role is not restated."))


def c20():
    d = T("2026-11-06 15:20:00", TUN, "Fri", "+01:00")
    T("2026-11-16 09:00", TUN, "Mon", "+01:00")
    T("2026-11-12 12:00", TUN, "Thu", "+01:00")  # signed-letter deadline
    b = """Monsieur Ben Salah,

À l'issue du processus de recrutement, et notamment de l'entretien du 29 octobre avec le panel de
direction, nous avons le plaisir de vous proposer le poste d'Ingénieur Conception Mécanique au sein
de notre bureau d'études de Ben Arous.

Les principales conditions figurent dans la lettre d'offre ci-jointe : contrat à durée indéterminée,
salaire brut mensuel de 3 400 TND sur 13 mois, assurance groupe et prise en charge du transport.

Si cette proposition vous convient, merci de nous retourner la lettre signée au plus tard le
jeudi 12 novembre. Vous serez ensuite attendu le lundi 16 novembre à 9h00 au service des Ressources
Humaines pour la signature du contrat et la visite médicale d'embauche.

Toute l'équipe se réjouit de vous compter bientôt parmi nous.

Nesrine Ayari
Directrice des Ressources Humaines – Sotumeca Automotive
"""
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
           b"% Lettre d'offre - Sotumeca Automotive - ref " + digits("c20", 8).encode() +
           b"\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    ent = multipart("mixed", [text_part(b, "plain", "qp"),
                              attach_part(pdf, "application/pdf", "Lettre_offre_Ben_Salah.pdf")], "c20")
    e = message("c20-1", NESRINE, [ME], "Proposition d'embauche – Ingénieur Conception Mécanique", d, ent,
                cc=[AMIRA], msgid=mid("c20-1", "", "outlook"))
    return ("b312-20-sotumeca-offer-contract-signing", [("01-proposition-embauche.eml", e)],
            lab([], "medium", "negative/offer",
                "Offer letter referring to the past panel; the 16 Nov 09:00 appointment is contract signing and a "
                "medical check, not an interview."))


def c21():
    d = T("2026-11-04 11:26:30", TOR, "Wed", "-05:00")
    s = T("2026-11-12 09:00", TOR, "Thu", "-05:00")
    e_ = s + 90 * MIN
    assert s.astimezone(TUN).hour == 15
    zid = digits("c21z", 11)
    zurl = f"https://borealis-systemes.zoom.us/j/{zid}?pwd={H('c21pwd')[:24]}"
    b = f"""Bonjour Yassine,

Merci encore pour notre échange de mardi, j'ai bien aimé ta façon d'aborder le dimensionnement des
supports. Comme convenu, on passe à l'entrevue technique.

Quand : jeudi 12 novembre, de 9 h à 10 h 30, heure de Montréal (15 h à 16 h 30 à Tunis)
Avec : Sophie Lavoie, ingénieure principale, et moi-même
Format : Zoom – prévois une quinzaine de minutes pour nous présenter un de tes projets en partage
d'écran, ensuite on fera un petit exercice de conception ensemble.

{zurl}
ID de réunion : {zid[:3]} {zid[3:7]} {zid[7:]}
Code secret : {digits('c21p', 6)}

L'invitation est en pièce jointe. Geneviève est en copie pour la suite du processus.

Bonne journée,
Marc-André

Marc-André Gagnon, ing.
Chef d'équipe – Conception mécanique | Boréalis Systèmes inc.
"""
    ev = vevent(f"ZOOM{zid}", d, s, e_, "America/Toronto", "Entrevue technique – Boréalis / Yassine Ben Salah", MARCANDRE,
                [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"), (SOPHIE[0], SOPHIE[1], "REQ-PARTICIPANT", "ACCEPTED")],
                desc=f"Entrevue technique (présentation de projet + exercice de conception).\n\n{zurl}", loc=zurl)
    ics = vcalendar("REQUEST", "-//zoom.us//iCalendar Event//EN", ["America/Toronto"], [ev])
    ent = multipart("mixed", [multipart("alternative", [text_part(b, "plain", "b64"),
                                                        text_part(html_doc(paras(b)), "html", "b64")], "c21a"),
                              attach_part(ics.encode(), "text/calendar", "zoom-entrevue-technique.ics")], "c21m")
    e = message("c21-1", MARCANDRE, [ME], "Entrevue technique – Boréalis Systèmes (jeudi 12 novembre)", d, ent,
                cc=[SOPHIE, GENEVIEVE], msgid=mid("c21-1", "", "outlook"), extra=[("Content-Language", "fr-CA")])
    ivs = [MARCANDRE[1], SOPHIE[1]]
    return ("b312-21-borealis-technical-zoom-ics", [("01-entrevue-technique.eml", e)],
            lab([iv(BOREALIS, ROLE_BOR, s, e_, "scheduled", ivs, ivs, "technical")],
                "medium", "positive/email-with-zoom-ics",
                "Quebec-French 'entrevue technique' from the hiring manager with a Zoom .ics (TZID America/Toronto); "
                "Thu 12 Nov 09:00 EST (-05:00 after Nov 1) = 15:00 Tunis. Recruiter in Cc only."))


CASES = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20, c21]

TZ_POINTS = [
    "01 – 'demain à 14h' resolved against Date Mon 12 Oct 2026 +0100 -> 2026-10-13T14:00+01:00 (Africa/Tunis, no DST).",
    "04 – slots written in Paris time before the EU change: 15:00 CEST (+02:00) = 14:00 Tunis.",
    "05 – Tunis +01:00; the new time is written in Arabic-Indic digits (٢٢ أكتوبر ٢٠٢٦ / ١١:٣٠).",
    "08 – Google invite TZID Europe/Paris 17:00 CEST (+02:00) on 23 Oct; the Calendar API copy shows 16:00+01:00.",
    "10 – Windows TZID 'Eastern Standard Time' with a '(UTC-05:00)' label: 29 Oct is EDT (-04:00 = 13:00 Tunis); "
    "the re-booked 3 Nov call is after the US change (Nov 1) so -05:00 (13:30 Tunis).",
    "11 – Windows TZID 'W. Central Africa Standard Time', label '(UTC+01:00) Afrique centrale - Ouest'.",
    "12 – Paris mail dated 2 Nov with +0100: after Oct 25 Paris time equals Tunis time.",
    "13 – Google invites (Date headers in UTC) for events in Africa/Tunis.",
    "16 – Asia/Qatar +03:00 (Sunday workday): 10:00 Doha = 08:00 Tunis, 09:00 Doha = 07:00 Tunis; .ics TZID 'Arab Standard Time'.",
    "21 – America/Toronto after Nov 1 (EST, -05:00): 09:00 Montreal = 15:00 Tunis.",
]


def main():
    check_dst_2026()
    for p in sorted(OUT.glob("b312-*")):
        if p.is_dir():
            shutil.rmtree(p)
    labels = {}
    for n, fn in enumerate(CASES, 1):
        slug, items, label = fn()
        assert slug.startswith(f"b312-{n:02d}-"), slug
        folder = OUT / slug
        folder.mkdir()
        for name, data in items:
            assert name[:3] == f"{int(name[:2]):02d}-" and name.endswith((".eml", ".ics", ".gcal.json")), name
            (folder / name).write_bytes(data)
        labels[slug] = label
    head = "# Labels for blind312 (written blind). Schema: /work/shared/eval/README.md\n"
    (OUT / "labels.yaml").write_text(head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100),
                                     encoding="utf-8")
    write_readme(labels)


def write_readme(labels):
    pos = [k for k, v in labels.items() if v["interview"]]
    neg = [k for k, v in labels.items() if not v["interview"]]
    ivs = [i for v in labels.values() for i in v["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    fmt = lambda d: ", ".join(f"{k} {v}" for k, v in sorted(d.items()))
    lines = [
        "# blind312: Tunis mechanical engineer, French/Arabic/English mail (written blind)",
        "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, mechanical engineer living in Tunis (Africa/Tunis, UTC+01:00, no DST).",
        "",
        "This set was written blind: only the eval README and two dev files were read for formats; no tool code, tests "
        "or other sets were consulted. Generated by `make_cases.py` (deterministic; rerun to rebuild).",
        "",
        "## What it stresses",
        "- French, Arabic (Tunisian formal: مقابلة عمل, على الساعة العاشرة صباحا, Arabic-Indic digits) and English, "
        "plus Quebec French ('entrevue').",
        "- Time-zone arithmetic around the 2026 DST changes: Paris differs from Tunis only until Oct 25; Montreal "
        "changes on Nov 1; Doha is UTC+3 with a Sunday working day.",
        "- A written test followed by an interview the same morning (only the interview counts), a written test "
        "alone, an on-site day in Sfax sent as several invites, a plant-manager panel on Teams, a Paris director "
        "final in Paris time, a Montreal call cancelled in French and re-booked after the DST change, an Arabic "
        "reschedule.",
        "- Job-board relays (Tanitjobs-style 'TanitEmploi', Keejob-style 'Jobkee'), a Welcome-to-the-Jungle-style ATS "
        "('Welcome Talents'), Taleo, Microsoft Teams, Zoom and Google Meet.",
        "- Hard negatives: job alert, written test only, training session, rejection, availability request, job fair "
        ".ics, recruiter scam, visa appointment, offer with a contract-signing appointment.",
        "",
        "## Counts",
        f"- Cases: {len(labels)} ({len(pos)} positive, {len(neg)} negative)",
        f"- Labelled interviews: {len(ivs)} (by status: {fmt(by_status)}; by kind: {fmt(by_kind)})",
        "",
        "## Formats",
        "- `.eml`: plain text and HTML bodies (quoted-printable, base64, 8bit), threads with In-Reply-To/References, "
        "Google Calendar invitations (multipart/mixed with text/plain, text/html, text/calendar;method=REQUEST and "
        "invite.ics), Exchange/Teams requests and a METHOD:CANCEL (Windows TZIDs, X-MICROSOFT-CDO-*), ATS and "
        "recruiter mails with .ics attachments.",
        "- Standalone `.ics` (cases 15, 19) and a Calendar API `.gcal.json` event (case 08).",
        "",
        "## Time-zone / DST points",
    ] + [f"- {x}" for x in TZ_POINTS] + [""]
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
