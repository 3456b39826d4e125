#!/usr/bin/env python3
"""Deterministic generator for the blind24 interview-detection evaluation set.

Theme: startups and small teams where founders and engineers schedule directly.
Rewrites every b24-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All people, companies and domains are invented
(owners on example.com / mail.example, companies on *.example); only scheduling
vendors' own notification domains (google.com, calendly.com, cal.com, slack.com) are real.
"""
import base64
import hashlib
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = timezone.utc


def T(y, mo, d, h, mi, tz, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=ZoneInfo(tz))


def iso(d):
    return d.isoformat() if d is not None else None


def hid(*parts, n=16):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


# ------------------------------------------------------------------ iCalendar
def fold(line):
    if len(line.encode("utf-8")) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 75:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def utcs(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


VTZ_PACIFIC_WIN = [
    "BEGIN:VTIMEZONE", "TZID:Pacific Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE",
]
VTZ_BERLIN = [
    "BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "X-LIC-LOCATION:Europe/Berlin",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
    "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
    "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
]


def vevent(uid, start, end, summary, organizer=None, attendees=(), description="", location="",
           seq=0, status="CONFIRMED", stamp=None, tzid=None, extra=(), allday=False):
    L = []
    if allday:
        L.append("DTSTART;VALUE=DATE:" + start.strftime("%Y%m%d"))
        L.append("DTEND;VALUE=DATE:" + end.strftime("%Y%m%d"))
    elif tzid:
        L.append(f"DTSTART;TZID={tzid}:" + start.strftime("%Y%m%dT%H%M%S"))
        L.append(f"DTEND;TZID={tzid}:" + end.strftime("%Y%m%dT%H%M%S"))
    else:
        L.append("DTSTART:" + utcs(start))
        if end is not None:
            L.append("DTEND:" + utcs(end))
    L.append("DTSTAMP:" + utcs(stamp or start - timedelta(days=3)))
    if organizer:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    for a in attendees:
        name, email = a[0], a[1]
        ps = a[2] if len(a) > 2 else "NEEDS-ACTION"
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={name}:mailto:{email}")
    if description:
        L.append("DESCRIPTION:" + esc(description))
    L.append("LOCATION:" + esc(location))
    L.append(f"SEQUENCE:{seq}")
    L.append(f"STATUS:{status}")
    L.append("SUMMARY:" + esc(summary))
    L.append("TRANSP:OPAQUE")
    L.extend(extra)
    return L


def ical(events, method="REQUEST", prodid="-//Google Inc//Google Calendar 70.9054//EN", vtz=()):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    L.extend(vtz)
    for ev in events:
        L += ["BEGIN:VEVENT"] + ev + ["END:VEVENT"]
    L.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in L) + "\r\n"


# ------------------------------------------------------------------ e-mail
def addr(p):
    return f"{p[0]} <{p[1]}>" if p[0] else p[1]


def mail(frm, to, subject, date, text=None, html=None, cc=(), reply_to=None, delivered_to=None,
         msgid=None, in_reply_to=None, references=None, cte=None, html_cte="quoted-printable",
         cal=None, cal_method="REQUEST", cal_cte="7bit", attach=None, attach_name="invite.ics",
         headers=(), sender=None):
    m = EmailMessage()
    if delivered_to:
        m["Delivered-To"] = delivered_to
    for k, v in headers:
        m[k] = v
    m["From"] = addr(frm)
    if sender:
        m["Sender"] = sender
    m["To"] = ", ".join(addr(p) for p in to)
    if cc:
        m["Cc"] = ", ".join(addr(p) for p in cc)
    if reply_to:
        m["Reply-To"] = addr(reply_to)
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    dom = frm[1].split("@")[1]
    m["Message-ID"] = msgid or f"<{hid(subject, date.isoformat(), frm[1])}@{dom}>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
    if references:
        m["References"] = references
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, cte=cte) if cte else m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=cte or html_cte)
    if cal is not None:
        m.add_alternative(cal.encode("utf-8"), maintype="text", subtype="calendar",
                          params={"method": cal_method, "charset": "UTF-8"},
                          cte=cal_cte if cal.isascii() else "base64")
    if attach is not None:
        m.add_attachment(attach.encode("utf-8"), maintype="application", subtype="ics",
                         filename=attach_name)
    return m


def quote(text, who, when):
    head = f"On {when.strftime('%a, %b')} {when.day}, {when.year} at {when.strftime('%I:%M %p').lstrip('0')} {who[0]} <{who[1]}> wrote:"
    return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def gcal_text(title, when_line, tzname, meet, organizer, guests, desc=""):
    g = "\n".join(f"{n}\n{e}" for n, e in guests)
    return (f"{title}\n{when_line}\n{tzname}\n\nJoin with Google Meet\n{meet}\n\n"
            f"Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n{g}\n\n{desc}\n\n"
            "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.\n")


def gcal_html(txt):
    paras = txt.strip().split("\n\n")
    body = "".join("<p>" + p.replace("&", "&amp;").replace("<", "&lt;").replace("\n", "<br>") + "</p>\n"
                   for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">\n{body}</div></body></html>\n')


def gtime(s, e):
    """Google style 'Thursday Apr 9, 2026 ⋅ 2pm – 3pm'."""
    def h(d):
        t = d.strftime("%I:%M%p").lstrip("0").lower()
        return t.replace(":00", "")
    return f"{s.strftime('%A %b')} {s.day}, {s.year} \u22c5 {h(s)} \u2013 {h(e)}"


def gsubj(s, e, tzabbr):
    def h(d):
        return d.strftime("%I:%M%p").lstrip("0").lower().replace(":00", "")
    return f"{s.strftime('%a %b')} {s.day}, {s.year} {h(s)} - {h(e)} ({tzabbr})"


SIG_IPHONE = "\n\nSent from my iPhone\n"

CASES = []
LABELS = {}


def case(cid, items, label):
    CASES.append((cid, items))
    LABELS[cid] = label


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind}


def lab(user, interviews, difficulty, category, notes):
    return {"user": user, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


# ======================================================================== POSITIVES
def c01():
    user = ("Maya Okonkwo", "maya.okonkwo@mail.example")
    eli = ("Eli Brandt", "eli@quillbyte.example")
    LA = "America/Los_Angeles"
    d1 = T(2026, 3, 9, 21, 58, LA)
    t1 = ("hey maya - saw your PR on the sqlite-fts thing, really nice work. we're hiring a founding "
          "engineer at quillbyte (3 of us right now, seed round closed in jan). would love to chat about "
          "the role if you're open to it. free for a 30 min call this week?\n\neli" + SIG_IPHONE)
    m1 = mail(eli, [user], "quillbyte / founding eng", d1, t1, delivered_to=user[1],
              msgid="<F3A1C2D9-1B7E-4C2A-9E51-7D0B3C1A2F10@quillbyte.example>")
    d2 = T(2026, 3, 9, 22, 31, LA)
    t2 = ("Hi Eli,\n\nThanks for reaching out - glad the PR was useful! I'd be happy to chat. I'm pretty "
          "flexible this week, tomorrow afternoon or Wednesday morning would be easiest.\n\nMaya\n\n"
          + quote(t1, eli, d1))
    m2 = mail(user, [eli], "Re: quillbyte / founding eng", d2, t2, delivered_to=user[1],
              msgid="<CAMx9kq2w@mail.example>", in_reply_to=m1["Message-ID"], references=m1["Message-ID"])
    d3 = T(2026, 3, 9, 22, 40, LA)
    t3 = "lets do 4 tmrw? ill send a link. 30 min" + SIG_IPHONE + "\n" + quote(t2, user, d2)
    m3 = mail(eli, [user], "Re: quillbyte / founding eng", d3, t3, delivered_to=user[1],
              msgid="<8C22E0A4-77D1-4F0B-A0B1-52F1E9D4C6AA@quillbyte.example>",
              in_reply_to=m2["Message-ID"], references=f"{m1['Message-ID']} {m2['Message-ID']}")
    d4 = T(2026, 3, 9, 22, 44, LA)
    t4 = "works! talk then\n\n" + quote("lets do 4 tmrw? ill send a link. 30 min", eli, d3)
    m4 = mail(user, [eli], "Re: quillbyte / founding eng", d4, t4, delivered_to=user[1],
              msgid="<CAMx9kq7z@mail.example>", in_reply_to=m3["Message-ID"],
              references=f"{m1['Message-ID']} {m2['Message-ID']} {m3['Message-ID']}")
    d5 = T(2026, 3, 10, 8, 3, LA)
    t5 = "meet.google.com/qbt-rnfw-xka\n\nsee u at 4" + SIG_IPHONE
    m5 = mail(eli, [user], "Re: quillbyte / founding eng", d5, t5, delivered_to=user[1],
              msgid="<1D9E77B0-3C55-4E0E-9A3D-0F6B2D5E8C31@quillbyte.example>", in_reply_to=m4["Message-ID"],
              references=f"{m1['Message-ID']} {m3['Message-ID']} {m4['Message-ID']}")
    items = [("01-eli-founding-eng.eml", m1), ("02-re-maya.eml", m2), ("03-re-eli-4-tmrw.eml", m3),
             ("04-re-maya-works.eml", m4), ("05-re-eli-meet-link.eml", m5)]
    s = T(2026, 3, 10, 16, 0, LA)
    case("b24-01-iphone-thread-lets-do-4-tmrw", items, lab(user[1], [
        iv("Quillbyte", "Founding Engineer", s, s + timedelta(minutes=30), "scheduled", [eli[1]], [eli[1]],
           "hiring_manager")], "medium", "positive/thread-terse",
        "Terse phone thread with a founder. 'lets do 4 tmrw?' sent Mon 9 Mar 22:40 -0700 -> Tue 10 Mar 16:00 "
        "PDT (two days after US DST start). 30 min stated."))


def c02():
    user = ("Devin Rahimi", "dev.rahimi@example.com")
    nora = ("Nora Vance", "nora@larkspurhealth.example")
    tomas = ("Tomas Reyes", "tomas@larkspurhealth.example")
    d0 = T(2026, 3, 6, 17, 40, "America/Toronto")
    t0 = ("Hi Nora,\n\nGreat meeting you at the Toronto health-tech meetup on Thursday. As promised, here's my "
          "resume - I'd love to be considered for the Senior Backend Engineer role you mentioned. Most of my "
          "recent work is on HL7/FHIR ingestion pipelines in Go and Postgres.\n\nBest,\nDevin\n")
    d1 = T(2026, 3, 9, 9, 12, "America/New_York")
    fwd = ("---------- Forwarded message ---------\n"
           f"From: Devin Rahimi <{user[1]}>\nDate: Fri, Mar 6, 2026 at 5:40 PM\n"
           f"Subject: Backend role\nTo: Nora Vance <{nora[1]}>\n\n\n" + t0)
    t1 = ("Tomas - Devin is the one I mentioned from the Toronto meetup, strong on the FHIR side. can you grab "
          "45 min with him this week for the technical convo? cc'ing Devin so you two can sort a time directly.\n\n"
          "Devin - Tomas is my co-founder / CTO, he's in SF.\n\n-N\n\n" + fwd)
    m1 = mail(nora, [tomas], "Fwd: Backend role", d1, t1, cc=[user], delivered_to=user[1],
              msgid="<CAK3nv+Q8fwd@larkspurhealth.example>")
    d2 = T(2026, 3, 9, 11, 20, "America/Los_Angeles")
    t2 = ("hey Devin, nice to meet you. how's Thu 3/12 @ 4:30p PST? plan is 45 min: you walk me through a system "
          "you built, then a bit of live debugging on a small service of ours. I'll send a zoom.\n\n"
          "Tomas\n\n" + quote(t1, nora, d1))
    m2 = mail(tomas, [user], "Re: Fwd: Backend role", d2, t2, cc=[nora], delivered_to=user[1],
              msgid="<CAJt0mR2x@larkspurhealth.example>", in_reply_to=m1["Message-ID"],
              references=m1["Message-ID"])
    d3 = T(2026, 3, 9, 14, 51, "America/Toronto")
    t3 = ("Hi Tomas,\n\nThursday at 4:30 PT works great - that's 7:30 my time in Toronto. Looking forward to "
          "it.\n\nDevin\n\n" + quote(t2, tomas, d2))
    m3 = mail(user, [tomas], "Re: Fwd: Backend role", d3, t3, cc=[nora], delivered_to=user[1],
              msgid="<CAD3v1n-yes@example.com>", in_reply_to=m2["Message-ID"],
              references=f"{m1['Message-ID']} {m2['Message-ID']}")
    d4 = T(2026, 3, 9, 12, 5, "America/Los_Angeles")
    t4 = ("great. zoom: https://zoom.us/j/84120937751?pwd=LkR2bWp0 (passcode 571204)\n\ntalk thursday\n\n"
          "--\nTomas Reyes | CTO, Larkspur Health\n+1 (415) 555-0143\n548 Harrison St, Suite 3, San Francisco, "
          "CA 94107\n\n" + quote("Thursday at 4:30 PT works great - that's 7:30 my time in Toronto.", user, d3))
    m4 = mail(tomas, [user], "Re: Fwd: Backend role", d4, t4, delivered_to=user[1],
              msgid="<CAJt0mR9z@larkspurhealth.example>", in_reply_to=m3["Message-ID"],
              references=f"{m1['Message-ID']} {m2['Message-ID']} {m3['Message-ID']}")
    items = [("01-nora-fwd-to-tomas.eml", m1), ("02-tomas-proposes.eml", m2), ("03-devin-confirms.eml", m3),
             ("04-tomas-zoom.eml", m4)]
    s = T(2026, 3, 12, 16, 30, "America/Los_Angeles")
    case("b24-02-ceo-forwards-to-cto-thu-430p-pst", items, lab(user[1], [
        iv("Larkspur Health", "Senior Backend Engineer", s, s + timedelta(minutes=45), "scheduled",
           [tomas[1]], [tomas[1]], "technical")], "hard", "positive/forwarded-founder",
        "CEO forwards the candidate's mail to the CTO (candidate cc'd). 'Thu 3/12 @ 4:30p PST' is written "
        "after US DST start, so it is 16:30 PDT (-07:00); the candidate confirms '7:30 my time in Toronto'."))


def c03():
    user = ("Hanna Lindqvist", "hanna.lindqvist@mail.example")
    jonas = ("Jonas Albrecht", "jonas@kettlewire.example")
    d1 = T(2026, 3, 26, 8, 15, "Europe/Berlin")
    t1 = ("Hi Hanna,\n\nthanks for applying for the Product Designer role at Kettlewire! I really liked the "
          "warehouse app case study.\n\nAs a first step I'd love to have a 30 min call with you. Just pick any "
          "slot next week that works for you here:\nhttps://calendly.com/jonas-kettlewire/30min\n\nCheers,\n"
          "Jonas\n\n--\nJonas Albrecht\nCo-founder & CEO | Kettlewire GmbH\nTorstra\u00dfe 117, 10119 Berlin\n"
          "+49 30 5557 2281\n")
    m1 = mail(jonas, [user], "Kettlewire - Product Designer", d1, t1, delivered_to=user[1], cte="quoted-printable")
    s = T(2026, 3, 30, 14, 0, "Europe/Berlin")
    e = s + timedelta(minutes=30)
    d2 = T(2026, 3, 26, 10, 3, "UTC")
    t2 = (f"Hi Hanna Lindqvist,\n\nYour 30 Minute Meeting with Jonas Albrecht at 14:00 - 14:30 (Central European "
          "Time) on Monday, March 30, 2026 is scheduled.\n\nEvent Type:\n30 Minute Meeting\n\nInvitee:\n"
          f"Hanna Lindqvist\n{user[1]}\n\nEvent Date/Time:\n14:00 - 14:30 (Central European Time) on Monday, "
          "March 30, 2026\n\nLocation:\nThis is a Google Meet web conference.\nhttps://meet.google.com/kwr-tqzp-bna\n\n"
          "Invitee Time Zone:\nCentral European Time\n\nQuestions:\nPlease share anything that will help prepare "
          "for our meeting.\nPortfolio: hannalindqvist.design.example\n\nCancel: https://calendly.com/cancellations/"
          "5c1e0b7a-92d4-4d1e-8e0e-2f6a31c0d4b9\nReschedule: https://calendly.com/reschedulings/"
          "5c1e0b7a-92d4-4d1e-8e0e-2f6a31c0d4b9\n\nPowered by Calendly.com\n")
    ics = ical([vevent("5c1e0b7a-92d4-4d1e-8e0e-2f6a31c0d4b9@calendly.com", s, e,
                       "30 Minute Meeting between Jonas Albrecht and Hanna Lindqvist", jonas,
                       [jonas + ("ACCEPTED",), user + ("ACCEPTED",)],
                       "Event Name: 30 Minute Meeting\n\nLocation: https://meet.google.com/kwr-tqzp-bna",
                       "https://meet.google.com/kwr-tqzp-bna", stamp=d2)],
               prodid="-//Calendly//EN")
    m2 = mail(("Calendly", "notifications@calendly.com"), [user],
              "Confirmed: 30 Minute Meeting with Jonas Albrecht on Monday, March 30, 2026", d2, t2,
              reply_to=jonas, delivered_to=user[1], attach=ics)
    items = [("01-jonas-calendly-link.eml", m1), ("02-calendly-confirmed.eml", m2)]
    case("b24-03-calendly-link-then-confirmation-cest", items, lab(user[1], [
        iv("Kettlewire", "Product Designer", s, e, "scheduled", [jonas[1]], [jonas[1]], "phone_screen")],
        "medium", "positive/calendly",
        "Founder sends a Calendly link (not itself an interview); the Calendly confirmation books it. Calendly "
        "says '(Central European Time)' but 30 Mar 2026 is the day after EU DST start -> +02:00; .ics has 12:00Z."))


def c04():
    user = ("Amara Boateng", "amara.boateng@example.com")
    rui = ("Rui Caldeira", "rui@saltmarsh.example")
    d1 = T(2026, 3, 16, 9, 30, "Europe/Lisbon")
    t1 = ("Hi Amara,\n\nloved your post on offline-first sync with CRDTs. We're a 5-person team building field-"
          "inspection software and we're hiring our first Mobile Engineer (React Native, remote, Americas or "
          "Europe).\n\nWould you be up for an intro call with me? I'm in Lisbon, so your mornings are best. Book "
          "whatever fits: https://cal.com/rui-saltmarsh/intro-45\n\n(2pm here is 10am for you until our clocks "
          "change on the 29th, after that it's 9am.)\n\nAbra\u00e7o,\nRui\n\nRui Caldeira\nFounder, Saltmarsh Labs\n"
          "Rua da Boavista 71, 1200-066 Lisboa\n+351 21 555 0198\n")
    m1 = mail(rui, [user], "Saltmarsh - first mobile hire", d1, t1, delivered_to=user[1], cte="8bit")
    s = T(2026, 3, 25, 10, 0, "America/Toronto")
    e = s + timedelta(minutes=45)
    d2 = T(2026, 3, 16, 15, 47, "UTC")
    t2 = ("Your event has been scheduled\n\nWe sent an email with a calendar invitation with the details to "
          "everyone.\n\nWhat\nIntro call \u2014 Saltmarsh Labs between Rui Caldeira and Amara Boateng\n\nWhen\n"
          "Wednesday, March 25, 2026\n10:00am - 10:45am (America/Toronto)\n\nWho\nRui Caldeira - Organizer\n"
          f"{rui[1]}\nAmara Boateng\n{user[1]}\n\nWhere\nCal Video\nhttps://app.cal.com/video/8Xk2pQ7rLmA\n\n"
          "Need to make a change? Reschedule or Cancel\n")
    ics = ical([vevent("8Xk2pQ7rLmA@Cal.com", s, e,
                       "Intro call \u2014 Saltmarsh Labs between Rui Caldeira and Amara Boateng", rui,
                       [user + ("ACCEPTED",)], "Hiring: Mobile Engineer (first mobile hire)",
                       "https://app.cal.com/video/8Xk2pQ7rLmA", stamp=d2)],
               prodid="-//Cal.com Inc.//Cal.com Event//EN")
    m2 = mail(("Rui Caldeira", "no-reply@cal.com"), [user],
              "Confirmed: Intro call \u2014 Saltmarsh Labs between Rui Caldeira and Amara Boateng @ Wed, "
              "Mar 25, 2026 10:00am - 10:45am", d2, t2, reply_to=rui, delivered_to=user[1], cte="8bit",
              attach=ics, attach_name="event.ics")
    items = [("01-rui-intro.eml", m1), ("02-calcom-confirmed.eml", m2)]
    case("b24-04-calcom-lisbon-founder-toronto-candidate", items, lab(user[1], [
        iv("Saltmarsh Labs", "Mobile Engineer", s, e, "scheduled", [rui[1]], [rui[1]], "hiring_manager")],
        "medium", "positive/calcom-timezones",
        "Lisbon founder, Toronto candidate, booked in the window where the US is on DST and Portugal is not "
        "(4 h gap): 10:00 EDT = 14:00 WET = 14:00Z."))


def c05():
    user = ("Sam Whitfield", "sam.whitfield@mail.example")
    grace = ("Grace Liu", "grace@plinth.example")
    omar = ("Omar Haddad", "omar@plinth.example")
    NY = "America/New_York"
    d1 = T(2026, 4, 1, 10, 2, NY)
    t1 = ("Hi Sam,\n\nThanks for the call last week. As promised, here's the take-home for the Data Engineer "
          "role: https://github.example/plinth/takehome-ingest (private, you should have access now). Please "
          "don't spend more than ~3 hours on it. No deadline pressure, just send me a link when it's done.\n\n"
          "Grace\n\n--\nGrace Liu\nCo-founder, Plinth Analytics\n20 Thorndike St, Cambridge MA 02141\n")
    m1 = mail(grace, [user], "Plinth take-home", d1, t1, delivered_to=user[1])
    d2 = T(2026, 4, 6, 21, 40, NY)
    t2 = ("Hi Grace,\n\nDone - repo is pushed to the same link, README explains the trade-offs. Thanks for "
          "the fun problem!\n\nSam\n\n" + quote(t1, grace, d1))
    m2 = mail(user, [grace], "Re: Plinth take-home", d2, t2, delivered_to=user[1], in_reply_to=m1["Message-ID"],
              references=m1["Message-ID"])
    d3 = T(2026, 4, 7, 8, 12, NY)
    t3 = ("nice!! omar and i skimmed it already. lets do a debrief call, you + me + omar (omar@plinth.example), "
          "2pm ET thursday, 1 hr. we'll ask you to walk through it and then extend it a bit live. invite "
          "coming\n\ng" + SIG_IPHONE + "\n" + quote(t2, user, d2))
    m3 = mail(grace, [user], "Re: Plinth take-home", d3, t3, cc=[omar], delivered_to=user[1],
              in_reply_to=m2["Message-ID"], references=f"{m1['Message-ID']} {m2['Message-ID']}")
    s = T(2026, 4, 9, 14, 0, NY)
    e = s + timedelta(hours=1)
    d4 = T(2026, 4, 7, 12, 25, "UTC")
    title = "Take-home debrief: Sam Whitfield / Plinth"
    guests = [("Grace Liu - organizer", grace[1]), ("Omar Haddad", omar[1]), ("", user[1])]
    txt = gcal_text(title, gtime(s, e), "Eastern Time - New York", "https://meet.google.com/pln-hxwd-tue",
                    grace, [(n or e_, e_) if n else (e_, "") for n, e_ in guests],
                    "Walk through your take-home, then extend it live. Data Engineer loop.")
    ics = ical([vevent("6q0r9m2k4b1c8v3x7z5n@google.com", s, e, title, grace,
                       [grace + ("ACCEPTED",), omar, ("Sam Whitfield", user[1])],
                       "Walk through your take-home, then extend it live. Data Engineer loop.",
                       "", stamp=d4, extra=["X-GOOGLE-CONFERENCE:https://meet.google.com/pln-hxwd-tue"])])
    m4 = mail(grace, [user], f"Invitation: {title} @ {gsubj(s, e, 'EDT')} ({user[1]})", d4, txt,
              html=gcal_html(txt), reply_to=grace, delivered_to=user[1], cte="base64", cal=ics, attach=ics,
              sender="Google Calendar <calendar-notification@google.com>",
              msgid=f"<calendar-{hid('c05inv', n=8)}-7a1b-4c2d-9e3f-{hid('c05x', n=12)}@google.com>")
    items = [("01-grace-takehome.eml", m1), ("02-sam-submitted.eml", m2), ("03-grace-debrief-2pm-et.eml", m3),
             ("04-invitation-debrief.eml", m4)]
    case("b24-05-takehome-then-debrief-call", items, lab(user[1], [
        iv("Plinth Analytics", "Data Engineer", s, e, "scheduled", [grace[1], omar[1]], [grace[1], omar[1]],
           "onsite")], "medium", "positive/takehome-debrief",
        "Take-home itself is not an interview; the live debrief call with two people (phone mail + Google "
        "invite, same event) is one interview; two interviewers -> kind onsite per the panel rule."))


def c06():
    user = ("Lukas Meyer", "lukas.meyer@example.com")
    clara = ("Clara Neumann", "clara@fahrwerk.example")
    bastian = ("Bastian Ost", "bastian@fahrwerk.example")
    B = "Europe/Berlin"
    d1 = T(2026, 4, 9, 17, 48, B)
    t1 = ("Hi Lukas,\n\nwie am Telefon besprochen w\u00fcrden wir dich gern zu einem bezahlten Probetag einladen "
          "(paid trial day, wir zahlen 400 \u20ac Tagessatz) - das ist die letzte Stufe f\u00fcr die Senior "
          "Frontend Engineer Stelle.\n\nDatum: Donnerstag, 16. April\n\nAblauf:\n"
          "09:30 Uhr  Kaffee & Kickoff mit mir\n"
          "10:00-13:00  Pairing mit Bastian (bastian@fahrwerk.example) an einem echten Ticket\n"
          "13:00  Mittagessen mit dem Team\n"
          "14:00-16:30  weiter pairen, kleines Demo\n"
          "17:00 Uhr  Abschlussgespr\u00e4ch mit Bastian und mir (ca. 30 Min.)\n\n"
          "Ort: Fahrwerk Mobility, Oranienstra\u00dfe 185, 2. HH, 10999 Berlin. Bring deinen Laptop mit, "
          "wir stellen einen zweiten Monitor.\n\nBitte kurz best\u00e4tigen!\n\nViele Gr\u00fc\u00dfe\nClara\n\n"
          "--\nClara Neumann\nGr\u00fcnderin & CEO, Fahrwerk Mobility GmbH\nTel. +49 30 5558 9031\n")
    m1 = mail(clara, [user], "Probetag bei Fahrwerk - Do 16.04.", d1, t1, cc=[bastian], delivered_to=user[1],
              cte="quoted-printable")
    d2 = T(2026, 4, 9, 19, 2, B)
    t2 = ("Hallo Clara,\n\nsuper, passt mir! Dann bis Donnerstag um 9:30 Uhr.\n\nLG Lukas\n\n"
          + quote(t1, clara, d1))
    m2 = mail(user, [clara], "Re: Probetag bei Fahrwerk - Do 16.04.", d2, t2, cc=[bastian], delivered_to=user[1],
              cte="quoted-printable", in_reply_to=m1["Message-ID"], references=m1["Message-ID"])
    items = [("01-clara-probetag.eml", m1), ("02-lukas-bestaetigt.eml", m2)]
    s = T(2026, 4, 16, 9, 30, B)
    e = T(2026, 4, 16, 17, 30, B)
    case("b24-06-paid-trial-day-berlin", items, lab(user[1], [
        iv("Fahrwerk Mobility", "Senior Frontend Engineer", s, e, "scheduled", [clara[1], bastian[1]],
           [clara[1], bastian[1]], "onsite")], "hard", "positive/trial-day",
        "Paid trial day (Probetag) as the final hiring stage: live, in person, kickoff + pairing + closing "
        "conversation with founder and engineer on one day -> treated like an onsite (not a take-home): "
        "09:30 to the end of the ~30 min closing talk at 17:00 (17:30) CEST."))


def c07():
    user = ("Olivia Grant", "olivia.grant@mail.example")
    jess = ("Jess Harper", "jess@mossgrove.example")
    femi = ("Femi Adeyemi", "femi@mossgrove.example")
    L = "Europe/London"
    d1 = T(2026, 4, 14, 10, 5, L)
    t1 = ("Hi Olivia,\n\nFemi really enjoyed your phone screen last week. The next step in our process for the "
          "Product Manager role is a coffee with Femi (cc'd) - it's informal, but it is the hiring manager "
          "round, so he'll want to dig into the onboarding case study you mentioned.\n\nWould this Friday at "
          "half past ten work? He suggested Ground Rule Coffee on Redchurch Street, and we've blocked an hour "
          "in his diary.\n\nThanks,\nJess\n\n--\nJess Harper | Operations, Mossgrove\n3rd Floor, 21 Calvert "
          "Avenue, London E2 7JP\n")
    m1 = mail(jess, [user], "Coffee with Femi - next step", d1, t1, cc=[femi], delivered_to=user[1])
    d2 = T(2026, 4, 14, 12, 31, L)
    t2 = "Hi Jess,\n\nFriday at 10:30 is perfect, thank you! See you then, Femi.\n\nOlivia\n\n" + quote(t1, jess, d1)
    m2 = mail(user, [jess], "Re: Coffee with Femi - next step", d2, t2, cc=[femi], delivered_to=user[1],
              in_reply_to=m1["Message-ID"], references=m1["Message-ID"])
    d3 = T(2026, 4, 14, 12, 50, L)
    t3 = ("Lovely - locked in. Femi's mobile is 07700 900412 in case either of you is running late.\n\nJess\n\n"
          + quote("Friday at 10:30 is perfect, thank you! See you then, Femi.", user, d2))
    m3 = mail(jess, [user], "Re: Coffee with Femi - next step", d3, t3, cc=[femi], delivered_to=user[1],
              in_reply_to=m2["Message-ID"], references=f"{m1['Message-ID']} {m2['Message-ID']}")
    items = [("01-jess-coffee-next-step.eml", m1), ("02-olivia-yes.eml", m2), ("03-jess-locked-in.eml", m3)]
    s = T(2026, 4, 17, 10, 30, L)
    case("b24-07-coffee-that-is-the-hm-round", items, lab(user[1], [
        iv("Mossgrove", "Product Manager", s, s + timedelta(hours=1), "scheduled", [femi[1]], [femi[1]],
           "hiring_manager")], "medium", "positive/coffee-chat",
        "'Coffee' explicitly the hiring-manager round. 'this Friday at half past ten' from Tue 14 Apr -> Fri 17 "
        "Apr 10:30 BST; hour blocked. Ops person coordinates, Femi interviews."))


def c08():
    user = ("Jordan Ames", "jordan.ames@example.com")
    ravi = ("Ravi Suresh", "ravi@cinderpath.example")
    lin = ("Lin Okafor", "lin@cinderpath.example")
    LA = "America/Los_Angeles"
    d1 = T(2026, 4, 2, 16, 40, LA)
    t1 = ("hey jordan - we basically live in slack so I just sent you a Slack Connect invite to "
          "#ext-jordan-ames.\n\nnext step for the platform eng role is a system design convo w/ me + Lin "
          "(lin@cinderpath.example, runs our infra). we'll do it as a huddle in that channel, no zoom. does "
          "tues 11am PT work? ~1 hr\n\nravi\ncofounder, cinderpath" + SIG_IPHONE)
    m1 = mail(ravi, [user], "cinderpath next step", d1, t1, cc=[lin], delivered_to=user[1])
    d2 = T(2026, 4, 2, 16, 41, LA)
    t2 = ("Ravi Suresh (Cinderpath) has invited you to join a Slack Connect channel.\n\n#ext-jordan-ames\n\n"
          "Accept the invitation to start working together in a shared channel.\n\nAccept invitation: "
          "https://slack.com/shared_invite/aBc9-2kQ7\n\nThis invitation expires in 14 days.\n\nSlack Technologies, "
          "LLC | 500 Howard Street | San Francisco, CA 94105\n")
    m2 = mail(("Slack", "feedback@slack.com"), [user],
              "Ravi Suresh invited you to a Slack Connect channel", d2, t2, delivered_to=user[1])
    d3 = T(2026, 4, 2, 19, 15, "America/Chicago")
    t3 = "Tuesday 11am PT works. Accepted the Slack invite - see you both in there.\n\nJordan\n\n" + quote(t1, ravi, d1)
    m3 = mail(user, [ravi], "Re: cinderpath next step", d3, t3, cc=[lin], delivered_to=user[1],
              in_reply_to=m1["Message-ID"], references=m1["Message-ID"])
    d4 = T(2026, 4, 4, 10, 2, LA)
    html = ("<html><body><div style=\"font-family:Lato,Helvetica,sans-serif\">"
            "<p>You have new messages in <b>#ext-jordan-ames</b> (Cinderpath)</p>"
            "<p><b>Ravi Suresh</b> 9:12 AM<br>confirmed for tue 4/7 11am PT :white_check_mark: I'll start the "
            "huddle in here, Lin will hop on too. bring your favorite outage story :slightly_smiling_face:</p>"
            "<p><b>Lin Okafor</b> 9:20 AM<br>\U0001f44b looking forward to it</p>"
            "<p><a href=\"https://cinderpath.slack.com/archives/C07EXTJA/p1775319120\">View in Slack</a></p>"
            "<p style=\"color:#888\">You're receiving this because you have email notifications turned on. "
            "Slack Technologies, LLC, 500 Howard Street, San Francisco, CA 94105</p></div></body></html>")
    m4 = mail(("Slack", "notification@slack.com"), [user],
              "[Slack] New messages from Ravi Suresh and Lin Okafor in #ext-jordan-ames", d4, None, html=html,
              delivered_to=user[1], cte="base64")
    items = [("01-ravi-next-step.eml", m1), ("02-slack-connect-invite.eml", m2), ("03-jordan-yes.eml", m3),
             ("04-slack-digest-confirmed.eml", m4)]
    s = T(2026, 4, 7, 11, 0, LA)
    case("b24-08-slack-connect-huddle-system-design", items, lab(user[1], [
        iv("Cinderpath", "Platform Engineer", s, s + timedelta(hours=1), "scheduled", [ravi[1], lin[1]],
           [ravi[1], lin[1]], "onsite")], "hard", "positive/slack-huddle",
        "Interview held as a Slack Connect huddle; confirmed in an HTML-only base64 Slack digest. Tue 7 Apr "
        "11:00 PDT, ~1 h. Two interviewers -> onsite. Slack notification addresses are not recipients."))


def c09():
    user = ("Beatriz Moura", "beatriz.moura@mail.example")
    elin = ("Elin Sj\u00f6berg", "elin@hollowlantern.example")
    d1 = T(2026, 3, 2, 14, 20, "Europe/Stockholm")
    html = ("<html><head><meta charset=\"utf-8\"></head><body style=\"font-family:Georgia,serif\">"
            "<p>Hej Beatriz!</p>"
            "<p>Thanks so much for sending over your portfolio &mdash; the shader breakdowns for the fog volumes "
            "were exactly what we've been struggling with. We'd love to do an interview with you for the "
            "<b>Technical Artist</b> role.</p>"
            "<p>We're six people and do basically everything on our Discord server, calls included. Here's an "
            "invite: <a href=\"https://discord.gg/hLnT4rn\">discord.gg/hLnT4rn</a>. Join the "
            "<b>#interview-voice</b> channel on <b>Thursday 5 March at 15:00 CET</b> (that should be 11h in "
            "S&atilde;o Paulo, if my math is right!). Plan for about 45 minutes: we'll go through one of your "
            "pieces and talk about our pipeline.</p>"
            "<p>Hoppas vi h&ouml;rs!<br>Elin</p>"
            "<p style=\"color:#777\">Elin Sj&ouml;berg &middot; Co-founder, Hollow Lantern Games<br>"
            "G&ouml;tgatan 48, 118 26 Stockholm</p></body></html>")
    m1 = mail(elin, [user], "Hollow Lantern \u2013 Technical Artist interview", d1, None, html=html,
              delivered_to=user[1], cte="base64")
    d2 = T(2026, 3, 2, 12, 3, "America/Sao_Paulo")
    t2 = ("Oi Elin!\n\nConfirmed - Thursday 11h my time / 15:00 yours. I joined the server as bia.moura. "
          "Thanks!\n\nBeatriz\n")
    m2 = mail(user, [elin], "Re: Hollow Lantern \u2013 Technical Artist interview", d2, t2, delivered_to=user[1],
              in_reply_to=m1["Message-ID"], references=m1["Message-ID"])
    items = [("01-elin-discord-invite.eml", m1), ("02-beatriz-confirms.eml", m2)]
    s = T(2026, 3, 5, 15, 0, "Europe/Stockholm")
    case("b24-09-discord-voice-html-only-stockholm-saopaulo", items, lab(user[1], [
        iv("Hollow Lantern Games", "Technical Artist", s, s + timedelta(minutes=45), "scheduled", [elin[1]],
           [elin[1]], "hiring_manager")], "medium", "positive/discord",
        "HTML-only base64 mail; interview in a Discord voice channel. 15:00 CET (+01:00) = 11h BRT (-03:00)."))


def c10():
    user = ("Kiri Walsh", "kiri.walsh@mail.example")
    alex = ("Alex Moretti", "alex@paddock.example")
    mei = ("Mei Chen", "mei.chen@paddock.example")
    SY = "Australia/Sydney"
    d1 = T(2026, 3, 30, 19, 5, SY)
    t1 = ("Kiri - Alex from Paddock Robotics, we spoke briefly at the ROS meetup. Keen to chat about the "
          "robotics software engineer role. Quick phone chat Thursday at noon? I'll call your mobile, half an "
          "hour tops.\n\nA" + SIG_IPHONE)
    m1 = mail(alex, [user], "Paddock - chat thurs?", d1, t1, delivered_to=user[1])
    d2 = T(2026, 3, 30, 20, 12, SY)
    t2 = ("Hi Alex, noon Thursday works. My number is 0491 570 156.\n\nCheers,\nKiri\n\n" + quote(t1, alex, d1))
    m2 = mail(user, [alex], "Re: Paddock - chat thurs?", d2, t2, delivered_to=user[1],
              in_reply_to=m1["Message-ID"], references=m1["Message-ID"])
    d3 = T(2026, 4, 2, 13, 10, SY)
    t3 = ("great chatting! next up is a pairing session with Mei (mei.chen@paddock.example), she'll send an "
          "invite for next Wed arvo. heads up the clocks go back sunday so double check the time :)\n\nA"
          + SIG_IPHONE)
    m3 = mail(alex, [user], "Re: Paddock - chat thurs?", d3, t3, cc=[mei], delivered_to=user[1],
              in_reply_to=m2["Message-ID"], references=f"{m1['Message-ID']} {m2['Message-ID']}")
    s2 = T(2026, 4, 8, 14, 0, SY)
    e2 = s2 + timedelta(minutes=90)
    ev = {
        "kind": "calendar#event", "etag": "\"3391827740213000\"", "id": "0pq7adk3m2c9rjv6t1e5h8bn4s",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=MHBxN2FkazNtMmM5cmp2NnQxZTVoOGJuNHMga2lyaQ",
        "created": "2026-04-02T04:31:10.000Z", "updated": "2026-04-02T04:33:52.114Z",
        "summary": "Pairing interview \u2014 Kiri Walsh (Robotics SWE)",
        "description": "90 min pairing on our path-planning service. Bring a laptop with Python 3.12.\n"
                       "Interviewer: Mei Chen",
        "creator": {"email": mei[1], "displayName": mei[0]},
        "organizer": {"email": mei[1], "displayName": mei[0]},
        "start": {"dateTime": s2.isoformat(), "timeZone": SY},
        "end": {"dateTime": e2.isoformat(), "timeZone": SY},
        "iCalUID": "0pq7adk3m2c9rjv6t1e5h8bn4s@google.com", "sequence": 0,
        "attendees": [
            {"email": mei[1], "displayName": mei[0], "organizer": True, "responseStatus": "accepted"},
            {"email": user[1], "displayName": user[0], "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.google.com/pdk-wmvr-qto",
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    items = [("01-alex-chat-thurs.eml", m1), ("02-kiri-noon-ok.eml", m2), ("03-alex-next-pairing.eml", m3),
             ("04-pairing-interview.gcal.json", ev)]
    s1 = T(2026, 4, 2, 12, 0, SY)
    case("b24-10-two-rounds-across-sydney-dst-end", items, lab(user[1], [
        iv("Paddock Robotics", "Robotics Software Engineer", s1, s1 + timedelta(minutes=30), "scheduled",
           [alex[1]], [alex[1]], "phone_screen"),
        iv("Paddock Robotics", "Robotics Software Engineer", s2, e2, "scheduled", [mei[1]], [mei[1]],
           "technical")], "hard", "positive/two-interviews",
        "Two interviews: founder phone chat 'Thursday at noon' (from Mon 30 Mar) = Thu 2 Apr 12:00 AEDT (+11); "
        "pairing from a Calendar API event Wed 8 Apr 14:00 AEST (+10), after Sydney DST end on 5 Apr."))


def c11():
    user = ("Ken Ishida", "ken.ishida@mail.example")
    yuki = ("Yuki Arai", "yuki@tsubame.example")
    dan = ("Daniel Kwon", "daniel@tsubame.example")
    TK = "Asia/Tokyo"
    s = T(2026, 4, 23, 14, 0, TK)
    e = s + timedelta(hours=1)
    d1 = T(2026, 4, 16, 2, 11, "UTC")
    title = "Tsubame Works \u2014 Technical interview (Backend Engineer) / Ken Ishida"
    desc = "Daniel (CTO) will run a 60-min live coding session in Go. Yuki joins for the first 5 minutes."
    uid = "3h7k2m9p0q4r6s8t1u5v@google.com"
    ics1 = ical([vevent(uid, s, e, title, yuki, [yuki + ("ACCEPTED",), dan, ("Ken Ishida", user[1])], desc, "",
                        stamp=d1, extra=["X-GOOGLE-CONFERENCE:https://meet.google.com/tsb-kqre-wnm"])])
    txt1 = gcal_text(title, gtime(s, e), "Japan Standard Time - Tokyo", "https://meet.google.com/tsb-kqre-wnm",
                     yuki, [("Yuki Arai - organizer", yuki[1]), ("Daniel Kwon", dan[1]), (user[1], "")], desc)
    m1 = mail(yuki, [user], f"Invitation: {title} @ {gsubj(s, e, 'JST')} ({user[1]})", d1, txt1,
              html=gcal_html(txt1), reply_to=yuki, delivered_to=user[1], cte="base64", cal=ics1, attach=ics1,
              sender="Google Calendar <calendar-notification@google.com>")
    d2 = T(2026, 4, 21, 18, 40, TK)
    t2 = ("Ken-san,\n\nI'm very sorry to write this. Our funding timeline slipped and we've decided to pause "
          "hiring for the backend role until the summer, so I have cancelled Thursday's interview with "
          "Daniel.\n\nThis is about our runway, not about you - we really enjoyed the first conversation, and "
          "I'll reach out first if things change.\n\nYuki\n\nYuki Arai | Co-founder & COO, Tsubame Works\n"
          "3-12-5 Jingumae, Shibuya-ku, Tokyo 150-0001\n")
    m2 = mail(yuki, [user], "Thursday's interview", d2, t2, cc=[dan], delivered_to=user[1])
    d3 = T(2026, 4, 21, 9, 42, "UTC")
    ics2 = ical([vevent(uid, s, e, title, yuki, [yuki + ("ACCEPTED",), dan, ("Ken Ishida", user[1])], desc, "",
                        seq=1, status="CANCELLED", stamp=d3)], method="CANCEL")
    txt3 = ("This event has been canceled and removed from your calendar.\n\n" + title + "\n" + gtime(s, e)
            + "\nJapan Standard Time - Tokyo\n\nOrganizer\nYuki Arai\n" + yuki[1] + "\n\n"
            "Invitation from Google Calendar: https://calendar.google.com/calendar/\n")
    m3 = mail(yuki, [user], f"Canceled event: {title} @ {gsubj(s, e, 'JST')} ({user[1]})", d3, txt3,
              html=gcal_html(txt3), reply_to=yuki, delivered_to=user[1], cal=ics2, cal_method="CANCEL", attach=ics2,
              sender="Google Calendar <calendar-notification@google.com>")
    items = [("01-invitation-technical.eml", m1), ("02-yuki-pause-hiring.eml", m2), ("03-canceled-event.eml", m3)]
    case("b24-11-tokyo-invite-then-hiring-freeze-cancel", items, lab(user[1], [
        iv("Tsubame Works", "Backend Engineer", s, e, "cancelled", [dan[1]], [dan[1]], "technical")],
        "medium", "positive/cancellation",
        "Google invite, then co-founder cancels (hiring paused) and METHOD:CANCEL follows. Cancelled at "
        "Thu 23 Apr 14:00 JST. Organizer Yuki only schedules; Daniel interviews."))


def c12():
    user = ("Ananya Rao", "ananya.rao@example.com")
    marcus = ("Marcus Bell", "marcus@fernhollow.example")
    IN = "Asia/Kolkata"

    def confirmation(s, e, d, uidx):
        day = f"{s.strftime('%A, %B')} {s.day}, {s.year}"
        hh = lambda x: x.strftime("%I:%M%p").lstrip("0").lower()  # noqa: E731
        t = (f"Hi Ananya Rao,\n\nYour Founder chat with Marcus Bell at {hh(s)} - {hh(e)} (India Standard Time) on "
             f"{day} is scheduled.\n\nEvent Type:\nFounder chat (Founding Data Scientist)\n\nInvitee:\nAnanya Rao\n"
             f"{user[1]}\n\nEvent Date/Time:\n{hh(s)} - {hh(e)} (India Standard Time) on {day}\n\nLocation:\n"
             "Zoom - details in the calendar invite\nhttps://fernhollow.zoom.us/j/93318840127\n\n"
             f"Cancel: https://calendly.com/cancellations/{uidx}\nReschedule: https://calendly.com/reschedulings/"
             f"{uidx}\n\nPowered by Calendly.com\n")
        ics = ical([vevent(f"{uidx}@calendly.com", s, e, "Founder chat between Marcus Bell and Ananya Rao", marcus,
                           [marcus + ("ACCEPTED",), user + ("ACCEPTED",)], "Founder chat (Founding Data Scientist)",
                           "https://fernhollow.zoom.us/j/93318840127", stamp=d)], prodid="-//Calendly//EN")
        return mail(("Calendly", "notifications@calendly.com"), [user],
                    f"Confirmed: Founder chat with Marcus Bell on {day}", d, t, reply_to=marcus,
                    delivered_to=user[1], attach=ics)

    s1 = T(2026, 3, 3, 21, 0, IN)
    e1 = s1 + timedelta(minutes=45)
    u1 = "b2d0e7f1-4a5c-4c33-8e1a-91f0a7c2d6e4"
    m1 = confirmation(s1, e1, T(2026, 2, 26, 7, 14, "UTC"), u1)
    d2 = T(2026, 3, 2, 18, 2, "America/New_York")
    t2 = ("Ananya - so sorry, have to cancel tmrw, I'm stuck at an investor thing in Boston all day. can you "
          "rebook for next week? same link works. again, sorry\n\nMarcus" + SIG_IPHONE)
    m2 = mail(marcus, [user], "tomorrow", d2, t2, delivered_to=user[1])
    d3 = T(2026, 3, 2, 23, 3, "UTC")
    t3 = ("Hi Ananya Rao,\n\nThe event below has been canceled.\n\nEvent Type:\nFounder chat (Founding Data "
          "Scientist)\n\nEvent Date/Time:\n9:00pm - 9:45pm (India Standard Time) on Tuesday, March 3, 2026\n\n"
          "Canceled by:\nMarcus Bell\n\nReason for canceling:\nConflict came up - please rebook next week\n\n"
          "Powered by Calendly.com\n")
    ics3 = ical([vevent(f"{u1}@calendly.com", s1, e1, "Founder chat between Marcus Bell and Ananya Rao", marcus,
                        [user], "", "", seq=1, status="CANCELLED", stamp=d3)], method="CANCEL",
                prodid="-//Calendly//EN")
    m3 = mail(("Calendly", "notifications@calendly.com"), [user],
              "Canceled: Founder chat with Marcus Bell on Tuesday, March 3, 2026", d3, t3, reply_to=marcus,
              delivered_to=user[1], attach=ics3)
    s2 = T(2026, 3, 9, 20, 0, IN)
    e2 = s2 + timedelta(minutes=45)
    m4 = confirmation(s2, e2, T(2026, 3, 3, 4, 26, "UTC"), "0f6c3b91-2e8d-47a5-b1c9-5d4e8a7f2b10")
    items = [("01-calendly-confirmed-mar3.eml", m1), ("02-marcus-has-to-cancel.eml", m2),
             ("03-calendly-canceled.eml", m3), ("04-calendly-confirmed-mar9.eml", m4)]
    case("b24-12-calendly-cancel-then-rebook-ist", items, lab(user[1], [
        iv("Fernhollow", "Founding Data Scientist", s1, e1, "cancelled", [marcus[1]], [marcus[1]],
           "hiring_manager"),
        iv("Fernhollow", "Founding Data Scientist", s2, e2, "scheduled", [marcus[1]], [marcus[1]],
           "hiring_manager")], "hard", "positive/cancel-rebook",
        "Founder cancels a Calendly booking from his phone; candidate rebooks a NEW Calendly event -> two "
        "entries. Times in IST; founder side crosses US DST (10:30 EST then 10:30 EDT)."))


def c13():
    user = ("Chris Delgado", "chris.delgado@mail.example")
    pri = ("Priyanka Shah", "pshah@northkeel.example")
    W = "Pacific Standard Time"
    LA = "America/Los_Angeles"
    uid = "040000008200E00074C5B7101A82E00800000000A1C2F3E4D5B6DC0100000000000000001000000087A1B2C3D4E5F60718293A4B5C6D7E8F"

    def inv(s, e, seq, d, note):
        when = (f"When: {s.strftime('%A, %B')} {s.day}, {s.year} {s.strftime('%I:%M %p').lstrip('0')}-"
                f"{e.strftime('%I:%M %p').lstrip('0')} (UTC-08:00) Pacific Time (US & Canada).")
        text = (f"{when}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n{note}\n\n"
                "________________________________________________________________________________\n"
                "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the "
                "meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NkEyZTg4%40thread.v2/0>\n"
                "Meeting ID: 281 554 903 127\nPasscode: pX7u2Q\n"
                "________________________________________________________________________________\n")
        html = ("<html><body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">"
                + "".join(f"<p>{p.replace('&', '&amp;').replace('<', '&lt;').replace(chr(10), '<br>')}</p>"
                          for p in text.split("\n\n")) + "</div></body></html>")
        ev = vevent(uid, s, e, "Final conversation - Chris Delgado / Northkeel", pri,
                    [("Chris Delgado", user[1])], text, "Microsoft Teams Meeting", seq=seq, stamp=d, tzid=W,
                    extra=[f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                           "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
                           "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"])
        cal = ical([ev], prodid="Microsoft Exchange Server 2010", vtz=VTZ_PACIFIC_WIN)
        subj = "Final conversation - Chris Delgado / Northkeel"
        return mail(pri, [user], ("Updated: " if seq else "") + subj, d, text, html=html, delivered_to=user[1],
                    cte="quoted-printable", cal=cal, cal_cte="base64",
                    headers=[("Thread-Topic", subj), ("Content-class", "urn:content-classes:calendarmessage")],
                    msgid=f"<SJ0PR11MB{hid('c13', seq, n=12).upper()}@SJ0PR11MB5678.namprd11.prod.outlook.com>")

    s0 = T(2026, 11, 3, 15, 0, LA)
    m1 = inv(s0, s0 + timedelta(minutes=45), 0, T(2026, 10, 28, 9, 14, LA),
             "Hi Chris - looking forward to our final conversation for the Staff Engineer role. 45 minutes, "
             "just the two of us.\n\nPriyanka")
    d2 = T(2026, 11, 2, 20, 47, LA)
    t2 = ("Chris - board meeting tmrw got moved onto my 3pm :( can we push to 5:30? same Teams link, I'll "
          "update the invite. Sorry!!\n\nP\n\nGet Outlook for iOS<https://aka.ms/o0ukef>\n")
    m2 = mail(pri, [user], "tmrw", d2, t2, delivered_to=user[1],
              msgid="<BY5PR11MB4c1e0a2b@BY5PR11MB4000.namprd11.prod.outlook.com>")
    d3 = T(2026, 11, 2, 21, 5, LA)
    t3 = ("No problem at all - 5:30 tomorrow works for me.\n\nChris\n\n"
          "________________________________\nFrom: Priyanka Shah <pshah@northkeel.example>\n"
          "Sent: Monday, November 2, 2026 8:47 PM\nTo: Chris Delgado <chris.delgado@mail.example>\n"
          "Subject: tmrw\n\n" + t2)
    m3 = mail(user, [pri], "Re: tmrw", d3, t3, delivered_to=user[1], in_reply_to=m2["Message-ID"],
              references=m2["Message-ID"])
    s = T(2026, 11, 3, 17, 30, LA)
    e = s + timedelta(minutes=45)
    m4 = inv(s, e, 1, T(2026, 11, 3, 7, 58, LA),
             "Moved to 5:30 - thanks for being flexible, Chris.\n\nPriyanka Shah\nCEO, Northkeel\n"
             "1201 Western Ave, Suite 410, Seattle WA 98101 | +1 206 555 0117")
    items = [("01-outlook-invite-3pm.eml", m1), ("02-priyanka-push-to-530.eml", m2), ("03-chris-ok.eml", m3),
             ("04-outlook-updated-530.eml", m4)]
    case("b24-13-ceo-final-chat-pushed-after-us-dst-end", items, lab(user[1], [
        iv("Northkeel", "Staff Engineer", s, e, "scheduled", [pri[1]], [pri[1]], "hiring_manager")],
        "hard", "positive/reschedule-exchange",
        "Exchange invite (Windows TZID) at 3pm, CEO phone mail 'push to 5:30', SEQUENCE:1 update. Tue 3 Nov "
        "2026 is after US DST end (Nov 1) -> -08:00."))


# ======================================================================== NEGATIVES
def c14():
    user = ("Zoe Park", "zoe.park@mail.example")
    tess = ("Tess Whitaker", "tess@halyardvc.example")
    PT = "America/Los_Angeles"
    s = T(2026, 5, 11, 10, 0, PT)
    e = s + timedelta(minutes=45)
    d1 = T(2026, 5, 6, 15, 22, PT)
    t1 = ("Hi Zoe,\n\nGreat news - the team would like to invite you and Sam to our Monday partner meeting to "
          "discuss Bramblekit's seed round. It's 45 minutes: ~15 min pitch, then Q&A. Fair warning, it can "
          "feel a bit like an interview - partners tend to ask about each founder's role, how you split "
          "decisions, and your hiring plan (who the first engineering candidates are, when you'd hire a "
          "Head of Sales).\n\nI've sent a calendar invite for Monday May 11, 10:00-10:45am PT at our office.\n\n"
          "Best,\nTess\n\nTess Whitaker | Principal, Halyard Ventures\n2460 Sand Hill Rd, Menlo Park CA\n")
    m1 = mail(tess, [user], "Halyard partner meeting - Monday", d1, t1, delivered_to=user[1])
    title = "Bramblekit <> Halyard Ventures - Partner Meeting"
    txt = gcal_text(title, gtime(s, e), "Pacific Time - Los Angeles", "https://meet.google.com/hlv-pmtg-xqa",
                    tess, [("Tess Whitaker - organizer", tess[1]), (user[1], "")], "Seed round partner meeting.")
    ics = ical([vevent("7y2w9r4e1t6u3i8o5p0a@google.com", s, e, title, tess,
                       [tess + ("ACCEPTED",), ("Zoe Park", user[1])], "Seed round partner meeting.",
                       "Halyard Ventures, 2460 Sand Hill Rd", stamp=d1)])
    m2 = mail(tess, [user], f"Invitation: {title} @ {gsubj(s, e, 'PDT')} ({user[1]})", T(2026, 5, 6, 22, 24, "UTC"),
              txt, html=gcal_html(txt), reply_to=tess, delivered_to=user[1], cal=ics, attach=ics,
              sender="Google Calendar <calendar-notification@google.com>")
    case("b24-14-vc-partner-meeting-feels-like-interview", [("01-tess-partner-meeting.eml", m1),
                                                           ("02-invitation-partner-meeting.eml", m2)],
         lab(user[1], [], "hard", "negative/investor-meeting",
             "Founder's VC partner meeting (calendar invite, 'feels like an interview', mentions hiring and "
             "candidates). Not a job interview."))


def c15():
    user = ("Noor Haddad", "noor.haddad@example.com")
    pat = ("Pat G\u00f3mez", "pat.gomez@orchardfreight.example")
    s = T(2026, 4, 22, 13, 0, "America/Chicago")
    e = s + timedelta(minutes=30)
    d = T(2026, 4, 17, 16, 8, "UTC")
    t = ("New event booked\n\nWhat\nCustomer discovery interview between Noor Haddad and Pat G\u00f3mez\n\nWhen\n"
         "Wednesday, April 22, 2026\n1:00pm - 1:30pm (America/Chicago)\n\nWho\nNoor Haddad - Organizer\n"
         f"{user[1]}\nPat G\u00f3mez\n{pat[1]}\n\nWhere\nCal Video\n\nAdditional notes\nRole: Head of Finance at "
         "Orchard Freight. Happy to talk about how we close the books each month.\n\nBooking questions\n"
         "Company size: 200-500\nCurrent tool: spreadsheets + QuickBooks\n")
    ics = ical([vevent("Zq81mNv2Lx@Cal.com", s, e, "Customer discovery interview between Noor Haddad and Pat G\u00f3mez",
                       ("Noor Haddad", user[1]), [pat + ("ACCEPTED",)], "Role: Head of Finance at Orchard Freight",
                       "https://app.cal.com/video/Zq81mNv2Lx", stamp=d)], prodid="-//Cal.com Inc.//Cal.com Event//EN")
    m = mail(("Cal.com", "no-reply@cal.com"), [user],
             "New event: Customer discovery interview with Pat G\u00f3mez @ Wed, Apr 22, 2026 1:00pm - 1:30pm",
             d, t, reply_to=pat, delivered_to=user[1], cte="8bit", attach=ics, attach_name="event.ics")
    d2 = T(2026, 4, 18, 9, 40, "America/Chicago")
    t2 = ("Hi Noor, booked a slot for Wednesday. Fair warning I'm not in the market for a new tool this quarter "
          "but happy to help with your research - I get a lot of these interview requests from startups!\n\nPat\n")
    m2 = mail(pat, [user], "Re: 20 min on month-end close?", d2, t2, delivered_to=user[1])
    case("b24-15-founder-customer-discovery-calcom", [("01-calcom-new-event.eml", m), ("02-pat-reply.eml", m2)],
         lab(user[1], [], "hard", "negative/customer-discovery",
             "Owner is a founder hosting a 'customer discovery interview' (Cal.com organizer); prospect is "
             "a Head of Finance. User research run by the user, not a job interview."))


def c16():
    user = ("Felix Osei", "felix.osei@mail.example")
    lw = ("Launchwell Admissions", "admissions@launchwell.example")
    PT = "America/Los_Angeles"
    s = T(2026, 5, 12, 13, 20, PT)
    e = s + timedelta(minutes=10)
    d1 = T(2026, 5, 5, 17, 0, PT)
    t1 = ("Hi Felix,\n\nCongratulations - Grainline has been invited to interview for Launchwell's Summer 2026 "
          "batch!\n\nYour interview is on Tuesday, May 12 at 1:20pm PT. Interviews are 10 minutes, over Zoom, "
          "with two Launchwell partners. All co-founders should attend. We'll ask about the product, your "
          "users, your co-founder relationship and why you're the right team.\n\nYou'll hear back the same "
          "evening by phone or e-mail.\n\nThe Launchwell team\n")
    m1 = mail(lw, [user], "Launchwell S26 interview invitation - Grainline", d1, t1, delivered_to=user[1])
    ev = {
        "kind": "calendar#event", "etag": "\"3401122334455000\"", "id": "lw26s4gr4inl1ne0512",
        "status": "confirmed", "created": "2026-05-05T23:58:00.000Z", "updated": "2026-05-06T00:01:12.000Z",
        "summary": "Launchwell S26 Interview - Grainline",
        "description": "10-minute founder interview for the Summer 2026 batch. Zoom link below.\n"
                       "https://launchwell.zoom.us/j/96620148830",
        "creator": {"email": user[1], "self": True},
        "organizer": {"email": user[1], "self": True},
        "start": {"dateTime": s.isoformat(), "timeZone": PT},
        "end": {"dateTime": e.isoformat(), "timeZone": PT},
        "iCalUID": "lw26s4gr4inl1ne0512@google.com", "sequence": 0,
        "attendees": [{"email": user[1], "self": True, "organizer": True, "responseStatus": "accepted"},
                      {"email": "ama@grainline.example", "displayName": "Ama Osei", "responseStatus": "accepted"}],
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    case("b24-16-accelerator-interview-for-own-startup", [("01-launchwell-invite.eml", m1),
                                                         ("02-launchwell-interview.gcal.json", ev)],
         lab(user[1], [], "hard", "negative/accelerator-interview",
             "Accelerator admission interview for the user's own company (mail + self-made calendar event). "
             "Non-job interview."))


def c17():
    user = ("Leah Kim", "leah.kim@mail.example")
    owen = ("Owen Fairbairn", "owen@wattleclimate.example")
    d1 = T(2026, 3, 23, 19, 30, "America/Denver")
    t1 = ("Hi Leah,\n\nAnnie passed along your note - happy to grab a coffee and chat about roles in climate "
          "tech! To be upfront, we're not hiring for anything in product right now, so this isn't an interview "
          "for Wattle, just a chance to share what I've learned and maybe intro you to a few founders who are "
          "hiring.\n\nThursday 8:30am at Little Owl on 15th St? I'll have about 45 min before my standup.\n\n"
          "Owen\n\nOwen Fairbairn | Co-founder, Wattle Climate | +1 (720) 555-0166\n")
    m1 = mail(owen, [user], "coffee?", d1, t1, delivered_to=user[1])
    d2 = T(2026, 3, 23, 20, 2, "America/Denver")
    t2 = ("Thursday 8:30 works - thanks so much, Owen! I'll bring questions about the candidate market in "
          "climate.\n\nLeah\n\n" + quote(t1, owen, d1))
    m2 = mail(user, [owen], "Re: coffee?", d2, t2, delivered_to=user[1], in_reply_to=m1["Message-ID"],
              references=m1["Message-ID"])
    case("b24-17-networking-coffee-not-hiring", [("01-owen-coffee.eml", m1), ("02-leah-works.eml", m2)],
         lab(user[1], [], "hard", "negative/networking-coffee",
             "Founder offers a coffee 'about roles in climate tech' but says explicitly they are not hiring and "
             "this is not an interview. Networking only."))


def c18():
    user = ("Marco Bianchi", "marco.bianchi@example.com")
    org = ("Build Weekend Crew", "hello@buildweekend.example")
    d1 = T(2026, 2, 25, 11, 0, "America/New_York")
    html = ("<html><body><h2>You're in! Build Weekend NYC &mdash; Feb 28 - Mar 1</h2>"
            "<p>Hey Marco, your spot is confirmed. Here's the schedule:</p><ul>"
            "<li><b>Sat 9:00am</b> doors + breakfast</li>"
            "<li><b>Sat 10:00am</b> team formation &mdash; pitch your idea or join a team</li>"
            "<li><b>Sat 2:00pm</b> sponsor office hours (Harborline's engineers will be around &mdash; they're "
            "hiring, bring a resume if you're a candidate for their open roles)</li>"
            "<li><b>Sun 2:00pm</b> judging: each team gets a 5-minute interview with the judges, schedule "
            "posted Sunday morning</li><li><b>Sun 5:00pm</b> demos + awards</li></ul>"
            "<p>Calendar file attached. Questions? Reply to this email.</p>"
            "<p>&mdash; Build Weekend Crew<br>Studio 4, 55 Water St, Brooklyn</p></body></html>")
    s = T(2026, 2, 28, 9, 0, "America/New_York")
    e = T(2026, 3, 1, 19, 0, "America/New_York")
    ics = ical([vevent("bwnyc-2026@buildweekend.example", s, e, "Build Weekend NYC 2026 (hackathon)", org, [],
                       "Hackathon. Judging interviews Sunday 2pm.", "55 Water St, Brooklyn", stamp=d1)],
               method="PUBLISH", prodid="-//Build Weekend//Events//EN")
    m1 = mail(org, [user], "You're in: Build Weekend NYC schedule + calendar", d1, None, html=html,
              delivered_to=user[1], attach=ics, attach_name="build-weekend.ics")
    case("b24-18-hackathon-judging-interviews", [("01-build-weekend-schedule.eml", m1)],
         lab(user[1], [], "medium", "negative/hackathon",
             "Hackathon confirmation (HTML-only + PUBLISH .ics) mentioning 'judging interview', sponsors "
             "hiring, candidates. Not a job interview."))


def c19():
    user = ("Aisha Bello", "aisha.bello@mail.example")
    s = T(2026, 6, 4, 16, 0, "America/Los_Angeles")
    e = T(2026, 6, 4, 20, 0, "America/Los_Angeles")
    ics = ical([vevent("demoday-s26-talent@launchwell.example", s, e,
                       "Launchwell Demo Day + Hiring Mixer", ("Launchwell Talent", "talent@launchwell.example"),
                       [("Aisha Bello", user[1])],
                       "Watch 24 companies pitch, then meet founders who are hiring at the mixer. Candidates: bring "
                       "a resume; several teams will do quick on-the-spot intro chats for engineering and design "
                       "roles. RSVP required.", "Pier 27 Shed, San Francisco", stamp=T(2026, 5, 20, 18, 0, "UTC"))],
               method="PUBLISH", prodid="-//Launchwell//Talent Events//EN")
    case("b24-19-demo-day-hiring-mixer-ics", [("01-demo-day-hiring-mixer.ics", ics)],
         lab(user[1], [], "medium", "negative/demo-day",
             "Standalone .ics for an accelerator demo day + hiring mixer (candidates, on-the-spot chats, roles). "
             "Event, not a scheduled job interview."))


def c20():
    user = ("Ines Varga", "ines.varga@example.com")
    hugo = ("Hugo Lef\u00e8vre", "hugo@pebblestack.example")
    d1 = T(2026, 6, 15, 9, 40, "Europe/Paris")
    t1 = ("Bonjour Ines,\n\nPhase 1 is live and the team is thrilled - thanks again. As discussed, we'd like to "
          "extend your contract for phase 2 (role-based access control + audit log).\n\nCould we do a scoping "
          "call on Wednesday at 14h? 1h, with me and Sofia from product. We'll go through the requirements, you "
          "can give us an estimate and we'll update the SOW afterwards. Candidate architectures welcome.\n\n"
          "Invoice for May received, paid Friday.\n\nBonne journ\u00e9e,\nHugo\n\nHugo Lef\u00e8vre\nCTO, "
          "Pebblestack SAS\n12 rue de la Folie-M\u00e9ricourt, 75011 Paris\n+33 1 55 50 42 19\n")
    m1 = mail(hugo, [user], "Phase 2 - scoping call", d1, t1, delivered_to=user[1], cte="quoted-printable")
    d2 = T(2026, 6, 15, 11, 2, "Europe/Budapest")
    t2 = "Hi Hugo,\n\nWednesday 14h works. I'll send a rough estimate template beforehand.\n\nInes\n\n" + quote(t1, hugo, d1)
    m2 = mail(user, [hugo], "Re: Phase 2 - scoping call", d2, t2, delivered_to=user[1], cte="quoted-printable",
              in_reply_to=m1["Message-ID"], references=m1["Message-ID"])
    case("b24-20-contractor-phase2-scoping-call", [("01-hugo-scoping.eml", m1), ("02-ines-ok.eml", m2)],
         lab(user[1], [], "hard", "negative/contractor-scoping",
             "Existing freelance client schedules a scoping call for phase 2 of a signed engagement (SOW, "
             "invoice). Work meeting, not a hiring interview."))


def c21():
    user = ("Oscar Lindgren", "oscar.lindgren@example.com")
    jamal = ("Jamal Idris", "jamal.idris@mail.example")
    NY = "America/New_York"
    s = T(2026, 5, 20, 15, 0, NY)
    e = s + timedelta(minutes=45)
    d1 = T(2026, 5, 14, 10, 0, NY)
    title = "Interview: Jamal Idris - Founding Engineer (Sprigline)"
    ics = ical([vevent("9a8s7d6f5g4h3j2k1l0z@google.com", s, e, title, ("Oscar Lindgren", user[1]),
                       [("Oscar Lindgren", user[1], "ACCEPTED"), jamal + ("ACCEPTED",)], "Founding Engineer interview, 45 min. "
                       "I'll ask about the billing system you built.", "", stamp=d1,
                       extra=["X-GOOGLE-CONFERENCE:https://meet.google.com/spg-jmli-fvn"])]
               )
    ics_txt = ics
    d2 = T(2026, 5, 19, 21, 15, NY)
    t2 = ("Hi Oscar,\n\nJust confirming our interview tomorrow at 3pm for the founding engineer role - I've "
          "accepted the invite. Looking forward to it!\n\nBest,\nJamal\n\nJamal Idris\n(646) 555-0192\n")
    m2 = mail(jamal, [user], "Re: Invitation: " + title, d2, t2, delivered_to=user[1])
    d3 = T(2026, 5, 14, 14, 1, "UTC")
    t3 = (f"Jamal Idris has accepted this invitation.\n\n{title}\n{gtime(s, e)}\nEastern Time - New York\n\n"
          f"Organizer\nOscar Lindgren\n{user[1]}\n\nInvitation from Google Calendar\n")
    accepted = ics_txt.replace("METHOD:REQUEST", "METHOD:REPLY")
    m3 = mail(jamal, [user], f"Accepted: {title} @ {gsubj(s, e, 'EDT')} ({user[1]})", d3, t3,
              delivered_to=user[1], cal=accepted, cal_method="REPLY",
              sender="Google Calendar <calendar-notification@google.com>")
    case("b24-21-founder-user-interviews-candidate", [("01-accepted-by-candidate.eml", m3),
                                                     ("02-jamal-confirms-tomorrow.eml", m2)],
         lab(user[1], [], "hard", "negative/user-is-interviewer",
             "Owner is the founder ORGANIZER; the candidate accepts and writes 'our interview tomorrow'. User "
             "interviews someone else."))


def c22():
    user = ("Wren Castillo", "wren.castillo@mail.example")
    ada = ("Ada Mwangi", "ada@tallowbird.example")
    d1 = T(2026, 5, 26, 9, 30, "America/Phoenix")
    t1 = ("Hi Wren,\n\nThanks for the great screening call yesterday! Next step for the Full-Stack Engineer role "
          "is a short take-home: https://tallowbird.example/takehome/wren-7c1 (should take 3-4 hours, due "
          "Friday 5pm MST).\n\nOnce you've submitted, grab a 45-minute debrief slot with our CTO here: "
          "https://calendly.com/tallowbird-cto/debrief - that's where we'll schedule the interview to go over "
          "your solution.\n\nAda\n\n--\nAda Mwangi | Co-founder, Tallowbird\n1 N Central Ave, Phoenix AZ | "
          "(602) 555-0178\n")
    m1 = mail(ada, [user], "Tallowbird take-home + next steps", d1, t1, delivered_to=user[1])
    d2 = T(2026, 5, 29, 8, 0, "America/Phoenix")
    t2 = ("Hi Wren, friendly reminder that your Tallowbird take-home is due today at 5pm. Don't forget to book "
          "your debrief call afterwards: https://calendly.com/tallowbird-cto/debrief\n\n- Tallowbird hiring\n")
    m2 = mail(("Tallowbird Hiring", "no-reply@tallowbird.example"), [user], "Reminder: take-home due today",
              d2, t2, delivered_to=user[1])
    case("b24-22-takehome-and-unbooked-debrief-link", [("01-ada-takehome.eml", m1), ("02-reminder.eml", m2)],
         lab(user[1], [], "hard", "negative/takehome-unbooked-link",
             "Take-home assignment plus an unbooked Calendly debrief link ('schedule the interview'); nothing "
             "was booked. Not an interview yet."))


# ======================================================================== write
def main():
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              c14, c15, c16, c17, c18, c19, c20, c21, c22):
        f()
    for name in os.listdir(HERE):
        if name.startswith("b24-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    for cid, items in CASES:
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fn, obj in items:
            p = os.path.join(d, fn)
            if fn.endswith(".eml"):
                for i, part in enumerate(obj.walk()):
                    if part.is_multipart():  # deterministic MIME boundaries
                        part.set_boundary("=_b24_" + hid(cid, fn, i, n=24))
                data = obj.as_bytes(policy=policy.default)
            elif fn.endswith(".json"):
                data = (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode()
            else:
                data = obj.encode("utf-8")
            with open(p, "wb") as fh:
                fh.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w") as fh:
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=120)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
