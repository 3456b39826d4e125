#!/usr/bin/env python3
"""Regenerate the blind180 evaluation set (Houston electrician apprentice / skilled trades).

Deterministic: every date, Message-ID, UID and MIME boundary is derived from fixed seeds, so two runs
produce byte-identical files.  Standard library + PyYAML only.  Run:  python make_cases.py
It rewrites every b180-* folder and labels.yaml next to this file (README.md is left alone).
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

HERE = Path(__file__).resolve().parent
CHI = ZoneInfo("America/Chicago")   # Houston, Louisiana
DEN = ZoneInfo("America/Denver")    # El Paso, Texas is on Mountain time
UTC = timezone.utc

OWNER = "tavon.richardson@example.com"
OWNER_NAME = "Tavon Richardson"
OWNER_PHONE = "(832) 555-0186"


# ----------------------------------------------------------------------------- small helpers
def T(y, mo, d, h=0, mi=0, s=0, tz=CHI):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(dt, name):
    """Assert that a weekday named in the text is right, return dt."""
    assert dt.strftime("%A") == name, (dt.isoformat(), name)
    return dt


def seedstr(seed, n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    h = hashlib.sha256(seed.encode()).digest()
    while len(h) < n:
        h += hashlib.sha256(h).digest()
    return "".join(alphabet[b % len(alphabet)] for b in h[:n])


def hexs(seed, n):
    return seedstr(seed, n, "0123456789abcdef")


def HEX(seed, n):
    return seedstr(seed, n, "0123456789ABCDEF")


def rfc(dt):
    return format_datetime(dt)


def A(name, email):
    return formataddr((name, email))


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\n"


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def month_day(dt):
    return f"{dt:%B} {dt.day}"


def hm(dt, sep=" "):
    """'8:15 AM'"""
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d}{sep}{'AM' if dt.hour < 12 else 'PM'}"


# ----------------------------------------------------------------------------- MIME builders
class P:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body


def render(p):
    return "".join(f"{k}: {v}\n" for k, v in p.headers) + "\n" + p.body


def text(t, sub="plain", enc="qp", cs="utf-8", params=""):
    if not t.endswith("\n"):
        t += "\n"
    if enc == "qp":
        body, cte = qp(t), "quoted-printable"
    elif enc == "b64":
        body, cte = b64(t), "base64"
    else:
        t.encode("ascii")
        body, cte = t, enc
    return P([("Content-Type", f'text/{sub}; charset="{cs}"{params}'),
              ("Content-Transfer-Encoding", cte)], body)


def calpart(ics_text, method):
    return P([("Content-Type", f'text/calendar; charset="utf-8"; method={method}'),
              ("Content-Transfer-Encoding", "base64")], b64(ics_text))


def attach(data, ctype, filename, params=""):
    return P([("Content-Type", f'{ctype}; name="{filename}"{params}'),
              ("Content-Disposition", f'attachment; filename="{filename}"'),
              ("Content-Transfer-Encoding", "base64")], b64(data))


def multi(sub, boundary, parts):
    body = ""
    for p in parts:
        body += f"--{boundary}\n" + render(p) + "\n"
    body += f"--{boundary}--\n"
    return P([("Content-Type", f'multipart/{sub}; boundary="{boundary}"')], body)


def message(headers, part, mime="1.0"):
    return "".join(f"{k}: {v}\n" for k, v in headers) + f"MIME-Version: {mime}\n" + render(part)


def received(host, ip, dt, seed):
    return ("Received", f"from {host} ({host} [{ip}])\n        by mx.example.com with ESMTPS id "
            f"{seedstr(seed, 12)}\n        for <{OWNER}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384);\n"
            f"        {rfc(dt.astimezone(CHI))}")


def gmail_boundary(seed):
    return "0000000000" + hexs(seed, 18)


def outlook_boundary(seed):
    return "_000_" + seedstr(seed, 30, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "namprd12prod_"


def outlook_msgid(seed):
    box = "SA1PR12MB" + seedstr(seed + "box", 4, "0123456789")
    return f"<{box}{seedstr(seed, 28, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}@{box}.namprd12.prod.outlook.com>"


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()


def outlook_html(t):
    paras = []
    for line in t.rstrip("\n").split("\n"):
        inner = html.escape(line).replace("  ", "&nbsp; ") if line.strip() else "&nbsp;"
        paras.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
            '\t{margin:0in;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
            '.MsoChpDefault\n\t{mso-style-type:export-only;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n'
            '</head>\n<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n' + "\n".join(paras) + "\n</div>\n</body>\n</html>\n")


def gmail_html(new, quote_attr=None, quote=None):
    def lines(t):
        return "<br>".join(html.escape(x) for x in t.rstrip("\n").split("\n"))
    out = f'<div dir="ltr">{lines(new)}</div>'
    if quote_attr:
        out += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                f'{html.escape(quote_attr)}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{lines(quote)}</blockquote></div>')
    return out + "\n"


def quote(t):
    return "\n".join((">" + (" " + x if x and not x.startswith(">") else x)) for x in t.rstrip("\n").split("\n"))


# ----------------------------------------------------------------------------- iCalendar builders
def fold(line):
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 75:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def ics(lines):
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def lt(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def zt(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def win_vtz(name, std, dst):
    return ["BEGIN:VTIMEZONE", f"TZID:{name}",
            "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


WIN_CENTRAL = ("Central Standard Time", win_vtz("Central Standard Time", "-0600", "-0500"),
               "(UTC-06:00) Central Time (US & Canada)")
WIN_MOUNTAIN = ("Mountain Standard Time", win_vtz("Mountain Standard Time", "-0700", "-0600"),
                "(UTC-07:00) Mountain Time (US & Canada)")
IANA_CHICAGO = ["BEGIN:VTIMEZONE", "TZID:America/Chicago", "X-LIC-LOCATION:America/Chicago",
                "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500", "TZNAME:CDT",
                "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
                "BEGIN:STANDARD", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600", "TZNAME:CST",
                "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
                "END:VTIMEZONE"]


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name};"
                f"X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{email}"


def ms_uid(seed):
    return "040000008200E00074C5B7101A82E00800000000" + HEX(seed, 16) + "00000000000000001000000" + HEX(seed + "u", 33)


# ----------------------------------------------------------------------------- Google Calendar invitation e-mail
def gtime(dt):
    h = dt.hour % 12 or 12
    return f"{h}{':%02d' % dt.minute if dt.minute else ''}{'am' if dt.hour < 12 else 'pm'}"


def gspan(s, e):
    return f"{s:%a} {s:%b} {s.day}, {s.year} {gtime(s)} - {gtime(e)} ({s.tzname()})"


def google_invite(seed, organizer, guests, title, start, end, description, location, sent, uid,
                  seq=0, mode="new", tzlabel="Central Time - Chicago", meet=None, created=None):
    """guests: list of (name, email, partstat). organizer is also listed first in guests."""
    org_name, org_email = organizer
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    prefix = {"new": "Invitation", "updated": "Updated invitation", "canceled": "Canceled event"}[mode]
    subject = f"{prefix}: {title} @ {gspan(start, end)} ({OWNER})"
    when = f"{start:%A} {start:%b} {start.day}, {start.year} \u22c5 {gtime(start)} \u2013 {gtime(end)}"
    lines = []
    if mode == "updated":
        lines += ["This event has been updated", "Changed: date and time", ""]
    if mode == "canceled":
        lines += ["This event has been canceled.", ""]
    lines += [title, when, tzlabel, ""]
    if location:
        lines += ["Location", location,
                  "View map https://www.google.com/maps/search/" + location.replace(" ", "+").replace(",", "%2C"), ""]
    if meet:
        lines += ["Join with Google Meet", f"https://meet.google.com/{meet}", ""]
    lines += ["Organizer", org_name, org_email, "", "Guests"]
    for n, e, _ in guests:
        lines += [n + (" - organizer" if e == org_email else ""), e] if n != e else [e]
    lines += [f"View all guest info {view}", ""]
    if description and mode != "canceled":
        lines += [description, ""]
    lines += [f"Reply for {OWNER} and view more details {view}", "", "", "~~//~~",
              "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, be added "
              "to the guest list, invite others regardless of their own invitation status, or modify your RSVP. "
              "Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    plain = "\n".join(lines)
    hbody = "".join(f"<p>{'<br>'.join(html.escape(x) for x in block.split(chr(10)))}</p>\n"
                    for block in plain.split("\n\n") if block.strip())
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
           '<div style="font-family:Roboto,Helvetica,Arial,sans-serif">\n' + hbody + "</div></body></html>\n")
    method = "CANCEL" if mode == "canceled" else "REQUEST"
    created = created or sent
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
           f"DTSTART:{zt(start)}", f"DTEND:{zt(end)}", f"DTSTAMP:{zt(sent)}",
           f"ORGANIZER;CN={org_name}:mailto:{org_email}", f"UID:{uid}"]
    for n, e, ps in guests:
        cal.append(att(n, e, ps, google=True))
    if meet:
        cal.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    cal += [f"CREATED:{zt(created)}",
            "DESCRIPTION:" + esc(description if mode != "canceled" else ""),
            f"LAST-MODIFIED:{zt(sent)}", "LOCATION:" + esc(location or ""), f"SEQUENCE:{seq}",
            "STATUS:" + ("CANCELLED" if mode == "canceled" else "CONFIRMED"), "SUMMARY:" + esc(title),
            "TRANSP:OPAQUE"]
    if mode != "canceled":
        cal += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                "TRIGGER:-P0DT0H30M0S", "END:VALARM"]
    cal += ["END:VEVENT", "END:VCALENDAR"]
    ics_text = ics(cal)
    b1, b2 = gmail_boundary(seed + "m"), gmail_boundary(seed + "a")
    body = multi("mixed", b1, [
        multi("alternative", b2, [
            text(plain, enc="b64", cs="UTF-8", params="; format=flowed; delsp=yes"),
            text(htm, "html", enc="qp", cs="UTF-8"),
            calpart(ics_text, method)]),
        attach(ics_text, "application/ics", "invite.ics" if mode != "canceled" else "invite.ics")])
    headers = [("Delivered-To", OWNER),
               received("mail-sor-f41.google.com", "209.85.220.41", sent, seed),
               ("Return-Path", f"<{seedstr(seed, 22)}@calendar-server.bounces.google.com>"),
               ("Reply-To", A(org_name, org_email)),
               ("Sender", "Google Calendar <calendar-notification@google.com>"),
               ("Message-ID", f"<calendar-{hexs(seed, 8)}-{hexs(seed + '1', 4)}-{hexs(seed + '2', 4)}-"
                              f"{hexs(seed + '3', 4)}-{hexs(seed + '4', 12)}@google.com>"),
               ("Date", rfc(sent.astimezone(UTC))),
               ("Subject", subject),
               ("From", A(org_name, org_email)),
               ("To", OWNER)]
    return message(headers, body), ics_text


# ----------------------------------------------------------------------------- Exchange / Outlook invitation e-mail
def outlook_invite(seed, organizer, required, subject, start, end, wtz, location, body_text, sent, uid,
                   seq=0, method="REQUEST", optional=(), teams=None, to=None, cc=None, when_line=True,
                   extra_headers=()):
    tzname, vtz, label = wtz
    org_name, org_email = organizer
    if teams:
        body_text = body_text.rstrip("\n") + (
            "\n\n________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{teams}%40thread.v2/0>\n"
            f"Meeting ID: {seedstr(teams, 12, '0123456789')[:3]} {seedstr(teams, 12, '0123456789')[3:6]} "
            f"{seedstr(teams, 12, '0123456789')[6:9]} {seedstr(teams, 12, '0123456789')[9:]}\n"
            f"Passcode: {seedstr(teams + 'p', 6, 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')}\n"
            "Or call in (audio only)\n+1 346-555-0100,,"
            f"{seedstr(teams + 'c', 9, '0123456789')}#   United States, Houston\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
            "________________________________________________________________________________\n")
    plain = body_text
    if when_line:
        dur = f"{start:%A}, {start:%B} {start.day}, {start.year} {hm(start)}-{hm(end)} {label}."
        plain = f"When: {dur}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body_text
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    cal = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + vtz + [
        "BEGIN:VEVENT", f"ORGANIZER;CN={org_name}:mailto:{org_email}"]
    for n, e in required:
        cal.append(att(n, e))
    for n, e in optional:
        cal.append(att(n, e, role="OPT-PARTICIPANT"))
    cal += ["DESCRIPTION;LANGUAGE=en-US:" + esc(body_text.rstrip("\n") + "\n"),
            f"UID:{uid}", "SUMMARY;LANGUAGE=en-US:" + esc(subject),
            f"DTSTART;TZID={tzname}:{lt(start)}", f"DTEND;TZID={tzname}:{lt(end)}",
            "CLASS:PUBLIC", "PRIORITY:" + ("1" if method == "CANCEL" else "5"), f"DTSTAMP:{zt(sent)}",
            "TRANSP:" + ("TRANSPARENT" if method == "CANCEL" else "OPAQUE"), f"STATUS:{status}", f"SEQUENCE:{seq}",
            "LOCATION;LANGUAGE=en-US:" + esc(location),
            f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
            f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hexs(seed, 7), 16)}",
            "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
            "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:" + ("2" if method == "CANCEL" else "1"),
            "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams:
        cal += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_{teams}%40thread.v2/0",
                'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    cal += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE"]
    if method != "CANCEL":
        cal += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    cal += ["END:VEVENT", "END:VCALENDAR"]
    ics_text = ics(cal)
    b = outlook_boundary(seed)
    body = multi("alternative", b, [text(plain, enc="qp"), text(outlook_html(plain), "html", enc="qp"),
                                    calpart(ics_text, method)])
    to = to or ", ".join(A(n, e) for n, e in required)
    headers = [("Delivered-To", OWNER),
               received("NAM12-DM6-obe.outbound.protection.outlook.com", "40.107.192.81", sent, seed),
               ("Return-Path", f"<{org_email}>"),
               ("From", A(org_name, org_email)), ("To", to)]
    if cc:
        headers.append(("Cc", cc))
    headers += [("Subject", ("Canceled: " if method == "CANCEL" else "") + subject),
                ("Thread-Topic", subject), ("Thread-Index", thread_index(seed)),
                ("Date", rfc(sent)), ("Message-ID", outlook_msgid(seed)),
                ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                ("X-MS-Exchange-Organization-SCL", "1")] + list(extra_headers)
    return message(headers, body), ics_text


def outlook_mail(seed, frm, to, subject, body_text, sent, cc=None, in_reply_to=None, references=None,
                 attachments=(), extra_headers=(), enc="qp"):
    b = outlook_boundary(seed)
    alt = multi("alternative", b, [text(body_text, enc=enc), text(outlook_html(body_text), "html", enc=enc)])
    if attachments:
        alt = multi("mixed", outlook_boundary(seed + "mix"), [alt] + list(attachments))
    headers = [("Delivered-To", OWNER),
               received("NAM12-BN8-obe.outbound.protection.outlook.com", "40.107.212.55", sent, seed),
               ("Return-Path", f"<{frm[1]}>"), ("From", A(*frm)), ("To", to)]
    if cc:
        headers.append(("Cc", cc))
    headers += [("Subject", subject), ("Thread-Topic", subject.split(": ", 1)[-1] if subject.startswith(("RE:", "Re:", "FW:")) else subject),
                ("Thread-Index", thread_index(seed)), ("Date", rfc(sent)), ("Message-ID", outlook_msgid(seed))]
    if in_reply_to:
        headers += [("In-Reply-To", in_reply_to), ("References", references or in_reply_to)]
    headers += [("Accept-Language", "en-US"), ("Content-Language", "en-US"),
                ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")] + list(extra_headers)
    return message(headers, alt)


def gmail_mail(seed, frm, to, subject, new_text, sent, quote_attr=None, quoted=None, cc=None,
               in_reply_to=None, references=None, msgid=None, host="gmail.example"):
    plain = new_text.rstrip("\n") + "\n"
    if quote_attr:
        plain += "\n" + quote_attr + "\n\n" + quote(quoted) + "\n"
    b = gmail_boundary(seed)
    body = multi("alternative", b, [text(plain, enc="qp" if any(ord(c) > 127 for c in plain) else "7bit", cs="UTF-8"),
                                    text(gmail_html(new_text, quote_attr, quoted), "html", enc="qp", cs="UTF-8")])
    msgid = msgid or gmail_msgid(seed, host)
    headers = [("Delivered-To", OWNER),
               received("mail-sor-f69.google.com", "209.85.220.69", sent, seed),
               ("Return-Path", f"<{frm[1]}>"), ("From", A(*frm)), ("Date", rfc(sent)),
               ("Message-ID", msgid)]
    if in_reply_to:
        headers += [("In-Reply-To", in_reply_to), ("References", references or in_reply_to)]
    headers += [("Subject", subject), ("To", to)]
    if cc:
        headers.append(("Cc", cc))
    return message(headers, body)


def gmail_msgid(seed, host="mail.gmail.com"):
    return f"<CA{seedstr(seed, 4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}+{seedstr(seed + 'x', 40, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-')}@mail.gmail.com>"


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ============================================================================= POSITIVE CASES
@case
def c01():
    slug = "b180-01-jatc-interview-board-report-time"
    sandra = ("Sandra Villarreal", "svillarreal@bcejatc.example")
    sent = T(2026, 2, 16, 14, 12, 9)
    day = wd(T(2026, 3, 3, 8, 15), "Tuesday")
    report = day.replace(hour=7, minute=45)
    deadline = wd(T(2026, 2, 27), "Friday")
    body = f"""Dear Mr. Richardson,

Congratulations on your qualifying score on the aptitude test. You are scheduled to appear before the Bayou City Electrical JATC Interview Committee for the Inside Wireman Apprenticeship program.

Date:            {day:%A}, {month_day(day)}, {day.year}
Report time:     {hm(report)} (sign in at the front desk)
Interview time:  {hm(day)}
Length:          approximately 20 minutes
Location:        JATC Training Center, Room 104
                 7720 Market Street Rd, Houston, TX 77020

The committee is made up of three labor and three management representatives. Every applicant is asked the same set of questions and scored on a point system; your interview score and your aptitude score together determine your rank on the eligibility list.

Please bring:
  - Valid driver's license or state ID
  - Original high school diploma/GED and transcript (if not already on file)
  - Any certificates (OSHA 10, NCCER, pre-apprenticeship) and letters of recommendation
  - DD-214 if you are claiming veteran's credit

Dress is business casual. No hats and no cell phones in the interview room. Applicants who arrive after their interview time will not be seen and must reapply in the next application cycle.

If you cannot attend you must call or e-mail me no later than {deadline:%A}, {month_day(deadline)}.

Respectfully,

Sandra Villarreal
Apprenticeship Coordinator
Bayou City Electrical JATC
7720 Market Street Rd | Houston, TX 77020
Office 713-555-0171 | svillarreal@bcejatc.example
"""
    eml = outlook_mail(slug, sandra, A(OWNER_NAME, OWNER),
                       "Interview Committee Notice - Inside Wireman Apprenticeship - Richardson, Tavon", body, sent,
                       cc="BCE JATC Applications <applications@bcejatc.example>",
                       extra_headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    lab = label([iv("Bayou City Electrical JATC", "Inside Wireman Apprenticeship", day, day + timedelta(minutes=20),
                    "scheduled", [], [sandra[1]], "onsite")],
                "medium", "positive/interview-board-report-time",
                "JATC interview-board letter: report time 7:45 AM but the interview itself is 8:15 AM (~20 min). "
                "Six-member committee panel, no member addresses -> onsite, follow-up to the coordinator "
                "(applications@ is a group address). March 3 is before DST -> -06:00.")
    return slug, {"01-interview-committee-notice.eml": eml}, lab


@case
def c02():
    slug = "b180-02-contractor-iphone-terse-moved-time"
    ray = ("Ray Garza", "rgarza.gse@gmail.example")
    s1 = wd(T(2026, 2, 18, 6, 41, 22), "Wednesday")
    s_reply = T(2026, 2, 18, 7, 52, 40)
    s2 = T(2026, 2, 18, 12, 5, 3)
    fri7 = wd(T(2026, 2, 20, 7, 0), "Friday")
    final = fri7.replace(hour=8, minute=30)
    id1 = f"<{HEX(slug + '1', 8)}-{HEX(slug + '1a', 4)}-{HEX(slug + '1b', 4)}-{HEX(slug + '1c', 4)}-{HEX(slug + '1d', 12)}@gmail.example>"
    id_r = gmail_msgid(slug + "reply")
    id2 = f"<{HEX(slug + '2', 8)}-{HEX(slug + '2a', 4)}-{HEX(slug + '2b', 4)}-{HEX(slug + '2c', 4)}-{HEX(slug + '2d', 12)}@gmail.example>"
    t1 = """Tavon

Mike at Crawford Supply gave me your info. I need a helper/apprentice for resi and light commercial, mostly service calls and remodels. If your interested come by the shop Friday 7am for a quick interview nothing formal. 2315 Shaver St Pasadena, white building w/ the bucket truck out front.

Ray Garza
Garza & Sons Electric LLC
TECL 31877
(713) 555-0144

Sent from my iPhone
"""
    iphone = lambda sent, mid, subj, body, irt=None, refs=None: message(
        [("Delivered-To", OWNER), received("mail-sor-f43.google.com", "209.85.220.43", sent, mid),
         ("Return-Path", f"<{ray[1]}>"),
         ("Content-Type", "text/plain;\n\tcharset=us-ascii"), ("Content-Transfer-Encoding", "7bit"),
         ("From", A(*ray)), ("Subject", subj), ("Date", rfc(sent)), ("Message-Id", mid)]
        + ([("References", refs), ("In-Reply-To", irt)] if irt else [])
        + [("To", A(OWNER_NAME, OWNER)), ("X-Mailer", "iPhone Mail (22D72)")],
        P([], body), mime="1.0 (1.0)")
    e1 = iphone(s1, id1, "Helper/apprentice", t1)
    reply = f"""Good morning Mr. Garza,

Yes sir, I can be there Friday at 7. Thank you for the opportunity.

Tavon Richardson
{OWNER_PHONE}
"""
    t2 = f"""Make it 830 instead, I got a service call first thing. Same day. Bring your DL and whatever tools you got

Sent from my iPhone

> On Feb 18, 2026, at {hm(s_reply)}, {OWNER_NAME} <{OWNER}> wrote:
>
{quote(reply)}
>
>> On Wed, Feb 18, 2026 at {hm(s1)} Ray Garza <{ray[1]}> wrote:
>>
{quote(quote(t1))}
"""
    e2 = iphone(s2, id2, "Re: Helper/apprentice", t2, irt=id_r, refs=f"{id1} {id_r}")
    lab = label([iv("Garza & Sons Electric", "Helper/Apprentice", final, None, "scheduled", [ray[1]], [ray[1]],
                    "hiring_manager")],
                "medium", "positive/terse-contractor-thread-moved",
                "Owner of a small contractor writes from a free-mail address, iPhone plain text. Friday 7am proposed, "
                "then 'make it 830 instead... same day' -> Fri Feb 20 08:30 CST. No duration given. Company from the "
                "signature, not the sender domain.")
    return slug, {"01-helper-apprentice.eml": e1, "02-re-helper-apprentice.eml": e2}, lab


@case
def c03():
    slug = "b180-03-refinery-workday-plus-teams"
    start = wd(T(2026, 3, 11, 13, 0), "Wednesday")
    end = start + timedelta(minutes=45)
    curtis = ("Curtis Pham", "curtis.pham@shipchannelrefining.example")
    alyssa = ("Alyssa Moreno", "alyssa.moreno@shipchannelrefining.example")
    s1 = T(2026, 3, 3, 8, 20, 11, tz=ZoneInfo("America/Los_Angeles"))
    s2 = T(2026, 3, 3, 15, 2, 47)
    wd_text = f"""Hi Tavon,

Your interview for I&E Technician Apprentice (R-10422) has been scheduled.

Interview Type: Hiring Manager Interview (Virtual)
Date: {start:%A}, {month_day(start)}, {start.year}
Time: {hm(start)} - {hm(end)} {start.tzname()}
Interviewer(s): Curtis Pham, E&I Maintenance Supervisor

A Microsoft Teams invitation will be sent separately by your recruiting coordinator, Alyssa Moreno.

To view your application or update your contact information, sign in to your candidate home account:
https://wd5.myworkday.com/shipchannelrefining/d/home.htmld

Thank you,
Ship Channel Refining Co. Talent Acquisition

This is an automated message. Please do not reply to this email.
"""
    wd_html = ('<html><body><table width="600" style="font-family:Arial,sans-serif;font-size:14px"><tr><td>'
               + "".join(f"<p>{html.escape(x).replace(chr(10), '<br>')}</p>" for x in wd_text.strip().split("\n\n"))
               + "</td></tr></table></body></html>\n")
    e1 = message([("Delivered-To", OWNER),
                   received("wd5-mta-02.myworkday.com", "12.22.176.41", s1, slug + "wd"),
                   ("Return-Path", "<bounce-shipchannelrefining@myworkday.com>"),
                   ("From", "Ship Channel Refining <shipchannelrefining@myworkday.com>"),
                   ("Reply-To", "no-reply@myworkday.com"),
                   ("To", OWNER),
                   ("Subject", "Interview Scheduled: I&E Technician Apprentice (R-10422)"),
                   ("Date", rfc(s1)),
                   ("Message-ID", f"<{seedstr(slug + 'wd', 20, '0123456789')}.{seedstr(slug, 8, '0123456789')}.JavaMail.wdprod@wd5-prod>"),
                   ("X-Workday-Tenant", "shipchannelrefining")],
                  multi("alternative", "----=_Part_" + seedstr(slug + "wdb", 18, "0123456789"),
                        [text(wd_text, enc="qp"), text(wd_html, "html", enc="qp")]))
    body = f"""Hi Tavon,

Here is the Teams link for your interview with Curtis on {start:%A} {start.month}/{start.day}. Please join a couple of minutes early and have your camera on. If you have any trouble getting in, call or text me at 281-555-0133.

Thanks,
Alyssa Moreno | Recruiting Coordinator
Ship Channel Refining Co. | Pasadena, TX
"""
    e2, _ = outlook_invite(slug + "inv", alyssa, [curtis, (OWNER_NAME, OWNER)],
                           "I&E Technician Apprentice - Hiring Manager Interview - Tavon Richardson", start, end,
                           WIN_CENTRAL, "Microsoft Teams Meeting", body, s2, ms_uid(slug), teams=hexs(slug, 24),
                           when_line=False)
    lab = label([iv("Ship Channel Refining Co.", "I&E Technician Apprentice", start, end, "scheduled",
                    [curtis[1]], [curtis[1]], "hiring_manager")],
                "medium", "positive/dedupe-workday-plus-teams",
                "Workday notice (no-reply, Pacific Date header) + Exchange Teams invite from the coordinator = ONE "
                "interview. Invite sent under CST for an event after the Mar 8 switch; TZID 'Central Standard Time' "
                "must resolve to -05:00. Interviewer Curtis is a required attendee; coordinator only schedules.")
    return slug, {"01-workday-interview-scheduled.eml": e1, "02-teams-invite.eml": e2}, lab


@case
def c04():
    slug = "b180-04-louisiana-plant-onsite-itinerary"
    dani = ("Danielle Broussard", "dbroussard@calcasieupetro.example")
    jude = ("Jude Thibodeaux", "jthibodeaux@calcasieupetro.example")
    kendra = ("Kendra Guidry", "kguidry@calcasieupetro.example")
    wade = ("Wade Fontenot", "wfontenot@calcasieupetro.example")
    day = wd(T(2026, 4, 7), "Tuesday")
    gate = day.replace(hour=8, minute=15)
    p1s, p1e = day.replace(hour=9), day.replace(hour=9, minute=45)
    p2s, p2e = day.replace(hour=10), day.replace(hour=10, minute=30)
    sent = wd(T(2026, 3, 26, 10, 47, 5), "Thursday")
    body = f"""Hi Tavon,

Thank you for your interest in the Electrical Apprentice - Maintenance position at our Westlake, Louisiana complex. We would like to bring you in for an onsite interview on {day:%A}, {month_day(day)}. All times below are Central Time (same as Houston).

{hm(gate)}  Arrive at Gate 2 badge office - visitor badge and 15-minute site safety video. Bring a government photo ID; no badge, no entry.
{hm(p1s)} - {hm(p1e)}  Panel interview - Jude Thibodeaux (E&I Superintendent) and Kendra Guidry (Reliability Engineer), Admin Building, Conference Room B
{hm(p2s)} - {hm(p2e)}  Interview with Wade Fontenot (Maintenance Manager), his office, Admin Building 2nd floor

You should be on your way by about 10:45. Westlake is about two and a half hours from Houston on I-10; allow extra time for the Calcasieu River bridge.

Wear long pants and closed-toe shoes (no tennis shoes). Safety glasses will be provided. Cell phones with cameras are not allowed past the gate, so leave yours in the vehicle.

Separate calendar invites for the two interviews are on the way. Please reply to confirm.

Thanks,

Danielle Broussard
Talent Acquisition Partner
Calcasieu Petrochemical | Westlake, LA
337-555-0148
"""
    e1 = outlook_mail(slug, dani, A(OWNER_NAME, OWNER),
                      f"Onsite Interview Itinerary - Electrical Apprentice (Maintenance) - {day:%a} {day.month}/{day.day}",
                      body, sent, cc=A(*jude), enc="b64")
    inv_body = "Tavon - see itinerary e-mail for gate/badge instructions. Check in at Gate 2 by 8:15.\n\nDanielle\n"
    e2, _ = outlook_invite(slug + "p1", dani, [(OWNER_NAME, OWNER), jude, kendra],
                           "Panel Interview - Electrical Apprentice (Maintenance) - Tavon Richardson", p1s, p1e,
                           WIN_CENTRAL, "Admin Bldg Conf Rm B - Westlake Complex", inv_body, sent + timedelta(minutes=9),
                           ms_uid(slug + "p1"))
    e3, _ = outlook_invite(slug + "p2", dani, [(OWNER_NAME, OWNER), wade],
                           "Interview w/ Wade Fontenot - Electrical Apprentice (Maintenance) - Tavon Richardson", p2s, p2e,
                           WIN_CENTRAL, "Admin Bldg 2nd floor - W. Fontenot office", inv_body,
                           sent + timedelta(minutes=11), ms_uid(slug + "p2"))
    ints = [jude[1], kendra[1], wade[1]]
    lab = label([iv("Calcasieu Petrochemical", "Electrical Apprentice - Maintenance", p1s, p2e, "scheduled",
                    ints, ints, "onsite")],
                "hard", "positive/onsite-loop-louisiana",
                "Louisiana plant: itinerary e-mail (base64 Outlook) + two Exchange invites for back-to-back sessions "
                "on the same day = ONE onsite 9:00-10:30 CDT with all three interviewers. The 8:15 gate/badge "
                "arrival is not the start. Coordinator Danielle only schedules.")
    return slug, {"01-onsite-itinerary.eml": e1, "02-invite-panel.eml": e2, "03-invite-wade.eml": e3}, lab


@case
def c05():
    slug = "b180-05-el-paso-utility-mountain-time"
    pris = ("Priscilla Ochoa", "priscilla.ochoa@fmelectric.example")
    start = wd(T(2026, 3, 17, 9, 30, tz=DEN), "Tuesday")
    end = start + timedelta(minutes=30)
    sent = T(2026, 3, 12, 11, 5, 37, tz=DEN)
    central = start.astimezone(CHI)
    body = f"""Hi Tavon,

Thank you for applying for the Apprentice Substation Electrician opening (Job ID 4471) at Franklin Mountain Electric. I'd like to set up a phone interview to go over your experience and how our four-year apprenticeship works.

I have you down for {start:%A}, {month_day(start)} at {hm(start)} Mountain Time ({hm(central)} your time in Houston). I will call you at {OWNER_PHONE}; plan on about 30 minutes. A calendar invite will follow from my Outlook.

Please keep in mind the position reports to our Montana Avenue service center in El Paso, and relocation assistance is not offered for apprentice roles.

Best regards,

Priscilla Ochoa
Talent Acquisition Specialist
Franklin Mountain Electric | El Paso, Texas
915-555-0127
"""
    e1 = outlook_mail(slug, pris, A(OWNER_NAME, OWNER),
                      "Phone Interview - Apprentice Substation Electrician (Job ID 4471)", body, sent)
    desc = ("Phone interview - Apprentice Substation Electrician (Job ID 4471).\n"
            f"Priscilla will call Tavon at {OWNER_PHONE}.\n")
    cal = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
           "VERSION:2.0"] + WIN_MOUNTAIN[1] + [
        "BEGIN:VEVENT", f"ORGANIZER;CN={pris[0]}:mailto:{pris[1]}",
        att(OWNER_NAME, OWNER), "DESCRIPTION;LANGUAGE=en-US:" + esc(desc),
        f"UID:{ms_uid(slug)}", "SUMMARY;LANGUAGE=en-US:Phone Interview - Tavon Richardson - Apprentice Substation Electrician",
        f"DTSTART;TZID=Mountain Standard Time:{lt(start)}", f"DTEND;TZID=Mountain Standard Time:{lt(end)}",
        "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{zt(sent + timedelta(minutes=6))}", "TRANSP:OPAQUE",
        "STATUS:CONFIRMED", "SEQUENCE:0", f"LOCATION;LANGUAGE=en-US:Phone - {OWNER_PHONE}",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"]
    lab = label([iv("Franklin Mountain Electric", "Apprentice Substation Electrician", start, end, "scheduled",
                    [pris[1]], [pris[1]], "phone_screen")],
                "hard", "positive/mountain-time-standalone-ics",
                "El Paso is in Texas but on Mountain time: 9:30 MDT (-06:00) = 10:30 CDT. Standalone Outlook .ics "
                "uses the Windows TZID 'Mountain Standard Time' during DST. Recruiter conducts the phone screen.")
    return slug, {"01-phone-interview-email.eml": e1, "02-phone-interview.ics": ics(cal)}, lab


@case
def c06():
    slug = "b180-06-staffing-calendly-phone-screen"
    kayla = ("Kayla Nguyen", "kayla.nguyen@gulfturnaround.example")
    s1 = wd(T(2026, 2, 23, 9, 14, 50), "Monday")
    s2 = T(2026, 2, 23, 19, 42, 16)
    start = wd(T(2026, 2, 25, 13, 30), "Wednesday")
    end = start + timedelta(minutes=15)
    link = "https://calendly.com/kayla-gts/turnaround-phone-screen"
    t1 = f"""Hi Tavon,

I came across your resume on the Houston Works job board. We're staffing a spring turnaround at a Texas City refinery for one of our clients - electrical helpers and 1st/2nd year apprentices, 6x12s days, $22-26/hr DOE plus per diem if you live 50+ miles out. Start date is around March 9 and it should run 5-6 weeks.

If you're interested, grab a 15-minute phone screen on my calendar:
{link}

You'll need a TWIC card (or be able to get one quickly) and pass a 10-panel drug screen.

Thanks!
Kayla Nguyen
Technical Recruiter | Gulf Turnaround Staffing
Office 409-555-0112 | Cell 832-555-0175
"""
    e1 = gmail_mail(slug + "1", kayla, OWNER, "Texas City turnaround - electrical helpers/apprentices", t1, s1)
    ev = "Turnaround Phone Screen"
    c_text = f"""Hi {OWNER_NAME},

A new event has been scheduled.

Event Type:
{ev}

Invitee:
{OWNER_NAME}

Invitee Email:
{OWNER}

Event Date/Time:
{gtime(start)} - {gtime(end)} {start:%A}, {month_day(start)}, {start.year} (Central Time - US & Canada)

Location:
Kayla Nguyen will call you at +1 832-555-0186

Questions:
Please share anything that will help prepare for our meeting.
OSHA 10, NCCER Electrical Level 1 (in progress), no TWIC yet

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{hexs(slug + 'cx', 8)}-{hexs(slug + 'cy', 4)}-{hexs(slug + 'cz', 4)}
Reschedule: https://calendly.com/reschedulings/{hexs(slug + 'cx', 8)}-{hexs(slug + 'cy', 4)}-{hexs(slug + 'cz', 4)}

Powered by Calendly.com
"""
    c_html = ('<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1a1a1a">'
              + "".join(f"<p>{html.escape(x).replace(chr(10), '<br>')}</p>" for x in c_text.strip().split("\n\n"))
              + "</body></html>\n")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly//EN", "CALSCALE:GREGORIAN",
               "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTAMP:{zt(s2)}", f"DTSTART:{zt(start)}", f"DTEND:{zt(end)}",
               f"SUMMARY:{ev} between Kayla Nguyen and {OWNER_NAME}",
               f"UID:{hexs(slug + 'uid', 8)}-{hexs(slug + 'uid2', 4)}-{hexs(slug + 'uid3', 4)}@calendly.com",
               "DESCRIPTION:" + esc(f"Event Name: {ev}\n\nLocation: Kayla Nguyen will call you at +1 832-555-0186\n\n"
                                    "Need to make changes to this event?\nhttps://calendly.com/cancellations/"
                                    f"{hexs(slug + 'cx', 8)}"),
               f"ORGANIZER;CN=Kayla Nguyen:mailto:{kayla[1]}",
               att(OWNER_NAME, OWNER, "ACCEPTED"), att("Kayla Nguyen", kayla[1], "ACCEPTED"),
               "LOCATION:+1 832-555-0186", "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    e2 = message([("Delivered-To", OWNER),
                  received("o1.email.calendly.com", "167.89.99.20", s2, slug + "cal"),
                  ("Return-Path", f"<bounces+{seedstr(slug, 8, '0123456789')}@em.calendly.com>"),
                  ("From", "Calendly <notifications@calendly.com>"),
                  ("Reply-To", A(*kayla)),
                  ("To", OWNER),
                  ("Subject", f"Confirmed: {ev} with Kayla Nguyen on {start:%A}, {month_day(start)}, {start.year}"),
                  ("Date", rfc(s2.astimezone(UTC))),
                  ("Message-ID", f"<{seedstr(slug + 'sg', 22)}@geopod-ismtpd-7>")],
                 multi("mixed", hexs(slug + "b1", 32),
                       [multi("alternative", hexs(slug + "b2", 32),
                              [text(c_text, enc="qp"), text(c_html, "html", enc="qp")]),
                        attach(cal, "text/calendar", "invite.ics", params="; method=REQUEST")]))
    lab = label([iv("Gulf Turnaround Staffing", "Electrical Helper / Apprentice - Texas City turnaround", start, end,
                    "scheduled", [kayla[1]], [kayla[1]], "phone_screen")],
                "medium", "positive/staffing-calendly-booked",
                "Agency recruiter sends a scheduling link (not an interview by itself); the Calendly confirmation "
                "books a 15-min phone screen that the recruiter conducts. Calendly sender is a notification "
                "address; Reply-To / ORGANIZER gives Kayla.")
    return slug, {"01-turnaround-outreach.eml": e1, "02-calendly-confirmed.eml": e2}, lab


@case
def c07():
    slug = "b180-07-google-reschedule-across-dst"
    brenda = ("Brenda Hollis", "brenda.hollis@cypresscreekelectric.example")
    dale = ("Dale Whitaker", "dwhitaker@cypresscreekelectric.example")
    old = wd(T(2026, 3, 5, 10, 0), "Thursday")
    new = wd(T(2026, 3, 9, 10, 0), "Monday")
    uid = seedstr(slug, 26) + "@google.com"
    desc1 = ("Interview for our Apprentice Electrician opening (commercial). You'll sit down with Dale Whitaker, our "
             "field superintendent. Bring your resume, driver's license and any certs (OSHA 10 etc.). "
             "Park in the front lot, the office is the first door on the left.\n\n-Brenda\nCypress Creek Electrical "
             "Contractors\n281-555-0109")
    s1 = wd(T(2026, 3, 2, 11, 26, 3), "Monday")
    e1, _ = google_invite(slug + "1", brenda, [(brenda[0], brenda[1], "ACCEPTED"), (dale[0], dale[1], "ACCEPTED"),
                                               (OWNER, OWNER, "NEEDS-ACTION")],
                          "Interview - Apprentice Electrician (Tavon Richardson)", old, old + timedelta(minutes=45), desc1,
                          "Cypress Creek Electrical Contractors, 13130 Louetta Rd, Cypress, TX 77429", s1, uid)
    s2 = wd(T(2026, 3, 4, 16, 31, 40), "Wednesday")
    desc2 = ("UPDATE: Dale got called out to a job in Katy on Thursday, so we moved you to Monday, same time. Sorry for "
             "the shuffle!\n\n" + desc1)
    e2, _ = google_invite(slug + "2", brenda, [(brenda[0], brenda[1], "ACCEPTED"), (dale[0], dale[1], "ACCEPTED"),
                                               (OWNER, OWNER, "ACCEPTED")],
                          "Interview - Apprentice Electrician (Tavon Richardson)", new, new + timedelta(minutes=45), desc2,
                          "Cypress Creek Electrical Contractors, 13130 Louetta Rd, Cypress, TX 77429", s2, uid, seq=1,
                          mode="updated", created=s1)
    lab = label([iv("Cypress Creek Electrical Contractors", "Apprentice Electrician", new, new + timedelta(minutes=45),
                    "scheduled", [dale[1]], [dale[1]], "hiring_manager")],
                "hard", "positive/reschedule-across-dst",
                "Google invite Thu Mar 5 10am CST, updated (SEQUENCE 1, same UID) to Mon Mar 9 10am, which is after "
                "the Mar 8 DST switch -> -05:00 (15:00Z, not 16:00Z). Organizer Brenda is the office manager; "
                "the interviewer is the superintendent Dale.")
    return slug, {"01-invitation.eml": e1, "02-updated-invitation.eml": e2}, lab


@case
def c08():
    slug = "b180-08-outlook-cancel-filled-internally"
    marisol = ("Marisol Peña", "mpena@brazosindustrial.example")
    grant = ("Grant Kessler", "gkessler@brazosindustrial.example")
    start = wd(T(2026, 3, 19, 14, 0), "Thursday")
    end = start + timedelta(minutes=45)
    s1 = wd(T(2026, 3, 10, 9, 38, 12), "Tuesday")
    s2 = wd(T(2026, 3, 16, 8, 2, 55), "Monday")
    subj = "Interview: Industrial Electrician Apprentice - Tavon Richardson"
    b1 = ("Hello Tavon,\n\nThis confirms your in-person interview with Grant Kessler, Electrical Superintendent, for the "
          "Industrial Electrician Apprentice (2nd year) position. Please check in at the front desk of our Baytown "
          "office about 10 minutes early and bring a copy of your apprenticeship hours if you have them.\n\n"
          "Marisol Peña\nHR Generalist | Brazos Industrial Electric\n281-555-0160\n")
    uid = ms_uid(slug)
    loc = "Brazos Industrial Electric - 4600 Decker Dr, Baytown, TX 77520"
    e1, _ = outlook_invite(slug + "r", marisol, [(OWNER_NAME, OWNER), grant], subj, start, end, WIN_CENTRAL, loc, b1,
                           s1, uid)
    b2 = ("Tavon,\n\nI'm sorry to do this on short notice. The apprentice position was filled internally by one of our "
          "helpers who finished his hours, so we are canceling Thursday's interview. We will keep your application on "
          "file for the next opening.\n\nThank you for your interest in Brazos Industrial Electric.\n\nMarisol\n")
    e2, _ = outlook_invite(slug + "c", marisol, [(OWNER_NAME, OWNER), grant], subj, start, end, WIN_CENTRAL, loc, b2,
                           s2, uid, seq=1, method="CANCEL")
    lab = label([iv("Brazos Industrial Electric", "Industrial Electrician Apprentice (2nd year)", start, end,
                    "cancelled", [grant[1]], [grant[1]], "hiring_manager")],
                "easy", "positive/cancellation-outlook",
                "Exchange REQUEST then METHOD:CANCEL (same UID, SEQUENCE 1) - position filled internally. Kept with "
                "status cancelled at Thu Mar 19 2:00 PM CDT; the '(UTC-06:00)' label in the body is the standard "
                "offset only.")
    return slug, {"01-interview-request.eml": e1, "02-canceled.eml": e2}, lab


@case
def c09():
    slug = "b180-09-phone-screen-then-yard-interview"
    jas = ("Jasmine Okoro", "jokoro@harrisburgindustrial.example")
    lou = ("Luis Cantu", "lcantu@harrisburgindustrial.example")
    s1 = wd(T(2026, 3, 13, 15, 40, 2), "Friday")
    p1 = wd(T(2026, 3, 16, 11, 0), "Monday")
    s2 = wd(T(2026, 3, 16, 13, 5, 44), "Monday")
    p2 = wd(T(2026, 3, 19, 6, 30), "Thursday")
    s3 = T(2026, 3, 16, 17, 48, 9)
    sig = "Jasmine Okoro\nRecruiter | Harrisburg Industrial Contractors\n9420 Clinton Dr, Houston, TX 77029\n713-555-0138\n"
    t1 = f"""Hi Tavon,

Thanks for applying to our Apprentice Electrician - Industrial posting. I'd like to do a quick phone interview to learn more about your background.

Confirming Monday ({p1.month}/{p1.day}) at 11:00 AM. I'll call you at {OWNER_PHONE}. It should take about 20 minutes.

{sig}"""
    id1 = outlook_msgid(slug + "1")
    e1 = outlook_mail(slug + "1", jas, A(OWNER_NAME, OWNER), "Phone interview - Apprentice Electrician", t1, s1)
    t2 = f"""Hi Tavon,

Great talking with you this morning. Next step is a face-to-face with our superintendent, Luis Cantu (copied), at the yard on Thursday at 6:30 AM before the crews roll out. Same address as below - come through the truck gate and ask for Lou. Plan on about 30 minutes. Boots and long pants; you'll walk the fab shop with him.

{sig}
________________________________
From: Jasmine Okoro <{jas[1]}>
Sent: {s1:%A}, {month_day(s1)}, {s1.year} {hm(s1)}
To: {OWNER_NAME} <{OWNER}>
Subject: Phone interview - Apprentice Electrician

{t1}"""
    id2 = outlook_msgid(slug + "2")
    e2 = outlook_mail(slug + "2", jas, A(OWNER_NAME, OWNER), "RE: Phone interview - Apprentice Electrician", t2, s2,
                      cc=A(*lou), in_reply_to=id1)
    t3 = f"""Sounds good. Gate code is 4471 if the guard shack is empty. See you Thursday.

-Lou

Get Outlook for iOS<https://aka.ms/o0ukef>

On {s2:%a}, {s2:%b} {s2.day}, {s2.year} at {hm(s2)}, Jasmine Okoro <{jas[1]}> wrote:
{quote(t2.split('________________________________')[0])}
"""
    e3 = outlook_mail(slug + "3", lou, f"{A(*jas)}, {A(OWNER_NAME, OWNER)}",
                      "RE: Phone interview - Apprentice Electrician", t3, s3, in_reply_to=id2,
                      references=f"{id1} {id2}")
    role = "Apprentice Electrician - Industrial"
    lab = label([iv("Harrisburg Industrial Contractors", role, p1, p1 + timedelta(minutes=20), "scheduled",
                    [jas[1]], [jas[1]], "phone_screen"),
                 iv("Harrisburg Industrial Contractors", role, p2, p2 + timedelta(minutes=30), "scheduled",
                    [lou[1]], [lou[1]], "hiring_manager")],
                "hard", "positive/two-interviews-thread",
                "Two interviews in one thread: recruiter phone screen Mon 3/16 11:00 (20 min, recruiter is the "
                "interviewer) and, after it, an in-person with the superintendent 'Thursday at 6:30 AM' resolved "
                "against the Mon Mar 16 message -> Thu Mar 19 (30 min). Early report-style time is the real start.")
    return slug, {"01-phone-interview.eml": e1, "02-re-next-step-yard.eml": e2, "03-re-lou-confirms.eml": e3}, lab


def gcal_event(seed, summary, description, organizer, attendees, start, end, created, updated, location=None, seq=0):
    eid = base64.b64encode(f"{seed} {OWNER}".encode()).decode().rstrip("=")
    ev = {"kind": "calendar#event", "etag": f'"{seedstr(seed + "etag", 16, "0123456789")}"', "id": seed,
          "status": "confirmed", "htmlLink": f"https://www.google.com/calendar/event?eid={eid}",
          "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + seedstr(seed, 3, "0123456789") + "Z",
          "summary": summary, "description": description}
    if location:
        ev["location"] = location
    ev.update({"creator": {"email": organizer[1], "displayName": organizer[0]},
               "organizer": {"email": organizer[1], "displayName": organizer[0]},
               "start": {"dateTime": start.isoformat(), "timeZone": str(start.tzinfo)},
               "end": {"dateTime": end.isoformat(), "timeZone": str(end.tzinfo)},
               "iCalUID": f"{seed}@google.com", "sequence": seq, "attendees": attendees,
               "guestsCanModify": False, "reminders": {"useDefault": True}, "eventType": "default"})
    return json.dumps(ev, indent=2, ensure_ascii=False) + "\n"


@case
def c10():
    slug = "b180-10-gcal-cancel-then-new-event"
    nic = ("Nicole Tran", "ntran@gbswitchgear.example")
    a_id = seedstr(slug + "A", 26, "abcdefghijklmnopqrstuv0123456789")
    b_id = seedstr(slug + "B", 26, "abcdefghijklmnopqrstuv0123456789")
    a_s = wd(T(2026, 3, 25, 15, 0), "Wednesday")
    b_s = wd(T(2026, 4, 2, 8, 0), "Thursday")
    loc = "Galveston Bay Switchgear, 1507 Genoa Red Bluff Rd, Houston, TX 77034"
    att_list = lambda st: [{"email": nic[1], "displayName": nic[0], "organizer": True, "responseStatus": "accepted"},
                           {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": st}]
    j1 = gcal_event(a_id, "Tavon Richardson - Field Service Apprentice interview",
                    "In-person interview with Nicole Tran (Service Manager). We'll talk through the apprentice role on "
                    "the field service crew (breaker testing, switchgear maintenance, outage work) and walk the test shop.",
                    nic, att_list("accepted"), a_s, a_s + timedelta(minutes=45), T(2026, 3, 20, 10, 12),
                    T(2026, 3, 20, 10, 31), location=loc)
    sent = wd(T(2026, 3, 24, 7, 52, 18), "Tuesday")
    t = """Tavon,

I have to cancel our interview tomorrow afternoon, sorry. We picked up an emergency outage job at a plant in Freeport and I'll be on site the rest of the week. I'll send you a new invite for the week after - still very interested in talking with you.

Nicole Tran
Service Manager
Galveston Bay Switchgear
Cell 713-555-0193
"""
    e = outlook_mail(slug, nic, A(OWNER_NAME, OWNER), "Cancel tomorrow's interview", t, sent)
    j3 = json.dumps({"kind": "calendar#event", "etag": f'"{seedstr(slug + "etag3", 16, "0123456789")}"',
                     "id": a_id, "status": "cancelled"}, indent=2) + "\n"
    j4 = gcal_event(b_id, "Interview (rescheduled): Tavon Richardson - Field Service Apprentice",
                    "Rescheduled from last week. Same plan - meet at the front office, then we'll walk the test shop.",
                    nic, att_list("needsAction"), b_s, b_s + timedelta(minutes=45), T(2026, 3, 30, 6, 58),
                    T(2026, 3, 30, 6, 58, 40), location=loc)
    lab = label([iv("Galveston Bay Switchgear", "Field Service Apprentice", a_s, a_s + timedelta(minutes=45), "cancelled",
                    [nic[1]], [nic[1]], "hiring_manager"),
                 iv("Galveston Bay Switchgear", "Field Service Apprentice", b_s, b_s + timedelta(minutes=45), "scheduled",
                    [nic[1]], [nic[1]], "hiring_manager")],
                "hard", "positive/cancel-then-rebook-new-event",
                "Calendar API: event A (Wed Mar 25 3pm), e-mail cancels it, A comes back as a bare deleted event "
                "(id/status only), then a NEW event B (different id) on Thu Apr 2 8am -> two entries, one cancelled "
                "at A's time and one scheduled.")
    return slug, {"01-event-interview.gcal.json": j1, "02-cancel-email.eml": e,
                  "03-event-deleted.gcal.json": j3, "04-event-rebooked.gcal.json": j4}, lab


@case
def c11():
    slug = "b180-11-google-voice-text-tomorrow-utc-date"
    num = "(713) 555-0162"
    gv = f"17135550162.18325550186.{seedstr(slug, 10, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}@txt.voice.google.com"
    s1 = T(2026, 4, 7, 20, 26, 3)   # Tue evening in Houston = Wed 01:26 UTC
    s2 = T(2026, 4, 7, 20, 51, 37)
    assert s1.astimezone(UTC).day == 8
    start = wd(T(2026, 4, 8, 15, 0), "Wednesday")
    wd(s1, "Tuesday")
    foot = ("\n\nYOUR ACCOUNT <https://voice.google.com> HELP CENTER <https://support.google.com/voice#topic=1707989> "
            "HELP FORUM <https://productforums.google.com/forum/#!forum/voice>\n"
            "To respond to this text message, reply to this email or visit Google Voice.\n\n"
            "This email was sent to you because you indicated that you'd like to receive email notifications for "
            "text messages. If you don't want to receive such emails in the future, please update your email "
            "notification settings <https://voice.google.com/settings#messaging>.\n\n"
            "Google LLC\n1600 Amphitheatre Pkwy\nMountain View CA 94043 USA\n")
    m1 = ("Hey Tavon this is Ruben with Alvarado Electric. Got ur resume off the IEC job board. Looking for an "
          "apprentice electrician for new commercial construction. Can u come in for an interview tmrw at 3? "
          "4410 Telephone Rd, ask for me")
    m2 = "Bet see u then. Send ur resume again + pic of ur OSHA card to ruben@alvaradoelectric.example so I have it in front of me"
    def gvmail(sent, body, seed):
        return message([("Delivered-To", OWNER),
                        received("mail-sor-f73.google.com", "209.85.220.73", sent, seed),
                        ("Return-Path", f"<{gv}>"),
                        ("From", f'"{num}" <{gv}>'), ("To", OWNER),
                        ("Subject", f"New text message from {num}"),
                        ("Date", rfc(sent.astimezone(UTC))),
                        ("Message-ID", f"<{seedstr(seed, 24, '0123456789abcdef')}.{seedstr(seed + 'v', 18, '0123456789')}@txt.voice.google.com>")],
                       multi("alternative", gmail_boundary(seed),
                             [text(body + foot, enc="7bit", cs="UTF-8"),
                              text(gmail_html(body + foot), "html", enc="qp", cs="UTF-8")]))
    e1 = gvmail(s1, m1, slug + "1")
    e2 = gvmail(s2, m2, slug + "2")
    ruben = "ruben@alvaradoelectric.example"
    lab = label([iv("Alvarado Electric", "Apprentice Electrician", start, None, "scheduled", [ruben], [ruben],
                    "hiring_manager")],
                "hard", "positive/sms-forward-relative-date",
                "Google Voice SMS-to-email; 'tmrw at 3' sent Tue Apr 7 8:26 PM CDT, Date header in UTC (Wed 01:26 "
                "+0000) -> tomorrow is Wed Apr 8 in Houston, not Thu. Contractor's e-mail appears only in the second "
                "text; the txt.voice relay address is not a person's address.")
    return slug, {"01-text-from-ruben.eml": e1, "02-text-from-ruben.eml": e2}, lab


@case
def c12():
    slug = "b180-12-utility-panel-html-only-checkin"
    mon = "monique.baptiste@bayougrid.example"
    sent = wd(T(2026, 4, 1, 9, 30, 14), "Wednesday")
    start = wd(T(2026, 4, 16, 13, 0), "Thursday")
    end = start + timedelta(hours=1)
    checkin = start - timedelta(minutes=30)
    rows = [("Position", "Apprentice Plant Electrician (Req. 26-0317)"),
            ("Date", f"{start:%A}, {month_day(start)}, {start.year}"),
            ("Check-in", f"{hm(checkin)} - Security Gatehouse (bring photo ID)"),
            ("Interview", f"{hm(start)} - {hm(end)} Central"),
            ("Location", "Tidewater Generating Station, Training Building, 9100 Bayway Dr, Baytown, TX 77520"),
            ("Format", "Structured panel interview (behavioral + basic electrical theory)"),
            ("Panel", "Roy Batiste, Electrical Maintenance Supervisor<br>Angela Marsh, Plant Training Coordinator"
                      "<br>Monique Baptiste, Talent Acquisition Partner")]
    table = "".join(f'<tr><td style="padding:6px 12px;font-weight:bold;vertical-align:top">{k}</td>'
                    f'<td style="padding:6px 12px">{v}</td></tr>' for k, v in rows)
    htm = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Panel Interview Invitation</title></head>
<body style="margin:0;background:#f2f4f7">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="620" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<tr><td style="background:#00456b;color:#fff;padding:18px 24px;font-size:20px">Bayou Grid Energy Careers</td></tr>
<tr><td style="padding:24px">
<p>Dear Tavon Richardson,</p>
<p>Thank you for your interest in Bayou Grid Energy. We are pleased to invite you to a panel interview for the position below.</p>
<table style="border-collapse:collapse;margin:12px 0">{table}</table>
<p>Please arrive at the gatehouse by the check-in time; security processing takes about 20 minutes and visitors are escorted to the Training Building. Steel-toe boots are not required for the interview.</p>
<p>Candidates who are selected after the panel will receive a conditional offer followed by a pre-employment physical, drug screen and background check.</p>
<p>Questions or need to reschedule? Contact Monique Baptiste at <a href="mailto:{mon}">{mon}</a> or 713-555-0190.</p>
<p>We look forward to meeting you.</p>
<p>Bayou Grid Energy Talent Acquisition</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#777">This message was sent from an unmonitored mailbox. Please do not reply to this email. Bayou Grid Energy is an Equal Opportunity Employer.</td></tr>
</table></td></tr></table>
</body></html>
"""
    e = message([("Delivered-To", OWNER),
                 received("mta-sf-04.bayougrid.example", "198.51.100.44", sent, slug),
                 ("Return-Path", "<careers-noreply@bayougrid.example>"),
                 ("From", "Bayou Grid Energy Careers <careers-noreply@bayougrid.example>"),
                 ("To", A(OWNER_NAME, OWNER)),
                 ("Subject", "Panel Interview Invitation - Apprentice Plant Electrician (Req. 26-0317)"),
                 ("Date", rfc(sent)),
                 ("Message-ID", f"<{seedstr(slug, 16, '0123456789')}.{seedstr(slug + 'j', 6, '0123456789')}.JavaMail.sfapi@bayougrid.example>")],
                text(htm, "html", enc="b64"))
    lab = label([iv("Bayou Grid Energy", "Apprentice Plant Electrician", start, end, "scheduled", [mon], [mon],
                    "onsite")],
                "hard", "positive/html-only-panel-checkin",
                "HTML-only, base64 ATS mail from a no-reply sender. Check-in 12:30 at the gatehouse, interview 1:00-2:00 "
                "PM CDT. Three-person panel -> onsite; only the TA partner on the panel has an address, so she is the "
                "only labelled interviewer and the follow-up recipient.")
    return slug, {"01-panel-interview-invitation.eml": e}, lab


@case
def c13():
    slug = "b180-13-forwarded-candidate-slot-list"
    earl = ("Earl Dupree", "earl.dupree@fifthwardtrades.example")
    mateo = ("Mateo Ruiz", "mruiz@houtexelectric.example")
    s0 = wd(T(2026, 4, 20, 16, 12), "Monday")
    s1 = wd(T(2026, 4, 21, 7, 3, 26), "Tuesday")
    day = wd(T(2026, 4, 23), "Thursday")
    slots = ["Darnell Jenkins", "Marisol Salinas", "Tavon Richardson", "Kelechi Obi", "Andre Wallace"]
    first = day.replace(hour=9)
    sched = "\n".join(f"  {hm(first + timedelta(minutes=20 * i))}  {n}" for i, n in enumerate(slots))
    mine = first + timedelta(minutes=20 * slots.index(OWNER_NAME))
    orig = f"""Earl,

Thanks for sending over your graduates. We'd like to interview five of them for our apprentice electrician openings this {day:%A} ({day.month}/{day.day}) at our Northside office, 2215 Aldine Bender Rd. Each interview is 20 minutes with me and our safety manager.

{sched}

Have them bring a driver's license, their OSHA-10 card and a resume, and show up 10 minutes early. Anybody who can't make it, have them email me directly.

Mateo Ruiz
Field Superintendent
Hou-Tex Electrical Contractors
832-555-0121
"""
    fwd = f"""Tavon - you're at {hm(mine)} {day:%A}. Dress sharp, firm handshake, and call me after.

Mr. Dupree

________________________________
From: Mateo Ruiz <{mateo[1]}>
Sent: {s0:%A}, {month_day(s0)}, {s0.year} {hm(s0)}
To: Earl Dupree <{earl[1]}>
Subject: Interview schedule - apprentice candidates ({day:%A})

{orig}"""
    e = outlook_mail(slug, earl, A(OWNER_NAME, OWNER),
                     f"FW: Interview schedule - apprentice candidates ({day:%A})", fwd, s1,
                     extra_headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    lab = label([iv("Hou-Tex Electrical Contractors", "Apprentice Electrician", mine, mine + timedelta(minutes=20),
                    "scheduled", [mateo[1]], [mateo[1]], "onsite")],
                "hard", "positive/forwarded-slot-list",
                "Pre-apprenticeship instructor forwards a contractor's list of five 20-minute slots; the owner's slot "
                "is 9:40 (the forwarder also says so). Interview by the superintendent plus a safety manager (no "
                "address) -> panel/onsite. The forwarder is not from the company and is not a recipient.")
    return slug, {"01-fw-interview-schedule.eml": e}, lab


# ============================================================================= NEGATIVE CASES (look-alikes)
@case
def c14():
    slug = "b180-14-jatc-aptitude-test-invite"
    frm = ("Bayou City Electrical JATC", "applications@bcejatc.example")
    sent = wd(T(2026, 2, 2, 10, 4, 31), "Monday")
    day = wd(T(2026, 2, 7), "Saturday")
    report, doors, begin = day.replace(hour=7, minute=30), day.replace(hour=7, minute=45), day.replace(hour=8)
    body = f"""Dear Applicant,

Your application for the Inside Wireman Apprenticeship has been reviewed and you are eligible to sit for the aptitude test.

APTITUDE TEST
Date:         {day:%A}, {month_day(day)}, {day.year}
Report time:  {hm(report)} - doors close at {hm(doors)}; late arrivals will NOT be admitted
Test begins:  {hm(begin)} (approximately 2 1/2 hours)
Location:     JATC Training Center, Lab 2, 7720 Market Street Rd, Houston, TX 77020

The test is the electrical industry aptitude test: Algebra & Functions and Reading Comprehension. Calculators are not permitted; scratch paper and pencils are provided. Bring a government-issued photo ID and your applicant number (BCE-26-0418).

Applicants who achieve a qualifying score will be mailed a notice with a date and report time for an oral interview with the Interview Committee. Interviews are not scheduled on test day.

A calendar file is attached for your convenience.

Bayou City Electrical JATC
Applications Office | 713-555-0171
"""
    cal = ics(["BEGIN:VCALENDAR", "METHOD:PUBLISH", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
               "VERSION:2.0"] + WIN_CENTRAL[1] + [
        "BEGIN:VEVENT", "CLASS:PUBLIC", f"CREATED:{zt(sent)}",
        "DESCRIPTION:" + esc("Aptitude test - report by 7:30 AM, doors close 7:45. Photo ID + applicant number. "
                             "No calculators."),
        f"DTEND;TZID=Central Standard Time:{lt(begin + timedelta(minutes=150))}", f"DTSTAMP:{zt(sent)}",
        f"DTSTART;TZID=Central Standard Time:{lt(report)}", "LOCATION:" + esc("JATC Training Center, Lab 2"),
        "PRIORITY:5", "SEQUENCE:0", "SUMMARY;LANGUAGE=en-us:BCE JATC Aptitude Test",
        "TRANSP:OPAQUE", f"UID:{ms_uid(slug)}", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-IMPORTANCE:1", "END:VEVENT", "END:VCALENDAR"])
    e = outlook_mail(slug, frm, "BCE JATC Applicants <applications@bcejatc.example>",
                     "Aptitude Test Notice - Inside Wireman Apprenticeship", body, sent,
                     attachments=[attach(cal, "text/calendar", "Aptitude Test.ics")])
    lab = label([], "medium", "negative/aptitude-test",
                "Aptitude test invitation with report time and .ics; a test/assessment, not a live interview. "
                "It says the interview will be scheduled later. Sent to a list address, owner via Delivered-To.")
    return slug, {"01-aptitude-test-notice.eml": e}, lab


@case
def c15():
    slug = "b180-15-osha10-class-registration"
    frm = ("Bayou Safety Training Institute", "registrar@bayousafety.example")
    sent = wd(T(2026, 2, 10, 18, 22, 47), "Tuesday")
    d1 = wd(T(2026, 2, 21, 8, 0), "Saturday")
    d2 = wd(T(2026, 2, 22, 8, 0), "Sunday")
    body = f"""Hi Tavon,

You're registered! Here are your class details.

Course:    OSHA 10-Hour Construction Industry Outreach (English)
Dates:     {d1:%A} {month_day(d1)} and {d2:%A} {month_day(d2)}, {d1.year}
Time:      {hm(d1)} - 3:30 PM both days (30-minute lunch; food not provided)
Location:  Bayou Safety Training Institute, 5310 Griggs Rd, Houston, TX 77021
Order #:   BSTI-88214   Paid: $79.00

You must attend all 10 hours to receive your DOL wallet card. Cards are mailed by the authorized trainer 4-6 weeks after class; you will get a printable student certificate on day 2.

Heads up from our instructors: apprenticeship interview committees and most contractors will ask whether you have your OSHA 10. Bring the student certificate to your interview if the card hasn't arrived yet.

Add to calendar: the attached .ics file contains both class days.

See you in class,
BSTI Registration
713-555-0150
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//BSTI//Class Registration 3.2//EN", "METHOD:PUBLISH",
               "CALSCALE:GREGORIAN"] + IANA_CHICAGO + sum([[
                   "BEGIN:VEVENT", f"UID:bsti-88214-{i}@bayousafety.example", f"DTSTAMP:{zt(sent)}",
                   f"DTSTART;TZID=America/Chicago:{lt(d)}",
                   f"DTEND;TZID=America/Chicago:{lt(d.replace(hour=15, minute=30))}",
                   f"SUMMARY:OSHA 10-Hour Construction - Day {i}",
                   "LOCATION:" + esc("Bayou Safety Training Institute, 5310 Griggs Rd, Houston, TX 77021"),
                   "DESCRIPTION:" + esc("Bring photo ID. Attendance required for all 10 hours."),
                   f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
                   "ORGANIZER;CN=BSTI Registration:mailto:registrar@bayousafety.example", "END:VEVENT"]
                   for i, d in ((1, d1), (2, d2))], []) + ["END:VCALENDAR"])
    alt = multi("alternative", "b2_" + hexs(slug + "a", 32),
                [text(body, enc="qp"), text(gmail_html(body), "html", enc="qp")])
    e = message([("Delivered-To", OWNER),
                 received("smtp.bayousafety.example", "198.51.100.77", sent, slug),
                 ("Return-Path", "<registrar@bayousafety.example>"),
                 ("From", A(*frm)), ("To", A(OWNER_NAME, OWNER)),
                 ("Subject", f"Registration confirmed: OSHA 10-Hour Construction ({d1:%b} {d1.day}-{d2.day})"),
                 ("Date", rfc(sent)),
                 ("Message-ID", f"<{hexs(slug, 32)}@bayousafety.example>"),
                 ("X-Mailer", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")],
                multi("mixed", "b1_" + hexs(slug + "m", 32),
                      [alt, attach(cal, "text/calendar", "osha10-class.ics")]))
    lab = label([], "easy", "negative/osha10-class",
                "OSHA-10 class registration with a two-event .ics; mentions interviews only as advice.")
    return slug, {"01-osha10-registration.eml": e}, lab


@case
def c16():
    slug = "b180-16-drug-screen-badging-invite"
    kayla = ("Kayla Nguyen", "kayla.nguyen@gulfturnaround.example")
    sent = wd(T(2026, 3, 2, 16, 48, 30), "Monday")
    start = wd(T(2026, 3, 5, 6, 30), "Thursday")
    end = start + timedelta(hours=3)
    desc = ("Congrats again, the client approved you after your phone interview! Before you can start on the turnaround "
            "you need to clear the drug screen and get badged.\n\n6:30 AM - 10-panel urine + breath alcohol at Mainland "
            "Occupational Health (no food/drink/gum 15 min before)\nthen - site badging + TWIC verification at the "
            "contractor badge office next door\n\nBring: 2 forms of ID, TWIC card or enrollment receipt, steel toes, "
            "FR clothing if you have it. Per diem starts on your first shift. Text me if anything comes up. - Kayla")
    e, _ = google_invite(slug, kayla, [(kayla[0], kayla[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
                         "Drug Screen + Badging - Tavon Richardson (Texas City TA)", start, end, desc,
                         "Mainland Occupational Health, 3120 Palmer Hwy, Texas City, TX 77590", sent,
                         seedstr(slug, 26) + "@google.com")
    lab = label([], "medium", "negative/drug-screen-badging",
                "Google invite from a staffing recruiter for a post-selection drug screen and badging appointment; "
                "mentions the earlier phone interview but schedules no interview.")
    return slug, {"01-invitation-drug-screen-badging.eml": e}, lab


@case
def c17():
    slug = "b180-17-union-hall-applicant-night"
    sec = ("Regina Hollins", "rec.secretary@local1142.example")
    sent = wd(T(2026, 2, 26, 12, 15, 8), "Thursday")
    start = wd(T(2026, 3, 10, 18, 30), "Tuesday")
    end = start + timedelta(minutes=90)
    body = ("Brothers, sisters and future members,\n\nLocal 1142 is hosting an Applicant Night at the hall for everyone "
            "who has applied to the JATC this cycle. The Business Manager and the JATC Training Director will walk "
            "through the aptitude test, what the interview board looks like, how ranking works and what the first "
            "year of apprenticeship pays. Bring questions. Current apprentices will be there to talk about their "
            "experience.\n\nThis is an information meeting only - it is not an interview and nothing is scored. "
            "Interview dates come from the JATC office by mail.\n\nFood and drinks provided. Park in the back lot.\n\n"
            "In solidarity,\nRegina Hollins\nRecording Secretary, Electrical Workers Local 1142\n"
            "2900 Polk St, Houston, TX 77003 | 713-555-0102\n")
    e, _ = outlook_invite(slug, sec, [("JATC Applicants 2026", "applicants2026@local1142.example")],
                          "Applicant Night at the Hall - What to Expect at the Interview Board", start, end,
                          WIN_CENTRAL, "Local 1142 Union Hall - Main Meeting Room, 2900 Polk St, Houston", body, sent,
                          ms_uid(slug), to="JATC Applicants 2026 <applicants2026@local1142.example>")
    lab = label([], "hard", "negative/union-hall-meeting",
                "Union hall information night about the interview board, sent as an Exchange invite to a list; "
                "an information session is not an interview.")
    return slug, {"01-applicant-night-invite.eml": e}, lab


@case
def c18():
    slug = "b180-18-twic-enrollment-appointment"
    sent = wd(T(2026, 2, 17, 21, 3, 55), "Tuesday")
    start = wd(T(2026, 2, 26, 10, 15), "Thursday")
    end = start + timedelta(minutes=15)
    body = f"""Appointment Confirmation

Hello TAVON RICHARDSON,

Your appointment has been scheduled.

Program:          TWIC(R) - Transportation Worker Identification Credential
Service:          New Enrollment
Date:             {start:%A}, {month_day(start)}, {start.year}
Time:             {hm(start)} (local time)
Enrollment site:  Houston - Gessner, 2500 Gessner Rd Suite 140, Houston, TX 77080
Confirmation #:   TW{seedstr(slug, 9, '0123456789')}

What to bring
- Identity documents from the acceptable documents list (unexpired U.S. passport, OR driver's license + birth certificate)
- Payment: $125.25 (credit card, money order or certified check)

At your appointment you will provide biographic information, fingerprints and a photo. Enrollment takes about 10 minutes. The credential is mailed to you or held for pickup, typically in 30-45 days; many maritime and refinery employers require a TWIC before your first shift.

To change or cancel your appointment, visit the enrollment website and enter your confirmation number.

This mailbox is not monitored.
"""
    e = message([("Delivered-To", OWNER),
                 received("mx-out-3.universalenroll.example", "192.0.2.31", sent, slug),
                 ("Return-Path", "<no-reply@universalenroll.example>"),
                 ("From", "Universal Enroll <no-reply@universalenroll.example>"),
                 ("To", OWNER),
                 ("Subject", "Appointment Confirmation - TWIC Enrollment"),
                 ("Date", rfc(sent.astimezone(ZoneInfo("America/New_York")))),
                 ("Message-ID", f"<{hexs(slug, 24)}@universalenroll.example>")],
                text(body, enc="qp", cs="us-ascii"))
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//macOS 15.3//EN", "CALSCALE:GREGORIAN"]
              + IANA_CHICAGO + [
                  "BEGIN:VEVENT", f"CREATED:{zt(sent)}", f"DTEND;TZID=America/Chicago:{lt(end)}",
                  f"DTSTART;TZID=America/Chicago:{lt(start)}", f"DTSTAMP:{zt(sent + timedelta(minutes=4))}",
                  f"UID:{HEX(slug, 8)}-{HEX(slug + '1', 4)}-{HEX(slug + '2', 4)}-{HEX(slug + '3', 4)}-{HEX(slug + '4', 12)}",
                  "SUMMARY:TWIC enrollment appt",
                  "LOCATION:" + esc("2500 Gessner Rd Suite 140, Houston, TX 77080"),
                  "DESCRIPTION:" + esc("Bring passport + $125.25. Needed for the Texas City turnaround job."),
                  f"ATTENDEE;CN={OWNER_NAME};CUTYPE=INDIVIDUAL;PARTSTAT=ACCEPTED;ROLE=REQ-PARTICIPANT:mailto:{OWNER}",
                  "SEQUENCE:0", "TRANSP:OPAQUE", "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder",
                  "TRIGGER:-PT1H", "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    lab = label([], "medium", "negative/twic-enrollment",
                "TWIC enrollment appointment (e-mail + the owner's own calendar entry mentioning the job); "
                "a government credential appointment, not a job interview.")
    return slug, {"01-twic-appointment-confirmation.eml": e, "02-twic-enrollment.ics": cal}, lab


@case
def c19():
    slug = "b180-19-safety-orientation-after-hire"
    renee = ("Renee Landry", "rlandry@sabinepoint.example")
    s1 = wd(T(2026, 4, 6, 14, 20, 9), "Monday")
    s2 = s1 + timedelta(minutes=14)
    start = wd(T(2026, 4, 13, 6, 0), "Monday")
    end = start.replace(hour=14, minute=30)
    t1 = f"""Tavon,

Following your interview with Mr. Boudreaux last Thursday, we are pleased to offer you the position of Apprentice Electrician (1st year) at $19.50/hour, assigned to our La Porte chemical plant maintenance crew. This offer is contingent on the pre-employment drug screen you completed on Friday (results came back clear).

Your first day is {start:%A}, {month_day(start)}. You will spend the whole day in new-hire site safety orientation; after orientation your foreman, Clint Savoie, will meet you at the contractor gate. I'm sending a calendar invite with the report time and address.

Please reply with your shirt and boot size for PPE.

Welcome to Sabine Point!

Renee Landry
HR Coordinator | Sabine Point Constructors
281-555-0185
"""
    e1 = gmail_mail(slug + "1", renee, OWNER, "Offer - Apprentice Electrician / first day", t1, s1)
    desc = ("New-hire site safety orientation (plant-specific + Sabine Point SSE program). Report 6:00 AM, "
            "runs until about 2:30 PM. Bring: TWIC, DL, steel-toe boots, lunch. FR shirts issued on site. "
            "Photo for site badge will be taken.")
    e2, _ = google_invite(slug + "2", renee, [(renee[0], renee[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
                          "New Hire Safety Orientation - Tavon Richardson", start, end, desc,
                          "Sabine Point Constructors field office, 1201 Independence Pkwy S, La Porte, TX 77571", s2,
                          seedstr(slug, 26) + "@google.com")
    lab = label([], "medium", "negative/safety-orientation-after-hire",
                "Offer letter plus a Google invite for first-day safety orientation; the interview is in the past "
                "with no time given.")
    return slug, {"01-offer-first-day.eml": e1, "02-invitation-orientation.eml": e2}, lab


@case
def c20():
    slug = "b180-20-jatc-interview-results-ranked"
    sandra = ("Sandra Villarreal", "svillarreal@bcejatc.example")
    sent = wd(T(2026, 3, 16, 15, 30, 27), "Monday")
    iday = wd(T(2026, 3, 3, 8, 15), "Tuesday")
    body = f"""Dear Mr. Richardson,

Thank you for appearing before the Interview Committee on {iday:%A}, {month_day(iday)}, {iday.year} at {hm(iday)}.

Your results for the 2026 Inside Wireman Apprenticeship selection cycle:

  Aptitude test (stanine):     6
  Oral interview score:        83.5 / 100
  Combined ranking points:     81.2
  Rank on eligibility list:    27 of 112

Apprentices are selected from the ranked eligibility list in rank order as contractors request apprentices. The list is valid for two years. You will be contacted by phone and mail when your name is reached, so please keep your contact information current with this office.

You may request a review of your interview score in writing within ten (10) business days of this notice.

Respectfully,

Sandra Villarreal
Apprenticeship Coordinator
Bayou City Electrical JATC
Office 713-555-0171 | svillarreal@bcejatc.example
"""
    e = outlook_mail(slug, sandra, A(OWNER_NAME, OWNER),
                     "Interview Results - Ranked Eligibility List - Richardson, Tavon", body, sent,
                     extra_headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    lab = label([], "hard", "negative/interview-results",
                "Results letter quoting a past interview date and time (Mar 3, 8:15 AM) with scores and a rank; "
                "no upcoming interview.")
    return slug, {"01-interview-results.eml": e}, lab


@case
def c21():
    slug = "b180-21-shutdown-staffing-availability-request"
    tif = ("Tiffany LeBlanc", "tleblanc@crescentstaffing.example")
    sent = wd(T(2026, 3, 30, 8, 41, 12), "Monday")
    thu, fri = wd(T(2026, 4, 2), "Thursday"), wd(T(2026, 4, 3), "Friday")
    shut = wd(T(2026, 4, 20), "Monday")
    t = f"""Good morning Tavon,

Crescent Industrial Staffing here. We have a spring shutdown at a chemical plant in Geismar, LA starting {shut:%A} {shut.month}/{shut.day} - 5 to 6 weeks, 7x12s nights, electrical helpers and apprentices, $24/hr + $100/day per diem. TWIC and basic plus required.

Are you available for a quick phone interview {thu:%A} ({thu.month}/{thu.day}) or {fri:%A} ({fri.month}/{fri.day})? Reply with a time that works for you, or book a slot here:
https://calendly.com/tleblanc-crescent/15min

If you're not interested, no worries - just let me know so I can take you off this one.

Tiffany LeBlanc
Industrial Recruiter | Crescent Industrial Staffing
Gonzales, LA | 225-555-0166
"""
    e = gmail_mail(slug, tif, OWNER, "Geismar LA shutdown - electrical helpers/apprentices", t, sent)
    lab = label([], "hard", "negative/availability-request",
                "Staffing recruiter asks for availability for a phone interview and shares an unbooked scheduling "
                "link; nothing is booked.")
    return slug, {"01-shutdown-availability.eml": e}, lab


@case
def c22():
    slug = "b180-22-mock-interview-board-practice"
    earl = ("Earl Dupree", "earl.dupree@fifthwardtrades.example")
    sent = wd(T(2026, 2, 17, 20, 5, 44), "Tuesday")
    start = wd(T(2026, 2, 24, 17, 30), "Tuesday")
    end = start.replace(hour=20)
    desc = ("Practice night for the JATC interview board. Volunteer journeymen from Local 1142 and a retired JATC "
            "training director will sit as the panel, same format as the real thing: about 12 minutes each, standard "
            "questions, score sheet. Everybody gets written feedback afterwards.\n\nReport by 5:30, first candidate "
            "goes at 6:00. Dress like it's the real board. This does not count toward anything - it's practice.\n\n"
            "- Mr. Dupree\nFifth Ward Trades Academy, Pre-Apprenticeship Cohort 14")
    e, _ = google_invite(slug, earl, [(earl[0], earl[1], "ACCEPTED"), (OWNER, OWNER, "NEEDS-ACTION")],
                         "Mock Interview Board - Pre-Apprentice Cohort 14", start, end, desc,
                         "Fifth Ward Trades Academy, Shop Classroom, 3815 Lyons Ave, Houston, TX 77020", sent,
                         seedstr(slug, 26) + "@google.com")
    lab = label([], "hard", "negative/mock-interview-board",
                "Pre-apprenticeship program's mock interview board (practice panel with report time) as a Google "
                "invite; mock/coaching sessions are not interviews.")
    return slug, {"01-invitation-mock-board.eml": e}, lab


# ============================================================================= main
def main():
    for d in sorted(HERE.glob("b180-*")):
        if d.is_dir():
            shutil.rmtree(d)
    labels = {}
    for fn in CASES:
        slug, files, lab = fn()
        assert slug not in labels, slug
        d = HERE / slug
        d.mkdir()
        for name, content in sorted(files.items()):
            with open(d / name, "w", encoding="utf-8", newline="") as f:
                f.write(content)
        labels[slug] = lab
    nums = [s.split("-")[1] for s in labels]
    assert nums == [f"{i:02d}" for i in range(1, len(nums) + 1)], nums
    with open(HERE / "labels.yaml", "w", encoding="utf-8", newline="\n") as f:
        f.write("# Labels for blind180 (generated by make_cases.py). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    pos = sum(1 for v in labels.values() if v["interview"])
    ivs = [i for v in labels.values() for i in v["interviews"]]
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews "
          f"({sum(i['status'] == 'scheduled' for i in ivs)} scheduled, {sum(i['status'] == 'cancelled' for i in ivs)} cancelled)")


if __name__ == "__main__":
    main()
