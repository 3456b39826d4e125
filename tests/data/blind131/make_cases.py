#!/usr/bin/env python3
"""Deterministic generator for the blind131 interview-detection set.

Theme: a financial controller in Vienna (Theresa Haberl) applying in Austria, Switzerland,
Germany and to two UK firms. All people, companies and domains are invented (.example).
Run: python make_cases.py   (rewrites every case folder and labels.yaml next to this file)
Only stdlib + PyYAML + zoneinfo.
"""
import json
import zlib
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
VIE = ZoneInfo("Europe/Vienna")
ZRH = ZoneInfo("Europe/Zurich")
BER = ZoneInfo("Europe/Berlin")
LON = ZoneInfo("Europe/London")
UTC = timezone.utc

OWNER = "theresa.haberl@mail.example"
OWNER_NAME = "Theresa Haberl"
OWNER_FMT = f"{OWNER_NAME} <{OWNER}>"
WORK = "theresa.haberl@donauwerk.example"  # current employer, auto-forwarded to OWNER
OLD = "t.haberl@example.com"  # her older private address

CASES = {}
LABELS = {}


def T(tz, y, m, d, hh, mm=0):
    return datetime(y, m, d, hh, mm, tzinfo=tz)


def iso(dt):
    return dt.isoformat() if dt is not None else None


# ----------------------------------------------------------------------------- iCalendar
def fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    parts, cur, limit = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            parts.append(cur.decode("utf-8"))
            cur, limit = b"", 74
        cur += b
    parts.append(cur.decode("utf-8"))
    return "\r\n ".join(parts)


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def ics(lines):
    return ("\r\n".join(fold(l) for l in lines) + "\r\n").encode("utf-8")


def loc(dt, tz):
    return dt.astimezone(tz).strftime("%Y%m%dT%H%M%S")


def z(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


VTZ_WEST = [
    "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]


def vtz_olson(tzid, std_name="CET", dst_name="CEST"):
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", f"TZNAME:{dst_name}",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", f"TZNAME:{std_name}",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT"):
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{email}"


def exchange_ics(method, uid, summary, start, end, organizer, attendees, description, location,
                 seq=0, stamp=None, status="CONFIRMED", lang="de-AT", extra=()):
    """Exchange / Outlook style calendar with Windows TZID."""
    tzid = "W. Europe Standard Time"
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0"] + VTZ_WEST + ["BEGIN:VEVENT",
                                          f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    lines += [att(n, e, p) for (n, e, p) in attendees]
    lines += [
        f"DESCRIPTION;LANGUAGE={lang}:{esc(description)}",
        f"UID:{uid}",
        f"SUMMARY;LANGUAGE={lang}:{esc(summary)}",
        f"DTSTART;TZID={tzid}:{loc(start, VIE)}",
        f"DTEND;TZID={tzid}:{loc(end, VIE)}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{z(stamp)}", "TRANSP:OPAQUE",
        f"STATUS:{status}", f"SEQUENCE:{seq}",
        f"LOCATION;LANGUAGE={lang}:{esc(location)}",
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        "X-MICROSOFT-CDO-OWNERAPPTID:2117503342",
        "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
        "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1" if method != "CANCEL" else "X-MICROSOFT-CDO-IMPORTANCE:2",
        "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
    ] + list(extra)
    if method == "REQUEST":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def teams_block(mid, pin):
    return ("________________________________________________________________________________\n"
            "Microsoft Teams Besprechung\n"
            "Nehmen Sie auf dem Computer, in der mobilen App oder im Raumgerät teil\n"
            f"Klicken Sie hier, um an der Besprechung teilzunehmen<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\n"
            f"Besprechungs-ID: {pin}\n"
            "Kennung: " + mid[:6] + "\n"
            "Teams herunterladen<https://www.microsoft.com/de-at/microsoft-teams/download-app> | Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Weitere Informationen<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<https://teams.microsoft.com/meetingOptions/>\n"
            "________________________________________________________________________________")


def html_of(text):
    out = []
    for para in text.split("\n\n"):
        para = (para.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\n", "<br>"))
        out.append(f"<p>{para}</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div style="font-family:Aptos,Calibri,Arial,sans-serif;font-size:11pt">'
            + "\n".join(out) + "</div></body></html>")


# ----------------------------------------------------------------------------- e-mail
def mail(*, frm, to, subject, date, msgid, text=None, html=None, cc=None, reply_to=None,
         in_reply_to=None, references=None, text_cte="quoted-printable", html_cte="quoted-printable",
         cal=None, cal_method="REQUEST", cal_mode=None, attach=None, delivered_to=OWNER,
         sender=None, return_path=None, extra=(), received_from="mx01.mail.example"):
    m = EmailMessage(policy=POLICY)
    m["Delivered-To"] = delivered_to
    m["Received"] = (f"from {received_from} ({received_from} [192.0.2.25]) by mx.mail.example with ESMTPS "
                     f"id {zlib.crc32(msgid.encode()):010d} for <{delivered_to}>; {format_datetime(date + timedelta(seconds=3))}")
    m["Return-Path"] = return_path or f"<{frm.split('<')[-1].rstrip('>')}>"
    if sender:
        m["Sender"] = sender
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
    for k, v in extra:
        m[k] = v
    if text is not None:
        m.set_content(text, charset="utf-8", cte=text_cte)
        if html is not None:
            m.add_alternative(html, subtype="html", charset="utf-8", cte=html_cte)
    else:
        m.set_content(html, subtype="html", charset="utf-8", cte=html_cte)
    if cal is not None:
        if cal_mode == "alternative":
            m.add_alternative(cal, maintype="text", subtype="calendar", cte="base64",
                              params={"charset": "UTF-8", "method": cal_method})
        else:
            m.add_attachment(cal, maintype="text", subtype="calendar", cte="base64",
                             filename=cal_mode or "invite.ics",
                             params={"method": cal_method})
    if attach:
        for data, mt, st, fn in attach:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    seed = zlib.crc32(msgid.encode())
    for i, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary(f"_{i:03d}_{seed:08x}{(seed * 2654435761 + i) % 2**32:08x}_")
    return m.as_bytes()


def case(cid, items, label):
    CASES[cid] = items
    LABELS[cid] = label


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end),
            "status": status, "interviewer_emails": interviewers,
            "followup_recipients": recipients, "kind": kind}


def lab(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes,
            "source": "synthetic"}


# ============================================================================ POSITIVES
# --- 01 prescreen-like ATS invitation, on site in Salzburg, .ics attached --------------
def c01():
    s, e = T(VIE, 2026, 3, 12, 14), T(VIE, 2026, 3, 12, 15)
    hr = "sabine.url@alpenkraft.example"
    d1 = T(VIE, 2026, 2, 18, 9, 41)
    t1 = """Sehr geehrte Frau Haberl,

vielen Dank für Ihre Bewerbung als Financial Controller (w/m/d) bei der Alpenkraft Getränke GmbH.
Wir haben Ihre Unterlagen erhalten und melden uns so bald wie möglich bei Ihnen.

Den Status Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen:
https://alpenkraft.kandidatio.example/kandidat/status/7Hq2Lw

Mit freundlichen Grüßen
Ihr Recruiting-Team der Alpenkraft Getränke GmbH

Diese Nachricht wurde automatisch über kandidatio versendet. Bitte antworten Sie nicht auf diese E-Mail."""
    d2 = T(VIE, 2026, 3, 2, 11, 17)
    t2 = """Sehr geehrte Frau Mag. Haberl,

vielen Dank für Ihre Bewerbung und Ihr Interesse an der Alpenkraft Getränke GmbH. Ihr Profil hat uns
überzeugt und wir laden Sie herzlich zu einem persönlichen Vorstellungsgespräch ein:

Position:           Financial Controller (w/m/d)
Termin:             am Donnerstag, 12. März 2026 um 14.00 Uhr
Dauer:              ca. 60 Minuten
Ort:                Alpenkraft Getränke GmbH, Münchner Bundesstraße 118, 5020 Salzburg
                    (Verwaltungsgebäude, Empfang im 2. OG)
Gesprächspartner:   DI Markus Rieger (Leiter Finanzen & Controlling)
                    Mag. Sabine Url (HR Business Partnerin)

Bitte bestätigen Sie den Termin über folgenden Link:
https://alpenkraft.kandidatio.example/termin/bestaetigen/Xk29pQ

Sollte Ihnen der Termin nicht möglich sein, antworten Sie bitte direkt an Frau Url
(sabine.url@alpenkraft.example, +43 662 43 91 0-215). Besucherparkplätze finden Sie direkt vor dem Haupteingang.

Wir freuen uns auf das Gespräch mit Ihnen!

Mit freundlichen Grüßen
Mag. Sabine Url
HR Business Partnerin
Alpenkraft Getränke GmbH | Münchner Bundesstraße 118 | 5020 Salzburg
FN 182734k, LG Salzburg

Diese Nachricht wurde über kandidatio versendet."""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//kandidatio//Interview Scheduler 4.2//DE",
               "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + vtz_olson("Europe/Vienna") + [
        "BEGIN:VEVENT", "UID:kdt-ivw-55190-alpenkraft@kandidatio.example",
        f"DTSTAMP:{z(d2)}",
        f"DTSTART;TZID=Europe/Vienna:{loc(s, VIE)}", f"DTEND;TZID=Europe/Vienna:{loc(e, VIE)}",
        "SUMMARY:Vorstellungsgespräch Financial Controller (w/m/d) – Alpenkraft Getränke GmbH",
        "LOCATION:" + esc("Alpenkraft Getränke GmbH, Münchner Bundesstraße 118, 5020 Salzburg"),
        "DESCRIPTION:" + esc("Vorstellungsgespräch mit DI Markus Rieger und Mag. Sabine Url.\nKontakt: sabine.url@alpenkraft.example"),
        f"ORGANIZER;CN=Sabine Url:mailto:{hr}",
        att(OWNER_NAME, OWNER),
        "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    frm = "Alpenkraft Getränke GmbH <noreply@mail.kandidatio.example>"
    case("b131-01-ats-einladung-vor-ort-salzburg-ics", [
        ("01-bewerbung-eingegangen.eml", mail(frm=frm, to=OWNER_FMT, subject="Ihre Bewerbung bei der Alpenkraft Getränke GmbH",
                                              date=d1, msgid="<kdt.55190.ack.1771404060@mail.kandidatio.example>", text=t1,
                                              html=html_of(t1), received_from="out3.mail.kandidatio.example")),
        ("02-einladung-vorstellungsgespraech.eml", mail(
            frm=frm, to=OWNER_FMT, reply_to=f"Sabine Url <{hr}>",
            subject="Einladung zum Vorstellungsgespräch – Financial Controller (w/m/d)",
            date=d2, msgid="<kdt.55190.inv.1772446620@mail.kandidatio.example>", text=t2, html=html_of(t2),
            cal=cal, cal_mode="Vorstellungsgespraech.ics", received_from="out3.mail.kandidatio.example")),
    ], lab([iv("Alpenkraft Getränke GmbH", "Financial Controller (w/m/d)", s, e, "scheduled", [hr], [hr], "onsite")],
           "easy", "positive/ats-email-with-ics",
           "prescreen-like ATS (kandidatio) receipt then on-site invite with .ics; two interviewers, only the HR "
           "partner's address is known; ATS noreply is not a recipient."))


# --- 02 German Outlook / Teams invite, TZID W. Europe Standard Time, "14:30 Uhr MEZ" -----
def c02():
    s, e = T(BER, 2026, 2, 17, 14, 30), T(BER, 2026, 2, 17, 15, 15)
    rec, hm = "c.obermaier@isarwerk-medtech.example", "jonas.eder@isarwerk-medtech.example"
    d1 = T(BER, 2026, 2, 9, 16, 2)
    t1 = """Sehr geehrte Frau Haberl,

herzlichen Dank für Ihre Bewerbung als Controller (m/w/d) Konzernreporting. Wir würden Sie gerne
kennenlernen und laden Sie zu einem Bewerbungsgespräch per Microsoft Teams ein:

Dienstag, 17. Februar 2026, 14:30 Uhr MEZ (ca. 45 Minuten)

Ihre Gesprächspartner sind Herr Jonas Eder (Head of Controlling) und ich. Die Einladung mit dem
Teams-Link erhalten Sie gleich separat über Outlook.

Bei Fragen erreichen Sie mich gerne telefonisch.

Mit freundlichen Grüßen

Carina Obermaier
Talent Acquisition

Isarwerk Medizintechnik GmbH
Frankfurter Ring 81 | 80807 München
Tel.: +49 89 3579 4410 | Mobil: +49 151 2274 9031
c.obermaier@isarwerk-medtech.example
Sitz der Gesellschaft: München, Registergericht München HRB 228417"""
    d2 = T(BER, 2026, 2, 9, 16, 9)
    body2 = "Liebe Frau Haberl,\n\nwie besprochen die Einladung zu unserem Gespräch. Wir freuen uns auf Sie!\n\nViele Grüße\nCarina Obermaier\n\n" + teams_block("NmQ4ZjYxYzQtYjE2Ny00ZTRhLTk5", "358 201 774 619")
    cal = exchange_ics("REQUEST", "040000008200E00074C5B7101A82E0080000000062F1C3A9B399DC01000000000000000010000000A1D0F7C44E2B8F4A93C1D2B1E5F06A7B",
                       "Bewerbungsgespräch Controller (m/w/d) – Theresa Haberl", s, e,
                       ("Carina Obermaier", rec), [(OWNER_NAME, OWNER, "NEEDS-ACTION"), ("Jonas Eder", hm, "ACCEPTED")],
                       body2, "Microsoft Teams-Besprechung", stamp=d2, lang="de-DE")
    ex = [("Thread-Topic", "Bewerbungsgespräch Controller (m/w/d) – Theresa Haberl"),
          ("Thread-Index", "AdyaQ1c7f1m2b3n4o5p6q7r8s9t0uA=="), ("Accept-Language", "de-DE"),
          ("Content-Language", "de-DE"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
          ("Content-class", "urn:content-classes:calendarmessage")]
    case("b131-02-outlook-teams-w-europe-mez-muenchen", [
        ("01-einladung-bewerbungsgespraech.eml", mail(
            frm=f"Carina Obermaier <{rec}>", to=OWNER_FMT, cc=f"Jonas Eder <{hm}>",
            subject="Einladung zum Bewerbungsgespräch – Controller (m/w/d) Konzernreporting", date=d1,
            msgid="<FR3P281MB1650A1B2C3D4E5F6A7B8C9D0E1F2A3B4@FR3P281MB1650.DEUP281.PROD.OUTLOOK.COM>",
            text=t1, html=html_of(t1), received_from="FR5P281CU006.outbound.protection.outlook.example")),
        ("02-teams-einladung.eml", mail(
            frm=f"Carina Obermaier <{rec}>", to=f"{OWNER_FMT}, Jonas Eder <{hm}>",
            subject="Bewerbungsgespräch Controller (m/w/d) – Theresa Haberl", date=d2,
            msgid="<FR3P281MB16509C8D7E6F5A4B3C2D1E0F9A8B7C6D@FR3P281MB1650.DEUP281.PROD.OUTLOOK.COM>",
            text=body2, html=html_of(body2), cal=cal, cal_mode="alternative", extra=ex,
            received_from="FR5P281CU006.outbound.protection.outlook.example")),
    ], lab([iv("Isarwerk Medizintechnik GmbH", "Controller (m/w/d) Konzernreporting", s, e, "scheduled",
               [rec, hm], [rec, hm], "onsite")], "easy", "positive/exchange-teams-invite",
           "Recruiter mail ('14:30 Uhr MEZ') + German Exchange Teams invite with TZID 'W. Europe Standard Time'; "
           "same interview twice; recruiter and Head of Controlling both conduct it."))


# --- 03 Outlook invite, 'verschoben auf', 'Aktualisiert:' (SEQUENCE 1) ------------------
def c03():
    s0, e0 = T(BER, 2026, 3, 9, 10), T(BER, 2026, 3, 9, 11)
    s, e = T(BER, 2026, 3, 11, 15, 30), T(BER, 2026, 3, 11, 16, 30)
    hr, hm = "n.brueckner@mainhafen-leasing.example", "f.wendt@mainhafen-leasing.example"
    uid = "040000008200E00074C5B7101A82E00800000000D04E8B2F77A8DC010000000000000000100000003C5E9A1F2B7D4E6C8A0B1C2D3E4F5A6B"
    place = "Mainhafen Leasing AG, Hanauer Landstraße 204, 60314 Frankfurt am Main, Besprechungsraum Taunus (3. OG)"
    d1 = T(BER, 2026, 2, 26, 13, 55)
    desc1 = ("Sehr geehrte Frau Haberl,\n\nwie telefonisch besprochen sende ich Ihnen die Einladung zum "
             "Vorstellungsgespräch für die Position Senior Controller (m/w/d) Treasury & Risk. Das Gespräch "
             "findet vor Ort statt, Gesprächspartner sind Herr Dr. Felix Wendt (Bereichsleiter Controlling) "
             "und ich.\n\nBitte melden Sie sich am Empfang im Erdgeschoss.\n\nMit freundlichen Grüßen\n"
             "Nadine Brückner\nPersonalreferentin\nMainhafen Leasing AG\nTel. +49 69 4012 3377")
    ex = [("Accept-Language", "de-DE"), ("Content-Language", "de-DE"),
          ("Content-class", "urn:content-classes:calendarmessage")]
    cal1 = exchange_ics("REQUEST", uid, "Vorstellungsgespräch Senior Controller – Frau Haberl", s0, e0,
                        ("Nadine Brückner", hr), [(OWNER_NAME, OWNER, "NEEDS-ACTION"), ("Dr. Felix Wendt", hm, "ACCEPTED")],
                        desc1, place, seq=0, stamp=d1, lang="de-DE")
    d2 = T(BER, 2026, 3, 4, 8, 12)
    t2 = """Sehr geehrte Frau Haberl,

leider ist Herr Dr. Wendt am kommenden Montag kurzfristig auf einer Dienstreise. Unser
Vorstellungsgespräch muss daher verschoben werden – verschoben auf Mittwoch, 11. März 2026, 15:30 Uhr.
Ort und Gesprächspartner bleiben unverändert, die Dauer ebenfalls (eine Stunde).

Ich hoffe, der neue Termin passt Ihnen. Eine aktualisierte Outlook-Einladung folgt gleich.

Entschuldigen Sie bitte die Umstände.

Mit freundlichen Grüßen
Nadine Brückner
Personalreferentin

Mainhafen Leasing AG | Hanauer Landstraße 204 | 60314 Frankfurt am Main
Tel. +49 69 4012 3377 | n.brueckner@mainhafen-leasing.example
Vorstand: Dr. Ralf Osterkamp (Vors.), Miriam Jung | Aufsichtsratsvorsitzender: Helmut Sauer
Sitz: Frankfurt am Main | Amtsgericht Frankfurt am Main HRB 99412"""
    d3 = T(BER, 2026, 3, 4, 8, 20)
    desc3 = desc1.replace("wie telefonisch besprochen sende ich Ihnen die Einladung zum",
                          "anbei die aktualisierte Einladung (neuer Termin) zum")
    cal3 = exchange_ics("REQUEST", uid, "Vorstellungsgespräch Senior Controller – Frau Haberl", s, e,
                        ("Nadine Brückner", hr), [(OWNER_NAME, OWNER, "NEEDS-ACTION"), ("Dr. Felix Wendt", hm, "ACCEPTED")],
                        desc3, place, seq=1, stamp=d3, lang="de-DE")
    case("b131-03-outlook-verschoben-aktualisiert-frankfurt", [
        ("01-einladung.eml", mail(frm=f"Nadine Brückner <{hr}>", to=OWNER_FMT,
                                  subject="Vorstellungsgespräch Senior Controller – Frau Haberl", date=d1,
                                  msgid="<BE1P281MB2020E3C5A1F94D7B@BE1P281MB2020.DEUP281.PROD.OUTLOOK.COM>",
                                  text=desc1, html=html_of(desc1), cal=cal1, cal_mode="alternative", extra=ex)),
        ("02-terminverschiebung.eml", mail(frm=f"Nadine Brückner <{hr}>", to=OWNER_FMT, cc=f"Dr. Felix Wendt <{hm}>",
                                           subject="Terminverschiebung: Ihr Vorstellungsgespräch am 9. März", date=d2,
                                           msgid="<BE1P281MB2020F7A2B9C1D3E5@BE1P281MB2020.DEUP281.PROD.OUTLOOK.COM>",
                                           text=t2, html=html_of(t2))),
        ("03-aktualisiert.eml", mail(frm=f"Nadine Brückner <{hr}>", to=OWNER_FMT,
                                     subject="Aktualisiert: Vorstellungsgespräch Senior Controller – Frau Haberl", date=d3,
                                     msgid="<BE1P281MB20200B1C2D3E4F5A@BE1P281MB2020.DEUP281.PROD.OUTLOOK.COM>",
                                     text=desc3, html=html_of(desc3), cal=cal3, cal_mode="alternative", extra=ex)),
    ], lab([iv("Mainhafen Leasing AG", "Senior Controller (m/w/d) Treasury & Risk", s, e, "scheduled",
               [hr, hm], [hr, hm], "onsite")], "medium", "positive/reschedule",
           "Outlook invite for Mon 9 Mar 10:00, then 'verschoben auf Mittwoch, 11. März 2026, 15:30 Uhr' and an "
           "'Aktualisiert:' invite (same UID, SEQUENCE 1). Final time only."))


# --- 04 Outlook 'Abgesagt:' METHOD:CANCEL, Austrian firm, CEST -------------------------
def c04():
    s, e = T(VIE, 2026, 4, 16, 9), T(VIE, 2026, 4, 16, 10)
    hm = "h.pointner@traunstein-kunststoff.example"
    uid = "040000008200E00074C5B7101A82E008000000005B2C7E11A0C2DC01000000000000000010000000F1E2D3C4B5A69788796A5B4C3D2E1F00"
    place = "Traunstein Kunststofftechnik GmbH, Kuferzeile 12, 4810 Gmunden – Besprechungsraum Traunsee"
    d1 = T(VIE, 2026, 4, 2, 10, 31)
    desc1 = ("Sehr geehrte Frau Haberl,\n\nich freue mich, Sie zu einem Bewerbungsgespräch für die Position "
             "Financial Controller (m/w/d) bei uns in Gmunden einzuladen. Das Gespräch führe ich persönlich; "
             "wir haben eine Stunde eingeplant.\n\nMit freundlichen Grüßen\nMag. Harald Pointner\n"
             "Kaufmännischer Leiter\nTraunstein Kunststofftechnik GmbH\nT +43 7612 72 455-30")
    ex = [("Accept-Language", "de-AT"), ("Content-Language", "de-AT"),
          ("Content-class", "urn:content-classes:calendarmessage")]
    cal1 = exchange_ics("REQUEST", uid, "Bewerbungsgespräch Financial Controller – Theresa Haberl", s, e,
                        ("Harald Pointner", hm), [(OWNER_NAME, OWNER, "NEEDS-ACTION")], desc1, place, stamp=d1)
    d2 = T(VIE, 2026, 4, 13, 17, 48)
    desc2 = ("Sehr geehrte Frau Haberl,\n\nleider müssen wir das Gespräch am Donnerstag absagen: Die Position "
             "wurde zwischenzeitlich intern nachbesetzt. Ich bedaure die kurzfristige Absage sehr und bitte um "
             "Ihr Verständnis.\n\nMit freundlichen Grüßen\nHarald Pointner")
    cal2 = exchange_ics("CANCEL", uid, "Abgesagt: Bewerbungsgespräch Financial Controller – Theresa Haberl", s, e,
                        ("Harald Pointner", hm), [(OWNER_NAME, OWNER, "NEEDS-ACTION")], desc2, place, seq=1,
                        stamp=d2, status="CANCELLED")
    case("b131-04-outlook-abgesagt-gmunden", [
        ("01-einladung.eml", mail(frm=f"Harald Pointner <{hm}>", to=OWNER_FMT,
                                  subject="Bewerbungsgespräch Financial Controller – Theresa Haberl", date=d1,
                                  msgid="<VI1PR08MB5310AB12CD34EF56@VI1PR08MB5310.eurprd08.prod.outlook.example>",
                                  text=desc1, html=html_of(desc1), cal=cal1, cal_mode="alternative", extra=ex)),
        ("02-abgesagt.eml", mail(frm=f"Harald Pointner <{hm}>", to=OWNER_FMT,
                                 subject="Abgesagt: Bewerbungsgespräch Financial Controller – Theresa Haberl", date=d2,
                                 msgid="<VI1PR08MB53109F8E7D6C5B4A@VI1PR08MB5310.eurprd08.prod.outlook.example>",
                                 text=desc2, html=html_of(desc2), cal=cal2, cal_method="CANCEL",
                                 cal_mode="alternative", extra=ex + [("Importance", "high")])),
    ], lab([iv("Traunstein Kunststofftechnik GmbH", "Financial Controller (m/w/d)", s, e, "cancelled",
               [hm], [hm], "hiring_manager")], "medium", "positive/cancellation",
           "German Outlook invite (W. Europe Standard Time, CEST date) then 'Abgesagt:' METHOD:CANCEL; position filled "
           "internally -> interview kept as cancelled at 16 Apr 09:00 +02:00."))


# --- 05 UK firm, candidate withdraws, recruiter confirms cancellation ------------------
def c05():
    s, e = T(LON, 2026, 3, 24, 14), T(LON, 2026, 3, 24, 14, 45)
    rec, hm = "olivia.thwaite@kingsmerecapital.example", "james.whitcombe@kingsmerecapital.example"
    d1 = T(LON, 2026, 3, 13, 15, 26)
    t1 = """Dear Theresa,

Thank you for your time on the phone earlier this week. I'm pleased to confirm your video interview for
the Financial Controller – DACH Entity role:

  Date:  Tuesday 24 March
  Time:  2pm UK time (3pm CET)
  Length: around 45 minutes
  With:  James Whitcombe, Group Financial Controller (cc'd)
  Where: Microsoft Teams – https://teams.microsoft.com/l/meetup-join/19%3ameeting_KCP7781%40thread.v2/0

James will want to talk through your month-end close experience and the IFRS 16 project you mentioned.
Do let me know if anything changes.

Kind regards,

Olivia Thwaite
Talent Acquisition Partner
Kingsmere Capital Partners LLP
14 Cheapside Court, London EC2V 6AB
T: +44 20 7946 0183 | M: +44 7700 900412"""
    d2 = T(LON, 2026, 3, 18, 9, 4)
    t2 = """Hi Theresa,

Thank you for letting me know, and congratulations on the new role – completely understand. I've cancelled
Tuesday's interview with James and released the slot, so there's nothing further you need to do.

If you are ever considering a move to London, please do keep us in mind.

Best wishes,
Olivia

Olivia Thwaite | Talent Acquisition Partner | Kingsmere Capital Partners LLP
T: +44 20 7946 0183

-----Original Message-----
From: Theresa Haberl <theresa.haberl@mail.example>
Sent: 17 March 2026 21:40
To: Olivia Thwaite <olivia.thwaite@kingsmerecapital.example>
Subject: RE: Interview confirmation – Financial Controller, DACH Entity

Dear Olivia,

after a lot of thought I have decided to accept an offer here in Vienna, so I would like to withdraw my
application and cancel the interview on 24 March. Please pass my apologies on to James – I really
appreciated your time.

Kind regards,
Theresa Haberl"""
    mid1 = "<LO2P265MB4471C2A9E1B7D5F3@LO2P265MB4471.GBRP265.PROD.OUTLOOK.EXAMPLE>"
    case("b131-05-uk-withdrawal-cancelled-london", [
        ("01-interview-confirmation.eml", mail(frm=f"Olivia Thwaite <{rec}>", to=OWNER_FMT, cc=f"James Whitcombe <{hm}>",
                                               subject="Interview confirmation – Financial Controller, DACH Entity",
                                               date=d1, msgid=mid1, text=t1, html=html_of(t1))),
        ("02-re-withdrawal.eml", mail(frm=f"Olivia Thwaite <{rec}>", to=OWNER_FMT,
                                      subject="RE: Interview confirmation – Financial Controller, DACH Entity",
                                      date=d2, msgid="<LO2P265MB44717A0B3C5D9E1F@LO2P265MB4471.GBRP265.PROD.OUTLOOK.EXAMPLE>",
                                      in_reply_to="<AM0PR01MB6432D1E2F3A4B5C6@mail.example>",
                                      references=f"{mid1} <AM0PR01MB6432D1E2F3A4B5C6@mail.example>",
                                      text=t2)),
    ], lab([iv("Kingsmere Capital Partners LLP", "Financial Controller – DACH Entity", s, e, "cancelled",
               [hm], [hm], "hiring_manager")], "medium", "positive/cancellation",
           "UK firm books '2pm UK time (3pm CET)' on 24 Mar (still GMT); candidate withdraws, recruiter confirms "
           "cancellation with quoted text -> cancelled at 14:00+00:00."))


# --- 06 two-stage: erstes Gespräch (Jänner) then Zweitgespräch mit der GF (Feber) --------
def c06():
    s1, e1 = T(VIE, 2026, 1, 27, 9), T(VIE, 2026, 1, 27, 9, 45)
    s2, e2 = T(VIE, 2026, 2, 13, 11), T(VIE, 2026, 2, 13, 12, 30)
    rec = "lisa.pichler@murtal-energie.example"
    ctl = "elisabeth.kranz@murtal-energie.example"
    gf = "gerhard.leitner@murtal-energie.example"
    d1 = T(VIE, 2026, 1, 16, 14, 3)
    t1 = """Sehr geehrte Frau Mag. Haberl,

danke für Ihre Bewerbung als Controllerin (w/m/d) bei der Murtal Energie GmbH – Ihr Lebenslauf hat uns
sehr angesprochen!

Gerne möchten wir Sie zu einem ersten Gespräch per Teams einladen:
Dienstag, 27. Jänner 2026, 9.00 bis 9.45 Uhr

Von unserer Seite nehmen Mag. Elisabeth Kranz (Leiterin Controlling, in Kopie) und ich teil. Den Link
schicke ich Ihnen nach Ihrer Bestätigung.

Passt Ihnen der Termin? Ich freue mich auf Ihre Rückmeldung.

Liebe Grüße aus Graz
Lisa Pichler
Recruiting & Employer Branding

Murtal Energie GmbH
Conrad-von-Hötzendorf-Straße 94, 8010 Graz
T +43 316 81 47 20-112
www.murtal-energie.example"""
    mid1 = "<a7c2f0e1-91b3-4d55-8f0a-3e6b2c1d9f40@murtal-energie.example>"
    d2 = T(VIE, 2026, 1, 19, 8, 40)
    t2 = """Liebe Frau Haberl,

super, danke für die Bestätigung! Hier der Link für Dienstag, 27.1., 9 Uhr:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_MRT0127%40thread.v2/0

Bis dann und liebe Grüße
Lisa Pichler

> Am 16.01.2026 um 17:22 schrieb Theresa Haberl <theresa.haberl@mail.example>:
>
> Liebe Frau Pichler,
>
> vielen Dank für die Einladung, der 27. Jänner um 9 Uhr passt mir sehr gut.
>
> Beste Grüße
> Theresa Haberl"""
    mid2 = "<0c4be7d2-55aa-4f1e-9a3b-7d8e6f5a4b21@murtal-energie.example>"
    d3 = T(VIE, 2026, 1, 29, 16, 15)
    t3 = """Liebe Frau Haberl,

nochmals danke für das angenehme erste Gespräch am Dienstag – Frau Mag. Kranz und ich waren sehr
angetan. Wir würden den Prozess gerne mit Ihnen fortsetzen und laden Sie zum Zweitgespräch mit der
Geschäftsführung ein:

Freitag, 13. Feber 2026 um 11 Uhr
vor Ort bei uns in Graz (Conrad-von-Hötzendorf-Straße 94, 3. Stock, bitte beim Empfang melden)

Gesprächspartner: DI Dr. Gerhard Leitner (Geschäftsführer, in Kopie) und Mag. Elisabeth Kranz.
Bitte planen Sie ca. eineinhalb Stunden ein; im Anschluss zeigen wir Ihnen gerne noch das Büro.

Fahrtkosten (ÖBB 2. Klasse ab Wien) erstatten wir Ihnen selbstverständlich.

Liebe Grüße
Lisa Pichler
Recruiting & Employer Branding | Murtal Energie GmbH
T +43 316 81 47 20-112"""
    case("b131-06-zweistufig-erst-und-zweitgespraech-graz", [
        ("01-einladung-erstes-gespraech.eml", mail(frm=f"Lisa Pichler <{rec}>", to=OWNER_FMT, cc=f"Elisabeth Kranz <{ctl}>",
                                                   subject="Ihre Bewerbung als Controllerin – Einladung zum ersten Gespräch",
                                                   date=d1, msgid=mid1, text=t1)),
        ("02-aw-teams-link.eml", mail(frm=f"Lisa Pichler <{rec}>", to=OWNER_FMT,
                                      subject="AW: Ihre Bewerbung als Controllerin – Einladung zum ersten Gespräch",
                                      date=d2, msgid=mid2, in_reply_to="<CAHt0x9Zb1u@mail.example>",
                                      references=f"{mid1} <CAHt0x9Zb1u@mail.example>", text=t2)),
        ("03-einladung-zweitgespraech.eml", mail(frm=f"Lisa Pichler <{rec}>", to=OWNER_FMT,
                                                 cc=f"Gerhard Leitner <{gf}>, Elisabeth Kranz <{ctl}>",
                                                 subject="Zweitgespräch mit der Geschäftsführung – Murtal Energie",
                                                 date=d3, msgid="<5e9d1c3b-2a7f-4b60-8c1e-f0a9b8c7d6e5@murtal-energie.example>",
                                                 text=t3, html=html_of(t3))),
    ], lab([iv("Murtal Energie GmbH", "Controllerin (w/m/d)", s1, e1, "scheduled", [rec, ctl], [rec, ctl], "onsite"),
            iv("Murtal Energie GmbH", "Controllerin (w/m/d)", s2, e2, "scheduled", [gf, ctl], [gf, ctl], "onsite")],
           "medium", "positive/two-interviews",
           "Two-stage process: first Teams talk 27 Jänner 9.00-9.45, then Zweitgespräch mit der Geschäftsführung "
           "'Freitag, 13. Feber 2026 um 11 Uhr', ca. 1.5 h. Austrian month names."))


# --- 07 DST week: UK phone screen Monday after clocks change ----------------------------
def c07():
    s, e = T(LON, 2026, 3, 30, 9, 30), T(LON, 2026, 3, 30, 10)
    rec = "hannah.ridley@harrowgatefoods.example"
    d1 = T(LON, 2026, 3, 26, 11, 2)
    t1 = """Hi Theresa,

Thanks so much for applying for our Finance Business Partner – Europe role; your background in FMCG
controlling is exactly what the team is after.

I'd love to set up a quick 30-minute intro call. Would Monday at 9:30am UK time work for you? Heads-up:
our clocks go forward on Sunday (and so do yours), so that's still 10:30 in Vienna.

Cheers,
Hannah

Hannah Ridley
Senior Recruiter, Harrowgate Foods plc
Unit 4, Kirkstall Works, Leeds LS5 3BT | +44 113 496 0728"""
    mid1 = "<CAK7x2Lm1q0r=Hr8f@harrowgatefoods.example>"
    d2 = T(LON, 2026, 3, 26, 14, 47)
    t2 = """Brilliant – you're booked in for Monday 9:30 UK time. I'll ring you on the mobile number below; you'll
also get a calendar invite from our scheduling tool in a minute.

Have a lovely weekend!
Hannah

On Thu, 26 Mar 2026 at 14:31, Theresa Haberl <theresa.haberl@mail.example> wrote:
> Hi Hannah,
>
> thank you! Monday 9:30 UK time works perfectly for me. Best number to reach me is +43 660 471 2290.
>
> Best regards,
> Theresa
>
> On Thu, 26 Mar 2026 at 11:02, Hannah Ridley <hannah.ridley@harrowgatefoods.example> wrote:
>> Hi Theresa,
>>
>> I'd love to set up a quick 30-minute intro call. Would Monday at 9:30am UK time work for you?"""
    d3 = T(LON, 2026, 3, 26, 14, 49)
    t3 = """Your meeting is confirmed

Phone screen – Finance Business Partner, Europe
with Hannah Ridley (Harrowgate Foods plc)

When:  Monday, 30 March 2026, 09:30 – 10:00 (GMT+01:00) London
       (10:30 – 11:00 Central European Summer Time)
Where: Phone call – Hannah will call you on +43 660 471 2290

Need to make a change? Reschedule: https://slotwise.example/r/hf-4Q8ZT  |  Cancel: https://slotwise.example/c/hf-4Q8ZT

Powered by Slotwise"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Slotwise//Scheduler//EN", "VERSION:2.0", "METHOD:REQUEST",
               "BEGIN:VEVENT", "UID:hf-4Q8ZT@slotwise.example", f"DTSTAMP:{z(d3)}",
               f"DTSTART:{z(s)}", f"DTEND:{z(e)}",
               "SUMMARY:Phone screen – Finance Business Partner\\, Europe (Harrowgate Foods)",
               "DESCRIPTION:Hannah Ridley will call you on +43 660 471 2290.\\nReschedule: https://slotwise.example/r/hf-4Q8ZT",
               "LOCATION:Phone call",
               f"ORGANIZER;CN=Hannah Ridley:mailto:{rec}",
               att(OWNER_NAME, OWNER), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    case("b131-07-dst-woche-uk-phone-screen-leeds", [
        ("01-intro-call.eml", mail(frm=f"Hannah Ridley <{rec}>", to=OWNER_FMT, subject="Finance Business Partner – Europe: quick intro call?",
                                   date=d1, msgid=mid1, text=t1, text_cte="8bit")),
        ("02-re-booked.eml", mail(frm=f"Hannah Ridley <{rec}>", to=OWNER_FMT, subject="Re: Finance Business Partner – Europe: quick intro call?",
                                  date=d2, msgid="<CAK7x2Ln9w4t=Hr8f@harrowgatefoods.example>",
                                  in_reply_to="<CAFq1Zp0=kd9@mail.example>", references=f"{mid1} <CAFq1Zp0=kd9@mail.example>",
                                  text=t2)),
        ("03-slotwise-confirmed.eml", mail(frm="Hannah Ridley via Slotwise <notifications@slotwise.example>", to=OWNER_FMT,
                                           reply_to=f"Hannah Ridley <{rec}>",
                                           subject="Confirmed: Phone screen with Hannah Ridley on Mon, 30 Mar 2026 09:30 (BST)",
                                           date=d3, msgid="<hf-4Q8ZT.confirm@slotwise.example>", text=t3, html=html_of(t3),
                                           cal=cal, cal_mode="invite.ics")),
    ], lab([iv("Harrowgate Foods plc", "Finance Business Partner – Europe", s, e, "scheduled", [rec], [rec], "phone_screen")],
           "hard", "positive/dst-edge",
           "Mail of Thu 26 Mar (GMT) proposes 'Monday at 9:30am UK time'; clocks change Sunday 29 Mar -> "
           "Mon 30 Mar 09:30+01:00 (08:30Z in the vendor .ics)."))


# --- 08 Personalberater presents her to a Zurich client ---------------------------------
def c08():
    s, e = T(ZRH, 2026, 4, 22, 10, 30), T(ZRH, 2026, 4, 22, 11, 30)
    hh = "f.steindl@steindl-partner.example"
    d1 = T(VIE, 2026, 4, 7, 18, 20)
    t1 = """Liebe Frau Mag. Haberl,

wie heute telefonisch besprochen, habe ich Ihr Profil (anonymisiert, mit Ihrer Zustimmung) meinem
Mandanten, der Limmatwerk Versicherungen AG in Zürich, für die Position Leiterin Konzerncontrolling
vorgestellt. Die Rückmeldung war ausgesprochen positiv!

Der CFO, Herr Dr. Urs Bänziger, möchte Sie gerne persönlich kennenlernen. Er hätte am Mittwoch,
22. April, vormittags Zeit – ich melde mich, sobald der genaue Termin fixiert ist.

Selbstverständlich behandeln wir Ihre Kandidatur weiterhin streng vertraulich.

Herzliche Grüße
Florian Steindl

Mag. Florian Steindl
Geschäftsführender Partner
Steindl & Partner Personalberatung GmbH
Kärntner Ring 11/4, 1010 Wien
T +43 1 512 88 40 | M +43 664 301 77 52"""
    mid1 = "<3f0e7a.steindl.20260407@steindl-partner.example>"
    d2 = T(VIE, 2026, 4, 9, 12, 5)
    t2 = """Liebe Frau Haberl,

der Termin steht: Kennenlerngespräch bei Limmatwerk am Mittwoch, 22. April 2026, um halb elf, vor Ort
in Zürich (Mythenquai 40, 8002 Zürich, Empfang Haus B).

Gesprächspartner sind Herr Dr. Urs Bänziger (CFO) und Frau Andrea Käser (Leiterin HR). Angesetzt ist
rund eine Stunde. Die Reisekosten (Flug oder Railjet) übernimmt der Mandant – bitte Belege an mich.

Zur Vorbereitung schicke ich Ihnen morgen noch ein kurzes Briefing zum Unternehmen und zu den beiden
Gesprächspartnern. Bitte rufen Sie mich nach dem Gespräch gleich an, damit wir das Feedback abstimmen
können.

Herzliche Grüße
Florian Steindl

Steindl & Partner Personalberatung GmbH | Kärntner Ring 11/4, 1010 Wien
T +43 1 512 88 40 | M +43 664 301 77 52 | f.steindl@steindl-partner.example

> Am 07.04.2026 um 18:20 schrieb Florian Steindl:
> Der CFO, Herr Dr. Urs Bänziger, möchte Sie gerne persönlich kennenlernen. Er hätte am Mittwoch,
> 22. April, vormittags Zeit"""
    case("b131-08-personalberater-mandant-zuerich", [
        ("01-vorstellung-bei-mandant.eml", mail(frm=f"Florian Steindl <{hh}>", to=OWNER_FMT,
                                                subject="Vertraulich: Vorstellung bei meinem Mandanten in Zürich",
                                                date=d1, msgid=mid1, text=t1)),
        ("02-termin-kennenlerngespraech.eml", mail(frm=f"Florian Steindl <{hh}>", to=OWNER_FMT,
                                                   subject="AW: Vertraulich: Vorstellung bei meinem Mandanten in Zürich – Termin 22.4.",
                                                   date=d2, msgid="<41aa90.steindl.20260409@steindl-partner.example>",
                                                   in_reply_to=mid1, text=t2)),
    ], lab([iv("Limmatwerk Versicherungen AG", "Leiterin Konzerncontrolling", s, e, "scheduled", [], [hh], "onsite")],
           "hard", "positive/headhunter",
           "Vienna headhunter presents her to a Zurich client; 'um halb elf' = 10:30 CEST; interviewers have no "
           "addresses -> follow-up goes to the headhunter. Company is the client, not the agency."))


# --- 09 Swiss thread: Grüezi, slot proposal, '14h', Freundliche Grüsse ------------------
def c09():
    s, e = T(ZRH, 2026, 3, 5, 14), T(ZRH, 2026, 3, 5, 14, 45)
    rec, hm = "corinne.frei@rheinknie-logistik.example", "beat.zuercher@rheinknie-logistik.example"
    d1 = T(ZRH, 2026, 2, 24, 10, 12)
    t1 = """Grüezi Frau Haberl

Besten Dank für Ihre Bewerbung als Controllerin (80–100 %) und Ihr Interesse an der Rheinknie
Logistik AG. Gerne würden wir Sie in einem ersten Kennenlerngespräch per Teams näher kennenlernen.

Folgende Termine könnten wir Ihnen anbieten:
- Mittwoch, 4. März, 10h
- Donnerstag, 5. März, 14h
- Freitag, 6. März, 8.30h

Das Gespräch dauert ca. 45 Minuten; dabei ist auch unser Leiter Finanzen, Herr Beat Zürcher.

Freundliche Grüsse

Corinne Frei
HR Business Partnerin

Rheinknie Logistik AG
Hafenstrasse 20 | 4057 Basel | Schweiz
T +41 61 638 27 14
corinne.frei@rheinknie-logistik.example"""
    mid1 = "<ZR0P278MB0761A3C1E9F2B4D5@ZR0P278MB0761.CHEP278.PROD.OUTLOOK.EXAMPLE>"
    d2 = T(ZRH, 2026, 2, 25, 9, 3)
    t2 = """Grüezi Frau Haberl

Perfekt, dann halten wir Donnerstag, 5. März, 14h fest. Herr Zürcher (beat.zuercher@rheinknie-logistik.example)
ist auch dabei. Den Teams-Link schicke ich Ihnen am Vortag.

Freundliche Grüsse
Corinne Frei

Rheinknie Logistik AG | Hafenstrasse 20 | 4057 Basel | T +41 61 638 27 14

-----Ursprüngliche Nachricht-----
Von: Theresa Haberl <theresa.haberl@mail.example>
Gesendet: Dienstag, 24. Februar 2026 20:17
An: Corinne Frei <corinne.frei@rheinknie-logistik.example>
Betreff: AW: Kennenlerngespräch Controllerin (80–100 %)

Grüß Gott Frau Frei,

vielen Dank für die Einladung! Am besten passt mir Donnerstag, 5. März um 14h.

Mit freundlichen Grüßen
Theresa Haberl

-----Ursprüngliche Nachricht-----
Von: Corinne Frei <corinne.frei@rheinknie-logistik.example>
Gesendet: Dienstag, 24. Februar 2026 10:12
Betreff: Kennenlerngespräch Controllerin (80–100 %)

Folgende Termine könnten wir Ihnen anbieten:
- Mittwoch, 4. März, 10h
- Donnerstag, 5. März, 14h
- Freitag, 6. März, 8.30h"""
    case("b131-09-schweiz-gruezi-thread-14h-basel", [
        ("01-terminvorschlaege.eml", mail(frm=f"Corinne Frei <{rec}>", to=OWNER_FMT,
                                          subject="Kennenlerngespräch Controllerin (80–100 %)", date=d1, msgid=mid1, text=t1,
                                          html=html_of(t1))),
        ("02-aw-bestaetigung.eml", mail(frm=f"Corinne Frei <{rec}>", to=OWNER_FMT, cc=f"Beat Zürcher <{hm}>",
                                        subject="AW: AW: Kennenlerngespräch Controllerin (80–100 %)", date=d2,
                                        msgid="<ZR0P278MB07610D2E4F6A8B9C@ZR0P278MB0761.CHEP278.PROD.OUTLOOK.EXAMPLE>",
                                        in_reply_to="<VI1PR03MB4521EE01@mail.example>",
                                        references=f"{mid1} <VI1PR03MB4521EE01@mail.example>", text=t2, html=html_of(t2))),
    ], lab([iv("Rheinknie Logistik AG", "Controllerin (80–100 %)", s, e, "scheduled", [rec, hm], [rec, hm], "onsite")],
           "medium", "positive/thread-propose-confirm",
           "Swiss HR proposes three slots ('10h', '14h', '8.30h'); candidate picks Thu 5 Mar 14h; HR confirms. "
           "Only the confirmed slot counts."))


# --- 10 Google Calendar API event, Berlin startup, 'noon' ------------------------------
def c10():
    s, e = T(BER, 2026, 4, 8, 12), T(BER, 2026, 4, 8, 12, 45)
    tal, cfo = "mira@spreeglas.example", "daniel.hartkopf@spreeglas.example"
    d1 = T(BER, 2026, 3, 31, 17, 40)
    t1 = """Hi Theresa,

thanks again for sending over your CV – the team loved it. Our CFO, Daniel Hartkopf, would like to meet
you for a first conversation about the Senior Financial Controller role.

I've put Wednesday (8 April) at noon Berlin time in both of your calendars – 45 minutes on Google Meet.
If that doesn't work, just hit "No" on the invite and suggest another time.

Best,
Mira

Mira Lindqvist | People & Talent | Spreeglas Energy GmbH
Schlesische Str. 26, 10997 Berlin | +49 30 2094 8812"""
    ev = {
        "kind": "calendar#event",
        "etag": "\"3489117301223000\"",
        "id": "5v0q8k2m1r7t3lbk9sdu4pefgh",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=NXYwcThrMm0xcjd0M2xiazlzZHU0cGVmZ2g",
        "created": "2026-03-31T15:36:12.000Z",
        "updated": "2026-03-31T15:38:50.611Z",
        "summary": "Theresa Haberl <> Daniel Hartkopf (Spreeglas) – Senior Financial Controller",
        "description": "First conversation with Daniel (CFO). Questions beforehand: mira@spreeglas.example",
        "location": "Google Meet",
        "creator": {"email": tal, "displayName": "Mira Lindqvist"},
        "organizer": {"email": tal, "displayName": "Mira Lindqvist"},
        "start": {"dateTime": iso(s), "timeZone": "Europe/Berlin"},
        "end": {"dateTime": iso(e), "timeZone": "Europe/Berlin"},
        "iCalUID": "5v0q8k2m1r7t3lbk9sdu4pefgh@google.com",
        "sequence": 0,
        "attendees": [
            {"email": tal, "displayName": "Mira Lindqvist", "organizer": True, "responseStatus": "accepted",
             "optional": True},
            {"email": cfo, "displayName": "Daniel Hartkopf", "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "needsAction"},
        ],
        "hangoutLink": "https://meet.google.com/kzp-ramq-wtv",
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    case("b131-10-gcal-json-berlin-noon", [
        ("01-mira-meet-daniel.eml", mail(frm=f"Mira Lindqvist <{tal}>", to=OWNER_FMT, cc=f"Daniel Hartkopf <{cfo}>",
                                         subject="Spreeglas – chat with our CFO", date=d1,
                                         msgid="<CAM9pQ4b2x@spreeglas.example>", text=t1, html=html_of(t1))),
        ("02-event.gcal.json", (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")),
    ], lab([iv("Spreeglas Energy GmbH", "Senior Financial Controller", s, e, "scheduled", [cfo], [cfo], "hiring_manager")],
           "medium", "positive/calendar-api-json",
           "English mail from a Berlin startup ('Wednesday (8 April) at noon Berlin time', 45 min) + Calendar API "
           "event; one interview; talent partner is only optional organizer."))


# --- 11 job-board employer message, HTML only, base64 ----------------------------------
def c11():
    s = T(VIE, 2026, 2, 3, 9)
    hr = "karin.horvath@pannonia-baustoffe.example"
    d1 = T(VIE, 2026, 1, 22, 15, 44)
    html = f"""<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Neue Nachricht</title></head>
<body style="margin:0;background:#f2f4f7;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff"><tr><td style="padding:24px;background:#0b5c4a;color:#fff;font-size:22px">jobhafen</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.5;color:#222">
<p>Hallo Theresa,</p>
<p>Sie haben eine neue Nachricht zu Ihrer Bewerbung <b>Controller:in mit Bilanzbuchhaltungskenntnissen</b> erhalten.</p>
<div style="border-left:4px solid #0b5c4a;padding:8px 16px;background:#f7faf9">
<p><b>Pannonia Baustoffe GmbH</b> &middot; Karin Horvath schreibt:</p>
<p>Sehr geehrte Frau Haberl,</p>
<p>vielen Dank für Ihre Bewerbung über jobhafen. Gerne möchten wir Sie zu einem Bewerbungsgespräch einladen:</p>
<p><b>Dienstag, 3. Feber 2026, 9 Uhr</b><br>bei uns im Büro in Eisenstadt, Industriestraße 7, 7000 Eisenstadt</p>
<p>Ich freue mich auf ein persönliches Gespräch mit Ihnen. Bitte geben Sie mir kurz Bescheid, ob der Termin für Sie passt &ndash;
per Mail an {hr} oder telefonisch unter 02682 / 624 51-14.</p>
<p>Mit freundlichen Grüßen<br>Karin Horvath<br>Personalabteilung</p>
</div>
<p style="text-align:center;margin:28px 0"><a href="https://www.jobhafen.example/nachrichten/8812403" style="background:#0b5c4a;color:#fff;padding:12px 24px;text-decoration:none;border-radius:4px">Nachricht beantworten</a></p>
<p style="font-size:12px;color:#777">Bitte antworten Sie nicht direkt auf diese E-Mail. jobhafen GmbH, Wiedner Hauptstraße 63, 1040 Wien.
<a href="https://www.jobhafen.example/einstellungen">Benachrichtigungen verwalten</a></p>
</td></tr></table></td></tr></table></body></html>"""
    case("b131-11-jobboard-nachricht-html-base64-eisenstadt", [
        ("01-neue-nachricht.eml", mail(frm="jobhafen <nachrichten@jobhafen.example>", to=OWNER_FMT,
                                       subject="Neue Nachricht von Pannonia Baustoffe GmbH zu Ihrer Bewerbung",
                                       date=d1, msgid="<msg-8812403.20260122144400@mailer.jobhafen.example>",
                                       html=html, html_cte="base64", received_from="mailer.jobhafen.example")),
    ], lab([iv("Pannonia Baustoffe GmbH", "Controller:in mit Bilanzbuchhaltungskenntnissen", s, None, "scheduled",
               [hr], [hr], "other")], "hard", "positive/job-board-message",
           "karriere-board-like notification, HTML-only base64 body; 'Dienstag, 3. Feber 2026, 9 Uhr' (Austrian "
           "month name), no duration -> end null; follow-up to the HR address given in the message."))


# --- 12 forwarded invitation (WG:) from her older address, St. Gallen -----------------
def c12():
    s, e = T(ZRH, 2026, 4, 14, 13, 30), T(ZRH, 2026, 4, 14, 14, 30)
    hr = "reto.keller@saentis-treuhand.example"
    d1 = T(VIE, 2026, 4, 1, 19, 12)
    t1 = f"""zur Ablage – Termin in St. Gallen!! Zug am Vortag buchen.
T.

-----Ursprüngliche Nachricht-----
Von: Reto Keller <{hr}>
Gesendet: Mittwoch, 1. April 2026 08:47
An: t.haberl@example.com
Betreff: Einladung zum Vorstellungsgespräch – Controller/in Mandate

Grüezi Frau Haberl

Vielen Dank für Ihre Bewerbung. Gerne laden wir Sie zu einem Vorstellungsgespräch bei uns in
St. Gallen ein:

Dienstag, 14. April 2026, 13.30 – 14.30 Uhr
Säntis Treuhand AG, Rorschacher Strasse 150, 9000 St. Gallen (3. Stock)

Am Gespräch nehmen unser Partner, Herr Marco Aebi, und ich teil. Bitte bestätigen Sie uns den
Termin kurz per E-Mail.

Freundliche Grüsse

Reto Keller
Leiter Personal
Säntis Treuhand AG
Rorschacher Strasse 150 | 9000 St. Gallen
Tel. +41 71 227 40 60"""
    case("b131-12-weitergeleitet-wg-st-gallen", [
        ("01-wg-einladung.eml", mail(frm=f"Theresa Haberl <{OLD}>", to=OWNER_FMT,
                                     subject="WG: Einladung zum Vorstellungsgespräch – Controller/in Mandate",
                                     date=d1, msgid="<AS8PR07MB7893C0FFEE12@mail.example.com>", text=t1,
                                     received_from="smtp.example.com")),
    ], lab([iv("Säntis Treuhand AG", "Controller/in Mandate", s, e, "scheduled", [hr], [hr], "onsite")],
           "hard", "positive/forwarded",
           "Swiss invitation sent to her old address, forwarded ('WG:') to the mailbox with a personal note; "
           "'13.30 – 14.30 Uhr' CEST; the forwarder is the user herself, not a recipient."))


# --- 13 ATS self-booking confirmation + standalone .ics (UTC times), Hamburg ------------
def c13():
    s, e = T(BER, 2026, 3, 19, 16), T(BER, 2026, 3, 19, 16, 45)
    tl = "svenja.matthiesen@elbkontor.example"
    d1 = T(BER, 2026, 3, 10, 21, 6)
    t1 = """Hallo Theresa Haberl,

vielen Dank – Ihr Termin ist bestätigt.

Videointerview: Controller (m/w/d) – Elbkontor Handelsgesellschaft mbH
Donnerstag, 19. März 2026, 16:00 – 16:45 Uhr (Europe/Berlin)
Gesprächspartnerin: Svenja Matthiesen, Teamlead Controlling (svenja.matthiesen@elbkontor.example)
Den Link zum Videocall finden Sie im Kalendereintrag.

Termin ändern oder absagen: https://elbkontor.personalo.example/booking/manage/6f1c2a

Viele Grüße
Ihr Elbkontor Recruiting-Team
jobs@elbkontor.example

Diese E-Mail wurde automatisch durch Personalo versendet."""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Personalo GmbH//Recruiting//DE", "METHOD:PUBLISH",
               "BEGIN:VEVENT", "UID:booking-6f1c2a-elbkontor@personalo.example", f"DTSTAMP:{z(d1)}",
               f"DTSTART:{z(s)}", f"DTEND:{z(e)}",
               "SUMMARY:Videointerview Controller (m/w/d) – Elbkontor Handelsgesellschaft mbH",
               "DESCRIPTION:" + esc("Gesprächspartnerin: Svenja Matthiesen (Teamlead Controlling)\nVideocall: https://meet.personalo.example/elbkontor/6f1c2a"),
               "LOCATION:https://meet.personalo.example/elbkontor/6f1c2a",
               f"ORGANIZER;CN=Svenja Matthiesen:mailto:{tl}",
               att(OWNER_NAME, OWNER, "ACCEPTED"),
               "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    case("b131-13-ats-selbstbuchung-standalone-ics-hamburg", [
        ("01-termin-bestaetigt.eml", mail(frm="Elbkontor Recruiting <no-reply@personalo.example>", to=OWNER_FMT,
                                          subject="Ihr Termin ist bestätigt: Videointerview Controller (m/w/d)",
                                          date=d1, msgid="<booking-6f1c2a.confirm@personalo.example>", text=t1,
                                          html=html_of(t1), received_from="mta2.personalo.example")),
        ("02-videointerview-elbkontor.ics", cal),
    ], lab([iv("Elbkontor Handelsgesellschaft mbH", "Controller (m/w/d)", s, e, "scheduled", [tl], [tl], "hiring_manager")],
           "medium", "positive/dedupe",
           "Personio-like self-booking confirmation + standalone .ics with UTC times (15:00Z = 16:00 CET); one "
           "interview; jobs@ group address and no-reply are not recipients."))


# ============================================================================ NEGATIVES
def c14():
    d1 = T(VIE, 2026, 2, 20, 8, 15)
    s, e = T(VIE, 2026, 3, 9, 10, 15), T(VIE, 2026, 3, 9, 10, 45)
    t1 = """Sehr geehrte Frau Haberl,

Sie haben einen Beratungstermin beim AMS Wien Hietzing:

Termin: Montag, 9. März 2026, 10:15 Uhr
Beraterin: Mag.a Yvonne Strobl
Ort: AMS Wien Hietzing, Hietzinger Kai 133, 1130 Wien, Zone B, Zimmer 2.14

Bitte bringen Sie zu diesem Termin mit:
- Ihren Lichtbildausweis
- Nachweise über Ihre Bewerbungen seit dem letzten Termin
- Einladungen zu Vorstellungsgesprächen und Zu- bzw. Absagen von Unternehmen
- Ihren Dienstvertrag bzw. die Kündigungsbestätigung

Wichtig: Wenn Sie den Termin nicht wahrnehmen können, melden Sie sich bitte vorher telefonisch
(050 904 940) oder über Ihr eAMS-Konto. Eine Terminversäumnis ohne triftigen Grund kann
Auswirkungen auf Ihren Leistungsbezug haben.

Mit freundlichen Grüßen
Ihr AMS Wien Hietzing

Diese Nachricht wurde automatisch erstellt."""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//eAMS//Terminservice//DE", "METHOD:PUBLISH"]
              + vtz_olson("Europe/Vienna") + [
                  "BEGIN:VEVENT", "UID:eams-termin-20260309-1015-47718@ams-wien.example", f"DTSTAMP:{z(d1)}",
                  f"DTSTART;TZID=Europe/Vienna:{loc(s, VIE)}", f"DTEND;TZID=Europe/Vienna:{loc(e, VIE)}",
                  "SUMMARY:Beratungstermin AMS Wien Hietzing",
                  "LOCATION:" + esc("AMS Wien Hietzing, Hietzinger Kai 133, 1130 Wien"),
                  "DESCRIPTION:Bitte Nachweise über Bewerbungen und Vorstellungsgespräche mitbringen.",
                  "END:VEVENT", "END:VCALENDAR"])
    case("b131-14-neg-ams-beratungstermin", [
        ("01-beratungstermin.eml", mail(frm="AMS Wien Hietzing <noreply@ams-wien.example>", to=OWNER_FMT,
                                        subject="Ihr Beratungstermin beim AMS am 09.03.2026", date=d1,
                                        msgid="<eams.47718.20260220@ams-wien.example>", text=t1, cal=cal,
                                        cal_method="PUBLISH", cal_mode="Termin.ics")),
    ], lab([], "medium", "negative/job-centre-appointment",
           "AMS counselling appointment with .ics; mentions Bewerbungen and Vorstellungsgespräche but is not a "
           "job interview."))


def c15():
    boss = "wolfgang.prinz@donauwerk.example"
    d1 = T(VIE, 2026, 2, 5, 9, 30)
    s, e = T(VIE, 2026, 2, 19, 10), T(VIE, 2026, 2, 19, 11, 30)
    desc = ("Liebe Theresa,\n\nwie jedes Jahr unser Mitarbeitergespräch: Rückblick 2025, Zielvereinbarung 2026, "
            "deine Rolle im Team und Entwicklungsperspektiven (Stichwort Teamleitung Controlling). Bitte füll den "
            "Gesprächsleitfaden im HR-Portal bis Dienstag vorab aus.\n\nLG Wolfgang")
    cal = exchange_ics("REQUEST", "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
                       "Mitarbeitergespräch 2026 – Theresa Haberl", s, e, ("Wolfgang Prinz", boss),
                       [(OWNER_NAME, WORK, "NEEDS-ACTION")], desc,
                       "Donauwerk Zentrale, Besprechungsraum Kahlenberg (4. OG)", stamp=d1)
    case("b131-15-neg-mitarbeitergespraech-aktueller-job", [
        ("01-mitarbeitergespraech.eml", mail(frm=f"Wolfgang Prinz <{boss}>", to=f"Theresa Haberl <{WORK}>",
                                             subject="Mitarbeitergespräch 2026 – Theresa Haberl", date=d1,
                                             msgid="<DB9PR04MB8412ABCD1234@DB9PR04MB8412.eurprd04.prod.outlook.example>",
                                             text=desc, html=html_of(desc), cal=cal, cal_mode="alternative",
                                             extra=[("Content-class", "urn:content-classes:calendarmessage"),
                                                    ("X-Forwarded-To", OWNER)])),
    ], lab([], "medium", "negative/annual-review",
           "Annual review invite from her current boss (Outlook, W. Europe Standard Time), auto-forwarded from her "
           "work mailbox; an internal talk, not a job interview."))


def c16():
    d1 = T(VIE, 2026, 3, 3, 11, 20)
    t1 = """Sehr geehrte Frau Haberl,

hiermit bestätigen wir Ihren Termin in unserer Kanzlei:

Besprechung Arbeitnehmerveranlagung 2025
Dienstag, 10. März 2026, 17:00 – 17:45 Uhr
Kanzlei Mag. Petra Aigner, Steuerberaterin, Wiedner Gürtel 12/3, 1040 Wien

Damit wir das Gespräch gut nützen können, bringen Sie bitte mit:
- Jahreslohnzettel (L16) 2025
- Belege zu Werbungskosten, z. B. Fortbildungen, Fachliteratur, Bewerbungskosten (Fahrten zu
  Vorstellungsgesprächen, Übersetzungen von Zeugnissen)
- Spendenbestätigungen, Kinderbetreuungskosten

Falls Sie den Termin nicht wahrnehmen können, bitten wir um Absage bis 24 Stunden vorher.

Mit freundlichen Grüßen

Julia Berger
Kanzleiassistenz
Mag. Petra Aigner Steuerberatung
Wiedner Gürtel 12/3 | 1040 Wien | T +43 1 505 71 90 | office@aigner-stb.example"""
    case("b131-16-neg-steuerberater-termin", [
        ("01-terminbestaetigung.eml", mail(frm="Kanzlei Aigner <office@aigner-stb.example>", to=OWNER_FMT,
                                           subject="Terminbestätigung: Besprechung Arbeitnehmerveranlagung, 10.3., 17 Uhr",
                                           date=d1, msgid="<20260303112000.7731@aigner-stb.example>", text=t1)),
    ], lab([], "medium", "negative/appointment",
           "Tax advisor appointment confirmation that mentions 'Fahrten zu Vorstellungsgesprächen'."))


def c17():
    d1 = T(VIE, 2026, 3, 4, 7, 0)
    s, e = T(VIE, 2026, 3, 12, 18), T(VIE, 2026, 3, 12, 19)
    t1 = """Hallo Theresa,

Ihr Platz ist reserviert!

Webinar: Tipps für das Vorstellungsgespräch – so überzeugen Sie im Bewerbungsgespräch
Donnerstag, 12. März 2026, 18:00 – 19:00 Uhr
Referentin: Martina Gruber, Karriere-Coach

Was Sie erwartet:
- Die 10 häufigsten Fragen im Vorstellungsgespräch – und wie Sie souverän antworten
- Gehaltsverhandlung: Wann und wie Sie Ihr Gehalt ansprechen
- Online-Interviews per Teams & Zoom: Technik, Licht und Körpersprache
- Live-Q&A

Zum Webinar: https://zoom.example/j/84413920571
Den Kalendereintrag finden Sie im Anhang.

Viel Erfolg bei Ihrer Jobsuche!
Ihr jobhafen-Team

jobhafen GmbH, Wiedner Hauptstraße 63, 1040 Wien | Abmelden: https://www.jobhafen.example/abmelden"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//jobhafen//Events//DE", "METHOD:PUBLISH",
               "BEGIN:VEVENT", "UID:webinar-2026-03-12-vorstellungsgespraech@jobhafen.example", f"DTSTAMP:{z(d1)}",
               f"DTSTART:{z(s)}", f"DTEND:{z(e)}",
               "SUMMARY:Webinar: Tipps für das Vorstellungsgespräch",
               "LOCATION:https://zoom.example/j/84413920571",
               "ORGANIZER;CN=jobhafen Events:mailto:events@jobhafen.example",
               "END:VEVENT", "END:VCALENDAR"])
    case("b131-17-neg-webinar-tipps-vorstellungsgespraech", [
        ("01-webinar-anmeldung.eml", mail(frm="jobhafen Events <events@jobhafen.example>", to=OWNER_FMT,
                                          subject="Anmeldebestätigung – Webinar: Tipps für das Vorstellungsgespräch",
                                          date=d1, msgid="<evt-77120.reg@mailer.jobhafen.example>", text=t1,
                                          html=html_of(t1), cal=cal, cal_method="PUBLISH", cal_mode="webinar.ics",
                                          received_from="mailer.jobhafen.example")),
    ], lab([], "medium", "negative/webinar",
           "Job-board webinar about interview tips, with a dated .ics; not a job interview."))


def c18():
    d1 = T(VIE, 2026, 3, 16, 6, 30)
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>7 neue Jobs für „Controller“ in Wien</h2>
<p>Hallo Theresa, hier sind die neuen Stellen zu Ihrem Suchauftrag.</p>
<table cellpadding="8">
<tr><td><b>Senior Controller (m/w/d)</b><br>Ostbahn Immobilien AG · Wien · ab € 4.200 brutto/Monat<br>
<i>Schneller Prozess: Kennenlerngespräch per Teams innerhalb einer Woche, Zweitgespräch vor Ort.</i></td></tr>
<tr><td><b>Financial Controller (w/m/d) – 30 h</b><br>Hofgarten Hotels GmbH · Wien · ab € 3.600 brutto/Monat<br>
<i>Bewerbungsgespräch auch am Abend möglich.</i></td></tr>
<tr><td><b>Controlling-Spezialist:in</b><br>Mur &amp; Drau Versicherung · Wien/Graz · ab € 3.900<br>
<i>Interview-Termin direkt online buchen.</i></td></tr>
<tr><td><b>Konzerncontroller:in</b><br>Wienerberg Digital GmbH · Wien</td></tr>
<tr><td><b>Teamleitung Controlling (m/w/d)</b><br>Praterstern Logistik GmbH · Wien</td></tr>
</table>
<p><a href="https://www.jobhafen.example/jobs?q=controller&amp;ort=wien">Alle 7 Jobs ansehen</a></p>
<p style="font-size:11px;color:#888">Sie erhalten diesen Job-Alert, weil Sie einen Suchauftrag angelegt haben.
<a href="https://www.jobhafen.example/suchauftrag/abmelden">Job-Alert abbestellen</a></p>
</body></html>"""
    case("b131-18-neg-job-alert", [
        ("01-job-alert.eml", mail(frm="jobhafen Job-Alert <jobalert@jobhafen.example>", to=OWNER_FMT,
                                  subject="7 neue Jobs für „Controller“ in Wien", date=d1,
                                  msgid="<alert-20260316-55821@mailer.jobhafen.example>", html=html,
                                  html_cte="quoted-printable", received_from="mailer.jobhafen.example")),
    ], lab([], "easy", "negative/job-alert",
           "Job alert listing ads that mention Kennenlerngespräch, Bewerbungsgespräch and interview booking."))


def c19():
    d1 = T(VIE, 2026, 3, 6, 13, 12)
    t1 = """Sehr geehrte Frau Haberl,

vielen Dank für das angenehme Vorstellungsgespräch am 26. Februar und das Interesse, das Sie unserem
Unternehmen entgegengebracht haben.

Leider müssen wir Ihnen mitteilen, dass wir uns nach sorgfältiger Abwägung für eine andere Kandidatin
entschieden haben, deren Profil noch etwas besser zu den aktuellen Anforderungen passt. Diese Entscheidung
ist uns nicht leichtgefallen.

Mit Ihrem Einverständnis würden wir Ihre Unterlagen gerne für zukünftige Vakanzen in Evidenz halten.

Wir wünschen Ihnen für Ihre berufliche Zukunft alles Gute.

Mit freundlichen Grüßen
Stefanie Fink
Human Resources
Ländle Textil GmbH | Färbergasse 8 | 6850 Dornbirn

Diese Nachricht wurde über kandidatio versendet."""
    case("b131-19-neg-absage-nach-gespraech", [
        ("01-absage.eml", mail(frm="Ländle Textil GmbH <noreply@mail.kandidatio.example>", to=OWNER_FMT,
                               reply_to="Stefanie Fink <stefanie.fink@laendle-textil.example>",
                               subject="Ihre Bewerbung als Controller (m/w/d) – Ländle Textil GmbH", date=d1,
                               msgid="<kdt.60233.rej.1772799120@mail.kandidatio.example>", text=t1, html=html_of(t1),
                               received_from="out3.mail.kandidatio.example")),
    ], lab([], "easy", "negative/rejection",
           "Rejection ('leider müssen wir Ihnen mitteilen') that names a past Vorstellungsgespräch date."))


def c20():
    hr = "doris.weninger@donauwerk.example"
    cand = "lukas.brandl@post.example"
    d1 = T(VIE, 2026, 2, 16, 9, 5)
    t1 = """Hallo Theresa,

für deine offene Junior-Controller-Stelle haben wir einen sehr guten Kandidaten: Lukas Brandl (Lebenslauf
im Anhang, BWL WU, 2 Jahre Big Four). Bitte lad ihn direkt zu einem Bewerbungsgespräch ein – gerne
nächste Woche, ich wäre beim Gespräch auch dabei. Die Gesprächsleitfaden-Vorlage liegt im HR-Sharepoint.

Danke & LG
Doris

Doris Weninger
HR Business Partner | Donauwerk Logistik GmbH
Handelskai 388, 1020 Wien | T +43 1 720 33-418"""
    s, e = T(VIE, 2026, 2, 26, 10), T(VIE, 2026, 2, 26, 11)
    d2 = T(VIE, 2026, 2, 17, 19, 33)
    cal = ics(["BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
              + VTZ_WEST + [
                  "BEGIN:VEVENT", f"ORGANIZER;CN=Theresa Haberl:mailto:{WORK}",
                  f"ATTENDEE;PARTSTAT=ACCEPTED;CN=Lukas Brandl:mailto:{cand}",
                  "UID:040000008200E00074C5B7101A82E00800000000C0FFEE11BADDC0010000000000000000100000002468ACE13579BDF02468ACE13579BDF0",
                  "SUMMARY;LANGUAGE=de-AT:Angenommen: Bewerbungsgespräch Junior Controller – Lukas Brandl",
                  f"DTSTART;TZID=W. Europe Standard Time:{loc(s, VIE)}",
                  f"DTEND;TZID=W. Europe Standard Time:{loc(e, VIE)}",
                  "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{z(d2)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
                  "SEQUENCE:0", "LOCATION;LANGUAGE=de-AT:Donauwerk Zentrale\\, Besprechungsraum Leopoldsberg",
                  "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-REPLYTIME:" + z(d2),
                  "END:VEVENT", "END:VCALENDAR"])
    t2 = "Lukas Brandl hat diese Besprechung angenommen.\n\nIch freue mich auf das Gespräch!\nLukas Brandl"
    case("b131-20-neg-sie-fuehrt-bewerbungsgespraech", [
        ("01-kandidat-junior-controller.eml", mail(frm=f"Doris Weninger <{hr}>", to=f"Theresa Haberl <{WORK}>",
                                                   subject="Kandidat Junior Controller – Lukas Brandl – bitte Bewerbungsgespräch einplanen",
                                                   date=d1, msgid="<DB9PR04MB84125566AA77@DB9PR04MB8412.eurprd04.prod.outlook.example>",
                                                   text=t1, extra=[("X-Forwarded-To", OWNER)])),
        ("02-angenommen.eml", mail(frm=f"Lukas Brandl <{cand}>", to=f"Theresa Haberl <{WORK}>",
                                   subject="Angenommen: Bewerbungsgespräch Junior Controller – Lukas Brandl",
                                   date=d2, msgid="<AM9PR02MB7711D0E1@AM9PR02MB7711.eurprd02.prod.outlook.example>",
                                   text=t2, cal=cal, cal_method="REPLY", cal_mode="alternative",
                                   extra=[("Content-class", "urn:content-classes:calendarmessage"),
                                          ("X-Forwarded-To", OWNER)])),
    ], lab([], "hard", "negative/user-is-interviewer",
           "She is the hiring manager at her current job: HR asks her to invite a candidate, candidate's Outlook "
           "'Angenommen:' reply (METHOD:REPLY, she is ORGANIZER)."))


def c21():
    d1 = T(VIE, 2026, 3, 17, 10, 2)
    t1 = """Sehr geehrte Frau Haberl,

vielen Dank für Ihre Anfrage zur Finanzierung Ihrer Eigentumswohnung. Gerne bestätige ich Ihnen unser
Kreditgespräch:

Montag, 23. März 2026, 16:30 Uhr
Wienerwald Bank AG, Filiale Hietzing, Altgasse 21, 1130 Wien

Für das Gespräch benötige ich folgende Unterlagen:
- Gehaltszettel der letzten drei Monate und Ihren Dienstvertrag
- Falls Sie gerade den Arbeitgeber wechseln: den neuen Dienstvertrag bzw. die Zusage (Probezeit bitte
  angeben)
- Kaufanbot und Exposé der Wohnung
- Aufstellung Ihrer Eigenmittel

Sollten Sie den Termin lieber per Teams wahrnehmen wollen, geben Sie mir bitte kurz Bescheid.

Freundliche Grüße
Stefan Kolar
Wohnbaufinanzierung | Privatkundenbetreuung
Wienerwald Bank AG | Altgasse 21 | 1130 Wien
T +43 1 877 40 22-31 | stefan.kolar@wienerwaldbank.example"""
    case("b131-21-neg-bank-kreditgespraech", [
        ("01-kreditgespraech.eml", mail(frm="Stefan Kolar <stefan.kolar@wienerwaldbank.example>", to=OWNER_FMT,
                                        subject="Ihr Termin: Kreditgespräch Wohnbaufinanzierung am 23.03.", date=d1,
                                        msgid="<0102019c.wwb.kolar.20260317@wienerwaldbank.example>", text=t1,
                                        html=html_of(t1))),
    ], lab([], "medium", "negative/appointment",
           "Bank loan meeting ('Kreditgespräch') with date and time; mentions job change and Dienstvertrag."))


def c22():
    d1 = T(ZRH, 2026, 4, 20, 14, 25)
    t1 = """Grüezi Frau Haberl

Vielen Dank für Ihre Bewerbung als Finanzcontrollerin bei der Aare Holding AG. Ihr Dossier hat uns
angesprochen und wir würden Sie gerne in einem ersten Kennenlerngespräch (Video, ca. 30 Minuten)
kennenlernen.

Bitte wählen Sie über den folgenden Link direkt einen passenden Termin aus:
https://terminfix.example/aare-holding/kennenlernen-controlling

Die angebotenen Zeitfenster stehen bis Freitag, 24. April zur Verfügung. Sobald Sie einen Termin
gebucht haben, erhalten Sie automatisch eine Bestätigung mit dem Link zum Gespräch.

Freundliche Grüsse

Nadja Rüegg
Talent Acquisition
Aare Holding AG | Bundesgasse 35 | 3011 Bern
T +41 31 310 66 20"""
    case("b131-22-neg-terminbuchungslink-unbestaetigt", [
        ("01-terminvereinbarung.eml", mail(frm="Nadja Rüegg <nadja.rueegg@aare-holding.example>", to=OWNER_FMT,
                                           subject="Terminvereinbarung Kennenlerngespräch – Finanzcontrollerin",
                                           date=d1, msgid="<ZR1P278MB1188A9B8C7D6@ZR1P278MB1188.CHEP278.PROD.OUTLOOK.EXAMPLE>",
                                           text=t1, html=html_of(t1))),
    ], lab([], "hard", "negative/availability-request",
           "Swiss HR sends a self-booking link for a Kennenlerngespräch; nothing is booked in the case."))


def main():
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
               c14, c15, c16, c17, c18, c19, c20, c21, c22):
        fn()
    for p in HERE.iterdir():
        if p.is_dir() and p.name.startswith("b131-"):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        d = HERE / cid
        d.mkdir()
        for name, data in items:
            (d / name).write_bytes(data)
    header = "# blind131 labels - generated by make_cases.py (do not edit by hand). Schema: shared/eval/README.md\n"
    (HERE / "labels.yaml").write_text(
        header + yaml.safe_dump(LABELS, sort_keys=False, allow_unicode=True, width=110), encoding="utf-8")
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
