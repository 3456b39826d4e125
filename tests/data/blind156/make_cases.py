#!/usr/bin/env python3
"""Regenerate the blind156 evaluation set (written blind).

Theme: a Permian Basin field engineer on a 14/14 hitch job-hunting across Houston/Midland (Central),
Denver/Grand Junction/Casper (Mountain) and Bakersfield (Pacific) employers.

Deterministic: fixed dates, Message-IDs, MIME boundaries and UIDs; running it twice gives the same
bytes. Standard library + PyYAML only. Every case folder b156-* and labels.yaml next to this file are
rewritten on each run.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import shutil
from datetime import date, datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b156"

CT = ZoneInfo("America/Chicago")      # Midland / Odessa / Houston
MT = ZoneInfo("America/Denver")       # Denver / Grand Junction / Casper
PT = ZoneInfo("America/Los_Angeles")  # Bakersfield
UTC = timezone.utc

OWNER = "cody.villarreal@example.com"
OWNER_NAME = "Cody Villarreal"
OWNER_CELL = "(432) 555-0148"
CUR_CO = "Caprock Pressure Pumping"   # the owner's current employer
CUR_DOM = "caprock-pp.example"

HEXU = "0123456789ABCDEF"
HEXL = "0123456789abcdef"
DIG = "0123456789"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
LOWER = "abcdefghijklmnopqrstuvwxyz0123456789"


# ----------------------------------------------------------------------------------------------
# deterministic ids
# ----------------------------------------------------------------------------------------------
def rid(seed, n=16, alphabet=HEXL):
    d = hashlib.sha256(seed.encode()).digest()
    while len(d) < n:
        d += hashlib.sha256(d).digest()
    return "".join(alphabet[b % len(alphabet)] for b in d[:n])


def uuid_like(seed, upper=False):
    s = rid(seed, 32, HEXL)
    s = f"{s[:8]}-{s[8:12]}-4{s[13:16]}-a{s[17:20]}-{s[20:32]}"
    return s.upper() if upper else s


def outlook_msgid(seed):
    host = "SA1PR19MB" + rid(seed + "host", 4, DIG)
    return f"<{host}{rid(seed, 32, HEXU)}@{host}.namprd19.prod.outlook.com>"


def gmail_msgid(seed):
    return f"<CA{rid(seed, 44, ALNUM)}@mail.gmail.com>"


def apple_msgid(seed, domain):
    return f"<{uuid_like(seed, upper=True)}@{domain}>"


def thread_index(seed):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()[:22]).decode()


def gmail_boundary(seed):
    return "000000000000" + rid(seed, 14, HEXL)


def outlook_boundary(seed):
    return "_000_" + "SA1PR19MB" + rid(seed, 24, HEXU) + "namp_"


# ----------------------------------------------------------------------------------------------
# time helpers
# ----------------------------------------------------------------------------------------------
def dt(y, mo, d, h, mi, s=0, tz=CT):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(d, name):
    """Assert that the date/datetime d falls on weekday `name` (used for every weekday in prose)."""
    assert d.strftime("%A") == name, (d, d.strftime("%A"), name)
    return name


def rfc(d):
    return format_datetime(d)


def long_date(d):
    return f"{d:%A}, {d:%B} {d.day}, {d.year}"


def t12(d):
    return f"{d.hour % 12 or 12}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


def gtime(d):
    """Google Calendar style '7am' / '7:45am'."""
    h = d.hour % 12 or 12
    ap = "am" if d.hour < 12 else "pm"
    return f"{h}{ap}" if d.minute == 0 else f"{h}:{d:%M}{ap}"


def ics_local(d):
    return d.strftime("%Y%m%dT%H%M%S")


def ics_utc(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def iso(d):
    return d.isoformat() if d is not None else None


def gapi_time(d):
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + "000Z"


# ----------------------------------------------------------------------------------------------
# MIME helpers (hand-rolled so that boundaries, encodings and header order are fixed)
# ----------------------------------------------------------------------------------------------
def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def leaf(ctype, content, cte="7bit", extra=()):
    if cte == "base64":
        body = b64(content)
    elif cte == "quoted-printable":
        body = qp(content)
    else:
        body = content.replace("\r\n", "\n")
    if not body.endswith("\n"):
        body += "\n"
    hdr = [f"Content-Type: {ctype}"] + list(extra) + [f"Content-Transfer-Encoding: {cte}"]
    return "\n".join(hdr) + "\n\n" + body


def multi(subtype, boundary, parts, extra_params=""):
    s = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra_params}\n\n'
    for p in parts:
        s += f"--{boundary}\n{p}\n"
    s += f"--{boundary}--\n"
    return s


def enc_header(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode()


def enc_addrs(s):
    out = []
    for a in s.split(", "):
        if "<" in a:
            name, addr = a.split(" <", 1)
            out.append(enc_header(name) + " <" + addr)
        else:
            out.append(a)
    return ", ".join(out)


def mail(*, frm, to, subject, date_, msgid, body, cc=None, reply_to=None, in_reply_to=None,
         references=None, sender=None, extra=(), return_path=None,
         relay=("mail.example.net", "198.51.100.20"), delay=4, to_owner_first=True):
    """Assemble a full RFC 5322 message delivered to the owner's mailbox."""
    recv = (date_ + timedelta(seconds=delay)).astimezone(CT)
    host, ip = relay
    qid = rid(msgid, 10, HEXU)
    addr = frm.split("<")[-1].rstrip(">") if "<" in frm else frm
    hdrs = [
        f"Delivered-To: {OWNER}",
        f"Received: from {host} ({host} [{ip}])\n\tby mx1.example.com (Postfix) with ESMTPS id {qid}\n"
        f"\tfor <{OWNER}>; {rfc(recv)}",
        f"Return-Path: <{return_path or addr}>",
    ]
    hdrs.append(f"From: {enc_header(frm)}")
    if sender:
        hdrs.append(f"Sender: {sender}")
    if reply_to:
        hdrs.append(f"Reply-To: {reply_to}")
    hdrs.append(f"To: {enc_addrs(to)}")
    if cc:
        hdrs.append(f"Cc: {enc_addrs(cc)}")
    hdrs.append(f"Subject: {enc_header(subject)}")
    hdrs.append(f"Date: {rfc(date_)}")
    hdrs.append(f"Message-ID: {msgid}")
    if in_reply_to:
        hdrs.append(f"In-Reply-To: {in_reply_to}")
    if references:
        hdrs.append("References: " + "\n ".join(references))
    hdrs.extend(extra)
    hdrs.append("MIME-Version: 1.0")
    return "\n".join(hdrs) + "\n" + body


# ----------------------------------------------------------------------------------------------
# HTML renderers for the different clients
# ----------------------------------------------------------------------------------------------
def _h(s):
    return html.escape(s, quote=True)


def _paras(text):
    return [p for p in text.strip("\n").split("\n\n")]


def html_gmail(text, attribution=None, quoted=None):
    out = '<div dir="ltr">'
    for p in _paras(text):
        out += "<div>" + _h(p).replace("\n", "<br>") + "</div><div><br></div>"
    out += "</div>"
    if attribution:
        out += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
                + _h(attribution) + '<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px'
                ' 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">')
        out += "".join("<div>" + _h(p).replace("\n", "<br>") + "</div><br>" for p in _paras(quoted))
        out += "</blockquote></div>"
    return out + "\n"


def html_outlook(text, reply_block=None, quoted=None):
    out = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
           '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
           '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, '
           'Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 11pt; '
           'color: rgb(0, 0, 0);">\n')
    for p in _paras(text):
        out += _h(p).replace("\n", "<br>\n") + "<br>\n<br>\n"
    out += "</div>\n"
    if reply_block:
        out += ('<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" '
                'dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
                + _h(reply_block).replace("\n", "<br>\n") + "</font>\n<div>&nbsp;</div>\n</div>\n<div>\n")
        for p in _paras(quoted):
            out += _h(p).replace("\n", "<br>\n") + "<br>\n<br>\n"
        out += "</div>\n"
    return out + "</body>\n</html>\n"


def html_ats(text, brand, color="#1b365d"):
    rows = "".join(
        '<tr><td style="padding:0 24px 14px 24px;font-family:Arial,Helvetica,sans-serif;font-size:14px;'
        'line-height:20px;color:#333333">' + _h(p).replace("\n", "<br>") + "</td></tr>\n"
        for p in _paras(text))
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>' + _h(brand) + '</title></head>\n'
            '<body style="margin:0;padding:0;background:#f2f2f2">\n<table role="presentation" width="100%" '
            'cellpadding="0" cellspacing="0" border="0" style="background:#f2f2f2"><tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" '
            'style="background:#ffffff">\n<tr><td style="background:' + color + ';padding:18px 24px;'
            'font-family:Arial,Helvetica,sans-serif;font-size:18px;color:#ffffff">' + _h(brand)
            + '</td></tr>\n<tr><td style="height:18px"></td></tr>\n' + rows
            + '</table>\n</td></tr></table>\n</body></html>\n')


def quote_lines(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def outlook_reply_header(frm, sent, to, subject, cc=None):
    s = f"From: {frm}\nSent: {sent:%A}, {sent:%B} {sent.day}, {sent.year} {t12(sent)}\nTo: {to}\n"
    if cc:
        s += f"Cc: {cc}\n"
    return s + f"Subject: {subject}"


def gmail_attr(name, addr, d):
    return f"On {d:%a}, {d:%b} {d.day}, {d.year} at {t12(d)} {name} <{addr}> wrote:"


# ----------------------------------------------------------------------------------------------
# iCalendar helpers
# ----------------------------------------------------------------------------------------------
CRLF = "\r\n"


def fold(line):
    if len(line.encode("utf-8")) <= 75:
        return line
    out, cur, limit = [], "", 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return CRLF.join(out)


def ics(lines):
    return CRLF.join(fold(ln) for ln in lines) + CRLF


def esc(text):
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


WINDOWS_TZ = {
    "Central Standard Time": ("-0600", "-0500"),
    "Mountain Standard Time": ("-0700", "-0600"),
    "Pacific Standard Time": ("-0800", "-0700"),
}
WINDOWS_TO_ZONE = {"Central Standard Time": CT, "Mountain Standard Time": MT, "Pacific Standard Time": PT}


def vtz_windows(name):
    std, dst = WINDOWS_TZ[name]
    return ["BEGIN:VTIMEZONE", f"TZID:{name}",
            "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


OLSON = {
    "America/Chicago": ("-0600", "-0500", "CST", "CDT"),
    "America/Denver": ("-0700", "-0600", "MST", "MDT"),
    "America/Los_Angeles": ("-0800", "-0700", "PST", "PDT"),
}


def vtz_olson(tzid):
    std, dst, sn, dn = OLSON[tzid]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dn}",
            "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sn}",
            "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            "END:VTIMEZONE"]


def att(cn, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp="TRUE", google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={cn};"
                f"X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={cn}:mailto:{email}"


def teams_block(seed):
    mid = rid(seed + "mid", 12, DIG)
    mid = f"{mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]}"
    thread = rid(seed + "thr", 32, ALNUM)
    tid = uuid_like(seed + "tid")
    oid = uuid_like(seed + "oid")
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{thread}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    text = ("_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {mid}\nPasscode: {rid(seed + 'pc', 6, ALNUM)}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web"
            "<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/"
            f"meetingOptions/?organizerId={oid}&tenantId={tid}&language=en-US>\n" + "_" * 80)
    return text, url


def outlook_when(start, end, winname):
    label = {"Central Standard Time": "(UTC-06:00) Central Time (US & Canada)",
             "Mountain Standard Time": "(UTC-07:00) Mountain Time (US & Canada)",
             "Pacific Standard Time": "(UTC-08:00) Pacific Time (US & Canada)"}[winname]
    return f"When: {long_date(start)} {t12(start)}-{t12(end)} {label}."


def outlook_ics(*, method, winname, uid, seq, stamp, start, end, summary, description, location,
                organizer, attendees, teams_url=None, status="CONFIRMED", busy="TENTATIVE"):
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += vtz_windows(winname)
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    lines += attendees
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{esc(description)}", f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-US:{esc(summary)}",
              f"DTSTART;TZID={winname}:{ics_local(start)}", f"DTEND;TZID={winname}:{ics_local(end)}",
              "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{ics_utc(stamp)}", "TRANSP:OPAQUE",
              f"STATUS:{status}", f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE=en-US:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(rid(uid + 'own', 9, DIG)) - 1000000000}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}",
              f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if method == 'CANCEL' else 'BUSY'}",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
              "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        lines += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
                  'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                  "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def outlook_uid(seed):
    return "040000008200E00074C5B7101A82E00800000000" + rid(seed, 16, HEXU) + "0000000000000000" + \
        "10000000" + rid(seed + "b", 32, HEXU)


def outlook_invite_mail(*, seed, frm_name, frm_addr, to_list, cc_list=None, subject, date_, body_text,
                        ics_text, method="REQUEST", html_body=None):
    """Exchange/Outlook meeting request: multipart/alternative (text/plain QP, text/html QP, text/calendar b64)."""
    bnd = outlook_boundary(seed)
    parts = [leaf('text/plain; charset="utf-8"', body_text, "quoted-printable"),
             leaf('text/html; charset="utf-8"', html_body or html_outlook(body_text), "quoted-printable"),
             leaf(f'text/calendar; charset="utf-8"; method={method}', ics_text, "base64")]
    body = multi("alternative", bnd, parts)
    host = rid(seed + "host", 4, DIG)
    extra = [f"Thread-Topic: {subject.split(': ', 1)[-1]}", f"Thread-Index: {thread_index(seed)}",
             "Accept-Language: en-US", "Content-Language: en-US", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:",
             "Content-class: urn:content-classes:calendarmessage",
             "x-ms-exchange-calendar-series-instance-id: " + base64.b64encode(
                 hashlib.sha256((seed + "series").encode()).digest()[:26]).decode(),
             "x-ms-publictraffictype: Email"]
    return mail(frm=f"{frm_name} <{frm_addr}>", to=", ".join(to_list),
                cc=", ".join(cc_list) if cc_list else None, subject=subject, date_=date_,
                msgid=outlook_msgid(seed), body=body, extra=extra,
                relay=(f"NAM12-SA1-obe.outbound.protection.outlook.com", f"40.107.{int(host[:2])}.{int(host[2:])}"))


def google_invite_ics(*, uid, seq, stamp, created, start, end, summary, description, location, organizer,
                      attendees, method="REQUEST", status="CONFIRMED"):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}", f"DTSTAMP:{ics_utc(stamp)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    lines += attendees
    lines += [f"CREATED:{ics_utc(created)}", f"DESCRIPTION:{esc(description)}",
              f"LAST-MODIFIED:{ics_utc(stamp)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
              f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE"]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                  "TRIGGER:-P0DT0H30M0S", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def google_invite_mail(*, seed, org_name, org_addr, subject, date_, plain, html_body, ics_text,
                       method="REQUEST"):
    outer, inner = gmail_boundary(seed + "o"), gmail_boundary(seed + "i")
    alt = multi("alternative", inner, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
        leaf('text/html; charset="UTF-8"', html_body, "quoted-printable"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', ics_text, "7bit"),
    ])
    att_part = leaf('application/ics; name="invite.ics"', ics_text, "base64",
                    extra=['Content-Disposition: attachment; filename="invite.ics"'])
    body = multi("mixed", outer, [alt, att_part])
    return mail(frm=f"{org_name} <{org_addr}>", to=OWNER, subject=subject, date_=date_,
                msgid=f"<calendar-{uuid_like(seed)}@google.com>", body=body, reply_to=f"{org_name} <{org_addr}>",
                sender="Google Calendar <calendar-notification@google.com>",
                return_path=f"3{rid(seed, 20, LOWER)}@calendar-server.bounces.google.com",
                relay=("mail-sor-f73.google.com", "209.85.220.73"))


def google_invite_text(*, title, start, end, tzlabel, who, description, org_addr, eid, joinable=None):
    lines = [title, f"{start:%A} {start:%b} {start.day}, {start.year} \u22c5 {gtime(start)} \u2013 {gtime(end)}",
             tzlabel, ""]
    if joinable:
        lines += [f"Join with Google Meet", joinable, ""]
    lines += ["Guests", ""] + [f"{n} - {r}" if r else n for n, r in who] + [
        "View all guest info", f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}", "",
        description, "", "Reply for " + OWNER, "Yes", "No", "Maybe", "More options", "",
        f"Invitation from Google Calendar", "",
        f"You are receiving this email because you are an attendee on the event. To stop receiving future "
        f"updates for this event, decline this event.", "",
        "Forwarding this invitation could allow any recipient to send a response to the organizer, be added "
        "to the guest list, invite others regardless of their own invitation status, or modify your RSVP.",
        "", "Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    plain = "\n".join(lines) + "\n"
    html_body = ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                 '</head><body><div itemscope itemtype="http://schema.org/Event"><table border="0" cellpadding="0"'
                 ' cellspacing="0" role="presentation"><tr><td><h2 itemprop="name" style="font-size:22px;color:'
                 '#3c4043">' + _h(title) + '</h2>\n<div style="color:#3c4043"><time itemprop="startDate" datetime="'
                 + ics_utc(start) + '">' + _h(lines[1]) + '</time><br>' + _h(tzlabel) + '</div>\n'
                 '<div><h3>Guests</h3><ul>' + "".join(
                     f'<li><a href="mailto:{_h(n if "@" in n else "")}">{_h(n)}</a>' + (f' - {_h(r)}' if r else "")
                     + "</li>" for n, r in who) + '</ul></div>\n<div style="white-space:pre-wrap">'
                 + _h(description) + '</div>\n<div><a href="https://calendar.google.com/calendar/event?action=VIEW'
                 f'&amp;eid={eid}">View all guest info</a></div>\n<div style="font-size:12px;color:#70757a">'
                 f'Invitation from Google Calendar. Reply for {OWNER}: Yes / No / Maybe</div>'
                 '</td></tr></table></div></body></html>\n')
    return plain, html_body


def gcal_event(*, seed, status="confirmed", created, updated, summary, description, location, organizer,
               start, end, start_tz, end_tz=None, attendees, meet=True, sequence=0, offset_zone=None):
    """Google Calendar API v3 Event resource as returned by events.list for the owner's calendar.
    offset_zone: zone whose offset is used in the dateTime string (the calendar's own zone)."""
    eid = rid(seed, 26, LOWER)
    oz = offset_zone or start.tzinfo
    ev = {
        "kind": "calendar#event",
        "etag": '"' + rid(seed + "etag", 16, DIG) + '"',
        "id": eid,
        "status": status,
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": gapi_time(created),
        "updated": gapi_time(updated),
        "summary": summary,
        "description": description,
    }
    if location:
        ev["location"] = location
    ev["creator"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["start"] = {"dateTime": start.astimezone(oz).isoformat(), "timeZone": start_tz}
    ev["end"] = {"dateTime": end.astimezone(oz).isoformat(), "timeZone": end_tz or start_tz}
    ev["iCalUID"] = f"{eid}@google.com"
    ev["sequence"] = sequence
    ev["attendees"] = attendees
    if meet:
        code = rid(seed + "meet", 10, "abcdefghijkmnopqrstuvwxyz")
        code = f"{code[:3]}-{code[3:7]}-{code[7:10]}"
        ev["hangoutLink"] = f"https://meet.google.com/{code}"
        ev["conferenceData"] = {
            "entryPoints": [
                {"entryPointType": "video", "uri": f"https://meet.google.com/{code}", "label": f"meet.google.com/{code}"},
                {"entryPointType": "phone", "uri": "tel:+1-432-555-0100", "label": "+1 432-555-0100",
                 "pin": rid(seed + "pin", 9, DIG), "regionCode": "US"},
            ],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": code,
        }
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return json.dumps(ev, indent=2, ensure_ascii=False) + "\n"


def gatt(name, email, status="needsAction", organizer=False, self_=False, optional=False):
    a = {"email": email}
    if name:
        a["displayName"] = name
    if organizer:
        a["organizer"] = True
    if self_:
        a["self"] = True
    if optional:
        a["optional"] = True
    a["responseStatus"] = status
    return a


def interview(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


def label(interviews, difficulty, category, notes, source="synthetic"):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": source}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def sig_owner():
    return f"Cody Villarreal\n{OWNER_CELL}"


# ==============================================================================================
# POSITIVE CASES
# ==============================================================================================
@case
def c01():
    slug = "workday-phone-screen-denver-mdt"
    sent = dt(2026, 3, 4, 10, 12, 33, MT)          # MST (-07:00), before the Mar 8 switch
    start = dt(2026, 3, 10, 8, 30, tz=MT)          # MDT (-06:00)
    end = start + timedelta(minutes=30)
    wd(start, "Tuesday")
    rec = ("Shelby Arrington", "shelby.arrington@frontrange-midstream.example")
    role = "Field Engineer II, Gathering Operations"
    text = f"""Hi Cody,

Your interview for {role} (R-10482) has been scheduled. The details are below and a calendar invitation is attached to this email.

Interview Type: Phone Screen
Date: {long_date(start)}
Time: {t12(start)} - {t12(end)} Mountain Time (MT)
Interviewer: {rec[0]}, Talent Acquisition Partner
Interviewer Email: {rec[1]}
Location: {rec[0].split()[0]} will call you at the mobile number on your candidate profile.

To review your application or update your phone number, sign in to Candidate Home:
https://wd5.myworkdaysite.com/recruiting/frontrangemidstream/FRM_Careers/userHome

Need to reschedule? Please contact {rec[0].split()[0]} directly at the email above. This mailbox is not monitored.

Thank you,
Front Range Midstream Talent Acquisition
1550 Wewatta St, Denver, CO 80202
"""
    uid = f"{rid('c01uid', 32, HEXL)}@myworkday.com"
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Workday Inc//Workday Recruiting Calendar//EN", "VERSION:2.0",
               "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{ics_utc(sent)}",
               f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}",
               f"SUMMARY:{esc('Phone Screen - ' + role + ' (R-10482) - Front Range Midstream')}",
               f"DESCRIPTION:{esc('Phone screen with ' + rec[0] + ', Talent Acquisition Partner. ' + rec[0].split()[0] + ' will call you at the mobile number on your candidate profile.')}",
               "LOCATION:Phone call", f"ORGANIZER;CN={rec[0]}:mailto:{rec[1]}",
               att(rec[0], rec[1], partstat="ACCEPTED", rsvp="FALSE"),
               att(OWNER_NAME, OWNER), "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE",
               "END:VEVENT", "END:VCALENDAR"])
    bo, bi = "----=_Part_" + rid("c01o", 7, DIG) + "_" + rid("c01o2", 9, DIG) + ".1772644353417", \
        "----=_Part_" + rid("c01i", 7, DIG) + "_" + rid("c01i2", 9, DIG) + ".1772644353417"
    body = multi("mixed", bo, [
        multi("alternative", bi, [leaf("text/plain; charset=UTF-8", text, "quoted-printable"),
                                  leaf("text/html; charset=UTF-8", html_ats(text, "Front Range Midstream", "#00507a"),
                                       "quoted-printable")]),
        leaf('text/calendar; charset=UTF-8; method=REQUEST; name="Interview.ics"', cal, "base64",
             extra=['Content-Disposition: attachment; filename="Interview.ics"']),
    ])
    m = mail(frm="Front Range Midstream <frontrangemidstream@myworkday.com>", to=OWNER,
             subject=f"Interview Scheduled - {role}", date_=sent,
             msgid=f"<{rid('c01mid', 13, DIG)}.{rid('c01mid2', 6, DIG)}.1772644353417@wd5-prod-mail.myworkday.com>",
             body=body, relay=("wd5-smtp-out02.myworkday.com", "198.51.100.61"))
    lab = label([interview("Front Range Midstream", role, start, end, "scheduled", [rec[1]], [rec[1]], "phone_screen")],
                "medium", "positive/ats-workday",
                "Workday 'Interview Scheduled' with UTC .ics; phone screen by the named recruiter whose address is "
                "in the body. Mail sent on MST (Mar 4), interview after the Mar 8 DST switch -> -06:00 MDT.")
    return slug, [("01-workday-interview-scheduled.eml", m)], lab


@case
def c02():
    slug = "thread-bad-signal-phone-screen-dst"
    rec_name, rec = "Darla Nguyen", "darla.nguyen@brazos-completions.example"
    role = "Completions Field Engineer - Permian"
    subj = f"{role} (Brazos Completions)"
    d1 = dt(2026, 3, 3, 14, 5, 17)      # CST
    d_owner = dt(2026, 3, 5, 5, 48, 2)  # CST, owner's reply (quoted later)
    d2 = dt(2026, 3, 6, 9, 20, 44)      # CST, Friday
    wd(d2, "Friday")
    start = dt(2026, 3, 9, 18, 30)      # Monday, CDT (-05:00) after the switch
    wd(start, "Monday")
    end = start + timedelta(minutes=30)
    sig = (f"{rec_name}\nSenior Recruiter | Brazos Completions\n2929 Allen Pkwy, Suite 1450, Houston, TX 77019\n"
           "O: 713-555-0192")
    t1 = f"""Hi Cody,

Thanks for applying to our {role} opening. I'm the recruiter supporting the Midland district and would like to set up a 30-minute phone screen to walk through your frac and coiled tubing experience and what the 14/14 rotation would look like with us.

What does your availability look like this week or next? I know most of you are on location, so evenings are fine on my end.

Thanks,
{sig}
"""
    m1id = outlook_msgid("c02m1")
    m1 = mail(frm=f"{rec_name} <{rec}>", to=f"{OWNER_NAME} <{OWNER}>", subject=subj, date_=d1, msgid=m1id,
              body=multi("alternative", outlook_boundary("c02m1"), [
                  leaf('text/plain; charset="us-ascii"', t1, "quoted-printable"),
                  leaf('text/html; charset="us-ascii"', html_outlook(t1), "quoted-printable")]),
              extra=[f"Thread-Topic: {subj}", f"Thread-Index: {thread_index('c02m1')}", "Accept-Language: en-US",
                     "Content-Language: en-US", "X-MS-Has-Attach:"],
              relay=("NAM12-SA1-obe.outbound.protection.outlook.com", "40.107.92.45"))
    owner_txt = f"""Hi Darla,

Thanks for reaching out. I'm on day 9 of a 14/14 hitch on a pad north of Orla, and cell signal on location is about one bar if I stand on top of the data van. Best bet is after I'm back at the man camp, around 6:30 PM.

Any evening Monday through Wednesday next week works for me.

Cody
Sent from my iPhone"""
    owner_id = apple_msgid("c02own", "example.com")
    t2_new = f"""Hi Cody,

Works for me. Let's lock in Monday at 6:30 PM Central - I'll call your cell at {OWNER_CELL}. If the call drops I'll text you and we'll pick it back up, no problem. Plan on about 30 minutes.

Stay safe out there,
{sig}"""
    hdr_owner = outlook_reply_header(f"{OWNER_NAME} <{OWNER}>", d_owner, f"{rec_name} <{rec}>", "Re: " + subj)
    hdr_first = outlook_reply_header(f"{rec_name} <{rec}>", d1, f"{OWNER_NAME} <{OWNER}>", subj)
    quoted = owner_txt + "\n\n" + "_" * 32 + "\n" + hdr_first + "\n\n" + t1.strip()
    t2 = t2_new + "\n\n" + "_" * 32 + "\n" + hdr_owner + "\n\n" + quoted + "\n"
    m2 = mail(frm=f"{rec_name} <{rec}>", to=f"{OWNER_NAME} <{OWNER}>", subject="RE: Re: " + subj, date_=d2,
              msgid=outlook_msgid("c02m2"), in_reply_to=owner_id, references=[m1id, owner_id],
              body=multi("alternative", outlook_boundary("c02m2"), [
                  leaf('text/plain; charset="us-ascii"', t2, "quoted-printable"),
                  leaf('text/html; charset="us-ascii"', html_outlook(t2_new, hdr_owner, quoted), "quoted-printable")]),
              extra=[f"Thread-Topic: {subj}", f"Thread-Index: {thread_index('c02m2')}", "Accept-Language: en-US",
                     "Content-Language: en-US", "X-MS-Has-Attach:"],
              relay=("NAM12-SA1-obe.outbound.protection.outlook.com", "40.107.92.51"))
    lab = label([interview("Brazos Completions", role, start, end, "scheduled", [rec], [rec], "phone_screen")],
                "hard", "positive/thread-relative-date",
                "Recruiter thread; owner on hitch with bad signal proposes evenings; recruiter confirms 'Monday at "
                "6:30 PM Central' in a mail dated Fri Mar 6 (CST) -> Mon Mar 9, which is after the Mar 8 DST switch "
                "(-05:00). Recruiter conducts the call.")
    return slug, [("01-recruiter-outreach.eml", m1), ("02-recruiter-confirms-monday.eml", m2)], lab


@case
def c03():
    slug = "successfactors-reschedule-bakersfield"
    role = "Production Engineer - Kern River Operations"
    coord = ("Marisol Ocampo", "marisol.ocampo@kernbasin-energy.example")
    glenn = ("Glenn Hadley", "glenn.hadley@kernbasin-energy.example")
    d1 = dt(2026, 4, 13, 16, 40, 12, PT)
    s1 = dt(2026, 4, 23, 13, 0, tz=PT)
    wd(s1, "Thursday")
    e1 = s1 + timedelta(hours=1)
    d_owner = dt(2026, 4, 20, 18, 12, 0, CT)
    d2 = dt(2026, 4, 21, 8, 3, 51, PT)
    d3 = dt(2026, 4, 21, 8, 11, 27, PT)
    s2 = dt(2026, 4, 28, 10, 0, tz=PT)
    wd(s2, "Tuesday")
    e2 = s2 + timedelta(hours=1)
    uid = "SF-IS-" + uuid_like("c03uid").upper() + "@successfactors.com"
    teams, turl = teams_block("c03")

    def sf_ics(seq, start, end, stamp):
        return ics(["BEGIN:VCALENDAR", "PRODID:-//SAP SuccessFactors//Interview Scheduling//EN", "VERSION:2.0",
                    "METHOD:REQUEST"] + vtz_olson("America/Los_Angeles") + [
            "BEGIN:VEVENT", f"UID:{uid}", f"SEQUENCE:{seq}", f"DTSTAMP:{ics_utc(stamp)}",
            f"DTSTART;TZID=America/Los_Angeles:{ics_local(start)}",
            f"DTEND;TZID=America/Los_Angeles:{ics_local(end)}",
            f"SUMMARY:{esc('Interview: ' + role + ' - Cody Villarreal')}",
            f"DESCRIPTION:{esc('Technical interview with ' + glenn[0] + ', Production Engineering Supervisor.' + chr(10) + chr(10) + teams)}",
            "LOCATION:Microsoft Teams Meeting",
            f"ORGANIZER;CN={coord[0]}:mailto:{coord[1]}",
            att(glenn[0], glenn[1], partstat="ACCEPTED"), att(OWNER_NAME, OWNER),
            "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])

    def sf_mail(seed, d, subject, text, cal):
        bo, bi = "----=_Part_" + rid(seed + "o", 8, DIG), "----=_Part_" + rid(seed + "i", 8, DIG)
        body = multi("mixed", bo, [
            multi("alternative", bi, [leaf("text/plain; charset=UTF-8", text, "quoted-printable"),
                                      leaf("text/html; charset=UTF-8", html_ats(text, "Kern Basin Energy Careers", "#7a4a00"),
                                           "quoted-printable")]),
            leaf('text/calendar; charset=UTF-8; method=REQUEST; name="interview.ics"', cal, "base64",
                 extra=['Content-Disposition: attachment; filename="interview.ics"']),
        ])
        return mail(frm="Kern Basin Energy Careers <DoNotReply@successfactors.com>", to=OWNER, subject=subject,
                    date_=d, reply_to=f"{coord[0]} <{coord[1]}>",
                    msgid=f"<{rid(seed, 10, DIG)}.{rid(seed + 'x', 5, DIG)}.JavaMail.sfuser@pc8bsfapi07>",
                    body=body, relay=("mail8.successfactors.com", "198.51.100.88"))

    t1 = f"""Dear Cody Villarreal,

Thank you for your interest in the {role} position (Requisition 4471) at Kern Basin Energy. We are pleased to invite you to a technical interview.

Date: {long_date(s1)}
Time: {t12(s1)} - {t12(e1)} (GMT-07:00) Pacific Time (US & Canada)
Format: Microsoft Teams (the join link is in the attached calendar invitation)
Interviewer: {glenn[0]}, Production Engineering Supervisor ({glenn[1]})

The conversation will cover steamflood surveillance, rod-pump optimization and a short walk-through of a well-failure case, so have a recent example ready.

Please accept the attached invitation. If you need to change the time, contact your recruiting coordinator, {coord[0]}, at {coord[1]}.

Kind regards,
Kern Basin Energy Talent Acquisition

This is a system-generated message. Please do not reply to this e-mail.
"""
    m1 = sf_mail("c03m1", d1, f"Interview Invitation: {role} (Req 4471)", t1, sf_ics(0, s1, e1, d1))
    owner_txt = f"""Hi Marisol,

I'm sorry to do this. The frac crew on my current job is running behind and my relief can't get out to location until Friday, so I'm being held over and won't have a reliable connection Thursday afternoon.

Would Glenn have any time early the following week? Mornings Pacific are best - I'll be back in Midland by then.

Thank you,
Cody Villarreal
{OWNER_CELL}"""
    new = f"""Hi Cody,

No problem at all - that's the nature of the job. Glenn can do Tuesday the 28th at 10 AM Pacific instead, same format and same length. I'm moving it in SuccessFactors now, so you'll get an updated invitation in a few minutes; go ahead and accept that one.

Best,
Marisol Ocampo
Recruiting Coordinator | Kern Basin Energy
661-555-0124"""
    wd(s2, "Tuesday")
    rh = outlook_reply_header(f"{OWNER_NAME} <{OWNER}>", d_owner, f"{coord[0]} <{coord[1]}>",
                              "Interview - Production Engineer (Req 4471) - Cody Villarreal")
    t2 = new + "\n\n" + "_" * 32 + "\n" + rh + "\n\n" + owner_txt + "\n"
    owner_id = gmail_msgid("c03own")
    m2 = mail(frm=f"{coord[0]} <{coord[1]}>", to=f"{OWNER_NAME} <{OWNER}>",
              subject="RE: Interview - Production Engineer (Req 4471) - Cody Villarreal", date_=d2,
              msgid=outlook_msgid("c03m2"), in_reply_to=owner_id, references=[owner_id],
              body=multi("alternative", outlook_boundary("c03m2"), [
                  leaf('text/plain; charset="us-ascii"', t2, "quoted-printable"),
                  leaf('text/html; charset="us-ascii"', html_outlook(new, rh, owner_txt), "quoted-printable")]),
              extra=["Thread-Topic: Interview - Production Engineer (Req 4471) - Cody Villarreal",
                     f"Thread-Index: {thread_index('c03m2')}", "X-MS-Has-Attach:"],
              relay=("NAM12-SA1-obe.outbound.protection.outlook.com", "40.107.92.77"))
    t3 = f"""Dear Cody Villarreal,

Your interview for the {role} position (Requisition 4471) has been rescheduled. Please use the updated calendar invitation attached to this message.

New Date: {long_date(s2)}
New Time: {t12(s2)} - {t12(e2)} (GMT-07:00) Pacific Time (US & Canada)
Format: Microsoft Teams
Interviewer: {glenn[0]}, Production Engineering Supervisor ({glenn[1]})

Previously scheduled: {long_date(s1)}, {t12(s1)} - {t12(e1)} (GMT-07:00) Pacific Time (US & Canada)

If you need to change the time, contact your recruiting coordinator, {coord[0]}, at {coord[1]}.

Kind regards,
Kern Basin Energy Talent Acquisition

This is a system-generated message. Please do not reply to this e-mail.
"""
    m3 = sf_mail("c03m3", d3, f"Interview Updated: {role} (Req 4471)", t3, sf_ics(1, s2, e2, d3))
    lab = label([interview("Kern Basin Energy", role, s2, e2, "scheduled", [glenn[1]], [glenn[1]], "technical")],
                "medium", "positive/reschedule",
                "SuccessFactors invite (VTIMEZONE America/Los_Angeles, SEQUENCE 0), owner held over on location asks to "
                "move, coordinator agrees, updated invite SEQUENCE 1 -> one interview at the final Tue Apr 28 10:00 PDT.")
    return slug, [("01-successfactors-invitation.eml", m1), ("02-coordinator-moves-it.eml", m2),
                  ("03-successfactors-updated.eml", m3)], lab


@case
def c04():
    slug = "taleo-onsite-cancelled-req-on-hold"
    role = "Drilling Engineer"
    jan = ("Janelle Pruitt", "janelle.pruitt@llano-operating.example")
    d1 = datetime(2026, 5, 1, 11, 30, 5, tzinfo=ZoneInfo("America/New_York"))   # Taleo server clock
    start = dt(2026, 5, 13, 14, 0)
    wd(start, "Wednesday")
    end = start + timedelta(minutes=90)
    d2 = dt(2026, 5, 8, 16, 52, 40)
    wd(d2, "Friday")
    t1 = f"""Dear Cody,

Thank you for your interest in Llano Estacado Operating. We are pleased to confirm your interview for the position of {role} (Requisition 2600219).

Interview date: {long_date(start)}
Interview time: {t12(start)} Central Time
Expected duration: 1 hour 30 minutes
Location: Llano Estacado Operating, 410 W. Texas Ave., Suite 900, Midland, TX 79701. Please check in with reception on the 9th floor.
Interviewing with: Rusty Caldwell, Drilling Manager, and members of the drilling engineering team

Please bring a government-issued photo ID for building security.

If you have any questions before your interview, please contact {jan[0]}, Recruiter, at {jan[1]} or 432-555-0177.

Sincerely,

Talent Acquisition
Llano Estacado Operating

Please do not reply to this message. This mailbox is not monitored.
"""
    m1 = mail(frm="Llano Estacado Operating Careers <no-reply@taleo.net>", to=OWNER,
              subject=f"Interview Confirmation - {role} (2600219)", date_=d1,
              msgid=f"<{rid('c04m1', 9, DIG)}.{rid('c04m1b', 13, DIG)}.JavaMail.taleo@tlo2mx03>",
              body=multi("alternative", "----=_Part_" + rid("c04b", 8, DIG), [
                  leaf("text/plain; charset=UTF-8", t1, "quoted-printable"),
                  leaf("text/html; charset=UTF-8", html_ats(t1, "Llano Estacado Operating", "#5b2c06"),
                       "quoted-printable")]),
              return_path="bounce-2600219@taleo.net", relay=("smtp-out3.taleo.net", "198.51.100.140"))
    t2 = f"""Hi Cody,

I hate to send this on a Friday afternoon. We're releasing our second rig at the end of the month and leadership has put the {role} requisition on hold, so I need to cancel your interview with Rusty on Wednesday the 13th. This is not a reflection on you at all - he was looking forward to meeting you.

If the req reopens (and in this market it may be sooner than any of us think) you'll be my first call.

Sorry again,
Janelle

Janelle Pruitt
Recruiter | Llano Estacado Operating
432-555-0177
"""
    m2 = mail(frm=f"{jan[0]} <{jan[1]}>", to=f"{OWNER_NAME} <{OWNER}>",
              subject=f"Your {role} interview on 5/13", date_=d2, msgid=outlook_msgid("c04m2"),
              body=multi("alternative", outlook_boundary("c04m2"), [
                  leaf('text/plain; charset="us-ascii"', t2, "quoted-printable"),
                  leaf('text/html; charset="us-ascii"', html_outlook(t2), "quoted-printable")]),
              extra=[f"Thread-Topic: Your {role} interview on 5/13", f"Thread-Index: {thread_index('c04m2')}"],
              relay=("NAM12-SA1-obe.outbound.protection.outlook.com", "40.107.92.90"))
    lab = label([interview("Llano Estacado Operating", role, start, end, "cancelled", [], [jan[1]], "onsite")],
                "medium", "positive/cancellation",
                "Taleo confirmation (Date header in -04:00, time stated as Central) then the recruiter cancels because "
                "the requisition is on hold -> one cancelled interview. Rusty's address never appears, so no interviewer "
                "e-mails; follow-up goes to the recruiter named in the confirmation.")
    return slug, [("01-taleo-interview-confirmation.eml", m1), ("02-recruiter-cancels.eml", m2)], lab


@case
def c05():
    slug = "odessa-yard-panel-email-and-outlook-invite"
    role = "Field Service Supervisor - Wireline"
    brenda = ("Brenda Kowalski", "brenda.kowalski@tascosa-ws.example")
    panel = [("Wade Tillman", "wade.tillman@tascosa-ws.example"), ("Alma Ruiz", "alma.ruiz@tascosa-ws.example"),
             ("Lonnie Becker", "lonnie.becker@tascosa-ws.example")]
    d1 = dt(2026, 6, 1, 8, 15, 9)
    start = dt(2026, 6, 4, 9, 0)
    wd(start, "Thursday")
    end = dt(2026, 6, 4, 11, 0)
    d2 = dt(2026, 6, 1, 8, 21, 40)
    t1 = f"""Good morning Cody,

Thanks for making time on your days off. As discussed on the phone, we'd like to bring you in for a panel interview for the {role} position:

{start:%A}, {start:%B} {start.day} - 9:00 to 11:00 AM
Tascosa Well Services - Odessa Yard
South I-20 service road, about 7 miles west of Loop 338 (big blue sign with the red derrick)
Check in at the guard shack at the main gate and tell them you're here for Wade. Visitor parking is on the left past the wash bay.

The panel:
- Wade Tillman, Operations Manager
- Alma Ruiz, HSE Manager
- Lonnie Becker, Wireline Superintendent

The last 30-45 minutes is a walk through the shop and one of the units, so wear steel toes and bring safety glasses. FRs are not required.

I'll send a calendar invite in a few minutes. Call my cell if you get turned around - the yard is easy to miss.

Brenda Kowalski
HR Generalist | Tascosa Well Services
O 432-555-0133 | C 432-555-0191
"""
    m1 = mail(frm=f"{brenda[0]} <{brenda[1]}>", to=f"{OWNER_NAME} <{OWNER}>",
              subject="Panel interview Thursday - Odessa yard", date_=d1, msgid=outlook_msgid("c05m1"),
              body=multi("alternative", outlook_boundary("c05m1"), [
                  leaf('text/plain; charset="us-ascii"', t1, "quoted-printable"),
                  leaf('text/html; charset="us-ascii"', html_outlook(t1), "quoted-printable")]),
              extra=["Thread-Topic: Panel interview Thursday - Odessa yard", f"Thread-Index: {thread_index('c05m1')}"],
              relay=("NAM12-SA1-obe.outbound.protection.outlook.com", "40.107.92.12"))
    win = "Central Standard Time"
    loc = "Odessa Yard - Main Office Conference Room"
    desc_body = ("Panel interview - Field Service Supervisor, Wireline. Panel: Wade Tillman (Operations Manager), "
                 "Alma Ruiz (HSE Manager), Lonnie Becker (Wireline Superintendent). Includes a shop walk-through - "
                 "steel toes and safety glasses required. Check in at the guard shack.")
    body_text = (f"{outlook_when(start, end, win)}\nWhere: {loc}\n\n*~*~*~*~*~*~*~*~*~*\n\n{desc_body}\n\n"
                 f"Brenda Kowalski\nHR Generalist | Tascosa Well Services\n")
    subj = "Panel Interview - Cody Villarreal - FSS Wireline"
    cal = outlook_ics(method="REQUEST", winname=win, uid=outlook_uid("c05"), seq=0, stamp=d2, start=start, end=end,
                      summary=subj, description=body_text.split("*~*~*~*~*~*~*~*~*~*\n\n", 1)[1], location=loc,
                      organizer=brenda,
                      attendees=[att(OWNER_NAME, OWNER)] + [att(n, e) for n, e in panel])
    m2 = outlook_invite_mail(seed="c05m2", frm_name=brenda[0], frm_addr=brenda[1],
                             to_list=[f"{OWNER_NAME} <{OWNER}>"] + [f"{n} <{e}>" for n, e in panel],
                             subject=subj, date_=d2, body_text=body_text, ics_text=cal)
    lab = label([interview("Tascosa Well Services", role, start, end, "scheduled", [e for _, e in panel],
                           [e for _, e in panel], "onsite")],
                "medium", "positive/dedupe-in-person-panel",
                "In-person panel at the Odessa yard announced by HR e-mail and by an Outlook invite (Windows TZID "
                "'Central Standard Time', display label '(UTC-06:00)' although June is CDT -05:00) -> ONE onsite with "
                "the three panelists; Brenda only coordinates.")
    return slug, [("01-hr-directions-to-yard.eml", m1), ("02-outlook-panel-invite.eml", m2)], lab


@case
def c06():
    slug = "denver-virtual-loop-three-gcal-events"
    role = "Senior Completions Engineer - DJ Basin"
    kel = ("Kelsey Brandt", "kelsey.brandt@ridgeline-petro.example")
    ivs = [("Priya Venkataraman", "priya.venkataraman@ridgeline-petro.example", "Reservoir Engineering Manager"),
           ("Tom Gallegos", "tom.gallegos@ridgeline-petro.example", "Completions Manager"),
           ("Dana Whitcomb", "dana.whitcomb@ridgeline-petro.example", "VP, Operations")]
    d1 = dt(2026, 10, 16, 11, 4, 22, MT)
    wd(d1, "Friday")
    slots = [(dt(2026, 10, 21, 8, 0, tz=MT), dt(2026, 10, 21, 8, 45, tz=MT)),
             (dt(2026, 10, 21, 9, 0, tz=MT), dt(2026, 10, 21, 9, 45, tz=MT)),
             (dt(2026, 10, 21, 12, 30, tz=MT), dt(2026, 10, 21, 13, 15, tz=MT))]
    wd(slots[0][0], "Wednesday")
    t1 = f"""Hi Cody,

Great news - the team would like to move you to the final round for the {role} role. Since you're coming off hitch, we'll keep it virtual. Here's the itinerary for {long_date(slots[0][0])} (all times Mountain - add an hour for Midland):

{t12(slots[0][0])} - {t12(slots[0][1])}  {ivs[0][0]}, {ivs[0][2]} - reservoir/completions integration
{t12(slots[1][0])} - {t12(slots[1][1])}  {ivs[1][0]}, {ivs[1][2]} - technical: stage design, plug-and-perf vs. sleeves, DFIT interpretation
{t12(slots[1][1])} - {t12(slots[2][0])}  Break for lunch
{t12(slots[2][0])} - {t12(slots[2][1])}  {ivs[2][0]}, {ivs[2][2]}

Each session is its own Google Meet, so you'll get three calendar invites from me. If your connection gets shaky, just dial in with the phone number in the invite.

Let me know if anything conflicts.

Kelsey Brandt
Talent Acquisition Partner | Ridgeline Petroleum
Denver, CO | 303-555-0175
"""
    m1 = mail(frm=f"{kel[0]} <{kel[1]}>", to=OWNER, subject="Final round itinerary - Wednesday 10/21",
              date_=d1, msgid=gmail_msgid("c06m1"),
              body=multi("alternative", gmail_boundary("c06m1"), [
                  leaf('text/plain; charset="UTF-8"', t1, "quoted-printable"),
                  leaf('text/html; charset="UTF-8"', html_gmail(t1), "quoted-printable")]),
              relay=("mail-sor-f41.google.com", "209.85.220.41"))
    files = [("01-recruiter-itinerary.eml", m1)]
    names = ["02-gcal-event-venkataraman.gcal.json", "03-gcal-event-gallegos.gcal.json",
             "04-gcal-event-whitcomb.gcal.json"]
    for i, ((n, e, t), (s, en), fname) in enumerate(zip(ivs, slots, names)):
        created = dt(2026, 10, 16, 11, 20 + i * 3, 0, MT)
        files.append((fname, gcal_event(
            seed=f"c06ev{i}", created=created, updated=created + timedelta(minutes=14 + i),
            summary=f"Ridgeline Petroleum - Final Round: Cody Villarreal / {n}",
            description=(f"{role} - final round, session {i + 1} of 3 with {n} ({t}).\n\nCoordinator: "
                         f"{kel[0]} ({kel[1]})"),
            location=None, organizer=kel[:2], start=s, end=en, start_tz="America/Denver",
            attendees=[gatt(kel[0], kel[1], "accepted", organizer=True), gatt(n, e, "accepted"),
                       gatt(None, OWNER, "accepted", self_=True)],
            offset_zone=CT if i != 1 else MT)))
    lab = label([interview("Ridgeline Petroleum", role, slots[0][0], slots[2][1], "scheduled", [e for _, e, _ in ivs],
                           [e for _, e, _ in ivs], "onsite")],
                "hard", "positive/onsite-loop",
                "Same-day virtual final round as three Calendar API events (two with dateTime in the owner's "
                "Central offset, timeZone America/Denver) plus the itinerary mail, lunch break in between -> ONE "
                "onsite 08:00-13:15 MDT with all three interviewers; recruiter only coordinates.")
    return slug, files, lab


@case
def c07():
    slug = "bakersfield-phone-then-inperson-two-interviews"
    role = "Artificial Lift Engineer"
    ray = ("Ray Delgado", "ray.delgado@sierravista-oil.example")
    connie = ("Connie Marsh", "connie.marsh@sierravista-oil.example")
    d1 = dt(2026, 7, 8, 13, 47, 12, PT)
    s1 = dt(2026, 7, 14, 7, 0, tz=PT)
    wd(s1, "Tuesday")
    e1 = s1 + timedelta(minutes=45)
    title = f"Phone interview - Cody Villarreal / Sierra Vista Oil ({role})"
    desc = (f"Phone interview for the {role} role with Ray Delgado, Artificial Lift Team Lead.\n\n"
            f"I'll call you at {OWNER_CELL}. I know you may be on location - if we drop, I'll call right back.")
    uid = rid("c07uid", 26, LOWER) + "@google.com"
    cal = google_invite_ics(uid=uid, seq=0, stamp=d1, created=d1 - timedelta(seconds=40), start=s1, end=e1,
                            summary=title, description=desc, location=f"Phone: {OWNER_CELL}", organizer=ray,
                            attendees=[att(ray[0], ray[1], partstat="ACCEPTED", google=True),
                                       att(OWNER, OWNER, google=True)])
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    plain, hb = google_invite_text(title=title, start=s1, end=e1, tzlabel="Pacific Time - Los Angeles",
                                   who=[(ray[0], "organizer"), (OWNER, None)], description=desc,
                                   org_addr=ray[1], eid=eid)
    subj = (f"Invitation: {title} @ {s1:%a} {s1:%b} {s1.day}, {s1.year} {gtime(s1)} - {gtime(e1)} (PDT) ({OWNER})")
    m1 = google_invite_mail(seed="c07m1", org_name=ray[0], org_addr=ray[1], subject=subj, date_=d1, plain=plain,
                            html_body=hb, ics_text=cal)
    d2 = dt(2026, 7, 15, 17, 2, 33, PT)
    s2 = dt(2026, 7, 27, 10, 0, tz=PT)
    wd(s2, "Monday")
    e2 = dt(2026, 7, 27, 12, 0, tz=PT)
    t2 = f"""Cody,

Enjoyed talking yesterday, even with the dropped calls - sounds like the signal at that pad is as bad as ours out on the west side.

We'd like to bring you out to Bakersfield for an in-person interview with me and Connie Marsh, our Production Superintendent (cc'd). How does {long_date(s2)} from 10:00 AM to noon Pacific look? We're at the field office on Round Mountain Road. We'll cover a flight into Meadows Field and a night at the hotel; our admin will send travel details once you confirm.

Ray

Ray Delgado
Artificial Lift Team Lead
Sierra Vista Oil Company
661-555-0146
"""
    m2id = gmail_msgid("c07m2")
    m2 = mail(frm=f"{ray[0]} <{ray[1]}>", to=OWNER, cc=f"{connie[0]} <{connie[1]}>",
              subject="Next step - in-person interview in Bakersfield", date_=d2, msgid=m2id,
              body=multi("alternative", gmail_boundary("c07m2"), [
                  leaf('text/plain; charset="UTF-8"', t2, "quoted-printable"),
                  leaf('text/html; charset="UTF-8"', html_gmail(t2), "quoted-printable")]),
              relay=("mail-sor-f69.google.com", "209.85.220.69"))
    d_owner = dt(2026, 7, 15, 20, 31, 0, CT)
    owner_txt = """Ray,

Thanks, I enjoyed it too. I'm off hitch on the 23rd so Monday the 27th works great. 10 to noon Pacific, see you and Connie then.

Cody"""
    owner_id = apple_msgid("c07own", "example.com")
    d3 = dt(2026, 7, 16, 6, 10, 5, PT)
    t3_new = """Perfect - see you on the 27th at 10. Connie has it blocked. Ask for me at the front gate.

Ray"""
    attr = gmail_attr(OWNER_NAME, OWNER, d_owner.astimezone(PT))
    t3 = t3_new + "\n\n" + attr + "\n\n" + quote_lines(owner_txt) + "\n"
    m3 = mail(frm=f"{ray[0]} <{ray[1]}>", to=f"{OWNER_NAME} <{OWNER}>", cc=f"{connie[0]} <{connie[1]}>",
              subject="Re: Next step - in-person interview in Bakersfield", date_=d3, msgid=gmail_msgid("c07m3"),
              in_reply_to=owner_id, references=[m2id, owner_id],
              body=multi("alternative", gmail_boundary("c07m3"), [
                  leaf('text/plain; charset="UTF-8"', t3, "quoted-printable"),
                  leaf('text/html; charset="UTF-8"', html_gmail(t3_new, attr, owner_txt), "quoted-printable")]),
              relay=("mail-sor-f69.google.com", "209.85.220.69"))
    lab = label([interview("Sierra Vista Oil", role, s1, e1, "scheduled", [ray[1]], [ray[1]], "phone_screen"),
                 interview("Sierra Vista Oil", role, s2, e2, "scheduled", [ray[1], connie[1]], [ray[1], connie[1]],
                           "onsite")],
                "hard", "positive/multiple",
                "Two interviews at one company: a Google Calendar phone interview (UTC .ics, PDT) with the team lead, "
                "then an in-person interview with the team lead and the superintendent (cc'd) agreed by e-mail -> "
                "two entries, the second a two-person panel (onsite).")
    return slug, [("01-google-invite-phone-interview.eml", m1), ("02-next-step-in-person.eml", m2),
                  ("03-ray-confirms.eml", m3)], lab


@case
def c08():
    slug = "teams-cancel-then-new-invite"
    role = "ESP Applications Engineer"
    hec = ("Hector Salinas", "hector.salinas@sanjacinto-lift.example")
    mer = ("Meredith Cole", "meredith.cole@sanjacinto-lift.example")
    win = "Central Standard Time"
    subj0 = f"Technical Interview - {role} - Cody Villarreal"
    d1 = dt(2026, 8, 4, 10, 15, 2)
    s1 = dt(2026, 8, 11, 15, 0)
    wd(s1, "Tuesday")
    e1 = s1 + timedelta(hours=1)
    uid1 = outlook_uid("c08a")
    teams1, url1 = teams_block("c08a")
    note1 = (f"Hi Cody,\n\nPlease see below for your technical interview with Meredith Cole, Engineering Manager - "
             f"ESP Applications. Expect questions on pump sizing, gas handling and run-life analysis. Meredith "
             f"will share a few dyno/ESP trend plots on screen.\n\nHector Salinas\nRecruiting Coordinator | San "
             f"Jacinto Artificial Lift\n713-555-0163")

    def body_for(s, e, note, teams):
        return f"{outlook_when(s, e, win)}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n{note}\n\n{teams}\n"

    atts = [att(OWNER_NAME, OWNER), att(mer[0], mer[1])]
    b1 = body_for(s1, e1, note1, teams1)
    cal1 = outlook_ics(method="REQUEST", winname=win, uid=uid1, seq=0, stamp=d1, start=s1, end=e1, summary=subj0,
                       description=b1.split("*~*~*~*~*~*~*~*~*~*\n\n", 1)[1], location="Microsoft Teams Meeting",
                       organizer=hec, attendees=atts, teams_url=url1)
    m1 = outlook_invite_mail(seed="c08m1", frm_name=hec[0], frm_addr=hec[1],
                             to_list=[f"{OWNER_NAME} <{OWNER}>", f"{mer[0]} <{mer[1]}>"], subject=subj0, date_=d1,
                             body_text=b1, ics_text=cal1)
    d2 = dt(2026, 8, 10, 7, 42, 31)
    wd(d2, "Monday")
    note2 = ("Cody - Meredith got pulled out to a customer's lease in the SCOOP for a pump failure and won't be "
             "back until Friday, so I'm cancelling tomorrow's interview. I'll send a new invite as soon as I have "
             "her calendar. Sorry for the shuffle.\n\nHector")
    b2 = f"{outlook_when(s1, e1, win)}\nWhere: Microsoft Teams Meeting\n\n{note2}\n"
    cal2 = outlook_ics(method="CANCEL", winname=win, uid=uid1, seq=1, stamp=d2, start=s1, end=e1,
                       summary="Canceled: " + subj0, description=note2, location="Microsoft Teams Meeting",
                       organizer=hec, attendees=atts, status="CANCELLED", busy="FREE")
    m2 = outlook_invite_mail(seed="c08m2", frm_name=hec[0], frm_addr=hec[1],
                             to_list=[f"{OWNER_NAME} <{OWNER}>", f"{mer[0]} <{mer[1]}>"], subject="Canceled: " + subj0,
                             date_=d2, body_text=b2, ics_text=cal2, method="CANCEL")
    d3 = dt(2026, 8, 12, 14, 30, 18)
    s2 = dt(2026, 8, 20, 8, 0)
    wd(s2, "Thursday")
    e2 = s2 + timedelta(hours=1)
    teams2, url2 = teams_block("c08b")
    note3 = (f"Hi Cody,\n\nHere is the new time for your technical interview with Meredith Cole. Same format as "
             f"before - Teams, about an hour. Thanks for being flexible.\n\nHector Salinas\nRecruiting Coordinator | "
             f"San Jacinto Artificial Lift\n713-555-0163")
    b3 = body_for(s2, e2, note3, teams2)
    subj3 = f"Technical Interview (rescheduled) - {role} - Cody Villarreal"
    cal3 = outlook_ics(method="REQUEST", winname=win, uid=outlook_uid("c08b"), seq=0, stamp=d3, start=s2, end=e2,
                       summary=subj3, description=b3.split("*~*~*~*~*~*~*~*~*~*\n\n", 1)[1],
                       location="Microsoft Teams Meeting", organizer=hec, attendees=atts, teams_url=url2)
    m3 = outlook_invite_mail(seed="c08m3", frm_name=hec[0], frm_addr=hec[1],
                             to_list=[f"{OWNER_NAME} <{OWNER}>", f"{mer[0]} <{mer[1]}>"], subject=subj3, date_=d3,
                             body_text=b3, ics_text=cal3)
    lab = label([interview("San Jacinto Artificial Lift", role, s1, e1, "cancelled", [mer[1]], [mer[1]], "technical"),
                 interview("San Jacinto Artificial Lift", role, s2, e2, "scheduled", [mer[1]], [mer[1]], "technical")],
                "hard", "positive/cancel-and-rebook",
                "Teams invite, then METHOD:CANCEL for the same UID, then a NEW invite with a different UID -> two "
                "entries (cancelled Aug 11 15:00 CDT, scheduled Aug 20 08:00 CDT). Coordinator only schedules.")
    return slug, [("01-teams-invite.eml", m1), ("02-teams-cancel.eml", m2), ("03-teams-new-invite.eml", m3)], lab


@case
def c09():
    slug = "standalone-ics-floating-time-casper"
    role = "Production Foreman - Powder River Basin"
    jen = ("Jenna Holt", "jenna.holt@windriver-resources.example")
    stamp = dt(2026, 10, 30, 9, 14, 0, MT)
    start = dt(2026, 11, 5, 11, 0, tz=MT)   # after Nov 1 fall-back -> MST -07:00
    wd(start, "Thursday")
    end = start + timedelta(minutes=30)
    desc = (f"Phone screen for the {role} opening (Casper, WY office).\n\n{jen[0]}, HR Business Partner, "
            f"will call you at 11:00 AM Mountain Time (12:00 noon Central) on {long_date(start)}. "
            f"Expect about 30 minutes.\n\nIf you're on location and can't get signal, email {jen[1]} and we'll "
            f"find another time.")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Wind River Resources//HR Scheduler 3.2//EN",
             "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{rid('c09uid', 20, HEXU)}@windriver-resources.example",
             f"DTSTAMP:{ics_utc(stamp)}", f"DTSTART:{ics_local(start)}", f"DTEND:{ics_local(end)}",
             f"SUMMARY:{esc('Phone Screen - ' + role + ' - Wind River Resources')}",
             f"DESCRIPTION:{esc(desc)}",
             "LOCATION:Phone", f"ORGANIZER;CN={jen[0]}:mailto:{jen[1]}",
             att(jen[0], jen[1], partstat="ACCEPTED", rsvp="FALSE"), att(OWNER_NAME, OWNER),
             "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    lab = label([interview("Wind River Resources", role, start, end, "scheduled", [jen[1]], [jen[1]], "phone_screen")],
                "hard", "positive/floating-time",
                "Standalone .ics with floating DTSTART (no TZID/Z); the description says 11:00 AM Mountain (noon "
                "Central). Nov 5 is after the Nov 1 fall-back -> -07:00 MST. HR partner makes the call.")
    return slug, [("01-phone-screen-wind-river.ics", cal)], lab


@case
def c10():
    slug = "gcal-json-hiring-manager-pacific"
    role = "Reservoir Surveillance Engineer"
    nate = ("Nate Farrow", "nate.farrow@temblor-energy.example")
    steph = ("Stephanie Quon", "stephanie.quon@temblor-energy.example")
    start = dt(2026, 9, 29, 15, 0, tz=PT)
    wd(start, "Tuesday")
    end = start + timedelta(minutes=45)
    created = dt(2026, 9, 22, 10, 5, 0, PT)
    ev = gcal_event(seed="c10ev", created=created, updated=created + timedelta(hours=3, minutes=12),
                    summary=f"Temblor Energy | Hiring Manager Interview | Cody Villarreal",
                    description=(f"{role} - 45 minute conversation with {steph[0]}, Reservoir Engineering Manager "
                                 f"(3:00 PM Pacific). Google Meet link below; a dial-in is included if you are "
                                 f"in the field.\n\nScheduled by {nate[0]}, Recruiting Coordinator."),
                    location=None, organizer=nate, start=start, end=end, start_tz="America/Los_Angeles",
                    attendees=[gatt(nate[0], nate[1], "accepted", organizer=True), gatt(steph[0], steph[1], "accepted"),
                               gatt(None, OWNER, "accepted", self_=True)],
                    offset_zone=CT, sequence=1)
    lab = label([interview("Temblor Energy", role, start, end, "scheduled", [steph[1]], [steph[1]], "hiring_manager")],
                "easy", "positive/calendar-api-json",
                "Single Calendar API event; dateTime is expressed in the owner's Central offset (17:00-05:00) while "
                "timeZone is America/Los_Angeles and the text says 3:00 PM Pacific (same instant).")
    return slug, [("01-temblor-hiring-manager.gcal.json", ev)], lab


@case
def c11():
    slug = "agency-forward-client-interview-dst-fallback"
    role = "Production Engineer"
    trav = ("Travis Boone", "travis@roughnecktalent.example")
    gret = ("Gretchen Lindqvist", "glindqvist@piceance-prod.example")
    bill = ("Bill Okafor", "bokafor@piceance-prod.example")
    d0 = dt(2026, 10, 29, 14, 10, 0, MT)    # client's note (MDT)
    d1 = dt(2026, 10, 29, 16, 22, 8)        # agency forward (CDT)
    wd(d1, "Thursday")
    start = dt(2026, 11, 3, 8, 0, tz=MT)    # MST after Nov 1
    wd(start, "Tuesday")
    end = start + timedelta(hours=1)
    fwd = f"""---------- Forwarded message ---------
From: {gret[0]} <{gret[1]}>
Date: {d0:%a}, {d0:%b} {d0.day}, {d0.year} at {t12(d0)}
Subject: RE: Cody Villarreal - Production Engineer
To: {trav[0]} <{trav[1]}>
Cc: {bill[0]} <{bill[1]}>


Travis,

Thanks for sending Cody over. We're set for Tuesday, November 3 at 8:00 AM MT for an hour over Teams - I'll send the link directly to him the day before. Joining will be me and our asset manager, Bill Okafor (cc'd). We'll spend most of it on his plunger lift and rod pump work and a bit on how he'd handle the winter freeze-offs up here.

Gretchen Lindqvist
Production Engineering Manager
Piceance Production Co. | Grand Junction, CO
"""
    new = f"""Cody -

We're confirmed, see Gretchen's note below. Heads up: clocks fall back this Sunday, so 8:00 Mountain on Tuesday is 9:00 your time in Midland (same one-hour gap as always, just don't let your phone alarm throw you off).

Call me after and tell me how it went.

Travis Boone
Senior Recruiter, Energy Practice
Roughneck Talent Partners | Houston, TX
c: 281-555-0117"""
    t = new + "\n\n" + fwd
    m = mail(frm=f"{trav[0]} <{trav[1]}>", to=OWNER,
             subject="Fwd: Cody Villarreal - Production Engineer - CONFIRMED Tue 11/3", date_=d1,
             msgid=gmail_msgid("c11m1"),
             body=multi("alternative", gmail_boundary("c11m1"), [
                 leaf('text/plain; charset="UTF-8"', t, "quoted-printable"),
                 leaf('text/html; charset="UTF-8"', html_gmail(new) + '<div class="gmail_quote">'
                      + html_gmail(fwd) + "</div>\n", "quoted-printable")]),
             relay=("mail-sor-f54.google.com", "209.85.220.54"))
    lab = label([interview("Piceance Production Co.", role, start, end, "scheduled", [gret[1], bill[1]],
                           [gret[1], bill[1]], "onsite")],
                "hard", "positive/agency-forward-timezone",
                "Agency recruiter forwards the client's confirmation; interviewers are the hiring manager and asset "
                "manager (both addresses in the forwarded block), not the agency recruiter. Sent Oct 29 (CDT), "
                "interview Nov 3 8:00 MT after the Nov 1 fall-back -> -07:00. Two interviewers -> panel/onsite.")
    return slug, [("01-agency-fwd-client-confirmation.eml", m)], lab


@case
def c12():
    slug = "ceo-final-coffee-base64-iphone"
    role = "Production Engineer"
    dale = ("Dale Pritchett", "dale@mustangdraw.example")
    d1 = dt(2026, 1, 21, 19, 48, 31)
    wd(d1, "Wednesday")
    start = dt(2026, 1, 24, 7, 0)
    wd(start, "Saturday")
    t1 = f"""Cody,

Rhett and Jolene both came back positive after Monday. Before we put an offer together I sit down one on one with every engineer we hire - it's the last step on our end, nothing formal.

Can you meet me for coffee Saturday at 7:00 am at the Bluebonnet Cafe on Wadley? I know you're coming off hitch, so if that's too early just say so.

Dale

Dale Pritchett
President & CEO
Mustang Draw Operating, LLC

Sent from my iPhone
"""
    m1id = apple_msgid("c12m1", "mustangdraw.example")
    m1 = mail(frm=f"{dale[0]} <{dale[1]}>", to=f"{OWNER_NAME} <{OWNER}>", subject=f"{role} - next step",
              date_=d1, msgid=m1id, body=leaf("text/plain; charset=utf-8", t1, "base64"),
              extra=["X-Mailer: iPhone Mail (23C71)"], relay=("mail.mustangdraw.example", "203.0.113.44"))
    d_owner = dt(2026, 1, 21, 21, 2, 0)
    owner_txt = "Saturday at 7 works. I get in Friday night. See you at the Bluebonnet.\n\nCody"
    owner_id = apple_msgid("c12own", "example.com")
    d2 = dt(2026, 1, 22, 5, 55, 12)
    t2 = ("Good deal. See you Saturday.\n\nDale\n\nSent from my iPhone\n\n"
          f"> On Jan 21, 2026, at {t12(d_owner)}, {OWNER_NAME} <{OWNER}> wrote:\n>\n" + quote_lines(owner_txt) + "\n")
    m2 = mail(frm=f"{dale[0]} <{dale[1]}>", to=f"{OWNER_NAME} <{OWNER}>", subject=f"Re: {role} - next step",
              date_=d2, msgid=apple_msgid("c12m2", "mustangdraw.example"), in_reply_to=owner_id,
              references=[m1id, owner_id], body=leaf("text/plain; charset=utf-8", t2, "base64"),
              extra=["X-Mailer: iPhone Mail (23C71)"], relay=("mail.mustangdraw.example", "203.0.113.44"))
    lab = label([interview("Mustang Draw Operating", role, start, None, "scheduled", [dale[1]], [dale[1]],
                           "hiring_manager")],
                "hard", "positive/founder-coffee-chat",
                "CEO's coffee sit-down explicitly 'the last step on our end' before an offer -> an interview. "
                "'Saturday at 7:00 am' resolved against Wed Jan 21 -> Sat Jan 24 (CST). No duration -> end null. "
                "Base64 text/plain iPhone mails.")
    return slug, [("01-ceo-invites-to-coffee.eml", m1), ("02-ceo-confirms.eml", m2)], lab


@case
def c13():
    slug = "calendly-booked-screen-central-display"
    role = "Field Engineer - Well Intervention"
    ash = ("Ashley Fong", "ashley.fong@tejon-es.example")
    d1 = dt(2026, 2, 16, 9, 12, 40, PT)
    t1 = f"""Hi Cody,

Thanks for applying to the {role} role with Tejon Energy Services in Bakersfield. I'd love to set up a quick 20-minute phone screen to learn more about your coil and nitrogen experience.

Please grab whatever time works for you here, including evenings: https://calendly.com/ashley-fong-tejon/20min

Thanks!
Ashley Fong
Talent Acquisition | Tejon Energy Services
"""
    m1id = gmail_msgid("c13m1")
    m1 = mail(frm=f"{ash[0]} <{ash[1]}>", to=OWNER, subject=f"Phone screen - {role}", date_=d1, msgid=m1id,
              body=multi("alternative", gmail_boundary("c13m1"), [
                  leaf('text/plain; charset="UTF-8"', t1, "quoted-printable"),
                  leaf('text/html; charset="UTF-8"', html_gmail(t1), "quoted-printable")]),
              relay=("mail-sor-f45.google.com", "209.85.220.45"))
    booked = datetime(2026, 2, 16, 19, 37, 52, tzinfo=UTC)
    start = dt(2026, 2, 19, 10, 30)    # shown in invitee's zone (Central); = 8:30 PST
    wd(start, "Thursday")
    end = start + timedelta(minutes=20)
    ev_name = f"20 Minute Phone Screen - {role}"

    def ct(d):
        return f"{d.hour % 12 or 12}:{d:%M}{'am' if d.hour < 12 else 'pm'}"
    t2 = f"""Hi Cody Villarreal,

Your event has been scheduled.

Event Type:
{ev_name}

With:
{ash[0]}

Event Date/Time:
{ct(start)} - {ct(end)} (Central Time - US & Canada)
{long_date(start)}

Location:
{ash[0].split()[0]} will call you at +1 432-555-0148

Description:
Quick intro call with Tejon Energy Services Talent Acquisition about the {role} opening.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{uuid_like('c13cx')}
Reschedule: https://calendly.com/reschedulings/{uuid_like('c13cx')}

Powered by Calendly.com
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//EN", "CALSCALE:GREGORIAN", "METHOD:REQUEST",
               "BEGIN:VEVENT", f"UID:{uuid_like('c13uid')}@calendly.com", f"DTSTAMP:{ics_utc(booked)}",
               f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}", f"SUMMARY:{esc(ev_name + ' with ' + ash[0])}",
               f"DESCRIPTION:{esc('Location: ' + ash[0].split()[0] + ' will call you at +1 432-555-0148')}",
               "LOCATION:+1 432-555-0148", f"ORGANIZER;CN={ash[0]}:mailto:{ash[1]}",
               att(ash[0], ash[1], partstat="ACCEPTED", rsvp="FALSE"),
               att(OWNER_NAME, OWNER, partstat="ACCEPTED", rsvp="FALSE"), "SEQUENCE:0", "STATUS:CONFIRMED",
               "END:VEVENT", "END:VCALENDAR"])
    bo, bi = "--==_mimepart_" + rid("c13o", 13, HEXL) + "_" + rid("c13o2", 6, DIG), \
        "--==_mimepart_" + rid("c13i", 13, HEXL) + "_" + rid("c13i2", 6, DIG)
    m2 = mail(frm=f"{ash[0]} <notifications@calendly.com>", reply_to=f"{ash[0]} <{ash[1]}>", to=OWNER,
              subject=f"Confirmed: {ev_name} with {ash[0]} on {long_date(start)}", date_=booked,
              msgid=f"<{rid('c13m2', 24, LOWER)}_{rid('c13m2b', 8, DIG)}@calendly.com>",
              body=multi("mixed", bo, [
                  multi("alternative", bi, [leaf("text/plain; charset=UTF-8", t2, "quoted-printable"),
                                            leaf("text/html; charset=UTF-8", html_ats(t2, "Calendly", "#006bff"),
                                                 "quoted-printable")]),
                  leaf('text/calendar; charset=UTF-8; method=REQUEST; name="invite.ics"', cal, "base64",
                       extra=['Content-Disposition: attachment; filename="invite.ics"'])]),
              return_path=f"bounces+{rid('c13rp', 7, DIG)}@em.calendly.com",
              relay=("o1.ptr4419.calendly.com", "198.51.100.171"))
    lab = label([interview("Tejon Energy Services", role, start, end, "scheduled", [ash[1]], [ash[1]], "phone_screen")],
                "medium", "positive/scheduling-tool",
                "Recruiter's Calendly link (alone not an interview) then a booked Calendly confirmation shown in the "
                "invitee's Central time (10:30am CST = 8:30 PST for the Bakersfield recruiter), UTC .ics. Follow-up via "
                "the Reply-To human, never notifications@calendly.com.")
    return slug, [("01-recruiter-sends-calendly-link.eml", m1), ("02-calendly-confirmed.eml", m2)], lab


# ==============================================================================================
# NEGATIVE CASES (look-alikes)
# ==============================================================================================
@case
def c14():
    slug = "neg-client-hse-orientation-competency-interview"
    lor = ("Lorena Vasquez", "lorena.vasquez@caliche-flats.example")
    crew = [("Ricky Dunham", f"ricky.dunham@{CUR_DOM}"), ("Amos Treviño", f"amos.trevino@{CUR_DOM}")]
    win = "Central Standard Time"
    d1 = dt(2026, 3, 16, 13, 5, 44)
    start = dt(2026, 3, 23, 6, 30)
    wd(start, "Monday")
    end = dt(2026, 3, 23, 10, 30)
    loc = "Caliche Flats Field Office - Training Room, 5100 E. Hwy 158, Garden City, TX"
    note = f"""All,

Per the MSA, every contractor employee who will work on a Caliche Flats location needs our site-specific HSE orientation before a badge is issued. Your supervisor at {CUR_CO} has registered you for the session below.

Agenda
06:30  Sign-in and card check (SafeLand/PEC and H2S Clear)
06:45  Site-specific orientation video, H2S contingency plan, SIMOPS and stop-work authority
08:45  Written test (80% to pass)
09:30  Short one-on-one competency interview with an HSE advisor (about 10 minutes each - we'll ask you to walk through a JSA and your muster point)
10:30  Badges issued

Bring a photo ID and your cards. FRs and steel toes; no shorts.

Lorena Vasquez
HSE Coordinator | Caliche Flats Operating
432-555-0108"""
    subj = f"Contractor HSE Orientation (site-specific) - {CUR_CO}"
    body = f"{outlook_when(start, end, win)}\nWhere: {loc}\n\n*~*~*~*~*~*~*~*~*~*\n\n{note}\n"
    cal = outlook_ics(method="REQUEST", winname=win, uid=outlook_uid("c14"), seq=0, stamp=d1, start=start, end=end,
                      summary=subj, description=note, location=loc, organizer=lor,
                      attendees=[att(OWNER_NAME, OWNER)] + [att(n, e) for n, e in crew])
    m = outlook_invite_mail(seed="c14m1", frm_name=lor[0], frm_addr=lor[1],
                            to_list=[f"{OWNER_NAME} <{OWNER}>"] + [f"{n} <{e}>" for n, e in crew], subject=subj,
                            date_=d1, body_text=body, ics_text=cal)
    lab = label([], "hard", "negative/safety-orientation",
                "Client's site-specific HSE orientation for contractor personnel of the owner's current employer; the "
                "'competency interview' is a safety check, not a hiring step.")
    return slug, [("01-hse-orientation-invite.eml", m)], lab


@case
def c15():
    slug = "neg-twic-enrollment-appointment"
    d1 = datetime(2026, 3, 30, 20, 14, 9, tzinfo=UTC)
    appt = dt(2026, 4, 7, 9, 40)
    wd(appt, "Tuesday")
    conf = "TW" + rid("c15conf", 8, DIG)
    t = f"""Cody Villarreal,

Your appointment has been scheduled.

Program: Transportation Worker Identification Credential (TWIC\u00ae)
Enrollment ID: {conf}
Appointment: {long_date(appt)} at {t12(appt)} (local time)
Enrollment Center: Odessa, TX - 2727 E 8th St, Suite 110, Odessa, TX 79761

What to bring:
- Your Enrollment ID
- Original, unexpired identity documents (for example, a U.S. passport, or a driver's license plus a birth certificate)
- Payment, if you did not pay online

At your appointment an enrollment agent will verify your documents and collect your fingerprints and photograph. Plan for about 15 minutes. You will be asked to confirm the information in your application.

To reschedule or cancel, visit https://universalenroll.example/appointment/{conf}

Please do not reply to this email.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Universal Enroll//Appointments//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", f"UID:{conf}-{rid('c15u', 6, DIG)}@universalenroll.example",
               f"DTSTAMP:{ics_utc(d1)}", f"DTSTART:{ics_utc(appt)}", f"DTEND:{ics_utc(appt + timedelta(minutes=15))}",
               "SUMMARY:TWIC Enrollment Appointment",
               f"DESCRIPTION:{esc('Enrollment ID ' + conf + '. Bring identity documents and payment.')}",
               f"LOCATION:{esc('Odessa, TX - 2727 E 8th St, Suite 110, Odessa, TX 79761')}",
               "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    bo = "b1_" + rid("c15b", 32, HEXL)
    m = mail(frm="Universal Enroll <no-reply@universalenroll.example>", to=OWNER,
             subject="Appointment Confirmation - TWIC\u00ae Enrollment", date_=d1,
             msgid=f"<{rid('c15m', 32, HEXL)}@universalenroll.example>",
             body=multi("mixed", bo, [
                 multi("alternative", "b2_" + rid("c15b2", 32, HEXL), [
                     leaf("text/plain; charset=UTF-8", t, "quoted-printable"),
                     leaf("text/html; charset=UTF-8", html_ats(t, "Universal Enroll", "#0b3d91"), "quoted-printable")]),
                 leaf('text/calendar; charset=UTF-8; method=PUBLISH; name="appointment.ics"', cal, "base64",
                      extra=['Content-Disposition: attachment; filename="appointment.ics"'])]),
             relay=("smtp.universalenroll.example", "203.0.113.90"))
    lab = label([], "medium", "negative/appointment",
                "TWIC credential enrollment appointment with .ics (document check, fingerprints, photo); not a job "
                "interview.")
    return slug, [("01-twic-appointment-confirmation.eml", m)], lab


@case
def c16():
    slug = "neg-pre-employment-physical-drug-screen"
    kay = ("Kayla Ortiz", "kayla.ortiz@hueco-energy.example")
    win = "Central Standard Time"
    d1 = dt(2026, 6, 9, 11, 2, 17)
    appt = dt(2026, 6, 12, 7, 30)
    wd(appt, "Friday")
    end = appt + timedelta(hours=2)
    startday = date(2026, 6, 29)
    wd(startday, "Monday")
    loc = "Permian Occupational Health - Midland, 2811 N Garfield St, Midland, TX 79705"
    note = f"""Hi Cody,

Congratulations again on accepting our offer for the Field Engineer position (Candidate ID 55821)! To keep your start date of Monday, June 29 on track, the next step is your pre-employment medical. I've booked you at Permian Occupational Health for {long_date(appt)} at {t12(appt)}.

The appointment covers:
- DOT physical and respirator medical questionnaire
- Respirator fit test (please be clean-shaven)
- 10-panel urine drug screen and breath alcohol test

Please arrive 15 minutes early with your driver's license and the authorization form I sent through the onboarding portal. Results come straight to us - you don't need to forward anything. Once you clear, I'll send your HSE orientation and Day 1 schedule.

Kayla Ortiz
HR Onboarding Specialist | Hueco Energy Services
915-555-0139"""
    subj = "Pre-employment physical & drug screen - Cody Villarreal"
    body = f"{outlook_when(appt, end, win)}\nWhere: {loc}\n\n*~*~*~*~*~*~*~*~*~*\n\n{note}\n"
    cal = outlook_ics(method="REQUEST", winname=win, uid=outlook_uid("c16"), seq=0, stamp=d1, start=appt, end=end,
                      summary=subj, description=note, location=loc, organizer=kay, attendees=[att(OWNER_NAME, OWNER)])
    m = outlook_invite_mail(seed="c16m1", frm_name=kay[0], frm_addr=kay[1], to_list=[f"{OWNER_NAME} <{OWNER}>"],
                            subject=subj, date_=d1, body_text=body, ics_text=cal)
    lab = label([], "hard", "negative/onboarding-appointment",
                "Post-offer onboarding: pre-employment physical, fit test and drug screen booked by HR as a meeting "
                "request; hiring vocabulary (candidate ID, offer, start date) but no interview.")
    return slug, [("01-onboarding-medical-invite.eml", m)], lab


@case
def c17():
    slug = "neg-client-rig-visit-current-job"
    clint = ("Clint Harwell", "clint.harwell@biglake-expl.example")
    others = [("Wes Oakley", "wes.oakley@biglake-expl.example"), ("Ricky Dunham", f"ricky.dunham@{CUR_DOM}")]
    win = "Central Standard Time"
    d1 = dt(2026, 9, 14, 17, 48, 3)
    start = dt(2026, 9, 17, 10, 0)
    wd(start, "Thursday")
    end = dt(2026, 9, 17, 12, 30)
    loc = "Grizzly State 4H pad - company man's shack (Reeves Co.)"
    note = f"""Gents,

Want to get everybody on location Thursday before we start back up on the Grizzly State pad.

10:00  Walk-down of the iron, missile and wellhead with Caprock's field engineer and service supervisor
11:00  In the company man's shack: we'll interview the night crew (pump operators and data van) about the stage 14 screenout. Cody, bring the treating plots and the blender/proppant data.
12:00  Lunch on location

Dress for location - FRs, hard hat, H2S monitor. Directions: CR 447 to the Grizzly lease road, 3.2 mi, left at the tank battery.

Clint Harwell
Completions Superintendent | Big Lake Exploration
432-555-0186"""
    subj = "Rig visit / frac readiness walk-down + stage 14 screenout review - Grizzly State 4H"
    body = f"{outlook_when(start, end, win)}\nWhere: {loc}\n\n*~*~*~*~*~*~*~*~*~*\n\n{note}\n"
    cal = outlook_ics(method="REQUEST", winname=win, uid=outlook_uid("c17"), seq=0, stamp=d1, start=start, end=end,
                      summary=subj, description=note, location=loc, organizer=clint,
                      attendees=[att(OWNER_NAME, OWNER)] + [att(n, e) for n, e in others])
    m = outlook_invite_mail(seed="c17m1", frm_name=clint[0], frm_addr=clint[1],
                            to_list=[f"{OWNER_NAME} <{OWNER}>"] + [f"{n} <{e}>" for n, e in others], subject=subj,
                            date_=d1, body_text=body, ics_text=cal)
    lab = label([], "hard", "negative/current-job-client-visit",
                "Client's rig visit for the owner's current job; the owner helps 'interview the night crew' about a "
                "screenout (incident review), so the owner is not a candidate.")
    return slug, [("01-client-rig-visit-invite.eml", m)], lab


@case
def c18():
    slug = "neg-vendor-lunch-and-learn"
    jace = ("Jace Whitley", "jace.whitley@tricounty-chem.example")
    d1 = dt(2026, 2, 3, 15, 26, 50)
    start = dt(2026, 2, 11, 11, 30)
    wd(start, "Wednesday")
    end = dt(2026, 2, 11, 13, 0)
    title = "Lunch & Learn: Paraffin and scale control in Wolfcamp producers (Tri-County Chemical)"
    desc = (f"Lunch & Learn for the {CUR_CO} Midland engineering group.\n\nTopics: paraffin deposition "
            "modelling, continuous vs. batch treating, scale inhibitor squeeze design, and case histories from "
            "Reeves and Loving counties. 1 PDH certificate available.\n\nLunch provided (brisket and sides) - reply "
            "with any dietary needs.\n\nP.S. We're hiring field chemists in Midland and Pecos. If anyone on your team "
            "is interested, I'm happy to set up an interview with our district manager.\n\n"
            f"{jace[0]}\nTechnical Sales Representative | Tri-County Chemical Solutions\n432-555-0152")
    loc = f"{CUR_CO} - Midland District Office, Conference Room B"
    group = f"midland-engineering@{CUR_DOM}"
    uid = rid("c18uid", 26, LOWER) + "@google.com"
    cal = google_invite_ics(uid=uid, seq=0, stamp=d1, created=d1 - timedelta(seconds=55), start=start, end=end,
                            summary=title, description=desc, location=loc, organizer=jace,
                            attendees=[att(jace[0], jace[1], partstat="ACCEPTED", google=True),
                                       att(group, group, google=True).replace("CUTYPE=INDIVIDUAL", "CUTYPE=GROUP"),
                                       att(OWNER, OWNER, google=True)])
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    plain, hb = google_invite_text(title=title, start=start, end=end, tzlabel="Central Time - Chicago",
                                   who=[(jace[0], "organizer"), (group, None), (OWNER, None)], description=desc,
                                   org_addr=jace[1], eid=eid)
    subj = (f"Invitation: {title} @ {start:%a} {start:%b} {start.day}, {start.year} {gtime(start)} - {gtime(end)} "
            f"(CST) ({OWNER})")
    m = google_invite_mail(seed="c18m1", org_name=jace[0], org_addr=jace[1], subject=subj, date_=d1, plain=plain,
                           html_body=hb, ics_text=cal)
    lab = label([], "medium", "negative/vendor-event",
                "Vendor lunch-and-learn Google invite to the owner's engineering group; mentions hiring and 'set up an "
                "interview' for other people, but the event is a sales presentation.")
    return slug, [("01-lunch-and-learn-invite.eml", m)], lab


@case
def c19():
    slug = "neg-workday-select-interview-time"
    role = "Pipeline Integrity Engineer"
    d1 = dt(2026, 3, 17, 9, 41, 26)
    due = date(2026, 3, 20)
    wd(due, "Friday")
    slots = [(dt(2026, 3, 24, 9, 0), 45), (dt(2026, 3, 24, 14, 0), 45), (dt(2026, 3, 25, 10, 30), 45)]
    wd(slots[0][0], "Tuesday")
    wd(slots[2][0], "Wednesday")
    lines = "\n".join(f"- {long_date(s)}, {t12(s)} - {t12(s + timedelta(minutes=m))} CDT" for s, m in slots)
    t = f"""Hello Cody,

Congratulations! The hiring team for {role} (R-2026-0311) would like to schedule a 45-minute video interview with you.

Please sign in to Candidate Home and select one of the following available times by {long_date(due)}:

{lines}

Your interview is not confirmed until you select a time. Once your selection is complete you will receive a confirmation with the meeting details.

Select a Time: https://wd1.myworkdaysite.com/recruiting/arbucklemidstream/Careers/userHome/tasks

If none of these times work, reply to your recruiter through Candidate Home.

Arbuckle Midstream Talent Acquisition
Tulsa, OK
"""
    m = mail(frm="Arbuckle Midstream <arbucklemidstream@myworkday.com>", to=OWNER,
             subject=f"Action Required: Select Your Interview Time - {role}", date_=d1,
             msgid=f"<{rid('c19m', 13, DIG)}.{rid('c19m2', 6, DIG)}.1773758486201@wd1-prod-mail.myworkday.com>",
             body=multi("alternative", "----=_Part_" + rid("c19b", 7, DIG) + "_" + rid("c19b2", 9, DIG), [
                 leaf("text/plain; charset=UTF-8", t, "quoted-printable"),
                 leaf("text/html; charset=UTF-8", html_ats(t, "Arbuckle Midstream", "#2d5f2e"), "quoted-printable")]),
             relay=("wd1-smtp-out01.myworkday.com", "198.51.100.62"))
    lab = label([], "hard", "negative/not-yet-scheduled",
                "Workday self-scheduling request listing three candidate slots; nothing is booked.")
    return slug, [("01-workday-select-time.eml", m)], lab


@case
def c20():
    slug = "neg-taleo-rejection-after-interview"
    role = "Facilities Engineer"
    d1 = datetime(2026, 4, 2, 10, 7, 55, tzinfo=ZoneInfo("America/New_York"))
    past = date(2026, 3, 24)
    wd(past, "Tuesday")
    t = f"""Dear Cody,

Thank you for taking the time to interview with our team on {long_date(past)} for the {role} position (Requisition 2600087) at Sandhills Gathering.

After careful consideration, we have decided to move forward with another candidate whose experience more closely matches the current needs of the role.

We appreciated the opportunity to learn about your field experience in the Delaware Basin and encourage you to apply for future openings that match your background. Your profile will remain in our talent community.

We wish you the best in your search.

Sincerely,
Talent Acquisition
Sandhills Gathering, LLC

This is an automated message. Please do not reply.
"""
    m = mail(frm="Sandhills Gathering Careers <no-reply@taleo.net>", to=OWNER,
             subject=f"Your application for {role} (2600087)", date_=d1,
             msgid=f"<{rid('c20m', 9, DIG)}.{rid('c20m2', 13, DIG)}.JavaMail.taleo@tlo2mx01>",
             body=multi("alternative", "----=_Part_" + rid("c20b", 8, DIG), [
                 leaf("text/plain; charset=UTF-8", t, "quoted-printable"),
                 leaf("text/html; charset=UTF-8", html_ats(t, "Sandhills Gathering", "#8a6d3b"), "quoted-printable")]),
             return_path="bounce-2600087@taleo.net", relay=("smtp-out1.taleo.net", "198.51.100.141"))
    lab = label([], "easy", "negative/rejection",
                "Taleo rejection referring to a past interview date; no upcoming interview.")
    return slug, [("01-taleo-rejection.eml", m)], lab


@case
def c21():
    slug = "neg-hirevue-one-way-video-interview"
    role = "Rig Field Engineer"
    d1 = datetime(2026, 4, 10, 14, 3, 11, tzinfo=UTC)
    due = dt(2026, 4, 17, 23, 59)
    wd(due, "Friday")
    code = rid("c21code", 10, ALNUM)
    t = f"""Hi Cody,

Thank you for your interest in the {role} position at Cimarron Drilling. The next step in our process is an on-demand video interview that you can complete on your own schedule.

What to expect:
- 6 questions about your rig-site experience, well control and working a rotation
- Up to 3 minutes to record each answer; you'll get one practice question first
- About 25 minutes total

Please complete your interview by {long_date(due)} at {t12(due)} CDT.

Start your interview: https://app.hirevue.com/interviews/{code}

Tip: find a quiet spot with a strong Wi-Fi connection - answers recorded from a location with weak signal may not upload.

Good luck!
Cimarron Drilling Talent Acquisition

Powered by HireVue
"""
    m = mail(frm="Cimarron Drilling <no-reply@hirevue.com>", to=OWNER,
             subject=f"Cimarron Drilling - complete your video interview for {role}", date_=d1,
             msgid=f"<0100{rid('c21m', 12, HEXL)}-{uuid_like('c21m2')}-000000@email.amazonses.com>",
             body=multi("alternative", "=-" + rid("c21b", 22, ALNUM), [
                 leaf("text/plain; charset=UTF-8", t, "quoted-printable"),
                 leaf("text/html; charset=UTF-8", html_ats(t, "Cimarron Drilling", "#333333"), "quoted-printable")]),
             return_path=f"0100{rid('c21rp', 12, HEXL)}@amazonses.com",
             relay=("a8-31.smtp-out.amazonses.com", "198.51.100.31"))
    lab = label([], "medium", "negative/assessment",
                "HireVue one-way (on-demand) video interview with a deadline; not a live conversation.")
    return slug, [("01-hirevue-invitation.eml", m)], lab


@case
def c22():
    slug = "neg-owner-interviews-field-tech-candidate"
    nikki = ("Nikki Sorensen", f"nikki.sorensen@{CUR_DOM}")
    lupe = ("Lupe Gaitan", f"lupe.gaitan@{CUR_DOM}")
    win = "Central Standard Time"
    d1 = dt(2026, 3, 24, 13, 17, 36)
    start = dt(2026, 3, 27, 13, 0)
    wd(start, "Friday")
    end = dt(2026, 3, 27, 14, 0)
    loc = "Midland District - Conference Room A"
    note = f"""Cody and Lupe,

You're the interview panel for Jarrod Pena (Field Service Technician II - Equipment Operator). Cody, please cover the technical questions (pump maintenance, pressure testing, iron inspection and certification); Lupe will cover HSE and behavioral.

Resume and scorecard are in the HRIS. Please submit scorecards by end of day. Jarrod has received a separate confirmation from me - he'll check in at the front desk.

Thanks,
Nikki Sorensen
HR Business Partner | {CUR_CO}"""
    subj = "Interview: Jarrod Pena - Field Service Technician II"
    body = f"{outlook_when(start, end, win)}\nWhere: {loc}\n\n*~*~*~*~*~*~*~*~*~*\n\n{note}\n"
    cal = outlook_ics(method="REQUEST", winname=win, uid=outlook_uid("c22"), seq=0, stamp=d1, start=start, end=end,
                      summary=subj, description=note, location=loc, organizer=nikki,
                      attendees=[att(OWNER_NAME, OWNER), att(lupe[0], lupe[1])])
    m = outlook_invite_mail(seed="c22m1", frm_name=nikki[0], frm_addr=nikki[1],
                            to_list=[f"{OWNER_NAME} <{OWNER}>", f"{lupe[0]} <{lupe[1]}>"], subject=subj, date_=d1,
                            body_text=body, ics_text=cal)
    lab = label([], "hard", "negative/user-is-interviewer",
                "Owner's current employer asks the owner to sit on the panel interviewing a field technician "
                "candidate; the owner is the interviewer, not the candidate.")
    return slug, [("01-panel-invite-owner-interviews.eml", m)], lab


# ==============================================================================================
# driver
# ==============================================================================================
def readme(results):
    labs = [lab for _, _, lab in results]
    pos = sum(1 for lab in labs if lab["interview"])
    ivs = [iv for lab in labs for iv in lab["interviews"]]
    sched = sum(1 for iv in ivs if iv["status"] == "scheduled")
    canc = sum(1 for iv in ivs if iv["status"] == "cancelled")
    n_eml = sum(1 for _, files, _ in results for name, _ in files if name.endswith(".eml"))
    n_ics = sum(1 for _, files, _ in results for name, _ in files if name.endswith(".ics"))
    n_json = sum(1 for _, files, _ in results for name, _ in files if name.endswith(".gcal.json"))
    rows = "\n".join(f"| {cid} | {'yes' if lab['interview'] else 'no'} | {len(lab['interviews'])} | "
                     f"{lab['category']} | {lab['difficulty']} |" for cid, _, lab in results)
    return f"""# blind156: oil & gas field engineer on a 14/14 hitch (written blind)

Owner: Cody Villarreal <{OWNER}>, a completions/production field engineer based in Midland, TX (Central
time) who currently works a 14/14 rotation for {CUR_CO} and is interviewing with operators and service
companies in Houston/Midland/Odessa (Central), Denver, Grand Junction and Casper (Mountain) and Bakersfield
(Pacific). Phone screens happen from remote well sites with bad signal; one panel is in person at a yard.

This set was written blind: without reading the tool's code, its tests or any other set under tests/data.
Only the label schema and labelling rules in the shared eval README, the file formats of three dev cases
(an Exchange invite .eml, a .gcal.json event, a standalone .ics) and the layout of a few dev label entries were
consulted. All people and companies are invented (`.example` domains); vendor system senders
(myworkday.com, successfactors.com, taleo.net, calendly.com, hirevue.com, google.com) keep product domains.

## Counts
- {len(results)} cases: {pos} positive, {len(results) - pos} negative (look-alikes)
- {len(ivs)} labelled interviews: {sched} scheduled, {canc} cancelled
- Items: {n_eml} .eml, {n_ics} standalone .ics, {n_json} Calendar API .gcal.json

## What it stresses
- ATS / scheduling mail: Workday (scheduled + self-schedule request), SAP SuccessFactors (invite + update,
  SEQUENCE 0 -> 1), Taleo (confirmation, cancellation by the recruiter, rejection), Calendly (booked, shown in
  the invitee's zone), HireVue (one-way video, negative).
- Exchange/Outlook meeting requests with Windows TZIDs and the misleading "(UTC-06:00)" display label in
  summer; METHOD:CANCEL followed by a re-booking under a NEW UID (two entries).
- Google Calendar invitation mail (UTC .ics) and Calendar API events whose dateTime uses the owner's Central
  offset while timeZone names the employer's zone.
- Human threads: relative dates ("Monday at 6:30 PM Central"), an agency recruiter forwarding the client's
  confirmation (interviewers are the client's people), a CEO's coffee that is explicitly the last step,
  base64 iPhone mail, Outlook and Gmail quoting.
- One same-day virtual loop sent as three events with a lunch break (one onsite), one in-person yard panel
  sent as e-mail + invite (one onsite), one case with two interviews at the same company.
- Look-alikes from the oil-field world: client HSE orientation with a "competency interview", TWIC enrollment
  appointment, post-offer physical and drug screen, a client rig visit for the current job where the crew is
  "interviewed", a vendor lunch-and-learn that mentions hiring, plus a Workday slot picker, a rejection, a
  one-way video interview and the owner sitting on a hiring panel.

## Time zones / DST points (2026: US DST Mar 8 - Nov 1)
- b156-01: mail sent Mar 4 (MST -07:00), interview Mar 10 08:30 Mountain -> MDT -06:00.
- b156-02: "Monday at 6:30 PM Central" written Fri Mar 6 (CST) -> Mon Mar 9, CDT -05:00.
- b156-05: Outlook body says "(UTC-06:00) Central Time" for a June event -> actual -05:00.
- b156-06 / b156-10: Calendar API dateTime in the owner's Central offset, employer zone in timeZone.
- b156-09: floating DTSTART, text says 11:00 AM Mountain on Nov 5 -> MST -07:00 (after fall-back).
- b156-11: forwarded on Oct 29 (CDT), interview Tue Nov 3 8:00 MT -> -07:00.
- b156-13: Calendly shows 10:30am Central for a Bakersfield recruiter; .ics in UTC.
- b156-04: Taleo Date header in -04:00, interview time stated in Central.

## Cases
| case | interview | # | category | difficulty |
|---|---|---|---|---|
{rows}

Regenerate with `python make_cases.py` (deterministic; standard library + PyYAML).
"""


def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith(PREFIX + "-") and os.path.isdir(p):
            shutil.rmtree(p)
    results = []
    labels = {}
    for i, fn in enumerate(CASES, 1):
        slug, files, lab = fn()
        cid = f"{PREFIX}-{i:02d}-{slug}"
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for j, (name, content) in enumerate(files, 1):
            assert name.startswith(f"{j:02d}-"), name
            with open(os.path.join(d, name), "w", encoding="utf-8", newline="") as f:
                f.write(content)
        labels[cid] = lab
        results.append((cid, files, lab))
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="") as f:
        f.write("# Labels for blind156 (written blind). Schema: see the shared eval README.\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="") as f:
        f.write(readme(results))
    print(f"wrote {len(results)} cases")


if __name__ == "__main__":
    main()
