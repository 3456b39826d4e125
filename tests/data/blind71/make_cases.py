#!/usr/bin/env python3
"""Deterministic generator for the blind71 interview-detection set.

Rewrites every case folder (b71-*) and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All names, companies and domains are invented.
"""
import hashlib
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import default as DEFAULT_POLICY
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROME = ZoneInfo("Europe/Rome")
ZURICH = ZoneInfo("Europe/Zurich")
LONDON = ZoneInfo("Europe/London")
LA = ZoneInfo("America/Los_Angeles")
NY = ZoneInfo("America/New_York")
UTC = timezone.utc

USER = "chiara.bellandi@mail.example"
USER_NAME = "Chiara Bellandi"
OUT_POLICY = DEFAULT_POLICY.clone(linesep="\n")

LABELS = {}
CASES = {}


def T(tz, y, mo, d, h=0, mi=0, s=0, wd=None):
    """Aware datetime; wd (0=Mon) asserts the weekday written in the text."""
    v = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        assert v.weekday() == wd, (v, wd)
    return v


def iso(v):
    return v.isoformat() if v is not None else None


def zstamp(v):
    return v.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(v, tz):
    return v.astimezone(tz).strftime("%Y%m%dT%H%M%S")


# --------------------------------------------------------------------------- ics
def ics_escape(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line):
    out, cur, size, limit = [], "", 0, 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(cur)
            cur, size, limit = " ", 1, 75
        cur += ch
        size += n
    out.append(cur)
    return "\r\n".join(out)


def ics_text(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


VTZ_ROME = [
    "BEGIN:VTIMEZONE", "TZID:Europe/Rome", "X-LIC-LOCATION:Europe/Rome",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
    "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
    "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
]
VTZ_WEU = [
    "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]


def exchange_ics(method, uid, seq, organizer, attendees, summary, start, end, location,
                 description, stamp, status="CONFIRMED", teams_url=None):
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0"] + VTZ_WEU + ["BEGIN:VEVENT",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, mail in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{mail}")
    lines += [f"DESCRIPTION;LANGUAGE=it-IT:{ics_escape(description)}",
              f"UID:{uid}",
              f"SUMMARY;LANGUAGE=it-IT:{ics_escape(summary)}",
              f"DTSTART;TZID=W. Europe Standard Time:{local(start, ROME)}",
              f"DTEND;TZID=W. Europe Standard Time:{local(end, ROME)}",
              "CLASS:PUBLIC", "PRIORITY:5" if method != "CANCEL" else "PRIORITY:1",
              f"DTSTAMP:{zstamp(stamp)}", "TRANSP:OPAQUE", f"STATUS:{status}",
              f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=it-IT:{ics_escape(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              "X-MICROSOFT-CDO-OWNERAPPTID:-1846302217",
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:" + ("2" if method == "CANCEL" else "1"),
              "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        lines.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}")
        lines.append("X-MICROSOFT-LOCATIONDISPLAYNAME:Riunione di Microsoft Teams")
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics_text(lines)


def rome_ics(prodid, method, uid, seq, organizer, attendees, summary, start, end, location,
             description, stamp, status="CONFIRMED", extra=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN",
             f"METHOD:{method}"] + VTZ_ROME + ["BEGIN:VEVENT",
             f"UID:{uid}", f"DTSTAMP:{zstamp(stamp)}",
             f"DTSTART;TZID=Europe/Rome:{local(start, ROME)}",
             f"DTEND;TZID=Europe/Rome:{local(end, ROME)}",
             f"SUMMARY:{ics_escape(summary)}",
             f"LOCATION:{ics_escape(location)}",
             f"DESCRIPTION:{ics_escape(description)}"]
    if organizer:
        lines.append(f"ORGANIZER;CN=\"{organizer[0]}\":mailto:{organizer[1]}")
    for name, mail in attendees:
        lines.append(f"ATTENDEE;CN=\"{name}\";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{mail}")
    lines += [f"SEQUENCE:{seq}", f"STATUS:{status}", "TRANSP:OPAQUE", *extra,
              "END:VEVENT", "END:VCALENDAR"]
    return ics_text(lines)


# ------------------------------------------------------------------------- e-mail
def received(host, ip, when, mid):
    return (f"from {host} ({host}. [{ip}]) by mx.mail.example with ESMTPS id {mid} "
            f"for <{USER}>; {format_datetime(when)}")


def email(headers, plain=None, html=None, cte="quoted-printable", html_cte=None,
          calendar=None, cal_method="REQUEST", cal_cte="base64", attachments=()):
    """headers: list of (name, value). calendar: ics text as text/calendar alternative.
    attachments: list of (bytes, maintype, subtype, filename, params)."""
    m = EmailMessage()
    for k, v in headers:
        m[k] = v
    if plain is not None:
        m.set_content(plain, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte or cte)
    else:
        m.set_content(html, subtype="html", cte=html_cte or cte)
    if calendar is not None:
        if not m.is_multipart():
            m.make_alternative()
        m.add_alternative(calendar.encode("utf-8"), "text", "calendar", cte=cal_cte,
                          params={"method": cal_method, "charset": "UTF-8"})
        del m.get_payload()[-1]["Content-Disposition"]
    for data, maintype, subtype, filename, params in attachments:
        m.add_attachment(data, maintype, subtype, filename=filename, params=params or {})
    seed = str(m.get("Message-ID", "")) + str(m.get("Date", ""))
    for i, part in enumerate(m.walk()):
        if part.is_multipart():  # deterministic boundaries
            part.set_boundary("_%03d_%s" % (i, hashlib.sha1(f"{seed}/{i}".encode()).hexdigest()[:24]))
    return m.as_bytes(policy=OUT_POLICY)


def html_of(text):
    esc = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = esc.split("\n\n")
    body = "\n".join("<p>" + p.replace("\n", "<br>\n") + "</p>" for p in paras)
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "</head><body><div style=\"font-family:Calibri,Arial,sans-serif;font-size:11pt\">\n"
            + body + "\n</div></body></html>\n")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def add_case(cid, files, label):
    CASES[cid] = files
    LABELS[cid] = label


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end),
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(followup), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": USER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


TEAMS_URL = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_{}%40thread.v2/0?context="
             "%7b%22Tid%22%3a%22{}%22%7d")


def teams_block_it(meeting_id, passcode, key):
    url = TEAMS_URL.format(key, "5b1e7c2a-0d4e-4f59-9a3e-" + key[:12].lower().ljust(12, "0"))
    return url, ("________________________________________________________________________________\n"
                 "Riunione di Microsoft Teams\n"
                 "Partecipa dal computer, dall'app per dispositivi mobili o dal dispositivo della stanza\n"
                 f"Fai clic qui per partecipare alla riunione<{url}>\n"
                 f"ID riunione: {meeting_id}\nPasscode: {passcode}\n"
                 "Scarica Teams<https://www.microsoft.com/it-it/microsoft-teams/download-app> | "
                 "Partecipa sul Web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                 "Altre info<https://aka.ms/JoinTeamsMeeting> | Opzioni riunione\n"
                 "________________________________________________________________________________")


# =========================================================================== cases
def c01():
    cid = "b71-01-primo-colloquio-telefonico-thread"
    fed = "federica.lodi@lanificiovaresi.example"
    sent1 = T(ROME, 2026, 3, 9, 10, 12, 41, wd=0)
    start = T(ROME, 2026, 3, 12, 15, 30, wd=3)
    end = start + timedelta(minutes=30)
    sig = ("Federica Lodi\nTalent Acquisition Specialist\nLanificio Varesi S.p.A.\n"
           "Viale Borri 212 - 21100 Varese (VA)\nTel. +39 0332 418 207 | Cell. +39 347 215 9083\n"
           "www.lanificiovaresi.example")
    body1 = (f"Gentile Chiara,\n\nLa ringrazio per aver inviato la Sua candidatura per la posizione di "
             f"Marketing Specialist presso la nostra azienda.\n\nIl Suo profilo ha suscitato il nostro "
             f"interesse e vorrei proporLe un primo colloquio telefonico giovedì 12 marzo alle ore 15:30, "
             f"della durata di circa mezz'ora. La chiamerò io al numero di cellulare indicato nel CV "
             f"(+39 333 ... 218).\n\nLe chiedo cortesemente di confermare la Sua disponibilità "
             f"rispondendo a questa e-mail.\n\nCordiali saluti\n\n{sig}\n")
    mid1 = "<a3f1c0de-7781-2b4e-91aa-5d2e0c77f1b2@lanificiovaresi.example>"
    m1 = email([("Delivered-To", USER),
                ("Received", received("smtp-out.lanificiovaresi.example", "185.12.40.71", sent1 + timedelta(seconds=3), "k71a01x")),
                ("Return-Path", f"<{fed}>"),
                ("From", f"Federica Lodi <{fed}>"), ("To", f"Chiara Bellandi <{USER}>"),
                ("Subject", "Candidatura Marketing Specialist - primo colloquio telefonico"),
                ("Date", format_datetime(sent1)), ("Message-ID", mid1),
                ("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "it-IT")],
               plain=body1, cte="quoted-printable")
    sent_user = T(ROME, 2026, 3, 9, 11, 3, 5)
    sent2 = T(ROME, 2026, 3, 9, 12, 26, 50)
    user_reply = ("Gentile dott.ssa Lodi,\n\nla ringrazio per la proposta. Confermo volentieri la mia "
                  "disponibilità per giovedì alle 15:30.\n\nCordiali saluti\nChiara Bellandi")
    body2 = ("Gentile Chiara,\n\nperfetto, confermato. La sentirò giovedì.\n\nCordiali saluti\n"
             f"{sig}\n\n"
             f"Il 09/03/2026 11:03, Chiara Bellandi ha scritto:\n{quote(user_reply)}\n>\n"
             f"> Il 09/03/2026 10:12, Federica Lodi ha scritto:\n>> Gentile Chiara,\n>>\n"
             ">> La ringrazio per aver inviato la Sua candidatura per la posizione di Marketing\n"
             ">> Specialist presso la nostra azienda. [...]\n")
    m2 = email([("Delivered-To", USER),
                ("Received", received("smtp-out.lanificiovaresi.example", "185.12.40.71", sent2 + timedelta(seconds=2), "k71a02x")),
                ("Return-Path", f"<{fed}>"),
                ("From", f"Federica Lodi <{fed}>"), ("To", f"Chiara Bellandi <{USER}>"),
                ("Subject", "Re: Candidatura Marketing Specialist - primo colloquio telefonico"),
                ("Date", format_datetime(sent2)),
                ("Message-ID", "<c81e2f90-11aa-4c3d-b0f4-0e9d7b2a6c15@lanificiovaresi.example>"),
                ("In-Reply-To", "<CAB7x-Qz0p9Yk2@mail.example>"),
                ("References", f"{mid1} <CAB7x-Qz0p9Yk2@mail.example>"),
                ("User-Agent", "Mozilla Thunderbird")],
               plain=body2, cte="quoted-printable")
    add_case(cid, {"01-lanificio-varesi-proposta.eml": m1, "02-re-conferma.eml": m2}, label(
        [iv("Lanificio Varesi S.p.A.", "Marketing Specialist", start, end, "scheduled", [fed], [fed], "phone_screen")],
        "easy", "positive/email-body-only",
        "Italian recruiter proposes 'primo colloquio telefonico giovedì 12 marzo alle ore 15:30' (~30 min), "
        "confirms in a quoted reply; recruiter herself calls."))


RECLUTANDO_FOOT = ("\n--\nQuesta e-mail è stata inviata tramite Reclutando, la piattaforma di selezione del personale.\n"
                   "Non rispondere a questo indirizzo: per comunicazioni usa il pulsante Rispondi (la risposta "
                   "arriverà al selezionatore).\nReclutando S.r.l. - Via Santa Sofia 27, 20122 Milano - P.IVA 09988776655\n")


def c02():
    cid = "b71-02-ats-reclutando-colloquio-selezione-ics"
    coord = "giorgia.rinaldi@oleificisabatini.example"
    sent = T(ROME, 2026, 3, 10, 9, 31, 0, wd=1)
    start = T(ROME, 2026, 3, 16, 10, 0, wd=0)
    end = T(ROME, 2026, 3, 16, 11, 0)
    text = ("Gentile Chiara Bellandi,\n\n"
            "a seguito della Sua candidatura per la posizione di Junior Brand Specialist, siamo lieti di "
            "invitarLa a un colloquio di selezione presso la nostra sede.\n\n"
            "Data: lunedì 16 marzo 2026\nOrario: ore 10.00 - 11.00\n"
            "Luogo: Oleifici Sabatini S.p.A., Via dei Mulini 14, 24124 Bergamo (BG) - chiedere in portineria\n\n"
            "Incontrerà la dott.ssa Laura Benedetti, Responsabile Marketing, e un membro del team Brand.\n"
            "Trova in allegato l'invito da aggiungere al Suo calendario.\n\n"
            "Per qualsiasi necessità può rispondere a questa e-mail: il messaggio verrà recapitato a "
            "Giorgia Rinaldi (Ufficio Risorse Umane).\n\nCordiali saluti\n\n"
            "Ufficio Risorse Umane\nOleifici Sabatini S.p.A.\nTel. 035 402 1180\n"
            "PEC: oleificisabatini@pec.oleificisabatini.example\n" + RECLUTANDO_FOOT)
    cal = rome_ics("-//Reclutando//Agenda Colloqui 3.2//IT", "PUBLISH",
                   "rcl-7f3a9e21-0316-1000@reclutando.example", 0,
                   ("Oleifici Sabatini - Selezione", "noreply@reclutando.example"),
                   [("Chiara Bellandi", USER)],
                   "Colloquio di selezione - Junior Brand Specialist - Oleifici Sabatini",
                   start, end, "Via dei Mulini 14, 24124 Bergamo (BG)",
                   "Colloquio con la dott.ssa Laura Benedetti (Responsabile Marketing).\nReferente: Giorgia Rinaldi - Ufficio Risorse Umane.",
                   sent)
    m = email([("Delivered-To", USER),
               ("Received", received("mta3.reclutando.example", "94.177.12.8", sent + timedelta(seconds=4), "k71b01x")),
               ("Return-Path", "<bounces+7731@reclutando.example>"),
               ("From", "Oleifici Sabatini tramite Reclutando <noreply@reclutando.example>"),
               ("Reply-To", f"Giorgia Rinaldi <{coord}>"), ("To", USER),
               ("Subject", "Invito a colloquio di selezione - Junior Brand Specialist"),
               ("Date", format_datetime(sent)),
               ("Message-ID", "<20260310083100.7731.4411@reclutando.example>"),
               ("X-Mailer", "Reclutando Notifiche")],
              plain=text, html=html_of(text), cte="quoted-printable",
              attachments=[(cal.encode("utf-8"), "text", "calendar", "invito-colloquio.ics", {"method": "PUBLISH"})])
    add_case(cid, {"01-invito-colloquio-reclutando.eml": m}, label(
        [iv("Oleifici Sabatini S.p.A.", "Junior Brand Specialist", start, end, "scheduled", [], [coord], "hiring_manager")],
        "medium", "positive/ats-email-with-ics",
        "Invented Italian ATS (Reclutando) no-reply mail + .ics (TZID Europe/Rome); interviewer named without "
        "address -> follow-up to the Reply-To coordinator. PEC address in signature is not a person."))


def c03():
    cid = "b71-03-ticino-outlook-teams-dst"
    sara = "sara.pedrazzini@ceresiopharma.example"
    luca = "luca.bernasconi@ceresiopharma.example"
    sent1 = T(ZURICH, 2026, 3, 20, 14, 5, 22, wd=4)
    sent2 = T(ZURICH, 2026, 3, 20, 14, 18, 40)
    start = T(ZURICH, 2026, 3, 31, 14, 0, wd=1)
    end = T(ZURICH, 2026, 3, 31, 15, 0)
    sig = ("Sara Pedrazzini\nHR Business Partner\nFarmaceutica Ceresio SA\nVia Cantonale 22 | CH-6900 Lugano\n"
           "T +41 91 973 44 10 | M +41 79 512 88 03\n")
    body1 = ("Gentile Signora Bellandi,\n\n"
             "grazie ancora per la piacevole chiacchierata telefonica. Come anticipato, vorremmo proseguire "
             "con un colloquio con Luca Bernasconi, Head of Digital, al quale parteciperò anch'io.\n\n"
             "Le confermo quindi martedì 31 marzo dalle 14:00 alle 15:00 (ora svizzera, che coincide con "
             "l'ora italiana), in videoconferenza su Microsoft Teams. Riceverà a breve l'invito separato "
             "con il link.\n\nPosizione: Digital Marketing Specialist (80-100%)\n\n"
             "Cordiali saluti\n\n" + sig)
    m1 = email([("Delivered-To", USER),
                ("Received", received("EUR02-DB5-obe.outbound.protection.outlook.com", "40.107.24.61", sent1 + timedelta(seconds=5), "k71c01x")),
                ("Return-Path", f"<{sara}>"),
                ("From", f"Pedrazzini Sara <{sara}>"), ("To", f"Chiara Bellandi <{USER}>"),
                ("Subject", "Digital Marketing Specialist - prossimo colloquio"),
                ("Date", format_datetime(sent1)),
                ("Message-ID", "<ZR0P278MB0321A7C4E1D2B3F4A5B6C7D8E9F0A1B2@ZR0P278MB0321.CHEP278.PROD.OUTLOOK.COM>"),
                ("Thread-Topic", "Digital Marketing Specialist - prossimo colloquio"),
                ("Accept-Language", "it-CH, de-CH, en-US"), ("Content-Language", "it-CH"),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
               plain=body1, html=html_of(body1), cte="quoted-printable")
    url, block = teams_block_it("362 918 447 205", "Q7mVx2", "MzQ1ZTk2NjEtY2ZkYS00YjU4LTk2")
    plain2 = "Colloquio Digital Marketing Specialist con Luca Bernasconi e Sara Pedrazzini.\n\n" + block + "\n"
    cal = exchange_ics("REQUEST",
                       "040000008200E00074C5B7101A82E00800000000B0C3A1E2F4B7DC010000000000000000100000004F2A77D6C1E0B94A9D3E2C6B1A7F0E51",
                       0, ("Pedrazzini Sara", sara), [("Chiara Bellandi", USER), ("Bernasconi Luca", luca)],
                       "Colloquio Digital Marketing Specialist - Chiara Bellandi", start, end,
                       "Riunione di Microsoft Teams", plain2, sent2, teams_url=url)
    m2 = email([("Delivered-To", USER),
                ("Received", received("EUR02-DB5-obe.outbound.protection.outlook.com", "40.107.24.61", sent2 + timedelta(seconds=4), "k71c02x")),
                ("Return-Path", f"<{sara}>"),
                ("From", f"Pedrazzini Sara <{sara}>"),
                ("To", f"Chiara Bellandi <{USER}>, Bernasconi Luca <{luca}>"),
                ("Subject", "Colloquio Digital Marketing Specialist - Chiara Bellandi"),
                ("Date", format_datetime(sent2)),
                ("Message-ID", "<ZR0P278MB03219F8E7D6C5B4A39281706F5E4D3C2@ZR0P278MB0321.CHEP278.PROD.OUTLOOK.COM>"),
                ("Thread-Topic", "Colloquio Digital Marketing Specialist - Chiara Bellandi"),
                ("Accept-Language", "it-CH, de-CH, en-US"), ("Content-Language", "it-CH"),
                ("Content-class", "urn:content-classes:calendarmessage"),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
               plain=plain2, html=html_of(plain2), cte="quoted-printable", calendar=cal)
    add_case(cid, {"01-pedrazzini-prossimo-colloquio.eml": m1, "02-richiesta-di-riunione-teams.eml": m2}, label(
        [iv("Farmaceutica Ceresio SA", "Digital Marketing Specialist (80-100%)", start, end, "scheduled",
            [sara, luca], [sara, luca], "onsite")],
        "medium", "positive/exchange-teams-dedupe",
        "Lugano company: e-mail + Italian Outlook/Teams invite (W. Europe Standard Time) for the same interview. "
        "Sent at +01:00 on 20 Mar, interview on 31 Mar after the EU DST switch (+02:00). Two interviewers -> panel."))


def c04():
    cid = "b71-04-thread-colloquio-spostato-14h"
    marta = "marta.colombo@dolciarialariana.example"
    sig = ("Marta Colombo\nRisorse Umane\nDolciaria Lariana S.r.l.\nVia per Cernobbio 41, 22100 Como\n"
           "tel. +39 031 572 930 int. 214")
    s1 = T(ROME, 2026, 3, 12, 16, 20, 3, wd=3)
    orig = T(ROME, 2026, 3, 24, 9, 30, wd=1)
    s2 = T(ROME, 2026, 3, 23, 8, 47, 12, wd=0)
    s3 = T(ROME, 2026, 3, 23, 11, 2, 31)
    start = T(ROME, 2026, 3, 26, 14, 0, wd=3)
    end = start + timedelta(hours=1)
    assert orig.day == 24
    meet = "https://meet.google.com/wpx-qrta-kmd"
    b1 = ("Gentile Chiara,\n\ngrazie per la candidatura come Trade Marketing Specialist. Le propongo un "
          f"colloquio conoscitivo in videochiamata martedì 24 p.v. alle 9 e mezza; durata circa un'ora.\n\n"
          f"Link Google Meet: {meet}\n\nMi faccia sapere se le va bene.\n\nUn cordiale saluto\n\n{sig}\n")
    mid1 = "<6E0B1C7A-93D2-4F1B-A7C5-2B8F4E7D9A01@dolciarialariana.example>"
    mid2 = "<3C9F0A4E-1B2D-4E6F-8A7C-5D1E2F3A4B6C@dolciarialariana.example>"
    mid3 = "<B2E4A6C8-0D1F-4372-9584-A6B7C8D9E0F1@dolciarialariana.example>"
    hdr = lambda s, subj, mid, irt, refs, rid: [
        ("Delivered-To", USER),
        ("Received", received("smtp.dolciarialariana.example", "213.215.10.44", s + timedelta(seconds=2), rid)),
        ("Return-Path", f"<{marta}>"), ("From", f"Marta Colombo <{marta}>"), ("To", f"Chiara Bellandi <{USER}>"),
        ("Subject", subj), ("Date", format_datetime(s)), ("Message-ID", mid)] + (
        [("In-Reply-To", irt), ("References", refs)] if irt else []) + [
        ("X-Mailer", "Apple Mail (2.3774.400.31)"), ("Mime-Version", "1.0 (Mac OS X Mail 16.0)")]
    subj = "Colloquio conoscitivo - Trade Marketing Specialist"
    m1 = email(hdr(s1, subj, mid1, None, None, "k71d01x"), plain=b1, cte="quoted-printable")
    u1 = "Buongiorno Marta,\nmartedì 24 alle 9:30 va benissimo, grazie.\nCordiali saluti\nChiara"
    b2 = ("Buongiorno Chiara,\n\nmi scuso per il poco preavviso: per un impegno sopraggiunto dovrei spostare "
          "il nostro colloquio di domani mattina. Sarebbe disponibile giovedì 26 alle 14h? Il link resta lo stesso.\n\n"
          f"Grazie e buona giornata\n{sig}\n\n"
          f"> Il giorno 12 mar 2026, alle ore 17:41, Chiara Bellandi <{USER}> ha scritto:\n>\n"
          + quote(u1) + "\n>\n"
          + ">> Il giorno 12 mar 2026, alle ore 16:20, Marta Colombo <" + marta + "> ha scritto:\n"
          + "\n".join(">> " + l if l else ">>" for l in b1.split("\n")[:6]) + "\n")
    m2 = email(hdr(s2, "Re: " + subj, mid2, "<CAF3k9-yT7e1@mail.example>",
                   f"{mid1} <CAF3k9-yT7e1@mail.example>", "k71d02x"), plain=b2, cte="quoted-printable")
    u2 = "Nessun problema, giovedì alle 14 va benissimo.\nChiara"
    b3 = ("Perfetto, grazie mille per la flessibilità!\n\nConfermato quindi giovedì 26 marzo alle 14:00, "
          f"sempre su Meet ({meet}), durata di circa un'ora.\n\nA giovedì\n{sig}\n\n"
          f"> Il giorno 23 mar 2026, alle ore 10:15, Chiara Bellandi <{USER}> ha scritto:\n>\n" + quote(u2) + "\n")
    m3 = email(hdr(s3, "Re: " + subj, mid3, "<CAF3k9-zQ2w8@mail.example>",
                   f"{mid1} <CAF3k9-yT7e1@mail.example> {mid2} <CAF3k9-zQ2w8@mail.example>", "k71d03x"),
               plain=b3, cte="quoted-printable")
    add_case(cid, {"01-proposta-colloquio-24-pv.eml": m1, "02-re-spostare-giovedi-14h.eml": m2,
                   "03-re-confermato-giovedi.eml": m3}, label(
        [iv("Dolciaria Lariana S.r.l.", "Trade Marketing Specialist", start, end, "scheduled", [marta], [marta], "phone_screen")],
        "hard", "positive/thread-reschedule",
        "Apple Mail thread: 'martedì 24 p.v. alle 9 e mezza' moved to 'giovedì 26 alle 14h' and confirmed; "
        "final time only (before EU DST, +01:00)."))


def c05():
    cid = "b71-05-outlook-aggiornato-annullato"
    dav = "davide.ruggeri@brianzamutua.example"
    eli = "elisa.marchetti@brianzamutua.example"
    uid = "040000008200E00074C5B7101A82E00800000000D4E5F60718A9DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90"
    subj = "Colloquio conoscitivo - Chiara Bellandi - Specialista Comunicazione e Marketing"
    loc = "Sede di Monza, Viale Lombardia 210 - Sala Brianza (2° piano)"
    s1 = T(ROME, 2026, 3, 20, 9, 40, 0, wd=4)
    st0 = T(ROME, 2026, 4, 1, 10, 0, wd=2)
    s2 = T(ROME, 2026, 3, 25, 16, 12, 0, wd=2)
    start = T(ROME, 2026, 4, 2, 11, 0, wd=3)
    end = start + timedelta(hours=1)
    s3 = T(ROME, 2026, 3, 31, 12, 30, 0, wd=1)
    sig = ("Davide Ruggeri\nSelezione e Sviluppo\nAssicurazioni Brianza Mutua S.c.\nViale Lombardia 210 - 20900 Monza (MB)\n"
           "Tel. +39 039 230 5512")
    d1 = ("Gentile Chiara,\n\ncome da accordi telefonici Le invio l'invito per il colloquio conoscitivo per la "
          "posizione di Specialista Comunicazione e Marketing. Il colloquio sarà condotto da Elisa Marchetti, "
          "Responsabile Comunicazione, e da me.\n\nPer l'accesso si presenti alla reception con un documento.\n\n"
          f"Cordiali saluti\n{sig}")
    d2 = ("Gentile Chiara,\n\ncome anticipato per telefono, a causa di una sovrapposizione in agenda il colloquio è "
          "spostato a giovedì 2 aprile alle 11:00, stessa sala.\n\nCi scusiamo per il disagio.\n\n"
          f"Cordiali saluti\n{sig}")
    d3 = ("Gentile Chiara,\n\npurtroppo la ricerca per questa posizione è stata sospesa per una riorganizzazione interna "
          "e siamo costretti ad annullare il colloquio di giovedì. La ricontatteremo nel caso in cui la selezione "
          f"venisse riaperta.\n\nCi scusiamo e Le porgiamo cordiali saluti\n{sig}")
    org = ("Ruggeri Davide", dav)
    att = [("Chiara Bellandi", USER), ("Marchetti Elisa", eli)]
    items = [
        ("01-richiesta-di-riunione.eml", "REQUEST", 0, subj, s1, st0, st0 + timedelta(hours=1), d1, "CONFIRMED", "k71e01x"),
        ("02-aggiornato.eml", "REQUEST", 1, "Aggiornato: " + subj, s2, start, end, d2, "CONFIRMED", "k71e02x"),
        ("03-annullato.eml", "CANCEL", 2, "Annullato: " + subj, s3, start, end, d3, "CANCELLED", "k71e03x"),
    ]
    files = {}
    for fn, method, seq, sj, sent, a, b, desc, status, rid in items:
        cal = exchange_ics(method, uid, seq, org, att, subj if method != "CANCEL" else "Annullato: " + subj,
                           a, b, loc, desc, sent, status=status)
        h = [("Delivered-To", USER),
             ("Received", received("EUR05-AM6-obe.outbound.protection.outlook.com", "40.107.22.93", sent + timedelta(seconds=3), rid)),
             ("Return-Path", f"<{dav}>"), ("From", f"Ruggeri Davide <{dav}>"),
             ("To", f"Chiara Bellandi <{USER}>, Marchetti Elisa <{eli}>"), ("Subject", sj),
             ("Date", format_datetime(sent)),
             ("Message-ID", f"<DB9PR07MB71{seq}4C2A9E0B1D3F5A7C9E{seq}B2D4F6A8C0@DB9PR07MB71{seq}4.eurprd07.prod.outlook.com>"),
             ("Thread-Topic", subj), ("Content-Language", "it-IT"),
             ("Content-class", "urn:content-classes:calendarmessage")]
        if method == "CANCEL":
            h.append(("Importance", "high"))
        files[fn] = email(h, plain=desc + "\n", html=html_of(desc), cte="quoted-printable",
                          calendar=cal, cal_method=method)
    add_case(cid, files, label(
        [iv("Assicurazioni Brianza Mutua", "Specialista Comunicazione e Marketing", start, end, "cancelled",
            [dav, eli], [dav, eli], "onsite")],
        "medium", "positive/outlook-cancel",
        "Italian Outlook: request (1 Apr 10:00) -> 'Aggiornato:' SEQUENCE 1 (2 Apr 11:00) -> 'Annullato:' METHOD:CANCEL; "
        "cancelled at the last scheduled time (+02:00 after DST)."))


def c06():
    cid = "b71-06-agenzia-somministrazione-annullato"
    val = "valentina.greco@prontolavoro.example"
    s1 = T(ROME, 2026, 3, 16, 17, 40, 9, wd=0)
    start = T(ROME, 2026, 3, 17, 11, 0, wd=1)  # "domani mattina alle 11" from 16 Mar
    end = start + timedelta(minutes=45)
    s2 = T(ROME, 2026, 3, 17, 7, 55, 30)
    sig = ("Valentina Greco\nRecruiter - Filiale Milano Lambrate\nProntolavoro S.p.A. - Agenzia per il Lavoro\n"
           "Via Rubattino 84, 20134 Milano | Tel. 02 2159 7730\nAut. Min. Lav. prot. n. 13/I/0004471 (dato fittizio)")
    b1 = ("Gentile Chiara,\n\na seguito della Sua candidatura all'annuncio \"Addetta/o marketing e social media - "
          "contratto di somministrazione 6 mesi\" per una nostra azienda cliente del settore retail, La invito a un "
          "colloquio conoscitivo domani mattina alle 11 presso la nostra filiale di Via Rubattino 84 (citofono "
          "Prontolavoro). Il colloquio durerà circa 45 minuti.\n\nLa prego di portare un documento d'identità, "
          "il codice fiscale e il CV aggiornato.\n\nCordiali saluti\n" + sig + "\n")
    mid1 = "<AM8PR04MB7761E2C0A9F14B3D@AM8PR04MB7761.eurprd04.prod.outlook.com>"
    m1 = email([("Delivered-To", USER),
                ("Received", received("EUR04-HE1-obe.outbound.protection.outlook.com", "40.107.7.52", s1 + timedelta(seconds=2), "k71f01x")),
                ("Return-Path", f"<{val}>"), ("From", f"Greco Valentina <{val}>"), ("To", USER),
                ("Subject", "Convocazione colloquio conoscitivo - Addetta/o marketing e social media"),
                ("Date", format_datetime(s1)), ("Message-ID", mid1), ("Content-Language", "it-IT")],
               plain=b1, html=html_of(b1), cte="quoted-printable")
    u = ("Gentile Valentina,\n\nla ringrazio per la convocazione. Nel frattempo ho accettato un'altra proposta, "
         "quindi preferisco ritirare la mia candidatura e non presentarmi al colloquio di domani.\n\n"
         "Cordiali saluti\nChiara Bellandi")
    b2 = ("Gentile Chiara,\n\nprendo atto della Sua rinuncia e annullo quindi il colloquio di stamattina alle 11. "
          "Tengo comunque il Suo profilo nel nostro database per future opportunità.\n\nIn bocca al lupo per il nuovo "
          f"lavoro!\n\n{sig}\n\n"
          "________________________________\n"
          f"Da: Chiara Bellandi <{USER}>\nInviato: lunedì 16 marzo 2026 22:14\nA: Greco Valentina <{val}>\n"
          "Oggetto: Re: Convocazione colloquio conoscitivo - Addetta/o marketing e social media\n\n" + u + "\n")
    m2 = email([("Delivered-To", USER),
                ("Received", received("EUR04-HE1-obe.outbound.protection.outlook.com", "40.107.7.52", s2 + timedelta(seconds=2), "k71f02x")),
                ("Return-Path", f"<{val}>"), ("From", f"Greco Valentina <{val}>"), ("To", f"Chiara Bellandi <{USER}>"),
                ("Subject", "R: Convocazione colloquio conoscitivo - Addetta/o marketing e social media"),
                ("Date", format_datetime(s2)),
                ("Message-ID", "<AM8PR04MB77619D1F0B3E2A5C@AM8PR04MB7761.eurprd04.prod.outlook.com>"),
                ("In-Reply-To", "<CAK2m7-Lq4p0@mail.example>"), ("References", f"{mid1} <CAK2m7-Lq4p0@mail.example>"),
                ("Content-Language", "it-IT")],
               plain=b2, html=html_of(b2), cte="quoted-printable")
    add_case(cid, {"01-convocazione-domani-alle-11.eml": m1, "02-r-annullo-colloquio.eml": m2}, label(
        [iv("Prontolavoro S.p.A.", "Addetta/o marketing e social media", start, end, "cancelled", [val], [val], "other")],
        "hard", "positive/cancel-by-email",
        "Staffing agency (somministrazione) invites 'domani mattina alle 11' (relative to 16 Mar) for 45 min; "
        "candidate withdraws, agency confirms 'annullo il colloquio' -> cancelled."))


def google_invite_ics(uid, seq, organizer, attendees, summary, start, end, description, stamp, method="REQUEST",
                      status="CONFIRMED", meet=None):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(stamp)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, mail, part in attendees:
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={part};RSVP=TRUE;CN={name};X-NUM-GUESTS=0:mailto:{mail}")
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:{meet}")
    lines += [f"CREATED:{zstamp(stamp)}", f"DESCRIPTION:{ics_escape(description)}",
              f"LAST-MODIFIED:{zstamp(stamp)}", "LOCATION:", f"SEQUENCE:{seq}", f"STATUS:{status}",
              f"SUMMARY:{ics_escape(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ics_text(lines)


def c07():
    cid = "b71-07-london-google-invite-half-past-ten"
    han = "hannah.whitcombe@harrowfinch.example"
    oli = "oliver.pryce@harrowfinch.example"
    s1 = T(LONDON, 2026, 3, 25, 15, 30, 12, wd=2)
    s2 = T(LONDON, 2026, 3, 26, 9, 4, 55, wd=3)
    start = T(LONDON, 2026, 3, 30, 10, 30, wd=0)
    end = start + timedelta(minutes=45)
    milan = start.astimezone(ROME)
    assert (milan.hour, milan.minute) == (11, 30)
    sig = ("Hannah Whitcombe\nTalent Partner | Harrow & Finch Ltd\n4th Floor, 19 Clerkenwell Close, London EC1R 0AA\n"
           "+44 20 7946 0318")
    b1 = ("Hi Chiara,\n\nLovely to speak on Monday! Oliver Pryce, our Head of Growth for EMEA, would like to meet "
          "you for the next stage for the Marketing Specialist, Southern Europe role.\n\n"
          "Would Monday 30 March at half past ten UK time suit? That's 11:30 in Milan - both our clocks go forward "
          "this weekend, so we stay one hour apart. It'll be 45 minutes on Google Meet.\n\n"
          "If that works, I'll send the calendar invite over.\n\nBest wishes,\n" + sig + "\n")
    mid1 = "<CAJt5Hw-Xk3dQ9Lr0p@mail.harrowfinch.example>"
    m1 = email([("Delivered-To", USER),
                ("Received", received("mail-sor-f41.harrowfinch.example", "198.51.100.41", s1 + timedelta(seconds=1), "k71g01x")),
                ("Return-Path", f"<{han}>"), ("From", f"Hannah Whitcombe <{han}>"), ("To", f"Chiara Bellandi <{USER}>"),
                ("Subject", "Harrow & Finch - next steps"), ("Date", format_datetime(s1)), ("Message-ID", mid1)],
               plain=b1, html=html_of(b1), cte="quoted-printable")
    meet = "https://meet.google.com/hfq-tnze-wob"
    title = "Chiara Bellandi <> Oliver Pryce (Harrow & Finch)"
    desc = ("Marketing Specialist, Southern Europe - conversation with Oliver Pryce (Head of Growth, EMEA).\n"
            "Questions? Reply to Hannah Whitcombe.")
    cal = google_invite_ics("5pq2v0r8m7c1k9tqj4h6e3b2ad@google.com", 0, ("Hannah Whitcombe", han),
                            [("Hannah Whitcombe", han, "ACCEPTED"), ("Oliver Pryce", oli, "ACCEPTED"),
                             (USER, USER, "NEEDS-ACTION")], title, start, end, desc, s2, meet=meet)
    when = "Monday 30 Mar 2026 \u22c5 10:30 \u2013 11:15\nUnited Kingdom Time"
    plain2 = (f"{title}\n{when}\n\nJoin with Google Meet\n{meet}\n\nJoin by phone\n(GB) +44 20 3956 0172\nPIN: 482 119 337#\n\n"
              f"Organiser\nHannah Whitcombe\n{han}\n\nGuests\nHannah Whitcombe - organiser\n{han}\nOliver Pryce\n{oli}\n{USER}\n\n"
              f"{desc}\n\n~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
              "You are receiving this email because you are an attendee on the event.\n")
    m2 = email([("Delivered-To", USER),
                ("Received", received("mail-sor-f73.google.com", "209.85.220.73", s2 + timedelta(seconds=1), "k71g02x")),
                ("Return-Path", "<3Hx7aZQkKB2wQ@calendar-server.bounces.google.com>"),
                ("Reply-To", f"Hannah Whitcombe <{han}>"),
                ("Sender", "Google Calendar <calendar-notification@google.com>"),
                ("Message-ID", "<calendar-7b0d2c4e-9a61-4f3e-8d25-1c6f0e9a3b77@google.com>"),
                ("Date", format_datetime(s2.astimezone(UTC))),
                ("Subject", f"Invitation: {title} @ Mon 30 Mar 2026 10:30 - 11:15 (BST) ({USER})"),
                ("From", f"Hannah Whitcombe <{han}>"), ("To", USER)],
               plain=plain2, html=html_of(plain2), cte="base64", html_cte="quoted-printable",
               calendar=cal, cal_cte="7bit",
               attachments=[(cal.encode("utf-8"), "application", "ics", "invite.ics", None)])
    add_case(cid, {"01-next-steps-half-past-ten.eml": m1, "02-invitation-google-calendar.eml": m2}, label(
        [iv("Harrow & Finch Ltd", "Marketing Specialist, Southern Europe", start, end, "scheduled", [oli], [oli], "hiring_manager")],
        "medium", "positive/google-invite-dst",
        "London firm: 'half past ten UK time' on Mon 30 Mar (BST, after both UK/EU switch) + Google invite in UTC; "
        "coordinator only schedules, Oliver Pryce interviews."))


def c08():
    cid = "b71-08-us-recruiter-pst-label-dst-gap"
    jen = "jenna.castellanos@brightloom.example"
    s1 = T(LA, 2026, 3, 9, 10, 14, 2, wd=0)
    s2 = T(LA, 2026, 3, 10, 9, 2, 40, wd=1)
    start = T(LA, 2026, 3, 12, 8, 30, wd=3)
    end = start + timedelta(minutes=30)
    milan = start.astimezone(ROME)
    assert (milan.hour, milan.minute) == (16, 30)
    sig = ("Jenna Castellanos | Senior Recruiter, International\nBrightloom Goods Inc.\n"
           "600 Townsend St, Suite 410, San Francisco, CA 94103\nc: (415) 555-0187")
    b1 = ("Hi Chiara!\n\nThanks so much for applying to the International Marketing Specialist (Italy launch) role - "
          "your CPG and food & beverage background is exactly what the team wants. I'd love to set up a quick "
          "30-min intro call. Could any of these work? (all Pacific)\n\n"
          "- Wed 3/11 9a\n- Thu 3/12 8:30a\n- Fri 3/13 7:30a\n\nTotally get the time difference, so happy to flex.\n\n"
          "Cheers,\n" + sig + "\n")
    mid1 = "<CAHq2RbN7y-0c1Vx9k@mail.brightloom.example>"
    m1 = email([("Delivered-To", USER),
                ("Received", received("mail-yw1-f170.brightloom.example", "198.51.100.170", s1 + timedelta(seconds=1), "k71h01x")),
                ("Return-Path", f"<{jen}>"), ("From", f"Jenna Castellanos <{jen}>"), ("To", USER),
                ("Subject", "Brightloom x Chiara - intro call?"), ("Date", format_datetime(s1)), ("Message-ID", mid1)],
               plain=b1, html=html_of(b1), cte="quoted-printable")
    u = ("Hi Jenna,\nthank you! Thursday at 8:30 your time works great for me.\nBest,\nChiara")
    zoom = "https://brightloom.zoom.us/j/83104522976?pwd=bEt3aWxrUk5sZ2RpZ0xWQ2lrUT09"
    b2 = ("Awesome - locked in: Thu 3/12 @ 8:30a PST (that's 4:30p for you in Milan). I'll be the one on the call, "
          f"30 min, Zoom:\n{zoom}\nMeeting ID: 831 0452 2976 / Passcode: 661204\n\nTalk soon!\nJenna\n\n"
          f"On Mon, Mar 9, 2026 at 12:51 PM Chiara Bellandi <{USER}> wrote:\n" + quote(u) + "\n")
    m2 = email([("Delivered-To", USER),
                ("Received", received("mail-yw1-f170.brightloom.example", "198.51.100.170", s2 + timedelta(seconds=1), "k71h02x")),
                ("Return-Path", f"<{jen}>"), ("From", f"Jenna Castellanos <{jen}>"), ("To", f"Chiara Bellandi <{USER}>"),
                ("Subject", "Re: Brightloom x Chiara - intro call?"), ("Date", format_datetime(s2)),
                ("Message-ID", "<CAHq2RbP4m-9tXc2w@mail.brightloom.example>"),
                ("In-Reply-To", "<CAB9u-Wq1e7@mail.example>"), ("References", f"{mid1} <CAB9u-Wq1e7@mail.example>")],
               plain=b2, cte="8bit")
    add_case(cid, {"01-intro-call-slots.eml": m1, "02-re-locked-in.eml": m2}, label(
        [iv("Brightloom Goods Inc.", "International Marketing Specialist (Italy launch)", start, end, "scheduled",
            [jen], [jen], "phone_screen")],
        "hard", "positive/thread-us-dst-gap",
        "'Thu 3/12 @ 8:30a PST' written after US DST started (Mar 8) -> actually PDT -07:00, confirmed by "
        "'4:30p for you in Milan' (Italy still +01:00). First mail lists slots only."))


def c09():
    cid = "b71-09-zurich-onsite-itinerary-uhr"
    nina = "nina.studer@tannwald.example"
    reto = "reto.ammann@tannwald.example"
    lea = "lea.voegeli@tannwald.example"
    dan = "daniel.frei@tannwald.example"
    s1 = T(ZURICH, 2026, 4, 2, 13, 22, 0, wd=3)
    s2 = T(ZURICH, 2026, 4, 13, 16, 5, 0, wd=0)
    start = T(ZURICH, 2026, 4, 14, 9, 30, wd=1)
    end = T(ZURICH, 2026, 4, 14, 12, 0)
    html = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Helvetica,Arial,sans-serif\">"
            "<p>Hi Chiara,</p><p>we're happy to invite you to our office in Zurich for the final round "
            "(<i>Vor-Ort-Termin</i>) for the role <b>Marketing Specialist Italia &amp; Ticino</b>.</p>"
            "<p><b>Dienstag, 14. April 2026</b><br>Tannwald Outdoor AG, Hardturmstrasse 161, 8005 Z&uuml;rich "
            "(Empfang 3. OG)</p>"
            "<table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
            "<tr><th>Zeit</th><th>Gespr&auml;ch</th><th>Mit</th></tr>"
            f"<tr><td>09:30 &ndash; 10:15 Uhr</td><td>Marketing &amp; Markt Italien</td><td>Reto Ammann, Head of Marketing &lt;{reto}&gt;</td></tr>"
            f"<tr><td>10:15 &ndash; 11:00 Uhr</td><td>Brand &amp; Content</td><td>Lea V&ouml;geli, Brand Manager &lt;{lea}&gt;</td></tr>"
            "<tr><td>11:00 &ndash; 11:15 Uhr</td><td>Kaffeepause</td><td>&ndash;</td></tr>"
            f"<tr><td>11:15 &ndash; 12:00 Uhr</td><td>Case-Pr&auml;sentation (15 Min.) + Q&amp;A</td><td>Daniel Frei, CMO &lt;{dan}&gt;</td></tr>"
            "</table>"
            "<p>All times are Zurich time (same as Milan). Please prepare a short presentation on a go-to-market "
            "plan for our new trail-running line in Italy; we'll send the brief separately.</p>"
            "<p>Travel: we reimburse a 2nd-class return ticket Milano Centrale &ndash; Z&uuml;rich HB.</p>"
            "<p>Liebe Gr&uuml;sse / Kind regards<br>Nina Studer<br>Talent Acquisition<br>Tannwald Outdoor AG<br>"
            "Hardturmstrasse 161, CH-8005 Z&uuml;rich<br>+41 44 552 19 60</p></body></html>\n")
    mid1 = "<0102019a3f7c5e21-4d2b-9e6a@eu-central-1.mail.tannwald.example>"
    m1 = email([("Delivered-To", USER),
                ("Received", received("a2-41.smtp-out.eu-central-1.tannwald.example", "54.240.2.41", s1 + timedelta(seconds=2), "k71i01x")),
                ("Return-Path", f"<{nina}>"), ("From", f"Nina Studer <{nina}>"), ("To", USER),
                ("Subject", "Einladung Vor-Ort-Termin / On-site interview - 14.04. Zürich"),
                ("Date", format_datetime(s1)), ("Message-ID", mid1)],
               html=html, cte="quoted-printable")
    b2 = ("Hallo Chiara\n\nKurze Erinnerung an morgen: wir erwarten dich ab 09:30 Uhr am Empfang im 3. OG. "
          "Beamer und HDMI-Adapter sind im Raum \"Uetliberg\" vorhanden.\n\nGute Reise!\nNina\n\n"
          "Nina Studer | Talent Acquisition | Tannwald Outdoor AG | +41 44 552 19 60\n")
    m2 = email([("Delivered-To", USER),
                ("Received", received("a2-41.smtp-out.eu-central-1.tannwald.example", "54.240.2.41", s2 + timedelta(seconds=2), "k71i02x")),
                ("Return-Path", f"<{nina}>"), ("From", f"Nina Studer <{nina}>"), ("To", USER),
                ("Subject", "Re: Einladung Vor-Ort-Termin / On-site interview - 14.04. Zürich"),
                ("Date", format_datetime(s2)), ("Message-ID", "<0102019a51b0aa10-77c1-4f0e@eu-central-1.mail.tannwald.example>"),
                ("In-Reply-To", mid1), ("References", mid1)],
               plain=b2, cte="8bit")
    add_case(cid, {"01-einladung-vor-ort-termin.eml": m1, "02-erinnerung-morgen.eml": m2}, label(
        [iv("Tannwald Outdoor AG", "Marketing Specialist Italia & Ticino", start, end, "scheduled",
            [reto, lea, dan], [reto, lea, dan], "onsite")],
        "hard", "positive/onsite-itinerary",
        "Zurich HTML-only (quoted-printable) itinerary with 'Uhr' times: 09:30-12:00 with a coffee break = one onsite; "
        "coordinator is not an interviewer. Reminder says 'morgen'."))


def c10():
    cid = "b71-10-mendrisio-gcal-json-spostato"
    marco = "marco.quadri@vetreriamendrisio.example"
    s0 = datetime(2026, 3, 30, 8, 12, tzinfo=UTC)
    s1 = datetime(2026, 4, 3, 14, 40, 5, tzinfo=UTC)
    st0 = T(ZURICH, 2026, 4, 8, 10, 0, wd=2)
    start = T(ZURICH, 2026, 4, 8, 15, 0, wd=2)
    end = start + timedelta(minutes=45)

    def ev(seq, a, b, created, updated, desc, etag):
        return {
            "kind": "calendar#event", "etag": f"\"{etag}\"", "id": "7m3q0vhd2c9e1r5kfl8tbn4w6s",
            "status": "confirmed",
            "htmlLink": "https://www.google.com/calendar/event?eid=N20zcTB2aGQyYzllMXI1a2ZsOHRibjR3NnMgY2hpYXJh",
            "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "updated": updated.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
            "summary": "Colloquio Specialista Marketing Digitale \u2013 Chiara Bellandi",
            "description": desc,
            "creator": {"email": marco, "displayName": "Marco Quadri"},
            "organizer": {"email": marco, "displayName": "Marco Quadri"},
            "start": {"dateTime": a.isoformat(), "timeZone": "Europe/Zurich"},
            "end": {"dateTime": b.isoformat(), "timeZone": "Europe/Zurich"},
            "iCalUID": "7m3q0vhd2c9e1r5kfl8tbn4w6s@google.com", "sequence": seq,
            "attendees": [
                {"email": marco, "displayName": "Marco Quadri", "organizer": True, "responseStatus": "accepted"},
                {"email": USER, "displayName": USER_NAME, "self": True, "responseStatus": "accepted"}],
            "hangoutLink": "https://meet.google.com/vmq-ercs-tdy",
            "conferenceData": {"entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/vmq-ercs-tdy",
                                                "label": "meet.google.com/vmq-ercs-tdy"}],
                               "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                               "conferenceId": "vmq-ercs-tdy"},
            "reminders": {"useDefault": True}, "eventType": "default"}
    d0 = ("Secondo colloquio per la posizione di Specialista Marketing Digitale (80%), sede di Mendrisio.\n"
          "Conduce: Marco Quadri, Head of Marketing. Videochiamata su Google Meet.")
    d1 = d0 + "\n\nAggiornamento: spostato al pomeriggio su richiesta della candidata."
    f0 = json.dumps(ev(0, st0, st0 + timedelta(minutes=45), s0, s0, d0, "3541207148112000"), indent=2, ensure_ascii=False) + "\n"
    f1 = json.dumps(ev(1, start, end, s0, s1, d1, "3541900811420000"), indent=2, ensure_ascii=False) + "\n"
    add_case(cid, {"01-colloquio.gcal.json": f0.encode(), "02-colloquio-aggiornato.gcal.json": f1.encode()}, label(
        [iv("Vetreria Mendrisio SA", "Specialista Marketing Digitale (80%)", start, end, "scheduled", [marco], [marco], "hiring_manager")],
        "medium", "positive/gcal-json-reschedule",
        "Two Calendar API snapshots of the same event id: sequence 0 at 10:00, sequence 1 moved to 15:00 (Europe/Zurich, +02:00). "
        "Company only in description/domain."))


def c11():
    cid = "b71-11-due-colloqui-telefonico-e-in-sede"
    ale = "alessia.fumagalli@edizioninavigli.example"
    pao = "paolo.brambilla@edizioninavigli.example"
    role = "Content & Social Media Specialist"
    s1 = T(ROME, 2026, 3, 12, 11, 5, 0, wd=3)
    a1 = T(ROME, 2026, 3, 17, 11, 0, wd=1)
    b1_ = a1 + timedelta(minutes=30)
    s2 = T(ROME, 2026, 3, 18, 15, 48, 0, wd=2)
    a2 = T(ROME, 2026, 3, 31, 15, 0, wd=1)
    b2_ = T(ROME, 2026, 3, 31, 16, 30)
    t1 = ("Gentile Chiara Bellandi,\n\nLa ringraziamo per l'interesse verso Gruppo Editoriale Navigli. Il Suo profilo "
          f"è stato selezionato per un primo colloquio telefonico per la posizione di {role}.\n\n"
          "Il 17/03 alle ore 11:00 (ora italiana) sarà contattata telefonicamente da Alessia Fumagalli, "
          "HR Business Partner. Durata prevista: 30 minuti.\n\n"
          "Se l'orario non fosse compatibile, risponda a questa e-mail.\n\nCordiali saluti\n"
          "Gruppo Editoriale Navigli S.p.A. - Risorse Umane\n" + RECLUTANDO_FOOT)
    t2 = ("Gentile Chiara Bellandi,\n\nfacendo seguito al colloquio telefonico, siamo lieti di invitarLa a un secondo "
          f"colloquio in sede per la posizione di {role}.\n\n"
          "Quando: martedì 31 marzo p.v., dalle ore 15:00 alle 16:30\n"
          "Dove: Gruppo Editoriale Navigli, Corso di Porta Ticinese 88, 20123 Milano - 4° piano\n"
          f"Con: Alessia Fumagalli (HR) e Paolo Brambilla, Direttore Marketing ({pao})\n\n"
          "Le chiediamo di portare due o tre esempi di piani editoriali da Lei curati.\n\nCordiali saluti\n"
          "Gruppo Editoriale Navigli S.p.A. - Risorse Umane\n" + RECLUTANDO_FOOT)
    org = ("Gruppo Editoriale Navigli - Selezione", "noreply@reclutando.example")
    cal1 = rome_ics("-//Reclutando//Agenda Colloqui 3.2//IT", "PUBLISH", "rcl-1c9e44b0-0317-1100@reclutando.example", 0,
                    org, [("Chiara Bellandi", USER), ("Alessia Fumagalli", ale)],
                    f"Primo colloquio telefonico - {role}", a1, b1_, "Telefono",
                    "Sarà contattata da Alessia Fumagalli (HR).", s1)
    cal2 = rome_ics("-//Reclutando//Agenda Colloqui 3.2//IT", "PUBLISH", "rcl-5a2f7d13-0331-1500@reclutando.example", 0,
                    org, [("Chiara Bellandi", USER), ("Alessia Fumagalli", ale), ("Paolo Brambilla", pao)],
                    f"Secondo colloquio in sede - {role}", a2, b2_,
                    "Corso di Porta Ticinese 88, 20123 Milano", "Colloquio con Alessia Fumagalli e Paolo Brambilla.", s2)
    files = {}
    for fn, s, subj, txt, cal, rid, mid in [
            ("01-primo-colloquio-telefonico.eml", s1, f"Primo colloquio telefonico - {role}", t1, cal1, "k71k01x",
             "<20260312100500.4410.2291@reclutando.example>"),
            ("02-secondo-colloquio-in-sede.eml", s2, f"Secondo colloquio in sede - {role}", t2, cal2, "k71k02x",
             "<20260318144800.4410.3307@reclutando.example>")]:
        files[fn] = email([("Delivered-To", USER),
                           ("Received", received("mta3.reclutando.example", "94.177.12.8", s + timedelta(seconds=4), rid)),
                           ("Return-Path", "<bounces+4410@reclutando.example>"),
                           ("From", "Gruppo Editoriale Navigli tramite Reclutando <noreply@reclutando.example>"),
                           ("Reply-To", f"Alessia Fumagalli <{ale}>"), ("To", USER), ("Subject", subj),
                           ("Date", format_datetime(s)), ("Message-ID", mid), ("X-Mailer", "Reclutando Notifiche")],
                          plain=txt, html=html_of(txt), cte="base64", html_cte="quoted-printable",
                          attachments=[(cal.encode("utf-8"), "text", "calendar", "invito-colloquio.ics", {"method": "PUBLISH"})])
    add_case(cid, files, label(
        [iv("Gruppo Editoriale Navigli S.p.A.", role, a1, b1_, "scheduled", [ale], [ale], "phone_screen"),
         iv("Gruppo Editoriale Navigli S.p.A.", role, a2, b2_, "scheduled", [ale, pao], [ale, pao], "onsite")],
        "medium", "positive/two-interviews",
        "Same company, two rounds via the invented ATS: '17/03 alle ore 11:00' (+01:00) phone screen, then "
        "'martedì 31 marzo p.v.' in sede 15:00-16:30 (+02:00, after DST). base64 bodies + .ics."))


def c12():
    cid = "b71-12-headhunter-inoltra-conferma-cliente"
    rob = "roberta.ferri@ferriassociati.example"
    cla = "claudia.neri@profumerieaurora.example"
    ser = "sergio.valli@profumerieaurora.example"
    s0 = T(ROME, 2026, 4, 15, 17, 52, 0, wd=2)
    s1 = T(ROME, 2026, 4, 15, 18, 10, 44, wd=2)
    start = T(ROME, 2026, 4, 20, 17, 0, wd=0)
    end = start + timedelta(minutes=45)
    inner = ("Gentile Roberta,\n\nconfermo il colloquio della candidata Chiara Bellandi con il nostro Direttore Marketing, "
             "dott. Sergio Valli, per lunedì 20 aprile alle ore 17, presso la nostra sede di Via Savona 97, Milano "
             "(citofono Aurora, 3° piano). Durata prevista 45 minuti circa.\n\nCordiali saluti\n"
             "Claudia Neri\nHR Manager - Profumerie Aurora S.p.A.\nTel. 02 4830 1192")
    body = ("Cara Chiara,\n\nti inoltro la conferma di Aurora per la posizione di Brand Specialist Skincare. "
            "Mi raccomando la puntualità e chiamami appena esci dal colloquio, così facciamo il punto.\n\n"
            "Un abbraccio\nRoberta\n\n"
            "Roberta Ferri\nPartner | Ferri & Associati Executive Search\nPiazza Cavour 3, 20121 Milano\n"
            "M +39 335 610 4471 | T +39 02 3659 8820\n\n"
            "________________________________\n"
            f"Da: Claudia Neri <{cla}>\nInviato: mercoledì 15 aprile 2026 17:52\nA: Roberta Ferri <{rob}>\n"
            f"Cc: Sergio Valli <{ser}>\nOggetto: Conferma colloquio - Brand Specialist Skincare\n\n" + inner + "\n")
    m = email([("Delivered-To", USER),
               ("Received", received("mail.ferriassociati.example", "62.149.128.40", s1 + timedelta(seconds=2), "k71l01x")),
               ("Return-Path", f"<{rob}>"), ("From", f"Roberta Ferri <{rob}>"), ("To", f"Chiara Bellandi <{USER}>"),
               ("Subject", "I: Conferma colloquio - Brand Specialist Skincare"), ("Date", format_datetime(s1)),
               ("Message-ID", "<VI1PR03MB6204C3E1A7B9F0D2@VI1PR03MB6204.eurprd03.prod.outlook.com>"),
               ("Content-Language", "it-IT")],
              plain=body, html=html_of(body), cte="base64", html_cte="base64")
    assert s0 < s1
    add_case(cid, {"01-i-conferma-colloquio.eml": m}, label(
        [iv("Profumerie Aurora S.p.A.", "Brand Specialist Skincare", start, end, "scheduled", [ser], [ser], "hiring_manager")],
        "hard", "positive/forwarded",
        "Headhunter forwards (Outlook 'I:') the client's confirmation 'lunedì 20 aprile alle ore 17', 45 min; "
        "interviewer address only in the forwarded Cc; company is the client, not the headhunter. base64 body."))


def c13():
    cid = "b71-13-nyc-founder-final-chat-noon-et"
    dana = "dana@quillfeather.example"
    s1 = T(NY, 2026, 4, 16, 9, 40, 18, wd=3)
    s2 = T(NY, 2026, 4, 16, 13, 7, 2, wd=3)
    start = T(NY, 2026, 4, 21, 12, 0, wd=1)
    end = start + timedelta(minutes=30)
    assert start.astimezone(ROME).hour == 18
    sig = ("Dana Whitlock\nFounder & CEO, Quillfeather Media\n55 Water St, 9th Fl, Brooklyn, NY 11201\n"
           "m. +1 (917) 555-0144")
    b1 = ("Hi Chiara,\n\nThanks for the great conversations with Priya and Tom - they both came away impressed. "
          "The last step in our process for the Growth Marketing Lead, Europe role is a chat with me.\n\n"
          "Could we do this coming Tuesday (the 21st) at noon ET? That should be 6pm for you in Milan. "
          "Thirty minutes, Google Meet: https://meet.google.com/qfd-kwms-pra\n\n"
          "If that doesn't work, just reply with a time that does.\n\nDana\n\n" + sig + "\n")
    mid1 = "<CAOq8fV3-2Lw7nD@mail.quillfeather.example>"
    m1 = email([("Delivered-To", USER),
                ("Received", received("mail-sor-f69.quillfeather.example", "198.51.100.69", s1 + timedelta(seconds=1), "k71m01x")),
                ("Return-Path", f"<{dana}>"), ("From", f"Dana Whitlock <{dana}>"), ("To", f"Chiara Bellandi <{USER}>"),
                ("Subject", "Final step - chat with me?"), ("Date", format_datetime(s1)), ("Message-ID", mid1)],
               plain=b1, cte="base64")
    u = "Hi Dana,\nTuesday at noon ET (6pm here) works perfectly. Looking forward to it!\nChiara"
    b2 = ("Great - see you Tuesday! Calendar hold is on its way.\n\nDana\n\n"
          f"On Thu, Apr 16, 2026 at 12:31 PM Chiara Bellandi <{USER}> wrote:\n" + quote(u) + "\n")
    m2 = email([("Delivered-To", USER),
                ("Received", received("mail-sor-f69.quillfeather.example", "198.51.100.69", s2 + timedelta(seconds=1), "k71m02x")),
                ("Return-Path", f"<{dana}>"), ("From", f"Dana Whitlock <{dana}>"), ("To", f"Chiara Bellandi <{USER}>"),
                ("Subject", "Re: Final step - chat with me?"), ("Date", format_datetime(s2)),
                ("Message-ID", "<CAOq8fV5-9Rt2mK@mail.quillfeather.example>"),
                ("In-Reply-To", "<CAD4s-Hn2q1@mail.example>"), ("References", f"{mid1} <CAD4s-Hn2q1@mail.example>")],
               plain=b2, cte="base64")
    add_case(cid, {"01-final-step-chat.eml": m1, "02-re-see-you-tuesday.eml": m2}, label(
        [iv("Quillfeather Media", "Growth Marketing Lead, Europe", start, end, "scheduled", [dana], [dana], "other")],
        "medium", "positive/founder-chat-base64",
        "NYC founder's final chat: 'this coming Tuesday (the 21st) at noon ET' (EDT -04:00 = 18:00 Milan), "
        "confirmed in a reply; base64 plain bodies."))


def neg(cid, files, category, notes, difficulty="hard"):
    add_case(cid, files, label([], difficulty, category, notes))


def c14():
    s = T(ROME, 2026, 3, 11, 8, 2, 0, wd=2)
    a = T(ROME, 2026, 3, 18, 9, 30, wd=2)
    txt = ("Gentile Sig.ra CHIARA BELLANDI,\n\n"
           "a seguito della Dichiarazione di Immediata Disponibilità (DID) da Lei rilasciata sul portale "
           "INPS/SIISL, è convocata per un colloquio individuale di orientamento presso il Centro per l'Impiego "
           "di Milano, Via Strozzi 11, sportello 4, il giorno 18/03/2026 alle ore 9.30.\n\n"
           "Durante il colloquio l'operatore verificherà il Suo profilo professionale, le candidature e i colloqui "
           "di lavoro sostenuti, e sottoscriverà con Lei il Patto di Servizio Personalizzato (Programma GOL).\n\n"
           "Documenti da portare: documento d'identità, codice fiscale, CV aggiornato.\n"
           "La mancata presentazione senza giustificato motivo può comportare la decadenza dallo stato di "
           "disoccupazione.\n\nCentro per l'Impiego di Milano - Città Metropolitana (ente fittizio)\n"
           "PEC: cpi.milano@pec.cittametropolitana.example\nMessaggio generato automaticamente, non rispondere.\n")
    cal = rome_ics("-//Sportello Lavoro//Agenda CPI//IT", "PUBLISH", "cpi-mi-20260318-0930-4@lavoro.cittametropolitana.example",
                   0, None, [], "Colloquio di orientamento - Centro per l'Impiego di Milano", a, a + timedelta(minutes=30),
                   "Via Strozzi 11, Milano - sportello 4", "Convocazione Patto di Servizio (GOL).", s)
    m = email([("Delivered-To", USER),
               ("Received", received("smtp.lavoro.cittametropolitana.example", "193.206.40.12", s + timedelta(seconds=5), "k71n01x")),
               ("Return-Path", "<noreply@lavoro.cittametropolitana.example>"),
               ("From", "Sportello Lavoro Città Metropolitana <noreply@lavoro.cittametropolitana.example>"),
               ("To", USER), ("Subject", "Convocazione colloquio di orientamento - Centro per l'Impiego di Milano"),
               ("Date", format_datetime(s)), ("Message-ID", "<cpi.20260311070200.88120@lavoro.cittametropolitana.example>")],
              plain=txt, cte="quoted-printable",
              attachments=[(cal.encode("utf-8"), "text", "calendar", "appuntamento.ics", {"method": "PUBLISH"})])
    neg("b71-14-neg-centro-impiego-convocazione", {"01-convocazione-cpi.eml": m}, "negative/public-employment-service",
        "Centro per l'Impiego convocation ('colloquio individuale di orientamento', DID/INPS, PEC) with an .ics: "
        "public employment service appointment, not a job interview.")


def c15():
    s = T(ROME, 2026, 3, 13, 20, 15, 0, wd=4)
    html = ("<html><body style=\"font-family:Verdana,sans-serif;font-size:12px\">"
            "<h3>RegistroScuola - Prenotazione colloquio confermata</h3>"
            "<p>Gentile genitore (Chiara Bellandi),</p>"
            "<p>la Sua prenotazione del colloquio individuale è stata registrata.</p>"
            "<table><tr><td>Docente:</td><td>Prof.ssa Anna Conti (Matematica e Scienze)</td></tr>"
            "<tr><td>Alunno:</td><td>Tommaso Rinaldi Bellandi - classe 2B</td></tr>"
            "<tr><td>Scuola:</td><td>Scuola secondaria di I grado &quot;G. Parini&quot; (istituto fittizio)</td></tr>"
            "<tr><td>Data:</td><td>giovedì 19 marzo 2026</td></tr>"
            "<tr><td>Orario:</td><td>16:40 - 16:50 (posizione 5 in coda)</td></tr>"
            "<tr><td>Modalità:</td><td>videocolloquio - link: https://meet.google.com/sxr-pqtb-nzo</td></tr></table>"
            "<p>Per annullare la prenotazione accedere all'area Colloqui entro 24 ore dall'appuntamento.</p>"
            "<p>Questa è una comunicazione automatica inviata da RegistroScuola, non rispondere.</p></body></html>\n")
    assert T(ROME, 2026, 3, 19, wd=3)
    m = email([("Delivered-To", USER),
               ("Received", received("out2.registroscuola.example", "151.1.20.77", s + timedelta(seconds=3), "k71o01x")),
               ("Return-Path", "<noreply@registroscuola.example>"),
               ("From", "RegistroScuola <noreply@registroscuola.example>"), ("To", USER),
               ("Subject", "Prenotazione colloquio confermata - Prof.ssa Conti - giovedì 19/03"),
               ("Date", format_datetime(s)), ("Message-ID", "<rs.colloqui.5521907.20260313@registroscuola.example>")],
              html=html, cte="quoted-printable")
    neg("b71-15-neg-colloquio-docente-scuola", {"01-prenotazione-colloquio-docente.eml": m}, "negative/school-teacher",
        "School e-register booking of a parent-teacher 'colloquio' (videocolloquio, date and time): not a job interview.")


def c16():
    work = "chiara.bellandi@cartiereadda.example"
    mgr = "roberto.galli@cartiereadda.example"
    s0 = T(ROME, 2026, 3, 16, 9, 12, 0, wd=0)
    s = T(ROME, 2026, 3, 16, 9, 20, 31, wd=0)
    a = T(ROME, 2026, 3, 23, 10, 0, wd=0)
    b = a + timedelta(hours=1)
    inner = ("Ciao Chiara,\n\ncome da processo HR fissiamo il colloquio annuale di valutazione 2025. Parleremo dei "
             "risultati della campagna di lancio, degli obiettivi 2026 e del tuo piano di sviluppo (formazione, "
             "eventuali candidature interne su altri ruoli).\n\nCompila prima la scheda di autovalutazione sul portale HR.\n\n"
             "Roberto")
    _, block = teams_block_it("391 772 006 148", "dE4kR9", "YjQ3MmNmYTItNTFiZC00ZjY5LWE0")
    body = ("promemoria per me\n\n"
            "-----Messaggio originale-----\n"
            f"Da: Galli Roberto <{mgr}>\nInviato: lunedì 16 marzo 2026 09:12\nA: Bellandi Chiara <{work}>\n"
            "Oggetto: Colloquio annuale di valutazione 2025 - Chiara Bellandi\n"
            "Quando: lunedì 23 marzo 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlino, Berna, Roma, Stoccolma, Vienna.\n"
            "Dove: Riunione di Microsoft Teams\n\n" + inner + "\n\n" + block + "\n")
    cal = exchange_ics("REQUEST", "040000008200E00074C5B7101A82E00800000000F1E2D3C4B5A6DC0100000000000000001000000077AA55CC33EE11DD99BB0044FF2266AA",
                       0, ("Galli Roberto", mgr), [("Bellandi Chiara", work)],
                       "Colloquio annuale di valutazione 2025 - Chiara Bellandi", a, b, "Riunione di Microsoft Teams",
                       inner, s0)
    m = email([("Delivered-To", USER),
               ("Received", received("EUR03-VI1-obe.outbound.protection.outlook.com", "40.107.20.77", s + timedelta(seconds=3), "k71p01x")),
               ("Return-Path", f"<{work}>"), ("From", f"Bellandi Chiara <{work}>"), ("To", USER),
               ("Subject", "I: Colloquio annuale di valutazione 2025 - Chiara Bellandi"), ("Date", format_datetime(s)),
               ("Message-ID", "<PA4PR08MB7011B2C6E0F3A9D1@PA4PR08MB7011.eurprd08.prod.outlook.com>"),
               ("Content-Language", "it-IT")],
              plain=body, html=html_of(body), cte="quoted-printable",
              attachments=[(cal.encode("utf-8"), "text", "calendar", "invite.ics", {"method": "REQUEST"})])
    neg("b71-16-neg-colloquio-annuale-lavoro-attuale", {"01-i-colloquio-annuale.eml": m}, "negative/internal-review",
        "User forwards to her personal address the Teams invite for the annual performance review ('colloquio annuale "
        "di valutazione') at her current employer: internal meeting, not a job interview.")


def c17():
    s = T(ROME, 2026, 3, 19, 12, 0, 0, wd=3)
    a = T(ROME, 2026, 4, 22, 9, 30, wd=2)
    b = T(ROME, 2026, 4, 22, 17, 0)
    txt = ("Ciao Chiara,\n\nla tua iscrizione al Career Day Comunicazione & Marketing 2026 è confermata!\n\n"
           "Mercoledì 22 aprile 2026, ore 9:30-17:00\nAteneo Milanese di Scienze Sociali (fittizio), Aula Magna e Chiostro, "
           "Via Conservatorio 7, Milano\n\n"
           "Oltre 40 aziende incontreranno candidati e candidate: potrai lasciare il CV agli stand e sostenere brevi "
           "colloqui conoscitivi one-to-one (10 minuti) con i recruiter presenti, in ordine di arrivo. "
           "Alle 11:00 workshop \"Come affrontare un colloquio di selezione\".\n\n"
           "Porta con te questo QR code e qualche copia del CV.\n\nIl team Career Service\n"
           "careerday@ateneoms.example\n")
    cal = rome_ics("-//Ateneo Milanese//Eventi Career Service//IT", "PUBLISH", "careerday-2026-comm-mkt@ateneoms.example", 0,
                   ("Career Service", "careerday@ateneoms.example"), [("Chiara Bellandi", USER)],
                   "Career Day Comunicazione & Marketing 2026", a, b, "Via Conservatorio 7, Milano",
                   "Colloqui conoscitivi one-to-one con le aziende presenti, workshop CV.", s)
    m = email([("Delivered-To", USER),
               ("Received", received("mailer.ateneoms.example", "159.149.10.5", s + timedelta(seconds=3), "k71q01x")),
               ("Return-Path", "<careerday@ateneoms.example>"),
               ("From", "Career Service - Ateneo Milanese <careerday@ateneoms.example>"), ("To", USER),
               ("Subject", "Iscrizione confermata - Career Day Comunicazione & Marketing, 22 aprile"),
               ("Date", format_datetime(s)), ("Message-ID", "<cd2026.reg.30417@ateneoms.example>")],
              plain=txt, html=html_of(txt), cte="quoted-printable",
              attachments=[(cal.encode("utf-8"), "text", "calendar", "career-day.ics", {"method": "PUBLISH"})])
    neg("b71-17-neg-career-day-iscrizione", {"01-iscrizione-career-day.eml": m}, "negative/career-fair",
        "University Career Day registration with an all-day-ish .ics that mentions walk-in 'colloqui conoscitivi' "
        "with recruiters: no booked interview.")


def c18():
    s = T(ROME, 2026, 3, 20, 10, 30, 0, wd=4)
    txt = ("Gentile Chiara Bellandi,\n\nLa ringraziamo sinceramente per il tempo dedicato al colloquio di selezione "
           "del 10 marzo scorso per la posizione di Marketing & Events Specialist presso Birrificio Martesana S.r.l.\n\n"
           "Dopo un'attenta valutazione, La informiamo che non è stata selezionata per proseguire nell'iter di "
           "selezione. Il Suo CV resterà nel nostro archivio per 24 mesi e potrà essere preso in considerazione per "
           "future opportunità, per le quali potremmo ricontattarLa per un nuovo colloquio.\n\n"
           "Le auguriamo ogni successo professionale.\n\nCordiali saluti\nUfficio Personale - Birrificio Martesana S.r.l.\n"
           + RECLUTANDO_FOOT)
    m = email([("Delivered-To", USER),
               ("Received", received("mta3.reclutando.example", "94.177.12.8", s + timedelta(seconds=4), "k71r01x")),
               ("Return-Path", "<bounces+5190@reclutando.example>"),
               ("From", "Birrificio Martesana tramite Reclutando <noreply@reclutando.example>"),
               ("Reply-To", "Ufficio Personale <personale@birrificiomartesana.example>"), ("To", USER),
               ("Subject", "Esito colloquio - Marketing & Events Specialist"), ("Date", format_datetime(s)),
               ("Message-ID", "<20260320093000.5190.1180@reclutando.example>"), ("X-Mailer", "Reclutando Notifiche")],
              plain=txt, html=html_of(txt), cte="quoted-printable")
    neg("b71-18-neg-esito-non-selezionata", {"01-esito-colloquio.eml": m}, "negative/rejection",
        "ATS rejection after a past colloquio ('non è stata selezionata'), mentions a past date and future 'nuovo colloquio'.")


def c19():
    ste = "stefano.riva@prontolavoro.example"
    s = T(ROME, 2026, 4, 2, 15, 10, 0, wd=3)
    txt = ("Buongiorno Chiara,\n\nsono Stefano Riva della filiale di Monza di Prontolavoro. Abbiamo ricevuto il Suo CV "
           "per la ricerca di una Marketing Assistant (somministrazione con possibilità di assunzione) per un'azienda "
           "cliente del settore arredamento.\n\nVorrei fissare un breve colloquio conoscitivo telefonico nei prossimi "
           "giorni. Può scegliere lo slot che preferisce (tra martedì 7 e giovedì 9 aprile, 9:00-13:00 / 14:00-18:00) "
           "da questo link:\nhttps://fissaora.example/prontolavoro-monza/colloquio-15min\n\n"
           "In alternativa mi indichi pure le Sue disponibilità rispondendo a questa e-mail.\n\nCordiali saluti\n"
           "Stefano Riva\nRecruiter - Filiale di Monza\nProntolavoro S.p.A. - Agenzia per il Lavoro\n"
           "Via Italia 18, 20900 Monza | Tel. 039 231 8840\n")
    assert T(ROME, 2026, 4, 7, wd=1) and T(ROME, 2026, 4, 9, wd=3)
    m = email([("Delivered-To", USER),
               ("Received", received("EUR04-HE1-obe.outbound.protection.outlook.com", "40.107.7.52", s + timedelta(seconds=2), "k71s01x")),
               ("Return-Path", f"<{ste}>"), ("From", f"Riva Stefano <{ste}>"), ("To", USER),
               ("Subject", "Candidatura Marketing Assistant - disponibilità per un colloquio"), ("Date", format_datetime(s)),
               ("Message-ID", "<AM8PR04MB7761F4A2C8E0D6B1@AM8PR04MB7761.eurprd04.prod.outlook.com>"),
               ("Content-Language", "it-IT")],
              plain=txt, html=html_of(txt), cte="quoted-printable")
    neg("b71-19-neg-agenzia-richiesta-disponibilita", {"01-richiesta-disponibilita.eml": m},
        "negative/availability-request",
        "Agency recruiter asks for availability / unbooked scheduling link ('Fissaora') for a colloquio: nothing booked.")


def c20():
    s = T(ROME, 2026, 3, 24, 7, 0, 12, wd=1)
    offers = [
        ("Marketing Specialist - Colloquio in giornata!", "Retail Moda Nord S.r.l.", "Milano", "28.000 - 32.000 EUR"),
        ("Digital Marketing Specialist (m/f) - selezione candidati: colloqui il 30 marzo", "Agenzia Creativa Brera", "Milano", "n.d."),
        ("Junior Brand Manager - primo colloquio telefonico entro 48h", "Alimentari Pianura S.p.A.", "Lodi", "30.000 EUR"),
        ("Social Media & Community Specialist", "Startup Turismo Lago", "Como (ibrido)", "26.000 - 29.000 EUR"),
    ]
    rows = "".join(f"<tr><td><a href=\"https://www.lavoroadesso.example/offerta/{1880021 + i}\"><b>{t}</b></a><br>{c} - {l}<br>"
                   f"RAL: {r}</td></tr>" for i, (t, c, l, r) in enumerate(offers))
    html = ("<html><body style=\"font-family:Arial,sans-serif\"><p>Ciao Chiara,</p>"
            "<p>ci sono <b>12 nuove offerte</b> per la tua ricerca <i>\"marketing specialist\" - Milano e provincia</i>:</p>"
            f"<table width=\"600\">{rows}</table>"
            "<p><a href=\"https://www.lavoroadesso.example/ricerche\">Vedi tutte le offerte</a></p>"
            "<p>Consiglio della settimana: come prepararsi al colloquio di selezione in 5 passi.</p>"
            "<p style=\"font-size:10px;color:#777\">Ricevi questa e-mail perché hai attivato un avviso su LavoroAdesso. "
            "<a href=\"https://www.lavoroadesso.example/avvisi/disattiva\">Disattiva l'avviso</a>. "
            "LavoroAdesso S.r.l., Corso Como 15, Milano.</p></body></html>\n")
    m = email([("Delivered-To", USER),
               ("Received", received("mail-out7.lavoroadesso.example", "185.87.24.17", s + timedelta(seconds=9), "k71t01x")),
               ("Return-Path", "<bounce-7731@alerts.lavoroadesso.example>"),
               ("From", "LavoroAdesso <avvisi@alerts.lavoroadesso.example>"), ("To", USER),
               ("Subject", "12 nuove offerte per \"marketing specialist\" - colloqui in giornata"),
               ("Date", format_datetime(s)), ("Message-ID", "<alert.20260324.7731.c9f1@alerts.lavoroadesso.example>"),
               ("List-Unsubscribe", "<https://www.lavoroadesso.example/avvisi/disattiva>")],
              html=html, cte="quoted-printable")
    neg("b71-20-neg-job-alert-lavoroadesso", {"01-avviso-offerte.eml": m}, "negative/job-alert",
        "InfoJobs-like board alert whose job titles contain 'colloquio in giornata', 'colloqui il 30 marzo'.", "medium")


def c21():
    s = T(ROME, 2026, 4, 7, 18, 22, 0, wd=1)
    a = T(ROME, 2026, 4, 13, 18, 30, wd=0)
    b = a + timedelta(minutes=45)
    txt = ("Gentile Chiara,\n\ngrazie per aver aderito allo studio \"Come cerchi lavoro online\". Le confermiamo "
           "l'appuntamento per l'intervista individuale in profondità:\n\n"
           "lunedì 13 aprile, ore 18:30 (durata 45 minuti), su Zoom: https://opinio-ricerche.zoom.us/j/91822004517\n"
           "Intervistatrice: Giulia Sartori, ricercatrice senior\n\n"
           "Come ringraziamento riceverà un buono Amazon da 60 euro entro 10 giorni lavorativi. L'intervista sarà "
           "registrata solo per fini di ricerca; i dati sono trattati in forma anonima.\n\n"
           "Cordiali saluti\nPanel Opinio - Ricerche di mercato\nVia Tortona 31, Milano - tel. 02 8945 1170\n")
    cal = rome_ics("-//Panel Opinio//Recruiting Studi//IT", "REQUEST", "opinio-st2604-intv-117@opinio-ricerche.example", 0,
                   ("Panel Opinio", "studi@opinio-ricerche.example"), [("Chiara Bellandi", USER)],
                   "Intervista in profondità - studio 'Come cerchi lavoro online'", a, b,
                   "Zoom", "Intervista retribuita (buono 60 EUR).", s)
    m = email([("Delivered-To", USER),
               ("Received", received("smtp.opinio-ricerche.example", "80.211.40.19", s + timedelta(seconds=3), "k71u01x")),
               ("Return-Path", "<studi@opinio-ricerche.example>"),
               ("From", "Panel Opinio <studi@opinio-ricerche.example>"), ("To", USER),
               ("Subject", "Conferma appuntamento: intervista lunedì 13 aprile ore 18:30"), ("Date", format_datetime(s)),
               ("Message-ID", "<opinio.st2604.117.20260407@opinio-ricerche.example>")],
              plain=txt, html=html_of(txt), cte="quoted-printable",
              attachments=[(cal.encode("utf-8"), "text", "calendar", "intervista.ics", {"method": "REQUEST"})])
    neg("b71-21-neg-intervista-ricerca-retribuita", {"01-conferma-intervista-ricerca.eml": m}, "negative/user-research",
        "Paid market-research in-depth 'intervista' about job searching, booked with time, Zoom and .ics: not a job interview.")


def c22():
    s = T(ROME, 2026, 3, 19, 11, 45, 0, wd=3)
    assert T(ROME, 2026, 3, 26, wd=3)
    txt = ("Gentile Chiara,\n\nTorrefazione Brera S.r.l. La invita a completare un videocolloquio asincrono per la "
           "posizione di Marketing Specialist Retail.\n\nRisponderà a 5 domande registrando un breve video "
           "(max 2 minuti per risposta) quando preferisce, entro giovedì 26 marzo ore 23:59.\n\n"
           "Inizia il videocolloquio: https://app.videoselezione.example/i/TB-7h2k9q\n\n"
           "Nessun selezionatore sarà collegato in diretta: le risposte verranno valutate dal team HR, che La "
           "contatterà in caso di esito positivo per un colloquio.\n\nIn bocca al lupo!\nIl team VideoSelezione "
           "per Torrefazione Brera\n")
    m = email([("Delivered-To", USER),
               ("Received", received("mx-out.videoselezione.example", "176.31.8.90", s + timedelta(seconds=3), "k71v01x")),
               ("Return-Path", "<no-reply@videoselezione.example>"),
               ("From", "Torrefazione Brera via VideoSelezione <no-reply@videoselezione.example>"), ("To", USER),
               ("Subject", "Invito al videocolloquio - Marketing Specialist Retail"), ("Date", format_datetime(s)),
               ("Message-ID", "<vs.inv.TB-7h2k9q@videoselezione.example>")],
              plain=txt, html=html_of(txt), cte="quoted-printable")
    neg("b71-22-neg-videocolloquio-asincrono", {"01-invito-videocolloquio.eml": m}, "negative/one-way-video",
        "One-way recorded 'videocolloquio asincrono' with a deadline: assessment, not a live interview.")


def main():
    for fn in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
               c14, c15, c16, c17, c18, c19, c20, c21, c22]:
        fn()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b71-") and os.path.isdir(p):
            shutil.rmtree(p)
    for cid, files in CASES.items():
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fn, data in files.items():
            with open(os.path.join(d, fn), "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# blind71 labels - see README.md. Generated by make_cases.py; do not edit by hand.\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=110)
    pos = sum(1 for l in LABELS.values() if l["interview"])
    print(f"{len(LABELS)} cases ({pos} positive, {len(LABELS) - pos} negative), "
          f"{sum(len(l['interviews']) for l in LABELS.values())} interviews")


if __name__ == "__main__":
    main()
