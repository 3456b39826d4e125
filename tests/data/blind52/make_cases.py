#!/usr/bin/env python3
"""Deterministic generator for the blind52 evaluation set (written blind; all names invented)."""
import json, os, shutil
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.policy import default
from email.utils import format_datetime
from zoneinfo import ZoneInfo
import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
USER = "rhiannon.okoye@example.com"
UNAME = "Rhiannon Okoye"
LON, DXB, SGP = ZoneInfo("Europe/London"), ZoneInfo("Asia/Dubai"), ZoneInfo("Asia/Singapore")
UTC = ZoneInfo("UTC")

def T(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=tz)

def iso(dt):
    return dt.isoformat() if dt else None

VTZ = {
 "GMT Standard Time": ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
   "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
   "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
   "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
 "Arabian Standard Time": ["BEGIN:VTIMEZONE", "TZID:Arabian Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T000000",
   "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400", "END:STANDARD", "END:VTIMEZONE"],
 "Singapore Standard Time": ["BEGIN:VTIMEZONE", "TZID:Singapore Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T000000",
   "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "END:STANDARD", "END:VTIMEZONE"],
 "Asia/Singapore": ["BEGIN:VTIMEZONE", "TZID:Asia/Singapore", "X-LIC-LOCATION:Asia/Singapore", "BEGIN:STANDARD",
   "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:+08", "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
 "Europe/London": ["BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London", "BEGIN:DAYLIGHT",
   "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST", "DTSTART:19700329T010000",
   "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:+0100",
   "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
   "END:STANDARD", "END:VTIMEZONE"],
 "Asia/Dubai": ["BEGIN:VTIMEZONE", "TZID:Asia/Dubai", "X-LIC-LOCATION:Asia/Dubai", "BEGIN:STANDARD",
   "TZOFFSETFROM:+0400", "TZOFFSETTO:+0400", "TZNAME:+04", "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
}

def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    out, cur = [], ""
    for ch in line:
        lim = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > lim:
            out.append(cur); cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)

def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

def ics(method, uid, seq, summary, start, end, tzid, organizer, attendees, description="", location="",
        status="CONFIRMED", stamp=None, prodid="-//Google Inc//Google Calendar 70.9054//EN", ms=False):
    tz = start.tzinfo
    L = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:" + method]
    L += VTZ[tzid]
    L += ["BEGIN:VEVENT",
          "DTSTART;TZID=%s:%s" % (tzid, start.strftime("%Y%m%dT%H%M%S")),
          "DTEND;TZID=%s:%s" % (tzid, end.astimezone(tz).strftime("%Y%m%dT%H%M%S")),
          "DTSTAMP:" + (stamp or start).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
          "ORGANIZER;CN=%s:mailto:%s" % organizer, "UID:" + uid]
    for cn, em, role in attendees:
        L.append("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (role, cn, em))
    L += ["DESCRIPTION:" + esc(description), "LOCATION:" + esc(location), "SEQUENCE:%d" % seq,
          "STATUS:" + status, "SUMMARY:" + esc(summary), "TRANSP:OPAQUE"]
    if ms:
        L += ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in L) + "\r\n"

_n = [0]
def msgid(dom):
    _n[0] += 1
    return "<b52.%04d.%d@%s>" % (_n[0], 7919 * _n[0] % 100000, dom)

def mail(frm, subject, date, text=None, html=None, to=None, cc=None, reply_to=None, irt=None, refs=None,
         cte=None, cal=None, cal_method="REQUEST", attach_ics=False, extra=(), mid=None):
    m = EmailMessage()
    m["Delivered-To"] = USER
    m["From"] = frm
    m["To"] = to or "%s <%s>" % (UNAME, USER)
    if cc: m["Cc"] = cc
    if reply_to: m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(date)
    m["Message-ID"] = mid or msgid(frm.split("@")[-1].strip(">"))
    if irt: m["In-Reply-To"] = irt
    if refs: m["References"] = refs
    for k, v in extra: m[k] = v
    m["MIME-Version"] = "1.0"
    if text is not None:
        m.set_content(text, cte=cte) if cte else m.set_content(text)
        if html is not None: m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html", cte=cte) if cte else m.set_content(html, subtype="html")
    if cal:
        m.add_alternative(cal, subtype="calendar", params={"method": cal_method})
        if attach_ics:
            m.add_attachment(cal.encode(), maintype="application", subtype="ics", filename="invite.ics")
    return m.as_bytes(policy=default)

CASES, LABELS = {}, {}

def case(cid, items, interviews, difficulty, category, notes):
    CASES[cid] = items
    LABELS[cid] = {"user": USER, "interview": bool(interviews), "interviews": interviews,
                   "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}

def iv(company, role, start, end, status, ivs, rec, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": ivs, "followup_recipients": rec, "kind": kind}

SIG_AGENCY = "\n--\n%s\n%s\nCarrow Finch Recruitment | Accountancy & Finance\n3rd Floor, 12 Lantern Yard, London EC2A 4XY\nT: +44 20 7946 0312 | M: +44 7700 900418\n"

# ---------------- POSITIVES ----------------
# p01 agency phone screen, body only, "half past ten" relative to message date (Mon 9 Feb -> Thu 12 Feb)
d = T(2026, 2, 9, 16, 42, LON)
s = T(2026, 2, 12, 10, 30, LON)
case("b52-p01-agency-screen-half-past-ten", [
 ("01-carrow-finch-intro-call.eml", mail("Gemma Ridley <gemma.ridley@carrowfinch.example>",
  "Re: Financial Controller roles - quick call Thursday", d,
  "Hi Rhiannon,\n\nLovely to hear back from you. As discussed, I'd like to do a proper 30-minute screening call "
  "before I put you forward to any of my clients - I'll go through your ACA background, notice period and "
  "what you're looking for in Dubai vs Singapore.\n\nThursday at half past ten works my end, I'll ring you on "
  "your mobile (07700 900 771). If anything changes just drop me a line.\n\nSpeak then,\nGemma"
  + SIG_AGENCY % ("Gemma Ridley", "Senior Consultant"), irt="<rok.0201@example.com>", refs="<rok.0201@example.com>"))],
 [iv("Carrow Finch Recruitment", None, s, s + timedelta(minutes=30), "scheduled",
     ["gemma.ridley@carrowfinch.example"], ["gemma.ridley@carrowfinch.example"], "phone_screen")],
 "medium", "positive/agency-screen-body-only",
 "Agency recruiter screen; 'Thursday at half past ten' resolved from Mon 9 Feb 2026 message date (GMT).")

# p02 Outlook invite, GMT Standard Time, partner interview two days after UK DST start
s = T(2026, 3, 31, 14, 0, LON); e = s + timedelta(hours=1); d = T(2026, 3, 20, 9, 12, LON)
cal = ics("REQUEST", "040000008200E00074C5B7101A82E00800000000B52A0231@hollismarr.example", 0,
  "Partner interview - Rhiannon Okoye - Senior Manager, Audit & Assurance (Financial Services)", s, e,
  "GMT Standard Time", ("Laura Pennington", "laura.pennington@hollismarr.example"),
  [("Fiona Ashdown", "fiona.ashdown@hollismarr.example", "REQ-PARTICIPANT"), (UNAME, USER, "REQ-PARTICIPANT")],
  "Hi Rhiannon, you will be meeting Fiona Ashdown (Partner, FS Audit). I am coordinating and won't join.",
  "Microsoft Teams Meeting", prodid="Microsoft Exchange Server 2010", ms=True, stamp=d)
txt = ("When: Tuesday, 31 March 2026 14:00-15:00 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\nWhere: Microsoft Teams Meeting\n\n"
  "*~*~*~*~*~*~*~*~*~*\n\nHi Rhiannon,\n\nFollowing your assessment with the team, we'd like to invite you to a partner "
  "interview with Fiona Ashdown (Partner, Financial Services Audit). The conversation will last around an hour and "
  "will be a mixture of technical and motivational questions. I'm coordinating but won't be on the call.\n\n"
  "Kind regards,\nLaura Pennington\nExperienced Hire Resourcing | Hollis Marr LLP\n1 Quayside Walk, London SE1 9QQ\n+44 20 7946 0876\n\n"
  "________________________________________________________________________________\nMicrosoft Teams meeting\n"
  "Join on your computer, mobile app or room device\nClick here to join the meeting<https://teams.microsoft.example/l/meetup-join/19%3ameeting_b52p02>\n"
  "Meeting ID: 381 552 017 449\nPasscode: q7Ht2M\n")
case("b52-p02-outlook-partner-interview-gmt-standard-dst", [
 ("01-partner-interview-invite.eml", mail("Laura Pennington <laura.pennington@hollismarr.example>",
  "Partner interview - Rhiannon Okoye - Senior Manager, Audit & Assurance (Financial Services)", d, txt, cte="quoted-printable",
  cal=cal, to="Rhiannon Okoye <%s>, Fiona Ashdown <fiona.ashdown@hollismarr.example>" % USER,
  extra=[("Content-class", "urn:content-classes:calendarmessage"), ("Thread-Topic", "Partner interview - Rhiannon Okoye"),
         ("X-MS-Has-Attach", ""), ("Accept-Language", "en-GB")]))],
 [iv("Hollis Marr LLP", "Senior Manager, Audit & Assurance (Financial Services)", s, e, "scheduled",
     ["fiona.ashdown@hollismarr.example"], ["fiona.ashdown@hollismarr.example"], "hiring_manager")],
 "hard", "positive/exchange-invite-dst",
 "Exchange invite with TZID 'GMT Standard Time' on 31 Mar 2026 (BST, +01:00) while body label says (UTC+00:00); coordinator not an interviewer.")

# p03 assessment centre itinerary, HTML-only QP, one onsite 09:00-15:00
s = T(2026, 4, 21, 9, 0, LON); e = T(2026, 4, 21, 15, 0, LON); d = T(2026, 4, 13, 11, 5, LON)
html = ("<html><body style=\"font-family:Arial\"><p>Dear Rhiannon,</p><p>We are delighted to invite you to our "
  "<b>Experienced Hire Assessment Centre</b> for the <b>Assistant Director, Transaction Services</b> role at "
  "Kestrel Abbott LLP, 20 Brindle Street, London EC4M 7AA.</p><p><b>Tuesday 21 April 2026</b></p>"
  "<table border=\"1\" cellpadding=\"4\"><tr><th>Time</th><th>Session</th><th>With</th></tr>"
  "<tr><td>09:00 &ndash; 09:15</td><td>Arrival &amp; welcome</td><td>Resourcing team</td></tr>"
  "<tr><td>09:15 &ndash; 10:45</td><td>Case study preparation (written)</td><td>-</td></tr>"
  "<tr><td>11:00 &ndash; 11:45</td><td>Case study presentation &amp; Q&amp;A</td><td>Oliver Strand, Director (oliver.strand@kestrelabbott.example)</td></tr>"
  "<tr><td>11:45 &ndash; 12:45</td><td>Lunch with current Managers (informal, not assessed)</td><td>-</td></tr>"
  "<tr><td>13:00 &ndash; 14:00</td><td>Competency interview</td><td>Priya Vasanthan, Senior Manager (priya.vasanthan@kestrelabbott.example)</td></tr>"
  "<tr><td>14:15 &ndash; 15:00</td><td>Partner conversation</td><td>Hamish Tolland, Partner (hamish.tolland@kestrelabbott.example)</td></tr></table>"
  "<p>Please bring photo ID. Any questions, reply to this email or call me on +44 20 7946 0522.</p>"
  "<p>Best wishes,<br>Chloe Barrington<br>Resourcing Advisor, Kestrel Abbott LLP</p></body></html>")
R3 = ["oliver.strand@kestrelabbott.example", "priya.vasanthan@kestrelabbott.example", "hamish.tolland@kestrelabbott.example"]
case("b52-p03-assessment-centre-itinerary-html", [
 ("01-assessment-centre-invitation.eml", mail("Kestrel Abbott Careers <careers-noreply@kestrelabbott.example>",
  "Your Assessment Centre - Tuesday 21 April", d, html=html, cte="quoted-printable",
  reply_to="Chloe Barrington <chloe.barrington@kestrelabbott.example>"))],
 [iv("Kestrel Abbott LLP", "Assistant Director, Transaction Services", s, e, "scheduled", R3, R3, "onsite")],
 "hard", "positive/assessment-centre-onsite",
 "HTML-only QP itinerary; one-day assessment centre = one onsite 09:00-15:00 BST with three assessors.")

# p04 Dubai: recruiter email + Exchange invite in Arabian Standard Time (dedupe)
s = T(2026, 3, 17, 11, 0, DXB); e = s + timedelta(hours=1); d = T(2026, 3, 10, 14, 20, DXB)
cal = ics("REQUEST", "040000008200E00074C5B7101A82E00800000000B52A0417@qasrmeridian.example", 0,
  "Interview: Financial Controller - Rhiannon Okoye", s, e, "Arabian Standard Time",
  ("Yousef Al Mansoori", "yousef.almansoori@qasrmeridian.example"),
  [("Mariam Haddad", "mariam.haddad@qasrmeridian.example", "REQ-PARTICIPANT"), (UNAME, USER, "REQ-PARTICIPANT")],
  "Interview with Mariam Haddad, Head of Finance.", "Microsoft Teams Meeting", prodid="Microsoft Exchange Server 2010", ms=True, stamp=d)
case("b52-p04-dubai-email-plus-arabian-invite", [
 ("01-yousef-interview-confirmation.eml", mail("Yousef Al Mansoori <yousef.almansoori@qasrmeridian.example>",
  "Financial Controller - interview with our Head of Finance", d,
  "Dear Rhiannon,\n\nThank you for your interest in the Financial Controller position with Qasr Meridian Holdings.\n\n"
  "I'm pleased to confirm your interview with Mariam Haddad, our Head of Finance, on Tuesday 17 March at 11am Dubai "
  "time (7am UK time - I hope the early start is OK!). It will be one hour over Teams; I'll send the invite separately.\n\n"
  "Warm regards,\nYousef Al Mansoori\nTalent Acquisition Lead\nQasr Meridian Holdings | Level 9, Gate Avenue, DIFC, Dubai, UAE\n"
  "Tel: +971 4 555 0187", mid="<b52p04a@qasrmeridian.example>")),
 ("02-invite-financial-controller.eml", mail("Yousef Al Mansoori <yousef.almansoori@qasrmeridian.example>",
  "Interview: Financial Controller - Rhiannon Okoye", d + timedelta(minutes=6),
  "When: 17 March 2026 11:00-12:00 (UTC+04:00) Abu Dhabi, Muscat.\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
  "Interview with Mariam Haddad, Head of Finance.\n", cal=cal,
  extra=[("Content-class", "urn:content-classes:calendarmessage")]))],
 [iv("Qasr Meridian Holdings", "Financial Controller", s, e, "scheduled", ["mariam.haddad@qasrmeridian.example"],
     ["mariam.haddad@qasrmeridian.example"], "hiring_manager")],
 "medium", "positive/dedupe-exchange-arabian",
 "Recruiter mail ('11am Dubai time (7am UK time)') + Exchange invite TZID 'Arabian Standard Time' = one interview at +04:00.")

# p05 agency arranges then cancels (client put role on hold)
s = T(2026, 3, 5, 15, 0, LON); d1 = T(2026, 2, 27, 12, 3, LON); d2 = T(2026, 3, 3, 17, 48, LON)
case("b52-p05-agency-cancels-client-interview", [
 ("01-interview-confirmed-penhallow.eml", mail("Danny Whitlock <danny.whitlock@sablerow.example>",
  "Interview confirmed - Penhallow Capital - Head of Fund Accounting", d1,
  "Hi Rhiannon,\n\nGreat news - Penhallow Capital would like to meet you for the Head of Fund Accounting role.\n\n"
  "Details:\n  Date: Thursday 5th March\n  Time: 3pm - 4pm\n  Where: Penhallow Capital, 44 Ormond Row, London W1J 6BD (ask for reception on 6)\n"
  "  Meeting: Saskia Lorne, COO, and a member of the fund finance team\n\nI'll call you the day before to prep.\n\nCheers,\nDanny\n\n"
  "Danny Whitlock | Principal Consultant, Funds\nSable Row Talent | +44 20 7946 0640 | sablerow.example\n",
  mid="<b52p05a@sablerow.example>")),
 ("02-re-interview-confirmed-cancelled.eml", mail("Danny Whitlock <danny.whitlock@sablerow.example>",
  "RE: Interview confirmed - Penhallow Capital - Head of Fund Accounting", d2,
  "Hi Rhiannon,\n\nReally sorry to do this - I've just heard from Saskia that Penhallow have put the Head of Fund "
  "Accounting hire on hold pending a restructure, so we need to cancel Thursday's interview. I've pushed back hard "
  "and will let you know the moment it reopens.\n\nApologies again,\nDanny\n\n"
  "-----Original Message-----\nFrom: Danny Whitlock\nSent: 27 February 2026 12:03\nTo: Rhiannon Okoye\n"
  "Subject: Interview confirmed - Penhallow Capital - Head of Fund Accounting\n\n> Date: Thursday 5th March\n> Time: 3pm - 4pm\n",
  irt="<b52p05a@sablerow.example>", refs="<b52p05a@sablerow.example>"))],
 [iv("Penhallow Capital", "Head of Fund Accounting", s, s + timedelta(hours=1), "cancelled", [],
     ["danny.whitlock@sablerow.example"], "hiring_manager")],
 "medium", "positive/cancellation-by-agency",
 "Agency confirms then cancels (role on hold); interviewer addresses unknown -> recruiter is follow-up recipient.")

# p06 Google invite Singapore, rescheduled by client (SEQUENCE 1)
s0 = T(2026, 4, 8, 9, 0, SGP); s = T(2026, 4, 9, 16, 0, SGP); e = s + timedelta(hours=1)
d1 = T(2026, 3, 31, 10, 15, SGP); d2 = T(2026, 4, 6, 18, 2, SGP)
org = ("Wei Ling Tan", "weiling.tan@lumenstraits.example")
att = [("Wei Ling Tan", "weiling.tan@lumenstraits.example", "REQ-PARTICIPANT"),
       ("Arjun Pillai", "arjun.pillai@lumenstraits.example", "REQ-PARTICIPANT"), (UNAME, USER, "REQ-PARTICIPANT")]
def gtext(title, when):
    return ("%s\n%s\nSingapore Standard Time\n\nJoin with Google Meet\nhttps://meet.google.example/kqe-wpsd-tra\n\n"
            "Organizer\nWei Ling Tan\nweiling.tan@lumenstraits.example\n\nGuests\nWei Ling Tan - organizer\nArjun Pillai\n%s\n\n"
            "Lumen Straits Bank - FP&A interview with Arjun Pillai (Director, FP&A). 4pm SGT = 9am BST for Rhiannon.\n\n"
            "Invitation from Google Calendar\n" % (title, when, USER))
def ghtml(title, when):
    return "<html><body><h3>%s</h3><p>%s (Singapore Standard Time)</p><p>Guests: Wei Ling Tan, Arjun Pillai, %s</p></body></html>" % (title, when, USER)
title = "Interview: FP&A Manager - Rhiannon Okoye"
c1 = ics("REQUEST", "5q2v8b52lumen0p06@google.com", 0, title, s0, s0 + timedelta(hours=1), "Asia/Singapore", org, att,
         "FP&A interview with Arjun Pillai (Director, FP&A).", "https://meet.google.example/kqe-wpsd-tra", stamp=d1)
c2 = ics("REQUEST", "5q2v8b52lumen0p06@google.com", 1, title, s, e, "Asia/Singapore", org, att,
         "FP&A interview with Arjun Pillai (Director, FP&A). Moved at Arjun's request.", "https://meet.google.example/kqe-wpsd-tra", stamp=d2)
w1 = "Wednesday Apr 8, 2026 9am - 10am"; w2 = "Thursday Apr 9, 2026 4pm - 5pm"
case("b52-p06-google-reschedule-singapore", [
 ("01-invitation-fpa.eml", mail("Wei Ling Tan <weiling.tan@lumenstraits.example>",
  "Invitation: %s @ Wed Apr 8, 2026 9am - 10am (SGT) (%s)" % (title, USER), d1, gtext(title, w1).replace("4pm SGT = 9am BST", "9am SGT = 2am BST - Wei Ling will call to confirm this works"),
  ghtml(title, w1), cte="base64", cal=c1, attach_ics=True, reply_to="weiling.tan@lumenstraits.example",
  extra=[("Sender", "Google Calendar <calendar-notification@google.example>")])),
 ("02-updated-invitation-fpa.eml", mail("Wei Ling Tan <weiling.tan@lumenstraits.example>",
  "Updated invitation: %s @ Thu Apr 9, 2026 4pm - 5pm (SGT) (%s)" % (title, USER), d2, gtext(title, w2),
  ghtml(title, w2), cte="base64", cal=c2, attach_ics=True, reply_to="weiling.tan@lumenstraits.example",
  extra=[("Sender", "Google Calendar <calendar-notification@google.example>")]))],
 [iv("Lumen Straits Bank", "FP&A Manager", s, e, "scheduled", ["arjun.pillai@lumenstraits.example"],
     ["arjun.pillai@lumenstraits.example"], "hiring_manager")],
 "medium", "positive/reschedule-google-sequence",
 "Client moves interview from Wed 9am SGT to Thu 4pm SGT (SEQUENCE 1); final 16:00+08:00 = 09:00 BST.")

# p07 CFO final round thread with quoted reply
s = T(2026, 4, 14, 14, 0, LON); e = s + timedelta(hours=1)
d1 = T(2026, 4, 7, 9, 30, LON); d2 = T(2026, 4, 7, 12, 10, LON); d3 = T(2026, 4, 7, 15, 45, LON)
sig = "\nBest,\nImogen Carlisle\nIn-house Recruitment Partner | Harrowgate Foods plc\nHarrowgate House, 7 Mill Lane, Reading RG1 2PQ\nT +44 118 496 0233\n"
case("b52-p07-cfo-final-round-thread", [
 ("01-final-stage-slots.eml", mail("Imogen Carlisle <imogen.carlisle@harrowgate.example>",
  "Final stage - Group Financial Controller", d1,
  "Hi Rhiannon,\n\nThe panel loved your case study. The final step is a conversation with our CFO, Nadia Crowther. "
  "Could you do Tuesday 14th at 2pm or Wednesday 15th at 10am? It's an hour, in person at Harrowgate House.\n" + sig,
  mid="<b52p07a@harrowgate.example>")),
 ("02-re-final-stage.eml", mail("%s <%s>" % (UNAME, USER), "Re: Final stage - Group Financial Controller", d2,
  "Hi Imogen,\n\nThat's great news - Tuesday at 2pm is perfect.\n\nThanks,\nRhiannon\n\nOn Tue, 7 Apr 2026 at 09:30, Imogen Carlisle wrote:\n"
  "> Could you do Tuesday 14th at 2pm or Wednesday 15th at 10am?\n", to="Imogen Carlisle <imogen.carlisle@harrowgate.example>",
  irt="<b52p07a@harrowgate.example>", refs="<b52p07a@harrowgate.example>", mid="<b52p07b@example.com>")),
 ("03-re-re-final-stage-confirmed.eml", mail("Imogen Carlisle <imogen.carlisle@harrowgate.example>",
  "Re: Final stage - Group Financial Controller", d3,
  "Perfect - confirmed for Tuesday 14 April, 2:00-3:00pm with Nadia (nadia.crowther@harrowgate.example). "
  "Please sign in at reception on arrival.\n" + sig + "\n> Tuesday at 2pm is perfect.\n",
  irt="<b52p07b@example.com>", refs="<b52p07a@harrowgate.example> <b52p07b@example.com>"))],
 [iv("Harrowgate Foods plc", "Group Financial Controller", s, e, "scheduled", ["nadia.crowther@harrowgate.example"],
     ["nadia.crowther@harrowgate.example"], "hiring_manager")],
 "medium", "positive/thread-cfo-final",
 "Propose/confirm thread; final round with the CFO Tue 14 Apr 14:00 BST.")

# p08 two interviews, agency, names only
s1 = T(2026, 2, 17, 10, 0, LON); s2 = T(2026, 2, 26, 14, 0, LON)
d1 = T(2026, 2, 12, 10, 0, LON); d2 = T(2026, 2, 18, 16, 30, LON)
case("b52-p08-agency-two-rounds-oakhurst", [
 ("01-first-round-oakhurst.eml", mail("Priya Mistry <priya.mistry@thornburygrey.example>",
  "Oakhurst Reinsurance - 1st stage confirmed", d1,
  "Morning Rhiannon,\n\nConfirming your first stage with Oakhurst Reinsurance for the Financial Reporting Manager (IFRS 17) role: "
  "Tuesday 17/02 at 10:00 GMT, 45 mins on Teams with Callum Reeve, Head of Financial Reporting. The link will come from their side.\n\n"
  "Good luck!\nPriya Mistry\nThornbury Grey Search | +44 20 7946 0901\n", mid="<b52p08a@thornburygrey.example>")),
 ("02-second-round-oakhurst.eml", mail("Priya Mistry <priya.mistry@thornburygrey.example>",
  "Re: Oakhurst Reinsurance - 2nd stage!", d2,
  "Hi Rhiannon,\n\nBrilliant feedback from Callum - they'd like you back for a second stage next Thursday (26th) at 14h00, "
  "in person at 1 Fenwick Place, EC3. You'll see Callum again plus Eleanor Stroud (Finance Director) and the Group Financial Controller; "
  "allow 90 minutes.\n\nPriya\n", irt="<b52p08a@thornburygrey.example>", refs="<b52p08a@thornburygrey.example>"))],
 [iv("Oakhurst Reinsurance", "Financial Reporting Manager (IFRS 17)", s1, s1 + timedelta(minutes=45), "scheduled", [],
     ["priya.mistry@thornburygrey.example"], "hiring_manager"),
  iv("Oakhurst Reinsurance", "Financial Reporting Manager (IFRS 17)", s2, s2 + timedelta(minutes=90), "scheduled", [],
     ["priya.mistry@thornburygrey.example"], "onsite")],
 "hard", "positive/two-interviews",
 "Two rounds via agency; '17/02 at 10:00 GMT' and 'next Thursday (26th) at 14h00'; interviewer addresses not given.")

# p09 standalone Outlook .ics, Arabian Standard Time, case study panel
s = T(2026, 5, 5, 10, 0, DXB); e = T(2026, 5, 5, 11, 30, DXB)
c = ics("REQUEST", "040000008200E00074C5B7101A82E00800000000B52A0505@falconridge.example", 0,
  "Case study presentation & panel interview - Treasury Manager", s, e, "Arabian Standard Time",
  ("Rania Saeed", "rania.saeed@falconridge.example"),
  [("Khalid Rahman", "khalid.rahman@falconridge.example", "REQ-PARTICIPANT"),
   ("Joanne Marsh", "joanne.marsh@falconridge.example", "REQ-PARTICIPANT"), (UNAME, USER, "REQ-PARTICIPANT"),
   ("Rania Saeed", "rania.saeed@falconridge.example", "OPT-PARTICIPANT")],
  "Falcon Ridge Aviation - Treasury Manager. Present your case study (20 min) to Khalid Rahman (Group Treasurer) and "
  "Joanne Marsh (VP Finance), followed by Q&A and interview. Rania (Talent) will meet you at reception only.",
  "Falcon Ridge Aviation HQ, Building 4, Dubai Airport Freezone", prodid="Microsoft Exchange Server 2010", ms=True,
  stamp=T(2026, 4, 27, 9, 0, DXB))
P9 = ["khalid.rahman@falconridge.example", "joanne.marsh@falconridge.example"]
case("b52-p09-standalone-ics-arabian-panel", [("01-treasury-manager-panel.ics", c)],
 [iv("Falcon Ridge Aviation", "Treasury Manager", s, e, "scheduled", P9, P9, "onsite")],
 "medium", "positive/standalone-ics",
 "Standalone Exchange .ics, TZID 'Arabian Standard Time', 10:00-11:30 +04:00, two-person panel.")

# p10 gcal.json + recruiter email with two zones
s = T(2026, 6, 2, 10, 0, SGP); e = s + timedelta(minutes=45); d = T(2026, 5, 26, 8, 40, LON)
ev = {"kind": "calendar#event", "etag": "\"3522845654400052\"", "id": "b52marisol0p10grouprep", "status": "confirmed",
  "htmlLink": "https://www.google.example/calendar/event?eid=b52marisol0p10", "created": "2026-05-26T07:50:00.000Z",
  "updated": "2026-05-26T07:52:11.210Z", "summary": "Marisol Pacific Trading | Group Reporting Lead | Interview",
  "description": "Video interview with Benedict Goh (Regional Finance Director). Please have your CV to hand.",
  "creator": {"email": "sofia.lim@marisolpacific.example", "displayName": "Sofia Lim"},
  "organizer": {"email": "sofia.lim@marisolpacific.example", "displayName": "Sofia Lim"},
  "start": {"dateTime": iso(s), "timeZone": "Asia/Singapore"}, "end": {"dateTime": iso(e), "timeZone": "Asia/Singapore"},
  "iCalUID": "b52marisol0p10grouprep@google.com", "sequence": 0,
  "attendees": [{"email": "sofia.lim@marisolpacific.example", "displayName": "Sofia Lim", "organizer": True, "responseStatus": "accepted"},
                {"email": "benedict.goh@marisolpacific.example", "displayName": "Benedict Goh", "responseStatus": "accepted"},
                {"email": USER, "self": True, "responseStatus": "accepted"}],
  "hangoutLink": "https://meet.google.example/mpt-grpl-b52", "reminders": {"useDefault": True}, "eventType": "default"}
case("b52-p10-gcal-json-plus-mail-two-zones", [
 ("01-sofia-interview-time.eml", mail("Sofia Lim <sofia.lim@marisolpacific.example>", "Group Reporting Lead - interview time", d,
  "Hi Rhiannon,\n\nBenedict can do Tuesday 2 June at 10:00 SGT (03:00 UK time - sorry! he flies out later that day). "
  "45 minutes on Google Meet; I've just sent the calendar invite.\n\nRegards,\nSofia Lim\nHR Business Partner, Marisol Pacific Trading Pte. Ltd.\n"
  "80 Keppel Quay #12-01, Singapore 098632 | +65 6555 0143\n")),
 ("02-marisol-interview.gcal.json", json.dumps(ev, indent=2) + "\n")],
 [iv("Marisol Pacific Trading", "Group Reporting Lead", s, e, "scheduled", ["benedict.goh@marisolpacific.example"],
     ["benedict.goh@marisolpacific.example"], "hiring_manager")],
 "easy", "positive/gcal-json-dedupe",
 "Mail ('10:00 SGT (03:00 UK time)') + Calendar API event = one interview at +08:00.")

# p11 Calendly-style booking, Gulf Standard Time, recruiter screen
s = T(2026, 2, 25, 14, 0, DXB); e = s + timedelta(minutes=30); d = T(2026, 2, 20, 19, 12, DXB)
case("b52-p11-scheduling-vendor-booking-gst", [
 ("01-calendly-confirmed.eml", mail("Calendly <notifications@calendly.example>",
  "Confirmed: Finance screening call with Hessa Al Qasimi between Hessa Al Qasimi and Rhiannon Okoye", d,
  "Hi Rhiannon Okoye,\n\nA new event has been scheduled.\n\nEvent Type:\nFinance screening call (30 min)\n\nInvitee:\nRhiannon Okoye\n\n"
  "Host:\nHessa Al Qasimi - Talent Partner, Verdance Energy\n\nEvent Date/Time:\n02:00pm - 02:30pm (Gulf Standard Time), Wednesday, February 25, 2026\n\n"
  "Location:\nHessa will call you on +44 7700 900771\n\nQuestions:\nWhich role are you applying for? Senior Financial Analyst, Upstream\n\n"
  "Need to make changes? Cancel or Reschedule\n",
  html="<html><body><p>A new event has been scheduled.</p><p><b>Finance screening call (30 min)</b><br>Host: Hessa Al Qasimi (Verdance Energy)<br>"
       "02:00pm - 02:30pm (Gulf Standard Time), Wednesday, February 25, 2026</p></body></html>",
  reply_to="Hessa Al Qasimi <hessa.alqasimi@verdance.example>"))],
 [iv("Verdance Energy", "Senior Financial Analyst, Upstream", s, e, "scheduled", ["hessa.alqasimi@verdance.example"],
     ["hessa.alqasimi@verdance.example"], "phone_screen")],
 "medium", "positive/scheduling-vendor",
 "Calendly-style booking from a vendor address; recruiter (Reply-To) hosts the screen; Gulf Standard Time +04:00.")

# p12 Outlook invite then METHOD:CANCEL, GMT Standard Time, two days before UK DST
s = T(2026, 3, 27, 9, 30, LON); e = s + timedelta(hours=1); d1 = T(2026, 3, 16, 13, 0, LON); d2 = T(2026, 3, 25, 8, 14, LON)
args = ("040000008200E00074C5B7101A82E00800000000B52A0327@ravensworth.example",)
org = ("Tom Beckett", "tom.beckett@ravensworth.example")
att = [("Sunita Ghosh", "sunita.ghosh@ravensworth.example", "REQ-PARTICIPANT"), (UNAME, USER, "REQ-PARTICIPANT")]
subj = "Interview - Management Accountant - Rhiannon Okoye"
ca = ics("REQUEST", args[0], 0, subj, s, e, "GMT Standard Time", org, att, "Interview with Sunita Ghosh, Finance Manager.",
         "Ravensworth Group, 3 Canal Wharf, Leeds LS1 4BR", prodid="Microsoft Exchange Server 2010", ms=True, stamp=d1)
cb = ics("CANCEL", args[0], 1, "Canceled: " + subj, s, e, "GMT Standard Time", org, att, "Position filled internally - sorry.",
         "Ravensworth Group, 3 Canal Wharf, Leeds LS1 4BR", status="CANCELLED", prodid="Microsoft Exchange Server 2010", ms=True, stamp=d2)
case("b52-p12-outlook-cancel-gmt-before-dst", [
 ("01-invite-management-accountant.eml", mail("Tom Beckett <tom.beckett@ravensworth.example>", subj, d1,
  "When: Friday, 27 March 2026 09:30-10:30 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.\nWhere: Ravensworth Group, 3 Canal Wharf, Leeds LS1 4BR\n\n"
  "Interview with Sunita Ghosh, Finance Manager, for the Management Accountant role.\n", cal=ca,
  extra=[("Content-class", "urn:content-classes:calendarmessage")])),
 ("02-canceled-management-accountant.eml", mail("Tom Beckett <tom.beckett@ravensworth.example>", "Canceled: " + subj, d2,
  "Hi Rhiannon, unfortunately we've filled the position internally, so I'm cancelling Friday's interview. Sorry for the late notice.\nTom\n",
  cal=cb, cal_method="CANCEL", extra=[("Content-class", "urn:content-classes:calendarmessage")]))],
 [iv("Ravensworth Group", "Management Accountant", s, e, "cancelled", ["sunita.ghosh@ravensworth.example"],
     ["sunita.ghosh@ravensworth.example"], "hiring_manager")],
 "medium", "positive/cancellation-method-cancel",
 "Exchange REQUEST then METHOD:CANCEL; Fri 27 Mar 2026 is still GMT (+00:00).")

# p13 ATS HTML-only QP, Singapore technical interview
s = T(2026, 5, 7, 14, 30, SGP); e = T(2026, 5, 7, 15, 15, SGP); d = T(2026, 4, 29, 17, 0, SGP)
case("b52-p13-ats-html-only-singapore-technical", [
 ("01-interview-scheduled-corrigan.eml", mail("Corrigan Mills Recruiting <corriganmills@myworkday.example>",
  "Interview Scheduled: Senior Tax Accountant (R-20418)", d, html=(
  "<html><body><div style=\"font-family:Segoe UI\"><p>Hello Rhiannon,</p><p>Your interview for <b>Senior Tax Accountant</b> (R-20418) "
  "with Corrigan Mills has been scheduled.</p><p><b>Thu 7 May 2026, 2:30 PM &ndash; 3:15 PM (GMT+08:00) Singapore</b><br>"
  "Interview type: Technical (GST, transfer pricing, deferred tax)<br>Interviewer: Lionel Chua, Tax Director "
  "&lt;lionel.chua@corriganmills.example&gt;<br>Location: Zoom (link to follow)</p><p>Questions? Contact your recruiter "
  "Ashley Kwan at ashley.kwan@corriganmills.example.</p><p>This is an automated message, please do not reply.</p></div></body></html>"),
  cte="quoted-printable"))],
 [iv("Corrigan Mills", "Senior Tax Accountant", s, e, "scheduled", ["lionel.chua@corriganmills.example"],
     ["lionel.chua@corriganmills.example"], "technical")],
 "medium", "positive/ats-html-only",
 "Workday-style no-reply HTML-only QP mail with interviewer address in body, GMT+08:00.")

# ---------------- NEGATIVES ----------------
def neg(cid, items, cat, notes, diff="hard"):
    case(cid, items, [], diff, cat, notes)

s = T(2026, 3, 12, 12, 30, LON)
neg("b52-n14-cpd-webinar-interviewing-skills", [("01-cpd-webinar.eml", mail("ICAFW Events <events@icafw.example>",
  "Joining instructions: 'Nailing the partner interview' - CPD webinar, Thu 12 March 12:30 GMT", T(2026, 3, 5, 9, 0, LON),
  "Dear Rhiannon,\n\nThank you for registering for our CPD webinar 'Nailing the partner interview: what Big Four panels look for'. "
  "Thu 12 March, 12:30-13:30 GMT. This session counts as 1 hour of verifiable CPD. Candidates will have a live Q&A with two former partners.\n",
  cal=ics("REQUEST", "cpd-b52n14@icafw.example", 0, "CPD webinar: Nailing the partner interview", s, s + timedelta(hours=1),
          "Europe/London", ("ICAFW Events", "events@icafw.example"), [(UNAME, USER, "REQ-PARTICIPANT")],
          "Webinar link: https://events.icafw.example/w/8812", "Online", stamp=T(2026, 3, 5, 9, 0, LON)), attach_ics=True))],
  "negative/webinar", "CPD webinar about interviews, with calendar invite.")
neg("b52-n15-exam-booking", [("01-exam-booking.eml", mail("ACFA Exams <exams@acfa.example>",
  "Exam booking confirmed - Strategic Business Reporting (SBR)", T(2026, 4, 2, 10, 0, LON),
  "Dear candidate,\n\nYour exam is scheduled: Strategic Business Reporting, Wednesday 3 June 2026, 09:00 (arrive 08:30), "
  "Pearsonline Test Centre, 80 Holborn Gate, London. Candidate number 4471902. Bring photo ID. To reschedule, use your portal.\n"))],
  "negative/exam-booking", "Professional exam booking using 'candidate' and 'scheduled'.")
s = T(2026, 4, 23, 18, 30, DXB)
neg("b52-n16-networking-drinks-dubai", [("01-finance-drinks.ics", ics("REQUEST", "drinks-b52n16@sablerow.example", 0,
  "Sable Row Talent - CFO & Finance Leaders drinks (DIFC)", s, s + timedelta(hours=2, minutes=30), "Asia/Dubai",
  ("Danny Whitlock", "danny.whitlock@sablerow.example"), [(UNAME, USER, "OPT-PARTICIPANT")],
  "Informal networking drinks for finance candidates and hiring CFOs - no interviews, just a chance to hear about roles in the region.",
  "Gate Village Terrace, DIFC, Dubai", stamp=T(2026, 4, 10, 12, 0, DXB)))],
  "negative/networking-event", "Agency networking drinks .ics mentioning candidates, roles and interviews.")
neg("b52-n17-rejection-after-partner-interview", [("01-outcome.eml", mail("Laura Pennington <laura.pennington@hollismarr.example>",
  "Your interview with Hollis Marr - outcome", T(2026, 4, 8, 16, 0, LON),
  "Dear Rhiannon,\n\nThank you for taking the time to interview with Fiona last week. After careful consideration we have decided "
  "not to progress your application for the Senior Manager role. We'd be happy to arrange a short feedback call if helpful.\n\nKind regards,\nLaura\n"))],
  "negative/rejection", "Rejection after interview, offers unspecified feedback call.")
neg("b52-n18-offer-letter", [("01-offer.eml", mail("Imogen Carlisle <imogen.carlisle@harrowgate.example>",
  "Offer of employment - Group Financial Controller", T(2026, 4, 17, 11, 0, LON),
  "Dear Rhiannon,\n\nFollowing your final interview with Nadia, I'm delighted to attach your offer of employment for the Group Financial "
  "Controller role (base GBP 118,000, 15% bonus). Happy to jump on a call whenever suits to talk through the package.\n\nBest,\nImogen\n"))],
  "negative/offer", "Offer letter referencing the past final interview.")
s = T(2026, 5, 19, 11, 0, SGP)
neg("b52-n19-bank-relocation-appointment", [("01-bank-appointment.eml", mail("Straits Harbour Bank <appointments@straitsharbour.example>",
  "Your appointment: account opening for new arrivals", T(2026, 5, 12, 9, 0, SGP),
  "Dear Ms Okoye,\n\nYour appointment with a Relocation Banking specialist is confirmed for Tue 19 May 2026, 11:00am SGT at our Raffles Place branch. "
  "The short KYC interview takes 45 minutes; please bring your passport and employment pass.\n",
  cal=ics("REQUEST", "appt-b52n19@straitsharbour.example", 0, "Relocation Banking appointment", s, s + timedelta(minutes=45),
          "Asia/Singapore", ("Straits Harbour Bank", "appointments@straitsharbour.example"), [(UNAME, USER, "REQ-PARTICIPANT")],
          "Account opening", "Raffles Place branch", stamp=T(2026, 5, 12, 9, 0, SGP))))],
  "negative/bank-appointment", "Bank account-opening appointment with a 'KYC interview'.")
neg("b52-n20-background-check-call", [("01-screening-call.eml", mail("Veritas Screening <caseteam@veritasscreening.example>",
  "Candidate screening: verification call scheduled - Case VS-882104", T(2026, 4, 20, 10, 0, LON),
  "Hello Rhiannon,\n\nOn behalf of Harrowgate Foods plc we are completing your pre-employment screening. Your case handler, Marcus Bell, "
  "has scheduled a 15-minute verification call on Thursday 23 April at 11:00 BST to confirm gaps in your employment history. "
  "This is not an interview.\n\nVeritas Screening Ltd | +44 161 496 0450\n"))],
  "negative/background-check", "Background-check vendor verification call.")
neg("b52-n21-recorded-video-interview", [("01-on-demand-interview.eml", mail("Penhallow Capital via VidAssess <no-reply@vidassess.example>",
  "Action required: complete your on-demand video interview", T(2026, 2, 16, 8, 0, LON),
  html="<html><body><p>Hi Rhiannon,</p><p>Penhallow Capital has invited you to a <b>recorded video interview</b> for Fund Accountant. "
  "Answer 5 questions in your own time - please complete by <b>Friday 20 February, 23:59 GMT</b>.</p>"
  "<p><a href=\"https://app.vidassess.example/i/88213\">Start interview</a></p></body></html>"))],
  "negative/one-way-video", "HireVue-style one-way recorded interview with deadline.")
neg("b52-n22-agency-availability-request", [("01-availability.eml", mail("Gemma Ridley <gemma.ridley@carrowfinch.example>",
  "Interview slots - Dubai Financial Controller", T(2026, 2, 24, 9, 40, LON),
  "Hi Rhiannon,\n\nMy client in Dubai would like to interview you next week. They've offered Mon 2pm GST, Tue 10am GST or Wed 4pm GST "
  "(that's 10am, 6am or 12 noon UK). Which works best? I'll confirm once they lock it in.\n\nGemma" + SIG_AGENCY % ("Gemma Ridley", "Senior Consultant")))],
  "negative/availability-request", "Unbooked interview slots offered by an agency.")

def main():
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if os.path.isdir(p) and name.startswith("b52-"):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        os.makedirs(os.path.join(HERE, cid))
        for fn, data in items:
            with open(os.path.join(HERE, cid, fn), "wb") as f:
                f.write(data if isinstance(data, bytes) else data.encode("utf-8"))
    with open(os.path.join(HERE, "labels.yaml"), "w") as f:
        f.write("# Labels for blind52 (written blind; all names invented). See /work/shared/eval/README.md.\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=110)

if __name__ == "__main__":
    main()
