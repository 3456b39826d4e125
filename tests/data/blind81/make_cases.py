#!/usr/bin/env python3
"""Deterministic generator for the blind81 evaluation set (Nordic UX writer / content designer).

Rewrites every case folder (b81-*) and labels.yaml next to this file.
Only stdlib + PyYAML + zoneinfo. All owners, people, companies and domains are invented.
Every UTC offset is computed with zoneinfo; .ics text is built by hand with CRLF and line folding.
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
UTC = timezone.utc

OWNER_NAME = "Elin Bergfalk"
OWNER = "elin.bergfalk@example.com"
OWNER_ADDR = f"{OWNER_NAME} <{OWNER}>"

STO = "Europe/Stockholm"
OSL = "Europe/Oslo"
CPH = "Europe/Copenhagen"
LON = "Europe/London"
LAX = "America/Los_Angeles"

SV_WD = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]
SV_MON = ["januari", "februari", "mars", "april", "maj", "juni"]
NO_WD = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
NO_MON = ["januar", "februar", "mars", "april", "mai", "juni"]
DA_MON = ["januar", "februar", "marts", "april", "maj", "juni"]


def T(y, mo, d, h, mi, tz, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=ZoneInfo(tz))


def sv_date(dt):  # "tisdag den 10 mars"
    return f"{SV_WD[dt.weekday()]} den {dt.day} {SV_MON[dt.month - 1]}"


def no_date(dt):  # "onsdag 25. mars"
    return f"{NO_WD[dt.weekday()]} {dt.day}. {NO_MON[dt.month - 1]}"


def da_date(dt):  # "tirsdag den 31. marts"
    return f"{NO_WD[dt.weekday()]} den {dt.day}. {DA_MON[dt.month - 1]}"


def hm(dt, sep="."):
    return f"{dt.hour:02d}{sep}{dt.minute:02d}"


def check_wd(dt, idx):
    assert dt.weekday() == idx, (dt, dt.weekday(), idx)


# ------------------------------------------------------------------ iCalendar
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, n, limit = [], "", 0, 75
    for ch in line:
        w = len(ch.encode("utf-8"))
        if n + w > limit:
            out.append(cur)
            cur, n = " " + ch, 1 + w
        else:
            cur += ch
            n += w
    out.append(cur)
    return "\r\n".join(out)


VTZ = {
    "W. Europe Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Europe/Stockholm": [
        "BEGIN:VTIMEZONE", "TZID:Europe/Stockholm", "X-LIC-LOCATION:Europe/Stockholm",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE"],
}


def icsdt(name, dt, tzid):
    if tzid is None:
        return f"{name}:{dt.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}"
    return f"{name};TZID={tzid}:{dt.strftime('%Y%m%dT%H%M%S')}"


def make_ics(*, method, uid, seq, start, end, summary, organizer, attendees, stamp,
             description="", location="", tzid=None, status="CONFIRMED",
             prodid="-//Hirevik AB//Hirevik Scheduler 4.2//SV", cal_extra=(), ev_extra=()):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    L += list(cal_extra)
    if tzid:
        L += VTZ[tzid]
    L += ["BEGIN:VEVENT", icsdt("DTSTART", start, tzid)]
    if end is not None:
        L.append(icsdt("DTEND", end, tzid))
    L.append(f"DTSTAMP:{stamp.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}")
    if organizer:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    for name, mail, role, part in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={part};RSVP=TRUE;CN={name}:mailto:{mail}")
    L.append(f"CREATED:{stamp.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}")
    if description:
        L.append("DESCRIPTION:" + ics_escape(description))
    L.append(f"LAST-MODIFIED:{stamp.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}")
    if location:
        L.append("LOCATION:" + ics_escape(location))
    L += [f"SEQUENCE:{seq}", f"STATUS:{status}", "SUMMARY:" + ics_escape(summary), "TRANSP:OPAQUE"]
    L += list(ev_extra)
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(x) for x in L) + "\r\n").encode("utf-8")


# ------------------------------------------------------------------ e-mail
def make_eml(headers, plain=None, html=None, cal=None, attach=None, plain_cte="quoted-printable",
             html_cte="quoted-printable"):
    """headers: list of (name, value); cal: (ics_bytes, method) inline alternative;
    attach: list of (bytes, filename, maintype, subtype, params)."""
    m = EmailMessage()
    for k, v in headers:
        m[k] = v
    if plain is not None:
        m.set_content(plain, cte=plain_cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte)
    if cal is not None:
        data, method = cal
        m.add_alternative(data, maintype="text", subtype="calendar", cte="base64",
                          params={"method": method, "charset": "UTF-8"})
    for data, fname, mt, st, params in attach or []:
        m.add_attachment(data, maintype=mt, subtype=st, filename=fname, params=params or None)
    seed = str(m["Message-ID"])
    for i, part in enumerate(m.walk()):
        if part.is_multipart():  # deterministic MIME boundaries
            part.set_boundary("b81_" + hashlib.sha1(f"{seed}/{i}".encode()).hexdigest()[:24])
    return bytes(m)


def hdrs(date, frm, to, subject, mid, cc=None, reply_to=None, irt=None, refs=None, extra=(),
         delivered=OWNER, sender=None):
    h = [("Delivered-To", delivered),
         ("Received", f"from mx.mail.example by inbound.mail.example; {format_datetime(date)}"),
         ("Date", format_datetime(date)), ("From", frm)]
    if sender:
        h.append(("Sender", sender))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h += [("Subject", subject), ("Message-ID", mid)]
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    h += list(extra)
    return h


def html_wrap(body_html, font="Arial,Helvetica,sans-serif"):
    return ("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            f"</head><body><div style=\"font-family:{font};font-size:14px;color:#1d1d1f\">{body_html}</div>"
            "</body></html>\n")


def p(*paras):
    return "".join(f"<p>{x}</p>" for x in paras)


def teams_block(lang="sv"):
    if lang == "no":
        head = "Microsoft Teams-møte\nBli med på datamaskinen, mobilappen eller romenheten\nKlikk her for å bli med i møtet"
        tail = "Møte-ID: 388 214 907 615\nPassord: Tq7fX2"
    else:
        head = "Microsoft Teams-möte\nAnslut på datorn, i mobilappen eller från rumsenheten\nKlicka här för att ansluta till mötet"
        tail = "Mötes-ID: 351 870 226 904\nLösenord: pK4s9W"
    return ("_" * 80 + "\n" + head + "<https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
            "NzQ2ZTk0YzEtYjQxMy00%40thread.v2/0?context=%7b%22Tid%22%3a%2200000000-0000-0000%22%7d>\n"
            + tail + "\n" + "_" * 80 + "\n")


# ------------------------------------------------------------------ registry
CASES = {}
LABELS = {}


def case(cid, files, label):
    CASES[cid] = files
    label = dict(label)
    label.setdefault("user", OWNER)
    order = ["user", "interview", "interviews", "difficulty", "category", "notes", "source"]
    label.setdefault("source", "synthetic")
    label["interview"] = bool(label["interviews"])
    LABELS[cid] = {k: label[k] for k in order}


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end is not None else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


# ================================================================== positives
def c01():
    cid = "b81-01-hirevik-forsta-intervju-ics-attachment"
    sara = "sara.ekholm@lindgardforlag.example"
    sent = T(2026, 3, 4, 9, 12, STO)
    st, en = T(2026, 3, 10, 14, 0, STO), T(2026, 3, 10, 14, 45, STO)
    check_wd(st, 1)
    plain = f"""Hej Elin!

Tack för din ansökan till tjänsten som UX-skribent på Lindgård Förlag. Vi tycker att din profil
är spännande och vill gärna bjuda in dig till en första intervju.

Tid: {sv_date(st)} kl. {hm(st)}–{hm(en)}
Plats: Videomöte (Teams) – länk finns i kalenderinbjudan
Du träffar: Sara Ekholm, rekryterare

Första intervjun är ett kortare samtal där vi berättar mer om rollen och förlagets digitala
satsning, och du får berätta om dig själv och din erfarenhet av microcopy och klarspråk.

Kalenderinbjudan finns bifogad. Om tiden inte passar, svara på det här mejlet så hittar vi en ny.

Med vänliga hälsningar
Sara Ekholm
Rekryterare | Lindgård Förlag
sara.ekholm@lindgardforlag.example | 070-318 22 64
Wollmar Yxkullsgatan 12, 118 50 Stockholm

--
Skickat via Hirevik – rekrytering som känns. Svara inte på adressen noreply@hirevik.example,
ditt svar hamnar i kandidatkonversationen.
"""
    html = html_wrap(p("Hej Elin!",
                       "Tack för din ansökan till tjänsten som <b>UX-skribent</b> på Lindgård Förlag. Vi tycker att "
                       "din profil är spännande och vill gärna bjuda in dig till en <b>första intervju</b>.",
                       f"<b>Tid:</b> {sv_date(st)} kl. {hm(st)}–{hm(en)}<br><b>Plats:</b> Videomöte (Teams) – länk "
                       "finns i kalenderinbjudan<br><b>Du träffar:</b> Sara Ekholm, rekryterare",
                       "Första intervjun är ett kortare samtal där vi berättar mer om rollen och förlagets digitala "
                       "satsning, och du får berätta om dig själv och din erfarenhet av microcopy och klarspråk.",
                       "Kalenderinbjudan finns bifogad. Om tiden inte passar, svara på det här mejlet så hittar vi en ny.",
                       "Med vänliga hälsningar<br>Sara Ekholm<br>Rekryterare | Lindgård Förlag<br>"
                       "sara.ekholm@lindgardforlag.example | 070-318 22 64<br>Wollmar Yxkullsgatan 12, 118 50 Stockholm",
                       "<span style=\"color:#888;font-size:11px\">Skickat via Hirevik – rekrytering som känns.</span>"))
    ics = make_ics(method="REQUEST", uid="hv-iv-7741-0310@hirevik.example", seq=0, start=st, end=en,
                   summary="Första intervju: Elin Bergfalk – UX-skribent (Lindgård Förlag)",
                   organizer=("Sara Ekholm", sara),
                   attendees=[("Sara Ekholm", sara, "REQ-PARTICIPANT", "ACCEPTED"),
                              (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                   stamp=sent, location="Microsoft Teams",
                   description="Första intervju för tjänsten UX-skribent.\nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_lgf7741")
    eml = make_eml(hdrs(sent, "Lindgård Förlag <noreply@hirevik.example>", OWNER_ADDR,
                        "Inbjudan till första intervju – UX-skribent, Lindgård Förlag",
                        "<hv.msg.5f1c9a2e77@mailer.hirevik.example>",
                        reply_to="Lindgård Förlag <reply+c7741-9f2a@inbound.hirevik.example>"),
                   plain=plain, html=html,
                   attach=[(ics, "intervju.ics", "text", "calendar", {"method": "REQUEST", "charset": "UTF-8"})])
    case(cid, {"01-hirevik-inbjudan-forsta-intervju.eml": eml}, {
        "interviews": [iv("Lindgård Förlag", "UX-skribent", st, en, "scheduled", [sara], [sara], "phone_screen")],
        "difficulty": "easy", "category": "positive/ats-email-ics",
        "notes": "Teamtailor-like ATS (Hirevik) sends a Swedish first-interview invite with .ics (UTC times); the "
                 "recruiter does the interview; Reply-To is an ATS inbound address so follow-up goes to the recruiter."})


def c02():
    cid = "b81-02-thread-vecka-11-then-teams-invite"
    lotta = "lotta.sundin@kvarnoenergi.example"
    maja = "maja.holm@kvarnoenergi.example"
    d1 = T(2026, 2, 27, 15, 2, STO)
    d2 = T(2026, 3, 3, 8, 47, STO)
    d3 = T(2026, 3, 3, 10, 5, STO)
    st, en = T(2026, 3, 11, 10, 0, STO), T(2026, 3, 11, 11, 0, STO)
    check_wd(st, 2)
    m1 = "<AM9P192MB1043A1F2@AM9P192MB1043.eurprd09.kvarnoenergi.example>"
    m_user = "<9c1b22e0-4d1e-8a3f-elin@example.com>"
    m2 = "<AM9P192MB1043B7C4@AM9P192MB1043.eurprd09.kvarnoenergi.example>"
    b1 = """Hej Elin,

Tack för din ansökan till rollen som Content Designer inom Kundupplevelse! Vi skulle gärna vilja
träffa dig för en första intervju med Maja Holm, teamchef för Content Design.

Har du möjlighet någon gång under vecka 11? Intervjun tar ungefär en timme och sker på Teams.
Skicka gärna några tider som passar dig så bokar jag in.

Med vänliga hälsningar

Lotta Sundin
HR-specialist, rekrytering
Kvarnö Energi AB
Mobil: +46 73 551 08 19
Kvarnövägen 3, 721 30 Västerås
"""
    b2 = f"""Hej Elin,

Toppen, tack! Då bokar vi in {sv_date(st)} klockan 10. Maja skickar en Teams-inbjudan till dig
inom kort, och jag har satt henne på kopia här.

Lycka till!

Med vänliga hälsningar
Lotta

Från: Elin Bergfalk <elin.bergfalk@example.com>
Skickat: den 2 mars 2026 21:14
Till: Lotta Sundin <lotta.sundin@kvarnoenergi.example>
Ämne: Sv: Intervju – Content Designer, Kundupplevelse

Hej Lotta,

Tack, vad roligt! Vecka 11 fungerar bra. Tisdag eftermiddag (10/3) eller onsdag förmiddag (11/3)
passar bäst, men jag kan vara flexibel.

Vänliga hälsningar
Elin

Från: Lotta Sundin
Skickat: den 27 februari 2026 15:02
Ämne: Intervju – Content Designer, Kundupplevelse
"""
    e1 = make_eml(hdrs(d1, f"Lotta Sundin <{lotta}>", OWNER_ADDR,
                       "Intervju – Content Designer, Kundupplevelse", m1,
                       extra=[("Thread-Topic", "Intervju – Content Designer, Kundupplevelse"),
                              ("Content-Language", "sv-SE")]), plain=b1)
    e2 = make_eml(hdrs(d2, f"Lotta Sundin <{lotta}>", OWNER_ADDR,
                       "SV: Intervju – Content Designer, Kundupplevelse", m2, cc=f"Maja Holm <{maja}>",
                       irt=m_user, refs=f"{m1} {m_user}",
                       extra=[("Thread-Topic", "Intervju – Content Designer, Kundupplevelse"),
                              ("Content-Language", "sv-SE")]), plain=b2)
    when = f"När: den {st.day} {SV_MON[st.month - 1]} 2026 10:00-11:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
    b3 = f"""{when}
Var: Microsoft Teams-möte

*~*~*~*~*~*~*~*~*~*

Hej Elin!

Välkommen till intervju för rollen Content Designer. Vi kommer prata om hur du arbetar med
tonalitet, användartester av text och samarbete med utvecklare. Ingen förberedelse behövs.

Hälsningar
Maja Holm
Teamchef Content Design, Kvarnö Energi

{teams_block()}"""
    ics = make_ics(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000F0B1C2D3E4A9DC01000000000000000010000000B81KVARNO",
                   seq=0, start=st, end=en, tzid="W. Europe Standard Time",
                   summary="Intervju Content Designer – Elin Bergfalk",
                   organizer=("Maja Holm", maja),
                   attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")], stamp=d3,
                   location="Microsoft Teams-möte", description=b3,
                   prodid="Microsoft Exchange Server 2010",
                   ev_extra=["CLASS:PUBLIC", "PRIORITY:5", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
                             "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                             "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                             "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
                             "X-MICROSOFT-DISALLOW-COUNTER:FALSE"])
    e3 = make_eml(hdrs(d3, f"Maja Holm <{maja}>", OWNER_ADDR, "Intervju Content Designer – Elin Bergfalk",
                       "<AM9P192MB2210C0DE@AM9P192MB2210.eurprd09.kvarnoenergi.example>",
                       extra=[("Content-class", "urn:content-classes:calendarmessage"),
                              ("Content-Language", "sv-SE")]),
                  plain=b3, cal=(ics, "REQUEST"))
    case(cid, {"01-lotta-forslag-vecka-11.eml": e1, "02-lotta-bekraftar-onsdag.eml": e2,
               "03-teams-inbjudan-maja.eml": e3}, {
        "interviews": [iv("Kvarnö Energi", "Content Designer, Kundupplevelse", st, en, "scheduled", [maja], [maja],
                          "hiring_manager")],
        "difficulty": "medium", "category": "positive/thread-propose-confirm",
        "notes": "Recruiter asks for times in 'vecka 11', confirms 'onsdag den 11 mars klockan 10' (user's quoted "
                 "reply mentions 10/3 and 11/3 as options), then the hiring manager's Swedish Exchange invite. One interview."})


def c03():
    cid = "b81-03-fika-as-next-step"
    lina = "lina.ahlberg@ljusgard.example"
    oskar = "oskar.lindqvist@ljusgard.example"
    d1 = T(2026, 3, 12, 11, 20, STO)
    d2 = T(2026, 3, 13, 9, 3, STO)
    st, en = T(2026, 3, 19, 15, 30, STO), T(2026, 3, 19, 16, 30, STO)
    check_wd(st, 3)
    m1 = "<CAL1usg4rd-fika-01@mail.ljusgard.example>"
    m_user = "<elin-fika-reply-7d21@example.com>"
    b1 = f"""Hej Elin!

Tack för din ansökan och för portfolion – vi har läst och gillar det vi ser.

Nästa steg i vår rekrytering av en UX writer är att du träffar Oskar Lindqvist, vår Head of Content,
över en fika här på studion. Det är en avslappnad men riktig intervju: han vill höra hur du tänker kring
ton, struktur och samarbete med designers.

Skulle {sv_date(st)} kl. {hm(st)} fungera? Räkna med ungefär en timme. Oskar bekräftar själv och
skickar vägbeskrivning.

Ha det fint!
Lina Ahlberg
Office & People | Studio Ljusgård
"""
    b2 = f"""Hej Elin,

Kul! Då ses vi {SV_WD[st.weekday()]} kl. 15.30. Vi sitter på Hornsgatan 88, 2 tr – ring på "Ljusgård".
Kaffe och kanelbullar står vi för. Ring mig på 070-412 66 03 om du inte hittar.

/Oskar

Oskar Lindqvist
Head of Content, Studio Ljusgård
Hornsgatan 88, 118 21 Stockholm

Den fre 13 mars 2026 kl 08:41 skrev Elin Bergfalk <elin.bergfalk@example.com>:
> Hej Lina och Oskar,
>
> Tack för inbjudan! Torsdag 15.30 passar utmärkt, jag ser fram emot fikan.
>
> Vänliga hälsningar
> Elin
"""
    e1 = make_eml(hdrs(d1, f"Lina Ahlberg <{lina}>", OWNER_ADDR, "Fika med oss på Ljusgård?", m1), plain=b1,
                  plain_cte="base64")
    e2 = make_eml(hdrs(d2, f"Oskar Lindqvist <{oskar}>", OWNER_ADDR, "Re: Fika med oss på Ljusgård?",
                       "<CAL1usg4rd-fika-02@mail.ljusgard.example>", cc=f"Lina Ahlberg <{lina}>", irt=m_user,
                       refs=f"{m1} {m_user}"), plain=b2)
    case(cid, {"01-lina-fika-inbjudan.eml": e1, "02-oskar-bekraftar.eml": e2}, {
        "interviews": [iv("Studio Ljusgård", "UX writer", st, en, "scheduled", [oskar], [oskar], "other")],
        "difficulty": "medium", "category": "positive/coffee-chat",
        "notes": "'Fika' explicitly framed as the next recruitment step (a real interview) with the Head of Content; "
                 "coordinator Lina only schedules. 'ungefär en timme' gives the end. First mail is base64."})


def c04():
    cid = "b81-04-norwegian-exchange-jobbintervju"
    kari = "kari.nygard@fjordlysbank.example"
    henrik = "henrik.aas@fjordlysbank.example"
    d1 = T(2026, 3, 16, 12, 40, OSL)
    st, en = T(2026, 3, 25, 13, 30, OSL), T(2026, 3, 25, 14, 30, OSL)
    check_wd(st, 2)
    body = f"""Når: {no_date(st)} 2026 13:30-14:30 (UTC+01:00) Amsterdam, Berlin, Bern, Roma, Stockholm, Wien
Hvor: Microsoft Teams-møte

*~*~*~*~*~*~*~*~*~*

Hei Elin!

Takk for søknaden til stillingen som innholdsdesigner i Fjordlys Bank. Vi vil gjerne invitere deg til et
digitalt jobbintervju {no_date(st)} kl. 13:30–14:30 på Teams.

Du møter Henrik Aas, leder for innhold og språk. Jeg har bare satt opp møtet og blir ikke med selv.
Intervjuet gjennomføres på norsk/svensk, så bare snakk svensk.

Med vennlig hilsen
Kari Nygård
HR-rådgiver, Fjordlys Bank ASA
Tlf. +47 928 41 660 | Dronning Eufemias gate 30, 0191 Oslo

{teams_block("no")}"""
    ics = make_ics(method="REQUEST", uid="040000008200E00074C5B7101A82E0080000000030F4A8B2C9B4DC01000000000000000010000000FJORDLYS25",
                   seq=0, start=st, end=en, tzid="W. Europe Standard Time",
                   summary="Jobbintervju – innholdsdesigner (Elin Bergfalk)",
                   organizer=("Kari Nygård", kari),
                   attendees=[("Henrik Aas", henrik, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                              (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                   stamp=d1, location="Microsoft Teams-møte", description=body,
                   prodid="Microsoft Exchange Server 2010",
                   ev_extra=["CLASS:PUBLIC", "PRIORITY:5", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
                             "X-MICROSOFT-CDO-OWNERAPPTID:2117384529", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                             "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
                             "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
                             "X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null}",
                             "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"])
    html = html_wrap(body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n"),
                     font="Aptos,Calibri,sans-serif")
    e1 = make_eml(hdrs(d1, f"Kari Nygård <{kari}>", f"{OWNER_ADDR}, Henrik Aas <{henrik}>",
                       "Jobbintervju – innholdsdesigner (Elin Bergfalk)",
                       "<DB9PR07MB7712E3A1@DB9PR07MB7712.eurprd07.fjordlysbank.example>",
                       extra=[("Thread-Topic", "Jobbintervju – innholdsdesigner (Elin Bergfalk)"),
                              ("Accept-Language", "nb-NO, en-US"), ("Content-Language", "nb-NO"),
                              ("Content-class", "urn:content-classes:calendarmessage")]),
                   plain=body, html=html, cal=(ics, "REQUEST"))
    case(cid, {"01-invitasjon-jobbintervju.eml": e1}, {
        "interviews": [iv("Fjordlys Bank", "Innholdsdesigner", st, en, "scheduled", [henrik], [henrik],
                          "hiring_manager")],
        "difficulty": "easy", "category": "positive/exchange-teams",
        "notes": "Norwegian Exchange/Teams invite with Windows TZID 'W. Europe Standard Time'; organizer Kari says she "
                 "will not join, so only Henrik is interviewer."})


def c05():
    cid = "b81-05-danish-jobsamtale-after-dst"
    mette = "mette.kjaer@havnelys.example"
    d1 = T(2026, 3, 20, 14, 5, CPH)
    st, en = T(2026, 3, 31, 9, 30, CPH), T(2026, 3, 31, 10, 15, CPH)
    check_wd(st, 1)
    assert st.utcoffset() == timedelta(hours=2) and d1.utcoffset() == timedelta(hours=1)
    body = f"""Kære Elin

Tak for din ansøgning til stillingen som UX-skribent hos Havnelys. Vi vil meget gerne invitere dig til
en jobsamtale {da_date(st)} kl. 9.30. Samtalen foregår på Teams og varer ca. 45 minutter – du skal
tale med mig. Link følger i en separat mail dagen før.

Bemærk at vi skifter til sommertid natten til søndag den 29. marts, så tidspunktet er dansk (og svensk)
sommertid.

Giv mig lige et kort svar, om tidspunktet passer dig.

Med venlig hilsen

Mette Kjær
Head of Design
Havnelys ApS
Arne Jacobsens Allé 17, 2300 København S
Mobil: +45 31 22 40 18
"""
    e1 = make_eml(hdrs(d1, f"Mette Kjær <{mette}>", OWNER_ADDR, "Invitation til jobsamtale – UX-skribent",
                       "<0f3e2a1b-jobsamtale-havnelys@havnelys.example>",
                       extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]), plain=body)
    case(cid, {"01-invitation-jobsamtale.eml": e1}, {
        "interviews": [iv("Havnelys", "UX-skribent", st, en, "scheduled", [mette], [mette], "hiring_manager")],
        "difficulty": "medium", "category": "positive/email-body-only",
        "notes": "Danish body-only invite sent before EU DST for 'tirsdag den 31. marts kl. 9.30' (after DST, +02:00); "
                 "'ca. 45 minutter' gives the end; quoted-printable with æøå."})


def c06():
    cid = "b81-06-us-remote-slothop-pt-dst-gap"
    dana = "dana.whitfield@brightquill.example"
    d1 = T(2026, 3, 18, 10, 12, LAX)
    d2 = T(2026, 3, 18, 21, 37, STO)
    d3 = T(2026, 3, 19, 7, 55, LAX)
    st, en = T(2026, 3, 26, 8, 0, LAX), T(2026, 3, 26, 8, 30, LAX)
    check_wd(st, 3)
    local = st.astimezone(ZoneInfo(STO))
    assert (local.hour, local.minute) == (16, 0), local
    m1 = "<CAbq-dana-0318-intro@mail.brightquill.example>"
    b1 = """Hi Elin,

Thanks for applying to the Senior Content Designer role at Brightquill (fully remote, EU hours ok).
Your voice-and-tone work for the transit app really stood out to the team.

I'd love to set up a quick 30-min intro call - it's me (recruiter) walking you through the role and
process, and hearing about what you're looking for. Grab any slot that works here:
https://slothop.example/dana-whitfield/30min

Talk soon,
Dana

Dana Whitfield | Senior Recruiter, Brightquill
+1 (415) 555-0148 | Pronouns: she/her
"""
    b2 = f"""Confirmed: Intro call with Dana Whitfield (Brightquill)

Hi Elin Bergfalk,

Your meeting is scheduled.

What: Intro call - Senior Content Designer (30 min)
When: Thursday, March 26, 2026 · 4:00pm – 4:30pm (Central European Time)
Who: Dana Whitfield <{dana}>
Where: Google Meet - https://meet.google.com/bqx-tnrd-kwe

Need to make changes? Reschedule: https://slothop.example/r/8842k1 · Cancel: https://slothop.example/c/8842k1

Powered by SlotHop · This is an automated message, replies are not monitored.
"""
    ics = make_ics(method="REQUEST", uid="slothop-8842k1@slothop.example", seq=0, start=st, end=en,
                   summary="Intro call - Elin Bergfalk <> Dana Whitfield (Brightquill)",
                   organizer=("Dana Whitfield", dana),
                   attendees=[("Dana Whitfield", dana, "REQ-PARTICIPANT", "ACCEPTED"),
                              (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "ACCEPTED")],
                   stamp=d2, location="https://meet.google.com/bqx-tnrd-kwe",
                   description="Intro call - Senior Content Designer. Reschedule: https://slothop.example/r/8842k1",
                   prodid="-//SlotHop//Scheduling 2.0//EN")
    b3 = f"""Hi Elin,

Saw your booking come through - perfect. So we're set for Thu 3/26 @ 8a PT, which should be 4pm
your time (the US already switched to daylight time, you haven't yet, so it's an 8-hour gap that week
instead of 9 - fun!). Meet link is in the SlotHop invite.

Dana

On Wed, Mar 18, 2026 at 10:12 AM Dana Whitfield <{dana}> wrote:
> Hi Elin,
> Thanks for applying to the Senior Content Designer role at Brightquill (fully remote, EU hours ok).
> ...
"""
    e1 = make_eml(hdrs(d1, f"Dana Whitfield <{dana}>", OWNER_ADDR,
                       "Brightquill - Senior Content Designer / intro call?", m1), plain=b1, plain_cte="7bit")
    e2 = make_eml(hdrs(d2, "SlotHop <notifications@slothop.example>", OWNER_ADDR,
                       "Confirmed: Intro call with Dana Whitfield (Brightquill) on Thu, Mar 26",
                       "<sh-confirm-8842k1@slothop.example>"),
                  plain=b2, html=html_wrap(b2.replace("\n", "<br>\n")),
                  attach=[(ics, "invite.ics", "text", "calendar", {"method": "REQUEST", "charset": "UTF-8"})])
    e3 = make_eml(hdrs(d3, f"Dana Whitfield <{dana}>", OWNER_ADDR,
                       "Re: Brightquill - Senior Content Designer / intro call?",
                       "<CAbq-dana-0319-re@mail.brightquill.example>", irt=m1, refs=m1), plain=b3, plain_cte="7bit")
    case(cid, {"01-dana-intro-call-link.eml": e1, "02-slothop-confirmed.eml": e2, "03-dana-see-you.eml": e3}, {
        "interviews": [iv("Brightquill", "Senior Content Designer", st, en, "scheduled", [dana], [dana],
                          "phone_screen")],
        "difficulty": "medium", "category": "positive/scheduling-vendor",
        "notes": "Invented scheduling vendor (SlotHop) confirmation shown in CET + recruiter 'Thu 3/26 @ 8a PT'; "
                 "US already on PDT, EU not yet (8 h gap). Recruiter does the screen; vendor address is not a recipient."})


def google_invite(*, sent, org, org_mail, guests, summary, st, en, uid, seq, desc, updated=False, tzlabel, when_line,
                  meet):
    guests_txt = "\n".join(f"{n}{' - organizer' if m == org_mail else ''}\n{m}" for n, m in guests)
    prefix = "Updated invitation" if updated else "Invitation"
    changed = "This event has been changed.\n\n" if updated else ""
    plain = f"""{changed}{summary}
{when_line}
{tzlabel}

Join with Google Meet
https://meet.google.com/{meet}

Organizer
{org}
{org_mail}

Guests
{guests_txt}
{OWNER}
View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=b81{uid[:10]}

{desc}

Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid=b81{uid[:10]}

~~//~~
Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event.
"""
    html = html_wrap(plain.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n"),
                     font="Roboto,Helvetica,Arial,sans-serif")
    atts = [(n, m, "REQ-PARTICIPANT", "ACCEPTED" if m == org_mail else "NEEDS-ACTION") for n, m in guests]
    atts.append((OWNER, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"))
    ics = make_ics(method="REQUEST", uid=uid, seq=seq, start=st, end=en, summary=summary,
                   organizer=(org, org_mail), attendees=atts, stamp=sent,
                   description=desc + f"\n\nJoin with Google Meet: https://meet.google.com/{meet}",
                   location="", prodid="-//Google Inc//Google Calendar 70.9054//EN",
                   ev_extra=[f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}"])
    subj = f"{prefix}: {summary} @ {when_line.replace(' ⋅ ', ' ')} ({OWNER})"
    h = [("Delivered-To", OWNER),
         ("Received", f"from mail-sor-f69.calendar.example by inbound.mail.example; {format_datetime(sent)}"),
         ("Reply-To", f"{org} <{org_mail}>"),
         ("Sender", "Google Calendar <calendar-notification@google.com>"),
         ("Message-ID", f"<calendar-{uid[:8]}-{seq}-b81@google.com>"),
         ("Date", format_datetime(sent.astimezone(UTC))),
         ("Subject", subj), ("From", f"{org} <{org_mail}>"), ("To", OWNER)]
    return make_eml(h, plain=plain, html=html, cal=(ics, "REQUEST"),
                    attach=[(ics, "invite.ics", "application", "ics", None)], plain_cte="base64")


def c07():
    cid = "b81-07-uk-google-invite-rescheduled-across-dst"
    harriet = "harriet.okafor@penroselyle.example"
    tom = "tom.ashdown@penroselyle.example"
    uid = "4k2m9qz7lfx1c3pvb81penrose@google.com"
    d1 = T(2026, 3, 12, 16, 2, LON)
    d2 = T(2026, 3, 19, 9, 31, LON)
    d3 = T(2026, 3, 19, 9, 44, LON)
    st0, en0 = T(2026, 3, 23, 14, 0, LON), T(2026, 3, 23, 15, 0, LON)
    st, en = T(2026, 4, 1, 11, 0, LON), T(2026, 4, 1, 12, 0, LON)
    check_wd(st0, 0)
    check_wd(st, 2)
    assert st.utcoffset() == timedelta(hours=1)
    guests = [("Harriet Okafor", harriet), ("Tom Ashdown", tom)]
    summary = "Interview: Elin Bergfalk / Content Designer (Penrose & Lyle)"
    desc = ("Hi Elin - this is your interview with Tom Ashdown, Head of Content Design. I (Harriet) set this up "
            "but won't be joining. Expect a walk-through of one portfolio piece and some questions.")
    e1 = google_invite(sent=d1, org="Harriet Okafor", org_mail=harriet, guests=guests, summary=summary, st=st0,
                       en=en0, uid=uid, seq=0, desc=desc, tzlabel="Greenwich Mean Time - London",
                       when_line="Monday 23 Mar 2026 ⋅ 2pm – 3pm (Greenwich Mean Time - London)", meet="pzk-hwra-tgn")
    m_prev = "<CAPL-harriet-0319@mail.penroselyle.example>"
    b2 = """Hi Elin,

Apologies for the faff - Tom has been pulled into a leadership offsite on Monday 23rd. Could we move
your interview to Wednesday 1 April, 11am UK time (that's noon in Stockholm once both our clocks have
gone forward)? I'll send an updated invite now; just shout if it doesn't work.

Best,
Harriet

Harriet Okafor
Talent Coordinator | Penrose & Lyle
14 Cowcross Street, London EC1M 6DR | +44 20 7946 0321
"""
    e2 = make_eml(hdrs(d2, f"Harriet Okafor <{harriet}>", OWNER_ADDR, "Moving your interview with Tom", m_prev),
                  plain=b2)
    e3 = google_invite(sent=d3, org="Harriet Okafor", org_mail=harriet, guests=guests, summary=summary, st=st,
                       en=en, uid=uid, seq=1, desc=desc, updated=True, tzlabel="British Summer Time - London",
                       when_line="Wednesday 1 Apr 2026 ⋅ 11am – 12pm (British Summer Time - London)",
                       meet="pzk-hwra-tgn")
    local = st.astimezone(ZoneInfo(STO))
    assert local.hour == 12
    case(cid, {"01-invitation-mon-23-mar.eml": e1, "02-harriet-moving.eml": e2,
               "03-updated-invitation-wed-1-apr.eml": e3}, {
        "interviews": [iv("Penrose & Lyle", "Content Designer", st, en, "scheduled", [tom], [tom], "hiring_manager")],
        "difficulty": "medium", "category": "positive/reschedule",
        "notes": "Google invite (GMT) moved by e-mail + 'Updated invitation' SEQUENCE 1 to Wed 1 Apr 11:00 BST "
                 "(after UK DST). Coordinator Harriet states she won't join; Tom is the interviewer."})


def outlook_sv(*, sent, org, org_mail, to_list, subject, st, en, uid, seq, body, method="REQUEST",
               status="CONFIRMED", mid, attendees):
    ics = make_ics(method=method, uid=uid, seq=seq, start=st, end=en, tzid="W. Europe Standard Time",
                   summary=subject.split(": ", 1)[-1] if method == "CANCEL" else subject,
                   organizer=(org, org_mail), attendees=attendees, stamp=sent, location="Microsoft Teams-möte",
                   description=body, status=status, prodid="Microsoft Exchange Server 2010",
                   ev_extra=["CLASS:PUBLIC", "PRIORITY:5" if method == "REQUEST" else "PRIORITY:1",
                             f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
                             "X-MICROSOFT-CDO-BUSYSTATUS:" + ("TENTATIVE" if method == "REQUEST" else "FREE"),
                             "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("BUSY" if method == "REQUEST" else "FREE"),
                             "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                             "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
                             "X-MICROSOFT-DISALLOW-COUNTER:FALSE"])
    h = hdrs(sent, f"{org} <{org_mail}>", to_list, subject, mid,
             extra=[("Thread-Topic", subject.split(": ", 1)[-1]), ("Accept-Language", "sv-SE, en-US"),
                    ("Content-Language", "sv-SE"), ("Content-class", "urn:content-classes:calendarmessage")])
    html = html_wrap(body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n"),
                     font="Aptos,Calibri,sans-serif")
    return make_eml(h, plain=body, html=html, cal=(ics, method))


def c08():
    cid = "b81-08-outlook-sv-andra-intervju-installt"
    camilla = "camilla.berg@nordvind.example"
    petter = "petter.lund@nordvind.example"
    sofia = "sofia.al-amin@nordvind.example"
    uid = "040000008200E00074C5B7101A82E00800000000D1E2F3A4B5C6DC01000000000000000010000000NORDVIND0402"
    d1 = T(2026, 3, 19, 13, 58, STO)
    d2 = T(2026, 3, 19, 19, 22, STO)
    d3 = T(2026, 3, 30, 8, 15, STO)
    st, en = T(2026, 4, 2, 10, 0, STO), T(2026, 4, 2, 11, 30, STO)
    check_wd(st, 3)
    subj = "Andra intervju – UX-skribent, Nordvind"
    to = f"{OWNER_ADDR}, Petter Lund <{petter}>, Sofia Al-Amin <{sofia}>"
    atts = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
            ("Petter Lund", petter, "REQ-PARTICIPANT", "NEEDS-ACTION"),
            ("Sofia Al-Amin", sofia, "REQ-PARTICIPANT", "NEEDS-ACTION")]
    when = "När: den 2 april 2026 10:00-11:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
    b1 = f"""{when}
Var: Microsoft Teams-möte

*~*~*~*~*~*~*~*~*~*

Hej Elin!

Välkommen till en andra intervju för tjänsten som UX-skribent. Du träffar Petter Lund (designchef) och
Sofia Al-Amin (senior UX-skribent). Vi börjar med att du presenterar din case-uppgift i ca 15 minuter,
sedan blir det frågor. Jag själv deltar inte.

Vänligen bekräfta genom att acceptera inbjudan.

Med vänliga hälsningar
Camilla Berg
Rekryterare, Nordvind Försäkring
08-410 337 90

{teams_block()}"""
    e1 = outlook_sv(sent=d1, org="Camilla Berg", org_mail=camilla, to_list=to, subject=subj, st=st, en=en, uid=uid,
                    seq=0, body=b1, mid="<HE1PR09MB3361A0B1@HE1PR09MB3361.eurprd09.nordvind.example>",
                    attendees=atts)
    b2 = "Tack, jag kommer gärna!\n\nElin\n"
    e2 = make_eml([("Delivered-To", OWNER), ("Date", format_datetime(d2)), ("From", OWNER_ADDR),
                   ("To", f"Camilla Berg <{camilla}>"), ("Subject", f"Accepterat: {subj}"),
                   ("Message-ID", "<elin-accept-nordvind-0319@example.com>"),
                   ("Thread-Topic", subj), ("Content-Language", "sv-SE"),
                   ("Content-class", "urn:content-classes:calendarmessage")],
                  plain=b2, cal=(make_ics(method="REPLY", uid=uid, seq=0, start=st, end=en,
                                          tzid="W. Europe Standard Time", summary=f"Accepterat: {subj}",
                                          organizer=("Camilla Berg", camilla),
                                          attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "ACCEPTED")],
                                          stamp=d2, prodid="Microsoft Exchange Server 2010"), "REPLY"))
    b3 = f"""När: den 2 april 2026 10:00-11:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
Var: Microsoft Teams-möte

*~*~*~*~*~*~*~*~*~*

Hej Elin,

Tyvärr måste vi ställa in intervjun på torsdag. Vi har fattat beslut om att pausa rekryteringen av
UX-skribent till efter sommaren på grund av en omorganisation. Jag ber verkligen om ursäkt för det
korta beskedet och hör av mig om tjänsten öppnas igen.

Med vänliga hälsningar
Camilla Berg
Rekryterare, Nordvind Försäkring
"""
    e3 = outlook_sv(sent=d3, org="Camilla Berg", org_mail=camilla, to_list=to, subject=f"Inställt: {subj}", st=st,
                    en=en, uid=uid, seq=1, body=b3, method="CANCEL", status="CANCELLED",
                    mid="<HE1PR09MB3361C9D0@HE1PR09MB3361.eurprd09.nordvind.example>", attendees=atts)
    assert st.utcoffset() == timedelta(hours=2)
    case(cid, {"01-inbjudan-andra-intervju.eml": e1, "02-accepterat-eget-svar.eml": e2,
               "03-installt-andra-intervju.eml": e3}, {
        "interviews": [iv("Nordvind Försäkring", "UX-skribent", st, en, "cancelled", [petter, sofia],
                          [petter, sofia], "onsite")],
        "difficulty": "hard", "category": "positive/cancellation",
        "notes": "Swedish Outlook invite (body label '(UTC+01:00)' although 2 April is CEST, TZID W. Europe), the "
                 "owner's own 'Accepterat:' reply copy, then 'Inställt:' METHOD:CANCEL. Panel of two -> onsite, cancelled."})


def c09():
    cid = "b81-09-norwegian-email-avlyst"
    ingrid = "ingrid.solheim@skarvik.example"
    d1 = T(2026, 3, 5, 15, 44, OSL)
    d2 = T(2026, 3, 11, 17, 2, OSL)
    st, en = T(2026, 3, 13, 10, 0, OSL), T(2026, 3, 13, 10, 45, OSL)
    check_wd(st, 4)
    m1 = "<skarvik-ingrid-0305@mail.skarvik.example>"
    m_user = "<elin-skarvik-svar-0306@example.com>"
    h1 = html_wrap(p("Hei Elin,",
                     "Tusen takk for søknaden til stillingen som <b>UX-skribent</b> (remote, 80 %) hos Skarvik Software. "
                     f"Vi vil gjerne invitere deg til et jobbintervju <b>{no_date(st)} kl. 10:00–10:45</b> på Google Meet.",
                     "Det blir meg som intervjuer deg. Vi snakker om erfaringen din med produkttekst og hvordan du "
                     "jobber sammen med utviklere. Lenke: <a href=\"https://meet.google.com/skv-ruwq-ndp\">"
                     "meet.google.com/skv-ruwq-ndp</a>",
                     "Gi meg beskjed om tidspunktet passer!",
                     "Vennlig hilsen<br>Ingrid Solheim<br>Daglig leder, Skarvik Software AS<br>"
                     "Bryggen 21, 5003 Bergen · +47 455 10 287"))
    b2 = f"""Hei Elin,

Beklager veldig, men vi må dessverre avlyse jobbintervjuet på fredag. Vi fikk i går beskjed om at
finansieringsrunden er utsatt, og styret har innført ansettelsesstopp ut kvartalet. Stillingen er satt
på vent. Jeg tar kontakt igjen dersom vi åpner prosessen på nytt.

Beklager ulempen, og lykke til videre!

Vennlig hilsen
Ingrid

Den tors. 5. mars 2026 kl. 19:02 skrev Elin Bergfalk <elin.bergfalk@example.com>:
> Hei Ingrid,
> Tusen takk! Fredag kl. 10 passer fint for meg. Jeg ser frem til samtalen.
> Hilsen Elin
"""
    e1 = make_eml(hdrs(d1, f"Ingrid Solheim <{ingrid}>", OWNER_ADDR, "Jobbintervju hos Skarvik Software", m1),
                  html=h1)
    e2 = make_eml(hdrs(d2, f"Ingrid Solheim <{ingrid}>", OWNER_ADDR, "Re: Jobbintervju hos Skarvik Software",
                       "<skarvik-ingrid-0311@mail.skarvik.example>", irt=m_user, refs=f"{m1} {m_user}"), plain=b2)
    case(cid, {"01-invitasjon-html.eml": e1, "02-avlyser-intervjuet.eml": e2}, {
        "interviews": [iv("Skarvik Software", "UX-skribent", st, en, "cancelled", [ingrid], [ingrid],
                          "hiring_manager")],
        "difficulty": "medium", "category": "positive/cancellation",
        "notes": "Norwegian HTML-only invite 'fredag 13. mars kl. 10:00–10:45', later cancelled by e-mail "
                 "('må dessverre avlyse', hiring freeze). Cancelled at last scheduled time."})


def c10():
    cid = "b81-10-hirevik-first-and-second-interview"
    amira = "amira.haddad@kassaberg.example"
    niklas = "niklas.berg@kassaberg.example"
    emma = "emma.tran@kassaberg.example"
    d1 = T(2026, 2, 24, 10, 1, STO)
    d2 = T(2026, 2, 24, 20, 13, STO)
    d3 = T(2026, 3, 6, 13, 27, STO)
    d4 = T(2026, 3, 6, 13, 40, STO)
    s1, e1t = T(2026, 3, 4, 9, 0, STO), T(2026, 3, 4, 9, 30, STO)
    s2, e2t = T(2026, 3, 17, 13, 0, STO), T(2026, 3, 17, 14, 30, STO)
    check_wd(s1, 2)
    check_wd(s2, 1)
    b1 = """Hej Elin!

Vad roligt att du sökt tjänsten som Content Designer hos Kassaberg! Vi vill gärna lära känna dig
bättre och bjuder in dig till en första intervju (30 min, video) med Amira från vårt Talent-team.

Välj en tid som passar dig här: https://app.hirevik.example/b/kassaberg/forsta-intervju/3f9a1c

Tiderna ligger mellan 2 och 6 mars.

Vänliga hälsningar
Kassaberg Talent

Det här mejlet skickades via Hirevik.
"""
    b2 = f"""Hej Elin!

Din tid är bokad. Här är detaljerna:

Första intervju – Content Designer
{sv_date(s1).capitalize()} 2026, 09:00–09:30 (Stockholm)
Videomöte: https://meet.hirevik.example/kassaberg/8d2-41k
Du träffar: Amira Haddad, Talent Acquisition Partner

Behöver du ändra tiden? https://app.hirevik.example/b/kassaberg/omboka/8d241k

Vänliga hälsningar
Kassaberg Talent
"""
    ics1 = make_ics(method="REQUEST", uid="hv-book-8d241k@hirevik.example", seq=0, start=s1, end=e1t,
                    summary="Första intervju – Content Designer (Kassaberg)", organizer=("Amira Haddad", amira),
                    attendees=[("Amira Haddad", amira, "REQ-PARTICIPANT", "ACCEPTED"),
                               (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "ACCEPTED")], stamp=d2,
                    location="https://meet.hirevik.example/kassaberg/8d2-41k",
                    description="Första intervju med Amira Haddad, Talent Acquisition Partner.")
    m3 = "<kassaberg-amira-0306@mail.kassaberg.example>"
    b3 = f"""Hej Elin,

Tack för ett trevligt samtal i onsdags! Vi vill gärna gå vidare med en andra intervju här på kontoret
(Regeringsgatan 59, plan 6) {sv_date(s2)} kl. 13.00–14.30.

Du träffar Niklas Berg (Head of Design) och Emma Tran (Senior Content Designer). Första halvtimmen går
du igenom ett textcase som vi mejlar dig dagen innan, resten är samtal. Jag är inte med själv men möter
upp dig i receptionen. En kalenderinbjudan kommer via Hirevik.

Med vänliga hälsningar
Amira Haddad
Talent Acquisition Partner | Kassaberg
+46 76 208 33 51
"""
    b4 = f"""Hej Elin!

Din andra intervju hos Kassaberg är bokad:

Andra intervju – Content Designer
{sv_date(s2).capitalize()} 2026, 13:00–14:30 (Stockholm)
Plats: Kassaberg, Regeringsgatan 59, plan 6, Stockholm
Intervjuare: Niklas Berg, Emma Tran

Vänliga hälsningar
Kassaberg Talent
"""
    ics2 = make_ics(method="REQUEST", uid="hv-book-2c77aq@hirevik.example", seq=0, start=s2, end=e2t,
                    summary="Andra intervju – Content Designer (Kassaberg)", organizer=("Amira Haddad", amira),
                    attendees=[("Niklas Berg", niklas, "REQ-PARTICIPANT", "ACCEPTED"),
                               ("Emma Tran", emma, "REQ-PARTICIPANT", "ACCEPTED"),
                               (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")], stamp=d4,
                    location="Kassaberg, Regeringsgatan 59, plan 6, Stockholm",
                    description="Andra intervju: textcase (30 min) + samtal med Niklas Berg och Emma Tran.")
    frm = "Kassaberg <noreply@hirevik.example>"
    rto = "Kassaberg <reply+k41k-77@inbound.hirevik.example>"
    files = {
        "01-hirevik-boka-tid.eml": make_eml(hdrs(d1, frm, OWNER_ADDR, "Boka tid för första intervju – Kassaberg",
                                                 "<hv.msg.aa01@mailer.hirevik.example>", reply_to=rto),
                                            plain=b1, html=html_wrap(b1.replace("\n", "<br>\n"))),
        "02-hirevik-bekraftelse-forsta.eml": make_eml(
            hdrs(d2, frm, OWNER_ADDR, "Bekräftelse: Första intervju med Kassaberg",
                 "<hv.msg.aa02@mailer.hirevik.example>", reply_to=rto), plain=b2,
            attach=[(ics1, "forsta-intervju.ics", "text", "calendar", {"method": "REQUEST"})]),
        "03-amira-andra-intervju.eml": make_eml(hdrs(d3, f"Amira Haddad <{amira}>", OWNER_ADDR,
                                                     "Andra intervju – Content Designer", m3), plain=b3),
        "04-hirevik-bekraftelse-andra.eml": make_eml(
            hdrs(d4, frm, OWNER_ADDR, "Bekräftelse: Andra intervju med Kassaberg",
                 "<hv.msg.aa04@mailer.hirevik.example>", reply_to=rto), plain=b4,
            attach=[(ics2, "andra-intervju.ics", "text", "calendar", {"method": "REQUEST"})]),
    }
    case(cid, files, {
        "interviews": [
            iv("Kassaberg", "Content Designer", s1, e1t, "scheduled", [amira], [amira], "phone_screen"),
            iv("Kassaberg", "Content Designer", s2, e2t, "scheduled", [niklas, emma], [niklas, emma], "onsite")],
        "difficulty": "medium", "category": "positive/two-interviews",
        "notes": "ATS self-booking link (not an interview by itself), booked first interview with .ics, then recruiter "
                 "mail + ATS confirmation for a second, on-site panel interview. Two interviews."})


def c11():
    cid = "b81-11-jobbsvepet-message-then-direct-mail"
    petra = "petra.lund@halsolank.example"
    d1 = T(2026, 3, 9, 16, 48, STO)
    d2 = T(2026, 3, 10, 8, 30, STO)
    st, en = T(2026, 3, 16, 11, 0, STO), T(2026, 3, 16, 12, 0, STO)
    check_wd(st, 0)
    h1 = html_wrap(
        "<table width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#f4f1ec\"><tr><td align=\"center\">"
        "<table width=\"600\" style=\"background:#ffffff;padding:24px\"><tr><td>"
        "<img src=\"https://cdn.jobbsvepet.example/logo.png\" alt=\"Jobbsvepet\" width=\"140\">"
        "<h2 style=\"font-size:20px\">Du har fått ett nytt meddelande</h2>"
        "<p>Hälsolänk AB har skickat ett meddelande om annonsen <b>UX-skribent / Content designer</b>.</p>"
        "<blockquote style=\"border-left:3px solid #e07a2f;padding-left:12px;color:#333\">"
        "Hej Elin! Tack för din ansökan, vi blev glada att se den. Vi skulle gärna vilja träffa dig för en intervju. "
        "Passar det måndag 16/3 kl 11:00 hos oss på Sankt Eriksgatan 46? Svara gärna här eller direkt till mig.<br>"
        "/Petra Lund, produktchef</blockquote>"
        "<p><a href=\"https://www.jobbsvepet.example/meddelanden/t/55190\" style=\"background:#e07a2f;color:#fff;"
        "padding:10px 18px;text-decoration:none;border-radius:4px\">Läs och svara</a></p>"
        "<p style=\"font-size:11px;color:#888\">Du får det här mejlet eftersom du har ett konto på Jobbsvepet. "
        "Det går inte att svara på mejlet. Hantera aviseringar i dina inställningar.</p>"
        "</td></tr></table></td></tr></table>")
    b2 = f"""Hej igen Elin!

Skönt att 16/3 passar, jag såg ditt svar på Jobbsvepet. Jag skickar en bekräftelse här också så att
du har mina kontaktuppgifter.

Vi ses {sv_date(st)} kl. 11.00. Räkna med ungefär en timme. Det blir jag och du – vi pratar om
hur du skulle ta dig an texterna i vår bokningsapp för vårdcentraler. Anmäl dig i receptionen.

Med vänliga hälsningar
Petra Lund
Produktchef, Hälsolänk AB
08-522 190 40 | Sankt Eriksgatan 46, 112 34 Stockholm
"""
    assert st.day == 16 and st.month == 3
    e1 = make_eml(hdrs(d1, "Jobbsvepet <no-reply@jobbsvepet.example>", OWNER, "Nytt meddelande från Hälsolänk AB",
                       "<js-notif-55190-3@mail.jobbsvepet.example>",
                       extra=[("List-Unsubscribe", "<https://www.jobbsvepet.example/avregistrera?u=88213>")]),
                  html=h1, html_cte="base64")
    e2 = make_eml(hdrs(d2, f"Petra Lund <{petra}>", OWNER_ADDR, "Intervju måndag 16/3 – Hälsolänk",
                       "<halsolank-petra-0310@halsolank.example>"), plain=b2)
    case(cid, {"01-jobbsvepet-nytt-meddelande.eml": e1, "02-petra-bekraftelse.eml": e2}, {
        "interviews": [iv("Hälsolänk", "UX-skribent / Content designer", st, en, "scheduled", [petra], [petra],
                          "hiring_manager")],
        "difficulty": "medium", "category": "positive/job-board-message",
        "notes": "Invented Swedish job board (Jobbsvepet) HTML-only base64 notification proposing 'måndag 16/3 kl 11:00', "
                 "then the product manager confirms directly; no-reply board address is not a recipient."})


def c12():
    cid = "b81-12-agency-forward-vb-kommun"
    fredrik = "fredrik.strom@talangbyran.example"
    anders = "anders.ljung@solbacka.kommun.example"
    jenny = "jenny.aberg@solbacka.kommun.example"
    d1 = T(2026, 3, 18, 10, 6, STO)
    st, en = T(2026, 3, 26, 13, 15, STO), T(2026, 3, 26, 14, 15, STO)
    check_wd(st, 3)
    body = f"""Hej Elin!

Goda nyheter – se nedan från Anders på Solbacka kommun. De vill träffa dig torsdag 26/3 kl. 13.15–14.15
i stadshuset. Jag är inte med på intervjun, men ring mig gärna efteråt så stämmer vi av. Bekräfta gärna
tiden direkt till Anders (med mig på kopia).

Lycka till!

Med vänliga hälsningar
Fredrik Ström
Rekryteringskonsult | Talangbyrån Norr
070-655 18 72 | Kungsgatan 37, 111 56 Stockholm

Från: Anders Ljung <{anders}>
Skickat: den 18 mars 2026 09:41
Till: Fredrik Ström <{fredrik}>
Kopia: Jenny Åberg <{jenny}>
Ämne: Intervju – Kommunikatör (klarspråk och UX), Elin Bergfalk

Hej Fredrik,

Tack för kandidatförslagen. Vi vill gärna träffa Elin Bergfalk för en intervju {sv_date(st)}
kl. 13.15–14.15 i Solbacka stadshus, Torget 1, entréplan (fråga efter mig i receptionen).

Intervjun hålls av mig och HR-partner Jenny Åberg. Elin får gärna ta med ett par exempel på texter hon
skrivit om till klarspråk.

Med vänliga hälsningar
Anders Ljung
Kommunikationschef
Solbacka kommun
"""
    e1 = make_eml(hdrs(d1, f"Fredrik Ström <{fredrik}>", OWNER_ADDR,
                       "VB: Intervju – Kommunikatör (klarspråk och UX), Elin Bergfalk",
                       "<DU0PR02MB8123F0A4@DU0PR02MB8123.eurprd02.talangbyran.example>",
                       extra=[("Thread-Topic", "Intervju – Kommunikatör (klarspråk och UX), Elin Bergfalk"),
                              ("Content-Language", "sv-SE")]),
                   plain=body, html=html_wrap(body.replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n"),
                                              font="Calibri,sans-serif"))
    case(cid, {"01-vb-intervju-solbacka-kommun.eml": e1}, {
        "interviews": [iv("Solbacka kommun", "Kommunikatör (klarspråk och UX)", st, en, "scheduled", [anders, jenny],
                          [anders, jenny], "onsite")],
        "difficulty": "hard", "category": "positive/forwarded",
        "notes": "Recruitment-agency consultant forwards ('VB:') the client's message; interviewers are the two people "
                 "in the forwarded text (panel -> onsite), the consultant does not attend."})


def c13():
    cid = "b81-13-uk-founder-final-chat-gcal-json"
    hannah = "hannah.cole@quillmark.example"
    d1 = T(2026, 4, 2, 9, 50, LON)
    st, en = T(2026, 4, 8, 10, 30, LON), T(2026, 4, 8, 11, 15, LON)
    check_wd(st, 2)
    assert st.astimezone(ZoneInfo(STO)).hour == 11
    m1 = "<QM-hannah-0402@mail.quillmark.example>"
    b1 = """Hi Elin,

The team really enjoyed the content crit on Tuesday - thank you. The last step in our process for the
Content Designer role is a chat with me: less about craft, more about how you like to work, and your
questions about Quillmark.

Would Wednesday 8 April at half past ten London time (half eleven for you, I believe) work? We'd need
about 45 minutes. I'll pop an invite in your calendar if so.

Warm wishes,
Hannah

Hannah Cole
Co-founder & CEO, Quillmark Ltd
2nd floor, 8 Lever Street, Manchester M1 1FJ
"""
    e1 = make_eml(hdrs(d1, f"Hannah Cole <{hannah}>", OWNER_ADDR, "Final step - a chat with me?", m1),
                  plain=b1, html=html_wrap(p(*b1.strip().split("\n\n"))))
    ev = {
        "kind": "calendar#event", "etag": "\"3461187200120000\"", "id": "7qm2n0b81hc8lr5ajv3fd6p1ks",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=N3FtMm4wYjgxaGM4bHI1YWp2M2ZkNnAxa3M",
        "created": "2026-04-02T10:41:13.000Z", "updated": "2026-04-02T10:47:40.060Z",
        "summary": "Elin / Hannah - final chat (Content Designer)",
        "description": "Final conversation with Hannah Cole (CEO). Informal - bring questions!",
        "creator": {"email": hannah, "displayName": "Hannah Cole"},
        "organizer": {"email": hannah, "displayName": "Hannah Cole"},
        "start": {"dateTime": st.isoformat(), "timeZone": LON},
        "end": {"dateTime": en.isoformat(), "timeZone": LON},
        "iCalUID": "7qm2n0b81hc8lr5ajv3fd6p1ks@google.com", "sequence": 0,
        "attendees": [
            {"email": hannah, "displayName": "Hannah Cole", "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"}],
        "hangoutLink": "https://meet.google.com/qmk-fnlc-hat",
        "reminders": {"useDefault": True}, "eventType": "default"}
    case(cid, {"01-hannah-final-step.eml": e1,
               "02-final-chat.gcal.json": (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")}, {
        "interviews": [iv("Quillmark", "Content Designer", st, en, "scheduled", [hannah], [hannah], "other")],
        "difficulty": "easy", "category": "positive/gcal-json",
        "notes": "UK founder proposes 'Wednesday 8 April at half past ten London time' (BST) and the Calendar API "
                 "event confirms 10:30-11:15 Europe/London. One interview (final chat with CEO)."})


# ================================================================== negatives
def c14():
    cid = "b81-14-arbetsformedlingen-planeringssamtal"
    d1 = T(2026, 3, 9, 7, 30, STO)
    st, en = T(2026, 3, 17, 10, 30, STO), T(2026, 3, 17, 11, 0, STO)
    check_wd(st, 1)
    b1 = f"""Hej Elin Bergfalk,

Du har fått en bokad tid för ett planeringssamtal med din handläggare på Arbetsförmedlingen.

När: {sv_date(st)} 2026 kl. {hm(st)}–{hm(en)}
Hur: Videomöte – du får en länk i Mina sidor samma dag
Handläggare: Karin Aspelin

Under samtalet går vi igenom din handlingsplan, vilka jobb du har sökt och hur det har gått på de
intervjuer du varit på. Vi pratar också om hur du kan förbereda dig inför kommande intervjuer och om
du behöver stöd, till exempel en kurs i intervjuteknik.

Vänligen logga in på Mina sidor och aktivitetsrapportera senast den 14 mars.

Om du inte kan delta måste du meddela oss senast dagen innan. Uteblir du utan giltigt skäl kan det
påverka din ersättning.

Med vänliga hälsningar
Arbetsförmedlingen

Det här meddelandet går inte att svara på. Kontakta oss via Mina sidor eller på 0771-416 416.
"""
    ics = make_ics(method="PUBLISH", uid="af-mote-20260317-5512@arbetsformedlingen.example", seq=0, start=st, end=en,
                   summary="Planeringssamtal med Arbetsförmedlingen", organizer=None, attendees=[], stamp=d1,
                   tzid="Europe/Stockholm", location="Videomöte",
                   description="Planeringssamtal med handläggare Karin Aspelin.",
                   prodid="-//Arbetsformedlingen//Bokning 3.1//SV")
    e1 = make_eml(hdrs(d1, "Arbetsförmedlingen <ingen-svarsadress@arbetsformedlingen.example>", OWNER,
                       "Bokad tid: planeringssamtal", "<af-bokning-5512@arbetsformedlingen.example>"),
                  plain=b1, attach=[(ics, "mote.ics", "text", "calendar", {"method": "PUBLISH"})])
    case(cid, {"01-bokad-tid-planeringssamtal.eml": e1}, {
        "interviews": [], "difficulty": "hard", "category": "negative/employment-service",
        "notes": "Public employment service meeting with a caseworker (bokad tid + .ics, mentions intervjuer) - "
                 "not a job interview."})


def c15():
    cid = "b81-15-medarbetarsamtal-current-job"
    goran = "goran.lilja@norrskenmedia.example"
    work = "elin.bergfalk@norrskenmedia.example"
    d1 = T(2026, 3, 10, 15, 12, STO)
    st, en = T(2026, 3, 24, 14, 0, STO), T(2026, 3, 24, 15, 0, STO)
    check_wd(st, 1)
    subj = "Medarbetarsamtal 2026 – Elin"
    body = f"""När: den 24 mars 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien
Var: Rum Polstjärnan, plan 4

*~*~*~*~*~*~*~*~*~*

Hej Elin!

Dags för årets medarbetarsamtal. Vi pratar om din roll som UX-skribent i appteamet, hur året har varit,
din kompetensutveckling och vilka mål du vill sätta för 2026. Fyll gärna i underlaget i HR-portalen
senast veckan innan, så har vi något att utgå från.

Lönesamtalet tar vi separat i april.

Hälsningar
Göran Lilja
Produktchef, Mediahuset Norrsken
"""
    ics = make_ics(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000AAB1C2D3E4F5DC01000000000000000010000000NORRSKEN",
                   seq=0, start=st, end=en, tzid="W. Europe Standard Time", summary=subj,
                   organizer=("Göran Lilja", goran), attendees=[(OWNER_NAME, work, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                   stamp=d1, location="Rum Polstjärnan, plan 4", description=body,
                   prodid="Microsoft Exchange Server 2010",
                   ev_extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                             "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE"])
    h = hdrs(d1, f"Göran Lilja <{goran}>", f"Elin Bergfalk <{work}>", subj,
             "<VI1PR04MB5521D2E1@VI1PR04MB5521.eurprd04.norrskenmedia.example>",
             extra=[("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{work} {OWNER}"),
                    ("Content-Language", "sv-SE"), ("Content-class", "urn:content-classes:calendarmessage")])
    e1 = make_eml(h, plain=body, cal=(ics, "REQUEST"))
    case(cid, {"01-medarbetarsamtal-inbjudan.eml": e1}, {
        "interviews": [], "difficulty": "hard", "category": "negative/annual-review",
        "notes": "Annual performance review (medarbetarsamtal) at the owner's current employer, Swedish Outlook "
                 "invite auto-forwarded from the work address; mentions 'din roll'. Not a job interview."})


def c16():
    cid = "b81-16-rejection-after-intervju"
    d1 = T(2026, 3, 13, 14, 20, STO)
    b1 = """Hej Elin,

Tack för att du tog dig tid att träffa oss på intervjun förra veckan, och för ditt intresse för rollen
som Content Designer på Bokskogen Media.

Vi har nu träffat flera starka kandidater och har efter noga övervägande beslutat att gå vidare med en
annan kandidat vars erfarenhet bättre matchar våra behov just nu. Det var inget lätt beslut.

Vi sparar gärna din ansökan och hör av oss om en liknande roll blir aktuell. Om du vill ha återkoppling
på din intervju är du välkommen att boka ett kort samtal med Johanna via länken nedan:
https://app.hirevik.example/b/bokskogen/aterkoppling

Lycka till i ditt fortsatta jobbsökande!

Med vänliga hälsningar
Johanna Wiberg
Talent Acquisition, Bokskogen Media
"""
    e1 = make_eml(hdrs(d1, "Bokskogen Media <noreply@hirevik.example>", OWNER_ADDR,
                       "Angående din ansökan till Content Designer – Bokskogen Media",
                       "<hv.msg.bk31@mailer.hirevik.example>",
                       reply_to="Bokskogen Media <reply+bk31-19@inbound.hirevik.example>"),
                  plain=b1, html=html_wrap(p(*b1.strip().split("\n\n"))))
    case(cid, {"01-besked-content-designer.eml": e1}, {
        "interviews": [], "difficulty": "medium", "category": "negative/rejection",
        "notes": "ATS rejection after an interview (mentions 'intervjun förra veckan' and an optional feedback call "
                 "booking link). No interview scheduled."})


def c17():
    cid = "b81-17-digitalt-frukostseminarium"
    d1 = T(2026, 3, 5, 7, 0, STO)
    st, en = T(2026, 3, 12, 8, 0, STO), T(2026, 3, 12, 8, 45, STO)
    check_wd(st, 3)
    h1 = html_wrap(
        "<h1 style=\"font-size:22px\">Digitalt frukostseminarium: Klara intervjun som UX-skribent</h1>"
        + p(f"<b>{sv_date(st).capitalize()} kl. {hm(st)}–{hm(en)}</b> · Live på Zoom · Kostnadsfritt",
            "Hej Elin! Du är anmäld till vårt digitala frukostseminarium. Ta med kaffet och häng med när "
            "rekryteraren Malin Dahl och content designern Yusuf Karimi berättar vad som händer bakom kulisserna "
            "i en rekrytering: hur en första intervju går till, vad man frågar kandidater om i en andra intervju "
            "och hur du presenterar ett textcase.",
            "Efteråt kan du ställa frågor i chatten. Vänligen logga in fem minuter innan start.",
            "<a href=\"https://zoom.example/j/84127730112\">Anslut till seminariet</a>",
            "Varma hälsningar<br>Jobbsvepet Event",
            "<span style=\"font-size:11px;color:#888\">Du får det här mejlet eftersom du anmält dig till ett "
            "evenemang på Jobbsvepet. Avregistrera dig här.</span>"))
    ics = make_ics(method="REQUEST", uid="js-event-frukost-0312@jobbsvepet.example", seq=0, start=st, end=en,
                   summary="Digitalt frukostseminarium: Klara intervjun som UX-skribent",
                   organizer=("Jobbsvepet Event", "event@jobbsvepet.example"),
                   attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")], stamp=d1,
                   location="https://zoom.example/j/84127730112",
                   description="Webbinarium med Malin Dahl och Yusuf Karimi om intervjuer för UX-skribenter.",
                   prodid="-//Jobbsvepet//Event 1.4//SV")
    e1 = make_eml(hdrs(d1, "Jobbsvepet Event <event@jobbsvepet.example>", OWNER,
                       "Välkommen! Digitalt frukostseminarium torsdag 12/3 – Klara intervjun",
                       "<js-event-frukost-0312-reg@mail.jobbsvepet.example>",
                       extra=[("List-Unsubscribe", "<https://www.jobbsvepet.example/avregistrera?u=88213>")]),
                  html=h1, attach=[(ics, "frukostseminarium.ics", "text", "calendar", {"method": "REQUEST"})])
    case(cid, {"01-frukostseminarium-anmalan.eml": e1}, {
        "interviews": [], "difficulty": "hard", "category": "negative/webinar",
        "notes": "Job-board webinar about interviews (HTML-only + .ics invite with a time). Not a job interview."})


def c18():
    cid = "b81-18-tandlakare-bokning"
    d1 = T(2026, 3, 20, 12, 2, STO)
    st = T(2026, 4, 7, 7, 45, STO)
    check_wd(st, 1)
    b1 = f"""Bokningsbekräftelse – Tandkliniken Söder

Hej Elin,

Välkommen på undersökning hos oss!

Tid: {sv_date(st)} kl. {hm(st)}
Behandlare: tandläkare Ali Rezaei
Besöket tar ca 40 minuter.
Adress: Götgatan 71, 116 62 Stockholm (port kod 2207)

Vänligen kom 10 minuter innan din bokade tid och ta med giltig legitimation. Har du frågor inför
besöket eller behöver avboka, gör det senast 24 timmar innan – annars debiteras en avgift på 600 kr.

Det här är en kallelse. Svara JA på sms:et vi skickat för att bekräfta din tid.

Med vänliga hälsningar
Tandkliniken Söder
08-640 21 10
"""
    e1 = make_eml(hdrs(d1, "Tandkliniken Söder <bokning@tandklinikensoder.example>", OWNER,
                       "Bokningsbekräftelse: undersökning 7/4 kl. 07.45",
                       "<tks-bokning-44718@tandklinikensoder.example>"), plain=b1)
    case(cid, {"01-bokningsbekraftelse.eml": e1}, {
        "interviews": [], "difficulty": "easy", "category": "negative/dentist",
        "notes": "Dentist booking confirmation ('kallelse', 'Vänligen kom 10 minuter innan'). Not an interview."})


def c19():
    cid = "b81-19-us-availability-request-only"
    rec = "jordan.pike@lumenworks.example"
    d1 = T(2026, 3, 20, 11, 18, "America/New_York")
    b1 = """Hi Elin,

Thanks so much for your interest in the Content Designer (Platform) role at Lumenworks! I'm happy to
let you know the hiring team would like to move you forward to a 30-minute phone screen with our
Content Design Manager.

Could you share 3-4 windows that work for you next week? We're on Eastern time and the team usually
does calls between 9am and 2pm ET, so mornings ET (afternoons your time) are ideal. Anytime before
noon ET on Tue/Wed would be perfect. Alternatively you can grab a slot directly here:
https://slothop.example/lumenworks-talent/phone-screen

Once we lock a time, you'll get a calendar invite with a Zoom link.

Best,
Jordan Pike
Talent Partner, Lumenworks
+1 (617) 555-0193
"""
    e1 = make_eml(hdrs(d1, f"Jordan Pike <{rec}>", OWNER_ADDR,
                       "Lumenworks - next steps for Content Designer (Platform)",
                       "<lw-jpike-0320@mail.lumenworks.example>"), plain=b1, plain_cte="7bit")
    case(cid, {"01-lumenworks-share-availability.eml": e1}, {
        "interviews": [], "difficulty": "hard", "category": "negative/availability-request",
        "notes": "Recruiter asks for availability for a phone screen ('before noon ET on Tue/Wed', scheduling link); "
                 "nothing booked."})


def c20():
    cid = "b81-20-user-research-intervju-presentkort"
    d1 = T(2026, 3, 13, 13, 45, STO)
    st, en = T(2026, 3, 19, 16, 0, STO), T(2026, 3, 19, 16, 45, STO)
    check_wd(st, 3)
    b1 = f"""Hej Elin!

Tack för att du anmält dig till vår användarstudie om hur man söker jobb på Jobbsvepet.

Din intervju är bokad {sv_date(st)} kl. {hm(st)}–{hm(en)} via Teams. Vi vill höra hur du letar
efter jobb, hur du läser annonser och vad som är krångligt när du ska söka. Det finns inga rätt eller
fel svar – det är tjänsten vi testar, inte dig.

Som tack får du ett digitalt presentkort på 400 kr efter intervjun. Samtalet spelas in och används
bara internt av vårt designteam.

Teams-länk: https://teams.microsoft.com/l/meetup-join/19%3ameeting_jsur0319

Med vänliga hälsningar
Nora Eklund
UX-researcher, Jobbsvepet
nora.eklund@jobbsvepet.example
"""
    e1 = make_eml(hdrs(d1, "Nora Eklund <nora.eklund@jobbsvepet.example>", OWNER_ADDR,
                       "Bekräftelse: din intervju i vår användarstudie (presentkort 400 kr)",
                       "<js-research-nora-0313@jobbsvepet.example>"), plain=b1)
    case(cid, {"01-anvandarstudie-bekraftelse.eml": e1}, {
        "interviews": [], "difficulty": "hard", "category": "negative/user-research",
        "notes": "Paid user-research interview for the job board's product (booked time, Teams). Not a job interview."})


def c21():
    cid = "b81-21-podcast-intervju-ordbruket"
    host = "linnea.storm@mail.example"
    d1 = T(2026, 3, 16, 21, 3, STO)
    st, en = T(2026, 3, 31, 14, 0, STO), T(2026, 3, 31, 15, 30, STO)
    check_wd(st, 1)
    b1 = f"""Hej Elin!

Så kul att du vill vara med i Ordbruket! Vi spelar in avsnittet om klarspråk och UX writing
{sv_date(st)} kl. 14.00 i studion på Medborgarplatsen 3. Själva intervjun tar ungefär en timme,
men räkna med en och en halv med ljudcheck.

Jag bifogar en kalenderfil. Frågorna skickar jag på fredag så du hinner fundera.

Kram,
Linnea
Ordbruket – en podd om ord som jobbar
"""
    ics = make_ics(method="PUBLISH", uid="ordbruket-ep47-inspelning@mail.example", seq=0, start=st, end=en,
                   summary="Ordbruket ep. 47 – inspelning med Elin Bergfalk (intervju)",
                   organizer=("Linnea Storm", host),
                   attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")], stamp=d1,
                   tzid="Europe/Stockholm", location="Medborgarplatsen 3, Stockholm",
                   description="Podcastintervju om klarspråk och UX writing.",
                   prodid="-//Apple Inc.//macOS 15.3//EN")
    e1 = make_eml(hdrs(d1, f"Linnea Storm <{host}>", OWNER_ADDR, "Inspelning Ordbruket 31/3",
                       "<3F2A9C1E-ordbruket-47@mail.example>"), plain=b1)
    assert st.utcoffset() == timedelta(hours=2)
    case(cid, {"01-linnea-inspelning.eml": e1, "02-ordbruket-inspelning.ics": ics}, {
        "interviews": [], "difficulty": "medium", "category": "negative/podcast",
        "notes": "Podcast interview recording (e-mail + standalone .ics titled 'intervju'). Not a job interview."})


def c22():
    cid = "b81-22-danish-one-way-videointerview"
    d1 = T(2026, 3, 16, 9, 0, CPH)
    dl = T(2026, 3, 20, 23, 59, CPH)
    check_wd(dl, 4)
    h1 = html_wrap(p(
        "Kære Elin",
        "Tak for din ansøgning til stillingen som <b>UX Writer</b> hos Tangbjerg A/S. Som næste skridt i "
        "rekrutteringsprocessen beder vi dig optage et kort videointerview.",
        "Du får tre spørgsmål på skærmen og har 2 minutter til at besvare hvert. Der er ingen interviewer "
        "med – du optager selv, når det passer dig.",
        f"<b>Frist:</b> {da_date(dl)} kl. 23.59",
        "<a href=\"https://app.rekrutto.example/v/tangbjerg/9QH2\">Start videointerview</a>",
        "Hvis du går videre, kontakter vi dig for at aftale en jobsamtale.",
        "Med venlig hilsen<br>Tangbjerg A/S · Rekruttering",
        "<span style=\"font-size:11px;color:#888\">Sendt via Rekrutto. Denne e-mail kan ikke besvares.</span>"))
    e1 = make_eml(hdrs(d1, "Tangbjerg A/S <noreply@rekrutto.example>", OWNER_ADDR,
                       "Næste skridt: videointerview – UX Writer", "<rk-9QH2-invite@mail.rekrutto.example>"),
                  html=h1)
    case(cid, {"01-naeste-skridt-videointerview.eml": e1}, {
        "interviews": [], "difficulty": "hard", "category": "negative/one-way-video",
        "notes": "Danish one-way recorded video interview with a deadline (no live interviewer). Not an interview."})


# ================================================================== main
def main():
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
               c14, c15, c16, c17, c18, c19, c20, c21, c22):
        fn()
    for name in os.listdir(HERE):
        if name.startswith("b81-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    for cid, files in CASES.items():
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fname, data in files.items():
            with open(os.path.join(d, fname), "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# blind81 labels - generated by make_cases.py (do not edit by hand)\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=120)
    pos = sum(1 for v in LABELS.values() if v["interview"])
    print(f"wrote {len(CASES)} cases ({pos} positive, {len(CASES) - pos} negative)")


if __name__ == "__main__":
    main()
