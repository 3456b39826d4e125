#!/usr/bin/env python3
"""Deterministic generator for the blind35 interview-detection set.

Rewrites every b35-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All people, companies and domains are invented.
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
OWNER_NAME = "Imogen Castellanos"
OWNER = "imogen.castellanos@example.com"
OWNER_FMT = f"{OWNER_NAME} <{OWNER}>"
UTC = timezone.utc


def T(y, mo, d, h, mi, tz, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=ZoneInfo(tz))


def iso(dt):
    return dt.isoformat() if dt is not None else None


def utcs(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def hid(*parts, n=24):
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n]


# ----------------------------------------------------------------- iCalendar
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
            .replace("\n", "\\n"))


def vtz_rules(tzid, std, dst, std_rule="BYDAY=1SU;BYMONTH=11", dst_rule="BYDAY=2SU;BYMONTH=3"):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}",
            f"TZOFFSETTO:{std}", f"RRULE:FREQ=YEARLY;INTERVAL=1;{std_rule}", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}",
            f"TZOFFSETTO:{dst}", f"RRULE:FREQ=YEARLY;INTERVAL=1;{dst_rule}", "END:DAYLIGHT",
            "END:VTIMEZONE"]


VTZ_WIN_PACIFIC = vtz_rules("Pacific Standard Time", "-0800", "-0700")
VTZ_WIN_CENTRAL = vtz_rules("Central Standard Time", "-0600", "-0500")
VTZ_DENVER = vtz_rules("America/Denver", "-0700", "-0600")
VTZ_TORONTO = vtz_rules("America/Toronto", "-0500", "-0400")
VTZ_SAO_PAULO = ["BEGIN:VTIMEZONE", "TZID:America/Sao_Paulo", "BEGIN:STANDARD",
                 "DTSTART:19700101T000000", "TZOFFSETFROM:-0300", "TZOFFSETTO:-0300",
                 "TZNAME:-03", "END:STANDARD", "END:VTIMEZONE"]


def calendar(method, prodid, events, vtimezones=()):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0"]
    if method:
        lines.append(f"METHOD:{method}")
    lines.append("CALSCALE:GREGORIAN")
    for tz in vtimezones:
        lines += tz
    for ev in events:
        lines += ["BEGIN:VEVENT"] + ev + ["END:VEVENT"]
    lines.append("END:VCALENDAR")
    return "".join(fold(l) + "\r\n" for l in lines)


def att(email, name, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION"):
    return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;"
            f"CN={name}:mailto:{email}")


# --------------------------------------------------------------------- e-mail
def received(host, ip, dt):
    return (f"from {host} ({host} [{ip}]) by mx2.example.com with ESMTPS id "
            f"{hid(host, dt, n=12)} for <{OWNER}>; {format_datetime(dt)}")


def mkmsg(headers, plain=None, html=None, plain_cte="quoted-printable",
          html_cte="quoted-printable", cal=None, cal_method="REQUEST", cal_cte="base64",
          attachments=()):
    m = EmailMessage()
    late = [(k, v) for k, v in headers if k.lower().startswith("content-")]
    for k, v in headers:
        if (k, v) not in late:
            m[k] = v
    if plain is not None:
        m.set_content(plain, subtype="plain", charset="utf-8", cte=plain_cte)
        if html is not None:
            m.add_alternative(html, subtype="html", charset="utf-8", cte=html_cte)
    elif html is not None:
        m.set_content(html, subtype="html", charset="utf-8", cte=html_cte)
    if cal is not None:
        m.add_alternative(cal.encode("utf-8"), maintype="text", subtype="calendar",
                          cte=cal_cte, params={"charset": "UTF-8", "method": cal_method})
    for data, maintype, subtype, filename in attachments:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    for k, v in late:  # set_content() drops Content-* headers, so add them afterwards
        m[k] = v
    return m


def std_headers(sent, frm, to, subject, recv_host, recv_ip, delay=3, extra=(),
                delivered=None, msgid_dom="mail.example"):
    dt_recv = sent + timedelta(seconds=delay)
    h = [("Delivered-To", delivered or OWNER),
         ("Received", received(recv_host, recv_ip, dt_recv)),
         ("Date", format_datetime(sent)),
         ("From", frm), ("To", to), ("Subject", subject),
         ("Message-ID", f"<{hid(frm, subject, sent)}@{msgid_dom}>")]
    h += list(extra)
    return h


def html_wrap(body_html, font="Arial,Helvetica,sans-serif"):
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head><body><div style="font-family:{font};font-size:14px">{body_html}'
            f'</div></body></html>\n')


def p2h(text):
    """plain text -> simple html paragraphs"""
    import html as _h
    paras = text.strip("\n").split("\n\n")
    return "".join("<p>" + _h.escape(p).replace("\n", "<br>") + "</p>\n" for p in paras)


def google_invite(*, sent, org_name, org_email, title, start, end, tzlabel, when_line,
                  attendees, description, uid, meet, subj_when, seq=0, status="CONFIRMED"):
    """Google Calendar invitation e-mail (multipart/mixed) -> EmailMessage."""
    guests = [f"{org_name} - organizer\n{org_email}"] + [
        (f"{n}\n{e}" if n != e else e) for n, e in attendees if e != org_email]
    plain = (f"{title}\n{when_line}\n{tzlabel}\n\nJoin with Google Meet\nhttps://{meet}\n\n"
             f"Organizer\n{org_name}\n{org_email}\n\nGuests\n" + "\n".join(guests) + "\n\n" +
             (description + "\n\n" if description else "") +
             f"Reply for {OWNER} and view more details https://calendar.google.com/calendar/"
             f"event?action=VIEW&eid={hid(uid, n=40)}\n\n~~//~~\nInvitation from Google Calendar: "
             "https://calendar.google.com/calendar/\n\nYou are receiving this email because you "
             "are an attendee on the event.\n")
    ev = [f"DTSTART:{utcs(start)}", f"DTEND:{utcs(end)}", f"DTSTAMP:{utcs(sent)}",
          f"ORGANIZER;CN={org_name}:mailto:{org_email}", f"UID:{uid}"]
    ev += [att(org_email, org_name, partstat="ACCEPTED")]
    ev += [att(e, n) for n, e in attendees if e != org_email]
    ev += [f"X-GOOGLE-CONFERENCE:https://{meet}", f"CREATED:{utcs(sent)}",
           "DESCRIPTION:" + esc((description + "\n\n" if description else "") +
                                f"Join with Google Meet: https://{meet}"),
           f"LAST-MODIFIED:{utcs(sent)}", "LOCATION:", f"SEQUENCE:{seq}",
           f"STATUS:{status}", f"SUMMARY:{esc(title)}", "TRANSP:OPAQUE"]
    cal = calendar("REQUEST", "-//Google Inc//Google Calendar 70.9054//EN", [ev])
    headers = [("Delivered-To", OWNER),
               ("Received", received("mail-sor-f69.google.com", "209.85.220.69",
                                     sent + timedelta(seconds=2))),
               ("Return-Path", f"<{hid(uid, n=20)}@calendar-server.bounces.google.com>"),
               ("Reply-To", f"{org_name} <{org_email}>"),
               ("Sender", "Google Calendar <calendar-notification@google.com>"),
               ("Message-ID", f"<calendar-{hid(uid, sent, n=32)}@google.com>"),
               ("Date", format_datetime(sent.astimezone(UTC))),
               ("Subject", f"Invitation: {title} @ {subj_when} ({OWNER})"),
               ("From", f"{org_name} <{org_email}>"), ("To", OWNER)]
    m = mkmsg(headers, plain=plain, html=html_wrap(p2h(plain), "Roboto,Helvetica,Arial,sans-serif"),
              plain_cte="base64", cal=cal, cal_cte="7bit")
    m.add_attachment(cal.encode("utf-8"), maintype="application", subtype="ics",
                     filename="invite.ics")
    return m


def exchange_invite(*, sent, recv, org_name, org_email, to_list, subject, when_label, body,
                    start, end, win_tzid, vtz, uid, seq, extra_attendees, method="REQUEST",
                    status="CONFIRMED", delivered=None, owner_addr=None):
    owner_addr = owner_addr or OWNER
    teams = ("https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + hid(uid, n=36) +
             "%40thread.v2/0")
    plain = (f"When: {when_label}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
             f"{body}\n\n________________________________________________________________________________\n"
             f"Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
             f"Click here to join the meeting<{teams}>\nMeeting ID: 2{hid(uid, n=2).upper()} 481 "
             f"907 336\nPasscode: {hid(uid, 'p', n=6)}\n"
             "________________________________________________________________________________\n")
    ev = [f"ORGANIZER;CN={org_name}:mailto:{org_email}"]
    ev += [f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={n}:mailto:{e}"
           for n, e in extra_attendees]
    ev += ["DESCRIPTION;LANGUAGE=en-US:" + esc(plain), f"UID:{uid}",
           f"SUMMARY;LANGUAGE=en-US:{esc(subject.split(': ', 1)[-1] if method == 'REQUEST' and subject.startswith('Updated') else subject)}",
           f"DTSTART;TZID={win_tzid}:{loc(start)}", f"DTEND;TZID={win_tzid}:{loc(end)}",
           "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{utcs(sent)}", "TRANSP:OPAQUE",
           f"STATUS:{status}", f"SEQUENCE:{seq}", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
           f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-OWNERAPPTID:-1" + hid(uid, n=9, ).translate(str.maketrans("abcdef", "123456")),
           "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
           "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
           "X-MICROSOFT-CDO-INSTTYPE:0", f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams}",
           "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
           "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting",
           "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
           "ACTION:DISPLAY", "END:VALARM"]
    cal = calendar(method, "Microsoft Exchange Server 2010", [ev], [vtz])
    hdr = [("Delivered-To", delivered or OWNER),
           ("Received", received("NAM10-BN7-obe.outbound.protection.outlook.com", "40.107.92.118", recv)),
           ("Return-Path", f"<{org_email}>"),
           ("From", f"{org_name} <{org_email}>"), ("To", ", ".join(to_list)),
           ("Subject", subject), ("Thread-Topic", subject.split(": ", 1)[-1]),
           ("Thread-Index", base64.b64encode(hid(uid, n=22).encode()).decode()[:28] + "=="),
           ("Date", format_datetime(sent.astimezone(UTC))),
           ("Message-ID", f"<{hid(uid, seq, n=40).upper()}@SJ0PR11MB5021.namprd11.prod.outlook.example>"),
           ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
           ("Content-class", "urn:content-classes:calendarmessage"),
           ("x-ms-publictraffictype", "Email")]
    return mkmsg(hdr, plain=plain, html=html_wrap(p2h(plain), "Aptos,Calibri,sans-serif"),
                 cal=cal, cal_method=method)


# -------------------------------------------------------------------- labels
LABELS = {}
CASES = {}


def I(company, role, start, end, status, ivs, fus, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end),
            "status": status, "interviewer_emails": list(ivs), "followup_recipients": list(fus),
            "kind": kind}


def case(cid, items, interviews, difficulty, category, notes):
    CASES[cid] = items
    LABELS[cid] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                   "difficulty": difficulty, "category": category, "notes": notes,
                   "source": "synthetic"}


SIG_CHI = f"\n--\n{OWNER_NAME}\n(312) 555-0147\nChicago, IL\n"


# =========================================================== POSITIVE CASES
def c01():
    # Greenhouse confirmation, sent in CST, interview after the US DST switch (CDT).
    sent = T(2026, 3, 4, 15, 12, "America/Chicago", 41)
    st = T(2026, 3, 10, 14, 0, "America/Chicago")
    en = st + timedelta(hours=1)
    coord = "Wren Okonkwo-Hale <wren.okonkwo@harrowgatefoods.example>"
    plain = f"""Hi Imogen,

Thank you for your interest in the Senior FP&A Manager position at Harrowgate Foods! We're confirming your interview. Details below:

Interview: Hiring Manager Interview
Date: Tuesday, March 10, 2026
Time: 2:00 PM - 3:00 PM Central Time (US & Canada)
Interviewer: Priyanka Dass, Director of FP&A
Location: Google Meet - https://meet.google.com/hfx-qpwo-rtk

We've attached a calendar file for your convenience. Heads up: clocks spring forward this weekend, so please double-check the time in your calendar.

If you need to reschedule, simply reply to this email.

Best,
Wren Okonkwo-Hale
Recruiting Coordinator | Harrowgate Foods
1450 W. Fulton Market, Suite 300, Chicago, IL 60607
"""
    ev = [f"DTSTART:{utcs(st)}", f"DTEND:{utcs(en)}", f"DTSTAMP:{utcs(sent)}",
          f"UID:{hid('c01')}@greenhouse.io".replace("greenhouse.io", "greenhouse-mail.example"),
          "SUMMARY:Interview with Harrowgate Foods - Senior FP&A Manager",
          "DESCRIPTION:" + esc("Hiring Manager Interview with Priyanka Dass\nhttps://meet.google.com/hfx-qpwo-rtk"),
          "LOCATION:https://meet.google.com/hfx-qpwo-rtk", "STATUS:CONFIRMED", "SEQUENCE:0"]
    cal = calendar("PUBLISH", "-//Greenhouse Software//Interview Scheduler//EN", [ev])
    h = std_headers(sent, coord, OWNER_FMT,
                    "Interview Confirmation: Senior FP&A Manager at Harrowgate Foods",
                    "mail-a12.us.greenhouse-mail.example", "198.51.100.23",
                    extra=[("Reply-To", coord), ("Sender", "Greenhouse <no-reply@us.greenhouse-mail.example>")],
                    msgid_dom="us.greenhouse-mail.example")
    m = mkmsg(h, plain=plain, html=html_wrap(p2h(plain)),
              attachments=[(cal.encode(), "text", "calendar", "interview.ics")])
    case("b35-01-greenhouse-hm-ics-dst-weekend",
         [("01-harrowgate-interview-confirmation.eml", m)],
         [I("Harrowgate Foods", "Senior FP&A Manager", st, en, "scheduled", [],
            ["wren.okonkwo@harrowgatefoods.example"], "hiring_manager")],
         "medium", "positive/ats-email-with-ics",
         "Greenhouse confirmation sent in CST (Mar 4) for an interview on Mar 10 after the US DST "
         "switch -> CDT -05:00; .ics in UTC. Interviewer has no address -> follow-up to coordinator.")


def c02():
    sent1 = T(2026, 3, 6, 9, 47, "America/Los_Angeles", 5)
    sent2 = T(2026, 3, 6, 9, 49, "America/Los_Angeles", 30)
    st = T(2026, 3, 12, 16, 30, "America/Los_Angeles")
    en = st + timedelta(minutes=30)
    rec = "Marcus Leland <marcus.leland@tidewell.example>"
    p1 = f"""Hey Imogen,

Great, thanks for the quick reply! Let's lock in Thu 3/12 @ 4:30p PST for a 30 min intro call. I'll give you a ring at (312) 555-0147 -- let me know if a different number is better.

I'll mostly want to hear about the ops tooling work you did at Dunmore and what you're looking for next. You'll get an automated confirmation from our system in a sec.

Talk soon,
Marcus

Marcus Leland | Senior Recruiter, Tidewell Insurance
m: (415) 555-0192
600 Harbor Blvd, San Francisco, CA 94111

On Fri, Mar 6, 2026 at 9:31 AM {OWNER_NAME} <{OWNER}> wrote:
> Hi Marcus,
>
> Thanks for reaching out about the Product Operations Manager role. Thursday
> afternoon or Friday morning (Pacific) both work for me.
>
> Best,
> Imogen
"""
    m1 = mkmsg(std_headers(sent1, rec, OWNER_FMT, "Re: Product Operations Manager - Tidewell",
                           "mail-ej1-f52.mail.example", "203.0.113.52",
                           extra=[("In-Reply-To", "<imogen-tw-1@example.com>"),
                                  ("References", "<tw-out-0@tidewell.example> <imogen-tw-1@example.com>")]),
               plain=p1)
    p2 = """Hi Imogen,

Your interview with Tidewell Insurance has been scheduled.

Phone Screen - Product Operations Manager
Thursday, March 12, 2026
4:30pm - 5:00pm PDT (America/Los_Angeles)
Interviewer: Marcus Leland
Location: Phone call - Marcus will call you

Need to make a change? Reply to this email to reach Marcus directly.

Powered by Lever
"""
    m2 = mkmsg(std_headers(sent2, "Tidewell Insurance <no-reply@hire.lever.example>", OWNER,
                           "Interview confirmed: Tidewell Insurance - Product Operations Manager",
                           "smtp-out-7.hire.lever.example", "192.0.2.77",
                           extra=[("Reply-To", rec)], msgid_dom="hire.lever.example"),
               plain=p2, html=html_wrap(p2h(p2)))
    case("b35-02-lever-screen-pst-written-in-march",
         [("01-marcus-re-product-ops.eml", m1), ("02-lever-interview-confirmed.eml", m2)],
         [I("Tidewell Insurance", "Product Operations Manager", st, en, "scheduled",
            ["marcus.leland@tidewell.example"], ["marcus.leland@tidewell.example"], "phone_screen")],
         "medium", "positive/dedupe",
         "Recruiter writes 'Thu 3/12 @ 4:30p PST' (after US DST, so really PDT -07:00); Lever "
         "no-reply confirmation says PDT. One phone screen, recruiter is the interviewer.")


def c03():
    sent1 = T(2026, 3, 19, 16, 4, "Europe/London", 12)
    sent2 = T(2026, 3, 19, 16, 9, "Europe/London", 50)
    st = T(2026, 3, 30, 15, 0, "Europe/London")
    en = st + timedelta(minutes=45)
    p1 = """Hi Imogen,

Thanks for booking! Your interview with Quillfeather is confirmed.

Business Operations Manager - Interview with Tobias Renn (COO)
Monday, 30 March 2026
15:00 - 15:45 BST (9:00am - 9:45am CDT)

Note: the UK moves to British Summer Time on Sunday 29 March, the day before your interview. The times above already account for this.

A Google Calendar invitation with the video link will follow from Saoirse.

If anything changes, reply here and our recruiting team will help.

Quillfeather Recruiting
Sent via Ashby
"""
    m1 = mkmsg(std_headers(sent1, "Quillfeather Recruiting <no-reply@ashbyhq.example>", OWNER,
                           "Interview confirmed: Business Operations Manager at Quillfeather",
                           "o1.ptr7731.ashbyhq.example", "198.51.100.141",
                           extra=[("Reply-To", "Saoirse Whelan <saoirse@quillfeather.example>")],
                           msgid_dom="ashbyhq.example"),
               plain=p1, html=html_wrap(p2h(p1)))
    m2 = google_invite(sent=sent2, org_name="Saoirse Whelan", org_email="saoirse@quillfeather.example",
                       title="Imogen Castellanos <> Tobias Renn (Quillfeather, Business Operations Manager)",
                       start=st, end=en, tzlabel="British Summer Time - London",
                       when_line="Monday 30 Mar 2026 ⋅ 15:00 – 15:45",
                       attendees=[("Tobias Renn", "tobias.renn@quillfeather.example"),
                                  (OWNER, OWNER)],
                       description="Interview for the Business Operations Manager role. Tobias will "
                                   "walk through a recent ops problem with you - no prep needed.",
                       uid=f"{hid('c03', n=26)}@google.com", meet="meet.google.com/qzt-hwpe-mno",
                       subj_when="Mon 30 Mar 2026 15:00 - 15:45 (BST)")
    case("b35-03-ashby-plus-google-invite-bst-monday",
         [("01-ashby-interview-confirmed.eml", m1), ("02-google-invitation-tobias.eml", m2)],
         [I("Quillfeather", "Business Operations Manager", st, en, "scheduled",
            ["tobias.renn@quillfeather.example"], ["tobias.renn@quillfeather.example"], "hiring_manager")],
         "medium", "positive/dedupe",
         "Ashby confirmation + Google invite for the same interview on the first day of BST "
         "(+01:00). Coordinator organizes; COO interviews.")


def c04():
    sent1 = T(2026, 3, 24, 8, 2, "America/New_York", 9)
    sent2 = T(2026, 3, 25, 13, 40, "America/New_York", 27)
    st = T(2026, 4, 2, 10, 0, "America/New_York")
    en = st + timedelta(minutes=45)
    h1 = """<table width="600" style="font-family:Helvetica,Arial;font-size:14px">
<tr><td style="background:#0b3d6b;color:#fff;padding:12px"><b>Brightline Mutual</b> Careers</td></tr>
<tr><td style="padding:16px">
<p>Hello Imogen,</p>
<p>Congratulations! The hiring team for <b>Manager, Financial Planning &amp; Analysis (R-20418)</b> would like to interview you.</p>
<p>Please sign in to your candidate home page and select a time that works for you from the available interview slots. Slots are offered on a first-come, first-served basis.</p>
<p><a href="https://brightlinemutual.wd5.myworkday.example/en-US/BrightlineCareers/userHome">Select an Interview Time</a></p>
<p>Thank you,<br>Brightline Mutual Talent Acquisition</p>
</td></tr></table>"""
    m1 = mkmsg(std_headers(sent1, "Brightline Mutual <brightlinemutual@myworkday.example>", OWNER,
                           "Action Required: Schedule Your Interview - Manager, Financial Planning & Analysis",
                           "wd5-mta03.myworkday.example", "192.0.2.18", msgid_dom="myworkday.example"),
               html=html_wrap(h1), html_cte="base64")
    h2 = """<table width="600" style="font-family:Helvetica,Arial;font-size:14px">
<tr><td style="background:#0b3d6b;color:#fff;padding:12px"><b>Brightline Mutual</b> Careers</td></tr>
<tr><td style="padding:16px">
<p>Hello Imogen,</p>
<p>Your interview has been scheduled. Please review the details below.</p>
<table style="font-size:14px">
<tr><td><b>Job Requisition</b></td><td>R-20418 Manager, Financial Planning &amp; Analysis</td></tr>
<tr><td><b>Interview Date</b></td><td>Thursday, April 2, 2026</td></tr>
<tr><td><b>Time</b></td><td>10:00 AM - 10:45 AM (Eastern Time)</td></tr>
<tr><td><b>Interviewer(s)</b></td><td>Harold Pike, VP Finance</td></tr>
<tr><td><b>Location</b></td><td>Microsoft Teams (a link will be sent separately)</td></tr>
</table>
<p>If you need to reschedule or have questions, please contact Dana Whitcombe at <a href="mailto:dana.whitcombe@brightlinemutual.example">dana.whitcombe@brightlinemutual.example</a> or (617) 555-0133.</p>
<p>We look forward to speaking with you.</p>
<p>Brightline Mutual Talent Acquisition<br>200 Clarendon Street, Boston, MA 02116</p>
<p style="color:#888;font-size:11px">This is a system-generated message. Please do not reply to this email.</p>
</td></tr></table>"""
    m2 = mkmsg(std_headers(sent2, "Brightline Mutual <brightlinemutual@myworkday.example>", OWNER,
                           "Interview Scheduled - Manager, Financial Planning & Analysis",
                           "wd5-mta01.myworkday.example", "192.0.2.16", msgid_dom="myworkday.example"),
               html=html_wrap(h2), html_cte="base64")
    case("b35-04-workday-html-only-base64",
         [("01-workday-select-interview-time.eml", m1), ("02-workday-interview-scheduled.eml", m2)],
         [I("Brightline Mutual", "Manager, Financial Planning & Analysis", st, en, "scheduled", [],
            ["dana.whitcombe@brightlinemutual.example"], "hiring_manager")],
         "medium", "positive/workday",
         "Workday: self-schedule request (not an interview by itself) then HTML-only base64 "
         "'Interview Scheduled'; interviewer has no address -> follow-up to the named contact.")


def c05():
    tz = "Europe/Berlin"
    sent1 = T(2026, 3, 9, 10, 15, tz, 3)
    sent2 = T(2026, 3, 12, 9, 2, tz, 44)
    sent3 = T(2026, 3, 12, 7, 31, "America/Chicago", 10)
    sent4 = T(2026, 3, 12, 14, 5, tz, 1)
    st0 = T(2026, 3, 17, 15, 0, tz)
    st = T(2026, 3, 19, 15, 0, tz)
    en = st + timedelta(minutes=45)
    fa = "Friederike Aalders <f.aalders@vossberg-logistik.example>"
    jb = "Jonas Brandt <jonas.brandt@vossberg-logistik.example>"
    p1 = """Hallo Imogen,

vielen Dank für Ihre Bewerbung als Operations Excellence Manager (m/w/d) bei der Vossberg Logistik GmbH. Wir freuen uns, Sie zu einem ersten Gespräch einzuladen:

Termin: Dienstag, 17. März 2026, 15:00 Uhr (MEZ)
Dauer: ca. 45 Minuten
Format: Microsoft Teams (der Link folgt separat)
Gesprächspartner: Jonas Brandt, Leiter Operations

Das Gespräch findet auf Englisch statt.

Bei Fragen wenden Sie sich gerne an Friederike Aalders (f.aalders@vossberg-logistik.example).

Mit freundlichen Grüßen
Ihr Recruiting-Team der Vossberg Logistik GmbH
Am Sandtorkai 41, 20457 Hamburg

Gesendet über SmartRecruiters
"""
    m1 = mkmsg(std_headers(sent1, "Vossberg Logistik GmbH <noreply@smartrecruiters.example>", OWNER,
                           "Einladung zum Interview - Operations Excellence Manager (m/w/d)",
                           "mta-eu1.smartrecruiters.example", "198.51.100.88",
                           extra=[("Reply-To", fa)], msgid_dom="smartrecruiters.example"),
               plain=p1, html=html_wrap(p2h(p1)))
    p2 = """Hi Imogen,

Apologies for the switch to English and for the short notice - Jonas has a board meeting that moved onto Tuesday afternoon. Could we move your interview to Thursday, 19 March, same time (15:00 CET, which should be 9:00 in Chicago since your clocks already changed)?

Everything else stays the same (45 min, Teams).

Kind regards,
Friederike

Friederike Aalders
Talent Acquisition Partner
Vossberg Logistik GmbH | Am Sandtorkai 41 | 20457 Hamburg
T +49 40 5550 1834
"""
    m2 = mkmsg(std_headers(sent2, fa, OWNER_FMT, "Your interview on Tuesday - Operations Excellence Manager",
                           "mail-out2.vossberg-logistik.example", "203.0.113.140",
                           extra=[("Cc", jb)], msgid_dom="vossberg-logistik.example"),
               plain=p2)
    p3 = f"""Hi Friederike,

No problem at all - Thursday the 19th at 15:00 CET (9:00 my time) works for me.

Best,
Imogen
{SIG_CHI}
On Thu, Mar 12, 2026 at 3:02 AM Friederike Aalders <f.aalders@vossberg-logistik.example> wrote:
> Hi Imogen,
>
> Apologies for the switch to English and for the short notice - Jonas has a
> board meeting that moved onto Tuesday afternoon. Could we move your interview
> to Thursday, 19 March, same time (15:00 CET, which should be 9:00 in Chicago
> since your clocks already changed)?
"""
    m3 = mkmsg(std_headers(sent3, OWNER_FMT, fa, "Re: Your interview on Tuesday - Operations Excellence Manager",
                           "smtp.example.com", "192.0.2.200",
                           extra=[("Cc", jb), ("In-Reply-To", f"<{hid(fa, 'Your interview on Tuesday - Operations Excellence Manager', sent2)}@vossberg-logistik.example>")],
                           msgid_dom="example.com"),
               plain=p3)
    p4 = """Hi Imogen,

Perfect, thank you! I've updated it in the system - Donnerstag, 19.03., 15:00 Uhr. Jonas will send the Teams link.

Viele Grüße
Friederike
"""
    m4 = mkmsg(std_headers(sent4, fa, OWNER_FMT, "Re: Your interview on Tuesday - Operations Excellence Manager",
                           "mail-out2.vossberg-logistik.example", "203.0.113.140",
                           extra=[("Cc", jb)], msgid_dom="vossberg-logistik.example"),
               plain=p4)
    case("b35-05-smartrecruiters-german-moved-by-email",
         [("01-smartrecruiters-einladung.eml", m1), ("02-friederike-move-request.eml", m2),
          ("03-imogen-reply-thursday-ok.eml", m3), ("04-friederike-updated.eml", m4)],
         [I("Vossberg Logistik", "Operations Excellence Manager", st, en, "scheduled",
            ["jonas.brandt@vossberg-logistik.example"], ["jonas.brandt@vossberg-logistik.example"],
            "hiring_manager")],
         "hard", "positive/reschedule-email",
         f"German SmartRecruiters invite for {iso(st0)}, moved by e-mail to Thursday 19 March 15:00 "
         "CET (+01:00; EU DST not yet, US already on CDT). Final time only.")


def c06():
    tz = "America/Denver"
    sent1 = T(2026, 3, 31, 11, 20, tz, 2)
    sent2 = T(2026, 4, 3, 16, 48, tz, 15)
    st = T(2026, 4, 7, 13, 0, tz)
    en = st + timedelta(minutes=30)
    mo = "Marisol Ortega <marisol.ortega@pinecresthealth.example>"
    p1 = """Dear Imogen,

Thank you for your interest in the Business Operations Manager, Revenue Cycle position (Req #2026-1187) with Pinecrest Health Partners.

Your phone interview has been confirmed:

  Date: Tuesday, April 7, 2026
  Time: 1:00 PM - 1:30 PM Mountain Time
  Interviewer: Marisol Ortega, Talent Acquisition Specialist
  Format: Phone - Marisol will call you at the number on your application

A calendar invitation is attached. Please contact Marisol at marisol.ortega@pinecresthealth.example if you have any questions.

Sincerely,
Pinecrest Health Partners Talent Acquisition

This message was sent by iCIMS on behalf of Pinecrest Health Partners. Please do not reply to this automated message.
"""
    ev = [f"DTSTART;TZID=America/Denver:{loc(st)}", f"DTEND;TZID=America/Denver:{loc(en)}",
          f"DTSTAMP:{utcs(sent1)}", f"UID:icims-{hid('c06', n=16)}@talent.icims.example",
          "SUMMARY:Phone Interview - Pinecrest Health Partners",
          f"ORGANIZER;CN=Marisol Ortega:mailto:marisol.ortega@pinecresthealth.example",
          att(OWNER, OWNER_NAME), "LOCATION:Phone", "SEQUENCE:0", "STATUS:CONFIRMED",
          "DESCRIPTION:" + esc("Phone interview for Business Operations Manager, Revenue Cycle with Marisol Ortega.")]
    cal = calendar("REQUEST", "-//iCIMS//Scheduling//EN", [ev], [VTZ_DENVER])
    m1 = mkmsg(std_headers(sent1, "Pinecrest Health Partners <donotreply@talent.icims.example>", OWNER,
                           "Phone Interview Confirmation - Business Operations Manager, Revenue Cycle",
                           "mx-out4.talent.icims.example", "192.0.2.44", msgid_dom="talent.icims.example"),
               plain=p1, html=html_wrap(p2h(p1)),
               attachments=[(cal.encode(), "text", "calendar", "PhoneInterview.ics")])
    p2 = """Hi Imogen,

I'm so sorry to do this, but I need to cancel our phone interview scheduled for Tuesday at 1:00 PM. The Business Operations Manager requisition has been put on hold while leadership finalizes the FY27 budget, and we've paused all interviews for the role.

I'll reach out directly if the position reopens - your background is a great fit and I'd love to reconnect.

Warmly,
Marisol

Marisol Ortega
Talent Acquisition Specialist | Pinecrest Health Partners
O: (303) 555-0164
1800 Larimer St, Suite 900, Denver, CO 80202
"""
    m2 = mkmsg(std_headers(sent2, mo, OWNER_FMT, "Tuesday's phone interview - need to cancel",
                           "mail.pinecresthealth.example", "203.0.113.9",
                           msgid_dom="pinecresthealth.example"),
               plain=p2, html=html_wrap(p2h(p2), "Calibri,sans-serif"))
    case("b35-06-icims-then-cancel-by-email",
         [("01-icims-phone-interview-confirmation.eml", m1), ("02-marisol-need-to-cancel.eml", m2)],
         [I("Pinecrest Health Partners", "Business Operations Manager, Revenue Cycle", st, en,
            "cancelled", ["marisol.ortega@pinecresthealth.example"],
            ["marisol.ortega@pinecresthealth.example"], "phone_screen")],
         "medium", "positive/cancellation",
         "iCIMS confirmation (.ics, TZID America/Denver, MDT -06:00), then the recruiter cancels by "
         "e-mail ('our phone interview scheduled for Tuesday'). Status cancelled.")


def c07():
    tz = "America/Los_Angeles"
    sent0 = T(2026, 4, 8, 9, 15, tz, 20)
    sent1 = T(2026, 4, 10, 17, 2, tz, 7)
    st0 = T(2026, 4, 15, 10, 0, tz)
    st = T(2026, 4, 16, 13, 0, tz)
    en = st + timedelta(hours=1)
    uid = ("040000008200E00074C5B7101A82E00800000000" + hid("c07", n=16).upper() +
           "0000000000000000100000009E" + hid("c07b", n=20).upper())
    panel = [("Anjali Varma", "avarma@corvane.example"), ("Brent Kowalczyk", "bkowalczyk@corvane.example")]
    attendees = [(OWNER_NAME, OWNER)] + panel
    to = [OWNER_FMT] + [f"{n} <{e}>" for n, e in panel]
    body0 = """Hi Imogen,

You're confirmed for a 60-minute panel interview for the Senior Product Operations Manager role with Anjali Varma (Director, Product Operations) and Brent Kowalczyk (Principal PM, Marketplace). I'm coordinating and won't be joining.

Hollis Greer
Recruiting Coordinator | Corvane Systems
2200 Western Ave, Seattle, WA 98121 | (206) 555-0108"""
    body1 = """Hi Imogen,

Brent had a travel conflict on Wednesday, so I've moved the panel to Thursday afternoon. Same format, same panel. Apologies for the shuffle!

Hollis Greer
Recruiting Coordinator | Corvane Systems
2200 Western Ave, Seattle, WA 98121 | (206) 555-0108"""
    label0 = "Wednesday, April 15, 2026 10:00 AM-11:00 AM (UTC-08:00) Pacific Time (US & Canada)."
    label1 = "Thursday, April 16, 2026 1:00 PM-2:00 PM (UTC-08:00) Pacific Time (US & Canada)."
    m_upd = exchange_invite(sent=sent1, recv=sent1 + timedelta(seconds=40), org_name="Hollis Greer",
                            org_email="hgreer@corvane.example", to_list=to,
                            subject="Updated: Panel Interview - Imogen Castellanos - Sr. Product Operations Manager",
                            when_label=label1, body=body1, start=st, end=en,
                            win_tzid="Pacific Standard Time", vtz=VTZ_WIN_PACIFIC, uid=uid, seq=1,
                            extra_attendees=attendees)
    m_orig = exchange_invite(sent=sent0, recv=sent1 + timedelta(minutes=18), org_name="Hollis Greer",
                             org_email="hgreer@corvane.example", to_list=to,
                             subject="Panel Interview - Imogen Castellanos - Sr. Product Operations Manager",
                             when_label=label0, body=body0, start=st0, end=st0 + timedelta(hours=1),
                             win_tzid="Pacific Standard Time", vtz=VTZ_WIN_PACIFIC, uid=uid, seq=0,
                             extra_attendees=attendees)
    case("b35-07-exchange-update-arrives-before-original",
         [("01-updated-panel-interview.eml", m_upd), ("02-panel-interview-original-delayed.eml", m_orig)],
         [I("Corvane Systems", "Senior Product Operations Manager", st, en, "scheduled",
            [e for _, e in panel], [e for _, e in panel], "onsite")],
         "hard", "positive/reschedule-invite",
         "Exchange/Teams invites with TZID 'Pacific Standard Time' and '(UTC-08:00)' label in April "
         "(PDT -07:00). SEQUENCE 1 update arrives first; the delayed SEQUENCE 0 original arrives "
         "second and must not win. Two-person panel -> onsite.")


def c08():
    st = T(2026, 4, 7, 9, 0, "Australia/Sydney")
    en = st + timedelta(minutes=45)
    chi = ZoneInfo("America/Chicago")
    ev = {
        "kind": "calendar#event",
        "etag": "\"3521180442916000\"",
        "id": "6k1s9a8lq4c3ob9g7ed2pmv0rt",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=Nmsxczlh",
        "created": "2026-03-31T22:14:01.000Z",
        "updated": "2026-04-01T00:20:21.458Z",
        "summary": "Imogen / Callum - final conversation",
        "description": ("Final-round chat for the Finance & Operations Lead role at Larkspur Analytics.\n"
                        "Callum (co-founder & CEO) will join from Sydney - it's 9am Tuesday for him, "
                        "Monday evening for you.\n\nBooked by Maeve O'Riordan, People & Talent."),
        "location": "https://larkspur.zoom.us/j/84120937711",
        "creator": {"email": "maeve@larkspur.example", "displayName": "Maeve O'Riordan"},
        "organizer": {"email": "maeve@larkspur.example", "displayName": "Maeve O'Riordan"},
        "start": {"dateTime": st.astimezone(chi).isoformat(), "timeZone": "Australia/Sydney"},
        "end": {"dateTime": en.astimezone(chi).isoformat(), "timeZone": "Australia/Sydney"},
        "iCalUID": "6k1s9a8lq4c3ob9g7ed2pmv0rt@google.com",
        "sequence": 0,
        "attendees": [
            {"email": "maeve@larkspur.example", "displayName": "Maeve O'Riordan",
             "organizer": True, "responseStatus": "accepted", "optional": True},
            {"email": "callum@larkspur.example", "displayName": "Callum Reyes-Thorpe",
             "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "needsAction"},
        ],
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    case("b35-08-gcal-json-sydney-founder-final",
         [("01-larkspur-final-conversation.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")],
         [I("Larkspur Analytics", "Finance & Operations Lead", st, en, "scheduled",
            ["callum@larkspur.example"], ["callum@larkspur.example"], "hiring_manager")],
         "medium", "positive/gcal-json",
         "Calendar API event, dateTime rendered in the owner's Chicago zone (Apr 6 18:00 -05:00) with "
         "timeZone Australia/Sydney (AEST +10:00 after the Apr 5 change). Founder/CEO final chat.")


def c09():
    sent = T(2026, 3, 19, 14, 33, "America/New_York", 51)
    st = T(2026, 3, 24, 12, 0, "America/New_York")
    p = """Hi Imogen,

As promised, here's the Zoom for our conversation next Tuesday about the Strategy & Operations Lead role. Noon Eastern, 11 your time. Looking forward to it!

Theo

Theo Marchetti is inviting you to a scheduled Zoom meeting.

Topic: Ferncastle | Strategy & Operations Lead - Imogen Castellanos / Theo Marchetti
Time: Mar 24, 2026 12:00 PM Eastern Time (US and Canada)

Join Zoom Meeting
https://ferncastle.zoom.us/j/93318460217?pwd=aGZ3VnNqd0hNbk1yTGp0

Meeting ID: 933 1846 0217
Passcode: 611984

---

One tap mobile
+13092053325,,93318460217#,,,,*611984# US
+13126266799,,93318460217#,,,,*611984# US (Chicago)

Join by SIP
93318460217@zoomcrc.com
"""
    m = mkmsg(std_headers(sent, "Theo Marchetti <no-reply@zoom.us>", OWNER,
                          "Theo Marchetti is inviting you to a scheduled Zoom meeting",
                          "o3.email.zoom.us", "198.51.100.201",
                          extra=[("Reply-To", "Theo Marchetti <theo.marchetti@ferncastle.example>")],
                          msgid_dom="zoom.us"),
              plain=p, html=html_wrap(p2h(p)))
    case("b35-09-zoom-only-noon-eastern",
         [("01-zoom-invitation-theo.eml", m)],
         [I("Ferncastle", "Strategy & Operations Lead", st, None, "scheduled",
            ["theo.marchetti@ferncastle.example"], ["theo.marchetti@ferncastle.example"],
            "hiring_manager")],
         "medium", "positive/zoom",
         "Only a Zoom meeting invitation (no .ics, no duration) with a short personal note; "
         "'Mar 24, 2026 12:00 PM Eastern' -> EDT -04:00; end null.")


def c10():
    chi = "America/Chicago"
    sent1 = T(2026, 3, 5, 10, 14, chi, 9)
    sent2 = T(2026, 3, 12, 17, 21, "Europe/London", 0)
    sent3 = T(2026, 3, 12, 12, 40, chi, 33)
    sent4 = T(2026, 3, 12, 18, 52, "Europe/London", 2)
    st1 = T(2026, 3, 11, 12, 0, chi)
    en1 = st1 + timedelta(minutes=30)
    st2 = T(2026, 3, 18, 10, 30, chi)
    en2 = st2 + timedelta(minutes=45)
    bk = "Bettina Kranz <bettina.kranz@ostrandervale.example>"
    ra = "Rowan Achebe <rowan.achebe@ostrandervale.example>"
    p1 = """Hi Imogen,

Your phone call with Ostrander & Vale has been scheduled.

Job: Finance Operations Lead
When: Wednesday, March 11, 2026, 12:00 PM - 12:30 PM (GMT-05:00) America/Chicago
Who: Bettina Kranz (Talent Partner)
Where: Phone call - Bettina will call (312) 555-0147

Message from Bettina:
"Talk to you at noon on Wednesday! It'll be a relaxed conversation about your background and the role."

Add to calendar: the .ics file is attached.

Need to reschedule? Reply to this email.

Sent with Workable
"""
    ev = [f"DTSTART:{utcs(st1)}", f"DTEND:{utcs(en1)}", f"DTSTAMP:{utcs(sent1)}",
          f"UID:{hid('c10a')}@workablemail.example", "SUMMARY:Phone call with Ostrander & Vale",
          "ORGANIZER;CN=Bettina Kranz:mailto:bettina.kranz@ostrandervale.example",
          att(OWNER, OWNER_NAME), "LOCATION:Phone call", "SEQUENCE:0", "STATUS:CONFIRMED"]
    cal = calendar("REQUEST", "-//Workable//Interview Calendar//EN", [ev])
    m1 = mkmsg(std_headers(sent1, "Ostrander & Vale <noreply@workablemail.example>", OWNER,
                           "Phone call scheduled with Ostrander & Vale",
                           "mail7.workablemail.example", "192.0.2.121",
                           extra=[("Reply-To", bk)], msgid_dom="workablemail.example"),
               plain=p1, html=html_wrap(p2h(p1)),
               attachments=[(cal.encode(), "text", "calendar", "invite.ics")])
    p2 = """Dear Imogen,

Bettina passed along excellent notes from your call yesterday - thank you. I lead Finance Operations here and would love to continue the conversation.

Would next Wednesday at half past ten your time suit? I'm in London, so that's an afternoon slot for me. We'd have 45 minutes on video; I'll send a link once we've agreed.

Best wishes,
Rowan

Rowan Achebe
Director of Finance Operations, Ostrander & Vale
7 Bishopsgate Court, London EC2N 4AY
+44 20 7946 0318
"""
    mid2 = f"<{hid(ra, 'c10-2')}@ostrandervale.example>"
    m2 = mkmsg(std_headers(sent2, ra, OWNER_FMT, "Finance Operations Lead - next conversation",
                           "mail.ostrandervale.example", "203.0.113.66",
                           extra=[("Cc", bk)], msgid_dom="ostrandervale.example"),
               plain=p2)
    m2.replace_header("Message-ID", mid2)
    p3 = f"""Hi Rowan,

Thank you - I enjoyed speaking with Bettina. Wednesday, March 18 at 10:30 Central works perfectly for me.

Best,
Imogen
{SIG_CHI}
On Thu, Mar 12, 2026 at 12:21 PM Rowan Achebe <rowan.achebe@ostrandervale.example> wrote:
> Dear Imogen,
>
> Bettina passed along excellent notes from your call yesterday - thank you. I lead
> Finance Operations here and would love to continue the conversation.
>
> Would next Wednesday at half past ten your time suit? I'm in London, so that's an
> afternoon slot for me. We'd have 45 minutes on video; I'll send a link once we've agreed.
"""
    mid3 = f"<{hid(OWNER, 'c10-3')}@example.com>"
    m3 = mkmsg(std_headers(sent3, OWNER_FMT, ra, "Re: Finance Operations Lead - next conversation",
                           "smtp.example.com", "192.0.2.200",
                           extra=[("Cc", bk), ("In-Reply-To", mid2), ("References", mid2)],
                           msgid_dom="example.com"),
               plain=p3)
    m3.replace_header("Message-ID", mid3)
    p4 = """Wonderful - see you on the 18th. Video link: https://ostrandervale.zoom.us/j/86610245519

Rowan
"""
    m4 = mkmsg(std_headers(sent4, ra, OWNER_FMT, "Re: Finance Operations Lead - next conversation",
                           "mail.ostrandervale.example", "203.0.113.66",
                           extra=[("Cc", bk), ("In-Reply-To", mid3), ("References", f"{mid2} {mid3}")],
                           msgid_dom="ostrandervale.example"),
               plain=p4)
    case("b35-10-workable-screen-then-london-hm-thread",
         [("01-workable-phone-call-scheduled.eml", m1), ("02-rowan-next-conversation.eml", m2),
          ("03-imogen-re-wednesday.eml", m3), ("04-rowan-see-you.eml", m4)],
         [I("Ostrander & Vale", "Finance Operations Lead", st1, en1, "scheduled",
            ["bettina.kranz@ostrandervale.example"], ["bettina.kranz@ostrandervale.example"], "phone_screen"),
          I("Ostrander & Vale", "Finance Operations Lead", st2, en2, "scheduled",
            ["rowan.achebe@ostrandervale.example"], ["rowan.achebe@ostrandervale.example"], "hiring_manager")],
         "hard", "positive/two-interviews",
         "Two interviews: Workable phone screen at noon CDT (Mar 11), then a London hiring manager "
         "proposes 'next Wednesday at half past ten your time' (Mar 18 10:30 CDT, 45 min), confirmed in thread.")


def c11():
    tz = "America/Sao_Paulo"
    sent1 = T(2026, 3, 30, 11, 5, tz, 40)
    sent2 = T(2026, 4, 6, 18, 12, tz, 8)
    st = T(2026, 4, 9, 14, 0, tz)
    en = st + timedelta(hours=1)
    uid = f"sw-{hid('c11', n=20)}@slotwise.example"
    lp = ("Luana Prado", "luana.prado@cascadura.example")

    def ev(seq, status):
        return [f"DTSTART;TZID=America/Sao_Paulo:{loc(st)}", f"DTEND;TZID=America/Sao_Paulo:{loc(en)}",
                f"DTSTAMP:{utcs(sent1 if seq == 0 else sent2)}", f"UID:{uid}",
                f"ORGANIZER;CN={lp[0]}:mailto:{lp[1]}", att(OWNER, OWNER_NAME), att(lp[1], lp[0], partstat="ACCEPTED"),
                "SUMMARY:Entrevista: Treasury Operations Manager - Cascadura Pagamentos",
                "LOCATION:Google Meet (link in description)",
                "DESCRIPTION:" + esc("Interview with Luana Prado (Head of Treasury).\nhttps://meet.google.com/cpg-vtwr-oho"),
                f"SEQUENCE:{seq}", f"STATUS:{status}"]
    cal1 = calendar("REQUEST", "-//Slotwise//Scheduling 4.2//EN", [ev(0, "CONFIRMED")], [VTZ_SAO_PAULO])
    cal2 = calendar("CANCEL", "-//Slotwise//Scheduling 4.2//EN", [ev(1, "CANCELLED")], [VTZ_SAO_PAULO])
    p1 = """Olá Imogen,

Your interview is booked.

Cascadura Pagamentos - Treasury Operations Manager
Interviewer: Luana Prado, Head of Treasury (luana.prado@cascadura.example)
Quinta-feira, 9 de abril de 2026 - 14h às 15h (horário de Brasília, GMT-3)
Thursday, April 9, 2026 - 2:00 PM to 3:00 PM (Brasília time)
Google Meet: https://meet.google.com/cpg-vtwr-oho

Need a different time? Use the link below to reschedule or cancel.
https://app.slotwise.example/b/9QX4-ZP1K/manage

Slotwise - scheduling for hiring teams
"""
    p2 = """Olá Imogen,

Luana Prado cancelled the following interview:

Cascadura Pagamentos - Treasury Operations Manager
Quinta-feira, 9 de abril de 2026 - 14h às 15h (horário de Brasília, GMT-3)

Reason given: "Desculpe, Imogen - a conflict came up with our quarterly close. Our team will reach out to find a new time."

The event has been removed from your calendar.

Slotwise - scheduling for hiring teams
"""
    m1 = mkmsg(std_headers(sent1, "Cascadura Pagamentos via Slotwise <bookings@slotwise.example>", OWNER,
                           "Confirmed: Entrevista with Luana Prado - Thu Apr 9, 14h (BRT)",
                           "out-2.slotwise.example", "198.51.100.60",
                           extra=[("Reply-To", f"{lp[0]} <{lp[1]}>")], msgid_dom="slotwise.example"),
               plain=p1, html=html_wrap(p2h(p1)),
               attachments=[(cal1.encode(), "text", "calendar", "entrevista.ics")])
    m2 = mkmsg(std_headers(sent2, "Cascadura Pagamentos via Slotwise <bookings@slotwise.example>", OWNER,
                           "Cancelled: Entrevista with Luana Prado - Thu Apr 9, 14h (BRT)",
                           "out-2.slotwise.example", "198.51.100.60",
                           extra=[("Reply-To", f"{lp[0]} <{lp[1]}>")], msgid_dom="slotwise.example"),
               plain=p2, html=html_wrap(p2h(p2)), cal=cal2, cal_method="CANCEL")
    case("b35-11-slotwise-brazil-14h-cancelled",
         [("01-slotwise-booking-confirmed.eml", m1), ("02-slotwise-cancelled.eml", m2)],
         [I("Cascadura Pagamentos", "Treasury Operations Manager", st, en, "cancelled",
            [lp[1]], [lp[1]], "hiring_manager")],
         "medium", "positive/cancellation",
         "Invented vendor Slotwise: booking (14h Brasília, -03:00, no DST) then METHOD:CANCEL with "
         "same UID, SEQUENCE 1. Status cancelled.")


def c12():
    tz = "America/Toronto"
    sent = T(2026, 4, 13, 15, 30, tz, 12)
    day = (2026, 4, 21)
    sessions = [
        ((9, 0), (9, 45), "Sunil Prakash", "sunil.prakash@hallowayoutdoor.example", "VP, Operations",
         "Operating cadence & planning"),
        ((10, 0), (10, 45), "Odile Fournier", "odile.fournier@hallowayoutdoor.example", "Finance Director",
         "Budgeting partnership"),
        ((11, 0), (11, 45), "Jarrah Quinn", "jarrah.quinn@hallowayoutdoor.example", "Senior Analyst, BizOps",
         "Case exercise (bring a laptop)"),
        ((12, 30), (13, 15), "Maren Holt", "maren.holt@hallowayoutdoor.example", "President",
         "Leadership conversation"),
    ]
    rows = ""
    for (sh, sm), (eh, emn), name, _, title, topic in sessions:
        s = T(*day, sh, sm, tz).strftime("%-I:%M %p").lower().replace("am", "a.m.").replace("pm", "p.m.")
        e = T(*day, eh, emn, tz).strftime("%-I:%M %p").lower().replace("am", "a.m.").replace("pm", "p.m.")
        rows += f"<tr><td>{s} &ndash; {e}</td><td>{name}, {title}</td><td>{topic}</td></tr>\n"
        if (sh, sm) == (11, 0):
            rows += "<tr><td>11:45 a.m. &ndash; 12:30 p.m.</td><td>Lunch with the BizOps team</td><td>Informal - not an interview</td></tr>\n"
    body = f"""<p>Hi Imogen,</p>
<p>We're excited to welcome you to our Toronto office for your onsite interviews for the <b>Senior Manager, Business Operations</b> role. Your itinerary for <b>Tuesday, April 21, 2026</b> (all times Eastern) is below.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr><th>Time</th><th>Who</th><th>Focus</th></tr>
{rows}</table>
<p><b>Address:</b> Halloway Outdoor Co., 88 Wharf Street, 4th floor, Toronto, ON M5E 1A4. Please check in at reception by 8:50 a.m.</p>
<p>Questions? Reply to this email or reach Gemma Lisowski at (416) 555-0172.</p>
<p>See you soon,<br>Gemma Lisowski<br>Talent Coordinator, Halloway Outdoor Co.</p>
<p><a href="https://app.panelry.example/c/itinerary/HX7-221/ics">Download calendar holds (.ics)</a></p>
<p style="color:#999;font-size:11px">Scheduled with Panelry</p>"""
    evs = []
    for i, ((sh, sm), (eh, emn), name, email, title, topic) in enumerate(sessions):
        s, e = T(*day, sh, sm, tz), T(*day, eh, emn, tz)
        evs.append([f"DTSTART;TZID=America/Toronto:{loc(s)}", f"DTEND;TZID=America/Toronto:{loc(e)}",
                    f"DTSTAMP:{utcs(sent)}", f"UID:panelry-{hid('c12', i, n=18)}@panelry.example",
                    "ORGANIZER;CN=Gemma Lisowski:mailto:gemma.lisowski@hallowayoutdoor.example",
                    att(OWNER, OWNER_NAME), att(email, name, partstat="ACCEPTED"),
                    f"SUMMARY:Onsite Interview ({i + 1}/4) - {name} - Halloway Outdoor Co.",
                    "LOCATION:" + esc("88 Wharf Street, 4th floor, Toronto, ON"),
                    "DESCRIPTION:" + esc(f"{topic} with {name}, {title}."), "SEQUENCE:0",
                    "STATUS:CONFIRMED"])
    cal = calendar("REQUEST", "-//Panelry//Interview Loops//EN", evs, [VTZ_TORONTO])
    m = mkmsg(std_headers(sent, "Halloway Outdoor Co. via Panelry <itinerary@panelry.example>", OWNER,
                          "Your onsite itinerary - Senior Manager, Business Operations (Tue, Apr 21)",
                          "mta1.panelry.example", "192.0.2.91",
                          extra=[("Reply-To", "Gemma Lisowski <gemma.lisowski@hallowayoutdoor.example>")],
                          msgid_dom="panelry.example"),
              html=html_wrap(body))
    st = T(*day, 9, 0, tz)
    en = T(*day, 13, 15, tz)
    ivs = [s[3] for s in sessions]
    case("b35-12-panelry-toronto-onsite-with-lunch",
         [("01-panelry-onsite-itinerary.eml", m), ("02-halloway-onsite-holds.ics", cal)],
         [I("Halloway Outdoor Co.", "Senior Manager, Business Operations", st, en, "scheduled",
            ivs, ivs, "onsite")],
         "hard", "positive/onsite-loop",
         "Invented vendor Panelry: HTML-only itinerary + standalone .ics with four VEVENTs (TZID America/Toronto, "
         "EDT -04:00) and a lunch break. One onsite 9:00-13:15 with all four interviewers.")


def c13():
    sent1 = T(2026, 3, 2, 11, 40, "Asia/Tokyo", 28)
    sent2 = T(2026, 3, 2, 11, 52, "Asia/Tokyo", 3)
    st = T(2026, 3, 4, 9, 0, "Asia/Tokyo")
    en = st + timedelta(hours=1)
    ks = "Kenji Sato <kenji.sato@kumohana.example>"
    p1 = """Hi Imogen,

Good news - please see Aiko's note below. She confirmed Wed 3/4 at 9:00 JST, which is Tue 3/3 at 6:00 PM Chicago time. I'll send a calendar invite shortly.

Aiko is the hiring manager for the Product Operations Manager, Global Marketplace role. She'll want to go deep on how you've run seller onboarding ops.

Best regards,
Kenji Sato
Talent Acquisition, Kumohana Commerce
Shibuya Scramble Tower 22F, 2-24-12 Shibuya, Tokyo 150-0002
+81 3-5555-0141

---------- Forwarded message ---------
From: Aiko Mori <aiko.mori@kumohana.example>
Date: Mon, Mar 2, 2026 at 10:12 AM
Subject: Re: Imogen C. - next step
To: Kenji Sato <kenji.sato@kumohana.example>

Kenji-san,

Wednesday 4 March 9:00-10:00 JST works for me for the interview with Imogen. Please send her the invite.

Thanks,
Aiko
"""
    m1 = mkmsg(std_headers(sent1, ks, OWNER_FMT, "Fwd: Re: Imogen C. - next step",
                           "mail-jp1.kumohana.example", "203.0.113.210", msgid_dom="kumohana.example"),
               plain=p1, html=html_wrap(p2h(p1)), plain_cte="base64", html_cte="base64")
    m2 = google_invite(sent=sent2, org_name="Kenji Sato", org_email="kenji.sato@kumohana.example",
                       title="Kumohana Commerce - Product Ops interview (Imogen Castellanos)",
                       start=st, end=en, tzlabel="Japan Standard Time - Tokyo",
                       when_line="Wednesday Mar 4, 2026 ⋅ 9am – 10am",
                       attendees=[("Aiko Mori", "aiko.mori@kumohana.example"), (OWNER, OWNER)],
                       description="Hiring manager interview with Aiko Mori.",
                       uid=f"{hid('c13', n=26)}@google.com", meet="meet.google.com/kmh-prod-jpx",
                       subj_when="Wed 4 Mar 2026 9am - 10am (JST)")
    case("b35-13-tokyo-forwarded-confirm-plus-google-invite",
         [("01-kenji-fwd-aiko-confirmed.eml", m1), ("02-google-invitation-aiko.eml", m2)],
         [I("Kumohana Commerce", "Product Operations Manager, Global Marketplace", st, en, "scheduled",
            ["aiko.mori@kumohana.example"], ["aiko.mori@kumohana.example"], "hiring_manager")],
         "medium", "positive/forwarded",
         "Forwarded hiring-manager confirmation (base64) + Google invite: Wed Mar 4 09:00 JST "
         "(+09:00) = Tue Mar 3 18:00 Chicago. One interview.")


# =========================================================== NEGATIVE CASES
def c14():
    sent = T(2026, 3, 16, 7, 0, "America/Chicago", 4)
    body = """<p style="font-size:18px"><b>12 new jobs for "operations manager" near Chicago, IL</b></p>
<table cellpadding="8" style="font-size:14px">
<tr><td><b>Operations Manager, Fulfillment</b><br>Sable Creek Distribution &middot; Joliet, IL<br>$95K - $115K &middot; <span style="color:#0a7">Actively interviewing</span><br>Apply now - interviews happen within 1 week</td></tr>
<tr><td><b>Senior Manager, Business Operations</b><br>Marlowe Learning &middot; Chicago, IL (Hybrid)<br><span style="color:#0a7">Hiring multiple candidates</span> &middot; Easy Apply</td></tr>
<tr><td><b>Operations Supervisor - Hiring Event</b><br>Tollgate Foods &middot; Elk Grove Village, IL<br>On-the-spot interviews! Tuesday, March 24, 9:00 AM - 3:00 PM. Walk-ins welcome.</td></tr>
<tr><td><b>FP&amp;A Manager</b><br>Redwing Fasteners &middot; Schaumburg, IL<br>Be an early applicant &middot; Your profile matches 8 of 10 skills</td></tr>
</table>
<p><a href="https://www.hirewell-jobs.example/alerts/jobs?q=operations+manager">See all 12 jobs</a></p>
<p style="font-size:11px;color:#888">You're receiving this job alert because you created it on Hirewell Jobs. <a href="https://www.hirewell-jobs.example/alerts/manage">Manage alerts</a> &middot; Unsubscribe<br>Hirewell Jobs, 100 Market Plaza, Austin, TX 78701</p>"""
    m = mkmsg(std_headers(sent, "Hirewell Jobs <alerts@hirewell-jobs.example>", OWNER,
                          "Operations Manager: Sable Creek Distribution is actively interviewing + 11 more",
                          "mx.hirewell-jobs.example", "198.51.100.5",
                          extra=[("List-Unsubscribe", "<https://www.hirewell-jobs.example/u/8812>")],
                          msgid_dom="hirewell-jobs.example"),
              html=html_wrap(body))
    case("b35-14-job-alert-actively-interviewing", [("01-hirewell-job-alert.eml", m)], [],
         "easy", "negative/job-alert",
         "Job-board alert with 'actively interviewing', 'interviews within 1 week' and a dated walk-in "
         "hiring event. Not an interview.")


def c15():
    sent = T(2026, 3, 9, 12, 30, "America/New_York", 2)
    p = """Hi Imogen,

Thank you for applying to the Product Operations Lead role at Saltmarsh Energy! We've received your application and our team is reviewing it now.

What happens next:
- Our recruiting team reviews applications on a rolling basis.
- We expect to schedule first-round interviews during the week of March 23, 2026. If your background is a match, a recruiter will email you to set up a 30-minute call.
- Candidates who move forward typically complete a hiring manager interview and a panel within three weeks.

In the meantime, you can learn more about how we work at https://saltmarsh-energy.example/careers.

Thanks again for your interest,
The Saltmarsh Energy Talent Team

Please do not reply to this email; this mailbox is not monitored.
"""
    m = mkmsg(std_headers(sent, "Saltmarsh Energy <no-reply@us.greenhouse-mail.example>", OWNER,
                          "Thank you for applying to Saltmarsh Energy",
                          "mail-a04.us.greenhouse-mail.example", "198.51.100.24",
                          msgid_dom="us.greenhouse-mail.example"),
              plain=p, html=html_wrap(p2h(p)))
    case("b35-15-application-received-expect-interviews", [("01-saltmarsh-application-received.eml", m)], [],
         "medium", "negative/application-received",
         "Application receipt that says 'we expect to schedule first-round interviews the week of March 23'.")


def c16():
    sent = T(2026, 3, 13, 10, 5, "America/New_York", 47)
    dl = "Dahlia Ferreira <dahlia.ferreira@norrlandbikes.example>"
    p = f"""Hi Imogen,

Thank you so much for taking the time to interview with us on Tuesday - Dahlia and the team really enjoyed your 2pm ET conversation and your thoughtful questions about our dealer network.

After a lot of deliberation, we've decided to move forward with another candidate whose experience more closely matches our immediate needs in channel operations. This was a difficult decision.

We'd love to stay in touch, and I'll reach out if another role opens up that fits your background.

All the best,
Nils Strand
Recruiting Lead, Norrland Bikes
(612) 555-0129 | 401 N 3rd St, Minneapolis, MN 55401

On Tue, Mar 10, 2026 at 3:12 PM {OWNER_NAME} <{OWNER}> wrote:
> Hi Nils and Dahlia,
>
> Thank you for the conversation this afternoon about the Channel Operations
> Manager role. I really enjoyed hearing how the dealer program is evolving.
>
> Best,
> Imogen
"""
    m = mkmsg(std_headers(sent, "Nils Strand <nils.strand@norrlandbikes.example>", OWNER_FMT,
                          "Re: Thank you - Channel Operations Manager",
                          "mail.norrlandbikes.example", "203.0.113.77",
                          extra=[("Cc", dl)], msgid_dom="norrlandbikes.example"),
              plain=p, html=html_wrap(p2h(p)))
    case("b35-16-rejection-after-interview-quoted", [("01-norrland-decision.eml", m)], [],
         "medium", "negative/rejection",
         "Rejection referencing a past '2pm ET' interview, with the candidate's thank-you note quoted.")


def c17():
    sent = T(2026, 4, 3, 16, 20, "America/Chicago", 5)
    p = """Hi Imogen,

Congratulations! On behalf of everyone at Granary Row Capital, I'm thrilled to extend you an offer for the role of Director, Finance & Operations. The team was unanimous after your final interviews last week.

Your offer letter is attached and available to e-sign in our candidate portal. Highlights:
- Base salary: $168,000
- Annual bonus target: 15%
- Start date: Monday, May 4, 2026

Please review and sign by Friday, April 10 at 5:00 PM CT. I'd also love to find 20 minutes on Monday to walk you through benefits and answer any questions - just reply with a time that suits you.

Welcome (hopefully!) to the team.

Ines Talavera
Head of People, Granary Row Capital
(312) 555-0186 | 222 W Adams St, Chicago, IL 60606
"""
    m = mkmsg(std_headers(sent, "Ines Talavera <ines.talavera@granaryrow.example>", OWNER_FMT,
                          "Your offer from Granary Row Capital",
                          "mail.granaryrow.example", "203.0.113.31", msgid_dom="granaryrow.example"),
              plain=p, html=html_wrap(p2h(p)),
              attachments=[(b"%PDF-1.4\n% offer letter placeholder\n%%EOF\n", "application", "pdf",
                            "Offer_Letter_Imogen_Castellanos.pdf")])
    case("b35-17-offer-letter-with-walkthrough-call", [("01-granary-row-offer.eml", m)], [],
         "medium", "negative/offer",
         "Offer letter after final interviews; sign-by deadline and an unbooked benefits walkthrough call.")


def c18():
    tz = "America/Chicago"
    sent = T(2026, 3, 16, 11, 5, tz, 30)
    st = T(2026, 3, 20, 14, 0, tz)
    en = st + timedelta(minutes=45)
    work = "imogen.castellanos@dunmorepaper.example"
    uid = ("040000008200E00074C5B7101A82E00800000000" + hid("c18", n=16).upper() +
           "00000000000000001000000077" + hid("c18b", n=20).upper())
    body = """Hi interview team,

Thanks for helping with this loop! Devon Achterberg is interviewing for Financial Analyst II. Imogen - you'll cover budgeting & variance analysis; Raj will take Excel modeling.

Please submit your scorecard in Workday within 24 hours of the interview. Resume attached in the Workday candidate profile.

Thanks,
Tamsin Boyle
Talent Acquisition | Dunmore Paper Co.
(312) 555-0111"""
    m = exchange_invite(sent=sent, recv=sent + timedelta(seconds=25), org_name="Tamsin Boyle",
                        org_email="tamsin.boyle@dunmorepaper.example",
                        to_list=[f"{OWNER_NAME} <{work}>", "Raj Menon <raj.menon@dunmorepaper.example>"],
                        subject="Interview: Devon Achterberg - Financial Analyst II",
                        when_label="Friday, March 20, 2026 2:00 PM-2:45 PM (UTC-06:00) Central Time (US & Canada).",
                        body=body, start=st, end=en, win_tzid="Central Standard Time",
                        vtz=VTZ_WIN_CENTRAL, uid=uid, seq=0,
                        extra_attendees=[(OWNER_NAME, work), ("Raj Menon", "raj.menon@dunmorepaper.example")],
                        delivered=OWNER)
    case("b35-18-owner-is-interviewer-exchange", [("01-interview-devon-achterberg.eml", m)], [],
         "hard", "negative/user-is-interviewer",
         "Exchange invite (TZID Central Standard Time) from the owner's current employer, auto-forwarded "
         "from her work address: she is on the panel interviewing a candidate.")


def c19():
    sent = T(2026, 3, 11, 13, 2, "America/Chicago", 9)
    st = T(2026, 3, 19, 13, 0, "America/Chicago")
    en = st + timedelta(hours=1)
    p = """Hi Imogen,

So glad you said yes! Here are the details for your interview on The Margin Notes podcast:

When: Thursday 3/19 at 1pm CT (we'll record for about 45 minutes, please keep the hour free)
Where: Riverside studio link - https://riverside.example/studio/margin-notes?t=guest
Topic: "From spreadsheets to systems: building an ops function from scratch"

Before the recording:
- Use headphones and a wired connection if you can
- Chrome works best with Riverside
- I'll send the interview questions a few days before

The episode should go live in early April. Thanks again for coming on the show!

Priscilla Oyelaran
Host, The Margin Notes podcast
"""
    ev = [f"DTSTART:{utcs(st)}", f"DTEND:{utcs(en)}", f"DTSTAMP:{utcs(sent)}",
          f"UID:{hid('c19')}@marginnotes.example",
          "ORGANIZER;CN=Priscilla Oyelaran:mailto:priscilla@marginnotes.example",
          att(OWNER, OWNER_NAME), "SUMMARY:The Margin Notes - podcast interview recording (Imogen Castellanos)",
          "LOCATION:https://riverside.example/studio/margin-notes?t=guest", "SEQUENCE:0", "STATUS:CONFIRMED"]
    cal = calendar("REQUEST", "-//Margin Notes//Booking//EN", [ev])
    m = mkmsg(std_headers(sent, "Priscilla Oyelaran <priscilla@marginnotes.example>", OWNER_FMT,
                          "Podcast interview confirmed - Thursday 3/19 at 1pm CT",
                          "mail.marginnotes.example", "203.0.113.120", msgid_dom="marginnotes.example"),
              plain=p, attachments=[(cal.encode(), "text", "calendar", "recording.ics")])
    case("b35-19-podcast-interview-recording", [("01-margin-notes-podcast.eml", m)], [],
         "medium", "negative/podcast", "Podcast guest interview with a .ics. Not a job interview.")


def c20():
    sent = T(2026, 3, 18, 9, 45, "America/Chicago", 0)
    st = T(2026, 3, 25, 15, 0, "America/Chicago")
    en = st + timedelta(hours=1)
    p = """Hi Imogen,

You're confirmed for a paid research interview!

Study: How finance teams plan budgets (FP&A software)
When: Wednesday, March 25, 2026, 3:00 PM - 4:00 PM CDT
Format: 60-minute 1:1 video interview with a researcher from our client's product team
Incentive: $150 digital gift card, sent within 5 business days after the session

Your moderator will be Yusra Khalil. Please join 5 minutes early and have your screen-sharing enabled.

Reschedule or cancel: https://fieldnote.example/p/session/7731/manage

Thanks for participating,
The Fieldnote Research team
"""
    ev = [f"DTSTART:{utcs(st)}", f"DTEND:{utcs(en)}", f"DTSTAMP:{utcs(sent)}",
          f"UID:{hid('c20')}@fieldnote.example", "ORGANIZER;CN=Fieldnote Research:mailto:sessions@fieldnote.example",
          att(OWNER, OWNER_NAME), "SUMMARY:Paid research interview - FP&A software (Fieldnote)",
          "LOCATION:https://fieldnote.example/join/7731", "SEQUENCE:0", "STATUS:CONFIRMED"]
    cal = calendar("REQUEST", "-//Fieldnote//Sessions//EN", [ev])
    m = mkmsg(std_headers(sent, "Fieldnote Research <sessions@fieldnote.example>", OWNER,
                          "Confirmed: your paid research interview on Mar 25",
                          "mta.fieldnote.example", "198.51.100.99", msgid_dom="fieldnote.example"),
              plain=p, html=html_wrap(p2h(p)),
              attachments=[(cal.encode(), "text", "calendar", "session.ics")])
    case("b35-20-paid-user-research-interview", [("01-fieldnote-research-confirmed.eml", m)], [],
         "medium", "negative/user-research",
         "Paid user-research 'interview' with incentive and .ics. Not a job interview.")


def c21():
    sent = T(2026, 3, 27, 10, 0, "America/New_York", 0)
    st = T(2026, 4, 2, 14, 0, "America/New_York")
    en = st + timedelta(minutes=60)
    body = """<p>Hi Imogen,</p>
<p>You're registered for <b>Ace the Finance Case Interview: What Hiring Managers Really Look For</b>.</p>
<p><b>Thursday, April 2 &middot; 2pm ET / 11am PT</b> (60 minutes, live on Zoom Webinar)</p>
<p>Our panel of former FP&amp;A hiring managers will walk through a real case interview, how to structure your answer, and the questions candidates forget to ask. Stay for live Q&amp;A and a mock interview demo.</p>
<p><a href="https://ledgerline-careers.example/webinars/case-interview/join">Join the webinar</a> &middot; <a href="https://ledgerline-careers.example/webinars/case-interview.ics">Add to calendar</a></p>
<p>Can't make it? Everyone registered gets the recording.</p>
<p>Ledgerline Careers &middot; 55 Water St, New York, NY 10041 &middot; <a href="https://ledgerline-careers.example/unsubscribe">Unsubscribe</a></p>"""
    ev = [f"DTSTART:{utcs(st)}", f"DTEND:{utcs(en)}", f"DTSTAMP:{utcs(sent)}",
          f"UID:{hid('c21')}@ledgerline-careers.example",
          "SUMMARY:Webinar: Ace the Finance Case Interview", "LOCATION:Zoom Webinar",
          "DESCRIPTION:https://ledgerline-careers.example/webinars/case-interview/join", "SEQUENCE:0"]
    cal = calendar("PUBLISH", "-//Ledgerline//Events//EN", [ev])
    m = mkmsg(std_headers(sent, "Ledgerline Careers <events@ledgerline-careers.example>", OWNER,
                          "You're in! Ace the Finance Case Interview - Thursday 2pm ET",
                          "mx.ledgerline-careers.example", "198.51.100.150",
                          msgid_dom="ledgerline-careers.example"),
              html=html_wrap(body), attachments=[(cal.encode(), "text", "calendar", "webinar.ics")])
    case("b35-21-interview-prep-webinar", [("01-ledgerline-webinar-registration.eml", m)], [],
         "easy", "negative/webinar", "Interview-prep webinar registration with .ics (PUBLISH).")


def c22():
    sent = T(2026, 3, 10, 22, 47, "UTC", 13)
    p = """Dear Imogen Castellanos,

Congratulations! After reviewing your resume on a job board, Harrowgate Foods HR department has shortlisted you for the REMOTE position of Operations Manager (Ref# HGF-44871). Salary: $58/hr, full benefits, flexible hours.

Your online interview is scheduled for tomorrow at 10:00 AM CST. The interview will be conducted via text chat on the Teams Chat Pro app with our Hiring Manager Mr. Douglas Wren. Please download the app and add the ID: hgf.hiring.dwren

To process your onboarding immediately after the interview, kindly reply with:
1. Full name and home address
2. A photo of your driver's license (front and back)
3. Your bank name, routing and account number for direct deposit and the equipment purchase check

Failure to confirm within 24 hours will forfeit your interview slot.

Regards,
HR Recruitment Department
Harrowgate Foods Inc.
"""
    m = mkmsg(std_headers(sent, "Harrowgate Foods HR <harrowgate.careers.hr@mail.example>", OWNER,
                          "Interview Invitation - Remote Operations Manager (Ref# HGF-44871)",
                          "smtp-relay.bulkmailer.example", "203.0.113.250",
                          extra=[("Reply-To", "dwren.hiringteam@mail.example")]),
              plain=p)
    case("b35-22-recruiter-phishing-impersonation", [("01-interview-invitation-remote-ops.eml", m)], [],
         "hard", "negative/scam",
         "Recruiter-phishing mail impersonating a company the owner really applied to (case 01); "
         "text-chat 'interview', asks for ID and bank details. Not an interview.")


# ----------------------------------------------------------------------- main
def main():
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
               c14, c15, c16, c17, c18, c19, c20, c21, c22):
        fn()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b35-") and os.path.isdir(p):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fname, obj in items:
            path = os.path.join(d, fname)
            if isinstance(obj, EmailMessage):
                for i, part in enumerate(obj.walk()):
                    if part.is_multipart():  # deterministic MIME boundaries
                        part.set_boundary(f"0000000000{hid(cid, fname, i, n=22)}")
                data = bytes(obj)
            elif isinstance(obj, str):
                data = obj.encode("utf-8")
            else:
                data = obj
            with open(path, "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# blind35 labels (generated by make_cases.py; see README.md)\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=100)
    print(f"wrote {len(CASES)} cases")


if __name__ == "__main__":
    main()
