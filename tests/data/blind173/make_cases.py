#!/usr/bin/env python3
"""Regenerate the blind173 evaluation set (DC / Northern Virginia federal job search).

Deterministic: every date, Message-ID, boundary, UID and meeting id is fixed or derived from a
sha256 of a fixed seed, so running this twice yields byte-identical files.

Usage:  python make_cases.py        (writes b173-* folders and labels.yaml next to this file)
Only the standard library, PyYAML and zoneinfo are used.
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
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ET = ZoneInfo("America/New_York")
MT = ZoneInfo("America/Denver")
UTC = timezone.utc

OWNER_NAME = "Danielle Mercer"
OWNER = "danielle.mercer@example.com"
OWNER_WORK = "danielle.mercer@nwia.example"
OWNER_CELL = "(571) 555-0142"

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


# ----------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------
def at(y, mo, d, h=0, mi=0, s=0, tz=ET):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def need(dt, dayname):
    """Assert that a weekday named in the text is right; return the name."""
    assert DAYS[dt.weekday()] == dayname, (dt, dayname)
    return dayname


def long_date(dt):
    return f"{DAYS[dt.weekday()]}, {MONTHS[dt.month - 1]} {dt.day}, {dt.year}"


def md(dt):
    return f"{MONTHS[dt.month - 1]} {dt.day}"


def hm(dt, style="AM"):
    h = dt.hour % 12 or 12
    if style == "a.m.":
        suf = "a.m." if dt.hour < 12 else "p.m."
    else:
        suf = "AM" if dt.hour < 12 else "PM"
    return f"{h}:{dt.minute:02d} {suf}"


def rfc(dt):
    return format_datetime(dt)


def rfc_utc(dt):
    return format_datetime(dt.astimezone(UTC))


def sha(seed):
    return hashlib.sha256(seed.encode("utf-8")).digest()


def sid(seed, n, alphabet="0123456789abcdef"):
    out, i = [], 0
    while len(out) < n:
        for b in sha(f"{seed}#{i}"):
            out.append(alphabet[b % len(alphabet)])
        i += 1
    return "".join(out[:n])


def uuidish(seed):
    h = sid(seed, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def b64id(seed, nbytes):
    raw = b"".join(sha(f"{seed}#{i}") for i in range(4))[:nbytes]
    return base64.b64encode(raw).decode("ascii")


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def fold_header(name, value):
    line = f"{name}: {value}"
    if len(line) <= 78 or ", " not in value:
        return line
    parts = value.split(", ")
    out, cur = [], f"{name}: {parts[0]}"
    for p in parts[1:]:
        if len(cur) + 2 + len(p) > 76:
            out.append(cur + ",")
            cur = " " + p
        else:
            cur += ", " + p
    out.append(cur)
    return "\n".join(out)


def addr(name, email):
    if any(c in name for c in ',.()"'):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


# ----------------------------------------------------------------------------------------------
# MIME assembly (hand-written so that bytes stay fixed)
# ----------------------------------------------------------------------------------------------
def leaf(ctype, body, cte="quoted-printable", extra=()):
    if cte == "quoted-printable":
        enc = qp(body)
    elif cte == "base64":
        enc = b64(body)
    else:
        enc = body
    if not enc.endswith("\n"):
        enc += "\n"
    hdrs = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}", *extra]
    return "\n".join(hdrs) + "\n\n" + enc


def multipart(subtype, boundary, parts, fold=True):
    body = "".join(f"--{boundary}\n{p}\n" for p in parts) + f"--{boundary}--\n"
    sep = ";\n\tboundary=" if fold else "; boundary="
    return f'multipart/{subtype}{sep}"{boundary}"', body


def nested(ctype, body):
    return f"Content-Type: {ctype}\n\n{body}"


def message(headers, ctype, body):
    return "\n".join(headers) + f"\nMIME-Version: 1.0\nContent-Type: {ctype}\n\n{body}"


def envelope(seed, date, host, ip, return_path, dkim_domain=None):
    recv = date + timedelta(seconds=3)
    qid = sid(seed + "qid", 12, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    out = [
        f"Delivered-To: {OWNER}",
        f"Received: from {host} ({host} [{ip}])\n        by mx1.example.com (Postfix) with ESMTPS id {qid}\n"
        f"        for <{OWNER}>; {rfc_utc(recv)}",
        f"Return-Path: <{return_path}>",
    ]
    if dkim_domain:
        out.append(f"Authentication-Results: mx1.example.com;\n       dkim=pass header.d={dkim_domain};\n"
                   f"       spf=pass smtp.mailfrom={return_path.split('@')[1]};\n"
                   f"       dmarc=pass header.from={dkim_domain}")
    return out


URL_IN_BRACKETS = re.compile(r"&lt;(https?://[^\s]*?)&gt;")
BARE_URL = re.compile(r"(?<![\"=>])(https?://[^\s<]+)")


def html_lines(text):
    esc = html.escape(text, quote=False)
    esc = URL_IN_BRACKETS.sub(r'&lt;<a href="\1">\1</a>&gt;', esc)
    esc = BARE_URL.sub(r'<a href="\1">\1</a>', esc)
    return esc


def outlook_html(plain):
    paras = [p for p in plain.split("\n\n")]
    body = "\n".join(f"<p>{html_lines(p).replace(chr(10), '<br>' + chr(10))}</p>" for p in paras if p.strip())
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n'
            '</head>\n<body dir="ltr">\n<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, '
            'Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n'
            f"{body}\n</div>\n</body>\n</html>\n")


def plain_html(plain, font="Arial, Helvetica, sans-serif"):
    paras = [p for p in plain.split("\n\n")]
    body = "\n".join(f"<p>{html_lines(p).replace(chr(10), '<br>' + chr(10))}</p>" for p in paras if p.strip())
    return ('<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><meta name="viewport" '
            'content="width=device-width, initial-scale=1"></head>\n'
            f'<body style="margin:0;padding:0;background:#f4f5f7;">\n<table role="presentation" width="100%" '
            f'cellpadding="0" cellspacing="0"><tr><td align="center">\n<table role="presentation" width="600" '
            f'style="background:#ffffff;font-family:{font};font-size:14px;line-height:20px;color:#1b1b1b;">'
            f'<tr><td style="padding:24px;">\n{body}\n</td></tr></table>\n</td></tr></table>\n</body>\n</html>\n')


def exch_msgid(seed, pod="SA1PR09MB", nam="namprd09"):
    num = sid(seed + "pod", 4, "0123456789")
    box = f"{pod}{num}"
    return f"<{box}{sid(seed + 'mid', 40, '0123456789ABCDEF')}@{box}.{nam}.prod.outlook.com>"


def exch_received(seed, date, ip, gov=True):
    host = ("GV0P278CU001.outbound.protection.outlook.com" if not gov
            else "GCC02-SN1-obe.outbound.protection.outlook.com")
    return host, ip


def exchange_headers(seed, frm, to, subject, date, msgid, cc=None, reply_to=None, sender=None,
                     in_reply_to=None, references=None, calendar=False, has_attach=False, topic=None):
    h = [f"From: {frm}"]
    if sender:
        h.append(f"Sender: {sender}")
    h.append(fold_header("To", ", ".join(to)))
    if cc:
        h.append(fold_header("CC", ", ".join(cc)))
    if reply_to:
        h.append(f"Reply-To: {reply_to}")
    h += [f"Subject: {subject}", f"Thread-Topic: {topic or re.sub(r'^(RE|FW|Canceled|Accepted): ', '', subject)}",
          f"Thread-Index: {b64id(seed + 'ti', 22)}", f"Date: {rfc_utc(date)}", f"Message-ID: {msgid}"]
    if in_reply_to:
        h.append(f"In-Reply-To: {in_reply_to}")
    if references:
        h.append("References: " + "\n ".join(references))
    h += ["Accept-Language: en-US", "Content-Language: en-US",
          f"X-MS-Has-Attach: {'yes' if has_attach else ''}".rstrip(), "X-MS-TNEF-Correlator:"]
    if calendar:
        h += ["Content-class: urn:content-classes:calendarmessage",
              f"x-ms-exchange-calendar-series-instance-id: {b64id(seed + 'series', 36)}"]
    h.append("x-ms-publictraffictype: Email")
    return h


# ----------------------------------------------------------------------------------------------
# iCalendar
# ----------------------------------------------------------------------------------------------
def ical_escape(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


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


def ics_text(lines):
    return "\r\n".join(fold(x) for x in lines) + "\r\n"


WINTZ = {
    "Eastern Standard Time": ("(UTC-05:00) Eastern Time (US & Canada)", ET, "-0500", "-0400"),
    "Mountain Standard Time": ("(UTC-07:00) Mountain Time (US & Canada)", MT, "-0700", "-0600"),
}


def vtimezone_ms(tzid):
    std, dst = WINTZ[tzid][2], WINTZ[tzid][3]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


def loc(dt, tz):
    return dt.astimezone(tz).strftime("%Y%m%dT%H%M%S")


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def att(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp="TRUE"):
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={name}:mailto:{email}"


def outlook_uid(seed):
    return "040000008200E00074C5B7101A82E00800000000" + sid(seed + "uid", 16, "0123456789ABCDEF") + \
        "000000000000000010000000" + sid(seed + "uid2", 32, "0123456789ABCDEF")


def outlook_cal(method, uid, seq, organizer, attendees, summary, description, start, end, location,
                dtstamp, tzid="Eastern Standard Time", teams_url=None, prodid="Microsoft Exchange Server 2010",
                busy=None, alarm=True):
    tz = WINTZ[tzid][1]
    cancel = method == "CANCEL"
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", f"PRODID:{prodid}", "VERSION:2.0"] + vtimezone_ms(tzid)
    L += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"] + attendees
    if description is not None:
        L.append(f"DESCRIPTION;LANGUAGE=en-US:{ical_escape(description)}")
    L += [f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{ical_escape(summary)}",
          f"DTSTART;TZID={tzid}:{loc(start, tz)}", f"DTEND;TZID={tzid}:{loc(end, tz)}",
          "CLASS:PUBLIC", f"PRIORITY:{1 if cancel else 5}", f"DTSTAMP:{zstamp(dtstamp)}", "TRANSP:OPAQUE",
          f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", f"SEQUENCE:{seq}",
          f"LOCATION;LANGUAGE=en-US:{ical_escape(location)}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
          f"X-MICROSOFT-CDO-OWNERAPPTID:{int(sid(uid, 9, '0123456789')) - 2000000000}",
          f"X-MICROSOFT-CDO-BUSYSTATUS:{busy or ('FREE' if cancel else 'TENTATIVE')}",
          "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
          "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        L += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
              'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{location}"]
    if alarm and method == "REQUEST":
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics_text(L)


def when_line(start, end, tzid="Eastern Standard Time"):
    label, tz = WINTZ[tzid][0], WINTZ[tzid][1]
    s, e = start.astimezone(tz), end.astimezone(tz)
    return f"When: {long_date(s)} {hm(s)}-{hm(e)} {label}."


def teams_block(seed, dial="+1 202-555-0163", city="United States, Washington"):
    tid, oid = uuidish(seed + "tid"), uuidish(seed + "oid")
    thread = "19%3ameeting_" + sid(seed + "thr", 48, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    url = (f"https://teams.microsoft.com/l/meetup-join/{thread}%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}"
           f"%22%2c%22Oid%22%3a%22{oid}%22%7d")
    mid = sid(seed + "mid", 13, "0123456789")
    mid_s = f"{mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]} {mid[12]}"
    pw = sid(seed + "pw", 8, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
    conf = sid(seed + "conf", 9, "0123456789")
    opts = (f"https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}&threadId="
            f"{thread.replace('%3a', '_')}@thread.v2&messageId=0&language=en-US")
    text = ("_" * 80 + "\n"
            "Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>\n"
            f"Join the meeting now<{url}>\n"
            f"Meeting ID: {mid_s}\n"
            f"Passcode: {pw}\n"
            "________________________________\n"
            "Dial in by phone\n"
            f"{dial},,{conf}# {city}\n"
            f"Find a local number<https://dialin.teams.microsoft.com/{uuidish(seed + 'dial')}?id={conf}>\n"
            f"Phone conference ID: {conf[:3]} {conf[3:6]} {conf[6:]}#\n"
            f"For organizers: Meeting options<{opts}> | Reset dial-in PIN<https://dialin.teams.microsoft.com/usp/pstnconferencing>\n"
            + "_" * 80)
    return url, text


def exchange_invite(seed, frm, to, subject, date, msgid, cal, plain, method="REQUEST", cc=None,
                    in_reply_to=None, references=None, env_ip="40.107.220.91", return_path=None, gov=True):
    boundary = f"_000_{msgid[1:msgid.index('@')]}_"
    html_part = outlook_html(plain)
    ctype, body = multipart("alternative", boundary, [
        leaf('text/plain; charset="utf-8"', plain),
        leaf('text/html; charset="utf-8"', html_part),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64"),
    ])
    host = "GCC02-DM3-obe.outbound.protection.outlook.com" if gov else "NAM11-CO1-obe.outbound.protection.outlook.com"
    frm_email = re.search(r"<([^>]+)>", frm).group(1)
    env = envelope(seed, date, host, env_ip, return_path or frm_email, frm_email.split("@")[1])
    hdr = exchange_headers(seed, frm, to, subject, date, msgid, cc=cc, in_reply_to=in_reply_to,
                           references=references, calendar=True)
    return message(env + hdr, ctype, body)


def exchange_mail(seed, frm, to, subject, date, msgid, plain, cc=None, reply_to=None, sender=None,
                  in_reply_to=None, references=None, env_ip="40.107.220.64", gov=True, attachments=()):
    boundary = f"_000_{msgid[1:msgid.index('@')]}_"
    alt = [leaf('text/plain; charset="utf-8"', plain), leaf('text/html; charset="utf-8"', outlook_html(plain))]
    if attachments:
        ib = f"_000_{msgid[1:msgid.index('@')]}_"
        ob = f"_004_{msgid[1:msgid.index('@')]}_"
        a_ct, a_body = multipart("alternative", ib, alt)
        parts = [nested(a_ct, a_body)] + list(attachments)
        ctype, body = multipart("mixed", ob, parts)
    else:
        ctype, body = multipart("alternative", boundary, alt)
    host = "GCC02-BL0-obe.outbound.protection.outlook.com" if gov else "NAM12-BN8-obe.outbound.protection.outlook.com"
    frm_email = re.search(r"<([^>]+)>", frm).group(1)
    env = envelope(seed, date, host, env_ip, frm_email, frm_email.split("@")[1])
    hdr = exchange_headers(seed, frm, to, subject, date, msgid, cc=cc, reply_to=reply_to, sender=sender,
                           in_reply_to=in_reply_to, references=references, has_attach=bool(attachments))
    return message(env + hdr, ctype, body)


def outlook_quote_header(name, email, sent, to, subject, cc=None):
    s = sent
    lines = [f"From: {name} <{email}>", f"Sent: {long_date(s)} {hm(s)}", f"To: {to}"]
    if cc:
        lines.append(f"Cc: {cc}")
    lines.append(f"Subject: {subject}")
    return "\n".join(lines)


# ----------------------------------------------------------------------------------------------
# labels
# ----------------------------------------------------------------------------------------------
def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


CASES = []  # (case_id, {filename: text}, label)


def case(cid, files, lab):
    CASES.append((cid, files, lab))


SIG_CONF = ("CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of "
            "the intended recipient(s) and may contain Controlled Unclassified Information (CUI) or other "
            "information that is protected from disclosure. If you are not the intended recipient, please "
            "notify the sender and delete all copies.")



# ==============================================================================================
# POSITIVE CASES
# ==============================================================================================
def c01():
    cid = "b173-01-usajobs-panel-outlook-est"
    hr = ("LaToya Whitfield", "latoya.whitfield@fhra.example")
    chair = ("Gregory Amsel", "gregory.amsel@fhra.example")
    p2 = ("Rina Takahashi", "rina.takahashi@fhra.example")
    p3 = ("Omar Bellamy", "omar.bellamy@fhra.example")
    start, end = at(2026, 2, 19, 10, 0), at(2026, 2, 19, 11, 0)
    confirm_by = at(2026, 2, 12)
    d1 = at(2026, 2, 10, 14, 5, 12)
    d2 = at(2026, 2, 10, 14, 31, 40)
    plain1 = f"""Good afternoon Ms. Mercer,

Thank you for your interest in the Program Analyst, GS-0343-12 position with the Federal Housing Resilience Agency (FHRA), Office of Program Performance, announced on USAJOBS under FHRA-26-DE-11873. Your application was referred to the selecting official, and you have been selected to participate in a structured interview.

Interview details
Date: {long_date(start)}
Time: {hm(start, 'a.m.')} - {hm(end, 'a.m.')} Eastern Time
Format: Microsoft Teams (video). A calendar invitation with the meeting link will follow from my calendar.
Panel: {chair[0]} (Supervisory Program Analyst, panel chair), {p2[0]} (Senior Program Analyst) and {p3[0]} (Performance Management Specialist)

The interview consists of seven structured questions based on the competencies listed in the announcement (Attention to Detail, Oral Communication, Problem Solving, and Program Evaluation). Every candidate is asked the same questions in the same order. The panel will take notes but cannot answer questions about the status of your application; please direct those to me.

Please reply to this message by close of business {need(confirm_by, 'Thursday')}, {md(confirm_by)} to confirm your participation. If you need a reasonable accommodation for the interview, let me know and I will coordinate with our Reasonable Accommodation Program.

Respectfully,

{hr[0]}
Human Resources Specialist (Staffing & Recruitment)
Office of the Chief Human Capital Officer
Federal Housing Resilience Agency
{hr[1]} | 202-555-0136

{SIG_CONF}
"""
    need(start, "Thursday")
    m1 = exch_msgid(cid + "m1")
    e1 = exchange_mail(cid + "m1", addr(*hr), [addr(OWNER_NAME, OWNER)],
                       "Interview Notification - Program Analyst, GS-0343-12 (FHRA-26-DE-11873)", d1, m1, plain1)
    url, tb = teams_block(cid)
    plain2 = f"""{when_line(start, end)}
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Structured Interview - Program Analyst, GS-0343-12 (FHRA-26-DE-11873)
Candidate: Danielle Mercer
Panel: {chair[0]} (chair), {p2[0]}, {p3[0]}

Ms. Mercer, please join five minutes early. I will admit you from the lobby, read the standard instructions, and then leave the meeting when the panel chair begins. HR does not take part in the interview itself.

{tb}
"""
    uid = outlook_uid(cid)
    cal = outlook_cal("REQUEST", uid, 0, hr,
                      [att(OWNER_NAME, OWNER), att(*chair), att(*p2), att(*p3)],
                      "FHRA Structured Interview - Program Analyst (GS-0343-12) - D. Mercer", plain2, start, end,
                      "Microsoft Teams Meeting", d2, teams_url=url)
    m2 = exch_msgid(cid + "m2")
    e2 = exchange_invite(cid + "m2", addr(*hr),
                         [addr(OWNER_NAME, OWNER), addr(*chair), addr(*p2), addr(*p3)],
                         "FHRA Structured Interview - Program Analyst (GS-0343-12) - D. Mercer", d2, m2, cal, plain2)
    panel = [chair[1], p2[1], p3[1]]
    case(cid, {"01-fhra-interview-notification.eml": e1, "02-invitation-structured-interview.eml": e2},
         label([iv("Federal Housing Resilience Agency", "Program Analyst, GS-0343-12", start, end, "scheduled",
                   panel, panel, "onsite")],
               "easy", "positive/usajobs-agency-panel-outlook",
               "HR notification after USAJOBS referral plus the HR specialist's Outlook/Teams invite (Eastern "
               "Standard Time, February = EST) for the same structured panel: one interview. The three panel "
               "members are the interviewers; the HR specialist only schedules and leaves before it starts."))


def c02():
    cid = "b173-02-availability-form-then-confirmed-dst"
    box = ("BRBD Staffing", "BRBD-Staffing@brbd.example")
    hr = ("Tamika Rowe", "tamika.rowe@brbd.example")
    start, end = at(2026, 3, 10, 10, 0), at(2026, 3, 10, 11, 0)
    w1, w2, due = at(2026, 3, 9), at(2026, 3, 13), at(2026, 3, 3, 12, 0)
    dst = at(2026, 3, 8)
    d1 = at(2026, 2, 26, 10, 12, 3)
    d_owner = at(2026, 3, 2, 20, 47, 0)
    d2 = at(2026, 3, 5, 15, 40, 21)
    form = "https://forms.office.com/Pages/ResponsePage.aspx?id=" + sid(cid + "form", 60,
                                                                        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    sig = f"""{hr[0]}
HR Specialist (Recruitment & Placement)
Bureau of Rural Broadband Deployment | Office of Human Capital
Direct: {hr[1]} | (202) 555-0191
Team mailbox: {box[1]}"""
    subj = "Interview Availability - Management and Program Analyst, GS-0343-13 (BRBD-26-MP-0412)"
    plain1 = f"""Dear Danielle Mercer,

Congratulations! Based on your application for Management and Program Analyst, GS-0343-13 (announcement BRBD-26-MP-0412), the selecting official would like to interview you.

Interviews will be held virtually over Microsoft Teams between {need(w1, 'Monday')}, {md(w1)} and {need(w2, 'Friday')}, {md(w2)}, 2026. To help us schedule, please complete the Interview Availability form below no later than 12:00 p.m. Eastern on {need(due, 'Tuesday')}, {md(due)}:

{form}

Interviews last approximately 60 minutes and are conducted by a panel of three. You will receive a confirmation with your interview date and time once the schedule is set. Please do not hold a specific time until then.

If none of the listed windows work for you, reply to this message and we will try to accommodate you.

Thank you,

{sig}
"""
    m1 = exch_msgid(cid + "m1")
    e1 = exchange_mail(cid + "m1", addr(*box), [addr(OWNER_NAME, OWNER)], subj, d1, m1, plain1,
                       sender=addr(*hr))
    owner_mid = f"<{sid(cid + 'owner', 20, '0123456789abcdef')}@mail.example.com>"
    plain2 = f"""Hi Danielle,

Thank you for completing the availability form. Your interview is confirmed:

Date: {long_date(start)}
Time: {hm(start, 'a.m.')} to {hm(end, 'a.m.')} Eastern Time
Location: Microsoft Teams (the panel chair will send the meeting link from her own calendar)
Panel: Colleen Varga (Deputy Director, Broadband Grants; panel chair), Devendra Raman (Supervisory Program Analyst), Aisha Grant (Grants Management Specialist)

A friendly reminder that Daylight Saving Time begins this {need(dst, 'Sunday')}, {md(dst)}, so please double-check the time on your calendar.

Please have a copy of your resume handy. The panel will ask a set of standardized questions, and you will have a few minutes at the end for your own questions.

Best regards,

{sig}

________________________________
{outlook_quote_header(OWNER_NAME, OWNER, d_owner, 'BRBD Staffing <' + box[1] + '>', 'Re: ' + subj)}

Good evening,

I just submitted the availability form. I'm most flexible on Tuesday, March 10 and Thursday, March 12 in the mornings. Thank you for the opportunity!

Danielle Mercer
{OWNER_CELL}

________________________________
{outlook_quote_header(box[0], box[1], d1, 'Danielle Mercer <' + OWNER + '>', subj)}

Dear Danielle Mercer,

Congratulations! Based on your application for Management and Program Analyst, GS-0343-13 (announcement BRBD-26-MP-0412), the selecting official would like to interview you.
[...]
"""
    need(start, "Tuesday")
    need(d_owner, "Monday")
    m2 = exch_msgid(cid + "m2")
    e2 = exchange_mail(cid + "m2", addr(*box), [addr(OWNER_NAME, OWNER)], "RE: " + subj, d2, m2, plain2,
                       sender=addr(*hr), in_reply_to=owner_mid, references=[m1, owner_mid])
    case(cid, {"01-brbd-interview-availability-form.eml": e1, "02-re-interview-confirmed.eml": e2},
         label([iv("Bureau of Rural Broadband Deployment", "Management and Program Analyst, GS-0343-13", start, end,
                   "scheduled", [], [hr[1]], "onsite")],
               "hard", "positive/availability-form-then-confirmed",
               "First mail is only an availability request (window Mar 9-13); the reply confirms Tuesday "
               "March 10, 10-11 a.m. Eastern. Confirmation sent Mar 5 (EST, -0500) but the interview falls after "
               "the Mar 8 DST change, so -04:00. Panel named without addresses -> no interviewer e-mails; "
               "follow-up goes to the HR specialist whose own address is in the signature (the From is a shared "
               "team mailbox, not a person)."))


def c03():
    cid = "b173-03-contractor-recruiter-screen-tomorrow"
    rec = ("Brandon Tsai", "brandon.tsai@tidewaterfed.example")
    d1 = at(2026, 3, 11, 9, 14, 55)
    d_owner = at(2026, 3, 11, 10, 31, 0)
    d2 = at(2026, 3, 11, 11, 2, 17)
    start = d2.replace(hour=14, minute=30, second=0) + timedelta(days=1)
    end = start + timedelta(minutes=30)
    need(start, "Thursday")
    sig = f"""{rec[0]} | Senior Technical Recruiter
Tidewater Federal Solutions
{rec[1]} | (757) 555-0164
Tidewater Federal Solutions is an Equal Opportunity Employer, including disability and protected veteran status."""
    subj = "Program Analyst (Active Secret) - DHS program office support - quick call?"
    plain1 = f"""Hi Danielle,

I came across your resume on a cleared-jobs board and wanted to reach out about a Program Analyst opening on our DHS program office support contract in Washington, DC (hybrid, 2-3 days a week onsite near Navy Yard). An active Secret clearance is required, and your federal PMO background looks like a strong fit.

Would you be open to a 30-minute phone screen? I have time tomorrow at 2:30 PM or Friday morning any time before 11.

Thanks,
Brandon

{sig}
"""
    m1 = exch_msgid(cid + "m1", pod="PH0PR19MB", nam="namprd19")
    e1 = exchange_mail(cid + "m1", addr(*rec), [addr(OWNER_NAME, OWNER)], subj, d1, m1, plain1, gov=False)
    owner_mid = f"<{sid(cid + 'owner', 20)}@mail.example.com>"
    plain2 = f"""Great, you're on my calendar for tomorrow (Thursday) at 2:30 PM Eastern. I'll call you at {OWNER_CELL}. Plan on about 30 minutes; we'll go over the role, your clearance details and your salary expectations.

If anything changes, just reply here.

Brandon

{sig}

________________________________
{outlook_quote_header(OWNER_NAME, OWNER, d_owner, rec[0] + ' <' + rec[1] + '>', 'Re: ' + subj)}

Hi Brandon,

Thanks for reaching out! Tomorrow at 2:30 works well for me. The best number to reach me is {OWNER_CELL}.

Best,
Danielle

________________________________
{outlook_quote_header(rec[0], rec[1], d1, 'Danielle Mercer <' + OWNER + '>', subj)}

Hi Danielle,

I came across your resume on a cleared-jobs board and wanted to reach out about a Program Analyst opening on our DHS program office support contract [...]
"""
    m2 = exch_msgid(cid + "m2", pod="PH0PR19MB", nam="namprd19")
    e2 = exchange_mail(cid + "m2", addr(*rec), [addr(OWNER_NAME, OWNER)], "RE: " + subj, d2, m2, plain2,
                       in_reply_to=owner_mid, references=[m1, owner_mid], gov=False)
    case(cid, {"01-tidewater-recruiter-outreach.eml": e1, "02-re-phone-screen-tomorrow.eml": e2},
         label([iv("Tidewater Federal Solutions", "Program Analyst", start, end, "scheduled",
                   [rec[1]], [rec[1]], "phone_screen")],
               "medium", "positive/relative-date-thread",
               "Body-only thread. The first mail only proposes options; the reply sent Wed Mar 11 confirms "
               "'tomorrow (Thursday) at 2:30 PM Eastern' -> Thu Mar 12 14:30 EDT, about 30 minutes. The recruiter "
               "does the screen, so he is the interviewer."))


def c04():
    cid = "b173-04-webex-hiring-manager-plus-gcal"
    hm_ = ("Theresa Kowalczyk", "theresa.kowalczyk@aldergrove-cg.example")
    start, end = at(2026, 3, 18, 11, 0), at(2026, 3, 18, 12, 0)
    need(start, "Wednesday")
    d1 = at(2026, 3, 16, 13, 21, 7)
    mtid = "m" + sid(cid + "mtid", 32)
    join = f"https://aldergrovecg.webex.com/aldergrovecg/j.php?MTID={mtid}"
    num = sid(cid + "num", 11, "0123456789")
    num_s = f"{num[:4]} {num[4:7]} {num[7:]}"
    pw = sid(cid + "pw", 8, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789")
    pwnum = sid(cid + "pwn", 8, "0123456789")
    title = "Aldergrove | Program Analyst interview - Danielle Mercer"
    host_msg = ("Danielle - looking forward to our conversation about the Senior Program Analyst (PMO) role on "
                "our HHS contract. Plan for about an hour; I'll walk through the program and leave time for your "
                "questions. - Theresa")
    plain = f"""Hello,

{hm_[0]} invites you to join this Webex meeting.

{title}
Hosted by {hm_[0]}

{long_date(start)} {hm(start)} | (UTC-04:00) Eastern Time (US & Canada) | 1 hr

Join meeting
{join}

More ways to join:

Join from the meeting link
{join}

Join by meeting number
Meeting number (access code): {num_s}
Meeting password: {pw} ({pwnum} when dialing from a phone or video system)

Tap to join from a mobile device (attendees only)
+1-408-555-0198,,{num}#{pwnum}# United States Toll

Join by phone
+1-408-555-0198 United States Toll
Global call-in numbers
https://aldergrovecg.webex.com/aldergrovecg/globalcallin.php?MTID={mtid}

Join by video system
Dial {num}@aldergrovecg.webex.com
You can also dial 173.243.2.68 and enter your meeting number.

Message from host:
{host_msg}

If you are a host, click here to view host information:
https://aldergrovecg.webex.com/aldergrovecg/j.php?MTID={mtid}&host=1

Need help? Go to https://help.webex.com
"""
    uid = f"{sid(cid + 'uid', 32, '0123456789ABCDEF')}@aldergrovecg.webex.com"
    desc = plain.replace("Hello,\n\n", "")
    cal = ics_text(["BEGIN:VCALENDAR", "PRODID:-//Cisco Systems Inc//Webex Meetings//EN", "VERSION:2.0",
                    "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{zstamp(d1)}",
                    f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"SUMMARY:{ical_escape(title)}",
                    f"ORGANIZER;CN={hm_[0]}:mailto:{hm_[1]}",
                    att(OWNER_NAME, OWNER), f"LOCATION:{join}",
                    f"DESCRIPTION:{ical_escape(desc)}", "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE",
                    "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
                    "END:VEVENT", "END:VCALENDAR"])
    b_out = "----=_Part_" + sid(cid + "b1", 7, "0123456789") + "_" + sid(cid + "b1n", 10, "0123456789") + "." + \
        sid(cid + "b1t", 13, "0123456789")
    b_in = "----=_Part_" + sid(cid + "b2", 7, "0123456789") + "_" + sid(cid + "b2n", 10, "0123456789") + "." + \
        sid(cid + "b2t", 13, "0123456789")
    a_ct, a_body = multipart("alternative", b_in, [
        leaf('text/plain; charset=UTF-8', plain, "7bit"),
        leaf('text/html; charset=UTF-8', plain_html(plain), "quoted-printable")], fold=False)
    ctype, body = multipart("mixed", b_out, [
        nested(a_ct, a_body),
        leaf('text/calendar; charset=UTF-8; method=REQUEST; name="WebexMeeting.ics"', cal, "base64",
             ['Content-Disposition: attachment; filename="WebexMeeting.ics"'])], fold=False)
    msgid = f"<{sid(cid + 'mid', 10, '0123456789')}.{sid(cid + 'mid2', 8, '0123456789')}.1773681667@mcc-sjc-mta-04.webex.com>"
    env = envelope(cid, d1, "mcc-sjc-mta-04.webex.com", "66.163.32.141", "bounces@webex.com", "webex.com")
    hdr = [f"From: {hm_[0]} <messenger@webex.com>", f"Reply-To: {hm_[1]}", f"To: {OWNER}",
           f"Subject: Webex meeting invitation: {title}", f"Date: {rfc_utc(d1)}", f"Message-ID: {msgid}",
           "X-Mailer: Webex Meetings Notification", "X-Webex-Meeting-Type: MC"]
    e1 = message(env + hdr, ctype, body)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{sid(cid + 'etag', 16, '0123456789')}\"",
        "id": sid(cid + "evid", 26, "0123456789abcdefghijklmnopqrstuv"),
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + b64id(cid + "eid", 42).rstrip("=").replace("+", "-").replace("/", "_"),
        "created": "2026-03-16T17:21:12.000Z",
        "updated": "2026-03-16T17:24:03.118Z",
        "summary": title,
        "description": desc,
        "location": join,
        "creator": {"email": hm_[1], "displayName": hm_[0]},
        "organizer": {"email": hm_[1], "displayName": hm_[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "America/New_York"},
        "end": {"dateTime": end.isoformat(), "timeZone": "America/New_York"},
        "iCalUID": uid,
        "sequence": 0,
        "attendees": [
            {"email": hm_[1], "displayName": hm_[0], "organizer": True, "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "guestsCanInviteOthers": False,
        "privateCopy": False,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    g = json.dumps(ev, indent=2, ensure_ascii=False) + "\n"
    case(cid, {"01-webex-meeting-invitation.eml": e1, "02-calendar-event.gcal.json": g},
         label([iv("Aldergrove Consulting Group", "Senior Program Analyst (PMO)", start, end, "scheduled",
                   [hm_[1]], [hm_[1]], "hiring_manager")],
               "medium", "positive/dedupe-webex-gcal",
               "Webex invitation (sent from messenger@webex.com with Reply-To the host) and the Google Calendar "
               "API copy of the same meeting: one interview with the hiring manager, Wed Mar 18 11:00-12:00 EDT."))


def c05():
    cid = "b173-05-mountain-time-outlook-colorado"
    rec = ("Kelsey Marchetti", "kelsey.marchetti@frontrangems.example")
    pm = ("Curtis Brandvold", "curtis.brandvold@frontrangems.example")
    start, end = at(2026, 3, 17, 9, 0, tz=MT), at(2026, 3, 17, 10, 0, tz=MT)
    need(start, "Tuesday")
    d1 = at(2026, 3, 11, 16, 48, 30, tz=MT)
    d2 = at(2026, 3, 12, 8, 3, 44, tz=MT)
    east = start.astimezone(ET)
    plain1 = f"""Hi Danielle,

Thanks for sending over your updated resume! Curtis Brandvold, the Program Manager for our Space Systems Command PMO support contract, would like to set up a video interview with you for the Program Analyst II position.

He's available {need(start, 'Tuesday')}, {md(start)} at {hm(start)} Mountain ({hm(east)} Eastern). Curtis is based here in Colorado Springs, so he'll send the Teams invite from his own calendar and it will show Mountain time. The conversation should run about an hour.

The position can be performed remotely from the DC area with travel to Colorado Springs about once a quarter, and it does require an active Secret clearance.

Let me know if that time doesn't work and I'll find another.

Kelsey Marchetti
Talent Acquisition Partner | Front Range Mission Systems
Colorado Springs, CO
{rec[1]} | 719-555-0123
"""
    m1 = exch_msgid(cid + "m1", pod="CY8PR11MB", nam="namprd11")
    e1 = exchange_mail(cid + "m1", addr(*rec), [addr(OWNER_NAME, OWNER)],
                       "Next step: interview with Curtis Brandvold - Program Analyst II", d1, m1, plain1, gov=False)
    url, tb = teams_block(cid, dial="+1 719-555-0150", city="United States, Colorado Springs")
    plain2 = f"""{when_line(start, end, 'Mountain Standard Time')}
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Hi Danielle - looking forward to talking with you about the Program Analyst II role and the SSC program office. Kelsey mentioned you're in Northern Virginia, so this will be mid-morning for me and lunchtime for you.

Curtis

{tb}
"""
    uid = outlook_uid(cid)
    subj = "Interview: Danielle Mercer - Program Analyst II (Front Range Mission Systems)"
    cal = outlook_cal("REQUEST", uid, 0, pm, [att(OWNER_NAME, OWNER)], subj, plain2, start, end,
                      "Microsoft Teams Meeting", d2, tzid="Mountain Standard Time", teams_url=url)
    m2 = exch_msgid(cid + "m2", pod="CY8PR11MB", nam="namprd11")
    e2 = exchange_invite(cid + "m2", addr(*pm), [addr(OWNER_NAME, OWNER)], subj, d2, m2, cal, plain2, gov=False)
    case(cid, {"01-recruiter-interview-next-step.eml": e1, "02-invitation-program-manager.eml": e2},
         label([iv("Front Range Mission Systems", "Program Analyst II", start, end, "scheduled",
                   [pm[1]], [pm[1]], "hiring_manager")],
               "hard", "positive/mountain-time-outlook",
               "Colorado Springs program manager sends an Outlook invite with TZID 'Mountain Standard Time' "
               "(display label UTC-07:00) for Tue Mar 17 9:00 AM; after the Mar 8 DST change that is -06:00 "
               "(11:00 AM Eastern, as the recruiter's mail says). Recruiter only coordinates."))


def c06():
    cid = "b173-06-outlook-reschedule-across-dst"
    rec = ("Jasmine Oyelaran", "jasmine.oyelaran@potomacridge.example")
    mgr = ("Neil Fairbanks", "neil.fairbanks@potomacridge.example")
    s0, e0 = at(2026, 3, 6, 13, 0), at(2026, 3, 6, 13, 45)
    s1, e1_ = at(2026, 3, 10, 13, 0), at(2026, 3, 10, 13, 45)
    need(s0, "Friday")
    need(s1, "Tuesday")
    d1 = at(2026, 3, 2, 10, 30, 9)
    d2 = at(2026, 3, 5, 16, 10, 52)
    url, tb = teams_block(cid, dial="+1 571-555-0139", city="United States, Arlington")
    subj = "Potomac Ridge Analytics - Interview with Neil Fairbanks - Program Analyst (Grants Management)"
    note0 = f"""Hi Danielle,

As discussed, here is the invite for your interview with Neil Fairbanks, Director of Federal Civilian Programs, for the Program Analyst (Grants Management) role. I'm sending it on Neil's behalf and won't be on the call.

Thanks,
Jasmine Oyelaran
Recruiting Manager, Potomac Ridge Analytics
{rec[1]}"""
    note1 = f"""Hi Danielle,

Neil had a client meeting land on Friday afternoon, so we've moved your interview to {long_date(s1)} at the same time ({hm(s1)} Eastern). Apologies for the shuffle! The Teams link is unchanged.

Thanks,
Jasmine Oyelaran
Recruiting Manager, Potomac Ridge Analytics
{rec[1]}"""
    uid = outlook_uid(cid)
    files = {}
    for i, (s, e, d, note, seq) in enumerate([(s0, e0, d1, note0, 0), (s1, e1_, d2, note1, 1)], 1):
        plain = f"""{when_line(s, e)}
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

{note}

{tb}
"""
        cal = outlook_cal("REQUEST", uid, seq, rec, [att(OWNER_NAME, OWNER), att(*mgr)], subj, plain, s, e,
                          "Microsoft Teams Meeting", d, teams_url=url)
        mid = exch_msgid(cid + f"m{i}", pod="MN2PR14MB", nam="namprd14")
        files[f"0{i}-{'invitation' if seq == 0 else 'updated-invitation'}-neil-fairbanks.eml"] = exchange_invite(
            cid + f"m{i}", addr(*rec), [addr(OWNER_NAME, OWNER), addr(*mgr)], subj, d, mid, cal, plain, gov=False)
    case(cid, files,
         label([iv("Potomac Ridge Analytics", "Program Analyst (Grants Management)", s1, e1_, "scheduled",
                   [mgr[1]], [mgr[1]], "hiring_manager")],
               "hard", "positive/reschedule-sequence-dst",
               "Outlook invite SEQUENCE 0 for Fri Mar 6 1:00 PM EST, then an update (same UID, SEQUENCE 1) "
               "moving it to Tue Mar 10 1:00 PM, which is after the DST change -> -04:00 even though the "
               "Windows label still says UTC-05:00. Recruiter sends the invite but is not on the call."))


def c07():
    cid = "b173-07-agency-panel-cancelled-announcement"
    hr = ("Darnell Pruitt", "darnell.pruitt@aelc.example")
    panel = [("Sofia Marchand", "sofia.marchand@aelc.example"), ("Tyrone Eberly", "tyrone.eberly@aelc.example"),
             ("Hannah Vu", "hannah.vu@aelc.example")]
    start, end = at(2026, 3, 25, 9, 30), at(2026, 3, 25, 10, 30)
    need(start, "Wednesday")
    d1 = at(2026, 3, 13, 11, 45, 2)
    d2 = at(2026, 3, 20, 15, 2, 38)
    url, tb = teams_block(cid)
    subj = "AELC Structured Interview - Program Analyst GS-0343-11/12 (AELC-26-MPP-2207) - Mercer"
    sig = f"""{hr[0]}
HR Specialist (Staffing)
Agency for Emergency Logistics Coordination
{hr[1]}"""
    body1 = f"""Ms. Mercer,

This invitation confirms your structured interview for Program Analyst, GS-0343-11/12, announcement AELC-26-MPP-2207 (Merit Promotion). Your panel will be {panel[0][0]} (chair), {panel[1][0]} and {panel[2][0]} from the Logistics Programs Division. HR staff will not participate in the interview.

Please test your Teams audio and video beforehand. Questions about the process can be sent to me at {hr[1]}.

{sig}"""
    body2 = f"""Ms. Mercer,

I regret to inform you that vacancy announcement AELC-26-MPP-2207 has been cancelled by the hiring office, and all interviews under it are cancelled, including yours scheduled for {need(start, 'Wednesday')}, {md(start)} at {hm(start, 'a.m.')} This is not a reflection on your qualifications. We encourage you to apply to future AELC announcements on USAJOBS.

{sig}"""
    uid = outlook_uid(cid)
    atts = [att(OWNER_NAME, OWNER)] + [att(*p) for p in panel]
    to = [addr(OWNER_NAME, OWNER)] + [addr(*p) for p in panel]
    files = {}
    for i, (method, d, body, subject) in enumerate([("REQUEST", d1, body1, subj), ("CANCEL", d2, body2, "Canceled: " + subj)], 1):
        plain = f"""{when_line(start, end)}
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

{body}

{tb}
"""
        cal = outlook_cal(method, uid, 0 if method == "REQUEST" else 1, hr, atts, subject, plain, start, end,
                          "Microsoft Teams Meeting", d, teams_url=url)
        mid = exch_msgid(cid + f"m{i}")
        files[f"0{i}-{'invitation' if i == 1 else 'canceled'}-structured-interview.eml"] = exchange_invite(
            cid + f"m{i}", addr(*hr), to, subject, d, mid, cal, plain, method=method)
    emails = [p[1] for p in panel]
    case(cid, files,
         label([iv("Agency for Emergency Logistics Coordination", "Program Analyst, GS-0343-11/12", start, end,
                   "cancelled", emails, emails, "onsite")],
               "medium", "positive/cancelled-agency",
               "Outlook/Teams panel invite, then METHOD:CANCEL because the vacancy announcement was cancelled. "
               "Kept as one cancelled interview at its last time, Wed Mar 25 9:30 EDT."))


def c08():
    cid = "b173-08-bookings-screen-then-client-panel"
    booking = ("Keystone Civic Talent Acquisition", "KeystoneCivicTalent@keystonecivic.example")
    rec = ("Owen Haldane", "owen.haldane@keystonecivic.example")
    pm = ("Valerie Osei", "valerie.osei@keystonecivic.example")
    dpm = ("Martin Kowal", "martin.kowal@keystonecivic.example")
    s1, e1_ = at(2026, 3, 23, 10, 0), at(2026, 3, 23, 10, 30)
    s2, e2_ = at(2026, 3, 26, 14, 0), at(2026, 3, 26, 15, 0)
    need(s1, "Monday")
    need(s2, "Thursday")
    d1 = at(2026, 3, 16, 19, 12, 40)
    d2 = at(2026, 3, 23, 11, 5, 3)
    d3 = at(2026, 3, 23, 13, 40, 27)
    manage = (f"https://outlook.office365.com/owa/calendar/{booking[1]}/bookings/s/"
              f"{sid(cid + 'bk', 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}")
    plain1 = f"""Hi Danielle Mercer,

Your booking is confirmed.

Recruiter Phone Screen - Program Analyst
{long_date(s1)}
{hm(s1)} - {hm(e1_)} (UTC-05:00) Eastern Time (US & Canada)

Staff: {rec[0]}
Location: Phone call. We will call you at 5715550142.

Notes from you: Program Analyst (FNS Program Support), req 2026-0147

Add to calendar: open the attached invitation.

Need to make changes? Reschedule or cancel your booking: {manage}

Keystone Civic Technologies
Talent Acquisition
"""
    uid = sid(cid + "uid", 32, "0123456789ABCDEF")
    cal1 = outlook_cal("REQUEST", uid, 0, booking,
                       [att(OWNER_NAME, OWNER), att(rec[0], rec[1], partstat="ACCEPTED", rsvp="FALSE")],
                       "Recruiter Phone Screen - Program Analyst", plain1, s1, e1_, "Phone call", d1)
    b_out = "_004_" + sid(cid + "bo", 30, "0123456789ABCDEF") + "_"
    b_in = "_000_" + sid(cid + "bo", 30, "0123456789ABCDEF") + "_"
    a_ct, a_body = multipart("alternative", b_in, [
        leaf('text/plain; charset="utf-8"', plain1),
        leaf('text/html; charset="utf-8"', plain_html(plain1, "Segoe UI, Helvetica, Arial, sans-serif"))])
    ctype, body = multipart("mixed", b_out, [
        nested(a_ct, a_body),
        leaf('text/calendar; charset="utf-8"; method=REQUEST; name="invite.ics"', cal1, "base64",
             ['Content-Description: invite.ics', 'Content-Disposition: attachment; filename="invite.ics"'])])
    m1 = exch_msgid(cid + "m1", pod="BY5PR12MB", nam="namprd12")
    env = envelope(cid + "m1", d1, "NAM12-BY5-obe.outbound.protection.outlook.com", "40.107.94.77",
                   booking[1], "keystonecivic.example")
    hdr = exchange_headers(cid + "m1", addr(*booking), [addr(OWNER_NAME, OWNER)],
                           "Booking confirmed: Recruiter Phone Screen - Program Analyst", d1, m1, has_attach=True)
    hdr.append("X-MS-Exchange-Organization-BookingsAppointment: True")
    e1 = message(env + hdr, ctype, body)

    subj2 = "Next step - panel interview Thursday (Program Analyst, FNS Program Support)"
    plain2 = f"""Hi Danielle,

Thanks for the great conversation this morning. I shared my notes with the program team and they'd like to move you forward to a panel interview.

{pm[0]} (Program Manager) and {dpm[0]} (Deputy Program Manager) will interview you this {need(s2, 'Thursday')}, {md(s2)}, from {hm(s2)[:-3]} to {hm(e2_)} Eastern on Teams. Valerie will send the invite from her calendar shortly. I'm copied on it so I can keep an eye on the schedule, but I won't be joining.

Expect a mix of situational questions and a short discussion of how you'd put together a monthly program status report for the client.

Best,
Owen

{rec[0]}
Recruiter, Federal Civilian
Keystone Civic Technologies
{rec[1]} | 571-555-0108
"""
    m2 = exch_msgid(cid + "m2", pod="BY5PR12MB", nam="namprd12")
    e2 = exchange_mail(cid + "m2", addr(*rec), [addr(OWNER_NAME, OWNER)], subj2, d2, m2, plain2, gov=False)
    url, tb = teams_block(cid, dial="+1 571-555-0176", city="United States, Reston")
    subj3 = "Panel Interview: Danielle Mercer - Program Analyst (FNS Program Support)"
    plain3 = f"""{when_line(s2, e2_)}
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Danielle, Martin and I are looking forward to meeting you. Owen is copied for visibility only.

Valerie Osei
Program Manager, FNS Program Support
Keystone Civic Technologies

{tb}
"""
    uid3 = outlook_uid(cid + "panel")
    cal3 = outlook_cal("REQUEST", uid3, 0, pm,
                       [att(OWNER_NAME, OWNER), att(*dpm), att(rec[0], rec[1], role="OPT-PARTICIPANT")],
                       subj3, plain3, s2, e2_, "Microsoft Teams Meeting", d3, teams_url=url)
    m3 = exch_msgid(cid + "m3", pod="BY5PR12MB", nam="namprd12")
    e3 = exchange_invite(cid + "m3", addr(*pm), [addr(OWNER_NAME, OWNER), addr(*dpm)], subj3, d3, m3, cal3, plain3,
                         cc=[addr(*rec)], gov=False)
    panel = [pm[1], dpm[1]]
    case(cid, {"01-bookings-confirmation-phone-screen.eml": e1, "02-recruiter-next-step-panel.eml": e2,
               "03-invitation-panel-interview.eml": e3},
         label([iv("Keystone Civic Technologies", "Program Analyst (FNS Program Support)", s1, e1_, "scheduled",
                   [rec[1]], [rec[1]], "phone_screen"),
                iv("Keystone Civic Technologies", "Program Analyst (FNS Program Support)", s2, e2_, "scheduled",
                   panel, panel, "onsite")],
               "hard", "positive/two-interviews-bookings-teams",
               "Two interviews: a Microsoft Bookings phone screen (booking mailbox organizer, recruiter as staff "
               "attendee) Mon Mar 23 10:00-10:30 EDT, then a two-person panel Thu Mar 26 2-3 PM EDT. The recruiter "
               "is only an optional attendee on the panel invite and says he won't join."))


def c09():
    cid = "b173-09-arlington-onsite-two-invites"
    co = ("Brianne Costello", "brianne.costello@cardinalpointfed.example")
    a = ("Howard Ngata", "howard.ngata@cardinalpointfed.example")
    b = ("Lucia Ferrante", "lucia.ferrante@cardinalpointfed.example")
    c = ("Vernon Ashby", "vernon.ashby@cardinalpointfed.example")
    day = at(2026, 4, 7)
    need(day, "Tuesday")
    s1, e1_ = at(2026, 4, 7, 9, 30), at(2026, 4, 7, 10, 30)
    s2, e2_ = at(2026, 4, 7, 10, 45), at(2026, 4, 7, 11, 30)
    d1 = at(2026, 4, 1, 15, 20, 11)
    where = "Cardinal Point Federal, 2250 Crystal Drive, Suite 1200, Arlington, VA 22202"
    sig = f"""{co[0]}
Recruiting Coordinator | Cardinal Point Federal
{co[1]} | 703-555-0119"""
    plain1 = f"""Hi Danielle,

We're excited to host you at our Crystal City office next {need(day, 'Tuesday')}, {md(day)}! Here is your itinerary:

9:15 AM          Arrive and check in at the 12th floor front desk (bring a government-issued photo ID for your visitor badge)
9:30 - 10:30 AM  Panel interview: {a[0]} (Director, Transportation Programs) and {b[0]} (Senior Program Manager)
10:30 - 10:45 AM Break
10:45 - 11:30 AM Conversation with {c[0]} (Vice President, Federal Civilian)
11:30 AM         Wrap-up; I'll walk you out and validate your parking

Address: {where}
The office is a short walk from the Crystal City Metro station; visitor parking is in the P1 garage off 23rd Street.

You'll receive two calendar holds, one per session, so that each interviewer's calendar stays accurate. Business casual is fine.

{sig}
"""
    m1 = exch_msgid(cid + "m1", pod="DM8PR09MB", nam="namprd09")
    e1 = exchange_mail(cid + "m1", addr(*co), [addr(OWNER_NAME, OWNER)],
                       f"Onsite interview itinerary - {long_date(day)} - Program Analyst (Public Trust)", d1, m1,
                       plain1, gov=False)
    files = {"01-onsite-itinerary.eml": e1}
    sessions = [(s1, e1_, [a, b], "Panel Interview (Howard Ngata, Lucia Ferrante)", at(2026, 4, 1, 15, 24, 50)),
                (s2, e2_, [c], "Interview with Vernon Ashby", at(2026, 4, 1, 15, 26, 5))]
    for i, (s, e, people, title, d) in enumerate(sessions, 2):
        subj = f"Danielle Mercer - Onsite - {title}"
        plain = f"""{when_line(s, e)}
Where: {where}

*~*~*~*~*~*~*~*~*~*

Onsite interview for Danielle Mercer, Program Analyst (Public Trust). Session {i - 1} of 2; the full itinerary was sent separately. In person at our Crystal City office, 12th floor.

{sig}
"""
        uid = outlook_uid(cid + f"s{i}")
        cal = outlook_cal("REQUEST", uid, 0, co, [att(OWNER_NAME, OWNER)] + [att(*p) for p in people], subj, plain,
                          s, e, where, d)
        mid = exch_msgid(cid + f"m{i}", pod="DM8PR09MB", nam="namprd09")
        files[f"0{i}-invitation-session-{i - 1}.eml"] = exchange_invite(
            cid + f"m{i}", addr(*co), [addr(OWNER_NAME, OWNER)] + [addr(*p) for p in people], subj, d, mid, cal,
            plain, gov=False)
    people = [a[1], b[1], c[1]]
    case(cid, files,
         label([iv("Cardinal Point Federal", "Program Analyst (Public Trust)", s1, e2_, "scheduled", people, people,
                   "onsite")],
               "medium", "positive/onsite-loop-multiple-invites",
               "In-person onsite in Arlington on Tue Apr 7: itinerary e-mail plus one invite per session "
               "(9:30-10:30 panel, 10:45-11:30 VP). Same-day loop = one onsite 9:30-11:30 EDT with all three "
               "interviewers; the coordinator only schedules."))


def c10():
    cid = "b173-10-shutdown-cancel-then-rebooked"
    so = ("Patrice Odom", "patrice.odom@msra.example")
    hr = ("Lena Brightwater", "lena.brightwater@msra.example")
    s1, e1_ = at(2026, 2, 12, 13, 0), at(2026, 2, 12, 14, 0)
    s2, e2_ = at(2026, 3, 11, 13, 0), at(2026, 3, 11, 14, 0)
    need(s1, "Thursday")
    need(s2, "Wednesday")
    d1 = at(2026, 2, 3, 9, 40, 18)
    d2 = at(2026, 2, 11, 16, 55, 42)
    d3 = at(2026, 3, 2, 10, 5, 9)
    sig = f"""{so[0]}
Chief, Research Program Management Branch
Maritime Safety Research Administration
{so[1]} | 202-555-0148"""
    subj = "MSRA Interview - Program Analyst (GS-0343-12) - D. Mercer"
    uid1, uid2 = outlook_uid(cid + "a"), outlook_uid(cid + "b")
    url1, tb1 = teams_block(cid + "a")
    url2, tb2 = teams_block(cid + "b")
    body1 = f"""Ms. Mercer,

Thank you for accepting our invitation to interview for the Program Analyst (GS-0343-12) position, announcement MSRA-26-DE-0305. I am the selecting official and will conduct this interview myself; plan on a 60-minute conversation about your program management and analysis experience.

{sig}"""
    body2 = f"""Ms. Mercer,

Due to the lapse in appropriations, MSRA is suspending all hiring actions effective tomorrow, and I have to cancel our interview on {need(s1, 'Thursday')}, {md(s1)}. {hr[0]} in our HR office ({hr[1]}) will contact you about rescheduling once normal operations resume. My apologies for the short notice.

{sig}"""
    body3 = f"""Ms. Mercer,

Now that MSRA has resumed normal operations, I'd like to pick our conversation back up. This is a new invitation; the February meeting was cancelled. Same format as before: 60 minutes on Teams with me.

{sig}"""
    files = {}
    items = [("REQUEST", uid1, 0, s1, e1_, d1, body1, subj, url1, tb1, "01-invitation-feb12.eml"),
             ("CANCEL", uid1, 1, s1, e1_, d2, body2, "Canceled: " + subj, url1, tb1, "02-canceled-lapse-in-appropriations.eml"),
             ("REQUEST", uid2, 0, s2, e2_, d3, body3, "MSRA Interview (rescheduled) - Program Analyst (GS-0343-12) - D. Mercer",
              url2, tb2, "03-new-invitation-mar11.eml")]
    for i, (method, uid, seq, s, e, d, body, subject, url, tb, fn) in enumerate(items, 1):
        plain = f"""{when_line(s, e)}
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

{body}

{tb}
"""
        cal = outlook_cal(method, uid, seq, so, [att(OWNER_NAME, OWNER)], subject, plain, s, e,
                          "Microsoft Teams Meeting", d, teams_url=url)
        mid = exch_msgid(cid + f"m{i}")
        files[fn] = exchange_invite(cid + f"m{i}", addr(*so), [addr(OWNER_NAME, OWNER)], subject, d, mid, cal,
                                    plain, method=method)
    co, role = "Maritime Safety Research Administration", "Program Analyst (GS-0343-12)"
    case(cid, files,
         label([iv(co, role, s1, e1_, "cancelled", [so[1]], [so[1]], "hiring_manager"),
                iv(co, role, s2, e2_, "scheduled", [so[1]], [so[1]], "hiring_manager")],
               "hard", "positive/cancel-then-rebook",
               "Selecting official's invite for Thu Feb 12 1 PM EST is cancelled (METHOD:CANCEL, lapse in "
               "appropriations); weeks later a NEW invitation with a different UID books Wed Mar 11 1 PM, after "
               "DST (-04:00). Two entries: one cancelled, one scheduled."))


def c11():
    cid = "b173-11-staffing-portal-interview-scheduled"
    portal = ("Halyard Staffing", "notifications@portal.halyardstaffing.example")
    rec = ("Marisol Vance", "mvance@halyardstaffing.example")
    start, end = at(2026, 4, 13, 13, 30), at(2026, 4, 13, 14, 15)
    need(start, "Monday")
    d1 = at(2026, 4, 9, 12, 31, 7)
    d2 = at(2026, 4, 9, 14, 2, 45)
    link = "https://portal.halyardstaffing.example/candidate/interviews/48213-2"
    plain1 = f"""Hi Danielle,

Good news! Your interview for the position below has been scheduled.

Position: Program Analyst III (Secret)
Client: Greybridge Systems
Job #: HS-48213
Location: Chantilly, VA (hybrid)

Interview type: Phone interview with the client hiring manager
Date: {long_date(start)}
Time: {hm(start)} - {hm(end)} EDT
The hiring manager will call you at the phone number on your profile (ending in 0142).

Your recruiter
{rec[0]}
{rec[1]} | (703) 555-0187

A calendar file is attached for your convenience. Please do not reply to this automated message; contact your recruiter with any questions.

View this interview in the candidate portal: {link}

Halyard Staffing | 8000 Towers Crescent Drive, Suite 1350, Vienna, VA 22182
You are receiving this email because you have an active profile on the Halyard Staffing candidate portal.
Manage notifications: https://portal.halyardstaffing.example/candidate/settings
"""
    cal = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Halyard Staffing//Candidate Portal 4.12//EN",
                    "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "BEGIN:VEVENT",
                    f"UID:interview-48213-2-{sid(cid + 'u', 12)}@portal.halyardstaffing.example",
                    f"DTSTAMP:{zstamp(d1)}", f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}",
                    "SUMMARY:Interview: Program Analyst III (Secret) - Greybridge Systems",
                    "DESCRIPTION:" + ical_escape(
                        "Phone interview with the client hiring manager (Greybridge Systems). The hiring manager "
                        f"will call you. Questions? Contact your recruiter {rec[0]}\n{rec[1]} | (703) 555-0187\n{link}"),
                    "LOCATION:Phone", f"ORGANIZER;CN={portal[0]}:mailto:{portal[1]}",
                    f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED:mailto:{OWNER}",
                    "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    b_out = "b1_" + sid(cid + "bo", 32, "0123456789abcdef")
    b_in = "b2_" + sid(cid + "bi", 32, "0123456789abcdef")
    a_ct, a_body = multipart("alternative", b_in, [
        leaf("text/plain; charset=utf-8", plain1, "quoted-printable"),
        leaf("text/html; charset=utf-8", plain_html(plain1), "base64")], fold=False)
    ctype, body = multipart("mixed", b_out, [
        nested(a_ct, a_body),
        leaf('text/calendar; charset=utf-8; name="interview.ics"', cal, "base64",
             ['Content-Disposition: attachment; filename="interview.ics"'])], fold=False)
    env = envelope(cid + "1", d1, "o7.ptr4471.portal.halyardstaffing.example", "149.72.134.15",
                   f"bounces+1184220-7c1e-{OWNER.replace('@', '=')}@em2291.portal.halyardstaffing.example",
                   "portal.halyardstaffing.example")
    hdr = [f"From: {portal[0]} <{portal[1]}>", f"To: {OWNER}",
           "Subject: Interview Scheduled: Program Analyst III (Secret) - Job #HS-48213",
           f"Date: {rfc_utc(d1)}",
           f"Message-ID: <{sid(cid + 'mid', 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}@geopod-ismtpd-3>",
           "X-SG-EID: " + b64id(cid + "sg", 60),
           "List-Unsubscribe: <https://portal.halyardstaffing.example/candidate/settings>"]
    e1 = message(env + hdr, ctype, body)
    plain2 = f"""Hi Danielle,

You should have gotten the portal notification - congrats! Your call on Monday at 1:30 is with Walt Brennan, the Task Order Manager on the program office task order. He'll call you directly, so keep your phone nearby a few minutes early.

Walt likes to ask about schedule and cost tracking (EVM), briefing senior leaders, and how you handle competing deadlines. Keep your answers concrete and tie them to your NWIA work.

Give me a call afterwards if you can, or just email me here.

Marisol

{rec[0]}
Senior Recruiter | Halyard Staffing
{rec[1]} | (703) 555-0187
"""
    m2 = exch_msgid(cid + "m2", pod="IA1PR20MB", nam="namprd20")
    e2 = exchange_mail(cid + "m2", addr(*rec), [addr(OWNER_NAME, OWNER)],
                       "Greybridge interview Monday - a few tips", d2, m2, plain2, gov=False)
    case(cid, {"01-portal-interview-scheduled.eml": e1, "02-recruiter-tips.eml": e2},
         label([iv("Greybridge Systems", "Program Analyst III (Secret)", start, end, "scheduled", [], [rec[1]],
                   "hiring_manager")],
               "medium", "positive/staffing-portal-notification",
               "Staffing-portal notification (no-reply sender, .ics in UTC) plus a personal note from the "
               "recruiter for the same call, Mon Apr 13 1:30-2:15 PM EDT. The interviewer (the client's task order "
               "manager) has no address in the case, so follow-up goes to the staffing recruiter. Company = the "
               "client that interviews (Greybridge Systems), reached through Halyard Staffing."))


def c12():
    cid = "b173-12-standalone-ics-panel-eastern-april"
    hr = ("Nicole Ferris", "nicole.ferris@ovwp.example")
    panel = [("Bernard Achebe", "bernard.achebe@ovwp.example"), ("Lorraine Whitcomb", "lorraine.whitcomb@ovwp.example"),
             ("Felipe Arroyo", "felipe.arroyo@ovwp.example")]
    start, end = at(2026, 4, 2, 14, 0), at(2026, 4, 2, 15, 0)
    need(start, "Thursday")
    stamp = at(2026, 3, 24, 10, 17, 33)
    url, tb = teams_block(cid)
    desc = f"""{when_line(start, end)}
Where: Microsoft Teams Meeting

*~*~*~*~*~*~*~*~*~*

Structured interview - Management and Program Analyst, GS-0343-12/13, announcement OVWP-26-DH-3391 (Direct Hire)

Candidate: Danielle Mercer
Panel: {panel[0][0]} (chair), {panel[1][0]}, {panel[2][0]}

{hr[0]} (HR) will open the meeting, read the interview instructions and then leave; the panel conducts the interview. Please allow the full hour.

{tb}
"""
    cal = outlook_cal("PUBLISH", outlook_uid(cid), 0, hr,
                      [att(OWNER_NAME, OWNER, partstat="ACCEPTED")] + [att(*p) for p in panel],
                      "OVWP Structured Interview - Mgmt & Program Analyst 12/13 - Mercer", desc, start, end,
                      "Microsoft Teams Meeting", stamp, teams_url=url, prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                      busy="BUSY")
    emails = [p[1] for p in panel]
    case(cid, {"01-ovwp-structured-interview.ics": cal},
         label([iv("Office of Veterans Workforce Programs", "Management and Program Analyst, GS-0343-12/13", start, end,
                   "scheduled", emails, emails, "onsite")],
               "medium", "positive/standalone-ics-windows-tzid",
               "Standalone Outlook .ics (Windows TZID 'Eastern Standard Time', label UTC-05:00) for Thu Apr 2 "
               "2:00 PM -> -04:00 in April. Three-member panel conducts it; the HR organizer opens the call and "
               "leaves."))


def c13():
    cid = "b173-13-thread-propose-confirm-qp"
    mgr = ("Adele Whitford", "adele.whitford@wrenlowell.example")
    o1, o2, o3 = at(2026, 3, 11, 10, 0), at(2026, 3, 12, 15, 0), at(2026, 3, 13, 9, 30)
    start, end = o2, o2 + timedelta(minutes=45)
    d1 = at(2026, 3, 6, 11, 20, 41)
    d_owner = at(2026, 3, 6, 18, 41, 0)
    d2 = at(2026, 3, 7, 9, 5, 26)
    need(d_owner, "Friday")
    need(d2, "Saturday")
    sig = f"""--
Adele Whitford
Principal | Wren & Lowell Associates
Transportation & Infrastructure Practice
{mgr[1]} | 202-555-0182"""
    subj = "Program Analyst - DOT program support"
    plain1 = f"""Hi Danielle,

Thanks for applying for the Program Analyst role on our DOT program support team \u2014 I read your resume and I\u2019d love to talk. Could we find 45 minutes next week? I could do:

- Wed 3/11 at 10:00
- Thu 3/12 at 3:00
- Fri 3/13 at 9:30

(all Eastern). It would be a conversation with me; I\u2019m the hiring manager for the team.

Best,
Adele

{sig}
"""
    need(o1, "Wednesday"), need(o2, "Thursday"), need(o3, "Friday")
    quote_owner = f"""Hi Adele,

Thank you! Thursday 3/12 at 3:00 works best for me. My cell is {OWNER_CELL}.

Best regards,
Danielle"""
    plain2 = f"""Thursday at 3 it is \u2014 I\u2019ll call your cell at {OWNER_CELL}. Plan on about 45 minutes. Looking forward to it!

Adele

{sig}

On Fri, Mar 6, 2026 at 6:41\u202fPM Danielle Mercer <{OWNER}> wrote:
""" + "\n".join("> " + x if x else ">" for x in quote_owner.split("\n")) + f"""
>
> On Fri, Mar 6, 2026 at 11:20\u202fAM Adele Whitford <{mgr[1]}> wrote:
""" + "\n".join(">> " + x if x else ">>" for x in plain1.rstrip("\n").split("\n")) + "\n"

    def gmail(seedx, date, subject, plain, irt=None, refs=None):
        bnd = "000000000000" + sid(seedx + "b", 12, "0123456789abcdef")
        body_html = '<div dir="ltr">' + html_lines(plain).replace("\n", "<br>\n") + "</div>\n"
        ctype, body = multipart("alternative", bnd, [
            leaf('text/plain; charset="UTF-8"', plain),
            leaf('text/html; charset="UTF-8"', body_html)], fold=False)
        mid = f"<CA+{sid(seedx + 'm', 40, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}@mail.gmail.com>"
        env = envelope(seedx, date, "mail-sor-f41.google.com", "209.85.220.41", mgr[1], "wrenlowell.example")
        hdr = [f"From: {mgr[0]} <{mgr[1]}>", f"Date: {rfc(date)}", f"Message-ID: {mid}"]
        if irt:
            hdr += [f"In-Reply-To: {irt}", "References: " + " ".join(refs)]
        hdr += [f"Subject: {subject}", f"To: {OWNER_NAME} <{OWNER}>",
                "X-Gm-Message-State: " + b64id(seedx + "gm", 45)]
        return mid, message(env + hdr, ctype, body)

    mid1, e1 = gmail(cid + "1", d1, subj, plain1)
    owner_mid = f"<{sid(cid + 'owner', 20)}@mail.example.com>"
    _, e2 = gmail(cid + "2", d2, "Re: " + subj, plain2, owner_mid, [mid1, owner_mid])
    case(cid, {"01-three-time-options.eml": e1, "02-re-thursday-confirmed.eml": e2},
         label([iv("Wren & Lowell Associates", "Program Analyst", start, end, "scheduled", [mgr[1]], [mgr[1]],
                   "hiring_manager")],
               "hard", "positive/thread-propose-confirm-dst",
               "Hiring manager proposes three slots (mail of Fri Mar 6, -0500); the candidate's pick is only "
               "quoted; the Saturday reply confirms 'Thursday at 3', i.e. Thu Mar 12 3:00 PM Eastern, which is "
               "after the DST change -> -04:00, about 45 minutes. Quoted-printable bodies with curly quotes."))


# ==============================================================================================
# NEGATIVE CASES (look-alikes)
# ==============================================================================================
def c14():
    cid = "b173-14-background-investigation-subject-interview"
    inv = ("Jerome Castellano", "jerome.castellano@ridgeline-inv.example")
    start, end = at(2026, 4, 8, 10, 0), at(2026, 4, 8, 11, 30)
    need(start, "Wednesday")
    certified = at(2026, 3, 30)
    d1 = at(2026, 4, 2, 10, 18, 27)
    d2 = at(2026, 4, 2, 10, 26, 3)
    where = "Tysons-Pimmit Regional Library, study room 2, 7584 Leesburg Pike, Falls Church, VA"
    sig = f"""{inv[0]}
Background Investigator (ID #7731)
Ridgeline Investigations, Inc. | Contractor to DCSA
{inv[1]} | (703) 555-0175"""
    plain1 = f"""Ms. Mercer,

My name is Jerome Castellano. I am a background investigator with Ridgeline Investigations, Inc., working under contract to the Defense Counterintelligence and Security Agency (DCSA). I have been assigned the investigation associated with the SF-86 you certified on {need(certified, 'Monday')}, {md(certified)} for your sponsoring employer, Aldergrove Consulting Group.

Part of the investigation is a personal subject interview. During it I will go over your SF-86 with you section by section, confirm your residences, employment, references and foreign contacts, and ask follow-up questions. The subject interview is not a job interview and does not replace any step of the employer's hiring process; it is part of the security clearance investigation.

I have you scheduled for:

{long_date(start)}, {hm(start, 'a.m.')} - {hm(end, 'a.m.')}
{where}

Please bring a government-issued photo ID, your passport if you have one, a copy of your SF-86, and any documents related to items you listed (for example court records or financial statements). I will send a calendar invitation for your records. If you need to reschedule, call or e-mail me as soon as possible.

{sig}
"""
    m1 = exch_msgid(cid + "m1", pod="SJ0PR17MB", nam="namprd17")
    e1 = exchange_mail(cid + "m1", addr(*inv), [addr(OWNER_NAME, OWNER)],
                       "Background Investigation - Subject Interview Scheduling - MERCER, Danielle", d1, m1, plain1,
                       gov=False)
    subj = "Subject Interview (BI) - MERCER, Danielle"
    plain2 = f"""{when_line(start, end)}
Where: {where}

*~*~*~*~*~*~*~*~*~*

Personal subject interview for your background investigation (SF-86). Bring photo ID and supporting documents as described in my e-mail.

{sig}
"""
    cal = outlook_cal("REQUEST", outlook_uid(cid), 0, inv, [att(OWNER_NAME, OWNER)], subj, plain2, start, end,
                      where, d2)
    m2 = exch_msgid(cid + "m2", pod="SJ0PR17MB", nam="namprd17")
    e2 = exchange_invite(cid + "m2", addr(*inv), [addr(OWNER_NAME, OWNER)], subj, d2, m2, cal, plain2, gov=False)
    case(cid, {"01-investigator-scheduling.eml": e1, "02-invitation-subject-interview.eml": e2},
         label([], "hard", "negative/background-investigation",
               "Security-clearance subject interview with a DCSA contract investigator (Outlook invite titled "
               "'Subject Interview'). Not a conversation in a hiring process where the owner is a job candidate: "
               "a non-job interview, like visa or admissions interviews."))


def c15():
    cid = "b173-15-informational-interview-owner-organized"
    pm = ("Simone Achterberg", "simone.achterberg@necd.example")
    start, end = at(2026, 3, 24, 12, 0), at(2026, 3, 24, 12, 30)
    need(start, "Tuesday")
    d_owner = at(2026, 3, 16, 19, 52, 0)
    d1 = at(2026, 3, 17, 9, 26, 14)
    d2 = at(2026, 3, 18, 8, 12, 50)
    subj = "Informational interview request - program evaluation at NECD"
    plain1 = f"""Hi Danielle,

Happy to help! An informational interview sounds great. Just so expectations are clear, we don't have any open analyst positions right now and I'm not involved in hiring for other offices, but I'm glad to talk about what our evaluation office does and how people have moved into it.

{need(start, 'Tuesday')}, {md(start)} at noon works for me. Feel free to send an invite for 30 minutes and I'll call in from my desk (or we can do Teams, your choice).

Best,
Simone

{pm[0]}
Program Manager, Office of Evaluation and Learning
National Endowment for Civic Data
{pm[1]}

________________________________
{outlook_quote_header(OWNER_NAME, OWNER, d_owner, pm[0] + ' <' + pm[1] + '>', subj)}

Dear Ms. Achterberg,

We met briefly at the PMI Washington DC Chapter evening on performance measurement last month. I'm a program analyst at the National Waterways Infrastructure Administration and I'm exploring a move into program evaluation. Would you have 20-30 minutes for an informational interview in the next couple of weeks? I'm not applying for a specific position; I'd just like to learn about your path and the work your office does.

Thank you,
Danielle Mercer
{OWNER_CELL}
"""
    owner_mid = f"<{sid(cid + 'owner', 20)}@mail.example.com>"
    m1 = exch_msgid(cid + "m1")
    e1 = exchange_mail(cid + "m1", addr(*pm), [addr(OWNER_NAME, OWNER)], "RE: " + subj, d1, m1, plain1,
                       in_reply_to=owner_mid, references=[owner_mid])
    title = "Informational interview - Danielle Mercer / Simone Achterberg"
    cal = outlook_cal("REPLY", f"{sid(cid + 'gid', 26, '0123456789abcdefghijklmnopqrstuv')}@google.com", 0,
                      (OWNER_NAME, OWNER),
                      [att(pm[0], pm[1], partstat="ACCEPTED", rsvp="FALSE")], "Accepted: " + title, None, start, end,
                      "Phone (Danielle will call)", d2, alarm=False, busy="BUSY")
    plain2 = ""
    m2 = exch_msgid(cid + "m2")
    boundary = f"_000_{m2[1:m2.index('@')]}_"
    ctype, body = multipart("alternative", boundary, [
        leaf('text/plain; charset="us-ascii"', plain2 + "\n", "7bit"),
        leaf('text/html; charset="us-ascii"', "<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=us-ascii\">\n</head>\n<body>\n</body>\n</html>\n", "7bit"),
        leaf('text/calendar; charset="utf-8"; method=REPLY', cal, "base64")])
    env = envelope(cid + "m2", d2, "GCC02-DM3-obe.outbound.protection.outlook.com", "40.107.220.77", pm[1],
                   "necd.example")
    hdr = exchange_headers(cid + "m2", addr(*pm), [addr(OWNER_NAME, OWNER)], "Accepted: " + title, d2, m2,
                           calendar=True)
    e2 = message(env + hdr, ctype, body)
    case(cid, {"01-re-informational-interview-request.eml": e1, "02-accepted-informational-interview.eml": e2},
         label([], "hard", "negative/informational-interview",
               "The owner asked an agency program manager for an informational interview (no open position, "
               "'not applying for a specific position') and organised the meeting herself; the contact's "
               "Outlook 'Accepted:' reply (METHOD:REPLY) carries Tue Mar 24 noon. Networking, not a hiring "
               "process step."))


def usajobs_mail(seed, date, agency, position, ann, grade, status, meaning):
    plain = f"""Application status update

Danielle Mercer,

The status of one of your applications has been updated by the hiring agency.

Position: {position}
Agency: {agency}
Announcement number: {ann}
Series/Grade: {grade}
Current status: {status}

What does "{status}" mean?
{meaning}

You can track this and your other applications by signing in to USAJOBS:
https://www.usajobs.gov/applicant/applications/

Please do not reply to this email. This mailbox is not monitored. If you have questions about this job, contact the agency using the contact information in the job announcement.

USAJOBS
Washington, DC
"""
    b = "----=_Part_" + sid(seed + "b", 6, "0123456789") + "_" + sid(seed + "b2", 9, "0123456789") + "." + \
        sid(seed + "b3", 13, "0123456789")
    ctype, body = multipart("alternative", b, [
        leaf("text/plain; charset=UTF-8", plain, "7bit"),
        leaf("text/html; charset=UTF-8", plain_html(plain, "Source Sans Pro, Helvetica, Arial, sans-serif"),
             "base64")], fold=False)
    env = envelope(seed, date, "a48-112.smtp-out.amazonses.com", "54.240.48.112",
                   f"0100019{sid(seed + 'rp', 13)}-{uuidish(seed + 'rp2')}-000000@amazonses.com", "usajobs.gov")
    hdr = ["From: USAJOBS <no-reply@usajobs.gov>", f"To: {OWNER}", "Subject: USAJOBS - Application Status Update",
           f"Date: {rfc_utc(date)}",
           f"Message-ID: <0100019{sid(seed + 'mid', 13)}-{uuidish(seed + 'mid2')}-000000@email.amazonses.com>",
           "Feedback-ID: 1.us-east-1.usajobs:AmazonSES"]
    return message(env + hdr, ctype, body)


def c16():
    cid = "b173-16-usajobs-referred-status"
    d1 = at(2026, 3, 23, 6, 14, 52)
    e1 = usajobs_mail(cid, d1, "U.S. Inland Ports Authority", "Program Analyst", "USIPA-26-MP-0917", "GS-0343-12",
                      "Referred",
                      "Your application was referred to the hiring manager for consideration. The hiring manager "
                      "will review referred applicants and may contact applicants to schedule an interview. Being "
                      "referred does not mean you have been selected for an interview or for the position.")
    case(cid, {"01-usajobs-status-referred.eml": e1},
         label([], "medium", "negative/usajobs-status",
               "USAJOBS status notification 'Referred' that talks about interviews but schedules none."))


def c17():
    cid = "b173-17-usajobs-not-selected-after-interview"
    hr = ("Harriet Solis", "harriet.solis@ffdo.example")
    past = at(2026, 3, 3, 13, 0)
    need(past, "Tuesday")
    d1 = at(2026, 3, 27, 14, 48, 10)
    d2 = at(2026, 3, 30, 5, 57, 31)
    plain1 = f"""Dear Ms. Mercer,

Thank you for interviewing with our panel on {long_date(past)}, for the Program Analyst, GS-0343-12 position (FFDO-26-DE-0561) with the Federal Freight Data Office.

After careful consideration, the selecting official has chosen another candidate for this position. Your status on USAJOBS will be updated to "Not Selected" within the next few business days.

We appreciate the time you invested in the interview and encourage you to apply for future FFDO vacancies.

Respectfully,

{hr[0]}
HR Specialist, Office of Human Capital
Federal Freight Data Office
{hr[1]}

{SIG_CONF}
"""
    m1 = exch_msgid(cid + "m1")
    e1 = exchange_mail(cid + "m1", addr(*hr), [addr(OWNER_NAME, OWNER)],
                       "Program Analyst, GS-0343-12 (FFDO-26-DE-0561) - Selection Update", d1, m1, plain1)
    e2 = usajobs_mail(cid + "2", d2, "Federal Freight Data Office", "Program Analyst", "FFDO-26-DE-0561",
                      "GS-0343-12", "Not Selected",
                      "You were considered for this position but were not selected. The hiring agency has made a "
                      "selection, or the position was filled by another applicant.")
    case(cid, {"01-agency-selection-update.eml": e1, "02-usajobs-status-not-selected.eml": e2},
         label([], "medium", "negative/rejection-after-interview",
               "Agency rejection after a past interview ('Thank you for interviewing ... on Tuesday, March 3') "
               "and the USAJOBS 'Not Selected' notice. Rejections are not interviews; no interview invite or "
               "schedule is in the case."))


def c18():
    cid = "b173-18-hiring-town-hall-webinar"
    org = ("USIPA Recruitment Outreach", "USIPA-Recruitment@usipa.example")
    start, end = at(2026, 3, 19, 13, 0), at(2026, 3, 19, 14, 30)
    need(start, "Thursday")
    d1 = at(2026, 3, 12, 14, 30, 2)
    d2 = at(2026, 3, 19, 12, 0, 4)
    url, _ = teams_block(cid)
    title = "USIPA Virtual Hiring Town Hall - Careers in Program Analysis"
    event = f"https://events.teams.microsoft.com/event/{uuidish(cid + 'ev')}@{uuidish(cid + 'tenant')}"
    about = ("Join the U.S. Inland Ports Authority's Office of Human Capital for a virtual town hall on our "
             "upcoming Program Analyst (GS-0343-09 through 13) announcements. Hiring managers from three USIPA "
             "offices will describe the work, explain how we use structured interviews and what a panel interview "
             "looks like, and answer your questions live. This event is informational only: no interviews will be "
             "conducted and attendance is not part of the application process.")
    plain1 = f"""You're registered!

{title}
{long_date(start)}, {hm(start)} - {hm(end)} (UTC-04:00) Eastern Time (US & Canada)

{about}

Join webinar: {url}
Add to calendar: use the attached file.

Can't attend? Cancel registration: {event}/registration/cancel

Microsoft respects your privacy. Read our privacy statement: https://go.microsoft.com/fwlink/?LinkId=521839
Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
    cal = outlook_cal("REQUEST", outlook_uid(cid), 0, org, [att(OWNER_NAME, OWNER, rsvp="FALSE")], title,
                      about + "\n\nJoin webinar: " + url, start, end, "Microsoft Teams Meeting", d1, teams_url=url)
    b_out = "_004_" + sid(cid + "bo", 30, "0123456789ABCDEF") + "_"
    b_in = "_000_" + sid(cid + "bo", 30, "0123456789ABCDEF") + "_"
    a_ct, a_body = multipart("alternative", b_in, [
        leaf('text/plain; charset="utf-8"', plain1),
        leaf('text/html; charset="utf-8"', plain_html(plain1, "Segoe UI, Helvetica, Arial, sans-serif"))])
    ctype, body = multipart("mixed", b_out, [
        nested(a_ct, a_body),
        leaf('text/calendar; charset="utf-8"; name="event.ics"', cal, "base64",
             ['Content-Disposition: attachment; filename="event.ics"'])])
    env = envelope(cid, d1, "mail-east.email.teams.microsoft.com", "52.96.160.24",
                   "noreply@email.teams.microsoft.com", "email.teams.microsoft.com")
    hdr = [f"From: {org[0]} <noreply@email.teams.microsoft.com>", f"To: {OWNER}",
           f"Subject: Registration confirmed: {title}", f"Date: {rfc_utc(d1)}",
           f"Message-ID: <{uuidish(cid + 'mid')}@email.teams.microsoft.com>"]
    e1 = message(env + hdr, ctype, body)
    plain2 = f"""Starting in 1 hour

{title}
Today, {hm(start)} - {hm(end)} (UTC-04:00) Eastern Time (US & Canada)

Join webinar: {url}

Tip: join a few minutes early to test your audio. Questions can be submitted in the Q&A panel during the event.

Microsoft Corporation, One Microsoft Way, Redmond, WA 98052
"""
    b2 = "_000_" + sid(cid + "b2", 30, "0123456789ABCDEF") + "_"
    ctype2, body2 = multipart("alternative", b2, [
        leaf('text/plain; charset="utf-8"', plain2),
        leaf('text/html; charset="utf-8"', plain_html(plain2, "Segoe UI, Helvetica, Arial, sans-serif"))])
    env2 = envelope(cid + "2", d2, "mail-east.email.teams.microsoft.com", "52.96.160.31",
                    "noreply@email.teams.microsoft.com", "email.teams.microsoft.com")
    hdr2 = [f"From: {org[0]} <noreply@email.teams.microsoft.com>", f"To: {OWNER}",
            f"Subject: Reminder: {title} starts in 1 hour", f"Date: {rfc_utc(d2)}",
            f"Message-ID: <{uuidish(cid + 'mid2')}@email.teams.microsoft.com>"]
    e2 = message(env2 + hdr2, ctype2, body2)
    case(cid, {"01-webinar-registration-confirmed.eml": e1, "02-webinar-reminder.eml": e2},
         label([], "medium", "negative/webinar-town-hall",
               "Agency hiring town hall (Teams webinar registration with .ics, then a reminder) about structured "
               "and panel interviews; explicitly informational, no interviews conducted."))


def c19():
    cid = "b173-19-owner-on-interview-panel-forwarded"
    hr = ("Yvonne Bishop", "yvonne.bishop@nwia.example")
    so = ("Calvin Mortensen", "calvin.mortensen@nwia.example")
    p3 = ("Sana Iqbal", "sana.iqbal@nwia.example")
    day = at(2026, 3, 31)
    start, end = at(2026, 3, 31, 9, 0), at(2026, 3, 31, 12, 15)
    need(day, "Tuesday")
    d_orig = at(2026, 3, 26, 15, 12, 0)
    d1 = at(2026, 3, 26, 17, 45, 33)
    subj = "Interview Panel - Budget Analyst, GS-0560-11 (NWIA-26-MP-0288)"
    orig = f"""Good afternoon panel members,

Thank you for agreeing to serve on the interview panel for Budget Analyst, GS-0560-11. {so[0]} is the selecting official and will chair; Danielle Mercer and {p3[0]} are panel members.

Interviews will be held on {long_date(day)} in Conference Room 4B, with Teams for the remote candidate:
9:00 - 9:45 a.m.    Candidate 1 (in person)
10:00 - 10:45 a.m.  Candidate 2 (Teams)
11:00 - 11:45 a.m.  Candidate 3 (in person)
11:45 a.m. - 12:15 p.m.  Panel consensus rating

Attached are the structured interview questions, the benchmark rating guide and the panel member nondisclosure certification. Please sign and return the certification to me before Tuesday, and do not share the questions with anyone. Candidate names and resumes will be provided on the day of the interviews.

A calendar hold for the full block is attached.

Thank you,
{hr[0]}
HR Specialist (Staffing)
Office of Human Resources, National Waterways Infrastructure Administration
{hr[1]}"""
    plain = f"""Sending to my personal email so I have the panel schedule on my phone Tuesday.

Danielle Mercer
Program Analyst | Office of Program Integration
National Waterways Infrastructure Administration

________________________________
From: Bishop, Yvonne <{hr[1]}>
Sent: {long_date(d_orig)} {hm(d_orig)}
To: Mortensen, Calvin <{so[1]}>; Mercer, Danielle <{OWNER_WORK}>; Iqbal, Sana <{p3[1]}>
Subject: {subj}

{orig}
"""
    cal = outlook_cal("REQUEST", outlook_uid(cid), 0, hr,
                      [att(so[0], so[1]), att(OWNER_NAME, OWNER_WORK, partstat="ACCEPTED"), att(*p3)],
                      "Budget Analyst Structured Interviews - Panel (NWIA-26-MP-0288)",
                      "Panel block for Budget Analyst GS-0560-11 structured interviews (3 candidates + consensus "
                      "rating). Questions and rating guide were sent by e-mail.", start, end,
                      "NWIA HQ Conference Room 4B / Microsoft Teams", d_orig, busy="BUSY")
    attach = leaf('text/calendar; charset="utf-8"; name="Budget Analyst Structured Interviews - Panel.ics"', cal,
                  "base64", ['Content-Description: Budget Analyst Structured Interviews - Panel.ics',
                             'Content-Disposition: attachment;\n\tfilename="Budget Analyst Structured Interviews - Panel.ics"'])
    m1 = exch_msgid(cid + "m1")
    e1 = exchange_mail(cid + "m1", addr(OWNER_NAME, OWNER_WORK), [addr(OWNER_NAME, OWNER)], "FW: " + subj, d1, m1,
                       plain, attachments=[attach])
    case(cid, {"01-fw-interview-panel-budget-analyst.eml": e1},
         label([], "hard", "negative/user-is-panelist",
               "The owner forwards from her NWIA work account an HR note and calendar hold in which she serves "
               "on a structured interview panel for Budget Analyst candidates. She interviews others, so not her "
               "interview."))


def c20():
    cid = "b173-20-interview-availability-request-only"
    box = ("FECO Human Resources", "FECO-HR-Staffing@feco.example")
    hr = ("Rashad Whitley", "rashad.whitley@feco.example")
    w1, w2 = at(2026, 4, 20), at(2026, 4, 23)
    due = at(2026, 4, 15, 17, 0)
    need(w1, "Monday"), need(w2, "Thursday"), need(due, "Wednesday")
    d1 = at(2026, 4, 13, 9, 2, 40)
    d2 = at(2026, 4, 15, 8, 30, 12)
    form = "https://forms.office.com/g/" + sid(cid + "f", 10, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789")
    subj = "Interview Availability Request - Program Analyst, GS-0343-12 (FECO-26-DE-1140)"
    sig = f"""{hr[0]}
HR Specialist, Office of Human Resources
Federal Energy Corridor Office
{hr[1]}"""
    plain1 = f"""Dear Applicant,

Congratulations! The selecting official has reviewed the certificate of eligible candidates for Program Analyst, GS-0343-12 (FECO-26-DE-1140) and would like to interview you.

Interviews will be conducted by a three-member panel via Microsoft Teams during the week of {md(w1)}, 2026 ({DAYS[w1.weekday()]}, {md(w1)} through {DAYS[w2.weekday()]}, {md(w2)}, between 9:00 a.m. and 4:00 p.m. Eastern). Each interview will last about 45 minutes.

Please mark every time block you are available on the Interview Availability form by 5:00 p.m. Eastern on {long_date(due)}:
{form}

Once all responses are in, you will receive a confirmation e-mail and a Microsoft Teams calendar invitation with your assigned time. Please do not hold a specific slot until you receive that confirmation.

If you are no longer interested in this position, please reply to let us know.

Sincerely,
{sig}
"""
    m1 = exch_msgid(cid + "m1")
    e1 = exchange_mail(cid + "m1", addr(*box), [addr(OWNER_NAME, OWNER)], subj, d1, m1, plain1, sender=addr(*hr))
    plain2 = f"""Good morning,

This is a courtesy reminder that the Interview Availability form for Program Analyst, GS-0343-12 (FECO-26-DE-1140) is due today at 5:00 p.m. Eastern:
{form}

If you have already submitted the form, thank you - no further action is needed. Interview confirmations will be sent after the form closes.

{sig}
"""
    m2 = exch_msgid(cid + "m2")
    e2 = exchange_mail(cid + "m2", addr(*box), [addr(OWNER_NAME, OWNER)],
                       "REMINDER: Interview Availability Form Due Today 5:00 p.m. ET - FECO-26-DE-1140", d2, m2, plain2,
                       sender=addr(*hr))
    case(cid, {"01-interview-availability-request.eml": e1, "02-reminder-availability-form-due.eml": e2},
         label([], "hard", "negative/availability-request",
               "'Would like to interview you' but only an availability form for a window (Apr 20-23) and a "
               "reminder; no interview time is ever booked in the case."))


def c21():
    cid = "b173-21-one-way-video-interview"
    sender = ("Sable Creek Technologies Talent Team", "talent-noreply@sablecreek.example")
    due = at(2026, 3, 27, 23, 59)
    need(due, "Friday")
    d1 = at(2026, 3, 23, 10, 0, 5)
    d2 = at(2026, 3, 26, 10, 0, 7)
    link = "https://interview.sablecreek.example/od/" + sid(cid + "l", 8, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    plain1 = f"""Hi Danielle,

Thank you for applying to the Program Analyst (Public Trust) position supporting our Department of Labor program office. The next step in our process is an on-demand (one-way) video interview.

What to expect:
- 5 questions; you'll have 30 seconds to prepare and up to 3 minutes to record each answer
- There is no live interviewer. Our recruiting team and the hiring manager will review your recorded responses
- Plan for about 25 minutes in a quiet place with a working camera and microphone

Please complete your interview by {long_date(due)} at 11:59 PM Eastern:
{link}

We'll be in touch within 5 business days after the deadline about next steps, which may include a live interview with the hiring manager.

Sable Creek Technologies Talent Acquisition
This is an automated message; replies are not monitored.
"""
    plain2 = f"""Hi Danielle,

Your on-demand video interview for Program Analyst (Public Trust) expires tomorrow, {long_date(due)}, at 11:59 PM Eastern. It takes about 25 minutes to complete:
{link}

If you've already completed it, please disregard this reminder.

Sable Creek Technologies Talent Acquisition
"""
    files = {}
    for i, (d, plain, subj) in enumerate([
            (d1, plain1, "Action required: Complete your on-demand video interview - Program Analyst (Public Trust)"),
            (d2, plain2, "Reminder: your video interview link expires tomorrow")], 1):
        b = "=_" + sid(cid + f"b{i}", 32, "0123456789abcdef")
        ctype, body = multipart("alternative", b, [
            leaf("text/plain; charset=utf-8", plain),
            leaf("text/html; charset=utf-8", plain_html(plain), "base64")], fold=False)
        env = envelope(cid + str(i), d, "mta-07.sablecreek.example", "198.51.100.27", sender[1], "sablecreek.example")
        hdr = [f"From: {sender[0]} <{sender[1]}>", f"To: {OWNER}", f"Subject: {subj}", f"Date: {rfc(d)}",
               f"Message-ID: <{sid(cid + f'mid{i}', 24)}@mta-07.sablecreek.example>", "Auto-Submitted: auto-generated"]
        files[f"0{i}-{'video-interview-invitation' if i == 1 else 'video-interview-reminder'}.eml"] = message(
            env + hdr, ctype, body)
    case(cid, files,
         label([], "medium", "negative/one-way-video",
               "On-demand one-way video interview with a completion deadline (Fri Mar 27 11:59 PM) and a "
               "reminder: no live interviewer, so an assessment, not an interview."))


def c22():
    cid = "b173-22-agency-impersonation-scam"
    frm = ("Federal Grants Compliance Agency - HR", "fgca.hiringdept.recruitment@freemail-box.example")
    rt = ("Mrs. Linda Prescott", "linda.prescott.hr.fgca@freemail-box.example")
    start = at(2026, 3, 30, 10, 0)
    need(start, "Monday")
    d1 = at(2026, 3, 27, 3, 14, 9, tz=ZoneInfo("Africa/Lagos"))
    plain = f"""Dear Danielle Mercer,

Your resume was forwarded to us from USAJOBS and you have been shortlisted for the position of Remote Program Analyst (Grants) with the Federal Grants Compliance Agency. This position is 100% remote, pays $52/hr and comes with full federal benefits.

Your online interview is scheduled for {long_date(start)} at 10:00 AM EST. The interview will be conducted via Microsoft Teams CHAT (text only) with our Hiring Manager, Mrs. Linda Prescott. Please download the Teams app and send a message to the Teams ID: {rt[1]} at the time of interview.

In order to process your onboarding quickly, kindly reply with:
1. A clear copy of your driver's license (front and back)
2. Your Social Security Number
3. Your bank name for direct deposit

Upon successful interview you will receive a check to purchase your work equipment (laptop, printer) from our approved vendor.

Regards,
Human Resources Department
Federal Grants Compliance Agency
"""
    b = "----=_NextPart_000_" + sid(cid + "b", 4, "0123456789ABCDEF") + "_" + sid(cid + "b2", 8, "0123456789ABCDEF")
    ctype, body = multipart("alternative", b, [
        leaf('text/plain; charset="utf-8"', plain),
        leaf('text/html; charset="utf-8"', plain_html(plain, "Calibri, sans-serif"))])
    env = envelope(cid, d1, "smtp-out3.freemail-box.example", "203.0.113.88", frm[1])
    hdr = [f'From: "{frm[0]}" <{frm[1]}>', f'Reply-To: "{rt[0]}" <{rt[1]}>', f"To: {OWNER}",
           "Subject: INTERVIEW INVITATION: Remote Program Analyst (Grants) - $52/hr - Federal Grants Compliance Agency",
           f"Date: {rfc(d1)}", f"Message-ID: <{sid(cid + 'mid', 16, '0123456789ABCDEF')}$@freemail-box.example>",
           "X-Mailer: Microsoft Outlook 16.0", "X-Priority: 1 (Highest)"]
    e1 = message(env + hdr, ctype, body)
    case(cid, {"01-interview-invitation-remote-program-analyst.eml": e1},
         label([], "hard", "negative/scam",
               "Agency-impersonation scam from a free-mail domain: 'interview' over Teams chat, asks for SSN, "
               "driver's license and bank details and promises an equipment check."))


# ==============================================================================================
# write everything
# ==============================================================================================
BUILDERS = [c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
            c14, c15, c16, c17, c18, c19, c20, c21, c22]


def main():
    for b in BUILDERS:
        b()
    for name in sorted(os.listdir(HERE)):
        if name.startswith("b173-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for n, (cid, files, lab) in enumerate(CASES, 1):
        assert cid.startswith(f"b173-{n:02d}-"), cid
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fn, text in files.items():
            assert fn[:2] == fn[:2].strip() and fn[2] == "-" and fn[:2].isdigit(), fn
            with open(os.path.join(d, fn), "w", encoding="utf-8", newline="") as fh:
                fh.write(text)
        labels[cid] = lab
    head = ("# Labels for blind173 (written blind; see README.md). Schema and rules: shared/eval/README.md.\n"
            "# Generated by make_cases.py - edit the generator, not this file.\n")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="") as fh:
        fh.write(head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100))
    pos = sum(1 for _, _, lab in CASES if lab["interview"])
    ivs = [i for _, _, lab in CASES for i in lab["interviews"]]
    print(f"{len(CASES)} cases, {pos} positive, {len(CASES) - pos} negative, {len(ivs)} interviews "
          f"({sum(i['status'] == 'scheduled' for i in ivs)} scheduled, {sum(i['status'] == 'cancelled' for i in ivs)} cancelled)")


if __name__ == "__main__":
    main()
