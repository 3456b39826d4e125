#!/usr/bin/env python3
"""Generate the blind331 evaluation set (Ibadan/Lagos, Yoruba + English mailbox).

Deletes and rewrites every b331-* case folder, labels.yaml and README.md next to this script.
Standard library + PyYAML + zoneinfo only. Output is byte-identical on every run: all dates are
fixed, and Message-IDs, UIDs, MIME boundaries and links are derived from hashes of SEED.
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind331|ibadan-lagos|yoruba-english|2026"
OWNER = "folake.adeyemi@example.com"
OWNER_NAME = "Folake Adeyemi"
LAGOS = ZoneInfo("Africa/Lagos")
ACCRA = ZoneInfo("Africa/Accra")
TORONTO = ZoneInfo("America/Toronto")
UTC = timezone.utc

# ----------------------------------------------------------------------------- determinism helpers

def hx(*parts, n=16):
    s = "|".join([SEED] + [str(p) for p in parts])
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def b32(*parts, n=26):
    d = hashlib.sha256(("|".join([SEED] + [str(p) for p in parts])).encode()).digest()
    return base64.b32encode(d).decode().lower().rstrip("=")[:n]


def uuidish(*parts):
    x = hx(*parts, n=32)
    return f"{x[:8]}-{x[8:12]}-4{x[13:16]}-a{x[17:20]}-{x[20:32]}"


def meet_code(*parts):
    s = "".join(c for c in b32(*parts, n=40) if c.isalpha())
    return f"{s[:3]}-{s[3:7]}-{s[7:10]}"


# ----------------------------------------------------------------------------- date helpers (asserted)

WD = {"Mon": "Monday", "Tue": "Tuesday", "Wed": "Wednesday", "Thu": "Thursday", "Fri": "Friday",
      "Sat": "Saturday", "Sun": "Sunday"}
YO_WD = {"Mon": "Ọjọ́ Ajé", "Tue": "Ọjọ́ Ìṣẹ́gun", "Wed": "Ọjọ́rú", "Thu": "Ọjọ́bọ̀",
         "Fri": "Ọjọ́ Ẹtì", "Sat": "Ọjọ́ Àbámẹ́ta", "Sun": "Ọjọ́ Àìkú"}


def off_str(x):
    o = x.utcoffset()
    sign = "-" if o < timedelta(0) else "+"
    o = abs(o)
    return f"{sign}{o.seconds // 3600:02d}:{(o.seconds % 3600) // 60:02d}"


def T(y, mo, d, hh=0, mi=0, ss=0, tz=LAGOS, wd=None, off=None):
    """Aware datetime; asserts the weekday (Mon..Sun) and the UTC offset ('+01:00') when given."""
    x = datetime(y, mo, d, hh, mi, ss, tzinfo=tz)
    if wd is not None:
        assert x.strftime("%a") == wd, (x, wd)
    if off is not None:
        assert off_str(x) == off, (x, off, off_str(x))
    return x


def W(y, mo, d, wd):
    """Assert that a calendar date mentioned in some text falls on weekday wd."""
    assert datetime(y, mo, d).strftime("%a") == wd, (y, mo, d, wd)
    return True


def dst_checks():
    # Lagos: West Africa Time all year, no DST.
    for mo, d in ((3, 29), (10, 1), (10, 25), (11, 1), (11, 30)):
        assert T(2026, mo, d, 12).utcoffset() == timedelta(hours=1)
    # Accra: GMT all year, one hour behind Lagos.
    for mo, d in ((10, 1), (11, 30)):
        assert T(2026, mo, d, 12, tz=ACCRA).utcoffset() == timedelta(0)
    # Toronto (Canada/US rules): EDT until Sun 1 Nov 2026 02:00, then EST. Spring change Sun 8 Mar.
    assert W(2026, 3, 8, "Sun") and W(2026, 11, 1, "Sun")
    assert off_str(T(2026, 3, 7, 12, tz=TORONTO)) == "-05:00"
    assert off_str(T(2026, 3, 9, 12, tz=TORONTO)) == "-04:00"
    assert off_str(T(2026, 10, 31, 12, tz=TORONTO)) == "-04:00"
    assert off_str(T(2026, 11, 1, 0, 30, tz=TORONTO)) == "-04:00"
    assert off_str(T(2026, 11, 1, 3, 0, tz=TORONTO)) == "-05:00"
    assert off_str(T(2026, 11, 2, 12, tz=TORONTO)) == "-05:00"
    # US eastern matches Toronto.
    ny = ZoneInfo("America/New_York")
    assert off_str(T(2026, 11, 2, 12, tz=ny)) == "-05:00" and off_str(T(2026, 10, 30, 12, tz=ny)) == "-04:00"
    # EU/UK: Sun 29 Mar and Sun 25 Oct 2026 (not used by this mailbox, checked for completeness).
    assert W(2026, 3, 29, "Sun") and W(2026, 10, 25, "Sun")
    lon = ZoneInfo("Europe/London")
    assert off_str(T(2026, 10, 24, 12, tz=lon)) == "+01:00" and off_str(T(2026, 10, 26, 12, tz=lon)) == "+00:00"
    assert off_str(T(2026, 3, 28, 12, tz=lon)) == "+00:00" and off_str(T(2026, 3, 30, 12, tz=lon)) == "+01:00"
    # Lagos vs Toronto gap: 5 h before 1 Nov, 6 h after.
    a = T(2026, 10, 28, 9, 30, tz=TORONTO).astimezone(LAGOS)
    b = T(2026, 11, 3, 9, 30, tz=TORONTO).astimezone(LAGOS)
    assert (a.hour, a.minute) == (14, 30) and (b.hour, b.minute) == (15, 30)


def iso(x):
    return x.isoformat() if x is not None else None


def rfc_date(x):
    return format_datetime(x)


# ----------------------------------------------------------------------------- header helpers

def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def ew(s):
    """RFC 2047 base64 encoded-words, folded."""
    words, cur = [], ""
    for ch in s:
        if len((cur + ch).encode("utf-8")) > 42:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    words.append(cur)
    return "\n ".join("=?UTF-8?B?" + base64.b64encode(w.encode("utf-8")).decode() + "?=" for w in words)


def fold_ascii(name, value):
    line = f"{name}: "
    out = []
    for word in value.split(" "):
        if len(line) + len(word) > 76 and line.strip() and not line.endswith(": "):
            out.append(line.rstrip(" "))
            line = " "
        line += word + " "
    out.append(line.rstrip(" "))
    return "\n".join(out)


def H(name, value):
    if is_ascii(value):
        return fold_ascii(name, value)
    return f"{name}: {ew(value)}"


def addr(name, email):
    if not name:
        return email
    if is_ascii(name):
        if any(c in name for c in ',.()"@:;'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    return f"{ew(name)} <{email}>"


def addr_list(people):
    return ",\n ".join(addr(n, e) for n, e in people)


# ----------------------------------------------------------------------------- MIME helpers (LF line ends)

def leaf(ctype, text, enc, extra=()):
    data = text.encode("utf-8") if isinstance(text, str) else text
    if enc == "base64":
        body = base64.encodebytes(data).decode("ascii")
    elif enc == "quoted-printable":
        body = quopri.encodestring(data).decode("ascii")
    elif enc == "7bit":
        assert is_ascii(text)
        body = text
    else:
        body = data.decode("utf-8")
    hs = [f"Content-Type: {ctype}", f"Content-Transfer-Encoding: {enc}", *extra]
    return "\n".join(hs) + "\n\n" + body.rstrip("\n") + "\n"


def multi(subtype, parts, bnd):
    s = f'Content-Type: multipart/{subtype}; boundary="{bnd}"\n\n'
    for p in parts:
        s += f"--{bnd}\n{p}\n"
    s += f"--{bnd}--\n"
    return s


def html_from(text, style="font-family:Arial,Helvetica,sans-serif;font-size:14px"):
    paras = [p for p in text.strip("\n").split("\n\n")]
    body = "\n".join("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>" for p in paras)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
            f'<body><div dir="ltr" style="{style}">\n{body}\n</div></body></html>\n')


def quote(text):
    return "\n".join(("> " + l) if l else ">" for l in text.strip("\n").split("\n"))


def received(case, idx, sent, host):
    ip = int(hx(case, idx, "ip", n=2), 16) % 250 + 2
    rid = b32(case, idx, "rid", n=12)
    stamp = rfc_date(sent + timedelta(seconds=2))
    return (f"Received: from {host} ({host} [198.51.100.{ip}])\n"
            f"        by mx.example.com with ESMTPS id {rid}\n"
            f"        for <{OWNER}>; {stamp}")


def message(case, idx, *, sent, frm, to, subject, entity, cc=(), reply_to=None, mid, in_reply_to=None,
            refs=(), host="mail.example.net", sender=None, extra=()):
    hs = [f"Delivered-To: {OWNER}", received(case, idx, sent, host)]
    hs += [f"Return-Path: <{frm[1] if not sender else sender[1]}>"]
    hs += ["From: " + addr(*frm)]
    if sender:
        hs += ["Sender: " + addr(*sender)]
    if reply_to:
        hs += ["Reply-To: " + addr(*reply_to)]
    hs += ["To: " + addr_list(to)]
    if cc:
        hs += ["Cc: " + addr_list(cc)]
    hs += [H("Subject", subject), f"Date: {rfc_date(sent)}", f"Message-ID: {mid}"]
    if in_reply_to:
        hs += [f"In-Reply-To: {in_reply_to}"]
    if refs:
        hs += ["References: " + "\n ".join(refs)]
    hs += list(extra)
    hs += ["MIME-Version: 1.0"]
    return ("\n".join(hs) + "\n" + entity).encode("utf-8")


def bnd(case, idx, tag, style="google"):
    if style == "google":
        return "0000000000" + hx(case, idx, tag, n=16)
    if style == "outlook":
        return f"_000_{hx(case, idx, tag, n=12).upper()}OUTLOOKPROD_"
    if style == "apple":
        return f"Apple-Mail={uuidish(case, idx, tag).upper()}"
    return f"----=_Part_{int(hx(case, idx, tag, n=8), 16) % 900000}_{int(hx(case, idx, tag, 'b', n=8), 16)}"


def mid_gmail(case, idx):
    return f"<CA{hx(case, idx, 'g1', n=6).upper()}+{b32(case, idx, 'g2', n=22)}@mail.gmail.com>"


def mid_dom(case, idx, domain):
    return f"<{hx(case, idx, 'm', n=20)}.{hx(case, idx, 'n', n=8)}@{domain}>"


def mid_outlook(case, idx, org):
    return f"<{org}{hx(case, idx, 'o', n=24).upper()}@DB9PR02MB{int(hx(case, idx, 'p', n=4), 16) % 9000 + 1000}.eurprd02.prod.outlook.com>"


def text_email(case, idx, *, body, html_body=None, enc="quoted-printable", html_enc="quoted-printable",
               attachments=(), bstyle="google"):
    """Return a MIME entity (headers + body) for text, optional HTML alternative and attachments."""
    tp = leaf('text/plain; charset="UTF-8"', body, enc)
    if html_body is not None:
        core = multi("alternative", [tp, leaf('text/html; charset="UTF-8"', html_body, html_enc)],
                     bnd(case, idx, "alt", bstyle))
    else:
        core = tp
    if not attachments:
        return core
    parts = [core]
    for fname, ctype, data in attachments:
        parts.append(leaf(f'{ctype}; name="{fname}"', data, "base64",
                          [f'Content-Disposition: attachment; filename="{fname}"']))
    return multi("mixed", parts, bnd(case, idx, "mix", bstyle))


# ----------------------------------------------------------------------------- iCalendar helpers (CRLF)

def ics_fold(line):
    out, cur, size = [], "", 0
    limit = 75
    for ch in line:
        n = len(ch.encode("utf-8"))
        if size + n > limit:
            out.append(cur)
            cur, size, limit = " ", 1, 75
        cur += ch
        size += n
    out.append(cur)
    return "\r\n".join(out)


def ics_text(lines):
    return "".join(ics_fold(l) + "\r\n" for l in lines)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def zstamp(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local(x, zone):
    return x.astimezone(zone).strftime("%Y%m%dT%H%M%S")


VTZ_LAGOS = ["BEGIN:VTIMEZONE", "TZID:Africa/Lagos", "X-LIC-LOCATION:Africa/Lagos", "BEGIN:STANDARD",
             "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100", "TZNAME:WAT", "DTSTART:19700101T000000",
             "END:STANDARD", "END:VTIMEZONE"]
VTZ_TORONTO = ["BEGIN:VTIMEZONE", "TZID:America/Toronto", "X-LIC-LOCATION:America/Toronto",
               "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
               "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
               "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
               "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
               "END:VTIMEZONE"]
VTZ_WIN_WCA = ["BEGIN:VTIMEZONE", "TZID:W. Central Africa Standard Time", "BEGIN:STANDARD",
               "DTSTART:16010101T000000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100", "END:STANDARD",
               "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0100",
               "END:DAYLIGHT", "END:VTIMEZONE"]
VTZ_WIN_EST = ["BEGIN:VTIMEZONE", "TZID:Eastern Standard Time", "BEGIN:STANDARD",
               "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
               "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD", "BEGIN:DAYLIGHT",
               "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
               "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", google=False):
    cn = name or email
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={cn};"
                f"X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={cn}:mailto:{email}"


# ----------------------------------------------------------------------------- Google Calendar invitation

def gtime(x):
    h = x.hour % 12 or 12
    s = f"{h}" + (f":{x.minute:02d}" if x.minute else "")
    return s + ("am" if x.hour < 12 else "pm")


def google_invite(case, idx, *, sent, organizer, guests, summary, start, end, description, uid, seq=0,
                  updated=False, location="", meet=None, tzlabel="West Africa Standard Time - Lagos",
                  tzshort="WAT", zone=LAGOS, created=None):
    """Google Calendar invitation e-mail. organizer=(name,email); guests=[(name,email,partstat)]."""
    ls, le = start.astimezone(zone), end.astimezone(zone)
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    lines = []
    if updated:
        lines += ["This event has been updated", "Changed: time", ""]
    lines += [summary, f"{ls.strftime('%A %b')} {ls.day}, {ls.year} ⋅ {gtime(ls)} – {gtime(le)}", tzlabel, ""]
    if location:
        lines += ["Location", location, f"https://www.google.com/maps/search/{location.replace(' ', '+').replace(',', '%2C')}?hl=en", ""]
    if meet:
        lines += ["Join with Google Meet", f"https://meet.google.com/{meet}", "",
                  "Join by phone", "(NG) +234 1 555 0" + str(int(hx(case, idx, 'ph', n=4), 16) % 900 + 100),
                  "PIN: " + str(int(hx(case, idx, 'pin', n=8), 16) % 900000000 + 100000000), ""]
    lines += ["Organizer", organizer[0], organizer[1], "", "Guests"]
    for n, e, _p in guests:
        if e == organizer[1]:
            lines += [f"{n} - organizer", e]
        elif n:
            lines += [n, e]
        else:
            lines += [e]
    lines += [f"View all guest info {view}", "", description.strip(), "",
              f"Reply for {OWNER} and view more details {view}", "", "~~//~~",
              "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
              "You are receiving this email because you are an attendee on the event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, "
              "be added to the guest list, invite others regardless of their own invitation status, or "
              "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    plain = "\n".join(lines) + "\n"
    hbody = html_from(plain, "font-family:Roboto,Helvetica,Arial,sans-serif")
    created = created or sent
    desc = description.strip()
    if meet:
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 f"Join with Google Meet: https://meet.google.com/{meet}\n\nPlease do not edit this section.\n"
                 "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    ev = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
          "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", f"DTSTART:{zstamp(start)}",
          f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(sent)}",
          f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for n, e, p in guests:
        ev.append(attendee(n or e, e, p, google=True))
    if meet:
        ev.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    ev += [f"CREATED:{zstamp(created)}", f"DESCRIPTION:{esc(desc)}", f"LAST-MODIFIED:{zstamp(sent)}",
           f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", "STATUS:CONFIRMED", f"SUMMARY:{esc(summary)}",
           "TRANSP:OPAQUE", "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
           "TRIGGER:-P0DT0H30M0S", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    cal = ics_text(ev)
    alt = multi("alternative", [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
        leaf('text/html; charset="UTF-8"', hbody, "quoted-printable"),
        leaf('text/calendar; charset="UTF-8"; method=REQUEST', cal, "base64"),
    ], bnd(case, idx, "galt"))
    entity = multi("mixed", [alt, leaf('application/ics; name="invite.ics"', cal, "base64",
                                       ['Content-Disposition: attachment; filename="invite.ics"'])],
                   bnd(case, idx, "gmix"))
    prefix = "Updated invitation" if updated else "Invitation"
    subj = (f"{prefix}: {summary} @ {ls.strftime('%a %b')} {ls.day}, {ls.year} {gtime(ls)} - {gtime(le)} "
            f"({tzshort}) ({OWNER})")
    mid = f"<calendar-{uuidish(case, idx, 'gcal')}@google.com>"
    data = message(case, idx, sent=sent.astimezone(UTC), frm=organizer, to=[(None, OWNER)], subject=subj,
                   entity=entity, reply_to=organizer, mid=mid, host="mail-sor-f41.google.com",
                   sender=("Google Calendar", "calendar-notification@google.com"))
    return data


# ----------------------------------------------------------------------------- Exchange / Teams invitation

def teams_block(case, idx):
    mid_ = hx(case, idx, "teams", n=24)
    meeting_id = " ".join(str(int(hx(case, idx, "tid", n=12), 16))[i:i + 3] for i in range(0, 12, 3))
    return ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid_}%40thread.v2/0>\n"
            f"Meeting ID: {meeting_id}\nPasscode: {b32(case, idx, 'pc', n=6)}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting>\n"
            "________________________________________________________________________________"), mid_


def exchange_invite(case, idx, *, sent, organizer, required, subject, start, end, zone, win_tzid, vtz,
                    body, location, uid, seq=0, method="REQUEST", teams=True, lang="en-GB", org_tag="AM0PR"):
    tblock, tmid = teams_block(uid, "teams") if teams else ("", "")
    full_body = body.rstrip("\n") + ("\n\n" + tblock if teams else "") + "\n"
    cancel = method == "CANCEL"
    ev = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    ev += vtz
    ev += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for n, e in required:
        ev.append(attendee(n, e))
    ev += [f"DESCRIPTION;LANGUAGE={lang}:{esc(full_body)}", f"UID:{uid}",
           f"SUMMARY;LANGUAGE={lang}:{esc(subject)}",
           f"DTSTART;TZID={win_tzid}:{local(start, zone)}", f"DTEND;TZID={win_tzid}:{local(end, zone)}",
           "CLASS:PUBLIC", "PRIORITY:1" if cancel else "PRIORITY:5", f"DTSTAMP:{zstamp(sent)}",
           "TRANSP:TRANSPARENT" if cancel else "TRANSP:OPAQUE",
           "STATUS:CANCELLED" if cancel else "STATUS:CONFIRMED", f"SEQUENCE:{seq}",
           f"LOCATION;LANGUAGE={lang}:{esc(location)}", f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
           f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx(uid, 'own', n=7), 16)}",
           "X-MICROSOFT-CDO-BUSYSTATUS:FREE" if cancel else "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
           "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE" if cancel else "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
           "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:2" if cancel else "X-MICROSOFT-CDO-IMPORTANCE:1",
           "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams:
        ev += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tmid}%40thread.v2/0",
               'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    ev += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
           f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if not cancel:
        ev += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
               "END:VALARM"]
    ev += ["END:VEVENT", "END:VCALENDAR"]
    cal = ics_text(ev)
    alt = multi("alternative", [
        leaf('text/plain; charset="utf-8"', full_body, "quoted-printable"),
        leaf('text/html; charset="utf-8"', html_from(full_body, "font-family:Calibri,Arial,sans-serif;font-size:11pt"), "quoted-printable"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', cal, "base64"),
    ], bnd(case, idx, "xalt", "outlook"))
    subj = ("Canceled: " if cancel else "") + subject
    to = [(None if n is None else n, e) for n, e in required if e != organizer[1]]
    tindex = base64.b64encode(bytes.fromhex(hx(case, idx, "ti", n=44))).decode()
    extra = [H("Thread-Topic", subject), f"Thread-Index: {tindex}", f"Accept-Language: {lang}, en-US",
             f"Content-Language: {lang}", "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:"]
    return message(case, idx, sent=sent, frm=organizer, to=to, subject=subj, entity=alt,
                   mid=mid_outlook(case, idx, org_tag), host=f"{org_tag.lower()}02mb1234.eurprd02.prod.outlook.com",
                   extra=extra)


# ============================================================================= people

ME = (OWNER_NAME, OWNER)
# Oluyole Heritage College, Ibadan (private secondary school)
OHC = "Oluyole Heritage College"
OHC_ROLE = "Mathematics Teacher (SS1-SS3)"
KEH = "kehinde.alabi@oluyoleheritage.example"
KEH_Y = ("Kẹ́hìndé Àlàbí", KEH)
KEH_A = ("Kehinde Alabi", KEH)
PRINCIPAL = ("Babátúndé Ọláníyàn", "babatunde.olaniyan@oluyoleheritage.example")
HOD = ("Fúnmiláyọ̀ Òjó", "funmilayo.ojo@oluyoleheritage.example")
PROPRIETRESS = ("Adébímpé Oyèláràn", "adebimpe.oyelaran@oluyoleheritage.example")
# ImoHub Technologies, Yaba, Lagos (edtech startup)
IMO = "ImoHub Technologies"
IMO_ROLE = "Learning Content Specialist (Mathematics)"
CHIAMAKA = ("Chiamaka Eze", "chiamaka.eze@imohub.example")
NGOZI = ("Ngozi Okonkwo", "ngozi.okonkwo@imohub.example")
IFEOLUWA = ("Ifeoluwa Bakare", "ifeoluwa.bakare@imohub.example")
EMEKA = ("Emeka Nwosu", "emeka.nwosu@imohub.example")
TOBI = ("Tobi Adebayo", "tobi.adebayo@imohub.example")
DAMILOLA = ("Damilola Ogunleye", "damilola.ogunleye@imohub.example")
# Moremi University, Ile-Ife
MOR = "Moremi University"
MOR_ROLE = "Instructional Designer, Centre for Distance and e-Learning"
GBENGA = ("Gbenga Ajayi", "gbenga.ajayi@moremiuniversity.example")
FASANMI = ("Prof. Adewale Fasanmi", "adewale.fasanmi@moremiuniversity.example")
OGUNDIPE = ("Dr. Yetunde Ogundipe", "yetunde.ogundipe@moremiuniversity.example")
# Sankofa Reading Initiative, Accra (NGO)
SRI = "Sankofa Reading Initiative"
SRI_ROLE = "Programme Officer, Teacher Professional Development"
ABENA = ("Abena Owusu-Ansah", "abena.owusuansah@sankofareads.example")
KWAME = ("Kwame Asante", "kwame.asante@sankofareads.example")
EFUA = ("Efua Mensah", "efua.mensah@sankofareads.example")
AKOSUA = ("Akosua Boateng", "akosua.boateng@sankofareads.example")
# MapleBridge Tutoring, Toronto (online tutoring)
MBT = "MapleBridge Tutoring"
MBT_ROLE = "Online Mathematics Tutor (West Africa Cohort)"
HANNAH = ("Hannah Whitfield", "hannah.whitfield@maplebridgetutoring.example")
DANIEL = ("Daniel Okafor-Reid", "daniel.okafor-reid@maplebridgetutoring.example")
LUC = ("Luc Gagnon", "luc.gagnon@maplebridgetutoring.example")
AISHA = ("Aisha Mohammed", "aisha.mohammed@maplebridgetutoring.example")
# Her current school (public), Ibadan
ADIGUN = ("Olúfúnkẹ́ Adìgún", "olufunke.adigun@agodicgs.example")


def IV(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followup), "kind": kind}


def LAB(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def add(nn, slug, items, label, tzpoints=()):
    CASES.append({"id": f"b331-{nn:02d}-{slug}", "nn": nn, "items": items, "label": label,
                  "tz": list(tzpoints)})


# ============================================================================= cases

def c01():
    c = "b331-01"
    W(2026, 10, 5, "Mon")
    s1 = T(2026, 10, 2, 15, 12, 40, wd="Fri", off="+01:00")
    subj = "Ipe fun ifọrọwanilẹnuwo lori foonu - Oluko Isiro (Mathematics Teacher)"
    b1 = """E kaasan ma,

Oruko mi ni Kehinde Alabi, HR Officer ni Oluyole Heritage College, Oluyole Estate, Ibadan.
A ti gba iwe ibeere ise yin fun ipo Oluko Isiro (Mathematics Teacher, SS1-SS3), inu wa si dun
lati so fun yin pe oruko yin wa lara awon ti a yan fun igbese akoko.

Igbese akoko ni ifọrọwanilẹnuwo kukuru lori foonu (phone screening). Emi funra mi ni maa pe yin
ni Ọjọ Aje to n bọ, 5 Owara 2026, ni agogo merin irole (4:00pm). Ko ni ju iseju ogun lo.
A maa soro nipa iriri yin ni kilaasi, bi e se n ko Further Mathematics, ati idi ti e fi fe
kuro ni ile-iwe ijoba.

Nomba ti mo ri ninu CV yin ni 0803 555 0142. Ti nomba miiran ba dara ju, e jowo e so fun mi.

E jowo e fi esi ranse lati fi idi re mule.

E se pupo,
Kehinde Alabi (Mrs)
HR Officer, Oluyole Heritage College
0805 555 0117
"""
    m1 = mid_gmail(c, 1)
    e1 = message(c, 1, sent=s1, frm=KEH_A, to=[ME], subject=subj, entity=text_email(c, 1, body=b1), mid=m1,
                 host="mail-wr1-f45.google.com")
    s2 = T(2026, 10, 2, 18, 47, 3, wd="Fri")
    b2 = ("E kaale ma,\n\nE se pupo fun ipe yii, inu mi dun gan-an. Mo ti gba: Ọjọ Aje, 5 Owara, agogo\n"
          "merin irole. Nomba 0803 555 0142 naa ni ki e pe, ma a wa ni ile lati aago meta.\n\n"
          "Ẹ ku ise o,\nFolake Adeyemi\n\n"
          f"On Fri, 2 Oct 2026 at 15:12, Kehinde Alabi <{KEH}> wrote:\n" + quote(b1) + "\n")
    e2 = message(c, 2, sent=s2, frm=ME, to=[KEH_A], subject="Re: " + subj, entity=text_email(c, 2, body=b2),
                 mid=mid_dom(c, 2, "example.com"), in_reply_to=m1, refs=[m1], host="smtp.example.com")
    start = T(2026, 10, 5, 16, 0, wd="Mon", off="+01:00")
    add(1, "oluyole-phone-screen-no-tones",
        [("01-ipe-foonu-oluyole.eml", e1), ("02-re-ipe-foonu.eml", e2)],
        LAB([IV(OHC, OHC_ROLE, start, start + timedelta(minutes=20), "scheduled", [KEH], [KEH], "phone_screen")],
            "medium", "positive/email-body-only-yoruba",
            "Yoruba with tone marks mostly dropped: HR officer will phone on Ọjọ Aje 5 Owara (Mon 5 Oct) at "
            "agogo merin irole (4pm), 'iseju ogun' (20 min). The HR officer conducts the screen."))


def c02():
    c = "b331-02"
    W(2026, 10, 10, "Sat")
    s = T(2026, 10, 3, 7, 58, 11, wd="Sat", off="+01:00")
    tunde = ("Tunde Oyewole", "tunde.oyewole@mailbox.example")
    body = """Folake, see this one from the teachers' broadcast. Number 3 na your matter o 😄 The
Canada people. I don't know the school in number 1 but the walk-in is this Saturday if you want
to try am as backup.

---------- Forwarded message ---------
From: Ibadan Teachers Connect (WhatsApp broadcast)

📢 *IBADAN TEACHERS CONNECT – VACANCY BROADCAST* 📢
*Ẹ ǹlẹ́ o, ẹ̀yin olùkọ́ wa!* Today's openings 👇🏾

1️⃣ *Mathematics/Physics Teacher* – private secondary school, Akobo, Ibadan.
   B.Sc(Ed)/B.Ed + TRCN. *Walk-in interview* holds Saturday 10th October 2026 by 10am.
   Come with CV and credentials. Venue: DM the admin.

2️⃣ *Content Writers (Primary Maths & English)* – edtech startup, Yaba, Lagos. Hybrid.
   Send CV to the email on the flyer. Only shortlisted applicants will be contacted.

3️⃣ *Online Tutors – Canada-based company* 🇨🇦, pay in CAD 💵, evening shifts (WAT).
   Apply on their website. Shortlisted candidates will be invited for interview.

4️⃣ *Ìfọ̀rọ̀wánilẹ́nuwò fún àwọn olùkọ́ ìjọba* – TESCOM recruitment portal: interview dates
   "coming soon". Ẹ MÁ san owó fún ẹnikẹ́ni o! Anybody asking for "interview fee" is a 419.

Share to your colleagues 🙏🏾 To join, save 0909 555 0199 and send *JOIN*.
"""
    e = message(c, 1, sent=s, frm=tunde, to=[ME], subject="Fwd: VACANCIES 📢 from Ibadan Teachers Connect",
                entity=text_email(c, 1, body=body), mid=mid_gmail(c, 1), host="mail-ej1-f50.google.com")
    add(2, "whatsapp-vacancy-broadcast", [("01-fwd-whatsapp-vacancies.eml", e)],
        LAB([], "medium", "negative/job-alert-broadcast",
            "Friend forwards a WhatsApp vacancy broadcast that mentions a walk-in interview on Sat 10 Oct "
            "'by 10am' at an unnamed school; nothing is booked for the owner."))


def c03():
    c = "b331-03"
    s1 = T(2026, 10, 5, 10, 5, 22, wd="Mon", off="+01:00")
    subj = "ImoHub – Learning Content Specialist (Mathematics): next step"
    b1 = """Hi Folake,

Thanks for applying to ImoHub for the Learning Content Specialist (Mathematics) role. Your
experience building WAEC revision packs for SS3 caught our eye, and I'd love to have a quick
first chat.

It's a 30-minute phone call with me: I'll tell you more about ImoHub and the content team, and
I'll ask about your classroom experience and why you're looking at edtech now. Please pick
whichever slot suits you here:
https://calendly.com/chiamaka-imohub/30min

If none of the times work, reply with two or three windows and I'll sort it out.

Best,
Chiamaka Eze
Talent Partner, ImoHub Technologies
Yaba, Lagos
"""
    m1 = mid_gmail(c, 1)
    e1 = message(c, 1, sent=s1, frm=CHIAMAKA, to=[ME], subject=subj,
                 entity=text_email(c, 1, body=b1, html_body=html_from(b1)), mid=m1,
                 host="mail-pl1-f171.google.com")
    s2 = T(2026, 10, 6, 6, 52, 40, tz=UTC, wd="Tue")
    start = T(2026, 10, 8, 11, 0, wd="Thu", off="+01:00")
    end = start + timedelta(minutes=30)
    uid = f"{hx(c, 'cal', n=24)}@calendly.com"
    b2 = f"""Hi Folake Adeyemi,

A new event has been scheduled.

Event Type:
30 Minute Phone Screen

Invitee:
Folake Adeyemi
{OWNER}

Event Date/Time:
11:00am - 11:30am (West Africa Time), Thursday, October 8, 2026

Location:
Chiamaka will call you on +234 803 555 0142

Questions:
Anything that will help us prepare?
I teach SS2 and SS3 Mathematics at a public school in Ibadan and coordinate our WAEC revision
classes. Happy to talk about that.

View event in Calendly: https://calendly.com/scheduled_events/{hx(c, 'ev', n=20)}

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{uuidish(c, 'cx')}
Reschedule: https://calendly.com/reschedulings/{uuidish(c, 'rs')}

Powered by Calendly.com
"""
    ics = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly Scheduler//EN",
                    "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}",
                    f"DTSTAMP:{zstamp(s2)}", f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}",
                    "SUMMARY:30 Minute Phone Screen - Folake Adeyemi & Chiamaka Eze",
                    f"DESCRIPTION:{esc('Event Name: 30 Minute Phone Screen. Chiamaka will call you on +234 803 555 0142.')}",
                    "LOCATION:+234 803 555 0142",
                    f"ORGANIZER;CN=Chiamaka Eze:mailto:{CHIAMAKA[1]}",
                    attendee("Folake Adeyemi", OWNER, "ACCEPTED"), "STATUS:CONFIRMED", "SEQUENCE:0",
                    "END:VEVENT", "END:VCALENDAR"])
    e2 = message(c, 2, sent=s2, frm=("Calendly", "notifications@calendly.com"), reply_to=CHIAMAKA, to=[ME],
                 subject="New Event: Folake Adeyemi - 11:00am Thu, Oct 8, 2026 - 30 Minute Phone Screen",
                 entity=text_email(c, 2, body=b2, html_body=html_from(b2), html_enc="base64",
                                   attachments=[("invite.ics", "text/calendar", ics)], bstyle="part"),
                 mid=mid_dom(c, 2, "calendly.com"), host="o1.ptr2193.calendly.com")
    add(3, "imohub-calendly-phone-screen",
        [("01-imohub-next-step.eml", e1), ("02-calendly-booked.eml", e2)],
        LAB([IV(IMO, IMO_ROLE, start, end, "scheduled", [CHIAMAKA[1]], [CHIAMAKA[1]], "phone_screen")],
            "easy", "positive/calendly",
            "Recruiter sends a Calendly link (unbooked), then the Calendly booking (UTC times in .ics, "
            "11:00 WAT in the body). One phone screen; the recruiter is the interviewer."),
        ["03: Calendly .ics in UTC (10:00Z) vs body 11:00am West Africa Time (+01:00)"])


def c04():
    c = "b331-04"
    W(2026, 10, 10, "Sat")
    s = T(2026, 10, 6, 12, 30, 5, wd="Tue", off="+01:00")
    rec = ("Oluyole Heritage College Recruitment", "recruitment@oluyoleheritage.example")
    body = f"""Ẹ kú iṣẹ́ o, Arábìnrin Folákẹ́ Adéyẹmí,

A dúpẹ́ fún ìfọ̀rọ̀wérọ̀ orí fóònù tí a ṣe ní Ọjọ́ Ajé. Inú wa dùn láti sọ fún yín pé ẹ ti kọjá ìpele àkọ́kọ́.

Ìpele kejì ni ìdánwò àkọsílẹ̀ (written test) lórí Ìṣirò àti Further Mathematics, pẹ̀lú àròkọ kúkúrú lórí ọ̀nà ìkọ́ni.

Ọjọ́: Ọjọ́ Àbámẹ́ta, 10 Ọ̀wàrà 2026
Àkókò: agogo mẹ́sàn-án òwúrọ̀ (9:00am), fún wákàtí méjì
Ibi: Gbọ̀ngàn Ìdánwò (Exam Hall), Oluyole Heritage College, Oluyole Estate, Ibadan

Ẹ jọ̀ọ́ ẹ kíyèsí: kò sí ìfọ̀rọ̀wánilẹ́nuwò ní ọjọ́ náà. Àwọn tí wọ́n bá yege nínú ìdánwò yìí nìkan ni a ó pè fún ìfọ̀rọ̀wánilẹ́nuwò àti ẹ̀kọ́ àṣefihàn (demonstration lesson) lẹ́yìn náà.

Ẹ mú ìwé-ẹ̀rí yín, káàdì ìdánimọ̀ (ID), gègé àti kálkúlétọ̀ wá. A kò gba fóònù láàyè nínú gbọ̀ngàn.

Ẹ fi èsì ránṣẹ́ sí {KEH} láti fi ìdí rẹ̀ múlẹ̀.

Ẹ ṣeun,
Ẹ̀ka Ìgbanisíṣẹ́ (Recruitment Unit)
Oluyole Heritage College
"""
    e = message(c, 1, sent=s, frm=rec, reply_to=KEH_Y, to=[ME],
                subject="Ìpè fún Ìdánwò Àkọsílẹ̀ – Olùkọ́ Ìṣirò (Written Test Invitation)",
                entity=text_email(c, 1, body=body, enc="base64", html_body=html_from(body), html_enc="base64"),
                mid=mid_gmail(c, 1), host="mail-wm1-f54.google.com")
    add(4, "oluyole-written-test", [("01-idanwo-akosile.eml", e)],
        LAB([], "hard", "negative/written-test-yoruba",
            "Yoruba (full tone marks) invitation to a written test on Ọjọ́ Àbámẹ́ta 10 Ọ̀wàrà at 9am; states "
            "explicitly that there is no interview that day (interview comes later for those who pass)."))


def c05():
    c = "b331-05"
    for d, wd in ((13, "Tue"), (14, "Wed"), (15, "Thu")):
        W(2026, 10, d, wd)
    s1 = T(2026, 10, 9, 11, 20, 5, tz=ACCRA, wd="Fri", off="+00:00")
    subj = "Sankofa Reading Initiative – Programme Officer (Teacher PD): first conversation"
    b1 = """Dear Folake,

Thank you for your application for the Programme Officer – Teacher Professional Development role.
We were impressed by the teacher-coaching circle you started in Ibadan and would like to invite
you to a first conversation with our team.

Could you let me know which of these suits you? All times are Accra time (GMT); Ibadan is one
hour ahead of us.

  - Tuesday 13 October, 10:00
  - Wednesday 14 October, 14:00
  - Thursday 15 October, 09:30

The call runs about 45 minutes on Zoom.

Warm regards,
Abena Owusu-Ansah
HR & Operations Officer
Sankofa Reading Initiative | East Legon, Accra
"""
    m1 = mid_dom(c, 1, "sankofareads.example")
    e1 = message(c, 1, sent=s1, frm=ABENA, to=[ME], subject=subj, entity=text_email(c, 1, body=b1), mid=m1,
                 host="smtp.sankofareads.example")
    s2 = T(2026, 10, 9, 13, 2, 48, wd="Fri", off="+01:00")
    b2 = ("Dear Abena,\n\nThank you, I'm glad to hear from you. Wednesday 14 October at 2 pm works for me;\n"
          "that should be 3 pm here in Ibadan. Tuesday morning is difficult because I teach SS3 until 11.\n\n"
          "Best regards,\nFolake Adeyemi\n\n"
          f"On Fri, 9 Oct 2026 at 12:20, Abena Owusu-Ansah <{ABENA[1]}> wrote:\n" + quote(b1) + "\n")
    m2 = mid_dom(c, 2, "example.com")
    e2 = message(c, 2, sent=s2, frm=ME, to=[ABENA], subject="Re: " + subj, entity=text_email(c, 2, body=b2),
                 mid=m2, in_reply_to=m1, refs=[m1], host="smtp.example.com")
    s3 = T(2026, 10, 12, 8, 45, 30, tz=ACCRA, wd="Mon", off="+00:00")
    zid = str(int(hx(c, "zoom", n=10), 16))[:10]
    b3 = f"""Hi Folake,

Lovely – you're confirmed for Wednesday, 14 October, 14:00–14:45 GMT (15:00–15:45 in Ibadan).
Kwame Asante, our Programme Manager, will lead the conversation and I'll sit in with him. I've
copied Kwame here.

Zoom: https://us06web.zoom.us/j/{zid}
Meeting ID: {zid[:3]} {zid[3:7]} {zid[7:]}
Passcode: sankofa

Medaase, and speak on Wednesday,
Abena
"""
    e3 = message(c, 3, sent=s3, frm=ABENA, to=[ME], cc=[KWAME], subject="Re: " + subj,
                 entity=text_email(c, 3, body=b3 + "\n" + quote(b2) + "\n"), mid=mid_dom(c, 3, "sankofareads.example"),
                 in_reply_to=m2, refs=[m1, m2], host="smtp.sankofareads.example")
    start = T(2026, 10, 14, 14, 0, tz=ACCRA, wd="Wed", off="+00:00")
    add(5, "sankofa-propose-confirm-accra",
        [("01-sankofa-first-conversation.eml", e1), ("02-re-wednesday-works.eml", e2), ("03-re-confirmed.eml", e3)],
        LAB([IV(SRI, SRI_ROLE, start, start + timedelta(minutes=45), "scheduled", [KWAME[1], ABENA[1]],
                [KWAME[1], ABENA[1]], "phone_screen")],
            "medium", "positive/thread-propose-confirm",
            "Three GMT slots proposed, owner picks 'Wednesday at 2 pm' (3 pm in Ibadan), recruiter confirms "
            "14:00-14:45 GMT with the programme manager leading. Accra is one hour behind Lagos."),
        ["05: Accra GMT (+00:00) vs Ibadan WAT (+01:00); 14:00 GMT = 15:00 WAT"])


def c06():
    c = "b331-06"
    W(2026, 10, 14, "Wed")
    s = T(2026, 10, 9, 14, 30, 12, wd="Fri", off="+01:00")
    body = f"""Hi Folake,

Thanks for a great conversation yesterday! As promised, here's the next step. It's asynchronous:
nobody from our side will be on a call with you, so do it whenever you're at your best.

1) Record a short video (max 5 minutes) teaching "simplifying algebraic fractions" to an SS1
   student, as if it were a lesson in our app. Use this one-way video link:
   https://app.willotalent.com/i/{b32(c, 'willo', n=10)}
   You get one practice take and two real attempts.

2) Draft a one-page lesson plan for the same topic (any format; a Google Doc link is fine).

Deadline: Wednesday 14 October, 11:59pm WAT.

If that clashes with school work, just tell me and I'll extend it; we know you have classes.

Cheers,
Chiamaka
"""
    e = message(c, 1, sent=s, frm=CHIAMAKA, to=[ME], subject="ImoHub – async task (video + lesson plan)",
                entity=text_email(c, 1, body=body, html_body=html_from(body)), mid=mid_gmail(c, 1),
                host="mail-pl1-f171.google.com")
    add(6, "imohub-one-way-video-task", [("01-imohub-async-task.eml", e)],
        LAB([], "medium", "negative/one-way-video-assessment",
            "One-way recorded video and lesson plan with a deadline (Wed 14 Oct 11:59pm); no live interviewer."))


def c07():
    c = "b331-07"
    W(2026, 10, 22, "Thu")
    W(2026, 11, 10, "Tue")
    panel = [FASANMI, OGUNDIPE]
    req = [ME] + panel
    uid1 = "040000008200E00074C5B7101A82E008000000" + hx(c, "uid1", n=24).upper() + "10000000" + hx(c, "uid1b", n=24).upper()
    s1 = T(2026, 10, 12, 9, 15, 31, wd="Mon", off="+01:00")
    st1 = T(2026, 10, 22, 10, 0, wd="Thu", off="+01:00")
    en1 = st1 + timedelta(hours=1)
    subj1 = "Interview: Instructional Designer (CDeL) – Mrs Folake Adeyemi"
    body1 = """When: Thursday, 22 October 2026 10:00-11:00 (UTC+01:00) West Central Africa
Where: Microsoft Teams Meeting

Dear Mrs Adeyemi,

Further to your application for the post of Instructional Designer at the Centre for Distance
and e-Learning (CDeL), Moremi University, Ile-Ife, I am directed to invite you for an interview
with the departmental panel. The interview will hold virtually on Microsoft Teams.

Panel: Prof. Adewale Fasanmi (Director, CDeL) and Dr. Yetunde Ogundipe (Department of
Educational Technology).

Kindly have scanned copies of your credentials and NYSC discharge certificate ready to share
on screen.

Gbenga Ajayi
Administrative Officer, Registry (Appointments)
Moremi University, Ile-Ife
"""
    e1 = exchange_invite(c, 1, sent=s1, organizer=GBENGA, required=req, subject=subj1, start=st1, end=en1,
                         zone=LAGOS, win_tzid="W. Central Africa Standard Time", vtz=VTZ_WIN_WCA, body=body1,
                         location="Microsoft Teams Meeting", uid=uid1, seq=0)
    s2 = T(2026, 10, 19, 13, 40, 2, wd="Mon", off="+01:00")
    b2 = """Ẹ kú iṣẹ́ Mrs Adeyemi,

Ẹ jọ̀ọ́ ẹ má bínú. A ti fagilé ìfọ̀rọ̀wánilẹ́nuwò tí a ti ṣètò fún Ọjọ́bọ̀, 22 Ọ̀wàrà 2026 ní agogo
mẹ́wàá òwúrọ̀, nítorí ìpàdé pàjáwìrì ti Senate tí Igbákejì Ọ̀gá Àgbà (Vice-Chancellor) pè ní ọjọ́
náà. Àwọn ọmọ ìgbìmọ̀ méjèèjì gbọ́dọ̀ wà níbẹ̀.

For the record: the interview scheduled for Thursday, 22 October 2026 at 10:00am has been
cancelled because of an emergency Senate meeting. The Registry will write to you with a new date
in due course. We regret any inconvenience.

A ó kàn sí yín láìpẹ́.

Gbenga Ajayi
Administrative Officer, Registry (Appointments)
"""
    e2 = message(c, 2, sent=s2, frm=GBENGA, to=[ME], subject="A ti fagilé: Interview for Instructional Designer (22 Ọ̀wàrà)",
                 entity=text_email(c, 2, body=b2, bstyle="outlook"), mid=mid_outlook(c, 2, "AM0PR"),
                 host="am0pr02mb1234.eurprd02.prod.outlook.com")
    s3 = T(2026, 10, 19, 13, 42, 17, wd="Mon", off="+01:00")
    body3 = body1.replace("I am directed to invite you", "you were invited") + \
        "\nThis meeting has been cancelled. A new date will be communicated by the Registry.\n"
    e3 = exchange_invite(c, 3, sent=s3, organizer=GBENGA, required=req, subject=subj1, start=st1, end=en1,
                         zone=LAGOS, win_tzid="W. Central Africa Standard Time", vtz=VTZ_WIN_WCA, body=body3,
                         location="Microsoft Teams Meeting", uid=uid1, seq=1, method="CANCEL")
    s4 = T(2026, 11, 2, 10, 5, 44, wd="Mon", off="+01:00")
    st2 = T(2026, 11, 10, 10, 0, wd="Tue", off="+01:00")
    en2 = st2 + timedelta(minutes=90)
    uid2 = "040000008200E00074C5B7101A82E008000000" + hx(c, "uid2", n=24).upper() + "10000000" + hx(c, "uid2b", n=24).upper()
    body4 = """When: Tuesday, 10 November 2026 10:00-11:30 (UTC+01:00) West Central Africa
Where: Council Chamber, Senate Building, Moremi University, Ile-Ife

Dear Mrs Adeyemi,

Further to our letter of 19 October, the panel interview for the post of Instructional Designer
(CDeL) will now hold IN PERSON. Ìfọ̀rọ̀wánilẹ́nuwò náà yóò wáyé ní Ọjọ́ Ìṣẹ́gun, 10 Bélú 2026, ní
agogo mẹ́wàá òwúrọ̀.

Panel: Prof. Adewale Fasanmi (Director, CDeL) and Dr. Yetunde Ogundipe. Allow about an hour and a
half; you will be asked to walk the panel through a short e-learning module you have designed
(10 minutes, laptop and projector provided).

Please report at the Registry reception by 9:30am with your original credentials.

Gbenga Ajayi
Administrative Officer, Registry (Appointments)
"""
    e4 = exchange_invite(c, 4, sent=s4, organizer=GBENGA, required=req,
                         subject="Interview (new date): Instructional Designer (CDeL) – Mrs Folake Adeyemi",
                         start=st2, end=en2, zone=LAGOS, win_tzid="W. Central Africa Standard Time", vtz=VTZ_WIN_WCA,
                         body=body4, location="Council Chamber, Senate Building, Moremi University, Ile-Ife",
                         uid=uid2, seq=0, teams=False)
    pe = [FASANMI[1], OGUNDIPE[1]]
    add(7, "moremi-cancelled-then-rebooked",
        [("01-invite-panel-teams.eml", e1), ("02-a-ti-fagile.eml", e2), ("03-canceled-panel.eml", e3),
         ("04-invite-new-date-in-person.eml", e4)],
        LAB([IV(MOR, MOR_ROLE, st1, en1, "cancelled", pe, pe, "onsite"),
             IV(MOR, MOR_ROLE, st2, en2, "scheduled", pe, pe, "onsite")],
            "hard", "positive/cancel-then-rebook",
            "Exchange/Teams panel invite (W. Central Africa Standard Time) for Thu 22 Oct, cancelled by a "
            "Yoruba/English mail ('a ti fagilé') and METHOD:CANCEL; later re-booked as a NEW event (new UID) "
            "in person on Tue 10 Nov 10:00-11:30. Two entries."),
        ["07: Windows TZID 'W. Central Africa Standard Time', label '(UTC+01:00) West Central Africa'"])


def c08():
    c = "b331-08"
    s1 = T(2026, 10, 13, 16, 40, 12, wd="Tue", off="+01:00")
    tomorrow = (s1 + timedelta(days=1)).date()
    assert tomorrow.strftime("%a") == "Wed"
    subj = "Ìfọ̀rọ̀wánilẹ́nuwò: Ẹ̀kọ́ Àṣefihàn (Demonstration Lesson) – ọ̀la"
    b1 = """Ẹ kú àṣálẹ́ o, Arábìnrin Adéyẹmí,

Oríire! Ẹ yege nínú ìdánwò àkọsílẹ̀ ti Àbámẹ́ta tó kọjá, ẹ sì wà lára àwọn mẹ́ta tí ó ṣe dáadáa jù.

A pè ọ́ fún ìfọ̀rọ̀wánilẹ́nuwò ìpele kẹta, èyí tí ó jẹ́ ẹ̀kọ́ àṣefihàn (demonstration lesson),
ní ọ̀la, Ọjọ́rú, ní agogo mẹ́wàá òwúrọ̀. Ẹ ó kọ́ àwọn akẹ́kọ̀ọ́ SS2B. Kókó ẹ̀kọ́: "Quadratic
equations – completing the square". Gbogbo rẹ̀, pẹ̀lú ìbéèrè lẹ́yìn ẹ̀kọ́, kò ní ju ìṣẹ́jú ogójì
(40 minutes) lọ.

Ọ̀gá àgbà, Ọ̀gbẹ́ni Babátúndé Ọláníyàn, àti Olórí Ẹ̀ka Ìṣirò, Ìyáàfin Fúnmiláyọ̀ Òjó, ni yóò jókòó
sí ẹ̀yìn kíláàsì láti wò yín, wọn yóò sì bi yín ní ìbéèrè díẹ̀ lẹ́yìn ẹ̀kọ́ náà. Mo ti fi wọ́n sínú
ẹ̀dà lẹ́tà yìí (Cc).

Ẹ jọ̀ọ́ ẹ dé ní ìṣẹ́jú mẹ́ẹ̀ẹ́dógún ṣáájú, kí ẹ sì mú ètò ẹ̀kọ́ (lesson plan) yín wá ní ẹ̀dà mẹ́ta.

Mo mọ̀ pé àkókò kò pọ̀, ẹ má bínú. Ẹ fi èsì ránṣẹ́ bí ẹ bá lè wá.

Ẹ ṣé o,
Kẹ́hìndé Àlàbí (Ìyáàfin)
Olùṣàkóso Òṣìṣẹ́ (HR Officer), Oluyole Heritage College
"""
    m1 = mid_gmail(c, 1)
    e1 = message(c, 1, sent=s1, frm=KEH_Y, to=[ME], cc=[PRINCIPAL, HOD], subject=subj,
                 entity=text_email(c, 1, body=b1), mid=m1, host="mail-wr1-f45.google.com")
    s2 = T(2026, 10, 13, 17, 25, 9, wd="Tue", off="+01:00")
    b2 = ("Ẹ kú àṣálẹ́ ma,\n\nẸ ṣé gan-an fún ìròyìn ayọ̀ yìí. Màá wà níbẹ̀ ní agogo mẹ́wàá ọ̀la, màá sì mú\n"
          "ètò ẹ̀kọ́ wá ní ẹ̀dà mẹ́ta. Mo ti gba àyè lọ́wọ́ ọ̀gá mi ní ilé-ìwé.\n\nFolákẹ́\n\n"
          f"On Tue, 13 Oct 2026 at 16:40, Kẹ́hìndé Àlàbí <{KEH}> wrote:\n" + quote(b1) + "\n")
    e2 = message(c, 2, sent=s2, frm=ME, to=[KEH_Y], cc=[PRINCIPAL, HOD], subject="Re: " + subj,
                 entity=text_email(c, 2, body=b2), mid=mid_dom(c, 2, "example.com"), in_reply_to=m1, refs=[m1],
                 host="smtp.example.com")
    start = T(2026, 10, 14, 10, 0, wd="Wed", off="+01:00")
    ie = [PRINCIPAL[1], HOD[1]]
    add(8, "oluyole-demo-lesson-ola",
        [("01-eko-asefihan-ola.eml", e1), ("02-re-eko-asefihan.eml", e2)],
        LAB([IV(OHC, OHC_ROLE, start, start + timedelta(minutes=40), "scheduled", ie, ie, "technical")],
            "hard", "positive/relative-date-yoruba",
            "Demonstration lesson (counts as an interview) given only as 'ọ̀la, Ọjọ́rú, ní agogo mẹ́wàá "
            "òwúrọ̀' in a mail dated Tue 13 Oct 16:40 +0100 -> Wed 14 Oct 10:00; 40 minutes incl. questions. "
            "Principal and HOD (Cc) observe and question; the HR officer only schedules."),
        ["08: relative 'ọ̀la' (tomorrow) resolved against Date Tue 13 Oct 2026 +0100"])


def c09():
    c = "b331-09"
    s1 = T(2026, 10, 15, 20, 10, 4, wd="Thu", off="+01:00")
    subj = "Coffee tomorrow? (ImoHub – next step)"
    b1 = """Hi Folake,

Ngozi here – I lead Learning Design at ImoHub and I'm the hiring manager for the Maths content
role. Chiamaka shared your video and lesson plan; the fractions analogy with ẹ̀kọ and àkàrà
portions made the whole team smile.

Our next step is normally a conversation with me before the panel. As luck would have it, I'm in
Ibadan this week for a partner-school visit in Bodija, so rather than another video call: are
you free tomorrow by 3pm for coffee? Informal, but I will want to hear how you'd turn a
40-minute classroom lesson into a 6-minute app module, so come with opinions.

I'm thinking Café Jade on Awolowo Avenue, Bodija, unless you have a better spot.

Ngozi Okonkwo
Head of Learning Design, ImoHub
"""
    m1 = mid_gmail(c, 1)
    e1 = message(c, 1, sent=s1, frm=NGOZI, to=[ME], cc=[CHIAMAKA], subject=subj, entity=text_email(c, 1, body=b1),
                 mid=m1, host="mail-qk1-f176.google.com")
    s2 = T(2026, 10, 15, 20, 41, 37, wd="Thu")
    b2 = ("Good evening Ngozi,\n\nTomorrow at 3 works – we close at 2 on Fridays. Café Jade is fine, I know it.\n"
          "Looking forward to it.\n\nFolake\n\n"
          f"On Thu, 15 Oct 2026 at 20:10, Ngozi Okonkwo <{NGOZI[1]}> wrote:\n" + quote(b1) + "\n")
    m2 = mid_dom(c, 2, "example.com")
    e2 = message(c, 2, sent=s2, frm=ME, to=[NGOZI], cc=[CHIAMAKA], subject="Re: " + subj,
                 entity=text_email(c, 2, body=b2), mid=m2, in_reply_to=m1, refs=[m1], host="smtp.example.com")
    s3 = T(2026, 10, 15, 20, 55, 51, wd="Thu")
    b3 = "Perfect. See you at 3 tomorrow. I'll be the one with the bright orange ImoHub tote 🙂\n\nN.\n"
    e3 = message(c, 3, sent=s3, frm=NGOZI, to=[ME], cc=[CHIAMAKA], subject="Re: " + subj,
                 entity=text_email(c, 3, body=b3, html_body=html_from(b3)), mid=mid_gmail(c, 3),
                 in_reply_to=m2, refs=[m1, m2], host="mail-qk1-f176.google.com")
    start = T(2026, 10, 16, 15, 0, wd="Fri", off="+01:00")
    add(9, "imohub-coffee-chat-tomorrow",
        [("01-coffee-tomorrow.eml", e1), ("02-re-tomorrow-at-3.eml", e2), ("03-re-see-you.eml", e3)],
        LAB([IV(IMO, IMO_ROLE, start, None, "scheduled", [NGOZI[1]], [NGOZI[1]], "hiring_manager")],
            "hard", "positive/coffee-chat-relative-date",
            "Hiring manager's in-person coffee chat, explicitly the next process step; 'tomorrow by 3pm' in a "
            "mail of Thu 15 Oct 20:10 +0100 -> Fri 16 Oct 15:00. No duration."),
        ["09: 'tomorrow by 3pm' (Nigerian English 'by' = at) resolved against Date Thu 15 Oct +0100"])


def c10():
    c = "b331-10"
    W(2026, 10, 20, "Tue")
    s0 = T(2026, 10, 16, 18, 30, 15, wd="Fri", off="+01:00")
    loc = "ImoHub, 3rd Floor, 294 Herbert Macaulay Way, Yaba, Lagos"
    b0 = f"""Hi Folake,

Following your chat with Ngozi today, we'd love to host you at our Yaba office for the panel
stage. Here's the plan for Tuesday, 20 October 2026:

10:00 – 10:45  Learning design deep-dive, with Ngozi Okonkwo (Head of Learning Design)
11:00 – 11:45  Micro-lesson demo: teach us one concept in 10 minutes as you would on camera,
               with Ifeoluwa Bakare (Content Lead, Mathematics)
11:45 – 12:30  Lunch with the content team (not assessed, promise!)
12:30 – 13:15  Values & ways of working, with Emeka Nwosu (COO)

Address: {loc}. Ask for me at reception.

Travel: we reimburse Ibadan–Lagos transport up to ₦25,000; keep your bus ticket or forward the
Bolt receipt. The expressway can be slow on Monday evenings, so many candidates come down the
night before.

You'll get three calendar invites from me shortly, one per session.

Tobi Adebayo
People Operations, ImoHub
"""
    e0 = message(c, 1, sent=s0, frm=TOBI, to=[ME], cc=[CHIAMAKA],
                 subject="Your in-person panel at ImoHub – Tuesday 20 October (itinerary)",
                 entity=text_email(c, 1, body=b0, html_body=html_from(b0)), mid=mid_gmail(c, 1),
                 host="mail-pj1-f44.google.com")
    sessions = [
        (10, 0, 45, "ImoHub panel 1/3: Learning design deep-dive (Folake Adeyemi)", [NGOZI],
         "Ngozi will walk through one of our live Maths modules with you and ask how you'd restructure it."),
        (11, 0, 45, "ImoHub panel 2/3: Micro-lesson demo (Folake Adeyemi)", [IFEOLUWA],
         "Pick any JSS/SS maths concept and teach it in 10 minutes as if recording for the app. Whiteboard and ring light provided."),
        (12, 30, 45, "ImoHub panel 3/3: Values & ways of working (Folake Adeyemi)", [EMEKA],
         "A conversation with Emeka about how we work: remote days, feedback, shipping content weekly."),
    ]
    items = [("01-panel-itinerary.eml", e0)]
    for i, (hh, mm, dur, summ, ivs, desc) in enumerate(sessions):
        st = T(2026, 10, 20, hh, mm, wd="Tue", off="+01:00")
        sent = T(2026, 10, 16, 17, 34 + i, 5 + i, tz=UTC, wd="Fri")
        guests = [(TOBI[0], TOBI[1], "ACCEPTED")] + [(n, e, "ACCEPTED") for n, e in ivs] + [(None, OWNER, "NEEDS-ACTION")]
        items.append((f"{i + 2:02d}-invitation-panel-{i + 1}.eml",
                      google_invite(c, i + 2, sent=sent, organizer=TOBI, guests=guests, summary=summ, start=st,
                                    end=st + timedelta(minutes=dur), description=desc,
                                    uid=f"{b32(c, 'uid', i, n=26)}@google.com", location=loc)))
    start = T(2026, 10, 20, 10, 0, wd="Tue", off="+01:00")
    end = T(2026, 10, 20, 13, 15, wd="Tue", off="+01:00")
    ie = [NGOZI[1], IFEOLUWA[1], EMEKA[1]]
    add(10, "imohub-panel-three-invites", items,
        LAB([IV(IMO, IMO_ROLE, start, end, "scheduled", ie, ie, "onsite")],
            "hard", "positive/onsite-loop-several-invites",
            "In-person panel in Yaba: itinerary mail + three Google invites (10:00, 11:00, 12:30) with a lunch "
            "break. One onsite interview 10:00-13:15 WAT with all three interviewers; the coordinator is not one."))


def c11():
    c = "b331-11"
    W(2026, 10, 21, "Wed")
    sent = T(2026, 10, 16, 8, 2, 19, tz=UTC, wd="Fri")
    st = T(2026, 10, 21, 12, 0, wd="Wed", off="+01:00")
    desc = ("Mrs Adeyemi – please sit on the panel with the VP (Academics) and me. Mr Segun Afolabi will teach "
            "SS1 'the mole concept' for 20 minutes; you and the VP score him on the attached rubric and ask "
            "follow-up questions. The candidate is not on this invite; the gateman will bring him to the staff "
            "room.\n\nẸ ṣé,\nMrs O. Adigun, Principal")
    guests = [(ADIGUN[0], ADIGUN[1], "ACCEPTED"), ("Lateef Adisa", "lateef.adisa@agodicgs.example", "ACCEPTED"),
              (None, OWNER, "NEEDS-ACTION")]
    e = google_invite(c, 1, sent=sent, organizer=ADIGUN, guests=guests,
                      summary="Interview: Chemistry Teacher applicant – Mr Segun Afolabi (panel)", start=st,
                      end=st + timedelta(minutes=45), description=desc, uid=f"{b32(c, 'uid', n=26)}@google.com",
                      location="Principal's Office, Agodi Community Grammar School, Ibadan")
    add(11, "owner-on-interview-panel", [("01-invitation-chemistry-applicant.eml", e)],
        LAB([], "hard", "negative/user-is-interviewer",
            "Google invite from the owner's current principal: the owner sits on the panel interviewing a "
            "Chemistry teacher applicant. She is an interviewer, not the candidate."))


def c12():
    c = "b331-12"
    W(2026, 10, 22, "Thu")
    s = T(2026, 10, 16, 7, 45, 3, wd="Fri", off="+01:00")
    st = T(2026, 10, 22, 14, 0, wd="Thu", off="+01:00")
    body = """Dear colleagues,

Ẹ kú iṣẹ́ o. This is to remind all staff that the first-term PTA General Meeting holds on
Thursday, 22 October 2026 at 2:00pm in the school hall.

Ìpàdé àwọn òbí àti olùkọ́ (PTA) yóò wáyé ní Ọjọ́bọ̀, 22 Ọ̀wàrà, ní agogo méjì ọ̀sán, nínú gbọ̀ngàn
ilé-ìwé. Gbogbo olùkọ́ gbọ́dọ̀ wà níbẹ̀.

- Lessons end at 12:30pm that day.
- Form teachers should bring class registers and mid-term result summaries; parents may ask
  about individual students.
- Mrs Adeyemi and Mr Adisa will present the SS3 WAEC readiness report (10 minutes).
- Light refreshment will be served after the meeting.

A calendar entry is attached for those who use it.

Mrs O. Adigun
Principal, Agodi Community Grammar School, Ibadan
"""
    ics = ics_text(["BEGIN:VCALENDAR", "METHOD:PUBLISH", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                    "VERSION:2.0"] + VTZ_WIN_WCA +
                   ["BEGIN:VEVENT", f"ORGANIZER;CN=Olufunke Adigun:mailto:{ADIGUN[1]}",
                    attendee("Folake Adeyemi", OWNER),
                    f"UID:{hx(c, 'uid', n=32).upper()}", "SUMMARY;LANGUAGE=en-GB:PTA General Meeting (First Term)",
                    f"DTSTART;TZID=W. Central Africa Standard Time:{local(st, LAGOS)}",
                    f"DTEND;TZID=W. Central Africa Standard Time:{local(st + timedelta(hours=2), LAGOS)}",
                    f"DTSTAMP:{zstamp(s)}", "LOCATION;LANGUAGE=en-GB:School Hall", "STATUS:CONFIRMED",
                    "SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:BUSY", "END:VEVENT", "END:VCALENDAR"])
    e = message(c, 1, sent=s, frm=ADIGUN, to=[("Agodi CGS Staff", "staff@agodicgs.example")],
                subject="PTA General Meeting – Ọjọ́bọ̀ 22 Ọ̀wàrà / Thursday 22 October, 2pm",
                entity=text_email(c, 1, body=body, attachments=[("PTA-meeting.ics", "text/calendar", ics)]),
                mid=mid_gmail(c, 1), host="mail-wr1-f42.google.com")
    add(12, "pta-meeting-current-school", [("01-pta-general-meeting.eml", e)],
        LAB([], "medium", "negative/internal-meeting",
            "PTA meeting at the owner's current school, Yoruba/English, with an Outlook .ics; internal, not a "
            "hiring step."))


def c13():
    c = "b331-13"
    s1 = T(2026, 10, 19, 11, 5, 40, wd="Mon", off="+01:00")
    st0 = T(2026, 10, 23, 11, 0, wd="Fri", off="+01:00")
    subj = "Ìfọ̀rọ̀wánilẹ́nuwò Ìkẹyìn pẹ̀lú Proprietress – Ọjọ́ Ẹtì 23 Ọ̀wàrà"
    b1 = """Ẹ káàárọ̀ Arábìnrin Adéyẹmí,

Ẹ kú iṣẹ́ ribiribi lórí ẹ̀kọ́ àṣefihàn Ọjọ́rú. Ọ̀gá àgbà àti Ìyáàfin Òjó gbóríyìn fún yín gidigidi.

Ìpele tó kẹ́yìn ni ìfọ̀rọ̀wánilẹ́nuwò pẹ̀lú Olùdásílẹ̀ ilé-ẹ̀kọ́ wa (Proprietress), Olóyè (Ìyáàfin)
Adébímpé Oyèláràn. Yóò wáyé ní Ọjọ́ Ẹtì, 23 Ọ̀wàrà 2026, ní agogo mọ́kànlá òwúrọ̀, ní ọ́fíìsì rẹ̀
ní Block A. Yóò gba bí ìṣẹ́jú márùnlélógójì (45 minutes).

Màá fi ìwé ìpè kàlẹ́ńdà (calendar invite) ránṣẹ́ sí yín báyìí.

Kẹ́hìndé Àlàbí
HR Officer, Oluyole Heritage College
"""
    m1 = mid_gmail(c, 1)
    e1 = message(c, 1, sent=s1, frm=KEH_Y, to=[ME], subject=subj, entity=text_email(c, 1, body=b1), mid=m1,
                 host="mail-wr1-f45.google.com")
    uid = f"{b32(c, 'uid', n=26)}@google.com"
    loc = "Proprietress' Office, Block A, Oluyole Heritage College, Oluyole Estate, Ibadan"
    summ = "Oluyole Heritage College – Final interview with the Proprietress (Folake Adeyemi)"
    desc = ("Ìfọ̀rọ̀wánilẹ́nuwò ìkẹyìn pẹ̀lú Olóyè (Ìyáàfin) Adébímpé Oyèláràn, Proprietress. "
            "Final interview for the Mathematics Teacher (SS1-SS3) position.")
    guests = [("Kẹ́hìndé Àlàbí", KEH, "ACCEPTED"), (PROPRIETRESS[0], PROPRIETRESS[1], "ACCEPTED"),
              (None, OWNER, "NEEDS-ACTION")]
    created = T(2026, 10, 19, 10, 7, 2, tz=UTC)
    e2 = google_invite(c, 2, sent=created, organizer=KEH_Y, guests=guests, summary=summ, start=st0,
                       end=st0 + timedelta(minutes=45), description=desc, uid=uid, location=loc)
    s3 = T(2026, 10, 22, 17, 20, 33, wd="Thu", off="+01:00")
    st = T(2026, 10, 26, 14, 0, wd="Mon", off="+01:00")
    b3 = """E kaale ma,

E jọọ e ma binu. Proprietress ni lati rin irinajo lọ si Abẹokuta lọla fun isinku ẹbi rẹ, nitori
naa a ti sun ún síwájú. Ifọrọwanilẹnuwo naa yoo waye ni Ọjọ Aje, 26 Ọ̀wàrà, ni agogo méjì ọ̀sán
(2:00pm) dipo Ọjọ Ẹti. Ibi kan naa ni: ọfiisi rẹ ni Block A. Iseju marunlelogoji naa ni.

Mo ti se atunse si calendar invite.

E se,
Kehinde
"""
    e3 = message(c, 3, sent=s3, frm=KEH_Y, to=[ME], cc=[PROPRIETRESS], subject="Re: " + subj + " – a ti sun ún síwájú",
                 entity=text_email(c, 3, body=b3 + "\n" + quote(b1) + "\n"), mid=mid_gmail(c, 3), in_reply_to=m1,
                 refs=[m1], host="mail-wr1-f45.google.com")
    e4 = google_invite(c, 4, sent=T(2026, 10, 22, 16, 22, 9, tz=UTC), organizer=KEH_Y, guests=guests, summary=summ,
                       start=st, end=st + timedelta(minutes=45), description=desc, uid=uid, seq=1, updated=True,
                       location=loc, created=created)
    add(13, "oluyole-proprietor-sun-siwaju",
        [("01-iforowanilenuwo-ikeyin.eml", e1), ("02-invitation-final.eml", e2),
         ("03-a-ti-sun-un-siwaju.eml", e3), ("04-updated-invitation-final.eml", e4)],
        LAB([IV(OHC, OHC_ROLE, st, st + timedelta(minutes=45), "scheduled", [PROPRIETRESS[1]], [PROPRIETRESS[1]],
                "hiring_manager")],
            "medium", "positive/reschedule-yoruba",
            "Final with the proprietress: Yoruba mail + Google invite for Fri 23 Oct 11:00, then 'a ti sun ún "
            "síwájú' to Ọjọ Aje 26 Ọ̀wàrà agogo méjì ọ̀sán + updated invite (same UID, SEQUENCE 1). Final time "
            "Mon 26 Oct 14:00-14:45."))


def c14():
    c = "b331-14"
    s = T(2026, 10, 22, 15, 40, 18, tz=ACCRA, wd="Thu", off="+00:00")
    r2 = T(2026, 11, 3, 10, 0, tz=ACCRA, wd="Tue", off="+00:00")
    r3 = T(2026, 11, 5, 16, 0, tz=ACCRA, wd="Thu", off="+00:00")
    assert r2.astimezone(LAGOS).hour == 11 and r3.astimezone(LAGOS).hour == 17
    body = f"""Dear Folake,

Thank you for the conversation last week – Kwame enjoyed hearing about your coaching circle. We'd
like to move you forward to the final two stages, which we run close together because our
Executive Director travels in mid-November.

Stage 2 – Facilitation session
Tuesday 3 November 2026, 10:00–11:00 GMT (11:00–12:00 WAT)
Facilitate a 30-minute segment of a teacher workshop on phonics-based reading for P1–P3
teachers (eight of our Ghanaian teacher-coaches will play the participants), followed by
questions from Efua Mensah, our Training Lead ({EFUA[1]}), and Kwame.

Stage 3 – Conversation with our Executive Director
Thursday 5 November 2026, 16:00–16:30 GMT (17:00–17:30 WAT)
A short conversation with Mrs Akosua Boateng ({AKOSUA[1]}) about values and how you would work
with state education boards in Nigeria.

Both are on Zoom; the links are in the attached calendar file. Please confirm you can make both.

Best wishes,
Abena Owusu-Ansah
HR & Operations Officer, Sankofa Reading Initiative
"""
    def ev(tag, st, en, summ, people, desc):
        zid = str(int(hx(c, tag, n=10), 16))[:10]
        return (["BEGIN:VEVENT", f"UID:{hx(c, tag, n=20)}@sankofareads.example", f"DTSTAMP:{zstamp(s)}",
                 f"DTSTART:{zstamp(st)}", f"DTEND:{zstamp(en)}", f"SUMMARY:{esc(summ)}",
                 f"DESCRIPTION:{esc(desc)}", f"LOCATION:https://us06web.zoom.us/j/{zid}",
                 f"ORGANIZER;CN={ABENA[0]}:mailto:{ABENA[1]}"] +
                [attendee(n, e, "ACCEPTED") for n, e in people] +
                [attendee("Folake Adeyemi", OWNER), "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT"])
    ics = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Sankofa Reading Initiative//HR Scheduler 2.3//EN",
                    "METHOD:REQUEST"] +
                   ev("r2", r2, r2 + timedelta(hours=1), "Sankofa – Stage 2 facilitation session (Folake Adeyemi)",
                      [EFUA, KWAME], "Facilitation of a phonics workshop segment, then Q&A with Efua and Kwame.") +
                   ev("r3", r3, r3 + timedelta(minutes=30), "Sankofa – Stage 3 conversation with the Executive Director",
                      [AKOSUA], "Conversation with Akosua Boateng, Executive Director.") +
                   ["END:VCALENDAR"])
    e = message(c, 1, sent=s, frm=ABENA, to=[ME], cc=[KWAME],
                subject="Sankofa – final stages: 3 and 5 November",
                entity=text_email(c, 1, body=body, html_body=html_from(body),
                                  attachments=[("sankofa-final-stages.ics", "text/calendar", ics)], bstyle="part"),
                mid=mid_dom(c, 1, "sankofareads.example"), host="smtp.sankofareads.example")
    add(14, "sankofa-two-rounds-one-mail", [("01-sankofa-final-stages.eml", e)],
        LAB([IV(SRI, SRI_ROLE, r2, r2 + timedelta(hours=1), "scheduled", [EFUA[1], KWAME[1]], [EFUA[1], KWAME[1]],
                "technical"),
             IV(SRI, SRI_ROLE, r3, r3 + timedelta(minutes=30), "scheduled", [AKOSUA[1]], [AKOSUA[1]], "hiring_manager")],
            "medium", "positive/two-interviews",
            "One mail (GMT with WAT equivalents) and one .ics with two VEVENTs in UTC: facilitation session "
            "(live, with interviewers) Tue 3 Nov 10:00-11:00 GMT and Executive Director conversation Thu 5 Nov "
            "16:00-16:30 GMT."),
        ["14: Accra GMT times with WAT equivalents; .ics in UTC (Z)"])


def c15():
    c = "b331-15"
    W(2026, 11, 2, "Mon")
    s = T(2026, 10, 23, 10, 12, 50, wd="Fri", off="+01:00")
    body = """Ref: WAEC/IBZ/SUP/2026/0418

Dear Mrs. Folake Adeyemi,

POSTING AS INVIGILATOR: WASSCE FOR PRIVATE CANDIDATES, 2026 (SECOND SERIES)

Following the nomination by your Principal, you have been posted as an Invigilator for the above
examination as follows:

Centre:          2051422 – St. Gabriel's Model College, Mokola, Ibadan
Date:            Monday, 2 November 2026
Paper(s):        English Language 2 (Objective) and English Language 1 (Essay)
Reporting time:  8:00 a.m. for briefing by the Supervisor; Paper 2 starts 9:30 a.m.

You are to collect your posting letter and identity tag at the Zonal Office, Agodi, on or
before Thursday, 29 October 2026 (9:00 a.m. – 3:00 p.m.). Invigilation allowance will be paid
to the account on your nomination form after the examination.

Invigilators who fail to report without prior notice will be removed from the Council's list.

Zonal Coordinator
West African Examinations Council, Ibadan Zonal Office
"""
    W(2026, 10, 29, "Thu")
    e = message(c, 1, sent=s, frm=("WAEC Ibadan Zonal Office", "ibadan.zonal@waec-ng.example"), to=[ME],
                subject="POSTING AS INVIGILATOR: WASSCE FOR PRIVATE CANDIDATES, 2026 (SECOND SERIES)",
                entity=text_email(c, 1, body=body, enc="7bit" if is_ascii(body) else "quoted-printable"),
                mid=mid_dom(c, 1, "waec-ng.example"), host="mail.waec-ng.example")
    add(15, "waec-invigilation-posting", [("01-waec-posting.eml", e)],
        LAB([], "easy", "negative/exam-duty",
            "WAEC invigilation posting on Mon 2 Nov with reporting times; a work duty, not a job interview."))


def c16():
    c = "b331-16"
    W(2026, 10, 31, "Sat")
    sent = T(2026, 10, 24, 8, 15, 27, tz=UTC, wd="Sat")
    st = T(2026, 10, 31, 14, 0, wd="Sat", off="+01:00")
    bukola = ("Bùkọ́lá Adéyẹmí", "bukola.adeyemi@familymail.example")
    desc = """Ẹ kú ọjọ́ mẹ́ta o! Ẹ jẹ́ ká jọ dúpẹ́ lọ́wọ́ Olódùmarè fún ọgọ́ta ọdún Màmá wa, Ìyáàfin Mọ́ráyọ̀ Adéyẹmí 🎉

Ìsìn ìdúpẹ́ ní ṣọ́ọ̀ṣì ní agogo mẹ́wàá òwúrọ̀; ayẹyẹ (owambe) ní gbọ̀ngàn láti agogo méjì ọ̀sán.
Aṣọ ẹbí: gèlè wine àti aṣọ òkè ewé. Ẹ kàn sí mi fún aṣọ ẹbí kí Ọjọ́rú.

Folákẹ́, mo mọ̀ pé ọwọ́ rẹ dí pẹ̀lú gbogbo ìfọ̀rọ̀wánilẹ́nuwò yẹn, ṣùgbọ́n kò sí àwáwí o! Ìwọ ni MC kejì 😄"""
    guests = [(bukola[0], bukola[1], "ACCEPTED"), ("Tayo Adeyemi", "tayo.adeyemi@familymail.example", "ACCEPTED"),
              (None, OWNER, "NEEDS-ACTION")]
    e = google_invite(c, 1, sent=sent, organizer=bukola, guests=guests, summary="Mummy @ 60 – Thanksgiving & Owambe 🎉",
                      start=st, end=T(2026, 10, 31, 20, 0), description=desc, uid=f"{b32(c, 'uid', n=26)}@google.com",
                      location="Ìrànlọ́wọ́ Events Hall, Ring Road, Ibadan")
    add(16, "owambe-party-invite", [("01-invitation-mummy-at-60.eml", e)],
        LAB([], "medium", "negative/personal-event",
            "Google invite to a family 60th-birthday owambe (Sat 31 Oct, 2pm); the Yoruba description even "
            "mentions 'ìfọ̀rọ̀wánilẹ́nuwò' jokingly."))


def c17():
    c = "b331-17"
    W(2026, 11, 6, "Fri")
    s = T(2026, 10, 26, 9, 30, 44, wd="Mon", off="+01:00")
    st = T(2026, 11, 6, 16, 0, wd="Fri", off="+01:00")
    en = st + timedelta(minutes=45)
    meet = meet_code(c, "meet")
    body = f"""Hi Folake,

The panel loved your micro-lesson – Ifeoluwa is still quoting your okada-fare word problem. We'd
like you to meet Damilola Ogunleye, our founder & CEO, for the final conversation.

Damilola is travelling for most of next week, so this one will be on Google Meet rather than in
Yaba: Friday, 6 November, 4:00–4:45pm Lagos time. The calendar file is attached; it should open
in any calendar app.

There's nothing to prepare. Damilola usually asks about the "why" behind your move from the
classroom and is happy to answer anything about where ImoHub is going.

Chiamaka
"""
    ics = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Apple Inc.//macOS 15.1//EN", "CALSCALE:GREGORIAN",
                    "METHOD:REQUEST"] + VTZ_LAGOS +
                   ["BEGIN:VEVENT", f"UID:{uuidish(c, 'uid').upper()}", f"DTSTAMP:{zstamp(s)}",
                    f"DTSTART;TZID=Africa/Lagos:{local(st, LAGOS)}", f"DTEND;TZID=Africa/Lagos:{local(en, LAGOS)}",
                    "SUMMARY:ImoHub final – Folake Adeyemi x Damilola Ogunleye",
                    f"DESCRIPTION:{esc('Final conversation with Damilola Ogunleye (Founder & CEO) for the Learning Content Specialist (Mathematics) role. Google Meet: https://meet.google.com/' + meet)}",
                    f"URL:https://meet.google.com/{meet}", "LOCATION:Google Meet",
                    f"ORGANIZER;CN=Chiamaka Eze:mailto:{CHIAMAKA[1]}",
                    attendee("Damilola Ogunleye", DAMILOLA[1], "ACCEPTED"), attendee("Folake Adeyemi", OWNER),
                    "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    e = message(c, 1, sent=s, frm=CHIAMAKA, to=[ME], subject="Final round: chat with our founder, Damilola",
                entity=text_email(c, 1, body=body, attachments=[("imohub-final.ics", "text/calendar", ics)]),
                mid=mid_gmail(c, 1), host="mail-pl1-f171.google.com")
    add(17, "imohub-founder-final-ics",
        [("01-final-round-founder.eml", e), ("02-imohub-final.ics", ics.encode("utf-8"))],
        LAB([IV(IMO, IMO_ROLE, st, en, "scheduled", [DAMILOLA[1]], [DAMILOLA[1]], "hiring_manager")],
            "easy", "positive/email-plus-standalone-ics",
            "Recruiter mail with .ics attachment plus the same .ics saved standalone (TZID=Africa/Lagos). One "
            "final interview with the founder; the recruiter only organizes."))


def c18():
    c = "b331-18"
    s = T(2026, 10, 28, 10, 14, 9, tz=TORONTO, wd="Wed", off="-04:00")
    st = T(2026, 11, 3, 9, 30, tz=TORONTO, wd="Tue", off="-05:00")
    en = st + timedelta(minutes=30)
    assert st.astimezone(LAGOS).strftime("%H:%M") == "15:30"
    meet = meet_code(c, "meet")
    body = f"""Hi Folake,

Thank you for your interest in MapleBridge Tutoring! Your interview for the Online Mathematics
Tutor (West Africa Cohort) position has been confirmed. Please see the details below.

Date: Tuesday, November 3rd, 2026
Time: 9:30 AM - 10:00 AM Eastern Time (US & Canada)
Interviewer: Hannah Whitfield, Talent Acquisition Partner
Format: Video call – https://meet.google.com/{meet}

A quick note on time zones, since our candidates are spread across West Africa: clocks in Toronto
go back one hour on Sunday, November 1. That means 9:30 AM Eastern on the 3rd is 3:30 PM in
Lagos/Ibadan (WAT), one hour later than the same slot would have been this week.

We've attached a calendar invite (.ics) for your convenience. If you need to reschedule, simply
reply to this email.

Best,
Hannah Whitfield
Talent Acquisition Partner, MapleBridge Tutoring

Powered by Greenhouse
"""
    ics = ics_text(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software//Greenhouse//EN", "METHOD:REQUEST"]
                   + VTZ_TORONTO +
                   ["BEGIN:VEVENT", f"UID:greenhouse-interview-{int(hx(c, 'gh', n=8), 16)}@greenhouse.io",
                    f"DTSTAMP:{zstamp(s)}", f"DTSTART;TZID=America/Toronto:{local(st, TORONTO)}",
                    f"DTEND;TZID=America/Toronto:{local(en, TORONTO)}",
                    "SUMMARY:Interview: Folake Adeyemi – Online Mathematics Tutor (West Africa Cohort)",
                    f"DESCRIPTION:{esc('Recruiter screen with Hannah Whitfield. Join: https://meet.google.com/' + meet)}",
                    f"LOCATION:https://meet.google.com/{meet}",
                    f"ORGANIZER;CN=Hannah Whitfield:mailto:{HANNAH[1]}",
                    attendee("Hannah Whitfield", HANNAH[1], "ACCEPTED"), attendee("Folake Adeyemi", OWNER),
                    "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    e = message(c, 1, sent=s, frm=("Hannah Whitfield", "no-reply@us.greenhouse-mail.io"), reply_to=HANNAH, to=[ME],
                subject="Interview Confirmation: Online Mathematics Tutor (West Africa Cohort) at MapleBridge Tutoring",
                entity=text_email(c, 1, body=body, html_body=html_from(body),
                                  attachments=[("interview.ics", "text/calendar", ics)], bstyle="part"),
                mid=mid_dom(c, 1, "us.greenhouse-mail.io"), host="o7.us.greenhouse-mail.io")
    add(18, "maple-greenhouse-screen-dst", [("01-greenhouse-interview-confirmation.eml", e)],
        LAB([IV(MBT, MBT_ROLE, st, en, "scheduled", [HANNAH[1]], [HANNAH[1]], "phone_screen")],
            "hard", "positive/ats-email-with-ics-dst",
            "Greenhouse confirmation sent Wed 28 Oct (EDT, -0400) for Tue 3 Nov 9:30 ET, after Canada's 1 Nov "
            "change: -05:00, i.e. 15:30 WAT. .ics uses TZID=America/Toronto with VTIMEZONE."),
        ["18: sent 28 Oct under EDT (-0400); interview 3 Nov under EST (-05:00); Toronto-Lagos gap 5 h -> 6 h"])


def c19():
    c = "b331-19"
    W(2026, 11, 9, "Mon")
    s = T(2026, 11, 4, 11, 20, 3, tz=TORONTO, wd="Wed", off="-05:00")
    st = T(2026, 11, 9, 9, 0, tz=TORONTO, wd="Mon", off="-05:00")
    en = st + timedelta(minutes=45)
    assert st.astimezone(LAGOS).strftime("%H:%M") == "15:00"
    body = """When: Monday, November 9, 2026 9:00 AM-9:45 AM (UTC-05:00) Eastern Time (US & Canada).
Where: Microsoft Teams Meeting

Hi Folake,

Hannah passed along great notes from your screen yesterday. I run tutoring operations for our
Africa cohorts (Nigeria, Ghana and Kenya) and I'd like to talk through how you'd handle a group of
eight Grade 7 students spread over three time zones, and what we expect on evening availability.

For reference, that's 3:00 PM in Ibadan.

Daniel Okafor-Reid
Head of Tutoring – Africa, MapleBridge Tutoring
Toronto, ON
"""
    uid = "040000008200E00074C5B7101A82E008000000" + hx(c, "uid", n=24).upper() + "10000000" + hx(c, "uidb", n=24).upper()
    e = exchange_invite(c, 1, sent=s, organizer=DANIEL, required=[ME, DANIEL],
                        subject="MapleBridge | Hiring Manager Interview | Folake Adeyemi", start=st, end=en,
                        zone=TORONTO, win_tzid="Eastern Standard Time", vtz=VTZ_WIN_EST, body=body,
                        location="Microsoft Teams Meeting", uid=uid, lang="en-US", org_tag="YT3PR")
    add(19, "maple-teams-hiring-manager", [("01-teams-hiring-manager.eml", e)],
        LAB([IV(MBT, MBT_ROLE, st, en, "scheduled", [DANIEL[1]], [DANIEL[1]], "hiring_manager")],
            "medium", "positive/exchange-teams",
            "Teams invite with Windows TZID 'Eastern Standard Time' and '(UTC-05:00) Eastern Time (US & Canada)' "
            "label; Mon 9 Nov 9:00-9:45 EST = 15:00 WAT."),
        ["19: Windows TZID 'Eastern Standard Time', '(UTC-05:00)' label, after the 1 Nov change"])


def c20():
    c = "b331-20"
    W(2026, 10, 26, "Mon")
    W(2027, 1, 4, "Mon")
    W(2026, 11, 6, "Fri")
    s = T(2026, 11, 2, 12, 10, 36, wd="Mon", off="+01:00")
    body = """Dear Mrs. Adeyemi,

Following your successful interview with the Proprietress on Monday, 26 October 2026, we are
pleased to offer you appointment as Mathematics Teacher (Senior Secondary) at Oluyole Heritage
College, with effect from Monday, 4 January 2027 (second-term resumption).

Your gross monthly salary will be ₦285,000, with a transport allowance of ₦30,000 and a
13th-month bonus once your appointment is confirmed. The appointment is subject to six months'
probation.

Kindly come to the school on Friday, 6 November 2026 at 10:00am to sign your acceptance and
complete documentation with the Bursar. Please bring two passport photographs and your TRCN
certificate; the formal letter will be handed to you on the day.

Ẹ kú oríire o! We look forward to having you on the team.

Kehinde Alabi (Mrs)
HR Officer, Oluyole Heritage College
"""
    e = message(c, 1, sent=s, frm=KEH_A, to=[ME], cc=[PRINCIPAL],
                subject="Offer of Appointment – Mathematics Teacher (Senior Secondary)",
                entity=text_email(c, 1, body=body, html_body=html_from(body), html_enc="base64"),
                mid=mid_gmail(c, 1), host="mail-wr1-f45.google.com")
    add(20, "oluyole-offer-signing", [("01-offer-of-appointment.eml", e)],
        LAB([], "medium", "negative/offer",
            "Offer letter referring to the past interview (26 Oct) and inviting the owner to sign on Fri 6 Nov "
            "10:00; documentation appointment, not an interview."))


def c21():
    c = "b331-21"
    st = T(2026, 11, 12, 10, 0, tz=TORONTO, wd="Thu", off="-05:00")
    en = st + timedelta(hours=1)
    assert st.astimezone(LAGOS).strftime("%H:%M") == "16:00"
    meet = meet_code(c, "meet")
    eid = b32(c, "eid", n=26)
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx(c, 'etag', n=12), 16)}\"",
        "id": eid,
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-11-09T20:10:41.000Z",
        "updated": "2026-11-09T20:12:03.518Z",
        "summary": "MapleBridge Tutoring: Demo tutoring session – Folake Adeyemi (Online Mathematics Tutor)",
        "description": ("Live demo: 30 minutes tutoring two of our Grade 8 students (ratios & rates), then a 30-minute "
                        "debrief with Luc Gagnon (Academic Director) and Aisha Mohammed (Senior Math Tutor).\n"
                        "Folake: this is 4:00 PM WAT."),
        "creator": {"email": HANNAH[1], "displayName": HANNAH[0]},
        "organizer": {"email": HANNAH[1], "displayName": HANNAH[0]},
        "start": {"dateTime": iso(st), "timeZone": "America/Toronto"},
        "end": {"dateTime": iso(en), "timeZone": "America/Toronto"},
        "iCalUID": f"{eid}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": HANNAH[1], "displayName": HANNAH[0], "organizer": True, "responseStatus": "accepted"},
            {"email": LUC[1], "displayName": LUC[0], "responseStatus": "accepted"},
            {"email": AISHA[1], "displayName": AISHA[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": f"https://meet.google.com/{meet}",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{meet}",
                             "label": f"meet.google.com/{meet}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": meet,
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    data = (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    add(21, "maple-gcal-demo-session", [("01-maple-demo-session.gcal.json", data)],
        LAB([IV(MBT, MBT_ROLE, st, en, "scheduled", [LUC[1], AISHA[1]], [LUC[1], AISHA[1]], "technical")],
            "medium", "positive/gcal-api",
            "Calendar API event only: live demo tutoring session + debrief, Thu 12 Nov 10:00-11:00 America/Toronto "
            "(-05:00); owner has self=true. The organizing recruiter does not conduct it."),
        ["21: Calendar API dateTime -05:00 with timeZone America/Toronto (16:00 WAT)"])


def c22():
    c = "b331-22"
    W(2026, 11, 16, "Mon")
    s = T(2026, 11, 9, 6, 48, 15, wd="Mon", off="+01:00")
    body = """Dear Applicant FOLAKE ADEYEMI,

CONGRATULATIONS!!!

We are pleased to inform you that you have been SHORTLISTED for the ORAL INTERVIEW for the post
of Mathematics Teacher (Grade Level 08) in the ongoing 2026 Teaching Service Recruitment Exercise.

Interview Date: Monday 16th November 2026
Time: 9:00am prompt
Venue: Will be sent to you via WhatsApp after payment confirmation

To secure your interview slot you are required to pay a NON-REFUNDABLE interview processing fee
of N15,500 (Fifteen Thousand Five Hundred Naira) within 48 hours to:

Bank: Moniepoint MFB
Account Name: S.O. Okoro Ventures
Account Number: 55501 90412

Send proof of payment to WhatsApp 0816 555 0190. Candidates who fail to pay will be replaced.

Signed,
Director of Recruitment
Teaching Service Commission
"""
    e = message(c, 1, sent=s, frm=("TESCOM Recruitment 2026", "tescom.recruitment.2026@freemail.example"),
                reply_to=(None, "tescomdesk2026@quickmail.example"), to=[ME],
                subject="CONGRATULATIONS!!! Shortlisted for Oral Interview - Teaching Service Recruitment 2026",
                entity=text_email(c, 1, body=body, enc="7bit"), mid=mid_dom(c, 1, "freemail.example"),
                host="smtp.freemail.example")
    add(22, "scam-teaching-service-fee", [("01-shortlisted-oral-interview.eml", e)],
        LAB([], "medium", "negative/scam",
            "Fake Teaching Service 'oral interview' demanding a processing fee, venue only after payment; scam."))


def c23():
    c = "b331-23"
    W(2026, 11, 3, "Tue")
    W(2026, 11, 5, "Thu")
    s = T(2026, 11, 16, 9, 30, 2, tz=ACCRA, wd="Mon", off="+00:00")
    body = """Dear Folake,

Thank you for the time you gave us over the past month, and in particular for the facilitation
session on 3 November and your conversation with Akosua on the 5th. The teacher-coaches who took
part in your session were full of praise.

After a lot of discussion we have offered the role to a candidate based in Tamale whose Dagbani
literacy experience is a close fit for our new northern Ghana programme. I know this is
disappointing news, and I'm sorry to be the one sharing it.

We would genuinely like to stay in touch: we expect to open a Nigeria-based coordinator position
in 2027 and I'd be glad to let you know when it is advertised.

With warm wishes,
Abena Owusu-Ansah
HR & Operations Officer, Sankofa Reading Initiative
"""
    e = message(c, 1, sent=s, frm=ABENA, to=[ME], subject="Your application – Programme Officer (Teacher PD)",
                entity=text_email(c, 1, body=body), mid=mid_dom(c, 1, "sankofareads.example"),
                host="smtp.sankofareads.example")
    add(23, "sankofa-rejection", [("01-your-application.eml", e)],
        LAB([], "easy", "negative/rejection",
            "Rejection after the final stages; refers to past interview dates (3 and 5 Nov) only."))


# ============================================================================= output

def write_readme(labels):
    pos = [k for k, v in labels.items() if v["interview"]]
    ivs = [i for v in labels.values() for i in v["interviews"]]
    by_status, by_kind = {}, {}
    for i in ivs:
        by_status[i["status"]] = by_status.get(i["status"], 0) + 1
        by_kind[i["kind"]] = by_kind.get(i["kind"], 0) + 1
    tz_lines = [f"- {p}" for cs in CASES for p in cs["tz"]]
    lines = [
        "# blind331: Ibadan and Lagos, a Yoruba/English teacher-to-edtech mailbox (written blind)",
        "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a secondary-school Mathematics teacher in Ibadan "
        "(Africa/Lagos, WAT, no DST) moving into edtech.",
        "",
        "This set was written blind: only the eval README (label schema and rules) and a few dev files (for "
        "formats) were read; no tool code, tests or other sets.",
        "",
        "## What it stresses",
        "- Yoruba mails from an Ibadan school HR officer, with tone marks sometimes present and sometimes dropped "
        "(ìfọ̀rọ̀wánilẹ́nuwò / ifọrọwanilẹnuwo; Ọjọ́ Ajé ... Ọjọ́ Àbámẹ́ta; Ọ̀wàrà, Bélú; 'agogo mẹ́wàá òwúrọ̀', "
        "'agogo méjì ọ̀sán', 'ọ̀la').",
        "- A Yoruba reschedule ('a ti sun ún síwájú', case 13) and cancellation ('a ti fagilé', case 07).",
        "- Process steps: phone screen, teaching demonstration lesson (counts), written test (does not), panel "
        "loop, final with the proprietress/founder; five employers (Ibadan school, Lagos edtech, Ile-Ife "
        "university, Accra NGO, Toronto tutoring company).",
        "- Hard negatives: WhatsApp vacancy broadcast with a 'walk-in interview', written test, one-way video "
        "task, owner on an interview panel, PTA meeting, WAEC invigilation, owambe invite, offer with a signing "
        "appointment, fee-charging scam, rejection.",
        "",
        "## Counts",
        f"- Cases: {len(labels)} ({len(pos)} positive, {len(labels) - len(pos)} negative)",
        f"- Labelled interviews: {len(ivs)} — by status: " +
        ", ".join(f"{k} {v}" for k, v in sorted(by_status.items())) + "; by kind: " +
        ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())),
        "",
        "## Formats used",
        "- Plain human threads (In-Reply-To/References), text/plain and HTML, quoted-printable and base64, "
        "RFC 2047 Yoruba headers",
        "- Google Calendar invitations (multipart/mixed: text/plain, text/html, text/calendar;method=REQUEST, "
        "invite.ics), incl. an updated invitation (same UID, SEQUENCE 1)",
        "- Exchange/Teams invites (Windows TZIDs 'W. Central Africa Standard Time' and 'Eastern Standard Time', "
        "X-MICROSOFT-CDO-*, METHOD:CANCEL)",
        "- Calendly booking with .ics, Greenhouse confirmation with .ics (TZID=America/Toronto), NGO mail with a "
        "two-VEVENT .ics, Outlook PUBLISH .ics attachment",
        "- Standalone .ics (case 17) and a Calendar API .gcal.json event (case 21)",
        "",
        "## Time-zone / DST points",
        "- Owner in Africa/Lagos (+01:00 all year); Accra is +00:00 (one hour behind); Toronto changes from EDT "
        "(-04:00) to EST (-05:00) on Sun 1 Nov 2026. EU/UK (25 Oct) and US (1 Nov) dates are asserted in "
        "make_cases.py even though no European sender appears.",
    ] + tz_lines + [
        "",
        "Regenerate with `python make_cases.py` (byte-identical output).",
        "",
    ]
    (OUT / "README.md").write_text("\n".join(lines), encoding="utf-8")


def main():
    dst_checks()
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19,
               c20, c21, c22, c23):
        fn()
    for p in sorted(OUT.glob("b331-*")):
        if p.is_dir():
            shutil.rmtree(p)
    labels = {}
    nns = [cs["nn"] for cs in CASES]
    assert nns == list(range(1, len(CASES) + 1))
    for cs in CASES:
        d = OUT / cs["id"]
        d.mkdir()
        names = [n for n, _ in cs["items"]]
        assert names == sorted(names) and len(set(names)) == len(names), names
        for name, data in cs["items"]:
            assert name.split("-")[0].isdigit() and name.isascii(), name
            (d / name).write_bytes(data)
        labels[cs["id"]] = cs["label"]
    head = "# Labels for blind331 (written blind). Schema: /work/shared/eval/README.md\n"
    txt = yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    (OUT / "labels.yaml").write_text(head + txt, encoding="utf-8")
    write_readme(labels)
    print(f"wrote {len(CASES)} cases to {OUT}")


if __name__ == "__main__":
    main()
