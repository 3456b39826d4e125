#!/usr/bin/env python3
"""Regenerate the blind202 evaluation set next to this file.

Writes every case folder b202-NN-* and labels.yaml. Deterministic: all dates, Message-IDs,
MIME boundaries, UIDs and meeting ids are fixed or derived from fixed strings by SHA-256.
Standard library + PyYAML + zoneinfo only.

Mailbox owner: Vignesh Ramanathan <vignesh.ramanathan@example.com>, Senior Test Engineer at
Kaveri Softech (Chennai), interviewing with IT services firms and product companies in
Bengaluru, Hyderabad and Pune in March-April 2026.
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
IST = ZoneInfo("Asia/Kolkata")
ET = ZoneInfo("America/New_York")
PT = ZoneInfo("America/Los_Angeles")
UTC = timezone.utc

OWNER = "vignesh.ramanathan@example.com"
OWNER_NAME = "Vignesh Ramanathan"
OWNER_WORK = "vignesh.r@kaverisoftech.example"   # current employer mailbox, auto-forwards to OWNER
OWNER_MOBILE = "+91 98840 56213"

CASES = []  # list of (case_id, {filename: bytes}, label)


# ----------------------------------------------------------------------------------------------
# time helpers
# ----------------------------------------------------------------------------------------------
def at(tz, y, mo, d, hh=0, mi=0, ss=0, weekday=None):
    x = datetime(y, mo, d, hh, mi, ss, tzinfo=tz)
    if weekday is not None:
        assert x.strftime("%A") == weekday, (x.isoformat(), weekday)
    return x


def assert_wd(dt, tz, name):
    got = dt.astimezone(tz).strftime("%A")
    assert got == name, (dt.isoformat(), got, name)


def assert_offset(dt, tz, offset):
    got = dt.astimezone(tz).strftime("%z")
    assert got == offset, (dt.isoformat(), got, offset)


def rfc(dt):
    return format_datetime(dt)


def iso(dt):
    return dt.astimezone(IST).isoformat()


def zulu(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(dt, tz):
    return dt.astimezone(tz).strftime("%Y%m%dT%H%M%S")


def ampm(dt, tz=None):
    if tz is not None:
        dt = dt.astimezone(tz)
    return dt.strftime("%I:%M %p").lstrip("0")


def long_date_us(dt, tz):
    d = dt.astimezone(tz)
    return f"{d.strftime('%A')}, {d.strftime('%B')} {d.day}, {d.year}"


def gdate(dt, tz):  # Google style "Tue Mar 10, 2026"
    d = dt.astimezone(tz)
    return f"{d.strftime('%a %b')} {d.day}, {d.year}"


def gtime(dt, tz):  # Google style "9am" / "9:45am"
    d = dt.astimezone(tz)
    hh = d.hour % 12 or 12
    suf = "am" if d.hour < 12 else "pm"
    return f"{hh}{suf}" if d.minute == 0 else f"{hh}:{d.minute:02d}{suf}"


# ----------------------------------------------------------------------------------------------
# deterministic ids
# ----------------------------------------------------------------------------------------------
def hx(*parts, n=16):
    return hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()[:n]


def hdig(*parts, n=10):
    s = str(int(hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest(), 16))
    return s[:n]


def halnum(*parts, n=32):
    raw = base64.b64encode(hashlib.sha256("|".join(map(str, parts)).encode()).digest() * 2).decode()
    return re.sub(r"[^A-Za-z0-9]", "", raw)[:n]


def guid(*parts):
    x = hx(*parts, n=32)
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def outlook_msgid(seed, region="INDPRD01"):
    box = "PN3PR01MB" + hdig(seed, "box", n=4)
    return f"<{box}{hx(seed, 'mid', n=24).upper()}@{box}.{region}.PROD.OUTLOOK.COM>"


def gmail_msgid(seed):
    return f"<CA+{halnum(seed, 'gm', n=30)}{hdig(seed, 'x', n=4)}=q@mail.gmail.com>"


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(("ti" + seed).encode()).digest()[:22]).decode()


def exchange_uid(seed):
    return ("040000008200E00074C5B7101A82E00800000000" + hx(seed, "uid1", n=16).upper()
            + "000000000000000010000000" + hx(seed, "uid2", n=32).upper())


def gmail_boundary(seed):
    return "0000000000" + hx(seed, "b", n=18)


def outlook_boundary(seed):
    return "_000_PN3PR01MB" + hdig(seed, "ob", n=4) + hx(seed, "ob", n=24).upper() + "PN3PR01MB" + hdig(seed, "ob2", n=4) + "INDP_"


# ----------------------------------------------------------------------------------------------
# MIME helpers (messages are stored with LF line endings, like the dev set)
# ----------------------------------------------------------------------------------------------
def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(maxlinelen=76)


def addr(name, a):
    if not name:
        return a
    if any(c in name for c in '.,()"@:;<>[]'):
        name = '"' + name.replace('"', '\\"') + '"'
    return f"{name} <{a}>"


def addrs(lst):
    return ", ".join(addr(n, a) for n, a in lst)


def hdrs(pairs):
    return "".join(f"{k}: {v}\n" for k, v in pairs if v is not None)


def encode_body(text, cte):
    data = text.encode("utf-8")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    return text


def leaf(ctype, text, cte="7bit", extra=()):
    body = encode_body(text, cte)
    if not body.endswith("\n"):
        body += "\n"
    return hdrs([("Content-Type", ctype), *extra, ("Content-Transfer-Encoding", cte)]) + "\n" + body


def multi(subtype, boundary, parts, preamble=None):
    out = f'Content-Type: multipart/{subtype};\n boundary="{boundary}"\n\n'
    if preamble:
        out += preamble + "\n"
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    out += f"--{boundary}--\n"
    return out


def message(top_headers, root):
    return (hdrs(top_headers) + "MIME-Version: 1.0\n" + root).encode("utf-8")


URL_RE = re.compile(r"(https?://[^\s<>]+)")


def linkify(escaped):
    return URL_RE.sub(lambda m: f'<a href="{m.group(1)}">{m.group(1)}</a>', escaped)


OUTLOOK_HTML_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
@font-face
	{font-family:Aptos;}
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;}
a:link, span.MsoHyperlink
	{color:#467886;
	text-decoration:underline;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="EN-IN" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def outlook_html(text):
    rows = []
    for line in text.split("\n"):
        if line.strip() == "":
            rows.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            rows.append(f'<p class="MsoNormal">{linkify(html.escape(line, quote=False))}<o:p></o:p></p>')
    return OUTLOOK_HTML_HEAD + "\n".join(rows) + "\n</div>\n</body>\n</html>\n"


def gmail_html(text):
    """Gmail-ish HTML. Lines starting with '>' become a blockquote."""
    out, quote = [], []

    def flush_quote():
        if quote:
            inner = "<br>".join(linkify(html.escape(q, quote=False)) for q in quote)
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">' + inner + "</blockquote>")
            quote.clear()

    for line in text.split("\n"):
        if line.startswith(">"):
            quote.append(line.lstrip("> ").rstrip())
            continue
        flush_quote()
        out.append("<div><br></div>" if line.strip() == "" else f"<div>{linkify(html.escape(line, quote=False))}</div>")
    flush_quote()
    return '<div dir="ltr">' + "\n".join(out) + "</div>\n"


def plain_html(text, font="Arial,Helvetica,sans-serif"):
    body = "<br>\n".join(linkify(html.escape(l, quote=False)) for l in text.split("\n"))
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            f'<body style="font-family:{font};font-size:14px;color:#222">\n{body}\n</body></html>\n')


# ----------------------------------------------------------------------------------------------
# iCalendar helpers
# ----------------------------------------------------------------------------------------------
def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line, nl):
    b = line.encode("utf-8")
    chunks, limit = [], 75
    while len(b) > limit:
        cut = limit
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        chunks.append(b[:cut])
        b = b[cut:]
        limit = 74
    chunks.append(b)
    return (nl + " ").join(c.decode("utf-8") for c in chunks)


def ics(lines, nl="\r\n"):
    return "".join(fold(l, nl) + nl for l in lines)


WIN_TZ = {"India Standard Time": IST, "Eastern Standard Time": ET, "Pacific Standard Time": PT}


def vtz_windows(name):
    if name == "India Standard Time":
        return ["BEGIN:VTIMEZONE", "TZID:India Standard Time",
                "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530", "END:DAYLIGHT",
                "END:VTIMEZONE"]
    std, dst = {"Eastern Standard Time": ("-0500", "-0400"), "Pacific Standard Time": ("-0800", "-0700")}[name]
    return ["BEGIN:VTIMEZONE", f"TZID:{name}",
            "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


VTZ_KOLKATA = ["BEGIN:VTIMEZONE", "TZID:Asia/Kolkata", "X-LIC-LOCATION:Asia/Kolkata", "BEGIN:STANDARD",
               "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530", "TZNAME:IST", "DTSTART:19700101T000000",
               "END:STANDARD", "END:VTIMEZONE"]


def teams(seed):
    tid, oid = guid(seed, "tenant"), guid(seed, "oid")
    thread = "19%3ameeting_" + halnum(seed, "thread", n=48) + "%40thread.v2"
    url = (f"https://teams.microsoft.com/l/meetup-join/{thread}/0?context=%7b%22Tid%22%3a%22{tid}"
           f"%22%2c%22Oid%22%3a%22{oid}%22%7d")
    d = hdig(seed, "mid", n=12)
    mid = f"{d[0:3]} {d[3:6]} {d[6:9]} {d[9:12]}"
    pc = halnum(seed, "pc", n=6)
    return {"url": url, "id": mid, "pass": pc, "tid": tid, "oid": oid, "thread": thread}


def teams_text(t, style="new"):
    line = "_" * 80
    opts = (f"https://teams.microsoft.com/meetingOptions/?organizerId={t['oid']}&tenantId={t['tid']}"
            f"&threadId={t['thread'].replace('%3a', ':').replace('%40', '@')}&messageId=0&language=en-US")
    if style == "new":
        dial = hdig(t["url"], "dial", n=9)
        return (f"{line}\nMicrosoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>\n"
                f"Join the meeting now<{t['url']}>\nMeeting ID: {t['id']}\nPasscode: {t['pass']}\n"
                f"________________________________\nDial in by phone\n"
                f"+91 22 6480 2722,,{dial}# India, Mumbai\n"
                f"Find a local number<https://dialin.teams.microsoft.com/{t['tid']}?id={dial}>\n"
                f"Phone conference ID: {dial[:3]} {dial[3:6]} {dial[6:]}#\n"
                f"For organizers: Meeting options<{opts}>\n{line}\n")
    return (f"{line}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{t['url']}>\nMeeting ID: {t['id']}\nPasscode: {t['pass']}\n"
            f"Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            f"Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            f"Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<{opts}>\n{line}\n")


def webex(seed):
    num = hdig(seed, "wx", n=11)
    number = f"{num[0:4]} {num[4:7]} {num[7:11]}"
    mtid = "m" + hx(seed, "mtid", n=32)
    return {"number": number, "digits": num, "pwd": halnum(seed, "wpwd", n=8),
            "url": f"https://meetingsapac12.webex.com/meetingsapac12/j.php?MTID={mtid}"}


def exchange_cal(*, method, tzname, start, end, uid, summary, organizer, attendees, description,
                 location, dtstamp, seq=0, status="CONFIRMED", teams_url=None, busy="TENTATIVE",
                 prodid="Microsoft Exchange Server 2010"):
    tz = WIN_TZ[tzname]
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", f"PRODID:{prodid}", "VERSION:2.0"] + vtz_windows(tzname)
    L += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for name, a, role, part in attendees:
        L.append(f"ATTENDEE;ROLE={role};PARTSTAT={part};RSVP=TRUE;CN={name}:mailto:{a}")
    L += [f"DESCRIPTION;LANGUAGE=en-US:{esc(description)}", f"UID:{uid}",
          f"SUMMARY;LANGUAGE=en-US:{esc(summary)}",
          f"DTSTART;TZID={tzname}:{loc(start, tz)}", f"DTEND;TZID={tzname}:{loc(end, tz)}",
          "CLASS:PUBLIC", "PRIORITY:1" if method == "CANCEL" else "PRIORITY:5",
          f"DTSTAMP:{zulu(dtstamp)}", "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}",
          f"LOCATION;LANGUAGE=en-US:{esc(location)}", f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
          f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(hdig(uid, 'own', n=9))}",
          f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if method == 'CANCEL' else busy}",
          f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if method == 'CANCEL' else 'BUSY'}",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
          f"X-MICROSOFT-CDO-IMPORTANCE:{2 if method == 'CANCEL' else 1}", "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        L += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
              'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if method == "REQUEST":
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics(L)


def outlook_invite(*, seed, date, frm, to, cc=(), subject, when_line, body, cal, method="REQUEST",
                   where="Microsoft Teams Meeting", importance=None, in_reply_to=None):
    """Exchange Online meeting request/cancel as received from outside: multipart/alternative
    (text/plain QP, text/html QP, text/calendar base64)."""
    b = outlook_boundary(seed)
    head = f"When: {when_line}\nWhere: {where}\n\n*~*~*~*~*~*~*~*~*~*\n\n" if when_line else ""
    text = head + body
    root = multi("alternative", b, [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', outlook_html(text), "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64"),
    ])
    msgid = outlook_msgid(seed)
    top = [("Delivered-To", OWNER),
           ("Received", f"from PN3PR01MB{hdig(seed, 'r', n=4)}.INDPRD01.PROD.OUTLOOK.COM (2603:1096:c01:{hx(seed, 'ip', n=2)}::{hdig(seed, 'ip2', n=2)})\n"
                        f"        by mx1.example.com with ESMTPS id {hx(seed, 'esmtp', n=12)}\n"
                        f"        for <{OWNER}>; {rfc(date)}"),
           ("From", addr(*frm)), ("To", addrs(to)), ("CC", addrs(cc) if cc else None),
           ("Subject", subj(subject)), ("Thread-Topic", subj(re.sub(r"^(Canceled|Updated|RE|FW): ", "", subject))),
           ("Thread-Index", thread_index(seed)), ("Date", rfc(date)), ("Message-ID", msgid),
           ("In-Reply-To", in_reply_to), ("Importance", importance),
           ("Accept-Language", "en-US, en-IN"), ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
           ("Content-class", "urn:content-classes:calendarmessage"),
           ("x-ms-publictraffictype", "Email")]
    return message(top, root), msgid


def outlook_mail(*, seed, date, frm, to, cc=(), subject, body, in_reply_to=None, references=None,
                 html_cte="quoted-printable", delivered_to=OWNER, importance=None):
    b = outlook_boundary(seed)
    root = multi("alternative", b, [
        leaf('text/plain; charset="utf-8"', body, "quoted-printable"),
        leaf('text/html; charset="utf-8"', outlook_html(body), html_cte),
    ])
    msgid = outlook_msgid(seed)
    top = [("Delivered-To", delivered_to),
           ("Received", f"from PN3PR01MB{hdig(seed, 'r', n=4)}.INDPRD01.PROD.OUTLOOK.COM (2603:1096:c01:{hx(seed, 'ip', n=2)}::{hdig(seed, 'ip2', n=2)})\n"
                        f"        by mx1.example.com with ESMTPS id {hx(seed, 'esmtp', n=12)}\n"
                        f"        for <{delivered_to}>; {rfc(date)}"),
           ("From", addr(*frm)), ("To", addrs(to)), ("CC", addrs(cc) if cc else None),
           ("Subject", subj(subject)), ("Thread-Topic", subj(re.sub(r"^(RE|FW): ", "", subject))),
           ("Thread-Index", thread_index(seed)), ("Date", rfc(date)), ("Message-ID", msgid),
           ("References", references), ("In-Reply-To", in_reply_to), ("Importance", importance),
           ("Accept-Language", "en-US, en-IN"), ("Content-Language", "en-US"),
           ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    return message(top, root), msgid


def gmail_mail(*, seed, date, frm, to, cc=(), subject, body, in_reply_to=None, references=None,
               reply_to=None):
    b = gmail_boundary(seed)
    root = multi("alternative", b, [
        leaf('text/plain; charset="UTF-8"', body, "quoted-printable"),
        leaf('text/html; charset="UTF-8"', gmail_html(body), "quoted-printable"),
    ])
    msgid = gmail_msgid(seed)
    dom = frm[1].split("@")[1]
    top = [("Delivered-To", OWNER),
           ("Received", f"by mx1.example.com with SMTP id {hx(seed, 'smtp', n=14)};\n        {rfc(date.astimezone(UTC))}"),
           ("Return-Path", f"<{frm[1]}>"),
           ("Authentication-Results", f"mx1.example.com;\n       dkim=pass header.i=@{dom};\n       spf=pass smtp.mailfrom={frm[1]}"),
           ("MIME-Version", None),
           ("References", references), ("In-Reply-To", in_reply_to),
           ("From", addr(*frm)), ("Date", rfc(date)), ("Message-ID", msgid),
           ("Subject", subj(subject)), ("To", addrs(to)), ("Cc", addrs(cc) if cc else None),
           ("Reply-To", reply_to)]
    return message(top, root), msgid


def platform_mail(*, seed, date, frm, to, subject, text, html_text, domain, attach=None,
                  reply_to=None, cte="quoted-printable", extra=()):
    """ATS / portal / scheduling-platform mail: alternative (plain+html), optionally inside
    multipart/mixed with an .ics attachment given as (filename, ics_text, method)."""
    alt = multi("alternative", "alt_" + hx(seed, "alt", n=20), [
        leaf('text/plain; charset="UTF-8"', text, cte),
        leaf('text/html; charset="UTF-8"', html_text, cte),
    ])
    if attach:
        fname, caltext, method = attach
        meth = f"; method={method}" if method else ""
        att = leaf(f'text/calendar; charset="UTF-8"; name="{fname}"{meth}', caltext, "base64",
                   extra=[("Content-Disposition", f'attachment; filename="{fname}"')])
        root = multi("mixed", "mix_" + hx(seed, "mix", n=20), [alt, att])
    else:
        root = alt
    msgid = f"<{hx(seed, 'pm', n=20)}.{hdig(seed, 'pm2', n=8)}@{domain}>"
    top = [("Delivered-To", OWNER),
           ("Received", f"from mta-{hdig(seed, 'mta', n=2)}.{domain} (mta-{hdig(seed, 'mta', n=2)}.{domain} [198.51.100.{int(hdig(seed, 'ip', n=2)) + 10}])\n"
                        f"        by mx1.example.com with ESMTPS id {hx(seed, 'esmtp', n=12)}\n"
                        f"        for <{OWNER}>; {rfc(date)}"),
           ("Return-Path", f"<bounce-{hx(seed, 'rp', n=10)}@{domain}>"),
           ("From", addr(*frm)), ("Reply-To", reply_to), ("To", addrs(to)),
           ("Subject", subj(subject)), ("Date", rfc(date)), ("Message-ID", msgid), *extra]
    return message(top, root), msgid


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(followups), "kind": kind}


def add_case(case_id, files, interviews, difficulty, category, notes):
    CASES.append((case_id, files, {
        "user": OWNER, "interview": bool(interviews), "interviews": interviews,
        "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}))


SIG_DISCLAIMER = ("DISCLAIMER: This e-mail and any files transmitted with it are confidential and intended solely "
                  "for the use of the individual or entity to whom they are addressed. If you have received this "
                  "e-mail in error please notify the sender and delete it.")


# ==============================================================================================
# POSITIVES
# ==============================================================================================
def case01():
    cid = "b202-01-tr1-tomorrow-body-only"
    sent = at(IST, 2026, 3, 11, 16, 42, 10, weekday="Wednesday")
    start = at(IST, 2026, 3, 12, 11, 30)
    assert start.date() == sent.date() + timedelta(days=1)
    assert_wd(start, IST, "Thursday")
    end = at(IST, 2026, 3, 12, 12, 15)
    t = teams(cid)
    divya = ("Divya Shetty", "divya.shetty@vardhaninfotech.example")
    body = f"""Dear Vignesh,

Greetings from Vardhan Infotech Services!

With reference to your application on Naukri and our telephonic discussion today, we are pleased to inform you that your profile has been shortlisted for the Technical Round 1 (TR1) for the position of Senior Test Engineer – Automation (Selenium + Java) for our Bangalore (Electronic City) location.

PFB the interview details:

Round        : TR1 – Technical (Virtual)
Date         : Tomorrow (Thursday)
Time         : 11:30 AM to 12:15 PM IST
Mode         : Microsoft Teams
Teams link   : {t['url']}
Meeting ID   : {t['id']}  |  Passcode: {t['pass']}
Panel        : Mr. Harish Gowda, Test Architect – QA CoE

Kindly revert with your confirmation at the earliest along with the below details:
1. Current CTC / Expected CTC
2. Notice period (official and negotiable)
3. Updated CV in Word format

Please join 10 mins prior to the scheduled time from a laptop with good internet connectivity and keep your camera switched on throughout the discussion. Keep any one Government ID proof handy for verification.

Thanks & Regards,
Divya Shetty
Senior Executive – Talent Acquisition
Vardhan Infotech Services Pvt. Ltd.
Electronic City Phase 1, Bengaluru – 560100
M: +91 98450 21377

{SIG_DISCLAIMER}
"""
    m, _ = outlook_mail(seed=cid, date=sent.astimezone(UTC), frm=divya, to=[(OWNER_NAME, OWNER)],
                        subject="Interview Schedule | TR1 | Senior Test Engineer – Automation | Vardhan Infotech | Bangalore",
                        body=body)
    add_case(cid, {"01-vardhan-tr1-schedule.eml": m},
             [iv("Vardhan Infotech Services", "Senior Test Engineer - Automation (Selenium + Java)", start, end,
                 "scheduled", [], [divya[1]], "technical")],
             "medium", "positive/body-only-relative-date",
             "Recruiter mail only (Outlook, QP). 'Tomorrow (Thursday)' resolved against the Date header "
             "(Wed 11 Mar 2026 11:12 UTC = 16:42 IST) -> Thu 12 Mar 11:30-12:15 IST. Panelist named without "
             "an address, so no interviewer_emails; follow-up goes to the recruiter.")


def case02():
    cid = "b202-02-tr1-then-tr2-two-interviews"
    farhana = ("Farhana Begum", "farhana.begum@godavaridigital.example")
    naveen = ("Naveen Reddy", "naveen.reddy@godavaridigital.example")
    abhishek = ("Abhishek Jain", "abhishek.jain@godavaridigital.example")
    files = {}
    # TR1 invite
    s1 = at(IST, 2026, 3, 17, 14, 30, weekday="Tuesday")
    e1 = at(IST, 2026, 3, 17, 15, 30)
    d1 = at(UTC, 2026, 3, 13, 5, 35, 12)
    assert_wd(d1, IST, "Friday")
    t1 = teams(cid + "tr1")
    subj1 = "Godavari Digital Labs | TR1 | SDET II | Vignesh Ramanathan"
    body1 = f"""Hi Vignesh,

As discussed over call, your TR1 for the SDET II (QA Platform) role has been scheduled with Naveen Reddy (Staff SDET). The discussion will be around Java, Selenium/RestAssured framework design, TestNG and a hands-on coding problem, so kindly keep an IDE ready and be prepared to share your screen.

Please accept the invite to confirm.

Regards,
Farhana Begum
Talent Acquisition | Godavari Digital Labs
Hitec City, Hyderabad

{teams_text(t1, 'old')}"""
    cal1 = exchange_cal(method="REQUEST", tzname="India Standard Time", start=s1, end=e1,
                        uid=exchange_uid(cid + "tr1"), summary=subj1, organizer=farhana,
                        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                   (naveen[0], naveen[1], "REQ-PARTICIPANT", "NEEDS-ACTION")],
                        description=body1, location="Microsoft Teams Meeting", dtstamp=d1, teams_url=t1["url"])
    when1 = f"{long_date_us(s1, IST)} {ampm(s1)}-{ampm(e1)} (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi."
    m1, id1 = outlook_invite(seed=cid + "tr1", date=d1, frm=farhana, to=[(OWNER_NAME, OWNER), naveen],
                             subject=subj1, when_line=when1, body=body1, cal=cal1)
    files["01-invite-tr1-sdet2.eml"] = m1
    # TR1 cleared mail
    d2 = at(IST, 2026, 3, 18, 10, 20, 33, weekday="Wednesday")
    s2 = at(IST, 2026, 3, 20, 11, 0, weekday="Friday")
    e2 = at(IST, 2026, 3, 20, 12, 0)
    body2 = f"""Hi Vignesh,

Good news – you have cleared TR1. Naveen's feedback was positive, especially on the framework design part.

We would like to move ahead with TR2 on Friday, 20th March at 11:00 AM IST with Abhishek Jain (Principal SDET). This round will be for 1 hour and will focus on test strategy, CI/CD (Jenkins, GitHub Actions), API automation at scale and a system-level testing scenario. I am sending a separate Teams invite for the same.

Kindly accept the invite and revert if the timing is not suitable.

Regards,
Farhana Begum
Talent Acquisition | Godavari Digital Labs

________________________________
From: Farhana Begum <{farhana[1]}>
Sent: Friday, March 13, 2026 11:05 AM
To: Vignesh Ramanathan <{OWNER}>; Naveen Reddy <{naveen[1]}>
Subject: {subj1}
When: {when1}
Where: Microsoft Teams Meeting
"""
    m2, id2 = outlook_mail(seed=cid + "mail", date=d2.astimezone(UTC), frm=farhana, to=[(OWNER_NAME, OWNER)],
                           subject="RE: " + subj1, body=body2, in_reply_to=id1, references=id1)
    files["02-tr1-cleared-tr2-next.eml"] = m2
    # TR2 invite
    d3 = at(UTC, 2026, 3, 18, 4, 58, 40)
    t2 = teams(cid + "tr2")
    subj3 = "Godavari Digital Labs | TR2 | SDET II | Vignesh Ramanathan"
    body3 = f"""Hi Vignesh,

PFB the Teams invite for your TR2 with Abhishek Jain (Principal SDET).

Regards,
Farhana

{teams_text(t2, 'old')}"""
    cal3 = exchange_cal(method="REQUEST", tzname="India Standard Time", start=s2, end=e2,
                        uid=exchange_uid(cid + "tr2"), summary=subj3, organizer=farhana,
                        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                   (abhishek[0], abhishek[1], "REQ-PARTICIPANT", "NEEDS-ACTION")],
                        description=body3, location="Microsoft Teams Meeting", dtstamp=d3, teams_url=t2["url"])
    when3 = f"{long_date_us(s2, IST)} {ampm(s2)}-{ampm(e2)} (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi."
    m3, _ = outlook_invite(seed=cid + "tr2", date=d3, frm=farhana, to=[(OWNER_NAME, OWNER), abhishek],
                           subject=subj3, when_line=when3, body=body3, cal=cal3)
    files["03-invite-tr2-sdet2.eml"] = m3
    add_case(cid, files, [
        iv("Godavari Digital Labs", "SDET II (QA Platform)", s1, e1, "scheduled", [naveen[1]], [naveen[1]], "technical"),
        iv("Godavari Digital Labs", "SDET II (QA Platform)", s2, e2, "scheduled", [abhishek[1]], [abhishek[1]], "technical"),
    ], "medium", "positive/two-interviews",
        "Two separate Exchange/Teams invites (Windows TZID 'India Standard Time'): TR1 Tue 17 Mar 14:30-15:30 IST "
        "with Naveen Reddy, then after a 'cleared TR1' mail, TR2 Fri 20 Mar 11:00-12:00 IST with Abhishek Jain. "
        "Different days -> two interviews, not a loop. The TR2 mail and TR2 invite are one interview. "
        "Recruiter Farhana only schedules.")


def case03():
    cid = "b202-03-virtual-drive-booked-slot"
    dom = "sahyadrisystems.example"
    noreply = ("Sahyadri Systems Careers", f"careers-noreply@{dom}")
    snehal = "snehal.patil@" + dom
    start = at(IST, 2026, 3, 21, 10, 30, weekday="Saturday")
    end = at(IST, 2026, 3, 21, 11, 15)
    w = webex(cid)
    booking = "SSVD-QA-0321-0417"
    d1 = at(IST, 2026, 3, 16, 21, 14, 2, weekday="Monday")
    text1 = f"""Hi Vignesh Ramanathan,

Thank you for registering for the Sahyadri Systems Virtual Hiring Drive – QA Automation & Manual Testing (3–7 years), Pune.

Your interview slot has been booked successfully.

Booking ID   : {booking}
Position     : QA Automation Engineer – Pune
Round        : Technical Interview (TR1)
Date         : Saturday, 21 March 2026
Slot         : 10:30 AM – 11:15 AM (IST)
Platform     : Cisco Webex
Meeting link : {w['url']}
Meeting number: {w['number']}   Password: {w['pwd']}

Important instructions:
• Join the Webex meeting 10 minutes before your slot from a laptop/desktop with a working webcam.
• Keep your updated resume, PAN card and latest payslip ready.
• Candidates who clear TR1 will be informed about the further rounds by the drive coordinator.
• To change your slot, use Manage booking on the drive portal before 19 March 2026, 6:00 PM.

For any queries, write to our drive coordinator Snehal Patil ({snehal}) or call +91 20 6712 4480.

This is a system-generated e-mail. Please do not reply to this message.

Team Talent Acquisition
Sahyadri Systems Ltd., Hinjewadi Phase 2, Pune
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Sahyadri Systems//Drive Scheduler 3.2//EN",
               "METHOD:PUBLISH", "BEGIN:VEVENT", f"UID:{booking}@drive.{dom}", f"DTSTAMP:{zulu(d1)}",
               f"DTSTART:{zulu(start)}", f"DTEND:{zulu(end)}",
               "SUMMARY:Sahyadri Systems Virtual Drive – TR1 (QA Automation Engineer)",
               "DESCRIPTION:" + esc(f"Booking ID: {booking}\nTechnical Interview (TR1) – QA Automation Engineer – Pune\n"
                                    f"Webex: {w['url']}\nMeeting number: {w['number']}\nPassword: {w['pwd']}\n"
                                    f"Queries: {snehal}"),
               f"LOCATION:{esc(w['url'])}", f"ORGANIZER;CN=Sahyadri Systems Careers:mailto:{noreply[1]}",
               f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
               "STATUS:CONFIRMED", "SEQUENCE:0", "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder",
               "TRIGGER:-PT30M", "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    m1, _ = platform_mail(seed=cid + "1", date=d1.astimezone(UTC), frm=noreply, to=[(OWNER_NAME, OWNER)],
                          subject="Slot confirmed: Virtual Hiring Drive – QA Automation (Pune) | Sat, 21 Mar 2026, 10:30 AM IST",
                          text=text1, html_text=plain_html(text1), domain=dom,
                          attach=("interview-slot.ics", cal, "PUBLISH"))
    d2 = at(IST, 2026, 3, 20, 18, 0, 5, weekday="Friday")
    assert (start.date() - d2.date()).days == 1
    text2 = f"""Hi Vignesh,

This is a gentle reminder that your TR1 slot for the Sahyadri Systems Virtual Hiring Drive is tomorrow.

Slot       : 10:30 AM – 11:15 AM IST
Booking ID : {booking}
Join link  : {w['url']}

Please be online 10 minutes early. If you face any issue joining, write to {snehal}.

All the best!
Team Talent Acquisition, Sahyadri Systems

This is a system-generated e-mail. Please do not reply to this message.
"""
    m2, _ = platform_mail(seed=cid + "2", date=d2, frm=noreply, to=[(OWNER_NAME, OWNER)],
                          subject="Reminder: Your interview slot is tomorrow – Sahyadri Systems Virtual Drive",
                          text=text2, html_text=plain_html(text2), domain=dom, cte="base64")
    add_case(cid, {"01-slot-confirmed.eml": m1, "02-reminder-tomorrow.eml": m2},
             [iv("Sahyadri Systems", "QA Automation Engineer", start, end, "scheduled", [], [snehal], "technical")],
             "medium", "positive/virtual-drive-booked-slot",
             "Virtual drive with a BOOKED slot (booking ID, fixed 10:30-11:15 IST Webex slot) = interview. "
             "Confirmation mail + .ics (UTC times 05:00Z-05:45Z) + base64 reminder 'tomorrow' are one interview. "
             "Sender is no-reply; follow-up goes to the named drive coordinator given in the text.")


def case04():
    cid = "b202-04-us-manager-eastern-after-dst"
    megan = ("Megan Thornton", "megan.thornton@bluefinch.example")
    priya = ("Priya Menon", "priya.menon@bluefinch.example")
    start = at(ET, 2026, 3, 10, 9, 0, weekday="Tuesday")
    end = at(ET, 2026, 3, 10, 9, 45)
    assert_offset(start, ET, "-0400")  # US DST started Sun 8 Mar 2026
    assert start.astimezone(IST).strftime("%H:%M") == "18:30"
    d1 = at(ET, 2026, 3, 5, 9, 12, 44, weekday="Thursday")
    assert_offset(d1, ET, "-0500")
    subj1 = "Bluefinch – QA Lead (Data Platform) – next step"
    body1 = """Hi Vignesh,

Priya from our Hyderabad talent team shared your profile and the notes from your screening call – thanks for making the time. I lead the Data Platform quality team here in Boston and I'm hiring the QA Lead who will anchor the team in our Hyderabad center.

I'd like to set up a 45-minute conversation with you, mostly about how you've built ETL/data validation suites and how you work with distributed teams. Would Tuesday, March 10 at 9:00 AM Eastern work? I realize that's evening for you in Chennai – if it doesn't, send me a couple of options that suit you.

Best,
Megan

--
Megan Thornton
Director, Quality Engineering – Data Platform
Bluefinch Analytics | Boston, MA
"""
    m1, id1 = gmail_mail(seed=cid + "1", date=d1, frm=megan, to=[(OWNER_NAME, OWNER)], cc=[priya],
                         subject=subj1, body=body1)
    reply_at = at(IST, 2026, 3, 5, 21, 5, 0)
    reply_id = gmail_msgid(cid + "reply")
    d2 = at(ET, 2026, 3, 5, 11, 31, 2)
    d1_ist = d1.astimezone(IST)
    quoted1 = "\n".join(">> " + l if l else ">>" for l in body1.rstrip("\n").split("\n"))
    body2 = f"""Great – thanks for double-checking the time change, Vignesh. 6:30 PM IST it is. I'll send the calendar invite shortly.

Megan

On Thu, Mar 5, 2026 at {ampm(reply_at, ET)} Vignesh Ramanathan <{OWNER}> wrote:
> Hi Megan,
>
> Thank you for the opportunity. Tuesday, March 10 at 9:00 AM Eastern works for me.
> Just to be sure on the time difference – since US clocks move forward this
> Sunday (March 8), that will be 6:30 PM IST on my side and not 7:30 PM.
> Kindly send the invite and I will be available.
>
> Thanks & regards,
> Vignesh Ramanathan
> {OWNER_MOBILE}
>
> On Thu, 5 Mar 2026 at {d1_ist.strftime('%H:%M')}, Megan Thornton <{megan[1]}> wrote:
{quoted1}
"""
    m2, id2 = gmail_mail(seed=cid + "2", date=d2, frm=megan, to=[(OWNER_NAME, OWNER)], cc=[priya],
                         subject="Re: " + subj1, body=body2, in_reply_to=reply_id,
                         references=f"{id1}\n {reply_id}")
    # Google Calendar invitation
    d3 = at(UTC, 2026, 3, 5, 16, 33, 10)
    gid = hx(cid, "gcal", n=26)
    meet = "https://meet.google.com/" + "-".join([halnum(cid, "m1", n=3).lower(), halnum(cid, "m2", n=4).lower(), halnum(cid, "m3", n=3).lower()])
    title = "Vignesh Ramanathan <> Megan Thornton (QA Lead, Data Platform)"
    desc = ("Conversation with Megan Thornton (Director, Quality Engineering - Data Platform) about the QA Lead role "
            "in our Hyderabad center. 45 min.")
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
               "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
               f"DTSTART:{zulu(start)}", f"DTEND:{zulu(end)}", f"DTSTAMP:{zulu(d3)}",
               f"ORGANIZER;CN={megan[0]}:mailto:{megan[1]}", f"UID:{gid}@google.com",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={megan[0]};X-NUM-GUESTS=0:mailto:{megan[1]}",
               f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER};X-NUM-GUESTS=0:mailto:{OWNER}",
               f"X-GOOGLE-CONFERENCE:{meet}", f"CREATED:{zulu(d3)}",
               "DESCRIPTION:" + esc(desc + f"\n\nJoin with Google Meet: {meet}\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720"),
               f"LAST-MODIFIED:{zulu(d3)}", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
               f"SUMMARY:{esc(title)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"], nl="\n")
    when = f"{gdate(start, ET)} ⋅ {gtime(start, ET)} – {gtime(end, ET)} (Eastern Time - New York)"
    text3 = f"""{title}
{when}

Join with Google Meet
{meet}

{desc}

Guests
{megan[0]} - organizer
{OWNER}
View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={hx(cid, 'eid', n=40)}

Reply for {OWNER}

Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.

Forwarding this invitation could allow any recipient to send a response to the organizer, be added to the guest list, invite others regardless of their own invitation status, or modify your RSVP.
"""
    html3 = (f'<div style="font-family:Roboto,Helvetica,Arial,sans-serif"><h2>{html.escape(title)}</h2>'
             f"<p>{html.escape(when)}</p><p><a href=\"{meet}\">Join with Google Meet</a></p>"
             f"<p>{html.escape(desc)}</p><p>Guests<br>{megan[0]} - organizer<br>{OWNER}</p>"
             f"<p>Invitation from Google Calendar</p></div>\n")
    outer, inner = gmail_boundary(cid + "g1"), gmail_boundary(cid + "g2")
    alt = multi("alternative", inner, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text3, "base64"),
        leaf('text/html; charset="UTF-8"', html3, "quoted-printable"),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal, "7bit"),
    ])
    att = leaf('application/ics; name="invite.ics"', cal.replace("\n", "\r\n"), "base64",
               extra=[("Content-Disposition", 'attachment; filename="invite.ics"')])
    root = multi("mixed", outer, [alt, att])
    top = [("Delivered-To", OWNER),
           ("Received", f"by mx1.example.com with SMTP id {hx(cid, 'g3', n=14)};\n        {rfc(d3)}"),
           ("Return-Path", f"<{megan[1]}>"),
           ("Reply-To", addr(*megan)), ("Sender", "Google Calendar <calendar-notification@google.com>"),
           ("Message-ID", f"<calendar-{guid(cid, 'gmsg')}@google.com>"), ("Date", rfc(d3)),
           ("Subject", subj(f"Invitation: {title} @ {gdate(start, ET)} {gtime(start, ET)} - {gtime(end, ET)} (EDT) ({OWNER})")),
           ("From", addr(*megan)), ("To", OWNER)]
    m3 = message(top, root)
    add_case(cid, {"01-megan-intro.eml": m1, "02-re-time-confirmed.eml": m2, "03-invitation-google.eml": m3},
             [iv("Bluefinch Analytics", "QA Lead (Data Platform)", start, end, "scheduled",
                 [megan[1]], [megan[1]], "hiring_manager")],
             "hard", "positive/us-eastern-dst",
             "US hiring manager proposes 'Tuesday, March 10 at 9:00 AM Eastern' in a mail sent on Mar 5 while still "
             "EST (-05:00); the interview falls after US DST (Mar 8) so it is 09:00 EDT = 13:00Z = 18:30 IST (not "
             "19:30). Thread + Google invite (UTC times) are one interview. Priya (TA) is only cc'd.")


def case05():
    cid = "b202-05-pacific-mr-crosses-midnight"
    ramya = ("Ramya Krishnan", "ramya.krishnan@corvanehealth.example")
    daniel = ("Daniel Ortiz", "daniel.ortiz@corvanehealth.example")
    start = at(PT, 2026, 3, 25, 19, 30, weekday="Wednesday")
    end = at(PT, 2026, 3, 25, 20, 30)
    assert_offset(start, PT, "-0700")
    assert_wd(start, IST, "Thursday")
    assert start.astimezone(IST).strftime("%H:%M") == "08:00"
    d1 = at(IST, 2026, 3, 23, 14, 5, 51, weekday="Monday")
    role = "Senior QA Engineer – Mobile"
    body1 = f"""Hi Vignesh,

Thanks for your patience. As discussed, your MR (Managerial Round) for the {role} position will be with Daniel Ortiz, Director – Quality Engineering, who is based out of our San Jose office.

Since Daniel is in Pacific time, the discussion is planned for his evening, which is Thursday, 26th March, 8:00 AM IST on your side. Duration is 1 hour on Teams. Daniel will send the invite directly from his calendar, so the invite will show Wednesday evening Pacific time – please don't get confused.

Kindly do the needful and accept the invite once received.

Thanks & Regards,
Ramya Krishnan
Talent Acquisition – India | Corvane Health
Bagmane Tech Park, Bengaluru
"""
    m1, id1 = gmail_mail(seed=cid + "1", date=d1, frm=ramya, to=[(OWNER_NAME, OWNER)],
                         subject=f"Corvane Health | MR round with Daniel | {role}", body=body1)
    d2 = at(UTC, 2026, 3, 23, 16, 12, 9)
    t = teams(cid)
    subj2 = f"MR: Vignesh Ramanathan – {role}"
    body2 = f"""Hi Vignesh,

Looking forward to chatting. We'll talk through your experience leading mobile test automation (Appium, device farms), how you make release go/no-go calls, and how you'd grow the Bengaluru QA team.

Thanks,
Daniel

{teams_text(t, 'new')}"""
    cal = exchange_cal(method="REQUEST", tzname="Pacific Standard Time", start=start, end=end,
                       uid=exchange_uid(cid), summary=subj2, organizer=daniel,
                       attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                  (ramya[0], ramya[1], "OPT-PARTICIPANT", "NEEDS-ACTION")],
                       description=body2, location="Microsoft Teams Meeting", dtstamp=d2, teams_url=t["url"])
    when = f"{long_date_us(start, PT)} {ampm(start)}-{ampm(end)} (UTC-08:00) Pacific Time (US & Canada)."
    m2, _ = outlook_invite(seed=cid, date=d2, frm=daniel, to=[(OWNER_NAME, OWNER)], cc=[ramya],
                           subject=subj2, when_line=when, body=body2, cal=cal)
    add_case(cid, {"01-ramya-mr-details.eml": m1, "02-daniel-outlook-invite.eml": m2},
             [iv("Corvane Health", "Senior QA Engineer - Mobile", start, end, "scheduled",
                 [daniel[1]], [daniel[1]], "hiring_manager")],
             "hard", "positive/us-pacific-date-crossing",
             "MR (managerial round) with a US manager. Invite: Wed 25 Mar 19:30-20:30 'Pacific Standard Time' "
             "(display label says UTC-08:00 but PDT -07:00 applies after Mar 8) = Thu 26 Mar 08:00-09:00 IST, which "
             "the recruiter also states. Recruiter is an optional attendee, not an interviewer.")


def case06():
    cid = "b202-06-hr-round-phone-day-after"
    sowmya = ("Sowmya Rao", "sowmya.rao@ledgerline.example")
    sent = at(IST, 2026, 3, 30, 12, 20, 17, weekday="Monday")
    start = at(IST, 2026, 4, 1, 15, 0)
    assert start.date() == sent.date() + timedelta(days=2)
    assert_wd(start, IST, "Wednesday")
    end = start + timedelta(minutes=30)
    body = f"""Hi Vignesh,

Greetings from Ledgerline!

Congratulations on clearing the technical and managerial rounds for the Senior QA Engineer – Payments position. As the final step we have the HR round, which will be a telephonic discussion with me.

I will call you on your registered mobile number ({OWNER_MOBILE}) day after tomorrow at 3:00 PM. It should take around 30 minutes. We will discuss your current and expected CTC, notice period, reason for change, and the documents required for the offer process.

Kindly keep the following ready:
- Last 3 months' payslips
- Current offer letter / latest appraisal letter
- Details of any other offer in hand (if applicable)

In case the timing doesn't suit you, kindly revert with a convenient slot.

Warm regards,
Sowmya Rao
HR Business Partner – Talent Acquisition
Ledgerline Payments Pvt. Ltd. | Koramangala, Bengaluru
"""
    m, _ = gmail_mail(seed=cid, date=sent, frm=sowmya, to=[(OWNER_NAME, OWNER)],
                      subject="HR Round – Senior QA Engineer (Payments) – Ledgerline", body=body)
    add_case(cid, {"01-ledgerline-hr-round.eml": m},
             [iv("Ledgerline Payments", "Senior QA Engineer - Payments", start, end, "scheduled",
                 [sowmya[1]], [sowmya[1]], "phone_screen")],
             "medium", "positive/hr-round-phone",
             "HR round by phone is still a live interview step (CTC/notice discussion before an offer, not an offer). "
             "'Day after tomorrow at 3:00 PM' from Mon 30 Mar 12:20 IST -> Wed 1 Apr 15:00 IST; 'around 30 minutes' "
             "-> end 15:30. The HR person conducts the call, so she is the interviewer. kind is debatable "
             "(phone_screen vs other); phone_screen chosen because it is a recruiter/HR phone call.")


def case07():
    cid = "b202-07-f2f-pune-same-day-rounds"
    dom = "deccansoftworks.example"
    aniket = ("Aniket Joshi", f"aniket.joshi@{dom}")
    sandeep = ("Sandeep Kale", f"sandeep.kale@{dom}")
    neha = ("Neha Bhosale", f"neha.bhosale@{dom}")
    sent = at(IST, 2026, 4, 7, 17, 48, 22, weekday="Tuesday")
    day = (2026, 4, 11)
    start = at(IST, *day, 10, 0, weekday="Saturday")
    end = at(IST, *day, 13, 30)
    body = f"""Dear Vignesh,

Thank you for your time for the virtual TR1 last week. We are happy to inform you that you have been shortlisted for the final F2F rounds at our Pune office for the Test Lead – ETL / Data Warehouse Testing position.

PFB the schedule for Saturday, 11th April 2026:

Reporting time      : 9:30 AM at the 5th floor reception (visitor pass and document check)
10:00 AM – 11:00 AM : TR2 – Sandeep Kale, Associate Director – Data QA
11:15 AM – 12:00 PM : MR – Neha Bhosale, Delivery Manager
12:00 PM – 01:00 PM : Lunch (arranged by us)
01:00 PM – 01:30 PM : HR round – Aniket Joshi

Venue:
Deccan Softworks Pvt. Ltd.
5th Floor, Pinnacle Tech Park, Baner Road, Pune – 411045
Contact on the day: Aniket – +91 98221 40563

Travel: Your train/flight tickets from Chennai will be reimbursed as per company policy – please keep the tickets and boarding passes. Kindly carry two copies of your updated resume, a Government photo ID, and your educational and experience certificates (originals + one set of photocopies).

Kindly revert with your confirmation by tomorrow EOD so that we can arrange the visitor pass.

Regards,
Aniket Joshi
Lead – Talent Acquisition
Deccan Softworks Pvt. Ltd., Pune
"""
    m, _ = outlook_mail(seed=cid, date=sent.astimezone(UTC), frm=aniket, to=[(OWNER_NAME, OWNER)],
                        cc=[sandeep, neha],
                        subject="F2F Interview Invitation – Test Lead (ETL/DWH) – Deccan Softworks, Pune – Sat 11 Apr",
                        body=body, html_cte="base64")
    add_case(cid, {"01-deccan-f2f-schedule.eml": m},
             [iv("Deccan Softworks", "Test Lead - ETL / Data Warehouse Testing", start, end, "scheduled",
                 [sandeep[1], neha[1], aniket[1]], [sandeep[1], neha[1], aniket[1]], "onsite")],
             "medium", "positive/f2f-onsite-loop",
             "Same-day F2F loop (TR2, MR, lunch, HR) = ONE onsite from the first session's start (10:00, not the "
             "9:30 reporting time) to the last session's end (13:30). The recruiter conducts the HR round, so he is "
             "an interviewer too. HTML part is base64.")


def webex_mail(*, seed, date, host, subject, intro, start, end, w, cal, changed=False):
    """Cisco Webex meeting invitation as sent by messenger@webex.com on behalf of the host."""
    mins = int((end - start).total_seconds() // 60)
    dur = "1 hr" if mins == 60 else f"{mins} mins"
    text = f"""{intro}

{host[0]} {'changed the Webex meeting information.' if changed else 'invites you to join this Webex meeting.'}

Meeting number (access code): {w['number']}
Meeting password: {w['pwd']}

{long_date_us(start, IST)}
{ampm(start, IST)}  |  (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi  |  {dur}

Join meeting
{w['url']}

Join by video system
Dial {w['digits']}@meetingsapac12.webex.com
You can also dial 210.4.202.4 and enter your meeting number.

Join by phone
+91-22-6480-0114 India toll (Mumbai)
+91-80-4680-0114 India toll (Bangalore)
Access code: {w['number']}

If you are a host, click here to view host information.

Need help? Go to https://help.webex.com
"""
    alt = multi("alternative", "wx_alt_" + hx(seed, "a", n=16), [
        leaf('text/plain; charset="UTF-8"', text, "quoted-printable"),
        leaf('text/html; charset="UTF-8"', plain_html(text, "Arial"), "quoted-printable"),
    ])
    att = leaf('text/calendar; charset="UTF-8"; method=REQUEST; name="WebexMeeting.ics"', cal, "base64",
               extra=[("Content-Disposition", 'attachment; filename="WebexMeeting.ics"')])
    root = multi("mixed", "wx_mix_" + hx(seed, "m", n=16), [alt, att])
    msgid = f"<{hdig(seed, 'wm', n=13)}.{hx(seed, 'wm', n=12)}@meetingsapac12.webex.com>"
    top = [("Delivered-To", OWNER),
           ("Received", f"from mail-apac12.webex.com (mail-apac12.webex.com [66.163.52.{int(hdig(seed, 'ip', n=2))}])\n"
                        f"        by mx1.example.com with ESMTPS id {hx(seed, 'esmtp', n=12)}\n"
                        f"        for <{OWNER}>; {rfc(date)}"),
           ("From", f'"{host[0]} via Webex" <messenger@webex.com>'), ("Reply-To", addr(*host)),
           ("To", addr(OWNER_NAME, OWNER)), ("Subject", subj(subject)), ("Date", rfc(date)),
           ("Message-ID", msgid), ("X-Mailer", "Webex Meetings")]
    return message(top, root), msgid


def webex_cal(*, uid, seq, start, end, summary, host, attendees, w, dtstamp, extra_desc=""):
    desc = (f"{extra_desc}Join meeting: {w['url']}\nMeeting number (access code): {w['number']}\n"
            f"Meeting password: {w['pwd']}\n")
    L = ["BEGIN:VCALENDAR", "PRODID:-//Cisco Systems Inc.//Webex Meetings//EN", "VERSION:2.0", "METHOD:REQUEST",
         "BEGIN:VTIMEZONE", "TZID:India Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T000000",
         "TZOFFSETFROM:+0530", "TZOFFSETTO:+0530", "END:STANDARD", "END:VTIMEZONE",
         "BEGIN:VEVENT", f"ORGANIZER;CN={host[0]}:mailto:{host[1]}"]
    for name, a in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{a}")
    L += [f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{zulu(dtstamp)}",
          f"DTSTART;TZID=India Standard Time:{loc(start, IST)}", f"DTEND;TZID=India Standard Time:{loc(end, IST)}",
          f"SUMMARY:{esc(summary)}", f"LOCATION:{esc(w['url'])}", f"URL:{w['url']}",
          "DESCRIPTION:" + esc(desc), "STATUS:CONFIRMED", "TRANSP:OPAQUE", "CLASS:PUBLIC",
          "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
          "END:VEVENT", "END:VCALENDAR"]
    return ics(L)


def case08():
    cid = "b202-08-webex-tr1-rescheduled"
    dom = "kestrelpoint.example"
    keerthana = ("Keerthana Iyer", f"keerthana.iyer@{dom}")
    pavan = ("Pavan Kumar Reddy", f"pavan.reddy@{dom}")
    role = "Performance Test Engineer (JMeter / LoadRunner)"
    s0 = at(IST, 2026, 3, 17, 15, 0, weekday="Tuesday")
    e0 = s0 + timedelta(hours=1)
    s1 = at(IST, 2026, 3, 19, 16, 30, weekday="Thursday")
    e1 = s1 + timedelta(hours=1)
    w = webex(cid)
    uid = f"{hx(cid, 'wuid', n=32)}@webex.com"
    files = {}
    d1 = at(IST, 2026, 3, 13, 15, 22, 40, weekday="Friday")
    subj1 = "Kestrelpoint | TR1 confirmation | Performance Test Engineer"
    body1 = f"""Hi Vignesh,

Thank you for confirming your availability. Your TR1 for the {role} position is fixed for Tuesday, 17-Mar-2026 at 3:00 PM IST with Pavan Kumar Reddy (Senior Performance Architect, {pavan[1]}). The round will be for 1 hour on Webex.

You will receive the Webex invite separately from my account. Kindly join from a laptop, as you may be asked to walk through one of your JMeter scripts and an analysis report.

Regards,
Keerthana Iyer
Recruitment Team | Kestrelpoint Technologies | Hyderabad
"""
    m1, id1 = outlook_mail(seed=cid + "1", date=d1.astimezone(UTC), frm=keerthana, to=[(OWNER_NAME, OWNER)],
                           cc=[pavan], subject=subj1, body=body1)
    files["01-tr1-confirmation.eml"] = m1
    d2 = at(UTC, 2026, 3, 13, 9, 58, 31)
    wsubj = f"TR1 – Performance Test Engineer – {OWNER_NAME}"
    cal0 = webex_cal(uid=uid, seq=0, start=s0, end=e0, summary=wsubj, host=keerthana,
                     attendees=[(OWNER_NAME, OWNER), pavan], w=w, dtstamp=d2)
    m2, _ = webex_mail(seed=cid + "2", date=d2, host=keerthana, subject=f"Webex meeting invitation: {wsubj}",
                       intro=f"Hi Vignesh, PFB the Webex details for your TR1 with Pavan.", start=s0, end=e0, w=w, cal=cal0)
    files["02-webex-invitation.eml"] = m2
    d3 = at(IST, 2026, 3, 16, 18, 10, 2, weekday="Monday")
    quoted = "\n".join(body1.rstrip("\n").split("\n"))
    body3 = f"""Hi Vignesh,

Apologies for the short notice. Pavan has been pulled into a production issue and will not be available tomorrow. We have rescheduled your TR1 to Thursday (19-Mar) at 4:30 PM IST, same Webex link and same panel. The updated invite will reach you shortly.

Sorry for the inconvenience caused. Kindly confirm your availability.

Regards,
Keerthana

-----Original Message-----
From: Keerthana Iyer <{keerthana[1]}>
Sent: Friday, March 13, 2026 3:22 PM
To: Vignesh Ramanathan <{OWNER}>
Cc: Pavan Kumar Reddy <{pavan[1]}>
Subject: {subj1}

{quoted}
"""
    m3, _ = outlook_mail(seed=cid + "3", date=d3.astimezone(UTC), frm=keerthana, to=[(OWNER_NAME, OWNER)],
                         cc=[pavan], subject="RE: " + subj1, body=body3, in_reply_to=id1, references=id1,
                         importance="high")
    files["03-re-rescheduled-thursday.eml"] = m3
    d4 = at(UTC, 2026, 3, 16, 12, 47, 5)
    cal1 = webex_cal(uid=uid, seq=1, start=s1, end=e1, summary=wsubj, host=keerthana,
                     attendees=[(OWNER_NAME, OWNER), pavan], w=w, dtstamp=d4,
                     extra_desc="Rescheduled from Tue 17-Mar 3:00 PM.\n")
    m4, _ = webex_mail(seed=cid + "4", date=d4, host=keerthana, subject=f"Webex meeting changed: {wsubj}",
                       intro="Meeting time updated as discussed.", start=s1, end=e1, w=w, cal=cal1, changed=True)
    files["04-webex-meeting-changed.eml"] = m4
    add_case(cid, files,
             [iv("Kestrelpoint Technologies", role, s1, e1, "scheduled", [pavan[1]], [pavan[1]], "technical")],
             "medium", "positive/reschedule",
             "Webex TR1 booked for Tue 17 Mar 15:00 IST, moved by recruiter mail to 'Thursday (19-Mar) at 4:30 PM IST' "
             "and by a Webex update with the same UID and SEQUENCE:1. One interview at the final time 16:30-17:30. "
             "Webex sender messenger@webex.com is never a follow-up recipient; interviewer is Pavan.")


def case09():
    cid = "b202-09-tr2-cancelled-position-on-hold"
    dom = "ananthacloud.example"
    bhavya = ("Bhavya Nair", f"bhavya.nair@{dom}")
    rajesh = ("Rajesh Subbaiah", f"rajesh.subbaiah@{dom}")
    start = at(IST, 2026, 4, 2, 11, 0, weekday="Thursday")
    end = at(IST, 2026, 4, 2, 12, 0)
    uid = exchange_uid(cid)
    t = teams(cid)
    subj0 = "TR2 | Automation Test Engineer – API | Vignesh Ramanathan"
    d1 = at(UTC, 2026, 3, 30, 6, 40, 12)
    body1 = f"""Hi Vignesh,

Congratulations on clearing TR1. PFB the Teams invite for your TR2 with Rajesh Subbaiah (QA Manager). Topics: Rest Assured, Postman collections, SQL and CI/CD integration of API suites.

Kindly accept the invite.

Regards,
Bhavya Nair
HR – Talent Acquisition | Anantha Cloud Solutions | Whitefield, Bengaluru

{teams_text(t, 'new')}"""
    att = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"), (rajesh[0], rajesh[1], "REQ-PARTICIPANT", "NEEDS-ACTION")]
    cal1 = exchange_cal(method="REQUEST", tzname="India Standard Time", start=start, end=end, uid=uid,
                        summary=subj0, organizer=bhavya, attendees=att, description=body1,
                        location="Microsoft Teams Meeting", dtstamp=d1, teams_url=t["url"])
    when = f"{long_date_us(start, IST)} {ampm(start)}-{ampm(end)} (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi."
    m1, id1 = outlook_invite(seed=cid + "1", date=d1, frm=bhavya, to=[(OWNER_NAME, OWNER), rajesh],
                             subject=subj0, when_line=when, body=body1, cal=cal1)
    d2 = at(UTC, 2026, 4, 1, 11, 2, 45)
    assert (start.date() - d2.astimezone(IST).date()).days == 1
    body2 = """Hi Vignesh,

Regret to inform you that the requirement for this position has been put on hold by our client, hence we are cancelling the TR2 scheduled for tomorrow. We will get back to you once the position reopens.

Sorry for the inconvenience caused.

Regards,
Bhavya Nair
HR – Talent Acquisition | Anantha Cloud Solutions
"""
    cal2 = exchange_cal(method="CANCEL", tzname="India Standard Time", start=start, end=end, uid=uid,
                        summary="Canceled: " + subj0, organizer=bhavya, attendees=att, description=body2,
                        location="Microsoft Teams Meeting", dtstamp=d2, seq=1, status="CANCELLED")
    m2, _ = outlook_invite(seed=cid + "2", date=d2, frm=bhavya, to=[(OWNER_NAME, OWNER), rajesh],
                           subject="Canceled: " + subj0, when_line=when, body=body2, cal=cal2,
                           method="CANCEL", importance="high")
    add_case(cid, {"01-invite-tr2.eml": m1, "02-canceled-tr2.eml": m2},
             [iv("Anantha Cloud Solutions", "Automation Test Engineer - API", start, end, "cancelled",
                 [rajesh[1]], [rajesh[1]], "technical")],
             "medium", "positive/cancellation",
             "Exchange TR2 invite then METHOD:CANCEL / STATUS:CANCELLED (same UID, SEQUENCE 1) because the "
             "requirement is on hold. Kept as one interview with status cancelled at its last time "
             "Thu 2 Apr 11:00-12:00 IST. Interviewer known (Rajesh), so follow-up goes to him.")


def case10():
    cid = "b202-10-gcal-api-tr1-appium"
    dom = "tilewave.example"
    nikhil = ("Nikhil Arora", f"nikhil.arora@{dom}")
    meenakshi = ("Meenakshi Sundar", f"meenakshi.s@{dom}")
    start = at(IST, 2026, 4, 6, 10, 0, weekday="Monday")
    end = at(IST, 2026, 4, 6, 11, 0)
    t = teams(cid)
    eid = hx(cid, "eid", n=26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{hdig(cid, 'etag', n=16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-04-01T09:15:22.000Z",
        "updated": "2026-04-02T05:41:09.318Z",
        "summary": "Tilewave | TR1 | SDET - Mobile Automation (Appium) | Vignesh Ramanathan",
        "description": ("Hi Vignesh,\n\nTR1 with Meenakshi Sundar (SDET Lead, Checkout). Expect a live coding exercise "
                        "in Java + Appium and questions on mobile test strategy and flaky test handling.\n\n"
                        f"Join on Microsoft Teams: {t['url']}\nMeeting ID: {t['id']}\nPasscode: {t['pass']}\n\n"
                        "Regards,\nNikhil Arora\nTalent Acquisition, Tilewave Commerce"),
        "location": "Microsoft Teams Meeting",
        "creator": {"email": nikhil[1], "displayName": nikhil[0]},
        "organizer": {"email": nikhil[1], "displayName": nikhil[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "Asia/Kolkata"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Asia/Kolkata"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": nikhil[1], "displayName": nikhil[0], "organizer": True, "responseStatus": "accepted"},
            {"email": meenakshi[1], "displayName": meenakshi[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "guestsCanModify": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    deleted = {"kind": "calendar#event", "etag": f"\"{hdig(cid, 'etag2', n=16)}\"", "id": hx(cid, "other", n=26),
               "status": "cancelled"}
    add_case(cid, {"01-tilewave-tr1.gcal.json": (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode(),
                   "02-deleted-event.gcal.json": (json.dumps(deleted, indent=2) + "\n").encode()},
             [iv("Tilewave Commerce", "SDET - Mobile Automation (Appium)", start, end, "scheduled",
                 [meenakshi[1]], [meenakshi[1]], "technical")],
             "easy", "positive/gcal-api-json",
             "Calendar API events: a confirmed TR1 (Asia/Kolkata, Teams link in the description) and an UNRELATED "
             "deleted event (different id, only id/status) that must not cancel it or create an interview.")


def case11():
    cid = "b202-11-consultant-forward-dd-mm"
    lavanya = ("Lavanya Sriram", "lavanya@sriramplacements.example")
    tejas = ("Tejas Kulkarni", "tejas.kulkarni@orbisure.example")
    omkar = "omkar.deshmukh@orbisure.example"
    rutuja = "rutuja.pawar@orbisure.example"
    start = at(IST, 2026, 4, 7, 12, 0, weekday="Tuesday")
    end = at(IST, 2026, 4, 7, 13, 0)
    assert datetime(2026, 7, 4).strftime("%A") != "Tuesday"  # MM-DD reading (4 July) contradicts the weekday
    inner_date = at(IST, 2026, 4, 1, 18, 47, weekday="Wednesday")
    sent = at(IST, 2026, 4, 2, 10, 15, 33, weekday="Thursday")
    t = teams(cid)
    body = f"""Hi Vignesh,

PFB the interview details shared by the client (Orbisure Insurance Technologies, Pune). Kindly be available on time and do the needful. Call me once the interview is done so that I can share the feedback with the client.

All the best!

Regards,
Lavanya Sriram
Sriram Placement Consultants, T. Nagar, Chennai
+91 94440 17826

---------- Forwarded message ---------
From: {tejas[0]} <{tejas[1]}>
Date: Wed, Apr 1, 2026 at {ampm(inner_date)}
Subject: Interview schedule - Vignesh R - Sr QA Analyst (Guidewire)
To: {lavanya[0]} <{lavanya[1]}>
Cc: Orbisure TA Pune <ta.pune@orbisure.example>


Hi Lavanya,

Please find below the TR1 schedule for your candidate. Request you to share the Teams link with the candidate and get the confirmation.

Candidate name : Vignesh Ramanathan
Position       : Senior QA Analyst – Guidewire PolicyCenter
Interview date : 07-04-2026 (Tuesday)
Time           : 12:00 PM to 01:00 PM IST
Mode           : MS Teams
Panel          : Omkar Deshmukh ({omkar}), Rutuja Pawar ({rutuja})
Teams link     : {t['url']}

Regards,
Tejas Kulkarni
HR – Talent Acquisition
Orbisure Insurance Technologies Pvt. Ltd., Kharadi, Pune
"""
    m, _ = gmail_mail(seed=cid, date=sent, frm=lavanya, to=[(OWNER_NAME, OWNER)],
                      subject="Fwd: Interview schedule - Vignesh R - Sr QA Analyst (Guidewire)", body=body)
    add_case(cid, {"01-fwd-client-schedule.eml": m},
             [iv("Orbisure Insurance Technologies", "Senior QA Analyst - Guidewire PolicyCenter", start, end,
                 "scheduled", [omkar, rutuja], [omkar, rutuja], "onsite")],
             "hard", "positive/forwarded-consultant",
             "Placement consultant forwards the client's schedule. Date written DD-MM '07-04-2026 (Tuesday)' = 7 Apr "
             "(4 Jul 2026 would be a Saturday). Company is the client (Orbisure), not the consultant. Two panelists "
             "-> kind onsite per the panel rule; both are interviewers and follow-up recipients; ta.pune@ is a "
             "group address.")


def case12():
    cid = "b202-12-standalone-ics-floating-ist"
    dom = "pranayatech.example"
    sai = ("Sai Charan Goud", f"saicharan.goud@{dom}")
    start = at(IST, 2026, 4, 9, 17, 30, weekday="Thursday")
    end = at(IST, 2026, 4, 9, 18, 30)
    w = webex(cid)
    desc = (f"Dear Candidate,\n\nYour TR2 (technical round) for the position of Senior Test Engineer (Manual + SQL), "
            f"Hyderabad, has been scheduled. All timings mentioned are in IST (Indian Standard Time).\n\n"
            f"Interviewer: {sai[0]}, QA Manager ({sai[1]})\nWebex: {w['url']}\nMeeting number: {w['number']} "
            f"| Password: {w['pwd']}\n\nFor rescheduling, write to hr.recruitment@{dom} at least 24 hours in advance.\n\n"
            f"Regards,\nHR Recruitment, Pranaya Logistics Tech")
    body = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Pranaya Logistics Tech//Interview Scheduler 1.4//EN",
                "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:intv-7731-{hx(cid, 'u', n=8)}@{dom}",
                "DTSTAMP:20260403T063012Z", f"DTSTART:{loc(start, IST)}", f"DTEND:{loc(end, IST)}",
                "SUMMARY:TR2 - Senior Test Engineer (Manual + SQL) - Vignesh Ramanathan",
                "DESCRIPTION:" + esc(desc),
                f"ORGANIZER;CN=Pranaya HR Recruitment:mailto:hr.recruitment@{dom}",
                f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{OWNER}",
                f"ATTENDEE;CN={sai[0]};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{sai[1]}",
                "LOCATION:Webex (link in description)", "STATUS:CONFIRMED", "SEQUENCE:0",
                "END:VEVENT", "END:VCALENDAR"])
    assert "TZID" not in body and "T173000Z" not in body
    add_case(cid, {"01-pranaya-tr2.ics": body.encode()},
             [iv("Pranaya Logistics Tech", "Senior Test Engineer (Manual + SQL)", start, end, "scheduled",
                 [sai[1]], [sai[1]], "technical")],
             "medium", "positive/standalone-ics-floating",
             "Standalone .ics from a home-grown scheduler with FLOATING DTSTART/DTEND (no TZID, no Z); the "
             "description says all timings are IST -> Thu 9 Apr 17:30-18:30 +05:30. Organizer is a group HR "
             "mailbox; interviewer Sai Charan is the follow-up recipient.")


def case13():
    cid = "b202-13-thread-slot-counter-proposal"
    dom = "nimbusora.example"
    pooja = ("Pooja Venkatesh", f"pooja.venkatesh@{dom}")
    arjun = ("Arjun Mehta", f"arjun.mehta@{dom}")
    start = at(IST, 2026, 4, 16, 12, 30, weekday="Thursday")
    end = at(IST, 2026, 4, 16, 13, 30)
    for d, wd in ((15, "Wednesday"), (16, "Thursday")):
        at(IST, 2026, 4, d, weekday=wd)
    t = teams(cid)
    subj1 = "Nimbusora – TR1 – QA Engineer (Playwright) – availability"
    d1 = at(IST, 2026, 4, 13, 10, 30, 12, weekday="Monday")
    body1 = """Hi Vignesh,

Your profile has been shortlisted for the QA Engineer – Automation (Playwright/TypeScript) position at Nimbusora, Bengaluru. The first technical round (TR1) will be a 1-hour virtual discussion on Teams.

Kindly revert with your preferred slot from the options below:
1) Wednesday, 15-Apr – 10:00 AM
2) Wednesday, 15-Apr – 4:00 PM
3) Thursday, 16-Apr – 11:30 AM

All timings are in IST.

Thanks,
Pooja Venkatesh
Talent Acquisition | Nimbusora Software
"""
    m1, id1 = gmail_mail(seed=cid + "1", date=d1, frm=pooja, to=[(OWNER_NAME, OWNER)], subject=subj1, body=body1)
    r1 = at(IST, 2026, 4, 13, 12, 10)
    r1_id = gmail_msgid(cid + "r1")
    q1 = "\n".join(">> " + l if l else ">>" for l in body1.rstrip("\n").split("\n"))
    vig1 = """Hi Pooja,

Thank you for the update. Slot 3 (Thursday, 16-Apr, 11:30 AM) works for me.
On Wednesday I have a release sign-off at office, so kindly consider Thursday.

Regards,
Vignesh"""
    qv1 = "\n".join("> " + l if l else ">" for l in vig1.split("\n"))
    d2 = at(IST, 2026, 4, 13, 15, 5, 48)
    body2 = f"""Hi Vignesh,

Thanks for the quick response. Unfortunately slot 3 got blocked for another candidate just now. Would Thursday 16-Apr at 12:30 PM work instead? The panel is available only from 12:30 PM on Thursday.

Thanks,
Pooja

On Mon, 13 Apr 2026 at {r1.strftime('%H:%M')}, Vignesh Ramanathan <{OWNER}> wrote:
{qv1}
>
> On Mon, 13 Apr 2026 at {d1.strftime('%H:%M')}, Pooja Venkatesh <{pooja[1]}> wrote:
{q1}
"""
    m2, id2 = gmail_mail(seed=cid + "2", date=d2, frm=pooja, to=[(OWNER_NAME, OWNER)], subject="Re: " + subj1,
                         body=body2, in_reply_to=r1_id, references=f"{id1}\n {r1_id}")
    r2 = at(IST, 2026, 4, 13, 20, 55)
    r2_id = gmail_msgid(cid + "r2")
    vig2 = """Hi Pooja,

12:30 PM on Thursday is fine with me. Kindly confirm.

Regards,
Vignesh"""
    qv2 = "\n".join("> " + l if l else ">" for l in vig2.split("\n"))
    d3 = at(IST, 2026, 4, 14, 9, 40, 27, weekday="Tuesday")
    body3 = f"""Hi Vignesh,

Thanks for confirming. PFB the final details:

Round       : TR1 (Technical)
Date        : Thursday, 16-Apr-2026
Time        : 12:30 PM – 1:30 PM IST
Interviewer : Arjun Mehta, Senior SDET ({arjun[1]})
Teams link  : {t['url']}
Meeting ID  : {t['id']} | Passcode: {t['pass']}

Arjun may also send a calendar invite from his end. All the best!

Thanks,
Pooja

On Mon, 13 Apr 2026 at {r2.strftime('%H:%M')}, Vignesh Ramanathan <{OWNER}> wrote:
{qv2}
"""
    m3, _ = gmail_mail(seed=cid + "3", date=d3, frm=pooja, to=[(OWNER_NAME, OWNER)], subject="Re: " + subj1,
                       body=body3, in_reply_to=r2_id, references=f"{id1}\n {r1_id}\n {id2}\n {r2_id}")
    add_case(cid, {"01-slot-options.eml": m1, "02-re-slot3-taken.eml": m2, "03-re-final-details.eml": m3},
             [iv("Nimbusora Software", "QA Engineer - Automation (Playwright/TypeScript)", start, end, "scheduled",
                 [arjun[1]], [arjun[1]], "technical")],
             "hard", "positive/thread-counter-proposal",
             "Three offered slots; candidate picks slot 3 (Thu 11:30), recruiter counter-proposes 12:30 because the "
             "slot is gone, candidate agrees, recruiter confirms Thu 16 Apr 12:30-13:30 IST. Only the final "
             "time is an interview; the offered slots are not.")


# ==============================================================================================
# NEGATIVES (look-alikes)
# ==============================================================================================
def case14():
    cid = "b202-14-proctored-aptitude-test"
    dom = "assesspro.example"
    frm = ("AssessPro on behalf of Vantara Consulting", f"no-reply@{dom}")
    sent = at(UTC, 2026, 3, 10, 13, 2, 55)
    ws = at(IST, 2026, 3, 14, 10, 0, weekday="Saturday")
    we = at(IST, 2026, 3, 14, 12, 0)
    link = "https://app.assesspro.example/t/VCS-QA-7F3K2?inv=" + hx(cid, "inv", n=12)
    text = f"""Dear Vignesh Ramanathan,

Greetings from Vantara Consulting Services!

Based on your application for the QA Engineer (3–6 years) role at our Hyderabad location, you are invited to take the online assessment, which is the first stage of our selection process.

Assessment details:
Test name    : VCS-QA-Lateral – Aptitude & Testing Fundamentals
Test window  : Saturday, 14 March 2026, 10:00 AM to 12:00 PM IST
Duration     : 60 minutes (the test must be started before 11:00 AM)
Sections     : Quantitative Aptitude (15), Logical Reasoning (15), Manual Testing Concepts (20), SQL (10)
Proctoring   : Remote proctored – webcam, microphone and screen sharing are mandatory. AI proctoring will flag tab switches, multiple faces and mobile phone usage.
Test link    : {link}

Please complete the system compatibility check before the test window opens. Candidates who clear the assessment will be contacted by the Vantara TA team for the technical interview rounds.

This is an automated e-mail. For technical issues during the test, use the chat support on the test page.

Best of luck!
Team AssessPro, on behalf of Vantara Consulting Services
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//AssessPro//Invite Service//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", f"UID:{hx(cid, 'u', n=20)}@{dom}", f"DTSTAMP:{zulu(sent)}",
               f"DTSTART:{zulu(ws)}", f"DTEND:{zulu(we)}",
               "SUMMARY:Vantara Consulting – Online Assessment (Proctored) – QA Engineer",
               "DESCRIPTION:" + esc(f"Remote proctored online assessment. Test link: {link}\nWebcam and microphone mandatory."),
               f"LOCATION:{esc(link)}", f"ORGANIZER;CN=AssessPro:mailto:{frm[1]}",
               f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{OWNER}",
               "END:VEVENT", "END:VCALENDAR"])
    m, _ = platform_mail(seed=cid, date=sent, frm=frm, to=[(OWNER_NAME, OWNER)],
                         subject="Vantara Consulting Services – Online Proctored Assessment – QA Engineer | Test window: 14 Mar 2026",
                         text=text, html_text=plain_html(text), domain=dom,
                         attach=("assessment.ics", cal, "PUBLISH"))
    add_case(cid, {"01-online-assessment-invite.eml": m}, [], "medium", "negative/online-assessment",
             "Remote-proctored aptitude/MCQ test with a fixed window and an .ics: an assessment, not a live "
             "conversation. Mentions that later 'technical interview rounds' follow.")


def case15():
    cid = "b202-15-recruiters-viewed-profile"
    dom = "jobkhoj.example"
    frm = ("JobKhoj", f"alerts@{dom}")
    sent = at(IST, 2026, 3, 15, 7, 30, 0, weekday="Sunday")
    text = """Hi Vignesh,

Your profile is getting noticed! 3 recruiters viewed your profile in the last 7 days.

• Talent Acquisition team, Sunrise Infoways (IT Services) – Bengaluru – viewed on 12 Mar
• Recruiter, a leading product company – Hyderabad – viewed on 13 Mar
• Consultant, Kaizen Staffing Solutions – Pune – viewed on 14 Mar

Recruiters are 2x more likely to call candidates whose profile was updated in the last 15 days.
Update your profile: https://www.jobkhoj.example/mnjuser/profile?src=pv_mail

Be interview-ready
Get your resume reviewed and practise a mock interview with JobKhoj FastTrack. Recruiters shortlist FastTrack members first for interview calls.

Jobs you may be interested in
- Senior Test Engineer – Selenium | Sunrise Infoways | Bengaluru | 4–8 yrs | Virtual interview
- QA Analyst – ETL Testing | a leading MNC | Hyderabad | 3–6 yrs | Walk-in interview on 21 Mar
- SDET – Java, Rest Assured | Kaizen Staffing client | Pune | 5–9 yrs | Immediate joiners

You are receiving this mail because you are a registered JobKhoj job seeker. Unsubscribe: https://www.jobkhoj.example/unsub?u=vr18377
"""
    m, _ = platform_mail(seed=cid, date=sent, frm=frm, to=[(OWNER_NAME, OWNER)],
                         subject="Vignesh, 3 recruiters viewed your profile this week",
                         text=text, html_text=plain_html(text, "Roboto,Arial"), domain=dom,
                         extra=[("List-Unsubscribe", f"<https://www.jobkhoj.example/unsub?u=vr18377>, <mailto:unsubscribe@{dom}>"),
                                ("Precedence", "bulk")])
    add_case(cid, {"01-profile-views-digest.eml": m}, [], "easy", "negative/profile-viewed",
             "Job-portal digest: recruiters viewed the profile, upsell for mock interviews, job listings that "
             "mention virtual/walk-in interviews. No interview is scheduled.")


def case16():
    cid = "b202-16-notice-period-buyout-discussion"
    dom = "kaverisoftech.example"
    suresh = ("Suresh Babu", f"suresh.babu@{dom}")
    anitha = ("Anitha Joseph", f"anitha.joseph@{dom}")
    start = at(IST, 2026, 4, 10, 16, 0, weekday="Friday")
    end = at(IST, 2026, 4, 10, 16, 30)
    sent = at(UTC, 2026, 4, 8, 8, 47, 10)
    t = teams(cid)
    s = "Discussion: notice period and buyout – Vignesh R"
    body = f"""Hi Vignesh,

As discussed in our 1:1, let us sit with Anitha (HRBP) on Friday to close the open points on your resignation.

Agenda:
1. Notice period – you are on 90 days as per your appointment letter; the new employer has asked for joining within 30 days.
2. Buyout option, recovery amount and leave encashment adjustment.
3. Knowledge transfer plan for the Harborline regression suite and handover to Karthik.

I know you have been attending interviews outside for some time – no issues at all. Let us keep this between us until the 26.2 release is done.

Meeting room: Cauvery (3rd floor), or join on Teams if you are working from home.

Regards,
Suresh
Suresh Babu | Delivery Manager – Testing Services | Kaveri Softech Pvt. Ltd., Guindy, Chennai

{teams_text(t, 'new')}"""
    cal = exchange_cal(method="REQUEST", tzname="India Standard Time", start=start, end=end, uid=exchange_uid(cid),
                       summary=s, organizer=suresh,
                       attendees=[(OWNER_NAME, OWNER_WORK, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                  (anitha[0], anitha[1], "REQ-PARTICIPANT", "ACCEPTED")],
                       description=body, location="Cauvery-3F; Microsoft Teams Meeting", dtstamp=sent, teams_url=t["url"])
    when = f"{long_date_us(start, IST)} {ampm(start)}-{ampm(end)} (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi."
    m, _ = outlook_invite(seed=cid, date=sent, frm=suresh, to=[(OWNER_NAME, OWNER_WORK), anitha], subject=s,
                          when_line=when, body=body, cal=cal, where="Cauvery-3F; Microsoft Teams Meeting")
    add_case(cid, {"01-buyout-discussion-invite.eml": m}, [], "hard", "negative/current-employer-hr",
             "Teams invite from his CURRENT manager with the HRBP about notice period and buyout (work mailbox "
             "auto-forwarded; Delivered-To is the owner). He is an employee, not a candidate; the word 'interviews' "
             "appears only in passing.")


def case17():
    cid = "b202-17-client-defect-triage-call"
    jessica = ("Jessica Moore", "jessica.moore@harborline.example")
    karthik = ("Karthik Raja", "karthik.raja@kaverisoftech.example")
    qa_dl = ("Harborline QA", "qa-payments@harborline.example")
    start = at(ET, 2026, 3, 24, 8, 30, weekday="Tuesday")
    end = at(ET, 2026, 3, 24, 9, 30)
    assert start.astimezone(IST).strftime("%H:%M") == "18:00"
    orig_sent = at(ET, 2026, 3, 20, 11, 5)
    fw = at(IST, 2026, 3, 23, 15, 44, 51, weekday="Monday")
    assert (start.astimezone(IST).date() - fw.date()).days == 1
    t = teams(cid)
    s = "UAT Defect Triage – Release 26.2 (Payments) – Round 2"
    inner = f"""Hi all,

Round 2 of UAT defect triage for Release 26.2. Kaveri team – please come with root cause and ETA for all open Sev1/Sev2 defects in the filter below, and be ready to walk through the retest evidence. We need a go/no-go recommendation for the business by Thursday.

Jira filter: https://jira.harborline.example/issues/?filter=18842

Thanks,
Jessica Moore
Senior Program Manager – Payments Modernization
Harborline Bank | Charlotte, NC

{teams_text(t, 'old')}"""
    when = f"{long_date_us(start, ET)} {ampm(start)}-{ampm(end)} (UTC-05:00) Eastern Time (US & Canada)."
    body = f"""FYI – keeping this on my personal calendar, the call is at 6 PM IST tomorrow.

Vignesh

-----Original Appointment-----
From: Jessica Moore <{jessica[1]}>
Sent: {orig_sent.astimezone(IST).strftime('%A, %B')} {orig_sent.astimezone(IST).day}, 2026 {ampm(orig_sent, IST)}
To: Jessica Moore; Vignesh Ramanathan; Karthik Raja; Harborline QA
Subject: {s}
When: {when}
Where: Microsoft Teams Meeting

{inner}"""
    cal = exchange_cal(method="REQUEST", tzname="Eastern Standard Time", start=start, end=end, uid=exchange_uid(cid),
                       summary=s, organizer=jessica,
                       attendees=[(OWNER_NAME, OWNER_WORK, "REQ-PARTICIPANT", "ACCEPTED"),
                                  (karthik[0], karthik[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                  (qa_dl[0], qa_dl[1], "OPT-PARTICIPANT", "NEEDS-ACTION")],
                       description=inner, location="Microsoft Teams Meeting", dtstamp=orig_sent, teams_url=t["url"])
    b = outlook_boundary(cid)
    root = multi("alternative", b, [
        leaf('text/plain; charset="utf-8"', body, "quoted-printable"),
        leaf('text/html; charset="utf-8"', outlook_html(body), "quoted-printable"),
        leaf('text/calendar; charset="utf-8"; method=REQUEST', cal, "base64"),
    ])
    top = [("Delivered-To", OWNER),
           ("Received", f"from PN3PR01MB{hdig(cid, 'r', n=4)}.INDPRD01.PROD.OUTLOOK.COM (2603:1096:c01:8a::11)\n"
                        f"        by mx1.example.com with ESMTPS id {hx(cid, 'esmtp', n=12)}\n"
                        f"        for <{OWNER}>; {rfc(fw.astimezone(UTC))}"),
           ("From", addr(OWNER_NAME, OWNER_WORK)), ("To", addr(OWNER_NAME, OWNER)),
           ("Subject", subj("FW: " + s)), ("Thread-Topic", subj(s)), ("Thread-Index", thread_index(cid)),
           ("Date", rfc(fw.astimezone(UTC))), ("Message-ID", outlook_msgid(cid)),
           ("Accept-Language", "en-US, en-IN"), ("Content-Language", "en-US"),
           ("Content-class", "urn:content-classes:calendarmessage")]
    add_case(cid, {"01-fw-uat-defect-triage.eml": message(top, root)}, [], "medium", "negative/current-job-meeting",
             "Client meeting at his current job (US bank, Eastern time, 'Round 2' of UAT defect triage) forwarded "
             "from his work account with the Teams calendar part. Work meeting, not a hiring process.")


def case18():
    cid = "b202-18-campus-drive-volunteer-panelist"
    dom = "kaverisoftech.example"
    gayathri = ("Gayathri Devi", f"gayathri.devi@{dom}")
    karthik = ("Karthik Raja", f"karthik.raja@{dom}")
    start = at(IST, 2026, 3, 28, 8, 30, weekday="Saturday")
    end = at(IST, 2026, 3, 28, 17, 0)
    sent = at(UTC, 2026, 3, 19, 5, 20, 33)
    s = "Campus Drive @ Ponni College of Engineering – Technical Interview Panel – Sat 28 Mar"
    where = "Ponni College of Engineering, Kanchipuram – Placement Cell, Block C"
    body = f"""Dear Panelists,

Thank you for volunteering for the campus placement drive at Ponni College of Engineering for the 2026 batch (Graduate Engineer Trainee – QA / Testing).

You will be part of the technical interview panel. Each panel (2 members) will interview 12–15 shortlisted students who have cleared the online aptitude test. Interview duration is 20–25 mins per student. Evaluation sheets and the question bank will be shared on Friday.

Schedule:
08:30 AM – Cab pickup from Kaveri Softech, Guindy (Gate 2)
09:30 AM – Pre-placement talk
10:30 AM – 01:00 PM – Technical interviews (TR1)
01:00 PM – 01:45 PM – Lunch at college
01:45 PM – 04:30 PM – Technical interviews (contd.); HR round by the HR team
05:00 PM – Return

Panel allocation: Vignesh Ramanathan + Karthik Raja (Panel 3)

Kindly carry your employee ID card and wear formals. Compensatory off will be provided for the Saturday.

Regards,
Gayathri Devi
Campus Relations – HR
Kaveri Softech Pvt. Ltd., Guindy, Chennai
"""
    cal = exchange_cal(method="REQUEST", tzname="India Standard Time", start=start, end=end, uid=exchange_uid(cid),
                       summary=s, organizer=gayathri,
                       attendees=[(OWNER_NAME, OWNER_WORK, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                  (karthik[0], karthik[1], "REQ-PARTICIPANT", "ACCEPTED")],
                       description=body, location=where, dtstamp=sent, busy="BUSY")
    when = f"{long_date_us(start, IST)} {ampm(start)}-{ampm(end)} (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi."
    m, _ = outlook_invite(seed=cid, date=sent, frm=gayathri, to=[(OWNER_NAME, OWNER_WORK), karthik], subject=s,
                          when_line=when, body=body, cal=cal, where=where)
    add_case(cid, {"01-campus-drive-panel-invite.eml": m}, [], "hard", "negative/user-is-interviewer",
             "Campus placement drive where he volunteers on the technical interview panel (interviews students). "
             "Full-day invite with a loop-like schedule, but the user is the interviewer.")


def case19():
    cid = "b202-19-open-walk-in-drive"
    dom = "meridiatech.example"
    frm = ("HR - Meridia Tech Services", f"careers@{dom}")
    sent = at(IST, 2026, 4, 13, 11, 41, 3, weekday="Monday")
    d1 = at(IST, 2026, 4, 18, 9, 30, weekday="Saturday")
    at(IST, 2026, 4, 19, weekday="Sunday")
    d1e = at(IST, 2026, 4, 18, 15, 30)
    text = """Dear Candidate,

Greetings from Meridia Tech Services!

We are conducting a WALK-IN DRIVE for multiple testing positions at our Bengaluru office. Your profile on JobKhoj matches our requirement. Interested candidates can directly walk in with their updated resume – no prior appointment or registration is required.

Walk-in dates  : Saturday, 18th April & Sunday, 19th April 2026
Timings        : 9:30 AM – 3:30 PM (entry closes at 1:00 PM)
Venue          : Meridia Tech Services, 2nd Floor, Orchid Block, ITPL Main Road, Whitefield, Bengaluru – 560066
Contact person : Ms. Kavitha (HR) – mention "Testing Walk-in" at the reception

Positions:
1. Manual Test Engineer (3–5 yrs) – Banking domain
2. Automation Test Engineer – Selenium with Java (4–8 yrs)
3. Mobile Automation Engineer – Appium (4–7 yrs)

Selection process (same day): Written test → TR1 → TR2 → HR round. Outstation candidates may attend on either day.

Documents to carry: 2 copies of resume, Aadhaar / PAN, last 3 months' payslips, relieving letters.
Notice period: Immediate to 30 days preferred.

Add the walk-in to your calendar using the attached file.

Please ignore this mail if you are not interested. This mailbox is not monitored.

Regards,
Talent Acquisition Team
Meridia Tech Services
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Meridia Tech Services//Campaigns//EN", "METHOD:PUBLISH"]
              + VTZ_KOLKATA +
              ["BEGIN:VEVENT", f"UID:walkin-qa-20260418-{hx(cid, 'u', n=8)}@{dom}", f"DTSTAMP:{zulu(sent)}",
               f"DTSTART;TZID=Asia/Kolkata:{loc(d1, IST)}", f"DTEND;TZID=Asia/Kolkata:{loc(d1e, IST)}",
               "RRULE:FREQ=DAILY;COUNT=2",
               "SUMMARY:Walk-in Interview – Testing (Manual/Automation) – Meridia Tech Services",
               "DESCRIPTION:" + esc("Walk-in drive, no appointment needed. Entry closes at 1:00 PM. Carry resume and ID proof."),
               "LOCATION:" + esc("Meridia Tech Services, Orchid Block, ITPL Main Road, Whitefield, Bengaluru"),
               "TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR"])
    m, _ = platform_mail(seed=cid, date=sent, frm=frm, to=[(OWNER_NAME, OWNER)],
                         subject="Walk-in Interview | Manual & Automation Testing | 3-8 Yrs | Bengaluru | 18th & 19th April",
                         text=text, html_text=plain_html(text), domain=dom,
                         attach=("walk-in-drive.ics", cal, "PUBLISH"), extra=[("Precedence", "bulk")])
    add_case(cid, {"01-walk-in-drive.eml": m}, [], "hard", "negative/walk-in-drive",
             "Open walk-in drive: no booked slot, no appointment, mass mail to any matching profile, even with an "
             ".ics 'add to calendar' and a same-day TR1/TR2/HR process. Not an interview until he is slotted.")


def case20():
    cid = "b202-20-virtual-drive-slot-not-booked"
    dom = "kalingainfo.example"
    frm = ("Kalinga InfoSystems Talent Acquisition", f"ta-drive@{dom}")
    drive = at(IST, 2026, 3, 28, 9, 0, weekday="Saturday")
    at(IST, 2026, 3, 26, weekday="Thursday")
    d1 = at(IST, 2026, 3, 23, 12, 15, 0, weekday="Monday")
    link = "https://drive.kalingainfo.example/book/KIS-VD-0328?c=VR18377"
    text1 = f"""Dear Vignesh,

Congratulations! Based on your profile, you have been shortlisted for the Kalinga InfoSystems Virtual Interview Drive for Senior Test Engineer (Automation) – Hyderabad, to be held on Saturday, 28-Mar-2026.

Interviews will be conducted over Microsoft Teams in 45-minute slots between 9:00 AM and 6:00 PM IST. To participate, kindly book your preferred slot using the link below:

Book your slot: {link}

Slots are allotted on a first-come, first-served basis. Booking closes on Thursday, 26-Mar-2026, 11:59 PM. Once you book, you will receive a confirmation with the Teams link and the panel details.

Regards,
Talent Acquisition – Kalinga InfoSystems
"""
    m1, _ = platform_mail(seed=cid + "1", date=d1, frm=frm, to=[(OWNER_NAME, OWNER)],
                          subject="Shortlisted for Virtual Interview Drive on 28-Mar-2026 – Book your slot",
                          text=text1, html_text=plain_html(text1), domain=dom)
    d2 = at(IST, 2026, 3, 26, 9, 0, 0)
    text2 = f"""Dear Vignesh,

You have not booked your slot yet for the Kalinga InfoSystems Virtual Interview Drive on Saturday, 28-Mar-2026.

Only a few slots are left: 11:15 AM, 2:30 PM and 4:45 PM IST.

Book now: {link}

Booking closes today at 11:59 PM. Please ignore this mail if you have already booked.

Regards,
Talent Acquisition – Kalinga InfoSystems
"""
    m2, _ = platform_mail(seed=cid + "2", date=d2, frm=frm, to=[(OWNER_NAME, OWNER)],
                          subject="Reminder: You have not booked your slot yet – Virtual Interview Drive 28-Mar",
                          text=text2, html_text=plain_html(text2), domain=dom, cte="base64")
    add_case(cid, {"01-shortlisted-book-slot.eml": m1, "02-reminder-not-booked.eml": m2}, [], "hard",
             "negative/unbooked-slot",
             "Virtual drive invitation with a slot-booking link and a reminder listing free slots; the owner never "
             "booked one, so nothing is scheduled (contrast with b202-03).")


def case21():
    cid = "b202-21-rejection-after-tr1"
    mrunal = ("Mrunal Deshpande", "mrunal.deshpande@ruvixtech.example")
    sent = at(IST, 2026, 3, 25, 17, 5, 44, weekday="Wednesday")
    body = """Dear Vignesh,

Thank you for taking the time to attend the TR1 interview with our team on 19th March for the Senior QA Automation Engineer position. We appreciate the interest you have shown in Ruvix Technologies.

After careful consideration, we regret to inform you that the panel has decided not to move forward with your candidature for the TR2 and MR rounds at this point. The feedback noted strong manual testing and domain knowledge, but the role needs deeper hands-on experience in building UI automation frameworks from scratch with Cypress/Playwright.

We will keep your profile in our database and reach out if a suitable opening comes up. You may re-apply after 6 months.

Wishing you all the best in your job search.

Regards,
Mrunal Deshpande
Talent Acquisition | Ruvix Technologies, Pune
"""
    m, _ = gmail_mail(seed=cid, date=sent, frm=mrunal, to=[(OWNER_NAME, OWNER)],
                      subject="Update on your application – Senior QA Automation Engineer – Ruvix Technologies",
                      body=body)
    add_case(cid, {"01-ruvix-regret.eml": m}, [], "easy", "negative/rejection",
             "Rejection after TR1; mentions a past interview date (no time) and rounds that will not happen.")


def case22():
    cid = "b202-22-paid-mock-tr-round"
    dom = "prepkaro.example"
    frm = ("PrepKaro", f"sessions@{dom}")
    sent = at(IST, 2026, 4, 10, 19, 22, 10, weekday="Friday")
    start = at(IST, 2026, 4, 12, 11, 0, weekday="Sunday")
    end = at(IST, 2026, 4, 12, 11, 45)
    w = webex(cid)
    text = f"""Hi Vignesh,

Your mock interview is confirmed!

Session     : Mock Technical Interview – Automation Testing (Selenium + Java, TR1 format)
Expert      : Rakesh N., ex-Test Architect at a large IT services firm (12 yrs)
Date & time : Sunday, 12 April 2026, 11:00 AM – 11:45 AM IST
Platform    : Webex – {w['url']}
Order ID    : PK-2026-041077 | Amount paid: ₹999 (incl. GST)

You will receive a detailed feedback report and the session recording within 24 hours. This is a practice session and is not linked to any company's hiring process.

Need to reschedule? You can do so up to 6 hours before the session from My Bookings.

Team PrepKaro
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//PrepKaro//Bookings//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", f"UID:PK-2026-041077@{dom}", f"DTSTAMP:{zulu(sent)}",
               f"DTSTART:{zulu(start)}", f"DTEND:{zulu(end)}",
               "SUMMARY:PrepKaro Mock Interview – Automation Testing (TR1 format)",
               "DESCRIPTION:" + esc(f"Mock technical interview with an industry expert. Webex: {w['url']}"),
               f"LOCATION:{esc(w['url'])}", f"ORGANIZER;CN=PrepKaro:mailto:{frm[1]}",
               f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
               "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    m, _ = platform_mail(seed=cid, date=sent, frm=frm, to=[(OWNER_NAME, OWNER)],
                         subject="Booking confirmed: Mock Technical Interview (Selenium + Java) – Sun, 12 Apr, 11:00 AM",
                         text=text, html_text=plain_html(text), domain=dom,
                         attach=("prepkaro-session.ics", cal, "REQUEST"))
    add_case(cid, {"01-mock-interview-booked.eml": m}, [], "medium", "negative/mock-interview",
             "Paid mock 'TR1 format' interview with a booked slot, Webex link and .ics: coaching, not a hiring step.")


# ==============================================================================================
def main():
    for fn in (case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
               case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22):
        fn()
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))
    for i, cid in enumerate(ids, 1):
        assert cid.startswith(f"b202-{i:02d}-"), cid
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith("b202-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for cid, files, label in CASES:
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fname, data in sorted(files.items()):
            assert re.match(r"^\d\d-[a-z0-9-]+\.(eml|ics|gcal\.json)$", fname), fname
            with open(os.path.join(d, fname), "wb") as f:
                f.write(data)
        labels[cid] = label
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# blind202 labels - generated by make_cases.py; do not edit by hand\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    pos = sum(1 for _, _, l in CASES if l["interview"])
    n_iv = sum(len(l["interviews"]) for _, _, l in CASES)
    n_c = sum(1 for _, _, l in CASES for i in l["interviews"] if i["status"] == "cancelled")
    print(f"{len(CASES)} cases ({pos} positive, {len(CASES) - pos} negative), {n_iv} interviews "
          f"({n_iv - n_c} scheduled, {n_c} cancelled)")


if __name__ == "__main__":
    main()
