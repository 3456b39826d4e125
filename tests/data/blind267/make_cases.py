#!/usr/bin/env python3
"""Regenerate the blind267 evaluation set (case folders + labels.yaml) next to this file.

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries; the same bytes on every run.
Standard library + PyYAML + zoneinfo only.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
LON = ZoneInfo("Europe/London")
UTC = timezone.utc
PREFIX = "b267"

OWNER = "niamh.rowbotham@example.com"
OWNER_NAME = "Niamh Rowbotham"
WORK = "niamh.rowbotham@hulmepark.nhs.example"   # her current NHS work account (auto-forwards)

CASES = {}   # case_id -> {filename: bytes}
LABELS = {}  # case_id -> label dict


# ----------------------------------------------------------------------------- time helpers
def L(y, mo, d, h=0, mi=0, wd=None):
    """Aware Europe/London datetime; wd (e.g. 'Wednesday') is asserted when given."""
    t = datetime(y, mo, d, h, mi, tzinfo=LON)
    if wd is not None:
        assert t.strftime("%A") == wd, (t, wd, t.strftime("%A"))
    return t


def rfc(t, tz=LON, sec=0):
    t = (t + timedelta(seconds=sec)).astimezone(tz)
    return format_datetime(t)


def iso(t):
    return t.astimezone(LON).isoformat()


def z(t):
    return t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(t):
    return t.astimezone(LON).strftime("%Y%m%dT%H%M%S")


def long_uk(t):
    """'Wednesday 16 September 2026'"""
    t = t.astimezone(LON)
    return f"{t.strftime('%A')} {t.day} {t.strftime('%B %Y')}"


def h(seed, n=16):
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


# ----------------------------------------------------------------------------- MIME helpers
def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def part(ctype, body, cte="7bit", extra=()):
    lines = [f"Content-Type: {ctype}"] + list(extra) + [f"Content-Transfer-Encoding: {cte}"]
    if cte == "quoted-printable":
        enc = qp(body)
    elif cte == "base64":
        enc = b64(body)
    else:
        enc = body
    if not enc.endswith("\n"):
        enc += "\n"
    return "\n".join(lines) + "\n\n" + enc


def multipart(sub, boundary, parts):
    s = f'Content-Type: multipart/{sub};\n boundary="{boundary}"\n\n'
    for p in parts:
        s += f"--{boundary}\n{p}\n"
    s += f"--{boundary}--\n"
    return s


def message(headers, body):
    out = []
    for k, v in headers:
        if v is None:
            continue
        out.append(f"{k}: {v}")
    out.append("MIME-Version: 1.0")
    return ("\n".join(out) + "\n" + body).encode("utf-8")


def received(host, ip, t, rcpt=OWNER, sec=3):
    return ("Received", f"from {host} ({host} [{ip}])\n        by mx1.example.com with ESMTPS id "
            f"{h(host + str(t), 12)}\n        for <{rcpt}>; {rfc(t, UTC, sec)}")


def to_html(text, font="Arial,Helvetica,sans-serif", size="11pt"):
    paras = text.strip("\n").split("\n\n")
    ps = []
    for p in paras:
        ps.append("<p>" + "<br>\n".join(html.escape(x) for x in p.split("\n")) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div style="font-family:{font};font-size:{size}">\n' + "\n".join(ps)
            + "\n</div></body></html>\n")


def quote(text):
    return "\n".join((">" if not x else "> " + x) for x in text.strip("\n").split("\n"))


def alt(seed, text, htm=None, cte="quoted-printable", style="outlook"):
    b = boundary(seed + "alt", style)
    htm = htm if htm is not None else to_html(text)
    return multipart("alternative", b, [
        part('text/plain; charset="utf-8"', text, cte),
        part('text/html; charset="utf-8"', htm, cte),
    ])


def boundary(seed, style):
    x = h(seed, 24)
    if style == "outlook":
        return f"_000_{x.upper()[:20]}prodoutlookcom_"
    if style == "google":
        return "000000000000" + x[:16]
    if style == "java":
        return f"----=_Part_{int(x[:6], 16)}_{int(x[6:14], 16)}.{int(x[14:24], 16)}"
    return f"=_{x}"


# ----------------------------------------------------------------------------- iCalendar helpers
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


def ics(lines):
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


VTZ_LONDON = [
    "BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
    "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
    "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
    "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
    "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
    "END:VTIMEZONE",
]

VTZ_WINDOWS = [
    "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]


def att(role, partstat, name, email, rsvp=True, cutype=None):
    c = f"CUTYPE={cutype};" if cutype else ""
    r = "RSVP=TRUE;" if rsvp else ""
    return f"ATTENDEE;{c}ROLE={role};PARTSTAT={partstat};{r}CN={name}:mailto:{email}"


def teams_text(mid, pc):
    return (
        "________________________________________________________________________________\n"
        "Microsoft Teams meeting\n"
        "Join on your computer, mobile app or room device\n"
        f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0>\n"
        f"Meeting ID: {mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]}\n"
        f"Passcode: {pc}\n"
        "Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | "
        "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
        "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
        "________________________________________________________________________________"
    )


def when_windows(s, e):
    s, e = s.astimezone(LON), e.astimezone(LON)
    return (f"When: {s.day} {s.strftime('%B %Y')} {s.strftime('%H:%M')}-{e.strftime('%H:%M')} "
            "(UTC+00:00) Dublin, Edinburgh, Lisbon, London.")


def outlook_invite(seed, *, sender, to, cc=(), subject, start, end, body, location, uid, seq=0,
                   method="REQUEST", sent, msgid, teams=None, delivered_to=OWNER, forwarded_from=None,
                   attendees=None, importance=None):
    """Exchange/Outlook meeting request: multipart/alternative text/plain + text/html + text/calendar."""
    when = when_windows(start, end)
    text = f"{when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.strip()}\n"
    if teams:
        text += "\n" + teams_text(*teams) + "\n"
    desc = text
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0"] + VTZ_WINDOWS + ["BEGIN:VEVENT",
             f"ORGANIZER;CN={sender[0]}:mailto:{sender[1]}"]
    if attendees is None:
        attendees = [att("REQ-PARTICIPANT", "NEEDS-ACTION", n, e) for n, e in to] + \
                    [att("OPT-PARTICIPANT", "NEEDS-ACTION", n, e) for n, e in cc]
    lines += attendees
    lines += [f"DESCRIPTION;LANGUAGE=en-GB:{esc(desc)}",
              f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-GB:{esc(subject)}",
              f"DTSTART;TZID=GMT Standard Time:{loc(start)}",
              f"DTEND;TZID=GMT Standard Time:{loc(end)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{z(sent)}", "TRANSP:OPAQUE",
              "STATUS:CANCELLED" if method == "CANCEL" else "STATUS:CONFIRMED",
              f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-GB:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{int(h(uid, 7), 16) - 2**27}",
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams:
        lines.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_{teams[0]}%40thread.v2/0")
        lines.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
              "ACTION:DISPLAY", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    b = boundary(seed, "outlook")
    body_mime = multipart("alternative", b, [
        part('text/plain; charset="utf-8"', text, "quoted-printable"),
        part('text/html; charset="utf-8"', to_html(text, "Aptos,Calibri,sans-serif"), "quoted-printable"),
        part(f'text/calendar; charset="utf-8"; method={method}', cal, "base64"),
    ])
    pre = "Canceled: " if method == "CANCEL" else ""
    headers = [("Delivered-To", delivered_to)]
    if forwarded_from:
        headers += [("X-Forwarded-To", delivered_to), ("X-Forwarded-For", f"{forwarded_from} {delivered_to}")]
    headers += [
        received("mail-" + h(seed, 6) + ".outbound.protection.outlook.com", "40.107.22." + str(int(h(seed, 2), 16) % 250), sent,
                 rcpt=delivered_to),
        ("Return-Path", f"<{sender[1]}>"),
        ("From", f"{sender[0]} <{sender[1]}>"),
        ("To", ", ".join(f"{n} <{e}>" for n, e in to)),
        ("Cc", ", ".join(f"{n} <{e}>" for n, e in cc) if cc else None),
        ("Subject", hdr(pre + subject)),
        ("Thread-Topic", hdr(subject)),
        ("Thread-Index", base64.b64encode(bytes.fromhex(h(seed + "ti", 44))).decode()),
        ("Date", rfc(sent, UTC)),
        ("Message-ID", msgid),
        ("Accept-Language", "en-GB, en-US"),
        ("Content-Language", "en-GB"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Importance", importance),
        ("Content-class", "urn:content-classes:calendarmessage"),
    ]
    return message(headers, body_mime)


def google_invite(seed, *, organizer, guests, summary, start, end, uid, seq=0, method="REQUEST",
                  description, sent, msgid, meet, to=OWNER, created=None):
    """Google Calendar invitation / cancellation e-mail (en-GB account)."""
    s, e = start.astimezone(LON), end.astimezone(LON)
    tzlabel = "BST" if s.utcoffset() else "GMT"
    when_subj = f"{s.strftime('%a')} {s.day} {s.strftime('%b %Y')} {s.strftime('%H:%M')} - {e.strftime('%H:%M')} ({tzlabel})"
    cancel = method == "CANCEL"
    subject = ("Cancelled event: " if cancel else ("Updated invitation: " if seq else "Invitation: ")) + \
        f"{summary} @ {when_subj} ({to})"
    eid = base64.b64encode(f"{uid.split('@')[0]} {to}".encode()).decode().rstrip("=")
    guest_lines = [f"{organizer[0]} - organiser", organizer[1]]
    for n, em in guests:
        if em == organizer[1]:
            continue
        guest_lines += [n, em] if n else [em]
    text_parts = []
    if cancel:
        text_parts.append("This event has been cancelled and removed from your calendar.\n")
    text_parts.append(f"{summary}\n{s.strftime('%A')} {s.day} {s.strftime('%b %Y')} \u22c5 "
                      f"{s.strftime('%H:%M')} \u2013 {e.strftime('%H:%M')}\nUnited Kingdom Time\n")
    if not cancel:
        text_parts.append(f"Join with Google Meet\nhttps://meet.google.com/{meet}\n\n"
                          f"Join by phone\n(GB) +44 20 3873 {int(h(meet, 4), 16) % 9000 + 1000}\n"
                          f"PIN: {int(h(meet + 'p', 8), 16) % 900000000 + 100000000}\n")
    text_parts.append(f"Organiser\n{organizer[0]}\n{organizer[1]}\n")
    text_parts.append("Guests\n" + "\n".join(guest_lines) + "\n" + (
        "" if cancel else f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n"))
    if description and not cancel:
        text_parts.append(description.strip() + "\n")
    if not cancel:
        text_parts.append(f"Reply for {to} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n")
    text_parts.append(
        "\n~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
        "You are receiving this email because you are an attendee on the event.\n\n"
        "Forwarding this invitation could allow any recipient to send a response to the organiser, "
        "be added to the guest list, invite others regardless of their own invitation status or "
        "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
    text = "\n".join(text_parts)
    created = created or sent
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{z(start)}", f"DTEND:{z(end)}", f"DTSTAMP:{z(sent)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for n, em in [organizer] + [g for g in guests if g[1] != organizer[1]]:
        ps = "ACCEPTED" if em == organizer[1] else "NEEDS-ACTION"
        if cancel:
            ps = "ACCEPTED" if em == organizer[1] else "NEEDS-ACTION"
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={n or em};X-NUM-GUESTS=0:mailto:{em}")
    if not cancel:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    lines += [f"CREATED:{z(created)}",
              f"DESCRIPTION:{esc(description.strip())}" if description else "DESCRIPTION:",
              f"LAST-MODIFIED:{z(sent)}", "LOCATION:", f"SEQUENCE:{seq}",
              "STATUS:CANCELLED" if cancel else "STATUS:CONFIRMED",
              f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    bm, ba = boundary(seed + "m", "google"), boundary(seed + "a", "google")
    inner = multipart("alternative", ba, [
        part('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        part('text/html; charset="UTF-8"', to_html(text, "Roboto,Helvetica,Arial,sans-serif", "14px"), "quoted-printable"),
        part(f'text/calendar; charset="UTF-8"; method={method}', cal.replace("\r\n", "\n"), "7bit"),
    ])
    outer = multipart("mixed", bm, [
        inner.rstrip("\n"),
        part(f'application/ics; name="{"invite.ics"}"', cal, "base64",
             extra=['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    headers = [
        ("Delivered-To", to),
        received("mail-sor-f69.google.com", "209.85.220.69", sent, rcpt=to),
        ("Return-Path", f"<{h(seed + 'rp', 20)}@calendar-server.bounces.google.com>"),
        ("Reply-To", f"{organizer[0]} <{organizer[1]}>"),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", msgid),
        ("Date", rfc(sent, UTC)),
        ("Subject", hdr(subject)),
        ("From", f"{organizer[0]} <{organizer[1]}>"),
        ("To", to),
    ]
    return message(headers, outer)


def put(case, fname, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    CASES.setdefault(case, {})[fname] = data


def label(case, *, interviews, difficulty, category, notes):
    LABELS[case] = {
        "user": OWNER,
        "interview": bool(interviews),
        "interviews": interviews,
        "difficulty": difficulty,
        "category": category,
        "notes": notes,
        "source": "synthetic",
    }


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(followup), "kind": kind}


def sig_owner():
    return "Niamh Rowbotham\nSenior Occupational Therapist (Band 7)\n07700 900 627"


# ============================================================================= cases
def case01():
    c = f"{PREFIX}-01-trac-interview-letter-attachment"
    sent = L(2026, 9, 3, 14, 22, "Thursday")
    start = L(2026, 9, 16, 10, 30, "Wednesday")
    end = start + timedelta(minutes=75)
    confirm_by = L(2026, 9, 9, 17, 0, "Wednesday")
    text = f"""Dear Niamh,

Occupational Therapy Service Manager - 8a
Job reference: 349-IVT-8812

Thank you for your application. We are pleased to let you know that you have been shortlisted
and we would like to invite you to interview.

Your interview letter is attached to this email and can also be viewed by logging in to your
account. It contains the date, time and venue of your interview, together with details of the
presentation you are asked to prepare.

Please confirm your attendance by logging in to your account no later than 5pm on
{long_uk(confirm_by)}.

If you have any questions about the interview arrangements please contact the Recruitment
team using the details given in the letter.

Kind regards

Recruitment Team
Irwell Valley NHS Foundation Trust

This is an automated message sent via Trac on behalf of Irwell Valley NHS Foundation Trust.
Please do not reply to this email as this mailbox is not monitored.
"""
    letter = f"""                              IRWELL VALLEY NHS FOUNDATION TRUST
                              Workforce Directorate - Recruitment
                              Kersal Lodge, Irwell Valley General Hospital
                              Tel: 0161 496 0732

PRIVATE & CONFIDENTIAL
Ms N Rowbotham

Date:     3 September 2026
Our ref:  349-IVT-8812

Dear Ms Rowbotham

Re: Invitation to Interview - Occupational Therapy Service Manager (Band 8a),
    Adult Community Therapies

Following shortlisting, I am pleased to invite you to attend for interview for the above post.

    Date:     {long_uk(start)}
    Time:     10.30am (please arrive 10 minutes early to sign in at Kersal Lodge reception)
    Venue:    Meeting Room 4, Kersal Lodge, Irwell Valley General Hospital
    Format:   Presentation followed by a panel interview. Please allow 1 hour 15 minutes
              in total.

Presentation (10 minutes): "How would you reduce waiting times for community OT assessment
in your first twelve months in post?" You may bring slides on a memory stick or printed
handouts for the panel.

The interview panel will be:
    Mrs Joanne Pilkington, Associate Director of Therapies (Chair)
    Mr Dev Sharma, Head of Adult Community Services
    Ms Ruth Oyelaran, Staff-side representative

Please bring with you original proof of identity (passport or photocard driving licence),
proof of address dated within the last three months, your HCPC registration number and
evidence of your qualifications.

If you require any reasonable adjustments for the interview, or are unable to attend,
please contact Lucy Brennan, Recruitment Officer, on 0161 496 0732 or by email at
lucy.brennan@irwellvalley.nhs.example as soon as possible.

Yours sincerely


Lucy Brennan
Recruitment Officer
On behalf of Joanne Pilkington, Associate Director of Therapies

                                                                          Page 1 of 1
"""
    bm = boundary(c + "mixed", "java")
    body = multipart("mixed", bm, [
        alt(c, text, cte="quoted-printable", style="java").rstrip("\n"),
        part('text/plain; charset="utf-8"; name="Interview Invitation Letter - 349-IVT-8812.txt"',
             letter, "base64",
             extra=['Content-Disposition: attachment; filename="Interview Invitation Letter - 349-IVT-8812.txt"']),
    ])
    headers = [
        ("Delivered-To", OWNER),
        received("mta3.trac.jobs", "185.23.116.41", sent),
        ("Return-Path", "<bounces+349ivt8812@trac.jobs>"),
        ("From", "Irwell Valley NHS Foundation Trust <no-reply@trac.jobs>"),
        ("To", f"{OWNER_NAME} <{OWNER}>"),
        ("Subject", "Invitation to interview - Occupational Therapy Service Manager - 8a (349-IVT-8812)"),
        ("Date", rfc(sent, LON, 5)),
        ("Message-ID", "<20260903132205.5F2A1C0043.349IVT8812@trac.jobs>"),
        ("Auto-Submitted", "auto-generated"),
        ("X-Mailer", "Trac Recruitment"),
    ]
    put(c, "01-trac-invitation-to-interview.eml", message(headers, body))
    label(c, interviews=[iv("Irwell Valley NHS Foundation Trust",
                            "Occupational Therapy Service Manager (Band 8a)", start, end, "scheduled",
                            [], ["lucy.brennan@irwellvalley.nhs.example"], "onsite")],
          difficulty="hard", category="positive/attachment-letter",
          notes="Trac e-mail body gives no date or time; the attached interview letter gives "
                "Wednesday 16 September 2026 10.30am (BST), presentation + panel, allow 1h15. Panel "
                "named without addresses, so follow-up goes to the recruitment officer named in the letter.")


def case02():
    c = f"{PREFIX}-02-jobtrain-plus-teams-invite"
    sent1 = L(2026, 10, 14, 10, 5, "Wednesday")
    sent2 = L(2026, 10, 15, 10, 12, "Thursday")
    start = L(2026, 10, 29, 14, 0, "Thursday")
    end = start + timedelta(hours=1)
    alison = ("Alison Crabtree", "alison.crabtree@penninemoss.nhs.example")
    kwame = ("Kwame Asante", "kwame.asante@penninemoss.nhs.example")
    text = f"""Dear Niamh

Interview Invitation - Head of Therapies (Community) - PMC-26-0418

Congratulations, you have been shortlisted for the above post and we would like to invite you to
interview.

Date:      Thursday 29th October 2026
Time:      14:00 - 15:00
Location:  Microsoft Teams (a Teams meeting invitation will be sent to you separately by the
           chair of the panel)

The interview will consist of a 15 minute presentation followed by a panel interview.
Presentation title: "Building one therapy workforce across community and intermediate care:
your priorities for the first 100 days."

Panel:
Dr Alison Crabtree, Director of Operations - Community Services (Chair)
Kwame Asante, Deputy Director of Nursing & AHPs

Please log in to your Jobtrain account to confirm that you will be attending.

Kind regards

Recruitment Team
Pennine Moss Community Health NHS Trust

Please do not reply to this email. Messages sent to this address are not monitored.
"""
    htm = ('<html><body style="margin:0;background:#f0f4f5"><table width="100%" cellpadding="0" '
           'cellspacing="0"><tr><td align="center"><table width="600" style="background:#ffffff;'
           'font-family:Arial,sans-serif;font-size:14px;color:#231f20"><tr><td style="background:#005eb8;'
           'color:#fff;padding:16px;font-size:18px">Pennine Moss Community Health NHS Trust</td></tr>'
           '<tr><td style="padding:16px">' + to_html(text).split("\n", 2)[2].rsplit("</div>", 1)[0] +
           '</td></tr><tr><td style="padding:12px;font-size:11px;color:#768692">Powered by Jobtrain</td>'
           '</tr></table></td></tr></table></body></html>\n')
    headers = [
        ("Delivered-To", OWNER),
        received("smtp-out2.jobtrain.co.uk", "94.236.41.18", sent1),
        ("Return-Path", "<bounce-pmc260418@jobtrain.co.uk>"),
        ("From", "Pennine Moss Community Health NHS Trust <noreply@jobtrain.co.uk>"),
        ("Reply-To", "noreply@jobtrain.co.uk"),
        ("To", OWNER),
        ("Subject", "Interview Invitation - Head of Therapies (Community) - PMC-26-0418"),
        ("Date", rfc(sent1, LON, 14)),
        ("Message-ID", f"<jt.{h(c + '1', 20)}@mailer.jobtrain.co.uk>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    put(c, "01-jobtrain-interview-invitation.eml",
        message(headers, alt(c + "1", text, htm, "quoted-printable", "java")))
    body = """Dear Niamh,

Please find below the Teams link for your interview for Head of Therapies (Community). Kwame and
I look forward to meeting you. Please have your presentation ready to share on screen; we will
start with that and then move on to questions.

If you have any technical problems on the day please call the recruitment team on 0161 496 0214.

Kind regards,

Dr Alison Crabtree
Director of Operations - Community Services
Pennine Moss Community Health NHS Trust"""
    put(c, "02-teams-invite-head-of-therapies.eml", outlook_invite(
        c + "2", sender=alison, to=[(OWNER_NAME, OWNER), kwame],
        subject="Interview - Head of Therapies (Community) - Niamh Rowbotham",
        start=start, end=end, body=body, location="Microsoft Teams Meeting",
        uid="040000008200E00074C5B7101A82E00800000000" + h(c + "uid", 24).upper(),
        sent=sent2, msgid=f"<LO4P265MB{h(c + 'm2', 12).upper()}@LO4P265MB{h(c + 'm2b', 4).upper()}.GBRP265.PROD.OUTLOOK.COM>",
        teams=(str(int(h(c + "t", 10), 16))[:12].ljust(12, "4"), "Qh7Rt2")))
    label(c, interviews=[iv("Pennine Moss Community Health NHS Trust", "Head of Therapies (Community)",
                            start, end, "scheduled", [alison[1], kwame[1]], [alison[1], kwame[1]], "onsite")],
          difficulty="medium", category="positive/dedupe-ats-plus-teams",
          notes="Jobtrain invitation and the chair's Teams invite (GMT Standard Time TZID) are the same "
                "interview: Thu 29 Oct 2026 14:00-15:00 GMT, after the 25 Oct clock change although both "
                "mails were sent in BST. Panel of two, both on the invite.")


def case03():
    c = f"{PREFIX}-03-hcpc-renewal-reminder"
    sent = L(2026, 10, 1, 9, 0, "Thursday")
    deadline = L(2026, 11, 30, 0, 0, "Monday")
    text = f"""Dear Niamh Rowbotham

Registration number: OT61842
Profession: Occupational therapist

Your renewal window is now open

Occupational therapists must renew their registration by {long_uk(deadline)}. To renew, log in to
your HCPC online portal, complete the professional declaration and pay your renewal fee.

As part of renewal you will be asked to confirm that you continue to meet our standards of
continuing professional development (CPD). We audit a random 2.5% of each profession: if you are
selected you will be asked to submit a CPD profile, which will be assessed by two CPD assessors.
You will be told whether you have been selected after the renewal window closes.

If you do not renew by the deadline your registration will lapse and you will not be able to
practise or use the protected title "occupational therapist".

Renew now: https://portal.hcpc-uk.example/renew

Kind regards

Registration Department
Health and Care Professions Council

Please do not reply to this email.
"""
    headers = [
        ("Delivered-To", OWNER),
        received("mail.hcpc-uk.example", "51.141.9.77", sent),
        ("Return-Path", "<noreply@hcpc-uk.example>"),
        ("From", "HCPC Registrations <noreply@hcpc-uk.example>"),
        ("To", OWNER),
        ("Subject", "Action needed: renew your HCPC registration by 30 November 2026"),
        ("Date", rfc(sent, LON, 2)),
        ("Message-ID", f"<{h(c + 'm', 24)}@mail.hcpc-uk.example>"),
        ("List-Unsubscribe", "<mailto:unsubscribe@hcpc-uk.example>"),
    ]
    put(c, "01-hcpc-renewal-window-open.eml", message(headers, alt(c, text, cte="quoted-printable", style="java")))
    ev_start = L(2026, 11, 3, 19, 0, "Tuesday")
    ev = {
        "kind": "calendar#event", "etag": '"3519027736402000"', "id": "2r7k4qe1d0hcpcrenew26nr",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=MnI3azRxZTFkMGhjcGNyZW5ldzI2bnI",
        "created": "2026-10-01T19:41:08.000Z", "updated": "2026-10-01T19:41:08.201Z",
        "summary": "HCPC renewal + declaration (CPD audit? keep profile ready)",
        "description": "Renew before 30 Nov. Portal login in password manager. Fee on direct debit card.",
        "creator": {"email": OWNER, "self": True}, "organizer": {"email": OWNER, "self": True},
        "start": {"dateTime": ev_start.isoformat(), "timeZone": "Europe/London"},
        "end": {"dateTime": (ev_start + timedelta(minutes=30)).isoformat(), "timeZone": "Europe/London"},
        "iCalUID": "2r7k4qe1d0hcpcrenew26nr@google.com", "sequence": 0,
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    put(c, "02-hcpc-renewal-block.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")
    label(c, interviews=[], difficulty="easy", category="negative/professional-registration",
          notes="HCPC renewal reminder (CPD audit, assessors) plus the owner's own calendar block to do it; "
                "no hiring process.")


def oleeo_ics(uid, seq, start, end, sent, status="CONFIRMED", method="REQUEST"):
    return ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Oleeo//Vacancy Filling//EN",
                f"METHOD:{method}"] + VTZ_LONDON + [
                "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{z(sent)}",
                f"DTSTART;TZID=Europe/London:{loc(start)}", f"DTEND;TZID=Europe/London:{loc(end)}",
                "SUMMARY:Interview - Team Manager - Occupational Therapy (Adult Social Care)",
                "LOCATION:Committee Room 2\\, Irk Valley Town Hall\\, Church Street",
                "DESCRIPTION:Presentation followed by panel interview. Ref IVC/ASC/0925.",
                "ORGANIZER;CN=Irk Valley Council Recruitment:mailto:no-reply@irkvalley.tal.net",
                att("REQ-PARTICIPANT", "NEEDS-ACTION", OWNER_NAME, OWNER),
                f"STATUS:{status}", "END:VEVENT", "END:VCALENDAR"])


def case04():
    c = f"{PREFIX}-04-oleeo-rail-strike-reschedule"
    sent1 = L(2026, 9, 25, 11, 40, "Friday")
    orig = L(2026, 10, 6, 9, 30, "Tuesday")
    ask = L(2026, 9, 29, 20, 14, "Tuesday")
    sent2 = L(2026, 9, 30, 9, 3, "Wednesday")
    sent3 = L(2026, 9, 30, 9, 21, "Wednesday")
    final = L(2026, 10, 14, 10, 30, "Wednesday")
    uid = "ivc-asc-0925-int-55821@irkvalley.tal.net"
    sinead = ("Sinead Hargreaves", "sinead.hargreaves@irkvalley.gov.example")

    def oleeo_mail(seq, start, sent, fname, subj, intro):
        text = f"""Dear Niamh

{intro}

Vacancy:   Team Manager - Occupational Therapy (Adult Social Care)
Reference: IVC/ASC/0925
Date:      {start.strftime('%A %d %B %Y')}
Time:      {start.strftime('%H:%M')} - {(start + timedelta(hours=1)).strftime('%H:%M')}
Venue:     Committee Room 2, Irk Valley Town Hall, Church Street

Your interview will consist of a 10 minute presentation followed by a panel interview with
Mark Ellison (Head of Adult Social Care) and Bernadette Quayle (Principal Occupational
Therapist). Presentation topic: "Managing demand for OT assessments at the front door of adult
social care."

Please bring photographic ID and proof of your right to work in the UK.

A calendar file is attached for your convenience. If you have any queries, please contact
{sinead[0]}, Recruitment Coordinator, at {sinead[1]}.

Kind regards

Irk Valley Council Recruitment Team

This email was sent from an unmonitored mailbox.
"""
        bm = boundary(c + fname, "java")
        body = multipart("mixed", bm, [
            alt(c + fname, text, cte="quoted-printable", style="java").rstrip("\n"),
            part('text/calendar; charset="utf-8"; method=REQUEST; name="interview.ics"',
                 oleeo_ics(uid, seq, start, start + timedelta(hours=1), sent), "base64",
                 extra=['Content-Disposition: attachment; filename="interview.ics"']),
        ])
        headers = [
            ("Delivered-To", OWNER),
            received("out-07.tal.net", "62.254.184.7", sent),
            ("Return-Path", "<bounce@irkvalley.tal.net>"),
            ("From", "Irk Valley Council Recruitment <no-reply@irkvalley.tal.net>"),
            ("To", f"{OWNER_NAME} <{OWNER}>"),
            ("Subject", subj),
            ("Date", rfc(sent, LON, 9)),
            ("Message-ID", f"<oleeo.{h(c + fname, 18)}@irkvalley.tal.net>"),
            ("Auto-Submitted", "auto-generated"),
        ]
        put(c, fname, message(headers, body))

    oleeo_mail(0, orig, sent1, "01-oleeo-interview-booked.eml",
               "Interview booked: Team Manager - Occupational Therapy (IVC/ASC/0925)",
               "Thank you for booking your interview slot. Your interview details are confirmed below.")
    ask_id = "<CAJx7pQ2mF8v4Rt1_nR0wb9Kq3Lh6Yd@mail.example.com>"
    ask_text = f"""Hi Sinead,

I've just seen that Northern and TransPennine drivers have confirmed strike action on Tues 6th
October, which is the day of my interview. I come in by train so I'm a bit stuck - is there any
chance of moving it? I'm free most of the following week apart from the Monday.

Sorry for the hassle, and many thanks,

{sig_owner()}"""
    reply_text = f"""Hi Niamh,

Thanks for letting us know, and no problem at all - the panel would much rather see you in person
than have you stuck at Piccadilly!

I've moved you to Weds 14th October at half ten, same venue (Committee Room 2, Town Hall).
Everything else stays the same. You'll get an updated confirmation from the system shortly.

Many thanks,
Sinead

Sinead Hargreaves
Recruitment Coordinator | People & Organisational Development
Irk Valley Council
0161 496 0388

On Tue, 29 Sept 2026 at 20:14, Niamh Rowbotham <{OWNER}> wrote:
{quote(ask_text)}
"""
    headers = [
        ("Delivered-To", OWNER),
        received("mail.irkvalley.gov.example", "195.99.12.40", sent2),
        ("Return-Path", f"<{sinead[1]}>"),
        ("From", f"{sinead[0]} <{sinead[1]}>"),
        ("To", f"{OWNER_NAME} <{OWNER}>"),
        ("Subject", "RE: Interview on Tues 6th October - rail strike"),
        ("Date", rfc(sent2, LON, 44)),
        ("Message-ID", f"<DB9PR02MB{h(c + 'r', 10).upper()}@DB9PR02MB7730.eurprd02.prod.outlook.com>"),
        ("In-Reply-To", ask_id),
        ("References", ask_id),
        ("Thread-Topic", "Interview on Tues 6th October - rail strike"),
    ]
    put(c, "02-re-interview-rail-strike.eml", message(headers, alt(c + "2", reply_text)))
    oleeo_mail(1, final, sent3, "03-oleeo-interview-booking-updated.eml",
               "Interview booking updated: Team Manager - Occupational Therapy (IVC/ASC/0925)",
               "Your interview booking has been changed. Your new interview details are below and replace\n"
               "any previous booking for this vacancy.")
    label(c, interviews=[iv("Irk Valley Council", "Team Manager - Occupational Therapy (Adult Social Care)",
                            final, final + timedelta(hours=1), "scheduled", [], [sinead[1]], "onsite")],
          difficulty="medium", category="positive/reschedule",
          notes="Oleeo booking for Tue 6 Oct 09:30 moved because of a rail strike: coordinator says "
                "'Weds 14th October at half ten' and the updated Oleeo mail/ics (same UID, SEQUENCE 1) gives "
                "10:30-11:30 BST. One interview at the final time; panel names have no addresses so "
                "follow-up goes to the coordinator.")


def case05():
    c = f"{PREFIX}-05-jobcentre-work-focused-interview"
    sent = L(2026, 10, 8, 13, 52, "Thursday")
    start = L(2026, 10, 15, 11, 20, "Thursday")
    end = start + timedelta(minutes=40)
    dea = ("Priya Chaudhry (DWP)", "priya.chaudhry@dwp.gov.example")
    body = """Hi Niamh,

Following your referral last week, I've booked a joint appointment for Mr D. (your patient - details
as per the referral) at Longsight Jobcentre. This is his work-focused interview with me as his
Disability Employment Adviser, and it would be really helpful if you could attend to talk through
the workplace adjustments in your OT report and his graded return plan.

Thursday 15 October at 11.20am, it should take about 40 minutes. Please ask for me at the front
desk - security will need to see your NHS ID badge.

Many thanks,

Priya Chaudhry
Disability Employment Adviser
Jobcentre Plus - Longsight
Department for Work and Pensions"""
    put(c, "01-joint-appointment-jobcentre.eml", outlook_invite(
        c, sender=dea, to=[("Rowbotham Niamh (HULME PARK NHS FOUNDATION TRUST)", WORK)],
        subject="Joint appointment - Mr D. work-focused interview - Longsight Jobcentre",
        start=start, end=end, body=body, location="Longsight Jobcentre Plus, interview room 3",
        uid="040000008200E00074C5B7101A82E00800000000" + h(c + "uid", 24).upper(), sent=sent,
        msgid=f"<CWLP265MB{h(c + 'm', 12).upper()}@CWLP265MB5186.GBRP265.PROD.OUTLOOK.COM>",
        forwarded_from=WORK))
    label(c, interviews=[], difficulty="hard", category="negative/jobcentre-appointment",
          notes="Jobcentre 'work-focused interview' for the owner's patient; she attends in her clinical role. "
                "Not a job interview for the user. Arrives via her NHS work account's auto-forward.")


def case06():
    c = f"{PREFIX}-06-eploy-cancel-recruitment-freeze"
    sent1 = L(2026, 10, 20, 15, 31, "Tuesday")
    sent2 = L(2026, 10, 28, 16, 47, "Wednesday")
    start = L(2026, 11, 2, 13, 30, "Monday")
    end = start + timedelta(hours=1)
    rach = ("Rachael Dunn", "rachael.dunn@croalvalley.gov.example")
    text = f"""Dear Niamh,

Occupational Therapy Service Lead (Adults) - Ref CV2610

Thank you for your application. I am pleased to invite you to attend an interview as detailed below:

Date:     {long_uk(start)}
Time:     1.30pm
Duration: approximately 1 hour
Venue:    Croal House, 1 Bank Street - please report to main reception on the ground floor

The interview will be with a panel consisting of Andrea Whittle, Assistant Director - Adult Social
Care, and Imran Patel, Principal Occupational Therapist. You will be asked to give a short
presentation (10 minutes) on "Reducing hand-offs between reablement and OT".

A calendar appointment is attached. Please confirm your attendance through your candidate
account.

Yours sincerely

Recruitment Team
Croal Valley Council
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Eploy//Eploy Recruitment//EN", "VERSION:2.0",
               "METHOD:REQUEST"] + VTZ_LONDON + ["BEGIN:VEVENT",
               f"UID:eploy-interview-88412-{h(c, 8)}@careers.croalvalley.gov.example", "SEQUENCE:0",
               f"DTSTAMP:{z(sent1)}", f"DTSTART;TZID=Europe/London:{loc(start)}",
               f"DTEND;TZID=Europe/London:{loc(end)}",
               "SUMMARY:Interview: Occupational Therapy Service Lead (Adults) - CV2610",
               "LOCATION:Croal House\\, 1 Bank Street",
               "ORGANIZER;CN=Croal Valley Council Recruitment:mailto:no-reply@careers.croalvalley.gov.example",
               att("REQ-PARTICIPANT", "NEEDS-ACTION", OWNER_NAME, OWNER),
               "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    bm = boundary(c + "1", "java")
    body = multipart("mixed", bm, [
        alt(c + "1", text, style="java").rstrip("\n"),
        part('text/calendar; charset="utf-8"; method=REQUEST; name="Interview.ics"', cal, "base64",
             extra=['Content-Disposition: attachment; filename="Interview.ics"']),
    ])
    headers = [
        ("Delivered-To", OWNER),
        received("smtp.eploy.example", "20.68.14.201", sent1),
        ("Return-Path", "<no-reply@careers.croalvalley.gov.example>"),
        ("From", "Croal Valley Council Careers <no-reply@careers.croalvalley.gov.example>"),
        ("To", OWNER),
        ("Subject", "Interview Invitation - Occupational Therapy Service Lead (Adults) - CV2610"),
        ("Date", rfc(sent1, LON, 27)),
        ("Message-ID", f"<{h(c + 'm1', 8)}-{h(c + 'm1b', 4)}-{h(c + 'm1c', 12)}@eploy.example>"),
        ("X-Mailer", "Eploy"),
    ]
    put(c, "01-eploy-interview-invitation.eml", message(headers, body))
    text2 = f"""Dear Niamh,

I'm sorry to be writing with disappointing news.

Following the announcement by the Council's Chief Executive on Monday of an immediate recruitment
freeze on all non-frontline posts while the Council addresses its in-year budget position, the
Occupational Therapy Service Lead post has been placed on hold. This means we have had to cancel
your interview on Monday 2nd November at 1.30pm.

Please accept our apologies for the short notice. We will keep your application on file and will
contact you if the post is released from the freeze. In the meantime, do keep an eye on our
careers site for other opportunities.

Kind regards,

Rachael Dunn
HR Adviser (Recruitment)
Croal Valley Council
Tel: 01204 496 318
"""
    headers = [
        ("Delivered-To", OWNER),
        received("mail.croalvalley.gov.example", "81.144.200.9", sent2),
        ("Return-Path", f"<{rach[1]}>"),
        ("From", f"{rach[0]} <{rach[1]}>"),
        ("To", f"'{OWNER}' <{OWNER}>"),
        ("Subject", "Occupational Therapy Service Lead (CV2610) - interview on 2 November"),
        ("Date", rfc(sent2, UTC, 12)),
        ("Message-ID", f"<LO2P123MB{h(c + 'm2', 12).upper()}@LO2P123MB4471.GBRP123.PROD.OUTLOOK.COM>"),
        ("Importance", "High"),
    ]
    put(c, "02-recruitment-freeze-interview-cancelled.eml", message(headers, alt(c + "2", text2)))
    label(c, interviews=[iv("Croal Valley Council", "Occupational Therapy Service Lead (Adults)", start, end,
                            "cancelled", [], [rach[1]], "onsite")],
          difficulty="medium", category="positive/cancellation",
          notes="Eploy invitation with .ics for Mon 2 Nov 2026 13:30 GMT, then a human HR e-mail cancels it "
                "because of a recruitment freeze (no CANCEL ics). Kept as cancelled at 13:30 GMT.")


def case07():
    c = f"{PREFIX}-07-two-stage-values-group-then-panel"
    sent1 = L(2026, 9, 7, 9, 15, "Monday")
    sent2 = L(2026, 9, 24, 17, 2, "Thursday")
    s1 = L(2026, 9, 22, 13, 0, "Tuesday")
    e1 = L(2026, 9, 22, 14, 30)
    s2 = L(2026, 10, 2, 10, 0, "Friday")
    e2 = s2 + timedelta(hours=1)
    outcome_by = L(2026, 9, 25, 0, 0, "Friday")
    farah = "farah.siddiqui@medlockvale.nhs.example"
    text1 = f"""Dear Niamh Rowbotham,

You've been invited to an interview for the following job:

Job title: Therapy Lead - Intermediate Care
Reference number: C9277-26-0561
Employer: Medlock Vale NHS Foundation Trust

Interview details

This is a two-stage selection process.

Stage 1 - values-based assessment
Date: {long_uk(s1)}
Time: 1:00pm to 2:30pm
Location: Education Centre, Seminar Room B, Medlock Vale Hospital

Stage 1 is a values-based group exercise with other shortlisted candidates (about 60 minutes),
observed by two assessors, followed by a short one-to-one values conversation with one of the
assessors (about 20 minutes).

Candidates who are successful at stage 1 will be invited to stage 2, a panel interview, which
will be held on Friday 2 October 2026. We will tell you the outcome of stage 1 by
{long_uk(outcome_by)}.

If you need to contact us about this interview, contact Farah Siddiqui, Recruitment Lead, at
{farah} or 0161 496 0871.

Confirm your attendance by signing in to your NHS Jobs account.

NHS Jobs

This is an automated email - please do not reply.
"""
    text2 = f"""Dear Niamh Rowbotham,

Good news - you have been successful at stage 1 of the selection process for:

Job title: Therapy Lead - Intermediate Care
Reference number: C9277-26-0561
Employer: Medlock Vale NHS Foundation Trust

You're invited to stage 2.

Interview details
Date: {long_uk(s2)}
Time: 10:00am
Length: 1 hour (includes a 10 minute presentation)
Location: Board Room, Medlock House, Medlock Vale Hospital

Panel: Helen Markland (Director of Therapies), Dr Simon Okoye (Clinical Director, Intermediate
Care) and a patient representative.

Presentation: "What does good look like for therapy in intermediate care, and how would you
measure it?"

If you need to contact us about this interview, contact Farah Siddiqui, Recruitment Lead, at
{farah}.

NHS Jobs

This is an automated email - please do not reply.
"""
    for n, (sent, text, subj) in enumerate([
            (sent1, text1, "Medlock Vale NHS Foundation Trust - Invitation to interview - Therapy Lead - Intermediate Care"),
            (sent2, text2, "Medlock Vale NHS Foundation Trust - Invitation to stage 2 interview - Therapy Lead - Intermediate Care")], 1):
        headers = [
            ("Delivered-To", OWNER),
            received("a27-88.smtp-out.eu-west-2.amazonses.com", "54.240.27.88", sent),
            ("Return-Path", f"<0102019{h(c + str(n), 20)}-000000@eu-west-2.amazonses.com>"),
            ("From", "NHS Jobs <no-reply@jobs.nhs.uk>"),
            ("To", OWNER),
            ("Subject", subj),
            ("Date", rfc(sent, UTC, 31)),
            ("Message-ID", f"<0102019{h(c + 'mid' + str(n), 24)}-{h(c + 'x' + str(n), 8)}-000000@eu-west-2.amazonses.com>"),
        ]
        put(c, f"0{n}-nhs-jobs-{'invitation-stage-1' if n == 1 else 'invitation-stage-2'}.eml",
            message(headers, part('text/plain; charset="utf-8"', text, "quoted-printable")))
    label(c, interviews=[
        iv("Medlock Vale NHS Foundation Trust", "Therapy Lead - Intermediate Care", s1, e1, "scheduled",
           [], [farah], "other"),
        iv("Medlock Vale NHS Foundation Trust", "Therapy Lead - Intermediate Care", s2, e2, "scheduled",
           [], [farah], "onsite")],
        difficulty="hard", category="positive/two-interviews-two-stage",
        notes="Two stages on different days: stage 1 values-based group exercise + one-to-one values "
              "conversation Tue 22 Sep 13:00-14:30 BST (kind other), stage 2 panel Fri 2 Oct 10:00-11:00 BST "
              "(the first mail only announces the stage-2 date; the time comes from the second mail).")


def case08():
    c = f"{PREFIX}-08-home-visit-booked-by-colleague"
    sent = L(2026, 10, 16, 15, 48, "Friday")
    start = L(2026, 10, 20, 10, 0, "Tuesday")
    end = start + timedelta(minutes=90)
    chloe = ("Barnes Chloe (HULME PARK NHS FOUNDATION TRUST)", "chloe.barnes@hulmepark.nhs.example")
    body = """Hi Niamh,

I've booked the joint home visit for Mrs W. as we discussed at handover - she's expecting us at 10
and her daughter will be there. Key safe code is on RiO if nobody answers.

Could you bring the bath board and the perching stool from the store? I'll do the kitchen
assessment and you do the transfers / bathing assessment, then we can write up together back at
base.

Thanks,
Chloe

Chloe Barnes
Occupational Therapist (Band 5)
Community Therapy Team - South
Hulme Park NHS Foundation Trust"""
    put(c, "01-joint-home-visit-invite.eml", outlook_invite(
        c, sender=chloe, to=[("Rowbotham Niamh (HULME PARK NHS FOUNDATION TRUST)", WORK)],
        subject="Joint HV - Mrs E.W. - initial OT assessment (kitchen / bathing)",
        start=start, end=end, body=body, location="Patient's home (address on RiO)",
        uid="040000008200E00074C5B7101A82E00800000000" + h(c + "uid", 24).upper(), sent=sent,
        msgid=f"<LO6P265MB{h(c + 'm', 12).upper()}@LO6P265MB6038.GBRP265.PROD.OUTLOOK.COM>",
        forwarded_from=WORK))
    label(c, interviews=[], difficulty="medium", category="negative/patient-home-visit",
          notes="Outlook invite from a colleague for a joint patient home visit/assessment; clinical work, "
                "not a hiring process.")


def case09():
    c = f"{PREFIX}-09-stonefish-university-plus-own-gcal"
    sent = L(2026, 10, 7, 12, 18, "Wednesday")
    start = L(2026, 10, 21, 9, 30, "Wednesday")
    end = L(2026, 10, 21, 10, 30)
    tom = "t.gallagher@irwellmet.ac.example"
    text = f"""Dear Niamh

Post: Programme Lead - BSc (Hons) Occupational Therapy
Reference: IMU-0871
School of Health and Society

Thank you for your application for the above post. I am delighted to let you know that you have
been shortlisted and I would like to invite you to interview.

Date:          {long_uk(start)}
Arrival time:  9.15am - please report to Reception, Brindley Building
Interview:     9.30am - 10.30am
Format:        a 15-minute presentation to the panel, followed by a panel interview

Presentation title: "Recruiting and retaining a diverse occupational therapy student cohort:
your plan for the programme."

Your panel will be:
Professor Karen Lowe, Head of School (Chair)
Dr Tomasz Nowak, Director of Allied Health Programmes
Jenny Ashcroft, Service User and Carer representative

Please confirm that you are able to attend by following the link in your candidate portal.
If you have any queries, please contact me on 0161 496 0915 or at {tom}.

Yours sincerely

Tom Gallagher
HR Officer (Recruitment)
Irwell Metropolitan University

Please do not reply directly to this email.
"""
    htm = to_html(text, "Verdana,Geneva,sans-serif", "10pt").replace(
        "<body>", '<body><table width="100%"><tr><td style="background:#3b0d5c;color:#fff;padding:12px">'
        "<b>Irwell Metropolitan University</b> - Jobs</td></tr></table>")
    headers = [
        ("Delivered-To", OWNER),
        received("mailer.stonefish.example", "212.71.249.30", sent),
        ("Return-Path", "<recruitment-noreply@irwellmet.ac.example>"),
        ("From", hdr("Irwell Metropolitan University \u2013 Recruitment <recruitment-noreply@irwellmet.ac.example>")),
        ("Reply-To", "hr-recruitment@irwellmet.ac.example"),
        ("To", f"Niamh Rowbotham <{OWNER}>"),
        ("Subject", hdr("Interview invitation: Programme Lead \u2013 BSc (Hons) Occupational Therapy (IMU-0871)")),
        ("Date", rfc(sent, LON, 50)),
        ("Message-ID", f"<sf.{h(c + 'm', 20)}@irwellmet.ac.example>"),
        ("X-Mailer", "Stonefish Recruitment"),
    ]
    put(c, "01-irwellmet-interview-invitation.eml", message(headers, alt(c, text, htm, "quoted-printable", "java")))
    ev = {
        "kind": "calendar#event", "etag": '"3521553076110000"', "id": "6mq0v1b8kfimuinterview0871",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=Nm1xMHYxYjhrZmltdWludGVydmlldzA4NzE",
        "created": "2026-10-07T18:05:38.000Z", "updated": "2026-10-07T18:05:38.055Z",
        "summary": "IMU interview \u2013 Programme Lead OT (presentation + panel)",
        "description": "Arrive 9.15 Brindley Building reception. Slides on USB + printed copies x3. "
                       "Panel: Prof Karen Lowe, Dr Tomasz Nowak, Jenny Ashcroft.",
        "location": "Brindley Building, Irwell Metropolitan University",
        "creator": {"email": OWNER, "self": True},
        "organizer": {"email": OWNER, "self": True},
        "start": {"dateTime": start.isoformat(), "timeZone": "Europe/London"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Europe/London"},
        "iCalUID": "6mq0v1b8kfimuinterview0871@google.com", "sequence": 0,
        "reminders": {"useDefault": False, "overrides": [{"method": "popup", "minutes": 120}]},
        "eventType": "default",
    }
    put(c, "02-own-calendar-entry.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")
    label(c, interviews=[iv("Irwell Metropolitan University", "Programme Lead - BSc (Hons) Occupational Therapy",
                            start, end, "scheduled", [], [tom], "onsite")],
          difficulty="medium", category="positive/dedupe-ats-plus-own-calendar",
          notes="Stonefish-style university invitation (arrive 9.15, interview 9.30-10.30 BST, Wed 21 Oct) plus "
                "the owner's own Google Calendar entry for the same interview: ONE interview. Reply-To is a "
                "group mailbox; follow-up goes to the named HR officer.")


def case10():
    c = f"{PREFIX}-10-teamtailor-utc-ics-after-dst"
    sent = L(2026, 10, 23, 15, 44, "Friday")
    start = L(2026, 10, 26, 11, 0, "Monday")
    end = start + timedelta(minutes=45)
    ellie = ("Ellie Whitworth", "ellie.whitworth@kestrelrehab.example")
    marcus = ("Marcus Adeyemi", "marcus.adeyemi@kestrelrehab.example")
    text = f"""Hi Niamh,

Your video interview for Regional Therapy Manager - North West has been booked.

When: Monday 26 October 2026, 11:00 - 11:45 (GMT)
With: {marcus[0]}, Director of Clinical Services
Where: Microsoft Teams - https://teams.microsoft.com/l/meetup-join/19%3ameeting_KRG{h(c, 10)}%40thread.v2/0

Marcus will want to hear about your experience leading multi-site therapy teams and how you'd
approach CQC readiness across our North West rehab units. It's a conversation rather than a
formal panel, so no presentation is needed.

We've attached a calendar file so you can add it to your calendar. If you need to rearrange,
just reply to this email.

Best wishes,
{ellie[0]}
Talent Acquisition Partner, Kestrel Rehab Group

Powered by Teamtailor
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Teamtailor//Interview Scheduling//EN",
               "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
               f"UID:tt-meeting-{h(c + 'uid', 12)}@teamtailor.com", f"DTSTAMP:{z(sent)}",
               f"DTSTART:{z(start)}", f"DTEND:{z(end)}",
               "SUMMARY:Interview: Niamh Rowbotham / Kestrel Rehab Group - Regional Therapy Manager",
               f"DESCRIPTION:Video interview with {marcus[0]}\\, Director of Clinical Services.",
               "LOCATION:Microsoft Teams",
               f"ORGANIZER;CN={ellie[0]}:mailto:{ellie[1]}",
               att("REQ-PARTICIPANT", "ACCEPTED", marcus[0], marcus[1], rsvp=False),
               att("REQ-PARTICIPANT", "NEEDS-ACTION", OWNER_NAME, OWNER),
               "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    bm = boundary(c, "other")
    body = multipart("mixed", bm, [
        alt(c, text, style="other").rstrip("\n"),
        part('text/calendar; charset="utf-8"; method=REQUEST; name="invite.ics"', cal, "base64",
             extra=['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    headers = [
        ("Delivered-To", OWNER),
        received("o2.email.teamtailor.com", "149.72.171.12", sent),
        ("Return-Path", "<bounces+4471@email.teamtailor.com>"),
        ("From", "Kestrel Rehab Group <no-reply@teamtailor.com>"),
        ("Reply-To", f"{ellie[0]} <{ellie[1]}>"),
        ("To", OWNER),
        ("Subject", "Your interview with Kestrel Rehab Group is booked"),
        ("Date", rfc(sent, UTC, 7)),
        ("Message-ID", f"<{h(c + 'mid', 22)}@teamtailor.com>"),
    ]
    put(c, "01-teamtailor-interview-booked.eml", message(headers, body))
    label(c, interviews=[iv("Kestrel Rehab Group", "Regional Therapy Manager - North West", start, end, "scheduled",
                            [marcus[1]], [marcus[1]], "hiring_manager")],
          difficulty="medium", category="positive/dst-boundary",
          notes="Booked on Fri 23 Oct (BST, +01:00) for Mon 26 Oct 11:00 GMT, the day after the clocks go back; "
                "ics in UTC (110000Z). The scheduler (organizer) does not conduct it; Marcus does.")


def case11():
    c = f"{PREFIX}-11-union-rep-meeting"
    sent = L(2026, 10, 8, 19, 3, "Thursday")
    start = L(2026, 10, 12, 12, 30, "Monday")
    end = start + timedelta(minutes=45)
    gary = ("Gary Moorhouse", "gary.moorhouse@unison-hulmepark.example")
    desc = """Hi Niamh - as agreed, let's meet in the staff room on the 2nd floor to go through your witness
statement before the investigation interview on Thursday 15th at 2pm. You're entitled to be
accompanied at that meeting and I'll be with you on the day. Bring any notes or emails you've
kept. Gary (UNISON steward, Hulme Park branch)"""
    put(c, "01-invitation-unison-rep-meeting.eml", google_invite(
        c, organizer=gary, guests=[gary, ("", OWNER)],
        summary="Niamh / Gary - UNISON rep meeting (prep for investigation)", start=start, end=end,
        uid=f"{h(c + 'uid', 26)}@google.com", description=desc, sent=sent,
        msgid=f"<calendar-{h(c, 8)}-{h(c + '1', 4)}-{h(c + '2', 4)}-{h(c + '3', 4)}-{h(c + '4', 12)}@google.com>",
        meet="vbq-hmzt-ewk"))
    label(c, interviews=[], difficulty="hard", category="negative/union-rep-meeting",
          notes="Trade-union rep meeting (Google invite) to prepare for a workplace investigation interview "
                "in which the owner is a witness; neither is a job interview.")


def case12():
    c = f"{PREFIX}-12-cezanne-phone-screen-thread"
    sent1 = L(2026, 10, 5, 10, 12, "Monday")
    sent2 = L(2026, 10, 5, 14, 30, "Monday")
    ownr = L(2026, 10, 5, 15, 41, "Monday")
    sent3 = L(2026, 10, 5, 16, 5, "Monday")
    start = L(2026, 10, 9, 9, 0, "Friday")
    assert L(2026, 10, 8, wd="Thursday")
    end = start + timedelta(minutes=20)
    hay = ("Hayley Booth", "hayley.booth@bramhallcare.example")
    t1 = """Dear Niamh,

Thank you for applying for the role of Head of Therapy Services (Residential & Nursing Homes) with
Bramhall Care Partnership.

We're pleased to let you know that we'd like to take your application forward to a short
telephone interview with our Talent Partner, Hayley Booth. Hayley will be in touch shortly to
arrange a time that suits you.

Kind regards,

The Recruitment Team
Bramhall Care Partnership

This message was sent via Cezanne HR. Please do not reply to this address.
"""
    headers = [
        ("Delivered-To", OWNER),
        received("smtp1.cezannehr.com", "52.56.144.201", sent1),
        ("Return-Path", "<noreply@cezannehr.com>"),
        ("From", "Bramhall Care Partnership <noreply@cezannehr.com>"),
        ("To", OWNER),
        ("Subject", "Your application: Head of Therapy Services - Bramhall Care Partnership"),
        ("Date", rfc(sent1, UTC, 3)),
        ("Message-ID", f"<cz.{h(c + '1', 20)}@cezannehr.com>"),
    ]
    put(c, "01-cezanne-application-update.eml", message(headers, alt(c + "1", t1, style="java")))
    m2 = f"<CAF{h(c + 'm2', 28)}@mail.bramhallcare.example>"
    m_owner = f"<CAJx7pQ{h(c + 'own', 22)}@mail.example.com>"
    t2 = f"""Hi Niamh,

Lovely to e-mail you - I'm the Talent Partner looking after the Head of Therapy Services role.

Would Thursday at 4pm or Friday at 9am suit for a quick 20-minute telephone interview? It's an
informal first stage: I'll run through the role and the homes, ask about your management
experience and check salary expectations and notice period.

Best wishes,
Hayley

Hayley Booth
Talent Partner | Bramhall Care Partnership
07700 900 233
"""
    headers = [
        ("Delivered-To", OWNER),
        received("mail.bramhallcare.example", "18.133.40.77", sent2),
        ("Return-Path", f"<{hay[1]}>"),
        ("From", f"{hay[0]} <{hay[1]}>"),
        ("To", f"{OWNER_NAME} <{OWNER}>"),
        ("Subject", "Telephone interview - Head of Therapy Services"),
        ("Date", rfc(sent2, LON, 18)),
        ("Message-ID", m2),
    ]
    put(c, "02-telephone-interview-times.eml", message(headers, alt(c + "2", t2, style="google")))
    own = f"""Hi Hayley,

Friday at 9 would be perfect - I'm on a late start that day. My mobile number is on my application.

Many thanks,
Niamh"""
    t3 = f"""Brilliant - Friday at 9 it is. I'll call you on the mobile number on your application.
Speak then!

Hayley

On Mon, 5 Oct 2026 at 15:41, Niamh Rowbotham <{OWNER}> wrote:
{quote(own)}

On Mon, 5 Oct 2026 at 14:30, Hayley Booth <{hay[1]}> wrote:
> Would Thursday at 4pm or Friday at 9am suit for a quick 20-minute telephone interview?
"""
    headers = [
        ("Delivered-To", OWNER),
        received("mail.bramhallcare.example", "18.133.40.77", sent3),
        ("Return-Path", f"<{hay[1]}>"),
        ("From", f"{hay[0]} <{hay[1]}>"),
        ("To", f"{OWNER_NAME} <{OWNER}>"),
        ("Subject", "Re: Telephone interview - Head of Therapy Services"),
        ("Date", rfc(sent3, LON, 2)),
        ("Message-ID", f"<CAF{h(c + 'm3', 28)}@mail.bramhallcare.example>"),
        ("In-Reply-To", m_owner),
        ("References", f"{m2} {m_owner}"),
    ]
    put(c, "03-re-telephone-interview.eml", message(headers, alt(c + "3", t3, style="google")))
    label(c, interviews=[iv("Bramhall Care Partnership", "Head of Therapy Services (Residential & Nursing Homes)",
                            start, end, "scheduled", [hay[1]], [hay[1]], "phone_screen")],
          difficulty="medium", category="positive/thread-relative-date",
          notes="Cezanne notice, then the talent partner offers 'Thursday at 4pm or Friday at 9am' (sent Mon 5 Oct); "
                "owner picks Friday at 9 -> Fri 9 Oct 2026 09:00 BST, 20 minutes. Recruiter conducts the screen.")


def plain_mail(seed, *, sender, to, subject, sent, text, msgid, cc=(), delivered_to=OWNER,
               forwarded_from=None, style="outlook", tz=UTC, in_reply_to=None, refs=None,
               htm=None, cte="quoted-printable", extra=(), host=None, ip="40.107.23.11"):
    headers = [("Delivered-To", delivered_to)]
    if forwarded_from:
        headers += [("X-Forwarded-To", delivered_to), ("X-Forwarded-For", f"{forwarded_from} {delivered_to}")]
    headers += [
        received(host or ("mail-" + h(seed, 6) + ".outbound.protection.outlook.com"), ip, sent, rcpt=delivered_to),
        ("Return-Path", f"<{sender[1]}>"),
        ("From", hdr(f"{sender[0]} <{sender[1]}>") if sender[0] else sender[1]),
        ("To", ", ".join((f"{n} <{e}>" if n else e) for n, e in to)),
        ("Cc", ", ".join((f"{n} <{e}>" if n else e) for n, e in cc) if cc else None),
        ("Subject", hdr(subject)),
        ("Date", rfc(sent, tz, int(h(seed, 2), 16) % 60)),
        ("Message-ID", msgid),
        ("In-Reply-To", in_reply_to),
        ("References", refs),
    ] + list(extra)
    if style == "outlook":
        headers += [("Thread-Topic", hdr(subject.split(": ", 1)[-1] if subject[:3] in ("RE:", "FW:") else subject)),
                    ("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB")]
    return message(headers, alt(seed, text, htm, cte, style))


def case13():
    c = f"{PREFIX}-13-sitting-on-band5-panel"
    sent1 = L(2026, 11, 10, 11, 26, "Tuesday")
    sent2 = L(2026, 11, 10, 11, 31, "Tuesday")
    start = L(2026, 11, 17, 9, 15, "Tuesday")
    end = L(2026, 11, 17, 13, 0)
    dawn = ("Fielding Dawn (HULME PARK NHS FOUNDATION TRUST)", "dawn.fielding@hulmepark.nhs.example")
    leon = ("Fairclough Leon (HULME PARK NHS FOUNDATION TRUST)", "leon.fairclough@hulmepark.nhs.example")
    me = ("Rowbotham Niamh (HULME PARK NHS FOUNDATION TRUST)", WORK)
    text = """Hi Niamh,

Thank you for agreeing to sit on the interview panel for the Band 5 Rotational Occupational
Therapist post (HP-B5-2611) on Tuesday 17th November. You'll be chairing, with Leon Fairclough
(OT Team Lead, Inpatients) as second panel member.

Candidate timetable (Room 2.14, Education Centre):
09:15  Panel pre-meet
09:30  Candidate 3
10:15  Candidate 7
11:00  Break
11:15  Candidate 9
12:00  Candidate 12
12:45  Panel wash-up and scoring

I've attached the questions, the scoring matrix and the anonymised applications. Please return
the completed score sheets and your decision notes to me by the end of the day so I can send
outcomes and start pre-employment checks for the successful candidate.

A Teams calendar hold will follow so it's in your diary.

Many thanks,
Dawn

Dawn Fielding
Recruitment Coordinator | Workforce Team
Hulme Park NHS Foundation Trust"""
    put(c, "01-band5-interview-panel-pack.eml", plain_mail(
        c + "1", sender=dawn, to=[me], cc=[leon],
        subject="Interview panel - Band 5 Rotational OT (HP-B5-2611) - Tues 17th Nov", sent=sent1, text=text,
        msgid=f"<LO0P265MB{h(c + 'm1', 12).upper()}@LO0P265MB2287.GBRP265.PROD.OUTLOOK.COM>",
        forwarded_from=WORK))
    body = """Diary hold for Band 5 Rotational OT interviews - you are on the panel (chair: Niamh
Rowbotham, panel member: Leon Fairclough). Timetable and interview packs sent separately.
Candidates attend in person; Teams link is for the panel pre-meet only if anyone is working
remotely.

Dawn"""
    put(c, "02-teams-hold-band5-interviews.eml", outlook_invite(
        c + "2", sender=dawn, to=[me, leon],
        subject="Band 5 Rotational OT interviews - PANEL (HP-B5-2611)",
        start=start, end=end, body=body, location="Room 2.14, Education Centre; Microsoft Teams Meeting",
        uid="040000008200E00074C5B7101A82E00800000000" + h(c + "uid", 24).upper(), sent=sent2,
        msgid=f"<LO0P265MB{h(c + 'm2', 12).upper()}@LO0P265MB2287.GBRP265.PROD.OUTLOOK.COM>",
        teams=("38117245" + "6602", "Yb3Kx9"), forwarded_from=WORK))
    label(c, interviews=[], difficulty="hard", category="negative/user-is-interviewer",
          notes="The owner chairs an interview panel for a Band 5 OT at her current trust (timetable + Teams "
                "hold); she is the interviewer, not the candidate.")


def case14():
    c = f"{PREFIX}-14-tribepad-invite-sent-in-bst"
    sent = L(2026, 10, 19, 13, 27, "Monday")
    start = L(2026, 10, 27, 10, 0, "Tuesday")
    end = start + timedelta(hours=1)
    lisa = "lisa.chadwick@tamebridge.gov.example"
    text = f"""Hi Niamh,

Thank you for booking your interview slot. Your interview is now confirmed:

Role:      Principal Occupational Therapist (Housing & Adaptations)
Job ref:   TBC-ASC-2219
Date:      Tuesday 27th October 2026
Time:      10:00am (UK time), lasting up to 60 minutes
Location:  Tame Bridge Town Hall, Committee Room 3, Market Place

The interview will be with a panel of three and will include a short case study about a
major adaptation (a level-access shower and stairlift for a young adult with MND), which you
will be given on the day.

Please bring photographic ID. Parking is available at the Market Place multi-storey.

If you need to change your slot, please contact Lisa Chadwick, Resourcing Officer, at
{lisa} - please don't reply to this email.

A calendar invite is attached.

Best regards,
Resourcing Team
Tame Bridge Metropolitan Borough Council
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tribepad//Interview Scheduler//EN",
               "METHOD:REQUEST"] + VTZ_LONDON + ["BEGIN:VEVENT",
               f"UID:tp-int-{h(c + 'uid', 16)}@tribepad.com", f"DTSTAMP:{z(sent)}",
               f"DTSTART;TZID=Europe/London:{loc(start)}", f"DTEND;TZID=Europe/London:{loc(end)}",
               "SUMMARY:Interview - Principal Occupational Therapist (Housing & Adaptations)",
               "LOCATION:Tame Bridge Town Hall\\, Committee Room 3\\, Market Place",
               "DESCRIPTION:Panel interview with case study. Job ref TBC-ASC-2219.",
               "ORGANIZER;CN=Tame Bridge Council Resourcing:mailto:noreply@tribepad.com",
               att("REQ-PARTICIPANT", "NEEDS-ACTION", OWNER_NAME, OWNER),
               "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    bm = boundary(c, "other")
    body = multipart("mixed", bm, [
        alt(c, text, style="other").rstrip("\n"),
        part('application/octet-stream; name="interview.ics"', cal, "base64",
             extra=['Content-Disposition: attachment; filename="interview.ics"']),
    ])
    headers = [
        ("Delivered-To", OWNER),
        received("mailer.tribepad.com", "35.177.62.140", sent),
        ("Return-Path", "<noreply@tribepad.com>"),
        ("From", "Tame Bridge Council <noreply@tribepad.com>"),
        ("To", f"Niamh Rowbotham <{OWNER}>"),
        ("Subject", "Interview confirmation: Principal Occupational Therapist (Housing & Adaptations)"),
        ("Date", rfc(sent, LON, 40)),
        ("Message-ID", f"<{h(c + 'mid', 32)}@tribepad.com>"),
    ]
    put(c, "01-tribepad-interview-confirmation.eml", message(headers, body))
    label(c, interviews=[iv("Tame Bridge Metropolitan Borough Council",
                            "Principal Occupational Therapist (Housing & Adaptations)", start, end, "scheduled",
                            [], [lisa], "onsite")],
          difficulty="medium", category="positive/dst-boundary",
          notes="Sent Mon 19 Oct in BST for Tue 27 Oct 10:00, after the 25 Oct change, so +00:00. Panel of three "
                "unnamed; follow-up to the resourcing officer given in the text (mail itself is no-reply).")


def case15():
    c = f"{PREFIX}-15-gp-telephone-appointment"
    sent = L(2026, 11, 13, 8, 12, "Friday")
    start = L(2026, 11, 18, 8, 40, "Wednesday")
    end = start + timedelta(minutes=10)
    text = f"""Dear Niamh,

Your appointment at Chorlton Park Surgery is confirmed.

Type:       Telephone appointment
With:       Dr Adaeze Okafor (GP)
Date:       {long_uk(start)}
Time:       08:40

The GP will call you on the mobile number we hold for you. Calls from the surgery may show as a
withheld number. If you miss the call the GP will try once more.

If you no longer need this appointment please cancel it so it can be offered to someone else:
https://patient-messages.example/c/{h(c, 10)}

Chorlton Park Surgery
This message was sent from a no-reply address.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Patient Messages//Appointments//EN",
               "METHOD:PUBLISH", "BEGIN:VEVENT", f"UID:{h(c + 'uid', 20)}@patient-messages.example",
               f"DTSTAMP:{z(sent)}", f"DTSTART:{z(start)}", f"DTEND:{z(end)}",
               "SUMMARY:Telephone appointment - Chorlton Park Surgery",
               "DESCRIPTION:Dr Adaeze Okafor will call you.", "END:VEVENT", "END:VCALENDAR"])
    bm = boundary(c, "other")
    body = multipart("mixed", bm, [
        alt(c, text, style="other", cte="base64").rstrip("\n"),
        part('text/calendar; charset="utf-8"; name="appointment.ics"', cal, "base64",
             extra=['Content-Disposition: attachment; filename="appointment.ics"']),
    ])
    headers = [
        ("Delivered-To", OWNER),
        received("send.patient-messages.example", "18.169.3.222", sent),
        ("Return-Path", "<noreply@patient-messages.example>"),
        ("From", "Chorlton Park Surgery <noreply@patient-messages.example>"),
        ("To", OWNER),
        ("Subject", "Appointment confirmed - Chorlton Park Surgery"),
        ("Date", rfc(sent, UTC, 1)),
        ("Message-ID", f"<{h(c + 'mid', 24)}@patient-messages.example>"),
    ]
    put(c, "01-gp-appointment-confirmed.eml", message(headers, body))
    label(c, interviews=[], difficulty="easy", category="negative/medical-appointment",
          notes="GP telephone appointment confirmation with .ics; personal medical appointment.")


def case16():
    c = f"{PREFIX}-16-standalone-outlook-ics-gmt-standard"
    stamp = L(2026, 11, 13, 14, 2, "Friday")
    start = L(2026, 11, 19, 15, 0, "Thursday")
    end = start + timedelta(minutes=45)
    sk = ("Siobhan Keane", "siobhan.keane@etherowvalley.nhs.example")
    mid = "29384710" + "5563"
    desc = f"""When: {start.day} {start.strftime('%B %Y')} 15:00-15:45 (UTC+00:00) Dublin, Edinburgh, Lisbon, London.
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Niamh,

Further to the NHS Jobs invitation, here is the Teams link for your interview for Clinical Lead
Occupational Therapist (Stroke & Neuro Rehabilitation), Band 8a. It will be with me - 45 minutes,
covering clinical leadership, service development and a values-based scenario.

Kind regards,
Siobhan

Siobhan Keane
Head of Neuro Rehabilitation Services
Etherow Valley NHS Foundation Trust

{teams_text(mid, 'sK4e9P')}
"""
    uid = "040000008200E00074C5B7101A82E00800000000" + h(c + "uid", 24).upper()
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + \
        VTZ_WINDOWS + ["BEGIN:VEVENT", f"ORGANIZER;CN={sk[0]}:mailto:{sk[1]}",
        att("REQ-PARTICIPANT", "NEEDS-ACTION", OWNER_NAME, OWNER),
        f"DESCRIPTION;LANGUAGE=en-GB:{esc(desc)}", f"UID:{uid}",
        "SUMMARY;LANGUAGE=en-GB:Interview - Clinical Lead OT (Stroke & Neuro Rehab) - N Rowbotham",
        f"DTSTART;TZID=GMT Standard Time:{loc(start)}", f"DTEND;TZID=GMT Standard Time:{loc(end)}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{z(stamp)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:Microsoft Teams Meeting",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2120984563",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        f"X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
        "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    put(c, "01-interview-clinical-lead-ot.ics", ics(lines))
    label(c, interviews=[iv("Etherow Valley NHS Foundation Trust",
                            "Clinical Lead Occupational Therapist (Stroke & Neuro Rehabilitation), Band 8a",
                            start, end, "scheduled", [sk[1]], [sk[1]], "hiring_manager")],
          difficulty="medium", category="positive/standalone-ics",
          notes="Standalone Exchange .ics with a 'GMT Standard Time' VTIMEZONE: Thu 19 Nov 2026 15:00-15:45 GMT. "
                "Organiser is the head of service who conducts the interview; the company is only in the description.")


def case17():
    c = f"{PREFIX}-17-dbs-id-check-appointment"
    sent = L(2026, 11, 5, 11, 2, "Thursday")
    start = L(2026, 11, 12, 11, 0, "Thursday")
    end = start + timedelta(minutes=15)
    ellie = ("Ellie Whitworth", "ellie.whitworth@kestrelrehab.example")
    connor = ("Connor Maguire", "connor.maguire@kestrelrehab.example")
    body = """Hi Niamh,

Congratulations again on your conditional offer for Regional Therapy Manager - North West!

As part of your pre-employment checks we need to verify your identity documents for your
Enhanced DBS (Disclosure and Barring Service) application. I've booked you a 15-minute ID check
video call with Connor from our Compliance team on Thursday 12th November at 11am.

Please have the following to hand: your passport (or photocard driving licence), a utility bill
or bank statement dated within the last 3 months, and your National Insurance number. Connor will
ask you to hold each document up to the camera.

Once that's done, you'll receive a link from our DBS umbrella body to complete the online form.

Best wishes,
Ellie

Ellie Whitworth
Talent Acquisition Partner | Kestrel Rehab Group"""
    put(c, "01-dbs-id-check-video-call.eml", outlook_invite(
        c, sender=ellie, to=[(OWNER_NAME, OWNER), connor],
        subject="DBS ID check - Niamh Rowbotham (Regional Therapy Manager - NW)",
        start=start, end=end, body=body, location="Microsoft Teams Meeting",
        uid="040000008200E00074C5B7101A82E00800000000" + h(c + "uid", 24).upper(), sent=sent,
        msgid=f"<AM9PR02MB{h(c + 'm', 12).upper()}@AM9PR02MB6642.eurprd02.prod.outlook.com>",
        teams=("41902735" + "1184", "dB7qLs")))
    label(c, interviews=[], difficulty="hard", category="negative/pre-employment-check",
          notes="Post-offer DBS identity-document check booked as a Teams call with a compliance officer; "
                "part of pre-employment checks, not an interview.")


def case18():
    c = f"{PREFIX}-18-google-cancel-then-rebooked"
    sent1 = L(2026, 10, 26, 10, 30, "Monday")
    sent2 = L(2026, 10, 27, 9, 14, "Tuesday")
    sent3 = L(2026, 11, 6, 8, 51, "Friday")
    sent4 = L(2026, 11, 6, 8, 58, "Friday")
    sent5 = L(2026, 11, 6, 9, 3, "Friday")
    a_start = L(2026, 11, 10, 14, 0, "Tuesday")
    b_start = L(2026, 11, 12, 14, 0, "Thursday")
    nadia = ("Nadia Rahman", "nadia.rahman@ardwick.ac.example")
    gareth = ("Gareth Lloyd", "gareth.lloyd@ardwick.ac.example")
    amara = ("Amara Nwosu", "amara.nwosu@ardwick.ac.example")
    rebecca = ("Rebecca Hale", "rebecca.hale@ardwick.ac.example")
    role = "Practice Education Lead (Allied Health Professions)"
    text1 = f"""Dear Niamh

Invitation to interview - {role} - REQ-4471

Thank you for your application. We are pleased to invite you to interview for this post.

Date:      {long_uk(a_start)}
Time:      2.00pm - 3.00pm
Format:    online panel interview (Google Meet)

The panel will be Professor Gareth Lloyd (Dean, Faculty of Health - Chair) and Dr Amara Nwosu
(Head of Practice Learning). There is no presentation for this post.

Nadia Rahman, School Administrator, will send you a calendar invitation with the Meet link.
Any questions, please contact Nadia at {nadia[1]}.

Kind regards

People Services
University of Ardwick

This is an automated message from our recruitment system (hireful). Please do not reply.
"""
    put(c, "01-hireful-interview-invitation.eml", plain_mail(
        c + "1", sender=("University of Ardwick Jobs", "jobs-noreply@ardwick.ac.example"), to=[("", OWNER)],
        subject=f"Invitation to interview - {role} - REQ-4471", sent=sent1, text=text1,
        msgid=f"<{h(c + 'h1', 24)}@hireful.example>", style="java", tz=UTC,
        host="out.hireful.example", ip="46.101.52.17", extra=[("X-Mailer", "hireful ATS")]))
    desc = ("Panel interview for the Practice Education Lead (AHP) post, REQ-4471. Panel: Prof Gareth Lloyd (Chair) "
            "and Dr Amara Nwosu. Nadia will admit you from the waiting room.")
    uid_a = f"{h(c + 'uidA', 26)}@google.com"
    summ = "Interview: Practice Education Lead (AHP) - Niamh Rowbotham"
    put(c, "02-invitation-practice-education-lead.eml", google_invite(
        c + "2", organizer=nadia, guests=[nadia, gareth, amara, ("", OWNER)], summary=summ,
        start=a_start, end=a_start + timedelta(hours=1), uid=uid_a, description=desc, sent=sent2,
        msgid=f"<calendar-{h(c + 'g2', 8)}-{h(c + 'g2a', 4)}-{h(c + 'g2b', 4)}-{h(c + 'g2c', 4)}-{h(c + 'g2d', 12)}@google.com>",
        meet="kte-rwoa-nzc"))
    put(c, "03-cancelled-practice-education-lead.eml", google_invite(
        c + "3", organizer=nadia, guests=[nadia, gareth, amara, ("", OWNER)], summary=summ,
        start=a_start, end=a_start + timedelta(hours=1), uid=uid_a, seq=1, method="CANCEL",
        description=desc, sent=sent3, created=sent2,
        msgid=f"<calendar-{h(c + 'g3', 8)}-{h(c + 'g3a', 4)}-{h(c + 'g3b', 4)}-{h(c + 'g3c', 4)}-{h(c + 'g3d', 12)}@google.com>",
        meet="kte-rwoa-nzc"))
    text4 = f"""Dear Niamh,

I'm so sorry - Professor Lloyd has been taken ill and we've had to cancel Tuesday's panel, which is
why you'll have just received a cancellation from Google Calendar.

We would still very much like to interview you, and Dr Rebecca Hale (Deputy Dean) has kindly
agreed to chair in his place alongside Dr Nwosu. I've re-booked you for Thursday 12th November at
2pm, same format on Google Meet - a new invitation will follow in a moment.

Apologies again for the disruption.

Best wishes,
Nadia

Nadia Rahman
School Administrator | School of Allied Health
University of Ardwick
"""
    put(c, "04-re-interview-10-november.eml", plain_mail(
        c + "4", sender=nadia, to=[(OWNER_NAME, OWNER)],
        subject=f"Your interview on Tuesday 10 November - {role}", sent=sent4, text=text4,
        msgid=f"<CAG{h(c + 'm4', 30)}@mail.gmail.com>", style="google", tz=UTC,
        host="mail-sor-f41.google.com", ip="209.85.220.41"))
    desc_b = ("Re-arranged panel interview for the Practice Education Lead (AHP) post, REQ-4471. Panel: Dr Rebecca Hale "
              "(Chair) and Dr Amara Nwosu.")
    put(c, "05-invitation-practice-education-lead-rebooked.eml", google_invite(
        c + "5", organizer=nadia, guests=[nadia, rebecca, amara, ("", OWNER)],
        summary="Interview (re-arranged): Practice Education Lead (AHP) - Niamh Rowbotham",
        start=b_start, end=b_start + timedelta(hours=1), uid=f"{h(c + 'uidB', 26)}@google.com",
        description=desc_b, sent=sent5,
        msgid=f"<calendar-{h(c + 'g5', 8)}-{h(c + 'g5a', 4)}-{h(c + 'g5b', 4)}-{h(c + 'g5c', 4)}-{h(c + 'g5d', 12)}@google.com>",
        meet="pdu-xgmf-hrb"))
    label(c, interviews=[
        iv("University of Ardwick", role, a_start, a_start + timedelta(hours=1), "cancelled",
           [gareth[1], amara[1]], [gareth[1], amara[1]], "onsite"),
        iv("University of Ardwick", role, b_start, b_start + timedelta(hours=1), "scheduled",
           [rebecca[1], amara[1]], [rebecca[1], amara[1]], "onsite")],
        difficulty="hard", category="positive/cancel-then-rebook-new-event",
        notes="Google invite for Tue 10 Nov 14:00 GMT cancelled (METHOD:CANCEL, chair ill), then re-booked as a NEW "
              "Google event (new UID) on Thu 12 Nov 14:00 with a substitute chair: two entries, one cancelled and one "
              "scheduled. Organizer Nadia only schedules.")


def case19():
    c = f"{PREFIX}-19-exit-interview-current-trust"
    sent = L(2026, 11, 24, 16, 3, "Tuesday")
    start = L(2026, 12, 7, 11, 0, "Monday")
    end = start + timedelta(minutes=30)
    marie = ("Lomax Marie (HULME PARK NHS FOUNDATION TRUST)", "marie.lomax@hulmepark.nhs.example")
    body = """Hi Niamh,

Thank you for letting us know that you'll be leaving the Trust on 31st December. I'm sorry to see
you go, and I'd like to invite you to an exit interview.

The conversation is confidential and takes around 30 minutes. It covers your experience of
working in Community Therapies, your reasons for leaving and anything we could do better to keep
experienced staff. Your line manager won't be present.

If the time doesn't suit, just propose a new one.

Kind regards,
Marie

Marie Lomax
HR Business Partner - Community Services
Hulme Park NHS Foundation Trust"""
    put(c, "01-exit-interview-invite.eml", outlook_invite(
        c, sender=marie, to=[("Rowbotham Niamh (HULME PARK NHS FOUNDATION TRUST)", WORK)],
        subject="Exit interview - Niamh Rowbotham", start=start, end=end, body=body,
        location="Microsoft Teams Meeting",
        uid="040000008200E00074C5B7101A82E00800000000" + h(c + "uid", 24).upper(), sent=sent,
        msgid=f"<LO4P265MB{h(c + 'm', 12).upper()}@LO4P265MB3390.GBRP265.PROD.OUTLOOK.COM>",
        teams=("27719043" + "8825", "Xe5vNa"), forwarded_from=WORK))
    label(c, interviews=[], difficulty="hard", category="negative/exit-interview",
          notes="Exit interview with HR at the employer she is leaving (Teams invite via her work account); "
                "not part of a hiring process.")


def case20():
    c = f"{PREFIX}-20-direct-thread-weds-at-two"
    sent1 = L(2026, 11, 5, 16, 20, "Thursday")
    ownr = L(2026, 11, 5, 19, 2, "Thursday")
    sent2 = L(2026, 11, 6, 9, 10, "Friday")
    start = L(2026, 11, 11, 14, 0, "Wednesday")
    end = start + timedelta(hours=1)
    gill = ("Gillian Openshaw", "gillian.openshaw@rochvalley.gov.example")
    martin = ("Martin Kershaw", "martin.kershaw@rochvalley.gov.example")
    sig = """Gillian Openshaw
Assistant Director - Adult Social Care
Roch Valley Borough Council
Riverside House | 01706 496 120"""
    t1 = f"""Dear Niamh,

Thank you for your application for the Head of Occupational Therapy (Adult Social Care) post.
Martin (copied, our Director of Adult Social Services) and I were really impressed and we'd
like to invite you to interview.

Would Weds next week at 2pm work for you? We'd set aside an hour at Riverside House. It will be a
conversational panel interview with the two of us - no presentation needed.

Best wishes,
Gillian

{sig}
"""
    m1 = f"<PAXPR02MB{h(c + 'm1', 12).upper()}@PAXPR02MB7711.eurprd02.prod.outlook.com>"
    put(c, "01-head-of-ot-interview.eml", plain_mail(
        c + "1", sender=gill, to=[(OWNER_NAME, OWNER)], cc=[martin],
        subject="Head of Occupational Therapy (Adult Social Care) - interview", sent=sent1, text=t1, msgid=m1))
    m_own = f"<CAJx7pQ{h(c + 'own', 22)}@mail.example.com>"
    own = f"""Dear Gillian,

Thank you - Weds 11th at 2pm is perfect. I look forward to meeting you both.

Kind regards,
Niamh

{sig_owner()}"""
    t2 = f"""Lovely - see you then. Ask for me at reception on the ground floor and I'll bring you up to the
3rd floor meeting room, where Martin will join us.

Best wishes,
Gillian

{sig}

From: Niamh Rowbotham <{OWNER}>
Sent: 05 November 2026 19:02
To: Gillian Openshaw <{gill[1]}>
Cc: Martin Kershaw <{martin[1]}>
Subject: Re: Head of Occupational Therapy (Adult Social Care) - interview

{own}

From: Gillian Openshaw <{gill[1]}>
Sent: 05 November 2026 16:20
To: Niamh Rowbotham <{OWNER}>
Cc: Martin Kershaw <{martin[1]}>
Subject: Head of Occupational Therapy (Adult Social Care) - interview

Dear Niamh,

Would Weds next week at 2pm work for you? [...]
"""
    put(c, "02-re-head-of-ot-interview.eml", plain_mail(
        c + "2", sender=gill, to=[(OWNER_NAME, OWNER)], cc=[martin],
        subject="RE: Head of Occupational Therapy (Adult Social Care) - interview", sent=sent2, text=t2,
        msgid=f"<PAXPR02MB{h(c + 'm2', 12).upper()}@PAXPR02MB7711.eurprd02.prod.outlook.com>",
        in_reply_to=m_own, refs=f"{m1} {m_own}"))
    label(c, interviews=[iv("Roch Valley Borough Council", "Head of Occupational Therapy (Adult Social Care)",
                            start, end, "scheduled", [gill[1], martin[1]], [gill[1], martin[1]], "onsite")],
          difficulty="medium", category="positive/thread-relative-date",
          notes="Plain Outlook thread: 'Weds next week at 2pm' (sent Thu 5 Nov) confirmed as 'Weds 11th at 2pm' -> "
                "Wed 11 Nov 2026 14:00 GMT, an hour. Two-person panel (Assistant Director + Director, cc'd) -> onsite.")


def case21():
    c = f"{PREFIX}-21-nhs-jobs-book-a-slot"
    sent = L(2026, 11, 16, 12, 40, "Monday")
    dl = L(2026, 11, 19, 23, 59, "Thursday")
    d1 = L(2026, 11, 24, wd="Tuesday")
    d2 = L(2026, 11, 25, wd="Wednesday")
    text = f"""Dear Niamh Rowbotham,

You've been invited to interview for the following job:

Job title: Lead Occupational Therapist - Falls Prevention Service
Reference number: C9411-26-1187
Employer: Gorton Brook Community NHS Trust

Choose an interview time

You need to choose an interview time by 11:59pm on {long_uk(dl)}.

Available interview times:

{long_uk(d1)}
9:30am
10:45am
1:30pm

{long_uk(d2)}
9:30am

Each interview lasts 45 minutes and will be a panel interview held on Microsoft Teams.

Choose a time: https://www.jobs.nhs.uk/candidate/interviews/{h(c, 12)}/select

If none of these times are suitable, contact the employer using the details in your account.

NHS Jobs

This is an automated email - please do not reply.
"""
    headers = [
        ("Delivered-To", OWNER),
        received("a27-91.smtp-out.eu-west-2.amazonses.com", "54.240.27.91", sent),
        ("Return-Path", f"<0102019{h(c + 'rp', 20)}-000000@eu-west-2.amazonses.com>"),
        ("From", "NHS Jobs <no-reply@jobs.nhs.uk>"),
        ("To", OWNER),
        ("Subject", "Gorton Brook Community NHS Trust - Invitation to interview - Lead Occupational Therapist - Falls Prevention Service"),
        ("Date", rfc(sent, UTC, 8)),
        ("Message-ID", f"<0102019{h(c + 'mid', 24)}-{h(c + 'x', 8)}-000000@eu-west-2.amazonses.com>"),
    ]
    put(c, "01-nhs-jobs-choose-interview-time.eml",
        message(headers, part('text/plain; charset="utf-8"', text, "quoted-printable")))
    label(c, interviews=[], difficulty="hard", category="negative/availability-request",
          notes="NHS Jobs 'invitation to interview' that only asks her to choose one of several slots; nothing "
                "is booked in the case, so no interview.")


def case22():
    c = f"{PREFIX}-22-forwarded-from-work-account"
    orig = L(2026, 8, 28, 16, 12, "Friday")
    sent = L(2026, 8, 31, 9, 2, "Monday")
    start = L(2026, 9, 11, 9, 0, "Friday")
    end = start + timedelta(hours=1)
    gemma = "gemma.riley@croftmoor.nhs.example"
    me = ("Rowbotham Niamh (HULME PARK NHS FOUNDATION TRUST)", WORK)
    text = f"""Sending to my home email so I have it. Half-day annual leave booked for the Friday. N

________________________________
From: NHS Jobs <no-reply@jobs.nhs.uk>
Sent: 28 August 2026 16:12
To: {me[0]} <{WORK}>
Subject: Croft Moor NHS Foundation Trust - Invitation to interview - Clinical Lead Occupational Therapist - Community Neuro

Dear Niamh Rowbotham,

You've been invited to an interview for the following job:

Job title: Clinical Lead Occupational Therapist - Community Neuro (Band 8a)
Reference number: C9188-26-0902
Employer: Croft Moor NHS Foundation Trust

Interview details
Date: {long_uk(start)}
Time: 9:00am
Length: 1 hour
Format: presentation followed by a panel interview
Location: Training Room 1, Croft Moor Community Hub

Presentation (10 minutes): "Developing a community neuro-rehabilitation pathway that keeps people
at home."

If you need to contact us about this interview, contact Gemma Riley, Recruitment Adviser, at
{gemma} or 0161 496 0558.

Confirm your attendance by signing in to your NHS Jobs account.

NHS Jobs
"""
    put(c, "01-fw-invitation-to-interview.eml", plain_mail(
        c, sender=me, to=[("", OWNER)],
        subject="FW: Croft Moor NHS Foundation Trust - Invitation to interview - Clinical Lead Occupational Therapist - Community Neuro",
        sent=sent, text=text,
        msgid=f"<LO6P265MB{h(c + 'm', 12).upper()}@LO6P265MB6038.GBRP265.PROD.OUTLOOK.COM>"))
    label(c, interviews=[iv("Croft Moor NHS Foundation Trust",
                            "Clinical Lead Occupational Therapist - Community Neuro (Band 8a)", start, end,
                            "scheduled", [], [gemma], "onsite")],
          difficulty="medium", category="positive/forwarded",
          notes="Owner forwards an NHS Jobs invitation from her NHS work account to her personal address (Outlook "
                "forward block). Fri 11 Sep 2026 09:00 BST, 1 hour, presentation + panel. From is the owner's own "
                "work address, which is not a follow-up recipient.")


def case23():
    c = f"{PREFIX}-23-rejection-feedback-call"
    sent1 = L(2026, 9, 18, 15, 5, "Friday")
    sent2 = L(2026, 9, 21, 8, 47, "Monday")
    call = L(2026, 9, 24, 12, 30, "Thursday")
    jo = ("Joanne Pilkington", "joanne.pilkington@irwellvalley.nhs.example")
    t1 = """Dear Niamh,

Occupational Therapy Service Manager - 8a
Job reference: 349-IVT-8812

Thank you for attending interview for the above post. We regret to inform you that on this
occasion you have not been successful.

We received a high standard of applications and the decision was a difficult one. If you would
like feedback on your interview, please contact the chair of the panel.

We wish you every success in the future.

Kind regards

Recruitment Team
Irwell Valley NHS Foundation Trust

This is an automated message sent via Trac. Please do not reply to this email.
"""
    headers = [
        ("Delivered-To", OWNER),
        received("mta3.trac.jobs", "185.23.116.41", sent1),
        ("Return-Path", "<bounces+349ivt8812@trac.jobs>"),
        ("From", "Irwell Valley NHS Foundation Trust <no-reply@trac.jobs>"),
        ("To", f"{OWNER_NAME} <{OWNER}>"),
        ("Subject", "Outcome of interview - Occupational Therapy Service Manager - 8a (349-IVT-8812)"),
        ("Date", rfc(sent1, LON, 33)),
        ("Message-ID", "<20260918140533.8C11D20A77.349IVT8812@trac.jobs>"),
        ("Auto-Submitted", "auto-generated"),
    ]
    put(c, "01-trac-outcome-unsuccessful.eml", message(headers, alt(c + "1", t1, style="java")))
    t2 = """Dear Niamh,

Thank you again for coming to interview last Wednesday. It was a genuinely close decision and your
presentation on community waiting times was one of the strongest we saw.

I'd be very happy to give you some feedback. I'll give you a ring on Thursday at 12.30 if that
suits - it'll take about 20 minutes. If that's no good, let me know another time that works.

With best wishes,

Joanne

Joanne Pilkington
Associate Director of Therapies
Irwell Valley NHS Foundation Trust
"""
    put(c, "02-interview-feedback.eml", plain_mail(
        c + "2", sender=jo, to=[(OWNER_NAME, OWNER)], subject="Interview feedback - OT Service Manager",
        sent=sent2, text=t2, msgid=f"<DU0PR02MB{h(c + 'm2', 12).upper()}@DU0PR02MB9172.eurprd02.prod.outlook.com>"))
    label(c, interviews=[], difficulty="hard", category="negative/rejection-feedback-call",
          notes="Trac rejection after interview, then the panel chair books a feedback phone call (Thu 24 Sep 12.30); "
                "the process is over, so the call is not an interview.")


# ============================================================================= main
ALL = [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11, case12,
       case13, case14, case15, case16, case17, case18, case19, case20, case21, case22, case23]


def main():
    for fn in ALL:
        fn()
    assert list(CASES) == list(LABELS)
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith(PREFIX + "-") and os.path.isdir(p):
            shutil.rmtree(p)
    for case, files in CASES.items():
        os.makedirs(os.path.join(HERE, case))
        for fname, data in files.items():
            with open(os.path.join(HERE, case, fname), "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# blind267 labels (written blind; generated by make_cases.py)\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    pos = sum(1 for v in LABELS.values() if v["interview"])
    ivs = [i for v in LABELS.values() for i in v["interviews"]]
    print(f"{len(LABELS)} cases, {pos} positive, {len(LABELS) - pos} negative, {len(ivs)} interviews "
          f"({sum(i['status'] == 'scheduled' for i in ivs)} scheduled, {sum(i['status'] == 'cancelled' for i in ivs)} cancelled)")


if __name__ == "__main__":
    main()
