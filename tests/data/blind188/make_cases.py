#!/usr/bin/env python3
"""Regenerate the blind188 evaluation set (Microsoft 365 heavy mailbox of a Dallas FP&A analyst).

Deterministic: every date, Message-ID, boundary, UID and Teams id is fixed or derived from a
SHA-256 of a fixed seed string, so two runs produce identical bytes.  Standard library + PyYAML.

    python make_cases.py
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

ROOT = Path(__file__).resolve().parent
PREFIX = "b188"

OWNER = "maribel.quintero@example.com"
OWNER_NAME = "Maribel Quintero"
OWNER_WORK = "mquintero@brazosmed.example"   # current employer; redirected to OWNER by an inbox rule
PHONE = "(214) 555-0143"

CT = ZoneInfo("America/Chicago")
ET = ZoneInfo("America/New_York")
UTC = timezone.utc

WIN = {
    "CT": ("Central Standard Time", "(UTC-06:00) Central Time (US & Canada)", CT, "-0500", "-0600"),
    "ET": ("Eastern Standard Time", "(UTC-05:00) Eastern Time (US & Canada)", ET, "-0400", "-0500"),
}


# ----------------------------------------------------------------------------- small helpers
def sha(seed):
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()


def digits(seed, n):
    return str(int(sha(seed), 16))[:n]


def alnum(seed, n):
    raw = base64.b64encode(hashlib.sha256(seed.encode()).digest() * 3).decode()
    return "".join(c for c in raw if c.isalnum())[:n]


def guid(seed):
    h = sha(seed)
    return f"{h[0:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def d(y, mo, day, h=0, mi=0, s=0, tz=CT):
    return datetime(y, mo, day, h, mi, s, tzinfo=tz)


def W(dt, weekday):
    """Assert that the weekday named in the text is right."""
    assert dt.strftime("%A") == weekday, (dt, weekday)
    return dt


def t12(dt):
    return dt.strftime("%I:%M %p").lstrip("0")


def long_date(dt):
    return f"{dt.strftime('%A')}, {dt.strftime('%B')} {dt.day}, {dt.year}"


def when_line(start, end, tzk):
    z = WIN[tzk][2]
    s, e = start.astimezone(z), end.astimezone(z)
    return f"{long_date(s)} {t12(s)}-{t12(e)} {WIN[tzk][1]}."


def sent_line(dt, tz):
    x = dt.astimezone(tz)
    return f"{long_date(x)} {t12(x)}"


def rfc(dt):
    return format_datetime(dt)


def utc(dt):
    return dt.astimezone(UTC)


def addr(p):
    name, email = p
    if any(c in name for c in ",.()@'"):
        name = '"' + name.replace('"', '') + '"'
    return f"{name} <{email}>"


def addrs(ps):
    return ", ".join(addr(p) for p in ps)


def hdr_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def ms_msgid(seed):
    h = sha(seed).upper()
    pre = ["SJ0", "BN0", "DM6", "CH3", "PH0", "SA1", "MN2", "CO1", "BY5", "IA1"][int(h[0], 16) % 10]
    srv = f"{pre}PR{10 + int(h[1:3], 16) % 10}MB{1000 + int(h[3:7], 16) % 9000}"
    return f"<{srv}{h[7:33]}@{srv}.namprd{10 + int(h[33:35], 16) % 10}.prod.outlook.com>"


def gmail_msgid(seed):
    return f"<CA{alnum(seed, 46)}@mail.gmail.com>"


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(("ti" + seed).encode()).digest()[:22]).decode()


def boundary_ms(seed):
    return f"_000_{sha(seed)[:24].upper()}prodoutlookcom_"


def received(date, seed, src="NAM12-BN8-obe.outbound.protection.outlook.com"):
    h = sha("rcv" + seed)
    ip = f"40.107.{int(h[0:2], 16) % 250}.{int(h[2:4], 16) % 250}"
    host = "mail-" + src.split("-")[1].lower() + "nam12on" + str(2000 + int(h[4:7], 16) % 900) + ".outbound.protection.outlook.com"
    local = (date + timedelta(seconds=3 + int(h[7], 16))).astimezone(CT)
    return (f"Received: from {src} ({host} [{ip}])\n"
            f"\tby mx1.example.com (Postfix) with ESMTPS id 4{alnum('q' + seed, 11)}\n"
            f"\tfor <{OWNER}>; {rfc(local)}")


# ----------------------------------------------------------------------------- iCalendar
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    out, cur = [], line
    first = True
    while len(cur.encode("utf-8")) > (75 if first else 74):
        lim = 75 if first else 74
        cut = lim
        while len(cur[:cut].encode("utf-8")) > lim:
            cut -= 1
        out.append(("" if first else " ") + cur[:cut])
        cur = cur[cut:]
        first = False
    out.append(("" if first else " ") + cur)
    return "\r\n".join(out)


def vtimezone(tzk):
    name, _, _, dl, st = WIN[tzk]
    return [
        "BEGIN:VTIMEZONE", f"TZID:{name}",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dl}", f"TZOFFSETTO:{st}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{st}", f"TZOFFSETTO:{dl}",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
        "END:VTIMEZONE",
    ]


def local_stamp(dt, tzk):
    return dt.astimezone(WIN[tzk][2]).strftime("%Y%m%dT%H%M%S")


def z_stamp(dt):
    return utc(dt).strftime("%Y%m%dT%H%M%SZ")


def cn(name):
    if any(c in name for c in ":;,"):
        return '"' + name + '"'
    return name


def exch_uid(seed):
    h = sha(seed).upper()
    return ("040000008200E00074C5B7101A82E00800000000" + h[:16] + "00000000000000001000000" + h[16:48])


def attendee_line(a):
    """a = dict(name, email, role='REQ-PARTICIPANT', partstat='NEEDS-ACTION', rsvp=True, resource=False)"""
    parts = ["ATTENDEE"]
    if a.get("resource"):
        parts.append("CUTYPE=RESOURCE")
        parts.append("ROLE=NON-PARTICIPANT")
    else:
        parts.append("ROLE=" + a.get("role", "REQ-PARTICIPANT"))
    parts.append("PARTSTAT=" + a.get("partstat", "NEEDS-ACTION"))
    if a.get("rsvp", True):
        parts.append("RSVP=TRUE")
    parts.append("CN=" + cn(a["name"]))
    return ";".join(parts) + ":mailto:" + a["email"]


def organizer_line(org, sent_by=None):
    s = "ORGANIZER;CN=" + cn(org[0])
    if sent_by:
        s += f';SENT-BY="mailto:{sent_by}"'
    return s + ":mailto:" + org[1]


def exch_vevent(*, uid, summary, start, end, tzk, organizer, sent_by=None, attendees=(), description="",
                location="", seq=0, dtstamp, status="CONFIRMED", teams_url=None, method="REQUEST",
                reply_attendee=None, comment=None, counter_orig=None, priority=5, owner_appt=None,
                busy="TENTATIVE", importance=1, alarm=True, disallow_counter=False):
    tzname = WIN[tzk][0]
    L = ["BEGIN:VEVENT", organizer_line(organizer, sent_by)]
    if reply_attendee is not None:
        L.append(attendee_line(reply_attendee))
    else:
        L += [attendee_line(a) for a in attendees]
    if description:
        L.append("DESCRIPTION;LANGUAGE=en-US:" + ics_escape(description))
    if comment:
        L.append("COMMENT;LANGUAGE=en-US:" + ics_escape(comment))
    L += [
        "UID:" + uid,
        "SUMMARY;LANGUAGE=en-US:" + ics_escape(summary),
        f"DTSTART;TZID={tzname}:{local_stamp(start, tzk)}",
        f"DTEND;TZID={tzname}:{local_stamp(end, tzk)}",
        "CLASS:PUBLIC",
        f"PRIORITY:{priority}",
        "DTSTAMP:" + z_stamp(dtstamp),
        "TRANSP:" + ("TRANSPARENT" if method == "CANCEL" else "OPAQUE"),
        "STATUS:" + status,
        f"SEQUENCE:{seq}",
    ]
    if location:
        L.append("LOCATION;LANGUAGE=en-US:" + ics_escape(location))
    if counter_orig:
        L.append(f"X-MS-OLK-ORIGINALSTART;TZID={tzname}:{local_stamp(counter_orig[0], tzk)}")
        L.append(f"X-MS-OLK-ORIGINALEND;TZID={tzname}:{local_stamp(counter_orig[1], tzk)}")
    L += [
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
        f"X-MICROSOFT-CDO-OWNERAPPTID:{owner_appt if owner_appt is not None else -int(digits(uid, 10)) % 2147483647}",
        f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if method == 'CANCEL' else busy}",
        f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if method == 'CANCEL' else 'BUSY'}",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
        f"X-MICROSOFT-CDO-IMPORTANCE:{importance}",
        "X-MICROSOFT-CDO-INSTTYPE:0",
    ]
    if method == "REPLY":
        L.append("X-MICROSOFT-CDO-REPLYTIME:" + z_stamp(dtstamp))
    if teams_url:
        L.append("X-MICROSOFT-SKYPETEAMSMEETINGURL:" + teams_url)
        L.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
    L += [
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
        "X-MICROSOFT-DISALLOW-COUNTER:" + ("TRUE" if disallow_counter else "FALSE"),
        "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
    ]
    if location:
        L.append("X-MICROSOFT-LOCATIONDISPLAYNAME:" + ics_escape(location))
    if alarm and method in ("REQUEST", "PUBLISH"):
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    L.append("END:VEVENT")
    return L


def vcalendar(method, tzk, vevent, prodid="Microsoft Exchange Server 2010"):
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", f"PRODID:{prodid}", "VERSION:2.0"]
    L += vtimezone(tzk)
    L += vevent
    L.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in L) + "\r\n"


# ----------------------------------------------------------------------------- Teams blocks
def teams(seed, style="classic", dial_city="Dallas"):
    tid = guid("tenant" + seed.split("|")[0])
    oid = guid("org" + seed)
    thread = "19%3ameeting_" + alnum("thr" + seed, 48) + "%40thread.v2"
    url = (f"https://teams.microsoft.com/l/meetup-join/{thread}/0?context=%7b%22Tid%22%3a%22{tid}"
           f"%22%2c%22Oid%22%3a%22{oid}%22%7d")
    mid = digits("mid" + seed, 12)
    mid = " ".join(mid[i:i + 3] for i in range(0, 12, 3))
    pc = alnum("pc" + seed, 6)
    opts = (f"https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}"
            f"&threadId={thread.replace('%3a', ':').replace('%40', '@')}&messageId=0&language=en-US")
    bar = "_" * 80
    if style == "classic":
        text = (f"{bar}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
                f"Click here to join the meeting<{url}>\nMeeting ID: {mid}\nPasscode: {pc}\n"
                f"Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
                f"Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                f"Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<{opts}>\n{bar}")
        htm = (f'<div style="width:100%">{"_" * 80}<br><span style="font-size:18pt">Microsoft Teams meeting</span><br>'
               f'<b>Join on your computer, mobile app or room device</b><br>'
               f'<a href="{html.escape(url)}">Click here to join the meeting</a><br>'
               f'Meeting ID: {mid}<br>Passcode: {pc}<br>'
               f'<a href="https://www.microsoft.com/en-us/microsoft-teams/download-app">Download Teams</a> | '
               f'<a href="https://www.microsoft.com/microsoft-teams/join-a-meeting">Join on the web</a><br>'
               f'<a href="https://aka.ms/JoinTeamsMeeting">Learn More</a> | '
               f'<a href="{html.escape(opts)}">Meeting options</a><br>{"_" * 80}</div>')
    else:
        conf = digits("conf" + seed, 9)
        conf_fmt = f"{conf[:3]} {conf[3:6]} {conf[6:]}#"
        text = (f"{bar}\nMicrosoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>\n"
                f"Join the meeting now<{url}>\nMeeting ID: {mid}\nPasscode: {pc}\n"
                f"________________________________\nDial in by phone\n"
                f"+1 469-555-01{digits('ph' + seed, 2)},,{conf}# United States, {dial_city}\n"
                f"Find a local number<https://dialin.teams.microsoft.com/{guid('dial' + seed)}?id={conf}>\n"
                f"Phone conference ID: {conf_fmt}\n"
                f"For organizers: Meeting options<{opts}> | Reset dial-in PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>\n{bar}")
        htm = (f'<div style="max-width:1024px">{"_" * 80}<br><span style="font-size:24px;font-weight:700">Microsoft Teams</span> '
               f'<a href="https://aka.ms/JoinTeamsMeeting?omkt=en-US">Need help?</a><br>'
               f'<a href="{html.escape(url)}" style="font-size:20px;font-weight:700">Join the meeting now</a><br>'
               f'Meeting ID: {mid}<br>Passcode: {pc}<br><hr>Dial in by phone<br>'
               f'+1 469-555-01{digits("ph" + seed, 2)},,{conf}# United States, {dial_city}<br>'
               f'Phone conference ID: {conf_fmt}<br>For organizers: <a href="{html.escape(opts)}">Meeting options</a><br>{"_" * 80}</div>')
    return {"url": url, "text": text, "html": htm}


# ----------------------------------------------------------------------------- MIME builders
def html_paras(text, style="word"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        inner = "<br>\n".join(html.escape(line, quote=False) for line in p.split("\n"))
        if style == "word":
            out.append(f'<p class="MsoNormal">{inner}<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            out.append(f"<div>{inner}</div>\n<div><br></div>")
    return "\n".join(out)


def html_doc(text, style="word", extra_html=""):
    if style == "word":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
                '/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n'
                '\t{margin:0in;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n--></style>\n</head>\n'
                '<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
                + html_paras(text, "word") + "\n" + extra_html + "\n</div>\n</body>\n</html>\n")
    if style == "owa":
        return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
                '<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
                'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
                + html_paras(text, "div") + "\n</div>\n" + extra_html + "\n</body>\n</html>\n")
    # gmail
    return ('<div dir="ltr">' + html_paras(text, "div").replace("\n", "") + "</div>" + extra_html + "\n")


class Mail:
    """Minimal deterministic RFC 5322 writer."""

    def __init__(self, headers):
        self.headers = headers  # list of (name, value)

    @staticmethod
    def render_headers(headers):
        return "\n".join(f"{k}: {v}" if k != "_raw" else v for k, v in headers) + "\n"


def delivered(date, seed, src=None, work=False):
    h = [("Delivered-To", OWNER), ("_raw", received(date, seed, src) if src else received(date, seed))]
    if work:
        h.append(("X-MS-Exchange-Inbox-Rules-Loop", OWNER_WORK))
    return h


def outlook_mail(*, seed, frm, to, subject, date, text, cc=(), sender=None, in_reply_to=None, references=None,
                 topic=None, style="word", extra_html="", work=False, calendar=None, cal_method=None,
                 attachments=(), importance=None, reply_to=None):
    """Exchange Online / Outlook message.  calendar -> text/calendar alternative (meeting messages)."""
    mid = ms_msgid(seed)
    bnd = boundary_ms(seed)
    hs = delivered(date, seed, work=work)
    hs.append(("Return-Path", f"<{(sender or frm)[1]}>"))
    hs.append(("From", addr(frm)))
    if sender:
        hs.append(("Sender", addr(sender)))
    hs.append(("To", addrs(to)))
    if cc:
        hs.append(("CC", addrs(cc)))
    if reply_to:
        hs.append(("Reply-To", addr(reply_to)))
    hs.append(("Subject", hdr_subject(subject)))
    hs.append(("Thread-Topic", hdr_subject(topic or subject)))
    hs.append(("Thread-Index", thread_index(topic or subject)))
    hs.append(("Date", rfc(utc(date))))
    hs.append(("Message-ID", mid))
    if references:
        hs.append(("References", " ".join(references)))
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
    if importance:
        hs.append(("Importance", importance))
    hs += [("Accept-Language", "en-US"), ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")]
    if calendar:
        hs.append(("Content-class", "urn:content-classes:calendarmessage"))
        hs.append(("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + alnum("ser" + seed, 20)))
    hs.append(("x-ms-exchange-organization-authas", "Internal" if work else "Anonymous"))
    hs.append(("x-ms-publictraffictype", "Email"))
    hs.append(("MIME-Version", "1.0"))
    plain = ("--" + bnd + "\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
             + qp(text) + "\n")
    htm = ("--" + bnd + "\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
           + qp(html_doc(text, style, extra_html)) + "\n")
    cal = ""
    if calendar:
        cal = ("--" + bnd + f"\nContent-Type: text/calendar; charset=\"utf-8\"; method={cal_method}\n"
               "Content-Transfer-Encoding: base64\n\n" + b64(calendar) + "\n")
    if attachments:
        inner = "_001_" + bnd[5:]
        hs.append(("Content-Type", f'multipart/mixed;\n\tboundary="{inner}"'))
        body = (f"--{inner}\nContent-Type: multipart/alternative;\n\tboundary=\"{bnd}\"\n\n"
                + plain + htm + cal + "--" + bnd + "--\n\n")
        for fname, ctype, data in attachments:
            body += (f"--{inner}\nContent-Type: {ctype}; name=\"{fname}\"\nContent-Description: {fname}\n"
                     f"Content-Disposition: attachment; filename=\"{fname}\"; size={len(data)};\n"
                     "Content-Transfer-Encoding: base64\n\n" + b64(data) + "\n")
        body += f"--{inner}--\n"
    else:
        hs.append(("Content-Type", f'multipart/alternative;\n\tboundary="{bnd}"'))
        body = plain + htm + cal + "--" + bnd + "--\n"
    return Mail.render_headers(hs) + "\n" + body, mid


def gmail_mail(*, seed, frm, to, subject, date, text, cc=(), in_reply_to=None, references=None,
               src="mail-sor-f41.google.com"):
    mid = gmail_msgid(seed)
    bnd = "000000000000" + sha("gb" + seed)[:16]
    hs = [("Delivered-To", OWNER),
          ("_raw", f"Received: from {src} ({src} [209.85.220.41])\n\tby mx1.example.com (Postfix) with ESMTPS id 4"
                   f"{alnum('gq' + seed, 11)}\n\tfor <{OWNER}>; {rfc((date + timedelta(seconds=2)).astimezone(CT))}"),
          ("Return-Path", f"<{frm[1]}>"), ("MIME-Version", "1.0")]
    hs.append(("Date", rfc(date)))
    if references:
        hs.append(("References", " ".join(references)))
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
    hs += [("Message-ID", mid), ("Subject", hdr_subject(subject)), ("From", addr(frm)), ("To", addrs(to))]
    if cc:
        hs.append(("Cc", addrs(cc)))
    hs.append(("Content-Type", f'multipart/alternative; boundary="{bnd}"'))
    body = (f"--{bnd}\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
            + qp(text) + f"\n--{bnd}\nContent-Type: text/html; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n"
            + qp(html_doc(text, "gmail")) + f"\n--{bnd}--\n")
    return Mail.render_headers(hs) + "\n" + body, mid


def invite_text(start, end, tzk, location, body, tb=None):
    t = f"When: {when_line(start, end, tzk)}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.strip()}\n"
    if tb:
        t += "\n" + tb["text"] + "\n"
    return t


def exch_meeting(*, seed, frm, to, subject, date, start, end, tzk, body, organizer, attendees, location,
                 uid, seq=0, cc=(), sender=None, sent_by=None, tb=None, style="word", method="REQUEST",
                 work=False, when_header=True, references=None, in_reply_to=None, importance=None,
                 subject_summary=None):
    text = invite_text(start, end, tzk, location, body, tb) if when_header else (body.strip() + "\n\n" + (tb["text"] + "\n" if tb else ""))
    summary = subject_summary or subject
    ev = exch_vevent(uid=uid, summary=summary, start=start, end=end, tzk=tzk, organizer=organizer,
                     sent_by=sent_by, attendees=attendees, description=text, location=location, seq=seq,
                     dtstamp=date, teams_url=tb["url"] if tb else None, method=method,
                     status="CANCELLED" if method == "CANCEL" else "CONFIRMED",
                     priority=1 if method == "CANCEL" else 5, importance=2 if method == "CANCEL" else 1)
    cal = vcalendar(method, tzk, ev)
    return outlook_mail(seed=seed, frm=frm, to=to, cc=cc, sender=sender, subject=subject, date=date, text=text,
                        style=style, extra_html=tb["html"] if tb else "", work=work, calendar=cal,
                        cal_method=method, references=references, in_reply_to=in_reply_to,
                        importance=importance or ("high" if method == "CANCEL" else None))


def exch_response(*, seed, kind, responder, organizer, cc=(), subject, date, start, end, tzk, uid, seq,
                  location, comment="", work=False, proposed=None):
    """kind: Accepted | Tentative | Declined | New Time Proposed"""
    partstat = {"Accepted": "ACCEPTED", "Tentative": "TENTATIVE", "Declined": "DECLINED",
                "New Time Proposed": "TENTATIVE"}[kind]
    method = "COUNTER" if kind == "New Time Proposed" else "REPLY"
    if kind == "New Time Proposed":
        ps, pe = proposed
        tz = WIN[tzk][2]
        text = (f"{responder[0]} has proposed a new time for this meeting.\n\n"
                f"Current: {long_date(start.astimezone(tz))} {t12(start.astimezone(tz))}-{t12(end.astimezone(tz))}.\n"
                f"Proposed: {long_date(ps.astimezone(tz))} {t12(ps.astimezone(tz))}-{t12(pe.astimezone(tz))}.\n"
                + (f"\n{comment}\n" if comment else ""))
        ev_start, ev_end, orig = ps, pe, (start, end)
    else:
        text = (comment + "\n") if comment else "\n"
        ev_start, ev_end, orig = start, end, None
    ev = exch_vevent(uid=uid, summary=f"{kind}: {subject}", start=ev_start, end=ev_end, tzk=tzk,
                     organizer=organizer, reply_attendee={"name": responder[0], "email": responder[1],
                                                           "partstat": partstat, "rsvp": False},
                     comment=comment or None, location=location, seq=seq, dtstamp=date, method=method,
                     counter_orig=orig, alarm=False)
    cal = vcalendar(method, tzk, ev)
    return outlook_mail(seed=seed, frm=responder, to=[organizer], cc=cc, subject=f"{kind}: {subject}", topic=subject,
                        date=date, text=text, work=work, calendar=cal, cal_method=method)


def forward_notification_text(forwarder, subject, start, end, tzk, recipients):
    tz = WIN[tzk][2]
    s, e = start.astimezone(tz), end.astimezone(tz)
    return (f"Your meeting was forwarded\n\n{forwarder} has forwarded your meeting request to additional recipients.\n\n"
            f"Meeting\n{subject}\n\nMeeting Time\n{long_date(s)} {t12(s)}-{t12(e)}.\n\nRecipients\n"
            + "\n".join(recipients) + f"\n\nAll times listed are in the following time zone: {WIN[tzk][1]}\n")


def outlook_quote(frm, date, tz, to, subject, text, cc=None):
    q = (f"________________________________\nFrom: {frm[0]} <{frm[1]}>\nSent: {sent_line(date, tz)}\n"
         f"To: {to}\n")
    if cc:
        q += f"Cc: {cc}\n"
    return q + f"Subject: {subject}\n\n{text.strip()}\n"


# ----------------------------------------------------------------------------- people shared by negatives
BRAZOS = "brazosmed.example"
ME_WORK = (OWNER_NAME, OWNER_WORK)
ME = (OWNER_NAME, OWNER)
SIG = "\n\nMaribel Quintero\n" + PHONE


def att(p, **kw):
    a = {"name": p[0], "email": p[1]}
    a.update(kw)
    return a


def room(name, email):
    return {"name": name, "email": email, "resource": True}


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": start.isoformat() if start else None,
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ============================================================================= POSITIVES
@case
def c01():
    slug = "ea-on-behalf-hiring-manager-eastern"
    co, dom = "Pecan Grove Foods", "pecangrovefoods.example"
    role = "Senior FP&A Analyst"
    rec = ("Desmond Achterberg", f"dachterberg@{dom}")
    hm = ("Lorraine Whitcomb", f"lwhitcomb@{dom}")
    ea = ("Jasmine Ortega-Bell", f"jortegabell@{dom}")
    d1 = W(d(2026, 3, 16, 16, 41, 7, ET), "Monday")
    t1 = (f"Hi Maribel,\n\nThank you for the great conversation on Friday. I shared my notes with Lorraine Whitcomb, "
          f"our Director of FP&A, and she would like to meet with you next week for the {role} role.\n\n"
          "Lorraine's calendar is managed by her assistant, Jasmine Ortega-Bell, so you'll see the Teams invite come "
          "through from Jasmine on Lorraine's behalf in the next day or so. Plan on about 45 minutes - Lorraine "
          "usually spends most of the time on how you've built driver-based forecasts and how you partner with "
          "operations.\n\nLet me know if anything comes up.\n\nBest,\nDesmond\n\nDesmond Achterberg\n"
          "Talent Acquisition Partner, Corporate Functions\nPecan Grove Foods | Atlanta, GA\n"
          "404-555-0186")
    m1, id1 = outlook_mail(seed="c01-1", frm=rec, to=[ME], subject=f"Next step - {role}", date=d1, text=t1)
    st = W(d(2026, 3, 24, 11, 0, tz=ET), "Tuesday")
    en = d(2026, 3, 24, 11, 45, tz=ET)
    d2 = W(d(2026, 3, 17, 9, 12, 40, ET), "Tuesday")
    tb = teams("pecan|c01", "new", "Atlanta")
    body = ("Hi Maribel,\n\nLorraine asked me to find 45 minutes for the two of you. This is 10:00 AM Dallas time. "
            "If the slot doesn't work, just reply to me and I'll find another one on her calendar.\n\n"
            "Thank you,\nJasmine\n\nJasmine Ortega-Bell\nExecutive Assistant to the CFO & Finance Leadership\n"
            "Pecan Grove Foods")
    subj = f"Pecan Grove Foods | {role} | Maribel Quintero / Lorraine Whitcomb"
    m2, _ = exch_meeting(seed="c01-2", frm=hm, sender=ea, to=[ME], subject=subj, date=d2, start=st, end=en,
                         tzk="ET", body=body, organizer=hm, sent_by=ea[1],
                         attendees=[att(ME)], location="Microsoft Teams Meeting",
                         uid=exch_uid("c01uid"), tb=tb)
    items = [("01-next-step-desmond.eml", m1), ("02-invite-on-behalf-of-lorraine.eml", m2)]
    lab = label([iv(co, role, st, en, "scheduled", [hm[1]], [hm[1]], "hiring_manager")], "medium",
                "positive/exchange-sent-on-behalf",
                "Invite From: the hiring manager with Sender: her EA (ORGANIZER SENT-BY). The EA only schedules; the "
                "interviewer is Lorraine. Eastern Standard Time TZID on Mar 24 (EDT, -04:00) despite the (UTC-05:00) label.")
    return slug, items, lab


@case
def c02():
    slug = "panel-declined-replacement-update"
    co, dom = "Tarrant Ridge Energy", "tarrantridge.example"
    role = "FP&A Analyst II"
    rec = ("Colleen Baptiste", f"cbaptiste@{dom}")
    p1 = ("Rajiv Sethuraman", f"rsethuraman@{dom}")
    p2 = ("Stephanie Kowalczyk", f"skowalczyk@{dom}")
    p3 = ("Amir Haddad", f"ahaddad@{dom}")
    rm = room("FTW-21A Sundance (10) Display", f"ftw21a.sundance@{dom}")
    subj = f"Panel Interview - Maribel Quintero - {role}"
    st = W(d(2026, 4, 9, 14, 0), "Thursday")
    en = d(2026, 4, 9, 15, 0)
    uid = exch_uid("c02uid")
    loc = "FTW-21A Sundance (10) Display"
    d1 = W(d(2026, 4, 2, 11, 40, 12), "Thursday")
    body1 = ("Hi Maribel,\n\nAs discussed, here is the invite for your in-person panel interview at our Fort Worth office "
             "(777 Main St., 21st floor - check in with security in the lobby and ask for me). You'll meet with "
             "Rajiv Sethuraman (Finance Manager, Upstream) and Stephanie Kowalczyk (Assistant Controller).\n\n"
             "Parking validation is available at the 8th St. garage.\n\nThanks,\nColleen\n\nColleen Baptiste | Senior Recruiter\n"
             "Tarrant Ridge Energy\nM 817-555-0122")
    a1 = [att(ME), att(p1), att(p2), rm]
    m1, id1 = exch_meeting(seed="c02-1", frm=rec, to=[ME, p1, p2, ("FTW-21A Sundance (10) Display", rm["email"])],
                           subject=subj, date=d1, start=st, end=en, tzk="CT", body=body1, organizer=rec,
                           attendees=a1, location=loc, uid=uid)
    d2 = d(2026, 4, 2, 12, 5, 31)
    m2, _ = exch_response(seed="c02-2", kind="Accepted", responder=p1, organizer=rec, cc=[ME], subject=subj,
                          date=d2, start=st, end=en, tzk="CT", uid=uid, seq=0, location=loc)
    d3 = W(d(2026, 4, 3, 8, 20, 2), "Friday")
    m3, _ = exch_response(seed="c02-3", kind="Declined", responder=p2, organizer=rec, cc=[ME], subject=subj,
                          date=d3, start=st, end=en, tzk="CT", uid=uid, seq=0, location=loc,
                          comment="Colleen - I'll be in Houston for the lender meeting that afternoon. Amir Haddad has "
                                  "agreed to take my seat on the panel; please send him the invite.")
    d4 = d(2026, 4, 3, 9, 2, 44)
    body4 = ("Hi all,\n\nPanel update: Amir Haddad (Senior Manager, Corporate FP&A) will join Rajiv in place of "
             "Stephanie, who is traveling. Same day, time and room.\n\nThanks,\nColleen")
    a4 = [att(ME), att(p1, partstat="ACCEPTED"), att(p3), rm]
    m4, _ = exch_meeting(seed="c02-4", frm=rec, to=[ME, p1, p3, ("FTW-21A Sundance (10) Display", rm["email"])],
                         subject=subj, date=d4, start=st, end=en, tzk="CT", body=body4, organizer=rec,
                         attendees=a4, location=loc, uid=uid, seq=1)
    items = [("01-panel-invite.eml", m1), ("02-accepted-rajiv.eml", m2), ("03-declined-stephanie.eml", m3),
             ("04-panel-update-amir.eml", m4)]
    lab = label([iv(co, role, st, en, "scheduled", [p1[1], p3[1]], [p1[1], p3[1]], "onsite")], "hard",
                "positive/exchange-responses-panel-change",
                "In-person panel. Accepted:/Declined: responses were cc'd to the candidate; the declining panelist is "
                "replaced in the SEQUENCE:1 update (same time). Final panel = Rajiv + Amir; the room resource and "
                "the recruiter are not interviewers.")
    return slug, items, lab


@case
def c03():
    slug = "new-time-proposed-forwarded-updated"
    co, dom = "Bramblewood Software", "bramblewood.example"
    role = "Senior Financial Analyst, FP&A"
    coord = ("Hannah Verhoeven", f"hverhoeven@{dom}")
    wen = ("Wendell Osei", f"wosei@{dom}")
    subj = "Bramblewood - Modeling Interview - Maribel Quintero"
    uid = exch_uid("c03uid")
    s0, e0 = W(d(2026, 4, 15, 13, 0, tz=ET), "Wednesday"), d(2026, 4, 15, 14, 0, tz=ET)
    s1, e1 = W(d(2026, 4, 16, 15, 30, tz=ET), "Thursday"), d(2026, 4, 16, 16, 30, tz=ET)
    tb = teams("bramble|c03", "classic")
    d1 = W(d(2026, 4, 8, 14, 30, 5, ET), "Wednesday")
    body1 = ("Hi Maribel,\n\nYou're scheduled for the modeling interview with Wendell Osei (Senior Manager, FP&A) for the "
             f"{role} position. Wendell will share a short SaaS metrics case (ARR bridge and a simple cohort model) "
             "on screen, so please join from a computer with Excel.\n\nBest,\nHannah\n\nHannah Verhoeven\n"
             "Talent Acquisition Coordinator | Bramblewood Software")
    m1, id1 = exch_meeting(seed="c03-1", frm=coord, to=[ME, wen], subject=subj, date=d1, start=s0, end=e0,
                           tzk="ET", body=body1, organizer=coord, attendees=[att(ME), att(wen)],
                           location="Microsoft Teams Meeting", uid=uid, tb=tb)
    dprop = W(d(2026, 4, 10, 9, 48, tz=ET), "Friday")
    prop = outlook_quote(wen, dprop, ET, f"{coord[0]} <{coord[1]}>", f"New Time Proposed: {subj}",
                                     f"{wen[0]} has proposed a new time for this meeting.\n\n"
                                     f"Current: {long_date(s0)} {t12(s0)}-{t12(e0)}.\n"
                                     f"Proposed: {long_date(s1)} {t12(s1)}-{t12(e1)}.\n\n"
                                     "Board deck review got pulled into Wednesday afternoon - sorry about that!")
    d2 = d(2026, 4, 10, 10, 15, 9, ET)
    t2 = ("Hi Maribel,\n\nWendell has a conflict on Wednesday and proposed the time below. Would Thursday, April 16 at "
          "3:30 PM Eastern (2:30 PM your time) work for you? If so I'll send the updated invite.\n\nThanks,\nHannah\n\n"
          + prop)
    m2, id2 = outlook_mail(seed="c03-2", frm=coord, to=[ME], subject=f"FW: New Time Proposed: {subj}", date=d2, text=t2)
    dme = d(2026, 4, 10, 10, 49, tz=CT)
    d3 = d(2026, 4, 10, 12, 2, 30, ET)
    t3 = ("Perfect - updated invite is on its way. Thanks for being flexible!\n\nHannah\n\n"
          + outlook_quote(ME, dme, ET, f"{coord[0]} <{coord[1]}>", f"RE: FW: New Time Proposed: {subj}",
                          "Hi Hannah,\n\nThursday at 2:30 Central works great for me.\n\nThank you,\nMaribel")
          + "\n" + outlook_quote(coord, d2, ET, f"{OWNER_NAME} <{OWNER}>", f"FW: New Time Proposed: {subj}", t2))
    m3, id3 = outlook_mail(seed="c03-3", frm=coord, to=[ME], subject=f"RE: FW: New Time Proposed: {subj}", date=d3,
                           text=t3, in_reply_to=ms_msgid("c03-me"), references=[id2, ms_msgid("c03-me")],
                           topic=f"New Time Proposed: {subj}")
    d4 = d(2026, 4, 10, 12, 6, 12, ET)
    body4 = ("Hi Maribel,\n\nUpdated to Thursday per Wendell's proposal. Same Teams link and same case.\n\nBest,\nHannah")
    m4, _ = exch_meeting(seed="c03-4", frm=coord, to=[ME, wen], subject=f"Updated: {subj}", subject_summary=subj,
                         date=d4, start=s1, end=e1, tzk="ET", body=body4, organizer=coord,
                         attendees=[att(ME, partstat="ACCEPTED"), att(wen)], location="Microsoft Teams Meeting",
                         uid=uid, seq=1, tb=tb)
    items = [("01-modeling-interview-invite.eml", m1), ("02-fw-new-time-proposed.eml", m2),
             ("03-re-confirm-thursday.eml", m3), ("04-updated-invite-thursday.eml", m4)]
    lab = label([iv(co, role, s1, e1, "scheduled", [wen[1]], [wen[1]], "technical")], "hard",
                "positive/exchange-counter-proposal-reschedule",
                "Interviewer's 'New Time Proposed' forwarded by the coordinator, candidate agrees, 'Updated:' invite "
                "(same UID, SEQUENCE 1) moves Wed 1 PM ET to Thu 3:30 PM ET. Final time only.")
    return slug, items, lab


@case
def c04():
    slug = "owa-canceled-then-new-invite"
    co, dom = "Caprock Beverage Co.", "caprockbev.example"
    role = "Financial Planning Analyst - Commercial Finance"
    rec = ("Yvette Marchand", f"ymarchand@{dom}")
    hm = ("Trevor Nakashima", f"tnakashima@{dom}")
    subj = "Caprock Beverage | Hiring Manager Interview | Maribel Quintero"
    uid1 = exch_uid("c04uid-a")
    uid2 = exch_uid("c04uid-b")
    s1, e1 = W(d(2026, 4, 20, 10, 0), "Monday"), d(2026, 4, 20, 10, 45)
    s2, e2 = W(d(2026, 4, 23, 13, 30), "Thursday"), d(2026, 4, 23, 14, 15)
    tb1 = teams("caprock|c04a", "new")
    tb2 = teams("caprock|c04b", "new")
    d1 = W(d(2026, 4, 14, 15, 11, 20), "Tuesday")
    body1 = (f"Hi Maribel,\n\nPlease see the Teams invite for your interview with Trevor Nakashima, Commercial Finance "
             f"Manager, for the {role} role. Trevor will want to hear about your experience with price/volume/mix "
             "analysis and trade-spend accruals.\n\nThank you!\nYvette Marchand\nRecruiter | Caprock Beverage Co.")
    m1, _ = exch_meeting(seed="c04-1", frm=rec, to=[ME, hm], subject=subj, date=d1, start=s1, end=e1, tzk="CT",
                         body=body1, organizer=rec, attendees=[att(ME), att(hm)], location="Microsoft Teams Meeting",
                         uid=uid1, tb=tb1, style="owa", when_header=False)
    d2 = W(d(2026, 4, 17, 16, 30, 41), "Friday")
    body2 = ("Hi Maribel, Trevor has been pulled into our Q1 reforecast offsite on Monday, so I'm canceling this slot. "
             "I'll send a new invite for later next week shortly - so sorry for the shuffle.\n\nYvette")
    m2, _ = exch_meeting(seed="c04-2", frm=rec, to=[ME, hm], subject=f"Canceled: {subj}", subject_summary=f"Canceled: {subj}",
                         date=d2, start=s1, end=e1, tzk="CT", body=body2, organizer=rec,
                         attendees=[att(ME), att(hm)], location="Microsoft Teams Meeting", uid=uid1, seq=1,
                         method="CANCEL", style="owa", when_header=False)
    d3 = d(2026, 4, 17, 16, 41, 3)
    body3 = ("Hi Maribel,\n\nHere's the new time with Trevor - Thursday afternoon. Same format, 45 minutes on Teams.\n\n"
             "Thanks for your patience,\nYvette Marchand\nRecruiter | Caprock Beverage Co.")
    m3, _ = exch_meeting(seed="c04-3", frm=rec, to=[ME, hm], subject=subj.replace("Interview", "Interview (rescheduled)"),
                         date=d3, start=s2, end=e2, tzk="CT", body=body3, organizer=rec,
                         attendees=[att(ME), att(hm)], location="Microsoft Teams Meeting", uid=uid2, tb=tb2,
                         style="owa", when_header=False)
    items = [("01-owa-invite-monday.eml", m1), ("02-owa-canceled-monday.eml", m2), ("03-owa-new-invite-thursday.eml", m3)]
    lab = label([iv(co, role, s1, e1, "cancelled", [hm[1]], [hm[1]], "hiring_manager"),
                 iv(co, role, s2, e2, "scheduled", [hm[1]], [hm[1]], "hiring_manager")], "hard",
                "positive/cancel-then-rebook-new-event",
                "OWA-authored invites without When:/Where: text lines. METHOD:CANCEL for the Monday slot, then a NEW "
                "event (different UID) on Thursday -> two entries, one cancelled and one scheduled.")
    return slug, items, lab


@case
def c05():
    slug = "recruiter-screen-then-hm-across-dst"
    co, dom = "Harborline Outfitters", "harborline.example"
    role = "Financial Analyst, FP&A (Retail)"
    rec = ("Dominique Fairbanks", f"dfairbanks@{dom}")
    hm = ("Curtis Engel", f"cengel@{dom}")
    d1 = W(d(2026, 3, 3, 10, 14, 2, ET), "Tuesday")
    t1 = (f"Hi Maribel,\n\nThanks for applying to the {role} opening on our Charlotte team - your retail "
          "planning background caught my eye. Would tomorrow at 2:30 Central (3:30 our time) work for a 30-minute "
          f"phone screen? I'd call you at {PHONE}.\n\nBest,\nDominique\n\nDominique Fairbanks\nCorporate Recruiter\n"
          "Harborline Outfitters | Charlotte, NC")
    m1, id1 = outlook_mail(seed="c05-1", frm=rec, to=[ME], subject=f"{role} - phone screen", date=d1, text=t1)
    dme = d(2026, 3, 3, 9, 40, 55)
    d2 = d(2026, 3, 3, 11, 2, 18, ET)
    t2 = ("Great - you're confirmed for tomorrow (Wednesday) at 2:30 PM CT / 3:30 PM ET. I'll call your cell. Talk then!\n\n"
          "Dominique\n\n" + outlook_quote(ME, dme, ET, f"{rec[0]} <{rec[1]}>", f"RE: {role} - phone screen",
                                          "Hi Dominique,\n\nTomorrow at 2:30 works for me. Thank you!\n\nMaribel\n\n"
                                          "Sent from Outlook for iOS")
          + "\n" + outlook_quote(rec, d1, ET, f"{OWNER_NAME} <{OWNER}>", f"{role} - phone screen", t1))
    m2, id2 = outlook_mail(seed="c05-2", frm=rec, to=[ME], subject=f"RE: {role} - phone screen", date=d2, text=t2,
                           in_reply_to=ms_msgid("c05-me"), references=[id1, ms_msgid("c05-me")],
                           topic=f"{role} - phone screen")
    ps = W(d(2026, 3, 4, 14, 30), "Wednesday")
    pe = d(2026, 3, 4, 15, 0)
    d3 = W(d(2026, 3, 6, 14, 25, 37, ET), "Friday")
    s2, e2 = W(d(2026, 3, 12, 11, 0, tz=ET), "Thursday"), d(2026, 3, 12, 12, 0, tz=ET)
    body3 = ("Hi Maribel,\n\nDominique passed along great notes from your screen on Wednesday. I'd like to spend an hour "
             "walking through your store-level forecasting work and our weekly flash process. Note we're an hour "
             "ahead of you in Charlotte.\n\nCurtis Engel\nManager, FP&A | Harborline Outfitters")
    tb = teams("harbor|c05", "classic")
    m3, _ = exch_meeting(seed="c05-3", frm=hm, to=[ME], cc=[rec], subject="Harborline FP&A - Interview with Curtis Engel",
                         date=d3, start=s2, end=e2, tzk="ET", body=body3, organizer=hm,
                         attendees=[att(ME), att(rec, role="OPT-PARTICIPANT")], location="Microsoft Teams Meeting",
                         uid=exch_uid("c05uid"), tb=tb)
    items = [("01-dominique-phone-screen-ask.eml", m1), ("02-dominique-confirms-tomorrow.eml", m2),
             ("03-curtis-invite-eastern.eml", m3)]
    lab = label([iv(co, role, ps, pe, "scheduled", [rec[1]], [rec[1]], "phone_screen"),
                 iv(co, role, s2, e2, "scheduled", [hm[1]], [hm[1]], "hiring_manager")], "hard",
                "positive/two-interviews-dst",
                "Body-only recruiter screen ('tomorrow at 2:30 Central' resolved against Tue Mar 3 -> Wed Mar 4, CST), "
                "then an Eastern Standard Time invite sent Mar 6 (EST) for Mar 12, after US DST starts (-04:00). The "
                "recruiter is only an optional attendee on the second one.")
    return slug, items, lab


@case
def c06():
    slug = "uptown-onsite-loop-room-resources"
    co, dom = "Trinity Span Bank", "trinityspan.example"
    role = "Senior Analyst, FP&A"
    coord = ("Odessa Lindqvist", f"olindqvist@{dom}")
    i1 = ("Marcus Bellamy", f"mbellamy@{dom}")
    i2 = ("Nadine Fairweather", f"nfairweather@{dom}")
    i3 = ("Ivy Castellanos", f"icastellanos@{dom}")
    i4 = ("Oren Blumenthal", f"oblumenthal@{dom}")
    r22 = room("DAL-UPT-22 Katy Trail Room (8)", f"dal-upt-22-katytrail@{dom}")
    r23 = room("DAL-UPT-23 Exec Boardroom (14)", f"dal-upt-23-boardroom@{dom}")
    day = W(d(2026, 4, 24), "Friday")
    S = [(i1, d(2026, 4, 24, 9, 0), d(2026, 4, 24, 9, 45), r22, "Director, FP&A"),
         (i2, d(2026, 4, 24, 10, 0), d(2026, 4, 24, 10, 45), r22, "Controller"),
         (i3, d(2026, 4, 24, 11, 0), d(2026, 4, 24, 12, 0), r22, "Senior Manager, FP&A (case exercise)"),
         (i4, d(2026, 4, 24, 13, 0), d(2026, 4, 24, 13, 30), r23, "SVP, Finance")]
    d0 = W(d(2026, 4, 16, 15, 20, 9), "Thursday")
    rows = "\n".join(f"{t12(s)} - {t12(e)}  {p[0]}, {t}  ({r['name']})" for p, s, e, r, t in S[:3])
    rows += "\n12:00 PM - 12:45 PM  Lunch on your own (22nd-floor cafe - we'll give you a guest card)\n"
    rows += f"{t12(S[3][1])} - {t12(S[3][2])}  {S[3][0][0]}, {S[3][4]}  ({S[3][3]['name']})"
    t0 = (f"Hi Maribel,\n\nWe're excited to host you at our Uptown Dallas office on {long_date(day)} for your onsite "
          f"interviews for the {role} role. Your schedule (all times Central):\n\n{rows}\n\n"
          "Address: 2400 McKinney Ave, 22nd floor, Dallas, TX 75201. Visitor parking is in the garage off Maple Ave; "
          "bring your ticket up for validation. Please arrive by 8:45 AM and check in at the 22nd-floor reception.\n\n"
          "For the case exercise with Ivy you'll get a printed packet; no laptop needed. You'll receive a separate "
          "calendar hold for each conversation.\n\nWarm regards,\nOdessa\n\nOdessa Lindqvist\nRecruiting Coordinator | "
          "Trinity Span Bank\n214-555-0175")
    m0, id0 = outlook_mail(seed="c06-0", frm=coord, to=[ME], subject=f"Your onsite itinerary - {role} - Friday 4/24",
                           date=d0, text=t0)
    items = [("01-onsite-itinerary.eml", m0)]
    for n, (p, s, e, r, t) in enumerate(S, start=2):
        body = (f"Hi Maribel,\n\nThis hold is for your conversation with {p[0]} ({t}) as part of your onsite. See the "
                "itinerary e-mail for directions and parking.\n\nOdessa")
        subj = f"Onsite Interview: Maribel Quintero / {p[0]} - {role}"
        m, _ = exch_meeting(seed=f"c06-{n}", frm=coord, to=[ME, p, (r["name"], r["email"])], subject=subj,
                            date=d0 + timedelta(minutes=4 + n), start=s, end=e, tzk="CT", body=body, organizer=coord,
                            attendees=[att(ME), att(p), r], location=r["name"], uid=exch_uid(f"c06uid{n}"))
        slugp = p[0].split()[0].lower()
        items.append((f"0{n}-invite-{slugp}.eml", m))
    who = [x[0][1] for x in S]
    lab = label([iv(co, role, S[0][1], S[-1][2], "scheduled", who, who, "onsite")], "medium",
                "positive/onsite-loop-separate-invites",
                "One in-person loop sent as an itinerary plus four Exchange holds with room-resource attendees (CUTYPE=RESOURCE); "
                "one onsite from 9:00 to 1:30 PM CDT with all four interviewers, lunch break included. Coordinator and rooms are not interviewers.")
    return slug, items, lab


@case
def c07():
    slug = "central-email-eastern-invite-dedupe"
    co, dom = "Palisade Mutual", "palisademutual.example"
    role = "Financial Analyst II - Corporate FP&A"
    rec = ("Simone Varga", f"svarga@{dom}")
    hm = ("Hollis Granger", f"hgranger@{dom}")
    s, e = W(d(2026, 4, 13, 16, 0, tz=ET), "Monday"), d(2026, 4, 13, 16, 45, tz=ET)
    d1 = W(d(2026, 4, 8, 9, 40, 31, ET), "Wednesday")
    t1 = (f"Hi Maribel,\n\nGood news - Hollis Granger, our Director of Corporate FP&A, would like to meet you. You're "
          "confirmed for Monday, April 13 at 3:00 PM Central / 4:00 PM Eastern for 45 minutes on Teams. The invite "
          "will come from Hollis's calendar.\n\nHollis tends to ask about long-range planning and how you present "
          "variances to non-finance leaders.\n\nBest regards,\nSimone\n\nSimone Varga\nTalent Acquisition | Palisade Mutual\n"
          "Hartford, CT")
    m1, _ = outlook_mail(seed="c07-1", frm=rec, to=[ME], subject=f"Interview confirmed - {role}", date=d1, text=t1)
    d2 = d(2026, 4, 8, 10, 2, 50, ET)
    body2 = ("Maribel - looking forward to our conversation.\n\nHollis Granger\nDirector, Corporate FP&A\nPalisade Mutual")
    tb = teams("palisade|c07", "new", "Hartford")
    m2, _ = exch_meeting(seed="c07-2", frm=hm, to=[ME], cc=[rec], subject=f"Palisade Mutual - {role} - Interview",
                         date=d2, start=s, end=e, tzk="ET", body=body2, organizer=hm,
                         attendees=[att(ME), att(rec, role="OPT-PARTICIPANT")], location="Microsoft Teams Meeting",
                         uid=exch_uid("c07uid"), tb=tb)
    items = [("01-simone-confirmation.eml", m1), ("02-hollis-teams-invite.eml", m2)]
    lab = label([iv(co, role, s, e, "scheduled", [hm[1]], [hm[1]], "hiring_manager")], "easy",
                "positive/dedupe-central-vs-eastern",
                "Recruiter mail states 3:00 PM Central / 4:00 PM Eastern; the invite uses Eastern Standard Time 16:00. "
                "Same instant, one interview.")
    return slug, items, lab


@case
def c08():
    slug = "waco-teams-invite-after-dst-start"
    co, dom = "Blackland Prairie Utilities", "blacklandutil.example"
    role = "Budget & Forecasting Analyst"
    hr = ("LaToya Brisco", f"lbrisco@{dom}")
    hm = ("Felipe Arceneaux", f"farceneaux@{dom}")
    d1 = W(d(2026, 3, 5, 16, 22, 14), "Thursday")
    s, e = W(d(2026, 3, 10, 9, 30), "Tuesday"), d(2026, 3, 10, 10, 30)
    t1 = (f"Good afternoon Maribel,\n\nThank you for your interest in the {role} position with Blackland Prairie "
          "Utilities. Felipe Arceneaux, our Budget Manager and the hiring manager for this role, would like to "
          "interview you over Teams next Tuesday, March 10, at 9:30 AM Central for about an hour.\n\n"
          "Please reply to confirm and I will have Felipe send the meeting invitation.\n\nRespectfully,\n\n"
          "LaToya Brisco, SHRM-CP\nHR Generalist\nBlackland Prairie Utilities | Waco, Texas\n254-555-0161")
    m1, id1 = outlook_mail(seed="c08-1", frm=hr, to=[ME], subject=f"Interview Request - {role}", date=d1, text=t1)
    dme = d(2026, 3, 5, 16, 51, 2)
    d2 = d(2026, 3, 5, 17, 5, 40)
    t2 = ("Thank you Maribel, you are confirmed. Felipe will send the Teams invitation.\n\nLaToya\n\n"
          + outlook_quote(ME, dme, CT, f"{hr[0]} <{hr[1]}>", f"RE: Interview Request - {role}",
                          "Hi LaToya,\n\nTuesday the 10th at 9:30 works well. Thank you!\n\nMaribel Quintero")
          + "\n" + outlook_quote(hr, d1, CT, f"{OWNER_NAME} <{OWNER}>", f"Interview Request - {role}", t1))
    m2, _ = outlook_mail(seed="c08-2", frm=hr, to=[ME], subject=f"RE: Interview Request - {role}", date=d2, text=t2,
                         in_reply_to=ms_msgid("c08-me"), references=[id1, ms_msgid("c08-me")],
                         topic=f"Interview Request - {role}")
    d3 = W(d(2026, 3, 6, 8, 10, 3), "Friday")
    tb = teams("blackland|c08", "classic")
    m3, _ = exch_meeting(seed="c08-3", frm=hm, to=[ME], cc=[hr], subject=f"Interview - {role} - Maribel Quintero",
                         date=d3, start=s, end=e, tzk="CT",
                         body="Maribel,\n\nLooking forward to visiting with you on Tuesday.\n\nFelipe Arceneaux\nBudget Manager",
                         organizer=hm, attendees=[att(ME), att(hr, role="OPT-PARTICIPANT")],
                         location="Microsoft Teams Meeting", uid=exch_uid("c08uid"), tb=tb)
    items = [("01-latoya-interview-request.eml", m1), ("02-latoya-confirmed.eml", m2), ("03-felipe-teams-invite.eml", m3)]
    lab = label([iv(co, role, s, e, "scheduled", [hm[1]], [hm[1]], "hiring_manager")], "medium",
                "positive/dst-boundary-central",
                "Arranged on Thu Mar 5 (CST, -06:00) for Tue Mar 10 9:30 AM Central, which is after the Mar 8 DST "
                "change -> -05:00. The invite's (UTC-06:00) label is the Windows standard label, not the offset.")
    return slug, items, lab


@case
def c09():
    slug = "cfo-final-tentative-then-updated"
    co, dom = "Cedar Hollow Hotels", "cedarhollow.example"
    role = "Senior FP&A Analyst - Hotel Operations"
    ea = ("Lamar Pettigrew", f"lpettigrew@{dom}")
    cfo = ("Beatrix Solberg", f"bsolberg@{dom}")
    subj = "Final Interview: Maribel Quintero with Beatrix Solberg (CFO)"
    uid = exch_uid("c09uid")
    s0, e0 = W(d(2026, 5, 6, 16, 0, tz=ET), "Wednesday"), d(2026, 5, 6, 16, 45, tz=ET)
    s1, e1 = d(2026, 5, 6, 16, 15, tz=ET), d(2026, 5, 6, 17, 0, tz=ET)
    tb = teams("cedar|c09", "new", "Atlanta")
    d1 = W(d(2026, 4, 29, 9, 55, 0, ET), "Wednesday")
    body1 = (f"Hello Maribel,\n\nBeatrix would like to meet with you for the final conversation for the {role} role. "
             "She has 45 minutes on Wednesday afternoon (3:00 PM Central).\n\nKind regards,\nLamar Pettigrew\n"
             "Executive Assistant to the Chief Financial Officer\nCedar Hollow Hotels | Atlanta, GA")
    m1, _ = exch_meeting(seed="c09-1", frm=ea, to=[ME, cfo], subject=subj, date=d1, start=s0, end=e0, tzk="ET",
                         body=body1, organizer=ea, attendees=[att(ME), att(cfo)], location="Microsoft Teams Meeting",
                         uid=uid, tb=tb)
    d2 = d(2026, 4, 29, 11, 20, 44, ET)
    m2, _ = exch_response(seed="c09-2", kind="Tentative", responder=cfo, organizer=ea, cc=[ME], subject=subj,
                          date=d2, start=s0, end=e0, tzk="ET", uid=uid, seq=0, location="Microsoft Teams Meeting",
                          comment="Lamar - audit committee prep may run long that day. Can we start at 4:15 and keep "
                                  "the full 45 minutes?")
    d3 = d(2026, 4, 29, 11, 48, 15, ET)
    body3 = ("Hello Maribel,\n\nSmall change: Beatrix is now starting at 4:15 PM Eastern (3:15 PM Central) and will "
             "still have the full 45 minutes with you. Same Teams link.\n\nKind regards,\nLamar")
    m3, _ = exch_meeting(seed="c09-3", frm=ea, to=[ME, cfo], subject=f"Updated: {subj}", subject_summary=subj, date=d3,
                         start=s1, end=e1, tzk="ET", body=body3, organizer=ea,
                         attendees=[att(ME, partstat="ACCEPTED"), att(cfo, partstat="TENTATIVE")],
                         location="Microsoft Teams Meeting", uid=uid, seq=1, tb=tb)
    items = [("01-cfo-final-invite.eml", m1), ("02-tentative-beatrix.eml", m2), ("03-updated-415-eastern.eml", m3)]
    lab = label([iv(co, role, s1, e1, "scheduled", [cfo[1]], [cfo[1]], "other")], "hard",
                "positive/exchange-tentative-then-updated",
                "EA organizes a final round with the CFO; the CFO's Tentative: reply (cc'd to the candidate) asks for "
                "4:15, and the Updated: invite (SEQUENCE 1) moves it 15 minutes. EA is a scheduler only. Kind 'other' "
                "(final conversation with an executive).")
    return slug, items, lab


@case
def c10():
    slug = "candidate-withdraws-interview-canceled"
    co, dom = "Ozark Trail Freight", "ozarktrail.example"
    role = "FP&A Analyst - Network Planning"
    rec = ("Corinne Tabor", f"ctabor@{dom}")
    ivr = ("Gabriela Montrose", f"gmontrose@{dom}")
    subj = "Ozark Trail Freight - Technical Interview - Maribel Quintero"
    uid = exch_uid("c10uid")
    s, e = W(d(2026, 4, 28, 14, 0), "Tuesday"), d(2026, 4, 28, 15, 0)
    tb = teams("ozark|c10", "classic")
    d1 = W(d(2026, 4, 21, 14, 30, 8), "Tuesday")
    body1 = (f"Hi Maribel,\n\nHere is your technical interview for the {role} role with Gabriela Montrose, Manager of "
             "Financial Planning. Expect a 20-minute Excel forecasting exercise (lane volumes and cost per mile) followed "
             "by questions.\n\nThanks,\nCorinne Tabor\nTalent Acquisition Specialist\nOzark Trail Freight | Springfield, MO")
    m1, _ = exch_meeting(seed="c10-1", frm=rec, to=[ME, ivr], subject=subj, date=d1, start=s, end=e, tzk="CT",
                         body=body1, organizer=rec, attendees=[att(ME), att(ivr)], location="Microsoft Teams Meeting",
                         uid=uid, tb=tb)
    dme = W(d(2026, 4, 24, 8, 3, 11), "Friday")
    d2 = d(2026, 4, 24, 15, 12, 26)
    t2 = ("Hi Maribel,\n\nThank you for letting me know, and best of luck with the other opportunity! I've canceled "
          "Tuesday's interview with Gabriela - you'll see the cancellation come through separately. We'd be happy to "
          "reconnect in the future.\n\nCorinne\n\n"
          + outlook_quote(ME, dme, CT, f"{rec[0]} <{rec[1]}>", f"Withdrawing - {role}",
                          "Hi Corinne,\n\nThank you for moving me forward. After a lot of thought I've decided to "
                          "pursue another opportunity that is further along, so I'd like to withdraw from the process "
                          "and release next Tuesday's interview slot with Gabriela.\n\nI really appreciate your time.\n\n"
                          "Best,\nMaribel"))
    m2, _ = outlook_mail(seed="c10-2", frm=rec, to=[ME], subject=f"RE: Withdrawing - {role}", date=d2, text=t2,
                         in_reply_to=ms_msgid("c10-me"), references=[ms_msgid("c10-me")], topic=f"Withdrawing - {role}")
    d3 = d(2026, 4, 24, 15, 14, 2)
    m3, _ = exch_meeting(seed="c10-3", frm=rec, to=[ME, ivr], subject=f"Canceled: {subj}", subject_summary=f"Canceled: {subj}",
                         date=d3, start=s, end=e, tzk="CT",
                         body="Candidate has withdrawn from the process. Thank you!", organizer=rec,
                         attendees=[att(ME), att(ivr)], location="Microsoft Teams Meeting", uid=uid, seq=1,
                         method="CANCEL")
    items = [("01-technical-interview-invite.eml", m1), ("02-re-withdrawing.eml", m2), ("03-canceled-invite.eml", m3)]
    lab = label([iv(co, role, s, e, "cancelled", [ivr[1]], [ivr[1]], "technical")], "medium",
                "positive/cancellation-candidate-withdrawal",
                "Candidate withdraws (quoted in the recruiter's reply) and the organizer sends METHOD:CANCEL. Kept as one "
                "cancelled interview at its last scheduled time.")
    return slug, items, lab


@case
def c11():
    slug = "gcal-event-pushed-thirty-minutes"
    co, dom = "Fenwick Ridge Partners", "fenwickridge.example"
    role = "Portfolio FP&A Analyst"
    coord = ("Thea Marchetti", f"tmarchetti@{dom}")
    hm = ("Jonah Kessler-Ames", f"jkesslerames@{dom}")
    d1 = W(d(2026, 4, 23, 17, 48, 10, ET), "Thursday")
    s0 = W(d(2026, 4, 30, 11, 0, tz=ET), "Thursday")
    s, e = d(2026, 4, 30, 11, 30, tz=ET), d(2026, 4, 30, 12, 15, tz=ET)
    t1 = (f"Hi Maribel,\n\nConfirming your interview with Jonah Kessler-Ames, VP of Portfolio Finance, for the {role} "
          "role on Thursday, April 30 at 11:00 AM ET (10:00 AM Central). It's 45 minutes over Google Meet - the "
          "calendar invite will come from me.\n\nJonah will ask about consolidating results across business units "
          "and your experience with lender reporting.\n\nBest,\nThea\n\nThea Marchetti\nRecruiting Coordinator\n"
          "Fenwick Ridge Partners | New York, NY")
    m1, _ = gmail_mail(seed="c11-1", frm=coord, to=[ME], subject=f"Fenwick Ridge - interview confirmation ({role})",
                       date=d1, text=t1)
    eid = alnum("c11ev", 26).lower()
    meet = "qvt-" + alnum("m1", 4).lower() + "-" + alnum("m2", 3).lower()
    ev = {
        "kind": "calendar#event",
        "etag": '"' + digits("c11etag", 16) + '"',
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-04-23T21:52:44.000Z",
        "updated": "2026-04-27T14:06:31.418Z",
        "summary": f"Fenwick Ridge Partners - {role} - Maribel Quintero / Jonah Kessler-Ames",
        "description": ("Interview with Jonah Kessler-Ames (VP, Portfolio Finance).\n\nUpdate 4/27: pushed 30 minutes at "
                        "Jonah's request - he is flying back from Chicago that morning. Still 45 minutes.\n\n"
                        "Coordinator: Thea Marchetti (tmarchetti@fenwickridge.example)"),
        "creator": {"email": coord[1], "displayName": coord[0]},
        "organizer": {"email": coord[1], "displayName": coord[0]},
        "start": {"dateTime": s.isoformat(), "timeZone": "America/New_York"},
        "end": {"dateTime": e.isoformat(), "timeZone": "America/New_York"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 1,
        "attendees": [
            {"email": coord[1], "displayName": coord[0], "organizer": True, "responseStatus": "accepted"},
            {"email": hm[1], "displayName": hm[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": f"https://meet.google.com/{meet}",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{meet}", "label": f"meet.google.com/{meet}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": meet,
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    items = [("01-thea-confirmation.eml", m1), ("02-calendar-event.gcal.json", json.dumps(ev, indent=2) + "\n")]
    assert s0 < s
    lab = label([iv(co, role, s, e, "scheduled", [hm[1]], [hm[1]], "hiring_manager")], "hard",
                "positive/gcal-json-later-update",
                "E-mail confirms 11:00 AM ET; the later Calendar API event (sequence 1, updated 4/27) says 11:30-12:15 ET. "
                "Final state wins; coordinator is not an interviewer.")
    return slug, items, lab


@case
def c12():
    slug = "standalone-ics-after-fall-back"
    co, dom = "Elmcrest Senior Living", "elmcrest.example"
    role = "FP&A Analyst - Community Operations"
    coord = ("Brenna Tull", f"btull@{dom}")
    ivr = ("Yusuf Adeyemi", f"yadeyemi@{dom}")
    s, e = W(d(2026, 11, 3, 10, 0), "Tuesday"), d(2026, 11, 3, 11, 0)
    stamp = W(d(2026, 10, 27, 13, 2, 0), "Tuesday")
    tb = teams("elmcrest|c12", "new")
    desc = (f"Technical interview for the {role} role.\n\nYusuf Adeyemi (Senior Manager, FP&A) will run a 30-minute "
            "Excel exercise: roll forward a community-level P&L for occupancy and rate changes, then discuss your "
            "approach. Brenna Tull (Recruiting) set this up and will not join.\n\n" + tb["text"])
    ev = exch_vevent(uid=exch_uid("c12uid"), summary=f"Elmcrest Senior Living - Technical Interview - {OWNER_NAME}",
                     start=s, end=e, tzk="CT", organizer=coord,
                     attendees=[att(ME, partstat="ACCEPTED"), att(ivr, partstat="ACCEPTED")], description=desc,
                     location="Microsoft Teams Meeting", seq=0, dtstamp=stamp, teams_url=tb["url"], method="PUBLISH",
                     busy="BUSY")
    cal = vcalendar("PUBLISH", "CT", ev, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    items = [("01-elmcrest-technical-interview.ics", cal)]
    lab = label([iv(co, role, s, e, "scheduled", [ivr[1]], [ivr[1]], "technical")], "medium",
                "positive/standalone-ics-dst-end",
                "Outlook 'Save as' .ics (METHOD:PUBLISH) with a Central Standard Time VTIMEZONE, stamped Oct 27 (CDT) "
                "for Nov 3, after US DST ends -> -06:00. Coordinator organizes but does not interview.")
    return slug, items, lab


@case
def c13():
    slug = "meeting-forward-notification-adds-director"
    co, dom = "Gulfstar Midstream", "gulfstar-midstream.example"
    role = "Senior FP&A Analyst - Capital Planning"
    rec = ("Ines Valderrama", f"ivalderrama@{dom}")
    hm = ("Dana Whitlock", f"dwhitlock@{dom}")
    dr = ("Kofi Mensah", f"kmensah@{dom}")
    subj = f"Gulfstar Midstream - Interview - Maribel Quintero ({role})"
    s, e = W(d(2026, 4, 1, 10, 30), "Wednesday"), d(2026, 4, 1, 11, 30)
    tb = teams("gulfstar|c13", "classic")
    d1 = W(d(2026, 3, 26, 10, 45, 19), "Thursday")
    body1 = (f"Hi Maribel,\n\nThank you for your time on the phone earlier this week. Please find the Teams details for "
             f"your interview with Dana Whitlock, Manager of Capital Planning, for the {role} opening.\n\n"
             "Ines Valderrama\nTalent Acquisition | Gulfstar Midstream | Houston")
    m1, id1 = exch_meeting(seed="c13-1", frm=rec, to=[ME, hm], subject=subj, date=d1, start=s, end=e, tzk="CT",
                           body=body1, organizer=rec, attendees=[att(ME), att(hm)], location="Microsoft Teams Meeting",
                           uid=exch_uid("c13uid"), tb=tb)
    dn = W(d(2026, 3, 27, 8, 57), "Friday")
    note = forward_notification_text(hm[0], subj, s, e, "CT", [dr[0]])
    sysmb = ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@" + dom)
    d2 = d(2026, 3, 27, 9, 20, 36)
    t2 = ("Hi Maribel,\n\nQuick heads-up: Dana forwarded your interview to Kofi Mensah, our Director of Corporate "
          "Planning, and he'll join Dana for the full hour on Wednesday. No change to the time or the Teams link.\n\n"
          "Ines\n\n" + outlook_quote(sysmb, dn, CT, f"{rec[0]} <{rec[1]}>", f"Meeting Forward Notification: {subj}", note))
    m2, _ = outlook_mail(seed="c13-2", frm=rec, to=[ME], cc=[hm, dr], subject=f"FW: Meeting Forward Notification: {subj}", date=d2,
                         text=t2, topic=f"Meeting Forward Notification: {subj}")
    both = [hm[1], dr[1]]
    items = [("01-interview-invite-dana.eml", m1), ("02-fw-meeting-forward-notification.eml", m2)]
    lab = label([iv(co, role, s, e, "scheduled", both, both, "onsite")], "hard",
                "positive/meeting-forward-notification",
                "Invite lists only the hiring manager; a forwarded 'Meeting Forward Notification' (with the misleading "
                "(UTC-06:00) label while Apr 1 is CDT) shows the director was added. Two interviewers -> panel, kind onsite.")
    return slug, items, lab


# ============================================================================= NEGATIVES
@case
def c14():
    slug = "month-end-close-review-she-organizes"
    ctrl = ("Philip Navarro", f"pnavarro@{BRAZOS}")
    acct = ("Desiree Holloway", f"dholloway@{BRAZOS}")
    rc = ("Grant Ellison", f"gellison@{BRAZOS}")
    sysmb = ("Microsoft Outlook", f"MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@{BRAZOS}")
    subj = "March Close - Flash P&L Review & Variance Walkthrough"
    s, e = W(d(2026, 4, 6, 14, 0), "Monday"), d(2026, 4, 6, 15, 0)
    uid = exch_uid("c14uid")
    d1 = W(d(2026, 4, 2, 10, 3, 22), "Thursday")
    t1 = forward_notification_text(acct[0], subj, s, e, "CT", [rc[0]])
    m1, _ = outlook_mail(seed="c14-1", frm=sysmb, to=[ME_WORK], subject=f"Meeting Forward Notification: {subj}",
                         date=d1, text=t1, work=True)
    d2 = d(2026, 4, 2, 10, 30, 5)
    m2, _ = exch_response(seed="c14-2", kind="Accepted", responder=ctrl, organizer=ME_WORK, subject=subj, date=d2,
                          start=s, end=e, tzk="CT", uid=uid, seq=0, location="BMG-HQ-4 Cedar Room; Microsoft Teams Meeting",
                          work=True)
    # responses go to the organizer (her work address); To: header is the organizer
    d3 = d(2026, 4, 2, 14, 44, 51)
    m3, _ = exch_response(seed="c14-3", kind="New Time Proposed", responder=acct, organizer=ME_WORK, subject=subj,
                          date=d3, start=s, end=e, tzk="CT", uid=uid, seq=0,
                          location="BMG-HQ-4 Cedar Room; Microsoft Teams Meeting", work=True,
                          proposed=(d(2026, 4, 6, 15, 0), d(2026, 4, 6, 16, 0)),
                          comment="Payroll accrual true-up won't be posted until after 2:00 - can we push an hour so "
                                  "the flash reflects it?")
    items = [("01-meeting-forward-notification.eml", m1), ("02-accepted-philip.eml", m2),
             ("03-new-time-proposed-desiree.eml", m3)]
    lab = label([], "hard", "negative/internal-meeting-she-organizes",
                "Month-end close review at her current employer that she organizes: Meeting Forward Notification, "
                "Accepted: and New Time Proposed: responses with calendar parts. Not a hiring process.")
    return slug, items, lab


@case
def c15():
    slug = "skip-level-one-on-one-ea"
    vp = ("Howard Pemberton", f"hpemberton@{BRAZOS}")
    ea = ("Rosalind Achebe", f"rachebe@{BRAZOS}")
    rm = room("BMG-HQ-7 Trinity Boardroom (12)", f"bmg-hq-7-trinity@{BRAZOS}")
    s, e = W(d(2026, 3, 19, 8, 30), "Thursday"), d(2026, 3, 19, 9, 0)
    d1 = W(d(2026, 3, 12, 13, 15, 40), "Thursday")
    body = ("Hi Maribel,\n\nHoward is meeting one-on-one with everyone on the FP&A team this quarter as part of his "
            "skip-level conversations. There's no agenda and nothing to prepare - come ready to talk about what's "
            "working, what isn't, and where you'd like to grow here. This is not a performance review.\n\n"
            "If the time doesn't work please let me know rather than declining.\n\nThanks,\nRosalind\n\nRosalind Achebe\n"
            "Executive Assistant to the VP, Finance\nBrazos Medical Group")
    m1, _ = exch_meeting(seed="c15-1", frm=vp, sender=ea, sent_by=ea[1], to=[ME_WORK, (rm["name"], rm["email"])],
                         subject="Skip-level 1:1 - Howard / Maribel", date=d1, start=s, end=e, tzk="CT", body=body,
                         organizer=vp, attendees=[att(ME_WORK), rm], location=rm["name"], uid=exch_uid("c15uid"),
                         work=True)
    items = [("01-skip-level-invite-on-behalf.eml", m1)]
    lab = label([], "medium", "negative/internal-skip-level",
                "Sent on behalf of her current VP by his EA, room resource attendee, career-growth wording; an internal "
                "1:1, not a job interview.")
    return slug, items, lab


@case
def c16():
    slug = "auditor-walkthrough-interview"
    aud = ("Ellery Vance", "evance@callowaypruitt.example")
    mgr = ("Tanya Ferris", f"tferris@{BRAZOS}")
    s, e = W(d(2026, 3, 31, 13, 0), "Tuesday"), d(2026, 3, 31, 14, 0)
    d1 = W(d(2026, 3, 23, 9, 5, 12), "Monday")
    t1 = ("Hi Maribel and Tanya,\n\nAs part of our FY2026 interim procedures for Brazos Medical Group, we'll be "
          "interviewing control owners to walk through key controls. For FP&A we'd like a one-hour walkthrough "
          "interview on the monthly budget-vs-actual review control (FPA-03) and the quarterly forecast sign-off "
          "(FPA-05).\n\nPlease have the February BvA package, the variance commentary, and evidence of review "
          "(sign-off e-mails or Workiva approvals) available to share on screen. I'll send a Teams invite for next "
          "Tuesday afternoon.\n\nThank you,\nEllery\n\nEllery Vance, CPA\nAudit Senior | Calloway Pruitt LLP\n"
          "Dallas, TX")
    m1, id1 = outlook_mail(seed="c16-1", frm=aud, to=[ME_WORK, mgr], subject="FY26 interim - walkthrough interviews (FP&A controls)",
                           date=d1, text=t1, work=True)
    d2 = d(2026, 3, 23, 9, 31, 0)
    tb = teams("callowaypruitt|c16", "classic")
    m2, _ = exch_meeting(seed="c16-2", frm=aud, to=[ME_WORK, mgr],
                         subject="Calloway Pruitt | Brazos Medical Group - Walkthrough Interview: Budget & Forecast (FPA-03/05)",
                         date=d2, start=s, end=e, tzk="CT",
                         body="Walkthrough interview with the control owner for FPA-03 and FPA-05. Please be ready to share the evidence listed in my e-mail.\n\nEllery Vance",
                         organizer=aud, attendees=[att(ME_WORK), att(mgr, role="OPT-PARTICIPANT")],
                         location="Microsoft Teams Meeting", uid=exch_uid("c16uid"), tb=tb, work=True)
    items = [("01-auditor-walkthrough-request.eml", m1), ("02-walkthrough-interview-invite.eml", m2)]
    lab = label([], "hard", "negative/audit-walkthrough-interview",
                "External auditors 'interview' her as a control owner at her current job; Exchange invite titled "
                "'Walkthrough Interview'. Not a hiring process.")
    return slug, items, lab


@case
def c17():
    slug = "vendor-discovery-and-demo"
    ae = ("Brady Kincaid", "bkincaid@quillfin.example")
    sc = ("Mei-Ling Sorensen", "msorensen@quillfin.example")
    s, e = W(d(2026, 4, 15, 11, 0), "Wednesday"), d(2026, 4, 15, 12, 0)
    d1 = W(d(2026, 4, 9, 16, 2, 11), "Thursday")
    body = ("Hi Maribel,\n\nThanks for taking my call yesterday. As promised, here's time for a discovery session and "
            "live demo of Quillfin Planning. We'll spend the first 20 minutes interviewing you about your current "
            "close-to-forecast workflow (Excel models, Workday Financials actuals, headcount planning) and then "
            "Mei-Ling, our Solutions Consultant, will show rolling forecasts and driver-based labor planning built "
            "for health systems.\n\nFeel free to invite anyone else from the FP&A team.\n\nBest,\nBrady Kincaid\n"
            "Account Executive, Healthcare | Quillfin\n512-555-0108")
    tb = teams("quillfin|c17", "new", "Austin")
    m1, _ = exch_meeting(seed="c17-1", frm=ae, to=[ME_WORK, sc], subject="Quillfin + Brazos Medical Group | Discovery & Live Demo",
                         date=d1, start=s, end=e, tzk="CT", body=body, organizer=ae, attendees=[att(ME_WORK), att(sc)],
                         location="Microsoft Teams Meeting", uid=exch_uid("c17uid"), tb=tb, work=True)
    items = [("01-vendor-demo-invite.eml", m1)]
    lab = label([], "medium", "negative/vendor-demo",
                "Sales discovery call and product demo at her current job; says the vendor will 'interview' her about her "
                "workflow. Not a job interview.")
    return slug, items, lab


@case
def c18():
    slug = "own-dentist-appointment-outlook-reminder"
    s, e = W(d(2026, 4, 10, 7, 30), "Friday"), d(2026, 4, 10, 8, 30)
    stamp = W(d(2026, 3, 18, 12, 4, 0), "Wednesday")
    subj = "Dentist - cleaning (Dr. Abernathy)"
    L = ["BEGIN:VEVENT", organizer_line(ME), attendee_line(att(ME, partstat="ACCEPTED", rsvp=False)),
         "DESCRIPTION;LANGUAGE=en-US:" + ics_escape("Preston Hollow Family Dental - 6-month cleaning + x-rays.\n"
                                                     "Bring new insurance card. Office: 214-555-0190"),
         "UID:" + exch_uid("c18uid"), "SUMMARY;LANGUAGE=en-US:" + ics_escape(subj),
         f"DTSTART;TZID=Central Standard Time:{local_stamp(s, 'CT')}",
         f"DTEND;TZID=Central Standard Time:{local_stamp(e, 'CT')}", "CLASS:PRIVATE", "PRIORITY:5",
         "DTSTAMP:" + z_stamp(stamp), "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
         "LOCATION;LANGUAGE=en-US:" + ics_escape("Preston Hollow Family Dental, 6100 Luther Ln, Dallas, TX 75225"),
         "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:OOF", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
         "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
         "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
         "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT1440M", "ACTION:DISPLAY", "END:VALARM",
         "END:VEVENT"]
    cal = vcalendar("PUBLISH", "CT", L, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    d2 = W(d(2026, 4, 9, 7, 30, 2), "Thursday")
    t2 = (f"Reminder\n\n{subj}\n{long_date(s)} {t12(s)} - {t12(e)} (UTC-06:00) Central Time (US & Canada)\n"
          "Preston Hollow Family Dental, 6100 Luther Ln, Dallas, TX 75225\n\nStarts in 1 day\n\n"
          "You're receiving this reminder because e-mail reminders are turned on for your calendar in Outlook.\n"
          "Manage reminders<https://outlook.live.com/calendar/options/calendar/notifications>")
    m2, _ = outlook_mail(seed="c18-2", frm=("Outlook Calendar", "calendar-noreply@outlook.com"), to=[ME],
                         subject=f"Reminder: {subj} @ Fri Apr 10, 2026 7:30 AM - 8:30 AM (CDT)", date=d2, text=t2,
                         style="owa")
    items = [("01-dentist-appointment.ics", cal), ("02-outlook-email-reminder.eml", m2)]
    lab = label([], "easy", "negative/personal-appointment",
                "Her own Outlook appointment (no other attendees) and an Outlook e-mail reminder for it.")
    return slug, items, lab


@case
def c19():
    slug = "she-interviews-summer-intern"
    hr = ("Priscilla Amador", f"pamador@{BRAZOS}")
    peer = ("Kendra Oyelaran", f"koyelaran@{BRAZOS}")
    rm = room("BMG-HQ-5 Elm Conference Room (6)", f"bmg-hq-5-elm@{BRAZOS}")
    subj = "Interview: Summer 2026 FP&A Intern - Tobias Reinholt (Panel 2 of 2)"
    s, e = W(d(2026, 3, 23, 15, 0), "Monday"), d(2026, 3, 23, 15, 45)
    uid = exch_uid("c19uid")
    d1 = W(d(2026, 3, 17, 11, 26, 4), "Tuesday")
    body = ("Hi Maribel and Kendra,\n\nThank you for agreeing to interview for our Summer 2026 FP&A internship. Tobias "
            "Reinholt (UT Dallas, Finance '27) will join by Teams from campus; please take the room and use the wall "
            "display. You'll find his resume and the interview guide in Workday under the requisition.\n\n"
            "Please submit your interview feedback in Workday by end of day Tuesday.\n\nThanks!\nPriscilla Amador\n"
            "Talent Acquisition | Brazos Medical Group")
    tb = teams("brazos|c19", "new")
    m1, _ = exch_meeting(seed="c19-1", frm=hr, to=[ME_WORK, peer, (rm["name"], rm["email"])], subject=subj, date=d1,
                         start=s, end=e, tzk="CT", body=body, organizer=hr,
                         attendees=[att(ME_WORK), att(peer), rm], location=f"{rm['name']}; Microsoft Teams Meeting",
                         uid=uid, tb=tb, work=True)
    d2 = d(2026, 3, 17, 12, 1, 40)
    m2, _ = exch_response(seed="c19-2", kind="Accepted", responder=peer, organizer=hr, cc=[ME_WORK], subject=subj,
                          date=d2, start=s, end=e, tzk="CT", uid=uid, seq=0,
                          location=f"{rm['name']}; Microsoft Teams Meeting", work=True,
                          comment="Happy to - Maribel, I'll take the modeling questions if you want behavioral.")
    items = [("01-intern-interview-panel-invite.eml", m1), ("02-accepted-kendra.eml", m2)]
    lab = label([], "hard", "negative/user-is-interviewer",
                "She is on the interview panel for an intern candidate at her current employer (Workday feedback, "
                "candidate joins remotely). The user is the interviewer, so not her job interview.")
    return slug, items, lab


@case
def c20():
    slug = "bookings-link-not-yet-booked"
    co_dom = "grayhawk-aero.example"
    rec = ("Marisol Kettering", f"mkettering@{co_dom}")
    role = "Financial Analyst - Program Finance"
    book = f"https://outlook.office365.com/owa/calendar/GrayhawkTalentAcquisition@{co_dom}/bookings/s/{alnum('c20bk', 22)}2"
    d1 = W(d(2026, 3, 16, 9, 12, 0), "Monday")
    t1 = (f"Hi Maribel,\n\nThank you for applying for the {role} position at Grayhawk Aerospace in Fort Worth. I'd like to "
          "set up a 30-minute phone interview with you as a first step.\n\nPlease choose a time that works for you "
          f"on our Microsoft Bookings page:\n{book}\n\nOpen slots are Tuesday, March 17 through Friday, March 20, "
          "between 9:00 AM and 4:00 PM Central. Once you book, you'll get a confirmation with the details.\n\n"
          "Best,\nMarisol Kettering\nTalent Acquisition Partner | Grayhawk Aerospace\n817-555-0139")
    m1, id1 = outlook_mail(seed="c20-1", frm=rec, to=[ME], subject=f"Schedule your phone interview - {role}", date=d1,
                           text=t1)
    d2 = W(d(2026, 3, 18, 15, 40, 22), "Wednesday")
    t2 = ("Hi Maribel,\n\nJust bumping this up - I don't see a booking on my calendar yet. The remaining slots are "
          "Thursday and Friday this week; if none of them work, reply with a few times and I'll do my best.\n\n"
          "Marisol\n\n" + outlook_quote(rec, d1, CT, f"{OWNER_NAME} <{OWNER}>", f"Schedule your phone interview - {role}", t1))
    m2, _ = outlook_mail(seed="c20-2", frm=rec, to=[ME], subject=f"RE: Schedule your phone interview - {role}", date=d2,
                         text=t2, in_reply_to=id1, references=[id1], topic=f"Schedule your phone interview - {role}")
    items = [("01-bookings-link.eml", m1), ("02-bump-no-booking-yet.eml", m2)]
    lab = label([], "medium", "negative/availability-unbooked-scheduling-link",
                "Microsoft Bookings self-scheduling link for a phone interview; the follow-up confirms nothing was booked.")
    return slug, items, lab


@case
def c21():
    slug = "one-way-video-interview-self-hold"
    co = "Lantana Home Furnishings"
    role = "Financial Analyst, FP&A"
    d1 = W(d(2026, 3, 20, 10, 3, 45), "Friday")
    due = W(d(2026, 3, 27, 23, 59), "Friday")
    link = "https://app.hirevue.com/interviews/" + alnum("c21hv", 24)
    t1 = (f"Hi Maribel,\n\n{co} has invited you to complete an on-demand video interview for the {role} position.\n\n"
          "This is a one-way interview: you'll see five pre-recorded questions and record your answers on your own "
          "time. Each answer has a 3-minute limit, and you can practice as many times as you like before you begin.\n\n"
          f"Please complete your interview by Friday, March 27, 2026 at 11:59 PM Central Time.\n\nStart your interview:\n{link}\n\n"
          f"Good luck!\nThe {co} Talent Team\n\nPowered by HireVue. Need help? https://support.hirevue.com")
    mid = "<0100018e" + sha("c21-1")[:24] + "-" + guid("c21") + "-000000@email.amazonses.com>"
    bnd = "----=_Part_" + digits("c21b", 7) + "_" + digits("c21c", 10) + "." + digits("c21d", 13)
    hs = [("Delivered-To", OWNER),
          ("_raw", f"Received: from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31])\n\tby mx1.example.com "
                   f"(Postfix) with ESMTPS id 4{alnum('c21q', 11)}\n\tfor <{OWNER}>; {rfc(d1 + timedelta(seconds=2))}"),
          ("Return-Path", "<0100018e" + sha("c21rp")[:24] + "@amazonses.com>"),
          ("Date", rfc(utc(d1))), ("From", f'"{co}" <noreply@hirevue.com>'), ("Reply-To", "noreply@hirevue.com"),
          ("To", OWNER), ("Message-ID", mid), ("Subject", f"{co}: Your on-demand video interview for {role}"),
          ("MIME-Version", "1.0"), ("Content-Type", f'multipart/alternative; \n\tboundary="{bnd}"'),
          ("Feedback-ID", "1.us-east-1." + alnum("c21f", 40) + "=:AmazonSES")]
    hbody = html_doc(t1, "gmail").replace('<div dir="ltr">', '<div style="font-family:Arial,sans-serif;font-size:14px">')
    m1 = (Mail.render_headers(hs) + "\n" + f"--{bnd}\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n"
          + qp(t1) + f"\n--{bnd}\nContent-Type: text/html; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n"
          + b64(hbody) + f"\n--{bnd}--\n")
    hs_ = d(2026, 3, 25, 19, 0)
    he_ = d(2026, 3, 25, 20, 0)
    W(hs_, "Wednesday")
    eid = alnum("c21ev", 26).lower()
    ev = {
        "kind": "calendar#event",
        "etag": '"' + digits("c21etag", 16) + '"',
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-03-20T15:22:10.000Z",
        "updated": "2026-03-20T15:22:10.512Z",
        "summary": "Record Lantana video interview (HireVue)",
        "description": f"One-way video interview - 5 questions, 3 min each. Due Fri 3/27 11:59 PM CT.\n{link}\nQuiet room, good lighting, laptop plugged in.",
        "creator": {"email": OWNER, "self": True},
        "organizer": {"email": OWNER, "self": True},
        "start": {"dateTime": hs_.isoformat(), "timeZone": "America/Chicago"},
        "end": {"dateTime": he_.isoformat(), "timeZone": "America/Chicago"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "reminders": {"useDefault": False, "overrides": [{"method": "popup", "minutes": 30}]},
        "eventType": "default",
    }
    items = [("01-hirevue-on-demand-invite.eml", m1), ("02-self-created-recording-block.gcal.json", json.dumps(ev, indent=2) + "\n")]
    lab = label([], "hard", "negative/one-way-video-interview",
                "HireVue on-demand (one-way) interview with a deadline, plus a block she created herself to record it. "
                "No live conversation.")
    return slug, items, lab


@case
def c22():
    slug = "rejection-after-final-round"
    dom = "copperleaf-logistics.example"
    rec = ("Annika Strand", f"astrand@{dom}")
    role = "Senior Financial Analyst, FP&A"
    d1 = W(d(2026, 3, 20, 14, 2, 9), "Friday")
    t1 = (f"Hi Maribel,\n\nThank you for interviewing with Malcolm and the finance team on Tuesday, March 10 for the "
          f"{role} role, and for the thoughtful follow-up notes afterwards.\n\nAfter a lot of discussion, we've "
          "decided to move forward with another candidate whose background in transportation cost modeling is a "
          "closer match for where the team is today. This was a difficult decision - the team really enjoyed "
          "meeting you.\n\nI'd like to keep in touch for future FP&A openings, and I'm happy to share feedback on "
          "a quick call if that would be helpful.\n\nWarm regards,\nAnnika Strand\nSenior Recruiter | Copperleaf Logistics")
    m1, _ = outlook_mail(seed="c22-1", frm=rec, to=[ME], subject=f"Update on your application - {role}", date=d1, text=t1)
    items = [("01-rejection-update.eml", m1)]
    lab = label([], "medium", "negative/rejection-mentions-past-interview",
                "Rejection that mentions a past interview date; no interview is scheduled or cancelled in the mailbox.")
    return slug, items, lab


# ============================================================================= writer
def main():
    for old in ROOT.glob(f"{PREFIX}-*"):
        if old.is_dir():
            shutil.rmtree(old)
    labels = {}
    for n, fn in enumerate(CASES, start=1):
        slug, items, lab = fn()
        cid = f"{PREFIX}-{n:02d}-{slug}"
        folder = ROOT / cid
        folder.mkdir()
        names = [x[0] for x in items]
        assert names == sorted(names), names
        for name, content in items:
            data = content.encode("utf-8") if isinstance(content, str) else content
            (folder / name).write_bytes(data)
        labels[cid] = lab
    header = "# Labels for blind188 (written blind). See /work/shared/eval/README.md for the schema.\n"
    (ROOT / "labels.yaml").write_text(header + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100),
                                      encoding="utf-8")
    print(f"wrote {len(labels)} cases to {ROOT}")


if __name__ == "__main__":
    main()
