#!/usr/bin/env python3
"""Generate the blind11 evaluation set (international job seekers, non-US vendors).

Deterministic: stdlib + PyYAML + zoneinfo. Rewrites every case folder and labels.yaml.
All people, companies and domains are invented (.example / example.com).
"""
import hashlib
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = {}
LABELS = {}
UTC = timezone.utc


def T(s, zone):
    """Local wall time -> aware datetime (offset computed by zoneinfo)."""
    return datetime.fromisoformat(s).replace(tzinfo=ZoneInfo(zone))


def iso(d):
    return d.isoformat() if d is not None else None


def h(*parts):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


# ---------------------------------------------------------------- iCalendar
def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > limit:
            out.append(cur)
            cur, limit = b"", 74
        cur += cb
    out.append(cur)
    return "\r\n ".join(x.decode("utf-8") for x in out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def off(td):
    mins = int(td.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"{sign}{mins // 60:02d}{mins % 60:02d}"


RULES = {  # (to-daylight rule, time) , (to-standard rule, time)
    "EU": (("FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "020000"), ("FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "030000")),
    "AU": (("FREQ=YEARLY;BYMONTH=10;BYDAY=1SU", "020000"), ("FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", "030000")),
}


def vtimezone(tzid, iana, family="EU", ms=False):
    z = ZoneInfo(iana)
    a = datetime(2026, 1, 15, 12, tzinfo=z).utcoffset()
    b = datetime(2026, 7, 15, 12, tzinfo=z).utcoffset()
    std, dst = min(a, b), max(a, b)
    base = "16010101" if ms else "19700101"
    L = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if std == dst:
        L += ["BEGIN:STANDARD", f"DTSTART:{base}T000000", f"TZOFFSETFROM:{off(std)}",
              f"TZOFFSETTO:{off(std)}", "END:STANDARD"]
    else:
        (drule, dtime), (srule, stime) = RULES[family]
        L += ["BEGIN:STANDARD", f"DTSTART:{base}T{stime}", f"TZOFFSETFROM:{off(dst)}",
              f"TZOFFSETTO:{off(std)}", f"RRULE:{srule}", "END:STANDARD",
              "BEGIN:DAYLIGHT", f"DTSTART:{base}T{dtime}", f"TZOFFSETFROM:{off(std)}",
              f"TZOFFSETTO:{off(dst)}", f"RRULE:{drule}", "END:DAYLIGHT"]
    L.append("END:VTIMEZONE")
    return L


def ut(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(d):
    return d.strftime("%Y%m%dT%H%M%S")


def calendar(events, method="REQUEST", prodid="-//Generic//EN", tzs=(), extra=()):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    L += list(extra)
    for t in tzs:
        L += t
    for e in events:
        L += e
    L.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in L) + "\r\n"


def vevent(uid, start, end, summary, organizer, attendees, stamp, description=None, location=None,
           tzid=None, seq=0, status="CONFIRMED", extra=()):
    L = ["BEGIN:VEVENT"]
    if tzid:
        L.append(f"DTSTART;TZID={tzid}:{loc(start)}")
        if end is not None:
            L.append(f"DTEND;TZID={tzid}:{loc(end)}")
    else:
        L.append(f"DTSTART:{ut(start)}")
        if end is not None:
            L.append(f"DTEND:{ut(end)}")
    L.append(f"DTSTAMP:{ut(stamp)}")
    if organizer:
        L.append(f'ORGANIZER;CN="{organizer[0]}":mailto:{organizer[1]}')
    L.append(f"UID:{uid}")
    for name, mail, *rest in attendees:
        role = rest[0] if rest else "REQ-PARTICIPANT"
        L.append(f'ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="{name}":mailto:{mail}')
    L += [f"CREATED:{ut(stamp)}", f"LAST-MODIFIED:{ut(stamp)}", f"SEQUENCE:{seq}", f"STATUS:{status}",
          f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    if description:
        L.append(f"DESCRIPTION:{esc(description)}")
    if location:
        L.append(f"LOCATION:{esc(location)}")
    L += list(extra)
    L.append("END:VEVENT")
    return L


# ---------------------------------------------------------------- e-mail
def mail(hdrs, text=None, html=None, cal=None, cal_method="REQUEST", attach=(), text_cte="quoted-printable",
         html_cte="quoted-printable", cal_cte="base64"):
    m = EmailMessage()
    late = [(k, v) for k, v in hdrs if k.lower().startswith("content-")]
    for k, v in hdrs:
        if not k.lower().startswith("content-"):
            m[k] = v
    if text is not None:
        m.set_content(text, cte=text_cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte)
    if cal is not None:
        m.add_alternative(cal.encode("utf-8"), maintype="text", subtype="calendar", cte=cal_cte,
                          params={"method": cal_method, "charset": "UTF-8"})
    for data, mt, st, fn in attach:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fn)
    for k, v in late:
        m[k] = v
    seed = h(*[v for _, v in hdrs])
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary(f"_{i:03d}_{seed[:20]}_")
    return m.as_bytes(policy=POLICY)


def hdr(owner, frm, to, subject, date, mid_domain, cc=None, reply_to=None, irt=None, refs=None, extra=()):
    mid = f"<{h(subject, date, frm)[:24]}@{mid_domain}>"
    H = [("Delivered-To", owner),
         ("Received", f"from {mid_domain} by mx.mail.example with ESMTPS id {h(mid)[:12]}; "
                      f"{format_datetime(date)}"),
         ("Date", format_datetime(date)), ("From", frm), ("To", to)]
    if cc:
        H.append(("Cc", cc))
    if reply_to:
        H.append(("Reply-To", reply_to))
    H += [("Subject", subject), ("Message-ID", mid)]
    if irt:
        H.append(("In-Reply-To", irt))
        H.append(("References", refs or irt))
    H += list(extra)
    H.append(("MIME-Version", "1.0"))
    return H, mid


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def html_of(text):
    import html as _h
    paras = text.strip("\n").split("\n\n")
    body = "".join("<p>" + _h.escape(p).replace("\n", "<br>") + "</p>\n" for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n' + body + "</div></body></html>\n")


def case(cid, items, label):
    CASES[cid] = items
    LABELS[cid] = label


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind}


def lab(user, interviews, difficulty, category, notes):
    return {"user": user, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


TEAMS_FR = """________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, application mobile ou appareil de salle
Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{id}%40thread.v2/0>
ID de la réunion : 381 552 907 164
Code secret : pX7eQ2
Télécharger Teams<https://www.microsoft.com/fr-fr/microsoft-teams/download-app> | Rejoindre sur le web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
En savoir plus<https://aka.ms/JoinTeamsMeeting> | Options de réunion<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""

TEAMS_EN = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{id}%40thread.v2/0>
Meeting ID: 417 260 883 915
Passcode: Zb4sK9
Download Teams<https://www.microsoft.com/en-za/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>
Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>
________________________________________________________________________________
"""

MS_EXTRA = ["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
            "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-LOCATIONS:[]"]
OUTLOOK_HDRS = [("Content-class", "urn:content-classes:calendarmessage"), ("X-MS-Has-Attach", ""),
                ("X-MS-TNEF-Correlator", "")]


def outlook_invite(owner, frm, to, subject, date, dom, lang, top, body, tzid, iana, start, end, organizer,
                   attendees, location, uid, cc=None, method="REQUEST", seq=0, status="CONFIRMED"):
    text = top + "\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body
    H, mid = hdr(owner, frm, to, subject, date, dom, cc=cc,
                 extra=[("Thread-Topic", subject), ("Accept-Language", lang), ("Content-Language", lang)] + OUTLOOK_HDRS)
    ev = vevent(uid, start, end, subject, organizer, attendees, date, description=text, location=location,
                tzid=tzid, seq=seq, status=status,
                extra=["CLASS:PUBLIC", "PRIORITY:5", f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
                       "X-MICROSOFT-CDO-OWNERAPPTID:-1290487135"] + MS_EXTRA)
    cal = calendar([ev], method=method, prodid="Microsoft Exchange Server 2010",
                   tzs=[vtimezone(tzid, iana, ms=True)])
    return mail(H, text=text, html=html_of(text), cal=cal, cal_method=method), mid


# ====================================================================== POSITIVES
def c01():
    owner = "lukas.brandstaetter@example.com"
    z = "Europe/Vienna"
    start, end = T("2026-03-18T10:00", z), T("2026-03-18T11:30", z)
    d1 = T("2026-03-09T11:12:40", z)
    sg = "stefan.gruber@alpenlicht-versicherung.example"
    body = f"""Sehr geehrter Herr Brandstätter,

vielen Dank für Ihre Bewerbung als Senior Controller (m/w/d) und Ihr Interesse an der Alpenlicht Versicherung AG. Ihre Unterlagen haben uns überzeugt – wir möchten Sie gerne persönlich kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch in unserem Büro ein:

Termin: Mittwoch, 18.03.2026, 10:00 Uhr (Dauer ca. 90 Minuten)
Ort: Alpenlicht Versicherung AG, Mariahilfer Straße 47, 4. Stock, 1060 Wien
Ihre Gesprächspartner: Mag. Claudia Huber (Leiterin Konzerncontrolling) und Stefan Gruber (HR Business Partner)

Bitte melden Sie sich am Empfang im Erdgeschoss. Die U3-Station Neubaugasse liegt direkt vor dem Haus, Parkplätze stehen leider nicht zur Verfügung.

Bitte bestätigen Sie den Termin über den folgenden Link oder mit einer kurzen Antwort an {sg}:
https://alpenlicht.dvinci-hr.example/de/p/termin/bestaetigen/8f3a21c7

Den Termin finden Sie zusätzlich als Kalenderdatei im Anhang.

Mit freundlichen Grüßen

Stefan Gruber
HR Business Partner
Alpenlicht Versicherung AG | Mariahilfer Straße 47 | 1060 Wien
Tel. +43 1 588 40-212
Firmenbuch FN 118822 k, Handelsgericht Wien

Diese Nachricht wurde über d.vinci HR-Systems versendet."""
    H, mid = hdr(owner, "Alpenlicht Versicherung AG <bewerbung@alpenlicht.dvinci-hr.example>",
                 "Lukas Brandstätter <lukas.brandstaetter@example.com>",
                 "Einladung zum Vorstellungsgespräch – Senior Controller (m/w/d)", d1, "alpenlicht.dvinci-hr.example",
                 reply_to=f"Stefan Gruber <{sg}>")
    ev = vevent(f"dvinci-{h('c01')[:16]}@alpenlicht.dvinci-hr.example", start, end,
                "Vorstellungsgespräch Senior Controller (m/w/d) – Alpenlicht Versicherung AG", ("Stefan Gruber", sg),
                [("Lukas Brandstätter", owner)], d1, location="Mariahilfer Straße 47, 4. Stock, 1060 Wien",
                description="Gesprächspartner: Mag. Claudia Huber, Stefan Gruber", tzid=z)
    ics = calendar([ev], prodid="-//d.vinci HR-Systems GmbH//Termin//DE", tzs=[vtimezone(z, z)])
    m1 = mail(H, text=body, html=html_of(body), attach=[(ics.encode(), "text", "calendar", "termin.ics")])
    d2 = T("2026-03-09T19:48:03", z)
    reply = f"""Sehr geehrter Herr Gruber,

vielen Dank für die Einladung. Den Termin am 18.03. um 10 Uhr bestätige ich gerne und freue mich auf das Gespräch mit Ihnen und Frau Mag. Huber.

Mit freundlichen Grüßen
Lukas Brandstätter
+43 664 123 45 67

Am Mo., 9. März 2026 um 11:12 schrieb Alpenlicht Versicherung AG <bewerbung@alpenlicht.dvinci-hr.example>:
{quote(body)}"""
    H2, _ = hdr(owner, "Lukas Brandstätter <lukas.brandstaetter@example.com>", f"Stefan Gruber <{sg}>",
                "AW: Einladung zum Vorstellungsgespräch – Senior Controller (m/w/d)", d2, "mail.example", irt=mid)
    m2 = mail(H2, text=reply)
    case("b11-01-dvinci-vienna-vorstellungsgespraech-in-person",
         [("01-dvinci-einladung.eml", m1), ("02-bestaetigung-reply.eml", m2)],
         lab(owner, [iv("Alpenlicht Versicherung AG", "Senior Controller (m/w/d)", start, end, "scheduled", [sg], [sg],
                        "onsite")], "medium", "positive/german-ats-in-person",
             "d.vinci mail + .ics, in person in Vienna, '18.03.2026, 10:00 Uhr (ca. 90 Minuten)'; panel of two, "
             "only the HR partner has an address; candidate confirms in German."))


def c02():
    owner = "camille.marchand@example.com"
    z = "Europe/Paris"
    tzid = "Romance Standard Time"
    start, end = T("2026-03-31T10:00", z), T("2026-03-31T11:15", z)
    d = T("2026-03-19T14:05:11", z)
    jp, tl, nb = "j.perrin@orfeo-logiciels.example", "t.lefevre@orfeo-logiciels.example", "n.benali@orfeo-logiciels.example"
    top = ("Quand : mardi 31 mars 2026 10:00-11:15 (UTC+01:00) Bruxelles, Copenhague, Madrid, Paris.\n"
           "Où : Réunion Microsoft Teams")
    body = """Bonjour Camille,

Comme convenu au téléphone, voici l'invitation pour votre entretien technique avec Thomas Lefèvre (Lead Developer) et Nadia Benali (Architecte logiciel). Prévoyez 1h15 : un quart d'heure de présentation croisée, 45 minutes d'exercice en live coding (Java / Spring, partage d'écran), puis vos questions.

Aucune préparation particulière n'est nécessaire, un IDE installé suffit.

Bonne préparation et à bientôt,

Julie Perrin
Chargée de recrutement – Orféo Logiciels
12 rue des Canuts, 69004 Lyon
+33 4 72 00 18 65

""" + TEAMS_FR.format(id="OrfeoQ2x8") 
    m, _ = outlook_invite(owner, f"Julie Perrin <{jp}>",
                          f"Camille Marchand <{owner}>, Thomas Lefèvre <{tl}>, Nadia Benali <{nb}>",
                          "Entretien technique – Camille Marchand – Développeuse Backend Java", d,
                          "PR1P264MB3321.FRAP264.PROD.OUTLOOK.COM", "fr-FR", top, body, tzid, z, start, end,
                          ("Julie Perrin", jp), [("Camille Marchand", owner), ("Thomas Lefèvre", tl), ("Nadia Benali", nb)],
                          "Réunion Microsoft Teams", "040000008200E00074C5B7101A82E00800000000B0C3A1D92FB5DC0100000000000000001000000071F3A4")
    case("b11-02-outlook-french-quand-utc-label-after-eu-dst",
         [("01-invitation-entretien-technique.eml", m)],
         lab(owner, [iv("Orféo Logiciels", "Développeuse Backend Java", start, end, "scheduled", [tl, nb], [tl, nb],
                        "onsite")], "hard", "positive/outlook-localized",
             "French Exchange invite 'Quand : mardi 31 mars 2026 10:00-11:15 (UTC+01:00) ... Paris' - the display "
             "label is the standard offset but 31 March is after EU DST (Mar 29) -> +02:00. Two interviewers."))


def c03():
    owner = "oskar.nystrom@example.com"
    z = "Europe/Stockholm"
    start, end = T("2026-04-09T09:30", z), T("2026-04-09T10:00", z)
    d = T("2026-03-30T15:21:09", z)
    eb = "elin.berg@fjallvind.example"
    body = """Hej Oskar!

Tack för att du bokade en tid. Här är detaljerna för din intervju:

Tjänst: Dataingenjör
Datum: torsdag 9 april 2026
Tid: 09.30–10.00 (svensk tid)
Plats: Telefon – jag ringer dig på 070-555 12 34
Med: Elin Berg, Talent Acquisition Partner

Det blir ett kort första samtal där vi pratar om din bakgrund, vad du söker och hur processen ser ut framåt. Inga förberedelser behövs.

Behöver du boka om? Använd länken nedan senast 24 timmar innan.
https://karriar.fjallvind.teamtailor.example/meetings/b41c9e/reschedule

Vänliga hälsningar
Elin Berg
Talent Acquisition Partner, Fjällvind Energi AB
Kungsgatan 31, 111 56 Stockholm"""
    H, _ = hdr(owner, "Elin Berg på Fjällvind Energi <no-reply@fjallvind.teamtailor-mail.example>",
               "Oskar Nyström <oskar.nystrom@example.com>", "Bekräftelse: Intervju med Fjällvind Energi – Dataingenjör",
               d, "teamtailor-mail.example", reply_to=f"Elin Berg <{eb}>")
    ev = vevent(f"tt-meeting-{h('c03')[:12]}@teamtailor-mail.example", start, end,
                "Intervju: Oskar Nyström / Fjällvind Energi (Dataingenjör)", ("Elin Berg", eb),
                [("Oskar Nyström", owner)], d, location="Telefon", description="Elin ringer dig på 070-555 12 34.")
    ics = calendar([ev], prodid="-//Teamtailor//Meetings//SV")
    m = mail(H, text=body, html=html_of(body), attach=[(ics.encode(), "text", "calendar", "intervju.ics")])
    case("b11-03-teamtailor-swedish-phone-screen-ics-utc",
         [("01-teamtailor-bekraftelse.eml", m)],
         lab(owner, [iv("Fjällvind Energi AB", "Dataingenjör", start, end, "scheduled", [eb], [eb], "phone_screen")],
             "easy", "positive/nordic-ats",
             "Swedish Teamtailor booking confirmation, 'torsdag 9 april 2026, 09.30–10.00 (svensk tid)', UTC .ics; "
             "recruiter calls the candidate (Reply-To)."))


def c04():
    owner = "rahul.deshpande@example.com"
    z = "Asia/Kolkata"
    start = T("2026-03-14T10:30", z)
    dv = "divya.r@talentbridgehr.example"
    d0 = T("2026-03-11T12:03:55", z)
    n = """Hi Rahul,

You have a new message from a recruiter on Naukri.

Divya Raghavan | TalentBridge HR Solutions
"Hi Rahul, we have an urgent requirement for Java Full Stack Developer with our client (product company, Bengaluru). Your profile matches. Kindly share your updated CV and the best time to call."

Reply to recruiter: https://www.naukri.example/mnjuser/inbox?msg=77120433

Recruiters are 3X more likely to respond to a complete profile. Update your profile now.

This is a system generated mail. Please do not reply.
Naukri.com - Jobs for you | Unsubscribe: https://www.naukri.example/unsub"""
    H0, _ = hdr(owner, "Naukri <recruiter-messages@naukri-mailer.example>", owner,
                "Divya from TalentBridge HR Solutions sent you a message", d0, "naukri-mailer.example")
    m0 = mail(H0, text=n, html=html_of(n))
    d1 = T("2026-03-11T18:42:17", z)
    body = f"""Dear Rahul,

Greetings from TalentBridge HR Solutions!!

As discussed over the call, your profile has been shortlisted by our client Nilgiri Datasystems Pvt. Ltd. for the position of Java Full Stack Developer (4-7 yrs). Please find the interview details below:

Interview Mode : Face to Face (In-person)
Round : Technical Round 1
Date : 14/03/2026 (Saturday)
Reporting Time : 10:30 AM
Venue : Nilgiri Datasystems Pvt. Ltd., 3rd Floor, Tower B, Kalyani Tech Enclave, Outer Ring Road, Marathahalli, Bengaluru - 560037
Landmark : Opp. Innovative Multiplex
Contact Person : Mr. Prakash Menon (Technical Lead)

Kindly carry:
1. Updated resume (2 copies)
2. One Govt. photo ID proof (Aadhaar / PAN)
3. Last 3 months payslips

Please reply to this mail with your confirmation at the earliest and share the below details:
Current CTC :
Expected CTC :
Notice Period :

Note: Kindly be on time. Please mention TalentBridge as the reference at the security desk.

Thanks & Regards,
Divya Raghavan
Sr. Technical Recruiter | TalentBridge HR Solutions
M: +91 98450 12345 | {dv}
#42, 2nd Cross, HSR Layout Sector 6, Bengaluru - 560102"""
    H1, mid = hdr(owner, f"Divya Raghavan <{dv}>", owner,
                  "Interview Confirmation - Nilgiri Datasystems - Java Full Stack Developer - F2F - 14/03/2026", d1,
                  "talentbridgehr.example")
    m1 = mail(H1, text=body)
    d2 = T("2026-03-11T21:05:40", z)
    reply = f"""Hi Divya,

Thanks for the update. I confirm my availability for the F2F interview on 14/03/2026 at 10:30 AM.

PFB the details:
Current CTC : 14.5 LPA
Expected CTC : 20 LPA
Notice Period : 30 days (serving)

Regards,
Rahul Deshpande
+91 99001 23456

On Wed, 11 Mar 2026 at 18:42, Divya Raghavan <{dv}> wrote:
{quote(body)}"""
    H2, _ = hdr(owner, f"Rahul Deshpande <{owner}>", f"Divya Raghavan <{dv}>",
                "Re: Interview Confirmation - Nilgiri Datasystems - Java Full Stack Developer - F2F - 14/03/2026", d2,
                "mail.example", irt=mid)
    m2 = mail(H2, text=reply)
    case("b11-04-india-staffing-agency-f2f-bengaluru",
         [("01-naukri-recruiter-message.eml", m0), ("02-agency-interview-confirmation.eml", m1),
          ("03-candidate-confirms.eml", m2)],
         lab(owner, [iv("Nilgiri Datasystems", "Java Full Stack Developer", start, None, "scheduled", [], [dv],
                        "technical")], "medium", "positive/india-staffing-agency",
             "Naukri recruiter-message notification, then staffing agency F2F interview 'Date : 14/03/2026, "
             "Reporting Time : 10:30 AM' at client office; no duration; interviewer has no address -> agency recruiter."))


def c05():
    owner = "sophie.whitfield@example.com"
    z = "Europe/London"
    start, end = T("2026-03-13T15:00", z), T("2026-03-13T16:00", z)
    ta, pc = "tom.ashworth@harrowgate.example", "priya.chandran@harrowgate.example"
    d1 = T("2026-03-02T09:14:27", z)
    b1 = """Hi Sophie,

Great speaking on Friday. Priya (our Head of Data) would like to meet you in person for the next stage. Would any of these work?

- Thursday 12th March, 11:00
- Friday 13th March, 15:00
- Monday 16th March, 09:30

It'd be about an hour, at our office in Farringdon.

Cheers,
Tom

Tom Ashworth | Talent Partner | Harrowgate Analytics
+44 (0)20 7946 0312"""
    H1, mid1 = hdr(owner, f"Tom Ashworth <{ta}>", f"Sophie Whitfield <{owner}>",
                   "Next steps - Senior Data Analyst", d1, "harrowgate.example")
    m1 = mail(H1, text=b1)
    d2 = T("2026-03-02T12:40:03", z)
    b2 = f"""Hi Tom,

Friday 13th at 3pm works best for me - thank you!

Sophie

On Mon, 2 Mar 2026 at 09:14, Tom Ashworth <{ta}> wrote:
{quote(b1)}"""
    H2, mid2 = hdr(owner, f"Sophie Whitfield <{owner}>", f"Tom Ashworth <{ta}>", "Re: Next steps - Senior Data Analyst",
                   d2, "mail.example", irt=mid1)
    m2 = mail(H2, text=b2)
    d3 = T("2026-03-03T10:02:51", z)
    b3 = f"""Hi Sophie,

Brilliant - that's confirmed: Friday 13th March, 15:00-16:00 with Priya Chandran (Head of Data), cc'd here.

Address: Harrowgate Analytics, 4th Floor, 21 Cowcross Street, London EC1M 6DR. Nearest tube is Farringdon (2 min walk). Ask for me at reception and I'll bring you up.

No need to prepare slides - Priya will walk through a couple of real problems the team is working on.

Cheers,
Tom

On Mon, 2 Mar 2026 at 12:40, Sophie Whitfield <{owner}> wrote:
{quote(b2)}"""
    H3, _ = hdr(owner, f"Tom Ashworth <{ta}>", f"Sophie Whitfield <{owner}>", "Re: Next steps - Senior Data Analyst", d3,
                "harrowgate.example", cc=f"Priya Chandran <{pc}>", irt=mid2, refs=f"{mid1} {mid2}")
    m3 = mail(H3, text=b3, html=html_of(b3))
    case("b11-05-uk-thread-friday-13th-march-in-person",
         [("01-options.eml", m1), ("02-picks-friday.eml", m2), ("03-confirmed.eml", m3)],
         lab(owner, [iv("Harrowgate Analytics", "Senior Data Analyst", start, end, "scheduled", [pc], [pc],
                        "hiring_manager")], "medium", "positive/thread-propose-confirm",
             "UK thread: three options, candidate picks 'Friday 13th at 3pm', confirmed 15:00-16:00 GMT in person "
             "in London with the Head of Data (cc'd)."))


def c06():
    owner = "daan.vermeulen@example.com"
    z = "Europe/Amsterdam"
    start, end = T("2026-04-08T13:00", z), T("2026-04-08T14:00", z)
    sv, bj = "sanne.devries@polderlicht.example", "bram.jansen@polderlicht.example"
    uid = f"recruitee-event-{h('c06')[:14]}@recruitee-mail.example"
    d1 = T("2026-03-26T16:30:12", z)
    b1 = """Beste Daan,

Bedankt voor je sollicitatie en het leuke portfolio! We nodigen je graag uit voor een eerste gesprek.

Wanneer: woensdag 8 april 2026, 13:00 - 14:00 (CEST)
Waar: Polderlicht kantoor, Keizersgracht 174, 1016 DW Amsterdam (bel aan bij 2e etage)
Met: Sanne de Vries (Recruiter) en Bram Jansen (Design Lead)

Neem gerust een of twee cases mee die je graag wilt laten zien. De uitnodiging zit ook als bijlage (.ics) bij deze mail.

Tot dan!

Groet,
Sanne de Vries
Recruiter | Polderlicht B.V.
+31 20 555 0147"""
    H1, mid = hdr(owner, "Polderlicht B.V. <no-reply@polderlicht.recruitee-mail.example>", owner,
                  "Uitnodiging sollicitatiegesprek – Product Designer", d1, "recruitee-mail.example",
                  reply_to=f"Sanne de Vries <{sv}>")
    ev1 = vevent(uid, start, end, "Sollicitatiegesprek Product Designer – Daan Vermeulen", ("Sanne de Vries", sv),
                 [("Daan Vermeulen", owner), ("Bram Jansen", bj)], d1, tzid=z,
                 location="Keizersgracht 174, 1016 DW Amsterdam")
    ics1 = calendar([ev1], prodid="-//Recruitee//Events//NL", tzs=[vtimezone(z, z)])
    m1 = mail(H1, text=b1, html=html_of(b1), attach=[(ics1.encode(), "text", "calendar", "uitnodiging.ics")])
    d2 = T("2026-04-06T09:47:30", z)
    b2 = """Beste Daan,

Helaas moeten we het gesprek van aanstaande woensdag (8 april, 13:00) annuleren. De vacature voor Product Designer is per direct on hold gezet vanwege een herziening van onze planning voor dit jaar. Het spijt me enorm dat ik dit zo kort van tevoren moet laten weten.

Met jouw toestemming bewaren we je gegevens, zodat we contact kunnen opnemen zodra de rol weer open gaat.

Groet,
Sanne de Vries
Recruiter | Polderlicht B.V."""
    H2, _ = hdr(owner, "Polderlicht B.V. <no-reply@polderlicht.recruitee-mail.example>", owner,
                "Geannuleerd: Sollicitatiegesprek – Product Designer", d2, "recruitee-mail.example",
                reply_to=f"Sanne de Vries <{sv}>", irt=mid)
    ev2 = vevent(uid, start, end, "Geannuleerd: Sollicitatiegesprek Product Designer – Daan Vermeulen",
                 ("Sanne de Vries", sv), [("Daan Vermeulen", owner), ("Bram Jansen", bj)], d2, tzid=z, seq=1,
                 status="CANCELLED", location="Keizersgracht 174, 1016 DW Amsterdam")
    ics2 = calendar([ev2], method="CANCEL", prodid="-//Recruitee//Events//NL", tzs=[vtimezone(z, z)])
    m2 = mail(H2, text=b2, html=html_of(b2), attach=[(ics2.encode(), "text", "calendar", "annulering.ics")])
    case("b11-06-recruitee-dutch-wanneer-then-cancelled",
         [("01-uitnodiging.eml", m1), ("02-geannuleerd.eml", m2)],
         lab(owner, [iv("Polderlicht B.V.", "Product Designer", start, end, "cancelled", [sv, bj], [sv, bj], "onsite")],
             "medium", "positive/cancellation",
             "Dutch Recruitee invite 'Wanneer: woensdag 8 april 2026, 13:00 - 14:00 (CEST)' + .ics, then "
             "cancellation mail with METHOD:CANCEL (role on hold)."))


def c07():
    owner = "weiling.tan@example.com"
    zs, zl = "Asia/Singapore", "Africa/Lagos"
    s1, e1 = T("2026-03-10T16:30", zs), T("2026-03-10T17:00", zs)
    s2, e2 = T("2026-03-13T11:00", zl), T("2026-03-13T12:00", zl)
    jk = "jasmine.koh@merlionpay.example"
    an = "adaeze.nwosu@ekoledger.example"
    tb, fa = "tunde.bakare@ekoledger.example", "funke.adeyemi@ekoledger.example"
    d1 = T("2026-03-06T11:08:00", zs)
    b1 = """Hi Wei Ling,

Thanks for applying for the Senior QA Engineer role at Merlion Pay! I'd love to have a quick chat to learn more about your experience with test automation.

I've blocked Tue 10/3, 4.30-5pm SGT for a call - I'll ring you on +65 9123 4567. Do let me know if that timing doesn't work and we can shift it.

Cheers,
Jasmine Koh
Talent Acquisition | Merlion Pay Pte. Ltd.
80 Robinson Road, #14-02, Singapore 068898"""
    H1, _ = hdr(owner, f"Jasmine Koh <{jk}>", f"Tan Wei Ling <{owner}>", "Merlion Pay - Senior QA Engineer: quick call",
                d1, "merlionpay.example")
    m1 = mail(H1, text=b1, html=html_of(b1))
    d2 = T("2026-03-09T10:20:44", zl)
    b2 = f"""Dear Wei Ling,

Further to your application for the role of QA Automation Lead (Remote), we are pleased to invite you for a technical interview with our team.

Date: Friday 13th March, 2026
Time: 11:00hrs (WAT)
Duration: 1 hour
Venue: Google Meet - https://meet.google.com/eko-qall-tzn

The interview will hold with Mr. Tunde Bakare (CTO) and Mrs. Funke Adeyemi (QA Manager), both copied on this mail. Kindly note that you will be required to share your screen for a short practical exercise.

Kindly acknowledge receipt of this mail.

Best regards,

Adaeze Nwosu
HR Officer, Eko Ledger Technologies Ltd.
Plot 12, Adeola Odeku Street, Victoria Island, Lagos
+234 803 555 0192"""
    H2, mid2 = hdr(owner, f"Adaeze Nwosu <{an}>", owner,
                   "Invitation for Technical Interview - QA Automation Lead (Remote)", d2, "ekoledger.example",
                   cc=f"Tunde Bakare <{tb}>, Funke Adeyemi <{fa}>")
    m2 = mail(H2, text=b2)
    d3 = T("2026-03-09T19:02:10", zs)
    b3 = f"""Dear Adaeze,

Acknowledged with thanks. 11:00 WAT on Friday is 6pm here in Singapore, which works for me. Looking forward to speaking with Mr. Bakare and Mrs. Adeyemi.

Best regards,
Wei Ling

On Mon, 9 Mar 2026 at 5:20 PM, Adaeze Nwosu <{an}> wrote:
{quote(b2)}"""
    H3, _ = hdr(owner, f"Tan Wei Ling <{owner}>", f"Adaeze Nwosu <{an}>",
                "Re: Invitation for Technical Interview - QA Automation Lead (Remote)", d3, "mail.example",
                cc=f"Tunde Bakare <{tb}>, Funke Adeyemi <{fa}>", irt=mid2)
    m3 = mail(H3, text=b3)
    case("b11-07-singapore-screen-and-lagos-technical",
         [("01-merlion-call.eml", m1), ("02-eko-ledger-invite.eml", m2), ("03-acknowledged.eml", m3)],
         lab(owner, [iv("Merlion Pay", "Senior QA Engineer", s1, e1, "scheduled", [jk], [jk], "phone_screen"),
                     iv("Eko Ledger Technologies", "QA Automation Lead (Remote)", s2, e2, "scheduled", [tb, fa],
                        [tb, fa], "onsite")],
             "hard", "positive/two-interviews",
             "Singapore-based candidate: 'Tue 10/3, 4.30-5pm SGT' screen (DD/MM) with a Singapore fintech, plus a "
             "Lagos company 'Friday 13th March, 2026, 11:00hrs (WAT)', 1 hour, two interviewers in Cc."))


def c08():
    owner = "liam.mcallister@example.com"
    z = "Australia/Sydney"
    start, end = T("2026-04-07T11:00", z), T("2026-04-07T11:45", z)
    mt = "mia.thompson@coastlinefreight.example"
    uid = f"workable-{h('c08')[:20]}@workablemail.example"
    d1 = T("2026-04-01T14:33:08", z)
    b1 = """Hi Liam,

Your interview for Operations Analyst at Coastline Freight has been scheduled.

Tuesday, 7 April 2026
11:00 AM - 11:45 AM AEST (Australia/Sydney)

Video call: https://zoom.us/j/83311942076?pwd=cFreightOps
Interviewer: Mia Thompson, Senior Recruiter

Add to calendar: the invitation is attached to this email.

Need to make changes? Reply to this email and Mia will get back to you.

Good luck!
Coastline Freight Talent Team
Powered by Workable"""
    H1, mid1 = hdr(owner, "Coastline Freight <noreply@workablemail.example>", owner,
                   "Interview scheduled: Operations Analyst at Coastline Freight", d1, "workablemail.example",
                   reply_to=f"Mia Thompson <{mt}>")
    ev = vevent(uid, start, end, "Interview: Liam McAllister - Operations Analyst", ("Mia Thompson", mt),
                [("Liam McAllister", owner), ("Mia Thompson", mt)], d1, tzid=z,
                location="https://zoom.us/j/83311942076?pwd=cFreightOps")
    ics = calendar([ev], prodid="-//Workable//Calendar//EN", tzs=[vtimezone(z, z, family="AU")])
    m1 = mail(H1, text=b1, html=html_of(b1), attach=[(ics.encode(), "text", "calendar", "invite.ics")])
    d2 = T("2026-04-04T08:51:22", z)
    b2 = f"""Hi Mia,

Thanks so much for the opportunity and for your time so far. I've just accepted another offer, so I'd like to withdraw my application - I won't be attending Tuesday's interview.

Sorry for the short notice, and all the best with the search.

Cheers,
Liam

On Wed, 1 Apr 2026 at 2:33 pm, Coastline Freight <noreply@workablemail.example> wrote:
{quote(b1)}"""
    H2, mid2 = hdr(owner, f"Liam McAllister <{owner}>", f"Mia Thompson <{mt}>",
                   "Re: Interview scheduled: Operations Analyst at Coastline Freight", d2, "mail.example", irt=mid1)
    m2 = mail(H2, text=b2)
    d3 = T("2026-04-06T09:15:40", z)
    b3 = """Hi Liam,

Your interview for Operations Analyst at Coastline Freight on Tuesday, 7 April 2026 at 11:00 AM AEST has been canceled.

Coastline Freight Talent Team
Powered by Workable"""
    H3, _ = hdr(owner, "Coastline Freight <noreply@workablemail.example>", owner,
                "Interview canceled: Operations Analyst at Coastline Freight", d3, "workablemail.example",
                reply_to=f"Mia Thompson <{mt}>")
    ev3 = vevent(uid, start, end, "Interview: Liam McAllister - Operations Analyst", ("Mia Thompson", mt),
                 [("Liam McAllister", owner), ("Mia Thompson", mt)], d3, tzid=z, seq=1, status="CANCELLED")
    ics3 = calendar([ev3], method="CANCEL", prodid="-//Workable//Calendar//EN", tzs=[vtimezone(z, z, family="AU")])
    m3 = mail(H3, text=b3, html=html_of(b3), attach=[(ics3.encode(), "text", "calendar", "cancel.ics")])
    case("b11-08-workable-sydney-after-dst-candidate-withdraws",
         [("01-workable-scheduled.eml", m1), ("02-candidate-withdraws.eml", m2), ("03-workable-canceled.eml", m3)],
         lab(owner, [iv("Coastline Freight", "Operations Analyst", start, end, "cancelled", [mt], [mt],
                        "phone_screen")], "medium", "positive/cancellation",
             "Workable interview Tue 7 Apr 11:00 AEST (two days after Sydney DST ends -> +10:00), candidate "
             "withdraws, Workable cancel notice with METHOD:CANCEL."))


def c09():
    owner = "ines.carvalho@example.com"
    z = "Europe/Lisbon"
    start, end = T("2026-04-02T15:00", z), T("2026-04-02T16:00", z)
    rg, ms = "rita.goncalves@tejodigital.example", "miguel.sousa@tejodigital.example"
    d1 = T("2026-03-20T11:26:00", z)
    b1 = """Olá Inês,

Obrigada pela sua candidatura à posição de Gestora de Produto na Tejo Digital. Gostámos muito do seu percurso e gostaríamos de a convidar para uma entrevista presencial no nosso escritório com o Miguel Sousa, Diretor de Produto.

Tem disponibilidade na quinta-feira, dia 2 de abril, às 15h00? A entrevista terá a duração de cerca de uma hora.

Com os melhores cumprimentos,
Rita Gonçalves
Talent Acquisition | Tejo Digital, S.A.
Tel.: +351 213 000 487"""
    H1, mid1 = hdr(owner, f"Rita Gonçalves <{rg}>", f"Inês Carvalho <{owner}>",
                   "Entrevista – Gestora de Produto | Tejo Digital", d1, "tejodigital.example")
    m1 = mail(H1, text=b1, html=html_of(b1))
    d2 = T("2026-03-20T17:03:41", z)
    b2 = f"""Boa tarde Rita,

Muito obrigada pelo convite! Confirmo a minha presença na quinta-feira, dia 2 de abril, às 15h00.

Cumprimentos,
Inês Carvalho

Em sex., 20/03/2026 às 11:26, Rita Gonçalves <{rg}> escreveu:
{quote(b1)}"""
    H2, mid2 = hdr(owner, f"Inês Carvalho <{owner}>", f"Rita Gonçalves <{rg}>",
                   "Re: Entrevista – Gestora de Produto | Tejo Digital", d2, "mail.example", irt=mid1)
    m2 = mail(H2, text=b2)
    d3 = T("2026-03-23T09:12:09", z)
    b3 = f"""Olá Inês,

Perfeito, fica confirmado: quinta-feira, 2 de abril, das 15h00 às 16h00.

Morada: Avenida da Liberdade 110, 3.º andar, 1250-146 Lisboa (metro Avenida). Na receção, pergunte por mim.
Deixo o Miguel em cópia.

Até breve,
Rita

Em sex., 20/03/2026 às 17:03, Inês Carvalho <{owner}> escreveu:
{quote(b2)}"""
    H3, _ = hdr(owner, f"Rita Gonçalves <{rg}>", f"Inês Carvalho <{owner}>",
                "Re: Entrevista – Gestora de Produto | Tejo Digital", d3, "tejodigital.example",
                cc=f"Miguel Sousa <{ms}>", irt=mid2, refs=f"{mid1} {mid2}")
    m3 = mail(H3, text=b3, html=html_of(b3), text_cte="base64", html_cte="base64")
    case("b11-09-portugal-thread-presencial-lisbon-after-dst",
         [("01-convite.eml", m1), ("02-confirmo.eml", m2), ("03-confirmado-morada.eml", m3)],
         lab(owner, [iv("Tejo Digital", "Gestora de Produto", start, end, "scheduled", [ms], [ms], "hiring_manager")],
             "medium", "positive/thread-propose-confirm",
             "European Portuguese thread, proposed in March (WET), interview 'quinta-feira, 2 de abril, 15h00-16h00' "
             "after EU DST -> Lisbon +01:00; in person; director cc'd in the last mail (base64)."))


def c10():
    owner = "thiago.albuquerque@example.com"
    z = "America/Sao_Paulo"
    start, end = T("2026-03-24T10:00", z), T("2026-03-24T10:45", z)
    jr, fl = "juliana.rocha@cajuina.example", "fernanda.lima@cajuina.example"
    d1 = T("2026-03-17T16:02:30", z)
    html = f"""<html><head><meta charset="utf-8"></head><body style="background:#f4f6fb;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#ffffff;border-radius:8px;padding:24px">
<tr><td><img src="https://cdn.gupy-mail.example/cajuina/logo.png" alt="Cajuína Pagamentos" width="140"></td></tr>
<tr><td><h2 style="color:#1f2a44">Olá, Thiago! Sua entrevista foi agendada 🎉</h2>
<p>Temos uma ótima notícia: você avançou para a etapa de <b>Entrevista com a gestora</b> da vaga <b>Analista de Dados Pleno</b>.</p>
<p>📅 <b>Data:</b> terça-feira, 24/03/2026<br>
⏰ <b>Horário:</b> das 10h às 10h45 (horário de Brasília)<br>
📍 <b>Local:</b> Google Meet – <a href="https://meet.google.com/cjn-dados-tha">meet.google.com/cjn-dados-tha</a><br>
👤 <b>Entrevistadora:</b> Fernanda Lima (Coordenadora de Dados)</p>
<p>Você também receberá um convite na sua agenda. Em caso de dúvidas, fale com a recrutadora Juliana Rocha pelo e-mail <a href="mailto:{jr}">{jr}</a>.</p>
<p>Boa sorte!<br>Time de Gente &amp; Cultura – Cajuína Pagamentos</p>
<p style="font-size:11px;color:#8a93a6">Este é um e-mail automático enviado pela Gupy. Por favor, não responda.</p>
</td></tr></table></td></tr></table></body></html>
"""
    H1, _ = hdr(owner, "Cajuína Pagamentos <naoresponda@gupy-mail.example>", owner,
                "Sua entrevista foi agendada! – Analista de Dados Pleno", d1, "gupy-mail.example")
    m1 = mail(H1, html=html)
    d2 = T("2026-03-17T16:05:12", z)
    uid = f"{h('c10')[:26]}@google.com"
    summ = "Entrevista - Thiago Albuquerque - Analista de Dados Pleno"
    gtxt = f"""{summ}
terça-feira, 24 de março de 2026⋅10:00 – 10:45
Horário Padrão de Brasília - São Paulo

Participar com o Google Meet
https://meet.google.com/cjn-dados-tha

Organizador
Juliana Rocha
{jr}

Convidados
Juliana Rocha - organizador
{jr}
Fernanda Lima
{fl}
{owner}

Entrevista com a gestora (Fernanda). Case rápido de SQL no final.

Convite do Google Agenda: https://calendar.google.com/calendar/

Você está recebendo este e-mail porque é um convidado do evento."""
    H2, _ = hdr(owner, f"Juliana Rocha <{jr}>", owner,
                f"Convite: {summ} @ ter 24 de mar de 2026 10:00 - 10:45 (BRT) ({owner})", d2, "google.com",
                reply_to=f"Juliana Rocha <{jr}>",
                extra=[("Sender", "Google Agenda <calendar-notification@google.com>")])
    ev = vevent(uid, start, end, summ, ("Juliana Rocha", jr),
                [("Juliana Rocha", jr), ("Fernanda Lima", fl), (owner, owner)], d2,
                description="Entrevista com a gestora (Fernanda). Case rápido de SQL no final.\n\nParticipar com o Google Meet: https://meet.google.com/cjn-dados-tha",
                location="")
    cal = calendar([ev], prodid="-//Google Inc//Google Calendar 70.9054//EN")
    m2 = mail(H2, text=gtxt, html=html_of(gtxt), cal=cal,
              attach=[(cal.encode(), "application", "ics", "invite.ics")], text_cte="base64")
    case("b11-10-brazil-gupy-html-plus-google-invite-pt",
         [("01-gupy-entrevista-agendada.eml", m1), ("02-convite-google-agenda.eml", m2)],
         lab(owner, [iv("Cajuína Pagamentos", "Analista de Dados Pleno", start, end, "scheduled", [fl], [fl],
                        "hiring_manager")], "medium", "positive/dedupe",
             "Brazilian Gupy HTML-only mail 'terça-feira, 24/03/2026, das 10h às 10h45 (horário de Brasília)' + "
             "Portuguese Google Calendar invite for the same interview (UTC times)."))


def c11():
    owner = "lucia.navarro@example.com"
    z = "Europe/Madrid"
    tzid = "Romance Standard Time"
    start, end = T("2026-03-26T17:00", z), T("2026-03-26T17:45", z)
    jo, ms = "javier.ortega@brisamediterranea.example", "marta.soler@brisamediterranea.example"
    d1 = T("2026-03-16T10:41:00", z)
    b1 = """¡Hola Lucía!

Buenas noticias: Brisa Mediterránea Energía ha movido tu candidatura para Ingeniera de Datos (m/f/d) a la fase «Entrevista».

El equipo se pondrá en contacto contigo directamente para acordar una fecha. Mientras tanto, puedes ver el estado de todas tus candidaturas en tu cuenta de JOIN.

Ver candidatura: https://join.example/candidate/applications/5529817

¡Mucha suerte!
Tu equipo de JOIN

JOIN Solutions AG · Este correo se ha enviado automáticamente."""
    H1, _ = hdr(owner, "JOIN <no-reply@join-mail.example>", owner,
                "Actualización de tu candidatura: Ingeniera de Datos (m/f/d) – Brisa Mediterránea Energía", d1,
                "join-mail.example")
    m1 = mail(H1, text=b1, html=html_of(b1))
    d2 = T("2026-03-18T12:20:33", z)
    top = ("Cuándo: jueves, 26 de marzo de 2026 17:00-17:45 (UTC+01:00) Bruselas, Copenhague, Madrid, París.\n"
           "Dónde: Oficina València – Carrer de Colón 12, 4ª planta (sala Albufera)")
    body = """Hola Lucía:

Tal y como hablamos por teléfono, te envío la convocatoria para la entrevista presencial en nuestra oficina de València. Estaremos Marta Soler (People) y yo. Cuando llegues, avisa en recepción y bajamos a buscarte.

Si te surge cualquier imprevisto, escríbeme o llámame al +34 961 23 45 67.

Un saludo,
Javier Ortega
Head of Data · Brisa Mediterránea Energía S.L.
Carrer de Colón 12, 46004 València"""
    m2, _ = outlook_invite(owner, f"Javier Ortega <{jo}>", f"Lucía Navarro <{owner}>; Marta Soler <{ms}>".replace(";", ","),
                           "Entrevista Lucía Navarro – Ingeniera de Datos", d2,
                           "DB9P194MB1620.EURP194.PROD.OUTLOOK.COM", "es-ES", top, body, tzid, z, start, end,
                           ("Javier Ortega", jo), [("Lucía Navarro", owner), ("Marta Soler", ms)],
                           "Oficina València – Carrer de Colón 12, 4ª planta (sala Albufera)",
                           "040000008200E00074C5B7101A82E0080000000050A9E2B311B6DC010000000000000000100000009A1C55")
    case("b11-11-join-update-then-outlook-spanish-cuando",
         [("01-join-estado-candidatura.eml", m1), ("02-convocatoria-outlook.eml", m2)],
         lab(owner, [iv("Brisa Mediterránea Energía", "Ingeniera de Datos (m/f/d)", start, end, "scheduled", [jo, ms],
                        [jo, ms], "onsite")], "medium", "positive/outlook-localized",
             "JOIN status update (no time), then Spanish Exchange invite 'Cuándo: jueves, 26 de marzo de 2026 "
             "17:00-17:45 (UTC+01:00)' - before EU DST so +01:00; in person in València with two interviewers."))


def c12():
    owner = "kacper.wisniewski@example.com"
    z = "Europe/Warsaw"
    start, end = T("2026-04-13T09:00", z), T("2026-04-13T10:00", z)
    ak, mz = "agnieszka.kowalczyk@wislany.example", "marta.zielinska@wislany.example"
    d = T("2026-03-31T13:17:45", z)
    html = f"""<!DOCTYPE html><html lang="pl"><head><meta charset="utf-8"><title>Zaproszenie</title></head>
<body style="margin:0;padding:0;font-family:'Segoe UI',Arial,sans-serif;color:#222">
<div style="max-width:600px;margin:0 auto;padding:24px">
<p>Dzień dobry Panie Kacprze,</p>
<p>dziękujemy za przesłanie aplikacji na stanowisko <strong>Senior Frontend Developer</strong> w Wiślany Software.
Z przyjemnością zapraszamy Pana na rozmowę rekrutacyjną, która odbędzie się:</p>
<ul>
<li><strong>Termin:</strong> poniedziałek, 13.04.2026, godz. 9:00 (czasu polskiego)</li>
<li><strong>Czas trwania:</strong> ok. 60 minut</li>
<li><strong>Forma:</strong> online, Microsoft Teams (link prześlemy dzień wcześniej)</li>
<li><strong>Rozmowę poprowadzi:</strong> Marta Zielińska, Engineering Manager (<a href="mailto:{mz}">{mz}</a>)</li>
</ul>
<p>Prosimy o potwierdzenie udziału odpowiadając na tę wiadomość. W razie pytań jestem do dyspozycji.</p>
<p>Z poważaniem<br>Agnieszka Kowalczyk<br>HR Specialist | Wiślany Software sp. z o.o.<br>
ul. Grzybowska 62, 00-844 Warszawa<br>tel. +48 22 555 01 88</p>
<hr><p style="font-size:11px;color:#777">Administratorem Pana danych osobowych jest Wiślany Software sp. z o.o.
Wiadomość wysłana za pośrednictwem Personio.</p>
</div></body></html>
"""
    H, _ = hdr(owner, "Wiślany Software <jobs-noreply@personio-mail.example>", owner,
               "Zaproszenie na rozmowę rekrutacyjną – Senior Frontend Developer", d, "personio-mail.example",
               reply_to=f"Agnieszka Kowalczyk <{ak}>")
    m = mail(H, html=html, html_cte="base64")
    case("b11-12-personio-polish-html-only-base64",
         [("01-zaproszenie-na-rozmowe.eml", m)],
         lab(owner, [iv("Wiślany Software", "Senior Frontend Developer", start, end, "scheduled", [mz], [mz],
                        "hiring_manager")], "medium", "positive/email-body-only",
             "Polish Personio mail, HTML-only base64: 'poniedziałek, 13.04.2026, godz. 9:00 (czasu polskiego), "
             "ok. 60 minut'; EM named with address; recruiter in Reply-To."))


def c13():
    owner = "thabo.mokoena@example.com"
    z = "Africa/Johannesburg"
    tzid = "South Africa Standard Time"
    start, end = T("2026-03-19T14:00", z), T("2026-03-19T15:00", z)
    nd, pv = "nomvula.dlamini@karoomutual.example", "pieter.vandermerwe@karoomutual.example"
    d1 = T("2026-03-12T08:31:00", z)
    b1 = """Good day Thabo,

Thank you for your application for the Cloud Engineer position at Karoo Mutual. We are pleased to inform you that you have been shortlisted for a first interview.

The interview will take place on Thursday, 19/03 at 14h00 via Microsoft Teams and will be conducted by Pieter van der Merwe (IT Infrastructure Manager). It should take roughly an hour. A meeting invitation will follow shortly.

Please note that shortlisted candidates will be required to provide certified copies of their ID and qualifications.

Kind regards,
Nomvula Dlamini
Talent Acquisition Specialist
Karoo Mutual | 14 Jan Smuts Avenue, Rosebank, Johannesburg, 2196
Tel: +27 11 555 0420"""
    H1, _ = hdr(owner, f"Nomvula Dlamini <{nd}>", f"Thabo Mokoena <{owner}>",
                "Shortlisted: Cloud Engineer - Karoo Mutual", d1, "karoomutual.example")
    m1 = mail(H1, text=b1, html=html_of(b1))
    d2 = T("2026-03-12T08:44:19", z)
    top = ("When: Thursday, 19 March 2026 14:00-15:00 (UTC+02:00) Harare, Pretoria.\n"
           "Where: Microsoft Teams Meeting")
    body = """Good day Thabo,

Please find the Teams invitation for your interview with Pieter van der Merwe.

Kind regards,
Nomvula

""" + TEAMS_EN.format(id="KarooCE19")
    m2, _ = outlook_invite(owner, f"Nomvula Dlamini <{nd}>", f"Thabo Mokoena <{owner}>, Pieter van der Merwe <{pv}>",
                           "Cloud Engineer Interview - Thabo Mokoena", d2, "JNAP275MB0512.ZAFP275.PROD.OUTLOOK.COM",
                           "en-ZA", top, body, tzid, z, start, end, ("Nomvula Dlamini", nd),
                           [("Thabo Mokoena", owner), ("Pieter van der Merwe", pv)], "Microsoft Teams Meeting",
                           "040000008200E00074C5B7101A82E00800000000C1B2A3F02CB6DC01000000000000000010000000D4E2A7")
    case("b11-13-south-africa-14h00-then-teams-invite",
         [("01-shortlisted.eml", m1), ("02-teams-invite.eml", m2)],
         lab(owner, [iv("Karoo Mutual", "Cloud Engineer", start, end, "scheduled", [pv], [pv], "technical")],
             "easy", "positive/dedupe",
             "South African mail 'Thursday, 19/03 at 14h00' + Exchange invite with TZID 'South Africa Standard Time' "
             "(+02:00); interviewer is an attendee, coordinator organizes."))


# ====================================================================== NEGATIVES
def c14():
    owner = "ananya.krishnan@example.com"
    z = "Asia/Kolkata"
    d = T("2026-03-12T07:02:00", z)
    body = """Hi Ananya,

Based on your profile, here are today's job recommendations. 3 companies are conducting walk-in interviews this week!

1. Walk-in Drive: Data Analyst / MIS Executive | Suvarna Fincorp Services
   2-5 Yrs | Rs 4.5-8 Lacs P.A. | Chennai
   Walk-in Date: 14/03/2026, 10:00 AM - 4:00 PM
   Venue: Suvarna Fincorp, 5th Floor, Olympia Crest, Guindy, Chennai - 600032
   Contact: HR Team (Ms. Kavitha)
   Apply: https://www.naukri.example/job-listings-walkin-data-analyst-suvarna-140326

2. Business Analyst - Power BI | Kaveri Analytics LLP
   3-6 Yrs | Not disclosed | Bengaluru (Hybrid)
   Immediate joiners preferred. Virtual interview on 15th March (Sunday).
   Apply: https://www.naukri.example/job-listings-ba-powerbi-kaveri-0312

3. Junior Data Scientist | Tamraparni Labs
   1-3 Yrs | Rs 6-10 Lacs P.A. | Coimbatore
   Apply: https://www.naukri.example/job-listings-jds-tamraparni-0312

Your profile was viewed by 7 recruiters in the last 7 days. Boost your chances: https://www.naukri.example/fullprofile

You are receiving this mail because you have set up a job alert on Naukri.com.
Manage alerts | Unsubscribe: https://www.naukri.example/mnjuser/alerts?unsub=1"""
    H, _ = hdr(owner, "Naukri Job Alert <jobalert@naukri-mailer.example>", owner,
               "Walk-in interview on 14th Mar in Chennai + 2 more jobs for you", d, "naukri-mailer.example")
    m = mail(H, text=body, html=html_of(body))
    case("b11-14-naukri-walkin-job-alert",
         [("01-naukri-job-alert.eml", m)],
         lab(owner, [], "medium", "negative/job-alert",
             "Naukri job alert listing walk-in drives with dates and times ('Walk-in Date: 14/03/2026, 10:00 AM - "
             "4:00 PM') - nothing booked for the user."))


def c15():
    owner = "felix.hartmann@example.com"
    z = "Europe/Berlin"
    d = T("2026-03-17T06:15:00", z)
    body = """Guten Morgen Felix,

Ihr Job-Agent „Projektmanager IT“ in Hamburg + 25 km hat 4 neue Jobs für Sie gefunden:

Projektmanager IT-Infrastruktur (m/w/d)
Hanseatische Speditionsgesellschaft mbH · Hamburg · Vollzeit, Homeoffice möglich
„Schnelle Rückmeldung: Vorstellungsgespräch innerhalb von 7 Tagen“
https://www.stepstone.example/stellenangebote--Projektmanager-IT-Infrastruktur-4411270

IT-Projektleiter SAP S/4HANA (w/m/d)
Elbwerft Digital GmbH · Hamburg · Vollzeit
„Kurzer Bewerbungsprozess: Telefoninterview, ein Vorstellungsgespräch vor Ort, Zusage“
https://www.stepstone.example/stellenangebote--IT-Projektleiter-SAP-4411902

Junior Projektmanager Digitalisierung (m/w/d)
Stadtwerke Nordmark · Norderstedt · Vollzeit
https://www.stepstone.example/stellenangebote--Junior-PM-Digitalisierung-4412033

Scrum Master / Projektmanager (m/w/d)
Alsterblick Software AG · Hamburg · Teilzeit möglich
https://www.stepstone.example/stellenangebote--Scrum-Master-4412118

Tipp der Woche: So bereiten Sie sich auf Ihr nächstes Vorstellungsgespräch vor – die 10 häufigsten Fragen.

Job-Agent bearbeiten oder abbestellen: https://www.stepstone.example/jobagent/verwalten
StepStone Deutschland GmbH · Dieser Newsletter wurde automatisch versendet."""
    H, _ = hdr(owner, "StepStone Job-Agent <jobagent@stepstone-mail.example>", owner,
               "4 neue Jobs: Projektmanager IT in Hamburg – Vorstellungsgespräch innerhalb von 7 Tagen", d,
               "stepstone-mail.example")
    m = mail(H, text=body, html=html_of(body))
    case("b11-15-stepstone-job-agent-german",
         [("01-stepstone-jobagent.eml", m)],
         lab(owner, [], "easy", "negative/job-alert",
             "German StepStone job agent that quotes 'Vorstellungsgespräch innerhalb von 7 Tagen' and "
             "'Telefoninterview' in listing blurbs."))


def c16():
    owner = "claire.dubois@example.com"
    z = "Europe/Paris"
    d = T("2026-04-02T08:40:00", z)
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif">
<h3>Nouvelles offres correspondant à « chargée de recrutement » – Lille (59)</h3>
<table cellpadding="8">
<tr><td><b><a href="https://fr.indeed.example/rc/clk?jk=9a81c2">Chargé(e) de recrutement H/F</a></b><br>
Flandres Intérim – Lille (59)<br>CDI · 32 000 € – 36 000 € par an<br>
<i>Vous menez les entretiens de pré-qualification par téléphone et organisez les entretiens avec nos clients…</i><br>
<span style="color:#2557a7">Candidature simplifiée</span></td></tr>
<tr><td><b><a href="https://fr.indeed.example/rc/clk?jk=b7730e">Talent Acquisition Specialist – CDD 6 mois</a></b><br>
Maison Verlaine Cosmétiques – Roubaix (59)<br>
<i>Processus : un entretien visio de 30 min, puis un entretien sur site avec la DRH.</i><br>
Employeur réactif : répond généralement sous 3 jours</td></tr>
<tr><td><b><a href="https://fr.indeed.example/rc/clk?jk=4c0f19">Assistant(e) RH / Recrutement</a></b><br>
Groupe Escaut Habitat – Villeneuve-d'Ascq (59)<br>
<i>Recrutement urgent – entretiens le mardi 7 avril à partir de 9h30.</i></td></tr>
</table>
<p>Vous recevez cet e-mail car vous avez créé une alerte emploi sur Indeed.<br>
<a href="https://fr.indeed.example/alerts/unsubscribe">Se désabonner</a> · Indeed, 6 rue Ménars, Paris</p>
</body></html>
"""
    H, _ = hdr(owner, "Indeed <alert@indeed-mail.example>", owner,
               "3 nouvelles offres : chargée de recrutement – entretiens le 7 avril", d, "indeed-mail.example")
    m = mail(H, html=html)
    case("b11-16-indeed-alert-french-entretiens",
         [("01-indeed-alerte.eml", m)],
         lab(owner, [], "medium", "negative/job-alert",
             "French Indeed job alert (HTML only) for recruiter roles; blurbs mention 'entretiens le mardi 7 avril "
             "à partir de 9h30' and 'entretien visio de 30 min'."))


def c17():
    owner = "miriam.scholz@example.com"
    z = "Europe/Berlin"
    d = T("2026-03-04T22:13:50", z)
    body = """Sehr geehrte Frau Scholz,

vielen Dank für Ihre Bewerbung als Projektingenieurin TGA (m/w/d) und das damit verbundene Interesse an unserem Unternehmen. Hiermit bestätigen wir den Eingang Ihrer Unterlagen.

So geht es weiter:
1. Wir prüfen Ihre Unterlagen sorgfältig und melden uns innerhalb von zwei Wochen bei Ihnen.
2. Passt Ihr Profil, laden wir Sie zu einem ersten telefonischen Interview (ca. 30 Minuten) mit unserer Personalabteilung ein.
3. Im Anschluss folgt ein persönliches Vorstellungsgespräch mit der Bereichsleitung an unserem Standort in Köln-Ehrenfeld.

Den aktuellen Stand Ihrer Bewerbung können Sie jederzeit in Ihrem Bewerberkonto einsehen:
https://brennwerk.softgarden.example/de/applicant/status

Bitte haben Sie Verständnis dafür, dass wir Ihnen bis dahin keine Zwischenstände mitteilen können.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Brennwerk Haustechnik GmbH
Vogelsanger Straße 210, 50825 Köln

Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen."""
    H, _ = hdr(owner, "Brennwerk Haustechnik GmbH <noreply@softgarden-mail.example>", owner,
               "Eingangsbestätigung Ihrer Bewerbung – Projektingenieur TGA (m/w/d)", d, "softgarden-mail.example")
    m = mail(H, text=body, html=html_of(body))
    case("b11-17-softgarden-eingangsbestaetigung",
         [("01-eingangsbestaetigung.eml", m)],
         lab(owner, [], "medium", "negative/application-received",
             "German softgarden application acknowledgement describing a future 'telefonisches Interview (ca. 30 "
             "Minuten)' and 'Vorstellungsgespräch' - nothing scheduled."))


def c18():
    owner = "antoine.girard@example.com"
    z = "Europe/Paris"
    d = T("2026-03-18T17:32:00", z)
    body = """Bonjour Antoine,

Merci encore pour le temps que vous nous avez consacré lors de notre entretien du jeudi 12 mars à 14h avec Hélène et Karim.

Après mûre réflexion, nous avons le regret de vous informer que nous ne donnerons pas suite à votre candidature pour le poste de Responsable Marketing Digital. Nous avons retenu un profil dont l'expérience dans le secteur de la cosmétique correspond davantage à nos besoins actuels.

Vos échanges avec l'équipe ont été très appréciés et nous serions ravis de vous recontacter pour un nouvel entretien si un poste correspondant à votre profil venait à s'ouvrir.

Nous vous souhaitons une excellente continuation dans vos recherches.

Bien cordialement,
L'équipe recrutement de Maison Lumen
Envoyé via Welcome to the Jungle"""
    H, _ = hdr(owner, "Maison Lumen via Welcome to the Jungle <notifications@wttj-mail.example>", owner,
               "Votre candidature chez Maison Lumen – Responsable Marketing Digital", d, "wttj-mail.example",
               reply_to="Maison Lumen <recrutement@maisonlumen.example>")
    m = mail(H, text=body, html=html_of(body))
    case("b11-18-wttj-french-rejection-after-entretien",
         [("01-refus-candidature.eml", m)],
         lab(owner, [], "medium", "negative/rejection",
             "French rejection via Welcome to the Jungle referencing the past 'entretien du jeudi 12 mars à 14h' "
             "and a hypothetical 'nouvel entretien'."))


def c19():
    owner = "sara.lindholm@example.com"
    z = "Europe/Stockholm"
    d = T("2026-03-16T16:05:00", z)
    body = """Hej Sara,

Tack för trevliga intervjuer de senaste veckorna – både teamet och jag är glada över att få skicka det här mejlet!

Vi vill härmed erbjuda dig tjänsten som Backend-utvecklare hos Norrsken Logistik AB. Anställningsavtalet hittar du i Jobylon via länken nedan.

Sammanfattning:
Tjänst: Backend-utvecklare, tillsvidareanställning (6 månaders provanställning)
Tillträde: 1 juni 2026 eller enligt överenskommelse
Månadslön: 52 000 kr
Placering: Göteborg, Lilla Bommen 5 (hybrid)

Vi behöver ditt svar senast fredag 20 mars kl. 12.00. Har du frågor om villkoren bokar vi gärna ett samtal – svara bara på det här mejlet så hittar vi en tid.

Se erbjudandet: https://norrsken.jobylon.example/offer/7f1e2c

Varma hälsningar
Johanna Ek
Rekryteringsansvarig, Norrsken Logistik AB
031-555 08 42"""
    H, _ = hdr(owner, "Johanna Ek via Jobylon <no-reply@jobylon-mail.example>", owner,
               "Erbjudande om anställning – Backend-utvecklare, Norrsken Logistik", d, "jobylon-mail.example",
               reply_to="Johanna Ek <johanna.ek@norrskenlogistik.example>")
    m = mail(H, text=body, html=html_of(body))
    case("b11-19-jobylon-swedish-offer",
         [("01-erbjudande.eml", m)],
         lab(owner, [], "medium", "negative/offer",
             "Swedish Jobylon offer after interviews; reply deadline 'fredag 20 mars kl. 12.00', optional call "
             "not booked."))


def c20():
    owner = "giulia.ferraro@example.com"
    z = "Europe/Rome"
    start, end = T("2026-04-16T18:30", z), T("2026-04-16T19:30", z)
    d = T("2026-04-08T10:00:00", z)
    body = """Ciao Giulia,

grazie per esserti iscritta! Ti confermiamo il posto al nostro webinar gratuito:

«Il colloquio di lavoro in inglese: domande frequenti e come rispondere»
Giovedì 16 aprile 2026, ore 18:30 – 19:30
Online su Zoom – il link personale è qui sotto e nel file .ics allegato.

Con la nostra career coach Valentina Greco simuleremo alcune domande tipiche dei recruiter ("Tell me about yourself", "Why should we hire you?") e vedremo come presentare il tuo CV in un colloquio conoscitivo.

Partecipa: https://zoom.us/w/98120045611?tk=careerlab-giulia

A presto,
Il team di CareerLab Italia
Via dei Mille 22, 20129 Milano

Ricevi questa email perché ti sei registrata a un evento CareerLab. Annulla l'iscrizione: https://careerlab.example/unsubscribe"""
    H, _ = hdr(owner, "CareerLab Italia <eventi@careerlab.example>", owner,
               "Confermato: webinar «Il colloquio di lavoro in inglese» – giovedì 16 aprile, ore 18:30", d,
               "careerlab.example")
    ev = vevent(f"webinar-{h('c20')[:16]}@careerlab.example", start, end,
                "Webinar: Il colloquio di lavoro in inglese", ("CareerLab Italia", "eventi@careerlab.example"),
                [("Giulia Ferraro", owner)], d, tzid=z, location="https://zoom.us/w/98120045611?tk=careerlab-giulia")
    ics = calendar([ev], method="PUBLISH", prodid="-//CareerLab//Eventi//IT", tzs=[vtimezone(z, z)])
    m = mail(H, text=body, html=html_of(body), attach=[(ics.encode(), "text", "calendar", "webinar.ics")])
    case("b11-20-italian-webinar-colloquio-with-ics",
         [("01-conferma-webinar.eml", m)],
         lab(owner, [], "medium", "negative/webinar",
             "Italian career webinar about the 'colloquio di lavoro' with Zoom link and .ics at a fixed time."))


def c21():
    owner = "alvaro.montes@example.com"
    z = "Europe/Madrid"
    er = "elena.rivas@diariocantabrico.example"
    d1 = T("2026-03-13T13:10:00", z)
    b1 = """Hola Álvaro:

Soy Elena Rivas, periodista de la sección de Economía de El Diario del Cantábrico. Estoy preparando un reportaje sobre jóvenes ingenieros que buscan trabajo en el extranjero y Marcos, de la asociación de antiguos alumnos, me pasó tu contacto.

¿Te animarías a una entrevista de unos 30 minutos? Me interesa tu experiencia como candidato: los procesos de selección, las entrevistas en inglés, lo que te ha costado conseguir respuesta de las empresas. Podríamos hacerla por teléfono o en la redacción, como prefieras.

Un saludo,
Elena Rivas
El Diario del Cantábrico – Economía
Tel. 942 55 01 23"""
    H1, mid1 = hdr(owner, f"Elena Rivas <{er}>", owner, "Entrevista para un reportaje sobre empleo joven", d1,
                   "diariocantabrico.example")
    m1 = mail(H1, text=b1)
    d2 = T("2026-03-13T18:45:00", z)
    b2 = f"""Hola Elena:

¡Claro, encantado! Me viene bien el jueves 19 por la mañana, por teléfono.

Un saludo,
Álvaro

El vie, 13 mar 2026 a las 13:10, Elena Rivas (<{er}>) escribió:
{quote(b1)}"""
    H2, mid2 = hdr(owner, f"Álvaro Montes <{owner}>", f"Elena Rivas <{er}>",
                   "Re: Entrevista para un reportaje sobre empleo joven", d2, "mail.example", irt=mid1)
    m2 = mail(H2, text=b2)
    d3 = T("2026-03-16T09:20:00", z)
    b3 = f"""Perfecto, Álvaro. Quedamos el jueves 19 de marzo a las 12:00, te llamo yo a este número: 612 34 56 78. Serán unos 30 minutos. Si te parece bien, el fotógrafo pasaría otro día para la foto.

¡Gracias!
Elena

El vie, 13 mar 2026 a las 18:45, Álvaro Montes (<{owner}>) escribió:
{quote(b2)}"""
    H3, _ = hdr(owner, f"Elena Rivas <{er}>", owner, "Re: Entrevista para un reportaje sobre empleo joven", d3,
                "diariocantabrico.example", irt=mid2, refs=f"{mid1} {mid2}")
    m3 = mail(H3, text=b3)
    case("b11-21-spanish-newspaper-entrevista-thread",
         [("01-propuesta.eml", m1), ("02-respuesta.eml", m2), ("03-quedamos-jueves.eml", m3)],
         lab(owner, [], "hard", "negative/press-interview",
             "Spanish journalist books a 30-minute 'entrevista' (Thu 19 Mar 12:00) with a job seeker for a "
             "newspaper story about job hunting - press interview, not a job interview."))


def c22():
    owner = "femke.bakker@example.com"
    z = "Europe/Amsterdam"
    tzid = "W. Europe Standard Time"
    start, end = T("2026-04-14T19:00", z), T("2026-04-14T20:00", z)
    js = "jeroen.smit@oranjehof-advies.example"
    d = T("2026-04-03T11:25:00", z)
    top = ("Wanneer: dinsdag 14 april 2026 19:00-20:00 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.\n"
           "Waar: Oranjehof Financieel Advies, Stationsplein 8, 3511 ED Utrecht")
    body = """Beste Femke,

Leuk dat je contact hebt opgenomen! Hierbij de uitnodiging voor ons vrijblijvende kennismakingsgesprek over je hypotheek. Het eerste gesprek is kosteloos en duurt ongeveer een uur.

Omdat je per 1 mei bij een nieuwe werkgever begint, is het handig als je het volgende meeneemt:
- je nieuwe arbeidscontract of een intentieverklaring van de werkgever
- je laatste twee loonstroken
- een recent overzicht van je pensioen (mijnpensioenoverzicht.nl)

Tot dinsdag!

Met vriendelijke groet,
Jeroen Smit
Erkend Hypotheekadviseur
Oranjehof Financieel Advies | Stationsplein 8, Utrecht | 030 555 2290"""
    m, _ = outlook_invite(owner, f"Jeroen Smit <{js}>", f"Femke Bakker <{owner}>",
                          "Kennismakingsgesprek hypotheek – Femke Bakker", d, "AM9P191MB1288.EURP191.PROD.OUTLOOK.COM",
                          "nl-NL", top, body, tzid, z, start, end, ("Jeroen Smit", js), [("Femke Bakker", owner)],
                          "Oranjehof Financieel Advies, Stationsplein 8, 3511 ED Utrecht",
                          "040000008200E00074C5B7101A82E00800000000E4F1B0A771C3DC0100000000000000001000000027B5E1")
    case("b11-22-dutch-kennismakingsgesprek-mortgage-advisor",
         [("01-uitnodiging-kennismaking.eml", m)],
         lab(owner, [], "hard", "negative/non-job-appointment",
             "Dutch Exchange invite 'Wanneer: ...' for a free introductory meeting with a mortgage advisor; mentions "
             "a new employer and employment contract."))


def main():
    for f in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              c14, c15, c16, c17, c18, c19, c20, c21, c22]:
        f()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and name.startswith("b11-"):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        os.makedirs(os.path.join(HERE, cid))
        for fn, data in items:
            with open(os.path.join(HERE, cid, fn), "wb") as fh:
                fh.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# Labels for blind11 (international job seekers, non-US vendors). Schema: shared/eval/README.md\n")
        yaml.safe_dump(LABELS, fh, sort_keys=True, allow_unicode=True, width=110)


if __name__ == "__main__":
    main()
