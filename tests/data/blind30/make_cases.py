#!/usr/bin/env python3
"""Deterministic generator for the blind30 evaluation set (UK/IE/continental Europe mix).

Rewrites every b30-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All names, companies and domains are invented.
"""
import json
import os
import shutil
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = {}
LABELS = {}


def T(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


def iso(dt):
    return dt.isoformat() if dt is not None else None


def utcstamp(dt):
    return dt.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")


def local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


# ---------------------------------------------------------------- iCalendar
def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], b""
    limit = 75
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > limit:
            out.append(cur.decode("utf-8"))
            cur = b""
            limit = 74
        cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def vtimezone(tzid, zone):
    """EU-rule VTIMEZONE; offsets taken from zoneinfo (January = standard, July = summer)."""
    z = ZoneInfo(zone)
    std = datetime(2026, 1, 15, 12, tzinfo=z).utcoffset()
    dst = datetime(2026, 7, 15, 12, tzinfo=z).utcoffset()

    def off(td):
        s = int(td.total_seconds())
        sign = "+" if s >= 0 else "-"
        s = abs(s)
        return f"{sign}{s // 3600:02d}{(s % 3600) // 60:02d}"
    # EU switch at 01:00 UTC -> local wall clock of the switch
    h_dst = 1 + int(std.total_seconds()) // 3600
    h_std = 1 + int(dst.total_seconds()) // 3600
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", f"DTSTART:16010101T{h_std:02d}0000", f"TZOFFSETFROM:{off(dst)}",
        f"TZOFFSETTO:{off(std)}", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", f"DTSTART:16010101T{h_dst:02d}0000", f"TZOFFSETFROM:{off(std)}",
        f"TZOFFSETTO:{off(dst)}", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def ics(*, uid, start, end, summary, organizer, attendees, zone, tzid=None, method="REQUEST",
        seq=0, status="CONFIRMED", description="", location="", prodid="-//Example//Cal//EN",
        stamp=None, microsoft=False, utc_times=False):
    tzid = tzid or zone
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if not utc_times:
        L += vtimezone(tzid, zone)
    L += ["BEGIN:VEVENT"]
    if utc_times:
        L += [f"DTSTART:{utcstamp(start)}", f"DTEND:{utcstamp(end)}"]
    else:
        L += [f"DTSTART;TZID={tzid}:{local(start)}", f"DTEND;TZID={tzid}:{local(end)}"]
    L += [f"DTSTAMP:{utcstamp(stamp or start - timedelta(days=5))}"]
    oname, oaddr = organizer
    L.append(f"ORGANIZER;CN={oname}:mailto:{oaddr}")
    for name, addr, role in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{addr}")
    L += [f"UID:{uid}", f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}"]
    if description:
        L.append(f"DESCRIPTION:{esc(description)}")
    if location:
        L.append(f"LOCATION:{esc(location)}")
    L += ["TRANSP:OPAQUE"]
    if microsoft:
        L += ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in L) + "\r\n"


# ---------------------------------------------------------------- e-mail
def mail(*, frm, to, subject, date, owner, msgid, plain=None, html=None, cte="quoted-printable",
         cc=None, reply_to=None, in_reply_to=None, references=None, extra=None, cal=None,
         cal_method="REQUEST", attach=None, google=False):
    m = EmailMessage()
    m["Delivered-To"] = owner
    m["Return-Path"] = "<" + (frm.split("<")[-1].rstrip(">") if "<" in frm else frm) + ">"
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
    for k, v in (extra or []):
        m[k] = v
    if plain is not None:
        m.set_content(plain, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte="quoted-printable")
    else:
        m.set_content(html, subtype="html", cte=cte)
    if cal is not None:
        if m.get_content_type() != "multipart/alternative":
            m.make_alternative()
        m.add_alternative(cal, subtype="calendar", params={"method": cal_method}, cte="base64" if google else "quoted-printable")
        if google:
            m.add_attachment(cal.encode("utf-8"), maintype="application", subtype="ics", filename="invite.ics")
    for fname, data in (attach or []):
        m.add_attachment(data.encode("utf-8"), maintype="text", subtype="calendar", filename=fname,
                         params={"method": "REQUEST"})
    import hashlib
    seed = hashlib.sha1(msgid.encode()).hexdigest()
    for i, part in enumerate(x for x in m.walk() if x.is_multipart()):
        part.set_boundary(f"{i:02d}_{seed[:24]}_{i}")
    return m.as_bytes(policy=policy.default)


def case(cid, label, items):
    CASES[cid] = items
    LABELS[cid] = label


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


def lab(user, interviews, difficulty, category, notes):
    return {"user": user, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def gcal_html(lines):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:Roboto,Helvetica,Arial,sans-serif\">"
            + "".join(f"<p>{l.replace(chr(10), '<br>')}</p>" for l in lines) + "</div></body></html>")


# =============================================================== POSITIVES
def c01():
    owner = "elin.bergqvist@example.com"
    rec = ("Johanna Lindholm", "johanna.lindholm@klarvik.example")
    lead = ("Oskar Nyström", "oskar.nystrom@klarvik.example")
    s, e = T(2026, 3, 17, 10, 0, "Europe/Stockholm"), T(2026, 3, 17, 10, 45, "Europe/Stockholm")
    cal = ics(uid="tt-interview-55102@teamtailor.example", start=s, end=e,
              summary="Intervju: Elin Bergqvist / Backend-utvecklare (Kotlin) – Klarvik",
              organizer=rec, attendees=[(rec[0], rec[1], "REQ-PARTICIPANT"), (lead[0], lead[1], "REQ-PARTICIPANT"),
                                        ("Elin Bergqvist", owner, "REQ-PARTICIPANT")],
              zone="Europe/Stockholm", description="Google Meet: https://meet.example/kvq-ptoz-ewn",
              prodid="-//Teamtailor//Interview//SV")
    plain = """Hej Elin!

Tack för din ansökan till tjänsten som Backend-utvecklare (Kotlin) hos oss på Klarvik.
Vi vill gärna lära känna dig lite bättre och har bokat in en första intervju:

  Tisdag 17 mars, kl. 10.00–10.45
  Google Meet (länk i kalenderinbjudan)

Du träffar mig (Johanna, Talent Acquisition) och Oskar Nyström som är teamlead för
betalningsteamet. Vi pratar om din bakgrund och vad du letar efter – inga kodtester den här gången.

Passar inte tiden? Svara på det här mejlet så hittar vi en ny.

Vänliga hälsningar
Johanna Lindholm
Talent Acquisition Partner | Klarvik Betalningar AB
Sveavägen 44, 111 34 Stockholm
+46 8 555 018 22

Det här meddelandet skickades via Teamtailor."""
    m = mail(frm="Johanna på Klarvik <no-reply@teamtailor-mail.example>", to=owner, owner=owner,
             reply_to=f"{rec[0]} <{rec[1]}>", subject="Intervju med Klarvik – tisdag 17 mars",
             date=T(2026, 3, 12, 9, 14, "Europe/Stockholm"), msgid="<tt.55102.1@teamtailor-mail.example>",
             plain=plain, attach=[("intervju.ics", cal)])
    case("b30-01-teamtailor-swedish-first-interview-ics",
         lab(owner, [iv("Klarvik Betalningar AB", "Backend-utvecklare (Kotlin)", s, e, "scheduled",
                        [rec[1], lead[1]], [rec[1], lead[1]], "phone_screen")],
             "easy", "positive/ats-ics-local-language",
             "Teamtailor mail in Swedish ('kl. 10.00–10.45') + .ics attachment (Europe/Stockholm, CET)."),
         [("01-intervju-klarvik.eml", m)])


def c02():
    owner = "lena.hoffmann@mail.example"
    hr = ("Katrin Moser", "k.moser@brandlhuber-sport.example")
    s, e = T(2026, 4, 2, 14, 30, "Europe/Berlin"), T(2026, 4, 2, 15, 15, "Europe/Berlin")
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#0b3d2e;padding:16px">
<img src="https://cdn.personio.example/brandlhuber/logo.png" alt="Brandlhuber Sport" height="32"></td></tr>
<tr><td style="padding:24px">
<p>Sehr geehrte Frau Hoffmann,</p>
<p>vielen Dank f&uuml;r Ihre Bewerbung als <b>Teamleitung E-Commerce (m/w/d)</b> und das Interesse an Brandlhuber Sport.
Ihre Unterlagen haben uns &uuml;berzeugt, und wir m&ouml;chten Sie gerne pers&ouml;nlich kennenlernen.</p>
<p>Wir laden Sie herzlich zu einem Vorstellungsgespr&auml;ch in unsere Zentrale ein:</p>
<p style="margin-left:16px"><b>Donnerstag, 2. April 2026, um halb drei (14:30 Uhr)</b><br>
Brandlhuber Sport GmbH, Landsberger Stra&szlig;e 312, 80687 M&uuml;nchen, 3. OG, Empfang</p>
<p>Bitte planen Sie etwa 45 Minuten ein. Ihre Gespr&auml;chspartner sind Herr Florian Gruber (Leitung E-Commerce) und ich.</p>
<p>Bitte best&auml;tigen Sie uns den Termin kurz per Antwort auf diese E-Mail. Sollte er Ihnen nicht passen,
finden wir gerne eine Alternative.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Katrin Moser<br>Personalreferentin<br>
Brandlhuber Sport GmbH &middot; Tel. +49 89 5550 4471</p>
<p style="font-size:11px;color:#888">Diese Nachricht wurde &uuml;ber Personio versendet. Datenschutzhinweise f&uuml;r Bewerbende finden Sie
<a href="https://brandlhuber-sport.jobs.personio.example/privacy">hier</a>.</p>
</td></tr></table></body></html>"""
    m = mail(frm="Brandlhuber Sport GmbH <noreply@mail.personio.example>", to=owner, owner=owner,
             reply_to=f"{hr[0]} <{hr[1]}>",
             subject="Einladung zum Vorstellungsgespräch – Teamleitung E-Commerce (m/w/d)",
             date=T(2026, 3, 25, 16, 40, "Europe/Berlin"), msgid="<0102019a.personio.88412@mail.personio.example>",
             html=html, cte="quoted-printable")
    case("b30-02-personio-german-halb-drei-html-only",
         lab(owner, [iv("Brandlhuber Sport GmbH", "Teamleitung E-Commerce (m/w/d)", s, e, "scheduled",
                        [hr[1]], [hr[1]], "hiring_manager")],
             "medium", "positive/ats-body-only-local-language",
             "HTML-only QP Personio mail in German; 'um halb drei (14:30 Uhr)' on 2 Apr = CEST (+02:00) although "
             "mail was sent in CET; 45 min. Florian Gruber has no address; Katrin takes part ('und ich')."),
         [("01-einladung-vorstellungsgespraech.eml", m)])


def c03():
    owner = "daan.visser@example.com"
    fem = ("Femke Bakker", "femke@grachtwerk.example")
    jor = ("Joris de Wit", "joris.dewit@grachtwerk.example")
    s, e = T(2026, 3, 31, 14, 0, "Europe/Amsterdam"), T(2026, 3, 31, 15, 0, "Europe/Amsterdam")
    p1 = """Hoi Daan,

Leuk dat je hebt gesolliciteerd op de vacature UX Designer bij Studio Grachtwerk!
We willen je graag uitnodigen voor een sollicitatiegesprek.

Wanneer: maandag 30 maart om 11.00 uur (duurt ongeveer een uur)
Waar: ons kantoor, Westerstraat 187, Amsterdam (bel aan bij 'Grachtwerk', 2e verdieping)
Met wie: Femke Bakker (creative director) en Joris de Wit (lead designer)

Neem gerust een paar cases uit je portfolio mee.

Groetjes,
Femke

--
Verzonden via Recruitee namens Studio Grachtwerk"""
    m1 = mail(frm="Studio Grachtwerk <no-reply@recruitee-mail.example>", to=owner, owner=owner,
              reply_to=f"{fem[0]} <{fem[1]}>", subject="Uitnodiging sollicitatiegesprek – UX Designer",
              date=T(2026, 3, 23, 11, 2, "Europe/Amsterdam"), msgid="<rt-7731-20260323@recruitee-mail.example>",
              plain=p1)
    p2 = """Hoi Daan,

Vervelend, maar Joris is op maandag onverwacht niet beschikbaar. Zou je het gesprek
kunnen verplaatsen naar dinsdag 31 maart om 14.00 uur? Zelfde plek, zelfde duur.

Sorry voor het geschuif!

Groet,
Femke Bakker
Creative Director | Studio Grachtwerk
Westerstraat 187 · 1015 MA Amsterdam · +31 20 555 0731

Verstuurd vanaf mijn iPhone"""
    m2 = mail(frm=f"{fem[0]} <{fem[1]}>", to=f"Daan Visser <{owner}>", cc=f"{jor[0]} <{jor[1]}>", owner=owner,
              subject="Re: Uitnodiging sollicitatiegesprek – UX Designer",
              date=T(2026, 3, 27, 8, 47, "Europe/Amsterdam"), msgid="<A91C22F0-3B1E-4C55-9E3A-0F1D2C3B4A55@grachtwerk.example>",
              in_reply_to="<rt-7731-20260323@recruitee-mail.example>", plain=p2,
              extra=[("X-Mailer", "iPhone Mail (21E236)")])
    p3 = """Hoi Femke,

Geen probleem, dinsdag om 14.00 uur past mij prima. Tot dan!

Groet,
Daan

Op 27 mrt 2026, om 08:47 heeft Femke Bakker <femke@grachtwerk.example> het volgende geschreven:

> Hoi Daan,
>
> Vervelend, maar Joris is op maandag onverwacht niet beschikbaar. Zou je het gesprek
> kunnen verplaatsen naar dinsdag 31 maart om 14.00 uur? Zelfde plek, zelfde duur."""
    m3 = mail(frm=f"Daan Visser <{owner}>", to=f"{fem[0]} <{fem[1]}>", cc=f"{jor[0]} <{jor[1]}>", owner=owner,
              subject="Re: Uitnodiging sollicitatiegesprek – UX Designer",
              date=T(2026, 3, 27, 9, 30, "Europe/Amsterdam"), msgid="<CAF3d9Qx1s@mail.example.com>",
              in_reply_to="<A91C22F0-3B1E-4C55-9E3A-0F1D2C3B4A55@grachtwerk.example>",
              references="<rt-7731-20260323@recruitee-mail.example> <A91C22F0-3B1E-4C55-9E3A-0F1D2C3B4A55@grachtwerk.example>",
              plain=p3)
    p4 = """Top, dan zien we je dinsdag om 14.00 uur. Fijn weekend alvast (en vergeet niet dat de klok zondag een uur vooruit gaat 😉).

Femke"""
    m4 = mail(frm=f"{fem[0]} <{fem[1]}>", to=f"Daan Visser <{owner}>", cc=f"{jor[0]} <{jor[1]}>", owner=owner,
              subject="Re: Uitnodiging sollicitatiegesprek – UX Designer",
              date=T(2026, 3, 27, 10, 5, "Europe/Amsterdam"), msgid="<B02D11E9-77AA-4F0B-8C1D-2E3F4A5B6C7D@grachtwerk.example>",
              in_reply_to="<CAF3d9Qx1s@mail.example.com>", plain=p4)
    case("b30-03-recruitee-dutch-moved-across-dst",
         lab(owner, [iv("Studio Grachtwerk", "UX Designer", s, e, "scheduled", [fem[1], jor[1]], [fem[1], jor[1]],
                        "onsite")],
             "hard", "positive/reschedule-by-email",
             "Recruitee invite Mon 30 Mar 11.00, moved by e-mail thread to Tue 31 Mar 14.00 (CEST +02:00, first week "
             "after DST), same duration (1 h). One interview, final time."),
         [("01-uitnodiging.eml", m1), ("02-re-verplaatsen.eml", m2), ("03-re-akkoord.eml", m3), ("04-re-bevestiging.eml", m4)])


def c04():
    owner = "hannah.okafor@example.com"
    rec = ("Amira Haddad", "amira.haddad@thistlebrook.example")
    hm = ("Gareth Pryce", "gareth.pryce@thistlebrook.example")
    s, e = T(2026, 10, 27, 9, 30, "Europe/London"), T(2026, 10, 27, 10, 30, "Europe/London")
    p1 = """Thistlebrook Bank

Hi Hannah,

Your interview has been scheduled.

Job Requisition: Senior Credit Risk Analyst (R-0048213)
Interview Type: Hiring Manager Interview
Date: 27/10/2026
Time: 09:30 - 10:30 (GMT)
Location: Microsoft Teams - a meeting invitation will follow from your recruiter
Interviewer(s): Gareth Pryce

If you need to change this appointment, please contact your recruiter, Amira Haddad
(amira.haddad@thistlebrook.example), rather than replying to this message.

View your candidate home: https://thistlebrook.wd3.myworkday.example/careers/candidate-home

This is a system-generated e-mail. Please do not reply."""
    m1 = mail(frm="Thistlebrook Bank <thistlebrook@myworkday-mail.example>", to=owner, owner=owner,
              subject="Interview Scheduled - Senior Credit Risk Analyst (R-0048213)",
              date=T(2026, 10, 21, 13, 5, "Europe/London"), msgid="<wd.1761048300.48213@myworkday-mail.example>",
              plain=p1)
    body = """When: 27 October 2026 09:30-10:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Hannah,

Please find the Teams link for your conversation with Gareth (Head of Retail Credit Risk) next Tuesday.
Just a heads-up that the clocks go back this Sunday, so 09:30 is UK time after the change.

Kind regards,
Amira

Amira Haddad | Talent Partner, Risk & Finance
Thistlebrook Bank plc | 1 Quayside Walk, London E14 5AB | +44 20 7946 0318

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_TBx92>
Meeting ID: 381 224 905 117
Passcode: q7Lm2X
________________________________________________________________________________"""
    cal = ics(uid="040000008200E00074C5B7101A82E00800000000B0C3F19A6E41DD01000000000000000010000000A1", start=s, end=e,
              summary="Interview: Hannah Okafor - Senior Credit Risk Analyst", organizer=rec,
              attendees=[(hm[0], hm[1], "REQ-PARTICIPANT"), ("Hannah Okafor", owner, "REQ-PARTICIPANT")],
              zone="Europe/London", tzid="GMT Standard Time", description=body, location="Microsoft Teams Meeting",
              prodid="Microsoft Exchange Server 2010", microsoft=True)
    m2 = mail(frm=f"{rec[0]} <{rec[1]}>", to=f"Hannah Okafor <{owner}>, {hm[0]} <{hm[1]}>", owner=owner,
              subject="Interview: Hannah Okafor - Senior Credit Risk Analyst",
              date=T(2026, 10, 21, 13, 20, "Europe/London"),
              msgid="<LO2P265MB5521A0C3F19A6E41@LO2P265MB5521.GBRP265.PROD.OUTLOOK.example>", plain=body, cal=cal,
              extra=[("Thread-Topic", "Interview: Hannah Okafor - Senior Credit Risk Analyst"),
                     ("Content-class", "urn:content-classes:calendarmessage")])
    case("b30-04-workday-uk-bank-plus-teams-invite-after-clock-change",
         lab(owner, [iv("Thistlebrook Bank", "Senior Credit Risk Analyst", s, e, "scheduled", [hm[1]], [hm[1]],
                        "hiring_manager")],
             "medium", "positive/dedupe",
             "Workday notification + Exchange invite (TZID 'GMT Standard Time') for the same interview on 27 Oct, "
             "two days after UK clocks go back -> +00:00 although mails are sent in BST."),
         [("01-workday-interview-scheduled.eml", m1), ("02-teams-invite.eml", m2)])


def c05():
    owner = "ciara.brennan@mail.example"
    hr = ("Siobhán Ní Mhórdha", "siobhan.nimhordha@wrta.example")
    s, e = T(2026, 3, 12, 10, 15, "Europe/Dublin"), T(2026, 3, 12, 10, 55, "Europe/Dublin")
    p1 = """Dear Ms Brennan,

Competition Ref: WRTA-2026-014 – Administrative Officer (Grade VII), Galway

I am pleased to inform you that you have been shortlisted for interview for the above competition.

Your interview has been arranged as follows:

    Date:   Thursday 12th March 2026
    Time:   10.15am (please arrive 15 minutes early)
    Venue:  Western Regional Transport Authority, Forster House, Forster Street, Galway, H91 X2Y4

The interview will last approximately 40 minutes and will be competency based. The interview board
will comprise Mr Declan Fahy (Chairperson), Ms Aoife Kinsella and Mr Tomasz Wróbel (external member).

Please bring photographic ID and the original of your highest qualification. Kindly confirm your
attendance by reply to this e-mail no later than Friday 6th March.

Is mise le meas,

Siobhán Ní Mhórdha
Executive Officer, HR & Recruitment
Western Regional Transport Authority
Forster House, Forster Street, Galway H91 X2Y4
T: +353 91 555 0142 | www.wrta.example"""
    m1 = mail(frm=f"{hr[0]} <{hr[1]}>", to=f"Ciara Brennan <{owner}>", owner=owner,
              subject="WRTA-2026-014 Administrative Officer – Invitation to Interview",
              date=T(2026, 3, 3, 15, 22, "Europe/Dublin"), msgid="<DB9PR02MB7712E4A1@DB9PR02MB7712.eurprd02.prod.outlook.example>",
              plain=p1, cte="base64")
    quoted = "\n".join("> " + l if l else ">" for l in p1.splitlines())
    p2 = f"""Dear Siobhán,

Thank you for your e-mail. I am pleased to confirm that I will attend interview on Thursday 12th March at 10.15am.

Kind regards,
Ciara Brennan
087 555 2231

On Tue 3 Mar 2026 at 15:22, {hr[0]} <{hr[1]}> wrote:
{quoted}"""
    m2 = mail(frm=f"Ciara Brennan <{owner}>", to=f"{hr[0]} <{hr[1]}>", owner=owner,
              subject="RE: WRTA-2026-014 Administrative Officer – Invitation to Interview",
              date=T(2026, 3, 4, 8, 3, "Europe/Dublin"), msgid="<CAK7Ymq2E4@mail.example>",
              in_reply_to="<DB9PR02MB7712E4A1@DB9PR02MB7712.eurprd02.prod.outlook.example>", plain=p2)
    case("b30-05-irish-public-body-board-interview-body-only",
         lab(owner, [iv("Western Regional Transport Authority", "Administrative Officer (Grade VII)", s, e, "scheduled",
                        [], [hr[1]], "onsite")],
             "medium", "positive/email-body-only",
             "Formal Irish public-sector board interview, base64 body, '10.15am', ~40 min, GMT (+00:00) in March. "
             "Board members have no addresses -> interviewers []; follow-up to the HR officer. Candidate confirms."),
         [("01-invitation-to-interview.eml", m1), ("02-re-confirm.eml", m2)])


def c06():
    owner = "camille.durand@example.com"
    rec = ("Julien Lefèvre", "julien.lefevre@maisonaubrac.example")
    dir_ = ("Sophie Marchand", "sophie.marchand@maisonaubrac.example")
    s, e = T(2026, 10, 20, 10, 30, "Europe/Paris"), T(2026, 10, 20, 11, 30, "Europe/Paris")
    cal = ics(uid="sr-int-3f7a91c2@smartrecruiters.example", start=s, end=e,
              summary="Entretien – Camille Durand – Responsable Supply Chain (H/F)", organizer=rec,
              attendees=[(rec[0], rec[1], "REQ-PARTICIPANT"), (dir_[0], dir_[1], "REQ-PARTICIPANT"),
                         ("Camille Durand", owner, "REQ-PARTICIPANT")],
              zone="Europe/Paris", description="Microsoft Teams : https://teams.microsoft.example/l/meetup-join/19%3aMA77",
              location="Microsoft Teams", prodid="-//SmartRecruiters//Interview Scheduler//FR")
    p1 = """Bonjour Camille,

Nous avons le plaisir de vous confirmer votre entretien pour le poste de Responsable Supply Chain (H/F) :

  Date : mardi 20 octobre 2026
  Heure : 10h30 (heure de Paris) – durée : 1 heure
  Lieu : Microsoft Teams (le lien figure dans l'invitation jointe)
  Vos interlocuteurs : Julien Lefèvre (Responsable recrutement) et Sophie Marchand (Directrice Supply Chain)

Pour toute question, vous pouvez répondre directement à ce message.

Belle journée,
L'équipe Talents – Maison Aubrac

Ce message vous a été envoyé par SmartRecruiters pour le compte de Maison Aubrac."""
    m1 = mail(frm="Maison Aubrac <noreply@smartrecruiters-mail.example>", to=owner, owner=owner,
              reply_to=f"{rec[0]} <{rec[1]}>", subject="Confirmation de votre entretien – Responsable Supply Chain (H/F)",
              date=T(2026, 10, 14, 10, 31, "Europe/Paris"), msgid="<sr.3f7a91c2.confirm@smartrecruiters-mail.example>",
              plain=p1, attach=[("entretien.ics", cal)])
    p2 = """Bonjour Camille,

Je suis au regret de devoir annuler notre entretien prévu demain, mardi 20 octobre à 10h30.
Suite à une réorganisation interne, le recrutement sur ce poste est suspendu jusqu'à nouvel ordre.
Je reviendrai vers vous dès que nous aurons plus de visibilité.

Toutes mes excuses pour ce contretemps,

Julien Lefèvre
Responsable recrutement
Maison Aubrac – 18 rue de la Verrerie, 75004 Paris
Tél. : +33 1 55 50 27 14"""
    m2 = mail(frm=f"{rec[0]} <{rec[1]}>", to=f"Camille Durand <{owner}>", cc=f"{dir_[0]} <{dir_[1]}>", owner=owner,
              subject="Annulation de votre entretien du 20/10",
              date=T(2026, 10, 19, 17, 55, "Europe/Paris"),
              msgid="<PR1P264MB3310C2A9@PR1P264MB3310.FRAP264.PROD.OUTLOOK.example>", plain=p2,
              extra=[("X-Mailer", "Microsoft Outlook 16.0")])
    case("b30-06-smartrecruiters-french-cancelled-by-email",
         lab(owner, [iv("Maison Aubrac", "Responsable Supply Chain (H/F)", s, e, "cancelled", [rec[1], dir_[1]],
                        [rec[1], dir_[1]], "hiring_manager")],
             "medium", "positive/cancellation",
             "SmartRecruiters confirmation in French ('10h30 (heure de Paris)', CEST) with .ics; cancelled the day before "
             "by e-mail (hiring freeze). Only entry: cancelled at the last scheduled time."),
         [("01-confirmation-entretien.eml", m1), ("02-annulation.eml", m2)])


def google_invite(*, owner, org, guests, s, e, title, tzname_long, when_subj, uid, seq, date, msgid,
                  updated=False, note="", location=""):
    head = "This event has been updated" if updated else ""
    when = f"{s.strftime('%A %b')} {s.day}, {s.year} ⋅ {fmt12(s)} – {fmt12(e)}"
    guest_lines = f"{org[0]} - organizer\n{org[1]}\n" + "".join(f"{n}\n{a}\n" for n, a in guests) + owner
    plain = ((head + "\n" if head else "") + f"{title}\n{when}\n{tzname_long}\n\n"
             + "Join with Google Meet\nhttps://meet.example/abc-defg-hij\n\n"
             + (f"Location\n{location}\n\n" if location else "")
             + f"Organizer\n{org[0]}\n{org[1]}\n\nGuests\n{guest_lines}\n\n"
             + (note + "\n\n" if note else "")
             + "Invitation from Google Calendar\n\nYou are receiving this email because you are an attendee on the event.")
    html = gcal_html([x for x in plain.split("\n\n")])
    cal = ics(uid=uid, start=s, end=e, summary=title, organizer=org,
              attendees=[(org[0], org[1], "REQ-PARTICIPANT")] + [(n, a, "REQ-PARTICIPANT") for n, a in guests]
              + [(owner, owner, "REQ-PARTICIPANT")],
              zone="UTC", utc_times=True, seq=seq, description=note, location=location,
              prodid="-//Google Inc//Google Calendar 70.9054//EN", stamp=date)
    subj = ("Updated invitation: " if updated else "Invitation: ") + f"{title} @ {when_subj} ({owner})"
    return mail(frm=f"{org[0]} <{org[1]}>", to=owner, owner=owner, reply_to=f"{org[0]} <{org[1]}>",
                subject=subj, date=date, msgid=msgid, plain=plain, html=html, cte="base64", cal=cal, google=True,
                extra=[("Sender", "Google Calendar <calendar-notification@google.example>")])


def fmt12(dt):
    h = dt.hour % 12 or 12
    suf = "am" if dt.hour < 12 else "pm"
    return f"{h}:{dt.minute:02d}{suf}" if dt.minute else f"{h}{suf}"


def c07():
    owner = "marc.soler@mail.example"
    rec = ("Laia Puig", "laia.puig@pinyol.example")
    eng = ("Álvaro Ruiz", "alvaro.ruiz@pinyol.example")
    s0, e0 = T(2026, 3, 26, 16, 0, "Europe/Madrid"), T(2026, 3, 26, 17, 0, "Europe/Madrid")
    s, e = T(2026, 3, 31, 16, 0, "Europe/Madrid"), T(2026, 3, 31, 17, 0, "Europe/Madrid")
    p1 = """Hi Marc,

Thanks for scheduling your Technical Interview for the Senior Data Engineer role at Pinyol Labs.

Thursday, March 26, 2026
4:00 PM - 5:00 PM CET

Interviewer: Álvaro Ruiz (Staff Engineer)

Format: 60 minutes over Google Meet - a short walkthrough of a pipeline you've built, then a live
SQL/Python exercise. You'll receive a calendar invitation with the link shortly.

Need to reschedule? Reply to this email and Laia will help.

Best,
Laia Puig
Talent @ Pinyol Labs

Powered by Greenhouse"""
    m1 = mail(frm="Pinyol Labs <no-reply@greenhouse-mail.example>", to=owner, owner=owner,
              reply_to=f"{rec[0]} <{rec[1]}>", subject="Interview Confirmation: Senior Data Engineer at Pinyol Labs",
              date=T(2026, 3, 20, 12, 10, "Europe/Madrid"), msgid="<gh.int.90144.conf@greenhouse-mail.example>", plain=p1)
    title = "Technical Interview: Marc Soler (Senior Data Engineer)"
    uid = "5k2v8tq0m1pinyolgh90144@google.example"
    m2 = google_invite(owner=owner, org=rec, guests=[eng], s=s0, e=e0, title=title,
                       tzname_long="Central European Time - Madrid",
                       when_subj="Thu Mar 26, 2026 4pm - 5pm (CET)", uid=uid, seq=0,
                       date=T(2026, 3, 20, 12, 14, "Europe/Madrid"), msgid="<calendar-8e1c0a52-90144-0@google.example>")
    note = ("Hola Marc! Álvaro tiene un conflicto el jueves, así que movemos la entrevista técnica al martes 31 "
            "a las 16:00 (hora de Madrid, ya en horario de verano). Misma duración. ¡Gracias por la flexibilidad! – Laia")
    m3 = google_invite(owner=owner, org=rec, guests=[eng], s=s, e=e, title=title,
                       tzname_long="Central European Summer Time - Madrid",
                       when_subj="Tue Mar 31, 2026 4pm - 5pm (CEST)", uid=uid, seq=1, updated=True, note=note,
                       date=T(2026, 3, 24, 9, 48, "Europe/Madrid"), msgid="<calendar-8e1c0a52-90144-1@google.example>")
    case("b30-07-greenhouse-google-invite-updated-over-dst",
         lab(owner, [iv("Pinyol Labs", "Senior Data Engineer", s, e, "scheduled", [eng[1]], [eng[1]], "technical")],
             "hard", "positive/reschedule-sequence",
             "Greenhouse confirmation (Thu 26 Mar 4 PM CET) + Google invite, then Updated invitation SEQUENCE 1 to "
             "Tue 31 Mar 4pm CEST (+02:00). Same wall-clock hour, different offset. One interview, final time."),
         [("01-greenhouse-confirmation.eml", m1), ("02-invitation.eml", m2), ("03-updated-invitation.eml", m3)])


def c08():
    owner = "giulia.ferraro@example.com"
    hr = ("Chiara Bonetti", "chiara.bonetti@valdadige.example")
    hm = "marco.rinaldi@valdadige.example"
    s, e = T(2026, 3, 27, 9, 30, "Europe/Rome"), T(2026, 3, 27, 10, 30, "Europe/Rome")
    sig = """Cordiali saluti,

Chiara Bonetti
Ufficio Risorse Umane – Selezione
Banca Valdadige S.p.A.
Corso Porta Nuova 58, 37122 Verona
Tel. +39 045 555 0188"""
    p1 = f"""Gentile Giulia,

la ringrazio per la candidatura alla posizione di Risk Analyst – Rischi di Credito.
Il responsabile dell'Ufficio Rischi, dott. Marco Rinaldi, vorrebbe conoscerla per un colloquio conoscitivo
in videochiamata (Microsoft Teams), della durata di circa un'ora.

Le proporrei una di queste due date:
- giovedì 26 marzo alle ore 15:00
- venerdì 27 marzo alle 9.30

Mi faccia sapere quale preferisce.

{sig}"""
    id1 = "<AM9P195MB1422B7D1@AM9P195MB1422.EURP195.PROD.OUTLOOK.example>"
    m1 = mail(frm=f"{hr[0]} <{hr[1]}>", to=f"Giulia Ferraro <{owner}>", owner=owner,
              subject="Colloquio – Risk Analyst", date=T(2026, 3, 23, 9, 40, "Europe/Rome"), msgid=id1, plain=p1)
    q1 = "\n".join("> " + l if l else ">" for l in p1.splitlines())
    p2 = f"""Buongiorno Chiara,

grazie mille! Venerdì 27 alle 9.30 per me va benissimo.

Un saluto,
Giulia

Il giorno lun 23 mar 2026 alle ore 09:40 {hr[0]} <{hr[1]}> ha scritto:
{q1}"""
    id2 = "<CAGf8kq3R9@mail.example.com>"
    m2 = mail(frm=f"Giulia Ferraro <{owner}>", to=f"{hr[0]} <{hr[1]}>", owner=owner, subject="Re: Colloquio – Risk Analyst",
              date=T(2026, 3, 23, 14, 2, "Europe/Rome"), msgid=id2, in_reply_to=id1, plain=p2)
    q2 = "\n".join("> " + l if l else ">" for l in p2.splitlines()[:4])
    p3 = f"""Gentile Giulia,

perfetto, le confermo il colloquio con il dott. Rinaldi venerdì 27 marzo alle 9:30.
Riceverà a breve il link Teams direttamente da Marco ({hm}).

{sig}

-----Messaggio originale-----
Da: Giulia Ferraro <{owner}>
Inviato: lunedì 23 marzo 2026 14:02
A: {hr[0]} <{hr[1]}>
Oggetto: Re: Colloquio – Risk Analyst

{q2}"""
    m3 = mail(frm=f"{hr[0]} <{hr[1]}>", to=f"Giulia Ferraro <{owner}>", cc=f"Marco Rinaldi <{hm}>", owner=owner,
              subject="R: Colloquio – Risk Analyst", date=T(2026, 3, 23, 15, 26, "Europe/Rome"),
              msgid="<AM9P195MB1422C0E2@AM9P195MB1422.EURP195.PROD.OUTLOOK.example>", in_reply_to=id2,
              references=f"{id1} {id2}", plain=p3)
    case("b30-08-italian-bank-thread-propose-confirm",
         lab(owner, [iv("Banca Valdadige", "Risk Analyst – Rischi di Credito", s, e, "scheduled", [hm], [hm],
                        "hiring_manager")],
             "medium", "positive/thread",
             "Italian HR proposes two slots, candidate picks 'venerdì 27 alle 9.30', HR confirms (CET +01:00, "
             "two days before DST). ~1 h. Interviewer address given in confirmation."),
         [("01-colloquio-proposta.eml", m1), ("02-re-scelta.eml", m2), ("03-r-conferma.eml", m3)])


def c09():
    owner = "piotr.zielinski@mail.example"
    rec = ("Agnieszka Kowalczyk", "agnieszka.kowalczyk@sowasoft.example")
    i1 = ("Tomasz Wiśniewski", "tomasz.wisniewski@sowasoft.example")
    i2 = ("Karolina Mazur", "karolina.mazur@sowasoft.example")
    s, e = T(2026, 10, 28, 13, 0, "Europe/Warsaw"), T(2026, 10, 28, 14, 0, "Europe/Warsaw")
    cal = ics(uid="wk-ev-7c1d55a0-sowa@workable.example", start=s, end=e,
              summary="Rozmowa techniczna – Piotr Zieliński – Senior Java Developer", organizer=rec,
              attendees=[(i1[0], i1[1], "REQ-PARTICIPANT"), (i2[0], i2[1], "REQ-PARTICIPANT"),
                         ("Piotr Zieliński", owner, "REQ-PARTICIPANT")],
              zone="Europe/Warsaw", description="Google Meet: https://meet.example/sow-java-tch",
              prodid="-//Workable//Events//PL")
    p = """Cześć Piotr,

dziękujemy za rozmowę z rekruterką – zapraszamy Cię do kolejnego etapu!

Rozmowa techniczna
Termin: środa, 28 października 2026, godz. 13:00–14:00 (czasu polskiego)
Forma: Google Meet (link w zaproszeniu w załączniku)
Po naszej stronie: Tomasz Wiśniewski (Tech Lead) i Karolina Mazur (Senior Developer)

Uwaga: w nocy z 24 na 25 października zmieniamy czas na zimowy – godzina 13:00 dotyczy już czasu zimowego.

Jeśli termin Ci nie odpowiada, odpisz na tego maila.

Pozdrawiam serdecznie,
Agnieszka Kowalczyk
Talent Acquisition Specialist | Sowa Software sp. z o.o.
ul. Legnicka 48, 54-202 Wrocław | tel. +48 71 555 03 19

Wiadomość wysłana przez Workable"""
    m = mail(frm="Sowa Software <noreply@workablemail.example>", to=owner, owner=owner,
             reply_to=f"{rec[0]} <{rec[1]}>", subject="Zaproszenie na rozmowę techniczną – Senior Java Developer",
             date=T(2026, 10, 22, 15, 3, "Europe/Warsaw"), msgid="<wk.7c1d55a0.invite@workablemail.example>",
             plain=p, attach=[("rozmowa.ics", cal)])
    case("b30-09-workable-polish-technical-after-dst-end",
         lab(owner, [iv("Sowa Software", "Senior Java Developer", s, e, "scheduled", [i1[1], i2[1]], [i1[1], i2[1]],
                        "technical")],
             "medium", "positive/ats-ics-local-language",
             "Workable mail in Polish ('godz. 13:00–14:00') sent in CEST for Wed 28 Oct, after EU DST end -> +01:00. "
             ".ics with Europe/Warsaw VTIMEZONE."),
         [("01-zaproszenie-rozmowa.eml", m)])


def c10():
    owner = "aino.virtanen@example.com"
    rec = ("Sanna Heikkinen", "sanna.heikkinen@lumiaalto.example")
    mik = ("Mikko Laine", "mikko.laine@lumiaalto.example")
    eli = ("Elina Koskinen", "elina.koskinen@lumiaalto.example")
    cto = ("Jussi Aalto", "jussi.aalto@lumiaalto.example")
    s1, e1 = T(2026, 3, 10, 14, 0, "Europe/Helsinki"), T(2026, 3, 10, 14, 30, "Europe/Helsinki")
    s2, e2 = T(2026, 4, 2, 9, 30, "Europe/Helsinki"), T(2026, 4, 2, 14, 0, "Europe/Helsinki")
    sig = """Ystävällisin terveisin / Best regards,
Sanna Heikkinen
People Partner | Lumiaalto Oy
Itämerenkatu 11–13, 00180 Helsinki
+358 40 555 2718"""
    p1 = f"""Hei Aino,

kiitos hakemuksestasi Lumiaallon Mobile Developer -tehtävään! Haluaisimme jutella kanssasi lyhyesti
puhelimessa ennen seuraavia vaiheita. Sopisiko sinulle tiistaina 10.3. klo 14.00–14.30? Soitan numeroosi
+358 50 555 9034.

{sig}"""
    id1 = "<HE1P190MB0412A7@HE1P190MB0412.EURP190.PROD.OUTLOOK.example>"
    m1 = mail(frm=f"{rec[0]} <{rec[1]}>", to=f"Aino Virtanen <{owner}>", owner=owner,
              subject="Mobile Developer – puhelinhaastattelu", date=T(2026, 3, 5, 13, 20, "Europe/Helsinki"),
              msgid=id1, plain=p1)
    p2 = f"""Hei Sanna,

kiitos! Tiistai klo 14 sopii hyvin, odotan puheluasi.

Terveisin,
Aino

ke 5.3.2026 klo 13.20 {rec[0]} <{rec[1]}> kirjoitti:
> Sopisiko sinulle tiistaina 10.3. klo 14.00–14.30? Soitan numeroosi"""
    id2 = "<CAH2mQx9aino@mail.example.com>"
    m2 = mail(frm=f"Aino Virtanen <{owner}>", to=f"{rec[0]} <{rec[1]}>", owner=owner,
              subject="Re: Mobile Developer – puhelinhaastattelu", date=T(2026, 3, 5, 18, 4, "Europe/Helsinki"),
              msgid=id2, in_reply_to=id1, plain=p2)
    p3 = f"""Hi Aino,

Lovely to talk to you on Tuesday! The team would like to invite you to an on-site interview day at our
Helsinki office (Itämerenkatu 11–13, 5th floor) on Thursday 2 April. The agenda (Finnish time):

  09.30–10.30  System design            – Mikko Laine, Lead Engineer
  10.45–11.45  Pair programming (Kotlin) – Elina Koskinen, Senior Android Developer
  11.45–12.45  Lunch with the team
  13.00–14.00  Culture & career chat    – Jussi Aalto, CTO

I've sent a calendar invitation that blocks the whole morning. Please bring your laptop.

{sig}"""
    m3 = mail(frm=f"{rec[0]} <{rec[1]}>", to=f"Aino Virtanen <{owner}>", owner=owner,
              subject="Lumiaalto – on-site interview day, Thu 2 April", date=T(2026, 3, 12, 10, 41, "Europe/Helsinki"),
              msgid="<HE1P190MB0412C9@HE1P190MB0412.EURP190.PROD.OUTLOOK.example>", plain=p3)
    ev = {
        "kind": "calendar#event", "etag": "\"3512270411224000\"", "id": "0lumiaalto2apr26onsite7d",
        "status": "confirmed",
        "htmlLink": "https://www.google.example/calendar/event?eid=MGx1bWlhYWx0bzJhcHIyNm9uc2l0ZTdk",
        "created": "2026-03-12T08:39:12.000Z", "updated": "2026-03-12T08:40:05.448Z",
        "summary": "On-site interview: Aino Virtanen – Mobile Developer",
        "description": "09.30 System design (Mikko)\n10.45 Pair programming (Elina)\n11.45 Lunch\n13.00 Chat with Jussi (CTO)",
        "location": "Lumiaalto Oy, Itämerenkatu 11–13, 00180 Helsinki",
        "creator": {"email": rec[1], "displayName": rec[0]},
        "organizer": {"email": rec[1], "displayName": rec[0]},
        "start": {"dateTime": iso(s2), "timeZone": "Europe/Helsinki"},
        "end": {"dateTime": iso(e2), "timeZone": "Europe/Helsinki"},
        "iCalUID": "0lumiaalto2apr26onsite7d@google.example", "sequence": 0,
        "attendees": [
            {"email": rec[1], "displayName": rec[0], "organizer": True, "responseStatus": "accepted"},
            {"email": mik[1], "displayName": mik[0], "responseStatus": "accepted"},
            {"email": eli[1], "displayName": eli[0], "responseStatus": "accepted"},
            {"email": cto[1], "displayName": cto[0], "responseStatus": "tentative"},
            {"email": owner, "self": True, "responseStatus": "needsAction"},
        ],
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    j = json.dumps(ev, indent=2, ensure_ascii=False).encode("utf-8")
    ivs = [mik[1], eli[1], cto[1]]
    case("b30-10-finnish-screen-then-helsinki-onsite-gcal",
         lab(owner, [iv("Lumiaalto Oy", "Mobile Developer", s1, e1, "scheduled", [rec[1]], [rec[1]], "phone_screen"),
                     iv("Lumiaalto Oy", "Mobile Developer", s2, e2, "scheduled", ivs, ivs, "onsite")],
             "hard", "positive/two-interviews",
             "Finnish phone screen proposed 'tiistaina 10.3. klo 14.00–14.30' (EET +02:00) and accepted; then an "
             "on-site day Thu 2 Apr 09.30–14.00 EEST (+03:00) as e-mail agenda + Calendar API event. Two interviews."),
         [("01-puhelinhaastattelu.eml", m1), ("02-re-sopii.eml", m2), ("03-onsite-agenda.eml", m3),
          ("04-onsite.gcal.json", j)])


def c11():
    owner = "sean.walsh@mail.example"
    rec = ("Róisín Keane", "roisin.keane@glenmara.example")
    eng = ("Niamh Gallagher", "niamh.gallagher@glenmara.example")
    s, e = T(2026, 4, 22, 15, 0, "Europe/Dublin"), T(2026, 4, 22, 15, 45, "Europe/Dublin")
    p1 = """Glenmara Games

Hi Sean,

Your interview is confirmed.

Position: Gameplay Programmer (Unreal)
Date: Wednesday, 22 April 2026
Time: 3:00 PM - 3:45 PM (Dublin time)
Interviewer: Niamh Gallagher, Lead Gameplay Engineer
Format: Microsoft Teams - your recruiter will send the meeting link.

Questions? Contact Róisín Keane at roisin.keane@glenmara.example.

Good luck!
Glenmara Games Talent Team

Powered by Jobvite | Unsubscribe from candidate updates"""
    m1 = mail(frm="Glenmara Games Talent <notification@jobvite-mail.example>", to=owner, owner=owner,
              subject="Interview Confirmed: Gameplay Programmer (Unreal)", date=T(2026, 4, 15, 11, 2, "Europe/Dublin"),
              msgid="<jv.2604151102.88213@jobvite-mail.example>", plain=p1)
    uid = "040000008200E00074C5B7101A82E00800000000F1A2C3D4E5F6DC01000000000000000010000000GG"
    body = """When: Wednesday, 22 April 2026 15:00-15:45 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Sean, here's the Teams link for your chat with Niamh. Talk soon, Róisín

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_GLM22>
Meeting ID: 512 887 340 221   Passcode: 8sKp3d
________________________________________________________________________________"""
    cal = ics(uid=uid, start=s, end=e, summary="Interview - Sean Walsh - Gameplay Programmer", organizer=rec,
              attendees=[(eng[0], eng[1], "REQ-PARTICIPANT"), ("Sean Walsh", owner, "REQ-PARTICIPANT")],
              zone="Europe/Dublin", tzid="GMT Standard Time", description=body, location="Microsoft Teams Meeting",
              prodid="Microsoft Exchange Server 2010", microsoft=True, stamp=T(2026, 4, 15, 11, 30, "Europe/Dublin"))
    m2 = mail(frm=f"{rec[0]} <{rec[1]}>", to=f"Sean Walsh <{owner}>; {eng[0]} <{eng[1]}>".replace(";", ","), owner=owner,
              subject="Interview - Sean Walsh - Gameplay Programmer", date=T(2026, 4, 15, 11, 31, "Europe/Dublin"),
              msgid="<DB8PR09MB3345F1A2@DB8PR09MB3345.eurprd09.prod.outlook.example>", plain=body, cal=cal,
              extra=[("Content-class", "urn:content-classes:calendarmessage")])
    cbody = """When: Wednesday, 22 April 2026 15:00-15:45 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.

Hi Sean,

Apologies for the late notice - the Gameplay Programmer role has been put on hold following a studio
planning review, so we need to cancel Wednesday's interview. I'll be in touch if anything changes.

Róisín"""
    ccal = ics(uid=uid, start=s, end=e, summary="Canceled: Interview - Sean Walsh - Gameplay Programmer", organizer=rec,
               attendees=[(eng[0], eng[1], "REQ-PARTICIPANT"), ("Sean Walsh", owner, "REQ-PARTICIPANT")],
               zone="Europe/Dublin", tzid="GMT Standard Time", description=cbody, method="CANCEL", seq=1,
               status="CANCELLED", prodid="Microsoft Exchange Server 2010", microsoft=True,
               stamp=T(2026, 4, 20, 9, 12, "Europe/Dublin"))
    m3 = mail(frm=f"{rec[0]} <{rec[1]}>", to=f"Sean Walsh <{owner}>, {eng[0]} <{eng[1]}>", owner=owner,
              subject="Canceled: Interview - Sean Walsh - Gameplay Programmer", date=T(2026, 4, 20, 9, 12, "Europe/Dublin"),
              msgid="<DB8PR09MB3345F9C0@DB8PR09MB3345.eurprd09.prod.outlook.example>", plain=cbody, cal=ccal,
              cal_method="CANCEL", extra=[("Content-class", "urn:content-classes:calendarmessage"),
                                          ("Importance", "high")])
    case("b30-11-jobvite-dublin-exchange-method-cancel",
         lab(owner, [iv("Glenmara Games", "Gameplay Programmer (Unreal)", s, e, "cancelled", [eng[1]], [eng[1]],
                        "technical")],
             "medium", "positive/cancellation",
             "Jobvite confirmation + Exchange invite (TZID 'GMT Standard Time', Dublin summer time +01:00 while the "
             "display label says UTC+00:00), then METHOD:CANCEL. Cancelled at 22 Apr 15:00 IST (+01:00)."),
         [("01-jobvite-confirmed.eml", m1), ("02-teams-invite.eml", m2), ("03-canceled.eml", m3)])


def c12():
    owner = "ingrid.solberg@example.com"
    hr = ("Kari Haugen", "kari.haugen@fjordvik-kommune.example")
    leader = ("Eirik Dahl", "eirik.dahl@fjordvik-kommune.example")
    s, e = T(2026, 10, 22, 9, 0, "Europe/Oslo"), T(2026, 10, 22, 10, 0, "Europe/Oslo")
    p = """Hei Ingrid,

Takk for søknaden din på stillingen som rådgiver digitalisering i Fjordvik kommune (ref. 2026/1187).

Vi har gleden av å invitere deg til intervju:

  Tid: torsdag 22. oktober kl. 09.00–10.00
  Sted: Fjordvik rådhus, Storgata 3, møterom «Lyngen» (meld deg i resepsjonen)

Intervjupanelet består av Kari Haugen (HR-rådgiver), Eirik Dahl (seksjonsleder digitalisering) og en
representant for de tillitsvalgte. Ta med vitnemål og attester i original.

Gi beskjed innen mandag om tidspunktet passer. Kalenderfil ligger vedlagt.

Med vennlig hilsen
Kari Haugen
HR-rådgiver, Fjordvik kommune
Tlf. 55 55 04 12 / 915 55 023

Denne e-posten er sendt fra Talentbro rekrutteringssystem. Svar går til saksbehandler."""
    m = mail(frm="Fjordvik kommune via Talentbro <varsel@talentbro.example>", to=owner, owner=owner,
             reply_to=f"{hr[0]} <{hr[1]}>", subject="Innkalling til intervju – Rådgiver digitalisering (ref. 2026/1187)",
             date=T(2026, 10, 16, 9, 12, "Europe/Oslo"), msgid="<tb-varsel-2026-1187-44@talentbro.example>", plain=p)
    cal = ics(uid="talentbro-intervju-2026-1187-44@talentbro.example", start=s, end=e,
              summary="Intervju – rådgiver digitalisering (Ingrid Solberg)", organizer=hr,
              attendees=[(hr[0], hr[1], "REQ-PARTICIPANT"), (leader[0], leader[1], "REQ-PARTICIPANT"),
                         ("Ingrid Solberg", owner, "REQ-PARTICIPANT")],
              zone="Europe/Oslo", location="Fjordvik rådhus, Storgata 3, møterom Lyngen",
              description="Intervju for stilling 2026/1187. Panel: Kari Haugen, Eirik Dahl, tillitsvalgt.",
              prodid="-//Talentbro AS//Talentbro Kalender 3.2//NO", stamp=T(2026, 10, 16, 9, 12, "Europe/Oslo"))
    case("b30-12-norwegian-municipality-local-ats-standalone-ics",
         lab(owner, [iv("Fjordvik kommune", "Rådgiver digitalisering", s, e, "scheduled", [hr[1], leader[1]],
                        [hr[1], leader[1]], "onsite")],
             "medium", "positive/standalone-ics",
             "Invented Norwegian ATS 'Talentbro'; 'torsdag 22. oktober kl. 09.00–10.00' (CEST +02:00, 3 days before "
             "DST end) + separate standalone .ics. Panel interview."),
         [("01-innkalling-intervju.eml", m), ("02-intervju.ics", cal.encode("utf-8"))])


def c13():
    owner = "tom.ashworth@mail.example"
    ag = ("Becky Lawson", "becky.lawson@harrowgate.example")
    sb = ("Stefanie Brandt", "s.brandt@nordlicht-energie.example")
    mk = "m.keller@nordlicht-energie.example"
    s, e = T(2026, 10, 29, 11, 0, "Europe/Berlin"), T(2026, 10, 29, 12, 0, "Europe/Berlin")
    p = f"""Hi Tom,

Great news - Nordlicht want to meet you! See Stefanie's note below (in German, sorry!). In short: it's a
video call on Thursday 29th at 10am UK time, which is 11:00 in Berlin. The clocks go back here AND in
Germany this Sunday, so it stays an hour's difference. 60 mins with Stefanie (HR) and Dr Matthias Keller,
who'd be your boss.

I'll call you Monday to prep. Shout if the time doesn't work.

Becky

Becky Lawson | Senior Consultant, Energy & Utilities
Harrowgate Talent Partners | 22 Leman Street, London E1 8EN
M: +44 7700 900412 | T: +44 20 3555 0177

---------- Forwarded message ---------
Von: {sb[0]} <{sb[1]}>
Date: Fr., 23. Okt. 2026 um 15:31 Uhr
Subject: Interviewtermin Herr Ashworth – Senior Product Manager Smart Metering
To: {ag[0]} <{ag[1]}>

Hallo Frau Lawson,

vielen Dank für das Profil von Herrn Ashworth. Wir würden ihn gerne am Donnerstag, 29.10., um 11:00 Uhr
(MEZ) per Microsoft Teams kennenlernen. Das Gespräch führen Dr. Matthias Keller (Bereichsleiter Produkt,
{mk}) und ich; bitte 60 Minuten einplanen. Die Einladung schicke ich Herrn Ashworth direkt, sobald
Sie den Termin bestätigt haben.

Viele Grüße
Stefanie Brandt
Talent Acquisition | Nordlicht Energie GmbH
Friedrichstraße 140, 10117 Berlin"""
    m = mail(frm=f"{ag[0]} <{ag[1]}>", to=f"Tom Ashworth <{owner}>", owner=owner,
             subject="Fwd: Interviewtermin Herr Ashworth – Senior Product Manager Smart Metering",
             date=T(2026, 10, 23, 16, 48, "Europe/London"), msgid="<CABx7Lw0beckyFwd@harrowgate.example>", plain=p,
             extra=[("X-Mailer", "Microsoft Outlook for Mac 16.89")])
    case("b30-13-london-agency-forwards-berlin-interview",
         lab(owner, [iv("Nordlicht Energie GmbH", "Senior Product Manager Smart Metering", s, e, "scheduled",
                        [sb[1], mk], [sb[1], mk], "hiring_manager")],
             "hard", "positive/forwarded",
             "UK agency forwards German client mail: 'Donnerstag, 29.10., um 11:00 Uhr (MEZ)' = 10am UK time; both "
             "after the 25 Oct clock change (+01:00 / +00:00). Interviewers are the client's people, not the agent."),
         [("01-fwd-interviewtermin.eml", m)])


# =============================================================== NEGATIVES
def neg(cid, owner, items, difficulty, category, notes):
    case(cid, lab(owner, [], difficulty, category, notes), items)


def c14():
    owner = "jonas.becker@example.com"
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px">
<p>Hallo Jonas Becker,</p>
<p>vielen Dank f&uuml;r Ihre Bewerbung als <strong>Disponent Kontraktlogistik (m/w/d)</strong> bei der Hafenkontor Logistik GmbH.
Ihre Unterlagen sind vollst&auml;ndig bei uns eingegangen.</p>
<p>Wie geht es weiter? Unser Recruiting-Team pr&uuml;ft Ihre Bewerbung sorgf&auml;ltig. Wenn Ihr Profil passt, melden wir uns
innerhalb von 14 Tagen telefonisch oder per E-Mail, um einen Termin f&uuml;r ein erstes Kennenlerngespr&auml;ch (ca. 30 Minuten per
Videocall) zu vereinbaren. Unsere Vorstellungsgespr&auml;che finden in der Regel dienstags und donnerstags zwischen 10:00 und 16:00 Uhr
statt.</p>
<p>Den Status Ihrer Bewerbung k&ouml;nnen Sie jederzeit in Ihrem Kandidatenportal einsehen.</p>
<p>Freundliche Gr&uuml;&szlig;e<br>Ihr Recruiting-Team der Hafenkontor Logistik GmbH<br>Am Sandtorkai 71, 20457 Hamburg</p>
<p style="font-size:11px;color:#777">Powered by Personio &middot; Bitte antworten Sie nicht auf diese automatisch erstellte Nachricht.</p>
</body></html>"""
    m = mail(frm="Hafenkontor Logistik GmbH <noreply@mail.personio.example>", to=owner, owner=owner,
             subject="Eingangsbestätigung: Ihre Bewerbung als Disponent Kontraktlogistik (m/w/d)",
             date=T(2026, 3, 26, 22, 41, "Europe/Berlin"), msgid="<0102019b.personio.11873@mail.personio.example>",
             html=html, cte="base64")
    neg("b30-14-personio-german-application-received", owner, [("01-eingangsbestaetigung.eml", m)], "medium",
        "negative/application-received",
        "Application receipt; mentions 'Kennenlerngespräch', 'Vorstellungsgespräche ... dienstags und donnerstags "
        "zwischen 10:00 und 16:00 Uhr' but nothing is booked.")


def c15():
    owner = "lucie.martin@mail.example"
    p = """Bonjour Lucie,

Je tenais à vous remercier pour le temps que vous nous avez accordé lors de notre entretien du jeudi 5 mars
à 14h00 avec Arnaud Peyrac, ainsi que pour la qualité de nos échanges.

Après mûre réflexion, nous avons décidé de poursuivre le processus avec un autre candidat dont le profil
correspond davantage aux besoins actuels de l'équipe Audit & Conformité.

Cette décision ne remet pas en cause vos compétences. Avec votre accord, nous conserverons votre candidature
dans notre vivier afin de vous recontacter pour un prochain entretien si une opportunité se présente.

Je vous souhaite une excellente continuation.

Bien cordialement,

Hélène Vasseur
Chargée de recrutement
Cabinet Ravel Conseil – 42 quai Saint-Antoine, 69002 Lyon
Tél. : 04 72 55 50 61"""
    m = mail(frm="Hélène Vasseur <helene.vasseur@ravelconseil.example>", to=f"Lucie Martin <{owner}>", owner=owner,
             subject="Votre candidature – Consultante Audit & Conformité",
             date=T(2026, 3, 16, 11, 5, "Europe/Paris"), msgid="<0b2e91c5-77f1-4c8e-a5f2-ravel@ravelconseil.example>",
             plain=p, cte="quoted-printable")
    neg("b30-15-french-rejection-after-entretien", owner, [("01-votre-candidature.eml", m)], "medium",
        "negative/rejection",
        "French rejection referring to a past 'entretien du jeudi 5 mars à 14h00' and a hypothetical future one.")


def c16():
    owner = "maarten.mol@example.com"
    s, e = T(2026, 3, 19, 15, 30, "Europe/Amsterdam"), T(2026, 3, 19, 16, 15, "Europe/Amsterdam")
    cal = ics(uid="rt-ivw-55310@recruitee.example", start=s, end=e,
              summary="Sollicitatiegesprek: Sanne de Vries – Junior Accountant",
              organizer=("Ilse van Dam", "ilse.vandam@dijkstramol.example"),
              attendees=[("Maarten Mol", owner, "REQ-PARTICIPANT"),
                         ("Sanne de Vries", "sanne.devries@mail.example", "REQ-PARTICIPANT")],
              zone="Europe/Amsterdam", location="Kantoor Utrecht, vergaderruimte 2",
              description="Je bent ingepland als interviewer. Scorecard invullen binnen 24 uur na het gesprek.",
              prodid="-//Recruitee//Interviews//NL")
    p = """Hoi Maarten,

Je bent ingepland als interviewer voor het volgende sollicitatiegesprek:

Kandidaat: Sanne de Vries
Vacature: Junior Accountant (Utrecht)
Wanneer: donderdag 19 maart, 15.30 – 16.15 uur
Waar: Kantoor Utrecht, vergaderruimte 2
Co-interviewer: Ilse van Dam (HR)

Bekijk het cv en de motivatiebrief van de kandidaat in Recruitee en vul na afloop de scorecard in.

Dit is een automatisch bericht van Recruitee namens Dijkstra & Mol Accountants."""
    m = mail(frm="Dijkstra & Mol Accountants <no-reply@recruitee-mail.example>", to=owner, owner=owner,
             subject="Je bent ingepland: sollicitatiegesprek met Sanne de Vries", date=T(2026, 3, 16, 9, 2, "Europe/Amsterdam"),
             msgid="<rt-ivw-55310-hm@recruitee-mail.example>", plain=p, attach=[("sollicitatiegesprek.ics", cal)])
    neg("b30-16-recruitee-dutch-user-is-interviewer", owner, [("01-ingepland-als-interviewer.eml", m)], "hard",
        "negative/user-is-interviewer",
        "The owner is the hiring manager scheduled to interview candidate Sanne de Vries (Recruitee + .ics).")


def c17():
    owner = "viktor.engstrom@mail.example"
    p = """Hej Viktor,

Kul att du har sökt tjänsten som Butikschef till Grönhaga Livs i Uppsala! Vi vill gärna träffa dig på en
kort intervju (ca 30 min, via Teams).

Boka den tid som passar dig bäst via länken nedan. Lediga tider just nu:
  • onsdag 4 mars kl. 13.00
  • torsdag 5 mars kl. 10.00
  • fredag 6 mars kl. 15.30

Boka din intervju: https://gronhagalivs.teamtailor.example/meetings/book/8f2Kq0

Länken gäller i 5 dagar. Har du frågor, kontakta Maja Sandberg på maja.sandberg@gronhaga.example.

Vänliga hälsningar
Grönhaga Livs rekryteringsteam

Skickat via Teamtailor"""
    m = mail(frm="Grönhaga Livs <no-reply@teamtailor-mail.example>", to=owner, owner=owner,
             subject="Boka din intervju – Butikschef, Uppsala", date=T(2026, 2, 27, 14, 20, "Europe/Stockholm"),
             msgid="<tt.book.8f2Kq0@teamtailor-mail.example>", plain=p)
    neg("b30-17-teamtailor-swedish-booking-link-unbooked", owner, [("01-boka-din-intervju.eml", m)], "hard",
        "negative/availability-request",
        "Teamtailor self-scheduling link with three open slots ('kl. 13.00'); nothing booked.")


def c18():
    owner = "nuria.garcia@example.com"
    p1 = """Hola Nuria,

Soy Pablo Ortega, periodista de El Faro de Valencia. Estamos preparando un reportaje sobre startups
valencianas de agrotech y nos encantaría hacerte una entrevista sobre Regadío Listo y la ronda que
acabáis de cerrar.

¿Te vendría bien el jueves 19 a las 12:00? Serían unos 30-40 minutos, por teléfono o en vuestras oficinas.

Un saludo,
Pablo Ortega
Redacción Economía – El Faro de Valencia
Tel. 963 55 50 88"""
    id1 = "<CAPo7rtega19@elfarovalencia.example>"
    m1 = mail(frm="Pablo Ortega <pablo.ortega@elfarovalencia.example>", to=f"Nuria García <{owner}>", owner=owner,
              subject="Entrevista para El Faro de Valencia", date=T(2026, 3, 13, 10, 12, "Europe/Madrid"),
              msgid=id1, plain=p1)
    p2 = """Hola Pablo,

¡Encantada! El jueves 19 a las 12:00 en nuestras oficinas (Carrer de Colón 14, 3º) me va perfecto.

Nuria García
CEO & cofundadora – Regadío Listo

El vie, 13 mar 2026 a las 10:12, Pablo Ortega (<pablo.ortega@elfarovalencia.example>) escribió:
> ¿Te vendría bien el jueves 19 a las 12:00?"""
    m2 = mail(frm=f"Nuria García <{owner}>", to="Pablo Ortega <pablo.ortega@elfarovalencia.example>", owner=owner,
              subject="Re: Entrevista para El Faro de Valencia", date=T(2026, 3, 13, 12, 40, "Europe/Madrid"),
              msgid="<CAN9g4rcia@mail.example.com>", in_reply_to=id1, plain=p2)
    neg("b30-18-spanish-press-entrevista-confirmed", owner, [("01-entrevista-faro.eml", m1), ("02-re-entrevista.eml", m2)],
        "hard", "negative/press-interview",
        "Journalist 'entrevista' with the founder, confirmed for 'jueves 19 a las 12:00' — press, not a job interview.")


def c19():
    owner = "marta.nowak@mail.example"
    html = """<html><body style="font-family:Arial;font-size:14px">
<p>Dzień dobry Pani Marto,</p>
<p>dziękujemy za aplikację na stanowisko <b>Młodszy Analityk Danych</b> w Bursztyn Bank S.A.</p>
<p>Kolejnym etapem procesu rekrutacyjnego jest <b>test online</b> (SQL + Excel, ok. 60 minut). Test można rozwiązać w dowolnym
momencie do <b>piątku, 20 marca 2026, godz. 23:59</b>. Link jest jednorazowy:</p>
<p><a href="https://assess.kodtest.example/t/BB-7731-x9">Rozpocznij test</a></p>
<p>Osoby z najlepszymi wynikami zaprosimy na rozmowę rekrutacyjną z managerem zespołu, która odbędzie się w dniach 30–31 marca.</p>
<p>Powodzenia!<br>Zespół Rekrutacji, Bursztyn Bank S.A.<br>ul. Długa 81, 80-831 Gdańsk</p>
<p style="color:#999;font-size:11px">Wiadomość wygenerowana automatycznie przez KodTest. Prosimy nie odpowiadać.</p>
</body></html>"""
    m = mail(frm="Bursztyn Bank – Rekrutacja <no-reply@kodtest.example>", to=owner, owner=owner,
             subject="Zaproszenie do testu online – Młodszy Analityk Danych",
             date=T(2026, 3, 17, 8, 0, "Europe/Warsaw"), msgid="<kt.BB-7731-x9@kodtest.example>", html=html,
             cte="quoted-printable")
    neg("b30-19-polish-online-test-invite", owner, [("01-test-online.eml", m)], "medium", "negative/online-assessment",
        "Polish online assessment with a deadline ('godz. 23:59'); a future 'rozmowa rekrutacyjna' only promised.")


def c20():
    owner = "luca.moretti@example.com"
    s, e = T(2026, 3, 25, 10, 30, "Europe/Rome"), T(2026, 3, 25, 11, 30, "Europe/Rome")
    cal = ics(uid="appt-bpm-20260325-1030-4471@bancamonteverde.example", start=s, end=e,
              summary="Colloquio con il consulente mutui – Filiale Bologna Mazzini",
              organizer=("Filiale Bologna Mazzini", "filiale.bologna3@bancamonteverde.example"),
              attendees=[("Luca Moretti", owner, "REQ-PARTICIPANT")], zone="Europe/Rome",
              location="Via Mazzini 92, Bologna", prodid="-//Banca Popolare di Monteverde//Appuntamenti//IT")
    p = """Gentile Luca Moretti,

le confermiamo l'appuntamento per il colloquio con il nostro consulente mutui, dott.ssa Elena Guidi:

  mercoledì 25 marzo 2026, ore 10.30
  Filiale Bologna Mazzini – Via Mazzini 92, Bologna

Per il colloquio la preghiamo di portare: documento d'identità, codice fiscale, ultime due buste paga,
contratto di lavoro (candidato/a con contratto a tempo indeterminato: è sufficiente l'ultima busta paga) e
CU dell'anno precedente.

Può modificare o annullare l'appuntamento dall'app Monteverde Mobile.

Cordiali saluti,
Banca Popolare di Monteverde"""
    m = mail(frm="Banca Popolare di Monteverde <appuntamenti@bancamonteverde.example>", to=owner, owner=owner,
             subject="Conferma appuntamento: colloquio mutuo casa", date=T(2026, 3, 18, 18, 2, "Europe/Rome"),
             msgid="<appt.4471.20260318@bancamonteverde.example>", plain=p, attach=[("appuntamento.ics", cal)])
    neg("b30-20-italian-mortgage-colloquio-ics", owner, [("01-conferma-appuntamento.eml", m)], "hard",
        "negative/non-job-appointment",
        "Italian 'colloquio con il consulente mutui' (mortgage meeting) with .ics; mentions 'contratto di lavoro'.")


def c21():
    owner = "freja.nielsen@example.com"
    s, e = T(2026, 3, 24, 14, 0, "Europe/Copenhagen"), T(2026, 3, 24, 15, 0, "Europe/Copenhagen")
    cal = ics(uid="ux-session-2203-fn@montbank.example", start=s, end=e,
              summary="Brugerinterview – Mønt Bank app (gavekort 500 kr.)",
              organizer=("Mønt Research", "research@montbank.example"),
              attendees=[("Mads Thorsen", "mads.thorsen@montbank.example", "REQ-PARTICIPANT"),
                         ("Freja Nielsen", owner, "REQ-PARTICIPANT")],
              zone="Europe/Copenhagen", description="Online via Google Meet. Du modtager et gavekort på 500 kr. efter sessionen.",
              prodid="-//Mønt Bank//UX Research//DA")
    p = """Hej Freja,

Tak fordi du vil hjælpe os med at gøre Mønt-appen bedre! Din tid til brugerinterviewet er bekræftet:

  Tirsdag d. 24. marts kl. 14.00–15.00 (online)
  Interviewer: Mads Thorsen, UX-researcher

Vi skal tale om, hvordan du bruger budgetfunktionen, og du vil blive bedt om at løse et par små opgaver
i en prototype. Der er ingen rigtige eller forkerte svar – vi tester appen, ikke dig.

Som tak modtager du et digitalt gavekort på 500 kr. inden for 5 hverdage.

Venlig hilsen
Mønt Research-teamet
Mønt Bank A/S · Havnegade 39 · 1058 København K"""
    m = mail(frm="Mønt Research <research@montbank.example>", to=owner, owner=owner,
             subject="Bekræftelse: dit brugerinterview tirsdag kl. 14.00", date=T(2026, 3, 19, 11, 15, "Europe/Copenhagen"),
             msgid="<ux-2203-fn-confirm@montbank.example>", plain=p, attach=[("brugerinterview.ics", cal)])
    neg("b30-21-danish-paid-user-research-interview", owner, [("01-brugerinterview.eml", m)], "hard",
        "negative/user-research",
        "Danish paid 'brugerinterview' with a named 'Interviewer' and .ics; user research, not hiring.")


def c22():
    owner = "oliver.reid@mail.example"
    s, e = T(2026, 10, 22, 18, 0, "Europe/London"), T(2026, 10, 22, 19, 0, "Europe/London")
    cal = ics(uid="webinar-hsc-grad-221026@events.harcourtsterling.example", start=s, end=e,
              summary="Harcourt Sterling Graduate Insight Webinar: Inside our interview & assessment centre process",
              organizer=("Harcourt Sterling Early Careers", "earlycareers@harcourtsterling.example"),
              attendees=[("Oliver Reid", owner, "REQ-PARTICIPANT")], zone="Europe/London",
              description="Join link: https://live.webcastr.example/hsc-grad-2210", prodid="-//Webcastr//Events//EN")
    p = """Hi Oliver,

You're registered! Thanks for signing up to our Graduate Insight Webinar:

  "Inside our interview & assessment centre process"
  Thursday 22 October, 6pm - 7pm (BST)
  Online - your personal join link: https://live.webcastr.example/hsc-grad-2210

Hear from recent graduates and our recruiters about what to expect at each stage - from the online tests and
video interview to the final assessment centre - and put your questions to the team in a live Q&A. Candidates
who attend can also book a 1:1 CV clinic slot.

Add the event to your calendar using the attached file.

See you there,
Harcourt Sterling Early Careers
Harcourt Sterling plc, 30 Old Broad Street, London EC2N 1HQ

You're receiving this because you registered for an event. Manage preferences | Unsubscribe"""
    m = mail(frm="Harcourt Sterling Early Careers <events@webcastr-mail.example>", to=owner, owner=owner,
             subject="You're registered: Inside our interview & assessment centre process - Thu 22 Oct",
             date=T(2026, 10, 12, 9, 30, "Europe/London"), msgid="<wc.reg.hsc-2210.99182@webcastr-mail.example>",
             plain=p, attach=[("webinar.ics", cal)])
    neg("b30-22-uk-bank-graduate-webinar-interview-process", owner, [("01-registered-webinar.eml", m)], "medium",
        "negative/webinar",
        "UK bank early-careers webinar about its interview process, with .ics; an event, not an interview.")


# =============================================================== main
def main():
    for fn in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
               c14, c15, c16, c17, c18, c19, c20, c21, c22]:
        fn()
    for d in os.listdir(HERE):
        if d.startswith("b30-") and os.path.isdir(os.path.join(HERE, d)):
            shutil.rmtree(os.path.join(HERE, d))
    for cid, items in CASES.items():
        os.makedirs(os.path.join(HERE, cid))
        for name, data in items:
            with open(os.path.join(HERE, cid, name), "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(LABELS, f, sort_keys=True, allow_unicode=True, width=110)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
