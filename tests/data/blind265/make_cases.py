#!/usr/bin/env python3
"""Regenerate the blind265 evaluation set (interview detection), deterministically.

Theme: a Zagreb-based marketing / e-commerce specialist (Lana Jurić) applying to Croatian companies
in Zagreb, Split and Rijeka, a Ljubljana company (Slovenian), a Vienna company (German) and a
Belgrade firm (Serbian, Latin script).  Standard library + PyYAML + zoneinfo only.

Run:  python make_cases.py      (writes b265-* folders, labels.yaml next to this file)
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
PREFIX = "b265"

ZG = ZoneInfo("Europe/Zagreb")
LJ = ZoneInfo("Europe/Ljubljana")
VIE = ZoneInfo("Europe/Vienna")
BEG = ZoneInfo("Europe/Belgrade")
UTC = timezone.utc

USER = "lana.juric@example.com"
USER_NAME = "Lana Jurić"

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


# ----------------------------------------------------------------------------------------------
# time helpers
# ----------------------------------------------------------------------------------------------
def T(y, mo, d, h=0, mi=0, s=0, tz=ZG, wd=None):
    """Aware datetime in tz (offset computed by zoneinfo); wd asserts the weekday named in text."""
    dt = datetime(y, mo, d, h, mi, s, tzinfo=tz)
    if wd is not None:
        assert WEEKDAYS[dt.weekday()] == wd, (dt, wd, WEEKDAYS[dt.weekday()])
    return dt


def iso(dt):
    return None if dt is None else dt.isoformat()


def ics_utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics_local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def rfc_date(dt):
    return format_datetime(dt)


def gtime(dt):
    return dt.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


# ----------------------------------------------------------------------------------------------
# deterministic ids
# ----------------------------------------------------------------------------------------------
def hx(seed, n=16, upper=False):
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{PREFIX}:{seed}:{i}".encode()).hexdigest()
        i += 1
    out = out[:n]
    return out.upper() if upper else out


def digits(seed, n):
    h = hashlib.sha256(f"{PREFIX}:digits:{seed}".encode()).hexdigest()
    return "".join(str(int(c, 16) % 10) for c in h)[:n]


def alnum(seed, n):
    chars = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    h = hashlib.sha256(f"{PREFIX}:alnum:{seed}".encode()).digest()
    return "".join(chars[b % len(chars)] for b in h)[:n]


def outlook_msgid(seed, region="eurprd05"):
    box = "VI1PR0" + digits(seed + "b", 1) + "MB" + digits(seed + "c", 4)
    return f"<{box}{hx(seed, 28, True)}@{box}.{region}.prod.outlook.com>"


def gmail_msgid(seed):
    raw = base64.b64encode(hashlib.sha256(f"gm:{seed}".encode()).digest()).decode()
    raw = raw.replace("/", "_").replace("+", "-").rstrip("=")
    return f"<CA{raw[:3]}{raw[3:40]}@mail.gmail.com>"


# ----------------------------------------------------------------------------------------------
# MIME helpers (hand-rolled so every byte is stable)
# ----------------------------------------------------------------------------------------------
def hdr(s):
    """Encode a header value as RFC 2047 when it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=76).encode()


def addr(name, email):
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


def addrs(lst):
    return ", ".join(addr(n, e) for n, e in lst)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return base64.encodebytes(data).decode("ascii")


def text_to_html(text, font="Calibri,Arial,sans-serif", size="11pt"):
    paras = text.strip("\n").split("\n\n")
    body = []
    for p in paras:
        lines = [html.escape(x) for x in p.split("\n")]
        body.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:{size}">\n' + "\n".join(body) +
            "\n</div></body></html>\n")


def leaf(ctype, body, cte="quoted-printable", extra=()):
    return {"ctype": ctype, "body": body, "cte": cte, "extra": list(extra)}


def multi(sub, boundary, parts):
    return {"multi": sub, "boundary": boundary, "parts": parts}


def render(part):
    if "multi" in part:
        out = f'Content-Type: multipart/{part["multi"]};\n boundary="{part["boundary"]}"\n\n'
        for p in part["parts"]:
            out += f'--{part["boundary"]}\n' + render(p)
            if not out.endswith("\n"):
                out += "\n"
        out += f'--{part["boundary"]}--\n'
        return out
    body = part["body"]
    cte = part["cte"]
    if cte == "quoted-printable":
        enc = qp(body)
    elif cte == "base64":
        enc = b64(body)
    else:
        enc = body if isinstance(body, str) else body.decode("utf-8")
    out = f'Content-Type: {part["ctype"]}\nContent-Transfer-Encoding: {cte}\n'
    for h in part["extra"]:
        out += h + "\n"
    out += "\n" + enc
    if not out.endswith("\n"):
        out += "\n"
    return out


def received(date, seed, helo="mail.example.net", ip="192.0.2.10"):
    rdate = rfc_date(date + timedelta(seconds=2))
    return ("Received: from " + helo + " (" + helo + " [" + ip + "])\n"
            "        by mx1.example.com (Postfix) with ESMTPS id " + hx(seed + "rcv", 11, True) + "\n"
            "        for <" + USER + ">; " + rdate)


def message(headers, root):
    """headers: list of (name, value) in order.  root: part dict."""
    out = ""
    for k, v in headers:
        if v is None:
            continue
        out += f"{k}: {v}\n"
    out += "MIME-Version: 1.0\n"
    out += render(root)
    return out


def std_headers(seed, date, frm, to, subject, msgid, cc=None, reply_to=None, in_reply_to=None,
                references=None, sender=None, helo="mail.example.net", ip="192.0.2.10", extra=()):
    h = [("Delivered-To", USER), ("Received", received(date, seed, helo, ip)[len("Received: "):]),
         ("Return-Path", f"<{sender[1] if sender else frm[1]}>"),
         ("Date", rfc_date(date)), ("From", addr(*frm))]
    if sender:
        h.append(("Sender", addr(*sender)))
    if reply_to:
        h.append(("Reply-To", addr(*reply_to)))
    h.append(("To", addrs(to)))
    if cc:
        h.append(("Cc", addrs(cc)))
    h.append(("Subject", hdr(subject)))
    h.append(("Message-ID", msgid))
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if references:
        h.append(("References", references))
    h.extend(extra)
    return h


def human_mail(seed, date, frm, to, subject, text, style="outlook", cc=None, reply_to=None,
               in_reply_to=None, references=None, msgid=None, attachments=(), html_text=None,
               font="Calibri,Arial,sans-serif", extra=()):
    """A person's e-mail from Outlook (qp, multipart/alternative) or Gmail."""
    if style == "outlook":
        msgid = msgid or outlook_msgid(seed)
        boundary = f"_000_{hx(seed + 'b', 24, True)}prodoutlookcom_"
        extra = list(extra) + [("Thread-Topic", hdr(subject.split(": ", 1)[-1] if subject.startswith(("Re: ", "RE: ", "Odg: ", "AW: ", "FW: ")) else subject)),
                               ("Thread-Index", base64.b64encode(hashlib.sha1(seed.encode()).digest()[:16]).decode()),
                               ("Accept-Language", "hr-HR, en-US"), ("Content-Language", "hr-HR"),
                               ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", "")]
        helo = "EUR05-VI1-obe.outbound.protection.outlook.com"
        ip = "40.107.21.1" + digits(seed, 2)
    else:
        msgid = msgid or gmail_msgid(seed)
        boundary = "0000000000" + hx(seed + "b", 18)
        helo = "mail-wr1-f4" + digits(seed, 1) + ".google.com"
        ip = "209.85.221.4" + digits(seed, 1)
    h = std_headers(seed, date, frm, to, subject, msgid, cc, reply_to, in_reply_to, references,
                    helo=helo, ip=ip, extra=extra)
    alt = multi("alternative", boundary if not attachments else boundary + "alt", [
        leaf('text/plain; charset="UTF-8"', text),
        leaf('text/html; charset="UTF-8"', html_text or text_to_html(text, font=font)),
    ])
    root = alt
    if attachments:
        root = multi("mixed", boundary + "mix", [alt] + list(attachments))
    return message(h, root), msgid


# ----------------------------------------------------------------------------------------------
# iCalendar helpers
# ----------------------------------------------------------------------------------------------
def fold(line):
    out, cur, limit = [], b"", 75
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b"", 74
        cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def ics_text(lines):
    return "".join(fold(l) + "\r\n" for l in lines)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def win_tz(tzid):
    # Central Europe / W. Europe Standard Time as Exchange writes them (EU rule: last Sunday).
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}",
            "BEGIN:STANDARD", "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


def olson_tz(tzid):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST",
            "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET",
            "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE"]


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE", google=False):
    cn = f'"{name}"' if any(c in name for c in ",;:") else name
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};"
                f"CN={cn};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={cn}:mailto:{email}"


def outlook_ics(*, method, tzid, organizer, attendees, summary, description, start, end, uid, seq,
                stamp, location, lang="hr-HR", teams_url=None, status=None, cancelled=False):
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010",
             "VERSION:2.0"] + win_tz(tzid) + ["BEGIN:VEVENT",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    lines += [attendee(n, e, p, r) for n, e, p, r in attendees]
    lines += [f"DESCRIPTION;LANGUAGE={lang}:{esc(description)}",
              f"UID:{uid}",
              f"SUMMARY;LANGUAGE={lang}:{esc(summary)}",
              f"DTSTART;TZID={tzid}:{ics_local(start)}",
              f"DTEND;TZID={tzid}:{ics_local(end)}",
              "CLASS:PUBLIC", "PRIORITY:1" if cancelled else "PRIORITY:5",
              f"DTSTAMP:{ics_utc(stamp)}", "TRANSP:OPAQUE",
              f"STATUS:{status or ('CANCELLED' if cancelled else 'CONFIRMED')}",
              f"SEQUENCE:{seq}",
              f"LOCATION;LANGUAGE={lang}:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{'-' if int(digits(uid, 1)) % 2 else ''}{digits(uid + 'o', 10)}",
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if cancelled else "TENTATIVE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if cancelled else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
              "X-MICROSOFT-CDO-IMPORTANCE:" + ("2" if cancelled else "1"),
              "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams_url:
        lines += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{teams_url}",
                  'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if not cancelled:
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                  "ACTION:DISPLAY", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics_text(lines)


def teams_ids(seed):
    tid = "-".join([hx(seed + "t", 8), hx(seed + "t2", 4), "4" + hx(seed + "t3", 3), "a" + hx(seed + "t4", 3), hx(seed + "t5", 12)])
    oid = "-".join([hx(seed + "o", 8), hx(seed + "o2", 4), "4" + hx(seed + "o3", 3), "b" + hx(seed + "o4", 3), hx(seed + "o5", 12)])
    mt = alnum(seed + "m", 32)
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mt}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    opts = (f"https://teams.microsoft.com/meetingOptions/?organizerId={oid}&tenantId={tid}"
            f"&threadId=19_meeting_{mt}@thread.v2&messageId=0&language=hr-HR")
    mid = " ".join([digits(seed + "id", 3), digits(seed + "id2", 3), digits(seed + "id3", 3), digits(seed + "id4", 3)])
    return url, opts, mid, alnum(seed + "pw", 6)


def teams_block(seed, lang="hr"):
    url, opts, mid, pw = teams_ids(seed)
    bar = "_" * 80
    if lang == "hr":
        return (f"{bar}\nSastanak u aplikaciji Microsoft Teams\n"
                "Pridružite se sa svojeg računala, mobilne aplikacije ili uređaja u prostoriji\n"
                f"Kliknite ovdje da biste se pridružili sastanku<{url}>\n"
                f"ID sastanka: {mid}\nŠifra: {pw}\n"
                "Preuzmite Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
                "Pridružite se na webu<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
                f"Saznajte više<https://aka.ms/JoinTeamsMeeting> | Mogućnosti sastanka<{opts}>\n{bar}"), url
    return (f"{bar}\nMicrosoft Teams-Besprechung\n"
            "Nehmen Sie von Ihrem Computer, Ihrer mobilen App oder Ihrem Raumgerät aus teil\n"
            f"Klicken Sie hier, um an der Besprechung teilzunehmen<{url}>\n"
            f"Besprechungs-ID: {mid}\nKennung: {pw}\n"
            "Teams herunterladen<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Im Web beitreten<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            f"Weitere Infos<https://aka.ms/JoinTeamsMeeting> | Besprechungsoptionen<{opts.replace('hr-HR', 'de-DE')}>\n{bar}"), url


def exchange_uid(seed):
    return "040000008200E00074C5B7101A82E00800000000" + hx(seed + "u1", 16, True) + "000000000000000010000000" + hx(seed + "u2", 32, True)


def outlook_invite(seed, date, frm, to, subject, text, ics, method="REQUEST", cc=None, lang="hr-HR",
                   font="Aptos,Calibri,sans-serif", extra=()):
    msgid = outlook_msgid(seed)
    boundary = f"_000_{hx(seed + 'b', 24, True)}prodoutlookcom_"
    topic = subject.split(": ", 1)[1] if subject.split(": ", 1)[0] in ("Otkazano", "Abgesagt", "Ažurirano", "Aktualisiert") else subject
    h = std_headers(seed, date, frm, to, subject, msgid, cc=cc,
                    helo="EUR05-AM6-obe.outbound.protection.outlook.com", ip="40.107.22.1" + digits(seed, 2),
                    extra=[("Thread-Topic", hdr(topic)),
                           ("Thread-Index", base64.b64encode(hashlib.sha1(seed.encode()).digest()[:16]).decode()),
                           ("Accept-Language", f"{lang}, en-US"), ("Content-Language", lang),
                           ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                           ("Content-class", "urn:content-classes:calendarmessage"),
                           ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAA" + alnum(seed + "s", 24)),
                           ("x-ms-publictraffictype", "Email")] + list(extra))
    root = multi("alternative", boundary, [
        leaf('text/plain; charset="UTF-8"', text),
        leaf('text/html; charset="UTF-8"', text_to_html(text, font=font)),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', ics, cte="base64"),
    ])
    return message(h, root), msgid


def google_ics(*, method, organizer, attendees, summary, description, start, end, uid, seq, stamp,
               created, location, status="CONFIRMED"):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}", f"DTSTAMP:{ics_utc(stamp)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    lines += [attendee(n, e, p, google=True) for n, e, p in attendees]
    lines += [f"X-MICROSOFT-CDO-OWNERAPPTID:{'-' if int(digits(uid, 1)) % 2 else ''}{digits(uid + 'x', 10)}",
              f"CREATED:{ics_utc(created)}", f"DESCRIPTION:{esc(description)}",
              f"LAST-MODIFIED:{ics_utc(stamp)}", f"LOCATION:{esc(location)}",
              f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE",
              "END:VEVENT", "END:VCALENDAR"]
    return ics_text(lines)


EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EN_DAYS_LONG = WEEKDAYS
EN_MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def gcal_when(start, end):
    abbr = "CEST" if start.utcoffset() == timedelta(hours=2) else "CET"
    short = f"{EN_DAYS[start.weekday()]} {start.day} {EN_MON[start.month - 1][:3]} {start.year} {start:%H:%M} - {end:%H:%M} ({abbr})"
    long = f"{EN_DAYS_LONG[start.weekday()]} {start.day} {EN_MON[start.month - 1]} {start.year} ⋅ {start:%H:%M} – {end:%H:%M}"
    return short, long


def google_invite(seed, date, organizer, guests, title, description, start, end, location, uid, seq=0,
                  created=None, updated=False, meet=None):
    """Google Calendar invitation e-mail: multipart/mixed (alternative(plain, html, calendar), invite.ics)."""
    short, long = gcal_when(start, end)
    prefix = "Updated invitation" if updated else "Invitation"
    subject = f"{prefix}: {title} @ {short} ({USER})"
    guest_lines = "\n".join(f"{n} - organiser" if e == organizer[1] else (f"{n}" if n else e) for n, e, _ in guests)
    text = f"{title}\n"
    if updated:
        text = f"This event has been updated\nChanged: time\n\n{title}\n"
    text += f"{long}\nCentral European Time - Zagreb\n\n"
    if meet:
        text += f"Join with Google Meet\nhttps://meet.google.com/{meet}\n\n"
    if location:
        text += f"Location\n{location}\nhttps://www.google.com/maps/search/{location.replace(' ', '+')}?hl=en-GB\n\n"
    text += f"{description}\n\nGuests\n{guest_lines}\nView all guest info\nhttps://calendar.google.com/calendar/event?action=VIEW&eid={hx(uid + 'eid', 40)}\n\n"
    text += (f"Reply for {USER}\nYes\nNo\nMaybe\nMore options\n"
             "https://calendar.google.com/calendar/event?action=VIEW&eid=" + hx(uid + "eid", 40) + "\n\n"
             "Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
             f"You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.\n\n"
             "Forwarding this invitation could allow any recipient to send a response to the organiser, be added to the guest list, invite others regardless of their own invitation status or modify your RSVP.\n\n"
             "Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
    if meet:
        description = description + f"\n\nJoin with Google Meet: https://meet.google.com/{meet}\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720"
    ics = google_ics(method="REQUEST", organizer=organizer, attendees=guests, summary=title,
                     description=description, start=start, end=end, uid=uid, seq=seq, stamp=date.astimezone(UTC),
                     created=(created or date).astimezone(UTC), location=location or "")
    boundary = "0000000000" + hx(seed + "b", 18)
    msgid = f"<calendar-{hx(seed + 'm1', 8)}-{hx(seed + 'm2', 4)}-{hx(seed + 'm3', 4)}-{hx(seed + 'm4', 4)}-{hx(seed + 'm5', 12)}@google.com>"
    h = [("Delivered-To", USER),
         ("Received", received(date, seed, "mail-sor-f69.google.com", "209.85.220.69")[len("Received: "):]),
         ("Return-Path", f"<{hx(seed + 'rp', 20)}-calendar-{digits(seed + 'rp', 8)}@calendar-server.bounces.google.com>"),
         ("Date", rfc_date(date)), ("From", addr(*organizer)),
         ("Sender", "Google Calendar <calendar-notification@google.com>"),
         ("Reply-To", addr(*organizer)), ("To", USER), ("Subject", hdr(subject)), ("Message-ID", msgid)]
    ics_enc = "7bit"
    try:
        ics.encode("ascii")
    except UnicodeEncodeError:
        ics_enc = "base64"
    root = multi("mixed", boundary + "a", [
        multi("alternative", boundary + "b", [
            leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, cte="base64"),
            leaf('text/html; charset="UTF-8"', text_to_html(text, font="Roboto,Helvetica,Arial,sans-serif", size="14px"), cte="quoted-printable"),
            leaf('text/calendar; charset="UTF-8"; method=REQUEST', ics, cte=ics_enc),
        ]),
        leaf('application/ics; name="invite.ics"', ics, cte="base64",
             extra=['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    return message(h, root), msgid


# ----------------------------------------------------------------------------------------------
# case registry
# ----------------------------------------------------------------------------------------------
CASES = []


def case(num, slug, items, label):
    cid = f"{PREFIX}-{num:02d}-{slug}"
    CASES.append((cid, items, label))


def iv(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


def lab(interviews, difficulty, category, notes):
    return {"user": USER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


# ----------------------------------------------------------------------------------------------
# more helpers: ATS / relay mail, quoting, local wording
# ----------------------------------------------------------------------------------------------
HR_DAYS = ["ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja"]
HR_MON = ["siječnja", "veljače", "ožujka", "travnja", "svibnja", "lipnja", "srpnja", "kolovoza",
          "rujna", "listopada", "studenoga", "prosinca"]
HR_MON_SHORT = ["sij", "velj", "ožu", "tra", "svi", "lip", "srp", "kol", "ruj", "lis", "stu", "pro"]
HR_DAYS_SHORT = ["pon", "uto", "sri", "čet", "pet", "sub", "ned"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_MON = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]
CET_LABEL_HR = "(UTC+01:00) Beograd, Bratislava, Budimpešta, Ljubljana, Prag"
WET_LABEL_DE = "(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"


def hr_when(start, end):
    return (f"{HR_DAYS[start.weekday()]}, {start.day}. {HR_MON[start.month - 1]} {start.year}. "
            f"{start:%H:%M}-{end:%H:%M} {CET_LABEL_HR}.")


def de_when(start, end):
    return (f"{DE_DAYS[start.weekday()]}, {start.day}. {DE_MON[start.month - 1]} {start.year} "
            f"{start:%H:%M}-{end:%H:%M} {WET_LABEL_DE}.")


def outlook_quote_hr(frm, sent, to, subject, body):
    return ("\n________________________________\n"
            f"Šalje: {frm[0]} <{frm[1]}>\n"
            f"Poslano: {HR_DAYS[sent.weekday()]}, {sent.day}. {HR_MON[sent.month - 1]} {sent.year}. {sent:%H:%M}\n"
            f"Prima: {to[0]} <{to[1]}>\n"
            f"Predmet: {subject}\n\n" + body)


def gmail_quote_hr(frm, sent, body):
    head = (f"{HR_DAYS_SHORT[sent.weekday()]}, {sent.day}. {HR_MON_SHORT[sent.month - 1]} {sent.year}. "
            f"u {sent:%H:%M} {frm[0]} <{frm[1]}> napisao je:")
    return "\n" + head + "\n\n" + "\n".join(("> " + l) if l else ">" for l in body.strip("\n").split("\n")) + "\n"


def ats_mail(seed, date, frm, to, subject, text, msgid_domain, reply_to=None, attachments=(),
             html_text=None, extra=(), text_cte="quoted-printable", html_cte="quoted-printable",
             helo="mta.example.net", ip="198.51.100.20", font="Helvetica,Arial,sans-serif"):
    msgid = f"<{digits(seed + 'm1', 9)}.{digits(seed + 'm2', 5)}.{digits(seed + 'm3', 13)}@{msgid_domain}>"
    boundary = f"----=_Part_{digits(seed + 'p1', 6)}_{digits(seed + 'p2', 9)}.{digits(seed + 'p3', 13)}"
    h = std_headers(seed, date, frm, to, subject, msgid, reply_to=reply_to, helo=helo, ip=ip,
                    extra=list(extra))
    alt = multi("alternative", boundary if not attachments else boundary + "_alt", [
        leaf('text/plain; charset=UTF-8', text, cte=text_cte),
        leaf('text/html; charset=UTF-8', html_text or text_to_html(text, font=font, size="14px"), cte=html_cte),
    ])
    root = alt if not attachments else multi("mixed", boundary, [alt] + list(attachments))
    return message(h, root), msgid


def ics_attachment(ics, name, method="REQUEST"):
    return leaf(f'text/calendar; charset=UTF-8; method={method}; name="{name}"', ics, cte="base64",
                extra=[f'Content-Disposition: attachment; filename="{name}"'])


# ==============================================================================================
# POSITIVE CASES
# ==============================================================================================
def c01():
    hm = ("Tomislav Perić", "tomislav.peric@zelengaj-dom.example")
    date = T(2026, 3, 12, 9, 41, 17, wd="Thursday")
    start = T(2026, 3, 17, 14, 0, wd="Tuesday")  # "u utorak u 14 sati" = next Tuesday after Thu 12 Mar
    role = "Specijalist/ica za e-commerce (m/ž)"
    text = f"""MojPosao - poruka poslodavca

Poslodavac Zelengaj Dom d.o.o. poslao Vam je poruku vezano uz oglas
"{role}", Zagreb.

----------------------------------------------------------------------

Poštovana gospođo Jurić,

zahvaljujemo na prijavi za radno mjesto {role}. Vaše iskustvo s vođenjem webshopa i kampanja na Meta i Google platformama vrlo nam je zanimljivo pa bismo Vas rado upoznali.

Pozivamo Vas na razgovor za posao u utorak u 14 sati u našem uredu u Zagrebu, Kovinska ulica 4a (ulaz iz dvorišta, 2. kat). Razgovor ću voditi ja, a trajat će otprilike 45 minuta. Ponesite, ako možete, nekoliko primjera kampanja koje ste vodili.

Molim Vas da dolazak potvrdite odgovorom na ovu poruku ili izravno na tomislav.peric@zelengaj-dom.example.

Lijep pozdrav,

Tomislav Perić
Voditelj online prodaje
Zelengaj Dom d.o.o. | Kovinska ulica 4a, 10000 Zagreb
T: +385 1 555 0142

----------------------------------------------------------------------
Ovu poruku poslodavac je poslao putem servisa MojPosao. Odgovorom na ovu poruku
javljate se izravno poslodavcu. Postavke obavijesti:
https://www.moj-posao.net/Profil/Postavke/?utm_source=relay&utm_medium=email
"""
    eml, _ = ats_mail("c01", date, ("MojPosao", "noreply@moj-posao.net"), [(USER_NAME, USER)],
                      f"Zelengaj Dom d.o.o.: poziv na razgovor - {role}", text, "relay.moj-posao.net",
                      reply_to=hm, helo="relay.moj-posao.net", ip="198.51.100.31",
                      extra=[("X-Mailer", "MojPosao relay 3.4"), ("List-Unsubscribe", "<https://www.moj-posao.net/Profil/Postavke/>")])
    case(1, "mojposao-relay-utorak-14-sati", {"01-zelengaj-dom-poziv-na-razgovor.eml": eml},
         lab([iv("Zelengaj Dom d.o.o.", role, start, start + timedelta(minutes=45), "scheduled",
                 [hm[1]], [hm[1]], "hiring_manager")], "medium", "positive/job-board-relay-relative-date",
             "MojPosao relay (From noreply, Reply-To the hiring manager). 'u utorak u 14 sati' resolved against "
             "Thu 12 Mar 2026 -> Tue 17 Mar 14:00 CET; 'otprilike 45 minuta'. The writer conducts it himself."))


def c02():
    rec = ("Maja Šimić", "maja.simic@adriatel.example")
    role = "Specijalist/ica za CRM i e-mail marketing"
    d1 = T(2026, 3, 26, 15, 20, 4, wd="Thursday")
    start = T(2026, 3, 31, 10, 0, wd="Tuesday")
    assert start.utcoffset() == timedelta(hours=2) and d1.utcoffset() == timedelta(hours=1)
    t1 = f"""Posao.hr | Poruka poslodavca

Adriatel d.d. odgovorio je na Vašu prijavu za oglas: {role}

Poštovana Lana,

hvala Vam na prijavi. Vaš nam se životopis jako svidio, posebno iskustvo s automatizacijom e-mail kampanja i segmentacijom baze kupaca.

Predlažem kratak telefonski razgovor (oko 30 minuta) sljedeći utorak, 31. ožujka, u 10:00. Nazvat ću Vas na broj koji ste naveli u prijavi. Napomena: u nedjelju prelazimo na ljetno računanje vremena, termin je naravno 10:00 po zagrebačkom vremenu.

Ako Vam termin ne odgovara, javite mi se na maja.simic@adriatel.example.

Lijep pozdrav,
Maja Šimić
Talent Acquisition Partner
Adriatel d.d., Zagreb

--
Ovu poruku primili ste jer ste se putem portala Posao.hr prijavili na oglas poslodavca.
Posao.hr ne odgovara za sadržaj poruka poslodavaca. Upravljanje obavijestima: https://www.posao.hr/profil/obavijesti/
"""
    e1, m1 = ats_mail("c02a", d1, ("Posao.hr", "no-reply@posao.hr"), [(USER_NAME, USER)],
                      f"Adriatel d.d. - odgovor na Vašu prijavu: {role}", t1, "mailer.posao.hr",
                      reply_to=rec, helo="mailer.posao.hr", ip="198.51.100.44")
    lana_sent = T(2026, 3, 26, 18, 2, wd="Thursday")
    lana_body = ("Poštovana gospođo Šimić,\n\nhvala na pozivu. Utorak, 31. ožujka u 10:00 mi odgovara, "
                 "broj iz prijave je i dalje aktualan.\n\nLijep pozdrav,\nLana Jurić\n")
    lana_mid = gmail_msgid("c02-lana")
    d2 = T(2026, 3, 27, 8, 55, 40, wd="Friday")
    t2 = ("Poštovana Lana,\n\nsuper, potvrđujem - nazvat ću Vas u utorak u 10 sati.\n\nLijep pozdrav,\n"
          "Maja\n\nMaja Šimić | Talent Acquisition Partner\nAdriatel d.d. | Vukovarska ulica 269k, 10000 Zagreb\n"
          "M: +385 98 555 0177\n" +
          outlook_quote_hr((USER_NAME, USER), lana_sent, rec,
                           f"Re: Adriatel d.d. - odgovor na Vašu prijavu: {role}", lana_body))
    e2, _ = human_mail("c02b", d2, rec, [(USER_NAME, USER)],
                       f"RE: Adriatel d.d. - odgovor na Vašu prijavu: {role}", t2, style="outlook",
                       in_reply_to=lana_mid, references=f"{m1} {lana_mid}")
    case(2, "posaohr-phone-screen-dst-start",
         {"01-posaohr-adriatel-telefonski-razgovor.eml": e1, "02-re-potvrda-termina.eml": e2},
         lab([iv("Adriatel d.d.", role, start, start + timedelta(minutes=30), "scheduled", [rec[1]], [rec[1]],
                 "phone_screen")], "medium", "positive/job-board-relay-thread-dst",
             "Posao.hr relay + recruiter's confirmation reply. Mail sent in CET (+01:00) on 26 Mar, call on Tue 31 "
             "Mar 10:00 after the EU switch to CEST (29 Mar) -> +02:00. Recruiter does the call herself."))


def c03():
    coord = ("Ana Radić", "ana.radic@jadranmobil.example")
    hm = ("Hrvoje Knežević", "hrvoje.knezevic@jadranmobil.example")
    lead = ("Ivana Lovrić", "ivana.lovric@jadranmobil.example")
    role = "Specijalist/ica za digitalni marketing"
    date = T(2026, 4, 9, 13, 5, 22, wd="Thursday")
    start = T(2026, 4, 15, 10, 0, wd="Wednesday")
    end = start + timedelta(hours=1)
    block, url = teams_block("c03")
    body = f"""Poštovana Lana,

kao što smo dogovorili telefonski, šaljem pozivnicu za razgovor za poziciju {role}. Razgovor će voditi Hrvoje Knežević, direktor marketinga, i Ivana Lovrić, voditeljica digitalnih kanala. Predviđeno trajanje je 60 minuta.

Ja samo koordiniram termin i neću biti na razgovoru; za sva pitanja stojim Vam na raspolaganju.

S poštovanjem,
Ana Radić
Odjel ljudskih potencijala | Jadran Mobil d.o.o.
"""
    text = f"Kada: {hr_when(start, end)}\nGdje: Sastanak u aplikaciji Microsoft Teams\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}\n{block}\n"
    ics = outlook_ics(method="REQUEST", tzid="Central Europe Standard Time", organizer=coord,
                      attendees=[(USER_NAME, USER, "NEEDS-ACTION", "REQ-PARTICIPANT"),
                                 (hm[0], hm[1], "NEEDS-ACTION", "REQ-PARTICIPANT"),
                                 (lead[0], lead[1], "NEEDS-ACTION", "REQ-PARTICIPANT")],
                      summary=f"Razgovor za posao: Lana Jurić - {role}",
                      description=f"Kada: {hr_when(start, end)}\nGdje: Sastanak u aplikaciji Microsoft Teams\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}\n{block}",
                      start=start, end=end, uid=exchange_uid("c03"), seq=0, stamp=date,
                      location="Sastanak u aplikaciji Microsoft Teams", teams_url=url)
    eml, _ = outlook_invite("c03", date, coord, [(USER_NAME, USER), hm, lead],
                            f"Razgovor za posao: Lana Jurić - {role}", text, ics)
    case(3, "teams-panel-central-europe-tzid",
         {"01-razgovor-za-posao-teams.eml": eml},
         lab([iv("Jadran Mobil d.o.o.", role, start, end, "scheduled", [hm[1], lead[1]], [hm[1], lead[1]], "onsite")],
             "medium", "positive/exchange-teams-invite",
             "Exchange/Teams invite, TZID 'Central Europe Standard Time', display label '(UTC+01:00)' although the "
             "date is in CEST -> 10:00+02:00. Two interviewers (panel -> onsite); organizer is a coordinator who "
             "says she will not attend."))


def c04():
    rec = ("Tjaša Novak", "tjasa.novak@zelenapot.example")
    hm = ("Nina Kos", "nina.kos@zelenapot.example")
    role = "Vodja e-trgovine (m/ž)"
    date = T(2026, 5, 7, 8, 52, 9, tz=LJ, wd="Thursday")
    start = T(2026, 5, 12, 10, 0, tz=LJ, wd="Tuesday")
    end = start + timedelta(hours=1)
    meet = "pkw-rtqa-vno"
    text = f"""Pozdravljeni, Lana!

Hvala za vašo prijavo na delovno mesto {role} v podjetju Zelena Pot d.o.o.

Z veseljem vas vabimo na razgovor, ki bo potekal v torek, 12. maja 2026, ob 10.00 prek Google Meet (povezava je v priloženem vabilu). Razgovor bo vodila Nina Kos, vodja marketinga, trajal pa bo približno eno uro.

Razgovor lahko poteka v slovenščini ali angleščini - kakor vam bolj ustreza. Če vam termin ne ustreza, preprosto odgovorite na to sporočilo.

Lep pozdrav,
Tjaša Novak
Kadrovska služba | Zelena Pot d.o.o.
Celovška cesta 150, 1000 Ljubljana
tjasa.novak@zelenapot.example

--
Poslano s storitvijo Teamtailor | Zelena Pot d.o.o. | Pravilnik o zasebnosti: https://zelenapot.teamtailor.com/privacy
"""
    ics = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Teamtailor//Interview Scheduling//EN",
                    "CALSCALE:GREGORIAN", "METHOD:REQUEST"] + olson_tz("Europe/Ljubljana") + [
                    "BEGIN:VEVENT", f"UID:tt-interview-{hx('c04uid', 24)}@teamtailor.com",
                    f"DTSTAMP:{ics_utc(date)}", f"DTSTART;TZID=Europe/Ljubljana:{ics_local(start)}",
                    f"DTEND;TZID=Europe/Ljubljana:{ics_local(end)}",
                    f"SUMMARY:{esc('Razgovor: Lana Jurić - ' + role)}",
                    f"DESCRIPTION:{esc('Razgovor za delovno mesto ' + role + '. Vodi: Nina Kos (vodja marketinga). Google Meet: https://meet.google.com/' + meet)}",
                    f"LOCATION:https://meet.google.com/{meet}",
                    f"ORGANIZER;CN={rec[0]}:mailto:{rec[1]}",
                    attendee(hm[0], hm[1], "ACCEPTED", rsvp="FALSE"),
                    attendee(USER_NAME, USER, "NEEDS-ACTION"),
                    "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    eml, _ = ats_mail("c04", date, (f"{rec[0]} (Zelena Pot)", "no-reply@teamtailor-mail.com"), [(USER_NAME, USER)],
                      f"Vabilo na razgovor - {role}", text, "teamtailor-mail.com",
                      reply_to=("Zelena Pot", f"reply+{hx('c04r', 32)}@inbound.teamtailor-mail.com"),
                      attachments=[ics_attachment(ics, "razgovor.ics")], helo="o1.teamtailor-mail.com",
                      ip="198.51.100.57", html_cte="base64")
    case(4, "teamtailor-ljubljana-slovenski-razgovor", {"01-vabilo-na-razgovor-zelena-pot.eml": eml},
         lab([iv("Zelena Pot d.o.o.", role, start, end, "scheduled", [hm[1]], [hm[1]], "hiring_manager")],
             "medium", "positive/ats-email-with-ics",
             "Teamtailor mail in Slovenian ('v torek, 12. maja 2026, ob 10.00'), Reply-To is a Teamtailor inbound "
             "relay address; .ics with TZID Europe/Ljubljana. Interviewer Nina Kos appears as ATTENDEE; the "
             "recruiter only organises."))


def c05():
    hr = ("Katharina Huber", "katharina.huber@donaumarkt.example")
    head = ("Stefan Gruber", "stefan.gruber@donaumarkt.example")
    role = "E-Commerce Manager:in CEE"
    d1 = T(2026, 10, 20, 16, 12, 30, tz=VIE, wd="Tuesday")
    start = T(2026, 10, 27, 10, 0, tz=VIE, wd="Tuesday")
    end = start + timedelta(hours=1)
    assert d1.utcoffset() == timedelta(hours=2) and start.utcoffset() == timedelta(hours=1)
    t1 = f"""Sehr geehrte Frau Jurić,

vielen Dank für Ihre Bewerbung als {role} bei der Donaumarkt Handels GmbH. Ihr Profil passt sehr gut zu unserem Ausbau in Kroatien und Slowenien, daher möchten wir Sie gerne kennenlernen.

Wir laden Sie herzlich zu einem Vorstellungsgespräch via Microsoft Teams ein:

Dienstag, 27. Oktober 2026, 10:00 bis 11:00 Uhr (Wiener Zeit)

Bitte beachten Sie, dass am Sonntag davor die Sommerzeit endet - Wien und Zagreb haben aber dieselbe Uhrzeit.

Das Gespräch führen Herr Stefan Gruber (Head of E-Commerce, in Kopie) und ich. Die Einladung mit dem Teams-Link sende ich Ihnen gleich separat.

Mit freundlichen Grüßen

Katharina Huber
Recruiting & Employer Branding
Donaumarkt Handels GmbH | Landstraßer Hauptstraße 71, 1030 Wien
"""
    e1, m1 = human_mail("c05a", d1, hr, [(USER_NAME, USER)], f"Einladung zum Vorstellungsgespräch - {role}", t1,
                        style="outlook", cc=[head], font="Arial,Helvetica,sans-serif")
    e1 = e1.replace("Content-Language: hr-HR", "Content-Language: de-AT").replace("Accept-Language: hr-HR, en-US", "Accept-Language: de-AT, en-US")
    d2 = T(2026, 10, 20, 16, 15, 3, tz=VIE, wd="Tuesday")
    block, url = teams_block("c05", lang="de")
    body = (f"Sehr geehrte Frau Jurić,\n\nwie besprochen die Einladung zu Ihrem Vorstellungsgespräch ({role}) "
            f"mit Stefan Gruber und mir.\n\nMit freundlichen Grüßen\nKatharina Huber\n")
    text = f"Wann: {de_when(start, end)}\nWo: Microsoft Teams-Besprechung\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}\n{block}\n"
    ics = outlook_ics(method="REQUEST", tzid="W. Europe Standard Time", organizer=hr,
                      attendees=[(USER_NAME, USER, "NEEDS-ACTION", "REQ-PARTICIPANT"),
                                 (head[0], head[1], "NEEDS-ACTION", "REQ-PARTICIPANT")],
                      summary=f"Vorstellungsgespräch Lana Jurić - {role}", description=text,
                      start=start, end=end, uid=exchange_uid("c05"), seq=0, stamp=d2,
                      location="Microsoft Teams-Besprechung", lang="de-AT", teams_url=url)
    e2, _ = outlook_invite("c05b", d2, hr, [(USER_NAME, USER), head],
                           f"Vorstellungsgespräch Lana Jurić - {role}", text, ics, lang="de-AT")
    case(5, "wien-vorstellungsgespraech-dst-end",
         {"01-einladung-vorstellungsgespraech.eml": e1, "02-teams-einladung.eml": e2},
         lab([iv("Donaumarkt Handels GmbH", role, start, end, "scheduled", [head[1], hr[1]], [head[1], hr[1]], "onsite")],
             "hard", "positive/german-dedupe-dst",
             "German e-mail + Teams invite (TZID 'W. Europe Standard Time') for the SAME interview -> one. Sent on "
             "20 Oct in CEST (+02:00); the interview on Tue 27 Oct is after the EU switch back (25 Oct) -> +01:00. "
             "The HR writer says she conducts it together with Stefan Gruber."))


def c06():
    rec = ("Jelena Marković", "jelena.markovic@savskimarket.example")
    role = "Menadžer za digitalni marketing"
    date = T(2026, 5, 15, 10, 30, 12, tz=BEG, wd="Friday")
    start = T(2026, 5, 21, 11, 0, tz=BEG, wd="Thursday")
    end = start + timedelta(minutes=45)
    zoom = f"https://zoom.us/j/8{digits('c06z', 10)}?pwd={alnum('c06p', 24)}"
    text = f"""Poštovana Lana,

Zahvaljujemo se na interesovanju za poziciju {role} u kompaniji Savski Market d.o.o.

Želeli bismo da Vas pozovemo na intervju putem Zoom platforme u četvrtak, 21. maja 2026. godine, u 11 časova (po beogradskom vremenu, isto kao u Zagrebu). Intervju će trajati oko 45 minuta, a vodiće ga Jelena Marković, HR Business Partner.

Link za Zoom: {zoom}

Pozivnicu za kalendar možete preuzeti iz priloga. Ukoliko Vam termin ne odgovara, molimo Vas da odgovorite na ovaj mejl.

Srdačan pozdrav,
Jelena Marković
HR Business Partner | Savski Market d.o.o.
Bulevar oslobođenja 112, 11000 Beograd

Powered by SmartRecruiters
"""
    ics = ics_text(["BEGIN:VCALENDAR", "PRODID:-//SmartRecruiters//Interview Scheduler 2.0//EN", "VERSION:2.0",
                    "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{hx('c06uid', 8)}-{hx('c06uid2', 4)}-{hx('c06uid3', 4)}-{hx('c06uid4', 12)}@smartrecruiters.com",
                    f"DTSTAMP:{ics_utc(date)}", f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}",
                    f"SUMMARY:{esc('Intervju - ' + role + ' (Savski Market)')}",
                    f"DESCRIPTION:{esc('Intervju vodi Jelena Marković (HR Business Partner). Zoom: ' + zoom)}",
                    f"LOCATION:{esc(zoom)}", f"ORGANIZER;CN={rec[0]}:mailto:{rec[1]}",
                    attendee(USER_NAME, USER, "NEEDS-ACTION"), "SEQUENCE:0", "STATUS:CONFIRMED",
                    "END:VEVENT", "END:VCALENDAR"])
    eml, _ = ats_mail("c06", date, ("Savski Market d.o.o.", "noreply@smartrecruiters.com"), [(USER_NAME, USER)],
                      f"Poziv na intervju - {role}", text, "smartrecruiters.com", reply_to=rec,
                      attachments=[ics_attachment(ics, "intervju.ics")], helo="mail.smartrecruiters.com",
                      ip="198.51.100.68")
    case(6, "smartrecruiters-beograd-intervju", {"01-poziv-na-intervju-savski-market.eml": eml},
         lab([iv("Savski Market d.o.o.", role, start, end, "scheduled", [rec[1]], [rec[1]], "phone_screen")],
             "easy", "positive/ats-email-with-ics",
             "SmartRecruiters mail in Serbian (Latin script), 'u četvrtak, 21. maja 2026. godine, u 11 časova'; "
             ".ics in UTC (09:00Z). The HR business partner conducts the Zoom screen herself."))


def c07():
    hr = ("Antonija Vuković", "antonija.vukovic@lastavica-travel.example")
    ceo = ("Marija Grgić", "marija.grgic@lastavica-travel.example")
    role = "Voditelj/ica online prodaje"
    loc = "Lastavica Travel, Ulica Domovinskog rata 9a, 21000 Split"
    d1 = T(2026, 11, 9, 11, 3, 44, wd="Monday")
    s0 = T(2026, 11, 13, 11, 0, wd="Friday")
    d3 = T(2026, 11, 12, 17, 48, 10, wd="Thursday")
    s1 = T(2026, 11, 16, 12, 0, wd="Monday")
    t1 = f"""Poštovana Lana,

zahvaljujemo na prijavi za radno mjesto {role}. Pozivamo Vas na razgovor u petak, 13. studenoga, u 11 sati, u našem uredu u Splitu (Ulica Domovinskog rata 9a, 3. kat).

Razgovor će voditi naša direktorica Marija Grgić (u kopiji), koja tog jutra dolazi katamaranom s Brača. Ja ću Vas dočekati i poslati Vam pozivnicu u kalendar. Razgovor traje oko sat vremena.

Lijep pozdrav,
Antonija Vuković
Ljudski potencijali | Lastavica Travel d.o.o.
+385 21 555 0190
"""
    e1, m1 = human_mail("c07a", d1, hr, [(USER_NAME, USER)], f"Poziv na razgovor - {role}", t1, style="gmail",
                        cc=[ceo], font="Arial,sans-serif")
    title = f"Razgovor - Lana Jurić ({role})"
    uid = f"{alnum('c07uid', 26).lower()}@google.com"
    guests = [(hr[0], hr[1], "ACCEPTED"), (ceo[0], ceo[1], "NEEDS-ACTION"), (USER, USER, "NEEDS-ACTION")]
    desc = "Razgovor za posao. Razgovor vodi Marija Grgić, direktorica. Javite se na recepciji na 3. katu."
    d2 = T(2026, 11, 9, 11, 9, 2, wd="Monday")
    e2, _ = google_invite("c07b", d2, hr, guests, title, desc, s0, s0 + timedelta(hours=1), loc, uid, 0)
    t3 = f"""Poštovana Lana,

nažalost, zbog olujne bure Jadrolinija je za sutra obustavila katamaranske linije Supetar - Split i Bol - Split, pa direktorica neće stići u Split. Predlažem da razgovor pomaknemo na ponedjeljak, 16. studenoga, u 12 sati, na istoj adresi. Odmah ću Vam poslati ažuriranu pozivnicu.

Ispričavam se zbog promjene - bura je ovih dana stvarno nepredvidiva.

Lijep pozdrav,
Antonija
""" + gmail_quote_hr(hr, d1, t1)
    e3, _ = human_mail("c07c", d3, hr, [(USER_NAME, USER)], f"Re: Poziv na razgovor - {role}", t3, style="gmail",
                       cc=[ceo], in_reply_to=m1, references=m1, font="Arial,sans-serif")
    d4 = T(2026, 11, 12, 17, 51, 30, wd="Thursday")
    e4, _ = google_invite("c07d", d4, hr, guests, title, desc + "\n\nNOVI TERMIN (bura - otkazani katamarani).",
                          s1, s1 + timedelta(hours=1), loc, uid, 1, created=d2, updated=True)
    case(7, "bura-katamaran-reschedule-split",
         {"01-poziv-na-razgovor.eml": e1, "02-invitation-razgovor.eml": e2,
          "03-re-bura-novi-termin.eml": e3, "04-updated-invitation.eml": e4},
         lab([iv("Lastavica Travel d.o.o.", role, s1, s1 + timedelta(hours=1), "scheduled", [ceo[1]], [ceo[1]],
                 "hiring_manager")], "hard", "positive/reschedule",
             "Fri 13 Nov 11:00 moved to Mon 16 Nov 12:00 (CET) because bura stopped the Brač catamarans; Google "
             "invite updated with SEQUENCE 1, same UID -> one interview at the final time. The HR sender only "
             "greets the candidate; the director conducts it."))


def c08():
    hr = ("Sanja Kralj", "sanja.kralj@kvarnerbay-hoteli.example")
    dir_ = ("Dario Mikulić", "dario.mikulic@kvarnerbay-hoteli.example")
    role = "Specijalist/ica za digitalni marketing i OTA kanale"
    d1 = T(2026, 6, 2, 9, 20, 51, wd="Tuesday")
    start = T(2026, 6, 10, 9, 0, wd="Wednesday")
    end = start + timedelta(hours=1)
    block, url = teams_block("c08")
    body1 = f"""Poštovana Lana,

potvrđujem razgovor za radno mjesto {role} putem aplikacije Teams. Razgovor vodi Dario Mikulić, direktor prodaje i marketinga.

S poštovanjem,
Sanja Kralj
Kadrovska služba | Kvarner Bay Hoteli d.d.
Riva 16, 51000 Rijeka
"""
    text1 = f"Kada: {hr_when(start, end)}\nGdje: Sastanak u aplikaciji Microsoft Teams\n\n*~*~*~*~*~*~*~*~*~*\n\n{body1}\n{block}\n"
    uid = exchange_uid("c08")
    att = [(USER_NAME, USER, "NEEDS-ACTION", "REQ-PARTICIPANT"), (dir_[0], dir_[1], "NEEDS-ACTION", "REQ-PARTICIPANT")]
    subj = f"Razgovor za posao - {role}"
    ics1 = outlook_ics(method="REQUEST", tzid="Central Europe Standard Time", organizer=hr, attendees=att,
                       summary=subj, description=text1, start=start, end=end, uid=uid, seq=0, stamp=d1,
                       location="Sastanak u aplikaciji Microsoft Teams", teams_url=url)
    e1, _ = outlook_invite("c08a", d1, hr, [(USER_NAME, USER), dir_], subj, text1, ics1)
    d2 = T(2026, 6, 8, 16, 2, 7, wd="Monday")
    body2 = """Poštovana Lana,

nažalost moramo otkazati zakazani razgovor jer smo odlučili poziciju popuniti interno. Zahvaljujemo Vam na interesu i vremenu te Vam želimo puno uspjeha u daljnjem traženju.

S poštovanjem,
Sanja Kralj
"""
    text2 = f"Kada: {hr_when(start, end)}\nGdje: Sastanak u aplikaciji Microsoft Teams\n\n{body2}"
    ics2 = outlook_ics(method="CANCEL", tzid="Central Europe Standard Time", organizer=hr, attendees=att,
                       summary=f"Otkazano: {subj}", description=text2, start=start, end=end, uid=uid, seq=1,
                       stamp=d2, location="Sastanak u aplikaciji Microsoft Teams", cancelled=True)
    e2, _ = outlook_invite("c08b", d2, hr, [(USER_NAME, USER), dir_], f"Otkazano: {subj}", text2, ics2,
                           method="CANCEL", extra=[("Importance", "high"), ("X-Priority", "1")])
    case(8, "teams-otkazano-rijeka-hotel",
         {"01-razgovor-za-posao-teams.eml": e1, "02-otkazano-razgovor.eml": e2},
         lab([iv("Kvarner Bay Hoteli d.d.", role, start, end, "cancelled", [dir_[1]], [dir_[1]], "hiring_manager")],
             "medium", "positive/cancellation",
             "Teams invite then 'Otkazano:' METHOD:CANCEL (same UID, SEQUENCE 1) - position filled internally. Kept "
             "as cancelled at Wed 10 Jun 09:00 CEST."))


def c09():
    rec = ("Filip Matić", "filip.matic@klikkosarica.example")
    cmo = ("Boris Jelić", "boris.jelic@klikkosarica.example")
    role = "Performance Marketing Specialist"
    loc = "Klik Košarica, Ulica Grge Tuškana 37, 10000 Zagreb"
    d1 = T(2026, 9, 7, 10, 20, 5, wd="Monday")
    s1 = T(2026, 9, 9, 16, 0, wd="Wednesday")   # "u srijedu u 16 h" after Mon 7 Sep
    t1 = f"""Bok Lana,

hvala na prijavi za poziciju {role} - iskustvo s Google Ads i Meta kampanjama za webshop je točno ono što tražimo.

Predlažem prvi, upoznavni razgovor preko Google Meeta u srijedu u 16 h (30-ak minuta). Razgovor ću voditi ja - malo o tebi, o ulozi i o očekivanjima. Šaljem ti odmah pozivnicu.

Pozdrav,
Filip

Filip Matić | People & Talent
Klik Košarica d.o.o.
"""
    e1, m1 = human_mail("c09a", d1, rec, [(USER_NAME, USER)], f"{role} - prvi razgovor", t1, style="gmail")
    d2 = T(2026, 9, 7, 10, 24, 41, wd="Monday")
    e2, _ = google_invite("c09b", d2, rec, [(rec[0], rec[1], "ACCEPTED"), (USER, USER, "NEEDS-ACTION")],
                          f"Klik Košarica - upoznavni razgovor (Lana Jurić)",
                          f"Prvi razgovor za poziciju {role}. Vodi: Filip Matić.", s1, s1 + timedelta(minutes=30),
                          "", f"{alnum('c09g', 10)}@google.com".lower(), 0, meet="xvd-pqwe-kta")
    d3 = T(2026, 9, 11, 12, 5, 18, wd="Friday")
    s2 = T(2026, 9, 17, 9, 30, wd="Thursday")
    t3 = f"""Bok Lana,

hvala još jednom na srijedi, bilo je baš ugodno! Htjeli bismo te pozvati u drugi krug: razgovor uživo s našim CMO-om Borisom Jelićem (u kopiji) u četvrtak, 17. rujna u 9:30 kod nas u uredu (Ulica Grge Tuškana 37, 4. kat). Razgovor traje do sat vremena; Boris će te pitati i o budžetiranju kampanja i o atribuciji.

Pozivnica stiže za minutu.

Pozdrav,
Filip
"""
    e3, _ = human_mail("c09c", d3, rec, [(USER_NAME, USER)], f"{role} - drugi krug", t3, style="gmail", cc=[cmo])
    d4 = T(2026, 9, 11, 12, 9, 55, wd="Friday")
    e4, _ = google_invite("c09d", d4, rec, [(rec[0], rec[1], "ACCEPTED"), (cmo[0], cmo[1], "ACCEPTED"),
                                            (USER, USER, "NEEDS-ACTION")],
                          f"Klik Košarica - 2. krug s Borisom (Lana Jurić)",
                          f"Drugi krug za poziciju {role}: razgovor s Borisom Jelićem (CMO). Javi se na recepciji.",
                          s2, s2 + timedelta(hours=1), loc, f"{alnum('c09h', 10)}@google.com".lower(), 0)
    case(9, "dva-kruga-ecommerce-zagreb",
         {"01-prvi-razgovor.eml": e1, "02-invitation-upoznavni.eml": e2, "03-drugi-krug.eml": e3,
          "04-invitation-drugi-krug.eml": e4},
         lab([iv("Klik Košarica d.o.o.", role, s1, s1 + timedelta(minutes=30), "scheduled", [rec[1]], [rec[1]], "phone_screen"),
              iv("Klik Košarica d.o.o.", role, s2, s2 + timedelta(hours=1), "scheduled", [cmo[1]], [cmo[1]], "hiring_manager")],
             "medium", "positive/two-interviews",
             "Two rounds at one company: Meet screen with the recruiter ('u srijedu u 16 h' from Mon 7 Sep -> Wed 9 "
             "Sep 16:00 CEST) and an in-person round with the CMO on Thu 17 Sep 09:30. Each announced by mail + "
             "Google invite (dedupe within each round)."))


def c10():
    hr = ("Lucija Žic", "lucija.zic@trznica-kvarner.example")
    board = ("Goran Blažević", "goran.blazevic@trznica-kvarner.example")
    mkt = ("Mirela Rukavina", "mirela.rukavina@trznica-kvarner.example")
    role = "Brand & Content Manager"
    d1 = T(2026, 9, 28, 14, 30, 2, wd="Monday")
    deadline = T(2026, 10, 5, 12, 0, wd="Monday")
    start = T(2026, 10, 7, 13, 0, wd="Wednesday")
    end = start + timedelta(hours=1)
    assert deadline < start
    t1 = f"""Poštovana Lana,

drago nam je što Vas možemo obavijestiti da ste ušli u završni krug selekcije za radno mjesto {role}.

Završni krug sastoji se od prezentacije studije slučaja. Zadatak: pripremite prijedlog digitalne kampanje za otvaranje naše nove trgovine na Trsatu (ciljna skupina, kanali, budžet do 15.000 EUR, KPI-jevi).

Rokovi:
- prezentaciju (PDF ili PowerPoint) pošaljite na ovu adresu najkasnije do ponedjeljka, 5. listopada, u 12:00;
- prezentaciju ćete održati uživo pred komisijom u srijedu, 7. listopada 2026., u 13 sati u našem sjedištu u Rijeci (Ulica Franje Čandeka 23b, dvorana "Učka"). Predviđeno je 20 minuta za prezentaciju i 40 minuta za pitanja i razgovor.

U komisiji su Goran Blažević (član Uprave), Mirela Rukavina (direktorica marketinga) i ja; Goran i Mirela su u kopiji ove poruke.

Troškove puta iz Zagreba podmirujemo - molimo sačuvajte račune.

S poštovanjem,
Lucija Žic
Stručna suradnica za ljudske potencijale
Tržnica Kvarner d.o.o. | Rijeka
"""
    e1, m1 = human_mail("c10a", d1, hr, [(USER_NAME, USER)],
                        f"Završni krug - prezentacija studije slučaja ({role})", t1, style="outlook", cc=[board, mkt])
    d2 = T(2026, 9, 28, 14, 36, 40, wd="Monday")
    loc = "Sjedište Tržnica Kvarner, Rijeka - dvorana Učka"
    body = (f"Poštovana Lana,\n\nšaljem pozivnicu za završni krug (prezentacija studije slučaja, 20 min + 40 min "
            f"pitanja). Komisija: Goran Blažević, Mirela Rukavina i Lucija Žic.\n\nS poštovanjem,\nLucija Žic\n")
    text = f"Kada: {hr_when(start, end)}\nGdje: {loc}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body}"
    subj = f"Prezentacija studije slučaja - Lana Jurić ({role})"
    ics = outlook_ics(method="REQUEST", tzid="Central Europe Standard Time", organizer=hr,
                      attendees=[(USER_NAME, USER, "NEEDS-ACTION", "REQ-PARTICIPANT"),
                                 (board[0], board[1], "NEEDS-ACTION", "REQ-PARTICIPANT"),
                                 (mkt[0], mkt[1], "NEEDS-ACTION", "REQ-PARTICIPANT")],
                      summary=subj, description=text, start=start, end=end, uid=exchange_uid("c10"), seq=0,
                      stamp=d2, location=loc)
    e2, _ = outlook_invite("c10b", d2, hr, [(USER_NAME, USER), board, mkt], subj, text, ics)
    ivs = [hr[1], board[1], mkt[1]]
    case(10, "studija-slucaja-prezentacija-rijeka",
         {"01-zavrsni-krug-studija-slucaja.eml": e1, "02-pozivnica-prezentacija.eml": e2},
         lab([iv("Tržnica Kvarner d.o.o.", role, start, end, "scheduled", ivs, ivs, "onsite")],
             "hard", "positive/case-study-presentation",
             "Final round = live case-study presentation to a 3-person panel (Wed 7 Oct 13:00 CEST, 20+40 min) -> "
             "one onsite interview; the slide-submission deadline (Mon 5 Oct 12:00) is NOT an interview. Mail + "
             "Outlook invite for the same event."))


def c11():
    rec = ("Karlo Jurković", "karlo.jurkovic@lavanda-digital.example")
    cof = ("Dora Pavić", "dora.pavic@lavanda-digital.example")
    role = "Growth Marketing Lead"
    start = T(2026, 10, 26, 14, 0, wd="Monday")
    end = start + timedelta(minutes=45)
    assert start.utcoffset() == timedelta(hours=1)
    created = T(2026, 10, 21, 9, 14, 3, wd="Wednesday")
    updated = T(2026, 10, 21, 9, 20, 47, wd="Wednesday")
    eid = alnum("c11id", 26).lower()
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{digits('c11etag', 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {USER}".encode()).decode().rstrip("="),
        "created": gtime(created),
        "updated": gtime(updated),
        "summary": f"Lana Jurić <> Lavanda Digital | {role} - final chat",
        "description": (f"Final round for the {role} role: a relaxed 45-minute conversation with our co-founder "
                        f"Dora Pavić (team, first 90 days, expectations). Karlo set this up and won't join.\n\n"
                        f"Office: Ulica Petra Hektorovića 2, Zagreb (2nd floor). If you're travelling that day, "
                        f"use the Meet link instead."),
        "location": "Lavanda Digital, Ulica Petra Hektorovića 2, Zagreb",
        "creator": {"email": rec[1], "displayName": rec[0]},
        "organizer": {"email": rec[1], "displayName": rec[0]},
        "start": {"dateTime": start.isoformat(), "timeZone": "Europe/Zagreb"},
        "end": {"dateTime": end.isoformat(), "timeZone": "Europe/Zagreb"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": rec[1], "displayName": rec[0], "organizer": True, "responseStatus": "accepted"},
            {"email": cof[1], "displayName": cof[0], "responseStatus": "accepted"},
            {"email": USER, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": "https://meet.google.com/hbr-tqzn-wvo",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/hbr-tqzn-wvo",
                             "label": "meet.google.com/hbr-tqzn-wvo"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": "hbr-tqzn-wvo"},
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    js = json.dumps(ev, indent=2, ensure_ascii=False) + "\n"
    case(11, "gcal-api-final-chat-after-dst", {"01-final-chat-lavanda.gcal.json": js},
         lab([iv("Lavanda Digital", role, start, end, "scheduled", [cof[1]], [cof[1]], "hiring_manager")],
             "medium", "positive/gcal-api-json",
             "Calendar API event only: final chat with the co-founder on Mon 26 Oct 2026 14:00, the day after the "
             "EU DST end -> +01:00. Organizer/recruiter explicitly won't join."))


def c12():
    hr = ("Zrinka Bilić", "zrinka.bilic@marjan-resorts.example")
    hm = ("Josip Tomić", "josip.tomic@marjan-resorts.example")
    role = "Revenue & E-commerce Specialist"
    start = T(2026, 7, 2, 9, 30, wd="Thursday")
    end = start + timedelta(hours=1)
    stamp = T(2026, 6, 24, 12, 11, 0, wd="Wednesday")
    desc = (f"Razgovor za posao - {role}\nRazgovor vodi Josip Tomić, voditelj e-commerce odjela. Početak u 9:30 "
            "po lokalnom vremenu (Split), trajanje 60 minuta.\nAdresa: Hotel Marjan Bay, uprava, Šetalište Ivana "
            "Meštrovića 35, Split - javite se na recepciji. Parking za goste je besplatan.\nZrinka Bilić, HR")
    ics = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Marjan Resorts//HR Termini 2.1//HR", "METHOD:PUBLISH",
                    "BEGIN:VEVENT", f"UID:razgovor-{digits('c12uid', 6)}@marjan-resorts.example",
                    f"DTSTAMP:{ics_utc(stamp)}", f"DTSTART:{ics_local(start)}", f"DTEND:{ics_local(end)}",
                    f"SUMMARY:{esc('Razgovor za posao: ' + role + ' - Lana Jurić')}",
                    f"DESCRIPTION:{esc(desc)}", f"LOCATION:{esc('Hotel Marjan Bay - uprava, Split')}",
                    f"ORGANIZER;CN={hr[0]}:mailto:{hr[1]}",
                    attendee(hm[0], hm[1], "ACCEPTED", rsvp="FALSE"),
                    attendee(USER_NAME, USER, "NEEDS-ACTION"),
                    "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    case(12, "standalone-ics-floating-split", {"01-razgovor-marjan-resorts.ics": ics},
         lab([iv("Marjan Resorts d.d.", role, start, end, "scheduled", [hm[1]], [hm[1]], "hiring_manager")],
             "hard", "positive/standalone-ics-floating",
             "Standalone .ics with floating DTSTART (no TZID/Z); DESCRIPTION says '9:30 po lokalnom vremenu (Split)' "
             "-> 09:30+02:00 on Thu 2 Jul 2026."))


def c13():
    vs = ("Vedran Šarić", "vedran.saric@panoramatours-zg.example")
    role = "Content i SEO specijalist/ica"
    subj = f"Razgovor - {role}"
    d1 = T(2026, 4, 20, 9, 12, 33, wd="Monday")
    wed = T(2026, 4, 22, 11, 0, wd="Wednesday")
    thu = T(2026, 4, 23, 15, 0, wd="Thursday")
    t1 = f"""Pozdrav Lana,

hvala na prijavi za poziciju {role}. Rado bih s Vama porazgovarao o poziciji i Vašem iskustvu s blogom i SEO-om za turističke sadržaje.

Mogu Vam ponuditi srijedu u 11 sati ili četvrtak u 15 sati, kod nas u uredu u Ilici. Javite što Vam odgovara.

Pozdrav,
Vedran Šarić
Voditelj marketinga | Panorama Tours Zagreb d.o.o.
Ilica 242, 10000 Zagreb
"""
    e1, m1 = human_mail("c13a", d1, vs, [(USER_NAME, USER)], subj, t1, style="outlook")
    lana_sent = T(2026, 4, 20, 11, 5, wd="Monday")
    lana_mid = gmail_msgid("c13-lana")
    lana_body = "Dobar dan,\n\nčetvrtak u 15 sati mi odgovara. Hvala!\n\nLana\n"
    d2 = T(2026, 4, 20, 14, 40, 9, wd="Monday")
    t2 = ("Odlično, onda četvrtak u 15 sati. Vidimo se!\n\nVedran\n" +
          outlook_quote_hr((USER_NAME, USER), lana_sent, vs, f"Re: {subj}", lana_body) +
          outlook_quote_hr(vs, d1, (USER_NAME, USER), subj, t1))
    e2, m2 = human_mail("c13b", d2, vs, [(USER_NAME, USER)], f"RE: {subj}", t2, style="outlook",
                        in_reply_to=lana_mid, references=f"{m1} {lana_mid}")
    d3 = T(2026, 4, 22, 16, 30, 51, wd="Wednesday")
    t3 = ("Samo kratki podsjetnik: vidimo se sutra u 15 h. Javite se na recepciji na 3. katu.\n\nPozdrav,\nVedran\n" +
          outlook_quote_hr(vs, d2, (USER_NAME, USER), f"RE: {subj}", t2))
    e3, _ = human_mail("c13c", d3, vs, [(USER_NAME, USER)], f"RE: {subj}", t3, style="outlook",
                       in_reply_to=m2, references=f"{m1} {lana_mid} {m2}")
    assert wed < thu and (d3 + timedelta(days=1)).date() == thu.date()
    case(13, "thread-srijeda-ili-cetvrtak",
         {"01-razgovor-ponuda-termina.eml": e1, "02-re-cetvrtak-u-15.eml": e2, "03-re-podsjetnik-sutra.eml": e3},
         lab([iv("Panorama Tours Zagreb d.o.o.", role, thu, None, "scheduled", [vs[1]], [vs[1]], "hiring_manager")],
             "medium", "positive/thread-propose-confirm",
             "Two slots offered (Wed 22 Apr 11:00 or Thu 23 Apr 15:00); the candidate's quoted reply picks Thursday "
             "and the manager confirms; the reminder's 'sutra u 15 h' (sent Wed 22 Apr) agrees. No duration -> end null."))


# ==============================================================================================
# NEGATIVE CASES (look-alikes)
# ==============================================================================================
def c14():
    date = T(2026, 2, 25, 7, 45, 0, wd="Wednesday")
    appt = T(2026, 3, 3, 9, 30, wd="Tuesday")
    text = """HRVATSKI ZAVOD ZA ZAPOŠLJAVANJE
Područni ured Zagreb - Ispostava Trešnjevka

Poštovana Lana Jurić,

pozivamo Vas na individualni razgovor sa savjetnicom za zapošljavanje radi izrade i praćenja Vašeg profesionalnog plana.

Termin: utorak, 3. ožujka 2026. u 9:30 sati
Mjesto: Ispostava Trešnjevka, Ulica grada Vukovara 68, soba 214
Savjetnica: Ksenija Božić

Na razgovoru ćemo zajedno pregledati slobodna radna mjesta iz naše baze, mogućnosti upućivanja poslodavcima na razgovor za posao te mjere aktivne politike zapošljavanja (obrazovanje, potpore za samozapošljavanje).

Ponesite osobnu iskaznicu. Ako se pozivu ne odazovete bez opravdanog razloga, bit ćete brisani iz evidencije nezaposlenih osoba.

Termin možete promijeniti najkasnije dva radna dana ranije putem e-usluga ili na broj 01 555 0100.

Ova poruka je automatski generirana. Molimo ne odgovarajte na nju.
"""
    ics = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//HZZ//e-usluge termini//HR", "METHOD:PUBLISH"] +
                   olson_tz("Europe/Zagreb") + [
                   "BEGIN:VEVENT", f"UID:hzz-{digits('c14', 10)}@e-usluge.hzz.example", f"DTSTAMP:{ics_utc(date)}",
                   f"DTSTART;TZID=Europe/Zagreb:{ics_local(appt)}",
                   f"DTEND;TZID=Europe/Zagreb:{ics_local(appt + timedelta(minutes=30))}",
                   "SUMMARY:HZZ - razgovor sa savjetnicom za zapošljavanje",
                   f"LOCATION:{esc('Ispostava Trešnjevka, Ulica grada Vukovara 68, soba 214')}",
                   "DESCRIPTION:Individualni razgovor (profesionalni plan). Ponesite osobnu iskaznicu.",
                   "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    eml, _ = ats_mail("c14", date, ("Hrvatski zavod za zapošljavanje", "e-usluge@hzz.example"), [(USER_NAME, USER)],
                      "Poziv na razgovor kod savjetnika za zapošljavanje", text, "e-usluge.hzz.example",
                      attachments=[ics_attachment(ics, "termin-hzz.ics", "PUBLISH")], helo="mail.hzz.example",
                      ip="198.51.100.80")
    case(14, "hzz-poziv-na-razgovor-savjetnik", {"01-hzz-poziv-na-razgovor.eml": eml},
         lab([], "hard", "negative/employment-service-appointment",
             "Employment-service (HZZ) counselling appointment: 'poziv na razgovor', mentions 'razgovor za posao' "
             "and has an .ics, but no employer and no hiring process -> not a job interview."))


def c15():
    date = T(2026, 4, 8, 19, 2, 11, wd="Wednesday")
    appt = T(2026, 4, 14, 10, 15, wd="Tuesday")
    ref = "ZG-TR-" + digits("c15ref", 7)
    text = f"""Porezna uprava - e-Porezna | Rezervacija termina

Poštovana Lana Jurić,

potvrđujemo rezervaciju termina u Ispostavi Trešnjevka.

Broj rezervacije: {ref}
Usluga: Razgovor sa službenikom - godišnji obračun poreza na dohodak / povrat poreza
Datum i vrijeme: utorak, 14.04.2026. u 10:15
Šalter: 5 (prizemlje)
OIB: ***********

Molimo dođite 5 minuta prije termina i ponesite osobnu iskaznicu te dokumentaciju o dohotku. Termin možete otkazati putem sustava e-Porezna najkasnije 24 sata ranije.

Ovo je automatska poruka, molimo ne odgovarajte na nju.
Porezna uprava
"""
    ics = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Porezna uprava//Termini//HR", "METHOD:PUBLISH",
                    "BEGIN:VEVENT", f"UID:{ref}@porezna-uprava.example", f"DTSTAMP:{ics_utc(date)}",
                    f"DTSTART:{ics_utc(appt)}", f"DTEND:{ics_utc(appt + timedelta(minutes=15))}",
                    f"SUMMARY:{esc('Porezna uprava - termin, Ispostava Trešnjevka (šalter 5)')}",
                    f"DESCRIPTION:{esc('Razgovor sa službenikom - godišnji obračun poreza. Broj rezervacije ' + ref)}",
                    "LOCATION:Ispostava Trešnjevka", "END:VEVENT", "END:VCALENDAR"])
    eml, _ = ats_mail("c15", date, ("Porezna uprava - e-Porezna", "no-reply@porezna-uprava.example"), [(USER_NAME, USER)],
                      f"Potvrda rezervacije termina {ref}", text, "porezna-uprava.example",
                      attachments=[ics_attachment(ics, "termin.ics", "PUBLISH")], helo="smtp.porezna-uprava.example",
                      ip="198.51.100.91", text_cte="base64", html_cte="base64")
    case(15, "porezna-uprava-termin", {"01-porezna-potvrda-termina.eml": eml},
         lab([], "medium", "negative/government-appointment",
             "Tax-office booking ('Razgovor sa službenikom', time + .ics) - an appointment, not a job interview."))


def c16():
    org = ("Gordana Vidović", "gordana.vidovic58@kvartnet.example")
    date = T(2026, 5, 14, 20, 11, 36, wd="Thursday")
    start = T(2026, 5, 21, 19, 0, wd="Thursday")
    desc = ("Dragi susjedi,\n\nna sastanku ćemo obaviti razgovore s tri tvrtke koje su se javile za upravitelja zgrade "
            "(Upravitelj Plus d.o.o., Dom-Servis d.o.o. i Kvart Uprava d.o.o.) - svaka ima 20 minuta za "
            "predstavljanje i pitanja suvlasnika. Nakon toga glasamo.\n\nDnevni red:\n1. Razgovori s kandidatima za "
            "upravitelja\n2. Pričuva za 2027.\n3. Popravak fasade i oluka\n\nMolim potvrdite dolazak.\nGordana (stan 12)")
    guests = [(org[0], org[1], "ACCEPTED"), ("Zoran Petrić", "zoran.petric@kvartnet.example", "NEEDS-ACTION"),
              ("Ankica Filipović", "ankica.filipovic@kvartnet.example", "ACCEPTED"), (USER, USER, "NEEDS-ACTION")]
    eml, _ = google_invite("c16", date, org, guests, "Sastanak suvlasnika - izbor novog upravitelja zgrade", desc,
                           start, start + timedelta(minutes=90), "Podrum zgrade, Ozaljska 93, Zagreb",
                           f"{alnum('c16uid', 26).lower()}@google.com")
    case(16, "stanari-sastanak-razgovori-upravitelj", {"01-invitation-sastanak-suvlasnika.eml": eml},
         lab([], "hard", "negative/building-meeting",
             "Residents' (suvlasnici) meeting invite where the co-owners 'interview' candidate building-management "
             "firms - the user is a resident, not a candidate."))


def c17():
    ed = ("Ines Horvat", "ines.horvat@sljemenskival.example")
    d1 = T(2026, 6, 1, 11, 25, 40, wd="Monday")
    start = T(2026, 6, 5, 8, 20, wd="Friday")
    t1 = """Bok Lana,

javljam se iz jutarnjeg programa Radija Sljemenski val. Kao organizatorica Festivala uličnog okusa Trešnjevka bili biste nam idealna gošća - htjeli bismo napraviti kratki intervju uživo u petak, 5. lipnja, u 8:20 (oko 10 minuta), u studiju ili telefonski, kako Vam je lakše.

Pitali bismo Vas o programu festivala, izlagačima, volonterima koje još tražite i o prometnoj regulaciji za vikend.

Šaljem pozivnicu da Vam ostane u kalendaru.

Lijep pozdrav,
Ines Horvat
urednica jutarnjeg programa | Radio Sljemenski val
"""
    e1, m1 = human_mail("c17a", d1, ed, [(USER_NAME, USER)], "Intervju za jutarnji program - festival u petak?", t1,
                        style="gmail")
    d2 = T(2026, 6, 1, 11, 31, 2, wd="Monday")
    e2, _ = google_invite("c17b", d2, ed, [(ed[0], ed[1], "ACCEPTED"), (USER, USER, "NEEDS-ACTION")],
                          "Intervju uživo - Festival uličnog okusa Trešnjevka (Lana Jurić)",
                          "Gostovanje u jutarnjem programu (uživo, ~10 min). Studio 2 ili telefon.",
                          start, start + timedelta(minutes=10), "Radio Sljemenski val, studio 2",
                          f"{alnum('c17uid', 26).lower()}@google.com")
    case(17, "radio-intervju-festival", {"01-intervju-jutarnji-program.eml": e1, "02-invitation-intervju-uzivo.eml": e2},
         lab([], "medium", "negative/press-interview",
             "Radio interview about the festival the user organises ('intervju uživo' + Google invite) - press, "
             "not a hiring process."))


def c18():
    st = ("Lucija Perković", "lucija.perkovic@student-efzg.example")
    lana_mid = gmail_msgid("c18-lana")
    sent = T(2026, 6, 3, 21, 14, wd="Wednesday")
    start = T(2026, 6, 8, 17, 0, wd="Monday")
    lana_body = ("Bok Lucija,\n\nhvala na prijavi za studentsku praksu na Festivalu uličnog okusa (PR i društvene "
                 "mreže). Pozivam te na kratki razgovor u ponedjeljak u 17 h u prostoru udruge Kvartovski okusi, "
                 "Ozaljska 00. Poslala sam ti i pozivnicu u kalendar.\n\nLana Jurić\nUdruga Kvartovski okusi\n")
    d1 = T(2026, 6, 4, 8, 2, 15, wd="Thursday")
    t1 = ("Poštovana gospođo Jurić,\n\nhvala Vam na pozivu na razgovor za studentsku praksu! Potvrđujem dolazak u "
          "ponedjeljak u 17 h. Ponijet ću i nekoliko primjera objava koje sam radila za studentski zbor.\n\n"
          "Srdačno,\nLucija Perković\nstudentica 3. godine, Ekonomski fakultet Zagreb\n" + gmail_quote_hr((USER_NAME, USER), sent, lana_body))
    e1, _ = human_mail("c18a", d1, st, [(USER_NAME, USER)], "Re: Razgovor za studentsku praksu - festival", t1,
                       style="gmail", in_reply_to=lana_mid, references=lana_mid)
    eid = alnum("c18id", 26).lower()
    ev = {
        "kind": "calendar#event", "etag": f"\"{digits('c18etag', 16)}\"", "id": eid, "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {USER}".encode()).decode().rstrip("="),
        "created": gtime(sent), "updated": gtime(d1 + timedelta(minutes=1)),
        "summary": "Razgovor za studentsku praksu - Lucija Perković (PR i društvene mreže)",
        "description": "Kandidatkinja za praksu na festivalu. Pitanja: Instagram/TikTok iskustvo, dostupnost 20.-28. 6., volontiranje na štandu.",
        "location": "Udruga Kvartovski okusi, Ozaljska 93, Zagreb",
        "creator": {"email": USER, "self": True}, "organizer": {"email": USER, "self": True},
        "start": {"dateTime": start.isoformat(), "timeZone": "Europe/Zagreb"},
        "end": {"dateTime": (start + timedelta(minutes=30)).isoformat(), "timeZone": "Europe/Zagreb"},
        "iCalUID": f"{eid}@google.com", "sequence": 0,
        "attendees": [{"email": USER, "organizer": True, "self": True, "responseStatus": "accepted"},
                      {"email": st[1], "displayName": st[0], "responseStatus": "accepted"}],
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    js = json.dumps(ev, indent=2, ensure_ascii=False) + "\n"
    case(18, "vlasnica-intervjuira-studenticu-praksa",
         {"01-re-razgovor-studentska-praksa.eml": e1, "02-razgovor-praksa-lucija.gcal.json": js},
         lab([], "hard", "negative/user-is-interviewer",
             "The user (as festival organiser) interviews a student for an internship; the event's organizer is "
             "self. The user is the interviewer, not the candidate."))


def c19():
    date = T(2026, 6, 11, 13, 40, 5, wd="Thursday")
    appt = T(2026, 6, 17, 8, 40, wd="Wednesday")
    text = """AutoKontrola Jankomir - online rezervacija

Poštovana Lana Jurić,

Vaš termin je potvrđen.

Usluga: Tehnički pregled i registracija vozila (osobni automobil)
Vozilo: Škoda Fabia, reg. oznaka ZG 4417-LJ
Termin: srijeda, 17.06.2026. u 08:40, linija 2
Adresa: Jankomir 31, 10090 Zagreb

Molimo dođite 10 minuta ranije. Ponesite prometnu dozvolu, osobnu iskaznicu i policu obveznog osiguranja (ili ćete je ugovoriti kod nas). Cijena tehničkog pregleda: 40,00 EUR.

Termin možete otkazati ili promijeniti putem poveznice u ovoj poruci najkasnije dan ranije.

Vaša AutoKontrola
"""
    ics = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//AutoKontrola//Booking//HR", "METHOD:REQUEST"] +
                   olson_tz("Europe/Zagreb") + [
                   "BEGIN:VEVENT", f"UID:stp-{digits('c19', 9)}@autokontrola-zg.example", f"DTSTAMP:{ics_utc(date)}",
                   f"DTSTART;TZID=Europe/Zagreb:{ics_local(appt)}",
                   f"DTEND;TZID=Europe/Zagreb:{ics_local(appt + timedelta(minutes=20))}",
                   "SUMMARY:Tehnički pregled - ZG 4417-LJ (linija 2)", "LOCATION:AutoKontrola Jankomir",
                   "ORGANIZER;CN=AutoKontrola Jankomir:mailto:termini@autokontrola-zg.example",
                   attendee(USER_NAME, USER, "NEEDS-ACTION"),
                   "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    eml, _ = ats_mail("c19", date, ("AutoKontrola Jankomir", "termini@autokontrola-zg.example"), [(USER_NAME, USER)],
                      "Potvrda termina - tehnički pregled ZG 4417-LJ", text, "autokontrola-zg.example",
                      attachments=[ics_attachment(ics, "termin-tehnicki.ics")], helo="mail.autokontrola-zg.example",
                      ip="198.51.100.102")
    case(19, "tehnicki-pregled-termin", {"01-potvrda-termina-tehnicki.eml": eml},
         lab([], "easy", "negative/service-booking",
             "Car inspection/registration booking with a calendar REQUEST - not an interview."))


def c20():
    date = T(2026, 6, 2, 10, 15, 27, wd="Tuesday")
    past = T(2026, 5, 28, 14, 0, wd="Thursday")
    assert past < date
    text = """Poštovana Lana,

hvala Vam na vremenu koje ste izdvojili za razgovor u četvrtak, 28. svibnja u 14 sati, i na trudu koji ste uložili u pripremu.

Nakon pažljivog razmatranja odlučili smo proces nastaviti s kandidatkinjom čije iskustvo trenutačno bolje odgovara potrebama našeg tima za radno mjesto Specijalist/ica za društvene mreže.

Uz Vašu privolu Vaše ćemo podatke zadržati u bazi kandidata 12 mjeseci i javiti Vam se ako se otvori pozicija koja odgovara Vašem profilu. Ako želite kratku povratnu informaciju o razgovoru, slobodno se javite Ivi Babić na iva.babic@suncica-kozmetika.example.

Srdačan pozdrav i puno uspjeha,
Tim Sunčica Kozmetika

--
Poslano putem Teamtailora | Sunčica Kozmetika d.o.o., Zagreb
"""
    eml, _ = ats_mail("c20", date, ("Sunčica Kozmetika", "no-reply@teamtailor-mail.com"), [(USER_NAME, USER)],
                      "Vaša prijava - Specijalist/ica za društvene mreže", text, "teamtailor-mail.com",
                      reply_to=("Sunčica Kozmetika", f"reply+{hx('c20r', 32)}@inbound.teamtailor-mail.com"),
                      helo="o1.teamtailor-mail.com", ip="198.51.100.57")
    case(20, "teamtailor-odbijenica-nakon-razgovora", {"01-vasa-prijava-odgovor.eml": eml},
         lab([], "medium", "negative/rejection",
             "Rejection that names the past interview date and hour ('u četvrtak, 28. svibnja u 14 sati') - "
             "rejections are not interviews."))


def c21():
    date = T(2026, 6, 8, 9, 0, 14, tz=VIE, wd="Monday")
    due = T(2026, 6, 14, 23, 59, tz=VIE, wd="Sunday")
    link = f"https://app.talentclip.example/i/{alnum('c21l', 20)}"
    text = f"""Sehr geehrte Frau Jurić,

vielen Dank für Ihre Bewerbung als Online Marketing Specialist (m/w/d) bei der Wiener Genuss Online GmbH.

Als nächsten Schritt laden wir Sie zu einem zeitversetzten Video-Interview ein. Sie beantworten fünf Fragen vor Ihrer Kamera - es ist dabei kein Gesprächspartner live anwesend. Pro Frage haben Sie 30 Sekunden Bedenkzeit und maximal 2 Minuten Antwortzeit; insgesamt dauert es etwa 20 Minuten.

Bitte schließen Sie das Video-Interview bis Sonntag, 14. Juni 2026, 23:59 Uhr ab:
{link}

Technische Hinweise: aktueller Browser (Chrome, Firefox, Safari), Kamera und Mikrofon. Sie können vorab eine Probefrage üben.

Bei Fragen erreichen Sie unser Recruiting-Team unter karriere@wienergenuss.example.

Mit freundlichen Grüßen
Ihr Recruiting-Team der Wiener Genuss Online GmbH

Versendet über TalentClip - Video Recruiting
"""
    eml, _ = ats_mail("c21", date, ("Wiener Genuss Online GmbH via TalentClip", "no-reply@talentclip.example"),
                      [(USER_NAME, USER)], "Einladung zum zeitversetzten Video-Interview - Online Marketing Specialist (m/w/d)",
                      text, "mailer.talentclip.example", helo="mailer.talentclip.example", ip="198.51.100.113")
    case(21, "wien-zeitversetztes-video-interview", {"01-einladung-video-interview.eml": eml},
         lab([], "hard", "negative/one-way-video-assessment",
             "German one-way ('zeitversetztes') video interview with a deadline, no live interviewer -> assessment, "
             "not an interview."))


def c22():
    rec = ("Maša Kranjc", "masa.kranjc@ljubljanica-digital.example")
    date = T(2026, 6, 10, 14, 5, 50, tz=LJ, wd="Wednesday")
    s1 = T(2026, 6, 16, 10, 0, tz=LJ, wd="Tuesday")
    s2 = T(2026, 6, 17, 14, 0, tz=LJ, wd="Wednesday")
    s3 = T(2026, 6, 19, 9, 0, tz=LJ, wd="Friday")
    assert date < s1 < s2 < s3
    link = f"https://www.smartrecruiters.com/self-schedule/{hx('c22l', 24)}"
    text = f"""Pozdravljeni, Lana!

Hvala za prijavo na delovno mesto Digital Marketing Specialist. Z veseljem bi se z vami pogovorili - prosimo, izberite termin za razgovor prek spodnje povezave:

{link}

Prosti termini (30 min, MS Teams):
- torek, 16. junija ob 10.00
- sreda, 17. junija ob 14.00
- petek, 19. junija ob 9.00

Ko izberete termin, boste prejeli potrdilo in vabilo v koledar.

---
Hi Lana, thanks for applying. Please pick one of the slots above using the link; you will receive a confirmation and a calendar invitation once you have booked.

Lep pozdrav / Kind regards,
Maša Kranjc
Talent Acquisition | Ljubljanica Digital d.o.o.

Powered by SmartRecruiters
"""
    eml, _ = ats_mail("c22", date, ("Ljubljanica Digital d.o.o.", "noreply@smartrecruiters.com"), [(USER_NAME, USER)],
                      "Izberite termin za razgovor / Choose your interview time - Digital Marketing Specialist", text,
                      "smartrecruiters.com", reply_to=rec, helo="mail.smartrecruiters.com", ip="198.51.100.68")
    case(22, "smartrecruiters-izberite-termin-nerezervirano", {"01-izberite-termin-za-razgovor.eml": eml},
         lab([], "medium", "negative/availability-request",
             "Self-scheduling link listing three free slots; nothing booked in the case -> availability request only."))


# ==============================================================================================
# writer
# ==============================================================================================
README_HEAD = "# blind265: Zagreb marketing/e-commerce job seeker - Croatian, Slovenian, German and Serbian hiring mail (written blind)\n"


def readme(labels):
    pos = [k for k, v in labels.items() if v["interview"]]
    neg = [k for k, v in labels.items() if not v["interview"]]
    ivs = [i for v in labels.values() for i in v["interviews"]]
    sched = sum(1 for i in ivs if i["status"] == "scheduled")
    canc = sum(1 for i in ivs if i["status"] == "cancelled")
    cats = {}
    for v in labels.values():
        cats[v["category"]] = cats.get(v["category"], 0) + 1
    catlines = "\n".join(f"- `{c}`: {n}" for c, n in sorted(cats.items()))
    return README_HEAD + f"""
Mailbox owner: **Lana Jurić** (`{USER}`), a Zagreb-based digital-marketing / e-commerce specialist
applying to Croatian companies in Zagreb, Split and Rijeka (tourism, retail, telecom), a Ljubljana
e-shop (Slovenian mail), a Vienna retailer (German mail) and a Belgrade retail chain (Serbian, Latin
script). She also organises a neighbourhood street-food festival, which produces several look-alikes.

This set was **written blind**: without reading the detection tool, its tests or its other data sets;
only the shared eval README (schema and labelling rules) and the file formats of a few dev cases were
consulted. Everything is synthetic and regenerated byte-for-byte by `python make_cases.py`.

## What it stresses
- Croatian/Slovenian/Serbian/German wording: "razgovor za posao", "u utorak u 14 sati", "v torek ob
  10.00", "u 11 časova", "Vorstellungsgespräch"; relative weekdays resolved against the Date header.
- Job-board relay mail (MojPosao, Posao.hr: From no-reply, Reply-To the employer), Teamtailor (inbound
  relay Reply-To) and SmartRecruiters mail with .ics attachments, Exchange/Teams invites with
  "Central Europe Standard Time" / "W. Europe Standard Time" TZIDs and a misleading "(UTC+01:00)" label
  in summer, Google Calendar invites (UTC times, SEQUENCE updates), a Calendar API event, a standalone
  floating-time .ics.
- Reschedule caused by a bura storm stopping the Brač catamarans; a Teams METHOD:CANCEL ("Otkazano");
  a two-interview case; a case-study presentation round with a submission deadline that is not an interview.
- Coordinators who organise but do not interview vs. recruiters who do the screen themselves.
- Hard negatives: HZZ employment-service counselling ("poziv na razgovor"), Porezna uprava booking
  ("razgovor sa službenikom"), residents' meeting interviewing building-management firms, radio
  interview about the festival, the owner interviewing a student intern, car inspection booking,
  rejection naming the past interview, German one-way video interview, unbooked self-scheduling slots.

## Counts
- Cases: {len(labels)} ({len(pos)} positive, {len(neg)} negative)
- Labelled interviews: {len(ivs)} ({sched} scheduled, {canc} cancelled)

Categories:
{catlines}

## Formats
`.eml` (multipart/alternative and multipart/mixed, quoted-printable and base64 bodies, RFC 2047
headers, In-Reply-To/References threads with Outlook- and Gmail-style quoting), `.ics` (standalone,
floating time) and `.gcal.json` (Calendar API v3 event resources).

## Time zones / DST points
All local times are Europe/Zagreb (or Ljubljana/Vienna/Belgrade, same rules); offsets computed with zoneinfo.
- EU DST start Sun 29 Mar 2026: case 02 mail sent 26 Mar (+01:00), call on 31 Mar (+02:00).
- EU DST end Sun 25 Oct 2026: case 05 mail sent 20 Oct (+02:00), interview 27 Oct (+01:00); case 11
  event on Mon 26 Oct (+01:00).
- Case 03/08/10 Outlook bodies show "(UTC+01:00)" while the dates are in CEST (+02:00).
- Case 12 floating DTSTART resolved with its own text ("po lokalnom vremenu (Split)").
"""


def write_all():
    for name in sorted(os.listdir(HERE)):
        if name.startswith(PREFIX + "-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    CASES.clear()
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
               c14, c15, c16, c17, c18, c19, c20, c21, c22):
        fn()
    labels = {}
    for cid, items, label in CASES:
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fname, content in items.items():
            if fname.endswith(".eml"):
                content.encode("ascii")  # every e-mail is 7-bit clean (encoded words / qp / base64)
            with open(os.path.join(d, fname), "w", encoding="utf-8", newline="") as fh:
                fh.write(content)
        assert cid not in labels
        labels[cid] = label
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# Labels for blind265 (written blind). Schema: /work/shared/eval/README.md\n")
        fh.write(yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(labels))
    return labels


if __name__ == "__main__":
    labs = write_all()
    print(f"wrote {len(labs)} cases to {HERE}")
