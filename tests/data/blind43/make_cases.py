#!/usr/bin/env python3
"""Generate the blind43 evaluation set (agencies, headhunters and staffing firms).

Deterministic: stdlib + PyYAML + zoneinfo. Rewrites every b43-* folder and labels.yaml
next to this file. Every UTC offset is computed with zoneinfo.
"""
import hashlib
import json
import os
import shutil
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = {}
LABELS = {}


# ----------------------------------------------------------------------------- helpers
def dt(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=ZoneInfo(tz))


def iso(d):
    return d.isoformat() if d is not None else None


def utcstamp(d):
    return d.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")


def local(d):
    return d.strftime("%Y%m%dT%H%M%S")


def _h(*parts):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()


def fold(line):
    """RFC 5545 folding at 75 octets, CRLF + space."""
    b = line.encode("utf-8")
    out, cur = [], b""
    for ch in line:
        cb = ch.encode("utf-8")
        limit = 75 if not out else 74
        if len(cur) + len(cb) > limit:
            out.append(cur)
            cur = b""
        cur += cb
    out.append(cur)
    return b"\r\n ".join(out).decode("utf-8")


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def vtimezone(tzid, iana):
    """VTIMEZONE block; offsets taken from zoneinfo (January / July of 2026)."""
    z = ZoneInfo(iana)
    jan = datetime(2026, 1, 15, 12, tzinfo=z).utcoffset()
    jul = datetime(2026, 7, 15, 12, tzinfo=z).utcoffset()

    def off(td):
        s = int(td.total_seconds())
        sign = "+" if s >= 0 else "-"
        s = abs(s)
        return "%s%02d%02d" % (sign, s // 3600, (s % 3600) // 60)

    north = jan <= jul
    std, dst = (jan, jul) if north else (jul, jan)
    lines = ["BEGIN:VTIMEZONE", "TZID:" + tzid]
    if std == dst:
        lines += ["BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:" + off(std),
                  "TZOFFSETTO:" + off(std), "END:STANDARD"]
    else:
        rules = {
            "America/Chicago": ("FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3", "020000"),
            "America/New_York": ("FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3", "020000"),
            "America/Toronto": ("FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3", "020000"),
            "America/Los_Angeles": ("FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3", "020000"),
            "Europe/Dublin": ("FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "010000"),
            "Europe/London": ("FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "010000"),
        }
        std_rule, dst_rule, at = rules[iana]
        lines += ["BEGIN:STANDARD", "DTSTART:1601010" + "1T" + at, "TZOFFSETFROM:" + off(dst),
                  "TZOFFSETTO:" + off(std), "RRULE:" + std_rule, "END:STANDARD",
                  "BEGIN:DAYLIGHT", "DTSTART:16010101T" + at, "TZOFFSETFROM:" + off(std),
                  "TZOFFSETTO:" + off(dst), "RRULE:" + dst_rule, "END:DAYLIGHT"]
    lines.append("END:VTIMEZONE")
    return lines


def ics(method, prodid, events, tzs=(), extra=()):
    """events: list of lists of (already escaped) property lines."""
    lines = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        lines.append("METHOD:" + method)
    lines += list(extra)
    for tzid, iana in tzs:
        lines += vtimezone(tzid, iana)
    for ev in events:
        lines.append("BEGIN:VEVENT")
        lines += ev
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def attendee(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp="TRUE"):
    return ("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s;X-NUM-GUESTS=0:mailto:%s"
            % (role, partstat, rsvp, name, email))


def mail(case, idx, *, frm, to, subject, date, owner, text=None, html=None, cc=None,
         reply_to=None, sender=None, in_reply_to=None, references=None, cte="quoted-printable",
         html_cte="quoted-printable", calendar=None, cal_method="REQUEST", cal_cte="base64",
         attach_ics=None, attach_name="invite.ics", attach_type=("text", "calendar"),
         headers=(), msgid_domain=None, charset="utf-8"):
    m = EmailMessage()
    m["Delivered-To"] = owner
    m["Received"] = ("from mx-out.%s (mx-out.%s [192.0.2.%d]) by mx.mail.example with ESMTPS id %s "
                     "for <%s>; %s" % (msgid_domain or frm.split("@")[-1].rstrip(">"),
                                       msgid_domain or frm.split("@")[-1].rstrip(">"),
                                       10 + idx, _h(case, idx)[:12], owner, format_datetime(date + timedelta(seconds=3))))
    for k, v in headers:
        m[k] = v
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
    dom = msgid_domain or frm.split("@")[-1].rstrip(">")
    mid = "<%s@%s>" % (_h(case, idx, "mid")[:24], dom)
    m["Message-ID"] = mid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, cte=cte, charset=charset)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte, charset=charset)
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte, charset=charset)
    if calendar is not None:
        if not m.is_multipart():
            m.make_alternative()
        m.add_alternative(calendar, subtype="calendar", cte=cal_cte,
                          params={"method": cal_method})
    if attach_ics is not None:
        m.add_attachment(attach_ics.encode("utf-8"), maintype=attach_type[0],
                         subtype=attach_type[1], filename=attach_name,
                         params={"method": cal_method} if attach_type[1] == "calendar" else {})
    n = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary("=_b43_%s" % _h(case, idx, n)[:20])
            n += 1
    CASES.setdefault(case, []).append(("eml", m.as_bytes()))
    return mid


def add_file(case, kind, content):
    CASES.setdefault(case, []).append((kind, content.encode("utf-8") if isinstance(content, str) else content))


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


def iv(company, role, start, end, kind, interviewers, recipients, status="scheduled"):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end),
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(recipients), "kind": kind}


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


# ============================================================================ POSITIVES
def c01():
    case = "b43-01-agency-forwards-client-invite-pst-in-march"
    owner = "dana.whitcombe@example.com"
    tz = "America/Los_Angeles"
    start, end = dt(2026, 3, 12, 16, 30, tz), dt(2026, 3, 12, 17, 15, tz)
    mail(case, 1, owner=owner, frm="Marcus Feld <marcus.feld@quaystone.example>",
         to="Dana Whitcombe <%s>" % owner, date=dt(2026, 3, 9, 10, 12, tz),
         subject="Pellucid Labs - you're through to the HM round!",
         text="""Hey Dana,

Great news - Pellucid Labs loved the profile and want to get you in front of
the hiring manager for the Staff Data Platform Engineer role.

They've locked in Thu 3/12 @ 4:30p PST with Ines Barragan (Director, Data
Platform). 45 mins on Zoom. It's mostly a conversation about the migration
off their legacy warehouse plus the team structure - no live coding.

Their coordinator will send the calendar invite to me and I'll forward it on
so you have the Zoom link. Any issues with the time just shout.

Cheers,
Marcus

--
Marcus Feld | Principal Consultant, Data & Platform
Quaystone Talent
m: +1 (415) 555-0143 | 500 Folsom St, Suite 1200, San Francisco, CA 94105
quaystone.example
""")
    cal = ics("REQUEST", "-//Google Inc//Google Calendar 70.9054//EN", [[
        "DTSTART:" + utcstamp(start), "DTEND:" + utcstamp(end), "DTSTAMP:20260309T203511Z",
        "ORGANIZER;CN=Gwen Tso:mailto:gwen.tso@pellucidlabs.example",
        "UID:5q2rv0kfb3p8t6mn1u9d7c4a2e@google.com",
        attendee("Ines Barragan", "ines.barragan@pellucidlabs.example"),
        attendee("Marcus Feld", "marcus.feld@quaystone.example", partstat="ACCEPTED"),
        attendee("Gwen Tso", "gwen.tso@pellucidlabs.example", partstat="ACCEPTED", rsvp="FALSE"),
        "DESCRIPTION:" + esc("Hiring manager conversation for Dana Whitcombe (via Quaystone Talent) - "
                             "Staff Data Platform Engineer.\n\nJoin Zoom Meeting\nhttps://pellucidlabs.zoom.example/j/84411920375"),
        "LOCATION:https://pellucidlabs.zoom.example/j/84411920375",
        "SEQUENCE:0", "STATUS:CONFIRMED",
        "SUMMARY:" + esc("Pellucid Labs - Dana Whitcombe / Ines Barragan (Staff Data Platform Eng)"),
        "TRANSP:OPAQUE"]])
    fwd = """Here you go - invite from Pellucid below + attached. I couldn't add you as a
guest directly (their system only lets me forward) so just use the Zoom link.
Good luck, you'll be great.

M

---------- Forwarded message ---------
From: Gwen Tso <gwen.tso@pellucidlabs.example>
Date: Mon, Mar 9, 2026 at 1:35 PM
Subject: Invitation: Pellucid Labs - Dana Whitcombe / Ines Barragan (Staff Data Platform Eng) @ Thu Mar 12, 2026 4:30pm - 5:15pm (PDT) (marcus.feld@quaystone.example)
To: <marcus.feld@quaystone.example>, <ines.barragan@pellucidlabs.example>


Pellucid Labs - Dana Whitcombe / Ines Barragan (Staff Data Platform Eng)
Thursday Mar 12, 2026 - 4:30pm - 5:15pm
Pacific Time - Los Angeles

Join Zoom Meeting
https://pellucidlabs.zoom.example/j/84411920375

Organizer
Gwen Tso
gwen.tso@pellucidlabs.example

Guests
Gwen Tso - organizer
Ines Barragan
Marcus Feld

Invitation from Google Calendar
"""
    mail(case, 2, owner=owner, frm="Marcus Feld <marcus.feld@quaystone.example>",
         to="Dana Whitcombe <%s>" % owner, date=dt(2026, 3, 9, 13, 41, tz),
         subject="Fwd: Invitation: Pellucid Labs - Dana Whitcombe / Ines Barragan (Staff Data Platform Eng) @ Thu Mar 12, 2026 4:30pm - 5:15pm (PDT) (marcus.feld@quaystone.example)",
         text=fwd, attach_ics=cal, attach_name="invite.ics", attach_type=("application", "ics"))
    label(case, owner, [iv("Pellucid Labs", "Staff Data Platform Engineer", start, end, "hiring_manager",
                           ["ines.barragan@pellucidlabs.example"], ["ines.barragan@pellucidlabs.example"])],
          "hard", "positive/agency-forwarded-client-invite",
          "Agency writes 'Thu 3/12 @ 4:30p PST' although US DST started Mar 8 (really PDT, -07:00); forwarded "
          "Google invite (.ics attachment, UTC times) is the same interview. Agency recruiter only coordinates.")


def c02():
    case = "b43-02-agency-html-only-client-panel-bristol-bst"
    owner = "tomas.quillan@example.com"
    tz = "Europe/London"
    start, end = dt(2026, 4, 2, 14, 0, tz), dt(2026, 4, 2, 15, 30, tz)
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Tomas,</p>
<p>Thanks for your patience over the last fortnight &ndash; I&rsquo;m delighted to say that <b>Brixham Mutual</b>
would like to invite you to a technical interview for the <b>Senior .NET Developer</b> position.</p>
<table cellpadding="4" style="border-collapse:collapse;border:1px solid #ccc">
<tr><td><b>Date</b></td><td>Thursday 2nd April</td></tr>
<tr><td><b>Time</b></td><td>14:00 &ndash; 15:30 (UK time)</td></tr>
<tr><td><b>Where</b></td><td>Brixham Mutual, 4 Temple Quay, Bristol BS1 6DZ &ndash; ask for Gareth at reception</td></tr>
<tr><td><b>Who</b></td><td>Gareth Penhallow (Head of Engineering) and Sunita Rowe (Lead Developer)</td></tr>
</table>
<p>The first half is a walk-through of a system you&rsquo;ve designed (whiteboard, no slides needed), the second half
is a pairing exercise on a small C# kata. Please bring photo ID &ndash; their building has a sign-in desk.</p>
<p>Could you drop me a quick reply to confirm you&rsquo;re happy with this and I&rsquo;ll let them know.</p>
<p>Kind regards,</p>
<p><b>Harriet Oyelaran</b><br>Senior Recruitment Consultant &ndash; Technology<br>
<b>Tallis &amp; Reed Recruitment</b><br>
Floor 3, 11 Queen Square, Bristol BS1 4NT<br>
T: 0117 496 0832 &nbsp;|&nbsp; M: 07700 900 415<br>
<a href="https://tallisreed.example">tallisreed.example</a></p>
<p style="font-size:8pt;color:#888">Tallis &amp; Reed Recruitment Ltd is acting as an employment agency in relation to this vacancy.
Registered in England No. 08812345. This e-mail and any attachments are confidential.</p>
</body></html>
"""
    mail(case, 1, owner=owner, frm="Harriet Oyelaran <harriet.oyelaran@tallisreed.example>",
         to="tomas.quillan@example.com", date=dt(2026, 3, 30, 9, 5, tz),
         subject="Interview confirmed - Senior .NET Developer - Brixham Mutual", html=html)
    label(case, owner, [iv("Brixham Mutual", "Senior .NET Developer", start, end, "onsite",
                           [], ["harriet.oyelaran@tallisreed.example"])],
          "medium", "positive/agency-html-only-body",
          "HTML-only agency confirmation (table), in person, two interviewers => panel/onsite. Date has no year "
          "and is just after the UK clocks went forward (BST, +01:00). Interviewer addresses not in case -> "
          "follow up with the agency consultant.")


def c03():
    case = "b43-03-agency-own-screen-noon-tomorrow"
    owner = "meiling.sato@example.com"
    tz = "America/New_York"
    start, end = dt(2026, 5, 13, 12, 0, tz), dt(2026, 5, 13, 12, 30, tz)
    t1 = """Hi Mei-Ling,

I'm working on a retained search for a confidential client - a Series C
fintech in Manhattan (hybrid, 3 days in office) - who are hiring a Principal
Product Designer to lead their lending experience. Your work on the
small-business onboarding flows is very close to what they need.

Before I put you forward I'd like to have a 30-minute screening call myself:
your portfolio, what you're looking for, comp expectations, notice period.
Would tomorrow at noon work? Happy to call you or use Zoom, your choice.

Best,
Jonah

Jonah Whitlock
Senior Partner, Design & Product Practice
Copperleaf Technical Recruitment
+1 646 555 0178 | 140 Broadway, 46th Floor, New York, NY 10005
"""
    mid1 = mail(case, 1, owner=owner, frm="Jonah Whitlock <jonah.whitlock@copperleaf-rec.example>",
                to="Mei-Ling Sato <%s>" % owner, date=dt(2026, 5, 12, 16, 20, tz),
                subject="Principal Product Designer (confidential fintech) - quick screen?", text=t1)
    t2 = """Hi Jonah,

Thanks for thinking of me - this sounds interesting. Noon tomorrow works. A
phone call is easiest, I'm on 917-555-0162.

Mei-Ling

On Tue, May 12, 2026 at 4:20 PM Jonah Whitlock <jonah.whitlock@copperleaf-rec.example> wrote:
""" + quote(t1) + "\n"
    mid2 = mail(case, 2, owner=owner, frm="Mei-Ling Sato <%s>" % owner,
                to="Jonah Whitlock <jonah.whitlock@copperleaf-rec.example>", date=dt(2026, 5, 12, 18, 2, tz),
                subject="Re: Principal Product Designer (confidential fintech) - quick screen?", text=t2,
                in_reply_to=mid1, msgid_domain="mail.example")
    t3 = """Perfect - I'll ring you at 12 tomorrow (Wednesday). Shouldn't take more
than half an hour. If it goes well I'll send the CV over to the client
the same afternoon.

Jonah

On Tue, May 12, 2026 at 6:02 PM Mei-Ling Sato <%s> wrote:
""" % owner + quote(t2) + "\n"
    mail(case, 3, owner=owner, frm="Jonah Whitlock <jonah.whitlock@copperleaf-rec.example>",
         to="Mei-Ling Sato <%s>" % owner, date=dt(2026, 5, 12, 18, 40, tz),
         subject="Re: Principal Product Designer (confidential fintech) - quick screen?", text=t3,
         in_reply_to=mid2, references="%s %s" % (mid1, mid2))
    label(case, owner, [iv("Copperleaf Technical Recruitment", "Principal Product Designer", start, end,
                           "phone_screen", ["jonah.whitlock@copperleaf-rec.example"],
                           ["jonah.whitlock@copperleaf-rec.example"])],
          "hard", "positive/agency-own-screen",
          "Agency recruiter's own screening call for a specific (confidential) role: README counts recruiter "
          "phone screens and the recruiter is the interviewer. 'tomorrow at noon' resolved against May 12 (EDT). "
          "Client is confidential, so company = the agency.")


def c04():
    case = "b43-04-headhunter-chair-meeting-frankfurt-after-dst"
    owner = "c.arnholt@example.com"
    tz = "Europe/Berlin"
    start, end = dt(2026, 10, 27, 14, 0, tz), dt(2026, 10, 27, 15, 30, tz)
    sig = """Dr. Valerie Stenmark
Partner | Ashgrove Executive Search GmbH
Bockenheimer Landstrasse 51, 60325 Frankfurt am Main
T +49 69 5550 4410 | M +49 170 5550 932
"""
    t1 = """Dear Clemens,

Thank you again for the candid conversation on Monday. I spoke with the
nomination committee of Kinetiq Rail AG yesterday and I am pleased to tell
you that the Chair of the Supervisory Board, Dr. Henrike Lassahn, would like
to meet you in person as the next step for the Chief Financial Officer (CFO)
mandate.

She has proposed Tuesday, 27 October, 14:00 Uhr at the Frankfurter Hof
(private lounge on the first floor). Please allow about 90 minutes. I will
join for the first quarter of an hour to make the introductions and then
leave the two of you to talk.

Could you let me know whether this suits you?

With kind regards,
Valerie

""" + sig
    mid1 = mail(case, 1, owner=owner, frm="Dr. Valerie Stenmark <v.stenmark@ashgrove-search.example>",
                to="Clemens Arnholt <%s>" % owner, date=dt(2026, 10, 15, 17, 30, tz),
                subject="Kinetiq Rail - meeting with the Chair of the Supervisory Board", text=t1)
    t2 = """Dear Valerie,

Thank you - that is good news. The 27th at 14:00 works for me; I will move
a board call that afternoon.

Best regards,
Clemens

On 15.10.2026 17:30, Dr. Valerie Stenmark wrote:
""" + quote(t1) + "\n"
    mid2 = mail(case, 2, owner=owner, frm="Clemens Arnholt <%s>" % owner,
                to="Dr. Valerie Stenmark <v.stenmark@ashgrove-search.example>", date=dt(2026, 10, 15, 19, 2, tz),
                subject="Re: Kinetiq Rail - meeting with the Chair of the Supervisory Board", text=t2,
                in_reply_to=mid1, msgid_domain="mail.example")
    t3 = """Dear Clemens,

Wonderful, I have confirmed with Dr. Lassahn's office:

  Dienstag, 27. Oktober 2026, 14:00-15:30 Uhr
  Steigenberger Frankfurter Hof, Am Kaiserplatz, 60311 Frankfurt
  Meeting with Dr. Henrike Lassahn (Chair of the Supervisory Board)

A small reminder that the clocks go back on the weekend before, so your
phone calendar should be fine but any manual travel bookings may not be.
I will send a short briefing note on the Board's current priorities by
Friday.

Warm regards,
Valerie

""" + sig + """
-----Original Message-----
From: Clemens Arnholt <%s>
Sent: Thursday, 15 October 2026 19:02
To: Dr. Valerie Stenmark <v.stenmark@ashgrove-search.example>
Subject: Re: Kinetiq Rail - meeting with the Chair of the Supervisory Board

""" % owner + t2
    mail(case, 3, owner=owner, frm="Dr. Valerie Stenmark <v.stenmark@ashgrove-search.example>",
         to="Clemens Arnholt <%s>" % owner, date=dt(2026, 10, 16, 8, 45, tz),
         subject="AW: Re: Kinetiq Rail - meeting with the Chair of the Supervisory Board", text=t3,
         in_reply_to=mid2, references="%s %s" % (mid1, mid2), cte="base64")
    label(case, owner, [iv("Kinetiq Rail AG", "Chief Financial Officer (CFO)", start, end, "hiring_manager",
                           [], ["v.stenmark@ashgrove-search.example"])],
          "hard", "positive/headhunter-executive-chair",
          "Executive search: in-person meeting with the supervisory-board chair, '14:00 Uhr' two days after EU "
          "DST ends (CET, +01:00) while the mails are sent in CEST. Headhunter only introduces; the chair's "
          "address never appears -> follow up with the headhunter. Last mail base64.")


def c05():
    case = "b43-05-staffing-contract-to-hire-teams-invite-cc-agency"
    owner = "rafael.dunmore@example.com"
    tz = "America/Chicago"
    start, end = dt(2026, 6, 9, 10, 30, tz), dt(2026, 6, 9, 11, 15, tz)
    t1 = """Hi Rafael,

Good news! Trevanion Logistics wants to move forward with a client
interview for the Network Engineer contract-to-hire (6 months, then
conversion). Details:

  Tuesday 6/9 at 10:30am Central
  45 minutes, Microsoft Teams
  With Doug Halvey - IT Infrastructure Manager (he'd be your direct manager)

Doug is sending the Teams invite himself and copying me on it. Expect
questions on BGP/OSPF, Palo Alto firewalls and a scenario about a
warehouse site going dark. Call me Monday if you want to prep.

Thanks,
Keisha Ambrose
Technical Recruiter | Northpoint Staffing
Direct 312-555-0187 | 233 S Wacker Dr, Suite 4100, Chicago, IL 60606
"Connecting great people with great work"
"""
    mail(case, 1, owner=owner, frm="Keisha Ambrose <kambrose@northpointstaffing.example>",
         to="rafael.dunmore@example.com", date=dt(2026, 6, 5, 15, 10, tz),
         subject="Client interview - Trevanion Logistics - Network Engineer (C2H)", text=t1)
    body = """When: Tuesday, June 9, 2026 10:30 AM-11:15 AM (UTC-06:00) Central Time (US & Canada).
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Rafael - looking forward to chatting on Tuesday. Keisha from Northpoint is copied for visibility.

Doug

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_trevanion_5521%40thread.v2/0>
Meeting ID: 281 004 773 519
Passcode: q7Rb2W
________________________________________________________________________________
"""
    cal = ics("REQUEST", "Microsoft Exchange Server 2010", [[
        "ORGANIZER;CN=Doug Halvey:mailto:dhalvey@trevanion.example",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rafael Dunmore:mailto:" + owner,
        "ATTENDEE;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Keisha Ambrose:mailto:kambrose@northpointstaffing.example",
        "DESCRIPTION;LANGUAGE=en-US:" + esc(body),
        "UID:040000008200E00074C5B7101A82E00800000000B1C2D3E4F5A6DC01000000000000000010000000A7B3C9D1E2F3",
        "SUMMARY;LANGUAGE=en-US:Rafael Dunmore / Doug Halvey - Network Engineer",
        "DTSTART;TZID=Central Standard Time:" + local(start),
        "DTEND;TZID=Central Standard Time:" + local(end),
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260605T211802Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]],
        tzs=[("Central Standard Time", "America/Chicago")])
    mail(case, 2, owner=owner, frm="Doug Halvey <dhalvey@trevanion.example>",
         to="Rafael Dunmore <%s>" % owner, cc="Keisha Ambrose <kambrose@northpointstaffing.example>",
         date=dt(2026, 6, 5, 16, 18, tz), subject="Rafael Dunmore / Doug Halvey - Network Engineer",
         text=body, calendar=cal, headers=[("Content-class", "urn:content-classes:calendarmessage"),
                                           ("Thread-Topic", "Rafael Dunmore / Doug Halvey - Network Engineer")])
    label(case, owner, [iv("Trevanion Logistics", "Network Engineer", start, end, "hiring_manager",
                           ["dhalvey@trevanion.example"], ["dhalvey@trevanion.example"])],
          "medium", "positive/staffing-client-interview-dedupe",
          "Staffing firm's 'client interview' (contract-to-hire) + the client's Exchange/Teams invite that copies "
          "the agency recruiter (optional attendee). One interview; the manager is the interviewer, not Keisha. "
          "'(UTC-06:00)' label is the standard-time label; June is CDT (-05:00).")


def c06():
    case = "b43-06-two-agencies-same-client-paris-14h"
    owner = "aurelie.fontanel@example.com"
    tz = "Europe/Paris"
    start, end = dt(2026, 4, 2, 14, 0, tz), dt(2026, 4, 2, 15, 0, tz)
    t1 = """Bonjour Aurélie,

Suite à notre échange de la semaine dernière, j'ai le plaisir de vous
confirmer votre entretien avec Lumenfield Energy pour le poste de
Financial Controller (H/F) :

  Jeudi 2 avril à 14h
  Lumenfield Energy - 18 rue de la Pépinière, 75008 Paris (3e étage)
  Avec Mme Odile Carrère, Directrice Financière
  Durée prévue : 1h

Pensez à apporter une copie de vos trois derniers bulletins de salaire, le
client les demande systématiquement à ce stade.

Je reste à votre disposition pour préparer cet entretien.

Bien cordialement,

Bastien Royer
Consultant Senior - Finance & Comptabilité
Cabinet Verlaine Conseil
12 boulevard Haussmann, 75009 Paris
Tél. : +33 1 55 55 72 40 | Port. : +33 6 55 55 18 09
"""
    mail(case, 1, owner=owner, frm="Bastien Royer <b.royer@verlaine-conseil.example>",
         to="Aurélie Fontanel <%s>" % owner, date=dt(2026, 3, 23, 11, 40, tz),
         subject="Confirmation entretien - Lumenfield Energy - Financial Controller", text=t1,
         charset="utf-8")
    t2 = """Hi Aurélie,

Hope you're well! I'm partnering with Lumenfield Energy on their Financial
Controller hire in Paris and your background (IFRS, energy trading) is
spot on. Their process is quick - they're interviewing shortlisted people
over the next two weeks.

Are you happy for me to submit your CV to them? I'd only need a quick "yes"
by reply, plus your current package and notice.

Best,
Chloe

Chloe Ingram | Senior Consultant, Finance (France & Benelux)
Harbourline Talent | 7 rue Scribe, 75009 Paris | +33 1 55 55 30 12
"""
    mid2 = mail(case, 2, owner=owner, frm="Chloe Ingram <chloe.ingram@harbourline.example>",
                to="aurelie.fontanel@example.com", date=dt(2026, 3, 24, 10, 0, tz),
                subject="Financial Controller - Lumenfield Energy - OK to submit?", text=t2)
    t3 = """Hi Chloe,

Thank you for thinking of me. I've already been introduced to Lumenfield by
another firm and have an interview with them next week, so please don't
submit my CV - I'd rather avoid a duplicate submission.

Happy to stay in touch for other roles though.

Best regards,
Aurélie

Le mar. 24 mars 2026 à 10:00, Chloe Ingram <chloe.ingram@harbourline.example> a écrit :
""" + quote(t2) + "\n"
    mail(case, 3, owner=owner, frm="Aurélie Fontanel <%s>" % owner,
         to="Chloe Ingram <chloe.ingram@harbourline.example>", date=dt(2026, 3, 24, 12, 17, tz),
         subject="Re: Financial Controller - Lumenfield Energy - OK to submit?", text=t3,
         in_reply_to=mid2, msgid_domain="mail.example")
    label(case, owner, [iv("Lumenfield Energy", "Financial Controller", start, end, "hiring_manager",
                           [], ["b.royer@verlaine-conseil.example"])],
          "hard", "positive/two-agencies-same-client",
          "French agency confirmation 'Jeudi 2 avril à 14h' (after EU DST start: CEST +02:00, mails sent in CET); "
          "a second agency asks consent to submit to the same client and the owner declines - that mail and "
          "the reply mention the interview only vaguely ('next week'). Follow up with Bastien (Odile's address "
          "not in case).")


def c07():
    case = "b43-07-client-cancels-through-agency-london"
    owner = "sam.oduya@example.com"
    tz = "Europe/London"
    start, end = dt(2026, 7, 13, 10, 0, tz), dt(2026, 7, 13, 11, 0, tz)
    cal = ics("REQUEST", "-//Placewise CRM//Interview Scheduler 4.2//EN", [[
        "UID:pw-int-0097731-hm@placewise.example",
        "DTSTAMP:" + utcstamp(dt(2026, 7, 8, 11, 20, tz)),
        "DTSTART;TZID=Europe/London:" + local(start),
        "DTEND;TZID=Europe/London:" + local(end),
        "SUMMARY:" + esc("Interview: Hollis & Marr Insurance - Actuarial Analyst"),
        "LOCATION:" + esc("Hollis & Marr Insurance, 20 Fenchurch Avenue, London EC3M 5BS"),
        "DESCRIPTION:" + esc("Candidate: Sam Oduya\nClient: Hollis & Marr Insurance\nInterviewers: Callum Rees "
                             "(Chief Actuary), Yvonne Achterberg (Pricing Manager)\nFormat: competency + "
                             "technical questions, 60 mins\nConsultant: Priyanka Dholakia, 020 7946 0381"),
        "ORGANIZER;CN=Fenwright Recruitment:mailto:interviews@fenwright.example",
        attendee("Sam Oduya", owner),
        "STATUS:CONFIRMED", "SEQUENCE:0"]], tzs=[("Europe/London", "Europe/London")])
    t1 = """Dear Sam,

Your interview has been arranged. Please find the details below and the
calendar file attached.

Client:        Hollis & Marr Insurance
Position:      Actuarial Analyst
Date / time:   Monday 13 July 2026, 10:00 - 11:00
Location:      20 Fenchurch Avenue, London EC3M 5BS
Interviewers:  Callum Rees (Chief Actuary), Yvonne Achterberg (Pricing Manager)

Please arrive 10 minutes early and bring photo ID. If you have any
questions, reply to this email and it will reach your consultant,
Priyanka Dholakia.

Fenwright Recruitment
This message was sent by Placewise on behalf of Fenwright Recruitment Ltd.
"""
    mid1 = mail(case, 1, owner=owner, frm="Fenwright Recruitment <interviews@fenwright.example>",
                reply_to="Priyanka Dholakia <priyanka.d@fenwright.example>", to=owner,
                date=dt(2026, 7, 8, 11, 20, tz),
                subject="Interview arranged: Actuarial Analyst - Hollis & Marr Insurance", text=t1,
                attach_ics=cal, attach_name="interview.ics")
    t2 = """Hi Sam,

Really sorry to be the bearer of this - Hollis & Marr have just called to
say the Actuarial Analyst hire has been put on hold while they restructure
the pricing team, so they've cancelled Monday's interview.

They were clear it's nothing to do with you and have asked me to keep them
posted on your availability if the role reopens in Q4. In the meantime I've
got two other briefs I think could suit - free for a call next week?

Priyanka

Priyanka Dholakia
Associate Director | Fenwright Recruitment
Insurance & Actuarial
020 7946 0381 | 07700 900 726
1 Lime Street Passage, London EC3M 7AA
"""
    mail(case, 2, owner=owner, frm="Priyanka Dholakia <priyanka.d@fenwright.example>", to=owner,
         date=dt(2026, 7, 10, 16, 45, tz), subject="Re: Interview arranged: Actuarial Analyst - Hollis & Marr Insurance",
         text=t2, in_reply_to=mid1)
    label(case, owner, [iv("Hollis & Marr Insurance", "Actuarial Analyst", start, end, "onsite",
                           [], ["priyanka.d@fenwright.example"], status="cancelled")],
          "medium", "positive/cancellation-via-agency",
          "Agency CRM confirmation (.ics attached, two interviewers => panel) later cancelled by the client via "
          "the agency consultant in plain mail; the .ics is never formally cancelled. Keep it cancelled at "
          "Mon 13 Jul 10:00 BST.")


def c08():
    case = "b43-08-agency-moves-time-sydney-dst-start"
    owner = "lachlan.brede@example.com"
    tz = "Australia/Sydney"
    start, end = dt(2026, 10, 7, 10, 30, tz), dt(2026, 10, 7, 11, 15, tz)
    t1 = """Hi Lachlan,

All locked in with Varrow Analytics for the Analytics Engineer role:

  Tuesday 6 October, 10am
  45 minutes, video call (Varrow will send the Google Meet link)
  With Owen Tremayne, Head of Data

Owen's big on dbt and data modelling so have a couple of examples ready
about how you've structured marts and tests at Hillcrest.

Cheers,
Nadia

Nadia Farrugia
Senior Consultant - Data & Analytics
Southerly Talent Partners
Level 12, 20 Bond Street, Sydney NSW 2000
P: (02) 5550 8814 | M: 0491 570 156
"""
    mid1 = mail(case, 1, owner=owner, frm="Nadia Farrugia <nadia.farrugia@southerly.example>",
                to="Lachlan Brede <%s>" % owner, date=dt(2026, 10, 1, 14, 5, tz),
                subject="Varrow Analytics - interview confirmed", text=t1)
    t2 = """Morning Lachlan,

Small change - Owen's been pulled into a board meeting on Tuesday so Varrow
have asked to push your chat to Wednesday at half past ten instead (same
45 mins, same format). I've said yes on your behalf as you mentioned
Wednesdays are clear for you - shout if that's not the case and I'll
go back to them.

Also a heads-up that the clocks went forward on Sunday, in case your
laptop is still on the old time!

Nadia

On Thu, 1 Oct 2026 at 2:05 pm, Nadia Farrugia <nadia.farrugia@southerly.example> wrote:
""" + quote(t1) + "\n"
    mail(case, 2, owner=owner, frm="Nadia Farrugia <nadia.farrugia@southerly.example>",
         to="Lachlan Brede <%s>" % owner, date=dt(2026, 10, 5, 9, 12, tz),
         subject="RE: Varrow Analytics - interview confirmed - NEW TIME", text=t2, in_reply_to=mid1)
    label(case, owner, [iv("Varrow Analytics", "Analytics Engineer", start, end, "hiring_manager",
                           [], ["nadia.farrugia@southerly.example"])],
          "hard", "positive/agency-reschedule",
          "Agency books Tue 6 Oct 10am then moves it to 'Wednesday at half past ten' (= Wed 7 Oct, AEDT +11:00; "
          "Sydney DST began Oct 4, first mail sent at +10:00). Final state only.")


def c09():
    case = "b43-09-client-google-invite-copies-agency-toronto-panel"
    owner = "priya.raghunath@example.com"
    tz = "America/Toronto"
    start, end = dt(2026, 11, 4, 13, 0, tz), dt(2026, 11, 4, 14, 0, tz)
    summary = "Panel interview - Priya Raghunath (Clinical Data Manager)"
    desc = ("Panel interview for the Clinical Data Manager position.\n\nPanel: Dr. Marc-Andre Levesque (VP Clinical "
            "Operations), Julia Orsolya (Biostatistics Lead).\nDevon Asante (Harbourline Talent) is copied as the "
            "candidate's agency contact.\n\nJoin with Google Meet: https://meet.google.com/kpd-wqrx-mzn")
    cal = ics("REQUEST", "-//Google Inc//Google Calendar 70.9054//EN", [[
        "DTSTART;TZID=America/Toronto:" + local(start), "DTEND;TZID=America/Toronto:" + local(end),
        "DTSTAMP:20261028T151944Z", "ORGANIZER;CN=Tamsin Yu:mailto:tamsin.yu@castellanbio.example",
        "UID:3hd8s1m0qk5v2r7c9t6p4x1bza@google.com",
        attendee("Tamsin Yu", "tamsin.yu@castellanbio.example", partstat="ACCEPTED", rsvp="FALSE"),
        attendee("Marc-Andre Levesque", "ma.levesque@castellanbio.example"),
        attendee("Julia Orsolya", "julia.orsolya@castellanbio.example"),
        attendee("Devon Asante", "devon.asante@harbourline.example", role="OPT-PARTICIPANT"),
        attendee("Priya Raghunath", owner),
        "X-GOOGLE-CONFERENCE:https://meet.google.com/kpd-wqrx-mzn",
        "CREATED:20261028T151943Z", "DESCRIPTION:" + esc(desc), "LAST-MODIFIED:20261028T151944Z",
        "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:" + esc(summary), "TRANSP:OPAQUE"]],
        tzs=[("America/Toronto", "America/Toronto")])
    text = """%s
Wednesday Nov 4, 2026 - 1pm - 2pm
Eastern Time - Toronto

Join with Google Meet
https://meet.google.com/kpd-wqrx-mzn

Organizer
Tamsin Yu
tamsin.yu@castellanbio.example

Guests
Tamsin Yu - organizer
Marc-Andre Levesque
Julia Orsolya
Devon Asante - optional
priya.raghunath@example.com

View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=M2hkOHMxbTBxazV2

Reply for priya.raghunath@example.com

Invitation from Google Calendar
""" % summary
    html = ("<html><body><div><h3>%s</h3><p>Wednesday Nov 4, 2026 &#8901; 1pm &ndash; 2pm<br>Eastern Time - Toronto</p>"
            "<p><a href=\"https://meet.google.com/kpd-wqrx-mzn\">Join with Google Meet</a></p>"
            "<p>Guests: Tamsin Yu (organizer), Marc-Andre Levesque, Julia Orsolya, Devon Asante (optional), "
            "priya.raghunath@example.com</p></div></body></html>\n" % summary)
    mail(case, 1, owner=owner, frm="Tamsin Yu <tamsin.yu@castellanbio.example>", to=owner,
         sender="Google Calendar <calendar-notification@google.com>",
         reply_to="tamsin.yu@castellanbio.example", date=dt(2026, 10, 28, 11, 19, tz),
         subject="Invitation: %s @ Wed Nov 4, 2026 1pm - 2pm (EST) (%s)" % (summary, owner),
         text=text, html=html, cte="base64", calendar=cal, attach_ics=cal, attach_name="invite.ics",
         attach_type=("application", "ics"), msgid_domain="google.com")
    t2 = """Hi Priya,

You'll have seen Castellan's invite come through - they've copied me on it
so I can see it's all set for next Wednesday. Quick prep notes:

- Marc-Andre will lead; he'll want a story about a database lock that
  went wrong and how you handled the sponsor.
- Julia will go deep on CDISC/SDTM mapping and edit checks.
- Keep answers to ~2 minutes; it's a tight hour.

Note the US/Canada clocks change this Sunday so Wednesday will be EST.

Best of luck - call me straight after!

Devon Asante
Principal Consultant, Life Sciences | Harbourline Talent
+1 416 555 0199 | 200 Bay Street, Suite 2800, Toronto, ON M5J 2J2
On behalf of our client Castellan Biotech
"""
    mail(case, 2, owner=owner, frm="Devon Asante <devon.asante@harbourline.example>", to=owner,
         date=dt(2026, 10, 29, 9, 3, tz), subject="Castellan panel - prep notes", text=t2)
    label(case, owner, [iv("Castellan Biotech", "Clinical Data Manager", start, end, "onsite",
                           ["ma.levesque@castellanbio.example", "julia.orsolya@castellanbio.example"],
                           ["ma.levesque@castellanbio.example", "julia.orsolya@castellanbio.example"])],
          "medium", "positive/client-invite-copies-agency",
          "Client Google invite with two panelists plus the agency recruiter as optional guest; agency prep mail "
          "is the same interview. Interview falls 3 days after the Nov 1 DST end (EST -05:00), invite sent in "
          "EDT. Agency recruiter and coordinator are not interviewers.")


def c10():
    case = "b43-10-two-agencies-two-clients-ny-and-singapore"
    owner = "oren.kaltmann@example.com"
    ny = "America/New_York"
    s1, e1 = dt(2026, 11, 2, 14, 0, ny), dt(2026, 11, 2, 14, 30, ny)
    sg = "Asia/Singapore"
    s2, e2 = dt(2026, 11, 6, 10, 0, sg), dt(2026, 11, 6, 11, 0, sg)
    t1 = """Oren -

Northbeam Payments want to talk. First round is with Carla Mendonça (VP
Engineering) for the Engineering Manager, Platform role:

Mon 11/2, 2pm ET, 30 min, phone - she'll call your cell.

Comp band confirmed at 230-255 base + equity as discussed. I'll brief you
Friday.

Felix

Felix Amoah | Managing Director
Bramblegate Consulting - Engineering Leadership Search
c: 212.555.0134 | 1 World Trade Center, 85th Fl, New York, NY 10007
"""
    mail(case, 1, owner=owner, frm="Felix Amoah <felix.amoah@bramblegate.example>", to=owner,
         date=dt(2026, 10, 28, 17, 55, ny), subject="Northbeam - first round booked", text=t1)
    t2 = """Dear Oren,

Thank you for agreeing to be presented to Qorvane Robotics. I am pleased to
share that their CTO, Hartono Wijaya, would like to speak with you about the
Head of Platform Engineering position.

Proposed slot: Friday 6 November, 10:00am SGT (this is Thursday 5 November,
9:00pm in New York). Duration 1 hour, via Microsoft Teams; the link will
follow from Qorvane's EA.

Kindly confirm at your earliest convenience.

Warm regards,
Tan Wei Ling
Director, Technology Practice
Lion City Search Pte. Ltd. | EA Licence No. 19C9999
8 Marina View, #39-01, Singapore 018960 | +65 6555 0128
"""
    mid2 = mail(case, 2, owner=owner, frm="Tan Wei Ling <weiling.tan@lioncitysearch.example>", to=owner,
                date=dt(2026, 10, 30, 9, 30, sg), subject="Qorvane Robotics - Head of Platform Engineering - CTO interview",
                text=t2)
    t3 = """Hi Wei Ling,

Confirmed - Friday 10am SGT / Thursday 9pm my time works. Looking forward
to it.

Best,
Oren

On Thu, Oct 29, 2026 at 9:30 PM Tan Wei Ling <weiling.tan@lioncitysearch.example> wrote:
""" + quote(t2) + "\n"
    mail(case, 3, owner=owner, frm="Oren Kaltmann <%s>" % owner,
         to="Tan Wei Ling <weiling.tan@lioncitysearch.example>", date=dt(2026, 10, 29, 22, 14, ny),
         subject="Re: Qorvane Robotics - Head of Platform Engineering - CTO interview", text=t3,
         in_reply_to=mid2, msgid_domain="mail.example")
    label(case, owner, [
        iv("Northbeam Payments", "Engineering Manager, Platform", s1, e1, "hiring_manager",
           [], ["felix.amoah@bramblegate.example"]),
        iv("Qorvane Robotics", "Head of Platform Engineering", s2, e2, "hiring_manager",
           [], ["weiling.tan@lioncitysearch.example"])],
        "hard", "positive/two-interviews-two-agencies",
        "Two agencies, two clients. 'Mon 11/2, 2pm ET' is the day after the US DST end (EST -05:00). The SGT "
        "slot is given with a NY conversion; Singapore has no DST. Interviewer addresses absent -> agency "
        "recruiters are the follow-up recipients.")


def c11():
    case = "b43-11-candidate-withdraws-via-agency-dublin-ics"
    owner = "siobhan.garvey@example.com"
    tz = "Europe/Dublin"
    start, end = dt(2026, 9, 18, 15, 0, tz), dt(2026, 9, 18, 16, 0, tz)
    cal = ics("REQUEST", "-//Apple Inc.//macOS 16.1//EN", [[
        "CREATED:20260909T103115Z", "DTSTAMP:20260909T103122Z", "LAST-MODIFIED:20260909T103122Z",
        "UID:8F1C2A77-4B0E-4E0D-9A53-7D21C0FFEE43",
        "DTSTART;TZID=Europe/Dublin:" + local(start), "DTEND;TZID=Europe/Dublin:" + local(end),
        "SUMMARY:" + esc("Orvella Systems - technical interview (Siobhan Garvey)"),
        "LOCATION:" + esc("Orvella Systems, Block C, Grand Canal Quay, Dublin 2"),
        "DESCRIPTION:" + esc("Technical interview for Senior QA Automation Engineer with Ravi Chandrasekar "
                             "(QA Lead). Test design + a Playwright exercise on their laptop.\nAgency contact: "
                             "Conor Mulhall, Liffey Talent, +353 1 555 0147"),
        "ORGANIZER;CN=Conor Mulhall:mailto:conor.mulhall@liffeytalent.example",
        attendee("Siobhan Garvey", owner),
        "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE"]], tzs=[("Europe/Dublin", "Europe/Dublin")])
    add_file(case, "ics", cal)
    t2 = """Hi Conor,

I'm sorry to do this at short notice, but I've accepted an offer from
another company over the weekend and would like to withdraw from the
Orvella process. Could you please pass my apologies on to Ravi for
Friday? I really appreciate all your help.

Thanks,
Siobhan
"""
    mid = mail(case, 2, owner=owner, frm="Siobhan Garvey <%s>" % owner,
               to="Conor Mulhall <conor.mulhall@liffeytalent.example>", date=dt(2026, 9, 14, 8, 47, tz),
               subject="Orvella - withdrawing", text=t2, msgid_domain="mail.example")
    t3 = """Hi Siobhan,

Congratulations on the new role! No problem at all - I've let Orvella know
and Friday's interview is cancelled. If anything changes down the line,
you know where I am.

All the best,
Conor

Conor Mulhall | Senior Recruiter, QA & Test
Liffey Talent | 3 Ely Place, Dublin 2, D02 XY00
+353 1 555 0147 | +353 87 555 0192

-----Original Message-----
From: Siobhan Garvey <%s>
Sent: Monday 14 September 2026 08:47
To: Conor Mulhall <conor.mulhall@liffeytalent.example>
Subject: Orvella - withdrawing

""" % owner + t2
    mail(case, 3, owner=owner, frm="Conor Mulhall <conor.mulhall@liffeytalent.example>",
         to="Siobhan Garvey <%s>" % owner, date=dt(2026, 9, 14, 9, 30, tz),
         subject="RE: Orvella - withdrawing", text=t3, in_reply_to=mid)
    label(case, owner, [iv("Orvella Systems", "Senior QA Automation Engineer", start, end, "technical",
                           [], ["conor.mulhall@liffeytalent.example"], status="cancelled")],
          "medium", "positive/cancellation-candidate-withdrawal",
          "Standalone .ics (agency recruiter's calendar, Europe/Dublin, IST +01:00) then the owner withdraws "
          "and the agency confirms 'Friday's interview is cancelled'. Ravi's address never appears.")


def c12():
    case = "b43-12-agency-gcal-event-sao-paulo-15h"
    owner = "beatriz.lacerda@example.com"
    tz = "America/Sao_Paulo"
    start, end = dt(2026, 8, 20, 15, 0, tz), dt(2026, 8, 20, 16, 0, tz)
    t1 = """Oi Beatriz, tudo bem?

Boa notícia: a Amarílis Pagamentos gostou muito do seu perfil e quer
conversar com você sobre a vaga de Gerente de Produto Sênior.

Entrevista confirmada com o Renato Quaresma (Head de Produto) na quinta,
20/08, às 15h (horário de Brasília), por Google Meet, duração de 1 hora.
Já te mandei o convite pelo Google Agenda com o link.

Dica: ele gosta de discutir métricas de conversão e experimentos, então
leve 2 ou 3 casos concretos do checkout que você redesenhou.

Qualquer coisa me chama no WhatsApp.

Abraço,
Thiago Morimoto
Consultor Sênior | Ipê Talentos
Av. Paulista, 1842 - 15º andar - São Paulo/SP
+55 11 95555-0183
"""
    mail(case, 1, owner=owner, frm="Thiago Morimoto <thiago.morimoto@ipetalentos.example>", to=owner,
         date=dt(2026, 8, 17, 18, 22, tz), subject="Entrevista Amarílis Pagamentos - quinta 20/08", text=t1)
    ev = {
        "kind": "calendar#event",
        "etag": "\"3551209948221000\"",
        "id": "7n2kq0c4vb8m1hj3s9d6f5t0ro",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=N24ya3EwYzR2YjhtMWhqM3M5ZDZmNXQwcm8",
        "created": "2026-08-17T21:15:02.000Z",
        "updated": "2026-08-17T21:16:54.110Z",
        "summary": "Entrevista | Beatriz Lacerda x Renato Quaresma (Amarílis Pagamentos)",
        "description": "Entrevista com o Head de Produto da Amarílis Pagamentos para a vaga de Gerente de Produto Sênior. "
                       "Convite enviado pela Ipê Talentos em nome do cliente.",
        "creator": {"email": "thiago.morimoto@ipetalentos.example", "displayName": "Thiago Morimoto"},
        "organizer": {"email": "thiago.morimoto@ipetalentos.example", "displayName": "Thiago Morimoto"},
        "start": {"dateTime": iso(start), "timeZone": tz},
        "end": {"dateTime": iso(end), "timeZone": tz},
        "iCalUID": "7n2kq0c4vb8m1hj3s9d6f5t0ro@google.com",
        "sequence": 0,
        "attendees": [
            {"email": "thiago.morimoto@ipetalentos.example", "displayName": "Thiago Morimoto", "organizer": True,
             "responseStatus": "accepted"},
            {"email": "renato.quaresma@amarilis.example", "displayName": "Renato Quaresma",
             "responseStatus": "accepted"},
            {"email": owner, "self": True, "responseStatus": "needsAction"},
        ],
        "hangoutLink": "https://meet.google.com/rvt-qnbe-ksa",
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    add_file(case, "gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")
    label(case, owner, [iv("Amarílis Pagamentos", "Gerente de Produto Sênior", start, end, "hiring_manager",
                           ["renato.quaresma@amarilis.example"], ["renato.quaresma@amarilis.example"])],
          "medium", "positive/agency-gcal-json-portuguese",
          "Portuguese agency mail ('quinta, 20/08, às 15h (horário de Brasília)') + Calendar API event created "
          "by the agency recruiter with the client's HM as guest. Brazil has no DST (-03:00).")


def c13():
    case = "b43-13-agency-onsite-itinerary-phoenix-base64"
    owner = "jude.ferreira@example.com"
    tz = "America/Phoenix"
    start, end = dt(2026, 3, 10, 9, 0, tz), dt(2026, 3, 10, 13, 15, tz)
    t1 = """Hi Jude,

Here's your final itinerary for the onsite at Drywash Semiconductor (Process
Integration Engineer, Fab 2) on Tuesday March 10th. All times Arizona time -
remember AZ doesn't do daylight saving, so as of this week we're 3 hours
behind your folks back East.

  8:45 AM   Arrive at the Visitor Center, 2200 W Chandler Blvd, Chandler AZ
            (security badge + NDA signing - bring a government photo ID)
  9:00 AM   Lorna Beckwith, Hiring Manager (Integration Eng) - 45 min
  9:45 AM   Technical panel: yield/defect case study - 45 min
 10:30 AM   Break
 10:45 AM   Fab tour (gowning) with Emre Kaya, Sr. Process Engineer
 11:30 AM   Lunch with two engineers from the team
 12:30 PM   HR wrap-up with Danielle Soto - ends 1:15 PM

Dress is business casual; closed-toe shoes for the fab. Parking is in Lot
C, tell the guard you're an interview candidate.

I'll call you around 2 to debrief. You've got this!

Alma

Alma Reyes-Whitaker
Senior Technical Recruiter - Semiconductor & Manufacturing
Saguaro Technical Staffing | 1 N Central Ave, Suite 1600, Phoenix, AZ 85004
O: 602-555-0117 | C: 480-555-0163
On behalf of our client, Drywash Semiconductor
"""
    mail(case, 1, owner=owner, frm="Alma Reyes-Whitaker <alma.rw@saguarostaffing.example>", to=owner,
         date=dt(2026, 3, 6, 15, 30, tz), subject="Your Drywash onsite - final itinerary (Tue 3/10)",
         text=t1, cte="base64")
    label(case, owner, [iv("Drywash Semiconductor", "Process Integration Engineer", start, end, "onsite",
                           [], ["alma.rw@saguarostaffing.example"])],
          "hard", "positive/agency-onsite-itinerary",
          "Base64 agency itinerary; onsite = first session 9:00 to last session end 1:15 PM (8:45 is arrival/"
          "security). Phoenix has no DST (-07:00) even though the US changed on Mar 8. No interviewer addresses.")


# ============================================================================ NEGATIVES
def n14():
    case = "b43-14-agency-job-alert-digest"
    owner = "tomas.quillan@example.com"
    tz = "Europe/London"
    html = """<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#0b4f6c">Your weekly job matches from Tallis &amp; Reed</h2>
<p>Hi Tomas, here are 4 new roles that match your saved search <i>".NET / C# - South West"</i>.</p>
<table cellpadding="6">
<tr><td><b>Lead .NET Engineer</b> &ndash; Insurance, Bristol (hybrid)<br>&pound;75&ndash;85k &middot; Interview process: 2 stages (technical + culture), interviewing from w/c 20 April</td></tr>
<tr><td><b>Senior C# Developer</b> &ndash; Renewables, Bath<br>&pound;65&ndash;72k &middot; Client is scheduling first interviews on Thursdays 2pm&ndash;5pm</td></tr>
<tr><td><b>Solutions Architect</b> &ndash; Public sector, Swindon<br>&pound;80k + pension &middot; SC clearance required before interview</td></tr>
<tr><td><b>.NET Contractor</b> &ndash; 6 months, Outside IR35, &pound;550/day<br>Immediate start &middot; one-stage video call</td></tr>
</table>
<p><a href="https://tallisreed.example/jobs?alert=8812">View all roles</a> &nbsp;|&nbsp;
<a href="https://tallisreed.example/book-a-call">Schedule a call with your consultant</a></p>
<p style="font-size:8pt;color:#888">You are receiving this because you created a job alert on tallisreed.example.
Tallis &amp; Reed Recruitment Ltd, Floor 3, 11 Queen Square, Bristol BS1 4NT.
<a href="https://tallisreed.example/unsubscribe?u=tq">Unsubscribe</a></p>
</body></html>
"""
    mail(case, 1, owner=owner, frm="Tallis & Reed Jobs <jobs-noreply@tallisreed.example>", to=owner,
         date=dt(2026, 4, 13, 7, 0, tz), subject="4 new roles for you - interviewing now", html=html,
         headers=[("List-Unsubscribe", "<https://tallisreed.example/unsubscribe?u=tq>")])
    label(case, owner, [], "easy", "negative/agency-job-alert",
          "Agency job-alert digest that talks about interview stages and interview days; nothing booked.")


def n15():
    case = "b43-15-right-to-represent-consent-request"
    owner = "dana.whitcombe@example.com"
    tz = "America/Los_Angeles"
    t = """Hi Dana,

Hope the week's going well. I have a Senior Analytics Engineer opening at
Orvella Systems (remote, US) that I think fits you really well - dbt,
Snowflake, heavy stakeholder work.

Before I can submit you I need your explicit right to represent. Please
reply with:

  "I, Dana Whitcombe, authorize Harbourline Talent to submit my resume to
   Orvella Systems for the Senior Analytics Engineer role."

Timing-wise the hiring manager is interviewing candidates next Tuesday and
Wednesday afternoons, so if you consent today I can probably get you one of
the last slots. Also let me know your desired base and whether you're
interviewing anywhere else.

Thanks!
Devika

Devika Raman | Technical Recruiter | Harbourline Talent
+1 (206) 555-0104 | 1201 3rd Ave, Seattle, WA 98101
"""
    mail(case, 1, owner=owner, frm="Devika Raman <devika.raman@harbourline.example>", to=owner,
         date=dt(2026, 4, 16, 11, 5, tz),
         subject="Right to represent - Senior Analytics Engineer @ Orvella Systems (candidate consent)", text=t)
    label(case, owner, [], "medium", "negative/consent-to-submit",
          "'Can I submit you?' consent request; mentions interview days but nothing is booked.")


def n16():
    case = "b43-16-staffing-rate-negotiation-call-invite"
    owner = "rafael.dunmore@example.com"
    tz = "America/Chicago"
    start, end = dt(2026, 6, 18, 16, 0, tz), dt(2026, 6, 18, 16, 30, tz)
    body = """When: Thursday, June 18, 2026 4:00 PM-4:30 PM (UTC-06:00) Central Time (US & Canada).
Where: Phone - Keisha will call 773-555-0142

*~*~*~*~*~*~*~*~*~*

Congrats again on the offer from Trevanion! Let's use this call to finalize your pay rate for the
contract period (W2 hourly vs. corp-to-corp), the conversion salary after month 6, your start date
and the background check / drug screen schedule.

Keisha Ambrose
Technical Recruiter | Northpoint Staffing
Direct 312-555-0187
"""
    cal = ics("REQUEST", "Microsoft Exchange Server 2010", [[
        "ORGANIZER;CN=Keisha Ambrose:mailto:kambrose@northpointstaffing.example",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rafael Dunmore:mailto:" + owner,
        "DESCRIPTION;LANGUAGE=en-US:" + esc(body),
        "UID:040000008200E00074C5B7101A82E00800000000C4D5E6F7A8B9DC01000000000000000010000000F1E2D3C4B5A6",
        "SUMMARY;LANGUAGE=en-US:Rate & start date discussion - Trevanion contract (Rafael)",
        "DTSTART;TZID=Central Standard Time:" + local(start),
        "DTEND;TZID=Central Standard Time:" + local(end),
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260617T142210Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Phone",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]],
        tzs=[("Central Standard Time", "America/Chicago")])
    mail(case, 1, owner=owner, frm="Keisha Ambrose <kambrose@northpointstaffing.example>",
         to="Rafael Dunmore <%s>" % owner, date=dt(2026, 6, 17, 9, 22, tz),
         subject="Rate & start date discussion - Trevanion contract (Rafael)", text=body, calendar=cal,
         headers=[("Content-class", "urn:content-classes:calendarmessage")])
    label(case, owner, [], "hard", "negative/rate-negotiation-call",
          "Real Exchange invite from the staffing recruiter, but it is a post-offer pay-rate/start-date call, "
          "not an interview.")


def n17():
    case = "b43-17-staffing-timesheet-reminder"
    owner = "rafael.dunmore@example.com"
    tz = "America/Chicago"
    t = """Hi Rafael,

This is a friendly reminder that your timesheet for the week ending
Friday 07/17/2026 (Trevanion Logistics - Network Engineer, assignment
#NP-40817) has not been submitted yet.

Please submit and have your client manager approve it in the Northpoint
portal by Monday 9:00 AM CT so you're included in this week's payroll
schedule. Late timesheets roll to the next pay cycle.

Reminder: your 30-day check-in call with your recruiter is coming up - if
you haven't already, pick a time on the portal. We also love referrals:
refer a candidate who gets placed after a client interview and earn $500.

Northpoint Staffing Payroll Team
payroll@northpointstaffing.example | 312-555-0100
This is an automated message - please do not reply.
"""
    mail(case, 1, owner=owner, frm="Northpoint Staffing <no-reply@northpointstaffing.example>", to=owner,
         date=dt(2026, 7, 17, 15, 0, tz), subject="Action required: timesheet for week ending 07/17/2026",
         text=t)
    label(case, owner, [], "easy", "negative/timesheet-reminder",
          "Contractor timesheet reminder from the staffing firm (schedule, client, recruiter call, interview "
          "words) - no interview.")


def n18():
    case = "b43-18-inmail-with-calendar-link"
    owner = "meiling.sato@example.com"
    tz = "America/New_York"
    text = """Gideon Ashworth sent you a new message

Gideon Ashworth
Retained Search Partner at Fairhaven & Cole | Design Leadership

"Hi Mei-Ling - I lead design searches for a handful of venture-backed
companies in NYC and one of them is looking for a Head of Design to build
out the team from 4 to 15. Your background is a strong match. If you're
open to an exploratory conversation, grab 20 minutes on my calendar here:
https://cal.fairhavencole.example/gideon/intro-call - any slot that says
'Candidate call' works. No pressure either way."

Reply: https://profinder.example/messaging/thread/2-MzQ1ODk2

You're receiving InMail notifications. Unsubscribe: https://profinder.example/psettings/email
ProFinder Corporation, 1000 Example Way, Sunnyvale, CA
"""
    html = ("<html><body><p><b>Gideon Ashworth</b> sent you a new message</p>"
            "<p style=\"color:#555\">Retained Search Partner at Fairhaven &amp; Cole | Design Leadership</p>"
            "<blockquote>Hi Mei-Ling - I lead design searches for a handful of venture-backed companies in NYC and one "
            "of them is looking for a Head of Design to build out the team from 4 to 15. Your background is a strong "
            "match. If you're open to an exploratory conversation, grab 20 minutes on my calendar here: "
            "<a href=\"https://cal.fairhavencole.example/gideon/intro-call\">https://cal.fairhavencole.example/gideon/intro-call</a>"
            " - any slot that says 'Candidate call' works. No pressure either way.</blockquote>"
            "<p><a href=\"https://profinder.example/messaging/thread/2-MzQ1ODk2\">Reply</a></p></body></html>\n")
    mail(case, 1, owner=owner, frm="Gideon Ashworth via ProFinder <inmail-hit-reply@profinder.example>",
         to="Mei-Ling Sato <%s>" % owner, date=dt(2026, 5, 20, 8, 14, tz),
         subject="Gideon sent you a new message: Head of Design - confidential search", text=text, html=html)
    label(case, owner, [], "medium", "negative/inmail-calendar-link",
          "Headhunter InMail-style notification with an unbooked scheduling link.")


def n19():
    case = "b43-19-owner-is-hiring-manager-agency-candidate"
    owner = "hannah.volkov@example.com"
    tz = "Europe/London"
    start, end = dt(2026, 5, 6, 11, 0, tz), dt(2026, 5, 6, 12, 0, tz)
    body = """Hi Hannah,

As agreed, here's the invite for your interview with our candidate Tobias Renner for your Senior
Management Accountant vacancy. His CV and our interview notes are attached to the earlier email.
Tobias will join via Teams; please let me know your feedback by Thursday so I can manage his other
offers.

Kind regards,
Rhys Pemberton
Principal Consultant - Accountancy & Finance, Solent People
023 8055 5019 | 1 Ocean Way, Southampton SO14 3JZ
"""
    cal = ics("REQUEST", "Microsoft Exchange Server 2010", [[
        "ORGANIZER;CN=Rhys Pemberton:mailto:rhys.pemberton@solentpeople.example",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Hannah Volkov:mailto:" + owner,
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Tobias Renner:mailto:tobias.renner@mail.example",
        "DESCRIPTION;LANGUAGE=en-GB:" + esc(body),
        "UID:040000008200E00074C5B7101A82E00800000000D9E8F7A6B5C4DC01000000000000000010000000A1B2C3D4E5F6",
        "SUMMARY;LANGUAGE=en-GB:Interview: Tobias Renner (Solent People candidate) - Senior Management Accountant",
        "DTSTART;TZID=GMT Standard Time:" + local(start), "DTEND;TZID=GMT Standard Time:" + local(end),
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:20260429T101530Z", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE"]],
        tzs=[("GMT Standard Time", "Europe/London")])
    text = ("When: 06 May 2026 11:00-12:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\n"
            "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body)
    mail(case, 1, owner=owner, frm="Rhys Pemberton <rhys.pemberton@solentpeople.example>",
         to="Hannah Volkov <%s>" % owner, cc="Tobias Renner <tobias.renner@mail.example>",
         date=dt(2026, 4, 29, 11, 15, tz),
         subject="Interview: Tobias Renner (Solent People candidate) - Senior Management Accountant",
         text=text, calendar=cal, headers=[("Content-class", "urn:content-classes:calendarmessage")])
    label(case, owner, [], "hard", "negative/user-is-interviewer",
          "Agency books its candidate with the owner, who is the hiring manager (interviewer), not the candidate.")


def n20():
    case = "b43-20-rejection-feedback-via-agency"
    owner = "oren.kaltmann@example.com"
    tz = "America/New_York"
    t = """Oren,

Heard back from Northbeam this morning. Carla enjoyed the conversation but
they've decided to go with an internal candidate for the Engineering
Manager, Platform role, so they won't be scheduling a second round.

Her feedback: strong on incident management and hiring, wanted more depth
on cost governance for the Kafka estate. Useful for the next one.

I've got two other searches that could fit - let's set up a call when
you have a minute.

Felix

Felix Amoah | Managing Director
Bramblegate Consulting - Engineering Leadership Search
c: 212.555.0134
"""
    mail(case, 1, owner=owner, frm="Felix Amoah <felix.amoah@bramblegate.example>", to=owner,
         date=dt(2026, 11, 6, 10, 42, tz), subject="Northbeam - feedback", text=t)
    label(case, owner, [], "medium", "negative/rejection-via-agency",
          "Agency passes on a rejection after an interview; no date/time of any interview.")


def n21():
    case = "b43-21-agency-interview-coaching-session"
    owner = "sam.oduya@example.com"
    tz = "Europe/London"
    start, end = dt(2026, 9, 15, 18, 0, tz), dt(2026, 9, 15, 18, 45, tz)
    cal = ics("REQUEST", "-//Slotwell//Booking 2.1//EN", [[
        "UID:slotwell-bk-55120934@slotwell.example",
        "DTSTAMP:" + utcstamp(dt(2026, 9, 9, 20, 4, tz)),
        "DTSTART:" + utcstamp(start), "DTEND:" + utcstamp(end),
        "SUMMARY:" + esc("Mock interview & CV review - Fenwright Candidate Coaching"),
        "DESCRIPTION:" + esc("Practice competency interview with a Fenwright career coach. This is a free "
                             "service for registered candidates and is not part of any client's hiring process."),
        "ORGANIZER;CN=Ruth Okafor:mailto:ruth.okafor@fenwright.example",
        attendee("Sam Oduya", owner), "STATUS:CONFIRMED", "SEQUENCE:0"]])
    t = """Hi Sam,

You're booked in!

Mock interview & CV review - Fenwright Candidate Coaching
Tuesday, 15 September 2026, 6:00pm - 6:45pm (British Summer Time)
Coach: Ruth Okafor
Location: Video call (link in the calendar invite)

Ruth will run a 30-minute practice interview (STAR-style competency
questions) and then spend 15 minutes on your CV. Please send her your
latest CV beforehand.

Need to reschedule? https://slotwell.example/r/55120934

Powered by Slotwell
"""
    mail(case, 1, owner=owner, frm="Slotwell <notifications@slotwell.example>",
         reply_to="Ruth Okafor <ruth.okafor@fenwright.example>", to=owner, date=dt(2026, 9, 9, 21, 4, tz),
         subject="Confirmed: Mock interview & CV review with Ruth Okafor on Tue 15 Sep, 6:00pm",
         text=t, attach_ics=cal, attach_name="booking.ics")
    label(case, owner, [], "hard", "negative/agency-mock-interview",
          "Agency's free coaching/mock interview booked through a scheduling vendor with .ics; mock interviews "
          "are not interviews.")


def n22():
    case = "b43-22-agency-availability-request-slots"
    owner = "aurelie.fontanel@example.com"
    tz = "Europe/Paris"
    t = """Bonjour Aurélie,

Bonne nouvelle : Castellan Biotech souhaite vous rencontrer pour le poste
de Responsable Comptable (H/F) à Lyon. Pourriez-vous me dire lequel de ces
créneaux vous convient pour un premier entretien en visio ?

  - lundi 11 mai à 10h
  - mardi 12 mai à 14h30
  - mercredi 13 mai à 16h

Dès que j'ai votre retour, je le confirme au client et je vous envoie
l'invitation.

Bien cordialement,
Bastien Royer
Cabinet Verlaine Conseil | +33 1 55 55 72 40
"""
    mail(case, 1, owner=owner, frm="Bastien Royer <b.royer@verlaine-conseil.example>", to=owner,
         date=dt(2026, 5, 5, 9, 20, tz), subject="Castellan Biotech - vos disponibilités pour un entretien ?",
         text=t)
    label(case, owner, [], "medium", "negative/availability-request",
          "Agency offers three candidate slots (French); nothing is confirmed.")


# ----------------------------------------------------------------------------- write
def main():
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
               n14, n15, n16, n17, n18, n19, n20, n21, n22):
        fn()
    for name in os.listdir(HERE):
        if name.startswith("b43-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    names = {
        "b43-01": ["client-hm-round", "fwd-invitation"],
        "b43-03": ["screen-question", "re-noon-works", "re-confirmed"],
        "b43-04": ["chair-meeting-proposal", "re-confirm", "aw-confirmed"],
        "b43-05": ["client-interview-set", "teams-invite"],
        "b43-06": ["confirmation-entretien", "other-agency-consent", "re-decline"],
        "b43-07": ["interview-arranged", "client-cancelled"],
        "b43-08": ["confirmed", "new-time"],
        "b43-09": ["invitation-panel", "agency-prep"],
        "b43-10": ["northbeam-first-round", "qorvane-cto", "re-confirm-qorvane"],
        "b43-11": ["orvella-technical", "withdrawing", "re-withdrawing"],
        "b43-12": ["entrevista-confirmada", "event"],
        "b43-02": ["interview-confirmed"],
        "b43-13": ["onsite-itinerary"],
        "b43-14": ["weekly-job-matches"],
        "b43-15": ["right-to-represent"],
        "b43-16": ["rate-discussion-invite"],
        "b43-17": ["timesheet-reminder"],
        "b43-18": ["inmail-notification"],
        "b43-19": ["interview-invite-owner-interviews"],
        "b43-20": ["northbeam-feedback"],
        "b43-21": ["coaching-booking-confirmed"],
        "b43-22": ["disponibilites"],
    }
    for case, items in CASES.items():
        d = os.path.join(HERE, case)
        os.makedirs(d)
        slugs = names.get(case[:6], [])
        for i, (kind, data) in enumerate(items, 1):
            slug = slugs[i - 1] if i - 1 < len(slugs) else "message"
            with open(os.path.join(d, "%02d-%s.%s" % (i, slug, kind)), "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# blind43 labels (agencies, headhunters, staffing firms). Generated by make_cases.py.\n")
        yaml.safe_dump(LABELS, f, sort_keys=True, allow_unicode=True, width=110, default_flow_style=False)


if __name__ == "__main__":
    main()
