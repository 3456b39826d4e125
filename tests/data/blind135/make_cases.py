#!/usr/bin/env python3
"""Regenerate the blind135 evaluation set (case folders + labels.yaml) next to this file.

Standard library + PyYAML only. Output is byte-for-byte deterministic: every date, Message-ID,
MIME boundary, UID and link token is either written out here or derived from a fixed seed with
SHA-256. Every UTC offset is computed with zoneinfo and every weekday named in text is asserted.

Mailbox owner: Aniket Sawant <aniket.sawant@example.com>, data engineer in Mumbai (IST, UTC+05:30).
"""
import base64
import hashlib
import html as htmlmod
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
PREFIX = "b135-"

IST = ZoneInfo("Asia/Kolkata")
SGT = ZoneInfo("Asia/Singapore")
PT = ZoneInfo("America/Los_Angeles")
UTC = timezone.utc

OWNER = "aniket.sawant@example.com"
OWNER_NAME = "Aniket Sawant"

CASES = {}   # case_id -> {"items": [(filename, bytes)], "label": dict}


# --------------------------------------------------------------------------- small helpers
def at(y, mo, d, h, mi, tz=IST, s=0, weekday=None):
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if weekday is not None:
        assert dt.strftime("%A") == weekday, (dt, dt.strftime("%A"), weekday)
    return dt


def H(seed, n=32):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def A(seed, n):
    raw = b""
    i = 0
    while len(raw) < n * 2:
        raw += hashlib.sha256(f"{seed}/{i}".encode()).digest()
        i += 1
    s = re.sub("[^A-Za-z0-9]", "", base64.b64encode(raw).decode())
    return s[:n]


def L(seed, n):
    """lower-case letters only (Meet codes etc.)"""
    h = hashlib.sha256(seed.encode()).digest()
    return "".join(chr(ord("a") + b % 26) for b in h)[:n]


def D(seed, n):
    return str(int(H(seed, 40), 16))[:n]


def U(seed):
    h = H(seed)
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"


def rfc(dt):
    return format_datetime(dt)


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local_stamp(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def iso(dt):
    return dt.isoformat()


def meet_code(seed):
    s = L(seed, 10)
    return f"{s[:3]}-{s[3:7]}-{s[7:10]}"


def gtime(dt):
    """Google Calendar style: 9:30am / 10am"""
    h = int(dt.strftime("%I"))
    ap = dt.strftime("%p").lower()
    return f"{h}:{dt.minute:02d}{ap}" if dt.minute else f"{h}{ap}"


def ampm(dt, zero_pad=False):
    """11:30 AM / 03:00 PM"""
    h = dt.strftime("%I") if zero_pad else str(int(dt.strftime("%I")))
    return f"{h}:{dt.minute:02d} {dt.strftime('%p')}"


def fold_header(line, width=76):
    if "\n" in line or len(line) <= width:
        return line
    out, cur = [], line
    lo = line.index(": ") + 2          # never fold between the field name and its value
    while len(cur) > width:
        cut = cur.rfind(" ", lo, width)
        lo = 1
        if cut <= 0:
            cut = cur.find(" ", width)
            if cut == -1:
                break
        out.append(cur[:cut])
        cur = cur[cut:]          # the space stays as folding white space
    out.append(cur)
    return "\n".join(out)


def addr(name, email):
    if name is None:
        return email
    if any(ord(c) > 127 for c in name):
        enc = base64.b64encode(name.encode()).decode()
        return f"=?UTF-8?B?{enc}?= <{email}>"
    if re.search(r"[(),.:;<>@\[\]\"]", name):
        return f'"{name}" <{email}>'
    return f"{name} <{email}>"


# --------------------------------------------------------------------------- MIME building
def enc_b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def enc_qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def leaf(ctype, body, cte, extra=()):
    if cte == "base64":
        payload = enc_b64(body)
    elif cte == "quoted-printable":
        payload = enc_qp(body)
    else:
        payload = body
        assert all(ord(c) < 128 for c in payload), "7bit part must be ASCII"
    if not payload.endswith("\n"):
        payload += "\n"
    return [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}", *extra], payload


def multi(subtype, boundary, parts):
    chunks = []
    for hdrs, payload in parts:
        chunks.append(f"--{boundary}\n" + "\n".join(hdrs) + "\n\n" + payload)
    body = "\n".join(chunks) + f"\n--{boundary}--\n"
    return [f'Content-Type: multipart/{subtype}; boundary="{boundary}"'], body


def message(headers, entity):
    hdrs, body = entity
    lines = [fold_header(h) for h in headers if h is not None]
    text = "\n".join(lines + ["MIME-Version: 1.0"] + hdrs) + "\n\n" + body
    assert all(ord(c) < 128 for c in text), "raw message must be 7-bit"
    return text.encode("ascii")


def linkify(escaped):
    return re.sub(r"(https?://[^\s<>&]+(?:&amp;[^\s<>&]+)*)", r'<a href="\1">\1</a>', escaped)


def to_html(text, font="Arial,Helvetica,sans-serif", gmail=True):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(line.startswith(">") for line in lines):
            inner = "<br>\n".join(linkify(htmlmod.escape(line.lstrip(">").lstrip(), quote=False))
                                  for line in lines)
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                       + inner + "</blockquote>")
        else:
            inner = "<br>\n".join(linkify(htmlmod.escape(line, quote=False)) for line in lines)
            out.append(f"<div>{inner}</div><div><br></div>" if gmail else f"<p>{inner}</p>")
    if gmail:
        return '<div dir="ltr">' + "\n".join(out) + "</div>\n"
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt">' + "\n".join(out)
            + "</div></body></html>\n")


def received(by_host, from_host, from_ip, smtp_id, when, rcpt=OWNER):
    return (f"Received: from {from_host} ({from_host}. [{from_ip}])\n"
            f"        by {by_host} with ESMTPS id {smtp_id}\n"
            f"        for <{rcpt}>\n"
            f"        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n"
            f"        {rfc(when)}")


def gmail_msgid(seed):
    return f"<CA{A(seed, 46)}@mail.gmail.com>"


def outlook_msgid(seed, prefix="PN3PR01MB", region="INDPRD01"):
    n = D(seed + "n", 4)
    return f"<{prefix}{n}{H(seed, 24).upper()}@{prefix}{n}.{region}.PROD.OUTLOOK.COM>"


def ses_msgid(seed):
    h = H(seed, 40)
    return (f"<0109019{h[:9]}-{h[9:17]}-{h[17:21]}-{h[21:25]}-{h[25:37]}-000000"
            f"@ap-south-1.amazonses.com>")


def gmail_boundary(seed):
    return "000000000000" + H(seed, 12)


def outlook_boundary(seed):
    return "_000_" + H(seed, 24).upper() + "prodoutlookcom_"


def java_boundary(seed):
    return f"----=_Part_{D(seed, 6)}_{D(seed + 'b', 9)}.{D(seed + 'c', 13)}"


# --------------------------------------------------------------------------- iCalendar building
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_fold(line):
    if len(line.encode("utf-8")) <= 75:
        return line
    out, cur, limit = [], "", 75
    for ch in line:
        if len((cur + ch).encode("utf-8")) > limit:
            out.append(cur)
            cur, limit = ch, 74
        else:
            cur += ch
    out.append(cur)
    return "\r\n ".join(out)


def ics_text(lines):
    return "".join(ics_fold(x) + "\r\n" for x in lines)


def win_vtimezone(tzid, offset):
    # Exchange writes zones without DST as STANDARD + DAYLIGHT with identical offsets
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T000000",
            f"TZOFFSETFROM:{offset}", f"TZOFFSETTO:{offset}", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T000000",
            f"TZOFFSETFROM:{offset}", f"TZOFFSETTO:{offset}", "END:DAYLIGHT",
            "END:VTIMEZONE"]


def iana_vtimezone(tzid, offset, name):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{offset}", f"TZOFFSETTO:{offset}",
            f"TZNAME:{name}", "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"]


def attendee(email, name=None, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp=True,
             google=False):
    if google:
        cn = name or email
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};"
                f"RSVP={'TRUE' if rsvp else 'FALSE'};CN={cn};X-NUM-GUESTS=0:mailto:{email}")
    parts = [f"ROLE={role}", f"PARTSTAT={partstat}"]
    if rsvp:
        parts.append("RSVP=TRUE")
    if name:
        parts.append(f"CN={name}")
    return "ATTENDEE;" + ";".join(parts) + f":mailto:{email}"


# --------------------------------------------------------------------------- Google Calendar mail
GOOGLE_FOOTER_INVITE = (
    "~~//~~\n"
    "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
    "You are receiving this email because you are an attendee on the event.\n\n"
    "Forwarding this invitation could allow any recipient to send a response to the organizer, "
    "be added to the guest list, invite others regardless of their own invitation status, or "
    "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding")


def google_invite(*, seed, kind, organizer, guests, summary, start, end, disp_tz, disp_tzname,
                  subj_tz, sent, created, uid, seq, description, note=None, phone_region="IN"):
    """Google Calendar invitation / update / cancellation e-mail (multipart/mixed)."""
    s, e = start.astimezone(disp_tz), end.astimezone(disp_tz)
    when_line = f"{s.strftime('%A %b')} {s.day}, {s.year} \u22c5 {gtime(s)} \u2013 {gtime(e)}"
    subj_when = f"{s.strftime('%a %b')} {s.day}, {s.year} {gtime(s)} - {gtime(e)} ({subj_tz})"
    prefix = {"invite": "Invitation", "update": "Updated invitation",
              "cancel": "Canceled event"}[kind]
    if note and kind == "cancel":
        prefix = "Canceled event with note"
    subject = f"Subject: {prefix}: {summary} @ {subj_when} ({OWNER})"
    org_name, org_email = organizer
    meet = meet_code(seed + "meet")
    pin = D(seed + "pin", 9)
    uid_local = uid.split("@")[0]
    eid = base64.b64encode(f"{uid_local} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    phone = "(IN) +91 22 7127 9470" if phone_region == "IN" else "(US) +1 650-822-7914"

    guest_lines = [f"{org_name} - organizer", org_email]
    for gname, gemail, _ in guests:
        if gname:
            guest_lines.append(gname)
        guest_lines.append(gemail)
    guest_lines.append(OWNER)

    head = []
    if kind == "cancel":
        head.append("This event has been canceled" + (" with a note:" if note else "."))
        if note:
            head.append(f'"{note}"')
        head.append("")
    elif kind == "update":
        head += ["This event has been updated", "Changed: time", ""]
    body = head + [summary, when_line, disp_tzname, ""]
    if kind != "cancel":
        body += ["Join with Google Meet", f"https://meet.google.com/{meet}", "",
                 "Join by phone", phone, f"PIN: {pin}", "",
                 "More phone numbers", f"https://tel.meet/{meet}?pin={pin}{D(seed + 'p2', 4)}", ""]
    body += ["Organizer", org_name, org_email, "", "Guests"] + guest_lines
    body += [f"View all guest info {view}", ""]
    if description and kind != "cancel":
        body += [description, ""]
    if kind != "cancel":
        body += [f"Reply for {OWNER} and view more details {view}", ""]
    text = "\n".join(body) + "\n\n" + GOOGLE_FOOTER_INVITE + "\n"
    html = to_html(text, font="Roboto,Helvetica,Arial,sans-serif", gmail=False)

    method = "CANCEL" if kind == "cancel" else "REQUEST"
    desc_ics = (description or "") + (
        "\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
        f"Join with Google Meet: https://meet.google.com/{meet}\n"
        f"Or dial: {phone} PIN: {pin}#\n\n"
        "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
        "Please do not edit this section.\n"
        "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN",
             "VERSION:2.0", "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(sent)}",
             f"ORGANIZER;CN={org_name}:mailto:{org_email}", f"UID:{uid}",
             attendee(org_email, org_name, partstat="ACCEPTED", google=True)]
    for gname, gemail, gstat in guests:
        lines.append(attendee(gemail, gname, partstat=gstat, google=True))
    lines.append(attendee(OWNER, None, partstat="NEEDS-ACTION", google=True))
    if kind != "cancel":
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    lines += [f"CREATED:{zstamp(created)}", f"DESCRIPTION:{ics_escape(desc_ics)}",
              f"LAST-MODIFIED:{zstamp(sent)}", "LOCATION:", f"SEQUENCE:{seq}",
              f"STATUS:{'CANCELLED' if kind == 'cancel' else 'CONFIRMED'}",
              f"SUMMARY:{ics_escape(summary)}", "TRANSP:OPAQUE"]
    if kind != "cancel":
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                  "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    cal = ics_text(lines)

    alt = multi("alternative", gmail_boundary(seed + "alt"), [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        leaf('text/html; charset="UTF-8"', html, "quoted-printable"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', cal, "base64"),
    ])
    mixed = multi("mixed", gmail_boundary(seed + "mixed"), [
        alt,
        leaf('application/ics; name="invite.ics"', cal, "base64",
             ['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    rx = sent + timedelta(seconds=1)
    headers = [
        f"Delivered-To: {OWNER}",
        received("mx.google.com", "mail-sor-f69.google.com", "209.85.220.69",
                 A(seed + "smtp", 12).lower(), rx.astimezone(PT)),
        f"Return-Path: <{A(seed + 'rp', 26)}@calendar-server.bounces.google.com>",
        f"Reply-To: {addr(org_name, org_email)}",
        "Sender: Google Calendar <calendar-notification@google.com>",
        f"Message-ID: <calendar-{U(seed + 'mid')}@google.com>",
        f"Date: {rfc(sent.astimezone(UTC)).replace('-0000', '+0000')}",
        subject,
        f"From: {addr(org_name, org_email)}",
        f"To: {OWNER}",
    ]
    return message(headers, mixed)


# --------------------------------------------------------------------------- Outlook / Teams mail
def teams_block(seed):
    mid = D(seed + "mid", 12)
    mid = f"{mid[:3]} {mid[3:6]} {mid[6:9]} {mid[9:12]}"
    pc = A(seed + "pc", 6)
    tid, oid = U(seed + "tid"), U(seed + "oid")
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{A(seed + 'th', 48)}"
           f"%40thread.v2/0?context=%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    conf = D(seed + "conf", 9)
    text = ("_" * 80 + "\n"
            "Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>\n"
            f"Join the meeting now<{url}>\n"
            f"Meeting ID: {mid}\n"
            f"Passcode: {pc}\n"
            "________________________________\n"
            "Dial in by phone\n"
            f"+91 22 6884 6230,,{conf}# India, Mumbai\n"
            "Find a local number<https://dialin.teams.microsoft.com/"
            f"{U(seed + 'dial')}?id={conf}>\n"
            f"Phone conference ID: {conf[:3]} {conf[3:6]} {conf[6:]}#\n"
            "For organizers: Meeting options<https://teams.microsoft.com/meetingOptions/"
            f"?organizerId={oid}&tenantId={tid}&threadId=19_meeting_{A(seed + 'th', 48)}"
            "@thread.v2&messageId=0&language=en-US> | Reset dial-in PIN<https://dialin.teams."
            "microsoft.com/usp/pstnconferencing>\n"
            + "_" * 80)
    return text, url


def outlook_invite(*, seed, kind, organizer, required, subject_text, start, end, wtz, offset,
                   when_label, sent, uid, seq, body, x_tenant="INDPRD01", msgid_prefix="PN3PR01MB",
                   importance_high=False):
    """Exchange Online meeting request / cancellation (multipart/alternative + text/calendar)."""
    org_name, org_email = organizer
    teams_text, teams_url = teams_block(seed + "teams")
    method = "CANCEL" if kind == "cancel" else "REQUEST"
    subj = ("Canceled: " if kind == "cancel" else "") + subject_text
    text = (f"When: {when_label}\nWhere: Microsoft Teams Meeting\n\n"
            "*~*~*~*~*~*~*~*~*~*\n\n" + body.rstrip("\n") + "\n\n"
            + (teams_text + "\n" if kind != "cancel" else ""))
    html = to_html(text, font="Aptos,Calibri,sans-serif", gmail=False)
    appt_id = D(seed + "appt", 10)
    desc = body.rstrip("\n") + ("\n\n" + teams_text if kind != "cancel" else "")
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}",
             "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += win_vtimezone(wtz, offset)
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={org_name}:mailto:{org_email}"]
    for rname, remail in required:
        lines.append(attendee(remail, rname))
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{ics_escape(desc)}",
              f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-US:{ics_escape(subj)}",
              f"DTSTART;TZID={wtz}:{local_stamp(start)}",
              f"DTEND;TZID={wtz}:{local_stamp(end)}",
              "CLASS:PUBLIC", f"PRIORITY:{1 if kind == 'cancel' else 5}",
              f"DTSTAMP:{zstamp(sent)}", "TRANSP:OPAQUE",
              f"STATUS:{'CANCELLED' if kind == 'cancel' else 'CONFIRMED'}",
              f"SEQUENCE:{seq}", "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{appt_id}",
              f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if kind == 'cancel' else 'TENTATIVE'}",
              f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if kind == 'cancel' else 'BUSY'}",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              f"X-MICROSOFT-CDO-IMPORTANCE:{2 if kind == 'cancel' else 1}",
              "X-MICROSOFT-CDO-INSTTYPE:0"]
    if kind != "cancel":
        lines.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}")
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
              "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting"]
    if kind != "cancel":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    cal = ics_text(lines)
    alt = multi("alternative", outlook_boundary(f"{seed}/{kind}/{seq}"), [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', html, "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64"),
    ])
    to = ", ".join(addr(n, e) for n, e in required)
    rx = sent + timedelta(seconds=3)
    headers = [
        f"Delivered-To: {OWNER}",
        received("mx.google.com", "MA0PR01CU012.outbound.protection.outlook.com",
                 "2a01:111:f403:c401::3", A(seed + "smtp", 12).lower(), rx.astimezone(PT)),
        f"Return-Path: <{org_email}>",
        f"From: {addr(org_name, org_email)}",
        f"To: {to}",
        f"Subject: {subj}",
        f"Thread-Topic: {subject_text}",
        f"Thread-Index: {A(seed + 'ti', 30)}==",
        f"Date: {rfc(sent.astimezone(UTC)).replace('-0000', '+0000')}",
        f"Message-ID: {outlook_msgid(seed + str(seq), msgid_prefix, x_tenant)}",
        "Accept-Language: en-US, en-IN",
        "Content-Language: en-US",
        "X-MS-Has-Attach: ",
        "X-MS-TNEF-Correlator: ",
        "Importance: high" if importance_high else None,
        "Content-class: urn:content-classes:calendarmessage",
        f"x-ms-exchange-calendar-series-instance-id: BAAAAIIA4AB0xbcQGoLgCAAAAAA{A(seed + 'sid', 24)}",
        "x-ms-publictraffictype: Email",
    ]
    return message(headers, alt)


# --------------------------------------------------------------------------- plain human mail
def human_mail(*, seed, frm, to, subject, sent, text, cc=None, reply_to=None, in_reply_to=None,
               references=None, client="gmail", extra_headers=(), msgid=None, html=None,
               text_cte="quoted-printable"):
    name, email = frm
    if client == "gmail":
        boundary = gmail_boundary(seed)
        msgid = msgid or gmail_msgid(seed)
        html = html or to_html(text)
        mailer = []
        rx_from = ("mail-sor-f41.google.com", "209.85.220.41")
    elif client == "outlook":
        boundary = outlook_boundary(seed)
        msgid = msgid or outlook_msgid(seed)
        html = html or to_html(text, font="Calibri,sans-serif", gmail=False)
        mailer = ["Accept-Language: en-IN, en-US", "Content-Language: en-US",
                  f"Thread-Index: {A(seed + 'ti', 30)}==", "X-MS-Has-Attach: ",
                  "X-MS-TNEF-Correlator: "]
        rx_from = ("PN0PR01CU003.outbound.protection.outlook.com", "52.101.154.31")
    else:  # generic bulk sender (Java mailer / SES / SendGrid)
        boundary = java_boundary(seed)
        msgid = msgid or f"<{H(seed, 20)}.{D(seed, 13)}@{email.split('@')[1]}>"
        html = html or to_html(text, gmail=False)
        mailer = []
        rx_from = client  # tuple (host, ip)
    alt = multi("alternative", boundary, [
        leaf('text/plain; charset="UTF-8"', text, text_cte),
        leaf('text/html; charset="UTF-8"', html, "quoted-printable"),
    ])
    rx = sent + timedelta(seconds=4)
    headers = [
        f"Delivered-To: {OWNER}",
        received("mx.google.com", rx_from[0], rx_from[1], A(seed + "smtp", 12).lower(),
                 rx.astimezone(PT)),
        f"Return-Path: <{email}>",
        *extra_headers,
        f"From: {addr(name, email)}",
        f"Date: {rfc(sent)}",
        f"Message-ID: {msgid}",
        f"Subject: {subject}",
        f"To: {', '.join(addr(n, e) for n, e in to)}",
    ]
    if cc:
        headers.append(f"Cc: {', '.join(addr(n, e) for n, e in cc)}")
    if reply_to:
        headers.append(f"Reply-To: {addr(*reply_to)}")
    if in_reply_to:
        headers.append(f"In-Reply-To: {in_reply_to}")
    if references:
        headers.append(f"References: {' '.join(references)}")
    headers += mailer
    return message(headers, alt), msgid


def mail_with_ics(*, seed, frm, subject, sent, text, cal, method, ics_name, rx_from,
                  reply_to=None, msgid=None, extra_headers=(), html=None, cal_inline=True):
    """Bulk/ATS style: multipart/mixed(alternative(text, html), .ics attachment)."""
    name, email = frm
    html = html or to_html(text, gmail=False)
    alt = multi("alternative", H(seed + "alt", 32), [
        leaf('text/plain; charset="UTF-8"', text, "quoted-printable"),
        leaf('text/html; charset="UTF-8"', html, "quoted-printable"),
    ])
    att_type = (f'text/calendar; charset="UTF-8"; method={method}; name="{ics_name}"'
                if cal_inline else f'application/ics; name="{ics_name}"')
    mixed = multi("mixed", H(seed + "mixed", 32), [
        alt, leaf(att_type, cal, "base64",
                  [f'Content-Disposition: attachment; filename="{ics_name}"'])])
    rx = sent + timedelta(seconds=6)
    headers = [
        f"Delivered-To: {OWNER}",
        received("mx.google.com", rx_from[0], rx_from[1], A(seed + "smtp", 12).lower(),
                 rx.astimezone(PT)),
        f"Return-Path: <bounces+{D(seed, 8)}-{H(seed, 4)}={OWNER.replace('@', '=')}"
        f"@{rx_from[2]}>",
        *extra_headers,
        f"From: {addr(name, email)}",
        f"Date: {rfc(sent)}",
        f"Message-ID: {msgid or '<' + A(seed + 'mid', 22) + '@' + rx_from[0] + '>'}",
        f"Subject: {subject}",
        f"To: {addr(OWNER_NAME, OWNER)}",
    ]
    if reply_to:
        headers.append(f"Reply-To: {addr(*reply_to)}")
    return message(headers, mixed)


# --------------------------------------------------------------------------- case registry
def add_case(case_id, items, label):
    assert case_id.startswith(PREFIX)
    names = [n for n, _ in items]
    assert names == sorted(names), names
    for n in names:
        assert re.match(r"^\d\d-.+\.(eml|ics|gcal\.json)$", n), n
    CASES[case_id] = {"items": items, "label": label}


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start),
            "end": iso(end) if end is not None else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup),
            "kind": kind}


def lab(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes,
            "source": "synthetic"}


# =========================================================================== POSITIVE CASES
def case01():
    cid = "b135-01-naukri-recruiter-tomorrow-body-only"
    sent = at(2026, 3, 4, 18, 42, s=10, weekday="Wednesday")
    start = at(2026, 3, 5, 11, 30, weekday="Thursday")
    assert start.date() == (sent + timedelta(days=1)).date()     # "Tomorrow, Thursday"
    end = start + timedelta(minutes=45)
    recruiter = ("Shraddha Kale", "shraddha.kale@kestrelpay.example")
    text = f"""Dear Aniket Sawant,

Greetings from Kestrelpay Technologies!

This is with reference to your application for the position of Senior Data Engineer (Spark / Airflow / AWS) on Naukri.com. We are happy to inform you that your profile has been shortlisted for the 1st Technical Round.

Interview details:
Date        : Tomorrow, Thursday
Time        : {ampm(start)} IST
Duration    : 45 minutes
Mode        : Virtual - Google Meet (link will be shared 30 mins before the slot)
Interviewer : Karthik Iyer, Lead - Data Platform

Kindly keep your updated CV handy and join from a laptop with a stable internet connection. Request you to reply to this mail to confirm your availability.

Regards,
Shraddha Kale
Talent Acquisition | Kestrelpay Technologies Pvt. Ltd.
Kamala Mills, Lower Parel, Mumbai 400013
+91 98200 41736

--
This mail was sent to you by a recruiter through Naukri.com because you applied to a job posted by them. Reply to this mail to respond directly to the recruiter.
Report this mail: https://www.naukri.com/mnjuser/report?mid={H(cid + 'rep', 16)}
Manage recruiter mails: https://www.naukri.com/mnjuser/settings
Naukri.com - India's No.1 Job Site | Info Edge (India) Ltd., B-8, Sector 132, Noida - 201304
"""
    raw, _ = human_mail(
        seed=cid, frm=("Shraddha Kale via Naukri.com", "recruiter-mail@naukri.com"),
        to=[(OWNER_NAME, OWNER)], reply_to=recruiter,
        subject="Shortlisted for Senior Data Engineer - Kestrelpay Technologies | 1st Technical "
                "Round tomorrow",
        sent=sent, text=text, client=("mailer41.naukri.com", "103.16.138.41"),
        msgid=f"<{H(cid, 24)}.{D(cid, 10)}.JavaMail.naukri@mailer41.naukri.com>",
        extra_headers=["X-Mailer: Naukri RMS Mailer", "List-Unsubscribe: "
                       "<https://www.naukri.com/mnjuser/settings>"])
    add_case(cid, [("01-naukri-kestrelpay-shortlisted-1st-round.eml", raw)], lab(
        [iv("Kestrelpay Technologies", "Senior Data Engineer (Spark / Airflow / AWS)", start, end,
            "scheduled", [], [recruiter[1]], "technical")],
        "medium", "positive/relative-date-body-only",
        "Recruiter mail relayed by Naukri (From is a Naukri system address, Reply-To is the "
        "recruiter). 'Tomorrow, Thursday' resolved against the Wed 4 Mar message date; 45 min "
        "duration gives the end. Interviewer named without address -> follow-up goes to the "
        "recruiter's Reply-To."))


def case02():
    cid = "b135-02-hackerearth-facecode-interview"
    sent = at(2026, 3, 9, 16, 5, s=44, weekday="Monday")
    start = at(2026, 3, 12, 15, 0, weekday="Thursday")
    end = at(2026, 3, 12, 16, 0)
    interviewer = ("Divya Menon", "divya.menon@zeptolink.example")
    token = H(cid + "join", 20)
    join = f"https://app.hackerearth.com/interviews/join/{token}/"
    text = f"""Hi Aniket,

Zeptolink Commerce has invited you to a live coding interview on HackerEarth FaceCode.

Role: Data Engineer II
Date: Thursday, 12 Mar 2026
Time: {ampm(start, True)} - {ampm(end, True)} (IST, GMT+05:30)
Interviewer: Divya Menon

Join interview: {join}

Before the interview:
- Use the latest Google Chrome or Mozilla Firefox on a laptop or desktop.
- Keep your camera and microphone switched on. The session has a shared code editor (Python, SQL, Scala) and a whiteboard.
- Check your setup here: https://app.hackerearth.com/interviews/system-check/

Have questions about this interview? Write to the recruiter, Sneha Rao, at sneha.rao@zeptolink.example.

All the best!
Team HackerEarth

You received this email because Zeptolink Commerce scheduled an interview with you using HackerEarth.
HackerEarth, 3rd Floor, Salarpuria Business Center, Bengaluru 560095
"""
    cal = ics_text(
        ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//HackerEarth//FaceCode//EN",
         "CALSCALE:GREGORIAN", "METHOD:REQUEST"]
        + iana_vtimezone("Asia/Kolkata", "+0530", "IST")
        + ["BEGIN:VEVENT", f"UID:facecode-{H(cid + 'uid', 24)}@hackerearth.com",
           f"DTSTAMP:{zstamp(sent)}", "SEQUENCE:0",
           f"DTSTART;TZID=Asia/Kolkata:{local_stamp(start)}",
           f"DTEND;TZID=Asia/Kolkata:{local_stamp(end)}",
           "SUMMARY:Interview: Zeptolink Commerce - Data Engineer II",
           "DESCRIPTION:" + ics_escape(f"FaceCode live coding interview with Divya Menon.\nJoin: "
                                       f"{join}\nRecruiter: Sneha Rao (sneha.rao@zeptolink.example)"),
           f"LOCATION:{join}",
           "ORGANIZER;CN=HackerEarth FaceCode:mailto:no-reply@hackerearth.com",
           attendee(OWNER, OWNER_NAME),
           attendee(interviewer[1], interviewer[0], partstat="ACCEPTED", rsvp=False),
           "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    raw = mail_with_ics(
        seed=cid, frm=("HackerEarth", "no-reply@hackerearth.com"),
        subject="Zeptolink Commerce has scheduled your interview for Data Engineer II",
        sent=sent, text=text, cal=cal, method="REQUEST", ics_name="interview.ics",
        rx_from=("o1678.em.hackerearth.com", "149.72.163.21", "em.hackerearth.com"),
        msgid=f"<{A(cid + 'sg', 22)}@geopod-ismtpd-4>",
        extra_headers=[f"X-SG-EID: {A(cid + 'eid', 40)}"])
    add_case(cid, [("01-hackerearth-interview-scheduled.eml", raw)], lab(
        [iv("Zeptolink Commerce", "Data Engineer II", start, end, "scheduled",
            [interviewer[1]], [interviewer[1]], "technical")],
        "medium", "positive/ats-email-with-ics",
        "HackerEarth FaceCode live interview (not an assessment): no-reply sender, TZID=Asia/"
        "Kolkata .ics. The interviewer's address is in the .ics ATTENDEE line, so she is the "
        "follow-up recipient (the recruiter's address in the body is only a contact)."))


def case03():
    cid = "b135-03-hirepro-drive-rescheduled-by-hr"
    sent1 = at(2026, 3, 9, 11, 20, s=5, weekday="Monday")
    old_day = at(2026, 3, 14, 0, 0, weekday="Saturday")
    ack_sent = at(2026, 3, 9, 21, 3, s=51, weekday="Monday")
    sent2 = at(2026, 3, 11, 17, 48, s=30, weekday="Wednesday")
    new_day = at(2026, 3, 21, 0, 0, weekday="Saturday")
    assert (new_day - old_day).days == 7
    start = at(2026, 3, 21, 10, 0)
    end = at(2026, 3, 21, 16, 30)
    spoc = ("Meghna Pillai", "meghna.pillai@halcyon-gs.example")
    portal = f"https://candidate.hirepro.in/halcyon/login?cid={H(cid + 'c', 10)}"
    rounds = [("Round 1 - Technical Interview (Python, SQL)", (10, 0), (11, 0)),
              ("Round 2 - Technical Interview (Spark, Data Modelling)", (11, 30), (12, 30)),
              ("Lunch break", (12, 30), (13, 30)),
              ("Round 3 - Managerial Interview", (14, 30), (15, 15)),
              ("Round 4 - HR Discussion", (16, 0), (16, 30))]

    def rng(a, b):
        x = at(2026, 3, 14, *a)
        y = at(2026, 3, 14, *b)
        return f"{ampm(x, True)} - {ampm(y, True)}"
    table_txt = "\n".join(f"{name:<55}{rng(a, b)}" for name, a, b in rounds)
    intro = ("Congratulations! Based on your performance in the online assessment held on "
             "Saturday, 28 February 2026, you have been shortlisted for the interview rounds of our "
             "Virtual Hiring Drive for Data Engineer (3-6 years) at Halcyon Global Services, Mumbai.")
    assert at(2026, 2, 28, 0, 0).strftime("%A") == "Saturday"
    text1 = f"""Dear Aniket Sawant,

{intro}

Drive date   : Saturday, 14 March 2026
Candidate ID : HGS-DE-20417
Mode         : Virtual (video interview on the HirePro platform)

Round schedule (all timings IST):
{table_txt}

All rounds are elimination rounds; the result of each round will be communicated on the same day. Your video interview links will be available on the HirePro candidate portal 30 minutes before each round:
{portal}

Please keep the following ready: updated CV, a government photo ID (PAN / Aadhaar / Passport) and your last 3 months' salary slips.

For any queries, contact the TA SPOC: Meghna Pillai, meghna.pillai@halcyon-gs.example, +91 22 6812 4400 (Ext. 2217).

Regards,
Talent Acquisition Team
Halcyon Global Services Pvt. Ltd.

This is a system generated e-mail sent through HirePro. Please do not reply to noreply@hirepro.in.
"""
    rows = "".join(
        f'<tr><td style="border:1px solid #999;padding:4px 8px">{htmlmod.escape(n)}</td>'
        f'<td style="border:1px solid #999;padding:4px 8px">{rng(a, b)}</td></tr>\n'
        for n, a, b in rounds)
    html1 = f"""<html><body style="font-family:Verdana,Arial,sans-serif;font-size:13px">
<p>Dear Aniket Sawant,</p>
<p>{htmlmod.escape(intro)}</p>
<table style="border-collapse:collapse">
<tr><td><b>Drive date</b></td><td>Saturday, 14 March 2026</td></tr>
<tr><td><b>Candidate ID</b></td><td>HGS-DE-20417</td></tr>
<tr><td><b>Mode</b></td><td>Virtual (video interview on the HirePro platform)</td></tr>
</table>
<p><b>Round schedule (all timings IST):</b></p>
<table style="border-collapse:collapse">
<tr><th style="border:1px solid #999;padding:4px 8px">Round</th><th style="border:1px solid #999;padding:4px 8px">Time</th></tr>
{rows}</table>
<p>All rounds are elimination rounds; the result of each round will be communicated on the same day. Your video interview links will be available on the HirePro candidate portal 30 minutes before each round:<br><a href="{portal}">{portal}</a></p>
<p>Please keep the following ready: updated CV, a government photo ID (PAN / Aadhaar / Passport) and your last 3 months' salary slips.</p>
<p>For any queries, contact the TA SPOC: Meghna Pillai, <a href="mailto:meghna.pillai@halcyon-gs.example">meghna.pillai@halcyon-gs.example</a>, +91 22 6812 4400 (Ext. 2217).</p>
<p>Regards,<br>Talent Acquisition Team<br>Halcyon Global Services Pvt. Ltd.</p>
<p style="color:#888;font-size:11px">This is a system generated e-mail sent through HirePro. Please do not reply to noreply@hirepro.in.</p>
</body></html>
"""
    subj1 = ("Interview Invitation | Virtual Hiring Drive - Data Engineer | Saturday, "
             "14 March 2026")
    mid1 = f"<{H(cid + 'hp', 32)}@hirepro.in>"
    raw1, _ = human_mail(
        seed=cid + "1", frm=("Halcyon Global Services - Talent Acquisition", "noreply@hirepro.in"),
        to=[(OWNER_NAME, OWNER)], reply_to=spoc, subject=subj1, sent=sent1, text=text1,
        html=html1, client=("mta2.hirepro.in", "13.232.88.15"), msgid=mid1,
        extra_headers=["X-Mailer: HirePro Notification Engine"])
    ack_id = gmail_msgid(cid + "ack")
    text2 = f"""Dear Aniket,

Due to unavoidable business reasons, the Virtual Hiring Drive scheduled for this Saturday (14th March) has been rescheduled to next Saturday, 21st March 2026.

The round-wise timings remain the same as shared earlier - Round 1 starts at 10:00 AM IST and the HR discussion will be completed by 4:30 PM IST. Your candidate ID and HirePro portal login do not change.

Kindly acknowledge this mail. Apologies for the inconvenience caused.

Thanks & Regards,
Meghna Pillai
Talent Acquisition - Lateral Hiring
Halcyon Global Services Pvt. Ltd. | Hiranandani Gardens, Powai, Mumbai 400076
Tel: +91 22 6812 4400 (Ext. 2217)

________________________________
From: Aniket Sawant <{OWNER}>
Sent: Monday, March 9, 2026 9:03 PM
To: Meghna Pillai <{spoc[1]}>
Subject: Re: {subj1}

Hi Meghna,

Thank you. Confirming my availability for the drive on Saturday, 14 March. I have received my candidate ID (HGS-DE-20417).

Regards,
Aniket

________________________________
From: Halcyon Global Services - Talent Acquisition <noreply@hirepro.in>
Sent: Monday, March 9, 2026 11:20 AM
To: Aniket Sawant <{OWNER}>
Subject: {subj1}

{text1.rstrip()}
"""
    assert ack_sent.strftime("%-I:%M %p") == "9:03 PM" and sent1.strftime("%-I:%M %p") == "11:20 AM"
    raw2, _ = human_mail(
        seed=cid + "2", frm=spoc, to=[(OWNER_NAME, OWNER)], client="outlook",
        subject=f"RE: {subj1}", sent=sent2, text=text2,
        in_reply_to=ack_id, references=[mid1, ack_id],
        extra_headers=[f"Thread-Topic: {subj1}"])
    add_case(cid, [("01-hirepro-virtual-drive-invitation.eml", raw1),
                   ("02-re-drive-rescheduled-to-21-march.eml", raw2)], lab(
        [iv("Halcyon Global Services", "Data Engineer", start, end, "scheduled", [], [spoc[1]],
            "onsite")],
        "hard", "positive/same-day-loop-rescheduled",
        "HirePro virtual drive: four interview rounds (tech, tech, managerial, HR) on one day = one "
        "onsite from Round 1 start (10:00) to HR end (16:30). HR then moves the whole drive from "
        "Sat 14 Mar to Sat 21 Mar with the same timings (the quoted original still says 14 March). "
        "No panel addresses; follow-up to the TA SPOC from Reply-To/body, never noreply@hirepro.in. "
        "The online assessment on 28 Feb is past and not an interview."))


def case04():
    cid = "b135-04-whatsapp-forward-pls-join-at-4"
    sent = at(2026, 3, 10, 13, 7, s=22, weekday="Tuesday")
    start = at(2026, 3, 10, 16, 0)
    end = start + timedelta(hours=1)
    pooja = ("Pooja Nair", "pooja.nair@sapphirestaffing.example")
    meet = meet_code(cid + "meet")
    text = f"""Hi Aniket,

pls join at 4 today. client HR msg below fyi. same meet link as I shared on WA. join 5 min early and keep video on pls 🙏
call me if any issue - 98190 22645

Pooja

---- WhatsApp chat: Ritika Kirana Cloud HR ----
[10/03/26, 12:41 pm] Ritika Kirana Cloud HR: Hi Pooja, Aniket Sawant ka L1 aaj 4 pm fix kar diya hai for Data Engineer (Airflow/dbt). Panel - Aman, Data Platform team. 1 hr
[10/03/26, 12:42 pm] Ritika Kirana Cloud HR: https://meet.google.com/{meet}
[10/03/26, 12:44 pm] Pooja Sapphire: Ok noted 👍 will inform him
[10/03/26, 12:46 pm] Ritika Kirana Cloud HR: Pls ask him to join on time, Aman has back to back meetings after 5
[10/03/26, 12:46 pm] Pooja Sapphire: Sure ji
----

--
Pooja Nair
Senior Consultant - IT Hiring
Sapphire Staffing Solutions | Andheri (E), Mumbai
M: +91 98190 22645
"""
    raw, _ = human_mail(seed=cid, frm=pooja, to=[(OWNER_NAME, OWNER)],
                        subject="Kirana Cloud interview today - pls join at 4", sent=sent,
                        text=text, text_cte="base64")
    add_case(cid, [("01-kirana-cloud-interview-today-pls-join-at-4.eml", raw)], lab(
        [iv("Kirana Cloud", "Data Engineer (Airflow/dbt)", start, end, "scheduled", [],
            [pooja[1]], "technical")],
        "hard", "positive/forwarded-chat-relative-time",
        "Staffing-agency recruiter pastes the client HR's WhatsApp chat (Hinglish, DD/MM/YY "
        "timestamps). 'aaj 4 pm' / 'pls join at 4 today' resolved against the 10 Mar 13:07 IST "
        "message date; '1 hr' gives the end. Interviewer (Aman) and client HR have no address; "
        "the only human address is the agency recruiter, who gets the follow-up."))


def case05():
    cid = "b135-05-teams-gcc-singapore-time-hm-round"
    sent = at(2026, 3, 12, 14, 20, s=9, weekday="Thursday")
    start = at(2026, 3, 17, 11, 0, tz=SGT, weekday="Tuesday")
    end = at(2026, 3, 17, 12, 0, tz=SGT)
    s_ist = start.astimezone(IST)
    assert (s_ist.hour, s_ist.minute) == (8, 30) and s_ist.strftime("%A") == "Tuesday"
    farah = ("Farah Shaikh", "farah.shaikh@lumorabank.example")
    wl = ("Wei Ling Tan", "weiling.tan@lumorabank.example")
    body = f"""Hi Aniket,

Sharing the invite for your hiring manager round for the Lead Data Engineer - Payments Data Platform role at the Lumora Bank Global Capability Centre, Mumbai.

You will be speaking with Wei Ling Tan (Head of Data Engineering, Group Technology, Singapore). The invite is in Singapore time since Wei Ling shared her slots in SGT - that works out to {ampm(s_ist)} to {ampm(end.astimezone(IST))} IST on Tuesday.

Please accept the invite so that it reflects on her calendar. I will not be joining this call.

Best,
Farah Shaikh
Talent Acquisition | Lumora Bank - Global Capability Centre, India
BKC, Mumbai
"""
    when = "Tuesday, March 17, 2026 11:00 AM-12:00 PM (UTC+08:00) Kuala Lumpur, Singapore."
    raw = outlook_invite(
        seed=cid, kind="invite", organizer=farah, required=[(OWNER_NAME, OWNER), wl],
        subject_text="Lumora GCC | Lead Data Engineer - Hiring Manager Round | Aniket Sawant",
        start=start, end=end, wtz="Singapore Standard Time", offset="+0800", when_label=when,
        sent=sent, uid="040000008200E00074C5B7101A82E0080000000030" + H(cid + "uid", 40).upper(),
        seq=0, body=body)
    add_case(cid, [("01-teams-invite-hiring-manager-round.eml", raw)], lab(
        [iv("Lumora Bank", "Lead Data Engineer - Payments Data Platform", start, end, "scheduled",
            [wl[1]], [wl[1]], "hiring_manager")],
        "medium", "positive/outlook-teams-foreign-tz",
        "Exchange/Teams invite from a Mumbai GCC recruiter with TZID 'Singapore Standard Time' "
        "(11:00-12:00 SGT = 08:30-09:30 IST, stated in the body). Recruiter coordinates only; the "
        "Singapore hiring manager is the interviewer."))


def case06():
    cid = "b135-06-instahyre-plus-google-invite-dedupe"
    sent1 = at(2026, 3, 13, 10, 12, s=31, weekday="Friday")
    sent2 = at(2026, 3, 13, 10, 31, s=2, weekday="Friday")
    start = at(2026, 3, 19, 14, 30, weekday="Thursday")
    end = start + timedelta(minutes=60)
    nisha = ("Nisha Verghese", "nisha.verghese@brindle.example")
    rahul = ("Rahul Bhatia", "rahul.bhatia@brindle.example")
    opp = f"https://www.instahyre.com/candidate/opportunities/?matching=true&id={D(cid, 7)}"
    text1 = f"""Hi Aniket,

Good news! Brindle Mobility has scheduled an interview with you for the Data Engineer opportunity.

Round      : Technical Round 1
When       : Thu, 19 Mar 2026 at {ampm(start)} (IST)
Duration   : 60 min
Mode       : Video call - the recruiter will send you a calendar invite
Recruiter  : Nisha Verghese

Tip: go through the job description once more and keep your resume handy. You can see all your interviews on your Instahyre dashboard:
{opp}

All the best,
Team Instahyre

You are receiving this because you have an active candidate profile on Instahyre.
Unsubscribe: https://www.instahyre.com/candidate/settings/notifications/
"""
    raw1, _ = human_mail(
        seed=cid + "1", frm=("Instahyre", "noreply@instahyre.com"), to=[(OWNER_NAME, OWNER)],
        subject="Interview scheduled: Brindle Mobility | Data Engineer", sent=sent1, text=text1,
        client=("a27-21.smtp-out.ap-south-1.amazonses.com", "54.240.27.21"),
        msgid=ses_msgid(cid + "1"))
    desc = ("Hi Aniket - this round is with Rahul Bhatia (Staff Engineer, Data Platform). Expect SQL, "
            "Python and a deep-dive into one pipeline you have built. I'm only setting this up and "
            "won't be on the call.\n\nNisha\nTalent Acquisition, Brindle Mobility")
    raw2 = google_invite(
        seed=cid + "2", kind="invite", organizer=nisha, guests=[(rahul[0], rahul[1], "ACCEPTED")],
        summary="Brindle Mobility - Technical Round 1 (Data Engineer) - Aniket Sawant",
        start=start, end=end, disp_tz=IST, disp_tzname="India Standard Time - Kolkata",
        subj_tz="IST", sent=sent2, created=sent2, uid=f"{L(cid + 'uid', 26)}@google.com", seq=0,
        description=desc)
    add_case(cid, [("01-instahyre-interview-scheduled.eml", raw1),
                   ("02-invitation-brindle-technical-round-1.eml", raw2)], lab(
        [iv("Brindle Mobility", "Data Engineer", start, end, "scheduled", [rahul[1]], [rahul[1]],
            "technical")],
        "medium", "positive/dedupe-jobboard-plus-google-invite",
        "Instahyre notification and the recruiter's Google invite describe the same 14:30 IST round "
        "-> one interview. Organizer (Nisha) says she won't join; interviewer is the guest Rahul."))


def case07():
    cid = "b135-07-us-pacific-dst-recruiter-screen"
    owner_sent = at(2026, 3, 4, 22, 42, s=17, weekday="Wednesday")
    sent1 = at(2026, 3, 5, 10, 14, s=33, tz=PT, weekday="Thursday")
    sent2 = at(2026, 3, 5, 10, 21, s=48, tz=PT)
    start = at(2026, 3, 10, 9, 30, tz=PT, weekday="Tuesday")
    end = start + timedelta(minutes=30)
    assert sent1.utcoffset() == timedelta(hours=-8) and start.utcoffset() == timedelta(hours=-7)
    s_ist = start.astimezone(IST)
    assert (s_ist.hour, s_ist.minute) == (22, 0) and s_ist.date() == start.date()
    assert at(2026, 3, 8, 12, 0, tz=PT).strftime("%A") == "Sunday"   # "this Sunday" = DST start
    megan = ("Megan Alvarez", "megan.alvarez@tidewell.example")
    o_pt = owner_sent.astimezone(PT)
    assert o_pt.strftime("%a, %b %-d, %Y at %-I:%M %p") == "Wed, Mar 4, 2026 at 9:12 AM"
    owner_mid = gmail_msgid(cid + "owner")
    first_mid = gmail_msgid(cid + "first")
    text1 = f"""Hi Aniket,

Great - how about Tuesday March 10 at 9:30am PT? Heads up that our clocks spring forward this Sunday, so the gap to India shrinks by an hour: 9:30am PT on Tuesday is 10:00pm IST for you.

It'll be a 30 minute call with me - your background, the team, and how we hire for remote roles in India. I'll send a calendar invite in a few minutes.

Best,
Megan

--
Megan Alvarez
Technical Recruiter | Tidewell Labs
San Francisco, CA

On Wed, Mar 4, 2026 at 9:12 AM Aniket Sawant <{OWNER}> wrote:
> Hi Megan,
>
> Thanks for reaching out about the Senior Data Engineer (India remote) role. Evenings IST work best for me - any day next week after 8:30 pm IST.
>
> Regards,
> Aniket
>
> On Tue, Mar 3, 2026 at 4:55 PM Megan Alvarez <{megan[1]}> wrote:
>> Hi Aniket, I'm a recruiter at Tidewell Labs and came across your profile - we're hiring a Senior Data Engineer to work remotely from India with our platform team in SF. Open to a quick intro call next week? Let me know what times work in IST.
"""
    raw1, _ = human_mail(
        seed=cid + "1", frm=megan, to=[(OWNER_NAME, OWNER)],
        subject="Re: Tidewell Labs - Senior Data Engineer (India remote)", sent=sent1, text=text1,
        in_reply_to=owner_mid, references=[first_mid, owner_mid])
    desc = ("Intro call for the Senior Data Engineer (India remote) role. 9:30am PT = 10:00pm IST. "
            "I'll call via the Meet link.\n\nMegan Alvarez, Technical Recruiter")
    raw2 = google_invite(
        seed=cid + "2", kind="invite", organizer=megan, guests=[],
        summary="Aniket Sawant <> Tidewell Labs - Recruiter Screen", start=start, end=end,
        disp_tz=PT, disp_tzname="Pacific Time - Los Angeles", subj_tz=start.tzname(),
        sent=sent2, created=sent2, uid=f"{L(cid + 'uid', 26)}@google.com", seq=0,
        description=desc, phone_region="US")
    assert start.tzname() == "PDT"
    add_case(cid, [("01-re-tidewell-senior-data-engineer.eml", raw1),
                   ("02-invitation-recruiter-screen.eml", raw2)], lab(
        [iv("Tidewell Labs", "Senior Data Engineer (India remote)", s_ist,
            end.astimezone(IST), "scheduled", [megan[1]], [megan[1]], "phone_screen")],
        "hard", "positive/us-dst-crossing",
        "Mail sent on Thu 5 Mar in PST (-08:00) for Tue 10 Mar, after US DST starts on 8 Mar: "
        "9:30am PDT (-07:00) = 22:00 IST (using the send-date offset would give 23:00). Google "
        "invite shows Pacific time; the .ics is in UTC. Recruiter conducts the screen."))


def case08():
    cid = "b135-08-hinglish-thread-kal-12-baje"
    sent1 = at(2026, 3, 16, 11, 2, s=40, weekday="Monday")
    owner_reply = at(2026, 3, 16, 13, 15, s=12)
    sent2 = at(2026, 3, 16, 15, 38, s=6)
    start = at(2026, 3, 17, 12, 0, weekday="Tuesday")
    assert start.date() == (sent1 + timedelta(days=1)).date() == (sent2 + timedelta(days=1)).date()
    end = start + timedelta(hours=1)
    komal = ("Komal Thakur", "komal.thakur@dabbawise.example")
    sandeep = ("Sandeep Kulkarni", "sandeep.kulkarni@dabbawise.example")
    text1 = """Hi Aniket,

Profile shortlist ho gaya hai for Sr Data Engineer role. 1st round kal (Tuesday) 12 baje rakh sakte hai? Panel - Sandeep Kulkarni (Engg Manager, Data). 1 hr ka round hoga - SQL + pipeline design.

Pls confirm asap, slot block karna hai.

Thanks
Komal
HR - Dabbawise
"""
    subj = "Sr Data Engineer - Dabbawise - 1st round"
    mid1 = gmail_msgid(cid + "1")
    raw1, _ = human_mail(seed=cid + "1", frm=komal, to=[(OWNER_NAME, OWNER)], subject=subj,
                         sent=sent1, text=text1, msgid=mid1)
    owner_mid = gmail_msgid(cid + "owner")
    teams_text, teams_url = teams_block(cid + "teams")
    mid_line = [x for x in teams_text.split("\n") if x.startswith("Meeting ID")][0]
    pc_line = [x for x in teams_text.split("\n") if x.startswith("Passcode")][0]
    q1 = "\n".join(">> " + x if x else ">>" for x in text1.rstrip("\n").split("\n"))
    text2 = f"""Done Aniket. Kal 12 baje confirmed. Teams link niche hai, Sandeep ko cc kar diya hai.

Join: {teams_url}
{mid_line}
{pc_line}

Thanks
Komal
HR - Dabbawise

On Mon, 16 Mar 2026 at {owner_reply.strftime('%H:%M')}, Aniket Sawant <{OWNER}> wrote:
> Hi Komal,
>
> Haan, 12 works for me. Thanks!
>
> Aniket
>
> On Mon, 16 Mar 2026 at {sent1.strftime('%H:%M')}, Komal Thakur <{komal[1]}> wrote:
{q1}
"""
    raw2, _ = human_mail(seed=cid + "2", frm=komal, to=[(OWNER_NAME, OWNER)], cc=[sandeep],
                         subject=f"Re: {subj}", sent=sent2, text=text2,
                         in_reply_to=owner_mid, references=[mid1, owner_mid])
    add_case(cid, [("01-dabbawise-1st-round-slot.eml", raw1),
                   ("02-re-dabbawise-1st-round-confirmed.eml", raw2)], lab(
        [iv("Dabbawise", "Sr Data Engineer", start, end, "scheduled", [sandeep[1]], [sandeep[1]],
            "technical")],
        "medium", "positive/hinglish-thread-propose-confirm",
        "Terse Hinglish thread: 'kal (Tuesday) 12 baje' proposed Mon 16 Mar, candidate agrees, HR "
        "confirms the same day -> Tue 17 Mar 12:00-13:00 IST ('1 hr ka round'). Panelist Sandeep is "
        "cc'd on the confirmation, so he is the interviewer and follow-up recipient."))


def case09():
    cid = "b135-09-moved-to-thursday-gcal-json"
    sent1 = at(2026, 3, 13, 17, 5, s=50, weekday="Friday")
    sent2 = at(2026, 3, 16, 9, 48, s=19, weekday="Monday")
    old_start = at(2026, 3, 18, 11, 0, weekday="Wednesday")
    start = at(2026, 3, 19, 11, 0, weekday="Thursday")
    end = start + timedelta(hours=1)
    arjun = ("Arjun Malhotra", "arjun.malhotra@pravah.example")
    lakshmi = ("Lakshmi Raman", "lakshmi.raman@pravah.example")
    uid_local = L(cid + "uid", 26)
    summary = "Pravah Energy Tech | Data Engineer | Technical Interview - Aniket Sawant"
    desc = ("Technical interview with Lakshmi Raman (Senior Data Engineer). Topics: Kafka, "
            "streaming ingestion, data quality checks. 60 minutes.\n\nArjun Malhotra | Talent "
            "Acquisition | Pravah Energy Tech")
    raw1 = google_invite(
        seed=cid + "1", kind="invite", organizer=arjun,
        guests=[(lakshmi[0], lakshmi[1], "NEEDS-ACTION")], summary=summary, start=old_start,
        end=old_start + timedelta(hours=1), disp_tz=IST,
        disp_tzname="India Standard Time - Kolkata", subj_tz="IST", sent=sent1, created=sent1,
        uid=f"{uid_local}@google.com", seq=0, description=desc)
    text2 = f"""Hi Aniket,

Lakshmi has a production release going out on Wednesday, so could we move your technical interview to Thursday, same time (11 AM)? I'm updating the calendar invite now - if Thursday doesn't work for you, just reply here and I'll find another slot.

Thanks,
Arjun

Arjun Malhotra
Talent Acquisition | Pravah Energy Tech
Vikhroli, Mumbai
"""
    raw2, _ = human_mail(seed=cid + "2", frm=arjun, to=[(OWNER_NAME, OWNER)],
                         subject="Pravah - moving your technical interview to Thursday",
                         sent=sent2, text=text2)
    upd = sent2 + timedelta(minutes=6, seconds=41)
    meet = meet_code(cid + "1meet")
    event = {
        "kind": "calendar#event",
        "etag": f"\"{D(cid + 'etag', 16)}\"",
        "id": uid_local,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.b64encode(f"{uid_local} {OWNER}".encode()).decode().rstrip("="),
        "created": sent1.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": upd.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + "412Z",
        "summary": summary,
        "description": desc,
        "creator": {"email": arjun[1], "displayName": arjun[0]},
        "organizer": {"email": arjun[1], "displayName": arjun[0]},
        "start": {"dateTime": iso(start), "timeZone": "Asia/Kolkata"},
        "end": {"dateTime": iso(end), "timeZone": "Asia/Kolkata"},
        "iCalUID": f"{uid_local}@google.com",
        "sequence": 1,
        "attendees": [
            {"email": arjun[1], "displayName": arjun[0], "organizer": True,
             "responseStatus": "accepted"},
            {"email": lakshmi[1], "displayName": lakshmi[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": f"https://meet.google.com/{meet}",
        "conferenceData": {
            "entryPoints": [
                {"entryPointType": "video", "uri": f"https://meet.google.com/{meet}",
                 "label": f"meet.google.com/{meet}"},
                {"entryPointType": "phone", "uri": "tel:+91-22-7127-9470",
                 "label": "+91 22 7127 9470", "pin": D(cid + "1pin", 9), "regionCode": "IN"},
            ],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": meet,
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    raw3 = (json.dumps(event, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    add_case(cid, [("01-invitation-pravah-technical-interview.eml", raw1),
                   ("02-moving-to-thursday.eml", raw2),
                   ("03-pravah-technical-interview.gcal.json", raw3)], lab(
        [iv("Pravah Energy Tech", "Data Engineer", start, end, "scheduled", [lakshmi[1]],
            [lakshmi[1]], "technical")],
        "medium", "positive/reschedule-email-plus-api-event",
        "Google invite for Wed 18 Mar 11:00 IST, recruiter mail moves it to 'Thursday, same time', "
        "and the Calendar API event (same iCalUID, sequence 1) shows Thu 19 Mar 11:00-12:00 IST. "
        "One interview at the final time."))


def case10():
    cid = "b135-10-teams-invite-cancelled-role-on-hold"
    sent1 = at(2026, 3, 11, 12, 30, s=15, weekday="Wednesday")
    sent2 = at(2026, 3, 18, 19, 10, s=2, weekday="Wednesday")
    start = at(2026, 3, 20, 15, 0, weekday="Friday")
    end = at(2026, 3, 20, 16, 0)
    swati = ("Swati Deshmukh", "swati.deshmukh@northbeam.example")
    gaurav = ("Gaurav Sethi", "gaurav.sethi@northbeam.example")
    uid = "040000008200E00074C5B7101A82E00800000000" + H(cid + "uid", 44).upper()
    subj = "Northbeam Technology Centre | Technical Interview - Data Engineer (Azure) | Aniket Sawant"
    when = "Friday, March 20, 2026 3:00 PM-4:00 PM (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi."
    body1 = """Hi Aniket,

Please find the invite for your technical interview for the Data Engineer (Azure) position at Northbeam Technology Centre, Mumbai (the India GCC of Northbeam Insurance).

Panel: Gaurav Sethi, Principal Data Engineer
Focus areas: Azure Data Factory, Databricks / PySpark, Delta Lake, SQL performance tuning

Kindly join 5 minutes early from a laptop with your camera on and keep a government ID handy for verification.

Regards,
Swati Deshmukh
Talent Acquisition | Northbeam Technology Centre
Goregaon (E), Mumbai
"""
    raw1 = outlook_invite(seed=cid, kind="invite", organizer=swati,
                          required=[(OWNER_NAME, OWNER), gaurav], subject_text=subj, start=start,
                          end=end, wtz="India Standard Time", offset="+0530", when_label=when,
                          sent=sent1, uid=uid, seq=0, body=body1)
    body2 = """Hi Aniket,

Apologies - the Data Engineer (Azure) requisition has been put on hold by the business, so we need to cancel Friday's technical interview with Gaurav.

I will reach out to you directly if the position reopens. Thank you for your time and understanding.

Regards,
Swati Deshmukh
Talent Acquisition | Northbeam Technology Centre
"""
    raw2 = outlook_invite(seed=cid, kind="cancel", organizer=swati,
                          required=[(OWNER_NAME, OWNER), gaurav], subject_text=subj, start=start,
                          end=end, wtz="India Standard Time", offset="+0530", when_label=when,
                          sent=sent2, uid=uid, seq=1, body=body2, importance_high=True)
    add_case(cid, [("01-teams-invite-technical-interview.eml", raw1),
                   ("02-canceled-technical-interview.eml", raw2)], lab(
        [iv("Northbeam Technology Centre", "Data Engineer (Azure)", start, end, "cancelled",
            [gaurav[1]], [gaurav[1]], "technical")],
        "easy", "positive/cancellation",
        "Exchange/Teams invite (TZID India Standard Time) followed by METHOD:CANCEL with the same "
        "UID (requisition on hold). Kept as one cancelled interview at its last scheduled time."))


def case11():
    cid = "b135-11-two-rounds-singapore-fintech"
    sent1 = at(2026, 3, 10, 18, 5, s=27, tz=SGT, weekday="Tuesday")
    sent2 = at(2026, 3, 10, 18, 12, s=3, tz=SGT)
    sent3 = at(2026, 3, 10, 18, 14, s=40, tz=SGT)
    s1 = at(2026, 3, 16, 14, 0, weekday="Monday")
    e1 = s1 + timedelta(hours=1)
    s2 = at(2026, 3, 19, 17, 0, tz=SGT, weekday="Thursday")
    e2 = s2 + timedelta(minutes=45)
    assert s2.astimezone(IST).strftime("%H:%M") == "14:30"
    assert e2.astimezone(IST).strftime("%H:%M") == "15:15"
    pris = ("Priscilla Goh", "priscilla.goh@merlionledger.example")
    harish = ("Harish Venkat", "harish.venkat@merlionledger.example")
    daniel = ("Daniel Koh", "daniel.koh@merlionledger.example")
    text1 = """Hi Aniket,

Thanks for speaking with me last week. I'm pleased to share that the team would like to move you forward for the Senior Data Engineer role in our Mumbai office. I've booked both remaining rounds:

1) Technical round - SQL, data modelling and a pipeline design exercise, with Harish Venkat (Data Engineering Lead, Mumbai)
   Monday 16 March, 2:00 - 3:00 PM IST

2) Final round with our CTO, Daniel Koh
   Thursday 19 March, 5:00 - 5:45 PM Singapore time (2:30 - 3:15 PM IST)

Calendar invites will follow from me shortly; both are on Google Meet. Shout if either slot doesn't work.

Best regards,
Priscilla Goh
Talent Acquisition Partner | Merlion Ledger Pte. Ltd.
Singapore
"""
    raw1, _ = human_mail(seed=cid + "1", frm=pris, to=[(OWNER_NAME, OWNER)],
                         subject="Merlion Ledger - Senior Data Engineer (Mumbai) - next rounds",
                         sent=sent1, text=text1)
    raw2 = google_invite(
        seed=cid + "2", kind="invite", organizer=pris,
        guests=[(harish[0], harish[1], "ACCEPTED")],
        summary="Merlion Ledger: Technical Round - Aniket Sawant (Senior Data Engineer)",
        start=s1, end=e1, disp_tz=IST, disp_tzname="India Standard Time - Kolkata",
        subj_tz="IST", sent=sent2, created=sent2, uid=f"{L(cid + 'uid2', 26)}@google.com",
        seq=0, description="SQL, data modelling and a pipeline design exercise with Harish.")
    raw3 = google_invite(
        seed=cid + "3", kind="invite", organizer=pris,
        guests=[(daniel[0], daniel[1], "NEEDS-ACTION")],
        summary="Merlion Ledger: Final Round with Daniel Koh (CTO) - Aniket Sawant",
        start=s2, end=e2, disp_tz=SGT, disp_tzname="Singapore Standard Time",
        subj_tz="GMT+8", sent=sent3, created=sent3, uid=f"{L(cid + 'uid3', 26)}@google.com",
        seq=0, description="Final conversation with Daniel (CTO). 2:30pm IST for you, Aniket.")
    add_case(cid, [("01-merlion-ledger-next-rounds.eml", raw1),
                   ("02-invitation-technical-round.eml", raw2),
                   ("03-invitation-final-round-cto.eml", raw3)], lab(
        [iv("Merlion Ledger", "Senior Data Engineer", s1, e1, "scheduled", [harish[1]],
            [harish[1]], "technical"),
         iv("Merlion Ledger", "Senior Data Engineer", s2, e2, "scheduled", [daniel[1]],
            [daniel[1]], "hiring_manager")],
        "medium", "positive/two-interviews-mixed-tz",
        "Singapore recruiter books two rounds on different days: technical Mon 16 Mar 14:00 IST and "
        "CTO final Thu 19 Mar 17:00 SGT (= 14:30 IST). Summary mail + one Google invite per round "
        "-> two interviews, each with its own interviewer."))


def case12():
    cid = "b135-12-cancelled-then-rebooked-new-event"
    sent1 = at(2026, 3, 4, 15, 10, s=8, weekday="Wednesday")
    sent2 = at(2026, 3, 6, 10, 15, s=55, weekday="Friday")
    sent3 = at(2026, 3, 9, 12, 40, s=21, weekday="Monday")
    s_old = at(2026, 3, 6, 17, 0, weekday="Friday")
    e_old = s_old + timedelta(hours=1)
    s_new = at(2026, 3, 11, 16, 0, weekday="Wednesday")
    e_new = s_new + timedelta(hours=1)
    deepa = ("Deepa Iyer", "deepa.iyer@konkanfreight.example")
    vivek = ("Vivek Chandra", "vivek.chandra@konkanfreight.example")
    ananya = ("Ananya Bose", "ananya.bose@konkanfreight.example")
    summary = "Konkan Freightworks | Round 2 - System Design (Data Engineer) | Aniket Sawant"
    uid_a = f"{L(cid + 'uidA', 26)}@google.com"
    uid_b = f"{L(cid + 'uidB', 26)}@google.com"
    common = dict(organizer=deepa, summary=summary, disp_tz=IST,
                  disp_tzname="India Standard Time - Kolkata", subj_tz="IST")
    raw1 = google_invite(
        seed=cid + "1", kind="invite", guests=[(vivek[0], vivek[1], "ACCEPTED")], start=s_old,
        end=e_old, sent=sent1, created=sent1, uid=uid_a, seq=0,
        description="Round 2 (system design for data platforms) with Vivek Chandra, Engineering "
                    "Manager - Data.", **common)
    raw2 = google_invite(
        seed=cid + "1", kind="cancel", guests=[(vivek[0], vivek[1], "ACCEPTED")], start=s_old,
        end=e_old, sent=sent2, created=sent1, uid=uid_a, seq=1, description=None,
        note="Hi Aniket, Vivek is down with fever today so we have to cancel this evening's "
             "round. I'll send a fresh invite with another panelist early next week. Sorry! - Deepa",
        **common)
    raw3 = google_invite(
        seed=cid + "3", kind="invite", guests=[(ananya[0], ananya[1], "ACCEPTED")], start=s_new,
        end=e_new, sent=sent3, created=sent3, uid=uid_b, seq=0,
        description="Round 2 (system design) - new slot. Panelist: Ananya Bose, Principal "
                    "Engineer. Same format as before, 60 minutes.", **common)
    add_case(cid, [("01-invitation-round-2.eml", raw1),
                   ("02-canceled-event-round-2.eml", raw2),
                   ("03-invitation-round-2-new-slot.eml", raw3)], lab(
        [iv("Konkan Freightworks", "Data Engineer", s_old, e_old, "cancelled", [vivek[1]],
            [vivek[1]], "technical"),
         iv("Konkan Freightworks", "Data Engineer", s_new, e_new, "scheduled", [ananya[1]],
            [ananya[1]], "technical")],
        "hard", "positive/cancel-then-rebook",
        "Round 2 on Fri 6 Mar 17:00 IST is cancelled the same morning (Google 'Canceled event with "
        "note', same UID); a NEW event (different UID, same title, new panelist) books Wed 11 Mar "
        "16:00 IST. Per the rules that is two entries: one cancelled, one scheduled."))


def case13():
    cid = "b135-13-standalone-ics-founder-chat"
    stamp = at(2026, 3, 20, 19, 2, s=11, weekday="Friday")
    start = at(2026, 3, 24, 18, 30, weekday="Tuesday")
    end = at(2026, 3, 24, 19, 15)
    raghav = ("Raghav Menon", "raghav@pinecrestdata.example")
    zoom = f"https://us06web.zoom.us/j/{D(cid + 'z', 11)}?pwd={A(cid + 'pwd', 32)}"
    desc = ("Hi Aniket - last step in the process for the Founding Data Engineer role. No prep "
            "needed: a conversation with me about how you like to work, what you'd want to build "
            "in your first six months, and any questions you have for us.\n\nZoom: " + zoom
            + "\n\nRaghav\nCo-founder & CEO, Pinecrest Data")
    lines = (["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Zoho Corporation//Zoho Calendar//EN",
              "CALSCALE:GREGORIAN", "METHOD:REQUEST"]
             + iana_vtimezone("Asia/Calcutta", "+0530", "IST")
             + ["BEGIN:VEVENT", f"UID:{H(cid + 'uid', 32)}@zoho.com",
                f"DTSTAMP:{zstamp(stamp)}", f"CREATED:{zstamp(stamp)}",
                f"LAST-MODIFIED:{zstamp(stamp)}", "SEQUENCE:0",
                f"DTSTART;TZID=Asia/Calcutta:{local_stamp(start)}",
                f"DTEND;TZID=Asia/Calcutta:{local_stamp(end)}",
                "SUMMARY:Pinecrest Data - final conversation with Raghav (Co-founder & CEO)",
                f"DESCRIPTION:{ics_escape(desc)}", f"LOCATION:{ics_escape(zoom)}",
                f"ORGANIZER;CN={raghav[0]}:mailto:{raghav[1]}",
                attendee(raghav[1], raghav[0], role="CHAIR", partstat="ACCEPTED", rsvp=False),
                attendee(OWNER, OWNER_NAME, partstat="ACCEPTED"),
                "STATUS:CONFIRMED", "TRANSP:OPAQUE", "CLASS:PUBLIC",
                "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder",
                "TRIGGER:-PT30M", "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    raw = ics_text(lines).encode("utf-8")
    add_case(cid, [("01-pinecrest-final-conversation.ics", raw)], lab(
        [iv("Pinecrest Data", "Founding Data Engineer", start, end, "scheduled", [raghav[1]],
            [raghav[1]], "hiring_manager")],
        "medium", "positive/standalone-ics",
        "Standalone Zoho .ics (legacy TZID Asia/Calcutta = IST) for the final round with the "
        "co-founder/CEO, who organizes and conducts it. Founder final chat counts as an interview."))


# =========================================================================== NEGATIVE CASES
def case14():
    cid = "b135-14-hackerearth-online-coding-test"
    sent = at(2026, 3, 10, 11, 26, s=37, weekday="Tuesday")
    start = at(2026, 3, 14, 10, 0, weekday="Saturday")
    end = at(2026, 3, 14, 23, 30)
    link = f"https://assessment.hackerearth.com/challenges/hiring/orbitly-data-engineer-hiring-challenge-2026/?login={H(cid, 12)}"
    text = f"""Hi Aniket,

Orbitly Analytics has invited you to take the online assessment for the Data Engineer Hiring Challenge 2026.

Test window : Saturday, 14 Mar 2026, {ampm(start, True)} to {ampm(end, True)} IST
Duration    : 90 minutes (the timer starts when you click "Start test")
Sections    : 10 MCQs (SQL, distributed systems), 3 SQL problems, 2 PySpark problems
Proctoring  : webcam and full-screen mode are mandatory; tab switches are recorded

Start your test: {link}

Candidates who clear this assessment will be invited for interviews with the Orbitly data engineering team. Please do not share the questions; plagiarism checks are run on every submission.

For technical issues during the test, write to support@hackerearth.com.

Good luck!
Team HackerEarth on behalf of Orbitly Analytics
"""
    cal = ics_text(
        ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//HackerEarth//Assessments//EN",
         "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
        + iana_vtimezone("Asia/Kolkata", "+0530", "IST")
        + ["BEGIN:VEVENT", f"UID:assessment-{H(cid + 'uid', 24)}@hackerearth.com",
           f"DTSTAMP:{zstamp(sent)}", f"DTSTART;TZID=Asia/Kolkata:{local_stamp(start)}",
           f"DTEND;TZID=Asia/Kolkata:{local_stamp(end)}",
           "SUMMARY:Orbitly Data Engineer Hiring Challenge 2026 - Online Assessment",
           "DESCRIPTION:" + ics_escape(f"90-minute proctored online test. Start any time in the "
                                       f"window.\n{link}"),
           f"LOCATION:{link}", "ORGANIZER;CN=HackerEarth:mailto:no-reply@hackerearth.com",
           "STATUS:CONFIRMED", "TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR"])
    raw = mail_with_ics(
        seed=cid, frm=("Orbitly Analytics via HackerEarth", "no-reply@hackerearth.com"),
        subject="Invitation: Orbitly Data Engineer Hiring Challenge 2026 - online assessment on "
                "14 Mar", sent=sent, text=text, cal=cal, method="PUBLISH",
        ics_name="assessment.ics",
        rx_from=("o1678.em.hackerearth.com", "149.72.163.21", "em.hackerearth.com"),
        msgid=f"<{A(cid + 'sg', 22)}@geopod-ismtpd-7>", cal_inline=False)
    add_case(cid, [("01-hackerearth-online-assessment-invite.eml", raw)], lab(
        [], "medium", "negative/online-assessment",
        "Proctored online coding test with a calendar window and 'interviews' mentioned as the next "
        "step. An assessment is not a live interview."))


def case15():
    cid = "b135-15-hr-document-verification-call"
    sent = at(2026, 3, 16, 10, 45, s=19, weekday="Monday")
    start = at(2026, 3, 18, 16, 0, weekday="Wednesday")
    end = start + timedelta(minutes=30)
    join_day = at(2026, 4, 6, 9, 30, weekday="Monday")
    ruchi = ("Ruchi Agarwal", "ruchi.agarwal@indusquanta.example")
    body = f"""Hi Aniket,

Thank you for accepting our offer for the Data Engineer II position. As part of the pre-joining formalities, we have scheduled a short HR call to verify your documents before your date of joining ({join_day.strftime('%A')}, 6 April 2026).

Please keep the originals and self-attested scanned copies of the following ready:
- PAN card and Aadhaar card
- 10th, 12th and graduation mark sheets and degree certificate
- Relieving / experience letters from all previous employers
- Last 3 months' salary slips from your current employer and your resignation acceptance e-mail

Please join with your camera on. After the call you will receive the link to the onboarding portal to upload these documents and fill in your bank and PF details.

Regards,
Ruchi Agarwal
HR Operations - Onboarding | Indus Quanta Analytics
Airoli, Navi Mumbai
"""
    when = "Wednesday, March 18, 2026 4:00 PM-4:30 PM (UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi."
    raw = outlook_invite(
        seed=cid, kind="invite", organizer=ruchi, required=[(OWNER_NAME, OWNER)],
        subject_text="HR Call - Document Verification | Aniket Sawant | Data Engineer II",
        start=start, end=end, wtz="India Standard Time", offset="+0530", when_label=when,
        sent=sent, uid="040000008200E00074C5B7101A82E00800000000" + H(cid + "uid", 44).upper(),
        seq=0, body=body)
    add_case(cid, [("01-teams-hr-call-document-verification.eml", raw)], lab(
        [], "hard", "negative/post-offer-document-verification",
        "Teams invite titled 'HR Call' for a Data Engineer II role, but it is a post-offer "
        "pre-joining document check after the offer was accepted - not an interview."))


def case16():
    cid = "b135-16-background-verification-call"
    sent = at(2026, 3, 23, 12, 18, s=44, weekday="Monday")
    start = at(2026, 3, 26, 11, 0, weekday="Thursday")
    end = at(2026, 3, 26, 12, 0)
    nitin = ("Nitin Pawar", "nitin.pawar@veritrust-screening.example")
    ref = f"VTS/SCS/2026/{D(cid, 6)}"
    text = f"""Dear Aniket Sawant,

Greetings from VeriTrust Screening Services.

We have been engaged by Saffron Cloud Systems Pvt. Ltd. to conduct your pre-employment background verification in connection with your offer of employment as Senior Data Engineer. Case reference: {ref}.

Our verification executive, Mr. Nitin Pawar, will call you on Thursday, 26 March 2026 between {ampm(start, True)} and {ampm(end, True)} IST on your registered mobile number ending 4471. The call takes about 15 minutes and covers your employment history, address and education details as declared in the BGV form. Please note that this is a verification call and not a re-interview; no technical questions will be asked.

Kindly keep your UAN number, last two employers' HR contact details and your address proof handy. If the slot is not convenient, reply to this mail with an alternate time.

Regards,
Nitin Pawar
Verification Executive - Employment & Address Checks
VeriTrust Screening Services Pvt. Ltd., Thane (W)
"""
    cal = ics_text(
        ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//VeriTrust Screening//CaseDesk 4.2//EN",
         "METHOD:REQUEST"]
        + iana_vtimezone("Asia/Kolkata", "+0530", "IST")
        + ["BEGIN:VEVENT", f"UID:{H(cid + 'uid', 20)}@casedesk.veritrust-screening.example",
           f"DTSTAMP:{zstamp(sent)}", f"DTSTART;TZID=Asia/Kolkata:{local_stamp(start)}",
           f"DTEND;TZID=Asia/Kolkata:{local_stamp(end)}",
           f"SUMMARY:BGV telephonic verification - Aniket Sawant ({ref})",
           "DESCRIPTION:" + ics_escape("Pre-employment background verification call on behalf of "
                                       "Saffron Cloud Systems. Employment/address/education."),
           "LOCATION:Phone call",
           f"ORGANIZER;CN={nitin[0]}:mailto:{nitin[1]}",
           attendee(OWNER, OWNER_NAME), "STATUS:CONFIRMED", "SEQUENCE:0",
           "END:VEVENT", "END:VCALENDAR"])
    raw = mail_with_ics(
        seed=cid, frm=("VeriTrust Screening - Candidate Verification",
                       "casedesk@veritrust-screening.example"),
        reply_to=nitin,
        subject=f"Pre-employment background verification - Saffron Cloud Systems - verification "
                f"call scheduled [{ref}]", sent=sent, text=text, cal=cal, method="REQUEST",
        ics_name="bgv-call.ics",
        rx_from=("mail.veritrust-screening.example", "203.0.113.47", "veritrust-screening.example"))
    add_case(cid, [("01-bgv-verification-call-scheduled.eml", raw)], lab(
        [], "hard", "negative/background-verification",
        "Background-verification vendor books a phone call with an .ics after an offer; it verifies "
        "declared history and is explicitly not an interview."))


def case17():
    cid = "b135-17-webinar-crack-de-interviews"
    sent = at(2026, 3, 11, 20, 33, s=9, weekday="Wednesday")
    start = at(2026, 3, 21, 11, 0, weekday="Saturday")
    end = at(2026, 3, 21, 12, 30)
    wid = D(cid + "w", 11)
    join = f"https://us02web.zoom.us/w/{wid}?tk={A(cid + 'tk', 40)}"
    title = "Crack Data Engineering Interviews at Product Companies & GCCs"
    text = f"""Hi Aniket,

Thank you for registering for "{title}".

Please submit any questions to: events@datakaksha.example

Date Time: Mar 21, 2026 11:00 AM India

Join from PC, Mac, iPad, or Android: {join}
Passcode: {D(cid + 'pc', 6)}

Description: A live 90-minute session by DataKaksha Academy mentors: how product companies and GCCs in India run data engineering interview loops (SQL, Spark, system design, behavioural), a live mock round on stage, and Q&A. Recording will be shared with registrants.

Add to Calendar: https://us02web.zoom.us/webinar/tZ{A(cid + 'ics', 20)}/ics?user_id={A(cid + 'u', 16)}

You can cancel your registration at any time.

Zoom Video Communications, Inc.
"""
    cal = ics_text(
        ["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", "METHOD:PUBLISH", "BEGIN:VEVENT",
         f"DTSTAMP:{zstamp(sent)}", f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}",
         f"SUMMARY:{ics_escape(title)}", f"UID:{zstamp(sent)}-{wid}@zoom.us",
         "TZID:Asia/Calcutta", f"DESCRIPTION:{ics_escape('DataKaksha Live webinar. Join: ' + join)}",
         f"LOCATION:{join}", "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY",
         "DESCRIPTION:Reminder", "END:VALARM", "END:VEVENT", "END:VCALENDAR"])
    raw = mail_with_ics(
        seed=cid, frm=("DataKaksha Academy", "no-reply@zoom.us"),
        reply_to=("DataKaksha Events", "events@datakaksha.example"),
        subject=f"{title} Confirmation", sent=sent, text=text, cal=cal, method="PUBLISH",
        ics_name="invite.ics", cal_inline=False,
        rx_from=("mail1011.zoom.us", "170.114.10.11", "zoom.us"))
    add_case(cid, [("01-zoom-webinar-registration.eml", raw)], lab(
        [], "easy", "negative/webinar",
        "Zoom webinar registration about cracking data engineering interviews, with .ics and a "
        "'live mock round' on stage. Not the user's interview."))


def case18():
    cid = "b135-18-mock-interview-prep-platform"
    sent = at(2026, 3, 17, 22, 4, s=58, weekday="Tuesday")
    start = at(2026, 3, 22, 11, 0, weekday="Sunday")
    end = start + timedelta(minutes=60)
    sid = ("Siddharth Rao", "siddharth.rao@mockmentor.example")
    booking = f"MM-{D(cid, 5)}"
    text = f"""Hi Aniket,

Your mock interview is confirmed!

Session   : Mock Interview - Data Engineering System Design (Senior)
Mentor    : Siddharth Rao - Staff Data Engineer, 9 yrs (ex-e-commerce & fintech)
When      : Sunday, 22 March 2026, {ampm(start)} IST (60 min)
Booking ID: {booking}
Amount paid: Rs. 1,499 (incl. 18% GST)

Your mentor will run it exactly like a real interview loop round and share a detailed scorecard and feedback within 24 hours. The Google Meet link is in the calendar invite from your mentor.

Need to reschedule? You can move the session free of charge up to 12 hours before it starts: https://mockmentor.example/bookings/{booking}

Happy prepping,
Team MockMentor
"""
    raw1, _ = human_mail(
        seed=cid + "1", frm=("MockMentor", "bookings@mockmentor.example"),
        to=[(OWNER_NAME, OWNER)], subject=f"Booking confirmed: Mock Interview with Siddharth Rao "
                                          f"on Sun, 22 Mar ({booking})",
        sent=sent, text=text, client=("mail.mockmentor.example", "198.51.100.23"))
    meet = meet_code(cid + "meet")
    uid_local = L(cid + "uid", 26)
    event = {
        "kind": "calendar#event",
        "etag": f"\"{D(cid + 'etag', 16)}\"",
        "id": uid_local,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.b64encode(f"{uid_local} {OWNER}".encode()).decode().rstrip("="),
        "created": (sent + timedelta(minutes=3)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (sent + timedelta(minutes=9)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.")
                   + "208Z",
        "summary": "Mock Interview (DE System Design) - Aniket x Siddharth | MockMentor",
        "description": f"Paid practice session booked on MockMentor (booking {booking}). "
                       "Format: 45 min design problem + 15 min feedback. Scorecard is emailed "
                       "after the session.",
        "creator": {"email": sid[1], "displayName": sid[0]},
        "organizer": {"email": sid[1], "displayName": sid[0]},
        "start": {"dateTime": iso(start), "timeZone": "Asia/Kolkata"},
        "end": {"dateTime": iso(end), "timeZone": "Asia/Kolkata"},
        "iCalUID": f"{uid_local}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": sid[1], "displayName": sid[0], "organizer": True,
             "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": f"https://meet.google.com/{meet}",
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    raw2 = (json.dumps(event, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    add_case(cid, [("01-mockmentor-booking-confirmed.eml", raw1),
                   ("02-mock-interview-siddharth.gcal.json", raw2)], lab(
        [], "medium", "negative/mock-interview",
        "Paid mock interview on a prep platform (booking mail + Calendar API event titled 'Mock "
        "Interview'). Coaching, not a hiring process."))


def case19():
    cid = "b135-19-instahyre-request-availability-only"
    sent1 = at(2026, 3, 12, 9, 14, s=3, weekday="Thursday")
    sent2 = at(2026, 3, 13, 16, 52, s=36, weekday="Friday")
    aparna = ("Aparna Ghosh", "aparna.ghosh@yellowfinretail.example")
    text1 = f"""Hi Aniket,

Yellowfin Retail wants to interview you!

Senior Data Engineer (6-9 yrs) | Mumbai - Hybrid | Rs. 32-45 LPA
Skills: Spark, Kafka, Airflow, Snowflake, Python

Accept the interview request to share your contact details with the recruiter. Once you accept, the recruiter will get in touch with you to schedule the interview.

Accept interview request: https://www.instahyre.com/candidate/opportunities/{D(cid, 7)}/accept/
Not interested: https://www.instahyre.com/candidate/opportunities/{D(cid, 7)}/decline/

This request expires on 19 Mar 2026.

Team Instahyre
"""
    raw1, _ = human_mail(
        seed=cid + "1", frm=("Instahyre", "noreply@instahyre.com"), to=[(OWNER_NAME, OWNER)],
        subject="Yellowfin Retail wants to interview you for Senior Data Engineer", sent=sent1,
        text=text1, client=("a27-33.smtp-out.ap-south-1.amazonses.com", "54.240.27.33"),
        msgid=ses_msgid(cid + "1"))
    text2 = """Hi Aniket,

Thanks for accepting our request on Instahyre. I'd like to set up your first round with our Data Engineering Manager for the Senior Data Engineer role.

Could you share 2-3 slots between Tuesday and Thursday next week? Mornings work best for the panel (10 AM - 1 PM IST), each slot 45 minutes. Once I have your availability I'll send a calendar invite.

Also please share your current CTC, expected CTC and notice period.

Regards,
Aparna Ghosh
Talent Acquisition | Yellowfin Retail
Lower Parel, Mumbai
"""
    raw2, _ = human_mail(seed=cid + "2", frm=aparna, to=[(OWNER_NAME, OWNER)],
                         subject="Yellowfin Retail | Senior Data Engineer | Interview availability",
                         sent=sent2, text=text2, client="outlook")
    add_case(cid, [("01-instahyre-interview-request.eml", raw1),
                   ("02-yellowfin-interview-availability.eml", raw2)], lab(
        [], "hard", "negative/interview-request-unscheduled",
        "Instahyre 'wants to interview you' request followed by the recruiter asking for 2-3 slots "
        "next week. Nothing is booked yet (availability request)."))


def case20():
    cid = "b135-20-naukri-walk-in-drive-alert"
    sent = at(2026, 3, 15, 8, 31, s=12, weekday="Sunday")
    jobs = [
        ("Walk-in Drive: Data Engineer (PySpark, Azure)", "Aldenmoor Consulting", "3-7 Yrs",
         "Mumbai (Airoli)", "Walk-in: Sat, 21 Mar 2026, 10:00 AM - 3:00 PM",
         "Venue: Aldenmoor Consulting, Tower 4, Mindspace, Airoli, Navi Mumbai"),
        ("Walk-in Interview | Senior Data Engineer | Snowflake + dbt", "Quartzline Technologies",
         "5-9 Yrs", "Mumbai (Powai)", "Walk-in: 18 Mar - 20 Mar, 11:00 AM - 4:00 PM",
         "Venue: Quartzline Technologies, Delphi B Wing, Hiranandani Business Park, Powai"),
        ("Big Data Engineer - Virtual Hiring Drive", "Corvane Global Services", "4-8 Yrs",
         "Pune, Mumbai", "Virtual drive: Sat, 21 Mar 2026, 9:30 AM onwards",
         "Register to get your interview slot"),
    ]
    assert at(2026, 3, 21, 0, 0).strftime("%a") == "Sat"
    blocks = []
    for i, (t, c, exp, loc, when, venue) in enumerate(jobs):
        url = f"https://www.naukri.com/job-listings-{D(cid + str(i), 12)}?src=jobalert_walkin"
        blocks.append(f"{t}\n{c} | {exp} | {loc}\n{when}\n{venue}\nView & Apply: {url}")
    text = ("Hi Aniket,\n\nWalk-in interviews matching your profile \"Data Engineer\" this week:\n\n"
            + "\n\n".join(blocks)
            + "\n\nWalk-in drives are conducted by the employers. Naukri.com does not charge any fee "
              "for interviews; never pay anyone for a job.\n\nYou are receiving this Job Alert "
              "because you created it on Naukri.com.\nModify / unsubscribe: "
              "https://www.naukri.com/mnjuser/jobalerts\nInfo Edge (India) Ltd., B-8, Sector 132, "
              "Noida - 201304\n")
    raw, _ = human_mail(
        seed=cid, frm=("Naukri Job Alert", "jobalert@naukri.com"), to=[(OWNER_NAME, OWNER)],
        subject="Walk-in interviews for Data Engineer this week | Airoli, Powai & more",
        sent=sent, text=text, client=("mailer18.naukri.com", "103.16.138.18"),
        msgid=f"<{H(cid, 24)}.{D(cid, 10)}.JavaMail.naukri@mailer18.naukri.com>",
        extra_headers=["List-Unsubscribe: <https://www.naukri.com/mnjuser/jobalerts>",
                       "Precedence: bulk"])
    add_case(cid, [("01-naukri-walk-in-job-alert.eml", raw)], lab(
        [], "medium", "negative/job-alert-walk-in",
        "Naukri job alert listing walk-in interview drives with dates and venues; nothing is "
        "booked for the user."))


def case21():
    cid = "b135-21-freelance-panel-user-is-interviewer"
    sent = at(2026, 3, 18, 13, 37, s=29, weekday="Wednesday")
    start = at(2026, 3, 20, 19, 0, weekday="Friday")
    end = start + timedelta(hours=1)
    cand = ("Rohit Kamat", "rohit.kamat88@mailbox.example")
    iid = f"PP-{D(cid, 6)}"
    room = f"https://meet.panelpro.example/room/{iid.lower()}-{L(cid + 'r', 6)}"
    text = f"""Hi Aniket,

Thanks for picking up this slot. You are the interviewer for the following interview:

Interview ID : {iid}
Client       : Confidential (Series C fintech, Bengaluru)
Role         : Data Engineer - L2
Candidate    : Rohit Kamat (4.5 yrs, PySpark / AWS Glue)
Date & time  : Friday, 20 March 2026, {ampm(start)} - {ampm(end)} IST
Interview room: {room}

Please review the candidate's resume and the L2 question bank before the call, record the session, and submit the structured feedback form within 2 hours of the interview. Your payout of Rs. 1,800 is processed after the feedback is approved.

If you can't take this interview, release the slot at least 6 hours before so we can reassign it.

Thanks,
Interviewer Success Team
PanelPro - interviews as a service
"""
    cal = ics_text(
        ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//PanelPro//Scheduler//EN", "METHOD:REQUEST"]
        + iana_vtimezone("Asia/Kolkata", "+0530", "IST")
        + ["BEGIN:VEVENT", f"UID:{iid.lower()}@panelpro.example", f"DTSTAMP:{zstamp(sent)}",
           f"DTSTART;TZID=Asia/Kolkata:{local_stamp(start)}",
           f"DTEND;TZID=Asia/Kolkata:{local_stamp(end)}",
           f"SUMMARY:Interview: Rohit Kamat (Candidate) - Data Engineer L2 [{iid}]",
           "DESCRIPTION:" + ics_escape(f"You are the interviewer. Room: {room}"),
           f"LOCATION:{room}", "ORGANIZER;CN=PanelPro Scheduler:mailto:schedule@panelpro.example",
           attendee(OWNER, "Aniket Sawant (Interviewer)", role="CHAIR", partstat="ACCEPTED",
                    rsvp=False),
           attendee(cand[1], "Rohit Kamat (Candidate)", partstat="ACCEPTED", rsvp=False),
           "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    raw = mail_with_ics(
        seed=cid, frm=("PanelPro Interviews", "schedule@panelpro.example"),
        subject=f"New interview assigned: Data Engineer L2 | Candidate: Rohit Kamat | Fri 20 Mar, "
                f"{ampm(start)} IST", sent=sent, text=text, cal=cal, method="REQUEST",
        ics_name="interview.ics",
        rx_from=("mta1.panelpro.example", "198.51.100.77", "panelpro.example"))
    add_case(cid, [("01-panelpro-interview-assigned.eml", raw)], lab(
        [], "hard", "negative/user-is-interviewer",
        "Interview-as-a-service platform assigns the user as the (paid) interviewer; the invite "
        "lists him as CHAIR/Interviewer and another person as the candidate."))


def case22():
    cid = "b135-22-rejection-after-interview"
    sent = at(2026, 3, 23, 15, 2, s=47, weekday="Monday")
    assert at(2026, 3, 12, 0, 0).strftime("%A") == "Thursday"
    text = """Hi Aniket,

Thank you for taking the time to interview with us for the Data Engineer - Player Analytics role on Thursday, 12 March, and for walking the panel through your streaming pipeline work.

After careful consideration, we have decided not to move forward with your application at this time. This was a difficult decision; we had a strong pool of candidates for a single opening.

We'd be glad to stay in touch and will reach out if a role that better matches your experience opens up. We wish you the very best in your search.

Warm regards,
Recruiting Team
Sparrowhawk Games
"""
    raw, _ = human_mail(
        seed=cid, frm=("Sparrowhawk Games", "no-reply@hire.lever.co"), to=[(OWNER_NAME, OWNER)],
        subject="Your application to Sparrowhawk Games - Data Engineer - Player Analytics",
        sent=sent, text=text, client=("o7.email.hire.lever.co", "167.89.96.7"),
        msgid=f"<{A(cid, 22)}@ismtpd0101p1mum1.sendgrid.net>")
    add_case(cid, [("01-lever-application-update.eml", raw)], lab(
        [], "easy", "negative/rejection",
        "Lever rejection that mentions the past interview date; no upcoming interview."))


# =========================================================================== main
def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith(PREFIX) and os.path.isdir(p):
            shutil.rmtree(p)
    builders = [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10,
                case11, case12, case13, case14, case15, case16, case17, case18, case19, case20,
                case21, case22]
    for b in builders:
        b()
    ids = sorted(CASES)
    assert len(ids) == len(builders)
    for n, cid in enumerate(ids, 1):
        assert cid.startswith(f"{PREFIX}{n:02d}-"), cid
    labels = {}
    for cid in ids:
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fname, data in CASES[cid]["items"]:
            with open(os.path.join(d, fname), "wb") as f:
                f.write(data)
        labels[cid] = CASES[cid]["label"]
    header = ("# blind135 labels (generated by make_cases.py; do not edit by hand).\n"
              "# Schema and labelling rules: /work/shared/eval/README.md\n")
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(header)
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=100,
                       default_flow_style=False)
    pos = [c for c in ids if labels[c]["interview"]]
    ivs = [i for c in ids for i in labels[c]["interviews"]]
    print(f"{len(ids)} cases, {len(pos)} positive, {len(ids) - len(pos)} negative, "
          f"{len(ivs)} interviews ({sum(i['status'] == 'scheduled' for i in ivs)} scheduled, "
          f"{sum(i['status'] == 'cancelled' for i in ivs)} cancelled)")


if __name__ == "__main__":
    main()
