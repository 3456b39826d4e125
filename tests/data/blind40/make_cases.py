#!/usr/bin/env python3
"""Deterministic generator for the blind40 evaluation set (messy real-world formats).

Rewrites every b40-* case folder and labels.yaml next to this file.
stdlib + PyYAML + zoneinfo only. All people, companies and domains are invented.
"""
import hashlib
import json
import os
import shutil
import struct
import zlib
from datetime import datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from email import policy as email_policy
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
UTC = ZoneInfo("UTC")

CASES = {}   # case_id -> list of (filename, bytes)
LABELS = {}


def tz(name):
    return ZoneInfo(name)


def dt(y, mo, d, h, mi, zone, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz(zone))


def iso(x):
    return x.isoformat() if x is not None else None


def msgid(case, n, domain):
    h = hashlib.sha1(f"{case}/{n}".encode()).hexdigest()
    return f"<{h[:24].upper()}@{domain}>"


# ----------------------------------------------------------------- iCalendar
def esc(text):
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line):
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        b = ch.encode("utf-8")
        if len(cur) + len(b) > limit:
            out.append(cur)
            cur, limit = b"", 74
        cur += b
    out.append(cur)
    return "\r\n ".join(x.decode("utf-8") for x in out)


def ics(lines):
    return ("\r\n".join(fold(l) for l in lines) + "\r\n").encode("utf-8")


def _off(td):
    mins = int(td.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"{sign}{mins // 60:02d}{mins % 60:02d}"


def vtimezone(tzid, iana, std_rule=None, dst_rule=None, std_start="16010101T030000",
              dst_start="16010101T020000", std_name=None, dst_name=None):
    """VTIMEZONE block; offsets are taken from zoneinfo (January vs July)."""
    z = tz(iana)
    a = datetime(2026, 1, 15, 12, tzinfo=z).utcoffset()
    b = datetime(2026, 7, 15, 12, tzinfo=z).utcoffset()
    std, dst = min(a, b), max(a, b)
    lines = ["BEGIN:VTIMEZONE", f"TZID:{tzid}"]
    if std == dst or not std_rule:
        lines += ["BEGIN:STANDARD", "DTSTART:16010101T000000", f"TZOFFSETFROM:{_off(std)}",
                  f"TZOFFSETTO:{_off(std)}"] + ([f"TZNAME:{std_name}"] if std_name else []) + ["END:STANDARD"]
    else:
        lines += ["BEGIN:STANDARD", f"DTSTART:{std_start}", f"RRULE:{std_rule}",
                  f"TZOFFSETFROM:{_off(dst)}", f"TZOFFSETTO:{_off(std)}"] + \
                 ([f"TZNAME:{std_name}"] if std_name else []) + ["END:STANDARD",
                  "BEGIN:DAYLIGHT", f"DTSTART:{dst_start}", f"RRULE:{dst_rule}",
                  f"TZOFFSETFROM:{_off(std)}", f"TZOFFSETTO:{_off(dst)}"] + \
                 ([f"TZNAME:{dst_name}"] if dst_name else []) + ["END:DAYLIGHT"]
    lines.append("END:VTIMEZONE")
    return lines


VTZ_BERLIN = vtimezone("Europe/Berlin", "Europe/Berlin", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                       "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "19701025T030000", "19700329T020000",
                       "CET", "CEST")
VTZ_AUS_EAST = vtimezone("AUS Eastern Standard Time", "Australia/Sydney",
                         "FREQ=YEARLY;BYDAY=1SU;BYMONTH=4", "FREQ=YEARLY;BYDAY=1SU;BYMONTH=10")
VTZ_CENTRAL = vtimezone("Central Standard Time", "America/Chicago",
                        "FREQ=YEARLY;BYDAY=1SU;BYMONTH=11", "FREQ=YEARLY;BYDAY=2SU;BYMONTH=3",
                        "16010101T020000", "16010101T020000")
VTZ_NY = vtimezone("America/New_York", "America/New_York", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
                   "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "19701101T020000", "19700308T020000",
                   "EST", "EDT")
VTZ_INDIA = vtimezone("India Standard Time", "Asia/Kolkata")


def local(x):
    return x.strftime("%Y%m%dT%H%M%S")


def utcs(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


# ---------------------------------------------------------------------- mail
def new_msg(headers):
    m = EmailMessage()
    for k, v in headers:
        if v is not None:
            m[k] = v
    return m


def hdrs(owner, case, n, frm, to, subject, date, domain, extra=(), cc=None, reply_to=None,
         in_reply_to=None, references=None, received_by="mx.mail.example"):
    d = format_datetime(date)
    return [
        ("Delivered-To", owner),
        ("Received", f"from smtp-out.{domain} (smtp-out.{domain} [198.51.100.{(n * 37) % 250 + 2}])"
                     f" by {received_by} with ESMTPS id {hashlib.md5((case + str(n)).encode()).hexdigest()[:12]}"
                     f" for <{owner}>; {d}"),
        ("Return-Path", f"<bounce-{n}@{domain}>"),
        ("Date", d),
        ("From", frm),
        ("To", to),
        ("Cc", cc),
        ("Reply-To", reply_to),
        ("Subject", subject),
        ("Message-ID", msgid(case, n, domain)),
        ("In-Reply-To", in_reply_to),
        ("References", references),
        *extra,
    ]


def out(case, fname, data):
    CASES.setdefault(case, []).append((fname, data))


def emit(case, fname, m):
    i = 0
    for part in m.walk():
        if part.is_multipart():
            i += 1
            part.set_boundary("00000000" + hashlib.sha1(f"{case}/{fname}/{i}".encode()).hexdigest()[:20])
    out(case, fname, m.as_bytes(policy=email_policy.default))


def tiny_png(w=4, h=2, rgb=(20, 90, 160)):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def safelink(url, region="nam12"):
    from urllib.parse import quote
    h = hashlib.sha1(url.encode()).hexdigest()
    return (f"https://{region}.safelinks.protection.outlook.com/?url={quote(url, safe='')}"
            f"&data=05%7C02%7C%7C{h[:20]}%7C84df9e7fe9f640afb435aaaaaaaaaaaa%7C1%7C0%7C63{h[20:34]}"
            f"%7CUnknown%7CTWFpbGZsb3d8eyJWIjoiMC4wLjAwMDAifQ%3D%3D%7C0%7C%7C%7C"
            f"&sdata={h[5:30]}%3D&reserved=0")


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
    return {"company": company, "role": role, "start": iso(start), "end": iso(end),
            "status": status, "interviewer_emails": interviewers,
            "followup_recipients": recipients, "kind": kind}


LEGAL = (
    "CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use "
    "of the intended recipient(s) and may contain confidential and privileged information, "
    "including information relating to candidates, interviews, personnel matters and hiring "
    "decisions. Any unauthorized review, use, disclosure or distribution is prohibited. If you "
    "are not the intended recipient, please contact the sender by reply e-mail and destroy all "
    "copies of the original message. Nothing in this e-mail constitutes an offer of employment, "
    "and the scheduling of any interview or assessment does not create a contract. {co} is an "
    "equal opportunity employer; candidates requiring accommodation during the interview process "
    "may contact {acc}. Personal data submitted by candidates is processed in accordance with "
    "our Candidate Privacy Notice and retained for up to 24 months. E-mail transmission cannot "
    "be guaranteed to be secure or error-free. {co} accepts no liability for any damage caused "
    "by viruses transmitted by this e-mail."
)


# ============================================================ POSITIVE CASES
def case01():
    c = "b40-01-html-table-ats-screen-pst-label-in-pdt"
    owner = "nadia.farouk@example.com"
    sent = dt(2026, 3, 9, 10, 14, "America/Los_Angeles")
    start = dt(2026, 3, 12, 16, 30, "America/Los_Angeles")
    end = start + timedelta(minutes=30)
    resched = safelink("https://app.hirebridge.example/candidate/s/8f2c91/reschedule?t=Qm9vay1yZXNjaGVk")
    zoom = safelink("https://quillfeather.zoom.example/j/83412907715?pwd=bWZvNnFhU1pqZ2Jk")
    html = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>@media only screen and (max-width:600px){{.wrap{{width:100%!important}}}}</style></head>
<body style="margin:0;padding:0;background-color:#f2f4f7;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f2f4f7;"><tr><td align="center" style="padding:24px 12px;">
<table role="presentation" class="wrap" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;background:#ffffff;border-radius:6px;border:1px solid #e1e4ea;">
<tr><td style="padding:20px 32px;border-bottom:3px solid #5b3cc4;"><img src="https://cdn.hirebridge.example/brand/quillfeather/logo.png" width="140" alt="Quillfeather Labs" style="display:block;border:0;"></td></tr>
<tr><td style="padding:28px 32px 8px 32px;font-family:'Segoe UI',Helvetica,Arial,sans-serif;font-size:20px;line-height:28px;color:#1d2433;font-weight:600;">You&#8217;re booked, Nadia!</td></tr>
<tr><td style="padding:0 32px 16px 32px;font-family:'Segoe UI',Helvetica,Arial,sans-serif;font-size:15px;line-height:22px;color:#3b4252;">Thanks for picking a time. Here are the details for your conversation with our recruiting team about the <b>Product Analyst, Growth</b> opening.</td></tr>
<tr><td style="padding:0 32px;"><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f7f5ff;border:1px solid #ddd5fb;border-radius:4px;">
<tr><td width="120" style="padding:10px 14px;font-family:Arial,sans-serif;font-size:13px;color:#6b7280;text-transform:uppercase;letter-spacing:.04em;">What</td><td style="padding:10px 14px;font-family:Arial,sans-serif;font-size:15px;color:#1d2433;">Phone Screen &mdash; Product Analyst, Growth</td></tr>
<tr><td style="padding:10px 14px;font-family:Arial,sans-serif;font-size:13px;color:#6b7280;text-transform:uppercase;letter-spacing:.04em;">When</td><td style="padding:10px 14px;font-family:Arial,sans-serif;font-size:15px;color:#1d2433;"><b>Thu 3/12 @ 4:30p PST</b></td></tr>
<tr><td style="padding:10px 14px;font-family:Arial,sans-serif;font-size:13px;color:#6b7280;text-transform:uppercase;letter-spacing:.04em;">Length</td><td style="padding:10px 14px;font-family:Arial,sans-serif;font-size:15px;color:#1d2433;">30 min</td></tr>
<tr><td style="padding:10px 14px;font-family:Arial,sans-serif;font-size:13px;color:#6b7280;text-transform:uppercase;letter-spacing:.04em;">With</td><td style="padding:10px 14px;font-family:Arial,sans-serif;font-size:15px;color:#1d2433;">Corinne Vale, Senior Technical Recruiter<br><a href="mailto:corinne.vale@quillfeather.example" style="color:#5b3cc4;">corinne.vale@quillfeather.example</a></td></tr>
<tr><td style="padding:10px 14px;font-family:Arial,sans-serif;font-size:13px;color:#6b7280;text-transform:uppercase;letter-spacing:.04em;">Where</td><td style="padding:10px 14px;font-family:Arial,sans-serif;font-size:15px;color:#1d2433;">Zoom (audio is fine) &ndash; <a href="{zoom}" originalsrc="https://quillfeather.zoom.example/j/83412907715" shash="x" style="color:#5b3cc4;">join link</a></td></tr>
</table></td></tr>
<tr><td align="center" style="padding:24px 32px;"><table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr><td bgcolor="#5b3cc4" style="border-radius:4px;"><a href="{resched}" style="display:inline-block;padding:12px 22px;font-family:Arial,sans-serif;font-size:14px;color:#ffffff;text-decoration:none;font-weight:600;">Need a different time?</a></td></tr></table></td></tr>
<tr><td style="padding:0 32px 24px 32px;font-family:Arial,sans-serif;font-size:13px;line-height:19px;color:#6b7280;">Corinne will call you at the number on your application if Zoom gives you trouble. Reply to this e-mail to reach her directly.</td></tr>
<tr><td style="padding:16px 32px;background:#fafbfc;border-top:1px solid #e1e4ea;font-family:Arial,sans-serif;font-size:11px;line-height:16px;color:#9aa1ad;">Quillfeather Labs &middot; 410 Bryant Row, Suite 300, San Francisco, CA 94107<br>Sent via Hirebridge on behalf of Quillfeather Labs. <a href="{safelink('https://app.hirebridge.example/privacy')}" style="color:#9aa1ad;">Privacy</a></td></tr>
</table></td></tr></table></body></html>"""
    m = new_msg(hdrs(owner, c, 1, "Quillfeather Labs Recruiting <no-reply@hirebridge.example>", f"Nadia Farouk <{owner}>",
                     "Confirmed: Phone Screen with Quillfeather Labs", sent, "hirebridge.example",
                     reply_to="Corinne Vale <corinne.vale@quillfeather.example>",
                     extra=[("X-MS-Exchange-Organization-SCL", "1"), ("X-Mailer", "Hirebridge Mailer 4.2")]))
    m.set_content(html, subtype="html", cte="quoted-printable")
    emit(c, "01-confirmed-phone-screen.eml", m)
    label(c, owner, [iv("Quillfeather Labs", "Product Analyst, Growth", start, end, "scheduled",
                        ["corinne.vale@quillfeather.example"], ["corinne.vale@quillfeather.example"], "phone_screen")],
          "hard", "positive/html-only-ats-table",
          "HTML-only, table layout, Outlook Safe Links; 'Thu 3/12 @ 4:30p PST' is after the Mar 8 US DST switch, "
          "so Pacific time is PDT (-07:00). Recruiter does the screen.")


def case02():
    c = "b40-02-london-three-level-quoted-chain-bst"
    owner = "oliver.tembo@mail.example"
    fiona = "fiona.achterberg@harrowgate.example"
    rhys = "rhys.pellow@harrowgate.example"
    d1 = dt(2026, 3, 25, 9, 12, "Europe/London")
    d_user = dt(2026, 3, 26, 7, 41, "Europe/London")
    d2 = dt(2026, 3, 27, 16, 5, "Europe/London")
    start = dt(2026, 3, 30, 10, 30, "Europe/London")
    end = start + timedelta(minutes=45)
    sig = ("Fiona Achterberg\nTalent Partner | Harrowgate Mutual\nM: +44 7700 900418 | T: +44 113 496 0571\n"
           "Harrowgate Mutual plc, 2 Wellington Yard, Leeds LS1 4DY\n")
    body1 = f"""Hi Oliver,

Thanks for your time on Monday – Rhys Pellow (Head of Credit Risk) would like to meet you for a
45-minute conversation about the Senior Risk Analyst role. It'll be on Teams.

Could you do either of these (UK time)?
  - Monday 30th March, 10:30
  - Tuesday 31st March, 15:00

Kind regards,
{sig}"""
    m1 = new_msg(hdrs(owner, c, 1, f"Fiona Achterberg <{fiona}>", f"Oliver Tembo <{owner}>",
                      "Senior Risk Analyst – next step", d1, "harrowgate.example",
                      extra=[("X-Mailer", "Microsoft Outlook 16.0")]))
    m1.set_content(body1)
    emit(c, "01-next-step.eml", m1)
    quoted1 = "\n".join("> " + l if l else ">" for l in body1.rstrip("\n").split("\n"))
    user_reply = f"""Hi Fiona, Monday works great for me. Thanks!

Oliver

Sent from my iPhone

> On 25 Mar 2026, at 09:12, Fiona Achterberg <{fiona}> wrote:
>
{quoted1}"""
    body2 = f"""Hi Oliver,

Lovely – that's confirmed for Monday at half past ten with Rhys (cc'd). He'll send the Teams link
from his diary; if anything changes just give me a shout.

Have a good weekend,
{sig}
________________________________
From: Oliver Tembo <{owner}>
Sent: 26 March 2026 07:41
To: Fiona Achterberg <{fiona}>
Subject: Re: Senior Risk Analyst – next step

{user_reply}
"""
    m2 = new_msg(hdrs(owner, c, 2, f"Fiona Achterberg <{fiona}>", f"Oliver Tembo <{owner}>",
                      "RE: Senior Risk Analyst – next step", d2, "harrowgate.example", cc=f"Rhys Pellow <{rhys}>",
                      in_reply_to=msgid(c, 9, "mail.example"),
                      references=f"{msgid(c, 1, 'harrowgate.example')} {msgid(c, 9, 'mail.example')}",
                      extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Senior Risk Analyst – next step")]))
    m2.set_content(body2, cte="quoted-printable")
    emit(c, "02-re-confirmed.eml", m2)
    _ = d_user
    label(c, owner, [iv("Harrowgate Mutual", "Senior Risk Analyst", start, end, "scheduled", [rhys], [rhys],
                        "hiring_manager")],
          "hard", "positive/thread-quoted-chain",
          "Two options proposed; the candidate's pick ('Monday') is only in the iPhone reply quoted inside the "
          "Outlook reply; 'half past ten' on Mon 30 Mar 2026 = first day of BST (+01:00). 45 minutes.")


def case03():
    c = "b40-03-forwarded-invite-octet-stream-berlin"
    owner = "jana.kowalczyk@example.com"
    tob = "tobias.marquardt@falkenried.example"
    hen = "henrike.solberg@falkenried.example"
    mal = "malte.ebersbach@falkenried.example"
    start = dt(2026, 4, 16, 14, 0, "Europe/Berlin")
    end = start + timedelta(minutes=75)
    created = dt(2026, 4, 8, 9, 3, "Europe/Berlin")
    sent = dt(2026, 4, 8, 11, 47, "Europe/Berlin")
    role = "Senior Embedded Software Engineer (Battery Management)"
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
               "CALSCALE:GREGORIAN", "METHOD:REQUEST", *VTZ_BERLIN, "BEGIN:VEVENT",
               f"DTSTART;TZID=Europe/Berlin:{local(start)}", f"DTEND;TZID=Europe/Berlin:{local(end)}",
               f"DTSTAMP:{utcs(created)}", f"ORGANIZER;CN=Henrike Solberg:mailto:{hen}",
               "UID:3q9vk1e0o5n7c2r8m4t6b1h0ds@google.com",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Henrike Solberg;X-NUM-GUESTS=0:mailto:{hen}",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Malte Ebersbach;X-NUM-GUESTS=0:mailto:{mal}",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=OPT-PARTICIPANT;PARTSTAT=NEEDS-ACTION;CN=Tobias Marquardt;X-NUM-GUESTS=0:mailto:{tob}",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Jana Kowalczyk;X-NUM-GUESTS=0:mailto:{owner}",
               "X-GOOGLE-CONFERENCE:https://meet.google.com/fkr-nqwd-uzp",
               f"CREATED:{utcs(created)}",
               "DESCRIPTION:" + esc("Technisches Interview (Live-Coding C/C++, BMS-Architektur) – " + role +
                                    "\nKandidatin: Jana Kowalczyk\nGoogle Meet: https://meet.google.com/fkr-nqwd-uzp"),
               f"LAST-MODIFIED:{utcs(created)}", "LOCATION:Google Meet", "SEQUENCE:0", "STATUS:CONFIRMED",
               "SUMMARY:" + esc("Tech-Interview Jana Kowalczyk – Embedded/BMS"), "TRANSP:OPAQUE",
               "END:VEVENT", "END:VCALENDAR"])
    body = f"""Hallo Frau Kowalczyk,

anbei wie besprochen die Einladung für Ihr technisches Interview – sie ist versehentlich
zunächst nur intern an uns gegangen, daher leite ich sie Ihnen weiter. Die Eckdaten:

  Donnerstag, 16. April, 14:00 Uhr (MESZ), ca. 75 Minuten
  mit Henrike Solberg (Teamlead BMS) und Malte Ebersbach (Senior Firmware Engineer)
  per Google Meet

Die .ics-Datei im Anhang können Sie einfach in Ihren Kalender importieren.

Viele Grüße
Tobias Marquardt
Recruiting | Falkenried Mobility GmbH
Tel. +49 89 2190 4471 | Mobil +49 151 0004 7712
Landsberger Allee 58, 80339 München

---------- Forwarded message ---------
Von: Henrike Solberg <{hen}>
Date: Mi., 8. Apr. 2026 um 09:03 Uhr
Subject: Einladung: Tech-Interview Jana Kowalczyk – Embedded/BMS @ Do. 16. Apr. 2026 14:00 - 15:15 (MESZ)
To: <{mal}>, <{tob}>, <{owner}>


Tech-Interview Jana Kowalczyk – Embedded/BMS
Donnerstag, 16. April 2026 · 14:00–15:15
Zeitzone: Europe/Berlin
Google Meet: https://meet.google.com/fkr-nqwd-uzp
"""
    m = new_msg(hdrs(owner, c, 1, f"Tobias Marquardt <{tob}>", f"Jana Kowalczyk <{owner}>",
                     "WG: Einladung: Tech-Interview Jana Kowalczyk – Embedded/BMS @ Do. 16. Apr. 2026 14:00 - 15:15 (MESZ)",
                     sent, "falkenried.example"))
    m.set_content(body, cte="quoted-printable")
    m.add_attachment(cal, maintype="application", subtype="octet-stream", filename="invite (1).ics")
    emit(c, "01-fwd-einladung.eml", m)
    label(c, owner, [iv("Falkenried Mobility", role, start, end, "scheduled", [hen, mal], [hen, mal], "technical")],
          "medium", "positive/forwarded-invite-octet-stream",
          "German forward by recruiter; invite is an application/octet-stream attachment 'invite (1).ics' with "
          "TZID Europe/Berlin; 14:00 Uhr MESZ = +02:00; 75 min; two interviewers (technical).")


def case04():
    c = "b40-04-exchange-teams-sydney-cp1252-safelinks"
    owner = "priyanka.dsouza@example.com"
    gem = "gemma.rutherford@coralbay.example"
    mar = "marcus.everleigh@coralbay.example"
    sio = "siobhan.tran@coralbay.example"
    start = dt(2026, 4, 7, 9, 30, "Australia/Sydney")
    end = start + timedelta(hours=1)
    sent = dt(2026, 4, 2, 15, 22, "Australia/Sydney")
    role = "Claims Data Engineer"
    teams = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGJkMzE4NzAtY2Q1Zi00OTg1LWI2ZTQtNmY3Yjg0@thread.v2/0?context=%7b%22Tid%22%3a%22c0ra1bay%22%7d"
    st = safelink(teams, "aus01")
    text = f"""Hi Priyanka,

Thanks for making time for the panel interview for the {role} role. You’ll meet Marcus Everleigh
(Engineering Manager, Claims Platform) and Siobhan Tran (Lead Data Engineer). Expect a mix of
pipeline design and a walk-through of a project you’re proud of – no prep needed.

If you need to reschedule, reply to me directly.

Gemma Rutherford – Talent Acquisition Coordinator
Coralbay Insurance | Level 14, 201 Kent Street, Sydney NSW 2000 | +61 2 5550 1934

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<{st}>
Meeting ID: 412 883 905 117
Passcode: 7tQw2X
Download Teams<{safelink('https://www.microsoft.com/microsoft-teams/download-app', 'aus01')}> | Join on the web<{safelink('https://www.microsoft.com/microsoft-teams/join-a-meeting', 'aus01')}>
Learn More<{safelink('https://aka.ms/JoinTeamsMeeting', 'aus01')}> | Meeting options<{safelink('https://teams.microsoft.com/meetingOptions/', 'aus01')}>
________________________________________________________________________________
"""
    html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>"
            "<div style=\"font-family:Aptos,Calibri,sans-serif;font-size:11pt\">"
            + "".join(f"<p class=MsoNormal>{l}</p>" if l.strip() else "<p class=MsoNormal>&nbsp;</p>"
                      for l in text.split("\n")[:12])
            + f"<div style=\"width:100%;height:20px\"><span style=\"white-space:nowrap;color:#5F5F5F;opacity:.36\">________________________________________________________________________________</span></div>"
            f"<div style=\"margin-bottom:24px;overflow:hidden;white-space:nowrap\"><span style=\"font-size:24px;font-weight:700;color:#252424\">Microsoft Teams meeting</span></div>"
            f"<div><a href=\"{st}\" originalsrc=\"{teams}\" style=\"font-size:14px;color:#5B5FC7\">Click here to join the meeting</a></div>"
            "<div><span style=\"font-size:14px;color:#252424\">Meeting ID: 412 883 905 117<br>Passcode: 7tQw2X</span></div>"
            "</div></body></html>")
    cal = ics(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
               *VTZ_AUS_EAST, "BEGIN:VEVENT",
               f"ORGANIZER;CN=Gemma Rutherford:mailto:{gem}",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Priyanka D'Souza:mailto:{owner}",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Marcus Everleigh:mailto:{mar}",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Siobhan Tran:mailto:{sio}",
               "DESCRIPTION;LANGUAGE=en-AU:" + esc(text),
               "UID:040000008200E00074C5B7101A82E0080000000030C6B51A2FC2DC01000000000000000010000000A1E3C2F5D48B8E4C9F0B7D3E2A6C1F08",
               "SUMMARY;LANGUAGE=en-AU:" + esc(f"Panel Interview – Priyanka D'Souza – {role}"),
               f"DTSTART;TZID=AUS Eastern Standard Time:{local(start)}",
               f"DTEND;TZID=AUS Eastern Standard Time:{local(end)}",
               "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{utcs(sent)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
               "SEQUENCE:0", "LOCATION;LANGUAGE=en-AU:Microsoft Teams Meeting",
               "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2121468913",
               "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
               "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
               "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
               "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-SKYPETEAMSMEETINGURL:" + teams,
               "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
               "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    m = new_msg(hdrs(owner, c, 1, f"Gemma Rutherford <{gem}>",
                     f"Priyanka D'Souza <{owner}>, Marcus Everleigh <{mar}>, Siobhan Tran <{sio}>",
                     f"Panel Interview – Priyanka D'Souza – {role}", sent, "coralbay.example",
                     extra=[("Thread-Topic", f"Panel Interview – Priyanka D'Souza – {role}"),
                            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                            ("X-MS-Exchange-Organization-AuthAs", "Anonymous")]))
    m.set_content(text, charset="windows-1252", cte="quoted-printable")
    m.add_alternative(html, subtype="html", charset="windows-1252", cte="quoted-printable")
    m.add_alternative(cal, maintype="text", subtype="calendar", cte="base64",
                      params={"charset": "utf-8", "method": "REQUEST"})
    emit(c, "01-panel-interview-invite.eml", m)
    label(c, owner, [iv("Coralbay Insurance", role, start, end, "scheduled", [mar, sio], [mar, sio], "onsite")],
          "hard", "positive/exchange-teams",
          "Exchange invite, windows-1252 QP bodies, Safe Links Teams URL, Windows TZID 'AUS Eastern Standard Time'; "
          "sent during AEDT (+11) for a date after the Apr 5 switch -> AEST +10:00. Panel of two -> onsite; "
          "coordinator/organizer is not an interviewer.")


def case05():
    c = "b40-05-paris-all-day-hold-14h-latin1"
    owner = "camille.renaud@mail.example"
    san = "sandrine.aubel@brunelle.example"
    eti = "etienne.marchal@brunelle.example"
    start = dt(2026, 10, 27, 14, 0, "Europe/Paris")
    end = start + timedelta(minutes=90)
    sent = dt(2026, 10, 22, 11, 20, "Europe/Paris")
    role = "Développeur·se back-end Python"
    body = f"""Bonjour Camille,

Suite à notre échange téléphonique, nous avons le plaisir de vous confirmer votre entretien
technique pour le poste de Développeur back-end Python (H/F) :

  - Date : mardi 27 octobre
  - Heure : 14h (durée prévue : 1h30)
  - Lieu : nos locaux, 18 rue des Tanneurs, 69002 Lyon (3e étage, sonner « Brunelle »)
  - Avec : Étienne Marchal, responsable technique ({eti}, en copie)

Vous trouverez ci-joint un bloc-calendrier pour la journée ; l'heure exacte est celle indiquée
ci-dessus. Merci de vous munir d'une pièce d'identité à l'accueil.

Bien cordialement,

Sandrine Aubel
Chargée de recrutement – Atelier Brunelle
Tél. : +33 4 72 00 31 58
18 rue des Tanneurs – 69002 Lyon
"""
    created = dt(2026, 10, 22, 11, 15, "Europe/Paris")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Atelier Brunelle//Planning RH//FR", "METHOD:REQUEST",
               "BEGIN:VEVENT", "UID:rh-2026-1027-renaud@brunelle.example", f"DTSTAMP:{utcs(created)}",
               "DTSTART;VALUE=DATE:20261027", "DTEND;VALUE=DATE:20261028",
               "SUMMARY:" + esc("Entretien – Camille Renaud (Atelier Brunelle)"),
               "LOCATION:" + esc("18 rue des Tanneurs, 69002 Lyon"),
               "DESCRIPTION:" + esc("Entretien technique – voir l'heure dans le mail de confirmation."),
               f"ORGANIZER;CN=Sandrine Aubel:mailto:{san}",
               f"ATTENDEE;CN=Camille Renaud;RSVP=TRUE:mailto:{owner}",
               "TRANSP:TRANSPARENT", "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    m = new_msg(hdrs(owner, c, 1, f"Sandrine Aubel <{san}>", f"Camille Renaud <{owner}>",
                     "Confirmation de votre entretien – Atelier Brunelle", sent, "brunelle.example",
                     cc=f"Étienne Marchal <{eti}>", extra=[("X-Mailer", "Zimbra 9.0.0_GA_4546")]))
    m.set_content(body.replace("·", "").replace("–", "-"), charset="iso-8859-1", cte="quoted-printable")
    m.add_attachment(cal, maintype="text", subtype="calendar", filename="entretien.ics",
                     params={"method": "REQUEST", "charset": "UTF-8"})
    emit(c, "01-confirmation-entretien.eml", m)
    label(c, owner, [iv("Atelier Brunelle", "Développeur back-end Python", start, end, "scheduled", [eti], [eti],
                        "technical")],
          "hard", "positive/all-day-ics-time-in-body",
          "French, iso-8859-1 QP; attached VEVENT is all-day; '14h' on Tue 27 Oct 2026, two days after the EU "
          "switch -> CET +01:00 (e-mail itself sent in CEST). 1h30.")
    _ = role


def case06():
    c = "b40-06-slotwise-publish-tokyo-noon"
    owner = "kenji.arakawa@example.com"
    mir = "mirela.dobos@tessaract.example"
    start = dt(2026, 6, 19, 12, 0, "Asia/Tokyo")
    end = start + timedelta(minutes=30)
    sent = dt(2026, 6, 15, 3, 48, "UTC")
    role = "Gameplay Programmer (Unreal)"
    text = f"""Booking confirmed

Recruiter call: Tessaract Games x Kenji Arakawa
Friday, 19 June 2026
12:00 – 12:30 (noon) · Japan Standard Time
Host: Mirela Dobos, Talent Partner, Tessaract Games
Location: Mirela will call you on Google Meet – https://meet.google.com/tsr-kqmv-hbe

Position: {role}

Notes from Mirela: "Looking forward to it! This is a relaxed first chat about your background
and the team – about half an hour."

Need to make a change?
Reschedule: https://slotwise.example/r/tessaract/mirela/b-7HQ2KX/reschedule
Cancel: https://slotwise.example/r/tessaract/mirela/b-7HQ2KX/cancel

Add to calendar: the attached booking.ics works with Apple Calendar, Outlook and Google Calendar.
--
Powered by SlotWise · Scheduling made simple · https://slotwise.example
"""
    html = "<html><body style=\"font-family:-apple-system,Helvetica,Arial;color:#222\">" + "".join(
        f"<p>{l}</p>" for l in text.split("\n") if l.strip()) + "</body></html>"
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//SlotWise//Bookings 3.1//EN", "METHOD:PUBLISH",
               "X-WR-CALNAME:SlotWise booking", "BEGIN:VEVENT", "UID:b-7HQ2KX@slotwise.example",
               f"DTSTAMP:{utcs(sent)}", f"DTSTART:{utcs(start)}", f"DTEND:{utcs(end)}",
               "SUMMARY:" + esc("Recruiter call: Tessaract Games x Kenji Arakawa"),
               "DESCRIPTION:" + esc(f"Host: Mirela Dobos ({mir})\nPosition: {role}\nGoogle Meet: https://meet.google.com/tsr-kqmv-hbe"),
               "LOCATION:https://meet.google.com/tsr-kqmv-hbe",
               f"ORGANIZER;CN=Mirela Dobos:mailto:{mir}", "STATUS:CONFIRMED", "SEQUENCE:0",
               "END:VEVENT", "END:VCALENDAR"])
    m = new_msg(hdrs(owner, c, 1, "SlotWise <bookings@slotwise.example>", f"Kenji Arakawa <{owner}>",
                     "Booking confirmed: Recruiter call with Mirela Dobos (Tessaract Games) – Fri 19 Jun, 12:00",
                     sent, "slotwise.example", reply_to=f"Mirela Dobos <{mir}>"))
    m.set_content(text)
    m.add_alternative(html, subtype="html")
    m.add_attachment(cal, maintype="text", subtype="calendar", filename="booking.ics",
                     params={"method": "PUBLISH", "charset": "UTF-8"})
    emit(c, "01-booking-confirmed.eml", m)
    label(c, owner, [iv("Tessaract Games", role, start, end, "scheduled", [mir], [mir], "phone_screen")],
          "medium", "positive/scheduling-vendor-publish",
          "Scheduling-vendor booking with text/calendar METHOD:PUBLISH in UTC; 'noon' JST (+09:00); recruiter hosts.")


def case07():
    c = "b40-07-image-only-body-alt-text"
    owner = "samira.haddad@example.com"
    des = "desmond.okoye@lumenfield.example"
    gra = "grace.liang@lumenfield.example"
    start = dt(2026, 6, 9, 14, 0, "America/New_York")
    end = start + timedelta(hours=1)
    sent = dt(2026, 6, 3, 8, 2, "America/New_York")
    role = "Grid Operations Analyst"
    alt = (f"Interview confirmed. Samira, your video interview for {role} (Req 4471) with Lumenfield Energy is on "
           f"Tuesday, June 9, 2026 from 2:00 PM to 3:00 PM ET with Desmond Okoye, Operations Manager "
           f"({des}). A Teams link will follow. Questions? Contact Grace Liang at {gra}.")
    html = f"""<html><head><meta charset="utf-8"><title>Interview confirmed</title></head><body style="margin:0;padding:0;background:#0b2239">
<center><table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#0b2239"><tr><td align="center">
<table width="640" cellpadding="0" cellspacing="0" border="0"><tr><td>
<a href="https://careers.lumenfield.example/candidate/portal?id=4471-SH"><img src="cid:hero-4471@talentarc.example" width="640" height="820" border="0" style="display:block;width:640px;height:auto" alt="{alt}"></a>
</td></tr></table></td></tr></table></center>
<div style="display:none;max-height:0;overflow:hidden">Your interview is confirmed</div>
</body></html>"""
    m = new_msg(hdrs(owner, c, 1, "Lumenfield Energy Careers <careers@talentarc.example>", f"<{owner}>",
                     "Your interview is confirmed", sent, "talentarc.example",
                     reply_to=f"Grace Liang <{gra}>"))
    m.set_content(html, subtype="html", cte="base64")
    m.add_related(tiny_png(), maintype="image", subtype="png", cid="<hero-4471@talentarc.example>",
                  filename="interview-confirmed.png")
    emit(c, "01-interview-confirmed.eml", m)
    label(c, owner, [iv("Lumenfield Energy", role, start, end, "scheduled", [des], [des], "hiring_manager")],
          "hard", "positive/image-only-body",
          "Body is only an inline image; all details live in the <img alt> text (base64 HTML). 2-3 PM ET, EDT -04:00.")


def case08():
    c = "b40-08-onsite-day-with-vtodo-prep-task"
    owner = "rafael.quintero@mail.example"
    han = "hannah.iverson@pinecrest.example"
    alan = "alan.whitcombe@pinecrest.example"
    pri = "priya.raman@pinecrest.example"
    jon = "jonah.feld@pinecrest.example"
    start = dt(2026, 5, 13, 9, 0, "America/New_York")
    end = dt(2026, 5, 13, 14, 30, "America/New_York")
    due = dt(2026, 5, 11, 17, 0, "America/New_York")
    sent = dt(2026, 5, 4, 13, 37, "America/New_York")
    role = "Scientist II, Assay Development"
    text = f"""Hi Rafael,

Great news - the team would love to host you for an on-site interview day at our Durham campus on
Wednesday, May 13. Here's the plan (all times Eastern):

  9:00 - 9:45 am    Research talk (30 min + Q&A) - Dr. Alan Whitcombe & team
  10:00 - 10:45 am  Assay design deep-dive - Priya Raman ({pri})
  11:00 - 11:45 am  Lab tour + bench discussion - Jonah Feld ({jon})
  12:00 - 1:00 pm   Lunch with the Assay Development team
  1:15 - 2:30 pm    Hiring manager conversation - Dr. Alan Whitcombe ({alan})

Please send me your slides by Monday 5 pm so we can load them on the conference room laptop - I've
attached a little to-do so it shows up in your task list.

Parking: visitor lot B, then check in at the front desk of Building 2.

Best,
Hannah

--
Hannah Iverson | Senior Recruiting Coordinator
Pinecrest Bioworks
2200 Kit Creek Parkway, Building 2, Durham, NC 27709
Office: (919) 555-0143 | Mobile: (984) 555-0178
pinecrest.example/careers
"""
    html = "<html><body><div style=\"font-family:Calibri,Arial;font-size:11pt\"><pre style=\"font-family:inherit\">" + \
        text.replace("&", "&amp;").replace("<", "&lt;") + "</pre></div></body></html>"
    todo = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Pinecrest Bioworks//Recruiting Tools//EN",
                "METHOD:PUBLISH", *VTZ_NY, "BEGIN:VTODO", "UID:todo-slides-quintero@pinecrest.example",
                f"DTSTAMP:{utcs(sent)}", f"DUE;TZID=America/New_York:{local(due)}",
                "SUMMARY:" + esc("Send research talk slides to Hannah (Pinecrest interview day)"),
                "DESCRIPTION:" + esc(f"E-mail slides (PDF or PPTX) to {han} before the on-site."),
                "PRIORITY:1", "STATUS:NEEDS-ACTION", "END:VTODO", "END:VCALENDAR"])
    m = new_msg(hdrs(owner, c, 1, f"Hannah Iverson <{han}>", f"Rafael Quintero <{owner}>",
                     f"On-site interview day - {role} - Wed 5/13", sent, "pinecrest.example"))
    m.set_content(text)
    m.add_alternative(html, subtype="html")
    m.add_attachment(todo, maintype="text", subtype="calendar", filename="prep-task.ics",
                     params={"method": "PUBLISH"})
    emit(c, "01-onsite-day-plan.eml", m)
    label(c, owner, [iv("Pinecrest Bioworks", role, start, end, "scheduled", [pri, jon, alan], [pri, jon, alan],
                        "onsite")],
          "hard", "positive/onsite-with-vtodo",
          "Onsite loop 9:00-2:30 pm EDT in the body; the only calendar object is a VTODO whose DUE (Mon 5 pm) is "
          "a prep task, not the interview. Coordinator not an interviewer.")


def case09():
    c = "b40-09-exchange-cancel-chicago-after-fallback"
    owner = "derek.lindqvist@example.com"
    beth = "beth.kowalski@ironmoor.example"
    ray = "ray.santangelo@ironmoor.example"
    start = dt(2026, 11, 2, 9, 0, "America/Chicago")
    end = start + timedelta(hours=1)
    s1 = dt(2026, 10, 28, 10, 5, "America/Chicago")
    s2 = dt(2026, 10, 30, 16, 40, "America/Chicago")
    role = "Transportation Planner"
    uid = "040000008200E00074C5B7101A82E00800000000B0A4F7C1E466DC010000000000000000100000009C1D3E5F7A2B4C6D8E0F1A2B3C4D5E6F"
    sig = (f"Beth Kowalski\nTalent Acquisition Partner\nIronmoor Logistics, Inc.\n1800 W. Fulton Market, Suite 500 | Chicago, IL 60612\n"
           f"P: 312-555-0162 | C: 773-555-0119\n\n" + LEGAL.format(co="Ironmoor Logistics", acc="accommodations@ironmoor.example"))

    def inv(method, seq, status, summary, desc):
        return ics(["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
                    *VTZ_CENTRAL, "BEGIN:VEVENT", f"ORGANIZER;CN=Beth Kowalski:mailto:{beth}",
                    f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Derek Lindqvist:mailto:{owner}",
                    f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Ray Santangelo:mailto:{ray}",
                    "DESCRIPTION;LANGUAGE=en-US:" + esc(desc), f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{esc(summary)}",
                    f"DTSTART;TZID=Central Standard Time:{local(start)}",
                    f"DTEND;TZID=Central Standard Time:{local(end)}", "CLASS:PUBLIC",
                    "PRIORITY:1" if method == "CANCEL" else "PRIORITY:5",
                    f"DTSTAMP:{utcs(s2 if seq else s1)}", "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}",
                    "LOCATION;LANGUAGE=en-US:Ironmoor HQ - 5th floor, Conference Room Lakeshore",
                    f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", "X-MICROSOFT-CDO-OWNERAPPTID:-1183220517",
                    "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if seq else "TENTATIVE"),
                    "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if seq else "BUSY"),
                    "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:" + ("2" if seq else "1"),
                    "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
                    "END:VEVENT", "END:VCALENDAR"])
    subj = f"Interview: Derek Lindqvist - {role}"
    t1 = (f"Hi Derek,\n\nYou're confirmed to meet with Ray Santangelo, Director of Network Planning, at our Fulton Market "
          f"office. Please bring a photo ID for building security and ask for me at reception.\n\n{sig}\n")
    m1 = new_msg(hdrs(owner, c, 1, f"Beth Kowalski <{beth}>", f"Derek Lindqvist <{owner}>; Ray Santangelo <{ray}>".replace(";", ","),
                      subj, s1, "ironmoor.example", extra=[("Thread-Topic", subj), ("X-MS-Has-Attach", "")]))
    m1.set_content(t1, cte="quoted-printable")
    m1.add_alternative("<html><body><div style=\"font-family:Calibri\">" + t1.replace("\n\n", "</p><p>").replace("\n", "<br>")
                       + "</div></body></html>", subtype="html", cte="quoted-printable")
    m1.add_alternative(inv("REQUEST", 0, "CONFIRMED", subj, t1), maintype="text", subtype="calendar", cte="base64",
                       params={"charset": "utf-8", "method": "REQUEST"})
    emit(c, "01-interview-invite.eml", m1)
    t2 = (f"Hi Derek,\n\nI'm so sorry - Ray has been called away unexpectedly and we need to cancel Monday's interview. "
          f"I'll be in touch next week once his calendar settles to find a new time.\n\nApologies for the short notice,\n\n{sig}\n")
    m2 = new_msg(hdrs(owner, c, 2, f"Beth Kowalski <{beth}>", f"Derek Lindqvist <{owner}>, Ray Santangelo <{ray}>",
                      "Canceled: " + subj, s2, "ironmoor.example", extra=[("Thread-Topic", subj), ("Importance", "high")]))
    m2.set_content(t2, cte="quoted-printable")
    m2.add_alternative(inv("CANCEL", 1, "CANCELLED", "Canceled: " + subj, t2), maintype="text", subtype="calendar",
                       cte="base64", params={"charset": "utf-8", "method": "CANCEL"})
    emit(c, "02-canceled-interview.eml", m2)
    label(c, owner, [iv("Ironmoor Logistics", role, start, end, "cancelled", [ray], [ray], "hiring_manager")],
          "medium", "positive/cancellation",
          "Exchange invite then METHOD:CANCEL; TZID 'Central Standard Time' on Mon 2 Nov 2026, the day after US "
          "fall-back -> CST -06:00 (invites sent during CDT). Long disclaimer mentions interviews/confidential.")


def case10():
    c = "b40-10-candidate-withdraws-iphone-cp1252"
    owner = "meiling.ross@example.com"
    tre = "trent.halvorsen@sablewood.example"
    start = dt(2026, 8, 20, 11, 0, "America/Denver")
    end = start + timedelta(minutes=30)
    s1 = dt(2026, 8, 14, 15, 2, "America/Denver")
    s_user = dt(2026, 8, 18, 21, 47, "America/Denver")
    s2 = dt(2026, 8, 18, 22, 3, "America/Denver")
    role = "Associate, Private Credit"
    sig = ("Trent Halvorsen\nDirector, Talent Acquisition\nSablewood Partners LLC\n1401 Lawrence Street, 19th Floor\n"
           "Denver, CO 80202\nDirect: 720.555.0187 | Mobile: 303.555.0144\n")
    t1 = f"""Hi Meiling,

Thanks for the quick reply – you’re all set for a 30-minute phone screen with me on Thursday,
Aug 20 at 11:00 a.m. Mountain Time (Denver). I’ll call you on 555-0139 – let me know if a different
number is better.

We’ll cover your deal experience, why Sablewood, and timing. Nothing to prepare.

Best,
{sig}"""
    m1 = new_msg(hdrs(owner, c, 1, f"Trent Halvorsen <{tre}>", f"Meiling Ross <{owner}>",
                      f"Sablewood Partners – Phone Screen – {role}", s1, "sablewood.example",
                      extra=[("X-Mailer", "Microsoft Outlook 16.0")]))
    m1.set_content(t1, charset="windows-1252", cte="quoted-printable")
    emit(c, "01-phone-screen-confirmed.eml", m1)
    q_user = f"""Hi Trent – I’m sorry for the late notice, but I’ve just accepted another offer, so I’d like to withdraw
from the process and cancel Thursday’s call. Thank you so much for your time and for being so
responsive – I really enjoyed learning about Sablewood.

Best,
Meiling

Sent from my iPhone"""
    t2 = f"""Understood – I’ve taken Thursday off the calendar. Congrats and best of luck in the new role!

Trent

Sent from my iPhone

> On Aug 18, 2026, at 9:47 PM, Meiling Ross <{owner}> wrote:
>
""" + "\n".join("> " + l if l else ">" for l in q_user.split("\n")) + "\n"
    m2 = new_msg(hdrs(owner, c, 2, f"Trent Halvorsen <{tre}>", f"Meiling Ross <{owner}>",
                      f"Re: Sablewood Partners – Phone Screen – {role}", s2, "sablewood.example",
                      in_reply_to=msgid(c, 8, "example.com"),
                      references=f"{msgid(c, 1, 'sablewood.example')} {msgid(c, 8, 'example.com')}",
                      extra=[("X-Mailer", "iPhone Mail (22G86)")]))
    m2.set_content(t2, charset="windows-1252", cte="base64")
    emit(c, "02-re-withdraw.eml", m2)
    _ = s_user
    label(c, owner, [iv("Sablewood Partners", role, start, end, "cancelled", [tre], [tre], "phone_screen")],
          "medium", "positive/cancellation",
          "windows-1252 confirmation; withdrawal only visible as quoted text in the recruiter's iPhone top-post "
          "(base64 cp1252). Denver MDT -06:00.")


def case11():
    c = "b40-11-agenda-digest-own-interview-saopaulo"
    owner = "beatriz.moura@example.com"
    luc = "lucas.prado@cajuina.example"
    ren = "renata.vilela@cajuina.example"
    start = dt(2026, 5, 20, 15, 30, "America/Sao_Paulo")
    end = start + timedelta(hours=1)
    s1 = dt(2026, 5, 14, 17, 12, "America/Sao_Paulo")
    s2 = dt(2026, 5, 20, 6, 0, "America/Sao_Paulo")
    role = "Product Manager Sênior – Pagamentos"
    t1 = f"""Oi Beatriz, tudo bem?

Confirmando sua entrevista com a Renata Vilela (Head de Produto, {ren}) para a vaga de
{role}: quarta-feira, 20 de maio, às 15h30 (horário de Brasília), com duração de 1 hora,
pelo Google Meet. O convite vai chegar direto da agenda da Renata.

Qualquer coisa, é só me chamar por aqui ou no WhatsApp.

Abraço,
Lucas Prado
Tech Recruiter | Cajuína Pagamentos
+55 11 95550-2741
Av. Brigadeiro Faria Lima, 3900 – 8º andar – São Paulo/SP
"""
    m1 = new_msg(hdrs(owner, c, 1, f"Lucas Prado <{luc}>", f"Beatriz Moura <{owner}>",
                      "Entrevista Cajuína – confirmação", s1, "cajuina.example"))
    m1.set_content(t1.replace("–", "-"), charset="iso-8859-1", cte="quoted-printable")
    emit(c, "01-entrevista-confirmacao.eml", m1)
    rows = [("07:00 – 08:00", "Academia", ""), ("10:00 – 10:40", "Dentista – Dra. Paula Serrano", "Rua Pamplona, 1200"),
            ("15:30 – 16:30", "Entrevista – Cajuína Pagamentos (Renata Vilela)", "Google Meet · meet.google.com/cjp-wxye-rvn"),
            ("19:30 – 22:00", "Jantar de aniversário da Lu", "Bar do Alemão")]
    trs = "".join(
        f"<tr><td style=\"padding:8px 12px;border-bottom:1px solid #eee;font:13px Arial;color:#555;white-space:nowrap\">{a}</td>"
        f"<td style=\"padding:8px 12px;border-bottom:1px solid #eee;font:14px Arial;color:#111\"><b>{b}</b><br>"
        f"<span style=\"color:#888;font-size:12px\">{l}</span></td></tr>" for a, b, l in rows)
    html = f"""<html><body style="background:#f6f6f6;margin:0"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" cellpadding="0" cellspacing="0" style="background:#fff;margin:20px 0;border:1px solid #ddd">
<tr><td colspan="2" style="padding:16px 12px;font:bold 18px Arial;color:#1a73e8">Sua agenda de quarta-feira, 20 de maio de 2026</td></tr>
<tr><td colspan="2" style="padding:0 12px 8px;font:12px Arial;color:#777">Fuso horário: (GMT-03:00) Horário de Brasília</td></tr>
{trs}
<tr><td colspan="2" style="padding:12px;font:11px Arial;color:#999">Você está recebendo este resumo diário porque ativou "Agenda diária" em Configurações da agenda para {owner}.</td></tr>
</table></td></tr></table></body></html>"""
    m2 = new_msg(hdrs(owner, c, 2, "Agenda Mail.example <agenda-noreply@mail.example>", owner,
                      "Agenda diária: quarta-feira, 20 de maio de 2026", s2, "mail.example"))
    m2.set_content(html, subtype="html", cte="quoted-printable")
    emit(c, "02-agenda-diaria.eml", m2)
    label(c, owner, [iv("Cajuína Pagamentos", role, start, end, "scheduled", [ren], [ren], "hiring_manager")],
          "medium", "positive/agenda-digest-dedupe",
          "Portuguese recruiter confirmation (iso-8859-1) + HTML daily-agenda digest listing the same interview among "
          "unrelated events -> ONE interview, 15h30 BRT (-03:00).")


def case12():
    c = "b40-12-screen-then-virtual-onsite-across-dst"
    owner = "aaron.whitfield@example.com"
    dana = "dana.oyelaran@tidemark.example"
    ilse = "ilse.brandvold@tidemark.example"
    kofi = "kofi.mensah-baptiste@tidemark.example"
    nora = "nora.castellanos@tidemark.example"
    role = "Detection Engineer"
    s1 = dt(2026, 3, 2, 11, 26, "America/New_York")
    scr = dt(2026, 3, 3, 14, 0, "America/New_York")
    s2 = dt(2026, 3, 5, 16, 51, "America/New_York")
    o_start = dt(2026, 3, 11, 10, 0, "America/New_York")
    o_end = dt(2026, 3, 11, 13, 15, "America/New_York")
    t1 = f"""Hey Aaron,

Perfect, let's lock it in: Tue 3/3, 2pm ET for a 30 min phone screen. I'll call your cell
(the 617 number on your resume).

Talk soon,
Dana

Dana Oyelaran | Technical Recruiter, Tidemark Security
m: 617-555-0126 | tidemark.example

On Mon, Mar 2, 2026 at 10:58 AM Aaron Whitfield <{owner}> wrote:
> Hi Dana - tomorrow afternoon works, anytime after 1.
> Aaron
>
> On Fri, Feb 27, 2026 at 4:12 PM Dana Oyelaran <{dana}> wrote:
>> Hi Aaron, are you free for a quick intro call early next week about the {role} role?
"""
    m1 = new_msg(hdrs(owner, c, 1, f"Dana Oyelaran <{dana}>", f"Aaron Whitfield <{owner}>",
                      f"Re: {role} @ Tidemark", s1, "tidemark.example",
                      in_reply_to=msgid(c, 7, "example.com")))
    m1.set_content(t1)
    emit(c, "01-re-phone-screen.eml", m1)
    sessions = [("10:00 – 10:45 AM", "Live coding (detection logic in Python)", "Ilse Brandvold", "Staff Engineer", ilse),
                ("11:00 – 11:45 AM", "System design: streaming telemetry pipeline", "Kofi Mensah-Baptiste", "Principal Engineer", kofi),
                ("11:45 AM – 12:30 PM", "Lunch break (off camera)", "—", "", ""),
                ("12:30 – 1:15 PM", "Hiring manager conversation", "Nora Castellanos", "Director, Detection & Response", nora)]
    trs = "".join(
        f"<tr><td style=\"padding:10px;border:1px solid #d0d7de;font:13px/18px Helvetica,Arial;white-space:nowrap\">{a}</td>"
        f"<td style=\"padding:10px;border:1px solid #d0d7de;font:13px/18px Helvetica,Arial\">{b}</td>"
        f"<td style=\"padding:10px;border:1px solid #d0d7de;font:13px/18px Helvetica,Arial\">{n}"
        + (f"<br><span style=\"color:#57606a\">{t}</span><br><a href=\"mailto:{e}\" style=\"color:#0969da\">{e}</a>" if e else "")
        + "</td></tr>" for a, b, n, t, e in sessions)
    html = f"""<!DOCTYPE html><html><body style="margin:0;background:#eef1f4">
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:20px">
<table width="620" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff">
<tr><td style="background:#0c3b5e;padding:18px 24px;font:bold 18px Helvetica,Arial;color:#fff">Tidemark Security &mdash; Final Round Itinerary</td></tr>
<tr><td style="padding:20px 24px;font:14px/21px Helvetica,Arial;color:#24292f">Hi Aaron,<br><br>Congratulations on moving to the final round for <b>{role}</b>! Your virtual onsite is on <b>Wednesday, March 11, 2026</b>. All times below are <b>Eastern Time</b>. Each session has its own Zoom link in the calendar holds that will follow.</td></tr>
<tr><td style="padding:0 24px 20px"><table width="100%" cellpadding="0" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f6f8fa"><th align="left" style="padding:10px;border:1px solid #d0d7de;font:bold 12px Helvetica,Arial">Time (ET)</th><th align="left" style="padding:10px;border:1px solid #d0d7de;font:bold 12px Helvetica,Arial">Session</th><th align="left" style="padding:10px;border:1px solid #d0d7de;font:bold 12px Helvetica,Arial">Interviewer</th></tr>
{trs}</table></td></tr>
<tr><td style="padding:0 24px 24px;font:14px/21px Helvetica,Arial;color:#24292f">Questions? Reply to this e-mail and it will reach Dana Oyelaran, your recruiter.</td></tr>
<tr><td style="padding:14px 24px;background:#f6f8fa;font:11px Helvetica,Arial;color:#8c959f">Sent with Hirebridge &middot; Tidemark Security, 100 Summer St, Boston, MA 02110</td></tr>
</table></td></tr></table></body></html>"""
    m2 = new_msg(hdrs(owner, c, 2, "Tidemark Security <no-reply@hirebridge.example>", f"Aaron Whitfield <{owner}>",
                      "Your final round itinerary – Tidemark Security", s2, "hirebridge.example",
                      reply_to=f"Dana Oyelaran <{dana}>"))
    m2.set_content(html, subtype="html", cte="quoted-printable")
    emit(c, "02-final-round-itinerary.eml", m2)
    label(c, owner, [
        iv("Tidemark Security", role, scr, scr + timedelta(minutes=30), "scheduled", [dana], [dana], "phone_screen"),
        iv("Tidemark Security", role, o_start, o_end, "scheduled", [ilse, kofi, nora], [ilse, kofi, nora], "onsite")],
        "hard", "positive/two-interviews",
        "Phone screen in a Gmail reply with a 3-level quote (EST -05:00), then HTML-only itinerary table for a virtual "
        "onsite on Mar 11 (EDT -04:00, after Mar 8) 10:00-13:15 incl. a lunch break -> one onsite.")


def case13():
    c = "b40-13-gcal-json-auckland-founder-chat"
    owner = "hemi.parata@example.com"
    tam = "tamsin.greer@kowhai.example"
    start = dt(2026, 9, 28, 9, 0, "Pacific/Auckland")
    end = start + timedelta(minutes=45)
    sent = dt(2026, 9, 22, 20, 15, "Pacific/Auckland")
    role = "Head of Customer Success"
    sig = ("Tamsin Greer\nCo-founder & CEO | Kowhai Robotics\n+64 9 555 0192 | +64 21 555 0847\n"
           "Level 3, 12 Madden Street, Wynyard Quarter, Auckland 1010, New Zealand\n\n"
           + LEGAL.format(co="Kowhai Robotics Limited", acc="people@kowhai.example"))
    t = f"""Kia ora Hemi,

Thanks for the time you've spent with the team so far - everyone was really impressed. The last
step is a chat with me: Monday 28 Sept, 9am NZ time, about 45 mins on Zoom. Nothing formal, I'd
just like to talk through how you'd build out the {role} function in year one.

I've popped an invite in your calendar.

Ngā mihi,
{sig}
"""
    m = new_msg(hdrs(owner, c, 1, f"Tamsin Greer <{tam}>", f"Hemi Parata <{owner}>",
                     "Final chat", sent, "kowhai.example"))
    m.set_content(t, cte="quoted-printable")
    emit(c, "01-final-chat.eml", m)
    created = dt(2026, 9, 22, 20, 9, "Pacific/Auckland").astimezone(UTC)
    ev = {
        "kind": "calendar#event", "etag": "\"3498120455710000\"", "id": "k0wh4i9q2rb7m1d5tfc8e3nvpg",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=azB3aDRpOXEycmI3bTFkNXRmYzhlM252cGcgaGVtaS5wYXJhdGFAZXhhbXBsZS5jb20",
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(minutes=2)).strftime("%Y-%m-%dT%H:%M:%S.355Z"),
        "summary": "Hemi / Tamsin - final chat",
        "description": "Zoom: https://kowhai.zoom.example/j/91188230041\nFinal conversation for the Head of Customer Success role.",
        "location": "https://kowhai.zoom.example/j/91188230041",
        "creator": {"email": tam, "displayName": "Tamsin Greer"},
        "organizer": {"email": tam, "displayName": "Tamsin Greer"},
        "start": {"dateTime": start.isoformat(), "timeZone": "Pacific/Auckland"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Pacific/Auckland"},
        "iCalUID": "k0wh4i9q2rb7m1d5tfc8e3nvpg@google.com", "sequence": 0,
        "attendees": [
            {"email": tam, "displayName": "Tamsin Greer", "organizer": True, "responseStatus": "accepted"},
            {"email": owner, "self": True, "responseStatus": "needsAction"}],
        "guestsCanInviteOthers": False, "reminders": {"useDefault": True}, "eventType": "default",
    }
    out(c, "02-final-chat.gcal.json", (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    label(c, owner, [iv("Kowhai Robotics", role, start, end, "scheduled", [tam], [tam], "other")],
          "medium", "positive/founder-chat-gcal-json",
          "Founder/CEO final chat (a process step) in e-mail with long signature + disclaimer, and the same event as a "
          "Calendar API JSON. Mon 28 Sep 2026 is the day after NZ DST starts -> +13:00.")


# ============================================================ NEGATIVE CASES
def case14():
    c = "b40-14-agenda-digest-user-is-interviewer"
    owner = "grace.abernathy@example.com"
    sent = dt(2026, 4, 22, 6, 30, "America/Chicago")
    rows = [("9:30 AM – 9:45 AM", "Platform standup", "Teams", "Organizer: Wes Kimura"),
            ("11:00 AM – 12:00 PM", "Interview: Tomás Ferreira – Senior Backend Engineer (Panel)",
             "Teams", "You are an interviewer · Organizer: Recruiting Ops"),
            ("2:00 PM – 2:30 PM", "1:1 Grace / Priti", "Priti's office", "Organizer: Priti Chandran"),
            ("4:00 PM – 4:30 PM", "Candidate debrief – Tomás Ferreira", "Teams", "Organizer: Recruiting Ops")]
    trs = "".join(f"<tr><td style=\"padding:8px;border-bottom:1px solid #edebe9;font:13px 'Segoe UI';color:#605e5c;white-space:nowrap\">{a}</td>"
                  f"<td style=\"padding:8px;border-bottom:1px solid #edebe9;font:14px 'Segoe UI';color:#201f1e\"><b>{b}</b><br>"
                  f"<span style=\"font-size:12px;color:#605e5c\">{l} · {o}</span></td></tr>" for a, b, l, o in rows)
    html = f"""<html><body style="margin:0;background:#faf9f8"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;border:1px solid #edebe9;margin:16px 0">
<tr><td colspan="2" style="padding:18px 8px;font:600 20px 'Segoe UI';color:#0f6cbd">Your day ahead – Wednesday, April 22</td></tr>
<tr><td colspan="2" style="padding:0 8px 10px;font:12px 'Segoe UI';color:#605e5c">4 events · Central Time (US &amp; Canada)</td></tr>
{trs}
<tr><td colspan="2" style="padding:14px 8px;font:11px 'Segoe UI';color:#a19f9d">You're receiving this daily agenda because it's turned on in your calendar settings. <a href="{safelink('https://outlook.example.com/calendar/options/notifications')}">Manage settings</a></td></tr>
</table></td></tr></table></body></html>"""
    m = new_msg(hdrs(owner, c, 1, "Calendar <calendar-noreply@example.com>", owner,
                     "Your day ahead: 4 events including 1 interview", sent, "example.com"))
    m.set_content(html, subtype="html", cte="quoted-printable")
    emit(c, "01-day-ahead-digest.eml", m)
    label(c, owner, [], "hard", "negative/user-is-interviewer-digest",
          "Daily agenda digest of the owner's work calendar: the interview listed is one the owner conducts "
          "('You are an interviewer'), plus a candidate debrief.")


def case15():
    c = "b40-15-reference-check-call-legal-disclaimer"
    owner = "liwen.harper@mail.example"
    osk = "oskar.brandt@verdance.example"
    sent = dt(2026, 6, 1, 10, 2, "Europe/Amsterdam")
    body = f"""Dear Li Wen,

Dana Whitlock has listed you as a professional reference as part of her candidacy for the role of
VP Finance at Verdance Capital. Dana is in the final stage of our interview process and has given
her consent for us to contact you.

Would you have 15 minutes for a short reference call on Thursday 4 June at 15:00 CET? If another
time suits you better, just let me know and I'll schedule around you.

Thank you in advance for your help.

Kind regards,

Oskar Brandt
Senior Talent Partner
Verdance Capital B.V.
Herengracht 420, 1017 BZ Amsterdam, The Netherlands
T +31 20 555 0166 | M +31 6 5550 2284

{LEGAL.format(co="Verdance Capital B.V.", acc="talent@verdance.example")}

Verdance Capital B.V. is registered with the Chamber of Commerce under number 00000000 and is
authorised by the Netherlands Authority for the Financial Markets. Information about candidates,
interviews and references shared with you in this message is strictly confidential and may only be
used for the purpose of providing a reference.
"""
    m = new_msg(hdrs(owner, c, 1, f"Oskar Brandt <{osk}>", f"Li Wen Harper <{owner}>",
                     "Reference request – Dana Whitlock (candidate, VP Finance)", sent, "verdance.example"))
    m.set_content(body, cte="quoted-printable")
    emit(c, "01-reference-request.eml", m)
    label(c, owner, [], "hard", "negative/reference-call-disclaimer",
          "Owner is asked to give a reference for another candidate; 'interview', 'candidate', 'schedule' appear in "
          "the text and a long confidentiality disclaimer.")


def case16():
    c = "b40-16-webinar-octet-stream-event-ics"
    owner = "jorge.pineda@example.com"
    sent = dt(2026, 2, 10, 14, 0, "UTC")
    start = dt(2026, 2, 19, 18, 0, "America/New_York")
    end = start + timedelta(minutes=60)
    reg = safelink("https://careerlift.example/live/system-design-interview?utm_source=email&uid=jp2291")
    html = f"""<html><body style="margin:0;background:#111827">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#111827"><tr><td align="center" style="padding:24px">
<table width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border-radius:8px">
<tr><td style="padding:28px 32px 0;font:bold 12px Arial;color:#7c3aed;letter-spacing:.1em">LIVE WEBINAR · FREE</td></tr>
<tr><td style="padding:8px 32px;font:bold 26px/32px Arial;color:#111827">Nail the System Design Interview</td></tr>
<tr><td style="padding:8px 32px;font:15px/23px Arial;color:#374151">Hi Jorge, your seat is confirmed! Join ex-FAANG interviewer Ravi Kandasamy for a live walkthrough of a real interview question, followed by Q&amp;A. Candidates who attend get a 20% discount on our 1:1 mock interview coaching.</td></tr>
<tr><td style="padding:8px 32px"><table cellpadding="0" cellspacing="0" width="100%" style="background:#f5f3ff;border-radius:6px">
<tr><td style="padding:12px 16px;font:14px Arial;color:#111827"><b>Thursday, February 19</b><br>6:00 PM ET / 3:00 PM PT · 60 min</td></tr></table></td></tr>
<tr><td align="center" style="padding:20px 32px"><a href="{reg}" style="background:#7c3aed;color:#fff;padding:12px 24px;border-radius:6px;font:bold 14px Arial;text-decoration:none">Add to calendar</a></td></tr>
<tr><td style="padding:0 32px 24px;font:11px Arial;color:#9ca3af">We've attached event.ics so you can save the date. CareerLift Academy, 55 Water St, Brooklyn, NY 11201. <a href="{safelink('https://careerlift.example/unsubscribe?u=jp2291')}" style="color:#9ca3af">Unsubscribe</a></td></tr>
</table></td></tr></table></body></html>"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CareerLift//Events//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", "UID:webinar-sdi-20260219@careerlift.example", f"DTSTAMP:{utcs(sent)}",
               f"DTSTART:{utcs(start)}", f"DTEND:{utcs(end)}",
               "SUMMARY:" + esc("LIVE: Nail the System Design Interview (CareerLift webinar)"),
               "DESCRIPTION:" + esc("Join link: https://careerlift.example/live/system-design-interview\nHost: Ravi Kandasamy"),
               "ORGANIZER;CN=CareerLift Academy:mailto:events@careerlift.example",
               "LOCATION:Online", "END:VEVENT", "END:VCALENDAR"])
    m = new_msg(hdrs(owner, c, 1, "CareerLift Academy <events@careerlift.example>", owner,
                     "You're in: Nail the System Design Interview – Thu Feb 19", sent, "careerlift.example",
                     extra=[("List-Unsubscribe", "<https://careerlift.example/unsubscribe?u=jp2291>")]))
    m.set_content(html, subtype="html", cte="quoted-printable")
    m.add_attachment(cal, maintype="application", subtype="octet-stream", filename="event.ics")
    emit(c, "01-webinar-registration.eml", m)
    label(c, owner, [], "medium", "negative/webinar-octet-stream-ics",
          "Interview-prep webinar registration; HTML-only with event.ics as application/octet-stream (METHOD:PUBLISH).")


def case17():
    c = "b40-17-one-way-video-interview-safelinks"
    owner = "anika.varga@example.com"
    sent = dt(2026, 3, 2, 9, 15, "America/Chicago")
    link = safelink("https://brightspan.vidscreen.example/i/7c1e0a9f/start?lang=en-US")
    html = f"""<html><body style="margin:0;background:#f4f6f8">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:20px">
<table width="600" cellpadding="0" cellspacing="0" style="background:#fff;border-top:4px solid #e4572e">
<tr><td style="padding:24px 28px;font:bold 20px Arial;color:#222">Brightspan Retail invites you to a video interview</td></tr>
<tr><td style="padding:0 28px 14px;font:15px/22px Arial;color:#333">Hi Anika,<br><br>Thank you for applying for <b>Store Operations Trainee (Midwest)</b>. The next step is an <b>on-demand video interview</b>: you'll record answers to 5 questions on your own schedule &ndash; there is no live interviewer. It takes about 20 minutes.</td></tr>
<tr><td style="padding:0 28px 14px;font:15px/22px Arial;color:#333"><b>Please complete it by Friday, March 6, 11:59 PM CT.</b></td></tr>
<tr><td align="center" style="padding:10px 28px 24px"><a href="{link}" style="background:#e4572e;color:#fff;padding:12px 26px;font:bold 15px Arial;text-decoration:none;border-radius:3px">Start my interview</a></td></tr>
<tr><td style="padding:0 28px 20px;font:12px/18px Arial;color:#777">Tips: use Chrome or Edge, find a quiet spot, and test your camera first. Need help? <a href="{safelink('https://help.vidscreen.example/candidates')}">Candidate support</a><br><br>Brightspan Retail Talent Team &middot; This mailbox is not monitored.</td></tr>
</table></td></tr></table></body></html>"""
    m = new_msg(hdrs(owner, c, 1, "Brightspan Retail Talent Team <no-reply@vidscreen.example>", f"Anika Varga <{owner}>",
                     "Action required: your video interview for Store Operations Trainee", sent, "vidscreen.example"))
    m.set_content(html, subtype="html", cte="base64")
    emit(c, "01-video-interview-invite.eml", m)
    label(c, owner, [], "medium", "negative/one-way-video",
          "One-way on-demand video interview with a deadline (no live interviewer); HTML-only base64, Safe Links.")


def case18():
    c = "b40-18-availability-thread-iphone-no-booking"
    owner = "tobi.adeyemi@mail.example"
    cla = "clara.whitmore@orbitalyst.example"
    s1 = dt(2026, 7, 6, 14, 10, "America/Los_Angeles")
    s2 = dt(2026, 7, 7, 9, 2, "America/Los_Angeles")
    role = "Site Reliability Engineer"
    t1 = f"""Hi Tobi,

I'm a recruiter at Orbitalyst and I'd love to set up a 30-minute intro call about our {role}
opening. Could you share a few times that work for you next week? Or, if easier, grab any open slot
here: https://slotwise.example/orbitalyst/clara-30min

Thanks!
Clara Whitmore | Recruiting Lead, Orbitalyst
415-555-0107
"""
    q = "\n".join("> " + l if l else ">" for l in t1.rstrip("\n").split("\n"))
    t2 = f"""Thanks Tobi! I'm checking with the hiring manager on those windows and will send over a calendar
invite as soon as we lock in a time.

Clara

On Mon, Jul 6, 2026 at 10:31 PM Tobi Adeyemi <{owner}> wrote:
> Hi Clara, thanks for reaching out! Next Tue after 2pm PT or Wed morning both work for me.
>
> Sent from my iPhone
>
>> On Jul 6, 2026, at 2:10 PM, Clara Whitmore <{cla}> wrote:
>>
""" + "\n".join(">" + l for l in q.split("\n")) + "\n"
    m1 = new_msg(hdrs(owner, c, 1, f"Clara Whitmore <{cla}>", f"Tobi Adeyemi <{owner}>",
                      f"Intro call – {role} at Orbitalyst", s1, "orbitalyst.example"))
    m1.set_content(t1)
    emit(c, "01-intro-call-request.eml", m1)
    m2 = new_msg(hdrs(owner, c, 2, f"Clara Whitmore <{cla}>", f"Tobi Adeyemi <{owner}>",
                      f"Re: Intro call – {role} at Orbitalyst", s2, "orbitalyst.example",
                      in_reply_to=msgid(c, 9, "mail.example")))
    m2.set_content(t2)
    emit(c, "02-re-checking-times.eml", m2)
    label(c, owner, [], "hard", "negative/availability-unbooked",
          "Recruiter asks for availability / scheduling link; candidate's iPhone reply proposes windows; recruiter "
          "will send an invite later. Nothing booked.")


def case19():
    c = "b40-19-vtodo-mock-interview-day-registration"
    owner = "ines.carvalho@example.com"
    sent = dt(2026, 10, 5, 12, 30, "Europe/London")
    due = dt(2026, 10, 16, 17, 0, "Europe/London")
    text = """Dear Ines,

Mock Interview Day is back! On Wednesday 28 October, volunteer recruiters from 30+ employers will run
practice interviews (20 minutes each, with written feedback) in the Student Hub.

Places are limited - register by 5pm on Friday 16 October through CareerConnect. We've attached a
reminder task you can add to your to-do list.

This is a practice session only and is not part of any employer's recruitment process.

Westbrook University Careers & Employability Service
Student Hub, Level 2, Kingsmead Campus | careers@westbrook.example | 0113 496 0800
"""
    todo = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Westbrook University//CareerConnect//EN",
                "METHOD:PUBLISH", "BEGIN:VTODO", "UID:mockday-2026-reg-ic@westbrook.example",
                f"DTSTAMP:{utcs(sent)}", f"DUE:{utcs(due)}",
                "SUMMARY:" + esc("Register for Mock Interview Day (28 Oct)"),
                "DESCRIPTION:" + esc("Register on CareerConnect: https://careerconnect.westbrook.example/events/mock-interview-day"),
                "STATUS:NEEDS-ACTION", "END:VTODO", "END:VCALENDAR"])
    m = new_msg(hdrs(owner, c, 1, "Westbrook Careers <careers@westbrook.example>", owner,
                     "Mock Interview Day – register by Fri 16 Oct", sent, "westbrook.example"))
    m.set_content(text)
    m.add_attachment(todo, maintype="text", subtype="calendar", filename="register-reminder.ics",
                     params={"method": "PUBLISH"})
    emit(c, "01-mock-interview-day.eml", m)
    label(c, owner, [], "medium", "negative/vtodo-mock-interview",
          "University careers service: practice interviews, VTODO-only registration reminder.")


def case20():
    c = "b40-20-podcast-interview-exchange-latin1"
    owner = "rohan.bhatt@example.com"
    ana = "anaya.kulkarni@signalbloom.example"
    start = dt(2026, 9, 15, 17, 30, "Asia/Kolkata")
    end = start + timedelta(minutes=60)
    sent = dt(2026, 9, 8, 11, 45, "Asia/Kolkata")
    text = f"""Hi Rohan,

As discussed, here's the recording slot for your interview on "Builders of Tomorrow", the SignalBloom
Media podcast about India's developer-tools scene. We'll chat about your open-source work on the
Tarang observability library - roughly 40 minutes of conversation plus setup.

Please join from a quiet room with headphones; we record via Riverside.

Regards,
Anaya Kulkarni
Producer, SignalBloom Media
No. 14, 3rd Cross, Indiranagar, Bengaluru 560038 | +91 80 5550 4412
"""
    cal = ics(["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
               *VTZ_INDIA, "BEGIN:VEVENT", f"ORGANIZER;CN=Anaya Kulkarni:mailto:{ana}",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Rohan Bhatt:mailto:{owner}",
               "DESCRIPTION;LANGUAGE=en-IN:" + esc(text),
               "UID:040000008200E00074C5B7101A82E00800000000D1C2B3A4F5E6DC01000000000000000010000000ABCDEF0123456789ABCDEF0123456789",
               "SUMMARY;LANGUAGE=en-IN:" + esc("Podcast interview: Rohan Bhatt x Builders of Tomorrow (recording)"),
               f"DTSTART;TZID=India Standard Time:{local(start)}", f"DTEND;TZID=India Standard Time:{local(end)}",
               "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{utcs(sent)}", "TRANSP:OPAQUE", "STATUS:CONFIRMED",
               "SEQUENCE:0", "LOCATION;LANGUAGE=en-IN:Riverside studio link (in description)",
               "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
               "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
               "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0", "END:VEVENT", "END:VCALENDAR"])
    m = new_msg(hdrs(owner, c, 1, f"Anaya Kulkarni <{ana}>", f"Rohan Bhatt <{owner}>",
                     "Podcast interview: Rohan Bhatt x Builders of Tomorrow (recording)", sent, "signalbloom.example",
                     extra=[("Thread-Topic", "Podcast interview: Rohan Bhatt x Builders of Tomorrow (recording)")]))
    m.set_content(text, charset="iso-8859-1", cte="quoted-printable")
    m.add_alternative("<html><body><p>" + text.replace("\n\n", "</p><p>").replace("\n", "<br>") + "</p></body></html>",
                      subtype="html", charset="iso-8859-1", cte="quoted-printable")
    m.add_alternative(cal, maintype="text", subtype="calendar", cte="base64",
                      params={"charset": "utf-8", "method": "REQUEST"})
    emit(c, "01-podcast-recording-invite.eml", m)
    label(c, owner, [], "medium", "negative/podcast-exchange-invite",
          "Exchange meeting request for a podcast interview (press, not hiring), iso-8859-1 bodies, IST.")


def case21():
    c = "b40-21-rejection-before-interviews-quoted-chain"
    owner = "elena.marsh@mail.example"
    kit = "kit.anand@fernhollow.example"
    s = dt(2026, 2, 18, 17, 20, "America/Toronto")
    body = f"""Hi Elena,

Thanks for your patience and for following up. I'm sorry to say that after reviewing all
applications, we've decided not to move forward to interviews with your application for the UX
Researcher role. It was a very competitive pool and this isn't a reflection of your potential.

We'll keep your profile on file and I'd encourage you to apply to future roles.

Warmly,
Kit Anand
People Team, Fernhollow Games
Toronto, ON | 416-555-0175

-----Original Message-----
From: Elena Marsh <{owner}>
Sent: Tuesday, February 17, 2026 9:04 AM
To: Kit Anand <{kit}>
Subject: RE: Application received - UX Researcher

Hi Kit, just checking in - do you have a sense of when interviews will be scheduled for this role?
I'm still very interested.

Elena

> On Feb 2, 2026, at 11:15 AM, Fernhollow Careers <careers@fernhollow.example> wrote:
>
> Hi Elena, thanks for applying to UX Researcher at Fernhollow Games! Our team reviews every
> application. If your experience is a match, we'll reach out to schedule a first interview.
>
>> This is an automated message. Please do not reply to this address. Candidates selected for an
>> interview will be contacted by a member of the People Team.
"""
    m = new_msg(hdrs(owner, c, 1, f"Kit Anand <{kit}>", f"Elena Marsh <{owner}>",
                     "RE: Application received - UX Researcher", s, "fernhollow.example"))
    m.set_content(body, cte="quoted-printable")
    emit(c, "01-re-application-update.eml", m)
    label(c, owner, [], "hard", "negative/rejection-quoted-chain",
          "Rejection before any interview; quoted chain (Outlook block, >, >>) talks about scheduling interviews.")


def case22():
    c = "b40-22-visa-interview-all-day-cp1252"
    owner = "dmitri.volkov@example.com"
    sent = dt(2026, 5, 12, 8, 5, "Europe/Warsaw")
    text = """Appointment Confirmation – Visa Interview

Applicant: VOLKOV, DMITRI
Confirmation no.: WAW-26-0519-4471
Visa category: Temporary work (employer-sponsored)
Date: Tuesday, 19 May 2026
Time: 08:45 – please arrive 15 minutes before your slot
Location: Consular Section, ul. Przykładowa 7, Warsaw

Bring your passport, the printed confirmation page, the employer’s petition approval notice and one
photo (5x5 cm). Mobile phones and bags larger than A4 are not permitted in the building.

To reschedule your consular interview, log in to the appointment portal. Do not reply to this e-mail.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Visa Appointment Service//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", "UID:WAW-26-0519-4471@visa-appointments.example", f"DTSTAMP:{utcs(sent)}",
               "DTSTART;VALUE=DATE:20260519", "DTEND;VALUE=DATE:20260520",
               "SUMMARY:" + esc("Visa interview – Consular Section Warsaw (WAW-26-0519-4471)"),
               "LOCATION:" + esc("Consular Section, ul. Przykładowa 7, Warsaw"),
               "END:VEVENT", "END:VCALENDAR"])
    m = new_msg(hdrs(owner, c, 1, "Visa Appointment Service <noreply@visa-appointments.example>", owner,
                     "Appointment Confirmation – Visa Interview – 19 May 2026", sent, "visa-appointments.example"))
    m.set_content(text.replace("ł", "l"), charset="windows-1252", cte="quoted-printable")
    m.add_attachment(cal, maintype="application", subtype="octet-stream", filename="appointment.ics")
    emit(c, "01-visa-appointment.eml", m)
    label(c, owner, [], "medium", "negative/visa-interview-all-day",
          "Consular visa interview (non-job) for an employer-sponsored visa; windows-1252 body, all-day .ics.")


def main():
    for fn in [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
               case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22]:
        fn()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b40-") and os.path.isdir(p):
            shutil.rmtree(p)
    for case, files in CASES.items():
        os.makedirs(os.path.join(HERE, case))
        for fname, data in files:
            with open(os.path.join(HERE, case, fname), "wb") as f:
                f.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# blind40 labels (messy real-world formats). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=110)
    print(f"wrote {len(CASES)} cases, {sum(len(v) for v in CASES.values())} items")


if __name__ == "__main__":
    main()
