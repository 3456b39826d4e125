#!/usr/bin/env python3
"""Deterministic generator for the blind34 evaluation set (global mix, hard time zones).

Rewrites every b34-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. Every offset is computed with zoneinfo.
"""
import base64
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


def Z(name):
    return ZoneInfo(name)


def dt(y, mo, d, h, mi, zone):
    return datetime(y, mo, d, h, mi, tzinfo=Z(zone))


def iso(d):
    return d.isoformat()


def ical_utc(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ical_local(d):
    return d.strftime("%Y%m%dT%H%M%S")


def h12(d, sep=":", lower=True):
    """2:00pm style"""
    h = d.hour % 12 or 12
    s = f"{h}{sep}{d.minute:02d}" + ("pm" if d.hour >= 12 else "am")
    return s if lower else s.upper().replace("AM", " AM").replace("PM", " PM")


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, lim = [], b"", 75
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > lim:
            out.append(cur.decode("utf-8"))
            cur, lim = b"", 74
        cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ = {
    "AUS Eastern Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:AUS Eastern Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10", "END:DAYLIGHT", "END:VTIMEZONE"],
    "W. Europe Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Singapore Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Singapore Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800",
        "END:STANDARD", "END:VTIMEZONE"],
    "Europe/Madrid": [
        "BEGIN:VTIMEZONE", "TZID:Europe/Madrid", "X-LIC-LOCATION:Europe/Madrid",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "Asia/Kolkata": [
        "BEGIN:VTIMEZONE", "TZID:Asia/Kolkata", "X-LIC-LOCATION:Asia/Kolkata",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530", "TZNAME:IST",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
}


def msg(*, frm, to, subject, date, mid, user, text=None, html=None, cte=None, html_cte=None,
        cc=None, reply_to=None, irt=None, refs=None, headers=(), cal=None, cal_method="REQUEST",
        attach=None, exchange=False):
    m = EmailMessage()
    m["Delivered-To"] = user
    m["Return-Path"] = "<" + (headers_get(headers, "Return-Path") or addr_of(frm)) + ">"
    for k, v in headers:
        if k != "Return-Path":
            m[k] = v
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = mid
    if irt:
        m["In-Reply-To"] = irt
    if refs:
        m["References"] = refs
    if text is not None:
        m.set_content(text, cte=cte) if cte else m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte) if html_cte else m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte) if html_cte else m.set_content(html, subtype="html")
    if cal is not None:
        m.add_alternative(cal, subtype="calendar", params={"method": cal_method}, cte="base64" if (exchange or not cal.isascii()) else "7bit")
    if attach is not None:
        fname, data = attach
        m.add_attachment(data.encode("utf-8"), maintype="application", subtype="ics", filename=fname)
    return m


def headers_get(headers, key):
    for k, v in headers:
        if k == key:
            return v
    return None


def addr_of(s):
    return s.split("<")[-1].rstrip(">").strip() if "<" in s else s


class Case:
    def __init__(self, cid):
        self.cid = cid
        self.items = []

    def eml(self, name, m):
        # deterministic MIME boundaries (EmailMessage picks random ones)
        import hashlib
        i = 0
        for part in m.walk():
            if part.is_multipart():
                h = hashlib.sha1(f"{self.cid}/{name}/{i}".encode()).hexdigest()[:24]
                part.set_boundary(f"0000000000{h}")
                i += 1
        self.items.append((name + ".eml", bytes(m)))

    def raw(self, name, text):
        self.items.append((name, text.encode("utf-8")))


CASES = []
LABELS = {}


def add(case, label):
    CASES.append(case)
    LABELS[case.cid] = label


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": interviewers, "followup_recipients": recipients,
            "kind": kind}


def lab(user, interviews, difficulty, category, notes):
    return {"user": user, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


SIG_SEP = "\n-- \n"

# ---------------------------------------------------------------------------
# b34-01 India <-> US, recruiter phone screen, body only, "GMT+5:30"
# ---------------------------------------------------------------------------
def case01():
    c = Case("b34-01-india-us-screen-gmt530-body-only")
    user = "ananya.kulkarni@example.com"
    start = dt(2026, 3, 12, 9, 0, "America/Chicago")  # CDT after Mar 8
    end = start + timedelta(minutes=30)
    ist = start.astimezone(Z("Asia/Kolkata"))
    sent = dt(2026, 3, 9, 16, 12, "America/Chicago")
    assert start.utcoffset() == timedelta(hours=-5)
    body = f"""Hi Ananya,

Great to connect on the Staff Data Engineer role here at Prairieline Analytics. I'd love
to set up an initial 30 minute phone screen to walk through your background and the team.

Confirmed for Thu 3/12 @ 9:00a Central -- that's {h12(ist)} for you (GMT+5:30). Heads up
that we just switched to daylight time here on Sunday, so the gap to India is now 10.5 hours
instead of 11.5.

I'll call you on +91 98450 17733. If anything changes, just reply here.

Thanks,
Brandon
{SIG_SEP}Brandon Mulcahy | Senior Technical Recruiter
Prairieline Analytics
440 N. Wells St, Suite 900, Chicago, IL 60654
m: +1 (312) 555-0147
"""
    c.eml("01-prairieline-phone-screen", msg(
        frm="Brandon Mulcahy <brandon.mulcahy@prairieline.example>", to=f"Ananya Kulkarni <{user}>",
        subject="Prairieline Analytics - phone screen confirmed (Staff Data Engineer)",
        date=sent, mid="<CAJx9q2Lr0Vt7bM1pQ@mail.prairieline.example>", user=user, text=body))
    add(c, lab(user, [iv("Prairieline Analytics", "Staff Data Engineer", start, end, "scheduled",
                         ["brandon.mulcahy@prairieline.example"], ["brandon.mulcahy@prairieline.example"],
                         "phone_screen")],
               "medium", "positive/email-body-only",
               "US recruiter in Chicago (CDT, just after US DST) screens candidate in India; time written "
               "'Thu 3/12 @ 9:00a Central' with IST conversion."))


# ---------------------------------------------------------------------------
# b34-02 Brazil <-> Portugal thread, propose then confirm, "14h de Lisboa"
# ---------------------------------------------------------------------------
def case02():
    c = Case("b34-02-portugal-brazil-thread-14h-lisboa")
    user = "rafael.nogueira@example.com"
    start = dt(2026, 3, 30, 14, 0, "Europe/Lisbon")  # WEST after Mar 29
    end = start + timedelta(minutes=45)
    sp = start.astimezone(Z("America/Sao_Paulo"))
    assert sp.hour == 10
    s1 = dt(2026, 3, 23, 11, 5, "Europe/Lisbon")
    s2 = dt(2026, 3, 23, 9, 40, "America/Sao_Paulo")
    s3 = dt(2026, 3, 24, 10, 2, "Europe/Lisbon")
    m1id = "<0102018e5a1f3c2d-lisbon@mail.tejoware.example>"
    m2id = "<CAPmRn0-reply1@mail.example>"
    m3id = "<0102018e5a9921aa-lisbon@mail.tejoware.example>"
    t1 = """Olá Rafael,

Obrigada pela candidatura à vaga de Engenheiro de Software Backend (Kotlin) na Tejoware.
Gostaríamos de marcar uma primeira conversa técnica com o Duarte Pimentel, tech lead da equipa
de pagamentos. A conversa dura cerca de 45 minutos, por Google Meet.

Temos disponibilidade na próxima segunda-feira (30/03) às 14h ou na terça (31/03) às 16h,
hora de Lisboa. Atenção: a 29 de março mudamos para a hora de verão, por isso a diferença
para São Paulo passa a ser de 4 horas.

Com os melhores cumprimentos,
Inês Carvalho
Talent Partner | Tejoware
Av. da Liberdade 110, 1269-046 Lisboa
+351 213 555 048
"""
    c.eml("01-tejoware-convite", msg(
        frm="Inês Carvalho <ines.carvalho@tejoware.example>", to=f"Rafael Nogueira <{user}>",
        subject="Tejoware | Conversa técnica - Engenheiro de Software Backend", date=s1, mid=m1id,
        user=user, text=t1, cte="quoted-printable"))
    t2 = f"""Oi Inês, tudo bem?

Segunda, 30/03, às 14h de Lisboa fica ótimo para mim (10h aqui em São Paulo).

Abraço,
Rafael

Em seg., 23 de mar. de 2026 às 08:05, Inês Carvalho <ines.carvalho@tejoware.example> escreveu:
> Olá Rafael,
>
> Temos disponibilidade na próxima segunda-feira (30/03) às 14h ou na terça (31/03) às 16h,
> hora de Lisboa.
"""
    c.eml("02-re-rafael", msg(
        frm=f"Rafael Nogueira <{user}>", to="Inês Carvalho <ines.carvalho@tejoware.example>",
        subject="Re: Tejoware | Conversa técnica - Engenheiro de Software Backend", date=s2, mid=m2id,
        user=user, text=t2, irt=m1id, refs=m1id, cte="quoted-printable"))
    t3 = f"""Perfeito, Rafael!

Fica confirmado: segunda-feira, 30 de março, das 14h00 às 14h45 (hora de Lisboa, UTC+1) /
10h00 às 10h45 em Brasília (UTC-3). O Duarte (duarte.pimentel@tejoware.example) vai enviar o
link do Meet no próprio dia.

Boa sorte!
Inês
"""
    c.eml("03-re-confirmado", msg(
        frm="Inês Carvalho <ines.carvalho@tejoware.example>", to=f"Rafael Nogueira <{user}>",
        cc="Duarte Pimentel <duarte.pimentel@tejoware.example>",
        subject="Re: Tejoware | Conversa técnica - Engenheiro de Software Backend", date=s3, mid=m3id,
        user=user, text=t3, irt=m2id, refs=f"{m1id} {m2id}", cte="quoted-printable"))
    add(c, lab(user, [iv("Tejoware", "Engenheiro de Software Backend (Kotlin)", start, end, "scheduled",
                         ["duarte.pimentel@tejoware.example"], ["duarte.pimentel@tejoware.example"],
                         "technical")],
               "hard", "positive/thread-propose-confirm",
               "Portuguese thread; Lisbon on WEST (+01:00) the day after EU DST; candidate in São Paulo "
               "(UTC-3, no DST)."))


# ---------------------------------------------------------------------------
# b34-03 Philippines <-> Australia, Exchange invite after Sydney DST end
# ---------------------------------------------------------------------------
def case03():
    c = Case("b34-03-sydney-manila-exchange-after-dst-end")
    user = "joanna.villanueva@example.com"
    start = dt(2026, 4, 7, 10, 0, "Australia/Sydney")  # AEST +10 after Apr 5
    end = start + timedelta(hours=1)
    mnl = start.astimezone(Z("Asia/Manila"))
    assert start.utcoffset() == timedelta(hours=10) and mnl.hour == 8
    sent = dt(2026, 4, 1, 15, 20, "Australia/Sydney")
    org = "Liam Prendergast <liam.prendergast@bluegumhealth.example>"
    user_name = "Joanna Villanueva"
    cal = ics(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
              + VTZ["AUS Eastern Standard Time"] +
              ["BEGIN:VEVENT",
               "ORGANIZER;CN=Liam Prendergast:mailto:liam.prendergast@bluegumhealth.example",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={user_name}:mailto:{user}",
               "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Mei Tanaka-Holt:mailto:mei.tanakaholt@bluegumhealth.example",
               "DESCRIPTION;LANGUAGE=en-AU:" + esc("Hi Joanna, as discussed - hiring manager interview for the Senior Product Designer role with me. Mei from Talent is copied for visibility only. Note NSW clocks go back on 5 April so this is 10am AEST = 8am Manila."),
               "UID:040000008200E00074C5B7101A82E00800000000B0F3A1C2D3C4DC01000000000000000010000000E4F1",
               "SUMMARY;LANGUAGE=en-AU:Interview - Senior Product Designer - Joanna Villanueva",
               f"DTSTART;TZID=AUS Eastern Standard Time:{ical_local(start)}",
               f"DTEND;TZID=AUS Eastern Standard Time:{ical_local(end)}",
               "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{ical_utc(sent)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
               "SEQUENCE:0", "LOCATION;LANGUAGE=en-AU:Microsoft Teams Meeting",
               "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
               "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
               "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
               "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
               "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
               "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    text = f"""When: Tuesday, 7 April 2026 10:00 AM-11:00 AM (UTC+10:00) Canberra, Melbourne, Sydney.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Joanna,

As discussed - hiring manager interview for the Senior Product Designer role with me. Mei from
Talent is copied for visibility only. Note NSW clocks go back on 5 April so this is 10am AEST =
8am Manila.

Cheers,
Liam Prendergast
Head of Design | Bluegum Health
Level 12, 1 Market St, Sydney NSW 2000 | +61 2 5550 1190

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ3YjE2@thread.v2/0>
Meeting ID: 418 226 093 771
Passcode: q7Ty2B
________________________________________________________________________________
"""
    html = "<html><body><div style=\"font-family:Aptos,sans-serif\">" + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>\n") + "</div></body></html>"
    m = msg(frm=org, to=f"{user_name} <{user}>", cc="Mei Tanaka-Holt <mei.tanakaholt@bluegumhealth.example>",
            subject="Interview - Senior Product Designer - Joanna Villanueva", date=sent.astimezone(UTC),
            mid="<SY4P282MB3921A0C1E1F2B3A4C5D6E7F8A9B0C1D2@SY4P282MB3921.AUSP282.PROD.OUTLOOK.COM>",
            user=user, text=text, html=html, cte="quoted-printable", html_cte="quoted-printable",
            headers=[("Thread-Topic", "Interview - Senior Product Designer - Joanna Villanueva"),
                     ("Content-class", "urn:content-classes:calendarmessage"),
                     ("X-MS-Has-Attach", "")],
            cal=cal, exchange=True)
    c.eml("01-teams-invite-hiring-manager", m)
    add(c, lab(user, [iv("Bluegum Health", "Senior Product Designer", start, end, "scheduled",
                         ["liam.prendergast@bluegumhealth.example"], ["liam.prendergast@bluegumhealth.example"],
                         "hiring_manager")],
               "medium", "positive/exchange-invite",
               "Exchange invite, TZID 'AUS Eastern Standard Time', two days after Sydney DST ended (+10:00); "
               "candidate in Manila; cc'd talent partner is not an interviewer."))


# ---------------------------------------------------------------------------
# b34-04 Nigeria <-> UK, Greenhouse-style confirmation + ics, UK clocks change in between
# ---------------------------------------------------------------------------
def case04():
    c = Case("b34-04-london-lagos-greenhouse-bst-switch")
    user = "chidinma.eze@example.com"
    start = dt(2026, 3, 31, 15, 0, "Europe/London")  # BST
    end = start + timedelta(minutes=75)
    lagos = start.astimezone(Z("Africa/Lagos"))
    assert lagos.hour == 15 and start.utcoffset() == timedelta(hours=1)
    sent = dt(2026, 3, 20, 12, 44, "Europe/London")  # GMT
    body = f"""Hi Chidinma,

Thanks for confirming your availability. Your interview for the Backend Engineer (Python) role at
Thamesbridge Payments is confirmed:

Technical interview (pair programming)
Tuesday, 31 March 2026
3:00 PM - 4:15 PM BST (London)
That is 3:00 PM - 4:15 PM WAT in Lagos. Please note the UK moves to British Summer Time on
29 March, so from then on London and Lagos are on the same clock.

Interviewers:
  Oluwaseun Adebayo - Senior Engineer
  Harriet Collingwood - Engineering Manager

Video link: https://thamesbridge.zoom.example/j/83144092215

A calendar invitation is attached. If you need to reschedule please reply to this email and
I'll sort it.

Best,
Gemma Harlow
Recruiting Coordinator, Thamesbridge Payments
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Greenhouse//Interview Scheduler//EN", "VERSION:2.0",
               "METHOD:PUBLISH", "BEGIN:VEVENT",
               f"DTSTAMP:{ical_utc(sent)}", f"DTSTART:{ical_utc(start)}", f"DTEND:{ical_utc(end)}",
               "SUMMARY:Technical Interview - Thamesbridge Payments",
               "UID:gh-interview-6618203-1@greenhouse.example",
               "DESCRIPTION:" + esc("Interviewers: Oluwaseun Adebayo, Harriet Collingwood\nJoin: https://thamesbridge.zoom.example/j/83144092215"),
               "LOCATION:https://thamesbridge.zoom.example/j/83144092215",
               "END:VEVENT", "END:VCALENDAR"])
    m = msg(frm="Gemma Harlow <no-reply@greenhouse-mail.example>", to=user,
            reply_to="Gemma Harlow <gemma.harlow@thamesbridge.example>",
            subject="Interview Confirmation: Backend Engineer (Python) at Thamesbridge Payments",
            date=sent, mid="<6618203.f2a1@greenhouse-mail.example>", user=user, text=body,
            headers=[("Return-Path", "bounces+22791@greenhouse-mail.example")],
            attach=("interview.ics", cal))
    c.eml("01-greenhouse-confirmation", m)
    add(c, lab(user, [iv("Thamesbridge Payments", "Backend Engineer (Python)", start, end, "scheduled",
                         [], ["gemma.harlow@thamesbridge.example"], "technical")],
               "medium", "positive/ats-email-with-ics",
               "Mail sent while UK on GMT, interview after UK switches to BST (+01:00) -> same clock as "
               "Lagos; interviewers named without addresses so follow-up goes to the Reply-To coordinator."))


# ---------------------------------------------------------------------------
# b34-05 Mexico <-> Spain, Google invite then updated invitation across EU DST end
# ---------------------------------------------------------------------------
def gcal_invite(*, user, user_name, org_name, org_email, guests, summary, start, end, tzid, tzlabel,
                sent, uid, seq, desc, updated=False, method="REQUEST", status="CONFIRMED", mid):
    when_local = start.astimezone(Z(tzid))
    end_local = end.astimezone(Z(tzid))
    dstr = when_local.strftime("%a %b ") + str(when_local.day) + when_local.strftime(", %Y")
    subj_prefix = {"REQUEST": "Updated invitation" if updated else "Invitation", "CANCEL": "Canceled event"}[method]
    tstr = f"{h12(when_local).replace(':00', '')} - {h12(end_local).replace(':00', '')}"
    subject = f"{subj_prefix}: {summary} @ {dstr} {tstr} ({tzlabel[1]}) ({user})"
    att = [f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={org_name};X-NUM-GUESTS=0:mailto:{org_email}"]
    for n, e in guests + [(user_name, user)]:
        att.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n};X-NUM-GUESTS=0:mailto:{e}")
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
               "CALSCALE:GREGORIAN", f"METHOD:{method}"] + VTZ[tzid] +
              ["BEGIN:VEVENT", f"DTSTART;TZID={tzid}:{ical_local(when_local)}",
               f"DTEND;TZID={tzid}:{ical_local(end_local)}", f"DTSTAMP:{ical_utc(sent)}",
               f"ORGANIZER;CN={org_name}:mailto:{org_email}", f"UID:{uid}"] + att +
              ["X-GOOGLE-CONFERENCE:https://meet.google.com/vqa-hmzt-rke",
               f"CREATED:{ical_utc(sent - timedelta(days=3))}", "DESCRIPTION:" + esc(desc),
               f"LAST-MODIFIED:{ical_utc(sent)}", "LOCATION:", f"SEQUENCE:{seq}", f"STATUS:{status}",
               f"SUMMARY:{summary}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    guest_txt = "\n".join([f"{org_name} - organizer\n{org_email}"] + [f"{n}\n{e}" for n, e in guests] + [user])
    head = "This event has been updated\nChanged: time\n\n" if updated else ""
    if method == "CANCEL":
        head = "This event has been canceled and removed from your calendar.\n\n"
    text = f"""{head}{summary}
{when_local.strftime('%A %b ')}{when_local.day}, {when_local.year} \u22c5 {h12(when_local)} \u2013 {h12(end_local)}
{tzlabel[0]}

Join with Google Meet
https://meet.google.com/vqa-hmzt-rke

Organizer
{guest_txt}

{desc}

Invitation from Google Calendar: https://calendar.google.com/calendar/
"""
    html = "<html><body><div>" + text.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>\n") + "</div></body></html>"
    m = msg(frm=f"{org_name} <{org_email}>", to=user, reply_to=f"{org_name} <{org_email}>",
            subject=subject, date=sent.astimezone(UTC), mid=mid, user=user, text=text, html=html,
            cte="base64", html_cte="quoted-printable",
            headers=[("Return-Path", "3xk1ZaAkTCq8fs@calendar-server.bounces.google.example"),
                     ("Sender", "Google Calendar <calendar-notification@google.example>")],
            cal=cal, cal_method=method, attach=("invite.ics", cal))
    return m


def case05():
    c = Case("b34-05-madrid-cdmx-google-reschedule-eu-dst-end")
    user = "valeria.ortega@example.com"
    s0 = dt(2026, 10, 22, 17, 0, "Europe/Madrid")  # CEST
    start = dt(2026, 10, 27, 17, 0, "Europe/Madrid")  # CET after Oct 25
    end = start + timedelta(hours=1)
    assert s0.astimezone(Z("America/Mexico_City")).hour == 9
    assert start.astimezone(Z("America/Mexico_City")).hour == 10
    org, orgm = "Lucía Ferrández", "lucia.ferrandez@almendralabs.example"
    guests = [("Jordi Puigdomènech", "jordi.puigdomenech@almendralabs.example")]
    summ = "Entrevista técnica - Valeria Ortega - Data Scientist"
    desc = ("Entrevista técnica con Jordi Puigdomènech (Lead Data Scientist). Valeria se conecta desde "
            "Ciudad de México: 17:00 hora peninsular = 10:00 en CDMX (en España cambiamos la hora el 25/10).")
    desc0 = ("Entrevista técnica con Jordi Puigdomènech (Lead Data Scientist). Valeria se conecta desde "
             "Ciudad de México: 17:00 hora peninsular = 9:00 en CDMX.")
    c.eml("01-invitation", gcal_invite(user=user, user_name="Valeria Ortega", org_name=org, org_email=orgm,
          guests=guests, summary=summ, start=s0, end=s0 + timedelta(hours=1), tzid="Europe/Madrid",
          tzlabel=("Central European Time - Madrid", "CEST"), sent=dt(2026, 10, 14, 13, 3, "Europe/Madrid"),
          uid="5v0q8kqn1e7h2m3c9p4d6r2t1s@google.com", seq=0, desc=desc0,
          mid="<calendar-3d8a1f2e-7b44-4c19-9a51-0c2e8f6b1d77@google.com>"))
    t2 = f"""Hola Valeria,

Lo siento muchísimo, a Jordi le ha surgido un viaje el jueves 22. ¿Te vendría bien el martes 27
a la misma hora de aquí, las 17:00? Ojo, el domingo 25 cambiamos al horario de invierno en España,
así que para ti serían las 10:00 (no las 9:00). Te reenvío la invitación actualizada.

Un saludo,
Lucía Ferrández
People & Talent · Almendra Labs
C/ de Pallars 193, 08005 Barcelona · +34 935 550 212
"""
    c.eml("02-cambio-de-fecha", msg(frm=f"{org} <{orgm}>", to=f"Valeria Ortega <{user}>",
          subject="Cambio de fecha - entrevista técnica", date=dt(2026, 10, 19, 9, 47, "Europe/Madrid"),
          mid="<CAF7hk2wQ-almendra-0919@mail.almendralabs.example>", user=user, text=t2, cte="quoted-printable"))
    c.eml("03-updated-invitation", gcal_invite(user=user, user_name="Valeria Ortega", org_name=org, org_email=orgm,
          guests=guests, summary=summ, start=start, end=end, tzid="Europe/Madrid",
          tzlabel=("Central European Time - Madrid", "CET"), sent=dt(2026, 10, 19, 9, 52, "Europe/Madrid"),
          uid="5v0q8kqn1e7h2m3c9p4d6r2t1s@google.com", seq=1, desc=desc, updated=True,
          mid="<calendar-9f1c0b7a-2e55-41d8-b3c0-7a6d2e4f8c11@google.com>"))
    add(c, lab(user, [iv("Almendra Labs", "Data Scientist", start, end, "scheduled",
                         ["jordi.puigdomenech@almendralabs.example"], ["jordi.puigdomenech@almendralabs.example"],
                         "technical")],
               "hard", "positive/reschedule",
               "Google invite (CEST) moved by SEQUENCE:1 to a date after EU DST end (CET +01:00); "
               "Mexico City has no DST so the candidate's local time changes 9:00 -> 10:00."))


# ---------------------------------------------------------------------------
# b34-06 Japan <-> Singapore: recruiter email with "(GMT+09:00) Osaka, Sapporo, Tokyo", panel
# ---------------------------------------------------------------------------
def case06():
    c = Case("b34-06-singapore-tokyo-panel-osaka-label")
    user = "haruto.kobayashi@example.com"
    start = dt(2026, 5, 14, 11, 0, "Asia/Singapore")
    end = dt(2026, 5, 14, 12, 30, "Asia/Singapore")
    jst = start.astimezone(Z("Asia/Tokyo"))
    jend = end.astimezone(Z("Asia/Tokyo"))
    assert jst.hour == 12
    sent = dt(2026, 5, 8, 17, 30, "Asia/Singapore")
    html = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Kobayashi-san,</p>
<p>Thank you for your interest in the <b>Regional Solutions Architect (Japan market)</b> position at
<b>Merlion Cloudworks</b>. We are pleased to invite you to a panel interview.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><td>Date</td><td>Thursday, 14 May 2026 / 2026年5月14日（木）</td></tr>
<tr><td>Time</td><td>{jst.hour}:{jst.minute:02d} - {jend.hour}:{jend.minute:02d} (GMT+09:00) Osaka, Sapporo, Tokyo<br>
日本時間 {jst.hour}時～{jend.hour}時{jend.minute}分<br>(11:00 - 12:30 SGT)</td></tr>
<tr><td>Format</td><td>Panel, 90 minutes, Zoom</td></tr>
<tr><td>Panel</td><td>Desmond Goh, Director of Solutions (desmond.goh@merlioncloud.example)<br>
Priya Raghunathan, Principal Architect (priya.raghunathan@merlioncloud.example)</td></tr>
</table>
<p>The Zoom link will follow from the panel. Kindly reply to confirm.</p>
<p>Warm regards,<br>Siew Ling Tan<br>Talent Acquisition, Merlion Cloudworks Pte. Ltd.<br>
71 Ayer Rajah Crescent, #04-12, Singapore 139951<br>Tel: +65 6555 0193</p>
</body></html>
"""
    m1 = msg(frm="Tan Siew Ling <siewling.tan@merlioncloud.example>", to=f"Haruto Kobayashi <{user}>",
             subject="Interview Invitation - Regional Solutions Architect (Japan) / 面接のご案内",
             date=sent, mid="<20260508093000.77A1@mail.merlioncloud.example>", user=user, html=html,
             html_cte="base64")
    c.eml("01-invitation-html-only", m1)
    t2 = f"""Dear Ms. Tan,

Thank you for the invitation. I confirm the panel interview on 14 May, 12:00 JST (11:00 SGT).
I look forward to speaking with Mr. Goh and Ms. Raghunathan.

Best regards,
Haruto Kobayashi
小林 陽翔
"""
    c.eml("02-confirmation-reply", msg(frm=f"Haruto Kobayashi <{user}>",
          to="Tan Siew Ling <siewling.tan@merlioncloud.example>",
          subject="Re: Interview Invitation - Regional Solutions Architect (Japan) / 面接のご案内",
          date=dt(2026, 5, 8, 21, 2, "Asia/Tokyo"), mid="<CAHk0bay-8821@mail.example>", user=user, text=t2,
          irt="<20260508093000.77A1@mail.merlioncloud.example>",
          refs="<20260508093000.77A1@mail.merlioncloud.example>"))
    ivs = ["desmond.goh@merlioncloud.example", "priya.raghunathan@merlioncloud.example"]
    add(c, lab(user, [iv("Merlion Cloudworks", "Regional Solutions Architect (Japan market)", start, end,
                         "scheduled", ivs, ivs, "onsite")],
               "hard", "positive/html-only-panel",
               "HTML-only base64 mail; time given as '12:00 - 13:30 (GMT+09:00) Osaka, Sapporo, Tokyo' plus "
               "Japanese and SGT; two-person panel -> onsite."))


# ---------------------------------------------------------------------------
# b34-07 Israel <-> Germany: Exchange invite in German then METHOD:CANCEL
# ---------------------------------------------------------------------------
def exch_cal(method, seq, status, start, end, tzid, uid, org, attendees, summary, desc, sent, user, user_name):
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += VTZ[tzid]
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={org[0]}:mailto:{org[1]}"]
    for n, e in attendees + [(user_name, user)]:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}")
    lines += ["DESCRIPTION;LANGUAGE=de-DE:" + esc(desc), f"UID:{uid}",
              f"SUMMARY;LANGUAGE=de-DE:{summary}",
              f"DTSTART;TZID={tzid}:{ical_local(start)}", f"DTEND;TZID={tzid}:{ical_local(end)}",
              "CLASS:PUBLIC", "PRIORITY:5" if method == "REQUEST" else "PRIORITY:1",
              f"DTSTAMP:{ical_utc(sent)}", "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}",
              "LOCATION;LANGUAGE=de-DE:Microsoft Teams-Besprechung",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("TENTATIVE" if method == "REQUEST" else "FREE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("BUSY" if method == "REQUEST" else "FREE"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
              "END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def case07():
    c = Case("b34-07-berlin-telaviv-exchange-cancel-de")
    user = "noa.ben-david@example.com"
    uname = "Noa Ben-David"
    start = dt(2026, 3, 24, 14, 0, "Europe/Berlin")  # CET
    end = start + timedelta(hours=1)
    tlv = start.astimezone(Z("Asia/Jerusalem"))
    assert tlv.hour == 15
    org = ("Katrin Vogelsang", "katrin.vogelsang@spreekontor.example")
    att = [("Matthias Brenner", "matthias.brenner@spreekontor.example")]
    uid = "040000008200E00074C5B7101A82E0080000000070D2C9E1A9B7DC01000000000000000010000000A11C"
    summ = "Vorstellungsgespräch: Senior Frontend Engineer (React) - Noa Ben-David"
    desc = ("Hallo Noa, anbei die Einladung zum Gespräch mit Matthias Brenner (Engineering Lead). "
            "14:00 Uhr deutscher Zeit (MEZ) = 15:00 Uhr in Tel Aviv. Viele Grüße, Katrin")
    s1 = dt(2026, 3, 16, 10, 12, "Europe/Berlin")
    cal = exch_cal("REQUEST", 0, "CONFIRMED", start, end, "W. Europe Standard Time", uid, org, att, summ, desc, s1, user, uname)
    text = f"""Wann: Dienstag, 24. März 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.
Wo: Microsoft Teams-Besprechung

*~*~*~*~*~*~*~*~*~*

Hallo Noa,

anbei die Einladung zum Gespräch mit Matthias Brenner (Engineering Lead). 14:00 Uhr deutscher
Zeit (MEZ) = 15:00 Uhr in Tel Aviv.

Viele Grüße
Katrin Vogelsang
Recruiting | Spreekontor GmbH
Schlesische Str. 26, 10997 Berlin | Tel. +49 30 5557 2210
"""
    c.eml("01-einladung", msg(frm=f"{org[0]} <{org[1]}>", to=f"{uname} <{user}>",
          cc=f"{att[0][0]} <{att[0][1]}>", subject=summ, date=s1.astimezone(UTC),
          mid="<FR3P281MB1702AA01C2D3E4F5A6B7C8D9E0F1A2B3@FR3P281MB1702.DEUP281.PROD.OUTLOOK.COM>",
          user=user, text=text, cte="quoted-printable",
          headers=[("Content-class", "urn:content-classes:calendarmessage"), ("Thread-Topic", summ)],
          cal=cal, exchange=True))
    s2 = dt(2026, 3, 20, 16, 40, "Europe/Berlin")
    desc2 = ("Hallo Noa, leider müssen wir das Gespräch am Dienstag absagen - die Stelle wurde intern "
             "besetzt. Es tut mir sehr leid. Viele Grüße, Katrin")
    cal2 = exch_cal("CANCEL", 1, "CANCELLED", start, end, "W. Europe Standard Time", uid, org, att,
                    "Abgesagt: " + summ, desc2, s2, user, uname)
    text2 = f"""Hallo Noa,

leider müssen wir das Gespräch am Dienstag absagen - die Stelle wurde intern besetzt. Es tut mir
sehr leid, und danke für deine Zeit bisher.

Viele Grüße
Katrin
"""
    c.eml("02-abgesagt", msg(frm=f"{org[0]} <{org[1]}>", to=f"{uname} <{user}>",
          cc=f"{att[0][0]} <{att[0][1]}>", subject="Abgesagt: " + summ, date=s2.astimezone(UTC),
          mid="<FR3P281MB1702BB99C2D3E4F5A6B7C8D9E0F1A2B3@FR3P281MB1702.DEUP281.PROD.OUTLOOK.COM>",
          user=user, text=text2, cte="quoted-printable",
          headers=[("Content-class", "urn:content-classes:calendarmessage"), ("Thread-Topic", summ)],
          cal=cal2, cal_method="CANCEL", exchange=True))
    add(c, lab(user, [iv("Spreekontor GmbH", "Senior Frontend Engineer (React)", start, end, "cancelled",
                         ["matthias.brenner@spreekontor.example"], ["matthias.brenner@spreekontor.example"],
                         "technical")],
               "medium", "positive/cancellation",
               "German Exchange invite (W. Europe Standard Time, CET) for a candidate in Tel Aviv, then "
               "METHOD:CANCEL 'Abgesagt'. Cancelled at last scheduled time."))


# ---------------------------------------------------------------------------
# b34-08 Canada <-> NZ: recruiter e-mail + Calendar API event, NZ DST just started
# ---------------------------------------------------------------------------
def case08():
    c = Case("b34-08-auckland-vancouver-gcal-json-nz-dst-start")
    user = "owen.mackenzie@example.com"
    start = dt(2026, 9, 29, 9, 0, "Pacific/Auckland")  # NZDT +13 after Sep 27
    end = start + timedelta(minutes=45)
    van = start.astimezone(Z("America/Vancouver"))
    assert start.utcoffset() == timedelta(hours=13) and (van.day, van.hour) == (28, 13)
    sent = dt(2026, 9, 24, 11, 15, "Pacific/Auckland")
    t1 = f"""Kia ora Owen,

Lovely to chat last week. Next step is a 45 min conversation with our Engineering Manager, Aroha
Wiremu, for the Site Reliability Engineer role.

Let's lock in Monday 28 Sept at 1pm your time (Vancouver) -- which is Tuesday 29 Sept, 9am for
us here in Auckland. Just a heads-up, NZ daylight saving kicks in this Sunday so if you've
worked it out against NZST it'll look an hour off; 9am NZDT is right.

I'll send a calendar hold from Aroha's calendar shortly.

Ngā mihi,
Tama
Tama Rangihuna | Talent Partner | Kōwhai Systems
Level 3, 22 Customs St E, Auckland 1010 | +64 9 555 0173
"""
    c.eml("01-kowhai-next-step", msg(frm="Tama Rangihuna <tama.rangihuna@kowhaisystems.example>",
          to=f"Owen MacKenzie <{user}>", subject="Next step - SRE role at Kōwhai Systems",
          date=sent, mid="<CAKw9-tama-20260924@mail.kowhaisystems.example>", user=user, text=t1))
    ev = {
        "kind": "calendar#event", "etag": "\"3487120993562000\"", "id": "k0wha1sre29sep2026aw",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=azB3aGExc3JlMjlzZXAyMDI2YXc",
        "created": "2026-09-23T22:20:11.000Z", "updated": "2026-09-23T22:31:40.281Z",
        "summary": "Owen MacKenzie <> Aroha (SRE interview)",
        "description": "Engineering manager conversation for the Site Reliability Engineer role. "
                       "Owen is joining from Vancouver.",
        "creator": {"email": "aroha.wiremu@kowhaisystems.example", "displayName": "Aroha Wiremu"},
        "organizer": {"email": "aroha.wiremu@kowhaisystems.example", "displayName": "Aroha Wiremu"},
        "start": {"dateTime": van.isoformat(), "timeZone": "America/Vancouver"},
        "end": {"dateTime": (end.astimezone(Z("America/Vancouver"))).isoformat(), "timeZone": "America/Vancouver"},
        "iCalUID": "k0wha1sre29sep2026aw@google.com", "sequence": 0,
        "attendees": [
            {"email": "aroha.wiremu@kowhaisystems.example", "displayName": "Aroha Wiremu", "organizer": True,
             "responseStatus": "accepted"},
            {"email": "tama.rangihuna@kowhaisystems.example", "displayName": "Tama Rangihuna",
             "optional": True, "responseStatus": "tentative"},
            {"email": user, "self": True, "responseStatus": "accepted"}],
        "hangoutLink": "https://meet.google.com/pwe-ugjd-rxa",
        "reminders": {"useDefault": True}, "eventType": "default"}
    c.raw("02-api-event.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")
    add(c, lab(user, [iv("Kōwhai Systems", "Site Reliability Engineer", start, end, "scheduled",
                         ["aroha.wiremu@kowhaisystems.example"], ["aroha.wiremu@kowhaisystems.example"],
                         "hiring_manager")],
               "hard", "positive/dedupe-email-and-api",
               "Auckland employer two days after NZ DST start (+13:00); Vancouver candidate on PDT, "
               "different calendar day. Recruiter mail + Calendar API event (in Vancouver zone) = one."))


# ---------------------------------------------------------------------------
# b34-09 India <-> UK: two interviews (screen before UK DST, technical after), Lever-style
# ---------------------------------------------------------------------------
def case09():
    c = Case("b34-09-london-pune-two-rounds-across-bst")
    user = "siddharth.joshi@example.com"
    s1 = dt(2026, 3, 26, 11, 0, "Europe/London")  # GMT
    e1 = s1 + timedelta(minutes=30)
    s2 = dt(2026, 4, 2, 10, 0, "Europe/London")  # BST
    e2 = s2 + timedelta(minutes=90)
    assert s1.astimezone(Z("Asia/Kolkata")).strftime("%H:%M") == "16:30"
    assert s2.astimezone(Z("Asia/Kolkata")).strftime("%H:%M") == "14:30"
    t1 = """Hi Siddharth,

Thanks for applying for the QA Automation Engineer role at Fernleaf Insurance. I'd like to book
a quick 30 minute intro call with you. How about Thursday 26th at 11:00 GMT, which should be
16:30 IST for you? I'll ring you on WhatsApp voice.

Kind regards,
Philippa Okonjo
Talent Acquisition Partner
Fernleaf Insurance | 30 Fenchurch Avenue, London EC3M 5AD | +44 20 5550 4419
"""
    m1 = "<CAB1eaf-philippa-0320@mail.fernleaf.example>"
    c.eml("01-intro-call", msg(frm="Philippa Okonjo <philippa.okonjo@fernleaf.example>",
          to=f"Siddharth Joshi <{user}>", subject="Fernleaf - QA Automation Engineer - intro call",
          date=dt(2026, 3, 20, 9, 30, "Europe/London"), mid=m1, user=user, text=t1))
    t2 = """Hi Philippa,

Thursday 26th at 16:30 IST works perfectly. Talk then!

Regards,
Siddharth

On Fri, 20 Mar 2026 at 15:00, Philippa Okonjo <philippa.okonjo@fernleaf.example> wrote:
> How about Thursday 26th at 11:00 GMT, which should be 16:30 IST for you?
"""
    m2 = "<CAsid-reply-0320@mail.example>"
    c.eml("02-re-intro-call", msg(frm=f"Siddharth Joshi <{user}>",
          to="Philippa Okonjo <philippa.okonjo@fernleaf.example>",
          subject="Re: Fernleaf - QA Automation Engineer - intro call",
          date=dt(2026, 3, 20, 15, 41, "Asia/Kolkata"), mid=m2, user=user, text=t2, irt=m1, refs=m1))
    sent3 = dt(2026, 3, 27, 14, 5, "Europe/London")
    t3 = f"""Hi Siddharth,

Great news - Fernleaf Insurance would like to move you forward to the technical interview for
QA Automation Engineer.

When: Thursday, April 2, 2026, 10:00 AM - 11:30 AM BST (London)
      2:30 PM - 4:00 PM IST (please note: the UK moves to summer time on 29 March, so the
      difference to India becomes 4h30)
Interviewers: Gareth Lloyd-Evans (Lead SDET), Nkechi Obi (Senior SDET)
Where: Microsoft Teams (link in the attached invite)

Questions? Reply to philippa.okonjo@fernleaf.example.

This message was sent via Lever on behalf of Fernleaf Insurance. Please do not reply directly to
this email.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lever//Interview//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", f"UID:lever-iv-4b2c77e1-0402@hire.lever.example", f"DTSTAMP:{ical_utc(sent3)}",
               f"DTSTART:{ical_utc(s2)}", f"DTEND:{ical_utc(e2)}",
               "SUMMARY:Technical interview - Fernleaf Insurance (QA Automation Engineer)",
               "ORGANIZER;CN=Fernleaf Insurance:mailto:no-reply@hire.lever.example",
               f"ATTENDEE;CN=Siddharth Joshi;ROLE=REQ-PARTICIPANT:mailto:{user}",
               "ATTENDEE;CN=Gareth Lloyd-Evans;ROLE=REQ-PARTICIPANT:mailto:gareth.lloydevans@fernleaf.example",
               "ATTENDEE;CN=Nkechi Obi;ROLE=REQ-PARTICIPANT:mailto:nkechi.obi@fernleaf.example",
               "LOCATION:Microsoft Teams", "DESCRIPTION:" + esc("Join: https://teams.microsoft.com/l/meetup-join/19%3ameeting_fernleaf"),
               "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    c.eml("03-lever-technical-interview", msg(frm="Fernleaf Insurance <no-reply@hire.lever.example>",
          to=user, subject="Interview scheduled: QA Automation Engineer at Fernleaf Insurance",
          date=sent3, mid="<lever.4b2c77e1.0327@hire.lever.example>", user=user, text=t3,
          attach=("invite.ics", cal)))
    ivs2 = ["gareth.lloydevans@fernleaf.example", "nkechi.obi@fernleaf.example"]
    add(c, lab(user, [
        iv("Fernleaf Insurance", "QA Automation Engineer", s1, e1, "scheduled",
           ["philippa.okonjo@fernleaf.example"], ["philippa.okonjo@fernleaf.example"], "phone_screen"),
        iv("Fernleaf Insurance", "QA Automation Engineer", s2, e2, "scheduled", ivs2, ivs2, "onsite")],
        "hard", "positive/two-interviews",
        "Intro call on GMT (16:30 IST) and a two-interviewer technical after UK DST (10:00 BST = 14:30 IST). "
        "Two interviewers -> onsite per panel rule."))


# ---------------------------------------------------------------------------
# b34-10 Philippines <-> Australia (Perth / Brisbane): relative date "tomorrow", half past ten
# ---------------------------------------------------------------------------
def case10():
    c = Case("b34-10-brisbane-cebu-tomorrow-half-past-ten")
    user = "kristine.delacruz@example.com"
    sent = dt(2026, 10, 5, 15, 48, "Australia/Brisbane")  # Monday; Brisbane no DST
    start = dt(2026, 10, 6, 10, 30, "Asia/Manila")  # tomorrow at half past ten Cebu time
    end = start + timedelta(minutes=30)
    bne = start.astimezone(Z("Australia/Brisbane"))
    syd = start.astimezone(Z("Australia/Sydney"))
    assert bne.strftime("%H:%M") == "12:30" and syd.strftime("%H:%M") == "13:30"
    m1 = "<CAQld-reef-1005@mail.reefline.example>"
    t1 = f"""Hey Kristine,

Thanks for sending through the updated CV. Are you free tomorrow for a quick 30 min screening
call about the Customer Success Lead role (remote, APAC)? I could do half past ten your time
(Cebu) - that's 12:30 here in Brisbane. Our hiring manager in Sydney is an hour ahead of me now
that NSW is on daylight saving, but she won't be on this one, it'll just be me.

Cheers,
Jack Doherty
Recruitment Lead | Reefline Logistics
Level 9, 300 Queen St, Brisbane QLD 4000
Ph: +61 7 5550 8820
"""
    c.eml("01-screening-tomorrow", msg(frm="Jack Doherty <jack.doherty@reefline.example>",
          to=f"Kristine Dela Cruz <{user}>", subject="Quick chat tomorrow? Customer Success Lead",
          date=sent, mid=m1, user=user, text=t1))
    t2 = """Hi Jack! Yes, 10:30 AM tomorrow (PH time) works for me. You can reach me on +63 917 555 0392.

Thanks,
Kristine

Sent from my iPhone
"""
    c.eml("02-re-yes", msg(frm=f"Kristine Dela Cruz <{user}>", to="Jack Doherty <jack.doherty@reefline.example>",
          subject="Re: Quick chat tomorrow? Customer Success Lead", date=dt(2026, 10, 5, 14, 10, "Asia/Manila"),
          mid="<5A1F0C2E-88B3-4D1A-9E2B-kdc@mail.example>", user=user, text=t2, irt=m1, refs=m1))
    add(c, lab(user, [iv("Reefline Logistics", "Customer Success Lead", start, end, "scheduled",
                         ["jack.doherty@reefline.example"], ["jack.doherty@reefline.example"], "phone_screen")],
               "hard", "positive/relative-date-thread",
               "'tomorrow' + 'half past ten your time (Cebu)' resolved against a Monday Brisbane (+10, no DST) "
               "message; Sydney DST (+11) mentioned as a distractor."))


# ---------------------------------------------------------------------------
# b34-11 Brazil <-> US: Workday-style HTML-only base64, "11h00 (UTC-3)"
# ---------------------------------------------------------------------------
def case11():
    c = Case("b34-11-workday-newyork-saopaulo-html-utc-3")
    user = "beatriz.almeida@example.com"
    start = dt(2026, 10, 15, 11, 0, "America/Sao_Paulo")
    end = start + timedelta(hours=1)
    ny = start.astimezone(Z("America/New_York"))
    assert ny.hour == 10
    html = f"""<!DOCTYPE html><html><body style="margin:0;font-family:Helvetica,Arial,sans-serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#0b3d91;color:#fff;padding:16px">
<b>Hudson &amp; Pike Capital</b> &middot; Careers</td></tr>
<tr><td style="padding:20px">
<p>Olá Beatriz,</p>
<p>Your interview for <b>Senior FP&amp;A Analyst - LatAm (R-20931)</b> has been scheduled.</p>
<p><b>Interview Type:</b> Hiring Manager Interview<br>
<b>Interviewer:</b> Marcus Feldman, VP Finance<br>
<b>Date:</b> 15/10/2026<br>
<b>Time:</b> 11h00 - 12h00 (UTC-3) Brasília<br>
<span style="color:#666">(10:00 AM - 11:00 AM EDT, New York)</span><br>
<b>Location:</b> Video call - link will be sent by the interviewer</p>
<p>If you need to make changes, contact your recruiting coordinator, Dana Whitcomb, at
dana.whitcomb@hudsonpike.example.</p>
<p style="font-size:11px;color:#888">This is a system-generated message from Workday. Replies to
this address are not monitored.</p>
</td></tr></table></body></html>
"""
    c.eml("01-workday-interview-scheduled", msg(
        frm="Hudson & Pike Capital <hudsonpike@myworkday.example>", to=user,
        subject="Interview Scheduled - Senior FP&A Analyst - LatAm",
        date=dt(2026, 10, 8, 17, 5, "America/New_York"), mid="<1834929.88410.1791493500@myworkday.example>",
        user=user, html=html, html_cte="base64",
        headers=[("Return-Path", "bounce-wd@myworkday.example")]))
    add(c, lab(user, [iv("Hudson & Pike Capital", "Senior FP&A Analyst - LatAm", start, end, "scheduled",
                         [], ["dana.whitcomb@hudsonpike.example"], "hiring_manager")],
               "medium", "positive/ats-html-only",
               "Workday-style HTML-only base64 mail; time '15/10/2026 11h00 (UTC-3)' (DD/MM); interviewer has "
               "no address so follow-up goes to the coordinator named in the text."))


# ---------------------------------------------------------------------------
# b34-12 India <-> US West: founder chat "Wed 11/4 @ 7:30p PST", then cancelled by e-mail
# ---------------------------------------------------------------------------
def case12():
    c = Case("b34-12-sf-hyderabad-founder-chat-cancelled")
    user = "rohan.reddy@example.com"
    start = dt(2026, 11, 4, 19, 30, "America/Los_Angeles")  # PST after Nov 1
    end = start + timedelta(minutes=30)
    hyd = start.astimezone(Z("Asia/Kolkata"))
    assert start.utcoffset() == timedelta(hours=-8) and (hyd.day, hyd.hour, hyd.minute) == (5, 9, 0)
    m1 = "<CAfound3r-1030@mail.tidepoolai.example>"
    t1 = """Hey Rohan,

Loved your take-home. Next (and final!) step is a 30 min chat with me. Does Wed 11/4 @ 7:30p PST
work? I think that's Thu 9am for you in Hyderabad. Our clocks fall back this weekend so double
check against your calendar.

Sent the invite to your email.

Nate
--
Nate Okoro-Lindqvist
Co-founder & CEO, Tidepool AI
2261 Market St #4410, San Francisco, CA 94114
(415) 555-0128
"""
    c.eml("01-founder-chat", msg(frm="Nate Okoro-Lindqvist <nate@tidepoolai.example>",
          to=f"Rohan Reddy <{user}>", subject="Final chat - ML Engineer", date=dt(2026, 10, 30, 18, 2, "America/Los_Angeles"),
          mid=m1, user=user, text=t1))
    t2 = """Yes, Thu 5 Nov 9:00 IST works. Looking forward to it!

Rohan

On Fri, Oct 30, 2026 at 6:02 PM Nate Okoro-Lindqvist <nate@tidepoolai.example> wrote:
> Does Wed 11/4 @ 7:30p PST work?
"""
    m2 = "<CArohan-1031@mail.example>"
    c.eml("02-re-yes", msg(frm=f"Rohan Reddy <{user}>", to="Nate Okoro-Lindqvist <nate@tidepoolai.example>",
          subject="Re: Final chat - ML Engineer", date=dt(2026, 10, 31, 8, 15, "Asia/Kolkata"),
          mid=m2, user=user, text=t2, irt=m1, refs=m1))
    t3 = """Rohan - really sorry to do this. We just closed our round with a change of plan and I have to
pause hiring for the ML Engineer role, so I need to cancel our chat on Wednesday. I'll reach
out personally if it reopens in Q1.

Nate

On Fri, Oct 30, 2026 at 7:45 PM Rohan Reddy <rohan.reddy@example.com> wrote:
> Yes, Thu 5 Nov 9:00 IST works. Looking forward to it!
"""
    c.eml("03-re-cancel", msg(frm="Nate Okoro-Lindqvist <nate@tidepoolai.example>", to=f"Rohan Reddy <{user}>",
          subject="Re: Final chat - ML Engineer", date=dt(2026, 11, 3, 11, 47, "America/Los_Angeles"),
          mid="<CAfound3r-1103@mail.tidepoolai.example>", user=user, text=t3, irt=m2, refs=f"{m1} {m2}"))
    add(c, lab(user, [iv("Tidepool AI", "ML Engineer", start, end, "cancelled",
                         ["nate@tidepoolai.example"], ["nate@tidepoolai.example"], "hiring_manager")],
               "hard", "positive/cancellation",
               "Founder chat 'Wed 11/4 @ 7:30p PST' (= Thu 09:00 IST, US DST ended Nov 1) cancelled by e-mail."))


# ---------------------------------------------------------------------------
# b34-13 Canada <-> Germany: forwarded virtual onsite itinerary, Toronto/Munich gap week
# ---------------------------------------------------------------------------
def case13():
    c = Case("b34-13-munich-toronto-forwarded-onsite-itinerary")
    user = "emily.tremblay@example.com"
    mu = "Europe/Berlin"
    sess = [(dt(2026, 11, 3, 15, 0, mu), 60, "System design", "Florian Hechenberger", "florian.hechenberger@alpenrad.example"),
            (dt(2026, 11, 3, 16, 15, mu), 45, "Coding (live)", "Zeynep Arslan", "zeynep.arslan@alpenrad.example"),
            (dt(2026, 11, 3, 17, 30, mu), 60, "Hiring manager", "Benedikt Kraus", "benedikt.kraus@alpenrad.example")]
    tor = Z("America/Toronto")
    rows = []
    for s, mins, name, who, em in sess:
        e = s + timedelta(minutes=mins)
        rows.append(f"  {s:%H:%M}-{e:%H:%M} MEZ | {s.astimezone(tor):%H:%M}-{e.astimezone(tor):%H:%M} Toronto (EST) | "
                    f"{name} - {who} <{em}>")
    start = sess[0][0]
    end = sess[-1][0] + timedelta(minutes=sess[-1][1])
    assert start.astimezone(tor).hour == 9 and start.utcoffset() == timedelta(hours=1)
    fwd_date = dt(2026, 10, 28, 20, 14, "America/Toronto")
    orig_date = dt(2026, 10, 28, 16, 2, "Europe/Berlin")
    table = "\n".join(rows)
    body = f"""Forwarding to my main inbox so it's all in one place.

---------- Forwarded message ---------
From: Lena Oberhuber <lena.oberhuber@alpenrad.example>
Date: {format_datetime(orig_date)}
Subject: Your virtual onsite with Alpenrad Mobility - Senior Android Engineer
To: Emily Tremblay <emily.t.dev@mail.example>


Hi Emily,

here's your itinerary for the virtual onsite on Tuesday, 3 November. Note that Germany already
left summer time on 25 October and Canada follows on 1 November, so the gap is back to 6 hours
by then:

{table}

Short breaks are built in between the sessions. Each interviewer will send their own Teams link.
Any questions, just reply to me.

Liebe Grüße
Lena Oberhuber
Talent Acquisition | Alpenrad Mobility GmbH
Leopoldstraße 244, 80807 München | +49 89 5550 3321
"""
    c.eml("01-fwd-onsite-itinerary", msg(frm=f"Emily Tremblay <emily.t.dev@mail.example>", to=f"Emily Tremblay <{user}>",
          subject="Fwd: Your virtual onsite with Alpenrad Mobility - Senior Android Engineer", date=fwd_date,
          mid="<CAem1ly-fwd-1028@mail.example>", user=user, text=body, cte="quoted-printable"))
    ivs = [s[4] for s in sess]
    add(c, lab(user, [iv("Alpenrad Mobility", "Senior Android Engineer", start, end, "scheduled", ivs, ivs, "onsite")],
               "hard", "positive/forwarded-onsite",
               "Forwarded itinerary, 3 sessions in MEZ (CET +01:00) with Toronto EST columns, in the week "
               "both DST changes are done; onsite = first start..last end."))


# ---------------------------------------------------------------------------
# Negatives
# ---------------------------------------------------------------------------
def case14():
    c = Case("b34-14-neg-us-visa-interview-appointment")
    user = "ananya.kulkarni@example.com"
    html = """<html><body><p>Dear ANANYA KULKARNI,</p>
<p>Your <b>visa interview appointment</b> has been scheduled.</p>
<p><b>Consular Section:</b> Mumbai<br><b>Visa class:</b> H-1B<br>
<b>Appointment date/time:</b> 16 April 2026, 08:45 (Local time, GMT+5:30)<br>
<b>Biometrics (OFC):</b> 13 April 2026, 10:15</p>
<p>Your prospective employer (Prairieline Analytics) petition receipt number must be presented at the
interview. Please bring your DS-160 confirmation page, passport and interview appointment letter.
Arrive no earlier than 15 minutes before your scheduled appointment.</p>
<p>This is an automated message. Please do not reply.</p>
<p>Visa Appointment Services</p></body></html>"""
    c.eml("01-visa-appointment", msg(frm="Visa Appointment Service <no-reply@visaappointments.example>", to=user,
          subject="Appointment Confirmation - Visa Interview (Mumbai)", date=dt(2026, 3, 30, 10, 2, "Asia/Kolkata"),
          mid="<apt.99281733@visaappointments.example>", user=user, html=html, html_cte="quoted-printable"))
    add(c, lab(user, [], "medium", "negative/visa-interview",
               "Consular visa interview appointment for a job the user already has; mentions employer, interview, "
               "GMT+5:30 time - not a job interview."))


def case15():
    c = Case("b34-15-neg-relocation-consultant-call-ics")
    user = "rafael.nogueira@example.com"
    start = dt(2026, 5, 6, 15, 0, "Europe/Lisbon")
    end = start + timedelta(minutes=45)
    sent = dt(2026, 4, 28, 13, 30, "Europe/Lisbon")
    t = f"""Hi Rafael,

Congratulations on your new role with Tejoware! As part of your relocation package, you have
been assigned a relocation consultant.

Your "Moving to Portugal" kick-off call is booked:
  Wednesday 6 May, 15:00-15:45 Lisbon time (11:00-11:45 Brasília, UTC-3)
  Consultant: Marta Sequeira

On the call we'll cover your D3 visa timeline, the consulate appointment in São Paulo,
temporary housing in Lisbon, NIF, and shipping. This is not part of any interview or
assessment - your offer is already signed - so no preparation needed.

A calendar file is attached.

Best wishes,
Marta Sequeira
Relocation Consultant | Atlântico Relocation Services
+351 21 555 9010
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Atlantico Relocation//Booking//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", "UID:reloc-kickoff-77310@atlanticoreloc.example", f"DTSTAMP:{ical_utc(sent)}",
               f"DTSTART:{ical_utc(start)}", f"DTEND:{ical_utc(end)}",
               "SUMMARY:Relocation kick-off call - Rafael Nogueira (Tejoware new hire)",
               "ORGANIZER;CN=Marta Sequeira:mailto:marta.sequeira@atlanticoreloc.example",
               f"ATTENDEE;CN=Rafael Nogueira;RSVP=TRUE:mailto:{user}",
               "LOCATION:Zoom", "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    c.eml("01-relocation-kickoff", msg(frm="Marta Sequeira <marta.sequeira@atlanticoreloc.example>",
          to=f"Rafael Nogueira <{user}>", subject="Your relocation consultation call - Lisbon",
          date=sent, mid="<reloc.77310@atlanticoreloc.example>", user=user, text=t, attach=("invite.ics", cal)))
    add(c, lab(user, [], "hard", "negative/relocation-call",
               "Relocation consultant call with .ics for a new hire (offer signed); cross-border times; not an interview."))


def case16():
    c = Case("b34-16-neg-international-webinar-remote-jobs")
    user = "chidinma.eze@example.com"
    start = dt(2026, 4, 23, 17, 0, "Europe/London")
    end = start + timedelta(minutes=90)
    sent = dt(2026, 4, 15, 9, 0, "Europe/London")
    zones = [("London", "Europe/London"), ("Lagos", "Africa/Lagos"), ("Nairobi", "Africa/Nairobi"),
             ("New York", "America/New_York"), ("São Paulo", "America/Sao_Paulo"), ("Mumbai", "Asia/Kolkata")]
    ztxt = " | ".join(f"{n} {start.astimezone(Z(z)):%H:%M}" for n, z in zones)
    html = f"""<html><body style="font-family:Georgia,serif">
<h2>Interviewing Across Borders: landing a remote role with a UK or EU employer</h2>
<p>Live webinar &middot; Thursday 23 April 2026 &middot; 17:00 BST (90 minutes)</p>
<p>{ztxt}</p>
<p>Join hiring managers from three fintechs and a senior technical recruiter for a live panel on how
international candidates are assessed, how to schedule interviews across time zones, and what
recruiters look for in a candidate's first call for a remote role.</p>
<p>You're registered. Add it to your calendar with the attached file.</p>
<p>&mdash; The RemoteBridge Academy team<br>
<a href="https://remotebridge.example/unsubscribe">Unsubscribe</a></p></body></html>"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//RemoteBridge//Webinars//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", "UID:webinar-iab-20260423@remotebridge.example", f"DTSTAMP:{ical_utc(sent)}",
               f"DTSTART:{ical_utc(start)}", f"DTEND:{ical_utc(end)}",
               "SUMMARY:Webinar: Interviewing Across Borders (panel with hiring managers)",
               "ORGANIZER;CN=RemoteBridge Academy:mailto:events@remotebridge.example",
               "LOCATION:https://remotebridge.example/live/iab", "END:VEVENT", "END:VCALENDAR"])
    c.eml("01-webinar-registration", msg(frm="RemoteBridge Academy <events@remotebridge.example>", to=user,
          subject="You're in: Interviewing Across Borders - live panel, 23 April", date=sent,
          mid="<wb.20260415.55102@remotebridge.example>", user=user, html=html, html_cte="quoted-printable",
          attach=("webinar.ics", cal)))
    add(c, lab(user, [], "medium", "negative/webinar",
               "International webinar about interviewing with hiring managers, times in 6 zones and an .ics."))


def case17():
    c = Case("b34-17-neg-rejection-after-interview-nz")
    user = "owen.mackenzie@example.com"
    t = """Kia ora Owen,

Thank you for interviewing with Aroha on Tuesday morning (your Monday afternoon!) for the Site
Reliability Engineer role. We really appreciated the time you took, especially across the time
difference.

After a lot of discussion, we've decided to move forward with another candidate whose experience
is a closer match for our on-call setup. This wasn't an easy call.

We'd love to keep in touch - if another role opens up we will reach out to schedule a chat.

Ngā mihi nui,
Tama Rangihuna | Talent Partner | Kōwhai Systems
+64 9 555 0173
"""
    c.eml("01-outcome", msg(frm="Tama Rangihuna <tama.rangihuna@kowhaisystems.example>", to=f"Owen MacKenzie <{user}>",
          subject="Your application - Site Reliability Engineer", date=dt(2026, 10, 2, 10, 20, "Pacific/Auckland"),
          mid="<CAKw9-tama-20261002@mail.kowhaisystems.example>", user=user, text=t))
    add(c, lab(user, [], "medium", "negative/rejection",
               "Rejection referencing a past interview across time zones and 'schedule a chat' in the future."))


def case18():
    c = Case("b34-18-neg-user-is-interviewer-google-invite")
    user = "siddharth.joshi@example.com"
    start = dt(2026, 6, 9, 16, 0, "Asia/Kolkata")
    end = start + timedelta(hours=1)
    org, orgm = "Kavitha Subramanian", "kavitha.s@vindhyasoft.example"
    guests = [("Tomasz Wiśniewski (candidate)", "tomasz.wisniewski@mail.example")]
    desc = ("Siddharth - you are the technical interviewer for this candidate (Warsaw, CEST = IST-3:30). "
            "Please submit your scorecard in the ATS within 24h. Role: Senior QA Engineer.")
    m = gcal_invite(user=user, user_name="Siddharth Joshi", org_name=org, org_email=orgm, guests=guests,
                    summary="Interview: Tomasz Wiśniewski - Senior QA Engineer (Interviewer: Siddharth)",
                    start=start, end=end, tzid="Asia/Kolkata", tzlabel=("India Standard Time - Kolkata", "IST"),
                    sent=dt(2026, 6, 3, 12, 0, "Asia/Kolkata"), uid="7hq2ld0p3m8xk1b5t4n9c2v6w0@google.com",
                    seq=0, desc=desc, mid="<calendar-0a7e3c11-5d2f-4b8a-91c3-2f6e8d4a7b90@google.com>")
    c.eml("01-invite-as-interviewer", m)
    add(c, lab(user, [], "hard", "negative/user-is-interviewer",
               "Google invite where the owner interviews a Warsaw candidate for his employer."))


def case19():
    c = Case("b34-19-neg-availability-request-singapore")
    user = "haruto.kobayashi@example.com"
    t = """Hi Haruto,

I'm a recruiter with Straits Talent Partners in Singapore. One of our clients, a payments company
expanding into Japan, is hiring a Partner Solutions Manager and your profile looks like a strong
match for the role.

Would you be open to an introductory call? Here are a few options (SGT / JST):
  - Tue 2 June, 10:00 SGT / 11:00 JST
  - Wed 3 June, 15:30 SGT / 16:30 JST
  - Fri 5 June, noon SGT / 13:00 JST
Or grab any slot that suits you here: https://cal.straitstalent.example/weiming/30min

No pressure at all - just let me know.

Best,
Lim Wei Ming
Senior Consultant, Straits Talent Partners
+65 8555 2047
"""
    c.eml("01-intro-call-options", msg(frm="Lim Wei Ming <weiming.lim@straitstalent.example>",
          to=f"Haruto Kobayashi <{user}>", subject="Partner Solutions Manager (Japan) - quick intro call?",
          date=dt(2026, 5, 28, 18, 40, "Asia/Singapore"), mid="<CAstr8ts-0528-wm@mail.straitstalent.example>",
          user=user, text=t))
    add(c, lab(user, [], "hard", "negative/availability-request",
               "Agency recruiter proposes three SGT/JST slots and a booking link; never booked."))


def case20():
    c = Case("b34-20-neg-one-way-video-interview-ist-deadline")
    user = "rohan.reddy@example.com"
    deadline = dt(2026, 9, 18, 23, 59, "Asia/Kolkata")
    html = f"""<html><body style="font-family:Arial">
<p>Hi Rohan,</p>
<p>Thank you for applying to <b>Graduate Data Analyst - Bengaluru</b> at Marlowe &amp; Finch Consulting.</p>
<p>The next step is a <b>one-way video interview</b>. You will be shown 5 questions and record your
answers at any time that suits you - there is no live interviewer.</p>
<p><b>Complete by:</b> Friday 18 September 2026, 23:59 (GMT+5:30)</p>
<p><a href="https://app.vidscreen.example/i/7Qm2xR">Start your interview</a></p>
<p>Good luck!<br>Marlowe &amp; Finch Early Careers team (via VidScreen)</p>
<p style="font-size:10px">Please do not reply to this email.</p></body></html>"""
    c.eml("01-one-way-video", msg(frm="Marlowe & Finch via VidScreen <no-reply@vidscreen.example>", to=user,
          subject="Action required: your video interview for Graduate Data Analyst",
          date=dt(2026, 9, 14, 11, 5, "Asia/Kolkata"), mid="<vs.7Qm2xR.0914@vidscreen.example>",
          user=user, html=html, html_cte="base64"))
    add(c, lab(user, [], "medium", "negative/one-way-video",
               "Asynchronous one-way video interview with a GMT+5:30 deadline; no live conversation."))


def case21():
    c = Case("b34-21-neg-podcast-interview-lisbon-saopaulo")
    user = "beatriz.almeida@example.com"
    start = dt(2026, 4, 16, 19, 0, "Europe/Lisbon")
    sp = start.astimezone(Z("America/Sao_Paulo"))
    t = f"""Olá Beatriz!

Muito obrigado por aceitar o convite para o podcast "Finanças sem Fronteiras". A entrevista fica
marcada para quinta-feira, 16 de abril, às {start:%H}h de Lisboa ({sp:%H}h em São Paulo). Vamos
conversar uns 40 minutos sobre a tua carreira em FP&A e como é trabalhar para uma empresa
americana a partir do Brasil. Gravamos pelo Riverside - envio o link na véspera.

Não é preciso preparar nada. Se quiseres, envia-me antes uma mini-bio e uma foto.

Um abraço,
Tiago Mendes Rocha
Host, Finanças sem Fronteiras
+351 91 555 4410
"""
    c.eml("01-podcast", msg(frm="Tiago Mendes Rocha <tiago@financassemfronteiras.example>",
          to=f"Beatriz Almeida <{user}>", subject="Entrevista para o podcast - confirmada!",
          date=dt(2026, 4, 7, 22, 10, "Europe/Lisbon"), mid="<CAtiago-podcast-0407@mail.financassemfronteiras.example>",
          user=user, text=t, cte="quoted-printable"))
    add(c, lab(user, [], "medium", "negative/podcast",
               "Portuguese podcast 'entrevista' with a Lisbon/São Paulo time; not a job interview."))


def case22():
    c = Case("b34-22-neg-application-received-lagos-london")
    user = "chidinma.eze@example.com"
    t = """Dear Chidinma,

Thank you for applying for the role of Platform Engineer (Remote - EMEA) at Kettleby Digital.
We have received your application (ref. KD-4471).

What happens next:
  1. Our team reviews applications within 10 working days.
  2. Shortlisted candidates will be invited to schedule a 30-minute call with a recruiter.
     Interviews for this role will take place between 13 and 24 April; slots are offered in
     both UK time (BST) and West Africa Time (WAT) - which are the same from 29 March.
  3. A technical interview with two engineers follows.

You do not need to do anything right now. If you are not shortlisted we will let you know by email.

Kind regards,
Kettleby Digital Talent Team
This mailbox is not monitored.
"""
    c.eml("01-application-received", msg(frm="Kettleby Digital Careers <careers-noreply@kettleby.example>",
          to=user, subject="We've received your application - Platform Engineer (Remote - EMEA)",
          date=dt(2026, 3, 27, 8, 12, "Europe/London"), mid="<app.KD-4471.0327@kettleby.example>", user=user, text=t))
    add(c, lab(user, [], "medium", "negative/application-received",
               "Application receipt describing future interview windows and time zones; nothing booked."))


ALL = [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11, case12,
       case13, case14, case15, case16, case17, case18, case19, case20, case21, case22]


def main():
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b34-") and os.path.isdir(p):
            shutil.rmtree(p)
    for f in ALL:
        f()
    for c in CASES:
        d = os.path.join(HERE, c.cid)
        os.makedirs(d)
        for name, data in c.items:
            with open(os.path.join(d, name), "wb") as fh:
                fh.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# blind34 labels (global mix, hard time zones). Generated by make_cases.py.\n")
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=100)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
