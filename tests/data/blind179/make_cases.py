#!/usr/bin/env python3
"""Regenerate the blind179 evaluation set (case folders + labels.yaml) next to this file.

Deterministic: fixed dates, Message-IDs, MIME boundaries and UIDs (all derived from sha256 of
fixed seeds). Standard library + PyYAML only. Every UTC offset is computed with zoneinfo and every
weekday named in a message text is asserted.

Usage:  python make_cases.py
"""
import base64
import hashlib
import html as htmlmod
import json
import os
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
TOR = ZoneInfo("America/Toronto")
PT = ZoneInfo("America/Los_Angeles")
DUB = ZoneInfo("Europe/Dublin")
UTC = timezone.utc

OWNER = "kiran.feldman@example.com"
OWNER_NAME = "Kiran Feldman"
OWNER_PHONE = "416-555-0143"


# --------------------------------------------------------------------------- time helpers
def T(y, mo, d, h=0, mi=0, s=0, tz=TOR):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(dt, name):
    """Assert that dt falls on the weekday named in the text; return dt."""
    assert dt.strftime("%A") == name, (dt.isoformat(), dt.strftime("%A"), name)
    return dt


def iso(dt):
    return dt.replace(microsecond=0).isoformat() if dt is not None else None


def hm(dt, style="12"):
    """'1:30 PM' / '11:00 AM'."""
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def hm_g(dt):
    """Google Calendar style: '11am', '1:30pm'."""
    h = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    return f"{h}{ap}" if dt.minute == 0 else f"{h}:{dt.minute:02d}{ap}"


def hm_l(dt):
    """lower-case '10:30am'."""
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d}{'am' if dt.hour < 12 else 'pm'}"


def long_date(dt):
    return f"{dt:%A}, {dt:%B} {dt.day}, {dt.year}"


def rfc_date(dt):
    return format_datetime(dt)


def ics_utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics_local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


# --------------------------------------------------------------------------- deterministic ids
def h(seed, n=16, alphabet="0123456789abcdef"):
    out = ""
    i = 0
    while len(out) < n:
        d = hashlib.sha256(f"{seed}#{i}".encode()).digest()
        out += "".join(alphabet[b % len(alphabet)] for b in d)
        i += 1
    return out[:n]


ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
LOWER = "abcdefghijklmnopqrstuvwxyz0123456789"


def gmail_mid(seed):
    return f"<CA{h(seed + 'a', 10, ALNUM)}+{h(seed + 'b', 22, ALNUM)}-{h(seed + 'c', 8, ALNUM)}@mail.gmail.com>"


def gmail_boundary(seed):
    return "000000000000" + h(seed, 12)


def outlook_mid(seed, pod="YT3PR01MB"):
    x = h(seed, 4, "0123456789")
    return f"<{pod}{x}{h(seed + 'm', 24, '0123456789ABCDEF')}@{pod}{x}.CANPRD01.PROD.OUTLOOK.COM>"


def exch_uid(seed):
    return "040000008200E00074C5B7101A82E00800000000" + h(seed, 16, "0123456789ABCDEF") + \
        "000000000000000010000000" + h(seed + "u", 32, "0123456789ABCDEF")


# --------------------------------------------------------------------------- MIME helpers
def addr(name, email):
    if name is None:
        return email
    try:
        name.encode("ascii")
        if any(c in name for c in ',;:@()<>."'):
            return f'"{name}" <{email}>'
        return f"{name} <{email}>"
    except UnicodeEncodeError:
        return f"{Header(name, 'utf-8').encode()} <{email}>"


def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=998).encode()


def fold_header(name, value):
    line = f"{name}: {value}"
    if len(line) <= 78:
        return line + "\n"
    words = line.split(" ")
    out, cur = [], words[0]
    for w in words[1:]:
        if len(cur) + 1 + len(w) > 76 and cur.strip():
            out.append(cur)
            cur = " " + w
        else:
            cur += " " + w
    out.append(cur)
    return "\n".join(out) + "\n"


def b64(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def leaf(ctype, body, cte="7bit", extra=()):
    if cte == "base64":
        enc = b64(body)
    elif cte == "quoted-printable":
        enc = qp(body)
    else:
        enc = body
    hdr = [f"Content-Type: {ctype}"]
    if cte:
        hdr.append(f"Content-Transfer-Encoding: {cte}")
    hdr += list(extra)
    return "\n".join(hdr) + "\n\n" + enc.rstrip("\n") + "\n"


def auto_cte(text):
    try:
        text.encode("ascii")
        if max((len(l) for l in text.split("\n")), default=0) > 76:
            return "quoted-printable"
        return "7bit"
    except UnicodeEncodeError:
        return "quoted-printable"


def multi(subtype, boundary, parts):
    s = f'Content-Type: multipart/{subtype}; boundary="{boundary}"\n\n'
    for p in parts:
        s += f"--{boundary}\n" + p + "\n"
    s += f"--{boundary}--\n"
    return s


def text_to_html(plain, wrapper='<div dir="ltr">'):
    """Plain text -> simple Gmail-like HTML; '>'-quoted blocks become blockquotes."""
    out, quote = [], []

    def flush_quote():
        if quote:
            inner = text_to_html("\n".join(l[1:].lstrip(" ") if l.startswith(">") else l for l in quote), "<div>")
            out.append('<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       'border-left:1px solid rgb(204,204,204);padding-left:1ex">' + inner + "</blockquote>")
            quote.clear()

    for line in plain.split("\n"):
        if line.startswith(">"):
            quote.append(line)
            continue
        flush_quote()
        if line.strip() == "":
            out.append("<div><br></div>")
        else:
            esc = htmlmod.escape(line, quote=False)
            out.append(f"<div>{esc}</div>")
    flush_quote()
    return wrapper + "".join(out) + "</div>"


def alt_plain_html(seed, plain, html_body=None, charset='"UTF-8"'):
    html_body = html_body if html_body is not None else text_to_html(plain)
    return multi("alternative", gmail_boundary(seed + "alt"), [
        leaf(f"text/plain; charset={charset}", plain, auto_cte(plain)),
        leaf(f"text/html; charset={charset}", html_body, "quoted-printable"),
    ])


def received(host, ip, rid, when):
    return ("Received", f"from {host} ({host} [{ip}])\n        by mx.example.com with ESMTPS id {rid}\n"
            f"        for <{OWNER}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384);\n"
            f"        {format_datetime((when + timedelta(seconds=3)).astimezone(UTC))}")


def message(date, frm, subject, msgid, body, to=None, cc=None, reply_to=None, in_reply_to=None,
            references=None, sender=None, extra=(), host=("mail-sor-f41.google.com", "209.85.220.41"),
            return_path=None):
    hdrs = [("Delivered-To", OWNER), received(host[0], host[1], h(msgid, 12, LOWER), date)]
    if return_path:
        hdrs.append(("Return-Path", f"<{return_path}>"))
    hdrs.append(("From", frm))
    if sender:
        hdrs.append(("Sender", sender))
    if reply_to:
        hdrs.append(("Reply-To", reply_to))
    hdrs.append(("To", to or addr(OWNER_NAME, OWNER)))
    if cc:
        hdrs.append(("Cc", cc))
    hdrs.append(("Subject", enc_subject(subject)))
    hdrs.append(("Date", rfc_date(date)))
    hdrs.append(("Message-ID", msgid))
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
    if references:
        hdrs.append(("References", references))
    hdrs += list(extra)
    out = ""
    for k, v in hdrs:
        out += (f"{k}: {v}\n" if "\n" in v else fold_header(k, v))
    return out + "MIME-Version: 1.0\n" + body


def quote_block(text):
    return "\n".join(">" + (" " + l if l else "") for l in text.split("\n"))


# --------------------------------------------------------------------------- iCalendar helpers
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold_ics(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return line
    parts, limit = [], 75
    while len(b) > limit:
        cut = limit
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        parts.append(b[:cut].decode("utf-8"))
        b = b[cut:]
        limit = 74
    parts.append(b.decode("utf-8"))
    return "\r\n ".join(parts)


def cn(name):
    return f'"{name}"' if any(c in name for c in ',;:') else name


VTZ = {
    "America/Los_Angeles": ("America/Los_Angeles", "-0800", "-0700", "PST", "PDT", True),
    "America/Toronto": ("America/Toronto", "-0500", "-0400", "EST", "EDT", True),
    "Pacific Standard Time": ("Pacific Standard Time", "-0800", "-0700", None, None, False),
    "Eastern Standard Time": ("Eastern Standard Time", "-0500", "-0400", None, None, False),
}


def vtimezone(tzid):
    name, std, dst, sn, dn, olson = VTZ[tzid]
    if olson:
        return ["BEGIN:VTIMEZONE", f"TZID:{name}", f"X-LIC-LOCATION:{name}",
                "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dn}",
                "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
                "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sn}",
                "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
                "END:VTIMEZONE"]
    return ["BEGIN:VTIMEZONE", f"TZID:{name}",
            "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
            "END:VTIMEZONE"]


def attendee(name, email, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp="TRUE", google=False,
             cutype=True):
    p = "ATTENDEE"
    if cutype:
        p += ";CUTYPE=INDIVIDUAL"
    p += f";ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={cn(name)}"
    if google:
        p += ";X-NUM-GUESTS=0"
    return p + f":mailto:{email}"


def vevent(uid, dtstamp, start, end, summary, organizer, attendees, description=None, location=None,
           seq=0, status="CONFIRMED", tzid=None, extra=(), created=None, google=False):
    if tzid:
        ds, de = f"DTSTART;TZID={tzid}:{ics_local(start)}", f"DTEND;TZID={tzid}:{ics_local(end)}"
    else:
        ds, de = f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}"
    L = ["BEGIN:VEVENT", ds, de, f"DTSTAMP:{ics_utc(dtstamp)}",
         f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}", f"UID:{uid}"]
    L += [a if isinstance(a, str) else attendee(*a, google=google) for a in attendees]
    if created:
        L.append(f"CREATED:{ics_utc(created)}")
    if description is not None:
        L.append("DESCRIPTION:" + ics_escape(description))
    L.append(f"LAST-MODIFIED:{ics_utc(dtstamp)}")
    L.append("LOCATION:" + ics_escape(location or ""))
    L.append(f"SEQUENCE:{seq}")
    L.append(f"STATUS:{status}")
    L.append("SUMMARY:" + ics_escape(summary))
    L.append("TRANSP:OPAQUE")
    L += list(extra)
    L.append("END:VEVENT")
    return L


def vcalendar(prodid, method, events, tzids=(), extra=()):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    L += list(extra)
    for t in tzids:
        L += vtimezone(t)
    for e in events:
        L += e
    L.append("END:VCALENDAR")
    return "\r\n".join(fold_ics(l) for l in L) + "\r\n"


# --------------------------------------------------------------------------- vendor templates
GOOGLE_PRODID = "-//Google Inc//Google Calendar 70.9054//EN"
GOOGLE_FOOTER = (
    "\n\n~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
    "You are receiving this email because you are an attendee on the event.\n\n"
    "Forwarding this invitation could allow any recipient to send a response to the organizer, be added "
    "to the guest list, invite others regardless of their own invitation status, or modify your RSVP. "
    "Learn more https://support.google.com/calendar/answer/37135#forwarding")
TZ_LABEL = {"America/Los_Angeles": "Pacific Time - Los Angeles", "America/Toronto": "Eastern Time - Toronto",
            "Europe/Dublin": "Irish Time - Dublin"}


def google_meet(seed):
    code = f"{h(seed + 'm1', 3, 'abcdefghijkmnopqrstuvwxyz')}-{h(seed + 'm2', 4, 'abcdefghijkmnopqrstuvwxyz')}-" \
           f"{h(seed + 'm3', 3, 'abcdefghijkmnopqrstuvwxyz')}"
    pin = h(seed + "pin", 9, "0123456789")
    return code, pin


def google_invite(seed, *, sent, summary, start, end, tzname, organizer, guests, description, uid,
                  seq=0, kind="Invitation", meet=True, changed_note=None, status="CONFIRMED",
                  method="REQUEST", accepted=()):
    """Google Calendar invitation e-mail. organizer=(name,email); guests=[(name,email)] excl. organizer."""
    tz = ZoneInfo(tzname)
    s, e = start.astimezone(tz), end.astimezone(tz)
    when_subj = f"{s:%a %b} {s.day}, {s.year} {hm_g(s)} - {hm_g(e)} ({s.tzname()})"
    subject = f"{kind}: {summary} @ {when_subj} ({OWNER})"
    when_txt = f"{s:%A %b} {s.day}, {s.year} \u22c5 {hm_g(s)} \u2013 {hm_g(e)}"
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    code, pin = google_meet(seed)
    lines = []
    if kind.startswith("Updated"):
        lines += ["This event has been updated", changed_note or "Changed: date and time", ""]
    if kind.startswith("Canceled"):
        lines += ["This event has been canceled.", ""]
    lines += [summary, when_txt, TZ_LABEL[tzname], ""]
    if meet and not kind.startswith("Canceled"):
        lines += ["Join with Google Meet", f"https://meet.google.com/{code}", "", "Join by phone",
                  f"(CA) +1 647-{h(seed + 'ph', 3, '0123456789')}-{h(seed + 'ph2', 4, '0123456789')}",
                  f"PIN: {pin}", "",
                  "More phone numbers", f"https://tel.meet/{code}?pin={pin}{h(seed + 'pp', 4, '0123456789')}", ""]
    lines += ["Organizer", organizer[0], organizer[1], "", "Guests", f"{organizer[0]} - organizer", organizer[1]]
    for g in guests:
        if g[0] and g[1] != OWNER:
            lines += [g[0], g[1]]
        else:
            lines.append(g[1])
    lines += [f"View all guest info {view}", ""]
    if description:
        lines += [description, ""]
    lines += [f"Reply for {OWNER} and view more details {view}"]
    plain = "\n".join(lines) + GOOGLE_FOOTER
    html_body = '<html><head></head><body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">' + \
        "".join(f"<p>{htmlmod.escape(p).replace(chr(10), '<br>')}</p>" for p in plain.split("\n\n")) + \
        "</div></body></html>"
    atts = [(organizer[0], organizer[1], "REQ-PARTICIPANT", "ACCEPTED", "TRUE")]
    for g in guests:
        ps = "ACCEPTED" if g[1] in accepted else "NEEDS-ACTION"
        atts.append((g[0] or g[1], g[1], "REQ-PARTICIPANT", ps, "TRUE"))
    desc = (description or "")
    if meet and not kind.startswith("Canceled"):
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 f"Join with Google Meet: https://meet.google.com/{code}\nOr dial: (CA) +1 647-"
                 f"{h(seed + 'ph', 3, '0123456789')}-{h(seed + 'ph2', 4, '0123456789')} PIN: {pin}#\n\n"
                 "Learn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
                 "Please do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    extra = [f"X-GOOGLE-CONFERENCE:https://meet.google.com/{code}"] if meet else []
    ev = vevent(uid, sent, start, end, summary, organizer, atts, description=desc, seq=seq, status=status,
                created=sent - timedelta(minutes=3), google=True, extra=extra)
    ics = vcalendar(GOOGLE_PRODID, method, [ev])
    ctype_method = method
    body = multi("mixed", gmail_boundary(seed + "mix"), [
        multi("alternative", gmail_boundary(seed + "alt"), [
            leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', plain, "base64"),
            leaf('text/html; charset="UTF-8"', html_body, "quoted-printable"),
            leaf(f'text/calendar; charset="UTF-8"; method={ctype_method}', ics, "base64"),
        ]),
        leaf('application/ics; name="invite.ics"', ics, "base64",
             ['Content-Disposition: attachment; filename="invite.ics"']),
    ])
    msgid = f"<calendar-{h(seed, 8)}-{h(seed + '1', 4)}-{h(seed + '2', 4)}-{h(seed + '3', 4)}-{h(seed + '4', 12)}@google.com>"
    return message(sent.astimezone(UTC), addr(organizer[0], organizer[1]), subject, msgid, body,
                   reply_to=addr(organizer[0], organizer[1]),
                   sender="Google Calendar <calendar-notification@google.com>",
                   return_path=f"{h(seed + 'rp', 26, ALNUM)}@calendar-server.bounces.google.com",
                   host=("mail-sor-f73.google.com", "209.85.220.73"))


OUTLOOK_TEAMS_SEP = "_" * 80


def exchange_invite(seed, *, sent, summary, start, end, tzid, organizer, attendees, body_text, location,
                    uid, seq=0, method="REQUEST", org_domain_pod="BY5PR11MB", cancel=False, subject=None,
                    when_label="(UTC-08:00) Pacific Time (US & Canada)"):
    """Exchange/Outlook meeting request or cancellation, multipart/alternative with text/calendar."""
    tz = start.tzinfo
    s, e = start, end
    when = f"{long_date(s)} {hm(s)}-{hm(e)} {when_label}."
    plain = f"When: {when}\nWhere: {location}\n\n*~*~*~*~*~*~*~*~*~*\n\n{body_text}\n"
    if cancel:
        plain = f"When: {when}\nWhere: {location}\n\n{body_text}\n"
    html_body = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">'
                 '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 '<body lang="EN-US"><div class="WordSection1">'
                 + "".join(f'<p class="MsoNormal">{htmlmod.escape(p).replace(chr(10), "<br>")}</p>'
                           for p in plain.split("\n\n")) + "</div></body></html>")
    status = "CANCELLED" if cancel else "CONFIRMED"
    extra = ["CLASS:PUBLIC", "PRIORITY:5" if not cancel else "PRIORITY:1",
             f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}", f"X-MICROSOFT-CDO-OWNERAPPTID:{h(seed, 10, '0123456789')}",
             "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if cancel else "TENTATIVE"),
             "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if cancel else "BUSY"),
             "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:" + ("2" if cancel else "1"),
             "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
             "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
             f"X-MICROSOFT-LOCATIONDISPLAYNAME:{ics_escape(location)}"]
    atts = [(a[0], a[1], a[2] if len(a) > 2 else "REQ-PARTICIPANT", "NEEDS-ACTION", "TRUE") for a in attendees]
    ev = vevent(uid, sent, s, e, summary, organizer, [attendee(*a, cutype=False) for a in atts],
                description=plain, location=location, seq=seq, status=status, tzid=tzid, extra=extra)
    ev = [l.replace("DESCRIPTION:", "DESCRIPTION;LANGUAGE=en-US:", 1).replace(
        "SUMMARY:", "SUMMARY;LANGUAGE=en-US:", 1).replace("LOCATION:", "LOCATION;LANGUAGE=en-US:", 1) for l in ev]
    ics = vcalendar("Microsoft Exchange Server 2010", method, [ev], tzids=[tzid])
    ics = ics.replace("CALSCALE:GREGORIAN\r\n", "")
    bnd = f"_000_{h(seed + 'b', 40, '0123456789ABCDEF')}_"
    body = multi("alternative", bnd, [
        leaf('text/plain; charset="utf-8"', plain, "base64"),
        leaf('text/html; charset="utf-8"', html_body, "base64"),
        leaf(f'text/calendar; charset="utf-8"; method={method}', ics, "base64"),
    ])
    mid = outlook_mid(seed, org_domain_pod)
    subj = subject or (("Canceled: " if cancel else "") + summary)
    extra_h = [("Thread-Topic", summary), ("Thread-Index", "AQH" + h(seed + "ti", 25, ALNUM) + "=="),
               ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
               ("X-MS-TNEF-Correlator", ""), ("X-MS-Exchange-Organization-SCL", "1")]
    return message(sent, addr(organizer[0], organizer[1]), subj, mid, body,
                   to="; ".join(addr(a[0], a[1]) for a in attendees), extra=extra_h,
                   host=(f"{org_domain_pod.lower()}{h(seed, 4, '0123456789')}.outbound.protection.outlook.com",
                         f"40.107.{int(h(seed + 'ip', 2, '0123456789'))}.{int(h(seed + 'ip2', 2, '0123456789'))}"))


def gcal_event(seed, *, summary, description, start, end, tzname, organizer, creator, attendees, created,
               updated, status="confirmed", seq=0, meet=True, location=None):
    """Google Calendar API v3 Event resource. attendees: list of dicts."""
    eid = h(seed, 26, "abcdefghijklmnopqrstuv0123456789")
    code, pin = google_meet(seed)
    ev = {
        "kind": "calendar#event",
        "etag": f'"{h(seed + "etag", 16, "0123456789")}"',
        "id": eid,
        "status": status,
        "htmlLink": "https://www.google.com/calendar/event?eid=" +
                    base64.b64encode(f"{eid} {OWNER}".encode()).decode().rstrip("="),
        "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + h(seed + "ms", 3, "0123456789") + "Z",
        "summary": summary,
        "description": description,
    }
    if location:
        ev["location"] = location
    ev.update({
        "creator": {"email": creator[1], "displayName": creator[0]},
        "organizer": {"email": organizer[1], "displayName": organizer[0]},
        "start": {"dateTime": iso(start.astimezone(ZoneInfo(tzname))), "timeZone": tzname},
        "end": {"dateTime": iso(end.astimezone(ZoneInfo(tzname))), "timeZone": tzname},
        "iCalUID": f"{eid}@google.com",
        "sequence": seq,
        "attendees": attendees,
    })
    if meet:
        ev["hangoutLink"] = f"https://meet.google.com/{code}"
        ev["conferenceData"] = {
            "entryPoints": [
                {"entryPointType": "video", "uri": f"https://meet.google.com/{code}", "label": f"meet.google.com/{code}"},
                {"entryPointType": "phone", "uri": f"tel:+1-647-{h(seed + 'ph', 3, '0123456789')}-{h(seed + 'ph2', 4, '0123456789')}",
                 "label": f"+1 647-{h(seed + 'ph', 3, '0123456789')}-{h(seed + 'ph2', 4, '0123456789')}",
                 "pin": pin, "regionCode": "CA"},
            ],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": code,
        }
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return json.dumps(ev, indent=2, ensure_ascii=False) + "\n"


def zoom_link(seed):
    mid = h(seed + "zid", 11, "0123456789")
    return mid, f"https://us02web.zoom.us/j/{mid}?pwd={h(seed + 'pwd', 32, ALNUM)}"


def interview(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end), "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(followups), "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


# =========================================================================== POSITIVE CASES
@case
def c01():
    slug = "b179-01-cobaltline-recruiter-screen-pt-thread"
    co, role = "Cobaltline Systems", "Software Engineer II, Storage Platform"
    bri = ("Brianna Holloway", "brianna.holloway@cobaltline.example")
    s1, s2, s3 = T(2026, 3, 10, 10, 30, tz=PT), T(2026, 3, 10, 14, 0, tz=PT), T(2026, 3, 11, 9, 0, tz=PT)
    wd(s1, "Tuesday"); wd(s3, "Wednesday")
    d1 = T(2026, 3, 2, 9, 14, 22, tz=PT)
    dk = T(2026, 3, 4, 19, 48, 5, tz=TOR)
    d2 = wd(T(2026, 3, 5, 16, 2, 11, tz=PT), "Thursday")
    sig = "Brianna Holloway\nTechnical Recruiter | Cobaltline Systems\nSeattle, WA  |  she/her"
    m1_plain = f"""Hi Kiran,

Thanks for applying to the Software Engineer II role on our Storage Platform team! Your background on the object-store migration at Larchmont caught the hiring manager's eye.

The first step is a 30-minute phone screen with me: we'll talk through your experience, what you're looking for next, and logistics (this team is open to remote from Toronto). No coding on this call.

Would any of these work? All times are Pacific:

- Tue 3/10, 10:30-11:00am
- Tue 3/10, 2:00-2:30pm
- Wed 3/11, 9:00-9:30am

Best,
Brianna

--
{sig}"""
    mid1 = gmail_mid("c01-m1")
    midk = gmail_mid("c01-kiran")
    m1 = message(d1, addr(*bri), f"Cobaltline - {role} - next steps", mid1, alt_plain_html("c01-m1", m1_plain))
    dk_pt = dk.astimezone(PT)
    d1_et = d1.astimezone(TOR)
    kiran_reply = f"""Hi Brianna,

Thanks for reaching out! Tuesday 10:30-11:00am Pacific works well for me (that's 1:30 ET on my end). Best number is {OWNER_PHONE}.

Kiran

On {d1_et:%a}, {d1_et:%b} {d1_et.day}, 2026 at {hm(d1_et)} {bri[0]} <{bri[1]}> wrote:
{quote_block(m1_plain)}"""
    m2_plain = f"""Perfect, you're all set for Tuesday 3/10 at {hm_l(s1)} PT ({hm_l(s1.astimezone(TOR))} your time). I'll call you at {OWNER_PHONE}; if anything changes, just reply here.

One heads-up: clocks spring forward this Sunday on both coasts, so it's still a 3-hour difference, but calendar apps sometimes get confused with invites created before the change.

Talk soon,
Brianna

--
{sig}

On {dk_pt:%a}, {dk_pt:%b} {dk_pt.day}, 2026 at {hm(dk_pt)} {OWNER_NAME} <{OWNER}> wrote:
{quote_block(kiran_reply)}"""
    m2 = message(d2, addr(*bri), f"Re: Cobaltline - {role} - next steps", gmail_mid("c01-m2"),
                 alt_plain_html("c01-m2", m2_plain), in_reply_to=midk, references=f"{mid1} {midk}")
    lab = label([interview(co, role, s1, s1 + timedelta(minutes=30), "scheduled", [bri[1]], [bri[1]], "phone_screen")],
                "medium", "positive/thread-propose-confirm",
                "Recruiter offers three Pacific slots; owner's pick is quoted, recruiter confirms Tue 3/10 10:30am PT "
                "(1:30pm ET). Messages are dated in PST (-0800) but the screen falls after the Mar 8 switch, so the "
                "offset is -07:00. Recruiter conducts the screen -> she is interviewer and recipient.")
    return slug, {"01-cobaltline-next-steps.eml": m1, "02-re-cobaltline-confirmed.eml": m2}, lab


@case
def c02():
    slug = "b179-02-northbeam-virtual-onsite-chime-itinerary"
    co, role = "Northbeam", "Software Development Engineer II, Fulfillment Technology"
    rosa = ("Rosa Delgado", "rosadelg@northbeam.example")
    day = wd(T(2026, 4, 21, tz=PT), "Tuesday")
    sess = [  # (start h, m, minutes, title, name, email, job title)
        (9, 0, 45, "Coding: Data Structures & Algorithms", "Harpreet Sandhu", "hsandhu@northbeam.example", "SDE III"),
        (9, 50, 45, "System Design", "Olumide Adeyemi", "oadeyemi@northbeam.example", "Principal Engineer"),
        (10, 40, 45, "Coding: Problem Solving", "Kateryna Boyko", "kboyko@northbeam.example", "SDE II"),
        (12, 0, 45, "Behavioral & Leadership Principles (Bar Raiser)", "Gideon Marsh", "gmarsh@northbeam.example",
         "Senior Manager, Software Development"),
        (12, 50, 45, "Hiring Manager", "Wen-Li Tsai", "wtsai@northbeam.example", "Software Development Manager"),
    ]
    rows = []
    for (hh, mm, dur, title, name, email, jt) in sess:
        st = day.replace(hour=hh, minute=mm)
        rows.append((st, st + timedelta(minutes=dur), title, name, email, jt))
    brk = (rows[2][1], rows[3][0])

    def rng(a, b):
        return f"{hm(a)} - {hm(b)}"
    table_rows = [(rng(a, b), rng(a.astimezone(TOR), b.astimezone(TOR)), t, f"{n}, {jt}") for a, b, t, n, e, jt in rows]
    table_rows.insert(3, (rng(*brk), rng(brk[0].astimezone(TOR), brk[1].astimezone(TOR)), "Lunch break", "-"))
    sent = wd(T(2026, 4, 14, 11, 2, 40, tz=PT), "Tuesday")
    plain = f"""Hello Kiran,

Thank you for confirming your availability. Your virtual onsite for the {role} role is scheduled for {long_date(day)}. Your itinerary is below.

All sessions take place over Amazon Chime. You will receive a separate calendar invitation with the Chime meeting ID for each of the five sessions; please accept each of them so the interviewers can see you have confirmed.

Time (Pacific)          | Time (Eastern)          | Session                                         | Interviewer
""" + "\n".join(f"{a:<23} | {b:<23} | {c:<47} | {d}" for a, b, c, d in table_rows) + f"""

A few notes:
- The two coding sessions use a shared code editor (link in each invite). Use whichever language you are most comfortable in.
- Please join each Chime meeting 2-3 minutes early. If an interviewer hasn't joined within 5 minutes, reply to this email or call me at 206-555-0178.
- Your recruiter, Ethan Kowalczyk, will reach out after the loop with next steps (typically within 5 business days).

Best regards,
Rosa Delgado
Recruiting Coordinator | Northbeam
Seattle, WA (Pacific Time)"""
    th = "".join(f'<th style="border:1px solid #999;padding:4px 8px;background:#232f3e;color:#fff">{x}</th>'
                 for x in ("Time (Pacific)", "Time (Eastern)", "Session", "Interviewer"))
    trs = "".join("<tr>" + "".join(f'<td style="border:1px solid #999;padding:4px 8px">{htmlmod.escape(x)}</td>'
                                   for x in r) + "</tr>" for r in table_rows)
    paras = plain.split("\n\n")
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 '<body lang="EN-US"><div class="WordSection1" style="font-family:Calibri,Arial,sans-serif;font-size:11pt">'
                 + "".join(f'<p class="MsoNormal">{htmlmod.escape(p).replace(chr(10), "<br>")}</p>' for p in paras[:3])
                 + f'<table style="border-collapse:collapse"><tr>{th}</tr>{trs}</table>'
                 + "".join(f'<p class="MsoNormal">{htmlmod.escape(p).replace(chr(10), "<br>")}</p>' for p in paras[4:])
                 + "</div></body></html>")
    body = multi("alternative", f"_000_{h('c02-itin', 40, '0123456789ABCDEF')}_", [
        leaf('text/plain; charset="us-ascii"', plain, "quoted-printable"),
        leaf('text/html; charset="us-ascii"', html_body, "quoted-printable")])
    files = {"01-northbeam-onsite-itinerary.eml": message(
        sent, addr(*rosa), f"Northbeam Virtual Onsite Itinerary - {OWNER_NAME} - {long_date(day)}",
        outlook_mid("c02-itin", "CO1PR18MB"), body,
        host=("mail-co1nam11on2091.outbound.protection.outlook.com", "40.107.220.91"),
        extra=[("Thread-Topic", f"Northbeam Virtual Onsite Itinerary - {OWNER_NAME}"),
               ("Content-Language", "en-US")])}
    for i, (a, b, title, name, email, jt) in enumerate(rows, 1):
        chime = h(f"c02-chime{i}", 10, "0123456789")
        txt = f"""Hi Kiran,

This is session {i} of 5 of your Northbeam virtual onsite ({title}). Your interviewer is {name}, {jt}.

Click to join the meeting: https://chime.aws/{chime}
Meeting ID: {chime[:4]} {chime[4:6]} {chime[6:]}
""" + (f"\nShared code editor: https://livecode.northbeam.example/s/{h(f'c02-code{i}', 8, LOWER)}\n" if "Coding" in title else "") + f"""
One-click mobile dial-in (United States (1)): +1 206-555-0199,,{chime}#
Canada (1): +1 647-555-0121,,{chime}#

Questions about logistics: reply to Rosa Delgado ({rosa[1]}).
"""
        files[f"0{i + 1}-invite-session-{i}.eml"] = exchange_invite(
            f"c02-inv{i}", sent=sent + timedelta(minutes=3 + i, seconds=7 * i),
            summary=f"Northbeam Virtual Onsite - {OWNER_NAME} - Session {i} of 5: {title}",
            start=a, end=b, tzid="Pacific Standard Time", organizer=rosa,
            attendees=[(OWNER_NAME, OWNER), (name, email)], body_text=txt, location="Amazon Chime",
            uid=exch_uid(f"c02-uid{i}"), org_domain_pod="CO1PR18MB")
    ints = [r[4] for r in rows]
    lab = label([interview(co, role, rows[0][0], rows[-1][1], "scheduled", ints, ints, "onsite")], "hard",
                "positive/onsite-loop-itinerary-separate-invites",
                "Coordinator itinerary (HTML table, Pacific + Eastern columns) plus five Exchange invites (TZID "
                "'Pacific Standard Time', display label UTC-08:00 although PDT applies). One-day loop with a lunch "
                "break = ONE onsite 9:00-13:35 PT with all five interviewers; coordinator is not an interviewer.")
    return slug, files, lab


@case
def c03():
    slug = "b179-03-halyard-virtual-onsite-split-two-days"
    co, role = "Halyard Labs", "Senior Software Engineer, Developer Platform"
    pris = ("Priscilla Nakamura", "priscilla.nakamura@halyardlabs.example")
    caleb = ("Caleb Ferrante", "caleb.ferrante@halyardlabs.example")
    d1 = wd(T(2026, 5, 13, tz=PT), "Wednesday")
    d2 = wd(T(2026, 5, 14, tz=PT), "Thursday")
    sess = [
        (d1, 10, 0, 60, "Pair Programming", "Anders Kjellberg", "anders.kjellberg@halyardlabs.example", "Staff Engineer"),
        (d1, 11, 15, 60, "System Design", "Fatima-Zahra Bennani", "fatimazahra.bennani@halyardlabs.example",
         "Senior Engineer"),
        (d2, 8, 0, 45, "Values & Collaboration", "Jordan Pike", "jordan.pike@halyardlabs.example", "Engineering Manager"),
        (d2, 9, 0, 45, "Hiring Manager Conversation", "Rebecca Osei", "rebecca.osei@halyardlabs.example",
         "Director of Engineering, Developer Platform"),
    ]
    rows = []
    for (d, hh, mm, dur, title, name, email, jt) in sess:
        st = d.replace(hour=hh, minute=mm)
        rows.append((st, st + timedelta(minutes=dur), title, name, email, jt))
    sent = wd(T(2026, 5, 7, 14, 22, 5, tz=PT), "Thursday")

    def line(r):
        a, b = r[0], r[1]
        ae, be = a.astimezone(TOR), b.astimezone(TOR)
        return f"  {hm(a)}-{hm(b)} PT ({hm(ae)}-{hm(be)} ET)  {r[2]} with {r[3]}, {r[5]}"
    plain = f"""Hi Kiran,

We're excited to have you interview with Halyard Labs for the {role} role! Because your interviewers are split between San Francisco and Toronto, your virtual onsite will take place over two days. Details below; calendar files for each interview are attached.

{long_date(d1)}
{line(rows[0])}
{line(rows[1])}

{long_date(d2)}
{line(rows[2])}
{line(rows[3])}

Every session is on Zoom (links are in the attached calendar files). For the pair programming session, please have a working Python or Go environment ready; we'll share a small repo at the start.

If you need to make any changes, reply to this email and I'll take care of it.

Best,
Priscilla Nakamura
Recruiting Coordinator, Halyard Labs
San Francisco, CA"""
    th = "".join(f'<th style="text-align:left;padding:6px;border-bottom:2px solid #0b3d91">{x}</th>'
                 for x in ("Date", "Pacific", "Eastern", "Interview", "Interviewer"))
    trs = ""
    for r in rows:
        trs += ("<tr>" + "".join(f'<td style="padding:6px;border-bottom:1px solid #ddd">{htmlmod.escape(x)}</td>' for x in (
            f"{r[0]:%a %b} {r[0].day}", f"{hm(r[0])} - {hm(r[1])}",
            f"{hm(r[0].astimezone(TOR))} - {hm(r[1].astimezone(TOR))}", r[2], f"{r[3]} ({r[5]})")) + "</tr>")
    html_body = ('<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px"><p>Hi Kiran,</p>'
                 f"<p>We're excited to have you interview with Halyard Labs for the {role} role! Because your "
                 "interviewers are split between San Francisco and Toronto, your virtual onsite will take place over "
                 "two days. Details below; calendar files for each interview are attached.</p>"
                 f'<table style="border-collapse:collapse"><tr>{th}</tr>{trs}</table>'
                 "<p>Every session is on Zoom (links are in the attached calendar files). For the pair programming "
                 "session, please have a working Python or Go environment ready; we'll share a small repo at the start.</p>"
                 "<p>If you need to make any changes, reply to this email and I'll take care of it.</p>"
                 "<p>Best,<br>Priscilla Nakamura<br>Recruiting Coordinator, Halyard Labs<br>San Francisco, CA</p>"
                 '<img src="https://app.greenhouse.io/email_tracking/open/' + h("c03-px", 24, LOWER) +
                 '.gif" width="1" height="1" alt=""></body></html>')
    parts = [alt_plain_html("c03-itin", plain, html_body)]
    for i, (a, b, title, name, email, jt) in enumerate(rows, 1):
        zid, zurl = zoom_link(f"c03-z{i}")
        desc = (f"{title} - {OWNER_NAME} / {name} ({jt})\n\nJoin Zoom Meeting\n{zurl}\n\nMeeting ID: "
                f"{zid[:3]} {zid[3:7]} {zid[7:]}\n\nHalyard Labs Virtual Onsite, part {i} of 4")
        ev = vevent(f"gh-{h(f'c03-uid{i}', 20, LOWER)}@greenhouse.io", sent, a, b,
                    f"Halyard Labs Interview: {title} ({OWNER_NAME})", pris,
                    [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION", "TRUE"),
                     (name, email, "REQ-PARTICIPANT", "ACCEPTED", "FALSE")],
                    description=desc, location=zurl, tzid="America/Los_Angeles")
        ics = vcalendar("-//Greenhouse Software//Interview Scheduling//EN", "PUBLISH", [ev],
                        tzids=["America/Los_Angeles"])
        fname = f"Halyard Labs - {title.replace('&', 'and')}.ics"
        parts.append(leaf(f'text/calendar; charset="UTF-8"; name="{fname}"', ics, "base64",
                          [f'Content-Disposition: attachment; filename="{fname}"']))
    body = multi("mixed", h("c03-mix", 30, "0123456789abcdef"), parts)
    m1 = message(sent, addr(*pris), f"Your Halyard Labs Virtual Onsite: {role}", f"<{h('c03-m1', 24, LOWER)}@greenhouse.io>",
                 body, return_path=f"bounces+{h('c03-rp', 8, '0123456789')}-{h('c03-rp2', 4, LOWER)}=example.com@em.greenhouse-mail.io",
                 host=("o1.em.greenhouse-mail.io", "167.89.24.11"))
    d_caleb = wd(T(2026, 5, 8, 9, 10, 31, tz=TOR), "Friday")
    p2 = f"""Hi Kiran,

Quick note before next week: as Priscilla mentioned, your onsite is split across two days, Wednesday afternoon and Thursday late morning your time. Nothing changes in how you prepare, but do plan for the Thursday block to start at {hm(rows[2][0].astimezone(TOR))} Eastern.

Rebecca (the hiring manager) is the last conversation on Thursday, so save your questions about the roadmap for her.

Good luck, you've got this!
Caleb

Caleb Ferrante | Technical Recruiter | Halyard Labs (Toronto)"""
    m2 = message(d_caleb, addr(*caleb), "Before your Halyard onsite", gmail_mid("c03-m2"), alt_plain_html("c03-m2", p2))
    i1 = [rows[0][4], rows[1][4]]
    i2 = [rows[2][4], rows[3][4]]
    lab = label([interview(co, role, rows[0][0], rows[1][1], "scheduled", i1, i1, "onsite"),
                 interview(co, role, rows[2][0], rows[3][1], "scheduled", i2, i2, "onsite")],
                "hard", "positive/onsite-split-two-days",
                "Virtual onsite split over two days (Wed 10:00-12:15 PT, Thu 8:00-9:45 PT), one Greenhouse e-mail with "
                "four PUBLISH .ics attachments (TZID America/Los_Angeles). Each day's back-to-back block is one onsite "
                "-> two interviews. Recruiter's follow-up note repeats the plan (no new interview).")
    return slug, {"01-halyard-onsite-itinerary.eml": m1, "02-caleb-before-your-onsite.eml": m2}, lab


@case
def c04():
    slug = "b179-04-tessellate-google-invite-rescheduled"
    co, role = "Tessellate Pay", "Backend Engineer, Ledger"
    gwen = ("Gwen Arceneaux", "gwen.arceneaux@tessellatepay.example")
    tom = ("Tomasz Wierzbicki", "tomasz.w@tessellatepay.example")
    uid = f"{h('c04-uid', 26, 'abcdefghijklmnopqrstuv0123456789')}@google.com"
    a0 = wd(T(2026, 3, 26, 11, 0, tz=PT), "Thursday")
    a1 = wd(T(2026, 3, 27, 13, 0, tz=PT), "Friday")
    summary = f"Tessellate Pay - Technical Interview (Live Coding) - {OWNER_NAME}"
    desc0 = (f"Hi Kiran, this is your 60-minute live coding interview with Tomasz Wierzbicki (Senior Backend "
             f"Engineer, Ledger) for the {role} role. We'll use CoderPad; Tomasz will drop the link in the Meet chat. "
             f"Times show in Pacific because that's my calendar; it's {hm_l(a0.astimezone(TOR))} Eastern for you.\n\n"
             "Gwen Arceneaux | Recruiting Coordinator")
    m1 = google_invite("c04-inv0", sent=T(2026, 3, 18, 15, 20, 7, tz=UTC), summary=summary, start=a0,
                       end=a0 + timedelta(hours=1), tzname="America/Los_Angeles", organizer=gwen,
                       guests=[tom, (None, OWNER)], description=desc0, uid=uid, seq=0, accepted=[tom[1]])
    desc1 = (f"Hi Kiran, moving this to Friday at {hm_l(a1)} Pacific / {hm_l(a1.astimezone(TOR))} Eastern as we "
             "discussed (Tomasz is on call Thursday). Same Meet link, same format: 60 minutes of live coding in "
             "CoderPad.\n\nGwen Arceneaux | Recruiting Coordinator")
    m2 = google_invite("c04-inv1", sent=T(2026, 3, 24, 17, 45, 30, tz=UTC), summary=summary, start=a1,
                       end=a1 + timedelta(hours=1), tzname="America/Los_Angeles", organizer=gwen,
                       guests=[tom, (None, OWNER)], description=desc1, uid=uid, seq=1,
                       kind="Updated invitation", changed_note="Changed: date and time", accepted=[tom[1]])
    lab = label([interview(co, role, a1, a1 + timedelta(hours=1), "scheduled", [tom[1]], [tom[1]], "technical")],
                "medium", "positive/reschedule-google-sequence",
                "Google invite from a Pacific coordinator (Thu Mar 26 11am PDT) then 'Updated invitation' SEQUENCE 1 "
                "with the same UID moving it to Fri Mar 27 1pm-2pm PDT (4pm ET). Final time wins; Tomasz conducts it.")
    return slug, {"01-invitation-technical-interview.eml": m1, "02-updated-invitation-technical-interview.eml": m2}, lab


@case
def c05():
    slug = "b179-05-quillfeather-hm-interview-cancelled-outlook"
    co, role = "Quillfeather Commerce", "Staff Software Engineer, Checkout"
    dana = ("Dana Whitlock", "dana.whitlock@quillfeather.example")
    sio = ("Siobhan Carrick", "siobhan.carrick@quillfeather.example")
    st = wd(T(2026, 6, 8, 10, 0, tz=PT), "Monday")
    en = st + timedelta(minutes=45)
    zid, zurl = zoom_link("c05")
    summary = f"Quillfeather | Hiring Manager Interview | {OWNER_NAME}"
    uid = exch_uid("c05-uid")
    txt0 = f"""Hi Kiran,

As discussed, here is the invite for your hiring manager interview with Siobhan Carrick, Director of Engineering for Checkout. Siobhan will spend the time on your experience leading payments work and on what the Staff role looks like on her team.

The time is shown in Pacific; that's {hm(st.astimezone(TOR))}-{hm(en.astimezone(TOR))} in Toronto.

Join Zoom Meeting
{zurl}

Meeting ID: {zid[:3]} {zid[3:7]} {zid[7:]}
Passcode: {h('c05-pc', 6, '0123456789')}

Thanks,
Dana Whitlock
Talent Acquisition Coordinator | Quillfeather Commerce | Vancouver, BC"""
    m1 = exchange_invite("c05-req", sent=wd(T(2026, 6, 2, 13, 30, 12, tz=PT), "Tuesday"), summary=summary, start=st,
                         end=en, tzid="Pacific Standard Time", organizer=dana, attendees=[(OWNER_NAME, OWNER), sio],
                         body_text=txt0, location="Zoom", uid=uid, seq=0, org_domain_pod="SJ0PR02MB")
    sent2 = wd(T(2026, 6, 4, 9, 12, 48, tz=PT), "Thursday")
    txt1 = f"""Hi Kiran,

I'm so sorry for the short notice. Siobhan's team has paused the {role} search while they finalize their second-half plan, so we need to cancel Monday's conversation.

Siobhan asked me to pass along that she really enjoyed reading your background and hopes to reconnect if the role reopens. I'll keep you posted either way.

Dana"""
    m2 = exchange_invite("c05-cxl", sent=sent2, summary=summary, start=st, end=en, tzid="Pacific Standard Time",
                         organizer=dana, attendees=[(OWNER_NAME, OWNER), sio], body_text=txt1, location="Zoom",
                         uid=uid, seq=1, method="CANCEL", cancel=True, org_domain_pod="SJ0PR02MB")
    lab = label([interview(co, role, st, en, "cancelled", [sio[1]], [sio[1]], "hiring_manager")], "medium",
                "positive/cancellation-outlook",
                "Exchange request (TZID 'Pacific Standard Time', Mon Jun 8 10:00-10:45 PDT) then METHOD:CANCEL "
                "SEQUENCE 1 for the same UID ('paused the search'). Kept with status cancelled at the last time; "
                "hiring manager Siobhan is the interviewer.")
    return slug, {"01-hm-interview-invite.eml": m1, "02-canceled-hm-interview.eml": m2}, lab


@case
def c06():
    slug = "b179-06-pinecrest-hiring-committee-then-team-matching"
    co, role = "Pinecrest Search", "Software Engineer III"
    amara = ("Amara Nwosu", "amara.nwosu@pinecrest.example")
    ilse = ("Ilse Marchetti", "ilse.marchetti@pinecrest.example")
    dev = ("Devendra Raman", "devendra.raman@pinecrest.example")
    c1 = wd(T(2026, 6, 16, 13, 0, tz=TOR), "Tuesday")
    c2 = wd(T(2026, 6, 18, 10, 30, tz=PT), "Thursday")
    d1 = wd(T(2026, 6, 8, 14, 5, 10, tz=PT), "Monday")
    p1 = """Hi Kiran,

Great news: the hiring committee reviewed your packet last Thursday and recommended moving forward at the Software Engineer III level. Congratulations, that's the hardest part!

The next step is team matching. I'll line up 45-minute calls with managers whose teams have open headcount. They're two-way conversations about the team's work and how you like to work, but please don't treat them as a formality: a manager has to want you on the team before we can put an offer together.

I'll be in touch in the next couple of days with times.

Best,
Amara

Amara Nwosu
Technical Recruiter, Pinecrest Search"""
    mid1 = gmail_mid("c06-m1")
    m1 = message(d1, addr(*amara), "Pinecrest - hiring committee update", mid1, alt_plain_html("c06-m1", p1))
    d2 = wd(T(2026, 6, 10, 10, 41, 55, tz=PT), "Wednesday")
    p2 = f"""Hi Kiran,

Two managers would like to chat; I've cc'd both of them here.

1) Ilse Marchetti, Engineering Manager, Maps Infrastructure (Toronto): {c1:%A, %B} {c1.day}, {hm(c1)}-{hm(c1 + timedelta(minutes=45))} Eastern. I'll send the Google Calendar invite from my calendar.

2) Devendra Raman, Engineering Manager, Ads Quality (Mountain View): {c2:%A, %B} {c2.day}, {hm(c2)}-{hm(c2 + timedelta(minutes=45))} Pacific ({hm(c2.astimezone(TOR))} your time). Devendra will send his own invite.

If either time doesn't work, let me know and I'll shuffle things. After both calls, I'll check in with you and the managers on preferences.

Best,
Amara

On {d1:%a}, {d1:%b} {d1.day}, 2026 at {hm(d1)} Amara Nwosu <{amara[1]}> wrote:
{quote_block(p1)}"""
    m2 = message(d2, addr(*amara), "Re: Pinecrest - hiring committee update", gmail_mid("c06-m2"),
                 alt_plain_html("c06-m2", p2), cc=f"{addr(*ilse)}, {addr(*dev)}", in_reply_to=mid1, references=mid1)
    m3 = google_invite("c06-inv", sent=T(2026, 6, 10, 17, 52, 3, tz=UTC),
                       summary=f"Team match: {OWNER_NAME} / Ilse Marchetti (Maps Infrastructure)", start=c1,
                       end=c1 + timedelta(minutes=45), tzname="America/Los_Angeles", organizer=amara,
                       guests=[ilse, (None, OWNER)],
                       description="Team matching conversation with Ilse Marchetti, EM for Maps Infrastructure. "
                                   "45 minutes. Amara won't join.",
                       uid=f"{h('c06-uid', 26, 'abcdefghijklmnopqrstuv0123456789')}@google.com", accepted=[ilse[1]])
    g4 = gcal_event("c06-dev", summary=f"{OWNER_NAME} <> Devendra Raman (team match, Ads Quality)",
                    description="Hi Kiran, looking forward to telling you about Ads Quality and hearing about your "
                                "storage work. Devendra",
                    start=c2, end=c2 + timedelta(minutes=45), tzname="America/Los_Angeles", organizer=dev, creator=dev,
                    attendees=[{"email": dev[1], "displayName": dev[0], "organizer": True, "responseStatus": "accepted"},
                               {"email": OWNER, "self": True, "responseStatus": "accepted"},
                               {"email": amara[1], "displayName": amara[0], "optional": True,
                                "responseStatus": "needsAction"}],
                    created=T(2026, 6, 10, 19, 3, 0, tz=UTC), updated=T(2026, 6, 11, 13, 12, 40, tz=UTC))
    lab = label([interview(co, role, c1, c1 + timedelta(minutes=45), "scheduled", [ilse[1]], [ilse[1]], "hiring_manager"),
                 interview(co, role, c2, c2 + timedelta(minutes=45), "scheduled", [dev[1]], [dev[1]], "hiring_manager")],
                "hard", "positive/team-matching-two-interviews",
                "Hiring-committee status mail (no interview) followed by two post-HC team-matching calls with "
                "hiring managers (a required process step: 'a manager has to want you'), so labelled as two "
                "hiring_manager interviews. Call 1 via Google invite shown in PDT (10am PT = 1pm ET); call 2 via "
                "Calendar API event organised by the manager. Recruiter optional on call 2 is not an interviewer.")
    return slug, {"01-hiring-committee-update.eml": m1, "02-re-team-match-calls.eml": m2,
                  "03-invitation-team-match-ilse.eml": m3, "04-team-match-devendra.gcal.json": g4}, lab


@case
def c07():
    slug = "b179-07-fernhill-take-home-then-live-session-calendly"
    co, role = "Fernhill Data", "Software Engineer, Data Infrastructure"
    lucia = ("Lucía Paredes", "lucia.paredes@fernhill.example")
    sasha = ("Sasha Ilyin", "sasha.ilyin@fernhill.example")
    due = wd(T(2026, 6, 29, 9, 0, tz=TOR), "Monday")
    d1 = wd(T(2026, 6, 24, 11, 20, 3, tz=TOR), "Wednesday")
    p1 = f"""Hi Kiran,

Thanks again for your time on the intro call. As promised, here's the take-home for the {role} role:

  https://github.example/fernhill-hiring/ingest-dedupe-exercise

You'll build a small service that ingests event batches and de-duplicates them with bounded memory. Please spend no more than ~3 hours; we care more about the trade-offs you write up in the README than about polish.

There's no call for this step: it's fully async. Please submit by {due:%A, %B} {due.day} at 9:00 AM ET by replying with a link to your fork. After you submit, the next step is a 60-minute live session with one of our engineers, where you'll walk through your solution and extend it together.

Cheers,
Lucía

Lucía Paredes
Talent Partner, Fernhill Data"""
    mid1 = gmail_mid("c07-m1")
    m1 = message(d1, addr(*lucia), f"Fernhill Data - take-home assignment ({role})", mid1, alt_plain_html("c07-m1", p1))
    d2 = wd(T(2026, 6, 29, 15, 42, 10, tz=TOR), "Monday")
    p2 = f"""Hi Kiran,

Got it, thanks for submitting! Sasha Ilyin from the Data Infrastructure team will run your live session. Please pick a time that works on Sasha's Calendly:

https://calendly.com/sasha-ilyin-fernhill/take-home-review

Cheers,
Lucía

On {d1:%a}, {d1:%b} {d1.day}, 2026 at {hm(d1)} Lucía Paredes <{lucia[1]}> wrote:
{quote_block(p1)}"""
    m2 = message(d2, addr(*lucia), f"Re: Fernhill Data - take-home assignment ({role})", gmail_mid("c07-m2"),
                 alt_plain_html("c07-m2", p2), in_reply_to=gmail_mid("c07-kiran"),
                 references=f"{mid1} {gmail_mid('c07-kiran')}")
    st = wd(T(2026, 7, 7, 14, 0, tz=TOR), "Tuesday")
    en = st + timedelta(hours=1)
    zid, zurl = zoom_link("c07")
    inv = h("c07-inv", 8, "0123456789abcdef") + "-" + h("c07-inv2", 4, "0123456789abcdef") + "-" + h("c07-inv3", 4, "0123456789abcdef")
    ev_name = "Take-home review + live coding"
    p3 = f"""Hi {OWNER_NAME},

Your {ev_name} with Sasha Ilyin at {hm_l(st)} (Eastern Time - US & Canada) on {long_date(st)} is scheduled.

Event Type:
{ev_name}

Invitee:
{OWNER_NAME}
{OWNER}

Event Date/Time:
{hm_l(st)} - {hm_l(en)} (Eastern Time - US & Canada), {long_date(st)}

Location:
This is a Zoom web conference.
{zurl}
Meeting ID: {zid}

Description:
60 minutes. We'll start with a short walkthrough of your submission, then extend it together (adding a backfill mode). Have your repo open and ready to share your screen. - Sasha

Questions:
Anything you'd like Sasha to know beforehand?
No, looking forward to it.

Need to make changes to this event?
Cancel: https://calendly.com/cancellations/{inv}
Reschedule: https://calendly.com/reschedulings/{inv}

Powered by Calendly.com"""
    ev = vevent(f"{inv}@calendly.com", T(2026, 6, 30, 14, 27, 40, tz=UTC), st, en,
                f"{ev_name} between Sasha Ilyin and {OWNER_NAME}", sasha,
                [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "ACCEPTED", "FALSE"),
                 (sasha[0], sasha[1], "REQ-PARTICIPANT", "ACCEPTED", "FALSE")],
                description=f"Event Name: {ev_name}\n\nLocation: This is a Zoom web conference.\n{zurl}\n\n"
                            f"Need to make changes to this event?\nCancel: https://calendly.com/cancellations/{inv}\n"
                            f"Reschedule: https://calendly.com/reschedulings/{inv}\n\nPowered by Calendly.com",
                location=zurl)
    ics = vcalendar("-//Calendly//Calendly Scheduling//EN", "REQUEST", [ev])
    body = multi("mixed", h("c07-mix", 28, "0123456789abcdef"), [
        alt_plain_html("c07-m3", p3), leaf('text/calendar; charset=UTF-8; method=REQUEST; name="invite.ics"', ics,
                                           "base64", ['Content-Disposition: attachment; filename="invite.ics"'])])
    m3 = message(T(2026, 6, 30, 14, 27, 44, tz=UTC), "Calendly <notifications@calendly.com>",
                 f"Confirmed: {ev_name} with Sasha Ilyin on {long_date(st)}", f"<{h('c07-m3', 32, LOWER)}@calendly.com>",
                 body, reply_to=addr(*sasha), host=("o7.email.calendly.com", "167.89.66.201"),
                 return_path=f"bounces+{h('c07-rp', 8, '0123456789')}@email.calendly.com")
    lab = label([interview(co, role, st, en, "scheduled", [sasha[1]], [sasha[1]], "technical")], "medium",
                "positive/take-home-then-live-calendly",
                "Take-home assignment (not an interview) and an unbooked Calendly link, then a Calendly invitee "
                "confirmation for the live coding session Tue Jul 7 2:00-3:00pm ET. Host Sasha (Reply-To) conducts it.")
    return slug, {"01-take-home-assignment.eml": m1, "02-re-take-home-book-live-session.eml": m2,
                  "03-calendly-confirmed-live-session.eml": m3}, lab


@case
def c08():
    slug = "b179-08-kitewire-recruiter-mail-plus-calendar-api-event"
    co, role = "Kitewire", "Senior Frontend Engineer, Design Systems"
    theo = ("Theo Vasquez", "theo.vasquez@kitewire.example")
    noemi = ("Noemi Laurent", "noemi.laurent@kitewire.example")
    group = ("Kitewire Recruiting Scheduling", "recruiting-scheduling@kitewire.example")
    d1 = wd(T(2026, 8, 7, 16, 10, 44, tz=PT), "Friday")
    st = wd(T(2026, 8, 12, 16, 0, tz=TOR), "Wednesday")
    en = st + timedelta(minutes=45)
    p1 = f"""Hi Kiran,

Noemi loved your portfolio, especially the token pipeline write-up, and wants to meet you for the hiring manager round. Let's lock in Wednesday at {hm_l(st).replace(':00', '')} your time ({hm_l(st.astimezone(PT)).replace(':00', '')} our time) for 45 minutes with Noemi Laurent, Engineering Manager for Design Systems.

You'll get the calendar invite from our recruiting-scheduling calendar. That's an unmonitored group inbox, so reply to me directly with anything.

Tip: bring a component you're proud of; Noemi likes to dig into API design and accessibility trade-offs.

Have a great weekend!
Theo

Theo Vasquez | Recruiter | Kitewire
San Francisco, CA"""
    m1 = message(d1, addr(*theo), f"Kitewire - hiring manager round with Noemi", gmail_mid("c08-m1"),
                 alt_plain_html("c08-m1", p1), cc=addr(*noemi))
    g = gcal_event("c08-ev", summary=f"Kitewire Interview: {OWNER_NAME} <> Noemi Laurent (Hiring Manager)",
                   description=f"Hiring manager interview for the {role} role.\n\nInterviewer: Noemi Laurent "
                               f"(Engineering Manager, Design Systems)\nRecruiter: Theo Vasquez ({theo[1]})\n\n"
                               "Please do not reply to this calendar; contact your recruiter instead.",
                   start=st, end=en, tzname="America/Los_Angeles", organizer=group, creator=theo,
                   attendees=[{"email": group[1], "displayName": group[0], "organizer": True,
                               "responseStatus": "accepted"},
                              {"email": noemi[1], "displayName": noemi[0], "responseStatus": "accepted"},
                              {"email": OWNER, "self": True, "responseStatus": "needsAction"}],
                   created=T(2026, 8, 7, 23, 15, 2, tz=UTC), updated=T(2026, 8, 7, 23, 15, 9, tz=UTC))
    lab = label([interview(co, role, st, en, "scheduled", [noemi[1]], [noemi[1]], "hiring_manager")], "medium",
                "positive/dedupe-email-plus-api-event",
                "Recruiter mail (Fri Aug 7, 'Wednesday at 4pm your time (1pm our time)') plus a Calendar API event "
                "organised by a group scheduling calendar (13:00-13:45 PDT). Same interview -> ONE. The group "
                "calendar is never a recipient; Noemi conducts it.")
    return slug, {"01-kitewire-hm-round.eml": m1, "02-kitewire-hm-interview.gcal.json": g}, lab


@case
def c09():
    slug = "b179-09-kelpwise-dublin-coordinator-dst-gap"
    co, role = "Kelpwise", "Software Engineer, Payments Risk (Toronto)"
    aoife = ("Aoife Brennan", "aoife.brennan@kelpwise.example")
    ru = ("Ruairí Ó Dálaigh", "ruairi.odalaigh@kelpwise.example")
    st = wd(T(2026, 3, 19, 15, 0, tz=DUB), "Thursday")
    en = st + timedelta(minutes=45)
    assert st.astimezone(TOR).hour == 11
    d1 = wd(T(2026, 3, 12, 10, 5, 33, tz=DUB), "Thursday")
    p1 = f"""Hi Kiran,

Thanks for sending over your availability. I've booked your technical phone screen with Ruairí Ó Dálaigh (Senior Software Engineer, Payments Risk) for Thursday 19 March at 15:00 Irish time, which is 11:00 in Toronto.

Just flagging the time difference: North America moved its clocks on 8 March and we don't change ours until 29 March, so for these few weeks the gap is four hours rather than the usual five.

It's a 45-minute Google Meet call and will include a short coding exercise in a shared doc, so have a laptop handy. The calendar invite will follow from my Google calendar.

Kind regards,
Aoife

Aoife Brennan
Recruiting Coordinator, EMEA | Kelpwise
Dublin, Ireland"""
    m1 = message(d1, addr(*aoife), "Kelpwise: your technical phone screen is booked", gmail_mid("c09-m1"),
                 alt_plain_html("c09-m1", p1))
    m2 = google_invite("c09-inv", sent=T(2026, 3, 12, 10, 7, 51, tz=UTC),
                       summary=f"Kelpwise - Technical phone screen ({OWNER_NAME})", start=st, end=en,
                       tzname="Europe/Dublin", organizer=aoife, guests=[ru, (None, OWNER)],
                       description=f"45-minute technical phone screen with Ruairí Ó Dálaigh for the {role} role. "
                                   "Includes a short coding exercise in a shared doc.",
                       uid=f"{h('c09-uid', 26, 'abcdefghijklmnopqrstuv0123456789')}@google.com", accepted=[ru[1]])
    lab = label([interview(co, role, st, en, "scheduled", [ru[1]], [ru[1]], "technical")], "hard",
                "positive/dst-gap-dublin-toronto",
                "Dublin coordinator books 15:00 Irish time = 11:00 Toronto on Mar 19, inside the Mar 8-Mar 29 window "
                "where the gap is 4h not 5h. Google invite in Europe/Dublin (GMT). Mail + invite = one interview; "
                "Ruairí (non-ASCII name) conducts it.")
    return slug, {"01-kelpwise-screen-booked.eml": m1, "02-invitation-technical-phone-screen.eml": m2}, lab


@case
def c10():
    slug = "b179-10-agency-forward-granary-hiring-manager"
    co, role = "Granary Health", "Senior Software Engineer, Clinical Data Platform"
    marco = ("Marco Bellini", "marco.bellini@talentbridge.example")
    noor = ("Noor Haddad", "noor.haddad@granaryhealth.example")
    st = wd(T(2026, 9, 14, 14, 0, tz=TOR), "Monday")
    en = st + timedelta(hours=1)
    dn = wd(T(2026, 9, 10, 16, 31, 0, tz=TOR), "Thursday")
    dm0 = wd(T(2026, 9, 9, 11, 2, 0, tz=TOR), "Wednesday")
    dm = T(2026, 9, 10, 17, 48, 2, tz=TOR)
    code, _ = google_meet("c10")
    marco_orig = """Hi Noor,

Kiran is available Monday afternoon or Tuesday morning next week for a first conversation. Resume attached again for convenience.

Thanks,
Marco"""
    p = f"""Hi Kiran,

Good news, see below: Noor confirmed Monday at 2:00 ET for your first conversation with Granary. It's a one-hour video call with her directly (she's the hiring manager). The Meet link is in her note.

I'd keep it conversational; she'll likely ask about the HL7/FHIR pipeline work. Give me a call after, I'd love to hear how it went!

Marco

Marco Bellini
Senior Technical Recruiter | Talentbridge Partners
416-555-0190 | Toronto, ON

---------- Forwarded message ---------
From: {noor[0]} <{noor[1]}>
Date: {dn:%a}, {dn:%b} {dn.day}, 2026 at {hm(dn)}
Subject: Re: Candidate {OWNER_NAME} - Sr. Software Engineer, Clinical Data Platform
To: {marco[0]} <{marco[1]}>


Hi Marco,

Monday, September 14 at 2:00 pm ET works on my end; I've blocked an hour. Let's use this link:
https://meet.google.com/{code}

Please pass along that I'm looking forward to it.

Noor

--
Noor Haddad
Director of Engineering, Clinical Data Platform
Granary Health | Boston, MA

On {dm0:%a}, {dm0:%b} {dm0.day}, 2026 at {hm(dm0)} {marco[0]} <{marco[1]}> wrote:
{quote_block(marco_orig)}"""
    m = message(dm, addr(*marco), f"Fwd: Re: Candidate {OWNER_NAME} - Sr. Software Engineer, Clinical Data Platform",
                gmail_mid("c10-m1"), alt_plain_html("c10-m1", p))
    lab = label([interview(co, role, st, en, "scheduled", [noor[1]], [noor[1]], "hiring_manager")], "hard",
                "positive/agency-forwarded-confirmation",
                "Third-party agency recruiter forwards the client hiring manager's confirmation (Mon Sep 14 2:00pm ET, "
                "one hour). Company is the client (Granary Health), not the agency; Noor's address is in the "
                "forwarded block, so she is interviewer and recipient.")
    return slug, {"01-fwd-granary-confirmation.eml": m}, lab


@case
def c11():
    slug = "b179-11-ledgerline-teams-panel-standalone-ics"
    co, role = "Ledgerline Financial", "Senior Software Engineer, Core Banking APIs"
    brooke = ("Brooke Amankwah", "brooke.amankwah@ledgerline.example")
    panel = [("Vikram Sethi", "vikram.sethi@ledgerline.example", "Director, Core Banking Engineering"),
             ("Hélène Gagnon", "helene.gagnon@ledgerline.example", "Principal Software Engineer"),
             ("Matteo Russo", "matteo.russo@ledgerline.example", "Engineering Manager, Payments APIs")]
    st = wd(T(2026, 7, 23, 10, 0, tz=TOR), "Thursday")
    en = st + timedelta(minutes=90)
    d1 = wd(T(2026, 7, 17, 12, 30, 15, tz=TOR), "Friday")
    plain = f"""Hi Kiran,

Thank you for your time with our team so far. I'm pleased to confirm your panel interview for the {role} position:

Date: {long_date(st)}
Time: 10:00 - 11:30 a.m. (Eastern Time)
Location: Microsoft Teams (invitation to follow under separate cover)

Your panel:
""" + "\n".join(f"  - {n}, {t}" for n, e, t in panel) + """

Format:
  - 30 minutes: technical deep dive on a past project of your choice (a diagram helps)
  - 45 minutes: system design (an idempotent payments API)
  - 15 minutes: your questions for the panel

Please let me know if you require any accommodations for this interview; we are happy to provide them.

Kind regards,

Brooke Amankwah (she/her)
Talent Acquisition Partner, Technology
Ledgerline Financial | 100 King St W, Toronto, ON"""
    html_body = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                 '<style>p.MsoNormal{margin:0;font-family:"Aptos",sans-serif;font-size:12pt}</style></head>'
                 '<body lang="EN-CA"><div class="WordSection1">'
                 + "".join(f'<p class="MsoNormal">{htmlmod.escape(l) if l.strip() else "&nbsp;"}</p>' for l in plain.split("\n"))
                 + "</div></body></html>")
    body = multi("alternative", f"_000_{h('c11-b', 40, '0123456789ABCDEF')}_", [
        leaf('text/plain; charset="utf-8"', plain, "quoted-printable"),
        leaf('text/html; charset="utf-8"', html_body, "quoted-printable")])
    m1 = message(d1, addr(*brooke), f"Ledgerline Financial - Panel Interview Confirmation - {role}",
                 outlook_mid("c11-m1", "YQBPR0101MB"), body,
                 host=("can01-yqb-obe.outbound.protection.outlook.com", "40.107.192.103"),
                 extra=[("Thread-Topic", f"Ledgerline Financial - Panel Interview Confirmation - {role}"),
                        ("Content-Language", "en-CA")])
    tid = h("c11-t", 30, LOWER)
    teams = (f"{OUTLOOK_TEAMS_SEP}\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
             f"Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0>\n"
             f"Meeting ID: {h('c11-mid', 3, '0123456789')} {h('c11-mid2', 3, '0123456789')} {h('c11-mid3', 3, '0123456789')} "
             f"{h('c11-mid4', 3, '0123456789')}\nPasscode: {h('c11-pc', 6, ALNUM)}\n"
             f"Dial in by phone\n+1 647-555-0166,,{h('c11-conf', 9, '0123456789')}# Canada, Toronto\n{OUTLOOK_TEAMS_SEP}")
    desc = (f"Panel interview for the {role} position.\n\nPanel: " + "; ".join(f"{n} ({t})" for n, e, t in panel)
            + "\n\n" + teams)
    ev = vevent(exch_uid("c11-uid"), T(2026, 7, 17, 16, 34, 0, tz=UTC), st, en,
                f"Ledgerline Financial | Panel Interview | {OWNER_NAME}", brooke,
                [attendee(OWNER_NAME, OWNER, cutype=False)] + [attendee(n, e, partstat="ACCEPTED", cutype=False)
                                                              for n, e, t in panel],
                description=desc, location="Microsoft Teams Meeting", tzid="Eastern Standard Time",
                extra=["CLASS:PUBLIC", "PRIORITY:5", "X-MICROSOFT-CDO-APPT-SEQUENCE:0",
                       "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                       "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                       "X-MICROSOFT-CDO-INSTTYPE:0",
                       f"X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tid}%40thread.v2/0",
                       "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting"])
    ev = [l.replace("SUMMARY:", "SUMMARY;LANGUAGE=en-US:", 1) for l in ev]
    ics = vcalendar("-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "REQUEST", [ev],
                    tzids=["Eastern Standard Time"]).replace("CALSCALE:GREGORIAN\r\n", "")
    ints = [e for n, e, t in panel]
    lab = label([interview(co, role, st, en, "scheduled", ints, ints, "onsite")], "medium",
                "positive/panel-teams-standalone-ics",
                "Outlook confirmation e-mail (quoted-printable, non-ASCII panelist) plus the saved Teams invite as a "
                "standalone .ics (TZID 'Eastern Standard Time', 10:00-11:30 EDT). Three-person panel = onsite; "
                "coordinator Brooke only schedules.")
    return slug, {"01-ledgerline-panel-confirmation.eml": m1, "02-ledgerline-panel-interview.ics": ics}, lab


@case
def c12():
    slug = "b179-12-driftwood-ashby-final-round-moved-past-dst"
    co, role = "Driftwood AI", "Founding Engineer, Inference Platform"
    keisha = ("Keisha Adebayo-Moore", "keisha@driftwood.example")
    marg = ("Marguerite Oyelaran", "marguerite@driftwood.example")
    a0 = wd(T(2026, 10, 29, 15, 0, tz=TOR), "Thursday")
    a1 = wd(T(2026, 11, 3, 15, 0, tz=TOR), "Tuesday")
    assert a0.utcoffset() != a1.utcoffset()
    zid, zurl = zoom_link("c12")
    uid = f"{h('c12-uid', 8, '0123456789abcdef')}-{h('c12-uid2', 4, '0123456789abcdef')}-{h('c12-uid3', 12, '0123456789abcdef')}@ashbyhq.com"

    def ashby(seed, sent, start, kind, seq):
        end = start + timedelta(minutes=45)
        verb = "been confirmed" if kind == "Confirmed" else "been rescheduled"
        p = f"""Hi Kiran,

Your interview for {role} at {co} has {verb}.

Final Round - CTO Conversation
{long_date(start)}
{hm(start)} - {hm(end)} {start.tzname()}
Interviewer: Marguerite Oyelaran, CTO & Co-founder
Location: Zoom - {zurl}

Marguerite is the hiring manager for this role. Expect a conversation about how you'd approach the first six months of the inference platform, plus plenty of time for your questions.

Need to make a change? Reply to this email to reach {keisha[0]}.

Driftwood AI Talent Team
Powered by Ashby"""
        ev = vevent(uid, sent, start, end, f"Final Round - CTO Conversation ({co})", keisha,
                    [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION", "TRUE")],
                    description=f"Final Round - CTO Conversation with Marguerite Oyelaran\nZoom: {zurl}",
                    location=zurl, seq=seq, tzid="America/Toronto")
        ics = vcalendar("-//Ashby//Ashby Scheduling//EN", "REQUEST", [ev], tzids=["America/Toronto"])
        body = multi("mixed", h(seed + "mix", 32, "0123456789abcdef"), [
            alt_plain_html(seed, p), leaf('text/calendar; charset=utf-8; method=REQUEST; name="interview.ics"', ics,
                                          "base64", ['Content-Disposition: attachment; filename="interview.ics"'])])
        return message(sent, f"{co} <no-reply@ashbyhq.com>", f"Interview {kind}: Final Round with {co}",
                       f"<{h(seed, 24, LOWER)}@ashbyhq.com>", body, reply_to=addr(*keisha),
                       host=("a48-12.smtp-out.amazonses.com", "54.240.48.12"),
                       return_path=f"0100{h(seed + 'rp', 16, '0123456789abcdef')}-000000@amazonses.com")
    m1 = ashby("c12-a0", T(2026, 10, 23, 14, 2, 19, tz=UTC), a0, "Confirmed", 0)
    d2 = wd(T(2026, 10, 29, 8, 41, 2, tz=TOR), "Thursday")
    p2 = f"""Hi Kiran,

Apologies for the late change: Marguerite was pulled into a board meeting this afternoon, so we need to move today's final round. We've moved it to Tuesday at the same time (3:00 PM ET), same Zoom link, same 45 minutes. You'll get an updated confirmation from Ashby shortly.

Heads up that clocks fall back this Sunday, so double-check that your calendar shows 3:00 PM.

Marguerite is cc'd here in case you want to send her anything ahead of time.

Thanks for your flexibility,
Keisha

Keisha Adebayo-Moore
Head of Talent | Driftwood AI"""
    m2 = message(d2, addr(*keisha), f"Moving your final round to Tuesday", gmail_mid("c12-m2"),
                 alt_plain_html("c12-m2", p2), cc=addr(*marg))
    m3 = ashby("c12-a1", T(2026, 10, 29, 13, 5, 51, tz=UTC), a1, "Rescheduled", 1)
    lab = label([interview(co, role, a1, a1 + timedelta(minutes=45), "scheduled", [marg[1]], [marg[1]],
                           "hiring_manager")], "hard", "positive/reschedule-email-ats-across-dst",
                "Ashby confirmation Thu Oct 29 3:00pm EDT, then same-day e-mail 'moved to Tuesday at the same time' "
                "(resolved against Thu Oct 29 -> Tue Nov 3, after the Nov 1 fall-back: -05:00) and Ashby reschedule "
                "notice (SEQUENCE 1). CTO is the hiring manager; her address is only in the Cc of the e-mail.")
    return slug, {"01-ashby-interview-confirmed.eml": m1, "02-moving-final-round.eml": m2,
                  "03-ashby-interview-rescheduled.eml": m3}, lab


@case
def c13():
    slug = "b179-13-sablewood-lever-cancel-then-rebooked"
    co, role = "Sablewood Games", "Software Engineer, Online Services"
    yas = ("Yasmin Chowdhury", "yasmin.chowdhury@sablewood.example")
    bas = ("Bastien Lefebvre", "bastien.lefebvre@sablewood.example")
    grace = ("Grace Oduya", "grace.oduya@sablewood.example")
    a0 = wd(T(2026, 2, 9, 11, 0, tz=TOR), "Monday")
    a1 = wd(T(2026, 2, 12, 13, 0, tz=TOR), "Thursday")
    uid0 = f"lever-{h('c13-u0', 24, LOWER)}@hire.lever.co"
    uid1 = f"lever-{h('c13-u1', 24, LOWER)}@hire.lever.co"

    def ordinal(d):
        return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"

    def lever(seed, sent, start, who, uid, cancel=False):
        end = start + timedelta(hours=1)
        zid, zurl = zoom_link(seed)
        when = f"{start:%A, %B} {ordinal(start.day)} {start.year}, {hm_l(start)} - {hm_l(end)} {start.tzname()}"
        if cancel:
            p = f"""Hi Kiran,

The following interview with Sablewood Games has been cancelled:

Technical Interview (60 min)
{when}

If you have any questions, reply to this email to reach {yas[0]}.

Sablewood Games"""
            subj = f"Interview cancelled: {co} - {role}"
        else:
            p = f"""Hi Kiran,

Your interview with Sablewood Games for the {role} role has been scheduled.

Technical Interview (60 min)
{when}
Interviewer: {who[0]}
Location: Zoom - {zurl}

A calendar invitation is attached. If you need to make changes, reply to this email to reach {yas[0]}.

We look forward to speaking with you!
Sablewood Games"""
            subj = f"Interview confirmed: {co} - {role}"
        ev = vevent(uid, sent, start, end, f"Technical Interview - {co} ({OWNER_NAME})", yas,
                    [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION", "TRUE"),
                     (who[0], who[1], "REQ-PARTICIPANT", "ACCEPTED", "FALSE")],
                    description=f"Technical Interview (60 min) with {who[0]}\n{zurl}", location=zurl,
                    seq=1 if cancel else 0, status="CANCELLED" if cancel else "CONFIRMED")
        ics = vcalendar("-//Lever//Lever Interview Scheduling//EN", "CANCEL" if cancel else "REQUEST", [ev])
        meth = "CANCEL" if cancel else "REQUEST"
        body = multi("mixed", h(seed + "mix", 24, "0123456789abcdef"), [
            alt_plain_html(seed, p), leaf(f'text/calendar; charset=utf-8; method={meth}; name="invite.ics"', ics,
                                          "base64", ['Content-Disposition: attachment; filename="invite.ics"'])])
        return message(sent, f"{co} <no-reply@hire.lever.co>", subj, f"<{h(seed, 28, LOWER)}@hire.lever.co>", body,
                       reply_to=addr(*yas), host=("mail-a.hire.lever.co", "198.21.5.22"),
                       return_path=f"bounce-{h(seed + 'rp', 12, LOWER)}@hire.lever.co")
    m1 = lever("c13-l0", T(2026, 2, 4, 15, 10, 22, tz=UTC), a0, bas, uid0)
    d2 = wd(T(2026, 2, 8, 19, 22, 40, tz=TOR), "Sunday")
    p2 = f"""Hi Kiran,

I'm really sorry to do this on a Sunday night: Bastien is out sick, so we have to cancel tomorrow's technical interview. You'll get an automatic cancellation from Lever in a minute.

I'll send new options first thing tomorrow; it'll likely be with another engineer from the Online Services team. Apologies again!

Yasmin

Yasmin Chowdhury
Talent Acquisition | Sablewood Games | Montréal"""
    m2 = message(d2, addr(*yas), "Tomorrow's interview - need to cancel", gmail_mid("c13-m2"), alt_plain_html("c13-m2", p2))
    m3 = lever("c13-lc", T(2026, 2, 9, 0, 25, 9, tz=UTC), a0, bas, uid0, cancel=True)
    m4 = lever("c13-l1", T(2026, 2, 10, 14, 3, 55, tz=UTC), a1, grace, uid1)
    lab = label([interview(co, role, a0, a0 + timedelta(hours=1), "cancelled", [bas[1]], [bas[1]], "technical"),
                 interview(co, role, a1, a1 + timedelta(hours=1), "scheduled", [grace[1]], [grace[1]], "technical")],
                "hard", "positive/cancel-then-rebooked-new-event",
                "Lever confirmation (Mon Feb 9 11am EST, Bastien), coordinator cancels ('tomorrow' from Sun Feb 8), "
                "Lever METHOD:CANCEL for that UID, then a NEW Lever booking with a new UID (Thu Feb 12 1pm EST, Grace). "
                "Per the rules: two entries, one cancelled and one scheduled.")
    return slug, {"01-lever-interview-confirmed.eml": m1, "02-need-to-cancel.eml": m2,
                  "03-lever-interview-cancelled.eml": m3, "04-lever-interview-confirmed-new.eml": m4}, lab


# =========================================================================== NEGATIVE CASES
@case
def c14():
    slug = "b179-14-tidemark-recruiter-onsite-prep-call"
    jol = ("Jolene Park", "jolene.park@tidemark.example")
    d1 = wd(T(2026, 4, 20, 15, 12, 9, tz=PT), "Monday")
    st = wd(T(2026, 4, 24, 9, 30, tz=PT), "Friday")
    p1 = f"""Hi Kiran,

Congrats again on moving to the virtual onsite stage for the Senior Software Engineer, Observability role!

Before anything gets scheduled, I like to do a 30-minute prep call with every candidate: I'll walk you through the format, what our interviewers look for, and answer any questions. It's not an interview and nothing from it goes into your packet. I've sent an invite for Friday at {hm_l(st)} PT ({hm_l(st.astimezone(TOR))} ET).

A few tips in the meantime:
- Coding (x2): talk through your approach before you type, and test with your own examples.
- System design: clarify requirements and scale first; we care more about trade-offs than the perfect diagram.
- Behavioral: have 4-5 stories ready (conflict, ambiguity, a failure, a project you led). STAR format works well.
- Ask questions! Every interviewer leaves 5 minutes for you.

Our coordinator, Wes, will email you next week with an availability request for the onsite itself (five 45-minute interviews over Zoom).

Talk Friday,
Jolene

Jolene Park
Senior Technical Recruiter | Tidemark Systems"""
    m1 = message(d1, addr(*jol), "Tidemark onsite prep + interview tips", gmail_mid("c14-m1"), alt_plain_html("c14-m1", p1))
    m2 = google_invite("c14-inv", sent=T(2026, 4, 20, 22, 14, 40, tz=UTC),
                       summary=f"Tidemark: Onsite prep call with Jolene ({OWNER_NAME})", start=st,
                       end=st + timedelta(minutes=30), tzname="America/Los_Angeles", organizer=jol,
                       guests=[(None, OWNER)],
                       description="Prep call ahead of your virtual onsite: format of the day, what interviewers look "
                                   "for in coding / system design / behavioral, and Q&A. Not an interview - relax!",
                       uid=f"{h('c14-uid', 26, 'abcdefghijklmnopqrstuv0123456789')}@google.com")
    lab = label([], "hard", "negative/recruiter-prep-call",
                "Recruiter prep call with interview tips (Google invite, 'Not an interview'); the onsite itself is "
                "only announced as a future availability request, never booked.")
    return slug, {"01-tidemark-onsite-prep-and-tips.eml": m1, "02-invitation-onsite-prep-call.eml": m2}, lab


@case
def c15():
    slug = "b179-15-practiceloop-peer-mock-interview"
    jonah = ("Jonah Whitaker", "jonah.whitaker@postbox.example")
    st = wd(T(2026, 4, 11, 19, 0, tz=TOR), "Saturday")
    en = st + timedelta(hours=2)
    d1 = wd(T(2026, 4, 6, 21, 14, 3, tz=TOR), "Monday")
    p1 = """yo Kiran,

want to do a mock on PracticeLoop Saturday night? I'll interview you first (system design, probably a rate limiter or a news feed, I won't tell you which), then you grill me on graphs for round 2. I already booked us a peer session so you should get a confirmation email.

your big onsite thing is coming up right? good practice. loser buys the next round of wings

J"""
    m1 = message(d1, addr(*jonah), "mock interview saturday?", gmail_mid("c15-m1"), alt_plain_html("c15-m1", p1))
    sent = T(2026, 4, 7, 1, 16, 30, tz=UTC)
    sess = h("c15-s", 10, LOWER)
    p2 = f"""Hi Kiran,

Your peer mock interview is confirmed.

System Design - Peer Practice (2 rounds)
{long_date(st)}, {hm(st)} - {hm(en)} {st.tzname()}

Round 1: Jonah W. interviews you (system design)
Round 2: you interview Jonah W. (algorithms)

Join the session room: https://practiceloop.example/room/{sess}
The room opens 5 minutes before start. Audio only by default; turn on video if you both agree.

Reminder: this is a practice session. Feedback is private between you and your partner and is never shared with employers.

Happy practicing!
The PracticeLoop team

You're receiving this email because you booked a session on PracticeLoop. Manage notifications: https://practiceloop.example/settings"""
    ev = vevent(f"{sess}@practiceloop.example", sent, st, en, "Mock Interview: System Design (PracticeLoop peer session)",
                ("PracticeLoop", "no-reply@practiceloop.example"),
                [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION", "TRUE"),
                 ("Jonah W.", jonah[1], "REQ-PARTICIPANT", "ACCEPTED", "FALSE")],
                description=f"Peer mock interview on PracticeLoop.\nRoom: https://practiceloop.example/room/{sess}",
                location=f"https://practiceloop.example/room/{sess}", tzid="America/Toronto")
    ics = vcalendar("-//PracticeLoop//Sessions 2.3//EN", "REQUEST", [ev], tzids=["America/Toronto"])
    body = multi("mixed", h("c15-mix", 26, "0123456789abcdef"), [
        alt_plain_html("c15-m2", p2),
        leaf('text/calendar; charset=utf-8; method=REQUEST; name="practiceloop-session.ics"', ics, "base64",
             ['Content-Disposition: attachment; filename="practiceloop-session.ics"'])])
    m2 = message(sent, "PracticeLoop <no-reply@practiceloop.example>",
                 f"Your peer mock interview is confirmed: System Design \u00b7 {st:%a, %b} {st.day}, {hm(st)} {st.tzname()}",
                 f"<{h('c15-m2', 30, LOWER)}@mail.practiceloop.example>", body,
                 host=("mail.practiceloop.example", "203.0.113.45"))
    lab = label([], "hard", "negative/mock-interview-peer-platform",
                "Peer mock interview on an interviewing.io-style platform, booked by a friend, with a calendar invite "
                "titled 'Mock Interview'. Practice session -> not a job interview.")
    return slug, {"01-jonah-mock-saturday.eml": m1, "02-practiceloop-session-confirmed.eml": m2}, lab


@case
def c16():
    slug = "b179-16-halcyon-engineering-webinar-interview-loop"
    st = wd(T(2026, 5, 20, 12, 0, tz=PT), "Wednesday")
    en = st + timedelta(hours=1)
    wid = h("c16-w", 11, "0123456789")
    topic = "Halcyon Engineering Live: Inside our interview loop - how we run system design interviews"
    sent = T(2026, 5, 14, 17, 3, 11, tz=UTC)
    url = f"https://halcyoncloud.zoom.us/w/{wid}?tk={h('c16-tk', 40, ALNUM)}"
    p = f"""Hi {OWNER_NAME},

Thank you for registering for "{topic}".

You can find information about this webinar below.

Date & Time: {st:%b} {st.day}, {st.year} {hm(st)} Pacific Time (US and Canada)

Join from PC, Mac, iPad, or Android:
{url}

Webinar ID: {wid[:3]} {wid[3:7]} {wid[7:]}

Description:
Ever wondered what happens on the other side of the table? Two of our staff engineers walk through a real (retired) system design question, show how interviewers calibrate, and answer your questions live. From the team behind the Halcyon Engineering Blog.

Speakers:
Priya Anand, Staff Engineer and interview calibration lead
Tobias Reinholt, Engineering Manager, Storage

To cancel your registration: https://halcyoncloud.zoom.us/webinar/cancel?id={wid}

You can add a reminder to your calendar with the attached file.

Thank you!
Halcyon Cloud DevRel"""
    ev = vevent(f"ZOOM{wid}@zoom.us", sent, st, en, topic, ("Halcyon Cloud Engineering", "no-reply@zoom.us"),
                [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION", "FALSE")],
                description=f"{topic}\n\nJoin: {url}\nWebinar ID: {wid}", location=url, tzid="America/Los_Angeles")
    ics = vcalendar("-//zoom.us//iCalendar Event//EN", "PUBLISH", [ev], tzids=["America/Los_Angeles"])
    body = multi("mixed", h("c16-mix", 28, "0123456789abcdef"), [
        alt_plain_html("c16", p),
        leaf('text/calendar; charset=utf-8; name="webinar.ics"', ics, "base64",
             ['Content-Disposition: attachment; filename="webinar.ics"'])])
    m = message(sent, "Halcyon Cloud Engineering <no-reply@zoom.us>", f"{topic} Confirmation",
                f"<{h('c16-m', 20, ALNUM)}.{h('c16-m2', 8, '0123456789')}@zoom.us>", body,
                reply_to="devrel@halcyoncloud.example", host=("mailout-sjc.zoom.us", "170.114.52.37"))
    lab = label([], "medium", "negative/engineering-webinar",
                "Zoom webinar registration from a company's engineering blog about how they interview; .ics "
                "attached. A webinar, not a hiring conversation with the owner as candidate.")
    return slug, {"01-halcyon-webinar-registration.eml": m}, lab


@case
def c17():
    slug = "b179-17-quarrystreet-offer-details-call"
    ben = ("Benedikt Aalto", "benedikt.aalto@quarrystreet.example")
    d1 = wd(T(2026, 6, 24, 17, 40, 26, tz=PT), "Wednesday")
    st = wd(T(2026, 6, 26, 14, 0, tz=PT), "Friday")
    p1 = f"""Hi Kiran,

The hiring committee met this afternoon and I'm thrilled to share that they approved an offer for the Senior Software Engineer, Fleet Autonomy role! Everyone you met on the loop was a strong yes.

I'd love to walk you through the details live: base, equity, sign-on, and how remote from Toronto works for us. I sent a calendar invite for Friday at {hm_l(st).replace(':00', '')} PT ({hm_l(st.astimezone(TOR)).replace(':00', '')} your time); if that doesn't work I'm flexible. The written offer will follow right after we talk.

Congratulations!
Benedikt

Benedikt Aalto
Recruiting Lead | Quarry Street Robotics"""
    m1 = message(d1, addr(*ben), "Great news from Quarry Street Robotics", gmail_mid("c17-m1"), alt_plain_html("c17-m1", p1))
    m2 = google_invite("c17-inv", sent=T(2026, 6, 25, 0, 44, 2, tz=UTC),
                       summary=f"Quarry Street Robotics: Offer details call ({OWNER_NAME})", start=st,
                       end=st + timedelta(minutes=30), tzname="America/Los_Angeles", organizer=ben,
                       guests=[(None, OWNER)],
                       description="Walk through your offer: compensation, equity, start date and any questions. "
                                   "Congrats, Kiran!",
                       uid=f"{h('c17-uid', 26, 'abcdefghijklmnopqrstuv0123456789')}@google.com")
    lab = label([], "hard", "negative/offer-details-call",
                "Hiring committee approved an offer; recruiter books an 'Offer details call' via Google invite. "
                "Offer conversations are not interviews.")
    return slug, {"01-great-news-offer-approved.eml": m1, "02-invitation-offer-details-call.eml": m2}, lab


@case
def c18():
    slug = "b179-18-former-colleague-referral-bonus-chat"
    tam = ("Tamsin Achebe", "tamsin.achebe@postbox.example")
    d1 = wd(T(2026, 7, 13, 12, 2, 50, tz=TOR), "Monday")
    st = wd(T(2026, 7, 16, 12, 30, tz=TOR), "Thursday")
    p1 = """Kiran!!

Heard from Raj that you're looking. My team at Maplehurst (Payments Infra) is hiring like crazy and I'd love to refer you. Full disclosure: there's a very nice referral bonus in it for me if you get hired \U0001F604

Want to hop on a quick call Thursday at lunch? I can tell you about the team, what the interview process looks like from the inside, and then I'll submit the referral so a recruiter reaches out. I'll send an invite for 12:30.

Miss working with you,
T"""
    m1 = message(d1, addr(*tam), "Maplehurst referral?!", gmail_mid("c18-m1"), alt_plain_html("c18-m1", p1))
    g = gcal_event("c18-ev", summary="Kiran / Tamsin catch-up (Maplehurst referral chat)",
                   description="Informal chat about Maplehurst Payments Infra and the referral. Not an interview, "
                               "just us :)",
                   start=st, end=st + timedelta(minutes=30), tzname="America/Toronto", organizer=tam, creator=tam,
                   attendees=[{"email": tam[1], "displayName": tam[0], "organizer": True, "responseStatus": "accepted"},
                              {"email": OWNER, "self": True, "responseStatus": "accepted"}],
                   created=T(2026, 7, 13, 16, 10, 0, tz=UTC), updated=T(2026, 7, 13, 18, 1, 33, tz=UTC))
    lab = label([], "hard", "negative/referral-chat-former-colleague",
                "Former colleague's informal referral call (she mentions the referral bonus); calendar API event. "
                "Not a step in any company's hiring process -> not an interview.")
    return slug, {"01-maplehurst-referral.eml": m1, "02-tamsin-catch-up.gcal.json": g}, lab


@case
def c19():
    slug = "b179-19-orchardpeak-hiring-committee-status"
    sun = ("Sunil Varma", "sunil.varma@orchardpeak.example")
    d1 = wd(T(2026, 9, 21, 10, 15, 37, tz=PT), "Monday")
    d2 = wd(T(2026, 9, 29, 16, 48, 12, tz=PT), "Tuesday")
    p1 = """Hi Kiran,

Thanks again for spending the day with us last week. All five interviewers have submitted their feedback, and your packet goes to the hiring committee this Thursday. HC usually takes 3-5 business days to come back with a decision; I'll update you as soon as I hear anything.

In the meantime, feel free to send any questions my way.

Best,
Sunil

Sunil Varma
Technical Recruiter | Orchard Peak"""
    mid1 = gmail_mid("c19-m1")
    m1 = message(d1, addr(*sun), "Orchard Peak - where things stand", mid1, alt_plain_html("c19-m1", p1))
    p2 = f"""Hi Kiran,

HC update: the committee was positive on your coding and behavioral interviews but felt they didn't have enough signal on system design, so they've asked for one additional 45-minute system design interview before they make a decision.

Our coordinator, Lena, will send you a scheduling link in the next day or two so you can pick a time that works. Sorry for the extra step; this is fairly common and not a bad sign.

Best,
Sunil

On {d1:%a}, {d1:%b} {d1.day}, 2026 at {hm(d1)} Sunil Varma <{sun[1]}> wrote:
{quote_block(p1)}"""
    m2 = message(d2, addr(*sun), "Re: Orchard Peak - where things stand", gmail_mid("c19-m2"),
                 alt_plain_html("c19-m2", p2), in_reply_to=mid1, references=mid1)
    lab = label([], "hard", "negative/hiring-committee-status",
                "Hiring committee status updates after a past loop (no dates/times); a further interview is only "
                "requested, to be booked via a link later -> nothing scheduled.")
    return slug, {"01-where-things-stand.eml": m1, "02-re-hc-update.eml": m2}, lab


@case
def c20():
    slug = "b179-20-glasswing-take-home-assessment-window"
    oks = ("Oksana Petrenko", "oksana.petrenko@glasswing.example")
    d1 = wd(T(2026, 8, 18, 10, 5, 12, tz=TOR), "Tuesday")
    due = wd(T(2026, 8, 21, 23, 59, tz=TOR), "Friday")
    p1 = f"""Hi Kiran,

Great speaking with you last week! The next step for the Backend Engineer, Routing role is a take-home technical assessment on CodeTrail. You'll get an invitation from them shortly.

- It's a 90-minute timed exercise (one routing/graph problem plus a short written design question).
- Start any time before {due:%A, %B} {due.day} at 11:59 PM ET; the timer begins when you open it.
- There's no interviewer for this step: it's auto-graded and then reviewed by the team.

If it goes well, the next step is a live technical interview with two of our engineers, which we'd schedule afterwards.

Good luck!
Oksana

Oksana Petrenko
Talent Acquisition | Glasswing Logistics"""
    m1 = message(d1, addr(*oks), "Glasswing Logistics - technical assessment", gmail_mid("c20-m1"),
                 alt_plain_html("c20-m1", p1))
    sent = T(2026, 8, 18, 14, 20, 45, tz=UTC)
    link = f"https://app.codetrail.example/a/{h('c20-a', 16, LOWER)}"
    p2 = f"""Hello Kiran Feldman,

Glasswing Logistics has invited you to complete the assessment "Backend Engineer - Routing (90 min)".

Assessment window: opens now, closes {long_date(due)} at {hm(due)} {due.tzname()}
Duration: 90 minutes once started

Start assessment: {link}

Tips: use a desktop browser, make sure you have a stable connection, and don't refresh the page once the timer has started.

CodeTrail, on behalf of Glasswing Logistics"""
    ev = vevent(f"{h('c20-u', 20, LOWER)}@codetrail.example", sent, d1.replace(hour=10, minute=20), due,
                "Glasswing Logistics assessment window (CodeTrail) - 90 min, start anytime",
                ("CodeTrail", "no-reply@codetrail.example"),
                [(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION", "FALSE")],
                description=f"Take-home assessment window. Start before the deadline: {link}", location=link,
                tzid="America/Toronto", extra=["X-MICROSOFT-CDO-BUSYSTATUS:FREE"])
    ev = [l.replace("TRANSP:OPAQUE", "TRANSP:TRANSPARENT") for l in ev]
    ics = vcalendar("-//CodeTrail//Assessments//EN", "PUBLISH", [ev], tzids=["America/Toronto"])
    body = multi("mixed", h("c20-mix", 26, "0123456789abcdef"), [
        alt_plain_html("c20-m2", p2),
        leaf('text/calendar; charset=utf-8; name="assessment-deadline.ics"', ics, "base64",
             ['Content-Disposition: attachment; filename="assessment-deadline.ics"'])])
    m2 = message(sent, "CodeTrail <no-reply@codetrail.example>",
                 "Glasswing Logistics invited you to an assessment", f"<{h('c20-m2', 26, LOWER)}@codetrail.example>",
                 body, host=("mta2.codetrail.example", "198.51.100.23"))
    lab = label([], "medium", "negative/take-home-assessment",
                "Take-home / timed online assessment with a calendar window (.ics, transparent). No interviewer; "
                "the later live interview is only mentioned, not scheduled.")
    return slug, {"01-glasswing-technical-assessment.eml": m1, "02-codetrail-assessment-invite.eml": m2}, lab


@case
def c21():
    slug = "b179-21-vettable-owner-conducts-interview"
    vet = ("Vettable Scheduling", "scheduling@vettable.example")
    mgr = ("Oren Blumfeld", "oren.blumfeld@vettable.example")
    st = wd(T(2026, 9, 15, 14, 0, tz=TOR), "Tuesday")
    en = st + timedelta(hours=1)
    sent = wd(T(2026, 9, 10, 9, 31, 0, tz=TOR), "Thursday")
    room = h("c21-room", 12, LOWER)
    p1 = f"""Hi Kiran,

You've been assigned a new interview as an Interview Engineer.

Candidate: Priya M.
Position (client): Senior Backend Engineer
Interview: Backend (Python) - 60 minutes
When: {long_date(st)}, {hm(st)} - {hm(en)} {st.tzname()}
Room: https://interview.vettable.example/room/{room}

Please review the question guide before the session and submit your structured feedback within 2 hours of the interview. Remember not to share your real name or employer with the candidate.

Questions? Contact your interviewer success manager, {mgr[0]} ({mgr[1]}).

Thanks for interviewing with Vettable!"""
    ev = vevent(f"vet-{room}@vettable.example", sent, st, en, "Vettable: You are interviewing Priya M. (Backend, Python)",
                vet, [(OWNER_NAME, OWNER, "CHAIR", "ACCEPTED", "FALSE")],
                description=f"You are the Interview Engineer for this session.\nRoom: https://interview.vettable.example/room/{room}",
                location=f"https://interview.vettable.example/room/{room}", tzid="America/Toronto")
    ics = vcalendar("-//Vettable//Interview Scheduling//EN", "REQUEST", [ev], tzids=["America/Toronto"])
    body = multi("mixed", h("c21-mix", 26, "0123456789abcdef"), [
        alt_plain_html("c21-m1", p1),
        leaf('text/calendar; charset=utf-8; method=REQUEST; name="interview.ics"', ics, "base64",
             ['Content-Disposition: attachment; filename="interview.ics"'])])
    m1 = message(sent, addr(*vet), f"New interview assigned: {st:%a %b} {st.day}, {hm(st)} {st.tzname()} - Backend (Python)",
                 f"<{h('c21-m1', 24, LOWER)}@vettable.example>", body, reply_to=addr(*mgr),
                 host=("mx-out.vettable.example", "198.51.100.77"))
    d2 = T(2026, 9, 15, 15, 5, 0, tz=TOR)
    p2 = f"""Hi Kiran,

Your interview with Priya M. ended at {hm(en)} {en.tzname()}. Please submit your structured feedback and hire recommendation within the next hour:

https://interview.vettable.example/feedback/{room}

Thanks,
Vettable"""
    m2 = message(d2, "Vettable <no-reply@vettable.example>", "Reminder: submit feedback for Priya M.",
                 f"<{h('c21-m2', 24, LOWER)}@vettable.example>", alt_plain_html("c21-m2", p2),
                 host=("mx-out.vettable.example", "198.51.100.77"))
    lab = label([], "hard", "negative/owner-is-interviewer",
                "Owner moonlights as a contract interviewer (interviewing-as-a-service): invite with ROLE=CHAIR and a "
                "feedback reminder. The owner conducts the interview, so it is not the owner's job interview.")
    return slug, {"01-vettable-new-interview-assigned.eml": m1, "02-vettable-feedback-reminder.eml": m2}, lab


@case
def c22():
    slug = "b179-22-westmount-onsite-availability-request"
    far = ("Farrah Quilty", "farrah.quilty@westmountcloud.example")
    d1 = wd(T(2026, 4, 28, 9, 45, 18, tz=PT), "Tuesday")
    o1 = wd(T(2026, 5, 14, tz=PT), "Thursday")
    o2 = wd(T(2026, 5, 19, tz=PT), "Tuesday")
    link = f"https://app.goodtime.io/availability/{h('c22-gt', 20, ALNUM)}"
    p1 = f"""Hi Kiran,

Congratulations on passing the technical screen for the Software Engineer, Kubernetes Platform role!

Next up is the virtual onsite: five 45-minute interviews on Zoom in a single block, usually between 9:00 AM and 2:30 PM Pacific (12:00 to 5:30 PM Eastern). The team has the most interviewer capacity on {o1:%A, %B} {o1.day} and {o2:%A, %B} {o2.day}, if either of those works for you.

Please share your availability for the weeks of May 11 and May 18 here:
{link}

Once I have it, I'll send a confirmation with your final itinerary and individual calendar invites for each session.

What the day looks like:
1. Coding: data structures
2. Coding: concurrency
3. System design
4. Behavioral
5. Hiring manager

Best,
Farrah

Farrah Quilty
Recruiting Coordinator | Westmount Cloud (Pacific Time)"""
    m1 = message(d1, addr(*far), "Westmount Cloud - Virtual Onsite: please share your availability",
                 gmail_mid("c22-m1"), alt_plain_html("c22-m1", p1))
    p2 = f"""Hi Kiran,

This is a friendly reminder to submit your availability for your Westmount Cloud virtual onsite.

Submit availability: {link}

If you have questions, reply to this email to reach {far[0]}.

Sent via GoodTime on behalf of Westmount Cloud"""
    m2 = message(T(2026, 4, 30, 16, 0, 4, tz=UTC), "Westmount Cloud <no-reply@goodtime.io>",
                 "Reminder: please submit your availability for Westmount Cloud",
                 f"<{h('c22-m2', 26, LOWER)}@goodtime.io>", alt_plain_html("c22-m2", p2), reply_to=addr(*far),
                 host=("o3.mail.goodtime.io", "149.72.10.30"))
    lab = label([], "hard", "negative/availability-request",
                "Coordinator asks for onsite availability (typical window in PT/ET, two candidate dates, unbooked "
                "GoodTime link) plus a reminder. Nothing booked -> not an interview yet.")
    return slug, {"01-westmount-onsite-availability.eml": m1, "02-goodtime-availability-reminder.eml": m2}, lab


# =========================================================================== driver
README_TMPL = """# blind179: Toronto SWE vs. big-tech and scale-up hiring loops (written blind)

Owner: **Kiran Feldman** (`{owner}`), a software engineer in Toronto (America/Toronto) interviewing with
large North American tech companies and scale-ups in 2026. Most recruiters and scheduling coordinators sit
in Pacific time (Seattle, San Francisco, Vancouver, Mountain View); one coordinator is in Dublin.

This set was **written blind**: none of the tool's code, tests or other evaluation sets were read. Only
`/work/shared/eval/README.md` (label schema and rules) and three dev files (for file formats) were consulted.
Everything is regenerated deterministically by `python make_cases.py` (stdlib + PyYAML + zoneinfo).

## What it stresses
- Recruiter-heavy threads (propose/confirm with quoted replies, agency forward, Cc'd interviewers).
- "Virtual onsite" loops: a five-session one-day loop sent as an itinerary HTML table (Pacific and Eastern
  columns) plus five separate Exchange invites (Amazon Chime); a loop split over two days (two onsites);
  a three-person Teams panel.
- Post-loop steps: hiring-committee status mails, two team-matching calls (labelled as hiring-manager
  interviews), take-home vs. live coding session, an offer-details call.
- Final-state logic: Google SEQUENCE reschedule, e-mail + Ashby reschedule across the Nov 1 fall-back,
  Outlook METHOD:CANCEL, and a Lever cancellation followed by a NEW booking (two entries).
- Dedupe: recruiter mail + Calendar API event; coordinator mail + Google invite; itinerary + per-session invites.
- Look-alike negatives: recruiter onsite prep call with interview tips, peer mock interview on an
  interviewing.io-style platform, engineering-blog webinar about the interview loop, offer-details call,
  referral-bonus chat with a former colleague, hiring-committee status update, take-home assessment window,
  owner as a contract interviewer, onsite availability request.

## Counts
- Cases: {n_cases} ({n_pos} positive, {n_neg} negative)
- Labelled interviews: {n_int} ({n_sched} scheduled, {n_canc} cancelled)
- Cases with two interviews: {n_two}

## Formats
`.eml` (Gmail/Workspace multipart/alternative with quoted-printable HTML; Google Calendar invitations as
multipart/mixed with base64 text/plain, QP HTML, text/calendar and invite.ics; Exchange/Outlook meeting
requests and cancellations with base64 text/calendar and Windows TZIDs; Greenhouse, Lever, Ashby, Calendly,
Zoom webinar and GoodTime-style mails with .ics attachments), one standalone Outlook `.ics` (CRLF) and
Google Calendar API v3 event resources (`.gcal.json`). RFC 2047 encoded names (Lucía, Ruairí Ó Dálaigh)
and non-ASCII bodies.

## Time zones / DST points
- US/Canada spring forward on 2026-03-08: case 01 is confirmed in mails dated PST (-0800) for a screen on
  Mar 10 (PDT, -07:00).
- Dublin vs. Toronto between Mar 8 and Mar 29: 15:00 GMT = 11:00 EDT (gap 4 h instead of 5) in case 09.
- Fall back on 2026-11-01: case 12 moves a Thu Oct 29 3:00 PM EDT interview to "Tuesday at the same time"
  = Nov 3 3:00 PM EST (-05:00).
- Pacific coordinators' invites (Google shown in PDT, Exchange "Pacific Standard Time" with the
  "(UTC-08:00)" display label during PDT) for a candidate who thinks in Eastern time.
- Labels keep the offset of the zone the case states the time in (Pacific, Eastern or Dublin).

## Files
- `make_cases.py` - generator; `labels.yaml` - labels; `b179-NN-*/` - case folders (sorted = arrival order).
"""


def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith("b179-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for idx, fn in enumerate(CASES, 1):
        slug, files, lab = fn()
        assert slug.startswith(f"b179-{idx:02d}-"), slug
        d = os.path.join(HERE, slug)
        os.makedirs(d)
        names = sorted(files)
        for i, name in enumerate(names, 1):
            assert name.startswith(f"{i:02d}-"), (slug, name)
            content = files[name]
            if name.endswith(".eml"):
                content.encode("ascii")  # all non-ASCII must be MIME-encoded
                assert OWNER in content.split("\n\n", 1)[0]
            with open(os.path.join(d, name), "w", encoding="utf-8", newline="") as f:
                f.write(content)
        labels[slug] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="") as f:
        f.write("# Labels for blind179 (written blind). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    ints = [i for l in labels.values() for i in l["interviews"]]
    stats = dict(owner=OWNER, n_cases=len(labels), n_pos=sum(l["interview"] for l in labels.values()),
                 n_neg=sum(not l["interview"] for l in labels.values()), n_int=len(ints),
                 n_sched=sum(i["status"] == "scheduled" for i in ints),
                 n_canc=sum(i["status"] == "cancelled" for i in ints),
                 n_two=sum(len(l["interviews"]) >= 2 for l in labels.values()))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="") as f:
        f.write(README_TMPL.format(**stats))
    print(stats)


if __name__ == "__main__":
    main()
