#!/usr/bin/env python3
"""Regenerate the blind254 evaluation set (Halifax supply-chain analyst, Atlantic/Newfoundland time).

Standard library + PyYAML + zoneinfo only.  Deterministic: every date, Message-ID, UID and MIME
boundary is fixed or derived from a hash of fixed strings, so two runs give identical bytes.
Run:  python make_cases.py      (writes b254-* folders and labels.yaml next to this file)
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
HFX = ZoneInfo("America/Halifax")      # AST -04:00 / ADT -03:00
NL = ZoneInfo("America/St_Johns")      # NST -03:30 / NDT -02:30
TOR = ZoneInfo("America/Toronto")      # EST -05:00 / EDT -04:00
MCT = ZoneInfo("America/Moncton")      # Atlantic, same rules as Halifax
UTC = timezone.utc

USER = "siobhan.macleod@example.com"
USER_NAME = "Siobhan MacLeod"
OWNER = (USER_NAME, USER)

# Canadian DST in 2026: starts Sun 8 Mar, ends Sun 1 Nov (02:00 local).
assert datetime(2026, 10, 31, 12, tzinfo=HFX).utcoffset() == timedelta(hours=-3)
assert datetime(2026, 11, 2, 12, tzinfo=HFX).utcoffset() == timedelta(hours=-4)
assert datetime(2026, 10, 31, 12, tzinfo=NL).utcoffset() == timedelta(hours=-2, minutes=-30)
assert datetime(2026, 11, 2, 12, tzinfo=NL).utcoffset() == timedelta(hours=-3, minutes=-30)


# ----------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------
def at(y, mo, d, h, mi, tz, weekday=None, sec=0):
    """Aware datetime; asserts the weekday we name in the text."""
    t = datetime(y, mo, d, h, mi, sec, tzinfo=tz)
    if weekday is not None:
        assert t.strftime("%A") == weekday, (t, weekday)
    return t


def iso(t):
    return t.isoformat() if t is not None else None


def hid(*parts, n=16, alphabet="0123456789abcdef"):
    raw = b""
    i = 0
    while len(raw) < n:
        raw += hashlib.sha256(("|".join(map(str, parts)) + f"#{i}").encode()).digest()
        i += 1
    return "".join(alphabet[b % len(alphabet)] for b in raw[:n])


LOW = "abcdefghijklmnopqrstuvwxyz"
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
UPHEX = "0123456789ABCDEF"
MIXED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def uuidish(*parts):
    h = hid(*parts, n=32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def addr(name, email):
    return formataddr((name, email), charset="utf-8")


def hdr(s):
    if s.isascii():
        return s
    return Header(s, "utf-8").encode(maxlinelen=76)


def h12(t, lower=False, dots=False):
    """'2:30 PM' style."""
    h = t.hour % 12 or 12
    ap = "AM" if t.hour < 12 else "PM"
    if dots:
        ap = "a.m." if t.hour < 12 else "p.m."
    elif lower:
        ap = ap.lower()
    return f"{h}:{t.minute:02d} {ap}"


def gtime(t):
    """Google style '10am' / '1:30pm'."""
    h = t.hour % 12 or 12
    ap = "am" if t.hour < 12 else "pm"
    return f"{h}{ap}" if t.minute == 0 else f"{h}:{t.minute:02d}{ap}"


def long_date(t):
    return f"{t:%A}, {t:%B} {t.day}, {t.year}"


def short_date(t):
    return f"{t:%a} {t:%b} {t.day}, {t.year}"


# ---------------------------------------------------------------- MIME
def enc(text, cte):
    if cte == "quoted-printable":
        return quopri.encodestring(text.encode("utf-8")).decode("ascii")
    if cte == "base64":
        return base64.encodebytes(text.encode("utf-8")).decode("ascii")
    assert text.isascii(), text[:80]
    return text


def leaf(ctype, text, cte="7bit", headers=()):
    h = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {cte}"] + list(headers)
    body = enc(text, cte)
    if not body.endswith("\n"):
        body += "\n"
    return "\n".join(h) + "\n\n" + body


def leaf_bytes_b64(ctype, data, headers=()):
    h = [f"Content-Type: {ctype}", "Content-Transfer-Encoding: base64"] + list(headers)
    return "\n".join(h) + "\n\n" + base64.encodebytes(data).decode("ascii")


def multi(subtype, boundary, parts):
    out = [f'Content-Type: multipart/{subtype}; boundary="{boundary}"', ""]
    for p in parts:
        out.append(f"--{boundary}")
        out.append(p.rstrip("\n"))
        out.append("")
    out.append(f"--{boundary}--")
    return "\n".join(out) + "\n"


def rcv(host, ip, t, by="mx1.example.com", tls=True):
    tid = hid(host, t, n=10, alphabet="BCDFGHJKLMNPQRSTVWXYZ0123456789")
    return ("Received", f"from {host} ({host} [{ip}])\n\tby {by} (Postfix) with ESMTPS id 4{tid}\n"
            f"\tfor <{USER}>; {format_datetime(t.astimezone(UTC))}")


def mail(headers, entity):
    lines = [f"{k}: {v}" for k, v in headers]
    s = "\n".join(lines) + "\nMIME-Version: 1.0\n" + entity
    assert s.isascii(), [l for l in s.splitlines() if not l.isascii()][:3]
    return s


def to_html(text, client):
    """Render a plain-text body as the HTML alternative a client would send."""
    blocks, cur, cur_q = [], [], None
    for line in text.split("\n"):
        q = line.startswith(">")
        if cur_q is None or q == cur_q:
            cur.append(line)
        else:
            blocks.append((cur_q, cur))
            cur = [line]
        cur_q = q
    blocks.append((cur_q, cur))
    out = []
    for q, lines in blocks:
        if q:
            inner = [l[1:].lstrip(" ") if l.startswith("> ") or l == ">" else l[1:] for l in lines]
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                       + to_html("\n".join(inner), "inner") + "</blockquote>")
        else:
            out.append("<br>\n".join(html.escape(l, quote=False) for l in lines))
    body = "\n".join(out)
    if client == "inner":
        return body
    if client == "gmail":
        return f'<div dir="ltr">{body}</div>\n'
    if client == "outlook":
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
                '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style><!--\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Aptos",sans-serif;}\n'
                '--></style></head><body lang="EN-CA" link="#467886" vlink="#96607D">'
                f'<div class="WordSection1"><p class="MsoNormal">{body}</p></div></body></html>\n')
    if client == "apple":
        return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                f'<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">{body}</body></html>\n')
    return f"<html><body>{body}</body></html>\n"


def std_headers(*, frm, to, subject, date, msgid, cc=None, reply_to=None, in_reply_to=None,
                references=None, received=(), return_path=None, extra=(), sender=None):
    h = [("Delivered-To", USER)]
    h += list(received)
    if return_path:
        h.append(("Return-Path", f"<{return_path}>"))
    h.append(("From", frm))
    if sender:
        h.append(("Sender", sender))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("Subject", hdr(subject)))
    h.append(("Date", format_datetime(date)))
    h.append(("Message-ID", msgid))
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if references:
        h.append(("References", references))
    h += list(extra)
    return h


def human_mail(*, frm, to, subject, date, msgid, text, client="gmail", cc=None, reply_to=None,
               in_reply_to=None, references=None, received=(), return_path=None, extra=(),
               attachments=()):
    """A person's e-mail from Gmail / Outlook / Apple Mail, text + HTML alternative."""
    seed = (msgid, subject)
    if client == "gmail":
        b_alt = "000000000000" + hid("alt", *seed, n=12)
        b_mix = "000000000000" + hid("mix", *seed, n=12)
        tcte = "7bit" if text.isascii() else "quoted-printable"
        parts = [leaf('text/plain; charset="UTF-8"', text, tcte),
                 leaf('text/html; charset="UTF-8"', to_html(text, "gmail"), "quoted-printable")]
        extra = list(extra)
    elif client == "outlook":
        tag = hid("ol", *seed, n=24, alphabet=UPHEX)
        b_alt = f"_000_{tag}CANPRD01PROD_"
        b_mix = f"_004_{tag}CANPRD01PROD_"
        parts = [leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
                 leaf('text/html; charset="utf-8"', to_html(text, "outlook"), "quoted-printable")]
        ti = base64.b64encode(hashlib.sha256(("ti" + msgid).encode()).digest()[:22]).decode()
        extra = [("Thread-Topic", hdr(subject.split(": ", 1)[-1] if subject[:3] in ("RE:", "Re:", "FW:") else subject)),
                 ("Thread-Index", ti), ("Accept-Language", "en-CA, en-US"), ("Content-Language", "en-CA"),
                 ("X-MS-Has-Attach", "yes" if attachments else ""), ("X-MS-TNEF-Correlator", ""),
                 ("x-ms-exchange-organization-authas", "Anonymous")] + list(extra)
    elif client == "apple":
        u = uuidish("apple", *seed).upper()
        b_alt = f"Apple-Mail={u}"
        b_mix = f"Apple-Mail={uuidish('applemix', *seed).upper()}"
        parts = [leaf("text/plain;\n\tcharset=utf-8", text, "quoted-printable"),
                 leaf("text/html;\n\tcharset=utf-8", to_html(text, "apple"), "quoted-printable")]
        extra = [("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")] + list(extra)
    else:
        raise ValueError(client)
    entity = multi("alternative", b_alt, parts)
    if attachments:
        entity = multi("mixed", b_mix, [entity] + list(attachments))
    h = std_headers(frm=frm, to=to, subject=subject, date=date, msgid=msgid, cc=cc, reply_to=reply_to,
                    in_reply_to=in_reply_to, references=references, received=received,
                    return_path=return_path, extra=extra)
    return mail(h, entity)


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n"))


# ---------------------------------------------------------------- iCalendar
def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    out, first = [], True
    while len(b) > (75 if first else 74):
        n = 75 if first else 74
        while (b[n] & 0xC0) == 0x80:
            n -= 1
        out.append(b[:n])
        b = b[n:]
        first = False
    out.append(b)
    return b"\r\n ".join(out).decode("utf-8")


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def zutc(t):
    return t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def floc(t):
    return t.strftime("%Y%m%dT%H%M%S")


WIN_TZ = {  # windows name -> (daylight offset, standard offset, zoneinfo, Outlook display label)
    "Atlantic Standard Time": ("-0300", "-0400", HFX, "(UTC-04:00) Atlantic Time (Canada)"),
    "Newfoundland Standard Time": ("-0230", "-0330", NL, "(UTC-03:30) Newfoundland"),
    "Eastern Standard Time": ("-0400", "-0500", TOR, "(UTC-05:00) Eastern Time (US & Canada)"),
}


def win_vtimezone(name):
    dl, st = WIN_TZ[name][:2]
    return ["BEGIN:VTIMEZONE", f"TZID:{name}",
            "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dl}", f"TZOFFSETTO:{st}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{st}", f"TZOFFSETTO:{dl}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


def iana_vtimezone(tzid, std_abbr, dl_abbr, std_off, dl_off):
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std_off}", f"TZOFFSETTO:{dl_off}", f"TZNAME:{dl_abbr}",
            "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{dl_off}", f"TZOFFSETTO:{std_off}", f"TZNAME:{std_abbr}",
            "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            "END:VTIMEZONE"]


def att_line(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp=True, google=False):
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'}"
                f";CN={name};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={'TRUE' if rsvp else 'FALSE'};CN={name}:mailto:{email}"


def teams_block(seed):
    mid = hid("teams", seed, n=40, alphabet=MIXED)
    tid, oid = uuidish("tid", seed), uuidish("oid", seed)
    num = hid("num", seed, n=12, alphabet="0123456789")
    pc = hid("pc", seed, n=6, alphabet=MIXED)
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    text = ("_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {num[:3]} {num[3:6]} {num[6:9]} {num[9:]}\n"
            f"Passcode: {pc}\nDownload Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/"
            f"?organizerId={oid}&tenantId={tid}&threadId=19_meeting_{mid}@thread.v2&messageId=0&language=en-US>\n"
            + "_" * 80)
    return text, url


def outlook_invite(*, date, organizer, attendees, subject, start, end, wintz, body, location, uid_seed,
                   seq, msgid_seed, method="REQUEST", teams=True, cc=None, received=(), summary=None,
                   resources=()):
    """Exchange Online / Teams meeting request (or cancellation) as Outlook sends it."""
    dl, st, zi, label = WIN_TZ[wintz]
    assert start.tzinfo is zi and end.tzinfo is zi
    cancel = method == "CANCEL"
    summary = summary or subject
    when = (f"When: {long_date(start)} {h12(start)}-{h12(end)} {label}.")
    tb, turl = teams_block(uid_seed) if teams else ("", None)
    text = f"{when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body.rstrip()}\n"
    if teams and not cancel:
        text += "\n" + tb + "\n"
    uid = "040000008200E00074C5B7101A82E00800000000" + hid("uid", uid_seed, n=72, alphabet=UPHEX)
    cal = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    cal += win_vtimezone(wintz)
    cal += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for a in attendees:
        name, email = a[0], a[1]
        role = a[2] if len(a) > 2 else "REQ-PARTICIPANT"
        cal.append(att_line(name, email, "NEEDS-ACTION", role))
    for rname, remail in resources:
        cal.append(f"ATTENDEE;CUTYPE=RESOURCE;ROLE=NON-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={rname}:mailto:{remail}")
    cal += [f"DESCRIPTION;LANGUAGE=en-US:{esc(text)}", f"UID:{uid}",
            f"SUMMARY;LANGUAGE=en-US:{esc(('Canceled: ' if cancel else '') + summary)}",
            f"DTSTART;TZID={wintz}:{floc(start)}", f"DTEND;TZID={wintz}:{floc(end)}",
            "CLASS:PUBLIC", f"PRIORITY:{1 if cancel else 5}", f"DTSTAMP:{zutc(date)}", "TRANSP:OPAQUE",
            f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", f"SEQUENCE:{seq}",
            f"LOCATION;LANGUAGE=en-US:{esc(location)}",
            f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
            f"X-MICROSOFT-CDO-OWNERAPPTID:-{hid('own', uid_seed, n=10, alphabet='0123456789')}",
            f"X-MICROSOFT-CDO-BUSYSTATUS:{'FREE' if cancel else 'TENTATIVE'}",
            f"X-MICROSOFT-CDO-INTENDEDSTATUS:{'FREE' if cancel else 'BUSY'}",
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", f"X-MICROSOFT-CDO-IMPORTANCE:{2 if cancel else 1}",
            "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams:
        cal.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{turl}")
        cal.append('X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}')
    cal += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if not cancel:
        cal += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    cal += ["END:VEVENT", "END:VCALENDAR"]
    caltext = ics(cal)
    tag = hid("olinv", msgid_seed, n=24, alphabet=UPHEX)
    b = f"_000_{tag}CANPRD01PROD_"
    parts = [leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
             leaf('text/html; charset="utf-8"', to_html(text, "outlook"), "quoted-printable"),
             leaf(f'text/calendar; charset="utf-8"; method={method}', caltext, "base64")]
    entity = multi("alternative", b, parts)
    box = hid("box", organizer[1], n=4, alphabet="0123456789")
    msgid = f"<YT3PR01MB{hid('mid', msgid_seed, n=16, alphabet=UPHEX)}@YT3PR01MB{box}.CANPRD01.PROD.OUTLOOK.COM>"
    subj = ("Canceled: " if cancel else "") + subject
    to = ", ".join(addr(a[0], a[1]) for a in attendees if len(a) < 3 or a[2] != "OPT-PARTICIPANT")
    optional = [a for a in attendees if len(a) > 2 and a[2] == "OPT-PARTICIPANT"]
    if optional:
        cc = ", ".join(([cc] if cc else []) + [addr(a[0], a[1]) for a in optional])
    ti = base64.b64encode(hashlib.sha256(("ti" + uid_seed).encode()).digest()[:22]).decode()
    extra = [("Thread-Topic", hdr(summary)), ("Thread-Index", ti), ("Accept-Language", "en-CA, en-US"),
             ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
             ("Content-class", "urn:content-classes:calendarmessage"),
             ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + hid("ser", uid_seed, n=20, alphabet=MIXED)),
             ("x-ms-publictraffictype", "Email")]
    h = std_headers(frm=addr(*organizer), to=to, cc=cc, subject=subj, date=date, msgid=msgid,
                    received=received, return_path=organizer[1], extra=extra)
    return mail(h, entity), msgid


def google_invite(*, date, organizer, attendees, summary, start, end, tzlabel, tzabbr, description,
                  location="", uid_seed, seq=0, updated_note=None, meet=True, received=(), created=None):
    """Google Calendar invitation e-mail (multipart/mixed with text, html, text/calendar, invite.ics).
    attendees: list of (name_or_None, email, partstat)."""
    uid = hid("guid", uid_seed, n=26, alphabet="0123456789abcdefghijklmnopqrstuv") + "@google.com"
    meet_code = None
    if meet:
        c = hid("meet", uid_seed, n=10, alphabet=LOW)
        meet_code = f"{c[:3]}-{c[3:7]}-{c[7:]}"
    eid = base64.b64encode(f"{uid.split('@')[0]} {USER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    prefix = "Updated invitation" if updated_note else "Invitation"
    subject = f"{prefix}: {summary} @ {short_date(start)} {gtime(start)} - {gtime(end)} ({tzabbr}) ({USER})"
    lines = []
    if updated_note:
        lines += ["This event has been updated", updated_note, ""]
    lines += [summary, f"{start:%A} {start:%b} {start.day}, {start.year} \u22c5 {gtime(start)} \u2013 {gtime(end)}", tzlabel, ""]
    if location:
        lines += [location, ""]
    if meet:
        pin = hid("pin", uid_seed, n=9, alphabet="0123456789")
        lines += ["Join with Google Meet", f"https://meet.google.com/{meet_code}", "",
                  "Join by phone", "(CA) +1 902-555-0173", f"PIN: {pin}", "",
                  "More phone numbers", f"https://tel.meet/{meet_code}?pin={pin}0317", ""]
    lines += ["Organizer", organizer[0], organizer[1], "", "Guests"]
    for n_, e_, _ps in attendees:
        if e_ == organizer[1]:
            lines += [f"{n_} - organizer", e_]
        elif n_:
            lines += [n_, e_]
        else:
            lines += [e_]
    lines += [f"View all guest info {view}", ""]
    if description:
        lines += [description.rstrip(), ""]
    lines += [f"Reply for {USER} and view more details {view}", "", "",
              "~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, be added "
              "to the guest list, invite others regardless of their own invitation status, or modify your RSVP. "
              "Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    text = "\n".join(lines) + "\n"
    hbody = "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>\n" for p in text.split("\n\n") if p.strip())
    htmltext = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
                f'<div style="font-family:Roboto,Helvetica,Arial,sans-serif">{hbody}</div></body></html>\n')
    created = created or date
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{zutc(start)}", f"DTEND:{zutc(end)}",
           f"DTSTAMP:{zutc(date)}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for n_, e_, ps in attendees:
        cal.append(att_line(n_ or e_, e_, ps, rsvp=True, google=True))
    if meet:
        cal.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet_code}")
    desc = description.rstrip() if description else ""
    if meet:
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 f"Join with Google Meet: https://meet.google.com/{meet_code}\n\n"
                 "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
                 "Please do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    cal += [f"CREATED:{zutc(created)}", f"DESCRIPTION:{esc(desc)}", f"LAST-MODIFIED:{zutc(date)}",
            f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", "STATUS:CONFIRMED", f"SUMMARY:{esc(summary)}",
            "TRANSP:OPAQUE", "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
            "TRIGGER:-P0DT0H30M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    caltext = ics(cal)
    b_mix = "000000000000" + hid("gmix", uid_seed, seq, n=12)
    b_alt = "000000000000" + hid("galt", uid_seed, seq, n=12)
    alt = multi("alternative", b_alt, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
        leaf('text/html; charset="UTF-8"', htmltext, "quoted-printable"),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', caltext.replace("\r\n", "\n"), "7bit")])
    entity = multi("mixed", b_mix, [alt, leaf_bytes_b64('application/ics; name="invite.ics"', caltext.encode(),
                                                        ['Content-Disposition: attachment; filename="invite.ics"'])])
    msgid = f"<calendar-{uuidish('gmsg', uid_seed, seq)}@google.com>"
    rp = hid("rp", uid_seed, seq, n=24, alphabet=MIXED) + "@calendar-server.bounces.google.com"
    rec = list(received) or [rcv(f"mail-sor-f{41 + seq}.google.com", f"209.85.220.{41 + seq}", date)]
    h = std_headers(frm=addr(*organizer), to=USER, subject=subject, date=date.astimezone(UTC), msgid=msgid,
                    reply_to=addr(*organizer), received=rec, return_path=rp,
                    sender="Google Calendar <calendar-notification@google.com>")
    return mail(h, entity), msgid


def gmail_id(seed):
    return f"<CA{hid('gm', seed, n=46, alphabet=MIXED)}@mail.gmail.com>"


def outlook_id(seed, sender_email):
    box = hid("box", sender_email, n=4, alphabet="0123456789")
    return f"<YT2PR01MB{box}{hid('om', seed, n=16, alphabet=UPHEX)}@YT2PR01MB{box}.CANPRD01.PROD.OUTLOOK.COM>"


def apple_id(seed, domain):
    return f"<{uuidish('ap', seed).upper()}@{domain}>"


# ----------------------------------------------------------------------------------------------
# case registry
# ----------------------------------------------------------------------------------------------
CASES = []   # (case_id, [(filename, str_content)], label)


def interview(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


def case(cid, files, interviews, difficulty, category, notes):
    label = {"user": USER, "interview": bool(interviews), "interviews": interviews,
             "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}
    CASES.append((cid, files, label))


SIG_OWNER = "Siobhan MacLeod\nHalifax, NS  |  902-555-0148"


# ============================================================================================ 01
def c01():
    """Workday phone screen at a Halifax bank; Workday notice + recruiter note (dedupe)."""
    d1 = at(2026, 10, 21, 10, 14, HFX, "Wednesday", sec=37)
    s = at(2026, 10, 27, 11, 0, HFX, "Tuesday")
    e = s + timedelta(minutes=30)
    assert s.tzname() == "ADT"
    role = "Analyst, Supply Chain & Procurement Analytics"
    wd_from = addr("Maritime Trust Bank", "maritimetrust@myworkday.com")
    text = f"""Hi Siobhan,

Thank you for your interest in the {role} position (R-20418) at Maritime Trust Bank.

Your phone interview has been scheduled.

Interview: Phone Screen
Date: {long_date(s)}
Time: {h12(s)} - {h12(e)} ADT (Atlantic Daylight Time)
Interviewer: Colleen Fraser, Senior Talent Acquisition Partner
Format: Phone call - your interviewer will call the mobile number in your candidate profile (902-555-0148)

If you need to reschedule, please sign in to your Candidate Home account:
https://wd3.myworkdaysite.com/recruiting/maritimetrust/MTB_Careers/userHome

We look forward to speaking with you.

Talent Acquisition
Maritime Trust Bank

This message was sent from an unmonitored mailbox. Please do not reply to this email.
"""
    htmlt = ('<html><head><meta charset="UTF-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">'
             '<table width="600" cellpadding="0" cellspacing="0" border="0" align="center"><tr><td style="padding:24px 0">'
             '<img src="https://wd3.myworkdaysite.com/recruiting/maritimetrust/assets/logo.png" alt="Maritime Trust Bank" height="40"></td></tr>'
             '<tr><td><p>Hi Siobhan,</p>'
             f'<p>Thank you for your interest in the {html.escape(role)} position (R-20418) at Maritime Trust Bank.</p>'
             '<p><b>Your phone interview has been scheduled.</b></p>'
             '<table cellpadding="4" style="border:1px solid #dcdcdc;font-size:14px">'
             '<tr><td><b>Interview</b></td><td>Phone Screen</td></tr>'
             f'<tr><td><b>Date</b></td><td>{long_date(s)}</td></tr>'
             f'<tr><td><b>Time</b></td><td>{h12(s)} - {h12(e)} ADT (Atlantic Daylight Time)</td></tr>'
             '<tr><td><b>Interviewer</b></td><td>Colleen Fraser, Senior Talent Acquisition Partner</td></tr>'
             '<tr><td><b>Format</b></td><td>Phone call - your interviewer will call the mobile number in your candidate profile (902-555-0148)</td></tr></table>'
             '<p>If you need to reschedule, please sign in to your <a href="https://wd3.myworkdaysite.com/recruiting/maritimetrust/MTB_Careers/userHome">Candidate Home</a> account.</p>'
             '<p>We look forward to speaking with you.</p><p>Talent Acquisition<br>Maritime Trust Bank</p>'
             '<p style="font-size:11px;color:#777">This message was sent from an unmonitored mailbox. Please do not reply to this email.</p>'
             '</td></tr></table></body></html>\n')
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workday//Recruiting//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", f"UID:wd-interview-{hid('wd1', n=20)}@myworkday.com", f"DTSTAMP:{zutc(d1)}",
               f"DTSTART:{zutc(s)}", f"DTEND:{zutc(e)}",
               f"SUMMARY:{esc('Phone Screen - ' + role + ' (R-20418)')}",
               f"DESCRIPTION:{esc('Phone interview with Colleen Fraser. Your interviewer will call you.')}",
               "LOCATION:Phone", "ORGANIZER;CN=Maritime Trust Bank:mailto:maritimetrust@myworkday.com",
               "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    b_alt, b_mix = "----=_Part_" + hid("wdalt", n=8, alphabet="0123456789") + "_" + hid("wdalt2", n=9, alphabet="0123456789") + ".1792584877311", \
        "----=_Part_" + hid("wdmix", n=8, alphabet="0123456789") + "_" + hid("wdmix2", n=9, alphabet="0123456789") + ".1792584877311"
    entity = multi("mixed", b_mix, [
        multi("alternative", b_alt, [leaf("text/plain; charset=UTF-8", text, "quoted-printable"),
                                     leaf("text/html; charset=UTF-8", htmlt, "quoted-printable")]),
        leaf_bytes_b64('text/calendar; charset=UTF-8; name="Interview.ics"', cal.encode(),
                       ['Content-Disposition: attachment; filename="Interview.ics"'])])
    m1id = f"<{hid('wdm', n=10, alphabet='0123456789')}.{hid('wdm2', n=7, alphabet='0123456789')}.1792584877311@wd3-prd-esmtp-07.myworkday.com>"
    h = std_headers(frm=wd_from, to=USER, subject=f"Phone Interview Scheduled - {role} (R-20418)", date=d1, msgid=m1id,
                    received=[rcv("mail-out-07.myworkday.com", "199.191.55.41", d1)],
                    return_path="bounce-mtb@myworkday.com",
                    extra=[("X-Auto-Response-Suppress", "All"), ("Auto-Submitted", "auto-generated")])
    f1 = mail(h, entity)

    d2 = at(2026, 10, 22, 16, 2, HFX, "Thursday", sec=11)
    t2 = f"""Hi Siobhan,

Just a quick note ahead of our call on Tuesday at 11:00 - I'll ring you at 902-555-0148, so no need to dial in anywhere. Plan on about 30 minutes. I'll walk you through the role and the team (it sits in Strategic Sourcing under our Procurement group) and ask about your recent inventory and vendor-performance work, and there'll be time for your questions.

If anything changes on your end, just reply here.

Talk soon,
Colleen

Colleen Fraser (she/her)
Senior Talent Acquisition Partner | Maritime Trust Bank
1959 Upper Water Street, Halifax, NS  B3J 3N2
T 902-555-0121 | colleen.fraser@maritimetrust.example
"""
    f2 = human_mail(frm=addr("Colleen Fraser", "colleen.fraser@maritimetrust.example"), to=addr(*OWNER),
                    subject="Our call on Tuesday", date=d2, msgid=outlook_id("c01-2", "colleen.fraser@maritimetrust.example"),
                    text=t2, client="outlook", received=[rcv("YT3PR01CU001.outbound.protection.outlook.com", "52.101.189.33", d2)],
                    return_path="colleen.fraser@maritimetrust.example")
    case("b254-01-workday-bank-phone-screen",
         [("01-workday-phone-interview-scheduled.eml", f1), ("02-colleen-our-call-tuesday.eml", f2)],
         [interview("Maritime Trust Bank", role, s, e, "scheduled", ["colleen.fraser@maritimetrust.example"],
                    ["colleen.fraser@maritimetrust.example"], "phone_screen")],
         "medium", "positive/workday-ats",
         "Workday no-reply notice (ADT, before the 1 Nov DST change) with an .ics in UTC, plus the recruiter's own note. "
         "One interview; the recruiter conducts the screen, so she is interviewer and follow-up recipient.")


# ============================================================================================ 02
def c02():
    """St. John's fisheries processor; thread + Google invite in Newfoundland Standard Time."""
    dec = ("Declan Hynes", "declan.hynes@grandbanks-harvest.example")
    role = "Supply Chain Analyst, Frozen Products"
    d1 = at(2026, 10, 30, 9, 41, NL, "Friday", sec=5)
    s = at(2026, 11, 5, 10, 0, NL, "Thursday")
    e = s + timedelta(hours=1)
    assert s.tzname() == "NST" and s.astimezone(HFX).strftime("%H:%M") == "09:30"
    t1 = f"""Hi Siobhan,

Thanks for sending along your resume - Marie in HR passed it to me and I'd like to set up a conversation about the {role} role here at Grand Banks Harvest. It'd be me, about an hour, over Google Meet.

Would Thursday, November 5 at 10:00 a.m. NST work? Heads up that the clocks go back this Sunday, so that will be 9:30 a.m. your time in Halifax (we're always a half hour ahead of you, never mind what the rest of the country thinks).

Cheers,
Declan

--
Declan Hynes
Director, Supply Chain
Grand Banks Harvest Ltd.
Southside Road, St. John's, NL  A1E 1A1
709-555-0162
"""
    m1 = gmail_id("c02-1")
    f1 = human_mail(frm=addr(*dec), to=USER, subject="Supply Chain Analyst - next step",
                    date=d1, msgid=m1, text=t1, client="gmail",
                    received=[rcv("mail-ej1-f54.google.com", "209.85.218.54", d1)], return_path=dec[1])
    d_reply = at(2026, 10, 30, 10, 20, HFX, "Friday")
    d2 = at(2026, 10, 30, 11, 7, NL, "Friday", sec=48)
    owner_reply = f"""Hi Declan,

Thursday the 5th at 10:00 NST (9:30 AST here) works well for me. Looking forward to it.

Best,
{SIG_OWNER}"""
    t2 = f"""Great stuff. Invite is on its way.

Declan

On Fri, Oct 30, 2026 at 10:50\u202fAM Siobhan MacLeod <{USER}> wrote:
{quote(owner_reply)}
>
> On Fri, Oct 30, 2026 at 9:41\u202fAM Declan Hynes <{dec[1]}> wrote:
{quote(quote(t1))}
"""
    assert d_reply.astimezone(NL).strftime("%H:%M") == "10:50"
    m_reply = gmail_id("c02-owner")
    f2 = human_mail(frm=addr(*dec), to=addr(*OWNER), subject="Re: Supply Chain Analyst - next step", date=d2,
                    msgid=gmail_id("c02-2"), text=t2, client="gmail", in_reply_to=m_reply,
                    references=f"{m1}\n {m_reply}", received=[rcv("mail-ej1-f47.google.com", "209.85.218.47", d2)],
                    return_path=dec[1])
    d3 = at(2026, 10, 30, 11, 12, NL, "Friday", sec=2)
    f3, _ = google_invite(date=d3, organizer=dec, attendees=[(dec[0], dec[1], "ACCEPTED"), (None, USER, "NEEDS-ACTION")],
                          summary="Siobhan MacLeod / Grand Banks Harvest - Supply Chain Analyst interview",
                          start=s, end=e, tzlabel="Newfoundland Time - St. John's", tzabbr="NST",
                          description="Conversation about the Supply Chain Analyst, Frozen Products role. Declan Hynes, Director, Supply Chain.",
                          uid_seed="c02")
    case("b254-02-stjohns-google-invite-nst",
         [("01-declan-next-step.eml", f1), ("02-declan-re-next-step.eml", f2), ("03-invitation-grand-banks.eml", f3)],
         [interview("Grand Banks Harvest", role, s, e, "scheduled", [dec[1]], [dec[1]], "hiring_manager")],
         "hard", "positive/half-hour-zone",
         "St. John's director proposes 10:00 NST on 5 Nov (after the 1 Nov fall-back) = 9:30 AST; Google invite in UTC "
         "(13:30Z). Thread + invite are one interview. Start must carry the -03:30 offset.")


# ============================================================================================ 03
def c03():
    """Negative: Government of Canada reliability screening interview after an accepted offer."""
    cso = ("Brenda Oickle", "brenda.oickle@sackville-naval.example")
    d1 = at(2026, 11, 26, 14, 3, HFX, "Thursday", sec=40)
    t1 = f"""Hi Siobhan,

Congratulations again on accepting our offer for the Materials Analyst position - everyone on the team is looking forward to having you start on January 4.

As mentioned in your offer letter, the role requires Reliability Status under the Government of Canada's Contract Security Program before you can access our controlled goods areas. I submitted your screening request (form TBS/SCT 330-23) to Public Services and Procurement Canada on Monday.

Part of the process this time is a short security screening interview with a federal screening officer. This is standard for some applicants and is not a job interview - it's about the information on your forms (addresses, employment history, travel). You should hear from PSPC directly with a date. Please bring two pieces of government ID.

Let me know if you have questions about the forms.

Regards,
Brenda

Brenda Oickle
Company Security Officer
Sackville Naval Logistics Inc. | 45 Akerley Blvd, Dartmouth, NS
902-555-0187
"""
    m1 = outlook_id("c03-1", cso[1])
    f1 = human_mail(frm=addr(*cso), to=addr(*OWNER), subject="Next steps - reliability screening",
                    date=d1, msgid=m1, text=t1, client="outlook",
                    received=[rcv("YQBPR0101CU002.outbound.protection.outlook.com", "52.101.191.12", d1)],
                    return_path=cso[1])
    off = ("Gilles Thibodeau", "gilles.thibodeau@tpsgc-pwgsc.example")
    d2 = at(2026, 12, 2, 9, 30, HFX, "Wednesday")
    s = at(2026, 12, 9, 10, 0, HFX, "Wednesday")
    e = s + timedelta(hours=1)
    body = f"""(Le français suit)

Good morning Ms. MacLeod,

As part of the processing of your Reliability Status application submitted by Sackville Naval Logistics Inc. (Contract Security Program file CSP-2026-118472), a security screening interview has been scheduled.

The interview will be held by videoconference on {long_date(s)} at {h12(s, dots=True)} Atlantic time and should take about one hour. Please have two pieces of valid government-issued photo ID available.

This interview is a requirement of the Standard on Security Screening. It does not form part of any employer hiring process.

Gilles Thibodeau
Personnel Security Screening Officer | Agent de filtrage de securite du personnel
Contract Security Program | Programme de securite des contrats
Public Services and Procurement Canada | Services publics et Approvisionnement Canada

---

Bonjour Madame MacLeod,

Dans le cadre du traitement de votre demande de cote de fiabilite, une entrevue de filtrage de securite aura lieu par videoconference le mercredi 9 decembre 2026 a 10 h (heure de l'Atlantique).
"""
    f2, _ = outlook_invite(date=d2, organizer=off, attendees=[(USER_NAME, USER)], subject=
                           "Security screening interview / Entrevue de filtrage de securite - MACLEOD, Siobhan",
                           start=s, end=e, wintz="Atlantic Standard Time", body=body,
                           location="Microsoft Teams Meeting", uid_seed="c03", seq=0, msgid_seed="c03-2",
                           received=[rcv("YT1PR01CU003.outbound.protection.outlook.com", "52.101.190.8", d2)])
    case("b254-03-gc-reliability-screening-interview",
         [("01-cso-next-steps-reliability.eml", f1), ("02-security-screening-interview-invite.eml", f2)],
         [], "hard", "negative/security-clearance",
         "Teams invite titled 'Security screening interview' from a federal screening officer, after an offer was "
         "accepted. Government security screening, not a job interview.")


# ============================================================================================ 04
def c04():
    """Moncton logistics firm, bilingual Dayforce invitation; interviewer has no address -> HR advisor."""
    luc = ("Luc LeBlanc", "luc.leblanc@petitcodiac-logistique.example")
    role_fr = "Analyste de la cha\u00eene d'approvisionnement"
    role_en = "Supply Chain Analyst"
    d1 = at(2026, 11, 3, 15, 20, MCT, "Tuesday", sec=9)
    s = at(2026, 11, 12, 14, 0, MCT, "Thursday")
    e = s + timedelta(minutes=45)
    assert s.tzname() == "AST"
    text = f"""English follows

Bonjour Siobhan,

Nous avons le plaisir de vous inviter \u00e0 une entrevue pour le poste d'{role_fr} (affichage n\u00ba 2026-0917) chez Petitcodiac Logistique inc.

Date : le jeudi 12 novembre 2026
Heure : de 14 h \u00e0 14 h 45 (heure normale de l'Atlantique, HNA)
Lieu : 1250, rue Main, bureau 400, Moncton (N.-B.)  E1C 1H9
Vous rencontrerez : Jos\u00e9e Cormier, gestionnaire, Cha\u00eene d'approvisionnement

L'entrevue peut se d\u00e9rouler en fran\u00e7ais ou en anglais, selon votre pr\u00e9f\u00e9rence.
Veuillez confirmer votre pr\u00e9sence dans votre compte Dayforce.

Pour toute question, communiquez avec Luc LeBlanc, conseiller en ressources humaines, \u00e0 {luc[1]} ou au 506-555-0134.

-----

Hello Siobhan,

We are pleased to invite you to an interview for the {role_en} position (posting no. 2026-0917) at Petitcodiac Logistics Inc.

Date: Thursday, November 12, 2026
Time: 2:00 - 2:45 PM Atlantic Standard Time (AST)
Location: 1250 Main Street, Suite 400, Moncton, NB  E1C 1H9
You will meet: Jos\u00e9e Cormier, Manager, Supply Chain

The interview can be held in English or French, as you prefer.
Please confirm your attendance in your Dayforce account.

If you have any questions, contact Luc LeBlanc, Human Resources Advisor, at {luc[1]} or 506-555-0134.

Ressources humaines | Human Resources
Petitcodiac Logistique inc. | Petitcodiac Logistics Inc.

Ce courriel a \u00e9t\u00e9 envoy\u00e9 par Dayforce. | This email was sent by Dayforce.
"""
    htmlt = ('<!DOCTYPE html><html lang="fr-CA"><head><meta charset="utf-8"><title>Dayforce</title></head>'
             '<body style="margin:0;padding:0;font-family:Segoe UI,Arial,sans-serif;font-size:14px">'
             '<div style="max-width:640px;margin:0 auto;padding:16px">'
             + "".join(f"<p>{html.escape(p).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n") if p.strip())
             + "</div></body></html>\n")
    b = "--_=_swift_" + hid("df", n=10, alphabet="0123456789") + "_" + hid("df2", n=32)
    entity = multi("alternative", b, [leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
                                      leaf('text/html; charset="utf-8"', htmlt, "base64")])
    h = std_headers(frm=addr("Petitcodiac Logistique | Petitcodiac Logistics", "noreply@dayforcehcm.com"), to=USER,
                    reply_to=addr(*luc),
                    subject=f"Invitation \u00e0 une entrevue | Interview invitation - {role_fr} / {role_en}",
                    date=d1, msgid=f"<{hid('dfm', n=32)}@swift.generated>",
                    received=[rcv("o7.email.dayforcehcm.com", "149.72.134.61", d1)],
                    return_path="bounces+2291847-8c1f@email.dayforcehcm.com",
                    extra=[("X-Mailer", "Dayforce Notification Service"), ("Auto-Submitted", "auto-generated")])
    f1 = mail(h, entity)
    d2 = at(2026, 11, 4, 9, 12, MCT, "Wednesday", sec=30)
    t2 = f"""Bonjour Siobhan,

Petite pr\u00e9cision pour jeudi prochain : le stationnement visiteurs est derri\u00e8re l'\u00e9difice (entr\u00e9e par la rue Botsford). Pr\u00e9sentez-vous \u00e0 la r\u00e9ception du 4e \u00e9tage une dizaine de minutes d'avance.

Quick note for next Thursday: visitor parking is behind the building (enter from Botsford St). Please check in at the 4th-floor reception about ten minutes early.

Au plaisir,
Luc

Luc LeBlanc, CRHA
Conseiller en ressources humaines | Human Resources Advisor
Petitcodiac Logistique inc.
506-555-0134
"""
    f2 = human_mail(frm=addr(*luc), to=addr(*OWNER), subject="Stationnement / parking - jeudi 12 nov.",
                    date=d2, msgid=outlook_id("c04-2", luc[1]), text=t2, client="outlook",
                    received=[rcv("YT3PR01CU004.outbound.protection.outlook.com", "52.101.189.70", d2)],
                    return_path=luc[1])
    case("b254-04-moncton-dayforce-bilingual",
         [("01-dayforce-invitation-entrevue.eml", f1), ("02-luc-stationnement.eml", f2)],
         [interview("Petitcodiac Logistique", "Supply Chain Analyst", s, e, "scheduled", [], [luc[1]], "hiring_manager")],
         "hard", "positive/bilingual-ats",
         "Bilingual Dayforce invitation (French first, '14 h a 14 h 45 HNA'); the manager who interviews has no address "
         "in the case, so the follow-up goes to the HR advisor given as Reply-To and in the text.")


# ============================================================================================ 05
def c05():
    """Port terminal in-person interview moved because of a nor'easter (Google invite seq 0 -> 1)."""
    marcy = ("Marcy Dauphinee", "marcy.dauphinee@chebucto-terminals.example")
    terry = ("Terry Boutilier", "terry.boutilier@chebucto-terminals.example")
    role = "Supply Chain Data Analyst - Terminal Operations"
    loc = "Chebucto Terminals Admin Building, 1 Terminal Road, Halifax, NS B3H 4P1"
    d1 = at(2026, 11, 23, 11, 5, HFX, "Monday", sec=14)
    s0 = at(2026, 12, 1, 10, 0, HFX, "Tuesday")
    desc = ("In-person interview for the Supply Chain Data Analyst - Terminal Operations role with Terry Boutilier "
            "(Manager, Terminal Planning). Marcy will meet you at reception; please bring photo ID for the gate.")
    f1, _ = google_invite(date=d1, organizer=marcy,
                          attendees=[(marcy[0], marcy[1], "ACCEPTED"), (terry[0], terry[1], "ACCEPTED"), (None, USER, "NEEDS-ACTION")],
                          summary="Interview: Siobhan MacLeod - Supply Chain Data Analyst", start=s0, end=s0 + timedelta(hours=1),
                          tzlabel="Atlantic Time - Halifax", tzabbr="AST", description=desc, location=loc,
                          uid_seed="c05", seq=0, meet=False)
    d2 = at(2026, 11, 30, 14, 48, HFX, "Monday", sec=3)
    s = at(2026, 12, 3, 10, 0, HFX, "Thursday")
    e = s + timedelta(hours=1)
    t2 = f"""Hi Siobhan,

I'm sure you've seen the forecast - Environment Canada has a winter storm warning up for tonight into tomorrow, with the nor'easter bringing 25 to 40 cm and gusts to 90 km/h along the harbour. The terminal will be closed to visitors tomorrow and Terry doesn't want you driving in that anyway.

Could we move your interview to Thursday (Dec 3), same time, 10:00 a.m.? Same place, same format. I'll update the calendar invite now - if Thursday doesn't work, let me know and we'll find another day.

Stay safe and warm!

Marcy Dauphinee
Talent & Culture Coordinator
Chebucto Terminals Ltd.
902-555-0110 | {marcy[1]}
"""
    f2 = human_mail(frm=addr(*marcy), to=addr(*OWNER), cc=addr(*terry),
                    subject="Tomorrow's interview - storm", date=d2, msgid=gmail_id("c05-2"), text=t2,
                    client="gmail", received=[rcv("mail-qk1-f171.google.com", "209.85.222.171", d2)],
                    return_path=marcy[1])
    d3 = at(2026, 11, 30, 14, 55, HFX, "Monday", sec=41)
    f3, _ = google_invite(date=d3, organizer=marcy,
                          attendees=[(marcy[0], marcy[1], "ACCEPTED"), (terry[0], terry[1], "ACCEPTED"), (None, USER, "NEEDS-ACTION")],
                          summary="Interview: Siobhan MacLeod - Supply Chain Data Analyst", start=s, end=e,
                          tzlabel="Atlantic Time - Halifax", tzabbr="AST",
                          description=desc + "\n\nMoved from Tuesday Dec 1 because of the storm.", location=loc,
                          uid_seed="c05", seq=1, meet=False, created=d1,
                          updated_note=f"Changed: time\n{long_date(s)} \u22c5 {gtime(s)} \u2013 {gtime(e)} (Atlantic Time - Halifax)")
    case("b254-05-noreaster-reschedule",
         [("01-invitation-chebucto-interview.eml", f1), ("02-marcy-storm-reschedule.eml", f2),
          ("03-updated-invitation-chebucto.eml", f3)],
         [interview("Chebucto Terminals", role, s, e, "scheduled", [terry[1]], [terry[1]], "hiring_manager")],
         "hard", "positive/reschedule",
         "In-person interview on Tue 1 Dec moved to Thu 3 Dec 10:00 AST because of a nor'easter (e-mail + Google "
         "invite SEQUENCE 1, same UID). One interview at the final time; the coordinator only schedules.")


# ============================================================================================ 06
def c06():
    """Negative: Service Canada EI telephone interview appointment."""
    d1 = at(2026, 11, 12, 8, 2, HFX, "Thursday", sec=19)
    s = at(2026, 11, 19, 9, 30, HFX, "Thursday")
    e = s + timedelta(minutes=30)
    text = f"""Le fran\u00e7ais suit le texte anglais.

Employment Insurance - telephone interview appointment

Dear SIOBHAN MACLEOD,

Your Employment Insurance (EI) claim (Access code ending in 4417) has been selected for a review of your availability for work. A Service Canada agent will call you for a telephone interview:

Date: {long_date(s)}
Time: {h12(s, dots=True)} Atlantic time
Telephone number on file: 902-555-0148

During the interview the agent will ask about your job search activities, including the employers you have contacted, any job interviews you have attended or have scheduled, and any job offers you have received. Please have this information in front of you.

If you miss this call, your benefits may be delayed. To change the appointment, call 1-800-555-0199 (TTY: 1-800-555-0129).

This is an automated message. Please do not reply.

Service Canada

-----

Assurance-emploi - rendez-vous pour une entrevue t\u00e9l\u00e9phonique

Un agent de Service Canada communiquera avec vous le jeudi 19 novembre 2026 \u00e0 9 h 30, heure de l'Atlantique, pour une entrevue t\u00e9l\u00e9phonique au sujet de votre demande d'assurance-emploi.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//ESDC-EDSC//Appointment Notice//EN", "METHOD:PUBLISH",
               *iana_vtimezone("America/Halifax", "AST", "ADT", "-0400", "-0300"),
               "BEGIN:VEVENT", f"UID:ei-appt-{hid('ei', n=12, alphabet='0123456789')}@servicecanada.example",
               f"DTSTAMP:{zutc(d1)}", f"DTSTART;TZID=America/Halifax:{floc(s)}", f"DTEND;TZID=America/Halifax:{floc(e)}",
               "SUMMARY:Service Canada - EI telephone interview / Entrevue t\u00e9l\u00e9phonique AE",
               "DESCRIPTION:A Service Canada agent will call you at 902-555-0148.",
               "LOCATION:By telephone / Par t\u00e9l\u00e9phone", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    b = "=_" + hid("sc", n=28)
    entity = multi("mixed", b, [leaf('text/plain; charset="UTF-8"', text, "quoted-printable"),
                                leaf_bytes_b64('text/calendar; charset="UTF-8"; name="appointment-rendezvous.ics"', cal.encode(),
                                               ['Content-Disposition: attachment; filename="appointment-rendezvous.ics"'])])
    h = std_headers(frm=addr("Service Canada", "noreply-nepasrepondre@servicecanada.example"), to=USER,
                    subject="EI telephone interview appointment / Rendez-vous d'entrevue t\u00e9l\u00e9phonique AE",
                    date=d1, msgid=f"<{hid('scm', n=24)}.notify@servicecanada.example>",
                    received=[rcv("smtp-relay.servicecanada.example", "198.51.100.24", d1)],
                    return_path="noreply-nepasrepondre@servicecanada.example",
                    extra=[("Auto-Submitted", "auto-generated")])
    f1 = mail(h, entity)
    case("b254-06-service-canada-ei-appointment", [("01-ei-telephone-interview-appointment.eml", f1)], [],
         "hard", "negative/government-appointment",
         "Service Canada EI 'telephone interview' about the claim, with .ics; asks about job interviews attended. "
         "Not a job interview.")


# ============================================================================================ 07
def c07():
    """Defence shipyard: site tour + panel the same morning, two Outlook invites + itinerary mail."""
    sh = ("Shauna Keddy", "shauna.keddy@narrows-marine.example")
    ravi = ("Ravi Menon", "ravi.menon@narrows-marine.example")
    heather = ("Heather Sampson", "heather.sampson@narrows-marine.example")
    kwame = ("Kwame Asante", "kwame.asante@narrows-marine.example")
    role = "Supply Chain Analyst - Naval Programs (Material Planning)"
    d1 = at(2026, 11, 10, 13, 22, HFX, "Tuesday", sec=50)
    t_s = at(2026, 11, 17, 9, 0, HFX, "Tuesday")
    t_e = at(2026, 11, 17, 10, 0, HFX)
    p_s = at(2026, 11, 17, 10, 15, HFX)
    p_e = at(2026, 11, 17, 11, 45, HFX)
    t1 = f"""Hi Siobhan,

Thanks for confirming. Here is your itinerary for Tuesday, November 17 at our Halifax yard. All times are Atlantic Standard Time.

8:45 AM   Arrive at Gate 3 Security (3099 Barrington Street). Your name is on the visitor list; bring government-issued photo ID. Because parts of the yard fall under the Controlled Goods Program, please also bring proof of citizenship or permanent residence (passport or PR card).
9:00 - 10:00 AM   Yard tour with Ravi Menon, Manager, Material Planning - fabrication hall, block assembly and the material laydown areas
10:15 - 11:45 AM   Panel interview, Building 12, Room 2-140
          - Ravi Menon, Manager, Material Planning
          - Heather Sampson, Senior Buyer, Procurement
          - Kwame Asante, Supply Chain Systems Lead

PPE: hard hat, safety glasses and a hi-vis vest will be provided. You must wear CSA-approved steel-toe boots on the tour - no exceptions, sorry!

I'll send two calendar holds (tour and panel) so they show up in your calendar. Any questions, just reply here.

Best regards,

Shauna Keddy
Recruitment Coordinator, Talent Acquisition
Narrows Marine Shipbuilding
T 902-555-0176
"""
    m1 = outlook_id("c07-1", sh[1])
    f1 = human_mail(frm=addr(*sh), to=addr(*OWNER), subject=f"Itinerary - Tuesday Nov 17 - {role}", date=d1,
                    msgid=m1, text=t1, client="outlook",
                    received=[rcv("YT3PR01CU007.outbound.protection.outlook.com", "52.101.189.91", d1)], return_path=sh[1])
    d2 = at(2026, 11, 10, 13, 31, HFX, "Tuesday", sec=7)
    f2, _ = outlook_invite(date=d2, organizer=sh, attendees=[(USER_NAME, USER), ravi],
                           subject="Site Tour - S. MacLeod (Supply Chain Analyst, Naval Programs)",
                           start=t_s, end=t_e, wintz="Atlantic Standard Time",
                           body="Yard tour with Ravi Menon ahead of your panel interview. Meet at Gate 3 Security at 8:45. "
                                "Steel-toe boots required.\n\nShauna",
                           location="Gate 3 Security, 3099 Barrington St, Halifax", uid_seed="c07-tour", seq=0,
                           msgid_seed="c07-2", teams=False,
                           received=[rcv("YT3PR01CU007.outbound.protection.outlook.com", "52.101.189.92", d2)])
    d3 = at(2026, 11, 10, 13, 33, HFX, "Tuesday", sec=45)
    f3, _ = outlook_invite(date=d3, organizer=sh, attendees=[(USER_NAME, USER), ravi, heather, kwame],
                           subject="Panel Interview - S. MacLeod - Supply Chain Analyst, Naval Programs",
                           start=p_s, end=p_e, wintz="Atlantic Standard Time",
                           body="Panel interview for the Supply Chain Analyst - Naval Programs (Material Planning) role.\n\n"
                                "Panel: Ravi Menon (Manager, Material Planning), Heather Sampson (Senior Buyer, Procurement), "
                                "Kwame Asante (Supply Chain Systems Lead).\n\nShauna",
                           location="Building 12, Room 2-140", uid_seed="c07-panel", seq=0, msgid_seed="c07-3", teams=False,
                           resources=[("NMS-B12-2-140", "nms-b12-2-140@narrows-marine.example")],
                           received=[rcv("YT3PR01CU007.outbound.protection.outlook.com", "52.101.189.93", d3)])
    ivs = [ravi[1], heather[1], kwame[1]]
    case("b254-07-shipyard-tour-and-panel",
         [("01-itinerary-narrows-marine.eml", f1), ("02-site-tour-invite.eml", f2), ("03-panel-interview-invite.eml", f3)],
         [interview("Narrows Marine Shipbuilding", role, t_s, p_e, "scheduled", ivs, ivs, "onsite")],
         "hard", "positive/onsite-loop",
         "Same-morning yard tour (9:00-10:00, led by the hiring manager) and panel (10:15-11:45) sent as two Exchange "
         "invites with 'Atlantic Standard Time' TZID plus an itinerary: ONE onsite 9:00-11:45 AST. The 8:45 gate "
         "arrival is not a session. Coordinator is not an interviewer; the meeting-room resource is not a person.")


# ============================================================================================ 08
def c08():
    """St. John's offshore supply: phone screen in NDT, technical case in NST (DST end in between)."""
    kr = ("Krista Dalton", "krista.dalton@avalon-offshore.example")
    gord = ("Gordon Pike", "gordon.pike@avalon-offshore.example")
    role = "Logistics & Supply Chain Analyst"
    d1 = at(2026, 10, 22, 15, 30, NL, "Thursday", sec=12)
    s1 = at(2026, 10, 26, 14, 30, NL, "Monday")
    e1 = s1 + timedelta(minutes=30)
    assert s1.tzname() == "NDT" and s1.astimezone(HFX).strftime("%H:%M") == "14:00"
    t1 = f"""Hi Siobhan,

Thanks for applying for the {role} position with Avalon Offshore Supply. I'd like to set up a 30-minute phone screen to go over your background and what the role looks like on our side (marine base logistics for the offshore platforms).

Does Monday, October 26 at 2:30 p.m. NDT work? That's 2:00 p.m. in Halifax. I'd call your cell.

Thanks,
Krista

Krista Dalton
HR Generalist | Avalon Offshore Supply Ltd.
St. John's, NL | 709-555-0143
"""
    m1 = outlook_id("c08-1", kr[1])
    f1 = human_mail(frm=addr(*kr), to=addr(*OWNER), subject=f"{role} - phone screen", date=d1, msgid=m1, text=t1,
                    client="outlook", received=[rcv("YT3PR01CU008.outbound.protection.outlook.com", "52.101.189.18", d1)],
                    return_path=kr[1])
    d_owner = at(2026, 10, 22, 17, 4, HFX, "Thursday")
    m_owner = apple_id("c08-owner", "example.com")
    d2 = at(2026, 10, 23, 8, 50, NL, "Friday", sec=27)
    owner_txt = f"""Hi Krista,

Monday at 2:30 your time / 2:00 mine works perfectly. My cell is 902-555-0148.

Thanks,
Siobhan"""
    t2 = f"""Perfect - talk to you Monday at 2:30 NDT.

Krista

From: Siobhan MacLeod <{USER}>
Sent: Thursday, October 22, 2026 5:34 PM
To: Krista Dalton <{kr[1]}>
Subject: Re: {role} - phone screen

{owner_txt}
"""
    assert d_owner.astimezone(NL).strftime("%I:%M %p").lstrip("0") == "5:34 PM"
    f2 = human_mail(frm=addr(*kr), to=addr(*OWNER), subject=f"RE: {role} - phone screen", date=d2,
                    msgid=outlook_id("c08-2", kr[1]), text=t2, client="outlook", in_reply_to=m_owner,
                    references=f"{m1}\n {m_owner}",
                    received=[rcv("YT3PR01CU008.outbound.protection.outlook.com", "52.101.189.19", d2)], return_path=kr[1])
    d3 = at(2026, 10, 28, 11, 12, NL, "Wednesday", sec=3)
    s2 = at(2026, 11, 4, 13, 0, NL, "Wednesday")
    e2 = s2 + timedelta(hours=1)
    assert s2.tzname() == "NST" and s2.astimezone(HFX).strftime("%H:%M") == "12:30"
    at(2026, 11, 1, 12, 0, NL, "Sunday")   # "our clocks go back on Sunday"
    t3 = f"""Hi Siobhan,

Thanks again for Monday's call - we'd like to move you forward. The next step is a one-hour case interview with Gordon Pike, our Materials Manager. He'll give you a short scenario on supply-vessel deck space and backloads and ask you to talk through how you'd plan it; no prep needed beyond a calculator.

I'm sending a Teams invite for Wednesday, November 4 at 1:00 p.m. Newfoundland time. Our clocks go back on Sunday, so that works out to 12:30 p.m. Atlantic.

Krista
"""
    f3 = human_mail(frm=addr(*kr), to=addr(*OWNER), subject="Next step - case interview with Gordon", date=d3,
                    msgid=outlook_id("c08-3", kr[1]), text=t3, client="outlook",
                    received=[rcv("YT3PR01CU008.outbound.protection.outlook.com", "52.101.189.20", d3)], return_path=kr[1])
    d4 = at(2026, 10, 28, 11, 40, NL, "Wednesday", sec=55)
    f4, _ = outlook_invite(date=d4, organizer=kr, attendees=[(USER_NAME, USER), gord],
                           subject="Case Interview - Logistics & Supply Chain Analyst - Siobhan MacLeod",
                           start=s2, end=e2, wintz="Newfoundland Standard Time",
                           body="Case interview with Gordon Pike (Materials Manager). Reminder: this is Newfoundland time - "
                                "12:30 p.m. Atlantic.\n\nKrista Dalton\nHR Generalist",
                           location="Microsoft Teams Meeting", uid_seed="c08-case", seq=0, msgid_seed="c08-4",
                           received=[rcv("YT3PR01CU008.outbound.protection.outlook.com", "52.101.189.21", d4)])
    case("b254-08-two-interviews-nl-dst",
         [("01-krista-phone-screen.eml", f1), ("02-krista-re-phone-screen.eml", f2),
          ("03-krista-next-step-case.eml", f3), ("04-case-interview-invite.eml", f4)],
         [interview("Avalon Offshore Supply", role, s1, e1, "scheduled", [kr[1]], [kr[1]], "phone_screen"),
          interview("Avalon Offshore Supply", role, s2, e2, "scheduled", [gord[1]], [gord[1]], "technical")],
         "hard", "positive/two-interviews",
         "Two interviews with one St. John's employer: recruiter phone screen Mon 26 Oct 2:30 p.m. NDT (-02:30, text "
         "only) and a case interview Wed 4 Nov 1:00 p.m. NST (-03:30) via a Teams invite with 'Newfoundland Standard "
         "Time' TZID. The DST change falls between them.")


# ============================================================================================ 09
def c09():
    """Negative: curling club board meeting whose agenda mentions interviews for an ice technician."""
    doug = ("Doug Chisholm", "doug.chisholm@fairviewheights-curling.example")
    amira = ("Amira Haddad", "amira.haddad@fairviewheights-curling.example")
    d1 = at(2026, 11, 3, 20, 41, HFX, "Tuesday", sec=9)
    s = at(2026, 11, 10, 19, 0, HFX, "Tuesday")
    e = s + timedelta(minutes=90)
    desc = """Fairview Heights Curling Club - Board of Directors, November meeting

Agenda
1. Approval of October minutes
2. Treasurer's report (Amira)
3. Ice technician vacancy - review the 4 applications received; pick a shortlist, set interview dates and the interview panel (Doug, Siobhan, Amira)
4. Bonspiel supply order and bar inventory count (Siobhan)
5. Junior program and Thursday stick league update
6. New business

Clubhouse lounge upstairs. Coffee's on - bring your own squares."""
    f1, _ = google_invite(date=d1, organizer=doug,
                          attendees=[(doug[0], doug[1], "ACCEPTED"), (amira[0], amira[1], "ACCEPTED"),
                                     ("Rob Gillis", "rob.gillis@fairviewheights-curling.example", "NEEDS-ACTION"),
                                     (None, USER, "NEEDS-ACTION")],
                          summary="FHCC Board Meeting - November", start=s, end=e,
                          tzlabel="Atlantic Time - Halifax", tzabbr="AST", description=desc,
                          location="Fairview Heights Curling Club, 28 Ridgevalley Rd, Halifax", uid_seed="c09", meet=False)
    case("b254-09-curling-club-board-meeting", [("01-invitation-fhcc-board-meeting.eml", f1)], [],
         "hard", "negative/club-meeting",
         "Google invite for a curling club board meeting; the agenda talks about setting up interviews for an ice "
         "technician with the owner on the panel. A board meeting, and the owner would be an interviewer.")


# ============================================================================================ 10
def c10():
    """Seafood plant interview invite later cancelled (position on hold) - Outlook METHOD:CANCEL."""
    ain = ("Ainsley Greencorn", "ainsley.greencorn@ketchharbour-seafoods.example")
    role = "Production & Inventory Planning Analyst"
    loc = "Ketch Harbour Seafoods - Sambro plant office, 2140 Sambro Road, Sambro, NS"
    d1 = at(2026, 11, 12, 9, 15, HFX, "Thursday", sec=22)
    s = at(2026, 11, 20, 13, 30, HFX, "Friday")
    e = s + timedelta(hours=1)
    body1 = f"""Hi Siobhan,

As discussed on the phone, here's the invite for your interview for the {role} position. I'll meet you at the plant office and we can walk the cold storage afterwards if time allows. Wear flat closed shoes; we'll give you a smock and hair net.

Ainsley Greencorn
Plant Operations Manager
Ketch Harbour Seafoods Ltd.
902-555-0115"""
    f1, _ = outlook_invite(date=d1, organizer=ain, attendees=[(USER_NAME, USER)],
                           subject=f"Interview - {role} - Siobhan MacLeod", start=s, end=e,
                           wintz="Atlantic Standard Time", body=body1, location=loc, uid_seed="c10", seq=0,
                           msgid_seed="c10-1", teams=False,
                           received=[rcv("YT1PR01CU010.outbound.protection.outlook.com", "52.101.190.44", d1)])
    d2 = at(2026, 11, 17, 16, 40, HFX, "Tuesday", sec=51)
    body2 = """Hi Siobhan,

I'm sorry to do this on short notice. With the changes to next year's snow crab allocation announced yesterday, ownership has put all new salaried hiring at the Sambro plant on hold, including this position, so I have to cancel Friday's interview.

I really enjoyed our call and I'll reach out directly if the role reopens in the new year.

Ainsley"""
    f2, _ = outlook_invite(date=d2, organizer=ain, attendees=[(USER_NAME, USER)],
                           subject=f"Interview - {role} - Siobhan MacLeod", start=s, end=e,
                           wintz="Atlantic Standard Time", body=body2, location=loc, uid_seed="c10", seq=1,
                           msgid_seed="c10-2", teams=False, method="CANCEL",
                           received=[rcv("YT1PR01CU010.outbound.protection.outlook.com", "52.101.190.45", d2)])
    case("b254-10-seafood-plant-cancelled",
         [("01-interview-invite-ketch-harbour.eml", f1), ("02-canceled-interview-ketch-harbour.eml", f2)],
         [interview("Ketch Harbour Seafoods", role, s, e, "cancelled", [ain[1]], [ain[1]], "hiring_manager")],
         "medium", "positive/cancellation",
         "Exchange invite (Atlantic Standard Time) then METHOD:CANCEL with the same UID because hiring is on hold. "
         "Kept as one cancelled interview at its last scheduled time; the organizer is the interviewer.")


# ============================================================================================ 11
def c11():
    """ApplyToEducation-style booked interview with a school board (panel, HTML-only mail)."""
    tanya = ("Tanya Rushton", "tanya.rushton@fundyshore-rce.example")
    role = "Purchasing & Supply Chain Analyst (Term)"
    d1 = at(2026, 11, 4, 12, 5, HFX, "Wednesday", sec=58)
    s = at(2026, 11, 9, 15, 15, HFX, "Monday")
    e = at(2026, 11, 9, 16, 0, HFX)
    htmlt = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Interview Confirmation</title></head>
<body style="background:#f4f6f8;font-family:Verdana,Arial,sans-serif;font-size:13px;color:#222">
<table align="center" width="620" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #d9dee3">
<tr><td style="background:#1d4f7c;color:#ffffff;padding:14px 20px;font-size:16px"><b>Fundy Shore Regional Centre for Education</b></td></tr>
<tr><td style="padding:20px">
<p>Dear Siobhan MacLeod,</p>
<p>Thank you for selecting an interview time. Your interview for the following competition has been booked:</p>
<table cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr><td style="border:1px solid #ccc"><b>Competition</b></td><td style="border:1px solid #ccc">FS-26-0412 &ndash; {html.escape(role)}</td></tr>
<tr><td style="border:1px solid #ccc"><b>Date</b></td><td style="border:1px solid #ccc">{long_date(s)}</td></tr>
<tr><td style="border:1px solid #ccc"><b>Time</b></td><td style="border:1px solid #ccc">{h12(s)} &ndash; {h12(e)} (Atlantic)</td></tr>
<tr><td style="border:1px solid #ccc"><b>Location</b></td><td style="border:1px solid #ccc">Central Office, Board Room B, 60 Lorne Street, Truro, NS</td></tr>
<tr><td style="border:1px solid #ccc"><b>Interview Panel</b></td><td style="border:1px solid #ccc">Brent Coady, Manager, Procurement Services<br>Nadine Whynot, Director of Finance</td></tr>
</table>
<p>Please arrive 10 minutes early and sign in at the main reception. You will be given 10 minutes before the interview to review a short written scenario.</p>
<p>If you need to change or cancel your interview, please log in to your ApplyToEducation account and go to <b>My Interviews</b>, or contact Tanya Rushton, HR Assistant, at <a href="mailto:{tanya[1]}">{tanya[1]}</a> or 902-555-0190.</p>
<p>Sincerely,<br>Human Resources Services<br>Fundy Shore Regional Centre for Education</p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:11px;color:#777;border-top:1px solid #e5e5e5">This message was sent to {USER} through ApplyToEducation on behalf of Fundy Shore Regional Centre for Education. Please do not reply directly to this automated message.</td></tr>
</table></body></html>
"""
    entity = leaf('text/html; charset="UTF-8"', htmlt, "quoted-printable")
    h = std_headers(frm=addr("Fundy Shore RCE via ApplyToEducation", "noreply@applytoeducation.com"), to=USER,
                    reply_to=addr(*tanya), subject=f"Interview Confirmation - FS-26-0412 {role}", date=d1,
                    msgid=f"<{hid('ate', n=20, alphabet='0123456789')}.JavaMail.ate@applytoeducation.com>",
                    received=[rcv("mail2.applytoeducation.com", "198.51.100.77", d1)],
                    return_path="bounce@applytoeducation.com", extra=[("X-Mailer", "ATE Notifier")])
    f1 = mail(h, entity)
    case("b254-11-applytoeducation-panel", [("01-ate-interview-confirmation.eml", f1)],
         [interview("Fundy Shore Regional Centre for Education", role, s, e, "scheduled", [], [tanya[1]], "onsite")],
         "medium", "positive/ats-education",
         "HTML-only ApplyToEducation-style booking confirmation; two-person panel (so kind onsite) named without "
         "addresses; follow-up to the HR assistant (Reply-To and text). 3:15-4:00 PM Atlantic after DST end (AST).")


# ============================================================================================ 12
def c12():
    """Negative: CBC radio 'interview' about the owner's food-bank volunteer work."""
    mir = ("Mireille Gaudet", "mireille.gaudet@cbc.example")
    d1 = at(2026, 11, 16, 15, 22, HFX, "Monday", sec=36)
    s = at(2026, 11, 25, 7, 40, HFX, "Wednesday")
    e = s + timedelta(minutes=10)
    t1 = """Hi Siobhan,

I'm a producer with Harbour Morning on CBC Radio One in Halifax. Kendra at the North End Community Food Bank told us about the inventory and delivery-routing system you built for them as a volunteer - apparently they've cut spoilage by a third heading into the holiday rush. We'd love to interview you about it on the show.

Would Wednesday, November 25 work? We'd have you live in studio at about 7:40 a.m. for a 7-8 minute conversation with our host. Please plan to arrive by 7:20 at the Sackville Street entrance and ask for me at the desk.

I'll send a calendar hold. Give me a call if it's easier to chat it through.

Thanks so much,
Mireille

Mireille Gaudet
Associate Producer, Harbour Morning | CBC Radio One
902-555-0153"""
    m1 = outlook_id("c12-1", mir[1])
    f1 = human_mail(frm=addr(*mir), to=addr(*OWNER), subject="Interview request - Harbour Morning (CBC Radio)",
                    date=d1, msgid=m1, text=t1, client="outlook",
                    received=[rcv("YQBPR0101CU012.outbound.protection.outlook.com", "52.101.191.60", d1)], return_path=mir[1])
    d2 = at(2026, 11, 17, 9, 5, HFX, "Tuesday", sec=13)
    f2, _ = outlook_invite(date=d2, organizer=mir, attendees=[(USER_NAME, USER)],
                           subject="Harbour Morning interview - Siobhan MacLeod (North End Community Food Bank)",
                           start=s, end=e, wintz="Atlantic Standard Time",
                           body="Live in-studio interview, Harbour Morning. Arrive 7:20 a.m. at the Sackville St. entrance.\n\nMireille",
                           location="CBC Radio, Studio B", uid_seed="c12", seq=0, msgid_seed="c12-2", teams=False,
                           received=[rcv("YQBPR0101CU012.outbound.protection.outlook.com", "52.101.191.61", d2)])
    case("b254-12-cbc-radio-interview",
         [("01-harbour-morning-interview-request.eml", f1), ("02-harbour-morning-interview-invite.eml", f2)], [],
         "hard", "negative/press-interview",
         "Radio producer's 'interview request' plus an Exchange invite titled 'interview'; press interview about "
         "volunteer work, not a hiring process.")


# ============================================================================================ 13
def c13():
    """Toronto distributor: 'next Tuesday at 10:30 Eastern' across DST end; Teams invite EST."""
    ash = ("Ashleigh Chen", "ashleigh.chen@lakeshore-distribution.example")
    marcus = ("Marcus Oyelaran", "marcus.oyelaran@lakeshore-distribution.example")
    role = "Senior Supply Chain Analyst (Remote - Atlantic Canada)"
    d1 = at(2026, 10, 29, 16, 45, TOR, "Thursday", sec=30)
    s = at(2026, 11, 3, 10, 30, TOR, "Tuesday")
    e = s + timedelta(minutes=45)
    assert s.tzname() == "EST" and s.astimezone(HFX).strftime("%H:%M") == "11:30"
    t1 = f"""Hi Siobhan,

Good news - Marcus Oyelaran, our Director of Supply Chain Planning, would like to meet you for the {role} role. It would be a 45-minute conversation on Teams.

Would next Tuesday at 10:30 a.m. Eastern work for you? I know you're in Halifax, so that would be 11:30 your time. If Tuesday is tough, Marcus also has Thursday at 2:00 p.m. Eastern.

Best,
Ashleigh

Ashleigh Chen
Talent Acquisition Specialist
Lakeshore Distribution Inc. | 55 Queens Quay E, Toronto, ON
416-555-0182"""
    m1 = outlook_id("c13-1", ash[1])
    f1 = human_mail(frm=addr(*ash), to=addr(*OWNER), subject="Interview with Marcus Oyelaran", date=d1, msgid=m1,
                    text=t1, client="outlook",
                    received=[rcv("YT3PR01CU013.outbound.protection.outlook.com", "52.101.189.131", d1)], return_path=ash[1])
    d2 = at(2026, 10, 30, 9, 2, TOR, "Friday", sec=4)
    body = f"""Hi Siobhan,

Thanks for confirming Tuesday. Marcus will lead the conversation; I won't be joining. Note the time below is Eastern - 11:30 a.m. for you in Halifax.

Ashleigh"""
    f2, _ = outlook_invite(date=d2, organizer=ash, attendees=[(USER_NAME, USER), marcus],
                           subject="Siobhan MacLeod / Marcus Oyelaran - Senior Supply Chain Analyst",
                           start=s, end=e, wintz="Eastern Standard Time", body=body, location="Microsoft Teams Meeting",
                           uid_seed="c13", seq=0, msgid_seed="c13-2",
                           received=[rcv("YT3PR01CU013.outbound.protection.outlook.com", "52.101.189.132", d2)])
    case("b254-13-toronto-teams-next-tuesday",
         [("01-ashleigh-interview-with-marcus.eml", f1), ("02-teams-invite-marcus.eml", f2)],
         [interview("Lakeshore Distribution", role, s, e, "scheduled", [marcus[1]], [marcus[1]], "hiring_manager")],
         "hard", "positive/relative-date-dst",
         "Toronto recruiter on Thu 29 Oct (EDT) proposes 'next Tuesday at 10:30 a.m. Eastern' (= Tue 3 Nov, after the "
         "DST change, so -05:00; Thursday alternative not taken); Teams invite with 'Eastern Standard Time' TZID "
         "confirms. Recruiter won't join; the director is the interviewer.")


# ============================================================================================ 14
def c14():
    """Calendar API events: the real technical interview plus the owner's own prep block."""
    jol = ("Jolene Tremblay", "jolene.tremblay@bedfordbasin-shipping.example")
    raj = ("Rajinder Gill", "rajinder.gill@bedfordbasin-shipping.example")
    s = at(2026, 11, 26, 13, 0, HFX, "Thursday")
    e = at(2026, 11, 26, 14, 30, HFX)
    c = hid("meet14", n=10, alphabet=LOW)
    code = f"{c[:3]}-{c[3:7]}-{c[7:]}"
    eid1 = hid("ev14", n=26, alphabet="0123456789abcdefghijklmnopqrstuv")
    ev1 = {
        "kind": "calendar#event", "etag": '"3572215044912000"', "id": eid1, "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid1} {USER}".encode()).decode().rstrip("="),
        "created": "2026-11-19T17:44:12.000Z", "updated": "2026-11-19T18:02:24.456Z",
        "summary": "Technical interview - Supply Chain Analyst (Siobhan MacLeod)",
        "description": ("Technical interview for the Supply Chain Analyst role at Bedford Basin Shipping Agency.\n\n"
                        "Rajinder Gill (Analytics Lead) will run a 90-minute live exercise in Excel and SQL using a sample "
                        "of our vessel-call and container-dwell data. Jolene will email the workbook 15 minutes before "
                        "the start and drop off the call once you're set up."),
        "location": "", "creator": {"email": jol[1], "displayName": jol[0]},
        "organizer": {"email": jol[1], "displayName": jol[0]},
        "start": {"dateTime": iso(s), "timeZone": "America/Halifax"},
        "end": {"dateTime": iso(e), "timeZone": "America/Halifax"},
        "iCalUID": f"{eid1}@google.com", "sequence": 0,
        "attendees": [
            {"email": jol[1], "displayName": jol[0], "organizer": True, "responseStatus": "accepted"},
            {"email": raj[1], "displayName": raj[0], "responseStatus": "accepted"},
            {"email": USER, "displayName": USER_NAME, "self": True, "responseStatus": "accepted"}],
        "hangoutLink": f"https://meet.google.com/{code}",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{code}", "label": f"meet.google.com/{code}"},
                            {"entryPointType": "phone", "uri": "tel:+1-902-555-0173", "label": "+1 902-555-0173",
                             "pin": hid("pin14", n=9, alphabet="0123456789"), "regionCode": "CA"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": code},
        "reminders": {"useDefault": True}, "eventType": "default"}
    ps = at(2026, 11, 26, 11, 30, HFX)
    pe = at(2026, 11, 26, 12, 30, HFX)
    eid2 = hid("ev14b", n=26, alphabet="0123456789abcdefghijklmnopqrstuv")
    ev2 = {
        "kind": "calendar#event", "etag": '"3572390118334000"', "id": eid2, "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid2} {USER}".encode()).decode().rstrip("="),
        "created": "2026-11-20T14:07:59.000Z", "updated": "2026-11-20T14:07:59.167Z",
        "summary": "Prep: Bedford Basin technical interview (SQL joins, dwell-time KPIs)",
        "description": "Re-read the job posting. Practice window functions. Have the laptop charged + Excel open by 12:45.",
        "colorId": "5", "creator": {"email": USER, "self": True}, "organizer": {"email": USER, "self": True},
        "start": {"dateTime": iso(ps), "timeZone": "America/Halifax"},
        "end": {"dateTime": iso(pe), "timeZone": "America/Halifax"},
        "iCalUID": f"{eid2}@google.com", "sequence": 0, "reminders": {"useDefault": True}, "eventType": "default"}
    f1 = json.dumps(ev1, indent=2, ensure_ascii=False) + "\n"
    f2 = json.dumps(ev2, indent=2, ensure_ascii=False) + "\n"
    case("b254-14-gcal-json-technical-and-prep-block",
         [("01-bedford-basin-technical.gcal.json", f1), ("02-prep-block.gcal.json", f2)],
         [interview("Bedford Basin Shipping Agency", "Supply Chain Analyst", s, e, "scheduled", [raj[1]], [raj[1]], "technical")],
         "hard", "positive/calendar-api",
         "Two Calendar API events: the technical interview (organizer = coordinator, interviewer = analytics lead) and "
         "the owner's own prep block that morning, which is not an interview and must not be a second entry.")


# ============================================================================================ 15
def c15():
    """Negative: the owner interviews co-op students for the food bank where she volunteers."""
    coop = ("Co-operative Education - Northumberland University", "coop.employers@northumberland-u.example")
    d1 = at(2026, 11, 10, 11, 48, HFX, "Tuesday", sec=2)
    day = at(2026, 11, 16, 13, 0, HFX, "Monday")
    slots = [(day, "Emeka Obi", "Bachelor of Commerce, 3rd year"),
             (day + timedelta(minutes=40), "Chlo\u00e9 Arsenault", "Bachelor of Management, 2nd year"),
             (day + timedelta(minutes=80), "Tomasz Nowak", "Bachelor of Engineering (Industrial), 3rd year")]
    at(2026, 11, 19, 12, 0, HFX, "Thursday")   # rankings deadline named in the text
    rows = "\n".join(f"  {h12(t)} - {h12(t + timedelta(minutes=30))}   {n} ({p})" for t, n, p in slots)
    text = f"""Dear Siobhan,

Thank you for recruiting with Northumberland University Co-operative Education. Your interview schedule is confirmed.

Employer: North End Community Food Bank
Job ID: 48213 - Logistics Coordinator (Co-op, Winter 2027)
Interviewer(s): Siobhan MacLeod
Date: {long_date(day)} (all times Atlantic)
Format: Virtual - employer to send the video link to each student

{rows}

Student application packages (resume, transcript, cover letter) are available in the Employer Portal under Job ID 48213 > Interviews. Please submit your rankings by Thursday, November 19 at noon.

If you have questions, contact your co-op coordinator, Harpreet Sandhu (harpreet.sandhu@northumberland-u.example, 902-555-0109).

Co-operative Education Office
Northumberland University
"""
    cal_lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Orbis Communications//Outcome Interviews//EN", "METHOD:PUBLISH",
                 *iana_vtimezone("America/Halifax", "AST", "ADT", "-0400", "-0300")]
    for i, (t, n, p) in enumerate(slots):
        cal_lines += ["BEGIN:VEVENT", f"UID:coop-48213-{i + 1}-{hid('coop', i, n=8)}@northumberland-u.example",
                      f"DTSTAMP:{zutc(d1)}", f"DTSTART;TZID=America/Halifax:{floc(t)}",
                      f"DTEND;TZID=America/Halifax:{floc(t + timedelta(minutes=30))}",
                      f"SUMMARY:Co-op interview: {n} - Logistics Coordinator (Job 48213)",
                      f"DESCRIPTION:{esc(f'Candidate: {n} ({p}). Interviewer: Siobhan MacLeod.')}",
                      f"ORGANIZER;CN={coop[0]}:mailto:{coop[1]}",
                      f"ATTENDEE;ROLE=CHAIR;PARTSTAT=ACCEPTED;CN={USER_NAME}:mailto:{USER}",
                      "STATUS:CONFIRMED", "END:VEVENT"]
    cal_lines.append("END:VCALENDAR")
    cal = ics(cal_lines)
    b = "----=_Part_" + hid("coopb", n=7, alphabet="0123456789") + "_" + hid("coopb2", n=10, alphabet="0123456789") + ".1794325680113"
    b2 = "----=_Part_" + hid("coopb3", n=7, alphabet="0123456789") + "_" + hid("coopb4", n=10, alphabet="0123456789") + ".1794325680113"
    entity = multi("mixed", b, [
        multi("alternative", b2, [leaf("text/plain; charset=UTF-8", text, "quoted-printable"),
                                  leaf("text/html; charset=UTF-8", to_html(text, "plainhtml"), "quoted-printable")]),
        leaf_bytes_b64('text/calendar; charset=UTF-8; name="interviews-48213.ics"', cal.encode(),
                       ['Content-Disposition: attachment; filename="interviews-48213.ics"'])])
    h = std_headers(frm=addr(*coop), to=addr(*OWNER), subject="Interview schedule confirmed - Job 48213 Logistics Coordinator (Co-op)",
                    date=d1, msgid=f"<{hid('coopm', n=12, alphabet='0123456789')}.{hid('coopm2', n=6, alphabet='0123456789')}.1794325680113@outcome.northumberland-u.example>",
                    received=[rcv("outcome.northumberland-u.example", "198.51.100.131", d1)],
                    return_path=coop[1])
    f1 = mail(h, entity)
    case("b254-15-owner-interviews-coop-students", [("01-coop-interview-schedule.eml", f1)], [],
         "hard", "negative/user-is-interviewer",
         "University co-op office confirms the owner's schedule for interviewing three students for the food bank "
         "where she volunteers (.ics with the owner as CHAIR). The owner is the interviewer, not the candidate.")


# ============================================================================================ 16
def c16():
    """Final step 'coffee' with the COO at a cafe; 'this Friday at 8:30', no duration."""
    far = ("Farouk Haddad", "farouk.haddad@easternpassage-seafoods.example")
    role = "Supply Planning Analyst"
    d1 = at(2026, 11, 24, 17, 10, HFX, "Tuesday", sec=44)
    s = at(2026, 11, 27, 8, 30, HFX, "Friday")
    assert (s.date() - d1.date()).days == 3
    t1 = f"""Hi Siobhan,

Rhonda tells me the panel really enjoyed meeting you. Before we make a decision on the {role} role, I like to sit down with each finalist myself - nothing formal, just a coffee and a conversation about how you'd approach the job and the plant schedules. It's the last step in our process.

Would this Friday at 8:30 work? The Tidewater Cafe on Lower Water Street is easy for both of us.

Farouk

Farouk Haddad
Chief Operating Officer
Eastern Passage Seafoods Ltd.
902-555-0168"""
    m1 = apple_id("c16-1", "easternpassage-seafoods.example")
    f1 = human_mail(frm=addr(*far), to=addr(*OWNER), subject="Coffee Friday?", date=d1, msgid=m1, text=t1,
                    client="apple", received=[rcv("mail.easternpassage-seafoods.example", "198.51.100.16", d1)],
                    return_path=far[1])
    d_owner = at(2026, 11, 24, 21, 3, HFX, "Tuesday")
    m_owner = apple_id("c16-owner", "example.com")
    d2 = at(2026, 11, 25, 7, 58, HFX, "Wednesday", sec=20)
    owner_txt = f"""Hi Farouk,

Friday at 8:30 at the Tidewater sounds great. Thanks for making the time.

Siobhan"""
    t2 = f"""Friday 8:30 it is. I'll grab a table at the back - grey beard, Eastern Passage Seafoods jacket.

F.

Sent from my iPhone

> On Nov 24, 2026, at 9:03\u202fPM, Siobhan MacLeod <{USER}> wrote:
>
{quote(owner_txt)}
"""
    f2 = human_mail(frm=addr(*far), to=addr(*OWNER), subject="Re: Coffee Friday?", date=d2,
                    msgid=apple_id("c16-2", "easternpassage-seafoods.example"), text=t2, client="apple",
                    in_reply_to=m_owner, references=f"{m1}\n {m_owner}",
                    received=[rcv("mail.easternpassage-seafoods.example", "198.51.100.16", d2)], return_path=far[1])
    case("b254-16-coffee-with-coo-final-step",
         [("01-farouk-coffee-friday.eml", f1), ("02-farouk-re-coffee-friday.eml", f2)],
         [interview("Eastern Passage Seafoods", role, s, None, "scheduled", [far[1]], [far[1]], "hiring_manager")],
         "hard", "positive/coffee-chat-step",
         "COO invites a finalist to coffee, explicitly 'the last step in our process'. 'This Friday at 8:30' from a "
         "Tuesday 24 Nov mail = Fri 27 Nov 08:30 AST; no duration given so end is null. The earlier panel is "
         "mentioned without any date, so it is not labelled.")


# ============================================================================================ 17
def c17():
    """Negative: ferry reservation North Sydney -> Argentia (AST departure, NST arrival) with .ics."""
    d1 = at(2026, 11, 9, 19, 26, HFX, "Monday", sec=33)
    dep = at(2026, 12, 18, 17, 0, HFX, "Friday")
    arr = at(2026, 12, 19, 10, 30, NL, "Saturday")
    chk = dep - timedelta(hours=2)
    ref = "GCF-7Q4T2X"
    text = f"""Gulf Crossing Ferries - Reservation Confirmation

Hello Siobhan MacLeod,

Thank you for booking with Gulf Crossing Ferries. Your reservation is confirmed.

Booking reference: {ref}
Route: North Sydney, NS -> Argentia, NL
Departure: {long_date(dep)}, {dep:%H:%M} AST (Atlantic Standard Time)
Arrival: {long_date(arr)}, {arr:%H:%M} NST (Newfoundland Standard Time)
Check-in closes: {chk:%H:%M} AST (2 hours before departure)

Passengers: 1 adult (Siobhan MacLeod)
Vehicle: Passenger vehicle under 6.5 m (NS plate ending 4HT)
Accommodation: 2-berth inside cabin, Deck 7

Total charged: $512.46 CAD (Visa ending 0631)

All passengers must present valid photo ID at the check-in booth. Sailing times may change because of weather; we will notify you by email and text.

Manage your booking: https://www.gulfcrossing.example/manage?ref={ref}

Gulf Crossing Ferries
This is an automated message - please do not reply.
"""
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Gulf Crossing Ferries//Booking//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", f"UID:{ref}-OUT@gulfcrossing.example", f"DTSTAMP:{zutc(d1)}",
               f"DTSTART:{zutc(dep)}", f"DTEND:{zutc(arr)}",
               "SUMMARY:Ferry North Sydney -> Argentia (" + ref + ")",
               f"DESCRIPTION:{esc('Check-in closes ' + chk.strftime('%H:%M') + ' AST. Booking ' + ref + '. Cabin 2-berth inside, Deck 7.')}",
               "LOCATION:North Sydney Ferry Terminal\\, 355 Purves St\\, North Sydney NS",
               "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"])
    b = "b1_" + hid("ferry", n=32)
    entity = multi("mixed", b, [leaf('text/plain; charset="us-ascii"', text, "7bit"),
                                leaf_bytes_b64('text/calendar; name="sailing-' + ref + '.ics"', cal.encode(),
                                               [f'Content-Disposition: attachment; filename="sailing-{ref}.ics"'])])
    h = std_headers(frm=addr("Gulf Crossing Ferries", "reservations-noreply@gulfcrossing.example"), to=USER,
                    subject=f"Your reservation is confirmed - {ref} - North Sydney to Argentia", date=d1,
                    msgid=f"<{hid('ferrym', n=24)}@mailer.gulfcrossing.example>",
                    received=[rcv("mailer.gulfcrossing.example", "198.51.100.58", d1)],
                    return_path="bounces@mailer.gulfcrossing.example")
    f1 = mail(h, entity)
    case("b254-17-ferry-reservation", [("01-ferry-reservation-confirmed.eml", f1)], [],
         "medium", "negative/travel-booking",
         "Ferry booking confirmation with an .ics (departure AST, arrival NST). Travel, not an interview.")


# ============================================================================================ 18
def c18():
    """Agency recruiter forwards the client's interview mail; client then sends the Teams invite."""
    mor = ("Morgan Fitzgerald", "morgan.fitzgerald@atlantictalent.example")
    lor = ("Lorraine Pettipas", "lorraine.pettipas@harbourside-marine.example")
    role = "Demand Planner"
    d0 = at(2026, 11, 18, 10, 12, HFX, "Wednesday")
    d1 = at(2026, 11, 18, 10, 31, HFX, "Wednesday", sec=17)
    s = at(2026, 11, 24, 9, 0, HFX, "Tuesday")
    e = s + timedelta(minutes=45)
    fwd = f"""Hi Morgan,

Thanks for sending Siobhan's profile over - we'd like to interview her for the {role} role. Could you see if Tuesday, Nov 24 at 9:00 AST works? It would be 45 minutes on Teams, just with me. If she's good with it I'll send her the invite directly - please pass along her email.

Thanks,
Lorraine

Lorraine Pettipas
Operations Manager
Harbourside Marine Provisioning Ltd.
Pier 9, 3260 Barrington St, Halifax NS
902-555-0126"""
    t1 = f"""Hi Siobhan,

Great news - Harbourside want to meet you! See Lorraine's note below. I've already told her Tuesday at 9 works for you (per our chat this morning) and gave her your email, so the Teams invite will come straight from her.

Give me a shout after and let me know how it went.

Morgan

Morgan Fitzgerald
Senior Recruiter, Supply Chain & Logistics
Atlantic Talent Partners
902-555-0138 | {mor[1]}

---------- Forwarded message ---------
From: {lor[0]} <{lor[1]}>
Date: Wed, Nov 18, 2026 at {h12(d0)}
Subject: Interview - {role} - S. MacLeod
To: {mor[0]} <{mor[1]}>


{fwd}
"""
    f1 = human_mail(frm=addr(*mor), to=addr(*OWNER), subject=f"Fwd: Interview - {role} - S. MacLeod", date=d1,
                    msgid=gmail_id("c18-1"), text=t1, client="gmail",
                    received=[rcv("mail-yw1-f182.google.com", "209.85.128.182", d1)], return_path=mor[1])
    d2 = at(2026, 11, 18, 11, 6, HFX, "Wednesday", sec=49)
    f2, _ = outlook_invite(date=d2, organizer=lor, attendees=[(USER_NAME, USER)],
                           subject=f"Interview - {role} - Siobhan MacLeod", start=s, end=e,
                           wintz="Atlantic Standard Time",
                           body="Hi Siobhan, looking forward to chatting on Tuesday. Morgan passed along your details.\n\nLorraine Pettipas\nOperations Manager, Harbourside Marine Provisioning",
                           location="Microsoft Teams Meeting", uid_seed="c18", seq=0, msgid_seed="c18-2",
                           received=[rcv("YT3PR01CU018.outbound.protection.outlook.com", "52.101.189.181", d2)])
    case("b254-18-agency-forwarded-then-invite",
         [("01-morgan-fwd-interview.eml", f1), ("02-teams-invite-harbourside.eml", f2)],
         [interview("Harbourside Marine Provisioning", role, s, e, "scheduled", [lor[1]], [lor[1]], "hiring_manager")],
         "hard", "positive/agency-forward",
         "Agency recruiter forwards the client's e-mail (forwarded-block Date 10:12 is not the interview time); the "
         "client manager then sends a Teams invite. One interview; the agency recruiter is neither interviewer nor "
         "follow-up recipient because the interviewer's address is known.")


# ============================================================================================ 19
def c19():
    """Standalone .ics (UTC times) for a technical interview at an intermodal rail terminal."""
    dw = ("Dwayne Mosher", "dwayne.mosher@fairviewcove-intermodal.example")
    org = ("Fairview Cove Intermodal - Careers", "careers@fairviewcove-intermodal.example")
    stamp = at(2026, 10, 23, 15, 12, HFX, "Friday")
    s = at(2026, 10, 30, 14, 0, HFX, "Friday")
    e = s + timedelta(hours=1)
    assert s.tzname() == "ADT" and zutc(s) == "20261030T170000Z"
    z = hid("zoom19", n=11, alphabet="0123456789")
    desc = (f"Technical interview - Inventory & Replenishment Analyst\n"
            f"Interviewer: Dwayne Mosher, Rail Operations Planning Lead\n"
            f"When: {long_date(s)}, {h12(s)} - {h12(e)} ADT\n"
            "You'll be asked to walk through a reorder-point and safety-stock exercise in Excel; please have it open.\n\n"
            f"Join Zoom Meeting\nhttps://zoom.us/j/{z}\nMeeting ID: {z[:3]} {z[3:7]} {z[7:]}\n\n"
            "Questions: reply to careers@fairviewcove-intermodal.example")
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Zoho Corporation//Zoho Recruit//EN", "VERSION:2.0", "METHOD:REQUEST",
               "BEGIN:VEVENT", f"UID:{hid('zr19', n=18, alphabet='0123456789')}@recruit.zoho.com", f"DTSTAMP:{zutc(stamp)}",
               f"DTSTART:{zutc(s)}", f"DTEND:{zutc(e)}",
               "SUMMARY:Technical Interview - Inventory & Replenishment Analyst - Siobhan MacLeod",
               f"DESCRIPTION:{esc(desc)}", f"LOCATION:https://zoom.us/j/{z}",
               f"ORGANIZER;CN={org[0]}:mailto:{org[1]}",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={dw[0]}:mailto:{dw[1]}",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={USER_NAME}:mailto:{USER}",
               "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE",
               "BEGIN:VALARM", "TRIGGER:-PT15M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
               "END:VEVENT", "END:VCALENDAR"])
    case("b254-19-standalone-ics-utc", [("01-technical-interview-fairview-cove.ics", cal)],
         [interview("Fairview Cove Intermodal", "Inventory & Replenishment Analyst", s, e, "scheduled", [dw[1]], [dw[1]], "technical")],
         "medium", "positive/standalone-ics",
         "Standalone Zoho Recruit-style .ics with UTC DTSTART (17:00Z) = 2:00 PM ADT on Fri 30 Oct, the last business "
         "day before the DST change. Organizer is a careers group address; the interviewer is an attendee.")


# ============================================================================================ 20
def c20():
    """Negative: Workday self-scheduling request, no slot booked yet."""
    d1 = at(2026, 11, 9, 9, 0, HFX, "Monday", sec=12)
    dl = at(2026, 11, 13, 17, 0, HFX, "Friday")
    slots = [at(2026, 11, 17, 10, 0, HFX, "Tuesday"), at(2026, 11, 17, 14, 0, HFX, "Tuesday"),
             at(2026, 11, 18, 9, 30, HFX, "Wednesday"), at(2026, 11, 19, 13, 0, HFX, "Thursday")]
    role = "Vendor Risk Analyst"
    lst = "\n".join(f"  - {t:%A}, {t:%B} {t.day}, {h12(t)} AST" for t in slots)
    text = f"""Hi Siobhan,

Congratulations! You've been selected to move forward in the hiring process for {role} (R-20533) at Maritime Trust Bank.

Action required: please schedule your video interview with Colleen Fraser (30 minutes). Select one of the available times below by {dl:%A}, {dl:%B} {dl.day} at {h12(dl)} AST:

{lst}

Select a time: https://wd3.myworkdaysite.com/recruiting/maritimetrust/MTB_Careers/task/interview-scheduling/R-20533

Times are first come, first served. Once you've made a selection you'll receive a confirmation with the meeting details.

Talent Acquisition
Maritime Trust Bank

This message was sent from an unmonitored mailbox. Please do not reply to this email.
"""
    b = "----=_Part_" + hid("wd20", n=8, alphabet="0123456789") + "_" + hid("wd20b", n=9, alphabet="0123456789") + ".1794232812004"
    entity = multi("alternative", b, [leaf("text/plain; charset=UTF-8", text, "quoted-printable"),
                                      leaf("text/html; charset=UTF-8", to_html(text, "plainhtml"), "quoted-printable")])
    h = std_headers(frm=addr("Maritime Trust Bank", "maritimetrust@myworkday.com"), to=USER,
                    subject=f"Action Required: Schedule Your Interview - {role} (R-20533)", date=d1,
                    msgid=f"<{hid('wd20m', n=10, alphabet='0123456789')}.{hid('wd20m2', n=7, alphabet='0123456789')}.1794232812004@wd3-prd-esmtp-02.myworkday.com>",
                    received=[rcv("mail-out-02.myworkday.com", "199.191.55.22", d1)],
                    return_path="bounce-mtb@myworkday.com", extra=[("Auto-Submitted", "auto-generated")])
    f1 = mail(h, entity)
    case("b254-20-workday-self-schedule-unbooked", [("01-workday-schedule-your-interview.eml", f1)], [],
         "hard", "negative/availability-request",
         "Workday self-scheduling request listing four open slots and a deadline; nothing booked in the case.")


# ============================================================================================ 21
def c21():
    """Negative: bilingual Dayforce rejection that names the past interview date and time."""
    d1 = at(2026, 11, 20, 10, 2, MCT, "Friday", sec=26)
    past = at(2026, 11, 12, 14, 0, MCT, "Thursday")
    text = f"""English follows

Bonjour Siobhan,

Merci d'avoir pris le temps de nous rencontrer en entrevue le jeudi 12 novembre \u00e0 14 h pour le poste d'analyste de la cha\u00eene d'approvisionnement (affichage n\u00ba 2026-0917).

Apr\u00e8s m\u00fbre r\u00e9flexion, nous avons retenu une autre candidature dont le profil correspond davantage \u00e0 nos besoins actuels. Nous conserverons votre dossier pour de futures occasions.

Nous vous souhaitons bon succ\u00e8s dans vos recherches.

-----

Hello Siobhan,

Thank you for taking the time to meet with us for an interview on Thursday, November 12 at {h12(past)} for the Supply Chain Analyst position (posting no. 2026-0917).

After careful consideration, we have selected another candidate whose experience more closely matches our current needs. We will keep your application on file for future opportunities.

We wish you every success in your search.

Ressources humaines | Human Resources
Petitcodiac Logistique inc. | Petitcodiac Logistics Inc.

Ce courriel a \u00e9t\u00e9 envoy\u00e9 par Dayforce. | This email was sent by Dayforce.
"""
    b = "--_=_swift_" + hid("df21", n=10, alphabet="0123456789") + "_" + hid("df21b", n=32)
    entity = multi("alternative", b, [leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
                                      leaf('text/html; charset="utf-8"', to_html(text, "plainhtml"), "base64")])
    h = std_headers(frm=addr("Petitcodiac Logistique | Petitcodiac Logistics", "noreply@dayforcehcm.com"), to=USER,
                    subject="Votre candidature | Your application - Analyste de la cha\u00eene d'approvisionnement / Supply Chain Analyst",
                    date=d1, msgid=f"<{hid('df21m', n=32)}@swift.generated>",
                    received=[rcv("o7.email.dayforcehcm.com", "149.72.134.61", d1)],
                    return_path="bounces+2291847-8c1f@email.dayforcehcm.com",
                    extra=[("X-Mailer", "Dayforce Notification Service"), ("Auto-Submitted", "auto-generated")])
    f1 = mail(h, entity)
    case("b254-21-dayforce-rejection-bilingual", [("01-dayforce-votre-candidature.eml", f1)], [],
         "medium", "negative/rejection",
         "Bilingual Dayforce rejection that repeats the past interview's date and time ('jeudi 12 novembre a 14 h').")


# ============================================================================================ 22
def c22():
    """Negative: one-way (on-demand) video interview with a deadline and an all-day reminder .ics."""
    d1 = at(2026, 11, 4, 13, 17, TOR, "Wednesday", sec=40)
    dl = at(2026, 11, 8, 23, 59, TOR, "Sunday")
    role = "Supply Chain Analyst, Import Operations"
    text = f"""Hi Siobhan,

Queensway Freight Forwarding has invited you to complete an On Demand video interview for the {role} position.

This is a one-way interview: you'll record answers to 5 questions on your own time. There is no live interviewer. You'll have 30 seconds to prepare and up to 3 minutes to answer each question, and one practice question before you begin.

Please complete your interview by {dl:%A}, {dl:%B} {dl.day}, {dl.year} at 11:59 PM ET.

Start your interview: https://app.hirevue.com/interviews/{hid('hv', n=24, alphabet=MIXED)}

Tips: use Chrome or the HireVue app, find a quiet, well-lit space, and check your camera and microphone first.

Good luck!
Queensway Freight Forwarding Talent Team
"""
    day = dl.date()
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//HireVue//Candidate Reminder//EN", "METHOD:PUBLISH",
               "BEGIN:VEVENT", f"UID:hv-{hid('hvu', n=20)}@hirevue.com", f"DTSTAMP:{zutc(d1)}",
               f"DTSTART;VALUE=DATE:{day:%Y%m%d}", f"DTEND;VALUE=DATE:{(day + timedelta(days=1)):%Y%m%d}",
               "SUMMARY:Deadline: Queensway Freight Forwarding video interview",
               "DESCRIPTION:Complete your On Demand interview by 11:59 PM ET.", "TRANSP:TRANSPARENT",
               "END:VEVENT", "END:VCALENDAR"])
    b = "_----------=_" + hid("hvb", n=20, alphabet="0123456789")
    b2 = "_----------=_" + hid("hvb2", n=20, alphabet="0123456789")
    entity = multi("mixed", b, [
        multi("alternative", b2, [leaf("text/plain; charset=UTF-8", text, "quoted-printable"),
                                  leaf("text/html; charset=UTF-8", to_html(text, "plainhtml"), "quoted-printable")]),
        leaf_bytes_b64('text/calendar; charset=UTF-8; name="reminder.ics"', cal.encode(),
                       ['Content-Disposition: attachment; filename="reminder.ics"'])])
    h = std_headers(frm=addr("Queensway Freight Forwarding", "noreply@hirevue.com"), to=USER,
                    subject="Queensway Freight Forwarding - Complete your On Demand Interview", date=d1,
                    msgid=f"<{hid('hvm', n=40)}@email.hirevue.com>",
                    received=[rcv("o1.email.hirevue.com", "167.89.12.40", d1)],
                    return_path="bounces+8812-d3a1@email.hirevue.com")
    f1 = mail(h, entity)
    case("b254-22-one-way-video-assessment", [("01-hirevue-on-demand-interview.eml", f1)], [],
         "medium", "negative/one-way-video",
         "One-way recorded video 'interview' with a Sunday 23:59 ET deadline and an all-day reminder .ics; no live "
         "conversation, so not an interview.")


# ----------------------------------------------------------------------------------------------
def main():
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16,
               c17, c18, c19, c20, c21, c22):
        fn()
    for name in sorted(os.listdir(HERE)):
        if name.startswith("b254-") and os.path.isdir(os.path.join(HERE, name)):
            shutil.rmtree(os.path.join(HERE, name))
    labels = {}
    for i, (cid, files, label) in enumerate(CASES, 1):
        assert cid.startswith(f"b254-{i:02d}-"), cid
        os.makedirs(os.path.join(HERE, cid))
        names = [f for f, _ in files]
        assert names == sorted(names) and len(set(names)) == len(names)
        for fname, content in files:
            assert fname[:3] == f"{names.index(fname) + 1:02d}-"
            assert fname.endswith((".eml", ".ics", ".gcal.json"))
            with open(os.path.join(HERE, cid, fname), "wb") as fh:
                fh.write(content.encode("utf-8"))
        labels[cid] = label
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# Labels for blind254 (written blind). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(labels, fh, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    pos = sum(1 for _, _, l in CASES if l["interview"])
    ivs = [iv for _, _, l in CASES for iv in l["interviews"]]
    print(f"{len(CASES)} cases, {pos} positive, {len(CASES) - pos} negative, {len(ivs)} interviews "
          f"({sum(iv['status'] == 'scheduled' for iv in ivs)} scheduled, {sum(iv['status'] == 'cancelled' for iv in ivs)} cancelled)")


if __name__ == "__main__":
    main()
