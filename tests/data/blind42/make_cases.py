#!/usr/bin/env python3
"""Generate the blind42 evaluation set (look-alikes that say "interview").

Deterministic; stdlib + PyYAML + zoneinfo.  Rewrites every b42-* folder and labels.yaml
next to this file.  All people, companies and domains are invented.
"""
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
UTC = timezone.utc

CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


def Z(name):
    return ZoneInfo(name)


def T(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=Z(tz))


def iso(dt):
    return dt.isoformat() if dt is not None else None


# ------------------------------------------------------------------ iCalendar helpers
VTZ = {
    "America/Chicago": ("-0500", "-0600", "CDT", "CST", "3", "2SU", "11", "1SU"),
    "America/New_York": ("-0400", "-0500", "EDT", "EST", "3", "2SU", "11", "1SU"),
    "Eastern Standard Time": ("-0400", "-0500", None, None, "3", "2SU", "11", "1SU"),
    "W. Europe Standard Time": ("+0200", "+0100", None, None, "3", "-1SU", "10", "-1SU"),
    "GMT Standard Time": ("+0100", "+0000", None, None, "3", "-1SU", "10", "-1SU"),
    "Europe/London": ("+0100", "+0000", "BST", "GMT", "3", "-1SU", "10", "-1SU"),
    "America/Los_Angeles": ("-0700", "-0800", "PDT", "PST", "3", "2SU", "11", "1SU"),
}
WIN2IANA = {
    "Eastern Standard Time": "America/New_York",
    "W. Europe Standard Time": "Europe/Berlin",
    "GMT Standard Time": "Europe/London",
}


def vtimezone(tzid):
    dst, std, dname, sname, dmon, dday, smon, sday = VTZ[tzid]
    win = tzid in WIN2IANA
    out = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    out += ["BEGIN:STANDARD", "DTSTART:16010101T020000" if win else "DTSTART:19701101T020000",
            f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
            f"RRULE:FREQ=YEARLY;{'INTERVAL=1;' if win else ''}BYDAY={sday};BYMONTH={smon}"]
    if sname:
        out.append(f"TZNAME:{sname}")
    out += ["END:STANDARD", "BEGIN:DAYLIGHT",
            "DTSTART:16010101T020000" if win else "DTSTART:19700308T020000",
            f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
            f"RRULE:FREQ=YEARLY;{'INTERVAL=1;' if win else ''}BYDAY={dday};BYMONTH={dmon}"]
    if dname:
        out.append(f"TZNAME:{dname}")
    out += ["END:DAYLIGHT", "END:VTIMEZONE"]
    return out


def esc(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    parts, cur, limit = [], "", 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            parts.append(cur)
            cur, limit = ch, 74
        else:
            cur += ch
    parts.append(cur)
    return "\r\n ".join(parts)


def utcstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics(*, method, uid, start, end, summary, organizer, attendees, tzmode="utc", tzid=None,
        seq=0, status="CONFIRMED", description=None, location=None, stamp, prodid,
        extra=(), cancel=False):
    """attendees: list of (name, email, role, partstat)."""
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    if tzmode == "tzid":
        L += vtimezone(tzid)
    L.append("BEGIN:VEVENT")
    if tzmode == "utc":
        L += [f"DTSTART:{utcstamp(start)}", f"DTEND:{utcstamp(end)}"]
    else:
        L += [f"DTSTART;TZID={tzid}:{start.strftime('%Y%m%dT%H%M%S')}",
              f"DTEND;TZID={tzid}:{end.strftime('%Y%m%dT%H%M%S')}"]
    L += [f"DTSTAMP:{utcstamp(stamp)}", f"UID:{uid}"]
    if organizer:
        L.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for name, email, role, ps in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={name}:mailto:{email}")
    L += [f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}"]
    if description:
        L.append(f"DESCRIPTION:{esc(description)}")
    if location:
        L.append(f"LOCATION:{esc(location)}")
    L += list(extra)
    L += ["TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in L) + "\r\n"


# ------------------------------------------------------------------ e-mail helpers
_mid = [0]


def msgid(domain):
    _mid[0] += 1
    return f"<b42.{_mid[0]:04d}.{(len(domain) * 7919 + _mid[0] * 104729) % 999983:06d}@{domain}>"


def mail(*, frm, to, subject, date, owner, text=None, html=None, cte=None, html_cte=None,
         cc=None, reply_to=None, in_reply_to=None, references=None, mid_domain="mail.example",
         extra_headers=(), cal=None, cal_method=None, layout="alt", attach=None):
    m = EmailMessage()
    m["Delivered-To"] = owner
    m["Return-Path"] = f"<{frm.split('<')[-1].rstrip('>')}>"
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    mid = msgid(mid_domain)
    m["Message-ID"] = mid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in extra_headers:
        m[k] = v
    if text is not None:
        m.set_content(text, cte=cte) if cte else m.set_content(text)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte) if html_cte else m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte) if html_cte else m.set_content(html, subtype="html")
    if cal is not None:
        m.add_alternative(cal, subtype="calendar", params={"method": cal_method})
        if layout == "google":
            m.add_attachment(cal.encode("utf-8"), maintype="application", subtype="ics",
                             filename="invite.ics")
    if attach:
        for fname, data, mt, st in attach:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"=_b42_{_mid[0]:04d}_{n}_{len(subject):03d}")
    return m.as_bytes(policy=POLICY), mid


def add(case, fname, data):
    CASES.setdefault(case, []).append((fname, data if isinstance(data, bytes) else data.encode("utf-8")))


def label(case, user, interviews, difficulty, category, notes):
    LABELS[case] = {
        "user": user,
        "interview": bool(interviews),
        "interviews": interviews,
        "difficulty": difficulty,
        "category": category,
        "notes": notes,
        "source": "synthetic",
    }


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients),
            "kind": kind}


def gcal_text(title, when, tzname, organizer, guests, desc, meet):
    g = "\n".join(f"{n}\n{e}" for n, e in guests)
    return (f"{title}\n{when}\n{tzname}\n\n{desc}\n\nJoin with Google Meet\n{meet}\n\nOrganizer\n"
            f"{organizer[0]}\n{organizer[1]}\n\nGuests\n{g}\nView all guest info "
            f"https://calendar.google.com/calendar/event?action=VIEW&eid=YjQyZXZlbnQ\n\n"
            "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.\n")


def gcal_html(title, when, tzname, organizer, guests, desc, meet):
    g = "<br>".join(f"{n}<br><a href=\"mailto:{e}\">{e}</a>" for n, e in guests)
    d = desc.replace("\n", "<br>")
    return (f"<html><body><div style=\"font-family:Roboto,Arial,sans-serif\"><h3>{title}</h3>"
            f"<p>{when}<br>{tzname}</p><p>{d}</p><p>Join with Google Meet<br><a href=\"{meet}\">{meet}</a></p>"
            f"<p>Organizer<br>{organizer[0]}<br>{organizer[1]}</p><p>Guests<br>{g}</p>"
            "<p style=\"color:#777\">Invitation from Google Calendar</p></div></body></html>")


def fmt12(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d}{'am' if dt.hour < 12 else 'pm'}" if dt.minute else f"{h}{'am' if dt.hour < 12 else 'pm'}"


TEAMS_FOOTER = """
________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_b42{n}%40thread.v2/0>
Meeting ID: 318 552 {n} 907
Passcode: Qx7{n}Lm
________________________________________________________________________________
"""


def teams_footer(n):
    return TEAMS_FOOTER.format(n=n)


# ================================================================== POSITIVES
def c01():
    cid = "b42-01-founder-informal-chat-thread-pst-shorthand"
    owner = "nadia.ferreira@mail.example"
    theo = "theo@lumenloom.example"
    sig = ("--\nTheo Marchetti\nCo-founder & CEO, Lumen Loom\n+1 (415) 555-0193\n"
           "2170 Bryant St, Suite 4, San Francisco, CA 94110\n")
    d1 = T(2026, 3, 9, 10, 12, "America/Los_Angeles")
    b1, m1 = mail(frm=f"Theo Marchetti <{theo}>", to=f"Nadia Ferreira <{owner}>", owner=owner,
                  subject="Informal chat about design at Lumen Loom?", date=d1, mid_domain="lumenloom.example",
                  text=("Hi Nadia,\n\nI came across your case study on the wayfinding redesign for the Denver "
                        "transit app - really lovely work.\n\nWe're hiring our first Senior Product Designer "
                        "at Lumen Loom (we make scheduling software for small clinics, 14 people, seed-funded). "
                        "Would you be up for an informal chat? No prep, no portfolio deck - it's honestly just "
                        "the first step in how we hire: 30 minutes, I tell you what we're building, you tell me "
                        "what you care about, and we both figure out if it's worth going further.\n\n"
                        "Thursday or Friday afternoon this week would be ideal on my side.\n\nCheers,\nTheo\n\n" + sig))
    d2 = T(2026, 3, 10, 8, 47, "America/Los_Angeles")
    b2, _ = mail(frm=f"Theo Marchetti <{theo}>", to=f"Nadia Ferreira <{owner}>", owner=owner,
                 subject="Re: Informal chat about design at Lumen Loom?", date=d2, mid_domain="lumenloom.example",
                 in_reply_to=m1,
                 text=("Perfect - let's lock in Thu 3/12 @ 4:30p PST (so 5:30 your time in Denver). "
                       "I'll call you on the 303 number below, half an hour tops.\n\nTalk soon,\nTheo\n\n" + sig +
                       "\nOn Mon, Mar 9, 2026 at 9:03 PM Nadia Ferreira <" + owner + "> wrote:\n"
                       "> Hi Theo, thanks so much - happy to chat! Thursday works, anything after 3pm\n"
                       "> my time (I'm in Denver). Best number is 303-555-0148.\n> Nadia\n>\n"
                       "> On Mon, Mar 9, 2026 at 10:12 AM Theo Marchetti wrote:\n"
                       ">> We're hiring our first Senior Product Designer at Lumen Loom ...\n"))
    add(cid, "01-theo-informal-chat.eml", b1)
    add(cid, "02-re-informal-chat-confirmed.eml", b2)
    s = T(2026, 3, 12, 16, 30, "America/Los_Angeles")
    label(cid, owner, [iv("Lumen Loom", "Senior Product Designer", s, s + timedelta(minutes=30), "scheduled",
                          [theo], [theo], "hiring_manager")], "hard", "positive/thread-informal-chat",
          "Founder's 'informal chat' is explicitly the first hiring step. 'PST' written loosely on 12 Mar "
          "(after US DST start) -> Pacific daylight time; cross-check '5:30 your time in Denver' (MDT) agrees.")


def c02():
    cid = "b42-02-internal-transfer-meet-the-team-exchange-utc-label"
    owner = "amara.osei@corvane.example.com"
    hs = "helen.strand@corvane.example.com"
    rafael = "rafael.ortega@corvane.example.com"
    sunita = "sunita.rao@corvane.example.com"
    d1 = T(2026, 3, 24, 16, 5, "Europe/London")
    b1, _ = mail(frm="Corvane Internal Mobility <talent-mobility@corvane.example.com>",
                 to=f"Amara Osei <{owner}>", reply_to=f"Helen Strand <{hs}>", owner=owner,
                 subject="Your internal application - Data Platform Lead (R-4471)", date=d1,
                 mid_domain="corvane.example.com",
                 text=("Hi Amara,\n\nThank you for applying internally for Data Platform Lead (R-4471). "
                       "Your current manager has been notified, as per the Internal Moves policy.\n\n"
                       "Rafael Ortega, the hiring manager, would like to have a conversation with you and "
                       "introduce you to part of the team. For internal candidates this conversation is the "
                       "interview stage for the role - it is assessed in the same way as for external "
                       "applicants, so please prepare as you would for any interview. Rafael's office will "
                       "send you a calendar invitation directly.\n\nIf you have questions about the process, "
                       "just reply to this e-mail.\n\nBest wishes,\nHelen Strand\nTalent Partner, Internal "
                       "Mobility\nCorvane Systems | 40 Wharf Road, London N1 7GR | +44 20 7946 0321\n"))
    s = T(2026, 3, 31, 10, 0, "Europe/London")
    e = T(2026, 3, 31, 11, 0, "Europe/London")
    d2 = T(2026, 3, 25, 9, 41, "Europe/London")
    title = "Meet the team - Amara Osei (internal candidate, Data Platform Lead)"
    desc = ("Hi Amara,\n\nLooking forward to this. Sunita and I will talk you through how the platform team "
            "works today and where we want to take it, and we'd like to hear how you would approach the "
            "lakehouse migration. Please treat it as your interview for R-4471.\n\nRafael\n")
    when = "When: Tuesday, March 31, 2026 10:00 AM-11:00 AM (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\nWhere: Microsoft Teams Meeting / Room 3.12 (Wharf Road)\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    cal = ics(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000B42A02", start=s, end=e,
              summary=title, organizer=("Rafael Ortega", rafael),
              attendees=[("Amara Osei", owner, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                         ("Sunita Rao", sunita, "REQ-PARTICIPANT", "NEEDS-ACTION")],
              tzmode="tzid", tzid="GMT Standard Time", description=when + desc, location="Microsoft Teams Meeting; Room 3.12 (Wharf Road)",
              stamp=d2, prodid="Microsoft Exchange Server 2010",
              extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
                     "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"])
    b2, _ = mail(frm=f"Rafael Ortega <{rafael}>", to=f"Amara Osei <{owner}>; Sunita Rao <{sunita}>".replace(";", ","),
                 owner=owner, subject=title, date=d2, mid_domain="EXCH.corvane.example.com",
                 text=when + desc + teams_footer("42"), cte="quoted-printable",
                 html="<html><body><p>" + (when + desc).replace("\n", "<br>") + "</p></body></html>",
                 html_cte="quoted-printable",
                 extra_headers=[("Content-class", "urn:content-classes:calendarmessage"),
                                ("Thread-Topic", title)],
                 cal=cal, cal_method="REQUEST")
    add(cid, "01-internal-mobility-next-step.eml", b1)
    add(cid, "02-meet-the-team-invite.eml", b2)
    label(cid, owner, [iv("Corvane Systems", "Data Platform Lead", s, e, "scheduled", [rafael, sunita],
                          [rafael, sunita], "onsite")], "hard", "positive/internal-transfer-exchange",
          "Internal transfer at the owner's current employer; 'meet the team' conversation is the interview "
          "stage. Exchange label says (UTC+00:00) London but 31 Mar is BST -> +01:00. Two interviewers -> onsite.")


def c03():
    cid = "b42-03-government-panel-conversation-html-base64-dst-end"
    owner = "liam.tran@mail.example"
    jodie = "jodie.farrell@harbourline.example"
    grace = "grace.whitlam@harbourline.example"
    d1 = T(2026, 3, 30, 14, 5, "Australia/Sydney")
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600"><tr><td style="background:#00274d;color:#fff;padding:12px">
<b>Harbourline Transport Authority</b><br>Recruitment Services</td></tr>
<tr><td style="padding:12px">
<p>Dear Liam,</p>
<p><b>Senior Environmental Officer, Grade 9/10 &ndash; Ref HTA-26-0412</b></p>
<p>Thank you for your application and for completing the capability questions. We are pleased to let
you know that you have progressed to the next stage of the recruitment process: a
<b>panel conversation</b> with the selection panel.</p>
<p><b>Date:</b> Tuesday 7 April 2026<br>
<b>Time:</b> half past ten in the morning, Sydney time &ndash; please allow 45 minutes<br>
<b>Location:</b> Level 4, 18 Quarry Street, Parramatta NSW 2150 (report to reception), or via
Microsoft Teams if you let us know in advance</p>
<p>Please note that daylight saving time ends on Sunday 5 April, so the clocks will have gone back
by the date of your conversation.</p>
<p>Your panel will be:</p>
<ul><li>Dr Grace Whitlam, Manager Environment &amp; Sustainability (Convenor) &ndash;
<a href="mailto:{grace}">{grace}</a></li>
<li>Marcus Lee, Principal Environmental Officer</li>
<li>An independent panel member from another NSW agency</li></ul>
<p>The conversation will be behavioural and capability based. You may bring notes. Please bring
photo identification and your original qualifications for sighting.</p>
<p>Please confirm your attendance with your contact officer, Jodie Farrell, on (02) 5550 1234 or at
<a href="mailto:{jodie}">{jodie}</a>, by Thursday 2 April.</p>
<p>Kind regards,<br>Recruitment Services<br>Harbourline Transport Authority<br>
18 Quarry Street, Parramatta NSW 2150</p>
<p style="font-size:11px;color:#666">This e-mail is confidential. The Authority is an equal
employment opportunity employer.</p></td></tr></table></body></html>"""
    b1, m1 = mail(frm="Harbourline Recruitment <recruitment@harbourline.example>", to=f"Liam Tran <{owner}>",
                  reply_to=f"Jodie Farrell <{jodie}>", owner=owner,
                  subject="HTA-26-0412 Senior Environmental Officer - invitation to panel conversation",
                  date=d1, html=html, html_cte="base64", mid_domain="harbourline.example")
    d2 = T(2026, 3, 31, 9, 22, "Australia/Sydney")
    b2, _ = mail(frm=f"Jodie Farrell <{jodie}>", to=f"Liam Tran <{owner}>", owner=owner,
                 subject="RE: HTA-26-0412 Senior Environmental Officer - invitation to panel conversation",
                 date=d2, in_reply_to=m1, mid_domain="harbourline.example",
                 text=("Hi Liam,\n\nThanks for confirming - you're locked in for 10:30am on Tuesday 7 April, in "
                       "person at Parramatta. I'll meet you at reception on Level 4.\n\nKind regards\n\n"
                       "Jodie Farrell\nRecruitment Officer | Harbourline Transport Authority\n"
                       "T (02) 5550 1234 | 18 Quarry Street, Parramatta NSW 2150\n\n"
                       "-----Original Message-----\nFrom: Liam Tran <" + owner + ">\n"
                       "Sent: Monday, 30 March 2026 9:58 PM\nTo: Jodie Farrell <" + jodie + ">\n"
                       "Subject: Re: HTA-26-0412 Senior Environmental Officer - invitation to panel conversation\n\n"
                       "Hi Jodie,\nI'd like to confirm my attendance on 7 April at 10:30, in person.\n"
                       "Many thanks,\nLiam Tran\n"))
    add(cid, "01-invitation-panel-conversation.eml", b1)
    add(cid, "02-re-confirmed.eml", b2)
    s = T(2026, 4, 7, 10, 30, "Australia/Sydney")
    label(cid, owner, [iv("Harbourline Transport Authority", "Senior Environmental Officer", s,
                          s + timedelta(minutes=45), "scheduled", [grace], [grace], "onsite")],
          "hard", "positive/government-panel-html",
          "State-government employer; 'panel conversation' = panel interview. HTML-only base64 body, "
          "'half past ten'. Sent during AEDT (+11), interview after DST ends 5 Apr -> +10:00. Only the "
          "convenor's address is given.")


def c04():
    cid = "b42-04-ashby-intro-then-second-working-session-google"
    owner = "ife.adeyemi@example.com"
    maren = "maren.holt@quillfeather.example"
    owen = "owen.petrakis@quillfeather.example"
    lucia = "lucia.brandt@quillfeather.example"
    s1 = T(2026, 4, 20, 9, 0, "America/Chicago")
    e1 = s1 + timedelta(minutes=30)
    d1 = T(2026, 4, 15, 11, 14, "America/Chicago")
    cal1 = ics(method="REQUEST", uid="ashby-b42-7f3c1e@ashby.example", start=s1, end=e1,
               summary="Intro conversation: Ife Adeyemi <> Quillfeather Analytics",
               organizer=("Maren Holt", maren),
               attendees=[("Ife Adeyemi", owner, "REQ-PARTICIPANT", "NEEDS-ACTION")],
               tzmode="tzid", tzid="America/Chicago",
               description="Phone call - Maren will call you at the number on your application.",
               location="Phone call", stamp=d1, prodid="-//Ashby//Scheduling//EN")
    b1, _ = mail(frm="Quillfeather Analytics <no-reply@ashby.example>", to=owner,
                 reply_to=f"Maren Holt <{maren}>", owner=owner, date=d1, mid_domain="ashby.example",
                 subject="Confirmed: your conversation with Quillfeather Analytics",
                 text=("Hi Ife,\n\nYour conversation with Quillfeather Analytics is confirmed.\n\n"
                       "Intro conversation with Maren Holt (Talent Partner)\n"
                       "Analytics Engineer\nMonday, April 20, 2026\n9:00 AM - 9:30 AM CDT\n"
                       "Phone call - Maren will call you\n\nA calendar file is attached. Need to make a change? "
                       "Reply to this e-mail and Maren will help.\n\nPowered by Ashby\n"),
                 html=("<html><body><p>Hi Ife,</p><p>Your conversation with <b>Quillfeather Analytics</b> is "
                       "confirmed.</p><table><tr><td><b>Intro conversation with Maren Holt (Talent Partner)</b>"
                       "<br>Analytics Engineer<br>Monday, April 20, 2026<br>9:00 AM - 9:30 AM CDT<br>Phone call"
                       "</td></tr></table><p style=\"color:#888\">Powered by Ashby</p></body></html>"),
                 attach=[("invite.ics", cal1.encode(), "text", "calendar")])
    d2 = T(2026, 4, 20, 15, 40, "America/Chicago")
    b2, m2 = mail(frm=f"Maren Holt <{maren}>", to=f"Ife Adeyemi <{owner}>", owner=owner, date=d2,
                  mid_domain="quillfeather.example", subject="Next step - Analytics Engineer",
                  text=("Hi Ife,\n\nGreat catching up this morning! I shared my notes with the team and they'd "
                        "love to move you forward to the second stage: a 90-minute working session with two of "
                        "our analytics engineers, Owen and Lucia. You'll pair with them on a small dbt model and "
                        "talk through trade-offs - no prep needed beyond having a laptop with a browser.\n\n"
                        "Could you send me a few windows that work next Tuesday-Thursday (Apr 28-30)?\n\n"
                        "Best,\nMaren\n\nMaren Holt | Talent Partner\nQuillfeather Analytics\n"
                        "+1 312 555 0177 | 600 W Fulton St, Chicago, IL 60661\n"))
    s2 = T(2026, 4, 29, 13, 0, "America/Chicago")
    e2 = T(2026, 4, 29, 14, 30, "America/Chicago")
    d3 = T(2026, 4, 22, 10, 3, "America/Chicago")
    title = "Working session: Ife Adeyemi <> Quillfeather (Analytics Engineer, round 2)"
    when = "Wednesday Apr 29, 2026 \u22c5 1pm \u2013 2:30pm"
    tzname = "Central Time - Chicago"
    guests = [("Maren Holt - organizer", maren), ("Owen Petrakis", owen), ("Lucia Brandt", lucia), ("Ife Adeyemi", owner)]
    desc = ("Second-round working session with Owen and Lucia (Analytics Engineering). Maren won't join the "
            "call. Bring a laptop; you'll get a shared repo link at the start.")
    meet = "https://meet.google.com/qfa-wrks-b42"
    cal2 = ics(method="REQUEST", uid="3kq9b42working0session@google.com", start=s2, end=e2, summary=title,
               organizer=("Maren Holt", maren),
               attendees=[("Owen Petrakis", owen, "REQ-PARTICIPANT", "ACCEPTED"),
                          ("Lucia Brandt", lucia, "REQ-PARTICIPANT", "ACCEPTED"),
                          ("Ife Adeyemi", owner, "REQ-PARTICIPANT", "NEEDS-ACTION")],
               tzmode="utc", description=desc, location=meet, stamp=d3,
               prodid="-//Google Inc//Google Calendar 70.9054//EN")
    b3, _ = mail(frm=f"Maren Holt <{maren}>", to=owner, reply_to=f"Maren Holt <{maren}>", owner=owner,
                 date=d3, mid_domain="google.com",
                 subject=f"Invitation: {title} @ Wed Apr 29, 2026 1pm - 2:30pm (CDT) ({owner})",
                 text=gcal_text(title, when, tzname, ("Maren Holt", maren), guests, desc, meet),
                 cte="base64", html=gcal_html(title, when, tzname, ("Maren Holt", maren), guests, desc, meet),
                 html_cte="quoted-printable", cal=cal2, cal_method="REQUEST", layout="google",
                 extra_headers=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    add(cid, "01-ashby-intro-conversation-confirmed.eml", b1)
    add(cid, "02-maren-next-step.eml", b2)
    add(cid, "03-invitation-working-session.eml", b3)
    label(cid, owner, [
        iv("Quillfeather Analytics", "Analytics Engineer", s1, e1, "scheduled", [maren], [maren], "phone_screen"),
        iv("Quillfeather Analytics", "Analytics Engineer", s2, e2, "scheduled", [owen, lucia], [owen, lucia], "onsite"),
    ], "medium", "positive/two-interviews-second-round",
        "Two interviews for the same job: recruiter 'intro conversation' (Ashby + .ics) and a second-round "
        "'working session' (Google invite, UTC .ics) with two engineers; the recruiter does not join round 2.")


def c05():
    cid = "b42-05-tokyo-portfolio-walkthrough-booked-then-cancelled"
    owner = "sofia.lindqvist@mail.example"
    haruto = "haruto.mori@ishiguropark.example"
    sig = ("\n\u68ee \u967d\u6597 Haruto Mori\nCreative Director | Ishiguro & Park Design\n"
           "3-14-2 Jingumae, Shibuya-ku, Tokyo 150-0001\nTel +81 3-5555-0142\n")
    d1 = T(2026, 5, 7, 18, 20, "Asia/Tokyo")
    b1, m1 = mail(frm=f"Haruto Mori <{haruto}>", to=f"Sofia Lindqvist <{owner}>", owner=owner, date=d1,
                  mid_domain="ishiguropark.example", subject="Senior Visual Designer - portfolio walk-through",
                  text=("Dear Sofia,\n\nThank you for your application for the Senior Visual Designer position "
                        "(remote, Europe-based). We enjoyed your work for the Malmo harbour festival.\n\n"
                        "The next step is a portfolio walk-through with me: 45 minutes, you present two or "
                        "three projects and we discuss your process. For us this is the main interview for the "
                        "role. Please choose a slot that works for you here:\n"
                        "https://savvycal.example/ishiguropark/walkthrough\n\nBest regards,\n" + sig))
    s = T(2026, 5, 14, 14, 0, "Asia/Tokyo")
    e = s + timedelta(minutes=45)
    sb = s.astimezone(Z("Europe/Berlin"))
    eb = e.astimezone(Z("Europe/Berlin"))
    d2 = T(2026, 5, 7, 21, 2, "Europe/Berlin")
    cal = ics(method="REQUEST", uid="sc-b42-77d1a0@savvycal.example", start=s, end=e,
              summary="Portfolio walk-through (Ishiguro & Park) - Sofia Lindqvist",
              organizer=("Haruto Mori", haruto),
              attendees=[("Sofia Lindqvist", owner, "REQ-PARTICIPANT", "ACCEPTED")], tzmode="utc",
              description="Google Meet: https://meet.google.com/ipd-walk-b42", location="https://meet.google.com/ipd-walk-b42",
              stamp=d2, prodid="-//SavvyCal//Scheduling//EN")
    b2, _ = mail(frm="SavvyCal <notifications@savvycal.example>", to=owner, owner=owner, date=d2,
                 mid_domain="savvycal.example", reply_to=f"Haruto Mori <{haruto}>",
                 subject="Confirmed: Portfolio walk-through with Haruto Mori",
                 text=("You're scheduled!\n\nPortfolio walk-through (45 min)\nwith Haruto Mori, Ishiguro & Park Design\n\n"
                       f"{s:%A, %B} {s.day}, {s:%Y} \u00b7 {s:%H:%M} \u2013 {e:%H:%M} Japan Standard Time\n"
                       f"({sb:%H:%M} \u2013 {eb:%H:%M} Central European Summer Time)\n\n"
                       "Location: Google Meet - https://meet.google.com/ipd-walk-b42\n\n"
                       "Need to make changes? Reschedule or cancel: https://savvycal.example/m/77d1a0\n"),
                 attach=[("event.ics", cal.encode(), "text", "calendar")])
    d3 = T(2026, 5, 11, 10, 45, "Asia/Tokyo")
    b3, _ = mail(frm=f"Haruto Mori <{haruto}>", to=f"Sofia Lindqvist <{owner}>", owner=owner, date=d3,
                 mid_domain="ishiguropark.example", in_reply_to=m1,
                 subject="Re: Senior Visual Designer - portfolio walk-through",
                 text=("Dear Sofia,\n\nI am very sorry, but I have to cancel our walk-through on Thursday. "
                       "Following a budget review last Friday the Senior Visual Designer position has been put "
                       "on hold, and we do not want to take your time while we cannot hire. I have cancelled the "
                       "booking on my side.\n\nIf the role reopens later this year I will write to you first.\n\n"
                       "With apologies and best regards,\n" + sig))
    add(cid, "01-haruto-portfolio-walkthrough.eml", b1)
    add(cid, "02-savvycal-confirmed.eml", b2)
    add(cid, "03-re-cancelled-role-on-hold.eml", b3)
    label(cid, owner, [iv("Ishiguro & Park Design", "Senior Visual Designer", s, e, "cancelled", [haruto],
                          [haruto], "hiring_manager")], "medium", "positive/cancellation-by-email",
          "Portfolio 'walk-through' = main interview; booked via a scheduling vendor (JST + CEST shown, UTC "
          ".ics), then cancelled by the interviewer in a plain reply (role on hold).")


def c06():
    cid = "b42-06-german-klinik-kennenlerngespraech-exchange-cancel"
    owner = "lena.hartmann@mail.example"
    petra = "petra.vogel@klinikum-isarhoehe.example"
    kuhn = "stefan.kuhn@klinikum-isarhoehe.example"
    s = T(2026, 10, 27, 14, 0, "Europe/Berlin")
    e = T(2026, 10, 27, 15, 0, "Europe/Berlin")
    d1 = T(2026, 10, 14, 11, 30, "Europe/Berlin")
    title = "Kennenlerngespr\u00e4ch Stationsleitung Kardiologie - Frau Hartmann"
    when = ("Wann: Dienstag, 27. Oktober 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, "
            "Stockholm, Wien\nWo: Klinikum Isarh\u00f6he, Haus B, 2. OG, Besprechungsraum Pflegedirektion\n\n*~*~*~*~*~*~*~*~*~*\n\n")
    desc = ("Sehr geehrte Frau Hartmann,\n\nwie telefonisch besprochen laden wir Sie herzlich zu einem "
            "pers\u00f6nlichen Kennenlerngespr\u00e4ch f\u00fcr die Position Stationsleitung Kardiologie (m/w/d) "
            "ein. Am Gespr\u00e4ch nehmen neben mir Herr Chefarzt Dr. Stefan Kuhn teil. Wir freuen uns, Sie am "
            "Dienstag, 27.10., um 14:00 Uhr kennenzulernen; bitte planen Sie etwa eine Stunde ein. "
            "Im Anschluss zeigen wir Ihnen gern die Station.\n\nMit freundlichen Gr\u00fc\u00dfen\n"
            "Petra Vogel\nPflegedirektorin\nKlinikum Isarh\u00f6he | Isarh\u00f6henweg 12 | 81479 M\u00fcnchen\n"
            "Tel. 089 5550 3310\n")
    common = dict(uid="040000008200E00074C5B7101A82E00800000000B42A06", start=s, end=e,
                  organizer=("Petra Vogel", petra),
                  attendees=[("Lena Hartmann", owner, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                             ("Dr. Stefan Kuhn", kuhn, "REQ-PARTICIPANT", "ACCEPTED")],
                  tzmode="tzid", tzid="W. Europe Standard Time",
                  location="Klinikum Isarh\u00f6he, Haus B, 2. OG", prodid="Microsoft Exchange Server 2010")
    cal1 = ics(method="REQUEST", summary=title, description=when + desc, stamp=d1, seq=0,
               extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY"], **common)
    b1, _ = mail(frm=f"\"Vogel, Petra\" <{petra}>", to=f"Lena Hartmann <{owner}>, \"Kuhn, Stefan Dr.\" <{kuhn}>",
                 owner=owner, subject=title, date=d1, mid_domain="klinikum-isarhoehe.example",
                 text=when + desc, cte="quoted-printable",
                 html="<html><body><p>" + (when + desc).replace("\n", "<br>") + "</p></body></html>",
                 html_cte="quoted-printable", cal=cal1, cal_method="REQUEST",
                 extra_headers=[("Content-class", "urn:content-classes:calendarmessage"),
                                ("Content-Language", "de-DE")])
    d2 = T(2026, 10, 22, 8, 55, "Europe/Berlin")
    cdesc = ("Sehr geehrte Frau Hartmann,\n\nleider m\u00fcssen wir unser Kennenlerngespr\u00e4ch am "
             "27.10. absagen: Die Stelle wird intern nachbesetzt. Wir bedauern das sehr und bedanken uns f\u00fcr "
             "Ihr Interesse an unserem Haus.\n\nMit freundlichen Gr\u00fc\u00dfen\nPetra Vogel\n")
    cal2 = ics(method="CANCEL", summary="Abgesagt: " + title, description=when + cdesc, stamp=d2, seq=1,
               status="CANCELLED", extra=["X-MICROSOFT-CDO-BUSYSTATUS:FREE", "X-MICROSOFT-CDO-IMPORTANCE:2"],
               **common)
    b2, _ = mail(frm=f"\"Vogel, Petra\" <{petra}>", to=f"Lena Hartmann <{owner}>, \"Kuhn, Stefan Dr.\" <{kuhn}>",
                 owner=owner, subject="Abgesagt: " + title, date=d2, mid_domain="klinikum-isarhoehe.example",
                 text=when + cdesc, cte="quoted-printable",
                 html="<html><body><p>" + (when + cdesc).replace("\n", "<br>") + "</p></body></html>",
                 html_cte="quoted-printable", cal=cal2, cal_method="CANCEL",
                 extra_headers=[("Content-class", "urn:content-classes:calendarmessage"),
                                ("Importance", "high")])
    add(cid, "01-einladung-kennenlerngespraech.eml", b1)
    add(cid, "02-abgesagt-kennenlerngespraech.eml", b2)
    label(cid, owner, [iv("Klinikum Isarh\u00f6he", "Stationsleitung Kardiologie", s, e, "cancelled",
                          [petra, kuhn], [petra, kuhn], "onsite")], "hard", "positive/cancellation-exchange-german",
          "German 'Kennenlerngespraech' (get-to-know-you conversation) is the job interview; Exchange REQUEST "
          "then METHOD:CANCEL. 27 Oct is after EU DST end -> +01:00. Two interviewers -> onsite.")


def c07():
    cid = "b42-07-agency-forward-coffee-catch-up-noon-toronto"
    owner = "marcus.bell@example.com"
    chloe = "chloe.nguyen@pillarstonetalent.example"
    sasha = "sasha.ilic@brightmoor.example"
    sig = ("Chloe Nguyen\nSenior Consultant, Supply Chain | Pillarstone Talent\nM 416-555-0129 | "
           "200 Adelaide St W, Suite 900, Toronto ON M5H 1W7\n")
    d0 = T(2026, 10, 19, 17, 2, "America/Toronto")
    d1 = T(2026, 10, 20, 9, 15, "America/Toronto")
    b1, m1 = mail(frm=f"Chloe Nguyen <{chloe}>", to=f"Marcus Bell <{owner}>", owner=owner, date=d1,
                  mid_domain="pillarstonetalent.example", subject="Fwd: Catch-up with Marcus?",
                  text=("Morning Marcus,\n\nGood news - see below from Sasha at Brightmoor. Don't be fooled by "
                        "the word 'catch-up': this is their first-round interview for the Operations Manager "
                        "role at the Mississauga DC, so come prepared (KPIs from the Brampton site, the WMS "
                        "cut-over story, etc.).\n\nSo that's Tuesday October 27, at noon, Balzac's on Front "
                        "St. Sasha has blocked 45 minutes.\n\nAny questions give me a call.\n\n" + sig +
                        "\n---------- Forwarded message ---------\n"
                        f"From: Sasha Ilic <{sasha}>\nDate: {format_datetime(d0)}\n"
                        f"Subject: Re: Catch-up with Marcus?\nTo: Chloe Nguyen <{chloe}>\n\n"
                        "Hi Chloe,\n\nThanks for sending Marcus's profile - his Brampton experience is exactly "
                        "what we need. Happy to do an informal catch-up over coffee as our first-round "
                        "interview. Tuesday the 27th at 12 noon works, Balzac's on Front St (I'm in the "
                        "office next door). I'll block 45 min.\n\nSasha\n\nSasha Ilic | Director, Distribution "
                        "Operations | Brightmoor Logistics\n905-555-0164\n"))
    d2 = T(2026, 10, 26, 16, 40, "America/Toronto")
    b2, _ = mail(frm=f"Chloe Nguyen <{chloe}>", to=f"Marcus Bell <{owner}>", owner=owner, date=d2,
                 mid_domain="pillarstonetalent.example", subject="Re: Fwd: Catch-up with Marcus?", in_reply_to=m1,
                 text=("Hi Marcus,\n\nQuick reminder for tomorrow - noon with Sasha at Balzac's on Front. "
                       "Ask her about the second shift they're adding in January. Call me afterwards!\n\n" + sig))
    add(cid, "01-fwd-catch-up-with-marcus.eml", b1)
    add(cid, "02-reminder-tomorrow-noon.eml", b2)
    s = T(2026, 10, 27, 12, 0, "America/Toronto")
    label(cid, owner, [iv("Brightmoor Logistics", "Operations Manager", s, s + timedelta(minutes=45),
                          "scheduled", [sasha], [sasha], "hiring_manager")], "medium", "positive/agency-forwarded",
          "Agency recruiter forwards the client's 'catch-up over coffee' which is explicitly the first-round "
          "interview; 'noon' in Toronto on 27 Oct (still EDT, -04:00). Interviewer address only in the forwarded header.")


def c08():
    cid = "b42-08-auckland-meet-and-greet-gcal-json-dst-start"
    owner = "aroha.williams@mail.example"
    ben = "ben.kowalczyk@tuatarafreight.example"
    hemi = "hemi.parata@tuatarafreight.example"
    d1 = T(2026, 9, 22, 14, 10, "Pacific/Auckland")
    b1, _ = mail(frm=f"Ben Kowalczyk <{ben}>", to=f"Aroha Williams <{owner}>", owner=owner, date=d1,
                 mid_domain="tuatarafreight.example", subject="Customer Success Lead - meet & greet with Hemi",
                 text=("Kia ora Aroha,\n\nThanks for your time on the phone yesterday. As promised, the next "
                       "step is a meet & greet with Hemi Parata, our Head of Customer (the role reports to "
                       "him). It's relaxed, but it is the first formal interview in our process, so have a "
                       "think about a tricky account you turned around.\n\nMonday 28 Sept at 9.30am, at our "
                       "Parnell office (Level 2, 77 St Georges Bay Road). Allow an hour. I'll say hello and "
                       "then leave you two to it. I've sent a calendar invite.\n\nHeads up - daylight saving "
                       "starts on Sunday 27th, so don't be an hour early!\n\nNga mihi,\nBen Kowalczyk\n"
                       "Talent Acquisition | Tuatara Freight\n+64 9 555 0187\n"))
    s = T(2026, 9, 28, 9, 30, "Pacific/Auckland")
    e = T(2026, 9, 28, 10, 30, "Pacific/Auckland")
    ev = {
        "kind": "calendar#event", "etag": "\"3381042206612000\"", "id": "b42mg0aroha28sep",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=YjQybWcwYXJvaGEyOHNlcA",
        "created": "2026-09-22T01:58:11.000Z", "updated": "2026-09-22T02:03:40.118Z",
        "summary": "Meet & greet - Aroha Williams (Customer Success Lead)",
        "description": "Ben to intro, then Hemi and Aroha chat about the Customer Success Lead role.\n"
                       "Reception: Level 2, 77 St Georges Bay Road, Parnell.",
        "location": "Tuatara Freight, Level 2, 77 St Georges Bay Road, Parnell, Auckland",
        "creator": {"email": ben, "displayName": "Ben Kowalczyk"},
        "organizer": {"email": ben, "displayName": "Ben Kowalczyk"},
        "start": {"dateTime": s.isoformat(), "timeZone": "Pacific/Auckland"},
        "end": {"dateTime": e.isoformat(), "timeZone": "Pacific/Auckland"},
        "iCalUID": "b42mg0aroha28sep@google.com", "sequence": 0,
        "attendees": [
            {"email": ben, "displayName": "Ben Kowalczyk", "organizer": True, "responseStatus": "accepted"},
            {"email": hemi, "displayName": "Hemi Parata", "responseStatus": "accepted"},
            {"email": owner, "displayName": "Aroha Williams", "self": True, "responseStatus": "accepted"},
        ],
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    add(cid, "01-ben-meet-and-greet.eml", b1)
    add(cid, "02-meet-and-greet.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")
    label(cid, owner, [iv("Tuatara Freight", "Customer Success Lead", s, e, "scheduled", [hemi], [hemi],
                          "hiring_manager")], "medium", "positive/dedupe-gcal-json",
          "'Meet & greet' with the hiring manager is the first formal interview; mail + Calendar API event = one. "
          "Day after NZ DST start (27 Sep) -> +13:00. Recruiter only introduces.")


def c09():
    cid = "b42-09-french-premier-echange-14h-qp-reply"
    owner = "camille.roux@mail.example"
    elo = "elodie.martin@boreal-energie.example"
    sig = ("Elodie Martin\nCharg\u00e9e de recrutement | Bor\u00e9al \u00c9nergie\n"
           "45 quai Rambaud, 69002 Lyon\nT\u00e9l. : +33 4 72 55 01 38\n")
    d1 = T(2026, 10, 21, 10, 5, "Europe/Paris")
    b1, m1 = mail(frm=f"Elodie Martin <{elo}>", to=f"Camille Roux <{owner}>", owner=owner, date=d1,
                  mid_domain="boreal-energie.example",
                  subject="Votre candidature - Charg\u00e9(e) d'affaires Grands Comptes",
                  text=("Bonjour Camille,\n\nMerci pour votre candidature au poste de Charg\u00e9(e) d'affaires "
                        "Grands Comptes. Votre parcours a retenu notre attention et je vous propose un premier "
                        "\u00e9change t\u00e9l\u00e9phonique d'environ 30 minutes, pour faire connaissance, vous "
                        "pr\u00e9senter le poste et r\u00e9pondre \u00e0 vos questions.\n\nSeriez-vous "
                        "disponible mardi 27 octobre \u00e0 14h ou mercredi 28 octobre \u00e0 10h ?\n\n"
                        "Bien cordialement,\n\n" + sig), cte="quoted-printable")
    d2 = T(2026, 10, 22, 9, 12, "Europe/Paris")
    b2, _ = mail(frm=f"Elodie Martin <{elo}>", to=f"Camille Roux <{owner}>", owner=owner, date=d2,
                 mid_domain="boreal-energie.example", in_reply_to=m1,
                 subject="RE: Votre candidature - Charg\u00e9(e) d'affaires Grands Comptes",
                 text=("Bonjour Camille,\n\nC'est not\u00e9 pour mardi 27/10 \u00e0 14h : je vous appellerai "
                        "au 06 55 50 12 34. Petit rappel : nous passons \u00e0 l'heure d'hiver ce week-end.\n\n"
                        "\u00c0 mardi,\n\n" + sig + "\n\nDe : Camille Roux <" + owner + ">\n"
                        "Envoy\u00e9 : mercredi 21 octobre 2026 18:47\n\u00c0 : Elodie Martin <" + elo + ">\n"
                        "Objet : Re: Votre candidature - Charg\u00e9(e) d'affaires Grands Comptes\n\n"
                        "Bonjour Elodie,\n\nMerci pour votre retour. Mardi 14h me convient parfaitement.\n\n"
                        "Bien \u00e0 vous,\nCamille Roux\n"), cte="quoted-printable")
    add(cid, "01-premier-echange-proposition.eml", b1)
    add(cid, "02-re-confirmation-mardi-14h.eml", b2)
    s = T(2026, 10, 27, 14, 0, "Europe/Paris")
    label(cid, owner, [iv("Bor\u00e9al \u00c9nergie", "Charg\u00e9(e) d'affaires Grands Comptes", s,
                          s + timedelta(minutes=30), "scheduled", [elo], [elo], "phone_screen")],
          "medium", "positive/thread-french",
          "French 'premier echange telephonique' (first conversation) = recruiter screen; '14h' chosen in the "
          "quoted reply; 27 Oct after EU DST end -> +01:00. Quoted-printable bodies.")


# ================================================================== NEGATIVES
def c10():
    cid = "b42-10-exit-interview-current-job-teams"
    owner = "rachel.kim@ortolan.example.com"
    hr = "gabriela.soto@ortolan.example.com"
    d1 = T(2026, 6, 3, 11, 20, "America/New_York")
    b1, _ = mail(frm=f"Gabriela Soto <{hr}>", to=f"Rachel Kim <{owner}>", owner=owner, date=d1,
                 mid_domain="ortolan.example.com", subject="Your last day at Ortolan - next steps",
                 text=("Hi Rachel,\n\nWe received your resignation and Jamal confirmed your last day as Friday, "
                       "June 12. We're sorry to see you go, and congratulations on the new role!\n\n"
                       "A few things before you leave:\n- Laptop and badge return: IT will book a slot with you.\n"
                       "- Final paycheck and PTO payout land on June 19.\n- Exit interview: I'll send an invite "
                       "for your last afternoon, 2pm ET, 30 minutes. It's confidential and helps us understand "
                       "why people leave.\n\nThanks,\nGabriela Soto\nHR Business Partner | Ortolan Health\n"
                       "(617) 555-0102\n"))
    s = T(2026, 6, 12, 14, 0, "America/New_York")
    e = s + timedelta(minutes=30)
    title = "Exit Interview - Rachel Kim"
    when = "When: Friday, June 12, 2026 2:00 PM-2:30 PM (UTC-05:00) Eastern Time (US & Canada).\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    desc = ("Hi Rachel, this is your confidential exit interview. We'll cover your reasons for leaving, your "
            "experience with your manager and team, and anything we could do better. Gabriela\n")
    cal = ics(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000B42A10", start=s, end=e,
              summary=title, organizer=("Gabriela Soto", hr),
              attendees=[("Rachel Kim", owner, "REQ-PARTICIPANT", "NEEDS-ACTION")], tzmode="tzid",
              tzid="Eastern Standard Time", description=when + desc, location="Microsoft Teams Meeting",
              stamp=d1 + timedelta(minutes=6), prodid="Microsoft Exchange Server 2010",
              extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])
    b2, _ = mail(frm=f"Gabriela Soto <{hr}>", to=f"Rachel Kim <{owner}>", owner=owner,
                 date=d1 + timedelta(minutes=6), mid_domain="ortolan.example.com", subject=title,
                 text=when + desc + teams_footer("10"), cte="quoted-printable", cal=cal, cal_method="REQUEST",
                 extra_headers=[("Content-class", "urn:content-classes:calendarmessage")])
    add(cid, "01-last-day-next-steps.eml", b1)
    add(cid, "02-exit-interview-invite.eml", b2)
    label(cid, owner, [], "hard", "negative/exit-interview",
          "HR exit interview at the job the owner is leaving; not a hiring process where the owner is a candidate.")


def c11():
    cid = "b42-11-performance-review-google-invite"
    owner = "dev.patel@halcyonlabs.example.com"
    mgr = "morgan.reyes@halcyonlabs.example.com"
    s = T(2026, 7, 16, 15, 0, "America/Denver")
    e = s + timedelta(minutes=60)
    d = T(2026, 7, 8, 9, 30, "America/Denver")
    title = "H1 performance review - Dev / Morgan"
    when = "Thursday Jul 16, 2026 \u22c5 3pm \u2013 4pm"
    tzname = "Mountain Time - Denver"
    desc = ("Dev - time for our H1 review conversation. Please finish your self-assessment in Lattice by "
            "Monday. We'll go through your goals, peer feedback, the calibration outcome and your promotion "
            "case for Staff Engineer. Think of it less as an interview and more as a two-way conversation.")
    meet = "https://meet.google.com/hlb-perf-b42"
    guests = [("Morgan Reyes - organizer", mgr), ("Dev Patel", owner)]
    cal = ics(method="REQUEST", uid="b42perfreview0716@google.com", start=s, end=e, summary=title,
              organizer=("Morgan Reyes", mgr), attendees=[("Dev Patel", owner, "REQ-PARTICIPANT", "NEEDS-ACTION")],
              description=desc, location=meet, stamp=d, prodid="-//Google Inc//Google Calendar 70.9054//EN")
    b, _ = mail(frm=f"Morgan Reyes <{mgr}>", to=owner, owner=owner, date=d, mid_domain="google.com",
                subject=f"Invitation: {title} @ Thu Jul 16, 2026 3pm - 4pm (MDT) ({owner})",
                text=gcal_text(title, when, tzname, ("Morgan Reyes", mgr), guests, desc, meet),
                html=gcal_html(title, when, tzname, ("Morgan Reyes", mgr), guests, desc, meet),
                cal=cal, cal_method="REQUEST", layout="google",
                extra_headers=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    add(cid, "01-invitation-h1-performance-review.eml", b)
    label(cid, owner, [], "medium", "negative/performance-review",
          "Manager's performance review invite (mentions 'interview', 'promotion case'); not a job interview.")


def c12():
    cid = "b42-12-kindergarten-family-interview-ics"
    owner = "helena.novak@mail.example"
    adm = "admissions@lindenhillschool.example"
    s = T(2026, 11, 14, 9, 45, "America/New_York")
    e = s + timedelta(minutes=60)
    d = T(2026, 10, 28, 13, 2, "America/New_York")
    cal = ics(method="PUBLISH", uid="lhs-adm-b42-2201@lindenhillschool.example", start=s, end=e,
              summary="Linden Hill School - Family Interview & Play Visit (Oskar Novak)",
              organizer=("Linden Hill Admissions", adm),
              attendees=[("Helena Novak", owner, "REQ-PARTICIPANT", "ACCEPTED")], tzmode="tzid",
              tzid="America/New_York", description="Parent interview with the Director of Admissions; play-based visit for Oskar in the K classroom.",
              location="Linden Hill School, Admissions Office, 31 Orchard Lane, Montclair NJ", stamp=d,
              prodid="-//Ravenna Admissions//EN")
    b, _ = mail(frm="Linden Hill School Admissions <admissions@lindenhillschool.example>",
                to=f"Helena Novak <{owner}>", owner=owner, date=d, mid_domain="lindenhillschool.example",
                subject="Confirmed: Family Interview for Oskar - Kindergarten 2027-28",
                text=("Dear Ms. Novak,\n\nThank you for applying to Linden Hill School for Kindergarten "
                      "2027-28. Your family interview and Oskar's play visit are confirmed:\n\n"
                      "Saturday, November 14, 2026 at 9:45 a.m. (please allow one hour)\n"
                      "Admissions Office, 31 Orchard Lane, Montclair NJ\n\n"
                      "Both parents/guardians are warmly invited to interview with our Director of Admissions, "
                      "Ms. Adaeze Okoro, while Oskar spends time with our kindergarten teachers. There is "
                      "nothing to prepare - we simply want to get to know your family.\n\nA calendar file is "
                      "attached.\n\nWarmly,\nOffice of Admission\nLinden Hill School\n(973) 555-0140\n"),
                attach=[("family-interview.ics", cal.encode(), "text", "calendar")])
    add(cid, "01-confirmed-family-interview.eml", b)
    label(cid, owner, [], "medium", "negative/school-admission-interview",
          "School admission interview for the owner's child (with .ics); not a job interview.")


def c13():
    cid = "b42-13-tenant-interview-landlord-thread"
    owner = "sam.okafor@mail.example"
    pm = "lettings@harrowgateproperty.example"
    d1 = T(2026, 4, 1, 12, 30, "Europe/London")
    b1, m1 = mail(frm=f"Harrowgate Property Lettings <{pm}>", to=f"Sam Okafor <{owner}>", owner=owner,
                  date=d1, mid_domain="harrowgateproperty.example",
                  subject="Flat 3, 22 Larch Street - viewing and tenant interview",
                  text=("Dear Sam,\n\nThank you for your enquiry about Flat 3, 22 Larch Street (2 bed, "
                        "GBP 1,650 pcm). The landlord, Mr Pereira, likes to meet every prospective tenant in person "
                        "before offering a tenancy, so we combine the viewing with a short tenant interview "
                        "(employment, references, move-in date, pets).\n\nWe have Saturday 4 April at 10am or "
                        "11.15am. Please let us know which suits.\n\nKind regards,\nNiamh Carter\n"
                        "Lettings Negotiator | Harrowgate Property\n0113 555 0190 | 8 Park Row, Leeds LS1 5HD\n"))
    d2 = T(2026, 4, 1, 17, 5, "Europe/London")
    b2, _ = mail(frm=f"Harrowgate Property Lettings <{pm}>", to=f"Sam Okafor <{owner}>", owner=owner,
                 date=d2, mid_domain="harrowgateproperty.example", in_reply_to=m1,
                 subject="Re: Flat 3, 22 Larch Street - viewing and tenant interview",
                 text=("Hi Sam,\n\nLovely - you're booked in for 10am on Saturday. Please bring photo ID and "
                       "your latest payslip; Mr Pereira will interview you at the flat.\n\nNiamh\n\n"
                       "> On 1 Apr 2026, at 14:22, Sam Okafor <" + owner + "> wrote:\n"
                       "> 10am on Saturday would be great, thank you. I'm a nurse at the LGI, happy\n"
                       "> to bring references.\n"))
    add(cid, "01-viewing-and-tenant-interview.eml", b1)
    add(cid, "02-re-booked-saturday-10am.eml", b2)
    label(cid, owner, [], "medium", "negative/tenant-interview",
          "Landlord's tenant interview at a flat viewing (confirmed time); not a job interview.")


def c14():
    cid = "b42-14-pet-adoption-interview-html"
    owner = "priya.nair@example.com"
    d = T(2026, 5, 19, 20, 14, "America/Phoenix")
    html = """<html><body style="font-family:Georgia,serif">
<h2 style="color:#7a4b2a">Desert Greyhound Haven</h2>
<p>Hi Priya,</p>
<p>Thank you for your application to adopt <b>Juniper</b> (3 yrs, brindle)! Our volunteers loved reading
about your backyard and your running routine.</p>
<p>The next step is your <b>adoption interview</b>, a friendly video call with one of our adoption
counselors, Tomas. He'll ask about your home, schedule, other pets, and what you're looking for in a
hound, and answer all of your questions.</p>
<p><b>Thursday, May 21 at 6:30 p.m.</b> (Arizona time) &ndash; Zoom link:
https://zoom.example/j/8845521093</p>
<p>If the interview goes well we'll schedule a home visit and a meet &amp; greet with Juniper.</p>
<p>Paws crossed,<br>The DGH Adoption Team<br>PO Box 4471, Tempe AZ 85280 &middot; (480) 555-0115</p>
</body></html>"""
    b, _ = mail(frm="Desert Greyhound Haven <adopt@desertgreyhounds.example>", to=f"Priya Nair <{owner}>",
                owner=owner, date=d, mid_domain="desertgreyhounds.example",
                subject="Your adoption interview for Juniper is scheduled!", html=html, html_cte="quoted-printable")
    add(cid, "01-adoption-interview-scheduled.eml", b)
    label(cid, owner, [], "medium", "negative/pet-adoption-interview",
          "Rescue's adoption interview (scheduled video call, mentions meet & greet); HTML-only; not a job interview.")


def c15():
    cid = "b42-15-visa-biometrics-appointment-ics"
    owner = "ana.costa@mail.example"
    s = T(2026, 3, 30, 8, 40, "Europe/London")
    e = s + timedelta(minutes=20)
    d = T(2026, 3, 18, 10, 3, "Europe/London")
    cal = ics(method="PUBLISH", uid="vac-ldn-b42-99817@visacentre.example", start=s, end=e,
              summary="Biometrics appointment - Visa Application Centre London",
              organizer=None, attendees=[("Ana Costa", owner, "REQ-PARTICIPANT", "ACCEPTED")], tzmode="tzid",
              tzid="Europe/London", description="Reference GWF-0881-2231. Bring your passport and printed checklist.",
              location="Visa Application Centre, 66 Wells Street, London W1T", stamp=d,
              prodid="-//VAC Booking//EN")
    b, _ = mail(frm="Visa Application Centre <noreply@visacentre.example>", to=owner, owner=owner, date=d,
                mid_domain="visacentre.example",
                subject="Appointment confirmation - biometrics enrolment (GWF-0881-2231)",
                text=("Dear ANA COSTA,\n\nYour appointment is confirmed.\n\nService: Biometrics enrolment "
                      "(fingerprints and photograph)\nDate: 30/03/2026\nTime: 08:40 (arrive 15 minutes early)\n"
                      "Location: Visa Application Centre, 66 Wells Street, London W1T\n\nPlease note: you will "
                      "not be interviewed at the Visa Application Centre. If the consulate requires a visa "
                      "interview, it will contact you separately. Please bring your passport, the appointment "
                      "letter and your employer's letter of support.\n\nThis mailbox is not monitored.\n"),
                attach=[("appointment.ics", cal.encode(), "text", "calendar")])
    add(cid, "01-biometrics-appointment-confirmation.eml", b)
    add(cid, "02-appointment.ics", cal)
    label(cid, owner, [], "easy", "negative/visa-appointment",
          "Visa biometrics appointment (.ics, mentions a possible visa interview and employer letter); not a job interview.")


def c16():
    cid = "b42-16-side-project-customer-discovery-calendly-host"
    owner = "tariq.hassan@example.com"
    s = T(2026, 2, 24, 11, 0, "America/Chicago")
    d = T(2026, 2, 19, 16, 44, "America/Chicago")
    b, _ = mail(frm="Calendly <notifications@calendly.example>", to=owner, owner=owner, date=d,
                mid_domain="calendly.example",
                subject="New Event: Jo Brennan - 11:00am Tue, Feb 24, 2026 - Customer discovery interview (30 min)",
                text=("Hi Tariq,\n\nA new event has been scheduled.\n\nEvent Type:\nCustomer discovery interview "
                      "(30 min)\n\nInvitee:\nJo Brennan\n\nInvitee Email:\njo@rollingpinbakery.example\n\n"
                      "Event Date/Time:\n11:00am - Tuesday, February 24, 2026 (Central Time - US & Canada)\n\n"
                      "Location:\nhttps://meet.google.com/pnt-disc-b42\n\nQuestions:\nWhat's your role?\n"
                      "Owner, Rolling Pin Bakery (2 locations)\n\nHow do you schedule staff shifts today?\n"
                      "Paper rota + group texts, honestly a nightmare\n\n"
                      "View event in Calendly: https://calendly.example/scheduled_events/b42\n\n"
                      "Pro tip: ShiftPantry (your side project) discovery interviews work best when you ask about "
                      "the last time the problem happened.\n\nSent from Calendly\n"),
                html=("<html><body><p>Hi Tariq,</p><p>A new event has been scheduled.</p><p><b>Event Type:</b> "
                      "Customer discovery interview (30 min)<br><b>Invitee:</b> Jo Brennan<br><b>Invitee Email:</b> "
                      "jo@rollingpinbakery.example<br><b>Event Date/Time:</b> 11:00am - Tuesday, February 24, 2026 "
                      "(Central Time - US &amp; Canada)</p></body></html>"))
    add(cid, "01-calendly-new-event-discovery-interview.eml", b)
    label(cid, owner, [], "hard", "negative/user-is-interviewer-customer-discovery",
          "Owner hosts a customer discovery interview for a side project (Calendly host notification); owner is the interviewer.")


def c17():
    cid = "b42-17-journalist-interviews-owner-zoom"
    owner = "mei.lin@mail.example"
    rep = "o.brandt@freightledger.example"
    d1 = T(2026, 8, 4, 9, 30, "America/New_York")
    b1, m1 = mail(frm=f"Oskar Brandt <{rep}>", to=f"Mei Lin <{owner}>", owner=owner, date=d1,
                  mid_domain="freightledger.example", subject="Interview request - The Freight Ledger (women in logistics feature)",
                  text=("Dear Ms. Lin,\n\nI'm a staff reporter at The Freight Ledger. We're preparing a September "
                        "feature on women leading warehouse automation, and several people recommended you. "
                        "Would you be open to a 30-minute interview on the record? I'd ask about your career "
                        "path, the Reno fulfilment center project and your hiring of apprentices.\n\n"
                        "Best,\nOskar Brandt\nStaff Reporter, The Freight Ledger\n+1 212 555 0133\n"))
    d2 = T(2026, 8, 5, 14, 2, "America/New_York")
    b2, _ = mail(frm=f"Oskar Brandt <{rep}>", to=f"Mei Lin <{owner}>", owner=owner, date=d2,
                 mid_domain="freightledger.example", in_reply_to=m1,
                 subject="Re: Interview request - The Freight Ledger (women in logistics feature)",
                 text=("Wonderful, thank you! Confirming Monday Aug 10 at 1:00 PM PT / 4:00 PM ET on Zoom:\n"
                       "https://zoom.example/j/6610029934 (passcode 771204)\n\nI'll record for accuracy only. "
                       "Our photographer may reach out separately.\n\nOskar\n\n"
                       "> On Aug 4, 2026, at 11:18 AM, Mei Lin <" + owner + "> wrote:\n"
                       "> Happy to do it. Monday afternoon Pacific works best.\n"))
    add(cid, "01-interview-request-freight-ledger.eml", b1)
    add(cid, "02-re-confirmed-zoom.eml", b2)
    label(cid, owner, [], "hard", "negative/press-interview",
          "Journalist interviews the owner for a feature (confirmed Zoom time); press interview, not a job interview.")


def c18():
    cid = "b42-18-therapy-intake-call"
    owner = "jordan.ellis@mail.example"
    d = T(2026, 1, 27, 19, 3, "America/Los_Angeles")
    b, _ = mail(frm="Northwoods Counseling <no-reply@clientportal.example>", to=owner, owner=owner, date=d,
                mid_domain="clientportal.example", reply_to="Northwoods Front Desk <frontdesk@northwoodscounseling.example>",
                subject="Your intake call with Northwoods Counseling is confirmed",
                text=("Hello Jordan,\n\nYour initial consultation is confirmed:\n\nIntake call (50 minutes) "
                      "with Dana Whitcomb, LMFT\nMonday, February 2, 2026 at 5:00 PM Pacific\nTelehealth - "
                      "you'll get a secure video link 15 minutes before your session.\n\nDuring this intake "
                      "interview your clinician will ask about what brings you in (for example work stress, a "
                      "job search, or a recent career change), your history and your goals, so we can match "
                      "you with the right care. Please complete the intake questionnaire in the client portal "
                      "before your call.\n\nTo reschedule, please give 24 hours' notice: (503) 555-0176.\n\n"
                      "Northwoods Counseling | 1120 NW Couch St, Portland OR 97209\n"))
    add(cid, "01-intake-call-confirmed.eml", b)
    label(cid, owner, [], "medium", "negative/therapy-intake",
          "Therapy intake call/'intake interview' (mentions job search, clinician, confirmed time); not a job interview.")


def c19():
    cid = "b42-19-jury-summons-html"
    owner = "beth.morales@mail.example"
    d = T(2026, 9, 8, 6, 0, "America/Phoenix")
    html = """<html><body style="font-family:Arial">
<p><b>SUPERIOR COURT OF MARICOPA VALLEY COUNTY &ndash; JURY OFFICE</b></p>
<p>JUROR SUMMONS &ndash; Juror No. 2604-118872</p>
<p>BETH MORALES, you are summoned to report for jury service:</p>
<p><b>Report date:</b> Monday, October 5, 2026<br><b>Report time:</b> 8:00 a.m.<br>
<b>Location:</b> Jury Assembly Room, 201 W Jefferson St, Phoenix AZ</p>
<p>Before reporting, complete the online juror qualification questionnaire within 5 days. On your report
date, prospective jurors may be questioned by the judge and attorneys (voir dire). This is not a job
interview; your employer may not penalize you for serving. Employer verification forms are available
on the court website.</p>
<p>Call the juror information line the evening before: (602) 555-0108.</p>
<p>Failure to respond may result in a court order to appear.</p>
</body></html>"""
    b, _ = mail(frm="Jury Office <jury.noreply@courts-mvc.example>", to=owner, owner=owner, date=d,
                mid_domain="courts-mvc.example", subject="JUROR SUMMONS - Report date 10/05/2026 - Action required",
                html=html, html_cte="base64")
    add(cid, "01-juror-summons.eml", b)
    label(cid, owner, [], "easy", "negative/jury-summons",
          "Jury duty summons with report date/time and juror questioning; not a job interview.")


def c20():
    cid = "b42-20-alumna-conducts-admissions-interview"
    owner = "grace.obi@example.com"
    d1 = T(2026, 1, 12, 10, 0, "America/Chicago")
    b1, _ = mail(frm="Alumni Interview Program <aip@admissions.whitmore.example>", to=owner, owner=owner,
                 date=d1, mid_domain="admissions.whitmore.example",
                 subject="New interview assignment: applicant Daniel Acheampong (Class of 2031)",
                 text=("Dear Grace,\n\nThank you for volunteering as an alumni interviewer for Whitmore "
                       "University. You have been assigned a new applicant:\n\nApplicant: Daniel Acheampong\n"
                       "High school: Lakeview Academy, Evanston IL\nEmail: daniel.acheampong@mail.example\n\n"
                       "Please contact the applicant within 5 days to schedule a 30-45 minute conversation, and "
                       "submit your interview report through the volunteer portal within 48 hours of the "
                       "interview. Remember that the interview is informational and evaluative; avoid questions "
                       "about test scores.\n\nWith thanks,\nAlumni Interview Program\nWhitmore University "
                       "Office of Undergraduate Admission\n"))
    d2 = T(2026, 1, 14, 18, 31, "America/Chicago")
    b2, _ = mail(frm="Daniel Acheampong <daniel.acheampong@mail.example>", to=f"Grace Obi <{owner}>",
                 owner=owner, date=d2, subject="Re: Whitmore alumni interview",
                 text=("Dear Ms. Obi,\n\nThank you for reaching out! Saturday January 17 at 11 a.m. at the "
                       "Evanston Public Library cafe works perfectly for me. I'm really looking forward to our "
                       "interview and to hearing about your time at Whitmore.\n\nSincerely,\nDaniel Acheampong\n"))
    add(cid, "01-new-interview-assignment.eml", b1)
    add(cid, "02-applicant-confirms-saturday.eml", b2)
    label(cid, owner, [], "hard", "negative/user-is-interviewer-admissions",
          "Owner (alumna) conducts a university admissions interview; applicant confirms the time.")


def c21():
    cid = "b42-21-stay-interview-hr-google-invite"
    owner = "luis.romero@brightline.example.com"
    hr = "keiko.tanaka@brightline.example.com"
    s = T(2026, 11, 3, 10, 0, "America/Los_Angeles")
    e = s + timedelta(minutes=45)
    d = T(2026, 10, 27, 15, 20, "America/Los_Angeles")
    title = "Stay interview - Luis / Keiko"
    when = "Tuesday Nov 3, 2026 \u22c5 10am \u2013 10:45am"
    tzname = "Pacific Time - Los Angeles"
    desc = ("Hi Luis! As part of our retention program, HR is holding stay interviews with senior engineers. "
            "This is not a performance conversation and not about a new role - we want to hear what keeps "
            "you at Brightline, what might tempt you to leave, and what we could change. Notes are shared "
            "with your manager only in aggregate.")
    meet = "https://meet.google.com/brl-stay-b42"
    guests = [("Keiko Tanaka - organizer", hr), ("Luis Romero", owner)]
    cal = ics(method="REQUEST", uid="b42stayinterview1103@google.com", start=s, end=e, summary=title,
              organizer=("Keiko Tanaka", hr), attendees=[("Luis Romero", owner, "REQ-PARTICIPANT", "NEEDS-ACTION")],
              description=desc, location=meet, stamp=d, prodid="-//Google Inc//Google Calendar 70.9054//EN")
    b, _ = mail(frm=f"Keiko Tanaka <{hr}>", to=owner, owner=owner, date=d, mid_domain="google.com",
                subject=f"Invitation: {title} @ Tue Nov 3, 2026 10am - 10:45am (PST) ({owner})",
                text=gcal_text(title, when, tzname, ("Keiko Tanaka", hr), guests, desc, meet), cte="base64",
                html=gcal_html(title, when, tzname, ("Keiko Tanaka", hr), guests, desc, meet),
                cal=cal, cal_method="REQUEST", layout="google",
                extra_headers=[("Sender", "Google Calendar <calendar-notification@google.com>")])
    add(cid, "01-invitation-stay-interview.eml", b)
    label(cid, owner, [], "hard", "negative/stay-interview",
          "Internal HR 'stay interview' (retention), Google invite; explicitly not about a new role.")


def c22():
    cid = "b42-22-vendor-sales-demo-titled-interview"
    owner = "hannah.weiss@fenwickbio.example.com"
    ae = "tyler.grant@interviewly.example"
    s = T(2026, 3, 5, 14, 0, "America/New_York")
    e = s + timedelta(minutes=45)
    d = T(2026, 2, 26, 12, 11, "America/New_York")
    title = "Interview - Interviewly x Fenwick Bio (platform demo)"
    when = "When: Thursday, March 5, 2026 2:00 PM-2:45 PM (UTC-05:00) Eastern Time (US & Canada).\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    desc = ("Hi Hannah,\n\nThanks for taking the time! As discussed, I'll walk your talent team through "
            "Interviewly: structured interview kits, AI notes for your hiring managers, candidate scheduling "
            "and scorecards. Bring any candidates' workflows you want us to model. Pricing for 40 seats "
            "attached after the call.\n\nTyler Grant\nAccount Executive | Interviewly\n+1 646 555 0151\n")
    cal = ics(method="REQUEST", uid="040000008200E00074C5B7101A82E00800000000B42A22", start=s, end=e,
              summary=title, organizer=("Tyler Grant", ae),
              attendees=[("Hannah Weiss", owner, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                         ("Priyanka Desai", "priyanka.desai@fenwickbio.example.com", "OPT-PARTICIPANT", "NEEDS-ACTION")],
              tzmode="tzid", tzid="Eastern Standard Time", description=when + desc, location="Microsoft Teams Meeting",
              stamp=d, prodid="Microsoft Exchange Server 2010", extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])
    b, _ = mail(frm=f"Tyler Grant <{ae}>", to=f"Hannah Weiss <{owner}>", cc="Priyanka Desai <priyanka.desai@fenwickbio.example.com>",
                owner=owner, date=d, mid_domain="interviewly.example", subject=title,
                text=when + desc + teams_footer("22"), cte="quoted-printable", cal=cal, cal_method="REQUEST",
                extra_headers=[("Content-class", "urn:content-classes:calendarmessage")])
    add(cid, "01-interview-platform-demo-invite.eml", b)
    label(cid, owner, [], "hard", "negative/vendor-demo",
          "Vendor sales demo whose calendar title starts with 'Interview' (owner is the buyer, Head of Talent).")


def main():
    for f in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17,
              c18, c19, c20, c21, c22]:
        f()
    for p in HERE.glob("b42-*"):
        shutil.rmtree(p)
    for cid, items in CASES.items():
        d = HERE / cid
        d.mkdir()
        for fname, data in items:
            (d / fname).write_bytes(data)
    with open(HERE / "labels.yaml", "w", encoding="utf-8") as fh:
        fh.write("# blind42 labels - schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=110)


if __name__ == "__main__":
    main()
