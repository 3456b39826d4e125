#!/usr/bin/env python3
"""Regenerate the blind186 evaluation set (Wellington policy advisor, NZ/AU agencies).

Deterministic: fixed dates, Message-IDs, UIDs and MIME boundaries are all derived from
fixed seeds, so every run writes the same bytes. Standard library + PyYAML only.
Run:  python make_cases.py   (writes case folders + labels.yaml next to this file)
"""
import base64
import hashlib
import json
import os
import quopri
import re
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from html import escape as hesc
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
SET = "b186"

USER = "anahera.rewi@example.com"
USER_NAME = "Anahera Rewi"
WORK = "anahera.rewi@coastal.govt.nz.example"   # her current job (Ministry of Coastal Affairs)

NZ = ZoneInfo("Pacific/Auckland")
SYD = ZoneInfo("Australia/Sydney")        # Canberra time
MEL = ZoneInfo("Australia/Melbourne")
BNE = ZoneInfo("Australia/Brisbane")      # no DST
LON = ZoneInfo("Europe/London")
UTC = timezone.utc

WIN2IANA = {
    "New Zealand Standard Time": "Pacific/Auckland",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "E. Australia Standard Time": "Australia/Brisbane",
    "GMT Standard Time": "Europe/London",
}


# ---------------------------------------------------------------- time helpers
def T(tz, y, mo, d, hh=0, mi=0, ss=0, weekday=None):
    """Aware datetime; asserts the weekday named in the case text."""
    dt = datetime(y, mo, d, hh, mi, ss, tzinfo=tz)
    if weekday is not None:
        assert dt.strftime("%A") == weekday, (dt, weekday)
    return dt


def iso(dt):
    return dt.isoformat() if dt is not None else None


def rfc(dt):
    return format_datetime(dt)


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local_stamp(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def hm_nz(dt):
    """Outlook en-NZ style: 9:30 a.m."""
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'a.m.' if dt.hour < 12 else 'p.m.'}"


def hm_au(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def long_date(dt):
    return f"{dt:%A}, {dt.day} {dt:%B} {dt.year}"


def outlook_when(start, end, label, style="nz"):
    f = hm_nz if style == "nz" else hm_au
    return f"{long_date(start)} {f(start)}-{f(end)} {label}."


def outlook_sent(dt, style="nz"):
    f = hm_nz if style == "nz" else hm_au
    return f"{long_date(dt)} {f(dt)}"


def gmail_attr(dt, name, email):
    return f"On {dt:%a}, {dt.day} {dt:%b} {dt.year} at {dt:%H:%M}, {name} <{email}> wrote:"


# ---------------------------------------------------------------- ids
def hx(seed, n=32, upper=False):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{SET}|{seed}|{i}".encode()).hexdigest()
        i += 1
    out = out[:n]
    return out.upper() if upper else out


def digits(seed, n):
    return "".join(str(int(c, 16) % 10) for c in hx(seed, n))


def b64id(seed, n):
    raw = hashlib.sha256(f"{SET}|{seed}".encode()).digest() * 3
    return base64.urlsafe_b64encode(raw).decode()[:n].replace("-", "x").replace("_", "y")


OUTLOOK_HOSTS = {
    "nz": "SY4P282MB{}.AUSP282.PROD.OUTLOOK.COM",
    "au": "SY5PR01MB{}.ausprd01.prod.outlook.com",
    "uk": "LO2P265MB{}.GBRP265.PROD.OUTLOOK.COM",
}


def outlook_msgid(seed, region="nz"):
    box = digits(seed + "box", 4)
    host = OUTLOOK_HOSTS[region].format(box)
    local = host.split(".")[0] + hx(seed, 28, upper=True)
    return f"<{local}@{host}>"


def gmail_msgid(seed):
    return f"<CA{b64id(seed, 3)}+{b64id(seed + 'x', 40)}@mail.gmail.com>"


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()


def outlook_uid(seed):
    return "040000008200E00074C5B7101A82E00800000000" + hx(seed, 72, upper=True)


# ---------------------------------------------------------------- MIME helpers
def fold_ascii(name, value, width=78):
    line = f"{name}: "
    out = []
    for word in value.split(" "):
        cand = word if line.endswith(": ") else " " + word
        if len(line) + len(cand) > width and not line.endswith(": "):
            out.append(line)
            line = " " + word
        else:
            line += cand
    out.append(line)
    return "\n".join(out)


def hdr(name, value):
    if "\n" in value:          # pre-folded by the caller
        return f"{name}: " + value.replace(" \n", "\n")
    try:
        value.encode("ascii")
        return fold_ascii(name, value)
    except UnicodeEncodeError:
        enc = Header(value, "utf-8", header_name=name).encode(linesep="\n")
        return f"{name}: {enc}"


def A(name, email):
    return formataddr((name, email)) if name else email


def As(pairs):
    return ", ".join(A(n, e) for n, e in pairs)


def enc(text, cte):
    if not text.endswith("\n"):
        text += "\n"
    data = text.encode("utf-8")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "7bit":
        data.decode("ascii")
        return text
    raise ValueError(cte)


def part(ctype, body, cte=None, extra=()):
    h = [f"Content-Type: {ctype}"]
    if cte:
        h.append(f"Content-Transfer-Encoding: {cte}")
    h += list(extra)
    if not body.endswith("\n"):
        body += "\n"
    return "\n".join(h) + "\n\n" + body


def tpart(text, sub="plain", cte="quoted-printable", ct_extra="", charset='"UTF-8"'):
    return part(f"text/{sub}; charset={charset}{ct_extra}", enc(text, cte), cte)


def multipart(sub, boundary, parts, preamble=None):
    s = f'Content-Type: multipart/{sub};\n boundary="{boundary}"\n\n'
    if preamble:
        s += preamble + "\n\n"
    for p in parts:
        if not p.endswith("\n"):
            p += "\n"
        s += f"--{boundary}\n{p}"
    s += f"--{boundary}--\n"
    return s


def cal_part(ics, method, cte="base64", charset='"utf-8"'):
    data = ics.encode("utf-8")
    body = base64.encodebytes(data).decode("ascii")
    return part(f"text/calendar; charset={charset}; method={method}", body, cte)


def attach(ctype, filename, data, inline=False):
    body = base64.encodebytes(data).decode("ascii")
    return part(f'{ctype}; name="{filename}"', body, "base64",
                [f'Content-Disposition: {"inline" if inline else "attachment"}; filename="{filename}"'])


def message(headers, body):
    lines = [hdr(n, v) for n, v in headers if v is not None]
    lines.append("MIME-Version: 1.0")
    out = "\n".join(lines) + "\n" + body
    out.encode("ascii")  # every .eml is 7-bit clean
    return out


def received(kind, seed, when):
    rcv = when + timedelta(seconds=3 + int(digits(seed + "rs", 1)))
    stamp = rfc(rcv.astimezone(NZ))
    sid = hx(seed + "smtp", 12, upper=True)
    if kind == "outlook":
        return ("Received", f"from {OUTLOOK_HOSTS['nz'].format(digits(seed + 'r', 4)).split('.')[0]}.outbound.protection.outlook.com "
                f"(mail-{digits(seed + 'ip', 3)}.outbound.protection.outlook.com [40.107.{int(digits(seed + 'a', 2))}.{int(digits(seed + 'b', 2))}]) "
                f"\n\tby mx1.example.com (Postfix) with ESMTPS id {sid}\n\tfor <{USER}>; {stamp}")
    if kind == "google":
        return ("Received", f"from mail-sor-f{int(digits(seed, 2))}.google.com (mail-sor-f{int(digits(seed, 2))}.google.com [209.85.220.{int(digits(seed + 'g', 2))}]) "
                f"\n\tby mx1.example.com (Postfix) with ESMTPS id {sid}\n\tfor <{USER}>; {stamp}")
    if kind == "vendor":
        return ("Received", f"from o{int(digits(seed, 3))}.ptr{digits(seed + 'p', 4)}.mail-out.example "
                f"(o{int(digits(seed, 3))}.ptr{digits(seed + 'p', 4)}.mail-out.example [149.72.{int(digits(seed + 'c', 2))}.{int(digits(seed + 'd', 2))}]) "
                f"\n\tby mx1.example.com (Postfix) with ESMTPS id {sid}\n\tfor <{USER}>; {stamp}")
    if kind == "apple":
        return ("Received", f"from smtp.harbourmail.example (smtp.harbourmail.example [203.0.113.{int(digits(seed, 2))}]) "
                f"\n\tby mx1.example.com (Postfix) with ESMTPS id {sid}\n\tfor <{USER}>; {stamp}")
    raise ValueError(kind)


def env_headers(kind, seed, when, return_path):
    return [("Delivered-To", USER), received(kind, seed, when), ("Return-Path", f"<{return_path}>")]


# ---------------------------------------------------------------- HTML renderers
def paras(text):
    return [p for p in re.split(r"\n\s*\n", text.strip("\n"))]


def outlook_html(text):
    body = []
    for p in paras(text):
        lines = "<br>\n".join(hesc(l, quote=False) for l in p.split("\n"))
        body.append(f'<p class="MsoNormal">{lines}<o:p></o:p></p>')
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            '@font-face {font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
            'a:link, span.MsoHyperlink {color:#467886; text-decoration:underline;}\n@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
            'div.WordSection1 {page:WordSection1;}\n--></style>\n</head>\n'
            '<body lang="EN-NZ" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n'
            + "\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n".join(body) + "\n</div>\n</body>\n</html>\n")


def gmail_html(text):
    out = []
    quote = []

    def flush():
        if quote:
            inner = "<br>\n".join(hesc(l[1:].lstrip(" "), quote=False) for l in quote)
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                       + inner + "</blockquote>")
            quote.clear()
    for line in text.strip("\n").split("\n"):
        if line.startswith(">"):
            quote.append(line)
            continue
        flush()
        if line.startswith("On ") and line.endswith("wrote:"):
            out.append(f'<div class="gmail_quote"><div dir="ltr" class="gmail_attr">{hesc(line, quote=False)}<br></div>')
        elif line == "":
            out.append("<div><br></div>")
        else:
            out.append(f"<div>{hesc(line, quote=False)}</div>")
    flush()
    return '<div dir="ltr">' + "\n".join(out) + "</div>\n"


def plain_html(text, font="Arial,Helvetica,sans-serif"):
    ps = []
    for p in paras(text):
        ps.append("<p>" + "<br>\n".join(hesc(l, quote=False) for l in p.split("\n")) + "</p>")
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body style="font-family:{font};font-size:14px;color:#222">\n'
            + "\n".join(ps) + "\n</body></html>\n")


def quote_gt(text):
    return "\n".join((">" if l == "" else "> " + l) if not l.startswith(">") else ">" + l
                     for l in text.strip("\n").split("\n"))


def outlook_quote_block(frm, sent, to, subject, body, style="nz", cc=None):
    s = "\n"
    s += f"From: {frm}\nSent: {outlook_sent(sent, style)}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    s += f"Subject: {subject}\n\n{body.strip()}\n"
    return s


# ---------------------------------------------------------------- iCalendar
def ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold_ics(line):
    out, cur, limit = [], "", 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur, limit = " " + ch, 75
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def ics_text(lines):
    return "".join(fold_ics(l) + "\r\n" for l in lines)


def cn(name):
    return f'"{name}"' if any(c in name for c in ",;:") else name


VTZ = {
    "New Zealand Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:New Zealand Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+1300", "TZOFFSETTO:+1200",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+1200", "TZOFFSETTO:+1300",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=9", "END:DAYLIGHT", "END:VTIMEZONE"],
    "AUS Eastern Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:AUS Eastern Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10", "END:DAYLIGHT", "END:VTIMEZONE"],
    "E. Australia Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:E. Australia Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1000",
        "END:STANDARD", "END:VTIMEZONE"],
    "Australia/Melbourne": [
        "BEGIN:VTIMEZONE", "TZID:Australia/Melbourne", "X-LIC-LOCATION:Australia/Melbourne",
        "BEGIN:STANDARD", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1000", "TZNAME:AEST",
        "DTSTART:19700405T030000", "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", "END:STANDARD",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+1000", "TZOFFSETTO:+1100", "TZNAME:AEDT",
        "DTSTART:19701004T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU", "END:DAYLIGHT",
        "END:VTIMEZONE"],
    "Pacific/Auckland": [
        "BEGIN:VTIMEZONE", "TZID:Pacific/Auckland", "X-LIC-LOCATION:Pacific/Auckland",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+1200", "TZOFFSETTO:+1300", "TZNAME:NZDT",
        "DTSTART:19700927T020000", "RRULE:FREQ=YEARLY;BYMONTH=9;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+1300", "TZOFFSETTO:+1200", "TZNAME:NZST",
        "DTSTART:19700405T030000", "RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
}


def check_tz(tzid, dt):
    key = WIN2IANA.get(tzid, tzid)
    assert getattr(dt.tzinfo, "key", None) == key, (tzid, dt)


def outlook_ics(*, method, tzid, uid, seq, dtstamp, start, end, summary, organizer, attendees,
                description, location, teams_url=None, lang="en-NZ", cancel=False):
    check_tz(tzid, start)
    check_tz(tzid, end)
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    L += VTZ[tzid]
    L.append("BEGIN:VEVENT")
    L.append(f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}")
    for name, email, role, partstat in attendees:
        L.append(f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={cn(name)}:mailto:{email}")
    L.append(f"DESCRIPTION;LANGUAGE={lang}:{ics_esc(description)}")
    L.append(f"UID:{uid}")
    L.append(f"SUMMARY;LANGUAGE={lang}:{ics_esc(summary)}")
    L.append(f"DTSTART;TZID={tzid}:{local_stamp(start)}")
    L.append(f"DTEND;TZID={tzid}:{local_stamp(end)}")
    L += ["CLASS:PUBLIC", f"PRIORITY:{1 if cancel else 5}", f"DTSTAMP:{zstamp(dtstamp)}",
          f"TRANSP:{'TRANSPARENT' if cancel else 'OPAQUE'}", f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}",
          f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE={lang}:{ics_esc(location)}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
          f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(digits(uid, 9)) - 1000000000}",
          f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
          f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}",
          "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        L.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}")
        L.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{ics_esc(location)}"]
    if not cancel:
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics_text(L)


def teams_info(seed, region="nz"):
    tid, oid = hx(seed + "tid", 32), hx(seed + "oid", 32)
    tidf = f"{tid[:8]}-{tid[8:12]}-{tid[12:16]}-{tid[16:20]}-{tid[20:32]}"
    oidf = f"{oid[:8]}-{oid[8:12]}-{oid[12:16]}-{oid[16:20]}-{oid[20:32]}"
    mtg = b64id(seed + "mtg", 44)
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mtg}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{tidf}%22%2c%22Oid%22%3a%22{oidf}%22%7d")
    mid = digits(seed + "mid", 15)
    mid = f"{mid[0:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]} {mid[12:15]}"
    pc = b64id(seed + "pc", 6)
    conf = digits(seed + "conf", 9)
    if region == "nz":
        dial = f"+64 4-830 {digits(seed + 'ph', 4)},,{conf}#   New Zealand, Wellington"
    else:
        dial = f"+61 2 8318 {digits(seed + 'ph', 4)},,{conf}#   Australia, Sydney"
    blurb = ("_" * 80 + "\n"
             "Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-GB>\n"
             f"Join the meeting now<{url}>\n"
             f"Meeting ID: {mid}\nPasscode: {pc}\n"
             "________________________________\n"
             "Dial in by phone\n"
             f"{dial}\n"
             "Find a local number<https://dialin.teams.microsoft.com/" + hx(seed + 'dl', 8) + "?id=" + conf + ">\n"
             f"Phone conference ID: {conf[:3]} {conf[3:6]} {conf[6:]}#\n"
             "For organisers: Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId="
             + oidf + "&tenantId=" + tidf + "> | Reset dial-in PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>\n"
             + "_" * 80 + "\n")
    return url, blurb


def outlook_invite(seed, *, sent, frm, to, subject, when, where, body, ics, method="REQUEST",
                   region="nz", cc=None, teams_blurb=None, in_reply_to=None, thread_seed=None,
                   lang="en-NZ", return_path=None):
    text = f"When: {when}\nWhere: {where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.strip()}\n"
    if teams_blurb:
        text += "\n" + teams_blurb
    bnd = f"_000_{OUTLOOK_HOSTS[region].format(digits(seed + 'box', 4)).split('.')[0]}{hx(seed + 'bnd', 12, upper=True)}prod_"
    alt = multipart("alternative", bnd, [
        tpart(text, "plain", "quoted-printable"),
        tpart(outlook_html(text), "html", "quoted-printable"),
        cal_part(ics, method),
    ])
    msgid = outlook_msgid(seed, region)
    heads = env_headers("outlook", seed, sent, return_path or frm[1]) + [
        ("From", A(*frm)), ("To", As(to)), ("CC", As(cc) if cc else None),
        ("Subject", subject), ("Thread-Topic", re.sub(r"^(Canceled|Updated|FW|RE): ", "", subject)),
        ("Thread-Index", thread_index(thread_seed or seed)), ("Date", rfc(sent)), ("Message-ID", msgid),
        ("In-Reply-To", in_reply_to), ("References", in_reply_to),
        ("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang),
        ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
        ("Content-class", "urn:content-classes:calendarmessage"),
        ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + b64id(seed + "sid", 24)),
        ("x-ms-publictraffictype", "Email"),
    ]
    return message(heads, alt), msgid


def outlook_mail(seed, *, sent, frm, to, subject, text, region="nz", cc=None, in_reply_to=None,
                 references=None, thread_seed=None, cte="quoted-printable", lang="en-NZ",
                 attachments=(), return_path=None, reply_to=None):
    bnd = f"_000_{OUTLOOK_HOSTS[region].format(digits(seed + 'box', 4)).split('.')[0]}{hx(seed + 'bnd', 12, upper=True)}prod_"
    alt = multipart("alternative", bnd, [tpart(text, "plain", cte), tpart(outlook_html(text), "html", cte)])
    if attachments:
        bnd2 = f"_004_{OUTLOOK_HOSTS[region].format(digits(seed + 'box', 4)).split('.')[0]}{hx(seed + 'bnd2', 12, upper=True)}prod_"
        body = multipart("mixed", bnd2, [alt] + list(attachments))
    else:
        body = alt
    msgid = outlook_msgid(seed, region)
    heads = env_headers("outlook", seed, sent, return_path or frm[1]) + [
        ("From", A(*frm)), ("To", As(to)), ("CC", As(cc) if cc else None), ("Reply-To", reply_to),
        ("Subject", subject), ("Thread-Topic", re.sub(r"^(RE|FW|Re|Fwd): ", "", subject)),
        ("Thread-Index", thread_index(thread_seed or seed)), ("Date", rfc(sent)), ("Message-ID", msgid),
        ("References", references), ("In-Reply-To", in_reply_to),
        ("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang),
        ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", ""),
        ("x-ms-publictraffictype", "Email"),
    ]
    return message(heads, body), msgid


def gmail_mail(seed, *, sent, frm, to, subject, text, cc=None, in_reply_to=None, references=None):
    bnd = "0000000000" + hx(seed + "bnd", 16)
    alt = multipart("alternative", bnd, [tpart(text, "plain", "quoted-printable"),
                                         tpart(gmail_html(text), "html", "quoted-printable")])
    msgid = gmail_msgid(seed)
    heads = env_headers("google", seed, sent, frm[1]) + [
        ("References", references), ("In-Reply-To", in_reply_to),
        ("From", A(*frm)), ("Date", rfc(sent)), ("Message-ID", msgid),
        ("Subject", subject), ("To", As(to)), ("Cc", As(cc) if cc else None),
    ]
    return message(heads, alt), msgid


def google_invite(seed, *, sent, organizer, guests, subject, title, date_line, tz_line, description,
                  start, end, location="", meet=False, phone_region="NZ", reply_method="REQUEST", seq=0,
                  created=None):
    """Google Calendar invitation e-mail (multipart/mixed + alternative + text/calendar + invite.ics)."""
    evid = b64id(seed + "ev", 26).lower().replace("x", "k").replace("y", "q")
    eid = base64.urlsafe_b64encode(f"{evid} {USER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    letters = "".join("abcdefghijklmnopqrstuvwxyz"[int(hx(seed + "meet", 20)[i:i + 2], 16) % 26] for i in range(0, 20, 2))
    code = f"{letters[:3]}-{letters[3:7]}-{letters[7:10]}"
    pin = digits(seed + "pin", 9)
    t = [title, date_line, tz_line, ""]
    if location:
        t += [location, "View map https://www.google.com/maps/search/" + location.replace(" ", "+").replace(",", "%2C") + "?hl=en-GB", ""]
    if meet:
        phone = "(GB) +44 20 3957 " + digits(seed + "gb", 4) if phone_region == "GB" else "(NZ) +64 9-888 " + digits(seed + "nz", 4)
        t += ["Join with Google Meet", f"https://meet.google.com/{code}", "", "Join by phone", f"{phone} PIN: {pin}", "",
              "More phone numbers", f"https://tel.meet/{code}?pin={pin}{digits(seed + 'pp', 4)}", ""]
    t += [description.strip(), "", "Organiser", organizer[0], organizer[1], "", "Guests"]
    for name, email, _ in guests:
        t += [f"{name} - organiser" if email == organizer[1] else name] + ([email] if name != email else [])
    t += [f"View all guest info {view}", "", f"Reply for {USER} and view more details {view}",
          "", "~~//~~",
          "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
          "You are receiving this email because you are an attendee on the event.", "",
          "Forwarding this invitation could allow any recipient to send a response to the organiser, be added to the guest list, "
          "invite others regardless of their own invitation status or modify your RSVP. Learn more "
          "https://support.google.com/calendar/answer/37135#forwarding"]
    text = "\n".join(t) + "\n"
    created = created or sent
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", f"METHOD:{reply_method}", "BEGIN:VEVENT",
         f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(sent)}",
         f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}", f"UID:{evid}@google.com"]
    for name, email, ps in guests:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={cn(name)};X-NUM-GUESTS=0:mailto:{email}")
    desc = description.strip() + "\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
    if meet:
        desc += f"Join with Google Meet: https://meet.google.com/{code}\n"
    desc += f"\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
    L += [f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(digits(seed + 'own', 9))}", f"CREATED:{zstamp(created)}",
          f"DESCRIPTION:{ics_esc(desc)}", f"LAST-MODIFIED:{zstamp(sent)}", f"LOCATION:{ics_esc(location)}",
          f"SEQUENCE:{seq}", "STATUS:CONFIRMED", f"SUMMARY:{ics_esc(title)}", "TRANSP:OPAQUE",
          "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H30M0S", "END:VALARM",
          "END:VEVENT", "END:VCALENDAR"]
    ics = ics_text(L)
    html = plain_html(text, "Roboto,Helvetica,Arial,sans-serif")
    b_mixed, b_alt = "0000000000" + hx(seed + "bm", 16), "0000000000" + hx(seed + "ba", 16)
    alt = multipart("alternative", b_alt, [
        tpart(text, "plain", "base64", "; format=flowed; delsp=yes"),
        tpart(html, "html", "quoted-printable"),
        cal_part(ics, reply_method, charset='"UTF-8"'),
    ])
    body = multipart("mixed", b_mixed, [alt, attach("application/ics", "invite.ics", ics.encode("utf-8"))])
    msgid = f"<calendar-{hx(seed + 'c1', 8)}-{hx(seed + 'c2', 4)}-{hx(seed + 'c3', 4)}-{hx(seed + 'c4', 4)}-{hx(seed + 'c5', 12)}@google.com>"
    heads = [("Delivered-To", USER), received("google", seed, sent),
             ("Return-Path", f"<{b64id(seed + 'rp', 24)}@calendar-server.bounces.google.com>"),
             ("Reply-To", A(*organizer)), ("Sender", A("Google Calendar", "calendar-notification@google.com")),
             ("Message-ID", msgid), ("Date", rfc(sent.astimezone(UTC))), ("Subject", subject),
             ("From", A(*organizer)), ("To", USER)]
    return message(heads, body), msgid, evid


# ---------------------------------------------------------------- cases + labels
CASES = []
LABELS = {}


class Case:
    def __init__(self, num, slug):
        self.id = f"{SET}-{num:02d}-{slug}"
        self.files = {}
        CASES.append(self)

    def add(self, name, content):
        assert re.match(r"^\d\d-[a-z0-9-]+\.(eml|ics|gcal\.json)$", name), name
        assert name not in self.files
        self.files[name] = content.encode("utf-8") if isinstance(content, str) else content

    def label(self, interviews, difficulty, category, notes):
        LABELS[self.id] = {
            "user": USER,
            "interview": bool(interviews),
            "interviews": interviews,
            "difficulty": difficulty,
            "category": category,
            "notes": notes,
            "source": "synthetic",
        }


def IV(company, role, start, end, status, interviewers, followups, kind):
    assert status in ("scheduled", "cancelled")
    assert kind in ("phone_screen", "technical", "onsite", "hiring_manager", "other")
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


def gcal_event(*, evid, status="confirmed", created, updated, summary, description, location, creator,
               organizer, start, end, tzname, attendees, seq=0, hangout=None, self_org=False, reminders=None,
               etag_seed):
    ev = {"kind": "calendar#event", "etag": f'"{digits(etag_seed, 16)}"', "id": evid, "status": status,
          "htmlLink": "https://www.google.com/calendar/event?eid="
                      + base64.urlsafe_b64encode(f"{evid} {USER}".encode()).decode().rstrip("="),
          "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + digits(etag_seed + "ms", 3) + "Z",
          "summary": summary}
    if description:
        ev["description"] = description
    if location:
        ev["location"] = location
    ev["creator"] = creator
    ev["organizer"] = organizer
    ev["start"] = {"dateTime": start.isoformat(), "timeZone": tzname}
    ev["end"] = {"dateTime": end.isoformat(), "timeZone": tzname}
    ev["iCalUID"] = f"{evid}@google.com"
    ev["sequence"] = seq
    if attendees:
        ev["attendees"] = attendees
    if hangout:
        ev["hangoutLink"] = hangout
    ev["reminders"] = reminders or {"useDefault": True}
    ev["eventType"] = "default"
    return json.dumps(ev, indent=2, ensure_ascii=False) + "\n"


# =====================================================================================
# Cases
# =====================================================================================
ME = (USER_NAME, USER)
NZ_LABEL = "(UTC+12:00) Auckland, Wellington"


def case01():
    c = Case(1, "outlook-panel-nzdt-utc12-label")
    dom = "waterfutures.govt.nz.example"
    kirsty = ("Kirsty Bellamy", f"kirsty.bellamy@{dom}")
    tane = ("Tāne Horomona", f"tane.horomona@{dom}")
    grace = ("Grace Liufau", f"grace.liufau@{dom}")
    owen = ("Owen Saxby", f"owen.saxby@{dom}")
    sent = T(NZ, 2026, 2, 9, 14, 12, 31, "Monday")
    start, end = T(NZ, 2026, 2, 19, 10, 0, weekday="Thursday"), T(NZ, 2026, 2, 19, 11, 0)
    assert start.utcoffset() == timedelta(hours=13)
    url, blurb = teams_info("c01")
    body = """Kia ora Anahera,

Thank you for applying for the Senior Policy Advisor, Water Allocation role (ref MWF/2026/041). We're pleased to invite you to a panel interview on Microsoft Teams.

Your panel:
- Tāne Horomona, Manager Water Allocation Policy (chair)
- Grace Liufau, Principal Policy Advisor
- Dr Owen Saxby, Senior Science Advisor

The interview runs for an hour. It's a mix of behavioural questions and a policy scenario; we'll email the scenario to you 30 minutes before the start so you have time to read it. I'm only looking after the logistics and won't be on the call, so if anything goes wrong with the link on the day please text me on 021 555 0147.

Please accept the invite to confirm you can make it.

Ngā mihi nui,
Kirsty Bellamy
Recruitment Coordinator | People & Capability
Manatū Wai Anamata | Ministry for Water Futures
DDI 04 555 0147 | Level 6, 34 Bowen Street, Wellington"""
    ics = outlook_ics(method="REQUEST", tzid="New Zealand Standard Time", uid=outlook_uid("c01"), seq=0,
                      dtstamp=sent, start=start, end=end,
                      summary="Panel interview – Senior Policy Advisor, Water Allocation (Anahera Rewi)",
                      organizer=kirsty,
                      attendees=[(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                 (tane[0], tane[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                 (grace[0], grace[1], "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                 (owen[0], owen[1], "OPT-PARTICIPANT", "NEEDS-ACTION")],
                      description=f"When: {outlook_when(start, end, NZ_LABEL)}\nWhere: Microsoft Teams Meeting\n\n" + body,
                      location="Microsoft Teams Meeting", teams_url=url)
    eml, _ = outlook_invite("c01", sent=sent, frm=kirsty, to=[ME, tane, grace, owen],
                            subject="Panel interview – Senior Policy Advisor, Water Allocation (Anahera Rewi)",
                            when=outlook_when(start, end, NZ_LABEL), where="Microsoft Teams Meeting",
                            body=body, ics=ics, teams_blurb=blurb)
    c.add("01-panel-interview-invite.eml", eml)
    c.label([IV("Ministry for Water Futures", "Senior Policy Advisor, Water Allocation", start, end, "scheduled",
                [tane[1], grace[1], owen[1]], [tane[1], grace[1], owen[1]], "onsite")],
            "medium", "positive/outlook-panel-nzdt",
            "Exchange invite with TZID 'New Zealand Standard Time'; Outlook's display label says (UTC+12:00) but "
            "19 Feb is NZDT, so the start is +13:00. Three-person panel = onsite; coordinator Kirsty only does logistics "
            "(not an interviewer). Owen is OPT-PARTICIPANT but is named on the panel.")


def case02():
    c = Case(2, "recruiter-korero-tomorrow")
    dom = "kowhairecruitment.example"
    bridget = ("Bridget Ngata", f"bridget.ngata@{dom}")
    s1 = T(NZ, 2026, 3, 9, 11, 5, 12, "Monday")
    reply = T(NZ, 2026, 3, 9, 11, 31, 0)
    s2 = T(NZ, 2026, 3, 9, 11, 47, 40)
    start = T(NZ, 2026, 3, 10, 14, 0, weekday="Tuesday")
    end = start + timedelta(minutes=20)
    subj = "Policy Advisor (12-month fixed term) – quick kōrero?"
    sig = """Ngā mihi,
Bridget Ngata
Senior Consultant – Public Sector
Kōwhai Recruitment | Level 2, 88 Featherston Street, Pōneke
M 027 555 0190 | www.kowhairecruitment.example"""
    t1 = f"""Kia ora Anahera,

Thanks for sending your CV through for the Policy Advisor role (12-month fixed term) I'm recruiting for on behalf of one of our central government clients. Your coastal and climate policy background looks like a really good fit for what they need.

Are you free for a quick kōrero tomorrow at 2pm? It's a 20-minute phone call so I can hear a bit more about you, talk you through the role and the team, and check your salary expectations and availability before I put you forward to the client.

If 2pm doesn't suit, just flick me a couple of other times.

{sig}"""
    m1, id1 = outlook_mail("c02a", sent=s1, frm=bridget, to=[ME], subject=subj, text=t1)
    c.add("01-bridget-korero.eml", m1)
    her = """Kia ora Bridget,

Thanks for getting in touch – tomorrow at 2pm is perfect. Best number is 022 555 0136.

Ngā mihi,
Anahera"""
    t2 = (f"""Ka pai! I'll give you a call on 022 555 0136 at 2pm tomorrow (Tuesday). Talk then.

{sig}
""" + outlook_quote_block(A(*ME), reply, A(*bridget), "Re: " + subj, her)
        + outlook_quote_block(A(*bridget), s1, A(*ME), subj, t1))
    m2, _ = outlook_mail("c02b", sent=s2, frm=bridget, to=[ME], subject="RE: " + subj, text=t2,
                         in_reply_to=gmail_msgid("c02-her"), references=f"{id1} {gmail_msgid('c02-her')}",
                         thread_seed="c02a")
    c.add("02-bridget-confirms.eml", m2)
    c.label([IV("Kōwhai Recruitment", "Policy Advisor (12-month fixed term)", start, end, "scheduled",
                [bridget[1]], [bridget[1]], "phone_screen")],
            "medium", "positive/relative-date-recruiter-screen",
            "Agency recruiter phone screen ('kōrero') booked by e-mail only: 'tomorrow at 2pm' resolved against the "
            "Monday 9 March 2026 message date -> Tue 10 March 14:00 NZDT (+13:00); '20-minute phone call' gives the end. "
            "The client agency is never named, so company is the recruitment agency; the recruiter conducts the screen.")


def case03():
    c = Case(3, "select-committee-oral-submission")
    dom = "parliament.govt.nz.example"
    isla = ("Isla Donovan", f"isla.donovan@{dom}")
    sent = T(NZ, 2026, 6, 15, 16, 20, 5, "Monday")
    start, end = T(NZ, 2026, 6, 24, 10, 25, weekday="Wednesday"), T(NZ, 2026, 6, 24, 10, 35)
    subj = "Transport and Infrastructure Committee – invitation to appear: Public Transport Fares Amendment Bill"
    text = """Tēnā koe Anahera

Thank you for your written submission on the Public Transport Fares Amendment Bill. The Transport and Infrastructure Committee would like to hear your oral submission.

Your hearing slot is Wednesday 24 June 2026, 10:25am – 10:35am, by Zoom.

You have 10 minutes in total. We recommend you speak for no more than 5 minutes, leaving the rest of the time for questions from committee members. You do not need to repeat your written submission – members will have read it.

Please note:
- Hearings of evidence are open to the public and are livestreamed on the committee's Facebook page.
- Please join the Zoom waiting room 15 minutes before your slot. The Zoom link is in the attached calendar file and is unique to you – please don't share it.
- You are welcome to have a support person with you.

Please reply by Thursday 18 June to confirm you will appear, or let me know if you would like to withdraw your request to be heard.

Ngā mihi

Isla Donovan
Clerk of Committee | Transport and Infrastructure Committee
Committee Secretariat | Office of the Clerk of the House of Representatives
Parliament Buildings, Wellington
P 04 555 0118"""
    ics = outlook_ics(method="REQUEST", tzid="New Zealand Standard Time", uid=outlook_uid("c03"), seq=0,
                      dtstamp=sent, start=start, end=end,
                      summary="Oral submission – Anahera Rewi – Public Transport Fares Amendment Bill (TIC)",
                      organizer=isla, attendees=[(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                      description="Transport and Infrastructure Committee – hearing of evidence.\nSubmitter: Anahera Rewi (individual)\n"
                                  "Zoom: https://parliament-nz-example.zoom.us/j/8" + digits("c03z", 9) + "?pwd=" + b64id("c03p", 22)
                                  + "\nPlease join the waiting room 15 minutes before your slot.",
                      location="Zoom – Transport and Infrastructure Committee hearing")
    att = attach("text/calendar", "Oral submission - 24 June.ics", ics.encode("utf-8"))
    m, _ = outlook_mail("c03", sent=sent, frm=isla, to=[ME], subject=subj, text=text, attachments=[att])
    c.add("01-committee-invitation-to-appear.eml", m)
    c.label([], "hard", "negative/select-committee-hearing",
            "Parliamentary select committee hearing where the owner presents her own oral submission on a bill: "
            "'hearing', 'questions from committee members', a timed slot and an .ics, but not a job interview.")


def case04():
    c = Case(4, "council-panel-after-nzdt-ends")
    dom = "harbourside.govt.nz.example"
    lena = ("Lena Vaifale", f"lena.vaifale@{dom}")
    matiu = ("Matiu Parata", f"matiu.parata@{dom}")
    rebecca = ("Rebecca Quinlan", f"rebecca.quinlan@{dom}")
    hana = ("Hana Te Rangi", f"hana.terangi@{dom}")
    s1 = T(NZ, 2026, 4, 1, 9, 18, 44, "Wednesday")
    s2 = T(NZ, 2026, 4, 1, 9, 26, 2)
    start, end = T(NZ, 2026, 4, 7, 9, 30, weekday="Tuesday"), T(NZ, 2026, 4, 7, 10, 30)
    assert s1.utcoffset() == timedelta(hours=13) and start.utcoffset() == timedelta(hours=12)
    role = "Policy Advisor – Strategy & Planning"
    t1 = f"""Kia ora Anahera,

Thanks for applying for the {role} role. The panel enjoyed reading your application and would love to meet you.

Your interview is on Tuesday 7 April at 9.30am, at the Civic Administration Building, 2 Harbour Quay (Level 3 – please check in at the ground floor reception first). Allow about an hour.

You'll be meeting:
Matiu Parata – Manager, Strategy & Policy
Rebecca Quinlan – Senior Policy Advisor
Hana Te Rangi – Kaitohutohu Māori (Māori Relationships Advisor)

You're very welcome to bring whānau or a support person. A quick reminder that daylight saving ends this Sunday (5 April) – the clocks go back an hour, so don't get caught out on the Tuesday!

I'll send a calendar invite through shortly.

Ngā mihi,
Lena Vaifale
Recruitment Advisor | People & Culture
Harbourside City Council | Te Kaunihera o Te Whanga
P 04 555 0162"""
    m1, id1 = outlook_mail("c04a", sent=s1, frm=lena, to=[ME], subject="Interview invitation – " + role, text=t1,
                           cte="base64")
    c.add("01-interview-invitation.eml", m1)
    body = f"""Kia ora Anahera,

Calendar invite for your interview as discussed. Please check in at ground floor reception and someone will bring you up to Level 3.

Ngā mihi,
Lena"""
    where = "Civic Administration Building, 2 Harbour Quay – Level 3, Meeting Room Kōwhai"
    ics = outlook_ics(method="REQUEST", tzid="New Zealand Standard Time", uid=outlook_uid("c04"), seq=0,
                      dtstamp=s2, start=start, end=end, summary="Interview: Anahera Rewi – " + role,
                      organizer=lena,
                      attendees=[(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                 (matiu[0], matiu[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                 (rebecca[0], rebecca[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                 (hana[0], hana[1], "REQ-PARTICIPANT", "TENTATIVE")],
                      description=f"When: {outlook_when(start, end, NZ_LABEL)}\nWhere: {where}\n\n" + body,
                      location=where)
    m2, _ = outlook_invite("c04b", sent=s2, frm=lena, to=[ME, matiu, rebecca, hana],
                           subject="Interview: Anahera Rewi – " + role, when=outlook_when(start, end, NZ_LABEL),
                           where=where, body=body, ics=ics)
    c.add("02-outlook-invite.eml", m2)
    c.label([IV("Harbourside City Council", role, start, end, "scheduled",
                [matiu[1], rebecca[1], hana[1]], [matiu[1], rebecca[1], hana[1]], "onsite")],
            "hard", "positive/dst-end-dedupe",
            "E-mail + Exchange invite for the same in-person panel (one interview). Sent on 1 April under NZDT (+13), "
            "but the interview on Tue 7 April is after NZDT ends on 5 April, so the start is 09:30+12:00. "
            "Coordinator Lena is the organizer only.")


def case05():
    c = Case(5, "canberra-teams-panel-aedt")
    dom = "dca.gov.au.example"
    jess = ("Jessica Tran", f"jessica.tran@{dom}")
    mich = ("Michael Oduya", f"michael.oduya@{dom}")
    sarah = ("Sarah Pennington", f"sarah.pennington@{dom}")
    vik = ("Vikram Sethi", "vikram.sethi@dip.gov.au.example")
    s1 = T(SYD, 2026, 3, 4, 15, 2, 18, "Wednesday")
    s2 = T(SYD, 2026, 3, 4, 15, 20, 51)
    start, end = T(SYD, 2026, 3, 11, 9, 0, weekday="Wednesday"), T(SYD, 2026, 3, 11, 9, 45)
    nzs = start.astimezone(NZ)
    assert (nzs.hour, nzs.minute) == (11, 0)
    role = "Assistant Director, Adaptation Policy (EL1)"
    t1 = f"""Dear Anahera

Thank you for your application for the {role} position, job reference DCA-26-0113.

I am pleased to advise that you have been shortlisted for interview. Details are below:

Date: Wednesday 11 March 2026
Time: 9:00am – 9:45am AEDT (Canberra time) – this is 11:00am – 11:45am New Zealand time
Location: Microsoft Teams (a separate calendar invitation with the link will follow)

The selection panel will be:
- Michael Oduya, Director, Adaptation Policy (Chair)
- Sarah Pennington, Assistant Director, Resilience Programs
- Dr Vikram Sethi, Department of Infrastructure Planning (independent member)

At the start of the interview you will be given 10 minutes to read a short work sample question. Please have photo ID available for the panel to sight.

If you require any reasonable adjustments, please let me know.

Kind regards

Jessica Tran
HR Officer – Recruitment | People Branch
Department of Climate Adaptation
GPO Box 7000, Canberra ACT 2601
P +61 2 6555 0143"""
    m1, id1 = outlook_mail("c05a", sent=s1, frm=jess, to=[ME], subject=f"{role} – interview invitation (Ref DCA-26-0113)",
                           text=t1, region="au", lang="en-AU", cte="base64")
    c.add("01-shortlisting-email.eml", m1)
    url, blurb = teams_info("c05", "au")
    body = """Dear Anahera

Please find the Teams link for your interview below. The times shown are Canberra time.

Kind regards
Jessica"""
    label = "(UTC+10:00) Canberra, Melbourne, Sydney"
    ics = outlook_ics(method="REQUEST", tzid="AUS Eastern Standard Time", uid=outlook_uid("c05"), seq=0,
                      dtstamp=s2, start=start, end=end, summary=f"Interview – {role} – Anahera Rewi",
                      organizer=jess,
                      attendees=[(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                 (mich[0], mich[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                 (sarah[0], sarah[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                 ("Vikram Sethi (DIP)", vik[1], "REQ-PARTICIPANT", "NEEDS-ACTION")],
                      description=f"When: {outlook_when(start, end, label, 'au')}\nWhere: Microsoft Teams Meeting\n\n" + body,
                      location="Microsoft Teams Meeting", teams_url=url, lang="en-AU")
    m2, _ = outlook_invite("c05b", sent=s2, frm=jess, to=[ME, mich, sarah], cc=[("Vikram Sethi (DIP)", vik[1])],
                           subject=f"Interview – {role} – Anahera Rewi", when=outlook_when(start, end, label, "au"),
                           where="Microsoft Teams Meeting", body=body, ics=ics, teams_blurb=blurb, region="au",
                           lang="en-AU")
    c.add("02-teams-invite.eml", m2)
    c.label([IV("Department of Climate Adaptation", role, start, end, "scheduled",
                [mich[1], sarah[1], vik[1]], [mich[1], sarah[1], vik[1]], "onsite")],
            "medium", "positive/australia-aedt-teams-panel",
            "Australian Government panel over Teams; e-mail + Exchange invite (TZID 'AUS Eastern Standard Time', "
            "label UTC+10:00) are one interview. 11 March is AEDT, so 09:00+11:00 (= 11:00 NZDT as the e-mail says). "
            "Independent panel member from another department is an interviewer.")


def case06():
    c = Case(6, "team-hui-recruitment-update")
    dom = "coastal.govt.nz.example"
    paul = ("Paul Rangihuna", f"paul.rangihuna@{dom}")
    me_work = (USER_NAME, WORK)
    team = ("Coastal Policy Team", f"coastal.policy.team@{dom}")
    orig = T(NZ, 2026, 5, 22, 16, 51, 0, "Friday")
    fw = T(NZ, 2026, 5, 25, 8, 40, 13, "Monday")
    start, end = T(NZ, 2026, 5, 28, 10, 0, weekday="Thursday"), T(NZ, 2026, 5, 28, 11, 30)
    where = "Te Whanganui-a-Tara room, Level 9 / Microsoft Teams"
    agenda = """Kia ora koutou,

Our monthly team hui. Agenda:
1. Karakia and mihi
2. Work programme – Q4 priorities and the coastal hazards Cabinet paper timeline
3. Recruitment update – interviews for the two Senior Policy Advisor vacancies start next week. I need two panel volunteers, and a reminder that anyone who knows a candidate personally must declare it
4. Wellbeing, and leave over the July school holidays
5. General business

Kai provided.

Ngā mihi,
Paul

Paul Rangihuna
Manager, Coastal Policy | Manatū Takutai – Ministry of Coastal Affairs"""
    url, blurb = teams_info("c06")
    text = ("Sending to my personal address so it shows on my phone.\n\n"
            "-----Original Appointment-----\n"
            f"From: {A(*paul)}\nSent: {outlook_sent(orig)}\nTo: {team[0]}\n"
            "Subject: Team hui – work programme & recruitment update\n"
            f"When: {outlook_when(start, end, NZ_LABEL)}\nWhere: {where}\n\n{agenda}\n")
    ics = outlook_ics(method="REQUEST", tzid="New Zealand Standard Time", uid=outlook_uid("c06"), seq=0,
                      dtstamp=orig, start=start, end=end, summary="Team hui – work programme & recruitment update",
                      organizer=paul, attendees=[(team[0], team[1], "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                                 (USER_NAME, WORK, "REQ-PARTICIPANT", "ACCEPTED")],
                      description=agenda, location=where, teams_url=url)
    bnd = f"_000_SY4P282MB{digits('c06box', 4)}{hx('c06bnd', 12, upper=True)}prod_"
    alt = multipart("alternative", bnd, [tpart(text + "\n" + blurb, "plain"),
                                         tpart(outlook_html(text + "\n" + blurb), "html"),
                                         cal_part(ics, "REQUEST")])
    heads = env_headers("outlook", "c06", fw, WORK) + [
        ("From", A(*me_work)), ("To", A(*ME)), ("Subject", "FW: Team hui – work programme & recruitment update"),
        ("Thread-Topic", "Team hui – work programme & recruitment update"), ("Thread-Index", thread_index("c06")),
        ("Date", rfc(fw)), ("Message-ID", outlook_msgid("c06")), ("Accept-Language", "en-NZ, en-US"),
        ("Content-Language", "en-NZ"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
        ("Content-class", "urn:content-classes:calendarmessage"), ("x-ms-publictraffictype", "Email")]
    c.add("01-fw-team-hui.eml", message(heads, alt))
    c.label([], "medium", "negative/hui-current-agency",
            "Internal team hui at her current agency, forwarded from her work account with the meeting request; "
            "agenda mentions interviews and panel volunteers for other people's recruitment. Not her job interview.")


def case07():
    c = Case(7, "psychometric-then-interview")
    dom = "evidence.govt.nz.example"
    ruby = ("Ruby Tamihana", f"ruby.tamihana@{dom}")
    daniel = ("Daniel Kerr", f"daniel.kerr@{dom}")
    vendor = ("Mindmetric Assessments", "no-reply@mindmetric.example")
    s0 = T(UTC, 2026, 4, 12, 22, 0, 14)
    due = T(NZ, 2026, 4, 19, 23, 59, weekday="Sunday")
    assert s0.astimezone(NZ).strftime("%A") == "Monday"
    role = "Senior Analyst – Policy & Evidence"
    t0 = f"""Kia ora Anahera,

As part of your application for {role} with the Evidence & Insights Agency, you are invited to complete the following online assessments:

  1. Verbal reasoning – approx. 18 minutes (timed)
  2. Numerical reasoning – approx. 20 minutes (timed)
  3. Work styles questionnaire – approx. 25 minutes (untimed)

Please complete all three by 11:59pm (NZST) on Sunday 19 April 2026.

Start your assessments: https://candidate.mindmetric.example/a/{b64id('c07tok', 32)}

Tips: use a laptop or desktop computer, find a quiet spot where you won't be interrupted, and have a pen, paper and calculator handy for the numerical test. You can complete the assessments in separate sittings.

If you need a reasonable adjustment, please contact the hiring agency directly.

This is an automated message from Mindmetric on behalf of the Evidence & Insights Agency. Please do not reply to this email."""
    bnd = "----=_Part_" + digits("c07bnd", 7) + "_" + digits("c07bnd2", 9) + "." + digits("c07bnd3", 13)
    alt = multipart("alternative", bnd, [tpart(t0, "plain", "quoted-printable", charset="UTF-8"),
                                         tpart(plain_html(t0), "html", "quoted-printable", charset="UTF-8")])
    heads = env_headers("vendor", "c07a", s0, "bounces+" + digits("c07rp", 7) + "@em.mindmetric.example") + [
        ("From", A(*vendor)), ("To", USER), ("Subject", "Evidence & Insights Agency: please complete your online assessments"),
        ("Date", rfc(s0)), ("Message-ID", f"<{b64id('c07mid', 22)}@geopod-ismtpd-{digits('c07g', 1)}>"),
        ("X-Entity-ID", b64id("c07ent", 22)), ("List-Unsubscribe", "<mailto:unsubscribe@mindmetric.example>")]
    c.add("01-mindmetric-assessment-invite.eml", message(heads, alt))

    s1 = T(NZ, 2026, 4, 22, 11, 12, 3, "Wednesday")
    start, end = T(NZ, 2026, 4, 30, 13, 30, weekday="Thursday"), T(NZ, 2026, 4, 30, 14, 30)
    t1 = f"""Kia ora Anahera,

Thanks for completing the assessments last week.

We'd love you to come in for an interview with Daniel Kerr, Manager Evidence & Policy, who is the hiring manager for the {role} role. Would Thursday 30 April at 1:30pm suit? It will be about an hour, at our office on Level 4, 15 Stout Street. I've sent a Google Calendar invite to hold the time – just accept it if that works, or let me know and we'll find another slot.

Ngā mihi,
Ruby

--
Ruby Tamihana (she/her)
Talent Acquisition Partner | Evidence & Insights Agency
Te Pokapū Taunakitanga
021 555 0171"""
    m1, id1 = gmail_mail("c07b", sent=s1, frm=ruby, to=[ME], subject=f"Interview – {role}", text=t1)
    c.add("02-ruby-interview-email.eml", m1)
    s2 = T(NZ, 2026, 4, 22, 11, 14, 40)
    title = f"Interview: Anahera Rewi / {role}"
    eml, _, _ = google_invite("c07c", sent=s2, organizer=ruby,
                              guests=[(ruby[0], ruby[1], "ACCEPTED"), (daniel[0], daniel[1], "ACCEPTED"),
                                      (USER, USER, "NEEDS-ACTION")],
                              subject=f"Invitation: {title} @ Thu 30 Apr 2026 1:30pm - 2:30pm (NZST) ({USER})",
                              title=title, date_line="Thursday 30 Apr 2026 ⋅ 1:30pm – 2:30pm",
                              tz_line="New Zealand Time - Auckland",
                              description="Interview with Daniel Kerr (hiring manager). Please sign in at Level 4 reception.",
                              start=start, end=end, location="Level 4, 15 Stout Street, Wellington 6011")
    c.add("03-google-invitation.eml", eml)
    c.label([IV("Evidence & Insights Agency", role, start, end, "scheduled", [daniel[1]], [daniel[1]], "hiring_manager")],
            "medium", "positive/psychometric-then-interview",
            "Psychometric assessment invitation (not an interview, deadline 19 April) followed by a real interview: "
            "recruiter e-mail + Google invite are one interview, Thu 30 April 13:30 NZST (+12:00). Ruby organises; "
            "Daniel conducts. The Mindmetric no-reply address is never a recipient.")


def case08():
    c = Case(8, "korero-moved-to-thursday")
    dom = "digital.govt.nz.example"
    maria = ("Maria Kovacs", f"maria.kovacs@{dom}")
    s0 = T(NZ, 2026, 4, 8, 16, 3, 27, "Wednesday")
    o_start, o_end = T(NZ, 2026, 4, 14, 14, 0, weekday="Tuesday"), T(NZ, 2026, 4, 14, 15, 0)
    role = "Senior Policy Advisor – Digital Identity"
    where = "Level 2, 45 Pipitea Street – meeting room Harakeke"
    body = f"""Kia ora Anahera,

Thanks for your time on the phone with Jo from our recruitment team last week. I'd love to have a kōrero with you about the {role} role. It'll be a fairly relaxed interview – just me – and we'll talk through your experience, how you approach a tricky policy problem, and what the team is working on.

Allow about an hour. Come to the Level 2 reception and ask for me.

Ngā mihi,
Maria

Maria Kovacs
Manager, Digital Policy | Ministry of Digital Government
M 027 555 0152"""
    ics = outlook_ics(method="REQUEST", tzid="New Zealand Standard Time", uid=outlook_uid("c08"), seq=0,
                      dtstamp=s0, start=o_start, end=o_end, summary=f"Kōrero – {role} (Anahera Rewi)",
                      organizer=maria, attendees=[(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                      description=f"When: {outlook_when(o_start, o_end, NZ_LABEL)}\nWhere: {where}\n\n" + body,
                      location=where)
    m0, id0 = outlook_invite("c08a", sent=s0, frm=maria, to=[ME], subject=f"Kōrero – {role} (Anahera Rewi)",
                             when=outlook_when(o_start, o_end, NZ_LABEL), where=where, body=body, ics=ics)
    c.add("01-korero-invite.eml", m0)
    s1 = T(NZ, 2026, 4, 10, 9, 22, 8, "Friday")
    t1 = """Kia ora Anahera,

Apologies for the shuffle – I've been pulled into a Select Committee briefing on Tuesday afternoon. Could we move our kōrero from Tuesday to Thursday next week, at 3pm? Same length, an hour, same place.

Ngā mihi,
Maria"""
    m1, id1 = outlook_mail("c08b", sent=s1, frm=maria, to=[ME], subject=f"Kōrero on Tuesday – could we move it?",
                           text=t1, thread_seed="c08b")
    c.add("02-maria-asks-to-move.eml", m1)
    her_t = T(NZ, 2026, 4, 10, 12, 58, 0)
    s2 = T(NZ, 2026, 4, 10, 13, 40, 55)
    start, end = T(NZ, 2026, 4, 16, 15, 0, weekday="Thursday"), T(NZ, 2026, 4, 16, 16, 0)
    her = """Kia ora Maria,

No problem at all – Thursday at 3pm works well for me.

Ngā mihi,
Anahera"""
    t2 = ("""Perfect, Thursday 3pm it is. I'll update the calendar invite when I'm back at my desk – see you then.

Maria
""" + outlook_quote_block(A(*ME), her_t, A(*maria), "Re: Kōrero on Tuesday – could we move it?", her)
        + outlook_quote_block(A(*maria), s1, A(*ME), "Kōrero on Tuesday – could we move it?", t1))
    herid = gmail_msgid("c08-her")
    m2, _ = outlook_mail("c08c", sent=s2, frm=maria, to=[ME], subject="RE: Kōrero on Tuesday – could we move it?",
                         text=t2, in_reply_to=herid, references=f"{id1} {herid}", thread_seed="c08b")
    c.add("03-maria-confirms-thursday.eml", m2)
    c.label([IV("Ministry of Digital Government", role, start, end, "scheduled", [maria[1]], [maria[1]], "hiring_manager")],
            "hard", "positive/reschedule-by-email",
            "Invite for Tue 14 April 14:00 is moved by e-mail (sent Fri 10 April) to 'Thursday next week, at 3pm, same "
            "length' = Thu 16 April 15:00-16:00 NZST. No updated invite arrives, so the final time comes from the thread; "
            "one interview only.")


def case09():
    c = Case(9, "exit-interview-current-job")
    dom = "coastal.govt.nz.example"
    nadia = ("Nadia Fenwick", f"nadia.fenwick@{dom}")
    s = T(NZ, 2026, 7, 7, 10, 15, 9, "Tuesday")
    start, end = T(NZ, 2026, 7, 13, 14, 0, weekday="Monday"), T(NZ, 2026, 7, 13, 14, 30)
    T(NZ, 2026, 7, 17, weekday="Friday")
    where = "Level 8 – Quiet room 8.04 (or Teams if you're working from home)"
    body = """Kia ora Anahera,

As you finish up with Manatū Takutai on Friday 17 July, we'd like to offer you an exit interview. It's a confidential 30-minute kōrero with me (not with your manager) about your time with us – what worked well, what didn't, and what might have kept you here. Your feedback is summarised anonymously for the leadership team.

It's completely voluntary, so just decline if you'd rather not. I've sent this to your personal email as well as your work account will be switched off on your last day.

Ngā mihi,
Nadia

Nadia Fenwick
Senior Advisor, People & Capability
Manatū Takutai | Ministry of Coastal Affairs"""
    url, blurb = teams_info("c09")
    ics = outlook_ics(method="REQUEST", tzid="New Zealand Standard Time", uid=outlook_uid("c09"), seq=0,
                      dtstamp=s, start=start, end=end, summary="Exit interview – Anahera Rewi", organizer=nadia,
                      attendees=[(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                 (USER_NAME, WORK, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                      description=f"When: {outlook_when(start, end, NZ_LABEL)}\nWhere: {where}\n\n" + body,
                      location=where, teams_url=url)
    m, _ = outlook_invite("c09", sent=s, frm=nadia, to=[ME, (USER_NAME, WORK)], subject="Exit interview – Anahera Rewi",
                          when=outlook_when(start, end, NZ_LABEL), where=where, body=body, ics=ics, teams_blurb=blurb)
    c.add("01-exit-interview-invite.eml", m)
    c.label([], "hard", "negative/exit-interview",
            "Exit interview at the job she is leaving, sent as a normal Exchange meeting request titled 'Exit interview'. "
            "Not a hiring-process interview where she is the candidate.")


def case10():
    c = Case(10, "brisbane-panel-cancelled")
    dom = "qwma.qld.gov.au.example"
    cor = ("Corinne Walsh", f"corinne.walsh@{dom}")
    brett = ("Brett Huang", f"brett.huang@{dom}")
    lei = ("Leilani Moana", f"leilani.moana@{dom}")
    simon = ("Simon Fitzgerald", f"simon.fitzgerald@{dom}")
    s1 = T(BNE, 2026, 10, 12, 10, 2, 40, "Monday")
    start, end = T(BNE, 2026, 10, 20, 8, 0, weekday="Tuesday"), T(BNE, 2026, 10, 20, 9, 0)
    nzs = start.astimezone(NZ)
    assert (nzs.hour, nzs.utcoffset()) == (11, timedelta(hours=13))
    role = "Principal Policy Officer (AO8)"
    label = "(UTC+10:00) Brisbane"
    url, blurb = teams_info("c10", "au")
    body = f"""Hi Anahera,

Thank you for your application for the {role} role, reference QLD/QWMA/26/318. You're invited to a panel interview via Microsoft Teams.

Please note the time in this invitation is Brisbane time (AEST). Queensland doesn't observe daylight saving, so with New Zealand on daylight time this will be 11:00am for you in Wellington.

Panel:
Brett Huang – Executive Director, Markets Policy (Chair)
Leilani Moana – Principal Economist
Simon Fitzgerald – Director, Water Policy

Kind regards,
Corinne Walsh
HR Officer | Queensland Water Markets Authority
Level 12, 400 George Street, Brisbane QLD 4000"""
    uid = outlook_uid("c10")
    att = [(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION"), (brett[0], brett[1], "REQ-PARTICIPANT", "ACCEPTED"),
           (lei[0], lei[1], "REQ-PARTICIPANT", "ACCEPTED"), (simon[0], simon[1], "REQ-PARTICIPANT", "ACCEPTED")]
    subj = f"Interview – {role} – Anahera Rewi"
    ics = outlook_ics(method="REQUEST", tzid="E. Australia Standard Time", uid=uid, seq=0, dtstamp=s1, start=start,
                      end=end, summary=subj, organizer=cor, attendees=att,
                      description=f"When: {outlook_when(start, end, label, 'au')}\nWhere: Microsoft Teams Meeting\n\n" + body,
                      location="Microsoft Teams Meeting", teams_url=url, lang="en-AU")
    m1, id1 = outlook_invite("c10a", sent=s1, frm=cor, to=[ME, brett, lei, simon], subject=subj,
                             when=outlook_when(start, end, label, "au"), where="Microsoft Teams Meeting", body=body,
                             ics=ics, teams_blurb=blurb, region="au", lang="en-AU")
    c.add("01-panel-invite.eml", m1)
    s2 = T(BNE, 2026, 10, 15, 16, 41, 3, "Thursday")
    body2 = """Hi Anahera,

I'm sorry to let you know that recruitment for this role has been put on hold pending a machinery-of-government review, so we need to cancel your interview on Tuesday. We'll be in touch if the process resumes.

Apologies for the inconvenience, and thank you for your interest in working with us.

Kind regards,
Corinne"""
    ics2 = outlook_ics(method="CANCEL", tzid="E. Australia Standard Time", uid=uid, seq=1, dtstamp=s2, start=start,
                       end=end, summary="Canceled: " + subj, organizer=cor, attendees=att,
                       description=body2, location="Microsoft Teams Meeting", lang="en-AU", cancel=True)
    m2, _ = outlook_invite("c10b", sent=s2, frm=cor, to=[ME, brett, lei, simon], subject="Canceled: " + subj,
                           when=outlook_when(start, end, label, "au"), where="Microsoft Teams Meeting", body=body2,
                           ics=ics2, method="CANCEL", region="au", lang="en-AU", thread_seed="c10a")
    c.add("02-cancellation.eml", m2)
    c.label([IV("Queensland Water Markets Authority", role, start, end, "cancelled",
                [brett[1], lei[1], simon[1]], [brett[1], lei[1], simon[1]], "onsite")],
            "medium", "positive/cancel-outlook-brisbane",
            "Exchange invite with Windows TZID 'E. Australia Standard Time' (Brisbane, no DST: +10:00 while NZ is on "
            "NZDT, a 3-hour gap), then METHOD:CANCEL with the same UID and SEQUENCE 1. Kept as one cancelled interview "
            "at its last scheduled time.")


def case11():
    c = Case(11, "london-call-dst-gap")
    dom = "fiscalfutures.org.uk.example"
    hannah = ("Hannah Whitlock", f"hannah.whitlock@{dom}")
    eleanor = ("Eleanor Marsh", f"eleanor.marsh@{dom}")
    s1 = T(LON, 2026, 3, 23, 10, 14, 2, "Monday")
    assert s1.utcoffset() == timedelta(0)
    start, end = T(LON, 2026, 4, 1, 8, 30, weekday="Wednesday"), T(LON, 2026, 4, 1, 9, 15)
    nzs = start.astimezone(NZ)
    assert (nzs.day, nzs.hour, nzs.minute) == (1, 20, 30) and start.utcoffset() == timedelta(hours=1)
    role = "Research Fellow (Public Finance)"
    t1 = f"""Dear Anahera,

Thank you for applying for the {role} role at the Institute for Fiscal Futures – we were really interested to see someone with New Zealand Treasury-facing experience apply for a remote APAC-based position.

Eleanor Marsh, who leads our Public Finance Programme and would be your line manager, would like to speak with you. I appreciate the time difference makes this a bit awkward. Would 8:30am UK time on Wednesday 1 April work for you? Our clocks go forward this Sunday (29 March) and I understand yours go back the weekend after, so for that week the gap should be 12 hours – i.e. 8:30pm on the Wednesday evening in Wellington. The call would be 45 minutes on Google Meet.

If that doesn't work, could you suggest two or three alternatives?

Best wishes,
Hannah

Hannah Whitlock
Talent Partner
Institute for Fiscal Futures | 7 Lambeth Walk, London SE11
+44 20 7946 0321"""
    m1, id1 = gmail_mail("c11a", sent=s1, frm=hannah, to=[ME], subject=f"{role} – next steps", text=t1)
    c.add("01-hannah-proposes-time.eml", m1)
    her_t = T(NZ, 2026, 3, 24, 10, 2, 0, "Tuesday")
    s2 = T(LON, 2026, 3, 24, 8, 55, 30, "Tuesday")
    her = """Kia ora Hannah,

Thank you – 8:30am UK time on Wednesday 1 April (8:30pm here) suits me well. I look forward to speaking with Eleanor.

Ngā mihi,
Anahera"""
    t2 = f"""Thanks Anahera – lovely. I've just sent the calendar invite.

Best wishes,
Hannah

{gmail_attr(her_t.astimezone(LON), USER_NAME, USER)}
{quote_gt(her)}
>
> {gmail_attr(s1.astimezone(NZ), hannah[0], hannah[1])}
{quote_gt(quote_gt(t1))}
"""
    herid = gmail_msgid("c11-her")
    m2, id2 = gmail_mail("c11b", sent=s2, frm=hannah, to=[ME], subject=f"Re: {role} – next steps", text=t2,
                         in_reply_to=herid, references=f"{id1} {herid}")
    c.add("02-hannah-thanks.eml", m2)
    s3 = T(LON, 2026, 3, 24, 9, 2, 11)
    title = "IFF interview: Anahera Rewi x Eleanor Marsh – Research Fellow, Public Finance"
    eml, _, _ = google_invite("c11c", sent=s3, organizer=hannah,
                              guests=[(hannah[0], hannah[1], "ACCEPTED"), (eleanor[0], eleanor[1], "ACCEPTED"),
                                      (USER, USER, "NEEDS-ACTION")],
                              subject=f"Invitation: {title} @ Wed 1 Apr 2026 08:30 - 09:15 (BST) ({USER})",
                              title=title, date_line="Wednesday 1 Apr 2026 ⋅ 08:30 – 09:15",
                              tz_line="United Kingdom Time", meet=True, phone_region="GB",
                              description="Hi Anahera – thanks for confirming. Eleanor will interview you; I won't be "
                                          "joining the call. Please use the Meet link below.\n\nHannah",
                              start=start, end=end)
    c.add("03-google-invitation.eml", eml)
    c.label([IV("Institute for Fiscal Futures", role, start, end, "scheduled", [eleanor[1]], [eleanor[1]], "hiring_manager")],
            "hard", "positive/london-dst-gap",
            "London call in the week between the UK spring-forward (29 March) and NZDT ending (5 April): 08:30 BST "
            "(+01:00) = 20:30 NZDT, a 12-hour gap instead of the usual 11 or 13. Thread + Google invite are one "
            "interview. Recruiter Hannah organises and explicitly won't join; Eleanor conducts.")


def case12():
    c = Case(12, "psychometric-deadline-reminder")
    vendor = ("Cognisure Assessments", "no-reply@cognisure.example")
    s = T(UTC, 2026, 5, 20, 21, 0, 37)
    assert s.astimezone(NZ).strftime("%A %H") == "Thursday 09"
    due = T(NZ, 2026, 5, 22, 17, 0, weekday="Friday")
    role = "Policy Advisor – Energy Markets"
    text = f"""Kia ora Anahera,

This is a friendly reminder that your online assessments for {role} (Energy Transition Agency) are due by 5:00pm NZST on Friday 22 May 2026.

Your progress: 1 of 3 complete
  [done]  Situational judgement
  [to do] Critical reasoning – verbal (24 minutes)
  [to do] Critical reasoning – numerical (26 minutes)

Continue where you left off: https://app.cognisure.example/c/{b64id('c12tok', 30)}

Once you have completed all assessments, your results are shared with the hiring team, who will be in touch about next steps – which may include an invitation to interview.

Having trouble? Visit https://help.cognisure.example.

This mailbox is not monitored – please do not reply."""
    bnd = "=-" + b64id("c12bnd", 22)
    alt = multipart("alternative", bnd, [tpart(text, "plain", "quoted-printable", charset="utf-8"),
                                         tpart(plain_html(text, "Helvetica,Arial,sans-serif"), "html", "quoted-printable", charset="utf-8")])
    heads = env_headers("vendor", "c12", s, f"bounce-{digits('c12b', 8)}@mail.cognisure.example") + [
        ("From", A(*vendor)), ("To", A(*ME)), ("Subject", "Reminder: your assessments close Friday at 5:00pm"),
        ("Date", rfc(s)), ("Message-ID", f"<{hx('c12m', 24)}.{digits('c12n', 10)}@mail.cognisure.example>"),
        ("Auto-Submitted", "auto-generated"), ("List-Unsubscribe", "<https://app.cognisure.example/unsubscribe>")]
    c.add("01-assessment-reminder.eml", message(heads, alt))
    start, end = T(NZ, 2026, 5, 22, 15, 0, weekday="Friday"), T(NZ, 2026, 5, 22, 16, 30)
    created = T(NZ, 2026, 5, 21, 9, 12, 44)
    evid = "1q7v" + hx("c12ev", 22).replace("f", "k")
    me_s = {"email": USER, "self": True}
    c.add("02-psych-tests-block.gcal.json", gcal_event(
        evid=evid, created=created, updated=created + timedelta(seconds=21),
        summary="Finish psych tests (Energy Transition Agency) – due 5pm!",
        description="Verbal + numerical reasoning still to do. Link in Cognisure email. Quiet room, calculator.",
        location="", creator=me_s, organizer=me_s, start=start, end=end, tzname="Pacific/Auckland",
        attendees=None, etag_seed="c12et",
        reminders={"useDefault": False, "overrides": [{"method": "popup", "minutes": 60}]}))
    c.label([], "medium", "negative/psychometric-deadline",
            "Psychometric assessment reminder with a hard deadline, plus a self-made Calendar block to finish the tests. "
            "Online assessments are not interviews; 'invitation to interview' is only a possible future step.")


def case13():
    c = Case(13, "two-rounds-regulatory-commission")
    dom = "regreform.govt.nz.example"
    nikau = ("Nikau Walker", f"nikau.walker@{dom}")
    fiona = ("Fiona McAllister", f"fiona.mcallister@{dom}")
    sefo = ("Sefo Aumua", f"sefo.aumua@{dom}")
    jane = ("Jane Whitcombe", f"jane.whitcombe@{dom}")
    hemi = ("Hemi Tapsell", f"hemi.tapsell@{dom}")
    role = "Senior Advisor, Regulatory Systems"
    s1 = T(NZ, 2026, 5, 1, 14, 30, 20, "Friday")
    a_start, a_end = T(NZ, 2026, 5, 12, 11, 0, weekday="Tuesday"), T(NZ, 2026, 5, 12, 12, 0)
    sig = """Ngā mihi,
Nikau Walker
Recruitment Advisor | Te Kōmihana Whakahou Ture – Regulatory Reform Commission
04 555 0133"""
    t1 = f"""Kia ora Anahera,

Thank you for your application for the {role} role. I'm pleased to let you know the shortlisting panel would like to meet you.

We'd like to invite you to a panel interview on Tuesday 12 May at 11am, at our office on Level 7, 1 Willis Street. It will run for an hour. The panel will be:

Fiona McAllister – Director, Regulatory Systems (fiona.mcallister@{dom})
Sefo Aumua – Principal Advisor
Jane Whitcombe – HR Business Partner

You'll be given a short written exercise when you arrive – 20 minutes before the panel starts – so please come at 10:40.

I'll send a calendar invite shortly.

{sig}"""
    m1, id1 = outlook_mail("c13a", sent=s1, frm=nikau, to=[ME], subject=f"Interview – {role}", text=t1)
    c.add("01-interview-invitation.eml", m1)
    s2 = T(NZ, 2026, 5, 1, 14, 41, 7)
    where = "Level 7, 1 Willis Street – Room Rātā"
    body = "Kia ora Anahera,\n\nCalendar hold for your panel interview. Please arrive at 10:40 for the written exercise.\n\n" + sig
    ics = outlook_ics(method="REQUEST", tzid="New Zealand Standard Time", uid=outlook_uid("c13a"), seq=0, dtstamp=s2,
                      start=a_start, end=a_end, summary=f"Panel interview – {role} – Anahera Rewi", organizer=nikau,
                      attendees=[(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                 (fiona[0], fiona[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                 (sefo[0], sefo[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                 (jane[0], jane[1], "REQ-PARTICIPANT", "ACCEPTED")],
                      description=f"When: {outlook_when(a_start, a_end, NZ_LABEL)}\nWhere: {where}\n\n{body}", location=where)
    m2, _ = outlook_invite("c13b", sent=s2, frm=nikau, to=[ME, fiona, sefo, jane],
                           subject=f"Panel interview – {role} – Anahera Rewi", when=outlook_when(a_start, a_end, NZ_LABEL),
                           where=where, body=body, ics=ics)
    c.add("02-panel-invite.eml", m2)
    s3 = T(NZ, 2026, 5, 14, 10, 5, 51, "Thursday")
    T(NZ, 2026, 5, 18, weekday="Monday")
    b_start, b_end = T(NZ, 2026, 5, 20, 16, 0, weekday="Wednesday"), T(NZ, 2026, 5, 20, 16, 30)
    t3 = f"""Kia ora Anahera,

Thanks for coming in on Tuesday – the panel really enjoyed meeting you, and we'd like to progress you to the next stage. There are two parts:

1. Online psychometric assessments with our provider, Mindmetric. The link will come from no-reply@mindmetric.example – please complete them by 5pm Monday 18 May.

2. A final kōrero with Hemi Tapsell, Deputy Commissioner, who is the hiring manager for the role. We've booked Wednesday 20 May at 4pm, for 30 minutes, in Hemi's office on Level 8.

Could you also send me the names and contact details of two referees, one of whom should be a current or recent manager? We won't contact them without letting you know first.

I'll send an invite for the kōrero shortly.

{sig}"""
    m3, _ = outlook_mail("c13c", sent=s3, frm=nikau, to=[ME], subject=f"Next steps – {role}", text=t3)
    c.add("03-next-steps.eml", m3)
    s4 = T(NZ, 2026, 5, 14, 10, 12, 30)
    where2 = "Level 8, 1 Willis Street – Deputy Commissioner's office"
    body4 = "Kia ora Anahera,\n\nHere's the invite for your final kōrero with Hemi.\n\n" + sig
    ics4 = outlook_ics(method="REQUEST", tzid="New Zealand Standard Time", uid=outlook_uid("c13d"), seq=0, dtstamp=s4,
                       start=b_start, end=b_end, summary="Final kōrero – Hemi Tapsell / Anahera Rewi", organizer=nikau,
                       attendees=[(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                  (hemi[0], hemi[1], "REQ-PARTICIPANT", "ACCEPTED")],
                       description=f"When: {outlook_when(b_start, b_end, NZ_LABEL)}\nWhere: {where2}\n\n{body4}", location=where2)
    m4, _ = outlook_invite("c13d", sent=s4, frm=nikau, to=[ME, hemi], subject="Final kōrero – Hemi Tapsell / Anahera Rewi",
                           when=outlook_when(b_start, b_end, NZ_LABEL), where=where2, body=body4, ics=ics4)
    c.add("04-final-korero-invite.eml", m4)
    c.label([IV("Regulatory Reform Commission", role, a_start, a_end, "scheduled",
                [fiona[1], sefo[1], jane[1]], [fiona[1], sefo[1], jane[1]], "onsite"),
             IV("Regulatory Reform Commission", role, b_start, b_end, "scheduled", [hemi[1]], [hemi[1]], "hiring_manager")],
            "hard", "positive/two-interviews",
            "Two interviews in one case: a 3-person panel on Tue 12 May 11:00 (e-mail + invite = one) and a final kōrero "
            "with the Deputy Commissioner on Wed 20 May 16:00. The 20-minute written exercise before the panel and the "
            "psychometric tests (deadline Mon 18 May 5pm) are not interviews; the panel start is 11:00, not 10:40.")


def case14():
    c = Case(14, "public-consultation-meeting")
    dom = "harbourside.govt.nz.example"
    lt = ("Let's Talk Harbourside", f"letstalk@{dom}")
    s = T(NZ, 2026, 6, 8, 12, 0, 4, "Monday")
    start, end = T(NZ, 2026, 6, 18, 18, 0, weekday="Thursday"), T(NZ, 2026, 6, 18, 19, 30)
    T(NZ, 2026, 7, 3, weekday="Friday")
    text = """Kia ora Anahera,

Thanks for registering for the public meeting on the Draft Coastal Adaptation Plan for the south coast.

When: Thursday 18 June 2026, 6:00pm – 7:30pm
Where: Ōwhiro Bay Community Hall, 14 Reef Street

The project team and council staff will present the adaptation options for each coastal area, then there'll be time for questions. A panel of three councillors will be there to listen. If you'd like to speak to the panel for up to 3 minutes, tick the box on the registration form or tell us at the door.

Can't make it? You can still have your say online until 5pm Friday 3 July.

Add this meeting to your calendar: https://letstalk.harbourside.govt.nz.example/coastal-adaptation/events/ical/41

Ngā mihi,
The Let's Talk Harbourside team
Harbourside City Council | Te Kaunihera o Te Whanga

You're receiving this because you registered for an event on Let's Talk Harbourside. Manage your preferences: https://letstalk.harbourside.govt.nz.example/account"""
    bnd = "----=_NextPart_" + hx("c14b", 8, True) + "_" + hx("c14c", 8, True)
    alt = multipart("alternative", bnd, [tpart(text, "plain", "quoted-printable", charset="utf-8"),
                                         tpart(plain_html(text, "Verdana,Arial,sans-serif"), "html", "base64", charset="utf-8")])
    heads = env_headers("vendor", "c14", s, f"bounces@letstalk.{dom}") + [
        ("From", A(*lt)), ("To", A(*ME)), ("Reply-To", f"no-reply@letstalk.{dom}"),
        ("Subject", "You're registered: Public meeting – Draft Coastal Adaptation Plan"),
        ("Date", rfc(s)), ("Message-ID", f"<{hx('c14m', 20)}@letstalk.{dom}>"), ("Precedence", "bulk")]
    c.add("01-registration-confirmation.eml", message(heads, alt))
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Harbourside City Council//Let's Talk Harbourside//EN",
         "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "X-WR-TIMEZONE:Pacific/Auckland"] + VTZ["Pacific/Auckland"] + [
         "BEGIN:VEVENT", f"UID:event-41-{hx('c14u', 12)}@letstalk.{dom}", f"DTSTAMP:{zstamp(s)}",
         f"DTSTART;TZID=Pacific/Auckland:{local_stamp(start)}", f"DTEND;TZID=Pacific/Auckland:{local_stamp(end)}",
         "SUMMARY:" + ics_esc("Public meeting: Draft Coastal Adaptation Plan (south coast)"),
         "DESCRIPTION:" + ics_esc("Presentation of adaptation options by council staff, followed by questions. "
                                  "Three councillors will hear 3-minute spoken comments from registered members of the public."),
         "LOCATION:" + ics_esc("Ōwhiro Bay Community Hall, 14 Reef Street"),
         f"ORGANIZER;CN=Let's Talk Harbourside:mailto:{lt[1]}",
         f"ATTENDEE;CN={USER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{USER}",
         f"URL:https://letstalk.{dom}/coastal-adaptation/events/41", "STATUS:CONFIRMED", "TRANSP:OPAQUE",
         "END:VEVENT", "END:VCALENDAR"]
    c.add("02-public-meeting.ics", ics_text(L))
    c.label([], "medium", "negative/public-consultation",
            "Council public consultation meeting she registered for (confirmation e-mail + downloaded .ics): a 'panel' of "
            "councillors and questions, but it's public engagement, not a job interview.")


def case15():
    c = Case(15, "gcal-council-dst-start")
    dom = "otakiranges.govt.nz.example"
    sophie = ("Sophie Garnett", f"sophie.garnett@{dom}")
    wiremu = ("Wiremu Kereama", f"wiremu.kereama@{dom}")
    alison = ("Alison Pratt", f"alison.pratt@{dom}")
    s = T(NZ, 2026, 9, 24, 15, 40, 26, "Thursday")
    assert s.utcoffset() == timedelta(hours=12)
    start, end = T(NZ, 2026, 9, 29, 11, 0, weekday="Tuesday"), T(NZ, 2026, 9, 29, 12, 0)
    assert start.utcoffset() == timedelta(hours=13)
    role = "Senior Policy Planner"
    text = f"""Kia ora Anahera,

Great news – the panel would love to interview you for the {role} role!

We've pencilled you in for Tuesday next week at 11am at our main office, 48 Mill Road, Ōtaki Ranges. You'll meet Wiremu Kereama (GM Strategy & Growth), Alison Pratt (Policy Team Leader) and Ravi Chandran (Senior Planner). It'll take about an hour.

I've sent a calendar invite from our Google calendar – please accept it so I know it suits. Parking is available out the back.

And don't forget daylight saving starts this Sunday!

Ngā mihi,
Sophie Garnett
Recruitment & Onboarding Advisor
Ōtaki Ranges District Council

Sent from my iPhone"""
    heads = env_headers("apple", "c15", s, sophie[1]) + [
        ("Content-Type", "text/plain;\n\tcharset=utf-8"), ("Content-Transfer-Encoding", "quoted-printable"),
        ("From", A(*sophie)), ("Date", rfc(s)), ("Subject", f"Interview – {role}"),
        ("Message-Id", f"<{hx('c15a', 8, True)}-{hx('c15b', 4, True)}-{hx('c15c', 4, True)}-{hx('c15d', 4, True)}-{hx('c15e', 12, True)}@otakiranges.govt.nz.example>"),
        ("To", A(*ME)), ("X-Mailer", "iPhone Mail (22G86)")]
    lines = [hdr(n, v) for n, v in heads if v is not None] + ["MIME-Version: 1.0 (1.0)"]
    eml = "\n".join(lines) + "\n\n" + enc(text, "quoted-printable")
    eml.encode("ascii")
    c.add("01-sophie-interview-email.eml", eml)
    evid = "5tq2" + hx("c15ev", 22).replace("f", "n")
    room = "c_1889" + hx("c15room", 18) + "@resource.calendar.google.com"
    c.add("02-interview.gcal.json", gcal_event(
        evid=evid, created=s + timedelta(minutes=1, seconds=10), updated=T(NZ, 2026, 9, 25, 8, 5, 33),
        summary=f"Interview: {role} – Anahera Rewi",
        description="Panel interview for the Senior Policy Planner role.\n\nPanel: Wiremu Kereama, Alison Pratt, Ravi Chandran.\n"
                    "Please report to the main reception at 48 Mill Road.",
        location="ORDC Main Office, 48 Mill Road – Council Chambers Meeting Room 2",
        creator={"email": sophie[1], "displayName": sophie[0]},
        organizer={"email": sophie[1], "displayName": sophie[0]},
        start=start, end=end, tzname="Pacific/Auckland", etag_seed="c15et",
        attendees=[{"email": sophie[1], "displayName": sophie[0], "organizer": True, "responseStatus": "accepted"},
                   {"email": wiremu[1], "displayName": wiremu[0], "responseStatus": "accepted"},
                   {"email": alison[1], "displayName": alison[0], "responseStatus": "needsAction"},
                   {"email": room, "displayName": "ORDC-Main-1-Council Chambers Meeting Room 2 (8)", "resource": True,
                    "responseStatus": "accepted"},
                   {"email": USER, "self": True, "responseStatus": "accepted"}]))
    c.label([IV("Ōtaki Ranges District Council", role, start, end, "scheduled",
                [wiremu[1], alison[1]], [wiremu[1], alison[1]], "onsite")],
            "hard", "positive/gcal-json-dst-start",
            "iPhone e-mail sent Thu 24 Sep (NZST +12) says 'Tuesday next week at 11am'; the Calendar API event has "
            "2026-09-29T11:00+13:00 because NZDT starts on 27 Sep. Panel of three, but only Wiremu and Alison have "
            "addresses in the case (Ravi's does not appear; the room resource is not a person).")


def case16():
    c = Case(16, "owner-sits-on-interview-panel")
    dom = "coastal.govt.nz.example"
    jonah = ("Jonah Pita", f"jonah.pita@{dom}")
    paul = ("Paul Rangihuna", f"paul.rangihuna@{dom}")
    simone = ("Simone Aperahama", f"simone.aperahama@{dom}")
    orig = T(NZ, 2026, 3, 6, 15, 22, 0, "Friday")
    fw = T(NZ, 2026, 3, 9, 7, 55, 41, "Monday")
    start, end = T(NZ, 2026, 3, 11, 10, 0, weekday="Wednesday"), T(NZ, 2026, 3, 11, 11, 0)
    subj = "Interview – Policy Advisor (Coastal Hazards) – Candidate 3: Luca Ferreira"
    where = "Level 9 – Room Tangaroa"
    body = """Kia ora panel,

This is the third interview for the Policy Advisor (Coastal Hazards) vacancy.

Candidate: Luca Ferreira
Panel: Paul Rangihuna (chair), Anahera Rewi, Simone Aperahama (People & Capability)

The panel pack (CV, cover letter, interview questions and scoring guide) is in the recruitment folder on the shared drive. Please score individually before the moderation discussion at 11:15, and remember to declare any conflict of interest.

Ngā mihi,
Jonah

Jonah Pita
Recruitment Advisor | People & Capability
Manatū Takutai | Ministry of Coastal Affairs"""
    ics = outlook_ics(method="REQUEST", tzid="New Zealand Standard Time", uid=outlook_uid("c16"), seq=0, dtstamp=orig,
                      start=start, end=end, summary=subj, organizer=jonah,
                      attendees=[(paul[0], paul[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                 (USER_NAME, WORK, "REQ-PARTICIPANT", "ACCEPTED"),
                                 (simone[0], simone[1], "REQ-PARTICIPANT", "ACCEPTED")],
                      description=body, location=where)
    text = ("For my phone – I'm on the panel for this one, so I'll be at work all morning.\n\n"
            "-----Original Appointment-----\n"
            f"From: {A(*jonah)}\nSent: {outlook_sent(orig)}\nTo: {A(*paul)}; {USER_NAME} <{WORK}>; {A(*simone)}\n"
            f"Subject: {subj}\nWhen: {outlook_when(start, end, NZ_LABEL)}\nWhere: {where}\n\n{body}\n")
    bnd = f"_000_SY4P282MB{digits('c16box', 4)}{hx('c16bnd', 12, upper=True)}prod_"
    alt = multipart("alternative", bnd, [tpart(text, "plain"), tpart(outlook_html(text), "html"), cal_part(ics, "REQUEST")])
    heads = env_headers("outlook", "c16", fw, WORK) + [
        ("From", f"{USER_NAME} <{WORK}>"), ("To", A(*ME)), ("Subject", "FW: " + subj), ("Thread-Topic", subj),
        ("Thread-Index", thread_index("c16")), ("Date", rfc(fw)), ("Message-ID", outlook_msgid("c16")),
        ("Accept-Language", "en-NZ, en-US"), ("Content-Language", "en-NZ"), ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""), ("Content-class", "urn:content-classes:calendarmessage"),
        ("x-ms-publictraffictype", "Email")]
    c.add("01-fw-panel-member-invite.eml", message(heads, alt))
    c.label([], "hard", "negative/user-is-interviewer",
            "Forwarded Exchange meeting request: the owner sits on her current agency's interview panel for another "
            "candidate (Luca Ferreira). Interview vocabulary everywhere, but she is the interviewer.")


def case17():
    c = Case(17, "melbourne-ics-aest-before-dst")
    dom = "votp.vic.gov.au.example"
    claire = ("Claire Hoang", f"claire.hoang@{dom}")
    patrick = ("Patrick O'Neill", f"patrick.oneill@{dom}")
    amira = ("Amira Haddad", f"amira.haddad@{dom}")
    role = "Senior Policy Officer (VPS 5)"
    s1 = T(MEL, 2026, 9, 25, 16, 20, 11, "Friday")
    start, end = T(MEL, 2026, 10, 1, 10, 0, weekday="Thursday"), T(MEL, 2026, 10, 1, 11, 0)
    assert start.utcoffset() == timedelta(hours=10)
    assert start.astimezone(NZ).hour == 13
    sig = """Cheers,
Claire

Claire Hoang
Manager, Transport Strategy
Victorian Office of Transport Policy
1 Spring Street, Melbourne VIC 3000
M +61 400 555 018"""
    t1 = f"""Hi Anahera,

Thanks for your application for the {role} role in our Transport Strategy branch. We'd like to invite you to an interview via Teams on Thursday 1 October at 10:00am Melbourne time (AEST).

The panel will be me, Patrick O'Neill (Assistant Director, Freight Policy) and Amira Haddad (Senior Policy Officer). It will run for an hour. I think that's midday your time, but please double-check.

Our recruitment system will send you a calendar file separately.

{sig}"""
    m1, id1 = outlook_mail("c17a", sent=s1, frm=claire, to=[ME], subject=f"{role} – interview", text=t1, region="au",
                           lang="en-AU")
    c.add("01-claire-interview-email.eml", m1)
    s2 = T(MEL, 2026, 9, 25, 16, 31, 0)
    url, _ = teams_info("c17", "au")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Victorian Office of Transport Policy//Recruitment Scheduler 4.2//EN", "VERSION:2.0",
         "METHOD:REQUEST"] + VTZ["Australia/Melbourne"] + [
         "BEGIN:VEVENT", f"UID:votp-int-{digits('c17uid', 6)}-{hx('c17u', 10)}@{dom}", "SEQUENCE:0",
         f"DTSTAMP:{zstamp(s2)}", f"DTSTART;TZID=Australia/Melbourne:{local_stamp(start)}",
         f"DTEND;TZID=Australia/Melbourne:{local_stamp(end)}",
         "SUMMARY:" + ics_esc(f"Interview: {role} – Anahera Rewi"),
         "DESCRIPTION:" + ics_esc(f"Panel interview for {role}, requisition VOTP-2026-0877.\n"
                                  "Panel: Claire Hoang (Chair), Patrick O'Neill, Amira Haddad.\n"
                                  f"Join Microsoft Teams meeting: {url}"),
         "LOCATION:Microsoft Teams", f"ORGANIZER;CN=Claire Hoang:mailto:{claire[1]}",
         f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={USER_NAME}:mailto:{USER}",
         f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=CHAIR;PARTSTAT=ACCEPTED;CN=Claire Hoang:mailto:{claire[1]}",
         f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Patrick O'Neill:mailto:{patrick[1]}",
         f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Amira Haddad:mailto:{amira[1]}",
         "STATUS:CONFIRMED", "TRANSP:OPAQUE",
         "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Interview reminder", "TRIGGER:-PT30M", "END:VALARM",
         "END:VEVENT", "END:VCALENDAR"]
    c.add("02-interview.ics", ics_text(L))
    her_t = T(NZ, 2026, 9, 29, 9, 12, 0, "Tuesday")
    s3 = T(MEL, 2026, 9, 29, 9, 5, 47, "Tuesday")
    her = """Hi Claire,

Thanks – I've got the calendar file. Just a heads-up that New Zealand's daylight saving started on Sunday, so 10am AEST on Thursday is 1pm here rather than midday. I'll join at 10am your time (1pm NZ).

Ngā mihi,
Anahera"""
    t3 = ("""Thanks for catching that, Anahera! Yes – Victoria doesn't switch until this Sunday. See you Thursday at 10am our time.

""" + sig + "\n" + outlook_quote_block(A(*ME), her_t.astimezone(MEL), A(*claire), f"Re: {role} – interview", her, style="au")
        + outlook_quote_block(A(*claire), s1, A(*ME), f"{role} – interview", t1, style="au"))
    herid = gmail_msgid("c17-her")
    m3, _ = outlook_mail("c17c", sent=s3, frm=claire, to=[ME], subject=f"RE: {role} – interview", text=t3, region="au",
                         lang="en-AU", in_reply_to=herid, references=f"{id1} {herid}", thread_seed="c17a")
    c.add("03-claire-confirms.eml", m3)
    c.label([IV("Victorian Office of Transport Policy", role, start, end, "scheduled",
                [claire[1], patrick[1], amira[1]], [claire[1], patrick[1], amira[1]], "onsite")],
            "hard", "positive/standalone-ics-melbourne",
            "Melbourne panel on Thu 1 Oct 10:00 AEST (+10:00): Victoria's DST starts 4 Oct, NZ's already started 27 Sep, "
            "so it is 13:00 in Wellington (the e-mail's 'midday your time' is wrong and is corrected in the thread). "
            "Standalone .ics with an Olson VTIMEZONE; e-mail + .ics + thread are one interview. The hiring manager chairs "
            "the panel, so she is an interviewer.")


def case18():
    c = Case(18, "reference-check-calls")
    dom = "housingcommissioner.govt.nz.example"
    georgia = ("Georgia Smales", f"georgia.smales@{dom}")
    s = T(NZ, 2026, 6, 1, 13, 10, 29, "Monday")
    T(NZ, 2026, 6, 3, weekday="Wednesday")
    T(NZ, 2026, 6, 4, weekday="Thursday")
    text = """Kia ora Anahera,

Thanks again for your time with the panel last week – they were really impressed, and I'm delighted to let you know you're our preferred candidate for the Senior Policy Advisor role.

The next step is reference checks. I've booked calls with your referees:
- Tania Ruru – Wednesday 3 June, 10:00am
- Sione Latu – Thursday 4 June, 2:00pm

You don't need to be on these calls, but it would be great if you could give them both a heads-up that I'll be ringing. Each call takes about 20 minutes.

We'll also start the standard pre-employment checks (Ministry of Justice criminal history check and credit check). I'll send the consent forms through separately via our HR system.

Once we have the references back we'll be in touch about next steps – fingers crossed!

Ngā mihi,
Georgia

Georgia Smales
Senior Recruitment Advisor
Office of the Housing Commissioner | Te Tari o te Kaikōmihana Whare
M 021 555 0189"""
    m, _ = outlook_mail("c18", sent=s, frm=georgia, to=[ME], subject="Senior Policy Advisor – reference checks", text=text,
                        cte="base64")
    c.add("01-reference-checks.eml", m)
    c.label([], "hard", "negative/reference-check",
            "Preferred-candidate e-mail booking reference-check calls between the recruiter and her referees, with dates "
            "and times; the owner is not on those calls. The past panel is only mentioned vaguely ('last week').")


def case19():
    c = Case(19, "cancelled-then-rebooked")
    dom = "regionalinfra.govt.nz.example"
    pri = ("Priyanka Lal", f"priyanka.lal@{dom}")
    gareth = ("Gareth Bloomfield", f"gareth.bloomfield@{dom}")
    mere = ("Mere Karaka", f"mere.karaka@{dom}")
    yusuf = ("Yusuf Demir", f"yusuf.demir@{dom}")
    olivia = ("Olivia Chen", f"olivia.chen@{dom}")
    role = "Policy Advisor, Regional Investment"
    subj = f"Panel interview – {role}"
    where = "Level 5, 22 The Terrace – Room Tōtara"
    s1 = T(NZ, 2026, 6, 16, 11, 20, 8, "Tuesday")
    a_start, a_end = T(NZ, 2026, 6, 23, 10, 0, weekday="Tuesday"), T(NZ, 2026, 6, 23, 11, 0)
    sig = """Ngā mihi,
Priyanka Lal
Recruitment Coordinator | Ministry for Regional Infrastructure
Te Manatū Hanganga ā-Rohe"""
    body1 = f"""Kia ora Anahera,

Thank you for your interest in the {role} role. We'd like to invite you to an in-person panel interview. Your panel:

Gareth Bloomfield – Manager, Regional Investment (chair)
Mere Karaka – Principal Policy Advisor
Yusuf Demir – Senior Economist

Please bring photo ID and sign in at the Level 5 reception.

{sig}"""
    att1 = [(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION"), (gareth[0], gareth[1], "REQ-PARTICIPANT", "ACCEPTED"),
            (mere[0], mere[1], "REQ-PARTICIPANT", "ACCEPTED"), (yusuf[0], yusuf[1], "REQ-PARTICIPANT", "ACCEPTED")]
    uid1 = outlook_uid("c19a")
    ics1 = outlook_ics(method="REQUEST", tzid="New Zealand Standard Time", uid=uid1, seq=0, dtstamp=s1, start=a_start,
                       end=a_end, summary=subj, organizer=pri, attendees=att1,
                       description=f"When: {outlook_when(a_start, a_end, NZ_LABEL)}\nWhere: {where}\n\n{body1}", location=where)
    m1, id1 = outlook_invite("c19a", sent=s1, frm=pri, to=[ME, gareth, mere, yusuf], subject=subj,
                             when=outlook_when(a_start, a_end, NZ_LABEL), where=where, body=body1, ics=ics1)
    c.add("01-panel-invite.eml", m1)
    s2 = T(NZ, 2026, 6, 22, 8, 5, 50, "Monday")
    body2 = f"""Kia ora Anahera,

Apologies for the late notice – two of our panel members are unwell, so we need to cancel tomorrow's interview. I'll be in touch shortly with some new options.

{sig}"""
    ics2 = outlook_ics(method="CANCEL", tzid="New Zealand Standard Time", uid=uid1, seq=1, dtstamp=s2, start=a_start,
                       end=a_end, summary="Canceled: " + subj, organizer=pri, attendees=att1, description=body2,
                       location=where, cancel=True)
    m2, _ = outlook_invite("c19b", sent=s2, frm=pri, to=[ME, gareth, mere, yusuf], subject="Canceled: " + subj,
                           when=outlook_when(a_start, a_end, NZ_LABEL), where=where, body=body2, ics=ics2,
                           method="CANCEL", thread_seed="c19a")
    c.add("02-cancellation.eml", m2)
    s3 = T(NZ, 2026, 6, 24, 15, 33, 12, "Wednesday")
    b_start, b_end = T(NZ, 2026, 7, 3, 10, 0, weekday="Friday"), T(NZ, 2026, 7, 3, 11, 0)
    her_t = T(NZ, 2026, 6, 24, 14, 2, 0)
    ask_t = T(NZ, 2026, 6, 23, 16, 45, 0, "Tuesday")
    ask = f"""Kia ora Anahera,

Thanks for your patience. Could you do any of these?
- Thursday 2 July, 2pm
- Friday 3 July, 10am
- Monday 6 July, 11:30am

{sig}"""
    her = """Kia ora Priyanka,

No worries at all – I hope they're feeling better. Friday 3 July at 10am works best for me.

Ngā mihi,
Anahera"""
    t3 = (f"""Ka pai – you're booked in for Friday 3 July at 10am, same place. Gareth and Mere will be on the panel, and Olivia Chen (Senior Economist) is stepping in for Yusuf. A new invite is on its way.

{sig}
""" + outlook_quote_block(A(*ME), her_t, A(*pri), "Re: New interview times – " + role, her)
        + outlook_quote_block(A(*pri), ask_t, A(*ME), "New interview times – " + role, ask))
    herid = gmail_msgid("c19-her")
    askid = outlook_msgid("c19-ask")
    m3, _ = outlook_mail("c19c", sent=s3, frm=pri, to=[ME], subject="RE: New interview times – " + role, text=t3,
                         in_reply_to=herid, references=f"{askid} {herid}", thread_seed="c19c")
    c.add("03-rebooked-email.eml", m3)
    s4 = T(NZ, 2026, 6, 24, 15, 40, 3)
    subj2 = f"Panel interview (rebooked) – {role}"
    body4 = f"""Kia ora Anahera,

Here's the new invite for your rebooked panel interview. Panel: Gareth Bloomfield (chair), Mere Karaka and Olivia Chen.

{sig}"""
    ics4 = outlook_ics(method="REQUEST", tzid="New Zealand Standard Time", uid=outlook_uid("c19d"), seq=0, dtstamp=s4,
                       start=b_start, end=b_end, summary=subj2, organizer=pri,
                       attendees=[(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                  (gareth[0], gareth[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                  (mere[0], mere[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                  (olivia[0], olivia[1], "REQ-PARTICIPANT", "NEEDS-ACTION")],
                       description=f"When: {outlook_when(b_start, b_end, NZ_LABEL)}\nWhere: {where}\n\n{body4}", location=where)
    m4, _ = outlook_invite("c19d", sent=s4, frm=pri, to=[ME, gareth, mere, olivia], subject=subj2,
                           when=outlook_when(b_start, b_end, NZ_LABEL), where=where, body=body4, ics=ics4)
    c.add("04-new-panel-invite.eml", m4)
    c.label([IV("Ministry for Regional Infrastructure", role, a_start, a_end, "cancelled",
                [gareth[1], mere[1], yusuf[1]], [gareth[1], mere[1], yusuf[1]], "onsite"),
             IV("Ministry for Regional Infrastructure", role, b_start, b_end, "scheduled",
                [gareth[1], mere[1], olivia[1]], [gareth[1], mere[1], olivia[1]], "onsite")],
            "hard", "positive/cancel-then-rebook",
            "Panel on Tue 23 June cancelled via METHOD:CANCEL (same UID), then re-booked as a NEW event (new UID) for "
            "Fri 3 July 10:00: two entries, one cancelled and one scheduled. The quoted option list (2, 3, 6 July) is "
            "not three interviews. Olivia replaces Yusuf on the re-booked panel.")


def case20():
    c = Case(20, "rejection-after-panel")
    ats = ("NZ Productivity Forum Careers", "no-reply@recruithub.example")
    laura = ("Laura Benning", "laura.benning@productivityforum.example")
    s = T(NZ, 2026, 5, 25, 16, 45, 2, "Monday")
    T(NZ, 2026, 5, 19, weekday="Tuesday")
    text = """Dear Anahera,

Thank you for attending the panel interview on Tuesday 19 May 2026 for the Policy Advisor role (ref PF-0219), and for the time and effort you put into your application.

After careful consideration, the panel has decided not to progress your application further. This was a very competitive process with a strong field of candidates.

If you would like feedback on your interview, Laura Benning, our Recruitment Lead, is happy to arrange a 15-minute phone call. Just reply to this email and she'll find a time.

We appreciate your interest in the NZ Productivity Forum and wish you all the best with your job search.

Ngā mihi,
People Team
NZ Productivity Forum

--
Sent via RecruitHub on behalf of NZ Productivity Forum. Job ref PF-0219 | Candidate ID 8841902"""
    bnd = "b1_" + hx("c20b", 32)
    alt = multipart("alternative", bnd, [tpart(text, "plain", "quoted-printable", charset="UTF-8"),
                                         tpart(plain_html(text), "html", "quoted-printable", charset="UTF-8")])
    heads = env_headers("vendor", "c20", s, f"bounce+{hx('c20rp', 10)}@mailer.recruithub.example") + [
        ("From", A(*ats)), ("Reply-To", A(*laura)), ("To", A(*ME)),
        ("Subject", "Your application for Policy Advisor (PF-0219)"), ("Date", rfc(s)),
        ("Message-ID", f"<{hx('c20m', 32)}@mailer.recruithub.example>"), ("X-Mailer", "RecruitHub Notifications")]
    c.add("01-application-outcome.eml", message(heads, alt))
    c.label([], "medium", "negative/rejection",
            "Rejection after a past panel interview (Tue 19 May is named) with an offer of a feedback call at no set "
            "time. Rejections are not interviews.")


def case21():
    c = Case(21, "same-day-panel-and-korero")
    dom = "socialwellbeing.govt.nz.example"
    aroha = ("Aroha Whaanga", f"aroha.whaanga@{dom}")
    ben = ("Benjamin Ashworth", f"benjamin.ashworth@{dom}")
    losa = ("Losa Tuilagi", f"losa.tuilagi@{dom}")
    karen = ("Karen Miyazaki", f"karen.miyazaki@{dom}")
    ngaio = ("Ngaio Hetaraka", f"ngaio.hetaraka@{dom}")
    role = "Principal Policy Advisor"
    where = "Level 11, 56 The Terrace – Room Pōhutukawa"
    s1 = T(NZ, 2026, 7, 23, 9, 45, 30, "Thursday")
    p_start, p_end = T(NZ, 2026, 8, 5, 13, 0, weekday="Wednesday"), T(NZ, 2026, 8, 5, 14, 0)
    k_start, k_end = T(NZ, 2026, 8, 5, 14, 15), T(NZ, 2026, 8, 5, 14, 45)
    sig = """Ngā mihi,
Aroha Whaanga
Recruitment Coordinator | Office of Social Wellbeing Policy"""
    body1 = f"""Kia ora Anahera,

Congratulations on being shortlisted for the {role} role. Your interview is in two parts on the same afternoon:

1:00pm – 2:00pm  Panel interview with Benjamin Ashworth (Manager, Wellbeing Policy), Losa Tuilagi (Principal Advisor) and Karen Miyazaki (Senior Advisor, Evaluation)
2:15pm – 2:45pm  Kōrero with Dr Ngaio Hetaraka, Deputy Secretary Policy

You'll have a short break in between. This invite is for the panel; I'll send a separate invite for the kōrero with Ngaio. Please arrive 10 minutes early to sign in at Level 11 reception.

{sig}"""
    ics1 = outlook_ics(method="REQUEST", tzid="New Zealand Standard Time", uid=outlook_uid("c21a"), seq=0, dtstamp=s1,
                       start=p_start, end=p_end, summary=f"Panel interview – {role} (Anahera Rewi)", organizer=aroha,
                       attendees=[(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                  (ben[0], ben[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                  (losa[0], losa[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                  (karen[0], karen[1], "REQ-PARTICIPANT", "ACCEPTED")],
                       description=f"When: {outlook_when(p_start, p_end, NZ_LABEL)}\nWhere: {where}\n\n{body1}", location=where)
    m1, _ = outlook_invite("c21a", sent=s1, frm=aroha, to=[ME, ben, losa, karen],
                           subject=f"Panel interview – {role} (Anahera Rewi)", when=outlook_when(p_start, p_end, NZ_LABEL),
                           where=where, body=body1, ics=ics1)
    c.add("01-panel-invite.eml", m1)
    s2 = T(NZ, 2026, 7, 23, 9, 52, 4)
    body2 = f"""Kia ora Anahera,

And here's the second part of your interview afternoon – a kōrero with Ngaio straight after the panel. Same room.

{sig}"""
    ics2 = outlook_ics(method="REQUEST", tzid="New Zealand Standard Time", uid=outlook_uid("c21b"), seq=0, dtstamp=s2,
                       start=k_start, end=k_end, summary="Kōrero with the Deputy Secretary – Anahera Rewi", organizer=aroha,
                       attendees=[(USER_NAME, USER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                  ("Dr Ngaio Hetaraka", ngaio[1], "REQ-PARTICIPANT", "ACCEPTED")],
                       description=f"When: {outlook_when(k_start, k_end, NZ_LABEL)}\nWhere: {where}\n\n{body2}", location=where)
    m2, _ = outlook_invite("c21b", sent=s2, frm=aroha, to=[ME, ("Dr Ngaio Hetaraka", ngaio[1])],
                           subject="Kōrero with the Deputy Secretary – Anahera Rewi",
                           when=outlook_when(k_start, k_end, NZ_LABEL), where=where, body=body2, ics=ics2)
    c.add("02-korero-invite.eml", m2)
    allv = [ben[1], losa[1], karen[1], ngaio[1]]
    c.label([IV("Office of Social Wellbeing Policy", role, p_start, k_end, "scheduled", allv, allv, "onsite")],
            "hard", "positive/same-day-loop",
            "Two Exchange invites on Wed 5 Aug (panel 13:00-14:00, kōrero with the Deputy Secretary 14:15-14:45) are one "
            "same-day loop: one onsite interview 13:00-14:45 NZST with all four interviewers; Aroha only coordinates.")


def case22():
    c = Case(22, "availability-korero-request")
    dom = "electoralpolicy.govt.nz.example"
    mele = ("Mele Fonua", f"mele.fonua@{dom}")
    role = "Senior Policy Advisor, Electoral Systems"
    s1 = T(NZ, 2026, 8, 4, 10, 30, 16, "Tuesday")
    T(NZ, 2026, 8, 11, weekday="Tuesday")
    T(NZ, 2026, 8, 12, weekday="Wednesday")
    sig = """Ngā mihi,
Mele Fonua
Recruitment Advisor | Electoral Policy Office
04 555 0175"""
    t1 = f"""Kia ora Anahera,

Thanks for your application for the {role} role. We'd love to invite you to a kōrero with our interview panel.

Could you let me know which of these times would suit?
- Tuesday 11 August, any time between 1pm and 4pm
- Wednesday 12 August, between 9am and 12pm

The interview will be about an hour, in person at our Wellington office (Level 3, 2 Hunter Street).

{sig}"""
    m1, id1 = outlook_mail("c22a", sent=s1, frm=mele, to=[ME], subject=f"{role} – kōrero with the panel?", text=t1)
    c.add("01-mele-asks-availability.eml", m1)
    her_t = T(NZ, 2026, 8, 4, 19, 48, 0)
    s2 = T(NZ, 2026, 8, 5, 9, 2, 37, "Wednesday")
    her = """Kia ora Mele,

Thank you – that's great news. Tuesday 11 August at 2pm would be ideal, or Wednesday 12 August at 10am also works.

Ngā mihi,
Anahera"""
    t2 = (f"""Thanks Anahera! I'm just checking with the panel which of those works best (one of them is travelling that week), and I'll send a calendar invite as soon as it's locked in.

{sig}
""" + outlook_quote_block(A(*ME), her_t, A(*mele), f"Re: {role} – kōrero with the panel?", her)
        + outlook_quote_block(A(*mele), s1, A(*ME), f"{role} – kōrero with the panel?", t1))
    herid = gmail_msgid("c22-her")
    m2, _ = outlook_mail("c22b", sent=s2, frm=mele, to=[ME], subject=f"RE: {role} – kōrero with the panel?", text=t2,
                         in_reply_to=herid, references=f"{id1} {herid}", thread_seed="c22a")
    c.add("02-mele-checking-with-panel.eml", m2)
    c.label([], "hard", "negative/availability-request",
            "Interview ('kōrero with our panel') requested, candidate offers two times, recruiter is still checking with "
            "the panel and has sent no invite: unbooked availability request, not yet an interview.")


# =====================================================================================
README_TMPL = """# blind186: Wellington policy advisor – NZ councils and agencies, Australian agencies, one London call (written blind)

Owner: **Anahera Rewi** (`anahera.rewi@example.com`), a Wellington policy advisor at a (fictional) Ministry of
Coastal Affairs who is applying to New Zealand government agencies and councils, to Australian federal and
state agencies, and to one London research institute. Her current work address
(`anahera.rewi@coastal.govt.nz.example`) appears only in items she forwarded or was sent by her current employer.

## What the set stresses
- NZ public-sector wording: "Kia ora" / "Ngā mihi", "kōrero" for an interview or chat, 3-person panel
  interviews (labelled `onsite`), psychometric testing invitations, reference checks.
- Exchange/Outlook invites with Windows TZIDs `New Zealand Standard Time`, `AUS Eastern Standard Time`,
  `E. Australia Standard Time`, whose display label reads "(UTC+12:00) Auckland, Wellington" /
  "(UTC+10:00) ..." even when daylight time applies.
- DST edges (2026): NZDT ends Sun 5 April (b186-04: invite sent under +13, interview at +12) and starts
  Sun 27 September (b186-15: "Tuesday next week" from a +12 message lands at +13). Australian agencies: Canberra
  AEDT (+11) in March; Brisbane AEST (+10, no DST) in October; Melbourne still AEST on 1 October while NZ is already
  on NZDT (3-hour gap; the recruiter's "midday your time" is wrong and is corrected in the thread). London call in the
  week between the UK change (29 March) and the NZ change (5 April): 08:30 BST = 20:30 NZDT, a 12-hour gap.
- Final state: a reschedule by e-mail only (no updated invite), an Outlook METHOD:CANCEL, a cancelled panel
  re-booked as a new event (two entries), a case with two rounds, a same-day panel + kōrero loop (one onsite),
  e-mail + invite duplicates.
- Hard look-alikes: a select committee hearing where she presents her own submission, a team hui at her current
  agency, a council public consultation meeting, an exit interview at her current job, a psychometric test
  deadline (with a self-made Calendar block), her sitting on an interview panel for someone else, reference-check
  calls she is not on, a rejection naming the past interview date, and an unbooked availability request.

## Written blind
Written from the brief and the corpus README only, without reading the detector, its tests or other evaluation
sets (a few dev files were opened only to see the file formats). Everything (case folders, `labels.yaml` and this
README) is generated by `make_cases.py`
(standard library + PyYAML + zoneinfo; fixed dates, Message-IDs, UIDs and boundaries, so output is byte-identical
on every run). All people and organisations are invented and use `.example` domains; only Google Calendar's
`calendar-notification@google.com` and Microsoft Teams / Google Meet links use real product domains.

## Counts
- Cases: {n_cases} ({n_pos} positive, {n_neg} negative)
- Labelled interviews: {n_iv} ({n_sched} scheduled, {n_canc} cancelled)
- Items: {n_eml} `.eml`, {n_ics} standalone `.ics`, {n_json} `.gcal.json`

## Formats
Exchange/Outlook meeting requests (multipart/alternative: quoted-printable text + HTML + base64 text/calendar,
METHOD REQUEST/CANCEL, X-MICROSOFT-CDO-*, Teams blocks), forwarded Outlook appointments ("-----Original
Appointment-----"), Outlook and Gmail threads with In-Reply-To/References and quoted replies, an iPhone Mail
plain-text message, Google Calendar invitations (multipart/mixed with text/calendar + invite.ics, UTC DTSTART),
assessment-vendor and ATS notifications, an e-mail with an attached .ics, standalone .ics files with Olson
VTIMEZONEs (Australia/Melbourne, Pacific/Auckland), and Google Calendar API v3 event JSON (one with a room resource,
one self-created).

## Cases
| case | label | category |
| --- | --- | --- |
{table}
"""


def main():
    for fn in (case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
               case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22):
        fn()
    ids = [c.id for c in CASES]
    assert len(set(ids)) == len(ids) and sorted(LABELS) == sorted(ids)
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith(SET + "-") and os.path.isdir(p):
            shutil.rmtree(p)
    counts = {"eml": 0, "ics": 0, "json": 0}
    for c in CASES:
        d = os.path.join(HERE, c.id)
        os.makedirs(d)
        for name in sorted(c.files):
            with open(os.path.join(d, name), "wb") as f:
                f.write(c.files[name])
            counts["json" if name.endswith(".json") else name.rsplit(".", 1)[1]] += 1
    labels = {cid: LABELS[cid] for cid in ids}
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# blind186 labels (synthetic, written blind). Schema: shared/eval/README.md\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, default_flow_style=None, width=4096)
    ivs = [iv for lab in labels.values() for iv in lab["interviews"]]
    rows = []
    for cid in ids:
        lab = labels[cid]
        if lab["interviews"]:
            desc = "; ".join(f"{iv['status']} {iv['kind']} {iv['start']}" for iv in lab["interviews"])
        else:
            desc = "negative"
        rows.append(f"| {cid} | {desc} | {lab['category']} |")
    readme = README_TMPL.format(
        n_cases=len(ids), n_pos=sum(l["interview"] for l in labels.values()),
        n_neg=sum(not l["interview"] for l in labels.values()), n_iv=len(ivs),
        n_sched=sum(iv["status"] == "scheduled" for iv in ivs), n_canc=sum(iv["status"] == "cancelled" for iv in ivs),
        n_eml=counts["eml"], n_ics=counts["ics"], n_json=counts["json"], table="\n".join(rows))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme)
    print(f"wrote {len(ids)} cases, {len(ivs)} interviews to {HERE}")


if __name__ == "__main__":
    main()
