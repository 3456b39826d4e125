#!/usr/bin/env python3
"""Deterministic generator for the blind125 evaluation set.

Theme: an FP&A manager in Minneapolis (America/Chicago) applying to banks, insurers, retailers and
manufacturers in the Midwest, New York and Toronto, with an emphasis on Outlook / Exchange edge cases.
All names, companies and domains are invented (.example).  Every UTC offset is computed with zoneinfo.

Usage: python make_cases.py   (rewrites every case folder and labels.yaml next to this file)
"""
import json
import shutil
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
PREFIX = "b125-"

CHI = ZoneInfo("America/Chicago")
NYC = ZoneInfo("America/New_York")
TOR = ZoneInfo("America/Toronto")
LAX = ZoneInfo("America/Los_Angeles")
LON = ZoneInfo("Europe/London")
BER = ZoneInfo("Europe/Berlin")
UTC = timezone.utc

ME = "meg.tollefson@mail.example"           # personal mailbox (job search)
ME_NAME = "Meg Tollefson"
WORK = "mtollefson@northstargrain.example"  # current employer mailbox

WIN_TZ = {
    "Central Standard Time": CHI,
    "Eastern Standard Time": NYC,
    "Customized Time Zone": NYC,
    "W. Europe Standard Time": BER,
}

VTZ = {
    "Central Standard Time": ("-0600", "-0500", "1SU", "11", "2SU", "3", "020000", "020000"),
    "Eastern Standard Time": ("-0500", "-0400", "1SU", "11", "2SU", "3", "020000", "020000"),
    "Customized Time Zone": ("-0500", "-0400", "1SU", "11", "2SU", "3", "020000", "020000"),
    "W. Europe Standard Time": ("+0100", "+0200", "-1SU", "10", "-1SU", "3", "030000", "020000"),
}


def dt(y, mo, d, h, mi, tz):
    return datetime(y, mo, d, h, mi, tzinfo=tz)


def iso(x):
    return x.isoformat()


# ---------------------------------------------------------------- iCalendar helpers
def fold(line):
    out, cur = [], ""
    for ch in line:
        limit = 75 if not out else 74
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n"))


def vtimezone(tzid):
    std, dst, std_day, std_mon, dst_day, dst_mon, std_t, dst_t = VTZ[tzid]
    return [
        "BEGIN:VTIMEZONE", f"TZID:{tzid}",
        "BEGIN:STANDARD", f"DTSTART:16010101T{std_t}", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
        f"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY={std_day};BYMONTH={std_mon}", "END:STANDARD",
        "BEGIN:DAYLIGHT", f"DTSTART:16010101T{dst_t}", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
        f"RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY={dst_day};BYMONTH={dst_mon}", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def cn(name):
    return f'"{name}"' if any(c in name for c in ",;:") else name


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", resource=False):
    if resource:
        return f"ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE;CN={cn(name)}:mailto:{email}"
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={cn(name)}:mailto:{email}"


def dtline(prop, when, tzid):
    if tzid is None:
        return f"{prop}:{when.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    local = when.astimezone(WIN_TZ[tzid])
    return f"{prop};TZID={tzid}:{local:%Y%m%dT%H%M%S}"


def vevent(uid, summary, start, end, tzid, organizer, attendees, stamp, seq=0, status="CONFIRMED",
           desc=None, alt_html=None, location=None, teams=None, extra=(), lang=True):
    L = ["BEGIN:VEVENT", f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}"]
    L += attendees
    if desc is not None:
        L.append(("DESCRIPTION;LANGUAGE=en-US:" if lang else "DESCRIPTION:") + esc(desc))
    L.append(f"UID:{uid}")
    L.append(("SUMMARY;LANGUAGE=en-US:" if lang else "SUMMARY:") + esc(summary))
    L.append(dtline("DTSTART", start, tzid))
    L.append(dtline("DTEND", end, tzid))
    L += ["CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{stamp.astimezone(UTC):%Y%m%dT%H%M%SZ}",
          "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}"]
    if location:
        L.append(("LOCATION;LANGUAGE=en-US:" if lang else "LOCATION:") + esc(location))
    L += [f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
          "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if status == "CANCELLED" else "TENTATIVE"),
          "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if status == "CANCELLED" else "BUSY"),
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
          "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams:
        L.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams}")
        L.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
    if alt_html:
        L.append("X-ALT-DESC;FMTTYPE=text/html:" + esc(alt_html))
    L += list(extra)
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    if status != "CANCELLED":
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
              "ACTION:DISPLAY", "END:VALARM"]
    L.append("END:VEVENT")
    return L


def calendar(method, events, tzids=(), prodid="Microsoft Exchange Server 2010"):
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", f"PRODID:{prodid}", "VERSION:2.0"]
    for t in tzids:
        L += vtimezone(t)
    for e in events:
        L += e
    L.append("END:VCALENDAR")
    return ("\r\n".join(fold(x) for x in L) + "\r\n").encode("utf-8")


def reply_ics(uid, summary, start, end, tzid, organizer, me_name, me_email, partstat, stamp, seq=0, comment=None):
    L = ["BEGIN:VEVENT", f"ATTENDEE;PARTSTAT={partstat};CN={cn(me_name)}:mailto:{me_email}"]
    if comment:
        L.append("COMMENT;LANGUAGE=en-US:" + esc(comment))
    L += [f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}", f"UID:{uid}",
          "SUMMARY;LANGUAGE=en-US:" + esc(("Accepted: " if partstat == "ACCEPTED" else "Tentative: ") + summary),
          dtline("DTSTART", start, tzid), dtline("DTEND", end, tzid), "CLASS:PUBLIC", "PRIORITY:5",
          f"DTSTAMP:{stamp.astimezone(UTC):%Y%m%dT%H%M%SZ}", "TRANSP:OPAQUE", f"SEQUENCE:{seq}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "END:VEVENT"]
    return calendar("REPLY", [L], (tzid,))


# ---------------------------------------------------------------- Outlook text helpers
def hm(x):
    return x.strftime("%I:%M %p").lstrip("0")


def when_line(start, end, label):
    """Outlook's 'When:' line; label is the static Windows display name, NOT DST-aware."""
    return f"{start:%A}, {start:%B} {start.day}, {start.year} {hm(start)}-{hm(end)} {label}."


LBL_CT = "(UTC-06:00) Central Time (US & Canada)"
LBL_ET = "(UTC-05:00) Eastern Time (US & Canada)"
LBL_CET = "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"


def teams_url(seed):
    h = "".join("0123456789abcdef"[(seed * 7 + i * 13) % 16] for i in range(32))
    return (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{h[:24]}%40thread.v2/0?context="
            f"%7b%22Tid%22%3a%22{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}%22%7d")


def teams_block(seed, mid, pc):
    return ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{teams_url(seed)}>\n"
            f"Meeting ID: {mid}\nPasscode: {pc}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "________________________________________________________________________________")


def html_of(text):
    import html
    paras = html.escape(text).split("\n\n")
    body = "".join("<p>" + p.replace("\n", "<br>") + "</p>\n" for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">\n' + body +
            "</div></body></html>\n")


# ---------------------------------------------------------------- e-mail builder
_mid_counter = [0]


def mail(frm, to, subject, date, *, body=None, html=None, cc=None, sender=None, delivered_to=None,
         msgid=None, in_reply_to=None, references=None, reply_to=None, body_cte=None, html_cte=None,
         cal=None, cal_method=None, cal_cte="base64", attach=None, exchange=False, mailer=None,
         extra_headers=()):
    m = EmailMessage()
    if delivered_to:
        m["Delivered-To"] = delivered_to
    if exchange:
        m["Received"] = ("from CH3PR18MB5412.namprd18.prod.outlook.example (2603:10b6:610:1f4::9) by "
                         f"MN2PR18MB3311.namprd18.prod.outlook.example with HTTPS; {format_datetime(date.astimezone(UTC))}")
    m["From"] = frm
    if sender:
        m["Sender"] = sender
    m["To"] = to
    if cc:
        m["CC"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    if exchange:
        m["Thread-Topic"] = subject.split(": ", 1)[-1] if subject[:4] in ("RE: ", "FW: ") else subject
    m["Date"] = format_datetime(date)
    _mid_counter[0] += 1
    m["Message-ID"] = msgid or f"<b125.{_mid_counter[0]:04d}.{date.astimezone(UTC):%Y%m%d%H%M%S}@mail.example>"
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    if exchange:
        m["Accept-Language"] = "en-US"
        m["X-MS-Has-Attach"] = ""
    if mailer:
        m["X-Mailer"] = mailer
    for k, v in extra_headers:
        m[k] = v
    if body is not None:
        m.set_content(body, cte=body_cte) if body_cte else m.set_content(body)
        if html is not None:
            m.add_alternative(html, subtype="html", cte=html_cte) if html_cte else m.add_alternative(html, subtype="html")
    elif html is not None:
        m.set_content(html, subtype="html", cte=html_cte) if html_cte else m.set_content(html, subtype="html")
    if cal is not None:
        params = {"method": cal_method}
        if cal_cte == "base64":
            m.add_alternative(cal, maintype="text", subtype="calendar", cte="base64",
                              params=dict(params, charset="utf-8"))
        else:
            m.add_alternative(cal.decode("utf-8"), subtype="calendar", cte=cal_cte, params=params)
    if attach:
        for fname, data, mt, st in attach:
            m.add_attachment(data, maintype=mt, subtype=st, filename=fname)
    if exchange:  # set after the body: set_content() drops existing Content-* headers
        m["Content-Language"] = "en-US"
        if cal is not None:
            m["Content-class"] = "urn:content-classes:calendarmessage"
    n = 0
    for part in m.walk():
        if part.is_multipart():
            n += 1
            part.set_boundary(f"_{n:03d}_b125_{_mid_counter[0]:04d}_{date.astimezone(UTC):%H%M%S}_")
    return m


def mid_of(m):
    return m["Message-ID"]


# ---------------------------------------------------------------- case registry
CASES = []


def case(cid, items, label):
    CASES.append((PREFIX + cid, items, label))


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(recipients), "kind": kind}


def lab(user, interviews, difficulty, category, notes):
    return {"user": user, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


SIG_ME = "Meg Tollefson\n612-555-0148 | linkedin.example/in/megtollefson"

# =========================================================================== POSITIVES
# ---- 01: invite sent on behalf of a hiring manager by his EA (Sender vs From); DST label trap; her Accepted reply
def c01():
    co, dom = "Lakeshore Federal Bank", "lakeshorefederal.example"
    hmgr = ("Douglas Amundsen", f"damundsen@{dom}")
    ea = ("Priscilla Vance", f"pvance@{dom}")
    start, end = dt(2026, 3, 17, 10, 0, CHI), dt(2026, 3, 17, 11, 0, CHI)
    sent = dt(2026, 3, 5, 14, 12, CHI)
    subj = "Interview - Meg Tollefson / Manager, Financial Planning & Analysis"
    uid = "040000008200E00074C5B7101A82E00800000000B1F4C2A9E5ACDC01000000000000000010000000A7C1E6F03D2B4F4E9A8D51C0E3F1A2B4"
    desc = (f"When: {when_line(start, end, LBL_CT)}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
            "Sending on Doug's behalf.\n\nMeg - Doug would like to spend an hour with you on the Manager, FP&A "
            "opening in Corporate Finance (reports to him). He'll cover the planning calendar, the FY27 "
            "reforecast and how the team partners with Treasury. If the time no longer works, just reply to me "
            "and I'll find another slot on his calendar.\n\nThank you,\nPriscilla Vance\nExecutive Assistant to "
            "Douglas Amundsen, SVP Corporate FP&A\nLakeshore Federal Bank | 200 W. Monroe St., 31st Floor | "
            "Chicago, IL 60606\no 312-555-0177\n\n" + teams_block(11, "271 405 998 316", "Hq7xR2"))
    ics = calendar("REQUEST", [vevent(uid, subj, start, end, "Central Standard Time", hmgr,
                                      [att(ME_NAME, ME)], sent, desc=desc,
                                      location="Microsoft Teams Meeting", teams=teams_url(11))],
                   ("Central Standard Time",))
    m1 = mail(f"{hmgr[0]} <{hmgr[1]}>", f"{ME_NAME} <{ME}>", subj, sent, sender=f"{ea[0]} <{ea[1]}>",
              delivered_to=ME, body=desc, html=html_of(desc), body_cte="quoted-printable",
              html_cte="quoted-printable", cal=ics, cal_method="REQUEST", exchange=True,
              msgid="<SA1PR09MB77410C2B9E4D8E1F6A0B3C7DB0C2A@SA1PR09MB7741.namprd09.prod.outlook.example>")
    sent2 = dt(2026, 3, 5, 19, 40, CHI)
    rep = reply_ics(uid, subj, start, end, "Central Standard Time", hmgr, ME_NAME, ME, "ACCEPTED", sent2)
    m2 = mail(f"{ME_NAME} <{ME}>", f"{hmgr[0]} <{hmgr[1]}>", "Accepted: " + subj, sent2,
              body="", cal=rep, cal_method="REPLY", exchange=True,
              in_reply_to=mid_of(m1))
    case("01-ea-on-behalf-accepted-dst-label",
         [("01-invite-on-behalf-of-doug.eml", m1), ("02-accepted-reply.eml", m2)],
         lab(ME, [iv(co, "Manager, Financial Planning & Analysis", start, end, "scheduled",
                     [hmgr[1]], [hmgr[1]], "hiring_manager")], "hard", "positive/exchange-on-behalf",
             "Invite From the SVP with Sender = his executive assistant; 'When' label says (UTC-06:00) Central "
             "although Mar 17 is CDT (-05:00); TZID Central Standard Time; her own 'Accepted:' reply follows. "
             "The EA only schedules; the SVP is the interviewer."))


# ---- 02: recruiter mail + invite with 'Customized Time Zone' VTIMEZONE, base64 calendar part, panel of two
def c02():
    co, dom = "Bramwell Mutual Life", "bramwellmutual.example"
    rec = ("Rosalind Achebe", f"rachebe@{dom}")
    vp = ("Dana Whitcombe", f"dwhitcombe@{dom}")
    dr = ("Theo Marchetti", f"tmarchetti@{dom}")
    start, end = dt(2026, 3, 26, 13, 30, NYC), dt(2026, 3, 26, 14, 15, NYC)
    s1 = dt(2026, 3, 16, 10, 5, NYC)
    body1 = ("Hi Meg,\n\nGreat speaking with you on Friday! Dana Whitcombe (VP, Financial Planning & Analysis) "
             "and Theo Marchetti (Director, Corporate Planning) would like to move you forward to a case "
             "discussion for the Manager, FP&A - Individual Life role.\n\nThey've asked for Thursday 3/26 at "
             "1:30 ET (so 12:30 your time), 45 minutes. You'll walk them through a short 3-statement model - "
             "I'll send the packet Monday. Dana's calendar will send the Teams invite directly so don't be "
             "surprised when it comes from her.\n\nBest,\nRosalind\n\nRosalind Achebe | Talent Acquisition "
             "Partner\nBramwell Mutual Life\n1 Liberty Plaza, 22nd Fl, New York, NY 10006\nm 646-555-0132")
    m1 = mail(f"{rec[0]} <{rec[1]}>", f"{ME_NAME} <{ME}>", "Next step - case discussion with Dana & Theo",
              s1, delivered_to=ME, body=body1, mailer="Microsoft Outlook 16.0")
    s2 = dt(2026, 3, 16, 11, 48, NYC)
    subj = "Meg Tollefson - Case Discussion (Manager, FP&A)"
    uid = "040000008200E00074C5B7101A82E0080000000062D0C7A4B2B5DC0100000000000000001000000044E8A1B0C93F2D4E8B6A7F0D1C2E3A4B"
    desc = (f"When: {when_line(start, end, LBL_ET)}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
            "Meg - looking forward to walking through the model with you. Theo will join as well.\n\nDana\n\n"
            + teams_block(22, "248 116 903 557", "uT4k9P"))
    ics = calendar("REQUEST", [vevent(uid, subj, start, end, "Customized Time Zone", vp,
                                      [att(ME_NAME, ME), att(dr[0], dr[1]),
                                       att(rec[0], rec[1], role="OPT-PARTICIPANT")], s2,
                                      desc=desc, location="Microsoft Teams Meeting", teams=teams_url(22))],
                   ("Customized Time Zone",))
    m2 = mail(f"{vp[0]} <{vp[1]}>", f"{ME_NAME} <{ME}>; {dr[0]} <{dr[1]}>", subj, s2, delivered_to=ME,
              cc=f"{rec[0]} <{rec[1]}>", body=desc, html=html_of(desc), body_cte="quoted-printable",
              html_cte="quoted-printable", cal=ics, cal_method="REQUEST", cal_cte="base64", exchange=True)
    case("02-customized-time-zone-panel",
         [("01-recruiter-next-step.eml", m1), ("02-case-discussion-invite.eml", m2)],
         lab(ME, [iv(co, "Manager, FP&A - Individual Life", start, end, "scheduled", [vp[1], dr[1]],
                     [vp[1], dr[1]], "onsite")], "medium", "positive/exchange-customized-tz",
             "Recruiter e-mail (1:30 ET / 12:30 your time) + base64 Exchange invite whose VTIMEZONE is "
             "'Customized Time Zone' (Eastern rules); one interview, two interviewers (panel); recruiter is "
             "optional attendee only."))


# ---- 03: agency recruiter forwards the HM's invite (FW:) ; candidate replies from Outlook for iOS
def c03():
    co, dom = "Carrow & Pike", "carrowpike.example"
    hmgr = ("Anjali Deshmukh", f"anjali.deshmukh@{dom}")
    agent = ("Hollis Brandt", "hbrandt@birchlinesearch.example")
    start, end = dt(2026, 4, 9, 11, 0, TOR), dt(2026, 4, 9, 11, 45, TOR)
    orig_sent = dt(2026, 4, 2, 16, 22, TOR)
    fw_sent = dt(2026, 4, 3, 8, 51, CHI)
    subj = "Interview - Meg Tollefson (Birchline) - Sr. Manager, Merchandise Financial Planning"
    uid = "040000008200E00074C5B7101A82E00800000000D3A9F1E2C7C1DC010000000000000000100000009F2B7C1D4E5A6B3C8D9E0F1A2B3C4D5E"
    body = ("Meg - forwarding Anjali's invite for Thursday. She's the Director of Merchandise Financial Planning "
            "and the hiring manager; it's 11:00 Toronto time, so 10:00 for you. Call me after if you can!\n\n"
            "Hollis Brandt\nPrincipal, Finance & Accounting Practice\nBirchline Search Partners\n"
            "c 416-555-0119 | 145 King St W, Suite 900, Toronto ON M5H 1J8\n\n"
            "-----Original Appointment-----\n"
            f"From: {hmgr[0]} <{hmgr[1]}>\n"
            f"Sent: {orig_sent:%A}, {orig_sent:%B} {orig_sent.day}, {orig_sent.year} {hm(orig_sent)}\n"
            f"To: {hmgr[0]}; {agent[0]}\nSubject: {subj}\n"
            f"When: {when_line(start, end, LBL_ET)}\nWhere: Microsoft Teams Meeting\n\n"
            "Hollis - holding this for your candidate; please forward to her.\n\n"
            + teams_block(33, "219 550 872 006", "Zb3wQ8"))
    ics = calendar("REQUEST", [vevent(uid, subj, start, end, "Eastern Standard Time", hmgr,
                                      [att(agent[0], agent[1], "ACCEPTED"), att(ME_NAME, ME)], orig_sent,
                                      desc=body, location="Microsoft Teams Meeting", teams=teams_url(33))],
                   ("Eastern Standard Time",))
    m1 = mail(f"{agent[0]} <{agent[1]}>", f"{ME_NAME} <{ME}>", "FW: " + subj, fw_sent, delivered_to=ME,
              body=body, html=html_of(body), cal=ics, cal_method="REQUEST", cal_cte="quoted-printable",
              exchange=True)
    s2 = dt(2026, 4, 3, 9, 7, CHI)
    b2 = ("Perfect, accepted on my end. Thanks Hollis - I'll call you Thursday afternoon.\n\nMeg\n\n"
          "Get Outlook for iOS<https://aka.ms/o0ukef>\n"
          "________________________________\n"
          f"From: {agent[0]} <{agent[1]}>\nSent: Friday, April 3, 2026 8:51:12 AM\n"
          f"To: {ME_NAME} <{ME}>\nSubject: FW: {subj}\n\n"
          "Meg - forwarding Anjali's invite for Thursday. She's the Director of Merchandise Financial "
          "Planning and the hiring manager; it's 11:00 Toronto time, so 10:00 for you. Call me after if you can!")
    m2 = mail(f"{ME_NAME} <{ME}>", f"{agent[0]} <{agent[1]}>", "Re: FW: " + subj, s2, delivered_to=ME,
              body=b2, in_reply_to=mid_of(m1))
    case("03-fw-interview-forwarded-invite-ios-reply",
         [("01-fw-interview-invite.eml", m1), ("02-reply-from-outlook-ios.eml", m2)],
         lab(ME, [iv(co, "Sr. Manager, Merchandise Financial Planning", start, end, "scheduled", [hmgr[1]],
                     [hmgr[1]], "hiring_manager")], "hard", "positive/fw-forwarded-invite",
             "Agency recruiter forwards the hiring manager's Exchange invite ('FW:' with Original Appointment "
             "block, organizer = HM, QP calendar part); candidate answers from Outlook for iOS. HM is the "
             "interviewer; the agency recruiter is not."))


# ---- 04: Exchange reschedule with SEQUENCE bump moving the time
def c04():
    co, dom = "Halvard Pump & Valve", "halvardpv.example"
    coord = ("Jolene Brzezinski", f"jbrzezinski@{dom}")
    ctl = ("Martin Ostrowski", f"mostrowski@{dom}")
    s0, e0 = dt(2026, 4, 2, 14, 0, CHI), dt(2026, 4, 2, 15, 0, CHI)
    s1, e1 = dt(2026, 4, 6, 9, 30, CHI), dt(2026, 4, 6, 10, 30, CHI)
    subj = "Interview: Meg Tollefson - FP&A Manager (Corporate)"
    uid = "040000008200E00074C5B7101A82E00800000000A0C4D2E1F8C8DC01000000000000000010000000112233445566778899AABBCCDDEEFF00"
    t1 = dt(2026, 3, 26, 15, 3, CHI)

    def d(s, e, note):
        return (f"When: {when_line(s, e, LBL_CT)}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
                + note + "\n\nJolene Brzezinski\nTalent Acquisition Coordinator | Halvard Pump & Valve\n"
                "3300 S. 27th St, Milwaukee, WI 53215 | 414-555-0163\n\n" + teams_block(44, "233 018 665 409", "pQ2mV6"))
    n1 = ("Hi Meg, this is your interview with Martin Ostrowski, Corporate Controller, for the FP&A Manager "
          "role. I'll send the Teams details below; I won't be joining.")
    ics1 = calendar("REQUEST", [vevent(uid, subj, s0, e0, "Central Standard Time", coord,
                                       [att(ME_NAME, ME), att(ctl[0], ctl[1])], t1, seq=0,
                                       desc=d(s0, e0, n1), location="Microsoft Teams Meeting",
                                       teams=teams_url(44))], ("Central Standard Time",))
    m1 = mail(f"{coord[0]} <{coord[1]}>", f"{ME_NAME} <{ME}>; {ctl[0]} <{ctl[1]}>", subj, t1, delivered_to=ME,
              body=d(s0, e0, n1), html=html_of(d(s0, e0, n1)), cal=ics1, cal_method="REQUEST", exchange=True)
    t2 = dt(2026, 3, 30, 11, 20, CHI)
    b2 = ("Hi Meg,\n\nMartin has a plant visit in Racine come up on Thursday, so I need to move your interview. "
          "He has Monday morning open - 9:30 to 10:30 - and I'm going to go ahead and send an updated invite "
          "for that. If Monday doesn't work let me know and we'll look at later in the week.\n\nSorry for the "
          "shuffle!\nJolene")
    m2 = mail(f"{coord[0]} <{coord[1]}>", f"{ME_NAME} <{ME}>", "Need to move Thursday's interview", t2,
              delivered_to=ME, body=b2)
    t3 = dt(2026, 3, 30, 11, 26, CHI)
    n2 = "Updated: moved to Monday at Martin's request. Same Teams link."
    ics2 = calendar("REQUEST", [vevent(uid, subj, s1, e1, "Central Standard Time", coord,
                                       [att(ME_NAME, ME), att(ctl[0], ctl[1])], t3, seq=1,
                                       desc=d(s1, e1, n2), location="Microsoft Teams Meeting",
                                       teams=teams_url(44))], ("Central Standard Time",))
    m3 = mail(f"{coord[0]} <{coord[1]}>", f"{ME_NAME} <{ME}>; {ctl[0]} <{ctl[1]}>", "Updated: " + subj, t3,
              delivered_to=ME, body=d(s1, e1, n2), html=html_of(d(s1, e1, n2)), cal=ics2,
              cal_method="REQUEST", exchange=True)
    case("04-exchange-update-sequence-moves-time",
         [("01-invite.eml", m1), ("02-coordinator-moving-it.eml", m2), ("03-updated-invite.eml", m3)],
         lab(ME, [iv(co, "FP&A Manager (Corporate)", s1, e1, "scheduled", [ctl[1]], [ctl[1]],
                     "hiring_manager")], "medium", "positive/reschedule-sequence",
             "Invite for Thu Apr 2 2pm CDT, coordinator e-mail, then 'Updated:' Exchange invite SEQUENCE 1 "
             "moving it to Mon Apr 6 9:30-10:30 CDT (same UID). Final time wins."))


# ---- 05: Exchange cancellation METHOD:CANCEL / STATUS:CANCELLED
def c05():
    co, dom = "Greywater Casualty", "greywatercasualty.example"
    vp = ("Bernard Okafor", f"bokafor@{dom}")
    start, end = dt(2026, 4, 14, 15, 0, CHI), dt(2026, 4, 14, 15, 45, CHI)
    subj = "Interview: FP&A Manager - Meg Tollefson"
    uid = "040000008200E00074C5B7101A82E00800000000F1E2D3C4B5CADC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789"
    t1 = dt(2026, 4, 7, 9, 14, CHI)
    d1 = (f"When: {when_line(start, end, LBL_CT)}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
          "Meg,\n\nThanks for making time. I'd like to use the 45 minutes to talk through how you'd build out "
          "the reserve-driven forecast and what you'd change in our monthly close-to-forecast cadence.\n\n"
          "Bernard Okafor\nVP, Finance | Greywater Casualty\n801 Grand Ave, Des Moines, IA 50309\n"
          "515-555-0140\n\n" + teams_block(55, "290 771 436 120", "Lm8sD3"))
    ics1 = calendar("REQUEST", [vevent(uid, subj, start, end, "Central Standard Time", vp, [att(ME_NAME, ME)],
                                       t1, desc=d1, location="Microsoft Teams Meeting", teams=teams_url(55))],
                    ("Central Standard Time",))
    m1 = mail(f"{vp[0]} <{vp[1]}>", f"{ME_NAME} <{ME}>", subj, t1, delivered_to=ME, body=d1, html=html_of(d1),
              cal=ics1, cal_method="REQUEST", exchange=True)
    t2 = dt(2026, 4, 10, 16, 2, CHI)
    d2 = (f"When: {when_line(start, end, LBL_CT)}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
          "Meg - I'm sorry to do this. We've paused the search while we work through a reorganization of "
          "the finance team, so I'm cancelling Tuesday. Our recruiter will be in touch if the role reopens.\n\n"
          "Bernard")
    ics2 = calendar("CANCEL", [vevent(uid, "Canceled: " + subj, start, end, "Central Standard Time", vp,
                                      [att(ME_NAME, ME)], t2, seq=1, status="CANCELLED", desc=d2,
                                      location="Microsoft Teams Meeting")], ("Central Standard Time",))
    m2 = mail(f"{vp[0]} <{vp[1]}>", f"{ME_NAME} <{ME}>", "Canceled: " + subj, t2, delivered_to=ME, body=d2,
              html=html_of(d2), cal=ics2, cal_method="CANCEL", exchange=True,
              extra_headers=[("Importance", "high")])
    case("05-exchange-method-cancel",
         [("01-invite.eml", m1), ("02-canceled.eml", m2)],
         lab(ME, [iv(co, "FP&A Manager", start, end, "cancelled", [vp[1]], [vp[1]], "hiring_manager")],
             "easy", "positive/cancellation-exchange",
             "Exchange invite from the VP Finance, then 'Canceled:' with METHOD:CANCEL + STATUS:CANCELLED, "
             "SEQUENCE 1 (search paused). Cancelled at Tue Apr 14 3:00-3:45 PM CDT."))


# ---- 06: Teams 'Meeting update' that only changes the link, plus her Accepted reply
def c06():
    co, dom = "Ridgeport Trust", "ridgeporttrust.example"
    coord = ("Keisha Lindqvist", f"klindqvist@{dom}")
    intv = ("Samuel Ferreira-Hoyt", f"sferreirahoyt@{dom}")
    start, end = dt(2026, 4, 21, 11, 0, NYC), dt(2026, 4, 21, 12, 0, NYC)
    subj = "Ridgeport Trust | Modeling Exercise - Meg Tollefson (Manager, Capital Planning & Analysis)"
    uid = "040000008200E00074C5B7101A82E0080000000019A8B7C6D5CBDC010000000000000000100000005A6B7C8D9E0F1A2B3C4D5E6F7A8B9C0D"
    t1 = dt(2026, 4, 13, 13, 30, NYC)
    note = ("Hello Meg,\n\nPlease find the invitation for your live Excel modeling exercise with Samuel "
            "Ferreira-Hoyt, Senior Manager, Capital Planning. Samuel will share a small dataset at the start; "
            "please have Excel ready and be prepared to share your screen. I will not be on the call.\n\n"
            "Kind regards,\nKeisha Lindqvist | Recruiting Coordinator\nRidgeport Trust | 390 Park Avenue, "
            "New York, NY 10022 | +1 212 555 0186")
    d1 = (f"When: {when_line(start, end, LBL_ET)}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
          + note + "\n\n" + teams_block(66, "265 904 112 738", "Rt5vN1"))
    ev = lambda seq, d, turl, stamp: vevent(uid, subj, start, end, "Eastern Standard Time", coord,
                                            [att(ME_NAME, ME), att(intv[0], intv[1], "ACCEPTED")], stamp,
                                            seq=seq, desc=d, location="Microsoft Teams Meeting", teams=turl)
    m1 = mail(f"{coord[0]} <{coord[1]}>", f"{ME_NAME} <{ME}>; {intv[0]} <{intv[1]}>", subj, t1,
              delivered_to=ME, body=d1, html=html_of(d1),
              cal=calendar("REQUEST", [ev(0, d1, teams_url(66), t1)], ("Eastern Standard Time",)),
              cal_method="REQUEST", exchange=True)
    t2 = dt(2026, 4, 13, 12, 58, CHI)
    m2 = mail(f"{ME_NAME} <{ME}>", f"{coord[0]} <{coord[1]}>", "Accepted: " + subj, t2, body="",
              cal=reply_ics(uid, subj, start, end, "Eastern Standard Time", coord, ME_NAME, ME, "ACCEPTED", t2),
              cal_method="REPLY", exchange=True, in_reply_to=mid_of(m1))
    t3 = dt(2026, 4, 20, 17, 12, NYC)
    d3 = ("This meeting has been updated. The Microsoft Teams meeting link has changed; the date and time "
          "are unchanged.\n\n" + f"When: {when_line(start, end, LBL_ET)}\nWhere: Microsoft Teams Meeting\n\n"
          "*~*~*~*~*~*~*~*~*~*\n\n" + note + "\n\n" + teams_block(67, "281 330 647 915", "Kx2bW7"))
    m3 = mail(f"{coord[0]} <{coord[1]}>", f"{ME_NAME} <{ME}>; {intv[0]} <{intv[1]}>", subj, t3,
              delivered_to=ME, body=d3, html=html_of(d3),
              cal=calendar("REQUEST", [ev(1, d3, teams_url(67), t3)], ("Eastern Standard Time",)),
              cal_method="REQUEST", exchange=True)
    case("06-teams-meeting-update-link-only",
         [("01-invite.eml", m1), ("02-accepted.eml", m2), ("03-meeting-update-new-link.eml", m3)],
         lab(ME, [iv(co, "Manager, Capital Planning & Analysis", start, end, "scheduled", [intv[1]], [intv[1]],
                     "technical")], "medium", "positive/teams-update-link-only",
             "Coordinator's invite, her 'Accepted:' reply, then a SEQUENCE 1 update that only swaps the Teams "
             "link (same time). One interview; coordinator not an interviewer."))


# ---- 07: onsite day sent as three invites + itinerary, room resource attendee
def c07():
    co, dom = "Fennimore Outfitters", "fennimoreoutfitters.example"
    coord = ("Tamsin Oyelaran", f"toyelaran@{dom}")
    p = {"g": ("Gustavo Lindahl", f"glindahl@{dom}"), "h": ("Heather Nygaard", f"hnygaard@{dom}"),
         "p": ("Philip Sorensen", f"psorensen@{dom}"), "l": ("Lucia Marquez", f"lmarquez@{dom}")}
    room = ("HQ-5-Boundary Waters (12)", f"hq5-boundarywaters@{dom}")
    day = (2026, 4, 28)
    sl = [(9, 0, 9, 45, ["g"], "Controllership conversation"),
          (10, 0, 10, 45, ["h"], "FP&A deep dive"),
          (11, 0, 12, 0, ["p", "l"], "Case presentation")]
    t0 = dt(2026, 4, 20, 14, 35, CHI)
    itin = ("Hi Meg,\n\nWe're excited to host you at our headquarters in St. Paul next Tuesday, April 28 for the "
            "Senior Manager, FP&A onsite! Here's the plan:\n\n"
            "  9:00 - 9:45   Gustavo Lindahl, Corporate Controller\n"
            "  10:00 - 10:45  Heather Nygaard, Director of FP&A (hiring manager)\n"
            "  11:00 - noon   Case presentation to Philip Sorensen (CFO) and Lucia Marquez (Sr. Manager, "
            "Retail Finance)\n\n"
            "All sessions are in Boundary Waters on 5. Please check in with security in the lobby at 8:45 - I'll "
            "meet you there and walk you out at noon. Parking is in the ramp on Wabasha; bring the ticket up "
            "for validation. You'll get three calendar holds from me shortly.\n\n"
            "Tamsin Oyelaran\nRecruiting Coordinator | Fennimore Outfitters\n"
            "444 Cedar St, St. Paul, MN 55101 | 651-555-0191")
    items = [("01-onsite-itinerary.eml", mail(f"{coord[0]} <{coord[1]}>", f"{ME_NAME} <{ME}>",
                                              "Your onsite on Tuesday 4/28 - itinerary", t0, delivered_to=ME,
                                              body=itin, html=html_of(itin), html_cte="base64"))]
    for i, (h1, m1_, h2, m2_, who, title) in enumerate(sl):
        s, e = dt(*day, h1, m1_, CHI), dt(*day, h2, m2_, CHI)
        ts = t0 + timedelta(minutes=6 + i)
        subj = f"Onsite: Meg Tollefson - {title} ({', '.join(p[k][0] for k in who)})"
        uid = f"040000008200E00074C5B7101A82E00800000000C0FFEE{i:02d}D0CDDC0100000000000000001000000077{i:02d}AB12CD34EF56"
        d = (f"When: {when_line(s, e, LBL_CT)}\nWhere: HQ-5-Boundary Waters (12)\n\n*~*~*~*~*~*~*~*~*~*\n\n"
             f"Onsite interview session {i + 1} of 3 for the Senior Manager, FP&A role.")
        ics = calendar("REQUEST", [vevent(uid, subj, s, e, "Central Standard Time", coord,
                                          [att(ME_NAME, ME)] + [att(p[k][0], p[k][1]) for k in who]
                                          + [att(room[0], room[1], "ACCEPTED", resource=True)], ts,
                                          desc=d, location=room[0])], ("Central Standard Time",))
        to = "; ".join([f"{ME_NAME} <{ME}>"] + [f"{p[k][0]} <{p[k][1]}>" for k in who] + [f"{room[0]} <{room[1]}>"])
        items.append((f"{i + 2:02d}-invite-{title.lower().replace('&', '').replace(' ', '-')}.eml",
                      mail(f"{coord[0]} <{coord[1]}>", to, subj, ts, delivered_to=ME, body=d, html=html_of(d),
                           cal=ics, cal_method="REQUEST", exchange=True)))
    ivs = [p[k][1] for k in ("g", "h", "p", "l")]
    case("07-onsite-three-invites-room-resource", items,
         lab(ME, [iv(co, "Senior Manager, FP&A", dt(*day, 9, 0, CHI), dt(*day, 12, 0, CHI), "scheduled", ivs,
                     ivs, "onsite")], "hard", "positive/onsite-multi-invite",
             "Itinerary (base64 HTML) + three back-to-back Exchange invites on Tue Apr 28 with a room mailbox "
             "as CUTYPE=RESOURCE attendee; ONE onsite 9:00-12:00 CDT with four interviewers; the room and the "
             "coordinator are not interviewers."))


# ---- 08: HTML-only mail; invite DESCRIPTION only as X-ALT-DESC (HTML)
def c08():
    co, dom = "Maplecrest Assurance", "maplecrestassurance.example"
    rec = ("Noor Haddad", f"nhaddad@{dom}")
    start, end = dt(2026, 5, 5, 10, 0, TOR), dt(2026, 5, 5, 10, 30, TOR)
    t1 = dt(2026, 4, 29, 15, 41, TOR)
    subj = "Phone Screen: Meg Tollefson / Manager, FP&A - Canadian P&C"
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
            "<div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">"
            f"<p>When: {when_line(start, end, LBL_ET)}<br>Where: Phone - Noor will call you</p>"
            "<p>*~*~*~*~*~*~*~*~*~*</p>"
            "<p>Hi Meg,</p><p>As promised, here&#8217;s a 30&#8209;minute hold for our initial conversation about "
            "the <b>Manager, FP&amp;A &#8211; Canadian P&amp;C</b> role. I&#8217;ll call you on "
            "<b>612&#8209;555&#8209;0148</b> at 10 a.m. Eastern (9 a.m. in Minneapolis).</p>"
            "<p>We&#8217;ll cover your background, the IFRS&nbsp;17 reporting changes the team has gone through, "
            "and compensation expectations in CAD.</p>"
            "<p>Noor Haddad<br>Senior Talent Partner, Corporate Functions<br>Maplecrest Assurance<br>"
            "18 York St, Toronto, ON M5J 2T8<br>T 416-555-0104</p></div></body></html>")
    uid = "040000008200E00074C5B7101A82E0080000000055AA66BB77CCDC0100000000000000001000000099DD88EE77FF66AA55BB44CC33DD22EE"
    ics = calendar("REQUEST", [vevent(uid, subj, start, end, "Eastern Standard Time", rec, [att(ME_NAME, ME)],
                                      t1, desc=None, alt_html=html, location="Phone - Noor will call you")],
                   ("Eastern Standard Time",))
    m1 = mail(f"{rec[0]} <{rec[1]}>", f"{ME_NAME} <{ME}>", subj, t1, delivered_to=ME, html=html,
              html_cte="quoted-printable", cal=ics, cal_method="REQUEST", exchange=True)
    case("08-html-only-x-alt-desc-phone-screen", [("01-phone-screen-invite.eml", m1)],
         lab(ME, [iv(co, "Manager, FP&A - Canadian P&C", start, end, "scheduled", [rec[1]], [rec[1]],
                     "phone_screen")], "hard", "positive/html-only-x-alt-desc",
             "HTML-only e-mail (no text/plain) + calendar part whose VEVENT has no DESCRIPTION, only "
             "X-ALT-DESC;FMTTYPE=text/html. Recruiter does the phone screen; Tue May 5 10:00-10:30 EDT."))


# ---- 09: two interviews: recruiter screen 'Thu 3/12 @ 4:30p PST' (really PDT) + HM invite
def c09():
    co, dom = "Corliss Agricultural Equipment", "corlissag.example"
    rec = ("Brynn Castellanos", f"bcastellanos@{dom}")
    hmgr = ("Dale Fischbach", f"dfischbach@{dom}")
    s1, e1 = dt(2026, 3, 12, 16, 30, LAX), dt(2026, 3, 12, 17, 0, LAX)
    s2, e2 = dt(2026, 3, 20, 13, 0, CHI), dt(2026, 3, 20, 14, 0, CHI)
    t1 = dt(2026, 3, 9, 12, 4, LAX)
    b1 = ("Hi Meg,\n\nThanks for applying to the Manager, Global FP&A position at Corliss. I'd love to set up a "
          "quick 30 min phone screen - could you do Thu 3/12 @ 4:30p PST? I know that's late in the day for you "
          "in Minnesota, sorry! I'm on the West Coast and my calendar is packed until then.\n\n"
          "Brynn Castellanos\nSr. Recruiter (remote - Portland, OR)\nCorliss Agricultural Equipment\n"
          "503-555-0127")
    m1 = mail(f"{rec[0]} <{rec[1]}>", f"{ME_NAME} <{ME}>", "Corliss - Manager, Global FP&A", t1,
              delivered_to=ME, body=b1)
    t2 = dt(2026, 3, 9, 15, 22, CHI)
    b2 = ("Hi Brynn,\n\nThursday works - that's 6:30 Central for me, no problem at all. Best number is "
          "612-555-0148.\n\nThanks,\nMeg\n\n"
          f"On Mon, Mar 9, 2026 at 12:04 PM {rec[0]} <{rec[1]}> wrote:\n> Hi Meg,\n>\n> Thanks for applying to "
          "the Manager, Global FP&A position at Corliss. I'd love to set up a\n> quick 30 min phone screen - "
          "could you do Thu 3/12 @ 4:30p PST?")
    m2 = mail(f"{ME_NAME} <{ME}>", f"{rec[0]} <{rec[1]}>", "Re: Corliss - Manager, Global FP&A", t2,
              delivered_to=ME, body=b2, in_reply_to=mid_of(m1))
    t3 = dt(2026, 3, 9, 13, 40, LAX)
    b3 = "Perfect - talk to you Thursday! I'll call you.\n\nBrynn"
    m3 = mail(f"{rec[0]} <{rec[1]}>", f"{ME_NAME} <{ME}>", "Re: Corliss - Manager, Global FP&A", t3,
              delivered_to=ME, body=b3, in_reply_to=mid_of(m2), references=f"{mid_of(m1)} {mid_of(m2)}")
    t4 = dt(2026, 3, 16, 8, 15, CHI)
    subj = "Video Interview - Meg Tollefson / Manager, Global FP&A"
    uid = "040000008200E00074C5B7101A82E00800000000E7E6E5E4E3CDDC0100000000000000001000000012EF34CD56AB7890FEDCBA0987654321"
    d4 = (f"When: {when_line(s2, e2, LBL_CT)}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
          "Meg - Brynn passed along great feedback from your call. Looking forward to meeting you Friday.\n\n"
          "Dale Fischbach\nDirector, Global FP&A\nCorliss Agricultural Equipment | 1 Corliss Way, Moline, IL "
          "61265\n\n" + teams_block(99, "256 448 190 302", "Yh6cT4"))
    ics = calendar("REQUEST", [vevent(uid, subj, s2, e2, "Central Standard Time", hmgr,
                                      [att(ME_NAME, ME), att(rec[0], rec[1], role="OPT-PARTICIPANT")], t4,
                                      desc=d4, location="Microsoft Teams Meeting", teams=teams_url(99))],
                   ("Central Standard Time",))
    m4 = mail(f"{hmgr[0]} <{hmgr[1]}>", f"{ME_NAME} <{ME}>", subj, t4, delivered_to=ME, cc=f"{rec[0]} <{rec[1]}>",
              body=d4, html=html_of(d4), cal=ics, cal_method="REQUEST", exchange=True)
    case("09-two-interviews-pst-screen-then-hm",
         [("01-recruiter-asks-pst.eml", m1), ("02-meg-confirms-central.eml", m2), ("03-recruiter-ok.eml", m3),
          ("04-hm-video-interview-invite.eml", m4)],
         lab(ME, [iv(co, "Manager, Global FP&A", s1, e1, "scheduled", [rec[1]], [rec[1]], "phone_screen"),
                  iv(co, "Manager, Global FP&A", s2, e2, "scheduled", [hmgr[1]], [hmgr[1]], "hiring_manager")],
             "hard", "positive/two-interviews",
             "Recruiter writes 'Thu 3/12 @ 4:30p PST' four days after US DST; Meg confirms '6:30 Central' -> "
             "Pacific daylight time (16:30-07:00). Then a separate hiring-manager Teams invite Fri Mar 20 1-2pm CDT."))


# ---- 10: recruiter thread, Outlook for Mac reply with quoted header block, 'half past ten', QP
def c10():
    co, dom = "Wexford Commerce Bank", "wexfordcommerce.example"
    rec = ("Corinne Szabo", f"cszabo@{dom}")
    start, end = dt(2026, 3, 23, 10, 30, CHI), dt(2026, 3, 23, 11, 0, CHI)
    sig = ("Corinne Szabo\nSenior Recruiter, Finance & Risk\nWexford Commerce Bank\n111 S. Wacker Dr., Suite "
           "4100 | Chicago, IL 60606\nD: 312-555-0153 | M: 773-555-0108\n\nThis message may contain "
           "confidential information. If you are not the intended recipient, please delete it.")
    t1 = dt(2026, 3, 18, 16, 10, CHI)
    b1 = ("Hi Meg,\n\nThank you for your interest in the Manager, Financial Planning & Analysis - Commercial "
          "Banking opening. I'd like to set up a 30-minute introductory call to learn more about your "
          "background and walk you through the role.\n\nWould either of these work (Central)?\n"
          "  - Monday 3/23 at 10:30 AM\n  - Tuesday 3/24 at 2:00 PM\n\nBest regards,\n" + sig)
    m1 = mail(f"{rec[0]} <{rec[1]}>", f"{ME_NAME} <{ME}>", "Wexford Commerce Bank - Introductory Call", t1,
              delivered_to=ME, body=b1, body_cte="quoted-printable", exchange=True)
    t2 = dt(2026, 3, 19, 7, 48, CHI)
    b2 = ("Good morning Corinne,\n\nThank you for reaching out! Monday at 10:30 works best for me. My cell is "
          "612-555-0148.\n\nBest,\nMeg\n\n"
          f"From: {rec[0]} <{rec[1]}>\nDate: Wednesday, March 18, 2026 at 4:10 PM\nTo: {ME_NAME} <{ME}>\n"
          "Subject: Wexford Commerce Bank - Introductory Call\n\n" + b1)
    m2 = mail(f"{ME_NAME} <{ME}>", f"{rec[0]} <{rec[1]}>", "Re: Wexford Commerce Bank - Introductory Call", t2,
              delivered_to=ME, body=b2, body_cte="quoted-printable", in_reply_to=mid_of(m1),
              mailer="Microsoft Outlook for Mac 16.95 (26031512)",
              extra_headers=[("Thread-Topic", "Wexford Commerce Bank - Introductory Call")])
    t3 = dt(2026, 3, 19, 9, 2, CHI)
    b3 = ("Perfect - you're all set for Monday at half past ten. I'll give you a ring on your cell; plan on "
          "about 30 minutes.\n\nThanks,\n" + sig + "\n\n" + "-----Original Message-----\n"
          f"From: {ME_NAME} <{ME}>\nSent: Thursday, March 19, 2026 7:48 AM\nTo: {rec[0]} <{rec[1]}>\n"
          "Subject: Re: Wexford Commerce Bank - Introductory Call\n\nGood morning Corinne,\n\nThank you for "
          "reaching out! Monday at 10:30 works best for me.")
    m3 = mail(f"{rec[0]} <{rec[1]}>", f"{ME_NAME} <{ME}>", "RE: Wexford Commerce Bank - Introductory Call", t3,
              delivered_to=ME, body=b3, body_cte="quoted-printable", in_reply_to=mid_of(m2),
              references=f"{mid_of(m1)} {mid_of(m2)}", exchange=True)
    case("10-thread-outlook-mac-half-past-ten",
         [("01-recruiter-proposes.eml", m1), ("02-meg-picks-monday-outlook-mac.eml", m2),
          ("03-recruiter-confirms.eml", m3)],
         lab(ME, [iv(co, "Manager, Financial Planning & Analysis - Commercial Banking", start, end, "scheduled",
                     [rec[1]], [rec[1]], "phone_screen")], "medium", "positive/thread-propose-confirm",
             "Recruiter proposes two slots, Meg picks Monday 10:30 from Outlook for Mac (quoted header block), "
             "recruiter confirms 'Monday at half past ten', ~30 min. QP bodies, long signatures with phones."))


# ---- 11: Toronto bank, London interviewer during the UK/US DST gap; Calendar API event
def c11():
    co, dom = "Harbourfront Capital Bank", "harbourfrontcapital.example"
    rec = ("Mireille Fontaine", f"mfontaine@{dom}")
    intv = ("Callum Whitlock", f"cwhitlock@{dom}")
    start, end = dt(2026, 3, 24, 14, 0, LON), dt(2026, 3, 24, 15, 0, LON)
    t1 = dt(2026, 3, 13, 11, 25, TOR)
    b1 = ("Hi Meg,\n\nGood news - Callum Whitlock, Head of Treasury & Balance Sheet Planning, would like to meet "
          "you for the Manager, Treasury FP&A role. Callum sits in our London office and has offered 14:00 "
          "London time on Tuesday 24 March for an hour. The UK doesn't change its clocks until the 29th, so "
          "that's 10:00 here in Toronto and 9:00 for you in Minneapolis (14h London / 10h Toronto / 9h Minneapolis, "
          "one hour).\n\nI've sent a Google Calendar "
          "invitation with the Meet link; please accept it there.\n\nMerci,\nMireille Fontaine\nTalent "
          "Acquisition, Harbourfront Capital Bank\n100 Queens Quay E, Toronto ON | 647-555-0170")
    m1 = mail(f"{rec[0]} <{rec[1]}>", f"{ME_NAME} <{ME}>", "Interview with Callum Whitlock (London) - 24 March",
              t1, delivered_to=ME, body=b1, html=html_of(b1))
    ev = {
        "kind": "calendar#event", "etag": "\"3513370418223000\"", "id": "7hq2kd0vfm3c1u9a8r5tpx6bnc",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=N2hxMmtkMHZmbTNjMXU5YThyNXRweDZibmMgbWVn",
        "created": "2026-03-13T15:29:04.000Z", "updated": "2026-03-13T16:02:09.111Z",
        "summary": "Harbourfront Capital - Meg Tollefson / Callum Whitlock (Manager, Treasury FP&A)",
        "description": "Interview with Callum Whitlock, Head of Treasury & Balance Sheet Planning (London).\n"
                       "Coordinator: Mireille Fontaine (Toronto).",
        "creator": {"email": rec[1], "displayName": rec[0]},
        "organizer": {"email": rec[1], "displayName": rec[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "Europe/London"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Europe/London"},
        "iCalUID": "7hq2kd0vfm3c1u9a8r5tpx6bnc@google.com", "sequence": 0,
        "attendees": [
            {"email": rec[1], "displayName": rec[0], "organizer": True, "responseStatus": "accepted"},
            {"email": intv[1], "displayName": intv[0], "responseStatus": "accepted"},
            {"email": ME, "displayName": ME_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.google.com/vke-qrtm-zpa",
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    case("11-london-interviewer-dst-gap-gcal",
         [("01-recruiter-email.eml", m1), ("02-calendar-event.gcal.json", json.dumps(ev, indent=2) + "\n")],
         lab(ME, [iv(co, "Manager, Treasury FP&A", start, end, "scheduled", [intv[1]], [intv[1]],
                     "hiring_manager")], "medium", "positive/dst-gap-gcal-json",
             "Toronto bank, London interviewer on Mar 24 (UK on GMT, Toronto/Chicago already on DST): 14:00 "
             "London = 10:00 Toronto = 9:00 Minneapolis; plus the Calendar API event (Europe/London)."))


# ---- 12: ATS (iCIMS-style) confirmation with .ics, candidate withdraws -> cancelled
def c12():
    co, dom = "Stellan Tool Works", "stellantool.example"
    rec = ("Gwen Kowalczyk", f"gkowalczyk@{dom}")
    intv = ("Raymond Petrakis", f"rpetrakis@{dom}")
    start, end = dt(2026, 4, 15, 14, 0, NYC), dt(2026, 4, 15, 15, 0, NYC)
    t1 = dt(2026, 4, 6, 10, 2, NYC)
    b1 = ("Dear Meg,\n\nYour interview for the position of FP&A Manager - Industrial Segment (Req 2026-0417) "
          "has been scheduled.\n\nDate: Wednesday, April 15, 2026\nTime: 2:00 PM - 3:00 PM Eastern Time\n"
          "Interviewer: Raymond Petrakis, Segment Controller\nFormat: Video (Zoom) - "
          "https://stellantool.zoom.example/j/83150022417\n\nAn iCalendar file is attached so you can add this "
          "to your calendar. If you have questions, reply to this message to reach your recruiter, Gwen "
          "Kowalczyk.\n\nStellan Tool Works Talent Acquisition\n\nThis is an automated message from our "
          "applicant tracking system.")
    L = ["BEGIN:VEVENT", f"UID:icims-int-553120-{dom}", f"DTSTAMP:{t1.astimezone(UTC):%Y%m%dT%H%M%SZ}",
         f"DTSTART:{start.astimezone(UTC):%Y%m%dT%H%M%SZ}", f"DTEND:{end.astimezone(UTC):%Y%m%dT%H%M%SZ}",
         "SUMMARY:" + esc("Interview - Stellan Tool Works - FP&A Manager - Industrial Segment"),
         "DESCRIPTION:" + esc("Video interview with Raymond Petrakis. Join: https://stellantool.zoom.example/j/83150022417"),
         "LOCATION:" + esc("Zoom"), f"ORGANIZER;CN={rec[0]}:mailto:{rec[1]}",
         att(intv[0], intv[1], "ACCEPTED"), att(ME_NAME, ME), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT"]
    ics = calendar("PUBLISH", [L], (), prodid="-//iCIMS//Interview Scheduling//EN")
    m1 = mail("Stellan Tool Works Talent Acquisition <stellantool-noreply@talent.icims.example>",
              f"{ME_NAME} <{ME}>", "Interview Scheduled: FP&A Manager - Industrial Segment", t1, delivered_to=ME,
              reply_to=f"{rec[0]} <{rec[1]}>", body=b1, html=html_of(b1),
              attach=[("interview.ics", ics, "text", "calendar")])
    t2 = dt(2026, 4, 10, 20, 15, CHI)
    b2 = ("Hi Gwen,\n\nI wanted to let you know as early as possible: after a lot of thought, relocating to "
          "Cleveland isn't going to work for my family right now, so I'd like to withdraw from consideration "
          "for the FP&A Manager role. Please cancel Wednesday's interview with Raymond and pass along my "
          "apologies - I really appreciated everyone's time.\n\nBest regards,\n" + SIG_ME)
    m2 = mail(f"{ME_NAME} <{ME}>", f"{rec[0]} <{rec[1]}>",
              "Re: Interview Scheduled: FP&A Manager - Industrial Segment", t2, delivered_to=ME, body=b2,
              in_reply_to=mid_of(m1))
    t3 = dt(2026, 4, 13, 8, 31, NYC)
    b3 = ("Hi Meg,\n\nThank you for letting us know, and completely understood. I've removed the interview from "
          "Raymond's calendar. Best of luck - please keep us in mind if things change.\n\nGwen Kowalczyk\n"
          "Talent Acquisition Partner | Stellan Tool Works | 216-555-0135")
    m3 = mail(f"{rec[0]} <{rec[1]}>", f"{ME_NAME} <{ME}>",
              "RE: Interview Scheduled: FP&A Manager - Industrial Segment", t3, delivered_to=ME, body=b3,
              in_reply_to=mid_of(m2), references=f"{mid_of(m1)} {mid_of(m2)}")
    case("12-ats-ics-then-candidate-withdraws",
         [("01-ats-interview-scheduled.eml", m1), ("02-meg-withdraws.eml", m2), ("03-recruiter-ack.eml", m3)],
         lab(ME, [iv(co, "FP&A Manager - Industrial Segment", start, end, "cancelled", [intv[1]], [intv[1]],
                     "hiring_manager")], "medium", "positive/cancellation-withdrawal",
             "ATS (iCIMS-style no-reply, Reply-To recruiter) confirmation with a UTC .ics; the candidate "
             "withdraws and the recruiter confirms the interview was removed -> cancelled at Wed Apr 15 2-3pm EDT."))


# ---- 13: German parent company CFO, '15:00 Uhr (MESZ)' right after EU DST; standalone .ics; Tentative reply
def c13():
    co, dom = "Auerbach Antriebstechnik", "auerbach-antriebe.example"
    cfo = ("Dr. Katrin Vogelsang", f"k.vogelsang@{dom}")
    start, end = dt(2026, 3, 31, 15, 0, BER), dt(2026, 3, 31, 16, 0, BER)
    t1 = dt(2026, 3, 23, 17, 44, BER)
    b1 = ("Dear Ms. Tollefson,\n\nthank you for the good conversation with our US team in Schaumburg. As the "
          "role reports to me in Stuttgart, I would like to speak with you personally about the position Head "
          "of FP&A North America.\n\nWould Tuesday, 31 March, 15:00 Uhr (MESZ) suit you? That should be 8:00 "
          "in the morning for you in Minneapolis - our clocks change on Sunday 29 March, so from then on we are "
          "again seven hours apart. I'll send an Outlook appointment; we will use Teams.\n\n"
          "Mit freundlichen Grüßen / Kind regards\n\nDr. Katrin Vogelsang\nCFO\nAuerbach Antriebstechnik GmbH\n"
          "Heilbronner Straße 210, 70191 Stuttgart\nTel. +49 711 5550 2290")
    m1 = mail(f"{cfo[0]} <{cfo[1]}>", f"{ME_NAME} <{ME}>", "Gespräch / conversation - Head of FP&A North America",
              t1, delivered_to=ME, body=b1, body_cte="quoted-printable")
    subj = "Gespräch Meg Tollefson - Head of FP&A North America"
    uid = "040000008200E00074C5B7101A82E008000000003C4D5E6F7A8BDC0100000000000000001000000001F2E3D4C5B6A7980706050403020100"
    d = (f"Wann: Dienstag, 31. März 2026 15:00-16:00 {LBL_CET}.\nWo: Microsoft Teams-Besprechung\n\n"
         "*~*~*~*~*~*~*~*~*~*\n\nInterview with Dr. Katrin Vogelsang (CFO) - Head of FP&A North America.\n\n"
         + teams_block(13, "212 667 504 883", "Ge9qF5"))
    ev = vevent(uid, subj, start, end, "W. Europe Standard Time", cfo,
                [att(ME_NAME, ME), att(cfo[0], cfo[1], "ACCEPTED")], t1 + timedelta(minutes=9), desc=d,
                location="Microsoft Teams-Besprechung", teams=teams_url(13), lang=False)
    ics = calendar("PUBLISH", [ev], ("W. Europe Standard Time",),
                   prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    t3 = dt(2026, 3, 24, 7, 5, CHI)
    rep = reply_ics(uid, subj, start, end, "W. Europe Standard Time", cfo, ME_NAME, ME, "TENTATIVE", t3,
                    comment="Tentatively accepting - I'm moving a standing 8am call and will confirm by tomorrow.")
    m3 = mail(f"{ME_NAME} <{ME}>", f"{cfo[0]} <{cfo[1]}>", "Tentative: " + subj, t3,
              body="Tentatively accepting - I'm moving a standing 8am call and will confirm by tomorrow.\n",
              cal=rep, cal_method="REPLY", exchange=True)
    case("13-german-cfo-mesz-standalone-ics-tentative",
         [("01-cfo-email-15-uhr-mesz.eml", m1), ("02-gespraech.ics", ics), ("03-tentative-reply.eml", m3)],
         lab(ME, [iv(co, "Head of FP&A North America", start, end, "scheduled", [cfo[1]], [cfo[1]],
                     "hiring_manager")], "hard", "positive/germany-dst-standalone-ics",
             "German CFO proposes '31 March, 15:00 Uhr (MESZ)' = 8:00 CDT (two days after EU DST); saved "
             "Outlook .ics with TZID 'W. Europe Standard Time' and German 'Wann:' line; her 'Tentative:' reply "
             "(does not cancel)."))


# =========================================================================== NEGATIVES
def neg_invite(cid, fname, organizer, attendees_named, subj, start, end, stamp, note, label_notes, category,
               user=WORK, tzid="Central Standard Time", room=None, seed=0, extra_items=(), difficulty="hard",
               location="Microsoft Teams Meeting", label=LBL_CT):
    d = (f"When: {when_line(start.astimezone(WIN_TZ[tzid]), end.astimezone(WIN_TZ[tzid]), label)}\n"
         f"Where: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n" + note +
         ("\n\n" + teams_block(seed, f"2{seed:02d} 5{seed:02d} 41{seed % 10} 66{seed % 10}", f"Nq{seed}aX")
          if location.startswith("Microsoft Teams") else ""))
    atts = [att(n, e) for n, e in attendees_named]
    if room:
        atts.append(att(room[0], room[1], "ACCEPTED", resource=True))
    uid = f"040000008200E00074C5B7101A82E00800000000{seed:04d}ABCDDC010000000000000000100000{seed:04d}FACE0FF1CE{seed:06d}"
    ics = calendar("REQUEST", [vevent(uid, subj, start, end, tzid, organizer, atts, stamp, desc=d,
                                      location=location,
                                      teams=teams_url(seed) if location.startswith("Microsoft Teams") else None)],
                   (tzid,))
    to = "; ".join(f"{n} <{e}>" for n, e in attendees_named)
    m = mail(f"{organizer[0]} <{organizer[1]}>", to, subj, stamp, delivered_to=user, body=d, html=html_of(d),
             cal=ics, cal_method="REQUEST", exchange=True)
    case(cid, list(extra_items[:0]) + [(fname, m)] + list(extra_items),
         lab(user, [], difficulty, category, label_notes))


NS = "northstargrain.example"
MGR = ("Russell Eklund", f"reklund@{NS}")


# ---- 14: her current manager books a performance review
def n14():
    s, e = dt(2026, 3, 19, 14, 0, CHI), dt(2026, 3, 19, 15, 0, CHI)
    note = ("Meg - blocking an hour for your FY26 mid-year performance review. Please finish your "
            "self-assessment in Workday by Tuesday. This isn't an interview or anything formal - just a "
            "conversation about the year, your goals, and whether you'd like to be a candidate for the "
            "Senior Manager slot when we open it in the fall.\n\nRuss")
    neg_invite("14-neg-manager-performance-review", "01-mid-year-review-invite.eml", MGR,
               [("Meg Tollefson", WORK)], "Mid-Year Performance Review - Meg / Russ", s, e,
               dt(2026, 3, 11, 9, 30, CHI), note,
               "Current manager's Exchange invite for a performance review (mentions 'interview' and 'candidate'); "
               "work mailbox; room resource.", "negative/performance-review",
               room=("NS-3-Prairie (6)", f"ns3-prairie@{NS}"), seed=14, location="NS-3-Prairie (6)")


# ---- 15: quarterly business review with a vendor
def n15():
    s, e = dt(2026, 4, 16, 9, 0, CHI), dt(2026, 4, 16, 10, 30, CHI)
    org = ("Corinna Waltz", f"cwaltz@{NS}")
    note = ("Team - our Q1 QBR with Fieldhouse Analytics (our planning software vendor). Their account team "
            "will call in; Priyanka will present adoption metrics and the renewal schedule. Meg, please bring "
            "the list of open tickets and the candidates for the FY27 module rollout.\n\nCorinna Waltz\n"
            "Director, Finance Systems | Northstar Grain Cooperative")
    neg_invite("15-neg-quarterly-business-review", "01-qbr-invite.eml", org,
               [("Meg Tollefson", WORK), ("Priyanka Sethi", "psethi@fieldhouseanalytics.example"),
                ("Aaron Jurgens", "ajurgens@fieldhouseanalytics.example")],
               "Q1 Quarterly Business Review - Fieldhouse Analytics", s, e, dt(2026, 3, 30, 13, 5, CHI), note,
               "Vendor QBR Teams invite with external attendees and a room; 'call in', 'schedule', 'candidates'.",
               "negative/qbr", room=("NS-4-Harvest (16)", f"ns4-harvest@{NS}"), seed=15)


# ---- 16: lunch-and-learn on interviewing (she's a hiring manager)
def n16():
    s, e = dt(2026, 4, 9, 12, 0, CHI), dt(2026, 4, 9, 13, 0, CHI)
    org = ("Northstar People & Culture", f"peopleandculture@{NS}")
    note = ("Join us for April's Lunch & Learn: \"Structured Interviewing for Hiring Managers.\" Learn how to "
            "write an interview guide, score candidates consistently and avoid common bias traps before your "
            "next interview loop. Lunch from Brothers Deli will be provided in the Commons - please RSVP so "
            "we can order enough.\n\nPeople & Culture | Northstar Grain Cooperative")
    neg_invite("16-neg-lunch-and-learn-interviewing", "01-lunch-and-learn.eml", org,
               [("Finance People Leaders", f"dl-finance-leaders@{NS}")],
               "Lunch & Learn: Structured Interviewing for Hiring Managers", s, e, dt(2026, 3, 25, 10, 0, CHI),
               note, "HR training invite about interviewing candidates sent to a people-leader DL.",
               "negative/lunch-and-learn", room=("NS-1-Commons (60)", f"ns1-commons@{NS}"), seed=16,
               location="NS-1-Commons (60) / Microsoft Teams Meeting")


# ---- 17: Meeting Forward Notification for an internal interview debrief
def n17():
    t = dt(2026, 4, 6, 15, 47, CHI)
    s, e = dt(2026, 4, 8, 13, 0, CHI), dt(2026, 4, 8, 13, 30, CHI)
    body = ("Your meeting was forwarded\n\nKyle Brandvold <kbrandvold@northstargrain.example> has forwarded your "
            "meeting request to additional recipients.\n\n"
            "Meeting\nDebrief: Sr. Financial Analyst interviews (final candidates)\n\n"
            f"Meeting Time\n{when_line(s, e, LBL_CT)}\n\n"
            "Recipients\nInes Carvalho <icarvalho@northstargrain.example>\n\n"
            "All meeting recipients.")
    html = html_of(body)
    m = mail("Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@northstargrain.example>",
             f"Meg Tollefson <{WORK}>", "Meeting Forward Notification: Debrief: Sr. Financial Analyst interviews "
             "(final candidates)", t, delivered_to=WORK, body=body, html=html, exchange=True,
             extra_headers=[("X-MS-Exchange-Organization-SCL", "-1"),
                            ("X-MS-Exchange-Calendar-Originator-Id", "d3b8a7e2-5c41-4f0e-9d2a-71c6e5b0a8f3")])
    case("17-neg-meeting-forward-notification-debrief", [("01-meeting-forward-notification.eml", m)],
         lab(WORK, [], "hard", "negative/meeting-forward-notification",
             "Exchange 'Meeting Forward Notification' to Meg as organizer of an internal debrief about candidates "
             "SHE interviewed; no job interview for her."))


# ---- 18: budget meeting about 'candidates for cost cuts'
def n18():
    s, e = dt(2026, 4, 13, 15, 0, CHI), dt(2026, 4, 13, 16, 0, CHI)
    org = ("Victor Amundson-Ruiz", f"vamundsonruiz@{NS}")
    note = ("All - as discussed at staff, this session is to go line by line through FY27 opex and agree the "
            "candidates for cost cuts before the board pre-read. Please schedule 30 minutes with your teams "
            "beforehand and come with your top three. Meg will walk through the bridge.\n\nVictor\nChief of "
            "Staff to the CFO")
    neg_invite("18-neg-budget-candidates-for-cost-cuts", "01-opex-review-invite.eml", org,
               [("Meg Tollefson", WORK), ("Russell Eklund", MGR[1]), ("Corinna Waltz", f"cwaltz@{NS}")],
               "FY27 Opex Deep Dive - candidates for cost cuts", s, e, dt(2026, 4, 2, 8, 40, CHI), note,
               "Internal budget meeting invite: 'candidates for cost cuts', 'schedule 30 minutes'.",
               "negative/budget-meeting", seed=18)


# ---- 19: rejection after a final interview (base64 HTML)
def n19():
    t = dt(2026, 4, 22, 10, 18, CHI)
    html = ("<html><body style=\"font-family:Georgia,serif\"><p>Dear Meg,</p>"
            "<p>Thank you for taking the time to interview with our team for the <b>Manager, Financial Planning "
            "&amp; Analysis</b> role last Thursday. Everyone enjoyed meeting you.</p>"
            "<p>After careful consideration we have decided to move forward with another candidate whose "
            "experience more closely matches our immediate needs. This was a difficult decision.</p>"
            "<p>If it would be helpful, I'm happy to schedule a short call to share feedback from the panel - "
            "just reply with a couple of times that suit you.</p>"
            "<p>Warm regards,<br>Leah Brandstetter<br>Talent Acquisition | Oakhollow Mutual Insurance<br>"
            "1200 Harney St, Omaha, NE 68102 | 402-555-0166</p></body></html>")
    m = mail("Leah Brandstetter <lbrandstetter@oakhollowmutual.example>", f"{ME_NAME} <{ME}>",
             "Your application - Manager, FP&A", t, delivered_to=ME, html=html, html_cte="base64")
    case("19-neg-rejection-after-interview", [("01-rejection.eml", m)],
         lab(ME, [], "medium", "negative/rejection",
             "Rejection after a past interview (base64 HTML only); offers an unbooked feedback call."))


# ---- 20: offer call with an invite
def n20():
    co_dom = "prairiecrestbancorp.example"
    rec = ("Jenna Hollister", f"jhollister@{co_dom}")
    t1 = dt(2026, 5, 4, 16, 5, CHI)
    b1 = ("Hi Meg,\n\nI have great news - the team would like to extend you an offer for the Director of FP&A "
          "role! Are you free for a call tomorrow at noon Central so I can walk you through compensation, "
          "bonus and the start date? I'll send a Teams invite to hold the time.\n\nCongratulations!\nJenna\n\n"
          "Jenna Hollister | Talent Acquisition Manager\nPrairie Crest Bancorp | 225 S Main Ave, Sioux Falls, "
          "SD 57104 | 605-555-0121")
    m1 = mail(f"{rec[0]} <{rec[1]}>", f"{ME_NAME} <{ME}>", "Great news from Prairie Crest!", t1, delivered_to=ME,
              body=b1)
    s, e = dt(2026, 5, 5, 12, 0, CHI), dt(2026, 5, 5, 12, 30, CHI)
    note = "Offer discussion - Director of FP&A. Jenna will walk through the offer details; the written offer letter will follow."
    neg_invite("20-neg-offer-call-with-invite", "02-offer-discussion-invite.eml", rec, [(ME_NAME, ME)],
               "Offer Discussion - Meg Tollefson (Director of FP&A)", s, e, t1 + timedelta(minutes=7), note,
               "Recruiter e-mail + Exchange invite for an offer call (calls and invites, but an offer is not an "
               "interview).", "negative/offer-call", user=ME, seed=20, difficulty="hard")
    cid, items, label = CASES.pop()
    CASES.append((cid, [("01-offer-news.eml", m1)] + items, label))


# ---- 21: benefits enrollment session
def n21():
    s, e = dt(2026, 4, 23, 11, 0, CHI), dt(2026, 4, 23, 12, 0, CHI)
    org = ("Northstar Benefits Team", f"benefits@{NS}")
    note = ("Open enrollment for the 2026-27 plan year starts May 1. Join this virtual info session to hear "
            "about the new HSA match, the dental carrier change and how to add dependents. After the session "
            "you can schedule a 1:1 call with a Lockton benefits counselor.\n\nQuestions? benefits@"
            "northstargrain.example | 763-555-0100")
    neg_invite("21-neg-benefits-enrollment-session", "01-open-enrollment-session.eml", org,
               [("All Northstar Salaried Employees", f"dl-salaried@{NS}")],
               "Benefits Open Enrollment Info Session (Virtual)", s, e, dt(2026, 4, 14, 7, 30, CHI), note,
               "HR benefits webinar invite ('schedule a 1:1 call with a counselor').", "negative/benefits-session",
               seed=21, difficulty="medium")


# ---- 22: Meg is the interviewer for a candidate at her current job
def n22():
    s, e = dt(2026, 4, 2, 13, 0, CHI), dt(2026, 4, 2, 13, 45, CHI)
    org = ("Brianna Osei", f"bosei@{NS}")
    note = ("Hi Meg - thanks for covering the technical portion for Priya Raman (Senior Financial Analyst, "
            "req R-1182). Her resume and your scorecard are in Workday; please submit feedback within 24 hours. "
            "Priya will join via Teams.\n\nBrianna Osei | Talent Acquisition | Northstar Grain Cooperative")
    neg_invite("22-neg-meg-is-the-interviewer", "01-interview-invite-as-interviewer.eml", org,
               [("Meg Tollefson", WORK), ("Priya Raman", "priya.raman@mail.example")],
               "Interview: Priya Raman - Senior Financial Analyst", s, e, dt(2026, 3, 27, 10, 12, CHI), note,
               "Internal recruiter's Exchange invite where Meg interviews a candidate (subject 'Interview:').",
               "negative/user-is-interviewer", seed=22)


# =========================================================================== write
def write():
    for d in OUT.iterdir():
        if d.is_dir() and d.name.startswith(PREFIX):
            shutil.rmtree(d)
    labels = {}
    for cid, items, label in CASES:
        folder = OUT / cid
        folder.mkdir()
        for fname, obj in items:
            if isinstance(obj, EmailMessage):
                data = obj.as_bytes()
            elif isinstance(obj, str):
                data = obj.encode("utf-8")
            else:
                data = obj
            (folder / fname).write_bytes(data)
        labels[cid] = label
    with open(OUT / "labels.yaml", "w") as f:
        f.write("# Labels for blind125 (written blind). See /work/shared/eval/README.md for the schema.\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110)


if __name__ == "__main__":
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
               n14, n15, n16, n17, n18, n19, n20, n21, n22):
        fn()
    write()
    print(f"wrote {len(CASES)} cases")
