#!/usr/bin/env python3
"""Deterministic generator for the blind91 evaluation set.

Owner: Lukáš Doležal, mechanical design engineer in Brno (Europe/Prague).
Rewrites every b91-* case folder and labels.yaml next to this file.
Only stdlib + PyYAML + zoneinfo. All names/companies are invented; domains are .example.
"""
import hashlib
import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
PRG = ZoneInfo("Europe/Prague")
VIE = ZoneInfo("Europe/Vienna")
BTS = ZoneInfo("Europe/Bratislava")
NYC = ZoneInfo("America/New_York")
UTC = timezone.utc

USER = "lukas.dolezal@example.com"
USER_NAME = "Lukáš Doležal"
USER_WORK = "lukas.dolezal@agrostroj-kurim.example"

CZ_DAY = ["pondělí", "úterý", "středa", "čtvrtek", "pátek", "sobota", "neděle"]
CZ_ON = ["v pondělí", "v úterý", "ve středu", "ve čtvrtek", "v pátek", "v sobotu", "v neděli"]
CZ_MONTH_GEN = ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna",
                "září", "října", "listopadu", "prosince"]
DE_DAY = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MONTH = ["Jänner", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
            "Oktober", "November", "Dezember"]
SK_ON = ["v pondelok", "v utorok", "v stredu", "vo štvrtok", "v piatok", "v sobotu", "v nedeľu"]
SK_MONTH_GEN = ["januára", "februára", "marca", "apríla", "mája", "júna", "júla", "augusta",
                "septembra", "októbra", "novembra", "decembra"]
EN_DAY = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"]


def dt(y, m, d, h=0, mi=0, tz=PRG):
    return datetime(y, m, d, h, mi, tzinfo=tz)


def dm(d):  # "11. 3."
    return f"{d.day}. {d.month}."


def hm(d, sep=":"):
    return f"{d.hour}{sep}{d.minute:02d}"


def utcstamp(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(d):
    return d.strftime("%Y%m%dT%H%M%S")


# ---------------------------------------------------------------- iCalendar helpers
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, limit = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur)
            cur, limit = b" ", 75
        cur += b
    out.append(cur)
    return b"\r\n".join(out).decode("utf-8")


def ics_text(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def _offs(tz):
    w = datetime(2026, 1, 15, 12, tzinfo=tz).utcoffset()
    s = datetime(2026, 7, 15, 12, tzinfo=tz).utcoffset()

    def f(td):
        mins = int(td.total_seconds() // 60)
        sign = "+" if mins >= 0 else "-"
        mins = abs(mins)
        return f"{sign}{mins // 60:02d}{mins % 60:02d}"
    return f(w), f(s)


def vtz_olson(tzname, tz):
    std, dst = _offs(tz)
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzname}", f"X-LIC-LOCATION:{tzname}",
        "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", "TZNAME:CEST",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", "TZNAME:CET",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE",
    ]


def vtz_windows_ce():
    std, dst = _offs(PRG)
    return [
        "BEGIN:VTIMEZONE", "TZID:Central Europe Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp=True):
    r = ";RSVP=TRUE" if rsvp else ""
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat}{r};CN={name}:mailto:{email}"


def outlook_ics(method, uid, seq, start, end, summary, desc, organizer, attendees, stamp,
                location="Schůzka v Microsoft Teams", status="CONFIRMED", lang="cs-CZ"):
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
         "VERSION:2.0"] + vtz_windows_ce() + ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    L += attendees
    L += [f"DESCRIPTION;LANGUAGE={lang}:{ics_escape(desc)}",
          f"UID:{uid}",
          f"SUMMARY;LANGUAGE={lang}:{ics_escape(summary)}",
          f"DTSTART;TZID=Central Europe Standard Time:{local(start)}",
          f"DTEND;TZID=Central Europe Standard Time:{local(end)}",
          "CLASS:PUBLIC", "PRIORITY:5" if method != "CANCEL" else "PRIORITY:1",
          f"DTSTAMP:{utcstamp(stamp)}", "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}",
          f"LOCATION;LANGUAGE={lang}:{ics_escape(location)}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
          "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
          "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
          "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
          "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    if method == "REQUEST":
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
              "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics_text(L)


TEAMS_TXT = """________________________________________________________________________________
Schůzka přes Microsoft Teams
Připojte se z počítače, mobilní aplikace nebo zařízení v místnosti
Kliknutím sem se připojíte ke schůzce<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>
ID schůzky: {mid}
Heslo: {pw}
Stáhnout Teams<https://www.microsoft.com/cs-cz/microsoft-teams/download-app> | Připojit se na webu<https://www.microsoft.com/microsoft-teams/join-a-meeting>
________________________________________________________________________________"""

WIN_LABEL = "(UTC+01:00) Bělehrad, Bratislava, Budapešť, Lublaň, Praha"


def kdy(start, end):
    return (f"Kdy: {CZ_DAY[start.weekday()]} {start.day}. {CZ_MONTH_GEN[start.month - 1]} "
            f"{start.year} {hm(start)}-{hm(end)} {WIN_LABEL}.")


# ---------------------------------------------------------------- e-mail helpers
def headers(msg, hdrs):
    for k, v in hdrs:
        msg[k] = v


def base_hdrs(frm, to, subject, date, mid, extra=(), delivered=USER, cc=None):
    h = [("Delivered-To", delivered),
         ("Received", f"from mx.mail.example (mx.mail.example [192.0.2.25]) by imap.example.com "
                      f"with ESMTPS; {format_datetime(date)}"),
         ("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", subject), ("Date", format_datetime(date)), ("Message-ID", mid)]
    h += list(extra)
    h.append(("MIME-Version", "1.0"))
    return h


def plain(h, text, cte="quoted-printable"):
    m = EmailMessage()
    headers(m, h)
    m.set_content(text, cte=cte)
    return m


def alt(h, text, html, cte="quoted-printable"):
    m = EmailMessage()
    headers(m, h)
    m.set_content(text, cte=cte)
    m.add_alternative(html, subtype="html", cte=cte)
    return m


def html_only(h, html, cte="quoted-printable"):
    m = EmailMessage()
    headers(m, h)
    m.set_content(html, subtype="html", cte=cte)
    return m


def outlook_msg(h, text, ics, method, cte="quoted-printable"):
    m = EmailMessage()
    headers(m, h + [("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    m.set_content(text, cte=cte)
    html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">" + \
        "".join(f"<p>{x}</p>" if x else "<p>&nbsp;</p>" for x in
                text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").split("\n")) + "</div></body></html>"
    m.add_alternative(html, subtype="html", cte="quoted-printable")
    m.add_alternative(ics.encode("utf-8"), maintype="text", subtype="calendar",
                      params={"method": method, "charset": "UTF-8"})
    m["Content-class"] = "urn:content-classes:calendarmessage"
    return m


def with_ics_attachment(m, ics, filename="invite.ics", method="REQUEST"):
    m.add_attachment(ics.encode("utf-8"), maintype="text", subtype="calendar",
                     filename=filename, params={"method": method, "charset": "UTF-8"})
    return m


def quote(text, who, when):
    return f"\n\n{when}, {who} napsal(a):\n" + "\n".join("> " + l if l else ">" for l in text.split("\n"))


# ---------------------------------------------------------------- cases
CASES = {}
LABELS = {}


def case(cid, items, label):
    CASES[cid] = items
    LABELS[cid] = dict(user=USER, **label)


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return dict(company=company, role=role, start=start.isoformat(),
                end=end.isoformat() if end else None, status=status,
                interviewer_emails=interviewers, followup_recipients=recipients, kind=kind)


SIG_USER = "S pozdravem\nLukáš Doležal\ntel. +420 777 412 608"

# ---- 01 Hydrotech: plain e-mail + user confirmation reply
c = "b91-01-hydrotech-osobni-pohovor-email-reply"
s = dt(2026, 3, 11, 10, 0)
sent = dt(2026, 3, 2, 13, 47)
hyd_text = f"""Dobrý den, pane Doležale,

děkujeme za Váš zájem o pozici Konstruktér hydraulických agregátů, na kterou jste reagoval prostřednictvím portálu Kariéra.

Váš životopis nás zaujal, a proto bychom Vás rádi pozvali na osobní pohovor, který proběhne {CZ_ON[s.weekday()]} {dm(s)} v {hm(s)} v našem sídle na Vídeňské 112 (budova B, 2. patro, zasedačka „Kaplan“). Pohovor potrvá přibližně hodinu. Kromě mě se jej zúčastní také vedoucí konstrukce Ing. Pavel Šindelář (pavel.sindelar@hydrotech.example).

Pokud můžete, vezměte si s sebou ukázky výkresové dokumentace nebo modelů (stačí na notebooku či tabletu). Parkovat můžete přímo v areálu, na vrátnici se prosím nahlaste.

Prosím o krátké potvrzení termínu.

S pozdravem

Ing. Jana Marková
personalistka
Hydrotech Brno s.r.o.
Vídeňská 112, 619 00 Brno
tel.: +420 545 123 456 | mobil: +420 604 882 117
www.hydrotech.example"""
m1 = plain(base_hdrs("Jana Marková <jana.markova@hydrotech.example>", f"{USER_NAME} <{USER}>",
                     "Pozvánka na osobní pohovor – Konstruktér hydraulických agregátů", sent,
                     "<a1f3c9e2.4410@hydrotech.example>",
                     [("X-Mailer", "Microsoft Outlook 16.0")]), hyd_text)
sent2 = dt(2026, 3, 2, 19, 5)
reply = (f"Dobrý den, paní Marková,\n\nděkuji za pozvání, termín {CZ_ON[s.weekday()]} {dm(s)} v {hm(s)} "
         f"potvrzuji. Ukázky výkresů přinesu na notebooku.\n\n{SIG_USER}" +
         quote(hyd_text, "Jana Marková <jana.markova@hydrotech.example>",
               f"Dne po 2. 3. 2026 v 13:47"))
m2 = plain(base_hdrs(f"{USER_NAME} <{USER}>", "Jana Marková <jana.markova@hydrotech.example>",
                     "Re: Pozvánka na osobní pohovor – Konstruktér hydraulických agregátů", sent2,
                     "<CAk7x9.b1@mail.example.com>",
                     [("In-Reply-To", "<a1f3c9e2.4410@hydrotech.example>"),
                      ("References", "<a1f3c9e2.4410@hydrotech.example>")]), reply, cte="8bit")
case(c, [("01-pozvanka-hydrotech.eml", m1), ("02-re-potvrzeni.eml", m2)], dict(
    interview=True, interviews=[iv("Hydrotech Brno", "Konstruktér hydraulických agregátů", s,
                                   s + timedelta(hours=1), "scheduled",
                                   ["jana.markova@hydrotech.example", "pavel.sindelar@hydrotech.example"],
                                   ["jana.markova@hydrotech.example", "pavel.sindelar@hydrotech.example"],
                                   "onsite")],
    difficulty="easy", category="positive/email-body-thread",
    notes="Czech plain-text invitation (QP) 've středu 11. 3. v 10:00', ~1 h, HR + head of design; user confirms.",
    source="synthetic"))

# ---- 02 Moravská převodovka via ATS Nabírej + .ics, interview after EU DST switch
c = "b91-02-nabirej-ats-ics-after-dst"
s = dt(2026, 3, 31, 9, 30)
e = dt(2026, 3, 31, 10, 15)
sent = dt(2026, 3, 20, 9, 12)
txt = f"""Dobrý den, pane Doležale,

děkujeme za Vaši reakci na pozici Konstruktér převodovek (Creo) ve společnosti Moravská převodovka a.s. Rádi bychom Vás pozvali na první kolo výběrového řízení.

Termín: {CZ_DAY[s.weekday()]} {dm(s)} {s.year}, {hm(s, '.')}–{hm(e, '.')} hod.
Forma: online pohovor (Microsoft Teams) – odkaz najdete v příloze pozvánky
S Vámi bude hovořit: Ing. Martin Kučera, vedoucí vývoje převodovek

Upozorňujeme, že v noci z 28. na 29. 3. se mění čas na letní – čas pohovoru je uveden v našem (středoevropském letním) čase.

Pokud Vám termín nevyhovuje, odpovězte prosím na tento e-mail, ozve se Vám naše personalistka Kateřina Pokorná.

Tým náboru Moravská převodovka a.s.

---
Tato zpráva byla odeslána ze systému Nabírej. Na tuto adresu neodpovídejte, odpovědi jsou přesměrovány na kontaktní osobu."""
html = "<html><body style=\"font-family:Arial,sans-serif\">" + "".join(
    f"<p>{p}</p>" for p in txt.replace("\n\n", "\x00").replace("\n", "<br>").split("\x00")) + \
    "<p style=\"color:#888;font-size:11px\">Nabírej &ndash; náborový systém | nabirej.example</p></body></html>"
ics = ics_text(["BEGIN:VCALENDAR", "PRODID:-//Nabirej//ATS Calendar 3.2//CS", "VERSION:2.0",
                "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + vtz_olson("Europe/Prague", PRG) + [
    "BEGIN:VEVENT", f"DTSTAMP:{utcstamp(sent)}", "UID:nbr-int-58c1a2e7@nabirej.example",
    f"DTSTART;TZID=Europe/Prague:{local(s)}", f"DTEND;TZID=Europe/Prague:{local(e)}",
    "SUMMARY:Pohovor – Konstruktér převodovek (Creo) – Lukáš Doležal",
    "DESCRIPTION:" + ics_escape("Online pohovor, Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_MzQ0Yz%40thread.v2/0\nPohovor vede: Ing. Martin Kučera (martin.kucera@moravskaprevodovka.example)\nKontakt: Kateřina Pokorná, katerina.pokorna@moravskaprevodovka.example, +420 573 301 220"),
    "LOCATION:Microsoft Teams",
    "ORGANIZER;CN=Nabírej – Moravská převodovka:mailto:kalendar@nabirej.example",
    att(USER_NAME, USER), att("Martin Kučera", "martin.kucera@moravskaprevodovka.example"),
    "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
h = base_hdrs("Moravská převodovka a.s. via Nabírej <noreply@nabirej.example>", USER,
              "Pozvánka na pohovor – Konstruktér převodovek (Creo)", sent,
              "<nbr.58c1a2e7.1@nabirej.example>",
              [("Reply-To", "Kateřina Pokorná <katerina.pokorna@moravskaprevodovka.example>"),
               ("Auto-Submitted", "auto-generated")])
m = alt(h, txt, html)
with_ics_attachment(m, ics)
case(c, [("01-nabirej-pozvanka.eml", m)], dict(
    interview=True, interviews=[iv("Moravská převodovka", "Konstruktér převodovek (Creo)", s, e, "scheduled",
                                   ["martin.kucera@moravskaprevodovka.example"],
                                   ["martin.kucera@moravskaprevodovka.example"], "technical")],
    difficulty="medium", category="positive/ats-ics",
    notes="ATS mail sent in CET (20 Mar) for an interview on 31 Mar in CEST (+02:00); '9.30–10.15 hod.'; noreply sender, Reply-To recruiter.",
    source="synthetic"))

# ---- 03 Kovostroj Vyškov: Czech Outlook/Teams invite, then 'Aktualizováno:' reschedule
c = "b91-03-outlook-cz-aktualizovano-reschedule"
s0, e0 = dt(2026, 4, 2, 13, 0), dt(2026, 4, 2, 14, 0)
s1, e1 = dt(2026, 4, 7, 10, 0), dt(2026, 4, 7, 11, 0)
org = ("Petra Novotná", "petra.novotna@kovostroj-vyskov.example")
blaha = ("Radek Blaha", "radek.blaha@kovostroj-vyskov.example")
uid = "040000008200E00074C5B7101A82E00800000000A0B1C2D3E4F5D901000000000000000010000000C3A1F0E2B9D4477A8E21F0C6A93B5D12"
teams = TEAMS_TXT.format(tid="NjQ4ZTk1YjEt", mid="384 552 190 776", pw="Xk7pQ2")
t1 = f"""{kdy(s0, e0)}
Kde: Schůzka v Microsoft Teams

*~*~*~*~*~*~*~*~*~*

Dobrý den, pane Doležale,

jak jsme se domluvili po telefonu, posílám pozvánku na technický pohovor na pozici Konstruktér strojních zařízení. Pohovor povede náš technický ředitel Ing. Radek Blaha, zaměří se na Vaše zkušenosti s návrhem svařovaných konstrukcí a s SolidWorks. Já se pohovoru neúčastním.

S pozdravem
Petra Novotná
HR specialistka | Kovostroj Vyškov a.s.
Dědická 31, 682 01 Vyškov | +420 517 330 415

{teams}"""
st1 = dt(2026, 3, 25, 10, 5)
i1 = outlook_ics("REQUEST", uid, 0, s0, e0, "Pohovor – Konstruktér strojních zařízení – Lukáš Doležal",
                 t1, org, [att(USER_NAME, USER), att(*blaha)], st1)
h1 = base_hdrs(f"{org[0]} <{org[1]}>", f"{USER_NAME} <{USER}>; {blaha[0]} <{blaha[1]}>".replace(";", ","),
               "Pohovor – Konstruktér strojních zařízení – Lukáš Doležal", st1,
               "<VI1PR08MB5321A7E0C1D2@VI1PR08MB5321.eurprd08.prod.outlook.example>",
               [("Thread-Topic", "Pohovor – Konstruktér strojních zařízení – Lukáš Doležal"),
                ("Accept-Language", "cs-CZ, en-US"), ("Content-Language", "cs-CZ")])
m1 = outlook_msg(h1, t1, i1, "REQUEST")
t2 = f"""{kdy(s1, e1)}
Kde: Schůzka v Microsoft Teams

*~*~*~*~*~*~*~*~*~*

Dobrý den, pane Doležale,

omlouvám se za změnu – pan Blaha má na začátku dubna služební cestu k zákazníkovi, proto jsme pohovor přesunuli na úterý {dm(s1)} od {hm(s1)}. Odkaz do Teams zůstává stejný.

Děkuji za pochopení.
Petra Novotná
HR specialistka | Kovostroj Vyškov a.s.
Dědická 31, 682 01 Vyškov | +420 517 330 415

{teams}"""
st2 = dt(2026, 3, 30, 8, 41)
i2 = outlook_ics("REQUEST", uid, 1, s1, e1, "Pohovor – Konstruktér strojních zařízení – Lukáš Doležal",
                 t2, org, [att(USER_NAME, USER), att(*blaha)], st2)
h2 = base_hdrs(f"{org[0]} <{org[1]}>", f"{USER_NAME} <{USER}>, {blaha[0]} <{blaha[1]}>",
               "Aktualizováno: Pohovor – Konstruktér strojních zařízení – Lukáš Doležal", st2,
               "<VI1PR08MB5321B99F00E4@VI1PR08MB5321.eurprd08.prod.outlook.example>",
               [("Thread-Topic", "Pohovor – Konstruktér strojních zařízení – Lukáš Doležal"),
                ("Accept-Language", "cs-CZ, en-US"), ("Content-Language", "cs-CZ")])
m2 = outlook_msg(h2, t2, i2, "REQUEST")
case(c, [("01-pozvanka-outlook.eml", m1), ("02-aktualizovano.eml", m2)], dict(
    interview=True, interviews=[iv("Kovostroj Vyškov", "Konstruktér strojních zařízení", s1, e1, "scheduled",
                                   [blaha[1]], [blaha[1]], "technical")],
    difficulty="medium", category="positive/reschedule-outlook",
    notes="Czech Exchange invite (Central Europe Standard Time) Thu 2 Apr 13:00 then 'Aktualizováno:' SEQUENCE 1 -> Tue 7 Apr 10:00-11:00 CEST. Organizer HR does not attend.",
    source="synthetic"))

# ---- 04 Alpenhydraulik Wien: German thread, two options, user picks Friday 9:00
c = "b91-04-wien-vorstellungsgespraech-thread"
opt1 = dt(2026, 3, 19, 14, 0, VIE)
s = dt(2026, 3, 20, 9, 0, VIE)
sent = dt(2026, 3, 10, 16, 20, VIE)
sab = "sabine.gruber@alpenhydraulik.example"
flo = "florian.hofbauer@alpenhydraulik.example"
t1 = f"""Sehr geehrter Herr Doležal,

vielen Dank für Ihre Bewerbung als Konstrukteur Maschinenbau (m/w/d) bei der Alpenhydraulik GmbH.

Ihre Unterlagen haben uns überzeugt und wir würden Sie gerne persönlich kennenlernen. Wir laden Sie herzlich zu einem Vorstellungsgespräch ein und können Ihnen folgende Termine anbieten:

  * {DE_DAY[opt1.weekday()]}, {opt1.day}. {DE_MONTH[opt1.month - 1]} um {opt1:%H:%M} Uhr
  * {DE_DAY[s.weekday()]}, {s.day}. {DE_MONTH[s.month - 1]} um {s.hour}:00 Uhr

Das Gespräch findet an unserem Standort in Wien-Favoriten statt und dauert ca. 90 Minuten. Seitens Alpenhydraulik nehmen DI Florian Hofbauer (Leiter Konstruktion) und ich teil.

Reisekosten aus Brno erstatten wir Ihnen selbstverständlich.

Bitte teilen Sie mir mit, welcher Termin Ihnen besser passt.

Mit freundlichen Grüßen

Mag. Sabine Gruber
HR Business Partner

Alpenhydraulik GmbH
Laxenburger Straße 221, 1100 Wien
T +43 1 602 45 18-210
{sab}
FN 123456x, Handelsgericht Wien"""
m1 = plain(base_hdrs(f"Sabine Gruber <{sab}>", f"Lukáš Doležal <{USER}>",
                     "Einladung zum Vorstellungsgespräch – Konstrukteur Maschinenbau (m/w/d)", sent,
                     "<20260310152011.GA5521@alpenhydraulik.example>"), t1)
sent2 = dt(2026, 3, 11, 7, 58)
t2 = (f"Sehr geehrte Frau Gruber,\n\nvielen Dank für die Einladung. Der Termin am {DE_DAY[s.weekday()]}, "
      f"{s.day}. {DE_MONTH[s.month - 1]} um {s.hour}:00 Uhr passt mir sehr gut, am Donnerstag bin ich leider "
      f"beruflich gebunden.\n\nMit freundlichen Grüßen\nLukáš Doležal\n+420 777 412 608" +
      quote(t1, f"Sabine Gruber <{sab}>", "Am Di., 10. März 2026 um 16:20").replace("napsal(a)", "schrieb"))
m2 = plain(base_hdrs(f"Lukáš Doležal <{USER}>", f"Sabine Gruber <{sab}>",
                     "Re: Einladung zum Vorstellungsgespräch – Konstrukteur Maschinenbau (m/w/d)", sent2,
                     "<CAk7x9.b4@mail.example.com>",
                     [("In-Reply-To", "<20260310152011.GA5521@alpenhydraulik.example>"),
                      ("References", "<20260310152011.GA5521@alpenhydraulik.example>")]), t2)
sent3 = dt(2026, 3, 11, 9, 14, VIE)
t3 = (f"Sehr geehrter Herr Doležal,\n\nperfekt, dann freuen wir uns auf Sie am Freitag um 9 Uhr. Bitte melden Sie "
      f"sich beim Empfang im Erdgeschoss, ich hole Sie dort ab. Parkplätze für Besucher finden Sie direkt vor dem "
      f"Haupteingang.\n\nMit freundlichen Grüßen\nSabine Gruber\n\nAlpenhydraulik GmbH | Laxenburger Straße 221, "
      f"1100 Wien | T +43 1 602 45 18-210" + quote(t2, f"Lukáš Doležal <{USER}>", "Am Mi., 11. März 2026 um 07:58").replace("napsal(a)", "schrieb"))
m3 = plain(base_hdrs(f"Sabine Gruber <{sab}>", f"Lukáš Doležal <{USER}>",
                     "AW: Einladung zum Vorstellungsgespräch – Konstrukteur Maschinenbau (m/w/d)", sent3,
                     "<20260311081402.GB7710@alpenhydraulik.example>",
                     [("In-Reply-To", "<CAk7x9.b4@mail.example.com>"),
                      ("References", "<20260310152011.GA5521@alpenhydraulik.example> <CAk7x9.b4@mail.example.com>")]), t3)
case(c, [("01-einladung.eml", m1), ("02-re-termin-freitag.eml", m2), ("03-aw-bestaetigung.eml", m3)], dict(
    interview=True, interviews=[iv("Alpenhydraulik", "Konstrukteur Maschinenbau (m/w/d)", s,
                                   s + timedelta(minutes=90), "scheduled", [flo, sab], [flo, sab], "onsite")],
    difficulty="hard", category="positive/thread-propose-confirm",
    notes="German (Vienna) thread: two options (Thu 19 Mar 14:00 Uhr / Fri 20 Mar 9:00); user picks Friday; HR confirms 'Freitag um 9 Uhr'; ca. 90 min, panel of HR + head of design.",
    source="synthetic"))

# ---- 05 Dunajstroj Bratislava: Slovak e-mail + Google Calendar invite (same interview)
c = "b91-05-bratislava-slovak-email-google-invite"
s = dt(2026, 4, 14, 13, 30, BTS)
e = s + timedelta(minutes=45)
zu = "zuzana.horvathova@dunajstroj.example"
mk = "marek.kollar@dunajstroj.example"
sent = dt(2026, 4, 1, 11, 2, BTS)
t1 = f"""Dobrý deň, pán Doležal,

ďakujeme za Váš záujem o pozíciu Konštruktér strojných zariadení v spoločnosti Dunajstroj a.s.

Radi by sme Vás pozvali na online pohovor, ktorý sa uskutoční {SK_ON[s.weekday()]} {s.day}. {SK_MONTH_GEN[s.month - 1]} o {hm(s)} cez Google Meet. Pohovor potrvá približne 45 minút a povedie ho vedúci konštrukcie Ing. Marek Kollár. Pozvánku do kalendára Vám pošlem zvlášť.

V prípade otázok ma neváhajte kontaktovať.

S pozdravom

Zuzana Horváthová
Talent Acquisition Specialist
Dunajstroj a.s., Vajnorská 98, 831 04 Bratislava
+421 2 4920 3318"""
m1 = plain(base_hdrs(f"Zuzana Horváthová <{zu}>", USER, "Pozvánka na pohovor – Konštruktér strojných zariadení",
                     sent, "<CAF9d2.zh.0401@mail.dunajstroj.example>"), t1, cte="base64")
sent2 = dt(2026, 4, 1, 11, 9, BTS)
gtitle = "Pohovor – Lukáš Doležal – Konštruktér strojných zariadení"
gics = ics_text(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
                 "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
                 f"DTSTART:{utcstamp(s)}", f"DTEND:{utcstamp(e)}", f"DTSTAMP:{utcstamp(sent2)}",
                 f"ORGANIZER;CN=Zuzana Horváthová:mailto:{zu}",
                 f"UID:5k2v8q1m7d3rj0c9hp4t6bnx2e@google.com",
                 f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Zuzana Horváthová;X-NUM-GUESTS=0:mailto:{zu}",
                 f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Marek Kollár;X-NUM-GUESTS=0:mailto:{mk}",
                 f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={USER};X-NUM-GUESTS=0:mailto:{USER}",
                 "X-GOOGLE-CONFERENCE:https://meet.google.com/vdr-kqpe-zna",
                 "CREATED:20260401T090812Z",
                 "DESCRIPTION:" + ics_escape("Online pohovor s Ing. Marekom Kollárom (vedúci konštrukcie).\n\nPripojte sa cez Google Meet: https://meet.google.com/vdr-kqpe-zna"),
                 "LAST-MODIFIED:20260401T090901Z", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
                 f"SUMMARY:{ics_escape(gtitle)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
gtxt = f"""{gtitle}
utorok 14. apr. 2026 ⋅ 13:30 – 14:15
Stredoeurópsky čas - Bratislava

Pripojiť sa cez Google Meet
https://meet.google.com/vdr-kqpe-zna

Online pohovor s Ing. Marekom Kollárom (vedúci konštrukcie).

Organizátor
Zuzana Horváthová
{zu}

Hostia
Zuzana Horváthová - organizátor
Marek Kollár
{USER}

Odpovedať pre {USER}

Pozvánka z Kalendára Google: https://calendar.google.com/calendar/"""
ghtml = "<html><body>" + gtxt.replace("\n", "<br>") + "</body></html>"
h = [("Delivered-To", USER), ("Reply-To", f"Zuzana Horváthová <{zu}>"),
     ("Sender", "Google Calendar <calendar-notification@google.com>"),
     ("Message-ID", "<calendar-8e1d44f2-0a6b-4c0b-9a57-1f2b3c4d5e6f@google.com>"),
     ("Date", format_datetime(sent2.astimezone(UTC))),
     ("Subject", f"Pozvánka: {gtitle} @ ut 14. 4. 2026 13:30 – 14:15 (SELČ) ({USER})"),
     ("From", f"Zuzana Horváthová <{zu}>"), ("To", USER), ("MIME-Version", "1.0")]
m2 = EmailMessage()
headers(m2, h)
m2.set_content(gtxt, cte="base64")
m2.add_alternative(ghtml, subtype="html", cte="quoted-printable")
m2.add_alternative(gics.encode("utf-8"), maintype="text", subtype="calendar",
                   params={"method": "REQUEST", "charset": "UTF-8"})
m2.add_attachment(gics.encode(), maintype="application", subtype="ics", filename="invite.ics")
case(c, [("01-pozvanka-email.eml", m1), ("02-google-pozvanka.eml", m2)], dict(
    interview=True, interviews=[iv("Dunajstroj", "Konštruktér strojných zariadení", s, e, "scheduled",
                                   [mk], [mk], "hiring_manager")],
    difficulty="medium", category="positive/dedupe",
    notes="Slovak base64 e-mail 'v utorok 14. apríla o 13:30' + Google invite (UTC times, Slovak UI) for the same interview -> one.",
    source="synthetic"))

# ---- 06 Slavkovská strojírna: HTML-only itinerary, plant tour + technical interview + HR
c = "b91-06-plant-tour-technical-onsite-html"
day = dt(2026, 4, 16)
slots = [(dt(2026, 4, 16, 8, 30), dt(2026, 4, 16, 9, 15), "Prohlídka závodu (obrobna, svařovna, montáž)", "Ing. Ondřej Sýkora, vedoucí konstrukce"),
         (dt(2026, 4, 16, 9, 15), dt(2026, 4, 16, 10, 45), "Technický pohovor + praktická úloha (čtení výkresu, tolerance, GD&amp;T)", "Ing. Ondřej Sýkora, Ing. Alena Šťastná (senior konstruktérka)"),
         (dt(2026, 4, 16, 10, 45), dt(2026, 4, 16, 11, 15), "Závěrečný rozhovor – podmínky, benefity", "Bc. Lenka Vávrová, HR")]
sent = dt(2026, 4, 7, 14, 30)
rows = "".join(f"<tr><td style=\"padding:4px 10px\">{a:%H:%M}&nbsp;–&nbsp;{b:%H:%M}</td><td style=\"padding:4px 10px\">{t}</td><td style=\"padding:4px 10px\">{p}</td></tr>" for a, b, t, p in slots)
html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dobrý den, pane Doležale,</p>
<p>na základě telefonické domluvy Vám zasílám program druhého kola výběrového řízení na pozici <b>Konstruktér jednoúčelových strojů</b>, které proběhne {CZ_ON[day.weekday()]} <b>{dm(day)} {day.year}</b> přímo v našem závodě ve Slavkově u Brna.</p>
<table style="border-collapse:collapse;border:1px solid #bbb"><tr style="background:#e8eef5"><th>Čas</th><th>Program</th><th>S kým</th></tr>{rows}</table>
<p>Prosíme o příchod cca 10 minut předem na vrátnici (Bučovická 1520), kde obdržíte návštěvnickou kartu. Ochranné pomůcky (obuv, brýle) pro prohlídku výroby zapůjčíme.</p>
<p>Kontakty: ondrej.sykora@slavkovska-strojirna.example, alena.stastna@slavkovska-strojirna.example</p>
<p>S pozdravem</p>
<p>Bc. Lenka Vávrová<br>personální oddělení<br>Slavkovská strojírna a.s.<br>Bučovická 1520, 684 01 Slavkov u Brna<br>tel. +420 544 220 731</p>
</body></html>"""
m = html_only(base_hdrs("Lenka Vávrová <lenka.vavrova@slavkovska-strojirna.example>", USER,
                        "Program 2. kola – Konstruktér jednoúčelových strojů", sent,
                        "<5e1c0a7d-2b9f@slavkovska-strojirna.example>"), html)
case(c, [("01-program-druheho-kola.eml", m)], dict(
    interview=True, interviews=[iv("Slavkovská strojírna", "Konstruktér jednoúčelových strojů", slots[0][0], slots[-1][1],
                                   "scheduled",
                                   ["ondrej.sykora@slavkovska-strojirna.example", "alena.stastna@slavkovska-strojirna.example",
                                    "lenka.vavrova@slavkovska-strojirna.example"],
                                   ["ondrej.sykora@slavkovska-strojirna.example", "alena.stastna@slavkovska-strojirna.example",
                                    "lenka.vavrova@slavkovska-strojirna.example"], "onsite")],
    difficulty="hard", category="positive/onsite-loop",
    notes="HTML-only (QP) itinerary table: plant tour 8:30 led by head of design, technical interview, HR wrap-up until 11:15 -> one onsite 8:30-11:15 (arrive 10 min early is not the start).",
    source="synthetic"))

# ---- 07 Jihomoravské armatury: Outlook invite then 'Zrušeno:' METHOD:CANCEL
c = "b91-07-outlook-zruseno-cancel"
s, e = dt(2026, 3, 25, 15, 0), dt(2026, 3, 25, 16, 0)
tp = ("Tomáš Pospíšil", "tomas.pospisil@jmarmatury.example")
uid = "040000008200E00074C5B7101A82E008000000005F2E8A7C11B6DC01000000000000000010000000A1D4E7F0C2B5488C9F3A6D0E2B4C6A81"
teams = TEAMS_TXT.format(tid="ZTk4YWQyNTAt", mid="312 907 455 128", pw="a9Ls3T")
t1 = f"""{kdy(s, e)}
Kde: Schůzka v Microsoft Teams

*~*~*~*~*~*~*~*~*~*

Dobrý den,

posílám pozvánku na online pohovor na pozici konstruktér armatur. Budeme si povídat hlavně o Vašich zkušenostech s tlakovými celky a s výpočty dle ČSN EN 13445.

Tomáš Pospíšil
vedoucí konstrukce
Jihomoravské armatury s.r.o. | Národní 1255, 695 01 Hodonín | +420 518 390 117

{teams}"""
st1 = dt(2026, 3, 18, 9, 22)
i1 = outlook_ics("REQUEST", uid, 0, s, e, "Pohovor – konstruktér armatur", t1, tp, [att(USER_NAME, USER)], st1)
m1 = outlook_msg(base_hdrs(f"{tp[0]} <{tp[1]}>", f"{USER_NAME} <{USER}>", "Pohovor – konstruktér armatur", st1,
                           "<DB9PR02MB7011E2A1@DB9PR02MB7011.eurprd02.prod.outlook.example>",
                           [("Thread-Topic", "Pohovor – konstruktér armatur")]), t1, i1, "REQUEST")
st2 = dt(2026, 3, 23, 17, 3)
t2 = f"""{kdy(s, e)}
Kde: Schůzka v Microsoft Teams

*~*~*~*~*~*~*~*~*~*

Dobrý den, pane Doležale,

omlouvám se, ale pozice byla mezitím obsazena interním kandidátem, a proto musím náš pohovor zrušit. Váš životopis si s Vaším souhlasem ponecháme pro další příležitosti.

S pozdravem
Tomáš Pospíšil"""
i2 = outlook_ics("CANCEL", uid, 1, s, e, "Zrušeno: Pohovor – konstruktér armatur", t2, tp,
                 [att(USER_NAME, USER, rsvp=False)], st2, status="CANCELLED")
m2 = outlook_msg(base_hdrs(f"{tp[0]} <{tp[1]}>", f"{USER_NAME} <{USER}>", "Zrušeno: Pohovor – konstruktér armatur", st2,
                           "<DB9PR02MB7011F9C3@DB9PR02MB7011.eurprd02.prod.outlook.example>",
                           [("Thread-Topic", "Pohovor – konstruktér armatur"), ("Importance", "high")]),
                 t2, i2, "CANCEL")
case(c, [("01-pozvanka.eml", m1), ("02-zruseno.eml", m2)], dict(
    interview=True, interviews=[iv("Jihomoravské armatury", "konstruktér armatur", s, e, "cancelled",
                                   [tp[1]], [tp[1]], "hiring_manager")],
    difficulty="medium", category="positive/cancellation",
    notes="Czech Outlook invite Wed 25 Mar 15:00-16:00 CET, then 'Zrušeno:' METHOD:CANCEL (position filled internally) -> cancelled.",
    source="synthetic"))

# ---- 08 Blanenské slévárny: invitation, candidate withdraws by e-mail
c = "b91-08-candidate-withdrawal"
s = dt(2026, 4, 20, 9, 30)
ms = "martina.sedlackova@blanenske-slevarny.example"
sent = dt(2026, 4, 9, 10, 48)
t1 = f"""Dobrý den, pane Doležale,

děkujeme za zaslání životopisu na pozici Konstruktér forem a přípravků. Rádi bychom Vás pozvali na osobní pohovor {CZ_ON[s.weekday()]} {dm(s)} v {hm(s, '.')} hod. v areálu závodu, Komenského 8, Blansko (administrativní budova, 1. patro). Pohovor povede vedoucí technologie Ing. Vladimír Kříž.

Termín mi prosím potvrďte.

S pozdravem
Martina Sedláčková
personalistka
Blanenské slévárny a.s.
tel.: 516 410 233"""
m1 = plain(base_hdrs(f"Martina Sedláčková <{ms}>", USER, "Výběrové řízení – Konstruktér forem a přípravků", sent,
                     "<000c01dcc7e2$8a1b2c30$9e518490$@blanenske-slevarny.example>",
                     [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdzH4ooIbKeN3zXRRm2pVqf1tAq1Lw==")]), t1)
sent2 = dt(2026, 4, 9, 12, 2)
t2 = (f"Dobrý den, paní Sedláčková,\n\nděkuji, termín {dm(s)} v {hm(s, '.')} potvrzuji.\n\n{SIG_USER}" +
      quote(t1, f"Martina Sedláčková <{ms}>", "Dne čt 9. 4. 2026 v 10:48"))
m2 = plain(base_hdrs(f"{USER_NAME} <{USER}>", f"Martina Sedláčková <{ms}>",
                     "Re: Výběrové řízení – Konstruktér forem a přípravků", sent2, "<CAk7x9.b8a@mail.example.com>",
                     [("In-Reply-To", "<000c01dcc7e2$8a1b2c30$9e518490$@blanenske-slevarny.example>"),
                      ("References", "<000c01dcc7e2$8a1b2c30$9e518490$@blanenske-slevarny.example>")]), t2)
sent3 = dt(2026, 4, 15, 18, 30)
t3 = (f"Dobrý den, paní Sedláčková,\n\nvelice se omlouvám, ale pohovor v pondělí {dm(s)} musím zrušit – mezitím jsem "
      f"přijal jinou nabídku a ve výběrovém řízení proto nebudu pokračovat. Děkuji za Váš čas a pochopení.\n\n{SIG_USER}" +
      quote(t2, f"{USER_NAME} <{USER}>", "Dne čt 9. 4. 2026 v 12:02"))
m3 = plain(base_hdrs(f"{USER_NAME} <{USER}>", f"Martina Sedláčková <{ms}>",
                     "Re: Výběrové řízení – Konstruktér forem a přípravků", sent3, "<CAk7x9.b8b@mail.example.com>",
                     [("In-Reply-To", "<CAk7x9.b8a@mail.example.com>"),
                      ("References", "<000c01dcc7e2$8a1b2c30$9e518490$@blanenske-slevarny.example> <CAk7x9.b8a@mail.example.com>")]), t3)
sent4 = dt(2026, 4, 16, 8, 12)
t4 = ("Dobrý den, pane Doležale,\n\nděkuji za informaci, termín jsem uvolnila. Přejeme hodně úspěchů v novém "
      "zaměstnání.\n\nS pozdravem\nMartina Sedláčková" + quote(t3, f"{USER_NAME} <{USER}>", "Dne st 15. 4. 2026 v 18:30"))
m4 = plain(base_hdrs(f"Martina Sedláčková <{ms}>", USER, "RE: Výběrové řízení – Konstruktér forem a přípravků", sent4,
                     "<001f01dccd4a$0b7c9e10$22563a30$@blanenske-slevarny.example>",
                     [("In-Reply-To", "<CAk7x9.b8b@mail.example.com>")]), t4)
case(c, [("01-pozvanka.eml", m1), ("02-re-potvrzuji.eml", m2), ("03-re-omluva-zruseni.eml", m3),
         ("04-re-dekuji.eml", m4)], dict(
    interview=True, interviews=[iv("Blanenské slévárny", "Konstruktér forem a přípravků", s, None, "cancelled",
                                   [], [ms], "hiring_manager")],
    difficulty="medium", category="positive/cancellation",
    notes="Invitation 'v pondělí 20. 4. v 9.30 hod.' (no duration), confirmed, then candidate withdraws -> cancelled. Interviewer has no address -> recipients = HR.",
    source="synthetic"))

# ---- 09 Rostex: phone screen 'zítra ve 14h', then second round after DST
c = "b91-09-phone-screen-then-druhe-kolo"
vd = "veronika.dvorakova@rostex.example"
jv = "jiri.vojtek@rostex.example"
sent1 = dt(2026, 3, 3, 10, 15)
ps = (sent1 + timedelta(days=1)).replace(hour=14, minute=0)
r2 = dt(2026, 3, 30, 10, 0)
sig_v = "Veronika Dvořáková\nRecruiter | Rostex Technik s.r.o.\nŠlapanická 12, 628 00 Brno-Líšeň\nmobil: +420 731 555 214"
t1 = f"""Dobrý den, pane Doležale,

našla jsem Váš profil na Kariéře a ráda bych Vám představila pozici Konstruktér – manipulační technika u nás v Rostexu. Měl byste zítra ve 14h čas na krátký telefonický pohovor (cca 30 minut)? Zavolala bych Vám na číslo uvedené v životopisu.

Děkuji a přeji hezký den
{sig_v}"""
m1 = plain(base_hdrs(f"Veronika Dvořáková <{vd}>", USER, "Pozice Konstruktér – manipulační technika", sent1,
                     "<CAG4p1.vd.0303@rostex.example>"), t1)
sent2 = dt(2026, 3, 3, 11, 2)
t2 = "Dobrý den,\n\nzítra ve 14h mi to vyhovuje, budu k dispozici na čísle +420 777 412 608.\n\nDěkuji, L. Doležal" + \
    quote(t1, f"Veronika Dvořáková <{vd}>", "Dne út 3. 3. 2026 v 10:15")
m2 = plain(base_hdrs(f"{USER_NAME} <{USER}>", f"Veronika Dvořáková <{vd}>",
                     "Re: Pozice Konstruktér – manipulační technika", sent2, "<CAk7x9.b9a@mail.example.com>",
                     [("In-Reply-To", "<CAG4p1.vd.0303@rostex.example>"), ("References", "<CAG4p1.vd.0303@rostex.example>")]), t2)
sent3 = dt(2026, 3, 4, 16, 40)
t3 = f"""Dobrý den, pane Doležale,

děkuji za příjemný telefonát. Rádi bychom Vás pozvali do druhého kola výběrového řízení – osobní pohovor u nás v Líšni s vedoucím konstrukce Ing. Jiřím Vojtkem ({jv}), budu u toho i já. Navrhuji {CZ_ON[r2.weekday()]} {dm(r2)} od 10 hodin, počítejte zhruba s hodinou a půl (součástí bude i krátká ukázka práce v Inventoru).

Dejte mi prosím vědět, zda Vám termín vyhovuje.

{sig_v}"""
m3 = plain(base_hdrs(f"Veronika Dvořáková <{vd}>", USER, "Druhé kolo – Konstruktér manipulační techniky", sent3,
                     "<CAG4p1.vd.0304@rostex.example>", cc=f"Jiří Vojtek <{jv}>"), t3)
sent4 = dt(2026, 3, 4, 20, 11)
t4 = f"Dobrý den,\n\nděkuji, {CZ_DAY[r2.weekday()]} {dm(r2)} v 10:00 potvrzuji.\n\n{SIG_USER}" + \
    quote(t3, f"Veronika Dvořáková <{vd}>", "Dne st 4. 3. 2026 v 16:40")
m4 = plain(base_hdrs(f"{USER_NAME} <{USER}>", f"Veronika Dvořáková <{vd}>",
                     "Re: Druhé kolo – Konstruktér manipulační techniky", sent4, "<CAk7x9.b9b@mail.example.com>",
                     [("In-Reply-To", "<CAG4p1.vd.0304@rostex.example>"), ("References", "<CAG4p1.vd.0304@rostex.example>")],
                     cc=f"Jiří Vojtek <{jv}>"), t4)
case(c, [("01-osloveni.eml", m1), ("02-re-zitra-14h.eml", m2), ("03-druhe-kolo.eml", m3), ("04-re-potvrzeni.eml", m4)], dict(
    interview=True, interviews=[
        iv("Rostex Technik", "Konstruktér – manipulační technika", ps, ps + timedelta(minutes=30), "scheduled",
           [vd], [vd], "phone_screen"),
        iv("Rostex Technik", "Konstruktér – manipulační technika", r2, r2 + timedelta(minutes=90), "scheduled",
           [jv, vd], [jv, vd], "onsite")],
    difficulty="hard", category="positive/two-interviews",
    notes="Phone screen 'zítra ve 14h' resolved from Tue 3 Mar -> Wed 4 Mar 14:00 CET (~30 min); second round Mon 30 Mar 10:00 CEST (day after DST), 1.5 h.",
    source="synthetic"))

# ---- 10 Corvane (US HQ): English mail 'Tue 3/17 @ 10:30a ET' + Calendar API event, US/EU DST gap
c = "b91-10-us-hq-et-gcal-json-dst-gap"
s = dt(2026, 3, 17, 10, 30, NYC)
e = s + timedelta(minutes=45)
sp = s.astimezone(PRG)
mp = "megan.pruitt@corvane.example"
dk = "dan.kowalczyk@corvane.example"
sent = dt(2026, 3, 11, 9, 5, NYC)
t1 = f"""Hi Lukáš,

Thanks for sending over your portfolio - Dan (Engineering Manager for our Grand Rapids and Brno design teams) would love to chat about the Senior Mechanical Design Engineer role.

How's Tue 3/17 @ 10:30a ET? That would be {sp:%H:%M} in Brno - heads up, we switched to daylight saving time here last weekend, so for the next couple of weeks we're only 5 hours apart, not 6. Plan on 45 min over Google Meet; I'll send the invite once you confirm.

Best,
Megan

Megan Pruitt | Talent Acquisition Partner
Corvane Industrial | 4400 Broadmoor Ave SE, Grand Rapids, MI 49512
(616) 555-0148"""
m1 = plain(base_hdrs(f"Megan Pruitt <{mp}>", USER, "Corvane - chat with Dan Kowalczyk", sent,
                     "<CAMp7t.4410@mail.corvane.example>"), t1, cte="7bit" if t1.isascii() else "quoted-printable")
sent2 = dt(2026, 3, 11, 17, 40)
t2 = (f"Hi Megan,\n\nTuesday 3/17 at {sp:%H:%M} CET (10:30 ET) works for me. Looking forward to talking with Dan.\n\n"
      f"Best regards,\nLukáš Doležal" + quote(t1, f"Megan Pruitt <{mp}>", "On Wed, Mar 11, 2026 at 2:05 PM").replace("napsal(a)", "wrote"))
m2 = plain(base_hdrs(f"{USER_NAME} <{USER}>", f"Megan Pruitt <{mp}>", "Re: Corvane - chat with Dan Kowalczyk", sent2,
                     "<CAk7x9.b10@mail.example.com>",
                     [("In-Reply-To", "<CAMp7t.4410@mail.corvane.example>"), ("References", "<CAMp7t.4410@mail.corvane.example>")]), t2)
ev = {
    "kind": "calendar#event", "etag": "\"3541278830212000\"", "id": "7p0c4ha1u2m9vkf3qe6b8rt5sd",
    "status": "confirmed",
    "htmlLink": "https://www.google.com/calendar/event?eid=N3AwYzRoYTF1Mm05dmtmM3FlNmI4cnQ1c2QgbHVrYXMuZG9sZXphbEBleGFtcGxlLmNvbQ",
    "created": "2026-03-11T17:02:14.000Z", "updated": "2026-03-11T17:55:15.106Z",
    "summary": "Lukáš Doležal <> Dan Kowalczyk (Corvane - Sr. Mechanical Design Engineer)",
    "description": "Hiring manager conversation for the Senior Mechanical Design Engineer role (Brno).\nDan will walk through the team's current projects; come ready to talk through one design you're proud of.\n\nScheduled by Megan Pruitt, Talent Acquisition.",
    "creator": {"email": mp, "displayName": "Megan Pruitt"},
    "organizer": {"email": mp, "displayName": "Megan Pruitt"},
    "start": {"dateTime": s.isoformat(), "timeZone": "America/New_York"},
    "end": {"dateTime": e.isoformat(), "timeZone": "America/New_York"},
    "iCalUID": "7p0c4ha1u2m9vkf3qe6b8rt5sd@google.com", "sequence": 0,
    "attendees": [
        {"email": mp, "displayName": "Megan Pruitt", "organizer": True, "responseStatus": "accepted"},
        {"email": dk, "displayName": "Dan Kowalczyk", "responseStatus": "accepted"},
        {"email": USER, "self": True, "responseStatus": "accepted"}],
    "hangoutLink": "https://meet.google.com/cwq-hzrn-ptb",
    "conferenceData": {"entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/cwq-hzrn-ptb",
                                        "label": "meet.google.com/cwq-hzrn-ptb"}],
                       "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                       "conferenceId": "cwq-hzrn-ptb"},
    "reminders": {"useDefault": True}, "eventType": "default"}
case(c, [("01-megan-proposal.eml", m1), ("02-re-confirm.eml", m2), ("03-calendar-event.gcal.json", ev)], dict(
    interview=True, interviews=[iv("Corvane Industrial", "Senior Mechanical Design Engineer", sp, e.astimezone(PRG),
                                   "scheduled", [dk], [dk], "hiring_manager")],
    difficulty="hard", category="positive/dst-gap-gcal-json",
    notes="US HQ already on EDT (after Mar 8), Brno still CET: 10:30 ET = 15:30 CET (5 h gap). Mail + Calendar API event -> one.",
    source="synthetic"))

# ---- 11 Lisovna Tišnov via job board Kariéra: standalone .ics in UTC
c = "b91-11-kariera-board-standalone-ics-utc"
s = dt(2026, 4, 9, 10, 0)
e = s + timedelta(minutes=45)
hm_ = "hana.mala@lisovna-tisnov.example"
ics = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Kariera.example//Terminy pohovoru 2.4//CS",
                "METHOD:PUBLISH", "X-WR-CALNAME:Kariéra – moje pohovory", "BEGIN:VEVENT",
                "UID:kariera-slot-20260409-7741@kariera.example", f"DTSTAMP:{utcstamp(dt(2026, 3, 27, 14, 3))}",
                f"DTSTART:{utcstamp(s)}", f"DTEND:{utcstamp(e)}",
                "SUMMARY:Pohovor: Konstruktér lisovacích nástrojů – Lisovna Tišnov s.r.o.",
                "DESCRIPTION:" + ics_escape("Termín osobního pohovoru jste si rezervoval přes portál Kariéra.\n\nS kým: Ing. Hana Malá, vedoucí nástrojárny (hana.mala@lisovna-tisnov.example)\nKde: Lisovna Tišnov s.r.o., Brněnská 1840, 666 01 Tišnov – vrátnice B\n\nZměnu nebo zrušení termínu provedete v sekci Moje reakce."),
                "LOCATION:" + ics_escape("Lisovna Tišnov s.r.o., Brněnská 1840, 666 01 Tišnov"),
                "ORGANIZER;CN=Kariéra:mailto:noreply@kariera.example",
                f"ATTENDEE;CN={USER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{USER}",
                f"ATTENDEE;CN=Hana Malá;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{hm_}",
                "STATUS:CONFIRMED", "SEQUENCE:0", "BEGIN:VALARM", "ACTION:DISPLAY",
                "DESCRIPTION:Pohovor za hodinu", "TRIGGER:-PT1H", "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
case(c, [("01-pohovor-lisovna-tisnov.ics", ics)], dict(
    interview=True, interviews=[iv("Lisovna Tišnov", "Konstruktér lisovacích nástrojů", s, e, "scheduled",
                                   [hm_], [hm_], "hiring_manager")],
    difficulty="medium", category="positive/standalone-ics",
    notes="Job-board generated standalone .ics, METHOD:PUBLISH, UTC times 08:00Z = 10:00 CEST; organizer is noreply, interviewer in ATTENDEE/DESCRIPTION.",
    source="synthetic"))

# ---- 12 TechPeople agency forwards the client's confirmation: 'v půl jedenácté'
c = "b91-12-agency-forward-pul-jedenacte"
s = dt(2026, 3, 13, 10, 30)
mu = "michal.urban@techpeople.example"
rt = "roman.tichy@pohony-km.example"
sent = dt(2026, 3, 9, 11, 20)
t = f"""Dobrý den, Lukáši,

máme to potvrzené! Posílám níže odpověď od klienta. Pohovor bude {CZ_ON[s.weekday()]} {dm(s)} v půl jedenácté přímo v Kroměříži, počítejte asi s hodinou. Pan Tichý je hlavní konstruktér, bude s ním ještě kolega z výroby. Po pohovoru mi prosím zavolejte, jak to šlo.

Michal Urban
Senior Consultant – Engineering
TechPeople Brno s.r.o. | personální agentura
Holandská 8, 639 00 Brno
+420 602 118 947 | {mu}

---------- Přeposlaná zpráva ----------
Od: Roman Tichý <{rt}>
Datum: po 9. 3. 2026 v 11:02
Předmět: RE: Kandidát L. Doležal – konstruktér elektropohonů
Komu: Michal Urban <{mu}>

Ahoj Michale,

díky za kandidáta, životopis vypadá dobře. Pana Doležala rádi uvidíme {CZ_ON[s.weekday()]} {dm(s)} v {hm(s)} u nás, vrátnice Hulínská 2, Kroměříž. Budu tam já a Petr Zámečník z výroby.

Roman

Ing. Roman Tichý
hlavní konstruktér
Pohony Kroměříž a.s."""
m = plain(base_hdrs(f"Michal Urban <{mu}>", USER, "Fwd: RE: Kandidát L. Doležal – konstruktér elektropohonů", sent,
                    "<CAHt9x.mu.0309@techpeople.example>"), t)
case(c, [("01-fwd-potvrzeni-klienta.eml", m)], dict(
    interview=True, interviews=[iv("Pohony Kroměříž", "konstruktér elektropohonů", s, s + timedelta(hours=1), "scheduled",
                                   [rt], [rt], "onsite")],
    difficulty="hard", category="positive/forwarded-agency",
    notes="Agency recruiter forwards client's reply; 'v půl jedenácté' = 10:30 (Czech 'half to eleven'); ~1 h; client chief designer + colleague without address.",
    source="synthetic"))

# ---- 13 Zlínské tepelné systémy: Teams invite (base64), noon, user's 'Přijato:' reply
c = "b91-13-teams-base64-poledne-prijato"
s, e = dt(2026, 3, 24, 12, 0), dt(2026, 3, 24, 12, 45)
kb = ("Klára Benešová", "klara.benesova@zts-zlin.example")
ds = ("David Straka", "david.straka@zts-zlin.example")
uid = "040000008200E00074C5B7101A82E00800000000D7C3B2A19F8EDC010000000000000000100000004E2A9C7B1F3D4E5A8B6C0D2E4F6A8B0C"
teams = TEAMS_TXT.format(tid="YjM2MWQ4ZTAt", mid="351 774 209 631", pw="qR4nV8")
title = "Online pohovor – Konstruktér tepelných výměníků"
t1 = f"""{kdy(s, e)}
Kde: Schůzka v Microsoft Teams

*~*~*~*~*~*~*~*~*~*

Dobrý den, pane Doležale,

jak jsme se domluvili, posílám pozvánku na online pohovor v úterý v poledne. Pohovor povede vedoucí vývoje Ing. David Straka, potrvá cca 45 minut. Pozvánku jsem pouze připravila, sama se nepřipojím.

Hezký den
Klára Benešová
HR Generalist, Zlínské tepelné systémy a.s.
třída Tomáše Bati 1650, 760 01 Zlín | +420 577 204 512

{teams}"""
st1 = dt(2026, 3, 19, 13, 37)
i1 = outlook_ics("REQUEST", uid, 0, s, e, title, t1, kb, [att(USER_NAME, USER), att(*ds)], st1)
m1 = outlook_msg(base_hdrs(f"{kb[0]} <{kb[1]}>", f"{USER_NAME} <{USER}>, {ds[0]} <{ds[1]}>", title, st1,
                           "<AM6PR07MB4410C1E2@AM6PR07MB4410.eurprd07.prod.outlook.example>",
                           [("Thread-Topic", title), ("Content-Language", "cs-CZ")]), t1, i1, "REQUEST", cte="base64")
st2 = dt(2026, 3, 19, 14, 2)
i2 = ics_text(["BEGIN:VCALENDAR", "METHOD:REPLY", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] +
              vtz_windows_ce() + ["BEGIN:VEVENT", f"ATTENDEE;PARTSTAT=ACCEPTED;CN={USER_NAME}:mailto:{USER}",
                                  f"ORGANIZER;CN={kb[0]}:mailto:{kb[1]}", f"UID:{uid}", "SEQUENCE:0",
                                  f"SUMMARY;LANGUAGE=cs-CZ:Přijato: {title}",
                                  f"DTSTART;TZID=Central Europe Standard Time:{local(s)}",
                                  f"DTEND;TZID=Central Europe Standard Time:{local(e)}",
                                  f"DTSTAMP:{utcstamp(st2)}", "CLASS:PUBLIC", "PRIORITY:5", "TRANSP:OPAQUE",
                                  "STATUS:CONFIRMED", "LOCATION;LANGUAGE=cs-CZ:Schůzka v Microsoft Teams",
                                  "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:-1203341822",
                                  "END:VEVENT", "END:VCALENDAR"])
m2 = outlook_msg(base_hdrs(f"{USER_NAME} <{USER}>", f"{kb[0]} <{kb[1]}>", f"Přijato: {title}", st2,
                           "<PR3PR01MB6120A0B1@PR3PR01MB6120.eurprd01.prod.outlook.example>",
                           [("Thread-Topic", title)]), "", i2, "REPLY")
case(c, [("01-pozvanka-teams.eml", m1), ("02-prijato.eml", m2)], dict(
    interview=True, interviews=[iv("Zlínské tepelné systémy", "Konstruktér tepelných výměníků", s, e, "scheduled",
                                   [ds[1]], [ds[1]], "technical")],
    difficulty="medium", category="positive/outlook-teams",
    notes="Exchange invite with base64 text body ('v poledne', 12:00-12:45 CET) + the user's own 'Přijato:' METHOD:REPLY -> one interview.",
    source="synthetic"))

# ================================================================ negatives
# ---- 14 Úřad práce appointment
c = "b91-14-urad-prace-individualni-pohovor"
s = dt(2026, 3, 5, 8, 45)
sent = dt(2026, 2, 23, 9, 31)
t = f"""Vážený pane Doležale,

Úřad práce České republiky – krajská pobočka v Brně, kontaktní pracoviště Brno-město, Vás v souvislosti s Vaší evidencí jako zájemce o zaměstnání zve na individuální pohovor se zprostředkovatelkou.

Termín: {CZ_DAY[s.weekday()]} {s.day}. {CZ_MONTH_GEN[s.month - 1]} {s.year} v {hm(s)} hod.
Místo: Polní 37, Brno, 2. patro, kancelář č. 214
Zprostředkovatelka: Mgr. Ilona Procházková

Na schůzce projednáme Váš individuální akční plán, nabídky volných pracovních míst v oboru strojírenství a možnosti rekvalifikace. Vezměte si prosím s sebou občanský průkaz a aktuální životopis.

V případě, že se nemůžete dostavit, omluvte se prosím předem telefonicky na čísle 950 161 444.

S pozdravem

Úřad práce ČR
Kontaktní pracoviště Brno-město
Tato zpráva byla odeslána automaticky, neodpovídejte na ni."""
m = plain(base_hdrs("Úřad práce ČR – KoP Brno-město <podatelna.bm@uradprace.example>", USER,
                    "Pozvání k individuálnímu pohovoru – zájemce o zaměstnání", sent,
                    "<up.bm.2026.02.23.88131@uradprace.example>"), t)
case(c, [("01-pozvani-up.eml", m)], dict(
    interview=False, interviews=[], difficulty="hard", category="negative/government-appointment",
    notes="Labour office (Úřad práce) 'individuální pohovor' with a counsellor; not a job interview.",
    source="synthetic"))

# ---- 15 Pre-employment medical after an offer
c = "b91-15-vstupni-lekarska-prohlidka"
lk = "lucie.kratka@bcerpadla.example"
sent1 = dt(2026, 4, 14, 9, 10)
t1 = """Dobrý den, pane Doležale,

děkujeme za přijetí naší nabídky na pozici Konstruktér čerpadel, moc nás to těší. Na základě výsledků výběrového řízení s Vámi počítáme od 1. 6. 2026.

Před nástupem je nutné absolvovat vstupní lékařskou prohlídku u našeho poskytovatele pracovnělékařských služeb. Termín Vám obratem zarezervuji a pošlu pozvánku do kalendáře.

S pozdravem
Lucie Krátká
HR specialistka | Brněnské čerpadlárny a.s.
Hněvkovského 65, 617 00 Brno | +420 543 118 602"""
m1 = plain(base_hdrs(f"Lucie Krátká <{lk}>", USER, "Nástup – Konstruktér čerpadel", sent1,
                     "<bc.hr.20260414.1@bcerpadla.example>"), t1)
s = dt(2026, 4, 23, 7, 0)
e = dt(2026, 4, 23, 8, 0)
sent2 = dt(2026, 4, 14, 13, 25)
t2 = f"""Dobrý den,

vstupní lékařskou prohlídku máte zarezervovanou {CZ_ON[s.weekday()]} {dm(s)} v {hm(s)} u MUDr. Pavla Hájka (závodní lékař), Ordinace pracovnělékařských služeb, Hněvkovského 65, budova C, přízemí. Přijďte prosím nalačno, vezměte si s sebou průkaz pojištěnce, výpis ze zdravotní dokumentace od praktického lékaře a tuto žádost o provedení prohlídky (v příloze pozvánky).

S pozdravem
Lucie Krátká"""
ics = ics_text(["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
                "METHOD:REQUEST"] + vtz_olson("Europe/Prague", PRG) + [
    "BEGIN:VEVENT", f"ORGANIZER;CN=Lucie Krátká:mailto:{lk}", att(USER_NAME, USER),
    f"DTSTART;TZID=Europe/Prague:{local(s)}", f"DTEND;TZID=Europe/Prague:{local(e)}",
    "SUMMARY:Vstupní lékařská prohlídka – L. Doležal",
    "DESCRIPTION:" + ics_escape(t2),
    "LOCATION:" + ics_escape("Ordinace PLS, Hněvkovského 65, budova C"),
    "UID:BC-PLS-20260423-0700-DOLEZAL@bcerpadla.example", f"DTSTAMP:{utcstamp(sent2)}",
    "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
m2 = plain(base_hdrs(f"Lucie Krátká <{lk}>", USER, "Vstupní lékařská prohlídka – termín", sent2,
                     "<bc.hr.20260414.2@bcerpadla.example>"), t2)
with_ics_attachment(m2, ics, filename="prohlidka.ics")
case(c, [("01-nastup.eml", m1), ("02-lekarska-prohlidka.eml", m2)], dict(
    interview=False, interviews=[], difficulty="hard", category="negative/medical-after-offer",
    notes="Offer accepted, then a pre-employment medical booked with an .ics invite; not an interview.",
    source="synthetic"))

# ---- 16 Rejection after interview (ATS)
c = "b91-16-rejection-bohuzel"
sent = dt(2026, 3, 27, 15, 44)
t = """Dobrý den, pane Doležale,

děkujeme Vám za čas, který jste věnoval pohovoru na pozici Konstruktér mechatronických systémů, i za Váš zájem o práci v naší společnosti.

Bohužel Vám musíme sdělit, že jsme se po pečlivém zvážení rozhodli pozvat do druhého kola výběrového řízení jiné kandidáty, jejichž zkušenosti lépe odpovídají našim aktuálním požadavkům.

Pokud souhlasíte, ponecháme si Váš životopis v databázi uchazečů a ozveme se, jakmile se objeví vhodná pozice.

Přejeme hodně úspěchů.

S pozdravem
Tým HR, Mechatronika Boskovice s.r.o.

---
Odesláno ze systému Nabírej. Na tuto zprávu neodpovídejte."""
html = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in t.split("\n\n")) + "</body></html>"
m = alt(base_hdrs("Mechatronika Boskovice via Nabírej <noreply@nabirej.example>", USER,
                  "Výsledek výběrového řízení – Konstruktér mechatronických systémů", sent,
                  "<nbr.a71e09.rej@nabirej.example>", [("Auto-Submitted", "auto-generated")]), t, html)
case(c, [("01-vysledek-vr.eml", m)], dict(
    interview=False, interviews=[], difficulty="medium", category="negative/rejection",
    notes="ATS rejection ('bohužel') referring to a past interview and a second round the user won't attend.",
    source="synthetic"))

# ---- 17 Offer with contract-signing appointment
c = "b91-17-offer-podpis-smlouvy"
s = dt(2026, 4, 27, 9, 0)
sent = dt(2026, 4, 17, 11, 5)
t = f"""Dobrý den, pane Doležale,

děkujeme za Vaši účast ve výběrovém řízení a za příjemné rozhovory v obou kolech. S radostí Vám nabízíme pozici Konstruktér II v oddělení vývoje kolejových podvozků za následujících podmínek:

- hrubá měsíční mzda: 68 000 Kč + roční bonus až 10 %
- nástup: 1. 6. 2026 (případně dle dohody)
- pracovní poměr na dobu neurčitou, zkušební doba 3 měsíce
- 5 týdnů dovolené, stravenkový paušál, příspěvek na penzijní spoření

Pokud nabídku přijmete, domluvíme se na podpisu pracovní smlouvy – navrhuji {CZ_ON[s.weekday()]} {dm(s)} v {hm(s)} u nás na personálním oddělení. Na rozmyšlenou máte do pátku 24. 4.

S pozdravem
Ing. Hana Richterová
HR manažerka
Královopolská technika a.s.
Křižíkova 70, 612 00 Brno | +420 541 552 980"""
m = plain(base_hdrs("Hana Richterová <hana.richterova@kptechnika.example>", USER,
                    "Nabídka zaměstnání – Konstruktér II", sent, "<kpt.hr.offer.0417@kptechnika.example>"), t)
case(c, [("01-nabidka.eml", m)], dict(
    interview=False, interviews=[], difficulty="medium", category="negative/offer",
    notes="Job offer mentioning past interview rounds and a proposed contract-signing appointment; not an interview.",
    source="synthetic"))

# ---- 18 Trade fair MSV meeting in the current job (Outlook, auto-forwarded from work)
c = "b91-18-msv-brno-trade-fair-meeting"
s, e = dt(2026, 9, 16, 10, 0), dt(2026, 9, 16, 11, 0)
jf = ("Jan Fiala", "jan.fiala@lagerix.example")
uid = "040000008200E00074C5B7101A82E00800000000B4E1C7A90F77DC0100000000000000001000000088C1D3E5F7A9B1C3D5E7F9A1B3C5D7E9"
t1 = f"""{kdy(s, e)}
Kde: Výstaviště Brno, pavilon P, stánek 045 (Lagerix)

*~*~*~*~*~*~*~*~*~*

Dobrý den, pane Doležale,

jak jsme se bavili na callu minulý týden, posílám pozvánku na schůzku u nás na stánku během MSV 2026. Probereme varianty ložiskových jednotek pro nový sečný mechanismus a harmonogram vzorkování. Přivedu i kolegu z aplikačního oddělení, který má na starost výpočty životnosti.

Vstupenku na veletrh Vám pošlu zvlášť.

S pozdravem
Jan Fiala
Key Account Manager – Agricultural Machinery
Lagerix CZ s.r.o. | Vídeňská 546, 252 42 Vestec | +420 603 447 190"""
st = dt(2026, 4, 21, 14, 18)
i1 = outlook_ics("REQUEST", uid, 0, s, e, "MSV 2026 – schůzka Agrostroj Kuřim / Lagerix", t1, jf,
                 [att(USER_NAME, USER_WORK), att("Tomáš Holub", "tomas.holub@agrostroj-kurim.example")], st,
                 location="Výstaviště Brno, pavilon P, stánek 045")
m = outlook_msg(base_hdrs(f"{jf[0]} <{jf[1]}>", f"{USER_NAME} <{USER_WORK}>, Tomáš Holub <tomas.holub@agrostroj-kurim.example>",
                          "MSV 2026 – schůzka Agrostroj Kuřim / Lagerix", st,
                          "<AS8PR04MB8871D2E3@AS8PR04MB8871.eurprd04.prod.outlook.example>",
                          [("X-Forwarded-To", USER), ("X-Forwarded-For", f"{USER_WORK} {USER}")]), t1, i1, "REQUEST")
case(c, [("01-msv-schuzka.eml", m)], dict(
    interview=False, interviews=[], difficulty="medium", category="negative/business-meeting",
    notes="Supplier meeting at the MSV Brno trade fair for the user's current employer (auto-forwarded work mail).",
    source="synthetic"))

# ---- 19 User is the interviewer in the current job
c = "b91-19-user-is-interviewer-current-job"
s, e = dt(2026, 3, 12, 13, 0), dt(2026, 3, 12, 14, 0)
ik = ("Iveta Králová", "iveta.kralova@agrostroj-kurim.example")
uid = "040000008200E00074C5B7101A82E00800000000C9F2A4B60E55DC010000000000000000100000003B7D9F1A3C5E7B9D1F3A5C7E9B1D3F5A"
t1 = f"""{kdy(s, e)}
Kde: zasedačka Konstrukce (budova A, 1. patro)

*~*~*~*~*~*~*~*~*~*

Ahoj Lukáši,

prosím, zda bys mohl spolu s Markem vést technickou část pohovoru s kandidátem na pozici Junior konstruktér (Petr Zedník, absolvent FSI VUT). Životopis a vyplněný test najdeš na sdíleném disku HR/Nábor/2026. Na konci se připojím kvůli podmínkám.

Díky!
Iveta Králová
HR | Agrostroj Kuřim s.r.o."""
st = dt(2026, 3, 6, 10, 12)
i1 = outlook_ics("REQUEST", uid, 0, s, e, "Pohovor s kandidátem – Junior konstruktér (P. Zedník)", t1, ik,
                 [att(USER_NAME, USER_WORK), att("Marek Šimek", "marek.simek@agrostroj-kurim.example")], st,
                 location="zasedačka Konstrukce (budova A, 1. patro)")
m = outlook_msg(base_hdrs(f"{ik[0]} <{ik[1]}>", f"{USER_NAME} <{USER_WORK}>, Marek Šimek <marek.simek@agrostroj-kurim.example>",
                          "Pohovor s kandidátem – Junior konstruktér (P. Zedník)", st,
                          "<AS8PR04MB7702A1B9@AS8PR04MB7702.eurprd04.prod.outlook.example>",
                          [("X-Forwarded-To", USER), ("X-Forwarded-For", f"{USER_WORK} {USER}")]), t1, i1, "REQUEST")
case(c, [("01-pohovor-s-kandidatem.eml", m)], dict(
    interview=False, interviews=[], difficulty="hard", category="negative/user-is-interviewer",
    notes="Current employer asks the user to interview a junior candidate; the user is the interviewer.",
    source="synthetic"))

# ---- 20 Job board alert (HTML-only)
c = "b91-20-kariera-job-alert"
sent = dt(2026, 3, 16, 6, 30)
jobs = [("Konstruktér – zemědělská technika", "Agromet Ivančice s.r.o.", "Ivančice", "55 000 – 70 000 Kč", "Pohovor do 48 hodin"),
        ("Konstruktér strojních celků (SolidWorks)", "Průmyslové linky Modřice a.s.", "Modřice", "60 000 – 75 000 Kč", "Online pohovor"),
        ("Vývojový inženýr – mechanika", "Vitaltech Medical s.r.o.", "Brno-Bohunice", "dohodou", "Rychlé výběrové řízení")]
cards = "".join(f"<tr><td style=\"padding:12px;border-bottom:1px solid #eee\"><a href=\"https://www.kariera.example/nabidka/{i + 731204}?utm_source=alert\" style=\"font-size:16px;color:#0a58ca\">{t}</a><br>{f} · {p}<br><b>{s_}</b> <span style=\"background:#e6f4ea;color:#137333;padding:1px 6px;border-radius:8px\">{b}</span></td></tr>" for i, (t, f, p, s_, b) in enumerate(jobs))
html = f"""<!DOCTYPE html><html><body style="font-family:Arial,sans-serif;background:#f5f6f8">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:16px"><h2>Lukáši, máme pro Vás 3 nové nabídky</h2>
<p>Podle Vašeho hlídacího psa <i>„konstruktér, Brno + 30 km“</i>.</p></td></tr>{cards}
<tr><td style="padding:16px;background:#fff8e1"><b>Tip týdne: Technický pohovor bez stresu</b><br>Jak mluvit o svých výkresech, co říct na otázku „proč odcházíte“ a jak se připravit na praktický test v CADu. <a href="https://www.kariera.example/poradna/technicky-pohovor">Přečíst článek</a></td></tr>
<tr><td style="padding:16px;font-size:11px;color:#777">Tento e-mail jste obdržel, protože máte na Kariéře aktivního hlídacího psa. <a href="https://www.kariera.example/ucet/upozorneni">Zrušit odběr</a><br>Kariéra, provozuje Pracovní portály s.r.o., Sokolovská 12, 186 00 Praha 8</td></tr></table></body></html>"""
m = html_only(base_hdrs("Kariéra <upozorneni@kariera.example>", USER, "3 nové nabídky: Konstruktér – Brno a okolí", sent,
                        "<alert.20260316.0630.5521@kariera.example>",
                        [("List-Unsubscribe", "<https://www.kariera.example/ucet/upozorneni>"), ("Precedence", "bulk")]), html)
case(c, [("01-hlidaci-pes.eml", m)], dict(
    interview=False, interviews=[], difficulty="easy", category="negative/job-alert",
    notes="Job-board alert digest with 'Pohovor do 48 hodin' badges and an interview-tips article.",
    source="synthetic"))

# ---- 21 ATS self-scheduling link, never booked
c = "b91-21-nabirej-self-schedule-unbooked"
sent = dt(2026, 4, 13, 8, 55)
slots = [dt(2026, 4, 21, 9, 0), dt(2026, 4, 21, 10, 30), dt(2026, 4, 22, 13, 0), dt(2026, 4, 23, 8, 0)]
lst = "\n".join(f"  - {CZ_DAY[x.weekday()]} {dm(x)} v {hm(x)}" for x in slots)
t = f"""Dobrý den, pane Doležale,

děkujeme za Vaši reakci na pozici Konstruktér přípravků a měřidel. Rádi bychom Vás poznali osobně. Vyberte si prosím termín pohovoru (60 minut, Židlochovice) z aktuálně volných:

{lst}

Termín si rezervujte zde: https://app.nabirej.example/s/pz-7Hq2kD9

Po výběru termínu Vám přijde potvrzení s pozvánkou do kalendáře. Odkaz je platný 5 dní.

Tým HR, Precizní obrábění Židlochovice s.r.o.
---
Odesláno ze systému Nabírej. Na tuto zprávu neodpovídejte."""
html = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in t.split("\n\n")) + "</body></html>"
m = alt(base_hdrs("Precizní obrábění Židlochovice via Nabírej <noreply@nabirej.example>", USER,
                  "Vyberte si termín pohovoru – Konstruktér přípravků a měřidel", sent,
                  "<nbr.c3310f.slot@nabirej.example>", [("Auto-Submitted", "auto-generated")]), t, html)
case(c, [("01-vyberte-termin.eml", m)], dict(
    interview=False, interviews=[], difficulty="hard", category="negative/availability-request",
    notes="ATS self-scheduling link with candidate slots; nothing booked.",
    source="synthetic"))

# ---- 22 Slovak one-way video interview
c = "b91-22-slovak-one-way-video-interview"
sent = dt(2026, 3, 20, 10, 30, BTS)
t = """Dobrý deň, pán Doležal,

ďakujeme za Váš záujem o pozíciu Konštruktér – automatizačné linky v spoločnosti Považská automatizácia a.s.

Ďalším krokom výberového konania je krátky videopohovor. Nejde o rozhovor naživo – na platforme Vidinterv Vám postupne zobrazíme 5 otázok a na každú nahráte odpoveď (max. 3 minúty). Videopohovor môžete absolvovať kedykoľvek do piatka 27. 3. 2026 do 23:59.

Spustiť videopohovor: https://go.vidinterv.example/c/pa-41k9Xz

Po vyhodnotení sa Vám ozveme a v prípade úspechu Vás pozveme na osobný pohovor do Bratislavy.

S pozdravom
HR tím Považská automatizácia a.s.
Bratislavská cesta 14, 821 07 Bratislava"""
m = plain(base_hdrs("Považská automatizácia – Vidinterv <no-reply@vidinterv.example>", USER,
                    "Pozvánka na videopohovor – Konštruktér – automatizačné linky", sent,
                    "<vi.pa.41k9xz@vidinterv.example>"), t)
case(c, [("01-videopohovor.eml", m)], dict(
    interview=False, interviews=[], difficulty="hard", category="negative/one-way-video",
    notes="Slovak one-way recorded video interview with a deadline; not a live conversation.",
    source="synthetic"))


# ---------------------------------------------------------------- write
def main():
    for p in HERE.glob("b91-*"):
        if p.is_dir():
            shutil.rmtree(p)
    for cid, items in CASES.items():
        d = HERE / cid
        d.mkdir()
        for name, obj in items:
            path = d / name
            if isinstance(obj, EmailMessage):
                for i, part in enumerate(obj.walk()):
                    if part.is_multipart():
                        tag = hashlib.md5(f"{cid}/{name}/{i}".encode()).hexdigest()[:24]
                        part.set_boundary(f"_{i:03d}_{tag}_")
                path.write_bytes(obj.as_bytes(policy=POLICY))
            elif isinstance(obj, dict):
                path.write_text(json.dumps(obj, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            else:
                path.write_bytes(obj.encode("utf-8"))
    with open(HERE / "labels.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=110)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
