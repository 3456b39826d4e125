#!/usr/bin/env python3
"""Regenerate the blind244 evaluation cases (written blind; see README.md).

Deterministic: fixed dates, Message-IDs, MIME boundaries and UIDs; running it twice gives
byte-identical output.  Standard library + PyYAML + zoneinfo only.

    python make_cases.py
"""
import base64
import hashlib
import html
import json
import os
import quopri
import shutil
import textwrap
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "b244-"

UTC = timezone.utc
MIA = ZoneInfo("America/New_York")      # Miami / Tampa / Orlando / Fort Lauderdale / Naples
BOG = ZoneInfo("America/Bogota")        # UTC-5 all year
MEX = ZoneInfo("America/Mexico_City")   # CST all year since Oct 2022
SJU = ZoneInfo("America/Puerto_Rico")   # AST (UTC-4) all year
CHI = ZoneInfo("America/Chicago")       # Pensacola (Florida panhandle)
LAX = ZoneInfo("America/Los_Angeles")   # Gmail MX Received stamps
OKC = ZoneInfo("America/Chicago")       # Paycom servers (Oklahoma)

OWNER = "valeria.restrepo@example.com"
OWNER_NAME = "Valeria Restrepo Cárdenas"
OWNER_WORK = "vrestrepo@palmettogrove.example"   # current employer; forwards to OWNER

EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]


# --------------------------------------------------------------------------- time helpers
def at(y, mo, d, h, mi, tz, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(d, name):
    """Assert that datetime d falls on weekday `name` (English or Spanish) and return d."""
    n = name.lower()
    ok = n == EN_DAYS[d.weekday()].lower() or n == ES_DAYS[d.weekday()]
    assert ok, (d.isoformat(), name, EN_DAYS[d.weekday()])
    return d


def iso(d):
    return d.isoformat() if d is not None else None


def rfc(d):
    return format_datetime(d)


def zstamp(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def loc(d):
    return d.strftime("%Y%m%dT%H%M%S")


def gclock(d):
    """Google style '3pm' / '9:30am'."""
    h = d.hour % 12 or 12
    ap = "am" if d.hour < 12 else "pm"
    return f"{h}{ap}" if d.minute == 0 else f"{h}:{d.minute:02d}{ap}"


def gdate_short(d):
    return f"{d.strftime('%a')} {d.strftime('%b')} {d.day}, {d.year}"


def gdate_long(d):
    return f"{d.strftime('%A')} {d.strftime('%b')} {d.day}, {d.year}"


def clock12(d):
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def hx(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def b32(seed, n):
    return base64.b32encode(hashlib.sha256(seed.encode()).digest()).decode().rstrip("=")[:n]


def b64id(seed, n):
    return base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()[:n]


def T(s):
    return textwrap.dedent(s).strip("\n")


# --------------------------------------------------------------------------- header helpers
def enc_name(name):
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return Header(name, "utf-8").encode()
    if any(c in name for c in ',.()<>@;:"&'):
        return '"%s"' % name.replace('"', '\\"')
    return name


def addr(name, email):
    return f"{enc_name(name)} <{email}>" if name else email


def addrs(pairs):
    return ", ".join(addr(n, e) for n, e in pairs)


def subj(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", header_name="Subject").encode()


def gmail_mid(seed):
    return f"<CA{b32(seed, 12)}+{b64id(seed + 'b', 22).replace('/', '_')}@mail.gmail.com>"


def outlook_mid(seed):
    pre = "SJ0PR" + hx(seed, 2).upper() + "MB" + str(int(hx(seed + "n", 4), 16) % 9000 + 1000)
    return f"<{pre}{hx(seed + 'm', 24).upper()}@{pre}.namprd{int(hx(seed,2),16)%20+1:02d}.prod.outlook.com>"


def google_cal_mid(seed):
    return f"<calendar-{hx(seed,8)}-{hx(seed+'1',4)}-{hx(seed+'2',4)}-{hx(seed+'3',4)}-{hx(seed+'4',12)}@google.com>"


def base_headers(date, seed, *, fwd_from=None, return_path=None, spf_domain=None):
    """Delivery headers added by the owner's mailbox provider."""
    rcv = (date + timedelta(seconds=2 + int(hx(seed, 2), 16) % 5)).astimezone(LAX)
    h = [("Delivered-To", OWNER)]
    if fwd_from:
        h += [("X-Forwarded-To", OWNER), ("X-Forwarded-For", f"{fwd_from} {OWNER}")]
    h.append(("Received", f"by 2002:a05:7010:{hx(seed,4)}:b0:{hx(seed+'r',3)}:{hx(seed+'s',4)} "
                          f"with SMTP id {b32(seed+'id',10).lower()};\n        {rfc(rcv)}"))
    if return_path:
        h.append(("Return-Path", f"<{return_path}>"))
    if spf_domain:
        h.append(("Authentication-Results", f"mx.google.com;\n       dkim=pass header.i=@{spf_domain};\n"
                                            f"       spf=pass smtp.mailfrom={spf_domain};\n"
                                            f"       dmarc=pass (p=QUARANTINE) header.from={spf_domain}"))
    return h


def render(headers, body_part):
    out = []
    for k, v in headers:
        out.append(f"{k}: {v}")
    out.append("MIME-Version: 1.0")
    return "\n".join(out) + "\n" + body_part + "\n"


# --------------------------------------------------------------------------- MIME helpers
def leaf(ctype, text, cte=None, extra=()):
    raw = text.encode("utf-8")
    if cte is None:
        cte = "7bit" if all(b < 128 for b in raw) and max((len(l) for l in text.split("\n")), default=0) < 900 \
            else "quoted-printable"
    if cte == "quoted-printable":
        body = quopri.encodestring(raw).decode("ascii")
    elif cte == "base64":
        body = base64.encodebytes(raw).decode("ascii")
    else:
        body = text
    hdr = [f"Content-Type: {ctype}"] + list(extra) + [f"Content-Transfer-Encoding: {cte}"]
    return "\n".join(hdr) + "\n\n" + body.rstrip("\n")


def leaf_bytes_b64(ctype, data, extra=()):
    body = base64.encodebytes(data).decode("ascii")
    hdr = [f"Content-Type: {ctype}"] + list(extra) + ["Content-Transfer-Encoding: base64"]
    return "\n".join(hdr) + "\n\n" + body.rstrip("\n")


def multipart(sub, boundary, parts, preamble=""):
    out = f'Content-Type: multipart/{sub}; boundary="{boundary}"\n\n'
    if preamble:
        out += preamble + "\n"
    for p in parts:
        out += f"--{boundary}\n{p}\n"
    out += f"--{boundary}--"
    return out


def gm_boundary(seed):
    return "000000000000" + hx(seed, 16)


def html_paras(text):
    """Plain text -> simple HTML paragraphs (line breaks kept)."""
    paras = [p for p in text.split("\n\n")]
    out = []
    for p in paras:
        out.append("<div>" + "<br>".join(html.escape(l, quote=False) for l in p.split("\n")) + "</div>")
    return "<div><br></div>".join(out)


def gmail_html(new_text, quote_attr=None, quoted_html=None):
    h = f'<div dir="ltr">{html_paras(new_text)}</div>'
    if quote_attr:
        h += (f'<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">'
              f'{html.escape(quote_attr, quote=False)}<br></div><blockquote class="gmail_quote" '
              f'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
              f'{quoted_html}</blockquote></div>')
    return h


def quote_lines(text):
    return "\n".join(("> " + l) if l else ">" for l in text.split("\n"))


def gmail_alt(seed, text, html_body):
    return multipart("alternative", gm_boundary(seed), [
        leaf('text/plain; charset="UTF-8"', text),
        leaf('text/html; charset="UTF-8"', html_body, "quoted-printable"),
    ])


def human_mail(seed, *, frm, to, subject, date, text, cc=None, reply_to=None, in_reply_to=None,
               references=None, quote_attr=None, quoted_text=None, quoted_html=None, fwd_from=None,
               x_mailer=None, client="gmail", extra_headers=()):
    """A person's e-mail (Gmail / Google Workspace style, or Outlook when client='outlook')."""
    mid = gmail_mid(seed) if client == "gmail" else outlook_mid(seed)
    dom = frm[1].split("@")[1]
    h = base_headers(date, seed, fwd_from=fwd_from, return_path=frm[1], spf_domain=dom)
    h += [("From", addr(*frm)), ("Date", rfc(date)), ("Message-ID", mid), ("Subject", subj(subject))]
    if client == "outlook":
        h += [("Thread-Topic", subj(subject.split(": ", 1)[-1] if subject[:3] in ("RE:", "Re:") else subject)),
              ("Thread-Index", b64id(seed + "ti", 30) + "==")]
    h.append(("To", addrs(to)))
    if cc:
        h.append(("Cc", addrs(cc)))
    if reply_to:
        h.append(("Reply-To", addr(*reply_to)))
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if references:
        h.append(("References", references))
    if x_mailer:
        h.append(("X-Mailer", x_mailer))
    h += list(extra_headers)
    full_text = text
    if quote_attr:
        full_text = text + "\n\n" + quote_attr + "\n\n" + quote_lines(quoted_text)
    if quoted_text and quoted_html is None:
        quoted_html = html_paras(quoted_text)
    if client == "outlook":
        body_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                     '<body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">'
                     + html_paras(text) + "</div>")
        if quote_attr:
            body_html += ('<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg">'
                          + html_paras(quote_attr) + "</div>" + quoted_html)
        body_html += "</body></html>"
        part = multipart("alternative", "_000_" + hx(seed, 24).upper() + "prodoutlookcom_", [
            leaf('text/plain; charset="utf-8"', full_text, "quoted-printable"),
            leaf('text/html; charset="utf-8"', body_html, "quoted-printable"),
        ])
        h += [("Accept-Language", "es-419, en-US"), ("Content-Language", "es-419"),
              ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    else:
        part = gmail_alt(seed, full_text, gmail_html(text, quote_attr, quoted_html))
    return render(h, part), mid


# --------------------------------------------------------------------------- iCalendar helpers
def fold(line):
    b = line.encode("utf-8")
    out, first = [], True
    while True:
        limit = 75 if first else 74
        if len(b) <= limit:
            out.append(b)
            break
        cut = limit
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
        first = False
    return "\r\n ".join(x.decode("utf-8") for x in out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def lf(s):
    return s.replace("\r\n", "\n")


VTZ = {
    "America/New_York": [
        "BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "America/Puerto_Rico": [
        "BEGIN:VTIMEZONE", "TZID:America/Puerto_Rico", "X-LIC-LOCATION:America/Puerto_Rico",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0400", "TZNAME:AST",
        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Eastern Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "SA Pacific Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:SA Pacific Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0500",
        "END:STANDARD", "END:VTIMEZONE"],
    "SA Western Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:SA Western Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0400",
        "END:STANDARD", "END:VTIMEZONE"],
}


def google_ics(*, method, uid, seq, start, end, dtstamp, created, organizer, attendees, summary,
               description, meet=None, location="", status="CONFIRMED"):
    """Google Calendar invitation iCalendar (UTC times, no VTIMEZONE)."""
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
         f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(dtstamp)}",
         f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for name, email, partstat in attendees:
        L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};RSVP=TRUE"
                 f";CN={name or email};X-NUM-GUESTS=0:mailto:{email}")
    if meet:
        L.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    L += [f"CREATED:{zstamp(created)}", f"DESCRIPTION:{esc(description)}",
          f"LAST-MODIFIED:{zstamp(dtstamp)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}",
          f"STATUS:{status}", f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ics(L)


def google_invite(seed, *, kind, organizer, guests, title, start, end, uid, seq, dtstamp, created,
                  description, meet, date, location="", changed=None, event_tz_label="Eastern Time - New York",
                  fwd_from=None, to=OWNER):
    """Google Calendar invitation / update / cancellation e-mail sent to the owner.

    guests: list of (name, email, partstat) incl. organizer and owner.
    kind: 'Invitation' | 'Updated invitation' | 'Canceled event'
    Subject and body times are shown in the owner's calendar zone (America/New_York).
    """
    s, e = start.astimezone(MIA), end.astimezone(MIA)
    tzabbr = s.strftime("%Z")
    method = "CANCEL" if kind == "Canceled event" else "REQUEST"
    status = "CANCELLED" if method == "CANCEL" else "CONFIRMED"
    subject = f"{kind}: {title} @ {gdate_short(s)} {gclock(s)} - {gclock(e)} ({tzabbr}) ({to})"
    cal = google_ics(method=method, uid=uid, seq=seq, start=start, end=end, dtstamp=dtstamp, created=created,
                     organizer=organizer, attendees=guests, summary=title, description=description,
                     meet=meet, location=location, status=status)
    eid = base64.b64encode(f"{uid.split('@')[0]} {to}".encode()).decode().rstrip("=")
    lines = []
    if kind == "Updated invitation":
        lines += ["This event has been updated", f"Changed: {changed}", ""]
    if kind == "Canceled event":
        lines += ["This event has been canceled.", ""]
    lines += [title, f"{gdate_long(s)} ⋅ {gclock(s)} – {gclock(e)}", event_tz_label, ""]
    if location:
        lines += ["Location", location, ""]
    if description:
        lines += [description, ""]
    if meet and method == "REQUEST":
        pin = str(int(hx(seed + "pin", 8), 16))[:9]
        lines += ["Join with Google Meet", f"https://meet.google.com/{meet}", "",
                  "Join by phone", f"(US) +1 786-555-01{int(hx(seed,2),16)%90+10:02d} PIN: {pin}", "",
                  f"More phone numbers: https://tel.meet/{meet}?pin={pin}{hx(seed,4).translate(str.maketrans('abcdef','123456'))}", ""]
    lines += ["Organizer", organizer[0], organizer[1], "", "Guests"]
    for name, email, _ in guests:
        tag = " - organizer" if email == organizer[1] else ""
        if name and name != email:
            lines += [f"{name}{tag}", email]
        else:
            lines += [f"{email}{tag}"]
    lines += [f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}", ""]
    if method == "REQUEST":
        lines += [f"Reply for {to}", "",
                  "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
                  "You are receiving this email because you are an attendee on the event. To stop receiving "
                  "future updates for this event, decline this event.", "",
                  "Forwarding this invitation could allow any recipient to send a response to the organizer, "
                  "be added to the guest list, invite others regardless of their own invitation status, or "
                  "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    else:
        lines += ["Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
                  "You are receiving this email because you are an attendee on the event."]
    text = "\n".join(lines)
    body_html = ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
                 '</head><body><div itemscope itemtype="http://schema.org/EmailMessage">'
                 '<table role="presentation" style="width:100%"><tr><td>'
                 + html_paras(text) + "</td></tr></table></div></body></html>")
    b1, b2 = gm_boundary(seed + "mixed"), gm_boundary(seed + "alt")
    alt = multipart("alternative", b2, [
        leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "quoted-printable"),
        leaf('text/html; charset="UTF-8"', body_html, "quoted-printable"),
        leaf(f'text/calendar; charset="UTF-8"; method={method}', lf(cal), "7bit"
             if all(ord(c) < 128 for c in cal) else "quoted-printable"),
    ])
    att = leaf_bytes_b64('application/ics; name="invite.ics"', cal.encode("utf-8"),
                         ['Content-Disposition: attachment; filename="invite.ics"'])
    part = multipart("mixed", b1, [alt, att])
    mid = google_cal_mid(seed)
    h = base_headers(date, seed, fwd_from=fwd_from,
                     return_path=f"3{b32(seed,10).lower()}-calendar-server.bounces.google.com", spf_domain="google.com")
    h += [("Reply-To", addr(*organizer)), ("Sender", "Google Calendar <calendar-notification@google.com>"),
          ("Message-ID", mid), ("Date", rfc(date.astimezone(UTC)).replace("-0000", "+0000")),
          ("Subject", subj(subject)), ("From", addr(*organizer)), ("To", to)]
    return render(h, part), mid


def outlook_invite(seed, *, frm, to, subject, date, when_line, where, body_text, tzid, start, end, uid,
                   seq, dtstamp, attendees, summary, location, method="REQUEST", cc=(), lang="en-US",
                   fwd_from=None, teams=False, busy="TENTATIVE"):
    """Exchange / Outlook meeting request (or cancellation) with a Windows TZID."""
    sep = "*~*~*~*~*~*~*~*~*~*"
    if lang.startswith("es"):
        head = f"Cuándo: {when_line}\nDónde: {where}\n\n{sep}\n\n"
    else:
        head = f"When: {when_line}\nWhere: {where}\n\n{sep}\n\n"
    text = head + body_text
    L = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    L += VTZ[tzid]
    L += ["BEGIN:VEVENT", f"ORGANIZER;CN={frm[0]}:mailto:{frm[1]}"]
    for name, email, role, partstat in attendees:
        L.append(f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{email}")
    L += [f"DESCRIPTION;LANGUAGE={lang}:{esc(text)}", f"UID:{uid}",
          f"SUMMARY;LANGUAGE={lang}:{esc(summary)}",
          f"DTSTART;TZID={tzid}:{loc(start)}", f"DTEND;TZID={tzid}:{loc(end)}",
          "CLASS:PUBLIC", "PRIORITY:5" if method == "REQUEST" else "PRIORITY:1",
          f"DTSTAMP:{zstamp(dtstamp)}", "TRANSP:OPAQUE",
          "STATUS:CONFIRMED" if method == "REQUEST" else "STATUS:CANCELLED",
          f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE={lang}:{esc(location)}",
          f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
          f"X-MICROSOFT-CDO-OWNERAPPTID:{-int(hx(seed,7),16)}",
          f"X-MICROSOFT-CDO-BUSYSTATUS:{busy if method == 'REQUEST' else 'FREE'}",
          "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY" if method == "REQUEST" else "X-MICROSOFT-CDO-INTENDEDSTATUS:FREE",
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams:
        L.append(f"X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_{b64id(seed,32).replace('/','x').replace('+','y')}%40thread.v2/0")
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}"]
    if method == "REQUEST":
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    cal = ics(L)
    body_html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 '<body><div style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">'
                 + html_paras(text) + "</div></body></html>")
    bnd = "_000_" + hx(seed, 24).upper() + "prodoutlookcom_"
    part = multipart("alternative", bnd, [
        leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
        leaf('text/html; charset="utf-8"', body_html, "quoted-printable"),
        leaf_bytes_b64(f'text/calendar; charset="utf-8"; method={method}', cal.encode("utf-8")),
    ])
    mid = outlook_mid(seed)
    dom = frm[1].split("@")[1]
    h = base_headers(date, seed, fwd_from=fwd_from, return_path=frm[1], spf_domain=dom)
    h += [("From", addr(*frm)), ("To", addrs(to))]
    if cc:
        h.append(("Cc", addrs(cc)))
    h += [("Subject", subj(subject)), ("Thread-Topic", subj(summary)),
          ("Thread-Index", b64id(seed + "ti", 30) + "=="),
          ("Date", rfc(date.astimezone(UTC)).replace("-0000", "+0000")), ("Message-ID", mid),
          ("Accept-Language", f"{lang}, en-US" if lang != "en-US" else "en-US"), ("Content-Language", lang),
          ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
          ("Content-class", "urn:content-classes:calendarmessage"),
          ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + b64id(seed + "si", 20)),
          ("x-ms-publictraffictype", "Email")]
    return render(h, part), mid


def gcal_event(seed, *, summary, description, organizer, attendees, start, end, tz, created, updated,
               uid=None, seq=0, meet=None, status="confirmed", location=None, display_tz=MIA):
    """Google Calendar API v3 Event resource (as returned by events.list for the owner)."""
    eid = hx(seed, 26)
    ev = {
        "kind": "calendar#event",
        "etag": f'"{int(hx(seed+"etag",12),16) % 10**16:016d}"',
        "id": eid,
        "status": status,
        "htmlLink": "https://www.google.com/calendar/event?eid="
                    + base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(hx(seed,3),16)%1000:03d}Z",
        "summary": summary,
        "description": description,
    }
    if location:
        ev["location"] = location
    ev["creator"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["start"] = {"dateTime": start.astimezone(display_tz).isoformat(), "timeZone": tz}
    ev["end"] = {"dateTime": end.astimezone(display_tz).isoformat(), "timeZone": tz}
    ev["iCalUID"] = uid or f"{eid}@google.com"
    ev["sequence"] = seq
    ev["attendees"] = attendees
    if meet:
        ev["hangoutLink"] = f"https://meet.google.com/{meet}"
        ev["conferenceData"] = {
            "entryPoints": [
                {"entryPointType": "video", "uri": f"https://meet.google.com/{meet}", "label": f"meet.google.com/{meet}"},
                {"entryPointType": "phone", "uri": "tel:+1-786-555-0163", "label": "+1 786-555-0163",
                 "pin": str(int(hx(seed + "pin", 8), 16))[:9], "regionCode": "US"},
            ],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": meet,
        }
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return json.dumps(ev, indent=2, ensure_ascii=False) + "\n"


def meet_code(seed):
    a = "abcdefghijkmnopqrstuvwxyz"
    h = hashlib.sha256(seed.encode()).digest()
    s = "".join(a[b % len(a)] for b in h[:10])
    return f"{s[:3]}-{s[3:7]}-{s[7:10]}"


def zoom_link(seed, sub="us06web"):
    mid = str(int(hx(seed, 12), 16))[:11]
    return (f"https://{sub}.zoom.us/j/{mid}?pwd={b64id(seed+'pwd',32).replace('/','a').replace('+','b')}",
            f"{mid[:3]} {mid[3:7]} {mid[7:]}", str(int(hx(seed + 'pc', 6), 16))[:6])


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
            "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients), "kind": kind}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def ats_mail(seed, *, frm, subject, date, text, html_body, to=None, reply_to=None, attachments=(),
             fwd_from=None, return_path=None, spf_domain=None, extra_headers=(), boundary=None,
             mid_domain="paycomonline.net"):
    """Vendor/system mail: multipart/alternative (+ optional attachments => multipart/mixed)."""
    to = to or [(OWNER_NAME, OWNER)]
    bnd = boundary or f"----=_Part_{int(hx(seed,6),16)}_{int(hx(seed+'p',8),16)}.{1790000000000 + int(hx(seed+'t',5),16)}"
    alt = multipart("alternative", bnd, [
        leaf('text/plain; charset=UTF-8', text, "quoted-printable"),
        leaf('text/html; charset=UTF-8', html_body, "quoted-printable"),
    ])
    if attachments:
        part = multipart("mixed", bnd + "_mx", [alt] + list(attachments))
    else:
        part = alt
    mid = f"<{int(hx(seed,10),16)}.{int(hx(seed+'x',6),16)}.{1790000000000 + int(hx(seed+'t',5),16)}@{mid_domain}>"
    h = base_headers(date, seed, fwd_from=fwd_from, return_path=return_path or frm[1],
                     spf_domain=spf_domain or frm[1].split("@")[1])
    h += [("Date", rfc(date)), ("From", addr(*frm))]
    if reply_to:
        h.append(("Reply-To", addr(*reply_to)))
    h += [("To", addrs(to)), ("Message-ID", mid), ("Subject", subj(subject))]
    h += list(extra_headers)
    return render(h, part), mid


def simple_html(title, text, footer="", brand_color="#0b4f6c"):
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>' + html.escape(title) + '</title></head>'
            '<body style="margin:0;padding:0;background:#f4f4f4"><table width="100%" cellpadding="0" cellspacing="0">'
            f'<tr><td style="background:{brand_color};color:#fff;padding:16px 24px;font:bold 18px Arial,sans-serif">'
            + html.escape(title) + '</td></tr><tr><td style="background:#fff;padding:24px;font:14px/1.5 Arial,sans-serif">'
            + html_paras(text) + '</td></tr>'
            + (f'<tr><td style="padding:12px 24px;font:11px Arial,sans-serif;color:#777">{html_paras(footer)}</td></tr>' if footer else "")
            + '</table></body></html>')


# =========================================================================== POSITIVES
@case
def c01():
    cid = "b244-01-paycom-phone-screen-coral-gables"
    company, role = "Coralina Hotels & Resorts", "Group Sales Manager"
    rec = ("Brianna Castellanos", "brianna.castellanos@coralinahotels.example")
    sent = at(2026, 10, 1, 13, 7, OKC, 33)
    start = wd(at(2026, 10, 6, 10, 0, MIA), "Tuesday")
    end = start + timedelta(minutes=30)
    text = T(f"""
        Dear Valeria,

        Thank you for your interest in the {role} position with {company}. We would like to invite you to a phone interview.

        Interview Details
        Position: {role} (Coral Gables, FL)
        Interview Type: Phone Interview
        Date: Tuesday, October 06, 2026
        Time: 10:00 AM Eastern Time
        Duration: 30 minutes
        Interviewer: Brianna Castellanos, Talent Acquisition Partner

        Brianna will call you at the phone number listed on your application, (305) 555-0148. If you need to reschedule, please contact Brianna directly at {rec[1]} or (305) 555-0192.

        We look forward to speaking with you!

        Sincerely,
        {company} Talent Acquisition
        """)
    footer = "This message was sent to you by Coralina Hotels & Resorts through Paycom. Please do not reply to this automated message."
    raw, _ = ats_mail("c01", frm=(company, "donotreply@paycomonline.net"), subject=f"Interview Scheduled - {role}",
                      date=sent, text=text + "\n\n--\n" + footer, html_body=simple_html("Interview Scheduled", text, footer),
                      return_path="bounce-c01@bounces.paycomonline.net", spf_domain="paycomonline.net")
    files = {"01-paycom-interview-scheduled.eml": raw}
    lab = label([iv(company, role, start, end, "scheduled", [rec[1]], [rec[1]], "phone_screen")],
                "easy", "positive/ats-paycom-body-only",
                "Paycom confirmation, body only. Sent from a Paycom no-reply address (CDT server time); the recruiter "
                "who phones is named with her address in the text -> interviewer and follow-up recipient. "
                "10:00 AM Eastern on Oct 6 is EDT (-04:00).")
    return cid, files, lab


@case
def c02():
    cid = "b244-02-outlook-sa-pacific-bogota-hotel"
    company, role = "Grupo Hotelero Andino", "Gerente de Ventas Internacionales – Mercado EE. UU."
    org = ("Camila Rozo", "crozo@hotelesandino.example")
    hm = ("Juliana Ospina", "jospina@hotelesandino.example")
    sent = at(2026, 10, 8, 11, 42, BOG, 10)
    start = wd(at(2026, 10, 14, 10, 0, BOG), "miércoles")
    end = start + timedelta(hours=1)
    assert start.astimezone(MIA).hour == 11
    zl, zid, zpc = zoom_link("c02", "us06web")
    body = T(f"""
        Hola Valeria,

        Te confirmamos la entrevista con Juliana Ospina, Gerente Comercial Corporativa, para la vacante de {role}; la reunión será por Zoom y dura aproximadamente una hora.

        Ten en cuenta que la hora de la invitación es la de Colombia: en Miami serán las 11:00 a. m. (hasta el 1 de noviembre ustedes están una hora adelante de nosotros).

        Yo solo coordino la agenda; no estaré en la llamada. Si necesitas cambiar algo, me escribes.

        Saludos,

        Camila Rozo
        Analista de Talento Humano | Grupo Hotelero Andino
        Calle 93 # 11A-28, Bogotá, Colombia
        Tel. +57 601 555 0187

        ────────────────────
        Unirse a la reunión Zoom
        {zl}

        ID de reunión: {zid}
        Código de acceso: {zpc}
        """)
    raw, _ = outlook_invite(
        "c02", frm=org, to=[(OWNER_NAME, OWNER), hm],
        subject=f"Entrevista – {role} – Valeria Restrepo", date=sent,
        when_line="miércoles, 14 de octubre de 2026 10:00-11:00 (UTC-05:00) Bogotá, Lima, Quito, Rio Branco.",
        where="Zoom (enlace abajo)", body_text=body, tzid="SA Pacific Standard Time", start=start, end=end,
        uid="040000008200E00074C5B7101A82E008000000003C6F1A2B9F57DD01000000000000000010000000" + hx("c02uid", 32).upper(),
        seq=0, dtstamp=sent, summary=f"Entrevista – {role} – Valeria Restrepo", location="Zoom (enlace abajo)",
        attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"), (hm[0], hm[1], "REQ-PARTICIPANT", "ACCEPTED")],
        lang="es-CO")
    files = {"01-invitacion-entrevista-andino.eml": raw}
    lab = label([iv(company, role, start, end, "scheduled", [hm[1]], [hm[1]], "hiring_manager")],
                "medium", "positive/outlook-windows-tzid-bogota",
                "Spanish Exchange invite with TZID 'SA Pacific Standard Time' (UTC-5, no DST). 10:00 Bogotá = 11:00 in "
                "Miami while Miami is on EDT. Organizer Camila only coordinates ('no estaré en la llamada'); the "
                "hiring manager Juliana is the interviewer.")
    return cid, files, lab


@case
def c03():
    cid = "b244-03-whatsapp-pasted-cdmx-el-jueves"
    company, role = "Casa Reforma Hoteles", "Gerente de Ventas de Grupos y Convenciones"
    rec = ("Ana Sofía Treviño", "asofia.trevino@casareforma.example")
    sent = wd(at(2026, 10, 19, 9, 31, MIA, 12), "Monday")
    start = wd(at(2026, 10, 22, 11, 0, MEX), "jueves")   # "el jueves" after Monday 19 Oct
    assert start.astimezone(MIA).hour == 13              # "la 1 pm en Miami"
    end = start + timedelta(minutes=30)
    text = T("""
        Para no perderlo, copio el chat de WhatsApp:

        [19/10/26, 9:02:41 a.m.] Ana Sofía Treviño (Casa Reforma): Hola Valeria, buen día! Soy Ana Sofía, de Atracción de Talento en Casa Reforma Hoteles 😊 Vi tu postulación para Gerente de Ventas de Grupos y Convenciones
        [19/10/26, 9:03:15 a.m.] Ana Sofía Treviño (Casa Reforma): Me gustaría agendar contigo una primera entrevista telefónica, son como 30 min. ¿Te queda bien el jueves a las 11 am hora CDMX?
        [19/10/26, 9:10:02 a.m.] Valeria: Hola Ana Sofía, mil gracias por escribirme! Sí, el jueves a las 11 hora CDMX me queda perfecto. Serían la 1 pm en Miami, cierto?
        [19/10/26, 9:11:40 a.m.] Ana Sofía Treviño (Casa Reforma): Exacto, aquí ya no cambiamos de horario 😅 Yo te marco a este número
        [19/10/26, 9:12:05 a.m.] Ana Sofía Treviño (Casa Reforma): Y si necesitas algo por correo: asofia.trevino@casareforma.example
        [19/10/26, 9:12:30 a.m.] Valeria: Perfecto, quedo atenta. ¡Gracias!

        Enviado desde mi iPhone
        """)
    mid = f"<{hx('c03',8).upper()}-{hx('c03a',4).upper()}-{hx('c03b',4).upper()}-{hx('c03c',4).upper()}-{hx('c03d',12).upper()}@example.com>"
    h = base_headers(sent, "c03", return_path=OWNER, spf_domain="example.com")
    h += [("Content-Type", 'text/plain;\n\tcharset=utf-8'), ("Content-Transfer-Encoding", "quoted-printable"),
          ("From", addr("Valeria Restrepo", OWNER)), ("Mime-Version", "1.0 (1.0)"),
          ("Date", rfc(sent)), ("Subject", subj("WhatsApp – Ana Sofía (Casa Reforma) entrevista")),
          ("Message-Id", mid), ("To", addr("Valeria Restrepo", OWNER)), ("X-Mailer", "iPhone Mail (22A3370)")]
    raw = "\n".join(f"{k}: {v}" for k, v in h) + "\n\n" + quopri.encodestring(text.encode()).decode() .rstrip("\n") + "\n"
    files = {"01-nota-whatsapp-casa-reforma.eml": raw}
    lab = label([iv(company, role, start, end, "scheduled", [rec[1]], [rec[1]], "phone_screen")],
                "hard", "positive/whatsapp-pasted-spanish-relative",
                "Note-to-self with a pasted WhatsApp chat (From = owner). 'el jueves a las 11 am hora CDMX' resolved "
                "against Monday 19 Oct -> Thu 22 Oct 11:00 -06:00 (Mexico City has no DST; 1 pm in Miami EDT). "
                "Recruiter runs the call herself and gives her e-mail in the chat. End from 'como 30 min'.")
    return cid, files, lab


@case
def c04():
    cid = "b244-04-icims-cruise-line-after-dst-end"
    company, role = "Azulmar Cruise Line", "Manager, Charter & Incentive Sales"
    rec = ("Tasha Whitfield", "twhitfield@azulmarcruises.example")
    hm = ("Rafael Domínguez-Pratt", "rdominguez@azulmarcruises.example")
    sent = wd(at(2026, 10, 27, 11, 18, MIA, 52), "Tuesday")
    start = wd(at(2026, 11, 3, 14, 0, MIA), "Tuesday")
    end = start + timedelta(hours=1)
    assert sent.utcoffset() == timedelta(hours=-4) and start.utcoffset() == timedelta(hours=-5)
    zl, zid, zpc = zoom_link("c04", "azulmarcruises")
    text = T(f"""
        Hi Valeria,

        Thank you for confirming your availability. Your interview for the {role} position (Req #2026-4417) is confirmed:

        Date: Tuesday, November 3, 2026
        Time: 2:00 PM – 3:00 PM Eastern Time
        Format: Zoom video interview
        Interviewer: Rafael Domínguez-Pratt, Director, Charter & Incentive Sales ({hm[1]})

        Please note that Daylight Saving Time ends on Sunday, November 1, so Miami will already be on Eastern Standard Time when we meet. A calendar file is attached for your convenience.

        Join Zoom Meeting
        {zl}
        Meeting ID: {zid}
        Passcode: {zpc}

        If you need to make any changes, just reply to this email and I'll take care of it.

        Best regards,

        Tasha Whitfield
        Talent Acquisition Specialist, Shoreside
        Azulmar Cruise Line | 1050 Caribbean Way, Miami, FL 33132
        """)
    footer = "This email was sent via iCIMS on behalf of Azulmar Cruise Line. iCIMS, Inc. is not responsible for its content."
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//iCIMS//iCIMS Talent Platform//EN", "VERSION:2.0", "METHOD:REQUEST"]
              + VTZ["America/New_York"] +
              ["BEGIN:VEVENT", f"UID:icims-int-{hx('c04uid',16)}@azulmarcruises.icims.com", "SEQUENCE:0",
               f"DTSTAMP:{zstamp(sent)}", f"DTSTART;TZID=America/New_York:{loc(start)}",
               f"DTEND;TZID=America/New_York:{loc(end)}",
               f"SUMMARY:{esc('Interview: Valeria Restrepo – ' + role)}",
               f"DESCRIPTION:{esc('Zoom video interview with ' + hm[0] + '. Join: ' + zl + ' (Meeting ID ' + zid + ', passcode ' + zpc + ')')}",
               f"LOCATION:{esc('Zoom')}",
               f"ORGANIZER;CN={rec[0]}:mailto:{rec[1]}",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN={hm[0]}:mailto:{hm[1]}",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN={OWNER_NAME}:mailto:{OWNER}",
               "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    att = leaf_bytes_b64('text/calendar; charset=UTF-8; method=REQUEST; name="Interview.ics"', cal.encode(),
                         ['Content-Disposition: attachment; filename="Interview.ics"'])
    raw, _ = ats_mail("c04", frm=("Azulmar Cruise Line Careers", "noreply@talent.icims.com"), reply_to=rec,
                      subject=f"Interview Confirmation: {role} (Req #2026-4417)", date=sent,
                      text=text + "\n\n" + footer, html_body=simple_html("Azulmar Cruise Line", text, footer, "#0a3d62"),
                      attachments=[att], mid_domain="talent.icims.com")
    files = {"01-icims-interview-confirmation.eml": raw}
    lab = label([iv(company, role, start, end, "scheduled", [hm[1]], [hm[1]], "hiring_manager")],
                "medium", "positive/ats-icims-dst-boundary",
                "iCIMS confirmation + .ics (TZID America/New_York). Mail sent on EDT (-04:00) for an interview after "
                "the 1 Nov DST end -> 2:00 PM EST = -05:00. Recruiter only coordinates; Director Rafael interviews.")
    return cid, files, lab


@case
def c05():
    cid = "b244-05-onsite-property-tour-plus-panel"
    company, role = "Marisol Collection Hotels", "Senior Sales Manager, Weddings & Social Events"
    coord = ("Renata Solís", "rsolis@marisolcollection.example")
    dos = ("Gregory Almeida", "galmeida@marisolcollection.example")
    gm = ("Patricia Huang", "phuang@marisolcollection.example")
    cat = ("Luis Ferrer", "lferrer@marisolcollection.example")
    day = wd(at(2026, 11, 12, 9, 30, MIA), "Thursday")
    tour_s, tour_e = day, at(2026, 11, 12, 10, 15, MIA)
    pan_s, pan_e = at(2026, 11, 12, 10, 30, MIA), at(2026, 11, 12, 12, 0, MIA)
    sent = wd(at(2026, 11, 6, 10, 5, MIA, 41), "Friday")
    text = T(f"""
        Hi Valeria,

        We're excited to welcome you to Marisol South Beach for your onsite interview for the {role} role on Thursday, November 12. Here is your itinerary:

        9:30 – 10:15 AM   Property tour with Gregory Almeida, Director of Sales & Marketing. Meet him at the front desk; he'll walk you through the Bayview Ballroom, the rooftop and a few guest-room categories and will ask how you'd sell each space to a wedding client, so please treat the tour as part of your interview.
        10:30 AM – 12:00 PM   Panel interview in the Boardroom (mezzanine level) with Patricia Huang (General Manager), Luis Ferrer (Director of Catering & Events) and Gregory.

        I've sent two calendar holds so you have everything on your phone. Valet parking at 1720 Collins Ave will be validated; just mention you're here for an interview.

        Dress is business attire. Let me know if you need anything at all before Thursday.

        Warm regards,

        Renata Solís
        Talent Acquisition Coordinator
        Marisol Collection Hotels
        {coord[1]} | (786) 555-0133
        """)
    raw1, mid1 = human_mail("c05-mail", frm=coord, to=[(OWNER_NAME, OWNER)],
                            subject="Your onsite interview at Marisol South Beach – Thursday, Nov 12",
                            date=sent, text=text)
    desc_t = (f"Property tour (part of the onsite interview for {role}). Meet Gregory Almeida at the front desk, "
              "Marisol South Beach, 1720 Collins Ave, Miami Beach.")
    raw2, _ = google_invite("c05-tour", kind="Invitation", organizer=coord,
                            guests=[(coord[0], coord[1], "ACCEPTED"), (dos[0], dos[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")],
                            title=f"Property tour – Valeria Restrepo (Sr. Sales Manager, Weddings & Social)",
                            start=tour_s, end=tour_e, uid=f"{hx('c05tour',26)}@google.com", seq=0,
                            dtstamp=sent + timedelta(minutes=3), created=sent + timedelta(minutes=2),
                            description=desc_t, meet=None, date=sent + timedelta(minutes=3, seconds=12),
                            location="Marisol South Beach, 1720 Collins Ave, Miami Beach, FL 33139, USA")
    desc_p = (f"Panel interview for {role}: Patricia Huang (GM), Luis Ferrer (Catering & Events), "
              "Gregory Almeida (Sales & Marketing). Boardroom, mezzanine level.")
    raw3, _ = google_invite("c05-panel", kind="Invitation", organizer=coord,
                            guests=[(coord[0], coord[1], "ACCEPTED"), (gm[0], gm[1], "ACCEPTED"),
                                    (cat[0], cat[1], "NEEDS-ACTION"), (dos[0], dos[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")],
                            title="Panel interview – Valeria Restrepo (Sr. Sales Manager, Weddings & Social)",
                            start=pan_s, end=pan_e, uid=f"{hx('c05panel',26)}@google.com", seq=0,
                            dtstamp=sent + timedelta(minutes=4), created=sent + timedelta(minutes=3, seconds=40),
                            description=desc_p, meet=None, date=sent + timedelta(minutes=4, seconds=5),
                            location="Boardroom (mezzanine), Marisol South Beach, 1720 Collins Ave, Miami Beach, FL 33139, USA")
    files = {"01-onsite-itinerary.eml": raw1, "02-invitation-property-tour.eml": raw2,
             "03-invitation-panel-interview.eml": raw3}
    ivs = [dos[1], gm[1], cat[1]]
    lab = label([iv(company, role, tour_s, pan_e, "scheduled", ivs, ivs, "onsite")],
                "hard", "positive/onsite-tour-plus-panel",
                "Same-day onsite sent as an itinerary mail + two Google invites (tour, panel). The tour is explicitly part "
                "of the interview and led by the Director of Sales -> ONE onsite 9:30-12:00 EST (after DST end) with "
                "all three interviewers. Coordinator Renata is not an interviewer.")
    return cid, files, lab


@case
def c06():
    cid = "b244-06-event-venue-moved-to-friday"
    company, role = "Harborline Event Venues", "Senior Event Sales Manager"
    hm = ("Dana Whitlock", "dwhitlock@harborline-venues.example")
    meet = meet_code("c06")
    s0 = wd(at(2026, 10, 21, 15, 0, MIA), "Wednesday")
    s1 = wd(at(2026, 10, 23, 16, 0, MIA), "Friday")
    uid = f"{hx('c06uid',26)}@google.com"
    title = f"Valeria Restrepo <> Dana Whitlock – {role} interview"
    desc = (f"Conversation about the {role} role (Harborline's Fort Lauderdale waterfront venues). "
            "45 minutes with Dana Whitlock, VP of Sales.")
    d1 = wd(at(2026, 10, 15, 12, 40, MIA, 5), "Thursday")
    raw1, mid1 = google_invite("c06-inv", kind="Invitation", organizer=hm,
                               guests=[(hm[0], hm[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")], title=title,
                               start=s0, end=s0 + timedelta(minutes=45), uid=uid, seq=0, dtstamp=d1,
                               created=d1 - timedelta(seconds=30), description=desc, meet=meet, date=d1)
    d2 = wd(at(2026, 10, 19, 8, 12, MIA, 48), "Monday")
    t2 = T("""
        Hi Valeria,

        I'm so sorry to do this, but a client site inspection just got moved onto Wednesday afternoon and I can't get out of it. Could we push our conversation to Friday at 4? Same Meet link, I'll update the invite.

        Apologies again,
        Dana

        --
        Dana Whitlock
        VP of Sales | Harborline Event Venues
        Fort Lauderdale, FL | (954) 555-0171
        """)
    raw2, mid2 = human_mail("c06-m2", frm=hm, to=[("Valeria Restrepo", OWNER)], subject="Wednesday's interview",
                            date=d2, text=t2)
    d3 = at(2026, 10, 19, 8, 47, MIA, 2)
    t3 = T("""
        Hi Dana,

        No problem at all, Friday at 4 works perfectly for me. Talk to you then!

        Best,
        Valeria
        """)
    raw3, mid3 = human_mail("c06-m3", frm=("Valeria Restrepo", OWNER), to=[hm], subject="Re: Wednesday's interview",
                            date=d3, text=t3, in_reply_to=mid2, references=mid2,
                            quote_attr=f"On Mon, Oct 19, 2026 at 8:12 AM Dana Whitlock <{hm[1]}> wrote:", quoted_text=t2)
    d4 = at(2026, 10, 19, 9, 2, MIA, 27)
    raw4, _ = google_invite("c06-upd", kind="Updated invitation", organizer=hm,
                            guests=[(hm[0], hm[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")], title=title,
                            start=s1, end=s1 + timedelta(minutes=45), uid=uid, seq=1, dtstamp=d4,
                            created=d1 - timedelta(seconds=30), description=desc, meet=meet, date=d4,
                            changed="time")
    files = {"01-invitation-wednesday.eml": raw1, "02-dana-can-we-move.eml": raw2,
             "03-re-friday-at-4-works.eml": raw3, "04-updated-invitation-friday.eml": raw4}
    lab = label([iv(company, role, s1, s1 + timedelta(minutes=45), "scheduled", [hm[1]], [hm[1]], "hiring_manager")],
                "medium", "positive/reschedule-google-sequence",
                "Google invite for Wed 21 Oct 3pm, moved by e-mail ('Friday at 4') and an Updated invitation "
                "(SEQUENCE 1). Final time Fri 23 Oct 4:00-4:45 pm EDT.")
    return cid, files, lab


@case
def c07():
    cid = "b244-07-san-juan-resort-cancelled"
    company, role = "Condado Mar Resort & Casino", "Business Development Manager, Latin America"
    hr = ("Nilda Santiago", "nsantiago@condadomar.example")
    dos = ("Héctor Maldonado", "hmaldonado@condadomar.example")
    start = wd(at(2026, 11, 5, 10, 0, SJU), "Thursday")
    end = start + timedelta(hours=1)
    assert start.astimezone(MIA).hour == 9
    uid = "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6DC01000000000000000010000000" + hx("c07uid", 32).upper()
    zl, zid, zpc = zoom_link("c07")
    subject = f"Interview: Valeria Restrepo – {role}"
    when = "Thursday, November 5, 2026 10:00 AM-11:00 AM (UTC-04:00) Georgetown, La Paz, Manaus, San Juan."
    body1 = T(f"""
        Hi Valeria,

        Thank you for your interest in Condado Mar. Héctor Maldonado, our Director of Sales, will interview you for the {role} position over Zoom.

        Please note that Puerto Rico does not observe daylight saving time, so once Florida falls back on November 1 this will be 9:00 AM for you in Miami.

        Join Zoom Meeting
        {zl}
        Meeting ID: {zid}
        Passcode: {zpc}

        Saludos,
        Nilda Santiago
        Human Resources Manager | Condado Mar Resort & Casino
        San Juan, Puerto Rico | (787) 555-0114
        """)
    d1 = wd(at(2026, 10, 29, 10, 20, SJU, 5), "Thursday")
    att = [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION"), (dos[0], dos[1], "REQ-PARTICIPANT", "ACCEPTED")]
    raw1, mid1 = outlook_invite("c07-req", frm=hr, to=[(OWNER_NAME, OWNER), dos], subject=subject, date=d1,
                                when_line=when, where="Zoom", body_text=body1, tzid="SA Western Standard Time",
                                start=start, end=end, uid=uid, seq=0, dtstamp=d1, attendees=att, summary=subject,
                                location="Zoom")
    body2 = T("""
        Hi Valeria,

        I'm sorry to let you know that the Business Development Manager position has been put on hold because of a budget freeze for 2027, so we need to cancel Thursday's interview with Héctor. We truly appreciate your time and will reach out if the role reopens.

        Saludos,
        Nilda
        """)
    d2 = wd(at(2026, 11, 3, 15, 55, SJU, 40), "Tuesday")
    raw2, _ = outlook_invite("c07-cxl", frm=hr, to=[(OWNER_NAME, OWNER), dos], subject="Canceled: " + subject,
                             date=d2, when_line=when, where="Zoom", body_text=body2, tzid="SA Western Standard Time",
                             start=start, end=end, uid=uid, seq=1, dtstamp=d2, attendees=att, summary=subject,
                             location="Zoom", method="CANCEL")
    files = {"01-interview-invite.eml": raw1, "02-canceled-interview.eml": raw2}
    lab = label([iv(company, role, start, end, "cancelled", [dos[1]], [dos[1]], "hiring_manager")],
                "medium", "positive/cancel-outlook-san-juan",
                "Exchange invite with TZID 'SA Western Standard Time' (San Juan, UTC-4 all year), then METHOD:CANCEL "
                "(position on hold). Kept as cancelled at 10:00 AST (= 9:00 EST in Miami). Director Héctor is the "
                "interviewer; HR manager Nilda only organizes.")
    return cid, files, lab


@case
def c08():
    cid = "b244-08-cdmx-two-rounds"
    company, role = "Hoteles Altavista", "Gerente de Ventas Corporativas (Florida y Caribe)"
    rec = ("Mariana Elizondo", "melizondo@altavista-hoteles.example")
    dc = ("Jorge Villaseñor", "jvillasenor@altavista-hoteles.example")
    s1 = wd(at(2026, 10, 8, 10, 0, MEX), "jueves")
    e1 = s1 + timedelta(minutes=30)
    assert s1.astimezone(MIA).hour == 12
    s2 = wd(at(2026, 10, 20, 17, 0, MEX), "martes")
    e2 = s2 + timedelta(hours=1)
    d1 = wd(at(2026, 10, 2, 13, 15, MEX, 40), "viernes")
    t1 = T(f"""
        Hola Valeria:

        Gracias por tu interés en Hoteles Altavista. Te confirmo la entrevista telefónica conmigo para la vacante de {role}:

        📅 Jueves 8 de octubre de 2026
        🕙 10:00 a 10:30 h (hora del centro de México; 12:00 p. m. en Miami)
        📞 Te llamaré al +1 305 555 0148

        Cualquier duda, aquí estoy.

        Saludos cordiales,

        Mariana Elizondo
        Ejecutiva de Reclutamiento
        Hoteles Altavista | Paseo de la Reforma 505, Ciudad de México
        """)
    raw1, mid1 = human_mail("c08-m1", frm=rec, to=[("Valeria Restrepo", OWNER)],
                            subject=f"Entrevista telefónica – {role}", date=d1, text=t1)
    d2 = wd(at(2026, 10, 9, 17, 2, MEX, 11), "viernes")
    t2 = T(f"""
        Hola Valeria:

        Muchas gracias por la plática de ayer, nos dio mucho gusto conocerte. Nos gustaría avanzar a una segunda entrevista con nuestro Director Comercial, Jorge Villaseñor ({dc[1]}), el martes 20 de octubre a las 17:00 h, hora CDMX, por Google Meet. Dura aproximadamente una hora.

        En un momento te llega la invitación de calendario.

        Saludos cordiales,
        Mariana
        """)
    raw2, mid2 = human_mail("c08-m2", frm=rec, to=[("Valeria Restrepo", OWNER)],
                            subject=f"Re: Entrevista telefónica – {role}", date=d2, text=t2,
                            in_reply_to=mid1, references=mid1)
    meet = meet_code("c08")
    ev = gcal_event("c08-ev", summary="Segunda entrevista – Valeria Restrepo / Jorge Villaseñor (Hoteles Altavista)",
                    description=f"Segunda entrevista para la vacante de {role} con Jorge Villaseñor, Director Comercial. "
                                "Hora del centro de México.",
                    organizer=rec, start=s2, end=e2, tz="America/Mexico_City",
                    created=d2 + timedelta(minutes=6), updated=d2 + timedelta(minutes=20), meet=meet,
                    attendees=[{"email": rec[1], "displayName": rec[0], "organizer": True, "responseStatus": "accepted"},
                               {"email": dc[1], "displayName": dc[0], "responseStatus": "accepted"},
                               {"email": OWNER, "self": True, "responseStatus": "accepted"}])
    files = {"01-entrevista-telefonica.eml": raw1, "02-segunda-entrevista.eml": raw2,
             "03-segunda-entrevista.gcal.json": ev}
    lab = label([iv(company, role, s1, e1, "scheduled", [rec[1]], [rec[1]], "phone_screen"),
                 iv(company, role, s2, e2, "scheduled", [dc[1]], [dc[1]], "hiring_manager")],
                "hard", "positive/two-interviews-mexico-city",
                "Two interviews with the same company: recruiter phone screen Thu 8 Oct 10:00 CDMX (-06:00, no DST) and "
                "second round with the Director Comercial Tue 20 Oct 17:00 CDMX (mail + Calendar API event whose "
                "dateTime is rendered in the owner's EDT zone with timeZone America/Mexico_City).")
    return cid, files, lab


@case
def c09():
    cid = "b244-09-ukg-gmt-label-tampa-expo"
    company, role = "Bayshore Convention & Expo Center", "National Sales Manager – Association Market"
    hm = ("Monique Baptiste", "mbaptiste@bayshore-expo.example")
    rec = ("Keisha Morrow", "kmorrow@bayshore-expo.example")
    start = wd(at(2026, 10, 29, 13, 30, MIA), "Thursday")
    end = start + timedelta(minutes=45)
    assert start.utcoffset() == timedelta(hours=-4)
    sent = at(2026, 10, 22, 15, 44, UTC, 9)
    zl, zid, zpc = zoom_link("c09")
    text = T(f"""
        Hello Valeria,

        An interview has been scheduled for the {role} opportunity at {company}.

        Date and time: 10/29/2026 1:30 PM - 2:15 PM (GMT-05:00) Eastern Time (US & Canada)
        Interview type: Video
        Location: Zoom video meeting
        {zl}  (Meeting ID {zid}, passcode {zpc})
        Interviewer(s): Monique Baptiste, Director of Sales ({hm[1]})

        To add this interview to your calendar, open the attached invitation.

        Questions? Contact Keisha Morrow, Recruiter, at {rec[1]}.

        Thank you,
        {company} Recruiting
        """)
    footer = "This is an automated message from UKG Pro Recruiting. Please do not reply to this message."
    cal = ics(["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//UKG//Pro Recruiting//EN", "METHOD:REQUEST",
               "BEGIN:VEVENT", f"UID:{hx('c09uid',8)}-{hx('c09u2',4)}-{hx('c09u3',4)}-{hx('c09u4',4)}-{hx('c09u5',12)}",
               f"DTSTAMP:{zstamp(sent)}", f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}",
               f"SUMMARY:{esc('Interview - ' + role)}",
               f"DESCRIPTION:{esc('Video interview with ' + hm[0] + ', Director of Sales. Zoom: ' + zl)}",
               "LOCATION:Zoom video meeting", f"ORGANIZER;CN={company} Recruiting:mailto:noreply@ultipro.com",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;CN={hm[0]}:mailto:{hm[1]}",
               f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Valeria Restrepo:mailto:{OWNER}",
               "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"])
    att = leaf_bytes_b64('text/calendar; charset=utf-8; name="Interview.ics"', cal.encode(),
                         ['Content-Disposition: attachment; filename="Interview.ics"'])
    raw, _ = ats_mail("c09", frm=(f"{company}", "noreply@ultipro.com"),
                      subject=f"Interview scheduled: {role}", date=sent, text=text + "\n\n" + footer,
                      html_body=simple_html("Interview scheduled", text, footer, "#005151"), attachments=[att],
                      mid_domain="recruiting.ultipro.com")
    files = {"01-ukg-interview-scheduled.eml": raw}
    lab = label([iv(company, role, start, end, "scheduled", [hm[1]], [hm[1]], "hiring_manager")],
                "hard", "positive/ats-ukg-gmt-label",
                "UKG Pro Recruiting mail shows '(GMT-05:00) Eastern Time' as a static zone label, but 29 Oct is still "
                "EDT: the attached .ics (UTC 17:30Z) confirms 1:30 PM -04:00. Director Monique interviews; recruiter "
                "Keisha only listed for questions.")
    return cid, files, lab


@case
def c10():
    cid = "b244-10-bogota-manana-a-las-3-same-clock"
    company, role = "Cafetal Hoteles & Centros de Convenciones", "Ejecutiva de Cuenta Senior – Mercado Norteamérica"
    coord = ("Laura Benavides", "lbenavides@cafetalhoteles.example")
    dc = ("Marcela Quintero", "mquintero@cafetalhoteles.example")
    d1 = wd(at(2026, 11, 10, 17, 20, BOG, 33), "martes")
    start = wd(at(2026, 11, 11, 15, 0, BOG), "miércoles")   # "mañana a las 3 p. m."
    assert start.astimezone(MIA).hour == 15                  # same clock after 1 Nov
    end = start + timedelta(minutes=45)
    t1 = T(f"""
        Hola Valeria, ¿cómo estás?

        Marcela Quintero, nuestra Directora Comercial ({dc[1]}), quiere conversar contigo sobre la vacante de {role}. ¿Te sirve mañana a las 3 p. m.? Sería por Zoom, unos 45 minutos.

        Como allá ya terminó el horario de verano, la hora de Bogotá y la de Miami coinciden, así que son las 3 para las dos.

        Quedo atenta,

        Laura Benavides
        Coordinadora de Selección
        Cafetal Hoteles & Centros de Convenciones
        Bogotá, Colombia
        """)
    raw1, mid1 = human_mail("c10-m1", frm=coord, to=[("Valeria Restrepo", OWNER)],
                            subject=f"Entrevista {role}", date=d1, text=t1)
    d2 = at(2026, 11, 10, 18, 2, MIA, 50)
    t2 = T("""
        ¡Hola Laura!

        Claro que sí, mañana a las 3 p. m. me queda perfecto. Muchas gracias.

        Un abrazo,
        Valeria
        """)
    raw2, mid2 = human_mail("c10-m2", frm=("Valeria Restrepo", OWNER), to=[coord],
                            subject=f"Re: Entrevista {role}", date=d2, text=t2, in_reply_to=mid1, references=mid1,
                            quote_attr=f"El mar, 10 nov 2026 a las 17:20, Laura Benavides (<{coord[1]}>) escribió:",
                            quoted_text=t1)
    zl, zid, zpc = zoom_link("c10")
    d3 = at(2026, 11, 10, 18, 15, BOG, 4)
    t3 = T(f"""
        ¡Listo! Quedó agendado para mañana miércoles 11 a las 3:00 p. m. con Marcela.

        Enlace de Zoom: {zl}
        ID de reunión: {zid}
        Código de acceso: {zpc}

        Saludos,
        Laura
        """)
    raw3, _ = human_mail("c10-m3", frm=coord, to=[("Valeria Restrepo", OWNER)],
                         subject=f"Re: Entrevista {role}", date=d3, text=t3, in_reply_to=mid2,
                         references=f"{mid1} {mid2}",
                         quote_attr=f"El mar, 10 nov 2026 a las 18:02, Valeria Restrepo (<{OWNER}>) escribió:",
                         quoted_text=t2)
    files = {"01-laura-propone-manana.eml": raw1, "02-re-me-queda-perfecto.eml": raw2,
             "03-re-confirmado-zoom.eml": raw3}
    lab = label([iv(company, role, start, end, "scheduled", [dc[1]], [dc[1]], "hiring_manager")],
                "hard", "positive/thread-relative-spanish-bogota",
                "Spanish thread: 'mañana a las 3 p. m.' resolved against Tue 10 Nov -> Wed 11 Nov 15:00 Bogotá "
                "(-05:00), which after the 1 Nov DST end is also 3 pm in Miami. The Directora Comercial (address in "
                "text) interviews; the coordinator only schedules.")
    return cid, files, lab


@case
def c11():
    cid = "b244-11-agency-forward-pensacola-central"
    company, role = "Emerald Dunes Resort", "Group Sales Manager"
    agent = ("Jamal Pierce", "jpierce@tidewatersearch.example")
    hm = ("Courtney Mahler", "cmahler@emeralddunes.example")
    start = wd(at(2026, 10, 13, 14, 0, CHI), "Tuesday")
    end = start + timedelta(hours=1)
    assert start.astimezone(MIA).hour == 15
    meet = meet_code("c11")
    fwd_date = wd(at(2026, 10, 8, 16, 12, CHI), "Thursday")
    inner = T(f"""
        Hi Jamal,

        Thanks for sending Valeria's profile, her Latin America group experience is exactly what we're missing. I'd like to interview her for the {role} role on Tuesday, October 13 at 2:00 PM Central. It should take about an hour. Here's my Meet link: https://meet.google.com/{meet}

        Please confirm with her and let me know.

        Courtney Mahler
        Director of Sales & Marketing
        Emerald Dunes Resort | Pensacola Beach, FL
        """)
    text = T(f"""
        Hi Valeria,

        Great news, Courtney wants to meet you! See below. Heads up: Pensacola is on Central time, so 2:00 their time is 3:00 PM for you in Miami. The Google Meet link is in her note.

        Good luck and call me after!
        Jamal

        Jamal Pierce | Senior Recruiter
        Tidewater Hospitality Search
        (954) 555-0126

        ---------- Forwarded message ---------
        From: Courtney Mahler <{hm[1]}>
        Date: Thu, Oct 8, 2026 at 4:12 PM
        Subject: Valeria Restrepo - {role} interview
        To: Jamal Pierce <{agent[1]}>


        """) + "\n\n\n" + inner
    sent = wd(at(2026, 10, 9, 9, 26, MIA, 18), "Friday")
    raw, _ = human_mail("c11", frm=agent, to=[("Valeria Restrepo", OWNER)],
                        subject=f"Fwd: Valeria Restrepo - {role} interview", date=sent, text=text)
    files = {"01-fwd-courtney-interview.eml": raw}
    lab = label([iv(company, role, start, end, "scheduled", [hm[1]], [hm[1]], "hiring_manager")],
                "medium", "positive/forwarded-agency-central-time",
                "Agency recruiter forwards the client's note. 'Tuesday, October 13 at 2:00 PM Central' (Pensacola, "
                "CDT -05:00 = 3 PM Miami). Director Courtney (address in the forwarded header) interviews; the agency "
                "recruiter is not an interviewer.")
    return cid, files, lab


@case
def c12():
    cid = "b244-12-convention-center-roleplay-dedupe"
    company, role = "Lakeshore Convention Center", "Convention Sales Manager"
    rec = ("Trevor Nakamura", "tnakamura@lakeshorecc.example")
    dir_ = ("Maribel Acosta", "macosta@lakeshorecc.example")
    start = wd(at(2026, 10, 26, 9, 30, MIA), "Monday")
    end = start + timedelta(minutes=45)
    d1 = wd(at(2026, 10, 21, 11, 3, MIA, 29), "Wednesday")
    t1 = T(f"""
        Hi Valeria,

        Thanks again for a great conversation on Monday. The next step for the {role} role is a 45-minute sales role-play with Maribel Acosta, our Director of Convention Sales: you'll pitch Hall C and our Orlando headquarters-hotel package to a (fictional) association meeting planner, with Maribel playing the client. No slides needed.

        We have you down for Monday, October 26 at 9:30 AM ET over Google Meet. Maribel will send the calendar invite directly.

        Best,
        Trevor

        Trevor Nakamura
        Senior Recruiter | Lakeshore Convention Center
        Orlando, FL
        """)
    raw1, mid1 = human_mail("c12-m1", frm=rec, to=[("Valeria Restrepo", OWNER)],
                            subject=f"Next step: sales role-play for {role}", date=d1, text=t1)
    meet = meet_code("c12")
    uid = f"{hx('c12uid',26)}@google.com"
    title = "Sales role-play – Valeria Restrepo (Convention Sales Manager)"
    desc = ("Role-play round for the Convention Sales Manager position. Maribel plays an association meeting planner "
            "looking at Hall C for a 2,500-attendee annual meeting.")
    d2 = at(2026, 10, 21, 11, 40, MIA, 15)
    raw2, _ = google_invite("c12-inv", kind="Invitation", organizer=dir_,
                            guests=[(dir_[0], dir_[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")],
                            title=title, start=start, end=end, uid=uid, seq=0, dtstamp=d2,
                            created=d2 - timedelta(seconds=20), description=desc, meet=meet, date=d2)
    ev = gcal_event("c12-ev", summary=title, description=desc, organizer=dir_, start=start, end=end,
                    tz="America/New_York", created=d2 - timedelta(seconds=20), updated=d2 + timedelta(hours=2),
                    uid=uid, meet=meet,
                    attendees=[{"email": dir_[1], "displayName": dir_[0], "organizer": True, "responseStatus": "accepted"},
                               {"email": OWNER, "self": True, "responseStatus": "accepted"}])
    files = {"01-trevor-next-step.eml": raw1, "02-invitation-role-play.eml": raw2,
             "03-role-play.gcal.json": ev}
    lab = label([iv(company, role, start, end, "scheduled", [dir_[1]], [dir_[1]], "technical")],
                "medium", "positive/dedupe-email-invite-api",
                "Recruiter mail + Google invite + Calendar API event (same iCalUID) for ONE live sales role-play "
                "(a skills round, labelled technical). Director Maribel conducts it; recruiter Trevor does not.")
    return cid, files, lab


@case
def c13():
    cid = "b244-13-zoom-ics-founder-final-san-juan"
    company, role = "Isla Bonita Events & DMC", "Director of Sales – Meetings & Incentives"
    ceo = ("Gabriel Ortiz-Colón", "gortiz@islabonitadmc.example")
    start = wd(at(2026, 10, 30, 11, 0, SJU), "Friday")
    end = start + timedelta(minutes=30)
    assert start.astimezone(MIA).hour == 11
    zl, zid, zpc = zoom_link("c13")
    created = at(2026, 10, 26, 16, 48, SJU, 2)
    desc = T(f"""
        Gabriel Ortiz-Colón is inviting you to a scheduled Zoom meeting.

        Final step in the process for the {role} role at Isla Bonita Events & DMC: a 30-minute conversation with Gabriel (founder & CEO) before the team makes its recommendation.

        Join Zoom Meeting
        {zl}

        Meeting ID: {zid}
        Passcode: {zpc}
        """)
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
               "METHOD:PUBLISH", "CLASS:PUBLIC"] + VTZ["America/Puerto_Rico"] +
              ["BEGIN:VEVENT", f"DTSTAMP:{zstamp(created)}", f"DTSTART;TZID=America/Puerto_Rico:{loc(start)}",
               f"DTEND;TZID=America/Puerto_Rico:{loc(end)}",
               f"SUMMARY:{esc('Final conversation: Valeria Restrepo + Gabriel Ortiz-Colón (CEO)')}",
               f"UID:ZOOM{zid.replace(' ', '')}-{hx('c13uid',8)}", "TZID:America/Puerto_Rico",
               f"DESCRIPTION:{esc(desc)}", f"LOCATION:{zl}",
               f"ORGANIZER;CN={ceo[0]}:mailto:{ceo[1]}",
               f"ATTENDEE;CN=Valeria Restrepo;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CUTYPE=INDIVIDUAL:mailto:{OWNER}",
               "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
               "END:VEVENT", "END:VCALENDAR"])
    files = {"01-final-conversation-zoom.ics": cal}
    lab = label([iv(company, role, start, end, "scheduled", [ceo[1]], [ceo[1]], "hiring_manager")],
                "medium", "positive/standalone-zoom-ics-puerto-rico",
                "Standalone Zoom .ics, TZID America/Puerto_Rico (AST -04:00, same clock as Miami in October). "
                "Final conversation with the founder/CEO is an interview step.")
    return cid, files, lab


# =========================================================================== NEGATIVES
@case
def c14():
    cid = "b244-14-wedding-block-site-visit"
    bride = ("Natalia Gómez", "nataliagomez88@mailbox.example")
    dos = ("Karen Lindqvist", "klindqvist@palmettogrove.example")
    d1 = wd(at(2026, 10, 5, 21, 14, MIA, 7), "Monday")
    t1 = T("""
        Hi Valeria!

        Thank you so much for the proposal. Andrés and I are interviewing three hotels this week for our wedding room block (about 40 rooms for March 19–21, 2027, plus the welcome dinner) and the Palmetto Grove is at the top of our list 😍

        ¿Podemos hacer la visita el sábado a las 11? My mom is coming too, she wants to see the courtyard and a couple of the suites for the family.

        Besos,
        Natalia
        """)
    raw1, mid1 = human_mail("c14-m1", frm=bride, to=[("Valeria Restrepo", OWNER_WORK)],
                            subject="Site visit para nuestro bloque de habitaciones (boda Gómez–Herrera)",
                            date=d1, text=t1, fwd_from=OWNER_WORK)
    s = wd(at(2026, 10, 10, 11, 0, MIA), "sábado")
    d2 = at(2026, 10, 6, 8, 31, MIA, 40)
    raw2, _ = google_invite("c14-inv", kind="Invitation", organizer=dos,
                            guests=[(dos[0], dos[1], "ACCEPTED"), ("Valeria Restrepo", OWNER_WORK, "NEEDS-ACTION"),
                                    (bride[0], bride[1], "NEEDS-ACTION")],
                            title="Site visit – Gómez/Herrera wedding room block (40 rooms, Mar 2027)",
                            start=s, end=s + timedelta(hours=1, minutes=30), uid=f"{hx('c14uid',26)}@google.com",
                            seq=0, dtstamp=d2, created=d2, meet=None, date=d2,
                            description="Valeria hosts. Courtyard, Alhambra Ballroom, 2 suites (Presidential + Garden). "
                                        "Banquets to set a tasting table for the welcome dinner menu.",
                            location="The Palmetto Grove Hotel, lobby", to=OWNER_WORK, fwd_from=OWNER_WORK)
    files = {"01-natalia-site-visit.eml": raw1, "02-invitation-site-visit.eml": raw2}
    lab = label([], "hard", "negative/client-site-visit",
                "The owner (hotel sales manager) hosts a client site visit for a wedding block; the client is "
                "'interviewing three hotels'. Calendar invite with hiring-free vocabulary but not a job interview.")
    return cid, files, lab


@case
def c15():
    cid = "b244-15-cruise-fam-trip-invitation"
    frm = ("Caribe Estrella Trade Partner Team", "tradeevents@caribeestrella.example")
    sent = wd(at(2026, 10, 16, 10, 0, MIA, 0), "Friday")
    s = wd(at(2026, 11, 20, 0, 0, MIA), "Friday")
    text = T("""
        Hi Valeria,

        You're invited to join us aboard Estrella Aurora for an exclusive 2-night familiarization sailing for hotel, venue and event partners, departing PortMiami on Friday, November 20 and returning Sunday, November 22.

        What's included:
        • Guided ship inspection: conference center, private dining rooms and the Sky Deck event space
        • Meet & greet with our Groups & Charter Sales leadership
        • Sample charter and incentive menus with our culinary team
        • Complimentary ocean-view stateroom (double occupancy)

        Boarding opens at 12:00 PM at Terminal G. A calendar hold is attached.

        Please RSVP by October 30 at https://partners.caribeestrella.example/fam-aurora-nov — space is limited to 60 partners.

        P.S. We're growing our shoreside sales team in Miami. If someone on your team is interested, ask us about open roles while you're onboard!

        Caribe Estrella Cruises | Trade Partner Events
        """)
    footer = "You are receiving this email because you are a registered Caribe Estrella trade partner. Unsubscribe: https://partners.caribeestrella.example/u"
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Caribe Estrella//Partner Events//EN", "VERSION:2.0", "METHOD:PUBLISH",
               "BEGIN:VEVENT", f"UID:fam-aurora-{hx('c15uid',12)}@caribeestrella.example", f"DTSTAMP:{zstamp(sent)}",
               "DTSTART;VALUE=DATE:20261120", "DTEND;VALUE=DATE:20261123",
               "SUMMARY:FAM sailing – Estrella Aurora (hotel & event partners)",
               "LOCATION:PortMiami Terminal G\\, Miami\\, FL",
               f"DESCRIPTION:{esc('2-night familiarization sailing. Boarding 12:00 PM. Ship inspection and meet & greet with Groups & Charter Sales.')}",
               "TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR"])
    assert s.date().isoformat() == "2026-11-20"
    att = leaf_bytes_b64('text/calendar; charset=utf-8; name="FAM-Estrella-Aurora.ics"', cal.encode(),
                         ['Content-Disposition: attachment; filename="FAM-Estrella-Aurora.ics"'])
    raw, _ = ats_mail("c15", frm=frm, to=[("Valeria Restrepo", OWNER_WORK)],
                      subject="You're invited: Estrella Aurora FAM sailing for hotel & event partners (Nov 20–22)",
                      date=sent, text=text + "\n\n" + footer, html_body=simple_html("Estrella Aurora FAM sailing", text, footer, "#1b2a49"),
                      attachments=[att], fwd_from=OWNER_WORK, return_path="bounce@mail.caribeestrella.example",
                      mid_domain="mail.caribeestrella.example",
                      extra_headers=[("List-Unsubscribe", "<https://partners.caribeestrella.example/u>")])
    files = {"01-fam-sailing-invitation.eml": raw}
    lab = label([], "medium", "negative/cruise-fam-trip",
                "Cruise-line familiarization trip for trade partners with an all-day .ics and a 'meet our sales "
                "leadership' slot; the P.S. mentions open roles but nothing is an interview.")
    return cid, files, lab


@case
def c16():
    cid = "b244-16-sales-kickoff-outlook-est"
    vp = ("Richard Okonkwo", "rokonkwo@palmettogrove.example")
    start = wd(at(2027, 1, 12, 8, 30, MIA), "Tuesday")
    end = at(2027, 1, 12, 16, 30, MIA)
    sent = wd(at(2026, 11, 18, 9, 12, MIA, 30), "Wednesday")
    body = T("""
        Team,

        Please hold the full day for our FY27 Sales Kickoff. Attendance is mandatory for all sales, catering and revenue managers.

        8:30   Breakfast & welcome (Richard)
        9:00   2026 wins and 2027 targets by segment (corporate, SMERF, weddings, LatAm incentive)
        10:30  Role-play lab: handling tough group RFP objections (bring one real RFP)
        12:00  Lunch – Terrace
        1:00   Talent update: hiring plan for Q1 and interview skills for managers (HR)
        2:30   Digital & distribution update
        3:30   Awards and closing

        Dress code: business casual.

        Richard Okonkwo
        VP of Sales & Marketing | The Palmetto Grove Hotel
        """)
    subject = "FY27 Sales Kickoff – Commercial Team"
    raw, _ = outlook_invite("c16", frm=vp, to=[("Commercial Team", "commercial-team@palmettogrove.example")],
                            subject=subject, date=sent,
                            when_line="Tuesday, January 12, 2027 8:30 AM-4:30 PM (UTC-05:00) Eastern Time (US & Canada).",
                            where="Alhambra Ballroom, The Palmetto Grove Hotel", body_text=body,
                            tzid="Eastern Standard Time", start=start, end=end,
                            uid="040000008200E00074C5B7101A82E00800000000" + hx("c16uid", 40).upper(), seq=0,
                            dtstamp=sent, summary=subject, location="Alhambra Ballroom, The Palmetto Grove Hotel",
                            attendees=[("Commercial Team", "commercial-team@palmettogrove.example", "REQ-PARTICIPANT", "NEEDS-ACTION")],
                            fwd_from=OWNER_WORK, busy="BUSY")
    files = {"01-fy27-sales-kickoff.eml": raw}
    lab = label([], "medium", "negative/sales-kickoff",
                "Current employer's sales kickoff (Outlook, 'Eastern Standard Time'), with a role-play lab and "
                "'interview skills for managers' on the agenda. Not a job interview.")
    return cid, files, lab


@case
def c17():
    cid = "b244-17-guest-complaint-call"
    fom = ("Derek Sousa", "dsousa@palmettogrove.example")
    sent = wd(at(2026, 10, 14, 18, 30, MIA, 55), "Wednesday")
    start = wd(at(2026, 10, 15, 16, 0, MIA), "Thursday")   # "tomorrow at 4:00 PM"
    zl, zid, zpc = zoom_link("c17")
    text = T(f"""
        Hi Valeria,

        Mr. Albrecht (group leader for the Hartmann Pharma incentive, 22 rooms) escalated his complaint about the noise and the lost luggage on Saturday. He wants to speak with the sales manager who booked his group, so I set up a Zoom for tomorrow at 4:00 PM.

        We already interviewed the night bell staff and the overnight MOD, and the incident report is in the shared drive (Guest Relations > 2026 > Oct). Please review it before the call. I'd suggest we offer the 2 comp nights we discussed, but your call as the account owner.

        Zoom: {zl}
        Meeting ID: {zid} / Passcode: {zpc}

        Thanks,
        Derek

        Derek Sousa
        Front Office Manager | The Palmetto Grove Hotel
        """)
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
               "METHOD:PUBLISH", "CLASS:PUBLIC"] + VTZ["America/New_York"] +
              ["BEGIN:VEVENT", f"DTSTAMP:{zstamp(sent)}", f"DTSTART;TZID=America/New_York:{loc(start)}",
               f"DTEND;TZID=America/New_York:{loc(start + timedelta(minutes=30))}",
               "SUMMARY:Call with Mr. Albrecht – Hartmann Pharma group complaint (Rm 1412)",
               f"UID:ZOOM{zid.replace(' ', '')}", "TZID:America/New_York",
               f"DESCRIPTION:{esc('Derek Sousa is inviting you to a scheduled Zoom meeting. Join: ' + zl)}",
               f"LOCATION:{zl}", f"ORGANIZER;CN={fom[0]}:mailto:{fom[1]}",
               "END:VEVENT", "END:VCALENDAR"])
    att = leaf_bytes_b64('text/calendar; charset=utf-8; name="zoom-albrecht.ics"', cal.encode(),
                         ['Content-Disposition: attachment; filename="zoom-albrecht.ics"'])
    mid = gmail_mid("c17")
    bnd = gm_boundary("c17mix")
    alt = gmail_alt("c17", text, gmail_html(text))
    h = base_headers(sent, "c17", fwd_from=OWNER_WORK, return_path=fom[1], spf_domain="palmettogrove.example")
    h += [("From", addr(*fom)), ("Date", rfc(sent)), ("Message-ID", mid),
          ("Subject", "Call with Mr. Albrecht tomorrow 4pm - group complaint (Rm 1412)"),
          ("To", addr("Valeria Restrepo", OWNER_WORK)),
          ("Cc", addr("Guest Relations", "guestrelations@palmettogrove.example"))]
    raw = render(h, multipart("mixed", bnd, [alt, att]))
    files = {"01-guest-complaint-call.eml": raw}
    lab = label([], "medium", "negative/guest-complaint-call",
                "Internal e-mail + Zoom .ics for a call with an unhappy hotel guest; staff were 'interviewed' about "
                "the incident. The owner is acting in her current job, not a candidate.")
    return cid, files, lab


@case
def c18():
    cid = "b244-18-owner-interviews-sales-coordinator"
    hr = ("Yesenia Paz", "ypaz@palmettogrove.example")
    dos = ("Karen Lindqvist", "klindqvist@palmettogrove.example")
    cand = ("Daniela Fuentes", "daniela.fuentes@mailbox.example")
    start = wd(at(2026, 10, 15, 14, 0, MIA), "Thursday")
    end = start + timedelta(minutes=45)
    d1 = at(2026, 10, 9, 11, 2, OKC, 14)
    text = T("""
        Hello Valeria,

        You have been added as an interviewer for the following interview.

        Candidate: Daniela Fuentes
        Position: Sales Coordinator (Req. 1187)
        Date: Thursday, October 15, 2026
        Time: 2:00 PM Eastern Time
        Interview Type: In Person – Sales Office, 2nd floor
        Interviewers: Valeria Restrepo, Karen Lindqvist

        Please log in to Paycom to review the candidate's resume and complete the interview scorecard within 24 hours after the interview.

        The Palmetto Grove Hotel – Human Resources
        """)
    footer = "This message was sent through Paycom. Please do not reply to this automated message."
    raw1, _ = ats_mail("c18-paycom", frm=("The Palmetto Grove Hotel", "donotreply@paycomonline.net"),
                       to=[("Valeria Restrepo", OWNER_WORK)], subject="Interviewer Notification - Sales Coordinator",
                       date=d1, text=text + "\n\n" + footer, html_body=simple_html("Interviewer Notification", text, footer),
                       fwd_from=OWNER_WORK, return_path="bounce-c18@bounces.paycomonline.net",
                       spf_domain="paycomonline.net")
    d2 = at(2026, 10, 9, 12, 20, MIA, 31)
    raw2, _ = google_invite("c18-inv", kind="Invitation", organizer=hr,
                            guests=[(hr[0], hr[1], "ACCEPTED"), ("Valeria Restrepo", OWNER_WORK, "NEEDS-ACTION"),
                                    (dos[0], dos[1], "ACCEPTED"), (cand[0], cand[1], "ACCEPTED")],
                            title="Interview: Daniela Fuentes – Sales Coordinator (interviewers: Valeria R., Karen L.)",
                            start=start, end=end, uid=f"{hx('c18uid',26)}@google.com", seq=0, dtstamp=d2,
                            created=d2, meet=None, date=d2,
                            description="Candidate interview. Valeria leads (she will be the coordinator's direct "
                                        "manager); Karen joins for the last 15 minutes. Scorecard in Paycom.",
                            location="Sales Office, 2nd floor", to=OWNER_WORK, fwd_from=OWNER_WORK)
    files = {"01-paycom-interviewer-notification.eml": raw1, "02-invitation-interview-daniela.eml": raw2}
    lab = label([], "hard", "negative/user-is-interviewer",
                "Paycom interviewer notification + Google invite titled 'Interview: ...' where the owner interviews a "
                "Sales Coordinator candidate for her own team. The owner is the interviewer, not the candidate.")
    return cid, files, lab


@case
def c19():
    cid = "b244-19-hurricane-season-staff-briefing"
    risk = ("Miguel Ángel Roldán", "mroldan@palmettogrove.example")
    start = wd(at(2026, 10, 2, 15, 0, MIA), "Friday")
    end = start + timedelta(hours=1)
    sent = wd(at(2026, 9, 28, 8, 45, MIA, 3), "Monday")
    body = T("""
        Good morning,

        We are entering the peak of hurricane season and NHC is watching two systems in the Caribbean. This briefing is mandatory for all department heads and the sales team.

        Agenda:
        • Ride-out team roster and shift plan (who stays on property, who works remotely)
        • Guest communication scripts for in-house groups and upcoming arrivals, and force majeure clauses in group contracts (Sales)
        • Generator, shutters and fuel status (Engineering)
        • HR: pay during closure, and how open positions, scheduled candidate interviews and start dates for new hires will be handled if the property closes

        If you cannot attend in person, join on Teams.

        Miguel Ángel Roldán
        Director of Engineering & Risk | The Palmetto Grove Hotel
        """)
    subject = "Hurricane Season Readiness Briefing – Dept Heads & Sales (MANDATORY)"
    raw, _ = outlook_invite("c19", frm=risk, to=[("Department Heads", "deptheads@palmettogrove.example"),
                                                  ("Sales Team", "sales@palmettogrove.example")],
                            subject=subject, date=sent,
                            when_line="Friday, October 2, 2026 3:00 PM-4:00 PM (UTC-05:00) Eastern Time (US & Canada).",
                            where="Ballroom B / Microsoft Teams Meeting", body_text=body, tzid="Eastern Standard Time",
                            start=start, end=end,
                            uid="040000008200E00074C5B7101A82E00800000000" + hx("c19uid", 40).upper(), seq=0,
                            dtstamp=sent, summary=subject, location="Ballroom B / Microsoft Teams Meeting",
                            attendees=[("Department Heads", "deptheads@palmettogrove.example", "REQ-PARTICIPANT", "NEEDS-ACTION"),
                                       ("Sales Team", "sales@palmettogrove.example", "REQ-PARTICIPANT", "NEEDS-ACTION")],
                            fwd_from=OWNER_WORK, teams=True, busy="BUSY")
    files = {"01-hurricane-readiness-briefing.eml": raw}
    lab = label([], "medium", "negative/hurricane-staff-briefing",
                "Mandatory internal hurricane-readiness briefing (Outlook, 'Eastern Standard Time' TZID on an EDT "
                "date); agenda mentions candidate interviews and new hires. Not a job interview for the owner.")
    return cid, files, lab


@case
def c20():
    cid = "b244-20-icims-pick-a-time-unbooked"
    company, role = "Regatta Bay Hotels", "Director of Group Sales"
    rec = ("Lauren Pike", "lpike@regattabay.example")
    sent = wd(at(2026, 10, 22, 16, 31, MIA, 7), "Thursday")
    slots = [wd(at(2026, 10, 26, 10, 0, MIA), "Monday"), at(2026, 10, 26, 11, 30, MIA),
             wd(at(2026, 10, 27, 14, 0, MIA), "Tuesday"), wd(at(2026, 10, 28, 9, 0, MIA), "Wednesday")]
    slot_lines = "\n".join(f"  • {s.strftime('%A, %B')} {s.day} – {clock12(s)} ET" for s in slots)
    text = T(f"""
        Hi Valeria,

        Thank you for applying for the {role} position at {company} (Naples, FL). We'd like to set up a 30-minute phone interview with our recruiting team.

        Please use the link below to choose the time that works best for you. Currently available times (Eastern Time):
        """) + "\n" + slot_lines + "\n\n" + T(f"""
        Select your interview time:
        https://careers-regattabay.icims.com/jobs/5521/scheduling?token={hx('c20tok', 32)}

        Times are held on a first-come, first-served basis. Once you pick a slot you'll receive a confirmation with the details.

        Kind regards,
        Lauren Pike
        Talent Acquisition | {company}
        """)
    footer = "This email was sent via iCIMS on behalf of Regatta Bay Hotels."
    raw, _ = ats_mail("c20", frm=(f"{company} Careers", "noreply@talent.icims.com"), reply_to=rec,
                      subject=f"Action required: schedule your phone interview – {role}", date=sent,
                      text=text + "\n\n" + footer, html_body=simple_html(company, text, footer, "#2e5266"),
                      mid_domain="talent.icims.com")
    files = {"01-icims-schedule-your-interview.eml": raw}
    lab = label([], "hard", "negative/availability-request",
                "iCIMS self-scheduling request listing open slots; nothing is booked in the case -> not an interview.")
    return cid, files, lab


@case
def c21():
    cid = "b244-21-paycom-rechazo-tras-entrevista"
    company, role = "Costa Dorada Resorts", "Gerente de Ventas MICE"
    sent = wd(at(2026, 10, 23, 12, 40, OKC, 20), "viernes")
    past = wd(at(2026, 10, 20, 10, 0, MIA), "martes")
    text = T(f"""
        Hola Valeria:

        Gracias por tu interés en la posición de {role} en {company} y por el tiempo que nos dedicaste en la entrevista del martes 20 de octubre a las 10:00 a. m.

        Después de evaluar cuidadosamente a todos los candidatos, hemos decidido continuar el proceso con otros perfiles que se ajustan más a las necesidades actuales del puesto.

        Conservaremos tu información en nuestra base de datos para futuras oportunidades y te animamos a seguir postulándote a nuestras vacantes.

        Te deseamos mucho éxito,

        Equipo de Talento Humano
        {company}
        """)
    footer = "Este mensaje fue enviado por Costa Dorada Resorts a través de Paycom. Por favor no respondas a este correo automático."
    raw, _ = ats_mail("c21", frm=(company, "donotreply@paycomonline.net"),
                      subject=f"Actualización sobre tu postulación – {role}", date=sent,
                      text=text + "\n\n" + footer, html_body=simple_html("Actualización de tu postulación", text, footer, "#b8860b"),
                      return_path="bounce-c21@bounces.paycomonline.net", spf_domain="paycomonline.net")
    assert past < sent
    files = {"01-paycom-actualizacion-postulacion.eml": raw}
    lab = label([], "medium", "negative/rejection-after-interview",
                "Spanish Paycom rejection that names the date and time of a past interview; rejections are not "
                "interviews and no interview is scheduled in the case.")
    return cid, files, lab


@case
def c22():
    cid = "b244-22-entrevista-en-video-grabada"
    company, role = "Mareas Cruise Group", "Gerente Regional de Ventas (LatAm)"
    sent = wd(at(2026, 10, 30, 9, 15, MIA, 0), "viernes")
    deadline = wd(at(2026, 11, 6, 23, 59, MIA), "viernes")
    text = T(f"""
        Hola Valeria,

        ¡Gracias por postularte a {role} en {company}!

        El siguiente paso es una entrevista en video a tu propio ritmo. Responderás 5 preguntas grabadas (2 minutos por respuesta) desde tu computadora o celular; no habrá un entrevistador en vivo. Puedes completarla en inglés o en español.

        Fecha límite: viernes 6 de noviembre de 2026, 11:59 p. m. (hora del Este)

        Comenzar entrevista: https://app.hirevue.com/interviews/{hx('c22tok', 20)}

        Consejos: busca un lugar tranquilo y con buena luz, y prueba tu cámara y micrófono antes de empezar.

        Saludos,
        Equipo de Reclutamiento de {company}
        """)
    footer = "Este correo fue enviado por HireVue en nombre de Mareas Cruise Group."
    raw, _ = ats_mail("c22", frm=(company, "noreply@hirevue.com"),
                      subject=f"Invitación: entrevista en video – {role}", date=sent,
                      text=text + "\n\n" + footer, html_body=simple_html("Entrevista en video", text, footer, "#004b87"),
                      mid_domain="hirevue.com")
    files = {"01-hirevue-entrevista-en-video.eml": raw}
    lab = label([], "hard", "negative/one-way-video-interview",
                "One-way recorded video 'entrevista' with a deadline (no live interviewer) -> assessment, not an interview.")
    return cid, files, lab


# =========================================================================== main
def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith(PREFIX) and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for i, fn in enumerate(CASES, 1):
        cid, files, lab = fn()
        assert cid.startswith(f"{PREFIX}{i:02d}-"), cid
        os.makedirs(os.path.join(HERE, cid))
        for fname, content in files.items():
            with open(os.path.join(HERE, cid, fname), "w", encoding="utf-8", newline="") as f:
                f.write(content)
        labels[cid] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="") as f:
        f.write("# Labels for blind244 (generated by make_cases.py; see README.md and the eval README schema).\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    pos = sum(1 for l in labels.values() if l["interview"])
    print(f"wrote {len(labels)} cases ({pos} positive, {len(labels) - pos} negative)")


if __name__ == "__main__":
    main()
