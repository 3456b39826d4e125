#!/usr/bin/env python3
"""Deterministic generator for the blind68 interview-detection set.

Theme: a US Navy logistics specialist (LS1 Renata Quill, San Diego) leaving the service;
some mail arrives while she is TAD in Guam or at Pearl Harbor.  All people, companies,
agencies, vendors and domains are invented (.example domains only).

Re-running rewrites every b68-* case folder and labels.yaml in this directory.
Only the standard library, PyYAML and zoneinfo are used.  Every UTC offset is computed
with zoneinfo, never by hand.
"""
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
LA = ZoneInfo("America/Los_Angeles")
NY = ZoneInfo("America/New_York")
GU = ZoneInfo("Pacific/Guam")
HI = ZoneInfo("Pacific/Honolulu")
BER = ZoneInfo("Europe/Berlin")
UTC = timezone.utc

OWNER = "renata.quill@example.com"
OWNER_NAME = "Renata Quill"
OWNER_TO = f"{OWNER_NAME} <{OWNER}>"
OWNER_MIL = "renata.quill.mil@navymail.example"
CELL = "(619) 555-0143"

CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}  # case_id -> label dict


# --------------------------------------------------------------------------- helpers
def T(tz, y, mo, d, h, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def iso(dt):
    return dt.isoformat() if dt is not None else None


def zutc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def floc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def esc(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line):
    """RFC 5545 folding at 75 octets, never splitting a UTF-8 character."""
    out, cur, limit = [], "", 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur, limit = " " + ch, 75
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def ics(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


# (std offset, dst offset, std name, dst name, std rule, dst rule, std start, dst start)
TZRULES = {
    "America/Los_Angeles": ("-0800", "-0700", "PST", "PDT", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
                            "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "T020000", "T020000"),
    "America/New_York": ("-0500", "-0400", "EST", "EDT", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
                         "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "T020000", "T020000"),
    "Europe/Berlin": ("+0100", "+0200", "CET", "CEST", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                      "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "T030000", "T020000"),
    "Pacific/Honolulu": ("-1000", None, "HST", None, None, None, "T000000", None),
}


def vtimezone(tzid, rules_of, exchange=False):
    std, dst, sn, dn, srule, drule, sstart, dstart = TZRULES[rules_of]
    base = "16010101" if exchange else "19701101"
    dbase = "16010101" if exchange else "19700308"
    out = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    out += ["BEGIN:STANDARD", f"DTSTART:{base}{sstart}",
            f"TZOFFSETFROM:{dst or std}", f"TZOFFSETTO:{std}"]
    if srule:
        out.append(f"RRULE:{srule}")
    if not exchange:
        out.append(f"TZNAME:{sn}")
    out.append("END:STANDARD")
    if dst:
        out += ["BEGIN:DAYLIGHT", f"DTSTART:{dbase}{dstart}",
                f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"RRULE:{drule}"]
        if not exchange:
            out.append(f"TZNAME:{dn}")
        out.append("END:DAYLIGHT")
    out.append("END:VTIMEZONE")
    return out


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT"):
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;"
            f"CN={name}:mailto:{email}")


def mid(case, fname, domain):
    h = hashlib.sha1(f"{case}/{fname}".encode()).hexdigest()
    return f"<{h[:24].upper()}@{domain}>"


def add(case, fname, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    CASES.setdefault(case, []).append((fname, data))


def email(case, fname, headers, text=None, html=None, text_cte=None, html_cte=None,
          html_only=False, cal=None, cal_method="REQUEST", cal_cte="base64",
          attachments=(), boundary_style="google"):
    m = EmailMessage()
    for k, v in headers:
        m[k] = v
    if html_only:
        m.set_content(html, subtype="html", cte=html_cte)
    else:
        m.set_content(text, cte=text_cte)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte)
    if cal is not None:
        m.add_alternative(cal.encode("utf-8"), maintype="text", subtype="calendar",
                          cte=cal_cte, params={"method": cal_method, "charset": "UTF-8"})
    for data, maintype, subtype, filename in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    h = hashlib.md5(f"{case}/{fname}".encode()).hexdigest()
    i = 0
    for part in m.walk():
        if part.is_multipart():
            if boundary_style == "exchange":
                part.set_boundary(f"_00{i}_{h[:20].upper()}prodoutlookcom_")
            elif boundary_style == "apple":
                part.set_boundary(f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{i}")
            else:
                part.set_boundary(f"0000000000{h[i:i + 14]}")
            i += 1
    add(case, fname, m.as_bytes(policy=m.policy.clone(max_line_length=998)))


def received(mx_from, ip, when, owner=OWNER):
    return ("Received", f"from {mx_from} ({mx_from}. [{ip}]) by mx.mail.example with ESMTPS id "
                        f"{hashlib.md5(mx_from.encode()).hexdigest()[:12]} for <{owner}>; "
                        f"{format_datetime(when)}")


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end),
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(followups), "kind": kind}


def label(case, interviews, difficulty, category, notes):
    LABELS[case] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                    "difficulty": difficulty, "category": category, "notes": notes,
                    "source": "synthetic"}


def html_of(text):
    paras = []
    for block in text.strip().split("\n\n"):
        b = (block.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
             .replace("\n", "<br>\n"))
        paras.append(f"<p>{b}</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div style="font-family:Arial,Helvetica,sans-serif;font-size:14px">\n'
            + "\n".join(paras) + "\n</div></body></html>\n")


# =========================================================================== POSITIVES
def c01():
    case = "b68-01-talentry-ics-dst-week"
    sent = T(LA, 2026, 3, 5, 10, 12, 44)          # Thursday before the US spring-forward
    start = T(LA, 2026, 3, 9, 9, 30)              # Monday after: PDT
    end = start + timedelta(minutes=30)
    text = f"""Hello Renata,

Thank you for your interest in the Integrated Logistics Support (ILS) Analyst II
position (Req. CDS-2026-0419) at Corvane Defense Systems.

We are pleased to confirm your phone interview:

  Date:        Monday, March 9, 2026
  Time:        0930 PT (30 minutes)
  Interviewer: Dale Brannigan, Program Logistics Lead
  Format:      Dale will call you at {CELL}

Reminder: daylight saving time begins Sunday, March 8. The time above is Pacific
Daylight Time.

A calendar file (interview.ics) is attached. If you have questions before the call,
you can reach Dale directly at dbrannigan@corvanedefense.example.

Corvane Defense Systems is an Equal Opportunity Employer, including Disabled and
Protected Veterans. Applicants selected may be subject to a government security
investigation and must meet eligibility requirements for access to classified
information.

Corvane Talent Acquisition
This message was sent from an unmonitored address via Talentry. Please do not reply.
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Talentry//Interview Scheduler 4.2//EN",
               "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REQUEST"]
              + vtimezone("America/Los_Angeles", "America/Los_Angeles") +
              ["BEGIN:VEVENT", "UID:tly-7f3a91c2-0419-4e1d@talentry.example",
               f"DTSTAMP:{zutc(sent)}",
               f"DTSTART;TZID=America/Los_Angeles:{floc(start)}",
               f"DTEND;TZID=America/Los_Angeles:{floc(end)}",
               "SUMMARY:" + esc("Phone Interview - ILS Analyst II - Corvane Defense Systems"),
               "DESCRIPTION:" + esc(f"Dale Brannigan (Program Logistics Lead) will call you at {CELL}."),
               "LOCATION:" + esc(f"Phone - {CELL}"),
               "ORGANIZER;CN=Corvane Talent Acquisition:mailto:no-reply@talentry.example",
               attendee("Dale Brannigan", "dbrannigan@corvanedefense.example"),
               attendee(OWNER_NAME, OWNER),
               "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    email(case, "01-corvane-phone-interview-confirmed.eml", [
        ("Delivered-To", OWNER),
        received("mta-07.talentry.example", "198.51.100.27", sent),
        ("Return-Path", "<bounce-2231@talentry.example>"),
        ("From", "Corvane Defense Systems <no-reply@talentry.example>"),
        ("To", OWNER_TO),
        ("Subject", "Interview Confirmation - ILS Analyst II (CDS-2026-0419)"),
        ("Date", format_datetime(sent)),
        ("Message-ID", mid(case, "01", "talentry.example")),
        ("X-Mailer", "Talentry Notifications"),
    ], text=text, text_cte="quoted-printable",
        attachments=[(cal.encode(), "text", "calendar", "interview.ics")])
    label(case, [iv("Corvane Defense Systems", "Integrated Logistics Support (ILS) Analyst II",
                    start, end, "scheduled", ["dbrannigan@corvanedefense.example"],
                    ["dbrannigan@corvanedefense.example"], "phone_screen")],
          "medium", "positive/ats_ics",
          "Invented ATS mail with .ics attachment; sent in PST, interview the day after the "
          "US spring-forward so the offset is -07:00; time written '0930 PT'.")


def c02():
    case = "b68-02-federal-structured-panel-exchange"
    sent1 = T(NY, 2026, 4, 3, 13, 5, 12)
    start = T(NY, 2026, 4, 14, 13, 0)
    end = start + timedelta(minutes=45)
    panel = [("Warren Ostrowski", "warren.ostrowski@fmsa.example"),
             ("Leticia Obi", "leticia.obi@fmsa.example"),
             ("Howard Tsai", "howard.tsai@fmsa.example")]
    text1 = """Ms. Quill,

Thank you for applying to vacancy announcement FMSA-26-0147-MP, Logistics Management
Specialist, GS-0346-11, Federal Maritime Sustainment Agency (FMSA), Supply Chain
Integration Division. Your application was referred and the selecting official has
asked that you be scheduled for a structured panel interview.

    Date:      Tuesday, April 14, 2026
    Time:      1300 ET (1000 PT)
    Length:    approximately 45 minutes
    Location:  Microsoft Teams (link to follow in a separate meeting invitation)

Interview panel:
    Mr. Warren Ostrowski, Supervisory Logistics Management Specialist (Panel Chair)
        warren.ostrowski@fmsa.example
    Ms. Leticia Obi, Lead Inventory Management Specialist
        leticia.obi@fmsa.example
    Mr. Howard Tsai, Logistics Management Specialist (CDR, USN Ret.)
        howard.tsai@fmsa.example

Format: The Panel Chair will read each of the six questions aloud; all candidates
receive the same questions in the same order. Panel members may take notes but will
not ask follow-up questions. Please have a copy of your resume and your DD-214 (or
Statement of Service if you are still on active duty) available.

Please reply to confirm no later than 1200 ET Wednesday, April 8.

Respectfully,

Denise Yarborough
Human Resources Specialist (Recruitment & Placement)
Federal Maritime Sustainment Agency | Office of Human Capital
2450 Anacostia Quay SW, Washington, DC 20024
Office: (202) 555-0187
denise.yarborough@fmsa.example
"""
    email(case, "01-fmsa-panel-interview-notice.eml", [
        ("Delivered-To", OWNER),
        received("mail-gw2.fmsa.example", "203.0.113.61", sent1),
        ("Return-Path", "<denise.yarborough@fmsa.example>"),
        ("From", "\"Yarborough, Denise\" <denise.yarborough@fmsa.example>"),
        ("To", OWNER_TO),
        ("Subject", "Interview Scheduling - FMSA-26-0147-MP Logistics Management Specialist GS-0346-11"),
        ("Date", format_datetime(sent1)),
        ("Message-ID", mid(case, "01", "fmsa.example")),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text=text1, text_cte="7bit")

    sent2 = T(NY, 2026, 4, 6, 9, 41, 3)
    when = ("When: Tuesday, April 14, 2026 1:00 PM-1:45 PM (UTC-05:00) Eastern Time (US & Canada).\n"
            "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n")
    body2 = when + """Ms. Quill - meeting invitation for your structured panel interview. Mr. Ostrowski
will chair the panel. Please join 5 minutes early to test audio/video.

Denise Yarborough
HR Specialist, FMSA Office of Human Capital
(202) 555-0187

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.example/l/meetup-join/19%3ameeting_FMSA0147>
Meeting ID: 241 889 305 117
Passcode: Xq7tRb
________________________________________________________________________________
"""
    cal = ics(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010",
               "VERSION:2.0"] + vtimezone("Eastern Standard Time", "America/New_York", exchange=True) +
              ["BEGIN:VEVENT",
               "ORGANIZER;CN=\"Yarborough, Denise\":mailto:denise.yarborough@fmsa.example"]
              + [attendee(n, e) for n, e in panel]
              + [attendee(OWNER_NAME, OWNER),
                 "DESCRIPTION;LANGUAGE=en-US:" + esc(body2),
                 "UID:040000008200E00074C5B7101A82E00800000000B0C3F7A4D4C5DC010000000000000000100000003E5F8D2A",
                 "SUMMARY;LANGUAGE=en-US:Structured Panel Interview - FMSA-26-0147-MP - R. Quill",
                 f"DTSTART;TZID=Eastern Standard Time:{floc(start)}",
                 f"DTEND;TZID=Eastern Standard Time:{floc(end)}",
                 "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zutc(sent2)}", "TRANSP:OPAQUE",
                 "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
                 "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
                 "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
                 "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
                 "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
                 "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                 "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    email(case, "02-teams-invite-structured-panel.eml", [
        ("Delivered-To", OWNER),
        received("GCC02-BN8-obe.outbound.protection.office365.example", "203.0.113.88", sent2),
        ("Return-Path", "<denise.yarborough@fmsa.example>"),
        ("From", "\"Yarborough, Denise\" <denise.yarborough@fmsa.example>"),
        ("To", ", ".join([OWNER_TO] + [f"{n} <{e}>" for n, e in panel])),
        ("Subject", "Structured Panel Interview - FMSA-26-0147-MP - R. Quill"),
        ("Thread-Topic", "Structured Panel Interview - FMSA-26-0147-MP - R. Quill"),
        ("Date", format_datetime(sent2.astimezone(UTC))),
        ("Message-ID", mid(case, "02", "GCC02.prod.outlook.example")),
        ("Content-class", "urn:content-classes:calendarmessage"),
    ], text=body2, text_cte="quoted-printable", html=html_of(body2), html_cte="quoted-printable",
        cal=cal, boundary_style="exchange")
    emails = [e for _, e in panel]
    label(case, [iv("Federal Maritime Sustainment Agency", "Logistics Management Specialist, GS-0346-11",
                    start, end, "scheduled", emails, emails, "onsite")],
          "medium", "positive/federal_panel_dedupe",
          "Federal HR notice ('1300 ET (1000 PT)', panel of 3 with a Panel Chair) plus the Exchange/"
          "Teams invite with Windows TZID for the same panel -> ONE interview, kind onsite (panel).")


def c03():
    case = "b68-03-veteran-recruiter-guam-0800L"
    sent1 = T(NY, 2026, 3, 9, 14, 20, 5)
    text1 = """Renata -

Mike Szabo here, recruiter w/ Tidewater Freight Lines. Former BM1, 22 yrs, so I speak
fluent Navy - no need to translate your resume for me.

Saw your app for the Fleet Operations Supervisor spot out of our National City
terminal and I want to get you on the phone. Quick 30-min screen, nothing formal,
just me and you. I'm wide open Thursday afternoon - 1400 or 1500 my time (Eastern)?

V/r (old habits),
Mike

--
Michael "Mike" Szabo | Senior Talent Partner, Military Programs
Tidewater Freight Lines | 800 Harbor Gate Pkwy, Norfolk, VA 23510
c: (757) 555-0119 | mszabo@tidewaterfreight.example
"""
    m1 = mid(case, "01", "mail.tidewaterfreight.example")
    email(case, "01-mike-szabo-quick-screen.eml", [
        ("Delivered-To", OWNER),
        received("mail.tidewaterfreight.example", "198.51.100.140", sent1),
        ("Return-Path", "<mszabo@tidewaterfreight.example>"),
        ("From", "Mike Szabo <mszabo@tidewaterfreight.example>"),
        ("To", OWNER_TO),
        ("Subject", "Fleet Ops Supervisor - quick call?"),
        ("Date", format_datetime(sent1)),
        ("Message-ID", m1),
    ], text=text1)

    reply_at = T(GU, 2026, 3, 10, 21, 40)
    sent2 = T(NY, 2026, 3, 11, 8, 5, 37)
    text2 = f"""Ha! 0800L Friday it is. That's Thursday 1800 Eastern for me, no sweat - I'm a
night owl anyway. I'll call your cell at {CELL}. Blocked 30 min.

Enjoy the Guam humidity, shipmate.

Mike

--
Michael "Mike" Szabo | Senior Talent Partner, Military Programs
Tidewater Freight Lines | 800 Harbor Gate Pkwy, Norfolk, VA 23510
c: (757) 555-0119 | mszabo@tidewaterfreight.example

On {reply_at.astimezone(NY).strftime('%a, %b %d, %Y at %I:%M %p').replace(' 0', ' ')} Renata Quill <{OWNER}> wrote:
> Hi Mike,
>
> Thanks for reaching out - good to hear from a fellow squid. Heads up, I'm TAD in
> Guam through the 20th, so your 1400 Thursday is 0400 Friday out here. Could we do
> 0800L (Guam) Friday the 13th instead?
>
> v/r
> Renata
>
> On Mon, Mar 9, 2026 at 2:20 PM Mike Szabo <mszabo@tidewaterfreight.example> wrote:
>> Renata -
>>
>> Mike Szabo here, recruiter w/ Tidewater Freight Lines. Former BM1, 22 yrs, so I
>> speak fluent Navy - no need to translate your resume for me.
>>
>> Saw your app for the Fleet Operations Supervisor spot out of our National City
>> terminal and I want to get you on the phone. Quick 30-min screen, nothing formal,
>> just me and you. I'm wide open Thursday afternoon - 1400 or 1500 my time
>> (Eastern)?
"""
    m_reply = "<CAJq7Wm3Vn0xRQ-renata-guam-0310@mail.example.com>"
    email(case, "02-re-fleet-ops-quick-call.eml", [
        ("Delivered-To", OWNER),
        received("mail.tidewaterfreight.example", "198.51.100.140", sent2),
        ("Return-Path", "<mszabo@tidewaterfreight.example>"),
        ("From", "Mike Szabo <mszabo@tidewaterfreight.example>"),
        ("To", OWNER_TO),
        ("Subject", "Re: Fleet Ops Supervisor - quick call?"),
        ("Date", format_datetime(sent2)),
        ("Message-ID", mid(case, "02", "mail.tidewaterfreight.example")),
        ("In-Reply-To", m_reply),
        ("References", f"{m1} {m_reply}"),
    ], text=text2, text_cte="quoted-printable")
    start = T(GU, 2026, 3, 13, 8, 0)
    assert start.astimezone(NY).hour == 18 and start.astimezone(NY).day == 12
    label(case, [iv("Tidewater Freight Lines", "Fleet Operations Supervisor", start,
                    start + timedelta(minutes=30), "scheduled", ["mszabo@tidewaterfreight.example"],
                    ["mszabo@tidewaterfreight.example"], "phone_screen")],
          "hard", "positive/thread_timezone",
          "Informal veteran recruiter thread; owner (TAD in Guam, UTC+10) counter-proposes '0800L "
          "(Guam) Friday the 13th', recruiter confirms = Thu 1800 Eastern (EDT). Recruiter does the screen.")


def c04():
    case = "b68-04-hiring-expo-on-the-spot-slot"
    sent1 = T(LA, 2026, 4, 9, 16, 2)
    reg = """You're registered, Renata!

San Diego Military & Veteran Hiring Expo
Presented by Anchor Forward Veterans Hiring Program

Wednesday, April 22, 2026 | 0900-1400 PT
Harborview Convention Center, Hall B
1 Harborview Plaza, San Diego, CA 92101

More than 60 employers will be conducting on-the-spot interviews. Employers who
review your profile before the event may request a reserved interview slot with you;
if they do, you'll get a separate confirmation email with the time and table number.
Walk-ups are welcome at every table.

Bring 10 copies of your resume, a valid ID and your registration QR code.

Questions? events@anchorforward.example

MusterPoint Events | 330 Ocean View Ave, Suite 12, San Diego, CA 92113
You received this email because you registered for an Anchor Forward event.
Unsubscribe: https://musterpoint.example/u/8841
"""
    email(case, "01-expo-registration.eml", [
        ("Delivered-To", OWNER),
        received("out-11.musterpoint.example", "198.51.100.201", sent1),
        ("Return-Path", "<bounces+8841@musterpoint.example>"),
        ("From", "Anchor Forward Events <noreply@musterpoint.example>"),
        ("To", OWNER),
        ("Subject", "Registration confirmed: San Diego Military & Veteran Hiring Expo (Apr 22)"),
        ("Date", format_datetime(sent1)),
        ("Message-ID", mid(case, "01", "musterpoint.example")),
    ], text=reg, html=html_of(reg), html_cte="quoted-printable")

    sent2 = T(LA, 2026, 4, 20, 11, 37)
    start = T(LA, 2026, 4, 22, 10, 40)
    end = T(LA, 2026, 4, 22, 11, 0)
    slot = """Good news - an employer reserved an on-the-spot interview with you!

Employer:     Bayline Logistics
Position:     Warehouse Operations Manager (Otay Mesa DC)
When:         Wednesday, April 22, 10:40 - 11:00 AM PDT
Where:        Table 47, Hall B, Harborview Convention Center
Interviewer:  Gail Moreno, Regional Operations Director

Gail asked us to pass along: "Looking forward to meeting you - come find me at table
47 a few minutes early. If anything changes, email me at gmoreno@baylinelogistics.example."

Please arrive at check-in by 10:15. A calendar file is attached.

MusterPoint Events on behalf of Anchor Forward Veterans Hiring Program
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//MusterPoint//Events 2.0//EN", "VERSION:2.0",
               "METHOD:PUBLISH"] + vtimezone("America/Los_Angeles", "America/Los_Angeles") +
              ["BEGIN:VEVENT", "UID:mp-slot-22041040-t47@musterpoint.example",
               f"DTSTAMP:{zutc(sent2)}",
               f"DTSTART;TZID=America/Los_Angeles:{floc(start)}",
               f"DTEND;TZID=America/Los_Angeles:{floc(end)}",
               "SUMMARY:" + esc("On-the-spot interview: Bayline Logistics (Table 47)"),
               "LOCATION:" + esc("Harborview Convention Center, Hall B, Table 47, San Diego, CA"),
               "DESCRIPTION:" + esc("Warehouse Operations Manager (Otay Mesa DC) with Gail Moreno."),
               "END:VEVENT", "END:VCALENDAR"])
    email(case, "02-reserved-interview-slot.eml", [
        ("Delivered-To", OWNER),
        received("out-11.musterpoint.example", "198.51.100.201", sent2),
        ("Return-Path", "<bounces+8841@musterpoint.example>"),
        ("From", "Anchor Forward Events <noreply@musterpoint.example>"),
        ("To", OWNER),
        ("Subject", "You have an interview slot at the Hiring Expo - Bayline Logistics"),
        ("Date", format_datetime(sent2)),
        ("Message-ID", mid(case, "02", "musterpoint.example")),
    ], text=slot, html=html_of(slot), html_cte="quoted-printable",
        attachments=[(cal.encode(), "text", "calendar", "expo-interview.ics")])
    label(case, [iv("Bayline Logistics", "Warehouse Operations Manager (Otay Mesa DC)", start, end,
                    "scheduled", ["gmoreno@baylinelogistics.example"],
                    ["gmoreno@baylinelogistics.example"], "other")],
          "hard", "positive/hiring_event",
          "Expo registration (no slot, not an interview) followed by a reserved on-the-spot "
          "interview slot 10:40-11:00 PDT with a named employer interviewer -> one interview.")


def c05():
    case = "b68-05-google-invite-honolulu-clearance"
    sent1 = T(HI, 2026, 2, 13, 15, 22)
    text1 = """Hi Renata,

Confirming your hiring manager interview for the Supply Chain Manager (Navy Programs)
role: Thursday 2/19 at 1400 HST (that's 7pm Eastern for Curtis), 60 minutes on Google
Meet with Curtis Abernathy, our Director of Fleet Support. I'm just setting it up and
won't be on the call. Invite to follow.

Because the position requires an active Secret clearance, the next step after this
interview (if it goes well) is a clearance verification with our Facility Security
Officer - no action needed from you yet, just have your investigation date handy in
case Curtis asks.

Thanks,
Jenna Whitlock
Recruiting Coordinator | Halyard Mission Systems
Chesapeake Commons, 4100 Lafayette Center Dr, Chantilly, VA 20151
o: (703) 555-0162
"""
    email(case, "01-jenna-confirming-1400-hst.eml", [
        ("Delivered-To", OWNER),
        received("mail-ot1-f52.halyardmission.example", "203.0.113.152", sent1),
        ("Return-Path", "<jwhitlock@halyardmission.example>"),
        ("From", "Jenna Whitlock <jwhitlock@halyardmission.example>"),
        ("To", OWNER_TO),
        ("Subject", "Supply Chain Manager - hiring manager interview 2/19"),
        ("Date", format_datetime(sent1.astimezone(NY))),
        ("Message-ID", mid(case, "01", "halyardmission.example")),
    ], text=text1, html=html_of(text1), html_cte="quoted-printable")

    sent2 = T(HI, 2026, 2, 13, 15, 31)
    start = T(HI, 2026, 2, 19, 14, 0)
    end = start + timedelta(hours=1)
    summ = "Hiring Manager Interview - Renata Quill - Supply Chain Manager (Navy Programs)"
    plain = f"""{summ}
Thursday Feb 19, 2026 ⋅ 2:00pm – 3:00pm
Hawaii-Aleutian Standard Time - Honolulu

Join with Google Meet
https://meet.example/hms-qzrt-kvw

Organizer
Jenna Whitlock
jwhitlock@halyardmission.example

Guests
Jenna Whitlock - organizer
Curtis Abernathy
cabernathy@halyardmission.example
{OWNER}

Secret clearance required for this role. Curtis Abernathy (Director, Fleet Support).

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
               "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REQUEST"]
              + vtimezone("Pacific/Honolulu", "Pacific/Honolulu") +
              ["BEGIN:VEVENT",
               f"DTSTART;TZID=Pacific/Honolulu:{floc(start)}",
               f"DTEND;TZID=Pacific/Honolulu:{floc(end)}",
               f"DTSTAMP:{zutc(sent2)}",
               "ORGANIZER;CN=Jenna Whitlock:mailto:jwhitlock@halyardmission.example",
               "UID:5rq2k0m8hv1bq7c3d9e1x4wz6t@google.example",
               attendee("Jenna Whitlock", "jwhitlock@halyardmission.example", "ACCEPTED"),
               attendee("Curtis Abernathy", "cabernathy@halyardmission.example"),
               attendee(OWNER, OWNER),
               "X-GOOGLE-CONFERENCE:https://meet.example/hms-qzrt-kvw",
               f"CREATED:{zutc(sent2)}",
               "DESCRIPTION:" + esc("Secret clearance required for this role. Curtis Abernathy "
                                    "(Director, Fleet Support).\n\nJoin with Google Meet: "
                                    "https://meet.example/hms-qzrt-kvw"),
               f"LAST-MODIFIED:{zutc(sent2)}", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
               "SUMMARY:" + esc(summ), "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    email(case, "02-invitation-hiring-manager-interview.eml", [
        ("Delivered-To", OWNER),
        received("mail-sor-f69.google.example", "209.85.220.69", sent2),
        ("Return-Path", "<3xR7calendar-server.bounces@google.example>"),
        ("Reply-To", "Jenna Whitlock <jwhitlock@halyardmission.example>"),
        ("Sender", "Google Calendar <calendar-notification@google.example>"),
        ("From", "Jenna Whitlock <jwhitlock@halyardmission.example>"),
        ("To", OWNER),
        ("Subject", f"Invitation: {summ} @ Thu Feb 19, 2026 2pm - 3pm (HST) ({OWNER})"),
        ("Date", format_datetime(sent2.astimezone(UTC))),
        ("Message-ID", "<calendar-3b1f0c52-7d44-4e8e-9a3c-5f0e2d1b6a77@google.example>"),
    ], text=plain, text_cte="base64", html=html_of(plain), html_cte="quoted-printable",
        cal=cal, cal_cte="7bit",
        attachments=[(cal.encode(), "application", "ics", "invite.ics")])
    label(case, [iv("Halyard Mission Systems", "Supply Chain Manager (Navy Programs)", start, end,
                    "scheduled", ["cabernathy@halyardmission.example"],
                    ["cabernathy@halyardmission.example"], "hiring_manager")],
          "medium", "positive/google_invite",
          "Coordinator mail ('1400 HST', clearance step mentioned as a LATER non-interview step) + "
          "Google invite with TZID=Pacific/Honolulu (no DST) -> one interview; coordinator not on the call.")


def gcal_event(eid, seq, created, updated, summary, desc, organizer, start, end, tzname, attendees,
               link="https://meet.example/pcc-ynwd-ret"):
    return {
        "kind": "calendar#event",
        "etag": f"\"{int(hashlib.md5((eid + str(seq)).encode()).hexdigest()[:12], 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": f"https://calendar.example/event?eid={eid}",
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "summary": summary,
        "description": desc,
        "creator": organizer,
        "organizer": organizer,
        "start": {"dateTime": iso(start), "timeZone": tzname},
        "end": {"dateTime": iso(end), "timeZone": tzname},
        "iCalUID": f"{eid}@google.example",
        "sequence": seq,
        "attendees": attendees,
        "hangoutLink": link,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }


def c06():
    case = "b68-06-gcal-json-moved-to-friday"
    alma = "areyestan@pacificacoldchain.example"
    oren = "oblackwood@pacificacoldchain.example"
    sent1 = T(LA, 2026, 3, 20, 9, 48)
    s0 = T(LA, 2026, 3, 26, 13, 0)
    text1 = f"""Hi Renata,

Thanks for speaking with me on Wednesday! I'm happy to move you forward for the
Inventory Control Manager role at our Otay Mesa distribution center.

Next step is a 45-minute video interview with Oren Blackwood, General Manager of the
DC, on Thursday, March 26 from 1:00 to 1:45 PM Pacific. I've sent a calendar invite
to this address from my Google calendar.

Best,
Alma Reyes-Tan
Talent Acquisition Partner | Pacifica Cold Chain
2201 Siempre Viva Rd, San Diego, CA 92154 | (619) 555-0178
"""
    email(case, "01-alma-video-interview-with-oren.eml", [
        ("Delivered-To", OWNER),
        received("mail-yw1-f41.pacificacoldchain.example", "198.51.100.41", sent1),
        ("Return-Path", f"<{alma}>"),
        ("From", f"Alma Reyes-Tan <{alma}>"),
        ("To", OWNER_TO),
        ("Subject", "Next step: Inventory Control Manager"),
        ("Date", format_datetime(sent1)),
        ("Message-ID", mid(case, "01", "pacificacoldchain.example")),
    ], text=text1, html=html_of(text1), html_cte="quoted-printable")

    org = {"email": alma, "displayName": "Alma Reyes-Tan"}

    def atts(oren_status):
        return [{"email": alma, "displayName": "Alma Reyes-Tan", "organizer": True,
                 "responseStatus": "accepted"},
                {"email": oren, "displayName": "Oren Blackwood", "responseStatus": oren_status},
                {"email": OWNER, "self": True, "responseStatus": "accepted"}]
    summ = "Interview: Renata Quill / Oren Blackwood - Inventory Control Manager"
    desc = ("Video interview with Oren Blackwood (GM, Otay Mesa DC). Alma will not attend. "
            "Questions: areyestan@pacificacoldchain.example")
    eid = "7kq2pcc0r4vd1m9hy3xa5tbe0n"
    ev0 = gcal_event(eid, 0, sent1 + timedelta(minutes=3), sent1 + timedelta(minutes=20), summ, desc,
                     org, s0, s0 + timedelta(minutes=45), "America/Los_Angeles", atts("accepted"))
    add(case, "02-event-interview-oren.gcal.json", json.dumps(ev0, indent=2, ensure_ascii=False) + "\n")

    sent3 = T(LA, 2026, 3, 24, 16, 5)
    text3 = """Hi Renata - Oren got pulled into a DC inventory audit on Thursday. Could we move
your interview to Friday the 27th at 10:15 instead? Same Meet link, still 45 min.
I went ahead and updated the invite; just let me know if that doesn't work.

Sorry for the shuffle!
Alma
"""
    email(case, "03-alma-move-to-friday.eml", [
        ("Delivered-To", OWNER),
        received("mail-yw1-f41.pacificacoldchain.example", "198.51.100.41", sent3),
        ("Return-Path", f"<{alma}>"),
        ("From", f"Alma Reyes-Tan <{alma}>"),
        ("To", OWNER_TO),
        ("Subject", "Re: Next step: Inventory Control Manager"),
        ("Date", format_datetime(sent3)),
        ("Message-ID", mid(case, "03", "pacificacoldchain.example")),
        ("In-Reply-To", mid(case, "01", "pacificacoldchain.example")),
        ("References", mid(case, "01", "pacificacoldchain.example")),
    ], text=text3)
    s1 = T(LA, 2026, 3, 27, 10, 15)
    ev1 = gcal_event(eid, 1, sent1 + timedelta(minutes=3), sent3 + timedelta(minutes=2), summ, desc,
                     org, s1, s1 + timedelta(minutes=45), "America/Los_Angeles", atts("needsAction"))
    add(case, "04-event-interview-oren-updated.gcal.json",
        json.dumps(ev1, indent=2, ensure_ascii=False) + "\n")
    label(case, [iv("Pacifica Cold Chain", "Inventory Control Manager", s1, s1 + timedelta(minutes=45),
                    "scheduled", [oren], [oren], "hiring_manager")],
          "medium", "positive/reschedule_gcal_json",
          "Recruiter mail + Calendar API event, then 'move to Friday the 27th at 10:15' + same event id "
          "with sequence 1 -> one interview at the final time.")


def c07():
    case = "b68-07-exchange-request-then-cancel"
    trish = "tkowalczyk@stellwagendefense.example"
    brandon = "bachterberg@stellwagendefense.example"
    start = T(LA, 2026, 4, 9, 13, 0)
    end = start + timedelta(hours=1)
    uid = "040000008200E00074C5B7101A82E008000000005A1E3C22B9C3DC010000000000000000100000009F2C71D0"

    def build(fname, sent, method, seq, subject, body, status):
        vev = ["BEGIN:VEVENT", f"ORGANIZER;CN=Trish Kowalczyk:mailto:{trish}",
               attendee("Brandon Achterberg", brandon), attendee(OWNER_NAME, OWNER),
               "DESCRIPTION;LANGUAGE=en-US:" + esc(body), f"UID:{uid}",
               "SUMMARY;LANGUAGE=en-US:" + esc(subject.split(": ", 1)[-1] if method == "CANCEL" else subject),
               f"DTSTART;TZID=Pacific Standard Time:{floc(start)}",
               f"DTEND;TZID=Pacific Standard Time:{floc(end)}",
               "CLASS:PUBLIC", "PRIORITY:5" if method == "REQUEST" else "PRIORITY:1",
               f"DTSTAMP:{zutc(sent)}", "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}",
               "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
               f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
               "X-MICROSOFT-CDO-BUSYSTATUS:" + ("TENTATIVE" if method == "REQUEST" else "FREE"),
               "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("BUSY" if method == "REQUEST" else "FREE"),
               "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
               "X-MICROSOFT-CDO-INSTTYPE:0", "END:VEVENT"]
        cal = ics(["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
                   "VERSION:2.0"] + vtimezone("Pacific Standard Time", "America/Los_Angeles", True)
                  + vev + ["END:VCALENDAR"])
        email(case, fname, [
            ("Delivered-To", OWNER),
            received("NAM10-BN7-obe.outbound.protection.outlook.example", "40.107.0.77", sent),
            ("Return-Path", f"<{trish}>"),
            ("From", f"Trish Kowalczyk <{trish}>"),
            ("To", f"{OWNER_TO}, Brandon Achterberg <{brandon}>"),
            ("Subject", subject),
            ("Thread-Topic", subject.split(": ", 1)[-1]),
            ("Date", format_datetime(sent.astimezone(UTC))),
            ("Message-ID", mid(case, fname, "BN7PR10MB.namprd10.prod.outlook.example")),
            ("Importance", "high" if method == "CANCEL" else "normal"),
            ("Content-class", "urn:content-classes:calendarmessage"),
        ], text=body, text_cte="quoted-printable", html=html_of(body), html_cte="quoted-printable",
            cal=cal, cal_method=method, boundary_style="exchange")

    subj = "Interview - Logistics Planner, Navy Programs - Renata Quill"
    body1 = ("When: Thursday, April 9, 2026 1:00 PM-2:00 PM (UTC-08:00) Pacific Time (US & Canada).\n"
             "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
             "Hi Renata,\n\nHere is the Teams invite for your interview with Brandon Achterberg "
             "(Logistics Program Manager). Brandon will walk through the NAVSUP sustainment "
             "contract and your ILS experience.\n\nTrish Kowalczyk\nTalent Acquisition | Stellwagen "
             "Defense Group\n7 Liberty Wharf, Boston, MA 02210 | (617) 555-0130\n\n"
             "________________________________________________________________________________\n"
             "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
             "Click here to join the meeting<https://teams.example/l/meetup-join/19%3ameeting_SDG77>\n"
             "Meeting ID: 318 550 274 906\nPasscode: 9hTq2L\n"
             "________________________________________________________________________________\n")
    build("01-invite-logistics-planner.eml", T(LA, 2026, 4, 6, 10, 31, 11), "REQUEST", 0, subj, body1,
          "CONFIRMED")
    body2 = ("Hi Renata and Brandon,\n\nUnfortunately we need to cancel Thursday's interview - the "
             "requisition has been put on hold pending the contract re-compete award. I'll reach out "
             "if it reopens. Sorry for the short notice.\n\nTrish\n")
    build("02-canceled-logistics-planner.eml", T(LA, 2026, 4, 8, 15, 2, 40), "CANCEL", 1,
          "Canceled: " + subj, body2, "CANCELLED")
    label(case, [iv("Stellwagen Defense Group", "Logistics Planner, Navy Programs", start, end,
                    "cancelled", [brandon], [brandon], "hiring_manager")],
          "medium", "positive/cancellation",
          "Exchange invite with TZID 'Pacific Standard Time' (label says UTC-08:00 but April = PDT) "
          "then METHOD:CANCEL -> one cancelled interview at 13:00-07:00.")


def c08():
    case = "b68-08-university-candidate-withdraws"
    yv = "yadeyemi@pacificcrest.example"
    simon = "simon.halvorsen@pacificcrest.example"
    ruth = "ruth.castellanos@pacificcrest.example"
    sent1 = T(LA, 2026, 4, 27, 8, 55)
    start = T(LA, 2026, 4, 30, 10, 30)
    end = start + timedelta(hours=1)
    text1 = """Dear Ms. Quill,

On behalf of the search committee, I am pleased to invite you to interview for the
position of Materials Management Coordinator (Job #U-26-1183), Procurement &
Logistics Services, Pacific Crest University.

Your interview is scheduled for this Thursday, April 30, at half past ten in the
morning (Pacific time), via Zoom, and will last about an hour. You will meet with
Dr. Simon Halvorsen, Director of Procurement, and Ruth Castellanos, Central
Receiving Supervisor, who are copied on this message.

Zoom: https://pacificcrest.zoom.example/j/93318840021 (passcode 551903)

Please let me know if you require any accommodation.

Kind regards,
Yvonne Adeyemi
Search Coordinator, Human Resources
Pacific Crest University | 5500 Mesa Rim Road, La Jolla, CA 92037
(858) 555-0104
"""
    m1 = mid(case, "01", "pacificcrest.example")
    email(case, "01-invitation-to-interview.eml", [
        ("Delivered-To", OWNER),
        received("smtp.pacificcrest.example", "192.0.2.35", sent1),
        ("Return-Path", f"<{yv}>"),
        ("From", f"Yvonne Adeyemi <{yv}>"),
        ("To", OWNER_TO),
        ("Cc", f"Simon Halvorsen <{simon}>, Ruth Castellanos <{ruth}>"),
        ("Subject", "Interview invitation - Materials Management Coordinator (U-26-1183)"),
        ("Date", format_datetime(sent1)),
        ("Message-ID", m1),
    ], text=text1, text_cte="quoted-printable")
    sent2 = T(LA, 2026, 4, 29, 14, 12)
    text2 = f"""Dear Renata,

Thank you for letting us know, and congratulations on your new position! As you
requested, I have withdrawn your application and cancelled tomorrow's 10:30
interview with Dr. Halvorsen and Ms. Castellanos.

We wish you fair winds and following seas.

Yvonne

Yvonne Adeyemi
Search Coordinator, Human Resources
Pacific Crest University | (858) 555-0104

-----Original Message-----
From: Renata Quill <{OWNER}>
Sent: Wednesday, April 29, 2026 1:47 PM
To: Yvonne Adeyemi <{yv}>
Subject: RE: Interview invitation - Materials Management Coordinator (U-26-1183)

Dear Ms. Adeyemi,

I have accepted an offer with another employer and would like to withdraw from
consideration. Please cancel Thursday's interview and pass my thanks to Dr.
Halvorsen and Ms. Castellanos for their time.

Very respectfully,
Renata Quill
"""
    email(case, "02-re-withdrawal-interview-cancelled.eml", [
        ("Delivered-To", OWNER),
        received("smtp.pacificcrest.example", "192.0.2.35", sent2),
        ("Return-Path", f"<{yv}>"),
        ("From", f"Yvonne Adeyemi <{yv}>"),
        ("To", OWNER_TO),
        ("Cc", f"Simon Halvorsen <{simon}>, Ruth Castellanos <{ruth}>"),
        ("Subject", "RE: Interview invitation - Materials Management Coordinator (U-26-1183)"),
        ("Date", format_datetime(sent2)),
        ("Message-ID", mid(case, "02", "pacificcrest.example")),
        ("In-Reply-To", "<SN6PR04MB-renata-withdraw-0429@mail.example.com>"),
        ("References", f"{m1} <SN6PR04MB-renata-withdraw-0429@mail.example.com>"),
    ], text=text2, text_cte="quoted-printable")
    label(case, [iv("Pacific Crest University", "Materials Management Coordinator", start, end,
                    "cancelled", [simon, ruth], [simon, ruth], "onsite")],
          "hard", "positive/cancellation",
          "Body-only invitation 'at half past ten in the morning (Pacific)', about an hour, two "
          "interviewers (panel); candidate withdraws and coordinator confirms cancellation -> cancelled.")


def c09():
    case = "b68-09-german-firm-two-rounds"
    kat = "k.oberlaender@brandtvoss.example"
    jorg = "j.mahlberg@brandtvoss.example"
    anne = "a.kraemer@brandtvoss.example"
    sent1 = T(BER, 2026, 3, 12, 16, 40)
    s1 = T(BER, 2026, 3, 17, 17, 0)
    assert s1.astimezone(LA).hour == 9
    text1 = """Dear Ms. Quill,

thank you very much for your application as Theater Logistics Coordinator (US Forces
support, Kaiserslautern) with Brandt & Voss Logistik GmbH.

We would like to invite you to a first telephone interview on Tuesday, 17 March 2026
at 17:00 CET. That is 09:00 in San Diego - please note that the USA has already
switched to summer time, Europe only changes on 29 March, so the difference is
8 hours this week. Our team lead Jörg Mahlberg (j.mahlberg@brandtvoss.example) will
call you on your mobile; please plan for 30 minutes.

Kind regards / Mit freundlichen Grüßen

Katrin Oberländer
Personalreferentin | Human Resources
Brandt & Voss Logistik GmbH
Pariser Straße 118, 67655 Kaiserslautern, Germany
Tel. +49 631 5550 2210
Sitz der Gesellschaft: Kaiserslautern, Amtsgericht Kaiserslautern HRB 99117
"""
    email(case, "01-first-telephone-interview.eml", [
        ("Delivered-To", OWNER),
        received("mx01.brandtvoss.example", "192.0.2.118", sent1),
        ("Return-Path", f"<{kat}>"),
        ("From", f"=?utf-8?q?Katrin_Oberl=C3=A4nder?= <{kat}>"),
        ("To", OWNER_TO),
        ("Subject", "Your application: Theater Logistics Coordinator - telephone interview"),
        ("Date", format_datetime(sent1)),
        ("Message-ID", mid(case, "01", "brandtvoss.example")),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text=text1, text_cte="quoted-printable")

    sent2 = T(BER, 2026, 3, 20, 11, 2)
    s2 = T(BER, 2026, 4, 14, 14, 0)
    e2 = s2 + timedelta(hours=1)
    assert s2.astimezone(LA).hour == 5
    text2 = """Dear Ms. Quill,

thank you for the good conversation with Mr. Mahlberg on Tuesday. We are happy to
invite you to the second interview round:

Date:    Tuesday, 14 April 2026
Time:    14:00 Uhr (German time, CEST) - 05:00 in San Diego, we know it is early!
Length:  60 minutes
Format:  Microsoft Teams (invitation attached)
With:    Jörg Mahlberg, Team Lead Military Logistics (j.mahlberg@brandtvoss.example)
         Dr. Anneliese Krämer, Managing Director (a.kraemer@brandtvoss.example)

Please confirm by short reply.

Mit freundlichen Grüßen

Katrin Oberländer
Personalreferentin | Human Resources
Brandt & Voss Logistik GmbH
Tel. +49 631 5550 2210
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN",
               "VERSION:2.0", "METHOD:REQUEST"] + vtimezone("Europe/Berlin", "Europe/Berlin") +
              ["BEGIN:VEVENT", f"CREATED:{zutc(sent2)}", f"LAST-MODIFIED:{zutc(sent2)}",
               f"DTSTAMP:{zutc(sent2)}", "UID:8c1d6a0e-3f2b-4f7c-a5d4-bv2026quill",
               "SUMMARY:" + esc("Zweites Interview / Second interview - R. Quill - Theater Logistics Coordinator"),
               f"ORGANIZER;CN=Katrin Oberländer:mailto:{kat}",
               attendee("Jörg Mahlberg", jorg), attendee("Dr. Anneliese Krämer", anne),
               attendee(OWNER_NAME, OWNER),
               f"DTSTART;TZID=Europe/Berlin:{floc(s2)}", f"DTEND;TZID=Europe/Berlin:{floc(e2)}",
               "LOCATION:Microsoft Teams", "SEQUENCE:0", "STATUS:CONFIRMED",
               "DESCRIPTION:" + esc("Teams: https://teams.example/l/meetup-join/19%3ameeting_BV2026"),
               "END:VEVENT", "END:VCALENDAR"])
    email(case, "02-second-interview-round.eml", [
        ("Delivered-To", OWNER),
        received("mx01.brandtvoss.example", "192.0.2.118", sent2),
        ("Return-Path", f"<{kat}>"),
        ("From", f"=?utf-8?q?Katrin_Oberl=C3=A4nder?= <{kat}>"),
        ("To", OWNER_TO),
        ("Subject", "Einladung zum zweiten Interview / Invitation to second interview"),
        ("Date", format_datetime(sent2)),
        ("Message-ID", mid(case, "02", "brandtvoss.example")),
        ("In-Reply-To", mid(case, "01", "brandtvoss.example")),
        ("User-Agent", "Mozilla Thunderbird"),
    ], text=text2, text_cte="quoted-printable",
        attachments=[(cal.encode(), "text", "calendar", "invite.ics")])
    label(case, [
        iv("Brandt & Voss Logistik", "Theater Logistics Coordinator (US Forces support, Kaiserslautern)",
           s1, s1 + timedelta(minutes=30), "scheduled", [jorg], [jorg], "phone_screen"),
        iv("Brandt & Voss Logistik", "Theater Logistics Coordinator (US Forces support, Kaiserslautern)",
           s2, e2, "scheduled", [jorg, anne], [jorg, anne], "onsite")],
        "hard", "positive/two_interviews",
        "German employer: phone screen 17:00 CET during the US/EU DST gap (=09:00 PDT), then second "
        "round '14:00 Uhr' CEST with Thunderbird .ics -> two interviews.")


def c10():
    case = "b68-10-chatbot-scheduler-4-30p-pst"
    sent = T(LA, 2026, 2, 23, 9, 14)
    start = T(LA, 2026, 2, 26, 16, 30)
    end = start + timedelta(minutes=30)
    text = f"""Hi Renata! 👋 It's Ava, the Ridgeway Freight recruiting assistant.

Great news - your interview is confirmed! 🎉

📅 Thu 2/26 @ 4:30p PST
📞 Phone interview, 30 min
👤 Dwayne Kittredge, Terminal Manager - he'll call you at {CELL}
💼 Dispatch Supervisor - Otay Mesa Terminal

Need to reschedule? Reply RESCHEDULE to this email or text RESCHEDULE to 55012.

Questions I can't answer? Your recruiter is Tomas Ferreira -
tferreira@ridgewayfreight.example

Ava | Ridgeway Freight Recruiting (powered by ChatHire)
Msg & data rates may apply. Reply STOP to opt out of texts.
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//ChatHire//Scheduler//EN", "VERSION:2.0",
               "METHOD:REQUEST", "BEGIN:VEVENT",
               "UID:chathire-ridgeway-5521907@chathire.example",
               f"DTSTAMP:{zutc(sent)}", f"DTSTART:{zutc(start)}", f"DTEND:{zutc(end)}",
               "SUMMARY:" + esc("Ridgeway Freight - Phone Interview (Dispatch Supervisor)"),
               "DESCRIPTION:" + esc(f"Dwayne Kittredge will call you at {CELL}."),
               "ORGANIZER;CN=Ridgeway Freight Recruiting:mailto:ava@ridgeway.chathire.example",
               attendee(OWNER_NAME, OWNER), "STATUS:CONFIRMED", "SEQUENCE:0",
               "END:VEVENT", "END:VCALENDAR"])
    email(case, "01-ava-interview-confirmed.eml", [
        ("Delivered-To", OWNER),
        received("o12.chathire.example", "198.51.100.12", sent),
        ("Return-Path", "<bounce@ridgeway.chathire.example>"),
        ("From", "Ava | Ridgeway Freight <ava@ridgeway.chathire.example>"),
        ("To", OWNER),
        ("Subject", "You're confirmed! Interview Thu 2/26 @ 4:30p"),
        ("Date", format_datetime(sent)),
        ("Message-ID", mid(case, "01", "chathire.example")),
    ], text=text, text_cte="base64", html=html_of(text), html_cte="base64",
        attachments=[(cal.encode(), "text", "calendar", "Ridgeway_Interview.ics")])
    label(case, [iv("Ridgeway Freight", "Dispatch Supervisor - Otay Mesa Terminal", start, end,
                    "scheduled", [], ["tferreira@ridgewayfreight.example"], "hiring_manager")],
          "medium", "positive/scheduling_bot",
          "Conversational-AI scheduler mail (emoji, base64), 'Thu 2/26 @ 4:30p PST', UTC .ics; the "
          "interviewer has no address, so follow-up goes to the named human recruiter.")


def c11():
    case = "b68-11-campushire-html-only-2pm-et"
    sent = T(NY, 2026, 3, 31, 11, 20)
    start = T(NY, 2026, 4, 8, 14, 0)
    end = start + timedelta(minutes=50)
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Interview Invitation</title></head>
<body style="margin:0;background:#f3f4f6"><table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;font-family:Georgia,serif;color:#1f2937">
<tr><td style="background:#0b3d5c;color:#fff;padding:18px 24px;font-size:20px">Quinnipoint University &middot; Human Resources</td></tr>
<tr><td style="padding:24px;font-size:15px;line-height:1.5">
<p>Dear Renata Quill,</p>
<p>The search committee for <b>Assistant Director, Fleet &amp; Logistics Services</b> (Posting #004512) has reviewed your materials and would like to invite you to a virtual interview.</p>
<table role="presentation" style="font-size:15px"><tr><td style="padding-right:12px"><b>Date</b></td><td>Wednesday, April 8, 2026</td></tr>
<tr><td><b>Time</b></td><td>2pm ET</td></tr><tr><td><b>Length</b></td><td>50 minutes</td></tr>
<tr><td><b>Platform</b></td><td>Zoom &ndash; <a href="https://quinnipoint.zoom.example/j/84412290013">join link</a></td></tr>
<tr><td style="vertical-align:top"><b>Interviewer</b></td><td>Marguerite Oyelaran, Director of Campus Logistics<br><a href="mailto:moyelaran@quinnipoint.example">moyelaran@quinnipoint.example</a></td></tr></table>
<p>If you need to reschedule or require an accommodation, please contact Felicia Dunmore, HR Business Partner, at <a href="mailto:fdunmore@quinnipoint.example">fdunmore@quinnipoint.example</a> or (401) 555-0126.</p>
<p>Sincerely,<br>Office of Human Resources<br>Quinnipoint University, 90 Narragansett Hill Rd, Providence, RI 02906</p>
</td></tr><tr><td style="padding:12px 24px;font-size:11px;color:#6b7280">This message was sent via CampusHire. Replies to this address are not monitored.</td></tr>
</table></td></tr></table></body></html>
"""
    email(case, "01-campushire-interview-invitation.eml", [
        ("Delivered-To", OWNER),
        received("mailer3.campushire.example", "203.0.113.203", sent),
        ("Return-Path", "<notify@campushire.example>"),
        ("From", "Quinnipoint University HR <donotreply@campushire.example>"),
        ("To", OWNER_TO),
        ("Subject", "Interview Invitation: Assistant Director, Fleet & Logistics Services"),
        ("Date", format_datetime(sent)),
        ("Message-ID", mid(case, "01", "campushire.example")),
    ], html=html, html_only=True, html_cte="base64")
    label(case, [iv("Quinnipoint University", "Assistant Director, Fleet & Logistics Services", start, end,
                    "scheduled", ["moyelaran@quinnipoint.example"], ["moyelaran@quinnipoint.example"],
                    "hiring_manager")],
          "medium", "positive/html_only",
          "HTML-only base64 university ATS mail, time as '2pm ET' in a table cell (EDT), 50 minutes.")


def c12():
    case = "b68-12-forwarded-from-navy-account-noon"
    des = "dfalk@harborline3pl.example"
    sandra = "sliu@harborline3pl.example"
    orig = T(LA, 2026, 5, 5, 8, 12)
    fwd = T(LA, 2026, 5, 5, 11, 47)
    start = T(LA, 2026, 5, 6, 12, 0)
    end = start + timedelta(hours=1)
    text = f"""FYSA - fwd to personal so I don't lose it after I check out.

________________________________
From: Falk, Desmond <{des}>
Sent: Tuesday, May 5, 2026 8:12 AM
To: Quill, Renata LS1 USN (CNSF) <{OWNER_MIL}>
Subject: Harborline 3PL - interview with our VP of Ops

Renata,

Great meeting you at the base job fair last week. Sandra Liu, our VP of Operations,
would like to meet you in person tomorrow at noon Pacific at our Chula Vista office
(1480 Marina Gateway Blvd, Suite 200, Chula Vista, CA 91910) to talk about the
Transportation Operations Manager opening. Plan on about an hour. Visitor parking
is on level 2.

If anything comes up, her email is {sandra} and her assistant's line is
(619) 555-0195.

Thanks,
Desmond Falk
Recruiter | Harborline 3PL
(619) 555-0133

CLASSIFICATION: UNCLASSIFIED
"""
    email(case, "01-fw-harborline-interview-vp-ops.eml", [
        ("Delivered-To", OWNER),
        received("smtp-out.navymail.example", "192.0.2.201", fwd),
        ("Return-Path", f"<{OWNER_MIL}>"),
        ("From", f"\"Quill, Renata LS1 USN (CNSF)\" <{OWNER_MIL}>"),
        ("To", OWNER_TO),
        ("Subject", "FW: Harborline 3PL - interview with our VP of Ops"),
        ("Date", format_datetime(fwd)),
        ("Message-ID", mid(case, "01", "navymail.example")),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], text=text, text_cte="quoted-printable", html=html_of(text), html_cte="quoted-printable",
        boundary_style="exchange")
    label(case, [iv("Harborline 3PL", "Transportation Operations Manager", start, end, "scheduled",
                    [sandra], [sandra], "hiring_manager")],
          "hard", "positive/forwarded",
          "Owner forwards from her Navy account the same day; 'tomorrow at noon Pacific' resolved "
          "against the original Tue May 5 date -> Wed May 6 12:00 PDT, about an hour, in person.")


def c13():
    case = "b68-13-onsite-loop-three-ics-fso"
    hal = "hbrandvold@tridentridge.example"
    people = [("Lorraine Vickery", "lvickery@tridentridge.example", "Program Manager, Fleet Sustainment"),
              ("Kofi Amankwah", "kamankwah@tridentridge.example", "ILS Engineering Lead"),
              ("Raymond Okafor-Bell", "rokaforbell@tridentridge.example", "Director of Logistics")]
    sessions = [(T(LA, 2026, 5, 12, 9, 0), T(LA, 2026, 5, 12, 10, 0)),
                (T(LA, 2026, 5, 12, 10, 0), T(LA, 2026, 5, 12, 11, 0)),
                (T(LA, 2026, 5, 12, 12, 30), T(LA, 2026, 5, 12, 13, 30))]
    sent = T(LA, 2026, 5, 6, 15, 40)
    text = f"""Hi Renata,

Here's your onsite itinerary for Tuesday, May 12 at our Kearny Mesa facility
(9370 Balboa Ave, Bldg 2, San Diego, CA 92123). Position: Senior Logistics Analyst
(Req TRT-2604).

0830  Check-in at the Bldg 2 lobby. Gary Pruitt, our Facility Security Officer, will
      verify your clearance eligibility in DISS and issue a visitor badge. Bring a
      REAL ID-compliant ID; no personal electronics past the lobby.
0900-1000  Lorraine Vickery, Program Manager, Fleet Sustainment
1000-1100  Kofi Amankwah, ILS Engineering Lead
1100-1230  Lunch with the logistics team (casual, not part of the evaluation)
1230-1330  Raymond Okafor-Bell, Director of Logistics

You'll get a separate calendar hold for each interview. Call or text me at
(858) 555-0171 if you're running late.

Hallie Brandvold
Recruiting Coordinator | Trident Ridge Technologies
"""
    email(case, "01-onsite-itinerary.eml", [
        ("Delivered-To", OWNER),
        received("mail.tridentridge.example", "203.0.113.9", sent),
        ("Return-Path", f"<{hal}>"),
        ("From", f"Hallie Brandvold <{hal}>"),
        ("To", OWNER_TO),
        ("Subject", "Onsite itinerary - Tue 5/12 - Senior Logistics Analyst"),
        ("Date", format_datetime(sent)),
        ("Message-ID", mid(case, "01", "tridentridge.example")),
    ], text=text, html=html_of(text), html_cte="quoted-printable", boundary_style="apple")
    for i, ((name, em, title), (s, e)) in enumerate(zip(people, sessions), start=2):
        cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Apple Inc.//macOS 15.3//EN", "VERSION:2.0",
                   "CALSCALE:GREGORIAN", "METHOD:REQUEST"]
                  + vtimezone("America/Los_Angeles", "America/Los_Angeles") +
                  ["BEGIN:VEVENT", f"CREATED:{zutc(sent)}", f"DTSTAMP:{zutc(sent)}",
                   f"UID:TRT2604-QUILL-{i - 1}-{hashlib.md5(em.encode()).hexdigest()[:8].upper()}",
                   f"DTSTART;TZID=America/Los_Angeles:{floc(s)}",
                   f"DTEND;TZID=America/Los_Angeles:{floc(e)}",
                   "SUMMARY:" + esc(f"Onsite Interview {i - 1}/3: {name} ({title}) - R. Quill"),
                   "LOCATION:" + esc("Trident Ridge Technologies, 9370 Balboa Ave, Bldg 2, San Diego, CA"),
                   f"ORGANIZER;CN=Hallie Brandvold:mailto:{hal}",
                   attendee(name, em), attendee(OWNER_NAME, OWNER),
                   "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
        add(case, f"0{i}-onsite-session-{i - 1}.ics", cal)
    emails = [p[1] for p in people]
    label(case, [iv("Trident Ridge Technologies", "Senior Logistics Analyst", sessions[0][0],
                    sessions[-1][1], "scheduled", emails, emails, "onsite")],
          "hard", "positive/onsite_loop",
          "Itinerary mail (0830 FSO clearance check-in is not an interview session, lunch break) + "
          "three standalone Apple .ics holds -> ONE onsite 09:00-13:30 PDT with 3 interviewers.")


# =========================================================================== NEGATIVES
def c14():
    case = "b68-14-va-cp-exam-reminder"
    sent = T(LA, 2026, 3, 11, 6, 0)
    start = T(LA, 2026, 3, 18, 9, 30)
    text = """VETERANS HEALTH SERVICE - MISSION VALLEY CLINIC
Appointment Reminder

Renata Quill, you have an upcoming appointment:

  Wednesday, March 18, 2026 at 0930 PT (please arrive by 0915)
  Compensation & Pension (C&P) Examination - General Medical
  Examiner: Dr. Rafael Quintero
  Mission Valley Clinic, 8810 Rio San Diego Dr, 2nd Floor, Room 214

About your exam: The examiner will interview you about your service history and
the conditions on your claim, review your records, and may do a brief physical
exam. Plan on 60 to 90 minutes. This is not a treatment visit.

Bring: photo ID, a list of current medications, and any private medical records
not already submitted.

To cancel or reschedule, call the scheduling center at (858) 555-0150, option 3,
Monday-Friday 0800-1630. Missing a C&P exam may delay your claim decision.

This is an automated message. Do not reply.
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//VHS//Appointment Reminders//EN", "VERSION:2.0",
               "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:vhs-appt-55190422@vhs-reminders.example",
               f"DTSTAMP:{zutc(sent)}", f"DTSTART:{zutc(start)}",
               f"DTEND:{zutc(start + timedelta(minutes=90))}",
               "SUMMARY:" + esc("C&P Exam - Mission Valley Clinic"),
               "LOCATION:" + esc("8810 Rio San Diego Dr, 2nd Floor, Room 214"),
               "END:VEVENT", "END:VCALENDAR"])
    email(case, "01-appointment-reminder-cp-exam.eml", [
        ("Delivered-To", OWNER),
        received("notify.vhs-reminders.example", "192.0.2.77", sent),
        ("Return-Path", "<noreply@vhs-reminders.example>"),
        ("From", "VHS Appointment Reminders <noreply@vhs-reminders.example>"),
        ("To", OWNER),
        ("Subject", "Reminder: C&P exam appointment Wed Mar 18 at 0930"),
        ("Date", format_datetime(sent)),
        ("Message-ID", mid(case, "01", "vhs-reminders.example")),
    ], text=text, text_cte="quoted-printable",
        attachments=[(cal.encode(), "text", "calendar", "appointment.ics")])
    label(case, [], "medium", "negative/medical",
          "Veterans health C&P exam reminder: 'the examiner will interview you' - medical, not a job.")


def c15():
    case = "b68-15-tap-class-mock-interviews"
    sent = T(LA, 2026, 2, 27, 13, 15)
    s = T(LA, 2026, 3, 4, 8, 0)
    e = T(LA, 2026, 3, 4, 16, 0)
    desc = ("Transition Assistance Program (TAP) - DOL Employment Fundamentals of Career Transition, "
            "Day 2 of 3.\n0800-0930 Translating military experience\n0945-1130 Interview preparation: "
            "STAR answers, behavioral interview questions, salary negotiation\n1230-1600 Mock "
            "interviews in pairs with facilitator feedback. Dress: business casual or uniform of the "
            "day.\nFacilitator: Ms. Bernadette Kaluza, FFSC Transition Counselor.\nCommand TAP "
            "coordinator must be notified of absences.")
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
               "VERSION:2.0", "METHOD:REQUEST"]
              + vtimezone("Pacific Standard Time", "America/Los_Angeles", exchange=True) +
              ["BEGIN:VEVENT", "CLASS:PUBLIC", f"CREATED:{zutc(sent)}",
               "DESCRIPTION:" + esc(desc),
               f"DTSTART;TZID=Pacific Standard Time:{floc(s)}",
               f"DTEND;TZID=Pacific Standard Time:{floc(e)}", f"DTSTAMP:{zutc(sent)}",
               "LOCATION:" + esc("Fleet & Family Support Center, Naval Base San Diego, Bldg 3350, Classroom B"),
               "ORGANIZER;CN=FFSC San Diego TAP:mailto:sd.tap@navy-ffsc.example",
               attendee(OWNER_NAME, OWNER), "PRIORITY:5", "SEQUENCE:0",
               "SUMMARY:" + esc("TAP Employment Workshop Day 2 - Interview Prep & Mock Interviews (Class 26-09)"),
               "TRANSP:OPAQUE", "UID:040000008200E00074C5B7101A82E00800000000FFSC2609D2",
               "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
               "END:VEVENT", "END:VCALENDAR"])
    add(case, "01-tap-employment-workshop-day2.ics", cal)
    label(case, [], "medium", "negative/training_class",
          "Transition Assistance class invite 0800-1600 with interview prep and mock interviews.")


def c16():
    case = "b68-16-clearance-subject-interview"
    inv = "lharbaugh@fbis.example"
    sent1 = T(LA, 2026, 3, 16, 7, 45)
    text1 = f"""LS1 Quill,

I am a background investigator with the Federal Background Investigations Service
(FBIS). I have been assigned your periodic reinvestigation (Tier 5R) for continued
eligibility for access to classified information, initiated by your command
security manager.

As part of the investigation I need to conduct a Subject Interview with you. Are you
available Tuesday 3/24 at 1300? I have reserved the small conference room at the
NBSD base library (Bldg 56). The interview normally takes 2 to 3 hours. Please bring
a copy of your SF-86 (e-QIP) submission, your passport if you have one, and any
documentation about foreign travel since your last investigation.

This is an official U.S. Government investigation. Please do not forward this
message.

Lynn Harbaugh
Background Investigator, Western Region Field Office
Federal Background Investigations Service
Desk: (619) 555-0108 | {inv}
"""
    m1 = mid(case, "01", "fbis.example")
    email(case, "01-subject-interview-request.eml", [
        ("Delivered-To", OWNER),
        received("relay.fbis.example", "192.0.2.88", sent1),
        ("Return-Path", f"<{inv}>"),
        ("From", f"\"Harbaugh, Lynn (FBIS)\" <{inv}>"),
        ("To", OWNER_TO),
        ("Subject", "Subject Interview - Periodic Reinvestigation - QUILL, RENATA"),
        ("Date", format_datetime(sent1)),
        ("Message-ID", m1),
    ], text=text1)
    sent2 = T(LA, 2026, 3, 17, 10, 3)
    text2 = f"""LS1 Quill,

Thank you. Confirmed for Tuesday 3/24 at 1300, NBSD library, Bldg 56. I will meet
you at the front desk. Bring your CAC.

Lynn Harbaugh
Background Investigator, FBIS
(619) 555-0108

-----Original Message-----
From: Renata Quill <{OWNER}>
Sent: Monday, March 16, 2026 6:20 PM
To: Harbaugh, Lynn (FBIS) <{inv}>
Subject: RE: Subject Interview - Periodic Reinvestigation - QUILL, RENATA

Ms. Harbaugh, Tuesday the 24th at 1300 works. I'll have my SF-86 with me.
v/r, LS1 Quill
"""
    email(case, "02-re-subject-interview-confirmed.eml", [
        ("Delivered-To", OWNER),
        received("relay.fbis.example", "192.0.2.88", sent2),
        ("Return-Path", f"<{inv}>"),
        ("From", f"\"Harbaugh, Lynn (FBIS)\" <{inv}>"),
        ("To", OWNER_TO),
        ("Subject", "RE: Subject Interview - Periodic Reinvestigation - QUILL, RENATA"),
        ("Date", format_datetime(sent2)),
        ("Message-ID", mid(case, "02", "fbis.example")),
        ("In-Reply-To", "<BY5PR-renata-0316@mail.example.com>"),
        ("References", f"{m1} <BY5PR-renata-0316@mail.example.com>"),
    ], text=text2, text_cte="quoted-printable")
    label(case, [], "hard", "negative/non_job_interview",
          "Background investigator schedules a clearance 'Subject Interview' (confirmed 1300) for the "
          "owner's reinvestigation - not a hiring process.")


def c17():
    case = "b68-17-hiring-event-registration-only"
    sent = T(GU, 2026, 3, 2, 10, 30)
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Verdana,sans-serif;font-size:13px">
<h2 style="color:#14532d">Pacific Islands Veterans Career Day &ndash; Registration Confirmed</h2>
<p>Hafa adai Renata,</p>
<p>Thanks for registering for the <b>Pacific Islands Veterans Career Day</b>, hosted by the Anchor Forward Veterans Hiring Program.</p>
<p><b>Saturday, March 14, 2026, 0900&ndash;1500 ChST</b><br>Tumon Bay Resort Ballroom, 1255 Pale San Vitores Rd, Tamuning, Guam</p>
<ul>
<li>35+ employers, including federal agencies and defense contractors, will be <b>interviewing candidates on the spot</b>.</li>
<li>Interviews are first-come, first-served at each employer table &ndash; no appointments are scheduled in advance.</li>
<li>Resume review and LinkedIn headshots 0900&ndash;1100 in Salon C.</li>
<li>Workshop at 1300: &ldquo;Ace the Behavioral Interview&rdquo; with a panel of hiring managers.</li>
</ul>
<p>Your registration ID: <b>PIV-26-00731</b>. Show this email at check-in.</p>
<p style="color:#6b7280;font-size:11px">MusterPoint Events on behalf of Anchor Forward. <a href="https://musterpoint.example/u/00731">Manage preferences</a></p>
</body></html>
"""
    email(case, "01-career-day-registration.eml", [
        ("Delivered-To", OWNER),
        received("out-04.musterpoint.example", "198.51.100.204", sent),
        ("Return-Path", "<bounces+00731@musterpoint.example>"),
        ("From", "Anchor Forward Events <noreply@musterpoint.example>"),
        ("To", OWNER),
        ("Subject", "You're in! Pacific Islands Veterans Career Day - on-the-spot interviews"),
        ("Date", format_datetime(sent)),
        ("Message-ID", mid(case, "01", "musterpoint.example")),
    ], html=html, html_only=True, html_cte="quoted-printable")
    label(case, [], "hard", "negative/event_registration",
          "Guam hiring-event registration advertising on-the-spot interviews, explicitly no reserved slot.")


def c18():
    case = "b68-18-tentative-selection-notice"
    sent = T(NY, 2026, 4, 21, 15, 30)
    text = """TENTATIVE JOB OFFER

Dear Renata Quill,

Congratulations! Following your structured interview with the selection panel on
April 14, 2026, you have been tentatively selected for the position below.

  Announcement:   FMSA-26-0147-MP
  Position:       Logistics Management Specialist, GS-0346-11, Step 5
  Agency:         Federal Maritime Sustainment Agency
  Duty location:  San Diego, CA
  Salary:         $89,114 per year (includes locality pay)

This offer is TENTATIVE and contingent on: a favorable background investigation and
continued Secret eligibility, verification of your DD-214 or Statement of Service,
completion of the OF-306 Declaration for Federal Employment, and a pre-employment
drug test. Do not resign from current employment or separate early based on this
tentative offer. A firm offer with your entry-on-duty date will follow.

Please accept or decline in FedJobsOnline by 1600 ET Friday, April 24, 2026.

Questions: Denise Yarborough, HR Specialist, denise.yarborough@fmsa.example,
(202) 555-0187.

FedJobsOnline - Official notification. Do not reply to this message.
"""
    email(case, "01-tentative-job-offer.eml", [
        ("Delivered-To", OWNER),
        received("notify.fedjobsonline.example", "203.0.113.30", sent),
        ("Return-Path", "<notifications@fedjobsonline.example>"),
        ("From", "FedJobsOnline <notifications@fedjobsonline.example>"),
        ("To", OWNER),
        ("Subject", "Tentative Selection - FMSA-26-0147-MP Logistics Management Specialist"),
        ("Date", format_datetime(sent)),
        ("Message-ID", mid(case, "01", "fedjobsonline.example")),
    ], text=text, text_cte="quoted-printable", html=html_of(text), html_cte="quoted-printable")
    label(case, [], "hard", "negative/offer",
          "Federal 'tentative selection' (offer-like) that references a past panel interview and a "
          "reply deadline '1600 ET Friday' - no upcoming interview.")


def c19():
    case = "b68-19-availability-request-booking-link"
    sent = T(LA, 2026, 4, 2, 14, 10)
    text = """Hi Renata,

Thanks for applying to the Material Control Specialist role supporting our Naval
Base San Diego ship-repair contract. The hiring manager, Rob Estrada, would like to
set up a 30-minute phone interview with you next week.

Rob is generally free Mon-Wed (4/6-4/8) between 0800 and 1500 PT. Please grab
whatever slot works best for you here:

  https://book.slotbridge.example/avandermeer/phone-interview-30

Once you book, you'll get a calendar invite with the dial-in. If none of those times
work (I know you may still be underway), just reply with a couple of windows and
your time zone.

Best,

Alexis Vandermeer
Technical Recruiter | Bluewater Sentinel Corp.
2710 Shelter Island Dr, San Diego, CA 92106
(619) 555-0166 | avandermeer@bluewatersentinel.example
"""
    email(case, "01-schedule-your-phone-interview.eml", [
        ("Delivered-To", OWNER),
        received("mail.bluewatersentinel.example", "198.51.100.66", sent),
        ("Return-Path", "<avandermeer@bluewatersentinel.example>"),
        ("From", "Alexis Vandermeer <avandermeer@bluewatersentinel.example>"),
        ("To", OWNER_TO),
        ("Subject", "Material Control Specialist - schedule your phone interview"),
        ("Date", format_datetime(sent)),
        ("Message-ID", mid(case, "01", "bluewatersentinel.example")),
    ], text=text, html=html_of(text), html_cte="quoted-printable")
    label(case, [], "medium", "negative/availability_request",
          "Recruiter asks the candidate to pick a slot via a booking link - nothing booked.")


def c20():
    case = "b68-20-owner-on-soq-interview-board"
    org = "evan.drummond@navymail.example"
    sent = T(GU, 2026, 3, 4, 9, 12)
    s = T(GU, 2026, 3, 9, 13, 0)
    e = T(GU, 2026, 3, 9, 15, 0)
    body = ("When: Monday, March 9, 2026 1:00 PM-3:00 PM (UTC+10:00) Guam, Port Moresby.\n"
            "Where: Bldg 3190 Conference Rm, NBG\n\n*~*~*~*~*~*~*~*~*~*\n\n"
            "Board members,\n\nSailor of the Quarter (Q2) board. Candidates: LS2 Dominic Ferraro, "
            "LS3 Tuan Pham, YN2 Keisha Wormley. Each candidate interview is 30 min.\n\n"
            "LS1 Quill - you are the senior board member for this one; please bring the question "
            "bank and the scoring sheets and run the interviews. Candidates report in service "
            "dress blues.\n\nLT Evan Drummond\nSupply Officer, NSF Det Guam\n")
    cal = ics(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010",
               "VERSION:2.0",
               "BEGIN:VTIMEZONE", "TZID:West Pacific Standard Time", "BEGIN:STANDARD",
               "DTSTART:16010101T000000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1000", "END:STANDARD",
               "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+1000",
               "TZOFFSETTO:+1000", "END:DAYLIGHT", "END:VTIMEZONE",
               "BEGIN:VEVENT", f"ORGANIZER;CN=\"Drummond, Evan LT USN\":mailto:{org}",
               attendee("Quill, Renata LS1 USN", OWNER),
               attendee("Castro, Julian LSC USN", "julian.castro.lsc@navymail.example"),
               attendee("Okeke, Amara YNC USN", "amara.okeke@navymail.example"),
               "DESCRIPTION;LANGUAGE=en-US:" + esc(body),
               "UID:040000008200E00074C5B7101A82E00800000000SOQ26Q2BOARD00000000000100000000",
               "SUMMARY;LANGUAGE=en-US:SOQ Board - Candidate Interviews (Q2)",
               f"DTSTART;TZID=West Pacific Standard Time:{floc(s)}",
               f"DTEND;TZID=West Pacific Standard Time:{floc(e)}",
               "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zutc(sent)}", "TRANSP:OPAQUE",
               "STATUS:CONFIRMED", "SEQUENCE:0",
               "LOCATION;LANGUAGE=en-US:Bldg 3190 Conference Rm\\, NBG",
               "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
               "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "END:VEVENT", "END:VCALENDAR"])
    email(case, "01-soq-board-invite.eml", [
        ("Delivered-To", OWNER),
        received("smtp-out.navymail.example", "192.0.2.201", sent),
        ("Return-Path", f"<{org}>"),
        ("From", f"\"Drummond, Evan LT USN\" <{org}>"),
        ("To", f"\"Quill, Renata LS1 USN\" <{OWNER}>, \"Castro, Julian LSC USN\" "
               f"<julian.castro.lsc@navymail.example>, \"Okeke, Amara YNC USN\" <amara.okeke@navymail.example>"),
        ("Subject", "SOQ Board - Candidate Interviews (Q2)"),
        ("Date", format_datetime(sent.astimezone(UTC))),
        ("Message-ID", mid(case, "01", "navymail.example")),
        ("Content-class", "urn:content-classes:calendarmessage"),
    ], text=body, text_cte="quoted-printable", html=html_of(body), html_cte="quoted-printable",
        cal=cal, boundary_style="exchange")
    label(case, [], "hard", "negative/user_is_interviewer",
          "Exchange invite for a Sailor-of-the-Quarter board where the owner runs the candidate "
          "interviews (owner is the interviewer).")


def c21():
    case = "b68-21-referred-to-hiring-manager"
    sent = T(NY, 2026, 3, 27, 9, 0)
    text = """Application Status Update

Announcement: FMSA-26-0147-MP
Position: Logistics Management Specialist, GS-0346-11
Agency: Federal Maritime Sustainment Agency

Status: Referred

Your application was reviewed and you were found qualified with Veterans' Preference
(TP - 5 points). Your name has been referred to the hiring manager for further
consideration. Being referred does not guarantee an interview.

If the hiring manager selects you for an interview, the agency's HR office will
contact you directly by email or phone to schedule it. Interviews for this
announcement are expected to be held the week of April 13.

Track your application: https://www.fedjobsonline.example/applications/8819-20417

Please do not reply to this automated message.
FedJobsOnline | Official job site of the invented federal government
"""
    email(case, "01-application-status-referred.eml", [
        ("Delivered-To", OWNER),
        received("notify.fedjobsonline.example", "203.0.113.30", sent),
        ("Return-Path", "<notifications@fedjobsonline.example>"),
        ("From", "FedJobsOnline <notifications@fedjobsonline.example>"),
        ("To", OWNER),
        ("Subject", "Your application status has changed - FMSA-26-0147-MP"),
        ("Date", format_datetime(sent)),
        ("Message-ID", mid(case, "01", "fedjobsonline.example")),
    ], text=text)
    label(case, [], "medium", "negative/application_status",
          "Federal portal 'Referred' status; mentions possible interviews the week of April 13 - none booked.")


def c22():
    case = "b68-22-veterans-program-mock-interview"
    mentor = "gordon.lacey@anchorforward.example"
    sent = T(LA, 2026, 3, 2, 19, 5)
    s = T(LA, 2026, 3, 10, 18, 0)
    e = s + timedelta(minutes=60)
    summ = "Mock Interview Practice - Renata Q. / Gordon L. (Anchor Forward mentorship)"
    plain = f"""{summ}
Tuesday Mar 10, 2026 ⋅ 6pm – 7pm
Pacific Time - Los Angeles

Practice run for your upcoming defense-contractor interviews: I'll play the hiring
manager and ask behavioral + technical logistics questions, then we'll debrief.
This is a volunteer mentoring session, not connected to any employer.

Join with Google Meet
https://meet.example/afm-wpxk-rdl

Organizer
Gordon Lacey
{mentor}

Invitation from Google Calendar
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
               "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
               f"DTSTART:{zutc(s)}", f"DTEND:{zutc(e)}", f"DTSTAMP:{zutc(sent)}",
               f"ORGANIZER;CN=Gordon Lacey:mailto:{mentor}",
               "UID:0m4ck1ntv9w2pr7q5a8f3yk6ls@google.example",
               attendee("Gordon Lacey", mentor, "ACCEPTED"), attendee(OWNER, OWNER),
               "DESCRIPTION:" + esc("Practice run for your upcoming defense-contractor interviews: "
                                    "I'll play the hiring manager. Volunteer mentoring session, not "
                                    "connected to any employer."),
               "SEQUENCE:0", "STATUS:CONFIRMED", "SUMMARY:" + esc(summ), "TRANSP:OPAQUE",
               "END:VEVENT", "END:VCALENDAR"])
    email(case, "01-invitation-mock-interview.eml", [
        ("Delivered-To", OWNER),
        received("mail-sor-f69.google.example", "209.85.220.69", sent),
        ("Return-Path", "<8kQ2calendar-server.bounces@google.example>"),
        ("Reply-To", f"Gordon Lacey <{mentor}>"),
        ("Sender", "Google Calendar <calendar-notification@google.example>"),
        ("From", f"Gordon Lacey <{mentor}>"),
        ("To", OWNER),
        ("Subject", f"Invitation: {summ} @ Tue Mar 10, 2026 6pm - 7pm (PDT) ({OWNER})"),
        ("Date", format_datetime(sent.astimezone(UTC))),
        ("Message-ID", "<calendar-9d2e41aa-0c6b-4f61-8e2d-b7a3c1f05e19@google.example>"),
    ], text=plain, text_cte="quoted-printable", html=html_of(plain), html_cte="quoted-printable",
        cal=cal, cal_cte="7bit", attachments=[(cal.encode(), "application", "ics", "invite.ics")])
    label(case, [], "medium", "negative/mock_interview",
          "Veterans-program volunteer mentor's Google invite for a mock interview practice session.")


# =========================================================================== main
def main():
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11,
               c12, c13, c14, c15, c16, c17, c18, c19, c20, c21, c22):
        fn()
    for old in HERE.glob("b68-*"):
        if old.is_dir():
            shutil.rmtree(old)
    for case, items in CASES.items():
        d = HERE / case
        d.mkdir()
        for fname, data in items:
            (d / fname).write_bytes(data)
    with open(HERE / "labels.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(dict(sorted(LABELS.items())), f, sort_keys=False, allow_unicode=True, width=100)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
