#!/usr/bin/env python3
"""Deterministic generator for the blind121 interview-detection set.

Theme: a monitoring & evaluation officer in Nairobi (Africa/Nairobi, EAT, UTC+3) applying to UN
agencies, international NGOs, foundations and development consultancies. All people, companies and
domains are invented (.example). Re-running rewrites every case folder and labels.yaml.

Only stdlib + PyYAML + zoneinfo. Every UTC offset is computed with zoneinfo.
"""
import base64
import hashlib
import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
NBO = ZoneInfo("Africa/Nairobi")
ADD = ZoneInfo("Africa/Addis_Ababa")
GVA = ZoneInfo("Europe/Zurich")
NYC = ZoneInfo("America/New_York")
LON = ZoneInfo("Europe/London")
UTC = timezone.utc

OWNER = "nyambura.otieno@example.com"
OWNER_NAME = "Nyambura Otieno"
OWNER_WORK = "n.otieno@lakesidehealth.example"
OWNER_SIG = ("Nyambura Otieno\nMonitoring & Evaluation Officer\n"
             "+254 722 418 093 | Nairobi, Kenya")


def T(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def iso(dt):
    return dt.isoformat() if dt else None


def uid_for(*parts):
    return hashlib.sha1("|".join(parts).encode()).hexdigest()


def msgid(seed, domain):
    return "<%s@%s>" % (uid_for("mid", seed)[:24].upper(), domain)


# ---------------------------------------------------------------- iCalendar helpers
def fold(line):
    out = []
    cur = ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > (75 if not out else 74):
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def cal(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def zs(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


VTZ = {
    "W. Europe Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Eastern Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "GMT Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "E. Africa Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:E. Africa Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0300",
        "END:STANDARD", "END:VTIMEZONE"],
    "Europe/Zurich": [
        "BEGIN:VTIMEZONE", "TZID:Europe/Zurich", "X-LIC-LOCATION:Europe/Zurich",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
        "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
        "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE"],
}
WINZONE = {"W. Europe Standard Time": GVA, "Eastern Standard Time": NYC,
           "GMT Standard Time": LON, "E. Africa Standard Time": NBO, "Europe/Zurich": GVA}


def att(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION"):
    return "ATTENDEE;ROLE=%s;PARTSTAT=%s;RSVP=TRUE;CN=%s:mailto:%s" % (role, partstat, name, email)


def exchange_ics(method, uid, seq, tzid, start, end, org, attendees, summary, desc, location,
                 stamp, status="CONFIRMED", teams=True):
    z = WINZONE[tzid]
    s, e = start.astimezone(z), end.astimezone(z)
    L = ["BEGIN:VCALENDAR", "METHOD:%s" % method, "PRODID:Microsoft Exchange Server 2010",
         "VERSION:2.0"] + VTZ[tzid] + ["BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % org]
    L += [att(n, m) for n, m in attendees]
    L += ["DESCRIPTION;LANGUAGE=en-US:%s" % esc(desc), "UID:%s" % uid,
          "SUMMARY;LANGUAGE=en-US:%s" % esc(summary),
          "DTSTART;TZID=%s:%s" % (tzid, loc(s)), "DTEND;TZID=%s:%s" % (tzid, loc(e)),
          "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:%s" % zs(stamp), "TRANSP:OPAQUE",
          "STATUS:%s" % status, "SEQUENCE:%d" % seq,
          "LOCATION;LANGUAGE=en-US:%s" % esc(location),
          "X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % seq,
          "X-MICROSOFT-CDO-BUSYSTATUS:%s" % ("FREE" if method == "CANCEL" else "TENTATIVE"),
          "X-MICROSOFT-CDO-INTENDEDSTATUS:%s" % ("FREE" if method == "CANCEL" else "BUSY"),
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:%d" % (2 if method == "CANCEL" else 1),
          "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams:
        L += ["X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_"
              + uid_for("teams", uid)[:28] + "%40thread.v2/0"]
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    if method == "REQUEST":
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
              "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return cal(L)


def utc_ics(prodid, method, uid, seq, start, end, org, attendees, summary, desc, location, stamp,
            status="CONFIRMED", extra=()):
    L = ["BEGIN:VCALENDAR", "PRODID:%s" % prodid, "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append("METHOD:%s" % method)
    L += ["BEGIN:VEVENT", "DTSTART:%s" % zs(start), "DTEND:%s" % zs(end), "DTSTAMP:%s" % zs(stamp)]
    if org:
        L.append("ORGANIZER;CN=%s:mailto:%s" % org)
    L.append("UID:%s" % uid)
    L += [att(n, m) for n, m in attendees]
    L += ["CREATED:%s" % zs(stamp), "DESCRIPTION:%s" % esc(desc), "LAST-MODIFIED:%s" % zs(stamp),
          "LOCATION:%s" % esc(location), "SEQUENCE:%d" % seq, "STATUS:%s" % status,
          "SUMMARY:%s" % esc(summary), "TRANSP:OPAQUE"] + list(extra)
    L += ["END:VEVENT", "END:VCALENDAR"]
    return cal(L)


def tz_ics(prodid, method, uid, seq, tzid, start, end, org, attendees, summary, desc, location,
           stamp):
    z = WINZONE[tzid]
    L = ["BEGIN:VCALENDAR", "PRODID:%s" % prodid, "VERSION:2.0", "CALSCALE:GREGORIAN",
         "METHOD:%s" % method] + VTZ[tzid]
    L += ["BEGIN:VEVENT", "DTSTART;TZID=%s:%s" % (tzid, loc(start.astimezone(z))),
          "DTEND;TZID=%s:%s" % (tzid, loc(end.astimezone(z))), "DTSTAMP:%s" % zs(stamp),
          "ORGANIZER;CN=%s:mailto:%s" % org, "UID:%s" % uid]
    L += [att(n, m) for n, m in attendees]
    L += ["DESCRIPTION:%s" % esc(desc), "LOCATION:%s" % esc(location), "SEQUENCE:%d" % seq,
          "STATUS:CONFIRMED", "SUMMARY:%s" % esc(summary), "END:VEVENT", "END:VCALENDAR"]
    return cal(L)


# ---------------------------------------------------------------- e-mail helpers
def html_of(text):
    import html
    paras = text.strip().split("\n\n")
    body = "".join("<p>%s</p>\n" % html.escape(p).replace("\n", "<br>") for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">\n%s</div></body></html>\n'
            % body)


def base_msg(date, frm, to, subject, mid_domain, seed, cc=None, reply_to=None, in_reply_to=None,
             references=None, delivered=OWNER, received_host="mx.mail.example", extra=None):
    m = EmailMessage()
    m["Delivered-To"] = delivered
    m["Received"] = ("from %s (%s [198.51.100.%d]) by %s with ESMTPS id %s "
                     "for <%s>; %s" % (mid_domain, mid_domain, int(uid_for(seed)[:2], 16) % 250 + 1,
                                               received_host, uid_for("rcv", seed)[:12], delivered,
                                               format_datetime(date.astimezone(NBO))))
    m["Return-Path"] = "<%s>" % frm.split("<")[-1].rstrip(">") if "<" in frm else "<%s>" % frm
    m["Date"] = format_datetime(date)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Message-ID"] = msgid(seed, mid_domain)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in (extra or []):
        m[k] = v
    return m


def text_html(m, text, cte="quoted-printable", html=None):
    m.set_content(text, cte=cte)
    m.add_alternative(html or html_of(text), subtype="html", cte="quoted-printable")


def exchange_invite(m, text, ics, method="REQUEST"):
    m["Content-class"] = "urn:content-classes:calendarmessage"
    m["X-MS-Has-Attach"] = ""
    m["X-MS-TNEF-Correlator"] = ""
    m.set_content(text, cte="quoted-printable")
    m.add_alternative(html_of(text), subtype="html", cte="quoted-printable")
    m.add_alternative(ics.encode("utf-8"), maintype="text", subtype="calendar", cte="base64",
                      params={"method": method, "charset": "UTF-8"})


def attach_ics(m, ics, filename="invite.ics", method="REQUEST"):
    m.add_attachment(ics.encode("utf-8"), maintype="application", subtype="ics", filename=filename,
                     cte="base64")


def teams_block():
    return ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            "Click here to join the meeting\nMeeting ID: 381 552 904 117\nPasscode: Xq7rT2\n"
            "________________________________________________________________________________")


# ---------------------------------------------------------------- cases
CASES = []


def case(cid, items, label):
    CASES.append((cid, items, label))


def L(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end),
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(recipients), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


# ---- 01 Inspira-style CBI notification, Geneva time only, panel of three without addresses
def c01():
    d = "unfrp.example"
    sent = T(2026, 3, 3, 9, 12, GVA)
    start = T(2026, 3, 17, 10, 0, GVA)
    end = start + timedelta(minutes=60)
    text = """Dear Ms. Otieno,

Job Opening: 26-PGM-UNFRP-231877-R-GENEVA (X)
Post title: Monitoring and Evaluation Officer, P-3
Duty station: Geneva (with travel to the field)

Thank you for your interest in the above position. Following a review of your application and the results of the assessment exercise, we are pleased to invite you to a competency-based interview (CBI).

Date: Tuesday, 17 March 2026
Time: 10:00 hrs Geneva time
Duration: approximately 60 minutes
Modality: Microsoft Teams (link will be sent separately by the Human Resources Section)

Please take note that the time above is Geneva time. It is your responsibility to convert it to your local time.

The interview panel will be composed of:
- Dr. Matteo Grassi, Chief, Evaluation Unit (Chair)
- Ms. Aiko Tanabe, Senior Programme Policy Officer
- Mr. Babacar Ndiaye, Human Resources Officer

The interview will assess the competencies of Accountability, Planning and Organizing, Communication and Professionalism. Please have a valid photo identification document available.

Kindly confirm your availability by selecting "Accept" in your applicant account within 48 hours. For any questions, please contact Ms. Ingrid Solberg, HR Associate, at ingrid.solberg@unfrp.example.

Please do not reply to this message; this mailbox is not monitored.

Sincerely,
Talent Acquisition Unit
United Nations Food Resilience Programme (UNFRP)
"""
    m = base_msg(sent, "UNFRP Careers Portal <no-reply@careers.unfrp.example>",
                 "Nyambura Otieno <%s>" % OWNER,
                 "Invitation to interview - Job Opening 231877 - Monitoring and Evaluation Officer, P-3",
                 "careers.unfrp.example", "c01a",
                 extra=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "Oracle Talent Cloud Notifications")])
    text_html(m, text)
    case("b121-01-un-portal-cbi-geneva-time-only", [("01-invitation-to-interview.eml", m)], label(
        [L("United Nations Food Resilience Programme", "Monitoring and Evaluation Officer, P-3",
           start, end, "scheduled", [], ["ingrid.solberg@unfrp.example"], "onsite")],
        "hard", "positive/un-portal-cbi",
        "System notice with time in Geneva time only (CET in March, UTC+1). Panel of three named with "
        "titles but no addresses -> followup to the HR associate named in the text."))


# ---- 02 Exchange/Teams invite, time in New York only, chief interviews, HR assistant organizes
def c02():
    d = "unfec.example"
    org = ("Carla Mendes", "carla.mendes@unfec.example")
    chief = ("Jonathan Whitaker-Osei", "j.whitakerosei@unfec.example")
    sent = T(2026, 4, 6, 11, 40, NYC)
    start = T(2026, 4, 14, 9, 0, NYC)
    end = start + timedelta(minutes=45)
    text = """When: Tuesday, April 14, 2026 9:00 AM-9:45 AM (UTC-05:00) Eastern Time (US & Canada).
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Dear Nyambura,

On behalf of the Independent Evaluation Office, I am pleased to invite you to an interview for the position of Evaluation Specialist (P-3), TJO 118204.

The interview will be conducted by Mr. Jonathan Whitaker-Osei, Chief, Evaluation Methods Section, and will last approximately 45 minutes. I am only coordinating the logistics and will not join the call.

Please note that the interview time is 9:00 AM New York time.

Kindly accept this meeting request to confirm your participation.

Best regards,
Carla Mendes
HR Assistant | Independent Evaluation Office
United Nations Fund for Equitable Cities (UNFEC)
220 East 42nd Street (fictional), New York, NY
Tel: +1 212 555 0148

""" + teams_block()
    ics = exchange_ics("REQUEST", "040000008200E00074C5B7101A82E008000000001" + uid_for("c02")[:24].upper(), 0,
                       "Eastern Standard Time", start, end, org,
                       [(OWNER_NAME, OWNER), chief],
                       "Interview - Evaluation Specialist (P-3) - N. Otieno", text.split("*~*~*~*~*~*~*~*~*~*")[1].strip(),
                       "Microsoft Teams Meeting", sent)
    m = base_msg(sent, "Carla Mendes <carla.mendes@unfec.example>",
                 "Nyambura Otieno <%s>, Jonathan Whitaker-Osei <j.whitakerosei@unfec.example>" % OWNER,
                 "Interview - Evaluation Specialist (P-3) - N. Otieno", "NY1PR02MB7781.namprd02.prod.outlook.example", "c02a",
                 received_host="mx.mail.example",
                 extra=[("Thread-Topic", "Interview - Evaluation Specialist (P-3) - N. Otieno"),
                        ("Accept-Language", "en-US")])
    exchange_invite(m, text, ics)
    case("b121-02-exchange-teams-new-york-time-chief", [("01-interview-invite.eml", m)], label(
        [L("United Nations Fund for Equitable Cities", "Evaluation Specialist (P-3)", start, end, "scheduled",
           [chief[1]], [chief[1]], "hiring_manager")],
        "medium", "positive/outlook-teams",
        "Exchange invite, TZID Eastern Standard Time, 'When:' label says (UTC-05:00) although April is EDT "
        "(-04:00). Coordinator does not interview."))


# ---- 03 DST mismatch: notice says 1200 CET (1400 EAT) for a date after 29 March; moved to 1400 CEST
def c03():
    d = "gchd.example"
    hr = ("Sophie Marchetti", "sophie.marchetti@gchd.example")
    p1 = ("Lukas Brenner", "l.brenner@gchd.example")
    p2 = ("Amina Diallo", "a.diallo@gchd.example")
    role = "Monitoring, Evaluation and Learning Specialist"
    s1 = T(2026, 3, 20, 16, 5, GVA)
    old = T(2026, 4, 2, 12, 0, GVA)
    new = T(2026, 4, 2, 14, 0, GVA)
    uid = "040000008200E00074C5B7101A82E00800000000" + uid_for("c03")[:26].upper()
    t1 = """Dear Ms Otieno,

Thank you for your application for the position of %s (ref. GCHD-2026-014).

We are pleased to invite you to a panel interview on Thursday 2 April 2026 at 1200 hrs CET (1400 hrs EAT). The interview will last one hour and will take place on Microsoft Teams. The panel will consist of:

Lukas Brenner - Head of Data & Evidence
Amina Diallo - Senior MEL Advisor

A calendar invitation will follow. Please confirm receipt of this e-mail.

Kind regards

Sophie Marchetti
HR Officer
Geneva Centre for Humanitarian Data
Chemin des Tilleuls 7 (fictional), 1202 Geneva, Switzerland
T +41 22 555 01 77
""" % role
    m1 = base_msg(s1, "Sophie Marchetti <sophie.marchetti@gchd.example>", "Nyambura Otieno <%s>" % OWNER,
                  "Invitation to interview - %s" % role, "GV0P278MB0412.CHEP278.PROD.OUTLOOK.example", "c03a")
    text_html(m1, t1)
    inv_text = """When: Thursday, 2 April 2026 12:00-13:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Panel interview - %s - Nyambura Otieno
Panel: Lukas Brenner, Amina Diallo

""" % role + teams_block()
    s2 = s1 + timedelta(minutes=14)
    ics2 = exchange_ics("REQUEST", uid, 0, "W. Europe Standard Time", old, old + timedelta(hours=1), hr,
                        [(OWNER_NAME, OWNER), p1, p2], "Panel interview - %s - Nyambura Otieno" % role,
                        "Panel interview - %s\nPanel: Lukas Brenner, Amina Diallo" % role,
                        "Microsoft Teams Meeting", s2)
    m2 = base_msg(s2, "Sophie Marchetti <sophie.marchetti@gchd.example>",
                  "Nyambura Otieno <%s>; Lukas Brenner <l.brenner@gchd.example>; Amina Diallo <a.diallo@gchd.example>" % OWNER,
                  "Panel interview - %s - Nyambura Otieno" % role, "GV0P278MB0412.CHEP278.PROD.OUTLOOK.example", "c03b")
    del m2["To"]
    m2["To"] = "Nyambura Otieno <%s>, Lukas Brenner <l.brenner@gchd.example>, Amina Diallo <a.diallo@gchd.example>" % OWNER
    exchange_invite(m2, inv_text, ics2)
    s3 = T(2026, 3, 23, 8, 47, NBO)
    t3 = """Dear Sophie,

Thank you for the invitation, I am glad to confirm.

One small question: the calendar invitation shows the interview at 13:00 in my calendar (Nairobi), but your letter says 1400 hrs EAT. Could you confirm which one is correct?

Best regards,
%s

On Fri, 20 Mar 2026 at 18:05, Sophie Marchetti <sophie.marchetti@gchd.example> wrote:
> Dear Ms Otieno,
>
> We are pleased to invite you to a panel interview on Thursday 2 April 2026
> at 1200 hrs CET (1400 hrs EAT).
""" % OWNER_SIG
    m3 = base_msg(s3, "Nyambura Otieno <%s>" % OWNER, "Sophie Marchetti <sophie.marchetti@gchd.example>",
                  "Re: Invitation to interview - %s" % role, "mail.example", "c03c",
                  in_reply_to=m1["Message-ID"], extra=[("X-Mailer", "Mail.example Web 4.2")])
    m3.set_content(t3)
    s4 = T(2026, 3, 24, 10, 20, GVA)
    t4 = """Dear Nyambura,

Thank you for spotting this, and apologies for the confusion. Our letter template still said CET, but Geneva switches to summer time (CEST, UTC+2) on 29 March, so 12:00 Geneva time on 2 April would have been 13:00 in Nairobi, as your calendar showed.

In the meantime Lukas has a conflict at noon, so we have moved the interview to 1400 hrs Geneva time (CEST), which is 1500 hrs EAT, on the same day, Thursday 2 April. The duration is unchanged (one hour). You will receive an updated invitation shortly; please disregard the earlier time.

Kind regards
Sophie

Sophie Marchetti
HR Officer | Geneva Centre for Humanitarian Data
T +41 22 555 01 77

-----Original Message-----
From: Nyambura Otieno <%s>
Sent: Monday, 23 March 2026 06:47
To: Sophie Marchetti <sophie.marchetti@gchd.example>
Subject: Re: Invitation to interview - %s

Dear Sophie,
Thank you for the invitation, I am glad to confirm. One small question: the calendar invitation shows the interview at 13:00 in my calendar (Nairobi), but your letter says 1400 hrs EAT. Could you confirm which one is correct?
""" % (OWNER, role)
    m4 = base_msg(s4, "Sophie Marchetti <sophie.marchetti@gchd.example>", "Nyambura Otieno <%s>" % OWNER,
                  "RE: Invitation to interview - %s" % role, "GV0P278MB0412.CHEP278.PROD.OUTLOOK.example", "c03d",
                  in_reply_to=m3["Message-ID"], references="%s %s" % (m1["Message-ID"], m3["Message-ID"]))
    text_html(m4, t4)
    s5 = s4 + timedelta(minutes=6)
    inv5 = """When: Thursday, 2 April 2026 14:00-15:00 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Updated time: 14:00 Geneva (CEST) / 15:00 Nairobi (EAT).
Panel interview - %s - Nyambura Otieno
Panel: Lukas Brenner, Amina Diallo

""" % role + teams_block()
    ics5 = exchange_ics("REQUEST", uid, 1, "W. Europe Standard Time", new, new + timedelta(hours=1), hr,
                        [(OWNER_NAME, OWNER), p1, p2], "Panel interview - %s - Nyambura Otieno" % role,
                        "Updated time: 14:00 Geneva (CEST) / 15:00 Nairobi (EAT).\nPanel: Lukas Brenner, Amina Diallo",
                        "Microsoft Teams Meeting", s5)
    m5 = base_msg(s5, "Sophie Marchetti <sophie.marchetti@gchd.example>",
                  "Nyambura Otieno <%s>, Lukas Brenner <l.brenner@gchd.example>, Amina Diallo <a.diallo@gchd.example>" % OWNER,
                  "Updated: Panel interview - %s - Nyambura Otieno" % role, "GV0P278MB0412.CHEP278.PROD.OUTLOOK.example", "c03e")
    exchange_invite(m5, inv5, ics5)
    case("b121-03-geneva-dst-mismatch-rescheduled", [
        ("01-invitation-letter.eml", m1), ("02-teams-invite.eml", m2), ("03-candidate-asks-which-time.eml", m3),
        ("04-hr-moves-to-1400-cest.eml", m4), ("05-updated-teams-invite.eml", m5)], label(
        [L("Geneva Centre for Humanitarian Data", role, new, new + timedelta(hours=1), "scheduled",
           [p1[1], p2[1]], [p1[1], p2[1]], "onsite")],
        "hard", "positive/reschedule-dst",
        "Letter wrote '1200 hrs CET (1400 hrs EAT)' for 2 April (after EU DST); invite was 12:00 W. Europe = "
        "13:00 EAT. HR then moved it to 1400 CEST / 1500 EAT with SEQUENCE 1. Final time only."))


# ---- 04 NGO recruiter on Outlook, half past ten, then cancelled: post put on hold
def c04():
    rec = ("Esther Njeri", "esther.njeri@tumainichild.example")
    mgr = ("Daniel Ouma", "daniel.ouma@tumainichild.example")
    role = "MEAL Coordinator"
    s1 = T(2026, 4, 27, 15, 2, NBO)
    start = T(2026, 5, 6, 10, 30, NBO)
    end = start + timedelta(minutes=45)
    uid = "040000008200E00074C5B7101A82E00800000000" + uid_for("c04")[:26].upper()
    t1 = """Hi Nyambura,

Thanks for your application for the MEAL Coordinator role in our Kisumu programme. We'd like to invite you for an interview on Wednesday 6th May at half past ten in the morning (Nairobi time). It will be about 45 minutes on Teams with myself and Daniel Ouma, our Programme Quality Manager.

I'm sending the Teams invite now - just accept it to confirm.

Warm regards,
Esther

Esther Njeri | People & Culture Officer
Tumaini Child Relief - Kenya Country Office
Riverside Lane (fictional), Nairobi | +254 20 555 0192

""" + teams_block()
    ics1 = exchange_ics("REQUEST", uid, 0, "E. Africa Standard Time", start, end, rec,
                        [(OWNER_NAME, OWNER), mgr], "Interview: MEAL Coordinator - Nyambura Otieno",
                        t1, "Microsoft Teams Meeting", s1)
    m1 = base_msg(s1, "Esther Njeri <esther.njeri@tumainichild.example>",
                  "Nyambura Otieno <%s>, Daniel Ouma <daniel.ouma@tumainichild.example>" % OWNER,
                  "Interview: MEAL Coordinator - Nyambura Otieno", "AM6PR03MB5523.eurprd03.prod.outlook.example", "c04a")
    exchange_invite(m1, t1, ics1)
    s2 = T(2026, 5, 4, 17, 45, NBO)
    t2 = """Dear Nyambura,

I'm really sorry to write with this news. Unfortunately the post has been put on hold pending confirmation of donor funding for the next phase of the Kisumu programme, so we have to cancel Wednesday's interview.

We will keep your application on file and will get in touch if the recruitment reopens.

With apologies,
Esther
"""
    ics2 = exchange_ics("CANCEL", uid, 1, "E. Africa Standard Time", start, end, rec,
                        [(OWNER_NAME, OWNER), mgr], "Canceled: Interview: MEAL Coordinator - Nyambura Otieno",
                        t2, "Microsoft Teams Meeting", s2, status="CANCELLED")
    m2 = base_msg(s2, "Esther Njeri <esther.njeri@tumainichild.example>",
                  "Nyambura Otieno <%s>, Daniel Ouma <daniel.ouma@tumainichild.example>" % OWNER,
                  "Canceled: Interview: MEAL Coordinator - Nyambura Otieno", "AM6PR03MB5523.eurprd03.prod.outlook.example", "c04b",
                  extra=[("Importance", "high")])
    exchange_invite(m2, t2, ics2, method="CANCEL")
    case("b121-04-ngo-outlook-post-on-hold-cancel", [("01-teams-invite.eml", m1), ("02-canceled.eml", m2)], label(
        [L("Tumaini Child Relief", role, start, end, "cancelled", [rec[1], mgr[1]], [rec[1], mgr[1]], "onsite")],
        "medium", "positive/cancellation",
        "'half past ten' EAT, E. Africa Standard Time TZID; METHOD:CANCEL because the post was put on hold."))


# ---- 05 Two-stage day in Addis Ababa: technical panel then Regional Director, two .ics files
def c05():
    hr = ("Meron Tadesse", "meron.tadesse@hornresilience.example")
    a = ("Yonas Bekele", "yonas.bekele@hornresilience.example")
    b = ("Fatuma Hassan", "fatuma.hassan@hornresilience.example")
    c = ("Samuel Gebru", "samuel.gebru@hornresilience.example")
    role = "Senior MEL Officer"
    sent = T(2026, 5, 11, 14, 30, ADD)
    s1, e1 = T(2026, 5, 19, 9, 30, ADD), T(2026, 5, 19, 10, 30, ADD)
    s2, e2 = T(2026, 5, 19, 11, 15, ADD), T(2026, 5, 19, 11, 45, ADD)
    t = """Dear Nyambura,

Congratulations - you have been shortlisted for the position of Senior MEL Officer (Regional Office, Addis Ababa). We would like to invite you to a two-stage interview day at our office on Tuesday, 19 May 2026.

Stage 1 - Technical interview, 09:30-10:30
Panel: Yonas Bekele (Head of MEL) and Fatuma Hassan (Research Manager). You will be asked to walk the panel through a results framework you have designed.

Stage 2 - Interview with the Regional Director, 11:15-11:45
Dr. Samuel Gebru, Regional Director, Horn of Africa

Please note all times are in international (East Africa) time, not Ethiopian local time reckoning. There is a short break with coffee between the two stages.

Venue: Horn Resilience Institute, 4th floor, Bole Sub-City Road (fictional), Addis Ababa. Please bring your passport for the building security desk. We will reimburse your economy flight from Nairobi.

Two calendar holds are attached, one for each stage.

Best regards,
Meron Tadesse
HR & Administration Manager
Horn Resilience Institute | Addis Ababa, Ethiopia
+251 11 555 0164
"""
    m = base_msg(sent, "Meron Tadesse <meron.tadesse@hornresilience.example>", "Nyambura Otieno <%s>" % OWNER,
                 "Interview day 19 May - Senior MEL Officer", "mail.hornresilience.example", "c05a",
                 cc="Yonas Bekele <yonas.bekele@hornresilience.example>")
    text_html(m, t)
    ics1 = utc_ics("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", uid_for("c05s1")[:26] + "@google.com", 0,
                   s1, e1, hr, [(OWNER_NAME, OWNER), a, b], "Stage 1: Technical interview - Senior MEL Officer - N. Otieno",
                   "Panel: Yonas Bekele (Head of MEL), Fatuma Hassan (Research Manager)",
                   "Horn Resilience Institute, 4th floor, Addis Ababa", sent)
    ics2 = utc_ics("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", uid_for("c05s2")[:26] + "@google.com", 0,
                   s2, e2, hr, [(OWNER_NAME, OWNER), c], "Stage 2: Regional Director interview - N. Otieno",
                   "With Dr. Samuel Gebru, Regional Director",
                   "Horn Resilience Institute, 4th floor, Addis Ababa", sent)
    case("b121-05-addis-two-stage-interview-day", [
        ("01-interview-day-email.eml", m), ("02-stage1-technical.ics", ics1), ("03-stage2-director.ics", ics2)], label(
        [L("Horn Resilience Institute", role, s1, e2, "scheduled", [a[1], b[1], c[1]], [a[1], b[1], c[1]], "onsite")],
        "hard", "positive/onsite-two-stage",
        "Two interview stages on one day (09:30-10:30 and 11:15-11:45 EAT, Addis = UTC+3), two standalone .ics "
        "-> ONE onsite 09:30-11:45 with all three interviewers."))


# ---- 06 Written test (not an interview) + interview "14h" via Zoom
def c06():
    hr = ("Grace Wanjiku", "grace.wanjiku@mwangaza.example")
    lucy = ("Lucy Achola", "lucy.achola@mwangaza.example")
    role = "Learning and Evaluation Manager"
    sent = T(2026, 3, 3, 10, 15, NBO)
    start = T(2026, 3, 12, 14, 0, NBO)
    end = start + timedelta(minutes=45)
    t = """Dear Nyambura,

Thank you for your interest in the Learning and Evaluation Manager position at the Mwangaza Foundation. The selection process has two parts and you are invited to both:

1. Written test - Monday 9 March, 10h-12h (EAT), online. You will receive a personal link to the test platform on the morning of the test. The test is timed and is marked anonymously.

2. Interview - Thursday 12 March at 14h (EAT), on Zoom, 45 minutes, with Lucy Achola, Director of Programmes (copied). A Zoom invitation for the interview is attached.

Please confirm by reply that you are available for both.

Kind regards,
Grace Wanjiku
HR Officer, Mwangaza Foundation
Mwangaza House, Lenana Close (fictional), Nairobi
Tel: +254 709 555 311
"""
    m = base_msg(sent, "Grace Wanjiku <grace.wanjiku@mwangaza.example>", "Nyambura Otieno <%s>" % OWNER,
                 "Mwangaza Foundation - Learning and Evaluation Manager: written test and interview",
                 "mwangaza.example", "c06a", cc="Lucy Achola <lucy.achola@mwangaza.example>")
    text_html(m, t, cte="base64")
    zdesc = ("Grace Wanjiku is inviting you to a scheduled Zoom meeting.\n\nTopic: Interview - Learning and "
             "Evaluation Manager - Nyambura Otieno\nTime: Mar 12, 2026 02:00 PM Nairobi\n\nJoin Zoom Meeting\n"
             "https://mwangaza.zoom.example/j/84311927561?pwd=Qm9vS3RyZ0R4\n\nMeeting ID: 843 1192 7561\n"
             "Passcode: 582014")
    ics = utc_ics("-//zoom.us//iCalendar Event//EN", "REQUEST", "ZOOM84311927561", 0, start, end, hr,
                  [(OWNER_NAME, OWNER), lucy], "Interview - Learning and Evaluation Manager - Nyambura Otieno",
                  zdesc, "https://mwangaza.zoom.example/j/84311927561?pwd=Qm9vS3RyZ0R4", sent)
    attach_ics(m, ics, "zoom_interview.ics")
    case("b121-06-written-test-plus-zoom-interview-14h", [("01-test-and-interview.eml", m)], label(
        [L("Mwangaza Foundation", role, start, end, "scheduled", [lucy[1]], [lucy[1]], "hiring_manager")],
        "hard", "positive/written-test-not-interview",
        "One mail announces a written test (9 March, NOT an interview) and an interview '14h (EAT)' on 12 March; "
        "base64 body + Zoom .ics attachment. Only the interview is labelled."))


# ---- 07 Consultancy partner writes by hand: two interviews (London GMT, then New York after US DST)
def c07():
    hugh = ("Hugh Pemberton", "hugh@kestreldev.example")
    dana = ("Dana Kowalczyk", "dana.kowalczyk@kestreldev.example")
    role = "Senior Evaluation Consultant"
    s1 = T(2026, 3, 9, 7, 58, LON)
    t1 = """Nyambura -

thanks for sending the CV over, v impressive esp the Turkana endline. Would love a quick chat re the Senior Evaluation Consultant role. Thu 3/12 @ 2p London time work? 30 mins, I'll ring your mobile.

H

Sent from my iPhone
"""
    m1 = base_msg(s1, "Hugh Pemberton <hugh@kestreldev.example>", "Nyambura Otieno <%s>" % OWNER,
                  "quick chat?", "kestreldev.example", "c07a")
    m1.set_content(t1)
    s2 = T(2026, 3, 9, 12, 31, NBO)
    t2 = """Hi Hugh,

Thank you! Thursday 12th at 2pm UK time (5pm here in Nairobi) works well. My mobile is +254 722 418 093.

Best,
Nyambura

On Mon, 9 Mar 2026 at 10:58, Hugh Pemberton <hugh@kestreldev.example> wrote:
> Nyambura -
> thanks for sending the CV over, v impressive esp the Turkana endline. Would
> love a quick chat re the Senior Evaluation Consultant role. Thu 3/12 @ 2p
> London time work? 30 mins, I'll ring your mobile.
> H
"""
    m2 = base_msg(s2, "Nyambura Otieno <%s>" % OWNER, "Hugh Pemberton <hugh@kestreldev.example>",
                  "Re: quick chat?", "mail.example", "c07b", in_reply_to=m1["Message-ID"])
    m2.set_content(t2)
    s3 = T(2026, 3, 9, 10, 40, LON)
    m3 = base_msg(s3, "Hugh Pemberton <hugh@kestreldev.example>", "Nyambura Otieno <%s>" % OWNER,
                  "Re: quick chat?", "kestreldev.example", "c07c", in_reply_to=m2["Message-ID"],
                  references="%s %s" % (m1["Message-ID"], m2["Message-ID"]))
    m3.set_content("Perfect, speak Thurs.\n\nH\n\nSent from my iPhone\n")
    i1s = T(2026, 3, 12, 14, 0, LON)
    s4 = T(2026, 3, 16, 18, 12, LON)
    t4 = """Nyambura, great to talk on Thursday. Next step is for you to meet Dana Kowalczyk, who leads our work with the New York foundations (cc'd). She's free Mon 3/23 at 9:30am ET. NB the US has already changed its clocks, so that's 1:30pm London / 4:30pm Nairobi. Dana will send a Zoom link.

Kestrel Development Partners
3rd Floor, 18 Wharf Row (fictional), London
+44 20 5550 0931

H
"""
    m4 = base_msg(s4, "Hugh Pemberton <hugh@kestreldev.example>", "Nyambura Otieno <%s>" % OWNER,
                  "next step - Dana", "kestreldev.example", "c07d", cc="Dana Kowalczyk <dana.kowalczyk@kestreldev.example>")
    m4.set_content(t4)
    s5 = T(2026, 3, 16, 15, 3, NYC)
    t5 = """Hi Nyambura,

Nice to e-meet you. Monday 3/23 at 9:30 a.m. Eastern works on my end - I'll send the Zoom link the day before. Looking forward to it.

Dana

Dana Kowalczyk
Director, Foundations Practice | Kestrel Development Partners
New York | +1 646 555 0177

On Mon, Mar 16, 2026 at 2:12 PM Hugh Pemberton <hugh@kestreldev.example> wrote:
> Nyambura, great to talk on Thursday. Next step is for you to meet Dana
> Kowalczyk, who leads our work with the New York foundations (cc'd). She's
> free Mon 3/23 at 9:30am ET.
"""
    m5 = base_msg(s5, "Dana Kowalczyk <dana.kowalczyk@kestreldev.example>", "Nyambura Otieno <%s>" % OWNER,
                  "Re: next step - Dana", "kestreldev.example", "c07e", cc="Hugh Pemberton <hugh@kestreldev.example>",
                  in_reply_to=m4["Message-ID"])
    m5.set_content(t5)
    i2s = T(2026, 3, 23, 9, 30, NYC)
    case("b121-07-consultancy-partner-two-interviews", [
        ("01-partner-quick-chat.eml", m1), ("02-she-confirms.eml", m2), ("03-partner-ok.eml", m3),
        ("04-next-step-dana.eml", m4), ("05-dana-confirms.eml", m5)], label(
        [L("Kestrel Development Partners", role, i1s, i1s + timedelta(minutes=30), "scheduled", [hugh[1]], [hugh[1]],
           "phone_screen"),
         L("Kestrel Development Partners", role, i2s, None, "scheduled", [dana[1]], [dana[1]], "hiring_manager")],
        "hard", "positive/two-interviews",
        "Handwritten partner mails. 'Thu 3/12 @ 2p London' (GMT) 30 min; then 'Mon 3/23 at 9:30am ET' (EDT, "
        "US already on DST while London is not) with no duration -> end null."))


# ---- 08 Forwarded from work address, base64, BST time with EAT in brackets
def c08():
    oli = ("Olivia Hartnell", "olivia.hartnell@sahelevidence.example")
    kw = ("Kwame Asante", "kwame.asante@sahelevidence.example")
    role = "Evaluation Lead (Nutrition)"
    orig_sent = T(2026, 4, 13, 16, 20, LON)
    sent = T(2026, 4, 13, 19, 2, NBO)
    start = T(2026, 4, 22, 11, 0, LON)
    end = start + timedelta(hours=1)
    t = """note to self - put this in the personal calendar!!

---------- Forwarded message ---------
From: Olivia Hartnell <olivia.hartnell@sahelevidence.example>
Date: Mon, 13 Apr 2026 at 18:20
Subject: Sahel Evidence Collaborative - interview for Evaluation Lead (Nutrition)
To: Nyambura Otieno <n.otieno@lakesidehealth.example>
Cc: Kwame Asante <kwame.asante@sahelevidence.example>


Dear Nyambura,

Thank you for applying for the Evaluation Lead (Nutrition) role. We were impressed by your application and would like to invite you to a technical interview on Wednesday 22 April, 11:00-12:00 BST (13:00-14:00 EAT), on Zoom.

The interview will be with me and with Kwame Asante, Senior Data Scientist. In the first 10 minutes we will ask you to present a short critique (no slides needed) of the attached evaluation ToR.

Please let me know if this time does not suit.

With best wishes,
Olivia

Olivia Hartnell
Head of Evaluation
Sahel Evidence Collaborative
Unit 5, 41 Canal Street (fictional), London
+44 20 5550 0614
Registered charity in England and Wales (fictional)
"""
    m = base_msg(sent, "Nyambura Otieno <%s>" % OWNER_WORK, "Nyambura Otieno <%s>" % OWNER,
                 "Fwd: Sahel Evidence Collaborative - interview for Evaluation Lead (Nutrition)",
                 "lakesidehealth.example", "c08a", extra=[("X-Forwarded-Message-Id", msgid("c08orig", "sahelevidence.example"))])
    m.set_content(t, cte="base64")
    case("b121-08-forwarded-base64-bst-eat", [("01-fwd-interview-invitation.eml", m)], label(
        [L("Sahel Evidence Collaborative", role, start, end, "scheduled", [oli[1], kw[1]], [oli[1], kw[1]], "technical")],
        "medium", "positive/forwarded",
        "Forwarded from her work address to personal mailbox, base64 plain body. '11:00-12:00 BST (13:00-14:00 EAT)'."))


# ---- 09 Foundation in New York: recruiter mail + Calendar API event, then deleted event + cancel mail
def c09():
    reb = ("Rebecca Lindqvist", "rlindqvist@halcyontrust.example")
    mb = ("Marcus Bell", "marcus.bell@halcyontrust.example")
    role = "Program Officer, Learning & Evaluation"
    s1 = T(2026, 2, 24, 9, 5, NYC)
    start = T(2026, 3, 5, 10, 0, NYC)
    end = start + timedelta(minutes=45)
    t1 = """Hi Nyambura,

Following your conversation with our search committee, Marcus Bell (Director of Learning) would like to meet you for the Program Officer, Learning & Evaluation role. I've put Thu 3/5 at 10am ET (6pm Nairobi) on both your calendars - 45 minutes on Google Meet.

Thanks,
Rebecca

Rebecca Lindqvist
Talent Partner | The Halcyon Trust for Global Health
New York, NY | (212) 555-0163
"""
    m1 = base_msg(s1, "Rebecca Lindqvist <rlindqvist@halcyontrust.example>", "Nyambura Otieno <%s>" % OWNER,
                  "Halcyon Trust - conversation with Marcus Bell", "halcyontrust.example", "c09a",
                  cc="Marcus Bell <marcus.bell@halcyontrust.example>")
    text_html(m1, t1)
    eid = "7hq2k0v9c3m1lbd8s4tn6p0e5r"
    ev = {
        "kind": "calendar#event", "etag": "\"3541922045118000\"", "id": eid, "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=N2hxMmswdjljM20xbGJkOHM0dG42cDBlNXI",
        "created": "2026-02-24T14:07:11.000Z", "updated": "2026-02-24T14:07:25.559Z",
        "summary": "Nyambura Otieno <> Marcus Bell (Program Officer, L&E)",
        "description": "Conversation with Marcus Bell, Director of Learning.\nScheduled by Rebecca Lindqvist.",
        "creator": {"email": reb[1], "displayName": reb[0]},
        "organizer": {"email": reb[1], "displayName": reb[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "America/New_York"},
        "end": {"dateTime": end.isoformat(), "timeZone": "America/New_York"},
        "iCalUID": eid + "@google.com", "sequence": 0,
        "attendees": [
            {"email": reb[1], "displayName": reb[0], "organizer": True, "responseStatus": "accepted"},
            {"email": mb[1], "displayName": mb[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"}],
        "hangoutLink": "https://meet.google.com/pkw-rtyd-hmz",
        "reminders": {"useDefault": True}, "eventType": "default"}
    s3 = T(2026, 3, 3, 16, 40, NYC)
    t3 = """Hi Nyambura,

I'm so sorry to do this, but we need to cancel Thursday's conversation with Marcus. The Trust's board has decided to pause this search until the new strategy is approved, and we don't want to take up your time in the meantime. I've removed the meeting from the calendar.

I'll reach out personally if the role reopens.

Rebecca
"""
    m3 = base_msg(s3, "Rebecca Lindqvist <rlindqvist@halcyontrust.example>", "Nyambura Otieno <%s>" % OWNER,
                  "Re: Halcyon Trust - conversation with Marcus Bell", "halcyontrust.example", "c09c",
                  cc="Marcus Bell <marcus.bell@halcyontrust.example>", in_reply_to=m1["Message-ID"])
    text_html(m3, t3)
    ev_del = {"kind": "calendar#event", "etag": "\"3543011877420000\"", "id": eid, "status": "cancelled"}
    case("b121-09-foundation-gcal-json-then-deleted", [
        ("01-recruiter-mail.eml", m1), ("02-event.gcal.json", ev), ("03-cancel-mail.eml", m3),
        ("04-event-deleted.gcal.json", ev_del)], label(
        [L("The Halcyon Trust for Global Health", role, start, end, "cancelled", [mb[1]], [mb[1]], "hiring_manager")],
        "medium", "positive/cancellation",
        "'Thu 3/5 at 10am ET' (EST, before US DST) + Calendar API event; later a deleted event (id/status only) "
        "and 'we need to cancel'."))


# ---- 10 HTML-only in-house recruiter phone screen, "tomorrow at noon"
def c10():
    kev = ("Kevin Mutua", "kevin.mutua@amaniwash.example")
    sent = T(2026, 2, 23, 16, 10, NBO)
    start = T(2026, 2, 24, 12, 0, NBO)
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#0b6e99;padding:12px;color:#fff;font-size:18px"><b>Amani WASH Network</b></td></tr></table>
<p>Habari Nyambura,</p>
<p>Thanks for applying for our <b>Regional Monitoring &amp; Evaluation Manager</b> vacancy. I&rsquo;d like to do a short screening call with you before we move to the panel stage.</p>
<p>I have booked you in for <b>tomorrow (Tuesday) at noon, Nairobi time</b> &mdash; it will take about 20 minutes. I&rsquo;ll call you on the number in your CV. If that no longer works, just reply and we can find another slot.</p>
<p>Asante sana,</p>
<p style="margin:0">Kevin Mutua<br><span style="color:#666">Talent Acquisition Lead</span><br>Amani WASH Network<br>Plot 22, Ngong Road Office Park (fictional), Nairobi<br>+254 733 555 208</p>
<hr style="border:none;border-top:1px solid #ddd"><p style="font-size:11px;color:#888">Amani WASH Network is an equal-opportunity employer. We never charge fees at any stage of recruitment.</p>
</body></html>
"""
    m = base_msg(sent, "Kevin Mutua <kevin.mutua@amaniwash.example>", "Nyambura Otieno <%s>" % OWNER,
                 "Screening call - Regional M&E Manager", "amaniwash.example", "c10a")
    m.set_content(html, subtype="html", cte="quoted-printable")
    case("b121-10-html-only-screen-tomorrow-noon", [("01-screening-call.eml", m)], label(
        [L("Amani WASH Network", "Regional Monitoring & Evaluation Manager", start, start + timedelta(minutes=20),
           "scheduled", [kev[1]], [kev[1]], "phone_screen")],
        "medium", "positive/body-only-relative-date",
        "HTML-only body; 'tomorrow (Tuesday) at noon, Nairobi time', message dated Mon 23 Feb -> 24 Feb 12:00 EAT, 20 min."))


# ---- 11 ATS mail (German foundation, Geneva office) with .ics, "15:00 Uhr (MESZ)"
def c11():
    kv = ("Dr. Katharina Vogel", "katharina.vogel@lindenhof-stiftung.example")
    role = "Impact Measurement Advisor"
    sent = T(2026, 4, 30, 9, 41, GVA)
    start = T(2026, 5, 12, 15, 0, GVA)
    end = start + timedelta(minutes=60)
    t = """Dear Ms Otieno,

Thank you for your application for the position "Impact Measurement Advisor (m/w/d)" at the Geneva office of the Lindenhof Stiftung.

We are pleased to confirm your interview:

Termin / Date: Dienstag, 12. Mai 2026, 15:00 Uhr (MESZ, Genf)
Dauer / Duration: 60 Minuten
Format: Video call (Microsoft Teams)
Gesprächspartnerin / Interviewer: Dr. Katharina Vogel, Leiterin Wirkungsmessung (katharina.vogel@lindenhof-stiftung.example)

The attached calendar file contains the dial-in details. If you need to reschedule, please use the link in your candidate portal or reply to this message.

Mit freundlichen Grüßen / Kind regards
Ihr Recruiting-Team der Lindenhof Stiftung

This message was sent via HireLoom on behalf of Lindenhof Stiftung. Please do not reply to no-reply@hireloom.example.
"""
    m = base_msg(sent, "Lindenhof Stiftung via HireLoom <no-reply@hireloom.example>", "Nyambura Otieno <%s>" % OWNER,
                 "Ihr Interviewtermin / Your interview: Impact Measurement Advisor (m/w/d)", "mta2.hireloom.example", "c11a",
                 reply_to="Katharina Vogel <katharina.vogel@lindenhof-stiftung.example>",
                 extra=[("X-HireLoom-Candidate", "c-551920")])
    text_html(m, t)
    ics = tz_ics("-//HireLoom//Interview Scheduler 3.2//EN", "REQUEST", "hl-int-" + uid_for("c11")[:18] + "@hireloom.example", 0,
                 "Europe/Zurich", start, end, ("Lindenhof Stiftung Recruiting", "no-reply@hireloom.example"),
                 [(OWNER_NAME, OWNER), (kv[0], kv[1])], "Interview: Impact Measurement Advisor (m/w/d) - Nyambura Otieno",
                 "Interviewer: Dr. Katharina Vogel\nTeams: https://teams.microsoft.com/l/meetup-join/19%3ameeting_lindenhof",
                 "Microsoft Teams", sent)
    attach_ics(m, ics, "interview.ics")
    case("b121-11-ats-ics-german-uhr-mesz", [("01-interview-confirmation.eml", m)], label(
        [L("Lindenhof Stiftung", role, start, end, "scheduled", [kv[1]], [kv[1]], "hiring_manager")],
        "medium", "positive/ats-ics",
        "Invented ATS sender (no-reply), bilingual body '15:00 Uhr (MESZ, Genf)', .ics with TZID Europe/Zurich."))


# ---- 12 Thread propose/confirm with London INGO, then Teams invite from the interviewer
def c12():
    pri = ("Priyanka Shah", "priyanka.shah@oakhaven.example")
    tom = ("Tom Ashworth", "tom.ashworth@oakhaven.example")
    role = "Global MEL Advisor"
    s1 = T(2026, 4, 8, 11, 5, LON)
    t1 = """Dear Nyambura,

Thank you for applying for the Global MEL Advisor role. We'd like to invite you to a first interview with Tom Ashworth, our Head of MEL. Could you let me know which of these slots works for you (all UK time)?

- Thursday 16 April, 10:00
- Thursday 16 April, 14:00
- Friday 17 April, 09:30

Kind regards,
Priyanka

Priyanka Shah | Recruitment Partner
Oakhaven International | 12 Tabard Yard (fictional), London
+44 20 5550 0388
"""
    m1 = base_msg(s1, "Priyanka Shah <priyanka.shah@oakhaven.example>", "Nyambura Otieno <%s>" % OWNER,
                  "Oakhaven International - Global MEL Advisor - interview slots", "LO2P265MB4417.GBRP265.PROD.OUTLOOK.example", "c12a")
    text_html(m1, t1)
    s2 = T(2026, 4, 8, 15, 22, NBO)
    t2 = """Dear Priyanka,

Many thanks. Friday 17 April at 09:30 UK time (11:30 in Nairobi) would be perfect.

Kind regards,
%s

On Wed, 8 Apr 2026 at 13:05, Priyanka Shah <priyanka.shah@oakhaven.example> wrote:
> Could you let me know which of these slots works for you (all UK time)?
> - Thursday 16 April, 10:00
> - Thursday 16 April, 14:00
> - Friday 17 April, 09:30
""" % OWNER_SIG
    m2 = base_msg(s2, "Nyambura Otieno <%s>" % OWNER, "Priyanka Shah <priyanka.shah@oakhaven.example>",
                  "Re: Oakhaven International - Global MEL Advisor - interview slots", "mail.example", "c12b",
                  in_reply_to=m1["Message-ID"])
    m2.set_content(t2)
    start = T(2026, 4, 17, 9, 30, LON)
    end = start + timedelta(minutes=45)
    s3 = T(2026, 4, 8, 14, 2, LON)
    t3 = """Hi Nyambura,

Great - confirmed for Friday at 9.30am UK time with Tom, 45 minutes on Teams. Tom will send the invite himself.

Best,
Priyanka

-----Original Message-----
From: Nyambura Otieno <%s>
Sent: 08 April 2026 13:22
To: Priyanka Shah <priyanka.shah@oakhaven.example>
Subject: Re: Oakhaven International - Global MEL Advisor - interview slots

Many thanks. Friday 17 April at 09:30 UK time (11:30 in Nairobi) would be perfect.
""" % OWNER
    m3 = base_msg(s3, "Priyanka Shah <priyanka.shah@oakhaven.example>", "Nyambura Otieno <%s>" % OWNER,
                  "RE: Oakhaven International - Global MEL Advisor - interview slots", "LO2P265MB4417.GBRP265.PROD.OUTLOOK.example", "c12c",
                  in_reply_to=m2["Message-ID"], references="%s %s" % (m1["Message-ID"], m2["Message-ID"]))
    text_html(m3, t3)
    s4 = T(2026, 4, 8, 14, 30, LON)
    t4 = """When: Friday, 17 April 2026 09:30-10:15 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Nyambura, looking forward to our conversation. Tom

""" + teams_block()
    ics = exchange_ics("REQUEST", "040000008200E00074C5B7101A82E00800000000" + uid_for("c12")[:26].upper(), 0,
                       "GMT Standard Time", start, end, tom, [(OWNER_NAME, OWNER)],
                       "Nyambura Otieno / Tom Ashworth - Global MEL Advisor", "Hi Nyambura, looking forward to our conversation. Tom",
                       "Microsoft Teams Meeting", s4)
    m4 = base_msg(s4, "Tom Ashworth <tom.ashworth@oakhaven.example>", "Nyambura Otieno <%s>" % OWNER,
                  "Nyambura Otieno / Tom Ashworth - Global MEL Advisor", "LO2P265MB4417.GBRP265.PROD.OUTLOOK.example", "c12d")
    exchange_invite(m4, t4, ics)
    case("b121-12-london-thread-propose-confirm-teams", [
        ("01-slots.eml", m1), ("02-she-picks-friday.eml", m2), ("03-confirmed.eml", m3), ("04-teams-invite.eml", m4)], label(
        [L("Oakhaven International", role, start, end, "scheduled", [tom[1]], [tom[1]], "hiring_manager")],
        "medium", "positive/thread-dedupe",
        "Three slots offered, she picks Fri 09:30 UK (BST, +01:00); Teams invite with 'GMT Standard Time' TZID and "
        "a misleading (UTC+00:00) label. One interview."))


# ---- 13 New York CBI the day after US DST starts, Teams invite + system reminder (dedupe)
def c13():
    nat = ("Natalia Brandt", "natalia.brandt@unpif.example")
    p = [("Rafael Ortega-Lind", "r.ortegalind@unpif.example"), ("Hannah Kruger", "hannah.kruger@unpif.example"),
         ("Tendai Moyo", "tendai.moyo@unpif.example")]
    role = "Monitoring and Evaluation Specialist (P-4)"
    s1 = T(2026, 3, 2, 10, 12, NYC)
    start = T(2026, 3, 9, 8, 30, NYC)
    end = start + timedelta(minutes=60)
    t1 = """Dear Ms. Otieno,

Re: Invitation to interview - Monitoring and Evaluation Specialist (P-4), Programme Division, New York (VA 26-0417)

We are pleased to inform you that you have been shortlisted for the above-mentioned position. You are invited to a competency-based interview (CBI) on Monday, 9 March 2026 at 8:30 AM New York time. The interview will last approximately 60 minutes and will be conducted via Microsoft Teams.

Please note that the United States moves to daylight saving time on Sunday, 8 March. On the day of your interview, 8:30 AM in New York (EDT) corresponds to 15:30 in Nairobi (EAT).

Interview panel:
Mr. Rafael Ortega-Lind, Chief, Monitoring and Evaluation Section (Chair)
Ms. Hannah Kruger, Programme Specialist
Mr. Tendai Moyo, HR Specialist

A meeting invitation will be sent to you separately. Please acknowledge receipt of this invitation.

Best regards,
Natalia Brandt
Human Resources Associate
United Nations Population Insights Fund (UNPIF)
New York, NY 10017 | +1 212 555 0190
"""
    m1 = base_msg(s1, "Natalia Brandt <natalia.brandt@unpif.example>", "Nyambura Otieno <%s>" % OWNER,
                  "Invitation to interview - VA 26-0417 - M&E Specialist (P-4)", "BY5PR11MB4092.namprd11.prod.outlook.example", "c13a")
    text_html(m1, t1)
    s2 = s1 + timedelta(minutes=25)
    t2 = """When: Monday, March 9, 2026 8:30 AM-9:30 AM (UTC-05:00) Eastern Time (US & Canada).
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

CBI - VA 26-0417 - M&E Specialist (P-4) - Candidate: N. Otieno
Panel: R. Ortega-Lind (Chair), H. Kruger, T. Moyo

""" + teams_block()
    ics = exchange_ics("REQUEST", "040000008200E00074C5B7101A82E00800000000" + uid_for("c13")[:26].upper(), 0,
                       "Eastern Standard Time", start, end, nat, [(OWNER_NAME, OWNER)] + p,
                       "CBI - VA 26-0417 - M&E Specialist (P-4) - N. Otieno",
                       "CBI - VA 26-0417 - M&E Specialist (P-4) - Candidate: N. Otieno\nPanel: R. Ortega-Lind (Chair), H. Kruger, T. Moyo",
                       "Microsoft Teams Meeting", s2)
    m2 = base_msg(s2, "Natalia Brandt <natalia.brandt@unpif.example>",
                  ", ".join("%s <%s>" % x for x in [(OWNER_NAME, OWNER)] + p),
                  "CBI - VA 26-0417 - M&E Specialist (P-4) - N. Otieno", "BY5PR11MB4092.namprd11.prod.outlook.example", "c13b")
    exchange_invite(m2, t2, ics)
    s3 = T(2026, 3, 6, 7, 0, NYC)
    t3 = """This is an automated reminder.

You are scheduled for an interview:
Position: Monitoring and Evaluation Specialist (P-4)
Date/time: 09-Mar-2026 08:30 (UTC-05:00) Eastern Time (US & Canada)
Format: Microsoft Teams

Please check the meeting invitation from the hiring office for the link. Do not reply to this message.

UNPIF e-Recruitment
"""
    m3 = base_msg(s3, "UNPIF e-Recruitment <donotreply@erecruit.unpif.example>", "Nyambura Otieno <%s>" % OWNER,
                  "Reminder: interview on 09-Mar-2026", "erecruit.unpif.example", "c13c",
                  extra=[("Auto-Submitted", "auto-generated")])
    m3.set_content(t3)
    case("b121-13-new-york-cbi-day-after-us-dst", [
        ("01-invitation-letter.eml", m1), ("02-teams-invite.eml", m2), ("03-system-reminder.eml", m3)], label(
        [L("United Nations Population Insights Fund", role, start, end, "scheduled", [x[1] for x in p],
           [x[1] for x in p], "onsite")],
        "hard", "positive/dst-edge-dedupe",
        "CBI on Mon 9 March 8:30 New York, the day after US DST starts (EDT -04:00 = 15:30 EAT); "
        "invite and reminder show (UTC-05:00) labels. Panel of three incl. HR specialist. One interview."))


# ---------------------------------------------------------------- negatives
def c14():
    ra = ("Brian Omondi", "brian.omondi@lakesidehealth.example")
    sent = T(2026, 3, 16, 18, 3, NBO)
    t1 = """Hi Nyambura,

Here is the KII schedule for the endline evaluation field week in Kisumu. All interviews are confirmed with the respondents; consent forms are printed.

Tue 24 March
09:00-10:00  KII - Sub-County Medical Officer of Health, Kisumu East
11:30-12:30  KII - Community Health Promoter focal person
14:00-15:00  KII - Facility in-charge, Nyalenda Health Centre

Wed 25 March
10:00-11:00  KII - County Director of Health (by phone)

You are lead interviewer for all four; I will take notes and run the recorder. The interview guide v3 is on the shared drive.

Brian Omondi
Research Assistant, Lakeside Health Trust
+254 711 555 047
"""
    m1 = base_msg(sent, "Brian Omondi <brian.omondi@lakesidehealth.example>", "Nyambura Otieno <%s>" % OWNER,
                  "KII schedule - endline evaluation, Kisumu", "lakesidehealth.example", "c14a")
    m1.set_content(t1)
    start = T(2026, 3, 25, 10, 0, NBO)
    t2 = """When: Wednesday, 25 March 2026 10:00-11:00 (UTC+03:00) Nairobi.
Where: Phone - respondent will be called from the office line

*~*~*~*~*~*~*~*~*~*

Key informant interview - County Director of Health (endline evaluation, maternal health project). Interviewer: Nyambura Otieno. Notes: Brian Omondi. Use KII guide v3, section B.
"""
    ics = exchange_ics("REQUEST", "040000008200E00074C5B7101A82E00800000000" + uid_for("c14")[:26].upper(), 0,
                       "E. Africa Standard Time", start, start + timedelta(hours=1), ra, [(OWNER_NAME, OWNER)],
                       "KII - County Director of Health (endline evaluation)", t2.split("*~*~*~*~*~*~*~*~*~*")[1].strip(),
                       "Phone", sent, teams=False)
    m2 = base_msg(sent + timedelta(minutes=4), "Brian Omondi <brian.omondi@lakesidehealth.example>",
                  "Nyambura Otieno <%s>" % OWNER, "KII - County Director of Health (endline evaluation)",
                  "lakesidehealth.example", "c14b")
    exchange_invite(m2, t2, ics)
    case("b121-14-neg-key-informant-interviews-she-conducts", [("01-kii-schedule.eml", m1), ("02-kii-invite.eml", m2)],
         label([], "hard", "negative/research-interview",
               "Key-informant interviews she conducts as evaluator (research interviews), incl. an Exchange invite."))


def c15():
    org = ("Anneli Virtanen", "anneli.virtanen@nordichealthfund.example")
    sent = T(2026, 4, 20, 9, 14, ZoneInfo("Europe/Helsinki"))
    start = T(2026, 4, 28, 14, 0, NBO)
    t = """When: Tuesday, 28 April 2026 14:00-15:00 (UTC+03:00) Nairobi.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Dear partners,

Scheduling our quarterly donor call on the maternal health grant. Agenda:
1. Q1 results against the logframe (Nyambura - 15 min)
2. Candidate indicators for the no-cost extension
3. Mid-term review: schedule and evaluator selection

Best regards,
Anneli Virtanen
Programme Officer, Nordic Health Fund

""" + teams_block()
    ics = exchange_ics("REQUEST", "040000008200E00074C5B7101A82E00800000000" + uid_for("c15")[:26].upper(), 0,
                       "E. Africa Standard Time", start, start + timedelta(hours=1), org,
                       [(OWNER_NAME, OWNER), ("Joseph Kariuki", "joseph.kariuki@lakesidehealth.example")],
                       "Donor call - Q1 review - maternal health grant", "Quarterly donor call. Agenda: Q1 results, candidate indicators, MTR schedule.",
                       "Microsoft Teams Meeting", sent)
    m = base_msg(sent, "Anneli Virtanen <anneli.virtanen@nordichealthfund.example>",
                 "Nyambura Otieno <%s>, Joseph Kariuki <joseph.kariuki@lakesidehealth.example>" % OWNER,
                 "Donor call - Q1 review - maternal health grant", "HE1P190MB0322.EURP190.PROD.OUTLOOK.example", "c15a")
    exchange_invite(m, t, ics)
    case("b121-15-neg-donor-call-teams", [("01-donor-call-invite.eml", m)],
         label([], "medium", "negative/work-meeting",
               "Teams invite for a quarterly donor call; mentions 'candidate indicators', 'evaluator selection', 'schedule'."))


def c16():
    sent = T(2026, 5, 4, 11, 30, NBO)
    t = """Dear team,

Please find below the schedule for the Turkana field visit (monitoring mission) next week.

Mon 11 May - 07:00 flight Wilson Airport to Lodwar; 14:00 courtesy call with the County Director of Water
Tue 12 May - 08:30-12:30 site visits to boreholes in Kalokol; 14:00-16:00 interviews with beneficiaries and two focus group discussions (women's water committee, youth group)
Wed 13 May - 09:00 data quality check at the sub-county office; 13:00 debrief call with Nairobi
Thu 14 May - 10:40 flight back to Nairobi

Nyambura will lead the beneficiary interviews; Peter will handle logistics. Please bring your ID and the security clearance printout.

Regards,
Mercy Chepkoech
Operations Officer, Lakeside Health Trust
Tel: +254 720 555 613
"""
    m = base_msg(sent, "Mercy Chepkoech <mercy.chepkoech@lakesidehealth.example>",
                 "Nyambura Otieno <%s>, Peter Lokwawi <peter.lokwawi@lakesidehealth.example>" % OWNER,
                 "Schedule - Turkana field visit 11-14 May", "lakesidehealth.example", "c16a")
    text_html(m, t)
    case("b121-16-neg-field-visit-schedule", [("01-field-visit-schedule.eml", m)],
         label([], "medium", "negative/field-visit",
               "Monitoring-mission itinerary with 'interviews with beneficiaries', times and a 'debrief call'."))


def c17():
    prod = ("Faith Auma", "faith.auma@capitalwaves.example")
    sent = T(2026, 5, 7, 13, 50, NBO)
    start = T(2026, 5, 14, 7, 40, NBO)
    t = """Dear Ms Otieno,

I produce "Morning Edition" on Capital Waves FM. We would love to have you on the show for a live radio interview about your organisation's new report on maternal health outcomes in western Kenya.

Date: Thursday 14 May
Time: 7:40am - 8:00am (please arrive at the studio by 7:15am)
Host: Collins Barasa
Venue: Capital Waves FM studios, Kilimani (fictional address)

I've attached a calendar hold. Please call me on +254 722 555 771 if anything changes.

Best,
Faith Auma
Producer, Morning Edition
Capital Waves FM
"""
    m = base_msg(sent, "Faith Auma <faith.auma@capitalwaves.example>", "Nyambura Otieno <%s>" % OWNER,
                 "Radio interview - Morning Edition, Thu 14 May", "capitalwaves.example", "c17a")
    text_html(m, t)
    ics = utc_ics("-//Google Inc//Google Calendar 70.9054//EN", "REQUEST", uid_for("c17")[:26] + "@google.com", 0,
                  start, start + timedelta(minutes=20), prod, [(OWNER_NAME, OWNER)],
                  "Live radio interview - Morning Edition (Capital Waves FM)",
                  "Live studio interview about the maternal health report. Host: Collins Barasa.",
                  "Capital Waves FM studios, Kilimani", sent)
    attach_ics(m, ics)
    case("b121-17-neg-radio-interview-about-report", [("01-radio-interview.eml", m)],
         label([], "hard", "negative/press-interview",
               "Live radio interview about a report, with .ics - press interview, not a job interview."))


def c18():
    sent = T(2026, 3, 18, 8, 0, LON)
    start = T(2026, 3, 26, 16, 0, NBO)
    t = """Hi Nyambura,

You're registered! Thank you for signing up for:

Cracking the UN Competency-Based Interview (CBI): a practical webinar for development professionals
Thursday, 26 March 2026, 1:00 PM GMT (4:00 PM EAT) - 90 minutes

Speakers: former UN HR officers and interview panel chairs. We'll cover the STAR method, common CBI questions, and how to prepare for a written assessment.

Join webinar: https://devcareershub.zoom.example/w/96120034418
Webinar ID: 961 2003 4418

Add to calendar: the .ics file is attached.

You can cancel your registration at any time.

DevCareers Hub | Careers in international development
"""
    m = base_msg(sent, "DevCareers Hub <webinars@devcareershub.example>", "Nyambura Otieno <%s>" % OWNER,
                 "Confirmation: Cracking the UN Competency-Based Interview (CBI)", "devcareershub.example", "c18a",
                 extra=[("List-Unsubscribe", "<https://devcareershub.example/unsubscribe?u=4471>")])
    text_html(m, t)
    ics = utc_ics("-//zoom.us//iCalendar Event//EN", "REQUEST", "ZOOMW96120034418", 0, start,
                  start + timedelta(minutes=90), ("DevCareers Hub", "webinars@devcareershub.example"), [(OWNER_NAME, OWNER)],
                  "Cracking the UN Competency-Based Interview (CBI)", "Webinar. Join: https://devcareershub.zoom.example/w/96120034418",
                  "https://devcareershub.zoom.example/w/96120034418", sent)
    attach_ics(m, ics, "webinar.ics")
    case("b121-18-neg-webinar-cbi-tips", [("01-webinar-registration.eml", m)],
         label([], "hard", "negative/webinar",
               "Zoom webinar registration about CBIs with .ics - not an interview."))


def c19():
    sent = T(2026, 4, 9, 12, 0, GVA)
    t = """Dear Ms. Otieno,

Job Opening: 26-PGM-IDA-240113-R-NAIROBI (X)
Post title: Monitoring and Evaluation Officer, NO-B

Congratulations! Following the screening of applications, you have been selected to take part in the written assessment for the above position.

Date: Thursday, 16 April 2026
Time window: you may start the test at any time between 09:00 and 17:00 hrs Nairobi time; once started, you will have 3 hours to complete it.
Platform: the online assessment platform (link will be sent 24 hours in advance)

The assessment is proctored remotely; please ensure a working webcam. Only candidates who pass the written assessment will be invited to a competency-based interview at a later stage.

Please confirm your participation in your applicant account.

Talent Acquisition
Intergovernmental Drylands Authority (IDA)
This is an automatically generated message. Please do not reply.
"""
    m = base_msg(sent, "IDA Careers <no-reply@careers.drylands.example>", "Nyambura Otieno <%s>" % OWNER,
                 "Invitation to written assessment - Job Opening 240113 - Monitoring and Evaluation Officer, NO-B",
                 "careers.drylands.example", "c19a", extra=[("Auto-Submitted", "auto-generated")])
    text_html(m, t)
    case("b121-19-neg-written-assessment-invitation", [("01-written-assessment.eml", m)],
         label([], "hard", "negative/written-assessment",
               "UN-style invitation to a timed written assessment; mentions a later CBI but no interview is scheduled."))


def c20():
    sent = T(2026, 3, 30, 15, 0, NYC)
    t = """Dear Ms. Otieno,

Re: Evaluation Specialist (P-3), TJO 117360

Thank you for your interest in the above position and for participating in the competency-based interview held on 17 February 2026.

We regret to inform you that the interview panel has recommended another candidate for this position. The competition was very strong, and your profile has been placed on the roster of pre-approved candidates for similar positions at the P-3 level, valid for two years.

We encourage you to continue to apply for positions that match your profile and wish you every success in your career.

Sincerely,
Recruitment Section, Division of Human Resources
United Nations Fund for Equitable Cities
"""
    m = base_msg(sent, "UNFEC Recruitment <recruitment-noreply@unfec.example>", "Nyambura Otieno <%s>" % OWNER,
                 "Outcome of your application - Evaluation Specialist (P-3), TJO 117360", "unfec.example", "c20a")
    text_html(m, t)
    case("b121-20-neg-regret-letter-after-cbi", [("01-regret-letter.eml", m)],
         label([], "medium", "negative/rejection",
               "Regret letter referring to a past CBI date; roster placement. No interview to schedule."))


def c21():
    rec = ("Janet Wekesa", "janet.wekesa@bridgewaterrelief.example")
    s1 = T(2026, 5, 18, 10, 5, NBO)
    t1 = """Dear Ms Otieno,

Peter Kiprono has applied for the position of Senior M&E Officer with Bridgewater Relief and has listed you as a professional referee from his time at Lakeside Health Trust.

Would you be available for a short reference call (about 15 minutes) on Thursday 21 May at 3pm EAT? Alternatively, I can send you our written reference form.

Thank you for your time.

Janet Wekesa
HR Business Partner, Bridgewater Relief - East Africa
+254 20 555 0849
"""
    m1 = base_msg(s1, "Janet Wekesa <janet.wekesa@bridgewaterrelief.example>", "Nyambura Otieno <%s>" % OWNER,
                  "Reference request - Peter Kiprono (candidate for Senior M&E Officer)", "bridgewaterrelief.example", "c21a")
    text_html(m1, t1)
    s2 = T(2026, 5, 18, 13, 40, NBO)
    t2 = """Dear Janet,

Happy to give a reference for Peter. Thursday 21 May at 3pm works; please call me on +254 722 418 093.

Best regards,
Nyambura

On Mon, 18 May 2026 at 10:05, Janet Wekesa <janet.wekesa@bridgewaterrelief.example> wrote:
> Would you be available for a short reference call (about 15 minutes) on
> Thursday 21 May at 3pm EAT?
"""
    m2 = base_msg(s2, "Nyambura Otieno <%s>" % OWNER, "Janet Wekesa <janet.wekesa@bridgewaterrelief.example>",
                  "Re: Reference request - Peter Kiprono (candidate for Senior M&E Officer)", "mail.example", "c21b",
                  in_reply_to=m1["Message-ID"])
    m2.set_content(t2)
    case("b121-21-neg-reference-call-for-former-colleague", [("01-reference-request.eml", m1), ("02-she-agrees.eml", m2)],
         label([], "hard", "negative/reference-call",
               "She is the referee for a former colleague's application; a call is booked but she is not the candidate."))


def c22():
    hr = ("Rose Atieno", "rose.atieno@lakesidehealth.example")
    sent = T(2026, 4, 21, 9, 30, NBO)
    start = T(2026, 4, 29, 10, 0, NBO)
    end = start + timedelta(minutes=45)
    t = """When: Wednesday, 29 April 2026 10:00-10:45 (UTC+03:00) Nairobi.
Where: Microsoft Teams Meeting / Boardroom 2

*~*~*~*~*~*~*~*~*~*

Dear panel members,

Thank you for agreeing to sit on the interview panel for the M&E Assistant position. This slot is for candidate 3 (Joy Chebet). The candidate's CV, the scoring sheet and the interview questions are attached in the panel pack; please score independently and send me your sheets by close of business.

Panel: Nyambura Otieno (M&E Officer, panel chair), Joseph Kariuki (Programme Manager), Rose Atieno (HR)

Rose Atieno
HR Officer, Lakeside Health Trust

""" + teams_block()
    ics = exchange_ics("REQUEST", "040000008200E00074C5B7101A82E00800000000" + uid_for("c22")[:26].upper(), 0,
                       "E. Africa Standard Time", start, end, hr,
                       [(OWNER_NAME, OWNER), ("Joseph Kariuki", "joseph.kariuki@lakesidehealth.example"),
                        ("Joy Chebet", "joy.chebet.ke@mail.example")],
                       "Interview panel: M&E Assistant - candidate 3 (Joy Chebet)",
                       "Panel interview for M&E Assistant - candidate 3. Panel chair: Nyambura Otieno.",
                       "Microsoft Teams Meeting / Boardroom 2", sent)
    m = base_msg(sent, "Rose Atieno <rose.atieno@lakesidehealth.example>",
                 "Nyambura Otieno <%s>, Joseph Kariuki <joseph.kariuki@lakesidehealth.example>" % OWNER,
                 "Interview panel: M&E Assistant - candidate 3 (Joy Chebet)", "lakesidehealth.example", "c22a")
    exchange_invite(m, t, ics)
    case("b121-22-neg-she-chairs-interview-panel", [("01-panel-invite.eml", m)],
         label([], "hard", "negative/user-is-interviewer",
               "Teams invite where she chairs the panel interviewing a candidate for her own team."))


# ---------------------------------------------------------------- write out
def write():
    for fn in [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
               c14, c15, c16, c17, c18, c19, c20, c21, c22]:
        fn()
    for p in HERE.iterdir():
        if p.is_dir() and p.name.startswith("b121-"):
            shutil.rmtree(p)
    labels = {}
    for cid, items, lab in CASES:
        d = HERE / cid
        d.mkdir()
        for name, obj in items:
            if name.endswith(".eml"):
                for i, part in enumerate(obj.walk()):
                    if i and "MIME-Version" in part:
                        del part["MIME-Version"]
                    if part.is_multipart():
                        part.set_boundary("_%03d_%s" % (i, uid_for("bnd", cid, name, str(i))[:28]))
                (d / name).write_bytes(obj.as_bytes())
            elif name.endswith(".ics"):
                (d / name).write_bytes(obj.encode("utf-8"))
            elif name.endswith(".gcal.json"):
                (d / name).write_text(json.dumps(obj, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
            else:
                raise ValueError(name)
        labels[cid] = lab
    with open(HERE / "labels.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110)
    print("wrote %d cases" % len(CASES))


if __name__ == "__main__":
    write()
