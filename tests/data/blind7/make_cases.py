#!/usr/bin/env python3
"""Deterministic generator for the blind7 evaluation set.

Theme: human conversations and messy real life (recruiter threads, reschedules and
cancellations in prose, forwarded invites, agency introductions, founders, Spanish /
French / German threads, far-away time zones, Exchange invites with Windows zone
names, Google invites naming the panel) plus hard look-alike negatives.

Run:  python make_cases.py      (rewrites every case folder and labels.yaml)
stdlib + PyYAML + zoneinfo only. All people, companies and domains are invented.
"""
import hashlib
import json
import random
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
UTC = timezone.utc
LABELS = {}
CASES = []  # (case_id, [(filename, bytes)])


# ----------------------------------------------------------------- helpers
def D(y, mo, d, h, mi, tz, wd=None):
    dt = datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))
    if wd is not None:
        assert dt.strftime("%A") == wd, (dt, wd)
    return dt


def iso(dt):
    return dt.isoformat() if dt is not None else None


def utcstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local_stamp(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def mid(case, n, domain):
    h = hashlib.sha1(f"{case}-{n}".encode()).hexdigest()
    return f"<{h[:24].upper()}@{domain}>"


def esc(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line):
    """RFC 5545 folding at 75 octets, never splitting a UTF-8 sequence."""
    out, cur, limit = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur)
            cur, limit = b" ", 75
        cur += b
    out.append(cur)
    return "\r\n".join(x.decode("utf-8") for x in out)


VTZ = {
    "W. Europe Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200",
        "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE"],
    "E. South America Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:E. South America Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:-0300",
        "TZOFFSETTO:-0300", "END:STANDARD", "END:VTIMEZONE"],
    "Singapore Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Singapore Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0800",
        "TZOFFSETTO:+0800", "END:STANDARD", "END:VTIMEZONE"],
    "Eastern Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400",
        "TZOFFSETTO:-0500", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
        "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000",
        "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE"],
    "Europe/Paris": [
        "BEGIN:VTIMEZONE", "TZID:Europe/Paris", "X-LIC-LOCATION:Europe/Paris",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
        "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "TZNAME:CET", "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
        "END:STANDARD", "END:VTIMEZONE"],
}


def ics(uid, start, end, summary, organizer, attendees, *, method="REQUEST",
        description="", location="", seq=0, status="CONFIRMED", tzid=None,
        prodid="-//Google Inc//Google Calendar 70.9054//EN", stamp=None,
        extra=(), exchange=False):
    """Build iCalendar text by hand (CRLF, folded). attendees: (cn, email, partstat)."""
    L = ["BEGIN:VCALENDAR"]
    if exchange:
        L += [f"METHOD:{method}", f"PRODID:{prodid}", "VERSION:2.0"]
    else:
        L += [f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if tzid:
        L += VTZ[tzid]
    L.append("BEGIN:VEVENT")
    if organizer:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for cn, em, ps in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={cn}:mailto:{em}")
    if description:
        L.append("DESCRIPTION:" + esc(description))
    L.append("SUMMARY:" + esc(summary))
    if tzid:
        tz = start.tzinfo
        L.append(f"DTSTART;TZID={tzid}:{local_stamp(start)}")
        if end is not None:
            L.append(f"DTEND;TZID={tzid}:{local_stamp(end)}")
    else:
        L.append(f"DTSTART:{utcstamp(start)}")
        if end is not None:
            L.append(f"DTEND:{utcstamp(end)}")
    L.append(f"UID:{uid}")
    L.append(f"DTSTAMP:{utcstamp(stamp or start)}")
    L.append(f"SEQUENCE:{seq}")
    L.append(f"STATUS:{status}")
    L.append("LOCATION:" + esc(location))
    L.append("TRANSP:OPAQUE")
    L.extend(extra)
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in L) + "\r\n"


def mail(case, n, *, frm, to, subject, date, owner, text=None, html=None, cc=None,
         reply_to=None, in_reply_to=None, references=None, sender=None,
         cal=None, cal_method="REQUEST", cal_cte="7bit", attach_ics=None,
         attach_name="invite.ics", text_cte="quoted-printable", html_cte="quoted-printable",
         extra=(), domain=None, received=True):
    m = EmailMessage()
    m["Delivered-To"] = owner
    if received:
        m["Received"] = (f"from mx.{(domain or 'mail.example')} by mx.example.com with ESMTPS "
                         f"id {hashlib.md5((case+str(n)).encode()).hexdigest()[:12]} for <{owner}>; "
                         f"{format_datetime(date)}")
    for k, v in extra:
        m[k] = v
    if sender:
        m["Sender"] = sender
    if reply_to:
        m["Reply-To"] = reply_to
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = mid(case, n, domain or "mail.example")
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, cte=text_cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte)
    if cal is not None:
        if cal_cte == "7bit" and not cal.isascii():
            cal_cte = "base64"
        m.add_alternative(cal, subtype="calendar", params={"method": cal_method}, cte=cal_cte)
    if attach_ics is not None:
        m.add_attachment(attach_ics.encode("utf-8"), maintype="application", subtype="ics",
                         filename=attach_name)
    random.seed(f"{case}-{n}")  # deterministic MIME boundaries
    return m.as_bytes()


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def add_case(case_id, items, label):
    CASES.append((case_id, items))
    LABELS[case_id] = label


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end),
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(recipients), "kind": kind}


def label(user, interviews, difficulty, category, notes):
    return {"user": user, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes,
            "source": "synthetic"}


def google_invite(case, n, *, owner, organizer, guests, title, start, end, tzname,
                  when_line, description="", date, uid, seq=0, updated=False,
                  location="", reply_to=None, domain="google.com"):
    """Google Calendar invitation e-mail. organizer/guests: (name, email)."""
    guest_lines = []
    for nm, em in guests:
        tag = " - organizer" if em == organizer[1] else ""
        guest_lines.append(f"{nm}{tag}\n{em}")
    prefix = "Updated invitation" if updated else "Invitation"
    changed = "This event has been updated\nChanged: time\n\n" if updated else ""
    plain = (f"{changed}{title}\n{when_line}\n{tzname}\n\n"
             + (f"{location}\n\n" if location else
                "Join with Google Meet\nhttps://meet.google.com/"
                + hashlib.md5(uid.encode()).hexdigest()[:3] + "-"
                + hashlib.md5(uid.encode()).hexdigest()[3:7] + "-"
                + hashlib.md5(uid.encode()).hexdigest()[7:10] + "\n\n")
             + f"Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n"
             + "\n".join(guest_lines) + "\n\n"
             + (description + "\n\n" if description else "")
             + f"Reply for {owner} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={hashlib.md5((uid+owner).encode()).hexdigest()}\n\n"
             + "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
             + "You are receiving this email because you are an attendee on the event.\n")
    html = "<html><body><div style=\"font-family:Roboto,Arial,sans-serif\">" + "".join(
        "<p>" + p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>") + "</p>"
        for p in plain.split("\n\n")) + "</div></body></html>"
    att = [(nm, em, "ACCEPTED" if em == organizer[1] else "NEEDS-ACTION") for nm, em in guests]
    cal = ics(uid, start, end, title, organizer, att, description=description,
              location=location, seq=seq, stamp=date)
    short = when_line
    subj = f"{prefix}: {title} @ {short} ({owner})"
    return mail(case, n, frm=f"{organizer[0]} <{organizer[1]}>", to=owner, subject=subj,
                date=date, owner=owner, text=plain, html=html, cal=cal, attach_ics=cal,
                reply_to=reply_to, domain=domain, text_cte="base64",
                extra=[("Return-Path", "<calendar-notification@google.com>")],
                sender="Google Calendar <calendar-notification@google.com>")


def exchange_invite(case, n, *, owner, organizer, attendees, subject, start, end, tzid,
                    when_text, body, date, uid, domain, method="REQUEST", status="CONFIRMED",
                    seq=0, location="Microsoft Teams Meeting", where_word="Where",
                    lang="en-US"):
    teams = ("\n\n________________________________________________________________________________\n"
             "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
             f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{hashlib.md5(uid.encode()).hexdigest()}%40thread.v2/0>\n"
             f"Meeting ID: {int(hashlib.md5(uid.encode()).hexdigest()[:8], 16) % 10**12:012d}\n"
             f"Passcode: {hashlib.md5(uid.encode()).hexdigest()[8:14]}\n"
             "________________________________________________________________________________\n")
    plain = when_text + "\n" + f"{where_word}: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body + teams
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">"
            + "".join("<p>" + p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>") + "</p>"
                      for p in plain.split("\n\n")) + "</div></body></html>")
    att = [(nm, em, "NEEDS-ACTION") for nm, em in attendees]
    cal = ics(uid, start, end, subject, organizer, att, method=method, description=plain,
              location=location, seq=seq, status=status, tzid=tzid,
              prodid="Microsoft Exchange Server 2010", stamp=date, exchange=True,
              extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                     "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"])
    to = ", ".join(f"{nm} <{em}>" for nm, em in attendees)
    return mail(case, n, frm=f"{organizer[0]} <{organizer[1]}>", to=to, subject=subject, date=date,
                owner=owner, text=plain, html=html, cal=cal, cal_method=method, cal_cte="base64",
                domain=domain, extra=[("Thread-Topic", subject), ("Accept-Language", lang),
                                      ("Content-Language", lang),
                                      ("Content-class", "urn:content-classes:calendarmessage")])


# =================================================================== POSITIVES
def c01():
    cid = "b7-01-recruiter-thread-counter-propose-toronto"
    owner = "aisha.bello@example.com"
    me = f"Aisha Bello <{owner}>"
    kyle = "Kyle Demers <kyle.demers@harbourline.example>"
    tz = "America/Toronto"
    d1 = D(2026, 3, 9, 9, 12, tz, "Monday")
    t1 = """Hi Aisha,

Thanks for applying to the Operations Analyst opening at Harbourline Freight. I had a look at your resume and would love to set up a quick intro call, 30 min or so, to tell you more about the team and hear what you're looking for.

Would tomorrow (Tuesday) at 10 work?

Kyle Demers
Talent Partner | Harbourline Freight
200 Bay St, Suite 1410, Toronto ON
m. 647-555-0131
"""
    s = "Operations Analyst - intro call"
    m1 = mail(cid, 1, frm=kyle, to=me, subject=s, date=d1, owner=owner, text=t1, domain="harbourline.example")
    d2 = D(2026, 3, 9, 11, 40, tz)
    t2 = """Hi Kyle,

Thanks for reaching out! Tuesday morning is tough for me unfortunately - any chance you have something Wednesday afternoon, after 1?

Aisha

On Mon, Mar 9, 2026 at 9:12 AM Kyle Demers <kyle.demers@harbourline.example> wrote:
""" + quote(t1)
    m2 = mail(cid, 2, frm=me, to=kyle, subject="Re: " + s, date=d2, owner=owner, text=t2,
              in_reply_to=mid(cid, 1, "harbourline.example"), domain="example.com", text_cte="7bit")
    d3 = D(2026, 3, 9, 13, 5, tz)
    t3 = """Wed at 2 works! I'll give you a ring at 416-555-0148, is that still the best number?

Kyle

Sent from my phone
"""
    m3 = mail(cid, 3, frm=kyle, to=me, subject="Re: " + s, date=d3, owner=owner, text=t3,
              in_reply_to=mid(cid, 2, "example.com"),
              references=mid(cid, 1, "harbourline.example") + " " + mid(cid, 2, "example.com"),
              domain="harbourline.example", text_cte="7bit")
    d4 = D(2026, 3, 9, 13, 21, tz)
    t4 = """Yep that's the one. Talk Wednesday!

On Mon, Mar 9, 2026 at 1:05 PM Kyle Demers <kyle.demers@harbourline.example> wrote:
""" + quote(t3)
    m4 = mail(cid, 4, frm=me, to=kyle, subject="Re: " + s, date=d4, owner=owner, text=t4,
              in_reply_to=mid(cid, 3, "harbourline.example"), domain="example.com", text_cte="7bit")
    st = D(2026, 3, 11, 14, 0, tz, "Wednesday")
    add_case(cid, [("01-kyle-intro-call.eml", m1), ("02-re-tuesday-tough.eml", m2),
                   ("03-re-wed-at-2.eml", m3), ("04-re-yep.eml", m4)],
             label(owner, [iv("Harbourline Freight", "Operations Analyst", st, st + timedelta(minutes=30),
                              "scheduled", ["kyle.demers@harbourline.example"],
                              ["kyle.demers@harbourline.example"], "phone_screen")],
                   "medium", "positive/thread-counter-propose",
                   "Propose Tue 10 -> counter 'Wednesday after 1' -> 'Wed at 2 works'; relative days vs Mon Mar 9 "
                   "(first week of EDT). Recruiter conducts the 30-min call."))


def c02():
    cid = "b7-02-push-to-tuesday-same-time-sydney-dst"
    owner = "liam.nguyen@example.com"
    tz = "Australia/Sydney"
    pri = ("Priyanka Desai", "priyanka@saltbush.example")
    title = "Interview: Liam Nguyen / Senior Data Engineer (Saltbush Analytics)"
    uid = "5q0c2h7tsaltbush1r4p@google.com"
    desc = ("45 min conversation with Priyanka (Head of Data). We'll talk through a pipeline you've built "
            "and the Saltbush stack (dbt, Snowflake, Dagster).")
    st0 = D(2026, 4, 2, 10, 30, tz, "Thursday")
    d1 = D(2026, 3, 27, 15, 2, tz)
    m1 = google_invite(cid, 1, owner=owner, organizer=pri, guests=[pri, ("Liam Nguyen", owner)],
                       title=title, start=st0, end=st0 + timedelta(minutes=45),
                       tzname="Australian Eastern Time - Sydney",
                       when_line="Thursday 2 Apr 2026 ⋅ 10:30am – 11:15am", description=desc,
                       date=d1, uid=uid)
    d2 = D(2026, 3, 31, 17, 48, tz)
    t2 = """Hey Liam,

Sorry to do this - something's landed on my plate for Thursday morning that I can't move. Can we push to Tuesday same time? I'll move the invite if that works for you.

Cheers,
Priyanka

--
Priyanka Desai | Head of Data
Saltbush Analytics | Level 9, 1 Macquarie Pl, Sydney NSW 2000
+61 2 5550 1186
"""
    m2 = mail(cid, 2, frm=f"{pri[0]} <{pri[1]}>", to=f"Liam Nguyen <{owner}>",
              subject="Thursday", date=d2, owner=owner, text=t2, domain="saltbush.example")
    d3 = D(2026, 3, 31, 19, 3, tz)
    t3 = """No worries at all - Tuesday 10:30 works for me.

Liam

On Tue, 31 Mar 2026 at 5:48 pm, Priyanka Desai <priyanka@saltbush.example> wrote:
""" + quote(t2)
    m3 = mail(cid, 3, frm=f"Liam Nguyen <{owner}>", to=f"{pri[0]} <{pri[1]}>", subject="Re: Thursday",
              date=d3, owner=owner, text=t3, in_reply_to=mid(cid, 2, "saltbush.example"),
              domain="example.com", text_cte="7bit")
    st = D(2026, 4, 7, 10, 30, tz, "Tuesday")
    d4 = D(2026, 4, 1, 8, 15, tz)
    m4 = google_invite(cid, 4, owner=owner, organizer=pri, guests=[pri, ("Liam Nguyen", owner)],
                       title=title, start=st, end=st + timedelta(minutes=45),
                       tzname="Australian Eastern Time - Sydney",
                       when_line="Tuesday 7 Apr 2026 ⋅ 10:30am – 11:15am", description=desc,
                       date=d4, uid=uid, seq=1, updated=True)
    add_case(cid, [("01-invitation.eml", m1), ("02-thursday.eml", m2), ("03-re-thursday.eml", m3),
                   ("04-updated-invitation.eml", m4)],
             label(owner, [iv("Saltbush Analytics", "Senior Data Engineer", st, st + timedelta(minutes=45),
                              "scheduled", [pri[1]], [pri[1]], "hiring_manager")],
                   "hard", "positive/reschedule-in-prose",
                   "'Can we push to Tuesday same time?' moves Thu 2 Apr 10:30 AEDT (+11) to Tue 7 Apr 10:30 "
                   "AEST (+10) across the Sydney DST end (Apr 5); updated Google invite SEQUENCE 1."))


def c03():
    cid = "b7-03-founder-final-chat-cancelled-nairobi"
    owner = "grace.w@mail.example"
    me = f"Grace Wanjiru <{owner}>"
    tz = "Africa/Nairobi"
    ot = "Otieno Kamau <otieno@mavunopay.example>"
    d1 = D(2026, 4, 13, 20, 31, tz, "Monday")
    t1 = """Hi Grace,

Thanks for sitting through the design exercise with Wambui last week - she was really impressed, and so was I when I went through your portfolio over the weekend.

The last step for the Founding Product Designer role is a proper conversation with me. Would Thursday at 4pm work? Plan for about 45 minutes. Happy to do it at our office in Westlands, or on Meet if that's easier.

Otieno
--
Otieno Kamau
Co-founder & CEO, Mavuno Pay
+254 700 555 218
"""
    s = "Next step - chat with me"
    m1 = mail(cid, 1, frm=ot, to=me, subject=s, date=d1, owner=owner, text=t1, domain="mavunopay.example")
    d2 = D(2026, 4, 14, 7, 55, tz)
    t2 = """Hi Otieno,

Thank you, that's lovely to hear! Thursday at 4 works well, and I'd rather come to the office.

Best,
Grace

On Mon, 13 Apr 2026 at 20:31, Otieno Kamau <otieno@mavunopay.example> wrote:
""" + quote(t1)
    m2 = mail(cid, 2, frm=me, to=ot, subject="Re: " + s, date=d2, owner=owner, text=t2,
              in_reply_to=mid(cid, 1, "mavunopay.example"), domain="mail.example")
    d3 = D(2026, 4, 14, 9, 12, tz)
    t3 = """Great - see you Thursday 16th at 4pm. We're on the 3rd floor of Mvule House, Woodvale Grove. Ask for me at reception.

O.
"""
    m3 = mail(cid, 3, frm=ot, to=me, subject="Re: " + s, date=d3, owner=owner, text=t3,
              in_reply_to=mid(cid, 2, "mail.example"), domain="mavunopay.example", text_cte="7bit")
    d4 = D(2026, 4, 16, 8, 5, tz, "Thursday")
    t4 = """Grace, really sorry about this - something came up with one of our investors and I'm going to be tied up all afternoon. I have to cancel our chat today.

I'll get back to you next week with a new time, promise. Apologies for the late notice.

Otieno
"""
    m4 = mail(cid, 4, frm=ot, to=me, subject="Re: " + s, date=d4, owner=owner, text=t4,
              in_reply_to=mid(cid, 3, "mavunopay.example"), domain="mavunopay.example", text_cte="7bit")
    st = D(2026, 4, 16, 16, 0, tz)
    add_case(cid, [("01-otieno-next-step.eml", m1), ("02-re-thursday-at-4.eml", m2),
                   ("03-re-see-you.eml", m3), ("04-re-something-came-up.eml", m4)],
             label(owner, [iv("Mavuno Pay", "Founding Product Designer", st, st + timedelta(minutes=45),
                              "cancelled", ["otieno@mavunopay.example"], ["otieno@mavunopay.example"],
                              "hiring_manager")],
                   "hard", "positive/cancel-in-prose",
                   "Founder/CEO final chat agreed in a thread (Thu 16 Apr 4pm EAT, 45 min) then cancelled the same "
                   "morning ('something came up'); no new time given -> one cancelled interview."))


def c04():
    cid = "b7-04-agency-intro-client-singapore"
    owner = "daniel.koh@example.com"
    me = f"Daniel Koh <{owner}>"
    tz = "Asia/Singapore"
    fi = "Fiona Lim <fiona.lim@redgumtalent.example>"
    ar = ("Arjun Pillai", "arjun.pillai@peregrinemaritime.example")
    s = "Intro: Daniel Koh <> Peregrine Maritime - Cloud Platform Lead"
    d1 = D(2026, 4, 14, 10, 2, tz, "Tuesday")
    t1 = """Hi Arjun,

As discussed on Friday, I'd like to introduce Daniel Koh (cc'd) for the Cloud Platform Lead role. Daniel has spent the last six years running platform teams at a regional logistics group and has led two AWS-to-multi-cloud migrations - his CV is attached to my earlier email.

Daniel - Arjun heads up Platform Engineering at Peregrine Maritime Systems and is the hiring manager for the role.

I'll let you two find a time directly. Daniel is based here in Singapore.

Warm regards,
Fiona

Fiona Lim | Principal Consultant, Technology
Redgum Talent Partners | 8 Marina View, #21-03, Singapore 018960
+65 6555 0197 | EA Licence No. 00X0000 (fictitious)
"""
    m1 = mail(cid, 1, frm=fi, to=f"{ar[0]} <{ar[1]}>", cc=me, subject=s, date=d1, owner=owner,
              text=t1, domain="redgumtalent.example")
    d2 = D(2026, 4, 14, 13, 47, tz)
    t2 = """Thanks Fiona (moving you to bcc).

Daniel, great to e-meet. Could you do Monday 20 April at 9.30am SGT? Let's plan on 45 minutes over Teams - it'll just be me for this first conversation. I'll send an invite once you confirm.

Best,
Arjun

Arjun Pillai
Head of Platform Engineering
Peregrine Maritime Systems Pte. Ltd.
"""
    m2 = mail(cid, 2, frm=f"{ar[0]} <{ar[1]}>", to=me, subject="RE: " + s, date=d2, owner=owner,
              text=t2, in_reply_to=mid(cid, 1, "redgumtalent.example"), domain="peregrinemaritime.example")
    d3 = D(2026, 4, 14, 14, 20, tz)
    t3 = """Hi Arjun,

Likewise! Monday 20 April at 9.30am works perfectly. Looking forward to it.

Regards,
Daniel
"""
    m3 = mail(cid, 3, frm=me, to=f"{ar[0]} <{ar[1]}>", cc=fi, subject="RE: " + s, date=d3, owner=owner,
              text=t3, in_reply_to=mid(cid, 2, "peregrinemaritime.example"), domain="example.com",
              text_cte="7bit")
    st = D(2026, 4, 20, 9, 30, tz, "Monday")
    d4 = D(2026, 4, 14, 14, 41, tz)
    body = """Hi Daniel,

Invite for Monday as agreed. We'll talk about your platform work and what we're building at Peregrine.

Arjun"""
    m4 = exchange_invite(cid, 4, owner=owner, organizer=ar, attendees=[("Daniel Koh", owner)],
                         subject="Daniel Koh / Arjun Pillai - Cloud Platform Lead", start=st,
                         end=st + timedelta(minutes=45), tzid="Singapore Standard Time",
                         when_text="When: Monday, 20 April 2026 9:30 AM-10:15 AM (UTC+08:00) Kuala Lumpur, Singapore.",
                         body=body, date=d4, uid="040000008200E00074C5B7101A82E00800000000PEREGRINE0420",
                         domain="peregrinemaritime.example", lang="en-SG")
    d5 = D(2026, 4, 14, 16, 8, tz)
    t5 = """Great to see this locked in, Daniel. I'll give you a call on Friday for a quick prep - Arjun is very hands-on so expect to go deep on the migration work.

Fiona
"""
    m5 = mail(cid, 5, frm=fi, to=me, subject="Re: " + s, date=d5, owner=owner, text=t5,
              in_reply_to=mid(cid, 3, "example.com"), domain="redgumtalent.example", text_cte="7bit")
    add_case(cid, [("01-fiona-intro.eml", m1), ("02-arjun-monday.eml", m2), ("03-daniel-confirms.eml", m3),
                   ("04-teams-invite.eml", m4), ("05-fiona-prep.eml", m5)],
             label(owner, [iv("Peregrine Maritime Systems", "Cloud Platform Lead", st,
                              st + timedelta(minutes=45), "scheduled", [ar[1]], [ar[1]], "hiring_manager")],
                   "hard", "positive/agency-intro",
                   "Agency (Redgum Talent) introduces candidate to client; employer is the client. HM proposes, "
                   "candidate confirms, Exchange invite with 'Singapore Standard Time'. Agency prep call Friday is "
                   "not an interview (no time given)."))


def c05():
    cid = "b7-05-exchange-sao-paulo-windows-tz"
    owner = "renata.alves@example.com"
    tz = "America/Sao_Paulo"
    cam = ("Camila Rocha", "camila.rocha@ipelogistica.example")
    bru = ("Bruno Tavares", "bruno.tavares@ipelogistica.example")
    st = D(2026, 3, 24, 15, 0, tz, "Tuesday")
    d1 = D(2026, 3, 18, 11, 26, tz)
    body = """Olá Renata,

Conforme combinado por telefone, segue o convite para a entrevista técnica da vaga de Analista de Dados Sênior. Você vai conversar com o Bruno Tavares (Coordenador de BI). Eu só organizei a agenda e não vou participar.

O horário é de Brasília - vi que você está em Lisboa, então seriam 18h aí.

Abraços,
Camila Rocha
Atração de Talentos | Ipê Logística
Av. Brigadeiro Faria Lima, 3900 - São Paulo/SP
+55 11 5555-0142"""
    m1 = exchange_invite(cid, 1, owner=owner, organizer=cam,
                         attendees=[("Renata Alves", owner), bru],
                         subject="Entrevista técnica - Renata Alves - Analista de Dados Sênior",
                         start=st, end=st + timedelta(hours=1), tzid="E. South America Standard Time",
                         when_text="Quando: terça-feira, 24 de março de 2026 15:00-16:00 (UTC-03:00) Brasília.",
                         where_word="Onde", location="Reunião do Microsoft Teams",
                         body=body, date=d1, uid="040000008200E00074C5B7101A82E00800000000IPE0324RA",
                         domain="ipelogistica.example", lang="pt-BR")
    # sanity: the 18h Lisbon claim
    assert st.astimezone(ZoneInfo("Europe/Lisbon")).hour == 18
    add_case(cid, [("01-convite-entrevista-tecnica.eml", m1)],
             label(owner, [iv("Ipê Logística", "Analista de Dados Sênior", st, st + timedelta(hours=1),
                              "scheduled", [bru[1]], [bru[1]], "technical")],
                   "medium", "positive/exchange-windows-tz",
                   "Portuguese Exchange/Teams invite, TZID 'E. South America Standard Time' (-03, no DST); body "
                   "mentions the Lisbon equivalent (18h). Organizer is a coordinator, not an interviewer."))


def c06():
    cid = "b7-06-google-invite-panel-in-description-gcal-json"
    owner = "hannah.osei@example.com"
    tz = "America/Toronto"
    jess = ("Jess Park", "jess.park@fernhill.example")
    panel = [("Marco Bellini", "marco.bellini@fernhill.example"),
             ("Sofia Grant", "sofia.grant@fernhill.example"),
             ("Tariq Haddad", "tariq.haddad@fernhill.example")]
    st = D(2026, 4, 23, 13, 0, tz, "Thursday")
    en = st + timedelta(minutes=90)
    title = "Fernhill Games - Panel Interview - Gameplay Engineer (Hannah Osei)"
    desc = ("Hi Hannah! This is your panel interview for the Gameplay Engineer role.\n\n"
            "Panel:\n- Marco Bellini, Lead Gameplay Engineer\n- Sofia Grant, Engineering Manager\n"
            "- Tariq Haddad, Design Director\n\n"
            "Format: 90 minutes - 45 min technical deep-dive on a system you shipped, 30 min design "
            "collaboration, 15 min for your questions. I'm just coordinating and won't be on the call.\n\n"
            "Questions? jess.park@fernhill.example")
    uid = "7gk2m0fernhill9panel3@google.com"
    d1 = D(2026, 4, 16, 16, 40, tz)
    guests = [jess] + panel + [("Hannah Osei", owner)]
    m1 = google_invite(cid, 1, owner=owner, organizer=jess, guests=guests, title=title, start=st, end=en,
                       tzname="Eastern Time - Toronto",
                       when_line="Thursday Apr 23, 2026 ⋅ 1pm – 2:30pm", description=desc, date=d1, uid=uid)
    ev = {
        "kind": "calendar#event", "etag": "\"3391045220884000\"", "id": uid.split("@")[0],
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=N2drMm0wZmVybmhpbGw5cGFuZWwz",
        "created": "2026-04-16T20:40:12.000Z", "updated": "2026-04-16T20:41:03.442Z",
        "summary": title, "description": desc,
        "creator": {"email": jess[1], "displayName": jess[0]},
        "organizer": {"email": jess[1], "displayName": jess[0]},
        "start": {"dateTime": st.isoformat(), "timeZone": tz},
        "end": {"dateTime": en.isoformat(), "timeZone": tz},
        "iCalUID": uid, "sequence": 0,
        "attendees": [{"email": jess[1], "displayName": jess[0], "organizer": True, "responseStatus": "accepted"}]
        + [{"email": e, "displayName": n, "responseStatus": "accepted"} for n, e in panel]
        + [{"email": owner, "self": True, "responseStatus": "accepted"}],
        "hangoutLink": "https://meet.google.com/fhg-panl-xyz",
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    add_case(cid, [("01-invitation-panel.eml", m1),
                   ("02-panel-interview.gcal.json", (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode())],
             label(owner, [iv("Fernhill Games", "Gameplay Engineer", st, en, "scheduled",
                              [e for _, e in panel], [e for _, e in panel], "onsite")],
                   "medium", "positive/google-invite-panel",
                   "Google invite whose description names a 3-person panel (coordinator organizes, does not attend); "
                   "same event also present as Calendar API JSON -> one interview."))


def c07():
    cid = "b7-07-spanish-thread-cdmx"
    owner = "lucia.fernandez@example.com"
    me = f"Lucía Fernández <{owner}>"
    tz = "America/Mexico_City"
    an = "Andrea Ruiz <andrea.ruiz@nopalfintech.example>"
    s = "Entrevista técnica - Ingeniera Backend (Pagos) | Nopal Fintech"
    d1 = D(2026, 3, 12, 12, 30, tz, "Thursday")
    t1 = """Hola Lucía, ¿cómo estás?

Gracias por tu interés en Nopal Fintech. Nos gustó mucho tu perfil y queremos avanzar con una entrevista técnica para la vacante de Ingeniera Backend (Pagos). Sería con Rodrigo Salas, nuestro Tech Lead, y dura alrededor de una hora.

¿Te queda bien el martes 17 de marzo a las 10:00 (hora del centro de México)?

Saludos,
Andrea Ruiz
Reclutamiento | Nopal Fintech
Av. Insurgentes Sur 1602, piso 8, CDMX
Tel. +52 55 5555 0173
"""
    m1 = mail(cid, 1, frm=an, to=me, subject=s, date=d1, owner=owner, text=t1, domain="nopalfintech.example")
    d2 = D(2026, 3, 12, 18, 4, tz)
    t2 = """¡Hola Andrea!

Muchas gracias. El martes a las 10 ya tengo un compromiso, ¿podría ser el miércoles 18, a la misma hora o un poco más tarde?

Un saludo,
Lucía

El jue, 12 mar 2026 a las 12:30, Andrea Ruiz (<andrea.ruiz@nopalfintech.example>) escribió:
""" + quote(t1)
    m2 = mail(cid, 2, frm=me, to=an, subject="Re: " + s, date=d2, owner=owner, text=t2,
              in_reply_to=mid(cid, 1, "nopalfintech.example"), domain="example.com")
    d3 = D(2026, 3, 13, 9, 15, tz)
    t3 = """Hola Lucía,

Sin problema. Queda agendada para el miércoles 18 de marzo a las 11:00 hrs (CDMX), duración 1 hora, con Rodrigo (rodrigo.salas@nopalfintech.example). En un momento te llega la invitación de Google Meet.

¡Mucho éxito!
Andrea
"""
    m3 = mail(cid, 3, frm=an, to=me, subject="Re: " + s, date=d3, owner=owner, text=t3,
              in_reply_to=mid(cid, 2, "example.com"), domain="nopalfintech.example")
    d4 = D(2026, 3, 13, 9, 40, tz)
    t4 = """Perfecto, ¡ahí estaré! Gracias Andrea.

Lucía
"""
    m4 = mail(cid, 4, frm=me, to=an, subject="Re: " + s, date=d4, owner=owner, text=t4,
              in_reply_to=mid(cid, 3, "nopalfintech.example"), domain="example.com")
    st = D(2026, 3, 18, 11, 0, tz, "Wednesday")
    add_case(cid, [("01-andrea-propone.eml", m1), ("02-re-contrapropuesta.eml", m2),
                   ("03-re-queda-agendada.eml", m3), ("04-re-perfecto.eml", m4)],
             label(owner, [iv("Nopal Fintech", "Ingeniera Backend (Pagos)", st, st + timedelta(hours=1),
                              "scheduled", ["rodrigo.salas@nopalfintech.example"],
                              ["rodrigo.salas@nopalfintech.example"], "technical")],
                   "medium", "positive/spanish-thread",
                   "Spanish thread: propose Tue 17 10:00 -> counter Wed 18 -> confirmed Wed 18 11:00 CDMX "
                   "(Mexico City has no DST since 2022: -06:00). Promised Meet invite never arrives."))


def c08():
    cid = "b7-08-french-paris-after-dst-standalone-ics"
    owner = "camille.tremblay@example.com"
    me = f"Camille Tremblay <{owner}>"
    tz = "Europe/Paris"
    el = "Élodie Marchand <elodie.marchand@atelierlumen.example>"
    st = D(2026, 3, 31, 15, 0, tz, "Tuesday")
    assert st.astimezone(ZoneInfo("America/Toronto")).hour == 9  # Montréal equivalent in text
    d1 = D(2026, 3, 20, 10, 17, tz)
    s = "Votre candidature - Chef de projet produit"
    t1 = """Bonjour Camille,

Merci pour votre candidature au poste de Chef de projet produit chez Atelier Lumen. Suite à votre échange avec notre équipe RH, nous serions ravis de poursuivre avec un entretien avec Julien Roux, notre Directeur produit.

Nous vous proposons le mardi 31 mars à 15h, heure de Paris (soit 9h à Montréal), pour une durée de 45 minutes, en visio.

Pourriez-vous me confirmer votre disponibilité ?

Bien cordialement,

Élodie Marchand
Chargée de recrutement - Atelier Lumen
12 rue des Petites Écuries, 75010 Paris
+33 1 55 55 01 64
"""
    html1 = "<html><body>" + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in t1.split("\n\n")) + "</body></html>"
    m1 = mail(cid, 1, frm=el, to=me, subject=s, date=d1, owner=owner, html=html1,
              domain="atelierlumen.example")
    d2 = D(2026, 3, 20, 8, 2, "America/Toronto")
    t2 = """Bonjour Élodie,

Merci beaucoup pour votre retour. Le mardi 31 mars à 15h (heure de Paris) me convient parfaitement.

Au plaisir d'échanger avec M. Roux.

Cordialement,
Camille Tremblay
"""
    m2 = mail(cid, 2, frm=me, to=el, subject="RE: " + s, date=d2, owner=owner, text=t2,
              in_reply_to=mid(cid, 1, "atelierlumen.example"), domain="example.com")
    ical = ics("entretien-ctremblay-20260331@atelierlumen.example", st, st + timedelta(minutes=45),
               "Entretien Camille Tremblay / Julien Roux - Chef de projet produit",
               ("Élodie Marchand", "elodie.marchand@atelierlumen.example"),
               [("Julien Roux", "julien.roux@atelierlumen.example", "ACCEPTED"),
                ("Camille Tremblay", owner, "NEEDS-ACTION")],
               description="Entretien avec Julien Roux (Directeur produit). Lien visio : https://visio.atelierlumen.example/j/julien-roux",
               location="Visioconférence", tzid="Europe/Paris",
               prodid="-//Atelier Lumen//Recrutement//FR", stamp=D(2026, 3, 20, 15, 30, tz))
    add_case(cid, [("01-proposition-entretien.eml", m1), ("02-re-confirmation.eml", m2),
                   ("03-entretien-julien-roux.ics", ical.encode("utf-8"))],
             label(owner, [iv("Atelier Lumen", "Chef de projet produit", st, st + timedelta(minutes=45),
                              "scheduled", ["julien.roux@atelierlumen.example"],
                              ["julien.roux@atelierlumen.example"], "hiring_manager")],
                   "medium", "positive/french-thread",
                   "French HTML-only proposal '15h, heure de Paris (soit 9h à Montréal)' two days after EU DST "
                   "start (+02:00); candidate confirms; standalone .ics with TZID=Europe/Paris."))


def c09():
    cid = "b7-09-german-email-plus-exchange-invite"
    owner = "jonas.weber@mail.example"
    tz = "Europe/Berlin"
    sab = ("Sabine Hoffmann", "s.hoffmann@kranich-robotik.example")
    tb = ("Dr. Thomas Brandt", "t.brandt@kranich-robotik.example")
    lv = ("Lena Vogel", "l.vogel@kranich-robotik.example")
    st = D(2026, 3, 26, 14, 0, tz, "Thursday")
    d1 = D(2026, 3, 16, 9, 41, tz)
    t1 = """Sehr geehrter Herr Weber,

vielen Dank für Ihre Bewerbung als Embedded-Softwareentwickler (m/w/d) und Ihr Interesse an der Kranich Robotik GmbH.

Gerne möchten wir Sie persönlich kennenlernen und laden Sie herzlich zu einem Vorstellungsgespräch per Microsoft Teams ein:

Termin: Donnerstag, 26.03.2026, 14:00 Uhr
Dauer: ca. 60 Minuten
Ihre Gesprächspartner: Dr. Thomas Brandt (Teamleiter Firmware) und Lena Vogel (Senior Entwicklerin)

Die Einladung zum Teams-Termin erhalten Sie separat. Bitte geben Sie mir kurz Bescheid, ob der Termin für Sie passt.

Mit freundlichen Grüßen

Sabine Hoffmann
Personalreferentin
Kranich Robotik GmbH | Parkring 12 | 85748 Garching bei München
Tel.: +49 89 5555 0127
Geschäftsführer: Heinz Kranich | Amtsgericht München HRB 000000
"""
    m1 = mail(cid, 1, frm=f"{sab[0]} <{sab[1]}>", to=f"Jonas Weber <{owner}>",
              subject="Einladung zum Vorstellungsgespräch - Embedded-Softwareentwickler (m/w/d)",
              date=d1, owner=owner, text=t1, domain="kranich-robotik.example")
    d2 = D(2026, 3, 16, 9, 44, tz)
    body = """Hallo Herr Weber,

anbei die Teams-Einladung zu unserem Gespräch.

Viele Grüße
Sabine Hoffmann"""
    m2 = exchange_invite(cid, 2, owner=owner, organizer=sab, attendees=[("Jonas Weber", owner), tb, lv],
                         subject="Vorstellungsgespräch Jonas Weber - Embedded-Softwareentwickler (m/w/d)",
                         start=st, end=st + timedelta(hours=1), tzid="W. Europe Standard Time",
                         when_text="Wann: Donnerstag, 26. März 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.",
                         where_word="Ort", location="Microsoft Teams-Besprechung", body=body, date=d2,
                         uid="040000008200E00074C5B7101A82E00800000000KRANICH0326JW",
                         domain="kranich-robotik.example", lang="de-DE")
    add_case(cid, [("01-einladung-vorstellungsgespraech.eml", m1), ("02-teams-einladung.eml", m2)],
             label(owner, [iv("Kranich Robotik GmbH", "Embedded-Softwareentwickler (m/w/d)", st,
                              st + timedelta(hours=1), "scheduled", [tb[1], lv[1]], [tb[1], lv[1]], "onsite")],
                   "medium", "positive/german-dedupe",
                   "German e-mail ('26.03.2026, 14:00 Uhr') + German Exchange invite (W. Europe Standard Time, "
                   "+01:00 three days before EU DST). Two interviewers -> panel (onsite). One interview."))


def c10():
    cid = "b7-10-ashby-confirmation-then-candidate-withdraws"
    owner = "noor.haddad@example.com"
    me = f"Noor Haddad <{owner}>"
    tz = "America/Vancouver"
    meg = "Megan Cho <megan.cho@cindercloud.example>"
    owen = ("Owen Batista", "owen.batista@cindercloud.example")
    st = D(2026, 3, 12, 16, 30, tz, "Thursday")
    en = st + timedelta(hours=1)
    d1 = D(2026, 3, 5, 13, 3, tz)
    html1 = """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1c1c1c">
<table width="600" cellpadding="0" cellspacing="0" align="center"><tr><td>
<p>Hi Noor,</p>
<p>Your interview with <b>Cinder Cloud</b> for the <b>Site Reliability Engineer</b> role is confirmed.</p>
<table cellpadding="6" style="border:1px solid #e3e3e3">
<tr><td><b>Technical Interview - Systems</b></td></tr>
<tr><td>Thursday, March 12, 2026<br>4:30 PM - 5:30 PM PDT (America/Vancouver)</td></tr>
<tr><td>Interviewer: Owen Batista, Staff SRE</td></tr>
<tr><td>Google Meet: https://meet.google.com/cnd-rxye-sre</td></tr>
</table>
<p>A calendar file is attached. Need to reschedule? Reply to this email and Megan will help.</p>
<p style="color:#888;font-size:11px">Sent by Ashby on behalf of Cinder Cloud</p>
</td></tr></table></body></html>"""
    cal = ics("ashby-int-7f3e9a21-cindercloud@ashbyhq.example", st, en,
              "Technical Interview - Systems (Cinder Cloud)", ("Megan Cho", "megan.cho@cindercloud.example"),
              [owen + ("ACCEPTED",), ("Noor Haddad", owner, "NEEDS-ACTION")],
              description="Site Reliability Engineer - Technical Interview - Systems with Owen Batista",
              location="https://meet.google.com/cnd-rxye-sre", prodid="-//Ashby//Interview Scheduling//EN",
              stamp=d1)
    m1 = mail(cid, 1, frm="Cinder Cloud Recruiting <no-reply@ashbyhq.example>", to=me,
              reply_to=meg, subject="Interview confirmed: Site Reliability Engineer at Cinder Cloud",
              date=d1, owner=owner, html=html1, attach_ics=cal, attach_name="interview.ics",
              domain="ashbyhq.example")
    d2 = D(2026, 3, 10, 8, 47, tz)
    t2 = """Hi Megan,

I wanted to let you know that I've accepted an offer elsewhere, so I'd like to withdraw from the process. Could you please cancel Thursday's interview with Owen? Apologies for the short notice, and thank you for all your help - I really enjoyed speaking with the team.

All the best,
Noor
"""
    m2 = mail(cid, 2, frm=me, to=meg, subject="Withdrawing - Site Reliability Engineer", date=d2,
              owner=owner, text=t2, domain="example.com", text_cte="7bit")
    d3 = D(2026, 3, 10, 10, 12, tz)
    t3 = """Hi Noor,

Congrats on the new role! Thanks for letting us know - I've cancelled Thu 3/12 @ 4:30p PT with Owen and closed out your application. Door's always open if things change.

Megan Cho
Technical Recruiter, Cinder Cloud
604-555-0119

On Tue, Mar 10, 2026 at 8:47 AM Noor Haddad <noor.haddad@example.com> wrote:
""" + quote(t2)
    m3 = mail(cid, 3, frm=meg, to=me, subject="Re: Withdrawing - Site Reliability Engineer", date=d3,
              owner=owner, text=t3, in_reply_to=mid(cid, 2, "example.com"), domain="cindercloud.example")
    add_case(cid, [("01-ashby-interview-confirmed.eml", m1), ("02-withdrawing.eml", m2),
                   ("03-re-withdrawing.eml", m3)],
             label(owner, [iv("Cinder Cloud", "Site Reliability Engineer", st, en, "cancelled",
                              [owen[1]], [owen[1]], "technical")],
                   "medium", "positive/candidate-withdrawal",
                   "Ashby-style confirmation with .ics (no-reply sender, Reply-To recruiter); candidate withdraws, "
                   "recruiter confirms 'cancelled Thu 3/12 @ 4:30p PT' -> cancelled at 16:30 PDT (after US DST)."))


def c11():
    cid = "b7-11-screen-then-forwarded-hm-invite"
    owner = "mia.castellano@mail.example"
    me = f"Mia Castellano <{owner}>"
    tz = "Australia/Sydney"
    ben = ("Ben Hartley", "ben.hartley@quokkahealth.example")
    rach = ("Rachel Okoye", "rachel.okoye@quokkahealth.example")
    st1 = D(2026, 3, 16, 12, 30, tz, "Monday")
    d1 = D(2026, 3, 12, 16, 22, tz, "Thursday")
    t1 = """Hi Mia,

Thanks for your application for the Product Analyst role at Quokka Health! I'd love to have a quick chat to learn a bit more about you.

You're all booked for Monday 16 March, 12:30pm (Sydney time). It's just 20 mins and I'll ring you on the mobile number on your application.

Talk soon,
Ben

Ben Hartley
Talent Acquisition Partner | Quokka Health
Suite 4.02, 55 Harris St, Pyrmont NSW 2009
"""
    m1 = mail(cid, 1, frm=f"{ben[0]} <{ben[1]}>", to=me, subject="Quick chat - Product Analyst", date=d1,
              owner=owner, text=t1, domain="quokkahealth.example")
    st2 = D(2026, 3, 25, 15, 0, tz, "Wednesday")
    en2 = st2 + timedelta(minutes=45)
    uid = "3hm8rokoye2quokka5pa@google.com"
    orig_date = D(2026, 3, 17, 9, 58, tz)
    orig = f"""Quokka Health - Product Analyst - Mia Castellano / Rachel Okoye
Wednesday 25 Mar 2026 ⋅ 3pm – 3:45pm
Australian Eastern Time - Sydney

Join with Google Meet
https://meet.google.com/qkh-rcho-pan

Organizer
Rachel Okoye
rachel.okoye@quokkahealth.example

Guests
Rachel Okoye - organizer
rachel.okoye@quokkahealth.example
Ben Hartley
ben.hartley@quokkahealth.example
mia.castellano@mail.example

Hiring manager conversation: product sense, SQL and how you'd measure our booking funnel."""
    d2 = D(2026, 3, 17, 10, 31, tz)
    t2 = f"""Hi Mia,

Great chatting yesterday! As mentioned, next up is Rachel, the hiring manager. Her calendar invite bounced for some reason, so forwarding it below - please accept from this one. I'll pop in for the first couple of minutes to say hi but it's Rachel's conversation.

Ben

---------- Forwarded message ---------
From: Rachel Okoye <rachel.okoye@quokkahealth.example>
Date: Tue, 17 Mar 2026 at 9:58 am
Subject: Invitation: Quokka Health - Product Analyst - Mia Castellano / Rachel Okoye @ Wed 25 Mar 2026 3pm - 3:45pm (AEDT) (ben.hartley@quokkahealth.example)
To: <ben.hartley@quokkahealth.example>, <mia.castellano@mail.example>


{orig}
"""
    cal = ics(uid, st2, en2, "Quokka Health - Product Analyst - Mia Castellano / Rachel Okoye", rach,
              [rach + ("ACCEPTED",), ben + ("ACCEPTED",), ("mia.castellano@mail.example", owner, "NEEDS-ACTION")],
              description="Hiring manager conversation: product sense, SQL and how you'd measure our booking funnel.",
              stamp=orig_date)
    m2 = mail(cid, 2, frm=f"{ben[0]} <{ben[1]}>", to=me,
              subject="Fwd: Invitation: Quokka Health - Product Analyst - Mia Castellano / Rachel Okoye @ Wed 25 Mar 2026 3pm - 3:45pm (AEDT)",
              date=d2, owner=owner, text=t2, attach_ics=cal, domain="quokkahealth.example")
    add_case(cid, [("01-ben-phone-screen.eml", m1), ("02-fwd-invitation-rachel.eml", m2)],
             label(owner, [
                 iv("Quokka Health", "Product Analyst", st1, st1 + timedelta(minutes=20), "scheduled",
                    [ben[1]], [ben[1]], "phone_screen"),
                 iv("Quokka Health", "Product Analyst", st2, en2, "scheduled", [rach[1]], [rach[1]],
                    "hiring_manager")],
                   "hard", "positive/two-interviews-forwarded-invite",
                   "Recruiter phone screen (body only, 20 min, Sydney AEDT) + recruiter forwards the hiring "
                   "manager's Google invite (forwarded text + invite.ics where the owner is an attendee). "
                   "Ben only says hi -> Rachel is the interviewer."))


def c12():
    cid = "b7-12-hiring-manager-personal-address-tomorrow-noon"
    owner = "ethan.brooks@example.com"
    me = f"Ethan Brooks <{owner}>"
    tz = "America/Halifax"
    dave = "Dave Kowalski <dave.kowalski.62@mail.example>"
    d1 = D(2026, 4, 9, 21, 47, tz, "Thursday")
    t1 = """Hi Ethan

Karen at the front desk passed me your resume for the field service tech job. Any chance you can come by the shop tomorrow at noon? Shouldn't take more than half an hour, I just want to walk you through the bench and the boats we service and see if it's a fit.

We're at 14 Marginal Rd, Halifax, the blue building behind the chandlery. Ask for me.

Dave
Service Manager, Tidewater Marine Electronics
cell 902-555-0186

Sent from my iPhone
"""
    m1 = mail(cid, 1, frm=dave, to=me, subject="Field service tech job", date=d1, owner=owner, text=t1,
              domain="mail.example", text_cte="base64")
    d2 = D(2026, 4, 9, 22, 20, tz)
    t2 = """Hi Dave,

Thanks for getting back to me so quickly! Noon tomorrow works, I'll see you at the shop.

Ethan

On Thu, Apr 9, 2026 at 9:47 PM, Dave Kowalski <dave.kowalski.62@mail.example> wrote:
""" + quote(t1)
    m2 = mail(cid, 2, frm=me, to=dave, subject="Re: Field service tech job", date=d2, owner=owner,
              text=t2, in_reply_to=mid(cid, 1, "mail.example"), domain="example.com", text_cte="7bit")
    d3 = D(2026, 4, 9, 22, 26, tz)
    t3 = "👍 see you at 12\n\nSent from my iPhone\n"
    m3 = mail(cid, 3, frm=dave, to=me, subject="Re: Field service tech job", date=d3, owner=owner, text=t3,
              in_reply_to=mid(cid, 2, "example.com"), domain="mail.example", text_cte="base64")
    st = D(2026, 4, 10, 12, 0, tz, "Friday")
    add_case(cid, [("01-dave-field-service.eml", m1), ("02-re-noon-works.eml", m2), ("03-re-thumbs.eml", m3)],
             label(owner, [iv("Tidewater Marine Electronics", "Field Service Technician", st,
                              st + timedelta(minutes=30), "scheduled", ["dave.kowalski.62@mail.example"],
                              ["dave.kowalski.62@mail.example"], "hiring_manager")],
                   "hard", "positive/hiring-manager-personal-mail",
                   "Small-business hiring manager writes from a personal-looking address (base64 body, 'Sent from "
                   "my iPhone'); 'tomorrow at noon' resolved against Thu Apr 9 21:47 ADT -> Fri Apr 10 12:00 -03:00, "
                   "in person, ~30 min."))


def c13():
    cid = "b7-13-founder-calcom-booking-rescheduled-london"
    owner = "zara.ahmed@example.com"
    me = f"Zara Ahmed <{owner}>"
    tz = "Europe/London"
    oli = ("Oliver Grant", "oliver@brambleway.example")
    d1 = D(2026, 3, 23, 8, 55, tz, "Monday")
    t1 = """Hi Zara,

Thanks for applying for the Growth Marketing Lead role at Brambleway - your note about the referral loop you built at your last place was great.

First step is a 30-minute video call with me (I'm one of the two co-founders). Grab any slot that suits here: https://cal.example/oliver-brambleway/intro-30

Oliver
Brambleway | Unit 6, 21 Tabernacle St, London EC2A 4DE
"""
    m1 = mail(cid, 1, frm=f"{oli[0]} <{oli[1]}>", to=me, subject="Brambleway - Growth Marketing Lead",
              date=d1, owner=owner, text=t1, domain="brambleway.example", text_cte="7bit")
    uid = "calbk-8Qm2xT7pLd3Vz@cal.example"
    st0 = D(2026, 3, 27, 16, 0, tz, "Friday")
    d2 = D(2026, 3, 23, 10, 4, tz)

    def cal_html(head, when, extra=""):
        return f"""<html><body style="background:#f3f4f6;font-family:Inter,Arial,sans-serif">
<div style="max-width:560px;margin:0 auto;background:#fff;padding:32px">
<h2>{head}</h2>{extra}
<p><b>What</b><br>Growth Marketing Lead - intro call between Oliver Grant and Zara Ahmed</p>
<p><b>When</b><br>{when}</p>
<p><b>Who</b><br>Oliver Grant - Organizer<br>oliver@brambleway.example<br>Zara Ahmed<br>zara.ahmed@example.com</p>
<p><b>Where</b><br>Cal Video: https://app.cal.example/video/8Qm2xT7pLd3Vz</p>
<p><b>Additional notes</b><br>Looking forward to hearing about the referral programme!</p>
<p style="font-size:12px;color:#6b7280">Need to make a change? Reschedule or Cancel: https://cal.example/booking/8Qm2xT7pLd3Vz</p>
</div></body></html>"""
    cal0 = ics(uid, st0, st0 + timedelta(minutes=30), "Growth Marketing Lead - intro call between Oliver Grant and Zara Ahmed",
               oli, [("Zara Ahmed", owner, "ACCEPTED")], location="https://app.cal.example/video/8Qm2xT7pLd3Vz",
               prodid="-//Cal.com Inc.//Cal.com Event//EN", stamp=d2)
    m2 = mail(cid, 2, frm="Cal.com <no-reply@cal.example>", reply_to=f"{oli[0]} <{oli[1]}>", to=me,
              subject="Confirmed: Growth Marketing Lead - intro call between Oliver Grant and Zara Ahmed at 4:00pm - 4:30pm, Friday, March 27, 2026",
              date=d2, owner=owner,
              html=cal_html("Your event has been scheduled", "Friday, March 27, 2026 | 4:00pm - 4:30pm (Europe/London)"),
              attach_ics=cal0, domain="cal.example")
    st = D(2026, 3, 31, 9, 30, tz, "Tuesday")
    d3 = D(2026, 3, 26, 19, 12, tz)
    cal1 = ics(uid, st, st + timedelta(minutes=30), "Growth Marketing Lead - intro call between Oliver Grant and Zara Ahmed",
               oli, [("Zara Ahmed", owner, "ACCEPTED")], location="https://app.cal.example/video/8Qm2xT7pLd3Vz",
               prodid="-//Cal.com Inc.//Cal.com Event//EN", stamp=d3, seq=1)
    m3 = mail(cid, 3, frm="Cal.com <no-reply@cal.example>", reply_to=f"{oli[0]} <{oli[1]}>", to=me,
              subject="Rescheduled: Growth Marketing Lead - intro call between Oliver Grant and Zara Ahmed at 9:30am - 10:00am, Tuesday, March 31, 2026",
              date=d3, owner=owner,
              html=cal_html("Your event has been rescheduled", "Tuesday, March 31, 2026 | 9:30am - 10:00am (Europe/London)",
                            "<p><b>Reason for reschedule</b><br>Sorry Oliver - a family thing came up on Friday afternoon. Zara</p>"
                            "<p><s>Friday, March 27, 2026 | 4:00pm - 4:30pm</s></p>"),
              attach_ics=cal1, domain="cal.example")
    add_case(cid, [("01-oliver-booking-link.eml", m1), ("02-calcom-confirmed.eml", m2),
                   ("03-calcom-rescheduled.eml", m3)],
             label(owner, [iv("Brambleway", "Growth Marketing Lead", st, st + timedelta(minutes=30), "scheduled",
                              [oli[1]], [oli[1]], "phone_screen")],
                   "hard", "positive/scheduling-link-rescheduled",
                   "Startup co-founder sends a Cal.com-style link; booking Fri 27 Mar 16:00 GMT is rescheduled by "
                   "the candidate to Tue 31 Mar 09:30 BST (+01:00, after UK DST start). Final time wins."))


# =================================================================== NEGATIVES
def n14():
    cid = "b7-14-rejection-quotes-original-invite"
    owner = "kenji.mori@example.com"
    tz = "America/New_York"
    d1 = D(2026, 3, 10, 15, 22, tz, "Tuesday")
    t1 = """Hi Kenji,

Thank you again for interviewing with us last Thursday and for the time you put into preparing. The team enjoyed the conversation.

After a lot of discussion we've decided to move forward with another candidate whose background is a closer match for where the Claims Data team is right now. This was a difficult decision, and we'd be glad to keep your details on file for future openings.

I wish you the very best in your search.

Theresa Lamb
Senior Recruiter | Larchmont Mutual Insurance
(914) 555-0163

-----Original Appointment-----
From: Theresa Lamb <tlamb@larchmontmutual.example>
Sent: Friday, February 27, 2026 11:04 AM
To: Theresa Lamb; Kenji Mori; Paul Ferreira
Subject: Interview: Kenji Mori - Claims Data Analyst
When: Thursday, March 5, 2026 2:00 PM-3:00 PM (UTC-05:00) Eastern Time (US & Canada).
Where: Microsoft Teams Meeting

Hi Kenji, you'll meet with Paul Ferreira (Claims Analytics Manager) for 60 minutes.
"""
    m1 = mail(cid, 1, frm="Theresa Lamb <tlamb@larchmontmutual.example>", to=f"Kenji Mori <{owner}>",
              subject="RE: Interview: Kenji Mori - Claims Data Analyst", date=d1, owner=owner, text=t1,
              domain="larchmontmutual.example")
    add_case(cid, [("01-re-interview-update.eml", m1)],
             label(owner, [], "hard", "negative/rejection-quoting-invite",
                   "Rejection after the interview; the quoted original appointment has a full When:/Where: block "
                   "for a past interview (Mar 5). Only a rejection is in the mailbox."))


def n15():
    cid = "b7-15-offer-call-google-invite"
    owner = "ana.souza@example.com"
    tz = "America/Sao_Paulo"
    rec = ("Beatriz Lopes", "beatriz.lopes@jacarandasaude.example")
    d1 = D(2026, 4, 8, 17, 30, tz, "Wednesday")
    t1 = """Oi Ana!

Great news - the team loved meeting you on Monday and we'd like to extend you an offer for the Product Designer role!

Can we jump on a quick call tomorrow at 10h (horário de Brasília) so I can walk you through the offer, compensation and benefits? I'll send an invite. Nothing to prepare, just bring your questions.

Beijos,
Bia

Beatriz Lopes | People Partner
Jacarandá Saúde | Rua Haddock Lobo, 595 - São Paulo
"""
    m1 = mail(cid, 1, frm=f"{rec[0]} <{rec[1]}>", to=f"Ana Souza <{owner}>", subject="Good news!", date=d1,
              owner=owner, text=t1, domain="jacarandasaude.example")
    st = D(2026, 4, 9, 10, 0, tz, "Thursday")
    d2 = D(2026, 4, 8, 17, 36, tz)
    m2 = google_invite(cid, 2, owner=owner, organizer=rec, guests=[rec, ("Ana Souza", owner)],
                       title="Offer call - Ana Souza / Jacarandá Saúde", start=st, end=st + timedelta(minutes=30),
                       tzname="Brasilia Standard Time - Sao Paulo", when_line="Thursday Apr 9, 2026 ⋅ 10am – 10:30am",
                       description="Walk through the offer for Product Designer: salary, equity, benefits, start date.",
                       date=d2, uid="0ffr9jacaranda2souza@google.com")
    add_case(cid, [("01-good-news.eml", m1), ("02-invitation-offer-call.eml", m2)],
             label(owner, [], "hard", "negative/offer-call",
                   "Offer call with a real Google invite and a concrete time; offers are not interviews."))


def n16():
    cid = "b7-16-reference-check-call-about-someone-else"
    owner = "michael.obrien@example.com"
    me = f"Michael O'Brien <{owner}>"
    tz = "America/Toronto"
    ra = ("Rania Aziz", "raziz@northstarutilities.example")
    d1 = D(2026, 4, 13, 10, 5, tz, "Monday")
    s = "Reference check - Daniela Ortiz (Senior Project Manager)"
    t1 = """Hello Michael,

Daniela Ortiz is a final-stage candidate for our Senior Project Manager position and has listed you as a reference from your time together at Cobalt Grid.

Would you have 20 minutes for a quick call this Thursday at 11am ET? I'll ask about your experience working with Daniela - the call is confidential.

Thank you in advance,

Rania Aziz
Talent Acquisition Specialist | Northstar Utilities
416-555-0175
"""
    m1 = mail(cid, 1, frm=f"{ra[0]} <{ra[1]}>", to=me, subject=s, date=d1, owner=owner, text=t1,
              domain="northstarutilities.example")
    d2 = D(2026, 4, 13, 12, 40, tz)
    t2 = """Hi Rania,

Happy to help - Daniela was one of the best PMs I've worked with. Thursday at 11 is fine, my cell is 647-555-0190.

Michael
"""
    m2 = mail(cid, 2, frm=me, to=f"{ra[0]} <{ra[1]}>", subject="RE: " + s, date=d2, owner=owner, text=t2,
              in_reply_to=mid(cid, 1, "northstarutilities.example"), domain="example.com", text_cte="7bit")
    st = D(2026, 4, 16, 11, 0, tz, "Thursday")
    d3 = D(2026, 4, 13, 13, 2, tz)
    m3 = exchange_invite(cid, 3, owner=owner, organizer=ra, attendees=[("Michael O'Brien", owner)],
                         subject="Reference call - candidate Daniela Ortiz", start=st, end=st + timedelta(minutes=20),
                         tzid="Eastern Standard Time",
                         when_text="When: Thursday, April 16, 2026 11:00 AM-11:20 AM (UTC-05:00) Eastern Time (US & Canada).",
                         location="Phone - Rania will call 647-555-0190",
                         body="Reference call regarding candidate Daniela Ortiz (Senior Project Manager). Thanks Michael!",
                         date=d3, uid="040000008200E00074C5B7101A82E00800000000NSUREF0416", domain="northstarutilities.example")
    add_case(cid, [("01-reference-check.eml", m1), ("02-re-reference-check.eml", m2),
                   ("03-reference-call-invite.eml", m3)],
             label(owner, [], "hard", "negative/reference-check",
                   "The owner is a reference for someone else's application: recruiter thread + Exchange invite "
                   "with 'candidate' in the subject. Not the owner's interview."))


def n17():
    cid = "b7-17-networking-coffee-no-process"
    owner = "fatima.alsayed@example.com"
    me = f"Fatima Al-Sayed <{owner}>"
    tz = "Europe/London"
    leo = ("Leo Marchetti", "leo.marchetti@orchardbio.example")
    d1 = D(2026, 4, 2, 18, 10, tz, "Thursday")
    t1 = """Hi Fatima,

Lovely to hear from you, and thanks for the kind words about the talk! Very happy to have a chat about what it's like doing computational biology at Orchard Bio and how I made the jump from academia.

Just to be upfront so there's no confusion - we don't have any open roles on my team at the moment and this isn't part of a hiring process, just a friendly coffee. Next Wednesday at 8:30 before work, at the Notes cafe near Kings Cross?

Leo
"""
    m1 = mail(cid, 1, frm=f"{leo[0]} <{leo[1]}>", to=me, subject="Re: Hello from the CompBio meetup", date=d1,
              owner=owner, text=t1, domain="orchardbio.example")
    st = D(2026, 4, 8, 8, 30, tz, "Wednesday")
    d2 = D(2026, 4, 2, 19, 0, tz)
    m2 = google_invite(cid, 2, owner=owner, organizer=leo, guests=[leo, ("Fatima Al-Sayed", owner)],
                       title="Coffee: Fatima / Leo", start=st, end=st + timedelta(minutes=45),
                       tzname="United Kingdom Time", when_line="Wednesday 8 Apr 2026 ⋅ 8:30am – 9:15am",
                       description="Informal chat - career advice, no interview :)", location="Notes Coffee, Kings Cross",
                       date=d2, uid="cof9leo2fatima5xyz@google.com")
    add_case(cid, [("01-re-hello-meetup.eml", m1), ("02-invitation-coffee.eml", m2)],
             label(owner, [], "hard", "negative/networking-chat",
                   "Informational coffee with an employee at a company; explicitly not a hiring process step."))


def n18():
    cid = "b7-18-podcast-recording-riverside"
    owner = "amara.nwosu@example.com"
    tz = "Africa/Nairobi"
    host = ("Kevin Mutua", "kevin@buildinpublicpod.example")
    d1 = D(2026, 4, 6, 11, 0, tz, "Monday")
    t1 = """Hi Amara,

Thanks so much for agreeing to be interviewed on Build in Public! Confirming our recording for episode 48 on Thursday 9 April at 14:00 EAT (Nairobi). We'll record on Riverside for about an hour; the calendar file is attached.

Rough run of show:
- your path from a fintech PM role to founding Kijiji Health
- hiring your first five engineers (our listeners love interview war stories)
- what you look for when you interview candidates

Please use headphones and a wired connection if you can.

Kevin Mutua
Host, Build in Public podcast
"""
    st = D(2026, 4, 9, 14, 0, tz, "Thursday")
    m1 = mail(cid, 1, frm=f"{host[0]} <{host[1]}>", to=f"Amara Nwosu <{owner}>",
              subject="Interview recording confirmed - Build in Public ep. 48", date=d1, owner=owner, text=t1,
              domain="buildinpublicpod.example")
    cal = ics("bip-ep48-amara@riverside.example", st, st + timedelta(hours=1),
              "Build in Public ep. 48 - interview with Amara Nwosu (recording)", host,
              [host + ("ACCEPTED",), ("Amara Nwosu", owner, "NEEDS-ACTION")],
              description="Podcast recording on Riverside: https://riverside.example/studio/build-in-public",
              location="https://riverside.example/studio/build-in-public",
              prodid="-//Riverside//Recording//EN", stamp=d1)
    add_case(cid, [("01-recording-confirmed.eml", m1), ("02-recording.ics", cal.encode("utf-8"))],
             label(owner, [], "hard", "negative/podcast",
                   "Podcast interview recording with a standalone .ics; press/podcast interviews are not job interviews."))


def n19():
    cid = "b7-19-job-alert-digest-interview-tips"
    owner = "luis.romero@example.com"
    tz = "America/Toronto"
    d1 = D(2026, 3, 17, 7, 0, tz, "Tuesday")
    jobs = [("Data Analyst", "Maplewood Retail", "Toronto, ON", "2 days ago"),
            ("Business Intelligence Analyst", "Gryphon Insurance", "Mississauga, ON", "Easy apply"),
            ("Junior Data Analyst (Hybrid)", "Lakeview Transit Authority", "Toronto, ON", "Actively interviewing"),
            ("Analytics Associate", "Northfield Bank", "Remote", "Interviewing now")]
    rows = "".join(f"<tr><td style='padding:8px'><a href='https://jobs.workpath.example/j/{i}'><b>{t}</b></a><br>{c} &middot; {l}<br><span style='color:#0a7'>{tag}</span></td></tr>"
                   for i, (t, c, l, tag) in enumerate(jobs))
    html = f"""<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center">
<tr><td><h2>25 new jobs for "data analyst" in Toronto</h2></td></tr>
{rows}
<tr><td><hr><h3>Interview tips of the week</h3>
<p><b>Got a phone screen scheduled?</b> Block 30 minutes the day before, re-read the job description and prepare a 60-second answer to "tell me about yourself".</p>
<p><b>Before your interview on Thursday at 2pm</b> - or whenever it is - test your camera and Zoom link 15 minutes early.</p>
<p>Join our free live webinar "Ace the hiring manager interview" - Wednesday, March 25 at 12:00 PM ET. <a href="https://workpath.example/webinar">Save your seat</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#777">You're receiving this job alert because you subscribed on WorkPath. Unsubscribe: https://workpath.example/u/alerts<br>WorkPath Inc., 100 King St W, Toronto</td></tr>
</table></body></html>"""
    m1 = mail(cid, 1, frm="WorkPath Job Alerts <alerts@workpath.example>", to=owner,
              subject="Luis, 25 new Data Analyst jobs + interview tips for this week", date=d1, owner=owner,
              html=html, domain="workpath.example",
              extra=[("List-Unsubscribe", "<https://workpath.example/u/alerts>")])
    add_case(cid, [("01-job-alert-digest.eml", m1)],
             label(owner, [], "medium", "negative/job-alert",
                   "HTML-only job alert digest with 'Actively interviewing' tags, interview tips mentioning "
                   "'Thursday at 2pm' and a webinar time."))


def n20():
    cid = "b7-20-visa-interview-appointment"
    owner = "jiwoo.park@example.com"
    tz = "Africa/Nairobi"
    d1 = D(2026, 4, 21, 9, 14, tz, "Tuesday")
    t1 = """APPOINTMENT CONFIRMATION - NONIMMIGRANT VISA INTERVIEW

Applicant: PARK, JI WOO
Confirmation No.: NIV-7731-0482-KE
Visa class: H-1B (Specialty occupation)
Petitioner / Employer: Sable Ridge Analytics Inc.

Your consular interview is scheduled:
Date: Tuesday, 12 May 2026
Time: 08:15 (local time)
Location: Consular Section, 1 Consulate Way, Gigiri, Nairobi (fictitious)

Please arrive 15 minutes before your interview time. Bring: passport, DS-160 confirmation page, appointment confirmation, I-797 approval notice, and a letter from your employer. Electronic devices are not permitted.

To reschedule your interview, sign in to your account. Do not reply to this message.
"""
    m1 = mail(cid, 1, frm="Visa Appointment Service <noreply@visa-appointments.example>", to=owner,
              subject="Appointment Confirmation - Visa Interview (NIV-7731-0482-KE)", date=d1, owner=owner,
              text=t1, domain="visa-appointments.example", text_cte="7bit")
    add_case(cid, [("01-visa-interview-confirmation.eml", m1)],
             label(owner, [], "hard", "negative/visa-interview",
                   "Consular visa interview (H-1B, names the employer) with a concrete date/time; not a job interview."))


def n21():
    cid = "b7-21-french-mock-interview-coach"
    owner = "camille.tremblay@example.com"
    tz = "America/Toronto"
    coach = ("Nathalie Dubois", "nathalie@dubois-coaching.example")
    d1 = D(2026, 3, 25, 14, 3, tz, "Wednesday")
    st = D(2026, 3, 28, 10, 0, tz, "Saturday")
    t1 = """Bonjour Camille,

Merci pour votre réservation ! Voici le récapitulatif de votre séance :

Séance : Simulation d'entretien - Chef de projet produit (60 min)
Date : samedi 28 mars 2026 à 10h00 (heure de Montréal)
Lieu : Zoom - https://zoom.example/j/8812004417
Tarif : 120 $ CA (payé)

Nous ferons une simulation complète d'entretien avec un recruteur fictif, puis un débrief de 15 minutes sur vos réponses. Préparez la description du poste pour lequel vous passez l'entretien le 31 mars.

À samedi !
Nathalie Dubois
Coach carrière certifiée - Dubois Coaching
+1 514 555 0152
"""
    cal = ics("dubois-coaching-ct-0328@dubois-coaching.example", st, st + timedelta(hours=1),
              "Simulation d'entretien - Camille Tremblay", coach,
              [coach + ("ACCEPTED",), ("Camille Tremblay", owner, "NEEDS-ACTION")],
              description="Séance de coaching : simulation d'entretien + débrief. Zoom : https://zoom.example/j/8812004417",
              location="Zoom", prodid="-//Dubois Coaching//Reservations//FR", stamp=d1)
    m1 = mail(cid, 1, frm=f"{coach[0]} <{coach[1]}>", to=f"Camille Tremblay <{owner}>",
              subject="Confirmation : Simulation d'entretien - samedi 28 mars", date=d1, owner=owner, text=t1,
              attach_ics=cal, attach_name="seance.ics", domain="dubois-coaching.example")
    add_case(cid, [("01-confirmation-simulation.eml", m1)],
             label(owner, [], "hard", "negative/mock-interview",
                   "Paid mock interview ('simulation d'entretien') with a career coach, in French, with .ics; "
                   "mentions a real interview on Mar 31 without any detail."))


def n22():
    cid = "b7-22-scam-telegram-chat-interview"
    owner = "sipho.dlamini@example.com"
    tz = "Africa/Johannesburg"
    d1 = D(2026, 4, 15, 6, 12, tz, "Wednesday")
    t1 = """Dear Candidate,

Congratulations!! Your resume has been shortlisted for the position of REMOTE DATA ENTRY ASSISTANT (Part Time/Full Time) with Veridian Global Marketing Ltd.

Salary: $45/hour, weekly payment. No experience needed.

Your online interview will be conducted via TEXT CHAT on Telegram with our Hiring Manager Mrs. Linda Crawford tomorrow at 10:00AM. Kindly download Telegram and add @LindaCrawford_HR_Veridian, then send the code VGM-2291 to start your interview.

NOTE: Successful candidates will receive a cheque to purchase home-office equipment from our approved vendor.

Regards,
HR Recruitment Department
Veridian Global Marketing Ltd
"""
    m1 = mail(cid, 1, frm="Veridian HR Department <veridian.hr.recruit2026@mail.example>", to=owner,
              subject="Interview Invitation - Remote Data Entry Assistant (Shortlisted)", date=d1, owner=owner,
              text=t1, domain="mail.example", text_cte="7bit")
    add_case(cid, [("01-interview-invitation.eml", m1)],
             label(owner, [], "hard", "negative/scam-chat-interview",
                   "Classic fake-job scam: 'interview' by text chat on Telegram tomorrow at 10AM, cheque for equipment."))


# =================================================================== main
README = """# blind7 - human conversations and messy real life (written blind)

22 mailbox cases for interview detection, written blind (without reading the detector or other
test cases; only one dev case was looked at for file formats). All names, companies and
domains are invented (`example.com`, `mail.example`, `*.example`).

Theme: recruiter threads where the time is agreed over several short replies, reschedules and
cancellations written in prose, forwarded invites, hiring managers writing from personal-looking
addresses, agency recruiters introducing the candidate to a client (employer = client), startup
founders, Spanish / French / German / Portuguese mail, far-away time zones (Singapore, Sydney, Sao
Paulo, Toronto, Nairobi, Mexico City, Halifax), Exchange invites with Windows zone names, Google
invites whose description names the panel, a Cal.com-style booking that is rescheduled. DST edges:
Sydney (Apr 5), EU (Mar 29), UK (Mar 29), US/Canada (Mar 8).

Counts: 13 positive cases (14 labelled interviews: 2 cases end cancelled, 1 case has two interviews),
9 negative cases (rejection quoting the invite, offer call, reference check about someone else,
networking coffee, podcast recording, job-alert digest with interview tips, visa interview, mock
interview with a coach, Telegram scam "interview").

Regenerate with `python make_cases.py` (deterministic; stdlib + PyYAML + zoneinfo).

| case | category |
|---|---|
"""


def main():
    for f in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              n14, n15, n16, n17, n18, n19, n20, n21, n22]:
        f()
    for p in HERE.iterdir():
        if p.is_dir() and p.name.startswith("b7-"):
            shutil.rmtree(p)
    for cid, items in CASES:
        d = HERE / cid
        d.mkdir()
        for name, data in items:
            (d / name).write_bytes(data)
    with open(HERE / "labels.yaml", "w", encoding="utf-8") as fh:
        fh.write("# blind7 labels - see README.md; schema as in shared/eval/README.md\n")
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=100)
    rows = "".join(f"| {cid} | {LABELS[cid]['category']} |\n" for cid, _ in CASES)
    (HERE / "README.md").write_text(README + rows, encoding="utf-8")
    print(f"{len(CASES)} cases, {sum(len(l['interviews']) for l in LABELS.values())} interviews")


if __name__ == "__main__":
    main()
