#!/usr/bin/env python3
"""Regenerate the blind185 evaluation set (Austin PMM interviewing at B2B SaaS companies).

Deterministic: fixed dates, Message-IDs, boundaries and UIDs; running it twice gives identical bytes.
Only the standard library, PyYAML and zoneinfo are used. Every case folder and labels.yaml are
rewritten next to this file.
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

CT = ZoneInfo("America/Chicago")
PT = ZoneInfo("America/Los_Angeles")
ET = ZoneInfo("America/New_York")
AZ = ZoneInfo("America/Phoenix")
UTC = timezone.utc

OWNER = "marisol.vance@example.com"
OWNER_NAME = "Marisol Vance"
WORK = "marisol.vance@tallgrass-freight.example"   # current employer; auto-forwards to OWNER

# --------------------------------------------------------------------------------------------
# small deterministic helpers
# --------------------------------------------------------------------------------------------

def hx(seed, n=16):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def alnum(seed, n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    h = hashlib.sha256(seed.encode()).digest()
    while len(h) < n:
        h += hashlib.sha256(h).digest()
    return "".join(alphabet[b % len(alphabet)] for b in h[:n])


def meet_code(seed):
    s = alnum(seed, 10, "abcdefghijklmnopqrstuvwxyz")
    return f"{s[:3]}-{s[3:7]}-{s[7:]}"


def zoom_id(seed):
    return "8" + alnum(seed, 10, "0123456789")


def gmail_mid(seed):
    return "<CA" + alnum(seed, 40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_") + "@mail.gmail.com>"


def outlook_mid(seed, tenant="NAM"):
    a = alnum(seed, 12, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
    return f"<{a[:6]}{a[6:]}@{tenant}04PR12MB{alnum(seed + 'x', 4, '0123456789')}.namprd04.prod.outlook.com>"


def dt(y, mo, d, h, mi, tz, s=0):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


def W(d, name):
    """Return a weekday name after asserting it is correct for d."""
    assert d.strftime("%A") == name, (d, name)
    return name


def wd(d):
    return d.strftime("%A")


def hm(d):            # 1:00 PM
    return f"{d.hour % 12 or 12}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def hml(d):           # 1:00pm
    return f"{d.hour % 12 or 12}:{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"


def gh(d):            # Google style 1pm / 1:45pm
    base = f"{d.hour % 12 or 12}" + (f":{d.minute:02d}" if d.minute else "")
    return base + ("am" if d.hour < 12 else "pm")


def long_date(d):     # Tuesday, March 10, 2026
    return f"{d:%A}, {d:%B} {d.day}, {d.year}"


def mdy(d):           # March 10, 2026
    return f"{d:%B} {d.day}, {d.year}"


def short_md(d):      # Mar 10
    return f"{d:%b} {d.day}"


def slash(d):         # 3/10
    return f"{d.month}/{d.day}"


def iso(d):
    return d.isoformat()


def ics_utc(d):
    return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ics_local(d):
    return d.strftime("%Y%m%dT%H%M%S")


def rfc_date(d):
    return format_datetime(d)


def A(name, email):
    return formataddr((name, email), charset="utf-8")


def H(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(maxlinelen=76)


# --------------------------------------------------------------------------------------------
# iCalendar
# --------------------------------------------------------------------------------------------

def fold(line):
    out, cur, n = [], "", 0
    for ch in line:
        b = len(ch.encode("utf-8"))
        if n + b > 75:
            out.append(cur)
            cur, n = " ", 1
        cur += ch
        n += b
    out.append(cur)
    return "\r\n".join(out)


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def ics_doc(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def vtz_olson(tzid):
    if tzid == "America/Phoenix":
        return ["BEGIN:VTIMEZONE", "TZID:America/Phoenix", "X-LIC-LOCATION:America/Phoenix",
                "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0700", "TZNAME:MST",
                "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"]
    std, dst, sn, dn = {"America/Chicago": ("-0600", "-0500", "CST", "CDT"),
                        "America/New_York": ("-0500", "-0400", "EST", "EDT"),
                        "America/Los_Angeles": ("-0800", "-0700", "PST", "PDT")}[tzid]
    return ["BEGIN:VTIMEZONE", f"TZID:{tzid}", f"X-LIC-LOCATION:{tzid}",
            "BEGIN:DAYLIGHT", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}", f"TZNAME:{dn}",
            "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}", f"TZNAME:{sn}",
            "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            "END:VTIMEZONE"]


def vtz_windows(name):
    std, dst = {"Central Standard Time": ("-0600", "-0500"),
                "Eastern Standard Time": ("-0500", "-0400"),
                "Pacific Standard Time": ("-0800", "-0700")}[name]
    return ["BEGIN:VTIMEZONE", f"TZID:{name}",
            "BEGIN:STANDARD", "DTSTART:16010101T020000", f"TZOFFSETFROM:{dst}", f"TZOFFSETTO:{std}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", f"TZOFFSETFROM:{std}", f"TZOFFSETTO:{dst}",
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


def att(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", google=False):
    p = f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE"
    if name:
        p += f";CN={name}"
    if google:
        p += ";X-NUM-GUESTS=0"
    return p + f":mailto:{email}"


def google_ics(method, uid, start, end, stamp, created, organizer, attendees, summary, description,
               seq=0, status="CONFIRMED", meet=None, location=""):
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT",
             f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}", f"DTSTAMP:{ics_utc(stamp)}",
             f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}", f"UID:{uid}"]
    for a in attendees:
        lines.append(att(a[0], a[1], a[2], a[3] if len(a) > 3 else "REQ-PARTICIPANT", google=True))
    if meet:
        lines.append(f"X-GOOGLE-CONFERENCE:https://meet.google.com/{meet}")
    desc = description
    if meet:
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-"
                 f"\nJoin with Google Meet: https://meet.google.com/{meet}\n\nLearn more about Meet at: "
                 "https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section."
                 "\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    lines += [f"CREATED:{ics_utc(created)}", f"DESCRIPTION:{esc(desc)}", f"LAST-MODIFIED:{ics_utc(stamp)}",
              f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", f"STATUS:{status}", f"SUMMARY:{esc(summary)}",
              "TRANSP:OPAQUE"]
    if method != "CANCEL":
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder",
                  "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ics_doc(lines)


# --------------------------------------------------------------------------------------------
# MIME
# --------------------------------------------------------------------------------------------

class Part:
    def __init__(self, ctype, text=None, data=None, cte="7bit", charset="UTF-8", params=(), extra=()):
        self.ctype, self.text, self.data, self.cte = ctype, text, data, cte
        self.charset, self.params, self.extra = charset, params, extra

    def head(self):
        ct = self.ctype
        if self.charset:
            ct += f'; charset="{self.charset}"'
        for k, v in self.params:
            ct += f"; {k}={v}"
        return [f"Content-Type: {ct}"] + list(self.extra) + [f"Content-Transfer-Encoding: {self.cte}"]

    def body(self):
        raw = self.data if self.data is not None else self.text.encode("utf-8")
        if self.cte == "base64":
            return base64.encodebytes(raw).decode("ascii").rstrip("\n")
        if self.cte == "quoted-printable":
            return quopri.encodestring(raw).decode("ascii").rstrip("\n")
        return raw.decode("utf-8").rstrip("\n")


class Multi:
    def __init__(self, subtype, boundary, parts):
        self.subtype, self.boundary, self.parts = subtype, boundary, parts

    def head(self):
        return [f'Content-Type: multipart/{self.subtype}; boundary="{self.boundary}"']

    def body(self):
        out = []
        for p in self.parts:
            out.append(f"--{self.boundary}")
            out.append("\n".join(p.head()))
            out.append("")
            out.append(p.body())
            out.append("")
        out.append(f"--{self.boundary}--")
        return "\n".join(out)


def received(host, ip, d, seed):
    return ("Received", f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id "
                        f"{alnum(seed, 12)}.{alnum(seed + 'r', 4)}\n        for <{OWNER}>\n"
                        f"        (version=TLS1_3 cipher=TLS_AES_128_GCM_SHA256 bits=128/128);\n"
                        f"        {rfc_date((d + timedelta(seconds=2)).astimezone(ZoneInfo('America/Los_Angeles')))}")


def eml(headers, root, forwarded_from_work=False):
    lines = [f"Delivered-To: {OWNER}"]
    if forwarded_from_work:
        lines += [f"X-Forwarded-To: {OWNER}", f"X-Forwarded-For: {WORK} {OWNER}", f"Delivered-To: {WORK}"]
    for k, v in headers:
        if v is None:
            continue
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0")
    lines += root.head()
    return "\n".join(lines) + "\n\n" + root.body() + "\n"


def to_html(text, font="arial,sans-serif"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = p.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>".join(linkify(html.escape(l.lstrip("> ").rstrip())) for l in lines)
            out.append(f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                       f'border-left:1px solid rgb(204,204,204);padding-left:1ex">{inner}</blockquote>')
        else:
            out.append("<div>" + "<br>".join(linkify(html.escape(l)) for l in lines) + "</div><div><br></div>")
    return (f'<div dir="ltr"><div style="font-family:{font}">' + "\n".join(out) + "</div></div>\n")


def linkify(s):
    words = s.split(" ")
    for i, w in enumerate(words):
        if w.startswith("https://"):
            u = w.rstrip(".,)")
            words[i] = w.replace(u, f'<a href="{u}">{u}</a>')
    return " ".join(words)


def gmail_alt(seed, text, html_text=None):
    b = "0000000000" + alnum(seed + "b", 16, "0123456789abcdef")
    try:
        text.encode("ascii")
        long_line = any(len(l) > 76 for l in text.split("\n"))
        plain = Part("text/plain", text, cte="quoted-printable" if long_line else "7bit")
    except UnicodeEncodeError:
        plain = Part("text/plain", text, cte="quoted-printable")
    return Multi("alternative", b, [plain, Part("text/html", html_text or to_html(text), cte="quoted-printable")])


def gmail_mail(seed, date, frm, to, subject, text, cc=None, reply_to=None, in_reply_to=None, refs=None,
               sender_host="mail-sor-f41.google.com", ip="209.85.220.41", work=False, html_text=None):
    mid = gmail_mid(seed)
    hdr = [received(sender_host, ip, date, seed), ("Return-Path", f"<{frm[1]}>"),
           ("From", A(*frm)), ("Date", rfc_date(date)), ("Message-ID", mid),
           ("Subject", H(subject)), ("To", to), ("Cc", cc), ("Reply-To", reply_to),
           ("In-Reply-To", in_reply_to), ("References", refs)]
    return eml(hdr, gmail_alt(seed, text, html_text), forwarded_from_work=work), mid


GCAL_FOOTER = ("Invitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
               "You are receiving this email because you are an attendee on the event.\n\n"
               "Forwarding this invitation could allow any recipient to send a response to the organizer, "
               "be added to the guest list, invite others regardless of their own invitation status, or "
               "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding")

TZ_LABEL = {"America/Chicago": "Central Time - Chicago", "America/Los_Angeles": "Pacific Time - Los Angeles",
            "America/New_York": "Eastern Time - New York"}


def google_invite(seed, date, kind, organizer, guests, summary, start, end, show_tz, description,
                  uid, seq=0, created=None, meet=None, me=OWNER, work=False, phone=None):
    """kind: Invitation | Updated invitation | Canceled event. guests: (name, email, partstat[, role])."""
    s, e = start.astimezone(show_tz), end.astimezone(show_tz)
    when = f"{s:%a} {s:%b} {s.day}, {s.year} {gh(s)} - {gh(e)} ({s:%Z})"
    subject = f"{kind}: {summary} @ {when} ({me})"
    eid = base64.urlsafe_b64encode(f"{uid.split('@')[0]} {me}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}"
    t = []
    if kind == "Canceled event":
        t.append("This event has been canceled.\n")
    elif kind == "Updated invitation":
        t.append("This event has been updated\nChanged: time\n")
    t.append(f"{summary}\n{s:%A} {s:%b} {s.day}, {s.year} \u22c5 {gh(s)} \u2013 {gh(e)}\n{TZ_LABEL[show_tz.key]}\n")
    if meet and kind != "Canceled event":
        t.append(f"Join with Google Meet\nhttps://meet.google.com/{meet}\n")
        if phone:
            t.append(f"Join by phone\n(US) {phone[0]}\nPIN: {phone[1]}\n")
    t.append(f"Organizer\n{organizer[0]}\n{organizer[1]}\n")
    g = ["Guests"]
    for x in guests:
        g.append(f"{x[0]}{' - organizer' if x[1] == organizer[1] else ''}\n{x[1]}" if x[0] else x[1])
    t.append("\n".join(g) + f"\nView all guest info {view}\n")
    if description:
        t.append(description + "\n")
    if kind != "Canceled event":
        t.append(f"Reply for {me} and view more details {view}\n")
    t.append("~~//~~\n" + GCAL_FOOTER)
    text = "\n".join(t)
    html_text = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 '<body><div style="font-family:Roboto,Helvetica,Arial,sans-serif">'
                 + "".join("<p>" + linkify(html.escape(p)).replace("\n", "<br>") + "</p>\n"
                           for p in text.split("\n\n")) + "</div></body></html>\n")
    method = "CANCEL" if kind == "Canceled event" else "REQUEST"
    stamp = date.astimezone(UTC).replace(tzinfo=UTC)
    cal = google_ics(method, uid, start, end, stamp, created or stamp, organizer,
                     [(x[0], x[1], x[2]) + tuple(x[3:]) for x in guests], summary, description, seq=seq,
                     status="CANCELLED" if method == "CANCEL" else "CONFIRMED", meet=meet)
    b1 = "0000000000" + alnum(seed + "m", 16, "0123456789abcdef")
    b2 = "0000000000" + alnum(seed + "a", 16, "0123456789abcdef")
    alt = Multi("alternative", b2, [
        Part("text/plain", text, cte="base64", params=(("format", "flowed"), ("delsp", "yes"))),
        Part("text/html", html_text, cte="quoted-printable"),
        Part("text/calendar", cal, cte="base64", params=(("method", method),))])
    root = Multi("mixed", b1, [alt, Part("application/ics", data=cal.encode(), cte="base64", charset=None,
                                         params=(('name', '"invite.ics"'),),
                                         extra=('Content-Disposition: attachment; filename="invite.ics"',))])
    mid = f"<calendar-{hx(seed + 'c', 8)}-{hx(seed + 'd', 4)}-{hx(seed + 'e', 4)}-{hx(seed + 'f', 4)}-{hx(seed + 'g', 12)}@google.com>"
    hdr = [received("mail-sor-f73.google.com", "209.85.220.73", date, seed),
           ("Return-Path", f"<{alnum(seed, 22)}@calendar-server.bounces.google.com>"),
           ("Reply-To", A(*organizer)), ("Sender", "Google Calendar <calendar-notification@google.com>"),
           ("Message-ID", mid), ("Date", rfc_date(date.astimezone(UTC))), ("Subject", H(subject)),
           ("From", A(*organizer)), ("To", me)]
    return eml(hdr, root, forwarded_from_work=work)


def gcal_event(id_, summary, description, organizer, attendees, start, end, tzname, created, updated,
               meet=None, seq=0, location=None, self_email=OWNER):
    ev = {"kind": "calendar#event", "etag": f"\"{int(hx(id_ + 'etag', 12), 16) % 10**16:016d}\"",
          "id": id_, "status": "confirmed",
          "htmlLink": "https://www.google.com/calendar/event?eid="
                      + base64.urlsafe_b64encode(f"{id_} {self_email}".encode()).decode().rstrip("="),
          "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + f"{int(hx(id_, 3), 16) % 1000:03d}Z",
          "summary": summary}
    if description:
        ev["description"] = description
    if location:
        ev["location"] = location
    ev["creator"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["organizer"] = {"email": organizer[1], "displayName": organizer[0]}
    ev["start"] = {"dateTime": start.isoformat(), "timeZone": tzname}
    ev["end"] = {"dateTime": end.isoformat(), "timeZone": tzname}
    ev["iCalUID"] = f"{id_}@google.com"
    ev["sequence"] = seq
    al = []
    for a in attendees:
        d = {"email": a[1]}
        if a[0]:
            d["displayName"] = a[0]
        if a[1] == organizer[1]:
            d["organizer"] = True
        if a[1] == self_email:
            d["self"] = True
        d["responseStatus"] = a[2]
        al.append(d)
    ev["attendees"] = al
    if meet:
        ev["hangoutLink"] = f"https://meet.google.com/{meet}"
        ev["conferenceData"] = {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{meet}",
                             "label": f"meet.google.com/{meet}"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet",
                                   "iconUri": "https://fonts.gstatic.com/s/i/productlogos/meet_2020q4/v6/web-512dp/logo_meet_2020q4_color_2x_web_512dp.png"},
            "conferenceId": meet}
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return json.dumps(ev, indent=2, ensure_ascii=False) + "\n"


def vendor_html(title, rows, intro, footer, accent="#1a73e8"):
    r = "".join(f'<tr><td style="padding:4px 12px 4px 0;color:#666;vertical-align:top">{html.escape(k)}</td>'
                f'<td style="padding:4px 0">{linkify(html.escape(v)).replace(chr(10), "<br>")}</td></tr>' for k, v in rows)
    return ('<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f5f7">'
            '<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">'
            '<table role="presentation" width="560" style="background:#ffffff;font-family:Helvetica,Arial,sans-serif;'
            f'font-size:14px;color:#1f2328"><tr><td style="padding:24px;border-top:4px solid {accent}">'
            f'<h2 style="margin:0 0 12px 0;font-size:20px">{html.escape(title)}</h2>'
            + "".join(f"<p>{linkify(html.escape(p)).replace(chr(10), '<br>')}</p>" for p in intro.split("\n\n"))
            + f'<table role="presentation" cellpadding="0" cellspacing="0">{r}</table>'
            + "".join(f'<p style="color:#888;font-size:12px">{linkify(html.escape(p))}</p>' for p in footer.split("\n\n"))
            + "</td></tr></table></td></tr></table></body></html>\n")


def vendor_text(title, rows, intro, footer):
    return (title + "\n\n" + intro + "\n\n" + "\n".join(f"{k}: {v}" if "\n" not in v else f"{k}:\n{v}" for k, v in rows)
            + "\n\n" + footer + "\n")


def simple_ics(prodid, method, uid, start, end, stamp, summary, description, organizer, attendees,
               location="", seq=0, status="CONFIRMED", tzid=None, url=None, extra=()):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{prodid}", "CALSCALE:GREGORIAN", f"METHOD:{method}"]
    if tzid:
        lines += vtz_olson(tzid)
    lines += ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{ics_utc(stamp)}"]
    if tzid:
        lines += [f"DTSTART;TZID={tzid}:{ics_local(start.astimezone(ZoneInfo(tzid)))}",
                  f"DTEND;TZID={tzid}:{ics_local(end.astimezone(ZoneInfo(tzid)))}"]
    else:
        lines += [f"DTSTART:{ics_utc(start)}", f"DTEND:{ics_utc(end)}"]
    lines += [f"SUMMARY:{esc(summary)}", f"DESCRIPTION:{esc(description)}", f"LOCATION:{esc(location)}"]
    if url:
        lines.append(f"URL:{url}")
    if organizer:
        lines.append(f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}")
    for a in attendees:
        lines.append(att(a[0], a[1], a[2], a[3] if len(a) > 3 else "REQ-PARTICIPANT"))
    lines += [f"SEQUENCE:{seq}", f"STATUS:{status}", "TRANSP:OPAQUE"] + list(extra) + ["END:VEVENT", "END:VCALENDAR"]
    return ics_doc(lines)


def vendor_mail(seed, date, frm, subject, text, html_text, reply_to=None, to=OWNER, ics=None,
                ics_name="invite.ics", method="REQUEST", mid_domain="mail.example", extra_headers=(),
                work=False, text_cte="quoted-printable", host="o1.ptr1234.sendgrid.net", ip="167.89.101.14"):
    alt = Multi("alternative", "--==_mimepart_" + alnum(seed + "alt", 20, "0123456789abcdef"),
                [Part("text/plain", text, cte=text_cte), Part("text/html", html_text, cte="quoted-printable")])
    if ics:
        root = Multi("mixed", "--==_mimepart_" + alnum(seed + "mix", 20, "0123456789abcdef"),
                     [alt, Part("text/calendar", data=ics.encode(), cte="base64",
                                params=(("method", method), ("name", f'"{ics_name}"')),
                                extra=(f'Content-Disposition: attachment; filename="{ics_name}"',))])
    else:
        root = alt
    hdr = [received(host, ip, date, seed), ("Return-Path", f"<bounces+{alnum(seed, 8, '0123456789')}@{mid_domain}>"),
           ("From", frm), ("Reply-To", reply_to), ("To", to), ("Subject", H(subject)),
           ("Date", rfc_date(date)), ("Message-ID", f"<{alnum(seed + 'mid', 24)}@{mid_domain}>")] + list(extra_headers)
    return eml(hdr, root, forwarded_from_work=work)


def outlook_invite(seed, date, organizer, to_list, subject, start, end, win_tz, text, location, attendees,
                   uid, seq=0, cc=None, work=False, method="REQUEST", status="CONFIRMED", zoom_url=None):
    tz = {"Eastern Standard Time": ET, "Central Standard Time": CT, "Pacific Standard Time": PT}[win_tz]
    lines = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += vtz_windows(win_tz)
    lines += ["BEGIN:VEVENT", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for a in attendees:
        lines.append(f"ATTENDEE;ROLE={a[3] if len(a) > 3 else 'REQ-PARTICIPANT'};PARTSTAT={a[2]};RSVP=TRUE;CN={a[0]}:mailto:{a[1]}")
    lines += [f"DESCRIPTION;LANGUAGE=en-US:{esc(text)}", f"UID:{uid}", f"SUMMARY;LANGUAGE=en-US:{esc(subject)}",
              f"DTSTART;TZID={win_tz}:{ics_local(start.astimezone(tz))}",
              f"DTEND;TZID={win_tz}:{ics_local(end.astimezone(tz))}", "CLASS:PUBLIC", "PRIORITY:5",
              f"DTSTAMP:{ics_utc(date)}", "TRANSP:OPAQUE", f"STATUS:{status}", f"SEQUENCE:{seq}",
              f"LOCATION;LANGUAGE=en-US:{esc(location)}", f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
              f"X-MICROSOFT-CDO-OWNERAPPTID:{int(hx(uid, 8), 16) % 2000000000}",
              "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
              "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
              "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}",
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    cal = ics_doc(lines)
    html_text = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                 '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"></head><body lang="EN-US">'
                 '<div class="WordSection1">'
                 + "".join(f'<p class="MsoNormal">{linkify(html.escape(p)).replace(chr(10), "<br>")}<o:p></o:p></p>'
                           for p in text.split("\n\n")) + "</div></body></html>\n")
    b = f"_000_{alnum(seed, 28, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}namp_"
    root = Multi("alternative", b, [Part("text/plain", text, cte="quoted-printable", charset="us-ascii"),
                                    Part("text/html", html_text, cte="quoted-printable", charset="us-ascii"),
                                    Part("text/calendar", cal, cte="base64", charset="utf-8",
                                         params=(("method", method),))])
    hdr = [received("NAM12-DM6-obe.outbound.protection.outlook.com", "40.107.243.60", date, seed),
           ("From", A(*organizer)), ("To", to_list), ("Cc", cc), ("Subject", H(subject)),
           ("Thread-Topic", H(subject)), ("Thread-Index", base64.b64encode(bytes.fromhex(hx(seed, 44))).decode()),
           ("Date", rfc_date(date)), ("Message-ID", outlook_mid(seed)), ("Accept-Language", "en-US"),
           ("Content-Language", "en-US"), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
           ("X-MS-Exchange-Organization-AuthAs", "Anonymous")]
    return eml(hdr, root, forwarded_from_work=work)


# --------------------------------------------------------------------------------------------
# signatures and people
# --------------------------------------------------------------------------------------------
ME = (OWNER_NAME, OWNER)
SIG_ME = "Marisol\n\n--\nMarisol Vance\nAustin, TX | (512) 555-0187\nlinkedin.com/in/marisol-vance-pmm"

CASES = {}
LABELS = {}


def case(cid, items, label):
    CASES[cid] = items
    LABELS[cid] = dict(user=OWNER, **label)


def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers), "followup_recipients": list(followups),
            "kind": kind}


def quote(text):
    return "\n".join("> " + l if l else ">" for l in text.split("\n"))


def on_wrote(d, who):
    return f"On {d:%a}, {d:%b} {d.day}, {d.year} at {hm(d)} {who[0]} <{who[1]}> wrote:"


# --------------------------------------------------------------------------------------------
# vendor-specific builders
# --------------------------------------------------------------------------------------------

def calendly_mail(seed, date, status, event_name, host, start, end, location, reason=None, extra_note=None,
                  uuid=None, reply_to=True):
    """Calendly e-mail confirmation / cancellation sent to the invitee (times in invitee's zone)."""
    s, e = start.astimezone(CT), end.astimezone(CT)
    when = f"{hml(s)} - {hml(e)} (Central Time - US & Canada)"
    if status == "Confirmed":
        subject = f"Confirmed: {event_name} with {host[0]} on {long_date(s)}"
        intro = (f"Hi {OWNER_NAME},\n\nYour {event_name} with {host[0]} at {hml(s)} (Central Time - US & Canada) "
                 f"on {long_date(s)} is scheduled.")
    else:
        subject = f"Canceled: {event_name} with {host[0]} on {long_date(s)}"
        intro = (f"Hi {OWNER_NAME},\n\n{host[0]} has canceled the event below."
                 + (f"\n\nReason for canceling: \"{reason}\"" if reason else ""))
    rows = [("Event Type", event_name), ("Event Date/Time", f"{when} on {long_date(s)}"),
            ("Invitee", OWNER_NAME), ("Invitee Email", OWNER)]
    if location:
        rows.append(("Location", location))
    if extra_note:
        rows.append(("Additional notes", extra_note))
    links = (f"Need to make changes to this event?\nCancel: https://calendly.com/cancellations/{uuid}\n"
             f"Reschedule: https://calendly.com/reschedulings/{uuid}") if status == "Confirmed" else \
        "Want to book another time? Contact the host for a new scheduling link."
    footer = links + "\n\nPowered by Calendly.com"
    text = vendor_text("", rows, intro, footer).lstrip("\n")
    htm = vendor_html(subject.split(":")[0], rows, intro, footer.replace("\n", " "), accent="#006bff")
    ics = None
    if status == "Confirmed":
        ics = simple_ics("-//Calendly//Calendly Scheduling//EN", "REQUEST", f"{uuid}@calendly.com", start, end,
                         date.astimezone(UTC), f"{event_name} between {host[0]} and {OWNER_NAME}",
                         f"Event Name: {event_name}\n\nLocation: {location}\n\nNeed to make changes to this event?\n"
                         f"Cancel: https://calendly.com/cancellations/{uuid}\n"
                         f"Reschedule: https://calendly.com/reschedulings/{uuid}\n\nPowered by Calendly.com",
                         host, [(OWNER_NAME, OWNER, "ACCEPTED"), (host[0], host[1], "ACCEPTED")],
                         location=location)
    return vendor_mail(seed, date, "Calendly <notifications@calendly.com>", subject, text, htm,
                       reply_to=A(*host) if reply_to else None, ics=ics, mid_domain="calendly.com",
                       extra_headers=(("X-Calendly-Sender-Email", host[1]),
                                      ("X-Calendly-Sender-Event-ID", uuid)))


# ============================================================================================
# POSITIVE CASES
# ============================================================================================

def c01():
    cid = "b185-01-calendly-recruiter-screen"
    dana = ("Dana Whitlock", "dana.whitlock@lumenfield.example")
    d1 = dt(2026, 2, 17, 9, 42, CT, 11)
    t1 = (f"Hi Marisol,\n\nThanks for applying for the Senior Product Marketing Manager role at Lumenfield. "
          "Your launch work on the carrier-portal rollout at Tallgrass really stood out to our hiring team.\n\n"
          "As a next step I'd love to set up a 30-minute intro call so I can tell you more about the team and "
          "hear what you're looking for. Grab whatever slot works for you here:\n"
          "https://calendly.com/dana-whitlock-lumenfield/pmm-intro-30\n\n"
          "Calendly should show the times in your local zone. If nothing fits, just reply and I'll open up more "
          "time.\n\nBest,\nDana\n\nDana Whitlock | Senior Technical Recruiter\nLumenfield - revenue analytics for "
          "modern finance teams\ndana.whitlock@lumenfield.example")
    m1, mid1 = gmail_mail(cid + "1", d1, dana, OWNER, "Next steps - Senior Product Marketing Manager, Lumenfield", t1)
    s = dt(2026, 2, 19, 10, 0, CT)
    W(s, "Thursday")
    m2 = calendly_mail(cid + "2", dt(2026, 2, 17, 14, 5, CT, 37), "Confirmed", "PMM Intro Call (30 min)", dana,
                       s, s + timedelta(minutes=30),
                       f"Zoom: https://lumenfield.zoom.us/j/{zoom_id(cid)}",
                       extra_note="Excited to chat - Marisol", uuid="b" + hx(cid + "u", 15))
    case(cid, {"01-next-steps-lumenfield.eml": m1, "02-calendly-confirmed-pmm-intro.eml": m2},
         dict(interview=True,
              interviews=[iv("Lumenfield", "Senior Product Marketing Manager", s, s + timedelta(minutes=30),
                             "scheduled", [dana[1]], [dana[1]], "phone_screen")],
              difficulty="easy", category="positive/calendly-booking",
              notes="Recruiter sends a Calendly link, then the Calendly e-mail confirmation (Central time) "
                    "with .ics. The recruiter hosts and runs the call, so she is interviewer and follow-up.",
              source="synthetic"))


def c02():
    cid = "b185-02-savvycal-hm-pacific-after-dst"
    tom = ("Tom Aldana", "tom.aldana@quillstack.example")
    nadia = ("Nadia Ferreira", "nadia.ferreira@quillstack.example")
    d1 = dt(2026, 3, 2, 11, 20, CT, 4)
    t1 = ("Hi Marisol,\n\nGreat talking with you last week! The team enjoyed your take on integration launches, "
          "so let's keep going.\n\nNext up is a 45-minute conversation with Nadia Ferreira, our Head of Product "
          "Marketing and the hiring manager for the Product Marketing Manager, Integrations role. Nadia is in "
          "San Francisco, so her booking page lists Pacific time by default - SavvyCal should switch to your "
          "time zone automatically, but double-check before you confirm:\n"
          "https://savvycal.com/nadiaf/quillstack-pmm-hm\n\n"
          "She'll want to hear how you've sized and prioritized launches and how you work with PM and sales.\n\n"
          "Thanks!\nTom\n\nTom Aldana\nRecruiting, Quillstack\n(415) 555-0148")
    m1, _ = gmail_mail(cid + "1", d1, tom, OWNER, "Quillstack - next step with Nadia (hiring manager)", t1,
                       cc=A(*nadia))
    s = dt(2026, 3, 10, 11, 0, PT)              # booked 11:00 PT -> after the Mar 8 DST switch
    e = s + timedelta(minutes=45)
    sc, ec = s.astimezone(CT), e.astimezone(CT)
    assert (sc.hour, sc.minute) == (13, 0)
    W(sc, "Tuesday")
    d2 = dt(2026, 3, 3, 8, 51, CT, 40)          # still CST (-06:00) when booked
    meet = meet_code(cid)
    rows = [("What", "Quillstack PMM - Hiring Manager Conversation"),
            ("When", f"{long_date(sc)}\n{hm(sc)} - {hm(ec)} (America/Chicago)"),
            ("Who", f"{nadia[0]} ({nadia[1]})\n{OWNER_NAME} ({OWNER})"),
            ("Where", f"Google Meet: https://meet.google.com/{meet}")]
    intro = f"Hi Marisol,\n\nYou're all set! Your meeting with {nadia[0]} has been scheduled."
    footer = ("Need to make a change? Reschedule or cancel: https://savvycal.com/bookings/" + hx(cid, 12)
              + "\n\nSent by SavvyCal on behalf of Nadia Ferreira.")
    ics = simple_ics("-//SavvyCal//SavvyCal//EN", "REQUEST", f"{hx(cid + 'uid', 24)}@savvycal.com", s, e,
                     d2.astimezone(UTC), "Quillstack PMM - Hiring Manager Conversation (Nadia Ferreira <> Marisol Vance)",
                     "Hiring manager conversation for the Product Marketing Manager, Integrations role.\n\n"
                     f"Join with Google Meet: https://meet.google.com/{meet}",
                     nadia, [(nadia[0], nadia[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                     location=f"https://meet.google.com/{meet}")
    m2 = vendor_mail(cid + "2", d2, "SavvyCal <notifications@savvycal.com>",
                     f"Confirmed: Quillstack PMM - Hiring Manager Conversation on {wd(sc)[:3]}, {short_md(sc)} at {hml(sc)} CDT",
                     vendor_text("Your meeting is confirmed", rows, intro, footer),
                     vendor_html("Your meeting is confirmed", rows, intro, footer, accent="#ffa200"),
                     reply_to=A(*nadia), ics=ics, mid_domain="savvycal.com", host="mail-a.savvycal.com",
                     ip="50.31.36.201")
    case(cid, {"01-recruiter-next-step.eml": m1, "02-savvycal-confirmed.eml": m2},
         dict(interview=True,
              interviews=[iv("Quillstack", "Product Marketing Manager, Integrations", sc, ec, "scheduled",
                             [nadia[1]], [nadia[1]], "hiring_manager")],
              difficulty="medium", category="positive/savvycal-booking-dst",
              notes="Booked on Mar 3 (CST, -06:00) for Mar 10 (CDT, -05:00); confirmation shows 1:00 PM "
                    "America/Chicago, .ics in UTC (18:00Z). Recruiter only schedules; HM Nadia conducts.",
              source="synthetic"))


def chili_mail(seed, date, subject, title, intro, rows, footer, reply_to, ics=None, work=False, to=OWNER):
    return vendor_mail(seed, date, "Chili Piper <no-reply@chilipiper.com>", subject,
                       vendor_text(title, rows, intro, footer), vendor_html(title, rows, intro, footer, accent="#ff5b49"),
                       reply_to=reply_to, ics=ics, mid_domain="chilipiper.com", work=work, to=to,
                       host="mta-11.chilipiper.com", ip="198.2.180.44")


def c03():
    cid = "b185-03-chili-piper-recruiter-screen"
    sofia = ("Sofía Márquez", "sofia.marquez@harbor-metrics.example")
    d1 = dt(2026, 2, 20, 10, 15, CT, 2)
    t1 = ("Hola Marisol,\n\nIt was great meeting you at the Austin product marketing meetup on Wednesday. As "
          "promised, here's the next step for our Senior Product Marketing Manager opening: a 30-minute recruiter "
          "screen with me. We use Chili Piper for scheduling, so pick a time that works here:\n"
          "https://harbormetrics.chilipiper.com/book/recruiting-screen-pmm\n\n"
          "Nothing to prepare - I'll walk you through the role, comp range and the interview process.\n\n"
          "Saludos,\nSofía\n\nSofía Márquez\nTalent Partner | Harbor Metrics\nsofia.marquez@harbor-metrics.example")
    m1, _ = gmail_mail(cid + "1", d1, sofia, OWNER, "Harbor Metrics - next steps for the PMM role", t1)
    s = dt(2026, 2, 23, 11, 30, CT)
    e = s + timedelta(minutes=30)
    W(s, "Monday")
    zid = zoom_id(cid)
    rows = [("Meeting", "Harbor Metrics | Recruiter Screen - Senior PMM"),
            ("Date", f"{long_date(s)}"), ("Time", f"{hm(s)} - {hm(e)} (GMT-06:00) America/Chicago"),
            ("Host", f"{sofia[0]} ({sofia[1]})"),
            ("Location", f"Zoom: https://harbormetrics.zoom.us/j/{zid}")]
    ics = simple_ics("-//Chili Piper//Meeting//EN", "REQUEST", f"cp-{hx(cid + 'uid', 20)}@chilipiper.com", s, e,
                     dt(2026, 2, 20, 16, 33, CT).astimezone(UTC), "Harbor Metrics | Recruiter Screen - Senior PMM",
                     f"Recruiter screen with {sofia[0]}.\nJoin Zoom: https://harbormetrics.zoom.us/j/{zid}",
                     sofia, [(sofia[0], sofia[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                     location=f"https://harbormetrics.zoom.us/j/{zid}")
    footer = ("Reschedule: https://harbormetrics.chilipiper.com/reschedule/" + hx(cid + "r", 16)
              + "\nCancel: https://harbormetrics.chilipiper.com/cancel/" + hx(cid + "r", 16)
              + "\n\nScheduled with Chili Piper")
    m2 = chili_mail(cid + "2", dt(2026, 2, 20, 16, 33, CT, 51),
                    "Meeting Confirmed: Harbor Metrics | Recruiter Screen - Senior PMM", "Your meeting is confirmed",
                    f"Hi Marisol,\n\nYour meeting with {sofia[0]} has been booked. A calendar invitation is attached.",
                    rows, footer, A(*sofia), ics=ics)
    m3 = chili_mail(cid + "3", dt(2026, 2, 22, 11, 30, CT, 9),
                    "Reminder: Harbor Metrics | Recruiter Screen - Senior PMM starts in 24 hours",
                    "Your meeting is coming up",
                    f"Hi Marisol,\n\nJust a reminder that your meeting with {sofia[0]} is tomorrow, {long_date(s)}.",
                    rows, footer, A(*sofia))
    case(cid, {"01-sofia-next-steps.eml": m1, "02-chili-piper-meeting-confirmed.eml": m2,
               "03-chili-piper-reminder.eml": m3},
         dict(interview=True,
              interviews=[iv("Harbor Metrics", "Senior Product Marketing Manager", s, e, "scheduled",
                             [sofia[1]], [sofia[1]], "phone_screen")],
              difficulty="medium", category="positive/chili-piper-booking",
              notes="Chili Piper used by a recruiter (same vendor as the buyer-demo negative). Confirmation "
                    "and 24-hour reminder are the same screen -> one interview. Recruiter conducts it.",
              source="synthetic"))


def goodtime_mail(seed, date, subject, title, intro, rows, footer, reply_to, ics=None, work=False, to=OWNER,
                  frm="Corvane Recruiting via GoodTime <notifications@goodtime.io>"):
    return vendor_mail(seed, date, frm, subject,
                       vendor_text(title, rows, intro, footer), vendor_html(title, rows, intro, footer, accent="#5b3df5"),
                       reply_to=reply_to, ics=ics, mid_domain="goodtime.io", work=work, to=to,
                       host="mail.goodtime.io", ip="149.72.154.87")


def c04():
    cid = "b185-04-goodtime-pmm-case-panel-eastern"
    imani = ("Imani Reed", "imani.reed@corvane.example")
    ben = ("Ben Hollis", "ben.hollis@corvane.example")
    panel = [("Hannah Zeller", "hannah.zeller@corvane.example", "Director, Product Marketing"),
             ("Rafael Osei", "rafael.osei@corvane.example", "Senior Product Manager"),
             ("Colleen Birch", "colleen.birch@corvane.example", "Sales Enablement Lead"),
             ("Victor Lam", "victor.lam@corvane.example", "Head of Demand Generation")]
    d1 = dt(2026, 3, 16, 10, 2, ET, 30)
    t1 = ("Hi Marisol,\n\nCongratulations - the team would like to move you to the final stage for the Senior "
          "Product Marketing Manager, Platform role!\n\nThe final step is a 60-minute PMM case presentation to a "
          "cross-functional panel. The prompt is attached as a PDF; in short: Corvane is launching usage-based "
          "pricing for its workflow API, and we'd like you to present positioning, target segments and a 90-day "
          "launch plan (about 25 minutes), followed by Q&A.\n\nBen Hollis from our coordination team will send "
          "you a GoodTime link to choose a slot next week. Please keep slides to 10-12.\n\n"
          "Best,\nImani\n\nImani Reed\nSenior Recruiter, Corvane\nBoston, MA")
    m1, _ = gmail_mail(cid + "1", d1, imani, OWNER, "Corvane: final round - PMM case presentation", t1, cc=A(*ben))
    s = dt(2026, 3, 26, 13, 0, ET)
    e = s + timedelta(minutes=60)
    sc, ec = s.astimezone(CT), e.astimezone(CT)
    W(s, "Thursday")
    zid = zoom_id(cid)
    rows = [("Interview", "PMM Case Presentation (Panel)"),
            ("Date", long_date(s)),
            ("Time", f"{hm(s)} - {hm(e)} EDT ({hm(sc)} - {hm(ec)} CDT, your time)"),
            ("Location", f"Zoom - https://corvane.zoom.us/j/{zid}"),
            ("Interviewers", "\n".join(f"{p[0]}, {p[2]}" for p in panel))]
    intro = ("Hi Marisol,\n\nThanks for selecting a time. Your interview with Corvane is confirmed. You'll also "
             "receive a calendar invitation from Ben Hollis.")
    footer = ("Questions? Reply to this email to reach Ben Hollis.\n\nPowered by GoodTime - "
              "https://goodtime.io")
    m2 = goodtime_mail(cid + "2", dt(2026, 3, 18, 15, 41, ET, 12),
                       f"Confirmed: Your Corvane Case Presentation on {s:%a}, {short_md(s)}",
                       "Interview Confirmed", intro, rows, footer, A(*ben))
    desc = (f"PMM Case Presentation for Marisol Vance - Senior Product Marketing Manager, Platform\n\n"
            f"Zoom: https://corvane.zoom.us/j/{zid}\n\nAgenda\n- 25 min: candidate presentation\n"
            "- 30 min: panel Q&A\n- 5 min: candidate questions\n\nPanel: " + "; ".join(p[0] for p in panel))
    guests = [(ben[0], ben[1], "ACCEPTED")] + [(p[0], p[1], "ACCEPTED") for p in panel] + \
             [(None, OWNER, "NEEDS-ACTION")]
    m3 = google_invite(cid + "3", dt(2026, 3, 18, 15, 44, ET, 5), "Invitation",
                       ben, guests, "Corvane - PMM Case Presentation (Marisol Vance)", s, e, CT, desc,
                       uid=f"{alnum(cid + 'uid', 26)}@google.com")
    case(cid, {"01-final-round-case-prompt.eml": m1, "02-goodtime-confirmed.eml": m2,
               "03-invitation-case-presentation.eml": m3},
         dict(interview=True,
              interviews=[iv("Corvane", "Senior Product Marketing Manager, Platform", s, e, "scheduled",
                             [p[1] for p in panel], [p[1] for p in panel], "onsite")],
              difficulty="medium", category="positive/panel-case-presentation",
              notes="GoodTime confirmation (EDT with CDT conversion) + coordinator's Google invite (shown in "
                    "CDT) for one 60-min panel presentation -> one onsite. Coordinator Ben organizes only; "
                    "the four panelists are interviewers.",
              source="synthetic"))


def greenhouse_mail(seed, date, subject, text, reply_to, ics=None, work=False, ics_name="interview.ics"):
    htm = ('<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px">'
           + "".join(f"<p>{linkify(html.escape(p)).replace(chr(10), '<br>')}</p>" for p in text.split("\n\n"))
           + "</body></html>\n")
    return vendor_mail(seed, date, A("Greenhouse", "no-reply@greenhouse.io"), subject, text, htm,
                       reply_to=reply_to, ics=ics, ics_name=ics_name, method="PUBLISH",
                       mid_domain="greenhouse.io", work=work, host="o3.email.greenhouse.io", ip="168.245.4.112")


def c05():
    cid = "b185-05-greenhouse-self-schedule"
    rhea = ("Rhea Castillo", "rhea.castillo@tessellate.example")
    d1 = dt(2026, 4, 1, 13, 6, CT, 48)
    link = "https://app.greenhouse.io/scheduler/self_schedule/" + alnum(cid + "ss", 32)
    t1 = ("Hi Marisol,\n\nThanks for your time with our team so far! Please use the link below to choose a time "
          "for your 45 minute interview with Gil Moreau, VP of Marketing, for the Product Marketing Manager, "
          "Platform position.\n\n" + link + "\n\nAvailable times are shown in your local time zone. If none of "
          "the options work, reply to this email and I'll find more.\n\nThanks,\nRhea Castillo\n"
          "Recruiting Coordinator, Tessellate")
    m1 = greenhouse_mail(cid + "1", d1, "Tessellate - please schedule your interview for Product Marketing Manager, Platform",
                         t1, A(*rhea))
    s = dt(2026, 4, 8, 15, 30, CT)
    e = s + timedelta(minutes=45)
    W(s, "Wednesday")
    meet = meet_code(cid)
    t2 = (f"Hi Marisol,\n\nThank you for scheduling your interview with Tessellate! Here are the details:\n\n"
          f"Position: Product Marketing Manager, Platform\nDate: {long_date(s)}\n"
          f"Time: {hm(s)} - {hm(e)} Central Time (US & Canada)\nInterviewer: Gil Moreau, VP of Marketing\n"
          f"Location: Google Meet - https://meet.google.com/{meet}\n\n"
          "Gil will focus on how you build positioning for technical buyers; bring one launch you're proud of.\n\n"
          "A calendar file is attached. If you need to reschedule, reply to this email.\n\n"
          "Best,\nRhea Castillo\nRecruiting Coordinator, Tessellate")
    ics = simple_ics("-//Greenhouse Software//Interview Scheduler//EN", "PUBLISH",
                     f"gh-{hx(cid + 'uid', 20)}@greenhouse.io", s, e, dt(2026, 4, 2, 10, 14, CT).astimezone(UTC),
                     "Interview with Tessellate - Product Marketing Manager, Platform",
                     f"Interviewer: Gil Moreau\nGoogle Meet: https://meet.google.com/{meet}",
                     ("Tessellate Recruiting", "no-reply@greenhouse.io"), [(OWNER_NAME, OWNER, "ACCEPTED")],
                     location=f"https://meet.google.com/{meet}", tzid="America/Chicago")
    m2 = greenhouse_mail(cid + "2", dt(2026, 4, 2, 10, 14, CT, 22),
                         "Interview Confirmation: Tessellate - Product Marketing Manager, Platform", t2, A(*rhea), ics=ics)
    case(cid, {"01-greenhouse-schedule-request.eml": m1, "02-greenhouse-interview-confirmation.eml": m2},
         dict(interview=True,
              interviews=[iv("Tessellate", "Product Marketing Manager, Platform", s, e, "scheduled", [],
                             [rhea[1]], "hiring_manager")],
              difficulty="medium", category="positive/greenhouse-self-schedule",
              notes="Greenhouse self-schedule request, then the confirmation from no-reply@greenhouse.io with an "
                    ".ics (TZID America/Chicago). The interviewer (Gil Moreau) is named but his address never "
                    "appears -> interviewers empty, follow-up goes to the coordinator in Reply-To.",
              source="synthetic"))


def zcal_mail(seed, date, subject, title, intro, rows, footer, reply_to, ics=None, method="REQUEST"):
    return vendor_mail(seed, date, "zcal <notifications@zcal.co>", subject,
                       vendor_text(title, rows, intro, footer), vendor_html(title, rows, intro, footer, accent="#2d2d2d"),
                       reply_to=reply_to, ics=ics, method=method, mid_domain="zcal.co",
                       host="smtp-out.zcal.co", ip="23.83.212.9")


def c06():
    cid = "b185-06-zcal-screen-rescheduled"
    jules = ("Jules Kaminski", "jules.kaminski@orbitry.example")
    s0 = dt(2026, 2, 26, 14, 0, CT)
    s1 = dt(2026, 2, 27, 9, 30, CT)
    W(s0, "Thursday")
    W(s1, "Friday")
    meet = meet_code(cid)
    uid = f"{hx(cid + 'uid', 24)}@zcal.co"

    def rows(s):
        return [("Event", "Orbitry Recruiter Screen (30 min)"), ("When", f"{long_date(s)}, {hml(s)} - "
                f"{hml(s + timedelta(minutes=30))} (Central Time - US & Canada)"),
                ("Host", f"{jules[0]} - {jules[1]}"), ("Location", f"Google Meet https://meet.google.com/{meet}")]
    footer = f"Reschedule or cancel: https://zcal.co/booking/{hx(cid + 'bk', 16)}\n\nScheduled with zcal"
    ics0 = simple_ics("-//zcal//zcal//EN", "REQUEST", uid, s0, s0 + timedelta(minutes=30),
                      dt(2026, 2, 23, 12, 48, CT).astimezone(UTC), "Orbitry Recruiter Screen (Jules / Marisol)",
                      "Intro conversation about the Product Marketing Lead, Developer Platform role.\n"
                      f"Google Meet: https://meet.google.com/{meet}", jules,
                      [(jules[0], jules[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                      location=f"https://meet.google.com/{meet}")
    m1 = zcal_mail(cid + "1", dt(2026, 2, 23, 12, 48, CT, 19), "Confirmed: Orbitry Recruiter Screen with Jules Kaminski",
                   "Meeting confirmed", "Hi Marisol,\n\nYour meeting is booked. We've attached an invite for your calendar.",
                   rows(s0), footer, A(*jules), ics=ics0)
    d2 = dt(2026, 2, 25, 16, 2, CT, 44)
    t2 = (f"Hi Marisol,\n\nSo sorry to do this - I got pulled into an offsite tomorrow afternoon and won't be able "
          f"to make our {hml(s0)} screen. I went ahead and moved us to {wd(s1)} morning at {hml(s1)} your time "
          "(same Meet link). You should get an update from zcal in a minute; if that doesn't work, just pick "
          "another slot from the reschedule link.\n\nThanks for your flexibility!\nJules\n\nJules Kaminski\n"
          "Talent Acquisition, Orbitry")
    m2, _ = gmail_mail(cid + "2", d2, jules, OWNER, "Moving our screen to Friday", t2)
    ics1 = simple_ics("-//zcal//zcal//EN", "REQUEST", uid, s1, s1 + timedelta(minutes=30),
                      dt(2026, 2, 25, 16, 5, CT).astimezone(UTC), "Orbitry Recruiter Screen (Jules / Marisol)",
                      "Intro conversation about the Product Marketing Lead, Developer Platform role.\n"
                      f"Google Meet: https://meet.google.com/{meet}", jules,
                      [(jules[0], jules[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                      location=f"https://meet.google.com/{meet}", seq=1)
    m3 = zcal_mail(cid + "3", dt(2026, 2, 25, 16, 5, CT, 3), "Rescheduled: Orbitry Recruiter Screen with Jules Kaminski",
                   "Meeting rescheduled",
                   f"Hi Marisol,\n\n{jules[0]} rescheduled your meeting. Previously: {long_date(s0)}, {hml(s0)} "
                   "(Central Time - US & Canada).", rows(s1), footer, A(*jules), ics=ics1)
    case(cid, {"01-zcal-confirmed.eml": m1, "02-jules-moving-screen.eml": m2, "03-zcal-rescheduled.eml": m3},
         dict(interview=True,
              interviews=[iv("Orbitry", "Product Marketing Lead, Developer Platform", s1, s1 + timedelta(minutes=30),
                             "scheduled", [jules[1]], [jules[1]], "phone_screen")],
              difficulty="medium", category="positive/reschedule",
              notes="zcal booking for Thu 2:00pm CT moved to Fri 9:30am CT (same UID, SEQUENCE 1); final time "
                    "wins. Recruiter hosts the screen.",
              source="synthetic"))


def c07():
    cid = "b185-07-google-invite-cancelled-search-paused"
    oskar = ("Oskar Lindqvist", "oskar.lindqvist@fernhill.example")
    leah = ("Leah Brandt", "leah.brandt@fernhill.example")
    s = dt(2026, 3, 18, 10, 0, PT)
    e = s + timedelta(minutes=45)
    W(s, "Wednesday")
    meet = meet_code(cid)
    evid = alnum(cid + "ev", 26, "abcdefghijklmnopqrstuv0123456789")
    uid = f"{evid}@google.com"
    desc = ("Marisol - looking forward to our conversation about the Senior Product Marketing Manager, Data "
            "Platform role. We'll talk through your approach to messaging for data engineers and a launch you "
            "led end to end.\n\nOskar")
    guests = [(oskar[0], oskar[1], "ACCEPTED"), (None, OWNER, "NEEDS-ACTION")]
    created = dt(2026, 3, 12, 11, 2, PT, 14)
    m1 = google_invite(cid + "1", created, "Invitation", oskar, guests,
                       "Fernhill Data - PMM interview w/ Oskar (Marisol Vance)", s, e, PT, desc, uid=uid, meet=meet,
                       phone=("+1 650-555-0133", "418 902 337#"))
    d2 = dt(2026, 3, 16, 9, 12, PT, 55)
    t2 = (f"Hi Marisol,\n\nI wanted to reach out personally before you see a calendar update. Late last week our "
          "leadership team decided to pause hiring for the Senior Product Marketing Manager, Data Platform role "
          f"while we rework Q2 plans, so Oskar will be canceling {wd(s)}'s conversation.\n\n"
          "I'm really sorry about the timing - you were one of our strongest candidates and I'd love to reconnect "
          "if the role reopens.\n\nWarmly,\nLeah\n\nLeah Brandt\nRecruiting Lead, Fernhill Data")
    m2, _ = gmail_mail(cid + "2", d2, leah, OWNER, "Update on the PMM role at Fernhill", t2, cc=A(*oskar))
    m3 = google_invite(cid + "3", dt(2026, 3, 16, 9, 40, PT, 8), "Canceled event", oskar, guests,
                       "Fernhill Data - PMM interview w/ Oskar (Marisol Vance)", s, e, PT,
                       "Sorry Marisol - canceling per Leah's note. Hope our paths cross again.", uid=uid, seq=1,
                       created=created.astimezone(UTC))
    m4 = json.dumps({"kind": "calendar#event", "etag": f"\"{int(hx(evid, 12), 16) % 10**16:016d}\"",
                     "id": evid, "status": "cancelled"}, indent=2) + "\n"
    case(cid, {"01-invitation-pmm-interview.eml": m1, "02-leah-role-paused.eml": m2,
               "03-canceled-event.eml": m3, "04-deleted-event.gcal.json": m4},
         dict(interview=True,
              interviews=[iv("Fernhill Data", "Senior Product Marketing Manager, Data Platform", s, e, "cancelled",
                             [oskar[1]], [oskar[1]], "hiring_manager")],
              difficulty="medium", category="positive/cancellation",
              notes="Google invite (Pacific), recruiter explains the search is paused, METHOD:CANCEL and a "
                    "deleted Calendar API event with only id/status. Kept as one cancelled interview at its "
                    "last time.",
              source="synthetic"))


def c08():
    cid = "b185-08-two-interviews-hm-then-case-presentation"
    mira = ("Mira Solberg", "mira.solberg@parcelwise.example")
    lena = ("Lena Obi", "lena.obi@parcelwise.example")
    d1 = dt(2026, 3, 30, 10, 5, PT, 21)
    a = dt(2026, 4, 2, 9, 0, PT)
    b = dt(2026, 4, 9, 13, 0, PT)
    W(a, "Thursday")
    W(b, "Thursday")
    zid = zoom_id(cid)
    t1 = (f"Hi Marisol,\n\nThanks again for a great screen on Friday. I'm excited to share next steps for the "
          f"Senior Product Marketing Manager role - there are two conversations:\n\n"
          f"1) Thursday ({slash(a)}) at {hm(a)} PT / {hm(a.astimezone(CT))} CT - 30 minutes with Lena Obi, our "
          f"Director of Product Marketing (cc'd). Lena will send you a Google Meet invite directly.\n\n"
          f"2) PMM case presentation - the following Thursday, {slash(b)}, {hml(b)}-{hml(b + timedelta(hours=1))} "
          f"PT ({hml(b.astimezone(CT))}-{hml((b + timedelta(hours=1)).astimezone(CT))} CT). You'll present a "
          "go-to-market plan for the prompt I'll send after your chat with Lena (20 minutes), then Q&A with Lena, "
          "Marco Bell (Group Product Manager) and Shay Ng (Sales Enablement). Zoom: "
          f"https://parcelwise.zoom.us/j/{zid}\n\n"
          "Let me know if either time doesn't work and I'll shuffle things around.\n\nBest,\nMira\n\n"
          "Mira Solberg | Recruiting Partner | Parcelwise\nShipping APIs for growing brands")
    m1, mid1 = gmail_mail(cid + "1", d1, mira, OWNER, "Parcelwise next steps: two conversations", t1, cc=A(*lena))
    meet = meet_code(cid)
    ev = alnum(cid + "ev", 26, "abcdefghijklmnopqrstuv0123456789")
    j = gcal_event(ev, "Marisol Vance <> Lena Obi (Parcelwise, PMM)",
                   "30 min with Lena Obi, Director of Product Marketing - Senior PMM process.", lena,
                   [(lena[0], lena[1], "accepted"), (None, OWNER, "accepted")], a, a + timedelta(minutes=30),
                   "America/Los_Angeles", dt(2026, 3, 30, 11, 40, PT), dt(2026, 3, 30, 12, 2, PT), meet=meet)
    d3 = dt(2026, 3, 30, 13, 18, PT, 7)
    reply_me = (f"Hi Mira,\n\nBoth work for me - Thursday {slash(a)} at {hm(a.astimezone(CT))} CT with Lena, and "
                f"the presentation on {slash(b)} at {hml(b.astimezone(CT))} CT. Looking forward to it!\n\n"
                "Marisol")
    d_me = dt(2026, 3, 30, 14, 9, CT, 0)
    t3 = ("Perfect, you're all set for both! I'll send the case prompt after Thursday.\n\nMira\n\n"
          + on_wrote(d_me, ME) + "\n" + quote(reply_me))
    m3, _ = gmail_mail(cid + "3", d3, mira, OWNER, "Re: Parcelwise next steps: two conversations", t3,
                       in_reply_to=mid1, refs=mid1 + " " + gmail_mid(cid + "me"))
    case(cid, {"01-mira-next-steps.eml": m1, "02-lena-call.gcal.json": j, "03-mira-all-set.eml": m3},
         dict(interview=True,
              interviews=[iv("Parcelwise", "Senior Product Marketing Manager", a, a + timedelta(minutes=30),
                             "scheduled", [lena[1]], [lena[1]], "hiring_manager"),
                          iv("Parcelwise", "Senior Product Marketing Manager", b, b + timedelta(hours=1),
                             "scheduled", [lena[1]], [lena[1]], "onsite")],
              difficulty="hard", category="positive/two-interviews",
              notes="Two interviews on different days: 30-min HM call (also a Calendar API event) and a 60-min "
                    "panel case presentation a week later. Marco and Shay have no address in the case, so only "
                    "Lena is listed as interviewer/follow-up for the panel.",
              source="synthetic"))


def c09():
    cid = "b185-09-gcal-json-virtual-onsite-loop"
    devon = ("Devon Achterberg", "devon.achterberg@kitebridge.example")
    panel = [("Grace Whitfield", "grace.whitfield@kitebridge.example"),
             ("Omar Haddad", "omar.haddad@kitebridge.example"),
             ("Lucía Ferraro", "lucia.ferraro@kitebridge.example")]
    theo = ("Theo Brandvold", "theo.brandvold@kitebridge.example")
    renee = ("Renée Colbert", "renee.colbert@kitebridge.example")
    s1, e1 = dt(2026, 4, 14, 8, 0, PT), dt(2026, 4, 14, 9, 0, PT)
    s2, e2 = dt(2026, 4, 14, 9, 15, PT), dt(2026, 4, 14, 10, 0, PT)
    s3, e3 = dt(2026, 4, 14, 10, 45, PT), dt(2026, 4, 14, 11, 30, PT)
    W(s1, "Tuesday")
    d1 = dt(2026, 4, 8, 15, 27, PT, 40)
    t1 = (f"Hi Marisol,\n\nHere's the agenda for your virtual onsite for the Senior Product Marketing Manager, "
          f"Growth role on {long_date(s1)}. All times below are Pacific (add two hours for Austin):\n\n"
          f"{hml(s1)} - {hml(e1)}  PMM case presentation - panel: Grace Whitfield (Sr. Director, PMM), Omar Haddad "
          f"(Product Lead), Lucía Ferraro (Customer Marketing)\n"
          f"{hml(s2)} - {hml(e2)}  1:1 with Theo Brandvold, VP Marketing\n"
          f"{hml(e2)} - {hml(s3)}  Break\n"
          f"{hml(s3)} - {hml(e3)}  Sales partnership conversation with Renée Colbert, RVP Sales\n\n"
          "Calendar invites with Google Meet links are on your calendar now. Reply here if anything looks off.\n\n"
          "Cheers,\nDevon\n\nDevon Achterberg\nRecruiting Coordinator, Kitebridge")
    m1, _ = gmail_mail(cid + "1", d1, devon, OWNER, "Your Kitebridge virtual onsite - agenda", t1)

    def ev(n, summary, desc, who, s, e):
        return gcal_event(alnum(cid + str(n), 26, "abcdefghijklmnopqrstuv0123456789"), summary, desc, devon,
                          [(devon[0], devon[1], "accepted")] + [(w[0], w[1], "accepted") for w in who]
                          + [(None, OWNER, "accepted")], s.astimezone(CT), e.astimezone(CT),
                          "America/Los_Angeles", dt(2026, 4, 8, 15, 10 + n, PT), dt(2026, 4, 8, 15, 20 + n, PT),
                          meet=meet_code(cid + str(n)))
    j1 = ev(1, "Kitebridge Onsite: PMM Case Presentation (Marisol Vance)",
            "Panel: Grace Whitfield, Omar Haddad, Lucía Ferraro. 25 min presentation + Q&A.", panel, s1, e1)
    j2 = ev(2, "Kitebridge Onsite: 1:1 with Theo Brandvold (Marisol Vance)", "VP Marketing conversation.",
            [theo], s2, e2)
    j3 = ev(3, "Kitebridge Onsite: Sales partnership w/ Renée Colbert (Marisol Vance)",
            "How PMM and Sales work together at Kitebridge.", [renee], s3, e3)
    ivs = [p[1] for p in panel] + [theo[1], renee[1]]
    case(cid, {"01-devon-onsite-agenda.eml": m1, "02-onsite-case-presentation.gcal.json": j1,
               "03-onsite-theo.gcal.json": j2, "04-onsite-renee.gcal.json": j3},
         dict(interview=True,
              interviews=[iv("Kitebridge", "Senior Product Marketing Manager, Growth", s1, e3, "scheduled", ivs, ivs,
                             "onsite")],
              difficulty="hard", category="positive/onsite-loop",
              notes="Same-day virtual onsite as three Calendar API events (dateTime in the owner's -05:00 "
                    "calendar zone, timeZone America/Los_Angeles) plus an agenda in Pacific. One onsite from the "
                    "first start to the last end, all five interviewers; coordinator excluded.",
              source="synthetic"))


def c10():
    cid = "b185-10-outlook-zoom-eastern-after-dst"
    simone = ("Simone Achebe", "sachebe@copperleaf.example")
    caleb = ("Caleb Moore", "cmoore@copperleaf.example")
    s = dt(2026, 3, 9, 14, 0, ET)
    e = s + timedelta(minutes=45)
    W(s, "Monday")
    zid = zoom_id(cid)
    pwd = alnum(cid + "pwd", 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    text = (f"Hi Marisol,\n\nLooking forward to talking about the Senior Product Marketing Manager, Partner "
            "Marketing role and how you'd build our co-marketing motion with bank and ISV partners.\n\nSimone\n\n"
            "_____\n\nSimone Achebe is inviting you to a scheduled Zoom meeting.\n\n"
            "Topic: Copperleaf | Partner Marketing Interview - Marisol Vance\n"
            f"Time: {short_md(s)}, {s.year} {s.hour % 12 or 12:02d}:{s.minute:02d} {'AM' if s.hour < 12 else 'PM'} "
            "Eastern Time (US and Canada)\n\nJoin Zoom Meeting\n"
            f"https://copperleaf.zoom.us/j/{zid}?pwd={pwd}\n\n"
            f"Meeting ID: {zid[:3]} {zid[3:7]} {zid[7:]}\nPasscode: {alnum(cid + 'pc', 6, '0123456789')}\n\n"
            "One tap mobile\n+13092053325,,{0}# US\n+13126266799,,{0}# US (Chicago)".format(zid))
    m1 = outlook_invite(cid + "1", dt(2026, 3, 4, 15, 22, ET, 36), simone, A(OWNER_NAME, OWNER),
                        "Copperleaf | Partner Marketing Interview - Marisol Vance", s, e, "Eastern Standard Time",
                        text, f"https://copperleaf.zoom.us/j/{zid}?pwd={pwd}",
                        [(OWNER_NAME, OWNER, "NEEDS-ACTION"), (caleb[0], caleb[1], "ACCEPTED", "OPT-PARTICIPANT")],
                        uid="040000008200E00074C5B7101A82E00800000000" + hx(cid + "uid", 56).upper(),
                        cc=A(*caleb))
    d2 = dt(2026, 3, 4, 16, 3, ET, 11)
    sc = s.astimezone(CT)
    t2 = (f"Hi Marisol,\n\nYou should now have an invite from Simone for {wd(s)}, {mdy(s)}, at {hm(s)} Eastern. "
          f"Since the clocks change this weekend, that's {hm(sc)} Central for you in Austin. Simone is the hiring "
          "manager, so this is your chance to dig into the partner roadmap.\n\n"
          "I'm on the invite as optional but won't join.\n\nBest,\nCaleb\n\nCaleb Moore\nTalent Acquisition | "
          "Copperleaf Payments\n1 (646) 555-0192")
    m2 = vendor_mail(cid + "2", d2, A(*caleb), "RE: Copperleaf - interview with Simone", t2, to_html(t2),
                     mid_domain="NAM04PR12MB7719.namprd04.prod.outlook.com", text_cte="quoted-printable",
                     host="NAM12-BN8-obe.outbound.protection.outlook.com", ip="40.107.237.79")
    case(cid, {"01-outlook-invite-partner-marketing.eml": m1, "02-caleb-time-zone-note.eml": m2},
         dict(interview=True,
              interviews=[iv("Copperleaf Payments", "Senior Product Marketing Manager, Partner Marketing", s, e,
                             "scheduled", [simone[1]], [simone[1]], "hiring_manager")],
              difficulty="medium", category="positive/outlook-zoom-windows-tzid",
              notes="Exchange invite with TZID 'Eastern Standard Time' for Mon Mar 9, the day after the US DST "
                    "switch (EDT -04:00), sent while EST was in force. Recruiter is only an optional attendee.",
              source="synthetic"))


def c11():
    cid = "b185-11-thread-tomorrow-at-11-pacific"
    wes = ("Wes Tanaka-Byrne", "wes@sablewood.example")
    d1 = dt(2026, 4, 16, 14, 10, PT, 3)
    t1 = ("Hi Marisol,\n\nI'm the Head of Marketing at Sablewood (we make contract analytics for procurement "
          "teams) and the hiring manager for our Founding Product Marketing Manager role. Your application made "
          "me smile - the partner-led launch you described is exactly what we need.\n\n"
          "Could we find 30 minutes early next week for a first conversation? I'm in SF.\n\n"
          "Wes\n\n--\nWes Tanaka-Byrne\nHead of Marketing, Sablewood")
    m1, mid1 = gmail_mail(cid + "1", d1, wes, OWNER, "Founding PMM at Sablewood", t1)
    d_me = dt(2026, 4, 17, 9, 2, CT, 0)
    me_t = ("Hi Wes,\n\nThanks so much - I'd love to chat. Monday or Tuesday anytime between 10am and 2pm "
            "Pacific works on my end.\n\nBest,\nMarisol\n\n" + on_wrote(d1, wes) + "\n" + quote(t1))
    d3 = dt(2026, 4, 19, 20, 14, PT, 30)
    W(d3, "Sunday")
    s = dt(2026, 4, 20, 11, 0, PT)
    assert s.date() == (d3 + timedelta(days=1)).date()
    meet = meet_code(cid)
    t3 = ("Sorry for the slow reply, it was a launch week. Let's do tomorrow at 11 PT - I'll send a Meet link, "
          f"but here it is in case the invite gets lost: https://meet.google.com/{meet}\n\nTalk soon,\nWes\n\n"
          + on_wrote(d_me, ME) + "\n" + quote(me_t))
    mid_me = gmail_mid(cid + "me")
    m3, _ = gmail_mail(cid + "3", d3, wes, OWNER, "Re: Founding PMM at Sablewood", t3, in_reply_to=mid_me,
                       refs=f"{mid1} {mid_me}")
    case(cid, {"01-wes-intro.eml": m1, "02-wes-tomorrow-at-11.eml": m3},
         dict(interview=True,
              interviews=[iv("Sablewood", "Founding Product Marketing Manager", s, s + timedelta(minutes=30),
                             "scheduled", [wes[1]], [wes[1]], "hiring_manager")],
              difficulty="hard", category="positive/thread-relative-date",
              notes="Plain thread: 'tomorrow at 11 PT' in a Sunday-evening reply (Apr 19, -07:00) -> Mon Apr 20 "
                    "11:00 PDT; 30 minutes from the first message.",
              source="synthetic"))


def c12():
    cid = "b185-12-calendly-cancel-then-new-booking"
    jw = ("Jae-won Park", "jaewon.park@grayloft.example")
    s1 = dt(2026, 3, 25, 15, 0, CT)
    s2 = dt(2026, 3, 27, 10, 0, CT)
    W(s1, "Wednesday")
    W(s2, "Friday")
    ev = "PMM Hiring Manager Interview (45 min)"
    z1, z2 = zoom_id(cid + "1"), zoom_id(cid + "2")
    u1, u2 = "e" + hx(cid + "u1", 15), "f" + hx(cid + "u2", 15)
    m1 = calendly_mail(cid + "1", dt(2026, 3, 19, 11, 37, CT, 2), "Confirmed", ev, jw, s1, s1 + timedelta(minutes=45),
                       f"Zoom: https://grayloft.zoom.us/j/{z1}", uuid=u1)
    m2 = calendly_mail(cid + "2", dt(2026, 3, 23, 8, 15, CT, 44), "Canceled", ev, jw, s1, s1 + timedelta(minutes=45),
                       f"Zoom: https://grayloft.zoom.us/j/{z1}", uuid=u1,
                       reason="I have to be at our sales kickoff all day Wednesday - so sorry! Sending a new link.")
    d3 = dt(2026, 3, 23, 8, 21, CT, 9)
    t3 = ("Hi Marisol,\n\nApologies again for canceling - our SKO got moved onto Wednesday. I opened a couple of "
          "slots later this week just for you:\nhttps://calendly.com/d/" + alnum(cid + "ol", 10) +
          "/pmm-hiring-manager-interview\n\nSame format: 45 minutes on your background and how you'd approach "
          "positioning for the Product Marketing Manager, Enterprise role.\n\nJae-won\n\nJae-won Park\n"
          "Director of Product Marketing | Grayloft")
    m3, _ = gmail_mail(cid + "3", d3, jw, OWNER, "New time for our chat", t3)
    m4 = calendly_mail(cid + "4", dt(2026, 3, 23, 12, 2, CT, 30), "Confirmed", ev, jw, s2, s2 + timedelta(minutes=45),
                       f"Zoom: https://grayloft.zoom.us/j/{z2}", uuid=u2)
    role = "Product Marketing Manager, Enterprise"
    case(cid, {"01-calendly-confirmed-wed.eml": m1, "02-calendly-canceled-wed.eml": m2,
               "03-jaewon-new-link.eml": m3, "04-calendly-confirmed-fri.eml": m4},
         dict(interview=True,
              interviews=[iv("Grayloft", role, s1, s1 + timedelta(minutes=45), "cancelled", [jw[1]], [jw[1]],
                             "hiring_manager"),
                          iv("Grayloft", role, s2, s2 + timedelta(minutes=45), "scheduled", [jw[1]], [jw[1]],
                             "hiring_manager")],
              difficulty="hard", category="positive/cancel-and-rebook",
              notes="Calendly booking canceled by the host, then a brand-new booking (new event UUID, new Zoom) "
                    "through a one-off link -> two entries: Wed cancelled, Fri scheduled.",
              source="synthetic"))


def c13():
    cid = "b185-13-forwarded-ceo-chat-arizona-time"
    noor = ("Noor Qureshi", "noor.qureshi@dryline.example")
    cal = ("Cal Rasmussen", "cal.rasmussen@dryline.example")
    d0 = dt(2026, 3, 8, 18, 12, AZ)
    W(d0, "Sunday")
    s = dt(2026, 3, 12, 14, 0, AZ)
    W(s, "Thursday")
    sc = s.astimezone(CT)
    assert (sc.hour, sc.minute) == (16, 0)
    zid = zoom_id(cid)
    fwd = ("---------- Forwarded message ---------\n"
           f"From: {cal[0]} <{cal[1]}>\nDate: {d0:%a}, {d0:%b} {d0.day}, {d0.year} at {hm(d0)}\n"
           f"Subject: Re: Final conversation w/ Marisol\nTo: {noor[0]} <{noor[1]}>\n\n\n"
           "Noor - happy to do the final chat with Marisol. Thursday at 2:00 PM our time works, 30 min. "
           f"I'll use my Zoom: https://dryline.zoom.us/j/{zid}\n\n"
           "I mostly want to understand how she'd set up product marketing from scratch here and how she thinks "
           "about pricing pages.\n\nCal\n\n--\nCal Rasmussen\nCo-founder & CEO, Dryline Software\nScottsdale, AZ")
    d1 = dt(2026, 3, 9, 8, 47, AZ, 25)
    t1 = ("Hi Marisol,\n\nGreat news - Cal, our CEO, would like to meet you for a final conversation for the "
          f"Director of Product Marketing role. See his note below: {wd(s)} ({slash(s)}) at 2:00 PM Arizona "
          "time. Heads up that Arizona doesn't do daylight saving, so please double-check the conversion now that "
          "Texas has sprung forward.\n\nFeel free to reply to Cal directly with any questions.\n\nNoor\n\n"
          "Noor Qureshi\nPeople & Talent, Dryline Software\n\n" + fwd)
    m1, _ = gmail_mail(cid + "1", d1, noor, OWNER, "Fwd: Final conversation w/ Marisol", t1, cc=A(*cal))
    case(cid, {"01-noor-fwd-ceo-final-chat.eml": m1},
         dict(interview=True,
              interviews=[iv("Dryline Software", "Director of Product Marketing", s, s + timedelta(minutes=30),
                             "scheduled", [cal[1]], [cal[1]], "other")],
              difficulty="hard", category="positive/forwarded-founder-chat-no-dst-zone",
              notes="Recruiter forwards the CEO's note: Thursday 3/12 at 2:00 PM Arizona time (MST, -07:00, no "
                    "DST) = 4:00 PM CDT. Final chat with the CEO is an interview; the CEO conducts it.",
              source="synthetic"))


# ============================================================================================
# NEGATIVE CASES (look-alikes)
# ============================================================================================

def c14():
    cid = "b185-14-chili-piper-vendor-demo-as-buyer"
    brady = ("Brady Kessler", "brady.kessler@talkwise.example")
    nia = ("Nia Barlow", "nia.barlow@talkwise.example")
    s = dt(2026, 3, 3, 10, 0, CT)
    e = s + timedelta(minutes=45)
    W(s, "Tuesday")
    zid = zoom_id(cid)
    rows = [("Meeting", "Talkwise Demo - Tallgrass Freight"), ("Date", long_date(s)),
            ("Time", f"{hm(s)} - {hm(e)} (GMT-06:00) America/Chicago"),
            ("Host", f"{brady[0]}, Account Executive ({brady[1]})"),
            ("Location", f"Zoom: https://talkwise.zoom.us/j/{zid}")]
    intro = ("Hi Marisol,\n\nThanks for requesting a demo of Talkwise! Your meeting with Brady Kessler is booked. "
             "We'll start with a short discovery conversation about your enablement goals and then walk through a "
             "live demo of call recording, deal insights and win/loss analysis.")
    footer = ("Reschedule: https://talkwise.chilipiper.com/reschedule/" + hx(cid, 16) +
              "\nCancel: https://talkwise.chilipiper.com/cancel/" + hx(cid, 16) + "\n\nScheduled with Chili Piper")
    ics = simple_ics("-//Chili Piper//Meeting//EN", "REQUEST", f"cp-{hx(cid + 'uid', 20)}@chilipiper.com", s, e,
                     dt(2026, 2, 26, 14, 12, CT).astimezone(UTC), "Talkwise Demo - Tallgrass Freight",
                     f"Discovery + demo with {brady[0]}.\nJoin Zoom: https://talkwise.zoom.us/j/{zid}",
                     brady, [(brady[0], brady[1], "ACCEPTED"), (OWNER_NAME, WORK, "NEEDS-ACTION")],
                     location=f"https://talkwise.zoom.us/j/{zid}")
    m1 = chili_mail(cid + "1", dt(2026, 2, 26, 14, 12, CT, 40), "Meeting Confirmed: Talkwise Demo - Tallgrass Freight",
                    "Your demo is confirmed", intro, rows, footer, A(*brady), ics=ics, work=True, to=WORK)
    d2 = dt(2026, 3, 2, 9, 31, CT, 18)
    t2 = (f"Hi Marisol,\n\nLooking forward to {wd(s)}! To make the most of our 45 minutes, a few quick questions "
          "so I can tailor the demo:\n\n- How many reps and CSMs would use Talkwise?\n- Which call recorder are "
          "you on today, if any?\n- Is product marketing running win/loss interviews today, or is that owned by "
          "sales ops?\n\nI'll bring Nia Barlow, one of our solutions engineers, so we can go deep on the "
          "Salesforce integration. Next steps after the demo are usually a pilot scoping call with your RevOps "
          "lead.\n\nBest,\nBrady\n\nBrady Kessler | Account Executive, Mid-Market\nTalkwise")
    m2, _ = gmail_mail(cid + "2", d2, brady, WORK, "Tuesday's Talkwise demo - quick prep questions", t2, cc=A(*nia),
                       work=True)
    case(cid, {"01-chili-piper-demo-confirmed.eml": m1, "02-ae-prep-questions.eml": m2},
         dict(interview=False, interviews=[], difficulty="hard", category="negative/sales-demo-as-buyer",
              notes="Owner books a vendor demo for her current employer through Chili Piper (work mail "
                    "auto-forwarded). Discovery/demo with an AE is not a job interview.",
              source="synthetic"))


def c15():
    cid = "b185-15-customer-advisory-board-session"
    fiona = ("Fiona Castellanos", "fiona.castellanos@helmsley.example")
    s = dt(2026, 4, 2, 11, 0, CT)
    e = dt(2026, 4, 2, 13, 0, CT)
    W(s, "Thursday")
    d1 = dt(2026, 3, 20, 12, 4, ET, 39)
    t1 = ("Hi Marisol,\n\nYou're confirmed for the Helmsley Customer Advisory Board spring session! Thank you for "
          "representing Tallgrass Freight.\n\nWhat to expect:\n- Roadmap preview from our CPO\n- A panel of three "
          "CAB members on how they position CRM data to their own execs (you're one of the panelists - no slides "
          "needed)\n- Breakouts where our product team will interview small groups about the new forecasting "
          "module\n\nA calendar invite is coming from me. As a thank-you, we'll send a $150 donation to the "
          "charity of your choice.\n\nBest,\nFiona\n\nFiona Castellanos\nCustomer Marketing & Advocacy, Helmsley")
    m1, _ = gmail_mail(cid + "1", d1, fiona, WORK, "You're confirmed: Helmsley CAB - Spring Session", t1, work=True)
    desc = ("Helmsley Customer Advisory Board - Spring Session (virtual)\n\nAgenda: roadmap preview, customer "
            "panel, product breakouts (interviews with the product team), open Q&A.\n\nThis session is covered "
            "by the CAB NDA.")
    guests = [(fiona[0], fiona[1], "ACCEPTED"), ("Marisol Vance", WORK, "NEEDS-ACTION"),
              ("Helmsley CAB 2026", "cab-2026@helmsley.example", "NEEDS-ACTION")]
    m2 = google_invite(cid + "2", dt(2026, 3, 20, 12, 9, ET, 2), "Invitation", fiona, guests,
                       "Helmsley Customer Advisory Board - Spring Session", s, e, CT, desc,
                       uid=f"{alnum(cid + 'uid', 26)}@google.com", meet=meet_code(cid), me=WORK, work=True)
    case(cid, {"01-cab-confirmed.eml": m1, "02-invitation-cab-session.eml": m2},
         dict(interview=False, interviews=[], difficulty="hard", category="negative/customer-advisory-board",
              notes="Vendor CAB session where the owner is a customer panelist and the product team 'interviews' "
                    "customers; not a hiring process.",
              source="synthetic"))


def c16():
    cid = "b185-16-analyst-briefing-outlook"
    derek = ("Derek Sun", "derek.sun@tallgrass-freight.example")
    helen = ("Helen Marsh", "helen.marsh@arcturus-research.example")
    s = dt(2026, 4, 7, 14, 0, ET)
    e = s + timedelta(hours=1)
    W(s, "Tuesday")
    text = ("Hi all,\n\nThis is our vendor briefing with Helen Marsh (Principal Analyst, Arcturus Research) ahead of "
            "the 2026 Freight Visibility Wave. Marisol will present our positioning and product roadmap (20 min), "
            "then Helen will interview us on customer proof points, pricing and competitive differentiation.\n\n"
            "Please treat roadmap slides as NDA. Prep huddle is the Thursday before.\n\nDerek\n\n"
            "________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_" + alnum(cid + "t", 40) + "%40thread.v2/0\n"
            f"Meeting ID: {alnum(cid + 'id', 3, '0123456789')} {alnum(cid + 'id2', 3, '0123456789')} "
            f"{alnum(cid + 'id3', 3, '0123456789')} {alnum(cid + 'id4', 3, '0123456789')}\n"
            f"Passcode: {alnum(cid + 'pc', 6)}\n"
            "________________________________________________________________________________")
    m1 = outlook_invite(cid + "1", dt(2026, 3, 30, 10, 48, CT, 20), derek,
                        f"{A(*helen)}; {A('Marisol Vance', WORK)}",
                        "Analyst Briefing: Tallgrass Freight x Arcturus Research (Freight Visibility Wave)", s, e,
                        "Eastern Standard Time", text, "Microsoft Teams Meeting",
                        [(helen[0], helen[1], "ACCEPTED"), ("Marisol Vance", WORK, "NEEDS-ACTION")],
                        uid="040000008200E00074C5B7101A82E00800000000" + hx(cid + "uid", 56).upper(), work=True)
    case(cid, {"01-analyst-briefing-invite.eml": m1},
         dict(interview=False, interviews=[], difficulty="hard", category="negative/analyst-briefing",
              notes="Outlook/Teams invite from a colleague: the owner presents to an industry analyst who will "
                    "'interview us'. Work meeting at her current job, not a job interview.",
              source="synthetic"))


def c17():
    cid = "b185-17-podcast-guest-recording"
    jonah = ("Jonah Pruitt", "jonah@launchloop-podcast.example")
    d1 = dt(2026, 3, 20, 16, 40, ET, 9)
    t1 = ("Hi Marisol,\n\nI host The Launch Loop, a podcast for product marketers (about 9k listeners a week). "
          "Your LinkedIn post on killing a launch tier was great - would you come on as a guest?\n\n"
          "Recording takes about an hour on Riverside. Grab a slot here: "
          "https://calendly.com/launchloop/guest-interview-recording\n\nJonah")
    m1, _ = gmail_mail(cid + "1", d1, jonah, OWNER, "Guest invite: The Launch Loop podcast", t1)
    s = dt(2026, 3, 31, 13, 0, CT)
    W(s, "Tuesday")
    m2 = calendly_mail(cid + "2", dt(2026, 3, 21, 9, 55, CT, 30), "Confirmed", "Guest Interview Recording (60 min)",
                       jonah, s, s + timedelta(hours=1), "Riverside: https://riverside.fm/studio/the-launch-loop",
                       uuid="c" + hx(cid + "u", 15))
    d3 = dt(2026, 3, 27, 11, 3, ET, 44)
    t3 = (f"Hi Marisol,\n\nExcited for {wd(s)}! Here are the interview questions so nothing is a surprise:\n\n"
          "1. How did you get into product marketing?\n2. Walk us through the launch tier you killed.\n"
          "3. How do you run win/loss interviews without a research team?\n4. Hot take: should PMM own pricing?\n\n"
          "Use headphones and a wired connection if you can. We'll publish about three weeks after recording.\n\n"
          "Jonah\n\nJonah Pruitt\nHost, The Launch Loop")
    m3, _ = gmail_mail(cid + "3", d3, jonah, OWNER, "Launch Loop recording - interview questions", t3)
    case(cid, {"01-podcast-guest-invite.eml": m1, "02-calendly-confirmed-recording.eml": m2,
               "03-podcast-interview-questions.eml": m3},
         dict(interview=False, interviews=[], difficulty="hard", category="negative/podcast",
              notes="Calendly-booked 'Guest Interview Recording' with interview questions - a podcast "
                    "interview, not a job interview.",
              source="synthetic"))


def c18():
    cid = "b185-18-webinar-panelist-speaker"
    kira = ("Kira Lindahl", "kira@compass-pmm.example")
    s = dt(2026, 4, 23, 12, 0, CT)
    e = s + timedelta(hours=1)
    W(s, "Thursday")
    title = "Positioning Teardown: What Hiring Managers Look For in a PMM Case Interview"
    d1 = dt(2026, 4, 2, 9, 15, CT, 0)
    t1 = ("Hi Marisol,\n\nThank you for agreeing to speak on our April community webinar! You'll be one of three "
          "panelists. We'll tear down two anonymized case-presentation decks and talk about what makes a great "
          "PMM case interview, from the hiring manager side.\n\nZoom will send your panelist link separately - "
          "please use that one, not the attendee registration link. Tech check is 15 minutes before we go live.\n\n"
          "Thanks!\nKira\n\nKira Lindahl\nPrograms Lead, Compass PMM Collective")
    m1, _ = gmail_mail(cid + "1", d1, kira, OWNER, "Speaker details: April Compass webinar", t1)
    wid = zoom_id(cid)
    tk = alnum(cid + "tk", 22)
    join = f"https://us06web.zoom.us/w/{wid}?tk={tk}"
    intro = (f"Hi Marisol Vance,\n\nYou are invited to a Zoom webinar as a panelist.\n\nTopic: {title}")
    rows = [("Date & Time", f"{short_md(s)}, {s.year} {hm(s)} Central Time (US and Canada)"),
            ("Join from PC, Mac, iPad, or Android", join),
            ("Webinar ID", f"{wid[:3]} {wid[3:7]} {wid[7:]}"),
            ("Passcode", alnum(cid + "pc", 6, "0123456789"))]
    footer = ("Please do not share this link: it is unique to you as a panelist.\n\n"
              "Add to calendar: https://us06web.zoom.us/webinar/tZ" + alnum(cid + "ics", 20) + "/ics")
    ics = simple_ics("-//zoom.us//iCalendar Event//EN", "REQUEST", f"ZOOM{wid}@zoom.us", s, e,
                     dt(2026, 4, 2, 14, 30, CT).astimezone(UTC), title,
                     f"Hi there,\n\nYou are invited to a Zoom webinar as a panelist.\nJoin from a PC, Mac, iPad, "
                     f"or Android: {join}", ("Compass PMM Collective", "no-reply@zoom.us"),
                     [(OWNER_NAME, OWNER, "NEEDS-ACTION")], location=join, tzid="America/Chicago")
    m2 = vendor_mail(cid + "2", dt(2026, 4, 2, 14, 30, CT, 12), A("Compass PMM Collective", "no-reply@zoom.us"),
                     "Compass PMM Collective invites you to be a panelist for: " + title,
                     vendor_text("", rows, intro, footer).lstrip("\n"),
                     vendor_html("Panelist invitation", rows, intro, footer, accent="#0b5cff"),
                     reply_to=A(*kira), ics=ics, mid_domain="zoom.us", host="mailout6.zoom.us", ip="170.114.10.72")
    case(cid, {"01-speaker-details.eml": m1, "02-zoom-panelist-invitation.eml": m2, "03-webinar.ics": ics},
         dict(interview=False, interviews=[], difficulty="hard", category="negative/webinar-speaker",
              notes="Owner is a panelist on a community webinar about PMM case interviews; Zoom panelist invite "
                    "+ .ics. Speaking engagement, not a job interview.",
              source="synthetic"))


def c19():
    cid = "b185-19-unused-savvycal-link-then-withdrew"
    paige = ("Paige Lindgren", "paige.lindgren@verdance.example")
    d1 = dt(2026, 3, 10, 10, 2, ET, 51)
    t1 = ("Hi Marisol,\n\nThanks for your interest in the Senior Product Marketing Manager role at Verdance! I'd "
          "love to set up a 30-minute intro call as a next step. You can book directly on my calendar here:\n"
          "https://savvycal.com/paige-verdance/pmm-intro\n\nSlots are listed in Eastern time but the page should "
          "convert to yours.\n\nBest,\nPaige\n\nPaige Lindgren | Recruiter | Verdance")
    m1, mid1 = gmail_mail(cid + "1", d1, paige, OWNER, "Next steps: Verdance Senior PMM", t1)
    d2 = dt(2026, 3, 17, 9, 44, ET, 6)
    o1, o2 = dt(2026, 3, 18, 10, 0, ET), dt(2026, 3, 19, 14, 30, ET)
    W(o1, "Wednesday")
    W(o2, "Thursday")
    t2 = (f"Hi Marisol,\n\nJust bumping this up - I haven't seen a time come through yet. A couple of openings "
          f"this week if it's easier: {o1:%a} {slash(o1)} at {hml(o1)} ET or {o2:%a} {slash(o2)} at {hml(o2)} ET. "
          "Or use the link below.\n\nPaige\n\n" + on_wrote(d1, paige) + "\n" + quote(t1))
    mid2 = gmail_mid(cid + "2")
    m2, mid2 = gmail_mail(cid + "2", d2, paige, OWNER, "Re: Next steps: Verdance Senior PMM", t2, in_reply_to=mid1,
                          refs=mid1)
    d_me = dt(2026, 3, 17, 12, 15, CT, 0)
    me_t = ("Hi Paige,\n\nThank you for following up, and sorry for the delay. I've decided to focus on a couple of "
            "processes that are further along, so I'll pass on Verdance for now. I really appreciate you reaching "
            "out.\n\nBest,\nMarisol")
    d3 = dt(2026, 3, 17, 14, 20, ET, 31)
    t3 = ("Totally understand, Marisol - thanks for letting me know and best of luck! I'll close out your "
          "application on our side.\n\nPaige\n\n" + on_wrote(d_me, ME) + "\n" + quote(me_t))
    m3, _ = gmail_mail(cid + "3", d3, paige, OWNER, "Re: Next steps: Verdance Senior PMM", t3,
                       in_reply_to=gmail_mid(cid + "me"), refs=f"{mid1} {mid2} {gmail_mid(cid + 'me')}")
    case(cid, {"01-savvycal-link.eml": m1, "02-bump-open-slots.eml": m2, "03-paige-ack-withdrawal.eml": m3},
         dict(interview=False, interviews=[], difficulty="hard", category="negative/unused-scheduling-link",
              notes="Recruiter sends a SavvyCal link and proposes two concrete slots; nothing is booked and the "
                    "owner withdraws. Unbooked scheduling links are not interviews.",
              source="synthetic"))


def c20():
    cid = "b185-20-take-home-case-exercise"
    tamsin = ("Tamsin Greer", "tamsin.greer@quarry-labs.example")
    due = dt(2026, 4, 13, 9, 0, CT)
    W(due, "Monday")
    d1 = dt(2026, 4, 6, 11, 30, CT, 15)
    link = "https://app.greenhouse.io/tests/" + alnum(cid + "t", 32)
    t1 = ("Hi Marisol,\n\nThanks for your interest in the Product Marketing Manager role at Quarry Labs! The next "
          "step in our process is a written case exercise.\n\n"
          f"Please complete the PMM case exercise by {long_date(due)} at {hm(due)} CT using the link below:\n"
          f"{link}\n\nThe brief asks you to draft a positioning document and launch plan for a new data-quality "
          "add-on (max 6 slides). Please don't spend more than 3-4 hours on it.\n\nOnce the hiring team has "
          "reviewed your submission, we'll reach out about scheduling a 45-minute presentation with the panel.\n\n"
          "Best regards,\nTamsin Greer\nRecruiting Coordinator, Quarry Labs")
    m1 = greenhouse_mail(cid + "1", d1, "Quarry Labs - Product Marketing Manager case exercise", t1, A(*tamsin))
    d2 = dt(2026, 4, 13, 10, 41, CT, 2)
    t2 = ("Hi Marisol,\n\nGot your deck - thank you! The hiring team will review it this week. If we move "
          "forward, I'll send options for the panel presentation.\n\nTamsin")
    m2, _ = gmail_mail(cid + "2", d2, tamsin, OWNER, "Re: Quarry Labs case exercise", t2)
    case(cid, {"01-greenhouse-case-exercise.eml": m1, "02-tamsin-received-deck.eml": m2},
         dict(interview=False, interviews=[], difficulty="hard", category="negative/take-home-assignment",
              notes="Greenhouse take-home case with a due time; the presentation is only a possible future "
                    "step and never scheduled.",
              source="synthetic"))


def c21():
    cid = "b185-21-owner-is-interviewer-on-panel"
    marg = ("Marguerite Diaz", "marguerite.diaz@tallgrass-freight.example")
    darnell = ("Darnell Fox", "darnell.fox@tallgrass-freight.example")
    s = dt(2026, 4, 9, 14, 0, CT)
    e = s + timedelta(minutes=45)
    W(s, "Thursday")
    meet = meet_code(cid)
    rows = [("Candidate", "Casey Nolan"), ("Position", "Product Marketing Manager (REQ-PMM-114)"),
            ("When", f"{long_date(s)}, {hm(s)} - {hm(e)} CDT"),
            ("Your focus area", "Messaging & positioning"),
            ("Co-interviewer", f"{darnell[0]}, Regional Sales Director"),
            ("Location", f"Google Meet: https://meet.google.com/{meet}"),
            ("Scorecard", "https://app.greenhouse.io/guides/" + alnum(cid + "g", 12) + "/scorecard")]
    intro = ("Hi Marisol,\n\nYou've been scheduled to interview a candidate. Please review the resume and "
             "interview kit beforehand and submit your scorecard within 24 hours.")
    footer = "Can't make it? Decline here and the recruiting team will find a replacement.\n\nPowered by GoodTime"
    ics = simple_ics("-//GoodTime.io//Interview//EN", "REQUEST", f"gt-{hx(cid + 'uid', 20)}@goodtime.io", s, e,
                     dt(2026, 4, 1, 13, 2, CT).astimezone(UTC),
                     "Interview: Casey Nolan - Product Marketing Manager (Messaging)",
                     f"You are interviewing Casey Nolan. Focus: messaging & positioning.\nGoogle Meet: "
                     f"https://meet.google.com/{meet}", marg,
                     [("Marisol Vance", WORK, "NEEDS-ACTION"), (darnell[0], darnell[1], "ACCEPTED")],
                     location=f"https://meet.google.com/{meet}")
    m1 = goodtime_mail(cid + "1", dt(2026, 4, 1, 13, 2, CT, 47),
                       "Interview Request: Casey Nolan - Product Marketing Manager", "You're on an interview panel",
                       intro, rows, footer, A(*marg), ics=ics, work=True, to=WORK,
                       frm="Tallgrass Talent via GoodTime <notifications@goodtime.io>")
    case(cid, {"01-goodtime-you-are-interviewing.eml": m1},
         dict(interview=False, interviews=[], difficulty="hard", category="negative/owner-is-interviewer",
              notes="GoodTime interviewer request at the owner's current employer: she interviews a PMM candidate. "
                    "The user is not the candidate.",
              source="synthetic"))


def c22():
    cid = "b185-22-paid-mock-case-presentation"
    renata = ("Renata Silva", "renata@launchpad-coaching.example")
    s = dt(2026, 3, 14, 10, 0, CT)
    e = s + timedelta(hours=1)
    W(s, "Saturday")
    zid = zoom_id(cid)
    rows = [("Event", "Mock Interview: PMM Case Presentation (60 min)"),
            ("When", f"{long_date(s)}, {hml(s)} - {hml(e)} (Central Time - US & Canada)"),
            ("Host", f"{renata[0]} - {renata[1]}"), ("Location", f"Zoom https://us02web.zoom.us/j/{zid}"),
            ("Your answers", "What role are you preparing for? Senior PMM final-round panel presentations")]
    footer = f"Reschedule or cancel: https://zcal.co/booking/{hx(cid + 'bk', 16)}\n\nScheduled with zcal"
    ics = simple_ics("-//zcal//zcal//EN", "REQUEST", f"{hx(cid + 'uid', 24)}@zcal.co", s, e,
                     dt(2026, 3, 9, 19, 22, CT).astimezone(UTC), "Mock Interview: PMM Case Presentation (Renata / Marisol)",
                     "Practice run of your case presentation with live feedback. Paid session.\n"
                     f"Zoom: https://us02web.zoom.us/j/{zid}", renata,
                     [(renata[0], renata[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                     location=f"https://us02web.zoom.us/j/{zid}")
    m1 = zcal_mail(cid + "1", dt(2026, 3, 9, 19, 22, CT, 5),
                   "Confirmed: Mock Interview: PMM Case Presentation with Renata Silva", "Meeting confirmed",
                   "Hi Marisol,\n\nYour session is booked. Bring your deck and we'll run it like a real final-round "
                   "panel, then debrief.", rows, footer, A(*renata), ics=ics)
    intro = ("Receipt from Launchpad PMM Coaching\n\nAmount paid: $175.00\nDate paid: "
             f"{mdy(dt(2026, 3, 9, 19, 21, CT))}\nPayment method: Visa - 4417")
    rows2 = [("Mock Interview: PMM Case Presentation (60 min)", "$175.00"), ("Total", "$175.00")]
    foot2 = "Questions? Contact Launchpad PMM Coaching at renata@launchpad-coaching.example."
    m2 = vendor_mail(cid + "2", dt(2026, 3, 9, 19, 21, CT, 40),
                     A("Launchpad PMM Coaching", "invoice+statements+acct_1Pq" + alnum(cid, 10) + "@stripe.com"),
                     f"Your receipt from Launchpad PMM Coaching #{alnum(cid + 'r', 4, '0123456789')}-{alnum(cid + 's', 4, '0123456789')}",
                     vendor_text("", rows2, intro, foot2).lstrip("\n"),
                     vendor_html("Receipt", rows2, intro, foot2, accent="#635bff"),
                     mid_domain="stripe.com", host="mail-10.stripe.com", ip="54.240.36.29")
    case(cid, {"01-stripe-receipt.eml": m2, "02-zcal-mock-interview-confirmed.eml": m1},
         dict(interview=False, interviews=[], difficulty="medium", category="negative/mock-interview-coaching",
              notes="Paid mock case presentation with a coach booked via zcal (+ Stripe receipt). "
                    "Coaching/mock sessions are not interviews.",
              source="synthetic"))


# ============================================================================================

def main():
    for f in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13,
              c14, c15, c16, c17, c18, c19, c20, c21, c22):
        f()
    for name in os.listdir(HERE):
        p = os.path.join(HERE, name)
        if name.startswith("b185-") and os.path.isdir(p):
            shutil.rmtree(p)
    for cid, items in CASES.items():
        d = os.path.join(HERE, cid)
        os.makedirs(d)
        for fn, content in items.items():
            assert fn[:2].isdigit() and fn[2] == "-", fn
            data = content.encode("utf-8")
            if fn.endswith(".eml"):
                data = data.replace(b"\r\n", b"\n")
            with open(os.path.join(d, fn), "wb") as fh:
                fh.write(data)
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("# Labels for blind185 (written blind). Generated by make_cases.py; see README.md.\n")
        yaml.safe_dump(LABELS, fh, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)
    pos = sum(1 for l in LABELS.values() if l["interview"])
    n_iv = sum(len(l["interviews"]) for l in LABELS.values())
    n_c = sum(1 for l in LABELS.values() for i in l["interviews"] if i["status"] == "cancelled")
    print(f"{len(LABELS)} cases ({pos} positive, {len(LABELS) - pos} negative), {n_iv} interviews "
          f"({n_iv - n_c} scheduled, {n_c} cancelled)")


if __name__ == "__main__":
    main()
