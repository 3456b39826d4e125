#!/usr/bin/env python3
"""Regenerate the blind223 evaluation set deterministically.

Theme: an Accra-based chartered accountant (Adwoa Owusu-Ansah, ACA Ghana) applying to Ghanaian
banks, telcos and audit firms and to UK and Canadian employers.

Writes every case folder b223-NN-*/ and labels.yaml next to this script. Standard library +
PyYAML only; every date is fixed and every UTC offset is computed with zoneinfo; weekdays named
in the text are asserted. Running twice gives byte-identical output.

    python make_cases.py
"""
import base64
import hashlib
import html
import json
import os
import quopri
import re
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b223-"

ACCRA = ZoneInfo("Africa/Accra")
LONDON = ZoneInfo("Europe/London")
TORONTO = ZoneInfo("America/Toronto")
UTC = timezone.utc

OWNER = "adwoa.owusuansah@example.com"
OWNER_NAME = "Adwoa Owusu-Ansah"
OWNER_SIG = ("Adwoa S. Owusu-Ansah, ACA (Ghana)\n"
             "+233 24 555 0187")

CASES = {}   # folder -> {filename: bytes}
LABELS = {}  # folder -> label dict


# ----------------------------------------------------------------------------------------------
# small utilities
# ----------------------------------------------------------------------------------------------
def at(tz, y, mo, d, h=0, mi=0, s=0, weekday=None):
    """Aware datetime in zone tz; optionally assert the weekday named in the case text."""
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if weekday is not None:
        assert dt.strftime("%A") == weekday, (dt.isoformat(), weekday)
    return dt


def sh(seed, n=16):
    return hashlib.sha256(seed.encode("utf-8")).hexdigest()[:n]


def sb64(seed, n=40):
    raw = hashlib.sha256(seed.encode("utf-8")).digest() + hashlib.sha256(b"x" + seed.encode()).digest()
    return base64.b64encode(raw).decode("ascii")[:n]


def digits(seed, n):
    return "".join(str(int(c, 16) % 10) for c in sh(seed, n))


def zstamp(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def rfc(d):
    return format_datetime(d)


def enc_hdr(value):
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        return Header(value, "utf-8").encode()


def addr(name, email):
    if not name:
        return email
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{email}>"
    if any(c in name for c in ',.()@:;"'):
        name = '"' + name.replace('"', '\\"') + '"'
    return f"{name} <{email}>"


def qp(text):
    data = text.replace("\r\n", "\n").encode("utf-8")
    out = quopri.encodestring(data).decode("ascii")
    return out if out.endswith("\n") else out + "\n"


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def leaf(ctype, body, cte="quoted-printable", extra=()):
    if cte == "quoted-printable":
        payload = qp(body)
    elif cte == "base64":
        payload = b64(body)
    else:
        payload = body if body.endswith("\n") else body + "\n"
    head = f"Content-Type: {ctype}\n"
    for e in extra:
        head += e + "\n"
    head += f"Content-Transfer-Encoding: {cte}\n"
    return head + "\n" + payload


def multi(subtype, boundary, parts):
    out = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
    for p in parts:
        out += f"--{boundary}\n" + p
        if not out.endswith("\n"):
            out += "\n"
        out += "\n"
    out += f"--{boundary}--\n"
    return out


def message(headers, body):
    lines = [f"{k}: {v}" for k, v in headers if v is not None]
    return "\n".join(lines) + "\nMIME-Version: 1.0\n" + body


def received(seed, date, out_host, ip):
    return (f"from {out_host} ({out_host} [{ip}])\n"
            f"        by mx.google.com with ESMTPS id {sb64(seed + 'rcv', 12).replace('/', 'a').replace('+', 'b')}\n"
            f"        for <{OWNER}>\n"
            f"        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
            f"        {rfc((date + timedelta(seconds=2)).astimezone(UTC))}")


URL_RE = re.compile(r"https?://[^\s<>]+")


def hline(line):
    """Escape one text line for HTML and turn URLs into links."""
    out, pos = [], 0
    for m in URL_RE.finditer(line):
        out.append(html.escape(line[pos:m.start()]))
        u = html.escape(m.group(0))
        out.append(f'<a href="{u}">{u}</a>')
        pos = m.end()
    out.append(html.escape(line[pos:]))
    return "".join(out)


OUTLOOK_HTML_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
    'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
    '<style><!--\n@font-face\n\t{font-family:Aptos;}\n'
    'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
    'a:link, span.MsoHyperlink\n\t{color:#467886;\n\ttext-decoration:underline;}\n'
    '@page WordSection1\n\t{size:595.3pt 841.9pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
    'div.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n'
    '<body lang="EN-GB" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
    '<div class="WordSection1">\n')


def outlook_html(text):
    out = [OUTLOOK_HTML_HEAD]
    for line in text.split("\n"):
        if line.strip() == "":
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        elif line.startswith("From: ") or line.startswith("Sent: "):
            out.append(f'<p class="MsoNormal"><b>{hline(line.split(": ", 1)[0])}:</b> '
                       f'{hline(line.split(": ", 1)[1])}<o:p></o:p></p>\n')
        else:
            out.append(f'<p class="MsoNormal">{hline(line)}<o:p></o:p></p>\n')
    out.append("</div>\n</body>\n</html>\n")
    return "".join(out)


def gmail_html(text):
    lines = text.split("\n")
    out = ['<div dir="ltr">']
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith(">"):
            q = []
            while i < len(lines) and lines[i].startswith(">"):
                s = lines[i][1:]
                q.append(s[1:] if s.startswith(" ") else s)
                i += 1
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                       + "<br>".join(hline(x) for x in q) + "</blockquote>")
            continue
        if line.startswith("On ") and line.rstrip().endswith("wrote:"):
            out.append(f'<div class="gmail_attr">{hline(line)}<br></div>')
        elif line.strip() == "":
            out.append("<div><br></div>")
        else:
            out.append(f"<div>{hline(line)}</div>")
        i += 1
    out.append("</div>\n")
    return "\n".join(out)


def simple_html(title, text, brand="#1a3d6d"):
    """HTML body used by ATS / portal notifications."""
    paras = []
    for block in text.strip("\n").split("\n\n"):
        paras.append('<p style="margin:0 0 14px 0">' + "<br>\n".join(hline(x) for x in block.split("\n")) + "</p>")
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>' + html.escape(title) + '</title></head>\n'
            '<body style="margin:0;padding:0;background:#f4f4f4">\n'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="24" cellspacing="0" '
            'style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">\n'
            f'<tr><td style="background:{brand};color:#ffffff;font-size:18px;font-weight:bold">'
            + html.escape(title) + '</td></tr>\n<tr><td>\n' + "\n".join(paras) +
            '\n</td></tr>\n</table>\n</td></tr></table>\n</body></html>\n')


# ----------------------------------------------------------------------------------------------
# iCalendar
# ----------------------------------------------------------------------------------------------
def fold(line):
    out, cur = [], b""
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > 75:
            out.append(cur)
            cur = b" " + cb
        else:
            cur += cb
    out.append(cur)
    return "\r\n".join(x.decode("utf-8") for x in out)


def ics(lines):
    return "".join(fold(x) + "\r\n" for x in lines)


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ = {
    "Europe/London": [
        "BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST",
        "DTSTART:19700329T010000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "TZNAME:GMT",
        "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "America/Toronto": [
        "BEGIN:VTIMEZONE", "TZID:America/Toronto", "X-LIC-LOCATION:America/Toronto",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "Africa/Accra": [
        "BEGIN:VTIMEZONE", "TZID:Africa/Accra", "X-LIC-LOCATION:Africa/Accra",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0000", "TZNAME:GMT",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "GMT Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Greenwich Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Greenwich Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0000",
        "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0000",
        "END:DAYLIGHT", "END:VTIMEZONE"],
    "Eastern Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
}
TZ_OF = {"Europe/London": LONDON, "America/Toronto": TORONTO, "Africa/Accra": ACCRA,
         "GMT Standard Time": LONDON, "Greenwich Standard Time": ACCRA,
         "Eastern Standard Time": TORONTO}
WIN_LABEL = {"GMT Standard Time": "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
             "Greenwich Standard Time": "(UTC+00:00) Monrovia, Reykjavik",
             "Eastern Standard Time": "(UTC-05:00) Eastern Time (US & Canada)"}


def loc(tzid, d):
    assert d.tzinfo is TZ_OF[tzid], (tzid, d)
    return d.strftime("%Y%m%dT%H%M%S")


def outlook_uid(seed):
    return ("040000008200E00074C5B7101A82E00800000000" + sh(seed + "uid1", 16).upper()
            + "000000000000000010000000" + sh(seed + "uid2", 32).upper())


def outlook_vcal(seed, *, method, tzid, uid, seq, start, end, summary, organizer, attendees,
                 description, location, dtstamp, teams_url=None, prodid="Microsoft Exchange Server 2010"):
    cancel = method == "CANCEL"
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", f"PRODID:{prodid}", "VERSION:2.0"] + VTZ[tzid]
    L += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, email, role, partstat in attendees:
        L.append(f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{email}")
    L += [f"DESCRIPTION;LANGUAGE=en-GB:{esc(description)}",
          f"UID:{uid}",
          f"SUMMARY;LANGUAGE=en-GB:{esc(summary)}",
          f"DTSTART;TZID={tzid}:{loc(tzid, start)}",
          f"DTEND;TZID={tzid}:{loc(tzid, end)}",
          "CLASS:PUBLIC", "PRIORITY:1" if cancel else "PRIORITY:5",
          f"DTSTAMP:{zstamp(dtstamp)}", "TRANSP:OPAQUE",
          "STATUS:CANCELLED" if cancel else "STATUS:CONFIRMED",
          f"SEQUENCE:{seq}",
          f"LOCATION;LANGUAGE=en-GB:{esc(location)}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
          f"X-MICROSOFT-CDO-OWNERAPPTID:{int(sh(seed + 'own', 7), 16) - 2**27}",
          "X-MICROSOFT-CDO-BUSYSTATUS:FREE" if cancel else "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
          "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE" if cancel else "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
          "X-MICROSOFT-CDO-IMPORTANCE:2" if cancel else "X-MICROSOFT-CDO-IMPORTANCE:1",
          "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        L += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
              'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
          f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if not cancel:
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics(L)


def teams_block(seed):
    tok = sb64(seed + "teams", 44).replace("+", "A").replace("/", "b")
    tid = "-".join([sh(seed + "t", 8), sh(seed + "t1", 4), sh(seed + "t2", 4), sh(seed + "t3", 4), sh(seed + "t4", 12)])
    oid = "-".join([sh(seed + "o", 8), sh(seed + "o1", 4), sh(seed + "o2", 4), sh(seed + "o3", 4), sh(seed + "o4", 12)])
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tok}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    d = digits(seed + "mid", 12)
    text = ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\n"
            "Join on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\n"
            f"Meeting ID: {d[0:3]} {d[3:6]} {d[6:9]} {d[9:12]}\n"
            f"Passcode: {sb64(seed + 'pc', 6).replace('/', 'q').replace('+', 'Z')}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/"
            f"?organizerId={oid}&tenantId={tid}&threadId=19_meeting_{tok}@thread.v2&messageId=0&language=en-GB>\n"
            "________________________________________________________________________________")
    return text, url


def zoom_block(seed, host_name, host="us06web.zoom.us", country=("Ghana", "+233 30 255 0930")):
    d = "8" + digits(seed + "zoom", 10)
    pwd = sb64(seed + "pwd", 32).replace("+", "x").replace("/", "Q")
    mid = f"{d[0:3]} {d[3:7]} {d[7:11]}"
    url = f"https://{host}/j/{d}?pwd={pwd}"
    pc = digits(seed + "zpc", 6)
    text = (f"{host_name} is inviting you to a scheduled Zoom meeting.\n\n"
            f"Join Zoom Meeting\n{url}\n\n"
            f"Meeting ID: {mid}\nPasscode: {pc}\n\n---\n\n"
            "One tap mobile\n"
            f"+14388097799,,{d}#,,,,*{pc}# Canada\n"
            f"+442034815240,,{d}#,,,,*{pc}# United Kingdom\n\n"
            "Join by phone\n"
            f"{country[1]} {country[0]}\n"
            "+44 203 481 5240 United Kingdom\n"
            f"Meeting ID: {mid}\nPasscode: {pc}\n"
            f"Find your local number: https://{host}/u/{sb64(seed + 'loc', 10).replace('/', 'k').replace('+', 'p')}")
    return text, url, mid


def when_gb(start, end):
    return f"{start.strftime('%A')}, {start.day} {start.strftime('%B %Y')} {start:%H:%M}-{end:%H:%M}"


def strip_prefix(subject):
    return re.sub(r"^((RE|Re|FW|Fw|Fwd|Canceled|Cancelled|Updated|Accepted): ?)+", "", subject)


def outlook_msgid(seed, host="DB9P250MB0512.EURP250.PROD.OUTLOOK.COM"):
    return f"<{sh(seed + 'mid', 32).upper()}@{host}>"


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode("ascii")


def outlook_headers(seed, *, date, frm, to, cc=(), subject, msgid, return_path, out_host, ip,
                    in_reply_to=None, references=None, calendar=False, has_attach=False, importance=None):
    hs = [("Delivered-To", OWNER),
          ("Received", received(seed, date, out_host, ip)),
          ("Return-Path", f"<{return_path}>"),
          ("From", frm), ("To", ", ".join(to))]
    if cc:
        hs.append(("CC", ", ".join(cc)))
    hs += [("Subject", enc_hdr(subject)),
           ("Thread-Topic", enc_hdr(strip_prefix(subject))),
           ("Thread-Index", thread_index(seed)),
           ("Date", rfc(date.astimezone(UTC))),
           ("Message-ID", msgid)]
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
    if references:
        hs.append(("References", references))
    if importance:
        hs.append(("Importance", importance))
    hs += [("Accept-Language", "en-GB, en-US"), ("Content-Language", "en-GB"),
           ("X-MS-Has-Attach", "yes" if has_attach else ""), ("X-MS-TNEF-Correlator", "")]
    if calendar:
        hs += [("Content-class", "urn:content-classes:calendarmessage"),
               ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + sb64(seed + "ser", 20))]
    hs.append(("x-ms-publictraffictype", "Email"))
    return hs


def outlook_invite(seed, *, date, frm, to, cc=(), subject, tzid, start, end, body, location, uid, seq,
                   organizer, attendees, method="REQUEST", teams=False, extra_block=None, return_path, teams_seed=None,
                   out_host="EUR02-DB5-obe.outbound.protection.outlook.com", ip="40.107.21.118",
                   msgid_host="DB9P250MB0512.EURP250.PROD.OUTLOOK.COM"):
    when = f"When: {when_gb(start, end)} {WIN_LABEL[tzid]}."
    text = f"{when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}"
    teams_url = None
    if teams:
        block, teams_url = teams_block(teams_seed or seed)
        text += "\n\n" + block
    if extra_block:
        text += "\n\n" + extra_block
    text += "\n"
    vcal = outlook_vcal(seed, method=method, tzid=tzid, uid=uid, seq=seq, start=start, end=end,
                        summary=strip_prefix(subject), organizer=organizer, attendees=attendees,
                        description=text, location=location, dtstamp=date, teams_url=teams_url)
    boundary = f"_000_{sh(seed + 'b', 24).upper()}prodoutlookcom_"
    body_part = multi("alternative", boundary, [
        leaf('text/plain; charset="utf-8"', text),
        leaf('text/html; charset="utf-8"', outlook_html(text)),
        leaf(f'text/calendar; charset="utf-8"; method={method}', vcal, "base64"),
    ])
    hs = outlook_headers(seed, date=date, frm=frm, to=to, cc=cc, subject=subject,
                         msgid=outlook_msgid(seed, msgid_host), return_path=return_path, out_host=out_host,
                         ip=ip, calendar=True, importance="high" if method == "CANCEL" else None)
    return message(hs, body_part)


def outlook_mail(seed, *, date, frm, to, cc=(), subject, body, return_path, msgid=None, in_reply_to=None,
                 references=None, attachments=(), out_host="EUR02-AM0-obe.outbound.protection.outlook.com",
                 ip="40.107.22.77", msgid_host="DB9P250MB0512.EURP250.PROD.OUTLOOK.COM"):
    text = body if body.endswith("\n") else body + "\n"
    boundary = f"_000_{sh(seed + 'b', 24).upper()}prodoutlookcom_"
    alt = multi("alternative", boundary, [
        leaf('text/plain; charset="utf-8"', text),
        leaf('text/html; charset="utf-8"', outlook_html(text)),
    ])
    if attachments:
        mixed_b = f"_004_{sh(seed + 'm', 24).upper()}prodoutlookcom_"
        parts = [alt]
        for fname, ctype, data in attachments:
            parts.append(leaf(f'{ctype}; name="{fname}"', data, "base64",
                              extra=[f'Content-Description: {fname}',
                                     f'Content-Disposition: attachment; filename="{fname}"; size={len(data)}']))
        body_part = multi("mixed", mixed_b, parts)
    else:
        body_part = alt
    hs = outlook_headers(seed, date=date, frm=frm, to=to, cc=cc, subject=subject,
                         msgid=msgid or outlook_msgid(seed, msgid_host), return_path=return_path,
                         out_host=out_host, ip=ip, in_reply_to=in_reply_to, references=references,
                         has_attach=bool(attachments))
    return message(hs, body_part)


def gmail_msgid(seed):
    return f"<CA{sb64(seed + 'gm', 42)}@mail.gmail.com>"


def gmail_mail(seed, *, date, frm, to, cc=(), subject, body, return_path, msgid=None, in_reply_to=None,
               references=None, attachments=(), out_host="mail-sor-f41.google.com", ip="209.85.220.41"):
    text = body if body.endswith("\n") else body + "\n"
    b1 = "0000000000" + sh(seed + "b1", 18)
    alt = multi("alternative", b1, [
        leaf('text/plain; charset="UTF-8"', text),
        leaf('text/html; charset="UTF-8"', gmail_html(text)),
    ])
    if attachments:
        b2 = "0000000000" + sh(seed + "b2", 18)
        parts = [alt]
        for fname, ctype, data in attachments:
            parts.append(leaf(f'{ctype}; name="{fname}"', data, "base64",
                              extra=[f'Content-Disposition: attachment; filename="{fname}"',
                                     f"X-Attachment-Id: f_{sh(seed + fname, 9)}",
                                     f"Content-ID: <f_{sh(seed + fname, 9)}>"]))
        body_part = multi("mixed", b2, parts)
    else:
        body_part = alt
    hs = [("Delivered-To", OWNER),
          ("Received", received(seed, date, out_host, ip)),
          ("Return-Path", f"<{return_path}>"),
          ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={return_path.split('@')[1]}; s=google;\n"
                             f"        h=to:subject:message-id:date:from:in-reply-to:references:mime-version;\n"
                             f"        bh={sb64(seed + 'bh', 43)}=;\n        b={sb64(seed + 'sig', 60)}"),
          ("Date", rfc(date)),
          ("From", frm), ("To", ", ".join(to))]
    if cc:
        hs.append(("Cc", ", ".join(cc)))
    hs += [("Subject", enc_hdr(subject)), ("Message-ID", msgid or gmail_msgid(seed))]
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
    if references:
        hs.append(("References", references))
    return message(hs, body_part)


def gtime(d):
    h = d.hour % 12 or 12
    ap = "am" if d.hour < 12 else "pm"
    return f"{h}{ap}" if d.minute == 0 else f"{h}:{d.minute:02d}{ap}"


GOOGLE_FOOTER = ("Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
                 "You are receiving this email because you are an attendee on the event. To stop receiving "
                 "future updates for this event, decline this event.\n\n"
                 "Forwarding this invitation could allow any guest to send a response to the organizer, be "
                 "added to the guest list, invite others regardless of their own invitation status, or modify "
                 "your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding")


def google_invite(seed, *, date, organizer, guests, summary, start, end, tz_long, description, created,
                  seq=0, phone=("GB", "+44 20 3873 0412"), prefix="Invitation"):
    """Google Calendar invitation e-mail. guests: list of (name, email, partstat); includes the owner."""
    meet = f"{sh(seed + 'm1', 3)}-{sh(seed + 'm2', 4)}-{sh(seed + 'm3', 3)}".translate(str.maketrans("0123456789", "ghjkmnpqrs"))
    uid = f"{sh(seed + 'uid', 26)}@google.com"
    eid = sb64(seed + "eid", 56).replace("+", "x").replace("/", "Y")
    pin = digits(seed + "pin", 9)
    subj = (f"{prefix}: {summary} @ {start:%a %b} {start.day}, {start.year} {gtime(start)} - {gtime(end)} "
            f"({start.tzname()}) ({OWNER})")
    when = f"{start.strftime('%A %b')} {start.day}, {start.year} \u22c5 {gtime(start)} \u2013 {gtime(end)}"
    guest_lines = []
    for name, email, _ in guests:
        if email == organizer[1]:
            guest_lines += [f"{name} - organizer", email]
        elif email == OWNER:
            guest_lines += [email]
        else:
            guest_lines += [name, email]
    text = (f"{summary}\n{when}\n{tz_long}\n\n"
            f"Join with Google Meet\nhttps://meet.google.com/{meet}\n\n"
            f"Join by phone\n({phone[0]}) {phone[1]}\nPIN: {pin}\n\n"
            f"More phone numbers\nhttps://tel.meet/{meet}?pin={pin}{digits(seed + 'pp', 4)}\n\n"
            f"Organizer\n{organizer[0]}\n{organizer[1]}\n\n"
            "Guests\n" + "\n".join(guest_lines) + "\n"
            f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n"
            f"{description}\n\n"
            f"Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n"
            "~~//~~\n" + GOOGLE_FOOTER + "\n")
    rows = "".join(f'<tr><td style="padding:4px 0">{hline(x)}</td></tr>' for x in text.split("\n~~//~~")[0].split("\n") if x)
    html_body = ('<!doctype html><html><head><meta charset="UTF-8"></head><body>'
                 '<span itemscope itemtype="http://schema.org/InformAction"><span itemprop="object" itemscope '
                 'itemtype="http://schema.org/Event"><meta itemprop="eventStatus" content="http://schema.org/EventScheduled">'
                 f'<meta itemprop="startDate" content="{start.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}">'
                 f'<meta itemprop="endDate" content="{end.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}"></span></span>'
                 '<table role="presentation" style="font-family:Roboto,Helvetica,Arial,sans-serif;font-size:14px;color:#3c4043">'
                 + rows + '</table><div style="color:#70757a;font-size:12px">' +
                 "<br>".join(hline(x) for x in GOOGLE_FOOTER.split("\n")) + "</div></body></html>\n")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
         f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(date)}",
         f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, email, ps in guests:
        cn = email if email == OWNER else name
        rsvp = "FALSE" if email == organizer[1] else "TRUE"
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP={rsvp};"
                 f"CN={cn};X-NUM-GUESTS=0:mailto:{email}")
    L += [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}", f"CREATED:{zstamp(created)}",
          "DESCRIPTION:" + esc(description + "\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                               f"Join with Google Meet: https://meet.google.com/{meet}\n\n"
                               "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n"
                               "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"),
          f"LAST-MODIFIED:{zstamp(date)}", "LOCATION:", f"SEQUENCE:{seq}", "STATUS:CONFIRMED",
          f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE",
          "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
          "TRIGGER:-P0DT0H30M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    cal = ics(L)
    b_mixed = "0000000000" + sh(seed + "gm", 18)
    b_alt = "0000000000" + sh(seed + "ga", 18)
    alt = multi("alternative", b_alt, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        leaf('text/html; charset="UTF-8"', html_body),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal.replace("\r\n", "\n"), "7bit"),
    ])
    body_part = multi("mixed", b_mixed, [
        alt, leaf('application/ics; name="invite.ics"', cal, "base64",
                  extra=['Content-Disposition: attachment; filename="invite.ics"'])])
    hs = [("Delivered-To", OWNER),
          ("Received", received(seed, date, "mail-sor-f73.google.com", "209.85.220.73")),
          ("Return-Path", f"<{sb64(seed + 'rp', 20).replace('/', 'x').replace('+', 'y')}@calendar-server.bounces.google.com>"),
          ("Reply-To", addr(organizer[0], organizer[1])),
          ("Sender", "Google Calendar <calendar-notification@google.com>"),
          ("Message-ID", f"<calendar-{sh(seed + 'c1', 8)}-{sh(seed + 'c2', 4)}-{sh(seed + 'c3', 4)}-"
                         f"{sh(seed + 'c4', 4)}-{sh(seed + 'c5', 12)}@google.com>"),
          ("Date", rfc(date.astimezone(UTC))),
          ("Subject", enc_hdr(subj)),
          ("From", addr(organizer[0], organizer[1])),
          ("To", OWNER)]
    return message(hs, body_part)


def ats_mail(seed, *, date, frm, to=OWNER, subject, text, title, return_path, out_host, ip, msgid,
             reply_to=None, attachments=(), brand="#1a3d6d", html_cte="base64"):
    b_alt = f"----=_Part_{digits(seed + 'p1', 6)}_{digits(seed + 'p2', 9)}.{digits(seed + 'p3', 13)}"
    alt = multi("alternative", b_alt, [
        leaf('text/plain; charset=UTF-8', text if text.endswith("\n") else text + "\n"),
        leaf('text/html; charset=UTF-8', simple_html(title, text, brand), html_cte),
    ])
    if attachments:
        b_mix = f"----=_Part_{digits(seed + 'q1', 6)}_{digits(seed + 'q2', 9)}.{digits(seed + 'q3', 13)}"
        parts = [alt]
        for fname, ctype, data in attachments:
            parts.append(leaf(f'{ctype}; name="{fname}"', data, "base64",
                              extra=[f'Content-Disposition: attachment; filename="{fname}"']))
        body_part = multi("mixed", b_mix, parts)
    else:
        body_part = alt
    hs = [("Delivered-To", OWNER),
          ("Received", received(seed, date, out_host, ip)),
          ("Return-Path", f"<{return_path}>"),
          ("Date", rfc(date)),
          ("From", frm)]
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs += [("To", to), ("Message-ID", msgid), ("Subject", enc_hdr(subject))]
    return message(hs, body_part)


# ----------------------------------------------------------------------------------------------
# labels / output
# ----------------------------------------------------------------------------------------------
def put(case, fname, content):
    CASES.setdefault(case, {})[fname] = content.encode("utf-8") if isinstance(content, str) else content


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end is not None else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


def label(case, interviews, difficulty, category, notes):
    LABELS[case] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                    "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


# ==============================================================================================
# POSITIVE CASES
# ==============================================================================================
def case01():
    c = "b223-01-telco-phone-screen-tomorrow"
    rec = ("Nana Ama Darko", "nanaama.darko@akomatelecom.example")
    d1 = at(ACCRA, 2026, 9, 8, 11, 5, 33, weekday="Tuesday")
    d_owner = at(ACCRA, 2026, 9, 8, 12, 31, 2)
    d2 = at(ACCRA, 2026, 9, 8, 13, 47, 9)
    start = at(ACCRA, 2026, 9, 9, 10, 30, weekday="Wednesday")  # "tomorrow (Wednesday)"
    assert start.date() == (d1 + timedelta(days=1)).date() == (d2 + timedelta(days=1)).date()
    sig = ("Best regards,\nNana Ama Darko\nTalent Acquisition Specialist | Akoma Telecom Ghana Ltd\n"
           "Akoma Towers, Spintex Road, Accra\n+233 30 255 0144")
    body1 = ("Dear Adwoa,\n\n"
             "Thank you for your interest in the Senior Financial Reporting Analyst role at Akoma Telecom Ghana. "
             "Having gone through your CV, I would like to have a short telephone conversation with you as the "
             "first step of our process, mainly to understand your experience with IFRS 15 and IFRS 16 on "
             "tower leases, your current notice period and salary expectations.\n\n"
             "Would tomorrow (Wednesday) at 10:30am work for you? The call should take about 20 minutes.\n\n"
             "Kindly let me know.\n\n" + sig)
    m1 = gmail_msgid(c + "m1")
    m_owner = gmail_msgid(c + "owner")
    put(c, "01-akoma-telecom-first-call.eml", gmail_mail(
        c + "m1", date=d1, frm=addr(*rec), to=[addr(OWNER_NAME, OWNER)],
        subject="Senior Financial Reporting Analyst - Akoma Telecom Ghana", body=body1,
        return_path=rec[1], msgid=m1))
    quoted_owner = ("Dear Nana Ama,\n\nThank you for the opportunity. Tomorrow at 10:30am is fine with me. "
                    "Kindly reach me on 024 555 0187.\n\nBest regards,\nAdwoa\n\n"
                    f"On Tue, 8 Sept 2026 at 11:05, Nana Ama Darko <{rec[1]}> wrote:\n")
    quoted_owner += "\n".join("> " + x if x else ">" for x in body1.split("\n"))
    body2 = ("Dear Adwoa,\n\nNoted, thank you. I will call you tomorrow at 10:30am on 024 555 0187 as "
             "indicated.\n\nSpeak soon.\n\nNana Ama\n\n"
             f"On Tue, 8 Sept 2026 at 12:31, Adwoa Owusu-Ansah <{OWNER}> wrote:\n"
             + "\n".join("> " + x if x else ">" for x in quoted_owner.split("\n")))
    put(c, "02-re-akoma-telecom-confirmed.eml", gmail_mail(
        c + "m2", date=d2, frm=addr(*rec), to=[addr(OWNER_NAME, OWNER)],
        subject="Re: Senior Financial Reporting Analyst - Akoma Telecom Ghana", body=body2,
        return_path=rec[1], in_reply_to=m_owner, references=f"{m1} {m_owner}"))
    label(c, [iv("Akoma Telecom Ghana", "Senior Financial Reporting Analyst", start, start + timedelta(minutes=20),
                 "scheduled", [rec[1]], [rec[1]], "phone_screen")],
          "medium", "positive/email-body-only-relative-date",
          "Recruiter proposes 'tomorrow (Wednesday) at 10:30am', owner accepts (quoted), recruiter confirms; "
          "'tomorrow' resolved against the 8 Sep 2026 Date header; 'about 20 minutes' gives the end. "
          "The recruiter conducts the call.")


def case02():
    c = "b223-02-bank-written-test-then-panel"
    hr = ("Comfort Adjei-Mensah", "comfort.adjeimensah@asempabank.example")
    p1 = ("Kwame Ofori-Atta", "kwame.oforiatta@asempabank.example")
    p2 = ("Esi Quaye", "esi.quaye@asempabank.example")
    d1 = at(ACCRA, 2026, 9, 14, 9, 12, 40, weekday="Monday")
    d2 = at(ACCRA, 2026, 9, 14, 9, 31, 5)
    d3 = at(ACCRA, 2026, 9, 14, 9, 36, 48)
    day = (2026, 9, 22)
    at(ACCRA, *day, weekday="Tuesday")
    test_s, test_e = at(ACCRA, *day, 9, 0), at(ACCRA, *day, 11, 0)
    pan_s, pan_e = at(ACCRA, *day, 13, 30), at(ACCRA, *day, 14, 15)
    sig = ("Yours faithfully,\n\nComfort Adjei-Mensah (Mrs.)\nSenior Officer, Talent Acquisition\n"
           "Human Capital Department\nAsempa Bank Ghana PLC\nAsempa House, 14 Independence Avenue, Ridge, Accra\n"
           "Tel: +233 30 274 0190")
    body1 = ("Dear Ms. Owusu-Ansah,\n\n"
             "INVITATION FOR WRITTEN TEST AND PANEL INTERVIEW \u2013 MANAGER, FINANCIAL REPORTING (REF: ABG/FIN/2026/07)\n\n"
             "Following the review of your application, we wish to invite you for the next stage of our selection "
             "process, which will take place on Tuesday, 22nd September 2026 at Asempa House, 14 Independence "
             "Avenue, Ridge, Accra.\n\n"
             "The programme for the day is as follows:\n\n"
             "8:30am  \u2013 Arrival and registration (Ground Floor Reception)\n"
             "9:00am  \u2013 Written test (2 hours): IFRS 9 expected credit losses, Bank of Ghana prudential returns "
             "and an Excel exercise\n"
             "11:00am \u2013 Break (lunch will be provided)\n"
             "1:30pm  \u2013 Panel interview (approximately 45 minutes)\n\n"
             "Kindly note that only candidates who sit the written test will be interviewed by the panel. Please "
             "come along with the originals of your academic certificates, your ICAG membership certificate and a "
             "valid Ghana Card.\n\n"
             "Kindly confirm your availability by replying to this email. Separate calendar holds for the test and "
             "the panel interview will be sent to you shortly.\n\n" + sig)
    put(c, "01-asempa-invitation-test-and-panel.eml", outlook_mail(
        c + "m1", date=d1, frm=addr(*hr), to=[addr(OWNER_NAME, OWNER)],
        subject="INVITATION FOR WRITTEN TEST AND PANEL INTERVIEW - MANAGER, FINANCIAL REPORTING",
        body=body1, return_path=hr[1]))
    uid_t, uid_p = outlook_uid(c + "test"), outlook_uid(c + "panel")
    body2 = ("Dear Ms. Owusu-Ansah,\n\nPlease find below the calendar hold for the written test. The test is "
             "invigilated by the Human Capital team. Calculators will be provided; mobile phones are not "
             "allowed in the test room.\n\nRegards,\nComfort")
    put(c, "02-written-test-hold.eml", outlook_invite(
        c + "test", date=d2, frm=addr(*hr), to=[addr(OWNER_NAME, OWNER)],
        subject="Written Test \u2013 Manager, Financial Reporting (ABG/FIN/2026/07)", tzid="Greenwich Standard Time",
        start=test_s, end=test_e, body=body2, location="Asempa House \u2013 Training Room 2, 3rd Floor",
        uid=uid_t, seq=0, organizer=hr,
        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")], return_path=hr[1]))
    body3 = ("Dear Ms. Owusu-Ansah,\n\nThis is the calendar hold for your panel interview following the written "
             "test. The panel will be made up of Mr. Kwame Ofori-Atta (Head, Finance & Strategy) and "
             "Mrs. Esi Quaye (Chief Internal Auditor). I will be on hand to receive you but will not sit on the "
             "panel.\n\nRegards,\nComfort")
    put(c, "03-panel-interview-hold.eml", outlook_invite(
        c + "panel", date=d3, frm=addr(*hr), to=[addr(OWNER_NAME, OWNER), addr(*p1), addr(*p2)],
        subject="Panel Interview \u2013 Manager, Financial Reporting \u2013 Adwoa Owusu-Ansah",
        tzid="Greenwich Standard Time", start=pan_s, end=pan_e, body=body3,
        location="Asempa House \u2013 Boardroom, 5th Floor", uid=uid_p, seq=0, organizer=hr,
        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                   (p1[0], p1[1], "REQ-PARTICIPANT", "ACCEPTED"),
                   (p2[0], p2[1], "REQ-PARTICIPANT", "ACCEPTED")], return_path=hr[1]))
    label(c, [iv("Asempa Bank Ghana", "Manager, Financial Reporting", pan_s, pan_e, "scheduled",
                 [p1[1], p2[1]], [p1[1], p2[1]], "onsite")],
          "hard", "positive/written-test-then-panel",
          "Bank assessment day: 9:00-11:00 written test (its own invite) then 1:30pm panel (~45 min, own invite "
          "13:30-14:15). Only the panel is an interview; the written test is an assessment, not a live "
          "conversation, so it is neither a second interview nor the start of an onsite. HR coordinator "
          "does not sit on the panel.")


def case03():
    c = "b223-03-bigfour-portal-partner-interview"
    rec = ("Selasi Dzansi", "selasi.dzansi@harbourline-gh.example")
    noreply = "no-reply@careers.harbourline-gh.example"
    d1 = at(ACCRA, 2026, 9, 18, 14, 20, 5)
    start = at(ACCRA, 2026, 10, 1, 11, 0, weekday="Thursday")
    end = at(ACCRA, 2026, 10, 1, 12, 0)
    text = ("Dear Adwoa,\n\n"
            "Thank you for booking your interview slot through the Harbourline Ghana careers portal. Your booking "
            "is confirmed:\n\n"
            "Position: Assurance Assistant Manager (Experienced Hire), Accra\n"
            "Stage: Partner interview (competency and technical)\n"
            "Date: Thursday, 1 October 2026\n"
            "Time: 11:00 \u2013 12:00 GMT (Accra time)\n"
            "Format: Microsoft Teams video call \u2013 the joining link will appear in your candidate portal 24 hours "
            "before the interview\n"
            "Interviewer: Kofi Agyeman-Duah, Partner, Audit & Assurance\n\n"
            "Please have your Ghana Card or passport to hand; we will verify your identity at the start of the "
            "call.\n\n"
            "Need to change your slot? You can reschedule up to 48 hours before the interview from the \"My "
            "applications\" page at https://careers.harbourline-gh.example/candidate/home, or contact your "
            f"recruiter, Selasi Dzansi, at {rec[1]}.\n\n"
            "Good luck!\nHarbourline Ghana Talent Acquisition\n\n"
            "This mailbox is not monitored. Please do not reply to this email.")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Harbourline Careers//Interview Booking 4.2//EN",
               "METHOD:REQUEST", "CALSCALE:GREGORIAN"] + VTZ["Africa/Accra"] +
              ["BEGIN:VEVENT", f"UID:HLG-ASR-2026-114-{sh(c, 10)}@careers.harbourline-gh.example",
               "SEQUENCE:0", f"DTSTAMP:{zstamp(d1)}",
               f"DTSTART;TZID=Africa/Accra:{loc('Africa/Accra', start)}",
               f"DTEND;TZID=Africa/Accra:{loc('Africa/Accra', end)}",
               "SUMMARY:Harbourline Ghana \u2013 Partner interview \u2013 Assurance Assistant Manager",
               "DESCRIPTION:" + esc("Partner interview with Kofi Agyeman-Duah (Partner, Audit & Assurance). "
                                    "Microsoft Teams link will be published in your candidate portal 24 hours "
                                    "before the interview. Questions: " + rec[1]),
               "LOCATION:Microsoft Teams (link in candidate portal)",
               f"ORGANIZER;CN=Harbourline Ghana Careers:mailto:{noreply}",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={OWNER_NAME}:mailto:{OWNER}",
               "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    put(c, "01-portal-interview-booked.eml", ats_mail(
        c + "m1", date=d1, frm=addr("Harbourline Ghana Careers", noreply),
        subject="Interview confirmed: Assurance Assistant Manager (Experienced Hire) - Ref HLG-ASR-2026-114",
        text=text, title="Your interview is confirmed", return_path="bounce-4471@careers.harbourline-gh.example",
        out_host="smtp-out2.careers.harbourline-gh.example", ip="198.51.100.24",
        msgid=f"<{sh(c + 'mid', 20)}.HLG-ASR-2026-114@careers.harbourline-gh.example>",
        attachments=[("Interview.ics", "text/calendar; charset=UTF-8; method=REQUEST", cal)], brand="#00653b"))
    label(c, [iv("Harbourline Ghana", "Assurance Assistant Manager (Experienced Hire)", start, end, "scheduled",
                 [], [rec[1]], "hiring_manager")],
          "medium", "positive/portal-booking-ics",
          "Big-Four-style careers portal booking confirmation from a no-reply address with an .ics whose "
          "organizer is the no-reply. Partner interviewer has no address in the case, so follow-up goes to the "
          "named recruiter given in the text.")


def case04():
    c = "b223-04-workday-london-bst-plus-teams"
    wd = "thornbury@myworkday.com"
    tp = ("James Whitfield", "james.whitfield@thornburyinsurance.example")
    hm = ("Rebecca Hartley", "rebecca.hartley@thornburyinsurance.example")
    d1 = at(LONDON, 2026, 10, 14, 9, 3, 11)
    d2 = at(LONDON, 2026, 10, 15, 10, 41, 27)
    start = at(LONDON, 2026, 10, 21, 14, 0, weekday="Wednesday")
    end = at(LONDON, 2026, 10, 21, 15, 0)
    assert start.utcoffset() == timedelta(hours=1)
    assert start.astimezone(ACCRA).hour == 13
    text = ("Hello Adwoa,\n\n"
            "Your interview for the Group Financial Reporting Accountant position (R-0041873) has been scheduled.\n\n"
            "Interview Details\n"
            "Date: Wednesday, 21 October 2026\n"
            "Time: 14:00 - 15:00 BST (UK time)\n"
            "Interviewer: Rebecca Hartley, Head of Group Reporting\n"
            "Location: Microsoft Teams (Rebecca will send the meeting link separately)\n\n"
            "As you are joining us from Accra, please note that 14:00 UK time is 13:00 in Ghana on this date.\n\n"
            "You can view your application at any time from your candidate home page: "
            "https://wd3.myworkdaysite.com/en-GB/recruiting/thornbury/Careers/userHome\n\n"
            "If you have any questions, please contact your Talent Partner, James Whitfield, at "
            f"{tp[1]}.\n\n"
            "Kind regards,\nThornbury Talent Acquisition\n\n"
            "This email was sent from an unmonitored mailbox. Please do not reply.")
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workday//Recruiting Calendar//EN", "METHOD:REQUEST"]
              + VTZ["Europe/London"] +
              ["BEGIN:VEVENT", f"UID:{sh(c + 'wduid', 32)}@myworkday.com", "SEQUENCE:0",
               f"DTSTAMP:{zstamp(d1)}",
               f"DTSTART;TZID=Europe/London:{loc('Europe/London', start)}",
               f"DTEND;TZID=Europe/London:{loc('Europe/London', end)}",
               "SUMMARY:Interview: Group Financial Reporting Accountant (R-0041873)",
               "DESCRIPTION:" + esc("Interview with Rebecca Hartley, Head of Group Reporting. Microsoft Teams "
                                    "link to follow from the hiring team."),
               "LOCATION:Microsoft Teams",
               f"ORGANIZER;CN=Thornbury Insurance Group:mailto:{wd}",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
               "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    put(c, "01-workday-interview-scheduled.eml", ats_mail(
        c + "m1", date=d1, frm=addr("Thornbury Insurance Group", wd),
        subject="Interview Scheduled: Group Financial Reporting Accountant (R-0041873)", text=text,
        title="Interview Scheduled", return_path="bounce-thornbury@myworkday.com",
        out_host="mx-out-wd3.myworkday.com", ip="52.4.181.93",
        msgid=f"<{sh(c + 'wdmid', 8)}.{digits(c, 13)}.JavaMail.wdprod@wd3-impl-services1>",
        attachments=[("Interview.ics", "text/calendar; charset=UTF-8; method=REQUEST", cal)], brand="#0875e1"))
    body2 = ("Hi Adwoa,\n\nLooking forward to speaking with you on Wednesday. We'll talk through your group "
             "consolidation experience, IFRS 17 reporting and how you've managed audit queries with the "
             "statutory auditors.\n\nBest wishes,\nRebecca\n\nRebecca Hartley | Head of Group Reporting\n"
             "Thornbury Insurance Group plc | 20 Gracechurch Street, London EC3V 0BG")
    put(c, "02-teams-invite-rebecca.eml", outlook_invite(
        c + "teams", date=d2, frm=addr(*hm), to=[addr(OWNER_NAME, OWNER)],
        subject="Adwoa Owusu-Ansah / Rebecca Hartley \u2013 Group Financial Reporting Accountant interview",
        tzid="GMT Standard Time", start=start, end=end, body=body2, location="Microsoft Teams Meeting",
        uid=outlook_uid(c + "teams"), seq=0, organizer=hm,
        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")], teams=True, return_path=hm[1]))
    label(c, [iv("Thornbury Insurance Group", "Group Financial Reporting Accountant", start, end, "scheduled",
                 [hm[1]], [hm[1]], "hiring_manager")],
          "hard", "positive/workday-plus-teams-dedupe",
          "Workday no-reply notification (.ics, Europe/London) plus the hiring manager's own Teams invite "
          "(Windows TZID 'GMT Standard Time', display label '(UTC+00:00)') for the same slot = ONE interview. "
          "21 Oct is still BST, so 14:00 London = 13:00 Accra (+01:00).")


def case05():
    c = "b223-05-successfactors-toronto-after-dst"
    sf = "noreply@successfactors.com"
    coord = ("Melissa Tran", "melissa.tran@lakeshoremutual.example")
    hm = ("Daniel Moreau", "daniel.moreau@lakeshoremutual.example")
    d1 = at(TORONTO, 2026, 10, 27, 13, 15, 48)
    start = at(TORONTO, 2026, 11, 2, 9, 0, weekday="Monday")
    end = at(TORONTO, 2026, 11, 2, 10, 0)
    assert start.utcoffset() == timedelta(hours=-5) and d1.utcoffset() == timedelta(hours=-4)
    assert start.astimezone(ACCRA).hour == 14
    text = ("Dear Adwoa Owusu-Ansah,\n\n"
            "Thank you for selecting an interview time. Your interview for Senior Financial Analyst, Corporate "
            "Finance (Requisition 18843) has been confirmed for:\n\n"
            "Monday, November 2, 2026\n"
            "9:00 AM - 10:00 AM (GMT-05:00) Eastern Time (US & Canada)\n\n"
            "Interviewer: Daniel Moreau, Director, Financial Planning & Analysis\n"
            "Format: Microsoft Teams video interview (link in the attached calendar invitation)\n\n"
            "Please note that clocks in Toronto go back one hour on Sunday, November 1. Your interview will "
            "therefore start at 2:00 PM Ghana time (GMT).\n\n"
            "If you need to reschedule, please contact Melissa Tran, Talent Acquisition Coordinator, at "
            f"{coord[1]}.\n\n"
            "Sincerely,\nLakeshore Mutual Insurance \u2013 Talent Acquisition\n\n"
            "Please do not reply to this message; this mailbox is not monitored.")
    block, url = teams_block(c)
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//SAP SuccessFactors//Interview Scheduling//EN", "VERSION:2.0",
               "METHOD:REQUEST"] + VTZ["America/Toronto"] +
              ["BEGIN:VEVENT", f"UID:SFIS-{sh(c + 'u', 8)}-{sh(c + 'u2', 4)}-{sh(c + 'u3', 12)}", "SEQUENCE:0",
               f"DTSTAMP:{zstamp(d1)}",
               f"DTSTART;TZID=America/Toronto:{loc('America/Toronto', start)}",
               f"DTEND;TZID=America/Toronto:{loc('America/Toronto', end)}",
               "SUMMARY:Interview - Senior Financial Analyst\\, Corporate Finance - Adwoa Owusu-Ansah",
               "DESCRIPTION:" + esc("Interviewer: Daniel Moreau\n\n" + block),
               "LOCATION:Microsoft Teams",
               f"ORGANIZER;CN=Lakeshore Mutual Talent Acquisition:mailto:{sf}",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN={OWNER_NAME}:mailto:{OWNER}",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE;CN={hm[0]}:mailto:{hm[1]}",
               "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    put(c, "01-successfactors-interview-confirmation.eml", ats_mail(
        c + "m1", date=d1, frm=addr("Lakeshore Mutual Careers", sf),
        subject="Interview Confirmation \u2013 Senior Financial Analyst, Corporate Finance (Req 18843)",
        text=text, title="Interview Confirmation", return_path="bounces+18843@successfactors.com",
        out_host="mail-out4.successfactors.com", ip="155.56.208.101",
        msgid=f"<{digits(c + 'sfm', 13)}.{digits(c + 'sfm2', 7)}.JavaMail.sfuser@pc8bsfapi11>",
        attachments=[("invite.ics", "text/calendar; charset=UTF-8; method=REQUEST", cal)], brand="#0a6ed1",
        html_cte="quoted-printable"))
    label(c, [iv("Lakeshore Mutual Insurance", "Senior Financial Analyst, Corporate Finance", start, end,
                 "scheduled", [hm[1]], [hm[1]], "hiring_manager")],
          "hard", "positive/successfactors-toronto-dst",
          "SuccessFactors confirmation sent 27 Oct (EDT, -04:00) for an interview on 2 Nov, the day after "
          "Toronto falls back: 9:00 EST = -05:00 = 14:00 Accra. Interviewer is an ATTENDEE in the .ics; the "
          "coordinator only schedules.")


def case06():
    c = "b223-06-teams-reschedule-across-bst-end"
    hm = ("Graham Pollock", "graham.pollock@calderfinch.example")
    d1 = at(LONDON, 2026, 10, 15, 16, 22, 10)
    d2 = at(LONDON, 2026, 10, 19, 9, 5, 44, weekday="Monday")
    d3 = at(LONDON, 2026, 10, 19, 11, 48, 2)
    s0 = at(LONDON, 2026, 10, 22, 10, 0, weekday="Thursday")
    s1 = at(LONDON, 2026, 10, 27, 10, 0, weekday="Tuesday")
    assert s0.utcoffset() == timedelta(hours=1) and s1.utcoffset() == timedelta(0)
    assert s1.astimezone(ACCRA).hour == 10
    uid = outlook_uid(c)
    role = "Audit Manager \u2013 Financial Services"
    subj = "Interview \u2013 Adwoa Owusu-Ansah \u2013 Audit Manager (Financial Services)"
    body1 = ("Hi Adwoa,\n\nAs discussed with Fiona in our recruitment team, please find a Teams invite for your "
             "interview for the Audit Manager role in our Financial Services audit team. It will be a one-to-one "
             "with me and should take about an hour; we'll cover your banking audit experience and a short "
             "discussion of an ISA 540 scenario.\n\nKind regards,\nGraham\n\nGraham Pollock | Director, "
             "Financial Services Audit\nCalder & Finch LLP | 1 Lochrin Square, Edinburgh EH3 9QA")
    put(c, "01-teams-invite-thursday.eml", outlook_invite(
        c + "v0", date=d1, frm=addr(*hm), to=[addr(OWNER_NAME, OWNER)], subject=subj, tzid="GMT Standard Time",
        start=s0, end=s0 + timedelta(hours=1), body=body1, location="Microsoft Teams Meeting", uid=uid, seq=0,
        organizer=hm, attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")], teams=True,
        return_path=hm[1]))
    m_prev = outlook_msgid(c + "v0")
    body2 = ("Hi Adwoa,\n\nI'm very sorry, but I've been called into a client meeting on Thursday morning and need "
             "to move our interview. Would Tuesday 27 October at the same time, 10:00 UK time, work for you? As "
             "the clocks go back here on Sunday, that will also be 10:00 in Accra (rather than 09:00 for "
             "Thursday's slot).\n\nI'll send an updated invite. Apologies again for the inconvenience.\n\n"
             "Kind regards,\nGraham")
    put(c, "02-moving-our-interview.eml", outlook_mail(
        c + "m2", date=d2, frm=addr(*hm), to=[addr(OWNER_NAME, OWNER)],
        subject="Our interview on Thursday \u2013 change of date", body=body2, return_path=hm[1],
        in_reply_to=m_prev, references=m_prev))
    body3 = ("Hi Adwoa,\n\nThanks for confirming \u2013 updated to Tuesday 27 October, 10:00-11:00 UK time (10:00 "
             "in Accra). Same Teams link.\n\nKind regards,\nGraham")
    put(c, "03-updated-invite-tuesday.eml", outlook_invite(
        c + "v1", teams_seed=c + "v0", date=d3, frm=addr(*hm), to=[addr(OWNER_NAME, OWNER)], subject=subj, tzid="GMT Standard Time",
        start=s1, end=s1 + timedelta(hours=1), body=body3, location="Microsoft Teams Meeting", uid=uid, seq=1,
        organizer=hm, attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")], teams=True,
        return_path=hm[1]))
    label(c, [iv("Calder & Finch", role, s1, s1 + timedelta(hours=1), "scheduled", [hm[1]], [hm[1]],
                 "hiring_manager")],
          "hard", "positive/reschedule-across-bst-end",
          "Teams invite for Thu 22 Oct 10:00 BST (09:00 Accra), moved by e-mail and an updated invite "
          "(same UID, SEQUENCE:1) to Tue 27 Oct 10:00, after the UK clocks go back on 25 Oct, so London = "
          "Accra = +00:00. Final time only; one interview.")


def case07():
    c = "b223-07-telco-zoom-interview-cancelled"
    rec = ("Yaw Boateng-Asamoah", "yaw.boatengasamoah@savannamobile.example")
    itv = ("Adjoa Kumi", "adjoa.kumi@savannamobile.example")
    d1 = at(ACCRA, 2026, 9, 25, 15, 10, 31, weekday="Friday")
    d2 = at(ACCRA, 2026, 9, 30, 10, 2, 15, weekday="Wednesday")
    start = at(ACCRA, 2026, 10, 2, 14, 0, weekday="Friday")
    end = at(ACCRA, 2026, 10, 2, 15, 0)
    uid = outlook_uid(c)
    subj = "Technical Interview: Senior Manager, Revenue Assurance \u2013 Adwoa Owusu-Ansah"
    zblock, zurl, _ = zoom_block(c, rec[0])
    body1 = ("Dear Adwoa,\n\nWe wish to invite you for a technical interview for the Senior Manager, Revenue "
             "Assurance role. You will be interviewed by Ms. Adjoa Kumi, Head of Revenue Assurance & Fraud "
             "Management. Kindly find the Zoom details below.\n\nPlease note the session will include a short "
             "case on interconnect and mobile money revenue leakage, so kindly have a calculator handy.\n\n"
             "Regards,\nYaw Boateng-Asamoah\nTalent Acquisition Lead | Savanna Mobile Ghana\n+233 55 555 0121")
    put(c, "01-zoom-technical-interview-invite.eml", outlook_invite(
        c + "req", date=d1, frm=addr(*rec), to=[addr(OWNER_NAME, OWNER), addr(*itv)], subject=subj,
        tzid="Greenwich Standard Time", start=start, end=end, body=body1, location=zurl, uid=uid, seq=0,
        organizer=rec, attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                  (itv[0], itv[1], "REQ-PARTICIPANT", "ACCEPTED")],
        extra_block=zblock, return_path=rec[1]))
    body2 = ("Dear Adwoa,\n\nKindly accept our apologies. We have had to cancel Friday's interview as the Revenue "
             "Assurance role has been put on hold following an internal restructuring. We will get back to you "
             "should the position be reopened.\n\nRegards,\nYaw")
    put(c, "02-canceled-technical-interview.eml", outlook_invite(
        c + "cxl", date=d2, frm=addr(*rec), to=[addr(OWNER_NAME, OWNER), addr(*itv)], subject="Canceled: " + subj,
        tzid="Greenwich Standard Time", start=start, end=end, body=body2, location=zurl, uid=uid, seq=1,
        organizer=rec, attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                  (itv[0], itv[1], "REQ-PARTICIPANT", "NEEDS-ACTION")],
        method="CANCEL", return_path=rec[1]))
    label(c, [iv("Savanna Mobile Ghana", "Senior Manager, Revenue Assurance", start, end, "cancelled",
                 [itv[1]], [itv[1]], "technical")],
          "medium", "positive/cancellation-outlook",
          "Outlook invite with a Zoom link (Windows TZID 'Greenwich Standard Time'), then METHOD:CANCEL "
          "with STATUS:CANCELLED and a note that the role is on hold. Kept as one cancelled interview at its "
          "last scheduled time.")


def case08():
    c = "b223-08-toronto-two-rounds-across-dst"
    rec = ("Sarah MacLeod", "sarah.macleod@cedarbrookfinancial.example")
    hm = ("Tom Reilly", "tom.reilly@cedarbrookfinancial.example")
    role = "Accounting Manager, Financial Reporting"
    d1 = at(TORONTO, 2026, 10, 22, 13, 35, 12)
    s1 = at(TORONTO, 2026, 10, 28, 10, 0, weekday="Wednesday")
    e1 = s1 + timedelta(minutes=30)
    d2 = at(TORONTO, 2026, 10, 28, 15, 12, 40, weekday="Wednesday")
    d3 = at(TORONTO, 2026, 10, 28, 15, 20, 3)
    s2 = at(TORONTO, 2026, 11, 5, 10, 0, weekday="Thursday")
    e2 = s2 + timedelta(hours=1)
    assert s1.utcoffset() == timedelta(hours=-4) and s2.utcoffset() == timedelta(hours=-5)
    assert s1.astimezone(ACCRA).hour == 14 and s2.astimezone(ACCRA).hour == 15
    desc1 = ("Hi Adwoa \u2013 looking forward to our chat about the Accounting Manager, Financial Reporting role. "
             "30 minutes on Google Meet: I'll walk you through the team and ask about your IFRS experience, "
             "notice period and work-permit timeline. (This is 2:00 PM in Accra.)\n\n"
             "Sarah MacLeod\nSenior Talent Partner, Cedarbrook Financial Group")
    put(c, "01-invitation-recruiter-screen.eml", google_invite(
        c + "r1", date=d1, organizer=rec,
        guests=[(rec[0], rec[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
        summary="Cedarbrook Financial \u2013 Recruiter screen (Adwoa Owusu-Ansah)", start=s1, end=e1,
        tz_long="Eastern Time - Toronto", description=desc1, created=d1, phone=("CA", "+1 647-555-0139")))
    body2 = ("Hi Adwoa,\n\nThanks so much for your time this morning \u2013 I really enjoyed our conversation.\n\n"
             "I'm pleased to move you forward to a conversation with Tom Reilly, our Corporate Controller "
             f"({hm[1]}). Tom has Thursday, November 5 at 10:00 AM Eastern open for an hour, and you "
             "mentioned that works for you.\n\n"
             "Heads up: our clocks fall back this Sunday, so 10:00 AM Eastern will be 3:00 PM in Accra (not "
             "2:00 PM like today). I'll send the calendar invite shortly.\n\n"
             "Best,\nSarah\n\nSarah MacLeod | Senior Talent Partner\nCedarbrook Financial Group | "
             "181 Bay Street, Toronto, ON")
    put(c, "02-next-step-with-controller.eml", gmail_mail(
        c + "m2", date=d2, frm=addr(*rec), to=[addr(OWNER_NAME, OWNER)], cc=[addr(*hm)],
        subject="Next step \u2013 Accounting Manager, Financial Reporting", body=body2, return_path=rec[1]))
    desc3 = ("Interview with Tom Reilly, Corporate Controller, for the Accounting Manager, Financial Reporting "
             "role. 60 minutes. Tom will go through a month-end close and consolidation case with you.\n\n"
             "Reminder: 10:00 AM EST = 3:00 PM in Accra.")
    put(c, "03-invitation-controller-interview.eml", google_invite(
        c + "r2", date=d3, organizer=rec,
        guests=[(rec[0], rec[1], "ACCEPTED"), (hm[0], hm[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
        summary="Cedarbrook Financial \u2013 Interview with Tom Reilly (Adwoa Owusu-Ansah)", start=s2, end=e2,
        tz_long="Eastern Time - Toronto", description=desc3, created=d3, phone=("CA", "+1 647-555-0139")))
    label(c, [iv("Cedarbrook Financial Group", role, s1, e1, "scheduled", [rec[1]], [rec[1]], "phone_screen"),
              iv("Cedarbrook Financial Group", role, s2, e2, "scheduled", [hm[1]], [hm[1]], "hiring_manager")],
          "hard", "positive/two-interviews-toronto-dst",
          "Two interviews with one Toronto employer: recruiter screen Wed 28 Oct 10:00 EDT (-04:00, 14:00 "
          "Accra) and controller interview Thu 5 Nov 10:00 EST (-05:00, 15:00 Accra). Google invites carry UTC "
          "DTSTARTs. Recruiter (organizer) only coordinates the second round, so only Tom is its interviewer.")


def case09():
    c = "b223-09-agency-forwards-whatsapp-confirmation"
    ag = ("Kwesi Amponsah", "kwesi@goldcoasttalent.example")
    d0 = at(ACCRA, 2026, 9, 15, 14, 41, 0, weekday="Tuesday")
    d1 = at(ACCRA, 2026, 9, 15, 15, 20, 18)
    start = at(ACCRA, 2026, 9, 21, 15, 0, weekday="Monday")  # "Monday 21st at 3pm"
    chat = ("[15/09/2026, 14:02] Akua Nyansapo HR: Good afternoon Kwesi. Our CFO can see your candidate Adwoa on "
            "Monday 21st at 3pm for the Financial Controller role \U0001f64f\U0001f3fe\n"
            "[15/09/2026, 14:05] Kwesi Amponsah: Thank you Akua. Noted. Pls how long should she plan for?\n"
            "[15/09/2026, 14:06] Akua Nyansapo HR: About 1hr. It will be Mr Mensah-Bonsu alone, no panel\n"
            "[15/09/2026, 14:06] Akua Nyansapo HR: 4th floor Ridge Towers. She should ask for me at reception\n"
            "[15/09/2026, 14:07] Kwesi Amponsah: \U0001f44d\U0001f3fe Perfect, I'll confirm with her")
    body = ("Hi Adwoa,\n\n"
            "Good news! Please see below the confirmation from Akua at Nyansapo Capital (copied from our WhatsApp "
            "chat). The interview is with their CFO, Mr. Mensah-Bonsu, at their office: 4th Floor, Ridge Towers, "
            "Accra. Kindly go with hard copies of your CV and certificates, and be there by 2:45pm.\n\n"
            "Call me after so we debrief.\n\nKwesi\n\n"
            "Kwesi Amponsah\nSenior Consultant \u2013 Finance & Accounting\nGold Coast Talent Partners\n"
            "+233 20 555 0163\n\n"
            "---------- Forwarded message ---------\n"
            f"From: Kwesi Amponsah <{ag[1]}>\n"
            "Date: Tue, 15 Sept 2026 at 14:41\n"
            "Subject: Nyansapo Capital \u2013 Financial Controller interview confirmed\n"
            f"To: Kwesi Amponsah <{ag[1]}>\n\n" + chat + "\n")
    put(c, "01-fwd-nyansapo-interview-confirmed.eml", gmail_mail(
        c + "m1", date=d1, frm=addr(*ag), to=[addr(OWNER_NAME, OWNER)],
        subject="Fwd: Nyansapo Capital \u2013 Financial Controller interview confirmed", body=body,
        return_path=ag[1]))
    assert d0 < d1
    label(c, [iv("Nyansapo Capital", "Financial Controller", start, start + timedelta(hours=1), "scheduled",
                 [], [ag[1]], "hiring_manager")],
          "hard", "positive/forwarded-whatsapp-agency",
          "Agency recruiter forwards a pasted WhatsApp chat (dd/mm/yyyy stamps) with the client's HR: "
          "'Monday 21st at 3pm', 'About 1hr'. Month resolved from the chat/e-mail date (Sep 2026). The CFO "
          "has no address; follow-up goes to the agency recruiter who corresponded. '2:45pm' is the "
          "arrival time, not the start.")


def case10():
    c = "b223-10-gcal-api-london-after-clock-change"
    org = ("Chloe Barnes", "chloe.barnes@halcyonpay.example")
    hm = ("Oliver Grant", "oliver.grant@halcyonpay.example")
    start = at(LONDON, 2026, 11, 10, 14, 0, weekday="Tuesday")
    end = start + timedelta(minutes=45)
    assert start.utcoffset() == timedelta(0)
    created = datetime(2026, 11, 3, 10, 12, 0, tzinfo=UTC)
    updated = datetime(2026, 11, 3, 16, 40, 21, 512000, tzinfo=UTC)
    eid = sh(c + "id", 26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{digits(c + 'etag', 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.strftime("%Y-%m-%dT%H:%M:%S.") + f"{updated.microsecond // 1000:03d}Z",
        "summary": "Halcyon Pay \u2013 Finance Manager interview (Adwoa Owusu-Ansah)",
        "description": ("45-minute interview with Oliver Grant, Head of Finance, for the Finance Manager role. "
                        "Oliver will focus on month-end close, multi-currency treasury (GBP/GHS/NGN) and your "
                        "audit background.<br><br>Chloe (Talent) set this up and won't be joining the call."),
        "creator": {"email": org[1], "displayName": org[0]},
        "organizer": {"email": org[1], "displayName": org[0]},
        "start": {"dateTime": start.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "timeZone": "Europe/London"},
        "end": {"dateTime": end.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"), "timeZone": "Europe/London"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": org[1], "displayName": org[0], "organizer": True, "responseStatus": "accepted"},
            {"email": hm[1], "displayName": hm[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.google.com/wpr-kqtd-hzn",
        "conferenceData": {
            "entryPoints": [
                {"entryPointType": "video", "uri": "https://meet.google.com/wpr-kqtd-hzn",
                 "label": "meet.google.com/wpr-kqtd-hzn"},
                {"entryPointType": "phone", "uri": "tel:+44-20-3957-1184", "label": "+44 20 3957 1184",
                 "pin": "417203958", "regionCode": "GB"},
            ],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": "wpr-kqtd-hzn",
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    put(c, "01-halcyon-finance-manager-interview.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")
    label(c, [iv("Halcyon Pay", "Finance Manager", start, end, "scheduled", [hm[1]], [hm[1]], "hiring_manager")],
          "medium", "positive/gcal-api-json",
          "Calendar API event only; dateTime in UTC ('Z') with timeZone Europe/London. 10 Nov is after the "
          "UK change, so 14:00 London = 14:00 Accra. Organizer states she will not join; Oliver is the "
          "interviewer.")


def case11():
    c = "b223-11-audit-firm-managing-partner-thread"
    pa = ("Gifty Larbi", "gifty.larbi@aqa-gh.example")
    mp = ("Ebenezer Quartey", "ebenezer.quartey@aqa-gh.example")
    d1 = at(ACCRA, 2026, 9, 22, 10, 14, 52, weekday="Tuesday")
    d_owner = at(ACCRA, 2026, 9, 22, 19, 2, 0)
    d2 = at(ACCRA, 2026, 9, 23, 8, 31, 7)
    at(ACCRA, 2026, 9, 25, 8, 0, weekday="Friday")
    start = at(ACCRA, 2026, 9, 28, 16, 0, weekday="Monday")
    sig = ("Kind regards,\n\nGifty Larbi\nExecutive Assistant to the Managing Partner\n"
           "Ansah Quartey & Associates, Chartered Accountants\nNo. 7 Kofi Annan Street, Airport Residential Area, Accra")
    body1 = ("Dear Adwoa,\n\n"
             "Thank you for attending the technical interview last week. I am pleased to inform you that you have "
             "progressed to the final stage of our process for the Audit Manager position, which is an informal "
             "conversation with our Managing Partner, Mr. Ebenezer Quartey.\n\n"
             "Kindly let me know which of the following slots suits you:\n"
             "\u2022 Friday, 25th September 2026 at 8:00am\n"
             "\u2022 Monday, 28th September 2026 at 4:00pm\n\n"
             "The conversation will be at our office and should last about 30 minutes.\n\n" + sig)
    m1 = outlook_msgid(c + "m1", "AM9P250MB0874.EURP250.PROD.OUTLOOK.COM")
    put(c, "01-final-stage-managing-partner.eml", outlook_mail(
        c + "m1", date=d1, frm=addr(*pa), to=[addr(OWNER_NAME, OWNER)],
        subject="Audit Manager position \u2013 final stage", body=body1, return_path=pa[1], msgid=m1))
    m_owner = gmail_msgid(c + "owner")
    body2 = ("Dear Adwoa,\n\n"
             "Noted with thanks. Your meeting with Mr. Quartey is confirmed for Monday, 28th September 2026 at "
             "4:00pm at our Airport Residential office. I have copied him on this mail.\n\n"
             "Kindly ask for me at the front desk on arrival.\n\n" + sig + "\n\n"
             "________________________________\n"
             f"From: Adwoa Owusu-Ansah <{OWNER}>\n"
             "Sent: Tuesday, 22 September 2026 19:02\n"
             f"To: Gifty Larbi <{pa[1]}>\n"
             "Subject: Re: Audit Manager position \u2013 final stage\n\n"
             "Dear Gifty,\n\nThank you for the good news. Monday 28th September at 4:00pm suits me best.\n\n"
             "Regards,\nAdwoa\n\n"
             "________________________________\n"
             f"From: Gifty Larbi <{pa[1]}>\n"
             "Sent: Tuesday, 22 September 2026 10:14\n"
             f"To: Adwoa Owusu-Ansah <{OWNER}>\n"
             "Subject: Audit Manager position \u2013 final stage\n\n" + body1)
    put(c, "02-re-final-stage-confirmed.eml", outlook_mail(
        c + "m2", date=d2, frm=addr(*pa), to=[addr(OWNER_NAME, OWNER)], cc=[addr(*mp)],
        subject="RE: Audit Manager position \u2013 final stage", body=body2, return_path=pa[1],
        msgid_host="AM9P250MB0874.EURP250.PROD.OUTLOOK.COM", in_reply_to=m_owner, references=f"{m1} {m_owner}"))
    assert d_owner < d2
    label(c, [iv("Ansah Quartey & Associates", "Audit Manager", start, start + timedelta(minutes=30), "scheduled",
                 [mp[1]], [mp[1]], "hiring_manager")],
          "medium", "positive/thread-propose-confirm",
          "EA proposes two slots for a final-stage 'informal conversation' with the Managing Partner (an "
          "explicit process step); owner picks Monday 4:00pm (quoted), EA confirms and copies the MP. The "
          "Friday 8:00am option and last week's technical interview (no time given) are not labelled.")


def case12():
    c = "b223-12-bank-onsite-three-back-to-back"
    hr = ("Rita Owusu", "rita.owusu@ridgewaymb.example")
    ivs = [("Joseph Amoako", "joseph.amoako@ridgewaymb.example", "Finance Director", (9, 0), (9, 45)),
           ("Dzifa Agbeko", "dzifa.agbeko@ridgewaymb.example", "Head of Treasury", (10, 0), (10, 45)),
           ("Hannah Osei-Bonsu", "hannah.oseibonsu@ridgewaymb.example", "Chief Risk Officer", (11, 30), (12, 15))]
    at(ACCRA, 2026, 10, 7, weekday="Wednesday")
    sends = [at(ACCRA, 2026, 10, 1, 11, 2, 14), at(ACCRA, 2026, 10, 1, 11, 5, 40), at(ACCRA, 2026, 10, 1, 11, 9, 3)]
    role = "Head, Regulatory Reporting"
    for n, ((name, email, title, hs_, he_), d) in enumerate(zip(ivs, sends), 1):
        s = at(ACCRA, 2026, 10, 7, *hs_)
        e = at(ACCRA, 2026, 10, 7, *he_)
        body = ("Dear Adwoa,\n\n"
                f"As discussed on phone, kindly find below interview {n} of 3 for the {role} role, scheduled for "
                "Wednesday, 7th October 2026 at our head office, Ridgeway House, 3rd Floor, Liberation Road, "
                f"Airport City. This session is with {name}, {title}.\n\n"
                "The three sessions run back-to-back from 9:00am, with a short tea break between the second and "
                "third sessions. Kindly report at the main reception by 8:40am with your Ghana Card.\n\n"
                "Regards,\nRita Owusu\nHR Business Partner | Ridgeway Merchant Bank Ghana\n+233 30 296 0417")
        put(c, f"0{n}-interview-{n}-of-3-{title.lower().replace(' ', '-')}.eml", outlook_invite(
            c + f"i{n}", date=d, frm=addr(*hr), to=[addr(OWNER_NAME, OWNER), addr(name, email)],
            subject=f"Interview {n} of 3: {title} \u2013 Adwoa Owusu-Ansah ({role})",
            tzid="Greenwich Standard Time", start=s, end=e, body=body,
            location=f"Ridgeway House \u2013 3rd Floor, Meeting Room {n}", uid=outlook_uid(c + f"i{n}"), seq=0,
            organizer=hr, attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                     (name, email, "REQ-PARTICIPANT", "ACCEPTED")], return_path=hr[1]))
    emails = [x[1] for x in ivs]
    label(c, [iv("Ridgeway Merchant Bank Ghana", role, at(ACCRA, 2026, 10, 7, 9, 0), at(ACCRA, 2026, 10, 7, 12, 15),
                 "scheduled", emails, emails, "onsite")],
          "medium", "positive/onsite-loop-three-invites",
          "Three Outlook invites for back-to-back sessions on one day (09:00-09:45, 10:00-10:45, 11:30-12:15 "
          "after a tea break) = ONE onsite 09:00-12:15 with all three interviewers; HR organizer only schedules.")


def case13():
    c = "b223-13-zoom-toronto-edt-standalone-ics"
    rec = ("Megan Fitzgerald", "megan.fitzgerald@northshoreaudit.example")
    itv = ("Amanda Li", "amanda.li@northshoreaudit.example")
    d1 = at(TORONTO, 2026, 10, 23, 12, 44, 9, weekday="Friday")
    start = at(TORONTO, 2026, 10, 29, 8, 30, weekday="Thursday")
    end = start + timedelta(hours=1)
    assert start.utcoffset() == timedelta(hours=-4)
    assert start.astimezone(ACCRA).strftime("%H:%M") == "12:30"
    zblock, zurl, mid = zoom_block(c, rec[0], host="northshoreaudit.zoom.us", country=("Canada", "+1 647 374 4685"))
    zblock = zblock.replace("is inviting you to a scheduled Zoom meeting.\n",
                            "is inviting you to a scheduled Zoom meeting.\n\n"
                            "Topic: Northshore \u2013 Technical Interview \u2013 Adwoa Owusu-Ansah\n"
                            "Time: Oct 29, 2026 08:30 AM Eastern Time (US and Canada)\n", 1)
    body = ("Hi Adwoa,\n\n"
            "Thank you for sending through your availability. I've booked your technical interview for the "
            "Insurance Assurance Manager role with Amanda Li, Senior Manager in our Insurance Assurance practice "
            "(cc'd). Amanda will walk through an IFRS 17 case with you, so please have Excel handy.\n\n"
            "Date: Thursday, October 29, 2026\n"
            "Time: 8:30 AM - 9:30 AM Eastern Time (12:30 PM - 1:30 PM in Accra)\n\n"
            "Zoom details are below; you can add the meeting to your calendar from the Zoom link.\n\n"
            "Best,\nMegan\n\nMegan Fitzgerald | Talent Acquisition\nNorthshore Audit Partners LLP | Toronto\n\n"
            + zblock)
    put(c, "01-technical-interview-zoom-details.eml", gmail_mail(
        c + "m1", date=d1, frm=addr(*rec), to=[addr(OWNER_NAME, OWNER)], cc=[addr(*itv)],
        subject="Northshore Audit Partners \u2013 Technical Interview (Insurance Assurance Manager)", body=body,
        return_path=rec[1]))
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
               "METHOD:PUBLISH", "CLASS:PUBLIC"] + VTZ["America/Toronto"] +
              ["BEGIN:VEVENT", f"DTSTAMP:{zstamp(d1 - timedelta(minutes=3))}",
               f"DTSTART;TZID=America/Toronto:{loc('America/Toronto', start)}",
               f"DTEND;TZID=America/Toronto:{loc('America/Toronto', end)}",
               "SUMMARY:Northshore \u2013 Technical Interview \u2013 Adwoa Owusu-Ansah",
               f"UID:{zstamp(d1 - timedelta(minutes=3))}-{mid.replace(' ', '')}@fe80:0:0:0:8d:3aff:fe21:6c0eeth0",
               "TZID:America/Toronto",
               "DESCRIPTION:" + esc(zblock),
               f"LOCATION:{zurl}",
               f"ORGANIZER;CN={rec[0]}:mailto:{rec[1]}",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;CN={itv[0]}:mailto:{itv[1]}",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;CN={OWNER_NAME}:mailto:{OWNER}",
               "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
               "END:VEVENT", "END:VCALENDAR"])
    put(c, "02-zoom-meeting.ics", cal)
    label(c, [iv("Northshore Audit Partners", "Insurance Assurance Manager", start, end, "scheduled",
                 [itv[1]], [itv[1]], "technical")],
          "medium", "positive/zoom-ics-toronto-edt",
          "Recruiter e-mail with Zoom text plus the standalone Zoom .ics (America/Toronto). 29 Oct is before "
          "the Toronto change (still EDT, -04:00, 12:30 Accra) although London has already gone back; one "
          "interview, Amanda (cc'd, ATTENDEE) is the interviewer.")


# ==============================================================================================
# NEGATIVE CASES (look-alikes)
# ==============================================================================================
def case14():
    c = "b223-14-icag-exam-sitting-docket"
    ex = "examinations@icag.example"
    d1 = at(ACCRA, 2026, 10, 19, 16, 30, 12)
    s = at(ACCRA, 2026, 11, 10, 9, 0, weekday="Tuesday")
    e = at(ACCRA, 2026, 11, 10, 12, 15)
    text = ("Dear Candidate,\n\n"
            "NOVEMBER 2026 POST-QUALIFICATION EXAMINATIONS \u2013 CERTIFICATE IN FORENSIC AUDIT\n\n"
            "We are pleased to confirm your registration for the November 2026 sitting. Please find below your "
            "examination details:\n\n"
            "Candidate name: ADWOA SERWAA OWUSU-ANSAH\n"
            "Index number: PQ26-FA-0417\n"
            "Paper: FA 2 \u2013 Forensic Investigation and Fraud Examination\n"
            "Date: Tuesday, 10th November 2026\n"
            "Time: 9:00am \u2013 12:15pm (including 15 minutes reading time)\n"
            "Centre: ICAG Examination Centre, GIMPA Campus, Greenhill, Accra\n\n"
            "Candidates must report at the centre by 8:15am with this docket and their Ghana Card. Candidates who "
            "pass the written paper will subsequently be invited for an oral case defence before a panel of "
            "examiners in February 2027; details will be communicated with the results.\n\n"
            "Kindly note that programmable calculators and mobile phones are not permitted in the examination "
            "hall. A calendar file for your paper is provided for your convenience.\n\n"
            "We wish you success.\n\n"
            "Examinations Department\nThe Institute of Chartered Accountants, Ghana\n"
            "Tel: +233 30 277 9954 | https://www.icag.example/students/examinations")
    put(c, "01-icag-examination-docket.eml", ats_mail(
        c + "m1", date=d1, frm=addr("ICAG Examinations Department", ex),
        subject="November 2026 Examinations \u2013 Examination Docket (Index No. PQ26-FA-0417)", text=text,
        title="Examination Docket \u2013 November 2026", return_path="bounce@mailer.icag.example",
        out_host="mailer.icag.example", ip="203.0.113.51",
        msgid=f"<{sh(c + 'mid', 24)}@mailer.icag.example>", brand="#7a1f2b"))
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ICAG//Examinations Portal//EN", "METHOD:PUBLISH"]
              + VTZ["Africa/Accra"] +
              ["BEGIN:VEVENT", f"UID:PQ26-FA-0417-FA2@exams.icag.example", f"DTSTAMP:{zstamp(d1)}",
               f"DTSTART;TZID=Africa/Accra:{loc('Africa/Accra', s)}",
               f"DTEND;TZID=Africa/Accra:{loc('Africa/Accra', e)}",
               "SUMMARY:ICAG Examination \u2013 FA 2 Forensic Investigation and Fraud Examination",
               "DESCRIPTION:" + esc("Index number PQ26-FA-0417. Report by 8:15am with your docket and Ghana Card."),
               "LOCATION:ICAG Examination Centre\\, GIMPA Campus\\, Greenhill\\, Accra",
               f"ORGANIZER;CN=ICAG Examinations Department:mailto:{ex}",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={OWNER_NAME}:mailto:{OWNER}",
               "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    put(c, "02-icag-nov2026-fa2.ics", cal)
    label(c, [], "medium", "negative/professional-exam-sitting",
          "Professional body exam docket + .ics (candidate, index number, panel of examiners for a later oral "
          "defence). An exam sitting is not a job interview.")


def case15():
    c = "b223-15-gra-tax-audit-entry-meeting"
    gra = ("Mawuli Kpodo", "mawuli.kpodo@gra.example")
    cfo = ("Abena Frimpong", "abena.frimpong@sunyaniagro.example")
    d1 = at(ACCRA, 2026, 10, 2, 14, 25, 36)
    s = at(ACCRA, 2026, 10, 8, 10, 0, weekday="Thursday")
    e = at(ACCRA, 2026, 10, 8, 12, 0)
    body = ("Dear Madam,\n\n"
            "Reference our letter LTO/AUD/0926/114 notifying Sunyani Agro-Processing Ltd (TIN C0004417729) of a "
            "comprehensive tax audit covering the 2022 to 2024 years of assessment.\n\n"
            "We wish to invite you, as the company's tax representative, together with the Chief Finance "
            "Officer, to an entry meeting on Thursday, 8th October 2026 at 10:00am. At the meeting the audit team "
            "will explain the scope of the audit, agree the timetable for interviews with key finance and payroll "
            "staff, and take delivery of the documents listed in the schedule attached to our letter (general "
            "ledger, VAT returns, PAYE schedules and withholding tax receipts).\n\n"
            "Kindly confirm your attendance.\n\n"
            "Yours faithfully,\n\nMawuli Kpodo\nSenior Revenue Officer (Audit)\nLarge Taxpayer Office\n"
            "Ghana Revenue Authority")
    put(c, "01-gra-entry-meeting-invite.eml", outlook_invite(
        c + "i", date=d1, frm=addr(*gra), to=[addr(OWNER_NAME, OWNER), addr(*cfo)],
        subject="Tax Audit Entry Meeting \u2013 Sunyani Agro-Processing Ltd (2022\u20132024 YAs)",
        tzid="Greenwich Standard Time", start=s, end=e, body=body,
        location="GRA Large Taxpayer Office \u2013 Conference Room B, Ministries, Accra",
        uid=outlook_uid(c), seq=0, organizer=gra,
        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                   (cfo[0], cfo[1], "REQ-PARTICIPANT", "NEEDS-ACTION")], return_path=gra[1],
        out_host="mail.gra.example", ip="203.0.113.88"))
    label(c, [], "medium", "negative/tax-authority-audit-meeting",
          "Tax authority entry meeting invite (Outlook) for a client audit where the owner is the tax "
          "representative; mentions 'interviews with key finance staff' but is her professional work, not a "
          "hiring process.")


def case16():
    c = "b223-16-church-scholarship-committee-interview"
    sec = ("Emmanuel Sowah", "emmanuel.sowah@calvaryadabraka.example")
    d1 = at(ACCRA, 2026, 10, 12, 19, 4, 22)
    s = at(ACCRA, 2026, 10, 17, 11, 0, weekday="Saturday")
    desc = ("Grace and peace to you.\n\n"
            "The Education & Scholarship Committee of Calvary Methodist Church, Adabraka wishes to invite you for "
            "an interview in respect of your application for the 2026/2027 Church Postgraduate Scholarship "
            "(MSc Accounting & Finance, UGBS). The interview will take place at the Church Office, Conference "
            "Room.\n\n"
            "Kindly come along with your admission letter, fee schedule and a letter from your class leader.\n\n"
            "God bless you.\nBro. Emmanuel Sowah\nSecretary, Education & Scholarship Committee")
    put(c, "01-invitation-scholarship-interview.eml", google_invite(
        c, date=d1, organizer=sec, guests=[(sec[0], sec[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
        summary="Scholarship Committee Interview \u2013 Mrs. Adwoa Owusu-Ansah", start=s,
        end=s + timedelta(minutes=30), tz_long="Greenwich Mean Time", description=desc, created=d1))
    label(c, [], "hard", "negative/non-job-interview-scholarship",
          "Google Calendar invite titled 'Interview' from a church scholarship committee: a non-job "
          "(scholarship/admission-type) interview.")


def case17():
    c = "b223-17-bank-relationship-account-review"
    ro = ("Nii Armah Tagoe", "niiarmah.tagoe@sikatrustbank.example")
    d1 = at(ACCRA, 2026, 10, 7, 9, 40, 5)
    s = at(ACCRA, 2026, 10, 13, 15, 0, weekday="Tuesday")
    body = ("Dear Mrs. Owusu-Ansah,\n\n"
            "Warm greetings from Sika Trust Bank.\n\n"
            "As part of our annual review of your Premier Banking relationship, I would like to schedule a short "
            "meeting with you on Tuesday, 13th October at 3:00pm to go through your account activity, update "
            "your KYC records (Ghana Card, proof of address and current employment details) and discuss our "
            "current fixed deposit and treasury bill rates. Kindly note that the KYC refresh is a regulatory "
            "requirement under the Bank of Ghana AML/CFT directive.\n\n"
            "Please find attached the KYC update form for your kind completion before the meeting. Kindly accept "
            "the invitation or suggest another convenient time.\n\n"
            "Warm regards,\nNii Armah Tagoe\nRelationship Officer \u2013 Premier Banking\nSika Trust Bank, Osu Branch\n"
            "+233 30 276 1180")
    put(c, "01-annual-relationship-review.eml", outlook_invite(
        c, date=d1, frm=addr(*ro), to=[addr(OWNER_NAME, OWNER)],
        subject="Annual Relationship Review \u2013 Mrs. Adwoa Owusu-Ansah", tzid="Greenwich Standard Time",
        start=s, end=s + timedelta(minutes=30), body=body, location="Microsoft Teams Meeting",
        uid=outlook_uid(c), seq=0, organizer=ro,
        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")], teams=True, return_path=ro[1]))
    label(c, [], "medium", "negative/bank-account-review",
          "Teams invite from the owner's own bank relationship officer for an account/KYC review (asks about "
          "employment details); customer meeting, not an interview.")


def case18():
    c = "b223-18-owner-on-trainee-interview-panel"
    work = ("Adwoa Owusu-Ansah", "adwoa.owusu-ansah@boakyenartey.example")
    hr = ("Pearl Asamoah", "pearl.asamoah@boakyenartey.example")
    partner = ("Samuel Boakye", "samuel.boakye@boakyenartey.example")
    d0 = at(ACCRA, 2026, 10, 5, 8, 55, 30)
    d1 = at(ACCRA, 2026, 10, 9, 17, 48, 11, weekday="Friday")
    s = at(ACCRA, 2026, 10, 15, 9, 0, weekday="Thursday")
    e = at(ACCRA, 2026, 10, 15, 13, 0)
    orig = ("Dear Panel Members,\n\n"
            "Thank you for agreeing to serve on the interview panel for this year's audit trainee intake. "
            "Day 1 schedule (30 minutes per candidate), Thursday 15th October 2026, Conference Room A:\n\n"
            "9:00am  Kwabena Asare\n9:30am  Mary-Ann Lamptey\n10:00am Ibrahim Sulemana\n10:30am Elorm Dzikunu\n"
            "11:00am Break\n11:15am Akosua Frimpomaa\n11:45am Daniel Ocran\n12:15pm Panel scoring and moderation\n\n"
            "Kindly find the candidates' CVs and the scoring sheet on the HR SharePoint. Adwoa, kindly lead the "
            "technical questions on auditing and IFRS; Samuel will cover ethics and firm fit.\n\n"
            "Regards,\nPearl Asamoah\nHR Officer | Boakye Nartey & Co. Chartered Accountants")
    vcal = outlook_vcal(c, method="REQUEST", tzid="Greenwich Standard Time", uid=outlook_uid(c), seq=0,
                        start=s, end=e, summary="Interview Panel \u2013 Audit Trainee Recruitment 2026 (Day 1)",
                        organizer=hr, attendees=[(work[0], work[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                                 (partner[0], partner[1], "REQ-PARTICIPANT", "ACCEPTED")],
                        description=orig, location="Boakye Nartey & Co. \u2013 Conference Room A", dtstamp=d0,
                        prodid="Microsoft Exchange Server 2010")
    body = ("Forwarding to my personal mail so I can prepare the technical questions over the weekend.\n\n"
            "________________________________\n"
            f"From: Pearl Asamoah <{hr[1]}>\n"
            "Sent: Monday, 5 October 2026 08:55\n"
            f"To: Adwoa Owusu-Ansah <{work[1]}>; Samuel Boakye <{partner[1]}>\n"
            "Subject: Interview Panel \u2013 Audit Trainee Recruitment 2026 (Day 1)\n"
            "When: Thursday, 15 October 2026 09:00-13:00 (UTC+00:00) Monrovia, Reykjavik.\n"
            "Where: Boakye Nartey & Co. \u2013 Conference Room A\n\n" + orig)
    put(c, "01-fw-trainee-interview-panel.eml", outlook_mail(
        c, date=d1, frm=addr(*work), to=[OWNER],
        subject="FW: Interview Panel \u2013 Audit Trainee Recruitment 2026 (Day 1)", body=body,
        return_path=work[1], attachments=[("Interview Panel - Audit Trainee Recruitment 2026 (Day 1).ics",
                                           "text/calendar", vcal)]))
    label(c, [], "hard", "negative/user-is-interviewer",
          "Owner forwards from her work address an Outlook panel invite (.ics attached) in which she and a "
          "partner interview audit trainee candidates; the owner is the interviewer, not the candidate.")


def case19():
    c = "b223-19-workday-application-received"
    wd = "pennantwater@myworkday.com"
    d1 = at(LONDON, 2026, 10, 26, 9, 12, 44, weekday="Monday")
    at(LONDON, 2026, 11, 9, weekday="Monday")
    text = ("Dear Adwoa,\n\n"
            "Thank you for applying for the Financial Accountant (Regulatory Reporting) role (R-10877) at Pennant "
            "Water Services. We have received your application and our recruitment team will now review it "
            "against the role requirements.\n\n"
            "What happens next?\n"
            "If your application is shortlisted, we will invite you to a first-stage video interview with the "
            "hiring manager, which we expect to take place during the week commencing Monday 9 November 2026. "
            "Interviews will be held between 09:30 and 16:30 UK time.\n\n"
            "You can track the status of your application at any time by signing in to your candidate home page: "
            "https://wd3.myworkdaysite.com/en-GB/recruiting/pennantwater/External/userHome\n\n"
            "Kind regards,\nPennant Water Talent Team\n\n"
            "This is an automated message \u2013 please do not reply.")
    put(c, "01-thank-you-for-applying.eml", ats_mail(
        c, date=d1, frm=addr("Pennant Water Services", wd),
        subject="Thank you for applying \u2013 Financial Accountant (Regulatory Reporting) R-10877", text=text,
        title="Application received", return_path="bounce-pennantwater@myworkday.com",
        out_host="mx-out-wd3.myworkday.com", ip="52.4.181.90",
        msgid=f"<{sh(c + 'wdmid', 8)}.{digits(c, 13)}.JavaMail.wdprod@wd3-impl-services2>", brand="#005eb8"))
    label(c, [], "easy", "negative/application-received",
          "Workday application acknowledgement; mentions a possible video interview in a future week if "
          "shortlisted. Nothing is booked.")


def case20():
    c = "b223-20-hirevue-one-way-video-interview"
    d1 = at(ACCRA, 2026, 9, 24, 10, 5, 51)
    at(ACCRA, 2026, 10, 4, weekday="Sunday")
    text = ("Dear Adwoa,\n\n"
            "Thank you for your interest in the Tax Senior position at Stanbridge Advisory Ghana. As the next step "
            "in our process, we invite you to complete an on-demand video interview on HireVue.\n\n"
            "You will be asked five pre-recorded questions and will have 30 seconds to prepare and up to 3 minutes "
            "to record each answer. There is no live interviewer: your responses will be reviewed by our "
            "recruitment team.\n\n"
            "Please complete your interview by Sunday, 4 October 2026 at 11:59 PM GMT.\n\n"
            f"Start your interview: https://app.hirevue.com/interviews/{sb64(c, 22).replace('/', 'w').replace('+', 'v')}\n\n"
            "We recommend a quiet, well-lit room and a stable internet connection. You can practise as many "
            "times as you like before you begin.\n\n"
            "Good luck!\nStanbridge Advisory Ghana \u2013 Talent Acquisition")
    put(c, "01-hirevue-on-demand-interview.eml", ats_mail(
        c, date=d1, frm=addr("Stanbridge Advisory Ghana", "noreply@hirevue.com"),
        subject="Stanbridge Advisory \u2013 Your Video Interview Invitation (Tax Senior, Accra)", text=text,
        title="Your Video Interview Invitation", return_path="bounces+4471289@em.hirevue.com",
        out_host="o1.ptr2214.em.hirevue.com", ip="167.89.12.44",
        msgid=f"<{sb64(c + 'mid', 22).replace('/', 'x').replace('+', 'y')}@geopod-ismtpd-3>", brand="#1b1f3b"))
    label(c, [], "medium", "negative/one-way-video-interview",
          "HireVue on-demand (one-way) video interview with a completion deadline; no live conversation.")


def case21():
    c = "b223-21-toronto-recruiter-availability-request"
    rec = ("Jenna Kowalski", "jenna.kowalski@hudsonlanecapital.example")
    d1 = at(TORONTO, 2026, 11, 3, 11, 26, 30, weekday="Tuesday")
    assert d1.utcoffset() == timedelta(hours=-5)
    body = ("Hi Adwoa,\n\n"
            "I came across your application for the Fund Accountant (Private Credit) role \u2013 your audit "
            "background and ACA designation caught our eye.\n\n"
            "I'd love to set up a 30-minute introductory call to tell you more about the team and walk you "
            "through our interview process. Could you share a few times that work for you next week between "
            "9:00 AM and 5:00 PM Eastern? Alternatively, feel free to grab any open slot directly on my calendar: "
            "https://calendly.com/jenna-kowalski-hlc/30min\n\n"
            "Note we're on Eastern Standard Time now, so we're 5 hours behind Accra.\n\n"
            "Looking forward to connecting!\n\n"
            "Jenna Kowalski\nTalent Acquisition Partner | Hudson Lane Capital\nToronto, ON")
    put(c, "01-fund-accountant-intro-call.eml", gmail_mail(
        c, date=d1, frm=addr(*rec), to=[addr(OWNER_NAME, OWNER)],
        subject="Hudson Lane Capital \u2013 Fund Accountant role", body=body, return_path=rec[1]))
    label(c, [], "medium", "negative/availability-request",
          "Recruiter asks for availability next week or a Calendly booking; nothing is booked yet.")


def case22():
    c = "b223-22-savings-and-loans-rejection-after-panel"
    hr = ("Abigail Nkansah", "abigail.nkansah@northgatesl.example")
    d1 = at(ACCRA, 2026, 9, 25, 12, 0, 48)
    at(ACCRA, 2026, 9, 10, 14, 0, weekday="Thursday")
    body = ("Dear Ms. Owusu-Ansah,\n\n"
            "RE: PANEL INTERVIEW \u2013 HEAD OF FINANCE\n\n"
            "We refer to your panel interview held on Thursday, 10th September 2026 at 2:00pm at our head office "
            "at Kokomlemle.\n\n"
            "On behalf of the Management of Northgate Savings and Loans Ltd, I wish to thank you for the time and "
            "effort you put into the process. After careful consideration, we regret to inform you that you were "
            "not selected for the role on this occasion.\n\n"
            "We will keep your CV on file and may contact you should a suitable opportunity arise in future.\n\n"
            "We wish you the very best in your career.\n\n"
            "Yours faithfully,\n\nAbigail Nkansah (Mrs.)\nHuman Resource Manager\nNorthgate Savings and Loans Ltd")
    put(c, "01-re-panel-interview-head-of-finance.eml", outlook_mail(
        c, date=d1, frm=addr(*hr), to=[addr(OWNER_NAME, OWNER)],
        subject="RE: PANEL INTERVIEW - HEAD OF FINANCE", body=body, return_path=hr[1],
        out_host="mail.northgatesl.example", ip="203.0.113.140"))
    label(c, [], "easy", "negative/rejection-after-interview",
          "Rejection letter that names the past panel interview's date and time; rejections are not interviews.")


# ==============================================================================================
def main():
    for fn in [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
               case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22]:
        fn()
    assert set(CASES) == set(LABELS)
    for n, case in enumerate(sorted(CASES), 1):
        assert case.startswith(f"{PREFIX}{n:02d}-"), case
    for name in os.listdir(HERE):
        if name.startswith(PREFIX) and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    for case, files in sorted(CASES.items()):
        os.makedirs(os.path.join(HERE, case))
        for fname, data in sorted(files.items()):
            with open(os.path.join(HERE, case, fname), "wb") as fh:
                fh.write(data)
    out = "# blind223 labels (generated by make_cases.py; schema: /work/shared/eval/README.md)\n"
    out += yaml.safe_dump({k: LABELS[k] for k in sorted(LABELS)}, sort_keys=False, allow_unicode=True, width=100)
    with open(os.path.join(HERE, "labels.yaml"), "wb") as fh:
        fh.write(out.encode("utf-8"))
    pos = sum(1 for v in LABELS.values() if v["interview"])
    ivs = [i for v in LABELS.values() for i in v["interviews"]]
    print(f"{len(CASES)} cases ({pos} positive, {len(CASES) - pos} negative), {len(ivs)} interviews "
          f"({sum(i['status'] == 'scheduled' for i in ivs)} scheduled, {sum(i['status'] == 'cancelled' for i in ivs)} cancelled)")


if __name__ == "__main__":
    main()
