#!/usr/bin/env python3
"""Deterministic generator for the blind32 interview-detection set.

Rewrites every b32-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. Written blind; all names invented.
"""
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import default as DEFAULT_POLICY
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
USER = "rowan.achterberg@example.com"
USER_NAME = "Rowan Achterberg"
UTC = timezone.utc

CASES = {}
LABELS = {}
_counter = [0]


def T(y, m, d, h, mi, zone):
    return datetime(y, m, d, h, mi, tzinfo=ZoneInfo(zone))


def iso(d):
    return d.isoformat() if d is not None else None


# ---------------------------------------------------------------- ics helpers
def fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    out, cur = [], b""
    limit = 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur.decode("utf-8"))
            cur = b" " + b
            limit = 75
        else:
            cur += b
    out.append(cur.decode("utf-8"))
    return "\r\n".join(out)


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def off(td):
    s = int(td.total_seconds())
    sign = "+" if s >= 0 else "-"
    s = abs(s)
    return "%s%02d%02d" % (sign, s // 3600, (s % 3600) // 60)


RULES = {
    # region: (daylight BYDAY, month, standard BYDAY, month)
    "us": ("2SU", 3, "1SU", 11),
    "eu": ("-1SU", 3, "-1SU", 10),
    "au": ("1SU", 10, "1SU", 4),
}


def vtimezone(tzid, zone, region):
    z = ZoneInfo(zone)
    jan = datetime(2026, 1, 15, 12, tzinfo=z).utcoffset()
    jul = datetime(2026, 7, 15, 12, tzinfo=z).utcoffset()
    if region == "au":
        std, dst = jul, jan
    else:
        std, dst = jan, jul
    dby, dmon, sby, smon = RULES[region]
    return [
        "BEGIN:VTIMEZONE", "TZID:" + tzid,
        "BEGIN:STANDARD", "DTSTART:16010101T020000",
        "TZOFFSETFROM:" + off(dst), "TZOFFSETTO:" + off(std),
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%d" % (sby, smon),
        "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000",
        "TZOFFSETFROM:" + off(std), "TZOFFSETTO:" + off(dst),
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=%s;BYMONTH=%d" % (dby, dmon),
        "END:DAYLIGHT", "END:VTIMEZONE",
    ]


def utcstamp(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics(method, uid, seq, start, end, summary, organizer, attendees, description="",
        location="", tz=None, status="CONFIRMED", prodid="-//Google Inc//Google Calendar 70.9054//EN",
        stamp=None, extra=None):
    """tz: None -> UTC times; (tzid, iana, region) -> TZID + VTIMEZONE."""
    L = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:" + method]
    if tz:
        L += vtimezone(*tz)
    L.append("BEGIN:VEVENT")
    if tz:
        L.append("DTSTART;TZID=%s:%s" % (tz[0], start.astimezone(ZoneInfo(tz[1])).strftime("%Y%m%dT%H%M%S")))
        L.append("DTEND;TZID=%s:%s" % (tz[0], end.astimezone(ZoneInfo(tz[1])).strftime("%Y%m%dT%H%M%S")))
    else:
        L.append("DTSTART:" + utcstamp(start))
        L.append("DTEND:" + utcstamp(end))
    L.append("DTSTAMP:" + utcstamp(stamp or start - timedelta(days=3)))
    L.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    L.append("UID:" + uid)
    for cn, mail, role in attendees:
        L.append("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s"
                 % (role, cn, mail))
    L.append("CREATED:" + utcstamp(stamp or start - timedelta(days=3)))
    L.append("DESCRIPTION:" + esc(description))
    L.append("LAST-MODIFIED:" + utcstamp(stamp or start - timedelta(days=3)))
    L.append("LOCATION:" + esc(location))
    L.append("SEQUENCE:%d" % seq)
    L.append("STATUS:" + status)
    L.append("SUMMARY:" + esc(summary))
    L.append("TRANSP:OPAQUE")
    for x in extra or []:
        L.append(x)
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in L) + "\r\n"


# ---------------------------------------------------------------- mail helpers
def _set_boundaries(msg, tag):
    for part in msg.walk():
        if part.is_multipart():
            _counter[0] += 1
            part.set_boundary("=_b32_%s_%04d_%08x" % (tag, _counter[0], (_counter[0] * 2654435761) & 0xFFFFFFFF))


def mail(frm, subject, date, text=None, html=None, to=None, cc=None, reply_to=None, msgid=None,
         in_reply_to=None, references=None, cte=None, html_cte=None, cal=None, cal_style=None,
         attach_ics=None, extra_headers=None, sender=None, delivered_to=USER):
    """cal_style: 'google' (mixed: alt(text, html, calendar) + invite.ics), 'outlook'
    (alternative text/html/calendar), None. attach_ics: (filename, ics_text) as attachment."""
    m = EmailMessage(policy=DEFAULT_POLICY)
    m["Delivered-To"] = delivered_to
    m["Received"] = ("from mx.mail.example (mx.mail.example [203.0.113.25]) by inbound.example.com "
                     "with ESMTPS; " + format_datetime(date.astimezone(UTC)))
    for k, v in (extra_headers or []):
        m[k] = v
    m["From"] = frm
    if sender:
        m["Sender"] = sender
    m["To"] = to or "%s <%s>" % (USER_NAME, USER)
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = msgid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    m["MIME-Version"] = "1.0"
    if text is not None and html is None:
        m.set_content(text, cte=cte) if cte else m.set_content(text)
    elif text is None and html is not None:
        m.set_content(html, subtype="html", cte=html_cte) if html_cte else m.set_content(html, subtype="html")
    else:
        m.set_content(text, cte=cte) if cte else m.set_content(text)
        m.add_alternative(html, subtype="html", cte=html_cte) if html_cte else m.add_alternative(html, subtype="html")
    if cal is not None:
        method = "CANCEL" if "METHOD:CANCEL" in cal else "REQUEST"
        if cal_style == "outlook":
            m.add_alternative(cal, subtype="calendar", params={"method": method}, cte="base64")
        else:  # google
            m.add_alternative(cal, subtype="calendar", params={"method": method}, cte="7bit")
            m.add_attachment(cal.encode("utf-8"), maintype="application", subtype="ics",
                             filename="invite.ics")
    if attach_ics:
        fn, body = attach_ics
        m.add_attachment(body.encode("utf-8"), maintype="text", subtype="calendar", filename=fn)
    return m


def add(case, items, label):
    CASES[case] = items
    LABELS[case] = label


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind}


def lab(interviews, difficulty, category, notes):
    return {"user": USER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def wd(d, fmt):
    return d.strftime(fmt)


SIG_ROWAN = "\n-- \nRowan Achterberg\n+1 (555) 014-2297\n"

# =========================================================================== positives
# ---- 01 recruiter phone screen, body only, "Thu 3/12 @ 4:30p PST" (really PDT)
s = T(2026, 3, 12, 16, 30, "America/Los_Angeles")
assert s.strftime("%a") == "Thu"
d1 = T(2026, 3, 9, 9, 14, "America/Los_Angeles")
add("b32-01-recruiter-text-shorthand-pst-after-dst", [
    ("01-re-data-engineer-tidewell.eml", mail(
        "Marisol Quintero <marisol@tidewell-analytics.example>",
        "Re: Senior Data Engineer @ Tidewell - quick chat?", d1,
        text=("Hey Rowan,\n\nPerfect, let's lock it in: Thu 3/12 @ 4:30p PST. I'll ring you on the "
              "number in your resume (555-014-2297). Plan on ~30 min - mostly me telling you about the "
              "team and hearing about the pipelines you've been building at your current gig, plus comp "
              "expectations.\n\nIf anything changes just text me.\n\nMarisol\n\nMarisol Quintero | Technical "
              "Recruiter\nTidewell Analytics\n410 Harbor Way, Suite 200, Oakland CA 94607\nm: (555) 288-4410\n\n"
              "On Sun, Mar 8, 2026 at 7:02 PM Rowan Achterberg <rowan.achterberg@example.com> wrote:\n"
              "> Hi Marisol - thanks for reaching out. Thursday afternoon works, anything after 3 your time.\n"
              "> Rowan\n"),
        msgid="<CAF8x2Q-tidewell-0001@mail.tidewell-analytics.example>",
        in_reply_to="<rowan-20260308-a1@example.com>")),
], lab([iv("Tidewell Analytics", "Senior Data Engineer", s, s + timedelta(minutes=30), "scheduled",
           ["marisol@tidewell-analytics.example"], ["marisol@tidewell-analytics.example"], "phone_screen")],
       "medium", "positive/email-body-only",
       "Shorthand 'Thu 3/12 @ 4:30p PST' after US DST start -> Pacific daylight (-07:00). Recruiter does the screen."))

# ---- 02 invented ATS (TalentLoom) confirmation + .ics in UTC, London after BST start
s = T(2026, 3, 31, 14, 0, "Europe/London")
e = s + timedelta(hours=1)
d2 = T(2026, 3, 24, 16, 2, "Europe/London")
cal2 = ics("REQUEST", "tl-iv-88231-5f0c@talentloom.example", 0, s, e,
           "Technical interview - Rowan Achterberg - Senior Software Engineer, Platform",
           ("Harriet Okonjo", "harriet.okonjo@pemberton-cole.example"),
           [("Callum Freyne", "callum.freyne@pemberton-cole.example", "REQ-PARTICIPANT"),
            ("Ines Barroca", "ines.barroca@pemberton-cole.example", "REQ-PARTICIPANT"),
            (USER_NAME, USER, "REQ-PARTICIPANT")],
           description="Pairing-style technical interview (60 min). Join: https://meet.pemberton-cole.example/r/platform-ti",
           location="Video call", prodid="-//TalentLoom//Scheduling 4.2//EN", stamp=d2)
add("b32-02-invented-ats-confirmation-ics-bst", [
    ("01-talentloom-interview-confirmed.eml", mail(
        "Pemberton Cole Talent via TalentLoom <no-reply@notify.talentloom.example>",
        "Interview confirmed: Senior Software Engineer, Platform - Pemberton Cole", d2,
        reply_to="Harriet Okonjo <harriet.okonjo@pemberton-cole.example>",
        text=("Hi Rowan,\n\nYour interview with Pemberton Cole is confirmed.\n\n"
              "Role: Senior Software Engineer, Platform\nStage: Technical interview (pairing)\n"
              "When: Tuesday 31 March 2026, 14:00 - 15:00 (UK time)\n"
              "Where: Video call - link in the attached calendar file\n"
              "Interviewers: Callum Freyne (Staff Engineer), Ines Barroca (Engineering Manager)\n\n"
              "Please note the UK clocks go forward on Sunday 29 March, so this is 14:00 BST.\n\n"
              "Need to change something? Reply to this email and Harriet Okonjo in our talent team will help.\n\n"
              "Best wishes,\nPemberton Cole Talent Team\n\n--\nSent with TalentLoom - candidate messages are "
              "not monitored at this address.\n"),
        msgid="<tl.5f0c88231.1711@notify.talentloom.example>",
        attach_ics=("interview.ics", cal2))),
], lab([iv("Pemberton Cole", "Senior Software Engineer, Platform", s, e, "scheduled",
           ["callum.freyne@pemberton-cole.example", "ines.barroca@pemberton-cole.example"],
           ["callum.freyne@pemberton-cole.example", "ines.barroca@pemberton-cole.example"], "technical")],
       "medium", "positive/ats-email-with-ics",
       "Invented ATS TalentLoom; .ics in UTC (13:00Z); two days after UK BST start -> +01:00."))

# ---- 03 invented scheduling tool (SlotHarbor): link email then booking confirmation, "noon"
s = T(2026, 4, 1, 12, 0, "America/New_York")
e = s + timedelta(minutes=30)
d3a = T(2026, 3, 26, 10, 40, "America/New_York")
d3b = T(2026, 3, 26, 13, 5, "America/New_York")
add("b32-03-invented-scheduler-link-then-booked", [
    ("01-kira-pick-a-time.eml", mail(
        "Kira Vandermolen <kira@quillfeather.example>",
        "Quillfeather - Senior Product Designer: next step", d3a,
        text=("Hi Rowan,\n\nThanks for applying to the Senior Product Designer role - your portfolio "
              "(especially the logistics dashboard case study) was a hit with the team.\n\n"
              "Next step is a 30-minute intro call with me. Grab whatever slot suits you here:\n"
              "https://slotharbor.example/kira-quillfeather/intro-30\n\n"
              "Talk soon,\nKira\n\nKira Vandermolen\nDesign Recruiting, Quillfeather\n"),
        msgid="<qf-kv-20260326-1@quillfeather.example>")),
    ("02-slotharbor-booking-confirmed.eml", mail(
        "SlotHarbor <bookings@slotharbor.example>",
        "Booked: Intro call (30 min) with Kira Vandermolen - Wed, Apr 1 at noon", d3b,
        reply_to="Kira Vandermolen <kira@quillfeather.example>",
        text=("You're booked!\n\nIntro call (30 min) - Quillfeather / Senior Product Designer\n"
              "Host: Kira Vandermolen (kira@quillfeather.example)\nGuest: Rowan Achterberg\n\n"
              "Wednesday, April 1, 2026\n12:00pm - 12:30pm Eastern Time (US & Canada)\n\n"
              "Location: Google Meet - https://meet.google.example/qfd-intro-kv\n\n"
              "Reschedule: https://slotharbor.example/r/8Hq2LmP\nCancel: https://slotharbor.example/c/8Hq2LmP\n\n"
              "Powered by SlotHarbor\n"),
        html=("<html><body><h2>You're booked!</h2><p><b>Intro call (30 min)</b> - Quillfeather / Senior "
              "Product Designer</p><p>Host: Kira Vandermolen<br>Guest: Rowan Achterberg</p>"
              "<p>Wednesday, April 1, 2026<br>12:00pm - 12:30pm Eastern Time (US &amp; Canada)</p>"
              "<p><a href=\"https://slotharbor.example/r/8Hq2LmP\">Reschedule</a> | "
              "<a href=\"https://slotharbor.example/c/8Hq2LmP\">Cancel</a></p>"
              "<p style=\"color:#888\">Powered by SlotHarbor</p></body></html>"),
        msgid="<sh-8Hq2LmP-confirm@slotharbor.example>")),
], lab([iv("Quillfeather", "Senior Product Designer", s, e, "scheduled",
           ["kira@quillfeather.example"], ["kira@quillfeather.example"], "phone_screen")],
       "medium", "positive/scheduling-tool",
       "Invented scheduler SlotHarbor; link mail alone is not an interview, the booking confirmation is. Noon ET (EDT)."))

# ---- 04 recruiter mail + Google invite, Sydney just after DST end
s = T(2026, 4, 7, 9, 30, "Australia/Sydney")
e = s + timedelta(minutes=45)
assert s.utcoffset() == timedelta(hours=10)
d4a = T(2026, 4, 1, 15, 20, "Australia/Sydney")
d4b = T(2026, 4, 1, 15, 34, "Australia/Sydney")
desc4 = ("45 min chat with Lachlan Merriweather (Head of Product) about the Product Manager - Fleet "
         "Platform role. Grace is coordinating and won't be on the call.")
cal4 = ics("REQUEST", "7r0bellbirdq3k1p@google.com", 0, s, e,
           "Rowan Achterberg <> Lachlan (Hiring Manager) - PM Fleet Platform",
           ("Grace Tuilagi", "grace.tuilagi@bellbird-logistics.example"),
           [("Grace Tuilagi", "grace.tuilagi@bellbird-logistics.example", "REQ-PARTICIPANT"),
            ("Lachlan Merriweather", "lachlan.m@bellbird-logistics.example", "REQ-PARTICIPANT"),
            (USER, USER, "REQ-PARTICIPANT")],
           description=desc4, location="https://meet.google.example/bbl-pm-fleet", stamp=d4b)
add("b32-04-recruiter-mail-plus-google-invite-sydney-dst-end", [
    ("01-grace-next-step.eml", mail(
        "Grace Tuilagi <grace.tuilagi@bellbird-logistics.example>",
        "Next step - Product Manager, Fleet Platform", d4a,
        text=("G'day Rowan,\n\nGreat news - Lachlan Merriweather, our Head of Product, would love to meet you. "
              "I've pencilled in Tuesday 7 April at 9:30am Sydney time for 45 minutes and will send a "
              "calendar invite shortly. Just a heads-up that daylight saving finishes on the Sunday before, "
              "so double check your calendar converts it properly if you're overseas by then.\n\n"
              "Cheers,\nGrace\n\nGrace Tuilagi | Talent Partner\nBellbird Logistics\nLevel 9, 60 Sussex St, "
              "Sydney NSW 2000\n+61 2 5550 1187\n"),
        msgid="<SY4P282MB-bellbird-0401a@bellbird-logistics.example>")),
    ("02-invitation-hiring-manager.eml", mail(
        "Grace Tuilagi <grace.tuilagi@bellbird-logistics.example>",
        "Invitation: Rowan Achterberg <> Lachlan (Hiring Manager) - PM Fleet Platform @ Tue 7 Apr 2026 "
        "9:30am - 10:15am (AEST) (rowan.achterberg@example.com)", d4b,
        sender="Google Calendar <calendar-notification@google.com>",
        reply_to="Grace Tuilagi <grace.tuilagi@bellbird-logistics.example>",
        text=("Rowan Achterberg <> Lachlan (Hiring Manager) - PM Fleet Platform\nTuesday 7 Apr 2026 "
              "\u22c5 9:30am \u2013 10:15am\nAustralian Eastern Standard Time - Sydney\n\nJoin with Google Meet\n"
              "https://meet.google.example/bbl-pm-fleet\n\n" + desc4 + "\n\nOrganiser\nGrace Tuilagi\n"
              "grace.tuilagi@bellbird-logistics.example\n\nGuests\nGrace Tuilagi - organiser\n"
              "Lachlan Merriweather\nrowan.achterberg@example.com\n\nInvitation from Google Calendar\n"),
        html=("<html><body><h3>Rowan Achterberg &lt;&gt; Lachlan (Hiring Manager) - PM Fleet Platform</h3>"
              "<p>Tuesday 7 Apr 2026 &#8901; 9:30am &ndash; 10:15am (Australian Eastern Standard Time - Sydney)</p>"
              "<p>" + desc4 + "</p></body></html>"),
        cal=cal4, cal_style="google",
        msgid="<calendar-3a61c2d4-bellbird-77e1@google.com>")),
], lab([iv("Bellbird Logistics", "Product Manager, Fleet Platform", s, e, "scheduled",
           ["lachlan.m@bellbird-logistics.example"], ["lachlan.m@bellbird-logistics.example"], "hiring_manager")],
       "medium", "positive/dedupe",
       "Recruiter mail + Google invite = one interview. Sydney, two days after DST ends -> +10:00."))

# ---- 05 virtual onsite as three Outlook/Teams invites, Central time just after US DST
TZC = ("Central Standard Time", "America/Chicago", "us")
org5 = ("Deshawn Pruitt", "dpruitt@corriedale-systems.example")
sessions5 = [
    ((10, 0), (11, 0), "Discovery role-play", "Bettina Sorensen", "bsorensen@corriedale-systems.example"),
    ((11, 0), (11, 45), "Technical deep dive", "Omar Haddad", "ohaddad@corriedale-systems.example"),
    ((13, 0), (14, 0), "Demo presentation & panel", "Yolanda Fitch", "yfitch@corriedale-systems.example"),
]
items5 = []
d5 = T(2026, 3, 5, 14, 10, "America/Chicago")
for i, ((h1, m1), (h2, m2), title, nm, em) in enumerate(sessions5, 1):
    st = T(2026, 3, 10, h1, m1, "America/Chicago")
    en = T(2026, 3, 10, h2, m2, "America/Chicago")
    body = ("When: Tuesday, March 10, 2026 %s-%s (UTC-06:00) Central Time (US & Canada).\n"
            "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\nHi Rowan,\n\nSession %d of 3 of your "
            "Sales Engineer final round: %s with %s. Lunch is on your own between 11:45 and 1.\n\n"
            "Deshawn Pruitt\nRecruiting Coordinator | Corriedale Systems\n\n"
            "________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            "Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%%3ameeting_cs%d>\n"
            "Meeting ID: 271 554 90%d 11\nPasscode: q7Zk%d\n") % (
        st.strftime("%-I:%M %p"), en.strftime("%-I:%M %p"), i, title, nm, i, i, i)
    c = ics("REQUEST", "040000008200E00074C5B7101A82E00800000000C0RRIEDALE%d" % i, 0, st, en,
            "Rowan Achterberg - Sales Engineer Final Round: " + title, org5,
            [(nm, em, "REQ-PARTICIPANT"), (USER_NAME, USER, "REQ-PARTICIPANT")],
            description=body, location="Microsoft Teams Meeting", tz=TZC,
            prodid="Microsoft Exchange Server 2010", stamp=d5,
            extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
                   "X-MICROSOFT-DISALLOW-COUNTER:FALSE"])
    items5.append(("%02d-final-round-%d.eml" % (i, i), mail(
        "Deshawn Pruitt <dpruitt@corriedale-systems.example>",
        "Rowan Achterberg - Sales Engineer Final Round: " + title, d5 + timedelta(minutes=i),
        to="Rowan Achterberg <%s>, %s <%s>" % (USER, nm, em),
        text=body, html="<html><body><pre>" + body.replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>",
        cte="quoted-printable", html_cte="quoted-printable", cal=c, cal_style="outlook",
        extra_headers=[("Thread-Topic", "Rowan Achterberg - Sales Engineer Final Round"),
                       ("Content-class", "urn:content-classes:calendarmessage")],
        msgid="<DM6PR04MB%d77C2ORRIEDALE@DM6PR04MB.namprd04.prod.outlook.com>" % i)))
s = T(2026, 3, 10, 10, 0, "America/Chicago")
e = T(2026, 3, 10, 14, 0, "America/Chicago")
assert s.utcoffset() == timedelta(hours=-5)
add("b32-05-teams-virtual-onsite-three-invites-cdt", items5,
    lab([iv("Corriedale Systems", "Sales Engineer", s, e, "scheduled",
            [x[4] for x in sessions5], [x[4] for x in sessions5], "onsite")],
        "hard", "positive/onsite-loop",
        "Three Exchange invites (Windows TZID Central Standard Time, body label says UTC-06:00) two days "
        "after US DST -> -05:00; one onsite 10:00-14:00 with lunch break."))

# ---- 06 German-language Zoom invite + reschedule (SEQUENCE 1), 14:00 Uhr, Berlin before EU DST
TZB = ("W. Europe Standard Time", "Europe/Berlin", "eu")
s0 = T(2026, 3, 26, 14, 0, "Europe/Berlin")
s = T(2026, 3, 27, 14, 0, "Europe/Berlin")
e = s + timedelta(minutes=60)
assert s.utcoffset() == timedelta(hours=1)
org6 = ("Annika Brandstetter", "a.brandstetter@feldmark-analytik.example")
att6 = [("Annika Brandstetter", "a.brandstetter@feldmark-analytik.example", "REQ-PARTICIPANT"),
        ("Jonas Weibel", "j.weibel@feldmark-analytik.example", "REQ-PARTICIPANT"),
        (USER_NAME, USER, "REQ-PARTICIPANT")]
d6a = T(2026, 3, 19, 11, 5, "Europe/Berlin")
d6b = T(2026, 3, 23, 9, 48, "Europe/Berlin")
zoom6 = "https://feldmark.zoom.example/j/86120045512?pwd=Qk9aT"
cal6a = ics("REQUEST", "zoom-86120045512-feldmark", 0, s0, s0 + timedelta(hours=1),
            "Fachinterview Analytics Engineer (m/w/d) - Rowan Achterberg", org6, att6,
            description="Zoom-Meeting beitreten: " + zoom6, location=zoom6, tz=TZB,
            prodid="-//zoom.example//Zoom Calendar//DE", stamp=d6a)
cal6b = ics("REQUEST", "zoom-86120045512-feldmark", 1, s, e,
            "Fachinterview Analytics Engineer (m/w/d) - Rowan Achterberg", org6, att6,
            description="Zoom-Meeting beitreten: " + zoom6, location=zoom6, tz=TZB,
            prodid="-//zoom.example//Zoom Calendar//DE", stamp=d6b)
add("b32-06-german-zoom-reschedule-uhr", [
    ("01-einladung-fachinterview.eml", mail(
        "Annika Brandstetter <a.brandstetter@feldmark-analytik.example>",
        "Einladung zum Fachinterview - Analytics Engineer (m/w/d)", d6a,
        text=("Hallo Rowan,\n\nvielen Dank für Ihre Bewerbung als Analytics Engineer (m/w/d). Gerne möchten "
              "wir Sie zu einem Fachinterview per Zoom einladen:\n\nDonnerstag, 26.03.2026, 14:00 Uhr "
              "(MEZ, Berlin) - ca. 60 Minuten\nGesprächspartner: Jonas Weibel (Teamlead Data Platform) und ich\n\n"
              "(For convenience in English: Thursday 26 March, 2pm Berlin time, about an hour.)\n\n"
              "Die Einladung liegt als Kalenderdatei bei.\n\nViele Grüße\nAnnika Brandstetter\n"
              "People & Culture\nFeldmark Analytik GmbH · Torstraße 118 · 10119 Berlin\nTel. +49 30 5550 7712\n"),
        msgid="<7e1a.feldmark.20260319@feldmark-analytik.example>", cte="quoted-printable",
        attach_ics=("einladung.ics", cal6a))),
    ("02-verschoben-freitag.eml", mail(
        "Annika Brandstetter <a.brandstetter@feldmark-analytik.example>",
        "AW: Einladung zum Fachinterview - Analytics Engineer (m/w/d) - neuer Termin", d6b,
        text=("Hallo Rowan,\n\nleider ist Jonas am Donnerstag kurzfristig verhindert - können wir auf Freitag, "
              "27.03., ebenfalls 14:00 Uhr verschieben? Ich habe die Einladung aktualisiert (Zoom-Link bleibt "
              "gleich). Kurze Bestätigung genügt.\n\nViele Grüße\nAnnika\n\n"
              "-----Ursprüngliche Nachricht-----\nVon: Annika Brandstetter\nGesendet: Donnerstag, 19. März "
              "2026 11:05\nAn: Rowan Achterberg\nBetreff: Einladung zum Fachinterview - Analytics Engineer (m/w/d)\n\n"
              "> Donnerstag, 26.03.2026, 14:00 Uhr (MEZ, Berlin) - ca. 60 Minuten\n"),
        msgid="<9b2c.feldmark.20260323@feldmark-analytik.example>",
        in_reply_to="<7e1a.feldmark.20260319@feldmark-analytik.example>", cte="quoted-printable",
        attach_ics=("einladung-aktualisiert.ics", cal6b))),
], lab([iv("Feldmark Analytik", "Analytics Engineer", s, e, "scheduled",
           ["a.brandstetter@feldmark-analytik.example", "j.weibel@feldmark-analytik.example"],
           ["a.brandstetter@feldmark-analytik.example", "j.weibel@feldmark-analytik.example"], "technical")],
       "hard", "positive/reschedule",
       "German mail; moved Thu->Fri 27.03 14:00 Uhr (SEQUENCE 1), still CET (+01:00) before EU DST on 29 Mar. "
       "Annika says 'Jonas ... und ich' so she interviews too."))

# ---- 07 Outlook invite then METHOD:CANCEL, London just after BST start
TZL = ("GMT Standard Time", "Europe/London", "eu")
s = T(2026, 3, 30, 10, 30, "Europe/London")
e = T(2026, 3, 30, 11, 15, "Europe/London")
assert s.utcoffset() == timedelta(hours=1)
org7 = ("Priyanka Dhillon", "priyanka.dhillon@harrowgate-bank.example")
att7 = [("Malcolm Areva", "malcolm.areva@harrowgate-bank.example", "REQ-PARTICIPANT"),
        (USER_NAME, USER, "REQ-PARTICIPANT")]
d7a = T(2026, 3, 20, 12, 0, "Europe/London")
d7b = T(2026, 3, 27, 17, 45, "Europe/London")
uid7 = "040000008200E00074C5B7101A82E008000000004A7HARROWGATE01"
cal7a = ics("REQUEST", uid7, 0, s, e, "Interview - Rowan Achterberg - Product Data Scientist", org7, att7,
            description="Hiring manager interview with Malcolm Areva (45 mins).", location="Microsoft Teams Meeting",
            tz=TZL, prodid="Microsoft Exchange Server 2010", stamp=d7a,
            extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])
cal7b = ics("CANCEL", uid7, 1, s, e, "Canceled: Interview - Rowan Achterberg - Product Data Scientist", org7, att7,
            description="This role has been put on hold.", location="Microsoft Teams Meeting",
            tz=TZL, status="CANCELLED", prodid="Microsoft Exchange Server 2010", stamp=d7b,
            extra=["X-MICROSOFT-CDO-BUSYSTATUS:FREE"])
add("b32-07-outlook-invite-then-cancel-bst", [
    ("01-interview-invite.eml", mail(
        "Priyanka Dhillon <priyanka.dhillon@harrowgate-bank.example>",
        "Interview - Rowan Achterberg - Product Data Scientist", d7a,
        to="Rowan Achterberg <%s>, Malcolm Areva <malcolm.areva@harrowgate-bank.example>" % USER,
        text=("When: Monday, 30 March 2026 10:30-11:15 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
              "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\nHi Rowan,\n\nPlease find below the "
              "invitation for your interview with Malcolm Areva, Head of Product Analytics. Note this is the "
              "first Monday after the clocks change.\n\nKind regards,\nPriyanka Dhillon\nResourcing Partner, "
              "Harrowgate Bank\n1 Cheapside Court, London EC2V 6AA | +44 20 5550 3321\n"),
        html=("<html><body><p>When: Monday, 30 March 2026 10:30-11:15 (UTC+00:00) Dublin, Edinburgh, Lisbon, "
              "London.<br>Where: Microsoft Teams Meeting</p><p>Hi Rowan,</p><p>Please find below the invitation "
              "for your interview with Malcolm Areva, Head of Product Analytics.</p></body></html>"),
        cal=cal7a, cal_style="outlook",
        msgid="<LO2P265MB7A11HARROWGATE@LO2P265MB.GBRP265.PROD.OUTLOOK.COM>")),
    ("02-canceled-interview.eml", mail(
        "Priyanka Dhillon <priyanka.dhillon@harrowgate-bank.example>",
        "Canceled: Interview - Rowan Achterberg - Product Data Scientist", d7b,
        to="Rowan Achterberg <%s>, Malcolm Areva <malcolm.areva@harrowgate-bank.example>" % USER,
        text=("Hi Rowan,\n\nI'm sorry to do this at short notice - the Product Data Scientist role has been put "
              "on hold following a reorganisation, so I need to cancel Monday's interview. I'll be in touch if "
              "it reopens.\n\nPriyanka\n"),
        html="<html><body><p>Hi Rowan,</p><p>I'm sorry to do this at short notice - the role has been put on "
             "hold, so I need to cancel Monday's interview.</p><p>Priyanka</p></body></html>",
        cal=cal7b, cal_style="outlook",
        msgid="<LO2P265MB9C42HARROWGATE@LO2P265MB.GBRP265.PROD.OUTLOOK.COM>")),
], lab([iv("Harrowgate Bank", "Product Data Scientist", s, e, "cancelled",
           ["malcolm.areva@harrowgate-bank.example"], ["malcolm.areva@harrowgate-bank.example"], "hiring_manager")],
       "hard", "positive/cancellation",
       "Exchange invite with 'UTC+00:00' display label, but date is after BST start -> +01:00; later METHOD:CANCEL."))

# ---- 08 email thread: confirmed 'half past ten' then candidate withdraws, Melbourne (AEDT)
s = T(2026, 4, 2, 10, 30, "Australia/Melbourne")
assert s.strftime("%a") == "Thu" and s.utcoffset() == timedelta(hours=11)
d8a = T(2026, 3, 27, 16, 12, "Australia/Melbourne")
d8b = T(2026, 3, 30, 21, 40, "Australia/Melbourne")
add("b32-08-thread-confirmed-then-candidate-withdraws", [
    ("01-saltmarsh-video-interview.eml", mail(
        "Tamsin Okoro-Blake <tamsin@saltmarsh-games.example>",
        "Saltmarsh Games - video interview for Lead UX Designer", d8a,
        text=("Hi Rowan,\n\nLovely to chat on Wednesday. As discussed, you're booked in with our Creative "
              "Director Ezra Mulvaney and me next Thursday (2 April) at half past ten in the morning, Melbourne "
              "time, for about an hour over Teams. We'll walk through two projects from your portfolio.\n\n"
              "Cheers,\nTamsin\n\nTamsin Okoro-Blake\nPeople Lead | Saltmarsh Games\n22 Easey St, Collingwood "
              "VIC 3066 | 0400 555 918\n"),
        cc="Ezra Mulvaney <ezra@saltmarsh-games.example>",
        msgid="<SM-tob-20260327-01@saltmarsh-games.example>")),
    ("02-re-withdrawing.eml", mail(
        "Rowan Achterberg <%s>" % USER,
        "Re: Saltmarsh Games - video interview for Lead UX Designer", d8b,
        to="Tamsin Okoro-Blake <tamsin@saltmarsh-games.example>",
        cc="Ezra Mulvaney <ezra@saltmarsh-games.example>",
        text=("Hi Tamsin,\n\nI'm really sorry for the late notice, but I've accepted another offer today and "
              "it wouldn't be fair to take up your and Ezra's time on Thursday, so I'd like to withdraw my "
              "application and cancel the interview.\n\nThank you both for being so generous with your time - "
              "I hope we cross paths again.\n\nBest,\nRowan" + SIG_ROWAN + "\n"
              "On Fri, 27 Mar 2026 at 16:12, Tamsin Okoro-Blake <tamsin@saltmarsh-games.example> wrote:\n"
              "> Hi Rowan,\n> As discussed, you're booked in with our Creative Director Ezra Mulvaney and me next\n"
              "> Thursday (2 April) at half past ten in the morning, Melbourne time, for about an hour over Teams.\n"),
        msgid="<rowan-20260330-saltmarsh@example.com>",
        in_reply_to="<SM-tob-20260327-01@saltmarsh-games.example>")),
], lab([iv("Saltmarsh Games", "Lead UX Designer", s, s + timedelta(hours=1), "cancelled",
           ["tamsin@saltmarsh-games.example", "ezra@saltmarsh-games.example"],
           ["tamsin@saltmarsh-games.example", "ezra@saltmarsh-games.example"], "onsite")],
       "hard", "positive/cancellation",
       "'half past ten' Melbourne on 2 Apr (still AEDT +11:00, DST ends 5 Apr); candidate withdraws -> cancelled. "
       "Two interviewers = panel -> onsite."))

# ---- 09 two interviews: Calendar API events (screen + technical), recruiter mail in between
s9a = T(2026, 3, 17, 15, 0, "America/New_York")
e9a = s9a + timedelta(minutes=30)
s9b = T(2026, 3, 24, 13, 0, "America/Chicago")
e9b = s9b + timedelta(minutes=90)


def gcal(eid, summary, desc, org, atts, st, en, tzname, created):
    return {
        "kind": "calendar#event", "etag": "\"%d\"" % (3301829911234000 + sum(map(ord, eid))),
        "id": eid, "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + eid,
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(minutes=3)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "summary": summary, "description": desc,
        "creator": {"email": org[1], "displayName": org[0]},
        "organizer": {"email": org[1], "displayName": org[0]},
        "start": {"dateTime": st.isoformat(), "timeZone": tzname},
        "end": {"dateTime": en.isoformat(), "timeZone": tzname},
        "iCalUID": eid + "@google.com", "sequence": 0,
        "attendees": atts,
        "hangoutLink": "https://meet.google.example/" + eid[:10],
        "reminders": {"useDefault": True}, "eventType": "default",
    }


org9 = ("Nnamdi Osei", "nnamdi.osei@marram-health.example")
ev9a = gcal("3kq9marramscreen01", "Marram Health | Recruiter screen | Rowan Achterberg",
            "30-min recruiter conversation for the Staff Data Engineer opening.", org9,
            [{"email": org9[1], "displayName": org9[0], "organizer": True, "responseStatus": "accepted"},
             {"email": USER, "self": True, "responseStatus": "accepted"}],
            s9a, e9a, "America/New_York", T(2026, 3, 12, 11, 0, "America/New_York"))
ev9b = gcal("8pz1marramtech0002", "Marram Health - Technical interview (data modeling) - Rowan",
            "90 minutes: data modeling + SQL with Wen Li Tan and Augustin Roux. Nnamdi will not attend.", org9,
            [{"email": org9[1], "displayName": org9[0], "organizer": True, "responseStatus": "accepted",
              "optional": True},
             {"email": "wenli.tan@marram-health.example", "displayName": "Wen Li Tan", "responseStatus": "accepted"},
             {"email": "augustin.roux@marram-health.example", "displayName": "Augustin Roux",
              "responseStatus": "tentative"},
             {"email": USER, "self": True, "responseStatus": "needsAction"}],
            s9b, e9b, "America/Chicago", T(2026, 3, 18, 9, 30, "America/New_York"))
d9 = T(2026, 3, 18, 9, 20, "America/New_York")
add("b32-09-gcal-api-two-interviews-same-company", [
    ("01-recruiter-screen.gcal.json", ev9a),
    ("02-nnamdi-next-round.eml", mail(
        "Nnamdi Osei <nnamdi.osei@marram-health.example>",
        "Marram Health: technical round for Staff Data Engineer", d9,
        text=("Hi Rowan,\n\nThanks for the great conversation yesterday! The team would like to move you to the "
              "technical round: 90 minutes on data modeling and SQL with Wen Li Tan (Principal Engineer) and "
              "Augustin Roux (Data Platform Manager).\n\nThey're based in our Chicago office, so I've booked "
              "Tuesday the 24th, 1:00-2:30pm Central (2:00-3:30pm your time in New York). Invite to follow.\n\n"
              "Best,\nNnamdi\n\nNnamdi Osei | Senior Recruiter | Marram Health\n"),
        msgid="<CAJ-marram-nno-0318@marram-health.example>", cte="base64")),
    ("03-technical-round.gcal.json", ev9b),
], lab([iv("Marram Health", "Staff Data Engineer", s9a, e9a, "scheduled",
           ["nnamdi.osei@marram-health.example"], ["nnamdi.osei@marram-health.example"], "phone_screen"),
        iv("Marram Health", "Staff Data Engineer", s9b, e9b, "scheduled",
           ["wenli.tan@marram-health.example", "augustin.roux@marram-health.example"],
           ["wenli.tan@marram-health.example", "augustin.roux@marram-health.example"], "technical")],
       "hard", "positive/two-interviews",
       "Two Calendar API events (screen ET, technical CT) plus base64 recruiter mail; both after US DST."))

# ---- 10 invented scheduler (Cadenzo) HTML-only base64 confirmation, Sydney after DST end
s = T(2026, 4, 10, 14, 0, "Australia/Sydney")
e = s + timedelta(minutes=45)
assert s.utcoffset() == timedelta(hours=10)
d10 = T(2026, 4, 6, 8, 15, "Australia/Sydney")
html10 = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Interview confirmed</title></head>"
          "<body style=\"font-family:Helvetica,Arial,sans-serif;background:#f4f6f8\">"
          "<table width=\"600\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#fff\">"
          "<tr><td style=\"padding:24px\"><img src=\"https://cdn.cadenzo.example/logo.png\" alt=\"Cadenzo\"></td></tr>"
          "<tr><td style=\"padding:0 24px\"><h1 style=\"font-size:20px\">Your interview is confirmed</h1>"
          "<p>Hi Rowan, thanks for choosing a time. Here are the details:</p>"
          "<table cellpadding=\"6\">"
          "<tr><td><b>Company</b></td><td>Ironbark Software</td></tr>"
          "<tr><td><b>Position</b></td><td>Senior Backend Engineer (Go)</td></tr>"
          "<tr><td><b>Interview</b></td><td>Systems design conversation</td></tr>"
          "<tr><td><b>Date</b></td><td>Fri, 10 Apr 2026</td></tr>"
          "<tr><td><b>Time</b></td><td>2:00 pm &ndash; 2:45 pm AEST (Sydney)</td></tr>"
          "<tr><td><b>With</b></td><td>Priya Ramanathan &lt;priya.r@ironbark-software.example&gt;, "
          "Engineering Lead</td></tr>"
          "<tr><td><b>Video</b></td><td><a href=\"https://ironbark.whereby.example/sysdesign\">Join room</a></td></tr>"
          "</table>"
          "<p><a href=\"https://cadenzo.example/m/IB-55120/reschedule\">Need another time?</a></p>"
          "<p style=\"font-size:11px;color:#999\">Cadenzo Scheduling &middot; 100 Example Pde, Brisbane QLD "
          "&middot; This mailbox is not monitored.</p></td></tr></table></body></html>")
add("b32-10-invented-scheduler-html-only-base64", [
    ("01-cadenzo-interview-confirmed.eml", mail(
        "Ironbark Software (via Cadenzo) <noreply@mail.cadenzo.example>",
        "Confirmed: Systems design conversation with Ironbark Software", d10,
        html=html10, html_cte="base64",
        msgid="<0100018f.IB-55120.confirm@mail.cadenzo.example>")),
], lab([iv("Ironbark Software", "Senior Backend Engineer (Go)", s, e, "scheduled",
           ["priya.r@ironbark-software.example"], ["priya.r@ironbark-software.example"], "technical")],
       "hard", "positive/scheduling-tool",
       "HTML-only base64 mail from invented scheduler Cadenzo; AEST (+10:00) after 5 Apr DST end."))

# ---- 11 forwarded intro from referrer, then hiring manager confirms '2pm ET' in reply with quote
s = T(2026, 3, 4, 14, 0, "America/New_York")
e = s + timedelta(minutes=45)
assert s.utcoffset() == timedelta(hours=-5)
d11a = T(2026, 2, 27, 18, 3, "America/Los_Angeles")
d11b = T(2026, 3, 2, 8, 51, "America/New_York")
add("b32-11-forwarded-intro-then-hm-confirms-2pm-et", [
    ("01-fwd-dana-staff-eng.eml", mail(
        "Felix Amankwah <felix.amankwah@mail.example>",
        "Fwd: Staff Engineer intro - Rowan?", d11a,
        text=("Rowan - see below, Dana's keen. Reach out to her directly!\n-F\n\n"
              "---------- Forwarded message ---------\nFrom: Dana Kowalczyk <dana.k@greyhaven-robotics.example>\n"
              "Date: Fri, Feb 27, 2026 at 4:11 PM\nSubject: Re: Staff Engineer intro - Rowan?\n"
              "To: Felix Amankwah <felix.amankwah@mail.example>\n\n"
              "Thanks Felix! Happy to talk to Rowan about the Staff Software Engineer (Autonomy Infra) role. "
              "Early next week works - maybe Tue or Wed at 2pm ET? Rowan can email me at "
              "dana.k@greyhaven-robotics.example.\n\nDana Kowalczyk\nVP Engineering, Greyhaven Robotics\n"),
        msgid="<CAG-felix-fwd-0227@mail.example>")),
    ("02-re-wednesday-works.eml", mail(
        "Dana Kowalczyk <dana.k@greyhaven-robotics.example>",
        "Re: Intro via Felix - Staff Software Engineer", d11b,
        text=("Hi Rowan,\n\nWednesday at 2pm ET it is. I'll block 45 minutes and call your cell at "
              "+1 555 014 2297. Looking forward to it.\n\nDana\n\n"
              "Dana Kowalczyk\nVP Engineering | Greyhaven Robotics\n88 Summer St, Boston MA 02110\n\n"
              "On Sun, Mar 1, 2026 at 9:14 PM Rowan Achterberg <rowan.achterberg@example.com> wrote:\n"
              "> Hi Dana,\n> Felix passed along your note - thanks! Wednesday (3/4) at 2pm ET would be great\n"
              "> if that still works. Tuesday I'm tied up until 4.\n> Rowan\n"),
        msgid="<CAH-dana-0302@greyhaven-robotics.example>",
        in_reply_to="<rowan-20260301-dana@example.com>")),
], lab([iv("Greyhaven Robotics", "Staff Software Engineer (Autonomy Infra)", s, e, "scheduled",
           ["dana.k@greyhaven-robotics.example"], ["dana.k@greyhaven-robotics.example"], "hiring_manager")],
       "hard", "positive/thread",
       "Forwarded referral + reply with quote; 'Wednesday' resolves to Wed 4 Mar (quoted 3/4), EST -05:00."))

# ---- 12 in-person onsite itinerary (quoted-printable HTML+text) + single .ics block, Seattle
s = T(2026, 4, 16, 9, 0, "America/Los_Angeles")
e = T(2026, 4, 16, 14, 30, "America/Los_Angeles")
d12 = T(2026, 4, 9, 13, 30, "America/Los_Angeles")
people12 = [("9:00 - 9:45am", "Hiring manager", "Rhea Castellanos", "rhea@kittiwake-labs.example"),
            ("9:50 - 10:50am", "System design", "Tobias Lindqvist", "tobias@kittiwake-labs.example"),
            ("11:00am - 12:00pm", "Coding", "Mei Okabe", "mei@kittiwake-labs.example"),
            ("12:00 - 1:00pm", "Lunch with the team (not evaluated)", "", ""),
            ("1:00 - 2:30pm", "Cross-functional / values", "Abdi Warsame", "abdi@kittiwake-labs.example")]
itin_txt = "\n".join("  %-18s %s%s" % (t, k, (" - %s (%s)" % (n, m)) if n else "") for t, k, n, m in people12)
itin_html = "".join("<tr><td>%s</td><td>%s</td><td>%s</td></tr>" % (t, k, ("%s &lt;%s&gt;" % (n, m)) if n else "")
                    for t, k, n, m in people12)
cal12 = ics("REQUEST", "kw-onsite-rachterberg-20260416@kittiwake-labs.example", 0, s, e,
            "Onsite: Rowan Achterberg - Senior Software Engineer, Developer Tools",
            ("Lucia Ferraro", "lucia.ferraro@kittiwake-labs.example"),
            [(USER_NAME, USER, "REQ-PARTICIPANT")],
            description="Onsite interview at Kittiwake Labs, 1201 Western Ave, Seattle. Ask for Lucia at reception.",
            location="Kittiwake Labs, 1201 Western Ave, Floor 6, Seattle WA 98101",
            tz=("America/Los_Angeles", "America/Los_Angeles", "us"), prodid="-//Kittiwake Labs//Recruiting//EN",
            stamp=d12)
add("b32-12-in-person-onsite-itinerary-qp-plus-ics", [
    ("01-onsite-itinerary.eml", mail(
        "Lucia Ferraro <lucia.ferraro@kittiwake-labs.example>",
        "Your onsite at Kittiwake Labs - Thursday, April 16", d12,
        text=("Hi Rowan,\n\nWe're excited to host you in Seattle for your onsite for Senior Software Engineer, "
              "Developer Tools on Thursday, April 16. Here's the plan (all times Pacific):\n\n" + itin_txt +
              "\n\nPlease arrive around 8:45 and ask for me at reception on floor 6. We'll reimburse your "
              "parking - keep the receipt.\n\nSee you soon,\nLucia Ferraro\nCandidate Experience, Kittiwake Labs\n"
              "1201 Western Ave, Floor 6, Seattle WA 98101 · (206) 555-0144\n"),
        html=("<html><body><p>Hi Rowan,</p><p>We're excited to host you in Seattle for your onsite for "
              "<b>Senior Software Engineer, Developer Tools</b> on Thursday, April 16. All times Pacific:</p>"
              "<table border=\"1\" cellpadding=\"4\">" + itin_html + "</table><p>Please arrive around 8:45.</p>"
              "<p>Lucia Ferraro<br>Candidate Experience, Kittiwake Labs<br>(206) 555-0144</p></body></html>"),
        cte="quoted-printable", html_cte="quoted-printable",
        msgid="<kw-lf-itin-0409@kittiwake-labs.example>",
        attach_ics=("kittiwake-onsite.ics", cal12))),
], lab([iv("Kittiwake Labs", "Senior Software Engineer, Developer Tools", s, e, "scheduled",
           [p[3] for p in people12 if p[3]], [p[3] for p in people12 if p[3]], "onsite")],
       "medium", "positive/onsite-loop",
       "In-person onsite 9:00-14:30 PDT with lunch; interviewers from itinerary; .ics has only the coordinator."))

# ---- 13 founder final chat, '14h' London, no duration, thread
s = T(2026, 4, 23, 14, 0, "Europe/London")
assert s.strftime("%a") == "Thu" and s.utcoffset() == timedelta(hours=1)
d13a = T(2026, 4, 20, 7, 55, "Europe/London")
d13b = T(2026, 4, 20, 13, 2, "America/New_York")
d13c = T(2026, 4, 20, 19, 31, "Europe/London")
add("b32-13-founder-final-chat-14h-thread", [
    ("01-final-conversation.eml", mail(
        "Céline Marchetti <celine@fennimore.example>",
        "Last step - a conversation with me", d13a,
        text=("Dear Rowan,\n\nThe team really enjoyed meeting you. Before we make a decision on the Head of "
              "Solutions Engineering role, I always have a final conversation with candidates myself.\n\n"
              "Would Thursday at 14h London time suit you? I'm flexible on Friday morning otherwise.\n\n"
              "Bien à vous,\nCéline\n\nCéline Marchetti\nCo-founder & CEO, Fennimore\nUnit 4, 19 Leonard St, "
              "London EC2A 4AQ\n"),
        msgid="<fennimore-cm-0420a@fennimore.example>")),
    ("02-re-thursday.eml", mail(
        "Rowan Achterberg <%s>" % USER, "Re: Last step - a conversation with me", d13b,
        to="Céline Marchetti <celine@fennimore.example>",
        text=("Hi Céline,\n\nThursday at 14h London (9am for me in New York) works perfectly.\n\nBest,\nRowan"
              + SIG_ROWAN + "\n> Would Thursday at 14h London time suit you?\n"),
        msgid="<rowan-20260420-fennimore@example.com>",
        in_reply_to="<fennimore-cm-0420a@fennimore.example>")),
    ("03-re-re-parfait.eml", mail(
        "Céline Marchetti <celine@fennimore.example>", "Re: Last step - a conversation with me", d13c,
        text=("Parfait - Thursday 14h it is. I'll send a Whereby link the morning of.\n\nCéline\n\n"
              "> Thursday at 14h London (9am for me in New York) works perfectly.\n"),
        msgid="<fennimore-cm-0420c@fennimore.example>",
        in_reply_to="<rowan-20260420-fennimore@example.com>",
        references="<fennimore-cm-0420a@fennimore.example> <rowan-20260420-fennimore@example.com>")),
], lab([iv("Fennimore", "Head of Solutions Engineering", s, None, "scheduled",
           ["celine@fennimore.example"], ["celine@fennimore.example"], "hiring_manager")],
       "hard", "positive/thread",
       "Founder/CEO final chat; '14h' London on Thu 23 Apr (BST +01:00); no duration -> end null."))

# =========================================================================== negatives
# ---- 14 invented job board alert full of interview words
d14 = T(2026, 3, 16, 6, 0, "America/New_York")
add("b32-14-neg-job-board-alert", [
    ("01-roleswell-weekly.eml", mail(
        "Roleswell Alerts <alerts@roleswell.example>", "7 new roles for \"staff data engineer\" - interviews "
        "fast-tracked this week", d14,
        text=("Hi Rowan,\n\nHere are this week's matches. Roles marked FAST TRACK promise a recruiter call within "
              "5 days of applying.\n\n1. Staff Data Engineer - Lumen Orchard (Remote, US) - FAST TRACK\n"
              "   Interview process: 30-min call, 2-hr technical, virtual onsite\n"
              "2. Principal Analytics Engineer - Sandpiper Pay (London)\n"
              "3. Data Platform Lead - Wattle & Co (Sydney) - Interviewing now\n"
              "4. Senior Solutions Engineer, Data - Cobaltline (Austin, TX)\n...\n\n"
              "Tip: Candidates who schedule their interview within 48 hours are 2x more likely to get an offer.\n\n"
              "Manage alerts: https://roleswell.example/alerts | Unsubscribe\n"),
        msgid="<alert-20260316-7731@roleswell.example>")),
], lab([], "easy", "negative/job-alert", "Invented job board alert with process descriptions."))

# ---- 15 application received (TalentLoom) with describing the interview process
d15 = T(2026, 3, 11, 22, 14, "Europe/London")
add("b32-15-neg-application-received-process-outline", [
    ("01-talentloom-application-received.eml", mail(
        "Sandpiper Pay Careers <no-reply@notify.talentloom.example>",
        "We've received your application - Principal Analytics Engineer", d15,
        text=("Hi Rowan,\n\nThanks for applying for Principal Analytics Engineer at Sandpiper Pay.\n\n"
              "What happens next:\n - Our team reviews every application within 10 working days.\n"
              " - If we'd like to move forward, a recruiter will email you to schedule a 30-minute call.\n"
              " - This is typically followed by a 90-minute technical interview and a final panel on site "
              "in London (Tuesdays or Thursdays, 10:00-14:00).\n\nYou can track your application in your "
              "candidate portal: https://sandpiper.talentloom.example/portal\n\nThe Sandpiper Pay Talent Team\n"),
        msgid="<tl.app.99120.sandpiper@notify.talentloom.example>")),
], lab([], "medium", "negative/application-received", "Receipt that outlines the interview process and times."))

# ---- 16 rejection after interview, mentions date/time of past interview
d16 = T(2026, 3, 27, 11, 3, "America/Chicago")
add("b32-16-neg-rejection-after-interview", [
    ("01-update-on-your-candidacy.eml", mail(
        "Deshawn Pruitt <dpruitt@corriedale-systems.example>",
        "Update on your Sales Engineer candidacy", d16,
        text=("Hi Rowan,\n\nThank you for interviewing with us on Tuesday, March 10 - the panel enjoyed your demo "
              "presentation at 1pm in particular. After a lot of discussion we've decided to move forward with "
              "another candidate whose experience is closer to our manufacturing customers.\n\nWe'd love to "
              "stay in touch; if you'd like feedback, I'm happy to schedule a 15-minute call - just reply.\n\n"
              "All the best,\nDeshawn Pruitt\nRecruiting Coordinator | Corriedale Systems\n"),
        msgid="<DM6PR04MB-reject-0327@corriedale-systems.example>")),
], lab([], "medium", "negative/rejection", "Rejection referencing past interview date/time; feedback call only offered."))

# ---- 17 offer with 'offer call' scheduled
d17 = T(2026, 4, 24, 16, 40, "Europe/London")
add("b32-17-neg-offer-with-offer-call", [
    ("01-offer-fennimore.eml", mail(
        "Céline Marchetti <celine@fennimore.example>", "Offer - Head of Solutions Engineering", d17,
        text=("Dear Rowan,\n\nFollowing yesterday's conversation I'm delighted to offer you the role of Head of "
              "Solutions Engineering at Fennimore. The written offer is attached through our e-signature tool.\n\n"
              "Let's have a call on Monday at 15h to walk through compensation, equity and start date - no "
              "interview, I promise!\n\nChaleureusement,\nCéline\n"),
        msgid="<fennimore-cm-offer-0424@fennimore.example>")),
], lab([], "medium", "negative/offer", "Offer letter with an offer-walkthrough call (not an interview)."))

# ---- 18 user conducts interview at current job (TalentLoom interviewer invite, Google invite)
s18 = T(2026, 3, 19, 11, 0, "America/New_York")
e18 = s18 + timedelta(hours=1)
d18 = T(2026, 3, 16, 10, 0, "America/New_York")
cal18 = ics("REQUEST", "0qv3interviewerkitaltamira@google.com", 0, s18, e18,
            "[Interviewer] Jordan Feliciano - Data Engineer II - SQL & modeling",
            ("Hollis Grant", "hollis.grant@altamira-freight.example"),
            [(USER, USER, "REQ-PARTICIPANT"), ("Kenji Morrow", "kenji.morrow@altamira-freight.example", "REQ-PARTICIPANT"),
             ("Jordan Feliciano", "jordan.feliciano@mail.example", "OPT-PARTICIPANT")],
            description="You are interviewing Jordan Feliciano (candidate). Scorecard due within 24h in TalentLoom.",
            location="https://meet.google.example/alt-de2-jf", stamp=d18)
add("b32-18-neg-user-is-interviewer-current-job", [
    ("01-invitation-interviewer.eml", mail(
        "Hollis Grant <hollis.grant@altamira-freight.example>",
        "Invitation: [Interviewer] Jordan Feliciano - Data Engineer II - SQL & modeling @ Thu Mar 19, 2026 "
        "11am - 12pm (EDT) (rowan.achterberg@example.com)", d18,
        sender="Google Calendar <calendar-notification@google.com>",
        text=("[Interviewer] Jordan Feliciano - Data Engineer II - SQL & modeling\nThursday Mar 19, 2026 \u22c5 "
              "11am \u2013 12pm\nEastern Time - New York\n\nHi Rowan and Kenji - thanks for helping with this "
              "loop! You're interviewing Jordan Feliciano (candidate) on SQL & data modeling. Interview kit and "
              "scorecard: https://altamira.talentloom.example/kits/de2-sql\n\nOrganizer\nHollis Grant\n"),
        html="<html><body><p>You are interviewing <b>Jordan Feliciano</b> (candidate).</p></body></html>",
        cal=cal18, cal_style="google", msgid="<calendar-altamira-ikit-0316@google.com>")),
], lab([], "hard", "negative/user-is-interviewer",
       "Owner's current employer asks them to interview a candidate; real invite with owner as attendee."))

# ---- 19 webinar about interviews with .ics
s19 = T(2026, 3, 26, 14, 0, "America/New_York")
d19 = T(2026, 3, 20, 12, 0, "America/New_York")
cal19 = ics("REQUEST", "webinar-se-interview-0326@events.presalescraft.example", 0, s19, s19 + timedelta(hours=1),
            "Live: Crack the Sales Engineer Interview (demo round deep-dive)",
            ("PresalesCraft Events", "events@presalescraft.example"),
            [(USER_NAME, USER, "REQ-PARTICIPANT")],
            description="Webinar. Join: https://zoom.example/w/9981?tk=abc",
            location="Zoom Webinar", prodid="-//PresalesCraft//Events//EN", stamp=d19)
add("b32-19-neg-webinar-sales-engineer-interview", [
    ("01-webinar-registration.eml", mail(
        "PresalesCraft <events@presalescraft.example>",
        "You're registered: Crack the Sales Engineer Interview - Thu 2pm ET", d19,
        text=("Hi Rowan,\n\nYou're in! Join us Thursday, March 26 at 2pm ET for a live deep-dive on the demo "
              "round of Sales Engineer interviews, with a mock discovery call and Q&A.\n\nAdd it to your "
              "calendar with the attached file.\n\nPresalesCraft\n"),
        msgid="<reg-0326-55123@events.presalescraft.example>",
        attach_ics=("webinar.ics", cal19))),
], lab([], "medium", "negative/webinar", "Webinar registration with .ics, interview vocabulary."))

# ---- 20 friend asking for interview tips (her interview, call with user)
d20 = T(2026, 4, 14, 12, 20, "America/Los_Angeles")
add("b32-20-neg-friend-asks-for-interview-tips", [
    ("01-help-onsite-thursday.eml", mail(
        "Imogen Szabo <imogen.szabo@mail.example>", "help!! onsite thursday", d20,
        text=("ROWAN. I got the onsite at Grubline!! Thursday at 10, four rounds, one is system design and I'm "
              "panicking. You did a bunch of these last month - can we hop on a call tonight at 8 so you can "
              "run me through how you prepped? I'll bring wine next time I see you.\n\nalso, how did your "
              "Kittiwake interview go??\n\nxx Imo\n"),
        msgid="<CAK-imo-0414@mail.example>")),
], lab([], "hard", "negative/friend-interview",
       "Friend's interview + social call with the user; not the user's interview."))

# ---- 21 referral + recruiter availability request via SlotHarbor (unbooked)
d21a = T(2026, 4, 2, 9, 5, "Australia/Sydney")
d21b = T(2026, 4, 3, 11, 30, "Australia/Sydney")
add("b32-21-neg-referral-then-unbooked-scheduling-link", [
    ("01-referred-you.eml", mail(
        "Hamish Beaton <hamish.beaton@wattle-co.example>", "Referred you for the Data Platform Lead role", d21a,
        text=("Hey Rowan,\n\nDone - I've put your name in for Data Platform Lead at Wattle & Co. Our recruiter "
              "Sunita should be in touch to set up an initial interview in the next week or so.\n\nGood luck mate,\n"
              "Hamish\n"),
        msgid="<wattle-hb-ref-0402@wattle-co.example>")),
    ("02-sunita-pick-a-time.eml", mail(
        "Sunita Raghunathan <sunita.r@wattle-co.example>", "Data Platform Lead - let's set up a call", d21b,
        text=("Hi Rowan,\n\nHamish referred you for our Data Platform Lead role - thanks for your interest! I'd "
              "love to schedule a 30-minute interview. Could you choose a time that suits next week using my "
              "link below? Slots are shown in your local time.\n\nhttps://slotharbor.example/sunita-wattle/screen\n\n"
              "If none of those work, send me 2-3 windows and I'll make it happen.\n\nKind regards,\nSunita\n"
              "Talent Acquisition | Wattle & Co | +61 3 5550 2290\n"),
        msgid="<wattle-sr-0403@wattle-co.example>")),
], lab([], "medium", "negative/availability-request",
       "Referral + scheduling link never booked -> no interview yet."))

# ---- 22 paid mock interview booking receipt with .ics
s22 = T(2026, 3, 24, 19, 0, "America/New_York")
d22 = T(2026, 3, 21, 15, 12, "America/New_York")
cal22 = ics("REQUEST", "cadenzo-IPC-20931@mail.cadenzo.example", 0, s22, s22 + timedelta(minutes=60),
            "Mock system design interview with Coach Dario (InterviewPilot)",
            ("InterviewPilot via Cadenzo", "noreply@mail.cadenzo.example"),
            [("Dario Pellegrini", "dario@interviewpilot.example", "REQ-PARTICIPANT"), (USER_NAME, USER, "REQ-PARTICIPANT")],
            description="Paid 1:1 mock interview (60 min).", location="https://zoom.example/j/4455",
            prodid="-//Cadenzo//Scheduling//EN", stamp=d22)
add("b32-22-neg-paid-mock-interview-receipt", [
    ("01-receipt.eml", mail(
        "InterviewPilot <billing@interviewpilot.example>", "Receipt #IP-20931 - Mock system design interview",
        d22 - timedelta(minutes=1),
        text=("Thanks for your purchase, Rowan!\n\n1 x Mock system design interview (60 min) ...... USD 149.00\n"
              "Tax ...... USD 0.00\nTotal charged to Visa ending 4417: USD 149.00\n\nYour coach will send detailed "
              "written feedback within 48 hours of the session.\n\nInterviewPilot Inc., 500 Example Blvd, Austin TX\n"),
        msgid="<rcpt-IP-20931@interviewpilot.example>")),
    ("02-session-booked.eml", mail(
        "InterviewPilot (via Cadenzo) <noreply@mail.cadenzo.example>",
        "Confirmed: Mock system design interview with Coach Dario - Tue Mar 24, 7:00pm ET", d22,
        text=("Your session is confirmed.\n\nMock system design interview with Coach Dario Pellegrini\n"
              "Tuesday, March 24, 2026, 7:00 - 8:00pm Eastern\nZoom: https://zoom.example/j/4455\n\n"
              "Cadenzo Scheduling\n"),
        msgid="<0100018f.IPC-20931.confirm@mail.cadenzo.example>",
        attach_ics=("session.ics", cal22))),
], lab([], "hard", "negative/mock-interview",
       "Paid mock interview: receipt + booking confirmation from the same invented scheduler used for a real interview."))


# =========================================================================== write
def main():
    for name in os.listdir(HERE):
        if name.startswith("b32-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    for case, items in CASES.items():
        os.makedirs(os.path.join(HERE, case))
        for fn, obj in items:
            p = os.path.join(HERE, case, fn)
            if fn.endswith(".eml"):
                _set_boundaries(obj, case[4:6] + fn[:2])
                data = obj.as_bytes(policy=DEFAULT_POLICY.clone(linesep="\r\n"))
            elif fn.endswith(".ics"):
                data = obj.encode("utf-8")
            else:
                data = (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
            with open(p, "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# Labels for blind32 (written blind). See /work/shared/eval/README.md for the schema.\n")
        yaml.safe_dump(LABELS, f, sort_keys=True, allow_unicode=True, width=110, default_flow_style=False)
    pos = sum(1 for v in LABELS.values() if v["interview"])
    print("cases=%d positive=%d negative=%d interviews=%d" % (
        len(LABELS), pos, len(LABELS) - pos, sum(len(v["interviews"]) for v in LABELS.values())))


if __name__ == "__main__":
    main()
