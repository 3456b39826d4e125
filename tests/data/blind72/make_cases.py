#!/usr/bin/env python3
"""Deterministic generator for the blind72 interview-detection set.

Theme: a senior backend developer in Warsaw/Krakow (Europe/Warsaw) working remotely for US and EU
startups through talent marketplaces / vetting platforms and Polish employers. Mail in Polish and English.
All people, companies and domains are invented (.example). Rewrites every case folder and labels.yaml.

    python make_cases.py
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
from email import policy as _policy

SERIAL = _policy.default.clone(max_line_length=998)

HERE = os.path.dirname(os.path.abspath(__file__))
OWNER = "jakub.sadowski@example.com"
OWNER_NAME = "Jakub Sadowski"
OWNER_ADDR = f"{OWNER_NAME} <{OWNER}>"
UTC = timezone.utc
WAW = ZoneInfo("Europe/Warsaw")
LA = ZoneInfo("America/Los_Angeles")
PAR = ZoneInfo("Europe/Paris")
AMS = ZoneInfo("Europe/Amsterdam")
BER = ZoneInfo("Europe/Berlin")
LON = ZoneInfo("Europe/London")


def T(y, mo, d, h, mi, tz, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def iso(dt):
    return dt.isoformat()


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def h12(dt):
    """'3pm' / '3:30pm' in the datetime's own zone (Google Calendar style)."""
    h = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    return f"{h}{ap}" if dt.minute == 0 else f"{h}:{dt.minute:02d}{ap}"


# ------------------------------------------------------------------ iCalendar (by hand, CRLF, folded)
def fold(line):
    out, cur, n, limit = [], "", 0, 75
    for ch in line:
        b = len(ch.encode("utf-8"))
        if n + b > limit:
            out.append(cur)
            cur, n, limit = " ", 1, 75
        cur += ch
        n += b
    out.append(cur)
    return "\r\n".join(out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ = {
    "Central European Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Central European Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Pacific Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Pacific Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "America/Los_Angeles": [
        "BEGIN:VTIMEZONE", "TZID:America/Los_Angeles", "X-LIC-LOCATION:America/Los_Angeles",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "TZNAME:PST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD", "END:VTIMEZONE"],
    "Europe/Warsaw": [
        "BEGIN:VTIMEZONE", "TZID:Europe/Warsaw", "X-LIC-LOCATION:Europe/Warsaw",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"],
}


def ics(events, method="REQUEST", prodid="-//Google Inc//Google Calendar 70.9054//EN", tzids=(), extra_top=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += list(extra_top)
    for t in tzids:
        lines += VTZ[t]
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def vevent(uid, start, end, summary, organizer, attendees, stamp, description="", location="", seq=0,
           status="CONFIRMED", tzid=None, extra=(), lang=None):
    """organizer=(name,email); attendees=[(name,email,partstat)]; tzid None -> UTC 'Z' times."""
    L = ["BEGIN:VEVENT"]
    if tzid:
        L += [f"DTSTART;TZID={tzid}:{local(start)}", f"DTEND;TZID={tzid}:{local(end)}"]
    else:
        L += [f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}"]
    L.append(f"DTSTAMP:{zstamp(stamp)}")
    if organizer:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    for name, mail, ps in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={name};"
                 f"X-NUM-GUESTS=0:mailto:{mail}")
    lp = f";LANGUAGE={lang}" if lang else ""
    L.append(f"DESCRIPTION{lp}:{esc(description)}")
    L.append(f"LOCATION{lp}:{esc(location)}")
    L += [f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY{lp}:{esc(summary)}", "TRANSP:OPAQUE"]
    L += list(extra)
    L.append("END:VEVENT")
    return L


def exchange_extra(seq, busy="TENTATIVE", intended="BUSY", teams=None):
    e = [f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
         f"X-MICROSOFT-CDO-INTENDEDSTATUS:{intended}", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
         "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
         "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    if teams:
        e.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams}")
    return e


# ------------------------------------------------------------------ e-mail
def build_mail(key, headers, text=None, html=None, text_cte="quoted-printable", html_cte="quoted-printable",
               cal=None, cal_method="REQUEST", cal_cte="base64", attachments=()):
    m = EmailMessage()
    for k, v in headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, cte=text_cte)
    if html is not None:
        if text is None:
            m.set_content(html, subtype="html", cte=html_cte)
        else:
            m.add_alternative(html, subtype="html", cte=html_cte)
    if cal is not None:
        m.add_alternative(cal.encode("utf-8"), "text", "calendar", cte=cal_cte,
                          params={"method": cal_method, "charset": "UTF-8"})
    for data, mt, st, fname in attachments:
        m.add_attachment(data, mt, st, filename=fname)
    i = 0
    for part in m.walk():
        if part.is_multipart():
            i += 1
            h = hashlib.sha1(f"{key}/{i}".encode()).hexdigest()
            part.set_boundary(f"0000000000{h[:16]}")
    return m.as_bytes(policy=SERIAL)


def received(host, date):
    return ("Received", f"from {host} by mx.mail.example with ESMTPS id {hashlib.md5(host.encode()).hexdigest()[:12]}"
                        f" for <{OWNER}>; {format_datetime(date)}")


def hdrs(frm, subject, date, msgid, to=OWNER_ADDR, cc=None, reply_to=None, irt=None, refs=None, extra=(),
         delivered=OWNER, sender=None, host="mail.example"):
    h = [("Delivered-To", delivered), received(host, date)]
    h += [("Date", format_datetime(date)), ("From", frm)]
    if sender:
        h.append(("Sender", sender))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", subject), ("Message-ID", msgid)]
    if irt:
        h.append(("In-Reply-To", irt))
        h.append(("References", refs or irt))
    h += list(extra)
    return h


def quote(text, who, when, wrote="wrote"):
    q = "\n".join(("> " + l) if not l.startswith(">") else (">" + l) if l else ">" for l in text.strip("\n").split("\n"))
    return f"\n\n{when}, {who} {wrote}:\n{q}\n"


def gmail_id(seed):
    return f"<CA{hashlib.sha1(seed.encode()).hexdigest()[:30]}@mail.gmail.com>"


def html_wrap(body, font="Arial,Helvetica,sans-serif"):
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">{body}</div></body></html>\n')


def p(text):
    import html as _h
    paras = text.strip("\n").split("\n\n")
    return "".join("<p>" + _h.escape(x).replace("\n", "<br>") + "</p>\n" for x in paras)


def google_invite(key, *, organizer, attendees, start, end, summary, description, stamp, uid, seq=0,
                  method="REQUEST", status="CONFIRMED", updated=False, cancelled=False, show_tz=WAW,
                  show_tz_name="Central European Time - Warsaw", reply_to=None, meet="https://meet.google.com/xkp-rtbd-qwe"):
    s, e = start.astimezone(show_tz), end.astimezone(show_tz)
    abbr = s.strftime("%Z")
    when = f"{s.strftime('%a %b')} {s.day}, {s.year} {h12(s)} - {h12(e)} ({abbr})"
    pre = "Canceled event" if cancelled else ("Updated invitation" if updated else "Invitation")
    subject = f"{pre}: {summary} @ {when} ({OWNER})"
    guests = "\n".join(f"{n}\n{m}" for n, m, _ in attendees)
    head = ""
    if updated:
        head = "This event has been updated\nChanged: time\n\n"
    if cancelled:
        head = "This event has been canceled and removed from your calendar.\n\n"
    text = (f"{head}{summary}\n{s.strftime('%A %b')} {s.day}, {s.year} \u22c5 {h12(s)} \u2013 {h12(e)}\n"
            f"{show_tz_name}\n\nJoin with Google Meet\n{meet}\n\nOrganizer\n{organizer[0]}\n{organizer[1]}\n\n"
            f"Guests\n{guests}\n\n{description}\n\n~~//~~\nInvitation from Google Calendar: "
            f"https://calendar.google.com/calendar/\n\nYou are receiving this email because you are an attendee on "
            f"the event.\n")
    html = html_wrap(p(text), "Roboto,Helvetica,Arial,sans-serif")
    ev = vevent(uid, start, end, summary, organizer, attendees, stamp, description=description, seq=seq,
                status="CANCELLED" if cancelled else status, extra=[f"X-GOOGLE-CONFERENCE:{meet}"])
    cal = ics([ev], method="CANCEL" if cancelled else method)
    h = [("Delivered-To", OWNER), received("mail-sor-f41.google.com", stamp),
         ("Return-Path", f"<{hashlib.md5(key.encode()).hexdigest()[:20]}@calendar-server.bounces.google.com>")]
    h.append(("Reply-To", reply_to or f"{organizer[0]} <{organizer[1]}>"))
    h += [("Sender", "Google Calendar <calendar-notification@google.com>"),
          ("Message-ID", f"<calendar-{hashlib.sha1(key.encode()).hexdigest()[:24]}@google.com>"),
          ("Date", format_datetime(stamp.astimezone(UTC))), ("Subject", subject),
          ("From", f"{organizer[0]} <{organizer[1]}>"), ("To", OWNER)]
    return build_mail(key, h, text=text, html=html, text_cte="base64", cal=cal,
                      cal_method="CANCEL" if cancelled else method, cal_cte="8bit",
                      attachments=[(cal.encode(), "application", "ics", "invite.ics")])


def outlook_invite(key, *, organizer, to, attendees, start, end, tzid, when_label, summary, body, stamp, uid, seq=0,
                   cancel=False, lang="en-US", location="Microsoft Teams Meeting", teams=None, cc=None):
    teams = teams or ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
                      + hashlib.sha1(key.encode()).hexdigest()[:32] + "%40thread.v2/0")
    where = "Gdzie" if lang.startswith("pl") else "Where"
    whenw = "Kiedy" if lang.startswith("pl") else "When"
    text = (f"{whenw}: {when_label}\n{where}: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}\n\n"
            + "_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{teams}>\nMeeting ID: 3{int(hashlib.md5(key.encode()).hexdigest()[:10], 16) % 10**11:011d}\n"
            "Passcode: q7Xk2M\n" + "_" * 80 + "\n")
    html = html_wrap(p(text), "Aptos,Calibri,sans-serif")
    ev = vevent(uid, start.astimezone(ZoneInfo(IANA_OF[tzid])), end.astimezone(ZoneInfo(IANA_OF[tzid])),
                summary, organizer, attendees, stamp, description=text, location=location, seq=seq,
                status="CANCELLED" if cancel else "CONFIRMED", tzid=tzid, lang=lang,
                extra=exchange_extra(seq, busy="FREE" if cancel else "TENTATIVE",
                                     intended="FREE" if cancel else "BUSY", teams=None if cancel else teams))
    cal = ics([ev], method="CANCEL" if cancel else "REQUEST", prodid="Microsoft Exchange Server 2010",
              tzids=[tzid])
    cal = cal.replace("CALSCALE:GREGORIAN\r\n", "")
    dom = organizer[1].split("@")[1]
    h = [("Delivered-To", OWNER), received(f"EUR05-AM6-obe.outbound.protection.outlook.{dom}", stamp),
         ("From", f"{organizer[0]} <{organizer[1]}>"), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", ("Canceled: " if cancel else "") + summary), ("Thread-Topic", summary),
          ("Date", format_datetime(stamp.astimezone(UTC))),
          ("Message-ID", f"<{hashlib.sha1(key.encode()).hexdigest()[:32].upper()}@AM6PR03MB{dom[:4].upper()}.eurprd03.prod.outlook.com>"),
          ("Accept-Language", lang), ("Content-Language", lang),
          ("Content-class", "urn:content-classes:calendarmessage"), ("X-MS-Has-Attach", "")]
    return build_mail(key, h, text=text, html=html, cal=cal, cal_method="CANCEL" if cancel else "REQUEST")


IANA_OF = {"Central European Standard Time": "Europe/Warsaw", "Pacific Standard Time": "America/Los_Angeles"}

# ------------------------------------------------------------------ cases
CASES = {}


def case(cid, items, label):
    CASES[cid] = (items, label)


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


def lab(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


SIG_JS = "Jakub Sadowski\nSenior Backend Developer\n+48 601 442 903"


# 01 ---------------------------------------------------------------- vetting platform's own screening interview
def c01():
    cid = "b72-01-vettora-screening-slotkeeper"
    s, e = T(2026, 2, 4, 10, 30, WAW), T(2026, 2, 4, 11, 0, WAW)
    sent = T(2026, 2, 2, 11, 4, WAW, 17)
    rachel = ("Rachel Onwuka", "rachel.onwuka@vettora.example")
    text1 = f"""Hi Jakub,

Your Vettora screening interview is booked.

What:  Vettora Screening Interview - Senior Backend Engineer track
When:  Wednesday, February 4, 2026, 10:30 - 11:00 (Central European Time - Warsaw)
With:  Rachel Onwuka, Talent Screening Lead, Vettora
Where: Google Meet - https://meet.google.com/vtr-onwk-aaq

What to expect: a 30-minute conversation in English with a member of our Talent team about your
background, the systems you've built and what kind of client engagements you're after. There is no
coding in this call - the live technical screen comes afterwards if we move forward.

Need to reschedule? https://slotkeeper.example/r/7Qk2xVt9 (at least 24 hours in advance, please)

Sent by SlotKeeper on behalf of Vettora. Questions? Just reply - your reply goes to Rachel.
"""
    ev = vevent("sk-7Qk2xVt9@slotkeeper.example", s, e, "Vettora Screening Interview - Jakub Sadowski",
                ("Vettora Scheduling", "scheduling@slotkeeper.example"),
                [rachel + ("ACCEPTED",), (OWNER_NAME, OWNER, "NEEDS-ACTION")], sent,
                description="30-minute screening interview with Rachel Onwuka (Vettora Talent).\nGoogle Meet: "
                            "https://meet.google.com/vtr-onwk-aaq", location="https://meet.google.com/vtr-onwk-aaq")
    cal = ics([ev], prodid="-//SlotKeeper//Scheduling 4.2//EN")
    m1 = build_mail(cid + "1", hdrs("Rachel Onwuka via SlotKeeper <notifications@slotkeeper.example>",
                                    "Confirmed: Vettora Screening Interview with Rachel Onwuka on Wed, Feb 4, 2026",
                                    sent, "<sk.7Qk2xVt9.confirm@slotkeeper.example>",
                                    reply_to="Rachel Onwuka <rachel.onwuka@vettora.example>", host="out-2.slotkeeper.example"),
                    text=text1, html=html_wrap(p(text1)),
                    attachments=[(cal.encode(), "text", "calendar", "invite.ics")])
    sent2 = T(2026, 2, 3, 10, 30, WAW)
    text2 = """Hi Jakub,

A quick reminder that your screening interview with Rachel is tomorrow, Wed 4 Feb at 10:30 CET.

A few tips from candidates who joined the network:
 - have a quiet room and a working camera - we keep cameras on;
 - be ready to talk through one system you designed end to end;
 - rates and availability come up, so know your numbers.

Good luck!
The Vettora Talent team

Vettora Inc. | 548 Market St, PMB 12044, San Francisco, CA 94104 | You're receiving this because you applied to join the Vettora network.
"""
    m2 = build_mail(cid + "2", hdrs("Vettora Talent <no-reply@vettora.example>",
                                    "Tomorrow: your Vettora screening interview", sent2,
                                    "<20260203093000.b72a@vettora.example>", host="o1.email.vettora.example"),
                    text=text2, html=html_wrap(p(text2)), text_cte="base64")
    items = [("01-slotkeeper-confirmed.eml", m1), ("02-vettora-reminder.eml", m2)]
    case(cid, items, lab([iv("Vettora", "Senior Backend Engineer", s, e, "scheduled", [rachel[1]], [rachel[1]],
                             "phone_screen")], "medium", "positive/vetting-platform-screen",
                         "Vettora's OWN screening interview with its staff (counts; company = Vettora). SlotKeeper "
                         "confirmation + .ics and a reminder are one interview."))


# 02 ---------------------------------------------------------------- client interview across the March DST gap
def c02():
    cid = "b72-02-vettora-client-lumenfield-dst-gap"
    s, e = T(2026, 3, 17, 9, 0, LA), T(2026, 3, 17, 9, 45, LA)
    tomas = "Tomás Reyes <tomas.reyes@vettora.example>"
    d1 = T(2026, 3, 5, 18, 40, LA)
    t1 = f"""Hi Jakub,

Good news - Lumenfield picked your profile! Quick background: Series A, logistics visibility SaaS out
of Oakland, ~25 people, Go + Postgres + Kafka. The engagement is Senior Backend Engineer, full-time,
long-term.

They'd like a technical interview with you on Tue 3/17, 9:00am PT / 6pm your time. 45 minutes with
Dana Whitcomb (CTO, dana@lumenfield.example) and Ifeoma Bassey (Staff Engineer). Expect a walk
through of something you've built, then a discussion of how you'd design their event ingestion.
Dana will send the calendar invite directly.

Can you confirm?

Tomás Reyes
Talent Matcher | Vettora
+1 (415) 555-0148
"""
    m1 = build_mail(cid + "1", hdrs(tomas, "Client interview request: Lumenfield - Senior Backend Engineer", d1,
                                    gmail_id(cid + "1"), host="mail-sor-f69.google.example"),
                    text=t1, html=html_wrap(p(t1)))
    d2 = T(2026, 3, 6, 9, 15, LA)
    t2 = """Hi Jakub,

Quick correction to my note from yesterday - I did the conversion with winter clocks. The US switches
to daylight saving time this Sunday (March 8) and Poland only on March 29, so on Tue 3/17 9:00am PT is
5:00pm in Warsaw, not 6pm. Sorry about that!

The interview itself stays at 9:00am Pacific, nothing moves on Lumenfield's side.

Tomás
""" + quote(t1, tomas, "On Thu, Mar 5, 2026 at 6:40 PM")
    m2 = build_mail(cid + "2", hdrs(tomas, "Re: Client interview request: Lumenfield - Senior Backend Engineer", d2,
                                    gmail_id(cid + "2"), irt=gmail_id(cid + "1"), host="mail-sor-f69.google.example"),
                    text=t2, html=html_wrap(p(t2)))
    stamp = T(2026, 3, 6, 11, 2, LA)
    m3 = google_invite(cid + "3", organizer=("Dana Whitcomb", "dana@lumenfield.example"),
                       attendees=[("Dana Whitcomb", "dana@lumenfield.example", "ACCEPTED"),
                                  ("Ifeoma Bassey", "ifeoma@lumenfield.example", "NEEDS-ACTION"),
                                  (OWNER, OWNER, "NEEDS-ACTION")],
                       start=s, end=e, stamp=stamp, uid="3hq2o8rfl6b0m4lumenfield@google.com",
                       summary="Lumenfield <> Jakub Sadowski (Vettora) - technical interview",
                       description="Technical interview for the Senior Backend Engineer engagement via Vettora.\n"
                                   "Agenda: 10 min intros, 20 min past project deep dive, 15 min design discussion.")
    items = [("01-tomas-client-request.eml", m1), ("02-tomas-dst-correction.eml", m2),
             ("03-invitation-lumenfield.eml", m3)]
    case(cid, items, lab([iv("Lumenfield", "Senior Backend Engineer", s, e, "scheduled",
                             ["dana@lumenfield.example", "ifeoma@lumenfield.example"],
                             ["dana@lumenfield.example", "ifeoma@lumenfield.example"], "technical")],
                         "hard", "positive/marketplace-client-dst-gap",
                         "Platform books a client interview. First mail says '9am PT / 6pm your time' (wrong in the "
                         "US/EU DST gap), corrected to 5pm; the Google invite is 16:00Z. 9:00 PDT = 17:00 CET."))


# 03 ---------------------------------------------------------------- Polish recruiter, body only thread
def c03():
    cid = "b72-03-bursztyn-rozmowa-rekrutacyjna-pl"
    s, e = T(2026, 3, 12, 10, 0, WAW), T(2026, 3, 12, 10, 45, WAW)
    kasia = "Katarzyna Lis <katarzyna.lis@bursztynsoftware.example>"
    sig = """Pozdrawiam serdecznie,
Katarzyna Lis
Senior IT Recruiter
Bursztyn Software sp. z o.o.
ul. Długa 12, 31-147 Kraków
tel. +48 512 304 118 | www.bursztynsoftware.example"""
    d1 = T(2026, 3, 9, 14, 22, WAW)
    t1 = f"""Dzień dobry Panie Jakubie,

dziękuję za przesłanie CV na stanowisko Senior Backend Developer (Java). Pana doświadczenie z
systemami płatności bardzo nas zainteresowało.

Chciałabym zaprosić Pana na pierwszą rozmowę rekrutacyjną w czwartek 12.03 o godz. 10:00.
Będzie to spotkanie na Teams, potrwa ok. 45 minut - porozmawiamy o Pana doświadczeniu,
oczekiwaniach finansowych i o projekcie, do którego rekrutujemy. Rozmowę poprowadzę ja.

Czy ten termin Panu odpowiada?

{sig}
"""
    m1 = build_mail(cid + "1", hdrs(kasia, "Zaproszenie na rozmowę rekrutacyjną – Senior Backend Developer (Java)", d1,
                                    "<a81f3c2e-5b9d-4f0e-9e51-2f8c0d6b4a11@bursztynsoftware.example>",
                                    extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
                    text=t1, html=html_wrap(p(t1), "Calibri,sans-serif"))
    owner_reply = """Dzień dobry Pani Katarzyno,

dziękuję za zaproszenie. Czwartek 12.03 o 10:00 jak najbardziej mi pasuje.

Pozdrawiam
Jakub Sadowski""" + quote(t1, kasia, "W dniu pon., 9 mar 2026 o 14:22")
    t2 = f"""Dzień dobry,

świetnie, w takim razie potwierdzam: czwartek 12.03, godz. 10:00.
Link do spotkania na Teams:
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ4ZTI1bursztyn%40thread.v2/0

Do usłyszenia!

{sig}

-----Original Message-----
From: Jakub Sadowski <{OWNER}>
Sent: Monday, March 9, 2026 4:05 PM
To: Katarzyna Lis <katarzyna.lis@bursztynsoftware.example>
Subject: Re: Zaproszenie na rozmowę rekrutacyjną – Senior Backend Developer (Java)

{owner_reply}
"""
    m2 = build_mail(cid + "2", hdrs(kasia, "RE: Zaproszenie na rozmowę rekrutacyjną – Senior Backend Developer (Java)",
                                    T(2026, 3, 10, 8, 51, WAW),
                                    "<c0d2e7aa-17f4-4b39-8d0f-66e1c8a9f0b2@bursztynsoftware.example>",
                                    irt="<a81f3c2e-5b9d-4f0e-9e51-2f8c0d6b4a11@bursztynsoftware.example>",
                                    extra=[("X-Mailer", "Microsoft Outlook 16.0")]),
                    text=t2, html=html_wrap(p(t2), "Calibri,sans-serif"))
    items = [("01-zaproszenie.eml", m1), ("02-potwierdzenie.eml", m2)]
    case(cid, items, lab([iv("Bursztyn Software", "Senior Backend Developer (Java)", s, e, "scheduled",
                             ["katarzyna.lis@bursztynsoftware.example"], ["katarzyna.lis@bursztynsoftware.example"],
                             "phone_screen")], "easy", "positive/polish-body-thread",
                         "Polish recruiter: 'rozmowa rekrutacyjna w czwartek 12.03 o godz. 10:00', Teams, ~45 min, "
                         "recruiter conducts it. Confirmed in reply (quoted text). CET +01:00."))


# 04 ---------------------------------------------------------------- Polish Exchange/Teams invite + recruiter mail
def c04():
    cid = "b72-04-zielnapay-rozmowa-techniczna-teams"
    s, e = T(2026, 4, 2, 14, 0, WAW), T(2026, 4, 2, 15, 30, WAW)
    monika = ("Monika Grabowska", "m.grabowska@zielnapay.example")
    bart = ("Bartosz Nowak", "b.nowak@zielnapay.example")
    ewa = ("Ewa Mazur", "e.mazur@zielnapay.example")
    d1 = T(2026, 3, 27, 12, 5, WAW)
    t1 = """Cześć Jakub,

zgodnie z naszą wczorajszą rozmową telefoniczną potwierdzam termin rozmowy technicznej:
czwartek 2.04 o 14:00 czasu polskiego (pamiętaj, że w ten weekend przestawiamy zegarki na czas letni).

Rozmowę poprowadzą Bartosz Nowak (Tech Lead zespołu Payments) i Ewa Mazur (Senior Python Developer).
Zaplanowaliśmy 1,5 h: ok. 45 min live codingu w Pythonie i 45 min system designu. Ja nie będę
uczestniczyć, ale jestem do dyspozycji przed i po.

Zaproszenie na Teams wyślę osobno z mojego kalendarza.

Pozdrawiam
Monika Grabowska
Talent Acquisition Partner | Zielna Pay S.A.
ul. Prosta 51, 00-838 Warszawa
+48 22 307 41 90
"""
    m1 = build_mail(cid + "1", hdrs(f"{monika[0]} <{monika[1]}>", "Rozmowa techniczna - Senior Backend Developer (Python)",
                                    d1, "<DB9PR03MB7a1e4c0e2f@DB9PR03MB.eurprd03.prod.outlook.com>",
                                    host="EUR03-DB5-obe.outbound.protection.outlook.com"),
                    text=t1, html=html_wrap(p(t1), "Aptos,Calibri,sans-serif"))
    stamp = T(2026, 3, 27, 12, 11, WAW)
    body = """Cześć Jakub,

rozmowa techniczna z Bartoszem i Ewą - live coding (Python) + system design. Prośba o dołączenie kilka minut
wcześniej i sprawdzenie udostępniania ekranu.

Monika"""
    m2 = outlook_invite(cid + "2", organizer=monika, to=f"{OWNER_NAME} <{OWNER}>; {bart[0]} <{bart[1]}>; {ewa[0]} <{ewa[1]}>",
                        attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION"), bart + ("NEEDS-ACTION",), ewa + ("NEEDS-ACTION",)],
                        start=s, end=e, tzid="Central European Standard Time",
                        when_label="czwartek, 2 kwietnia 2026 14:00-15:30 (UTC+01:00) Sarajewo, Skopie, Warszawa, Zagrzeb.",
                        summary="Rozmowa techniczna: Jakub Sadowski - Senior Backend Developer (Python)", body=body,
                        stamp=stamp, uid="040000008200E00074C5B7101A82E008000000007A1E4C0E2F00000000000000001000000052FAA1",
                        lang="pl-PL", location="Spotkanie w aplikacji Microsoft Teams")
    items = [("01-monika-potwierdzenie.eml", m1), ("02-teams-invite.eml", m2)]
    case(cid, items, lab([iv("Zielna Pay", "Senior Backend Developer (Python)", s, e, "scheduled",
                             [bart[1], ewa[1]], [bart[1], ewa[1]], "technical")], "medium",
                         "positive/polish-exchange-dedupe",
                         "Polish recruiter mail + Exchange/Teams invite (Windows TZID, Polish UI, '(UTC+01:00)' label "
                         "though the date is after the EU switch -> +02:00). One interview; organizer not on call."))


# 05 ---------------------------------------------------------------- Turing-like platform, client reschedule (EU DST)
def c05():
    cid = "b72-05-devlane-aubepine-reschedule"
    s0, e0 = T(2026, 3, 26, 15, 0, PAR), T(2026, 3, 26, 16, 0, PAR)
    s, e = T(2026, 3, 31, 14, 0, PAR), T(2026, 3, 31, 15, 0, PAR)
    priya = ("Priya Raman", "priya.raman@devlane.example")
    cam = ("Camille Durand", "camille.durand@aubepine-data.example")
    hugo = ("Hugo Lefèvre", "hugo.lefevre@aubepine-data.example")
    att = [priya + ("ACCEPTED",), cam + ("ACCEPTED",), hugo + ("NEEDS-ACTION",), (OWNER, OWNER, "NEEDS-ACTION")]
    summ = "Aubépine Data x Devlane - Client interview - Jakub Sadowski (Senior Backend Engineer, Python)"
    desc = ("Client technical interview arranged by Devlane. Interviewers: Camille Durand (VP Engineering) and Hugo "
            "Lefèvre (Lead Data Engineer). Priya (Devlane) will only open the call and introduce everyone.")
    uid = "6r0k1dev1aneaubepine7q@google.com"
    m1 = google_invite(cid + "1", organizer=priya, attendees=att, start=s0, end=e0, summary=summ, description=desc,
                       stamp=T(2026, 3, 20, 9, 40, WAW), uid=uid)
    d2 = T(2026, 3, 24, 11, 17, WAW)
    t2 = f"""Hi Jakub,

Camille has a board meeting that landed on Thursday, so Aubépine asked to move your interview. Could you
do Tuesday 31/3 at 14h Paris time instead? That's the same time for you in Warsaw, and both of our
countries will be on summer time by then.

If that works I'll update the invite right away - no action needed on your side except accepting it.

Best,
Priya Raman
Client Success Manager, Devlane
priya.raman@devlane.example
"""
    m2 = build_mail(cid + "2", hdrs(f"{priya[0]} <{priya[1]}>", "Aubépine Data interview - can we move it to Tue 31/3?",
                                    d2, gmail_id(cid + "2")), text=t2, html=html_wrap(p(t2)))
    m3 = google_invite(cid + "3", organizer=priya, attendees=att, start=s, end=e, summary=summ, description=desc,
                       stamp=T(2026, 3, 24, 13, 2, WAW), uid=uid, seq=1, updated=True)
    items = [("01-invitation.eml", m1), ("02-priya-move-request.eml", m2), ("03-updated-invitation.eml", m3)]
    case(cid, items, lab([iv("Aubépine Data", "Senior Backend Engineer, Python", s, e, "scheduled",
                             [cam[1], hugo[1]], [cam[1], hugo[1]], "technical")], "medium",
                         "positive/marketplace-reschedule",
                         "Devlane books a client interview (Thu 26.03 15:00 CET), then moves it to Tue 31/3 '14h Paris "
                         "time' (CEST) with SEQUENCE 1. Final time only; Devlane coordinator is not an interviewer."))


# 06 ---------------------------------------------------------------- US Exchange invite then METHOD:CANCEL
def c06():
    cid = "b72-06-harborline-outlook-cancel"
    s, e = T(2026, 3, 12, 8, 30, LA), T(2026, 3, 12, 9, 15, LA)
    greg = ("Greg Paulsen", "gpaulsen@harborline.example")
    nicole = "Nicole Abara <nabara@harborline.example>"
    uid = "040000008200E00074C5B7101A82E00800000000B1C4F0A9D7A8DC010000000000000000100000003C8F2E91"
    body1 = """Hi Jakub,

Per Nicole's note, here's our hiring manager chat for the Staff Backend Engineer role (remote, EU time
zones welcome). Thu 3/12 @ 8:30a PST - that should be 4:30p for you in Warsaw.

We'll spend most of the time on your experience with high-volume ingestion and how you like to work
with a distributed team. No prep needed.

Greg Paulsen
Director of Engineering | Harborline Analytics
1200 Wilshire Blvd, Suite 600, Los Angeles, CA 90017
m: (213) 555-0172"""
    m1 = outlook_invite(cid + "1", organizer=greg, to=f"{OWNER_NAME} <{OWNER}>", cc=nicole,
                        attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")], start=s, end=e,
                        tzid="Pacific Standard Time",
                        when_label="Thursday, March 12, 2026 8:30 AM-9:15 AM (UTC-08:00) Pacific Time (US & Canada).",
                        summary="Hiring manager chat - Jakub Sadowski / Staff Backend Engineer", body=body1,
                        stamp=T(2026, 3, 3, 10, 14, LA), uid=uid)
    body2 = """Hi Jakub,

Apologies for the short notice - after last week's re-org we've put the Staff Backend Engineer role on hold,
so I have to cancel Thursday's conversation. Nicole will reach out if the role reopens.

Thanks for your understanding,
Greg"""
    m2 = outlook_invite(cid + "2", organizer=greg, to=f"{OWNER_NAME} <{OWNER}>", cc=nicole,
                        attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")], start=s, end=e,
                        tzid="Pacific Standard Time",
                        when_label="Thursday, March 12, 2026 8:30 AM-9:15 AM (UTC-08:00) Pacific Time (US & Canada).",
                        summary="Hiring manager chat - Jakub Sadowski / Staff Backend Engineer", body=body2,
                        stamp=T(2026, 3, 10, 16, 48, LA), uid=uid, seq=1, cancel=True)
    items = [("01-outlook-invite.eml", m1), ("02-outlook-canceled.eml", m2)]
    case(cid, items, lab([iv("Harborline Analytics", "Staff Backend Engineer", s, e, "cancelled", [greg[1]], [greg[1]],
                             "hiring_manager")], "hard", "positive/exchange-cancel",
                         "Exchange invite 'Thu 3/12 @ 8:30a PST' (really PDT after Mar 8: 15:30Z = 16:30 Warsaw), then "
                         "METHOD:CANCEL. Cancelled at its last time. Recruiter in Cc is not an interviewer."))


# 07 ---------------------------------------------------------------- Polish cancel by e-mail
def c07():
    cid = "b72-07-krakcloud-odwolanie-mailem"
    s, e = T(2026, 3, 24, 15, 30, WAW), T(2026, 3, 24, 16, 30, WAW)
    jo = "Joanna Wieczorek <joanna.wieczorek@krakcloud.example>"
    d1 = T(2026, 3, 18, 13, 40, WAW)
    t1 = """Cześć Jakub,

dzięki za szybką odpowiedź! Potwierdzam termin rozmowy technicznej na stanowisko Senior Backend Developer (Go):
wtorek 24.03, godz. 15:30 czasu polskiego, ok. 60 minut, Google Meet (link poniżej).

Rozmowę przeprowadzi Michał Duda, nasz Tech Lead (michal.duda@krakcloud.example) - jeśli masz pytania
techniczne przed spotkaniem, śmiało pisz bezpośrednio do niego.

Link: https://meet.google.com/kcl-duda-wtk

Pozdrawiam,
Joanna Wieczorek
People & Culture | KrakCloud sp. z o.o.
al. Pokoju 18, 31-564 Kraków | +48 790 212 655
"""
    m1 = build_mail(cid + "1", hdrs(jo, "Rozmowa techniczna - potwierdzenie terminu", d1, gmail_id(cid + "1"),
                                    cc="Michał Duda <michal.duda@krakcloud.example>"),
                    text=t1, html=html_wrap(p(t1)))
    d2 = T(2026, 3, 23, 17, 2, WAW)
    t2 = """Jakub,

bardzo przepraszam, ale muszę odwołać jutrzejszą rozmowę techniczną. Rekrutacja na to stanowisko została
wstrzymana w związku ze zmianami budżetowymi na Q2. Gdy tylko coś się zmieni, odezwę się pierwsza.

Jeszcze raz przepraszam za zamieszanie.

Joanna""" + quote(t1, jo, "śr., 18 mar 2026 o 13:40")
    m2 = build_mail(cid + "2", hdrs(jo, "Re: Rozmowa techniczna - potwierdzenie terminu", d2, gmail_id(cid + "2"),
                                    cc="Michał Duda <michal.duda@krakcloud.example>", irt=gmail_id(cid + "1")),
                    text=t2, html=html_wrap(p(t2)))
    items = [("01-potwierdzenie-terminu.eml", m1), ("02-odwolanie.eml", m2)]
    case(cid, items, lab([iv("KrakCloud", "Senior Backend Developer (Go)", s, e, "cancelled",
                             ["michal.duda@krakcloud.example"], ["michal.duda@krakcloud.example"], "technical")],
                         "medium", "positive/cancel-by-email",
                         "Polish thread: confirmed 'wtorek 24.03, godz. 15:30 czasu polskiego' (CET), then 'muszę "
                         "odwołać jutrzejszą rozmowę' -> one cancelled interview."))


# 08 ---------------------------------------------------------------- two interviews, one company (mail + gcal json)
def c08():
    cid = "b72-08-tulipa-screen-then-technical"
    s1, e1 = T(2026, 3, 5, 10, 30, AMS), T(2026, 3, 5, 11, 0, AMS)
    s2, e2 = T(2026, 4, 14, 14, 0, AMS), T(2026, 4, 14, 15, 30, AMS)
    femke = "Femke de Vries <femke@tulipalabs.example>"
    sig = "Femke de Vries\nTalent Partner | Tulipa Labs B.V.\nKeizersgracht 321, 1016 EE Amsterdam\n+31 20 555 0193"
    d1 = T(2026, 3, 4, 16, 10, AMS)
    t1 = f"""Hi Jakub,

Thanks for applying for our Backend Engineer (Kotlin) role - your Kafka work at your last company caught
our eye.

Would you be free for an intro call tomorrow at half past ten my time (CET - the same as Warsaw, I
believe)? 30 minutes on Google Meet, just the two of us: your background, what you're looking for and how
we work. If tomorrow doesn't suit, send me a couple of alternatives.

Cheers,
{sig}
"""
    m1 = build_mail(cid + "1", hdrs(femke, "Tulipa Labs - intro call?", d1, gmail_id(cid + "1"),
                                    extra=[("X-Mailer", "Apple Mail (2.3826.400.131)")]),
                    text=t1, html=html_wrap(p(t1), "Helvetica"))
    d2 = T(2026, 3, 4, 18, 33, AMS)
    t2 = """Great, tomorrow 10:30 it is! Here's the link: https://meet.google.com/tlp-fdvr-jak

Talk soon,
Femke""" + quote("""Hi Femke,
thanks for reaching out - tomorrow at 10:30 works for me.
Best, Jakub""" + quote(t1, femke, "On 4 Mar 2026, at 16:10"), f"Jakub Sadowski <{OWNER}>", "On 4 Mar 2026, at 17:52")
    m2 = build_mail(cid + "2", hdrs(femke, "Re: Tulipa Labs - intro call?", d2, gmail_id(cid + "2"),
                                    irt=gmail_id(cid + "1"), extra=[("X-Mailer", "Apple Mail (2.3826.400.131)")]),
                    text=t2, text_cte="8bit")
    d3 = T(2026, 3, 6, 9, 20, AMS)
    t3 = f"""Hi Jakub,

Lovely chatting yesterday! The team would like to move you to the technical interview: 90 minutes with
Joost Bakker (Staff Engineer) and Sanne Visser (Backend Engineer) - a pairing exercise in Kotlin followed
by a design conversation.

Both are travelling until Easter, so we're looking at Tuesday 14 April, 14:00-15:30 Amsterdam time. I'll
put it in the calendar now; shout if it clashes with anything.

{sig}
"""
    m3 = build_mail(cid + "3", hdrs(femke, "Next step: technical interview with Joost & Sanne", d3, gmail_id(cid + "3"),
                                    extra=[("X-Mailer", "Apple Mail (2.3826.400.131)")]),
                    text=t3, html=html_wrap(p(t3), "Helvetica"))
    ev = {
        "kind": "calendar#event", "etag": "\"3551902714822000\"", "id": "5t0jq9tulipa2ktech8vb3m",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=NXQwanE5dHVsaXBhMmt0ZWNoOHZiM20",
        "created": "2026-03-06T08:26:11.000Z", "updated": "2026-03-06T08:26:57.411Z",
        "summary": "Tulipa Labs | Technical interview - Jakub Sadowski (Backend Engineer, Kotlin)",
        "description": "Pairing exercise (Kotlin, ~50 min) + system design (~40 min).\nInterviewers: Joost Bakker, "
                       "Sanne Visser.\nQuestions: femke@tulipalabs.example",
        "creator": {"email": "femke@tulipalabs.example", "displayName": "Femke de Vries"},
        "organizer": {"email": "femke@tulipalabs.example", "displayName": "Femke de Vries"},
        "start": {"dateTime": iso(s2), "timeZone": "Europe/Amsterdam"},
        "end": {"dateTime": iso(e2), "timeZone": "Europe/Amsterdam"},
        "iCalUID": "5t0jq9tulipa2ktech8vb3m@google.com", "sequence": 0,
        "attendees": [
            {"email": "femke@tulipalabs.example", "displayName": "Femke de Vries", "organizer": True,
             "responseStatus": "accepted"},
            {"email": "joost@tulipalabs.example", "displayName": "Joost Bakker", "responseStatus": "accepted"},
            {"email": "sanne@tulipalabs.example", "displayName": "Sanne Visser", "responseStatus": "needsAction"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"}],
        "hangoutLink": "https://meet.google.com/tlp-jbsv-kot",
        "reminders": {"useDefault": True}, "eventType": "default"}
    items = [("01-femke-intro-call.eml", m1), ("02-femke-confirms.eml", m2), ("03-femke-next-step.eml", m3),
             ("04-technical-interview.gcal.json", (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode())]
    case(cid, items, lab([
        iv("Tulipa Labs", "Backend Engineer (Kotlin)", s1, e1, "scheduled", ["femke@tulipalabs.example"],
           ["femke@tulipalabs.example"], "phone_screen"),
        iv("Tulipa Labs", "Backend Engineer (Kotlin)", s2, e2, "scheduled",
           ["joost@tulipalabs.example", "sanne@tulipalabs.example"],
           ["joost@tulipalabs.example", "sanne@tulipalabs.example"], "technical")], "hard",
        "positive/two-interviews",
        "Intro call 'tomorrow at half past ten' (resolved vs 4 Mar -> 5 Mar 10:30 CET, confirmed in reply) and a "
        "technical interview as a Calendar API event on 14 Apr (CEST). Two interviews."))


# 09 ---------------------------------------------------------------- onsite loop in Krakow, HTML-only base64
def c09():
    cid = "b72-09-wawelstack-onsite-krakow-html"
    day = (2026, 4, 21)
    slots = [(10, 0, 10, 45, "System design", [("Tomasz Bąk", "tomasz.bak@wawelstack.example")]),
             (11, 0, 12, 0, "Live coding (Rust)", [("Natalia Król", "natalia.krol@wawelstack.example"),
                                                  ("Dawid Pietrzak", "dawid.pietrzak@wawelstack.example")]),
             (12, 0, 12, 45, "Lunch z zespołem / lunch with the team", []),
             (13, 0, 13, 30, "Rozmowa z CTO / chat with our CTO", [("Rafał Górski", "rafal.gorski@wawelstack.example")])]
    rows = ""
    for h1, m1_, h2, m2_, what, ppl in slots:
        who = ", ".join(f'{n} (<a href="mailto:{m}">{m}</a>)' for n, m in ppl) or "&mdash;"
        rows += (f"<tr><td style=\"padding:4px 12px\">{h1:02d}:{m1_:02d}&ndash;{h2:02d}:{m2_:02d}</td>"
                 f"<td style=\"padding:4px 12px\">{what}</td><td style=\"padding:4px 12px\">{who}</td></tr>\n")
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Wawelstack</title></head>
<body style="background:#f4f4f6;margin:0"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Inter,Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="padding:24px"><img src="https://cdn.crewtally.example/logos/wawelstack.png" alt="Wawelstack" height="28"></td></tr>
<tr><td style="padding:0 24px">
<p>Cześć Jakub,</p>
<p>zapraszamy Cię na dzień rozmów w naszym biurze w Krakowie na stanowisko <b>Senior Backend Engineer (Rust)</b>.
<br><i>(EN) We're inviting you to an on-site interview day at our Kraków office.</i></p>
<p><b>Kiedy:</b> wtorek, 21 kwietnia 2026<br><b>Gdzie:</b> Wawelstack, ul. Zabłocie 23, 30-701 Kraków, 4. piętro
(recepcja poprosi o dokument tożsamości)</p>
<table style="border-collapse:collapse;font-size:14px">
<tr><th align="left" style="padding:4px 12px">Godzina</th><th align="left" style="padding:4px 12px">Etap</th><th align="left" style="padding:4px 12px">Z kim</th></tr>
{rows}</table>
<p>Wszystkie godziny podane są w czasie polskim (CEST). Zwrot kosztów dojazdu z Warszawy - wyślij nam bilet.</p>
<p>W razie pytań odpowiedz na tego maila - trafi bezpośrednio do mnie.</p>
<p>Do zobaczenia!<br>Aleksandra Zając<br>Recruitment Lead, Wawelstack<br>+48 12 355 08 41</p>
</td></tr>
<tr><td style="padding:24px;color:#888;font-size:11px">Sent with Crewtally &middot; Manage your data: https://wawelstack.crewtally.example/privacy</td></tr>
</table></td></tr></table></body></html>
"""
    sent = T(2026, 4, 14, 9, 0, WAW)
    m1 = build_mail(cid + "1", hdrs("Aleksandra Zając via Crewtally <notifications@crewtally.example>",
                                    "Zaproszenie: dzień rozmów w biurze / On-site interview day - Wawelstack", sent,
                                    "<ct-msg-88213.4f2a@crewtally.example>",
                                    reply_to="Aleksandra Zając <aleksandra.zajac@wawelstack.example>",
                                    host="mta-3.crewtally.example"),
                    html=html, html_cte="base64")
    s, e = T(*day, 10, 0, WAW), T(*day, 13, 30, WAW)
    interviewers = ["tomasz.bak@wawelstack.example", "natalia.krol@wawelstack.example",
                    "dawid.pietrzak@wawelstack.example", "rafal.gorski@wawelstack.example"]
    items = [("01-crewtally-onsite-itinerary.eml", m1)]
    case(cid, items, lab([iv("Wawelstack", "Senior Backend Engineer (Rust)", s, e, "scheduled", interviewers,
                             interviewers, "onsite")], "hard", "positive/onsite-html-only",
                         "HTML-only base64 itinerary (Polish/English) with a lunch break: one onsite 10:00-13:30 CEST "
                         "with all four interviewers."))


# 10 ---------------------------------------------------------------- German employer, 14:00 Uhr, thread
def c10():
    cid = "b72-10-isarbyte-gespraech-14-uhr"
    s, e = T(2026, 3, 26, 14, 0, BER), T(2026, 3, 26, 14, 45, BER)
    lukas = "Lukas Brandner <lukas.brandner@isarbyte.example>"
    sig = """Mit freundlichen Grüßen
Lukas Brandner
Head of Engineering
Isarbyte GmbH | Rosenheimer Straße 145, 81671 München
Tel. +49 89 5558 2210"""
    d1 = T(2026, 3, 19, 17, 30, BER)
    t1 = f"""Sehr geehrter Herr Sadowski,

vielen Dank für Ihre Bewerbung über SkokIT auf unsere Stelle als Senior Backend Engineer (remote, Polen).

Gerne möchte ich Sie zu einem ersten Gespräch einladen: am Donnerstag, 26. März 2026 um 14:00 Uhr (MEZ),
per Microsoft Teams, Dauer ca. 45 Minuten. Von unserer Seite nehmen ich und Frau Sophie Kellner (Senior
Backend Engineer) teil. Das Gespräch kann gerne auf Englisch stattfinden.

Bitte geben Sie mir kurz Bescheid, ob der Termin passt.

{sig}
"""
    m1 = build_mail(cid + "1", hdrs(lukas, "Einladung zum Gespräch - Senior Backend Engineer", d1,
                                    "<4C1F0E2A-88B3-4D7A-9F10-2B7E6A1D3C55@isarbyte.example>",
                                    cc="Sophie Kellner <sophie.kellner@isarbyte.example>",
                                    extra=[("X-Mailer", "Apple Mail (2.3826.400.131)")]),
                    text=t1, html=html_wrap(p(t1), "Helvetica"))
    d2 = T(2026, 3, 20, 8, 12, BER)
    t2 = f"""Guten Morgen Herr Sadowski,

perfekt, dann bleibt es bei Donnerstag, 14:00 Uhr. Ja, Warschau und München haben dieselbe Uhrzeit.

Teams-Link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_isarbyte2603%40thread.v2/0

{sig}""" + quote("""Dear Mr Brandner,

thank you for the invitation - Thursday at 14:00 works well for me. I assume that is the same
time in Warsaw?

Best regards,
Jakub Sadowski""" + quote(t1, lukas, "Am 19.03.2026 um 17:30", "schrieb"), f"Jakub Sadowski <{OWNER}>",
                 "Am 19.03.2026 um 21:04", "schrieb")
    m2 = build_mail(cid + "2", hdrs(lukas, "Re: Einladung zum Gespräch - Senior Backend Engineer", d2,
                                    "<9A0D7C33-1E4B-4C2F-8D61-7F5B2C9E0A18@isarbyte.example>",
                                    cc="Sophie Kellner <sophie.kellner@isarbyte.example>",
                                    irt="<4C1F0E2A-88B3-4D7A-9F10-2B7E6A1D3C55@isarbyte.example>",
                                    extra=[("X-Mailer", "Apple Mail (2.3826.400.131)")]),
                    text=t2)
    ivs = ["lukas.brandner@isarbyte.example", "sophie.kellner@isarbyte.example"]
    items = [("01-einladung.eml", m1), ("02-bestaetigung.eml", m2)]
    case(cid, items, lab([iv("Isarbyte", "Senior Backend Engineer", s, e, "scheduled", ivs, ivs, "hiring_manager")],
                         "medium", "positive/german-thread",
                         "German invitation '26. März 2026 um 14:00 Uhr (MEZ)', ~45 min, confirmed in reply; "
                         "interviewers Head of Engineering + Cc'd engineer."))


# 11 ---------------------------------------------------------------- US founder final chat, '9am PT / 6pm your time', .ics
def c11():
    cid = "b72-11-quillstack-founder-final-ics"
    s, e = T(2026, 4, 2, 9, 0, LA), T(2026, 4, 2, 9, 45, LA)
    maya = "Maya Lindqvist <maya@quillstack.example>"
    d1 = T(2026, 3, 30, 7, 12, LA)
    t1 = """Hi Jakub,

Thanks for the great conversations with Ravi and Chen last week - they both came out of them excited.
The last step on our side for the Founding Backend Engineer role is a chat with me: no whiteboard, just
how we work, where Quillstack is going and what you're looking for.

How about Thu 4/2 at 9am PT / 6pm your time? 45 minutes should be plenty.

Maya

--
Maya Lindqvist, CEO & co-founder, Quillstack
Sent from my iPhone
"""
    m1 = build_mail(cid + "1", hdrs(maya, "Quillstack - last step", d1, gmail_id(cid + "1"),
                                    extra=[("X-Mailer", "iPhone Mail (22D82)")]), text=t1, text_cte="8bit")
    d2 = T(2026, 3, 30, 12, 40, LA)
    t2 = """Perfect - invite attached (also sending it as a file since our calendar sometimes doesn't play
nice with Polish Outlook setups). Talk Thursday!

Maya""" + quote("""Hi Maya, Thursday 9am PT / 18:00 Warsaw works for me. Looking forward to it!
Jakub""" + quote(t1, maya, "On Mar 30, 2026, at 7:12 AM"), f"Jakub Sadowski <{OWNER}>", "On Mar 30, 2026, at 10:05 AM")
    m2 = build_mail(cid + "2", hdrs(maya, "Re: Quillstack - last step", d2, gmail_id(cid + "2"),
                                    irt=gmail_id(cid + "1")), text=t2, text_cte="8bit")
    ev = vevent("B8F1C0A2-7E3D-4F55-A9C1-QUILLSTACK0402", s, e, "Jakub <> Maya (Quillstack final chat)",
                ("Maya Lindqvist", "maya@quillstack.example"),
                [("Maya Lindqvist", "maya@quillstack.example", "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                T(2026, 3, 30, 12, 38, LA), description="Final conversation for the Founding Backend Engineer role.\n"
                "Zoom: https://zoom.example/j/86123409917", location="https://zoom.example/j/86123409917",
                tzid="America/Los_Angeles")
    cal = ics([ev], method="REQUEST", prodid="-//Apple Inc.//macOS 15.3//EN", tzids=["America/Los_Angeles"])
    items = [("01-maya-last-step.eml", m1), ("02-maya-invite-attached.eml", m2),
             ("03-quillstack-final-chat.ics", cal.encode())]
    case(cid, items, lab([iv("Quillstack", "Founding Backend Engineer", s, e, "scheduled",
                             ["maya@quillstack.example"], ["maya@quillstack.example"], "hiring_manager")],
                         "medium", "positive/founder-standalone-ics",
                         "Final chat with the CEO (counts). '9am PT / 6pm your time' on Apr 2 (both on summer time -> "
                         "correct), TZID=America/Los_Angeles standalone .ics."))


# 12 ---------------------------------------------------------------- forwarded Calendly-like confirmation
def c12():
    cid = "b72-12-fernlight-meetpilot-forwarded"
    s, e = T(2026, 3, 25, 9, 30, LON), T(2026, 3, 25, 10, 0, LON)
    sw, ew = s.astimezone(WAW), e.astimezone(WAW)
    d = T(2026, 3, 20, 21, 14, WAW)
    t = f"""przerzucam na główną skrzynkę. NB: 9:30 London = {sw.strftime('%H:%M')} u nas.

---------- Forwarded message ---------
From: MeetPilot <notifications@meetpilot.example>
Date: Fri, 20 Mar 2026 at 20:58
Subject: Confirmed: Intro call with Oliver Hart (Fernlight Health) - Wed, 25 Mar 2026
To: <j.sadowski@mail.example>


Hi Jakub Sadowski,

A new event has been scheduled.

Event type:
30 Minute Intro Call - Senior Backend Engineer

Host:
Oliver Hart (oliver.hart@fernlight.example)

Invitee:
Jakub Sadowski (j.sadowski@mail.example)

Event date/time:
{h12(sw)} - {h12(ew)} (Central European Time), Wednesday, March 25, 2026

Location:
Google Meet - a link will be added to the calendar event

Questions from Fernlight Health:
Are you eligible to work as a contractor for a UK company? Yes

Cancel or reschedule: https://meetpilot.example/cancellations/4b2f9e10-fernlight

Powered by MeetPilot
"""
    m = build_mail(cid + "1", hdrs(f"{OWNER_NAME} <j.sadowski@mail.example>",
                                   "Fwd: Confirmed: Intro call with Oliver Hart (Fernlight Health) - Wed, 25 Mar 2026",
                                   d, "<6b2c1f0e-a7d4-4e31-bc18-fwd0325@mail.example>",
                                   to=f"{OWNER_NAME} <{OWNER}>",
                                   extra=[("User-Agent", "Mozilla Thunderbird 128.8")]),
                   text=t, text_cte="quoted-printable")
    items = [("01-fwd-meetpilot-confirmed.eml", m)]
    case(cid, items, lab([iv("Fernlight Health", "Senior Backend Engineer", s, e, "scheduled",
                             ["oliver.hart@fernlight.example"], ["oliver.hart@fernlight.example"], "phone_screen")],
                         "hard", "positive/forwarded-scheduler",
                         "Owner forwards a Calendly-like confirmation from his second address (Thunderbird). Time shown "
                         "in CET; 9:30 GMT London (UK still on GMT on 25 Mar) = 10:30 CET."))


# 13 ---------------------------------------------------------------- Polish ATS, base64 body + .ics attachment
def c13():
    cid = "b72-13-mostowa-hirewise-ats-ics"
    s, e = T(2026, 4, 7, 11, 0, WAW), T(2026, 4, 7, 12, 0, WAW)
    piotr = ("Piotr Sowa", "piotr.sowa@mostowa.example")
    d = T(2026, 4, 1, 10, 0, WAW)
    t = """Cześć Jakub!

Zapraszamy Cię na rozmowę rekrutacyjną na stanowisko Senior Backend Developer (Node.js) w Mostowa Fintech.

Kiedy: wtorek, 7 kwietnia 2026, 11:00–12:00 (CEST)
Gdzie: Google Meet – link znajdziesz w załączonym zaproszeniu
Z kim: Piotr Sowa, Engineering Manager

Porozmawiamy o Twoim doświadczeniu, o zespole i o tym, jak pracujemy. Zadanie techniczne nie jest
częścią tego etapu.

Chcesz zmienić termin? Napisz do Anny Kowal z zespołu rekrutacji: anna.kowal@mostowa.example

Powodzenia!
Zespół rekrutacji Mostowa Fintech

---
Ta wiadomość została wysłana automatycznie przez Hirewise. Prosimy na nią nie odpowiadać.
Mostowa Fintech sp. z o.o., ul. Mostowa 8, 61-854 Poznań, KRS 0000998877
"""
    ev = vevent("hw-int-55120-mostowa@hirewise.example", s, e,
                "Rozmowa rekrutacyjna – Jakub Sadowski – Senior Backend Developer (Node.js)",
                ("Mostowa Fintech (Hirewise)", "no-reply@hirewise.example"),
                [piotr + ("ACCEPTED",), (OWNER_NAME, OWNER, "NEEDS-ACTION")], d,
                description="Rozmowa z Piotrem Sową (Engineering Manager).\nGoogle Meet: https://meet.google.com/mst-sowa-rkr",
                location="Google Meet", tzid="Europe/Warsaw")
    cal = ics([ev], prodid="-//Hirewise//ATS Interviews 2.0//PL", tzids=["Europe/Warsaw"])
    m = build_mail(cid + "1", hdrs("Mostowa Fintech <no-reply@hirewise.example>",
                                   "Zaproszenie na rozmowę rekrutacyjną – Senior Backend Developer (Node.js)", d,
                                   "<hw.55120.1743494400@hirewise.example>", host="smtp-out.hirewise.example"),
                   text=t, html=html_wrap(p(t)), text_cte="base64", html_cte="base64",
                   attachments=[(cal.encode(), "application", "ics", "zaproszenie.ics")])
    items = [("01-hirewise-zaproszenie.eml", m)]
    case(cid, items, lab([iv("Mostowa Fintech", "Senior Backend Developer (Node.js)", s, e, "scheduled", [piotr[1]],
                             [piotr[1]], "hiring_manager")], "medium", "positive/ats-ics-base64",
                         "Polish ATS mail (base64) from no-reply with an .ics attachment (TZID=Europe/Warsaw). "
                         "Interviewer = Engineering Manager listed in the .ics; recruiter address only for reschedules."))


# 14 ---------------------------------------------------------------- NEG automated coding test with deadline
def c14():
    cid = "b72-14-neg-devlane-coding-test-deadline"
    d1 = T(2026, 3, 10, 9, 0, WAW)
    t1 = """Hi Jakub,

Welcome to Devlane! Before we can put you in front of clients for technical interviews, every engineer
completes our automated backend challenge.

 - Format: 2 coding tasks + 10 multiple-choice questions, Python or Go
 - Time limit: 90 minutes once you press Start (no live interviewer, auto-graded)
 - Deadline: Friday 13.03.2026, 23:59 CET

Start the challenge: https://app.devlane.example/challenge/start?t=Jq83mZ

Engineers who score in the top band are usually scheduled for a technical interview with our team within a
week.

Good luck,
Devlane Talent Operations
"""
    m1 = build_mail(cid + "1", hdrs("Devlane <assessments@devlane.example>",
                                    "Your Devlane backend challenge is ready (deadline Fri 13.03)", d1,
                                    "<ch-Jq83mZ-invite@devlane.example>", host="mailer.devlane.example"),
                    text=t1, html=html_wrap(p(t1)))
    d2 = T(2026, 3, 12, 23, 59, WAW)
    t2 = """Hi Jakub,

Only 24 hours left to complete your Devlane backend challenge - the link expires on Friday 13.03 at
23:59 CET. Once you start you'll have 90 minutes, so pick a calm slot in your schedule.

https://app.devlane.example/challenge/start?t=Jq83mZ

Devlane Talent Operations
"""
    m2 = build_mail(cid + "2", hdrs("Devlane <assessments@devlane.example>", "Reminder: 24 hours left for your challenge",
                                    d2, "<ch-Jq83mZ-rem1@devlane.example>", host="mailer.devlane.example"),
                    text=t2, html=html_wrap(p(t2)))
    items = [("01-challenge-invite.eml", m1), ("02-challenge-reminder.eml", m2)]
    case(cid, items, lab([], "medium", "negative/coding-test-deadline",
                         "Automated, unproctored coding test with a deadline; mentions 'technical interviews' as a "
                         "later step. Not an interview."))


# 15 ---------------------------------------------------------------- NEG client matched, no time
def c15():
    cid = "b72-15-neg-vettora-client-matched"
    d1 = T(2026, 3, 16, 17, 5, WAW)
    t1 = """Hi Jakub,

Great news - you've been matched with a client!

Client: Orbitale (Berlin, B2B payments, Series B)
Engagement: Senior Backend Engineer (Kotlin/Java), 40 h/week, 6+ months
Rate: within your stated range

What happens next: Orbitale's engineering lead reviews your Vettora profile (usually 2-3 business days).
If they'd like to interview you, your matcher will reach out with proposed times - please keep an eye on
your inbox and reply with your availability for the week of March 23.

The Vettora Talent team
"""
    m1 = build_mail(cid + "1", hdrs("Vettora Talent <no-reply@vettora.example>",
                                    "You've been matched with Orbitale - next steps", d1,
                                    "<match-44810@vettora.example>", host="o1.email.vettora.example"),
                    text=t1, html=html_wrap(p(t1)))
    d2 = T(2026, 3, 17, 9, 12, ZoneInfo("America/New_York"))
    t2 = """Hi Jakub,

Following up on the Orbitale match: their lead is keen to interview you. Could you send me 3-4 windows next
week (Mon-Thu) when you could do a 60-minute call? Anything between 9:00 and 17:00 Berlin time works for them.

Once I have your windows I'll coordinate with Orbitale and send a calendar invite.

Thanks,
Hannah Okoro
Talent Matcher | Vettora
"""
    m2 = build_mail(cid + "2", hdrs("Hannah Okoro <hannah.okoro@vettora.example>",
                                    "Orbitale interview - your availability?", d2, gmail_id(cid + "2")),
                    text=t2, html=html_wrap(p(t2)))
    items = [("01-client-matched.eml", m1), ("02-availability-request.eml", m2)]
    case(cid, items, lab([], "hard", "negative/client-matched-no-time",
                         "Marketplace 'client matched' notice and an availability request; no interview is booked."))


# 16 ---------------------------------------------------------------- NEG tax office appointment
def c16():
    cid = "b72-16-neg-urzad-skarbowy-wizyta"
    s, e = T(2026, 3, 16, 9, 15, WAW), T(2026, 3, 16, 9, 30, WAW)
    d = T(2026, 3, 11, 19, 44, WAW)
    t = """Szanowny Panie,

potwierdzamy rezerwację wizyty w Urzędzie Skarbowym Kraków-Krowodrza.

Numer rezerwacji: KRW-2026-031-0457
Termin: poniedziałek, 16.03.2026, godz. 09:15
Miejsce: Sala Obsługi Klienta, parter, stanowisko nr 5, ul. Wrocławska 101, 30-017 Kraków (adres fikcyjny)
Sprawa: JDG - rozmowa z pracownikiem urzędu w sprawie zmiany formy opodatkowania (ryczałt / podatek liniowy)

Prosimy o przybycie 10 minut przed wyznaczoną godziną i zabranie dokumentu tożsamości.
W przypadku rezygnacji prosimy o anulowanie wizyty: https://rezerwacje.us-krakow.example/anuluj/KRW-2026-031-0457

Wiadomość wygenerowana automatycznie - prosimy na nią nie odpowiadać.
System rezerwacji wizyt, Izba Administracji Skarbowej (przykład)
"""
    ev = vevent("KRW-2026-031-0457@rezerwacje.us-krakow.example", s, e, "Wizyta w Urzędzie Skarbowym Kraków-Krowodrza",
                None, [(OWNER_NAME, OWNER, "ACCEPTED")], d, description="Stanowisko nr 5. Sprawa: JDG - forma opodatkowania.",
                location="Urząd Skarbowy Kraków-Krowodrza, ul. Wrocławska 101, Kraków", tzid="Europe/Warsaw")
    cal = ics([ev], method="PUBLISH", prodid="-//Rezerwacje US//PL", tzids=["Europe/Warsaw"])
    m = build_mail(cid + "1", hdrs("System rezerwacji wizyt <rezerwacje@us-krakow.example>",
                                   "Potwierdzenie rezerwacji wizyty - KRW-2026-031-0457", d,
                                   "<KRW-2026-031-0457.potw@rezerwacje.us-krakow.example>"),
                   text=t, attachments=[(cal.encode(), "text", "calendar", "wizyta.ics")])
    items = [("01-potwierdzenie-wizyty.eml", m)]
    case(cid, items, lab([], "medium", "negative/tax-office",
                         "Tax office (urząd skarbowy) appointment with a time and .ics, 'rozmowa z pracownikiem urzędu'. "
                         "Not a job interview."))


# 17 ---------------------------------------------------------------- NEG webinar
def c17():
    cid = "b72-17-neg-skokit-webinar-rozmowa-techniczna"
    s, e = T(2026, 3, 19, 18, 0, WAW), T(2026, 3, 19, 19, 30, WAW)
    d = T(2026, 3, 13, 12, 0, WAW)
    t = """Cześć!

Dziękujemy za rejestrację na webinar SkokIT Live:

„Rozmowa techniczna na seniora backend - jak się przygotować?”
Czwartek 19.03, 18:00-19:30 (CET)

Agenda:
 - jak wygląda rozmowa rekrutacyjna i techniczna w software house'ach i startupach z USA
 - live mock interview: system design z kandydatem z widowni
 - Q&A z rekruterami z trzech firm partnerskich

Link do Zoom Webinar: https://zoom.example/w/91244017733 (hasło: skok26)
Dodaj wydarzenie do kalendarza - plik .ics w załączniku.

Do zobaczenia!
Zespół SkokIT
Nie chcesz otrzymywać takich wiadomości? Wypisz się: https://skokit.example/unsubscribe
"""
    ev = vevent("webinar-0319@skokit.example", s, e, "SkokIT Live: Rozmowa techniczna na seniora backend",
                ("SkokIT", "webinary@skokit.example"), [(OWNER_NAME, OWNER, "NEEDS-ACTION")], d,
                description="Zoom Webinar: https://zoom.example/w/91244017733 (hasło: skok26)",
                location="https://zoom.example/w/91244017733")
    cal = ics([ev], method="PUBLISH", prodid="-//SkokIT//Webinars//PL")
    m = build_mail(cid + "1", hdrs("SkokIT <webinary@skokit.example>",
                                   "Potwierdzenie rejestracji: Rozmowa techniczna na seniora backend (19.03, 18:00)", d,
                                   "<wb-0319-reg-88120@skokit.example>", host="mail.skokit.example"),
                   text=t, html=html_wrap(p(t)), attachments=[(cal.encode(), "text", "calendar", "webinar.ics")])
    items = [("01-webinar-rejestracja.eml", m)]
    case(cid, items, lab([], "medium", "negative/webinar",
                         "Job board webinar about technical interviews (with a mock interview on stage) + .ics."))


# 18 ---------------------------------------------------------------- NEG rejection after interview
def c18():
    cid = "b72-18-neg-lazurowa-odmowa-po-rozmowie"
    d = T(2026, 3, 13, 15, 31, WAW)
    t = """Dzień dobry Panie Jakubie,

bardzo dziękujemy za udział w rozmowie technicznej 10.03 i za czas poświęcony na zadanie z Krzysztofem.
Po długiej dyskusji w zespole zdecydowaliśmy się kontynuować proces rekrutacji z innym kandydatem,
którego doświadczenie jest bliższe naszemu obecnemu stackowi (.NET).

Chętnie zachowamy Pana CV w naszej bazie i odezwiemy się przy kolejnych rekrutacjach na rolę
Backend Developera - jeśli wyraża Pan na to zgodę, proszę o krótką odpowiedź.

Z wyrazami szacunku
Marta Czarnecka
HR Business Partner | Lazurowa Logistyka sp. z o.o.
ul. Portowa 3, 80-557 Gdańsk | +48 58 555 12 40
"""
    m = build_mail(cid + "1", hdrs("Marta Czarnecka <marta.czarnecka@lazurowa.example>",
                                   "Rekrutacja: Senior Backend Developer - informacja zwrotna", d,
                                   "<AM0PR08MB5aa31d@AM0PR08MB.eurprd08.prod.outlook.com>"),
                   text=t, html=html_wrap(p(t), "Calibri,sans-serif"))
    items = [("01-informacja-zwrotna.eml", m)]
    case(cid, items, lab([], "easy", "negative/rejection",
                         "Polish rejection referring to a past technical interview on 10.03 (no time); not an interview."))


# 19 ---------------------------------------------------------------- NEG contract signing call (job accepted)
def c19():
    cid = "b72-19-neg-payroam-contract-signing-call"
    d1 = T(2026, 4, 1, 16, 2, WAW)
    t1 = """Hi Jakub,

Orchard Lane has sent you a contractor agreement on Payroam.

Role: Senior Backend Engineer
Start date: April 20, 2026
Compensation: USD, monthly invoice via Payroam

Review and sign: https://app.payroam.example/contracts/ct_8Hq2LwXv

Need help? Our support team is available 24/7 in the Payroam app.
Payroam - hire and pay anyone, anywhere
"""
    m1 = build_mail(cid + "1", hdrs("Payroam <notifications@payroam.example>",
                                    "Orchard Lane sent you a contract to review", d1, "<ct_8Hq2LwXv.sent@payroam.example>",
                                    host="mta.payroam.example"), text=t1, html=html_wrap(p(t1)))
    s, e = T(2026, 4, 6, 8, 0, LA), T(2026, 4, 6, 8, 30, LA)
    sasha = ("Sasha Petrenko", "sasha.petrenko@orchardlane.example")
    m2 = google_invite(cid + "2", organizer=sasha,
                       attendees=[sasha + ("ACCEPTED",), (OWNER, OWNER, "NEEDS-ACTION")], start=s, end=e,
                       stamp=T(2026, 4, 1, 9, 30, LA), uid="1c9pq0orchardcontract55x@google.com",
                       summary="Contract walkthrough & signing (Payroam) - Jakub Sadowski",
                       description="Welcome aboard, Jakub! Now that you've accepted our offer, let's walk through the "
                                   "Payroam contractor agreement together, answer any questions on invoicing and get it "
                                   "signed before your April 20 start. Not an interview - just paperwork :)")
    items = [("01-payroam-contract-sent.eml", m1), ("02-invitation-contract-call.eml", m2)]
    case(cid, items, lab([], "hard", "negative/contract-signing-call",
                         "Job already accepted; Google invite for a contract-signing call via a Deel-like EOR. Not an "
                         "interview."))


# 20 ---------------------------------------------------------------- NEG user is the interviewer
def c20():
    cid = "b72-20-neg-owner-interviews-candidate-teams"
    s, e = T(2026, 3, 18, 13, 0, WAW), T(2026, 3, 18, 14, 0, WAW)
    org = ("Kestrel Systems Talent", "talent@kestrelsystems.example")
    body = """Hi Jakub,

Thanks for volunteering as an interviewer! You'll run the technical round for the candidate below.

Candidate: Anna Nowicka
Role: Backend Developer (mid)
Your focus: API design + a short code review exercise (materials in the interviewer kit)

Please submit your scorecard in Crewtally within 24 hours after the interview.

Kestrel Systems Talent team"""
    m = outlook_invite(cid + "1", organizer=org, to=f"{OWNER_NAME} <{OWNER}>; Anna Nowicka <anna.nowicka@mail.example>",
                       attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION"), ("Anna Nowicka", "anna.nowicka@mail.example",
                                                                        "NEEDS-ACTION")],
                       start=s, end=e, tzid="Central European Standard Time",
                       when_label="Wednesday, March 18, 2026 1:00 PM-2:00 PM (UTC+01:00) Sarajevo, Skopje, Warsaw, Zagreb.",
                       summary="Interview: Anna Nowicka - Backend Developer - technical round (interviewer: Jakub Sadowski)",
                       body=body, stamp=T(2026, 3, 12, 11, 20, WAW),
                       uid="040000008200E00074C5B7101A82E00800000000KESTREL0318ANNANOWICKA000000001000000077",
                       lang="en-US")
    items = [("01-interviewer-invite.eml", m)]
    case(cid, items, lab([], "hard", "negative/user-is-interviewer",
                         "Teams invite titled 'Interview: ...' where the owner is the interviewer for another candidate."))


# 21 ---------------------------------------------------------------- NEG availability request with booking link
def c21():
    cid = "b72-21-neg-odra-wybierz-termin"
    pw = "Paulina Wójcik <paulina.wojcik@odrasoft.example>"
    d1 = T(2026, 3, 25, 10, 20, WAW)
    t1 = """Dzień dobry Panie Jakubie,

dziękuję za aplikację przez SkokIT na stanowisko Senior Backend Developer (PHP/Symfony). Pana profil
przeszedł wstępną weryfikację i chcielibyśmy zaprosić Pana na rozmowę techniczną z naszym zespołem
(ok. 60 min, online).

Proszę wybrać dogodny termin w kalendarzu:
https://meetpilot.example/odrasoft/rozmowa-techniczna

Dostępne są terminy w przyszłym tygodniu, od poniedziałku do czwartku, między 9:00 a 16:00.

Pozdrawiam
Paulina Wójcik
Rekruterka IT | OdraSoft sp. z o.o.
ul. Świdnicka 40, 50-024 Wrocław | tel. 71 555 33 10
"""
    m1 = build_mail(cid + "1", hdrs(pw, "Rozmowa techniczna - wybór terminu", d1, gmail_id(cid + "1")),
                    text=t1, html=html_wrap(p(t1)))
    d2 = T(2026, 3, 30, 9, 5, WAW)
    t2 = """Dzień dobry,

uprzejmie przypominam o wyborze terminu rozmowy technicznej - link poniżej jest aktywny do środy.
https://meetpilot.example/odrasoft/rozmowa-techniczna

Pozdrawiam
Paulina Wójcik""" + quote(t1, pw, "W dniu śr., 25 mar 2026 o 10:20")
    m2 = build_mail(cid + "2", hdrs(pw, "Re: Rozmowa techniczna - wybór terminu", d2, gmail_id(cid + "2"),
                                    irt=gmail_id(cid + "1")), text=t2, html=html_wrap(p(t2)))
    items = [("01-wybor-terminu.eml", m1), ("02-przypomnienie.eml", m2)]
    case(cid, items, lab([], "medium", "negative/availability-request",
                         "Polish invitation to pick a slot via a scheduling link, plus a reminder; nothing booked."))


# 22 ---------------------------------------------------------------- NEG mock interview practice session
def c22():
    cid = "b72-22-neg-mock-system-design-practice"
    s, e = T(2026, 3, 28, 11, 0, WAW), T(2026, 3, 28, 12, 0, WAW)
    d = T(2026, 3, 22, 20, 11, WAW)
    t = f"""Hi Jakub,

Your session is confirmed.

Event type: Mock System Design Interview (60 min, practice)
Coach: Daniel Okafor, ex-Staff Engineer (daniel@interviewforge.example)
When: Saturday, March 28, 2026, {h12(s)} - {h12(e)} (Central European Time)
Location: Zoom - https://zoom.example/j/77012345678

This is a paid practice session with InterviewForge - it is not part of any company's hiring process.
You'll get written feedback and a recording within 48 hours.

Payment: 89.00 EUR received - thank you!

Cancel or reschedule: https://meetpilot.example/cancellations/if-77b2
Powered by MeetPilot
"""
    ev = vevent("mp-if-77b2@meetpilot.example", s, e, "Mock System Design Interview (practice) - Daniel Okafor",
                ("Daniel Okafor", "daniel@interviewforge.example"),
                [("Daniel Okafor", "daniel@interviewforge.example", "ACCEPTED"), (OWNER_NAME, OWNER, "ACCEPTED")], d,
                description="Paid mock interview / practice session. Zoom: https://zoom.example/j/77012345678",
                location="https://zoom.example/j/77012345678")
    cal = ics([ev], prodid="-//MeetPilot//Scheduling//EN")
    m = build_mail(cid + "1", hdrs("MeetPilot <notifications@meetpilot.example>",
                                   "Confirmed: Mock System Design Interview with Daniel Okafor on Sat, Mar 28", d,
                                   "<mp-if-77b2.confirm@meetpilot.example>", reply_to="Daniel Okafor <daniel@interviewforge.example>"),
                   text=t, html=html_wrap(p(t)), attachments=[(cal.encode(), "text", "calendar", "invite.ics")])
    items = [("01-meetpilot-mock-confirmed.eml", m)]
    case(cid, items, lab([], "hard", "negative/mock-interview",
                         "Paid mock interview (practice) booked via a scheduler with .ics; not a hiring-process step."))


def main():
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              c14, c15, c16, c17, c18, c19, c20, c21, c22):
        f()
    for name in os.listdir(HERE):
        path = os.path.join(HERE, name)
        if os.path.isdir(path) and name.startswith("b72-"):
            shutil.rmtree(path)
    labels = {}
    for cid, (items, label) in CASES.items():
        os.makedirs(os.path.join(HERE, cid))
        for fname, data in items:
            with open(os.path.join(HERE, cid, fname), "wb") as fh:
                fh.write(data)
        labels[cid] = label
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=110)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
