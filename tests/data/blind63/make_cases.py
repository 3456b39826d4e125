#!/usr/bin/env python3
"""Deterministic generator for the blind63 interview-detection set.

Rewrites every case folder under this directory and labels.yaml.
stdlib + PyYAML + zoneinfo only. All people, organisations and domains are invented.
Run: python make_cases.py
"""
import hashlib
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
TOR = ZoneInfo("America/Toronto")
WPG = ZoneInfo("America/Winnipeg")
VAN = ZoneInfo("America/Vancouver")
ZRH = ZoneInfo("Europe/Zurich")
BER = ZoneInfo("Europe/Berlin")
UTC = timezone.utc

OWNER = "noemie.adjei.b@mail.example"
OWNER_NAME = "Noémie Adjei-Bouchard"
OWNER_FULL = f"{OWNER_NAME} <{OWNER}>"

JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MOIS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"]
TAGE = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
MONATE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember"]


def T(tz, y, mo, d, h=0, mi=0):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def fr_date(d):
    return f"{JOURS[d.weekday()]} {d.day}{'er' if d.day == 1 else ''} {MOIS[d.month - 1]} {d.year}"


def fr_h(d):
    return f"{d.hour} h {d.minute:02d}" if d.minute else f"{d.hour} h"


def en_date(d):
    return f"{d:%A}, {d:%B} {d.day}, {d.year}"


def gc_t(d):  # Government-of-Canada style "1:30 p.m."
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'a.m.' if d.hour < 12 else 'p.m.'}"


def ol_t(d):  # Outlook style "1:30 PM"
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def g_t(d):  # Google style "10am" / "2:15pm"
    h = d.hour % 12 or 12
    m = f":{d.minute:02d}" if d.minute else ""
    return f"{h}{m}{'am' if d.hour < 12 else 'pm'}"


def de_date(d):
    return f"{TAGE[d.weekday()]}, {d.day}. {MONATE[d.month - 1]} {d.year}"


def iso(d):
    return d.isoformat() if d is not None else None


def mid(case, n, domain):
    h = hashlib.sha1(f"{case}/{n}".encode()).hexdigest()
    return f"<{h[:24].upper()}@{domain}>"


# ----------------------------------------------------------------------------- iCalendar
def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, size = [], "", 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(cur)
            cur, size, limit = " ", 1, 75
        cur += ch
        size += n
    out.append(cur)
    return "\r\n".join(out)


VTZ = {
    "Eastern Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Central Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Central Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "America/Toronto": [
        "BEGIN:VTIMEZONE", "TZID:America/Toronto", "X-LIC-LOCATION:America/Toronto",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
}
TZID_ZONE = {"Eastern Standard Time": TOR, "Central Standard Time": WPG, "America/Toronto": TOR}


def zstamp(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def dtline(name, d, tzid):
    if tzid:
        return f"{name};TZID={tzid}:{d.astimezone(TZID_ZONE[tzid]).strftime('%Y%m%dT%H%M%S')}"
    return f"{name}:{zstamp(d)}"


def ics(method, prodid, uid, start, end, summary, organizer, attendees, stamp, seq=0,
        description=None, location=None, tzid=None, status=None, exchange=False, extra=()):
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", f"PRODID:{prodid}", "VERSION:2.0"]
    if not exchange:
        L.insert(3, "CALSCALE:GREGORIAN")
    if tzid:
        L += VTZ[tzid]
    L.append("BEGIN:VEVENT")
    if organizer:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for name, addr, *rest in attendees:
        role = rest[0] if rest else "REQ-PARTICIPANT"
        part = rest[1] if len(rest) > 1 else "NEEDS-ACTION"
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={part};RSVP=TRUE;CN={name}:mailto:{addr}")
    if description:
        L.append(("DESCRIPTION;LANGUAGE=en-US:" if exchange else "DESCRIPTION:") + esc(description))
    L.append(("SUMMARY;LANGUAGE=en-US:" if exchange else "SUMMARY:") + esc(summary))
    L.append(dtline("DTSTART", start, tzid))
    L.append(dtline("DTEND", end, tzid))
    L.append(f"UID:{uid}")
    L.append(f"DTSTAMP:{zstamp(stamp)}")
    L.append(f"SEQUENCE:{seq}")
    if location:
        L.append(("LOCATION;LANGUAGE=en-US:" if exchange else "LOCATION:") + esc(location))
    L.append(f"STATUS:{status or ('CANCELLED' if method == 'CANCEL' else 'CONFIRMED')}")
    L.append("TRANSP:OPAQUE")
    if exchange:
        L += [f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if method == 'CANCEL' else 'TENTATIVE'}",
              f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if method == 'CANCEL' else 'BUSY'}",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    L += list(extra)
    if method != "CANCEL":
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
              "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(x) for x in L) + "\r\n").encode("utf-8")


# ----------------------------------------------------------------------------- e-mail
def mail(headers, text=None, html=None, text_cte=None, html_cte="quoted-printable",
         cal=None, cal_method="REQUEST", cal_cte="base64", attach=None, attach_name="invite.ics",
         attach_type=("application", "ics")):
    m = EmailMessage()
    for k, v in headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, cte=text_cte) if text_cte else m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte)
    if cal is not None:
        m.add_alternative(cal, maintype="text", subtype="calendar", cte=cal_cte,
                          params={"charset": "UTF-8", "method": cal_method})
    if attach is not None:
        m.add_attachment(attach, maintype=attach_type[0], subtype=attach_type[1], filename=attach_name)
    seed = hashlib.sha1(f"{m['Message-ID']}".encode()).hexdigest()
    for i, part in enumerate(p for p in m.walk() if p.is_multipart()):
        part.set_boundary(f"{seed[:28]}{i:02d}")  # deterministic MIME boundaries
    return m.as_bytes()


def hdrs(frm, to, subject, date, msgid, extra=(), cc=None, delivered=OWNER):
    h = [("Delivered-To", delivered),
         ("Received", f"from mx.mail.example (mx.mail.example [192.0.2.25]) by mailstore.mail.example "
                      f"with ESMTPS for <{delivered}>; {format_datetime(date)}"),
         ("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", subject), ("Date", format_datetime(date)), ("Message-ID", msgid)]
    h += list(extra)
    return h


def outlook_extra(topic):
    return [("Thread-Topic", topic), ("Accept-Language", "en-CA, fr-CA"),
            ("Content-Language", "en-CA"), ("X-MS-Has-Attach", ""),
            ("Content-class", "urn:content-classes:calendarmessage"),
            ("X-MS-Exchange-Organization-AuthAs", "Anonymous")]


TEAMS_BLOCK = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tok}%40thread.v2/0>
Meeting ID: {mid}
Passcode: {pc}
Or call in (audio only)
+1 613-555-01{d2},,{conf}#   Canada, Ottawa-Hull
Phone Conference ID: {conf}#
Find a local number | Reset PIN
________________________________________________________________________________"""


def teams(tok, mid_, pc, d2, conf):
    return TEAMS_BLOCK.format(tok=tok, mid=mid_, pc=pc, d2=d2, conf=conf)


def outlook_when(s, e):
    # Outlook's fixed display label (shows UTC-05:00 even in summer)
    return (f"When: {s:%A}, {s:%B} {s.day}, {s.year} {ol_t(s)}-{ol_t(e)} "
            f"(UTC-05:00) Eastern Time (US & Canada).")


CASES = {}
LABELS = {}


def case(cid, items, label):
    CASES[cid] = items
    LABELS[cid] = label


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind}


def lab(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


SIG_FERLAND = """Hugo Ferland
Conseiller en ressources humaines | Human Resources Advisor
Eaux intérieures et Climat Canada | Inland Waters and Climate Canada
200, rue Montcalm, Gatineau (Québec)  J8Y 3B5
Tél. | Tel.: 819-555-0143"""

# ============================================================================= POSITIVES
# --- 01 bilingual portal convocation (HTML-only, QP) + HR Outlook invite (in person) ------
def c01():
    cid = "b63-01-gc-portal-bilingual-convocation-plus-outlook"
    s, e = T(TOR, 2026, 4, 14, 13, 30), T(TOR, 2026, 4, 14, 15, 0)
    d1, d2 = T(TOR, 2026, 3, 31, 9, 12), T(TOR, 2026, 4, 1, 10, 47)
    proc = "26-EIC-NCR-118204"
    html = f"""<html><head><meta charset="utf-8"><title>Convocation</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<table width="640" cellpadding="0" cellspacing="0" style="border:1px solid #ccc">
<tr><td style="background:#26374a;color:#fff;padding:12px"><b>EmploisFédéraux | FedJobs</b><br>
<span style="font-size:12px">Commission de la dotation fédérale | Federal Staffing Commission</span></td></tr>
<tr><td style="padding:16px">
<p style="color:#666">(English message follows)</p>
<h2 style="font-size:18px">Convocation à une entrevue</h2>
<p>Bonjour {OWNER_NAME},</p>
<p>Dans le cadre du processus de sélection <b>{proc}</b> &ndash; <b>Analyste des politiques (EC-04)</b>,
Eaux intérieures et Climat Canada, Direction des politiques stratégiques, nous avons le plaisir de vous
convoquer à une entrevue devant un comité d&rsquo;évaluation.</p>
<table cellpadding="4" style="background:#f5f5f5">
<tr><td><b>Entrevue&nbsp;:</b></td><td>le {fr_date(s)} à {fr_h(s)} (HAE)</td></tr>
<tr><td><b>Durée&nbsp;:</b></td><td>90 minutes (incluant 20 minutes de préparation)</td></tr>
<tr><td><b>Lieu&nbsp;:</b></td><td>200, rue Montcalm, Gatineau (Québec), salle 4B-201</td></tr>
<tr><td><b>Langue&nbsp;:</b></td><td>Veuillez confirmer votre langue officielle de préférence</td></tr>
</table>
<p>Veuillez confirmer votre présence dans votre compte EmploisFédéraux au plus tard le
{fr_date(d1 + timedelta(days=3))}. Apportez une pièce d&rsquo;identité avec photo.
Si vous avez besoin de mesures d&rsquo;adaptation, communiquez avec M. Hugo Ferland à
<a href="mailto:hugo.ferland@eic-iwc.example">hugo.ferland@eic-iwc.example</a>.</p>
<hr>
<h2 style="font-size:18px">Invitation to an interview</h2>
<p>Hello {OWNER_NAME},</p>
<p>As part of selection process <b>{proc}</b> &ndash; <b>Policy Analyst (EC-04)</b>, Inland Waters and
Climate Canada, Strategic Policy Branch, you are invited to an interview before an assessment board.</p>
<table cellpadding="4" style="background:#f5f5f5">
<tr><td><b>Interview:</b></td><td>{en_date(s)}, at {gc_t(s)} (EDT)</td></tr>
<tr><td><b>Duration:</b></td><td>90 minutes (including 20 minutes of preparation time)</td></tr>
<tr><td><b>Location:</b></td><td>200 Montcalm Street, Gatineau, Quebec, room 4B-201</td></tr>
<tr><td><b>Language:</b></td><td>Please confirm your official language of choice</td></tr>
</table>
<p>Please confirm your attendance in your FedJobs account no later than {en_date(d1 + timedelta(days=3))}.
Bring photo identification. If you require accommodation measures, contact Mr. Hugo Ferland at
<a href="mailto:hugo.ferland@eic-iwc.example">hugo.ferland@eic-iwc.example</a>.</p>
<p style="font-size:11px;color:#777">Ce message a été envoyé automatiquement; veuillez ne pas y répondre.
This message was sent automatically; please do not reply.</p>
</td></tr></table></body></html>"""
    m1 = mail(hdrs("EmploisFédéraux | FedJobs <ne-pas-repondre.no-reply@fedjobs-emploisfed.example>", OWNER_FULL,
                   f"Convocation à une entrevue / Invitation to an interview - {proc}", d1,
                   mid(cid, 1, "fedjobs-emploisfed.example")), html=html)
    text2 = f"""{outlook_when(s, e)}
Where: 200, rue Montcalm, Gatineau, salle 4B-201

*~*~*~*~*~*~*~*~*~*

Bonjour Noémie,

Je vous envoie une convocation pour votre calendrier - les détails sont les mêmes que dans l'avis envoyé par EmploisFédéraux. Présentez-vous à l'accueil du rez-de-chaussée 15 minutes à l'avance; je viendrai vous chercher.

Hello Noémie, a calendar hold for your board interview for the Policy Analyst (EC-04) process. Please check in at the ground-floor security desk 15 minutes early.

{SIG_FERLAND}
"""
    cal = ics("REQUEST", "Microsoft Exchange Server 2010", "040000008200E00074C5B7101A82E00800000000A1F2" + "0" * 20 + "01",
              s, e, f"Entrevue / Interview - {proc} - Analyste des politiques EC-04",
              ("Hugo Ferland", "hugo.ferland@eic-iwc.example"), [(OWNER_NAME, OWNER)], d2,
              description=text2, location="200, rue Montcalm, Gatineau, salle 4B-201",
              tzid="Eastern Standard Time", exchange=True)
    m2 = mail(hdrs("Ferland, Hugo (EIC/IWC) <hugo.ferland@eic-iwc.example>", OWNER_FULL,
                   f"Entrevue / Interview - {proc} - Analyste des politiques EC-04", d2,
                   mid(cid, 2, "eic-iwc.example"),
                   extra=outlook_extra(f"Entrevue / Interview - {proc}")),
              text=text2, text_cte="quoted-printable", cal=cal)
    case(cid, [("01-fedjobs-convocation.eml", m1), ("02-hr-advisor-calendar-hold.eml", m2)],
         lab([iv("Inland Waters and Climate Canada", "Policy Analyst (EC-04)", s, e, "scheduled", [],
                 ["hugo.ferland@eic-iwc.example"], "onsite")], "medium", "positive/portal-bilingual-dedupe",
             "Bilingual no-reply portal notice (HTML only, QP, 'le mardi 14 avril 2026 à 13 h 30 (HAE)' / "
             "'1:30 p.m. (EDT)') + HR advisor's Outlook hold with (UTC-05:00) display label; board members "
             "unnamed, HR advisor only coordinates -> followup to him."))


# --- 02 Teams board interview, three members ----------------------------------------------
def c02():
    cid = "b63-02-teams-board-interview-three-members"
    s, e = T(TOR, 2026, 4, 21, 9, 30), T(TOR, 2026, 4, 21, 11, 0)
    d1, d2 = T(TOR, 2026, 4, 13, 14, 5), T(TOR, 2026, 4, 13, 14, 22)
    dom = "nhsa-asns.example"
    coord = ("Mélissa Thibodeau-Ng", f"melissa.thibodeau-ng@{dom}")
    board = [("Oluwaseun Adebayo-Martel", f"oluwaseun.adebayo-martel@{dom}"),
             ("Grégory Pinsonneault", f"gregory.pinsonneault@{dom}"),
             ("Amira Haddad", f"amira.haddad@{dom}")]
    text1 = f"""Good afternoon Noémie,

Further to your successful written exam, I am pleased to confirm your board interview for process 26-NHSA-IA-00412, Senior Policy Analyst (EC-05), Northern Health Statistics Agency.

Date: {en_date(s)}
Time: 9:30 to 11:00 a.m. Eastern (Ottawa time)
Format: virtual, Microsoft Teams (a calendar invitation will follow)

Your assessment board will be made up of three members:
 - Dr. Oluwaseun Adebayo-Martel, Director General, Health Data Policy (chair)
 - Grégory Pinsonneault, Manager, Indigenous Data Partnerships
 - Amira Haddad, Senior HR Advisor

You will receive the questions 15 minutes before the start of the interview. Please have your camera on and a piece of photo ID ready.

I coordinate the process but will not be part of the board. Do not hesitate to contact me with any questions.

Kind regards / Cordialement,

Mélissa Thibodeau-Ng
Adjointe aux ressources humaines | Human Resources Assistant
Agence de la statistique sur la santé dans le Nord | Northern Health Statistics Agency
Tel.: 613-555-0177 | {coord[1]}
"""
    m1 = mail(hdrs(f"{coord[0]} <{coord[1]}>", OWNER_FULL,
                   "Board interview - Senior Policy Analyst (EC-05) - 26-NHSA-IA-00412", d1, mid(cid, 1, dom)),
              text=text1, text_cte="base64")
    text2 = f"""{outlook_when(s, e)}
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Board interview - Noémie Adjei-Bouchard - Senior Policy Analyst (EC-05)
Board: O. Adebayo-Martel (chair), G. Pinsonneault, A. Haddad. Questions will be sent by e-mail at 9:15.

{teams('NzQ2OWE3MjYtYmZiNC00', '248 117 903 551', 'kQ7xR2', '88', '604 221 917')}
"""
    cal = ics("REQUEST", "Microsoft Exchange Server 2010",
              "040000008200E00074C5B7101A82E008000000003C9D1E7A6ACBDC01000000000000000010000000F1A77E2B",
              s, e, "Board interview - N. Adjei-Bouchard - Senior Policy Analyst (EC-05)", coord,
              [(OWNER_NAME, OWNER)] + board, d2, description=text2, location="Microsoft Teams Meeting",
              tzid="Eastern Standard Time", exchange=True,
              extra=["X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ2OWE3MjYtYmZiNC00%40thread.v2/0",
                     "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting"])
    to = ", ".join([OWNER_FULL] + [f"{n} <{a}>" for n, a in board])
    m2 = mail(hdrs(f"{coord[0]} <{coord[1]}>", to,
                   "Board interview - N. Adjei-Bouchard - Senior Policy Analyst (EC-05)", d2, mid(cid, 2, dom),
                   extra=outlook_extra("Board interview - N. Adjei-Bouchard - Senior Policy Analyst (EC-05)")),
              text=text2, text_cte="quoted-printable", cal=cal)
    addrs = [a for _, a in board]
    case(cid, [("01-hr-board-confirmation.eml", m1), ("02-teams-invite.eml", m2)],
         lab([iv("Northern Health Statistics Agency", "Senior Policy Analyst (EC-05)", s, e, "scheduled",
                 addrs, addrs, "onsite")], "medium", "positive/outlook-teams-board",
             "Base64 plain confirmation naming a 3-member board + Exchange Teams invite (Eastern Standard Time "
             "TZID, UTC-05:00 label in EDT). Coordinator explicitly not on the board."))


# --- 03 Ontario ministry reschedule (Outlook SEQUENCE) ----------------------------------
def c03():
    cid = "b63-03-provincial-ministry-outlook-reschedule"
    s0, e0 = T(TOR, 2026, 4, 9, 10, 0), T(TOR, 2026, 4, 9, 11, 0)
    s, e = T(TOR, 2026, 4, 17, 14, 0), T(TOR, 2026, 4, 17, 15, 0)
    d1, d2, d3 = T(TOR, 2026, 4, 2, 15, 31), T(TOR, 2026, 4, 6, 8, 55), T(TOR, 2026, 4, 7, 9, 40)
    dom = "ontario-mmr.example"
    coord = ("Darnell Osei", f"darnell.osei@{dom}")
    mgr = ("Teresa Vukovic", f"teresa.vukovic@{dom}")
    uid = "040000008200E00074C5B7101A82E00800000000D2B8417C5FC6DC0100000000000000001000000062C0A9D1"
    subj = "Interview - Policy Advisor, Housing Policy Unit (Job ID 241187)"
    sig = f"""Darnell Osei | HR Services Coordinator
Ministry of Municipal Renewal | Housing Policy Division
777 Bay St., 14th Floor, Toronto ON  M7A 2J3
T: 416-555-0126"""
    t1 = f"""{outlook_when(s0, e0)}
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Noémie,

Please accept this invitation for your interview with Teresa Vukovic, Manager, Housing Policy Unit, for the Policy Advisor position (Job ID 241187). The interview is 60 minutes.

{sig}

{teams('YjE4MzQ2NzAtZjA0ZS00', '213 660 482 019', 'Lp3vQa', '21', '915 337 208')}
"""
    cal1 = ics("REQUEST", "Microsoft Exchange Server 2010", uid, s0, e0, subj, coord,
               [(OWNER_NAME, OWNER), mgr], d1, seq=0, description=t1, location="Microsoft Teams Meeting",
               tzid="Eastern Standard Time", exchange=True)
    m1 = mail(hdrs(f"Osei, Darnell (MMR) <{coord[1]}>", f"{OWNER_FULL}, Vukovic, Teresa (MMR) <{mgr[1]}>",
                   subj, d1, mid(cid, 1, dom), extra=outlook_extra(subj)), text=t1, text_cte="quoted-printable", cal=cal1)
    t2 = f"""Good morning Noémie,

Unfortunately Teresa has been called into Estimates briefings on Thursday and won't be able to meet on {en_date(s0)}. Would {s:%A}, {s:%B} {s.day} at 2pm ET work instead? Same format, same length (one hour), still on Teams.

I'll send an updated invite as soon as I hear back. Apologies for the shuffle!

{sig}
"""
    m2 = mail(hdrs(f"Osei, Darnell (MMR) <{coord[1]}>", OWNER_FULL, f"RE: {subj}", d2, mid(cid, 2, dom),
                   extra=[("In-Reply-To", mid(cid, 1, dom)), ("References", mid(cid, 1, dom)),
                          ("Thread-Topic", subj)]), text=t2)
    t3 = f"""{outlook_when(s, e)}
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Updated as discussed - thanks for your flexibility, Noémie. Interview with Teresa Vukovic, Manager, Housing Policy Unit.

{sig}

{teams('YjE4MzQ2NzAtZjA0ZS00', '213 660 482 019', 'Lp3vQa', '21', '915 337 208')}
"""
    cal3 = ics("REQUEST", "Microsoft Exchange Server 2010", uid, s, e, subj, coord,
               [(OWNER_NAME, OWNER), mgr], d3, seq=1, description=t3, location="Microsoft Teams Meeting",
               tzid="Eastern Standard Time", exchange=True)
    m3 = mail(hdrs(f"Osei, Darnell (MMR) <{coord[1]}>", f"{OWNER_FULL}, Vukovic, Teresa (MMR) <{mgr[1]}>",
                   f"Updated: {subj}", d3, mid(cid, 3, dom), extra=outlook_extra(subj)),
              text=t3, text_cte="quoted-printable", cal=cal3)
    case(cid, [("01-invite.eml", m1), ("02-move-request.eml", m2), ("03-updated-invite.eml", m3)],
         lab([iv("Ministry of Municipal Renewal", "Policy Advisor, Housing Policy Unit", s, e, "scheduled",
                 [mgr[1]], [mgr[1]], "hiring_manager")], "medium", "positive/reschedule",
             "Outlook invite Thu Apr 9 10:00, e-mail moving it, updated invite (SEQUENCE 1) Fri Apr 17 2pm ET."))


# --- 04 Montreal NGO, French, cancelled by e-mail ----------------------------------------
def c04():
    cid = "b63-04-montreal-ngo-french-cancelled-by-email"
    s, e = T(TOR, 2026, 4, 23, 14, 0), T(TOR, 2026, 4, 23, 15, 0)
    d1, d2 = T(TOR, 2026, 4, 15, 11, 20), T(TOR, 2026, 4, 21, 17, 48)
    dom = "calam-mtl.example"
    dg = ("Josée Bélanger-Kamara", f"jbelanger@{dom}")
    sam = ("Samuel Roy", f"samuel.roy@{dom}")
    sig = f"""--
Josée Bélanger-Kamara
Directrice générale
Centre d'action pour le logement abordable de Montréal (CALAM)
4520, rue Saint-Denis, bureau 300, Montréal (Québec)  H2J 2L3
514 555-0138, poste 201"""
    t1 = f"""Bonjour Noémie,

Merci pour votre candidature au poste d'analyste en politiques de logement. Nous aimerions vous rencontrer!

Je vous confirme donc notre entrevue le {fr_date(s)} à {fr_h(s)}, à nos bureaux (4520, rue Saint-Denis, 3e étage). Prévoyez environ une heure. Vous rencontrerez Samuel Roy, coordonnateur des programmes ({sam[1]}), et moi-même.

Si vous venez en métro, la station Laurier est à deux pas.

Au plaisir,

{sig}
"""
    m1 = mail(hdrs(f"{dg[0]} <{dg[1]}>", OWNER_FULL, "Entrevue - Analyste en politiques de logement", d1,
                   mid(cid, 1, dom), cc=f"{sam[0]} <{sam[1]}>"), text=t1, text_cte="quoted-printable")
    t2 = f"""Bonjour Noémie,

Je suis vraiment désolée de vous écrire ceci à la dernière minute : je dois malheureusement annuler notre entrevue de jeudi ({s.day} avril, {fr_h(s)}). Notre principal bailleur de fonds vient de reporter le renouvellement de l'entente, et le conseil d'administration a décidé de geler le poste jusqu'à nouvel ordre.

Nous conservons votre candidature et je vous écrirai dès que nous aurons plus de visibilité.

Toutes mes excuses,
Josée

Le {s.day - 8} avr. 2026 à 11:20, Josée Bélanger-Kamara <{dg[1]}> a écrit :
> Bonjour Noémie,
>
> Je vous confirme donc notre entrevue le {fr_date(s)} à {fr_h(s)}, à nos bureaux
> (4520, rue Saint-Denis, 3e étage). Prévoyez environ une heure.

{sig}
"""
    m2 = mail(hdrs(f"{dg[0]} <{dg[1]}>", OWNER_FULL, "RE: Entrevue - Analyste en politiques de logement", d2,
                   mid(cid, 2, dom), cc=f"{sam[0]} <{sam[1]}>",
                   extra=[("In-Reply-To", mid(cid, 1, dom)), ("References", mid(cid, 1, dom))]),
              text=t2, text_cte="quoted-printable")
    both = [dg[1], sam[1]]
    case(cid, [("01-confirmation.eml", m1), ("02-annulation.eml", m2)],
         lab([iv("Centre d'action pour le logement abordable de Montréal (CALAM)", "Analyste en politiques de logement",
                 s, e, "cancelled", both, both, "onsite")], "medium", "positive/cancellation",
             "French e-mail confirms in-person interview jeudi 23 avril 14 h (about an hour); later cancelled "
             "because the position is frozen."))


# --- 05 Manitoba ATS screening, then ATS METHOD:CANCEL ------------------------------------
def c05():
    cid = "b63-05-manitoba-ats-screening-method-cancel"
    s, e = T(WPG, 2026, 4, 28, 10, 0), T(WPG, 2026, 4, 28, 10, 45)
    d1, d2 = T(WPG, 2026, 4, 16, 13, 2), T(WPG, 2026, 4, 24, 9, 31)
    dom = "mb-prairiewatersheds.example"
    rec = ("Kyle Desjarlais", f"kyle.desjarlais@{dom}")
    ats = "TalentBridge Public <notifications@talentbridge-public.example>"
    uid = "tbp-iv-7781920-3@talentbridge-public.example"
    s_tor = s.astimezone(TOR)
    html1 = f"""<html><body style="font-family:Segoe UI,Arial,sans-serif">
<p>Dear Noémie,</p>
<p>Thank you for applying to <b>Policy Analyst, Watershed Planning (Competition #MB-26-0419)</b> with the
Manitoba Department of Prairie Watersheds.</p>
<p>Your <b>screening interview</b> has been scheduled:</p>
<ul><li><b>{en_date(s)}</b></li>
<li><b>{gc_t(s)} &ndash; {gc_t(e)} CDT</b> ({gc_t(s_tor)} EDT)</li>
<li>Interviewer: Kyle Desjarlais, Senior Recruitment Consultant</li>
<li>Video: Webex &ndash; https://mbgov-example.webex.example/meet/kdesjarlais</li></ul>
<p>An iCalendar file is attached. To request a change please reply to this message; your reply goes
directly to Kyle.</p>
<p>Manitoba Department of Prairie Watersheds &middot; 1200 Portage Avenue, Winnipeg MB &middot; 204-555-0152</p>
<p style="font-size:11px;color:#888">Powered by TalentBridge Public</p></body></html>"""
    cal1 = ics("REQUEST", "-//TalentBridge Public//Scheduler 4.2//EN", uid, s, e,
               "Screening interview - Policy Analyst, Watershed Planning", (rec[0], rec[1]),
               [(OWNER_NAME, OWNER), rec], d1, seq=0,
               description="Screening interview with Kyle Desjarlais (Senior Recruitment Consultant).\n"
                           "Webex: https://mbgov-example.webex.example/meet/kdesjarlais",
               location="Webex")
    m1 = mail(hdrs(ats, OWNER_FULL, "Interview scheduled: Policy Analyst, Watershed Planning (MB-26-0419)", d1,
                   mid(cid, 1, "talentbridge-public.example"), extra=[("Reply-To", f"{rec[0]} <{rec[1]}>")]),
              html=html1, attach=cal1, attach_type=("text", "calendar"))
    html2 = f"""<html><body style="font-family:Segoe UI,Arial,sans-serif">
<p>Dear Noémie,</p>
<p>Your screening interview for <b>Policy Analyst, Watershed Planning (MB-26-0419)</b> on
<b>{en_date(s)} at {gc_t(s)} CDT</b> has been <b>cancelled</b> by the hiring team.</p>
<p>Message from Kyle Desjarlais: &ldquo;Hi Noémie &ndash; the competition has been put on hold while the
branch is reorganized. I'm sorry for the inconvenience; if it reopens I will reach out directly.&rdquo;</p>
<p style="font-size:11px;color:#888">Powered by TalentBridge Public</p></body></html>"""
    cal2 = ics("CANCEL", "-//TalentBridge Public//Scheduler 4.2//EN", uid, s, e,
               "Cancelled: Screening interview - Policy Analyst, Watershed Planning", (rec[0], rec[1]),
               [(OWNER_NAME, OWNER)], d2, seq=1)
    m2 = mail(hdrs(ats, OWNER_FULL, "Interview cancelled: Policy Analyst, Watershed Planning (MB-26-0419)", d2,
                   mid(cid, 2, "talentbridge-public.example"), extra=[("Reply-To", f"{rec[0]} <{rec[1]}>")]),
              html=html2, attach=cal2, attach_type=("text", "calendar"), attach_name="cancel.ics")
    case(cid, [("01-ats-scheduled.eml", m1), ("02-ats-cancelled.eml", m2)],
         lab([iv("Manitoba Department of Prairie Watersheds", "Policy Analyst, Watershed Planning", s, e, "cancelled",
                 [rec[1]], [rec[1]], "phone_screen")], "medium", "positive/cancellation",
             "ATS HTML mails with .ics (UTC times); 10:00 a.m. CDT (= 11:00 EDT) screening, then METHOD:CANCEL same UID."))


# --- 06 Montreal NGO: phone screen "tomorrow at half past ten" + second interview -----------
def c06():
    cid = "b63-06-montreal-ngo-screen-then-second-interview"
    s1, e1 = T(TOR, 2026, 5, 5, 10, 30), T(TOR, 2026, 5, 5, 11, 0)
    s2, e2 = T(TOR, 2026, 5, 12, 13, 0), T(TOR, 2026, 5, 12, 14, 15)
    d1, d2, d3, d4 = (T(TOR, 2026, 5, 4, 16, 40), T(TOR, 2026, 5, 4, 18, 3),
                      T(TOR, 2026, 5, 5, 13, 12), T(TOR, 2026, 5, 5, 15, 30))
    dom = "pontvert.example"
    rach = ("Rachel Tremblay-Wu", f"rachel@{dom}")
    did = ("Didier Akpan", f"didier.akpan@{dom}")
    hel = ("Hélène Marchand", f"helene.marchand@{dom}")
    sig = f"""Rachel Tremblay-Wu (elle/she)
Talent & Operations | Fondation Pont-Vert pour la sécurité alimentaire
6830, avenue du Parc, Montréal QC  H3N 1W9 | 514-555-0163"""
    t1 = f"""Hi Noémie,

Thanks so much for applying for our Policy and Advocacy Advisor role - your brief on school food programs really stood out.

Would you be free tomorrow at half past ten for a short call (30 min) with me? Nothing formal: I'd like to tell you about the role and hear about your experience. I can call you on 819-555-0187 if that's still the best number.

Rachel

{sig}
"""
    m1 = mail(hdrs(f"{rach[0]} <{rach[1]}>", OWNER_FULL, "Policy and Advocacy Advisor - quick call?", d1,
                   mid(cid, 1, dom)), text=t1)
    t2 = f"""Perfect, talk to you tomorrow at 10:30 then!

R.

On Mon, May 4, 2026 at 5:51 PM Noémie Adjei-Bouchard <{OWNER}> wrote:
> Hi Rachel,
> Tomorrow at 10:30 works very well for me. 819-555-0187 is the right number.
> Thanks!
> Noémie
>
> On Mon, May 4, 2026 at 4:40 PM Rachel Tremblay-Wu <{rach[1]}> wrote:
>> Would you be free tomorrow at half past ten for a short call (30 min) with me?

{sig}
"""
    m2 = mail(hdrs(f"{rach[0]} <{rach[1]}>", OWNER_FULL, "Re: Policy and Advocacy Advisor - quick call?", d2,
                   mid(cid, 2, dom), extra=[("In-Reply-To", f"<reply-{cid}@mail.example>"),
                                             ("References", f"{mid(cid, 1, dom)} <reply-{cid}@mail.example>")]),
              text=t2)
    t3 = f"""Hi again Noémie,

Lovely chatting this morning. As promised, here's the next step: a conversation (in person, at our office) with our executive director, Didier Akpan ({did[1]}), and Hélène Marchand, who chairs our board's policy committee ({hel[1]}).

They're both available on Tuesday, May 12 ({fr_date(s2)}), de 13 h à 14 h 15. Didier will send you a calendar invite shortly. Expect a short case discussion on municipal food-procurement policy.

Bonne soirée!
Rachel

{sig}
"""
    m3 = mail(hdrs(f"{rach[0]} <{rach[1]}>", OWNER_FULL, "Next step - Fondation Pont-Vert", d3, mid(cid, 3, dom),
                   cc=f"{did[0]} <{did[1]}>"), text=t3, text_cte="quoted-printable")
    title = "Entrevue - Conseillère politiques et plaidoyer - Noémie Adjei-Bouchard"
    ptxt = f"""{title}
{s2:%A} {s2:%b} {s2.day}, {s2.year} ⋅ {g_t(s2)} – {g_t(e2)}
Eastern Time - Toronto

Location
Fondation Pont-Vert, 6830 avenue du Parc, Montréal
https://www.google.com/maps/search/6830+avenue+du+Parc,+Montr%C3%A9al

Organizer
Didier Akpan
{did[1]}

Guests
Didier Akpan - organizer
{did[1]}
{hel[0]}
{hel[1]}
{OWNER}

View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=cG9udHZlcnQtMjAyNjA1MTI

Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid=cG9udHZlcnQtMjAyNjA1MTI

Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event.
"""
    phtml = "<html><body>" + "".join(f"<p>{l}</p>" for l in ptxt.split("\n\n")) + "</body></html>"
    cal = ics("REQUEST", "-//Google Inc//Google Calendar 70.9054//EN", "6f0pontvert2s9k2rr7b1q@google.com", s2, e2,
              title, did, [(did[0], did[1], "REQ-PARTICIPANT", "ACCEPTED"), hel, (OWNER_NAME, OWNER)], d4,
              description="Deuxième entrevue avec Didier Akpan (DG) et Hélène Marchand (conseil d'administration).",
              location="Fondation Pont-Vert, 6830 avenue du Parc, Montréal", tzid="America/Toronto")
    m4 = mail(hdrs(f"{did[0]} <{did[1]}>", OWNER,
                   f"Invitation: {title} @ {s2:%a} {s2:%b} {s2.day}, {s2.year} {g_t(s2)} - {g_t(e2)} (EDT) ({OWNER})",
                   d4, f"<calendar-2c1f77a0-{cid[-6:]}@google.com>",
                   extra=[("Reply-To", f"{did[0]} <{did[1]}>"), ("Sender", "Google Calendar <calendar-notification@google.com>")]),
              text=ptxt, html=phtml, cal=cal, cal_cte="8bit", attach=cal)
    case(cid, [("01-quick-call.eml", m1), ("02-confirmed.eml", m2), ("03-next-step.eml", m3),
               ("04-google-invite.eml", m4)],
         lab([iv("Fondation Pont-Vert", "Policy and Advocacy Advisor", s1, e1, "scheduled", [rach[1]], [rach[1]],
                 "phone_screen"),
              iv("Fondation Pont-Vert", "Policy and Advocacy Advisor", s2, e2, "scheduled", [did[1], hel[1]],
                 [did[1], hel[1]], "onsite")], "hard", "positive/two-interviews",
             "Screen 'tomorrow at half past ten' (msg Mon May 4 -> Tue May 5 10:30, 30 min) confirmed in a reply "
             "with quoted text, then second interview Tue May 12 13 h-14 h 15 announced by mail + Google invite."))


# --- 07 BC ministry: "Thu 3/5 @ 4:30p PST" phone screen thread -------------------------
def c07():
    cid = "b63-07-bc-ministry-pst-phone-screen-thread"
    s, e = T(VAN, 2026, 3, 5, 16, 30), T(VAN, 2026, 3, 5, 17, 0)
    d1, d2 = T(VAN, 2026, 3, 2, 11, 5), T(VAN, 2026, 3, 2, 15, 47)
    dom = "gov-bc-mrc.example"
    rec = ("Jasper Nakamura-Lee", f"jasper.nakamura-lee@{dom}")
    sig = f"""Jasper Nakamura-Lee | Senior Talent Acquisition Specialist
BC Ministry of Rural Connectivity
PO Box 9400 Stn Prov Govt, Victoria BC  V8W 9V1
c: 250-555-0191"""
    t1 = f"""Hi Noemie,

Thanks for applying to the Senior Policy Analyst, Connectivity Programs posting (req #118402). I'd like to set up a 30-min phone screen. Does Thu 3/5 @ 4:30p PST work? I know that's later in the day for you in Ottawa - happy to find something else if not.

Cheers,
Jasper

{sig}
"""
    m1 = mail(hdrs(f"Nakamura-Lee, Jasper MRC:EX <{rec[1]}>", OWNER_FULL, "Phone screen - Sr Policy Analyst, Connectivity Programs",
                   d1, mid(cid, 1, dom)), text=t1)
    t2 = f"""Great - confirmed for Thu 3/5 @ 4:30p PST. I'll call you at 613-555-0199. Should be about half an hour.

Talk soon,
Jasper

{sig}

From: Noémie Adjei-Bouchard <{OWNER}>
Sent: Monday, March 2, 2026 3:12 PM
To: Nakamura-Lee, Jasper MRC:EX <{rec[1]}>
Subject: Re: Phone screen - Sr Policy Analyst, Connectivity Programs

Hi Jasper,

Thursday at 4:30 PST (7:30 pm here) is perfectly fine. Best number is 613-555-0199.

Thanks,
Noémie

From: Nakamura-Lee, Jasper MRC:EX <{rec[1]}>
Sent: Monday, March 2, 2026 11:05 AM
Subject: Phone screen - Sr Policy Analyst, Connectivity Programs

Does Thu 3/5 @ 4:30p PST work?
"""
    m2 = mail(hdrs(f"Nakamura-Lee, Jasper MRC:EX <{rec[1]}>", OWNER_FULL,
                   "RE: Phone screen - Sr Policy Analyst, Connectivity Programs", d2, mid(cid, 2, dom),
                   extra=[("In-Reply-To", f"<r1-{cid}@mail.example>"),
                          ("References", f"{mid(cid, 1, dom)} <r1-{cid}@mail.example>")]),
              text=t2, text_cte="quoted-printable")
    case(cid, [("01-proposal.eml", m1), ("02-confirmed-reply.eml", m2)],
         lab([iv("BC Ministry of Rural Connectivity", "Senior Policy Analyst, Connectivity Programs", s, e,
                 "scheduled", [rec[1]], [rec[1]], "phone_screen")], "medium", "positive/thread",
             "'Thu 3/5 @ 4:30p PST' (before the Mar 8 DST switch, so -08:00 is correct); Outlook-style quoted reply."))


# --- 08 Google invite across the DST switch ------------------------------------------------
def c08():
    cid = "b63-08-google-invite-across-dst-switch"
    s, e = T(TOR, 2026, 3, 9, 10, 0), T(TOR, 2026, 3, 9, 11, 0)
    d1 = T(TOR, 2026, 3, 5, 15, 20)
    dom = "cfhl-fcpl.example"
    ana = ("Anaïs Kowalczyk", f"anais.kowalczyk@{dom}")
    bru = ("Bruno Lefebvre", f"bruno.lefebvre@{dom}")
    title = "Interview: Policy Analyst - Noémie Adjei-Bouchard"
    desc = ("Conversation with Anaïs Kowalczyk (Director, Policy & Research) and Bruno Lefebvre (Senior Advisor) "
            "for the Policy Analyst position, Canadian Fund for Heritage Languages.\n"
            "Heads-up: clocks spring forward on Sunday - this is 10:00 Ottawa time on Monday.")
    ptxt = f"""{title}
{s:%A} {s:%b} {s.day}, {s.year} ⋅ {g_t(s)} – {g_t(e)}
Eastern Time - Toronto

{desc}

Join with Google Meet
https://meet.google.com/vpk-qzrn-tab

Join by phone
(CA) +1 613-555-0110
PIN: 552 918 330#

Organizer
{ana[0]}
{ana[1]}

Guests
{ana[0]} - organizer
{ana[1]}
{bru[0]}
{bru[1]}
{OWNER}
View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=Y2ZobC1pbnRlcnZpZXctMDMwOQ

Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid=Y2ZobC1pbnRlcnZpZXctMDMwOQ

Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event.
"""
    phtml = ("<html><body><div style=\"font-family:Roboto,Helvetica,Arial,sans-serif\">"
             + "".join(f"<p>{l.replace(chr(10), '<br>')}</p>" for l in ptxt.split("\n\n")) + "</div></body></html>")
    cal = ics("REQUEST", "-//Google Inc//Google Calendar 70.9054//EN", "3k9cfhlq2m0v6r1interview@google.com", s, e,
              title, ana, [(ana[0], ana[1], "REQ-PARTICIPANT", "ACCEPTED"), bru, (OWNER_NAME, OWNER)], d1,
              description=desc + "\n\nJoin with Google Meet: https://meet.google.com/vpk-qzrn-tab", location="")
    m = mail(hdrs(f"{ana[0]} <{ana[1]}>", OWNER,
                  f"Invitation: {title} @ {s:%a} {s:%b} {s.day}, {s.year} {g_t(s)} - {g_t(e)} (EDT) ({OWNER})", d1,
                  f"<calendar-9ab31c55-{cid[-8:]}@google.com>",
                  extra=[("Reply-To", f"{ana[0]} <{ana[1]}>"), ("Sender", "Google Calendar <calendar-notification@google.com>")]),
             text=ptxt, text_cte="base64", html=phtml, cal=cal, cal_cte="8bit", attach=cal)
    both = [ana[1], bru[1]]
    case(cid, [("01-invitation.eml", m)],
         lab([iv("Canadian Fund for Heritage Languages", "Policy Analyst", s, e, "scheduled", both, both, "onsite")],
             "hard", "positive/dst-edge",
             "Google invite sent Thu Mar 5 (EST, -05:00) for Mon Mar 9 10:00 after the switch (EDT, -04:00); "
             "ics DTSTART in UTC (14:00Z)."))


# --- 09 Geneva intergovernmental secretariat: e-mail ("15h00") + Calendar API event --------
def c09():
    cid = "b63-09-geneva-secretariat-email-plus-gcal-json"
    s, e = T(ZRH, 2026, 4, 2, 15, 0), T(ZRH, 2026, 4, 2, 16, 0)
    d1 = T(ZRH, 2026, 3, 24, 17, 12)
    dom = "iswc-secretariat.example"
    hr = ("Lindiwe Mthembu-Favre", f"lindiwe.mthembu-favre@{dom}")
    tom = ("Tomás Echeverría", f"tomas.echeverria@{dom}")
    s_ott = s.astimezone(TOR)
    t1 = f"""Dear Ms Adjei-Bouchard,

Further to your application for the position of Policy Officer (P-2), Freshwater Governance Unit (VA 2026/031), I am pleased to invite you to a competency-based interview with Mr Tomás Echeverría, Head of the Policy Unit.

Date : jeudi {s.day} avril {s.year} / Thursday {s.day} April {s.year}
Heure : 15h00 - 16h00 (heure de Genève, CEST) - soit {s_ott.hour}h00 à Ottawa
Platform: Google Meet (link in the calendar invitation)

I will send the invitation and the link but will not attend the interview myself. Please let me know by return e-mail if you need any accommodation.

With kind regards,

Lindiwe Mthembu-Favre
Human Resources Officer
International Secretariat for Watershed Cooperation
Chemin des Anémones 11, 1219 Châtelaine, Genève, Suisse
+41 22 555 01 84
"""
    m1 = mail(hdrs(f"{hr[0]} <{hr[1]}>", OWNER_FULL, "VA 2026/031 - Invitation to interview / Invitation à un entretien",
                   d1, mid(cid, 1, dom)), text=t1, text_cte="quoted-printable")
    ev = {
        "kind": "calendar#event", "etag": "\"3538120441874000\"", "id": "0q7iswcva2026031ptechev",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=MHE3aXN3Y3ZhMjAyNjAzMXB0ZWNoZXY",
        "created": d1.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (d1 + timedelta(minutes=9)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "summary": "Interview VA 2026/031 - Policy Officer (P-2) - N. Adjei-Bouchard",
        "description": "Competency-based interview with Tomás Echeverría (Head, Policy Unit). Lindiwe (HR) "
                       "organizes only and will not join.",
        "creator": {"email": hr[1], "displayName": hr[0]},
        "organizer": {"email": hr[1], "displayName": hr[0]},
        "start": {"dateTime": s.isoformat(), "timeZone": "Europe/Zurich"},
        "end": {"dateTime": e.isoformat(), "timeZone": "Europe/Zurich"},
        "iCalUID": "0q7iswcva2026031ptechev@google.com", "sequence": 0,
        "attendees": [
            {"email": hr[1], "displayName": hr[0], "organizer": True, "responseStatus": "accepted",
             "optional": True},
            {"email": tom[1], "displayName": tom[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"}],
        "hangoutLink": "https://meet.google.com/hsw-cgva-pzt",
        "conferenceData": {"entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/hsw-cgva-pzt",
                                            "label": "meet.google.com/hsw-cgva-pzt"}],
                           "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                           "conferenceId": "hsw-cgva-pzt"},
        "reminders": {"useDefault": True}, "eventType": "default"}
    case(cid, [("01-invitation-email.eml", m1),
               ("02-interview.gcal.json", (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode())],
         lab([iv("International Secretariat for Watershed Cooperation", "Policy Officer (P-2)", s, e, "scheduled",
                 [tom[1]], [tom[1]], "hiring_manager")], "medium", "positive/gcal-json-dedupe",
             "'15h00 (heure de Genève, CEST)' = 09:00 Ottawa after EU DST (Mar 29); Calendar API event in "
             "Europe/Zurich. HR organizer explicitly does not attend."))


# --- 10 Berlin foundation, "14:00 Uhr (MESZ)", base64 --------------------------------------
def c10():
    cid = "b63-10-berlin-foundation-uhr-base64"
    s, e = T(BER, 2026, 5, 7, 14, 0), T(BER, 2026, 5, 7, 14, 45)
    d1 = T(BER, 2026, 4, 27, 10, 18)
    dom = "snk-stiftung.example"
    kat = ("Dr. Katrin Oberländer", f"k.oberlaender@{dom}")
    jon = ("Jonas Weidmann", f"j.weidmann@{dom}")
    s_ott = s.astimezone(TOR)
    t1 = f"""Liebe Frau Adjei-Bouchard, dear Noémie (if I may),

vielen Dank für Ihre Bewerbung als Referentin für unser Kanada-Programm (Policy Officer, Canada Programme, Kennziffer SNK-2026-07). We would be delighted to get to know you in a video interview:

Termin: {de_date(s)}, 14:00 Uhr (MESZ)
-> that is {s_ott.hour}:00 a.m. in Ottawa
Dauer: ca. 45 Minuten
Webex: https://snk-stiftung.webex.example/meet/oberlaender

Taking part: myself and my colleague Jonas Weidmann ({jon[1]}), who leads our transatlantic climate dialogue. The conversation will be in English; a few questions may be in French.

Bitte bestätigen Sie den Termin kurz per E-Mail.

Mit freundlichen Grüßen / kind regards
Katrin Oberländer

--
Dr. Katrin Oberländer
Programmleiterin Nordamerika
Stiftung Nordatlantische Klimapartnerschaft
Reinhardtstraße 29, 10117 Berlin
Tel. +49 30 5550 1742
"""
    m1 = mail(hdrs(f"{kat[0]} <{kat[1]}>", OWNER_FULL, "Einladung zum Vorstellungsgespräch / Interview invitation - SNK-2026-07",
                   d1, mid(cid, 1, dom), cc=f"{jon[0]} <{jon[1]}>"), text=t1, text_cte="base64")
    cal = ics("PUBLISH", "-//Cisco//Webex Meetings 45.2//EN", "wbx-2676104553-snk@webex.example", s, e,
              "Vorstellungsgespräch SNK-2026-07 - Noémie Adjei-Bouchard", (kat[0], kat[1]),
              [(OWNER_NAME, OWNER), jon], d1 + timedelta(minutes=3),
              description="Webex: https://snk-stiftung.webex.example/meet/oberlaender\nMeeting number: 2676 104 553",
              location="https://snk-stiftung.webex.example/meet/oberlaender")
    both = [kat[1], jon[1]]
    case(cid, [("01-einladung.eml", m1), ("02-webex-termin.ics", cal)],
         lab([iv("Stiftung Nordatlantische Klimapartnerschaft", "Policy Officer, Canada Programme", s, e, "scheduled",
                 both, both, "onsite")], "medium", "positive/non-english",
             "German/English mix, base64 body + standalone Webex .ics (UTC); 'Donnerstag, 7. Mai 2026, 14:00 Uhr (MESZ)' = 08:00 Ottawa; 45 min; "
             "two interviewers."))


# --- 11 scheduling vendor booking (after an unbooked link) -------------------------------
def c11():
    cid = "b63-11-slotwise-self-scheduling-booked"
    s, e = T(TOR, 2026, 5, 13, 11, 0), T(TOR, 2026, 5, 13, 11, 45)
    d1, d2 = T(TOR, 2026, 5, 6, 12, 1), T(TOR, 2026, 5, 6, 19, 44)
    dom = "crbs-sclr.example"
    fz = ("Fatima Zahra Benali", f"fatimazahra.benali@{dom}")
    sig = f"""Fatima Zahra Benali
Gestionnaire, Politiques et planification | Manager, Policy and Planning
Secrétariat canadien de la large bande rurale | Canada Rural Broadband Secretariat
235, rue Queen, Ottawa (Ontario)  K1A 0H5
613-555-0105"""
    t1 = f"""Bonjour Noémie / Hello Noémie,

(Le français suit)

Thank you for your interest in our Policy Analyst (EC-04) staffing action (non-advertised, from pool 25-CRBS-EA-0007). I'd like to meet you for an informal 45-minute interview. Please book a time that suits you using this link: https://slotwise.example/b/crbs-benali/policy-ec04

Je souhaiterais vous rencontrer dans le cadre d'une entrevue informelle de 45 minutes. Veuillez choisir un créneau au moyen du lien ci-dessus.

Merci / Thank you,

{sig}
"""
    m1 = mail(hdrs(f"Benali, Fatima Zahra (CRBS/SCLR) <{fz[1]}>", OWNER_FULL,
                   "Entrevue / Interview - Policy Analyst (EC-04) - booking link", d1, mid(cid, 1, dom)), text=t1)
    html = f"""<!DOCTYPE html><html><body style="margin:0;background:#f4f6f8">
<div style="max-width:560px;margin:24px auto;background:#fff;padding:24px;font-family:Helvetica,Arial,sans-serif">
<img src="https://cdn.slotwise.example/logo.png" alt="SlotWise" width="96">
<h1 style="font-size:20px">You're booked, Noémie!</h1>
<p><b>Policy Analyst (EC-04) - interview with Fatima Zahra Benali</b></p>
<p>&#128197; {s:%A}, {s:%B} {s.day}, {s.year}<br>
&#128339; {ol_t(s)} &ndash; {ol_t(e)} (GMT-04:00) Eastern Time - Toronto</p>
<p>&#128205; Microsoft Teams (link in the calendar file)</p>
<p>Host: Fatima Zahra Benali &middot; {fz[1]}</p>
<p><a href="https://slotwise.example/r/8f31aa">Reschedule</a> &middot; <a href="https://slotwise.example/c/8f31aa">Cancel</a></p>
<p style="color:#888;font-size:11px">Sent by SlotWise on behalf of Canada Rural Broadband Secretariat.
Replies go to the host.</p></div></body></html>"""
    cal = ics("REQUEST", "-//SlotWise//Booking 2.8//EN", "bk-8f31aa-20260513@slotwise.example", s, e,
              "Policy Analyst (EC-04) - interview with Fatima Zahra Benali", ("SlotWise", "bookings@slotwise.example"),
              [(OWNER_NAME, OWNER), fz], d2,
              description="Informal interview (45 min) with Fatima Zahra Benali, Manager, Policy and Planning.\n"
                          "Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_OGQ3Y2Vk%40thread.v2/0",
              location="Microsoft Teams")
    m2 = mail(hdrs("SlotWise <bookings@slotwise.example>", OWNER_FULL,
                   f"Confirmed: Policy Analyst (EC-04) - interview with Fatima Zahra Benali on {s:%b} {s.day}",
                   d2, mid(cid, 2, "slotwise.example"), extra=[("Reply-To", f"{fz[0]} <{fz[1]}>")]),
              html=html, attach=cal, attach_name="booking.ics", attach_type=("text", "calendar"))
    case(cid, [("01-booking-link.eml", m1), ("02-slotwise-confirmation.eml", m2)],
         lab([iv("Canada Rural Broadband Secretariat", "Policy Analyst (EC-04)", s, e, "scheduled", [fz[1]], [fz[1]],
                 "hiring_manager")], "medium", "positive/scheduling-vendor",
             "Unbooked self-scheduling link, then a vendor (SlotWise) HTML-only confirmation with UTC .ics; host is "
             "the hiring manager; vendor address is not a recipient."))


# --- 12 Québec ministry, forwarded by the owner to herself --------------------------------
def c12():
    cid = "b63-12-quebec-ministry-forwarded-convocation"
    s, e = T(TOR, 2026, 5, 20, 9, 45), T(TOR, 2026, 5, 20, 10, 30)
    d0, d1 = T(TOR, 2026, 5, 11, 14, 2), T(TOR, 2026, 5, 11, 21, 37)
    dom = "mres-quebec.example"
    kar = ("Karine Dufresne", f"karine.dufresne@{dom}")
    lp = ("Louis-Philippe Gagnon", f"louis-philippe.gagnon@{dom}")
    old = "nadjeib@cliniquejuridique-outaouais.example"
    t = f"""pour mes dossiers - à mettre à l'agenda!

N.

________________________________
De : Dufresne, Karine (MRES) <{kar[1]}>
Envoyé : {d0.day} mai {d0.year} 14:02
À : Noémie Adjei-Bouchard <{old}>
Cc : Gagnon, Louis-Philippe (MRES) <{lp[1]}>
Objet : Convocation - entrevue - Conseillère ou conseiller en politiques (concours 10410RS-2026-22)

Madame,

À la suite de l'analyse de votre candidature, nous avons le plaisir de vous convoquer à une entrevue pour l'emploi de conseillère ou conseiller en politiques à la Direction des politiques régionales du ministère des Régions et de l'Économie sociale.

L'entrevue aura lieu le {fr_date(s)} à {fr_h(s)} et sera d'une durée de 45 minutes. Elle se tiendra au 875, Grande Allée Est, Québec, 3e étage, ou, si vous le préférez, par Teams (merci de nous l'indiquer).

Le comité de sélection sera composé de moi-même et de M. Louis-Philippe Gagnon, conseiller principal.

Veuillez confirmer votre présence en répondant à ce courriel.

Karine Dufresne
Directrice des politiques régionales
Ministère des Régions et de l'Économie sociale
875, Grande Allée Est, Québec (Québec)  G1R 5R8
418 555-0114, poste 3307
"""
    m = mail(hdrs(f"Noémie Adjei-Bouchard <{old}>", OWNER_FULL,
                  "TR: Convocation - entrevue - Conseillère ou conseiller en politiques (concours 10410RS-2026-22)",
                  d1, mid(cid, 1, "cliniquejuridique-outaouais.example")), text=t, text_cte="quoted-printable")
    both = [kar[1], lp[1]]
    case(cid, [("01-forwarded-convocation.eml", m)],
         lab([iv("Ministère des Régions et de l'Économie sociale", "Conseillère ou conseiller en politiques", s, e,
                 "scheduled", both, both, "onsite")], "hard", "positive/forwarded",
             "Owner forwards a French convocation from her old work address to herself (TR:, Outlook header block); "
             "'mercredi 20 mai 2026 à 9 h 45', 45 min, two-member committee."))


# --- 13 "noon tomorrow" call thread ---------------------------------------------------------
def c13():
    cid = "b63-13-commissioner-office-noon-tomorrow-call"
    s, e = T(TOR, 2026, 3, 24, 12, 0), T(TOR, 2026, 3, 24, 12, 20)
    d1, d2 = T(TOR, 2026, 3, 23, 16, 10), T(TOR, 2026, 3, 23, 17, 2)
    dom = "oftc-bctf.example"
    ben = ("Ben Okonkwo-Hale", f"ben.okonkwo-hale@{dom}")
    sig = """Ben Okonkwo-Hale
Staffing Advisor | Office of the Fiscal Transparency Commissioner
Bureau du commissaire à la transparence fiscale
90 Elgin St, Ottawa ON K1P 5E9 | 613-555-0121"""
    t1 = f"""Hi Noémie,

I'm handling staffing for our Economic Policy Analyst (EC-05) opening. Before we line up the full board I'd like to do a short screening call - roughly 20 minutes - to go over your application and your language profile.

Could we do noon tomorrow? If not, Wednesday morning also works.

Ben

{sig}
"""
    m1 = mail(hdrs(f"{ben[0]} <{ben[1]}>", OWNER_FULL, "Economic Policy Analyst - screening call", d1,
                   mid(cid, 1, dom)), text=t1)
    t2 = f"""Perfect - I'll call your cell (613-555-0164) at noon tomorrow. Talk then!

Ben

{sig}

-----Original Message-----
From: Noémie Adjei-Bouchard <{OWNER}>
Sent: March 23, 2026 4:48 PM
To: Ben Okonkwo-Hale <{ben[1]}>
Subject: Re: Economic Policy Analyst - screening call

Hi Ben, noon tomorrow works for me. My cell is 613-555-0164.
Thank you,
Noémie
"""
    m2 = mail(hdrs(f"{ben[0]} <{ben[1]}>", OWNER_FULL, "RE: Economic Policy Analyst - screening call", d2,
                   mid(cid, 2, dom), extra=[("In-Reply-To", f"<r-{cid}@mail.example>"),
                                             ("References", f"{mid(cid, 1, dom)} <r-{cid}@mail.example>")]),
              text=t2)
    case(cid, [("01-screening-proposal.eml", m1), ("02-confirmation.eml", m2)],
         lab([iv("Office of the Fiscal Transparency Commissioner", "Economic Policy Analyst (EC-05)", s, e, "scheduled",
                 [ben[1]], [ben[1]], "phone_screen")], "medium", "positive/email-body-only",
             "'noon tomorrow' resolved against Mon Mar 23 -> Tue Mar 24 12:00 EDT, ~20 minutes."))


# ============================================================================= NEGATIVES
def c14():
    cid = "b63-14-neg-second-language-oral-test"
    s, e = T(TOR, 2026, 4, 30, 9, 0), T(TOR, 2026, 4, 30, 9, 40)
    d1 = T(TOR, 2026, 4, 16, 10, 3)
    t = f"""(English follows)

Bonjour,

Vous êtes convoqué(e) à l'Évaluation de langue seconde - Test d'expression orale (français), dans le cadre du processus 26-EIC-NCR-118204.

Date : le {fr_date(s)}
Heure : {fr_h(s)} (HAE)
Durée : de 20 à 40 minutes
Mode : par téléphone. Une évaluatrice ou un évaluateur vous appellera au numéro inscrit à votre dossier.

Le test prend la forme d'une conversation. Vous n'avez pas besoin de vous préparer.

---

Hello,

You are invited to the Second Language Evaluation - Test of Oral Proficiency (French) for selection process 26-EIC-NCR-118204.

Date: {en_date(s)}
Time: {gc_t(s)} (EDT)
Duration: 20 to 40 minutes
Format: by telephone. An evaluator will call you at the number in your file.

The test takes the form of a conversation. No preparation is required.

Centre d'évaluation linguistique | Language Assessment Centre
Commission de la dotation fédérale | Federal Staffing Commission
Ce courriel est envoyé automatiquement. | This e-mail is sent automatically.
"""
    cal = ics("REQUEST", "-//FSC-CDF//ELS-SLE Scheduler//FR", "els-to-2026-0430-55180@fsc-cdf.example", s, e,
              "ELS - Test d'expression orale / SLE - Test of Oral Proficiency",
              ("Centre d'évaluation linguistique", "els-sle.noreply@fsc-cdf.example"), [(OWNER_NAME, OWNER)], d1,
              location="Téléphone / Telephone")
    m = mail(hdrs("Évaluation de langue seconde / Second Language Evaluation <els-sle.noreply@fsc-cdf.example>",
                  OWNER_FULL, "Convocation - Test d'expression orale / Invitation - Test of Oral Proficiency", d1,
                  mid(cid, 1, "fsc-cdf.example")), text=t, text_cte="quoted-printable", attach=cal,
             attach_name="ELS-SLE.ics", attach_type=("text", "calendar"))
    case(cid, [("01-sle-oral-test.eml", m)],
         lab([], "hard", "negative/language-test",
             "Second-language oral proficiency test by phone with an evaluator (bilingual convocation + .ics): "
             "an assessment, not a selection interview."))


def c15():
    cid = "b63-15-neg-security-screening-fingerprints"
    s, e = T(TOR, 2026, 5, 6, 8, 15), T(TOR, 2026, 5, 6, 8, 35)
    d1 = T(TOR, 2026, 4, 29, 13, 40)
    html = f"""<html><body style="font-family:Arial,sans-serif">
<p>Hello Noémie Adjei-Bouchard,</p>
<p>As part of the reliability status / secret clearance required for your conditional offer with
Inland Waters and Climate Canada, you must provide fingerprints. Your appointment has been booked:</p>
<p><b>Appointment:</b> {en_date(s)} at {gc_t(s)}<br>
<b>Location:</b> Sentinel Fingerprint Services, 99 Bank Street, Suite 410, Ottawa ON<br>
<b>Bring:</b> two pieces of government-issued ID and the attached form TBS/SCT 330-23.</p>
<p>If you need to reschedule,
contact the Personnel Security Screening unit: <a href="mailto:securite-security@eic-iwc.example">securite-security@eic-iwc.example</a>
or 819-555-0100.</p>
<p>Personnel Security Screening | Filtrage de sécurité du personnel<br>Inland Waters and Climate Canada</p>
</body></html>"""
    cal = ics("REQUEST", "-//Sentinel Fingerprint Services//Booking//EN", "sfs-bk-44180217@sentinel-fps.example",
              s, e, "Fingerprinting appointment - security screening", ("Sentinel Fingerprint Services",
                                                                        "booking@sentinel-fps.example"),
              [(OWNER_NAME, OWNER)], d1, location="99 Bank Street, Suite 410, Ottawa ON")
    m = mail(hdrs("Personnel Security Screening (EIC/IWC) <securite-security@eic-iwc.example>", OWNER_FULL,
                  "Security screening - fingerprinting appointment / Filtrage de sécurité - prise d'empreintes",
                  d1, mid(cid, 1, "eic-iwc.example")), html=html, attach=cal, attach_name="appointment.ics",
             attach_type=("text", "calendar"))
    case(cid, [("01-fingerprint-appointment.eml", m)],
         lab([], "medium", "negative/security-screening",
             "Fingerprint appointment for security screening after a conditional offer; dated, with .ics."))


def c16():
    cid = "b63-16-neg-union-info-session-teams"
    s, e = T(TOR, 2026, 4, 15, 12, 0), T(TOR, 2026, 4, 15, 13, 0)
    d1 = T(TOR, 2026, 4, 7, 10, 12)
    org = ("Guilde des employé(e)s fédéraux - Région de la capitale", "education-ncr@feg-gef.example")
    text = f"""{outlook_when(s, e)}
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Lunch & Learn: Your rights in staffing processes / Vos droits en dotation

Heading into an interview, an informal discussion or a reference check? Our staffing experts will explain what managers can and cannot ask, how assessment boards work, how to request feedback after a rejection, and when to file a complaint. Open to members and prospective members.

Bring your questions!
Federal Employees' Guild - National Capital Region | 233 Gilmour St, Ottawa | 613-555-0150

{teams('ZmVnLWx1bmNoLWxlYXJu', '271 554 600 172', 'Gf8uJm', '50', '337 104 882')}
"""
    cal = ics("REQUEST", "Microsoft Exchange Server 2010",
              "040000008200E00074C5B7101A82E00800000000FEG0GUILDLUNCHLEARN0000000000000010000000AB12CD34",
              s, e, "Lunch & Learn: Your rights in staffing processes (interviews, assessments)", org,
              [(OWNER_NAME, OWNER, "OPT-PARTICIPANT")], d1, description=text, location="Microsoft Teams Meeting",
              tzid="Eastern Standard Time", exchange=True)
    m = mail(hdrs(f"{org[0]} <{org[1]}>", "NCR Members <members-ncr@feg-gef.example>",
                  "Lunch & Learn: Your rights in staffing processes (interviews, assessments)", d1,
                  mid(cid, 1, "feg-gef.example"), extra=outlook_extra("Lunch & Learn")), text=text,
             text_cte="quoted-printable", cal=cal)
    case(cid, [("01-union-lunch-and-learn.eml", m)],
         lab([], "medium", "negative/info-session",
             "Union Teams info session about rights in staffing (mentions interviews, boards); owner is optional attendee."))


def c17():
    cid = "b63-17-neg-rejection-after-board-interview"
    d1 = T(TOR, 2026, 5, 19, 8, 30)
    prev = T(TOR, 2026, 5, 5, 10, 0)
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p><b>Résultat - processus 26-CSSA-EA-2231 / Result - process 26-CSSA-EA-2231</b></p>
<p>Bonjour Noémie Adjei-Bouchard,</p>
<p>Nous vous remercions d'avoir participé à l'entrevue du {fr_date(prev)}. Après évaluation, nous regrettons
de vous informer que vous n'avez pas satisfait au critère de mérite « Capacité à communiquer oralement ».
Vous ne serez donc pas considéré(e) davantage dans ce processus. Vous pouvez demander une discussion informelle
auprès de Mme Chloé Arsenault (chloe.arsenault@cssa-acsg.example) dans les 10 jours.</p>
<hr>
<p>Hello Noémie Adjei-Bouchard,</p>
<p>Thank you for attending the interview on {en_date(prev)}. Following the assessment, we regret to inform you
that you did not meet the merit criterion "Ability to communicate orally". You will therefore not be given
further consideration in this process. You may request an informal discussion with Ms. Chloé Arsenault
(chloe.arsenault@cssa-acsg.example) within 10 days.</p>
<p>Canadian Seed Security Agency | Agence canadienne de sécurité des semences</p>
<p style="font-size:11px;color:#777">EmploisFédéraux | FedJobs - ne pas répondre / do not reply</p></body></html>"""
    m = mail(hdrs("EmploisFédéraux | FedJobs <ne-pas-repondre.no-reply@fedjobs-emploisfed.example>", OWNER_FULL,
                  "Résultat / Result - 26-CSSA-EA-2231 - Analyste des politiques / Policy Analyst (EC-04)", d1,
                  mid(cid, 1, "fedjobs-emploisfed.example")), html=html, html_cte="base64")
    case(cid, [("01-result-unsuccessful.eml", m)],
         lab([], "medium", "negative/rejection",
             "Bilingual portal rejection referring to a past interview date and offering an 'informal discussion'."))


def c18():
    cid = "b63-18-neg-expression-of-interest-pool"
    d1 = T(TOR, 2026, 4, 3, 11, 0)
    t = """(Le français suit)

Hello,

Congratulations! Following the assessment of your application for the Expression of Interest - Policy Analysts (EC-04/EC-05), you have been placed in a pool of qualified candidates (pool 26-FSC-EOI-POL-03), valid for 12 months.

Hiring managers across departments may contact you directly to schedule an interview, an informal discussion or a reference check. There is no action required at this time and no interview has been scheduled. Please keep your FedJobs profile and availability up to date.

Félicitations! À la suite de l'évaluation de votre candidature à l'Expression d'intérêt - Analystes des politiques (EC-04/EC-05), vous avez été placé(e) dans un bassin de candidat(e)s qualifié(e)s (bassin 26-FSC-EOI-POL-03), valide 12 mois.

Des gestionnaires de divers ministères pourraient communiquer avec vous pour planifier une entrevue, une discussion informelle ou une vérification des références. Aucune action n'est requise pour l'instant.

FedJobs | EmploisFédéraux - Federal Staffing Commission / Commission de la dotation fédérale
"""
    m = mail(hdrs("EmploisFédéraux | FedJobs <ne-pas-repondre.no-reply@fedjobs-emploisfed.example>", OWNER_FULL,
                  "Placement in a pool / Placement dans un bassin - 26-FSC-EOI-POL-03", d1,
                  mid(cid, 1, "fedjobs-emploisfed.example")), text=t, text_cte="quoted-printable")
    case(cid, [("01-pool-notice.eml", m)],
         lab([], "medium", "negative/pool-notice", "Pool placement notice; managers 'may contact you to schedule an interview'; no date."))


def c19():
    cid = "b63-19-neg-webinar-acing-public-service-interview"
    s, e = T(TOR, 2026, 4, 8, 12, 0), T(TOR, 2026, 4, 8, 13, 0)
    d1 = T(TOR, 2026, 4, 1, 7, 45)
    html = f"""<html><body style="font-family:Georgia,serif">
<h2>Acing the public service interview</h2>
<p>Free webinar &middot; {en_date(s)} &middot; noon to 1 p.m. ET</p>
<p>Behavioural questions, the STAR method, what assessment boards look for, and how to handle the
"Tell us about a time..." question in your second official language. Presented by former board chair
Yvette Kamanzi.</p>
<p><a href="https://obcn.example/zoom/acing-ps-interview">Register / join on Zoom</a> &ndash; calendar file attached.</p>
<p>Ottawa Bilingual Careers Network &middot; 1 Nicholas St, Ottawa &middot; <a href="https://obcn.example/unsubscribe">Unsubscribe</a></p>
</body></html>"""
    cal = ics("PUBLISH", "-//Zoom Video Communications//Webinar//EN", "zw-93114581220@zoom.example", s, e,
              "Webinar: Acing the public service interview", ("Ottawa Bilingual Careers Network", "events@obcn.example"),
              [], d1, description="Zoom webinar. https://obcn.example/zoom/acing-ps-interview", location="Zoom")
    m = mail(hdrs("Ottawa Bilingual Careers Network <events@obcn.example>", OWNER_FULL,
                  "You're registered: Acing the public service interview (Apr 8, noon ET)", d1,
                  mid(cid, 1, "obcn.example"), extra=[("List-Unsubscribe", "<https://obcn.example/unsubscribe>")]),
             html=html, attach=cal, attach_name="webinar.ics", attach_type=("text", "calendar"))
    case(cid, [("01-webinar-registration.eml", m)],
         lab([], "easy", "negative/webinar", "Registered webinar on public-service interviews with a Zoom .ics."))


def c20():
    cid = "b63-20-neg-owner-asked-to-sit-on-selection-board"
    s, e = T(TOR, 2026, 5, 26, 9, 0), T(TOR, 2026, 5, 26, 16, 0)
    d1, d2 = T(TOR, 2026, 5, 8, 9, 14), T(TOR, 2026, 5, 11, 14, 30)
    dom = "lfbc-ccfj.example"
    mgr = ("Patrice Gendron-Ali", f"patrice.gendron-ali@{dom}")
    t1 = f"""Hi Noémie,

Hope you're well! We're running a PM-04 Program Officer process and I need a third board member with policy background for the interviews. Would you be willing to sit on the selection board? We'd interview six candidates on {en_date(s)}, 9:00 to 4:00, at our office (151 Sparks St). Marie-Ève and I are the other two members.

I know you're job hunting yourself - totally understand if the timing doesn't work.

Patrice

Patrice Gendron-Ali
Director, Programs | Legal Foundation for Bilingual Communities
151 Sparks St, Suite 800, Ottawa ON | 613-555-0133
"""
    m1 = mail(hdrs(f"{mgr[0]} <{mgr[1]}>", OWNER_FULL, "Favour to ask - selection board for PM-04 interviews", d1,
                   mid(cid, 1, dom)), text=t1)
    t2 = f"""{outlook_when(s, e)}
Where: 151 Sparks St, Boardroom 8B

*~*~*~*~*~*~*~*~*~*

Thanks so much for agreeing to help, Noémie. Candidate schedule and rating guide to follow. Board: P. Gendron-Ali (chair), M.-È. Cloutier, N. Adjei-Bouchard.
"""
    cal = ics("REQUEST", "Microsoft Exchange Server 2010",
              "040000008200E00074C5B7101A82E00800000000LFBCPM04BOARD2026052600000000000010000000C0FFEE01",
              s, e, "Selection board - PM-04 Program Officer - candidate interviews", mgr,
              [(OWNER_NAME, OWNER), ("Marie-Ève Cloutier", f"marie-eve.cloutier@{dom}")], d2, description=t2,
              location="151 Sparks St, Boardroom 8B", tzid="Eastern Standard Time", exchange=True)
    m2 = mail(hdrs(f"{mgr[0]} <{mgr[1]}>", f"{OWNER_FULL}, Marie-Ève Cloutier <marie-eve.cloutier@{dom}>",
                   "Selection board - PM-04 Program Officer - candidate interviews", d2, mid(cid, 2, dom),
                   extra=outlook_extra("Selection board - PM-04")), text=t2, cal=cal)
    case(cid, [("01-request.eml", m1), ("02-board-invite.eml", m2)],
         lab([], "hard", "negative/user-is-interviewer",
             "Owner is asked to sit on a selection board and receives an Outlook invite for candidate interviews."))


def c21():
    cid = "b63-21-neg-written-exam-convocation"
    s, e = T(TOR, 2026, 4, 18, 9, 0), T(TOR, 2026, 4, 18, 12, 0)
    d1 = T(TOR, 2026, 4, 8, 15, 55)
    html = f"""<html><body style="font-family:Arial,sans-serif">
<p style="color:#666">(English follows)</p>
<h3>Convocation à un examen écrit</h3>
<p>Processus 26-NHSA-IA-00412 - Analyste principal(e) des politiques (EC-05)</p>
<p>L'examen écrit (en ligne, surveillé) aura lieu le <b>{fr_date(s)}, de {fr_h(s)} à {fr_h(e)} (HAE)</b>.
Le lien vous sera transmis 30 minutes avant le début. Les candidat(e)s retenu(e)s seront ensuite convoqué(e)s à une entrevue.</p>
<hr>
<h3>Invitation to a written exam</h3>
<p>Process 26-NHSA-IA-00412 - Senior Policy Analyst (EC-05)</p>
<p>The written exam (online, proctored) will take place on <b>{en_date(s)}, from {gc_t(s)} to {gc_t(e)} (EDT)</b>.
The link will be sent 30 minutes before the start. Successful candidates will then be invited to an interview.</p>
<p>Questions: Mélissa Thibodeau-Ng, melissa.thibodeau-ng@nhsa-asns.example</p>
</body></html>"""
    cal = ics("REQUEST", "-//FedJobs//Assessment Scheduler//EN", "exam-26-nhsa-00412-0418@fedjobs-emploisfed.example",
              s, e, "Examen écrit / Written exam - 26-NHSA-IA-00412", ("FedJobs", "ne-pas-repondre.no-reply@fedjobs-emploisfed.example"),
              [(OWNER_NAME, OWNER)], d1, location="En ligne / Online (proctored)")
    m = mail(hdrs("EmploisFédéraux | FedJobs <ne-pas-repondre.no-reply@fedjobs-emploisfed.example>", OWNER_FULL,
                  "Convocation à un examen écrit / Invitation to a written exam - 26-NHSA-IA-00412", d1,
                  mid(cid, 1, "fedjobs-emploisfed.example")), html=html, attach=cal, attach_name="examen-exam.ics",
             attach_type=("text", "calendar"))
    case(cid, [("01-written-exam.eml", m)],
         lab([], "hard", "negative/written-exam", "Proctored written exam with date/time and .ics; interview only mentioned as a later step."))


def c22():
    cid = "b63-22-neg-owner-is-reference-google-invite"
    s, e = T(TOR, 2026, 5, 14, 15, 0), T(TOR, 2026, 5, 14, 15, 20)
    d1 = T(TOR, 2026, 5, 12, 10, 6)
    dom = "reseau-eau-douce.example"
    hr = ("Sandrine Obame", f"sandrine.obame@{dom}")
    title = "Reference check - Malik Traoré (candidate, Program Officer) - call with Noémie Adjei-Bouchard"
    desc = ("Thank you for agreeing to act as a reference for Malik Traoré, a candidate for our Program Officer "
            "position. I will call you at 819-555-0187; about 20 minutes.")
    ptxt = f"""{title}
{s:%A} {s:%b} {s.day}, {s.year} ⋅ {g_t(s)} – {g_t(e)}
Eastern Time - Toronto

{desc}

Organizer
{hr[0]}
{hr[1]}

Guests
{hr[0]} - organizer
{OWNER}

Invitation from Google Calendar: https://calendar.google.com/calendar/
"""
    cal = ics("REQUEST", "-//Google Inc//Google Calendar 70.9054//EN", "7rr2refcheckmtraore@google.com", s, e,
              title, hr, [(hr[0], hr[1], "REQ-PARTICIPANT", "ACCEPTED"), (OWNER_NAME, OWNER)], d1,
              description=desc, location="Phone")
    m = mail(hdrs(f"{hr[0]} <{hr[1]}>", OWNER,
                  f"Invitation: {title} @ {s:%a} {s:%b} {s.day}, {s.year} {g_t(s)} - {g_t(e)} (EDT) ({OWNER})", d1,
                  f"<calendar-77d0e1aa-{cid[-6:]}@google.com>",
                  extra=[("Reply-To", f"{hr[0]} <{hr[1]}>"), ("Sender", "Google Calendar <calendar-notification@google.com>")]),
             text=ptxt, html="<html><body><pre>" + ptxt + "</pre></body></html>", cal=cal, cal_cte="8bit", attach=cal)
    case(cid, [("01-reference-call-invite.eml", m)],
         lab([], "hard", "negative/reference-check",
             "Google invite for a reference-check call in which the owner is the referee for another candidate."))


def main():
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              c14, c15, c16, c17, c18, c19, c20, c21, c22):
        f()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and name.startswith("b63-"):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        os.makedirs(os.path.join(HERE, cid))
        for fname, data in items:
            with open(os.path.join(HERE, cid, fname), "wb") as fh:
                fh.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# blind63 labels - written blind, synthetic. See README.md.\n")
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=110)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
