#!/usr/bin/env python3
"""Regenerate the blind237 evaluation set (Riga customs/logistics specialist).

Writes every case folder b237-NN-slug/ and labels.yaml next to this file.
Deterministic: fixed dates, Message-IDs, boundaries and UIDs (all derived from
sha256 of fixed seeds), so every run produces identical bytes.
Only the standard library, PyYAML and zoneinfo are used.
"""
import base64
import hashlib
import html
import json
import os
import quopri
import shutil
import uuid
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b237"

OWNER_NAME = "Aleksejs Sokolovs"
OWNER = "aleksejs.sokolovs@example.com"
OWNER_WORK = "a.sokolovs@ostas-logistika.example"   # current job, auto-forwarded to OWNER
OWNER_OLD = "aleksejs.s@oldmail.example"            # old personal mailbox

RIGA = ZoneInfo("Europe/Riga")
TALLINN = ZoneInfo("Europe/Tallinn")
VILNIUS = ZoneInfo("Europe/Vilnius")
HELSINKI = ZoneInfo("Europe/Helsinki")
WARSAW = ZoneInfo("Europe/Warsaw")
UTC = timezone.utc

WD = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
EN_DAY = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EN_MON = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
LV_DAY = ("pirmdiena", "otrdiena", "trešdiena", "ceturtdiena", "piektdiena", "sestdiena", "svētdiena")
LV_DAY_LOC = ("pirmdien", "otrdien", "trešdien", "ceturtdien", "piektdien", "sestdien", "svētdien")
LV_MON = ("janvāris", "februāris", "marts", "aprīlis", "maijs", "jūnijs", "jūlijs", "augusts",
          "septembris", "oktobris", "novembris", "decembris")
LV_MON_LOC = ("janvārī", "februārī", "martā", "aprīlī", "maijā", "jūnijā", "jūlijā", "augustā",
              "septembrī", "oktobrī", "novembrī", "decembrī")
ET_DAY = ("esmaspäev", "teisipäev", "kolmapäev", "neljapäev", "reede", "laupäev", "pühapäev")
ET_MON_GEN = ("jaanuaril", "veebruaril", "märtsil", "aprillil", "mail", "juunil", "juulil",
              "augustil", "septembril", "oktoobril", "novembril", "detsembril")
RU_DAY_ACC = ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье")
RU_MON_GEN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
              "сентября", "октября", "ноября", "декабря")


# ----------------------------------------------------------------------------- time helpers
def at(y, mo, d, h, mi, tz, wd=None, s=0):
    """Aware datetime; asserts the weekday when one is named in the text."""
    x = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        assert WD[x.weekday()] == wd, (x, wd)
    return x


def rfc(d):
    return format_datetime(d)


def iso(d):
    return d.isoformat() if d is not None else None


def icsdt(d):
    return d.strftime("%Y%m%dT%H%M%S")


def icsutc(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def lv_long(d):          # "ceturtdiena, 2026. gada 12. novembris"
    return f"{LV_DAY[d.weekday()]}, {d.year}. gada {d.day}. {LV_MON[d.month - 1]}"


def lv_loc(d):           # "ceturtdien, 3. decembrī"
    return f"{LV_DAY_LOC[d.weekday()]}, {d.day}. {LV_MON_LOC[d.month - 1]}"


def en_long(d):          # "Tuesday, 3 November 2026"
    return f"{EN_DAY[d.weekday()]}, {d.day} {EN_MON[d.month - 1]} {d.year}"


def hm(d):
    return d.strftime("%H:%M")


# ----------------------------------------------------------------------------- id helpers
def hx(seed, n=32, upper=False):
    s = hashlib.sha256(seed.encode("utf-8")).hexdigest()
    while len(s) < n:
        s += hashlib.sha256(s.encode()).hexdigest()
    s = s[:n]
    return s.upper() if upper else s


def digits(seed, n):
    return "".join(str(int(c, 16) % 10) for c in hx(seed, n))


def uid(seed):
    return str(uuid.UUID(hx(seed, 32)))


def b64id(seed, nbytes):
    return base64.b64encode(bytes.fromhex(hx(seed, nbytes * 2))).decode("ascii")


ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"


def token(seed, n, alphabet=ALNUM):
    raw = bytes.fromhex(hx(seed, n * 2))
    return "".join(alphabet[b % len(alphabet)] for b in raw)


def outlook_msgid(seed):
    host = f"DB{digits(seed + 'h', 1)}PR0{digits(seed + 'p', 1)}MB{digits(seed + 'q', 4)}"
    return f"<{host}{hx(seed, 28, True)}@{host}.eurprd0{digits(seed + 'r', 1)}.prod.outlook.com>"


def gmail_msgid(seed):
    return "<CA" + token(seed, 38, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-") + "@mail.gmail.com>"


# ----------------------------------------------------------------------------- header helpers
def hdr(s, charset="utf-8"):
    if all(ord(c) < 128 for c in s):
        return s
    return Header(s, charset, header_name="Subject").encode(linesep="\n")


def ad(name, email, charset="utf-8"):
    if not name:
        return email
    return formataddr((name, email), charset)


def ads(lst, charset="utf-8"):
    return ",\n\t".join(ad(n, e, charset) for n, e in lst)


def received(d, host, ip, proto="ESMTPS", rcpt=OWNER):
    dd = (d + timedelta(seconds=3)).astimezone(UTC)
    qid = token(host + rfc(d), 12, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    return (f"from {host} ({host} [{ip}])\n\tby mx1.example.com (Postfix) with {proto} id {qid}\n"
            f"\tfor <{rcpt}>; {rfc(dd)} (UTC)")


# ----------------------------------------------------------------------------- MIME builder
def qp(text, charset="utf-8"):
    return quopri.encodestring(text.encode(charset)).decode("ascii")


def b64(data):
    return base64.encodebytes(data).decode("ascii")


def text_part(ctype, text, cte="quoted-printable", charset="utf-8", params="", extra=()):
    if cte == "quoted-printable":
        body = qp(text, charset)
    elif cte == "base64":
        body = b64(text.encode(charset) if isinstance(text, str) else text)
    else:
        body = text
    headers = [("Content-Type", f'{ctype}; charset="{charset}"{params}'),
               ("Content-Transfer-Encoding", cte)] + list(extra)
    return (headers, body, None)


def file_part(ctype, data, filename, disposition="attachment", params=""):
    headers = [("Content-Type", f'{ctype}; name="{filename}"{params}'),
               ("Content-Disposition", f'{disposition}; filename="{filename}"'),
               ("Content-Transfer-Encoding", "base64")]
    return (headers, b64(data), None)


def multipart(subtype, boundary, parts, extra=()):
    return ([("Content-Type", f'multipart/{subtype}; boundary="{boundary}"')] + list(extra), boundary, parts)


def render(part):
    headers, body, parts = part
    out = "".join(f"{k}: {v}\n" for k, v in headers) + "\n"
    if parts is None:
        out += body if body.endswith("\n") else body + "\n"
    else:
        for p in parts:
            out += f"--{body}\n" + render(p) + "\n"
        out += f"--{body}--\n"
    return out


def message(headers, part):
    head = "".join(f"{k}: {v}\n" for k, v in headers if v is not None)
    return (head + render(part)).encode("utf-8")


def to_html(text, font="Calibri, sans-serif"):
    paras = text.split("\n\n")
    inner = "".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>\n" for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:11pt">\n{inner}</div></body></html>\n')


# ----------------------------------------------------------------------------- iCalendar
def fold(line):
    if len(line.encode("utf-8")) <= 75:
        return line
    out, cur, n = [], "", 0
    for ch in line:
        cl = len(ch.encode("utf-8"))
        if n + cl > 75:
            out.append(cur)
            cur, n = " " + ch, 1 + cl
        else:
            cur += ch
            n += cl
    out.append(cur)
    return "\r\n".join(out)


def ics_text(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def cn(name):
    return f'"{name}"' if any(c in name for c in ",;:") else name


VTZ_FLE = [
    "BEGIN:VTIMEZONE", "TZID:FLE Standard Time",
    "BEGIN:STANDARD", "DTSTART:16010101T040000", "TZOFFSETFROM:+0300", "TZOFFSETTO:+0200",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
    "BEGIN:DAYLIGHT", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0300",
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
    "END:VTIMEZONE",
]


def vtz_olson(tzid, std_name, dst_name, std_off, dst_off, dst_start, std_start):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std_off}", f"TZOFFSETTO:{dst_off}", f"TZNAME:{dst_name}",
            f"DTSTART:{dst_start}", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{dst_off}", f"TZOFFSETTO:{std_off}", f"TZNAME:{std_name}",
            f"DTSTART:{std_start}", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE"]


VTZ_WARSAW = vtz_olson("Europe/Warsaw", "CET", "CEST", "+0100", "+0200", "19700329T020000", "19701025T030000")
VTZ_TALLINN = vtz_olson("Europe/Tallinn", "EET", "EEST", "+0200", "+0300", "19700329T030000", "19701025T040000")
VTZ_RIGA = vtz_olson("Europe/Riga", "EET", "EEST", "+0200", "+0300", "19700329T030000", "19701025T040000")


def outlook_ics(*, method, uid_, seq, organizer, attendees, summary, description, start, end,
                location, dtstamp, lang="en-US", status="CONFIRMED", teams_url=None):
    """Exchange/Outlook style VCALENDAR with the Windows 'FLE Standard Time' zone."""
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    L += VTZ_FLE
    L += ["BEGIN:VEVENT", f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}"]
    for name, email, role, ps in attendees:
        L.append(f"ATTENDEE;ROLE={role};PARTSTAT={ps};RSVP=TRUE;CN={cn(name)}:mailto:{email}")
    L += [f"DESCRIPTION;LANGUAGE={lang}:{esc(description)}",
          f"UID:{uid_}",
          f"SUMMARY;LANGUAGE={lang}:{esc(summary)}",
          f"DTSTART;TZID=FLE Standard Time:{icsdt(start)}",
          f"DTEND;TZID=FLE Standard Time:{icsdt(end)}",
          "CLASS:PUBLIC", "PRIORITY:1" if method == "CANCEL" else "PRIORITY:5",
          f"DTSTAMP:{icsutc(dtstamp)}", "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}",
          f"LOCATION;LANGUAGE={lang}:{esc(location)}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
          f"X-MICROSOFT-CDO-OWNERAPPTID:{int(digits(uid_, 9)) + 1000000000}",
          "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
          "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1" if method != "CANCEL"
          else "X-MICROSOFT-CDO-IMPORTANCE:2", "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        L.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}")
        L.append("X-MICROSOFT-ONLINEMEETINGINFORMATION:{\"OnlineMeetingChannelId\":null\\,\"OnlineMeetingProvider\":3}")
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
          "X-MICROSOFT-ISRESPONSEREQUESTED:" + ("FALSE" if method == "CANCEL" else "TRUE")]
    if method != "CANCEL":
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics_text(L)


def google_ics(*, uid_, organizer, attendees, summary, description, start, end, tzid, vtz,
               dtstamp, created, location="", method="REQUEST", seq=0, meet=None):
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", f"METHOD:{method}"] + vtz
    L += ["BEGIN:VEVENT", f"DTSTART;TZID={tzid}:{icsdt(start)}", f"DTEND;TZID={tzid}:{icsdt(end)}",
          f"DTSTAMP:{icsutc(dtstamp)}", f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}", f"UID:{uid_}"]
    for name, email, ps in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={ps};RSVP=TRUE;"
                 f"CN={cn(name)};X-NUM-GUESTS=0:mailto:{email}")
    if meet:
        L.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    L += [f"CREATED:{icsutc(created)}", f"DESCRIPTION:{esc(description)}",
          f"LAST-MODIFIED:{icsutc(dtstamp)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
          "STATUS:CONFIRMED", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE",
          "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
          "TRIGGER:-P0DT0H10M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    return ics_text(L)


# ----------------------------------------------------------------------------- mail templates
def teams_block(seed, lang="en"):
    tok = token(seed + "t", 44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    tid, oid = uid(seed + "tid"), uid(seed + "oid")
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tok}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    d = digits(seed + "id", 12)
    mid = f"{d[0:3]} {d[3:6]} {d[6:9]} {d[9:12]}"
    pc = token(seed + "pc", 6, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
    opts = (f"https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}"
            f"&threadId=19_meeting_{tok}@thread.v2&messageId=0&language={'lv-LV' if lang == 'lv' else 'en-GB'}")
    if lang == "lv":
        block = ("Microsoft Teams sapulce\n"
                 "Pievienojieties no datora, mobilās lietotnes vai telpas ierīces\n"
                 f"Noklikšķiniet šeit, lai pievienotos sapulcei<{url}>\n"
                 f"Sapulces ID: {mid}\nPiekļuves kods: {pc}\n"
                 "Lejupielādēt Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
                 "Pievienoties tīmeklī<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                 f"Uzziniet vairāk<https://aka.ms/JoinTeamsMeeting> | Sapulces opcijas<{opts}>")
    else:
        block = ("Microsoft Teams meeting\n"
                 "Join on your computer, mobile app or room device\n"
                 f"Click here to join the meeting<{url}>\n"
                 f"Meeting ID: {mid}\nPasscode: {pc}\n"
                 "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
                 "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                 f"Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<{opts}>")
    line = "_" * 80
    return f"{line}\n{block}\n{line}", url


OUTLOOK_RECV = ("EUR05-DB8-obe.outbound.protection.outlook.com", "40.107.20.71")


def outlook_invite(*, seed, date, frm, to, cc=(), subject, when, where, body, ics, method="REQUEST",
                   lang="en", teams=None, extra=()):
    lbl = ("Laiks", "Vieta") if lang == "lv" else ("When", "Where")
    plain = f"{lbl[0]}: {when}\n{lbl[1]}: {where}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}"
    if teams:
        plain += "\n\n" + teams + "\n"
    mid = outlook_msgid(seed)
    boundary = "_000_" + mid[1:].split("@")[0] + "_"
    part = multipart("alternative", boundary, [
        text_part("text/plain", plain),
        text_part("text/html", to_html(plain, "Aptos, Calibri, sans-serif")),
        text_part("text/calendar", ics, cte="base64", params=f"; method={method}"),
    ])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received(date, *OUTLOOK_RECV)),
        ("Return-Path", f"<{frm[1]}>"),
        *extra,
        ("From", ad(*frm)),
        ("To", ads(to)),
        ("CC", ads(cc) if cc else None),
        ("Subject", hdr(subject)),
        ("Thread-Topic", hdr(subject)),
        ("Thread-Index", b64id(seed + "ti", 22)),
        ("Date", rfc(date)),
        ("Message-ID", mid),
        ("Accept-Language", "lv-LV, en-US" if lang == "lv" else "en-GB, en-US"),
        ("Content-Language", "lv-LV" if lang == "lv" else "en-GB"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Content-class", "urn:content-classes:calendarmessage"),
        ("x-ms-exchange-calendar-series-instance-id", b64id(seed.split("#")[0] + "series", 30)),
        ("x-ms-publictraffictype", "Email"),
        ("MIME-Version", "1.0"),
    ]
    return message(headers, part)


def mail(*, seed, date, frm, to, subject, text, cc=(), client="outlook", reply_to=None, in_reply_to=None,
         references=(), attachments=(), extra=(), charset="utf-8", html_body=None, recv=None,
         msgid_domain=None, lang="lv"):
    """A received e-mail written by a person or a system mailer."""
    if client == "outlook":
        mid = outlook_msgid(seed)
        boundary = "_000_" + mid[1:].split("@")[0] + "_"
        recv = recv or OUTLOOK_RECV
    elif client == "gmail":
        mid = gmail_msgid(seed)
        boundary = "0000000000" + hx(seed + "b", 16)
        recv = recv or ("mail-lf1-f54.google.com", "209.85.167.54")
    elif client == "thebat":
        mid = f"<{digits(seed, 10)}.{date.strftime('%Y%m%d%H%M%S')}@{frm[1].split('@')[1]}>"
        boundary = None
    else:  # system mailer
        mid = f"<{hx(seed, 24)}.{digits(seed + 'n', 6)}@{msgid_domain}>"
        boundary = "----=_Part_" + digits(seed + "b", 7) + "_" + digits(seed + "c", 9) + "." + digits(seed + "d", 13)
    if client == "thebat":
        body = text_part("text/plain", text, charset=charset)
    else:
        body = multipart("alternative", boundary if not attachments else boundary + "alt", [
            text_part("text/plain", text, charset=charset),
            text_part("text/html", html_body or to_html(text), charset=charset),
        ])
    if attachments:
        body = multipart("mixed", boundary, [body] + list(attachments))
    headers = [("Delivered-To", OWNER), ("Received", received(date, *recv)),
               ("Return-Path", f"<{frm[1]}>")]
    headers += list(extra)
    headers += [
        ("From", ad(*frm, charset=charset)),
        ("To", ads(to, charset)),
        ("Cc", ads(cc, charset) if cc else None),
        ("Reply-To", ad(*reply_to, charset=charset) if reply_to else None),
        ("Subject", hdr(subject, charset)),
    ]
    if client == "outlook":
        headers += [("Thread-Topic", hdr(subject.split(": ", 1)[-1] if subject[:3] in ("RE:", "Re:") else subject)),
                    ("Thread-Index", b64id(seed + "ti", 22 + 5 * len(references)))]
    headers += [("Date", rfc(date)), ("Message-ID", mid),
                ("In-Reply-To", in_reply_to),
                ("References", " ".join(references) if references else None)]
    if client == "outlook":
        headers += [("Accept-Language", f"{'lv-LV' if lang == 'lv' else 'en-GB'}, en-US"),
                    ("Content-Language", "lv-LV" if lang == "lv" else "en-GB"),
                    ("X-MS-Has-Attach", "yes" if attachments else ""),
                    ("X-MS-TNEF-Correlator", "")]
    if client == "thebat":
        headers += [("X-Mailer", "The Bat! (v10.5.3) Professional"), ("Reply-To", None)]
    headers.append(("MIME-Version", "1.0"))
    return message(headers, body), mid


GOOGLE_RECV = ("mail-sor-f69.google.com", "209.85.220.69")


def google_invite(*, seed, date, organizer, guests, title, start, end, tzlabel, tzabbr, description,
                  ics, meet, phone):
    """Google Calendar invitation e-mail (English UI), multipart/mixed with inline text/calendar."""
    eid = base64.b64encode(f"{seed} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    when = f"{EN_DAY[start.weekday()]} {start.day} {EN_MON[start.month - 1][:3]} {start.year} ⋅ {hm(start)} – {hm(end)}"
    guest_lines = []
    for name, email in guests:
        guest_lines.append(f"{name} - organiser" if email == organizer[1] else name)
        guest_lines.append(email)
    plain = (f"{title}\n{when}\n{tzlabel}\n\n"
             f"Join with Google Meet\nhttps://meet.google.com/{meet}\n\n"
             f"Join by phone\n{phone}\nPIN: {digits(seed + 'pin', 9)}#\n\n"
             f"More phone numbers\nhttps://tel.meet/{meet}?pin={digits(seed + 'pin2', 13)}\n\n"
             f"Organiser\n{organizer[0]}\n{organizer[1]}\n\n"
             "Guests\n" + "\n".join(guest_lines) + f"\nView all guest info {view}\n\n"
             f"{description}\n\n"
             f"Reply for {OWNER} and view more details {view}\n\n"
             "~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
             "You are receiving this email because you are an attendee on the event.\n\n"
             "Forwarding this invitation could allow any recipient to send a response to the organiser, "
             "be added to the guest list, invite others regardless of their own invitation status or "
             "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
    subject = (f"Invitation: {title} @ {WD[start.weekday()]} {start.day} {EN_MON[start.month - 1][:3]} "
               f"{start.year} {hm(start)} - {hm(end)} ({tzabbr}) ({OWNER})")
    b1, b2 = "000000000000" + hx(seed + "m", 12), "000000000000" + hx(seed + "a", 12)
    part = multipart("mixed", b1, [
        multipart("alternative", b2, [
            text_part("text/plain", plain, cte="base64", charset="UTF-8", params="; format=flowed; delsp=yes"),
            text_part("text/html", to_html(plain, "Roboto, Helvetica, Arial, sans-serif"), charset="UTF-8"),
            text_part("text/calendar", ics, cte="base64", charset="UTF-8", params="; method=REQUEST"),
        ]),
        file_part("application/ics", ics.encode("utf-8"), "invite.ics"),
    ])
    headers = [
        ("Delivered-To", OWNER),
        ("Received", received(date, *GOOGLE_RECV)),
        ("Return-Path", f"<{token(seed + 'rp', 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}"
                        "@calendar-server.bounces.google.com>"),
        ("Reply-To", ad(*organizer)),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", f"<calendar-{uid(seed + 'mid')}@google.com>"),
        ("Date", rfc(date)),
        ("Subject", hdr(subject)),
        ("From", ad(*organizer)),
        ("To", OWNER),
        ("MIME-Version", "1.0"),
    ]
    return message(headers, part)


def quote_outlook(frm, date, to, subject, text, lang="lv"):
    if lang == "lv":
        head = (f"No: {frm[0]} <{frm[1]}>\nNosūtīts: {lv_long(date)} {hm(date)}\n"
                f"Kam: {to[0]} <{to[1]}>\nTēma: {subject}")
    else:
        head = (f"From: {frm[0]} <{frm[1]}>\nSent: {en_long(date)} {hm(date)}\n"
                f"To: {to[0]} <{to[1]}>\nSubject: {subject}")
    return "________________________________\n" + head + "\n\n" + text


def quote_gt(attrib, text):
    return attrib + "\n" + "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


def gcal_event(*, eid, summary, description, organizer, attendees, start, end, tzname, created, updated,
               location=None, meet=None, status="confirmed", sequence=0):
    ev = {"kind": "calendar#event",
          "etag": f"\"{digits(eid + 'etag', 16)}\"",
          "id": eid,
          "status": status,
          "htmlLink": "https://www.google.com/calendar/event?eid=" +
                      base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
          "created": created, "updated": updated,
          "summary": summary, "description": description}
    if location:
        ev["location"] = location
    ev.update({"creator": {"email": organizer[1], "displayName": organizer[0]},
               "organizer": {"email": organizer[1], "displayName": organizer[0]},
               "start": {"dateTime": iso(start), "timeZone": tzname},
               "end": {"dateTime": iso(end), "timeZone": tzname},
               "iCalUID": f"{eid}@google.com", "sequence": sequence, "attendees": []})
    for name, email, rs, extra in attendees:
        a = {"email": email}
        if name:
            a["displayName"] = name
        a.update(extra)
        a["responseStatus"] = rs
        ev["attendees"].append(a)
    if meet:
        ev["hangoutLink"] = f"https://meet.google.com/{meet}"
        ev["conferenceData"] = {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{meet}",
                             "label": f"meet.google.com/{meet}"},
                            {"entryPointType": "more", "uri": f"https://tel.meet/{meet}?pin={digits(eid + 'p', 13)}",
                             "pin": digits(eid + "p", 13)}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": meet}
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# ----------------------------------------------------------------------------- labels
def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


def lab(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn

# ============================================================================= POSITIVE CASES
@case
def c01():
    slug = "b237-01-cvlv-notification-rit-phone-screen"
    sent = at(2026, 9, 14, 16, 42, RIGA, "Mon")
    start = at(2026, 9, 15, 10, 0, RIGA, "Tue")            # "rīt plkst. 10:00"
    laura = ("Laura Ozola", "laura.ozola@vansu-logistika.example")
    text = (
        "Labdien, Aleksej!\n\n"
        "Darba devējs Vanšu Loģistika SIA ir izskatījis Jūsu pieteikumu vakancei\n"
        "\"Muitas deklarants/-e\" (Rīga, pilna slodze) un aicina Jūs uz darba interviju.\n\n"
        "Darba devēja ziņa:\n"
        "--------------------------------------------------\n"
        "Labdien, Aleksej!\n"
        "Paldies par Jūsu CV. Vēlētos ar Jums īsi aprunāties pa telefonu rīt plkst. 10:00 –\n"
        "saruna aizņems aptuveni 30 minūtes. Zvanīšu uz CV norādīto numuru.\n"
        f"Ja šis laiks neder, lūdzu, rakstiet man uz {laura[1]}.\n\n"
        "Laura Ozola\n"
        "Personāla vadītāja, Vanšu Loģistika SIA\n"
        "--------------------------------------------------\n\n"
        "Skatīt vakanci: https://www.cv.lv/lv/vacancy/1184527/vansu-logistika-sia/muitas-deklarants-e\n"
        "Ziņas no darba devējiem: https://www.cv.lv/lv/my/messages\n\n"
        "Lūdzam neatbildēt uz šo e-pastu – tas ir nosūtīts automātiski.\n\n"
        "Veiksmi darba meklējumos!\n"
        "CV.lv komanda\n\n"
        "Jūs saņemat šo e-pastu, jo esat reģistrēts CV.lv lietotājs. Paziņojumu iestatījumus varat "
        "mainīt savā profilā: https://www.cv.lv/lv/my/settings\n")
    raw, _ = mail(seed="c01", date=sent, frm=("CV.lv", "noreply@cv.lv"), to=[(OWNER_NAME, OWNER)],
                  subject="Uzaicinājums uz darba interviju: Muitas deklarants/-e (Vanšu Loģistika SIA)",
                  text=text, client="system", msgid_domain="mailer.cv.lv",
                  recv=("mta12.mailer.cv.lv", "185.63.148.12"),
                  extra=[("List-Unsubscribe", "<https://www.cv.lv/lv/my/settings>"),
                         ("X-Mailer", "CVO Notifications")])
    label = lab([iv("Vanšu Loģistika", "Muitas deklarants/-e", start, start + timedelta(minutes=30),
                    "scheduled", [laura[1]], [laura[1]], "phone_screen")],
                "medium", "positive/job-board-notification-relative-date",
                "CV.lv notification quoting the employer's message: phone call 'rīt plkst. 10:00' resolved "
                "against the Date (Mon 14 Sep 2026 16:42 +0300) -> Tue 15 Sep 10:00 EEST, ~30 min. The recruiter "
                "herself calls, so she is the interviewer; her address is given in the text; noreply@cv.lv is not "
                "a recipient.")
    return slug, [("01-cvlv-uzaicinajums-uz-interviju.eml", raw)], label


@case
def c02():
    slug = "b237-02-vilnius-ssc-teams-fle-sent-before-dst-end"
    sent = at(2026, 10, 20, 10, 5, VILNIUS, "Tue")
    start = at(2026, 11, 3, 10, 0, VILNIUS, "Tue")          # after 25 Oct -> EET (+02:00)
    end = start + timedelta(hours=1)
    assert sent.utcoffset() == timedelta(hours=3) and start.utcoffset() == timedelta(hours=2)
    ruta = ("Rūta Jankauskienė", "ruta.jankauskiene@neris-bs.example")
    tomas = ("Tomas Petrauskas", "tomas.petrauskas@neris-bs.example")
    teams, url = teams_block("c02")
    body = (
        "Hello Aleksejs,\n\n"
        "Thank you for your application to Neris Business Services. As agreed on the phone, I have booked "
        "your interview for the Customs Compliance Analyst position (Trade Operations team) with "
        "Tomas Petrauskas, Head of Customs Compliance.\n\n"
        "The interview will be held in English and Tomas will ask about your hands-on experience with "
        "import/export declarations, transit (NCTS) and AEO requirements. Please note the time above is "
        "Vilnius time, which is the same as in Riga. I am only setting up the meeting and will not join "
        "the call.\n\n"
        "If anything changes on your side, just reply to this invitation.\n\n"
        "Kind regards / Pagarbiai\n"
        "Rūta Jankauskienė\n"
        "Talent Acquisition Partner\n"
        "Neris Business Services UAB | Konstitucijos pr. 21C, LT-08130 Vilnius\n"
        "+370 652 18 440")
    summary = "Interview | Customs Compliance Analyst | Aleksejs Sokolovs"
    when = f"{en_long(start)} {hm(start)}-{hm(end)} (UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius"
    ics = outlook_ics(method="REQUEST", uid_="040000008200E00074C5B7101A82E00800000000" + hx("c02uid", 72, True),
                      seq=0, organizer=ruta,
                      attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                 (*tomas, "REQ-PARTICIPANT", "ACCEPTED")],
                      summary=summary, description=body + "\n\n" + teams, start=start, end=end,
                      location="Microsoft Teams Meeting", dtstamp=sent, teams_url=url)
    raw = outlook_invite(seed="c02", date=sent, frm=ruta, to=[(OWNER_NAME, OWNER), tomas], subject=summary,
                         when=when, where="Microsoft Teams Meeting", body=body, ics=ics, teams=teams)
    label = lab([iv("Neris Business Services", "Customs Compliance Analyst", start, end, "scheduled",
                    [tomas[1]], [tomas[1]], "hiring_manager")],
                "hard", "positive/teams-fle-dst-end",
                "Teams invite sent 20 Oct (EEST, +03:00) for 3 Nov, after the 25 Oct DST end: DTSTART uses the "
                "Windows TZID 'FLE Standard Time' -> 10:00+02:00. Organizer Rūta only schedules ('will not join'); "
                "Tomas conducts.")
    return slug, [("01-teams-invite-customs-compliance-analyst.eml", raw)], label


@case
def c03():
    slug = "b237-03-tallinn-ecommerce-two-interviews-estonian"
    kadri = ("Kadri Tamm", "kadri.tamm@pakiveeb.example")
    margus = ("Margus Kask", "margus.kask@pakiveeb.example")
    role_et = "rahvusvahelise logistika spetsialist"
    d1 = at(2026, 10, 2, 14, 20, TALLINN, "Fri")
    s1 = at(2026, 10, 7, 11, 0, TALLINN, "Wed")               # "kolmapäeval, 7. oktoobril kell 11.00"
    e1 = s1 + timedelta(minutes=30)
    sig_k = "Parimate soovidega\nKadri Tamm\nVärbamisjuht | Pakiveeb OÜ\nPeterburi tee 46, 11415 Tallinn\n+372 5884 2210"
    t1 = (
        "Tere, Aleksejs!\n\n"
        f"Aitäh, et kandideerisite Pakiveebi {role_et} ametikohale. Teie kogemus Läti ja Leedu "
        "tollivormistusega on meile väga huvitav ja sooviksime teiega teha esimese tutvumisvestluse.\n\n"
        f"Kas teile sobiks {ET_DAY[s1.weekday()]}al, {s1.day}. {ET_MON_GEN[s1.month - 1]} kell 11.00 (Eesti aja "
        "järgi, sama mis Riias)? Vestlus toimub Google Meetis ja kestab umbes 30 minutit.\n"
        "Kui see aeg ei sobi, pakkuge palun paar muud aega.\n\n" + sig_k)
    subj1 = "Tööintervjuu – rahvusvahelise logistika spetsialist"
    m1, id1 = mail(seed="c03a", date=d1, frm=kadri, to=[(OWNER_NAME, OWNER)], subject=subj1, text=t1,
                   client="gmail", recv=("mail-ej1-f41.google.com", "209.85.218.41"))
    # owner's answer is only visible quoted in Kadri's follow-up (03)
    d_reply = at(2026, 10, 2, 15, 48, RIGA, "Fri")
    owner_reply = ("Tere, Kadri!\n\nAitäh kutse eest. Kolmapäev kell 11 sobib mulle hästi.\n\n"
                   "Lugupidamisega\nAleksejs Sokolovs\n+371 29 418 653")
    # 02: Google Calendar invitation
    d2 = at(2026, 10, 2, 16, 3, TALLINN, "Fri")
    meet = "pkv-hqrz-mte"
    desc = ("Tere, Aleksejs! Esimene tutvumisvestlus rahvusvahelise logistika spetsialisti ametikohale. "
            "Räägime sinu senisest kogemusest ja Pakiveebi logistikast Baltikumis.\n\nKadri")
    title = "Pakiveeb: esimene vestlus – Aleksejs Sokolovs"
    uid1 = hx("c03uid", 26) + "@google.com"
    ics1 = google_ics(uid_=uid1, organizer=kadri,
                      attendees=[(kadri[0], kadri[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                      summary=title, description=desc, start=s1, end=e1, tzid="Europe/Tallinn", vtz=VTZ_TALLINN,
                      dtstamp=d2, created=d2, meet=meet)
    m2 = google_invite(seed="c03inv", date=d2, organizer=kadri, guests=[kadri, (OWNER_NAME, OWNER)], title=title,
                       start=s1, end=e1, tzlabel="Eastern European Time - Tallinn", tzabbr="EEST",
                       description=desc, ics=ics1, meet=meet, phone="(EE) +372 609 8344")
    # 03: Kadri confirms, quoting the owner's reply
    d3 = at(2026, 10, 2, 16, 5, TALLINN, "Fri")
    t3 = ("Suurepärane, aitäh! Saatsin teile ka kalendrikutse koos Google Meeti lingiga.\n\nKohtumiseni kolmapäeval!\n"
          "Kadri\n\n" +
          quote_gt(f"Kontaktil Aleksejs Sokolovs (<{OWNER}>) kirjutas kuupäeval R, 2. okt 2026 kell 15:48:",
                   owner_reply + "\n\n" + quote_gt(f"Kontaktil Kadri Tamm (<{kadri[1]}>) kirjutas kuupäeval "
                                                   "R, 2. okt 2026 kell 14:20:", t1)))
    mid_reply = "<" + uid("c03reply") + "@example.com>"
    m3, id3 = mail(seed="c03c", date=d3, frm=kadri, to=[(OWNER_NAME, OWNER)], subject="Re: " + subj1, text=t3,
                   client="gmail", in_reply_to=mid_reply, references=[id1, mid_reply],
                   recv=("mail-ej1-f41.google.com", "209.85.218.41"))
    # 04: hiring manager, after the first call: "homme kell 13.00"
    d4 = at(2026, 10, 7, 15, 10, TALLINN, "Wed")
    s2 = at(2026, 10, 8, 13, 0, TALLINN, "Thu")
    e2 = s2 + timedelta(hours=1)
    t4 = ("Tere, Aleksejs!\n\n"
          "Kadri andis teada, et tänane vestlus läks hästi, ja ma tahaksin teiega kohtuda juba homme kell 13.00 "
          "meie kontoris (Peterburi tee 46, 4. korrus, Tallinn). Vestlus kestab umbes tund: räägime "
          "Läti ja Leedu tollivormistuse korraldamisest ja sellest, kuidas te näeksite meie tagastuste "
          "logistikat. Kui tulete Riiast ja vajate veidi hilisemat aega, andke teada.\n\n"
          "Palun kinnitage, kas see sobib.\n\n"
          "Margus Kask\nLogistikajuht | Pakiveeb OÜ\n+372 5330 7781")
    subj4 = "Teine vestlus homme?"
    m4, id4 = mail(seed="c03d", date=d4, frm=margus, to=[(OWNER_NAME, OWNER)], cc=[kadri], subject=subj4,
                   text=t4, client="gmail", recv=("mail-wm1-f47.google.com", "209.85.128.47"))
    d5 = at(2026, 10, 7, 17, 31, TALLINN, "Wed")
    owner_reply2 = ("Tere, Margus!\n\nSobib, homme kell 13.00 olen teie kontoris. Tulen Riiast hommikuse "
                    "bussiga, nii et jõuan kindlasti.\n\nAleksejs")
    mid_reply2 = "<" + uid("c03reply2") + "@example.com>"
    t5 = ("Super, näeme homme kell 13! Küsige valvelauast mind.\n\nMargus\n\n" +
          quote_gt(f"Kontaktil Aleksejs Sokolovs (<{OWNER}>) kirjutas kuupäeval K, 7. okt 2026 kell 16:02:",
                   owner_reply2))
    m5, _ = mail(seed="c03e", date=d5, frm=margus, to=[(OWNER_NAME, OWNER)], cc=[kadri], subject="Re: " + subj4,
                 text=t5, client="gmail", in_reply_to=mid_reply2, references=[id4, mid_reply2],
                 recv=("mail-wm1-f47.google.com", "209.85.128.47"))
    label = lab([
        iv("Pakiveeb", "Rahvusvahelise logistika spetsialist", s1, e1, "scheduled", [kadri[1]], [kadri[1]],
           "phone_screen"),
        iv("Pakiveeb", "Rahvusvahelise logistika spetsialist", s2, e2, "scheduled", [margus[1]], [margus[1]],
           "hiring_manager"),
    ], "hard", "positive/two-interviews-estonian-thread",
        "Estonian thread. (1) recruiter video screen 'kolmapäeval, 7. oktoobril kell 11.00', confirmed and also sent "
        "as a Google invite (one interview, not two). (2) hiring manager asks on Wed 7 Oct 15:10 for 'homme kell "
        "13.00' (-> Thu 8 Oct 13:00 EEST, 'umbes tund'), confirmed in his reply quoting the owner. Kadri is only "
        "cc'd on the second.")
    return slug, [("01-kutse-toointervjuule.eml", m1), ("02-invitation-esimene-vestlus.eml", m2),
                  ("03-re-kinnitus.eml", m3), ("04-teine-vestlus-homme.eml", m4),
                  ("05-re-teine-vestlus-kinnitus.eml", m5)], label


MINI_PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
            b"endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")


@case
def c04():
    slug = "b237-04-riga-forwarder-case-study-onsite-3-december"
    dace = ("Dace Liepa", "dace.liepa@baltlink-fwd.example")
    edgars = ("Edgars Kalniņš", "edgars.kalnins@baltlink-fwd.example")
    sanita = ("Sanita Vītola", "sanita.vitola@baltlink-fwd.example")
    janis = ("Jānis Bērziņš", "janis.berzins@baltlink-fwd.example")
    sent = at(2026, 11, 24, 11, 20, RIGA, "Tue")
    day = at(2026, 12, 3, 10, 0, RIGA, "Thu")
    slots = [(day, 10, 0, 10, 40), (day, 10, 40, 11, 30), (day, 11, 30, 12, 15), (day, 12, 15, 13, 0)]
    start = day
    end = day.replace(hour=13, minute=0)
    text = (
        "Labdien, Aleksej!\n\n"
        "Paldies par Jūsu ieinteresētību un laiku, ko veltījāt pirmajai sarunai. Priecājamies Jūs aicināt uz "
        f"otro pārrunu kārtu par muitas nodaļas vadītāja amatu mūsu birojā {lv_loc(day)}, Rīgā, Ganību dambī "
        "17a (3. stāvs; reģistratūrā, lūdzu, pasakiet, ka ieradāties pie manis).\n\n"
        "Dienas plāns:\n"
        "10:00–10:40  Case study prezentācija – Edgars Kalniņš (operāciju direktors) un Sanita Vītola "
        "(muitas nodaļas vadītāja p.i.)\n"
        "10:40–11:30  Pārrunas par prezentāciju un Jūsu pieredzi – Edgars Kalniņš, Sanita Vītola\n"
        "11:30–12:15  Pusdienas kopā ar muitas nodaļas komandu\n"
        "12:15–13:00  Saruna ar valdes locekli Jāni Bērziņu\n\n"
        "Case study uzdevums ir pielikumā. Īsumā: klients no Ķīnas caur Rīgas brīvostu ieved elektronikas "
        "komponentes, daļa kravas tiek reeksportēta uz Norvēģiju, daļa – laista brīvā "
        "apgrozībā Latvijā. Lūdzam sagatavot 15–20 minūšu prezentāciju par to, kā Jūs organizētu muitas "
        "procedūras, dokumentu plūsmu un riskus. Prezentāciju varat rādīt no sava datora (ir HDMI un USB-C) vai "
        "atsūtīt man iepriekš.\n\n"
        "Pārrunu dalībnieki ir kopijā – ja rodas jautājumi par uzdevumu, droši rakstiet Sanitai.\n"
        "Kalendāra ielūgumu nosūtīšu atsevišķi.\n\n"
        "Ar cieņu\n"
        "Dace Liepa\n"
        "Personāla vadītāja | BaltLink Forwarding SIA\n"
        "Ganību dambis 17a, Rīga, LV-1045 | +371 67 331 905\n")
    att = file_part("application/pdf", MINI_PDF, "BaltLink_case_study_muita.pdf")
    m1, id1 = mail(seed="c04a", date=sent, frm=dace, to=[(OWNER_NAME, OWNER)], cc=[edgars, sanita, janis],
                   subject="Otrā pārrunu kārta – muitas nodaļas vadītājs (BaltLink)", text=text,
                   attachments=[att])
    d2 = at(2026, 11, 24, 11, 26, RIGA, "Tue")
    summary = "Pārrunas: Aleksejs Sokolovs – muitas nodaļas vadītājs (case study)"
    body = ("Otrā pārrunu kārta BaltLink birojā. Dienas plāns un case study uzdevums – manā e-pastā. "
            "Reģistratūrā, lūdzu, jautājiet pēc Daces Liepas.\n\nDace")
    ics = outlook_ics(method="REQUEST", uid_="040000008200E00074C5B7101A82E00800000000" + hx("c04uid", 72, True),
                      seq=0, organizer=dace,
                      attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                 (*edgars, "REQ-PARTICIPANT", "ACCEPTED"),
                                 (*sanita, "REQ-PARTICIPANT", "ACCEPTED"),
                                 (*janis, "OPT-PARTICIPANT", "TENTATIVE")],
                      summary=summary, description=body, start=start, end=end,
                      location="BaltLink birojs, Ganību dambis 17a, Rīga (3. stāvs)", dtstamp=d2, lang="lv-LV")
    when = f"{lv_long(day)} {hm(start)}-{hm(end)} (UTC+02:00) Helsinki, Kijiva, Rīga, Sofija, Tallina, Viļņa"
    m2 = outlook_invite(seed="c04b", date=d2, frm=dace, to=[(OWNER_NAME, OWNER), edgars, sanita, janis],
                        subject=summary, when=when, where="BaltLink birojs, Ganību dambis 17a, Rīga (3. stāvs)",
                        body=body, ics=ics, lang="lv")
    assert all(s[0].tzinfo is RIGA for s in slots)
    label = lab([iv("BaltLink Forwarding", "Muitas nodaļas vadītājs", start, end, "scheduled",
                    [edgars[1], sanita[1], janis[1]], [edgars[1], sanita[1], janis[1]], "onsite")],
                "medium", "positive/onsite-case-study-latvian",
                "Latvian agenda for 'ceturtdien, 3. decembrī': case-study presentation, panel talk, lunch with the team "
                "and a talk with a board member = one onsite 10:00-13:00 EET; the Outlook invite (same window) is the "
                "same interview. HR coordinator Dace only organises; interviewers are Edgars, Sanita and Jānis.")
    return slug, [("01-otra-parrunu-karta.eml", m1), ("02-outlook-ieluguma-parrunas.eml", m2)], label


@case
def c05():
    slug = "b237-05-warsaw-hq-cet-vs-riga-time-standalone-ics"
    agn = ("Agnieszka Nowak", "agnieszka.nowak@amberline-cargo.example")
    piotr = ("Piotr Zieliński", "piotr.zielinski@amberline-cargo.example")
    sent = at(2026, 11, 2, 9, 40, WARSAW, "Mon")
    start = at(2026, 11, 10, 10, 0, WARSAW, "Tue")
    end = start + timedelta(minutes=45)
    riga_local = start.astimezone(RIGA)
    assert riga_local.hour == 11
    text = (
        "Dear Aleksejs,\n\n"
        "Thank you for applying for the Customs Team Leader – Riga Branch position at Amberline Cargo.\n\n"
        f"I would like to invite you to a video interview with Piotr Zieliński, our Regional Customs Manager "
        f"(Baltics), on {EN_DAY[start.weekday()]} {start.day} {EN_MON[start.month - 1]} at {hm(start)} CET "
        f"({hm(riga_local)} your time in Riga). The conversation will take about 45 minutes and will be held on "
        "Google Meet – the link is in the calendar invitation I am sending separately.\n\n"
        "Piotr will focus on your experience managing a declarant team, T1 transit and the cooperation with "
        "the State Revenue Service. The interview will be in English; some Russian or Polish is a plus but "
        "not required.\n\n"
        "If the time does not suit you, please let me know and I will find another slot.\n\n"
        "Best regards,\n"
        "Agnieszka Nowak\n"
        "Talent Acquisition Specialist\n"
        "Amberline Cargo Sp. z o.o. | ul. Grzybowska 62, 00-844 Warszawa\n"
        "+48 22 417 30 62\n")
    m1, _ = mail(seed="c05a", date=sent, frm=agn, to=[(OWNER_NAME, OWNER)],
                 subject="Amberline Cargo – interview invitation (Customs Team Leader, Riga)", text=text,
                 lang="en")
    d2 = at(2026, 11, 2, 9, 52, WARSAW, "Mon")
    meet = "amb-rxkq-wzt"
    desc = ("Video interview for the Customs Team Leader – Riga Branch position with Piotr Zieliński "
            "(Regional Customs Manager, Baltics).\n\nJoin with Google Meet: https://meet.google.com/" + meet)
    ics = google_ics(uid_=hx("c05uid", 26) + "@google.com", organizer=agn,
                     attendees=[(agn[0], agn[1], "ACCEPTED"), (piotr[0], piotr[1], "ACCEPTED"),
                                (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                     summary="Amberline Cargo | Interview Aleksejs Sokolovs – Customs Team Leader Riga",
                     description=desc, start=start, end=end, tzid="Europe/Warsaw", vtz=VTZ_WARSAW,
                     dtstamp=d2, created=d2, meet=meet)
    label = lab([iv("Amberline Cargo", "Customs Team Leader – Riga Branch", start, end, "scheduled",
                    [piotr[1]], [piotr[1]], "hiring_manager")],
                "hard", "positive/cet-vs-eet-standalone-ics",
                "Warsaw HQ recruiter: '10:00 CET (11:00 your time in Riga)'; standalone Google .ics with "
                "TZID=Europe/Warsaw 10:00-10:45 -> 09:00Z. Same interview via two channels. A tool that pairs 11:00 "
                "with +01:00 (or 10:00 with +02:00) is wrong.")
    return slug, [("01-interview-invitation-amberline.eml", m1), ("02-invite.ics", ics.encode("utf-8"))], label


@case
def c06():
    slug = "b237-06-finnish-port-reschedule-across-dst"
    joh = ("Johanna Nieminen", "johanna.nieminen@saaristoport.example")
    antti = ("Antti Heikkinen", "antti.heikkinen@saaristoport.example")
    role = "Customs and Trade Compliance Specialist"
    d1 = at(2026, 10, 15, 13, 2, HELSINKI, "Thu")
    s_old = at(2026, 10, 22, 10, 0, HELSINKI, "Thu")
    s_new = at(2026, 10, 27, 10, 0, HELSINKI, "Tue")
    assert s_old.utcoffset() == timedelta(hours=3) and s_new.utcoffset() == timedelta(hours=2)
    uid_ = "040000008200E00074C5B7101A82E00800000000" + hx("c06uid", 72, True)
    teams, url = teams_block("c06")
    summary = f"Interview: {role} – Aleksejs Sokolovs"
    body = ("Hi Aleksejs,\n\n"
            f"As discussed on the phone, here is the invitation for your interview for the {role} role with "
            "Antti Heikkinen, Terminal Operations Manager (Vuosaari Harbour). The time is Finnish time, i.e. the "
            "same as in Riga.\n\n"
            "Best regards,\nJohanna Nieminen\nHR Coordinator | Saaristo Port Oy\nTel. +358 40 771 2093")
    att = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"), (*antti, "REQ-PARTICIPANT", "ACCEPTED")]

    def invite(seed, date, start, seq, b):
        end = start + timedelta(hours=1)
        ics = outlook_ics(method="REQUEST", uid_=uid_, seq=seq, organizer=joh, attendees=att, summary=summary,
                          description=b + "\n\n" + teams, start=start, end=end, location="Microsoft Teams Meeting",
                          dtstamp=date, teams_url=url)
        when = f"{en_long(start)} {hm(start)}-{hm(end)} (UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius"
        return outlook_invite(seed=seed, date=date, frm=joh, to=[(OWNER_NAME, OWNER), antti], subject=summary,
                              when=when, where="Microsoft Teams Meeting", body=b, ics=ics, teams=teams)

    m1 = invite("c06#1", d1, s_old, 0, body)
    d2 = at(2026, 10, 19, 8, 55, HELSINKI, "Mon")
    t2 = ("Hi Aleksejs,\n\n"
          "I'm sorry, but Antti has to be at a customs audit in Kotka on Thursday and can't make our interview. "
          f"Would {EN_DAY[s_new.weekday()]} {s_new.day} October at 10:00 (Finnish/Riga time) work for you instead? "
          "Same length and the same Teams link.\n\n"
          "Apologies for the trouble!\n\nJohanna")
    m2, id2 = mail(seed="c06b", date=d2, frm=joh, to=[(OWNER_NAME, OWNER)], subject=f"Interview {role} – new time?",
                   text=t2, lang="en")
    d_own = at(2026, 10, 19, 10, 12, RIGA, "Mon")
    own = ("Hi Johanna,\n\nNo problem – Tuesday 27 October at 10:00 works for me.\n\nBest regards,\nAleksejs")
    d3 = at(2026, 10, 19, 11, 40, HELSINKI, "Mon")
    t3 = ("Thank you, Aleksejs! I'll update the invitation right away.\n\nJohanna\n\n" +
          quote_outlook((OWNER_NAME, OWNER), d_own, joh, f"RE: Interview {role} – new time?", own, "en"))
    mid_own = "<" + uid("c06own") + "@example.com>"
    m3, _ = mail(seed="c06c", date=d3, frm=joh, to=[(OWNER_NAME, OWNER)], subject=f"RE: Interview {role} – new time?",
                 text=t3, in_reply_to=mid_own, references=[id2, mid_own], lang="en")
    d4 = at(2026, 10, 19, 11, 43, HELSINKI, "Mon")
    body2 = body.replace("As discussed on the phone, here is the invitation", "Updated as agreed – new date for")
    m4 = invite("c06#2", d4, s_new, 1, body2)
    label = lab([iv("Saaristo Port", role, s_new, s_new + timedelta(hours=1), "scheduled", [antti[1]], [antti[1]],
                    "hiring_manager")],
                "hard", "positive/reschedule-across-dst",
                "Teams invite for Thu 22 Oct 10:00 (EEST) moved by e-mail to Tue 27 Oct 10:00 and re-sent with the same "
                "UID and SEQUENCE:1. The move crosses the 25 Oct DST end: final start 10:00+02:00 (08:00Z), not "
                "+03:00. Outlook's '(UTC+02:00)' label is printed on both invites.")
    return slug, [("01-teams-invite-interview.eml", m1), ("02-new-time-request.eml", m2),
                  ("03-re-new-time-confirmed.eml", m3), ("04-teams-invite-updated.eml", m4)], label


@case
def c07():
    slug = "b237-07-riga-forwarder-cancelled-vacancy-frozen"
    ilze = ("Ilze Krūmiņa", "ilze.krumina@daugavas-kravas.example")
    valdis = ("Valdis Eglītis", "valdis.eglitis@daugavas-kravas.example")
    role = "Muitas deklarants (eksports)"
    d1 = at(2026, 11, 5, 10, 15, RIGA, "Thu")
    start = at(2026, 11, 12, 14, 0, RIGA, "Thu")
    end = start + timedelta(hours=1)
    uid_ = "040000008200E00074C5B7101A82E00800000000" + hx("c07uid", 72, True)
    teams, url = teams_block("c07", "lv")
    summary = f"Darba intervija – Aleksejs Sokolovs ({role})"
    body = ("Labdien, Aleksej!\n\n"
            f"Apstiprinām darba interviju par amatu \"{role}\" ar mūsu loģistikas direktoru Valdi Eglīti. "
            "Intervija notiks Microsoft Teams vidē, saite zemāk. Lūdzu, sagatavojiet 2–3 piemērus no savas "
            "pieredzes ar eksporta deklarācijām un EMCS.\n\n"
            "Ar cieņu\nIlze Krūmiņa\nPersonāla speciāliste | SIA Daugavas Kravas\n+371 26 550 781")
    att = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"), (*valdis, "REQ-PARTICIPANT", "ACCEPTED")]
    when = f"{lv_long(start)} {hm(start)}-{hm(end)} (UTC+02:00) Helsinki, Kijiva, Rīga, Sofija, Tallina, Viļņa"
    ics1 = outlook_ics(method="REQUEST", uid_=uid_, seq=0, organizer=ilze, attendees=att, summary=summary,
                       description=body + "\n\n" + teams, start=start, end=end, location="Microsoft Teams sapulce",
                       dtstamp=d1, lang="lv-LV", teams_url=url)
    m1 = outlook_invite(seed="c07#1", date=d1, frm=ilze, to=[(OWNER_NAME, OWNER), valdis], subject=summary,
                        when=when, where="Microsoft Teams sapulce", body=body, ics=ics1, teams=teams, lang="lv")
    d2 = at(2026, 11, 10, 17, 2, RIGA, "Tue")
    t2 = ("Labdien, Aleksej!\n\n"
          "Diemžēl jāinformē, ka uzņēmuma vadība ir nolēmusi uz laiku iesaldēt muitas deklaranta (eksports) "
          "vakanci, tāpēc esam spiesti atcelt ceturtdien plānoto darba interviju ar Valdi Eglīti. "
          "Atvainojamies par sagādātajām neērtībām.\n\n"
          "Jūsu CV saglabāsim un, ja vakance tiks atjaunota, noteikti sazināsimies ar Jums.\n\n"
          "Ar cieņu\nIlze Krūmiņa\nPersonāla speciāliste | SIA Daugavas Kravas")
    m2, _ = mail(seed="c07b", date=d2, frm=ilze, to=[(OWNER_NAME, OWNER)], subject="Par ceturtdienas darba interviju",
                 text=t2)
    d3 = at(2026, 11, 10, 17, 4, RIGA, "Tue")
    ics3 = outlook_ics(method="CANCEL", uid_=uid_, seq=1, organizer=ilze, attendees=att, summary="Atcelts: " + summary,
                       description="Vakance uz laiku iesaldēta – intervija atcelta.", start=start, end=end,
                       location="Microsoft Teams sapulce", dtstamp=d3, lang="lv-LV", status="CANCELLED")
    m3 = outlook_invite(seed="c07#3", date=d3, frm=ilze, to=[(OWNER_NAME, OWNER), valdis],
                        subject="Atcelts: " + summary, when=when, where="Microsoft Teams sapulce",
                        body="Vakance uz laiku iesaldēta – intervija atcelta.", ics=ics3, method="CANCEL", lang="lv",
                        extra=[("Importance", "high"), ("X-Priority", "1")])
    label = lab([iv("Daugavas Kravas", role, start, end, "cancelled", [valdis[1]], [valdis[1]], "hiring_manager")],
                "medium", "positive/cancellation-latvian",
                "Latvian Teams invite (FLE Standard Time, Thu 12 Nov 14:00-15:00 EET), then an e-mail cancelling "
                "'ceturtdien plānoto darba interviju' (vacancy frozen) and an Outlook 'Atcelts:' METHOD:CANCEL. Kept "
                "once, status cancelled, at its last scheduled time.")
    return slug, [("01-teams-ieluguma-darba-intervija.eml", m1), ("02-par-ceturtdienas-interviju.eml", m2),
                  ("03-atcelts-darba-intervija.eml", m3)], label

@case
def c08():
    slug = "b237-08-russian-thread-sobesedovanie-moved-to-noon"
    igor = ("Игорь Петров", "igor.petrov@rts-tranzits.example")
    role = "специалист по таможенному оформлению"
    d1 = at(2026, 9, 21, 10, 12, RIGA, "Mon")
    s_old = at(2026, 9, 24, 11, 0, RIGA, "Thu")
    s_new = at(2026, 9, 24, 12, 0, RIGA, "Thu")
    sig = ("--\nС уважением,\n Игорь Петров, директор SIA «Rigas Tranzita Serviss»\n"
           f" тел. +371 67 820 114                     mailto:{igor[1]}")
    t1 = ("Здравствуйте, Алексей.\n\n"
          "Спасибо за ваше резюме на позицию специалиста по таможенному оформлению.\n"
          f"Приглашаем вас на собеседование в наш офис: {RU_DAY_ACC[s_old.weekday()]}, {s_old.day} "
          f"{RU_MON_GEN[s_old.month - 1]}, в {hm(s_old)},\n"
          "ул. Экспорта 3А, 2-й этаж (вход со стороны порта). Собеседование проведу я лично,\n"
          "займёт около часа.\n\n"
          "Просьба подтвердить, удобно ли вам это время.\n\n" + sig + "\n")
    subj = "Приглашение на собеседование — специалист по таможенному оформлению"
    m1, id1 = mail(seed="c08a", date=d1, frm=igor, to=[("Алексей Соколов", OWNER)], subject=subj, text=t1,
                   client="thebat", charset="windows-1251", recv=("mail.rts-tranzits.example", "91.203.68.14"))
    d_own = at(2026, 9, 21, 18, 5, RIGA, "Mon")
    own = ("Игорь, добрый день!\n"
           "Спасибо за приглашение. В четверг в 11:00 у меня ещё идёт смена на\n"
           "таможенном терминале, можно ли перенести на 12:00 того же дня?\n"
           "С уважением, Алексей Соколов\n+371 29 418 653")
    mid_own = "<" + uid("c08own") + "@example.com>"
    d2 = at(2026, 9, 22, 9, 30, RIGA, "Tue")
    t2 = ("Здравствуйте, Алексей.\n\n"
          f"Да, конечно, в четверг в {hm(s_new)} нам тоже удобно. Ждём вас, пропуск на проходной\n"
          "закажу на ваше имя — возьмите с собой паспорт или ID-карту.\n\n"
          f"Вы писали {d_own.day} {RU_MON_GEN[d_own.month - 1]} {d_own.year} г., {hm(d_own)}:\n\n" +
          "\n".join("> " + l for l in own.split("\n")) + "\n\n" + sig + "\n")
    m2, _ = mail(seed="c08b", date=d2, frm=igor, to=[("Алексей Соколов", OWNER)], subject="Re: " + subj, text=t2,
                 client="thebat", charset="windows-1251", in_reply_to=mid_own, references=[id1, mid_own],
                 recv=("mail.rts-tranzits.example", "91.203.68.14"))
    label = lab([iv("Rigas Tranzita Serviss", role, s_new, s_new + timedelta(hours=1), "scheduled", [igor[1]],
                    [igor[1]], "hiring_manager")],
                "hard", "positive/russian-thread-time-change",
                "Russian thread in windows-1251 quoted-printable (The Bat!). Director invites for 'четверг, 24 сентября, "
                "в 11:00' (~1 hour); the owner's quoted reply asks for 12:00 and the director agrees -> final Thu 24 "
                "Sep 12:00-13:00 EEST. The director conducts it himself.")
    return slug, [("01-priglashenie-na-sobesedovanie.eml", m1), ("02-re-priglashenie-12-00.eml", m2)], label


@case
def c09():
    slug = "b237-09-klaipeda-forwarder-gcal-json-only"
    mind = ("Mindaugas Vaitkus", "mindaugas.vaitkus@kursu-freight.example")
    rasa = ("Rasa Jonaitienė", "rasa.jonaitiene@kursu-freight.example")
    start = at(2026, 9, 30, 9, 0, VILNIUS, "Wed")
    end = start + timedelta(minutes=75)
    role = "Customs Declarant (LV/LT markets)"
    desc = ("Hi Aleksejs,\n\n"
            f"This is the practical interview for the {role} role. Rasa Jonaitienė (Customs Team Lead, Klaipėda) "
            "will walk you through three real shipments and ask you to classify the goods (CN/TARIC) and choose "
            "the customs procedure. No preparation needed, but keep the TARIC database open.\n\n"
            "I'll open the call, introduce you and then leave you with Rasa.\n\n"
            "Mindaugas Vaitkus\nRecruitment | Kuršu Freight UAB, Klaipėda")
    eid = "6k3fq2vlr8o9sd1ahu4m0tb7gc"
    ev = gcal_event(eid=eid, summary="Kuršu Freight | Technical interview – Aleksejs Sokolovs", description=desc,
                    organizer=mind,
                    attendees=[(mind[0], mind[1], "accepted", {"organizer": True}),
                               (rasa[0], rasa[1], "accepted", {}),
                               (None, OWNER, "accepted", {"self": True})],
                    start=start, end=end, tzname="Europe/Vilnius", created="2026-09-23T07:12:40.000Z",
                    updated="2026-09-23T08:41:05.311Z", meet="kfr-tqwn-bza")
    label = lab([iv("Kuršu Freight", role, start, end, "scheduled", [rasa[1]], [rasa[1]], "technical")],
                "easy", "positive/gcal-json-only",
                "Calendar API event only, Europe/Vilnius, Wed 30 Sep 09:00-10:15 EEST. The organizer recruiter only opens "
                "the call; Rasa conducts the classification exercise.")
    return slug, [("01-technical-interview-kursu.gcal.json", ev)], label


@case
def c10():
    slug = "b237-10-finnish-port-greenhouse-utc-ics-panel"
    sanna = ("Sanna Korhonen", "sanna.korhonen@haminabulk.example")
    role = "Customs Clearance Coordinator"
    sent = at(2026, 11, 9, 15, 31, HELSINKI, "Mon")
    start = at(2026, 11, 16, 13, 0, HELSINKI, "Mon")
    mid = start + timedelta(minutes=45)
    end = start + timedelta(minutes=90)
    text = (
        "Hi Aleksejs,\n\n"
        f"Thank you for your interest in Hamina Bulk Terminals! Your interview for the {role} position is "
        "confirmed.\n\n"
        f"{EN_DAY[start.weekday()]}, {EN_MON[start.month - 1]} {start.day}, {start.year}\n"
        "1:00 PM - 2:30 PM EET (Helsinki)\n"
        "Location: Microsoft Teams – the meeting link is in the attached calendar invitation.\n\n"
        "Interview schedule\n"
        "1:00 PM - 1:45 PM   Customs & trade compliance – Mikko Lehtonen, Head of Customs & Trade\n"
        "1:45 PM - 2:30 PM   Port operations and forwarder cooperation – Laura Mäkinen, Port Operations Manager\n\n"
        "Please note that Finland and Latvia are in the same time zone.\n"
        "If you need to make any changes, simply reply to this email and I'll be happy to help.\n\n"
        "Best,\nSanna Korhonen\nRecruitment Coordinator, Hamina Bulk Terminals Oy\n\n"
        "Powered by Greenhouse\n")
    assert hm(mid) == "13:45"
    uid_ = f"{hx('c10uid', 20)}@greenhouse.io"
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software//Interview Scheduler//EN",
         "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid_}", f"DTSTAMP:{icsutc(sent)}",
         f"DTSTART:{icsutc(start)}", f"DTEND:{icsutc(end)}",
         f"SUMMARY:{esc(f'Interview: {role} – Hamina Bulk Terminals')}",
         "DESCRIPTION:" + esc("Interviewers: Mikko Lehtonen (Head of Customs & Trade), Laura Mäkinen (Port "
                              "Operations Manager).\nJoin Microsoft Teams meeting: "
                              "https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + token("c10t", 40) +
                              "%40thread.v2/0"),
         "LOCATION:Microsoft Teams",
         f"ORGANIZER;CN={sanna[0]}:mailto:{sanna[1]}",
         f"ATTENDEE;CN={OWNER_NAME};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:{OWNER}",
         "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    ics = ics_text(L)
    att = file_part("text/calendar", ics.encode("utf-8"), "invite.ics", params="; method=REQUEST")
    raw, _ = mail(seed="c10", date=sent, frm=("Hamina Bulk Terminals", "no-reply@greenhouse.io"),
                  to=[(OWNER_NAME, OWNER)], reply_to=sanna,
                  subject=f"Interview Confirmation: {role} at Hamina Bulk Terminals", text=text,
                  client="system", msgid_domain="geopod-ismtpd-3.greenhouse.io",
                  recv=("o1.email.greenhouse.io", "167.89.101.25"), attachments=[att], lang="en",
                  extra=[("X-SG-EID", b64id("c10sg", 30))])
    label = lab([iv("Hamina Bulk Terminals", role, start, end, "scheduled", [], [sanna[1]], "onsite")],
                "medium", "positive/ats-ics-utc-panel",
                "Greenhouse confirmation from no-reply@greenhouse.io with Reply-To the coordinator; attached .ics in UTC "
                "(11:00Z-12:30Z = 13:00-14:30 EET). Two back-to-back sessions with two interviewers = one onsite/panel. "
                "Interviewers' addresses never appear -> interviewer_emails empty, follow-up to the coordinator.")
    return slug, [("01-greenhouse-interview-confirmation.eml", raw)], label


@case
def c11():
    slug = "b237-11-forwarded-from-old-mailbox-ceturtdien-ventspils"
    gatis = ("Gatis Zariņš", "gatis.zarins@kurzemes-eksp.example")
    d_orig = at(2026, 10, 12, 9, 14, RIGA, "Mon")
    d_fwd = at(2026, 10, 13, 7, 51, RIGA, "Tue")
    start = at(2026, 10, 15, 15, 0, RIGA, "Thu")   # "ceturtdien plkst. 15:00" from Mon 12 Oct (and Tue 13 Oct)
    subj = "Pārrunas – muitas brokera/ekspedītora amats"
    orig = ("Labdien, Aleksej!\n\n"
            "Paldies par Jūsu pieteikumu muitas brokera/ekspedītora amatam mūsu Ventspils filiālē. Aicinām Jūs uz "
            "pārrunām ceturtdien plkst. 15:00 mūsu birojā Ventspilī, Ostas ielā 6 (2. stāvs). Pārrunas vadīšu es "
            "pats.\n\n"
            "Ja šis laiks Jums neder, lūdzu, zvaniet man pa tālruni +371 26 904 318 vai atbildiet uz šo vēstuli.\n\n"
            "Ar cieņu\nGatis Zariņš\nvaldes loceklis\nSIA Kurzemes Ekspedīcija\nOstas iela 6, Ventspils, LV-3601")
    text = ("Pārsūtu uz jauno adresi, lai neaizmirstu – ceturtdien jābrauc uz Ventspili.\n\n"
            "-------- Pārsūtītā vēstule --------\n"
            f"No: {gatis[0]} <{gatis[1]}>\n"
            f"Datums: {lv_long(d_orig)} {hm(d_orig)}\n"
            f"Kam: {OWNER_OLD}\n"
            f"Tēma: {subj}\n\n" + orig + "\n")
    raw, _ = mail(seed="c11", date=d_fwd, frm=(OWNER_NAME, OWNER_OLD), to=[(OWNER_NAME, OWNER)],
                  subject="Fwd: " + subj, text=text, client="system", msgid_domain="oldmail.example",
                  recv=("smtp-out2.oldmail.example", "195.13.140.22"),
                  extra=[("X-Mailer", "oldmail webmail 7.4")])
    label = lab([iv("Kurzemes Ekspedīcija", "Muitas brokeris/ekspedītors", start, None, "scheduled", [gatis[1]],
                    [gatis[1]], "hiring_manager")],
                "medium", "positive/forwarded-relative-weekday",
                "The owner forwards an invitation from his old mailbox. 'ceturtdien plkst. 15:00' gives Thu 15 Oct whether "
                "resolved against the original (Mon 12 Oct) or the forward (Tue 13 Oct). No duration -> end null. The "
                "board member says he will lead it himself.")
    return slug, [("01-fwd-parrunas-muitas-brokeris.eml", raw)], label


@case
def c12():
    slug = "b237-12-jelgava-terminal-nakamnedel-otrdien-over-dst"
    inga = ("Inga Kalēja", "inga.kaleja@zemgales-terminals.example")
    aivars = ("Aivars Dūmiņš", "aivars.dumins@zemgales-terminals.example")
    role = "Loģistikas un muitas koordinators"
    d1 = at(2026, 10, 23, 11, 2, RIGA, "Fri")
    start = at(2026, 10, 27, 9, 30, RIGA, "Tue")    # "nākamnedēļ otrdien plkst. 9:30"
    assert d1.utcoffset() == timedelta(hours=3) and start.utcoffset() == timedelta(hours=2)
    assert (start.date() - d1.date()).days == 4 and start.isocalendar()[1] == d1.isocalendar()[1] + 1
    subj = "Darba intervija – loģistikas un muitas koordinators"
    t1 = ("Labdien, Aleksej!\n\n"
          "Paldies par Jūsu CV un pieteikumu loģistikas un muitas koordinatora amatam. Vēlamies Jūs aicināt uz darba "
          "interviju mūsu terminālī Jelgavā.\n\n"
          "Vai Jums būtu ērti ierasties nākamnedēļ otrdien plkst. 9:30? Pārrunās piedalīsies operāciju direktors "
          "Aivars Dūmiņš (kopijā) un es.\n\n"
          "Ar cieņu\nInga Kalēja\nPersonāla speciāliste | SIA Zemgales Termināls\n"
          "Rūpniecības iela 5, Jelgava, LV-3008 | +371 63 022 417")
    m1, id1 = mail(seed="c12a", date=d1, frm=inga, to=[(OWNER_NAME, OWNER)], cc=[aivars], subject=subj, text=t1)
    d_own = at(2026, 10, 23, 13, 20, RIGA, "Fri")
    own = "Labdien, Inga!\n\nJā, nākamnedēļ otrdien 9:30 man der. Paldies par uzaicinājumu!\n\nAr cieņu\nAleksejs Sokolovs"
    mid_own = "<" + uid("c12own") + "@example.com>"
    d2 = at(2026, 10, 26, 8, 47, RIGA, "Mon")
    t2 = ("Paldies, Aleksej!\n\n"
          "Tad tiekamies rīt plkst. 9:30 Rūpniecības ielā 5, Jelgavā. Iebraucot teritorijā, lūdzu, piesakieties "
          "apsardzes postenī – Jūsu vārds būs sarakstā. Pārrunas ilgs apmēram stundu.\n\nInga\n\n" +
          quote_outlook((OWNER_NAME, OWNER), d_own, inga, "RE: " + subj, own + "\n\n" +
                        quote_outlook(inga, d1, (OWNER_NAME, OWNER), subj, t1)))
    m2, _ = mail(seed="c12b", date=d2, frm=inga, to=[(OWNER_NAME, OWNER)], cc=[aivars], subject="RE: " + subj,
                 text=t2, in_reply_to=mid_own, references=[id1, mid_own])
    label = lab([iv("Zemgales Termināls", role, start, start + timedelta(hours=1), "scheduled",
                    [inga[1], aivars[1]], [inga[1], aivars[1]], "onsite")],
                "hard", "positive/relative-next-week-over-dst",
                "'nākamnedēļ otrdien plkst. 9:30' sent Fri 23 Oct (+03:00) -> Tue 27 Oct; the confirmation on Mon 26 Oct "
                "(+02:00) says 'rīt plkst. 9:30'. The DST end on 25 Oct lies in between: start 09:30+02:00, ~1 hour. HR "
                "specialist and operations director both take part -> panel (onsite), both are interviewers.")
    return slug, [("01-darba-intervija-zemgales-terminals.eml", m1), ("02-re-tiekamies-rit.eml", m2)], label


@case
def c13():
    slug = "b237-13-tallinn-ceo-final-vestlus-invite-and-api"
    kr = ("Kristjan Lepp", "kristjan.lepp@korvik.example")
    sent = at(2026, 11, 17, 19, 22, TALLINN, "Tue")
    start = at(2026, 11, 24, 16, 0, TALLINN, "Tue")
    end = start + timedelta(minutes=45)
    eid = "0r7pkv3d1mq5h2lsn9tgc4be8a"
    meet = "krv-mpdx-ahq"
    title = "Korvik – lõppvestlus (Aleksejs Sokolovs)"
    desc = ("Tere, Aleksejs!\n\n"
            "See on meie valikuprotsessi viimane samm: vestlus minuga enne lõplikku otsust. Räägime sellest, kuidas "
            "sa näed Korviku tarneahela ja tollivormistuse arendamist Läti ja Leedu turul, ning vastan hea meelega "
            "sinu küsimustele.\n\n"
            "Kristjan Lepp\ntegevjuht | Korvik OÜ – e-pood, Tallinn")
    ics = google_ics(uid_=f"{eid}@google.com", organizer=kr,
                     attendees=[(kr[0], kr[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                     summary=title, description=desc, start=start, end=end, tzid="Europe/Tallinn", vtz=VTZ_TALLINN,
                     dtstamp=sent, created=sent, meet=meet)
    m1 = google_invite(seed=eid, date=sent, organizer=kr, guests=[kr, (OWNER_NAME, OWNER)], title=title,
                       start=start, end=end, tzlabel="Eastern European Time - Tallinn", tzabbr="EET",
                       description=desc, ics=ics, meet=meet, phone="(EE) +372 609 8344")
    ev = gcal_event(eid=eid, summary=title, description=desc, organizer=kr,
                    attendees=[(kr[0], kr[1], "accepted", {"organizer": True}),
                               (OWNER_NAME, OWNER, "accepted", {"self": True})],
                    start=start, end=end, tzname="Europe/Tallinn", created="2026-11-17T17:22:09.000Z",
                    updated="2026-11-17T18:03:51.774Z", meet=meet)
    label = lab([iv("Korvik", None, start, end, "scheduled", [kr[1]], [kr[1]], "hiring_manager")],
                "easy", "positive/google-invite-plus-api-dedupe",
                "Final chat with the CEO ('valikuprotsessi viimane samm'), sent as a Google invite and also present as the "
                "accepted Calendar API event with the same iCalUID: one interview. Role is never stated -> null.")
    return slug, [("01-invitation-lopvestlus.eml", m1), ("02-lopvestlus.gcal.json", ev)], label

# ============================================================================= NEGATIVE CASES
@case
def c14():
    slug = "b237-14-neg-customs-broker-licence-exam-oral-interview"
    kr = ("Kristīne Pētersone", "kristine.petersone@vid-lv.example")
    sent = at(2026, 10, 29, 10, 30, RIGA, "Thu")
    day = at(2026, 11, 19, 9, 0, RIGA, "Thu")
    text = ("Labdien, Sokolova kungs!\n\n"
            "Informējam, ka Jūsu iesniegums muitas brokera kvalifikācijas sertifikāta saņemšanai ir pieņemts un Jūs "
            "esat iekļauts kvalifikācijas eksāmena dalībnieku sarakstā.\n\n"
            f"Eksāmens notiks {lv_loc(day)}, Talejas ielā 1, Rīgā, 214. kabinetā:\n"
            "- plkst. 9:00–11:00 – rakstiskais tests (60 jautājumi par muitas tiesību aktiem, preču klasifikāciju, "
            "izcelsmi un muitas vērtību);\n"
            "- no plkst. 13:00 – mutiskā daļa: intervija ar eksaminācijas komisiju (katram pretendentam aptuveni "
            "20 minūtes; individuālo laiku paziņosim pēc rakstiskā testa rezultātu apkopošanas).\n\n"
            "Līdzi jāņem pase vai personas apliecība. Eksāmena laikā nav atļauts izmantot mobilos tālruņus un "
            "citas elektroniskās ierīces. Ja nevarat ierasties, lūdzu, informējiet mūs ne vēlāk kā trīs darba "
            "dienas iepriekš.\n\n"
            "Pielikumā – kalendāra ieraksts.\n\n"
            "Ar cieņu\nKristīne Pētersone\nVecākā eksperte\nMuitas procedūru daļa, Muitas pārvalde\n"
            "Valsts ieņēmumu dienests")
    ics = outlook_ics(method="PUBLISH", uid_="040000008200E00074C5B7101A82E00800000000" + hx("c14uid", 72, True),
                      seq=0, organizer=kr, attendees=[], summary="Muitas brokera kvalifikācijas eksāmens",
                      description="Rakstiskais tests 9:00–11:00, mutiskā daļa (intervija ar komisiju) no 13:00.",
                      start=day, end=day.replace(hour=15), location="VID, Talejas iela 1, Rīga, 214. kab.",
                      dtstamp=sent, lang="lv-LV")
    att = file_part("text/calendar", ics.encode("utf-8"), "Muitas_brokera_eksamens.ics")
    raw, _ = mail(seed="c14", date=sent, frm=kr, to=[(OWNER_NAME, OWNER)],
                  subject="Uzaicinājums uz muitas brokera kvalifikācijas eksāmenu", text=text, attachments=[att])
    label = lab([], "hard", "negative/certification-exam",
                "Customs broker licence exam at the tax office; its oral part is called 'intervija ar eksaminācijas "
                "komisiju' and a calendar file is attached, but it is a certification exam, not a hiring process.")
    return slug, [("01-uzaicinajums-muitas-brokera-eksamens.eml", raw)], label


@case
def c15():
    slug = "b237-15-neg-vid-tax-office-appointment"
    sent = at(2026, 9, 29, 20, 14, RIGA, "Tue")
    start = at(2026, 10, 6, 11, 20, RIGA, "Tue")
    end = start + timedelta(minutes=20)
    ref = f"R-2026-{digits('c15ref', 6)}"
    text = ("Labdien, Aleksejs Sokolovs!\n\n"
            "Jūsu pieraksts klātienes konsultācijai ir apstiprināts.\n\n"
            f"Datums un laiks: {lv_long(start)}, plkst. {hm(start)}–{hm(end)}\n"
            "Vieta: VID Klientu apkalpošanas centrs, Talejas iela 1, Rīga (1. stāvs)\n"
            "Pakalpojums: konsultācija – iedzīvotāju ienākuma nodoklis (darba ienākumi, algas nodokļa grāmatiņa, "
            "gada ienākumu deklarācija)\n"
            f"Pieraksta numurs: {ref}\n\n"
            "Uz tikšanos ar konsultantu, lūdzu, ņemiet līdzi personu apliecinošu dokumentu un, ja iespējams, darba "
            "devēja izsniegto izziņu par izmaksātajiem ienākumiem.\n\n"
            "Ja nevarat ierasties, lūdzu, atceliet pierakstu EDS sadaļā \"Pieraksti\" ne vēlāk kā vienu darba dienu "
            "iepriekš.\n\n"
            "Šis ir automātiski sagatavots e-pasts, lūdzu, neatbildiet uz to.\n\nValsts ieņēmumu dienests\n")
    raw, _ = mail(seed="c15", date=sent, frm=("Valsts ieņēmumu dienests", "noreply@vid-lv.example"),
                  to=[(OWNER_NAME, OWNER)], subject=f"Pieraksta apstiprinājums {ref} – VID klientu apkalpošanas centrs",
                  text=text, client="system", msgid_domain="eds.vid-lv.example",
                  recv=("mx-out.vid-lv.example", "212.70.170.41"))
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//VID//Pierakstu sistema//LV", "METHOD:PUBLISH"] + VTZ_RIGA + [
        "BEGIN:VEVENT", f"UID:{ref}@pieraksti.vid-lv.example", f"DTSTAMP:{icsutc(sent)}",
        f"DTSTART;TZID=Europe/Riga:{icsdt(start)}", f"DTEND;TZID=Europe/Riga:{icsdt(end)}",
        "SUMMARY:VID klātienes konsultācija – iedzīvotāju ienākuma nodoklis",
        f"DESCRIPTION:{esc('Pieraksta numurs ' + ref + '. Līdzi: personu apliecinošs dokuments.')}",
        f"LOCATION:{esc('VID Klientu apkalpošanas centrs, Talejas iela 1, Rīga')}",
        "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    label = lab([], "medium", "negative/government-appointment",
                "Tax office appointment confirmation plus standalone .ics (timed, with a 'darba devējs' income topic): "
                "an official appointment, not a job interview.")
    return slug, [("01-vid-pieraksta-apstiprinajums.eml", raw), ("02-vid-pieraksts.ics", ics_text(L).encode("utf-8"))], label


@case
def c16():
    slug = "b237-16-neg-supplier-tender-bidder-interview"
    hel = ("Helena Lind", "helena.lind@nordvik-foods.example")
    andris = ("Andris Bērziņš", "andris.berzins@ostas-logistika.example")
    juris = ("Juris Kalējs", "juris.kalejs@nordvik-foods.example")
    sent = at(2026, 11, 30, 14, 10, RIGA, "Mon")
    start = at(2026, 12, 9, 13, 0, RIGA, "Wed")
    end = start + timedelta(hours=1)
    teams, url = teams_block("c16")
    summary = "Bidder interview – Tender NF-2026-031 Customs brokerage Baltics (Lot 2) – Ostas Loģistika"
    body = ("Dear Mr Bērziņš, dear Mr Sokolovs,\n\n"
            "Thank you for your submission in tender NF-2026-031 \"Customs brokerage services – Baltics, Lot 2 "
            "(Latvia)\". As described in section 7.3 of the tender specification, the evaluation committee invites "
            "shortlisted bidders to a bidder interview.\n\n"
            "Format: 20 minutes presentation of your proposed service model and team, followed by 40 minutes of "
            "questions from the evaluation committee (Helena Lind – Procurement Manager; Juris Kalējs – Supply "
            "Chain Director Baltics; Marta Olsson – Finance Business Partner).\n\n"
            "Please make sure that the key expert named in your bid, the customs team lead (CV in Annex 4), attends "
            "the interview, as the committee will ask about the proposed clearance process for our Riga and Tallinn "
            "warehouses. The interview is scored under award criterion B2 (30%).\n\n"
            "Kind regards,\nHelena Lind\nProcurement Manager, Baltics\nNordvik Foods AB, Riga branch")
    ics = outlook_ics(method="REQUEST", uid_="040000008200E00074C5B7101A82E00800000000" + hx("c16uid", 72, True),
                      seq=0, organizer=hel,
                      attendees=[(*andris, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                 (OWNER_NAME, OWNER_WORK, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                 (*juris, "REQ-PARTICIPANT", "ACCEPTED")],
                      summary=summary, description=body + "\n\n" + teams, start=start, end=end,
                      location="Microsoft Teams Meeting", dtstamp=sent, teams_url=url)
    when = f"{en_long(start)} {hm(start)}-{hm(end)} (UTC+02:00) Helsinki, Kyiv, Riga, Sofia, Tallinn, Vilnius"
    raw = outlook_invite(seed="c16", date=sent, frm=hel, to=[andris, (OWNER_NAME, OWNER_WORK)], cc=[juris],
                         subject=summary, when=when, where="Microsoft Teams Meeting", body=body, ics=ics, teams=teams,
                         extra=[("X-Forwarded-For", f"{OWNER_WORK} {OWNER}"), ("X-Forwarded-To", OWNER)])
    label = lab([], "hard", "negative/supplier-tender-meeting",
                "Teams invite (FLE Standard Time) to the owner's work address, auto-forwarded: a 'bidder interview' in "
                "a procurement tender where his current employer is the supplier and his CV is an annex of the bid. "
                "Not a job interview for the user.")
    return slug, [("01-bidder-interview-tender-nf-2026-031.eml", raw)], label


@case
def c17():
    slug = "b237-17-neg-latvian-language-proficiency-test-booking"
    sent = at(2026, 10, 5, 9, 5, RIGA, "Mon")
    start = at(2026, 10, 28, 10, 0, RIGA, "Wed")
    text = ("Labdien, Aleksejs Sokolovs!\n\n"
            "Jūsu pieteikums valsts valodas prasmes pārbaudei ir reģistrēts.\n\n"
            "Līmenis: C1 (augstākais līmenis, 1. pakāpe)\n"
            f"Pārbaudes datums un laiks: {LV_DAY_LOC[start.weekday()]}, {start.year}. gada {start.day}. "
            f"{LV_MON_LOC[start.month - 1]}, plkst. {hm(start)}\n"
            "Vieta: Vaļņu iela 2, Rīga, 3. stāvs, 301. telpa\n\n"
            "Pārbaude sastāv no četrām daļām: klausīšanās, lasīšana, rakstīšana un runāšana. Runāšanas daļa notiek kā "
            "saruna (intervija) ar divu vērtētāju komisiju tajā pašā dienā pēc rakstveida daļām; Jūsu individuālo "
            "laiku paziņosim pārbaudes dienā.\n\n"
            "Līdzi jāņem personu apliecinošs dokuments un zila vai melna pildspalva. Lūdzam ierasties 20 minūtes "
            "pirms pārbaudes sākuma.\n\n"
            "Valsts valodas prasmes apliecība apliecina profesionālo pienākumu veikšanai nepieciešamo valsts valodas "
            "prasmes līmeni, ko var pieprasīt darba devējs.\n\n"
            "Ar cieņu\nValsts izglītības satura centrs\nValsts valodas prasmes pārbaudes nodaļa\n")
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//VISC//Pieteiksanas sistema//LV", "METHOD:PUBLISH"] + VTZ_RIGA + [
        "BEGIN:VEVENT", f"UID:vvpp-{digits('c17', 8)}@visc-lv.example", f"DTSTAMP:{icsutc(sent)}",
        f"DTSTART;TZID=Europe/Riga:{icsdt(start)}", f"DTEND;TZID=Europe/Riga:{icsdt(start.replace(hour=15))}",
        "SUMMARY:Valsts valodas prasmes pārbaude (C1)",
        f"LOCATION:{esc('Vaļņu iela 2, Rīga, 301. telpa')}", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    att = file_part("text/calendar", ics_text(L).encode("utf-8"), "parbaude.ics")
    raw, _ = mail(seed="c17", date=sent, frm=("Valsts izglītības satura centrs", "valodas.parbaude@visc-lv.example"),
                  to=[(OWNER_NAME, OWNER)], subject="Reģistrācija valsts valodas prasmes pārbaudei – apstiprinājums",
                  text=text, client="system", msgid_domain="visc-lv.example", attachments=[att],
                  recv=("smtp.visc-lv.example", "85.254.196.30"))
    label = lab([], "hard", "negative/language-test-booking",
                "State language proficiency test booking (speaking part = 'saruna (intervija) ar ... komisiju', timed "
                ".ics attached, mentions employers): an exam, not a hiring interview.")
    return slug, [("01-valsts-valodas-parbaude-registracija.eml", raw)], label


@case
def c18():
    slug = "b237-18-neg-owner-interviews-warehouse-supervisor"
    liga = ("Līga Sproģe", "liga.sproge@ostas-logistika.example")
    cand = ("Roberts Kalniņš", "roberts.kalnins@pastkaste.example")
    sent = at(2026, 11, 13, 14, 25, RIGA, "Fri")
    start = at(2026, 11, 18, 10, 0, RIGA, "Wed")
    end = start + timedelta(hours=1)
    teams, url = teams_block("c18", "lv")
    summary = "Darba intervija: noliktavas maiņas vadītājs – Roberts Kalniņš"
    body = ("Labdien, Robert!\n\n"
            "Paldies par Jūsu pieteikumu noliktavas maiņas vadītāja amatam SIA Ostas Loģistika. Apstiprinām darba "
            "interviju Microsoft Teams vidē. Intervijā piedalīsies personāla vadītāja Līga Sproģe un muitas nodaļas "
            "vadītājs Aleksejs Sokolovs.\n\n"
            "Ar cieņu\nLīga Sproģe\nPersonāla vadītāja | SIA Ostas Loģistika")
    ics = outlook_ics(method="REQUEST", uid_="040000008200E00074C5B7101A82E00800000000" + hx("c18uid", 72, True),
                      seq=0, organizer=liga,
                      attendees=[(*cand, "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                 (OWNER_NAME, OWNER_WORK, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                      summary=summary, description=body + "\n\n" + teams, start=start, end=end,
                      location="Microsoft Teams sapulce", dtstamp=sent, lang="lv-LV", teams_url=url)
    when = f"{lv_long(start)} {hm(start)}-{hm(end)} (UTC+02:00) Helsinki, Kijiva, Rīga, Sofija, Tallina, Viļņa"
    fwd = [("X-Forwarded-For", f"{OWNER_WORK} {OWNER}"), ("X-Forwarded-To", OWNER)]
    m1 = outlook_invite(seed="c18", date=sent, frm=liga, to=[cand, (OWNER_NAME, OWNER_WORK)], subject=summary,
                        when=when, where="Microsoft Teams sapulce", body=body, ics=ics, teams=teams, lang="lv",
                        extra=fwd)
    d2 = at(2026, 11, 13, 14, 31, RIGA, "Fri")
    t2 = ("Sveiks, Aleksej!\n\n"
          "Nosūtīju ielūgumu uz trešdienas interviju ar Robertu Kalniņu (noliktavas maiņas vadītājs, muitas "
          "noliktava Nr. 2). Es jautāšu par vadības pieredzi un maiņu grafikiem, Tu, lūdzu, pārbaudi viņa zināšanas "
          "par muitas noliktavas procedūru, preču uzskaiti un VID prasībām. Pēc intervijas, lūdzu, aizpildi "
          "novērtējuma veidlapu.\n\n"
          "Kandidāta CV ir kopīgotajā mapē HR/Atlase/2026/Noliktava.\n\nLīga")
    m2, _ = mail(seed="c18b", date=d2, frm=liga, to=[(OWNER_NAME, OWNER_WORK)],
                 subject="Trešdienas intervija – noliktavas maiņas vadītājs", text=t2, extra=fwd)
    label = lab([], "hard", "negative/user-is-interviewer",
                "The owner's current employer invites a candidate to a Teams 'Darba intervija'; the owner is on the "
                "interviewing side (named as interviewer, internal briefing asks him to assess the candidate).")
    return slug, [("01-teams-darba-intervija-noliktava.eml", m1), ("02-tresdienas-intervija-briefing.eml", m2)], label


@case
def c19():
    slug = "b237-19-neg-estonian-availability-booking-link"
    liis = ("Liis Sepp", "liis.sepp@postiljon.example")
    sent = at(2026, 10, 1, 10, 20, TALLINN, "Thu")
    text = ("Tere, Aleksejs!\n\n"
            "Täname, et kandideerisite Postiljoni tolli- ja transpordikoordinaatori ametikohale. Teie kogemus Läti "
            "tollivormistuses jäi meile silma ja sooviksime teid kutsuda tööintervjuule (vestlus toimub Teamsis ja "
            "kestab umbes 45 minutit).\n\n"
            "Palun broneerige endale sobiv aeg meie kalendrist:\n"
            "https://calendly.com/postiljon-varbamine/toointervjuu-45\n\n"
            "Vabu aegu on järgmise nädala kolmapäeval ja neljapäeval kella 10.00–16.00. Kui ükski aeg ei sobi, vastake "
            "sellele kirjale ja leiame koos uue aja.\n\n"
            "Parimate soovidega\nLiis Sepp\nVärbamispartner | Postiljon OÜ\nTallinn")
    raw, _ = mail(seed="c19", date=sent, frm=liis, to=[(OWNER_NAME, OWNER)],
                  subject="Kutse tööintervjuule – palun valige sobiv aeg", text=text, client="gmail", lang="et",
                  recv=("mail-lj1-f178.google.com", "209.85.208.178"))
    label = lab([], "medium", "negative/availability-request",
                "Estonian 'kutse tööintervjuule' with a Calendly booking link and open windows ('järgmise nädala "
                "kolmapäeval ja neljapäeval'); nothing is booked in the case.")
    return slug, [("01-kutse-toointervjuule-vali-aeg.eml", raw)], label


@case
def c20():
    slug = "b237-20-neg-rejection-after-parrunas"
    agita = ("Agita Grīnberga", "agita.grinberga@ventas-eksp.example")
    sent = at(2026, 10, 19, 14, 5, RIGA, "Mon")
    past = at(2026, 10, 13, 10, 0, RIGA, "Tue")
    text = ("Labdien, Aleksej!\n\n"
            f"Paldies, ka atradāt laiku pārrunām ar mums {lv_loc(past)}. Mums bija patīkami iepazīties ar Jūsu "
            "pieredzi muitas procedūrās un tranzītā.\n\n"
            "Pēc rūpīgas izvērtēšanas esam nolēmuši turpināt atlasi ar citu kandidātu, kura pieredze vairāk atbilst "
            "šī brīža vajadzībām dzelzceļa pārvadājumu nodaļā.\n\n"
            "Ja vēlaties saņemt atgriezenisko saiti, labprāt norunāsim īsu telefonsarunu – atrakstiet, kad Jums būtu "
            "ērti. Jūsu CV ar Jūsu piekrišanu saglabāsim mūsu kandidātu datubāzē 12 mēnešus.\n\n"
            "Novēlam veiksmi!\n\nAr cieņu\nAgita Grīnberga\nPersonāla atlases speciāliste | SIA Ventas Ekspedīcija")
    raw, _ = mail(seed="c20", date=sent, frm=agita, to=[(OWNER_NAME, OWNER)],
                  subject="Par pārrunām – ekspedīcijas speciālists/-e (muitas procedūras)", text=text)
    label = lab([], "medium", "negative/rejection",
                "Rejection after a past interview ('pārrunām ... otrdien, 13. oktobrī'); offers an unscheduled feedback "
                "call. No interview to label.")
    return slug, [("01-par-parrunam-atteikums.eml", raw)], label


@case
def c21():
    slug = "b237-21-neg-vilnius-ssc-one-way-video-interview"
    sent = at(2026, 10, 5, 11, 47, VILNIUS, "Mon")
    deadline = at(2026, 10, 11, 23, 59, VILNIUS, "Sun")
    egle = ("Eglė Kazlauskaitė", "egle.kazlauskaite@vilnija-gbs.example")
    link = "https://app.hirevue.com/interviews/" + token("c21l", 22)
    text = ("Sveiki, Aleksejs,\n\n"
            "Thank you for applying for the Customs Analyst (Baltic Trade Desk) role at Vilnija Global Services.\n\n"
            "The next step is an on-demand video interview. This is a one-way interview: you will see 6 pre-recorded "
            "questions and record your answers (up to 3 minutes each). Nobody from our team will be on the call, and "
            "you can complete it at any time before the deadline.\n\n"
            f"Deadline: {EN_DAY[deadline.weekday()]}, {deadline.day} {EN_MON[deadline.month - 1]} {deadline.year}, "
            f"{hm(deadline)} (Vilnius time)\n"
            f"Start your interview: {link}\n\n"
            "Tips: use Chrome or Edge, check your camera and microphone, and find a quiet place. You can practise with "
            "a sample question before you begin.\n\n"
            f"If you need an accommodation, please contact {egle[0]} at {egle[1]}.\n\n"
            "Kind regards / Pagarbiai\nTalent Acquisition team, Vilnija Global Services\n\n"
            "This message was sent by HireVue on behalf of Vilnija Global Services. Please do not reply.\n")
    raw, _ = mail(seed="c21", date=sent, frm=("Vilnija Global Services", "no-reply@hirevue.com"),
                  to=[(OWNER_NAME, OWNER)],
                  subject="Action required: your video interview for Customs Analyst (Vilnius)", text=text,
                  client="system", msgid_domain="mail.hirevue.com", recv=("o2.mail.hirevue.com", "149.72.140.18"),
                  lang="en")
    label = lab([], "medium", "negative/one-way-video-assessment",
                "One-way, on-demand 'video interview' with a deadline; no live conversation and no scheduled time.")
    return slug, [("01-hirevue-video-interview-invite.eml", raw)], label


@case
def c22():
    slug = "b237-22-neg-cvlv-webinar-darba-intervija-logistika"
    sent = at(2026, 10, 5, 8, 0, RIGA, "Mon")
    start = at(2026, 10, 8, 18, 0, RIGA, "Thu")
    end = start + timedelta(minutes=60)
    text = ("Labdien, Aleksej!\n\n"
            f"Aicinām uz bezmaksas vebināru {lv_loc(start)}, plkst. {hm(start)}:\n\n"
            "„Darba intervija loģistikā: kā pārliecinoši pastāstīt par savu muitas pieredzi”\n\n"
            "Lektore: Zane Kļaviņa, atlases konsultante ar 12 gadu pieredzi transporta un loģistikas nozarē.\n"
            "Vebinārā: biežākie intervijas jautājumi muitas deklarantiem un ekspeditoriem, kā sagatavoties pārrunām "
            "ar starptautisku uzņēmumu, algas sarunas.\n\n"
            "Reģistrēties: https://www.cv.lv/lv/karjeras-skola/vebinars-darba-intervija-logistika\n"
            "Pielikumā – kalendāra ieraksts.\n\n"
            "CV.lv Karjeras skola\n\n"
            "Jūs saņemat šo vēstuli, jo esat pierakstījies CV.lv jaunumiem. Atteikties: https://www.cv.lv/lv/my/settings\n")
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//CV-Online//Events//LV", "METHOD:PUBLISH"] + VTZ_RIGA + [
        "BEGIN:VEVENT", f"UID:webinar-{digits('c22', 6)}@cv.lv", f"DTSTAMP:{icsutc(sent)}",
        f"DTSTART;TZID=Europe/Riga:{icsdt(start)}", f"DTEND;TZID=Europe/Riga:{icsdt(end)}",
        "SUMMARY:Vebinārs: Darba intervija loģistikā",
        "LOCATION:https://www.cv.lv/lv/karjeras-skola/vebinars-darba-intervija-logistika",
        "ORGANIZER;CN=CV.lv Karjeras skola:mailto:karjeras-skola@cv.lv", "STATUS:CONFIRMED",
        "END:VEVENT", "END:VCALENDAR"]
    att = file_part("text/calendar", ics_text(L).encode("utf-8"), "vebinars.ics")
    raw, _ = mail(seed="c22", date=sent, frm=("CV.lv Karjeras skola", "jaunumi@cv.lv"), to=[(OWNER_NAME, OWNER)],
                  subject="Vebinārs ceturtdien: darba intervija loģistikā – kā pastāstīt par muitas pieredzi",
                  text=text, client="system", msgid_domain="mailer.cv.lv", attachments=[att],
                  recv=("mta12.mailer.cv.lv", "185.63.148.12"),
                  extra=[("List-Unsubscribe", "<https://www.cv.lv/lv/my/settings>"), ("Precedence", "bulk")])
    label = lab([], "easy", "negative/webinar",
                "Job-board webinar about interviews with a timed .ics; not a hiring conversation for the user.")
    return slug, [("01-cvlv-vebinars-darba-intervija.eml", raw)], label


# ============================================================================= main
def main():
    for name in os.listdir(HERE):
        if name.startswith(PREFIX + "-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for i, fn in enumerate(CASES, 1):
        slug, files, label = fn()
        assert slug.startswith(f"{PREFIX}-{i:02d}-"), slug
        names = [n for n, _ in files]
        assert names == sorted(names) and len(set(names)) == len(names), names
        for j, n in enumerate(names, 1):
            assert n.startswith(f"{j:02d}-") and n.endswith((".eml", ".ics", ".gcal.json")), n
        d = os.path.join(HERE, slug)
        os.makedirs(d)
        for n, data in files:
            with open(os.path.join(d, n), "wb") as fh:
                fh.write(data)
        labels[slug] = label
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# blind237 labels (generated by make_cases.py). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    pos = sum(1 for l in labels.values() if l["interview"])
    ivs = [x for l in labels.values() for x in l["interviews"]]
    print(f"{len(labels)} cases ({pos} positive, {len(labels) - pos} negative), {len(ivs)} interviews "
          f"({sum(x['status'] == 'scheduled' for x in ivs)} scheduled, {sum(x['status'] == 'cancelled' for x in ivs)} cancelled)")


if __name__ == "__main__":
    main()
