#!/usr/bin/env python3
"""Deterministic generator for the blind48 evaluation set (long hiring processes, many interviews).

Rewrites every b48-* case folder and labels.yaml next to this file.
Only stdlib + PyYAML + zoneinfo. Every UTC offset is computed with zoneinfo.
All people, companies and domains are invented (.example / example.com / mail.example).
"""
import base64
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

# --------------------------------------------------------------------------- time helpers
WIN = {
    "Eastern Standard Time": "America/New_York",
    "Central Standard Time": "America/Chicago",
    "Mountain Standard Time": "America/Denver",
    "Pacific Standard Time": "America/Los_Angeles",
    "US Mountain Standard Time": "America/Phoenix",
    "GMT Standard Time": "Europe/London",
    "W. Europe Standard Time": "Europe/Berlin",
    "Romance Standard Time": "Europe/Paris",
    "India Standard Time": "Asia/Kolkata",
    "Tokyo Standard Time": "Asia/Tokyo",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "New Zealand Standard Time": "Pacific/Auckland",
    "E. South America Standard Time": "America/Sao_Paulo",
}
# name -> (std_offset, dst_offset, std_start_local, std_rrule, dst_start_local, dst_rrule)
US = lambda s, d: (s, d, "16011104T020000", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
                   "16010311T020000", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU")
EU = lambda s, d, hs, hd: (s, d, f"16011025T0{hs}0000", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                           f"16010329T0{hd}0000", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU")
TZDEF = {
    "America/New_York": US("-0500", "-0400"),
    "America/Chicago": US("-0600", "-0500"),
    "America/Denver": US("-0700", "-0600"),
    "America/Los_Angeles": US("-0800", "-0700"),
    "Europe/London": EU("+0000", "+0100", 2, 1),
    "Europe/Berlin": EU("+0100", "+0200", 3, 2),
    "Europe/Paris": EU("+0100", "+0200", 3, 2),
    "Australia/Sydney": ("+1000", "+1100", "16010405T030000", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU",
                         "16011004T020000", "FREQ=YEARLY;BYMONTH=10;BYDAY=1SU"),
    "Pacific/Auckland": ("+1200", "+1300", "16010405T030000", "FREQ=YEARLY;BYMONTH=4;BYDAY=1SU",
                         "16010927T020000", "FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU"),
    "America/Phoenix": ("-0700", None), "Asia/Kolkata": ("+0530", None), "Asia/Tokyo": ("+0900", None),
    "America/Sao_Paulo": ("-0300", None),
}


def T(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


def iso(dt):
    return dt.isoformat() if dt is not None else None


def icsutc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def vtimezone(name):
    iana = WIN.get(name, name)
    d = TZDEF[iana]
    L = ["BEGIN:VTIMEZONE", f"TZID:{name}"]
    if d[1] is None:
        L += ["BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{d[0]}", f"TZOFFSETTO:{d[0]}",
              "END:STANDARD"]
    else:
        std, dst, ss, sr, ds, dr = d
        L += ["BEGIN:STANDARD", f"DTSTART:{ss}", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"RRULE:{sr}",
              "END:STANDARD", "BEGIN:DAYLIGHT", f"DTSTART:{ds}", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
              f"RRULE:{dr}", "END:DAYLIGHT"]
    L.append("END:VTIMEZONE")
    return L


# --------------------------------------------------------------------------- iCalendar
def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur, first = [], b"", True
    for ch in line:
        cb = ch.encode("utf-8")
        lim = 75 if first else 74
        if len(cur) + len(cb) > lim:
            out.append(cur.decode("utf-8"))
            cur, first = b"", False
        cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(method, uid, start, end, summary, organizer, attendees, owner, description="", location="",
        seq=0, status="CONFIRMED", tz=None, prodid="-//Google Inc//Google Calendar 70.9054//EN",
        stamp=None, outlook=False, extra=()):
    """tz=None -> UTC times; tz='<TZID>' -> local times with a hand-written VTIMEZONE."""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    if tz:
        L += vtimezone(tz)
    L.append("BEGIN:VEVENT")
    if tz:
        z = ZoneInfo(WIN.get(tz, tz))
        L.append(f"DTSTART;TZID={tz}:{start.astimezone(z).strftime('%Y%m%dT%H%M%S')}")
        if end is not None:
            L.append(f"DTEND;TZID={tz}:{end.astimezone(z).strftime('%Y%m%dT%H%M%S')}")
    else:
        L.append(f"DTSTART:{icsutc(start)}")
        if end is not None:
            L.append(f"DTEND:{icsutc(end)}")
    L.append(f"DTSTAMP:{icsutc(stamp or start - timedelta(days=3))}")
    on, oe = organizer
    L.append(f"ORGANIZER;CN={on}:mailto:{oe}")
    L.append(f"UID:{uid}")
    for n, e in attendees:
        ps = "ACCEPTED" if e == oe else "NEEDS-ACTION"
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={n}:mailto:{e}")
    if owner not in [e for _, e in attendees]:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={owner}:mailto:{owner}")
    if description:
        L.append("DESCRIPTION:" + esc(description))
    L.append("LOCATION:" + esc(location))
    L.append(f"SEQUENCE:{seq}")
    L.append(f"STATUS:{status}")
    L.append("SUMMARY:" + esc(summary))
    L.append("TRANSP:OPAQUE")
    if outlook:
        L += [f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]
    L += list(extra)
    L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in L) + "\r\n"


# --------------------------------------------------------------------------- e-mail
def _mid(seed, domain):
    return "<%s@%s>" % (hashlib.sha1(seed.encode()).hexdigest()[:24].upper(), domain)


def _dom(addr):
    a = addr.split("<")[-1].rstrip(">")
    return a.split("@")[-1]


def _addr(a):
    return a.split("<")[-1].rstrip(">").strip()


def base_msg(owner, date, frm, to, subject, cc=None, reply_to=None, irt=None, refs=None, msgid=None,
             sender=None, headers=()):
    m = EmailMessage()
    m["Delivered-To"] = owner
    m["Return-Path"] = "<%s>" % _addr(sender or frm)
    m["Date"] = format_datetime(date)
    m["From"] = frm
    if sender:
        m["Sender"] = sender
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Message-ID"] = msgid or _mid(subject + date.isoformat() + frm, _dom(frm))
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    for k, v in headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    return m


def finish(m):
    """Deterministic MIME boundaries (seeded by Message-ID), then serialise."""
    seed = str(m["Message-ID"])
    for i, part in enumerate(m.walk()):
        if part.is_multipart():
            part.set_boundary("%024x_%d" % (int(hashlib.md5(f"{seed}{i}".encode()).hexdigest()[:24], 16), i))
    return m.as_bytes()


def html_of(text):
    paras = text.strip().split("\n\n")
    body = "".join("<p>%s</p>\n" % p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                   .replace("\n", "<br>") for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n%s</div></body></html>\n'
            % body)


def mail(owner, date, frm, to, subject, text=None, html=None, cte="quoted-printable", html_only=False,
         alt=True, ics_attach=None, ics_name="invite.ics", **kw):
    m = base_msg(owner, date, frm, to, subject, **kw)
    if html_only:
        m.set_content(html or html_of(text), subtype="html", cte=cte)
    else:
        m.set_content(text, cte=cte)
        if alt:
            m.add_alternative(html or html_of(text), subtype="html", cte=cte)
    if ics_attach:
        m.add_attachment(ics_attach.encode("utf-8"), maintype="text", subtype="calendar", filename=ics_name,
                         params={"method": "REQUEST"} if "METHOD:REQUEST" in ics_attach else {})
    return finish(m)


def google_invite(owner, date, organizer, subject, text, cal, method="REQUEST", reply_to=None, to=None):
    on, oe = organizer
    m = base_msg(owner, date, f"{on} <{oe}>" if method != "REPLY" else oe, to or owner, subject,
                 reply_to=reply_to or f"{on} <{oe}>",
                 sender="Google Calendar <calendar-notification@google.com>",
                 msgid=_mid(subject + date.isoformat(), "google.com"))
    m.set_content(text, cte="base64")
    m.add_alternative(html_of(text), subtype="html", cte="quoted-printable")
    m.add_alternative(cal, subtype="calendar", params={"method": method}, cte="7bit" if cal.isascii() else "8bit")
    m.add_attachment(cal.encode("utf-8"), maintype="application", subtype="ics", filename="invite.ics")
    return finish(m)


def outlook_invite(owner, date, frm, to, subject, text, cal, method="REQUEST", cc=None):
    m = base_msg(owner, date, frm, to, subject, cc=cc,
                 msgid=_mid(subject + date.isoformat(), "NAM12PR11MB3856.namprd11.prod.outlook.example"),
                 headers=[("Thread-Topic", subject.split(": ", 1)[-1]), ("Accept-Language", "en-US"),
                          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")])
    m.set_content(text, cte="quoted-printable")
    m.add_alternative(html_of(text), subtype="html", cte="quoted-printable")
    m.add_alternative(cal, subtype="calendar", params={"method": method}, cte="base64")
    m["Content-Language"] = "en-US"
    m["Content-class"] = "urn:content-classes:calendarmessage"
    return finish(m)


TEAMS = """________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_{k}%40thread.v2/0>
Meeting ID: {mid}
Passcode: {pc}
________________________________________________________________________________"""


def gtext(title, when, tzname, organizer, guests, owner, extra="", link="https://meet.google.example/abc-defg-hij"):
    g = "\n".join(f"{n}\n{e}" for n, e in guests)
    return (f"{title}\n{when}\n{tzname}\n\nJoin with Google Meet\n{link}\n\n"
            f"Organizer\n{organizer[0]}\n{organizer[1]}\n\nGuests\n{g}\n{owner}\n\n{extra}\n\n"
            "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.\n")


# --------------------------------------------------------------------------- case registry
CASES, LABELS = {}, {}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind}


def case(cid, user, items, interviews, difficulty, category, notes):
    CASES[cid] = items
    LABELS[cid] = {"user": user, "interview": bool(interviews), "interviews": interviews,
                   "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


# =========================================================================== POSITIVE CASES
def c01():
    cid, own = "b48-01-fintech-four-step-process-boston", "nadia.okafor@example.com"
    O = f"Nadia Okafor <{own}>"
    rec = "Colin Brandt <colin.brandt@larkspurpay.example>"
    sig = ("Colin Brandt\nSenior Technical Recruiter | Larkspur Payments\n"
           "200 Atlantic Ave, Suite 900, Boston, MA 02110\nm: (617) 555-0197")
    role = "Senior Product Analyst"
    d1 = T(2026, 2, 24, 9, 12, "America/New_York")
    m1 = _mid("c01-1", "larkspurpay.example")
    i1 = mail(own, d1, rec, O, f"Larkspur Payments - {role}",
              f"Hi Nadia,\n\nThanks for applying for the {role} role on our Merchant Insights team. Your "
              "background in risk analytics stood out and I'd love to set up a 30-minute intro call to tell you "
              "more and hear what you're looking for.\n\nCould you share a couple of windows next week that "
              f"work for you (Eastern time)?\n\nBest,\n{sig}", msgid=m1)
    d2 = T(2026, 2, 24, 12, 40, "America/New_York")
    m2 = _mid("c01-2", "example.com")
    i2 = mail(own, d2, O, rec, f"Re: Larkspur Payments - {role}",
              "Hi Colin,\n\nThanks for reaching out! Tuesday afternoon works best for me - anytime between 1 and "
              "4pm ET. Wednesday morning before 11 is also fine.\n\nBest,\nNadia\n\n"
              f"On Tue, Feb 24, 2026 at 9:12 AM Colin Brandt <colin.brandt@larkspurpay.example> wrote:\n"
              "> Hi Nadia,\n> Could you share a couple of windows next week that work for you (Eastern time)?",
              msgid=m2, irt=m1, alt=False)
    d3 = T(2026, 2, 25, 8, 55, "America/New_York")
    i3 = mail(own, d3, rec, O, f"Re: Larkspur Payments - {role}",
              "Perfect - I've locked in Tuesday 3/3 at 2pm ET. I'll call you at the number on your resume "
              "(617-555-0142); plan on 30 minutes.\n\nTalk soon,\n" + sig + "\n\n"
              "On Tue, Feb 24, 2026 at 12:40 PM Nadia Okafor <nadia.okafor@example.com> wrote:\n"
              "> Tuesday afternoon works best for me - anytime between 1 and 4pm ET.",
              irt=m2, refs=f"{m1} {m2}")
    # hiring manager google invite (after US DST switch on Mar 8)
    irene = ("Irene Vasquez", "irene.vasquez@larkspurpay.example")
    s4, e4 = T(2026, 3, 10, 11, 0, "America/New_York"), T(2026, 3, 10, 11, 45, "America/New_York")
    cal4 = ics("REQUEST", "6h2kq0s1larkspurhm@google.com", s4, e4,
               f"Nadia Okafor / Irene Vasquez - {role} (hiring manager)", irene, [irene], own,
               description="Conversation with Irene Vasquez, Director of Merchant Insights.\n"
                           "Join with Google Meet: https://meet.google.example/qhz-rmtu-pdk",
               stamp=T(2026, 3, 4, 15, 2, "America/New_York"))
    i4 = google_invite(own, T(2026, 3, 4, 15, 2, "America/New_York"), irene,
                       f"Invitation: Nadia Okafor / Irene Vasquez - {role} (hiring manager) @ Tue Mar 10, 2026 "
                       f"11am - 11:45am (EDT) ({own})",
                       gtext(f"Nadia Okafor / Irene Vasquez - {role} (hiring manager)",
                             "Tuesday Mar 10, 2026 \u22c5 11:00am \u2013 11:45am", "Eastern Time - New York",
                             irene, [irene], own), cal4)
    d5 = T(2026, 3, 10, 14, 5, "America/New_York")
    i5 = mail(own, d5, O, "Irene Vasquez <irene.vasquez@larkspurpay.example>", "Thank you - great conversation",
              "Hi Irene,\n\nThank you for taking the time this morning. I really enjoyed hearing how the team is "
              "rebuilding the merchant health score, and the chargeback forecasting problem you described is "
              "exactly the kind of work I'd love to dig into.\n\nLooking forward to the next steps.\n\n"
              "Best regards,\nNadia Okafor\n(617) 555-0142", cc=rec, alt=False)
    # virtual onsite itinerary via ATS with .ics
    s6, e6 = T(2026, 3, 19, 10, 0, "America/New_York"), T(2026, 3, 19, 14, 30, "America/New_York")
    panel = [("Marcus Lee", "marcus.lee@larkspurpay.example"), ("Fatima Haddad", "fatima.haddad@larkspurpay.example"),
             ("Tobias Kern", "tobias.kern@larkspurpay.example"), irene]
    itin = ("10:00 - 10:45 AM  SQL & metrics deep dive - Marcus Lee\n"
            "11:00 - 11:45 AM  Product sense - Fatima Haddad\n"
            "11:45 AM - 12:30 PM  Break\n"
            "12:30 - 1:30 PM  Case study presentation - Tobias Kern\n"
            "1:45 - 2:30 PM  Wrap-up - Irene Vasquez")
    cal6 = ics("REQUEST", "tw-8841273-onsite@talentwell.example", s6, e6,
               f"Virtual Onsite - Nadia Okafor - {role}", ("Larkspur Recruiting", "no-reply@talentwell.example"),
               panel, own, description="All times Eastern.\n" + itin + "\nZoom: https://zoom.example/j/83301946622",
               location="Zoom", prodid="-//Talentwell//Scheduling 4.2//EN", tz="America/New_York")
    i6 = mail(own, T(2026, 3, 12, 16, 20, "America/New_York"), "Larkspur Payments <no-reply@talentwell.example>",
              own, f"Your virtual onsite with Larkspur Payments - {role}",
              f"Hi Nadia,\n\nYour virtual onsite for the {role} position is confirmed for Thursday, March 19, "
              "2026. Your itinerary (Eastern Time):\n\n" + itin + "\n\nAll sessions use the same Zoom link: "
              "https://zoom.example/j/83301946622\n\nQuestions? Reply to this email to reach Colin Brandt.\n\n"
              "Powered by Talentwell", reply_to=rec, ics_attach=cal6)
    items = [("01-colin-intro.eml", i1), ("02-nadia-availability.eml", i2), ("03-colin-locked-in.eml", i3),
             ("04-invitation-hiring-manager.eml", i4), ("05-thank-you-irene.eml", i5),
             ("06-talentwell-onsite-itinerary.eml", i6)]
    c = "Larkspur Payments"
    labs = [iv(c, role, T(2026, 3, 3, 14, 0, "America/New_York"), T(2026, 3, 3, 14, 30, "America/New_York"),
               "scheduled", ["colin.brandt@larkspurpay.example"], ["colin.brandt@larkspurpay.example"], "phone_screen"),
            iv(c, role, s4, e4, "scheduled", [irene[1]], [irene[1]], "hiring_manager"),
            iv(c, role, s6, e6, "scheduled", [p[1] for p in panel], [p[1] for p in panel], "onsite")]
    case(cid, own, items, labs, "hard", "positive/long-process",
         "Recruiter screen booked in a reply thread (3/3 2pm ET, EST), HM Google invite after US DST (EDT), "
         "thank-you note, ATS virtual onsite 10:00-14:30 ET with four interviewers (one interview).")


def c02():
    cid, own = "b48-02-two-processes-london-berlin-dst", "tom.whitfield@mail.example"
    O = f"Tom Whitfield <{own}>"
    priya = ("Priya Raman", "priya.raman@tessellate.example")
    P = f"{priya[0]} <{priya[1]}>"
    psig = "Priya Raman\nTalent Partner, Tessellate Analytics\n3rd Floor, 18 Tabernacle Street, London EC2A 4DD\n+44 20 7946 0331"
    roleA, roleB = "Data Engineer", "Data Engineer (m/w/d) - Plattform"
    i1 = mail(own, T(2026, 3, 16, 11, 2, "Europe/London"), P, O, "Tessellate - Data Engineer - phone screen",
              "Hi Tom,\n\nLovely to hear back from you. Let's get a first chat in the diary: Thursday 19 March at "
              "half past ten (UK time). I'll ring you on 07700 900412 - it's usually around 30 minutes, mostly "
              "about your experience with streaming pipelines and what you're after next.\n\nIf that doesn't "
              "suit just shout.\n\nCheers,\n" + psig)
    jana = ("Jana Vogt", "jana.vogt@kranich-mobility.example")
    J = f"{jana[0]} <{jana[1]}>"
    jsig = ("Jana Vogt\nTalent Acquisition\nKranich Mobility GmbH\nSchlesische Stra\u00dfe 27, 10997 Berlin\n"
            "Tel.: +49 30 5557 2214")
    i2 = mail(own, T(2026, 3, 17, 9, 40, "Europe/Berlin"), J, O, f"Kranich Mobility - Ihre Bewerbung als {roleB}",
              "Hallo Tom,\n\nvielen Dank f\u00fcr Ihre Bewerbung und Ihr Interesse an Kranich Mobility! Wir w\u00fcrden "
              "Sie gerne in einem ersten Gespr\u00e4ch kennenlernen.\n\nTermin: Dienstag, 24. M\u00e4rz 2026, um "
              "14:00 Uhr (MEZ), per Microsoft Teams, Dauer ca. 45 Minuten. Gespr\u00e4chspartnerin bin ich selbst; "
              "den Link schicke ich Ihnen kurz vorher.\n\nFalls der Termin nicht passt, geben Sie mir bitte kurz "
              "Bescheid.\n\nViele Gr\u00fc\u00dfe\n" + jsig)
    # Tessellate technical, Outlook invite, after UK clocks change (BST)
    owen, lucy = ("Owen Marsh", "owen.marsh@tessellate.example"), ("Lucy Adeyemi", "lucy.adeyemi@tessellate.example")
    s3, e3 = T(2026, 4, 1, 14, 0, "Europe/London"), T(2026, 4, 1, 15, 30, "Europe/London")
    txt3 = ("When: Wednesday, April 1, 2026 2:00 PM-3:30 PM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
            "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\nHi Tom,\n\nAs promised, here's the technical "
            "interview: 90 minutes with Owen Marsh (Lead Data Engineer) and Lucy Adeyemi (Senior Data Engineer). "
            "Expect a pipeline design discussion followed by some hands-on SQL/Python.\n\nPriya\n\n"
            + TEAMS.format(k="TsL8x0Qe2", mid="348 221 905 117", pc="q7Ve2T"))
    cal3 = ics("REQUEST", "040000008200E00074C5B7101A82E00800000000A1C3F2TESS01", s3, e3,
               "Tessellate Analytics - Technical Interview - Tom Whitfield", priya, [owen, lucy], own,
               description=txt3, location="Microsoft Teams Meeting", tz="GMT Standard Time",
               prodid="Microsoft Exchange Server 2010", outlook=True, stamp=T(2026, 3, 20, 10, 15, "Europe/London"))
    i3 = outlook_invite(own, T(2026, 3, 20, 10, 15, "Europe/London"), P,
                        f"{O}, {owen[0]} <{owen[1]}>, {lucy[0]} <{lucy[1]}>",
                        "Tessellate Analytics - Technical Interview - Tom Whitfield", txt3, cal3)
    i4 = mail(own, T(2026, 3, 24, 16, 30, "Europe/London"), O, J, "Re: Kranich Mobility - Ihre Bewerbung",
              "Hallo Jana,\n\nvielen Dank f\u00fcr das angenehme Gespr\u00e4ch heute - ich habe einen sehr guten "
              "Eindruck vom Plattform-Team bekommen und freue mich auf die n\u00e4chsten Schritte.\n\n"
              "Viele Gr\u00fc\u00dfe aus London\nTom", alt=False)
    felix, sven = ("Felix Brandl", "felix.brandl@kranich-mobility.example"), ("Sven Oltmann", "sven.oltmann@kranich-mobility.example")
    s5, e5 = T(2026, 4, 2, 9, 30, "Europe/Berlin"), T(2026, 4, 2, 10, 30, "Europe/Berlin")
    txt5 = ("Wann: Donnerstag, 2. April 2026 09:30-10:30 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien.\n"
            "Ort: Microsoft Teams-Besprechung\n\n*~*~*~*~*~*~*~*~*~*\n\nHallo Tom,\n\nwie besprochen hier die "
            "Einladung zum Fachgespr\u00e4ch mit Dr. Felix Brandl (Head of Data Platform) und Sven Oltmann "
            "(Staff Engineer). Bitte beachten Sie: 9:30 Uhr Berliner Zeit ist 8:30 Uhr in London.\n\n"
            "Viele Gr\u00fc\u00dfe\nJana Vogt\n\n" + TEAMS.format(k="KrN9aa17", mid="391 004 872 560", pc="Zt4mQp"))
    cal5 = ics("REQUEST", "040000008200E00074C5B7101A82E00800000000B7D1KRANICH02", s5, e5,
               "Fachgespr\u00e4ch Tom Whitfield - Data Engineer Plattform", jana, [felix, sven], own,
               description=txt5, location="Microsoft Teams-Besprechung", tz="W. Europe Standard Time",
               prodid="Microsoft Exchange Server 2010", outlook=True, stamp=T(2026, 3, 26, 11, 3, "Europe/Berlin"))
    i5 = outlook_invite(own, T(2026, 3, 26, 11, 3, "Europe/Berlin"), J,
                        f"{O}, {felix[0]} <{felix[1]}>, {sven[0]} <{sven[1]}>",
                        "Fachgespr\u00e4ch Tom Whitfield - Data Engineer Plattform", txt5, cal5)
    i6 = mail(own, T(2026, 3, 31, 17, 48, "Europe/London"), P, O, "Tomorrow",
              "Hi Tom,\n\nQuick one - see you tomorrow at 2 (BST now the clocks have gone forward, so nothing changes "
              "on your side!). Owen and Lucy are looking forward to it. Same Teams link as in the invite.\n\n"
              "Good luck,\nPriya\n\nSent from my iPhone", alt=False, cte="8bit")
    items = [("01-tessellate-phone-screen.eml", i1), ("02-kranich-erstgespraech.eml", i2),
             ("03-tessellate-technical-invite.eml", i3), ("04-thanks-jana.eml", i4),
             ("05-kranich-fachgespraech-invite.eml", i5), ("06-tessellate-see-you-tomorrow.eml", i6)]
    A, B = "Tessellate Analytics", "Kranich Mobility GmbH"
    labs = [iv(A, roleA, T(2026, 3, 19, 10, 30, "Europe/London"), T(2026, 3, 19, 11, 0, "Europe/London"),
               "scheduled", [priya[1]], [priya[1]], "phone_screen"),
            iv(B, roleB, T(2026, 3, 24, 14, 0, "Europe/Berlin"), T(2026, 3, 24, 14, 45, "Europe/Berlin"),
               "scheduled", [jana[1]], [jana[1]], "phone_screen"),
            iv(A, roleA, s3, e3, "scheduled", [owen[1], lucy[1]], [owen[1], lucy[1]], "technical"),
            iv(B, roleB, s5, e5, "scheduled", [felix[1], sven[1]], [felix[1], sven[1]], "technical")]
    case(cid, own, items, labs, "hard", "positive/two-companies",
         "Two interleaved processes (London + Berlin, German mails). Screens before EU/UK DST (Mar 29), "
         "technical rounds after it: Outlook display label says UTC+00:00/UTC+01:00 but the real offsets are +01:00/+02:00.")


def c03():
    cid, own = "b48-03-hm-cancelled-and-rebooked-chicago", "marisol.reyes@example.com"
    O = f"Marisol Reyes <{own}>"
    role = "Clinical Data Manager"
    br = ("Brandon Oyelaran", "brandon.oyelaran@quillfeather.example")
    B = f"{br[0]} <{br[1]}>"
    bsig = "Brandon Oyelaran | Talent Acquisition\nQuillfeather Health\n311 W. Superior St, Chicago, IL 60654\n(312) 555-0160"
    s1, e1 = T(2026, 2, 17, 13, 0, "America/Chicago"), T(2026, 2, 17, 13, 30, "America/Chicago")
    cal1 = ics("REQUEST", "hb-int-55120-ps@hirebird.example", s1, e1, f"Phone Interview - {role} - Quillfeather Health",
               ("Quillfeather Health", "no-reply@hirebird.example"), [br], own,
               description=f"Phone interview with {br[0]}. He will call you.", prodid="-//Hirebird//Interviews//EN")
    i1 = mail(own, T(2026, 2, 12, 10, 31, "America/Chicago"), "Quillfeather Health <no-reply@hirebird.example>", own,
              f"Interview confirmed: {role} at Quillfeather Health",
              f"Hi Marisol,\n\nYour phone interview for {role} is confirmed.\n\nWhen: Tuesday, February 17, 2026, "
              "1:00 PM - 1:30 PM CST\nWith: Brandon Oyelaran (Talent Acquisition)\nFormat: Phone - Brandon will call "
              "you at the number on your application\n\nNeed to reschedule? Reply to this email.\n\n"
              "-- \nSent via Hirebird on behalf of Quillfeather Health", reply_to=B, ics_attach=cal1)
    dana = ("Dana Whitcomb", "dana.whitcomb@quillfeather.example")
    s2, e2 = T(2026, 2, 24, 15, 0, "America/Chicago"), T(2026, 2, 24, 16, 0, "America/Chicago")
    summ = f"Interview: Marisol Reyes / Dana Whitcomb - {role}"
    cal2 = ics("REQUEST", "3s0jq7cl2vquill24feb@google.com", s2, e2, summ, dana, [dana], own,
               description="Hiring manager interview. Google Meet: https://meet.google.example/wpk-xhnf-qte",
               stamp=T(2026, 2, 18, 9, 0, "America/Chicago"))
    i2 = google_invite(own, T(2026, 2, 18, 9, 0, "America/Chicago"), dana,
                       f"Invitation: {summ} @ Tue Feb 24, 2026 3pm - 4pm (CST) ({own})",
                       gtext(summ, "Tuesday Feb 24, 2026 \u22c5 3:00pm \u2013 4:00pm", "Central Time - Chicago",
                             dana, [dana], own), cal2)
    cal3 = ics("CANCEL", "3s0jq7cl2vquill24feb@google.com", s2, e2, summ, dana, [dana], own, seq=1,
               status="CANCELLED", stamp=T(2026, 2, 23, 7, 44, "America/Chicago"))
    i3 = google_invite(own, T(2026, 2, 23, 7, 44, "America/Chicago"), dana,
                       f"Canceled event: {summ} @ Tue Feb 24, 2026 3pm - 4pm (CST) ({own})",
                       gtext(summ, "Tuesday Feb 24, 2026 \u22c5 3:00pm \u2013 4:00pm", "Central Time - Chicago",
                             dana, [dana], own, extra="This event has been canceled and removed from your calendar."),
                       cal3, method="CANCEL")
    m4 = _mid("c03-4", "quillfeather.example")
    i4 = mail(own, T(2026, 2, 23, 8, 20, "America/Chicago"), B, O, "Tomorrow's interview with Dana",
              "Hi Marisol,\n\nYou'll have seen the cancellation come through - apologies! Dana had a family "
              "emergency and is out for the rest of the week. She's still very keen to meet you, so I'd like to "
              "re-book rather than push this out indefinitely.\n\nWould Thursday March 5 at 10:30 CST work? Same "
              "format, one hour on Google Meet.\n\nThanks for your flexibility,\n" + bsig, msgid=m4)
    m5 = _mid("c03-5", "example.com")
    i5 = mail(own, T(2026, 2, 23, 9, 2, "America/Chicago"), O, B, "Re: Tomorrow's interview with Dana",
              "Hi Brandon,\n\nNo problem at all, I hope everything is ok with Dana. Thursday 3/5 at 10:30 works "
              "for me.\n\nBest,\nMarisol\n\n> Would Thursday March 5 at 10:30 CST work? Same format, one hour on "
              "Google Meet.", irt=m4, msgid=m5, alt=False)
    s6, e6 = T(2026, 3, 5, 10, 30, "America/Chicago"), T(2026, 3, 5, 11, 30, "America/Chicago")
    summ6 = f"Interview (rescheduled): Marisol Reyes / Dana Whitcomb - {role}"
    cal6 = ics("REQUEST", "7ug1m0c5bnquill05mar@google.com", s6, e6, summ6, br, [br, dana], own,
               description="Re-booked hiring manager interview with Dana Whitcomb.\n"
                           "Google Meet: https://meet.google.example/ahc-uvrr-mns",
               stamp=T(2026, 2, 23, 9, 30, "America/Chicago"))
    i6 = google_invite(own, T(2026, 2, 23, 9, 30, "America/Chicago"), br,
                       f"Invitation: {summ6} @ Thu Mar 5, 2026 10:30am - 11:30am (CST) ({own})",
                       gtext(summ6, "Thursday Mar 5, 2026 \u22c5 10:30am \u2013 11:30am", "Central Time - Chicago",
                             br, [br, dana], own), cal6)
    items = [("01-hirebird-phone-interview.eml", i1), ("02-invitation-dana.eml", i2), ("03-canceled-dana.eml", i3),
             ("04-brandon-rebook.eml", i4), ("05-marisol-ok.eml", i5), ("06-invitation-rebooked.eml", i6)]
    c = "Quillfeather Health"
    labs = [iv(c, role, s1, e1, "scheduled", [br[1]], [br[1]], "phone_screen"),
            iv(c, role, s2, e2, "cancelled", [dana[1]], [dana[1]], "hiring_manager"),
            iv(c, role, s6, e6, "scheduled", [dana[1]], [dana[1]], "hiring_manager")]
    case(cid, own, items, labs, "hard", "positive/cancel-rebook",
         "ATS phone screen; HM Google invite cancelled (METHOD:CANCEL) and re-booked as a NEW event (new UID) "
         "organised by the recruiter -> one cancelled + one scheduled HM interview. Recruiter only organises the re-booking.")


def c04():
    cid, own = "b48-04-bangalore-startup-three-rounds-ist", "ananya.krishnan@mail.example"
    O = f"Ananya Krishnan <{own}>"
    role = "SDE-2 (Backend)"
    sh = ("Shruti Patil", "shruti.patil@neelkanth.example")
    S = f"{sh[0]} <{sh[1]}>"
    ssig = "Shruti Patil<br>Talent Acquisition | Neelkanth Logistics Tech<br>WeWork Galaxy, Residency Road, Bengaluru 560025<br>+91 98450 55512"
    html1 = ("<html><body><div dir=\"ltr\">Hi Ananya,<br><br>Greetings from Neelkanth!<br><br>Thank you for your "
             "interest in the <b>SDE-2 (Backend)</b> opening. We are happy to inform you that your profile has been "
             "shortlisted. Please find the details of <b>Round 1 (Technical - DSA &amp; problem solving)</b> below:"
             "<br><br><table border=\"1\" cellpadding=\"4\" style=\"border-collapse:collapse\">"
             "<tr><td>Date</td><td>12th Jan 2026 (Monday)</td></tr><tr><td>Time</td><td>11:00 AM IST</td></tr>"
             "<tr><td>Duration</td><td>60 mins</td></tr><tr><td>Interviewer</td><td>Rohit Bansal, Engineering Lead "
             "(rohit.bansal@neelkanth.example)</td></tr><tr><td>Mode</td><td>Google Meet - "
             "<a href=\"https://meet.google.example/nkt-rnd1-abc\">meet.google.example/nkt-rnd1-abc</a></td></tr>"
             "</table><br>Kindly keep a pen and paper handy and join 5 minutes early. Do confirm your availability "
             "by replying to this mail.<br><br>Thanks &amp; Regards,<br>" + ssig + "</div></body></html>\n")
    i1 = mail(own, T(2026, 1, 7, 15, 22, "Asia/Kolkata"), S, O, "Interview Schedule | Round 1 | SDE-2 (Backend) | Neelkanth",
              html=html1, html_only=True)
    meera, karthik = ("Meera Iyer", "meera.iyer@neelkanth.example"), ("Karthik Subramanian", "karthik.s@neelkanth.example")
    s2, e2 = T(2026, 1, 19, 16, 0, "Asia/Kolkata"), T(2026, 1, 19, 17, 30, "Asia/Kolkata")
    s2b, e2b = T(2026, 1, 20, 16, 0, "Asia/Kolkata"), T(2026, 1, 20, 17, 30, "Asia/Kolkata")
    uid = "kaarya-iv-20931-r2@kaarya.example"
    summ = "Round 2 - System Design - Ananya Krishnan - SDE-2 (Backend)"
    cal2 = ics("REQUEST", uid, s2, e2, summ, ("Neelkanth Hiring", "interviews@kaarya.example"), [meera, karthik], own,
               description="System design round (90 min). Meet: https://meet.google.example/nkt-rnd2-xyz",
               prodid="-//Kaarya ATS//Scheduler//EN", tz="Asia/Kolkata")
    i2 = mail(own, T(2026, 1, 13, 18, 5, "Asia/Kolkata"), "Neelkanth Hiring <interviews@kaarya.example>", own,
              "Round 2 scheduled: System Design - SDE-2 (Backend)",
              "Dear Ananya,\n\nCongratulations on clearing Round 1! Your next round has been scheduled.\n\n"
              "Round: Round 2 - System Design\nDate: Monday, 19 January 2026\nTime: 4:00 PM - 5:30 PM (IST)\n"
              "Panel: Meera Iyer (Principal Engineer), Karthik Subramanian (SDE-3)\n"
              "Link: https://meet.google.example/nkt-rnd2-xyz\n\nThe calendar invite is attached. For any queries, "
              "reply to this email and Shruti from our TA team will help you.\n\nTeam Neelkanth\n"
              "(This email was sent via Kaarya ATS)", reply_to=S, ics_attach=cal2)
    cal3 = ics("REQUEST", uid, s2b, e2b, summ, ("Neelkanth Hiring", "interviews@kaarya.example"), [meera, karthik],
               own, seq=1, description="UPDATED: moved to Tuesday. Meet: https://meet.google.example/nkt-rnd2-xyz",
               prodid="-//Kaarya ATS//Scheduler//EN", tz="Asia/Kolkata", stamp=T(2026, 1, 16, 12, 40, "Asia/Kolkata"))
    m3 = _mid("c04-3", "neelkanth.example")
    i3 = mail(own, T(2026, 1, 16, 12, 41, "Asia/Kolkata"), S, O, "Re: Round 2 scheduled: System Design - SDE-2 (Backend)",
              "Hi Ananya,\n\nSmall change - Meera is travelling on Monday, so we have moved your Round 2 to "
              "Tuesday, 20 Jan, same time (4 PM IST, 90 mins). Updated invite attached; please ignore the earlier "
              "one.\n\nSorry for the inconvenience!\n\nRegards,\nShruti Patil\nTalent Acquisition | Neelkanth "
              "Logistics Tech\n+91 98450 55512", ics_attach=cal3, msgid=m3)
    i4 = mail(own, T(2026, 1, 21, 10, 15, "Asia/Kolkata"), O, S, "Thank you - Round 2",
              "Hi Shruti,\n\nThank you for coordinating yesterday's round. Please pass on my thanks to Meera and "
              "Karthik - I really enjoyed the discussion on the shipment tracking design.\n\nRegards,\nAnanya",
              cc=f"{meera[0]} <{meera[1]}>, {karthik[0]} <{karthik[1]}>", alt=False)
    adi = ("Aditya Rao", "aditya.rao@neelkanth.example")
    i5 = mail(own, T(2026, 1, 27, 17, 30, "Asia/Kolkata"), "Pooja Shetty <pooja.shetty@neelkanth.example>", O,
              "Final conversation with Aditya",
              "Hi Ananya,\n\nI'm Aditya's EA. He would like to have a final conversation with you - tomorrow at "
              "12 noon, for about 30 mins. He'll send a Google Meet link from his calendar. Aditya is cc'd here in "
              "case you want to reach him directly.\n\nBest,\nPooja Shetty\nExecutive Assistant to the Co-founder "
              "& CEO\nNeelkanth Logistics Tech", cc=f"{adi[0]} <{adi[1]}>, {S}", alt=False)
    items = [("01-round1-schedule.eml", i1), ("02-kaarya-round2.eml", i2), ("03-round2-moved.eml", i3),
             ("04-thank-you.eml", i4), ("05-ceo-final-chat.eml", i5)]
    c = "Neelkanth Logistics Tech"
    labs = [iv(c, role, T(2026, 1, 12, 11, 0, "Asia/Kolkata"), T(2026, 1, 12, 12, 0, "Asia/Kolkata"), "scheduled",
               ["rohit.bansal@neelkanth.example"], ["rohit.bansal@neelkanth.example"], "technical"),
            iv(c, role, s2b, e2b, "scheduled", [meera[1], karthik[1]], [meera[1], karthik[1]], "technical"),
            iv(c, role, T(2026, 1, 28, 12, 0, "Asia/Kolkata"), T(2026, 1, 28, 12, 30, "Asia/Kolkata"), "scheduled",
               [adi[1]], [adi[1]], "other")]
    case(cid, own, items, labs, "hard", "positive/long-process",
         "IST startup: HTML-only round 1 table; ATS round 2 moved Mon->Tue (same UID, SEQUENCE 1); CEO final chat "
         "'tomorrow at 12 noon' resolved against the 27 Jan message date.")


def gcal_event(eid, summary, description, organizer, attendees, own, start, end, tz, created, status="confirmed",
               seq=0):
    def att(n, e, org=False):
        a = {"email": e, "displayName": n, "responseStatus": "accepted" if org else "needsAction"}
        if org:
            a["organizer"] = True
        return a
    ev = {"kind": "calendar#event", "etag": "\"%d\"" % (int(hashlib.md5(eid.encode()).hexdigest()[:12], 16)),
          "id": eid, "status": status,
          "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {own}".encode()).decode().rstrip("="),
          "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "updated": (created + timedelta(minutes=7)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "summary": summary, "description": description,
          "creator": {"email": organizer[1], "displayName": organizer[0]},
          "organizer": {"email": organizer[1], "displayName": organizer[0]},
          "start": {"dateTime": start.isoformat(), "timeZone": tz},
          "end": {"dateTime": end.isoformat(), "timeZone": tz},
          "iCalUID": f"{eid}@google.com", "sequence": seq,
          "attendees": [att(organizer[0], organizer[1], True)] + [att(n, e) for n, e in attendees if e != organizer[1]]
          + [{"email": own, "self": True, "responseStatus": "accepted"}],
          "hangoutLink": "https://meet.google.example/" + eid[:3] + "-" + eid[3:7] + "-" + eid[7:10],
          "reminders": {"useDefault": True}, "eventType": "default"}
    return (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def c05():
    cid, own = "b48-05-sydney-auckland-dst-end", "liam.hartono@example.com"
    O = f"Liam Hartono <{own}>"
    role = "Senior iOS Engineer"
    ar = ("Aroha Ngata", "aroha.ngata@tidewater.example")
    A = f"{ar[0]} <{ar[1]}>"
    asig = "Aroha Ngata\nPeople & Talent | Tidewater Software\nLevel 4, 12 Customs Street East, Auckland 1010\n+64 9 555 0143"
    m1 = _mid("c05-1", "tidewater.example")
    i1 = mail(own, T(2026, 3, 27, 14, 12, "Pacific/Auckland"), A, O, "Tidewater - Senior iOS Engineer - intro chat",
              "Kia ora Liam,\n\nThanks for applying! I'd love to have a quick intro chat about the role and the "
              "team. How does Thursday 2 April, 9am Sydney time (11am here in Auckland) sound? It'll be a 30 min "
              "video call - I'll send a Meet link on the day.\n\nNg\u0101 mihi,\n" + asig, msgid=m1)
    i2 = mail(own, T(2026, 3, 27, 12, 30, "Australia/Sydney"), O, A, "Re: Tidewater - Senior iOS Engineer - intro chat",
              "Hi Aroha,\n\nPerfect, Thursday at 9am Sydney time is confirmed on my side. Talk then!\n\nCheers,\nLiam\n"
              "0412 555 019\n\nOn Fri, 27 Mar 2026 at 12:12, Aroha Ngata <aroha.ngata@tidewater.example> wrote:\n"
              "> How does Thursday 2 April, 9am Sydney time (11am here in Auckland) sound?", irt=m1, alt=False)
    ben, hana = ("Ben Kowalczyk", "ben.kowalczyk@tidewater.example"), ("Hana Sato", "hana.sato@tidewater.example")
    s3, e3 = T(2026, 4, 7, 14, 0, "Pacific/Auckland"), T(2026, 4, 7, 15, 30, "Pacific/Auckland")
    summ = "Tidewater technical interview - Liam Hartono (Senior iOS Engineer)"
    cal3 = ics("REQUEST", "1b9x0tidewatertech07apr@google.com", s3, e3, summ, ar, [ar, ben, hana], own,
               description="Pairing exercise in Swift + architecture chat with Ben and Hana.\n"
                           "Liam: that's 12:00-13:30 Sydney time.", tz="Pacific/Auckland",
               stamp=T(2026, 4, 3, 10, 0, "Pacific/Auckland"))
    i3 = google_invite(own, T(2026, 4, 3, 10, 0, "Pacific/Auckland"), ar,
                       f"Invitation: {summ} @ Tue 7 Apr 2026 2pm - 3:30pm (NZST) ({own})",
                       gtext(summ, "Tuesday 7 Apr 2026 \u22c5 2:00pm \u2013 3:30pm", "New Zealand Time - Auckland",
                             ar, [ar, ben, hana], own, extra="Liam: that's 12:00-13:30 Sydney time."), cal3)
    i4 = mail(own, T(2026, 4, 7, 15, 10, "Australia/Sydney"), O, f"{ben[0]} <{ben[1]}>, {hana[0]} <{hana[1]}>",
              "Thanks for today",
              "Hi Ben, hi Hana,\n\nThanks for the pairing session today - the offline sync refactor was a fun "
              "problem. Appreciate you taking the time.\n\nCheers,\nLiam", cc=A, alt=False)
    grace = ("Grace Liu", "grace.liu@tidewater.example")
    s5, e5 = T(2026, 4, 14, 10, 0, "Australia/Sydney"), T(2026, 4, 14, 10, 45, "Australia/Sydney")
    i5 = gcal_event("3kq9tdwgraceliuhm", "Liam Hartono <> Grace Liu (Head of Mobile) - final interview",
                    "Final round with Grace, hiring manager for Senior iOS Engineer. She's in the Sydney office - "
                    "come in person if you like (Level 9, 1 Bligh St) or join on Meet.", grace, [grace], own,
                    s5, e5, "Australia/Sydney", T(2026, 4, 9, 16, 0, "Australia/Sydney"))
    items = [("01-aroha-intro-chat.eml", i1), ("02-liam-confirms.eml", i2), ("03-invitation-technical.eml", i3),
             ("04-thanks-ben-hana.eml", i4), ("05-final-grace.gcal.json", i5)]
    c = "Tidewater Software"
    labs = [iv(c, role, T(2026, 4, 2, 9, 0, "Australia/Sydney"), T(2026, 4, 2, 9, 30, "Australia/Sydney"), "scheduled",
               [ar[1]], [ar[1]], "phone_screen"),
            iv(c, role, s3, e3, "scheduled", [ben[1], hana[1]], [ben[1], hana[1]], "technical"),
            iv(c, role, s5, e5, "scheduled", [grace[1]], [grace[1]], "hiring_manager")]
    case(cid, own, items, labs, "hard", "positive/long-process",
         "Sydney candidate, Auckland company: screen before Apr 5 DST end (+11:00), technical in NZST after it "
         "(+12:00, TZID=Pacific/Auckland), HM final as a Calendar API event in AEST (+10:00).")


def c06():
    cid, own = "b48-06-phoenix-panel-moved-exchange", "devon.mcallister@mail.example"
    O = f"Devon McAllister <{own}>"
    role = "Embedded Software Engineer II"
    wh = ("Whitney Sorensen", "wsorensen@corvidaero.example")
    W = f"{wh[0]} <{wh[1]}>"
    wsig = "Whitney Sorensen\nTechnical Recruiter\nCorvid Aerospace Systems\n1100 Boren Ave N, Seattle, WA 98109\nO: 206.555.0119"
    m1 = _mid("c06-1", "corvidaero.example")
    i1 = mail(own, T(2026, 3, 5, 10, 5, "America/Los_Angeles"), W, O, f"Corvid Aerospace - {role} - phone screen",
              "Hi Devon,\n\nThanks for your interest in Corvid! Does Thu 3/12 @ 4:30p PST work for a 30 min phone "
              "screen? That's 4:30 your time as well, since Arizona doesn't change clocks and we'll have sprung "
              "forward by then. I'll send an invite.\n\n" + wsig, msgid=m1)
    s2, e2 = T(2026, 3, 12, 16, 30, "America/Los_Angeles"), T(2026, 3, 12, 17, 0, "America/Los_Angeles")
    txt2 = ("When: Thursday, March 12, 2026 4:30 PM-5:00 PM (UTC-08:00) Pacific Time (US & Canada).\nWhere: Phone - "
            "Whitney will call 480-555-0127\n\n*~*~*~*~*~*~*~*~*~*\n\nPhone screen - Devon McAllister - " + role)
    cal2 = ics("REQUEST", "040000008200E00074C5B7101A82E0080000000031AC7CORVIDPS", s2, e2,
               f"Phone screen - Devon McAllister - {role}", wh, [wh], own, description=txt2,
               location="Phone", tz="Pacific Standard Time", prodid="Microsoft Exchange Server 2010", outlook=True,
               stamp=T(2026, 3, 5, 10, 20, "America/Los_Angeles"))
    i2 = outlook_invite(own, T(2026, 3, 5, 10, 20, "America/Los_Angeles"), W, O,
                        f"Phone screen - Devon McAllister - {role}", txt2, cal2)
    panel = [("Raj Patel", "rpatel@corvidaero.example"), ("Elena Moroz", "emoroz@corvidaero.example"),
             ("Chris Dunleavy", "cdunleavy@corvidaero.example")]
    to = ", ".join([O] + [f"{n} <{e}>" for n, e in panel])
    uid = "040000008200E00074C5B7101A82E00800000000C41D2CORVIDPANEL"
    s3, e3 = T(2026, 3, 24, 9, 0, "America/Los_Angeles"), T(2026, 3, 24, 12, 0, "America/Los_Angeles")
    body = ("Hi Devon,\n\nHere is your virtual panel: three back-to-back 55-minute sessions with Raj Patel (flight "
            "software), Elena Moroz (RTOS / drivers) and Chris Dunleavy (hiring manager). Short breaks in between.\n\n"
            "Whitney\n\n" + TEAMS.format(k="CoRv1d88", mid="250 771 304 998", pc="Hn3k9S"))
    txt3 = ("When: Tuesday, March 24, 2026 9:00 AM-12:00 PM (UTC-08:00) Pacific Time (US & Canada).\n"
            "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body)
    cal3 = ics("REQUEST", uid, s3, e3, f"Panel Interview - Devon McAllister - {role}", wh, panel, own,
               description=txt3, location="Microsoft Teams Meeting", tz="Pacific Standard Time",
               prodid="Microsoft Exchange Server 2010", outlook=True, stamp=T(2026, 3, 13, 8, 0, "America/Los_Angeles"))
    i3 = outlook_invite(own, T(2026, 3, 13, 8, 0, "America/Los_Angeles"), W, to,
                        f"Panel Interview - Devon McAllister - {role}", txt3, cal3)
    s4, e4 = T(2026, 3, 26, 13, 0, "America/Los_Angeles"), T(2026, 3, 26, 16, 0, "America/Los_Angeles")
    txt4 = ("When: Thursday, March 26, 2026 1:00 PM-4:00 PM (UTC-08:00) Pacific Time (US & Canada).\n"
            "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\nUPDATE: moved to Thursday afternoon - Chris "
            "has a design review Tuesday morning. Same Teams link.\n\n" + body)
    cal4 = ics("REQUEST", uid, s4, e4, f"Panel Interview - Devon McAllister - {role}", wh, panel, own,
               description=txt4, location="Microsoft Teams Meeting", tz="Pacific Standard Time", seq=1,
               prodid="Microsoft Exchange Server 2010", outlook=True, stamp=T(2026, 3, 18, 11, 30, "America/Los_Angeles"))
    m4 = _mid("c06-4", "corvidaero.example")
    i4 = outlook_invite(own, T(2026, 3, 18, 11, 30, "America/Los_Angeles"), W, to,
                        f"Panel Interview - Devon McAllister - {role}", txt4, cal4)
    i5 = mail(own, T(2026, 3, 18, 13, 2, "America/Phoenix"), O, W, "RE: Panel Interview - Devon McAllister",
              "Hi Whitney,\n\nThursday 1-4 Pacific works fine (same clock time for me in Phoenix). Accepted the "
              "update.\n\nThanks,\nDevon\n\n-----Original Message-----\nFrom: Whitney Sorensen\nSent: Wednesday, "
              "March 18, 2026 11:30 AM\nSubject: Panel Interview - Devon McAllister\n\nUPDATE: moved to Thursday "
              "afternoon - Chris has a design review Tuesday morning.", alt=False)
    items = [("01-whitney-phone-screen.eml", i1), ("02-outlook-phone-screen.eml", i2),
             ("03-outlook-panel.eml", i3), ("04-outlook-panel-updated.eml", i4), ("05-devon-ok.eml", i5)]
    c = "Corvid Aerospace Systems"
    labs = [iv(c, role, s2, e2, "scheduled", [wh[1]], [wh[1]], "phone_screen"),
            iv(c, role, s4, e4, "scheduled", [p[1] for p in panel], [p[1] for p in panel], "onsite")]
    case(cid, own, items, labs, "hard", "positive/reschedule",
         "'Thu 3/12 @ 4:30p PST' after US DST = 16:30-07:00 (Exchange invite confirms); panel Exchange invite "
         "moved Tue->Thu via SEQUENCE 1 (one interview at final time); Phoenix owner (no DST).")


def c07():
    cid, own = "b48-07-toronto-two-companies-withdrawal", "samira.haddad@example.com"
    O = f"Samira Haddad <{own}>"
    NY = "America/Toronto"
    roleA, roleB = "Actuarial Analyst II", "Data Analyst, Player Insights"
    hc = ("Heather Campbell", "heather.campbell@maplecrest.example")
    H = f"{hc[0]} <{hc[1]}>"
    gl = ("Gordon Li", "gordon.li@maplecrest.example")
    s1, e1 = T(2026, 2, 10, 14, 0, NY), T(2026, 2, 10, 14, 45, NY)
    cal1 = ics("REQUEST", "MWF-INT-000884213@myworkforce.example", s1, e1, f"Interview - {roleA} - Samira Haddad",
               hc, [gl], own, description="Hiring manager interview with Gordon Li (Manager, Pricing). Microsoft Teams.",
               prodid="-//MyWorkforce//Recruiting//EN")
    wd = ("Hello Samira,\n\nAn interview has been scheduled for you.\n\nJob Requisition: R-20418 {role}\n"
          "Interview Type: {typ}\nDate: {date}\nTime: {time}\nInterviewer(s): {who}\nLocation: Microsoft Teams "
          "(link in calendar invitation)\n\nIf you have questions, please contact your recruiter, Heather Campbell "
          "(heather.campbell@maplecrest.example).\n\nRegards,\nMaplecrest Insurance Talent Acquisition\n"
          "Please do not reply to this automated message.")
    i1 = mail(own, T(2026, 2, 3, 11, 14, NY), "Maplecrest Insurance <maplecrest@myworkforce.example>", own,
              f"Interview Scheduled - {roleA}",
              wd.format(role=roleA, typ="Hiring Manager Interview", date="Tuesday, February 10, 2026",
                        time="2:00 PM - 2:45 PM Eastern Time", who="Gordon Li"), ics_attach=cal1)
    jm = ("Jules Moreau", "jules.moreau@brightloom.example")
    s2, e2 = T(2026, 2, 12, 11, 0, NY), T(2026, 2, 12, 11, 30, NY)
    cal2 = ics("REQUEST", "slotwise-evt-7Qk2aP0z@slotwise.example", s2, e2, "Intro call: Samira Haddad and Jules Moreau",
               jm, [jm], own, description="Brightloom Studios - Data Analyst, Player Insights\nhttps://zoom.example/j/91022873345",
               prodid="-//Slotwise//Booking//EN")
    i2 = mail(own, T(2026, 2, 5, 19, 48, NY), "Slotwise <notifications@slotwise.example>", own,
              "Confirmed: Intro call with Jules Moreau on Thursday, February 12, 2026",
              "Hi Samira,\n\nYour event has been scheduled.\n\nEvent: 30 Minute Intro Call - Brightloom Studios\n"
              "Invitee: Samira Haddad\nHost: Jules Moreau (Talent, Brightloom Studios)\n"
              "When: 11:00am - 11:30am, Thursday, February 12, 2026 (Eastern Time - US & Canada)\n"
              "Location: https://zoom.example/j/91022873345\n\nNeed to make changes? Cancel or reschedule: "
              "https://slotwise.example/cancellations/7Qk2aP0z\n\nPowered by Slotwise",
              reply_to=f"{jm[0]} <{jm[1]}>", ics_attach=cal2)
    pd = ("Priyanka Deol", "priyanka.deol@maplecrest.example")
    s3, e3 = T(2026, 2, 18, 10, 0, NY), T(2026, 2, 18, 11, 0, NY)
    cal3 = ics("REQUEST", "MWF-INT-000891550@myworkforce.example", s3, e3, f"Interview - {roleA} - Samira Haddad",
               hc, [pd], own, description="Technical case interview with Priyanka Deol (Senior Actuary).",
               prodid="-//MyWorkforce//Recruiting//EN")
    i3 = mail(own, T(2026, 2, 11, 9, 3, NY), "Maplecrest Insurance <maplecrest@myworkforce.example>", own,
              f"Interview Scheduled - {roleA}",
              wd.format(role=roleA, typ="Technical Case Interview", date="Wednesday, February 18, 2026",
                        time="10:00 AM - 11:00 AM Eastern Time", who="Priyanka Deol"), ics_attach=cal3)
    kw = ("Kenji Watanabe", "kenji.watanabe@brightloom.example")
    s4, e4 = T(2026, 2, 19, 16, 0, NY), T(2026, 2, 19, 16, 45, NY)
    summ = "Brightloom | Kenji <> Samira - hiring manager interview"
    cal4 = ics("REQUEST", "0rk3brightloomkenji19@google.com", s4, e4, summ, jm, [jm, kw], own,
               description="45 min with Kenji Watanabe, Lead, Player Insights. Jules will drop off after intros.",
               tz="America/Toronto", stamp=T(2026, 2, 13, 15, 0, NY))
    i4 = google_invite(own, T(2026, 2, 13, 15, 0, NY), jm, f"Invitation: {summ} @ Thu Feb 19, 2026 4pm - 4:45pm (EST) ({own})",
                       gtext(summ, "Thursday Feb 19, 2026 \u22c5 4:00pm \u2013 4:45pm", "Eastern Time - Toronto",
                             jm, [jm, kw], own, extra="45 min with Kenji Watanabe, Lead, Player Insights. Jules will "
                             "drop off after intros."), cal4)
    m5 = _mid("c07-5", "example.com")
    i5 = mail(own, T(2026, 2, 16, 8, 12, NY), O, H, "Withdrawing my application - Actuarial Analyst II",
              "Hi Heather,\n\nThank you and Gordon for your time last week. After a lot of thought I've decided to "
              "withdraw from the Actuarial Analyst II process - I'm moving forward with another opportunity that's "
              "a closer fit with where I want to go.\n\nCould you please cancel Wednesday's technical interview "
              "with Priyanka? My apologies for the short notice.\n\nAll the best,\nSamira Haddad\n416-555-0175",
              msgid=m5, alt=False)
    i6 = mail(own, T(2026, 2, 16, 10, 40, NY), H, O, "RE: Withdrawing my application - Actuarial Analyst II",
              "Hi Samira,\n\nThanks for letting us know, and congratulations on the other opportunity. I've cancelled "
              "Wednesday's interview with Priyanka and closed out your application.\n\nBest of luck!\n\n"
              "Heather Campbell\nSenior Talent Acquisition Partner | Maplecrest Insurance\n"
              "25 King St W, Toronto, ON M5L 1A2 | 416-555-0102\n\n________________________________\n"
              "From: Samira Haddad\nSent: Monday, February 16, 2026 8:12 AM\nSubject: Withdrawing my application\n\n"
              "Could you please cancel Wednesday's technical interview with Priyanka?", irt=m5)
    items = [("01-myworkforce-hm-scheduled.eml", i1), ("02-slotwise-brightloom-intro.eml", i2),
             ("03-myworkforce-technical-scheduled.eml", i3), ("04-invitation-brightloom-hm.eml", i4),
             ("05-samira-withdraws.eml", i5), ("06-heather-cancelled.eml", i6)]
    A, B = "Maplecrest Insurance", "Brightloom Studios"
    labs = [iv(A, roleA, s1, e1, "scheduled", [gl[1]], [gl[1]], "hiring_manager"),
            iv(B, roleB, s2, e2, "scheduled", [jm[1]], [jm[1]], "phone_screen"),
            iv(A, roleA, s3, e3, "cancelled", [pd[1]], [pd[1]], "technical"),
            iv(B, roleB, s4, e4, "scheduled", [kw[1]], [kw[1]], "hiring_manager")]
    case(cid, own, items, labs, "hard", "positive/two-companies-cancel",
         "Workday-style ATS + Calendly-style booking, two interleaved companies; candidate withdraws from company A "
         "and the recruiter confirms cancelling the technical interview (cancelled); Brightloom HM stays scheduled.")


TZDEF["America/Toronto"] = US("-0500", "-0400")


def c08():
    cid, own = "b48-08-nyc-design-takehome-review-and-loop", "rachel.brennan@mail.example"
    O = f"Rachel Brennan <{own}>"
    NY = "America/New_York"
    role = "Senior Product Designer"
    an = ("Andre Castillo", "andre.castillo@harborlight.example")
    A = f"{an[0]} <{an[1]}>"
    asig = "Andre Castillo\nRecruiting Lead, Harborlight Media\n41 Pell Street, 6th Floor, New York, NY 10013\nc: 646.555.0181"
    m1 = _mid("c08-1", "harborlight.example")
    i1 = mail(own, T(2026, 4, 20, 17, 10, NY), A, O, "Harborlight <> Rachel",
              "Hey Rachel,\n\nLoved your portfolio - the transit app redesign especially. Are you free tomorrow at 4? "
              "I'd give you a ring for ~30 mins to talk through the Senior Product Designer role on our News "
              "Experiences team.\n\n" + asig, msgid=m1)
    m2 = _mid("c08-2", "mail.example")
    i2 = mail(own, T(2026, 4, 20, 18, 2, NY), O, A, "Re: Harborlight <> Rachel",
              "Hi Andre - tomorrow at 4 works! My cell is 347-555-0139.\n\nRachel\n\nOn Mon, Apr 20, 2026 at 5:10 PM "
              "Andre Castillo wrote:\n> Are you free tomorrow at 4? I'd give you a ring for ~30 mins", irt=m1, msgid=m2,
              alt=False)
    i3 = mail(own, T(2026, 4, 22, 10, 30, NY), A, O, "Next step: design exercise",
              "Hi Rachel,\n\nGreat chatting yesterday! As discussed, the next step is a short take-home: redesign the "
              "article paywall experience for mobile (brief attached as a link: https://harborlight.example/hiring/"
              "design-brief-4471). Please spend no more than 4 hours and send it back by Monday, April 27.\n\nOnce "
              "you've submitted, we'll book a 60-minute review call where you walk Nora and Sam through your "
              "thinking - you'll get a scheduling link for that.\n\n" + asig)
    nora, sam = ("Nora Feld", "nora.feld@harborlight.example"), ("Sam Quist", "sam.quist@harborlight.example")
    s4, e4 = T(2026, 4, 30, 13, 0, NY), T(2026, 4, 30, 14, 0, NY)
    cal4 = ics("REQUEST", "ld-bk-a81f22c9@loopdesk.example", s4, e4, "Design exercise review - Rachel Brennan",
               ("Harborlight Media via Loopdesk", "scheduling@loopdesk.example"), [nora, sam], own,
               description="Walk Nora Feld and Sam Quist through your take-home. Google Meet: "
                           "https://meet.google.example/hlm-rvw-4471", prodid="-//Loopdesk//Scheduler 2.0//EN")
    i4 = mail(own, T(2026, 4, 27, 14, 41, NY), "Harborlight Media <scheduling@loopdesk.example>", own,
              "You're booked: Design exercise review with Harborlight Media",
              "Hi Rachel,\n\nYou're all set. Here are the details of your interview:\n\nDesign exercise review\n"
              "Thursday, April 30, 2026\n1:00 PM - 2:00 PM EDT\n\nInterviewers\nNora Feld - Design Director "
              "(nora.feld@harborlight.example)\nSam Quist - Senior Product Manager (sam.quist@harborlight.example)\n\n"
              "Join: https://meet.google.example/hlm-rvw-4471\n\nNeed a different time? Contact Andre Castillo.\n\n"
              "Scheduling powered by Loopdesk", reply_to=A, ics_attach=cal4)
    oli, maya = ("Oliver Brandt", "oliver.brandt@harborlight.example"), ("Maya Chen", "maya.chen@harborlight.example")
    fwd = ("Hi Rachel - forwarding Keisha's itinerary for next Wednesday. Shout if anything looks off!\n\nAndre\n\n"
           "---------- Forwarded message ---------\nFrom: Keisha Grant <keisha.grant@harborlight.example>\n"
           "Date: Thu, Apr 30, 2026 at 4:52 PM\nSubject: Final round itinerary - Rachel Brennan (Sr. Product Designer)\n"
           "To: Andre Castillo <andre.castillo@harborlight.example>\n\nHi Andre,\n\nHere's Rachel's final round on "
           "Wednesday, May 6, in person at 41 Pell Street (6th floor - ask for me at reception):\n\n"
           "10:00 - 10:45 AM   Portfolio presentation - Nora Feld (nora.feld@harborlight.example)\n"
           "11:00 - 11:45 AM   Cross-functional partnership - Oliver Brandt (oliver.brandt@harborlight.example)\n"
           "11:45 AM - 12:45 PM   Lunch with the design team (informal)\n"
           "12:45 - 1:45 PM   Leadership conversation - Maya Chen, VP Design (maya.chen@harborlight.example)\n\n"
           "Thanks!\nKeisha Grant\nRecruiting Coordinator | Harborlight Media")
    i5 = mail(own, T(2026, 4, 30, 17, 20, NY), A, O, "Fwd: Final round itinerary - Rachel Brennan (Sr. Product Designer)",
              fwd, alt=False)
    i6 = mail(own, T(2026, 5, 5, 15, 3, NY), A, O, "see you tomorrow!",
              "Rachel - looking forward, see you tomorrow at 10! Ask for Keisha at reception and she'll bring you "
              "up. Bring your laptop + adapter for the portfolio presentation.\n\nAndre", alt=False)
    items = [("01-andre-tomorrow-at-4.eml", i1), ("02-rachel-yes.eml", i2), ("03-take-home-brief.eml", i3),
             ("04-loopdesk-review-booked.eml", i4), ("05-fwd-final-itinerary.eml", i5), ("06-see-you-tomorrow.eml", i6)]
    c = "Harborlight Media"
    s6, e6 = T(2026, 5, 6, 10, 0, NY), T(2026, 5, 6, 13, 45, NY)
    labs = [iv(c, role, T(2026, 4, 21, 16, 0, NY), T(2026, 4, 21, 16, 30, NY), "scheduled", [an[1]], [an[1]],
               "phone_screen"),
            iv(c, role, s4, e4, "scheduled", [nora[1], sam[1]], [nora[1], sam[1]], "technical"),
            iv(c, role, s6, e6, "scheduled", [nora[1], oli[1], maya[1]], [nora[1], oli[1], maya[1]], "onsite")]
    case(cid, own, items, labs, "hard", "positive/long-process",
         "'tomorrow at 4' resolved from the Apr 20 message and accepted in reply; take-home itself is not an "
         "interview but its booked review call is; forwarded in-person itinerary 10:00-13:45 (one onsite); day-before reminder.")


def c09():
    cid, own = "b48-09-paris-tokyo-robotics", "camille.dufresne@example.com"
    O = f"Camille Dufresne <{own}>"
    role = "Perception Engineer"
    yui = ("Yui Nakamura", "yui.nakamura@kitsune-robotics.example")
    Y = f"{yui[0]} <{yui[1]}>"
    ysig = "Yui Nakamura\nTalent Acquisition | Kitsune Robotics K.K.\n2-11-3 Shibaura, Minato-ku, Tokyo 108-0023\n+81 3-5555-0176"
    m1 = _mid("c09-1", "kitsune-robotics.example")
    i1 = mail(own, T(2026, 2, 4, 18, 10, "Asia/Tokyo"), Y, O, "Kitsune Robotics - Perception Engineer - first call",
              "Dear Camille,\n\nThank you very much for your application. I would like to have a first call with you "
              "to explain the position and our team in Tokyo.\n\nProposed time: Tuesday 10 February at 9h00 Paris "
              "time (17:00 JST), 30 minutes on Zoom: https://zoom.example/j/81822374410\n\nPlease let me know if this "
              "is convenient.\n\nBest regards,\n" + ysig, msgid=m1)
    i2 = mail(own, T(2026, 2, 10, 10, 5, "Europe/Paris"), O, Y, "Re: Kitsune Robotics - Perception Engineer - first call",
              "Dear Yui,\n\nThank you for the call this morning, it was a pleasure to learn more about the "
              "warehouse picking project. I look forward to the technical interview.\n\nBest regards,\nCamille "
              "Dufresne\n+33 6 55 50 12 34", irt=m1, alt=False)
    mori, dan = ("Takeshi Mori", "t.mori@kitsune-robotics.example"), ("Daniel Okoye", "d.okoye@kitsune-robotics.example")
    s3, e3 = T(2026, 2, 17, 17, 0, "Asia/Tokyo"), T(2026, 2, 17, 18, 30, "Asia/Tokyo")
    cal3 = ics("REQUEST", "zm-81822991043-20260217@zoom.example", s3, e3,
               "Technical Interview: Camille Dufresne (Perception Engineer)", yui, [yui, mori, dan], own,
               description="Technical interview with Takeshi Mori (Perception Lead) and Daniel Okoye (Senior ML "
                           "Engineer). Topics: multi-view geometry, 3D detection, a short coding exercise.\n"
                           "Join Zoom Meeting https://zoom.example/j/81822991043", location="https://zoom.example/j/81822991043",
               tz="Asia/Tokyo", prodid="-//zoom.example//Zoom Meetings//EN", stamp=T(2026, 2, 11, 11, 0, "Asia/Tokyo"))
    it = ("Dear Camille,\n\nThank you for your patience. I am happy to invite you to our final step: a 30-minute "
          "conversation with our CTO, Haruto Saito (h.saito@kitsune-robotics.example).\n\nDate: Wednesday 4 March "
          "2026\nTime: 16:30 JST / 8h30 in Paris\nZoom: https://zoom.example/j/81822453307\n\nHaruto likes to keep "
          "it informal - questions about your motivation and how you would like to grow.\n\nBest regards,\n" + ysig)
    m4 = _mid("c09-4", "kitsune-robotics.example")
    i4 = mail(own, T(2026, 2, 25, 15, 2, "Asia/Tokyo"), Y, O, "Final interview with our CTO", it, cte="base64",
              cc="Haruto Saito <h.saito@kitsune-robotics.example>", msgid=m4)
    i5 = mail(own, T(2026, 3, 3, 17, 45, "Asia/Tokyo"), Y, O, "Re: Final interview with our CTO",
              "Dear Camille,\n\nJust a reminder that Haruto will see you tomorrow morning (your time) at 8h30. "
              "Good luck!\n\nYui", irt=m4, alt=False, cte="base64")
    items = [("01-yui-first-call.eml", i1), ("02-camille-thanks.eml", i2), ("03-technical-interview.ics", cal3.encode()),
             ("04-final-cto.eml", i4), ("05-reminder.eml", i5)]
    c = "Kitsune Robotics"
    labs = [iv(c, role, T(2026, 2, 10, 9, 0, "Europe/Paris"), T(2026, 2, 10, 9, 30, "Europe/Paris"), "scheduled",
               [yui[1]], [yui[1]], "phone_screen"),
            iv(c, role, s3, e3, "scheduled", [mori[1], dan[1]], [mori[1], dan[1]], "technical"),
            iv(c, role, T(2026, 3, 4, 16, 30, "Asia/Tokyo"), T(2026, 3, 4, 17, 0, "Asia/Tokyo"), "scheduled",
               ["h.saito@kitsune-robotics.example"], ["h.saito@kitsune-robotics.example"], "other")]
    case(cid, own, items, labs, "medium", "positive/long-process",
         "Paris candidate, Tokyo company: '9h00 Paris time (17:00 JST)'; standalone Zoom-style .ics in Asia/Tokyo; "
         "base64 CTO final chat '16:30 JST / 8h30 in Paris' + base64 reminder.")


def c10():
    cid, own = "b48-10-sao-paulo-rh-and-gestor-pt", "rafael.moura@mail.example"
    O = f"Rafael Moura <{own}>"
    SP = "America/Sao_Paulo"
    role = "Engenheiro de Dados S\u00eanior"
    la = ("Larissa Campos", "larissa.campos@jabuticaba.example")
    L = f"{la[0]} <{la[1]}>"
    lsig = "Larissa Campos\nTalent Acquisition | Jabuticaba Pagamentos\nAv. Brigadeiro Faria Lima, 3900 - 8\u00ba andar\nS\u00e3o Paulo - SP\n+55 11 95555-0134"
    s1, e1 = T(2026, 5, 7, 10, 0, SP), T(2026, 5, 7, 10, 30, SP)
    cal1 = ics("REQUEST", "vp-ent-330917@vagaspro.example", s1, e1, f"Entrevista RH - {role} - Jabuticaba",
               ("Jabuticaba Pagamentos", "notificacoes@vagaspro.example"), [la], own,
               description="Entrevista com Larissa Campos (RH). Link: https://meet.google.example/jbt-rh-330",
               prodid="-//VagasPro//Agenda//PT", tz=SP)
    i1 = mail(own, T(2026, 5, 4, 16, 20, SP), "Jabuticaba Pagamentos via VagasPro <notificacoes@vagaspro.example>", own,
              f"Sua entrevista foi agendada - {role}",
              f"Ol\u00e1, Rafael!\n\nBoas not\u00edcias: voc\u00ea avan\u00e7ou no processo seletivo para {role}.\n\n"
              "Etapa: Entrevista com RH\nData: quinta-feira, 07/05/2026\nHor\u00e1rio: 10h00 (hor\u00e1rio de "
              "Bras\u00edlia)\nDura\u00e7\u00e3o: 30 minutos\nEntrevistadora: Larissa Campos\n"
              "Link: https://meet.google.example/jbt-rh-330\n\nD\u00favidas? Responda este e-mail.\n\n"
              "Equipe VagasPro", reply_to=L, ics_attach=cal1, ics_name="entrevista.ics")
    i2 = mail(own, T(2026, 5, 7, 11, 5, SP), O, L, "Obrigado pela conversa",
              "Oi Larissa,\n\nObrigado pela conversa de hoje! Fiquei bem animado com o desafio do time de dados de "
              "risco. Fico no aguardo dos pr\u00f3ximos passos.\n\nAbra\u00e7o,\nRafael Moura\n(11) 95555-0102",
              alt=False, cte="8bit")
    th = ("Thiago Menezes", "thiago.menezes@jabuticaba.example")
    i3 = mail(own, T(2026, 5, 8, 9, 40, SP), L, O, "Pr\u00f3xima etapa - entrevista com o gestor",
              "Oi Rafael, tudo bem?\n\nO feedback da conversa foi \u00f3timo! A pr\u00f3xima etapa \u00e9 a entrevista "
              "t\u00e9cnica com o gestor da vaga, Thiago Menezes (Head de Dados). Reservei ter\u00e7a-feira, 12 de "
              "maio, \u00e0s 14h30, com dura\u00e7\u00e3o de 1 hora. Vou enviar o convite pelo Google Agenda.\n\n"
              "Abs,\n" + lsig)
    s4, e4 = T(2026, 5, 12, 14, 30, SP), T(2026, 5, 12, 15, 30, SP)
    summ = "Entrevista t\u00e9cnica: Rafael Moura x Thiago Menezes"
    cal4 = ics("REQUEST", "5nd0jabuticabagestor12@google.com", s4, e4, summ, la, [la, th], own,
               description="Entrevista t\u00e9cnica com o gestor. Google Meet: https://meet.google.example/jbt-gst-912",
               stamp=T(2026, 5, 8, 9, 55, SP))
    i4 = google_invite(own, T(2026, 5, 8, 9, 55, SP), la,
                       f"Convite: {summ} @ ter 12 de mai de 2026 14:30 - 15:30 (BRT) ({own})",
                       gtext(summ, "ter\u00e7a-feira, 12 de maio de 2026 \u22c5 14:30 \u2013 15:30",
                             "Hor\u00e1rio Padr\u00e3o de Bras\u00edlia - S\u00e3o Paulo", la, [la, th], own), cal4)
    i5 = mail(own, T(2026, 5, 11, 17, 0, SP), L, O, "Lembrete: entrevista amanh\u00e3",
              "Oi Rafael! S\u00f3 lembrando da sua entrevista amanh\u00e3 \u00e0s 14h30 com o Thiago. Boa sorte!\n\n"
              "Larissa", alt=False)
    items = [("01-vagaspro-entrevista-rh.eml", i1), ("02-obrigado.eml", i2), ("03-proxima-etapa.eml", i3),
             ("04-convite-gestor.eml", i4), ("05-lembrete.eml", i5)]
    c = "Jabuticaba Pagamentos"
    labs = [iv(c, role, s1, e1, "scheduled", [la[1]], [la[1]], "phone_screen"),
            iv(c, role, s4, e4, "scheduled", [th[1]], [th[1]], "hiring_manager")]
    case(cid, own, items, labs, "medium", "positive/non-english",
         "Portuguese-language process (Brazil, -03:00, no DST): ATS HR interview with .ics, gestor interview via "
         "Google invite organised by the recruiter (recruiter is not an interviewer there), reminder 'amanh\u00e3 \u00e0s 14h30'.")


def c11():
    cid, own = "b48-11-denver-four-rounds-dst-fallback", "jamie.whitaker@example.com"
    O = f"Jamie Whitaker <{own}>"
    DN = "America/Denver"
    role = "Staff Grid Software Engineer"
    ca = ("Carla Benavides", "carla.benavides@pinyon-energy.example")
    C = f"{ca[0]} <{ca[1]}>"
    csig = "Carla Benavides\nPrincipal Recruiter | Pinyon Energy\n1700 Lincoln St, Suite 2400, Denver, CO 80203\n(303) 555-0166"
    m1 = _mid("c11-1", "pinyon-energy.example")
    i1 = mail(own, T(2026, 10, 19, 9, 0, DN), C, O, f"{role} at Pinyon Energy",
              "Hi Jamie,\n\nI came across your work on distributed energy resource forecasting and wanted to reach "
              f"out about our {role} opening - we're building the platform that schedules our battery fleet. Would "
              "you be open to a conversation?\n\n" + csig, msgid=m1)
    m2 = _mid("c11-2", "example.com")
    i2 = mail(own, T(2026, 10, 20, 20, 14, DN), O, C, f"Re: {role} at Pinyon Energy",
              "Hi Carla,\n\nThanks for reaching out - yes, I'd be interested in learning more. I'm fairly flexible "
              "Thursday or Friday this week.\n\nJamie", irt=m1, msgid=m2, alt=False)
    i3 = mail(own, T(2026, 10, 21, 8, 33, DN), C, O, f"Re: {role} at Pinyon Energy",
              "Great! Let's do Friday at noon MT. I'll call your cell at (720) 555-0188 - should take 30 minutes.\n\n"
              f"{csig}\n\nOn Tue, Oct 20, 2026 at 8:14 PM Jamie Whitaker <{own}> wrote:\n> yes, I'd be interested "
              "in learning more. I'm fairly flexible Thursday or Friday this week.", irt=m2, refs=f"{m1} {m2}")
    mike = ("Mike Dorsey", "mike.dorsey@pinyon-energy.example")
    s4, e4 = T(2026, 10, 29, 14, 0, DN), T(2026, 10, 29, 15, 0, DN)
    summ = f"Interview: Jamie Whitaker <> Mike Dorsey ({role})"
    cal4 = ics("REQUEST", "2a7pinyonmikehm29oct@google.com", s4, e4, summ, ca, [ca, mike], own,
               description="Hiring manager interview with Mike Dorsey, Director of Grid Software.\n"
                           "https://meet.google.example/pny-hmi-291", stamp=T(2026, 10, 26, 10, 0, DN))
    i4 = google_invite(own, T(2026, 10, 26, 10, 0, DN), ca,
                       f"Invitation: {summ} @ Thu Oct 29, 2026 2pm - 3pm (MDT) ({own})",
                       gtext(summ, "Thursday Oct 29, 2026 \u22c5 2:00pm \u2013 3:00pm", "Mountain Time - Denver",
                             ca, [ca, mike], own), cal4)
    ana, jeff = ("Ana Lucero", "ana.lucero@pinyon-energy.example"), ("Jeff Yazzie", "jeff.yazzie@pinyon-energy.example")
    s5, e5 = T(2026, 11, 3, 9, 0, DN), T(2026, 11, 3, 10, 30, DN)
    i5 = gcal_event("7pnytechround03nov", f"Technical interview - Jamie Whitaker - {role}",
                    "90 min: system design (dispatch optimizer) with Ana Lucero and Jeff Yazzie. Note the clocks go "
                    "back on Nov 1 - this is 9:00 MST.", ca, [ca, ana, jeff], own, s5, e5, DN,
                    T(2026, 10, 30, 11, 0, DN))
    m6 = _mid("c11-6", "pinyon-energy.example")
    sh = ("Sharon Whitlock", "sharon.whitlock@pinyon-energy.example")
    i6 = mail(own, T(2026, 11, 5, 16, 12, "America/Denver"), C, O, "Pinyon - last step",
              "Hi Jamie,\n\nThe team loved Tuesday's session. Last step is a 30-minute conversation with Sharon "
              "Whitlock, our VP of Engineering (sharon.whitlock@pinyon-energy.example). Would Monday 11/9 at 8am "
              "your time work? She'll send a Meet link.\n\n" + csig, msgid=m6)
    i7 = mail(own, T(2026, 11, 5, 18, 40, DN), O, C, "Re: Pinyon - last step",
              "Hi Carla - confirmed for Monday at 8. Thanks!\n\nJamie\n\n> Would Monday 11/9 at 8am your time work?",
              irt=m6, alt=False)
    items = [("01-carla-outreach.eml", i1), ("02-jamie-interested.eml", i2), ("03-carla-friday-noon.eml", i3),
             ("04-invitation-hm-mike.eml", i4), ("05-technical-round.gcal.json", i5), ("06-carla-last-step.eml", i6),
             ("07-jamie-confirms.eml", i7)]
    c = "Pinyon Energy"
    labs = [iv(c, role, T(2026, 10, 23, 12, 0, DN), T(2026, 10, 23, 12, 30, DN), "scheduled", [ca[1]], [ca[1]],
               "phone_screen"),
            iv(c, role, s4, e4, "scheduled", [mike[1]], [mike[1]], "hiring_manager"),
            iv(c, role, s5, e5, "scheduled", [ana[1], jeff[1]], [ana[1], jeff[1]], "technical"),
            iv(c, role, T(2026, 11, 9, 8, 0, DN), T(2026, 11, 9, 8, 30, DN), "scheduled", [sh[1]], [sh[1]], "other")]
    case(cid, own, items, labs, "hard", "positive/long-process",
         "Recruiter outreach -> 'Friday at noon MT' (Oct 23, MDT) -> HM Google invite (MDT) -> technical as a "
         "Calendar API event after the Nov 1 fall-back (MST) -> VP chat 'Monday 11/9 at 8am' confirmed in reply.")


# =========================================================================== NEGATIVE CASES
def c12():
    cid, own = "b48-12-availability-then-role-on-hold", "ellen.park@example.com"
    O = f"Ellen Park <{own}>"
    NY = "America/New_York"
    role = "Risk Analytics Manager"
    g = "Greta Holm <greta.holm@orchardlane.example>"
    i1 = mail(own, T(2026, 6, 8, 10, 2, NY), "Orchard Lane Bank <no-reply@hirebird.example>", own,
              f"Orchard Lane Bank: please share your availability - {role}",
              f"Hi Ellen,\n\nThe hiring team for {role} would like to schedule an interview with you. Please let us "
              "know when you're available over the next two weeks using the link below - it only takes a minute.\n\n"
              "Share availability: https://hirebird.example/availability/9f3c1aa02e\n\nInterview: Hiring Manager "
              "Interview (45 minutes, video)\n\nThanks,\nOrchard Lane Bank Recruiting\nSent via Hirebird",
              reply_to=g)
    i2 = mail(own, T(2026, 6, 8, 13, 47, NY), "Orchard Lane Bank <no-reply@hirebird.example>", own,
              "We've received your availability",
              "Hi Ellen,\n\nThanks - we've received your availability:\n\nTue Jun 16: 9:00 AM - 12:00 PM EDT\n"
              "Wed Jun 17: 1:00 PM - 4:30 PM EDT\nFri Jun 19: 10:00 AM - 11:30 AM EDT\n\nYour recruiter will confirm "
              "an interview time soon. You'll receive a calendar invitation once it's booked.\n\nSent via Hirebird")
    i3 = mail(own, T(2026, 6, 10, 9, 15, NY), g, O, f"RE: {role} - scheduling",
              "Hi Ellen,\n\nThanks for sending your availability so quickly. Our hiring manager's calendar is "
              "a bit of a mess this week with quarter-end, so I'm still trying to line things up for Tue or Wed. "
              "I'll come back to you with a confirmed time as soon as I can.\n\nGreta Holm\nTalent Acquisition | "
              "Orchard Lane Bank\n88 Orchard Lane, Hartford, CT 06103 | (860) 555-0121")
    i4 = mail(own, T(2026, 6, 15, 16, 40, NY), g, O, f"RE: {role} - update",
              "Hi Ellen,\n\nI'm sorry to come back with this: the Risk Analytics Manager requisition has been put on "
              "hold while the team goes through a reorganisation, so we won't be scheduling the interview for now. "
              "I'll keep your profile on file and reach out if it reopens.\n\nApologies for the back and forth,\n"
              "Greta")
    case(cid, own, [("01-hirebird-availability.eml", i1), ("02-availability-received.eml", i2),
                    ("03-greta-still-scheduling.eml", i3), ("04-role-on-hold.eml", i4)], [], "hard",
         "negative/not-booked", "Availability request and submitted availability windows, never confirmed; role put on hold.")


def c13():
    cid, own = "b48-13-take-home-then-rejection", "kofi.mensah@mail.example"
    O = f"Kofi Mensah <{own}>"
    LN = "Europe/London"
    role = "Machine Learning Engineer"
    r = "Hattie Brook <hattie.brook@fernhill.example>"
    i1 = mail(own, T(2026, 2, 26, 9, 0, LN), "Fernhill Labs Careers <careers@fernhill.example>", own,
              f"Thanks for applying - {role}",
              f"Hi Kofi,\n\nThanks for applying for the {role} role at Fernhill Labs. Our process normally looks "
              "like this: take-home exercise -> technical interview -> final interviews with the team. We'll be in "
              "touch about next steps.\n\nFernhill Labs Talent Team")
    i2 = mail(own, T(2026, 3, 3, 14, 20, LN), "Fernhill Labs via CodeTrial <invites@codetrial.example>", own,
              f"Your take-home exercise for {role}",
              "Hi Kofi,\n\nFernhill Labs has invited you to complete a take-home exercise.\n\nExercise: Ranking model "
              "for recipe search\nTime allowed: 72 hours from when you start\nDeadline: Friday 6 March 2026, 5:00 PM "
              "GMT\n\nStart here: https://codetrial.example/t/fh-8812k\n\nCandidates who pass will be invited to a "
              "technical interview.\n\nGood luck!\nCodeTrial", reply_to=r)
    i3 = mail(own, T(2026, 3, 5, 22, 10, LN), O, r, "Take-home submitted",
              "Hi Hattie,\n\nJust to let you know I've submitted the take-home on CodeTrial - the write-up is in the "
              "README. Happy to walk anyone through it in an interview.\n\nBest,\nKofi\n07700 900 731", alt=False)
    i4 = mail(own, T(2026, 3, 12, 11, 30, LN), r, O, f"Your application for {role}",
              "Hi Kofi,\n\nThank you for the time you put into the take-home. The team reviewed it carefully and, "
              "while there was a lot to like, we've decided not to progress to the technical interview stage on "
              "this occasion.\n\nWe really appreciate your interest in Fernhill Labs and wish you the best in your "
              "search.\n\nKind regards,\nHattie Brook\nTalent Partner, Fernhill Labs")
    case(cid, own, [("01-application-received.eml", i1), ("02-codetrial-take-home.eml", i2),
                    ("03-kofi-submitted.eml", i3), ("04-rejection.eml", i4)], [], "medium",
         "negative/take-home-only", "Take-home exercise with a deadline, submission, rejection before any interview.")


def c14():
    cid, own = "b48-14-two-applications-two-rejections", "hannah.lindqvist@example.com"
    O = f"Hannah Lindqvist <{own}>"
    ST = "Europe/Stockholm"
    i1 = mail(own, T(2026, 9, 1, 8, 5, ST), "Stellan Freight Recruitment <jobs@stellanfreight.example>", own,
              "Application received: Logistics Planner",
              "Hi Hannah,\n\nThank you for your application for Logistics Planner in Gothenburg. We review "
              "applications continuously and will contact shortlisted candidates for a first interview during "
              "week 38.\n\nBest regards,\nStellan Freight Recruitment")
    i2 = mail(own, T(2026, 9, 2, 15, 44, ST), "Oakridge Clinics Careers <careers@oakridge-clinics.example>", own,
              "We received your application - Operations Coordinator",
              "Dear Hannah,\n\nThank you for your interest in the Operations Coordinator position. If your profile "
              "matches, a recruiter will reach out to schedule a phone interview. Interviews are expected to take "
              "place between 21 and 25 September.\n\nOakridge Clinics Talent Team", html_only=True)
    i3 = mail(own, T(2026, 9, 18, 10, 12, ST), "Sofia Berg <sofia.berg@stellanfreight.example>", O,
              "Logistics Planner - your application",
              "Hi Hannah,\n\nThank you for your interest in Stellan Freight. We received many strong applications and "
              "have decided to invite other candidates to interview for the Logistics Planner role.\n\nWe wish you "
              "the best of luck.\n\nSofia Berg\nHR Business Partner\nStellan Freight AB, Lindholmspiren 7, 417 56 "
              "G\u00f6teborg")
    i4 = mail(own, T(2026, 9, 28, 13, 0, ST), "Oakridge Clinics Careers <careers@oakridge-clinics.example>", own,
              "Update on your application - Operations Coordinator",
              "Dear Hannah,\n\nThank you again for applying. After reviewing all applications, we will not be "
              "moving forward with your candidacy to the interview stage for this position.\n\nWe encourage you to "
              "apply for future openings.\n\nOakridge Clinics Talent Team")
    case(cid, own, [("01-stellan-received.eml", i1), ("02-oakridge-received.eml", i2), ("03-stellan-rejection.eml", i3),
                    ("04-oakridge-rejection.eml", i4)], [], "medium", "negative/rejection",
         "Two application receipts mentioning interview windows and two rejections; no interview ever booked.")


def c15():
    cid, own = "b48-15-agency-outreach-booking-link", "marcus.bell@mail.example"
    O = f"Marcus Bell <{own}>"
    LA = "America/Los_Angeles"
    L = "Lena Kovac <lena.kovac@northpass-talent.example>"
    m1 = _mid("c15-1", "northpass-talent.example")
    sig = "Lena Kovac\nPrincipal Consultant, Engineering | Northpass Talent\n+1 (415) 555-0190\n535 Mission St, San Francisco, CA 94105"
    i1 = mail(own, T(2026, 7, 14, 9, 30, LA), L, O, "Staff Engineer role - Series B climate-tech client",
              "Hi Marcus,\n\nI'm partnering with a Series B climate-tech company that's hiring a Staff Engineer to "
              "lead their data platform (remote US, $230-260k + equity). The interview process is quick - a call "
              "with me, then two rounds with the team.\n\nIf you're open to it, grab 15 minutes on my calendar: "
              "https://slotwise.example/lena-kovac/intro\n\nBest,\n" + sig, msgid=m1)
    m2 = _mid("c15-2", "northpass-talent.example")
    i2 = mail(own, T(2026, 7, 17, 8, 10, LA), L, O, "Re: Staff Engineer role - Series B climate-tech client",
              "Hi Marcus - bumping this up in case it got buried. Happy to do a quick call Thursday or Friday "
              "afternoon if that's easier than the link. The hiring manager is keen to start interviews next week.\n\n"
              "Lena", irt=m1, msgid=m2)
    i3 = mail(own, T(2026, 7, 17, 12, 55, LA), O, L, "Re: Staff Engineer role - Series B climate-tech client",
              "Hi Lena,\n\nThanks for thinking of me - I'm not looking to move right now, but feel free to check "
              "back in the new year.\n\nMarcus", irt=m2, refs=f"{m1} {m2}", alt=False)
    case(cid, own, [("01-lena-outreach.eml", i1), ("02-lena-bump.eml", i2), ("03-marcus-declines.eml", i3)], [],
         "medium", "negative/recruiter-outreach", "Agency outreach with an unbooked scheduling link and a proposed call; owner declines.")


def c16():
    cid, own = "b48-16-process-paused-hiring-freeze", "priscilla.nwosu@example.com"
    O = f"Priscilla Nwosu <{own}>"
    NY = "America/New_York"
    role = "Senior Clinical Operations Associate"
    R = "Derek Fong <derek.fong@glasswing.example>"
    sig = "Derek Fong\nRecruiter, Glasswing Health\n600 Congress St, Boston, MA 02210 | 617.555.0155"
    m1 = _mid("c16-1", "glasswing.example")
    i1 = mail(own, T(2026, 4, 9, 11, 0, NY), R, O, f"{role} - phone interview",
              f"Hi Priscilla,\n\nThanks for applying for the {role} role - I'd like to set up a 30-minute phone "
              "interview as a first step. Do any of these work for you?\n\n- Tue 4/14, 10:00 AM ET\n- Wed 4/15, 3:00 "
              "PM ET\n- Thu 4/16, 11:30 AM ET\n\nOnce you pick one I'll send a calendar invite.\n\n" + sig, msgid=m1)
    m2 = _mid("c16-2", "example.com")
    i2 = mail(own, T(2026, 4, 9, 19, 22, NY), O, R, f"Re: {role} - phone interview",
              "Hi Derek,\n\nWed 4/15 at 3pm would be great. Looking forward to it.\n\nBest,\nPriscilla\n\n"
              "> Do any of these work for you?\n> - Wed 4/15, 3:00 PM ET", irt=m1, msgid=m2, alt=False)
    i3 = mail(own, T(2026, 4, 10, 12, 5, NY), R, O, f"Re: {role} - phone interview",
              "Hi Priscilla,\n\nThank you - and I'm sorry, I haven't sent the invite because this morning we were "
              "told to pause all hiring for non-clinical roles until the new fiscal year. I can't schedule the "
              "interview for now, but I'll reach out as soon as the freeze lifts.\n\n" + sig, irt=m2,
              refs=f"{m1} {m2}")
    i4 = mail(own, T(2026, 6, 2, 10, 0, NY), R, O, "Checking in",
              "Hi Priscilla, just a quick note that the freeze is still in place - no update on the timing of "
              "interviews yet. I'll keep you posted.\n\nDerek", alt=False)
    case(cid, own, [("01-derek-options.eml", i1), ("02-priscilla-picks.eml", i2), ("03-paused.eml", i3),
                    ("04-still-paused.eml", i4)], [], "hard", "negative/process-paused",
         "Recruiter offers slots, candidate picks one, recruiter never sends the invite: hiring freeze. Not booked.")


def c17():
    cid, own = "b48-17-owner-is-the-interviewer", "greg.antonelli@example.com"
    O = f"Greg Antonelli <{own}>"
    LA = "America/Los_Angeles"
    coord = ("Nia Okonkwo", "nia.okonkwo@example.com")
    cand = ("Bianca Torres", "bianca.torres@mail.example")
    i1 = mail(own, T(2026, 3, 16, 9, 12, LA), "Talentwell <no-reply@talentwell.example>", own,
              "You've been added as an interviewer: Bianca Torres - Backend Engineer",
              "Hi Greg,\n\nYou're scheduled to interview a candidate.\n\nCandidate: Bianca Torres\nRole: Backend "
              "Engineer (Payments Platform)\nInterview: Technical - System Design\nWhen: Thursday, March 19, 2026, "
              "2:00 PM - 3:00 PM PDT\nWhere: Zoom\n\nYour interview kit and scorecard: https://talentwell.example/kit/"
              "55102\nPlease submit feedback within 24 hours.\n\nTalentwell")
    s, e = T(2026, 3, 19, 14, 0, LA), T(2026, 3, 19, 15, 0, LA)
    summ = "Interview: Bianca Torres - Backend Engineer (Greg Antonelli, System Design)"
    cal = ics("REQUEST", "9qv2interviewerbianca@google.com", s, e, summ, coord, [coord, ("Greg Antonelli", own), cand],
              own, description="You are the interviewer. Candidate: Bianca Torres. Scorecard: "
                               "https://talentwell.example/kit/55102", stamp=T(2026, 3, 16, 9, 15, LA))
    i2 = google_invite(own, T(2026, 3, 16, 9, 15, LA), coord,
                       f"Invitation: {summ} @ Thu Mar 19, 2026 2pm - 3pm (PDT) ({own})",
                       gtext(summ, "Thursday Mar 19, 2026 \u22c5 2:00pm \u2013 3:00pm", "Pacific Time - Los Angeles",
                             coord, [coord, cand], own, extra="You are the interviewer. Candidate: Bianca Torres."), cal)
    i3 = mail(own, T(2026, 3, 20, 8, 0, LA), "Talentwell <no-reply@talentwell.example>", own,
              "Reminder: scorecard due for Bianca Torres",
              "Hi Greg,\n\nYour scorecard for Bianca Torres (Backend Engineer - System Design interview, Mar 19) is "
              "overdue. Please submit it so the hiring team can make a decision.\n\nhttps://talentwell.example/kit/55102"
              "\n\nTalentwell")
    case(cid, own, [("01-added-as-interviewer.eml", i1), ("02-invitation-interviewer.eml", i2),
                    ("03-scorecard-reminder.eml", i3)], [], "hard", "negative/user-is-interviewer",
         "Owner is the interviewer (ATS interviewer notice, Google invite with the candidate as guest, scorecard reminder).")


def c18():
    cid, own = "b48-18-one-way-video-interview", "yusuf.demir@mail.example"
    O = f"Yusuf Demir <{own}>"
    NY = "America/New_York"
    role = "Store Operations Analyst"
    i1 = mail(own, T(2026, 10, 12, 9, 30, NY), "Cobaltline Retail via VidScreen <invites@vidscreen.example>", own,
              f"Next step: your on-demand video interview for {role}",
              "Hi Yusuf,\n\nCobaltline Retail has invited you to complete an on-demand video interview. You'll record "
              "answers to 5 questions - there is no live interviewer, so you can do it whenever suits you.\n\n"
              "Complete by: Friday, October 16, 2026 at 11:59 PM ET\nEstimated time: 20 minutes\n\nStart your "
              "interview: https://vidscreen.example/i/cbl-40217\n\nVidScreen on behalf of Cobaltline Retail",
              html_only=True)
    i2 = mail(own, T(2026, 10, 15, 23, 59, NY), "VidScreen <invites@vidscreen.example>", own,
              "Reminder: 24 hours left to complete your video interview",
              "Hi Yusuf,\n\nYou have 24 hours left to complete your video interview for Store Operations Analyst at "
              "Cobaltline Retail. Tomorrow at 11:59 PM ET the link will expire.\n\nhttps://vidscreen.example/i/cbl-40217")
    i3 = mail(own, T(2026, 10, 16, 21, 14, NY), "VidScreen <invites@vidscreen.example>", own,
              "Thanks for completing your interview",
              "Hi Yusuf,\n\nThanks for completing your video interview! The Cobaltline Retail team will review your "
              "responses and be in touch about next steps.\n\nVidScreen")
    i4 = mail(own, T(2026, 10, 27, 10, 0, NY), "Cobaltline Retail Talent <talent@cobaltline.example>", own,
              f"{role} - update",
              "Hi Yusuf,\n\nThank you for taking the time to complete the video interview. After careful review, we "
              "have decided not to move forward with a live interview at this time.\n\nCobaltline Retail Talent")
    case(cid, own, [("01-vidscreen-invite.eml", i1), ("02-vidscreen-reminder.eml", i2), ("03-completed.eml", i3),
                    ("04-rejection.eml", i4)], [], "hard", "negative/one-way-video",
         "One-way recorded video interview with deadline and reminder ('tomorrow at 11:59 PM'), then rejection.")


def c19():
    cid, own = "b48-19-mock-interviews-with-coach", "aisha.rahman@example.com"
    O = f"Aisha Rahman <{own}>"
    LN = "Europe/London"
    beth = ("Beth Calloway", "beth@calloway-coaching.example")
    s1, e1 = T(2026, 6, 9, 18, 0, LN), T(2026, 6, 9, 19, 0, LN)
    cal1 = ics("REQUEST", "cc-booking-20260609-aisha@calloway-coaching.example", s1, e1,
               "Mock interview: PM final round practice (Aisha Rahman)", beth, [beth], own,
               description="Paid coaching session (\u00a3120). We'll run a full mock final-round interview: product "
                           "sense + behavioural, then feedback.", prodid="-//Calloway Coaching//Bookings//EN", tz=LN)
    i1 = mail(own, T(2026, 6, 2, 12, 0, LN), f"{beth[0]} <{beth[1]}>", O, "Booked: mock interview on Tuesday 9 June",
              "Hi Aisha,\n\nYou're booked in for a mock interview on Tuesday 9 June at 6pm (UK time), 60 minutes. "
              "Payment of \u00a3120 received - thank you! I'll play the hiring manager for a Product Manager final "
              "round and we'll debrief afterwards.\n\nBeth Calloway\nCareer Coach | Calloway Coaching\n"
              "07700 900 558 | 14 Canal Walk, Manchester M1 3JU", ics_attach=cal1)
    i2 = mail(own, T(2026, 6, 10, 9, 0, LN), f"{beth[0]} <{beth[1]}>", O, "Notes from your mock interview",
              "Hi Aisha,\n\nGreat session last night. Notes: tighten your STAR stories (situation under 30 seconds), "
              "lead with metrics, and practise the 'tell me about a failure' question. For when your real interviews "
              "start, keep a one-page brag doc handy.\n\nShall we do a second mock interview - behavioural only - "
              "next Tuesday at the same time?\n\nBeth", alt=False)
    s3, e3 = T(2026, 6, 16, 18, 0, LN), T(2026, 6, 16, 18, 45, LN)
    summ = "Behavioural mock interview #2 - Aisha / Beth (coaching)"
    cal3 = ics("REQUEST", "4mockcallowaysecond@google.com", s3, e3, summ, beth, [beth], own,
               description="Coaching session - mock interview practice.", stamp=T(2026, 6, 10, 9, 30, LN))
    i3 = google_invite(own, T(2026, 6, 10, 9, 30, LN), beth,
                       f"Invitation: {summ} @ Tue 16 Jun 2026 18:00 - 18:45 (BST) ({own})",
                       gtext(summ, "Tuesday 16 Jun 2026 \u22c5 18:00 \u2013 18:45", "United Kingdom Time",
                             beth, [beth], own), cal3)
    case(cid, own, [("01-booked-mock-interview.eml", i1), ("02-coach-notes.eml", i2),
                    ("03-invitation-mock-2.eml", i3)], [], "hard", "negative/mock-interview",
         "Paid mock interviews with a career coach (.ics + Google invite); not a hiring process.")


def c20():
    cid, own = "b48-20-offer-call-and-onboarding", "diego.santana@mail.example"
    O = f"Diego Santana <{own}>"
    LA = "America/Los_Angeles"
    role = "Senior Site Reliability Engineer"
    tr = ("Tessa Royce", "tessa.royce@tamarind.example")
    m1 = _mid("c20-1", "tamarind.example")
    i1 = mail(own, T(2026, 8, 3, 16, 30, LA), f"{tr[0]} <{tr[1]}>", O, "Great news from Tamarind Cloud!",
              "Hi Diego,\n\nI'm thrilled to share that the team would like to extend you an offer for the Senior Site "
              "Reliability Engineer role! Your interviews got fantastic feedback across the board.\n\nLet's hop on a "
              "call Thursday at 3pm PT to walk through the offer details - comp, equity and start date. I'll send "
              "an invite.\n\nTessa Royce\nSenior Recruiter | Tamarind Cloud\n(415) 555-0109", msgid=m1)
    s2, e2 = T(2026, 8, 6, 15, 0, LA), T(2026, 8, 6, 15, 30, LA)
    summ = "Offer discussion - Diego Santana (Senior SRE)"
    cal2 = ics("REQUEST", "8offertamarinddiego@google.com", s2, e2, summ, tr, [tr], own,
               description="Walk through offer details: base, equity, sign-on bonus, start date.",
               stamp=T(2026, 8, 3, 16, 45, LA))
    i2 = google_invite(own, T(2026, 8, 3, 16, 45, LA), tr,
                       f"Invitation: {summ} @ Thu Aug 6, 2026 3pm - 3:30pm (PDT) ({own})",
                       gtext(summ, "Thursday Aug 6, 2026 \u22c5 3:00pm \u2013 3:30pm", "Pacific Time - Los Angeles",
                             tr, [tr], own), cal2)
    i3 = mail(own, T(2026, 8, 7, 10, 0, LA), "Tamarind Cloud via SignFlow <sign@signflow.example>", own,
              "Please sign: Offer Letter - Diego Santana",
              "Tessa Royce (Tamarind Cloud) sent you a document to review and sign.\n\nOffer Letter - Senior Site "
              "Reliability Engineer\n\nReview document: https://signflow.example/s/tmr-22190\n\nSignFlow")
    s4, e4 = T(2026, 8, 31, 9, 0, LA), T(2026, 8, 31, 12, 0, LA)
    cal4 = ics("REQUEST", "onboard-20260831-dsantana@tamarind.example", s4, e4, "New Hire Orientation - Week 1",
               ("Tamarind People Team", "people@tamarind.example"), [("Tamarind People Team", "people@tamarind.example")],
               own, description="Welcome! Orientation for new hires starting Aug 31.", tz=LA,
               prodid="-//Tamarind//People Ops//EN")
    i4 = mail(own, T(2026, 8, 14, 11, 0, LA), "Tamarind People Team <people@tamarind.example>", own,
              "Welcome to Tamarind Cloud - your first day",
              "Hi Diego,\n\nWelcome aboard! Your first day is Monday, August 31. New Hire Orientation runs 9am-12pm PT "
              "(invite attached), followed by lunch with your manager.\n\nTamarind People Team", ics_attach=cal4)
    case(cid, own, [("01-offer-news.eml", i1), ("02-invitation-offer-call.eml", i2), ("03-signflow-offer.eml", i3),
                    ("04-onboarding.eml", i4)], [], "hard", "negative/offer",
         "Post-interview offer stage only: offer-walkthrough call invite, e-signature, onboarding orientation.")


def c21():
    cid, own = "b48-21-podcast-and-user-research", "oliver.grant@example.com"
    O = f"Oliver Grant <{own}>"
    NY = "America/New_York"
    host = ("Renee Dubois", "renee@careerswitchers-pod.example")
    s1, e1 = T(2026, 5, 12, 11, 0, NY), T(2026, 5, 12, 12, 0, NY)
    cal1 = ics("REQUEST", "pod-ep118-oliver@careerswitchers-pod.example", s1, e1,
               "Career Switchers Podcast - interview recording with Oliver Grant", host, [host], own,
               description="Episode 118: from teacher to data analyst. Riverside studio link to follow.",
               prodid="-//Career Switchers//EN", tz=NY)
    i1 = mail(own, T(2026, 5, 4, 13, 0, NY), f"{host[0]} <{host[1]}>", O, "Podcast interview - Tue May 12 at 11am ET",
              "Hi Oliver,\n\nThanks so much for agreeing to be interviewed on Career Switchers! We're set for "
              "Tuesday, May 12 at 11am ET for about an hour. We'll talk about your switch into analytics and what "
              "your job interviews were like. Invite attached.\n\nRenee Dubois\nHost, Career Switchers",
              ics_attach=cal1)
    s2, e2 = T(2026, 5, 14, 14, 0, NY), T(2026, 5, 14, 14, 45, NY)
    cal2 = ics("REQUEST", "rs-ses-661204@researchly.example", s2, e2, "Jobly research session: your interview experience",
               ("Researchly", "sessions@researchly.example"), [("Jonah Kim", "jonah.kim@jobly.example")], own,
               description="45-minute user interview about how you prepare for job interviews. $75 gift card.",
               prodid="-//Researchly//Sessions//EN")
    i2 = mail(own, T(2026, 5, 6, 10, 20, NY), "Researchly <sessions@researchly.example>", own,
              "Confirmed: Jobly research session on May 14",
              "Hi Oliver,\n\nThanks for signing up! You're confirmed for a 45-minute research interview with Jonah Kim "
              "(UX Researcher, Jobly) on Thursday, May 14 at 2:00 PM ET. We want to learn how candidates schedule and "
              "prepare for job interviews. As a thank-you you'll receive a $75 gift card.\n\nResearchly",
              ics_attach=cal2)
    i3 = mail(own, T(2026, 5, 11, 16, 0, NY), f"{host[0]} <{host[1]}>", O, "See you tomorrow!",
              "Hi Oliver - see you tomorrow at 11 for the recording! Use headphones if you can.\n\nRenee", alt=False)
    case(cid, own, [("01-podcast-interview.eml", i1), ("02-researchly-session.eml", i2),
                    ("03-podcast-reminder.eml", i3)], [], "hard", "negative/podcast-research",
         "Podcast interview and paid user-research 'interview' about job interviews; 'see you tomorrow at 11'.")


def c22():
    cid, own = "b48-22-visa-appointment-and-relocation", "wei.zhang@mail.example"
    O = f"Wei Zhang <{own}>"
    TO = "America/Toronto"
    i1 = mail(own, T(2026, 6, 22, 9, 0, TO), "Lindenbaum Systems HR <hr@lindenbaum.example>", O,
              "Your work permit - next steps",
              "Hi Wei,\n\nCongratulations again on accepting our offer! To start in Berlin, you'll need your work "
              "visa. Please book the visa interview at the consulate as soon as possible and send us the "
              "confirmation. Our relocation partner will also schedule a call with you.\n\nLindenbaum Systems HR")
    i2 = mail(own, T(2026, 6, 23, 14, 12, TO), "Visa Appointment Service <no-reply@visa-appointments.example>", own,
              "Appointment confirmation - National visa (employment)",
              "Appointment confirmed\n\nApplicant: ZHANG, WEI\nCategory: National visa - employment\nLocation: "
              "Consulate General, 2 Bloor St E, Toronto\nDate/time: Tuesday 14 July 2026, 08:15\n\nPlease arrive 15 "
              "minutes early for your visa interview and bring your passport, contract and two photos.\n\n"
              "This is an automatically generated message.")
    rc = ("Katrin Albers", "katrin.albers@movewell-relocation.example")
    s3, e3 = T(2026, 7, 2, 12, 0, TO), T(2026, 7, 2, 12, 30, TO)
    cal3 = ics("REQUEST", "mw-intro-wzhang-0702@movewell-relocation.example", s3, e3,
               "Relocation intro call - Wei Zhang (Lindenbaum Systems)", rc, [rc], own,
               description="Intro call with your relocation consultant: housing, Anmeldung, bank account.",
               prodid="-//Movewell//Relocation//EN", tz="Europe/Berlin")
    i3 = mail(own, T(2026, 6, 25, 16, 0, "Europe/Berlin"), f"{rc[0]} <{rc[1]}>", O, "Relocation intro call",
              "Hi Wei,\n\nI'm your relocation consultant for the move to Berlin. I've scheduled a 30-minute intro call "
              "on 2 July at 18:00 Berlin time (12:00 in Toronto) - invite attached.\n\nKatrin Albers\nMovewell "
              "Relocation GmbH | +49 30 5550 8812", ics_attach=cal3)
    case(cid, own, [("01-hr-work-permit.eml", i1), ("02-visa-interview-appointment.eml", i2),
                    ("03-relocation-call.eml", i3)], [], "medium", "negative/non-job-interview",
         "After an accepted offer: consulate visa interview appointment and a relocation intro call (.ics).")


# =========================================================================== main
def main():
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11,
              c12, c13, c14, c15, c16, c17, c18, c19, c20, c21, c22):
        f()
    for name in os.listdir(HERE):
        if name.startswith("b48-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    for cid, items in CASES.items():
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fn, data in items:
            with open(os.path.join(d, fn), "wb") as fh:
                fh.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as fh:
        fh.write("# blind48 labels - generated by make_cases.py; do not edit by hand\n")
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=120)
    print(f"{len(CASES)} cases, {sum(len(v['interviews']) for v in LABELS.values())} labelled interviews")


if __name__ == "__main__":
    main()
