#!/usr/bin/env python3
"""Regenerate the blind232 evaluation set (case folders + labels.yaml) next to this file.

Theme: a Dhaka-based apparel merchandiser (Nusrat Jahan) applying to buying houses / garment
exporters in Dhaka, Gazipur, Narayanganj and Chattogram and to European fashion brands'
sourcing offices (Stockholm, Hamburg, Amsterdam) plus one London agent.

Standard library + PyYAML + zoneinfo only.  Output is byte-identical on every run: all dates,
Message-IDs, UIDs and MIME boundaries are fixed; every UTC offset is computed with zoneinfo and
every weekday named in a text is asserted.
"""
import base64
import email.utils
import hashlib
import html as htmlmod
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone, date
from email.header import Header
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
PREFIX = "b232-"

USER = "nusrat.jahan@example.com"
USER_NAME = "Nusrat Jahan"
USER_SIG = "Nusrat Jahan\nSenior Merchandiser | Knit & Woven\nMirpur DOHS, Dhaka\n+880 1700-000123"

UTC = timezone.utc
DHAKA = ZoneInfo("Asia/Dhaka")
STHLM = ZoneInfo("Europe/Stockholm")
BERLIN = ZoneInfo("Europe/Berlin")
AMS = ZoneInfo("Europe/Amsterdam")
LONDON = ZoneInfo("Europe/London")

BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")
BN_MONTHS = ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট",
             "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"]
BN_WEEKDAYS = {"Sunday": "রবিবার", "Monday": "সোমবার", "Tuesday": "মঙ্গলবার", "Wednesday": "বুধবার",
               "Thursday": "বৃহস্পতিবার", "Friday": "শুক্রবার", "Saturday": "শনিবার"}
# Revised Bangla calendar (Bangladesh, since 2019): 1 Boishakh = 14 April; months 1-6 have
# 31 days, Falgun 29 (30 in a Gregorian leap year), the others 30.
BN_BANGLA_MONTHS = ["বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন", "কার্তিক", "অগ্রহায়ণ",
                    "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র"]


# ----------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------
def at(tz, y, mo, d, h=0, mi=0, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(x, name):
    """Return weekday name after asserting it is right for x (date or datetime)."""
    assert x.strftime("%A") == name, (x, name, x.strftime("%A"))
    return name


def bn(s):
    return str(s).translate(BN_DIGITS)


def bangla_calendar(d):
    y = d.year if (d.month, d.day) >= (4, 14) else d.year - 1
    start = date(y, 4, 14)
    leap = (y + 1) % 4 == 0 and ((y + 1) % 100 != 0 or (y + 1) % 400 == 0)
    lengths = [31] * 6 + [30] * 4 + [30 if leap else 29, 30]
    n = (d - start).days
    for i, ln in enumerate(lengths):
        if n < ln:
            return n + 1, BN_BANGLA_MONTHS[i], y - 593
        n -= ln
    raise AssertionError(d)


def rfc(x):
    return email.utils.format_datetime(x)


def icsz(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def icsl(x):
    return x.strftime("%Y%m%dT%H%M%S")


def ampm(x):
    return x.strftime("%I:%M %p").lstrip("0")


def h24(x):
    return x.strftime("%H:%M")


def gtime(x):
    h = x.hour % 12 or 12
    suf = "am" if x.hour < 12 else "pm"
    return f"{h}{suf}" if x.minute == 0 else f"{h}:{x.minute:02d}{suf}"


def seed_hex(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def seed_digits(seed, n):
    return "".join(str(int(c, 16) % 10) for c in hashlib.sha256(seed.encode()).hexdigest()[:n])


def addr(name, mail):
    return email.utils.formataddr((name, mail), charset="utf-8") if name else mail


def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=76).encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def esc(t):
    return htmlmod.escape(t, quote=True)


def html_outlook(text):
    paras = []
    for line in text.split("\n"):
        paras.append(f'<p class="MsoNormal">{esc(line) if line else "&nbsp;"}<o:p></o:p></p>')
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style><!-- p.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif;} --></style>\n'
            '</head><body lang="EN-US" link="#0563C1"><div class="WordSection1">\n'
            + "\n".join(paras) + "\n</div></body></html>\n")


def html_gmail(text):
    body = []
    quote = []
    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(esc(line[1:].lstrip()))
            continue
        if quote:
            body.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                        + "<br>".join(quote) + "</blockquote>")
            quote = []
        body.append(f"<div>{esc(line) if line else '<br>'}</div>")
    if quote:
        body.append('<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">'
                    + "<br>".join(quote) + "</blockquote>")
    return '<div dir="ltr">' + "\n".join(body) + "</div>\n"


# ----------------------------------------------------------------------------------------------
# MIME assembly (hand-rolled so that every byte is fixed)
# ----------------------------------------------------------------------------------------------
def leaf(ctype, body, cte="quoted-printable", charset="UTF-8", params="", headers=()):
    if cte == "quoted-printable":
        payload = qp(body)
    elif cte == "base64":
        payload = b64(body)
    else:
        payload = body if body.endswith("\n") else body + "\n"
    cs = f'; charset="{charset}"' if charset else ""
    h = f"Content-Type: {ctype}{cs}{params}\n"
    for k, v in headers:
        h += f"{k}: {v}\n"
    h += f"Content-Transfer-Encoding: {cte}\n"
    return h + "\n" + payload


def attachment(ctype, filename, data, params=""):
    return (f'Content-Type: {ctype}; name="{filename}"{params}\n'
            f'Content-Disposition: attachment; filename="{filename}"\n'
            "Content-Transfer-Encoding: base64\n\n" + b64(data))


def multipart(subtype, boundary, parts, params=""):
    s = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{params}\n\n'
    for p in parts:
        s += f"--{boundary}\n" + p.rstrip("\n") + "\n\n"
    s += f"--{boundary}--\n"
    return s


def headers_block(hs):
    out = ""
    for k, v in hs:
        if v is None:
            continue
        out += f"{k}: {v}\n"
    return out


def received(host, ip, sent, mid_seed):
    rx = sent + timedelta(seconds=3)
    return ("from " + host + " (" + host + " [" + ip + "])\n        by mx.example.com with ESMTPS id "
            + seed_hex(mid_seed, 12) + "\n        for <" + USER + ">; " + rfc(rx.astimezone(DHAKA)))


def mail(*, sent, frm, to, subject, msgid, body, cc=None, reply_to=None, in_reply_to=None,
         refs=None, host="smtp.example.net", ip="203.0.113.10", extra=(), sender=None, ret=None):
    hs = [("Delivered-To", USER),
          ("Received", received(host, ip, sent, msgid)),
          ("Return-Path", f"<{ret or email.utils.parseaddr(frm)[1]}>"),
          ("From", frm), ("Sender", sender), ("To", to), ("Cc", cc), ("Reply-To", reply_to),
          ("Subject", enc_subject(subject)), ("Date", rfc(sent)), ("Message-ID", msgid),
          ("In-Reply-To", in_reply_to), ("References", refs)]
    hs += list(extra)
    return headers_block(hs) + "MIME-Version: 1.0\n" + body


def alt(boundary, text, html, cte="quoted-printable", html_cte=None, text_params=""):
    return multipart("alternative", boundary, [
        leaf("text/plain", text, cte, params=text_params),
        leaf("text/html", html, html_cte or cte)])


# ----------------------------------------------------------------------------------------------
# iCalendar
# ----------------------------------------------------------------------------------------------
def fold(line):
    out, cur, limit = [], "", 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def ie(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ_BANGLADESH = ["BEGIN:VTIMEZONE", "TZID:Bangladesh Standard Time",
                  "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0600", "TZOFFSETTO:+0600",
                  "END:STANDARD",
                  "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0600", "TZOFFSETTO:+0600",
                  "END:DAYLIGHT", "END:VTIMEZONE"]
VTZ_WEUROPE = ["BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
               "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
               "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
               "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
               "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]
WIN_TZ = {
    "Bangladesh Standard Time": (DHAKA, VTZ_BANGLADESH, "(UTC+06:00) Dhaka"),
    "W. Europe Standard Time": (STHLM, VTZ_WEUROPE,
                                "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"),
}


def teams_block(seed):
    mid = seed_hex(seed, 40)
    tid = seed_hex(seed + "t", 8) + "-" + seed_hex(seed + "t", 12)[8:12] + "-4" + seed_hex(seed + "u", 3) + "-a" + seed_hex(seed + "v", 3) + "-" + seed_hex(seed + "w", 12)
    meeting_id = " ".join([seed_digits(seed, 3), seed_digits(seed + "a", 3), seed_digits(seed + "b", 3), seed_digits(seed + "c", 3)])
    pw = base64.b32encode(hashlib.sha1(seed.encode()).digest()).decode()[:6].capitalize()
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%7d"
    text = ("_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {meeting_id}\nPasscode: {pw}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting>\n" + "_" * 80)
    return text, url


def outlook_when(start, end, tzid):
    zone, _, label = WIN_TZ[tzid]
    s, e = start.astimezone(zone), end.astimezone(zone)
    return f"When: {s.strftime('%A, %B')} {s.day}, {s.year} {ampm(s)}-{ampm(e)} {label}."


def outlook_invite(*, sent, msgid, boundary, organizer, attendees, subject, body_text, start, end,
                   tzid, location, uid, seq=0, method="REQUEST", teams_seed=None, thread_index="",
                   host="APC01-SG2-obe.outbound.protection.outlook.com", ip="40.107.215.91",
                   lang="en-US", importance=None):
    """Exchange/Outlook meeting request: multipart/alternative text/plain + text/html + text/calendar."""
    zone, vtz, _ = WIN_TZ[tzid]
    org_name, org_mail = organizer
    when = outlook_when(start, end, tzid)
    where = f"Where: {location}"
    teams_text = ""
    if teams_seed:
        teams_text, _ = teams_block(teams_seed)
    cancel = method == "CANCEL"
    text = f"{when}\n{where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body_text}\n"
    if teams_text:
        text += "\n" + teams_text + "\n"
    cal = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    cal += vtz
    cal += ["BEGIN:VEVENT", f"ORGANIZER;CN={org_name}:mailto:{org_mail}"]
    for name, m, role, partstat in attendees:
        cal.append(f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{m}")
    cal += [f"DESCRIPTION;LANGUAGE={lang}:{ie(text.split('*~*~*~*~*~*~*~*~*~*', 1)[1].strip())}",
            f"UID:{uid}", f"SUMMARY;LANGUAGE={lang}:{ie(subject)}",
            f"DTSTART;TZID={tzid}:{icsl(start.astimezone(zone))}",
            f"DTEND;TZID={tzid}:{icsl(end.astimezone(zone))}",
            "CLASS:PUBLIC", "PRIORITY:5" if not cancel else "PRIORITY:1", f"DTSTAMP:{icsz(sent)}",
            "TRANSP:OPAQUE", f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", f"SEQUENCE:{seq}",
            f"LOCATION;LANGUAGE={lang}:{ie(location)}",
            f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
            f"X-MICROSOFT-CDO-OWNERAPPTID:{int(seed_digits(uid, 9))}",
            f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
            f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
            f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}", "X-MICROSOFT-CDO-INSTTYPE:0",
            "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            f"X-MICROSOFT-LOCATIONDISPLAYNAME:{ie(location)}"]
    if not cancel:
        cal += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                "ACTION:DISPLAY", "END:VALARM"]
    cal += ["END:VEVENT", "END:VCALENDAR"]
    body = multipart("alternative", boundary, [
        leaf("text/plain", text, "quoted-printable"),
        leaf("text/html", html_outlook(text), "quoted-printable"),
        leaf("text/calendar", ics(cal), "base64", params=f"; method={method}")])
    to = ", ".join(addr(n, m) for n, m, role, _ in attendees if role == "REQ-PARTICIPANT" and m != org_mail)
    cc = ", ".join(addr(n, m) for n, m, role, _ in attendees if role == "OPT-PARTICIPANT") or None
    extra = [("Thread-Topic", subject), ("Thread-Index", thread_index),
             ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
             ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("Content-class", "urn:content-classes:calendarmessage")]
    if importance:
        extra.append(("Importance", importance))
    subj = ("Canceled: " if cancel else "") + subject
    return mail(sent=sent, frm=addr(org_name, org_mail), to=to, cc=cc, subject=subj, msgid=msgid,
                body=body, host=host, ip=ip, extra=extra)


def google_invite(*, sent, msgid, b_mixed, b_alt, organizer, attendees, summary, description,
                  start, end, zone, zone_label, uid, seq, meet, kind="Invitation", location="",
                  phone="(DE) +49 30 0000 00", created=None):
    """Google Calendar invitation e-mail (organizer's zone shown)."""
    org_name, org_mail = organizer
    s, e = start.astimezone(zone), end.astimezone(zone)
    abbr = s.tzname()
    when_line = f"{s.strftime('%A %b')} {s.day}, {s.year} \u22c5 {gtime(s)} \u2013 {gtime(e)}"
    subj_when = f"{s.strftime('%a %b')} {s.day}, {s.year} {gtime(s)} - {gtime(e)} ({abbr})"
    subject = f"{kind}: {summary} @ {subj_when} ({USER})"
    guests = "\n".join(m if n == m else f"{n}{' - organizer' if m == org_mail else ''}\n{m}" for n, m, _ in attendees)
    eid = base64.b64encode(f"{uid.split('@')[0]} {USER}".encode()).decode().rstrip("=")
    head = "This event has been updated\nChanged: time\n\n" if kind.startswith("Updated") else ""
    text = (f"{head}{summary}\n{when_line}\n{zone_label}\n\n"
            f"Join with Google Meet\nhttps://meet.google.com/{meet}\n\n"
            f"Join by phone\n{phone}{seed_digits(meet, 2)}\nPIN: {seed_digits(meet, 9)}\n\n"
            f"Organizer\n{org_name}\n{org_mail}\n\nGuests\n{guests}\n"
            f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n"
            f"{description}\n\n"
            f"Reply for {USER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n\n"
            "~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event.\n\n"
            "Forwarding this invitation could allow any recipient to send a response to the organizer, "
            "be added to the guest list, invite others regardless of their own invitation status, or "
            "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            '<div style="font-family:Roboto,Helvetica,Arial,sans-serif">'
            + "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>\n" for p in text.split("\n\n") if p.strip())
            + "</div></body></html>\n")
    desc_ics = (description + "\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                f"Join with Google Meet: https://meet.google.com/{meet}\n\n"
                "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
                "Please do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
           f"DTSTART:{icsz(start)}", f"DTEND:{icsz(end)}", f"DTSTAMP:{icsz(sent)}",
           f"ORGANIZER;CN={org_name}:mailto:{org_mail}", f"UID:{uid}"]
    for n, m, ps in attendees:
        cal.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={n};X-NUM-GUESTS=0:mailto:{m}")
    cal += [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}", f"CREATED:{icsz(created or sent - timedelta(minutes=4))}",
            f"DESCRIPTION:{ie(desc_ics)}", f"LAST-MODIFIED:{icsz(sent)}", f"LOCATION:{ie(location)}",
            f"SEQUENCE:{seq}", "STATUS:CONFIRMED", f"SUMMARY:{ie(summary)}", "TRANSP:OPAQUE",
            "END:VEVENT", "END:VCALENDAR"]
    cal_text = ics(cal)
    body = multipart("mixed", b_mixed, [
        multipart("alternative", b_alt, [
            leaf("text/plain", text, "base64", params="; format=flowed; delsp=yes"),
            leaf("text/html", html, "quoted-printable"),
            leaf("text/calendar", cal_text, "base64", params="; method=REQUEST")]),
        attachment("application/ics", "invite.ics", cal_text.encode("utf-8"))])
    return mail(sent=sent, frm=addr(org_name, org_mail), to=USER, subject=subject, msgid=msgid,
                body=body, reply_to=addr(org_name, org_mail), sender="Google Calendar <calendar-notification@google.com>",
                host="mail-sor-f73.google.com", ip="209.85.220.73",
                ret=f"{seed_hex(msgid, 20)}@calendar-server.bounces.google.com")


def label(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role,
            "start": start.isoformat(), "end": end.isoformat() if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(recipients), "kind": kind}


def case_label(interviews, difficulty, category, notes):
    return {"user": USER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ----------------------------------------------------------------------------------------------
# quoting helpers
# ----------------------------------------------------------------------------------------------
def gmail_quote(sent, who, text):
    head = f"On {sent.strftime('%a')}, {sent.day} {sent.strftime('%b %Y')} at {h24(sent)}, {who} wrote:"
    return head + "\n" + "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n"))


def outlook_quote(sent, frm, to, subject, text, cc=None):
    s = ("\n________________________________\n" f"From: {frm}\n"
         f"Sent: {sent.strftime('%A, %B')} {sent.day}, {sent.year} {ampm(sent)}\n" f"To: {to}\n")
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subject}\n\n" + text


def kv_html(title, rows, intro, outro):
    trs = "".join(f'<tr><td style="padding:4px 10px;color:#555;width:150px">{esc(k)}</td>'
                  f'<td style="padding:4px 10px"><b>{esc(v)}</b></td></tr>\n' for k, v in rows)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + esc(title) + '</title></head>\n'
            '<body style="background:#f2f4f7;font-family:Arial,Helvetica,sans-serif;font-size:14px">\n'
            '<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff">\n'
            '<tr><td style="background:#0b5d3b;color:#fff;padding:14px 20px;font-size:20px">ChakriBazar</td></tr>\n'
            '<tr><td style="padding:20px">' + "".join(f"<p>{esc(p)}</p>\n" for p in intro) +
            '<table cellpadding="0" cellspacing="0" style="border:1px solid #dde">\n' + trs + '</table>\n'
            + "".join(f"<p>{esc(p)}</p>\n" for p in outro) +
            '</td></tr>\n<tr><td style="padding:10px 20px;font-size:11px;color:#888">This is a system generated '
            'email. Please do not reply to this email address. &copy; 2026 ChakriBazar</td></tr>\n'
            '</table></body></html>\n')


# ----------------------------------------------------------------------------------------------
# POSITIVE CASES
# ----------------------------------------------------------------------------------------------
@case
def c01():
    slug = "b232-01-job-portal-interview-call-ddmmyyyy"
    sent = at(DHAKA, 2026, 9, 28, 12, 41, 7)
    start = at(DHAKA, 2026, 10, 5, 11, 0)
    report = start - timedelta(minutes=15)
    day = wd(start, "Monday")
    applied, deadline = date(2026, 9, 21), date(2026, 10, 10)
    rows = [("Job Title", "Senior Merchandiser (Woven - Tops & Bottoms)"),
            ("Company", "Shapla Apparel Sourcing Ltd."),
            ("Applied On", f"{applied:%d-%m-%Y}"),
            ("Interview Type", "Face to Face"),
            ("Interview Date", f"{start:%d-%m-%Y} ({day})"),
            ("Reporting Time", ampm(report)),
            ("Interview Time", ampm(start)),
            ("Venue", "House 42 (Level 5), Road 11, Banani, Dhaka-1213"),
            ("Contact Person", "Farzana Haque, Manager - HR & Admin"),
            ("Contact Email", "farzana.haque@shapla-sourcing.example"),
            ("Contact Phone", "+880 1700-000611")]
    intro = ["Dear Nusrat Jahan,", "Greetings from ChakriBazar!",
             "Shapla Apparel Sourcing Ltd. has invited you to an interview for a job you applied to "
             "through ChakriBazar. Please see the details below."]
    outro = ["Message from employer: \"Please bring a hard copy of your CV, one passport size photograph and "
             "photocopies of your academic certificates and experience letters. Kindly confirm your attendance "
             "through ChakriBazar or by e-mail to Farzana Haque.\"",
             "Confirm attendance: https://chakribazar.example/my/interview/confirm?inv=SAS-77120-4418",
             "Can't attend? Request another date: https://chakribazar.example/my/interview/reschedule?inv=SAS-77120-4418",
             "Jobs you may like: Merchandiser (Sweater) - Karnaphuli Knitwear Ltd. (Deadline: "
             f"{deadline:%d-%m-%Y}); Assistant Merchandiser - Meghna Trims Ltd. (Deadline: {deadline:%d-%m-%Y})",
             "Best of luck!", "Team ChakriBazar"]
    text = ("\n\n".join(intro[:3]) + "\n\n" + "\n".join(f"{k:<16}: {v}" for k, v in rows) + "\n\n"
            + "\n\n".join(outro) + "\n\n--\nThis is a system generated email. Please do not reply to this email address.\n"
            "Unsubscribe from job alerts: https://chakribazar.example/my/settings/notifications\n")
    html = kv_html("Interview Invitation", rows, intro, outro)
    body = alt("=_cb_7f3a09d2e41c", text, html)
    eml = mail(sent=sent, frm='"Shapla Apparel Sourcing Ltd. via ChakriBazar" <noreply@chakribazar.example>',
               to=addr(USER_NAME, USER),
               subject="Interview Invitation: Senior Merchandiser (Woven - Tops & Bottoms) at Shapla Apparel Sourcing Ltd.",
               msgid="<20260928064107.77120.4418@mailer.chakribazar.example>", body=body,
               host="mailer.chakribazar.example", ip="198.51.100.24",
               extra=[("X-Mailer", "CB-Notify 3.2"), ("List-Unsubscribe", "<https://chakribazar.example/u/77120>"),
                      ("Precedence", "bulk")])
    lab = case_label([label("Shapla Apparel Sourcing Ltd.", "Senior Merchandiser (Woven - Tops & Bottoms)",
                            start, None, "scheduled", [], ["farzana.haque@shapla-sourcing.example"], "other")],
                     "medium", "positive/job-portal-ddmmyyyy",
                     "bdjobs-style portal notification (noreply sender). Date written DD-MM-YYYY (05-10-2026 = "
                     "5 Oct, not May 10); reporting time 10:45 AM is not the start, interview time 11:00 AM is. "
                     "No interviewer named -> follow-up to the HR contact given in the text.")
    return slug, {"01-chakribazar-interview-invitation.eml": eml}, lab


@case
def c02():
    slug = "b232-02-written-passed-viva-chattogram-bst"
    sent = at(DHAKA, 2026, 10, 5, 15, 12, 44)
    written = at(DHAKA, 2026, 10, 3)
    start = at(DHAKA, 2026, 10, 8, 10, 30)
    end = start + timedelta(minutes=30)
    tanvir = addr("Tanvir Ahmed", "tanvir.ahmed@sitakunda-sweaters.example")
    kabir = addr("Anwarul Kabir", "anwarul.kabir@sitakunda-sweaters.example")
    subject = "Viva Voce Call - Merchandiser (Sweater) - Nusrat Jahan"
    text = f"""Dear Ms. Nusrat Jahan,

Greetings from Sitakunda Sweaters Ltd.

We are pleased to inform you that you have qualified in the written test held on {written:%d %B %Y} ({wd(written, "Saturday")}) for the position of "Merchandiser (Sweater)".

You are requested to appear for the viva voce as per the schedule below:

Date     : {start:%d %B %Y} ({wd(start, "Thursday")})
Time     : {ampm(start)} (BST)
Venue    : Head Office, Sitakunda Sweaters Ltd., Plot 21, Agrabad C/A, Chattogram-4100
Duration : approx. 30 minutes

Viva board:
  - Mr. Anwarul Kabir, Director (Merchandising)
  - Ms. Rehana Parvin, GM (HR & Compliance)

Please bring the original certificates of SSC, HSC and Graduation, your NID, 2 copies of recent passport size photographs and the admit card of the written test. Candidates travelling from Dhaka will get TA/DA as per company policy, so please keep your bus/train ticket.

Kindly confirm your attendance by reply mail.

Regards,
Tanvir Ahmed
Sr. Executive, HR & Admin
Sitakunda Sweaters Ltd.
Agrabad, Chattogram
Cell: +880 1700-000342
"""
    m1id = "<KL1PR06MB62128A4C1D3E5F7091B2C3D4E5F6A@KL1PR06MB6212.apcprd06.prod.outlook.com>"
    m1 = mail(sent=sent, frm=tanvir, to=addr(USER_NAME, USER), cc=kabir, subject=subject, msgid=m1id,
              body=alt("_000_KL1PR06MB6212viva_", text, html_outlook(text)),
              host="APC01-PSA-obe.outbound.protection.outlook.com", ip="40.107.215.44",
              extra=[("Thread-Topic", subject), ("Thread-Index", "AQHbVivaSitakundaSweaters0510=="),
                     ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", "")])
    r_sent = at(DHAKA, 2026, 10, 5, 19, 3, 10)
    rtext = (f"Dear Tanvir bhai,\n\nThank you for the good news. I will be present for the viva on "
             f"{start:%d %B} at {ampm(start)} at your Agrabad office, Inshallah.\n\nBest regards,\n{USER_SIG}\n\n"
             + gmail_quote(sent, tanvir, text))
    m2 = mail(sent=r_sent, frm=addr(USER_NAME, USER), to=tanvir, cc=kabir, subject="Re: " + subject,
              msgid="<CAJx7dQv2pVb9r0e+Wm1kXq8n3s_viva0510@mail.gmail.com>", in_reply_to=m1id, refs=m1id,
              body=alt("00000000000091c4e20623a1b7f4", rtext, html_gmail(rtext)),
              host="mail-sor-f41.google.com", ip="209.85.220.41")
    lab = case_label([label("Sitakunda Sweaters Ltd.", "Merchandiser (Sweater)", start, end, "scheduled",
                            ["anwarul.kabir@sitakunda-sweaters.example"], ["anwarul.kabir@sitakunda-sweaters.example"],
                            "onsite")],
                     "medium", "positive/written-test-then-viva",
                     "Viva (interview) after a written test that already took place on 3 Oct; BST here = "
                     "Bangladesh Standard Time (+06:00). Board of two = onsite; only the Director's address "
                     "appears (Cc), the GM has none; the HR sender only coordinates. Candidate's reply = same interview.")
    return slug, {"01-viva-voce-call.eml": m1, "02-re-viva-voce-call.eml": m2}, lab


@case
def c03():
    slug = "b232-03-bangla-sakkhatkar-narayanganj"
    sent = at(DHAKA, 2026, 10, 6, 10, 17, 52)
    start = at(DHAKA, 2026, 10, 12, 11, 30)
    bday, bmonth, byear = bangla_calendar(start.date())
    assert (bday, bmonth, byear) == (27, "আশ্বিন", 1433)
    early = start - timedelta(minutes=15)
    sharmin = addr("Sharmin Sultana", "sharmin.sultana@sonargaon-garments.example")
    mahmud = addr("Mahmudul Hasan", "mahmudul.hasan@sonargaon-garments.example")
    gdate = f"{bn(start.day)} {BN_MONTHS[start.month - 1]} {bn(start.year)} খ্রিস্টাব্দ"
    bdate = f"{bn(bday)} {bmonth} {bn(byear)} বঙ্গাব্দ"
    wday = BN_WEEKDAYS[wd(start, "Monday")]
    text = f"""প্রিয় নুসরাত জাহান,

শুভেচ্ছা নিবেন। সোনারগাঁও গার্মেন্টস লিমিটেড-এর "সিনিয়র মার্চেন্ডাইজার (নিট)" পদে আপনার আবেদনের পরিপ্রেক্ষিতে আপনাকে প্রাথমিকভাবে নির্বাচিত করা হয়েছে। নিম্নোক্ত সময়সূচি অনুযায়ী সাক্ষাৎকারে (ভাইভা) অংশগ্রহণের জন্য আপনাকে আমন্ত্রণ জানানো যাচ্ছে।

পদের নাম: সিনিয়র মার্চেন্ডাইজার (নিট) / Senior Merchandiser (Knit)
তারিখ: {gdate} ({bdate}), {wday}
সময়: সকাল {bn(start.hour)}:{bn(f"{start.minute:02d}")} ঘটিকা
স্থান: প্রধান কার্যালয়, প্লট ১৮, বিসিক শিল্পনগরী, ফতুল্লা, নারায়ণগঞ্জ

সাক্ষাৎকার গ্রহণ করবেন পরিচালক (মার্চেন্ডাইজিং) জনাব মাহমুদুল হাসান (mahmudul.hasan@sonargaon-garments.example)।

সাক্ষাৎকারের সময় সকল শিক্ষাগত সনদের মূল কপি, জাতীয় পরিচয়পত্র, সদ্য তোলা ২ কপি পাসপোর্ট সাইজের ছবি এবং আপনার তৈরি ২-৩টি টেক প্যাক/কস্ট শিট সঙ্গে আনবেন। নির্ধারিত সময়ের ১৫ মিনিট পূর্বে (সকাল {bn(early.hour)}:{bn(f"{early.minute:02d}")}) অভ্যর্থনা ডেস্কে উপস্থিত থাকার অনুরোধ রইল।

আপনার উপস্থিতি নিশ্চিত করতে অনুগ্রহ করে এই ই-মেইলের উত্তর দিন।

ধন্যবাদান্তে,
শারমিন সুলতানা
এক্সিকিউটিভ, মানবসম্পদ বিভাগ
সোনারগাঁও গার্মেন্টস লিমিটেড
মোবাইল: ০১৭০০-০০০৪৫৬
"""
    body = multipart("alternative", "0000000000003e8f1a0623c5d2a9", [
        leaf("text/plain", text, "base64"),
        leaf("text/html", html_gmail(text), "base64")])
    m1 = mail(sent=sent, frm=sharmin, to=addr(USER_NAME, USER), cc=mahmud,
              subject="সাক্ষাৎকারের আমন্ত্রণ / Interview Call - Senior Merchandiser (Knit)",
              msgid="<CAN8q3Lw0sonargaon6Vd1pXz7Yt+interview@mail.gmail.com>", body=body,
              host="mail-sor-f69.google.com", ip="209.85.220.69")
    lab = case_label([label("Sonargaon Garments Ltd.", "Senior Merchandiser (Knit)", start, None, "scheduled",
                            ["mahmudul.hasan@sonargaon-garments.example"],
                            ["mahmudul.hasan@sonargaon-garments.example"], "hiring_manager")],
                     "hard", "positive/bangla-body",
                     "Body entirely in Bangla script (base64): সাক্ষাৎকার/ভাইভা, date with Bangla digits plus the "
                     "Bangla-calendar date (27 Ashwin 1433 = 12 Oct 2026), 'সকাল ১১:৩০ ঘটিকা' = 11:30 AM Dhaka; "
                     "the 11:15 arrival time is not the start. Director named as interviewer with his address.")
    return slug, {"01-sakkhatkar-amontron.eml": m1}, lab


@case
def c04():
    slug = "b232-04-factory-visit-onsite-gazipur"
    sent = at(DHAKA, 2026, 10, 13, 16, 5, 31)
    day = at(DHAKA, 2026, 10, 18)
    wd(day, "Sunday")
    pick = at(DHAKA, 2026, 10, 18, 8, 0)
    s1, e1 = at(DHAKA, 2026, 10, 18, 9, 30), at(DHAKA, 2026, 10, 18, 10, 15)
    walk_end = at(DHAKA, 2026, 10, 18, 11, 45)
    lunch, lunch_end = at(DHAKA, 2026, 10, 18, 12, 0), at(DHAKA, 2026, 10, 18, 13, 0)
    s2, e2 = at(DHAKA, 2026, 10, 18, 13, 30), at(DHAKA, 2026, 10, 18, 14, 15)
    back = at(DHAKA, 2026, 10, 18, 14, 30)
    role = "Assistant Manager - Merchandising (Denim Bottoms)"
    mou = ("Moushumi Sultana", "moushumi.sultana@bhawal-denim.example")
    kam = ("Kamrul Islam", "kamrul.islam@bhawal-denim.example")
    sel = ("Selina Haque", "selina.haque@bhawal-denim.example")
    text = f"""Dear Nusrat,

Thank you for your interest in the {role} position. As discussed over phone, we would like to invite you to our factory at Bhawal, Gazipur for the final round on {wd(day, "Sunday")}, {day.day} October 2026. The day includes a factory visit so that you can see our washing and finishing set-up.

Schedule (Bangladesh time):
{ampm(pick)}  Pick-up by company car from Abdullahpur bus stand (driver Alamgir, +880 1700-000777)
{ampm(s1)} - {ampm(e1)}  Interview with Mr. Kamrul Islam, GM - Merchandising
{ampm(e1)} - {ampm(walk_end)}  Factory walk (cutting, sewing, washing, finishing) with Mr. Kamrul Islam - he will discuss lab dips, wash standards and TNA follow-up with you on the floor
{ampm(lunch)} - {ampm(lunch_end)}  Lunch at the factory with the merchandising team
{ampm(s2)} - {ampm(e2)}  Interview with Ms. Selina Haque, Managing Director
{ampm(back)}  Car back to Dhaka

Please wear comfortable closed shoes for the production floor. You will get two calendar invitations from me for the interview slots.

Best regards,
Moushumi Sultana
Deputy Manager - HR
Bhawal Denim Ltd.
Bhawal, Gazipur
"""
    m1 = mail(sent=sent, frm=addr(*mou), to=addr(USER_NAME, USER), cc=addr(*kam),
              subject=f"Final round & factory visit - {role} - Sunday {day.day} Oct",
              msgid="<SG2PR04MB5521F0E1D2C3B4A59687786950A1B2C3@SG2PR04MB5521.apcprd04.prod.outlook.com>",
              body=alt("_000_SG2PR04MB5521itinerary_", text, html_outlook(text)),
              host="APC01-SG2-obe.outbound.protection.outlook.com", ip="40.107.215.98",
              extra=[("Thread-Topic", "Final round & factory visit"), ("X-MS-Has-Attach", "")])
    loc = "Bhawal Denim Ltd. - Admin Building Conference Room, Bhawal, Gazipur"
    inv1 = outlook_invite(
        sent=sent + timedelta(minutes=6), boundary="_000_SG2PR04MB5521inv1_",
        msgid="<SG2PR04MB55217A1B2C3D4E5F60718293A4B5C6D7@SG2PR04MB5521.apcprd04.prod.outlook.com>",
        organizer=mou, attendees=[(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                  (kam[0], kam[1], "REQ-PARTICIPANT", "ACCEPTED")],
        subject="Interview & factory visit - Nusrat Jahan - AM Merchandising (Denim Bottoms)",
        body_text="Dear Nusrat,\n\nInterview with Mr. Kamrul Islam (GM - Merchandising) followed by the factory walk "
                  "with him. Car pick-up from Abdullahpur at 8:00 AM.\n\nRegards,\nMoushumi",
        start=s1, end=walk_end, tzid="Bangladesh Standard Time", location=loc,
        uid="040000008200E00074C5B7101A82E00800000000B04D3A1F5C5BDC0100000000000000001000000011AA22BB33CC44DD55EE66FF77001188",
        thread_index="AQHbXfactoryvisit1==")
    inv2 = outlook_invite(
        sent=sent + timedelta(minutes=8), boundary="_000_SG2PR04MB5521inv2_",
        msgid="<SG2PR04MB55218B2C3D4E5F60718293A4B5C6D7E8@SG2PR04MB5521.apcprd04.prod.outlook.com>",
        organizer=mou, attendees=[(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                  (sel[0], sel[1], "REQ-PARTICIPANT", "ACCEPTED")],
        subject="Interview with MD - Nusrat Jahan - AM Merchandising (Denim Bottoms)",
        body_text="Dear Nusrat,\n\nFinal conversation with our Managing Director, Ms. Selina Haque, after lunch at the "
                  "factory.\n\nRegards,\nMoushumi",
        start=s2, end=e2, tzid="Bangladesh Standard Time", location=loc,
        uid="040000008200E00074C5B7101A82E00800000000B04D3A1F5C5BDC0100000000000000001000000022BB33CC44DD55EE66FF7700118899",
        thread_index="AQHbXfactoryvisit2==")
    lab = case_label([label("Bhawal Denim Ltd.", role, s1, e2, "scheduled",
                            [kam[1], sel[1]], [kam[1], sel[1]], "onsite")],
                     "hard", "positive/onsite-factory-visit",
                     "Factory-visit final round on one day (Sunday is a working day in Bangladesh): itinerary "
                     "mail + two Outlook invites with TZID 'Bangladesh Standard Time'. One onsite 09:30-14:15 "
                     "with the GM and the MD; 8:00 car pick-up and 2:30 car back are not part of it; the HR "
                     "organizer only coordinates.")
    return slug, {"01-final-round-itinerary.eml": m1, "02-invite-gm-factory-walk.eml": inv1,
                  "03-invite-md.eml": inv2}, lab


@case
def c05():
    slug = "b232-05-stockholm-teams-cest-four-hours"
    sent = at(STHLM, 2026, 10, 8, 14, 47, 9)
    start = at(STHLM, 2026, 10, 14, 10, 0)
    end = start + timedelta(minutes=45)
    dk = start.astimezone(DHAKA)
    assert start.utcoffset() == timedelta(hours=2) and dk.hour == 14
    role = "Merchandiser Woven - Production Office Dhaka"
    elin = ("Elin Bergqvist", "elin.bergqvist@nordvikmode.example")
    johan = ("Johan Lindahl", "johan.lindahl@nordvikmode.example")
    text = f"""Hi Nusrat,

Thank you for sending over your portfolio and the costing examples - Johan was impressed.

Next step for the {role} role: you will meet Johan Lindahl, Sourcing Manager Woven, on {wd(start, "Wednesday")} {start.day} October at {h24(start)} Swedish time, which is {h24(dk)} in Dhaka. The interview is 45 minutes on Teams and Johan will send the invitation himself. It will be in English and he will want to hear how you handle fabric booking, lab dips and delays at the mills.

Let me know if anything is unclear!

Best regards,
Elin Bergqvist
Talent Acquisition Partner
Nordvik Mode AB | Stockholm, Sweden
"""
    m1id = "<AM9PR02MB7310C2D3E4F5A6B7C8D9E0F1A2B3C4D5@AM9PR02MB7310.eurprd02.prod.outlook.com>"
    m1 = mail(sent=sent, frm=addr(*elin), to=addr(USER_NAME, USER), subject=f"Next step - {role}",
              msgid=m1id, body=alt("_000_AM9PR02MB7310nextstep_", text, html_outlook(text)),
              host="EUR02-AM0-obe.outbound.protection.outlook.com", ip="40.107.22.61",
              extra=[("Thread-Topic", f"Next step - {role}"), ("Accept-Language", "sv-SE, en-US"),
                     ("Content-Language", "en-US")])
    inv = outlook_invite(
        sent=at(STHLM, 2026, 10, 8, 15, 20, 33), boundary="_000_AM9PR02MB4471invite_",
        msgid="<AM9PR02MB44719E8D7C6B5A4F3E2D1C0B9A8F7E6D@AM9PR02MB4471.eurprd02.prod.outlook.com>",
        organizer=johan, attendees=[(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
        subject=f"Interview: {role} - Nusrat Jahan",
        body_text="Hi Nusrat,\n\nLooking forward to our talk. Elin has shared your CV and portfolio with me.\n\n/Johan\n\n"
                  "Johan Lindahl\nSourcing Manager Woven\nNordvik Mode AB",
        start=start, end=end, tzid="W. Europe Standard Time", location="Microsoft Teams Meeting",
        uid="040000008200E00074C5B7101A82E0080000000050F1C93D7E57DC01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90",
        teams_seed="nordvik-johan-nusrat", thread_index="AdtZnordvikinvite==",
        host="EUR02-AM0-obe.outbound.protection.outlook.com", ip="40.107.22.77")
    lab = case_label([label("Nordvik Mode AB", role, start, end, "scheduled", [johan[1]], [johan[1]],
                            "hiring_manager")],
                     "medium", "positive/europe-dhaka-gap-cest",
                     "Recruiter mail + Teams invite from the hiring manager (TZID 'W. Europe Standard Time'; "
                     "Outlook 'When:' shows the (UTC+01:00) label although CEST applies). 10:00 Stockholm "
                     "(CEST, +02:00) = 14:00 Dhaka, gap 4 h before 25 Oct. Recruiter does not attend.")
    return slug, {"01-next-step-recruiter.eml": m1, "02-teams-invite-hiring-manager.eml": inv}, lab


@case
def c06():
    slug = "b232-06-hamburg-dst-end-correction"
    role = "Senior Sourcing Merchandiser - Bangladesh"
    start = at(BERLIN, 2026, 10, 27, 10, 0)
    end = start + timedelta(hours=1)
    dk = start.astimezone(DHAKA)
    wrong = (start - timedelta(hours=1)).astimezone(DHAKA)  # what a +02:00 offset would give
    assert start.utcoffset() == timedelta(hours=1) and dk.hour == 15 and wrong.hour == 14
    lena = ("Lena Vogt", "lena.vogt@elbufer.example")
    maren = ("Maren Scholz", "maren.scholz@elbufer.example")
    s1 = at(BERLIN, 2026, 10, 20, 11, 12, 40)
    t1 = f"""Dear Nusrat,

thank you for your application as {role} and for the documents you sent last week.

Maren Scholz, our Head of Sourcing Asia, would like to meet you for an interview on {wd(start, "Tuesday")}, {start.day} October, from {h24(start)} to {h24(end)} Hamburg time (that is {h24(wrong)} in Dhaka). We will use Google Meet - I am sending you a calendar invitation separately. The conversation will be in English.

Best regards / Viele Grüße
Lena Vogt
Recruiting | Elbufer Fashion GmbH
Großer Burstah 1, 20457 Hamburg
"""
    m1id = "<CAK3zL9vWq0elbufer1Re+Tq7pZ4mQx@mail.gmail.com>"
    m1 = mail(sent=s1, frm=addr(*lena), to=addr(USER_NAME, USER), cc=addr(*maren),
              subject=f"Interview invitation - {role}", msgid=m1id,
              body=alt("000000000000d1e2f30623d4c5b6", t1, html_gmail(t1)),
              host="mail-sor-f45.google.com", ip="209.85.220.45")
    inv = google_invite(
        sent=at(BERLIN, 2026, 10, 20, 11, 20, 2), msgid="<calendar-5c1e7a44-2f0b-4a8e-9d61-3b7e2c9f8a10@google.com>",
        b_mixed="000000000000e4f5a60623d4c7d8", b_alt="000000000000e4f5a50623d4c7d6",
        organizer=lena, attendees=[(lena[0], lena[1], "ACCEPTED"), (maren[0], maren[1], "ACCEPTED"),
                                   (USER, USER, "NEEDS-ACTION")],
        summary=f"Interview Nusrat Jahan - {role} (Elbufer)",
        description=f"Interview with Maren Scholz (Head of Sourcing Asia) for the {role} role. Language: English.",
        start=start, end=end, zone=BERLIN, zone_label="Central European Time - Berlin",
        uid="3k9v0q2c7elbufer4ntrv1ew@google.com", seq=0, meet="qhv-rtze-kmw")
    s3 = at(BERLIN, 2026, 10, 22, 9, 3, 27)
    t3 = f"""Dear Nusrat,

a small but important correction to my e-mail from Tuesday: Germany switches back to winter time on Sunday, 25 October, so from then on the difference to Dhaka is five hours, not four. The interview stays at {h24(start)} Hamburg time on Tuesday, {start.day} October - for you that is {h24(dk)}, not {h24(wrong)}. The calendar invitation is correct.

Sorry for the confusion!

Best regards
Lena

{gmail_quote(s1, addr(*lena), t1)}
"""
    m3id = "<CAK3zL9vXr1elbufer3Tz+Ua8qA5nRy@mail.gmail.com>"
    m3 = mail(sent=s3, frm=addr(*lena), to=addr(USER_NAME, USER), cc=addr(*maren),
              subject=f"Re: Interview invitation - {role}", msgid=m3id, in_reply_to=m1id, refs=m1id,
              body=alt("000000000000f6a7b80623f1e2d3", t3, html_gmail(t3)),
              host="mail-sor-f45.google.com", ip="209.85.220.45")
    s4 = at(DHAKA, 2026, 10, 22, 14, 26, 50)
    t4 = (f"Dear Lena,\n\nThank you for the correction - noted. I will join at {ampm(dk)} BST (Bangladesh time) "
          f"on Tuesday.\n\nBest regards,\n{USER_SIG}\n\n" + gmail_quote(s3, addr(*lena), t3))
    m4 = mail(sent=s4, frm=addr(USER_NAME, USER), to=addr(*lena), cc=addr(*maren),
              subject=f"Re: Interview invitation - {role}", msgid="<CAJx7dQv9elbufer4reply+Nj@mail.gmail.com>",
              in_reply_to=m3id, refs=f"{m1id} {m3id}",
              body=alt("000000000000a8b9c00623f2a1b2", t4, html_gmail(t4)),
              host="mail-sor-f41.google.com", ip="209.85.220.41")
    lab = case_label([label("Elbufer Fashion GmbH", role, start, end, "scheduled", [maren[1]], [maren[1]],
                            "hiring_manager")],
                     "hard", "positive/dst-end-gap-correction",
                     "First mail converts with the summer gap (14:00 Dhaka); Google invite (UTC DTSTART, "
                     "CET) and the correction mail give 10:00 Hamburg CET = 15:00 Dhaka after the 25 Oct DST end. "
                     "Candidate's reply uses BST = Bangladesh time. One interview across four items.")
    return slug, {"01-interview-invitation.eml": m1, "02-google-invitation.eml": inv,
                  "03-correction-clock-change.eml": m3, "04-reply-noted.eml": m4}, lab


@case
def c07():
    slug = "b232-07-london-bst-is-british-summer-time"
    role = "Merchandising Executive - Bangladesh Knitwear Desk"
    start = at(LONDON, 2026, 10, 15, 11, 0)
    end = start + timedelta(minutes=30)
    dk = start.astimezone(DHAKA)
    assert start.tzname() == "BST" and dk.hour == 16
    har = ("Harriet Cole", "harriet.cole@haldenprice.example")
    s1 = at(LONDON, 2026, 10, 9, 14, 5, 18)
    t1 = f"""Hi Nusrat,

Thanks so much for applying for the {role} role - your experience with UK high-street knitwear programmes is exactly what our client team needs.

I'd love to set up a first phone interview. How about {wd(start, "Thursday")} {start.day} October at {h24(start)} BST? I make that {gtime(dk)} your time in Dhaka. It'll be a relaxed 30-minute chat with me about your background, current package and notice period. I'll call you on WhatsApp on the number on your CV.

Kind regards,
Harriet

Harriet Cole
Talent Partner
Halden & Price Ltd | Sourcing Agents | London, UK
"""
    m1id = "<LO2P265MB4830A1B2C3D4E5F6A7B8C9D0E1F2A3B4@LO2P265MB4830.GBRP265.PROD.OUTLOOK.COM>"
    m1 = mail(sent=s1, frm=addr(*har), to=addr(USER_NAME, USER), subject=f"{role} - phone interview",
              msgid=m1id, body=alt("_000_LO2P265MB4830phone_", t1, html_outlook(t1)),
              host="GBR01-LO2-obe.outbound.protection.outlook.com", ip="40.107.20.112",
              extra=[("Thread-Topic", f"{role} - phone interview"), ("Content-Language", "en-GB")])
    s2 = at(DHAKA, 2026, 10, 9, 21, 34, 2)
    t2 = (f"Dear Harriet,\n\nThank you for getting back to me. Thursday {start.day} October at {h24(start)} BST works "
          f"well for me. My WhatsApp number is the same as on my CV (+880 1700-000123).\n\nBest regards,\n{USER_SIG}\n\n"
          + gmail_quote(s1, addr(*har), t1))
    m2id = "<CAJx7dQv3haldenprice2+Kp0@mail.gmail.com>"
    m2 = mail(sent=s2, frm=addr(USER_NAME, USER), to=addr(*har), subject=f"Re: {role} - phone interview",
              msgid=m2id, in_reply_to=m1id, refs=m1id,
              body=alt("000000000000b1c2d30623e9f8a7", t2, html_gmail(t2)),
              host="mail-sor-f41.google.com", ip="209.85.220.41")
    s3 = at(LONDON, 2026, 10, 12, 9, 11, 45)
    t3 = ("Hi Nusrat,\n\nPerfect - booked in. Speak on Thursday!\n\nHarriet\n"
          + outlook_quote(s2, addr(USER_NAME, USER), addr(*har), f"Re: {role} - phone interview", t2.split("\n\nOn ")[0]))
    m3 = mail(sent=s3, frm=addr(*har), to=addr(USER_NAME, USER), subject=f"RE: {role} - phone interview",
              msgid="<LO2P265MB4830F1E2D3C4B5A69788796A5B4C3D2E@LO2P265MB4830.GBRP265.PROD.OUTLOOK.COM>",
              in_reply_to=m2id, refs=f"{m1id} {m2id}",
              body=alt("_000_LO2P265MB4830booked_", t3, html_outlook(t3)),
              host="GBR01-LO2-obe.outbound.protection.outlook.com", ip="40.107.20.112")
    lab = case_label([label("Halden & Price Ltd", role, start, end, "scheduled", [har[1]], [har[1]],
                            "phone_screen")],
                     "hard", "positive/bst-british-summer-time",
                     "UK sender: '11:00 BST' is British Summer Time (+01:00) = 16:00 Dhaka, not Bangladesh "
                     "Standard Time. Proposed, accepted by the candidate, confirmed 'booked in'. Recruiter "
                     "conducts the phone screen herself.")
    return slug, {"01-phone-interview-proposal.eml": m1, "02-re-works-for-me.eml": m2,
                  "03-re-booked-in.eml": m3}, lab


@case
def c08():
    slug = "b232-08-amsterdam-reschedule-across-dst"
    role = "Knitwear Sourcing Merchandiser (Dhaka liaison)"
    first = at(AMS, 2026, 10, 22, 10, 0)
    final = at(AMS, 2026, 10, 29, 10, 0)
    assert first.utcoffset() == timedelta(hours=2) and final.utcoffset() == timedelta(hours=1)
    assert first.astimezone(DHAKA).hour == 14 and final.astimezone(DHAKA).hour == 15
    noor = ("Noor van Dijk", "noor.vandijk@grachtenhuis.example")
    sanne = ("Sanne de Vries", "sanne.devries@grachtenhuis.example")
    summary = f"Interview Nusrat Jahan x Grachtenhuis - {role}"
    desc = ("Video interview with Sanne de Vries (Category Manager Knitwear). Noor van Dijk (Recruiter) "
            "coordinates and will not join the call.")
    att = [(noor[0], noor[1], "ACCEPTED"), (sanne[0], sanne[1], "ACCEPTED"), (USER, USER, "NEEDS-ACTION")]
    uid = "7q1r8grachtenhuis2m0c5vdx@google.com"
    inv1 = google_invite(sent=at(AMS, 2026, 10, 12, 16, 2, 11),
                         msgid="<calendar-91d0b3f2-6c4e-4f7a-8a25-1e6d3c2b7f90@google.com>",
                         b_mixed="0000000000001a2b3c0623b1f2e3", b_alt="0000000000001a2b3b0623b1f2e1",
                         organizer=noor, attendees=att, summary=summary, description=desc,
                         start=first, end=first + timedelta(hours=1), zone=AMS,
                         zone_label="Central European Time - Amsterdam", uid=uid, seq=0, meet="fzk-wpoa-hyn",
                         phone="(NL) +31 20 000 00")
    s2 = at(AMS, 2026, 10, 16, 13, 40, 5)
    t2 = f"""Hi Nusrat,

Sanne has to travel to one of our knitting suppliers in Turkey next week, so unfortunately we need to move your interview of {wd(first, "Thursday")} {first.day} October. Could we do {wd(final, "Thursday")} {final.day} October, same time ({h24(final)}-{h24(final + timedelta(hours=1))} Amsterdam time)? Please note the clocks go back in Europe on 25 October, so it will be {h24(final.astimezone(DHAKA))} in Dhaka instead of {h24(first.astimezone(DHAKA))}.

I'll update the calendar invite now - just let me know if the new time doesn't work for you.

Met vriendelijke groet / Kind regards,
Noor van Dijk
Recruiter | Grachtenhuis Apparel B.V.
Amsterdam
"""
    m2 = mail(sent=s2, frm=addr(*noor), to=addr(USER_NAME, USER), subject="Moving your interview to 29 October",
              msgid="<CAF9wG2pN4grachtenhuis+mv29@mail.gmail.com>",
              body=alt("0000000000002b3c4d0623c2a3b4", t2, html_gmail(t2)),
              host="mail-sor-f53.google.com", ip="209.85.220.53")
    inv3 = google_invite(sent=at(AMS, 2026, 10, 16, 13, 46, 58),
                         msgid="<calendar-3b8f2d1c-7e4a-4c9b-b6d0-5a1f9e8c2d47@google.com>",
                         b_mixed="0000000000003c4d5e0623c2b4c5", b_alt="0000000000003c4d5d0623c2b4c3",
                         organizer=noor, attendees=att, summary=summary, description=desc,
                         start=final, end=final + timedelta(hours=1), zone=AMS,
                         zone_label="Central European Time - Amsterdam", uid=uid, seq=1, meet="fzk-wpoa-hyn",
                         kind="Updated invitation", phone="(NL) +31 20 000 00",
                         created=at(AMS, 2026, 10, 12, 15, 58, 7))
    lab = case_label([label("Grachtenhuis Apparel B.V.", role, final, final + timedelta(hours=1), "scheduled",
                            [sanne[1]], [sanne[1]], "hiring_manager")],
                     "hard", "positive/reschedule-across-dst",
                     "Google invite (SEQUENCE 0, Thu 22 Oct 10:00 CEST) moved by recruiter mail + Updated "
                     "invitation (same UID, SEQUENCE 1) to Thu 29 Oct 10:00 CET: same Amsterdam wall time but "
                     "15:00 instead of 14:00 Dhaka. One interview at the final time; recruiter only coordinates.")
    return slug, {"01-invitation.eml": inv1, "02-moving-your-interview.eml": m2,
                  "03-updated-invitation.eml": inv3}, lab


@case
def c09():
    slug = "b232-09-chattogram-outlook-cancel"
    role = "Senior Merchandiser (Knit - European buyers)"
    start = at(DHAKA, 2026, 10, 20, 15, 0)
    end = start + timedelta(hours=1)
    wd(start, "Tuesday")
    shar = ("Sharmin Nahar", "sharmin.nahar@rupsha-fashions.example")
    iqb = ("Iqbal Hossain", "iqbal.hossain@rupsha-fashions.example")
    uid = "040000008200E00074C5B7101A82E00800000000D2E6B1A47C5CDC01000000000000000010000000C3D4E5F60718293A4B5C6D7E8F901A2B"
    att = [(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION"), (iqb[0], iqb[1], "REQ-PARTICIPANT", "ACCEPTED")]
    subject = f"Interview - {role} - Nusrat Jahan"
    inv1 = outlook_invite(
        sent=at(DHAKA, 2026, 10, 13, 11, 48, 20), boundary="_000_SI2PR06MB5140req_",
        msgid="<SI2PR06MB51400A9B8C7D6E5F4A3B2C1D0E9F8A7B@SI2PR06MB5140.apcprd06.prod.outlook.com>",
        organizer=shar, attendees=att, subject=subject,
        body_text=(f"Dear Nusrat,\n\nAs discussed, please join the online interview with Mr. Iqbal Hossain, Head of "
                   f"Merchandising, on Tuesday at {ampm(start)}. Since you are in Dhaka we will do it over Teams.\n\n"
                   "Regards,\nSharmin Nahar\nAsst. Manager - HR\nRupsha Fashions Ltd., CEPZ, Chattogram"),
        start=start, end=end, tzid="Bangladesh Standard Time", location="Microsoft Teams Meeting", uid=uid,
        teams_seed="rupsha-iqbal", thread_index="AQHbYrupsha1==", host="APC01-SG2-obe.outbound.protection.outlook.com")
    inv2 = outlook_invite(
        sent=at(DHAKA, 2026, 10, 18, 10, 2, 3), boundary="_000_SI2PR06MB5140cxl_",
        msgid="<SI2PR06MB51401B2C3D4E5F6A7B8C9D0E1F2A3B4C@SI2PR06MB5140.apcprd06.prod.outlook.com>",
        organizer=shar, attendees=att, subject=subject, method="CANCEL", seq=1,
        body_text=("Dear Nusrat,\n\nDue to the sudden cancellation of an order by our main buyer, management has put "
                   "this position on hold, so we have to cancel Tuesday's interview. We will contact you if the "
                   "position reopens. Sorry for the inconvenience.\n\nRegards,\nSharmin"),
        start=start, end=end, tzid="Bangladesh Standard Time", location="Microsoft Teams Meeting", uid=uid,
        thread_index="AQHbYrupsha2==", importance="High", host="APC01-SG2-obe.outbound.protection.outlook.com")
    lab = case_label([label("Rupsha Fashions Ltd.", role, start, end, "cancelled", [iqb[1]], [iqb[1]],
                            "hiring_manager")],
                     "medium", "positive/cancellation",
                     "Outlook request then METHOD:CANCEL (STATUS:CANCELLED, SEQUENCE 1, same UID) with the "
                     "reason in the body; kept as cancelled at its last time. Bangladesh Standard Time TZID.")
    return slug, {"01-interview-request.eml": inv1, "02-canceled-interview.eml": inv2}, lab


@case
def c10():
    slug = "b232-10-two-rounds-phone-then-director"
    role = "Merchandiser - Home Textiles"
    jan = ("Jannatul Ferdous", "jannatul.ferdous@lalbagh-global.example")
    rez = ("Rezaul Karim", "rezaul.karim@lalbagh-global.example")
    p_start = at(DHAKA, 2026, 9, 22, 16, 0)
    p_end = p_start + timedelta(minutes=20)
    f_start = at(DHAKA, 2026, 9, 27, 11, 0)
    f_end = f_start + timedelta(minutes=45)
    s1 = at(DHAKA, 2026, 9, 20, 11, 15, 36)
    t1 = f"""Dear Nusrat Jahan,

Greetings from Lalbagh Global Sourcing.

We have received your CV for the position of {role}. As a first step, I would like to have a short telephonic interview with you on {wd(p_start, "Tuesday")}, {p_start.day} September 2026 at {ampm(p_start)}. It will be a 20-minute call; I will call you on 01700-000123.

Please confirm if the time suits you.

Best regards,
Jannatul Ferdous
Manager - HR
Lalbagh Global Sourcing (Buying House)
House 7, Road 14, Sector 4, Uttara, Dhaka-1230
"""
    m1id = "<1789884936512.4410.lalbagh@mail.zoho.example>"
    m1 = mail(sent=s1, frm=addr(*jan), to=addr(USER_NAME, USER), subject=f"Telephonic interview - {role}",
              msgid=m1id, body=leaf("text/plain", t1, "quoted-printable"),
              host="sender4-op-o15.zoho.example", ip="198.51.100.71", extra=[("X-Mailer", "Zoho Mail")])
    s2 = at(DHAKA, 2026, 9, 20, 13, 2, 9)
    t2 = (f"Dear Jannatul apa,\n\nThank you. Tuesday {p_start.day} September at {ampm(p_start)} suits me - I will "
          f"wait for your call.\n\nBest regards,\n{USER_SIG}\n\n" + gmail_quote(s1, addr(*jan), t1))
    m2id = "<CAJx7dQv4lalbagh2+Wd3@mail.gmail.com>"
    m2 = mail(sent=s2, frm=addr(USER_NAME, USER), to=addr(*jan), subject=f"Re: Telephonic interview - {role}",
              msgid=m2id, in_reply_to=m1id, refs=m1id,
              body=alt("000000000000c2d3e40623a7b8c9", t2, html_gmail(t2)),
              host="mail-sor-f41.google.com", ip="209.85.220.41")
    s3 = at(DHAKA, 2026, 9, 24, 16, 40, 51)
    t3 = f"""Dear Nusrat,

Thank you for speaking with me on Tuesday. I am happy to inform you that you have been shortlisted for the final interview with our Director, Mr. Rezaul Karim (in cc).

Date  : {wd(f_start, "Sunday")}, {f_start.day} September 2026
Time  : {ampm(f_start)}
Venue : Lalbagh Global Sourcing, House 7, Road 14, Sector 4, Uttara, Dhaka-1230

Please keep about 45 minutes for the interview, and bring samples of your previous home textile development (bed linen, towels) if possible.

Best regards,
Jannatul Ferdous
Manager - HR
Lalbagh Global Sourcing
"""
    m3 = mail(sent=s3, frm=addr(*jan), to=addr(USER_NAME, USER), cc=addr(*rez),
              subject=f"Final interview - {role}", msgid="<1790250051877.4410.lalbagh@mail.zoho.example>",
              refs=f"{m1id} {m2id}", body=leaf("text/plain", t3, "quoted-printable"),
              host="sender4-op-o15.zoho.example", ip="198.51.100.71", extra=[("X-Mailer", "Zoho Mail")])
    lab = case_label([label("Lalbagh Global Sourcing", role, p_start, p_end, "scheduled", [jan[1]], [jan[1]],
                            "phone_screen"),
                      label("Lalbagh Global Sourcing", role, f_start, f_end, "scheduled", [rez[1]], [rez[1]],
                            "hiring_manager")],
                     "medium", "positive/two-interviews",
                     "Two rounds with the same buying house: HR telephonic interview (HR manager is the "
                     "interviewer, 20 min) and the final interview with the Director (cc'd) five days later.")
    return slug, {"01-telephonic-interview.eml": m1, "02-re-suits-me.eml": m2, "03-final-interview.eml": m3}, lab


@case
def c11():
    slug = "b232-11-ats-mail-plus-gcal-event-dedupe"
    role = "Quality & Sourcing Merchandiser - Dhaka Office"
    start = at(STHLM, 2026, 11, 3, 9, 0)
    end = start + timedelta(minutes=45)
    dk, dk_end = start.astimezone(DHAKA), end.astimezone(DHAKA)
    assert start.utcoffset() == timedelta(hours=1) and dk.hour == 14
    osk = ("Oskar Nyman", "oskar.nyman@lovholm.example")
    kar = ("Karin Sjöberg", "karin.sjoberg@lovholm.example")
    sent = at(STHLM, 2026, 10, 29, 8, 31, 12)
    text = f"""Hi Nusrat,

Your interview for {role} at Lövholm Kläder is booked.

When: {wd(start, "Tuesday")}, {start.day} November 2026, {h24(start)} - {h24(end)} (CET, Stockholm)
Where: Microsoft Teams - the link is in the calendar invitation from Karin
Interviewer: Karin Sjöberg, Head of Quality & Sourcing Bangladesh

Add to calendar: https://app.teamtailor.com/candidate/interviews/4f1c9a7e/ics

If you need to reschedule, just reply to this e-mail and I will help you.

Best regards,
Oskar Nyman
Recruiter, Lövholm Kläder AB

Powered by Teamtailor
"""
    html = ('<!DOCTYPE html><html><body style="font-family:Helvetica,Arial,sans-serif;color:#222">'
            + "".join(f"<p>{esc(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n")) + "</body></html>\n")
    m1 = mail(sent=sent, frm=addr("Lövholm Kläder", "no-reply@teamtailor.com"),
              to=addr(USER_NAME, USER), reply_to=addr(*osk),
              subject=f"Interview booked: {role}", msgid="<6543f1c9a7e2b.lovholm.4f1c9a7e@teamtailor.com>",
              body=alt("--==_mimepart_6543f1c9a7e2b_1f3a", text, html),
              host="o1.email.teamtailor.com", ip="149.72.0.10", ret="bounces+4f1c9a7e@em.teamtailor.com")
    ev = {
        "kind": "calendar#event", "etag": "\"3459012234571000\"",
        "id": "0d7lovholm5s1q2c9k3n4b8e6t", "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=MGQ3bG92aG9sbTVzMXEyYzlrM240YjhlNnQgbnVzcmF0LmphaGFuQGV4YW1wbGUuY29t",
        "created": "2026-10-29T07:32:40.000Z", "updated": "2026-10-29T07:40:18.552Z",
        "summary": f"Interview: {role} (Lövholm Kläder)",
        "description": ("Interview with Karin Sjöberg, Head of Quality & Sourcing Bangladesh.\n\n"
                        + teams_block("lovholm-karin")[0]),
        "location": "Microsoft Teams Meeting",
        "creator": {"email": kar[1], "displayName": kar[0]},
        "organizer": {"email": kar[1], "displayName": kar[0]},
        "start": {"dateTime": dk.isoformat(), "timeZone": "Europe/Stockholm"},
        "end": {"dateTime": dk_end.isoformat(), "timeZone": "Europe/Stockholm"},
        "iCalUID": "040000008200E00074C5B7101A82E00800000000A8B7C6D5E4F3DC010000000000000000100000004F1C9A7E@lovholm.example",
        "sequence": 0,
        "attendees": [
            {"email": kar[1], "displayName": kar[0], "organizer": True, "responseStatus": "accepted"},
            {"email": USER, "displayName": USER_NAME, "self": True, "responseStatus": "accepted"}],
        "guestsCanInviteOthers": False, "reminders": {"useDefault": True}, "eventType": "default"}
    lab = case_label([label("Lövholm Kläder AB", role, start, end, "scheduled", [kar[1]], [kar[1]],
                            "hiring_manager")],
                     "medium", "positive/dedupe-ats-and-calendar",
                     "Teamtailor 'interview booked' mail (no-reply sender, Reply-To recruiter; CET Stockholm) + "
                     "Calendar API event in the owner's calendar with dateTime rendered in Dhaka (+06:00) but "
                     "timeZone Europe/Stockholm: same instant, ONE interview. 09:00 CET = 14:00 Dhaka (gap 5 h).")
    return slug, {"01-teamtailor-interview-booked.eml": m1,
                  "02-calendar-event.gcal.json": json.dumps(ev, indent=2, ensure_ascii=False) + "\n"}, lab


@case
def c12():
    slug = "b232-12-standalone-ics-bangladesh-standard-time"
    role = "Merchandiser (Knit & Sweater)"
    start = at(DHAKA, 2026, 10, 7, 16, 0)
    end = start + timedelta(minutes=45)
    wd(start, "Wednesday")
    sha = ("Shafiqul Alam", "shafiqul.alam@ichamati-sourcing.example")
    desc = (f"Dear Nusrat,\n\nSecond-round interview for the {role} position with me (Head of Merchandising). "
            "Please bring your costing sheets for two recent knit orders.\n\nShafiqul Alam\nHead of Merchandising\n"
            "Ichamati Sourcing Ltd.\nLevel 9, Gulshan Avenue, Dhaka-1212")
    cal = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    cal += VTZ_BANGLADESH
    cal += ["BEGIN:VEVENT", f"ORGANIZER;CN={sha[0]}:mailto:{sha[1]}",
            f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={USER_NAME}:mailto:{USER}",
            f"DESCRIPTION;LANGUAGE=en-US:{ie(desc)}",
            "UID:040000008200E00074C5B7101A82E00800000000E1F2A3B4C5D6DC0100000000000000001000000077ICHAMATI0710",
            f"SUMMARY;LANGUAGE=en-US:Interview: {role} - Nusrat Jahan",
            f"DTSTART;TZID=Bangladesh Standard Time:{icsl(start)}",
            f"DTEND;TZID=Bangladesh Standard Time:{icsl(end)}",
            "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{icsz(at(DHAKA, 2026, 10, 4, 12, 30))}", "TRANSP:OPAQUE",
            "STATUS:CONFIRMED", "SEQUENCE:0",
            "LOCATION;LANGUAGE=en-US:Ichamati Sourcing Ltd.\\, Level 9 Meeting Room\\, Gulshan Avenue",
            "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
            "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
            "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
            "X-MICROSOFT-LOCATIONDISPLAYNAME:Ichamati Sourcing Ltd.\\, Level 9 Meeting Room",
            "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT30M", "ACTION:DISPLAY",
            "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    lab = case_label([label("Ichamati Sourcing Ltd.", role, start, end, "scheduled", [sha[1]], [sha[1]],
                            "hiring_manager")],
                     "easy", "positive/standalone-ics-windows-tzid",
                     "Standalone Outlook .ics with TZID 'Bangladesh Standard Time' (Windows name, VTIMEZONE "
                     "with +0600/+0600); organizer is the interviewer.")
    return slug, {"01-interview-merchandiser.ics": ics(cal)}, lab


@case
def c13():
    slug = "b232-13-thread-tomorrow-three-thirty"
    role = "Senior Merchandiser (Denim & Woven)"
    mam = ("Abdullah Al Mamun", "mamun.hr@apparel-link.example")
    s1 = at(DHAKA, 2026, 10, 31, 11, 2, 40)
    wd(s1, "Saturday")
    t1 = f"""Dear Nusrat Jahan,

Greetings from Gulshan Apparel Link Ltd.

Thank you for your application for the post of {role}. Our GM - Merchandising, Mr. Habibur Rahman, would like to meet you for a face-to-face interview early next week. Kindly share your availability so that I can fix the schedule.

Regards,
Abdullah Al Mamun
Executive - HR & Admin
Gulshan Apparel Link Ltd.
Road 90, Gulshan-2, Dhaka-1212
"""
    m1id = "<BY5PR11MB4002AB12CD34EF5601A2B3C4D5E6F708@BY5PR11MB4002.namprd11.prod.outlook.com>"
    m1 = mail(sent=s1, frm=addr(*mam), to=addr(USER_NAME, USER), subject=f"Interview - {role}", msgid=m1id,
              body=alt("_000_BY5PR11MB4002avail_", t1, html_outlook(t1)),
              host="NAM11-BN8-obe.outbound.protection.outlook.com", ip="40.107.236.50")
    s2 = at(DHAKA, 2026, 10, 31, 20, 15, 3)
    t2 = (f"Dear Mamun bhai,\n\nThank you for the opportunity. I am available on Sunday after 3 PM or any time "
          f"on Monday. Please let me know which suits Habib sir.\n\nBest regards,\n{USER_SIG}\n\n"
          + gmail_quote(s1, addr(*mam), t1))
    m2id = "<CAJx7dQv5apparellink2+Qe4@mail.gmail.com>"
    m2 = mail(sent=s2, frm=addr(USER_NAME, USER), to=addr(*mam), subject=f"Re: Interview - {role}",
              msgid=m2id, in_reply_to=m1id, refs=m1id,
              body=alt("000000000000d3e4f50623f9a8b7", t2, html_gmail(t2)),
              host="mail-sor-f41.google.com", ip="209.85.220.41")
    s3 = at(DHAKA, 2026, 11, 1, 17, 40, 22)
    wd(s3, "Sunday")
    start = at(DHAKA, 2026, 11, 2, 15, 30)
    assert start.date() == (s3 + timedelta(days=1)).date()
    t3 = ("Dear Nusrat apu,\n\nNoted with thanks. Today was not possible as GM sir was at the washing plant. "
          f"Please come tomorrow at {ampm(start).replace(':30 ', '.30 ')} to our Gulshan-2 office (Road 90, 5th floor) "
          "and ask for me at the reception. You will sit with Mr. Habibur Rahman. Please bring your updated CV and a "
          "few tech packs you developed.\n\nRegards,\nMamun\n"
          + outlook_quote(s2, addr(USER_NAME, USER), addr(*mam), f"Re: Interview - {role}", t2.split("\n\nOn ")[0]))
    m3 = mail(sent=s3, frm=addr(*mam), to=addr(USER_NAME, USER), subject=f"RE: Interview - {role}",
              msgid="<BY5PR11MB40029F8E7D6C5B4A3F2E1D0C9B8A7F6E@BY5PR11MB4002.namprd11.prod.outlook.com>",
              in_reply_to=m2id, refs=f"{m1id} {m2id}",
              body=alt("_000_BY5PR11MB4002tomorrow_", t3, html_outlook(t3)),
              host="NAM11-BN8-obe.outbound.protection.outlook.com", ip="40.107.236.50")
    lab = case_label([label("Gulshan Apparel Link Ltd.", role, start, None, "scheduled", [], [mam[1]],
                            "hiring_manager")],
                     "medium", "positive/thread-relative-date",
                     "Availability request -> candidate proposes -> HR fixes 'tomorrow at 3.30 PM' in a mail "
                     "sent Sun 1 Nov 17:40 +06:00 => Mon 2 Nov 15:30 Dhaka. GM named without an address, so "
                     "follow-up goes to the HR executive. No duration given.")
    return slug, {"01-interview-availability.eml": m1, "02-re-my-availability.eml": m2,
                  "03-re-come-tomorrow.eml": m3}, lab


# ----------------------------------------------------------------------------------------------
# NEGATIVE CASES (look-alikes)
# ----------------------------------------------------------------------------------------------
@case
def c14():
    slug = "b232-14-neg-bsci-audit-management-interviews"
    start = at(DHAKA, 2026, 10, 27, 9, 0)
    end = at(DHAKA, 2026, 10, 27, 17, 0)
    wd(start, "Tuesday")
    raf = ("Rafiq Uddin", "rafiq.uddin@meghdoot-apparels.example")
    aud = ("Md. Saiful Islam", "saiful.islam@suretyaudits.example")
    body = ("Dear all,\n\nThe amfori BSCI audit (semi-announced window) for Meghdoot Apparels Ltd. has been confirmed "
            "by the buyer for Tuesday. Agenda:\n"
            "09:00 Opening meeting (Management, HR, Compliance, Merchandising)\n"
            "09:45 Document review - wages, overtime, working hours, sub-contracting records\n"
            "11:30 Management interviews: Merchandising (Nusrat Jahan) - order placement, capacity booking, TNA, "
            "unauthorised sub-contracting\n"
            "14:00 Worker interviews (on-site and off-site, selected by the auditor)\n"
            "16:30 Closing meeting\n\n"
            "Merchandising: please keep the last 3 months' production plans, TNA sheets and PO files ready. The "
            "International Accord follow-up on the fire door and boiler CAP will also be checked.\n\n"
            "Regards,\nRafiq Uddin\nManager - Compliance\nMeghdoot Apparels Ltd., Mirpur, Dhaka")
    inv = outlook_invite(
        sent=at(DHAKA, 2026, 10, 21, 17, 55, 3), boundary="_000_TYZPR04MB5901audit_",
        msgid="<TYZPR04MB59013C4D5E6F7A8B9C0D1E2F3A4B5C6D@TYZPR04MB5901.apcprd04.prod.outlook.com>",
        organizer=raf, attendees=[(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                  (aud[0], aud[1], "OPT-PARTICIPANT", "ACCEPTED")],
        subject="amfori BSCI audit - Meghdoot Apparels - opening meeting, management & worker interviews",
        body_text=body, start=start, end=end, tzid="Bangladesh Standard Time",
        location="Meghdoot Apparels Ltd. - Conference Room, Mirpur",
        uid="040000008200E00074C5B7101A82E00800000000F0E1D2C3B4A5DC0100000000000000001000000088MEGHDOOTBSCI27",
        thread_index="AQHbZmeghdootaudit==")
    lab = case_label([], "hard", "negative/compliance-audit",
                     "Buyer's social-compliance audit (amfori BSCI + Accord CAP follow-up) at the owner's current "
                     "employer; 'management interviews' and 'worker interviews' are audit steps, not a hiring process.")
    return slug, {"01-bsci-audit-invite.eml": inv}, lab


@case
def c15():
    slug = "b232-15-neg-fit-session-buyer-gcal"
    start = at(STHLM, 2026, 10, 21, 9, 0)
    end = start + timedelta(minutes=90)
    ebba = ("Ebba Holm", "ebba.holm@skargard-basics.example")
    ev = {
        "kind": "calendar#event", "etag": "\"3458120097114000\"", "id": "5fitskargard0p9k2ss27chino",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=NWZpdHNrYXJnYXJkMHA5azJzczI3Y2hpbm8gbnVzcmF0LmphaGFuQGV4YW1wbGUuY29t",
        "created": "2026-10-14T12:20:11.000Z", "updated": "2026-10-15T08:02:33.114Z",
        "summary": "Fit session - SS27 Men's Chino PP sample | Meghdoot Apparels",
        "description": ("Hi all,\n\nPP fit session for style SKB-27-M114 (stretch twill chino). Please have the fit "
                        "model and PP samples in sizes 30/32/34 ready on camera, plus the measurement sheet vs. spec "
                        "and the wash standard. We will also review the fabric shrinkage test report before bulk cutting.\n\n"
                        "Comments will be posted in PLM after the session.\n\nEbba Holm\nGarment Technician, Skärgård Basics AB"),
        "location": "Google Meet",
        "creator": {"email": ebba[1], "displayName": ebba[0]},
        "organizer": {"email": ebba[1], "displayName": ebba[0]},
        "start": {"dateTime": start.astimezone(DHAKA).isoformat(), "timeZone": "Europe/Stockholm"},
        "end": {"dateTime": end.astimezone(DHAKA).isoformat(), "timeZone": "Europe/Stockholm"},
        "iCalUID": "5fitskargard0p9k2ss27chino@google.com", "sequence": 1,
        "attendees": [
            {"email": ebba[1], "displayName": ebba[0], "organizer": True, "responseStatus": "accepted"},
            {"email": "linnea.berg@skargard-basics.example", "displayName": "Linnea Berg", "responseStatus": "accepted"},
            {"email": USER, "displayName": USER_NAME, "self": True, "responseStatus": "accepted"},
            {"email": "tarek.aziz@meghdoot-apparels.example", "displayName": "Tarek Aziz", "responseStatus": "needsAction"}],
        "hangoutLink": "https://meet.google.com/sbr-fitx-kqa",
        "conferenceData": {"entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/sbr-fitx-kqa",
                                            "label": "meet.google.com/sbr-fitx-kqa"}],
                           "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                           "conferenceId": "sbr-fitx-kqa"},
        "reminders": {"useDefault": True}, "eventType": "default"}
    lab = case_label([], "medium", "negative/buyer-fit-session",
                     "Calendar API event: a buyer's garment technician runs a PP-sample fit session with the owner "
                     "as the supplier's merchandiser; Stockholm-based organizer, but no hiring process.")
    return slug, {"01-fit-session.gcal.json": json.dumps(ev, indent=2, ensure_ascii=False) + "\n"}, lab


@case
def c16():
    slug = "b232-16-neg-dtg-trade-fair-meeting-ics"
    start = at(DHAKA, 2027, 2, 11, 11, 30)
    end = start + timedelta(minutes=45)
    wd(start, "Thursday")
    jens = ("Jens Petersen", "jens.petersen@alster-textil.example")
    desc = ("Dear Nusrat,\n\ngreat to connect. As discussed, let's meet at your stand during DTG 2027 (ICCB, Dhaka) for "
            "a first supplier introduction - 11:30 Dhaka time. We are interviewing a handful of new vendors for our "
            "AW27 woven shirt programme, so please bring your price list, monthly capacity and compliance certificates "
            "(amfori BSCI, Accord/RSC, OEKO-TEX).\n\nBest regards\nJens Petersen\nSourcing Manager Woven\n"
            "Alster Textilhandel GmbH, Hamburg")
    zone = WIN_TZ["W. Europe Standard Time"][0]
    cal = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    cal += VTZ_WEUROPE
    cal += ["BEGIN:VEVENT", f"ORGANIZER;CN={jens[0]}:mailto:{jens[1]}",
            f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={USER_NAME}:mailto:{USER}",
            f"DESCRIPTION;LANGUAGE=de-DE:{ie(desc)}",
            "UID:040000008200E00074C5B7101A82E00800000000C9D8E7F6A5B4DC0100000000000000001000000099ALSTERDTG2027",
            "SUMMARY;LANGUAGE=de-DE:Meeting @ DTG 2027 - Alster Textil / Meghdoot Apparels",
            f"DTSTART;TZID=W. Europe Standard Time:{icsl(start.astimezone(zone))}",
            f"DTEND;TZID=W. Europe Standard Time:{icsl(end.astimezone(zone))}",
            "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{icsz(at(BERLIN, 2026, 11, 24, 15, 2))}", "TRANSP:OPAQUE",
            "STATUS:CONFIRMED", "SEQUENCE:0",
            "LOCATION;LANGUAGE=de-DE:DTG 2027 - ICCB Dhaka\\, Hall 4 (Meghdoot Apparels stand)",
            "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
            "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
            "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
            "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
            "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    lab = case_label([], "hard", "negative/trade-fair-meeting",
                     "Standalone Outlook .ics from a Hamburg buyer (W. Europe Standard Time, 06:30 CET = 11:30 Dhaka) "
                     "for a supplier meeting at the DTG trade fair; 'interviewing new vendors' is vendor sourcing, "
                     "the owner attends as her employer's merchandiser.")
    return slug, {"01-meeting-dtg-2027.ics": ics(cal)}, lab


@case
def c17():
    slug = "b232-17-neg-bangladesh-bank-circular-newsletter"
    sent = at(DHAKA, 2026, 10, 9, 8, 0, 0)
    wd(sent, "Friday")
    mcq = at(DHAKA, 2026, 10, 16, 10, 0)
    wd(mcq, "Friday")
    dl = at(DHAKA, 2026, 10, 20)
    def bdate(d):
        return f"{bn(d.day)} {BN_MONTHS[d.month - 1]} {bn(d.year)}"
    text = f"""চাকরির বার্তা - সাপ্তাহিক নিউজলেটার | সংখ্যা ২১৪

প্রিয় পাঠক,
এ সপ্তাহের গুরুত্বপূর্ণ সরকারি ও বেসরকারি নিয়োগ বিজ্ঞপ্তি এবং পরীক্ষার সময়সূচি নিচে দেওয়া হলো।

১) বাংলাদেশ ব্যাংক - সহকারী পরিচালক (সাধারণ) নিয়োগ বিজ্ঞপ্তি
   প্রিলিমিনারি (MCQ) পরীক্ষা: {bdate(mcq)} ({BN_WEEKDAYS[wd(mcq, "Friday")]}), সকাল {bn(mcq.hour)}টা, ঢাকার বিভিন্ন কেন্দ্রে
   লিখিত পরীক্ষা ও মৌখিক পরীক্ষার (ভাইভা) তারিখ পরে ব্যাংকের ওয়েবসাইটে জানানো হবে।
   প্রবেশপত্র ডাউনলোড: https://chakribarta.example/bb-ad-2026-admit

2) Bangladesh Bank - Officer (General): written exam result published; viva voce schedule for qualified candidates is on the BB website.

3) Garments & textile jobs this week
   - Senior Merchandiser (Knit) - a Chattogram EPZ exporter - deadline {dl:%d-%m-%Y}
   - Merchandiser (Home Textiles) - a Dhaka buying house - deadline {dl:%d-%m-%Y}

ভাইভা বোর্ডে সফল হওয়ার ৭টি টিপস / 7 tips to face the viva board
   1. Research the organisation and the circular carefully.
   2. Prepare a 1-minute introduction in both Bangla and English.
   3. Dress formally and reach the venue 30 minutes early.
   4. Expect questions on current affairs and your own CV.
   ... read all 7 tips: https://chakribarta.example/tips/viva-board

আপনি এই ইমেইলটি পাচ্ছেন কারণ আপনি চাকরির বার্তা নিউজলেটারে সাবস্ক্রাইব করেছেন।
Unsubscribe: https://chakribarta.example/unsubscribe?u=nj-88412
"""
    body = alt("----=_NextPart_CB214_0009", text, html_gmail(text), cte="base64")
    m = mail(sent=sent, frm=addr("চাকরির বার্তা", "newsletter@chakribarta.example"), to=USER,
             subject="চাকরির বার্তা #214: Bangladesh Bank AD circular, exam schedule & viva tips",
             msgid="<nl214.20261009020000.nj-88412@chakribarta.example>", body=body,
             host="mta3.chakribarta.example", ip="198.51.100.133",
             extra=[("List-Unsubscribe", "<https://chakribarta.example/unsubscribe?u=nj-88412>"),
                    ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "bulk"),
                    ("List-Id", "Chakri Barta weekly <weekly.chakribarta.example>")])
    lab = case_label([], "medium", "negative/job-circular-newsletter",
                     "Weekly job-news newsletter in Bangla/English: Bangladesh Bank circular with exam date/time, "
                     "viva schedules for other candidates and viva tips; nothing booked for the owner.")
    return slug, {"01-chakri-barta-newsletter.eml": m}, lab


@case
def c18():
    slug = "b232-18-neg-owner-interviews-junior-merchandiser"
    start = at(DHAKA, 2026, 10, 22, 11, 0)
    end = start + timedelta(minutes=45)
    wd(start, "Thursday")
    tania = ("Tania Akter", "tania.akter@meghdoot-apparels.example")
    inv = outlook_invite(
        sent=at(DHAKA, 2026, 10, 19, 12, 14, 9), boundary="_000_TYZPR04MB5901junior_",
        msgid="<TYZPR04MB59014D5E6F7A8B9C0D1E2F3A4B5C6D7E@TYZPR04MB5901.apcprd04.prod.outlook.com>",
        organizer=tania, attendees=[(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                    ("Tarek Aziz", "tarek.aziz@meghdoot-apparels.example", "REQ-PARTICIPANT", "ACCEPTED")],
        subject="Interview: Junior Merchandiser - Candidate: Md. Rakib Hasan",
        body_text=("Dear Nusrat apa,\n\nAs discussed, you and Tarek bhai will be on the interview board for the Junior "
                   "Merchandiser position. Please take the technical part (costing, BOM, TNA, follow-up with "
                   "accessories suppliers). The candidate's CV and written test script are in the HR shared folder.\n\n"
                   "Candidate: Md. Rakib Hasan (2 years, knit buying house)\n\n"
                   "Thanks,\nTania Akter\nExecutive - HR\nMeghdoot Apparels Ltd."),
        start=start, end=end, tzid="Bangladesh Standard Time", location="Meghdoot Apparels - HR Meeting Room",
        uid="040000008200E00074C5B7101A82E00800000000A1A2A3A4A5A6DC0100000000000000001000000055JUNIORMERCH22",
        thread_index="AQHbZmeghdootjunior==")
    lab = case_label([], "medium", "negative/user-is-interviewer",
                     "Internal Outlook invite: the owner sits on the interview board for a junior merchandiser "
                     "candidate at her current employer - she is the interviewer, not the candidate.")
    return slug, {"01-interview-board-invite.eml": inv}, lab


@case
def c19():
    slug = "b232-19-neg-written-test-call-only"
    sent = at(DHAKA, 2026, 10, 10, 18, 22, 40)
    exam = at(DHAKA, 2026, 10, 17, 9, 30)
    day = wd(exam, "Saturday")
    rows = [("Job Title", "Merchandiser (Knit)"), ("Company", "Karnaphuli Knitwear Ltd."),
            ("Exam Type", "Written Test (MCQ + costing problem)"),
            ("Exam Date", f"{exam:%d-%m-%Y} ({day})"), ("Exam Time", f"{ampm(exam)} - {ampm(exam + timedelta(minutes=90))}"),
            ("Venue", "KKL Training Centre, Plot 9, Sector 3, CEPZ, Chattogram"),
            ("Roll No.", "KKL-MER-0417"),
            ("Contact", "HR Department, Karnaphuli Knitwear Ltd.")]
    intro = ["Dear Nusrat Jahan,",
             "Congratulations! You have been shortlisted for the written test for the job below. Please download your "
             "admit card and bring a printed copy with your NID."]
    outro = ["Only candidates who pass the written test will be called for the viva voce. The viva schedule will be "
             "notified later through ChakriBazar.",
             "Download admit card: https://chakribazar.example/my/exam/admit?ref=KKL-MER-0417",
             "Best of luck!", "Team ChakriBazar"]
    text = ("\n\n".join(intro) + "\n\n" + "\n".join(f"{k:<10}: {v}" for k, v in rows) + "\n\n" + "\n\n".join(outro)
            + "\n\n--\nThis is a system generated email. Please do not reply to this email address.\n")
    m = mail(sent=sent, frm='"Karnaphuli Knitwear Ltd. via ChakriBazar" <noreply@chakribazar.example>',
             to=addr(USER_NAME, USER), subject="Written Test Call: Merchandiser (Knit) at Karnaphuli Knitwear Ltd.",
             msgid="<20261010122240.80417.5521@mailer.chakribazar.example>",
             body=alt("=_cb_9a1e44b07c2d", text, kv_html("Written Test Call", rows, intro, outro)),
             host="mailer.chakribazar.example", ip="198.51.100.24",
             extra=[("X-Mailer", "CB-Notify 3.2"), ("Precedence", "bulk")])
    lab = case_label([], "hard", "negative/written-test-only",
                     "Portal call for an in-person written test (an assessment, not a live conversation); the viva "
                     "that could follow is explicitly not scheduled yet.")
    return slug, {"01-written-test-call.eml": m}, lab


@case
def c20():
    slug = "b232-20-neg-regret-after-viva"
    sent = at(DHAKA, 2026, 10, 8, 12, 5, 17)
    viva = at(DHAKA, 2026, 9, 30, 11, 0)
    kan = ("Kaniz Fatema", "kaniz.fatema@dhanshiri-sourcing.example")
    text = f"""Dear Ms. Nusrat Jahan,

Thank you for attending the viva for the post of Merchandiser (Woven) on {viva.day} September 2026 ({wd(viva, "Wednesday")}) at {ampm(viva)} at our Banani office, and for the time you gave us.

After careful consideration, we regret to inform you that we will not be able to proceed with your application at this moment. The board was impressed by your buyer handling experience, and we will keep your CV in our databank for future openings.

We wish you every success in your career.

Best regards,
Kaniz Fatema
Manager - People & Culture
Dhanshiri Sourcing Ltd.
"""
    m = mail(sent=sent, frm=addr(*kan), to=addr(USER_NAME, USER),
             subject="Your application - Merchandiser (Woven) - Dhanshiri Sourcing Ltd.",
             msgid="<PSAPR06MB4483E5F6A7B8C9D0E1F2A3B4C5D6E7F8@PSAPR06MB4483.apcprd06.prod.outlook.com>",
             body=alt("_000_PSAPR06MB4483regret_", text, html_outlook(text)),
             host="APC01-PSA-obe.outbound.protection.outlook.com", ip="40.107.215.44")
    lab = case_label([], "medium", "negative/rejection-after-viva",
                     "Rejection that names the past viva date and time; no interview to detect.")
    return slug, {"01-regret-letter.eml": m}, lab


@case
def c21():
    slug = "b232-21-neg-amsterdam-availability-link"
    sent = at(AMS, 2026, 10, 14, 10, 26, 0)
    ex = at(AMS, 2026, 10, 20, 10, 0)
    fleur = ("Fleur Jansen", "fleur.jansen@keizerdenim.example")
    text = f"""Hi Nusrat,

Thanks for your application for the Denim Sourcing Merchandiser role in our Dhaka team! We'd like to invite you for a 30-minute introduction call with our Sourcing Lead, Daan Smit.

Could you pick a slot that suits you via the link below? Slots are shown in Amsterdam time (CEST) between 10:00 and 15:00, Monday 19 to Friday 23 October - so for example {wd(ex, "Tuesday")} {h24(ex)} would be {h24(ex.astimezone(DHAKA))} for you in Dhaka.

https://calendly.com/keizerdenim-talent/intro-call-sourcing

Once you've booked, you'll get a calendar invite with a Teams link.

Hartelijke groet,
Fleur Jansen
Talent Acquisition | Keizer Denim B.V. | Amsterdam
"""
    m = mail(sent=sent, frm=addr(*fleur), to=addr(USER_NAME, USER),
             subject="Keizer Denim - pick a time for an intro call",
             msgid="<CAGh8sW1keizerdenim+slot@mail.gmail.com>",
             body=alt("000000000000e5f6a70623e1c2d3", text, html_gmail(text)),
             host="mail-sor-f53.google.com", ip="209.85.220.53")
    lab = case_label([], "hard", "negative/availability-request",
                     "Recruiter asks the owner to self-book via a scheduling link; the example slot is only an "
                     "illustration of the time-zone gap and nothing is booked.")
    return slug, {"01-pick-a-time.eml": m}, lab


@case
def c22():
    slug = "b232-22-neg-appointment-letter-joining"
    sent = at(DHAKA, 2026, 10, 15, 14, 48, 30)
    join = at(DHAKA, 2026, 11, 1, 9, 0)
    past = at(DHAKA, 2026, 10, 4)
    rum = ("Rumana Afroz", "rumana.afroz@shitalakshya-knit.example")
    text = f"""Dear Ms. Nusrat Jahan,

Further to your interview on {past.day} October 2026, we are pleased to offer you the position of Senior Merchandiser (Knit) at Shitalakshya Knit Ltd. Your appointment letter with the salary and benefits details is attached.

Please report to the HR Department at {ampm(join)} on {wd(join, "Sunday")}, {join.day} November 2026 (your joining date) at our Narayanganj office for joining formalities. Kindly sign and return the duplicate copy of the appointment letter by {(sent + timedelta(days=7)):%d %B %Y}.

Please bring: release letter from your current employer, 4 copies of passport size photographs, NID and original certificates.

We look forward to welcoming you.

Best regards,
Rumana Afroz
Manager - HR
Shitalakshya Knit Ltd.
Narayanganj
"""
    pdf = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
           b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    body = multipart("mixed", "_004_SI2PR06MB3377offer_", [
        alt("_000_SI2PR06MB3377offer_", text, html_outlook(text)),
        attachment("application/pdf", "Appointment_Letter_Nusrat_Jahan.pdf", pdf)])
    m = mail(sent=sent, frm=addr(*rum), to=addr(USER_NAME, USER),
             subject="Offer of Appointment - Senior Merchandiser (Knit)",
             msgid="<SI2PR06MB3377A0B1C2D3E4F5A6B7C8D9E0F1A2B3@SI2PR06MB3377.apcprd06.prod.outlook.com>",
             body=body, host="APC01-SG2-obe.outbound.protection.outlook.com", ip="40.107.215.98",
             extra=[("X-MS-Has-Attach", "yes")])
    lab = case_label([], "medium", "negative/offer-joining-date",
                     "Offer / appointment letter with a joining date and reporting time; refers to a past "
                     "interview without a time. Not an interview.")
    return slug, {"01-offer-of-appointment.eml": m}, lab


# ----------------------------------------------------------------------------------------------
def main():
    for old in sorted(OUT.glob(PREFIX + "*")):
        if old.is_dir():
            shutil.rmtree(old)
    labels = {}
    for fn in CASES:
        slug, files, lab = fn()
        assert slug.startswith(PREFIX) and slug not in labels, slug
        d = OUT / slug
        d.mkdir()
        for name, content in sorted(files.items()):
            data = content if isinstance(content, bytes) else content.encode("utf-8")
            (d / name).write_bytes(data)
        labels[slug] = lab
    nums = [s.split("-")[1] for s in labels]
    assert nums == [f"{i:02d}" for i in range(1, len(nums) + 1)], nums
    head = ("# Labels for blind232 (written blind). Schema: /work/shared/eval/README.md.\n"
            "# Regenerate with: python make_cases.py\n")
    (OUT / "labels.yaml").write_text(head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100),
                                     encoding="utf-8")
    pos = sum(1 for v in labels.values() if v["interview"])
    ivs = [i for v in labels.values() for i in v["interviews"]]
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews "
          f"({sum(i['status'] == 'scheduled' for i in ivs)} scheduled, {sum(i['status'] == 'cancelled' for i in ivs)} cancelled)")


if __name__ == "__main__":
    main()
