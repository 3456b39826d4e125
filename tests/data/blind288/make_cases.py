#!/usr/bin/env python3
"""Generate the blind288 evaluation set (US K-12 hiring, Pacific Northwest).

Deletes and rewrites every b288-* case folder plus labels.yaml next to this script.
Standard library + PyYAML + zoneinfo only; output is byte-identical on every run.
"""
import base64
import hashlib
import html as htmlmod
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind288-k12-pnw"
OWNER = "emily.nguyen@example.com"
OWNER_NAME = "Emily Nguyen"
LA = ZoneInfo("America/Los_Angeles")
BOI = ZoneInfo("America/Boise")
SEL = ZoneInfo("Asia/Seoul")
NYC = ZoneInfo("America/New_York")
CHI = ZoneInfo("America/Chicago")
UTC = timezone.utc
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


# ----------------------------------------------------------------------------- basics
def hx(*parts, n=16):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()[:n]


def T(y, mo, d, hh, mm, tz, wd, off, ss=0):
    """Aware datetime; asserts weekday and UTC offset ('-07:00')."""
    x = datetime(y, mo, d, hh, mm, ss, tzinfo=tz)
    assert WD[x.weekday()] == wd, (x, wd, WD[x.weekday()])
    o = x.strftime("%z")
    assert o[:3] + ":" + o[3:] == off, (x, off, o)
    return x


def check_dst():
    def off(tz, *a):
        return datetime(*a, tzinfo=tz).utcoffset()
    h = timedelta(hours=1)
    lon = ZoneInfo("Europe/London")
    # US 2026: Mar 8 / Nov 1 (both Sundays)
    assert WD[datetime(2026, 3, 8).weekday()] == "Sun" and WD[datetime(2026, 11, 1).weekday()] == "Sun"
    assert off(LA, 2026, 3, 8, 1) == -8 * h and off(LA, 2026, 3, 8, 3) == -7 * h
    assert off(LA, 2026, 10, 31, 12) == -7 * h and off(LA, 2026, 11, 1, 3) == -8 * h
    assert off(BOI, 2026, 10, 31, 12) == -6 * h and off(BOI, 2026, 11, 2, 12) == -7 * h
    # EU/UK 2026: Mar 29 / Oct 25
    assert off(lon, 2026, 3, 28, 12) == 0 * h and off(lon, 2026, 3, 29, 12) == 1 * h
    assert off(lon, 2026, 10, 24, 12) == 1 * h and off(lon, 2026, 10, 25, 12) == 0 * h
    # Seoul: no DST, always +09:00
    assert off(SEL, 2026, 7, 1, 12) == 9 * h and off(SEL, 2026, 11, 6, 12) == 9 * h


def iso(x):
    return x.isoformat()


def rfcdate(x):
    return format_datetime(x)


def zstamp(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local_stamp(x):
    return x.strftime("%Y%m%dT%H%M%S")


def addr(name, email):
    if not name:
        return email
    try:
        name.encode("ascii")
    except UnicodeEncodeError:
        return Header(name, "utf-8").encode() + " <" + email + ">"
    if any(c in name for c in ',.()"@;:'):
        return '"' + name + '" <' + email + ">"
    return name + " <" + email + ">"


def gtime(x):
    h12 = x.hour % 12 or 12
    mm = ":%02d" % x.minute if x.minute else ""
    return "%d%s%s" % (h12, mm, "am" if x.hour < 12 else "pm")


def long_day(x):
    return x.strftime("%A %b ") + str(x.day) + x.strftime(", %Y")


def short_day(x):
    return x.strftime("%a %b ") + str(x.day) + x.strftime(", %Y")


# ----------------------------------------------------------------------------- MIME parts
def enc_body(data, enc):
    if enc == "b64":
        return "base64", base64.encodebytes(data).decode("ascii")
    if enc == "qp":
        s = quopri.encodestring(data).decode("ascii")
        return "quoted-printable", s if s.endswith("\n") else s + "\n"
    if enc == "7bit":
        data.decode("ascii")
        s = data.decode("ascii")
        return "7bit", s if s.endswith("\n") else s + "\n"
    if enc == "8bit":
        s = data.decode("utf-8")
        return "8bit", s if s.endswith("\n") else s + "\n"
    raise ValueError(enc)


def textpart(text, sub="plain", enc="qp", charset="UTF-8", extra=""):
    cte, body = enc_body(text.encode("utf-8"), enc)
    return ["Content-Type: text/%s; charset=\"%s\"%s" % (sub, charset, extra),
            "Content-Transfer-Encoding: " + cte], body


def calpart(ics_bytes, method="REQUEST", charset="UTF-8"):
    return ["Content-Type: text/calendar; charset=\"%s\"; method=%s" % (charset, method),
            "Content-Transfer-Encoding: base64"], base64.encodebytes(ics_bytes).decode("ascii")


def attachpart(data, ctype, filename, inline=False):
    disp = "inline" if inline else "attachment"
    return ["Content-Type: %s; name=\"%s\"" % (ctype, filename),
            "Content-Disposition: %s; filename=\"%s\"" % (disp, filename),
            "Content-Transfer-Encoding: base64"], base64.encodebytes(data).decode("ascii")


def multipart(sub, parts, boundary):
    out = []
    for hdrs, body in parts:
        out.append("--" + boundary + "\n" + "\n".join(hdrs) + "\n\n" + body)
    body = "\n".join(out) + "\n--" + boundary + "--\n"
    return ["Content-Type: multipart/%s; boundary=\"%s\"" % (sub, boundary)], body


def gbound(key):
    return "0000000000" + hx("bnd", key, n=18)


def obound(key):
    return "_000_" + hx("obnd", key, n=24).upper() + "namprd07prodoutlook_"


def abound(key):
    return "----=_Part_" + str(int(hx("abnd", key, n=8), 16)) + "_" + str(int(hx("abnd2", key, n=8), 16)) + ".17" + hx("t", key, n=10).translate(str.maketrans("abcdef", "123456"))


def html_from_text(text, font="Arial,Helvetica,sans-serif"):
    paras = [p for p in text.strip("\n").split("\n\n")]
    inner = "\n".join("<p>" + htmlmod.escape(p).replace("\n", "<br>\n") + "</p>" for p in paras)
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>"
            "<body><div style=\"font-family:%s;font-size:14px\">\n%s\n</div></body></html>\n" % (font, inner))


def received(key, host, sent):
    ip = "203.0.113.%d" % (int(hx("ip", key, n=4), 16) % 250 + 2)
    return ("Received: from %s (%s [%s])\n        by mx.example.com with ESMTPS id %s\n        for <%s>;\n        %s"
            % (host, host, ip, hx("rid", key, n=12), OWNER, rfcdate(sent.astimezone(UTC))))


def message(headers, part):
    hdrs, body = part
    lines = []
    for k, v in headers:
        if v is None or v == "":
            continue
        lines.append("%s: %s" % (k, v) if k != "Received" else v)
    lines.append("MIME-Version: 1.0")
    lines.extend(hdrs)
    return ("\n".join(lines) + "\n\n" + body).encode("utf-8")


class Thread:
    def __init__(self):
        self.ids = []

    def headers(self):
        if not self.ids:
            return []
        return [("In-Reply-To", self.ids[-1]), ("References", " ".join(self.ids[-6:]))]

    def add(self, mid):
        self.ids.append(mid)


def mid(key, domain, style="plain"):
    if style == "gmail":
        return "<CA%s%s@mail.gmail.com>" % (hx("m1", key, n=10).upper(), hx("m2", key, n=24))
    if style == "owner":
        return "<CAE%s+%s@mail.example.com>" % (hx("m1", key, n=12).upper(), hx("m2", key, n=20))
    if style == "iphone":
        a = hx("m1", key, n=32).upper()
        return "<%s-%s-%s-%s-%s@%s>" % (a[:8], a[8:12], a[12:16], a[16:20], a[20:32], domain)
    if style == "outlook":
        return "<%s@%s.namprd07.prod.outlook.com>" % (hx("m1", key, n=40).upper(), hx("m2", key, n=8).upper())
    return "<%s.%s@%s>" % (hx("m1", key, n=12), hx("m2", key, n=8), domain)


def quote(sent, name, email, text):
    hdr = "On %s, %s at %s %s <%s> wrote:" % (
        sent.strftime("%a"), sent.strftime("%b ") + str(sent.day) + sent.strftime(", %Y"),
        sent.strftime("%I:%M %p").lstrip("0"), name, email)
    return hdr + "\n" + "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


def mail(key, sent, frm, to, subject, text, *, cc=None, reply_to=None, thread=None, html=False,
         enc="qp", html_enc="qp", attachments=(), extra=(), style="plain", host=None, sender=None):
    """Ordinary e-mail. frm/to/cc are (name, email) tuples or lists of them."""
    fname, femail = frm
    domain = femail.split("@")[1]
    m = mid(key, domain, style)
    tos = to if isinstance(to, list) else [to]
    ccs = cc if isinstance(cc, list) else ([cc] if cc else [])
    headers = [("Delivered-To", OWNER),
               ("Received", received(key, host or ("mail." + domain), sent)),
               ("From", addr(fname, femail)),
               ("Sender", sender),
               ("Reply-To", addr(*reply_to) if reply_to else None),
               ("To", ", ".join(addr(*t) for t in tos)),
               ("Cc", ", ".join(addr(*c) for c in ccs) if ccs else None),
               ("Subject", subject if all(ord(c) < 128 for c in subject) else Header(subject, "utf-8").encode()),
               ("Date", rfcdate(sent)),
               ("Message-ID", m)]
    if thread is not None:
        headers += thread.headers()
    headers += list(extra)
    part = textpart(text, "plain", enc, extra="; format=flowed" if style == "gmail" else "")
    if html:
        hp = textpart(html if isinstance(html, str) else html_from_text(text), "html", html_enc)
        part = multipart("alternative", [part, hp], gbound(key + "alt") if style in ("gmail", "owner") else abound(key + "alt"))
    if attachments:
        part = multipart("mixed", [part] + list(attachments), gbound(key + "mix") if style in ("gmail", "owner") else abound(key + "mix"))
    if thread is not None:
        thread.add(m)
    return message(headers, part)


# ----------------------------------------------------------------------------- iCalendar
def fold(line):
    b = line.encode("utf-8")
    out, first = [], True
    while b:
        lim = 75 if first else 74
        chunk = b[:lim]
        while True:
            try:
                chunk.decode("utf-8")
                break
            except UnicodeDecodeError:
                chunk = chunk[:-1]
        out.append((b"" if first else b" ") + chunk)
        b = b[len(chunk):]
        first = False
    return b"\r\n".join(out)


def ics(lines):
    return b"\r\n".join(fold(l) for l in lines) + b"\r\n"


def esc(t):
    return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ = {
    "Pacific Standard Time": [
        "BEGIN:VTIMEZONE", "TZID:Pacific Standard Time",
        "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700",
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "America/Los_Angeles": [
        "BEGIN:VTIMEZONE", "TZID:America/Los_Angeles", "X-LIC-LOCATION:America/Los_Angeles",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0800", "TZOFFSETTO:-0700", "TZNAME:PDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0800", "TZNAME:PST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
    "America/Boise": [
        "BEGIN:VTIMEZONE", "TZID:America/Boise",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0600", "TZNAME:MDT",
        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0700", "TZNAME:MST",
        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
        "END:VTIMEZONE"],
}


def attendee(name, email, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", rsvp="TRUE", google=False):
    extra = ";X-NUM-GUESTS=0" if google else ""
    return "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s%s:mailto:%s" % (
        role, partstat, rsvp, name or email, extra, email)


def dtlines(start, end, style, tzid=None):
    if style == "utc":
        return ["DTSTART:" + zstamp(start), "DTEND:" + zstamp(end)]
    if style == "floating":
        return ["DTSTART:" + local_stamp(start), "DTEND:" + local_stamp(end)]
    return ["DTSTART;TZID=%s:%s" % (tzid, local_stamp(start)), "DTEND;TZID=%s:%s" % (tzid, local_stamp(end))]


def generic_ics(*, prodid, method, uid, seq, stamp, start, end, summary, organizer, attendees,
                description="", location="", style="tzid", tzid="America/Los_Angeles", status="CONFIRMED",
                extra=(), alarm=True):
    L = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append("METHOD:" + method)
    if style == "tzid":
        L += VTZ[tzid]
    L += ["BEGIN:VEVENT"] + dtlines(start, end, style, tzid) + ["DTSTAMP:" + zstamp(stamp)]
    if organizer:
        L.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    L.append("UID:" + uid)
    L += [attendee(n, e, p) for (n, e, p) in attendees]
    L += ["CREATED:" + zstamp(stamp), "DESCRIPTION:" + esc(description), "LAST-MODIFIED:" + zstamp(stamp),
          "LOCATION:" + esc(location), "SEQUENCE:%d" % seq, "STATUS:" + status, "SUMMARY:" + esc(summary),
          "TRANSP:OPAQUE"] + list(extra)
    if alarm:
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "TRIGGER:-PT30M", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    return ics(L)


# ----------------------------------------------------------------------------- Google Calendar invitation
def google_invite(key, sent, org, guests, summary, start, end, description, *, seq=0, uid=None,
                  method="REQUEST", kind="new", note=None, location="", meet=True, view_tz=LA,
                  tzlabel="Pacific Time - Los Angeles"):
    """org = (name, email); guests = list of (name, email, partstat) excluding organizer."""
    uid = uid or (hx("guid", key, n=26) + "@google.com")
    s, e = start.astimezone(view_tz), end.astimezone(view_tz)
    abbr = s.strftime("%Z")
    when_subj = "%s %s - %s (%s)" % (short_day(s), gtime(s), gtime(e), abbr)
    prefix = {"new": "Invitation", "update": "Updated invitation", "cancel": "Canceled event"}[kind]
    if kind == "cancel" and note:
        prefix = "Canceled event with note"
    subject = "%s: %s @ %s (%s)" % (prefix, summary, when_subj, OWNER)
    code = "%s-%s-%s" % (hx("mt1", uid, n=3), hx("mt2", uid, n=4), hx("mt3", uid, n=3))
    code = code.translate(str.maketrans("0123456789", "ghijkmnpqr"))
    meet_url = "https://meet.google.com/" + code
    pin = str(int(hx("pin", uid, n=8), 16))[:9]
    eid = base64.urlsafe_b64encode((uid.split("@")[0] + " " + OWNER).encode()).decode().rstrip("=")
    view = "https://calendar.google.com/calendar/event?action=VIEW&eid=" + eid
    T_ = []
    if kind == "cancel":
        T_.append("This event has been canceled and removed from your calendar.")
        if note:
            T_ += ["", note]
        T_.append("")
    T_ += [summary, "%s \u22c5 %s \u2013 %s" % (long_day(s), gtime(s), gtime(e)), tzlabel, ""]
    if location:
        T_ += ["Location", location, ""]
    if meet and kind != "cancel":
        T_ += ["Join with Google Meet", meet_url, "", "Join by phone", "(US) +1 %s-%s-%s" % (
            "971", str(int(hx("ph", uid, n=6), 16))[:3], str(int(hx("ph2", uid, n=6), 16))[:4]), "PIN: " + pin, ""]
    T_ += ["Organizer", org[0], org[1], "", "Guests", "%s - organizer" % org[0], org[1]]
    for n, em, _ in guests:
        T_ += ([n, em] if n else [em])
    T_ += ["View all guest info " + view, ""]
    if description and kind != "cancel":
        T_ += [description, ""]
    if kind != "cancel":
        T_ += ["Reply for %s and view more details %s" % (OWNER, view), ""]
    T_ += ["", "~~//~~", "Invitation from Google Calendar: https://calendar.google.com/calendar/", "",
           "You are receiving this email because you are an attendee on the event.", "",
           "Forwarding this invitation could allow any recipient to send a response to the organizer, "
           "be added to the guest list, invite others regardless of their own invitation status, or modify "
           "your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    text = "\n".join(T_) + "\n"
    htmlbody = html_from_text(text, font="Roboto,Helvetica,Arial,sans-serif")
    # iCalendar
    L = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
         "CALSCALE:GREGORIAN", "METHOD:" + method, "BEGIN:VEVENT"] + dtlines(start, end, "utc") + [
        "DTSTAMP:" + zstamp(sent), "ORGANIZER;CN=%s:mailto:%s" % org, "UID:" + uid,
        attendee(org[0], org[1], "ACCEPTED", google=True)]
    for n, em, p in guests:
        L.append(attendee(n or em, em, p, google=True))
    if meet and kind != "cancel":
        L.append("X-GOOGLE-CONFERENCE:" + meet_url)
    desc = description
    if meet and kind != "cancel":
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 "Join with Google Meet: %s\n\nLearn more about Meet at: https://support.google.com/a/users/answer/9282720\n\n"
                 "Please do not edit this section.\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-" % meet_url)
    L += ["CREATED:" + zstamp(sent - timedelta(minutes=3)), "DESCRIPTION:" + esc(desc),
          "LAST-MODIFIED:" + zstamp(sent), "LOCATION:" + esc(location), "SEQUENCE:%d" % seq,
          "STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"), "SUMMARY:" + esc(summary),
          "TRANSP:OPAQUE"]
    if method != "CANCEL":
        L += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H10M0S", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    cal = ics(L)
    alt = multipart("alternative", [textpart(text, "plain", "b64", extra="; format=flowed; delsp=yes"),
                                    textpart(htmlbody, "html", "qp"), calpart(cal, method)], gbound(key + "a"))
    att_name = "invite.ics"
    mixed = multipart("mixed", [alt, attachpart(cal, "application/ics", att_name)], gbound(key + "m"))
    headers = [("Delivered-To", OWNER),
               ("Received", received(key, "mail-sor-f%d.google.com" % (int(hx("g", key, n=2), 16) % 90 + 10), sent)),
               ("Return-Path", "<%s@calendar-server.bounces.google.com>" % hx("rp", key, n=22)),
               ("Reply-To", addr(*org)),
               ("Sender", "Google Calendar <calendar-notification@google.com>"),
               ("Message-ID", "<calendar-%s-%s-%s-%s-%s@google.com>" % (hx("c1", key, n=8), hx("c2", key, n=4),
                                                                     hx("c3", key, n=4), hx("c4", key, n=4), hx("c5", key, n=12))),
               ("Date", rfcdate(sent.astimezone(UTC)).replace("-0000", "+0000")),
               ("Subject", Header(subject, "utf-8").encode() if any(ord(c) > 127 for c in subject) else subject),
               ("From", addr(*org)),
               ("To", OWNER)]
    return message(headers, mixed)


# ----------------------------------------------------------------------------- Outlook / Teams invitation
def outlook_invite(key, sent, org, guests, summary, start, end, note, *, seq=0, uid=None, method="REQUEST",
                   teams=True, location=None, subject=None, importance=1):
    uid = uid or ("040000008200E00074C5B7101A82E00800000000" + hx("ouid", key, n=48).upper())
    tzid = "Pacific Standard Time"
    label = "(UTC-08:00) Pacific Time (US & Canada)"
    s, e = start.astimezone(LA), end.astimezone(LA)
    when = "%s %s-%s. %s" % (s.strftime("%A, %B ") + str(s.day) + s.strftime(", %Y"),
                             s.strftime("%I:%M %p").lstrip("0"), e.strftime("%I:%M %p").lstrip("0"), label)
    loc = location or ("Microsoft Teams Meeting" if teams else "")
    meeting_id = " ".join(str(int(hx("tid", uid, n=12), 16))[i:i + 3] for i in range(0, 12, 3))
    passcode = hx("pc", uid, n=6).translate(str.maketrans("0123456789", "QrTxHmKpWz"))
    join = "https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0" % hx("tj", uid, n=32)
    lines = ["When: " + when, "Where: " + loc, "", note.rstrip("\n"), ""]
    if teams and method != "CANCEL":
        lines += ["_" * 80, "Microsoft Teams meeting", "Join on your computer, mobile app or room device",
                  "Click here to join the meeting<%s>" % join, "Meeting ID: " + meeting_id, "Passcode: " + passcode,
                  "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>",
                  "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/>",
                  "_" * 80]
    text = "\n".join(lines) + "\n"
    desc = "\n".join(lines[3:])
    L = ["BEGIN:VCALENDAR", "METHOD:" + method, "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"] + VTZ[tzid]
    L += ["BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % org]
    for n, em in guests:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (n, em))
    L += ["DESCRIPTION;LANGUAGE=en-US:" + esc(desc), "UID:" + uid,
          "SUMMARY;LANGUAGE=en-US:" + esc(("Canceled: " if method == "CANCEL" else "") + summary)]
    L += dtlines(start.astimezone(LA), end.astimezone(LA), "tzid", tzid)
    L += ["CLASS:PUBLIC", "PRIORITY:%d" % (1 if method == "CANCEL" else 5), "DTSTAMP:" + zstamp(sent),
          "TRANSP:OPAQUE", "STATUS:" + ("CANCELLED" if method == "CANCEL" else "CONFIRMED"), "SEQUENCE:%d" % seq,
          "LOCATION;LANGUAGE=en-US:" + esc(loc),
          "X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % seq,
          "X-MICROSOFT-CDO-OWNERAPPTID:%d" % (int(hx("own", uid, n=7), 16)),
          "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if method == "CANCEL" else "TENTATIVE"),
          "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if method == "CANCEL" else "BUSY"),
          "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:%d" % importance,
          "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams and method != "CANCEL":
        L += ["X-MICROSOFT-SKYPETEAMSMEETINGURL:" + join, "X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teamsforbusiness/" + hx("ss", uid, n=20),
              "X-MICROSOFT-SKYPETEAMSPROPERTIES:{\"cid\":\"19:meeting_%s@thread.v2\"\\,\"private\":true\\,\"type\":0}" % hx("tj", uid, n=32)]
    L += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
          "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE",
          "X-MICROSOFT-LOCATIONDISPLAYNAME:" + esc(loc)]
    if method != "CANCEL":
        L += ["BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM"]
    L += ["END:VEVENT", "END:VCALENDAR"]
    cal = ics(L)
    alt = multipart("alternative", [textpart(text, "plain", "qp", charset="us-ascii" if all(ord(c) < 128 for c in text) else "utf-8"),
                                    textpart(html_from_text(text, "Aptos,Calibri,sans-serif"), "html", "qp", charset="utf-8"),
                                    calpart(cal, method, "utf-8")], obound(key))
    subj = subject or (("Canceled: " if method == "CANCEL" else "") + summary)
    tos = [em for _, em in guests]
    headers = [("Delivered-To", OWNER),
               ("Received", received(key, "%s.namprd07.prod.outlook.com" % hx("host", key, n=10).upper(), sent)),
               ("From", addr(*org)),
               ("To", ", ".join(addr(n, em) for n, em in guests)),
               ("Subject", subj),
               ("Thread-Topic", summary),
               ("Thread-Index", base64.b64encode(hashlib.sha256((SEED + uid).encode()).digest()[:22]).decode()),
               ("Date", rfcdate(sent)),
               ("Message-ID", mid(key, "outlook", "outlook")),
               ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
               ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
               ("X-MS-Exchange-Organization-SCL", "1")]
    assert OWNER in tos
    return message(headers, alt)


# ----------------------------------------------------------------------------- Calendar API event
def gcal_event(key, *, summary, description, start, end, tzname, organizer, attendees, created, updated,
               location=None, seq=0, meet=True, status="confirmed"):
    eid = hx("ev", key, n=26).translate(str.maketrans("0123456789", "ghijklmnop"))
    ev = {"kind": "calendar#event", "etag": "\"%d\"" % int(hx("etag", key, n=13), 16),
          "id": eid, "status": status,
          "htmlLink": "https://www.google.com/calendar/event?eid=" + base64.urlsafe_b64encode((eid + " " + OWNER).encode()).decode().rstrip("="),
          "created": created.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "updated": updated.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (int(hx("ms", key, n=4), 16) % 1000),
          "summary": summary, "description": description}
    if location:
        ev["location"] = location
    ev["creator"] = {"email": organizer[1], "displayName": organizer[0]} if organizer[1] != OWNER else {"email": OWNER, "self": True}
    ev["organizer"] = dict(ev["creator"])
    ev["start"] = {"dateTime": iso(start), "timeZone": tzname}
    ev["end"] = {"dateTime": iso(end), "timeZone": tzname}
    ev["iCalUID"] = eid + "@google.com"
    ev["sequence"] = seq
    ev["attendees"] = attendees
    if meet:
        code = "%s-%s-%s" % (hx("m1", key, n=3), hx("m2", key, n=4), hx("m3", key, n=3))
        code = code.translate(str.maketrans("0123456789", "qrstuvwxyz"))
        ev["hangoutLink"] = "https://meet.google.com/" + code
        ev["conferenceData"] = {"entryPoints": [{"entryPointType": "video", "uri": "https://meet.google.com/" + code,
                                                 "label": "meet.google.com/" + code}],
                                "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
                                "conferenceId": code}
    ev["reminders"] = {"useDefault": True}
    ev["eventType"] = "default"
    return (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# ----------------------------------------------------------------------------- labels
def I(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers), "followup_recipients": list(followups),
            "kind": kind}


def label(interviews, difficulty, category, notes):
    return {"user": OWNER, "interview": bool(interviews), "interviews": interviews, "difficulty": difficulty,
            "category": category, "notes": notes, "source": "synthetic"}


ME = (OWNER_NAME, OWNER)
CASES = []
TZ_NOTES = []


def case(slug):
    def deco(fn):
        CASES.append((slug, fn))
        return fn
    return deco


# ============================================================================= cases 01-12
@case("applitrack-principal-interview-ics")
def c01():
    k = "c01"
    sent = T(2026, 9, 8, 10, 12, LA, "Tue", "-07:00", 37)
    st = T(2026, 9, 14, 15, 30, LA, "Mon", "-07:00")
    en = st + timedelta(minutes=45)
    hr = ("Tamsin Reyes", "treyes@wrsd.example")
    prin = ("Dana Whitfield", "dwhitfield@wrsd.example")
    text = """Dear Emily Nguyen,

Thank you for your interest in employment with Willamette Ridge School District. You have been selected to interview for the following position:

Position: Mathematics Teacher, Grades 7-8 (1.0 FTE)
JobID: 4127
Location: Cedar Hollow Middle School

Interview Date: Monday, September 14, 2026
Interview Time: 3:30 PM - 4:15 PM (Pacific)
Interviewer: Dana Whitfield, Principal (dwhitfield@wrsd.example)
Where: Cedar Hollow Middle School, main office conference room, 14800 SW Hollow Ridge Rd, Tigard, OR 97224

Please check in at the front office a few minutes early; all visitors are asked to show photo ID and sign in through the Raptor kiosk. A calendar file for this appointment is attached.

If you need to change this time, reply to this message or contact Tamsin Reyes, Human Resources Technician, at 503-555-0147.

Willamette Ridge School District - Human Resources

This message was generated by Frontline Applicant Tracking (AppliTrack) on behalf of Willamette Ridge School District.
"""
    cal = generic_ics(prodid="-//Frontline Education//Applicant Tracking//EN", method="REQUEST",
                      uid="apptrk-4127-%s@applitrack.com" % hx("u", k, n=10), seq=0, stamp=sent, start=st, end=en,
                      summary="Interview: Mathematics Teacher, Grades 7-8 (JobID 4127) - Cedar Hollow MS",
                      organizer=hr, attendees=[(prin[0], prin[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                      description="Interview with Principal Dana Whitfield. Check in at the front office.",
                      location="Cedar Hollow Middle School - Main Office Conference Room, 14800 SW Hollow Ridge Rd, Tigard, OR 97224")
    m = mail(k + "m1", sent, ("Willamette Ridge School District", "noreply@applitrack.com"), ME,
             "Interview Scheduled - Mathematics Teacher, Grades 7-8 (JobID: 4127)", text,
             reply_to=hr, html=True, host="smtp.applitrack.com",
             attachments=[attachpart(cal, "text/calendar", "Interview.ics")])
    lab = label([I("Willamette Ridge School District", "Mathematics Teacher, Grades 7-8", st, en, "scheduled",
                   [prin[1]], [prin[1]], "hiring_manager")], "easy", "positive/ats-email-with-ics",
                "Frontline AppliTrack confirmation from noreply@applitrack.com with Reply-To HR and an .ics; the principal "
                "is the interviewer (HR technician only schedules).")
    return [("01-applitrack-interview-scheduled.eml", m)], lab


@case("edjoin-received-then-not-selected")
def c02():
    k = "c02"
    s1 = T(2026, 9, 3, 14, 22, LA, "Thu", "-07:00", 5)
    s2 = T(2026, 9, 24, 9, 5, LA, "Thu", "-07:00", 48)
    t1 = """EDJOIN - Education Job Opportunities Information Network

Your application has been submitted.

Applicant: Emily Nguyen
Posting: Middle School Mathematics Teacher (2026-27)
Posting ID: 1588204
District: Rogue Hollow School District, Grants Pass, OR
Submitted: 09/03/2026 2:22 PM

The district will review applications after the posting closes on 09/18/2026. Applicants selected for interviews will be contacted directly by the district. You can check the status of this application at any time from My Applications.

Please do not reply to this automated message.
"""
    t2 = """Dear Emily,

Thank you for applying for the Middle School Mathematics Teacher position (Posting ID 1588204) with Rogue Hollow School District.

We received a strong pool of applicants. After reviewing all applications, the screening committee has selected other candidates to move forward to interviews, which will be held the week of October 5. Your application will not be considered further for this posting.

We appreciate the time you put into your application and encourage you to apply for future openings on EDJOIN.

Sincerely,
Human Resources
Rogue Hollow School District
"""
    m1 = mail(k + "m1", s1, ("EDJOIN", "noreply@edjoin.org"), ME,
              "Application Submitted: Middle School Mathematics Teacher (2026-27) - Rogue Hollow School District", t1,
              html=True, html_enc="b64", host="mailer.edjoin.org")
    m2 = mail(k + "m2", s2, ("Rogue Hollow School District via EDJOIN", "noreply@edjoin.org"), ME,
              "Application status update - Middle School Mathematics Teacher", t2,
              reply_to=("Rogue Hollow SD Human Resources", "hr@rhsd.example"), html=True, host="mailer.edjoin.org")
    lab = label([], "medium", "negative/application-receipt-and-rejection",
                "EDJOIN submission receipt, then a not-selected notice that mentions the interview week for other candidates.")
    return [("01-edjoin-application-submitted.eml", m1), ("02-edjoin-not-selected.eml", m2)], lab


@case("principal-phone-tomorrow-at-2")
def c03():
    k = "c03"
    th = Thread()
    gt = ("Greg Tolliver", "gtolliver@emsd.example")
    s1 = T(2026, 9, 16, 20, 47, LA, "Wed", "-07:00", 12)
    s2 = T(2026, 9, 16, 21, 3, LA, "Wed", "-07:00", 40)
    s3 = T(2026, 9, 16, 21, 11, LA, "Wed", "-07:00", 5)
    st = T(2026, 9, 17, 14, 0, LA, "Thu", "-07:00")
    t1 = """Emily,
Saw your app come thru for the 7th grade math opening at Rockwood Heights. Can you come in tomorrow at 2? Plan on about 30 min, just me.

Greg Tolliver
Principal, Rockwood Heights Middle School
East Multnomah SD

Sent from my iPhone
"""
    t2 = """Hi Mr. Tolliver,

Yes, 2:00 tomorrow works. I'll arrange coverage for my last period. Should I check in at the main office?

Thank you,
Emily Nguyen
"""
    t3 = """Yep main office. Visitor parking off 162nd.

Sent from my iPhone
"""
    m1 = mail(k + "1", s1, gt, ME, "7th math", t1, thread=th, enc="7bit", style="iphone",
              extra=[("X-Mailer", "iPhone Mail (22A3354)")])
    m2 = mail(k + "2", s2, ME, gt, "Re: 7th math", t2 + "\n" + quote(s1, *gt, t1), thread=th, style="owner", html=True)
    m3 = mail(k + "3", s3, gt, ME, "Re: 7th math", t3 + "\n" + quote(s2, *ME, t2), thread=th, enc="7bit", style="iphone",
              extra=[("X-Mailer", "iPhone Mail (22A3354)")])
    TZ_NOTES.append(("principal-phone-tomorrow-at-2",
                     "\"tomorrow at 2\" in a Wed Sep 16 8:47 PM PDT phone mail = Thu 2026-09-17 14:00 -07:00."))
    lab = label([I("Rockwood Heights Middle School", "7th Grade Math Teacher", st, st + timedelta(minutes=30), "scheduled",
                   [gt[1]], [gt[1]], "hiring_manager")], "hard", "positive/email-body-relative-date",
                "Terse iPhone mail from the principal: \"tomorrow at 2\", about 30 min; time exists only in the body and "
                "must be resolved against the Date header (Wed evening -> Thu).")
    return [("01-principal-7th-math.eml", m1), ("02-reply-yes-2pm.eml", m2), ("03-principal-main-office.eml", m3)], lab


@case("frontline-absence-sub-assignment")
def c04():
    k = "c04"
    sent = T(2026, 10, 2, 16, 41, LA, "Fri", "-07:00", 9)
    st = T(2026, 10, 13, 7, 40, LA, "Tue", "-07:00")
    en = T(2026, 10, 13, 15, 20, LA, "Tue", "-07:00")
    text = """Frontline Absence Management

Hello Emily Nguyen,

Your absence has been filled.

Confirmation #: 812339074
Date: Tuesday, 10/13/2026
Time: 7:40 AM - 3:20 PM (Full Day)
Location: Sunnyslope Middle School
Reason: Personal Leave
Substitute: Jordan Pike

Notes to substitute:
Lesson plans are in the red folder on my desk. Periods 2 and 5 take the unit 2 quiz (answer key in the top drawer). Period 3 has a co-teacher, Ms. Ramos.

To view or change this absence, sign in at https://app.frontlineeducation.com or call 1-800-942-3767.
This is an automated message from Frontline Absence Management. Replies are not monitored.
"""
    cal = generic_ics(prodid="-//Frontline Education//Absence Management//EN", method="PUBLISH",
                      uid="abs-812339074@frontlineeducation.com", seq=0, stamp=sent, start=st, end=en,
                      summary="Absence: Emily Nguyen - Personal Leave (Sub: Jordan Pike) #812339074",
                      organizer=None, attendees=[(OWNER_NAME, OWNER, "ACCEPTED")],
                      description="Absence filled by substitute Jordan Pike. Sunnyslope Middle School.",
                      location="Sunnyslope Middle School", alarm=False)
    m = mail(k, sent, ("Frontline Absence Management", "noreply@frontlineeducation.com"), ME,
             "Absence Confirmation #812339074: Filled - Tuesday, October 13, 2026", text, html=True,
             host="mta.frontlineeducation.com", attachments=[attachpart(cal, "text/calendar", "absence_812339074.ics")])
    lab = label([], "medium", "negative/substitute-assignment",
                "Frontline Absence Management: a substitute was assigned to cover the owner's classroom; a timed "
                "workday block with an .ics, not an interview.")
    return [("01-frontline-absence-filled.eml", m)], lab


@case("committee-panel-propose-confirm")
def c05():
    k = "c05"
    th = Thread()
    cm = ("Colleen Marsh", "cmarsh@crps.example")
    ha = ("Howard Achebe", "hachebe@crps.example")
    sl = ("Sara Lindqvist", "slindqvist@crps.example")
    s1 = T(2026, 9, 22, 11, 3, LA, "Tue", "-07:00", 51)
    s2 = T(2026, 9, 22, 19, 26, LA, "Tue", "-07:00", 10)
    s3 = T(2026, 9, 23, 8, 14, LA, "Wed", "-07:00", 2)
    T(2026, 10, 6, 15, 45, LA, "Tue", "-07:00")
    st = T(2026, 10, 7, 16, 30, LA, "Wed", "-07:00")
    en = st + timedelta(minutes=45)
    t1 = """Hi Emily,

Thank you for applying with Clark Ridge Public Schools. The hiring committee at Fort Plains Middle School would like to invite you to interview for the 8th Grade Mathematics position (posting CR-2026-311).

Interviews are 45 minutes, in person at Fort Plains. The committee includes Principal Howard Achebe, math department lead Sara Lindqvist, one of our instructional coaches and a parent representative from the site council.

We have two openings left:
  - Tuesday, October 6 at 3:45 PM
  - Wednesday, October 7 at 4:15 PM

Reply with whichever works better and I'll send a confirmation with directions.

Colleen Marsh
Human Resources Specialist, Certificated Staffing
Clark Ridge Public Schools | Vancouver, WA
360-555-0182
"""
    t2 = """Hi Colleen,

Thank you so much! The 6th is our conference night, so Wednesday the 7th is better for me. My last class in Portland ends at 3:50 and the bridge traffic can be unpredictable; would 4:30 be possible instead of 4:15? If not, I'll make 4:15 work.

Best,
Emily
"""
    t3 = """Hi Emily,

The committee is happy to start at 4:30, so you're confirmed:

  Wednesday, October 7, 4:30-5:15 PM
  Fort Plains Middle School, library conference room
  5100 NE 119th St, Vancouver, WA 98686 (check in at the front office)

Panel: Howard Achebe, Principal; Sara Lindqvist, Math Department Lead; Devon Price, Instructional Coach; and a parent representative. I've copied Howard and Sara here.

Plan to talk through a recent lesson and how you use assessment data. Since you hold an Oregon license, please also bring a copy so we can start the Washington reciprocity paperwork if you move forward.

Thanks,
Colleen
"""
    m1 = mail(k + "1", s1, cm, ME, "Interview invitation - 8th Grade Math, Fort Plains Middle School", t1, thread=th,
              html=True, style="outlook", host="mail.crps.example")
    m2 = mail(k + "2", s2, ME, cm, "Re: Interview invitation - 8th Grade Math, Fort Plains Middle School",
              t2 + "\n" + quote(s1, *cm, t1), thread=th, style="owner")
    m3 = mail(k + "3", s3, cm, ME, "RE: Interview invitation - 8th Grade Math, Fort Plains Middle School",
              t3 + "\n" + quote(s2, *ME, t2), cc=[ha, sl], thread=th, html=True, style="outlook")
    lab = label([I("Clark Ridge Public Schools", "8th Grade Mathematics Teacher", st, en, "scheduled",
                   [ha[1], sl[1]], [ha[1], sl[1]], "onsite")], "medium", "positive/thread-propose-confirm",
                "HR offers Oct 6 3:45 or Oct 7 4:15; owner asks for 4:30 on the 7th; HR confirms 4:30-5:15. Committee "
                "panel (principal, math lead, coach, parent) -> onsite; only the principal and math lead have addresses.")
    return [("01-hr-interview-invitation.eml", m1), ("02-reply-prefer-wednesday.eml", m2),
            ("03-hr-confirmed-430.eml", m3)], lab


@case("tspc-fingerprinting-appointment")
def c06():
    k = "c06"
    sent = T(2026, 9, 21, 12, 30, NYC, "Mon", "-04:00", 17)
    st = T(2026, 9, 28, 16, 20, LA, "Mon", "-07:00")
    text = """Fieldprint Appointment Confirmation

Dear Emily Nguyen,

Your fingerprinting appointment is confirmed.

Fieldprint ID: FP26-5573190
Account: Oregon TSPC - Educator Licensure
Appointment Date: Monday, September 28, 2026
Appointment Time: 4:20 PM
Location: Fieldprint Portland SE, 3800 SE Division St, Suite 210, Portland, OR 97202

What to bring:
- Two forms of valid, unexpired identification (one must be a government-issued photo ID)
- This confirmation number

Please arrive 10 minutes early. If you need to reschedule, use the link in your Fieldprint account at least 24 hours before your appointment.

Fieldprint, Inc.
"""
    cal = generic_ics(prodid="-//Fieldprint//Scheduling//EN", method="PUBLISH", uid="FP26-5573190@fieldprint.com",
                      seq=0, stamp=sent, start=st, end=st + timedelta(minutes=15),
                      summary="Fieldprint fingerprinting appointment (Oregon TSPC)", organizer=None,
                      attendees=[(OWNER_NAME, OWNER, "ACCEPTED")],
                      description="Fieldprint ID FP26-5573190. Bring two forms of ID.",
                      location="Fieldprint Portland SE, 3800 SE Division St, Suite 210, Portland, OR 97202")
    m = mail(k, sent, ("Fieldprint", "noreply@fieldprint.com"), ME,
             "Fieldprint Appointment Confirmation - FP26-5573190", text, html=True, html_enc="b64",
             host="smtp.fieldprint.com", attachments=[attachpart(cal, "text/calendar", "appointment.ics")])
    lab = label([], "easy", "negative/fingerprinting-appointment",
                "Background-check fingerprinting appointment for the Oregon teaching license; timed appointment with .ics.")
    return [("01-fieldprint-confirmation.eml", m)], lab


@case("demo-lesson-interview-day-three-invites")
def c07():
    k = "c07"
    rd = ("Rachel Dunmore", "rdunmore@mcsd.example")
    tv = ("Theresa Vang", "tvang@mcsd.example")
    oh = ("Omar Haddad", "ohaddad@mcsd.example")
    bs = ("Beth Sorensen", "bsorensen@mcsd.example")
    aw = ("Aaron Whitlock", "aaron.whitlock@whitlockfamily.example")
    s0 = T(2026, 10, 2, 13, 20, LA, "Fri", "-07:00", 44)
    b1s = T(2026, 10, 13, 8, 50, LA, "Tue", "-07:00")
    b1e = T(2026, 10, 13, 9, 35, LA, "Tue", "-07:00")
    b2s = T(2026, 10, 13, 9, 45, LA, "Tue", "-07:00")
    b2e = T(2026, 10, 13, 10, 30, LA, "Tue", "-07:00")
    b3s = T(2026, 10, 13, 10, 40, LA, "Tue", "-07:00")
    b3e = T(2026, 10, 13, 11, 0, LA, "Tue", "-07:00")
    t0 = """Hi Emily,

We're looking forward to having you at Fircrest Middle School on Tuesday, October 13. Here is how the morning will run:

8:50-9:35  Demonstration lesson, Period 2, 7th grade math (Room 118). Principal Vang and our math coach Omar Haddad will observe. Topic: proportional relationships (7.RP.A.2). There are 28 students; a projector and document camera are in the room, and we can make copies if you email them to me by Friday the 9th.
9:45-10:30  Committee interview in the library conference room: Theresa Vang, Omar Haddad, counselor Beth Sorensen and parent representative Aaron Whitlock.
10:40-11:00  Wrap-up with Principal Vang.

Please sign in at the front office by 8:35 so we can get your visitor badge. I'll send a separate calendar invitation for each block from my Google calendar.

Rachel Dunmore
Administrative Assistant to the Principal
Fircrest Middle School | Mill Creek School District
503-555-0163
"""
    m0 = mail(k + "0", s0, rd, ME, "Interview day schedule - Fircrest MS 7th Grade Math (Tues 10/13)", t0,
              cc=[tv], html=True, style="gmail", host="mail-yw1-f169.google.com")
    inv = []
    blocks = [
        ("demo", b1s, b1e, "Demo Lesson - Emily Nguyen - Period 2, Gr 7 Math (Room 118)", [tv, oh],
         "Candidate demonstration lesson for the 7th Grade Mathematics Teacher opening. Observers: Theresa Vang, Omar Haddad.",
         "Fircrest Middle School, Room 118"),
        ("panel", b2s, b2e, "Interview Committee - 7th Grade Math Teacher candidate (E. Nguyen)", [tv, oh, bs, aw],
         "Committee interview. Library conference room.", "Fircrest Middle School, Library Conference Room"),
        ("wrap", b3s, b3e, "Wrap-up: Emily Nguyen / Principal Vang", [tv],
         "Short wrap-up conversation with the principal.", "Fircrest Middle School, Main Office"),
    ]
    for i, (tag, a, b, summ, ppl, desc, loc) in enumerate(blocks):
        sent = T(2026, 10, 2, 20, 23 + i, UTC, "Fri", "+00:00", 10 + 7 * i)
        guests = [(n, e, "ACCEPTED") for n, e in ppl] + [(OWNER_NAME, OWNER, "NEEDS-ACTION")]
        inv.append(google_invite(k + tag, sent, rd, guests, summ, a, b, desc, location=loc, meet=False))
    lab = label([I("Mill Creek School District", "7th Grade Mathematics Teacher", b1s, b3e, "scheduled",
                   [tv[1], oh[1], bs[1], aw[1]], [tv[1], oh[1], bs[1], aw[1]], "onsite")], "hard",
                "positive/onsite-multi-invite",
                "Interview day = demo lesson with students + committee interview + wrap-up, sent as a cover mail and three "
                "Google invites; one onsite 08:50-11:00 with all interviewers (coordinator excluded).")
    return [("01-coordinator-interview-day-schedule.eml", m0), ("02-invitation-demo-lesson.eml", inv[0]),
            ("03-invitation-committee-interview.eml", inv[1]), ("04-invitation-wrap-up.eml", inv[2])], lab


@case("union-building-rep-meeting-teams")
def c08():
    k = "c08"
    rs = ("Rita Sandoval", "rsandoval@jcea.example")
    sent = T(2026, 10, 1, 19, 12, LA, "Thu", "-07:00", 30)
    st = T(2026, 10, 8, 16, 15, LA, "Thu", "-07:00")
    en = T(2026, 10, 8, 17, 30, LA, "Thu", "-07:00")
    note = """Hi building reps,

Our October Rep Council is on Teams this month so nobody has to drive across the district after conferences prep.

Agenda:
1. Bargaining update: tentative agreement language on class-size caps and planning time
2. Member survey results (please share with your buildings by 10/16)
3. Supporting members through evaluation cycles and pre-observation conferences
4. OEA Fall Conference delegates

Invites go to personal addresses, per our policy of keeping union business off district accounts.

In solidarity,
Rita Sandoval
President, Johnson Creek Education Association (OEA/NEA)
"""
    guests = [(OWNER_NAME, OWNER), ("Marcus Feld", "mfeld@jcea.example"), ("Ana Ruiz", "aruiz@jcea.example")]
    m = outlook_invite(k, sent, rs, guests, "JCEA Rep Council - October (bargaining update)", st, en, note)
    lab = label([], "easy", "negative/union-meeting",
                "Teams invite for the teachers' union building-rep council; owner is a member, no hiring process.")
    return [("01-jcea-rep-council-invite.eml", m)], lab


@case("north-idaho-phone-interview-cancelled")
def c09():
    k = "c09"
    mf = ("Marla Finch", "mfinch@khsd.example")
    db = ("Dale Brenner", "dbrenner@khsd.example")
    s1 = T(2026, 9, 29, 10, 2, LA, "Tue", "-07:00", 19)
    s2 = T(2026, 10, 2, 15, 47, LA, "Fri", "-07:00", 3)
    s3 = T(2026, 10, 2, 15, 49, LA, "Fri", "-07:00", 40)
    st = T(2026, 10, 8, 10, 0, LA, "Thu", "-07:00")
    en = st + timedelta(minutes=30)
    uid = "040000008200E00074C5B7101A82E00800000000" + hx("uid9", k, n=48).upper()
    note1 = """Hi Emily,

Here is the invitation for your phone interview with Dale Brenner, principal at Prairie View Middle School, for the math teacher position. Mr. Brenner will call you at 503-555-0129.

Just so there's no confusion with the time: we're on Pacific time up here in the panhandle, same as Portland, not Mountain like Boise.

Marla Finch
Human Resources Generalist
Kootenai Heights School District
208-555-0174
"""
    m1 = outlook_invite(k + "1", s1, mf, [(OWNER_NAME, OWNER), db],
                        "Phone Interview - Emily Nguyen - Math Teacher, Prairie View MS", st, en, note1, uid=uid,
                        teams=False, location="Phone - Principal Brenner will call 503-555-0129")
    t2 = """Emily,

I'm sorry to do this on short notice. Prairie View filled the math position through an internal transfer this afternoon, so we need to cancel your phone interview with Mr. Brenner on Thursday, October 8. You'll get the calendar cancellation in a minute.

Your application stays active in our system, and I'll reach out if another secondary math opening comes up this year.

Marla Finch
Human Resources Generalist
Kootenai Heights School District
"""
    m2 = mail(k + "2", s2, mf, ME, "Thursday phone interview - Prairie View MS", t2, cc=[db], html=True, style="outlook")
    m3 = outlook_invite(k + "3", s3, mf, [(OWNER_NAME, OWNER), db],
                        "Phone Interview - Emily Nguyen - Math Teacher, Prairie View MS", st, en,
                        "The position has been filled. Sorry for the inconvenience.", uid=uid, seq=1, method="CANCEL",
                        teams=False, location="Phone - Principal Brenner will call 503-555-0129")
    TZ_NOTES.append(("north-idaho-phone-interview-cancelled",
                     "northern Idaho district on Pacific time (Windows TZID \"Pacific Standard Time\", label "
                     "\"(UTC-08:00)\" while PDT applies): 2026-10-08 10:00 -07:00."))
    lab = label([I("Kootenai Heights School District", "Math Teacher", st, en, "cancelled", [db[1]], [db[1]],
                   "hiring_manager")], "medium", "positive/cancelled",
                "Outlook invite for a principal phone interview, cancelled by e-mail and METHOD:CANCEL (same UID, "
                "SEQUENCE 1). Idaho but Pacific time.")
    return [("01-outlook-phone-interview-invite.eml", m1), ("02-hr-cancel-email.eml", m2),
            ("03-outlook-canceled.eml", m3)], lab


@case("parent-teacher-conference-gcal")
def c10():
    k = "c10"
    la_ = ("Lucía Alvarez", "lucia@alvarezhome.example")
    th = Thread()
    s1 = T(2026, 10, 12, 18, 40, LA, "Mon", "-07:00", 22)
    st = T(2026, 10, 14, 16, 40, LA, "Wed", "-07:00")
    en = T(2026, 10, 14, 17, 0, LA, "Wed", "-07:00")
    t1 = """Hola Ms. Nguyen,

Thank you for the note about Mateo's quiz grades. Wednesday after school works for me, but I get off work at 4. Is 4:40 too late? I can come to your room.

Gracias,
Lucía Alvarez
"""
    m1 = mail(k, s1, la_, ME, "Re: Mateo - math conference?", t1, thread=th, html=True, style="gmail",
              host="mail-qk1-f178.google.com")
    created = T(2026, 10, 12, 20, 5, LA, "Mon", "-07:00")
    ev = gcal_event(k + "ev", summary="Parent-Teacher Conference: Mateo Alvarez (Gr 7 Math, P3)",
                    description="Unit 2 quiz grades, retake plan, seating. Mom (Lucía) coming after work.",
                    start=st, end=en, tzname="America/Los_Angeles", organizer=ME,
                    attendees=[{"email": OWNER, "organizer": True, "self": True, "responseStatus": "accepted"},
                               {"email": la_[1], "displayName": la_[0], "responseStatus": "accepted"}],
                    created=created, updated=created + timedelta(minutes=41), location="Sunnyslope Middle School, Room 214",
                    meet=False)
    lab = label([], "medium", "negative/owner-schedules-parent-conference",
                "Parent e-mail plus a Calendar API event the owner created for a parent-teacher conference at her current school.")
    return [("01-parent-email.eml", m1), ("02-ptc-mateo.gcal.json", ev)], lab


@case("teams-screen-rescheduled-across-dst")
def c11():
    k = "c11"
    nc = ("Nathan Cole", "ncole@plsd.example")
    uid = "040000008200E00074C5B7101A82E00800000000" + hx("uid11", k, n=48).upper()
    s1 = T(2026, 10, 16, 9, 31, LA, "Fri", "-07:00", 8)
    s2 = T(2026, 10, 23, 14, 5, LA, "Fri", "-07:00", 51)
    s3 = T(2026, 10, 23, 14, 6, LA, "Fri", "-07:00", 33)
    a1 = T(2026, 10, 27, 16, 0, LA, "Tue", "-07:00")
    st = T(2026, 11, 3, 16, 30, LA, "Tue", "-08:00")
    en = st + timedelta(minutes=30)
    note1 = """Hi Emily,

Thanks for applying to Puget Lowlands School District. This is a 30-minute screening conversation with me about your background, Washington certification timeline and which buildings interest you. Candidates who move forward are referred to principals for building interviews.

Nathan Cole
Talent Acquisition Partner, Certificated
Puget Lowlands School District | Kent, WA
"""
    m1 = outlook_invite(k + "1", s1, nc, [(OWNER_NAME, OWNER)],
                        "Screening Interview: Emily Nguyen - Secondary Math (MS pool)", a1, a1 + timedelta(minutes=30),
                        note1, uid=uid, seq=0)
    t2 = """Hi Emily,

I need to move our screening call. I've been pulled into a principal hiring meeting on the 27th that I can't get out of. I just sent an updated invite for Tuesday, November 3 at 4:30 PM, same Teams link. If that doesn't work, send me two or three times that week and I'll make one of them happen.

Apologies for the shuffle,
Nathan
"""
    m2 = mail(k + "2", s2, nc, ME, "Moving our screening call", t2, html=True, style="outlook")
    note3 = """Hi Emily,

Updated time for our screening conversation (moved from Oct 27). Same Teams link.

Nathan Cole
Talent Acquisition Partner, Certificated
Puget Lowlands School District
"""
    m3 = outlook_invite(k + "3", s3, nc, [(OWNER_NAME, OWNER)],
                        "Screening Interview: Emily Nguyen - Secondary Math (MS pool)", st, en, note3, uid=uid, seq=1)
    TZ_NOTES.append(("teams-screen-rescheduled-across-dst",
                     "Teams invite moved (same UID, SEQUENCE 0 -> 1) from Tue Oct 27 16:00 PDT (-07:00) to Tue Nov 3 "
                     "16:30 PST (-08:00), across the Nov 1 US change; Outlook label always reads \"(UTC-08:00)\"."))
    lab = label([I("Puget Lowlands School District", "Secondary Math Teacher", st, en, "scheduled", [nc[1]], [nc[1]],
                   "phone_screen")], "hard", "positive/reschedule-sequence",
                "Exchange/Teams recruiter screen; e-mail plus updated invite (SEQUENCE 1) move it across the US DST "
                "change. Final Nov 3 16:30 -08:00.")
    return [("01-teams-screening-invite.eml", m1), ("02-recruiter-moving-call.eml", m2),
            ("03-teams-updated-invite.eml", m3)], lab


@case("district-hiring-fair-no-slot")
def c12():
    k = "c12"
    sent = T(2026, 10, 7, 10, 0, NYC, "Wed", "-04:00", 12)
    st = T(2026, 10, 17, 9, 0, LA, "Sat", "-07:00")
    en = T(2026, 10, 17, 13, 0, LA, "Sat", "-07:00")
    text = """You're registered!

Evergreen Sound Public Schools - Certificated Hiring Fair
Saturday, October 17, 2026, 9:00 AM - 1:00 PM
Evergreen Sound Education Center, 3900 Broadway, Everett, WA 98201

Hi Emily,

Thanks for registering. Principals from all 26 of our schools will be at tables and will hold short on-the-spot interviews with candidates throughout the morning. Interviews at the fair are first come, first served; no appointment times are assigned in advance, and registering does not reserve an interview.

Bring several copies of your resume and your teaching certificate or license. Some candidates may receive a conditional offer at the fair.

Questions? Contact recruiting@espsd.example.

Sent via SchoolSpring on behalf of Evergreen Sound Public Schools.
"""
    cal = generic_ics(prodid="-//SchoolSpring//Events//EN", method="PUBLISH",
                      uid="ssevt-20261017-%s@schoolspring.com" % hx("u", k, n=8), seq=0, stamp=sent, start=st, end=en,
                      summary="Evergreen Sound Public Schools - Certificated Hiring Fair", organizer=None,
                      attendees=[(OWNER_NAME, OWNER, "ACCEPTED")],
                      description="Registration confirmed. On-site interviews are first come, first served; no appointment times.",
                      location="Evergreen Sound Education Center, 3900 Broadway, Everett, WA 98201")
    m = mail(k, sent, ("SchoolSpring", "notifications@schoolspring.com"), ME,
             "You're registered: Evergreen Sound Certificated Hiring Fair (Oct 17)", text,
             reply_to=("Evergreen Sound Recruiting", "recruiting@espsd.example"), html=True, html_enc="b64",
             host="mail.schoolspring.com", attachments=[attachpart(cal, "text/calendar", "hiring-fair.ics")])
    lab = label([], "hard", "negative/job-fair-no-slot",
                "Hiring-fair registration with an .ics and on-the-spot interviews, but no interview slot is booked.")
    return [("01-schoolspring-fair-registration.eml", m)], lab


# ============================================================================= cases 13-24
@case("boise-zoom-mountain-after-dst")
def c13():
    k = "c13"
    wa = ("Wendy Albrecht", "walbrecht@tvjsd.example")
    jk = ("Jared Kimball", "jkimball@tvjsd.example")
    sent = T(2026, 10, 28, 14, 10, BOI, "Wed", "-06:00", 22)
    st = T(2026, 11, 2, 16, 0, BOI, "Mon", "-07:00")
    en = st + timedelta(minutes=45)
    assert st.astimezone(LA).hour == 15
    mtg = "834 1220 7751"
    text = """Hi Emily,

Mr. Kimball would like to interview you over Zoom for the 7th/8th grade math position at Syringa Ridge Middle School.

When: Monday, November 2 at 4:00 p.m. Mountain Time (3:00 p.m. Pacific for you in Portland)
Length: about 45 minutes
Who: Jared Kimball, Principal

Idaho falls back this Sunday along with Oregon, so the one-hour difference between us stays the same.

Join Zoom Meeting
https://tvjsd.zoom.us/j/83412207751?pwd=%s
Meeting ID: %s
Passcode: 562019

The calendar file is attached. Let me know if anything comes up.

Wendy Albrecht
Office Manager, Syringa Ridge Middle School
Treasure Valley Joint School District | Boise, ID
208-555-0119
""" % (hx("pwd", k, n=32), mtg)
    cal = generic_ics(prodid="-//zoom.us//iCalendar Event//EN", method="REQUEST",
                      uid="ZOOM83412207751@zoom.us", seq=0, stamp=sent, start=st, end=en,
                      summary="Interview - Emily Nguyen - Math 7/8 (Syringa Ridge MS)", organizer=jk,
                      attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")],
                      description="Jared Kimball is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n"
                                  "https://tvjsd.zoom.us/j/83412207751\n\nMeeting ID: 834 1220 7751\nPasscode: 562019",
                      location="https://tvjsd.zoom.us/j/83412207751", tzid="America/Boise")
    m = mail(k, sent, wa, ME, "Zoom interview Mon 11/2 - Syringa Ridge MS math", text, cc=[jk], html=True,
             style="outlook", attachments=[attachpart(cal, "text/calendar", "zoom_meeting.ics")])
    TZ_NOTES.append(("boise-zoom-mountain-after-dst",
                     "Boise (America/Boise, Mountain): mail sent during MDT (-06:00) for Mon Nov 2 16:00 MST (-07:00) "
                     "= 15:00 PST; .ics uses TZID=America/Boise."))
    lab = label([I("Treasure Valley Joint School District", "7th/8th Grade Math Teacher", st, en, "scheduled",
                   [jk[1]], [jk[1]], "hiring_manager")], "hard", "positive/zoom-other-timezone",
                "Boise district on Mountain time; interview is the day after the US DST change (MST -07:00); the "
                "office manager only schedules, the principal (Cc and Zoom organizer) interviews.")
    return [("01-office-manager-zoom-interview.eml", m)], lab


@case("owner-sits-on-science-hiring-panel")
def c14():
    k = "c14"
    ab = ("Angela Brooks", "abrooks@jcsd.example")
    s1 = T(2026, 10, 12, 7, 2, LA, "Mon", "-07:00", 49)
    s2 = T(2026, 10, 12, 14, 9, UTC, "Mon", "+00:00", 30)
    st = T(2026, 10, 20, 15, 30, LA, "Tue", "-07:00")
    en = T(2026, 10, 20, 17, 30, LA, "Tue", "-07:00")
    t1 = """Emily,

Thanks again for agreeing to sit on the interview panel for our 6th grade science opening. We're interviewing three candidates next Tuesday (10/20) in the library, 3:30-5:30, about 35 minutes each with a short break.

You'll ask questions 4 and 5 (classroom management and grading for equity) and take notes on the rubric. Please read the three applications in Frontline before Tuesday and don't forward them; candidate materials are confidential.

Calendar invite coming from me.

Angela Brooks
Principal, Sunnyslope Middle School
"""
    m1 = mail(k + "1", s1, ab, ME, "Science interviews next Tuesday - thank you!", t1, html=True, style="gmail",
              host="mail-pj1-f45.google.com")
    guests = [(OWNER_NAME, OWNER, "NEEDS-ACTION"), ("Carlos Ramos", "cramos@jcsd.example", "ACCEPTED"),
              ("Jenna Park", "jpark@jcsd.example", "ACCEPTED")]
    m2 = google_invite(k + "2", s2, ab, guests, "Interviews: 6th Grade Science Teacher (panel)", st, en,
                       "Panel interviews for three candidates. Rubric and question sets will be on the table. "
                       "Please arrive by 3:20.", location="Sunnyslope MS Library", meet=False)
    lab = label([], "hard", "negative/owner-is-interviewer",
                "Owner's own principal invites her to sit on a hiring panel for other candidates; a Google invite "
                "titled 'Interviews' where the owner is the interviewer.")
    return [("01-principal-panel-request.eml", m1), ("02-invitation-science-interviews.eml", m2)], lab


@case("schoolspring-request-plus-gcal-api")
def c15():
    k = "c15"
    km = ("Kelsey Moreau", "kmoreau@nbsd.example")
    sent = T(2026, 10, 12, 13, 45, NYC, "Mon", "-04:00", 10)
    st = T(2026, 10, 23, 15, 15, LA, "Fri", "-07:00")
    en = st + timedelta(minutes=45)
    text = """SchoolSpring

Narrows Bay School District has scheduled an interview with you.

Job: Math Teacher - Harbor Heights Middle School (Job ID 4471203)

Interview details
Date: Friday, October 23, 2026
Time: 3:15 PM PT
Length: 45 minutes
Location: Harbor Heights Middle School, Room 104, 7200 Harborview Dr, Gig Harbor, WA 98335
Interviewer: Kelsey Moreau, Principal

Message from the employer:
"Hi Emily, we'd love to have you in. I'm also sending a calendar invite from my district account. Please bring a one-page sample lesson plan. - Kelsey"

To respond to the employer, log in to SchoolSpring and open Messages. Replies to this e-mail are not delivered.
"""
    m = mail(k, sent, ("SchoolSpring", "notifications@schoolspring.com"), ME,
             "Interview scheduled: Math Teacher - Harbor Heights Middle School", text, html=True,
             host="mail.schoolspring.com")
    created = T(2026, 10, 12, 11, 2, LA, "Mon", "-07:00")
    ev = gcal_event(k + "ev", summary="Interview - E. Nguyen (Math, HHMS)",
                    description="In-person interview for the Harbor Heights math opening. Room 104. "
                                "Candidate to bring a one-page sample lesson.",
                    start=st, end=en, tzname="America/Los_Angeles", organizer=km,
                    attendees=[{"email": km[1], "displayName": km[0], "organizer": True, "responseStatus": "accepted"},
                               {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"}],
                    created=created, updated=created + timedelta(hours=5, minutes=12),
                    location="Harbor Heights Middle School, Room 104, 7200 Harborview Dr, Gig Harbor, WA 98335",
                    meet=False)
    lab = label([I("Narrows Bay School District", "Math Teacher", st, en, "scheduled", [km[1]], [km[1]],
                   "hiring_manager")], "medium", "positive/dedupe-ats-and-gcal-api",
                "SchoolSpring interview notice (no-reply) plus the principal's Calendar API event: one interview.")
    return [("01-schoolspring-interview-scheduled.eml", m), ("02-hhms-interview.gcal.json", ev)], lab


@case("scam-remote-tutor-telegram")
def c16():
    k = "c16"
    sent = T(2026, 10, 14, 6, 12, NYC, "Wed", "-04:00", 55)
    text = """Dear Emily Nguyen,

Your resume on SchoolSpring was reviewed by our hiring department and you have been shortlisted for the position of Remote Math Tutor (Grades 6-8) with Pacific Northwest Educators Network. Pay: $42.50/hour, flexible schedule, 15-25 hours/week.

Your online interview will be conducted via Telegram text chat tomorrow at 11:00 AM PST with our hiring manager, Mr. Steven Clark. Please add him on Telegram (@pnwedu_hiring) and send the code PNW-4471 before the interview.

Successful candidates will receive a company check to purchase a laptop and teaching software from our approved vendor. Kindly keep your Telegram notifications ON.

Regards,
HR Department
Pacific Northwest Educators Network
"""
    m = mail(k, sent, ("PNW Educators Network HR", "hr.department@pnw-educators-net.example"), ME,
             "Interview Invitation - Remote Math Tutor (Grades 6-8)", text,
             reply_to=("Steven Clark", "stevenclark.hiring@fastmailer.example"), enc="7bit",
             host="smtp.fastmailer.example")
    lab = label([], "medium", "negative/scam",
                "Fake recruiter: Telegram 'interview' tomorrow at 11, check-for-equipment scheme, mislabeled PST in October.")
    return [("01-telegram-interview-scam.eml", m)], lab


@case("talented-interview-moved-by-principal")
def c17():
    k = "c17"
    bh = ("Ben Hargrove", "bhargrove@tpsd.example")
    th = Thread()
    s1 = T(2026, 10, 14, 13, 20, CHI, "Wed", "-05:00", 4)
    s2 = T(2026, 10, 19, 6, 52, LA, "Mon", "-07:00", 31)
    s3 = T(2026, 10, 19, 7, 30, LA, "Mon", "-07:00", 12)
    s4 = T(2026, 10, 19, 7, 41, LA, "Mon", "-07:00", 55)
    a1 = T(2026, 10, 21, 13, 15, LA, "Wed", "-07:00")
    st = T(2026, 10, 22, 13, 15, LA, "Thu", "-07:00")
    en = st + timedelta(minutes=45)
    t1 = """Dear Emily Nguyen,

An interview has been scheduled for you with Tualatin Plains School District.

Position: Math Teacher (Grade 8) - Meadowlark Middle School
Requisition: 2026-0419
Date: 10/21/2026
Time: 1:15 PM - 2:00 PM Pacific
Location: Meadowlark Middle School, Main Office, 2250 NW Meadowlark Ln, Hillsboro, OR 97124
Interviewer(s): Ben Hargrove

Questions about this interview should be directed to the hiring manager, Ben Hargrove (bhargrove@tpsd.example).

This is an automated message from TalentEd Hire, PowerSchool. Please do not reply.
"""
    cal = generic_ics(prodid="-//PowerSchool//TalentEd Hire//EN", method="REQUEST",
                      uid="ted-int-2026-0419-%s@talentedk12.com" % hx("u", k, n=8), seq=0, stamp=s1, start=a1,
                      end=a1 + timedelta(minutes=45), summary="Interview: Math Teacher (Grade 8) - Meadowlark MS",
                      organizer=bh, attendees=[(OWNER_NAME, OWNER, "NEEDS-ACTION")],
                      description="Interview with Ben Hargrove.",
                      location="Meadowlark Middle School, Main Office")
    m1 = mail(k + "1", s1, ("TalentEd Hire", "no-reply@talentedk12.com"), ME,
              "Interview Scheduled: Math Teacher (Grade 8) - Meadowlark Middle School", t1, html=True,
              host="mail.talentedk12.com", attachments=[attachpart(cal, "text/calendar", "interview.ics")])
    t2 = """Emily - I double booked myself Wed afternoon (district PD). Can we do Thurs 10/22 same time instead? Sorry about that.
-Ben

Sent from my iPhone
"""
    t3 = """Hi Mr. Hargrove,

No problem, Thursday at 1:15 works. I'll move my sub request to Thursday.

Thanks,
Emily
"""
    t4 = """Great thx. See you Thurs.

Sent from my iPhone
"""
    m2 = mail(k + "2", s2, bh, ME, "Wed interview", t2, thread=th, enc="7bit", style="iphone")
    m3 = mail(k + "3", s3, ME, bh, "Re: Wed interview", t3 + "\n" + quote(s2, *bh, t2), thread=th, style="owner")
    m4 = mail(k + "4", s4, bh, ME, "Re: Wed interview", t4 + "\n" + quote(s3, *ME, t3), thread=th, enc="7bit",
              style="iphone")
    TZ_NOTES.append(("talented-interview-moved-by-principal",
                     "TalentEd mail dated -0500 (vendor, Central) for a Pacific interview; moved \"Thurs 10/22 same "
                     "time\" -> 2026-10-22 13:15 -07:00."))
    lab = label([I("Tualatin Plains School District", "Math Teacher (Grade 8)", st, en, "scheduled", [bh[1]], [bh[1]],
                   "hiring_manager")], "medium", "positive/reschedule-by-email",
                "TalentEd Hire confirmation + .ics for Wed 10/21; principal's phone mail moves it to Thu 10/22 'same "
                "time' (1:15-2:00); the .ics is stale.")
    return [("01-talented-interview-scheduled.eml", m1), ("02-principal-move-to-thursday.eml", m2),
            ("03-reply-thursday-works.eml", m3), ("04-principal-see-you.eml", m4)], lab


@case("one-way-recorded-video-interview")
def c18():
    k = "c18"
    sent = T(2026, 10, 16, 8, 0, LA, "Fri", "-07:00", 3)
    text = """Hi Emily,

Thank you for applying for the Math Teacher (6-8) position with Olympic Ridge School District. The next step in our process is a short recorded video interview.

- There is no live interviewer. You will record answers to 5 questions on your own schedule.
- Each question gives you 90 seconds to prepare and up to 3 minutes to answer.
- Please complete it by Friday, October 23 at 11:59 PM Pacific.

Start your recorded interview: https://olympicridge.vidscreen.example/i/%s

Building administrators review the recordings, and candidates who advance are invited to a live interview with the school.

Olympic Ridge School District
Human Resources | Port Angeles, WA
""" % hx("vs", k, n=20)
    m = mail(k, sent, ("Olympic Ridge SD Talent", "talent@orsd.example"), ME,
             "Next step: recorded video interview - Math Teacher (6-8)", text, html=True, html_enc="b64",
             sender="Vidscreen <notify@vidscreen.example>", host="out.vidscreen.example")
    lab = label([], "medium", "negative/one-way-video",
                "One-way recorded video interview with a completion deadline; no live conversation scheduled.")
    return [("01-recorded-video-interview.eml", m)], lab


@case("spokane-cancelled-then-rebooked")
def c19():
    k = "c19"
    tl = ("Tessa Lund", "tlund@ipsd.example")
    s1 = T(2026, 10, 6, 22, 14, UTC, "Tue", "+00:00", 40)
    s2 = T(2026, 10, 12, 19, 2, UTC, "Mon", "+00:00", 11)
    s3 = T(2026, 10, 12, 19, 6, UTC, "Mon", "+00:00", 58)
    a1 = T(2026, 10, 13, 15, 30, LA, "Tue", "-07:00")
    a2 = T(2026, 10, 16, 15, 30, LA, "Fri", "-07:00")
    d = timedelta(minutes=45)
    summ = "Interview: Math Teacher, Latah Creek MS - Emily Nguyen"
    desc = ("Video interview for the 7th/8th grade math opening at Latah Creek Middle School with Tessa Lund, "
            "Assistant Principal. Inland Pines School District, Spokane.")
    g = [(OWNER_NAME, OWNER, "ACCEPTED")]
    uid1 = hx("uid1", k, n=26) + "@google.com"
    m1 = google_invite(k + "1", s1, tl, [(OWNER_NAME, OWNER, "NEEDS-ACTION")], summ, a1, a1 + d, desc, uid=uid1)
    m2 = google_invite(k + "2", s2, tl, g, summ, a1, a1 + d, desc, uid=uid1, seq=1, method="CANCEL", kind="cancel",
                       note="Emily, I have to cancel tomorrow; I've been called into a district safety meeting. "
                            "Sending a new invite for Friday at the same time. So sorry! - Tessa")
    m3 = google_invite(k + "3", s3, tl, [(OWNER_NAME, OWNER, "NEEDS-ACTION")], summ + " (rescheduled)", a2, a2 + d, desc)
    lab = label([I("Inland Pines School District", "Math Teacher", a1, a1 + d, "cancelled", [tl[1]], [tl[1]],
                   "hiring_manager"),
                 I("Inland Pines School District", "Math Teacher", a2, a2 + d, "scheduled", [tl[1]], [tl[1]],
                   "hiring_manager")], "hard", "positive/cancel-and-rebook",
                "Google invite cancelled with a note (METHOD:CANCEL) and re-booked as a NEW event (different UID) for "
                "Friday: two entries, one cancelled and one scheduled.")
    return [("01-invitation-tue.eml", m1), ("02-canceled-event-with-note.eml", m2),
            ("03-invitation-fri-rescheduled.eml", m3)], lab


@case("charter-availability-request-unbooked")
def c20():
    k = "c20"
    ms = ("Martin Szabo", "mszabo@bccs.example")
    th = Thread()
    s1 = T(2026, 10, 26, 16, 12, LA, "Mon", "-07:00", 40)
    s2 = T(2026, 10, 26, 20, 5, LA, "Mon", "-07:00", 2)
    s3 = T(2026, 10, 26, 20, 5, LA, "Mon", "-07:00", 19)
    t1 = """Dear Ms. Nguyen,

Thank you for your application to Bridgeport Classical Charter School. We would like to set up an interview for the middle school mathematics position.

What does your availability look like the week of November 9? We usually interview after 3:30 on weekdays, and we ask candidates to teach a 15-minute sample lesson to the panel. If you can send two or three windows, I will put something on the calendar.

Kind regards,
Martin Szabo, Ph.D.
Dean of Academics
Bridgeport Classical Charter School | Salem, Oregon
"""
    t2 = """Dear Dr. Szabo,

Thank you, I'd be glad to interview. The week of November 9 works well. I'm free:
- Tuesday 11/10 after 4:00
- Wednesday 11/11 (Veterans Day, no school for us) any time
- Thursday 11/12 after 4:15

I'll plan a 15-minute lesson on solving two-step equations unless you have a topic in mind.

Best regards,
Emily Nguyen
"""
    t3 = """I am out of the office through Monday, November 2 with limited access to email. For enrollment questions please contact office@bccs.example. I will respond when I return.

Martin Szabo
"""
    m1 = mail(k + "1", s1, ms, ME, "Interview - Middle School Mathematics", t1, thread=th, html=True, style="outlook")
    m2 = mail(k + "2", s2, ME, ms, "Re: Interview - Middle School Mathematics", t2 + "\n" + quote(s1, *ms, t1),
              thread=th, style="owner", html=True)
    m3 = mail(k + "3", s3, ms, ME, "Automatic reply: Re: Interview - Middle School Mathematics", t3, thread=th,
              enc="7bit", style="outlook",
              extra=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Inbox-Rules-Loop", "mszabo@bccs.example")])
    lab = label([], "hard", "negative/availability-request",
                "Dean asks for availability; owner offers windows; only an out-of-office auto-reply follows. Nothing is booked.")
    return [("01-dean-availability-request.eml", m1), ("02-owner-offers-windows.eml", m2),
            ("03-out-of-office.eml", m3)], lab


@case("seoul-international-school-evening-video")
def c21():
    k = "c21"
    jp = ("Park Ji-won", "jiwon.park@hris.example")
    cr = ("Callum Reid", "creid@hris.example")
    th = Thread()
    s1 = T(2026, 10, 28, 9, 15, SEL, "Wed", "+09:00", 33)
    s2 = T(2026, 10, 27, 18, 2, LA, "Tue", "-07:00", 47)
    s3 = T(2026, 10, 28, 1, 30, UTC, "Wed", "+00:00", 5)
    assert s1 < s2 < s3
    st = T(2026, 11, 6, 12, 0, SEL, "Fri", "+09:00")
    en = st + timedelta(minutes=45)
    pdx = st.astimezone(LA)
    assert (pdx.day, pdx.hour, pdx.strftime("%z")) == (5, 19, "-0800")
    t1 = """Dear Emily,

Thank you for your application for the position of Secondary Mathematics Teacher (MYP/DP), starting August 2027.

Our Secondary Principal, Mr Callum Reid, would like to meet you by video. We propose Friday 6 November at 12:00 noon Seoul time (KST, UTC+9). By our calculation that is Thursday 5 November at 7:00 pm in Portland, after your clocks go back on 1 November. The conversation will take about 45 minutes.

Could you please confirm whether this suits you? I will then send a Google Calendar invitation with the Meet link.

Warm regards,
Park Ji-won (박지원)
Recruitment Coordinator
Han River International School, Seoul
한강국제학교 인사팀
"""
    t2 = """Dear Ji-won,

Thank you! Thursday at 7:00 pm my time works well, so I'm confirmed for Friday 6 November, 12:00 KST with Mr Reid.

Best wishes,
Emily Nguyen
"""
    m1 = mail(k + "1", s1, jp, ME, "HRIS Secondary Maths - interview invitation", t1, thread=th, html=True,
              enc="b64", html_enc="b64", style="gmail", host="mail-ej1-f52.google.com")
    m2 = mail(k + "2", s2, ME, jp, "Re: HRIS Secondary Maths - interview invitation", t2 + "\n" + quote(s1, *jp, t1),
              thread=th, style="owner")
    m3 = google_invite(k + "3", s3, jp, [(cr[0], cr[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                       "HRIS Interview: Emily Nguyen - Secondary Maths (Callum Reid)", st, en,
                       "Video interview with Mr Callum Reid, Secondary Principal, Han River International School. "
                       "12:00 KST (Seoul).", tzlabel="Pacific Time - Los Angeles")
    TZ_NOTES.append(("seoul-international-school-evening-video",
                     "Seoul (Asia/Seoul, +09:00, no DST): Fri Nov 6 12:00 KST = Thu Nov 5 19:00 PST (-08:00); the "
                     "Google invite renders the owner's Thursday-evening time, the mail gives Seoul time; Date headers "
                     "+0900 and -0700 (reply sent on the previous local day)."))
    lab = label([I("Han River International School", "Secondary Mathematics Teacher (MYP/DP)", st, en, "scheduled",
                   [cr[1]], [cr[1]], "hiring_manager")], "hard", "positive/international-timezone",
                "International school in Seoul; video interview at noon KST on Friday = Thursday 7 pm in Portland "
                "after the US DST change; mail + Google invite are one interview.")
    return [("01-coordinator-interview-invitation.eml", m1), ("02-owner-confirms.eml", m2),
            ("03-invitation-hris-interview.eml", m3)], lab


@case("rural-oregon-floating-time-ics")
def c22():
    k = "c22"
    re_ = ("Ruth Ellison", "rellison@uhvsd.example")
    stamp = T(2026, 10, 30, 9, 44, LA, "Fri", "-07:00", 18)
    st = T(2026, 11, 12, 15, 30, LA, "Thu", "-08:00")
    en = T(2026, 11, 12, 16, 15, LA, "Thu", "-08:00")
    cal = generic_ics(prodid="-//Apple Inc.//macOS 15.1//EN", method="REQUEST",
                      uid="%s-%s" % (hx("a1", k, n=8).upper(), hx("a2", k, n=12).upper()), seq=0, stamp=stamp,
                      start=st, end=en, style="floating",
                      summary="Interview: E. Nguyen - 6-8 Math/Science (Eliot Glacier K-8)", organizer=re_,
                      attendees=[(re_[0], re_[1], "ACCEPTED"), (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                      description="Zoom interview for the 6-8 Math/Science position, 3:30-4:15 pm Pacific. "
                                  "Ruth Ellison (Superintendent/Principal) will interview; our board chair may listen in.\n"
                                  "https://uhvsd.zoom.us/j/91177304412",
                      location="Zoom", alarm=False)
    TZ_NOTES.append(("rural-oregon-floating-time-ics",
                     "standalone .ics with floating DTSTART 20261112T153000 (no TZID); description says Pacific -> "
                     "2026-11-12 15:30 -08:00 (after the Nov 1 change)."))
    lab = label([I("Upper Hood Valley School District", "6-8 Math/Science Teacher", st, en, "scheduled", [re_[1]],
                   [re_[1]], "hiring_manager")], "hard", "positive/standalone-ics-floating",
                "Standalone Apple Calendar .ics with floating times; the zone comes only from the description "
                "(Pacific, PST after Nov 1).")
    return [("01-uhvsd-interview.ics", cal)], lab


@case("charter-phone-screen-then-panel")
def c23():
    k = "c23"
    hb = ("Holly Brandt", "hbrandt@cascadestem.example")
    sq = ("Samir Qureshi", "squreshi@cascadestem.example")
    li = ("Lena Ivers", "livers@cascadestem.example")
    th = Thread()
    s1 = T(2026, 9, 30, 10, 48, LA, "Wed", "-07:00", 26)
    s2 = T(2026, 9, 30, 12, 31, LA, "Wed", "-07:00", 9)
    s3 = T(2026, 10, 5, 9, 20, LA, "Mon", "-07:00", 44)
    s4 = T(2026, 10, 5, 16, 21, UTC, "Mon", "+00:00", 3)
    p1 = T(2026, 10, 2, 12, 15, LA, "Fri", "-07:00")
    p2 = T(2026, 10, 15, 16, 0, LA, "Thu", "-07:00")
    t1 = """Hi Emily,

Thanks for applying for our 6-8 math opening! I'd like to start with a quick 20-minute phone call to tell you about Cascade STEM and hear a bit about you. Would this Friday at 12:15 work? That's my lunch break. I'd call the cell number on your application.

Holly Brandt
Director of Operations & Talent
Cascade STEM Charter Academy | Portland, OR
"""
    t2 = """Hi Holly,

Friday at 12:15 is perfect, I'm off lunch duty that day. Talk to you then!

Emily
"""
    t3 = """Hi Emily,

Thanks for a great conversation on Friday. The next step is a one-hour interview with Samir Qureshi, our Executive Director, and Lena Ivers, our math lead. I've sent you a calendar invitation for Thursday, October 15 at 4:00 PM at our campus on NE 42nd Ave. Samir's and Lena's addresses are on the invite if you have any questions before then.

Holly
"""
    m1 = mail(k + "1", s1, hb, ME, "Cascade STEM - quick phone call?", t1, thread=th, html=True, style="gmail",
              host="mail-oa1-f44.google.com")
    m2 = mail(k + "2", s2, ME, hb, "Re: Cascade STEM - quick phone call?", t2 + "\n" + quote(s1, *hb, t1), thread=th,
              style="owner")
    m3 = mail(k + "3", s3, hb, ME, "Re: Cascade STEM - quick phone call?", t3 + "\n" + quote(s2, *ME, t2), thread=th,
              style="gmail", host="mail-oa1-f44.google.com")
    m4 = google_invite(k + "4", s4, hb, [(sq[0], sq[1], "ACCEPTED"), (li[0], li[1], "ACCEPTED"),
                                         (OWNER_NAME, OWNER, "NEEDS-ACTION")],
                       "Cascade STEM Interview: Emily Nguyen (6-8 Math)", p2, p2 + timedelta(hours=1),
                       "Interview with Samir Qureshi (Executive Director) and Lena Ivers (Math Lead). "
                       "Park on NE Going St and check in at the front desk.",
                       location="Cascade STEM Charter Academy, 5530 NE 42nd Ave, Portland, OR 97218", meet=False)
    TZ_NOTES.append(("charter-phone-screen-then-panel",
                     "\"this Friday at 12:15\" in a Wed Sep 30 PDT mail = Fri 2026-10-02 12:15 -07:00 (body only)."))
    lab = label([I("Cascade STEM Charter Academy", "6-8 Math Teacher", p1, p1 + timedelta(minutes=20), "scheduled",
                   [hb[1]], [hb[1]], "phone_screen"),
                 I("Cascade STEM Charter Academy", "6-8 Math Teacher", p2, p2 + timedelta(hours=1), "scheduled",
                   [sq[1], li[1]], [sq[1], li[1]], "onsite")], "hard", "positive/two-interviews",
                "Phone screen agreed in the body only ('this Friday at 12:15', sent Wed Sep 30 -> Oct 2), then a "
                "two-person panel via Google invite: two interviews.")
    return [("01-ops-director-phone-call.eml", m1), ("02-owner-friday-works.eml", m2),
            ("03-next-step-panel.eml", m3), ("04-invitation-panel.eml", m4)], lab


@case("skagit-candidate-withdraws")
def c24():
    k = "c24"
    od = ("Owen Delgado", "odelgado@sfsd.example")
    ic = ("Irene Castillo", "icastillo@sfsd.example")
    th = Thread()
    s1 = T(2026, 11, 4, 13, 37, LA, "Wed", "-08:00", 20)
    s2 = T(2026, 11, 6, 17, 15, LA, "Fri", "-08:00", 42)
    s3 = T(2026, 11, 7, 9, 3, LA, "Sat", "-08:00", 1)
    st = T(2026, 11, 10, 16, 0, LA, "Tue", "-08:00")
    en = st + timedelta(minutes=45)
    t1 = """Good afternoon Emily,

This confirms your video interview for the Math Teacher position at Bay View Middle School:

Tuesday, November 10, 4:00-4:45 p.m. (Pacific)
Interviewer: Irene Castillo, Principal (cc'd)
Microsoft Teams: https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0

If anything changes, just reply to this message.

Owen Delgado
Human Resources Assistant
Skagit Flats School District | Mount Vernon, WA
""" % hx("t", k, n=32)
    t2 = """Dear Mr. Delgado and Principal Castillo,

I wanted to let you know as soon as possible: because of a change in family circumstances I won't be able to relocate to Skagit County after all, so I'm withdrawing my application for the Bay View math position. Please cancel my interview on Tuesday, November 10.

Thank you both for your time and consideration. I'm sorry for the short notice.

Sincerely,
Emily Nguyen
"""
    t3 = """Thanks for letting us know Emily, completely understand. Best of luck!

Irene

Sent from my iPhone
"""
    m1 = mail(k + "1", s1, od, ME, "Interview confirmation - Math Teacher, Bay View Middle School", t1, cc=[ic],
              thread=th, html=True, style="outlook")
    m2 = mail(k + "2", s2, ME, od, "Re: Interview confirmation - Math Teacher, Bay View Middle School",
              t2 + "\n" + quote(s1, *od, t1), cc=[ic], thread=th, style="owner")
    m3 = mail(k + "3", s3, ic, ME, "Re: Interview confirmation - Math Teacher, Bay View Middle School",
              t3 + "\n" + quote(s2, *ME, t2), cc=[od], thread=th, enc="7bit", style="iphone")
    TZ_NOTES.append(("skagit-candidate-withdraws",
                     "post-DST thread (Date headers -0800); cancelled interview Tue Nov 10 16:00 -08:00."))
    lab = label([I("Skagit Flats School District", "Math Teacher", st, en, "cancelled", [ic[1]], [ic[1]],
                   "hiring_manager")], "medium", "positive/cancelled-by-candidate",
                "HR confirms a Teams interview with the principal (PST); the owner withdraws and asks to cancel; "
                "principal acknowledges -> cancelled at its scheduled time.")
    return [("01-hr-interview-confirmation.eml", m1), ("02-owner-withdraws.eml", m2),
            ("03-principal-acknowledges.eml", m3)], lab


# ============================================================================= main
def main():
    check_dst()
    TZ_NOTES.clear()
    for old in sorted(OUT.glob("b288-*")):
        if old.is_dir():
            shutil.rmtree(old)
    labels, nums = {}, {}
    for i, (slug, fn) in enumerate(CASES, 1):
        cid = "b288-%02d-%s" % (i, slug)
        nums[slug] = i
        items, lab = fn()
        d = OUT / cid
        d.mkdir()
        for name, data in items:
            assert name[:3] == "%02d-" % (items.index((name, data)) + 1), name
            (d / name).write_bytes(data)
        labels[cid] = lab
    assert 20 <= len(CASES) <= 24
    y = yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    (OUT / "labels.yaml").write_text("# Labels for blind288 (written blind). Schema: /work/shared/eval/README.md\n" + y,
                                     encoding="utf-8")
    pos = [c for c in labels.values() if c["interview"]]
    ivs = [iv for c in labels.values() for iv in c["interviews"]]
    by_status, by_kind = {}, {}
    for iv in ivs:
        by_status[iv["status"]] = by_status.get(iv["status"], 0) + 1
        by_kind[iv["kind"]] = by_kind.get(iv["kind"], 0) + 1
    share = len(pos) / len(labels)
    assert 0.55 <= share <= 0.60, share
    tzl = "\n".join("- case %02d (%s): %s" % (nums[s], s, t) for s, t in sorted(TZ_NOTES, key=lambda x: nums[x[0]]))
    readme = """# blind288: US K-12 school district hiring in the Pacific Northwest (written blind)

Mailbox owner: Emily Nguyen <emily.nguyen@example.com>, a middle-school math teacher in Portland, Oregon
(America/Los_Angeles), applying to districts and charter schools in Oregon and Washington, a Boise
(Mountain time) and a northern Idaho (Pacific time) district, and an international school in Seoul.

This set was written blind: only the eval README's label schema and a couple of dev files were read for
format; no detector code, tests or other sets were consulted. All people, schools and districts are
invented (`.example` domains); vendor system senders keep product domains (applitrack.com,
frontlineeducation.com, schoolspring.com, edjoin.org, talentedk12.com, fieldprint.com, google.com).

## What it stresses
- School-hiring vocabulary: principal interviews, committee panels with parents and teachers, a demo
  lesson with students that is part of an interview day (one onsite), terse principal mails from phones.
- Look-alike school-life negatives: substitute assignment via Frontline Absence Management, a parent-teacher
  conference the owner schedules, a hiring-fair registration with on-the-spot interviews (no slot), TSPC
  fingerprinting, a union rep-council Teams meeting, the owner sitting on her own school's hiring panel,
  EDJOIN receipt/rejection, a recorded one-way video interview, a Telegram tutor scam, an unbooked
  availability request.
- Time handling across the 2026-11-01 US DST change, Mountain vs Pacific Idaho, Seoul (+09:00), floating
  .ics times, relative dates ("tomorrow at 2", "this Friday at 12:15"), reschedules (SEQUENCE and by e-mail),
  cancellations (METHOD:CANCEL, e-mail, candidate withdrawal) and a cancel-then-rebook as a new event.

## Counts
- Cases: %d (positives %d, negatives %d)
- Labelled interviews: %d; by status: %s; by kind: %s

## Formats used
- Plain and multipart/alternative e-mails (text/plain + HTML; quoted-printable, base64, 7bit) with
  Delivered-To, Reply-To, Cc and In-Reply-To/References threads.
- Google Calendar invitations (multipart/mixed: text/plain, text/html, text/calendar;method=REQUEST/CANCEL,
  invite.ics attachment), including updated/cancelled variants.
- Exchange/Teams invitations (multipart/alternative with text/calendar, TZID "Pacific Standard Time",
  X-MICROSOFT-CDO-* properties, "(UTC-08:00) Pacific Time (US & Canada)" labels), incl. METHOD:CANCEL.
- ATS / vendor mails with .ics attachments: Frontline AppliTrack, Frontline Absence Management, TalentEd Hire
  (PowerSchool), SchoolSpring, Fieldprint, Zoom (.ics with TZID=America/Boise).
- A standalone Apple Calendar .ics (floating time) and Google Calendar API `.gcal.json` events (owner `self: true`).

## Time-zone / DST points
%s
- All other cases are Pacific; dates Sep 3 - Nov 12, 2026; every weekday and offset is asserted with zoneinfo in
  make_cases.py (US 2026: Mar 8 / Nov 1; EU/UK: Mar 29 / Oct 25 also checked).
""" % (len(labels), len(pos), len(labels) - len(pos), len(ivs),
       ", ".join("%s %d" % kv for kv in sorted(by_status.items())),
       ", ".join("%s %d" % kv for kv in sorted(by_kind.items())), tzl)
    (OUT / "README.md").write_text(readme, encoding="utf-8")
    print("wrote %d cases (%d positive), %d interviews -> %s" % (len(labels), len(pos), len(ivs), OUT))


if __name__ == "__main__":
    main()
