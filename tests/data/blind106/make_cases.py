#!/usr/bin/env python3
"""Deterministic generator for the blind106 interview-detection set (written blind).

Rewrites every case folder and labels.yaml. stdlib + PyYAML + zoneinfo only.
All people, companies and company domains are invented (.example); vendor infrastructure
hostnames (calendar-notification@google.com, hire.lever.co, ashbyhq.com, ...) mimic real mail.
"""
import hashlib
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import default as _DEFAULT

POLICY = _DEFAULT.clone(max_line_length=998)
from email.utils import format_datetime

import yaml
from zoneinfo import ZoneInfo

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc
TOR = "America/Toronto"
NYC = "America/New_York"
LAX = "America/Los_Angeles"
LON = "Europe/London"
MTL = "America/Toronto"  # Montreal shares Toronto's rules
OWNER = "tamsin.achterberg@example.com"
OWNER_NAME = "Tamsin Achterberg"
OWNER_H = f"{OWNER_NAME} <{OWNER}>"


def dt(y, mo, d, h, mi, tz, wd=None):
    x = datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))
    if wd is not None:
        assert x.strftime("%a") == wd, (x, wd)
    return x


def iso(x):
    return x.isoformat()


def hid(*parts, n=16):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


# ---------------------------------------------------------------- iCalendar
def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        l = len(ch.encode("utf-8"))
        if n + l > 75:
            out.append(cur)
            cur, n = " ", 1
        cur += ch
        n += l
    out.append(cur)
    return "\r\n".join(out)


VTZ = {
    "America/Toronto": [
        "BEGIN:VTIMEZONE", "TZID:America/Toronto", "X-LIC-LOCATION:America/Toronto",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "America/Los_Angeles": [
        "BEGIN:VTIMEZONE", "TZID:America/Los_Angeles", "X-LIC-LOCATION:America/Los_Angeles",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "TZNAME:PST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "Eastern Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE"],
}
WIN2IANA = {"Eastern Standard Time": TOR}


def utcstamp(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def vevent(uid, start, end, summary, organizer, attendees, stamp, description="", location="",
           seq=0, status="CONFIRMED", tzid=None, extra=(), rrule=None, cancel=False):
    L = ["BEGIN:VEVENT"]
    if tzid:
        z = ZoneInfo(WIN2IANA.get(tzid, tzid))
        L.append(f"DTSTART;TZID={tzid}:{start.astimezone(z).strftime('%Y%m%dT%H%M%S')}")
        L.append(f"DTEND;TZID={tzid}:{end.astimezone(z).strftime('%Y%m%dT%H%M%S')}")
    else:
        L.append(f"DTSTART:{utcstamp(start)}")
        L.append(f"DTEND:{utcstamp(end)}")
    if rrule:
        L.append(f"RRULE:{rrule}")
    L.append(f"DTSTAMP:{utcstamp(stamp)}")
    if organizer:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    for name, email, ps in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={name}:mailto:{email}")
    L.append(f"SUMMARY:{esc(summary)}")
    if description:
        L.append(f"DESCRIPTION:{esc(description)}")
    if location:
        L.append(f"LOCATION:{esc(location)}")
    L.append(f"SEQUENCE:{seq}")
    L.append(f"STATUS:{'CANCELLED' if cancel else status}")
    L.append("TRANSP:OPAQUE")
    L.extend(extra)
    L.append("END:VEVENT")
    return L


def vcal(events, method="REQUEST", prodid="-//Google Inc//Google Calendar 70.9054//EN", tzids=()):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    for t in tzids:
        L.extend(VTZ[t])
    for e in events:
        L.extend(e)
    L.append("END:VCALENDAR")
    return "\r\n".join(fold(l) for l in L) + "\r\n"


# ---------------------------------------------------------------- e-mail
RCV_HOST = {"google.com": "mail-sor-f69.google.com", "outlook": "mail-yt3can01on2107.outbound.protection.outlook.com"}


def mail(frm, to, subject, date, text=None, html=None, cc=None, reply_to=None, sender=None,
         in_reply_to=None, references=None, text_cte=None, html_cte=None, cal=None,
         cal_method="REQUEST", cal_cte=None, attachments=(), delivered_to=OWNER, extra=(),
         msgid=None, relay="mx.mail-relay.example"):
    m = EmailMessage()
    m["Delivered-To"] = delivered_to
    m["Received"] = (f"from {relay} ({relay} [203.0.113.{int(hid(subject, n=2), 16) % 250 + 1}]) "
                     f"by mx1.example.com with ESMTPS id {hid(subject, date, n=12)} for <{delivered_to}>; "
                     f"{format_datetime(date.astimezone(UTC))}")
    addr = frm.split("<")[-1].rstrip(">")
    m["Return-Path"] = f"<{addr}>"
    m["Date"] = format_datetime(date)
    m["From"] = frm
    if sender:
        m["Sender"] = sender
    if reply_to:
        m["Reply-To"] = reply_to
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    dom = addr.split("@")[-1]
    m["Message-ID"] = msgid or f"<{hid(frm, subject, date, n=24)}@{dom}>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in extra:
        m[k] = v
    if text is not None:
        m.set_content(text, cte=text_cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte)
    if cal is not None:
        m.add_alternative(cal, subtype="calendar", params={"method": cal_method}, cte=cal_cte)
    for fname, data, params in attachments:
        m.add_attachment(data.encode("utf-8"), maintype="application" if fname.endswith("invite.ics") else "text",
                         subtype="ics" if fname.endswith("invite.ics") else "calendar",
                         filename=fname, params=params or {})
    return m


def h(s):
    """tiny text->html helper: paragraphs on blank lines, <br> on single newlines"""
    import html as _h
    paras = [p for p in s.strip("\n").split("\n\n")]
    body = "\n".join("<p>" + _h.escape(p).replace("\n", "<br>") + "</p>" for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n' + body +
            "\n</div></body></html>\n")


def hm(x):
    return x.strftime("%-I:%M %p")


def hm_g(x):
    s = x.strftime("%-I:%M%p").lower()
    return s.replace(":00", "")


def google_invite(org, guests, summary, start, end, tz, tzlabel, tzname, uid, date, seq=0,
                  description="", meet="", updated=False, cancelled=False):
    """Google Calendar invitation e-mail. org=(name,email); guests=[(name,email)] incl. owner."""
    ls, le = start.astimezone(ZoneInfo(tz)), end.astimezone(ZoneInfo(tz))
    when_subj = f"{ls.strftime('%a %b %-d, %Y')} {hm_g(ls)} - {hm_g(le)} ({tzlabel})"
    if tz == LON:
        when_subj = f"{ls.strftime('%a %-d %b %Y')} {ls.strftime('%H:%M')} - {le.strftime('%H:%M')} ({tzlabel})"
    pre = "Canceled event" if cancelled else ("Updated invitation" if updated else "Invitation")
    subject = f"{pre}: {summary} @ {when_subj} ({OWNER})"
    when_body = (f"{ls.strftime('%A %-d %b %Y')} ⋅ {ls.strftime('%H:%M')} – {le.strftime('%H:%M')}" if tz == LON
                 else f"{ls.strftime('%A %b %-d, %Y')} ⋅ {hm_g(ls)} – {hm_g(le)}")
    lines = []
    if updated:
        lines.append("This event has been updated\nChanged: date and time\n")
    if cancelled:
        lines.append("This event has been canceled and removed from your calendar.\n")
    lines += [summary, when_body, tzname, ""]
    if meet:
        lines += ["Join with Google Meet", meet, ""]
    lines += ["Organizer", org[0], org[1], "", "Guests"]
    for n, e in guests:
        if e == org[1]:
            lines += [f"{n} - organizer", e]
        elif n:
            lines += [n, e]
        else:
            lines += [e]
    lines += [""]
    if description:
        lines += [description, ""]
    lines += ["~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, "
              "be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP."]
    text = "\n".join(lines) + "\n"
    att = [(n or e, e, "ACCEPTED" if e == org[1] else "NEEDS-ACTION") for n, e in guests]
    desc = description + (f"\n\nJoin with Google Meet: {meet}" if meet else "")
    ev = vevent(uid, start, end, summary, org, att, date, description=desc, seq=seq,
                extra=[f"X-GOOGLE-CONFERENCE:{meet}"] if meet else [], cancel=cancelled)
    method = "CANCEL" if cancelled else "REQUEST"
    ics = vcal([ev], method=method)
    m = mail(f"{org[0]} <{org[1]}>", OWNER, subject, date, text=text, html=h(text),
             reply_to=f"{org[0]} <{org[1]}>", sender="Google Calendar <calendar-notification@google.com>",
             text_cte="base64", html_cte="quoted-printable", cal=ics, cal_method=method,
             attachments=[("invite.ics", ics, {"method": method})],
             msgid=f"<calendar-{hid(uid, seq, date, n=8)}-{hid(uid, n=4)}-{hid(seq, n=4)}@google.com>",
             relay="mail-sor-f69.google.com")
    return m


def exchange_invite(org, to, subject, start, end, date, uid, intro, attendees, seq=0, cancel=False,
                    french=False, location="Microsoft Teams Meeting", rrule=None, when_override=None,
                    delivered_to=OWNER, to_hdr=None):
    z = ZoneInfo(TOR)
    ls, le = start.astimezone(z), end.astimezone(z)
    if french:
        mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                "octobre", "novembre", "décembre"]
        jours = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
        when = (f"Quand : {jours[ls.weekday()]} {ls.day} {mois[ls.month - 1]} {ls.year} "
                f"{ls.strftime('%H:%M')}-{le.strftime('%H:%M')} (UTC-05:00) Est (États-Unis et Canada).\n"
                f"Où : Réunion Microsoft Teams")
        teams = ("________________________________________________________________________________\n"
                 "Réunion Microsoft Teams\nRejoindre sur votre ordinateur, application mobile ou appareil de salle\n"
                 f"Cliquez ici pour rejoindre la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hid(uid, n=20)}%40thread.v2/0>\n"
                 f"ID de la réunion : {int(hid(uid, 'id', n=10), 16) % 10**12:012d}\nCode secret : {hid(uid, 'pc', n=6)}\n"
                 "________________________________________________________________________________")
    else:
        when = when_override or (f"When: {ls.strftime('%A, %B %-d, %Y')} {hm(ls)}-{hm(le)} (UTC-05:00) Eastern Time (US & Canada).\n"
                                 f"Where: {location}")
        teams = ("________________________________________________________________________________\n"
                 "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                 f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hid(uid, n=20)}%40thread.v2/0>\n"
                 f"Meeting ID: {int(hid(uid, 'id', n=10), 16) % 10**12:012d}\nPasscode: {hid(uid, 'pc', n=6)}\n"
                 "________________________________________________________________________________")
    text = f"{when}\n\n*~*~*~*~*~*~*~*~*~*\n\n{intro}\n\n{'' if cancel else teams}\n"
    ev = vevent(uid, start, end, subject.split(": ", 1)[1] if cancel else subject, org, attendees, date,
                description=text, location="" if cancel else location, seq=seq, tzid="Eastern Standard Time",
                cancel=cancel, rrule=rrule,
                extra=[f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if cancel else "TENTATIVE"),
                       "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if cancel else "BUSY"), "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
                       "X-MICROSOFT-CDO-IMPORTANCE:1" if not cancel else "X-MICROSOFT-CDO-IMPORTANCE:2",
                       "X-MICROSOFT-CDO-INSTTYPE:1" if rrule else "X-MICROSOFT-CDO-INSTTYPE:0",
                       "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
                + ([f"X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hid(uid, n=20)}%40thread.v2/0"] if not cancel else []))
    method = "CANCEL" if cancel else "REQUEST"
    ics = vcal([ev], method=method, prodid="Microsoft Exchange Server 2010", tzids=["Eastern Standard Time"])
    m = mail(f"{org[0]} <{org[1]}>", to_hdr or to, subject, date, text=text, html=h(text), text_cte="quoted-printable",
             html_cte="quoted-printable", cal=ics, cal_method=method, cal_cte="base64", delivered_to=delivered_to,
             msgid=f"<YT3PR01MB{hid(uid, seq, n=12).upper()}@YT3PR01MB{hid(org, n=4).upper()}.CANPRD01.PROD.OUTLOOK.COM>",
             relay=RCV_HOST["outlook"],
             extra=[("Thread-Topic", subject[len("Canceled: "):] if cancel else subject), ("Accept-Language", "fr-CA, en-US" if french else "en-CA, en-US"),
                    ("Content-class", "urn:content-classes:calendarmessage"), ("X-MS-Has-Attach", ""),
                    ("X-MS-Exchange-Calendar-Series-Instance-Id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + hid(uid, n=20))])
    return m


CASES = {}
LABELS = {}


def case(cid, items, label):
    CASES[cid] = items
    LABELS[cid] = label


def iv(company, role, start, end, status, ivs, rec, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": ivs, "followup_recipients": rec, "kind": kind}


def lab(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


# ======================================================================= POSITIVES
def c01():
    co, role = "Lakehead Dominion Bank", "Data Scientist II, Retail Credit Risk"
    hg = ("Harpreet Gill", "harpreet.gill@ldbank.example")
    s, e = dt(2026, 3, 5, 11, 0, TOR, "Thu"), dt(2026, 3, 5, 11, 30, TOR, "Thu")
    d1 = dt(2026, 2, 27, 10, 14, TOR, "Fri")
    t1 = f"""Hello Tamsin,

Thank you for your interest in {co}. We are pleased to confirm the following interview.

Job Requisition: R-0048812 {role}
Interview Type: Phone Screen
Date: Thursday, 03/05/2026
Time: 11:00 AM - 11:30 AM (GMT-05:00) Eastern Time
Interviewer: Harpreet Gill, Senior Talent Acquisition Partner
Location: Phone - your interviewer will call the mobile number on your candidate profile

A calendar file is attached for your convenience. To view your application, sign in to the
LDB Careers site: https://ldbank.wd3.myworkday.com/ldb_careers/userHome

If you need to change this appointment, please contact your recruiter directly. This mailbox
is not monitored.

Lakehead Dominion Bank Talent Acquisition
"""
    ics1 = vcal([vevent("WD-INT-7f3c2a91-0048812@myworkday.com", s, e, f"Phone Screen - {role} - Lakehead Dominion Bank",
                        ("LDB Careers", "ldbank@myworkday.com"), [(OWNER_NAME, OWNER, "NEEDS-ACTION")], d1,
                        description="Interviewer: Harpreet Gill. Your interviewer will call the mobile number on your candidate profile.",
                        location="Phone")], prodid="-//Workday Inc//Workday Calendar//EN")
    m1 = mail("LDB Careers <ldbank@myworkday.com>", OWNER_H, f"Interview Scheduled - {role} (R-0048812)", d1,
              text=t1, html=h(t1), html_cte="quoted-printable",
              attachments=[("Interview.ics", ics1, {"method": "REQUEST"})], relay="mail-wd3.myworkday.com")
    d2 = dt(2026, 3, 2, 9, 2, TOR, "Mon")
    intro = f"""Hi Tamsin,

Sending a Teams link for Thursday's chat in case video is easier for you. If you'd rather stick with a plain phone call that's totally fine too, I'll have your number handy.

It's a casual 30 minutes: your background, what you're looking for, and an overview of the Retail Credit Risk modelling team.

Harpreet Gill (she/her)
Senior Talent Acquisition Partner, Analytics & Data
Lakehead Dominion Bank | 100 King Street West, 21st Floor, Toronto ON M5X 1A9
T 416-555-0143 | M 647-555-0118"""
    m2 = exchange_invite(hg, OWNER_H, f"Phone screen - Tamsin Achterberg ({role})", s, e, d2,
                         "040000008200E00074C5B7101A82E00800000000" + hid("c01", n=24).upper(), intro,
                         [(OWNER_NAME, OWNER, "NEEDS-ACTION")])
    case("b106-01-workday-bank-screen-plus-teams-invite",
         [("01-ldb-workday-interview-scheduled.eml", m1), ("02-teams-invite-phone-screen.eml", m2)],
         lab([iv(co, role, s, e, "scheduled", [hg[1]], [hg[1]], "phone_screen")], "medium", "positive/workday-dedupe",
             "Workday no-reply confirmation (MM/DD date, .ics) plus the recruiter's own Teams invite for the same "
             "slot -> one phone screen; the recruiter conducts it."))


def c02():
    co = "Assurances Belle-Rivière"
    role = "Scientifique de données principal(e)"
    gt = ("Geneviève Tremblay-Roy", "genevieve.tremblay-roy@belleriviere.example")
    ml = ("Mathieu Lavoie", "mathieu.lavoie@belleriviere.example")
    ib = ("Inès Benali", "ines.benali@belleriviere.example")
    s1, e1 = dt(2026, 3, 4, 9, 30, MTL, "Wed"), dt(2026, 3, 4, 10, 0, MTL, "Wed")
    s2, e2 = dt(2026, 3, 17, 14, 0, MTL, "Tue"), dt(2026, 3, 17, 15, 15, MTL, "Tue")
    sig = """Geneviève Tremblay-Roy
Conseillère principale, Acquisition de talents | Senior Talent Acquisition Advisor
Assurances Belle-Rivière
1200, avenue McGill College, bureau 900, Montréal (Québec) H3B 4G7
Tél. : 514 555-0127"""
    d1 = dt(2026, 2, 26, 15, 42, MTL, "Thu")
    t1 = f"""Bonjour Tamsin,

Merci de l'intérêt que vous portez à Assurances Belle-Rivière. J'ai beaucoup aimé lire votre candidature pour le poste de scientifique de données principal(e) (affichage no 2026-114).

Tel que convenu, je vous confirme un entretien téléphonique le mercredi 4 mars à 9 h 30 (HNE). Prévoyez une trentaine de minutes. Je vous appellerai au 416 555-0182.

---
Hi Tamsin, confirming our phone interview on Wednesday, March 4 at 9:30 a.m. ET (about 30 minutes). I'll call you at 416-555-0182.

Au plaisir,

{sig}
"""
    mid1 = f"<{hid('c02', 1, n=20)}@belleriviere.example>"
    m1 = mail(f"{gt[0]} <{gt[1]}>", OWNER_H, "Entretien téléphonique – Scientifique de données principal(e)", d1,
              text=t1, html=h(t1), text_cte="quoted-printable", html_cte="quoted-printable", msgid=mid1)
    d2 = dt(2026, 3, 6, 11, 5, MTL, "Fri")
    quoted = "\n".join("> " + l if l else ">" for l in t1.strip().split("\n"))
    t2 = f"""Bonjour Tamsin,

Merci encore pour notre échange de mercredi! J'ai le plaisir de vous inviter à la prochaine étape : une entrevue technique avec Mathieu Lavoie, directeur, Science des données, et Inès Benali, scientifique de données principale.

Date : le mardi 17 mars à 14 h (heure de l'Est)
Durée : 1 h 15 — présentation d'un projet (30 min) et exercice de modélisation en direct (45 min)
Format : Teams (l'invitation suit)

Merci de me confirmer votre disponibilité.

{sig}

Le jeu. 26 févr. 2026, à 15 h 42, Geneviève Tremblay-Roy <{gt[1]}> a écrit :
{quoted}
"""
    mid2 = f"<{hid('c02', 2, n=20)}@belleriviere.example>"
    m2 = mail(f"{gt[0]} <{gt[1]}>", OWNER_H, "RE: Entretien téléphonique – Scientifique de données principal(e)", d2,
              text=t2, text_cte="quoted-printable", in_reply_to=mid1, msgid=mid2)
    d3 = dt(2026, 3, 6, 11, 20, MTL, "Fri")
    intro = f"""Bonjour Tamsin,

Voici l'invitation Teams pour votre entrevue technique avec Mathieu Lavoie et Inès Benali. Veuillez préparer une présentation de 10 minutes sur un projet de modélisation dont vous êtes fière.

{sig}"""
    m3 = exchange_invite(gt, f"{OWNER_H}, {ml[0]} <{ml[1]}>, {ib[0]} <{ib[1]}>",
                         f"Entrevue technique – Tamsin Achterberg – {role}", s2, e2, d3,
                         "040000008200E00074C5B7101A82E00800000000" + hid("c02", n=24).upper(), intro,
                         [(OWNER_NAME, OWNER, "NEEDS-ACTION"), (ml[0], ml[1], "NEEDS-ACTION"), (ib[0], ib[1], "NEEDS-ACTION")],
                         french=True)
    case("b106-02-montreal-insurer-french-two-rounds",
         [("01-entretien-telephonique.eml", m1), ("02-re-entrevue-technique.eml", m2), ("03-invitation-teams-entrevue.eml", m3)],
         lab([iv(co, role, s1, e1, "scheduled", [gt[1]], [gt[1]], "phone_screen"),
              iv(co, role, s2, e2, "scheduled", [ml[1], ib[1]], [ml[1], ib[1]], "onsite")],
             "hard", "positive/two-interviews-french",
             "Canadian French: phone screen 'mercredi 4 mars à 9 h 30 (HNE)' (EST, before DST) by the recruiter, then a "
             "technical panel 'mardi 17 mars à 14 h' (EDT, after 8 March) for 1 h 15 with two interviewers; the French "
             "Outlook invite shows the '(UTC-05:00) Est' label."))


def c03():
    co, role = "Cobaltline", "Data Scientist, Marketplace Experimentation"
    mv = ("Marisol Vega", "marisol.vega@cobaltline.example")
    op = ("Owen Petrakis", "owen.petrakis@cobaltline.example")
    s0, e0 = dt(2026, 3, 12, 15, 0, LAX, "Thu"), dt(2026, 3, 12, 15, 45, LAX, "Thu")
    s, e = dt(2026, 3, 12, 15, 30, LAX, "Thu"), dt(2026, 3, 12, 16, 15, LAX, "Thu")
    d1 = dt(2026, 3, 6, 13, 37, LAX, "Fri")
    zoom = "https://cobaltline.zoom.us/j/83150274469?pwd=" + hid("c03zoom", n=22)
    t1 = f"""Hi Tamsin,

Your interview with Cobaltline has been confirmed. Please find the details below.

Position: {role}
Interview: Experimentation & Statistics Deep Dive
When: Thursday, March 12, 2026, 3:00 PM - 3:45 PM PDT
Interviewer: Owen Petrakis, Staff Data Scientist
Where: Zoom - {zoom}

Please add the attached calendar invitation to your calendar. If you have any questions, just reply to this
email and it will reach Marisol Vega, your recruiting contact.

Thanks,
The Cobaltline Recruiting Team

Sent via Lever
"""
    ics = vcal([vevent(f"lever-{hid('c03', n=32)}@hire.lever.co", s0, e0,
                       f"Cobaltline interview: Experimentation & Statistics Deep Dive (Tamsin Achterberg)", mv,
                       [(op[0], op[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")], d1,
                       description=f"Interviewer: Owen Petrakis\nZoom: {zoom}", location=zoom, tzid=LAX)],
               prodid="-//Lever//Lever Hire//EN", tzids=[LAX])
    mid1 = f"<{hid('c03', 1, n=24)}@hire.lever.co>"
    m1 = mail("Cobaltline <no-reply@hire.lever.co>", OWNER_H, f"Interview confirmation: Cobaltline - {role}", d1,
              text=t1, html=h(t1), reply_to=f"{mv[0]} <{mv[1]}>", html_cte="quoted-printable",
              attachments=[("invite.ics", ics, {"method": "REQUEST"})], msgid=mid1, relay="mail.hire.lever.co")
    d2 = dt(2026, 3, 9, 9, 12, LAX, "Mon")
    t2 = f"""Hi Tamsin,

Yep, pushing to 3:30 works for Owen, he's free until 4:30 anyway. Same Zoom link, so I won't send a new
invite - just drag the old one on your calendar.

So: Thu 3/12 @ 3:30p PST / 6:30p your time. Good luck!

Marisol

--
Marisol Vega | Technical Recruiter | Cobaltline
1100 Westlake Ave N, Seattle, WA 98109 | (206) 555-0164

On Sun, Mar 8, 2026 at 8:41 PM Tamsin Achterberg <{OWNER}> wrote:
> Hi Marisol,
>
> Thanks for setting this up! Would it be possible to push Thursday's interview
> back 30 minutes, to 3:30 your time? I have a seminar that runs until 6:15 Eastern.
>
> Thanks,
> Tamsin
>
> On Fri, Mar 6, 2026 at 4:37 PM Cobaltline <no-reply@hire.lever.co> wrote:
>> Your interview with Cobaltline has been confirmed.
>> When: Thursday, March 12, 2026, 3:00 PM - 3:45 PM PDT
>> Interviewer: Owen Petrakis, Staff Data Scientist
"""
    m2 = mail(f"{mv[0]} <{mv[1]}>", OWNER_H, f"Re: Interview confirmation: Cobaltline - {role}", d2, text=t2,
              cc=f"{op[0]} <{op[1]}>", in_reply_to=f"<{hid('c03', 'tamsin', n=20)}@mail.example.com>",
              references=f"{mid1} <{hid('c03', 'tamsin', n=20)}@mail.example.com>")
    case("b106-03-lever-seattle-push-to-330-by-reply",
         [("01-lever-interview-confirmation.eml", m1), ("02-re-push-to-330.eml", m2)],
         lab([iv(co, role, s, e, "scheduled", [op[1]], [op[1]], "technical")], "hard",
             "positive/thread-reschedule-by-reply",
             "Lever confirmation + .ics for 3:00 PT; a plain reply moves it 30 min to 3:30 ('3:30p PST', really PDT "
             "after 8 March, '6:30p your time'); no new invite. Duration 45 min kept."))


def c04():
    co, role = "Quillfeather AI", "Data Scientist, Trust & Safety"
    ra = ("Rosalind Achebe", "rosalind.achebe@quillfeather.example")
    lb = ("Lukas Brandt", "lukas.brandt@quillfeather.example")
    s1, e1 = dt(2026, 3, 16, 13, 0, TOR, "Mon"), dt(2026, 3, 16, 13, 45, TOR, "Mon")
    s2, e2 = dt(2026, 3, 19, 14, 0, TOR, "Thu"), dt(2026, 3, 19, 14, 45, TOR, "Thu")
    uid1, uid2 = f"ashby-{hid('c04a', n=24)}@ashbyhq.com", f"ashby-{hid('c04b', n=24)}@ashbyhq.com"
    meet1, meet2 = "https://meet.google.com/qfa-hmtr-kzd", "https://meet.google.com/qfa-wbxo-pnv"

    def ashby_html(head, lines, note=""):
        rows = "".join(f'<tr><td style="color:#6b7280;padding:4px 12px 4px 0">{k}</td><td style="padding:4px 0">{v}</td></tr>'
                       for k, v in lines)
        return ('<!DOCTYPE html><html><body style="margin:0;background:#f4f5f7"><table role="presentation" width="100%" '
                'cellpadding="0" cellspacing="0"><tr><td align="center"><table width="560" style="background:#ffffff;'
                'font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;color:#111827;padding:32px">'
                f'<tr><td><img src="https://app.ashbyhq.com/api/images/org-theme-logo/quillfeather.png" alt="Quillfeather AI" height="28"></td></tr>'
                f'<tr><td style="padding-top:24px"><h2 style="font-size:20px;margin:0 0 12px">{head}</h2>'
                f'<p>Hi Tamsin,</p>{note}<table>{rows}</table>'
                '<p style="color:#6b7280;font-size:13px;margin-top:24px">Need to make a change? Reply to this email and it will '
                'reach Rosalind Achebe on the Quillfeather recruiting team.</p></td></tr>'
                '<tr><td style="color:#9ca3af;font-size:12px;padding-top:24px">Powered by Ashby</td></tr>'
                '</table></td></tr></table></body></html>\n')
    d1 = dt(2026, 3, 10, 16, 2, LAX, "Tue")
    html1 = ashby_html("Your interview is confirmed",
                       [("Interview", "Hiring Manager Interview"), ("Role", role),
                        ("When", "Monday, March 16, 2026 &middot; 1:00 &ndash; 1:45 PM EDT"),
                        ("Time zone", "Eastern Time (America/Toronto)"),
                        ("With", "Lukas Brandt, Head of Data"), ("Where", f'<a href="{meet1}">{meet1}</a>')],
                       "<p>You're all set! Here are the details for your upcoming interview with Quillfeather AI.</p>")
    att = [(lb[0], lb[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")]
    ics1 = vcal([vevent(uid1, s1, e1, "Hiring Manager Interview - Quillfeather AI", ra, att, d1,
                        description=f"Hiring Manager Interview with Lukas Brandt\nGoogle Meet: {meet1}", location=meet1)],
                prodid="-//Ashby//Ashby Scheduling//EN")
    m1 = mail("Quillfeather Recruiting <no-reply@ashbyhq.com>", OWNER_H, "Your interview with Quillfeather AI is confirmed",
              d1, html=html1, reply_to=f"{ra[0]} <{ra[1]}>", html_cte="quoted-printable",
              attachments=[("invite.ics", ics1, {"method": "REQUEST"})], relay="mail.ashbyhq.com")
    d2 = dt(2026, 3, 13, 11, 48, LAX, "Fri")
    html2 = ashby_html("Your interview has been cancelled",
                       [("Interview", "Hiring Manager Interview"), ("Role", role),
                        ("Was scheduled for", "Monday, March 16, 2026 &middot; 1:00 &ndash; 1:45 PM EDT")],
                       "<p>A message from Rosalind:</p><blockquote style=\"border-left:3px solid #e5e7eb;padding-left:12px;"
                       "color:#374151\">So sorry Tamsin, Lukas has had a family emergency and will be out Monday. I've cancelled "
                       "the slot for now and will reach out early next week to rebook. Apologies for the disruption!</blockquote>")
    ics2 = vcal([vevent(uid1, s1, e1, "Hiring Manager Interview - Quillfeather AI", ra, att, d2, seq=1, cancel=True)],
                method="CANCEL", prodid="-//Ashby//Ashby Scheduling//EN")
    m2 = mail("Quillfeather Recruiting <no-reply@ashbyhq.com>", OWNER_H, "Cancelled: Hiring Manager Interview with Quillfeather AI",
              d2, html=html2, reply_to=f"{ra[0]} <{ra[1]}>", html_cte="quoted-printable",
              attachments=[("invite.ics", ics2, {"method": "CANCEL"})], relay="mail.ashbyhq.com")
    d3 = dt(2026, 3, 17, 10, 20, LAX, "Tue")
    t3 = f"""Hi Tamsin,

Good news, Lukas is back from leave! Could you do Thursday (3/19) at 11 PT / 2 ET? Same format, 45 minutes
with Lukas. If that works I'll book it and you'll get a fresh confirmation from our scheduling tool.

Thanks for your patience,
Rosalind

Rosalind Achebe | Recruiting Lead | Quillfeather AI
548 Market St #41200, San Francisco, CA 94104
"""
    m3 = mail(f"{ra[0]} <{ra[1]}>", OWNER_H, "Rebooking your interview with Lukas", d3, text=t3)
    d4 = dt(2026, 3, 17, 14, 5, LAX, "Tue")
    html4 = ashby_html("Your interview is confirmed",
                       [("Interview", "Hiring Manager Interview"), ("Role", role),
                        ("When", "Thursday, March 19, 2026 &middot; 2:00 &ndash; 2:45 PM EDT"),
                        ("Time zone", "Eastern Time (America/Toronto)"),
                        ("With", "Lukas Brandt, Head of Data"), ("Where", f'<a href="{meet2}">{meet2}</a>')],
                       "<p>You're all set! Here are the details for your upcoming interview with Quillfeather AI.</p>")
    ics4 = vcal([vevent(uid2, s2, e2, "Hiring Manager Interview - Quillfeather AI", ra, att, d4,
                        description=f"Hiring Manager Interview with Lukas Brandt\nGoogle Meet: {meet2}", location=meet2)],
                prodid="-//Ashby//Ashby Scheduling//EN")
    m4 = mail("Quillfeather Recruiting <no-reply@ashbyhq.com>", OWNER_H, "Your interview with Quillfeather AI is confirmed",
              d4, html=html4, reply_to=f"{ra[0]} <{ra[1]}>", html_cte="base64",
              attachments=[("invite.ics", ics4, {"method": "REQUEST"})], relay="mail.ashbyhq.com")
    case("b106-04-ashby-sf-cancel-then-rebook",
         [("01-ashby-confirmed.eml", m1), ("02-ashby-cancelled.eml", m2), ("03-rosalind-rebooking.eml", m3),
          ("04-ashby-confirmed-new-slot.eml", m4)],
         lab([iv(co, role, s1, e1, "cancelled", [lb[1]], [lb[1]], "hiring_manager"),
              iv(co, role, s2, e2, "scheduled", [lb[1]], [lb[1]], "hiring_manager")],
             "hard", "positive/cancel-then-rebook",
             "Ashby HTML-only confirmations. Monday slot cancelled (METHOD:CANCEL, same UID), re-booked Thursday as a "
             "NEW event (new UID) -> two entries."))


def c05():
    co, role = "Tessellate Labs", "Senior Data Scientist, Forecasting"
    km = ("Kenji Mori", "kenji.mori@tessellatelabs.example")
    sess = [
        (dt(2026, 3, 24, 10, 0, NYC, "Tue"), dt(2026, 3, 24, 10, 45, NYC), "Forecasting deep dive",
         ("Adaeze Nwosu", "adaeze.nwosu@tessellatelabs.example"), "Senior Data Scientist"),
        (dt(2026, 3, 24, 10, 45, NYC), dt(2026, 3, 24, 11, 30, NYC), "SQL & product analytics",
         ("Ravi Sethuraman", "ravi.sethuraman@tessellatelabs.example"), "Data Scientist"),
        (dt(2026, 3, 24, 12, 15, NYC), dt(2026, 3, 24, 13, 0, NYC), "Hiring manager conversation",
         ("Colette Marchand", "colette.marchand@tessellatelabs.example"), "Director, Data Science"),
        (dt(2026, 3, 24, 13, 0, NYC), dt(2026, 3, 24, 13, 45, NYC), "Collaboration & values",
         ("Bartholomew Quist", "bartholomew.quist@tessellatelabs.example"), "Engineering Manager, Planning"),
    ]
    d1 = dt(2026, 3, 18, 17, 25, NYC, "Wed")
    rows = []
    for st, en, title, p, t in sess[:2]:
        rows.append(f"{hm(st)} - {hm(en)} ET   {title} with {p[0]} ({t})")
    rows.append("11:30 AM - 12:15 PM ET   Lunch break (on your own, camera off!)")
    for st, en, title, p, t in sess[2:]:
        rows.append(f"{hm(st)} - {hm(en)} ET   {title} with {p[0]} ({t})")
    t1 = f"""Hi Tamsin,

We're excited to have you (virtually) meet the team! Below is your itinerary for your virtual onsite for the
{role} role on Tuesday, March 24, 2026. All times are Eastern Time. Each session has its own Google Meet
link; calendar files for every session are attached.

""" + "\n".join(rows) + f"""

A few tips: have a notebook or whiteboard app handy for the forecasting session, and feel free to ask Colette
anything about the team's roadmap.

If anything comes up, reply here or call me at (212) 555-0147.

Best,
Kenji Mori
Recruiting Coordinator, Tessellate Labs
85 Broad St, 17th Fl, New York, NY 10004
"""
    atts = []
    for i, (st, en, title, p, t) in enumerate(sess, 1):
        meet = f"https://meet.google.com/tsl-{hid('c05', i, n=4)}-{hid('c05m', i, n=3)}"
        ics = vcal([vevent(f"{hid('c05', 'uid', i, n=28)}@greenhouse.io", st, en,
                           f"Tessellate Labs Virtual Onsite: {title} ({p[0]})", km,
                           [(p[0], p[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")], d1,
                           description=f"{title} with {p[0]}, {t}.\nJoin: {meet}", location=meet)],
                   prodid="-//Greenhouse Software//Greenhouse Recruiting//EN")
        atts.append((f"interview_{i}_{title.split()[0].lower()}.ics", ics, {"method": "REQUEST"}))
    m1 = mail(f"{km[0]} <{km[1]}>", OWNER_H, f"Your virtual onsite itinerary - Tessellate Labs - Tuesday, March 24", d1,
              text=t1, html=h(t1), html_cte="quoted-printable", sender="Tessellate Labs via Greenhouse <no-reply@greenhouse.io>",
              attachments=atts, relay="mail.greenhouse.io")
    ivs = [x[3][1] for x in sess]
    case("b106-05-greenhouse-nyc-virtual-onsite",
         [("01-greenhouse-onsite-itinerary.eml", m1)],
         lab([iv(co, role, sess[0][0], sess[-1][1], "scheduled", ivs, ivs, "onsite")], "medium",
             "positive/onsite-itinerary",
             "Greenhouse itinerary with four sessions and a lunch break, one .ics per session -> one onsite "
             "10:00-13:45 ET with all four interviewers."))


def c06():
    co, role = "Ledgerwick", "Data Scientist (Fraud)"
    im = ("Imogen Fairclough", "imogen.fairclough@ledgerwick.example")
    hp = ("Hamish Oyelaran-Pike", "hamish.oyelaran-pike@ledgerwick.example")
    s0, e0 = dt(2026, 3, 24, 15, 0, LON, "Tue"), dt(2026, 3, 24, 16, 0, LON)
    s, e = dt(2026, 3, 26, 14, 0, LON, "Thu"), dt(2026, 3, 26, 15, 0, LON)
    uid = f"{hid('c06', n=26)}@google.com"
    guests = [im, hp, ("", OWNER)]
    summ = "Ledgerwick | Data Scientist (Fraud) | Tamsin Achterberg <> Hamish Oyelaran-Pike"
    desc = ("Hiring manager conversation with Hamish Oyelaran-Pike, Head of Fraud Analytics. 60 minutes: your "
            "experience, a fraud-modelling scenario, and your questions.")
    d_orig = dt(2026, 3, 16, 10, 31, LON, "Mon")
    d_upd = dt(2026, 3, 18, 9, 47, LON, "Wed")
    meet = "https://meet.google.com/ldw-fqra-xom"
    m_upd = google_invite(im, guests, summ, s, e, LON, "GMT", "United Kingdom Time", uid, d_upd, seq=1,
                          description=desc, meet=meet, updated=True)
    m_orig = google_invite(im, guests, summ, s0, e0, LON, "GMT", "United Kingdom Time", uid, d_orig, seq=0,
                           description=desc, meet=meet)
    d3 = dt(2026, 3, 18, 9, 52, LON, "Wed")
    t3 = f"""Hi Tamsin,

Apologies for the shuffle! Hamish has been pulled into our quarterly risk committee on Tuesday, so I've moved
your conversation to Thursday 26th at 2pm UK time. Our clocks don't go forward until the 29th, so that's
10am for you in Toronto rather than the usual 9 - I've double-checked :)

The updated invite should already be with you. Same Meet link.

Kind regards,
Imogen

Imogen Fairclough
Talent Partner | Ledgerwick
3 Finsbury Avenue, London EC2M 2PA
+44 20 7946 0321
"""
    m3 = mail(f"{im[0]} <{im[1]}>", OWNER_H, "Change of time - Ledgerwick interview", d3, text=t3, html=h(t3),
              text_cte="quoted-printable", html_cte="quoted-printable")
    case("b106-06-london-fintech-update-arrives-first",
         [("01-updated-invitation-thu.eml", m_upd), ("02-invitation-tue-original.eml", m_orig),
          ("03-imogen-change-of-time.eml", m3)],
         lab([iv(co, role, s, e, "scheduled", [hp[1]], [hp[1]], "hiring_manager")], "hard",
             "positive/out-of-order-update",
             "Google 'Updated invitation' (SEQUENCE 1) sorts before the original (SEQUENCE 0, same UID): the final "
             "time is the update, Thu 26 Mar 14:00 GMT = 10:00 Toronto during the 4-hour gap weeks."))


def c07():
    co, role = "Granite Shield Insurance", "Pricing Data Scientist"
    sk = ("Shauna Kowalczyk", "shauna.kowalczyk@graniteshield.example")
    s0, e0 = dt(2026, 3, 31, 10, 0, TOR, "Tue"), dt(2026, 3, 31, 10, 30, TOR)
    s, e = dt(2026, 4, 2, 10, 0, TOR, "Thu"), dt(2026, 4, 2, 10, 30, TOR)
    d1 = dt(2026, 3, 26, 20, 14, TOR, "Thu")
    t1 = f"""Hi Tamsin Achterberg,

A new event has been scheduled.

Event Type:
Intro Call - Pricing Data Scientist

Invitee:
Tamsin Achterberg

Invitee Email:
{OWNER}

Event Date/Time:
10:00am - 10:30am (Eastern Time - US & Canada) on Tuesday, March 31, 2026

Location:
Shauna will call you at +1 647-555-0199

Description:
A 30-minute introductory conversation with Shauna Kowalczyk, Talent Acquisition at Granite Shield Insurance,
about the Pricing Data Scientist opening.

View event in Calendly: https://calendly.com/events/{hid('c07', n=20)}

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{hid('c07c', n=20)}
Reschedule: https://calendly.com/reschedulings/{hid('c07r', n=20)}

Powered by Calendly.com
"""
    ics = vcal([vevent(f"{hid('c07', 'uid', n=32)}@calendly.com", s0, e0, "Intro Call - Pricing Data Scientist between Shauna Kowalczyk and Tamsin Achterberg",
                       sk, [(OWNER_NAME, OWNER, "ACCEPTED"), (sk[0], sk[1], "ACCEPTED")], d1,
                       description="Shauna will call you at +1 647-555-0199", location="+1 647-555-0199")],
               prodid="-//Calendly//Calendly//EN")
    m1 = mail("Calendly <notifications@calendly.com>", OWNER_H,
              "Confirmed: Intro Call - Pricing Data Scientist with Shauna Kowalczyk on Tuesday, March 31, 2026", d1,
              text=t1, html=h(t1), reply_to=f"{sk[0]} <{sk[1]}>", html_cte="quoted-printable",
              attachments=[("invite.ics", ics, {"method": "REQUEST"})], relay="mail.calendly.com")
    sig = """Shauna Kowalczyk
Talent Acquisition Specialist | Granite Shield Insurance
5650 Yonge Street, Suite 1400, North York, ON M2M 4G3
Direct: 416-555-0131"""
    d2 = dt(2026, 3, 30, 8, 3, TOR, "Mon")
    mid2 = f"<{hid('c07', 2, n=22)}@graniteshield.example>"
    t2 = f"""Hi Tamsin,

I'm so sorry - I've just been pulled into an all-morning workshop tomorrow. Could we do the same time Thursday
instead? I can move the booking on my end so you don't have to go through Calendly again.

Apologies for the shuffle!

{sig}
"""
    m2 = mail(f"{sk[0]} <{sk[1]}>", OWNER_H, "Tomorrow's intro call", d2, text=t2, msgid=mid2)
    d3 = dt(2026, 3, 30, 10, 41, TOR, "Mon")
    t3 = f"""Amazing, thank you for being flexible! Thursday at 10 it is - I'll call you then.

{sig}

-----Original Message-----
From: Tamsin Achterberg <{OWNER}>
Sent: Monday, March 30, 2026 10:22 AM
To: Shauna Kowalczyk <{sk[1]}>
Subject: Re: Tomorrow's intro call

Hi Shauna, no problem at all - Thursday works for me! Same number.
Tamsin

-----Original Message-----
From: Shauna Kowalczyk <{sk[1]}>
Sent: Monday, March 30, 2026 8:03 AM
Subject: Tomorrow's intro call

Could we do the same time Thursday instead?
"""
    m3 = mail(f"{sk[0]} <{sk[1]}>", OWNER_H, "RE: Tomorrow's intro call", d3, text=t3, in_reply_to=mid2)
    case("b106-07-calendly-insurer-same-time-thursday",
         [("01-calendly-confirmed.eml", m1), ("02-tomorrows-intro-call.eml", m2), ("03-re-thursday-it-is.eml", m3)],
         lab([iv(co, role, s, e, "scheduled", [sk[1]], [sk[1]], "phone_screen")], "hard",
             "positive/thread-reschedule-by-reply",
             "Calendly booking for Tue 31 Mar 10:00; recruiter asks for 'same time Thursday instead', confirmed by "
             "reply, no new Calendly mail -> Thu 2 Apr 10:00-10:30 EDT."))


def c08():
    co, role = "Harbourline Trust", "Senior Data Scientist, AML Analytics"
    ds = ("Dominic Szabo", "dominic.szabo@harbourlinetrust.example")
    yt = ("Yuki Tanabe-Ross", "yuki.tanabe-ross@harbourlinetrust.example")
    s, e = dt(2026, 3, 25, 14, 0, TOR, "Wed"), dt(2026, 3, 25, 15, 0, TOR)
    assert dt(2026, 3, 27, 11, 0, TOR, "Fri")
    sig = """Dominic Szabo
Talent Acquisition Partner, Technology & Analytics
Harbourline Trust | 181 Bay Street, Suite 2600, Toronto, ON M5J 2T3
T: 416.555.0157"""
    zoom = f"""Join Zoom Meeting
https://harbourlinetrust.zoom.us/j/94718253306?pwd={hid('c08z', n=26)}

Meeting ID: 947 1825 3306
Passcode: 518204
One tap mobile: +16475558102,,94718253306#,,,,*518204# Canada"""
    subj = f"Harbourline Trust - Hiring Manager Interview ({role})"
    d1 = dt(2026, 3, 12, 16, 30, TOR, "Thu")
    mid1 = f"<{hid('c08', 1, n=22)}@harbourlinetrust.example>"
    t1 = f"""Hi Tamsin,

Thanks for your flexibility on timing! I'm pleased to confirm your hiring manager interview with
Yuki Tanabe-Ross (Director, AML Analytics) on Wednesday, March 25 from 2:00 to 3:00 p.m. ET over Zoom.

{zoom}

Yuki will spend most of the hour on your past modelling work, so feel free to bring examples.

Best regards,
{sig}
"""
    m1 = mail(f"{ds[0]} <{ds[1]}>", OWNER_H, subj, d1, text=t1, html=h(t1), cc=f"{yt[0]} <{yt[1]}>",
              text_cte="base64", html_cte="base64", msgid=mid1)
    d2 = dt(2026, 3, 19, 9, 15, TOR, "Thu")
    mid2 = f"<{hid('c08', 2, n=22)}@harbourlinetrust.example>"
    t2 = f"""Hi Tamsin,

Unfortunately Yuki has been called into a regulator meeting on the 25th. Would Friday, March 27 at 11 a.m.
work instead? Same Zoom link, same length.

Sorry about this,
{sig}
"""
    m2 = mail(f"{ds[0]} <{ds[1]}>", OWNER_H, "RE: " + subj, d2, text=t2, cc=f"{yt[0]} <{yt[1]}>",
              in_reply_to=mid1, msgid=mid2)
    d3 = dt(2026, 3, 19, 13, 2, TOR, "Thu")
    mid3 = f"<{hid('c08', 3, n=22)}@harbourlinetrust.example>"
    t3 = f"""Thanks Tamsin - Friday at 11 it is, I've let Yuki know.

{sig}

From: Tamsin Achterberg <{OWNER}>
Sent: Thursday, March 19, 2026 12:48 PM
To: Dominic Szabo <{ds[1]}>
Subject: Re: {subj}

Hi Dominic, no worries - Friday at 11 works for me.
"""
    m3 = mail(f"{ds[0]} <{ds[1]}>", OWNER_H, "RE: " + subj, d3, text=t3, in_reply_to=mid2, msgid=mid3)
    d4 = dt(2026, 3, 23, 8, 47, TOR, "Mon")
    mid4 = f"<{hid('c08', 4, n=22)}@harbourlinetrust.example>"
    t4 = f"""Hi Tamsin,

Sorry for all the back-and-forth! The regulator meeting was pushed to April, so Yuki can do the original
slot after all. Could we go back to Wednesday the 25th at 2 p.m.? Friday is now tight on her side.

{sig}
"""
    m4 = mail(f"{ds[0]} <{ds[1]}>", OWNER_H, "RE: " + subj, d4, text=t4, cc=f"{yt[0]} <{yt[1]}>",
              in_reply_to=mid3, msgid=mid4)
    d5 = dt(2026, 3, 23, 11, 20, TOR, "Mon")
    t5 = f"""Perfect - back to Wednesday at 2 then. Same Zoom link as in my first note. Yuki's looking forward to it!

{sig}

From: Tamsin Achterberg <{OWNER}>
Sent: Monday, March 23, 2026 10:58 AM
Subject: Re: {subj}

That's fine, Wednesday at 2 works again. See you then!
"""
    m5 = mail(f"{ds[0]} <{ds[1]}>", OWNER_H, "RE: " + subj, d5, text=t5, cc=f"{yt[0]} <{yt[1]}>", in_reply_to=mid4)
    case("b106-08-zoom-bank-moved-then-moved-back",
         [("01-hm-interview-confirmation.eml", m1), ("02-re-can-we-move-to-friday.eml", m2),
          ("03-re-friday-at-11.eml", m3), ("04-re-back-to-wednesday.eml", m4), ("05-re-wednesday-confirmed.eml", m5)],
         lab([iv(co, role, s, e, "scheduled", [yt[1]], [yt[1]], "hiring_manager")], "hard",
             "positive/thread-moved-and-back",
             "Wed 25 Mar 2pm ET moved to Fri 27 Mar 11am, then moved back to the original Wednesday slot; all by "
             "e-mail (base64 first message), no invites. Final: Wed 2-3pm EDT."))


def c09():
    co, role = "Northern Lantern Life", "Data Scientist, Claims Analytics"
    fq = ("Farah Qureshi", "farah.qureshi@northernlantern.example")
    bf = ("Brendan Ferreira", "brendan.ferreira@northernlantern.example")
    s, e = dt(2026, 4, 9, 13, 30, TOR, "Thu"), dt(2026, 4, 9, 14, 30, TOR)
    uid = "040000008200E00074C5B7101A82E00800000000" + hid("c09", n=24).upper()
    subj = f"Interview: Tamsin Achterberg - {role}"
    att = [(OWNER_NAME, OWNER, "NEEDS-ACTION"), (bf[0], bf[1], "NEEDS-ACTION")]
    sig = """Farah Qureshi
Talent Acquisition Consultant | Northern Lantern Life
220 King Street North, Waterloo, ON N2J 4C2 | 519-555-0190"""
    intro1 = f"""Hi Tamsin,

As discussed, here is the invite for your interview with Brendan Ferreira (Manager, Claims Analytics). Plan for an hour: 40 minutes on a claims-severity modelling case and 20 minutes for your questions.

{sig}"""
    d1 = dt(2026, 4, 2, 14, 10, TOR, "Thu")
    m1 = exchange_invite(fq, f"{OWNER_H}, {bf[0]} <{bf[1]}>", subj, s, e, d1, uid, intro1, att)
    intro2 = f"""Hi Tamsin,

I'm sorry to do this on short notice - the Claims Analytics role has been put on hold while the team is restructured, so we need to cancel Thursday's interview. I'll keep your application on file and reach out directly if the role reopens.

{sig}"""
    d2 = dt(2026, 4, 7, 9, 55, TOR, "Tue")
    m2 = exchange_invite(fq, f"{OWNER_H}, {bf[0]} <{bf[1]}>", "Canceled: " + subj, s, e, d2, uid, intro2, att,
                         seq=1, cancel=True)
    case("b106-09-teams-insurer-cancelled-role-on-hold",
         [("01-teams-interview-invite.eml", m1), ("02-canceled-interview.eml", m2)],
         lab([iv(co, role, s, e, "cancelled", [bf[1]], [bf[1]], "hiring_manager")], "medium",
             "positive/cancellation-only",
             "Exchange/Teams invite (Windows TZID, UTC-05:00 label in April) then METHOD:CANCEL because the role is on "
             "hold -> cancelled interview at its last scheduled time."))


def c10():
    co, role = "Parcelbright", "Data Scientist, Pricing"
    ja = ("Jolene Abernathy", "jolene.abernathy@parcelbright.example")
    wl = ("Wen-Li Castellanos", "wenli.castellanos@parcelbright.example")
    s, e = dt(2026, 3, 10, 10, 30, NYC, "Tue"), dt(2026, 3, 10, 11, 15, NYC)
    assert dt(2026, 3, 9, 13, 0, NYC, "Mon") and dt(2026, 3, 11, 16, 0, NYC, "Wed")
    sig = """Jolene Abernathy | Senior Recruiter | Parcelbright
360 Hudson St, 9th Floor, New York, NY 10014
m: (917) 555-0123"""
    d1 = dt(2026, 3, 3, 11, 20, NYC, "Tue")
    mid1 = f"<{hid('c10', 1, n=22)}@parcelbright.example>"
    t1 = f"""Hi Tamsin,

Great speaking with you yesterday! The next step is a 45-minute technical screen with one of our data
scientists - some stats, a bit of SQL, live in CoderPad. Could you send me a few windows that work next week?
We're in New York, so anything between 10 and 5 ET is ideal.

{sig}
"""
    m1 = mail(f"{ja[0]} <{ja[1]}>", OWNER_H, "Parcelbright - next step for Data Scientist, Pricing", d1, text=t1,
              html=h(t1), msgid=mid1)
    d2 = dt(2026, 3, 4, 9, 5, NYC, "Wed")
    t2 = f"""Hi Tamsin,

Let's do the second option! You'll be meeting Wen-Li Castellanos from our pricing team; she'll send you a
Google Meet link the morning of. Her email is {wl[1]} in case anything comes up.

(US clocks change this weekend, but we're both on Eastern, so 10:30 is 10:30.)

{sig}

On Tue, Mar 3, 2026 at 9:14 PM Tamsin Achterberg <{OWNER}> wrote:
> Hi Jolene,
>
> Thanks, likewise! Here are a few options for next week (all Eastern):
>
> 1. Monday 3/9, any time after 1:00 pm
> 2. Tuesday 3/10 at 10:30 am
> 3. Wednesday 3/11, 4-5 pm
>
> Best,
> Tamsin
>
> On Tue, Mar 3, 2026 at 11:20 AM Jolene Abernathy <{ja[1]}> wrote:
>> The next step is a 45-minute technical screen with one of our data scientists.
>> Could you send me a few windows that work next week?
"""
    m2 = mail(f"{ja[0]} <{ja[1]}>", OWNER_H, "Re: Parcelbright - next step for Data Scientist, Pricing", d2, text=t2,
              text_cte="quoted-printable", in_reply_to=f"<{hid('c10', 'tam', n=20)}@mail.example.com>",
              references=f"{mid1} <{hid('c10', 'tam', n=20)}@mail.example.com>")
    case("b106-10-three-slots-second-option",
         [("01-next-step-send-windows.eml", m1), ("02-re-lets-do-the-second-option.eml", m2)],
         lab([iv(co, role, s, e, "scheduled", [wl[1]], [wl[1]], "technical")], "hard",
             "positive/thread-propose-pick",
             "Candidate proposes three slots (quoted); recruiter picks 'the second option' = Tue 3/10 10:30 ET, 45 min; "
             "first mail is in EST, interview falls after the 8 March switch (EDT)."))


def c11():
    co, role = "Stormpetrel Analytics", "Data Scientist, Machine Learning"
    pa = ("Pernille Aasgaard", "pernille.aasgaard@stormpetrel.example")
    cw = ("Callum Whitebread", "callum.whitebread@stormpetrel.example")
    s, e = dt(2026, 3, 19, 10, 0, LAX, "Thu"), dt(2026, 3, 19, 11, 0, LAX)
    d1 = dt(2026, 3, 13, 15, 22, LAX, "Fri")
    link = f"https://www.hackerrank.com/interviews/{hid('c11', n=10)}/candidate"
    html1 = f"""<!DOCTYPE html><html><body style="background:#f3f7f7;margin:0">
<table width="100%" cellpadding="0" cellspacing="0" role="presentation"><tr><td align="center">
<table width="600" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#0e141e;padding:30px">
<tr><td><img src="https://hrcdn.net/fcore/assets/brand/logo-new-white-green.svg" alt="HackerRank" width="140"></td></tr>
<tr><td style="font-size:16px;line-height:24px;padding-top:20px">
<p>Hi Tamsin Achterberg,</p>
<p><b>Stormpetrel Analytics</b> has invited you to a live coding interview on HackerRank.</p>
<table style="font-size:15px">
<tr><td style="color:#5b6a7d;padding-right:16px">Interview</td><td>Data Science Live Coding (Python + SQL)</td></tr>
<tr><td style="color:#5b6a7d;padding-right:16px">Date &amp; time</td><td>Thursday, March 19, 2026, 10:00 AM &ndash; 11:00 AM (America/Los_Angeles)</td></tr>
<tr><td style="color:#5b6a7d;padding-right:16px">Interviewer</td><td>Callum Whitebread</td></tr>
</table>
<p style="text-align:center;padding:20px 0"><a href="{link}" style="background:#1ba94c;color:#fff;padding:12px 28px;border-radius:4px;text-decoration:none">Join Interview</a></p>
<p>This is a live, collaborative session: your interviewer will join you in the same pad. We recommend testing your
audio and video beforehand at https://www.hackerrank.com/interviews/system-check.</p>
<p>Questions about this interview? Contact Pernille Aasgaard at {pa[1]}.</p>
</td></tr><tr><td style="font-size:12px;color:#8c9aab;padding-top:24px">HackerRank, 700 E El Camino Real, Mountain View, CA</td></tr>
</table></td></tr></table></body></html>
"""
    ics = vcal([vevent(f"{hid('c11', 'uid', n=30)}@hackerrank.com", s, e,
                       "Stormpetrel Analytics - Data Science Live Coding (Python + SQL)", pa,
                       [(cw[0], cw[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")], d1,
                       description=f"Join: {link}", location=link)], prodid="-//HackerRank//Interviews//EN")
    mid1 = f"<{hid('c11', 1, n=24)}@hackerrank.com>"
    m1 = mail("HackerRank <interviews@hackerrank.com>", OWNER_H, "Stormpetrel Analytics has invited you to an interview", d1,
              html=html1, html_cte="quoted-printable", reply_to=f"{pa[0]} <{pa[1]}>", msgid=mid1,
              attachments=[("interview.ics", ics, {"method": "REQUEST"})], relay="mail.hackerrank.com")
    d2 = dt(2026, 3, 18, 12, 10, LAX, "Wed")
    t2 = f"""Hi Tamsin,

Quick reminder that your live coding session with Callum Whitebread ({cw[1]}) is tomorrow, Thursday, at
10 am Pacific / 1 pm Eastern. It's 60 minutes in HackerRank (the link is in the invitation you got last week).
Expect one pandas problem and one SQL problem; you can use any documentation you like.

Good luck!
Pernille

Pernille Aasgaard | Technical Recruiter | Stormpetrel Analytics
2201 Sixth Avenue, Seattle, WA 98121 | (425) 555-0139
"""
    m2 = mail(f"{pa[0]} <{pa[1]}>", OWNER_H, "Reminder: tomorrow's live coding with Callum", d2, text=t2, html=h(t2))
    case("b106-11-hackerrank-live-coding-with-reminder",
         [("01-hackerrank-interview-invite.eml", m1), ("02-reminder-tomorrow.eml", m2)],
         lab([iv(co, role, s, e, "scheduled", [cw[1]], [cw[1]], "technical")], "medium",
             "positive/live-coding-vendor",
             "HackerRank live interview invite (HTML-only, .ics) plus a recruiter reminder the day before that "
             "restates the time ('tomorrow ... 10 am Pacific / 1 pm Eastern') -> one interview."))


def c12():
    co, role = "Ashgrove Financial", "Data Scientist, Customer Analytics"
    lv = ("Leona Vasquez-Harte", "leona.vasquez-harte@ashgrovefinancial.example")
    dk = ("Desmond Kwan", "desmond.kwan@ashgrovefinancial.example")
    s, e = dt(2026, 2, 23, 14, 0, TOR, "Mon"), dt(2026, 2, 23, 14, 45, TOR)
    ev = {
        "kind": "calendar#event",
        "etag": "\"3471226908374000\"",
        "id": hid("c12", n=26),
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + hid("c12", "eid", n=40),
        "created": "2026-02-17T15:02:11.000Z",
        "updated": "2026-02-17T15:04:37.187Z",
        "summary": f"Tamsin Achterberg / Desmond Kwan - {role}",
        "description": ("Conversation with Desmond Kwan, Director, Customer Analytics. 45 minutes. "
                        "Desmond will call into the Meet link below."),
        "creator": {"email": lv[1], "displayName": lv[0]},
        "organizer": {"email": lv[1], "displayName": lv[0]},
        "start": {"dateTime": s.isoformat(), "timeZone": TOR},
        "end": {"dateTime": e.isoformat(), "timeZone": TOR},
        "iCalUID": hid("c12", n=26) + "@google.com",
        "sequence": 0,
        "attendees": [
            {"email": lv[1], "displayName": lv[0], "organizer": True, "responseStatus": "accepted"},
            {"email": dk[1], "displayName": dk[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.google.com/agf-tnbq-wir",
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    d2 = dt(2026, 2, 24, 8, 12, TOR, "Tue")
    t2 = f"""Hi Tamsin,

Thank you for the kind note - I enjoyed our conversation too, especially your churn-uplift work. Leona will be
in touch about next steps later this week.

All the best,
Desmond

Desmond Kwan
Director, Customer Analytics | Ashgrove Financial
77 Adelaide Street West, Toronto, ON M5H 1P9
416-555-0165

On Mon, Feb 23, 2026 at 4:05 PM Tamsin Achterberg <{OWNER}> wrote:
> Hi Desmond,
>
> Thank you for taking the time to speak with me this afternoon. I really enjoyed hearing about how the
> team is rebuilding its next-best-offer models, and I'm even more excited about the role.
>
> Best regards,
> Tamsin
>
>> Tamsin Achterberg / Desmond Kwan - {role}
>> Monday Feb 23, 2026 ⋅ 2pm – 2:45pm
>> Eastern Time - Toronto
>> Join with Google Meet: https://meet.google.com/agf-tnbq-wir
"""
    m2 = mail(f"{dk[0]} <{dk[1]}>", OWNER_H, "Re: Thank you - Customer Analytics conversation", d2, text=t2,
              text_cte="quoted-printable", in_reply_to=f"<{hid('c12', 'tam', n=20)}@mail.example.com>")
    case("b106-12-gcal-event-then-thank-you-reply",
         [("01-interview-ashgrove.gcal.json", ev), ("02-re-thank-you.eml", m2)],
         lab([iv(co, role, s, e, "scheduled", [dk[1]], [dk[1]], "hiring_manager")], "medium",
             "positive/post-interview-thanks",
             "Calendar API event plus the interviewer's reply to her thank-you note, which quotes the invite again "
             "-> still one (past) interview."))


def c13():
    co, role = "Corvid Systems", "Senior Data Scientist"
    bt = ("Bronwyn Tait", "bronwyn.tait@maplewoodtalent.example")
    av = ("Anneliese Vourvoulias", "anneliese.vourvoulias@corvidsystems.example")
    s, e = dt(2026, 4, 7, 7, 30, LAX, "Tue"), dt(2026, 4, 7, 8, 30, LAX)
    assert s.astimezone(ZoneInfo(TOR)).strftime("%H:%M") == "10:30"
    d1 = dt(2026, 4, 1, 12, 48, TOR, "Wed")
    t1 = f"""Hi Tamsin,

Great news - see below from Corvid! Anneliese would like to meet you next Tuesday. 7:30 their time is half past
ten for you; early for her, but she's heading to an offsite afterwards. I've told them it works unless I hear
otherwise by end of day.

Happy to do a quick prep call beforehand if you'd like.

Bronwyn

Bronwyn Tait | Senior Recruiter, Data & Analytics
Maplewood Talent Partners | 2 Bloor St E, Suite 3100, Toronto, ON M4W 1A8
647-555-0176 | maplewoodtalent.example

---------- Forwarded message ---------
From: Anneliese Vourvoulias <{av[1]}>
Date: Tue, Mar 31, 2026 at 5:02 PM
Subject: Interview request - Tamsin Achterberg / Senior Data Scientist
To: Bronwyn Tait <{bt[1]}>

Hi Bronwyn,

Thanks for sending over Tamsin's profile, her forecasting background looks like a great fit. I'd like to set
up an hour with her on Tuesday, April 7 at 7:30am Pacific. I'll send a Zoom link to her directly once you
confirm.

Thanks,
Anneliese

Anneliese Vourvoulias
Head of Data Science, Corvid Systems | San Francisco
"""
    m1 = mail(f"{bt[0]} <{bt[1]}>", OWNER_H, "Fwd: Interview request - Tamsin Achterberg / Senior Data Scientist", d1,
              text=t1, html=h(t1), text_cte="quoted-printable", html_cte="quoted-printable")
    d2 = dt(2026, 4, 2, 9, 15, LAX, "Thu")
    t2 = f"""Hi Tamsin,

Bronwyn tells me Tuesday works - looking forward to it! Here's the link for 7:30 PT / 10:30 ET:

https://corvidsystems.zoom.us/j/86620419337?pwd={hid('c13z', n=24)}
Meeting ID: 866 2041 9337   Passcode: 7734

We'll talk through your forecasting work and what the team is building this year.

Anneliese
"""
    m2 = mail(f"{av[0]} <{av[1]}>", OWNER_H, "Zoom link for Tuesday", d2, text=t2, cc=f"{bt[0]} <{bt[1]}>")
    case("b106-13-agency-forward-half-past-ten",
         [("01-fwd-interview-request.eml", m1), ("02-zoom-link-for-tuesday.eml", m2)],
         lab([iv(co, role, s, e, "scheduled", [av[1]], [av[1]], "hiring_manager")], "hard",
             "positive/forwarded-agency",
             "Agency recruiter forwards the client's request ('Tuesday, April 7 at 7:30am Pacific', 'an hour'; "
             "'half past ten for you'); the hiring manager then sends the Zoom link. One interview."))


# ======================================================================= NEGATIVES
def c14():
    op = ("Odette Pelletier-Brown", "odette.pelletier-brown@lakeshoreu.example")
    s, e = dt(2026, 3, 20, 12, 0, TOR, "Fri"), dt(2026, 3, 20, 13, 0, TOR)
    d1 = dt(2026, 3, 16, 13, 0, TOR, "Mon")
    t1 = f"""Hi Tamsin,

Lovely to hear you've landed a hiring manager interview - congratulations! I've booked you in for a mock
interview on Friday at noon so we can practise beforehand. We'll do about 35 minutes of behavioural and
case questions as if I were the hiring manager, then 25 minutes of feedback.

Please bring the job posting and your resume. A calendar invite is on its way.

Odette Pelletier-Brown, MEd
Career Educator, Graduate & Alumni Career Services
Lakeshore University | 1 Spadina Crescent, Room 110, Toronto, ON
416-555-0108
"""
    m1 = mail(f"{op[0]} <{op[1]}>", OWNER_H, "Your mock interview - Friday at noon", d1, text=t1, html=h(t1))
    m2 = google_invite(op, [op, ("", OWNER)], "Mock Interview - Data Science (Tamsin Achterberg)", s, e, TOR, "EDT",
                       "Eastern Time - Toronto", f"{hid('c14', n=26)}@google.com", dt(2026, 3, 16, 13, 4, TOR),
                       description="Practice interview with Career Services: behavioural + case questions, then feedback. "
                                   "This is a coaching session, not an employer interview.",
                       meet="https://meet.google.com/lku-mock-prx")
    case("b106-14-career-centre-mock-interview",
         [("01-mock-interview-friday-noon.eml", m1), ("02-invitation-mock-interview.eml", m2)],
         lab([], "hard", "negative/mock-interview",
             "University career coach books a mock interview (Google invite titled 'Mock Interview') - coaching, not a job interview."))


def c15():
    pv = ("Priscilla Vanterpool", "priscilla@torontoappliedml.example")
    s, e = dt(2026, 3, 31, 18, 0, TOR, "Tue"), dt(2026, 3, 31, 20, 30, TOR)
    d1 = dt(2026, 3, 10, 19, 40, TOR, "Tue")
    t1 = f"""Hi Tamsin!

You're confirmed as one of our lightning speakers for the March meetup. Details:

Talk: "What 40 data science interviews taught me about take-homes, live coding and candidate experience"
Date: Tuesday, March 31
Doors 6:00 pm, talks start 6:30 pm, your slot is 7:10-7:30 pm (15 min + Q&A)
Venue: Junction Commons, 2nd floor, 1100 Dundas St W, Toronto

Please send slides by the Monday before so we can load them on the venue laptop. Calendar file attached!

Cheers,
Priscilla
Toronto Applied ML Meetup - organizing team
"""
    m1 = mail(f"{pv[0]} <{pv[1]}>", OWNER_H, "You're confirmed: lightning talk at Toronto Applied ML (Mar 31)", d1,
              text=t1, html=h(t1))
    ics = vcal([vevent(f"{hid('c15', n=24)}@torontoappliedml.example", s, e,
                       "Toronto Applied ML - March Meetup (speaker: Tamsin Achterberg)", pv,
                       [(OWNER_NAME, OWNER, "ACCEPTED")], d1,
                       description="Lightning talk: What 40 data science interviews taught me. Your slot: 7:10-7:30 pm.",
                       location="Junction Commons, 1100 Dundas St W, Toronto", tzid=TOR)],
               method="PUBLISH", prodid="-//Meetup Organizers//Event Export//EN", tzids=[TOR])
    case("b106-15-meetup-lightning-talk",
         [("01-speaker-confirmed.eml", m1), ("02-toronto-applied-ml-march.ics", ics)],
         lab([], "medium", "negative/meetup-talk",
             "She is speaking at a meetup about interviews (mail + standalone .ics) - not a job interview."))


def c16():
    d1 = dt(2026, 3, 9, 10, 3, LAX, "Mon")
    t1 = f"""Hi Tamsin,

Ridgeback Data has invited you to take a practice test before your General Coding Assessment.

Practice test: General Coding Framework (practice)
Deadline: Friday, March 13, 2026, 11:59 PM PDT
Time limit: 70 minutes, 4 questions

The practice test is optional and your results are NOT shared with Ridgeback Data. It helps you get familiar
with the IDE and the proctoring setup that candidates use for the real assessment. There is no interviewer
and nothing to schedule - start whenever you are ready before the deadline.

Start practice test: https://app.codesignal.com/practice-test/{hid('c16', n=16)}

Good luck!
The CodeSignal Team
CodeSignal, Inc. | 1000 Marsh Rd, Menlo Park, CA
"""
    m1 = mail("CodeSignal <noreply@codesignal.com>", OWNER_H, "Ridgeback Data invited you to a practice test", d1,
              text=t1, html=h(t1), relay="mail.codesignal.com")
    case("b106-16-codesignal-practice-test-deadline",
         [("01-codesignal-practice-test.eml", m1)],
         lab([], "medium", "negative/assessment-no-meeting",
             "CodeSignal practice assessment with a deadline (11:59 PM PDT) and a time limit; no live meeting."))


def c17():
    cm = ("Callista Mbeki", "callista.mbeki@blueheronre.example")
    d1 = dt(2026, 3, 16, 10, 30, TOR, "Mon")
    mid1 = f"<{hid('c17', 1, n=22)}@blueheronre.example>"
    t1 = f"""Hi Tamsin,

Thank you for applying to Blue Heron Re. We'd like to invite you to a 30-minute phone interview with me for
the Actuarial Data Scientist role. Please choose a time that suits you via the link below by Friday, March 20:

https://app.greenhouse.io/schedule/{hid('c17', 's', n=24)}/candidate

Slots are available Tuesday to Thursday next week between 9:30 am and 4 pm ET.

Best,
Callista Mbeki
Recruiter, Blue Heron Re | 145 Wellington St W, Toronto, ON | 416-555-0172
"""
    m1 = mail(f"{cm[0]} <{cm[1]}>", OWNER_H, "Interview invitation - Actuarial Data Scientist, Blue Heron Re", d1,
              text=t1, html=h(t1), msgid=mid1)
    d2 = dt(2026, 3, 17, 14, 2, TOR, "Tue")
    t2 = f"""Hi Tamsin,

Thanks so much for letting me know, and congratulations on how far along you are elsewhere. I've withdrawn
your application, and since nothing had been booked yet there's nothing on the calendar to cancel.

Best of luck, and don't hesitate to reach out in future!

Callista

On Tue, Mar 17, 2026 at 12:37 PM Tamsin Achterberg <{OWNER}> wrote:
> Hi Callista,
>
> Thank you for the invitation to interview! After some thought I've decided to withdraw from
> consideration, as I'm at the final stages with another company and want to focus there.
> I'd love to stay in touch.
>
> Best,
> Tamsin
"""
    m2 = mail(f"{cm[0]} <{cm[1]}>", OWNER_H, "Re: Interview invitation - Actuarial Data Scientist, Blue Heron Re", d2,
              text=t2, in_reply_to=f"<{hid('c17', 'tam', n=20)}@mail.example.com>",
              references=f"{mid1} <{hid('c17', 'tam', n=20)}@mail.example.com>")
    case("b106-17-invitation-declined-before-booking",
         [("01-interview-invitation-scheduling-link.eml", m1), ("02-re-withdrawn.eml", m2)],
         lab([], "hard", "negative/declined-before-booking",
             "Invitation to self-schedule a phone interview; she withdraws before booking anything -> no interview."))


def c18():
    s, e = dt(2026, 3, 26, 12, 0, TOR, "Thu"), dt(2026, 3, 26, 13, 0, TOR)
    d1 = dt(2026, 3, 19, 16, 45, TOR, "Thu")
    link = f"https://us06web.zoom.us/w/81234095571?tk={hid('c18', n=30)}"
    t1 = f"""Hi Tamsin,

Thank you for registering for "Transit Delay Forecasting Challenge: kickoff + interview with last season's
winners".

Please submit any questions to: webinars@kerneldome.example

Date Time: Mar 26, 2026 12:00 PM Eastern Time (US and Canada)

Join from PC, Mac, iPad, or Android:
{link}

Passcode: 220519

Add to calendar: the attached .ics file

You can cancel your registration at any time.
Kerneldome Competitions - compete, learn, share notebooks
"""
    ics = vcal([vevent(f"{hid('c18', n=24)}@zoom.us", s, e,
                       "Transit Delay Forecasting Challenge: kickoff + interview with last season's winners",
                       ("Kerneldome Competitions", "no-reply@zoom.us"), [(OWNER_NAME, OWNER, "ACCEPTED")], d1,
                       description=f"Webinar. Join: {link}", location=link)],
               prodid="-//zoom.us//iCalendar Event//EN")
    m1 = mail("Kerneldome Competitions <no-reply@zoom.us>", OWNER_H,
              "Transit Delay Forecasting Challenge: kickoff + interview with last season's winners Confirmation", d1,
              text=t1, html=h(t1), reply_to="webinars@kerneldome.example",
              attachments=[("iCalendar.ics", ics, {})], relay="mail.zoom.us")
    case("b106-18-kaggle-style-competition-webinar",
         [("01-zoom-webinar-registration.eml", m1)],
         lab([], "medium", "negative/webinar",
             "Zoom webinar registration for a data-science competition kickoff featuring an 'interview with the winners'."))


def c19():
    rk = ("Ravindra Kulkarni", "ravindra.kulkarni@harbourfrontgrocers.example")
    work = "tamsin.achterberg@harbourfrontgrocers.example"
    s, e = dt(2026, 3, 16, 9, 30, TOR, "Mon"), dt(2026, 3, 16, 9, 45, TOR)
    intro = """Hi team,

Moving our standup 15 minutes earlier starting Monday so it no longer clashes with the merchandising sync. Same format: yesterday / today / blockers, 15 minutes max.

On Thursday we'll also use standup to sort out the interview schedule for the summer intern candidates - I'll need two volunteers for each candidate panel.

Ravi
Ravindra Kulkarni | Manager, Pricing & Promotions Data Science
Harbourfront Grocers | 25 Queens Quay E, Toronto, ON"""
    when = ("When: Occurs every weekday effective 3/16/2026 from 9:30 AM to 9:45 AM (UTC-05:00) Eastern Time (US & Canada).\n"
            "Where: Microsoft Teams Meeting")
    team = "Pricing & Promo DS <pricing-promo-ds@harbourfrontgrocers.example>"
    m1 = exchange_invite(rk, None, "Daily standup - Pricing & Promo DS", s, e, dt(2026, 3, 12, 16, 5, TOR, "Thu"),
                         "040000008200E00074C5B7101A82E00800000000" + hid("c19", n=24).upper(), intro,
                         [("Pricing & Promo DS", "pricing-promo-ds@harbourfrontgrocers.example", "NEEDS-ACTION"),
                          (OWNER_NAME, work, "NEEDS-ACTION")],
                         rrule="FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;WKST=SU", when_override=when,
                         to_hdr=f"{team}, {OWNER_NAME} <{work}>")
    case("b106-19-current-job-daily-standup",
         [("01-daily-standup-recurring.eml", m1)],
         lab([], "medium", "negative/internal-meeting",
             "Recurring Teams standup at her current employer (work address auto-forwarded); mentions scheduling intern "
             "candidate interviews she would conduct -> not her job interview."))


def c20():
    od = ("Oksana Delacroix-Hill", "oksana.delacroix-hill@lumenfold.example")
    d1 = dt(2026, 3, 20, 15, 12, TOR, "Fri")
    t1 = f"""Dear Tamsin,

Thank you for taking the time to interview with us on Tuesday, March 10 at 2:00 pm for the Senior Data
Scientist, Underwriting role. The panel enjoyed meeting you and appreciated the thought you put into the
pricing case.

After careful consideration, we have decided to move forward with another candidate whose experience more
closely matches the team's immediate needs. This was a difficult decision.

If you'd like feedback, I'm happy to set up a short call - just reply and let me know. We'd also love to keep
you in mind for future roles.

Warm regards,
Oksana Delacroix-Hill
Talent Acquisition Lead | Lumenfold Insurance
100 Consilium Place, Scarborough, ON | 416-555-0114
"""
    m1 = mail(f"{od[0]} <{od[1]}>", OWNER_H, "Your application - Senior Data Scientist, Underwriting", d1, text=t1,
              html=h(t1), text_cte="base64", html_cte="base64")
    case("b106-20-rejection-mentions-past-interview",
         [("01-application-update.eml", m1)],
         lab([], "medium", "negative/rejection",
             "Rejection that restates a past interview date/time and offers an unbooked feedback call."))


def c21():
    d1 = dt(2026, 3, 20, 9, 0, TOR, "Fri")
    t1 = f"""Hello Tamsin,

Thank you for your interest in the Data Scientist, Analytics position at Kestrelmoor Bank. The next step in
our process is an on-demand video interview.

Deadline: Friday, March 27, 2026 at 11:59 PM ET
Length: about 30 minutes (5 recorded questions, 3 minutes each, one practice question)

There is no live interviewer - you record your answers at any time that suits you before the deadline.
Start your interview: https://app.hirevue.com/interviews/{hid('c21', n=20)}

Tips: use Chrome or the HireVue app, find a quiet space, and check your camera and microphone first.

Best regards,
Kestrelmoor Bank Campus & Early Talent Recruiting
This message was sent by HireVue on behalf of Kestrelmoor Bank. Please do not reply.
"""
    m1 = mail("Kestrelmoor Bank <noreply@hirevue.com>", OWNER_H,
              "Kestrelmoor Bank - complete your video interview for Data Scientist, Analytics", d1, text=t1, html=h(t1),
              relay="mail.hirevue.com")
    case("b106-21-hirevue-one-way-video-deadline",
         [("01-hirevue-on-demand-interview.eml", m1)],
         lab([], "medium", "negative/one-way-video",
             "HireVue on-demand (one-way) video interview with a deadline; no live conversation."))


def c22():
    ra = ("Reuben Alcántara", "reuben.alcantara@northpinegames.example")
    s, e = dt(2026, 4, 2, 12, 0, LAX, "Thu"), dt(2026, 4, 2, 12, 30, LAX)
    d1 = dt(2026, 3, 27, 17, 30, LAX, "Fri")
    t1 = f"""Hi Tamsin,

Happy to chat! Just to set expectations: this isn't an interview - we don't have any data science openings
right now and I'm not involved in hiring. But I'm glad to tell you what the analytics team at Northpine is
like and how I ended up in games. Sending an invite for Thursday at noon my time (3 pm yours).

Reuben
"""
    m1 = mail(f"{ra[0]} <{ra[1]}>", OWNER_H, "Re: Fellow Lakeshore alum - coffee chat?", d1, text=t1,
              text_cte="quoted-printable", in_reply_to=f"<{hid('c22', 'tam', n=20)}@mail.example.com>")
    m2 = google_invite(ra, [ra, ("", OWNER)], "Coffee chat: Tamsin <> Reuben (informational)", s, e, LAX, "PDT",
                       "Pacific Time - Los Angeles", f"{hid('c22', n=26)}@google.com", dt(2026, 3, 27, 17, 34, LAX),
                       description="Informal informational chat - not part of any hiring process.",
                       meet="https://meet.google.com/npg-cofe-tlk")
    case("b106-22-informational-coffee-chat-not-interview",
         [("01-re-coffee-chat.eml", m1), ("02-invitation-coffee-chat.eml", m2)],
         lab([], "hard", "negative/informational-chat",
             "Alumni coffee chat explicitly 'not an interview', no openings; Google invite titled 'Coffee chat'."))


# ======================================================================= writer
def main():
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              c14, c15, c16, c17, c18, c19, c20, c21, c22):
        f()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and name.startswith("b106-"):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fname, obj in items:
            p = os.path.join(d, fname)
            if fname.endswith(".eml"):
                for i, part in enumerate(obj.walk()):
                    if part.is_multipart():  # deterministic MIME boundaries
                        part.set_boundary(f"0000000000{hid(cid, fname, i, n=14)}")
                data = obj.as_bytes(policy=POLICY)
            elif fname.endswith(".ics"):
                data = obj.encode("utf-8")
            else:
                data = (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
            with open(p, "wb") as fh:
                fh.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# Labels for blind106 (written blind; see README.md). Schema as in shared/eval/README.md.\n")
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=110)


if __name__ == "__main__":
    main()
