#!/usr/bin/env python3
"""Regenerate the blind205 evaluation set (written blind).

Theme: a Chicago-based senior accountant (CPA track) applying to Big Four firms and
corporates.  Running this script deletes and rewrites every ``b205-*`` case folder and
``labels.yaml`` next to it.  Output is byte-for-byte deterministic: all dates, Message-IDs,
UIDs and MIME boundaries are fixed or derived from fixed seeds.

Standard library + PyYAML only.
"""
import base64
import hashlib
import html as htmlmod
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CHI = ZoneInfo("America/Chicago")
NYC = ZoneInfo("America/New_York")
UTC = timezone.utc

OWNER = "renata.kowalczyk@example.com"
OWNER_NAME = "Renata Kowalczyk"
OWNER_WORK = "rkowalczyk@brannocklisle.example"   # current employer (regional CPA firm)
OWNER_PHONE = "(312) 555-0148"


# --------------------------------------------------------------------------- time helpers
def T(y, mo, d, h=0, mi=0, wd=None, tz=CHI, s=0):
    """Aware datetime; ``wd`` (Mon/Tue/...) asserts the weekday we name in text."""
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        assert dt.strftime("%a") == wd, (dt, wd)
    return dt


def longdate(dt):
    return f"{dt:%A}, {dt:%B} {dt.day}, {dt.year}"


def hm(dt, lower=False):
    s = f"{dt.hour % 12 or 12}:{dt:%M} {'AM' if dt.hour < 12 else 'PM'}"
    return s.lower() if lower else s


def rfc(dt):
    return format_datetime(dt)


def ics_local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def ics_utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def iso(dt):
    return dt.isoformat()


# --------------------------------------------------------------------------- id helpers
def hx(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def digits(seed, n):
    return str(int(hashlib.sha256(seed.encode()).hexdigest(), 16))[:n]


def b64id(seed, n):
    raw = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()
    return raw[:n]


def alnum(seed, n):
    raw = base64.b64encode(hashlib.sha512(seed.encode()).digest()).decode()
    return "".join(c for c in raw if c.isalnum())[:n]


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()


def exch_uid(seed):
    return ("040000008200E00074C5B7101A82E00800000000" + hx(seed, 16).upper()
            + "000000000000000010000000" + hx(seed + "u", 32).upper())


def outlook_msgid(seed, host="namprd12"):
    return f"<{hx(seed, 4).upper()}PR{digits(seed, 2)}MB{digits(seed + 'm', 4)}{hx(seed + 'x', 24).upper()}@{hx(seed, 4).upper()}PR{digits(seed, 2)}MB{digits(seed + 'm', 4)}.{host}.prod.outlook.com>"


# --------------------------------------------------------------------------- MIME helpers
def assert_ascii(s, what):
    try:
        s.encode("ascii")
    except UnicodeEncodeError as exc:
        raise AssertionError(f"non-ASCII in {what}: {s!r}") from exc


def leaf(ctype, text=None, cte="7bit", disp=None, raw=None, extra=()):
    """A leaf MIME part -> (header block, body)."""
    data = raw if raw is not None else text.encode("utf-8")
    if cte == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(data).decode("ascii")
    else:
        body = data.decode("utf-8")
        if cte == "7bit":
            assert_ascii(body, ctype)
    if not body.endswith("\n"):
        body += "\n"
    hdr = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"]
    if disp:
        hdr.append(f"Content-Disposition: {disp}")
    hdr.extend(extra)
    return "\n".join(hdr), body


def multi(subtype, boundary, parts, preamble=None):
    hdr = f'Content-Type: multipart/{subtype};\n boundary="{boundary}"'
    out = [preamble + "\n\n"] if preamble else []
    out += [f"--{boundary}\n{ph}\n\n{pb}\n" for ph, pb in parts]
    out.append(f"--{boundary}--\n")
    return hdr, "".join(out)


def message(headers, part):
    lines = []
    for name, value in headers:
        assert_ascii(value, name)
        lines.append(f"{name}: {value}")
    lines.append("MIME-Version: 1.0")
    ph, pb = part
    return "\n".join(lines) + "\n" + ph + "\n\n" + pb


def to_html(text, font="Calibri, Arial, Helvetica, sans-serif", size="11pt"):
    """Very small text->HTML renderer: paragraphs, <br>, '>' quotes as blockquote."""
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(htmlmod.escape(l[1:].lstrip(" "), quote=False) for l in lines)
            out.append('<blockquote style="margin:0 0 0 .8ex;border-left:1px #ccc solid;'
                       f'padding-left:1ex">{inner}</blockquote>')
        else:
            inner = "<br>\n".join(htmlmod.escape(l, quote=False) for l in lines)
            out.append(f"<p>{inner}</p>")
    body = "\n".join(out)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            f'</head><body><div style="font-family:{font};font-size:{size}">\n{body}\n'
            '</div></body></html>\n')


def alt(boundary, text, html_text=None, cte_text="quoted-printable", cte_html="quoted-printable",
        charset='"UTF-8"', font="Calibri, Arial, Helvetica, sans-serif"):
    if html_text is None:
        html_text = to_html(text, font=font)
    return multi("alternative", boundary, [
        leaf(f"text/plain; charset={charset}", text, cte_text),
        leaf(f"text/html; charset={charset}", html_text, cte_html),
    ])


def received(by_from, relay_ip, sent, seed):
    when = rfc(sent.astimezone(sent.tzinfo) + timedelta(seconds=3))
    return (f"from {by_from} ({by_from} [{relay_ip}])\n        by mx1.example.com with ESMTPS id "
            f"{alnum(seed, 12).lower()}\n        for <{OWNER}>\n        "
            f"(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384);\n        {when}")


# --------------------------------------------------------------------------- iCalendar helpers
def ics_esc(s):
    return (s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\n", "\\n"))


def fold(line):
    b = line.encode("utf-8")
    out = []
    limit = 75
    while len(b) > limit:
        cut = limit
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
        limit = 74
    out.append(b)
    return b"\r\n ".join(out).decode("utf-8")


def ics(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


VTZ_EXCH_CENTRAL = [
    "BEGIN:VTIMEZONE", "TZID:Central Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]

VTZ_OLSON = {
    "America/Chicago": [
        "BEGIN:VTIMEZONE", "TZID:America/Chicago", "X-LIC-LOCATION:America/Chicago",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500", "TZNAME:CDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600", "TZNAME:CST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "America/New_York": [
        "BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
}


def attendee(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True):
    r = ";RSVP=TRUE" if rsvp else ""
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat}{r};CN={name}:mailto:{email}"


def teams_block(seed):
    tid = alnum(seed + "tid", 44)
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{hx(seed + 't', 8)}-{hx(seed + 't2', 4)}-{hx(seed + 't3', 4)}-"
           f"{hx(seed + 't4', 4)}-{hx(seed + 't5', 12)}%22%2c%22Oid%22%3a%22{hx(seed + 'o', 8)}-"
           f"{hx(seed + 'o2', 4)}-{hx(seed + 'o3', 4)}-{hx(seed + 'o4', 4)}-{hx(seed + 'o5', 12)}%22%7d")
    mid = " ".join(digits(seed + k, 3) for k in "abcd")
    conf = digits(seed + "conf", 9)
    text = (
        "_" * 80 + "\n"
        "Microsoft Teams meeting\n"
        "Join on your computer, mobile app or room device\n"
        f"Click here to join the meeting<{url}>\n"
        f"Meeting ID: {mid}\n"
        f"Passcode: {alnum(seed + 'pc', 6)}\n"
        "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
        "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
        "Or call in (audio only)\n"
        f"+1 872-555-0{digits(seed + 'ph', 3)},,{conf}#   United States, Chicago\n"
        f"Phone Conference ID: {conf[:3]} {conf[3:6]} {conf[6:]}#\n"
        "Find a local number<https://dialin.teams.microsoft.com/> | "
        "Reset PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>\n"
        "Learn More<https://aka.ms/JoinTeamsMeeting> | "
        "Meeting options<https://teams.microsoft.com/meetingOptions/>\n"
        + "_" * 80 + "\n")
    return text, url


def webex_block(seed, site, tzlabel=None):
    num = digits(seed + "num", 10)
    pretty = f"{num[:4]} {num[4:7]} {num[7:]}"
    url = f"https://{site}.webex.com/{site}/j.php?MTID=m{hx(seed, 32)}"
    text = (
        "-- Do not delete or change any of the following text. --\n\n"
        "When it's time, join the Webex meeting here.\n\n"
        f"Join meeting<{url}>\n\n"
        "More ways to join:\n\n"
        f"Join from the meeting link\n{url}\n\n"
        f"Join by meeting number\nMeeting number (access code): {pretty}\n"
        f"Meeting password: {alnum(seed + 'pw', 10)}\n\n"
        f"Tap to join from a mobile device (attendees only)\n"
        f"+1-408-555-0{digits(seed + 'tap', 3)},,{num}## United States Toll\n\n"
        f"Join by phone\n+1-408-555-0{digits(seed + 'tap', 3)} United States Toll\n\n"
        f"Join by video system, application or Skype for Business\nDial {num}@{site}.webex.com\n\n"
        "If you are a host, click here<https://" + site + ".webex.com/" + site + "/j.php?MTID=m"
        + hx(seed + "host", 32) + "> to view host information.\n\n"
        "Need help? Go to https://help.webex.com\n")
    return text, url, pretty


def outlook_invite(*, seed, org, attendees, subject, sent, start, end, location, body,
                   method="REQUEST", seq=0, uid=None, meeting="teams", to_hdr=None, cc_hdr=None,
                   tzlabel="(UTC-06:00) Central Time (US & Canada)", from_hdr=None, sender=None,
                   delivered_to=OWNER, extra_headers=(), webex_site=None, busy="TENTATIVE",
                   sent_by=None, importance="1"):
    """Exchange Online calendar message: multipart/alternative with text/plain (QP),
    text/html (QP) and text/calendar (base64), Windows TZID 'Central Standard Time'."""
    assert start.tzinfo is CHI and end.tzinfo is CHI
    org_name, org_email = org
    uid = uid or exch_uid(seed)
    when = f"When: {longdate(start)} {hm(start)}-{hm(end)} {tzlabel}."
    block = ""
    skype = None
    if meeting == "teams":
        block, skype = teams_block(seed)
    elif meeting == "webex":
        block, _url, _n = webex_block(seed, webex_site)
    if method == "CANCEL":
        text = f"{when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}\n"
    else:
        text = f"{when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}\n\n{block}"
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0"] + VTZ_EXCH_CENTRAL + ["BEGIN:VEVENT"]
    sb = f';SENT-BY="mailto:{sent_by}"' if sent_by else ""
    lines.append(f"ORGANIZER;CN={org_name}{sb}:mailto:{org_email}")
    for a in attendees:
        lines.append(attendee(*a))
    lines.append("DESCRIPTION;LANGUAGE=en-US:" + ics_esc(text))
    lines += [f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{ics_esc(subject)}",
              f"DTSTART;TZID=Central Standard Time:{ics_local(start)}",
              f"DTEND;TZID=Central Standard Time:{ics_local(end)}",
              "CLASS:PUBLIC", "PRIORITY:1" if method == "CANCEL" else "PRIORITY:5",
              f"DTSTAMP:{ics_utc(sent)}", "TRANSP:OPAQUE",
              "STATUS:CANCELLED" if method == "CANCEL" else "STATUS:CONFIRMED",
              f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-US:{ics_esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{'-' if int(digits(uid, 2)) % 2 else ''}{digits(uid + 'own', 10)}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if method == 'CANCEL' else busy}",
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{importance}",
              "X-MICROSOFT-CDO-INSTTYPE:0"]
    if skype and method != "CANCEL":
        lines.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{skype}")
        lines.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,'
                     '"OnlineMeetingProvider":3}')
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              f"X-MICROSOFT-LOCATIONDISPLAYNAME:{ics_esc(location)}"]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    b = f"_000_{hx(seed, 24).upper()}prodoutlookcom_"
    part = multi("alternative", b, [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', to_html(text, font="Aptos, Calibri, Arial, sans-serif"),
             "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64"),
    ])
    sent_utc = sent.astimezone(UTC)
    if to_hdr is None:
        to_hdr = ", ".join(f"{n} <{e}>" for n, e, *_ in attendees if e != org_email)
    hdrs = [("Delivered-To", delivered_to),
            ("Received", received(f"{hx(seed, 3).upper()}-obe.outbound.protection.outlook.com",
                                  f"40.107.{int(digits(seed, 3)) % 250}.{int(digits(seed + 'i', 3)) % 250}",
                                  sent_utc, seed)),
            ("Return-Path", f"<{sender[1] if sender else org_email}>"),
            ("From", from_hdr or f"{org_name} <{org_email}>")]
    if sender:
        hdrs.append(("Sender", f"{sender[0]} <{sender[1]}>"))
    hdrs.append(("To", to_hdr))
    if cc_hdr:
        hdrs.append(("CC", cc_hdr))
    hdrs += [("Subject", subject), ("Thread-Topic", subject.split(": ", 1)[1] if subject.startswith("Canceled: ") else subject),
             ("Thread-Index", thread_index(seed)), ("Date", rfc(sent_utc)),
             ("Message-ID", outlook_msgid(seed)), ("Accept-Language", "en-US"),
             ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("Content-class", "urn:content-classes:calendarmessage"),
             ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + b64id(uid, 20))]
    hdrs += list(extra_headers)
    return message(hdrs, part)


def outlook_mail(*, seed, frm, to, subject, sent, body, cc=None, in_reply_to=None,
                 references=None, delivered_to=OWNER, extra_headers=(), attach=None):
    """Plain Outlook (Exchange Online) e-mail: multipart/alternative, QP."""
    sent_utc = sent.astimezone(UTC)
    hdrs = [("Delivered-To", delivered_to),
            ("Received", received(f"{hx(seed, 3).upper()}-obe.outbound.protection.outlook.com",
                                  f"40.107.{int(digits(seed, 3)) % 250}.{int(digits(seed + 'i', 3)) % 250}",
                                  sent_utc, seed)),
            ("Return-Path", f"<{frm[1]}>"), ("From", f"{frm[0]} <{frm[1]}>"),
            ("To", ", ".join(f"{n} <{e}>" for n, e in to))]
    if cc:
        hdrs.append(("CC", ", ".join(f"{n} <{e}>" for n, e in cc)))
    topic = subject
    for p in ("RE: ", "Re: ", "FW: ", "Fwd: "):
        if topic.startswith(p):
            topic = topic[len(p):]
    hdrs += [("Subject", subject), ("Thread-Topic", topic), ("Thread-Index", thread_index(seed)),
             ("Date", rfc(sent_utc)), ("Message-ID", outlook_msgid(seed))]
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
    if references:
        hdrs.append(("References", references))
    hdrs += [("Accept-Language", "en-US"), ("Content-Language", "en-US"),
             ("X-MS-Has-Attach", "yes" if attach else ""), ("X-MS-TNEF-Correlator", "")]
    hdrs += list(extra_headers)
    b = f"_000_{hx(seed, 24).upper()}prodoutlookcom_"
    body_part = alt(b, body, font="Aptos, Calibri, Arial, sans-serif")
    if attach:
        bm = f"_004_{hx(seed + 'mix', 24).upper()}prodoutlookcom_"
        body_part = multi("mixed", bm, [body_part] + attach)
    return message(hdrs, body_part)


def gmail_mail(*, seed, frm, to, subject, sent, body, cc=None, in_reply_to=None,
               references=None, delivered_to=OWNER, extra_headers=(), domain=None):
    """Google Workspace / Gmail web client: multipart/alternative, text/plain UTF-8
    (quoted-printable only when needed), text/html in a gmail_quote-ish layout."""
    domain = domain or frm[1].split("@")[1]
    hdrs = [("Delivered-To", delivered_to),
            ("Received", received("mail-sor-f41.google.com", "209.85.220.41", sent, seed)),
            ("Return-Path", f"<{frm[1]}>")]
    hdrs += [("From", f"{frm[0]} <{frm[1]}>"), ("Date", rfc(sent)),
             ("Message-ID", f"<CA{alnum(seed, 10)}+{alnum(seed + 'g', 28)}@mail.gmail.com>")]
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
    if references:
        hdrs.append(("References", references))
    hdrs += [("Subject", subject), ("To", ", ".join(f"{n} <{e}>" for n, e in to))]
    if cc:
        hdrs.append(("Cc", ", ".join(f"{n} <{e}>" for n, e in cc)))
    hdrs += list(extra_headers)
    b = f"000000000000{hx(seed, 16)}"
    try:
        body.encode("ascii")
        cte = "7bit"
    except UnicodeEncodeError:
        cte = "quoted-printable"
    part = alt(b, body, cte_text=cte, font="arial, sans-serif", charset='"UTF-8"')
    return message(hdrs, part)


def gmail_msgid(seed):
    return f"<CA{alnum(seed, 10)}+{alnum(seed + 'g', 28)}@mail.gmail.com>"


# --------------------------------------------------------------------------- cases
CASES = []
LABELS = {}


def interview(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start),
            "end": iso(end) if end is not None else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients),
            "kind": kind}


def case(slug, items, interviews, difficulty, category, notes):
    n = len(CASES) + 1
    cid = f"b205-{n:02d}-{slug}"
    CASES.append((cid, items))
    LABELS[cid] = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
                   "difficulty": difficulty, "category": category, "notes": notes,
                   "source": "synthetic"}


# =========================================================================== vendor builders
def workday_mail(*, seed, tenant, display, subject, sent, text, html_text=None):
    """Workday Recruiting notification (tenant@myworkday.com), text 7bit + html QP."""
    hdrs = [("Delivered-To", OWNER),
            ("Received", received("smtp-out2.myworkday.com", "198.51.100.37", sent, seed)),
            ("Return-Path", f"<{tenant}@myworkday.com>"),
            ("Date", rfc(sent)),
            ("From", f"{display} <{tenant}@myworkday.com>"),
            ("To", f"{OWNER_NAME} <{OWNER}>"),
            ("Subject", subject),
            ("Message-ID", f"<{digits(seed, 10)}.{digits(seed + 'n', 6)}.{digits(seed + 't', 13)}"
                           f".JavaMail.wdprod@myworkday.com>"),
            ("X-Workday-Tenant", tenant)]
    b = f"----=_Part_{digits(seed, 7)}_{digits(seed + 'p', 9)}.{digits(seed + 'q', 13)}"
    part = alt(b, text, html_text or to_html(text, font="Arial, Helvetica, sans-serif", size="14px"),
               cte_text="7bit")
    return message(hdrs, part)


def phenom_mail(*, seed, display, from_addr, reply_to, subject, sent, text, html_text):
    """Phenom candidate-experience / interview-scheduling notification."""
    hdrs = [("Delivered-To", OWNER),
            ("Received", received("o3.mail.phenompeople.com", "167.89.41.12", sent, seed)),
            ("Return-Path", f"<bounces+{digits(seed, 7)}-{hx(seed, 4)}-renata.kowalczyk=example.com"
                            f"@mail.phenompeople.com>"),
            ("From", f"{display} <{from_addr}>"),
            ("Reply-To", reply_to),
            ("To", OWNER),
            ("Subject", subject),
            ("Date", rfc(sent.astimezone(UTC))),
            ("Message-ID", f"<{alnum(seed, 22)}@geopod-ismtpd-{digits(seed, 1)}>"),
            ("X-Entity-ID", alnum(seed + "e", 24))]
    b = f"{hx(seed, 32)}"
    part = multi("alternative", b, [
        leaf('text/plain; charset=utf-8', text, "quoted-printable"),
        leaf('text/html; charset=utf-8', html_text, "quoted-printable"),
    ])
    return message(hdrs, part)


def phenom_html(company, rows, intro, outro, button=None, color="#00508c"):
    trs = "\n".join(
        f'<tr><td style="padding:4px 12px 4px 0;color:#5f6368;font-weight:bold">{htmlmod.escape(k)}</td>'
        f'<td style="padding:4px 0">{htmlmod.escape(v)}</td></tr>' for k, v in rows)
    btn = ""
    if button:
        btn = (f'<p><a href="{htmlmod.escape(button[1])}" style="background:{color};color:#ffffff;'
               f'padding:10px 18px;border-radius:4px;text-decoration:none;display:inline-block">'
               f'{htmlmod.escape(button[0])}</a></p>')
    intro_h = "".join(f"<p>{htmlmod.escape(p)}</p>" for p in intro)
    outro_h = "".join("<p>" + "<br>".join(htmlmod.escape(l) for l in p.split("\n")) + "</p>"
                      for p in outro)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="viewport" '
        'content="width=device-width, initial-scale=1"></head>\n'
        '<body style="margin:0;padding:0;background:#f4f5f7">\n'
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">\n'
        '<table role="presentation" width="600" cellpadding="0" cellspacing="0" '
        'style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#202124">\n'
        f'<tr><td style="background:{color};color:#ffffff;padding:18px 24px;font-size:20px">'
        f'{htmlmod.escape(company)}</td></tr>\n'
        f'<tr><td style="padding:24px">{intro_h}\n<table role="presentation" cellpadding="0" '
        f'cellspacing="0">{trs}</table>\n{btn}{outro_h}</td></tr>\n'
        '<tr><td style="padding:12px 24px;font-size:11px;color:#80868b">Powered by Phenom</td></tr>\n'
        '</table></td></tr></table></body></html>\n')


# =========================================================================== positives
def case_01():
    sent = T(2026, 9, 8, 10, 41, "Tue", s=7)
    s, e = T(2026, 9, 10, 13, 30, "Thu"), T(2026, 9, 10, 14, 0, "Thu")
    text = f"""Hi Renata,

Thank you for your interest in the Senior Accountant, General Ledger position (R0047213) at Lakeshore Foods Corporation. We're pleased to let you know that an interview has been scheduled.

Interview Type: Phone Screen
Date: {longdate(s)}
Time: {hm(s)} - {hm(e)} (Central Daylight Time)
Interviewer: Dana Whitfield, Talent Acquisition Partner
Location: Phone - Dana will call you at the mobile number on your application

Dana will walk through your background, where you are with the CPA license, compensation expectations and our hybrid schedule (three days a week at the Downers Grove headquarters).

If you need to change the time, please reach out to Dana directly at dana.whitfield@lakeshorefoods.example. This mailbox is not monitored.

You can review your application at any time in Candidate Home:
https://wd1.myworkdayjobs.com/en-US/LakeshoreFoodsCareers/userHome

Best regards,
Talent Acquisition
Lakeshore Foods Corporation
"""
    item = workday_mail(seed="b205-01", tenant="lakeshorefoods", display="Lakeshore Foods Careers",
                        subject="Interview Scheduled - Senior Accountant, General Ledger (R0047213)",
                        sent=sent, text=text)
    case("workday-phone-screen-recruiter",
         [("01-workday-interview-scheduled.eml", item)],
         [interview("Lakeshore Foods Corporation", "Senior Accountant, General Ledger", s, e,
                    "scheduled", ["dana.whitfield@lakeshorefoods.example"],
                    ["dana.whitfield@lakeshorefoods.example"], "phone_screen")],
         "easy", "positive/workday",
         "Workday 'Interview Scheduled' mail from tenant@myworkday.com (no-reply); the recruiter runs "
         "the phone screen and her address is given in the body, so she is interviewer and recipient.")


def case_02():
    sent1 = T(2026, 9, 16, 9, 12, "Wed", s=44)
    sent2 = T(2026, 9, 16, 9, 31, "Wed", s=5)
    s, e = T(2026, 9, 22, 9, 0, "Tue"), T(2026, 9, 22, 9, 45, "Tue")
    rows = [("Position", "Senior Accountant \u2013 Consolidations (JR-23118)"),
            ("Interview", "Hiring Manager Interview"),
            ("Date", longdate(s)),
            ("Time", f"{hm(s)} \u2013 {hm(e)} CDT"),
            ("Format", "Microsoft Teams video (invitation to follow from Michael Osei)"),
            ("Interviewer", "Michael Osei, Assistant Controller")]
    intro = ["Hi Renata,", "Thanks for choosing a time! Your interview is confirmed. Here are the details:"]
    link = f"https://careers.corvane.example/us/en/interview-scheduling/manage?token={alnum('b205-02tok', 40)}"
    outro = ["Need to make a change? Use the button above or reply to this email and Alyssa will help.",
             "Alyssa Brennan\nSenior Talent Acquisition Partner | Corvane Industrial\nalyssa.brennan@corvane.example"]
    text = ("Hi Renata,\n\nThanks for choosing a time! Your interview is confirmed. Here are the details:\n\n"
            + "\n".join(f"{k}: {v}" for k, v in rows)
            + f"\n\nManage your interview: {link}\n\n" + "\n\n".join(outro) + "\n\nPowered by Phenom\n")
    m1 = phenom_mail(seed="b205-02a", display="Corvane Industrial Careers",
                     from_addr="careers@corvane.example",
                     reply_to="Alyssa Brennan <alyssa.brennan@corvane.example>",
                     subject="Your interview with Corvane Industrial is confirmed", sent=sent1,
                     text=text, html_text=phenom_html("Corvane Industrial", rows, intro, outro,
                                                      ("Manage interview", link), "#b3261e"))
    body = ("Hi Renata,\n\nLooking forward to speaking with you. I'd like to spend most of our time on "
            "your consolidation and intercompany elimination experience, and I'll leave time at the "
            "end for your questions about the team and our close calendar.\n\nMichael Osei\n"
            "Assistant Controller | Corvane Industrial\n(847) 555-0136")
    m2 = outlook_invite(seed="b205-02b", org=("Michael Osei", "michael.osei@corvane.example"),
                        attendees=[(OWNER_NAME, OWNER),
                                   ("Alyssa Brennan", "alyssa.brennan@corvane.example", "OPT-PARTICIPANT")],
                        subject="Senior Accountant - Consolidations | Renata Kowalczyk / Michael Osei",
                        sent=sent2, start=s, end=e, location="Microsoft Teams Meeting", body=body)
    case("phenom-confirmation-and-teams-invite",
         [("01-phenom-interview-confirmed.eml", m1), ("02-teams-invite-hiring-manager.eml", m2)],
         [interview("Corvane Industrial", "Senior Accountant - Consolidations", s, e, "scheduled",
                    ["michael.osei@corvane.example"], ["michael.osei@corvane.example"],
                    "hiring_manager")],
         "medium", "positive/dedupe-ats-and-outlook",
         "Phenom confirmation (9:00 CDT) plus the hiring manager's Exchange/Teams invite for the same "
         "slot = one interview. Invite body says '(UTC-06:00) Central Time' although September is CDT "
         "(-05:00); the TZID is 'Central Standard Time' with DST rules. Recruiter is only optional.")


def case_03():
    sent0 = T(2026, 10, 1, 14, 3, "Thu", s=51)
    day = (2026, 10, 9)
    sessions = [
        (T(*day, 9, 0, "Fri"), T(*day, 9, 45, "Fri"), "Owen Castellano", "owen.castellano@ashgrovewhitman.example", "Manager, Audit & Assurance"),
        (T(*day, 10, 0, "Fri"), T(*day, 10, 45, "Fri"), "Hannah Lindqvist", "hannah.lindqvist@ashgrovewhitman.example", "Senior Manager, Audit & Assurance"),
        (T(*day, 11, 0, "Fri"), T(*day, 11, 45, "Fri"), "Rafael Moreno", "rafael.moreno@ashgrovewhitman.example", "Director, Professional Practice"),
        (T(*day, 13, 0, "Fri"), T(*day, 13, 45, "Fri"), "Gregory Adeyemi", "gregory.adeyemi@ashgrovewhitman.example", "Audit Partner"),
    ]
    lunch = (T(*day, 12, 0, "Fri"), T(*day, 13, 0, "Fri"))
    coord = ("Jasmine Cole", "jasmine.cole@ashgrovewhitman.example")
    sched = "\n".join(
        [f"{hm(sessions[0][0]).replace(' AM', '')} - {hm(sessions[0][1])}   {sessions[0][2]}, {sessions[0][4]}",
         f"{hm(sessions[1][0]).replace(' AM', '')} - {hm(sessions[1][1])}  {sessions[1][2]}, {sessions[1][4]}",
         f"{hm(sessions[2][0]).replace(' AM', '')} - {hm(sessions[2][1])}  {sessions[2][2]}, {sessions[2][4]}",
         f"{hm(lunch[0]).replace(' PM', '')} - {hm(lunch[1])}  Lunch with Bianca Ruiz (Senior, Audit) - casual, a chance to ask about day-to-day life on the team",
         f"{hm(sessions[3][0]).replace(' PM', '')} - {hm(sessions[3][1])}   {sessions[3][2]}, {sessions[3][4]}"])
    body0 = f"""Hi Renata,

Congratulations again on moving forward to our Experienced Hire Superday for the Audit Senior - Assurance role! Below is your itinerary for {longdate(sessions[0][0])}. You'll receive a separate calendar hold for each conversation in the next few minutes.

Location: Ashgrove Whitman LLP, 311 W Adams St, 31st Floor, Chicago, IL 60606
Please check in at 31st floor reception by 8:45 AM and bring a photo ID for building security.

{sched}

Each conversation is one-on-one and will be a mix of behavioral questions and discussion of your audit experience (planning, risk assessment, and supervising staff in the field). Dress is business professional. We validate parking at the Adams/Wells garage, or the building is a short walk from Union Station.

If anything comes up, call or text me at (312) 555-0161.

Best,
Jasmine

Jasmine Cole
Recruiting Coordinator, Experienced Hire - Central Region
Ashgrove Whitman LLP
jasmine.cole@ashgrovewhitman.example
"""
    items = [("01-superday-itinerary.eml",
              outlook_mail(seed="b205-03-itin", frm=coord, to=[(OWNER_NAME, OWNER)],
                           subject="Ashgrove Whitman Superday - Friday, October 9 - Itinerary",
                           sent=sent0, body=body0))]
    for i, (s, e, name, mail, title) in enumerate(sessions, start=1):
        body = (f"Superday conversation {i} of 4 with {name}, {title}.\n\n"
                "Please check in at 31st floor reception by 8:45 AM; you'll be escorted to each room.\n\n"
                "Jasmine Cole | Recruiting Coordinator | Ashgrove Whitman LLP")
        inv = outlook_invite(
            seed=f"b205-03-s{i}", org=coord,
            attendees=[(name, mail, "REQ-PARTICIPANT", "ACCEPTED", False), (OWNER_NAME, OWNER)],
            subject=f"AW Superday: Renata Kowalczyk / {name} (Audit Senior - Assurance)",
            sent=sent0 + timedelta(minutes=8 + i, seconds=13 * i), start=s, end=e,
            location="AW Chicago - 311 W Adams St, 31st Floor, Room 31.06",
            body=body, meeting=None)
        items.append((f"0{i + 1}-invite-session-{i}-{name.split()[1].lower()}.eml", inv))
    emails = [x[3] for x in sessions]
    case("big4-superday-four-invites", items,
         [interview("Ashgrove Whitman LLP", "Audit Senior - Assurance", sessions[0][0], sessions[3][1],
                    "scheduled", emails, emails, "onsite")],
         "hard", "positive/superday-loop",
         "Big Four superday: itinerary mail + four separate Exchange invites (in person) on Fri Oct 9 "
         "CDT, with a lunch break. One onsite from 9:00 (first session) to 13:45 (last session's end) "
         "with all four interviewers; the coordinator only schedules; the lunch buddy has no address.")


def case_04():
    colleen = ("Colleen Maguire", "colleen.maguire@fairmountstaffing.example")
    sent1 = T(2026, 10, 14, 16, 12, "Wed", s=30)
    sent_r = T(2026, 10, 15, 7, 55, "Thu", s=2)
    sent2 = T(2026, 10, 15, 11, 20, "Thu", s=41)
    sent3 = T(2026, 10, 15, 11, 26, "Thu", s=9)
    opt1 = T(2026, 10, 19, 10, 30, "Mon")
    s, e = T(2026, 10, 20, 14, 0, "Tue"), T(2026, 10, 20, 15, 0, "Tue")
    sig = ("Colleen Maguire\nSenior Recruiter, Finance & Accounting\nFairmount Staffing Partners\n"
           "Direct: (630) 555-0177 | colleen.maguire@fairmountstaffing.example\n"
           "Accounting talent for Chicagoland since 1998")
    subj = "Halvard Packaging - Senior Accountant (contract-to-hire) - interview request"
    body1 = f"""Hi Renata,

Good news - I sent your resume over to Halvard Packaging on Monday and their Controller, Steve Brandt, wants to meet you for the Senior Accountant (contract-to-hire) opening. He was especially interested in your fixed asset rollforwards and the inventory costing work you did at Brannock & Lisle.

He has two windows, both in person at their Elk Grove Village plant office:

- Monday 10/19 at {hm(opt1)}
- Tuesday 10/20 at {hm(s)}

Each would be about an hour. Let me know which works and I'll lock it in. Reminder that the role is 6 months contract-to-hire at $52-56/hr through Fairmount, converting to a salaried role if all goes well.

Thanks!
{sig}
"""
    id1 = outlook_msgid("b205-04a")
    id_r = gmail_msgid("b205-04r")
    m1 = outlook_mail(seed="b205-04a", frm=colleen, to=[(OWNER_NAME, OWNER)], subject=subj,
                      sent=sent1, body=body1)
    body2 = f"""Hi Renata,

You're confirmed for Tuesday at 2:00 with Steve Brandt (Controller). He's blocked 2:00-3:00. I'll send a calendar placeholder with the address so it's on your phone.

Halvard Packaging Co.
1850 Busse Rd, Elk Grove Village, IL 60007
Check in at the front desk and ask for Steve; visitor parking is by the east entrance.

Bring a couple of copies of your resume. Call me as soon as you walk out - I'd love to hear how it went before Steve calls me!

{sig}

From: Renata Kowalczyk <{OWNER}>
Sent: Thursday, October 15, 2026 {hm(sent_r)}
To: Colleen Maguire <{colleen[1]}>
Subject: Re: {subj}

Hi Colleen,

Thanks so much! Tuesday at 2 works best for me - Monday is our month-end review at work.

Renata

From: Colleen Maguire <{colleen[1]}>
Sent: Wednesday, October 14, 2026 {hm(sent1)}
To: Renata Kowalczyk <{OWNER}>
Subject: {subj}

Hi Renata,

Good news - I sent your resume over to Halvard Packaging on Monday and their Controller, Steve Brandt, wants to meet you for the Senior Accountant (contract-to-hire) opening.
[...]
"""
    m2 = outlook_mail(seed="b205-04b", frm=colleen, to=[(OWNER_NAME, OWNER)], subject="RE: " + subj,
                      sent=sent2, body=body2, in_reply_to=id_r, references=f"{id1} {id_r}")
    m3 = outlook_invite(seed="b205-04c", org=colleen, attendees=[(OWNER_NAME, OWNER)],
                        subject="Halvard Packaging - interview w/ Steve Brandt (Controller)",
                        sent=sent3, start=s, end=e,
                        location="Halvard Packaging Co., 1850 Busse Rd, Elk Grove Village, IL 60007",
                        body=("Placeholder for your in-person interview with Steve Brandt, Controller "
                              "at Halvard Packaging. Ask for Steve at the front desk.\n\nCall me after! "
                              "(630) 555-0177\n\nColleen"), meeting=None)
    case("agency-books-client-interview",
         [("01-agency-interview-request.eml", m1), ("02-agency-confirms-tuesday.eml", m2),
          ("03-agency-calendar-placeholder.eml", m3)],
         [interview("Halvard Packaging Co.", "Senior Accountant (contract-to-hire)", s, e, "scheduled",
                    [], [colleen[1]], "hiring_manager")],
         "medium", "positive/agency-thread",
         "Accounting staffing agency books an in-person interview with its client's Controller. The "
         "company is the client (Halvard), not the agency; 'Tuesday at 2' = Oct 20 (options listed, "
         "placeholder invite confirms). The Controller's address never appears, so the follow-up goes "
         "to the agency recruiter. Monday 10:30 option is not an interview.")


def case_05():
    denise = ("Denise Harrow", "denise.harrow@pellstonmutual.example")
    sent1 = T(2026, 10, 21, 15, 47, "Wed", s=22)
    sent2 = T(2026, 10, 26, 8, 14, "Mon", s=50)
    sent_r = T(2026, 10, 26, 9, 41, "Mon")
    sent3 = T(2026, 10, 26, 9, 58, "Mon", s=3)
    sent4 = T(2026, 10, 26, 10, 2, "Mon", s=36)
    s0, e0 = T(2026, 10, 29, 14, 0, "Thu"), T(2026, 10, 29, 15, 0, "Thu")
    s, e = T(2026, 11, 3, 14, 0, "Tue"), T(2026, 11, 3, 15, 0, "Tue")
    assert s0.utcoffset() == timedelta(hours=-5) and s.utcoffset() == timedelta(hours=-6)
    subj = "Interview - Senior Accountant, Statutory Reporting (Renata Kowalczyk)"
    uid = exch_uid("b205-05-series")
    body_inv = ("Hi Renata,\n\nThank you for applying to Pellston Mutual. This will be a one-hour "
                "conversation with me about the Senior Accountant, Statutory Reporting role: your "
                "experience with insurance or regulated entities, reconciliations, and how you'd approach "
                "our quarterly NAIC statement filings. We'll use Webex - details below.\n\n"
                "Denise Harrow\nManager, Statutory Reporting\nPellston Mutual Insurance Company")
    m1 = outlook_invite(seed="b205-05a", org=denise, attendees=[(OWNER_NAME, OWNER)], subject=subj,
                        sent=sent1, start=s0, end=e0, location="Webex", body=body_inv,
                        meeting="webex", webex_site="pellstonmutual", uid=uid, seq=0)
    body2 = f"""Hi Renata,

I'm sorry to do this - our Q3 statutory filing review with the CFO just landed on Thursday afternoon and I don't want to rush our conversation. Would next Tuesday, November 3, at the same time (2:00 PM Central) work instead? Same Webex link.

Thanks for understanding,
Denise

Denise Harrow
Manager, Statutory Reporting
Pellston Mutual Insurance Company
(309) 555-0114
"""
    id2 = outlook_msgid("b205-05b")
    id_r = gmail_msgid("b205-05r")
    m2 = outlook_mail(seed="b205-05b", frm=denise, to=[(OWNER_NAME, OWNER)],
                      subject="Thursday's interview - could we move it?", sent=sent2, body=body2)
    body3 = f"""Perfect - I'll send the updated invite now. Talk to you Tuesday!

Denise

From: Renata Kowalczyk <{OWNER}>
Sent: Monday, October 26, 2026 {hm(sent_r)}
To: Denise Harrow <{denise[1]}>
Subject: Re: Thursday's interview - could we move it?

Hi Denise,

No problem at all - Tuesday, November 3 at 2:00 works for me.

Best,
Renata
"""
    m3 = outlook_mail(seed="b205-05c", frm=denise, to=[(OWNER_NAME, OWNER)],
                      subject="RE: Thursday's interview - could we move it?", sent=sent3, body=body3,
                      in_reply_to=id_r, references=f"{id2} {id_r}")
    m4 = outlook_invite(seed="b205-05d", org=denise, attendees=[(OWNER_NAME, OWNER)], subject=subj,
                        sent=sent4, start=s, end=e, location="Webex",
                        body="Moved to Tuesday per our email - thanks for the flexibility.\n\n" + body_inv,
                        meeting="webex", webex_site="pellstonmutual", uid=uid, seq=1)
    case("webex-reschedule-across-dst",
         [("01-webex-invite-oct29.eml", m1), ("02-manager-asks-to-move.eml", m2),
          ("03-manager-confirms-move.eml", m3), ("04-updated-invite-nov3.eml", m4)],
         [interview("Pellston Mutual Insurance Company", "Senior Accountant, Statutory Reporting",
                    s, e, "scheduled", [denise[1]], [denise[1]], "hiring_manager")],
         "hard", "positive/reschedule-dst",
         "Exchange invite with Webex body for Thu Oct 29 14:00 CDT (-05:00), moved by e-mail and an "
         "updated invite (same UID, SEQUENCE 1, same subject) to Tue Nov 3 14:00 CST (-06:00), i.e. "
         "across the Nov 1 DST change: same wall-clock time, UTC moves from 19:00Z to 20:00Z.")


def case_06():
    carla = ("Carla Jimenez", "carla.jimenez@trelawnyhealth.example")
    derek = ("Derek Solano", "derek.solano@trelawnyhealth.example")
    sent1 = T(2026, 10, 15, 13, 20, "Thu", s=12)
    sent2 = T(2026, 10, 15, 13, 41, "Thu", s=57)
    sent3 = T(2026, 10, 22, 16, 5, "Thu", s=19)
    sent4 = T(2026, 10, 22, 16, 30, "Thu", s=4)
    s, e = T(2026, 10, 26, 11, 0, "Mon"), T(2026, 10, 26, 11, 45, "Mon")
    rows = [("Position", "Senior Accountant \u2013 Reimbursement (REQ-0918)"),
            ("Date", longdate(s)),
            ("Time", f"{hm(s)} \u2013 {hm(e)} Central Time"),
            ("Interviewer", "Carla Jimenez, Reimbursement Manager"),
            ("Where", "Microsoft Teams \u2013 Carla will send the meeting link")]
    intro = ["Hi Renata,", "Your interview has been scheduled. We look forward to speaking with you!"]
    link = f"https://careers.trelawnyhealth.example/us/en/candidate-home?ref={alnum('b205-06tok', 32)}"
    outro = ["Questions? Contact your recruiter, Derek Solano, at derek.solano@trelawnyhealth.example.",
             "Trelawny Health System Talent Acquisition"]
    text = ("Hi Renata,\n\nYour interview has been scheduled. We look forward to speaking with you!\n\n"
            + "\n".join(f"{k}: {v}" for k, v in rows)
            + f"\n\nView in Candidate Home: {link}\n\n" + "\n\n".join(outro) + "\n\nPowered by Phenom\n")
    m1 = phenom_mail(seed="b205-06a", display="Trelawny Health System",
                     from_addr="no-reply@careers.trelawnyhealth.example",
                     reply_to="no-reply@careers.trelawnyhealth.example",
                     subject="Interview scheduled: Senior Accountant - Reimbursement", sent=sent1,
                     text=text, html_text=phenom_html("Trelawny Health System", rows, intro, outro,
                                                      ("Candidate Home", link), "#1b6f5c"))
    subj = "Senior Accountant - Reimbursement interview (Renata Kowalczyk)"
    uid = exch_uid("b205-06-uid")
    body_inv = ("Hi Renata - looking forward to talking through Medicare cost reports, contractual "
                "allowances and your reconciliation experience.\n\nCarla Jimenez\nReimbursement Manager, "
                "Trelawny Health System")
    m2 = outlook_invite(seed="b205-06b", org=carla,
                        attendees=[(OWNER_NAME, OWNER), (derek[0], derek[1], "OPT-PARTICIPANT")],
                        subject=subj, sent=sent2, start=s, end=e, location="Microsoft Teams Meeting",
                        body=body_inv, uid=uid, seq=0)
    body3 = f"""Hi Renata,

I'm really sorry to be sending this note. Trelawny has placed a hold on several finance requisitions through the end of the fiscal year, and the Senior Accountant - Reimbursement role is one of them. Unfortunately that means we need to cancel Monday's interview with Carla - you'll see the cancellation come through from her calendar shortly.

This is purely a budget decision and has nothing to do with your background, which the team was excited about. If the requisition reopens I'll reach out to you first.

Best regards,
Derek

Derek Solano
Talent Acquisition Partner | Trelawny Health System
derek.solano@trelawnyhealth.example | (773) 555-0128
"""
    m3 = outlook_mail(seed="b205-06c", frm=derek, to=[(OWNER_NAME, OWNER)],
                      subject="Update on the Senior Accountant - Reimbursement role", sent=sent3,
                      body=body3)
    m4 = outlook_invite(seed="b205-06d", org=carla,
                        attendees=[(OWNER_NAME, OWNER), (derek[0], derek[1], "OPT-PARTICIPANT")],
                        subject="Canceled: " + subj, sent=sent4, start=s, end=e,
                        location="Microsoft Teams Meeting",
                        body="Hi Renata, Derek has shared the news about the requisition hold. I'm sorry "
                             "we won't get to talk Monday. Best of luck - Carla",
                        method="CANCEL", uid=uid, seq=1, importance="2")
    case("phenom-interview-then-cancelled",
         [("01-phenom-interview-scheduled.eml", m1), ("02-teams-invite.eml", m2),
          ("03-recruiter-requisition-on-hold.eml", m3), ("04-canceled-invite.eml", m4)],
         [interview("Trelawny Health System", "Senior Accountant - Reimbursement", s, e, "cancelled",
                    [carla[1]], [carla[1]], "hiring_manager")],
         "medium", "positive/cancellation",
         "Phenom confirmation + Teams invite, then requisition hold: recruiter mail and Exchange "
         "METHOD:CANCEL (same UID, SEQUENCE 1). One interview kept with status cancelled at Mon Oct 26 "
         "11:00 CDT. Interviewer's address is in the invite/cancel.")


def case_07():
    monique = ("Monique Tran", "monique.tran@kesslerbrandt.example")
    ethan = ("Ethan Barlow", "ethan.barlow@kesslerbrandt.example")
    pris = ("Priscilla Nakamura", "priscilla.nakamura@kesslerbrandt.example")
    sent1 = T(2026, 9, 14, 11, 2, "Mon", s=18)
    sent2 = T(2026, 9, 14, 11, 30, "Mon", s=45)
    sent3 = T(2026, 9, 14, 11, 44, "Mon", s=2)
    s1, e1 = T(2026, 9, 17, 15, 30, "Thu"), T(2026, 9, 17, 16, 15, "Thu")
    s2, e2 = T(2026, 9, 23, 8, 30, "Wed"), T(2026, 9, 23, 9, 30, "Wed")
    body1 = f"""Hi Renata,

Great news - the Accounting Advisory Services team in Chicago would like to move forward with your candidacy for the Senior, Accounting Advisory Services role. To keep things moving before busy season, I've booked both conversations now:

Round 1 - virtual (Microsoft Teams)
Thursday, September 17, {hm(s1)} - {hm(e1)} CT
Ethan Barlow, Manager, Accounting Advisory Services
Expect a mix of behavioral questions and a technical discussion (ASC 606 revenue recognition, a close process you've improved, and a short technical accounting memo scenario).

Round 2 - in person
Wednesday, September 23, {hm(s2)} - {hm(e2)} CT
Priscilla Nakamura, Partner, Accounting Advisory Services
Kessler Brandt LLP, 180 N LaSalle St, 19th Floor, Chicago

You'll receive calendar invitations for both shortly. Please let me know if either time is a problem.

Best,
Monique

Monique Tran
Experienced Hire Recruiter | Kessler Brandt LLP
monique.tran@kesslerbrandt.example | (312) 555-0109
"""
    m1 = outlook_mail(seed="b205-07a", frm=monique, to=[(OWNER_NAME, OWNER)],
                      subject="Kessler Brandt - next steps: Round 1 and Round 2 interviews",
                      sent=sent1, body=body1)
    m2 = outlook_invite(seed="b205-07b", org=ethan,
                        attendees=[(OWNER_NAME, OWNER), (monique[0], monique[1], "OPT-PARTICIPANT")],
                        subject="Kessler Brandt Round 1 Interview - Renata Kowalczyk",
                        sent=sent2, start=s1, end=e1, location="Microsoft Teams Meeting",
                        body="Hi Renata - looking forward to our conversation on Thursday.\n\nEthan Barlow\n"
                             "Manager, Accounting Advisory Services | Kessler Brandt LLP")
    m3 = outlook_invite(seed="b205-07c", org=pris,
                        attendees=[(pris[0], pris[1], "REQ-PARTICIPANT", "ACCEPTED", False),
                                   (OWNER_NAME, OWNER),
                                   (monique[0], monique[1], "OPT-PARTICIPANT", "ACCEPTED", False)],
                        subject="Kessler Brandt Round 2 Interview - Renata Kowalczyk / Priscilla Nakamura",
                        sent=sent3, start=s2, end=e2,
                        location="Kessler Brandt Chicago - 180 N LaSalle St, 19th Floor, Room 19C",
                        body="Renata, please check in with reception on 19. Monique will meet you in the "
                             "lobby.\n\nSent on behalf of Priscilla Nakamura by Monique Tran.",
                        meeting=None, from_hdr=f"{pris[0]} <{pris[1]}>", sender=monique,
                        sent_by=monique[1])
    role = "Senior, Accounting Advisory Services"
    case("big4-two-rounds-booked-together",
         [("01-recruiter-books-two-rounds.eml", m1), ("02-teams-invite-round1.eml", m2),
          ("03-inperson-invite-round2-delegate.eml", m3)],
         [interview("Kessler Brandt LLP", role, s1, e1, "scheduled", [ethan[1]], [ethan[1]], "technical"),
          interview("Kessler Brandt LLP", role, s2, e2, "scheduled", [pris[1]], [pris[1]], "other")],
         "medium", "positive/two-interviews",
         "Recruiter books two rounds on different days (Thu Sep 17 Teams with a manager; Wed Sep 23 in "
         "person with a partner). Two interviews. Round 2 invite is sent by the recruiter as delegate "
         "(Sender / SENT-BY) from the partner's calendar: the partner is the interviewer, the recruiter "
         "is not. Partner round labelled kind 'other'.")


def google_invite(*, seed, org, guests, summary, sent, start, end, description, tzname="Central Time - Chicago",
                  tzabbr="CDT", event_id=None, meet=None, phone=None):
    """Google Calendar invitation e-mail (multipart/mixed: alternative(text,html,calendar) + invite.ics)."""
    event_id = event_id or alnum(seed + "ev", 26).lower()
    meet = meet or f"{alnum(seed + 'm1', 3).lower()}-{alnum(seed + 'm2', 4).lower()}-{alnum(seed + 'm3', 3).lower()}"
    pin = digits(seed + "pin", 9)
    s_loc = start.astimezone(CHI)
    e_loc = end.astimezone(CHI)

    def g(dt):
        return (f"{dt.hour % 12 or 12}{'' if dt.minute == 0 else ':%02d' % dt.minute}"
                f"{'am' if dt.hour < 12 else 'pm'}")
    subj_when = f"{s_loc:%a} {s_loc:%b} {s_loc.day}, {s_loc.year} {g(s_loc)} - {g(e_loc)} ({tzabbr})"
    subject = f"Invitation: {summary} @ {subj_when} ({OWNER})"
    guest_lines = [f"{org[0]} - organizer"] + [n if n else e for n, e in guests]
    eid = base64.b64encode(f"{event_id} {OWNER}".encode()).decode().rstrip("=")
    text = (f"{summary}\n{s_loc:%A} {s_loc:%b} {s_loc.day}, {s_loc.year} \u22c5 {g(s_loc)} \u2013 {g(e_loc)}\n"
            f"{tzname}\n\nJoin with Google Meet\nhttps://meet.google.com/{meet}\n\n"
            f"Join by phone\n(US) +1 414-555-0{digits(seed + 'ph', 3)} PIN: {pin}#\n\n"
            f"More phone numbers\nhttps://tel.meet/{meet}?pin={digits(seed + 'pin2', 13)}\n\n"
            f"{description}\n\nGuests\n" + "\n".join(guest_lines) + "\n"
            f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n\n"
            f"Reply for {OWNER} and view more details https://calendar.google.com/calendar/event?action=VIEW&eid={eid}\n"
            "Your attendance is optional.\n\n~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
            "You are receiving this email because you are an attendee on the event. To stop receiving future "
            "updates for this event, decline this event.\n\nForwarding this invitation could allow any recipient "
            "to send a response to the organizer, be added to the guest list, invite others regardless of their "
            "own invitation status, or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
    guests_html = "".join(
        f'<div><a href="mailto:{htmlmod.escape(e)}" style="color:#3c4043;text-decoration:none">'
        f'{htmlmod.escape(n or e)}</a>{" - organizer" if e == org[1] else ""}</div>'
        for n, e in [org] + list(guests))
    html_text = (
        '<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
        '<body><div itemscope itemtype="http://schema.org/EventReservation">'
        f'<h2 style="font-family:Google Sans,Roboto,Arial,sans-serif">{htmlmod.escape(summary)}</h2>\n'
        f'<div>{s_loc:%A} {s_loc:%b} {s_loc.day}, {s_loc.year} &#8901; {g(s_loc)} &ndash; {g(e_loc)} '
        f'({htmlmod.escape(tzname)})</div>\n'
        f'<div><a href="https://meet.google.com/{meet}">Join with Google Meet</a></div>\n'
        f'<div style="white-space:pre-wrap">{htmlmod.escape(description)}</div>\n'
        f'<h3>Guests</h3>{guests_html}\n'
        '<p style="font-size:11px;color:#70757a">Invitation from Google Calendar</p></div></body></html>\n')
    created = sent - timedelta(minutes=3)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
             f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}", f"DTSTAMP:{ics_utc(sent)}",
             f"ORGANIZER;CN={org[0]}:mailto:{org[1]}", f"UID:{event_id}@google.com",
             f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=TRUE;CN={org[0]};X-NUM-GUESTS=0:mailto:{org[1]}"]
    for n, e in guests:
        ps = "NEEDS-ACTION" if e == OWNER else "ACCEPTED"
        lines.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;CN={n or e};X-NUM-GUESTS=0:mailto:{e}")
    lines += [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{digits(seed + 'oa', 10)}",
              f"CREATED:{ics_utc(created)}",
              "DESCRIPTION:" + ics_esc(description + "\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                                       f"Join with Google Meet: https://meet.google.com/{meet}\n\n"
                                       "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
                                       "Please do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"),
              f"LAST-MODIFIED:{ics_utc(sent)}", "LOCATION:", "SEQUENCE:0", "STATUS:CONFIRMED",
              f"SUMMARY:{ics_esc(summary)}", "TRANSP:OPAQUE",
              "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
              "TRIGGER:-P0DT0H30M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    b_mix = f"000000000000{hx(seed + 'mix', 16)}"
    b_alt = f"000000000000{hx(seed + 'alt', 16)}"
    inner = multi("alternative", b_alt, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        leaf('text/html; charset="UTF-8"', html_text, "quoted-printable"),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal.replace("\r\n", "\n"), "7bit"),
    ])
    part = multi("mixed", b_mix, [inner,
                                  leaf('application/ics; name="invite.ics"', cal, "base64",
                                       disp='attachment; filename="invite.ics"')])
    hdrs = [("Delivered-To", OWNER),
            ("Received", received("mail-sor-f73.google.com", "209.85.220.73", sent.astimezone(UTC), seed)),
            ("Return-Path", f"<3{alnum(seed + 'rp', 20)}@calendar-server.bounces.google.com>"),
            ("Reply-To", f"{org[0]} <{org[1]}>"),
            ("Sender", "Google Calendar <calendar-notification@google.com>"),
            ("Message-ID", f"<calendar-{hx(seed, 8)}-{hx(seed + '1', 4)}-{hx(seed + '2', 4)}-{hx(seed + '3', 4)}-{hx(seed + '4', 12)}@google.com>"),
            ("Date", rfc(sent.astimezone(UTC))),
            ("Subject", subject), ("From", f"{org[0]} <{org[1]}>"), ("To", OWNER)]
    return message(hdrs, part), event_id, meet


def case_08():
    tessa = ("Tessa Lund", "tessa.lund@fernhillbrewing.example")
    marcus = ("Marcus Webb", "marcus.webb@fernhillbrewing.example")
    julia = ("Julia Sandoval", "julia.sandoval@fernhillbrewing.example")
    sent = T(2026, 10, 1, 15, 22, "Thu", s=9)
    s, e = T(2026, 10, 7, 10, 0, "Wed"), T(2026, 10, 7, 11, 0, "Wed")
    summary = "Panel interview: Renata Kowalczyk - Senior Accountant, Revenue"
    desc = ("Hi Renata! This is your panel interview with Marcus Webb (Controller) and Julia Sandoval "
            "(Revenue Accounting Manager). Expect questions on distributor revenue, excise tax accruals "
            "and month-end close. I set this up but won't be joining - reach me at "
            "tessa.lund@fernhillbrewing.example with any questions. Cheers, Tessa (People Team)")
    m1, event_id, meet = google_invite(seed="b205-08", org=tessa,
                                       guests=[marcus, julia, ("", OWNER)], summary=summary, sent=sent,
                                       start=s, end=e, description=desc)
    updated = T(2026, 10, 2, 8, 3, "Fri", s=41)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{digits('b205-08etag', 16)}\"",
        "id": event_id,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.b64encode(f"{event_id} {OWNER}".encode()).decode().rstrip("="),
        "created": (sent - timedelta(minutes=3)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.412Z"),
        "summary": summary,
        "description": desc,
        "creator": {"email": tessa[1], "displayName": tessa[0]},
        "organizer": {"email": tessa[1], "displayName": tessa[0]},
        "start": {"dateTime": s.isoformat(), "timeZone": "America/Chicago"},
        "end": {"dateTime": e.isoformat(), "timeZone": "America/Chicago"},
        "iCalUID": f"{event_id}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": tessa[1], "displayName": tessa[0], "organizer": True, "responseStatus": "accepted"},
            {"email": marcus[1], "displayName": marcus[0], "responseStatus": "accepted"},
            {"email": julia[1], "displayName": julia[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": f"https://meet.google.com/{meet}",
        "conferenceData": {
            "entryPoints": [
                {"entryPointType": "video", "uri": f"https://meet.google.com/{meet}",
                 "label": f"meet.google.com/{meet}"},
                {"entryPointType": "phone", "uri": f"tel:+1-414-555-0{digits('b205-08ph', 3)}",
                 "label": f"+1 414-555-0{digits('b205-08ph', 3)}", "pin": digits("b205-08pin", 9),
                 "regionCode": "US"},
            ],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": meet,
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    case("google-invite-and-api-event-panel",
         [("01-google-invitation-panel.eml", m1),
          ("02-calendar-api-event.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")],
         [interview("Fernhill Brewing Company", "Senior Accountant, Revenue", s, e, "scheduled",
                    [marcus[1], julia[1]], [marcus[1], julia[1]], "onsite")],
         "medium", "positive/google-invite-plus-api",
         "Google invitation (UTC DTSTART in the .ics, '(CDT)' in the subject) and the same event as a "
         "Calendar API resource after the user accepted = one interview. Two-person panel -> onsite; "
         "the organizer says she won't join, so she is not an interviewer.")


def case_09():
    keith = ("Keith Ambrose", "keith.ambrose@dunmorelogistics.example")
    sent1 = T(2026, 11, 3, 10, 48, "Tue", s=26)
    sent_r = T(2026, 11, 3, 11, 20, "Tue")
    sent2 = T(2026, 11, 3, 11, 36, "Tue", s=50)
    s, e = T(2026, 11, 4, 15, 30, "Wed"), T(2026, 11, 4, 16, 0, "Wed")
    assert (s.date() - sent2.date()).days == 1 and s.utcoffset() == timedelta(hours=-6)
    subj = "Senior Accountant - Fixed Assets at Dunmore Logistics"
    sig = "Keith Ambrose\nCorporate Recruiter | Dunmore Logistics\n(630) 555-0192\nkeith.ambrose@dunmorelogistics.example"
    first = """Hi Renata,

Thanks for applying for our Senior Accountant - Fixed Assets opening in Naperville. I'd like to set up a 30-minute phone conversation to learn more about your background (fixed asset subledgers, depreciation, lease accounting) before I share your profile with our Assistant Controller.

Are you free tomorrow afternoon? I'm open anytime between 1 and 4.

Thanks,
""" + sig + "\n"
    id1 = gmail_msgid("b205-09a")
    id_r = gmail_msgid("b205-09r")
    m1 = gmail_mail(seed="b205-09a", frm=keith, to=[(OWNER_NAME, OWNER)], subject=subj, sent=sent1,
                    body=first)
    quoted_first = "\n".join(">> " + l if l else ">>" for l in first.rstrip("\n").split("\n"))
    second = f"""Perfect - I'll give you a call at 3:30 tomorrow. Talk soon!

{sig}

On Tue, Nov 3, 2026 at {hm(sent_r)} Renata Kowalczyk <{OWNER}> wrote:
> Hi Keith,
>
> Thanks for reaching out! 3:30 tomorrow afternoon works well for me. My cell
> is {OWNER_PHONE}.
>
> Best,
> Renata
>
> On Tue, Nov 3, 2026 at {hm(sent1)} Keith Ambrose <{keith[1]}> wrote:
{quoted_first}
"""
    m2 = gmail_mail(seed="b205-09b", frm=keith, to=[(OWNER_NAME, OWNER)], subject="Re: " + subj,
                    sent=sent2, body=second, in_reply_to=id_r, references=f"{id1} {id_r}")
    case("recruiter-call-tomorrow-relative",
         [("01-recruiter-asks-for-time.eml", m1), ("02-recruiter-confirms-tomorrow.eml", m2)],
         [interview("Dunmore Logistics", "Senior Accountant - Fixed Assets", s, e, "scheduled",
                    [keith[1]], [keith[1]], "phone_screen")],
         "medium", "positive/email-thread-relative-date",
         "Plain Gmail thread; the only time is '3:30 tomorrow' in a message dated Tue Nov 3 2026 "
         "(-0600), so Wed Nov 4 15:30 CST (after the DST change). 30 minutes from the first message. "
         "Recruiter runs the call.")


def case_10():
    laura = ("Laura Finch", "laura.finch@sablewood.example")
    sent = T(2026, 10, 8, 12, 15, "Thu", tz=NYC, s=33)
    s, e = T(2026, 10, 14, 13, 0, "Wed", tz=NYC), T(2026, 10, 14, 14, 0, "Wed", tz=NYC)
    assert s.astimezone(CHI).hour == 12
    title = "Sablewood Technical Interview - Fund Accounting Senior (Chicago)"
    block, url, num = webex_block("b205-10", "sablewood")
    agenda = ("Renata - this is the technical round for the Fund Accounting Senior role in our Chicago "
              "office. I'll walk you through a short capital call / distribution waterfall exercise and a "
              "NAV tie-out; please have Excel open and be ready to share your screen. No preparation "
              "needed. (1:00 PM ET is 12:00 PM for you in Chicago.)\n\n- Laura Finch, Controller")
    text = (f"{laura[0]} invites you to join this Webex meeting.\n\n{title}\nHosted by {laura[0]}\n\n"
            f"{longdate(s)} {hm(s)} | 1 hour | (UTC-04:00) Eastern Time (US & Canada)\n\n"
            f"Join meeting\n{url}\n\nMeeting number (access code): {num}\n\nAgenda:\n{agenda}\n\n{block}\n"
            "By joining this meeting, you are agreeing to the Webex Terms of Service and Privacy Statement.\n"
            "\u00a9 2026 Cisco and/or its affiliates. All rights reserved.\n")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Cisco Webex//Webex Meetings//EN", "VERSION:2.0",
             "METHOD:REQUEST"] + VTZ_OLSON["America/New_York"] + [
             "BEGIN:VEVENT", f"UID:{hx('b205-10uid', 32).upper()}", f"DTSTAMP:{ics_utc(sent)}",
             f"DTSTART;TZID=America/New_York:{ics_local(s)}", f"DTEND;TZID=America/New_York:{ics_local(e)}",
             f"SUMMARY:{ics_esc(title)}", f"ORGANIZER;CN={laura[0]}:mailto:{laura[1]}",
             attendee(OWNER_NAME, OWNER), f"LOCATION:{url}", "DESCRIPTION:" + ics_esc(text),
             "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "BEGIN:VALARM", "TRIGGER:-PT10M",
             "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    b_alt = f"----=_Part_{digits('b205-10a', 6)}_{digits('b205-10b', 10)}.{digits('b205-10c', 13)}"
    b_mix = f"----=_Part_{digits('b205-10m', 6)}_{digits('b205-10n', 10)}.{digits('b205-10o', 13)}"
    part = multi("mixed", b_mix, [
        alt(b_alt, text, font="Arial, Helvetica, sans-serif"),
        leaf('text/calendar; charset=UTF-8; method=REQUEST; name="WebexMeeting.ics"', cal, "base64",
             disp='attachment; filename="WebexMeeting.ics"'),
    ])
    hdrs = [("Delivered-To", OWNER),
            ("Received", received("mail-sjc1.webex.com", "66.163.52.10", sent, "b205-10")),
            ("Return-Path", "<messenger@webex.com>"),
            ("Date", rfc(sent)),
            ("From", f"{laura[0]} via Webex <messenger@webex.com>"),
            ("Reply-To", f"{laura[0]} <{laura[1]}>"),
            ("To", OWNER),
            ("Message-ID", f"<{digits('b205-10mid', 9)}.{digits('b205-10mid2', 5)}.{digits('b205-10mid3', 13)}@webex.com>"),
            ("Subject", f"Webex meeting invitation: {title}")]
    case("webex-eastern-host-technical",
         [("01-webex-meeting-invitation.eml", message(hdrs, part))],
         [interview("Sablewood Capital Partners", "Fund Accounting Senior", s, e, "scheduled",
                    [laura[1]], [laura[1]], "technical")],
         "medium", "positive/webex-other-timezone",
         "Webex invitation from messenger@webex.com on behalf of a New York host: 1:00 PM "
         "(UTC-04:00) Eastern = 12:00 CDT for the Chicago owner; .ics uses TZID America/New_York. "
         "Host conducts the technical exercise; Reply-To carries her address.")


def case_11():
    beth = ("Beth Kaminski", "beth.kaminski@orlandgrain.example")
    harold = ("Harold Vance", "harold.vance@orlandgrain.example")
    stamp = T(2026, 11, 10, 9, 14, "Tue", s=27)
    s, e = T(2026, 11, 16, 16, 0, "Mon"), T(2026, 11, 16, 16, 45, "Mon")
    tblock, turl = teams_block("b205-11")
    desc = (f"When: {longdate(s)} {hm(s)}-{hm(e)} (UTC-06:00) Central Time (US & Canada).\n"
            "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n"
            "Hi Renata,\n\nHarold would like to meet with you as the final step for the Senior Accountant, "
            "SEC Reporting position. He'll join from our Decatur office via Teams. Please reply to me if "
            "you need to adjust.\n\nBeth Kaminski\nExecutive Assistant to the CFO | Orland Grain Cooperative\n\n"
            + tblock)
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"
             ] + VTZ_EXCH_CENTRAL + [
             "BEGIN:VEVENT", f"ORGANIZER;CN={beth[0]}:mailto:{beth[1]}",
             attendee(harold[0], harold[1], "REQ-PARTICIPANT", "ACCEPTED", False),
             attendee(OWNER_NAME, OWNER),
             "DESCRIPTION;LANGUAGE=en-US:" + ics_esc(desc),
             f"UID:{exch_uid('b205-11')}",
             "SUMMARY;LANGUAGE=en-US:Final Interview - Renata Kowalczyk / Harold Vance (CFO)",
             f"DTSTART;TZID=Central Standard Time:{ics_local(s)}",
             f"DTEND;TZID=Central Standard Time:{ics_local(e)}",
             "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{ics_utc(stamp)}", "TRANSP:OPAQUE",
             "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
             "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
             "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
             "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
             f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{turl}",
             "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
             "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting",
             "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
             "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    case("standalone-outlook-ics-cfo-final",
         [("01-final-interview-cfo.ics", ics(lines).encode("utf-8"))],
         [interview("Orland Grain Cooperative", "Senior Accountant, SEC Reporting", s, e, "scheduled",
                    [harold[1]], [harold[1]], "other")],
         "easy", "positive/standalone-ics",
         "Standalone Exchange .ics (TZID 'Central Standard Time') for Mon Nov 16, after DST ended: "
         "-06:00. Organizer is the CFO's assistant (scheduler only); the CFO is the interviewer.")


def case_12():
    gina = ("Gina Russo", "gina.russo@wrenfieldmed.example")
    paul = ("Paul Whitacre", "paul.whitacre@wrenfieldmed.example")
    orig_sent = T(2026, 9, 24, 16, 47, "Thu")
    sent = T(2026, 9, 25, 9, 3, "Fri", s=38)
    s, e = T(2026, 9, 30, 15, 0, "Wed"), T(2026, 9, 30, 16, 0, "Wed")
    tblock, _ = teams_block("b205-12")
    subj = "Interview: Renata Kowalczyk - Senior Accountant, Revenue & Billing"
    body = f"""Hi Renata,

Forwarding Paul's calendar invite so you have the Teams link - it looks like it went to an old address on your application the first time. Paul is our Director of Accounting and the hiring manager for the role; it'll just be the two of you.

Good luck, and let me know if you have any trouble joining!

Gina

Gina Russo | Recruiting Coordinator | Wrenfield Medical Devices
gina.russo@wrenfieldmed.example | (224) 555-0150

-----Original Appointment-----
From: Paul Whitacre <{paul[1]}>
Sent: Thursday, September 24, 2026 {hm(orig_sent)}
To: Paul Whitacre; Renata Kowalczyk; Gina Russo
Subject: {subj}
When: {longdate(s)} {hm(s)}-{hm(e)} (UTC-06:00) Central Time (US & Canada).
Where: Microsoft Teams Meeting


Hi Renata - I'm looking forward to talking about the revenue & billing team and your experience with ASC 606 and billing reconciliations.

Paul

{tblock}"""
    m = outlook_mail(seed="b205-12", frm=gina, to=[(OWNER_NAME, OWNER)], subject="FW: " + subj,
                     sent=sent, body=body)
    case("forwarded-appointment-utc6-label-in-cdt",
         [("01-fw-interview-appointment.eml", m)],
         [interview("Wrenfield Medical Devices", "Senior Accountant, Revenue & Billing", s, e,
                    "scheduled", [paul[1]], [paul[1]], "hiring_manager")],
         "hard", "positive/forwarded-appointment",
         "Coordinator forwards an Outlook appointment as plain text (no .ics). The 'When:' line reads "
         "'(UTC-06:00) Central Time (US & Canada)' but Sep 30 is CDT, so the start is 15:00-05:00. "
         "Hiring manager's address only appears in the forwarded header block.")


def case_13():
    brian = ("Brian Holt", "brian.holt@calumetutilities.example")
    sent1 = T(2026, 10, 14, 8, 30, "Wed", s=12)
    sent2 = T(2026, 10, 19, 13, 10, "Mon", s=5)
    sent_r = T(2026, 10, 19, 13, 47, "Mon")
    sent3 = T(2026, 10, 19, 14, 2, "Mon", s=44)
    sent4 = T(2026, 10, 19, 14, 5, "Mon", s=17)
    s0, e0 = T(2026, 10, 22, 10, 0, "Thu"), T(2026, 10, 22, 11, 0, "Thu")
    s, e = T(2026, 10, 23, 10, 0, "Fri"), T(2026, 10, 23, 11, 0, "Fri")
    role = "Senior Accountant - Regulatory Accounting"

    def wd_text(kind, start, end):
        head = ("Your interview has been scheduled." if kind == "new"
                else "Your interview has been rescheduled. Please see the updated details below.")
        return f"""Dear Renata,

{head}

Job Requisition: {role} (JR-5521)
Date: {longdate(start)}
Time: {hm(start)} - {hm(end)} Central Daylight Time
Interviewer(s): Rosa Delgado, Manager, Regulatory Accounting
Location: Calumet Valley Utilities, 2200 W 95th St, Chicago, IL 60643 - Lobby B (bring a photo ID)

You can view the details of your interview in Candidate Home: https://wd5.myworkdayjobs.com/CalumetCareers/userHome

If you have questions, please contact your recruiter, Brian Holt (brian.holt@calumetutilities.example).

Please do not reply to this email; this mailbox is not monitored.

Calumet Valley Utilities Talent Acquisition
"""
    m1 = workday_mail(seed="b205-13a", tenant="calumetutilities", display="Calumet Valley Utilities",
                      subject=f"Interview Scheduled - {role} (JR-5521)", sent=sent1,
                      text=wd_text("new", s0, e0))
    body2 = f"""Hi Renata,

Rosa has been pulled into audit committee prep on Thursday morning. Would you be able to move your interview to Friday (10/23), same time - 10:00 to 11:00, same location? Apologies for the shuffle.

Thanks,
Brian

Brian Holt
Senior Recruiter | Calumet Valley Utilities
(773) 555-0133
"""
    id2 = outlook_msgid("b205-13b")
    id_r = gmail_msgid("b205-13r")
    m2 = outlook_mail(seed="b205-13b", frm=brian, to=[(OWNER_NAME, OWNER)],
                      subject="Thursday interview with Rosa", sent=sent2, body=body2)
    body3 = f"""Thanks Renata - you're all set for Friday at 10. You'll get an updated notice from Workday in a few minutes.

Brian

From: Renata Kowalczyk <{OWNER}>
Sent: Monday, October 19, 2026 {hm(sent_r)}
To: Brian Holt <{brian[1]}>
Subject: Re: Thursday interview with Rosa

Hi Brian, Friday works fine for me. See you then!
Renata
"""
    m3 = outlook_mail(seed="b205-13c", frm=brian, to=[(OWNER_NAME, OWNER)],
                      subject="RE: Thursday interview with Rosa", sent=sent3, body=body3,
                      in_reply_to=id_r, references=f"{id2} {id_r}")
    m4 = workday_mail(seed="b205-13d", tenant="calumetutilities", display="Calumet Valley Utilities",
                      subject=f"Interview Rescheduled - {role} (JR-5521)", sent=sent4,
                      text=wd_text("moved", s, e))
    case("workday-moved-to-friday",
         [("01-workday-interview-scheduled.eml", m1), ("02-recruiter-asks-to-move.eml", m2),
          ("03-recruiter-confirms-friday.eml", m3), ("04-workday-interview-rescheduled.eml", m4)],
         [interview("Calumet Valley Utilities", role, s, e, "scheduled", [], [brian[1]],
                    "hiring_manager")],
         "medium", "positive/reschedule-workday",
         "Workday scheduled Thu Oct 22 10:00 CDT; recruiter moves it to Friday; Workday 'Interview "
         "Rescheduled' confirms Fri Oct 23 10:00-11:00. One interview at the final time. Interviewer "
         "has no address -> follow-up to the recruiter named in the mails.")


# =========================================================================== negatives
def simple_ics(*, prodid, uid, summary, start, end, stamp, description, location, organizer=None,
               attendees=(), method="PUBLISH", tzid="America/Chicago"):
    lines = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", f"METHOD:{method}"]
    lines += VTZ_OLSON[tzid]
    lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{ics_utc(stamp)}",
              f"DTSTART;TZID={tzid}:{ics_local(start)}", f"DTEND;TZID={tzid}:{ics_local(end)}",
              f"SUMMARY:{ics_esc(summary)}", f"LOCATION:{ics_esc(location)}",
              "DESCRIPTION:" + ics_esc(description)]
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for a in attendees:
        lines.append(attendee(*a))
    lines += ["SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def vendor_mail(*, seed, headers, text, html_text=None, attachments=(), cte_text="quoted-printable"):
    b_alt = f"b1_{hx(seed + 'alt', 32)}"
    body = alt(b_alt, text, html_text, cte_text=cte_text, font="Helvetica, Arial, sans-serif")
    if attachments:
        body = multi("mixed", f"b2_{hx(seed + 'mix', 32)}", [body] + list(attachments))
    return message(headers, body)


def case_14():
    sent = T(2026, 8, 31, 19, 22, "Mon", tz=NYC, s=40)
    s, e = T(2026, 11, 14, 8, 0, "Sat"), T(2026, 11, 14, 12, 0, "Sat")
    conf = digits("b205-14conf", 16)
    text = f"""Dear RENATA KOWALCZYK,

Thank you for scheduling your appointment with Prometric. Please keep this email for your records.

Exam: Uniform CPA Examination - Information Systems and Controls (ISC)
Confirmation Number: {conf}
Date: {longdate(s)}
Start Time: {hm(s)} (local time at the test center)
Appointment Length: 4 hours 0 minutes
Test Center: Chicago, IL #4417
            200 W Jackson Blvd, Suite 1850
            Chicago, IL 60606

IMPORTANT
- Please arrive at least 30 minutes before your scheduled appointment time to complete check-in. If you arrive 30 minutes or more after your scheduled start time, you may be refused admission and will forfeit your exam fees.
- You must present valid, unexpired government-issued identification. The name on your ID must exactly match the name on your Notice to Schedule (NTS).
- Personal items, including mobile phones and watches, must be stored in a locker.

To reschedule or cancel, visit https://www.prometric.com/cpa at least 5 days before your appointment. Fees may apply.

Sincerely,
Prometric Candidate Services
"""
    cal = simple_ics(prodid="-//Prometric//Appointment Scheduler//EN", uid=f"{conf}@prometric.com",
                     summary="Prometric Appointment - Uniform CPA Examination (ISC)", start=s, end=e,
                     stamp=sent, location="Prometric Test Center #4417, 200 W Jackson Blvd, Suite 1850, Chicago, IL",
                     description=f"Confirmation Number: {conf}. Arrive 30 minutes early for check-in. Bring valid ID.")
    hdrs = [("Delivered-To", OWNER),
            ("Received", received("mta2.prometric.com", "192.0.2.44", sent, "b205-14")),
            ("Return-Path", "<donotreply@prometric.com>"), ("Date", rfc(sent)),
            ("From", "Prometric <donotreply@prometric.com>"), ("To", OWNER),
            ("Subject", f"Prometric Appointment Confirmation - Uniform CPA Examination - {conf}"),
            ("Message-ID", f"<{hx('b205-14', 20)}@prometric.com>")]
    m = vendor_mail(seed="b205-14", headers=hdrs, text=text,
                    attachments=[leaf('text/calendar; charset=utf-8; name="Appointment.ics"', cal, "base64",
                                      disp='attachment; filename="Appointment.ics"')])
    case("prometric-cpa-exam-appointment", [("01-prometric-appointment-confirmation.eml", m)], [],
         "easy", "negative/exam-appointment",
         "Prometric test-centre appointment for a CPA exam section, with check-in time and an .ics; "
         "an exam, not a job interview.")


def case_15():
    LA = ZoneInfo("America/Los_Angeles")
    sent = T(2026, 9, 22, 12, 4, "Tue", tz=LA, s=31)
    s, e = T(2026, 10, 1, 11, 0, "Thu"), T(2026, 10, 1, 12, 40, "Thu")
    title = "Behavioral Interviewing for Audit Leaders: Hiring Your Next Senior (2.0 CPE)"
    wid = digits("b205-15wid", 11)
    url = f"https://us06web.zoom.us/w/{wid}?tk={alnum('b205-15tk', 43)}"
    text = f"""Hi Renata,

Thank you for registering for "{title}".

Please submit any questions to: cpe@prairiecpa.example

Date Time: {s:%b} {s.day}, {s.year} {hm(s)} Central Time (US and Canada)

Join from PC, Mac, iPad, or Android:
{url}
Passcode: {digits('b205-15pc', 6)}

Or Telephone:
    US: +1 312 555 0{digits('b205-15ph', 3)}
Webinar ID: {wid[:3]} {wid[3:7]} {wid[7:]}

You can cancel your registration at any time.

About this session: Hiring season is coming. This program, presented by the Prairie State Society of CPAs Professional Development team, covers structured behavioral interviewing for audit managers and seniors who interview staff and experienced-hire candidates: building a scorecard, asking STAR questions, avoiding bias, and calibrating after the interview. Participants earn 2.0 CPE credits (Personal Development) by attending the live session and answering at least three polling questions per credit hour.

Add to calendar: the attached .ics file works with Outlook, Google Calendar and Apple Calendar.
"""
    cal = simple_ics(prodid="-//Zoom Video Communications//Zoom Webinar//EN", uid=f"ZOOM{wid}@zoom.us",
                     summary=title, start=s, end=e, stamp=sent, location=url,
                     description=f"Webinar ID {wid}. Prairie State Society of CPAs live webinar - 2.0 CPE.",
                     organizer=("Prairie State Society of CPAs", "cpe@prairiecpa.example"))
    hdrs = [("Delivered-To", OWNER),
            ("Received", received("se1mta-tx3.zoom.us", "170.114.10.87", sent, "b205-15")),
            ("Return-Path", "<bounce-webinar@zoom.us>"), ("Date", rfc(sent)),
            ("From", "Prairie State Society of CPAs <no-reply@zoom.us>"),
            ("Reply-To", "PSSCPA Professional Development <cpe@prairiecpa.example>"),
            ("To", f"Renata Kowalczyk <{OWNER}>"),
            ("Subject", f"{title} Confirmation"),
            ("Message-ID", f"<{alnum('b205-15mid', 22)}@zoom.us>")]
    m = vendor_mail(seed="b205-15", headers=hdrs, text=text,
                    attachments=[leaf('text/calendar; charset=utf-8; method=PUBLISH; name="invite.ics"', cal,
                                      "base64", disp='attachment; filename="invite.ics"')])
    case("cpe-webinar-behavioral-interviewing", [("01-zoom-webinar-registration.eml", m)], [],
         "medium", "negative/cpe-webinar",
         "Zoom webinar registration from a state CPA society about *conducting* behavioral interviews, "
         "with a date, link and .ics: a CPE course, not a job interview.")


def case_16():
    janet = ("Janet Oyelaran", "janet.oyelaran@northgateplastics.example")
    tom = ("Tom Pryor", "tom.pryor@brannocklisle.example")
    sent = T(2026, 11, 2, 13, 18, "Mon", s=29)
    s, e = T(2026, 11, 9, 9, 30, "Mon"), T(2026, 11, 9, 10, 30, "Mon")
    body = """Hi Tom and Renata,

Sending this out for our interim kickoff. Proposed agenda:

1. Introductions and interim fieldwork timeline (Nov 16 - Dec 4)
2. PBC list status - most items will be in the shared folder by Nov 12
3. Scheduling the walkthrough interviews with process owners (revenue/order-to-cash, purchasing & AP, payroll, treasury)
4. IT general controls - SOC 1 reports for our payroll provider and ERP host
5. Open items from the FY25 management letter (inventory cutoff, vendor master changes)

Dwayne (AP Supervisor) and Li (Payroll Manager) will join for item 3 so we can get walkthrough interview times on the calendar.

Thanks,
Janet

Janet Oyelaran, CPA
Corporate Controller | Northgate Plastics, Inc.
(815) 555-0172"""
    m = outlook_invite(seed="b205-16", org=janet,
                       attendees=[(tom[0], tom[1]), (OWNER_NAME, OWNER_WORK),
                                  ("Dwayne Ellis", "dwayne.ellis@northgateplastics.example", "OPT-PARTICIPANT"),
                                  ("Li Chen", "li.chen@northgateplastics.example", "OPT-PARTICIPANT")],
                       subject="FY2026 Interim Fieldwork Kickoff - Northgate Plastics / Brannock & Lisle",
                       sent=sent, start=s, end=e, location="Microsoft Teams Meeting", body=body,
                       extra_headers=[("X-MS-Exchange-Inbox-Rules-Loop", OWNER_WORK),
                                      ("X-Forwarded-For", f"{OWNER_WORK} {OWNER}")])
    case("audit-client-fieldwork-kickoff", [("01-client-kickoff-invite.eml", m)], [],
         "hard", "negative/work-meeting",
         "Teams invite from an audit client's controller to the owner's work address (auto-forwarded) "
         "for fieldwork kickoff; mentions scheduling 'walkthrough interviews' with process owners. "
         "It is her current job's audit work, not a hiring process.")


def case_17():
    sent = T(2026, 10, 6, 10, 0, "Tue", s=12)
    s, e = T(2026, 11, 5, 17, 30, "Thu"), T(2026, 11, 5, 20, 0, "Thu")
    assert s.utcoffset() == timedelta(hours=-6)
    text = f"""Marlow Chase Alumni Network | Chicago

You're invited: Chicago Alumni Reception

Dear Renata,

Whether you left us last year or twenty years ago, you're part of the Marlow Chase family. Please join fellow alumni, current partners and friends of the firm for an evening of conversation, cocktails and light bites.

{longdate(s)}
{hm(s)} - {hm(e)} CT
The Lantern Room, 18 E Lake St, Chicago

Members of our Experienced Hire recruiting team will be on hand to talk about 'boomerang' opportunities in Audit & Assurance, Tax and Advisory - a great chance to reconnect and hear what's new.

RSVP by Thursday, October 29: https://events.marlowchase.example/chicago-alumni-2026?rsvp={alnum('b205-17r', 18)}

A calendar hold is attached for your convenience.

Warm regards,
Marlow Chase Alumni Relations

You are receiving this email as a member of the Marlow Chase Alumni Network. Update your preferences or unsubscribe: https://alumni.marlowchase.example/preferences
"""
    assert T(2026, 10, 29, wd="Thu")
    cal = simple_ics(prodid="-//Marlow Chase//Alumni Events//EN", uid=f"{hx('b205-17', 24)}@marlowchase.example",
                     summary="Marlow Chase Chicago Alumni Reception", start=s, end=e, stamp=sent,
                     location="The Lantern Room, 18 E Lake St, Chicago, IL",
                     description="Alumni reception with partners and the Experienced Hire recruiting team. RSVP required.",
                     organizer=("Marlow Chase Alumni Relations", "alumni@marlowchase.example"))
    hdrs = [("Delivered-To", OWNER),
            ("Received", received("mta-17.em.marlowchase.example", "203.0.113.17", sent, "b205-17")),
            ("Return-Path", f"<bounce-{digits('b205-17b', 8)}@em.marlowchase.example>"), ("Date", rfc(sent)),
            ("From", "Marlow Chase Alumni Network <alumni@marlowchase.example>"),
            ("To", f"Renata Kowalczyk <{OWNER}>"),
            ("Subject", "You're invited: Marlow Chase Chicago Alumni Reception - Thursday, November 5"),
            ("Message-ID", f"<{digits('b205-17m', 12)}.{hx('b205-17m', 16)}@em.marlowchase.example>"),
            ("List-Unsubscribe", "<https://alumni.marlowchase.example/preferences>"),
            ("Precedence", "bulk")]
    m = vendor_mail(seed="b205-17", headers=hdrs, text=text,
                    attachments=[leaf('text/calendar; charset=utf-8; method=PUBLISH; name="AlumniReception.ics"',
                                      cal, "base64", disp='attachment; filename="AlumniReception.ics"')])
    case("big4-alumni-networking-reception", [("01-alumni-reception-invitation.eml", m)], [],
         "medium", "negative/networking-event",
         "Former Big Four employer's alumni reception (recruiters present, .ics attached). Networking "
         "event, no interview.")


def case_18():
    sent = T(2026, 11, 9, 15, 44, "Mon", s=3)
    s, e = T(2026, 11, 12, 11, 0, "Thu"), T(2026, 11, 12, 11, 15, "Thu")
    case_id = f"CPS-{digits('b205-18c', 8)}"
    text = f"""Hello Renata,

Corvane Industrial has asked ClearPath Screening to complete your pre-employment background screening following your conditional offer of employment. To finish the employment and identity verification portion, a ClearPath verification specialist will call you.

Scheduled verification call
Date: {longdate(s)}
Time: {hm(s)} - {hm(e)} Central Time
Phone: the mobile number ending in 0148
Case ID: {case_id}

During the call, the specialist will confirm your identity and the dates of employment, job titles and supervisor contact details for Brannock & Lisle LLP and Marlow Chase LLP. Please have a recent pay stub or W-2 for each employer available in case we are unable to reach the employer directly.

If this time does not work, you can choose another time in the Candidate Portal: https://portal.clearpathscreening.example/c/{alnum('b205-18p', 20)}

Thank you,
ClearPath Screening - Candidate Care
verifications@clearpathscreening.example | (888) 555-0190
"""
    cal = simple_ics(prodid="-//ClearPath Screening//Candidate Portal//EN",
                     uid=f"{case_id}@clearpathscreening.example",
                     summary="ClearPath verification call (Corvane Industrial screening)", start=s, end=e,
                     stamp=sent, location="Phone - ClearPath will call you",
                     description=f"Employment/identity verification call. Case ID {case_id}.",
                     organizer=("ClearPath Screening", "verifications@clearpathscreening.example"),
                     attendees=[(OWNER_NAME, OWNER)], method="REQUEST")
    hdrs = [("Delivered-To", OWNER),
            ("Received", received("smtp.clearpathscreening.example", "198.51.100.90", sent, "b205-18")),
            ("Return-Path", "<no-reply@clearpathscreening.example>"), ("Date", rfc(sent)),
            ("From", "ClearPath Screening <no-reply@clearpathscreening.example>"),
            ("Reply-To", "verifications@clearpathscreening.example"),
            ("To", f"Renata Kowalczyk <{OWNER}>"),
            ("Subject", f"Your verification call is scheduled - Corvane Industrial screening ({case_id})"),
            ("Message-ID", f"<{hx('b205-18', 32)}@clearpathscreening.example>")]
    m = vendor_mail(seed="b205-18", headers=hdrs, text=text,
                    attachments=[leaf('text/calendar; charset=utf-8; method=REQUEST; name="verification-call.ics"',
                                      cal, "base64", disp='attachment; filename="verification-call.ics"')])
    case("background-check-verification-call", [("01-clearpath-verification-call.eml", m)], [],
         "hard", "negative/background-check",
         "Post-offer background-screening vendor schedules a 15-minute phone verification of identity "
         "and employment history (.ics REQUEST). Not a conversation in which she is assessed as a "
         "candidate -> not an interview.")


def case_19():
    alicia = ("Alicia Ferraro", "alicia.ferraro@brannocklisle.example")
    cam = ("Camila Reyes", "camila.reyes@students.lakeshoreu.example")
    sent = T(2026, 10, 7, 9, 52, "Wed", s=16)
    s, e = T(2026, 10, 15, 15, 0, "Thu"), T(2026, 10, 15, 15, 45, "Thu")
    body = """Hi Renata,

Thank you for volunteering to interview for our Winter 2027 audit internship! You're scheduled to interview Camila Reyes (Accountancy, Class of 2028). Camila is copied on this invite.

Her resume and the structured interview guide are in Workday under My Tasks. Please use the competency scorecard (technical curiosity, communication, teamwork) and submit your evaluation in Workday within 24 hours of the interview so we can make offers before winter break.

Thanks again,
Alicia

Alicia Ferraro
Campus Recruiting Coordinator | Brannock & Lisle LLP"""
    m = outlook_invite(seed="b205-19", org=alicia,
                       attendees=[(OWNER_NAME, OWNER_WORK), cam],
                       subject="Interview: Camila Reyes - Winter 2027 Audit Intern (Interviewer: Renata Kowalczyk)",
                       sent=sent, start=s, end=e, location="Microsoft Teams Meeting", body=body,
                       extra_headers=[("X-MS-Exchange-Inbox-Rules-Loop", OWNER_WORK),
                                      ("X-Forwarded-For", f"{OWNER_WORK} {OWNER}")])
    case("owner-interviews-intern-candidate", [("01-intern-interview-invite.eml", m)], [],
         "hard", "negative/user-is-interviewer",
         "Her current firm's campus coordinator books her to interview an intern candidate (Teams "
         "invite, 'Interview:' subject, forwarded from work). She is the interviewer, not the candidate.")


def case_20():
    yvette = ("Yvette Marsh", "yvette.marsh@greystonehotels.example")
    sent = T(2026, 9, 30, 10, 17, "Wed", s=48)
    slots = [T(2026, 10, 6, 9, 0, "Tue"), T(2026, 10, 6, 13, 30, "Tue"),
             T(2026, 10, 7, 10, 0, "Wed"), T(2026, 10, 8, 15, 0, "Thu")]
    link = f"https://careers.greystonehotels.example/us/en/self-schedule?token={alnum('b205-20tok', 40)}"
    slot_txt = [f"{d:%a}, {d:%b} {d.day} - {hm(d)} CDT" for d in slots]
    rows = [("Position", "Senior Accountant, Hotel Accounting (R-7730)"),
            ("Interview", "45-minute Microsoft Teams interview"),
            ("With", "Kendra Moss, Regional Accounting Manager")] + [
           (f"Option {i}", t) for i, t in enumerate(slot_txt, 1)]
    intro = ["Hi Renata,", "Great news - the hiring team would like to interview you! Please choose the time "
             "that works best for you. Times are first come, first served and this link expires in 72 hours."]
    outro = ["Don't see a time that works? Reply to this email and Yvette will find another option.",
             "Yvette Marsh\nTalent Acquisition | Greystone Hotels Group"]
    text = ("Hi Renata,\n\nGreat news - the hiring team would like to interview you! Please choose the time "
            "that works best for you. Times are first come, first served and this link expires in 72 hours.\n\n"
            + "\n".join(f"{k}: {v}" for k, v in rows)
            + f"\n\nSelect your interview time: {link}\n\n" + "\n\n".join(outro) + "\n\nPowered by Phenom\n")
    m = phenom_mail(seed="b205-20", display="Greystone Hotels Careers", from_addr="talent@greystonehotels.example",
                    reply_to=f"{yvette[0]} <{yvette[1]}>",
                    subject="Action needed: choose your interview time - Senior Accountant, Hotel Accounting",
                    sent=sent, text=text,
                    html_text=phenom_html("Greystone Hotels Group", rows, intro, outro,
                                          ("Select a time", link), "#4a3f35"))
    case("phenom-pick-a-time-unbooked", [("01-phenom-choose-interview-time.eml", m)], [],
         "hard", "negative/availability-request",
         "Phenom self-scheduling request listing four concrete slots with a named interviewer; no slot "
         "has been booked, so there is no interview yet.")


def case_21():
    sent = T(2026, 9, 28, 8, 2, "Mon", s=55)
    due = T(2026, 10, 2, 23, 59, "Fri")
    link = f"https://app.hirevue.com/interviews/{alnum('b205-21', 12)}/start"
    text = f"""Hi Renata,

Thank you for your interest in the Senior Accountant - Financial Reporting position at Quarry Point Financial. As the next step, we invite you to complete an on-demand video interview.

What to expect:
- 5 questions about your accounting experience and how you work with others
- Up to 3 minutes to record each answer, with 30 seconds to prepare
- About 20-25 minutes in total; you can complete it any time before the deadline

Deadline: {longdate(due)} at 11:59 PM Central Time

Start your interview: {link}

There is no live interviewer - you record your answers at your own pace and the hiring team reviews them afterward. We recommend a quiet space, a stable internet connection and a practice question first.

Good luck!
Quarry Point Financial Talent Acquisition

Questions about this process? Contact careers@quarrypoint.example
"""
    hdrs = [("Delivered-To", OWNER),
            ("Received", received("o1.email.hirevue.com", "149.72.120.33", sent, "b205-21")),
            ("Return-Path", f"<bounces+{digits('b205-21b', 7)}@email.hirevue.com>"), ("Date", rfc(sent)),
            ("From", "Quarry Point Financial <no-reply@hirevue.com>"),
            ("To", OWNER),
            ("Subject", "Quarry Point Financial - please complete your video interview"),
            ("Message-ID", f"<{alnum('b205-21m', 22)}@geopod-ismtpd-2>")]
    m = vendor_mail(seed="b205-21", headers=hdrs, text=text)
    case("one-way-video-interview", [("01-hirevue-on-demand-interview.eml", m)], [],
         "medium", "negative/one-way-video",
         "HireVue on-demand (one-way) video interview with a completion deadline; no live conversation.")


def case_22():
    sent = T(2026, 9, 1, 14, 30, "Tue", s=2)
    s, e = T(2026, 9, 10, 17, 30, "Thu"), T(2026, 9, 10, 18, 30, "Thu")
    tblock, turl = teams_block("b205-22")
    title = "Experienced Hire Virtual Open House - Audit & Assurance (Chicago)"
    text = f"""Hi Renata,

You're registered! We look forward to seeing you at our {title}.

Date: {longdate(s)}
Time: {hm(s)} - {hm(e)} CT
Where: Microsoft Teams live event (link below and in the attached calendar file)

What to expect:
- A welcome from Chicago Audit & Assurance partners
- What our experienced-hire interview process looks like, from the first recruiter conversation to the superday
- Q&A with recent experienced hires
- Optional breakout rooms hosted by our recruiting team

Join the event: {turl}

Kessler Brandt Campus & Experienced Hire Recruiting
Powered by Phenom
"""
    cal = simple_ics(prodid="-//Phenom//Events//EN", uid=f"{hx('b205-22', 24)}@events.phenompeople.com",
                     summary=f"Kessler Brandt {title}", start=s, end=e, stamp=sent,
                     location="Microsoft Teams live event", description="Join: " + turl,
                     organizer=("Kessler Brandt Recruiting", "recruiting-events@kesslerbrandt.example"))
    hdrs = [("Delivered-To", OWNER),
            ("Received", received("o3.mail.phenompeople.com", "167.89.41.12", sent, "b205-22")),
            ("Return-Path", f"<bounces+{digits('b205-22b', 7)}@mail.phenompeople.com>"),
            ("From", "Kessler Brandt Careers <careers@kesslerbrandt.example>"),
            ("To", OWNER), ("Subject", f"You're registered: {title}"),
            ("Date", rfc(sent.astimezone(UTC))),
            ("Message-ID", f"<{alnum('b205-22m', 22)}@geopod-ismtpd-4>")]
    m = vendor_mail(seed="b205-22", headers=hdrs, text=text,
                    attachments=[leaf('text/calendar; charset=utf-8; method=PUBLISH; name="event.ics"', cal,
                                      "base64", disp='attachment; filename="event.ics"')])
    case("big4-experienced-hire-open-house", [("01-open-house-registration.eml", m)], [],
         "medium", "negative/recruiting-event",
         "Big Four experienced-hire virtual open house registration (Teams live event, .ics) that talks "
         "about the interview process and superdays; a recruiting event, not an interview.")


# =========================================================================== main
def main():
    for fn in [case_01, case_02, case_03, case_04, case_05, case_06, case_07, case_08, case_09,
               case_10, case_11, case_12, case_13, case_14, case_15, case_16, case_17, case_18,
               case_19, case_20, case_21, case_22]:
        fn()
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith("b205-") and os.path.isdir(p):
            shutil.rmtree(p)
    for cid, items in CASES:
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        names = [n for n, _ in items]
        assert names == sorted(names) and len(set(names)) == len(names), cid
        for name, content in items:
            data = content if isinstance(content, bytes) else content.encode("utf-8")
            with open(os.path.join(d, name), "wb") as fh:
                fh.write(data)
    header = ("# blind205 labels (written blind). Regenerate with: python make_cases.py\n"
              "# Schema: see /work/shared/eval/README.md\n")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(header)
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=100,
                       default_flow_style=False)
    pos = sum(1 for v in LABELS.values() if v["interview"])
    ivs = [i for v in LABELS.values() for i in v["interviews"]]
    print(f"{len(CASES)} cases, {pos} positive, {len(CASES) - pos} negative, {len(ivs)} interviews "
          f"({sum(i['status'] == 'scheduled' for i in ivs)} scheduled, "
          f"{sum(i['status'] == 'cancelled' for i in ivs)} cancelled)")


if __name__ == "__main__":
    main()
