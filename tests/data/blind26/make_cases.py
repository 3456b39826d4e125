#!/usr/bin/env python3
"""Deterministic generator for the blind26 evaluation set.

Theme: India and Asia-Pacific IT services, staffing and campus-to-corporate hiring.
Rewrites every b26-* case folder and labels.yaml next to this file.
Only stdlib + PyYAML + zoneinfo. All people, companies and domains are invented.
"""
import base64
import hashlib
import json
import os
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.policy import default as POLICY
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
IST = ZoneInfo("Asia/Kolkata")
SGT = ZoneInfo("Asia/Singapore")
PHT = ZoneInfo("Asia/Manila")
SYD = ZoneInfo("Australia/Sydney")
AKL = ZoneInfo("Pacific/Auckland")
BER = ZoneInfo("Europe/Berlin")
UTC = timezone.utc

CASES = {}
LABELS = {}


def T(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def iso(x):
    return None if x is None else x.isoformat()


def hid(*parts):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def msgid(tag, domain):
    return "<%s@%s>" % (hid("mid", tag)[:24].upper(), domain)


# ------------------------------------------------------------------ iCalendar
def fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b"", 74
        cur += b
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_text(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


VTZ = {
    "India Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:India Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T000000",
        "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530", "END:STANDARD", "END:VTIMEZONE"],
    "Asia/Manila": [
        "BEGIN:VTIMEZONE", "TZID:Asia/Manila", "X-LIC-LOCATION:Asia/Manila", "BEGIN:STANDARD",
        "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:PST", "DTSTART:19700101T000000",
        "END:STANDARD", "END:VTIMEZONE"],
    "Australia/Sydney": [
        "BEGIN:VTIMEZONE", "TZID:Australia/Sydney", "X-LIC-LOCATION:Australia/Sydney",
        "BEGIN:STANDARD", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000", "TZNAME:AEST",
        "DTSTART:19700405T030000", "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", "END:STANDARD",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100", "TZNAME:AEDT",
        "DTSTART:19701004T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU", "END:DAYLIGHT",
        "END:VTIMEZONE"],
}


def vevent(uid, start, end, summary, organizer, attendees, tzid=None, description="", location="",
           seq=0, status="CONFIRMED", stamp=None, extra=()):
    """attendees: list of (name, email, role)."""
    def dtp(name, x):
        if tzid:
            return "%s;TZID=%s:%s" % (name, tzid, x.strftime("%Y%m%dT%H%M%S"))
        return "%s:%s" % (name, x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))
    L = ["BEGIN:VEVENT", "UID:" + uid, "SEQUENCE:%d" % seq,
         "DTSTAMP:" + (stamp or start).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"),
         dtp("DTSTART", start), dtp("DTEND", end), "SUMMARY:" + esc(summary)]
    if description:
        L.append("DESCRIPTION:" + esc(description))
    if location:
        L.append("LOCATION:" + esc(location))
    L.append('ORGANIZER;CN="%s":mailto:%s' % organizer)
    for name, mail, role in attendees:
        L.append('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN="%s":mailto:%s'
                 % (role, name, mail))
    L.append("STATUS:" + status)
    L.extend(extra)
    L.append("END:VEVENT")
    return L


def calendar(method, prodid, events, tzid=None):
    L = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append("METHOD:" + method)
    if tzid:
        L.extend(VTZ[tzid])
    for e in events:
        L.extend(e)
    L.append("END:VCALENDAR")
    return ics_text(L)


# ------------------------------------------------------------------ e-mail
def base_msg(owner, date, frm, to, subject, tag, domain, cc=None, reply_to=None, in_reply_to=None,
             references=None, sender=None, extra=()):
    m = EmailMessage(policy=POLICY)
    m["Delivered-To"] = owner
    m["Received"] = ("from mail-relay.%s (mail-relay.%s [203.0.113.%d]) by mx.mail.example with ESMTPS id %s "
                     "for <%s>; %s" % (domain, domain, int(hid(tag)[:2], 16) % 250 + 1, hid("rcv", tag)[:12],
                                       owner, format_datetime(date)))
    m["Return-Path"] = "<bounce-%s@%s>" % (hid("rp", tag)[:10], domain)
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
    m["Message-ID"] = msgid(tag, domain)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in extra:
        m[k] = v
    m["MIME-Version"] = "1.0"
    return m


def html_of(text):
    import html
    paras = text.strip("\n").split("\n\n")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">'
            + "\n".join("<p>%s</p>" % html.escape(p).replace("\n", "<br>") for p in paras)
            + "</div></body></html>\n")


def plain_mail(m, text, html=None, cte="quoted-printable"):
    m.set_content(text, cte=cte)
    if html is not None:
        m.add_alternative(html if html is not True else html_of(text), subtype="html", cte="quoted-printable")
    return m


def exchange_invite(m, text, ics, method="REQUEST"):
    m.set_content(text, cte="quoted-printable")
    m.add_alternative(html_of(text), subtype="html", cte="quoted-printable")
    m.add_alternative(ics.encode("utf-8"), maintype="text", subtype="calendar", cte="base64",
                      params={"method": method, "charset": "UTF-8"})
    return m


def google_invite(m, text, ics, method="REQUEST"):
    m.set_content(text, cte="base64")
    m.add_alternative(html_of(text), subtype="html", cte="quoted-printable")
    m.add_alternative(ics.encode("utf-8"), maintype="text", subtype="calendar", cte="7bit",
                      params={"method": method, "charset": "UTF-8"})
    m.add_attachment(ics.encode("utf-8"), maintype="application", subtype="ics", filename="invite.ics")
    return m


def quote(text, who, when):
    return "\n\nOn %s, %s wrote:\n" % (when.strftime("%a, %d %b %Y at %I:%M %p").replace(" 0", " "), who) + \
        "\n".join("> " + l if l else ">" for l in text.strip("\n").split("\n"))


def add_case(cid, items, label):
    CASES[cid] = items
    LABELS[cid] = label


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": interviewers, "followup_recipients": recipients, "kind": kind}


def lab(owner, interviews, difficulty, category, notes):
    return {"user": owner, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


def fmt_t(x):
    """'9:30 am' style, computed from an aware datetime."""
    return x.strftime("%I:%M %p").lstrip("0").lower()


# ================================================================== POSITIVES
def c01():
    owner = "karthik.subramanian@example.com"
    dom = "pinnacletalent.example"
    rec_addr = "divya.menon@pinnacletalent.example"
    rec = "Divya Menon <%s>" % rec_addr
    you = "Karthik Subramanian <%s>" % owner
    orig = T(2026, 3, 11, 11, 0, IST)
    final = orig + timedelta(hours=1)
    sig = ("Thanks & Regards,\nDivya Menon\nSr. Technical Recruiter | Pinnacle TalentBridge Pvt. Ltd.\n"
           "3rd Floor, Sigma Tech Park, Varthur Road, Bengaluru - 560066\nMob: +91 98860 41273 | "
           + rec_addr)
    d1 = T(2026, 3, 9, 16, 10, IST)
    t1 = ("Hi Karthik,\n\nGreetings from Pinnacle TalentBridge!\n\nAs discussed over the call, your profile has been "
          "shortlisted by our client Vardhan Finserv for the Java Microservices Developer position (Full Time, "
          "client payroll).\n\nPFB the details of your L1 interview:\n\nClient: Vardhan Finserv\n"
          "Date: 11-Mar-2026 (Wednesday)\nTime: 11 AM IST\nDuration: 45 mins\nMode: Virtual - MS Teams\n"
          "Panel: Mr. Suresh Babu (Lead Architect, Vardhan Finserv)\n"
          "Teams link: https://teams.microsoft.com/l/meetup-join/19%3ameeting_VmFyZGhhbkwx%40thread.v2/0\n\n"
          "Points to note:\n- Kindly join 10 minutes before the scheduled time.\n- Keep your camera ON throughout "
          "the interview and be in a noise-free place.\n- Keep a valid Govt ID proof ready.\n\n"
          "Kindly revert with your confirmation at the earliest.\n\n" + sig)
    m1 = plain_mail(base_msg(owner, d1, rec, you, "Interview Schedule - L1 - Vardhan Finserv - Java Microservices "
                             "Developer", "c01a", dom), t1, html=True)
    # recruiter's acknowledgement quoting the candidate's confirmation
    d2 = T(2026, 3, 9, 17, 2, IST)
    cand = ("Hi Divya,\n\nThanks for the update. I confirm my availability for the L1 interview on 11th March at "
            "11 AM.\n\nRegards,\nKarthik")
    t2 = "Thanks Karthik, noted. All the best!\n\n" + sig + quote(cand, you, T(2026, 3, 9, 16, 48, IST))
    m2 = plain_mail(base_msg(owner, d2, rec, you, "RE: Interview Schedule - L1 - Vardhan Finserv - Java "
                             "Microservices Developer", "c01b", dom, in_reply_to=msgid("c01a", dom)), t2)
    d3 = T(2026, 3, 10, 18, 40, IST)
    t3 = ("Hi Karthik,\n\nHope you are doing well.\n\nDue to panel unavailability in the morning, tomorrow's L1 "
          "interview with Vardhan Finserv has been shifted by one hour. Revised time: 12 noon IST (12:00 - 12:45 "
          "PM). Same Teams link, rest all details remain same.\n\nKindly acknowledge.\n\n" + sig)
    m3 = plain_mail(base_msg(owner, d3, rec, you, "RE: Interview Schedule - L1 - Vardhan Finserv - Java "
                             "Microservices Developer | Time changed", "c01c", dom, in_reply_to=msgid("c01b", dom),
                             references=msgid("c01a", dom) + " " + msgid("c01b", dom)), t3)
    add_case("b26-01-agency-client-l1-teams-shifted-by-an-hour",
             [("01-pinnacle-l1-schedule.eml", m1), ("02-pinnacle-noted.eml", m2), ("03-pinnacle-time-changed.eml", m3)],
             lab(owner, [iv("Vardhan Finserv", "Java Microservices Developer", final, final + timedelta(minutes=45),
                            "scheduled", [], [rec_addr], "technical")], "medium", "positive/agency-reschedule",
                 "Staffing agency arranges client L1 (employer = client); shifted by one hour to 12 noon IST; panel "
                 "named without e-mail -> follow-up to the agency recruiter."))


def c02():
    owner = "meghana.rao@mail.example"
    you = "Meghana Rao <%s>" % owner
    hr_addr = "pradeep.kulkarni@trikutasoft.example"
    start = T(2026, 3, 14, 10, 30, IST)
    d1 = T(2026, 3, 10, 12, 25, IST)
    t1 = ("Dear Meghana Rao,\n\nGreetings from Trikuta Software Labs!\n\nWith reference to your profile on Naukri, we "
          "are pleased to invite you for a Face to Face interview for the position of QA Automation Engineer "
          "(Selenium + Java), Exp: 3-5 yrs.\n\nInterview Date: 14th March 2026 (Saturday)\nTime: 10.30 am\n"
          "Venue: Trikuta Software Labs Pvt. Ltd., 4th Floor, Brigade Signature Towers, ITPL Main Road, Whitefield, "
          "Bangalore - 560066\nContact Person: Pradeep Kulkarni (HR) - +91 98450 22817\n\nRounds: Technical, "
          "Managerial and HR - all on the same day, so please plan to spend the morning with us.\n\nDocuments to "
          "carry: updated resume (2 copies), one passport size photo, last 3 months payslips, Govt ID proof.\n\n"
          "Kindly confirm your availability by replying to this mail.\n\nRegards,\nPradeep Kulkarni\nHR - Talent "
          "Acquisition, Trikuta Software Labs\n\n--\nThis message was sent to you by a recruiter via Naukri. "
          "Reply directly to the recruiter using the reply button. Report misuse: https://naukri.example/report")
    m1 = plain_mail(base_msg(owner, d1, "Pradeep Kulkarni via Naukri <recruitermail@naukri.example>", you,
                             "Interview Invitation - QA Automation Engineer - Trikuta Software Labs - F2F at "
                             "Bangalore office", "c02a", "naukri.example",
                             reply_to="Pradeep Kulkarni <%s>" % hr_addr), t1, html=True)
    d2 = T(2026, 3, 10, 15, 5, IST)
    cand = ("Dear Pradeep,\n\nThank you for the opportunity. I confirm that I will attend the F2F interview on "
            "Saturday, 14th March at 10.30 am at your Whitefield office.\n\nRegards,\nMeghana Rao\n+91 90080 55123")
    t2 = ("Hi Meghana,\n\nThanks for the confirmation. Please report at the reception by 10.15 am and mention my name; "
          "the security desk will issue a visitor pass.\n\nRegards,\nPradeep\n\nPradeep Kulkarni | HR - Talent "
          "Acquisition\nTrikuta Software Labs Pvt. Ltd. | +91 98450 22817" + quote(cand, you, T(2026, 3, 10, 14, 41, IST)))
    m2 = plain_mail(base_msg(owner, d2, "Pradeep Kulkarni <%s>" % hr_addr, you, "Re: Interview Invitation - QA "
                             "Automation Engineer - Trikuta Software Labs - F2F at Bangalore office", "c02b",
                             "trikutasoft.example", in_reply_to=msgid("c02a", "naukri.example")), t2)
    add_case("b26-02-naukri-relay-f2f-bangalore-office",
             [("01-naukri-relay-f2f-invite.eml", m1), ("02-pradeep-thanks-for-confirming.eml", m2)],
             lab(owner, [iv("Trikuta Software Labs", "QA Automation Engineer", start, None, "scheduled", [],
                            [hr_addr], "onsite")], "medium", "positive/job-board-relay",
                 "Naukri relay with Reply-To recruiter; F2F at office, Technical+Managerial+HR same day -> onsite, "
                 "no end given. Booked individual slot (not a walk-in)."))


def c03():
    owner = "nikhil.joshi@example.com"
    dom = "sahyadri-infotech.example"
    org = ("Pooja Deshpande", "pooja.deshpande@" + dom)
    p1 = ("Ramesh Iyer", "ramesh.iyer@" + dom)
    p2 = ("Farhan Shaikh", "farhan.shaikh@" + dom)
    start = T(2026, 3, 17, 15, 30, IST)
    end = start + timedelta(hours=1)
    d = T(2026, 3, 12, 11, 42, IST)
    uid = "040000008200E00074C5B7101A82E00800000000" + hid("c03")[:32].upper()
    ics = calendar("REQUEST", "Microsoft Exchange Server 2010", [vevent(
        uid, start, end, "L2 Technical Interview - Nikhil Joshi - Senior .NET Developer", org,
        [(p1[0], p1[1], "REQ-PARTICIPANT"), (p2[0], p2[1], "REQ-PARTICIPANT"),
         ("Nikhil Joshi", owner, "REQ-PARTICIPANT")], tzid="India Standard Time",
        description="Hi Nikhil, PFB the Teams invite for your L2 round. Please join 10 minutes before.",
        location="Microsoft Teams Meeting", stamp=d,
        extra=["CLASS:PUBLIC", "PRIORITY:5", "TRANSP:OPAQUE", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
               "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
               "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting"])],
        tzid="India Standard Time")
    text = ("When: Tuesday, March 17, 2026 3:30 PM-4:30 PM (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi.\n"
            "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\nHi Nikhil,\n\nCongratulations on clearing the "
            "L1 round. PFB the Teams invite for your L2 technical discussion with Ramesh Iyer (Delivery Manager) and "
            "Farhan Shaikh (Technical Architect). Kindly join 10 minutes before and keep your camera on.\n\n"
            "Regards,\nPooja Deshpande\nHR Executive - Talent Acquisition\nSahyadri Infotech Ltd. | Hinjewadi Phase 2, "
            "Pune 411057 | +91 20 6712 4400\n\n______________________________________________________________"
            "__________________\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here "
            "to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_U2FoeWFkcmlMMg%40thread.v2/0>"
            "\nMeeting ID: 418 552 907 316\nPasscode: q7Xk2P\n_______________________________________________________"
            "_________________________")
    m = base_msg(owner, d, "%s <%s>" % org, "Nikhil Joshi <%s>, %s <%s>, %s <%s>" % (owner, p1[0], p1[1], p2[0], p2[1]),
                 "L2 Technical Interview - Nikhil Joshi - Senior .NET Developer", "c03", dom,
                 extra=[("Thread-Topic", "L2 Technical Interview - Nikhil Joshi - Senior .NET Developer"),
                        ("Content-class", "urn:content-classes:calendarmessage"), ("X-MS-Has-Attach", ""),
                        ("X-MS-TNEF-Correlator", "")])
    exchange_invite(m, text, ics)
    add_case("b26-03-exchange-teams-l2-india-standard-time",
             [("01-l2-technical-interview-invite.eml", m)],
             lab(owner, [iv("Sahyadri Infotech", "Senior .NET Developer", start, end, "scheduled", [p1[1], p2[1]],
                            [p1[1], p2[1]], "onsite")], "easy", "positive/exchange-invite",
                 "Exchange/Teams invite with Windows TZID India Standard Time; two-person panel -> onsite per rules."))


def c04():
    owner = "weiling.tan@mail.example"
    dom = "straitsmeridian.example"
    you = "Tan Wei Ling <%s>" % owner
    rec_addr = "jasmine.koh@" + dom
    hm_addr = "daniel.lim@" + dom
    rec = "Jasmine Koh <%s>" % rec_addr
    start = T(2026, 3, 19, 11, 30, SGT)
    sig = ("Best regards,\nJasmine Koh\nTalent Acquisition Partner, Technology\nStraits Meridian Bank\n"
           "8 Marina View, #21-01, Singapore 018960\nT: +65 6812 3390")
    d1 = T(2026, 3, 13, 17, 5, SGT)
    t1 = ("Hi Wei Ling,\n\nFurther to our call this afternoon, I'm pleased to confirm your interview with Daniel Lim, "
          "Head of Cloud Platform (cc'd), for the Vice President, Cloud Platform Engineering role.\n\n"
          "Date/Time: Thu 19/3, 1130 hrs SGT\nDuration: 45 mins\nPlatform: Webex - "
          "https://straitsmeridian.webex.example/meet/daniel.lim\n\nDaniel would like to go through your experience "
          "running multi-region Kubernetes platforms, so do have a couple of examples ready. Do let me know if the "
          "timing doesn't work and I'll try to find an alternative.\n\n" + sig)
    m1 = plain_mail(base_msg(owner, d1, rec, you, "Interview - VP, Cloud Platform Engineering - Straits Meridian Bank",
                             "c04a", dom, cc="Daniel Lim <%s>" % hm_addr), t1, html=True)
    d2 = T(2026, 3, 16, 9, 12, SGT)
    cand = "Hi Jasmine,\n\nThank you, 1130 hrs on Thursday works for me. Looking forward to speaking with Daniel.\n\nWei Ling"
    t2 = ("Hi Wei Ling,\n\nNoted with thanks. Daniel has accepted as well, so we are all set for Thursday.\n\n" + sig
          + quote(cand, you, T(2026, 3, 13, 21, 40, SGT)))
    m2 = plain_mail(base_msg(owner, d2, rec, you, "RE: Interview - VP, Cloud Platform Engineering - Straits Meridian "
                             "Bank", "c04b", dom, cc="Daniel Lim <%s>" % hm_addr, in_reply_to=msgid("c04a", dom)), t2)
    add_case("b26-04-singapore-hiring-manager-webex-1130-hrs",
             [("01-jasmine-interview-with-daniel.eml", m1), ("02-jasmine-noted-with-thanks.eml", m2)],
             lab(owner, [iv("Straits Meridian Bank", "Vice President, Cloud Platform Engineering", start,
                            start + timedelta(minutes=45), "scheduled", [hm_addr], [hm_addr], "hiring_manager")],
                 "medium", "positive/email-thread",
                 "Singapore bank; '1130 hrs SGT' on 'Thu 19/3' (day/month); hiring manager in Cc is the interviewer."))


def c05():
    owner = "maria.santos@mail.example"
    dom = "luzonharbor.example"
    you = "Maria Santos <%s>" % owner
    rec = ("Kristine Dela Cruz", "kdelacruz@" + dom)
    om = ("Jose Ramirez", "jramirez@" + dom)
    start = T(2026, 3, 25, 15, 30, PHT)
    end = start + timedelta(hours=1)
    d1 = T(2026, 3, 20, 10, 3, PHT)
    t1 = ("Hi Maria,\n\nGood day!\n\nCongratulations, you have passed the initial screening and the account "
          "simulation for the Technical Support Team Lead position.\n\nWe would like to schedule your final "
          "interview with our Operations Manager, Mr. Jose Ramirez, on Wednesday, March 25 at half past three in the "
          "afternoon (3:30 PM Manila time). It will be around one hour via Google Meet. I will send the calendar "
          "invite shortly.\n\nPlease be online 10 minutes early and make sure your internet connection is stable.\n\n"
          "Thank you and God bless!\n\nKristine Dela Cruz\nRecruitment Specialist\nLuzon Harbor Solutions Inc.\n"
          "12F Ayala North Exchange, Makati City 1226\n+63 917 555 0142")
    m1 = plain_mail(base_msg(owner, d1, "%s <%s>" % rec, you, "Final Interview - Technical Support Team Lead",
                             "c05a", dom), t1, html=True)
    d2 = T(2026, 3, 20, 10, 11, PHT)
    summary = "Final Interview - Maria Santos - Technical Support Team Lead"
    ics = calendar("REQUEST", "-//Google Inc//Google Calendar 70.9054//EN", [vevent(
        hid("c05")[:26] + "@google.com", start, end, summary, rec,
        [(rec[0], rec[1], "REQ-PARTICIPANT"), (om[0], om[1], "REQ-PARTICIPANT"), ("Maria Santos", owner, "REQ-PARTICIPANT")],
        tzid="Asia/Manila", description="Final interview with Jose Ramirez (Operations Manager).\n\nJoin with Google "
        "Meet: https://meet.google.com/pxa-rbnm-ukq", location="", stamp=d2)], tzid="Asia/Manila")
    text = (summary + "\nWednesday Mar 25, 2026 \u22c5 3:30pm \u2013 4:30pm\nPhilippine Standard Time\n\nJoin with "
            "Google Meet\nhttps://meet.google.com/pxa-rbnm-ukq\n\nOrganizer\nKristine Dela Cruz\n" + rec[1] +
            "\n\nGuests\nKristine Dela Cruz - organizer\n" + rec[1] + "\nJose Ramirez\n" + om[1] + "\n" + owner +
            "\n\nFinal interview with Jose Ramirez (Operations Manager).\n\nInvitation from Google Calendar: "
            "https://calendar.google.com/calendar/\n\nYou are receiving this email because you are an attendee on the "
            "event.")
    m2 = base_msg(owner, d2.astimezone(UTC), "%s <%s>" % rec, owner,
                  "Invitation: %s @ Wed Mar 25, 2026 3:30pm - 4:30pm (PHT) (%s)" % (summary, owner), "c05b",
                  "calendar.google.example", reply_to="%s <%s>" % rec,
                  sender="Google Calendar <calendar-notification@google.example>")
    google_invite(m2, text, ics)
    add_case("b26-05-manila-bpo-final-interview-half-past-three",
             [("01-kristine-final-interview.eml", m1), ("02-invitation-final-interview.eml", m2)],
             lab(owner, [iv("Luzon Harbor Solutions", "Technical Support Team Lead", start, end, "scheduled",
                            [om[1]], [om[1]], "hiring_manager")], "medium", "positive/dedupe",
                 "Recruiter mail ('half past three ... Manila time') + Google invite (TZID Asia/Manila) = one interview."))


def c06():
    owner = "arjun.pillai@example.com"
    dom = "harbourline.example"
    rec = ("Chloe Nguyen", "chloe.nguyen@" + dom)
    a1 = ("Liam O'Connor", "liam.oconnor@" + dom)
    a2 = ("Priya Raman", "priya.raman@" + dom)
    start = T(2026, 4, 6, 14, 0, SYD)
    end = start + timedelta(hours=1)
    ist = start.astimezone(IST)
    d1 = T(2026, 3, 30, 14, 20, SYD)
    t1 = ("Hi Arjun,\n\nThanks for your time on the phone last week - great chat. The next step for the Senior Data "
          "Engineer role is a technical interview with Liam O'Connor (Data Platform Lead) and Priya Raman (Staff "
          "Engineer).\n\nWe've locked in Monday 6 April, 2:00pm-3:00pm Sydney time. Heads up: our clocks go back on "
          "Sunday 5 April, so that's AEST (UTC+10) and works out to %s IST for you in Bengaluru. Calendar invite is "
          "attached - it's on Zoom.\n\nCheers,\nChloe\n\nChloe Nguyen | Senior Talent Partner\nHarbourline Analytics "
          "Pty Ltd | Level 9, 255 Pitt Street, Sydney NSW 2000\nm +61 412 555 830" % fmt_t(ist))
    m1 = plain_mail(base_msg(owner, d1, "%s <%s>" % rec, "Arjun Pillai <%s>" % owner,
                             "Harbourline Analytics - Technical interview, Mon 6 April", "c06a", dom), t1)
    ics = calendar("REQUEST", "-//Zoom Video Communications//Zoom//EN", [vevent(
        hid("c06") + "@zoom.example", start, end, "Harbourline Analytics - Technical Interview (Arjun Pillai)", rec,
        [(a1[0], a1[1], "REQ-PARTICIPANT"), (a2[0], a2[1], "REQ-PARTICIPANT"), ("Arjun Pillai", owner, "REQ-PARTICIPANT")],
        tzid="Australia/Sydney", description="Senior Data Engineer - technical interview with Liam and Priya.\n"
        "Join Zoom Meeting https://harbourline.zoom.example/j/84415520931", location="Zoom", stamp=d1)],
        tzid="Australia/Sydney")
    add_case("b26-06-sydney-interview-day-after-dst-ends",
             [("01-chloe-technical-interview.eml", m1), ("02-harbourline-technical-interview.ics", ics)],
             lab(owner, [iv("Harbourline Analytics", "Senior Data Engineer", start, end, "scheduled", [a1[1], a2[1]],
                            [a1[1], a2[1]], "onsite")], "hard", "positive/dst-edge",
                 "Sent during AEDT (+11), interview on 6 Apr after Sydney DST ends -> +10:00; standalone .ics with "
                 "TZID Australia/Sydney; two interviewers -> onsite per rules."))


def c07():
    owner = "sandeep.reddy@mail.example"
    dom = "quadranthr.example"
    you = "Sandeep Reddy <%s>" % owner
    rec_addr = "lakshmi.n@" + dom
    rec = "Lakshmi Narayanan <%s>" % rec_addr
    start = T(2026, 3, 20, 16, 0, IST)
    sig = ("Warm Regards,\nLakshmi Narayanan\nQuadrant HR Consulting LLP\nNo. 45, 2nd Floor, Cathedral Road, "
           "Chennai - 600086\nPh: 044-4285 7719 | Cell: +91 94440 63310")
    d1 = T(2026, 3, 18, 11, 5, IST)
    t1 = ("Dear Sandeep,\n\nAs discussed over phone, your profile is shortlisted by our client Bhoomi Retail "
          "Technologies for the SAP ABAP Consultant (Contract to Hire) requirement.\n\nPFB the interview schedule:\n\n"
          "Date : 20/03/2026 (Friday)\nTime : 4 PM to 4.45 PM IST\nMode : Webex (link will be shared by client "
          "coordinator)\nRound : L1 - Technical\n\nKindly do the needful and share your confirmation. Also send your "
          "PAN card copy for client registration.\n\n" + sig)
    m1 = plain_mail(base_msg(owner, d1, rec, you, "Client Interview - SAP ABAP Consultant - Bhoomi Retail "
                             "Technologies", "c07a", dom), t1)
    d2 = T(2026, 3, 19, 19, 30, IST)
    t2 = ("Hi Sandeep,\n\nKindly note that tomorrow's interview with Bhoomi Retail Technologies has been cancelled, "
          "as the requirement is put on hold from the client end. We will update you as soon as we hear back from "
          "them.\n\nSorry for the inconvenience caused.\n\n" + sig)
    m2 = plain_mail(base_msg(owner, d2, rec, you, "RE: Client Interview - SAP ABAP Consultant - Bhoomi Retail "
                             "Technologies", "c07b", dom, in_reply_to=msgid("c07a", dom)), t2)
    add_case("b26-07-agency-client-interview-cancelled-position-on-hold",
             [("01-quadrant-interview-schedule.eml", m1), ("02-quadrant-interview-cancelled.eml", m2)],
             lab(owner, [iv("Bhoomi Retail Technologies", "SAP ABAP Consultant", start, start + timedelta(minutes=45),
                            "cancelled", [], [rec_addr], "technical")], "medium", "positive/cancellation",
                 "Agency-arranged client L1, cancelled next day ('tomorrow's interview ... cancelled', requirement on hold)."))


def c08():
    owner = "aditi.sharma26@mail.example"
    dom = "kaveri-systems.example"
    org = ("Rohit Bansal", "rohit.bansal@" + dom)
    pan = ("Anjali Gupta", "anjali.gupta@" + dom)
    start = T(2026, 3, 24, 14, 0, IST)
    end = start + timedelta(minutes=30)
    uid = "040000008200E00074C5B7101A82E00800000000" + hid("c08")[:32].upper()
    summ = "Technical Interview - Campus to Corporate 2026 - Aditi Sharma (GET)"
    att = [(pan[0], pan[1], "REQ-PARTICIPANT"), ("Aditi Sharma", owner, "REQ-PARTICIPANT")]
    ext = ["X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-IMPORTANCE:1",
           "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting"]
    d1 = T(2026, 3, 19, 10, 15, IST)
    ics1 = calendar("REQUEST", "Microsoft Exchange Server 2010", [vevent(
        uid, start, end, summ, org, att, tzid="India Standard Time", location="Microsoft Teams Meeting", stamp=d1,
        extra=ext)], tzid="India Standard Time")
    t1 = ("When: Tuesday, March 24, 2026 2:00 PM-2:30 PM (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi.\n"
          "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\nDear Aditi,\n\nCongratulations on clearing the "
          "online assessment in the Kaveri Systems Campus to Corporate 2026 drive. Your technical interview for the "
          "Graduate Engineer Trainee role is scheduled as per this invite with Ms. Anjali Gupta.\n\nPlease join 10 "
          "minutes before, keep your college ID card and resume handy.\n\nRegards,\nRohit Bansal\nCampus Hiring Team, "
          "Kaveri Systems Ltd.\n\n________________________________________________________________________________\n"
          "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting"
          "<https://teams.microsoft.com/l/meetup-join/19%3ameeting_S2F2ZXJpR0VU%40thread.v2/0>\nMeeting ID: 233 918 "
          "604 771\nPasscode: Nf4u9T\n________________________________________________________________________________")
    hdr = [("Content-class", "urn:content-classes:calendarmessage"), ("Thread-Topic", summ)]
    m1 = exchange_invite(base_msg(owner, d1, "%s <%s>" % org, "Aditi Sharma <%s>; %s <%s>" % (owner, pan[0], pan[1]),
                                  summ, "c08a", dom, extra=hdr), t1, ics1)
    d2 = T(2026, 3, 23, 16, 48, IST)
    ics2 = calendar("CANCEL", "Microsoft Exchange Server 2010", [vevent(
        uid, start, end, "Canceled: " + summ, org, att, tzid="India Standard Time", location="Microsoft Teams Meeting",
        seq=1, status="CANCELLED", stamp=d2, extra=["X-MICROSOFT-CDO-BUSYSTATUS:FREE"])], tzid="India Standard Time")
    t2 = ("Dear Aditi,\n\nDue to an unforeseen panel issue, tomorrow's 2 PM slot is cancelled. Our campus team will "
          "share a new slot with you shortly. Apologies for the short notice.\n\nRegards,\nRohit Bansal\nCampus "
          "Hiring Team, Kaveri Systems Ltd.")
    m2 = exchange_invite(base_msg(owner, d2, "%s <%s>" % org, "Aditi Sharma <%s>; %s <%s>" % (owner, pan[0], pan[1]),
                                  "Canceled: " + summ, "c08b", dom, extra=hdr), t2, ics2, method="CANCEL")
    add_case("b26-08-campus-technical-interview-outlook-cancel",
             [("01-technical-interview-invite.eml", m1), ("02-canceled-technical-interview.eml", m2)],
             lab(owner, [iv("Kaveri Systems", "Graduate Engineer Trainee", start, end, "cancelled", [pan[1]], [pan[1]],
                            "technical")], "medium", "positive/cancellation",
                 "Campus GET technical interview via Exchange; METHOD:CANCEL later; promised new slot never arrives."))


def c09():
    owner = "farhan.qureshi@example.com"
    dom = "induscloudworks.example"
    you = "Farhan Qureshi <%s>" % owner
    hr_addr = "neha.agarwal@" + dom
    hr = "Neha Agarwal <%s>" % hr_addr
    l1_addr = "vivek.chauhan@" + dom
    mg_addr = "shalini.menon@" + dom
    l1 = T(2026, 4, 7, 14, 0, IST)
    mg = T(2026, 4, 10, 17, 0, IST)
    sig = ("Regards,\nNeha Agarwal\nTalent Acquisition | Indus Cloudworks Pvt. Ltd.\nPlot 17, Sector 44, Gurugram, "
           "Haryana 122003 | +91 124 455 8021")
    d1 = T(2026, 4, 2, 13, 20, IST)
    t1 = ("Hi Farhan,\n\nThank you for your interest in the DevOps Engineer opening at Indus Cloudworks.\n\nPFB the "
          "details of your L1 (technical) round:\n\nDate: Tuesday, 7th April 2026\nTime: 14:00 hrs IST\nDuration: "
          "1 hour\nInterviewer: Mr. Vivek Chauhan (%s)\nMode: Google Meet - https://meet.google.com/vkd-hqpe-zrs\n\n"
          "Please be ready with a laptop with terminal access; you may be asked to share your screen.\n\n%s"
          % (l1_addr, sig))
    m1 = plain_mail(base_msg(owner, d1, hr, you, "Indus Cloudworks | L1 Interview | DevOps Engineer", "c09a", dom,
                             cc="Vivek Chauhan <%s>" % l1_addr), t1, html=True)
    d2 = T(2026, 4, 8, 10, 5, IST)
    t2 = ("Hi Farhan,\n\nCongratulations! You have cleared the L1 round.\n\nYour Managerial round with Ms. Shalini "
          "Menon (Engineering Manager, cc'd) is scheduled on Friday (10th April) at 5 PM IST for 30 mins. She will "
          "use her own Meet link: https://meet.google.com/smn-ttrw-qpa\n\nKindly confirm.\n\n" + sig)
    m2 = plain_mail(base_msg(owner, d2, hr, you, "Indus Cloudworks | Managerial Round | DevOps Engineer", "c09b", dom,
                             cc="Shalini Menon <%s>" % mg_addr), t2, html=True)
    add_case("b26-09-l1-then-managerial-round-two-interviews",
             [("01-neha-l1-interview.eml", m1), ("02-neha-managerial-round.eml", m2)],
             lab(owner, [iv("Indus Cloudworks", "DevOps Engineer", l1, l1 + timedelta(hours=1), "scheduled", [l1_addr],
                            [l1_addr], "technical"),
                         iv("Indus Cloudworks", "DevOps Engineer", mg, mg + timedelta(minutes=30), "scheduled",
                            [mg_addr], [mg_addr], "hiring_manager")], "medium", "positive/two-interviews",
                 "L1 at '14:00 hrs IST' then Managerial round on 'Friday (10th April) at 5 PM IST' -> two interviews."))


def c10():
    owner = "divya.krishnan@mail.example"
    dom = "nexoradigital.example"
    rec_addr = "tanvi.bhatt@" + dom
    intv = ("Rohan Malhotra", "rohan.malhotra@" + dom)
    start = T(2026, 4, 9, 15, 30, IST)
    end = start + timedelta(minutes=45)
    d1 = T(2026, 4, 3, 18, 2, IST)
    t1 = ("Hi Divya,\n\nYour interview with Nexora Digital Pvt Ltd has been scheduled.\n\nRole: Product Analyst\n"
          "Round: Product Case Interview\nDate: Thu, 9 Apr 2026\nTime: 3.30 pm - 4.15 pm (IST)\nInterviewer: Rohan "
          "Malhotra, Group Product Manager\nJoin link: https://app.instahire.example/room/nx-7Q2LM8\n\nPlease join 10 "
          "minutes before the start time to test your audio and video.\n\nFor any queries, contact your recruiter "
          "Tanvi Bhatt at %s.\n\nAll the best!\nTeam Instahire\n\nYou are receiving this because you applied to "
          "Nexora Digital via Instahire. Instahire Technologies, Koramangala, Bengaluru." % rec_addr)
    ics = calendar("REQUEST", "-//Instahire//Scheduler 3.2//EN", [vevent(
        "ih-" + hid("c10")[:20] + "@instahire.example", start, end,
        "Product Case Interview - Nexora Digital - Divya Krishnan", ("Instahire Scheduler", "scheduler@instahire.example"),
        [(intv[0], intv[1], "REQ-PARTICIPANT"), ("Divya Krishnan", owner, "REQ-PARTICIPANT")],
        description="Join: https://app.instahire.example/room/nx-7Q2LM8", location="https://app.instahire.example/room/"
        "nx-7Q2LM8", stamp=d1)])
    m1 = base_msg(owner, d1, "Nexora Digital via Instahire <no-reply@instahire.example>", "Divya Krishnan <%s>" % owner,
                  "Interview scheduled: Product Analyst at Nexora Digital", "c10a", "instahire.example")
    m1.set_content(t1, cte="quoted-printable")
    m1.add_attachment(ics.encode("utf-8"), maintype="text", subtype="calendar", filename="interview.ics",
                      params={"method": "REQUEST", "charset": "UTF-8"})
    d2 = T(2026, 4, 8, 15, 30, IST)
    t2 = ("Hi Divya,\n\nReminder: your Product Case Interview with Nexora Digital is tomorrow at 3.30 pm IST.\n\n"
          "Join link: https://app.instahire.example/room/nx-7Q2LM8\n\nTeam Instahire")
    m2 = plain_mail(base_msg(owner, d2, "Nexora Digital via Instahire <no-reply@instahire.example>",
                             "Divya Krishnan <%s>" % owner, "Reminder: Interview tomorrow - Nexora Digital", "c10b",
                             "instahire.example"), t2, html=True)
    add_case("b26-10-instahire-product-case-ics-utc-and-reminder",
             [("01-instahire-interview-scheduled.eml", m1), ("02-instahire-reminder.eml", m2)],
             lab(owner, [iv("Nexora Digital", "Product Analyst", start, end, "scheduled", [intv[1]], [intv[1]],
                            "technical")], "medium", "positive/ats-email-with-ics",
                 "Instahire ATS notification with UTC .ics (interviewer attendee) + reminder 'tomorrow' -> one interview."))


def c11():
    owner = "sneha.patil.cse@mail.example"
    dom = "dit-pune.example"
    hr_addr = "anand.kumar@orbitron-tech.example"
    day = (2026, 3, 26)
    rows = [("1", "Omkar Jadhav", "DIT22CS014", T(*day, 10, 0, IST)), ("2", "Pallavi Shinde", "DIT22CS031", T(*day, 10, 30, IST)),
            ("3", "Rutuja Kale", "DIT22CS052", T(*day, 11, 0, IST)), ("4", "Sneha Patil", "DIT22CS067", T(*day, 14, 30, IST)),
            ("5", "Tejas More", "DIT22CS071", T(*day, 15, 0, IST)), ("6", "Yash Kulkarni", "DIT22CS088", T(*day, 15, 30, IST))]

    def slot(x):
        return "%s - %s" % (x.strftime("%I:%M %p").lstrip("0"), (x + timedelta(minutes=30)).strftime("%I:%M %p").lstrip("0"))
    table_txt = "\n".join("%s | %s | %s | %s" % (n, nm, r, slot(x)) for n, nm, r, x in rows)
    fwd_date = T(2026, 3, 23, 17, 45, IST)
    inner = ("Dear Sir,\n\nThank you for the support during our campus drive. PFB the schedule of technical interviews "
             "(virtual) for the shortlisted students for the Associate Software Engineer role on Thursday, 26th March "
             "2026. Each slot is 30 minutes; Teams links will be sent to the students by our team a day before.\n\n"
             "Sr | Name | Roll No | Slot (IST)\n" + table_txt + "\n\nStudents must join 10 minutes before their slot "
             "with college ID card.\n\nRegards,\nAnand Kumar\nCampus Relations - Talent Acquisition\nOrbitron "
             "Technologies Pvt. Ltd., Magarpatta City, Pune | +91 20 6645 9010")
    t = ("Dear Students,\n\nPlease find below the interview schedule shared by Orbitron Technologies. Shortlisted "
         "students are requested to be available as per the slot. For any slot-related query, write to Mr. Anand Kumar "
         "directly at %s with the Placement Cell in copy.\n\nProf. M. Raghavan\nTraining & Placement Officer\nDeccan "
         "Institute of Technology, Pune\n\n---------- Forwarded message ---------\nFrom: Anand Kumar <%s>\nDate: %s\n"
         "Subject: Orbitron Technologies - Technical Interview Schedule - DIT Pune\nTo: Placement Cell DIT "
         "<placements@%s>\n\n%s" % (hr_addr, hr_addr, fwd_date.strftime("%a, %d %b %Y at %I:%M %p"), dom, inner))
    import html as H
    trs = "".join("<tr><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>" % (n, nm, r, slot(x)) for n, nm, r, x in rows)
    top, rest = t.split("Sr | Name | Roll No | Slot (IST)\n" + table_txt)
    html = ('<html><body><div style="font-family:Arial,sans-serif;font-size:13px">'
            + "".join("<p>%s</p>" % H.escape(p).replace("\n", "<br>") for p in top.strip().split("\n\n"))
            + '<table border="1" cellpadding="4" style="border-collapse:collapse"><tr><th>Sr</th><th>Name</th>'
              '<th>Roll No</th><th>Slot (IST)</th></tr>' + trs + "</table>"
            + "".join("<p>%s</p>" % H.escape(p).replace("\n", "<br>") for p in rest.strip().split("\n\n"))
            + "</div></body></html>\n")
    d = T(2026, 3, 24, 9, 10, IST)
    m = plain_mail(base_msg(owner, d, "DIT Placement Cell <placements@%s>" % dom,
                            "Final Year CSE 2026 <cse-final-2026@%s>" % dom,
                            "Fwd: Orbitron Technologies - Technical Interview Schedule - DIT Pune", "c11", dom),
                   t, html=html)
    start = rows[3][3]
    add_case("b26-11-placement-cell-forwards-campus-slot-table",
             [("01-fwd-orbitron-interview-schedule.eml", m)],
             lab(owner, [iv("Orbitron Technologies", "Associate Software Engineer", start, start + timedelta(minutes=30),
                            "scheduled", [], [hr_addr], "technical")], "hard", "positive/forwarded-table",
                 "Placement officer forwards a slot table to a student list; the owner's row (Sneha Patil) is 2:30-3:00 "
                 "PM; follow-up goes to the company HR named for slot queries."))


def c12():
    owner = "joanna.reyes@mail.example"
    dom = "tasmanledger.example"
    rec = ("Hemi Walker", "hemi.walker@" + dom)
    g = ("Grace Liu", "grace.liu@" + dom)
    tb = ("Tom Barker", "tom.barker@" + dom)
    start = T(2026, 4, 2, 14, 0, AKL)
    end = start + timedelta(hours=1)
    mnl = start.astimezone(PHT)
    d1 = T(2026, 3, 23, 10, 15, AKL)
    t1 = ("Kia ora Joanna,\n\nThanks again for the chat last week. Grace and Tom would love to meet you for the "
          "technical interview for the Senior QA Engineer role.\n\nHow does Thursday 2 April at 2pm NZDT sound? By my "
          "maths that's %s your time in Manila. It'll be an hour on Google Meet. I'll pop a calendar invite in "
          "once you confirm.\n\nNga mihi,\nHemi Walker\nTalent Acquisition, Tasman Ledger Ltd\nLevel 4, 110 Customs "
          "Street West, Auckland 1010 | +64 21 555 0198" % fmt_t(mnl))
    m1 = plain_mail(base_msg(owner, d1, "%s <%s>" % rec, "Joanna Reyes <%s>" % owner,
                             "Tasman Ledger - technical interview", "c12a", dom), t1, html=True)
    ev = {
        "kind": "calendar#event", "etag": '"%s"' % str(int(hid("c12e")[:12], 16)),
        "id": hid("c12id")[:26], "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(hid("c12")[:30].encode()).decode(),
        "created": "2026-03-23T22:05:00.000Z", "updated": "2026-03-23T22:06:41.112Z",
        "summary": "Tasman Ledger | Technical interview - Joanna Reyes (Senior QA Engineer)",
        "description": "Technical interview with Grace Liu (QA Manager) and Tom Barker (Principal Engineer). "
                       "Hemi will not join.",
        "creator": {"email": rec[1], "displayName": rec[0]}, "organizer": {"email": rec[1], "displayName": rec[0]},
        "start": {"dateTime": start.astimezone(PHT).isoformat(), "timeZone": "Asia/Manila"},
        "end": {"dateTime": end.astimezone(PHT).isoformat(), "timeZone": "Asia/Manila"},
        "iCalUID": hid("c12id")[:26] + "@google.com", "sequence": 0,
        "attendees": [
            {"email": rec[1], "displayName": rec[0], "organizer": True, "responseStatus": "accepted"},
            {"email": g[1], "displayName": g[0], "responseStatus": "accepted"},
            {"email": tb[1], "displayName": tb[0], "responseStatus": "needsAction"},
            {"email": owner, "self": True, "responseStatus": "accepted"}],
        "hangoutLink": "https://meet.google.com/tlq-wmza-pnd",
        "reminders": {"useDefault": True}, "eventType": "default"}
    add_case("b26-12-auckland-interview-email-plus-calendar-api-event",
             [("01-hemi-technical-interview.eml", m1),
              ("02-technical-interview.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")],
             lab(owner, [iv("Tasman Ledger", "Senior QA Engineer", start, end, "scheduled", [g[1], tb[1]],
                            [g[1], tb[1]], "onsite")], "hard", "positive/calendar-api",
                 "Proposal '2pm NZDT' (Auckland still on DST, +13) + Calendar API event expressed in Asia/Manila; one "
                 "interview, two interviewers -> onsite per rules."))


def c13():
    owner = "prasad.kale@example.com"
    dom = "sahajstaffing.example"
    mv = "markus.vogel@rheinfeld-logistik.example"
    start = T(2026, 3, 31, 10, 0, BER)
    ist = start.astimezone(IST)
    d = T(2026, 3, 26, 12, 0, IST)
    html = ('<html><head><meta charset="utf-8"></head><body style="font-family:Verdana,sans-serif;font-size:12px">'
            "<p>Dear Prasad,</p><p>Greetings from Sahaj IT Staffing!</p>"
            "<p>Happy to inform you that you have cleared the internal technical round. PFB the details of the "
            "<b>client round</b> with our client <b>Rheinfeld Logistik GmbH</b> for the <b>SAP EWM Consultant</b> "
            "position (onsite Hamburg, after 6 months offshore):</p>"
            '<table border="1" cellspacing="0" cellpadding="5">'
            "<tr><td><b>Date</b></td><td>Tuesday, 31st March 2026</td></tr>"
            "<tr><td><b>Time</b></td><td>10:00 Uhr German time (%s IST)</td></tr>"
            "<tr><td><b>Duration</b></td><td>1 hr</td></tr>"
            "<tr><td><b>Mode</b></td><td>MS Teams (link from client)</td></tr>"
            "<tr><td><b>Panel</b></td><td>Herr Markus Vogel, Head of Warehouse IT (%s)</td></tr></table>"
            "<p><b>Note:</b> Germany moves to summer time on 29th March, so from that day the difference is 3 hrs 30 "
            "mins and not 4 hrs 30 mins. Kindly block your calendar accordingly and join 10 minutes before.</p>"
            "<p>Kindly revert with your confirmation and do the needful.</p>"
            "<p>Thanks &amp; Regards,<br>Amit Chavan<br>Team Lead - Recruitment<br>Sahaj IT Staffing Pvt. Ltd.<br>"
            "Office 502, Pentagon Tower P2, Magarpatta, Pune - 411013<br>Mob: +91 98220 37715</p></body></html>\n"
            % (ist.strftime("%I:%M %p").lstrip("0"), mv))
    m = base_msg(owner, d, "Amit Chavan <amit.chavan@%s>" % dom, "Prasad Kale <%s>" % owner,
                 "Client Round - SAP EWM Consultant - Rheinfeld Logistik GmbH", "c13", dom)
    m.set_content(html, subtype="html", cte="base64")
    add_case("b26-13-vendor-german-client-round-html-only-base64",
             [("01-sahaj-client-round-details.eml", m)],
             lab(owner, [iv("Rheinfeld Logistik GmbH", "SAP EWM Consultant", start, start + timedelta(hours=1),
                            "scheduled", [mv], [mv], "technical")], "hard", "positive/html-only-dst",
                 "HTML-only base64 vendor mail; '10:00 Uhr German time' on 31 Mar (CEST, +02:00) = 1:30 PM IST."))


# ================================================================== NEGATIVES
def c14():
    owner = "rohit.menon@mail.example"
    d = T(2026, 3, 17, 8, 30, IST)
    t = ("Hi Rohit,\n\nA company you may be interested in is hiring. Walk-in drive details below.\n\n"
         "MEGA WALK-IN DRIVE | Vertex Global Services | Java Full Stack Developers (3-8 yrs)\n\n"
         "Walk-in Date: 21st March 2026 (Saturday)\nTiming: 10 AM to 4 PM\nVenue: Vertex Global Services, Tower B, "
         "DLF IT Park, Manapakkam, Chennai - 600089\nContact: Ms. Revathi (HR)\n\nInterview process: Technical "
         "round, Managerial round and HR round on the same day. Spot offers for selected candidates.\n\n"
         "No prior registration required - interested candidates can walk in directly with an updated resume, "
         "one photo and Govt ID. Please mention 'foundit' at the registration desk.\n\nView job: "
         "https://www.foundit.example/job/java-full-stack-vertex-38817211\n\nYou received this job recommendation "
         "because of your profile preferences on foundit. Unsubscribe: https://www.foundit.example/unsub")
    m = plain_mail(base_msg(owner, d, "foundit <jobs@alerts.foundit.example>", owner,
                            "Walk-in Interview on 21st March | Vertex Global Services | Java Full Stack", "c14",
                            "alerts.foundit.example"), t, html=True)
    add_case("b26-14-foundit-walk-in-drive-announcement", [("01-foundit-walk-in-drive.eml", m)],
             lab(owner, [], "hard", "negative/walk-in-drive",
                 "Walk-in drive announcement via job board: date and hours but no booked slot for the user."))


def c15():
    owner = "harini.venkat@example.com"
    dom = "zenithtechserve.example"
    d1 = T(2026, 3, 19, 20, 0, IST)
    t1 = ("Dear Candidate,\n\nGreetings from Zenith Techserve!\n\nWe are conducting a Virtual Hiring Drive for "
          "Cloud Support Engineers (AWS/Azure, 1-4 yrs) on Saturday, 28th March 2026, 9:30 AM onwards.\n\n"
          "To participate, kindly complete the registration using the link below on or before 25th March:\n"
          "https://careers.zenithtechserve.example/drive/2026-03-28/register\n\nInterview rounds (virtual): "
          "Technical - L1, Technical - L2, HR. Shortlisted candidates will receive their interview slot and the "
          "Teams link separately after registration closes.\n\nPlease ignore if you have already registered.\n\n"
          "Regards,\nTalent Acquisition Team\nZenith Techserve Ltd.")
    m1 = plain_mail(base_msg(owner, d1, "Zenith Techserve Careers <hiringdrive@%s>" % dom,
                             "undisclosed-recipients:;", "Registration for Virtual Hiring Drive - 28th March 2026 - "
                             "Cloud Support Engineer", "c15a", dom), t1, html=True)
    d2 = T(2026, 3, 20, 9, 14, IST)
    t2 = ("Dear Harini Venkat,\n\nThank you for registering for the Zenith Techserve Virtual Hiring Drive "
          "(28-Mar-2026).\n\nRegistration ID: ZT-0328-04571\nPosition: Cloud Support Engineer\n\nOur team will "
          "review your profile. If shortlisted, you will receive your interview slot and joining instructions by "
          "27th March. Please do not reply to this automated mail.\n\nZenith Techserve Careers")
    m2 = plain_mail(base_msg(owner, d2, "Zenith Techserve Careers <no-reply@%s>" % dom, "Harini Venkat <%s>" % owner,
                             "Registration successful - Virtual Hiring Drive - ZT-0328-04571", "c15b", dom), t2)
    add_case("b26-15-virtual-hiring-drive-registration",
             [("01-zenith-drive-registration.eml", m1), ("02-zenith-registration-successful.eml", m2)],
             lab(owner, [], "hard", "negative/mass-drive-registration",
                 "Mass registration mail + auto-acknowledgement; slots only promised, never booked."))


def c16():
    owner = "abhishek.sinha@mail.example"
    start = T(2026, 3, 24, 10, 0, IST)
    end = T(2026, 3, 24, 11, 30, IST)
    d = T(2026, 3, 20, 15, 0, IST)
    t = ("Dear Abhishek,\n\nGreetings from Coral Bay Technologies!\n\nYou have been shortlisted for the next stage of "
         "the selection process for the Software Engineer - Backend role. As a first step, you are invited to an "
         "online proctored coding assessment.\n\nTest platform: TestPrism\nTest window: 24 March 2026, 10:00 AM - "
         "11:30 AM IST\nDuration: 90 minutes (2 coding questions + 15 MCQs)\nTest link: "
         "https://assess.testprism.example/t/CBT-SE-4471?c=ab81f2\n\nInstructions:\n- Webcam and microphone must be "
         "ON throughout (AI proctoring).\n- Use latest Chrome; tab switching is monitored.\n\nCandidates who clear "
         "the assessment will be contacted by our recruitment team to schedule the technical interview.\n\nA "
         "calendar file is attached for your convenience.\n\nBest of luck,\nTestPrism on behalf of Coral Bay "
         "Technologies\nsupport@testprism.example")
    ics = calendar("PUBLISH", "-//TestPrism//Assessments//EN", [vevent(
        "cbt-" + hid("c16")[:16] + "@testprism.example", start, end, "Coral Bay Technologies - Online Coding Assessment",
        ("TestPrism", "no-reply@testprism.example"), [("Abhishek Sinha", owner, "REQ-PARTICIPANT")],
        description="Test link: https://assess.testprism.example/t/CBT-SE-4471?c=ab81f2", location="Online", stamp=d)])
    m = base_msg(owner, d, "TestPrism Assessments <no-reply@testprism.example>", "Abhishek Sinha <%s>" % owner,
                 "Coral Bay Technologies | Online Assessment Invitation | Software Engineer - Backend", "c16",
                 "testprism.example")
    m.set_content(t, cte="quoted-printable")
    m.add_alternative(html_of(t), subtype="html", cte="quoted-printable")
    m.add_attachment(ics.encode("utf-8"), maintype="text", subtype="calendar", filename="assessment.ics",
                     params={"charset": "UTF-8"})
    add_case("b26-16-proctored-coding-assessment-with-ics", [("01-testprism-assessment-invite.eml", m)],
             lab(owner, [], "hard", "negative/online-assessment",
                 "Proctored online test with a fixed window and .ics; the interview is only promised afterwards."))


def c17():
    owner = "keerthana.m@example.com"
    dom = "aravali-consulting.example"
    d = T(2026, 3, 20, 19, 10, IST)
    t = ("Dear Keerthana,\n\nWith reference to your interview and subsequent discussions (HR round on 12th March "
         "2026), we are pleased to offer you the position of Associate Consultant - Data & Analytics with Aravali "
         "Consulting Services Pvt. Ltd.\n\nPlease find attached your offer letter with the annexure of CTC "
         "(INR 9,60,000 per annum). Kindly revert with your acceptance within 3 working days.\n\nDate of joining: "
         "Monday, 6th April 2026\nReporting time: 9:30 AM\nReporting venue: Aravali Consulting, 6th Floor, Cyber "
         "Towers, HITEC City, Hyderabad - 500081\nReport to: Ms. Swathi Rao, HR Business Partner\n\nPlease carry the "
         "documents listed in Annexure B for joining formalities.\n\nWelcome aboard!\n\nRegards,\nSwathi Rao\nHR "
         "Business Partner | Aravali Consulting Services Pvt. Ltd. | +91 40 6688 1200")
    m = base_msg(owner, d, "Swathi Rao <swathi.rao@%s>" % dom, "Keerthana M <%s>" % owner,
                 "Offer Letter - Associate Consultant - Aravali Consulting Services", "c17", dom)
    m.set_content(t, cte="quoted-printable")
    m.add_attachment(b"%PDF-1.4\n% offer letter placeholder\n%%EOF\n", maintype="application", subtype="pdf",
                     filename="Offer_Letter_Keerthana_M.pdf")
    add_case("b26-17-offer-letter-with-joining-date-and-time", [("01-aravali-offer-letter.eml", m)],
             lab(owner, [], "medium", "negative/offer",
                 "Offer letter referencing a past HR round and a Day-1 reporting time; no interview to track."))


def c18():
    owner = "manoj.pandey@mail.example"
    dom = "shreeram-techsol.example"
    hr = ("Ritika Saxena", "ritika.saxena@" + dom)
    d1 = T(2026, 3, 23, 11, 0, IST)
    t1 = ("Dear Manoj,\n\nCongratulations once again on your selection with Shreeram Tech Solutions.\n\nAs part of "
          "the pre-onboarding process, our background verification partner VeriTrust will reach out to you. Kindly "
          "complete the BGV form within 48 hours: https://bgv.veritrust.example/case/STS-22918\n\nDocuments required: "
          "relieving letters of previous employers, last 3 months payslips, degree certificates, PAN and Aadhaar.\n\n"
          "Please note your offer is subject to a positive BGV report.\n\nRegards,\nRitika Saxena\nHR Operations, "
          "Shreeram Tech Solutions\nSector 62, Noida | +91 120 466 7300")
    m1 = plain_mail(base_msg(owner, d1, "%s <%s>" % hr, "Manoj Pandey <%s>" % owner,
                             "Background Verification - Action Required - Shreeram Tech Solutions", "c18a", dom), t1)
    start = T(2026, 3, 27, 16, 0, IST)
    end = start + timedelta(minutes=30)
    d2 = T(2026, 3, 24, 12, 30, IST)
    summ = "Pre-joining connect - New Joiners (April 2026 batch)"
    uid = "040000008200E00074C5B7101A82E00800000000" + hid("c18")[:32].upper()
    ics = calendar("REQUEST", "Microsoft Exchange Server 2010", [vevent(
        uid, start, end, summ, hr, [("Manoj Pandey", owner, "REQ-PARTICIPANT"),
                                    ("New Joiners April 2026", "newjoiners-apr26@" + dom, "OPT-PARTICIPANT")],
        tzid="India Standard Time", location="Microsoft Teams Meeting", stamp=d2,
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])], tzid="India Standard Time")
    t2 = ("When: Friday, March 27, 2026 4:00 PM-4:30 PM (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi.\nWhere: "
          "Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\nHi all,\n\nThis is a short pre-joining connect for our "
          "April 2026 new joiners: Day-1 logistics, laptop collection, BGV status and induction agenda. No preparation "
          "needed.\n\nRegards,\nRitika\n\nMicrosoft Teams meeting\nClick here to join the meeting"
          "<https://teams.microsoft.com/l/meetup-join/19%3ameeting_UHJlSm9pbg%40thread.v2/0>")
    m2 = exchange_invite(base_msg(owner, d2, "%s <%s>" % hr, "New Joiners April 2026 <newjoiners-apr26@%s>" % dom,
                                  summ, "c18b", dom, extra=[("Content-class", "urn:content-classes:calendarmessage")]),
                         t2, ics)
    add_case("b26-18-bgv-and-pre-joining-connect-invite",
             [("01-bgv-action-required.eml", m1), ("02-pre-joining-connect-invite.eml", m2)],
             lab(owner, [], "hard", "negative/onboarding",
                 "Background verification + Teams invite for a pre-joining connect after selection; not an interview."))


def c19():
    owner = "gaurav.tiwari@example.com"
    dom = "brightpath-staffing.example"
    d = T(2026, 3, 25, 10, 40, IST)
    t = ("Hi Gaurav,\n\nGood Morning!\n\nWe have an urgent requirement for Python Developer (Django/FastAPI) with one "
         "of our MNC clients for Hyderabad/Bangalore (Hybrid). Exp: 4-7 yrs. Notice period: Immediate to 30 days.\n\n"
         "If interested, kindly share your updated CV along with the below details so that we can schedule the L1 "
         "interview with the client at the earliest:\n\nFull name:\nTotal Exp:\nRelevant Exp (Python):\nCurrent "
         "CTC:\nExpected CTC:\nNotice period / LWD:\nCurrent location:\nPreferred location:\nAvailability for "
         "interview this week (kindly mention 2-3 slots):\n\nKindly revert ASAP as the client wants to close the "
         "position this week.\n\nThanks & Regards,\nSowmya R\nIT Recruiter | BrightPath Staffing Services\n"
         "sowmya.r@%s | +91 80 4123 7788" % dom)
    m = plain_mail(base_msg(owner, d, "Sowmya R <sowmya.r@%s>" % dom, "Gaurav Tiwari <%s>" % owner,
                            "Urgent Requirement - Python Developer - Kindly share updated CV and CTC details", "c19",
                            dom), t, html=True)
    add_case("b26-19-staffing-share-cv-ctc-and-slots", [("01-brightpath-share-cv-ctc.eml", m)],
             lab(owner, [], "medium", "negative/availability-request",
                 "Agency asks for CV, CTC, notice period and interview slots; nothing booked."))


def c20():
    owner = "pooja.nair.jobs@mail.example"
    d = T(2026, 3, 26, 13, 47, IST)
    t = ("Dear Candidate,\n\nCONGRATULATIONS!!! Based on your telephonic interview you have been SELECTED for the post "
         "of Work From Home Data Entry Executive at Amazonia Global Services Pvt Ltd. Salary: Rs. 38,500/- per month "
         "+ incentives.\n\nYour final HR interview is confirmed for tomorrow at 11 AM on Google Meet. To receive the "
         "meeting link and your offer letter, you have to pay the refundable security deposit / laptop charges of "
         "Rs. 4,999/- through UPI to amazoniahr.payments@upi before 6 PM today.\n\nNOTE: Seats are limited. If "
         "payment is not received today your selection will be cancelled and the seat given to the next candidate.\n"
         "\nFor any query WhatsApp only: +91 70000 12345\n\nHR Manager\nAmazonia Global Services (Recruitment Dept.)")
    m = plain_mail(base_msg(owner, d, "HR Amazonia Global <amazonia.hr.recruitment@freemail.example>",
                            "Pooja Nair <%s>" % owner, "Selected - Final HR Interview Tomorrow 11 AM - Pay Security "
                            "Deposit", "c20", "freemail.example"), t)
    add_case("b26-20-fake-job-offer-pay-security-deposit", [("01-amazonia-selected-pay-deposit.eml", m)],
             lab(owner, [], "medium", "negative/scam",
                 "Job scam demanding a fee before a 'final HR interview tomorrow 11 AM'; scams are not interviews."))


def c21():
    owner = "vikas.nair@example.com"
    dom = "example.com"
    org = ("Campus Hiring - Tattva Infosystems", "campus.hiring@example.com")
    start = T(2026, 3, 28, 10, 0, IST)
    end = T(2026, 3, 28, 13, 0, IST)
    d = T(2026, 3, 25, 17, 20, IST)
    summ = "Campus Drive 2026 - L1 Technical Interview Panel - Room 3 (Candidates 21-30)"
    uid = "040000008200E00074C5B7101A82E00800000000" + hid("c21")[:32].upper()
    ics = calendar("REQUEST", "Microsoft Exchange Server 2010", [vevent(
        uid, start, end, summ, org, [("Vikas Nair", owner, "REQ-PARTICIPANT"),
                                     ("Deepa Iyer", "deepa.iyer@example.com", "REQ-PARTICIPANT")],
        tzid="India Standard Time", location="Microsoft Teams Meeting", stamp=d,
        extra=["X-MICROSOFT-CDO-BUSYSTATUS:BUSY"])], tzid="India Standard Time")
    t = ("When: Saturday, March 28, 2026 10:00 AM-1:00 PM (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi.\nWhere: "
         "Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\nHi Vikas, Deepa,\n\nThank you for volunteering as L1 "
         "panelists for the Campus Drive 2026 (SRM and VIT batches). You will interview 10 candidates in 15-minute "
         "slots; candidate resumes and the question bank are on the Campus Hiring SharePoint.\n\nPlease submit "
         "feedback for each candidate in the HireDesk portal within 30 minutes of the interview.\n\nRegards,\n"
         "Campus Hiring Team\nTattva Infosystems\n\nMicrosoft Teams meeting\nClick here to join the meeting"
         "<https://teams.microsoft.com/l/meetup-join/19%3ameeting_Q2FtcHVzUm9vbTM%40thread.v2/0>")
    m = exchange_invite(base_msg(owner, d, "%s <%s>" % org, "Vikas Nair <%s>; Deepa Iyer <deepa.iyer@example.com>"
                                 % owner, summ, "c21", dom,
                                 extra=[("Content-class", "urn:content-classes:calendarmessage")]), t, ics)
    add_case("b26-21-employee-is-campus-drive-panelist", [("01-campus-drive-panel-invite.eml", m)],
             lab(owner, [], "hard", "negative/user-is-interviewer",
                 "Owner is an employee nominated as L1 panelist interviewing campus candidates."))


def c22():
    owner = "shruti.bhardwaj@mail.example"
    dom = "pacifica-itservices.example"
    d = T(2026, 3, 18, 14, 5, SGT)
    t = ("Dear Shruti,\n\nThank you for taking the time to attend the L2 technical interview with our Singapore team "
         "on 12 March 2026 and for your interest in the Senior Business Analyst role at Pacifica IT Services.\n\n"
         "After careful consideration, we regret to inform you that we will not be moving forward with your "
         "application at this time. The panel appreciated your domain knowledge in trade finance, and we will keep "
         "your profile in our talent pool for future openings.\n\nWe wish you the very best in your job search.\n\n"
         "Kind regards,\nMelissa Goh\nTalent Acquisition, Pacifica IT Services Pte. Ltd.\n1 Fusionopolis Way, "
         "#15-02, Singapore 138632")
    m = plain_mail(base_msg(owner, d, "Melissa Goh <melissa.goh@%s>" % dom, "Shruti Bhardwaj <%s>" % owner,
                            "Your application - Senior Business Analyst - Pacifica IT Services", "c22", dom), t,
                   html=True)
    add_case("b26-22-rejection-after-l2-interview", [("01-pacifica-regret.eml", m)],
             lab(owner, [], "medium", "negative/rejection",
                 "Rejection referencing a past L2 interview date; no interview to track."))


# ================================================================== writer
def main():
    for name in os.listdir(HERE):
        if name.startswith("b26-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
               c14, c15, c16, c17, c18, c19, c20, c21, c22):
        fn()
    for cid, items in CASES.items():
        os.makedirs(os.path.join(HERE, cid))
        for fname, obj in items:
            path = os.path.join(HERE, cid, fname)
            if isinstance(obj, EmailMessage):
                for k, part in enumerate(obj.walk()):
                    if part.is_multipart():
                        part.set_boundary("=_b26_" + hid(cid, fname, str(k))[:28])
                data = obj.as_bytes()
            else:
                data = obj.encode("utf-8")
            with open(path, "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# Labels for the blind26 set (India / APAC IT services, staffing, campus hiring). Schema: "
                "/work/shared/eval/README.md\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=110)
    print("wrote %d cases" % len(CASES))


if __name__ == "__main__":
    main()
