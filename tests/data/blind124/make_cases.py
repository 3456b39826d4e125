#!/usr/bin/env python3
"""Deterministic generator for the blind124 interview-detection set.

Rewrites every b124-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All offsets are computed with zoneinfo.
All people, companies and domains are invented (.example domains).
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
MEL = ZoneInfo("Australia/Melbourne")
SYD = ZoneInfo("Australia/Sydney")
BNE = ZoneInfo("Australia/Brisbane")
PER = ZoneInfo("Australia/Perth")
LAX = ZoneInfo("America/Los_Angeles")
UTC = timezone.utc

USER = "mia.kowalczyk@example.com"
USER_NAME = "Mia Kowalczyk"
USER_FROM = f"{USER_NAME} <{USER}>"
OLD_ADDR = "mia.k.cooks@mail.example"
MIA_SIG = "Mia Kowalczyk\nChef de Partie\n0412 555 019"


def T(tz, y, m, d, h=0, mi=0):
    return datetime(y, m, d, h, mi, tzinfo=tz)


def iso(dt):
    return dt.isoformat() if dt is not None else None


def h(tag, n=20):
    return hashlib.sha1(tag.encode()).hexdigest()[:n]


def msgid(tag, domain):
    return f"<{h(tag, 24)}@{domain}>"


# ---------------------------------------------------------------- iCalendar
def fold(line):
    b = line.encode("utf-8")
    parts = []
    limit = 75
    while len(b) > limit:
        cut = limit
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(b[:cut])
        b = b[cut:]
        limit = 74
    parts.append(b)
    return b"\r\n ".join(parts).decode("utf-8")


def esc(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def ics_text(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def vtz_aus_east(tzid, outlook=False):
    st = "16010101T030000" if outlook else "19700405T030000"
    dl = "16010101T020000" if outlook else "19701004T020000"
    std_rr = "FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4" if outlook else "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU"
    dl_rr = "FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10" if outlook else "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU"
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", f"DTSTART:{st}", f"RRULE:{std_rr}", "TZOFFSETFROM:+1100",
            "TZOFFSETTO:+1000"] + ([] if outlook else ["TZNAME:AEST"]) + ["END:STANDARD",
            "BEGIN:DAYLIGHT", f"DTSTART:{dl}", f"RRULE:{dl_rr}", "TZOFFSETFROM:+1000",
            "TZOFFSETTO:+1100"] + ([] if outlook else ["TZNAME:AEDT"]) + ["END:DAYLIGHT", "END:VTIMEZONE"]


def vtz_fixed(tzid, off, name):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", "X-LIC-LOCATION:" + tzid,
            "BEGIN:STANDARD", "DTSTART:19700101T000000", f"TZOFFSETFROM:{off}",
            f"TZOFFSETTO:{off}", f"TZNAME:{name}", "END:STANDARD", "END:VTIMEZONE"]


def vtz_la():
    return ["BEGIN:VTIMEZONE", "TZID:America/Los_Angeles",
            "BEGIN:DAYLIGHT", "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
            "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT", "END:DAYLIGHT",
            "BEGIN:STANDARD", "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
            "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "TZNAME:PST", "END:STANDARD", "END:VTIMEZONE"]


def utcstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def dtline(name, dt, tzid=None, tz=None):
    if tzid:
        return f"{name};TZID={tzid}:" + dt.astimezone(tz).strftime("%Y%m%dT%H%M%S")
    return f"{name}:" + utcstamp(dt)


def calendar(method, vtz, events, prodid="-//Google Inc//Google Calendar 70.9054//EN"):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append(f"METHOD:{method}")
    lines += vtz
    for ev in events:
        lines += ev
    lines.append("END:VCALENDAR")
    return ics_text(lines)


def vevent(uid, start, end, summary, organizer, attendees, stamp, description="", location="",
           seq=0, status="CONFIRMED", tzid=None, tz=None, extra=()):
    ev = ["BEGIN:VEVENT", dtline("DTSTART", start, tzid, tz), dtline("DTEND", end, tzid, tz),
          "DTSTAMP:" + utcstamp(stamp)]
    if organizer:
        ev.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    ev.append(f"UID:{uid}")
    for name, email, role, part in attendees:
        ev.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={part};RSVP=TRUE;CN={name};"
                  f"X-NUM-GUESTS=0:mailto:{email}")
    ev += ["CREATED:" + utcstamp(stamp - timedelta(minutes=3)),
           "DESCRIPTION:" + esc(description),
           "LAST-MODIFIED:" + utcstamp(stamp), "LOCATION:" + esc(location),
           f"SEQUENCE:{seq}", f"STATUS:{status}", "SUMMARY:" + esc(summary), "TRANSP:OPAQUE"]
    ev += list(extra)
    ev.append("END:VEVENT")
    return ev


# ---------------------------------------------------------------- e-mail
def mail(frm, to, subject, date, text=None, html=None, cc=None, reply_to=None, mid=None,
         irt=None, refs=None, headers=(), cte=None, html_cte=None, delivered_to=USER, sender=None):
    m = EmailMessage()
    m["Delivered-To"] = delivered_to
    addr = frm.split("<")[-1].rstrip(">")
    m["Return-Path"] = f"<{addr}>"
    for k, v in headers:
        m[k] = v
    m["From"] = frm
    if sender:
        m["Sender"] = sender
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = mid or msgid(subject + str(date), addr.split("@")[1])
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    if text is not None:
        m.set_content(text, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte or cte)
    return m


def add_google_invite(m, ics, method="REQUEST"):
    data = ics.encode("utf-8")
    m.add_alternative(data, maintype="text", subtype="calendar",
                      params={"charset": "UTF-8", "method": method})
    m.add_attachment(data, maintype="application", subtype="ics", filename="invite.ics")


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.splitlines())


def html_wrap(text):
    body = "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))
    return f'<html><head><meta charset="utf-8"></head><body><div dir="ltr">{body}</div></body></html>'


CASES = {}
LABELS = {}


def case(cid, items, label):
    CASES[cid] = items
    LABELS[cid] = label


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


def lab(interviews, difficulty, category, notes):
    return {"user": USER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


# ====================================================================== cases
def c01():
    luca = "luca@osterialunetta.example"
    d1 = T(MEL, 2026, 3, 9, 10, 12)
    m1_id = msgid("c01-1", "example.com")
    t1 = ("Hi Chef,\n\nI saw your post on Instagram that you're after a sous chef. I've been chef de partie "
          "at Bellwether Bistro in Carlton for just over two years (sauce and grill), and before that "
          "3 years at a hotel banquet kitchen. Happy to send my CV through and can come in any time.\n\n"
          "Cheers,\n" + MIA_SIG)
    m1 = mail(USER_FROM, f"Osteria Lunetta <{luca}>", "Sous chef position", d1, t1, mid=m1_id,
              delivered_to=USER)
    d2 = T(MEL, 2026, 3, 9, 21, 47)
    m2_id = msgid("c01-2", "osterialunetta.example")
    t2 = ("hey Mia thanks for reaching out. can u come in thurs arvo for a chat, say 3? "
          "no need to cook just a chat. 214 Brunswick St, come round the side door\n\n"
          "Luca\n\nSent from my iPhone\n\n"
          f"On {d1.strftime('%-d %b %Y')}, at {d1.strftime('%-I:%M %p').lower()}, Mia Kowalczyk <{USER}> wrote:\n\n" + quote(t1))
    m2 = mail(f"Luca Ferraro <{luca}>", f"Mia Kowalczyk <{USER}>", "Re: Sous chef position", d2, t2,
              mid=m2_id, irt=m1_id, headers=[("X-Mailer", "iPhone Mail (21D61)")])
    d3 = T(MEL, 2026, 3, 10, 7, 31)
    t3 = ("Thursday at 3 is perfect - see you then Chef.\n\nMia\n\n"
          f"On Mon, 9 Mar 2026 at 9:47 pm, Luca Ferraro <{luca}> wrote:\n" + quote(t2[:t2.index('Sent from')].strip()))
    m3 = mail(USER_FROM, f"Luca Ferraro <{luca}>", "Re: Sous chef position", d3, t3,
              mid=msgid("c01-3", "example.com"), irt=m2_id, refs=f"{m1_id} {m2_id}")
    start = T(MEL, 2026, 3, 12, 15, 0)
    case("b124-01-headchef-thurs-arvo-chat-iphone",
         [("01-sous-chef-position.eml", m1), ("02-re-sous-chef-position.eml", m2),
          ("03-re-sous-chef-position.eml", m3)],
         lab([iv("Osteria Lunetta", "Sous Chef", start, None, "scheduled", [luca], [luca], "hiring_manager")],
             "hard", "positive/terse-body-only",
             "Head chef one-liner from iPhone 'thurs arvo ... say 3' resolved against Mon 9 Mar -> Thu 12 Mar "
             "15:00 AEDT. No duration given -> end null."))


def c02():
    ruby = "ruby@saltbushember.example"
    d1 = T(MEL, 2026, 3, 17, 16, 2)
    mid1 = msgid("c02-1", "saltbushember.example")
    t1 = ("Hi Mia,\n\nThanks for dropping your CV in on the weekend. We'd love to get you in for a paid "
          "trial this Saturday (21st) - lunch service, 10:30 till 3. Paid at award rate for the hours.\n\n"
          "Bring whites, non-slip shoes and your knives. Ask for me at the pass. If it goes well we'll "
          "talk about the CDP role properly after service.\n\n"
          "Cheers,\nRuby Tran\nHead Chef / Co-owner\nSaltbush & Ember\n41 High St, Northcote VIC 3070\n"
          "(03) 9555 0148")
    m1 = mail(f"Ruby Tran <{ruby}>", USER, "Trial shift Saturday", d1, t1, mid=mid1,
              headers=[("X-Mailer", "Microsoft Outlook 16.0")], cte="quoted-printable")
    d2 = T(MEL, 2026, 3, 17, 19, 40)
    t2 = ("Hi Ruby,\n\nAwesome, thank you! Confirming Saturday 10:30-3. See you then.\n\nMia\n\n"
          f"On Tue, 17 Mar 2026 at 4:02 pm, Ruby Tran <{ruby}> wrote:\n" + quote(t1))
    m2 = mail(USER_FROM, f"Ruby Tran <{ruby}>", "Re: Trial shift Saturday", d2, t2,
              mid=msgid("c02-2", "example.com"), irt=mid1)
    start, end = T(MEL, 2026, 3, 21, 10, 30), T(MEL, 2026, 3, 21, 15, 0)
    case("b124-02-paid-trial-shift-bistro",
         [("01-trial-shift-saturday.eml", m1), ("02-re-trial-shift.eml", m2)],
         lab([iv("Saltbush & Ember", "Chef de Partie", start, end, "scheduled", [ruby], [ruby], "technical")],
             "medium", "positive/kitchen-trial",
             "Paid kitchen trial = live, in-person practical assessment by the head chef inside a hiring "
             "process; this set consistently labels trials as interviews (kind technical). '10:30 till 3' "
             "on Sat 21 Mar (AEDT)."))


def c03():
    geo = "georgia.whitlam@harbourlinehotels.example"
    anton = "anton.hollerer@harbourlinehotels.example"
    noreply = "no-reply@smartrecruiters.example"
    role = "Sous Chef - Harbourline Circular Quay"
    # 1) SmartRecruiters phone screen confirmation with ics
    d1 = T(SYD, 2026, 3, 19, 11, 20)
    s1, e1 = T(SYD, 2026, 3, 25, 10, 0), T(SYD, 2026, 3, 25, 10, 30)
    ics1 = calendar("REQUEST", vtz_aus_east("Australia/Sydney"), [vevent(
        "sr-int-7f3a2c91@smartrecruiters.example", s1, e1,
        f"Phone Interview - {role} - Mia Kowalczyk", ("Harbourline Hotels", noreply),
        [("Georgia Whitlam", geo, "REQ-PARTICIPANT", "ACCEPTED"),
         ("Mia Kowalczyk", USER, "REQ-PARTICIPANT", "NEEDS-ACTION")], d1,
        description="Georgia Whitlam will call you on 0412 555 019.", location="Phone call",
        tzid="Australia/Sydney", tz=SYD)], prodid="-//SmartRecruiters//Interview Scheduler//EN")
    t1 = (f"Hi Mia,\n\nYour interview for {role} has been scheduled.\n\n"
          "Type: Phone interview\n"
          f"Date: {s1.strftime('%A, %-d %B %Y')}\n"
          f"Time: {s1.strftime('%-I:%M %p')} - {e1.strftime('%-I:%M %p')} AEDT (Sydney)\n"
          "Interviewer: Georgia Whitlam, Talent Acquisition Partner\n\n"
          "Georgia will call you on the mobile number in your application.\n"
          "An invitation is attached - add it to your calendar.\n\n"
          "If you need to reschedule, reply to this e-mail to reach Georgia directly.\n\n"
          "Harbourline Hotels & Resorts - Careers\nPowered by SmartRecruiters")
    m1 = mail(f"Harbourline Hotels <{noreply}>", USER, f"Interview scheduled: {role}", d1, t1,
              html=html_wrap(t1), reply_to=f"Georgia Whitlam <{geo}>", html_cte="quoted-printable")
    m1.add_attachment(ics1.encode(), maintype="text", subtype="calendar", filename="interview.ics",
                      params={"method": "REQUEST"})
    # 2) Georgia follow-up after screen
    d2 = T(SYD, 2026, 3, 26, 9, 5)
    t2 = ("Hi Mia,\n\nLovely chatting yesterday. Great news - Chef Anton (our Executive Chef) would like to "
          "meet you over Teams the week after Easter. He's suggested Wednesday the 8th at 2pm - "
          "I'll send a Teams invite through shortly.\n\nKind regards,\nGeorgia Whitlam\n"
          "Talent Acquisition Partner | Harbourline Hotels & Resorts\n"
          "Level 9, 60 Alfred St, Sydney NSW 2000 | +61 2 5550 7731")
    m2 = mail(f"Georgia Whitlam <{geo}>", USER, f"Next step - {role}", d2, t2,
              headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    # 3) Outlook/Teams invite for exec chef interview (after DST ends)
    d3 = T(SYD, 2026, 3, 26, 10, 12)
    s3, e3 = T(SYD, 2026, 4, 8, 14, 0), T(SYD, 2026, 4, 8, 15, 0)
    tzid = "AUS Eastern Standard Time"
    uid3 = "040000008200E00074C5B7101A82E00800000000" + h("c03-3", 32).upper()
    when = f"{s3.strftime('%A, %-d %B %Y')} {s3.strftime('%-I:%M %p')}-{e3.strftime('%-I:%M %p')} (UTC+10:00) Canberra, Melbourne, Sydney."
    t3 = (f"When: {when}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
          "Hi Mia,\n\nAs promised - interview with Anton Hollerer, Executive Chef, Harbourline Circular Quay. "
          "Anton's note to me was 'Mittwoch 14:00 Uhr passt' so please excuse the German in the calendar :) "
          "About an hour; he'll want to talk menus, costings and how you run a section.\n\n"
          "I'm just the organiser and won't be on the call.\n\nGeorgia\n\n"
          "________________________________________________________________________________\n"
          "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
          "Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_Hx2>\n"
          "Meeting ID: 417 882 305 119\nPasscode: q7RtZ2\n"
          "________________________________________________________________________________")
    ev3 = vevent(uid3, s3, e3, f"Interview - Mia Kowalczyk - Sous Chef (Chef Anton)",
                 ("Georgia Whitlam", geo),
                 [("Mia Kowalczyk", USER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                  ("Anton Hollerer", anton, "REQ-PARTICIPANT", "NEEDS-ACTION")], d3,
                 description=t3, location="Microsoft Teams Meeting", tzid=tzid, tz=SYD,
                 extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
                        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE"])
    ics3 = calendar("REQUEST", vtz_aus_east(tzid, outlook=True), [ev3],
                    prodid="Microsoft Exchange Server 2010")
    m3 = mail(f"Georgia Whitlam <{geo}>", f"Mia Kowalczyk <{USER}>; Anton Hollerer <{anton}>",
              "Interview - Mia Kowalczyk - Sous Chef (Chef Anton)", d3, t3, cte="quoted-printable",
              headers=[("Content-class", "urn:content-classes:calendarmessage"),
                       ("Thread-Topic", "Interview - Mia Kowalczyk - Sous Chef (Chef Anton)"),
                       ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAA" + h("c03s", 12))])
    m3.replace_header("To", f"Mia Kowalczyk <{USER}>, Anton Hollerer <{anton}>")
    m3.add_alternative(ics3.encode(), maintype="text", subtype="calendar",
                       params={"charset": "utf-8", "method": "REQUEST"})
    case("b124-03-hotel-group-hr-then-exec-chef",
         [("01-smartrecruiters-phone-interview.eml", m1), ("02-next-step.eml", m2),
          ("03-teams-invite-exec-chef.eml", m3)],
         lab([iv("Harbourline Hotels & Resorts", "Sous Chef", s1, e1, "scheduled", [geo], [geo], "phone_screen"),
              iv("Harbourline Hotels & Resorts", "Sous Chef", s3, e3, "scheduled", [anton], [anton],
                 "hiring_manager")],
             "hard", "positive/two-interviews-same-company",
             "SmartRecruiters phone screen (Wed 25 Mar 10:00 AEDT, recruiter conducts it; no-reply sender, "
             "Reply-To Georgia) then Exchange invite for the Executive Chef on Wed 8 Apr 14:00 with TZID "
             "'AUS Eastern Standard Time' -> AEST +10 after the 5 Apr change. Georgia only organises the 2nd."))


def c04():
    dana = "dana.whitcombe@aureliaseaways.example"
    d1 = T(LAX, 2026, 3, 9, 15, 48)
    s, e = T(LAX, 2026, 3, 12, 16, 30), T(LAX, 2026, 3, 12, 17, 15)
    mel = s.astimezone(MEL)
    t1 = ("Hi Mia!\n\nThanks for applying to join our fleet galley team. I'd love to set up a video interview "
          "to talk about the Chef de Partie role on Aurelia Horizon (Australia & South Pacific deployment).\n\n"
          f"How does Thu 3/12 @ 4:30p PST work? By my math that's {mel.strftime('%a %-d %b')} at "
          f"{mel.strftime('%-I:%M%p').lower()} for you in Melbourne. We'll need about 45 mins - "
          "I'll walk through contracts, rotation, STCW and the medical, then a few culinary questions.\n\n"
          "Zoom invite attached. If the time doesn't work just reply and we'll find another.\n\n"
          "Best,\nDana Whitcombe\nCrew Recruitment Specialist - Culinary\nAurelia Seaways | Seattle, WA\n"
          "+1 (206) 555-0193")
    ics = calendar("REQUEST", vtz_la(), [vevent(
        "zm-" + h("c04-uid", 16) + "@zoom.example", s, e,
        "Aurelia Seaways - Galley Video Interview - Mia Kowalczyk", ("Dana Whitcombe", dana),
        [("Mia Kowalczyk", USER, "REQ-PARTICIPANT", "NEEDS-ACTION")], d1,
        description="Dana Whitcombe is inviting you to a scheduled Zoom meeting.\n\n"
                    "Join Zoom Meeting\nhttps://aureliaseaways.zoom.example/j/88213347710\n"
                    "Meeting ID: 882 1334 7710\nPasscode: galley26",
        location="https://aureliaseaways.zoom.example/j/88213347710", tzid="America/Los_Angeles", tz=LAX)],
        prodid="-//zoom.us//iCalendar Event//EN")
    m1 = mail(f"Dana Whitcombe <{dana}>", f"Mia Kowalczyk <{USER}>",
              "Aurelia Seaways - video interview, Chef de Partie (fleet galley)", d1, t1)
    m1.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="zoom_meeting.ics",
                      params={"method": "REQUEST"})
    d2 = T(MEL, 2026, 3, 10, 12, 15)
    t2 = (f"Hi Dana,\n\nThat works - {mel.strftime('%A')} {mel.strftime('%-I:%M%p').lower()} my time is great. "
          "Accepted the Zoom invite. Talk then!\n\nMia\n\n" + f"On Tue, 10 Mar 2026 at 9:48 am, Dana Whitcombe <{dana}> wrote:\n" + quote(t1))
    m2 = mail(USER_FROM, f"Dana Whitcombe <{dana}>", "Re: Aurelia Seaways - video interview, Chef de Partie (fleet galley)",
              d2, t2, irt=m1["Message-ID"])
    case("b124-04-cruise-line-video-seattle-pst-label",
         [("01-aurelia-video-interview.eml", m1), ("02-re-video-interview.eml", m2)],
         lab([iv("Aurelia Seaways", "Chef de Partie (fleet galley)", s, e, "scheduled", [dana], [dana], "phone_screen")],
             "hard", "positive/cross-zone-video",
             "'Thu 3/12 @ 4:30p PST' written loosely after US DST began (Mar 8): it is PDT -07:00, confirmed by "
             "the .ics TZID America/Los_Angeles and the 'Fri 13 Mar 10:30am Melbourne' conversion. 45 min."))


def c05():
    jess = "jess.moreau@plateandpass.example"
    dim = "dimitri.kostas@wattlegrovecatering.example"
    d1 = T(MEL, 2026, 4, 9, 16, 37)
    mid1 = msgid("c05-1", "plateandpass.example")
    t1 = ("Hi Mia,\n\nGreat news - Wattle Grove Catering loved your CV and want to meet you for the "
          "Sous Chef - Events role!\n\n"
          "When: Tuesday 14th April at half past ten\n"
          "Where: their production kitchen, Unit 3, 18 Kerr Lane, Port Melbourne\n"
          "Who: Dimitri Kostas, Executive Chef (cc'd so you have each other's details)\n\n"
          "Dimitri has blocked out 45 mins. It's a sit-down chat, no cook, but he'll probably walk you "
          "through the kitchen. Smart casual is fine.\n\n"
          "Give me a bell after and let me know how it went!\n\n"
          "Jess Moreau\nSenior Consultant - Culinary\nPlate & Pass Hospitality Recruitment\n"
          "Level 2, 115 Queen St, Melbourne VIC 3000\nM 0433 555 271 | T (03) 9555 8820")
    m1 = mail(f"Jess Moreau <{jess}>", f"Mia Kowalczyk <{USER}>", "Interview confirmed - Wattle Grove Catering",
              d1, t1, cc=f"Dimitri Kostas <{dim}>", mid=mid1, cte="base64",
              headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    d2 = T(MEL, 2026, 4, 9, 18, 3)
    t2 = ("Looking forward to it Mia. Park out the back and ring the bell at the loading dock, "
          "office is upstairs.\n\nDimitri\n\nSent from my Galaxy\n\n"
          f"-------- Original message --------\nFrom: Jess Moreau <{jess}>\nDate: 9/4/26 4:37 pm (GMT+10:00)\n"
          f"To: Mia Kowalczyk <{USER}>\nCc: Dimitri Kostas <{dim}>\n"
          "Subject: Interview confirmed - Wattle Grove Catering\n\n" + t1)
    m2 = mail(f"Dimitri Kostas <{dim}>", f"Jess Moreau <{jess}>, Mia Kowalczyk <{USER}>",
              "RE: Interview confirmed - Wattle Grove Catering", d2, t2, irt=mid1)
    s, e = T(MEL, 2026, 4, 14, 10, 30), T(MEL, 2026, 4, 14, 11, 15)
    case("b124-05-agency-catering-half-past-ten",
         [("01-interview-confirmed.eml", m1), ("02-re-interview-confirmed.eml", m2)],
         lab([iv("Wattle Grove Catering", "Sous Chef - Events", s, e, "scheduled", [dim], [dim], "hiring_manager")],
             "medium", "positive/agency",
             "Agency consultant books it (base64 body); the Executive Chef is cc'd and conducts it. "
             "'Tuesday 14th April at half past ten', 45 min, AEST (after 5 Apr)."))


def c06():
    kane = "kane@riverstonedining.example"
    d1 = T(BNE, 2026, 3, 11, 14, 20)
    mid1 = msgid("c06-1", "riverstonedining.example")
    t1 = ("G'day Mia,\n\nThanks for applying for the sous role. Keen to have a chat - can we do a video call "
          "Fri 20 March 1pm Brisbane time? Think that's 2pm your time with daylight saving down there. "
          "30 mins on Google Meet, I'll send the link the day before.\n\nKane Albury\nHead Chef, Riverstone Dining Room\n"
          "Eagle St Pier, Brisbane QLD 4000 | 07 5550 3318")
    m1 = mail(f"Kane Albury <{kane}>", USER, "Sous Chef - Riverstone", d1, t1, mid=mid1)
    d2 = T(MEL, 2026, 3, 11, 17, 2)
    mid2 = msgid("c06-2", "example.com")
    t2 = ("Hi Kane,\n\nYes that works - 2pm Melbourne / 1pm Brisbane on Friday 20th. Thanks!\n\nMia\n\n"
          f"On Wed, 11 Mar 2026 at 3:20 pm, Kane Albury <{kane}> wrote:\n" + quote(t1))
    m2 = mail(USER_FROM, f"Kane Albury <{kane}>", "Re: Sous Chef - Riverstone", d2, t2, mid=mid2, irt=mid1)
    d3 = T(BNE, 2026, 3, 18, 8, 55)
    t3 = ("Mia - really sorry but I've got to cancel Friday. The owners have decided to promote one of our "
          "CDPs into the sous role so we won't be going ahead with interviews. Appreciate your time and "
          "all the best with the search.\n\nKane\n\n" + f"On Wed, 11 Mar 2026 at 5:02 pm, Mia Kowalczyk <{USER}> wrote:\n" + quote(t2))
    m3 = mail(f"Kane Albury <{kane}>", f"Mia Kowalczyk <{USER}>", "Re: Sous Chef - Riverstone", d3, t3,
              irt=mid2, refs=f"{mid1} {mid2}")
    s, e = T(BNE, 2026, 3, 20, 13, 0), T(BNE, 2026, 3, 20, 13, 30)
    case("b124-06-brisbane-video-cancelled-by-venue",
         [("01-sous-chef-riverstone.eml", m1), ("02-re-sous-chef.eml", m2), ("03-re-cancel.eml", m3)],
         lab([iv("Riverstone Dining Room", "Sous Chef", s, e, "cancelled", [kane], [kane], "hiring_manager")],
             "medium", "positive/cancelled",
             "Brisbane (no DST, +10) 1pm = 2pm AEDT in Melbourne. Venue cancels two days before -> status cancelled."))


def c07():
    soph = "sophie.lindqvist@indigobayhotel.example"
    d1 = T(PER, 2026, 3, 23, 9, 40)
    mid1 = msgid("c07-1", "indigobayhotel.example")
    s0 = T(PER, 2026, 3, 26, 11, 0)
    t1 = ("Hi Mia,\n\nThank you for your application for Chef de Partie (Banquets) at Indigo Bay Hotel Perth. "
          f"I'd like to set up a phone interview for Thursday 26 March at 11am Perth time "
          f"({s0.astimezone(MEL).strftime('%-I%p').lower()} in Melbourne). It'll be around 30 minutes and I'll call your mobile.\n\n"
          "Kind regards,\nSophie Lindqvist\nExecutive Sous Chef\nIndigo Bay Hotel Perth\n"
          "1 Marine Parade, Cottesloe WA 6011\nT +61 8 5550 6402")
    m1 = mail(f"Sophie Lindqvist <{soph}>", f"Mia Kowalczyk <{USER}>",
              "Phone interview - Chef de Partie (Banquets)", d1, t1, mid=mid1,
              headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    d2 = T(MEL, 2026, 3, 24, 8, 15)
    mid2 = msgid("c07-2", "example.com")
    t2 = ("Hi Sophie,\n\nThanks so much. I'm really sorry - I've just been rostered on a double on Thursday "
          "and can't get out of it. Would it be possible to move to Friday? I'm free Friday until 4pm "
          "Melbourne time.\n\nApologies for the hassle,\nMia\n\n"
          f"From: Sophie Lindqvist <{soph}>\nSent: {d1.astimezone(MEL).strftime('%A, %-d %B %Y %-I:%M %p')}\n"
          "Subject: Phone interview - Chef de Partie (Banquets)\n\n" + quote(t1))
    m2 = mail(USER_FROM, f"Sophie Lindqvist <{soph}>", "RE: Phone interview - Chef de Partie (Banquets)",
              d2, t2, mid=mid2, irt=mid1)
    d3 = T(PER, 2026, 3, 24, 10, 5)
    s = T(PER, 2026, 3, 27, 12, 30)
    e = s + timedelta(minutes=30)
    t3 = (f"No dramas Mia. Let's do Friday 27th at 12:30pm our time ({s.astimezone(MEL).strftime('%-I:%M%p').lower()} yours). "
          "I'll ring you then.\n\nSophie\n\n" + quote(t2))
    m3 = mail(f"Sophie Lindqvist <{soph}>", f"Mia Kowalczyk <{USER}>",
              "RE: Phone interview - Chef de Partie (Banquets)", d3, t3, irt=mid2, refs=f"{mid1} {mid2}",
              cte="quoted-printable")
    case("b124-07-perth-phone-moved-by-candidate",
         [("01-phone-interview.eml", m1), ("02-re-move-request.eml", m2), ("03-re-moved-friday.eml", m3)],
         lab([iv("Indigo Bay Hotel Perth", "Chef de Partie (Banquets)", s, e, "scheduled", [soph], [soph],
                 "hiring_manager")],
             "hard", "positive/reschedule",
             "Candidate asks to move Thu 26 Mar 11am AWST; final: Fri 27 Mar 12:30pm AWST (+08) = 3:30pm AEDT. 30 min."))


def outlook_invite(frm_name, frm, to_list, subject, date, start, end, tz, tzid, label, body, uid_tag,
                   location, attendees, seq=0, method="REQUEST", status="CONFIRMED"):
    when = (f"{start.strftime('%A, %-d %B %Y')} {start.strftime('%-I:%M %p')}-{end.strftime('%-I:%M %p')} "
            f"{label}.")
    text = f"When: {when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body
    uid = "040000008200E00074C5B7101A82E00800000000" + h(uid_tag, 32).upper()
    ev = vevent(uid, start, end, subject, (frm_name, frm), attendees, date, description=text,
                location=location, tzid=tzid, tz=tz, seq=seq, status=status,
                extra=["X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                       "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
                       f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE"])
    ics = calendar(method, vtz_aus_east(tzid, outlook=True), [ev], prodid="Microsoft Exchange Server 2010")
    m = mail(f"{frm_name} <{frm}>", ", ".join(to_list), subject, date, text, cte="quoted-printable",
             html=html_wrap(text), html_cte="quoted-printable",
             headers=[("Content-class", "urn:content-classes:calendarmessage"), ("Thread-Topic", subject),
                      ("Accept-Language", "en-AU"), ("Content-Language", "en-AU")])
    m.add_alternative(ics.encode(), maintype="text", subtype="calendar",
                      params={"charset": "utf-8", "method": method})
    return m


def c08():
    nadia = "nadia.petrakis@bluestoneevents.example"
    ben = "ben.coyle@bluestoneevents.example"
    d1 = T(MEL, 2026, 4, 2, 11, 5)
    s, e = T(MEL, 2026, 4, 7, 9, 30), T(MEL, 2026, 4, 7, 10, 30)
    body = ("Hi Mia,\n\nThanks for your time on the phone. Please come in to meet Ben (Operations Manager) "
            "and me for an interview for the Sous Chef - Corporate Events position. We'll be in the "
            "meeting room upstairs at our Collingwood kitchen, 27 Rokeby St. Allow an hour.\n\n"
            "Regards,\nNadia Petrakis\nHead of Culinary | Bluestone Events Catering\nM 0407 555 662")
    m1 = outlook_invite("Nadia Petrakis", nadia, [f"Mia Kowalczyk <{USER}>", f"Ben Coyle <{ben}>"],
                        "Interview - Sous Chef Corporate Events - Mia Kowalczyk", d1, s, e, MEL,
                        "AUS Eastern Standard Time", "(UTC+10:00) Canberra, Melbourne, Sydney", body,
                        "c08", "Bluestone Events - 27 Rokeby St Collingwood (upstairs meeting room)",
                        [("Mia Kowalczyk", USER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                         ("Ben Coyle", ben, "REQ-PARTICIPANT", "NEEDS-ACTION")])
    d2 = T(MEL, 2026, 4, 6, 15, 12)
    t2 = ("Hi Mia,\n\nJust a reminder about tomorrow - and a heads up that the clocks went back on Sunday, "
          "so it's still 9:30am Melbourne time, the calendar should have it right. Ben is running a "
          "little late so might join at 9:40.\n\nNadia")
    m2 = mail(f"Nadia Petrakis <{nadia}>", f"Mia Kowalczyk <{USER}>",
              "Tomorrow - Interview - Sous Chef Corporate Events", d2, t2,
              headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    case("b124-08-outlook-invite-dst-change-week",
         [("01-outlook-invite-interview.eml", m1), ("02-reminder-tomorrow.eml", m2)],
         lab([iv("Bluestone Events Catering", "Sous Chef - Corporate Events", s, e, "scheduled", [nadia, ben],
                 [nadia, ben], "onsite")],
             "hard", "positive/exchange-dst-edge",
             "Invite sent Thu 2 Apr (AEDT +11) for Tue 7 Apr 9:30-10:30 after DST ended on 5 Apr -> +10:00. "
             "TZID 'AUS Eastern Standard Time'. Two interviewers -> panel -> onsite."))


def c09():
    portal = "notifications@tablesidecareers.example"
    hannah = "hannah.cole@lanternstreetgroup.example"
    d1 = T(MEL, 2026, 4, 10, 13, 31)
    s, e = T(MEL, 2026, 4, 15, 14, 0), T(MEL, 2026, 4, 15, 14, 45)
    html = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Interview booked</title></head>
<body style="margin:0;background:#f4f1ec;font-family:Helvetica,Arial,sans-serif">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;border-radius:6px">
<tr><td style="padding:24px;background:#1f2a24;color:#f4f1ec;font-size:20px">Lantern Street Group &middot; Careers</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:22px;color:#222">
<p>Hi Mia,</p>
<p>Thanks for booking a time. Your interview for <strong>Chef de Partie &ndash; Larder (Lantern Street Kitchen)</strong> is confirmed.</p>
<table style="border-collapse:collapse;font-size:15px">
<tr><td style="padding:4px 12px 4px 0;color:#777">When</td><td>{s.strftime('%A %-d %B %Y')}<br>{s.strftime('%-I:%M%p').lower()} &ndash; {e.strftime('%-I:%M%p').lower()} (AEST, Melbourne)</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#777">With</td><td>Priya Raman, Group Executive Chef</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#777">Where</td><td>Lantern Street Kitchen, 88 Flinders Lane, Melbourne &ndash; ask front of house for Chef Priya</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#777">Format</td><td>In person, 45 minutes. Please bring your knife roll &ndash; Priya may ask you to break down a fish.</td></tr>
</table>
<p><a href="https://tablesidecareers.example/c/lanternstreet/i/ka81Zq/ical" style="color:#b5532c">Add to calendar</a> &nbsp;|&nbsp; <a href="https://tablesidecareers.example/c/lanternstreet/i/ka81Zq/manage" style="color:#b5532c">Reschedule or cancel</a></p>
<p>Questions? Contact Hannah Cole, People &amp; Culture: <a href="mailto:{hannah}">{hannah}</a> or 03 9555 4410.</p>
<p style="color:#999;font-size:12px">This message was sent by Tableside Careers on behalf of Lantern Street Group. Please do not reply to this e-mail; replies are not monitored.</p>
</td></tr></table></td></tr></table></body></html>"""
    m1 = mail(f"Lantern Street Group Careers <{portal}>", USER,
              "Interview booked: Chef de Partie - Larder (Lantern Street Kitchen)", d1, html=html,
              html_cte="quoted-printable")
    case("b124-09-html-only-careers-portal",
         [("01-interview-booked.eml", m1)],
         lab([iv("Lantern Street Group", "Chef de Partie - Larder", s, e, "scheduled", [], [hannah], "hiring_manager")],
             "medium", "positive/ats-html-only",
             "HTML-only, quoted-printable portal mail from a no-reply sender. Interviewer (Group Exec Chef) has "
             "no address in the case -> interviewer_emails []; follow-up goes to the named P&C contact."))


def c10():
    elena = "elena@cirrusbaykitchen.example"
    tom = "tom.baird@cirrusbaykitchen.example"
    d1 = T(SYD, 2026, 3, 16, 10, 44)
    s, e = T(SYD, 2026, 3, 18, 15, 0), T(SYD, 2026, 3, 18, 15, 45)
    t1 = ("Hi Mia,\n\nThanks for your application for the sous chef job. I've sent you a calendar invite for "
          "Wednesday 3pm Sydney time (so 3pm for you too, we are on the same clock). It'll be a 45 min video "
          "call with me and Tom, our GM.\n\nBest,\nElena Marchetti\nChef/Owner, Cirrus Bay Kitchen\n"
          "3/12 The Corso, Manly NSW 2095 | 02 5550 2217")
    m1 = mail(f"Elena Marchetti <{elena}>", f"Mia Kowalczyk <{USER}>", "Cirrus Bay - sous chef", d1, t1,
              html=html_wrap(t1))
    created = d1 - timedelta(minutes=6)
    ev = {
        "kind": "calendar#event", "etag": "\"3381927711042000\"", "id": "6ml2q0c3rk9h7t1vbd4s2p8e0f",
        "status": "confirmed",
        "htmlLink": "https://www.google.example/calendar/event?eid=Nm1sMnEwYzNyazloN3QxdmJkNHMycDhlMGY",
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(minutes=1)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.412Z"),
        "summary": "Cirrus Bay Kitchen x Mia - Sous Chef chat",
        "description": "Video call - Elena (Chef/Owner) and Tom (GM). Have a think about a spring menu idea.",
        "creator": {"email": elena, "displayName": "Elena Marchetti"},
        "organizer": {"email": elena, "displayName": "Elena Marchetti"},
        "start": {"dateTime": s.isoformat(), "timeZone": "Australia/Sydney"},
        "end": {"dateTime": e.isoformat(), "timeZone": "Australia/Sydney"},
        "iCalUID": "6ml2q0c3rk9h7t1vbd4s2p8e0f@google.com", "sequence": 0,
        "attendees": [
            {"email": elena, "displayName": "Elena Marchetti", "organizer": True, "responseStatus": "accepted"},
            {"email": tom, "displayName": "Tom Baird", "responseStatus": "accepted"},
            {"email": USER, "displayName": USER_NAME, "self": True, "responseStatus": "needsAction"}],
        "hangoutLink": "https://meet.google.example/ruv-qkfa-tbn",
        "conferenceData": {"entryPoints": [{"entryPointType": "video",
                                            "uri": "https://meet.google.example/ruv-qkfa-tbn",
                                            "label": "meet.google.example/ruv-qkfa-tbn"}],
                           "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                           "conferenceId": "ruv-qkfa-tbn"},
        "reminders": {"useDefault": True}, "eventType": "default"}
    case("b124-10-gcal-event-plus-owner-email",
         [("01-cirrus-bay-sous-chef.eml", m1), ("02-cirrus-bay-event.gcal.json", ev)],
         lab([iv("Cirrus Bay Kitchen", "Sous Chef", s, e, "scheduled", [elena, tom], [elena, tom], "onsite")],
             "medium", "positive/dedupe",
             "E-mail and Calendar API event are the same interview -> one. Sydney = Melbourne zone (AEDT +11). "
             "Two interviewers (owner + GM) -> onsite/panel."))


def google_invite(org_name, org, subject_core, date, start, end, tz, tzid, tzlabel, tzlong, description,
                  uid, attendees, method="REQUEST", seq=0, status="CONFIRMED", location=""):
    short = tzlabel
    when_subj = (f"{start.strftime('%a %-d %b %Y')} {start.strftime('%-I:%M%p').lower().replace(':00', '')} - "
                 f"{end.strftime('%-I:%M%p').lower().replace(':00', '')} ({short})")
    if method == "CANCEL":
        subj = f"Cancelled event: {subject_core} @ {when_subj} ({USER})"
        intro = "This event has been cancelled.\n\n"
    else:
        subj = f"Invitation: {subject_core} @ {when_subj} ({USER})"
        intro = ""
    text = (f"{intro}{subject_core}\n{start.strftime('%A %-d %B %Y')} \u22c5 {start.strftime('%-I:%M%p').lower()} \u2013 "
            f"{end.strftime('%-I:%M%p').lower()}\n{tzlong}\n\n"
            + (f"Join with Google Meet\nhttps://meet.google.example/{h(uid, 3)}-{h(uid + 'x', 4)}-{h(uid + 'y', 3)}\n\n" if method != "CANCEL" else "")
            + f"Organiser\n{org_name}\n{org}\n\nGuests\n" + "\n".join(f"{a[0]}\n{a[1]}" for a in attendees)
            + (f"\n\n{description}" if description else "")
            + "\n\nInvitation from Google Calendar\n\nYou are receiving this email because you are an attendee on the event.")
    ev = vevent(uid, start, end, subject_core, (org_name, org), attendees, date, description=description,
                location=location, seq=seq, status=status, tzid=tzid, tz=tz)
    vtz = vtz_fixed(tzid, "+1000", "AEST") if tzid == "Australia/Brisbane" else vtz_aus_east(tzid)
    ics = calendar(method, vtz, [ev])
    m = mail(f"{org_name} <{org}>", USER, subj, date, text, html=html_wrap(text), cte="base64",
             html_cte="quoted-printable", reply_to=f"{org_name} <{org}>",
             sender="Google Calendar <calendar-notification@google.example>",
             mid=f"<calendar-{h(uid + method + str(seq), 8)}-{h(uid, 4)}-{h(uid, 4)}@google.example>")
    add_google_invite(m, ics, method)
    return m


def c11():
    cor = "corinne.vale@kingfisherquay.example"
    d1 = T(BNE, 2026, 3, 28, 12, 14)
    s, e = T(BNE, 2026, 4, 9, 10, 0), T(BNE, 2026, 4, 9, 10, 30)
    core = "Interview: Mia Kowalczyk - Sous Chef (Kingfisher Quay Catering)"
    att = [("Corinne Vale", cor, "REQ-PARTICIPANT", "ACCEPTED"),
           ("Mia Kowalczyk", USER, "REQ-PARTICIPANT", "NEEDS-ACTION")]
    uid = "0k4s9fjm2qv7r1c8bh5dt3e6lp@google.com"
    desc = "30 min video chat with Corinne (Operations Manager). Relocation to Brisbane to be discussed."
    m1 = google_invite("Corinne Vale", cor, core, d1, s, e, BNE, "Australia/Brisbane", "AEST",
                       "Australian Eastern Standard Time - Brisbane", desc, uid, att)
    d2 = T(MEL, 2026, 4, 6, 19, 22)
    t2 = ("Hi Corinne,\n\nI'm so sorry to do this, but I've decided I'm not in a position to relocate to "
          "Queensland this year, so I'd like to withdraw my application and cancel Thursday's chat. "
          "Thank you for your time and for being so flexible.\n\nKind regards,\n" + MIA_SIG)
    m2 = mail(USER_FROM, f"Corinne Vale <{cor}>", "Withdrawing - Sous Chef application", d2, t2)
    d3 = T(BNE, 2026, 4, 7, 8, 2)
    m3 = google_invite("Corinne Vale", cor, core, d3, s, e, BNE, "Australia/Brisbane", "AEST",
                       "Australian Eastern Standard Time - Brisbane", desc, uid, att, method="CANCEL", seq=1,
                       status="CANCELLED")
    case("b124-11-brisbane-google-invite-candidate-withdraws",
         [("01-invitation.eml", m1), ("02-withdrawing.eml", m2), ("03-cancelled-event.eml", m3)],
         lab([iv("Kingfisher Quay Catering", "Sous Chef", s, e, "cancelled", [cor], [cor], "hiring_manager")],
             "medium", "positive/cancelled",
             "Google invite TZID Australia/Brisbane (+10 all year) for Thu 9 Apr 10:00; candidate withdraws, "
             "organizer sends METHOD:CANCEL SEQUENCE:1 -> one cancelled interview."))


def c12():
    fiona = "fiona.grady@thealdridge.example"
    rahul = "rahul.menon@thealdridge.example"
    claire = "claire.dunstan@thealdridge.example"
    d1 = T(MEL, 2026, 4, 16, 15, 50)
    s, e = T(MEL, 2026, 4, 23, 9, 0), T(MEL, 2026, 4, 23, 13, 0)
    t1 = ("Dear Mia,\n\nThank you for your interest in the Sous Chef role at The Aldridge Melbourne. We are "
          "pleased to invite you to our interview day on Thursday 23 April. Please report to the staff "
          "entrance on Little Bourke St at 8:50am and ask for me.\n\n"
          "Your itinerary\n"
          "9am - 9:30        Welcome and interview with me (Fiona Grady, HR Manager)\n"
          "10:00 - 12:00     Practical cook-off with Chef Rahul Menon (Executive Chef): mystery box, "
          "two courses for four covers\n"
          "12:00 - 12:30     Lunch break (staff canteen)\n"
          "12:30 - 1pm       Conversation with Claire Dunstan, Director of Food & Beverage\n\n"
          "Chef's whites and a hat will be provided; please bring your own knives and non-slip shoes. "
          f"Rahul ({rahul}) and Claire ({claire}) are copied for visibility.\n\n"
          "Warm regards,\nFiona Grady\nHuman Resources Manager\nThe Aldridge Melbourne\n"
          "201 Collins St, Melbourne VIC 3000\nT +61 3 9555 1200 | M 0418 555 904")
    m1 = mail(f"Fiona Grady <{fiona}>", f"Mia Kowalczyk <{USER}>",
              "Interview day - Sous Chef - Thursday 23 April", d1, t1,
              cc=f"Rahul Menon <{rahul}>, Claire Dunstan <{claire}>", cte="quoted-printable",
              html=html_wrap(t1), html_cte="quoted-printable")
    case("b124-12-hotel-interview-day-cookoff",
         [("01-interview-day.eml", m1)],
         lab([iv("The Aldridge Melbourne", "Sous Chef", s, e, "scheduled", [fiona, rahul, claire],
                 [fiona, rahul, claire], "onsite")],
             "medium", "positive/onsite-loop",
             "One-day itinerary (HR 9am, cook-off 10-12, lunch, F&B director 12:30-1pm) -> ONE onsite "
             "9:00-13:00 AEST with all three interviewers."))


def c13():
    sam = "sam@crookedanchor.example"
    d0 = T(SYD, 2026, 3, 26, 14, 5)
    t0 = ("Hi Mia,\n\nThanks for the application for chef de partie. Could you do a quick phone call "
          "Monday at noon? Shouldn't take more than 20 mins. I'll call the number on your CV.\n\n"
          "Cheers,\nSam Okoro\nHead Chef | The Crooked Anchor Hotel\n88 Darling St, Balmain NSW 2041\n02 5550 9036")
    d1 = T(MEL, 2026, 3, 28, 9, 12)
    t1 = ("fwd to myself so it's in the job folder - said yes on the phone\n\n"
          "---------- Forwarded message ---------\n"
          f"From: Sam Okoro <{sam}>\n"
          f"Date: {d0.strftime('%a, %-d %b %Y')} at {d0.astimezone(MEL).strftime('%-I:%M %p').lower()}\n"
          "Subject: Re: Chef de Partie - application\n"
          f"To: <{OLD_ADDR}>\n\n\n" + t0)
    m1 = mail(f"Mia K <{OLD_ADDR}>", USER, "Fwd: Re: Chef de Partie - application", d1, t1,
              html=html_wrap(t1), delivered_to=USER)
    s = T(SYD, 2026, 3, 30, 12, 0)
    e = s + timedelta(minutes=20)
    case("b124-13-forwarded-pub-monday-noon",
         [("01-fwd-chef-de-partie.eml", m1)],
         lab([iv("The Crooked Anchor Hotel", "Chef de Partie", s, e, "scheduled", [sam], [sam], "phone_screen")],
             "hard", "positive/forwarded",
             "Forwarded from the owner's old address. 'Monday at noon' resolved against the ORIGINAL message "
             "date (Thu 26 Mar) -> Mon 30 Mar 12:00 AEDT (Sydney), 20 min."))


NEG = lambda cat, notes, diff="hard": lab([], diff, cat, notes)


def c14():
    inst = "enrolments@hospskills.example"
    d1 = T(MEL, 2026, 3, 10, 9, 0)
    s, e = T(MEL, 2026, 3, 17, 9, 0), T(MEL, 2026, 3, 17, 16, 30)
    t1 = ("Hi Mia,\n\nYou're enrolled! Food Safety Supervisor (SITXFSA005 + SITXFSA006) - Hospitality\n\n"
          f"Date: {s.strftime('%A %-d %B %Y')}\nTime: 9:00am - 4:30pm (please arrive 8:45am)\n"
          "Venue: Hospitality Skills Institute, Level 1, 400 Spencer St, West Melbourne\n\n"
          "All candidates must bring photo ID and a USI. Assessment includes a written quiz and a short "
          "one-on-one verbal questioning ('interview') with your assessor in the afternoon. Successful "
          "candidates receive the Victorian FSS certificate by email within 5 business days.\n\n"
          "Need to reschedule? Call us on 1300 555 377 at least 48 hours before.\n\n"
          "Hospitality Skills Institute (RTO 99999)")
    ics = calendar("PUBLISH", vtz_aus_east("Australia/Melbourne"), [vevent(
        "fss-" + h("c14", 12) + "@hospskills.example", s, e, "Food Safety Supervisor course - HSI",
        ("Hospitality Skills Institute", inst), [], d1, description="Bring photo ID and USI.",
        location="400 Spencer St, West Melbourne", tzid="Australia/Melbourne", tz=MEL)],
        prodid="-//HSI//Enrolment//EN")
    m1 = mail(f"Hospitality Skills Institute <{inst}>", USER, "Enrolment confirmed - Food Safety Supervisor 17 March",
              d1, t1)
    m1.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="course.ics")
    case("b124-14-food-safety-course", [("01-enrolment-confirmed.eml", m1)],
         NEG("negative/training-course", "Certificate course with 'candidates', 'assessor', 'interview' "
             "(verbal questioning) and an .ics - not a job interview."))


def c15():
    cam = "camille.roux@maisonlavande.example"
    d1 = T(MEL, 2026, 3, 30, 11, 40)
    t1 = ("Bonjour Mia,\n\nAs discussed on our call, I'd love to schedule a tasting at Bellwether with you and "
          "Chef Oscar - our new 24-month comté, the washed-rind from Jura and two chèvres. Would mercredi "
          "(1 April) à 14h work? About 45 minutes, I bring everything.\n\n"
          "Also I mentioned you are interviewing for new roles - if you move on, please introduce me to "
          "your new head chef ;)\n\nÀ bientôt,\nCamille Roux\nChef Account Manager - VIC/TAS\n"
          "Maison Lavande Fromages Pty Ltd\n9 Dock Rd, Brooklyn VIC 3012 | 0421 555 830")
    mid1 = msgid("c15-1", "maisonlavande.example")
    m1 = mail(f"Camille Roux <{cam}>", f"Mia Kowalczyk <{USER}>", "Dégustation / tasting - Bellwether", d1, t1,
              mid=mid1, cte="quoted-printable")
    d2 = T(MEL, 2026, 3, 30, 14, 5)
    t2 = ("Hi Camille, 2pm Wednesday is great, Oscar will be in too. Come to the back door.\n\nMia\n\n" + quote(t1))
    m2 = mail(USER_FROM, f"Camille Roux <{cam}>", "Re: Dégustation / tasting - Bellwether", d2, t2, irt=mid1)
    case("b124-15-supplier-cheese-tasting",
         [("01-degustation-tasting.eml", m1), ("02-re-tasting.eml", m2)],
         NEG("negative/supplier-meeting", "Supplier tasting 'mercredi à 14h' confirmed; mentions the user "
             "is interviewing elsewhere but books no interview."))


def c16():
    roster = "no-reply@rosterly.example"
    oscar = "oscar.lindgren@bellwetherbistro.example"
    d1 = T(MEL, 2026, 3, 16, 18, 30)
    shifts = [(T(MEL, 2026, 3, 18, 14, 0), T(MEL, 2026, 3, 18, 23, 0), "Sauce"),
              (T(MEL, 2026, 3, 20, 14, 0), T(MEL, 2026, 3, 20, 23, 0), "Sauce"),
              (T(MEL, 2026, 3, 21, 9, 0), T(MEL, 2026, 3, 21, 17, 0), "Larder")]
    rows = "".join(f"<tr><td>{a.strftime('%a %-d %b')}</td><td>{a.strftime('%H:%M')} &ndash; {b.strftime('%H:%M')}</td>"
                   f"<td>Chef de Partie &ndash; {st}</td><td>Bellwether Bistro</td></tr>" for a, b, st in shifts)
    html = (f"<html><body style='font-family:Arial'><h2>Your roster for the week of 16 March has been published</h2>"
            f"<p>Hi Mia, Oscar Lindgren published new shifts for you.</p><table border='1' cellpadding='6'>"
            f"<tr><th>Day</th><th>Time</th><th>Role</th><th>Location</th></tr>{rows}</table>"
            f"<p><b>Note from Oscar:</b> Sat larder - we've got two commis candidates coming in for trial shifts "
            f"Saturday, can you look after them and tell me what you think? Interviews after lunch service, "
            f"you don't need to sit in.</p>"
            f"<p><a href='https://app.rosterly.example/shifts'>Accept shifts</a> | "
            f"<a href='https://app.rosterly.example/swap'>Request a swap</a></p>"
            f"<p style='color:#888'>Rosterly - workforce scheduling. You're receiving this because you're on the "
            f"Bellwether Bistro team.</p></body></html>")
    m1 = mail(f"Rosterly <{roster}>", USER, "New shifts published - Bellwether Bistro", d1, html=html,
              html_cte="quoted-printable", reply_to=f"Oscar Lindgren <{oscar}>")
    case("b124-16-rostered-shifts-current-job", [("01-new-shifts-published.eml", m1)],
         NEG("negative/work-roster", "Her own rostered shifts at her current job; the note mentions trial "
             "shifts and interviews for OTHER candidates that she supervises (user is not the candidate)."))


def c17():
    book = "reservations@tablebook.example"
    d1 = T(MEL, 2026, 3, 29, 20, 17)
    s, e = T(MEL, 2026, 4, 4, 19, 30), T(MEL, 2026, 4, 4, 21, 30)
    t1 = ("Your booking is confirmed\n\nEmber & Vine\n"
          f"{s.strftime('%A %-d %B %Y')} at {s.strftime('%-I:%M%p').lower()}\n2 guests - Main dining room\n"
          "Booking ref: EV-55821\n\nOccasion: Celebration\nSpecial request: 'Chef's counter if possible - "
          "I've got a job interview with your group next week and want to try the menu!'\n\n"
          "Please note the table is required back at 9:30pm. Running late? Call the restaurant on (03) 9555 7120.\n"
          "Need to change or cancel? Manage your booking at https://tablebook.example/b/EV-55821\n\n"
          "Tablebook on behalf of Ember & Vine, 12 Gertrude St, Fitzroy")
    ics = calendar("PUBLISH", vtz_aus_east("Australia/Melbourne"), [vevent(
        "EV-55821@tablebook.example", s, e, "Dinner at Ember & Vine (2 guests)", None, [], d1,
        description="Booking ref EV-55821", location="12 Gertrude St, Fitzroy VIC", tzid="Australia/Melbourne", tz=MEL)],
        prodid="-//Tablebook//Reservations//EN")
    m1 = mail(f"Ember & Vine via Tablebook <{book}>", USER, "Booking confirmed: Ember & Vine, Sat 4 Apr 7:30pm",
              d1, t1, html=html_wrap(t1), html_cte="quoted-printable")
    m1.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="booking.ics")
    case("b124-17-restaurant-booking", [("01-booking-confirmed.eml", m1)],
         NEG("negative/reservation", "Dinner reservation with .ics; the special-request text mentions a job "
             "interview 'next week' without any booked time."))


def c18():
    board = "alerts@hospoboard.example"
    d1 = T(MEL, 2026, 3, 23, 6, 0)
    jobs = [("Sous Chef", "The Fernery Hotel, Richmond", "$80k-$88k + super", "Immediate start - interviews this week!"),
            ("Chef de Partie - Pastry", "Greenhouse Events Co., Docklands", "$32-$35/hr", "Trial shifts available Thursday"),
            ("Junior Sous Chef", "Harbour Lights Cruises, Port Melbourne", "$75k", "Video interview available for interstate candidates"),
            ("Sous Chef (Asian fusion)", "Neon Wok Group, CBD", "$85k", "Walk-in interviews Mon 30 Mar 2-5pm")]
    items = "".join(f"<tr><td style='padding:12px;border-bottom:1px solid #eee'><b>{t}</b><br>{c}<br>{p}<br>"
                    f"<span style='color:#c0392b'>{n}</span><br><a href='https://hospoboard.example/j/{h(t, 6)}'>"
                    f"View &amp; apply</a></td></tr>" for t, c, p, n in jobs)
    html = (f"<html><body><table width='600'><tr><td><h1 style='font-size:20px'>12 new jobs matching "
            f"'sous chef' in Melbourne VIC</h1></td></tr>{items}<tr><td><p>Candidates who apply in the first 48 "
            f"hours are 3x more likely to get an interview.</p><p style='font-size:11px;color:#999'>You're getting "
            f"this alert because you created it on HospoBoard. <a href='https://hospoboard.example/unsub'>"
            f"Unsubscribe</a></p></td></tr></table></body></html>")
    text = "12 new jobs matching 'sous chef' in Melbourne VIC\n\n" + "\n\n".join(
        f"{t}\n{c}\n{p}\n{n}\nhttps://hospoboard.example/j/{h(t, 6)}" for t, c, p, n in jobs)
    m1 = mail(f"HospoBoard Job Alerts <{board}>", USER, "12 new Sous Chef jobs - interviews this week", d1, text,
              html=html, html_cte="quoted-printable")
    case("b124-18-hospitality-job-alert", [("01-job-alert.eml", m1)],
         NEG("negative/job-alert", "Job board alert with 'interviews this week', 'trial shifts', "
             "'walk-in interviews Mon 30 Mar 2-5pm' - not booked for the user.", "medium"))


def c19():
    hr = "careers@copperleafhotel.example"
    priya = "jordan.ashby@copperleafhotel.example"
    d1 = T(MEL, 2026, 3, 13, 16, 48)
    t1 = ("Dear Mia,\n\nThank you for taking the time to interview with Chef Marcus and me on Tuesday for the "
          "Chef de Partie position at Copperleaf Hotel. We enjoyed meeting you and hearing about your "
          "banquet experience.\n\nAfter careful consideration we have decided to proceed with another "
          "candidate whose experience more closely matches the role at this time. We'll keep your details on "
          "file and may contact you should a suitable role open up.\n\nWe wish you every success.\n\n"
          "Kind regards,\nJordan Ashby\nTalent & Culture Coordinator, Copperleaf Hotel\n"
          "75 Spring St, Melbourne VIC 3000 | (03) 9555 3341")
    m1 = mail(f"Jordan Ashby <{priya}>", f"Mia Kowalczyk <{USER}>", "Your application - Chef de Partie", d1, t1,
              reply_to=f"Copperleaf Careers <{hr}>", cte="base64")
    case("b124-19-rejection-after-interview", [("01-your-application.eml", m1)],
         NEG("negative/rejection", "Rejection that refers to a past interview 'on Tuesday'; nothing scheduled.", "medium"))


def c20():
    grace = "grace.pham@lanewayeats.example"
    d1 = T(MEL, 2026, 3, 27, 13, 3)
    mid1 = msgid("c20-1", "lanewayeats.example")
    t1 = ("Hi Mia,\n\nI'm writing a piece for Laneway Eats on the best weekend pop-ups in the inner north and "
          "would love to include Dumpling Sunday. Could I interview you by phone on Thursday 2 April at 11am? "
          "Should take 20 minutes. Our photographer, Nico, would then swing by the pop-up on Sunday 5th "
          "around 10am for a few shots.\n\nThanks!\nGrace Pham\nFood Writer, Laneway Eats\n0422 555 713")
    m1 = mail(f"Grace Pham <{grace}>", f"Mia Kowalczyk <{USER}>", "Interview request - Laneway Eats pop-up feature",
              d1, t1, mid=mid1)
    d2 = T(MEL, 2026, 3, 27, 15, 30)
    t2 = ("Hi Grace, how exciting! Thursday 11am is perfect, call me on 0412 555 019.\n\nMia\n\n" + quote(t1))
    m2 = mail(USER_FROM, f"Grace Pham <{grace}>", "Re: Interview request - Laneway Eats pop-up feature", d2, t2,
              irt=mid1)
    case("b124-20-media-interview-popup",
         [("01-interview-request.eml", m1), ("02-re-interview-request.eml", m2)],
         NEG("negative/press-interview", "Confirmed phone 'interview' with a journalist about her dumpling "
             "pop-up - press interview, not a job interview."))


def c21():
    ehs = "ehu@yarrabend.vic.example"
    officer = "lena.whitfield@yarrabend.vic.example"
    d1 = T(MEL, 2026, 3, 20, 10, 25)
    s, e = T(MEL, 2026, 3, 29, 8, 0), T(MEL, 2026, 3, 29, 8, 45)
    t1 = ("Dear Ms Kowalczyk,\n\nRE: Class 2 temporary food premises - 'Dumpling Sunday', Stall 14, Rose Lane Market\n\n"
          "An inspection of your temporary food premises has been scheduled for "
          f"{s.strftime('%A %-d %B %Y')} at 8:00am, prior to market opening. The Environmental Health Officer "
          "will check your FoodTrader registration, hand-wash set-up, temperature control and your Food "
          "Safety Supervisor certificate.\n\nIf you are unable to attend, please call or email me to "
          "reschedule.\n\nYours sincerely,\nLena Whitfield\nEnvironmental Health Officer\n"
          "City of Yarra Bend | PO Box 168, Richmond VIC 3121 | (03) 9555 5000")
    ics = calendar("REQUEST", vtz_aus_east("Australia/Melbourne"), [vevent(
        "insp-" + h("c21", 10) + "@yarrabend.vic.example", s, e, "Food premises inspection - Stall 14 Rose Lane Market",
        ("Lena Whitfield", officer), [("Mia Kowalczyk", USER, "REQ-PARTICIPANT", "NEEDS-ACTION")], d1,
        description="Temporary food premises inspection.", location="Rose Lane Market, Stall 14",
        tzid="Australia/Melbourne", tz=MEL)], prodid="Microsoft Exchange Server 2010")
    m1 = mail(f"Lena Whitfield <{officer}>", USER, "Inspection scheduled - Stall 14, Rose Lane Market", d1, t1,
              reply_to=f"Environmental Health <{ehs}>")
    m1.add_attachment(ics.encode(), maintype="text", subtype="calendar", filename="inspection.ics",
                      params={"method": "REQUEST"})
    case("b124-21-market-stall-inspection", [("01-inspection-scheduled.eml", m1)],
         NEG("negative/inspection", "Council food-premises inspection with an invite - appointment, not a job interview."))


def c22():
    liam = "liam.fairweather@brigadetalent.example"
    d1 = T(BNE, 2026, 4, 13, 11, 9)
    t1 = ("Hi Mia,\n\nI came across your profile and think you'd be a great fit for a Sous Chef role I'm "
          "recruiting for at a 5-star resort on the Sunshine Coast (relocation assistance + staff "
          "accommodation). The client is looking to start interviews the week of 20 April.\n\n"
          "Would you be open to a quick 15-minute call so I can tell you more? Grab whatever time suits here: "
          "https://cal.brigadetalent.example/liam-fairweather/15min - or just reply with a couple of times "
          "that work (I'm on Brisbane time, so an hour behind you now... wait, no, same now your clocks have "
          "gone back!).\n\nCheers,\nLiam Fairweather\nPrincipal Consultant - Hospitality\nBrigade Talent\n"
          "Level 5, 300 Adelaide St, Brisbane QLD 4000 | 0400 555 118")
    m1 = mail(f"Liam Fairweather <{liam}>", USER, "Sous Chef - Sunshine Coast resort - quick call?", d1, t1,
              html=html_wrap(t1), html_cte="quoted-printable")
    case("b124-22-agency-booking-link-only", [("01-quick-call.eml", m1)],
         NEG("negative/availability-request", "Agency outreach with an unbooked scheduling link; "
             "no time fixed."))


def main():
    for fn in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
               c14, c15, c16, c17, c18, c19, c20, c21, c22]:
        fn()
    for name in os.listdir(HERE):
        if name.startswith("b124-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    for cid, items in CASES.items():
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fname, obj in items:
            p = os.path.join(d, fname)
            if fname.endswith(".eml"):
                for i, part in enumerate(obj.walk()):  # deterministic MIME boundaries
                    if part.is_multipart():
                        part.set_boundary("0000000000" + h(f"{cid}/{fname}/{i}", 18))
                data = bytes(obj)
            elif fname.endswith(".gcal.json"):
                data = (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
            else:
                data = obj.encode("utf-8")
            with open(p, "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=110)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
