#!/usr/bin/env python3
"""Regenerate the blind189 evaluation set (case folders + labels.yaml) next to this file.

Theme: a Bucharest-based full-stack developer moving from freelance platforms to full-time
remote jobs. Deterministic: fixed dates, Message-IDs, boundaries and UIDs (derived from
sha256 of fixed seeds). Standard library + PyYAML + zoneinfo only.
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
PREFIX = "b189"
OWNER = "vlad.marinescu@example.com"
OWNER_NAME = "Vlad Marinescu"
OWNER_PHONE = "+40 722 418 093"

UTC = timezone.utc
BUC = ZoneInfo("Europe/Bucharest")
LON = ZoneInfo("Europe/London")
NYC = ZoneInfo("America/New_York")
LAX = ZoneInfo("America/Los_Angeles")
CHI = ZoneInfo("America/Chicago")
TOR = ZoneInfo("America/Toronto")


# ----------------------------------------------------------------------------- helpers
def T(tz, y, mo, d, h=0, mi=0, s=0):
    if isinstance(tz, str):
        tz = ZoneInfo(tz)
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(dt, name):
    """Assert the weekday we name in text; return dt."""
    assert dt.strftime("%A") == name, (dt, dt.strftime("%A"), name)
    return dt


def off(dt, hours):
    """Assert the UTC offset (in hours) that zoneinfo gives for dt."""
    assert dt.utcoffset() == timedelta(hours=hours), (dt, dt.utcoffset(), hours)
    return dt


def rnd(seed, n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    out, i = "", 0
    while len(out) < n:
        h = hashlib.sha256(f"{PREFIX}|{seed}|{i}".encode()).digest()
        out += "".join(alphabet[b % len(alphabet)] for b in h)
        i += 1
    return out[:n]


HEX = "0123456789abcdef"
HEXU = "0123456789ABCDEF"


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def lstamp(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def rfc(dt):
    return format_datetime(dt)


def g12(dt):
    """Google style: 11am, 3:30pm."""
    h = dt.hour % 12 or 12
    ap = "am" if dt.hour < 12 else "pm"
    return f"{h}{ap}" if dt.minute == 0 else f"{h}:{dt.minute:02d}{ap}"


def c12(dt):
    """Calendly style: 10:00am."""
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d}{'am' if dt.hour < 12 else 'pm'}"


def AMPM(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'AM' if dt.hour < 12 else 'PM'}"


def h24(dt):
    return dt.strftime("%H:%M")


def addr(name, email):
    return formataddr((name, email)) if name else email


def hdr(text):
    try:
        text.encode("ascii")
        return text
    except UnicodeEncodeError:
        return Header(text, "utf-8").encode()


# ----------------------------------------------------------------------------- MIME
def b64(data):
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def leaf(ctype, body, cte="7bit", disposition=None, extra=()):
    return {"t": "leaf", "ctype": ctype, "body": body, "cte": cte, "disp": disposition,
            "extra": list(extra)}


def multi(sub, boundary, parts):
    return {"t": "multi", "sub": sub, "b": boundary, "parts": parts}


def _encode(body, cte):
    data = body.encode("utf-8") if isinstance(body, str) else body
    if cte == "base64":
        return b64(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii").rstrip("\n")
    return data.decode("utf-8").rstrip("\n")


def render(part):
    if part["t"] == "leaf":
        h = [f"Content-Type: {part['ctype']}"]
        if part["cte"]:
            h.append(f"Content-Transfer-Encoding: {part['cte']}")
        if part["disp"]:
            h.append(f"Content-Disposition: {part['disp']}")
        h.extend(part["extra"])
        return h, _encode(part["body"], part["cte"]) + "\n"
    b = part["b"]
    h = [f'Content-Type: multipart/{part["sub"]}; boundary="{b}"']
    body = ""
    for p in part["parts"]:
        ph, pb = render(p)
        body += f"--{b}\n" + "\n".join(ph) + "\n\n" + pb + "\n"
    body += f"--{b}--\n"
    return h, body


def received(host, ip, dt, sid):
    return ("Received", f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id "
            f"{sid}\n        for <{OWNER}>\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 "
            f"bits=256/256);\n        {rfc(dt.astimezone(UTC))}")


def message(headers, body_part, dt_arrival=None, mx=None):
    """headers: list of (name, value). Delivered-To is prepended."""
    lines = [f"Delivered-To: {OWNER}"]
    if mx:
        n, v = received(mx[0], mx[1], dt_arrival, mx[2])
        lines.append(f"{n}: {v}")
    for n, v in headers:
        lines.append(f"{n}: {v}")
    lines.append("MIME-Version: 1.0")
    ph, pb = render(body_part)
    lines.extend(ph)
    return "\n".join(lines) + "\n\n" + pb


def text_to_html(text, style="font-family:Arial,Helvetica,sans-serif;font-size:14px"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        out.append("<p>" + "<br>\n".join(html.escape(l) for l in p.split("\n")) + "</p>")
    return (f'<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n<body>'
            f'<div style="{style}">\n' + "\n".join(out) + "\n</div></body></html>\n")


def alt(boundary, text, htm=None, text_cte="quoted-printable", html_cte="quoted-printable",
        charset="UTF-8", extra_parts=()):
    parts = [leaf(f'text/plain; charset="{charset}"', text, text_cte)]
    parts.append(leaf(f'text/html; charset="{charset}"', htm if htm is not None else text_to_html(text),
                      html_cte))
    parts.extend(extra_parts)
    return multi("alternative", boundary, parts)


# ----------------------------------------------------------------------------- iCalendar
def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    out = []
    first = True
    while len(b) > (75 if first else 74):
        cut = 75 if first else 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
        first = False
    out.append(b)
    return b"\r\n ".join(out).decode("utf-8")


def ics(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def vtz_iana(name):
    """RFC 5545 VTIMEZONE blocks for the zones we use (2007+ US rules, EU rules)."""
    rules = {
        "America/New_York": ("EST", "EDT", "-0500", "-0400"),
        "America/Chicago": ("CST", "CDT", "-0600", "-0500"),
        "America/Los_Angeles": ("PST", "PDT", "-0800", "-0700"),
        "America/Toronto": ("EST", "EDT", "-0500", "-0400"),
    }
    if name in rules:
        s, d, so, do = rules[name]
        return ["BEGIN:VTIMEZONE", f"TZID:{name}", f"X-LIC-LOCATION:{name}",
                "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{do}", f"TZNAME:{d}",
                "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
                "BEGIN:STANDARD", f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}", f"TZNAME:{s}",
                "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
                "END:VTIMEZONE"]
    eu = {
        "Europe/London": ("GMT", "BST", "+0000", "+0100", "010000", "020000"),
        "Europe/Bucharest": ("EET", "EEST", "+0200", "+0300", "030000", "040000"),
        "Europe/Berlin": ("CET", "CEST", "+0100", "+0200", "020000", "030000"),
    }
    s, d, so, do, dst_at, std_at = eu[name]
    return ["BEGIN:VTIMEZONE", f"TZID:{name}", f"X-LIC-LOCATION:{name}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{so}", f"TZOFFSETTO:{do}", f"TZNAME:{d}",
            f"DTSTART:19700329T{dst_at}", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{do}", f"TZOFFSETTO:{so}", f"TZNAME:{s}",
            f"DTSTART:19701025T{std_at}", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
            "END:VTIMEZONE"]


def vtz_windows(name):
    if name == "Eastern Standard Time":
        return ["BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
                "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]
    if name == "GMT Standard Time":
        return ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time",
                "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000",
                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100",
                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]
    raise KeyError(name)


def attendee(email, name=None, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp="TRUE",
             google=False):
    cn = name or email
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};"
                f"CN={cn};X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP={rsvp};CN={cn}:mailto:{email}"


# ----------------------------------------------------------------------------- Google Calendar invites
GTZ_LABEL = {
    "America/New_York": "Eastern Time - New York",
    "America/Los_Angeles": "Pacific Time - Los Angeles",
    "America/Chicago": "Central Time - Chicago",
    "America/Toronto": "Eastern Time - Toronto",
    "Europe/London": "United Kingdom Time",
    "Europe/Bucharest": "Eastern European Time - Bucharest",
    "Europe/Athens": "Eastern European Time - Athens",
    "Europe/Belgrade": "Central European Time - Belgrade",
    "Europe/Berlin": "Central European Time - Berlin",
}


def google_when_long(start, end):
    return f"{start.strftime('%A %b')} {start.day}, {start.year} \u22c5 {g12(start)} \u2013 {g12(end)}"


def google_when_subject(start, end):
    return (f"{start.strftime('%a %b')} {start.day}, {start.year} {g12(start)} - {g12(end)} "
            f"({start.tzname()})")


RO_DAYS = ["luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"]
RO_MONTHS = ["ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august",
             "septembrie", "octombrie", "noiembrie", "decembrie"]

GL10N = {
    "en": {"when_long": google_when_long, "join": "Join with Google Meet", "phone": "Join by phone",
           "location": "Location", "organizer": "Organizer", "guests": "Guests", "org_suffix": "organizer",
           "viewall": "View all guest info", "reply": "Reply for {owner} and view more details",
           "footer1": "Invitation from Google Calendar: https://calendar.google.com/calendar/",
           "footer2": "You are receiving this email because you are an attendee on the event.",
           "footer3": "Forwarding this invitation could allow any recipient to send a response to the "
                      "organizer, be added to the guest list, invite others regardless of their own "
                      "invitation status, or modify your RSVP. Learn more "
                      "https://support.google.com/calendar/answer/37135#forwarding"},
    "ro": {"when_long": lambda s, e: f"{RO_DAYS[s.weekday()]}, {s.day} {RO_MONTHS[s.month - 1]} {s.year} "
                                     f"\u22c5 {h24(s)} \u2013 {h24(e)}",
           "tzlabel": "Ora Europei de Est - București",
           "join": "Participă cu Google Meet", "phone": "Participă prin telefon", "location": "Locație",
           "organizer": "Organizator", "guests": "Invitați", "org_suffix": "organizator",
           "viewall": "Vezi toate informațiile despre invitați",
           "reply": "Răspunde pentru {owner} și vezi mai multe detalii",
           "footer1": "Invitație din Google Calendar: https://calendar.google.com/calendar/",
           "footer2": "Primești acest e-mail deoarece ești invitat la eveniment.",
           "footer3": "Redirecționarea acestei invitații poate permite oricărui destinatar să trimită un "
                      "răspuns organizatorului. Află mai multe "
                      "https://support.google.com/calendar/answer/37135#forwarding"},
}


def google_invite(seed, *, kind="Invitation", title, start, end, organizer, guests, description,
                  sent, sequence=0, uid=None, created=None, meet=True, location="", lang="en",
                  subject=None, text_head=None, method="REQUEST", status="CONFIRMED",
                  owner_partstat="NEEDS-ACTION"):
    """organizer: (name, email); guests: list of (name, email, partstat) excluding the owner."""
    oname, oemail = organizer
    uid = uid or f"{rnd(seed + 'uid', 26)}@google.com"
    created = created or sent
    code = f"{rnd(seed + 'm1', 3, 'abcdefghijkmnopqrstuvwxyz')}-{rnd(seed + 'm2', 4, 'abcdefghijkmnopqrstuvwxyz')}-{rnd(seed + 'm3', 3, 'abcdefghijkmnopqrstuvwxyz')}"
    meet_url = f"https://meet.google.com/{code}"
    pin = rnd(seed + "pin", 9, "0123456789")
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    L = GL10N[lang]
    tzlabel = L.get("tzlabel") or GTZ_LABEL[start.tzinfo.key]
    when_long = L["when_long"](start, end)
    if subject is None:
        subject = f"{kind}: {title} @ {google_when_subject(start, end)} ({OWNER})"
    # text part
    t = []
    if text_head:
        t += [text_head, ""]
    t += [title, when_long, tzlabel, ""]
    if meet:
        t += [L["join"], meet_url, "", L["phone"], f"(US) +1 260-{pin[:3]}-{pin[3:7]}",
              f"PIN: {pin}", ""]
    if location:
        t += [L["location"], location, ""]
    t += [L["organizer"], oname, oemail, "", L["guests"], f"{oname} - {L['org_suffix']}", oemail]
    for g in guests:
        t += [g[0], g[1]] if g[0] else [g[1]]
    t += [OWNER, f"{L['viewall']} {view}", ""]
    if description:
        t += [description, ""]
    t += [L["reply"].format(owner=OWNER) + f" {view}",
          "", "~~//~~", L["footer1"], "", L["footer2"], "", L["footer3"]]
    text = "\n".join(t) + "\n"
    hp = []
    if text_head:
        hp.append("<p><b>" + "<br>".join(html.escape(x) for x in text_head.split("\n")) + "</b></p>")
    hp.append(f'<h2 style="font-weight:400;font-size:20px">{html.escape(title)}</h2>')
    hp.append(f"<p>{html.escape(when_long)}<br>{html.escape(tzlabel)}</p>")
    if meet:
        hp.append(f'<p><a href="{meet_url}">{L["join"]}</a><br>{meet_url.replace("https://", "")}</p>')
    if location:
        hp.append(f"<p>{L['location']}<br>{html.escape(location)}</p>")
    gl = "".join(f"<li>{html.escape(g[0] or g[1])} &lt;{g[1]}&gt;</li>" for g in guests)
    hp.append(f"<p>{L['organizer']}<br>{html.escape(oname)}<br>{oemail}</p>")
    hp.append(f"<p>{L['guests']}</p><ul><li>{html.escape(oname)} - {L['org_suffix']}</li>{gl}<li>{OWNER}</li></ul>")
    if description:
        hp.append("<p>" + "<br>".join(html.escape(l) for l in description.split("\n")) + "</p>")
    hp.append(f'<p><a href="{view}">{html.escape(L["reply"].format(owner=OWNER))}</a></p>')
    hp.append(f'<p style="color:#70757a;font-size:12px">{html.escape(L["footer1"])}<br>{html.escape(L["footer2"])}</p>')
    htm = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
           '<body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">\n' + "\n".join(hp) +
           "\n</div></body></html>\n")
    desc = description
    if meet:
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 f"Join with Google Meet: {meet_url}\nOr dial: (US) +1 260-{pin[:3]}-{pin[3:7]} PIN: {pin}#\n\n"
                 "Please do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
           f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}", f"DTSTAMP:{zstamp(sent)}",
           f"ORGANIZER;CN={oname}:mailto:{oemail}", f"UID:{uid}",
           attendee(oemail, oname, partstat="ACCEPTED", google=True)]
    for g in guests:
        cal.append(attendee(g[1], g[0], partstat=g[2] if len(g) > 2 else "NEEDS-ACTION", google=True))
    cal.append(attendee(OWNER, OWNER, partstat=owner_partstat, google=True))
    if meet:
        cal.append(f"X-GOOGLE-CONFERENCE:{meet_url}")
    cal += [f"CREATED:{zstamp(created)}", f"DESCRIPTION:{esc(desc)}", f"LAST-MODIFIED:{zstamp(sent)}",
            f"LOCATION:{esc(location)}", f"SEQUENCE:{sequence}", f"STATUS:{status}",
            f"SUMMARY:{esc(title)}", "TRANSP:OPAQUE"]
    if method == "REQUEST":
        cal += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
    cal += ["END:VEVENT", "END:VCALENDAR"]
    icstext = ics(cal)
    b_alt = rnd(seed + "balt", 12, HEX).rjust(28, "0")
    b_mix = rnd(seed + "bmix", 12, HEX).rjust(28, "0")
    body = multi("mixed", b_mix, [
        alt(b_alt, text, htm, text_cte="base64", html_cte="quoted-printable", extra_parts=[
            leaf(f'text/calendar; charset="UTF-8"; method={method}', icstext, "base64")]),
        leaf('application/ics; name="invite.ics"', icstext, "base64",
             disposition='attachment; filename="invite.ics"'),
    ])
    headers = [
        ("Return-Path", f"<{rnd(seed + 'rp', 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}@calendar-server.bounces.google.com>"),
        ("Reply-To", addr(oname, oemail)),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", f"<calendar-{rnd(seed + 'mid', 8, HEX)}-{rnd(seed + 'mid2', 4, HEX)}-{rnd(seed + 'mid3', 4, HEX)}-{rnd(seed + 'mid4', 4, HEX)}-{rnd(seed + 'mid5', 12, HEX)}@google.com>"),
        ("Date", rfc(sent.astimezone(UTC))),
        ("Subject", hdr(subject)),
        ("From", addr(oname, oemail)),
        ("To", OWNER),
    ]
    return message(headers, body, sent, ("mail-sor-f69.google.com", "209.85.220.69", rnd(seed + "sid", 20)))


def write(case, name, content):
    d = os.path.join(HERE, case)
    os.makedirs(d, exist_ok=True)
    data = content.encode("utf-8") if isinstance(content, str) else content
    with open(os.path.join(d, name), "wb") as f:
        f.write(data)


def mid(seed, domain, n=16):
    return f"<{rnd(seed, n, HEXU)}@{domain}>"


LABELS = {}


def label(case, interviews, difficulty, category, notes):
    LABELS[case] = {
        "user": OWNER,
        "interview": bool(interviews),
        "interviews": interviews,
        "difficulty": difficulty,
        "category": category,
        "notes": notes,
        "source": "synthetic",
    }


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return {"company": company, "role": role, "start": start.isoformat(),
            "end": end.isoformat() if end else None, "status": status,
            "interviewer_emails": list(interviewers), "followup_recipients": list(recipients),
            "kind": kind}


# ----------------------------------------------------------------------------- generic mail
def gmail_boundary(seed):
    return "0000000000" + rnd(seed, 18, HEX)


def outlook_boundary(seed):
    return "_000_" + rnd(seed, 32, HEXU) + "prodoutlookcom_"


def gmail_mid(seed):
    return "<CA" + rnd(seed, 44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_") + "@mail.gmail.com>"


def outlook_mid(seed, region="EUR"):
    pre = {"EUR": ("DB9PR", "eurprd", "AS8PR"), "NAM": ("BN0PR", "namprd", "SA1PR")}[region]
    return f"<{pre[0]}08MB{rnd(seed, 4, '0123456789')}{rnd(seed + 'x', 26, HEXU)}@{pre[0]}08MB{rnd(seed, 4, '0123456789')}.{pre[1]}08.prod.outlook.com>"


def mail(seed, *, frm, subject, date, text, to=None, cc=None, reply_to=None, msgid=None,
         in_reply_to=None, references=None, htm=None, text_cte="quoted-printable",
         html_cte="quoted-printable", attachments=(), calendar=None, extra=(), mx=None,
         style="gmail", plain_only=False, sender=None):
    """calendar: (method, icstext) added as a text/calendar alternative (Outlook style)."""
    b = gmail_boundary if style == "gmail" else outlook_boundary
    if plain_only:
        body = leaf('text/plain; charset="UTF-8"', text, text_cte)
    else:
        extra_parts = []
        if calendar:
            extra_parts.append(leaf(f'text/calendar; charset="utf-8"; method={calendar[0]}', calendar[1],
                                    "base64"))
        body = alt(b(seed + "alt"), text, htm, text_cte=text_cte, html_cte=html_cte,
                   extra_parts=extra_parts)
    if attachments:
        parts = [body]
        for ctype, data, cte, disp in attachments:
            parts.append(leaf(ctype, data, cte, disposition=disp))
        body = multi("mixed", b(seed + "mix"), parts)
    h = []
    h.append(("Return-Path", f"<{sender or _email_of(frm)}>"))
    h.append(("From", frm))
    h.append(("To", to or addr(OWNER_NAME, OWNER)))
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("Subject", hdr(subject)))
    h.append(("Date", rfc(date)))
    h.append(("Message-ID", msgid or (gmail_mid(seed) if style == "gmail" else outlook_mid(seed))))
    if in_reply_to:
        h.append(("In-Reply-To", in_reply_to))
    if references:
        h.append(("References", references))
    h.extend(extra)
    return message(h, body, date, mx)


def _email_of(frm):
    return frm.split("<")[-1].rstrip(">") if "<" in frm else frm


def platform_html(brand, color, text, footer):
    paras = text.strip("\n").split("\n\n")
    body = "\n".join("<p style=\"margin:0 0 14px 0\">" + "<br>\n".join(html.escape(l) for l in p.split("\n"))
                     + "</p>" for p in paras)
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width"></head>\n'
            '<body style="margin:0;background:#f4f5f7">\n<table role="presentation" width="100%" '
            'cellpadding="0" cellspacing="0"><tr><td align="center">\n<table role="presentation" width="600" '
            'style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;font-size:15px;color:#1f2933">\n'
            f'<tr><td style="background:{color};padding:18px 28px;color:#fff;font-weight:700;font-size:20px">'
            f'{html.escape(brand)}</td></tr>\n<tr><td style="padding:28px">\n{body}\n</td></tr>\n'
            f'<tr><td style="padding:18px 28px;font-size:12px;color:#8a94a6">{html.escape(footer)}</td></tr>\n'
            '</table>\n</td></tr></table>\n</body></html>\n')


def outlook_ics(seed, *, method, tzid, start, end, organizer, attendees, summary, description,
                sequence=0, status="CONFIRMED", location="Microsoft Teams Meeting", stamp,
                uid=None, extra_attendee_lines=()):
    uid = uid or ("040000008200E00074C5B7101A82E00800000000" + rnd(seed + "uid", 16, HEXU) +
                  "00000000000000001000000" + rnd(seed + "uid2", 33, HEXU))
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += vtz_windows(tzid)
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for a in attendees:
        lines.append(f"ATTENDEE;ROLE={a[2]};PARTSTAT={a[3]};RSVP=TRUE;CN={a[0]}:mailto:{a[1]}")
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{esc(description)}", f"UID:{uid}",
              f"SUMMARY;LANGUAGE=en-US:{esc(summary)}",
              f"DTSTART;TZID={tzid}:{lstamp(start)}", f"DTEND;TZID={tzid}:{lstamp(end)}",
              "CLASS:PUBLIC", "PRIORITY:5" if method != "CANCEL" else "PRIORITY:1",
              f"DTSTAMP:{zstamp(stamp)}", "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{sequence}",
              f"LOCATION;LANGUAGE=en-US:{esc(location)}",
              f"X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{rnd(seed + 'own', 10, '0123456789')}",
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:" + ("2" if method == "CANCEL" else "1"),
              "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-DONOTFORWARDMEETING:FALSE",
              "X-MICROSOFT-DISALLOW-COUNTER:FALSE", "X-MICROSOFT-LOCATIONDISPLAYNAME:" + esc(location)]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
                  "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def teams_block(seed):
    mid_ = rnd(seed + "teams", 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    num = rnd(seed + "tnum", 12, "0123456789")
    pc = rnd(seed + "tpc", 6, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789")
    url = f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{mid_}%40thread.v2/0"
    return ("_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {num[:3]} {num[3:6]} {num[6:9]} {num[9:]}\n"
            f"Passcode: {pc}\nDownload Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/"
            "meetingOptions/>\n" + "_" * 80)


def calendly_ics(seed, *, start, end, host, summary, description, stamp, location):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Calendly//Calendly Scheduling//EN",
             "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
             f"UID:{rnd(seed + 'u1', 8, HEX)}-{rnd(seed + 'u2', 4, HEX)}-{rnd(seed + 'u3', 4, HEX)}-"
             f"{rnd(seed + 'u4', 4, HEX)}-{rnd(seed + 'u5', 12, HEX)}",
             f"DTSTAMP:{zstamp(stamp)}", f"DTSTART:{zstamp(start)}", f"DTEND:{zstamp(end)}",
             f"SUMMARY:{esc(summary)}", f"DESCRIPTION:{esc(description)}", f"LOCATION:{esc(location)}",
             f"ORGANIZER;CN={host[0]}:mailto:{host[1]}",
             attendee(host[1], host[0], role="CHAIR", partstat="ACCEPTED", rsvp="FALSE"),
             attendee(OWNER, OWNER_NAME, partstat="ACCEPTED", rsvp="FALSE"),
             "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    return ics(lines)


def cal_attach(name, data, method="REQUEST"):
    return (f'text/calendar; charset="UTF-8"; method={method}; name="{name}"', data, "base64",
            f'attachment; filename="{name}"')


FREELIO_FOOTER = ("Freelio Global, Inc. · 548 Market St PMB 0199 · San Francisco, CA 94104. You're receiving "
                  "this email because of activity on your Freelio account. Manage notifications: "
                  "https://www.freelio.example/settings/notifications")


def freelio_mail(seed, subject, date, text, extra_text_footer=True, frm=None, attachments=()):
    full = text + ("\n\n--\n" + FREELIO_FOOTER + "\n" if extra_text_footer else "")
    return mail(seed, frm=frm or "Freelio <notifications@freelio.example>", subject=subject, date=date,
                text=full, htm=platform_html("freelio", "#14a800", text, FREELIO_FOOTER),
                to=OWNER, style="gmail", sender="bounces+7731@em.freelio.example",
                extra=[("X-Mailer", "Freelio Notifications"), ("List-Unsubscribe",
                        "<https://www.freelio.example/settings/notifications?u=" + rnd(seed + "un", 16) + ">")],
                mx=("o12.em.freelio.example", "167.89.32.118", rnd(seed + "mx", 20)), attachments=attachments)


# ============================================================================= CASES
def case01():
    c = f"{PREFIX}-01-summit-screening-then-technical"
    sent1 = T(BUC, 2026, 2, 16, 9, 12, 40)
    s1 = wd(off(T(BUC, 2026, 2, 19, 10, 0), 2), "Thursday")
    e1 = s1 + timedelta(minutes=30)
    dana = ("Dana Whitcombe", "dana.whitcombe@summittalent.example")
    meet = "https://meet.google.com/qwr-hzpt-ubn"
    cancel = "https://calendly.com/cancellations/" + rnd(c + "cu", 8, HEX) + "-" + rnd(c + "cu2", 4, HEX)
    text = f"""Hi {OWNER_NAME},

Your event has been scheduled.

Event Type:
Summit Talent Network - Talent Screening Call (30 min)

Event Host:
{dana[0]}

Date/Time:
{c12(s1)} - {c12(e1)} (Eastern European Time) Thursday, February 19, 2026

Location:
This is a Google Meet web conference.
{meet}

Questions:
Which role are you applying for?
Full-Stack Developer (React / Node.js)

Link to your GitHub or portfolio
https://github.example/vmarinescu

Need to make changes to this event?
Cancel: {cancel}
Reschedule: {cancel.replace('cancellations', 'reschedulings')}

Powered by Calendly.com
"""
    ics1 = calendly_ics(c + "ics1", start=s1, end=e1, host=dana, stamp=sent1,
                        summary="Summit Talent Network - Talent Screening Call (30 min) between Dana Whitcombe and Vlad Marinescu",
                        description=f"Event Name: Summit Talent Network - Talent Screening Call (30 min)\n\nLocation: {meet}\n\n"
                                    "A 30-minute conversation with our talent team about your experience, English "
                                    "communication and what kind of engagements you're after.\n\nPowered by Calendly.com",
                        location=meet)
    write(c, "01-calendly-confirmed-screening.eml", mail(
        c + "m1", frm="Calendly <notifications@calendly.com>", reply_to=addr(*dana),
        subject="Confirmed: Summit Talent Network - Talent Screening Call (30 min) with Dana Whitcombe on Thursday, February 19, 2026",
        date=sent1.astimezone(UTC), text=text, to=OWNER, msgid=mid(c + "m1id", "calendly.com", 24),
        sender="bounces@mail.calendly.com", mx=("mail.calendly.com", "149.72.170.61", rnd(c + "mx1", 20)),
        attachments=[cal_attach("invite.ics", ics1)]))

    sent2 = T(ZoneInfo("Europe/Lisbon"), 2026, 2, 25, 14, 3, 11)
    text2 = f"""Hi Vlad,

Thanks again for the screening call last week - it was a pleasure. Good news: you've passed
the first stage of the Summit Talent Network application for Full-Stack Developer.

Next up is the live technical interview (60 minutes) with one of our senior engineers.
Marcus Oyelaran will run yours and will send you a calendar invite directly in the next day
or so. It's a conversation plus live coding in React and Node, not a test platform, so have
your usual editor ready.

After the technical interview there's a short paid test project, and then you're in.

Cheers,
Dana

Dana Whitcombe
Talent Acquisition, Summit Talent Network
"""
    write(c, "02-summit-next-step.eml", mail(
        c + "m2", frm="Summit Talent Team <talent@summittalent.example>", reply_to="talent@summittalent.example",
        subject="Summit application: you're through to the technical interview", date=sent2, text=text2,
        to=OWNER, msgid=gmail_mid(c + "m2id"), mx=("mail-sor-f41.google.com", "209.85.220.41", rnd(c + "mx2", 20))))

    s2 = wd(off(T(NYC, 2026, 3, 17, 11, 0), -4), "Tuesday")
    e2 = s2 + timedelta(hours=1)
    assert s2.astimezone(BUC).hour == 17 and s2.astimezone(BUC).utcoffset() == timedelta(hours=2)
    marcus = ("Marcus Oyelaran", "marcus.oyelaran@summittalent.example")
    sent3 = T(NYC, 2026, 2, 26, 15, 30, 2)
    desc = ("Hi Vlad - this is the live technical round of your Summit application (Full-Stack Developer).\n"
            "Roughly: 15 min on a project you've shipped, 40 min live coding (React + Node, your own editor, "
            "screen share), 5 min for your questions.\n\n"
            "Time check: US clocks change on March 8 and Europe's not until March 29, so on this date we're only "
            "6 hours apart - 11am New York is 5pm in Bucharest.\n\nMarcus")
    write(c, "03-invitation-technical-interview.eml", google_invite(
        c + "inv", title="Summit Talent Network - Technical Interview (Vlad Marinescu)", start=s2, end=e2,
        organizer=marcus, guests=[], description=desc, sent=sent3))
    label(c, [
        iv("Summit Talent Network", "Full-Stack Developer", s1, e1, "scheduled", [dana[1]], [dana[1]], "phone_screen"),
        iv("Summit Talent Network", "Full-Stack Developer", s2, e2, "scheduled", [marcus[1]], [marcus[1]], "technical"),
    ], "hard", "positive/two-interviews-platform-screening",
        "Platform's own talent screening (Calendly, EET) and the later technical interview (Google invite, "
        "New York time in the US-DST/EU-standard gap: 11am EDT = 17:00 EET). The Summit team mail between "
        "them only announces the step. Talent screening by the platform counts as an interview.")


def case02():
    c = f"{PREFIX}-02-freelio-client-interview-relayed"
    sent1 = wd(T(UTC, 2026, 2, 9, 14, 5, 27), "Monday")
    text1 = """Hi Vlad,

Hadley Commerce has invited you to interview for their job:

Senior Full-Stack Developer (React/Node) - full-time, remote (contract-to-hire)
Hourly: $40.00-$55.00 · 40 hrs/week · 6+ months

Message from Brooke Kessler, Engineering Manager:

"Hi Vlad - we liked your proposal and the Shopify work in your portfolio. Would you be up
for a 45-minute video interview with me this week? Thursday at 4pm UK time would suit us
(that's 6pm for you, if I've got the time difference right). Let me know here on Freelio."

Accept or decline: https://www.freelio.example/ab/proposals/interview/1839302281

To keep your payments protected, keep communication and payments on Freelio."""
    write(c, "01-freelio-interview-invitation.eml", freelio_mail(
        c + "m1", "Hadley Commerce invited you to interview", sent1, text1))
    sent2 = wd(T(UTC, 2026, 2, 10, 9, 40, 3), "Tuesday")
    s = wd(off(T(LON, 2026, 2, 12, 16, 0), 0), "Thursday")
    e = s + timedelta(minutes=45)
    assert s.astimezone(BUC).hour == 18
    text2 = """You have a new message on Freelio

Job: Senior Full-Stack Developer (React/Node) - full-time, remote (contract-to-hire)

Vlad Marinescu  ·  Feb 9, 9:58 PM
Thursday at 4pm UK works for me - thanks Brooke, looking forward to it.

Brooke Kessler (Hadley Commerce)  ·  Feb 10, 9:39 AM
Great, it's in my calendar: Thursday, 4pm UK / 6pm Bucharest, 45 minutes. I'll post the
Zoom link in this chat about an hour before. I'll mostly want to hear how you'd approach our
checkout rewrite and how you work with a small in-house team.

Reply: https://www.freelio.example/ab/messages/rooms/room_5d1e0a7c"""
    write(c, "02-freelio-new-message.eml", freelio_mail(
        c + "m2", "New message from Brooke Kessler (Hadley Commerce)", sent2, text2))
    label(c, [iv("Hadley Commerce", "Senior Full-Stack Developer (React/Node)", s, e, "scheduled", [], [],
                 "hiring_manager")],
          "hard", "positive/platform-relayed-client-interview",
          "Client interview invitation relayed by the platform; 'Thursday at 4pm UK' resolved against the "
          "Feb 10 message (Thu Feb 12, GMT). The client's e-mail is never shown (platform-only contact), so "
          "interviewer_emails and followup_recipients are empty; notifications@freelio.example is a no-reply "
          "sender.")


def case03():
    c = f"{PREFIX}-03-freelio-contract-kickoff"
    sent1 = wd(T(UTC, 2026, 4, 9, 11, 20, 45), "Thursday")
    text1 = """Hi Vlad,

Your contract has started.

Contract: Headless Shopify storefront rebuild (Next.js)
Client: Oakhurst Goods
Rate: $48.00/hr · Weekly limit: 30 hrs
Start date: Apr 9, 2026

Message from Marta Jovanović:
"Thanks again for interviewing with us last week, Vlad - the team loved your take on caching.
Offer accepted, so let's get going! I've sent you a calendar invite for our kickoff on Monday."

Remember to track time with the Freelio desktop app so your hours are covered by Payment
Protection.

View contract: https://www.freelio.example/ab/contracts/40021377"""
    write(c, "01-freelio-contract-started.eml", freelio_mail(c + "m1", "Your contract with Oakhurst Goods has started", sent1, text1))
    marta = ("Marta Jovanović", "marta.jovanovic@oakhurstgoods.example")
    s = wd(T("Europe/Belgrade", 2026, 4, 13, 15, 0), "Monday")
    desc = ("Agenda:\n1. Intros - Marta (product), Luka (backend)\n2. Repo, Vercel and Shopify partner access\n"
            "3. Milestone 1 scope: PLP + PDP on the new stack\n4. Weekly demo cadence and Freelio time tracking\n\n"
            "No prep needed!")
    write(c, "02-invitation-kickoff.eml", google_invite(
        c + "inv", title="Kickoff: Headless storefront rebuild (Oakhurst x Vlad)", start=s,
        end=s + timedelta(hours=1), organizer=marta,
        guests=[("Luka Petrović", "luka.petrovic@oakhurstgoods.example", "ACCEPTED")],
        description=desc, sent=T("Europe/Belgrade", 2026, 4, 9, 13, 31, 8)))
    label(c, [], "medium", "negative/freelance-contract-kickoff",
          "Contract already awarded; the invite is a project kickoff with the new client. The earlier "
          "client interview is only mentioned in passing (past, no time).")


def case04():
    c = f"{PREFIX}-04-keystone-client-interview-la-october-gap"
    owen = ("Owen Castellanos", "owen.castellanos@redwoodridge.example")
    sent1 = wd(T(UTC, 2026, 10, 20, 16, 2, 51), "Tuesday")
    foot = ("Keystone Collective · a talent network owned by its members. You received this because you applied "
            "to a job on Keystone. Email preferences: https://app.keystonecollective.example/settings/email")
    text1 = f"""Good news, Vlad!

Redwood Ridge Health would like to interview you.

Job: Senior Full-Stack Engineer (Full-time · Remote · 4h overlap with US Pacific)
Interviewer: {owen[0]}, Director of Engineering

Pick a 45-minute slot from Owen's availability - times are shown in your time zone
(Europe/Bucharest):

Choose a time: https://app.keystonecollective.example/interviews/req_8XK2M1/schedule

The invitation expires in 5 days. Questions? Reply to your Keystone talent manager from the
dashboard.

The Keystone team"""
    write(c, "01-keystone-interview-request.eml", mail(
        c + "m1", frm="Keystone <no-reply@keystonecollective.example>",
        subject="Redwood Ridge Health wants to interview you", date=sent1, to=OWNER,
        text=text1 + "\n\n" + foot + "\n", htm=platform_html("Keystone", "#1b3a5c", text1, foot),
        msgid=mid(c + "id1", "keystonecollective.example", 20),
        mx=("mta-07.keystonecollective.example", "198.51.100.37", rnd(c + "mx1", 20))))
    s = wd(off(T(LAX, 2026, 10, 27, 9, 0), -7), "Tuesday")
    e = s + timedelta(minutes=45)
    sb, eb = s.astimezone(BUC), e.astimezone(BUC)
    assert (sb.hour, sb.utcoffset()) == (18, timedelta(hours=2))
    sent2 = wd(T(UTC, 2026, 10, 21, 8, 45, 12), "Wednesday")
    text2 = f"""You're booked, Vlad.

Interview: Redwood Ridge Health - Senior Full-Stack Engineer
With: {owen[0]}, Director of Engineering

When: Tuesday, October 27, 2026, {AMPM(s)} - {AMPM(e)} PDT (Los Angeles)
Your time: {AMPM(sb)} - {AMPM(eb)} EET (Bucharest)

Heads-up: Europe turns its clocks back on Sunday, October 25, and the US only on November 1,
so that week Los Angeles is 9 hours behind you instead of the usual 10.

Video: https://meet.keystonecollective.example/r/rrh-{rnd(c + 'room', 8)}
A calendar invite is attached. Need to reschedule? Use your Keystone dashboard at least 24 hours
before the interview."""
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Keystone Collective//Interviews 2.4//EN", "VERSION:2.0",
           "METHOD:REQUEST"] + vtz_iana("America/Los_Angeles") + [
        "BEGIN:VEVENT", f"UID:interview-req_8XK2M1-{rnd(c + 'uid', 10)}@keystonecollective.example",
        f"DTSTAMP:{zstamp(sent2)}", f"DTSTART;TZID=America/Los_Angeles:{lstamp(s)}",
        f"DTEND;TZID=America/Los_Angeles:{lstamp(e)}",
        "SUMMARY:Interview: Redwood Ridge Health x Vlad Marinescu (Senior Full-Stack Engineer)",
        "DESCRIPTION:" + esc(f"Interview with {owen[0]} (Director of Engineering) for the Senior Full-Stack "
                             "Engineer role.\nVideo: https://meet.keystonecollective.example/r/rrh-"
                             f"{rnd(c + 'room', 8)}\nManage: https://app.keystonecollective.example/interviews/req_8XK2M1"),
        f"LOCATION:https://meet.keystonecollective.example/r/rrh-{rnd(c + 'room', 8)}",
        "ORGANIZER;CN=Keystone Interviews:mailto:interviews@keystonecollective.example",
        attendee(owen[1], owen[0], role="CHAIR", partstat="ACCEPTED"),
        attendee(OWNER, OWNER_NAME, partstat="ACCEPTED"),
        "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    write(c, "02-keystone-interview-confirmed.eml", mail(
        c + "m2", frm="Keystone <no-reply@keystonecollective.example>",
        subject="Interview confirmed: Redwood Ridge Health · Tue, Oct 27", date=sent2, to=OWNER,
        text=text2 + "\n\n" + foot + "\n", htm=platform_html("Keystone", "#1b3a5c", text2, foot),
        msgid=mid(c + "id2", "keystonecollective.example", 20),
        mx=("mta-07.keystonecollective.example", "198.51.100.37", rnd(c + "mx2", 20)),
        attachments=[cal_attach("invite.ics", ics(cal))]))
    label(c, [iv("Redwood Ridge Health", "Senior Full-Stack Engineer", s, e, "scheduled", [owen[1]], [owen[1]],
                 "hiring_manager")],
          "medium", "positive/platform-client-interview-ics-dst-gap",
          "Braintrust-style platform books a client interview; .ics uses America/Los_Angeles VTIMEZONE. "
          "Oct 27 falls in the EU-standard/US-DST week: 9:00 PDT = 18:00 EET. The first mail is an unbooked "
          "slot picker (same interview). Owen is an ATTENDEE (CHAIR) and named interviewer.")


def case05():
    c = f"{PREFIX}-05-halcyon-reschedule-across-uk-dst"
    fiona = ("Fiona Baird", "fiona.baird@halcyonledger.example")
    tom = ("Tom Ashworth", "tom.ashworth@halcyonledger.example")
    s0 = wd(off(T(LON, 2026, 3, 26, 15, 0), 0), "Thursday")
    sent1 = wd(T(LON, 2026, 3, 20, 10, 5, 44), "Friday")
    uid = f"{rnd(c + 'uid', 26)}@google.com"
    desc = ("Hi Vlad, here's your technical interview for the Senior Full-Stack Engineer role.\n"
            "Tom (Staff Engineer) and I will run it together: a design discussion around our ledger API, then "
            "a short React code review. 60 minutes.\n\nFiona Baird\nEngineering Manager, Halcyon Ledger")
    write(c, "01-invitation-technical.eml", google_invite(
        c + "inv1", title="Halcyon Ledger - Technical Interview (Vlad Marinescu)", start=s0,
        end=s0 + timedelta(hours=1), organizer=fiona, guests=[(tom[0], tom[1], "ACCEPTED")],
        description=desc, sent=sent1, uid=uid))
    sent2 = wd(T(LON, 2026, 3, 23, 9, 12, 30), "Monday")
    s = wd(off(T(LON, 2026, 3, 31, 15, 0), 1), "Tuesday")
    e = s + timedelta(hours=1)
    assert s.astimezone(BUC).hour == 17 and s0.astimezone(BUC).hour == 17
    text2 = """Hi Vlad,

Apologies for the shuffle - Tom is travelling on Thursday and I'd rather not do the technical
interview without him. Could we move it to Tuesday 31 March, same time (3pm UK)?

The UK clocks go forward this Sunday, but so do yours, so it should still be 5pm for you.
I'll update the calendar invite now - shout if it doesn't work.

Thanks,
Fiona

--
Fiona Baird
Engineering Manager | Halcyon Ledger
"""
    write(c, "02-fiona-moving-interview.eml", mail(
        c + "m2", frm=addr(*fiona), subject="Moving your Halcyon interview to next Tuesday", date=sent2,
        text=text2, cc=addr(*tom), mx=("mail-sor-f65.google.com", "209.85.220.65", rnd(c + "mx2", 20))))
    write(c, "03-updated-invitation.eml", google_invite(
        c + "inv2", kind="Updated invitation", title="Halcyon Ledger - Technical Interview (Vlad Marinescu)",
        start=s, end=e, organizer=fiona, guests=[(tom[0], tom[1], "ACCEPTED")], description=desc,
        sent=T(LON, 2026, 3, 23, 9, 15, 2), uid=uid, sequence=1, created=sent1,
        text_head="This event has been updated\nChanged: time"))
    label(c, [iv("Halcyon Ledger", "Senior Full-Stack Engineer", s, e, "scheduled", [fiona[1], tom[1]],
                 [fiona[1], tom[1]], "technical")],
          "hard", "positive/reschedule-across-dst",
          "Google invite for Thu Mar 26 15:00 GMT moved (e-mail + Updated invitation, SEQUENCE 1) to Tue Mar 31 "
          "15:00 BST, i.e. after the Mar 29 change: final start is 14:00Z, not 15:00Z. Both conduct it.")


def case06():
    c = f"{PREFIX}-06-platform-profile-review-webinar"
    sent = wd(T(UTC, 2026, 4, 14, 12, 1, 9), "Tuesday")
    s = wd(off(T(BUC, 2026, 4, 22, 18, 0), 3), "Wednesday")
    e = s + timedelta(hours=1)
    wid = rnd(c + "wid", 11, "0123456789")
    url = f"https://summittalent.zoom.us/w/{wid}?tk={rnd(c + 'tk', 43, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-')}"
    text = f"""Hi Vlad,

Thank you for registering for "Live Profile Review: Stand Out in Client Interviews".

Please submit any questions to: community@summittalent.example

Date Time: Apr 22, 2026 06:00 PM Bucharest

Join from PC, Mac, iPad, or Android:
{url}
Passcode: {rnd(c + 'pc', 6, '0123456789')}

Description: Our Talent Success team reviews five volunteer Summit profiles live and walks
through what clients look at before they send an interview invitation: headline, portfolio
order, rates, and how to answer "tell me about yourself" in the first client call. Open to all
members; the recording will be shared afterwards.

You can cancel your registration at any time.

Add to Calendar: the attached .ics file

Thank you!
"""
    cal = ["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "CALSCALE:GREGORIAN",
           "METHOD:PUBLISH", "BEGIN:VEVENT", f"DTSTAMP:{zstamp(sent)}", f"DTSTART:{zstamp(s)}",
           f"DTEND:{zstamp(e)}", "SUMMARY:Live Profile Review: Stand Out in Client Interviews",
           f"UID:{zstamp(sent)}-{wid}@zoom.us", "TZID:Europe/Bucharest",
           "DESCRIPTION:" + esc(f"Hi Vlad,\n\nThank you for registering for \"Live Profile Review: Stand Out in "
                                f"Client Interviews\".\n\nJoin from PC, Mac, iPad, or Android:\n{url}"),
           f"LOCATION:{url}", "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY",
           "DESCRIPTION:Reminder", "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    write(c, "01-zoom-webinar-registration.eml", mail(
        c + "m1", frm="Summit Talent Network Community <no-reply@zoom.us>",
        reply_to="community@summittalent.example",
        subject="Live Profile Review: Stand Out in Client Interviews Confirmation", date=sent, to=OWNER,
        text=text, msgid=mid(c + "id", "zoom.us", 24), sender="no-reply@zoom.us",
        mx=("mx-out-sjc.zoom.us", "170.114.10.77", rnd(c + "mx", 20)),
        attachments=[("text/calendar; charset=\"utf-8\"; name=\"Live Profile Review.ics\"", ics(cal), "base64",
                      'attachment; filename="Live Profile Review.ics"')]))
    label(c, [], "medium", "negative/platform-webinar",
          "Zoom webinar run by the platform's community team about profiles and client interviews; a "
          "one-to-many event, not a hiring conversation.")


def case07():
    c = f"{PREFIX}-07-tidewell-teams-cancel-october-gap"
    greg = ("Greg Halvorsen", "greg.halvorsen@tidewell.example")
    s = wd(off(T(NYC, 2026, 10, 29, 10, 0), -4), "Thursday")
    e = s + timedelta(minutes=45)
    assert s.astimezone(BUC).hour == 16 and s.astimezone(BUC).utcoffset() == timedelta(hours=2)
    sent1 = wd(T(NYC, 2026, 10, 22, 13, 40, 17), "Thursday")
    tb = teams_block(c)
    body = f"""Hi Vlad,

Looking forward to our conversation about the Senior Full-Stack Developer role (remote, EU-based).
I'll be interviewing you myself - 45 minutes, mostly about how you've shipped features end to end
as a freelancer and how you'd work with our Boston team.

Thursday, October 29 at 10:00 AM Eastern - that should be 4:00 PM in Bucharest (your clocks go
back this weekend, ours a week later).

Greg

Greg Halvorsen
Engineering Manager, Platform | Tidewell Systems
"""
    text1 = ("When: Thursday, October 29, 2026 10:00 AM-10:45 AM (UTC-05:00) Eastern Time (US & Canada).\n"
             "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body + "\n" + tb + "\n")
    uid = ("040000008200E00074C5B7101A82E00800000000" + rnd(c + "uid", 16, HEXU) + "00000000000000001000000" +
           rnd(c + "uid2", 33, HEXU))
    subj = "Tidewell Systems - Hiring Manager Interview - Vlad Marinescu"
    ics1 = outlook_ics(c + "i1", method="REQUEST", tzid="Eastern Standard Time", start=s, end=e, organizer=greg,
                       attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")], summary=subj,
                       description=body + "\n" + tb, stamp=sent1, uid=uid)
    ex = [("Thread-Topic", subj), ("Thread-Index", "AdxF" + rnd(c + "ti", 24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "=="),
          ("Accept-Language", "en-US"), ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""),
          ("X-MS-TNEF-Correlator", ""), ("Content-class", "urn:content-classes:calendarmessage")]
    write(c, "01-outlook-invite.eml", mail(
        c + "m1", frm=addr(*greg), to=addr(OWNER_NAME, OWNER), subject=subj, date=sent1.astimezone(UTC),
        text=text1, calendar=("REQUEST", ics1), style="outlook", msgid=outlook_mid(c + "id1", "NAM"), extra=ex,
        mx=("NAM12-BN8-obe.outbound.protection.outlook.com", "40.107.212.97", rnd(c + "mx1", 20))))
    sent2 = wd(T(NYC, 2026, 10, 26, 11, 2, 40), "Monday")
    body2 = """Hi Vlad,

I'm really sorry to do this. After last week's reorganisation the Senior Full-Stack Developer
requisition has been put on hold, so I need to cancel Thursday's interview. If it reopens you'll
be the first person I call.

Greg
"""
    text2 = ("When: Thursday, October 29, 2026 10:00 AM-10:45 AM (UTC-05:00) Eastern Time (US & Canada).\n"
             "Where: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n" + body2)
    ics2 = outlook_ics(c + "i2", method="CANCEL", tzid="Eastern Standard Time", start=s, end=e, organizer=greg,
                       attendees=[(OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                       summary="Canceled: " + subj, description=body2, stamp=sent2, uid=uid, sequence=1,
                       status="CANCELLED")
    write(c, "02-outlook-canceled.eml", mail(
        c + "m2", frm=addr(*greg), to=addr(OWNER_NAME, OWNER), subject="Canceled: " + subj,
        date=sent2.astimezone(UTC), text=text2, calendar=("CANCEL", ics2), style="outlook",
        msgid=outlook_mid(c + "id2", "NAM"), extra=ex[:1] + [("Importance", "high")] + ex[2:],
        mx=("NAM12-BN8-obe.outbound.protection.outlook.com", "40.107.212.101", rnd(c + "mx2", 20))))
    label(c, [iv("Tidewell Systems", "Senior Full-Stack Developer", s, e, "cancelled", [greg[1]], [greg[1]],
                 "hiring_manager")],
          "hard", "positive/cancellation-windows-tzid",
          "Exchange invite with TZID 'Eastern Standard Time' and the misleading '(UTC-05:00)' display label; "
          "Oct 29 is still EDT (-04:00) = 16:00 EET in Bucharest. Then METHOD:CANCEL: kept as cancelled.")


def case08():
    c = f"{PREFIX}-08-pinecrest-ceo-final-gcal-json"
    jonah = ("Jonah Reid", "jonah.reid@pinecrestlabs.example")
    amara = ("Amara Okafor", "amara.okafor@pinecrestlabs.example")
    s = wd(off(T(TOR, 2026, 6, 4, 12, 0), -4), "Thursday")
    e = s + timedelta(minutes=45)
    assert s.astimezone(BUC).hour == 19
    code = "pvk-twxe-mqa"
    ev = {
        "kind": "calendar#event",
        "etag": "\"3561904417226000\"",
        "id": "7kq2c0v4d1msl8h3t9pa6ren5b",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" +
                    base64.b64encode(f"7kq2c0v4d1msl8h3t9pa6ren5b {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-05-28T18:21:37.000Z",
        "updated": "2026-05-28T18:23:28.613Z",
        "summary": "Pinecrest Labs \u2014 final chat with Amara (CEO)",
        "description": "Final round for the Full-Stack Engineer (Remote, EU time zones) role: 45 minutes "
                       "with Amara Okafor, our CEO. She'll be your direct manager, so this is mostly about "
                       "how you like to work and what you'd want to own in your first 90 days. No prep "
                       "needed.<br><br>I (Jonah, People Ops) only set this up and won't be joining.",
        "creator": {"email": jonah[1], "displayName": jonah[0]},
        "organizer": {"email": jonah[1], "displayName": jonah[0]},
        "start": {"dateTime": s.isoformat(), "timeZone": "America/Toronto"},
        "end": {"dateTime": e.isoformat(), "timeZone": "America/Toronto"},
        "iCalUID": "7kq2c0v4d1msl8h3t9pa6ren5b@google.com",
        "sequence": 0,
        "attendees": [
            {"email": jonah[1], "displayName": jonah[0], "organizer": True, "responseStatus": "accepted",
             "optional": True},
            {"email": amara[1], "displayName": amara[0], "responseStatus": "accepted"},
            {"email": OWNER, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": f"https://meet.google.com/{code}",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{code}",
                             "label": f"meet.google.com/{code}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": code,
        },
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    write(c, "01-pinecrest-final-chat.gcal.json", json.dumps(ev, indent=2, ensure_ascii=False) + "\n")
    label(c, [iv("Pinecrest Labs", "Full-Stack Engineer", s, e, "scheduled", [amara[1]], [amara[1]],
                 "hiring_manager")],
          "medium", "positive/gcal-json-ceo-final",
          "Calendar API event only (Toronto time; 12:00 EDT = 19:00 EEST). Final chat with the CEO who is the "
          "direct manager. Jonah created/organizes it but says he won't join, so he is not an interviewer.")


def case09():
    c = f"{PREFIX}-09-milestone-review-current-client"
    sent1 = wd(T(UTC, 2026, 5, 4, 7, 15, 20), "Monday")
    text1 = """Hi Vlad,

You submitted Milestone 3 for review.

Contract: Booking engine - availability search & cart (Bluefin Travel)
Milestone 3: Availability search + cart · $2,400.00 (funded in escrow)

Your client has 14 days to review and approve the work or request changes. If they don't
respond, the payment is released automatically.

View milestone: https://www.freelio.example/ab/contracts/39877120/milestones/3"""
    write(c, "01-freelio-milestone-submitted.eml", freelio_mail(c + "m1", "Milestone 3 submitted for review", sent1, text1))
    nikos = ("Nikos Dragoumis", "nikos.dragoumis@bluefintravel.example")
    s = wd(T("Europe/Athens", 2026, 5, 6, 17, 0), "Wednesday")
    desc = ("Hi Vlad - let's review milestone 3 together before I approve it on Freelio and release the escrow.\n"
            "Please demo on staging; Eleni will join with her QA notes and we'll go through her test cases.\n"
            "Last 15 minutes: scope and estimate for milestone 4 (payments).\n\nNikos")
    write(c, "02-invitation-milestone-review.eml", google_invite(
        c + "inv", title="Milestone 3 review & demo - booking engine (Freelio contract)", start=s,
        end=s + timedelta(minutes=45), organizer=nikos,
        guests=[("Eleni Kosta", "eleni.kosta@bluefintravel.example", "ACCEPTED")], description=desc,
        sent=T("Europe/Athens", 2026, 5, 4, 12, 48, 33)))
    label(c, [], "medium", "negative/milestone-review-current-client",
          "Review/demo call with an existing freelance client about a submitted milestone; no hiring step.")


def case10():
    c = f"{PREFIX}-10-northgate-thread-phone-screen"
    harriet = ("Harriet Lowe", "harriet.lowe@northgatepay.example")
    sent1 = wd(T(LON, 2026, 5, 5, 10, 14, 2), "Tuesday")
    wd(T(LON, 2026, 5, 12), "Tuesday")
    wd(T(LON, 2026, 5, 13), "Wednesday")
    sig = ("Harriet Lowe\nTalent Partner - Engineering | Northgate Payments\n"
           "harriet.lowe@northgatepay.example | +44 20 7946 0321")
    text1 = f"""Hi Vlad,

Thanks for applying for the Full-Stack Engineer (Remote, EMEA) role at Northgate Payments. I'm the
Talent Partner for Engineering, and I'd love to set up an initial 30-minute call with you to talk
through your background, what you're looking for in a permanent role after freelancing, and
salary expectations.

Would any of these work?

  - Tuesday 12 May - 10:00 or 14:00 (UK time)
  - Wednesday 13 May - 10:00 or 14:00 (UK time)

I'll call you on the mobile number from your CV.

Kind regards,
Harriet

{sig}
"""
    mid1 = outlook_mid(c + "id1")
    subj = "Northgate Payments - Full-Stack Engineer (Remote, EMEA) - next steps"
    write(c, "01-harriet-next-steps.eml", mail(
        c + "m1", frm=addr(*harriet), subject=subj, date=sent1, text=text1, style="outlook", msgid=mid1,
        extra=[("Thread-Topic", subj), ("Content-Language", "en-GB")],
        mx=("EUR05-DB8-obe.outbound.protection.outlook.com", "40.107.20.118", rnd(c + "mx1", 20))))
    vsent = T(BUC, 2026, 5, 5, 17, 32, 9)
    mid2 = gmail_mid(c + "vlad")
    s = wd(off(T(LON, 2026, 5, 13, 14, 0), 1), "Wednesday")
    e = s + timedelta(minutes=30)
    assert s.astimezone(BUC).hour == 16
    quoted1 = "\n".join(("> " + l) if l else ">" for l in text1.rstrip("\n").split("\n"))
    sent3 = wd(T(LON, 2026, 5, 6, 8, 51, 55), "Wednesday")
    text3 = f"""Hi Vlad,

Perfect - you're booked in for Wednesday 13 May at 14:00 UK time (16:00 for you). I'll ring you on
{OWNER_PHONE}; it'll be about 30 minutes.

Kind regards,
Harriet

{sig}

________________________________
From: Vlad Marinescu <{OWNER}>
Sent: 05 May 2026 15:32
To: Harriet Lowe <{harriet[1]}>
Subject: Re: {subj}

Hi Harriet,

Thanks for getting in touch! Wednesday 13 May at 14:00 UK time works for me (that's 16:00 here in
Bucharest). My number is {OWNER_PHONE}, just in case.

Best,
Vlad

On Tue, 5 May 2026 at 12:14, Harriet Lowe <{harriet[1]}> wrote:
{quoted1}
"""
    write(c, "02-harriet-booked-in.eml", mail(
        c + "m3", frm=addr(*harriet), subject="RE: " + subj, date=sent3, text=text3, style="outlook",
        msgid=outlook_mid(c + "id3"), in_reply_to=mid2, references=f"{mid1} {mid2}",
        extra=[("Thread-Topic", subj), ("Content-Language", "en-GB")],
        mx=("EUR05-DB8-obe.outbound.protection.outlook.com", "40.107.20.121", rnd(c + "mx3", 20))))
    label(c, [iv("Northgate Payments", "Full-Stack Engineer (Remote, EMEA)", s, e, "scheduled", [harriet[1]],
                 [harriet[1]], "phone_screen")],
          "medium", "positive/thread-propose-confirm",
          "Recruiter proposes four slots, candidate picks one, recruiter confirms Wed 13 May 14:00 BST (16:00 "
          "EEST), 30 minutes by phone. The recruiter conducts the screen. Other proposed slots are not interviews.")


def case11():
    c = f"{PREFIX}-11-english-test-automated"
    sent = wd(T(UTC, 2026, 8, 31, 7, 0, 14), "Monday")
    dl = wd(off(T(BUC, 2026, 9, 4, 23, 59), 3), "Friday")
    foot = ("Arcadia Remote Ltd · remote-first talent vetting for engineering teams. "
            "Unsubscribe from vetting reminders: https://arcadiaremote.example/u/" + rnd(c + "u", 12))
    text = """Hi Vlad,

Nice work on your developer profile! The next step in our vetting process is the English
communication assessment (about 20 minutes).

It's fully automated: you'll record spoken answers to six prompts and complete a short listening
section. There is no live interviewer - our language team reviews your recordings within two
business days.

Deadline: Friday, September 4, 2026, 23:59 your time (EEST)

Start assessment: https://arcadiaremote.example/vetting/english/start?c=AR-556120

Once you pass, we'll invite you to book your live technical interview with one of our senior
engineers.

Tips: use a quiet room and a headset. You can retake the assessment once, after 30 days.

The Arcadia Remote vetting team"""
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Arcadia Remote//Vetting//EN", "VERSION:2.0", "METHOD:PUBLISH"] + \
        vtz_iana("Europe/Bucharest") + [
        "BEGIN:VEVENT", f"UID:english-deadline-AR-556120@arcadiaremote.example", f"DTSTAMP:{zstamp(sent)}",
        f"DTSTART;TZID=Europe/Bucharest:{lstamp(dl - timedelta(minutes=29))}",
        f"DTEND;TZID=Europe/Bucharest:{lstamp(dl)}",
        "SUMMARY:Deadline: Arcadia Remote English assessment",
        "DESCRIPTION:" + esc("Complete your English communication assessment before 23:59.\n"
                             "https://arcadiaremote.example/vetting/english/start?c=AR-556120"),
        "ORGANIZER;CN=Arcadia Remote:mailto:no-reply@arcadiaremote.example", "TRANSP:TRANSPARENT",
        "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    write(c, "01-english-assessment-deadline.eml", mail(
        c + "m1", frm="Arcadia Remote <no-reply@arcadiaremote.example>",
        subject="Step 2 of 4: complete your English assessment by Friday", date=sent, to=OWNER,
        text=text + "\n\n" + foot + "\n", htm=platform_html("Arcadia Remote", "#5b3cc4", text, foot),
        msgid=mid(c + "id", "arcadiaremote.example", 20),
        mx=("smtp-out.arcadiaremote.example", "203.0.113.52", rnd(c + "mx", 20)),
        attachments=[cal_attach("english-assessment-deadline.ics", ics(cal), "PUBLISH")]))
    label(c, [], "hard", "negative/english-test-automated",
          "Automated recorded English test with a deadline and a calendar hold; explicitly no live interviewer. "
          "The future technical interview is not booked.")


def case12():
    c = f"{PREFIX}-12-quarryvine-relayed-calendly"
    eli = ("Eli Brandt", "eli.brandt@quarryvine.example")
    sent1 = wd(T(UTC, 2026, 7, 2, 16, 20, 36), "Thursday")
    text1 = """You have a new message on Freelio

Job: Full-Stack Engineer (TypeScript) - full-time, remote

Eli Brandt (Quarry & Vine)  ·  Jul 2, 4:19 PM
Hi Vlad, thanks for the thoughtful proposal. Heads-up that we're hiring this role full-time
(we convert from Freelio to direct employment after three months). Next step is a 45-minute
technical interview with me - some architecture talk and a small live debugging exercise in
our Next.js app. Grab any slot that suits you here:
https://calendly.com/eli-brandt-qv/technical-interview

Reply: https://www.freelio.example/ab/messages/rooms/room_a93f11b2"""
    write(c, "01-freelio-message-eli.eml", freelio_mail(c + "m1", "New message from Eli Brandt (Quarry & Vine)", sent1, text1))
    s = wd(off(T(BUC, 2026, 7, 8, 18, 0), 3), "Wednesday")
    e = s + timedelta(minutes=45)
    assert s.astimezone(UTC).hour == 15
    sent2 = wd(T(UTC, 2026, 7, 3, 6, 48, 2), "Friday")
    zoom = f"https://us06web.zoom.us/j/{rnd(c + 'zoom', 11, '0123456789')}?pwd={rnd(c + 'pwd', 32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}"
    resch = "https://calendly.com/reschedulings/" + rnd(c + "rs", 8, HEX) + "-" + rnd(c + "rs2", 4, HEX)
    text2 = f"""Hi Vlad Marinescu,

Your event has been scheduled.

Event Type:
Technical Interview - Quarry & Vine

Event Host:
{eli[0]}

Date/Time:
{c12(s)} - {c12(e)} (Eastern European Time) Wednesday, July 8, 2026

Location:
This is a Zoom web conference.
{zoom}

Description:
45 minutes with Eli (CTO). Architecture discussion + a small live debugging exercise. Please
have Node 20 installed.

Need to make changes to this event?
Cancel: {resch.replace('reschedulings', 'cancellations')}
Reschedule: {resch}

Powered by Calendly.com
"""
    ics1 = calendly_ics(c + "ics", start=s, end=e, host=eli, stamp=sent2,
                        summary="Technical Interview - Quarry & Vine between Eli Brandt and Vlad Marinescu",
                        description=f"Event Name: Technical Interview - Quarry & Vine\n\nLocation: {zoom}\n\n"
                                    "45 minutes with Eli (CTO).\n\nPowered by Calendly.com", location=zoom)
    write(c, "02-calendly-confirmed.eml", mail(
        c + "m2", frm="Calendly <notifications@calendly.com>", reply_to=addr(*eli),
        subject="Confirmed: Technical Interview - Quarry & Vine with Eli Brandt on Wednesday, July 8, 2026",
        date=sent2, text=text2, to=OWNER, msgid=mid(c + "id2", "calendly.com", 24),
        sender="bounces@mail.calendly.com", mx=("mail.calendly.com", "149.72.170.61", rnd(c + "mx2", 20)),
        attachments=[cal_attach("invite.ics", ics1)]))
    label(c, [iv("Quarry & Vine", "Full-Stack Engineer (TypeScript)", s, e, "scheduled", [eli[1]], [eli[1]],
                 "technical")],
          "medium", "positive/platform-message-then-calendly",
          "Client's message relayed by the platform gives a Calendly link (unbooked on its own); the Calendly "
          "confirmation books it. Calendly says 'Eastern European Time' but July is EEST (+03:00): 18:00 local "
          "= 15:00Z, as in the attached .ics. Host e-mail only in Reply-To/ORGANIZER.")


def case13():
    c = f"{PREFIX}-13-payment-dispute-mediation-call"
    sent = wd(T(UTC, 2026, 8, 14, 10, 30, 5), "Friday")
    s = wd(T(UTC, 2026, 8, 20, 15, 0), "Thursday")
    e = s + timedelta(minutes=30)
    assert s.astimezone(BUC).hour == 18
    corinne = ("Corinne Abbott", "corinne.abbott@freelio.example")
    text = f"""Hi Vlad,

Kestrel Media has disputed the payment for a milestone on your contract.

Dispute: #DR-77120
Contract: #FL-58214 - Admin dashboard for ad campaigns
Milestone 2: Reporting module · $1,350.00 (held in escrow)

Because you and the client couldn't agree within the review period, a Freelio mediator,
{corinne[0]}, will run a 30-minute mediation call with you and the client:

Thursday, August 20, 2026 at 15:00 UTC (18:00 in Bucharest)

During the call the mediator may interview each party separately for a few minutes. Please
upload any evidence (messages, commits, deliverables) to the dispute page before the call.
Funds stay in escrow until the dispute is resolved.

Dispute page: https://www.freelio.example/ab/disputes/DR-77120

Freelio Resolution Center"""
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Freelio//Resolution Center//EN", "VERSION:2.0", "METHOD:REQUEST",
           "BEGIN:VEVENT", "UID:dr-77120-mediation@freelio.example", f"DTSTAMP:{zstamp(sent)}",
           f"DTSTART:{zstamp(s)}", f"DTEND:{zstamp(e)}", "SUMMARY:Mediation call - dispute #DR-77120 (Freelio)",
           "DESCRIPTION:" + esc("Mediation call for dispute #DR-77120 between Vlad Marinescu (freelancer) and "
                                "Kestrel Media (client). Mediator: Corinne Abbott."),
           "LOCATION:https://www.freelio.example/ab/disputes/DR-77120/call",
           "ORGANIZER;CN=Freelio Resolution Center:mailto:disputes@freelio.example",
           attendee(corinne[1], corinne[0], role="CHAIR", partstat="ACCEPTED"),
           attendee("devon.price@kestrelmedia.example", "Devon Price"),
           attendee(OWNER, OWNER_NAME), "SEQUENCE:0", "STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    write(c, "01-dispute-mediation-scheduled.eml", freelio_mail(
        c + "m1", "Dispute #DR-77120: mediation call scheduled for Thu, Aug 20", sent, text,
        frm="Freelio Resolution Center <disputes@freelio.example>",
        attachments=[cal_attach("mediation-DR-77120.ics", ics(cal))]))
    label(c, [], "hard", "negative/payment-dispute-call",
          "Platform mediation call about a disputed milestone payment with a real time and .ics; uses the word "
          "'interview' (mediator interviews each party) but is not a hiring process.")


def case14():
    c = f"{PREFIX}-14-meadowlark-virtual-onsite"
    sofia = ("Sofia Reyes-Lind", "sofia.reyeslind@meadowlark.example")
    jamal = ("Jamal Whitfield", "jamal.whitfield@meadowlark.example")
    karen = ("Karen Liu", "karen.liu@meadowlark.example")
    pete = ("Pete Novak", "pete.novak@meadowlark.example")
    day = wd(T(CHI, 2026, 9, 15), "Tuesday")
    sess = [(T(CHI, 2026, 9, 15, 8, 0), T(CHI, 2026, 9, 15, 9, 0), "System design", f"{jamal[0]}, Principal Engineer"),
            (T(CHI, 2026, 9, 15, 9, 0), T(CHI, 2026, 9, 15, 10, 0), "Frontend pairing (React/TypeScript)",
             f"{karen[0]}, Senior Software Engineer"),
            (T(CHI, 2026, 9, 15, 10, 0), T(CHI, 2026, 9, 15, 10, 30), "Break", ""),
            (T(CHI, 2026, 9, 15, 10, 30), T(CHI, 2026, 9, 15, 11, 15), "Hiring manager conversation",
             f"{pete[0]}, Engineering Manager, Data Products")]
    off(sess[0][0], -5)
    assert sess[0][0].astimezone(BUC).hour == 16

    def hm(d):
        return f"{d.hour % 12 or 12}:{d.minute:02d}"
    rows = []
    for a, b, what, who in sess:
        ab, bb = a.astimezone(BUC), b.astimezone(BUC)
        ap = "AM" if b.hour < 12 else "PM"
        rows.append(f"{hm(a)} - {hm(b)} {ap} ({h24(ab)} - {h24(bb)})  {what}" + (f" - {who}" if who else ""))
    zoom = f"https://meadowlark.zoom.us/j/{rnd(c + 'z', 11, '0123456789')}"
    sent = wd(T(UTC, 2026, 9, 9, 19, 22, 48), "Wednesday")
    text = f"""Hi Vlad,

We're excited to host you for your virtual onsite for the Senior Full-Stack Engineer, Data Products
role! Below is your itinerary. All times are Central Time (CDT); I've added Bucharest time in
brackets.

Tuesday, September 15, 2026

""" + "\n".join(rows) + f"""

All sessions use the same Zoom link: {zoom}

A calendar hold for the whole block is attached. If you need anything, just reply to this email or
reach me at {sofia[1]}.

Best,
Sofia Reyes-Lind
Recruiting Coordinator, Meadowlark Analytics
"""
    htm_rows = "".join(f"<tr><td style=\"padding:4px 12px 4px 0\">{html.escape(r.split('  ')[0])}</td>"
                       f"<td>{html.escape(r.split('  ')[1])}</td></tr>\n" for r in rows)
    htm = ("<html><body style=\"font-family:Arial,sans-serif;font-size:14px\">\n<p>Hi Vlad,</p>\n"
           "<p>We're excited to host you for your virtual onsite for the <b>Senior Full-Stack Engineer, Data "
           "Products</b> role! Below is your itinerary. All times are Central Time (CDT); I've added Bucharest "
           "time in brackets.</p>\n<p><b>Tuesday, September 15, 2026</b></p>\n<table>\n" + htm_rows +
           f"</table>\n<p>All sessions use the same Zoom link: <a href=\"{zoom}\">{zoom}</a></p>\n"
           f"<p>A calendar hold for the whole block is attached. If you need anything, just reply to this email "
           f"or reach me at <a href=\"mailto:{sofia[1]}\">{sofia[1]}</a>.</p>\n<p>Best,<br>Sofia Reyes-Lind<br>"
           "Recruiting Coordinator, Meadowlark Analytics</p>\n"
           '<img src="https://app.greenhouse.io/email_tracking/open/' + rnd(c + "px", 24) +
           '.gif" width="1" height="1" alt="">\n</body></html>\n')
    s, e = sess[0][0], sess[-1][1]
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Greenhouse Software//Greenhouse Recruiting//EN", "VERSION:2.0",
           "METHOD:REQUEST"] + vtz_iana("America/Chicago") + [
        "BEGIN:VEVENT", f"UID:gh-interview-{rnd(c + 'uid', 10, '0123456789')}@greenhouse.io",
        f"DTSTAMP:{zstamp(sent)}", f"DTSTART;TZID=America/Chicago:{lstamp(s)}",
        f"DTEND;TZID=America/Chicago:{lstamp(e)}",
        "SUMMARY:Virtual Onsite: Vlad Marinescu - Senior Full-Stack Engineer, Data Products (Meadowlark Analytics)",
        "DESCRIPTION:" + esc("\n".join(rows) + f"\n\nZoom: {zoom}"), f"LOCATION:{zoom}",
        f"ORGANIZER;CN={sofia[0]}:mailto:{sofia[1]}",
        attendee(jamal[1], jamal[0], partstat="ACCEPTED"), attendee(karen[1], karen[0], partstat="ACCEPTED"),
        attendee(pete[1], pete[0], partstat="ACCEPTED"), attendee(OWNER, OWNER_NAME),
        "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    write(c, "01-greenhouse-virtual-onsite.eml", mail(
        c + "m1", frm=f"{sofia[0]} <no-reply@greenhouse.io>", reply_to=addr(*sofia),
        subject="Your virtual onsite with Meadowlark Analytics - Tuesday, September 15", date=sent, to=OWNER,
        text=text, htm=htm, msgid=mid(c + "id", "greenhouse.io", 24), sender="bounce@greenhouse.io",
        extra=[("X-Mailer", "Greenhouse")], mx=("mail.greenhouse.io", "198.2.180.16", rnd(c + "mx", 20)),
        attachments=[cal_attach("interview.ics", ics(cal))]))
    sent2 = T(CHI, 2026, 9, 10, 9, 4, 30)
    ps, pe = sess[3][0], sess[3][1]
    write(c, "02-invitation-pete-hm.eml", google_invite(
        c + "inv", title="Vlad / Pete - hiring manager chat (Meadowlark onsite)", start=ps, end=pe,
        organizer=pete, guests=[],
        description="Hi Vlad - putting my slot of your onsite on your calendar directly so you have my Meet "
                    "link handy in case Zoom acts up. Looking forward to it!\nPete",
        sent=sent2))
    label(c, [iv("Meadowlark Analytics", "Senior Full-Stack Engineer, Data Products", s, e, "scheduled",
                 [jamal[1], karen[1], pete[1]], [jamal[1], karen[1], pete[1]], "onsite")],
          "hard", "positive/virtual-onsite-loop",
          "Greenhouse itinerary (CDT with Bucharest times) + block .ics, plus a separate Google invite for the "
          "last session: one same-day loop = ONE onsite, 08:00-11:15 CDT (16:00-19:15 EEST). The coordinator "
          "only schedules.")


def case15():
    c = f"{PREFIX}-15-coding-test-deadline"
    sent = wd(T(UTC, 2026, 9, 25, 9, 0, 31), "Friday")
    dl = wd(off(T(BUC, 2026, 10, 2, 23, 59), 3), "Friday")
    foot = "Testforge · technical assessments for hiring teams. Candidate support: https://testforge.example/help"
    text = """Hi Vlad,

Vesper Cloud has invited you to take a coding test for the Full-Stack Engineer (Remote) position.

Test: Full-Stack Practical (React + Node)
Duration: 90 minutes, timed, auto-graded
Complete by: Friday, October 2, 2026, 11:59 PM EEST

The timer starts when you click Begin and can't be paused. After you submit, Vesper Cloud's hiring
team will review your results and get in touch about interviews.

Begin test: https://app.testforge.example/t/vesper-cloud/fs-practical?invite=TF-4419023

Good luck!
The Testforge team on behalf of Vesper Cloud"""
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Testforge//Candidate Reminders//EN", "VERSION:2.0", "METHOD:PUBLISH",
           "BEGIN:VEVENT", "UID:TF-4419023-deadline@testforge.example", f"DTSTAMP:{zstamp(sent)}",
           f"DTSTART;VALUE=DATE:{dl.strftime('%Y%m%d')}",
           f"DTEND;VALUE=DATE:{(dl + timedelta(days=1)).strftime('%Y%m%d')}",
           "SUMMARY:Deadline: Vesper Cloud coding test (Testforge)",
           "DESCRIPTION:" + esc("Complete the 90-minute Full-Stack Practical before 11:59 PM EEST.\n"
                                "https://app.testforge.example/t/vesper-cloud/fs-practical?invite=TF-4419023"),
           "TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR"]
    write(c, "01-testforge-coding-test.eml", mail(
        c + "m1", frm="Vesper Cloud via Testforge <invites@testforge.example>",
        subject="Vesper Cloud invited you to a coding test - due Fri, Oct 2", date=sent, to=OWNER,
        text=text + "\n\n" + foot + "\n", htm=platform_html("Testforge", "#0f766e", text, foot),
        msgid=mid(c + "id", "testforge.example", 20),
        mx=("out-3.testforge.example", "203.0.113.88", rnd(c + "mx", 20)),
        attachments=[cal_attach("deadline.ics", ics(cal), "PUBLISH")]))
    label(c, [], "medium", "negative/coding-test-deadline",
          "Timed, auto-graded coding test with a deadline and an all-day calendar hold; interviews only "
          "promised for later.")


def case16():
    c = f"{PREFIX}-16-ferncliff-standalone-outlook-gmt"
    keira = ("Keira Doyle", "keira.doyle@ferncliff.example")
    rhys = ("Rhys Pemberton", "rhys.pemberton@ferncliff.example")
    amit = ("Amit Sharma", "amit.sharma@ferncliff.example")
    s = wd(off(T(LON, 2026, 10, 26, 10, 0), 0), "Monday")
    e = s + timedelta(hours=1)
    assert s.astimezone(BUC).hour == 12
    tb = teams_block(c)
    desc = (f"Hi Vlad,\n\nAs discussed, here's your technical interview for the Full-Stack Engineer (Node/React) "
            f"role at Ferncliff Digital. You'll pair with {rhys[0]} (Lead Engineer) and {amit[0]} (Senior "
            f"Engineer) on a small feature in our booking app for about an hour. I'm only scheduling this and "
            f"won't be on the call.\n\nMonday 26 October, 10:00-11:00 UK time ({h24(s.astimezone(BUC))}-"
            f"{h24(e.astimezone(BUC))} in Bucharest).\n\nKeira\n\n{tb}")
    data = outlook_ics(c, method="REQUEST", tzid="GMT Standard Time", start=s, end=e, organizer=keira,
                       attendees=[(rhys[0], rhys[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                  (amit[0], amit[1], "REQ-PARTICIPANT", "ACCEPTED"),
                                  (OWNER_NAME, OWNER, "REQ-PARTICIPANT", "NEEDS-ACTION")],
                       summary="Ferncliff Digital - Technical Interview (pairing) - Vlad Marinescu",
                       description=desc, stamp=T(LON, 2026, 10, 19, 16, 44, 0))
    data = data.replace("PRODID:Microsoft Exchange Server 2010", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN")
    write(c, "01-ferncliff-technical-interview.ics", data)
    label(c, [iv("Ferncliff Digital", "Full-Stack Engineer (Node/React)", s, e, "scheduled", [rhys[1], amit[1]],
                 [rhys[1], amit[1]], "technical")],
          "medium", "positive/standalone-ics-windows-tzid",
          "Standalone Outlook .ics, TZID 'GMT Standard Time', Mon Oct 26 = first day after the UK/EU change: "
          "10:00 GMT = 10:00Z (not BST). Organizer Keira only schedules.")


def case17():
    c = f"{PREFIX}-17-user-runs-junior-interview"
    nikos = ("Nikos Dragoumis", "nikos.dragoumis@bluefintravel.example")
    sent1 = wd(T("Europe/Athens", 2026, 6, 9, 8, 30, 12), "Tuesday")
    text1 = """Hi Vlad,

As discussed on Friday's call - we're hiring a Junior Frontend Developer in-house and I'd love you
to run the 45-minute technical interviews, since you know the codebase best. I've shared your
Calendly link with the three shortlisted candidates. Bill the time to the Freelio contract as usual.

I'll send you the scorecard template separately.

Thanks!
Nikos

--
Nikos Dragoumis
Product Lead, Bluefin Travel
"""
    write(c, "01-nikos-junior-interviews.eml", mail(
        c + "m1", frm=addr(*nikos), subject="Could you run the tech interviews for our junior frontend role?",
        date=sent1, text=text1, mx=("mail-sor-f48.google.com", "209.85.220.48", rnd(c + "mx1", 20))))
    s = wd(off(T(BUC, 2026, 6, 16, 10, 0), 3), "Tuesday")
    e = s + timedelta(minutes=45)
    inv = ("Ilinca Georgescu", "ilinca.georgescu@postbox.example")
    sent2 = wd(T(UTC, 2026, 6, 10, 13, 5, 22), "Wednesday")
    text2 = f"""Hi Vlad Marinescu,

A new event has been scheduled.

Event Type:
Junior Frontend - Technical Interview (Bluefin Travel)

Invitee:
{inv[0]}

Invitee Email:
{inv[1]}

Event Date/Time:
{c12(s)} - {c12(e)} (Eastern European Time) Tuesday, June 16, 2026

Location:
This is a Google Meet web conference.
https://meet.google.com/hbt-qzcw-ryx

Invitee Time Zone:
Eastern European Time

Questions:
Link to your portfolio or GitHub
https://github.example/ilinca-g

View event in Calendly: https://calendly.com/app/scheduled_events/user/me

Pro Tip! Take Calendly anywhere you go with the mobile app.

Sent from Calendly
"""
    write(c, "02-calendly-new-event-host.eml", mail(
        c + "m2", frm="Calendly <notifications@calendly.com>", reply_to=addr(*inv),
        subject=f"New Event: {inv[0]} - {c12(s)} Tue, Jun 16, 2026 - Junior Frontend - Technical Interview (Bluefin Travel)",
        date=sent2, text=text2, to=OWNER, msgid=mid(c + "id2", "calendly.com", 24),
        sender="bounces@mail.calendly.com", mx=("mail.calendly.com", "149.72.170.61", rnd(c + "mx2", 20))))
    label(c, [], "hard", "negative/user-is-interviewer",
          "The owner (freelancing for Bluefin) is the Calendly host interviewing a junior candidate; the invitee "
          "is the candidate, so the owner is not being interviewed.")


def case18():
    c = f"{PREFIX}-18-codrii-romanian-technical"
    alina = ("Alina Mureșan", "alina.muresan@codrii.example")
    bogdan = ("Bogdan Pop", "bogdan.pop@codrii.example")
    sent1 = wd(T(BUC, 2026, 5, 7, 11, 42, 19), "Thursday")
    s = wd(off(T(BUC, 2026, 5, 14, 11, 0), 3), "Thursday")
    e = s + timedelta(hours=1)
    text1 = """Salut Vlad,

Mulțumim pentru aplicația la poziția de Full-Stack Developer (remote, normă întreagă). Ne-a plăcut
mult portofoliul tău de proiecte freelance și am vrea să trecem la interviul tehnic.

Îți propunem joi, 14 mai, de la ora 11:00 (ora României), aproximativ 60 de minute, pe Google Meet.
Din partea noastră vom fi eu și Bogdan Pop, Tech Lead (în CC). Vom discuta despre arhitectura unui
proiect pe care l-ai livrat și vom face un mic exercițiu de live coding în TypeScript.

Îți trimit imediat și invitația în calendar. Dacă ora nu îți convine, spune-mi și găsim altă variantă.

O zi bună,
Alina

--
Alina Mureșan
Talent Acquisition Specialist | Codrii Software
Cluj-Napoca · +40 264 555 017
"""
    htm1 = ('<div dir="ltr">' + text_to_html(text1).split('<div style="font-family:Arial,Helvetica,sans-serif;font-size:14px">')[1]
            .replace("</div></body></html>", "</div>") + "\n")
    htm1 = "<div dir=\"ltr\">" + htm1[len('<div dir="ltr">'):]
    write(c, "01-alina-interviu-tehnic.eml", mail(
        c + "m1", frm=addr(*alina), cc=addr(*bogdan),
        subject="Interviu tehnic – Full-Stack Developer (remote) – Codrii Software", date=sent1, text=text1,
        htm=htm1, text_cte="base64", html_cte="quoted-printable",
        mx=("mail-sor-f73.google.com", "209.85.220.73", rnd(c + "mx1", 20))))
    ro_subject = (f"Invitație: Interviu tehnic – Codrii Software (Vlad Marinescu) @ joi, 14 mai 2026 "
                  f"{h24(s)} - {h24(e)} (EEST) ({OWNER})")
    write(c, "02-invitatie-interviu.eml", google_invite(
        c + "inv", title="Interviu tehnic – Codrii Software (Vlad Marinescu)", start=s, end=e,
        organizer=alina, guests=[(bogdan[0], bogdan[1], "ACCEPTED")],
        description="Interviu tehnic pentru poziția de Full-Stack Developer (remote).\nAlina + Bogdan "
                    "(Tech Lead). Discuție de arhitectură + live coding în TypeScript.",
        sent=T(BUC, 2026, 5, 7, 11, 50, 3), lang="ro", subject=ro_subject))
    label(c, [iv("Codrii Software", "Full-Stack Developer", s, e, "scheduled", [alina[1], bogdan[1]],
                 [alina[1], bogdan[1]], "technical")],
          "medium", "positive/romanian-mail-and-invite",
          "Romanian-language recruiter mail (base64 UTF-8) plus a Romanian-localised Google invite for the same "
          "interview: joi 14 mai 11:00 EEST. Recruiter states she conducts it together with the Tech Lead.")


def case19():
    c = f"{PREFIX}-19-platform-spotlight-interview"
    lena = ("Lena Hartmann", "lena.hartmann@crafted.example")
    sent1 = wd(T("Europe/Berlin", 2026, 7, 14, 9, 10, 2), "Tuesday")
    s = wd(off(T("Europe/Berlin", 2026, 7, 21, 15, 0), 2), "Tuesday")
    assert s.astimezone(BUC).hour == 16
    text1 = """Hi Vlad,

I run content at Crafted. Your headless-commerce case study is one of the most-viewed portfolios on
the platform this quarter, and we'd love to feature you in "Made on Crafted", our freelancer
spotlight series (a blog article plus a short clip for the Crafted podcast).

It'd be a relaxed 45-minute interview on video about how you got into freelancing, how you price
projects, and your tips for developers who are just starting out. Nothing to prepare.

I've sent an invite for Tuesday 21 July at 15:00 Berlin time (16:00 for you) - feel free to move it.

Best,
Lena

Lena Hartmann
Content Lead, Crafted
"""
    write(c, "01-lena-spotlight-request.eml", mail(
        c + "m1", frm=addr(*lena), subject="Made on Crafted - interview for our freelancer spotlight?",
        date=sent1, text=text1, mx=("mail-sor-f52.google.com", "209.85.220.52", rnd(c + "mx1", 20))))
    write(c, "02-invitation-spotlight.eml", google_invite(
        c + "inv", title="Made on Crafted - Freelancer Spotlight interview (Vlad Marinescu)", start=s,
        end=s + timedelta(minutes=45), organizer=lena,
        guests=[("Jonas Weber", "jonas.weber@crafted.example", "ACCEPTED")],
        description="Spotlight interview for the Crafted blog + podcast clip. Jonas will record audio.",
        sent=T("Europe/Berlin", 2026, 7, 14, 9, 12, 40)))
    label(c, [], "medium", "negative/press-spotlight-interview",
          "Platform content team interviewing the freelancer for a blog/podcast feature (press interview), "
          "with a real Google invite.")


def case20():
    c = f"{PREFIX}-20-crafted-client-interview-utc-reminder"
    nadia_email = "nadia.frost@solventstudio.example"
    s = wd(T(UTC, 2026, 5, 20, 14, 0), "Wednesday")
    e = s + timedelta(minutes=30)
    sb = s.astimezone(BUC)
    assert sb.hour == 17 and sb.utcoffset() == timedelta(hours=3)
    foot = ("Crafted · the commission-free home for independents. You received this email because you have "
            "an active interview on Crafted. Notification settings: https://crafted.example/settings/notifications")
    sent1 = wd(T(UTC, 2026, 5, 13, 18, 22, 7), "Wednesday")
    text1 = f"""Hi Vlad,

Solvent Studio accepted the time you proposed. Here are the details:

Role: Full-Stack Developer (Full-time, Remote)
With: Nadia Frost, Head of Product (hiring manager)
When: Wed, May 20, 2026 · 14:00-14:30 UTC
Where: Crafted video room (the link goes live 10 minutes before)

Note from Nadia:
"Looking forward to it, Vlad! If anything comes up on your side, my email is {nadia_email}."

View interview: https://crafted.example/inbox/interviews/iv_{rnd(c + 'iv', 10)}

- The Crafted team"""
    write(c, "01-crafted-interview-booked.eml", mail(
        c + "m1", frm="Crafted <notifications@crafted.example>", subject="Interview booked: Solvent Studio · Wed, May 20",
        date=sent1, to=OWNER, text=text1 + "\n\n" + foot + "\n", htm=platform_html("Crafted", "#111111", text1, foot),
        msgid=mid(c + "id1", "crafted.example", 20), sender="bounce@mail.crafted.example",
        mx=("mail.crafted.example", "198.51.100.140", rnd(c + "mx1", 20))))
    sent2 = T(UTC, 2026, 5, 20, 13, 0, 4)
    text2 = f"""Your interview with Nadia Frost (Solvent Studio) starts in 1 hour - at {h24(sb)} your time (EEST).

Role: Full-Stack Developer (Full-time, Remote)

Join the video room: https://crafted.example/room/iv_{rnd(c + 'iv', 10)}

Tip: test your camera and microphone before joining."""
    write(c, "02-crafted-reminder.eml", mail(
        c + "m2", frm="Crafted <notifications@crafted.example>",
        subject="Starting in 1 hour: your interview with Solvent Studio", date=sent2, to=OWNER,
        text=text2 + "\n\n" + foot + "\n", htm=platform_html("Crafted", "#111111", text2, foot),
        msgid=mid(c + "id2", "crafted.example", 20), sender="bounce@mail.crafted.example",
        mx=("mail.crafted.example", "198.51.100.140", rnd(c + "mx2", 20))))
    label(c, [iv("Solvent Studio", "Full-Stack Developer", s, e, "scheduled", [nadia_email], [nadia_email],
                 "hiring_manager")],
          "medium", "positive/platform-booking-utc-plus-reminder",
          "Contra-style platform booking in UTC plus a same-day reminder in local EEST (one interview). The "
          "hiring manager gives her address in the relayed note, so she is interviewer and follow-up recipient.")


def case21():
    c = f"{PREFIX}-21-rejection-after-interview"
    sent = wd(T(UTC, 2026, 6, 12, 17, 40, 55), "Friday")
    text = """Hi Vlad,

Thank you for taking the time to interview with our team on Tuesday for the Full-Stack Engineer
(Remote - Europe) role. Everyone enjoyed meeting you, and we appreciated how openly you talked
about moving from freelance work to a permanent team.

After a lot of deliberation, we've decided to move forward with another candidate whose experience
more closely matches what we need right now. This was a close call.

We'd like to keep your details on file and may reach out about future openings and interviews.

Best wishes,
Maya Lindqvist
Talent Lead, Orchard Signal
"""
    write(c, "01-lever-application-update.eml", mail(
        c + "m1", frm="Orchard Signal <no-reply@hire.lever.co>",
        reply_to=addr("Maya Lindqvist", "maya.lindqvist@orchardsignal.example"),
        subject="Your application to Orchard Signal", date=sent, to=OWNER, text=text,
        msgid=mid(c + "id", "hire.lever.co", 24), sender="bounces@hire.lever.co",
        mx=("hire.lever.co", "192.0.2.44", rnd(c + "mx", 20))))
    label(c, [], "easy", "negative/rejection-after-interview",
          "Rejection referring to a past interview ('on Tuesday', no time, already happened).")


def case22():
    c = f"{PREFIX}-22-granitepeak-march-gap-mail-and-invite"
    leah = ("Leah Tanaka", "leah.tanaka@granitepeak.example")
    victor = ("Victor Almeida", "victor.almeida@granitepeak.example")
    s = wd(off(T(LAX, 2026, 3, 19, 8, 0), -7), "Thursday")
    e = s + timedelta(minutes=45)
    sb = s.astimezone(BUC)
    assert sb.hour == 17 and sb.utcoffset() == timedelta(hours=2)
    sent1 = wd(T(LAX, 2026, 3, 13, 10, 5, 27), "Friday")
    text1 = f"""Hi Vlad,

Great news - {victor[0]}, our Director of Engineering, would like to meet you for the hiring manager
interview for the Senior Full-Stack Engineer (Platform) role.

We've booked Thursday, March 19 at 8:00am PT for 45 minutes. Quick time-zone note: the US switched
to daylight saving time on March 8 but Romania doesn't change until March 29, so we're 9 hours
apart that week instead of 10 - that's 5:00pm your time. A calendar invite will follow from me.

Best,
Leah

Leah Tanaka | Senior Technical Recruiter | Granite Peak Software
"""
    m1 = gmail_mid(c + "m1id")
    write(c, "01-leah-hm-interview.eml", mail(
        c + "m1", frm=addr(*leah), subject="Granite Peak - hiring manager interview Thursday", date=sent1,
        text=text1, msgid=m1, mx=("mail-sor-f41.google.com", "209.85.220.41", rnd(c + "mx1", 20))))
    write(c, "02-invitation-hm-interview.eml", google_invite(
        c + "inv", title="Granite Peak Software: Hiring Manager Interview - Vlad Marinescu", start=s, end=e,
        organizer=leah, guests=[(victor[0], victor[1], "ACCEPTED")],
        description=f"Interview with {victor[0]} (Director of Engineering) for the Senior Full-Stack Engineer "
                    "(Platform) role. Leah Tanaka is coordinating and will not attend.",
        sent=T(LAX, 2026, 3, 13, 10, 9, 51)))
    label(c, [iv("Granite Peak Software", "Senior Full-Stack Engineer (Platform)", s, e, "scheduled",
                 [victor[1]], [victor[1]], "hiring_manager")],
          "medium", "positive/dedupe-mail-and-invite-dst-gap",
          "Recruiter mail + Google invite for the same interview (ONE). Mar 19 is in the US-DST/EU-standard gap: "
          "8:00 PDT = 15:00Z = 17:00 EET. The recruiter organizes but does not attend.")


# ============================================================================= main
CASES = [case01, case02, case03, case04, case05, case06, case07, case08, case09, case10, case11,
         case12, case13, case14, case15, case16, case17, case18, case19, case20, case21, case22]


def readme():
    pos = [k for k, v in LABELS.items() if v["interview"]]
    neg = [k for k, v in LABELS.items() if not v["interview"]]
    ivs = [i for v in LABELS.values() for i in v["interviews"]]
    sch = sum(1 for i in ivs if i["status"] == "scheduled")
    can = sum(1 for i in ivs if i["status"] == "cancelled")
    lines = [
        "# blind189: freelance platforms to full-time remote, Bucharest (EET/EEST) vs US/UK clients (written blind)",
        "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a full-stack developer (React/Node/TypeScript) in Bucharest "
        "who has been freelancing through Upwork/Toptal/Contra/Braintrust-style platforms and is now looking "
        "for full-time remote work with US, UK and European companies.",
        "",
        "The set was written blind: without reading the tool's code, its tests or other evaluation sets; only "
        "the corpus README (label rules) and a handful of dev files (for the file formats only) were consulted. All "
        "files are produced by `make_cases.py` (deterministic; run it to regenerate).",
        "",
        "## What it stresses",
        "- Platform flows: a platform's own talent-team screening call and technical interview (count as "
        "interviews), client interview invitations relayed by a platform (client address hidden -> empty "
        "recipients), platform booking confirmations in UTC plus reminders in local time, a platform message "
        "with a Calendly link followed by the Calendly confirmation.",
        "- Look-alikes with hiring vocabulary and real calendar data: freelance contract kickoff, milestone "
        "review with a current client, platform 'profile review' webinar (Zoom), automated English test, "
        "payment-dispute mediation call ('the mediator may interview each party'), timed coding test "
        "deadline, the owner interviewing a junior candidate for a client (Calendly host), a platform "
        "spotlight/podcast interview, a rejection after an interview.",
        "- Time zones: Europe/Bucharest against America/New_York, America/Los_Angeles, America/Chicago, "
        "America/Toronto, Europe/London, Europe/Berlin, UTC. DST points: the US-DST/EU-standard gaps "
        "(Mar 8-28 and Oct 25-31, 2026: New York 6 h and Los Angeles 9 h behind Bucharest), a reschedule across "
        "the UK/EU change on Mar 29 (GMT -> BST), an Outlook 'GMT Standard Time' interview on Oct 26 (day after "
        "the change back), the Outlook '(UTC-05:00)' display label during EDT, and Calendly's 'Eastern "
        "European Time' label in July (actually EEST, +03:00).",
        "- Dedupe (mail + invite, itinerary + separate session invite, booking + reminder), a reschedule "
        "(Google SEQUENCE 1), a cancellation (Exchange METHOD:CANCEL), a same-day virtual onsite, Romanian "
        "language mail and a Romanian-localised Google invite, coordinators who schedule but do not interview.",
        "",
        "## Counts",
        f"- {len(LABELS)} cases: {len(pos)} positive, {len(neg)} negative",
        f"- {len(ivs)} labelled interviews: {sch} scheduled, {can} cancelled "
        "(one case holds two interviews)",
        "",
        "## Formats",
        "- `.eml`: Google Calendar invitations (multipart/mixed, base64 text/plain, quoted-printable HTML, "
        "text/calendar method=REQUEST + invite.ics), an Exchange/Teams invite and its cancellation "
        "(multipart/alternative with text/calendar, Windows TZID), Calendly invitee and host notifications "
        "with .ics, Greenhouse itinerary with .ics, Zoom webinar registration, Lever mail, platform "
        "notifications (HTML + text), Gmail/Outlook human threads with In-Reply-To/References and quotes, "
        "base64 UTF-8 Romanian body.",
        "- `.ics`: one standalone Outlook file (METHOD:REQUEST, 'GMT Standard Time').",
        "- `.gcal.json`: one Google Calendar API v3 event (America/Toronto).",
        "",
        "## Cases",
    ]
    for k, v in LABELS.items():
        lines.append(f"- `{k}` - {v['category']} ({v['difficulty']})")
    return "\n".join(lines) + "\n"


def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith(PREFIX + "-") and os.path.isdir(p):
            shutil.rmtree(p)
    LABELS.clear()
    for fn in CASES:
        fn()
    names = sorted(LABELS)
    assert names == list(LABELS), "cases must be generated in order"
    assert sorted(os.listdir(HERE)) == sorted(set(os.listdir(HERE)))
    for k in names:
        assert os.path.isdir(os.path.join(HERE, k)), k
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        yaml.safe_dump(LABELS, f, sort_keys=False, allow_unicode=True, width=100)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(readme())
    print(f"wrote {len(LABELS)} cases")


if __name__ == "__main__":
    main()
