#!/usr/bin/env python3
"""Regenerate the blind194 evaluation set (Stavanger offshore mechanical engineer, NO/UK).

Deterministic: fixed dates, Message-IDs, MIME boundaries and UIDs (derived from sha256 of fixed
seeds).  Standard library + PyYAML only.  Run:  python make_cases.py
Every case folder b194-* and labels.yaml next to this file are rewritten from scratch.
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
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
OSLO = ZoneInfo("Europe/Oslo")
LON = ZoneInfo("Europe/London")
UTC = timezone.utc
USER = "torstein.hebnes@example.com"
USER_NAME = "Torstein Hebnes"

NO_DAYS = ["mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"]
NO_MONTHS = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
             "september", "oktober", "november", "desember"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
WIN_TZ = {"W. Europe Standard Time": OSLO, "GMT Standard Time": LON}


# ----------------------------------------------------------------------------- small helpers
def T(y, mo, d, h=0, mi=0, s=0, tz=OSLO):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(d, name):
    """Assert that date d falls on weekday `name` (Norwegian or English) and return the name."""
    low = name.lower()
    if low in NO_DAYS:
        assert NO_DAYS[d.weekday()] == low, (d, name)
    else:
        assert EN_DAYS[d.weekday()].lower() == low, (d, name)
    return name


def no_date(d, weekday=True, year=True):
    s = f"{d.day}. {NO_MONTHS[d.month - 1]}" + (f" {d.year}" if year else "")
    return (NO_DAYS[d.weekday()] + " " + s) if weekday else s


def en_date(d, weekday=True, year=True):
    s = f"{d.day} {EN_MONTHS[d.month - 1]}" + (f" {d.year}" if year else "")
    return (EN_DAYS[d.weekday()] + " " + s) if weekday else s


def hm(d, sep=":"):
    return f"{d.hour:02d}{sep}{d.minute:02d}"


def h(seed, n=32):
    return hashlib.sha256(("blind194:" + seed).encode()).hexdigest()[:n]


def hnum(seed, digits):
    return int(h(seed, 24), 16) % (10 ** digits)


def uuid_of(seed):
    x = h(seed, 32)
    return f"{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}"


def b64tok(seed, n):
    raw = hashlib.sha256(("tok:" + seed).encode()).digest() * 3
    return base64.b64encode(raw).decode()[:n].replace("+", "k").replace("/", "Q")


def enc(s):
    return s if s.isascii() else Header(s, "utf-8").encode()


def addr(name, email):
    return formataddr((name, email), charset="utf-8")


def mdate(d):
    return format_datetime(d)


def ical_utc(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ical_local(d, tz):
    return d.astimezone(tz).strftime("%Y%m%dT%H%M%S")


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.rstrip("\n").split("\n"))


def to_html(text):
    paras = text.strip("\n").split("\n\n")
    return "\n".join("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>"
                     for p in paras)


# ----------------------------------------------------------------------------- MIME assembly
def leaf(ctype, data, cte, charset="utf-8", params="", headers=()):
    raw = data.encode(charset or "utf-8") if isinstance(data, str) else data
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    else:
        body = raw.decode("utf-8")
    ct = ctype + (f'; charset="{charset}"' if charset else "") + params
    lines = [f"Content-Type: {ct}"] + list(headers) + [f"Content-Transfer-Encoding: {cte}"]
    return "\n".join(lines) + "\n\n" + body.rstrip("\n") + "\n"


def multi(subtype, boundary, parts, headers=()):
    s = "\n".join([f'Content-Type: multipart/{subtype};\n\tboundary="{boundary}"'] + list(headers))
    s += "\n\n"
    for p in parts:
        s += f"--{boundary}\n{p}\n"
    return s + f"--{boundary}--\n"


def message(headers, part):
    lines = []
    for k, v in headers:
        if v is None:
            continue
        lines.append(f"{k}: {v}")
    return ("\n".join(lines) + "\nMIME-Version: 1.0\n" + part).encode("utf-8")


def received(seed, host, ip, when):
    return (f"from {host} ({host} [{ip}])\n\tby mx1.example.com (Postfix) with ESMTPS id "
            f"4{h(seed + 'rcv', 11).upper()}\n\tfor <{USER}>; {mdate(when.astimezone(UTC) + timedelta(seconds=3))}")


def exch_host(seed):
    n = int(h(seed + "host", 12), 16)
    return f"{['AM', 'DB', 'PA', 'VI', 'AS'][n % 5]}{n // 5 % 10}PR{n // 50 % 10}{n // 500 % 10}MB{n // 5000 % 9000 + 1000}"


def outlook_mid(seed):
    host = exch_host(seed)
    return f"<{host}{h(seed, 24).upper()}@{host}.eurprd{host[5:7]}.prod.outlook.com>"


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(("ti:" + seed).encode()).digest()[:22]).decode()


def outlook_boundary(seed):
    return f"_000_{exch_host(seed)}{h(seed + 'bd', 16).upper()}prod_"


def gmail_boundary(seed):
    return "000000000000" + h(seed + "gb", 12)


def gmail_mid(seed):
    return "<CA" + b64tok(seed, 52) + "@mail.gmail.com>"


def exchange_received(seed, when):
    n = hnum(seed + "ip", 3)
    return received(seed, f"mail-{['am6', 'db8', 'vi1', 'gv1'][n % 4]}eur0{n % 5 + 1}on20{n % 90 + 10}.outbound.protection.outlook.com",
                    f"40.107.{n % 200 + 20}.{n % 240 + 10}", when)


# ----------------------------------------------------------------------------- iCalendar
def fold(line):
    out, cur, limit = [], "", 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur, limit = ch, 74
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ_WEUROPE = ["BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time", "BEGIN:STANDARD",
               "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
               "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
               "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100",
               "TZOFFSETTO:+0200", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
               "END:DAYLIGHT", "END:VTIMEZONE"]
VTZ_GMT = ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD",
           "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
           "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
           "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
           "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3",
           "END:DAYLIGHT", "END:VTIMEZONE"]
VTZ_OSLO = ["BEGIN:VTIMEZONE", "TZID:Europe/Oslo", "X-LIC-LOCATION:Europe/Oslo",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
            "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
            "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE"]


def outlook_uid(seed):
    return ("040000008200E00074C5B7101A82E00800000000" + h(seed + "uid1", 16).upper()
            + "000000000000000010000000" + h(seed + "uid2", 32).upper())


# ----------------------------------------------------------------------------- Teams footer
def teams_footer(lang, seed):
    tok = b64tok(seed + "teams", 44).replace("Q", "X")
    tid, oid = uuid_of(seed + "tenant"), uuid_of(seed + "organizer")
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tok}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    n = hnum(seed + "mtg", 12)
    mid = f"{n // 10**9:03d} {n // 10**6 % 1000:03d} {n // 1000 % 1000:03d} {n % 1000:03d}"
    pw = b64tok(seed + "pw", 6)
    lc = "nb-NO" if lang == "nb" else "en-GB"
    opts = (f"https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}"
            f"&threadId=19_meeting_{tok}@thread.v2&messageId=0&language={lc}")
    if lang == "nb":
        lab = ("Trenger du hjelp?", "Bli med i møtet nå", "Møte-ID", "Passord",
               "For organisatorer", "Møtealternativer")
    else:
        lab = ("Need help?", "Join the meeting now", "Meeting ID", "Passcode",
               "For organisers", "Meeting options")
    bar = "_" * 80
    text = (f"{bar}\nMicrosoft Teams {lab[0]}<https://aka.ms/JoinTeamsMeeting?omkt={lc}>\n"
            f"{lab[1]}<{url}>\n{lab[2]}: {mid}\n{lab[3]}: {pw}\n{'_' * 32}\n"
            f"{lab[4]}: {lab[5]}<{opts}>\n{bar}\n")
    htm = (f'<div style="width:100%"><span style="white-space:nowrap;color:#5F5F5F">{bar}</span></div>'
           f'<div><span style="font-size:24px;font-weight:700">Microsoft Teams</span> '
           f'<a href="https://aka.ms/JoinTeamsMeeting?omkt={lc}">{lab[0]}</a></div>'
           f'<div><a href="{html.escape(url)}" style="font-size:20px;font-weight:700">{lab[1]}</a></div>'
           f'<div>{lab[2]}: {mid}</div><div>{lab[3]}: {pw}</div>'
           f'<div><span>{lab[4]}: </span><a href="{html.escape(opts)}">{lab[5]}</a></div>'
           f'<div><span style="white-space:nowrap;color:#5F5F5F">{bar}</span></div>')
    return text, htm, url


def outlook_when(lang, start, end, tzid):
    tz = WIN_TZ[tzid]
    s, e = start.astimezone(tz), end.astimezone(tz)
    if lang == "nb":
        lab = "(UTC+01:00) Amsterdam, Berlin, Bern, Roma, Stockholm, Wien"
        return f"Når: {no_date(s)} {hm(s)}-{hm(e)} {lab}."
    lab = ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna" if tz is OSLO
           else "(UTC+00:00) Dublin, Edinburgh, Lisbon, London")
    return f"When: {EN_DAYS[s.weekday()]}, {s.day} {EN_MONTHS[s.month - 1]} {s.year} {hm(s)}-{hm(e)} {lab}."


# ----------------------------------------------------------------------------- Outlook invite
def outlook_invite(seed, *, uid_seed, lang, sender, to, cc=(), subject, date, start, end, tzid,
                   body, attendees, teams=True, location=None, method="REQUEST", sequence=0,
                   footer=True, when_block=True, in_reply_to=None, references=None,
                   optional=()):
    """sender/to/attendees are (name, email) pairs; returns bytes of the .eml."""
    tz = WIN_TZ[tzid]
    lt = "nb-NO" if lang == "nb" else "en-GB"
    if teams:
        loc = "Microsoft Teams-møte" if lang == "nb" else "Microsoft Teams Meeting"
        ft_text, ft_html, url = teams_footer(lang, uid_seed)
    else:
        loc, ft_text, ft_html, url = location, "", "", None
    head = ""
    if when_block:
        where = "Hvor" if lang == "nb" else "Where"
        head = f"{outlook_when(lang, start, end, tzid)}\n{where}: {loc}\n\n*~*~*~*~*~*~*~*~*~*\n\n"
    text = head + body.rstrip("\n") + "\n\n" + (ft_text if (teams and footer) else "")
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
           '</head><body><div style="font-family:Aptos,Calibri,Arial,sans-serif;font-size:11pt">'
           + to_html(head + body) + (ft_html if (teams and footer) else "") + "</div></body></html>\n")
    cancel = method == "CANCEL"
    cal = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
           "VERSION:2.0"] + (VTZ_WEUROPE if tz is OSLO else VTZ_GMT) + ["BEGIN:VEVENT",
           f"ORGANIZER;CN={sender[0]}:mailto:{sender[1]}"]
    for name, mail in attendees:
        role = "OPT-PARTICIPANT" if mail in optional else "REQ-PARTICIPANT"
        cal.append(f"ATTENDEE;ROLE={role};PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={name}:mailto:{mail}")
    cal += [f"DESCRIPTION;LANGUAGE={lt}:{esc(text)}",
            f"UID:{outlook_uid(uid_seed)}",
            f"SUMMARY;LANGUAGE={lt}:{esc(subject.split(': ', 1)[1] if cancel else subject)}",
            f"DTSTART;TZID={tzid}:{ical_local(start, tz)}",
            f"DTEND;TZID={tzid}:{ical_local(end, tz)}",
            "CLASS:PUBLIC", "PRIORITY:1" if cancel else "PRIORITY:5",
            f"DTSTAMP:{ical_utc(date)}", "TRANSP:TRANSPARENT" if cancel else "TRANSP:OPAQUE",
            "STATUS:CANCELLED" if cancel else "STATUS:CONFIRMED", f"SEQUENCE:{sequence}",
            f"LOCATION;LANGUAGE={lt}:{esc(loc)}",
            f"X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}",
            f"X-MICROSOFT-CDO-OWNERAPPTID:-{hnum(uid_seed + 'own', 10)}",
            "X-MICROSOFT-CDO-BUSYSTATUS:FREE" if cancel else "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
            "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE" if cancel else "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
            "X-MICROSOFT-CDO-IMPORTANCE:2" if cancel else "X-MICROSOFT-CDO-IMPORTANCE:1",
            "X-MICROSOFT-CDO-INSTTYPE:0"]
    if url:
        cal += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{url}",
                'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    cal += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(loc)}"]
    if not cancel:
        cal += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                "ACTION:DISPLAY", "END:VALARM"]
    cal += ["END:VEVENT", "END:VCALENDAR"]
    part = multi("alternative", outlook_boundary(seed), [
        leaf("text/plain", text, "quoted-printable"),
        leaf("text/html", htm, "quoted-printable"),
        leaf("text/calendar", ics(cal), "base64", params=f"; method={method}"),
    ])
    hdrs = [("Delivered-To", USER), ("Received", exchange_received(seed, date)),
            ("Return-Path", f"<{sender[1]}>"),
            ("From", addr(*sender)), ("To", ", ".join(addr(*p) for p in to)),
            ("Cc", ", ".join(addr(*p) for p in cc) if cc else None),
            ("Subject", enc(subject)),
            ("Thread-Topic", enc(subject.split(": ", 1)[1] if cancel else subject)),
            ("Thread-Index", thread_index(uid_seed + str(sequence) + method)),
            ("Date", mdate(date.astimezone(UTC))), ("Message-ID", outlook_mid(seed)),
            ("In-Reply-To", in_reply_to), ("References", references),
            ("Accept-Language", f"{lt}, en-US"), ("Content-Language", lt),
            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
            ("Content-class", "urn:content-classes:calendarmessage"),
            ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + h(uid_seed + "ser", 16)),
            ("x-ms-publictraffictype", "Email")]
    return message(hdrs, part)


# ----------------------------------------------------------------------------- plain mails
def outlook_mail(seed, *, lang, sender, to, cc=(), subject, date, body, in_reply_to=None,
                 references=None, thread_seed=None, signature_html=None):
    lt = "nb-NO" if lang == "nb" else "en-GB"
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
           '</head><body><div style="font-family:Aptos,Calibri,Arial,sans-serif;font-size:11pt">'
           + to_html(body) + "</div></body></html>\n")
    part = multi("alternative", outlook_boundary(seed), [
        leaf("text/plain", body.rstrip("\n") + "\n", "quoted-printable"),
        leaf("text/html", htm, "quoted-printable")])
    topic = subject
    for p in ("RE: ", "SV: ", "VS: ", "FW: ", "Re: "):
        if topic.startswith(p):
            topic = topic[len(p):]
    hdrs = [("Delivered-To", USER), ("Received", exchange_received(seed, date)),
            ("Return-Path", f"<{sender[1]}>"),
            ("From", addr(*sender)), ("To", ", ".join(addr(*p) for p in to)),
            ("Cc", ", ".join(addr(*p) for p in cc) if cc else None),
            ("Subject", enc(subject)), ("Thread-Topic", enc(topic)),
            ("Thread-Index", thread_index(seed)),
            ("Date", mdate(date.astimezone(UTC))), ("Message-ID", outlook_mid(seed)),
            ("In-Reply-To", in_reply_to), ("References", references),
            ("Accept-Language", f"{lt}, en-US"), ("Content-Language", lt),
            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
            ("x-ms-publictraffictype", "Email")]
    return message(hdrs, part)


def thunderbird_mail(seed, *, sender, to, subject, date, body, in_reply_to=None,
                     references=None, lang="nb", delivered_to=USER):
    mid = f"<{uuid_of(seed + 'tb')}@example.com>" if sender[1].endswith("@example.com") \
        else f"<{uuid_of(seed + 'tb')}@{sender[1].split('@')[1]}>"
    hdrs = [("Delivered-To", delivered_to),
            ("Received", f"from [192.168.1.{hnum(seed, 2) + 10}] (cm-84.211.{hnum(seed + 'a', 2)}.{hnum(seed + 'b', 2)}.getinternet.no [84.211.{hnum(seed + 'a', 2)}.{hnum(seed + 'b', 2)}])\n\tby smtp.example.com (Postfix) with ESMTPSA id {h(seed + 'tbid', 10).upper()}\n\tfor <{delivered_to}>; {mdate(date + timedelta(seconds=2))}"),
            ("Message-ID", mid), ("Date", mdate(date)),
            ("User-Agent", "Mozilla Thunderbird"),
            ("Content-Language", "nb" if lang == "nb" else "en-GB"),
            ("To", ", ".join(addr(*p) for p in to)), ("From", addr(*sender)),
            ("Subject", enc(subject)),
            ("In-Reply-To", in_reply_to), ("References", references)]
    part = leaf("text/plain", body.rstrip("\n") + "\n", "8bit", charset="UTF-8",
                params="; format=flowed")
    return message(hdrs, part), mid


def iphone_mail(seed, *, sender, to, subject, date, body, quoted_html_intro, in_reply_to, references):
    bnd = f"Apple-Mail-{uuid_of(seed + 'apple').upper()}"
    mid = f"<{uuid_of(seed + 'imid').upper()}@example.com>"
    htm = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
           '<body dir="auto">' + to_html(body) + "</body></html>\n")
    part = multi("alternative", bnd, [
        leaf("text/plain", body.rstrip("\n") + "\n", "quoted-printable", charset="utf-8"),
        leaf("text/html", htm, "quoted-printable", charset="utf-8")])
    hdrs = [("Delivered-To", USER),
            ("Received", f"from smtpclient.apple (ti0{hnum(seed, 3)}a400-{hnum(seed + 'x', 4)}.bb.online.no [88.91.{hnum(seed + 'c', 2)}.{hnum(seed + 'd', 2)}])\n\tby smtp.example.com (Postfix) with ESMTPSA id {h(seed + 'ipid', 10).upper()}\n\tfor <{USER}>; {mdate(date + timedelta(seconds=4))}"),
            ("Content-Transfer-Encoding", None), ("From", addr(*sender)),
            ("Mime-Version", None), ("Subject", enc(subject)), ("Date", mdate(date)),
            ("Message-Id", mid), ("References", references), ("In-Reply-To", in_reply_to),
            ("To", ", ".join(addr(*p) for p in to)), ("X-Mailer", "iPhone Mail (23B85)")]
    return message(hdrs, part), mid


def gmail_mail(seed, *, sender, to, subject, date, body, in_reply_to=None, references=None):
    mid = gmail_mid(seed)
    htm = '<div dir="ltr">' + to_html(body).replace("<p>", "<div>").replace("</p>", "</div><div><br></div>") + "</div>\n"
    cte = "7bit" if body.isascii() else "quoted-printable"
    part = multi("alternative", gmail_boundary(seed), [
        leaf("text/plain", body.rstrip("\n") + "\n", cte, charset="UTF-8"),
        leaf("text/html", htm, "quoted-printable", charset="UTF-8")])
    hdrs = [("Delivered-To", USER),
            ("Received", received(seed, f"mail-sor-f{hnum(seed, 2)}.google.com", f"209.85.220.{hnum(seed, 2)}", date)),
            ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d={sender[1].split('@')[1]}; s=google; t={int(date.timestamp())}; x={int(date.timestamp()) + 604800};\n        h=to:subject:message-id:date:from:in-reply-to:references:mime-version\n         :from:to:cc:subject:date:message-id:reply-to;\n        bh={b64tok(seed + 'bh', 43)}=;\n        b={b64tok(seed + 'sig', 70)}"),
            ("MIME-Version", None), ("References", references), ("In-Reply-To", in_reply_to),
            ("From", addr(*sender)), ("Date", mdate(date)), ("Message-ID", mid),
            ("Subject", enc(subject)), ("To", ", ".join(addr(*p) for p in to))]
    return message(hdrs, part), mid


# ----------------------------------------------------------------------------- labels
def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups),
            "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": USER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes,
            "source": "synthetic"}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# ----------------------------------------------------------------------------- ATS vendors
WC_FOOTER_NOREPLY = "Denne e-posten er sendt fra Webcruiter på vegne av {c}. Den kan ikke besvares."
WC_FOOTER_REPLY = "Denne e-posten er sendt fra Webcruiter på vegne av {c}. Svar på e-posten går til kontaktpersonen for stillingen."


def webcruiter_mail(seed, *, company, subject, date, body, reply_to=None, ics_text=None,
                    ics_name="Intervju.ics", footer=WC_FOOTER_NOREPLY):
    foot = footer.format(c=company)
    text = body.rstrip("\n") + "\n\n--\n" + foot + "\nMine søknader: https://candidate.webcruiter.com/nb-no/Home/MyApplications\n"
    htm = ('<!DOCTYPE html><html lang="nb"><head><meta charset="utf-8"><title>' + html.escape(subject)
           + '</title></head><body style="margin:0;padding:0;background-color:#f2f2f2">'
           '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
           '<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background-color:#ffffff;'
           'font-family:Arial,Helvetica,sans-serif;font-size:14px;line-height:20px;color:#222222">'
           '<tr><td style="padding:24px 32px">' + to_html(body) + '</td></tr>'
           '<tr><td style="padding:16px 32px;border-top:1px solid #e0e0e0;font-size:11px;color:#767676">'
           + html.escape(foot) + '<br><a href="https://candidate.webcruiter.com/nb-no/Home/MyApplications">'
           'Mine søknader</a></td></tr></table></td></tr></table></body></html>\n')
    alt = multi("alternative", "--=_alt_" + h(seed + "wa", 20), [
        leaf("text/plain", text, "quoted-printable"),
        leaf("text/html", htm, "quoted-printable")])
    parts = [alt]
    if ics_text:
        parts.append(leaf("text/calendar", ics_text, "base64", params=f'; method=PUBLISH; name="{ics_name}"',
                          headers=[f'Content-Disposition: attachment; filename="{ics_name}"']))
    part = multi("mixed", "--=_mix_" + h(seed + "wm", 20), parts)
    hdrs = [("Delivered-To", USER),
            ("Received", received(seed, "mailout2.webcruiter.no", "91.207.114." + str(hnum(seed, 2) + 20), date)),
            ("Return-Path", f"<bounce-{h(seed + 'bounce', 12)}@webcruiter.no>"),
            ("From", addr(company, "noreply@webcruiter.no")),
            ("Reply-To", reply_to), ("To", addr(USER_NAME, USER)),
            ("Subject", enc(subject)), ("Date", mdate(date)),
            ("Message-ID", f"<{h(seed + 'wcid', 20)}.{date.strftime('%Y%m%d%H%M%S')}@webcruiter.no>"),
            ("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-generated")]
    return message(hdrs, part)


def reachmee_mail(seed, *, company, subject, date, body, ics_text=None, html_only=False,
                  cte="quoted-printable", lang="en"):
    foot = ("This message was sent via ReachMee. Replies to this address are not read." if lang == "en"
            else "Denne meldingen er sendt via ReachMee. Svar til denne adressen blir ikke lest.")
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body><div style="font-family:\'Open Sans\',Arial,sans-serif;font-size:14px;color:#333">'
           + to_html(body) + '<hr style="border:0;border-top:1px solid #ddd">'
           '<p style="font-size:11px;color:#888">' + html.escape(foot) + '</p></div></body></html>\n')
    if html_only:
        body_part = leaf("text/html", htm, cte)
    else:
        body_part = multi("alternative", "----=_Part_" + str(hnum(seed + "ra", 7)) + "_" + str(hnum(seed + "rb", 9)) + ".1" + str(hnum(seed + "rc", 12)), [
            leaf("text/plain", body.rstrip("\n") + "\n\n" + foot + "\n", cte),
            leaf("text/html", htm, cte)])
    if ics_text:
        part = multi("mixed", "----=_Part_" + str(hnum(seed + "rm", 7)) + "_" + str(hnum(seed + "rn", 9)) + ".0" + str(hnum(seed + "ro", 12)), [
            body_part,
            leaf("text/calendar", ics_text, "base64", params='; method=REQUEST; name="invite.ics"',
                 headers=['Content-Disposition: attachment; filename="invite.ics"'])])
    else:
        part = body_part
    hdrs = [("Delivered-To", USER),
            ("Received", received(seed, "mail-out.reachmee.com", "185.31.48." + str(hnum(seed, 2) + 30), date)),
            ("Return-Path", "<no-reply@reachmee.com>"),
            ("From", addr(company, "no-reply@reachmee.com")), ("To", addr(USER_NAME, USER)),
            ("Subject", enc(subject)), ("Date", mdate(date.astimezone(UTC))),
            ("Message-ID", f"<{h(seed + 'rmid', 8)}-{h(seed + 'rmid2', 4)}-{h(seed + 'rmid3', 4)}@reachmee.com>"),
            ("Auto-Submitted", "auto-generated")]
    return message(hdrs, part)


def simple_ics(*, prodid, method, events, vtz=None, calname=None):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{prodid}", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if calname:
        lines.append(f"X-WR-CALNAME:{calname}")
    lines += vtz or []
    for ev in events:
        lines += ["BEGIN:VEVENT"] + ev + ["END:VEVENT"]
    lines.append("END:VCALENDAR")
    return ics(lines)


# ============================================================================= POSITIVE CASES
@case
def c01():
    slug = "b194-01-webcruiter-innkalling-forus"
    company, role = "Sørvest Subsea AS", "Maskiningeniør, vedlikehold og modifikasjon"
    sent = T(2026, 8, 31, 14, 12, 37)
    start, end = T(2026, 9, 15, 10, 0), T(2026, 9, 15, 11, 0)
    ingrid = ("Ingrid Myhre", "ingrid.myhre@sorvest-subsea.example")
    body = f"""Hei Torstein,

Takk for din søknad på stillingen {role} (ref. 4471903) hos {company}.

Vi vil gjerne bli bedre kjent med deg, og inviterer deg herved til intervju:

Dato: {wd(start, 'tirsdag')} {no_date(start, weekday=False)}
Tid: kl. 10.00–11.00
Sted: {company}, Forusstranda 18, 4033 Stavanger. Meld deg i resepsjonen i 2. etasje.

Du vil møte avdelingsleder for mekanisk disiplin, Ingrid Myhre. Vi går gjennom erfaringen din fra vedlikehold og modifikasjonsprosjekter offshore, og du får høre mer om prosjektporteføljen vår på norsk sokkel. Ta gjerne med kopi av vitnemål og attester.

Vennligst bekreft at tidspunktet passer under «Mine søknader». Har du spørsmål, kan du kontakte Ingrid Myhre på {ingrid[1]} eller tlf. 51 80 44 12.

Vedlagt ligger en kalenderfil du kan legge inn i kalenderen din.

Med vennlig hilsen

Ingrid Myhre
Avdelingsleder Mekanisk
{company}"""
    cal = simple_ics(prodid="-//Webcruiter//Interview//NO", method="PUBLISH", vtz=VTZ_OSLO, events=[[
        f"UID:wc-int-{h('c01uid', 16)}@webcruiter.no", "SEQUENCE:0", f"DTSTAMP:{ical_utc(sent)}",
        f"DTSTART;TZID=Europe/Oslo:{ical_local(start, OSLO)}", f"DTEND;TZID=Europe/Oslo:{ical_local(end, OSLO)}",
        f"SUMMARY:{esc('Intervju - ' + company + ' - ' + role)}",
        f"LOCATION:{esc(company + ', Forusstranda 18, 4033 Stavanger')}",
        f"DESCRIPTION:{esc('Intervju med avdelingsleder Ingrid Myhre. Meld deg i resepsjonen i 2. etasje.')}",
        f'ORGANIZER;CN="{company}":mailto:noreply@webcruiter.no',
        f"ATTENDEE;CN={USER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{USER}",
        "STATUS:CONFIRMED", "TRANSP:OPAQUE"]])
    files = [("01-webcruiter-innkalling-til-intervju.eml", webcruiter_mail(
        "c01", company=company, subject=f"Innkalling til intervju – {role}", date=sent, body=body,
        ics_text=cal))]
    lab = label([iv(company, role, start, end, "scheduled", [ingrid[1]], [ingrid[1]], "hiring_manager")],
                "easy", "positive/ats-webcruiter-ics",
                "Webcruiter invitation in Norwegian (kl. 10.00–11.00, CEST) with Europe/Oslo .ics; the hiring "
                "manager who conducts it gives her address in the body, the sender is noreply.")
    return slug, files, lab


@case
def c02():
    slug = "b194-02-reachmee-booking-plus-teams-norsk"
    company, role = "Nordkapp Drilling Services AS", "Mechanical Engineer – Drilling Equipment"
    start, end = T(2026, 10, 8, 13, 0), T(2026, 10, 8, 13, 45)
    helene = ("Helene Barstad", "helene.barstad@nordkapp-drilling.example")
    per = ("Per Arne Thorsen", "perarne.thorsen@nordkapp-drilling.example")
    s1 = T(2026, 10, 1, 9, 3, 18)
    body1 = f"""Hi Torstein,

Thank you for choosing a time. Your interview for the position {role} at {company} is now booked.

When: {wd(start, 'Thursday')} {en_date(start, weekday=False)}, 13:00–13:45 (Norwegian time)
Where: Microsoft Teams – the meeting link will be sent to you separately.

If you need to change or cancel your booking, please use the link below no later than 24 hours before the interview:
https://web103.reachmee.com/ext/I017/1288/booking?site=9&lang=UK&rid={hnum('c02rid', 6)}&bid={hnum('c02bid', 7)}

Kind regards,
Helene Barstad
Talent Acquisition Partner
{company}"""
    cal1 = simple_ics(prodid="-//ReachMee//Interview Booking 1.0//EN", method="REQUEST", events=[[
        f"UID:rm-booking-{h('c02uid', 20)}@reachmee.com", f"DTSTAMP:{ical_utc(s1)}",
        f"DTSTART:{ical_utc(start)}", f"DTEND:{ical_utc(end)}",
        f"SUMMARY:{esc('Interview: ' + role + ' (' + company + ')')}",
        "LOCATION:Microsoft Teams", "DESCRIPTION:The Teams link will be sent separately by the recruiter.",
        f"ORGANIZER;CN={company}:mailto:no-reply@reachmee.com",
        f"ATTENDEE;CN={USER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{USER}",
        "STATUS:CONFIRMED", "SEQUENCE:0"]])
    f1 = reachmee_mail("c02a", company=company, subject=f"Interview booked: {role}", date=s1, body=body1,
                       ics_text=cal1)
    s2 = T(2026, 10, 1, 10, 41, 5)
    body2 = f"""Hei Torstein,

Takk for at du booket tid! Her kommer Teams-lenken til intervjuet {wd(start, 'torsdag')} {no_date(start, weekday=False, year=False)}.

Du møter Per Arne Thorsen, fagleder for boreutstyr, som tar den faglige delen med deg – hydraulikk, toppdrev og rørhåndteringsutstyr. Intervjuet blir på engelsk, siden Per Arne jobber tett med teamet vårt i Aberdeen. Jeg deltar ikke selv, men ta gjerne kontakt med meg hvis noe er uklart.

Vennlig hilsen
Helene Barstad
Talent Acquisition Partner | {company}
M: +47 917 33 208"""
    f2 = outlook_invite("c02b", uid_seed="c02mtg", lang="nb", sender=helene, to=[(USER_NAME, USER), per],
                        subject=f"Intervju – {role} (Torstein Hebnes)", date=s2, start=start, end=end,
                        tzid="W. Europe Standard Time", body=body2, attendees=[(USER_NAME, USER), per])
    files = [("01-reachmee-interview-booked.eml", f1), ("02-teams-mote-intervju.eml", f2)]
    lab = label([iv(company, role, start, end, "scheduled", [per[1]], [per[1]], "technical")],
                "medium", "positive/dedupe-ats-plus-teams",
                "ReachMee booking confirmation (UTC .ics) and the recruiter's Norwegian Teams invite (W. Europe "
                "Standard Time, Outlook label says UTC+01:00 but 8 Oct is CEST) describe ONE interview; the "
                "recruiter says she will not attend, so only Per Arne Thorsen is the interviewer.")
    return slug, files, lab


@case
def c03():
    slug = "b194-03-aberdeen-outlook-gmt-standard-time"
    company, role = "Torry Point Subsea Ltd", "Senior Mechanical Engineer – Subsea Tooling"
    aileen = ("Aileen Mackie", "aileen.mackie@torrypoint-subsea.example")
    callum = ("Callum Reid", "callum.reid@torrypoint-subsea.example")
    start, end = T(2026, 6, 17, 10, 0, tz=LON), T(2026, 6, 17, 11, 0, tz=LON)
    sent = T(2026, 6, 10, 14, 52, 10, tz=LON)
    body = f"""Hi Torstein,

As discussed on the phone, please find below the Teams details for your interview with Callum Reid, Engineering Manager – Subsea Tooling. Callum will take you through the role and some of the intervention tooling projects the team is delivering on both the UK and Norwegian sectors.

Please note the time in the invite is UK time – 10:00 in Aberdeen is 11:00 for you in Stavanger. I'm just setting this up and won't be joining the call, but do shout if anything changes.

Kind regards,
Aileen

Aileen Mackie
Senior Recruitment Advisor
{company} | Altens Industrial Estate, Aberdeen AB12 3LF
T: +44 1224 877 340"""
    f1 = outlook_invite("c03", uid_seed="c03mtg", lang="en", sender=aileen, to=[(USER_NAME, USER), callum],
                        subject=f"Interview – {role} – Torstein Hebnes", date=sent, start=start, end=end,
                        tzid="GMT Standard Time", body=body, attendees=[(USER_NAME, USER), callum])
    assert wd(start, "Wednesday")
    files = [("01-interview-senior-mechanical-engineer.eml", f1)]
    lab = label([iv(company, role, start, end, "scheduled", [callum[1]], [callum[1]], "hiring_manager")],
                "medium", "positive/outlook-windows-tzid-uk",
                "Outlook invite with TZID 'GMT Standard Time' and display label '(UTC+00:00) Dublin, Edinburgh, "
                "Lisbon, London' although 17 June is BST (+01:00); body restates 10:00 UK = 11:00 Stavanger. "
                "Recruiter only organises.")
    return slug, files, lab


@case
def c04():
    slug = "b194-04-aberdeen-reschedule-across-dst"
    company, role = "Cairnbulg Energy Services Ltd", "Mechanical Engineer – Brownfield Modifications"
    morag = ("Morag Duncan", "morag.duncan@cairnbulg-energy.example")
    ewan = ("Ewan Forsyth", "ewan.forsyth@cairnbulg-energy.example")
    me = (USER_NAME, USER)
    old_s, old_e = T(2026, 10, 21, 10, 0, tz=LON), T(2026, 10, 21, 11, 0, tz=LON)
    new_s, new_e = T(2026, 10, 28, 10, 0, tz=LON), T(2026, 10, 28, 11, 0, tz=LON)
    assert old_s.utcoffset() == timedelta(hours=1) and new_s.utcoffset() == timedelta(0)
    subj = f"Technical interview – {role}"
    s1 = T(2026, 10, 13, 10, 15, 44, tz=LON)
    body1 = f"""Hi Torstein,

Thanks for your time on the phone last week. I've set up a technical interview with Ewan Forsyth, Lead Mechanical Engineer, on Teams. Ewan will ask you to walk through a recent brownfield modification you've worked on – feel free to share isometrics or P&IDs on screen (nothing confidential, please).

Time is 10:00 UK / 11:00 Norway.

Kind regards,
Morag

Morag Duncan
Recruitment Partner
{company}
T: +44 1224 890 117"""
    f1 = outlook_invite("c04a", uid_seed="c04mtg", lang="en", sender=morag, to=[me, ewan], subject=subj,
                        date=s1, start=old_s, end=old_e, tzid="GMT Standard Time", body=body1,
                        attendees=[me, ewan], sequence=0)
    mid1 = outlook_mid("c04a")
    s2 = T(2026, 10, 16, 12, 2, 9, tz=LON)
    body2 = f"""Hi Torstein,

Apologies for the change. Ewan has been asked to cover a short campaign offshore next week and won't be back on the beach until {wd(T(2026, 10, 26, tz=LON), 'Monday')} 26th, so we need to move your technical interview.

Could we do {wd(new_s, 'Wednesday')} {en_date(new_s, weekday=False, year=False)} instead, same time – 10:00 UK? The clocks go back on Sunday 25th in both the UK and Norway, so it will still be 11:00 for you in Stavanger.

If that works I'll send an updated invite.

Kind regards,
Morag

Morag Duncan
Recruitment Partner
{company}
T: +44 1224 890 117

________________________________
From: Morag Duncan <{morag[1]}>
Sent: {s1.day} {EN_MONTHS[s1.month - 1]} {s1.year} {hm(s1)}
To: Torstein Hebnes <{USER}>; Ewan Forsyth <{ewan[1]}>
Subject: {subj}

{outlook_when('en', old_s, old_e, 'GMT Standard Time')}
Where: Microsoft Teams Meeting

{body1}"""
    assert wd(T(2026, 10, 25, tz=LON), "Sunday")
    f2 = outlook_mail("c04b", lang="en", sender=morag, to=[me], cc=[ewan], subject="RE: " + subj, date=s2,
                      body=body2, in_reply_to=mid1, references=mid1)
    mid2 = outlook_mid("c04b")
    s3 = T(2026, 10, 16, 14, 37, 51)
    s2o = s2.astimezone(OSLO)
    body3 = f"""Hi Morag,

No problem at all – Wednesday 28 October at 10:00 UK time (11:00 Norwegian time) works fine for me.

Best regards,
Torstein Hebnes
+47 932 18 440

On {s2o.strftime('%d.%m.%Y')} {hm(s2o)}, Morag Duncan wrote:
{quote(body2.split('________________________________')[0])}"""
    f3, mid3 = thunderbird_mail("c04c", sender=me, to=[morag], subject="Re: RE: " + subj, date=s3,
                                body=body3, in_reply_to=mid2, references=f"{mid1}\n {mid2}", lang="en")
    s4 = T(2026, 10, 16, 15, 20, 3, tz=LON)
    body4 = f"""Hi Torstein,

As agreed, I've moved your technical interview with Ewan to {wd(new_s, 'Wednesday')} {en_date(new_s, weekday=False, year=False)}, 10:00–11:00 UK time. The Teams link is unchanged.

Kind regards,
Morag"""
    f4 = outlook_invite("c04d", uid_seed="c04mtg", lang="en", sender=morag, to=[me, ewan], subject=subj,
                        date=s4, start=new_s, end=new_e, tzid="GMT Standard Time", body=body4,
                        attendees=[me, ewan], sequence=1)
    files = [("01-invite-technical-interview.eml", f1), ("02-re-technical-interview-move.eml", f2),
             ("03-re-reply-torstein.eml", f3), ("04-updated-invite-28-october.eml", f4)]
    lab = label([iv(company, role, new_s, new_e, "scheduled", [ewan[1]], [ewan[1]], "technical")],
                "hard", "positive/reschedule-across-dst",
                "Moved from Wed 21 Oct 10:00 BST (+01:00) to Wed 28 Oct 10:00 GMT (+00:00), across the 25 Oct "
                "change; same Outlook UID, SEQUENCE 0 -> 1. Keeping the old offset would put it an hour off.")
    return slug, files, lab


@case
def c05():
    slug = "b194-05-bemanningsbyra-kundeintervju"
    agency = "Kvitsøy Bemanning AS"
    company, role = "Tananger Offshore Services AS", "Mekanisk ingeniør (innleie, 12 måneder)"
    lene = ("Lene Tjelta", "lene.tjelta@kvitsoy-bemanning.example")
    kjetil = ("Kjetil Vik", "kjetil.vik@tananger-offshore.example")
    me = (USER_NAME, USER)
    start, end = T(2026, 11, 4, 9, 0), T(2026, 11, 4, 10, 0)
    s1 = T(2026, 10, 27, 10, 14, 22)
    s2 = T(2026, 10, 27, 19, 48, 5)
    s3 = T(2026, 10, 28, 8, 31, 40)
    # "onsdag i neste uke" seen from Tue 27 Oct and Wed 28 Oct 2026 is Wed 4 Nov 2026
    for s in (s1, s3):
        monday_next = (s + timedelta(days=7 - s.weekday())).date()
        assert monday_next + timedelta(days=2) == start.date()
    subj = "Kundeintervju hos Tananger Offshore – mekanisk ingeniør"
    sig = f"""Mvh
Lene Tjelta
Seniorkonsulent, Teknisk | {agency}
Tlf. 481 22 907 | www.kvitsoy-bemanning.example"""
    body1 = f"""Hei Torstein,

Godt nytt: Tananger Offshore Services har lest CV-en din og vil gjerne møte deg til et intervju for oppdraget som mekanisk ingeniør (innleie via oss, 12 måneder med mulighet for forlengelse).

De foreslår onsdag i neste uke, enten kl. 09.00 eller kl. 13.00, på kontoret deres i Tananger. Hvilket tidspunkt passer best for deg?

Det er prosjektleder Kjetil Vik som skal ha intervjuet. Jeg sender deg en kort oppsummering av prosjektet i forkant.

{sig}"""
    f1 = outlook_mail("c05a", lang="nb", sender=lene, to=[me], subject=subj, date=s1, body=body1)
    mid1 = outlook_mid("c05a")
    body2 = f"""Hei Lene,

Takk! Kl. 09.00 passer best for meg, da rekker jeg en avtale i Stavanger på ettermiddagen.

Mvh
Torstein

Sendt fra min iPhone

> {s1.day}. okt. {s1.year} kl. {hm(s1)} skrev Lene Tjelta <{lene[1]}>:
>
{quote(body1)}"""
    f2, mid2 = iphone_mail("c05b", sender=me, to=[lene], subject="Re: " + subj, date=s2, body=body2,
                           quoted_html_intro=None, in_reply_to=mid1, references=mid1)
    body3 = f"""Hei igjen,

Da er det bekreftet med kunden: intervju onsdag i neste uke kl. 09.00 hos Tananger Offshore Services, Havneringen 22, 4056 Tananger. Intervjuet er satt av til én time.

Du møter prosjektleder Kjetil Vik ({kjetil[1]}). Han har bedt om at du tar med en oversikt over sertifikatene dine (BOSIET, offshore helseattest, eventuelt fagbrev). Meld deg i resepsjonen, så henter Kjetil deg der.

Jeg blir ikke med på selve intervjuet, men ring meg gjerne etterpå så tar vi en prat om hvordan det gikk.

{sig}

________________________________
Fra: Torstein Hebnes <{USER}>
Sendt: {no_date(s2)} {hm(s2)}
Til: Lene Tjelta <{lene[1]}>
Emne: Re: {subj}

{body2}"""
    f3 = outlook_mail("c05c", lang="nb", sender=lene, to=[me], cc=[kjetil], subject="SV: " + subj, date=s3,
                      body=body3, in_reply_to=mid2, references=f"{mid1}\n {mid2}")
    files = [("01-kundeintervju-forslag.eml", f1), ("02-re-svar-fra-torstein.eml", f2),
             ("03-sv-bekreftet-onsdag.eml", f3)]
    lab = label([iv(company, role, start, end, "scheduled", [kjetil[1]], [kjetil[1]], "hiring_manager")],
                "hard", "positive/agency-thread-relative-date",
                "Staffing-agency consultant books the client interview; only relative date 'onsdag i neste uke "
                "kl. 09.00' (resolved against Wed 28 Oct -> Wed 4 Nov, CET after the DST change), one hour. "
                "Company is the client that interviews (the agency is the employer of record); consultant "
                "does not attend, client project manager's address is in the text and Cc.")
    return slug, files, lab


@case
def c06():
    slug = "b194-06-forste-og-andre-intervju"
    company, role = "Ryfylke Energiservice AS", "Senior maskiningeniør – roterende utstyr"
    marte = ("Marte Haugland", "marte.haugland@ryfylke-energiservice.example")
    oyvind = ("Øyvind Sele", "oyvind.sele@ryfylke-energiservice.example")
    silje = ("Silje Nag", "silje.nag@ryfylke-energiservice.example")
    me = (USER_NAME, USER)
    s1_, e1_ = T(2026, 11, 9, 14, 0), T(2026, 11, 9, 14, 45)
    s2_, e2_ = T(2026, 11, 19, 9, 0), T(2026, 11, 19, 12, 0)
    d1 = T(2026, 11, 3, 13, 5, 31)
    body1 = f"""Hei Torstein,

Takk for søknaden på stillingen som {role.lower()}. Vi har lest den med interesse, og jeg vil gjerne invitere deg til et første intervju på Teams. Vi setter av 45 minutter, og tar en prat om bakgrunnen din fra roterende utstyr offshore og om hva stillingen innebærer.

Gi beskjed dersom tidspunktet ikke passer.

Med vennlig hilsen
Marte Haugland
Avdelingsleder roterende utstyr
{company}
Mob. 926 40 118"""
    f1 = outlook_invite("c06a", uid_seed="c06mtg1", lang="nb", sender=marte, to=[me],
                        subject=f"Førstegangsintervju – {role}", date=d1, start=s1_, end=e1_,
                        tzid="W. Europe Standard Time", body=body1, attendees=[me])
    d2 = T(2026, 11, 11, 15, 20, 12)
    body2 = f"""Hei Torstein,

Takk for en god samtale på {wd(s1_, 'mandag')}! Vi vil gjerne gå videre med deg, og inviterer deg til andre intervju hos oss på Forus {wd(s2_, 'torsdag')} {no_date(s2_, weekday=False, year=False)} kl. 09.00–12.00.

Program:
09.00–10.15  Faglig intervju med fagansvarlig Øyvind Sele og meg
10.15–10.30  Pause
10.30–11.15  Samtale med HR-partner Silje Nag
11.15–12.00  Omvisning i verkstedet og testcellen med Øyvind

Adresse: Forusbekken 12, 4033 Stavanger. Parkering for besøkende rett ved hovedinngangen. Kalenderinvitasjon kommer separat.

Øyvind og Silje står på kopi.

Med vennlig hilsen
Marte Haugland
Avdelingsleder roterende utstyr
{company}
Mob. 926 40 118"""
    f2 = outlook_mail("c06b", lang="nb", sender=marte, to=[me], cc=[oyvind, silje],
                      subject=f"Invitasjon til andre intervju – {role}", date=d2, body=body2)
    d3 = T(2026, 11, 11, 15, 34, 50)
    body3 = f"""Hei Torstein,

Her er kalenderinvitasjonen til andre intervju, se program i e-posten jeg sendte i stad. Vi møtes i resepsjonen.

Mvh
Marte"""
    f3 = outlook_invite("c06c", uid_seed="c06mtg2", lang="nb", sender=marte, to=[me, oyvind, silje],
                        subject=f"Andre intervju – Torstein Hebnes ({role})", date=d3, start=s2_, end=e2_,
                        tzid="W. Europe Standard Time", body=body3, attendees=[me, oyvind, silje],
                        teams=False, location=f"{company}, Forusbekken 12 – møterom Lysefjorden")
    files = [("01-teams-forstegangsintervju.eml", f1), ("02-invitasjon-andre-intervju.eml", f2),
             ("03-kalender-andre-intervju.eml", f3)]
    ivs = [iv(company, role, s1_, e1_, "scheduled", [marte[1]], [marte[1]], "hiring_manager"),
           iv(company, role, s2_, e2_, "scheduled", [marte[1], oyvind[1], silje[1]],
              [marte[1], oyvind[1], silje[1]], "onsite")]
    lab = label(ivs, "medium", "positive/two-interviews-same-company",
                "First-round Teams interview with the department head (organizer conducts it), then 'andre "
                "intervju' on site: e-mail programme + separate invite = one onsite 09.00–12.00 with three "
                "interviewers (the workshop tour with Øyvind is the last session).")
    return slug, files, lab


@case
def c07():
    slug = "b194-07-gcal-aberdeen-onsite-after-bst"
    company, role = "Buchan Deep Engineering Ltd", "Mechanical Integrity Engineer"
    kirsty = ("Kirsty Adam", "kirsty.adam@buchandeep-eng.example")
    alan = ("Alan Strachan", "alan.strachan@buchandeep-eng.example")
    fiona = ("Fiona Gauld", "fiona.gauld@buchandeep-eng.example")
    neil = ("Neil Buchan", "neil.buchan@buchandeep-eng.example")
    start, end = T(2026, 3, 31, 10, 0, tz=LON), T(2026, 3, 31, 14, 0, tz=LON)
    assert start.utcoffset() == timedelta(hours=1)   # BST began Sun 29 March 2026
    assert wd(start, "Tuesday")
    desc = (f"Hi Torstein – looking forward to welcoming you to Dyce.\n\n"
            f"Itinerary (all times UK time, BST):\n"
            f"10:00–11:30  Technical panel – Alan Strachan (Principal Integrity Engineer) and Fiona Gauld (Asset Integrity Lead)\n"
            f"11:30–12:15  Lunch with the integrity team\n"
            f"12:15–13:00  Workshop and pressure test bay tour\n"
            f"13:00–14:00  Conversation with Neil Buchan (Engineering Director)\n\n"
            f"Please arrive at reception for 09:45 and bring photo ID for the site induction. "
            f"Flights SVG–ABZ are booked through our travel desk; send any other receipts to me.\n\n"
            f"Kirsty Adam\nTalent Coordinator, {company}\n+44 1224 722 509")
    created = T(2026, 3, 18, 10, 22, 0, tz=UTC)
    eid = h("c07event", 26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{hnum('c07etag', 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {USER}".encode()).decode().rstrip("="),
        "created": "2026-03-18T10:22:00.000Z",
        "updated": "2026-03-19T08:05:41.112Z",
        "summary": f"Onsite interview – {role} (Torstein Hebnes)",
        "description": desc,
        "location": f"{company}, 5 Pitmedden Road, Dyce, Aberdeen AB21 0DP, UK",
        "creator": {"email": kirsty[1], "displayName": kirsty[0]},
        "organizer": {"email": kirsty[1], "displayName": kirsty[0]},
        "start": {"dateTime": start.astimezone(OSLO).isoformat(), "timeZone": "Europe/London"},
        "end": {"dateTime": end.astimezone(OSLO).isoformat(), "timeZone": "Europe/London"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 1,
        "attendees": [
            {"email": kirsty[1], "displayName": kirsty[0], "organizer": True, "responseStatus": "accepted"},
            {"email": alan[1], "displayName": alan[0], "responseStatus": "accepted"},
            {"email": fiona[1], "displayName": fiona[0], "responseStatus": "accepted"},
            {"email": neil[1], "displayName": neil[0], "responseStatus": "tentative"},
            {"email": USER, "displayName": USER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "guestsCanInviteOthers": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    assert created < start
    data = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    files = [("01-onsite-interview-aberdeen.gcal.json", data)]
    ivs = [iv(company, role, start, end, "scheduled", [alan[1], fiona[1], neil[1]],
              [alan[1], fiona[1], neil[1]], "onsite")]
    lab = label(ivs, "medium", "positive/gcal-json-onsite",
                "Calendar API event only; dateTime is rendered in the owner's Oslo calendar (+02:00) while "
                "timeZone is Europe/London; two days after the UK DST start, so 10:00 BST = 11:00 CEST. "
                "Loop 10:00–14:00 with lunch and tour is one onsite; the coordinator only organises.")
    return slug, files, lab


@case
def c08():
    slug = "b194-08-aberdeen-recruiter-call-thread"
    company, role = "Girdle Ness Offshore Ltd", "Mechanical Engineer – FPSO Topsides"
    ross = ("Ross Milne", "ross.milne@girdleness-offshore.example")
    me = (USER_NAME, USER)
    s1 = T(2026, 5, 12, 10, 47, 2, tz=LON)
    s2 = T(2026, 5, 12, 20, 15, 33)
    s3 = T(2026, 5, 13, 8, 58, 17, tz=LON)
    start, end = T(2026, 5, 15, 15, 30, tz=LON), T(2026, 5, 15, 16, 0, tz=LON)
    assert wd(s1, "Tuesday") and wd(start, "Friday") and (start.date() - s1.date()).days == 3
    subj = f"{role} – quick call?"
    body1 = f"""Hi Torstein,

Thanks for applying for the {role} role with Girdle Ness Offshore. Your background on topsides modifications on the Norwegian side looks like a strong fit for what we need.

I'd like to set up an initial call of around 30 minutes to talk through your experience, the role and the travel expectations (mostly Aberdeen-based with trips offshore to the FPSO). Would this Friday work? I could do 2pm or 3.30pm UK time.

Cheers,
Ross

Ross Milne
Talent Acquisition Partner
{company}
+44 1224 213 660"""
    f1, mid1 = gmail_mail("c08a", sender=ross, to=[me], subject=subj, date=s1, body=body1)
    s1o = s1.astimezone(OSLO)
    body2 = f"""Hi Ross,

Thanks for getting back to me. Friday at 3.30pm UK time suits me well (that is 16:30 here in Stavanger). You can reach me on +47 932 18 440.

Best regards,
Torstein

On {s1o.strftime('%d.%m.%Y')} {hm(s1o)}, Ross Milne wrote:
{quote(body1)}"""
    f2, mid2 = thunderbird_mail("c08b", sender=me, to=[ross], subject="Re: " + subj, date=s2, body=body2,
                                in_reply_to=mid1, references=mid1, lang="en")
    s2l = s2.astimezone(LON)
    body3 = f"""Perfect – I'll give you a call on Friday at 3.30pm UK time on +47 932 18 440. I've blocked out 30 minutes.

Speak then!
Ross

On {EN_DAYS[s2l.weekday()][:3]}, {s2l.day} {EN_MONTHS[s2l.month - 1][:3]} {s2l.year} at {hm(s2l)}, Torstein Hebnes <{USER}> wrote:
{quote(body2)}"""
    f3, _ = gmail_mail("c08c", sender=ross, to=[me], subject="Re: " + subj, date=s3, body=body3,
                       in_reply_to=mid2, references=f"{mid1} {mid2}")
    files = [("01-quick-call.eml", f1), ("02-re-torstein-picks-slot.eml", f2), ("03-re-ross-confirms.eml", f3)]
    lab = label([iv(company, role, start, end, "scheduled", [ross[1]], [ross[1]], "phone_screen")],
                "medium", "positive/thread-relative-uk-time",
                "Three-message thread: 'this Friday' (from Tue 12 May) at 3.30pm UK time = Fri 15 May 15:30 BST; "
                "the candidate restates it as 16:30 Norwegian time (same instant). Recruiter conducts the call.")
    return slug, files, lab


@case
def c09():
    slug = "b194-09-teams-intervju-avlyst"
    company, role = "Sola Turbinservice AS", "Maskiningeniør – gassturbiner"
    hanne = ("Hanne Rosland", "hanne.rosland@sola-turbinservice.example")
    me = (USER_NAME, USER)
    start, end = T(2026, 9, 25, 9, 0), T(2026, 9, 25, 10, 0)
    d1 = T(2026, 9, 11, 9, 30, 12)
    d2 = T(2026, 9, 22, 15, 41, 7)
    subj = f"Intervju – {role}"
    body1 = f"""Hei Torstein,

Som avtalt på telefon i dag sender jeg her en Teams-innkalling til intervju for stillingen som {role.lower()}. Vi setter av en time og går gjennom erfaringen din med gassturbiner og kompressorpakker offshore, og jeg forteller mer om verkstedet og serviceavtalene våre.

Mvh
Hanne Rosland
Avdelingsleder turbinservice
{company}
Tlf. 51 64 90 30"""
    f1 = outlook_invite("c09a", uid_seed="c09mtg", lang="nb", sender=hanne, to=[me], subject=subj, date=d1,
                        start=start, end=end, tzid="W. Europe Standard Time", body=body1, attendees=[me])
    body2 = f"""Hei Torstein,

Beklager kort varsel. Ledelsen har besluttet å sette ansettelsen på vent til budsjettet for 2027 er klart, og jeg må derfor dessverre avlyse intervjuet vårt på {wd(start, 'fredag')}.

Jeg tar kontakt igjen dersom stillingen lyses ut på nytt.

Mvh
Hanne"""
    f2 = outlook_invite("c09b", uid_seed="c09mtg", lang="nb", sender=hanne, to=[me], subject="Avlyst: " + subj,
                        date=d2, start=start, end=end, tzid="W. Europe Standard Time", body=body2,
                        attendees=[me], method="CANCEL", sequence=1, footer=False)
    files = [("01-teams-innkalling-intervju.eml", f1), ("02-avlyst-intervju.eml", f2)]
    lab = label([iv(company, role, start, end, "cancelled", [hanne[1]], [hanne[1]], "hiring_manager")],
                "medium", "positive/cancellation",
                "Norwegian Teams invite then Outlook METHOD:CANCEL ('Avlyst:') with the same UID; kept as "
                "cancelled at Fri 25 Sep 09:00 CEST. Organizer conducts the interview.")
    return slug, files, lab


@case
def c10():
    slug = "b194-10-webcruiter-endret-tidspunkt"
    company, role = "Jæren Prosessteknikk AS", "Prosjektingeniør mekanisk"
    kari = ("Kari Lode", "kari.lode@jaeren-prosessteknikk.example")
    old_s, old_e = T(2026, 9, 7, 13, 0), T(2026, 9, 7, 14, 0)
    new_s, new_e = T(2026, 9, 9, 8, 30), T(2026, 9, 9, 9, 30)
    d1, d2 = T(2026, 8, 25, 9, 30, 41), T(2026, 9, 2, 15, 5, 9)
    uid = f"wc-int-{h('c10uid', 16)}@webcruiter.no"
    loc = f"{company}, Industrivegen 18, 4340 Bryne"

    def cal(s, e, seq, stamp):
        return simple_ics(prodid="-//Webcruiter//Interview//NO", method="PUBLISH", vtz=VTZ_OSLO, events=[[
            f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{ical_utc(stamp)}",
            f"DTSTART;TZID=Europe/Oslo:{ical_local(s, OSLO)}", f"DTEND;TZID=Europe/Oslo:{ical_local(e, OSLO)}",
            f"SUMMARY:{esc('Intervju - ' + company + ' - ' + role)}", f"LOCATION:{esc(loc)}",
            f'ORGANIZER;CN="{company}":mailto:noreply@webcruiter.no',
            f"ATTENDEE;CN={USER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION:mailto:{USER}",
            "STATUS:CONFIRMED", "TRANSP:OPAQUE"]])
    sig = f"""Med vennlig hilsen
Kari Lode
HR-rådgiver, {company}
Tlf. 51 77 20 00 | {kari[1]}"""
    body1 = f"""Hei Torstein,

Takk for søknaden din på stillingen som {role.lower()}. Vi ønsker å invitere deg til intervju.

Dato: {wd(old_s, 'mandag')} {no_date(old_s, weekday=False)}
Tid: {hm(old_s)} – {hm(old_e)}
Sted: {loc}

Du møter teknisk sjef Bjarne Hetland. Intervjuet tar utgangspunkt i erfaringen din fra prosjekter og modifikasjoner, og du får en kort omvisning i produksjonslokalene etterpå.

Passer ikke tidspunktet, kan du svare på denne e-posten.

{sig}"""
    body2 = f"""Hei Torstein,

Tidspunktet for intervjuet ditt er endret.

Nytt tidspunkt: {wd(new_s, 'onsdag')} {no_date(new_s, weekday=False)} kl. {hm(new_s)} – {hm(new_e)}
Tidligere tidspunkt: {wd(old_s, 'mandag')} {no_date(old_s, weekday=False, year=False)} kl. {hm(old_s)}
Sted: uendret ({loc})

Bjarne Hetland måtte dessverre på kundebesøk mandag. Oppdatert kalenderfil ligger vedlagt.

{sig}"""
    f1 = webcruiter_mail("c10a", company=company, subject=f"Innkalling til intervju – {role}", date=d1,
                         body=body1, reply_to=addr(*kari), ics_text=cal(old_s, old_e, 0, d1), footer=WC_FOOTER_REPLY)
    f2 = webcruiter_mail("c10b", company=company, subject=f"Endret tidspunkt for intervju – {role}", date=d2,
                         body=body2, reply_to=addr(*kari), ics_text=cal(new_s, new_e, 1, d2), footer=WC_FOOTER_REPLY)
    files = [("01-webcruiter-innkalling.eml", f1), ("02-webcruiter-endret-tidspunkt.eml", f2)]
    lab = label([iv(company, role, new_s, new_e, "scheduled", [], [kari[1]], "hiring_manager")],
                "medium", "positive/ats-reschedule",
                "Webcruiter invitation then 'Endret tidspunkt' (same .ics UID, SEQUENCE 1): final Wed 9 Sep "
                "08:30–09:30. Interviewer Bjarne Hetland has no address in the case -> follow-up to HR adviser "
                "Kari Lode (Reply-To and signature).")
    return slug, files, lab


@case
def c11():
    slug = "b194-11-reachmee-selvbooket-teams-html"
    company, role = "Kvernevik Engineering AS", "Mekanisk designingeniør – offshore kraner"
    anne = ("Anne Brit Fjelde", "anne-brit.fjelde@kvernevik-eng.example")
    start, end = T(2026, 11, 20, 11, 15), T(2026, 11, 20, 12, 0)
    sent = T(2026, 11, 13, 11, 2, 44)
    _, _, url = teams_footer("nb", "c11mtg")
    body = f"""Hei Torstein!

Du har booket følgende tid for intervju:

Stilling: {role}
Dato: {wd(start, 'fredag')} {no_date(start, weekday=False)}
Klokkeslett: {hm(start)} – {hm(end)}
Sted: Microsoft Teams
Teams-lenke: {url}

Intervjuer: Geir Olav Time, fagleder konstruksjon

Intervjuet er faglig rettet, og du kan bli bedt om å vise eksempler fra tidligere konstruksjonsarbeid (løfteutstyr, kraner, beregninger etter NORSOK R-002).

Har du spørsmål, kontakt rekrutteringsrådgiver Anne Brit Fjelde på {anne[1]}.

Du kan endre eller avbestille tiden inntil 24 timer før via denne lenken:
https://web103.reachmee.com/ext/I022/733/booking?site=7&lang=NO&rid={hnum('c11rid', 6)}

Med vennlig hilsen
{company}"""
    cal = simple_ics(prodid="-//ReachMee//Interview Booking 1.0//EN", method="REQUEST", events=[[
        f"UID:rm-booking-{h('c11uid', 20)}@reachmee.com", f"DTSTAMP:{ical_utc(sent)}",
        f"DTSTART:{ical_utc(start)}", f"DTEND:{ical_utc(end)}",
        f"SUMMARY:{esc('Intervju: ' + role + ' (' + company + ')')}",
        f"LOCATION:{esc('Microsoft Teams')}", f"DESCRIPTION:{esc('Teams-lenke: ' + url)}",
        f"ORGANIZER;CN={company}:mailto:no-reply@reachmee.com",
        f"ATTENDEE;CN={USER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{USER}",
        "STATUS:CONFIRMED", "SEQUENCE:0"]])
    f1 = reachmee_mail("c11", company=company, subject=f"Bekreftelse på booket intervju – {role}", date=sent,
                       body=body, ics_text=cal, html_only=True, cte="base64", lang="nb")
    files = [("01-reachmee-bekreftelse-booket-intervju.eml", f1)]
    lab = label([iv(company, role, start, end, "scheduled", [], [anne[1]], "technical")],
                "medium", "positive/ats-reachmee-html-only",
                "ReachMee self-booking confirmation, HTML-only base64 body, .ics in UTC (10:15Z = 11:15 CET). "
                "Interviewer named without address -> follow-up to the recruiter given in the text.")
    return slug, files, lab


@case
def c12():
    slug = "b194-12-videresendt-aberdeen-teams-desember"
    company, role = "Longhaven Rotating Equipment Ltd", "Rotating Equipment Engineer"
    gemma = ("Gemma Thom", "gemma.thom@longhaven-rotating.example")
    fraser = ("Fraser McAllister", "fraser.mcallister@longhaven-rotating.example")
    old_addr = "t.hebnes@fjordpost.example"
    start, end = T(2026, 12, 10, 11, 0, tz=LON), T(2026, 12, 10, 12, 0, tz=LON)
    orig_date = T(2026, 11, 30, 16, 20, 41, tz=LON)
    fwd_date = T(2026, 12, 1, 7, 12, 8)
    assert start.utcoffset() == timedelta(0)
    orig = f"""Hi Torstein,

Thanks for your application for the {role} role at Longhaven. Fraser McAllister, our Lead Rotating Equipment Engineer ({fraser[1]}), would like to invite you to a technical interview on Microsoft Teams on {wd(start, 'Thursday')} {en_date(start, weekday=False, year=False)} at 11:00 GMT (12:00 CET for you). We've set aside one hour.

Fraser will send the Teams link directly from his calendar a few days before. The conversation will cover centrifugal compressors, dry gas seals and condition monitoring – nothing to prepare beyond that.

If the time doesn't suit, just reply to me and I'll rearrange.

Kind regards,
Gemma Thom
Recruitment Coordinator
{company}
Peterhead, AB42 | +44 1779 470 212"""
    body = f"""Videresender til hovedadressen min.

-------- Videresendt melding --------
Emne: \tInterview invitation – {role}
Dato: \t{mdate(orig_date)}
Fra: \t{gemma[0]} <{gemma[1]}>
Til: \t{old_addr}



{orig}"""
    f1, _ = thunderbird_mail("c12", sender=(USER_NAME, old_addr), to=[(USER_NAME, USER)],
                             subject=f"Fwd: Interview invitation – {role}", date=fwd_date, body=body)
    files = [("01-fwd-interview-invitation.eml", f1)]
    lab = label([iv(company, role, start, end, "scheduled", [fraser[1]], [fraser[1]], "technical")],
                "hard", "positive/forwarded-body-only",
                "Owner forwards (Thunderbird, Norwegian headers) a recruiter mail sent to his old address; "
                "Thu 10 Dec 11:00 GMT = 12:00 CET, one hour. Interviewer's address is in the forwarded text; "
                "the coordinator does not conduct it.")
    return slug, files, lab


@case
def c13():
    slug = "b194-13-frittstaende-ics-flytende-tid"
    company, role = "Havbris Vind AS", "Mekanisk ingeniør – fundament og sekundærstål"
    torunn = ("Torunn Eik", "torunn.eik@havbris-vind.example")
    start, end = T(2026, 12, 2, 13, 0), T(2026, 12, 2, 14, 0)
    stamp = T(2026, 11, 24, 10, 15, 0)
    _, _, url = teams_footer("nb", "c13mtg")
    desc = (f"Hei Torstein!\n\nVelkommen til intervju for stillingen som {role.lower()} i Havbris Vind, "
            f"{wd(start, 'onsdag')} {no_date(start, weekday=False, year=False)} kl. 13:00–14:00 (norsk tid) på Teams.\n\n"
            f"Du møter Torunn Eik, leder for konstruksjon ({torunn[1]}).\n\nTeams: {url}\n\n"
            f"Mvh\nRekruttering\nHavbris Vind AS")
    data = simple_ics(prodid="-//Havbris Vind AS//Rekruttering 2.1//NO", method="REQUEST", events=[[
        f"UID:havbris-rekr-{h('c13uid', 18)}@havbris-vind.example", f"DTSTAMP:{ical_utc(stamp)}",
        f"DTSTART:{start.strftime('%Y%m%dT%H%M%S')}", f"DTEND:{end.strftime('%Y%m%dT%H%M%S')}",
        f"SUMMARY:{esc('Intervju: ' + role + ' (' + company + ')')}", f"DESCRIPTION:{esc(desc)}",
        "LOCATION:Microsoft Teams", f"ORGANIZER;CN={torunn[0]}:mailto:{torunn[1]}",
        f"ATTENDEE;CN={torunn[0]};ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:{torunn[1]}",
        f"ATTENDEE;CN={USER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{USER}",
        "STATUS:CONFIRMED", "SEQUENCE:0", "TRANSP:OPAQUE"]]).encode("utf-8")
    files = [("01-intervju-havbris-vind.ics", data)]
    lab = label([iv(company, role, start, end, "scheduled", [torunn[1]], [torunn[1]], "hiring_manager")],
                "hard", "positive/standalone-ics-floating",
                "Standalone .ics with floating DTSTART (no TZID, no Z); DESCRIPTION says 'kl. 13:00–14:00 (norsk "
                "tid)' -> 13:00 CET (+01:00) on Wed 2 Dec.")
    return slug, files, lab


# ============================================================================= NEGATIVE CASES
def system_mail(seed, *, sender, subject, date, body, ics_text=None, ics_name="invitation.ics",
                to=None, reply_to=None, method="PUBLISH", mailer=None):
    htm = ('<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:14px">'
           + to_html(body) + "</body></html>\n")
    alt = multi("alternative", "b2_" + h(seed + "sa", 28), [
        leaf("text/plain", body.rstrip("\n") + "\n", "quoted-printable"),
        leaf("text/html", htm, "quoted-printable")])
    if ics_text:
        part = multi("mixed", "b1_" + h(seed + "sm", 28), [alt, leaf(
            "text/calendar", ics_text, "base64", params=f'; method={method}; name="{ics_name}"',
            headers=[f'Content-Disposition: attachment; filename="{ics_name}"'])])
    else:
        part = alt
    dom = sender[1].split("@")[1]
    hdrs = [("Delivered-To", USER),
            ("Received", received(seed, f"smtp.{dom}", f"193.69.{hnum(seed, 2) + 10}.{hnum(seed + 'q', 2) + 5}", date)),
            ("Return-Path", f"<{sender[1]}>"), ("Date", mdate(date)), ("To", to or addr(USER_NAME, USER)),
            ("From", addr(*sender)), ("Reply-To", reply_to), ("Subject", enc(subject)),
            ("Message-ID", f"<{h(seed + 'smid', 32)}@{dom}>"), ("X-Mailer", mailer)]
    return message(hdrs, part)


@case
def c14():
    slug = "b194-14-bosiet-huet-kursinnkalling"
    sender = ("Risavika Sikkerhetssenter AS", "kurs@risavika-sikkerhet.example")
    sent = T(2026, 11, 4, 13, 10, 55)
    days = [T(2026, 11, 23, 8, 0), T(2026, 11, 24, 8, 0), T(2026, 11, 25, 8, 0)]
    body = f"""Hei Torstein Hebnes,

Du er påmeldt følgende kurs:

Kurs: BOSIET med HUET og CA-EBS (OPITO-godkjent, kurskode 5700)
Kursdager: {wd(days[0], 'mandag')} {no_date(days[0], weekday=False, year=False)} – {wd(days[2], 'onsdag')} {no_date(days[2], weekday=False)}, kl. 08:00–16:00
Oppmøte første dag: kl. 07:45 i resepsjonen, Risavika Sikkerhetssenter, Tananger

Ta med:
- gyldig legitimasjon med bilde
- badetøy og håndkle
- gyldig helseerklæring for arbeid offshore

Før praktisk del i bassenget har alle deltakere en kort samtale med instruktør om svømmeferdigheter og eventuelle helseforhold. Husk at HUET-delen ikke kan gjennomføres uten gyldig helseerklæring.

Bestilt av: Boknafjord Drilling AS, personellavdelingen
Kursbevis registreres i OPITO-databasen etter bestått kurs.

Kalenderfil er vedlagt. Avbestilling senest 7 dager før kursstart.

Med vennlig hilsen
Kursadministrasjonen
Risavika Sikkerhetssenter AS
Tlf. 51 65 88 00"""
    evs = []
    for i, d in enumerate(days, 1):
        evs.append([f"UID:rsk-5700-{h('c14uid', 10)}-{i}@risavika-sikkerhet.example", f"DTSTAMP:{ical_utc(sent)}",
                    f"DTSTART;TZID=Europe/Oslo:{ical_local(d, OSLO)}",
                    f"DTEND;TZID=Europe/Oslo:{ical_local(d + timedelta(hours=8), OSLO)}",
                    f"SUMMARY:{esc(f'BOSIET med HUET og CA-EBS – dag {i} av 3')}",
                    f"LOCATION:{esc('Risavika Sikkerhetssenter, Tananger')}",
                    f"ORGANIZER;CN=Risavika Sikkerhetssenter:mailto:{sender[1]}",
                    f"ATTENDEE;CN={USER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{USER}",
                    "STATUS:CONFIRMED", "SEQUENCE:0"])
    cal = simple_ics(prodid="-//Risavika Sikkerhetssenter//Kursbooking 4.2//NO", method="PUBLISH",
                     vtz=VTZ_OSLO, events=evs)
    f1 = system_mail("c14", sender=sender, subject="Kursinnkalling: BOSIET med HUET og CA-EBS 23.–25. november",
                     date=sent, body=body, ics_text=cal, ics_name="kurs-5700.ics")
    lab = label([], "medium", "negative/safety-course-booking",
                "'Kursinnkalling' for an OPITO BOSIET/HUET course with a three-day .ics and a 'samtale med "
                "instruktør'; a training booking, not a job interview.")
    return slug, [("01-kursinnkalling-bosiet-huet.eml", f1)], lab


@case
def c15():
    slug = "b194-15-offshore-helseattest-time"
    sender = ("Forus Offshoremedisin", "timebestilling@forus-offshoremedisin.example")
    sent = T(2026, 10, 5, 8, 2, 19)
    start, end = T(2026, 10, 13, 8, 15), T(2026, 10, 13, 9, 0)
    body = f"""Timebekreftelse

Hei Torstein,

Du har time for helseundersøkelse for arbeid på petroleumsinnretninger til havs (offshore helseerklæring):

Når: {wd(start, 'tirsdag')} {no_date(start, weekday=False)} kl. {hm(start)} (ca. 45 minutter)
Hvor: Forus Offshoremedisin, Forusbeen 35, 4033 Stavanger
Lege: Ragnhild Ims, godkjent offshorelege

Undersøkelsen består av en samtale med legen om helse og arbeidsforhold, syn- og hørselstest, spirometri, EKG og blodprøver. Fyll ut egenerklæringsskjemaet på forhånd og ta med briller/linser og eventuelle medisinlister.

Helseerklæringen utstedes samme dag ved godkjent undersøkelse og er gyldig i to år.

Avbestilling senest 24 timer før, ellers faktureres timen.

Vennlig hilsen
Forus Offshoremedisin
Tlf. 51 81 20 40"""
    cal = simple_ics(prodid="-//Forus Offshoremedisin//Timebok//NO", method="PUBLISH", vtz=VTZ_OSLO, events=[[
        f"UID:time-{h('c15uid', 14)}@forus-offshoremedisin.example", f"DTSTAMP:{ical_utc(sent)}",
        f"DTSTART;TZID=Europe/Oslo:{ical_local(start, OSLO)}", f"DTEND;TZID=Europe/Oslo:{ical_local(end, OSLO)}",
        "SUMMARY:Helseundersøkelse offshore – Forus Offshoremedisin",
        f"LOCATION:{esc('Forusbeen 35, 4033 Stavanger')}",
        "DESCRIPTION:Lege Ragnhild Ims. Husk egenerklæringsskjema.", "STATUS:CONFIRMED"]])
    f1 = system_mail("c15", sender=sender, subject="Timebekreftelse – helseundersøkelse offshore", date=sent,
                     body=body, ics_text=cal, ics_name="time.ics", mailer="Timebok 7")
    lab = label([], "easy", "negative/medical-appointment",
                "Offshore medical certificate appointment (doctor 'samtale', .ics); not a hiring conversation.")
    return slug, [("01-timebekreftelse-helseundersokelse.eml", f1)], lab


@case
def c16():
    slug = "b194-16-fagforening-medlemsmote"
    roar = ("Roar Skadberg", "roar.skadberg@nomf.example")
    group = ("Medlemmer avd. Rogaland", "medlemmer-rogaland@nomf.example")
    me = (USER_NAME, USER)
    start, end = T(2026, 9, 24, 18, 0), T(2026, 9, 24, 20, 0)
    sent = T(2026, 9, 14, 12, 44, 30)
    body = f"""Hei alle sammen,

Velkommen til medlemsmøte i avdeling Rogaland {wd(start, 'torsdag')} {no_date(start, weekday=False, year=False)} kl. 18.00–20.00 på Teams.

Saksliste:
1. Status i lønnsoppgjøret 2026
2. Forslag om ny 2-4-rotasjon på flyttbare innretninger – hva betyr det for dere?
3. Pensjon og sokkelpensjon
4. Eventuelt

Etter møtet ønsker redaksjonen i medlemsbladet å gjøre korte intervjuer med noen medlemmer om erfaringer med rotasjonsordninger. Torstein, du har sagt ja til å stille – sett gjerne av ca. 20 minutter etter møtet.

Hilsen
Roar Skadberg
Hovedtillitsvalgt, avd. Rogaland
Norsk Offshore- og Maskinforbund"""
    f1 = outlook_invite("c16", uid_seed="c16mtg", lang="nb", sender=roar, to=[group, me],
                        subject="Medlemsmøte avd. Rogaland – lønnsoppgjøret og ny rotasjon", date=sent,
                        start=start, end=end, tzid="W. Europe Standard Time", body=body,
                        attendees=[group, me])
    lab = label([], "hard", "negative/union-meeting",
                "Union members' meeting Teams invite; mentions a short member-magazine 'intervju' with the owner "
                "(press interview, not a job interview).")
    return slug, [("01-teams-medlemsmote.eml", f1)], lab


@case
def c17():
    slug = "b194-17-turnusplan-2-4-rotasjon"
    linn = ("Linn Osmundsen", "linn.osmundsen@boknafjord-drilling.example")
    sent = T(2026, 12, 4, 11, 25, 3)
    first = T(2027, 1, 13)
    periods = [first + timedelta(days=42 * i) for i in range(4)]
    assert all(p.weekday() == 2 for p in periods)
    lines = "\n".join(f"- {no_date(p, year=False)} – {no_date(p + timedelta(days=13), year=False)}" for p in periods)
    body = f"""Hei alle sammen på B-skiftet,

Vedlagt er turnusplanen for 2027 for Boknafjord Venture. Fra januar går vi over til 2-4 rotasjon (to uker på, fire uker av), i tråd med avtalen med de tillitsvalgte.

Dine første perioder ute:
{lines}

Helikopter fra Sola: oppmøte kl. 06:45 på utreisedagen. Husk gyldig helseerklæring og BOSIET/FOET – sjekk utløpsdatoene i kompetanseportalen før første tur.

Kalenderfil med periodene er vedlagt. Gi beskjed til meg snarest dersom du har ferieønsker som kolliderer.

Mvh
Linn Osmundsen
Personellkoordinator offshore
Boknafjord Drilling AS
Tlf. 908 11 372"""
    evs = []
    for i, p in enumerate(periods, 1):
        evs.append([f"UID:turnus-2027-b-{i}-{h('c17uid', 10)}@boknafjord-drilling.example",
                    f"DTSTAMP:{ical_utc(sent)}", f"DTSTART;VALUE=DATE:{p.strftime('%Y%m%d')}",
                    f"DTEND;VALUE=DATE:{(p + timedelta(days=14)).strftime('%Y%m%d')}",
                    "SUMMARY:Offshore – Boknafjord Venture (B-skift)", "TRANSP:OPAQUE"])
        evs.append([f"UID:heli-2027-b-{i}-{h('c17uid', 10)}@boknafjord-drilling.example",
                    f"DTSTAMP:{ical_utc(sent)}", f"DTSTART;TZID=Europe/Oslo:{ical_local(p.replace(hour=6, minute=45), OSLO)}",
                    f"DTEND;TZID=Europe/Oslo:{ical_local(p.replace(hour=8, minute=0), OSLO)}",
                    "SUMMARY:Helikopter Sola – Boknafjord Venture (oppmøte 06:45)",
                    "LOCATION:Sola heliport", "TRANSP:OPAQUE"])
    cal = simple_ics(prodid="-//Boknafjord Drilling//Turnus//NO", method="PUBLISH", vtz=VTZ_OSLO, events=evs,
                     calname="Turnus 2027 B-skift")
    f1 = system_mail("c17", sender=linn, subject="Turnusplan 2027 – 2-4 rotasjon, Boknafjord Venture",
                     date=sent, body=body, ics_text=cal, ics_name="Turnusplan_2027_B-skift.ics",
                     to=addr("B-skift Boknafjord Venture", "b-skift-venture@boknafjord-drilling.example"),
                     mailer="Microsoft Outlook 16.0")
    lab = label([], "medium", "negative/rotation-schedule",
                "Current employer's 2027 rotation plan (2-4) with all-day offshore periods and helicopter times.")
    return slug, [("01-turnusplan-2027.eml", f1)], lab


@case
def c18():
    slug = "b194-18-medarbeidersamtale-teams"
    svein = ("Svein Erik Haaland", "sveinerik.haaland@boknafjord-drilling.example")
    me = (USER_NAME, USER)
    start, end = T(2026, 11, 26, 10, 0), T(2026, 11, 26, 11, 0)
    sent = T(2026, 11, 16, 9, 12, 40)
    body = f"""Hei Torstein,

Det er tid for årets medarbeidersamtale. Siden du er på fri denne perioden tar vi den på Teams, og jeg sender invitasjonen til privatadressen din.

Vi går gjennom:
- arbeidssituasjon og arbeidsmiljø om bord
- måloppnåelse 2026
- kompetanse og utviklingsønsker (du nevnte interesse for en prosjektrolle på land)
- oppfølging fra forrige samtale

Lønnssamtalen tas separat i januar. Fyll gjerne ut forberedelsesskjemaet i HR-portalen før vi møtes.

Mvh
Svein Erik Haaland
Vedlikeholdsleder, Boknafjord Venture
Boknafjord Drilling AS"""
    f1 = outlook_invite("c18", uid_seed="c18mtg", lang="nb", sender=svein, to=[me],
                        subject="Medarbeidersamtale 2026 – Torstein", date=sent, start=start, end=end,
                        tzid="W. Europe Standard Time", body=body, attendees=[me])
    assert wd(start, "torsdag")
    lab = label([], "hard", "negative/annual-appraisal",
                "Annual appraisal (medarbeidersamtale) with his own manager at the current employer; one-to-one "
                "Teams invite with career talk, not a hiring process.")
    return slug, [("01-teams-medarbeidersamtale.eml", f1)], lab


@case
def c19():
    slug = "b194-19-aberdeen-availability-request"
    eilidh = ("Eilidh Watt", "eilidh.watt@covebay-integrity.example")
    sent = T(2026, 6, 2, 14, 22, 9, tz=LON)
    wc = T(2026, 6, 8, tz=LON)
    assert wd(wc, "Monday")
    body = f"""Hi Torstein,

Thanks for your application for the Piping & Mechanical Engineer position at Cove Bay Integrity. Our hiring manager would like to arrange a first interview with you on Teams.

Could you let me know your availability for a 45-minute slot next week (w/c {wc.day} June)? Alternatively, you can pick a time directly here:
https://calendly.com/covebay-ta/first-interview

Slots are shown in UK time – Stavanger is one hour ahead.

Kind regards,
Eilidh

Eilidh Watt
Talent Partner
Cove Bay Integrity Ltd
+44 1224 896 455"""
    f1 = outlook_mail("c19", lang="en", sender=eilidh, to=[(USER_NAME, USER)],
                      subject="Interview – Piping & Mechanical Engineer – your availability", date=sent, body=body)
    lab = label([], "medium", "negative/availability-request",
                "Request for availability plus an unbooked scheduling link; no interview time is fixed.")
    return slug, [("01-interview-availability.eml", f1)], lab


@case
def c20():
    slug = "b194-20-webcruiter-avslag-etter-intervju"
    company = "Randaberg Hydraulikk AS"
    sent = T(2026, 9, 18, 10, 3, 27)
    past = T(2026, 9, 10, 10, 0)
    body = f"""Hei Torstein,

Takk for at du tok deg tid til å komme på intervju hos oss {wd(past, 'torsdag')} {no_date(past, weekday=False, year=False)} i forbindelse med stillingen som hydraulikkingeniør.

Vi har hatt mange godt kvalifiserte søkere, og etter en helhetsvurdering har vi dessverre valgt å gå videre med en annen kandidat.

Vi setter pris på interessen din for {company} og ønsker deg lykke til videre.

Med vennlig hilsen
Trond Vold
Daglig leder
{company}"""
    f1 = webcruiter_mail("c20", company=company, subject="Svar på søknad – Hydraulikkingeniør", date=sent, body=body)
    lab = label([], "easy", "negative/rejection-after-interview",
                "Webcruiter rejection that refers to a past interview date; no upcoming interview.")
    return slug, [("01-webcruiter-svar-pa-soknad.eml", f1)], lab


@case
def c21():
    slug = "b194-21-reachmee-videointervju-enveis"
    company = "Utsira Offshore AS"
    sent = T(2026, 9, 28, 8, 45, 12)
    deadline = T(2026, 10, 6, 23, 59)
    body = f"""Hei Torstein,

Takk for søknaden din på stillingen Mekanisk ingeniør – vedlikehold hos {company}.

Neste steg i prosessen er et digitalt videointervju. Du får fem spørsmål på skjermen og spiller inn svarene dine – maks to minutter per spørsmål. Ingen fra oss deltar live; du gjennomfører intervjuet når det passer deg, men senest {wd(deadline, 'tirsdag')} {no_date(deadline, weekday=False, year=False)} kl. 23:59.

Start videointervjuet her:
https://web103.reachmee.com/ext/I031/902/videointerview?rid={hnum('c21rid', 6)}&token={h('c21tok', 24)}

Tips: bruk et rolig rom, god belysning og test kamera og mikrofon før du starter.

Med vennlig hilsen
Rekrutteringsteamet
{company}"""
    f1 = reachmee_mail("c21", company=company, subject="Invitasjon til videointervju – Mekanisk ingeniør, vedlikehold",
                       date=sent, body=body, html_only=True, cte="quoted-printable", lang="nb")
    lab = label([], "hard", "negative/one-way-video-interview",
                "ReachMee one-way recorded 'videointervju' with a deadline; nobody joins live, so not an interview "
                "per the rules.")
    return slug, [("01-reachmee-videointervju.eml", f1)], lab


@case
def c22():
    slug = "b194-22-bruker-er-intervjuer-laerling"
    mona = ("Mona Ravndal", "mona.ravndal@boknafjord-drilling.example")
    svein = ("Svein Erik Haaland", "sveinerik.haaland@boknafjord-drilling.example")
    me = (USER_NAME, USER)
    start, end = T(2026, 8, 26, 12, 30), T(2026, 8, 26, 13, 15)
    sent = T(2026, 8, 20, 14, 2, 55)
    body = f"""Hei Torstein og Svein Erik,

Takk for at dere stiller i intervjupanelet for lærlingplassene i år. Dette er intervju med kandidat Sander Lie (VG2 teknologi- og industrifag), som søker læreplass som industrimekaniker.

Torstein – du tar de faglige spørsmålene om mekanisk arbeid og HMS. Svein Erik tar motivasjon og oppfølging. Intervjuguide og CV ligger i Teams-kanalen «Lærlinger 2026». Jeg sender til privatadressen din, Torstein, siden du er på land denne uken.

Mvh
Mona Ravndal
HR-rådgiver, Boknafjord Drilling AS"""
    f1 = outlook_invite("c22", uid_seed="c22mtg", lang="nb", sender=mona, to=[me, svein],
                        subject="Intervju lærling industrimekaniker – Sander Lie", date=sent, start=start, end=end,
                        tzid="W. Europe Standard Time", body=body, attendees=[me, svein], teams=False,
                        location="Boknafjord Drilling, base Tananger – møterom Sleipner")
    assert wd(start, "onsdag")
    lab = label([], "hard", "negative/user-is-interviewer",
                "Outlook invite titled 'Intervju' where the owner sits on his employer's panel interviewing an "
                "apprentice candidate.")
    return slug, [("01-intervju-laerling-panel.eml", f1)], lab


# ============================================================================= main
def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith("b194-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for i, fn in enumerate(CASES, 1):
        slug, files, lab = fn()
        assert slug.startswith(f"b194-{i:02d}-"), slug
        d = os.path.join(HERE, slug)
        os.makedirs(d)
        names = [n for n, _ in files]
        assert names == sorted(names) and len(set(names)) == len(names)
        for j, (name, data) in enumerate(files, 1):
            assert name.startswith(f"{j:02d}-") and name.endswith((".eml", ".ics", ".gcal.json")), name
            with open(os.path.join(d, name), "wb") as fh:
                fh.write(data)
        labels[slug] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# blind194 labels (generated by make_cases.py). Schema: shared eval README.\n")
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    pos = sum(1 for v in labels.values() if v["interview"])
    ivs = [x for v in labels.values() for x in v["interviews"]]
    print(f"{len(labels)} cases, {pos} positive, {len(labels) - pos} negative, {len(ivs)} interviews "
          f"({sum(x['status'] == 'scheduled' for x in ivs)} scheduled, {sum(x['status'] == 'cancelled' for x in ivs)} cancelled)")


if __name__ == "__main__":
    main()
