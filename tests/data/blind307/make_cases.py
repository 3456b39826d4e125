#!/usr/bin/env python3
"""Generate the blind307 evaluation set (written blind).

Theme: Atlanta supply-chain manager Marcus Bell, Oct-Nov 2026, across the US DST change on
Nov 1, with Memphis (Central), Phoenix (no DST) and Toronto counterparts.

Standard library + PyYAML + zoneinfo only. Deletes and rewrites every b307-* folder,
labels.yaml and README.md next to this script. Output is byte-identical on every run.
"""
import base64
import hashlib
import json
import quopri
import shutil
from datetime import date, datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind307|atlanta|marcus-bell|2026"
OWNER = "marcus.bell@example.com"
OWNER_NAME = "Marcus Bell"
OWNER_ADDR = f"{OWNER_NAME} <{OWNER}>"

UTC = timezone.utc
ZONES = {
    "NY": ZoneInfo("America/New_York"),
    "CHI": ZoneInfo("America/Chicago"),
    "PHX": ZoneInfo("America/Phoenix"),
    "TOR": ZoneInfo("America/Toronto"),
    "LA": ZoneInfo("America/Los_Angeles"),
    "UTC": UTC,
}
# TZID (as written in .ics) -> zone used to render local times
TZID_ZONE = {
    "America/New_York": ZONES["NY"],
    "America/Chicago": ZONES["CHI"],
    "America/Phoenix": ZONES["PHX"],
    "America/Toronto": ZONES["TOR"],
    "Eastern Standard Time": ZONES["NY"],
}


# ---------------------------------------------------------------- checks
def hx(*parts, n=32):
    return hashlib.sha256("|".join((SEED,) + parts).encode()).hexdigest()[:n]


def T(y, mo, d, h, mi, tz, wd, off, s=0):
    """Aware datetime; asserts the weekday and the UTC offset (DST-aware via zoneinfo)."""
    dt = datetime(y, mo, d, h, mi, s, tzinfo=ZONES[tz])
    assert dt.strftime("%a") == wd, (dt, dt.strftime("%a"), wd)
    o = dt.strftime("%z")
    got = "+00:00" if tz == "UTC" else o[:3] + ":" + o[3:]
    assert got == off, (dt, got, off)
    # not in a gap / fold
    back = dt.astimezone(UTC).astimezone(ZONES[tz])
    assert back.replace(tzinfo=None) == dt.replace(tzinfo=None) and back.utcoffset() == dt.utcoffset(), dt
    return dt


def say(wd, y, mo, d):
    """Assert that a weekday written in a text matches the date."""
    full = date(y, mo, d).strftime("%A")
    assert full == wd or full[:3] == wd, (y, mo, d, wd, full)


def _dst_sanity():
    ny, chi, phx, tor = ZONES["NY"], ZONES["CHI"], ZONES["PHX"], ZONES["TOR"]
    h = timedelta(hours=1)
    # US fall back: Sun Nov 1 2026, 02:00 local
    assert date(2026, 11, 1).strftime("%a") == "Sun" and date(2026, 3, 8).strftime("%a") == "Sun"
    for z, dst, std in ((ny, -4, -5), (chi, -5, -6), (tor, -4, -5)):
        assert datetime(2026, 10, 31, 12, tzinfo=z).utcoffset() == dst * h
        assert datetime(2026, 11, 2, 12, tzinfo=z).utcoffset() == std * h
        assert datetime(2026, 3, 7, 12, tzinfo=z).utcoffset() == std * h
        assert datetime(2026, 3, 9, 12, tzinfo=z).utcoffset() == dst * h
    for m in (3, 10, 11):
        assert datetime(2026, m, 15, 12, tzinfo=phx).utcoffset() == -7 * h
    lon = ZoneInfo("Europe/London")
    assert date(2026, 3, 29).strftime("%a") == "Sun" and date(2026, 10, 25).strftime("%a") == "Sun"
    assert datetime(2026, 3, 28, 12, tzinfo=lon).utcoffset() == 0 * h
    assert datetime(2026, 3, 30, 12, tzinfo=lon).utcoffset() == 1 * h
    assert datetime(2026, 10, 26, 12, tzinfo=lon).utcoffset() == 0 * h


_dst_sanity()


def iso(dt):
    return dt.isoformat()


# ---------------------------------------------------------------- ids
def gmail_id(tag):
    h = hx("gmail", tag, n=48)
    return f"<CA{h[:6].upper()}+{h[6:20]}_{h[20:40].upper()}@mail.gmail.com>"


def outlook_id(tag, pfx="CH3PR04MB"):
    h = hx("outlook", tag, n=36).upper()
    return f"<{pfx}{h[:4]}{h[4:30]}@{pfx}{h[:4]}.namprd04.prod.outlook.com>"


def iphone_id(tag, domain):
    h = hx("iphone", tag, n=32).upper()
    return f"<{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}@{domain}>"


def gcal_id(tag):
    return f"<calendar-{hx('gcalmsg', tag, n=8)}-{hx('gcalmsg2', tag, n=4)}-{hx('gcalmsg3', tag, n=4)}-{hx('gcalmsg4', tag, n=12)}@google.com>"


def plain_id(tag, domain):
    return f"<{hx('plain', tag, n=24)}@{domain}>"


def bnd(tag, style="gmail"):
    h = hx("boundary", tag, n=28)
    if style == "gmail":
        return "000000000000" + h[:16]
    if style == "outlook":
        return f"_000_{h[:20].upper()}namprd04prodoutlook_"
    if style == "apple":
        return f"Apple-Mail={h[:8].upper()}-{h[8:12].upper()}-{h[12:16].upper()}-{h[16:28].upper()}"
    return f"----=_Part_{int(h[:10], 16) % 10**6}_{int(h[10:20], 16) % 10**9}.{int(h[20:28], 16) % 10**13}"


# ---------------------------------------------------------------- MIME
class Leaf:
    def __init__(self, ctype, text=None, enc="quoted-printable", raw=None, disp=None, extra=()):
        self.ctype, self.text, self.enc, self.raw, self.disp, self.extra = ctype, text, enc, raw, disp, extra

    def render(self):
        h = [f"Content-Type: {self.ctype}"]
        h += list(self.extra)
        if self.disp:
            h.append(f"Content-Disposition: {self.disp}")
        h.append(f"Content-Transfer-Encoding: {self.enc}")
        data = self.raw if self.raw is not None else self.text.encode("utf-8")
        if self.enc == "7bit":
            body = data.decode("ascii")
            if not body.endswith("\n"):
                body += "\n"
        elif self.enc == "quoted-printable":
            body = quopri.encodestring(data).decode("ascii")
            if not body.endswith("\n"):
                body += "\n"
        elif self.enc == "base64":
            body = base64.encodebytes(data).decode("ascii")
        else:
            raise ValueError(self.enc)
        return "\n".join(h) + "\n\n" + body


class Multi:
    def __init__(self, subtype, parts, boundary):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary

    def render(self):
        out = [f'Content-Type: multipart/{self.subtype}; boundary="{self.boundary}"', ""]
        for p in self.parts:
            out.append(f"--{self.boundary}")
            out.append(p.render())
        out.append(f"--{self.boundary}--")
        return "\n".join(out) + "\n"


def received(dt, host, ip, tag):
    la = (dt + timedelta(seconds=2 + int(hx("rcv", tag, n=2), 16) % 5)).astimezone(ZONES["LA"])
    return (f"from {host} ({host}. [{ip}])\n        by mx.google.com with ESMTPS id "
            f"{hx('smtpid', tag, n=12)}\n        for <{OWNER}>\n        (Google Transport Security);\n"
            f"        {format_datetime(la)} ({la.tzname()})")


def eml(frm, to, subject, dt, msgid, root, cc=None, reply_to=None, irt=None, refs=None,
        extra=(), host="mail-sor-f41.google.com", ip="209.85.220.41", return_path=None, sender=None):
    """Build one RFC 5322 message (LF line endings)."""
    h = [("Delivered-To", OWNER), ("Received", received(dt, host, ip, msgid))]
    rp = return_path or frm.split("<")[-1].rstrip(">")
    h.append(("Return-Path", f"<{rp}>"))
    h += list(extra)
    h.append(("From", frm))
    if sender:
        h.append(("Sender", sender))
    h.append(("To", to))
    if cc:
        h.append(("Cc", cc))
    if reply_to:
        h.append(("Reply-To", reply_to))
    h.append(("Subject", subject))
    h.append(("Date", format_datetime(dt)))
    h.append(("Message-ID", msgid))
    if irt:
        h.append(("In-Reply-To", irt))
        h.append(("References", refs or irt))
    h.append(("MIME-Version", "1.0"))
    head = "\n".join(f"{k}: {v}" for k, v in h)
    data = (head + "\n" + root.render()).encode("utf-8")
    data.decode("ascii")  # every header and body is 7-bit after transfer encoding
    return data


def quote(text):
    return "\n".join(("> " + ln) if ln else ">" for ln in text.rstrip("\n").split("\n"))


def html_p(text):
    """Very small text -> HTML paragraphs converter."""
    esc_ = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    paras = [p.replace("\n", "<br>") for p in esc_.strip("\n").split("\n\n")]
    return "".join(f"<p>{p}</p>\n" for p in paras)


def html_doc(inner, font="Arial,Helvetica,sans-serif"):
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            f'<body><div style="font-family:{font};font-size:14px">\n{inner}</div></body></html>\n')


def alt(tag, text, html=None, enc="quoted-printable", style="gmail", html_enc=None):
    html = html if html is not None else html_doc(html_p(text))
    return Multi("alternative", [
        Leaf('text/plain; charset="UTF-8"', text, enc),
        Leaf('text/html; charset="UTF-8"', html, html_enc or enc),
    ], bnd(tag + "alt", style))


def plain(text, enc="7bit"):
    return Leaf('text/plain; charset="UTF-8"' if enc != "7bit" else 'text/plain; charset="us-ascii"', text, enc)


# ---------------------------------------------------------------- iCalendar
VTZ = {
    "America/New_York": ["BEGIN:VTIMEZONE", "TZID:America/New_York", "X-LIC-LOCATION:America/New_York",
                         "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
                         "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
                         "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
                         "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
                         "END:VTIMEZONE"],
    "America/Chicago": ["BEGIN:VTIMEZONE", "TZID:America/Chicago", "X-LIC-LOCATION:America/Chicago",
                        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0600", "TZOFFSETTO:-0500", "TZNAME:CDT",
                        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
                        "BEGIN:STANDARD", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0600", "TZNAME:CST",
                        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
                        "END:VTIMEZONE"],
    "America/Toronto": ["BEGIN:VTIMEZONE", "TZID:America/Toronto", "X-LIC-LOCATION:America/Toronto",
                        "BEGIN:DAYLIGHT", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400", "TZNAME:EDT",
                        "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
                        "BEGIN:STANDARD", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500", "TZNAME:EST",
                        "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
                        "END:VTIMEZONE"],
    "America/Phoenix": ["BEGIN:VTIMEZONE", "TZID:America/Phoenix", "X-LIC-LOCATION:America/Phoenix",
                        "BEGIN:STANDARD", "TZOFFSETFROM:-0700", "TZOFFSETTO:-0700", "TZNAME:MST",
                        "DTSTART:19700101T000000", "END:STANDARD", "END:VTIMEZONE"],
    "Eastern Standard Time": ["BEGIN:VTIMEZONE", "TZID:Eastern Standard Time",
                              "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:-0400",
                              "TZOFFSETTO:-0500", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11",
                              "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T020000",
                              "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
                              "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT",
                              "END:VTIMEZONE"],
}


def fold(line):
    if len(line.encode("utf-8")) <= 75:
        return line
    out, cur, limit = [], b"", 75
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b"", 74
        cur += cb
    out.append(cur.decode("utf-8"))
    return "\r\n ".join(out)


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def zstamp(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def dtline(name, dt, tzid):
    if tzid == "UTC":
        return f"{name}:{zstamp(dt)}"
    local = dt.astimezone(TZID_ZONE[tzid])
    return f"{name};TZID={tzid}:{local.strftime('%Y%m%dT%H%M%S')}"


def cn(name):
    return f'"{name}"' if any(c in name for c in ",;:") else name


def vevent(uid, start, end, summary, tzid, stamp, organizer=None, attendees=(), description=None,
           location=None, seq=0, status="CONFIRMED", extra=(), google=True):
    L = ["BEGIN:VEVENT", dtline("DTSTART", start, tzid), dtline("DTEND", end, tzid), "DTSTAMP:" + zstamp(stamp)]
    if organizer:
        L.append(f"ORGANIZER;CN={cn(organizer[0])}:mailto:{organizer[1]}")
    L.append(f"UID:{uid}")
    for a in attendees:
        name, email_, partstat = a[0], a[1], a[2] if len(a) > 2 else "NEEDS-ACTION"
        role = a[3] if len(a) > 3 else "REQ-PARTICIPANT"
        if google:
            L.append(f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={cn(name)};"
                     f"X-NUM-GUESTS=0:mailto:{email_}")
        else:
            L.append(f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={cn(name)}:mailto:{email_}")
    L.append("CREATED:" + zstamp(stamp - timedelta(minutes=3)))
    if description is not None:
        L.append("DESCRIPTION:" + esc(description))
    L.append("LAST-MODIFIED:" + zstamp(stamp))
    if location is not None:
        L.append("LOCATION:" + esc(location))
    L += [f"SEQUENCE:{seq}", f"STATUS:{status}", "SUMMARY:" + esc(summary), "TRANSP:OPAQUE"]
    L += list(extra)
    L.append("END:VEVENT")
    return L


def vcal(events, method=None, prodid="-//Google Inc//Google Calendar 70.9054//EN", tzids=(), top=()):
    L = ["BEGIN:VCALENDAR", f"PRODID:{prodid}", "VERSION:2.0", "CALSCALE:GREGORIAN"]
    if method:
        L.append(f"METHOD:{method}")
    L += list(top)
    for t in tzids:
        L += VTZ[t]
    L += events
    L.append("END:VCALENDAR")
    return "\r\n".join(fold(x) for x in L) + "\r\n"


def cal_leaf(ics_text, method="REQUEST"):
    return Leaf(f'text/calendar; charset="UTF-8"; method={method}', raw=ics_text.encode("utf-8"), enc="base64")


def ics_attachment(ics_text, filename="invite.ics", method="REQUEST"):
    return Leaf(f'application/ics; name="{filename}"', raw=ics_text.encode("utf-8"), enc="base64",
                disp=f'attachment; filename="{filename}"')


# ---------------------------------------------------------------- Google Calendar invitation
def gtime(start, end):
    """'Thu Oct 15, 2026 2pm - 2:45pm (EDT)' as in Google invitation subjects."""
    def hm(d):
        s = d.strftime("%I").lstrip("0") + ("" if d.minute == 0 else d.strftime(":%M")) + d.strftime("%p").lower()
        return s
    return f"{start.strftime('%a %b')} {start.day}, {start.year} {hm(start)} - {hm(end)} ({start.tzname()})"


def google_invite(tag, organizer, guests, start, end, title, description, dt_sent, uid, seq=0,
                  meet=None, location=None, updated=False, extra_ics=(), subj_prefix=None, sender_name=None):
    """Google Calendar invitation: multipart/mixed(alternative(plain, html, calendar), invite.ics)."""
    local = start.astimezone(ZONES["NY"])
    local_end = end.astimezone(ZONES["NY"])

    def hm(d):
        return d.strftime("%I").lstrip("0") + ("" if d.minute == 0 else d.strftime(":%M")) + d.strftime("%p").lower()
    when = f"{local.strftime('%A %b')} {local.day}, {local.year} \u22c5 {hm(local)} \u2013 {hm(local_end)}"
    lines = []
    if updated:
        lines += ["This event has been updated", "Changed: time", ""]
    lines += [title, "", when, "Eastern Time - New York", ""]
    if location:
        lines += [location, ""]
    if meet:
        lines += ["Join with Google Meet", meet, "", "Join by phone",
                  f"(US) +1 470-555-{int(hx('pin', tag, n=4), 16) % 9000 + 1000:04d} PIN: "
                  f"{int(hx('pin2', tag, n=8), 16) % 900000000 + 100000000}#", ""]
    if description:
        lines += [description.rstrip("\n"), ""]
    lines += ["Organizer", organizer[0], organizer[1], "", "Guests"]
    for g in guests:
        lines.append(g[0] + (" - organizer" if g[1] == organizer[1] else ""))
    eid = base64.urlsafe_b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    lines += [f"View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid={eid}", "",
              f"Reply for {OWNER}", "", "Invitation from Google Calendar",
              "You are receiving this email because you are an attendee on the event. To stop receiving "
              "future updates for this event, decline this event.", "",
              "Forwarding this invitation could allow any recipient to send a response to the organizer, "
              "be added to the guest list, invite others regardless of their own invitation status, or "
              "modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding"]
    text = "\n".join(lines) + "\n"
    inner = ""
    if updated:
        inner += '<p style="color:#d93025"><b>This event has been updated</b></p>\n'
    inner += f'<h2 style="font-weight:400">{title.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")}</h2>\n'
    inner += f"<p>{when}<br>Eastern Time - New York</p>\n"
    if location:
        inner += f"<p>{location.replace('&', '&amp;')}</p>\n"
    if meet:
        inner += f'<p><a href="{meet}">Join with Google Meet</a><br>{meet.replace("https://", "")}</p>\n'
    if description:
        inner += html_p(description)
    inner += f"<p>Organizer<br>{organizer[0]}<br>{organizer[1]}</p>\n<p>Guests<br>" + "<br>".join(
        g[0] for g in guests) + "</p>\n"
    inner += '<p style="color:#70757a;font-size:12px">Invitation from Google Calendar</p>\n'
    html = html_doc(inner, font="Roboto,Helvetica,Arial,sans-serif")
    desc_ics = (description or "")
    if meet:
        desc_ics += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                     f"Join with Google Meet: {meet}\n\nLearn more about Meet at: "
                     "https://support.google.com/a/users/answer/9282720\n\nPlease do not edit this section.\n"
                     "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-")
    atts = [(g[0] if g[0] != g[1] else g[1], g[1], "ACCEPTED" if g[1] == organizer[1] else "NEEDS-ACTION")
            for g in guests]
    ext = [f"X-GOOGLE-CONFERENCE:{meet}"] if meet else []
    ev = vevent(uid, start, end, title, "America/New_York", dt_sent, organizer=organizer, attendees=atts,
                description=desc_ics, location=location or "", seq=seq, extra=ext + list(extra_ics))
    ics = vcal(ev, method="REQUEST", tzids=["America/New_York"])
    body = Multi("mixed", [
        Multi("alternative", [Leaf('text/plain; charset="UTF-8"; format=flowed; delsp=yes', text, "base64"),
                              Leaf('text/html; charset="UTF-8"', html, "quoted-printable"),
                              cal_leaf(ics)], bnd(tag + "galt")),
        ics_attachment(ics),
    ], bnd(tag + "gmix"))
    pre = subj_prefix or ("Updated invitation" if updated else "Invitation")
    subject = f"{pre}: {title} @ {gtime(start.astimezone(ZONES['NY']), end.astimezone(ZONES['NY']))} ({OWNER})"
    return subject, body


# ---------------------------------------------------------------- Exchange / Teams invitation
def teams_block(tag):
    h = hx("teams", tag, n=40)
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{h[:30]}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}%22%7d")
    mid = f"{int(h[:6], 16) % 900 + 100} {int(h[6:12], 16) % 900 + 100} {int(h[12:18], 16) % 900 + 100} {int(h[18:24], 16) % 900 + 100}"
    pc = base64.b32encode(bytes.fromhex(h[24:36])).decode()[:6]
    text = ("________________________________________________________________________________\n"
            "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {mid}\nPasscode: {pc}\n"
            "Download Teams<https://www.microsoft.com/en-us/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting>\n"
            "________________________________________________________________________________\n")
    return url, text


def exchange_invite(tag, organizer, attendees, start, end, subject, when_label, body_text, dt_sent, uid,
                    seq=0, method="REQUEST"):
    url, tb = teams_block(tag)
    text = f"When: {when_label}\nWhere: Microsoft Teams Meeting\n\n*~*~*~*~*~*~*~*~*~*\n\n{body_text.rstrip()}\n\n{tb}"
    html = html_doc(html_p(text).replace(url, f'<a href="{url}">{url}</a>'), font="Aptos,Calibri,sans-serif")
    atts = [(a[0], a[1], "NEEDS-ACTION") for a in attendees]
    ev = vevent(uid, start, end, subject, "Eastern Standard Time", dt_sent, organizer=organizer,
                attendees=atts, description=text, location="Microsoft Teams Meeting", seq=seq, google=False,
                status="CONFIRMED",
                extra=["CLASS:PUBLIC", "PRIORITY:5", "X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % seq,
                       "X-MICROSOFT-CDO-OWNERAPPTID:%d" % (int(hx('owner', tag, n=8), 16) % 2**31),
                       "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
                       "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1",
                       "X-MICROSOFT-CDO-INSTTYPE:0", "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK:",
                       "X-MICROSOFT-ONLINEMEETINGCONFLINK:conf:sip:" + organizer[1] + ";gruu;opaque=app:conf:focus:id:teams:2:0!19:meeting_" + hx('conf', tag, n=24),
                       "X-MICROSOFT-SKYPETEAMSMEETINGURL:" + url,
                       "X-MICROSOFT-SCHEDULINGSERVICEUPDATEURL:https://api.scheduler.teams.microsoft.com/teams/" + hx('sched', tag, n=32),
                       "X-MICROSOFT-SKYPETEAMSPROPERTIES:{\"cid\":\"19:meeting_" + hx('conf', tag, n=24) + "@thread.v2\"}",
                       "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
                       "X-MICROSOFT-LOCATIONDISPLAYNAME:Microsoft Teams Meeting",
                       "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M",
                       "ACTION:DISPLAY", "END:VALARM"])
    ics = vcal(ev, method=method, prodid="Microsoft Exchange Server 2010", tzids=["Eastern Standard Time"])
    ics = ics.replace("CALSCALE:GREGORIAN\r\n", "")
    root = Multi("alternative", [Leaf('text/plain; charset="utf-8"', text, "quoted-printable"),
                                 Leaf('text/html; charset="utf-8"', html, "quoted-printable"),
                                 cal_leaf(ics, method)], bnd(tag, "outlook"))
    return root, url


def exchange_headers(tag, topic):
    h = hx("tindex", tag, n=44)
    return [("Thread-Topic", topic),
            ("Thread-Index", base64.b64encode(bytes.fromhex(h)).decode()),
            ("Accept-Language", "en-US"), ("Content-Language", "en-US"),
            ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
            ("Content-class", "urn:content-classes:calendarmessage"),
            ("x-ms-exchange-calendar-series-instance-id", base64.b64encode(bytes.fromhex(hx('series', tag, n=40))).decode()),
            ("x-ms-publictraffictype", "Email")]


# ---------------------------------------------------------------- labels
def iv(company, role, start, end, status, interviewers, followups, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers),
            "followup_recipients": list(followups), "kind": kind}


CASES = []  # (slug, [(filename, bytes)], label, readme_tz_note or None)


def case(slug, items, interviews, difficulty, category, notes, tz_note=None):
    num = len(CASES) + 1
    assert slug.startswith(f"b307-{num:02d}-"), (slug, num)
    for fn, _ in items:
        assert fn[:3] == f"{items.index((fn, _)) + 1:02d}-", fn
    lab = {"user": OWNER, "interview": bool(interviews), "interviews": interviews,
           "difficulty": difficulty, "category": category, "notes": notes, "source": "synthetic"}
    CASES.append((slug, items, lab, tz_note))


# ---------------------------------------------------------------- people / companies
# Keystone Staffing Partners (agency)
TASHA = ("Tasha Greene", "tgreene@keystonestaffing.example")
DERRICK = ("Derrick Owens", "dowens@keystonestaffing.example")
MONIQUE = ("Monique Harris", "mharris@keystonestaffing.example")
# Peachline Parcel (parcel carrier, Atlanta)
RENEE = ("Renee Caldwell", "renee.caldwell@peachlineparcel.example")
ALYSSA = ("Alyssa Ford", "alyssa.ford@peachlineparcel.example")
GREG = ("Greg Whitfield", "greg.whitfield@peachlineparcel.example")
DENISE = ("Denise Holloway", "denise.holloway@peachlineparcel.example")
PEACH_WD = "Peachline Parcel <peachline@myworkday.com>"
PEACH_ROLE = "Supply Chain Operations Manager"
# Loadwise (freight-tech startup, Midtown Atlanta)
JENNA = ("Jenna Marsh", "jenna@loadwise.example")
NATE = ("Nate Castillo", "nate@loadwise.example")
PRIYA = ("Priya Raman", "priya@loadwise.example")
OWEN = ("Owen Pryor", "owen@loadwise.example")
LW_ROLE = "Head of Carrier Operations"
# Harlow & Pine (retailer distribution network)
CARLA = ("Carla Nguyen", "carla.nguyen@harlowpine.example")
KENDRA = ("Kendra Ellis", "kendra.ellis@harlowpine.example")
TROY = ("Troy Vance", "troy.vance@harlowpine.example")
ANITA = ("Anita Shah", "anita.shah@harlowpine.example")
JAMAL = ("Jamal Price", "jamal.price@harlowpine.example")
HP_ROLE = "Distribution Center Operations Manager"
# Bluff City Logistics (Memphis 3PL)
RAY = ("Ray Dempsey", "ray.dempsey@bluffcitylogistics.example")
BC_ROLE = "Warehouse Operations Manager"
# Sonoran Components (Phoenix manufacturer)
LISA = ("Lisa Romero", "lromero@sonorancomponents.example")
DALE = ("Dale Kessler", "dale.kessler@sonorancomponents.example")
SC_ROLE = "Materials & Logistics Manager"
# Lakeshore Freightways (Toronto)
EMILY = ("Emily Tran", "emily.tran@lakeshorefreight.example")
SANDEEP = ("Sandeep Gill", "sandeep.gill@lakeshorefreight.example")
CLAIRE = ("Claire Dubois", "claire.dubois@lakeshorefreight.example")
LS_ROLE = "Senior Manager, Cross-Border Transportation"


def A(p):
    return f"{p[0]} <{p[1]}>"


MARCUS_SIG_IPHONE = "\n\nSent from my iPhone\n"
MARCUS_CELL = "404-555-0148"


# ================================================================ cases
def c01():
    t1 = T(2026, 10, 5, 21, 5, "NY", "Mon", "-04:00", 14)
    t2 = T(2026, 10, 5, 21, 20, "NY", "Mon", "-04:00", 51)
    t3 = T(2026, 10, 5, 21, 31, "NY", "Mon", "-04:00", 7)
    start = T(2026, 10, 6, 14, 30, "NY", "Tue", "-04:00")
    assert t1.astimezone(UTC).date() == date(2026, 10, 6)  # UTC date is already "tomorrow"
    subj = "Transportation Mgr role - quick screen"
    b1 = ("Marcus,\n\nSaw your resume come through our portal tonight, nice background on the linehaul side. "
          "I'm working a Transportation Manager search for one of our clients, a regional grocery "
          "distributor on the south side of metro ATL (confidential for now, I can share the name once "
          "I submit you).\n\nBefore I put you in front of them I need to do a screen for the role with you. "
          "Can u do 2:30 tmrw? 30 min by phone, I'll call you.\n\nTasha" + MARCUS_SIG_IPHONE)
    m1 = iphone_id("c01a", "keystonestaffing.example")
    b2 = ("yes 2:30 works. best # is " + MARCUS_CELL + MARCUS_SIG_IPHONE +
          "\n> On Oct 5, 2026, at 9:05 PM, Tasha Greene <" + TASHA[1] + "> wrote:\n>\n" + quote(b1) + "\n")
    m2 = iphone_id("c01b", "example.com")
    b3 = ("Perfect. I'll call you at 2:30 tomorrow. Have your current comp and notice period handy, "
          "that's the first thing the client asks.\n\nTasha Greene\nSenior Recruiter, Supply Chain & "
          "Logistics\nKeystone Staffing Partners | Atlanta-Perimeter\n(770) 555-0192\n\n"
          "> On Oct 5, 2026, at 9:20 PM, Marcus Bell <" + OWNER + "> wrote:\n>\n" + quote(b2.split("\n>")[0]) + "\n")
    m3 = iphone_id("c01c", "keystonestaffing.example")
    items = [
        ("01-tasha-transportation-mgr-screen.eml",
         eml(A(TASHA), OWNER_ADDR, subj, t1, m1, plain(b1), extra=[("X-Mailer", "iPhone Mail (23A355)")],
             host="mail.keystonestaffing.example", ip="198.51.100.23")),
        ("02-re-marcus-230-works.eml",
         eml(OWNER_ADDR, A(TASHA), "Re: " + subj, t2, m2, plain(b2), irt=m1,
             extra=[("X-Mailer", "iPhone Mail (23A355)")])),
        ("03-re-tasha-call-you-at-230.eml",
         eml(A(TASHA), OWNER_ADDR, "Re: " + subj, t3, m3, plain(b3), irt=m2, refs=f"{m1} {m2}",
             extra=[("X-Mailer", "iPhone Mail (23A355)")],
             host="mail.keystonestaffing.example", ip="198.51.100.23")),
    ]
    case("b307-01-agency-screen-tmrw-body-only", items,
         [iv("Keystone Staffing Partners", "Transportation Manager", start, start + timedelta(minutes=30),
             "scheduled", [TASHA[1]], [TASHA[1]], "phone_screen")],
         "hard", "positive/agency-screen-relative-date",
         "Agency recruiter explicitly does 'a screen for the role' (Transportation Manager, client unnamed). "
         "'Can u do 2:30 tmrw?' sent Mon Oct 5 9:05 PM -0400 (already Oct 6 in UTC): tomorrow = Tue Oct 6, "
         "2:30-3:00 PM EDT. Time only in the bodies.",
         "01: 'tmrw' in a mail dated Mon Oct 5 21:05 -0400 (01:05 UTC Oct 6) resolves to Tue Oct 6 14:30 EDT, not Oct 7.")


def c02():
    sent = T(2026, 10, 2, 18, 12, "UTC", "Fri", "+00:00", 44)
    start = T(2026, 10, 8, 10, 0, "NY", "Thu", "-04:00")
    end = start + timedelta(minutes=45)
    say("Thursday", 2026, 10, 8)
    text = ("Hi Marcus,\n\nThank you for your interest in Peachline Parcel. Your phone interview has been "
            "scheduled. Details are below.\n\n"
            "Job Requisition: Supply Chain Operations Manager (R-20417)\n"
            "Interview Type: Phone Screen\n"
            "Date: Thursday, October 8, 2026\n"
            "Time: 10:00 AM - 10:45 AM Eastern Daylight Time\n"
            "Interviewer: Renee Caldwell, Senior Talent Acquisition Partner\n\n"
            "Renee will call you at the phone number on your candidate profile. If you need to reschedule, "
            f"please contact Renee directly at {RENEE[1]} instead of replying to this message.\n\n"
            "You can review your application status at any time from Candidate Home:\n"
            "https://peachline.wd5.myworkdayjobs.com/en-US/Peachline_Careers/userHome\n\n"
            "Peachline Parcel Talent Acquisition\n\n"
            "This is a system-generated e-mail. Please do not reply.\n")
    html = html_doc(
        "<p>Hi Marcus,</p><p>Thank you for your interest in Peachline Parcel. Your phone interview has been "
        "scheduled. Details are below.</p>\n<table cellpadding=\"4\" style=\"border-collapse:collapse\">"
        "<tr><td><b>Job Requisition</b></td><td>Supply Chain Operations Manager (R-20417)</td></tr>"
        "<tr><td><b>Interview Type</b></td><td>Phone Screen</td></tr>"
        "<tr><td><b>Date</b></td><td>Thursday, October 8, 2026</td></tr>"
        "<tr><td><b>Time</b></td><td>10:00 AM - 10:45 AM Eastern Daylight Time</td></tr>"
        "<tr><td><b>Interviewer</b></td><td>Renee Caldwell, Senior Talent Acquisition Partner</td></tr></table>\n"
        "<p>Renee will call you at the phone number on your candidate profile. If you need to reschedule, "
        f"please contact Renee directly at <a href=\"mailto:{RENEE[1]}\">{RENEE[1]}</a> instead of replying "
        "to this message.</p>\n<p>You can review your application status at any time from "
        "<a href=\"https://peachline.wd5.myworkdayjobs.com/en-US/Peachline_Careers/userHome\">Candidate Home</a>.</p>\n"
        "<p>Peachline Parcel Talent Acquisition</p><p style=\"font-size:11px;color:#666\">This is a "
        "system-generated e-mail. Please do not reply.</p>\n", font="Helvetica,Arial,sans-serif")
    ics = vcal(vevent(f"WD-INT-{hx('c02uid', n=20).upper()}@myworkday.com", start, end,
                      "Phone Screen - Supply Chain Operations Manager (R-20417) - Peachline Parcel", "UTC", sent,
                      organizer=("Peachline Parcel", "peachline@myworkday.com"),
                      attendees=[(OWNER_NAME, OWNER), (RENEE[0], RENEE[1])],
                      description="Phone screen with Renee Caldwell. Renee will call the candidate.",
                      location="Phone", google=False),
               method="REQUEST", prodid="-//Workday//Workday Calendar//EN")
    root = Multi("mixed", [alt("c02", text, html, enc="base64", style="workday"),
                           ics_attachment(ics, "Interview.ics")], bnd("c02mix", "workday"))
    items = [("01-workday-interview-scheduled.eml",
              eml(PEACH_WD, OWNER, "Interview Scheduled: Supply Chain Operations Manager (R-20417)", sent,
                  plain_id("c02", "myworkday.com"), root, host="mx-out.myworkday.com", ip="52.2.31.20",
                  return_path="bounces+peachline@myworkday.com"))]
    case("b307-02-peachline-workday-phone-screen", items,
         [iv("Peachline Parcel", PEACH_ROLE, start, end, "scheduled", [RENEE[1]], [RENEE[1]], "phone_screen")],
         "easy", "positive/workday",
         "Workday 'Interview Scheduled' notification (no-reply sender, base64 bodies) with Interview.ics in UTC. "
         "Recruiter Renee Caldwell conducts the screen; her address is given in the body.",
         "02: Workday .ics uses UTC (14:00Z) while the body says 10:00 AM EDT.")


def c03():
    t1 = T(2026, 10, 6, 9, 14, "NY", "Tue", "-04:00", 30)
    t2 = T(2026, 10, 6, 12, 2, "NY", "Tue", "-04:00", 9)
    say("Wednesday", 2026, 10, 7)
    subj = "Welcome to Keystone - let's connect"
    b1 = ("Hi Marcus,\n\nWelcome aboard, and thanks for registering with Keystone Staffing Partners. I lead "
          "our Supply Chain & Logistics desk here in Atlanta.\n\nBefore we start sending your profile out, I "
          "do a 20-minute get-to-know-you call with every new candidate. We'll cover your background, the kind "
          "of roles you want, commute radius and pay range. To be clear, this isn't for a specific opening; it "
          "just gets you set up in our system so any of our recruiters can reach out when something fits.\n\n"
          "I have Wednesday (10/7) at 11:00 AM open. Reply and let me know if that works, or suggest another "
          "time.\n\nThanks,\nDerrick Owens\nAccount Lead, Supply Chain & Logistics\nKeystone Staffing Partners\n"
          "3200 Windy Ridge Pkwy SE, Suite 800, Atlanta, GA\n(770) 555-0110\n")
    m1 = outlook_id("c03a", "BN8PR12MB")
    b2 = "wed at 11 is fine. talk then" + MARCUS_SIG_IPHONE + "\n> On Oct 6, 2026, at 9:14 AM, Derrick Owens <" + DERRICK[1] + "> wrote:\n>\n" + quote(b1) + "\n"
    m2 = iphone_id("c03b", "example.com")
    items = [("01-derrick-welcome-intake-call.eml",
              eml(A(DERRICK), OWNER_ADDR, subj, t1, m1, alt("c03", b1, style="outlook"),
                  host="NAM11-BN8-obe.outbound.protection.outlook.com", ip="40.107.236.90")),
             ("02-re-wed-at-11-fine.eml",
              eml(OWNER_ADDR, A(DERRICK), "RE: " + subj, t2, m2, plain(b2), irt=m1))]
    case("b307-03-agency-intake-call-no-role", items, [], "hard", "negative/agency-intake-call",
         "Agency registration / get-to-know-you call, booked (Wed Oct 7 11:00), but the mail says it is not "
         "for a specific opening: per theme rule an agency recruiter call counts only when it is a screen for a role.")


def c04():
    t1 = T(2026, 10, 6, 10, 2, "NY", "Tue", "-04:00", 41)
    t2 = T(2026, 10, 6, 12, 40, "NY", "Tue", "-04:00", 3)
    t3 = T(2026, 10, 6, 13, 5, "NY", "Tue", "-04:00", 58)
    start = T(2026, 10, 9, 13, 30, "NY", "Fri", "-04:00")
    say("Thu", 2026, 10, 8)
    say("Fri", 2026, 10, 9)
    subj = "Head of Carrier Operations @ Loadwise"
    b1 = ("Hi Marcus,\n\nI lead recruiting at Loadwise. We build load-matching and dock scheduling software for "
          "mid-size shippers (Series B, about 90 people, office in Midtown). Your time running linehaul and "
          "carrier procurement at Southern Crescent Foods caught my eye.\n\n"
          "We're hiring a Head of Carrier Operations to own our carrier network, onboarding and scorecards. "
          "Would you be open to a 30-minute recruiter screen so I can walk you through the role and hear what "
          "you're looking for next?\n\nI could do Thu 10/8 at 11:00 or Fri 10/9 at 1:30 ET.\n\nBest,\nJenna\n\n"
          "Jenna Marsh | Recruiting Lead | Loadwise\n")
    html1 = html_doc(html_p(b1) + f'<img src="https://t.gem.com/o/{hx("gempx", n=24)}.gif" width="1" height="1" alt="">\n')
    m1 = gmail_id("c04a")
    b2 = ("Hi Jenna,\n\nThanks for reaching out, the role sounds interesting. Friday at 1:30 works better for me. "
          f"My cell is {MARCUS_CELL}.\n\nMarcus\n\nOn Tue, Oct 6, 2026 at 10:02 AM Jenna Marsh <{JENNA[1]}> wrote:\n" + quote(b1) + "\n")
    m2 = gmail_id("c04b")
    b3 = ("Great, you're locked in for Friday 10/9 at 1:30 ET. I'll call your cell. Talk then!\n\nJenna\n\n"
          f"On Tue, Oct 6, 2026 at 12:40 PM Marcus Bell <{OWNER}> wrote:\n" + quote(b2.split("\nOn Tue")[0]) + "\n")
    m3 = gmail_id("c04c")
    gem = [("X-Gem-Sequence-Id", hx("gemseq", n=20)), ("List-Unsubscribe", f"<https://gem.com/unsubscribe/{hx('gemun', n=24)}>")]
    items = [("01-jenna-gem-outreach.eml",
              eml(A(JENNA), OWNER, subj, t1, m1, alt("c04a", b1, html1), extra=gem)),
             ("02-re-marcus-friday-works.eml", eml(OWNER_ADDR, A(JENNA), "Re: " + subj, t2, m2, alt("c04b", b2), irt=m1)),
             ("03-re-jenna-locked-in.eml",
              eml(A(JENNA), OWNER_ADDR, "Re: " + subj, t3, m3, alt("c04c", b3), irt=m2, refs=f"{m1} {m2}"))]
    case("b307-04-loadwise-gem-propose-confirm", items,
         [iv("Loadwise", LW_ROLE, start, start + timedelta(minutes=30), "scheduled", [JENNA[1]], [JENNA[1]],
             "phone_screen")],
         "medium", "positive/thread-propose-confirm",
         "Gem-sent outreach proposes Thu 10/8 11:00 or Fri 10/9 1:30 ET; candidate picks Friday, recruiter confirms. "
         "30 minutes stated in the first mail. Only the Friday slot is an interview.")


def c05():
    sent = T(2026, 10, 7, 11, 31, "UTC", "Wed", "+00:00", 2)
    jobs = [("Supply Chain Operations Manager", "Peachline Parcel", "Atlanta, GA (On-site)", "Actively recruiting"),
            ("Distribution Center Operations Manager", "Harlow & Pine", "McDonough, GA (On-site)", "Be an early applicant"),
            ("Transportation Manager", "Redfern Cold Chain", "Forest Park, GA (On-site)", "2 connections work here"),
            ("Sr. Manager, Network Planning", "Tallow Creek Logistics", "Atlanta, GA (Hybrid)", "Easy Apply")]
    text = "Your job alert for supply chain manager in Atlanta, Georgia, United States\n4 new jobs match your preferences.\n\n"
    inner = "<h2>Your job alert for <b>supply chain manager</b> in Atlanta, Georgia, United States</h2><p>4 new jobs match your preferences.</p>\n"
    for t, c, loc, tag in jobs:
        url = f"https://www.linkedin.com/comm/jobs/view/{int(hx('li', t, n=10), 16) % 10**10}"
        text += f"{t}\n{c}\n{loc}\n{tag}\nView job: {url}\n\n---------------------------------------------------------\n\n"
        inner += f'<p><a href="{url}"><b>{t}</b></a><br>{c}<br>{loc}<br><span style="color:#057642">{tag}</span></p>\n'
    text += ("Prepare for your next interview: practice common questions with AI-powered interview prep, "
             "included with Premium.\nTry Premium for $0: https://www.linkedin.com/premium/products/\n\n"
             "See all jobs on LinkedIn: https://www.linkedin.com/comm/jobs/search/?keywords=supply%20chain%20manager\n\n"
             f"This email was intended for Marcus Bell (Supply Chain & Logistics Manager)\n"
             "You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/jobs/alerts\n"
             "(c) 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.\n")
    inner += ("<p>Prepare for your next interview: practice common questions with AI-powered interview prep, "
              "included with Premium.</p>\n<p style=\"font-size:11px\">This email was intended for Marcus Bell "
              "(Supply Chain &amp; Logistics Manager). You are receiving Job Alert emails.</p>\n")
    items = [("01-linkedin-job-alert.eml",
              eml("LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>", f"Marcus Bell <{OWNER}>",
                  "\"supply chain manager\": Peachline Parcel - Supply Chain Operations Manager and more", sent,
                  plain_id("c05", "linkedin.com"), alt("c05", text, html_doc(inner), enc="base64"),
                  host="mailb-dc.linkedin.com", ip="108.174.3.3",
                  return_path="s-" + hx("lib", n=16) + "@bounce.linkedin.com",
                  extra=[("List-Unsubscribe", "<https://www.linkedin.com/comm/jobs/alerts>")]))]
    case("b307-05-linkedin-job-alert", items, [], "easy", "negative/job-alert",
         "LinkedIn job alert listing companies that appear elsewhere in the set plus an 'interview prep' upsell.")


def c06():
    sent = T(2026, 10, 9, 19, 22, "UTC", "Fri", "+00:00", 10)
    start = T(2026, 10, 13, 13, 0, "NY", "Tue", "-04:00")
    end = start + timedelta(minutes=45)
    say("Tuesday", 2026, 10, 13)
    subject = "Peachline Parcel Interview: Marcus Bell / Greg Whitfield - Supply Chain Operations Manager"
    body = ("Hi Marcus,\n\nCongrats on moving forward! This is your video interview with Greg Whitfield, "
            "Director of Network Operations and the hiring manager for the Supply Chain Operations Manager role. "
            "Plan on 45 minutes over Teams, camera on. Greg will want to hear about hub throughput, labor "
            "planning for peak and how you've handled carrier service failures.\n\n"
            "I'm only handling the scheduling and won't be on the call, so feel free to reach out to me with "
            "any logistics questions.\n\nAlyssa Ford\nRecruiting Coordinator | Peachline Parcel\n")
    uid = "040000008200E00074C5B7101A82E00800000000" + hx("c06uid", n=72).upper()
    root, _ = exchange_invite("c06", ALYSSA, [(OWNER_NAME, OWNER), GREG], start, end, subject,
                              "Tuesday, October 13, 2026 1:00 PM-1:45 PM (UTC-05:00) Eastern Time (US & Canada)",
                              body, sent, uid)
    items = [("01-teams-invite-hiring-manager.eml",
              eml(A(ALYSSA), f"{OWNER_ADDR}, {A(GREG)}", subject, sent, outlook_id("c06", "MN2PR08MB"), root,
                  extra=exchange_headers("c06", subject),
                  host="NAM10-MW2-obe.outbound.protection.outlook.com", ip="40.107.94.112"))]
    case("b307-06-peachline-hm-teams-invite", items,
         [iv("Peachline Parcel", PEACH_ROLE, start, end, "scheduled", [GREG[1]], [GREG[1]], "hiring_manager")],
         "medium", "positive/outlook-teams",
         "Exchange/Teams invite (TZID 'Eastern Standard Time', X-MICROSOFT-CDO-*); When line shows the fixed "
         "'(UTC-05:00)' label although Oct 13 is EDT. Coordinator Alyssa schedules only; Greg interviews.",
         "06: Windows TZID 'Eastern Standard Time' + '(UTC-05:00)' label on an EDT date (Oct 13 13:00 = -04:00).")


def c07():
    sent = T(2026, 10, 9, 16, 47, "UTC", "Fri", "+00:00", 26)
    start = T(2026, 10, 14, 9, 30, "NY", "Wed", "-04:00")
    end = start + timedelta(minutes=30)
    say("Wednesday", 2026, 10, 14)
    text = ("Hi Marcus! It's Olivia, the virtual recruiting assistant for Harlow & Pine. You're all set \U0001F389\n\n"
            "Interview: Phone Interview\n"
            f"Position: {HP_ROLE} - McDonough, GA (DC 6)\n"
            "When: Wednesday, October 14, 2026 at 9:30 AM EDT\n"
            "Length: about 30 minutes\n"
            "With: Carla Nguyen, Talent Acquisition Manager\n\n"
            f"Carla will call you at (404) 555-0148. Need to make a change? Text RESCHEDULE to the number I "
            f"texted you from, or email Carla at {CARLA[1]}.\n\n"
            "A calendar invite is attached so this lands on your calendar.\n\n"
            "Good luck!\nOlivia | Harlow & Pine Careers\n\n"
            "Powered by Paradox. Reply STOP to opt out of text messages.\n")
    html = html_doc(html_p(text), font="Helvetica,Arial,sans-serif")
    ics = vcal(vevent(f"{hx('c07uid', n=32)}@paradox.ai", start, end,
                      f"Harlow & Pine Phone Interview - {HP_ROLE}", "America/New_York", sent,
                      organizer=("Harlow & Pine Careers", "harlowpine@paradox.ai"),
                      attendees=[(OWNER_NAME, OWNER), CARLA],
                      description="Phone interview with Carla Nguyen. Carla will call you at (404) 555-0148.",
                      location="Phone call", google=False),
               method="REQUEST", prodid="-//Paradox//Olivia Scheduling//EN", tzids=["America/New_York"])
    root = Multi("mixed", [alt("c07", text, html), ics_attachment(ics, "interview.ics")], bnd("c07mix"))
    items = [("01-paradox-olivia-interview-confirmed.eml",
              eml("Olivia at Harlow & Pine <harlowpine@paradox.ai>", OWNER, f"Interview Confirmed - {HP_ROLE}",
                  sent, plain_id("c07", "paradox.ai"), root, host="o1.ptr3511.paradox.ai", ip="149.72.61.14",
                  return_path="bounces+2291873@em.paradox.ai"))]
    case("b307-07-harlowpine-paradox-phone-screen", items,
         [iv("Harlow & Pine", HP_ROLE, start, end, "scheduled", [CARLA[1]], [CARLA[1]], "phone_screen")],
         "easy", "positive/ats-email-with-ics",
         "Paradox (Olivia) confirmation from a bot sender with interview.ics; Carla Nguyen conducts the screen.")


def c08():
    sent = T(2026, 10, 15, 8, 5, "NY", "Thu", "-04:00", 12)
    say("Monday", 2026, 10, 19)
    text = ("Hi Marcus,\n\nAs part of Harlow & Pine's selection process for the Distribution Center Operations "
            "Manager position, you're invited to complete the DISC Workplace Style profile before your onsite "
            "visit.\n\nWhat to expect\n- About 15-20 minutes, 24 quick questions\n- No right or wrong answers, "
            "answer the way you usually act at work\n- Untimed, but please finish in one sitting\n\n"
            "Please complete by: Monday, October 19, 2026, 11:59 PM ET\n\n"
            f"Start your assessment: https://app.talentpulse.example/disc/start/{hx('disc', n=20)}\n\n"
            "Your results are shared with the Harlow & Pine hiring team. Questions about the assessment link? "
            "Contact support@talentpulse.example.\n\nTalentPulse Assessments, on behalf of Harlow & Pine\n")
    items = [("01-talentpulse-disc-assessment.eml",
              eml("Harlow & Pine via TalentPulse <noreply@talentpulse.example>", OWNER,
                  "Action required: Complete your DISC profile for Harlow & Pine", sent,
                  plain_id("c08", "talentpulse.example"), alt("c08", text),
                  host="mta2.talentpulse.example", ip="203.0.113.45"))]
    case("b307-08-disc-personality-assessment", items, [], "medium", "negative/online-assessment",
         "Self-paced DISC personality assessment with a deadline; mentions the onsite but books nothing.")


def c09():
    sent = T(2026, 10, 12, 16, 20, "NY", "Mon", "-04:00", 33)
    t2 = T(2026, 10, 15, 11, 48, "NY", "Thu", "-04:00", 20)
    t3 = T(2026, 10, 15, 11, 55, "NY", "Thu", "-04:00", 2)
    orig = T(2026, 10, 15, 14, 0, "NY", "Thu", "-04:00")
    start = T(2026, 10, 15, 15, 0, "NY", "Thu", "-04:00")
    title = "Marcus Bell <> Nate Castillo (Loadwise - Head of Carrier Ops)"
    desc = ("Marcus - looking forward to it. Let's talk through how you'd build out our carrier network and what "
            "you learned running linehaul at Southern Crescent.\n- Nate")
    meet = f"https://meet.google.com/{hx('c09m', n=3)}-{hx('c09m2', n=4)}-{hx('c09m3', n=3)}"
    uid = f"{hx('c09uid', n=26)}@google.com"
    subj, root = google_invite("c09", NATE, [NATE, (OWNER, OWNER)], orig, orig + timedelta(minutes=45), title,
                               desc, sent, uid, meet=meet)
    m1 = gcal_id("c09")
    b2 = ("Marcus - stuck at a shipper site in Gainesville, running long. Can we slide to 3? Same Meet link. "
          "Sorry about that\n\nNate" + MARCUS_SIG_IPHONE)
    m2 = iphone_id("c09b", "loadwise.example")
    b3 = ("no problem, 3 works. see you then\n\nOn Thu, Oct 15, 2026 at 11:48 AM Nate Castillo <" + NATE[1] +
          "> wrote:\n" + quote(b2) + "\n")
    m3 = gmail_id("c09c")
    items = [("01-google-invite-nate-castillo.eml",
              eml(A(NATE), OWNER, subj, sent, m1, root, reply_to=A(NATE),
                  sender="Google Calendar <calendar-notification@google.com>",
                  return_path="3" + hx("gret", n=20) + "@calendar-server.bounces.google.com",
                  host="mail-sor-f73.google.com", ip="209.85.220.73")),
             ("02-re-nate-slide-to-3.eml",
              eml(A(NATE), OWNER, "Re: " + subj, t2, m2, plain(b2), irt=m1, extra=[("X-Mailer", "iPhone Mail (23A355)")])),
             ("03-re-marcus-3-works.eml",
              eml(OWNER_ADDR, A(NATE), "Re: " + subj, t3, m3, plain(b3), irt=m2, refs=f"{m1} {m2}"))]
    case("b307-09-loadwise-hm-google-slide-to-3", items,
         [iv("Loadwise", LW_ROLE, start, start + timedelta(minutes=45), "scheduled", [NATE[1]], [NATE[1]],
             "hiring_manager")],
         "hard", "positive/reschedule-by-email",
         "Google invite for Thu Oct 15 2:00-2:45 PM EDT; on the day the hiring manager asks 'can we slide to 3?' "
         "from his phone and Marcus agrees. No updated invite: final time 3:00-3:45 PM EDT (45-minute length kept).")


def c10():
    sent = T(2026, 10, 12, 10, 30, "NY", "Mon", "-04:00", 45)
    start = T(2026, 10, 17, 8, 0, "NY", "Sat", "-04:00")
    end = T(2026, 10, 17, 12, 0, "NY", "Sat", "-04:00")
    text = ("Hello Marcus,\n\nYou're registered! Here are your class details.\n\n"
            "Course: Forklift Operator Certification (OSHA 29 CFR 1910.178) - Sit-down Counterbalance & Reach\n"
            "Date: Saturday, October 17, 2026\n"
            "Time: 8:00 AM - 12:00 PM (classroom 8:00-10:00, hands-on evaluation 10:15-12:00)\n"
            "Location: Peach State Safety Training, 4870 Fulton Industrial Blvd SW, Bay 3, Atlanta, GA 30336\n"
            "Instructor: Curtis Lamb\n\n"
            "Bring a government-issued photo ID and wear closed-toe shoes (steel toe preferred). Your wallet card "
            "and certificate are issued the same day after you pass the written test and the practical "
            "evaluation.\n\nPaid: $189.00 (Visa ending 4417)\n\n"
            "Need to transfer to another date? Call (404) 555-0176 at least 48 hours before class.\n\n"
            "Peach State Safety Training\n")
    ics = vcal(vevent(f"PSST-{hx('c10uid', n=16).upper()}@peachstatesafety.example", start, end,
                      "Forklift Operator Certification - Peach State Safety Training", "America/New_York", sent,
                      organizer=("Peach State Safety Training", "registration@peachstatesafety.example"),
                      attendees=[(OWNER_NAME, OWNER, "ACCEPTED")],
                      description="Classroom 8:00-10:00, hands-on evaluation 10:15-12:00. Bring photo ID.",
                      location="4870 Fulton Industrial Blvd SW, Bay 3, Atlanta, GA 30336", google=False),
               method="PUBLISH", prodid="-//Peach State Safety//Class Registration//EN", tzids=["America/New_York"])
    root = Multi("mixed", [alt("c10", text), ics_attachment(ics, "forklift-class.ics", "PUBLISH")], bnd("c10mix", "workday"))
    items = [("01-forklift-class-registration.eml",
              eml("Peach State Safety Training <registration@peachstatesafety.example>", OWNER,
                  "Registration Confirmed: Forklift Operator Certification - Sat Oct 17", sent,
                  plain_id("c10", "peachstatesafety.example"), root, host="smtp.peachstatesafety.example",
                  ip="192.0.2.61"))]
    case("b307-10-forklift-certification-class", items, [], "medium", "negative/training-class",
         "Paid forklift certification class with a practical 'evaluation' and an .ics; not a hiring process.")


def c11():
    t1 = T(2026, 10, 12, 14, 5, "CHI", "Mon", "-05:00", 17)
    t2 = T(2026, 10, 15, 16, 40, "CHI", "Thu", "-05:00", 3)
    t3 = T(2026, 11, 5, 9, 12, "CHI", "Thu", "-06:00", 48)
    t4 = T(2026, 11, 5, 10, 31, "NY", "Thu", "-05:00", 5)
    s1 = T(2026, 10, 16, 10, 0, "CHI", "Fri", "-05:00")
    s2 = T(2026, 11, 10, 13, 30, "CHI", "Tue", "-06:00")
    assert s1.astimezone(ZONES["NY"]).hour == 11 and s2.astimezone(ZONES["NY"]).hour == 14
    say("Friday", 2026, 10, 16)
    say("Tuesday", 2026, 11, 10)
    sig = "\nMonique Harris\nRecruiting Manager | Keystone Staffing Partners - Memphis\n901-555-0137\n"
    b1 = ("Hi Marcus,\n\nGreat news, Bluff City Logistics wants to meet you! Details below.\n\n"
          "Client: Bluff City Logistics (3PL, HQ in Memphis, TN)\n"
          f"Role: {BC_ROLE} - their Fairburn, GA building\n"
          "Interviewer: Ray Dempsey, Director of Warehouse Operations\n"
          "Format: Microsoft Teams video, 60 minutes (Ray's team will send the link)\n"
          "When: Friday, October 16, 10:00-11:00 AM Central (11:00 AM-12:00 PM Eastern for you)\n\n"
          "I attached a calendar hold. Ray is a numbers guy, so have your units-per-hour, mispick rate and "
          "labor cost per unit ready. Call me right after so we can debrief.\n" + sig)
    uid1 = f"{hx('c11uid1', n=32).upper()}@keystonestaffing.example"
    ev1 = dict(uid=uid1, start=s1, end=s1 + timedelta(hours=1),
               summary="Interview: Bluff City Logistics - Ray Dempsey (Teams)", tzid="America/Chicago",
               organizer=MONIQUE, attendees=[(OWNER_NAME, OWNER)], location="Microsoft Teams (link from client)",
               google=False)
    ics1 = vcal(vevent(stamp=t1, description="Interview with Ray Dempsey, Director of Warehouse Operations. "
                       "Keystone contact: Monique Harris 901-555-0137", **ev1),
                method="REQUEST", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", tzids=["America/Chicago"])
    m1 = outlook_id("c11a", "SA1PR19MB")
    b2 = ("Marcus,\n\nI hate sending this the day before. Bluff City just told me they're putting the Warehouse "
          "Operations Manager req on hold while they finalize a new customer contract, so I have to cancel "
          "tomorrow's 10:00 Central interview with Ray. I've pulled the hold off your calendar.\n\n"
          "This isn't about you; Ray liked your resume a lot. I'll call you the minute it reopens.\n" + sig)
    ics2 = vcal(vevent(stamp=t2, seq=1, status="CANCELLED", description="Canceled by Keystone: client req on hold.",
                       **dict(ev1, summary="Canceled: Interview: Bluff City Logistics - Ray Dempsey (Teams)")),
                method="CANCEL", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", tzids=["America/Chicago"])
    m2 = outlook_id("c11b", "SA1PR19MB")
    zoom = f"https://bluffcitylogistics.zoom.us/j/{int(hx('c11z', n=12), 16) % 10**11}"
    b3 = ("Morning Marcus,\n\nGood news: the req is open again and Ray asked for you by name. He's booked you for "
          "Tuesday, November 10 at 1:30 PM Central, which is 2:30 PM Eastern. One hour on Zoom this time, link "
          "below. I've copied Ray so you have his info.\n\n"
          f"Join Zoom Meeting\n{zoom}\nMeeting ID: {zoom.rsplit('/', 1)[1]}\nPasscode: 731904\n\n"
          "A new calendar invite is attached.\n" + sig)
    ics3 = vcal(vevent(f"{hx('c11uid3', n=32).upper()}@keystonestaffing.example", s2, s2 + timedelta(hours=1),
                       "Interview: Bluff City Logistics - Ray Dempsey (Zoom)", "America/Chicago", t3,
                       organizer=MONIQUE, attendees=[(OWNER_NAME, OWNER), RAY],
                       description=f"Zoom interview with Ray Dempsey. {zoom}", location=zoom, google=False),
                method="REQUEST", prodid="-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", tzids=["America/Chicago"])
    m3 = outlook_id("c11c", "SA1PR19MB")
    b4 = ("Thanks Monique, confirmed for Tuesday at 2:30 my time.\n\nRay, looking forward to finally connecting.\n\n"
          "Marcus\n\n" f"On Thu, Nov 5, 2026 at 10:12 AM Monique Harris <{MONIQUE[1]}> wrote:\n" + quote(b3) + "\n")
    m4 = gmail_id("c11d")
    subj1 = f"Interview confirmed - Bluff City Logistics, {BC_ROLE}"
    ms_host = dict(host="NAM04-SA1-obe.outbound.protection.outlook.com", ip="40.107.101.75")
    items = [
        ("01-monique-bluff-city-interview.eml",
         eml(A(MONIQUE), OWNER_ADDR, subj1, t1, m1,
             Multi("mixed", [alt("c11a", b1, style="outlook"), ics_attachment(ics1, "BluffCity_Interview.ics")],
                   bnd("c11amix", "outlook")), **ms_host)),
        ("02-monique-canceled-bluff-city.eml",
         eml(A(MONIQUE), OWNER_ADDR, "Canceled: Bluff City Logistics interview - Fri 10/16", t2, m2,
             Multi("mixed", [alt("c11b", b2, style="outlook"), ics_attachment(ics2, "Canceled_BluffCity.ics", "CANCEL")],
                   bnd("c11bmix", "outlook")), irt=m1, **ms_host)),
        ("03-monique-bluff-city-back-on.eml",
         eml(A(MONIQUE), OWNER_ADDR, "Bluff City is back on - Tues 11/10 w/ Ray Dempsey", t3, m3,
             Multi("mixed", [alt("c11c", b3, style="outlook"), ics_attachment(ics3, "BluffCity_Interview_Nov10.ics")],
                   bnd("c11cmix", "outlook")), cc=A(RAY), **ms_host)),
        ("04-re-marcus-confirmed-tuesday.eml",
         eml(OWNER_ADDR, A(MONIQUE), "Re: Bluff City is back on - Tues 11/10 w/ Ray Dempsey", t4, m4, alt("c11d", b4),
             cc=A(RAY), irt=m3)),
    ]
    case("b307-11-bluffcity-agency-cancel-then-rebook", items,
         [iv("Bluff City Logistics", BC_ROLE, s1, s1 + timedelta(hours=1), "cancelled", [RAY[1]], [RAY[1]],
             "hiring_manager"),
          iv("Bluff City Logistics", BC_ROLE, s2, s2 + timedelta(hours=1), "scheduled", [RAY[1]], [RAY[1]],
             "hiring_manager")],
         "hard", "positive/cancellation",
         "Agency books the Memphis 3PL's Director for Fri Oct 16 10-11 AM Central, then cancels (METHOD:CANCEL, req "
         "on hold). Three weeks later it is re-booked as a NEW event (new UID, Zoom) on Tue Nov 10 1:30 PM CST = "
         "2:30 PM EST: one cancelled + one scheduled entry. Ray's address appears (Cc) in the rebook mail.",
         "11: Central time before and after Nov 1 - Oct 16 10:00 CDT (-05:00) = 11:00 EDT; Nov 10 13:30 CST (-06:00) "
         "= 14:30 EST; Monique's Date header goes from -0500 to -0600.")


def c12():
    t1 = T(2026, 10, 26, 16, 14, "UTC", "Mon", "+00:00", 7)
    t2 = T(2026, 10, 29, 14, 20, "PHX", "Thu", "-07:00", 40)
    t3 = T(2026, 10, 29, 17, 41, "NY", "Thu", "-04:00", 12)
    t4 = T(2026, 10, 30, 7, 2, "PHX", "Fri", "-07:00", 55)
    s1 = T(2026, 10, 29, 12, 0, "NY", "Thu", "-04:00")
    s2 = T(2026, 11, 4, 9, 0, "PHX", "Wed", "-07:00")
    assert s1.astimezone(ZONES["PHX"]).hour == 9 and s2.astimezone(ZONES["NY"]).hour == 11
    say("Thursday", 2026, 10, 29)
    say("Wednesday", 2026, 11, 4)
    cal_text = ("Hi Marcus Bell,\n\nA new event has been scheduled.\n\n"
                f"Event Type:\nPhone Screen - {SC_ROLE}\n\n"
                "Invitee:\nMarcus Bell\n\n"
                f"Invitee Email:\n{OWNER}\n\n"
                "Event Date/Time:\n12:00pm - 12:30pm (Eastern Time - US & Canada) on Thursday, October 29, 2026\n\n"
                "Location:\nLisa Romero will call you at +1 404-555-0148\n\n"
                "Description:\nA 30-minute intro call with Sonoran Components HR about the Materials & Logistics "
                "Manager opening at our Tempe plant.\n\n"
                f"Cancel: https://calendly.com/cancellations/{hx('c12c', n=36)}\n"
                f"Reschedule: https://calendly.com/reschedulings/{hx('c12r', n=36)}\n\n"
                "Powered by Calendly.com\n")
    ics1 = vcal(vevent(f"{hx('c12uid', n=32)}@calendly.com", s1, s1 + timedelta(minutes=30),
                       f"Phone Screen - {SC_ROLE} between Lisa Romero and Marcus Bell", "UTC", t1,
                       organizer=LISA, attendees=[LISA + ("ACCEPTED",), (OWNER_NAME, OWNER, "ACCEPTED")],
                       description="Event Name: Phone Screen - Materials & Logistics Manager\n\nLisa Romero will "
                       "call you at +1 404-555-0148", location="Lisa Romero will call you at +1 404-555-0148",
                       google=False),
                method="REQUEST", prodid="-//Calendly//Calendly//EN")
    m1 = plain_id("c12a", "calendly.com")
    sig = "\nLisa Romero\nHR Manager | Sonoran Components\n2150 W. University Dr, Tempe, AZ\n(480) 555-0163\n"
    b2 = ("Hi Marcus,\n\nThanks for your time today, I enjoyed the conversation and I've shared my notes with "
          "Dale Kessler, our Plant Manager (cc'd). He'd like to set up a 45-minute call with you next week.\n\n"
          "Could you do Wednesday, November 4 at 9:00 AM Arizona time?\n\n"
          "Quick heads up because it trips people up every year: Arizona doesn't do daylight saving time, and you "
          "all fall back this Sunday. So 9:00 our time will be 11:00 AM Eastern on the 4th (today it was "
          "noon for you).\n\nThanks,\n" + sig)
    m2 = outlook_id("c12b", "BY5PR13MB")
    b3 = ("Hi Lisa,\n\nWednesday 11/4 at 9 AM Arizona / 11 AM Eastern works great. Thanks for the heads up on "
          "the time change.\n\nDale, looking forward to talking.\n\nBest,\nMarcus\n\n"
          f"On Thu, Oct 29, 2026 at 5:20 PM Lisa Romero <{LISA[1]}> wrote:\n" + quote(b2) + "\n")
    m3 = gmail_id("c12c")
    b4 = "Marcus - sounds good. I'll call your cell Wed at 9 our time. Talk then.\n\nDale" + MARCUS_SIG_IPHONE
    m4 = iphone_id("c12d", "sonorancomponents.example")
    subj2 = "Next step - call with Dale Kessler (Plant Manager)"
    ms_host = dict(host="NAM02-BY5-obe.outbound.protection.outlook.com", ip="40.107.220.66")
    items = [
        ("01-calendly-confirmed-phone-screen.eml",
         eml("Calendly <notifications@calendly.com>", OWNER,
             f"Confirmed: Phone Screen - {SC_ROLE} with Lisa Romero on Thursday, October 29, 2026", t1, m1,
             Multi("mixed", [alt("c12a", cal_text, enc="quoted-printable"), ics_attachment(ics1, "invite.ics")],
                   bnd("c12amix")), reply_to=A(LISA), host="o2.email.calendly.com", ip="167.89.25.91",
             return_path="bounces+1190023-8b1f@email.calendly.com")),
        ("02-lisa-next-step-dale-kessler.eml",
         eml(A(LISA), OWNER_ADDR, subj2, t2, m2, alt("c12b", b2, style="outlook"), cc=A(DALE), **ms_host)),
        ("03-re-marcus-wed-works.eml",
         eml(OWNER_ADDR, A(LISA), "Re: " + subj2, t3, m3, alt("c12c", b3), cc=A(DALE), irt=m2)),
        ("04-re-dale-talk-then.eml",
         eml(A(DALE), OWNER_ADDR, "Re: " + subj2, t4, m4, plain(b4), cc=A(LISA), irt=m3, refs=f"{m2} {m3}",
             extra=[("X-Mailer", "iPhone Mail (23A355)")], **ms_host)),
    ]
    case("b307-12-sonoran-phoenix-calls-across-dst", items,
         [iv("Sonoran Components", SC_ROLE, s1, s1 + timedelta(minutes=30), "scheduled", [LISA[1]], [LISA[1]],
             "phone_screen"),
          iv("Sonoran Components", SC_ROLE, s2, s2 + timedelta(minutes=45), "scheduled", [DALE[1]], [DALE[1]],
             "hiring_manager")],
         "hard", "positive/two-interviews-timezone",
         "Two interviews. Calendly screen Thu Oct 29 12:00-12:30 PM EDT (= 9:00 MST, .ics in UTC). Then the Phoenix "
         "plant manager call Wed Nov 4 9:00 AM Arizona = 11:00 AM EST, 45 minutes, agreed by mail only.",
         "12: Phoenix stays -07:00: Oct 29 9:00 MST = 12:00 EDT; Nov 4 9:00 MST = 11:00 EST (Atlanta fell back Nov 1).")


def c13():
    sent = T(2026, 10, 19, 17, 2, "UTC", "Mon", "+00:00", 31)
    start = T(2026, 10, 21, 13, 0, "NY", "Wed", "-04:00")
    wid = int(hx("c13w", n=12), 16) % 10**11
    text = ("Hi Marcus Bell,\n\nThank you for registering for \"Nearshoring, Network Design & Peak 2026\".\n\n"
            "Please submit any questions to: events@sescouncil.example\n\n"
            "Date Time: Oct 21, 2026 01:00 PM Eastern Time (US and Canada)\n\n"
            "Featuring a live fireside interview with Dana Whitcombe, Chief Supply Chain Officer at Tallow Creek "
            "Logistics, moderated by council chair Luis Ortega, followed by audience Q&A.\n\n"
            f"Join from PC, Mac, iPad, or Android:\nhttps://sescouncil.zoom.us/w/{wid}?tk={hx('c13tk', n=24)}\n\n"
            f"Webinar ID: {wid}\n\n"
            "Add to calendar: the attached .ics file works with Google Calendar, Outlook and Apple Calendar.\n\n"
            "You can cancel your registration at any time.\n\nSoutheast Supply Chain Council\n")
    ics = vcal(vevent(f"ZOOM{wid}@zoom.us", start, start + timedelta(minutes=60),
                      "Nearshoring, Network Design & Peak 2026 (SESC webinar)", "America/New_York", sent,
                      organizer=("Southeast Supply Chain Council", "no-reply@zoom.us"),
                      attendees=[(OWNER_NAME, OWNER, "ACCEPTED")],
                      description=f"Join: https://sescouncil.zoom.us/w/{wid}", location=f"https://sescouncil.zoom.us/w/{wid}",
                      google=False),
               method="PUBLISH", prodid="-//zoom.us//iCalendar Event//EN", tzids=["America/New_York"])
    root = Multi("mixed", [alt("c13", text), ics_attachment(ics, "webinar.ics", "PUBLISH")], bnd("c13mix"))
    items = [("01-zoom-webinar-registration.eml",
              eml("Southeast Supply Chain Council <no-reply@zoom.us>", f"Marcus Bell <{OWNER}>",
                  "Southeast Supply Chain Council Webinar Confirmation: Nearshoring, Network Design & Peak 2026",
                  sent, plain_id("c13", "zoom.us"), root, reply_to="events@sescouncil.example",
                  host="mailout-ia.zoom.us", ip="170.114.10.77", return_path="bounce@zoom.us"))]
    case("b307-13-supply-chain-webinar", items, [], "medium", "negative/webinar",
         "Zoom webinar registration with an .ics and 'live fireside interview' wording; the owner is an attendee.")


def c14():
    t0 = T(2026, 10, 15, 10, 12, "NY", "Thu", "-04:00", 18)
    ti = [T(2026, 10, 15, 10, 21, "NY", "Thu", "-04:00", s) for s in (4, 9, 13)]
    say("Tue", 2026, 10, 20)
    sessions = [
        (T(2026, 10, 20, 9, 0, "NY", "Tue", "-04:00"), T(2026, 10, 20, 10, 30, "NY", "Tue", "-04:00"), TROY,
         "DC 6 Onsite - Warehouse Walk-through w/ Troy Vance (DC General Manager)",
         "Troy will walk the building with you: inbound, pick modules, the new sortation line and outbound. "
         "Expect questions as you go about what you see."),
        (T(2026, 10, 20, 10, 30, "NY", "Tue", "-04:00"), T(2026, 10, 20, 11, 15, "NY", "Tue", "-04:00"), ANITA,
         "DC 6 Onsite - Anita Shah (Regional Director, Distribution)",
         "Conversation with Anita in the front office conference room. Leadership, peak planning, labor model."),
        (T(2026, 10, 20, 12, 0, "NY", "Tue", "-04:00"), T(2026, 10, 20, 12, 45, "NY", "Tue", "-04:00"), JAMAL,
         "DC 6 Onsite - Jamal Price (HR Business Partner)",
         "Culture, team development and safety record. Jamal will also walk you through next steps."),
    ]
    addr = "Harlow & Pine DC 6, 1450 Bridges Industrial Blvd, McDonough, GA 30253"
    text = ("Hi Marcus,\n\nWe're looking forward to having you out at DC 6 on Tuesday, October 20. Here's your "
            "itinerary:\n\n"
            "8:45 AM  Check in at the guard shack, then the front lobby. Ask for Kendra.\n"
            "9:00 - 10:30 AM  Warehouse walk-through with Troy Vance, DC General Manager\n"
            "10:30 - 11:15 AM  Anita Shah, Regional Director of Distribution\n"
            "11:15 AM - 12:00 PM  Lunch in the breakroom with two of our shift leads (informal, not an interview)\n"
            "12:00 - 12:45 PM  Jamal Price, HR Business Partner\n\n"
            f"Address: {addr}\n\n"
            "What to wear: business casual and closed-toe shoes. We'll have a vest, safety glasses and toe caps "
            "for you for the floor portion. Parking is in the visitor spots by the flagpole.\n\n"
            "You'll get a separate calendar invite for each session from our scheduling tool (GoodTime). Call or "
            "text me at 678-555-0124 if you're running late.\n\n"
            "Kendra Ellis\nRecruiting Coordinator, Supply Chain | Harlow & Pine\n")
    m0 = gmail_id("c14a")
    items = [("01-kendra-onsite-itinerary.eml",
              eml(A(KENDRA), OWNER_ADDR, "Onsite itinerary - Tue 10/20 - McDonough DC 6", t0, m0, alt("c14a", text),
                  extra=[("X-Google-Sender", "harlowpine.example")]))]
    for i, ((s, e, who, title, desc), t) in enumerate(zip(sessions, ti), start=2):
        desc2 = desc + "\n\nScheduled with GoodTime. Coordinator: Kendra Ellis (678-555-0124)."
        subj, root = google_invite(f"c14s{i}", KENDRA, [KENDRA, who, (OWNER, OWNER)], s, e, title, desc2, t,
                                   f"{hx('c14uid', str(i), n=26)}@google.com", location=addr)
        slug = ["walkthrough-troy-vance", "anita-shah", "jamal-price"][i - 2]
        items.append((f"{i:02d}-goodtime-invite-{slug}.eml",
                      eml(A(KENDRA), OWNER, subj, t, gcal_id(f"c14s{i}"), root, reply_to=A(KENDRA),
                          sender="Google Calendar <calendar-notification@google.com>",
                          return_path="3" + hx("gret14", str(i), n=20) + "@calendar-server.bounces.google.com",
                          host="mail-sor-f73.google.com", ip="209.85.220.73",
                          extra=[("X-GoodTime-Event", hx("gt", str(i), n=16))])))
    case("b307-14-harlowpine-dc-walkthrough-loop", items,
         [iv("Harlow & Pine", HP_ROLE, sessions[0][0], sessions[-1][1], "scheduled",
             [TROY[1], ANITA[1], JAMAL[1]], [TROY[1], ANITA[1], JAMAL[1]], "onsite")],
         "medium", "positive/onsite-loop",
         "Onsite at the McDonough DC: itinerary mail + three GoodTime/Google invites (walk-through with the DC GM, "
         "regional director, HRBP) with an informal lunch between. One onsite interview 9:00 AM-12:45 PM EDT; "
         "coordinator Kendra only schedules.")


def c15():
    sent = T(2026, 10, 19, 15, 45, "NY", "Mon", "-04:00", 20)
    start = T(2026, 10, 22, 16, 15, "NY", "Thu", "-04:00")
    text = ("Dear Marcus Bell,\n\nThis confirms your Fall Parent-Teacher Conference.\n\n"
            "Student: Jaylen Bell (Grade 3)\nTeacher: Ms. Renita Patterson, Room 112\n"
            "Date: Thursday, October 22, 2026\nTime: 4:15 PM - 4:30 PM\n"
            "Location: Cascade Heights Elementary (in person)\n\n"
            "Please check in at the front office and bring a photo ID. If you need to change your slot, use the "
            "link below at least 24 hours ahead so another family can take it.\n\n"
            f"Change or cancel: https://conferences.schoolsignup.example/c/{hx('c15', n=16)}\n\n"
            "Thank you for partnering with us!\nCascade Heights Elementary\n")
    ics = vcal(vevent(f"{hx('c15uid', n=24)}@schoolsignup.example", start, start + timedelta(minutes=15),
                      "Parent-Teacher Conference - Jaylen Bell (Ms. Patterson)", "America/New_York", sent,
                      attendees=[(OWNER_NAME, OWNER, "ACCEPTED")], location="Cascade Heights Elementary, Room 112",
                      google=False),
               method="PUBLISH", prodid="-//SchoolSignup//Conferences//EN", tzids=["America/New_York"])
    root = Multi("mixed", [alt("c15", text), ics_attachment(ics, "conference.ics", "PUBLISH")], bnd("c15mix", "workday"))
    items = [("01-parent-teacher-conference-confirmed.eml",
              eml("Cascade Heights Elementary <noreply@schoolsignup.example>", OWNER,
                  "Conference confirmed: Jaylen Bell - Thu, Oct 22 at 4:15 PM", sent,
                  plain_id("c15", "schoolsignup.example"), root, host="out.schoolsignup.example", ip="198.51.100.88"))]
    case("b307-15-parent-teacher-conference", items, [], "easy", "negative/personal-appointment",
         "His kid's parent-teacher conference confirmation with an .ics.")


def c16():
    sent = T(2026, 10, 20, 10, 5, "TOR", "Tue", "-04:00", 37)
    start = T(2026, 10, 26, 11, 0, "TOR", "Mon", "-04:00")
    end = start + timedelta(hours=1)
    say("Monday", 2026, 10, 26)
    zid = int(hx("c16z", n=12), 16) % 10**11
    zoom = f"https://lakeshorefreight.zoom.us/j/{zid}?pwd={hx('c16pwd', n=22)}"
    text = ("Hi Marcus,\n\nThank you for making time to meet with our team. Here are the details for your panel "
            "interview for the Senior Manager, Cross-Border Transportation role.\n\n"
            "Monday, October 26, 2026\n11:00 AM - 12:00 PM Eastern Time (Toronto)\n\n"
            "Panel:\n- Sandeep Gill, VP Logistics\n- Claire Dubois, Director, Cross-Border Operations\n\n"
            f"Location: Zoom - {zoom}\n\n"
            "The panel will focus on US-Canada lanes, customs broker coordination and how you'd run a cross-dock "
            "in Laredo and Detroit. Both of them are in Toronto, so same time zone as you.\n\n"
            "If anything changes on your end, just reply to this email and it will come to me.\n\n"
            "Emily Tran\nTalent Acquisition Specialist, Lakeshore Freightways\n")
    atts = [SANDEEP + ("ACCEPTED",), CLAIRE + ("ACCEPTED",), (OWNER_NAME, OWNER, "NEEDS-ACTION")]
    ics = vcal(vevent(f"lever-{hx('c16uid', n=32)}@hire.lever.co", start, end,
                      "Panel Interview: Marcus Bell - Senior Manager, Cross-Border Transportation", "America/Toronto",
                      sent, organizer=EMILY, attendees=atts, description=f"Zoom: {zoom}", location=zoom, google=False),
               method="REQUEST", prodid="-//Lever//Lever Hire//EN", tzids=["America/Toronto"])
    root = Multi("mixed", [alt("c16", text, enc="base64"), ics_attachment(ics, "invite.ics")], bnd("c16mix"))
    zics = vcal(vevent(f"ZOOM{zid}@zoom.us", start, end, "Lakeshore Freightways - Panel Interview (Marcus Bell)",
                       "America/Toronto", sent + timedelta(minutes=40), organizer=EMILY,
                       attendees=[(OWNER_NAME, OWNER, "ACCEPTED"), SANDEEP + ("ACCEPTED",), CLAIRE + ("ACCEPTED",)],
                       description=f"Emily Tran is inviting you to a scheduled Zoom meeting.\n\nJoin Zoom Meeting\n{zoom}\n\n"
                                   f"Meeting ID: {zid}", location=zoom, google=False),
                method="PUBLISH", prodid="-//zoom.us//iCalendar Event//EN", tzids=["America/Toronto"])
    items = [("01-lever-panel-interview-confirmation.eml",
              eml(f"Emily Tran <no-reply@hire.lever.co>", OWNER,
                  f"Interview confirmation: {LS_ROLE} at Lakeshore Freightways", sent, plain_id("c16", "hire.lever.co"),
                  root, reply_to=A(EMILY), host="mail-out.hire.lever.co", ip="54.240.8.19",
                  return_path="bounce-" + hx("lvb", n=12) + "@hire.lever.co")),
             ("02-zoom-lakeshore-panel.ics", zics.encode("utf-8"))]
    case("b307-16-lakeshore-lever-zoom-panel", items,
         [iv("Lakeshore Freightways", LS_ROLE, start, end, "scheduled", [SANDEEP[1], CLAIRE[1]],
             [SANDEEP[1], CLAIRE[1]], "onsite")],
         "medium", "positive/dedupe-panel",
         "Lever confirmation (no-reply sender, Reply-To coordinator) + standalone Zoom .ics for the same Toronto "
         "panel: one interview, kind onsite (two panelists).",
         "16: America/Toronto TZID, Oct 26 11:00 EDT (-04:00), same offset as Atlanta.")


def c17():
    sent = T(2026, 10, 21, 3, 14, "UTC", "Wed", "+00:00", 9)
    say("Thursday", 2026, 10, 22)
    text = ("Dear Marcus,\n\nYour resume was forwarded to us from an online job board and you have been "
            "shortlisted for the position of Remote Logistics Coordinator with Peachline Parcel. Pay is $42/hr, "
            "paid weekly.\n\nYour online interview will hold via Signal chat with our Hiring Manager Mr. Kevin "
            "Blake on Thursday 22nd October by 10:00am EST. Kindly download the Signal app and add +1 (618) "
            "555-0199 before the interview time, then text \"PEACHLINE-INT\" to begin.\n\n"
            "Note that you will be required to set up your home office. The company will mail you a check to "
            "purchase your equipment from our approved vendor.\n\nKindly reply with the following:\n"
            "Full Name:\nAddress:\nCell Phone:\nCurrent Job:\n\nRegards,\nHR Department\nPeachline Parcel\n")
    items = [("01-shortlisted-remote-coordinator.eml",
              eml("Peachline Parcel HR <peachline.hiring.dept@freemail-careers.example>", OWNER,
                  "Interview Invitation - Remote Logistics Coordinator (Peachline Parcel)", sent,
                  plain_id("c17", "freemail-careers.example"), plain(text, "quoted-printable"),
                  reply_to="hr.peachline.onboard@freemail-careers.example",
                  host="smtp.freemail-careers.example", ip="203.0.113.199"))]
    case("b307-17-scam-recruiter-signal-chat", items, [], "medium", "negative/scam",
         "Scam impersonating the parcel carrier: Signal text-chat 'interview', check-for-equipment pattern, "
         "freemail sender.")


def c18():
    sent = T(2026, 10, 27, 14, 3, "NY", "Tue", "-04:00", 51)
    start = T(2026, 11, 3, 10, 0, "NY", "Tue", "-05:00")
    end = start + timedelta(hours=1)
    say("Tuesday", 2026, 11, 3)
    subject = "Final Interview: Marcus Bell / Denise Holloway (VP) - Supply Chain Operations Manager"
    body = ("Hi Marcus,\n\nGreat news, the team would like you to meet with Denise Holloway, VP of Ground Network "
            "Operations, for your final conversation. Heads up that this is the Tuesday after the clocks change, "
            "still 10:00 AM Eastern. One hour on Teams.\n\nDenise usually asks candidates to walk through a "
            "network change they led end to end, so have one ready with numbers.\n\n"
            "Alyssa Ford\nRecruiting Coordinator | Peachline Parcel\n")
    uid = "040000008200E00074C5B7101A82E00800000000" + hx("c18uid", n=72).upper()
    root, url = exchange_invite("c18", ALYSSA, [(OWNER_NAME, OWNER), DENISE], start, end, subject,
                                "Tuesday, November 3, 2026 10:00 AM-11:00 AM (UTC-05:00) Eastern Time (US & Canada)",
                                body, sent, uid)
    created = sent.astimezone(UTC)
    gev = {
        "kind": "calendar#event",
        "etag": f"\"{int(hx('c18etag', n=14), 16) % 10**16}\"",
        "id": "_" + hx("c18gid", n=26),
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" +
                    base64.urlsafe_b64encode(f"_{hx('c18gid', n=26)} {OWNER}".encode()).decode().rstrip("="),
        "created": created.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
        "updated": (created + timedelta(minutes=2, seconds=14)).strftime("%Y-%m-%dT%H:%M:%S.381Z"),
        "summary": subject,
        "description": body + "\n" + teams_block("c18")[1],
        "location": "Microsoft Teams Meeting",
        "creator": {"email": OWNER, "self": True},
        "organizer": {"email": ALYSSA[1], "displayName": ALYSSA[0]},
        "start": {"dateTime": iso(start), "timeZone": "America/New_York"},
        "end": {"dateTime": iso(end), "timeZone": "America/New_York"},
        "iCalUID": uid,
        "sequence": 0,
        "attendees": [
            {"email": ALYSSA[1], "displayName": ALYSSA[0], "organizer": True, "responseStatus": "accepted"},
            {"email": DENISE[1], "displayName": DENISE[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "guestsCanInviteOthers": False,
        "privateCopy": True,
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    items = [("01-teams-invite-final-vp.eml",
              eml(A(ALYSSA), f"{OWNER_ADDR}, {A(DENISE)}", subject, sent, outlook_id("c18", "MN2PR08MB"), root,
                  extra=exchange_headers("c18", subject),
                  host="NAM10-MW2-obe.outbound.protection.outlook.com", ip="40.107.94.113")),
             ("02-final-vp-interview.gcal.json", (json.dumps(gev, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))]
    case("b307-18-peachline-vp-final-across-dst", items,
         [iv("Peachline Parcel", PEACH_ROLE, start, end, "scheduled", [DENISE[1]], [DENISE[1]], "other")],
         "hard", "positive/dst-dedupe",
         "Teams invite sent Tue Oct 27 (-0400) for Tue Nov 3 10:00-11:00 EST (-05:00), after the Nov 1 fall-back; "
         "the same event also appears as a Calendar API event (self: true). One interview; final round with the VP.",
         "18: invite dated -0400 (EDT) for Nov 3 10:00 EST (-05:00); Windows TZID 'Eastern Standard Time'; "
         "gcal.json dateTime carries -05:00.")


def c19():
    t1 = T(2026, 10, 22, 15, 30, "NY", "Thu", "-04:00", 22)
    t2 = T(2026, 10, 27, 9, 10, "NY", "Tue", "-04:00", 5)
    t3 = T(2026, 10, 27, 13, 10, "UTC", "Tue", "+00:00", 41)
    s0 = T(2026, 10, 29, 16, 0, "NY", "Thu", "-04:00")
    s1 = T(2026, 10, 30, 10, 0, "NY", "Fri", "-04:00")
    say("Friday", 2026, 10, 30)
    say("Thursday", 2026, 10, 29)
    ORG = ("Loadwise Interviews", "interviews@loadwise.example")
    title = "Loadwise Virtual Onsite - Carrier Ops Case Review w/ Priya Raman"
    desc = ("Hi Marcus, this is a 60-minute live case discussion with Priya Raman, Head of Product. You'll get the "
            "case prompt (a carrier onboarding backlog) 24 hours ahead; no slides needed.\n\n"
            "Scheduled via ModernLoop. Coordinator: Jenna Marsh (jenna@loadwise.example)")
    uid = f"{hx('c19uid', n=26)}@google.com"
    meet = f"https://meet.google.com/{hx('c19m', n=3)}-{hx('c19m2', n=4)}-{hx('c19m3', n=3)}"
    guests = [ORG, PRIYA, (OWNER, OWNER)]
    subj1, root1 = google_invite("c19a", ORG, guests, s0, s0 + timedelta(hours=1), title, desc, t1, uid, meet=meet)
    desc2 = desc + "\n\nMoved to Friday morning at Priya's request (board prep Thursday afternoon)."
    subj2, root2 = google_invite("c19b", ORG, guests, s1, s1 + timedelta(hours=1), title, desc2, t2, uid, seq=1,
                                 meet=meet, updated=True)
    mltext = ("Hi Marcus,\n\nYour interview with Loadwise has been rescheduled.\n\n"
              "Case Review with Priya Raman (Head of Product)\n"
              "New time: Friday, October 30, 2026, 10:00 AM - 11:00 AM EDT\n"
              "Previously: Thursday, October 29, 2026, 4:00 PM - 5:00 PM EDT\n\n"
              "Your calendar invitation has been updated with the same Google Meet link.\n\n"
              f"Questions? Contact Jenna Marsh at {JENNA[1]}.\n\nSent by ModernLoop on behalf of Loadwise\n")
    items = [
        ("01-google-invite-case-review-thu.eml",
         eml(A(ORG), OWNER, subj1, t1, gcal_id("c19a"), root1, reply_to=A(ORG),
             sender="Google Calendar <calendar-notification@google.com>",
             return_path="3" + hx("gret19a", n=20) + "@calendar-server.bounces.google.com",
             host="mail-sor-f73.google.com", ip="209.85.220.73")),
        ("02-updated-invite-case-review-fri.eml",
         eml(A(ORG), OWNER, subj2, t2, gcal_id("c19b"), root2, reply_to=A(ORG),
             sender="Google Calendar <calendar-notification@google.com>",
             return_path="3" + hx("gret19b", n=20) + "@calendar-server.bounces.google.com",
             host="mail-sor-f73.google.com", ip="209.85.220.73")),
        ("03-modernloop-rescheduled-notice.eml",
         eml("Loadwise Recruiting <notifications@modernloop.io>", OWNER, "Rescheduled: your Loadwise interview",
             t3, plain_id("c19c", "modernloop.io"), alt("c19c", mltext), reply_to=A(JENNA),
             host="mail.modernloop.io", ip="149.72.120.33", return_path="bounces@mail.modernloop.io")),
    ]
    case("b307-19-loadwise-modernloop-reschedule-invite", items,
         [iv("Loadwise", LW_ROLE, s1, s1 + timedelta(hours=1), "scheduled", [PRIYA[1]], [PRIYA[1]], "technical")],
         "medium", "positive/reschedule-sequence",
         "ModernLoop-scheduled Google invite from a group interviews@ calendar for Thu Oct 29 4 PM; updated invite "
         "(same UID, SEQUENCE 1) moves it to Fri Oct 30 10-11 AM EDT; ModernLoop notice agrees. Group calendar is "
         "not a follow-up recipient; Priya interviews.")


def c20():
    sent = T(2026, 11, 6, 11, 20, "TOR", "Fri", "-05:00", 14)
    say("Monday", 2026, 10, 26)
    text = ("Hi Marcus,\n\nThank you for meeting with Sandeep and Claire on October 26, and for your patience while "
            "we wrapped up our interviews.\n\nAfter a lot of discussion, we've decided to move forward with another "
            "candidate whose customs brokerage background is a closer match for where the team is today. This was "
            "a close call, and both panelists enjoyed your take on the Laredo cross-dock.\n\n"
            "We'd like to keep your profile on file for future US-side roles, if that's OK with you.\n\n"
            "All the best,\nEmily Tran\nTalent Acquisition Specialist, Lakeshore Freightways\n")
    items = [("01-lever-update-on-application.eml",
              eml("Emily Tran <no-reply@hire.lever.co>", OWNER, "Your application to Lakeshore Freightways", sent,
                  plain_id("c20", "hire.lever.co"), alt("c20", text, enc="base64"), reply_to=A(EMILY),
                  host="mail-out.hire.lever.co", ip="54.240.8.21",
                  return_path="bounce-" + hx("lvb20", n=12) + "@hire.lever.co"))]
    case("b307-20-lakeshore-rejection", items, [], "easy", "negative/rejection",
         "Rejection after the Toronto panel; mentions the past interview date only.")


def c21():
    sent = T(2026, 11, 5, 16, 2, "NY", "Thu", "-05:00", 26)
    start = T(2026, 11, 12, 16, 30, "NY", "Thu", "-05:00")
    end = start + timedelta(minutes=45)
    say("Thursday", 2026, 11, 12)
    addr = "Loadwise HQ, 1100 Spring St NW, Suite 450, Atlanta, GA 30309"
    text = ("Hi Marcus,\n\nThanks for your flexibility over the last few weeks! Your final interview details are "
            "below. Let me know if you have any questions.\n\n"
            "Thursday, November 12, 2026\n4:30 PM - 5:15 PM EST: Owen Pryor, Co-founder & CEO\n\n"
            f"Location: {addr}. Park in the Spring St deck and we'll validate.\n\n"
            "Owen likes to keep it conversational: how you'd build a carrier team from scratch, what you'd "
            "fix in your first 90 days, and why Loadwise.\n\n"
            "A calendar invite is attached.\n\nThanks,\nJenna Marsh\nRecruiting Lead | Loadwise\n")
    ics = vcal(vevent(f"{hx('c21uid', n=32)}@greenhouse.io", start, end,
                      "Interview: Marcus Bell with Owen Pryor (Loadwise)", "UTC", sent, organizer=JENNA,
                      attendees=[OWEN + ("ACCEPTED",), (OWNER_NAME, OWNER)],
                      description="Final interview with Owen Pryor, Co-founder & CEO.", location=addr, google=False),
               method="REQUEST", prodid="-//Greenhouse Software Inc//Greenhouse//EN")
    root = Multi("mixed", [alt("c21", text), ics_attachment(ics, "Interview_Owen_Pryor.ics")], bnd("c21mix", "workday"))
    items = [("01-greenhouse-interview-confirmation.eml",
              eml(A(JENNA), OWNER, f"Interview Confirmation - Loadwise - {LW_ROLE}", sent,
                  plain_id("c21", "greenhouse-mail.io"), root, reply_to=A(JENNA),
                  host="o7.greenhouse-mail.io", ip="167.89.46.12",
                  return_path="bounces+4471123-aa1f@greenhouse-mail.io"))]
    case("b307-21-loadwise-greenhouse-ceo-final", items,
         [iv("Loadwise", LW_ROLE, start, end, "scheduled", [OWEN[1]], [OWEN[1]], "other")],
         "easy", "positive/ats-email-with-ics",
         "Greenhouse confirmation from the recruiter with an .ics in UTC: in-person final with the CEO, "
         "Thu Nov 12 4:30-5:15 PM EST.",
         "21: Greenhouse .ics in UTC (21:30Z) for 4:30 PM EST (-05:00) after the fall-back.")


def c22():
    sent = T(2026, 11, 9, 15, 0, "UTC", "Mon", "+00:00", 19)
    say("Friday", 2026, 11, 13)
    say("Tuesday", 2026, 11, 10)
    text = ("Congratulations, Marcus!\n\nWe're excited to extend you an offer for the position of Supply Chain "
            "Operations Manager (R-20417) at Peachline Parcel.\n\n"
            "Please sign in to Candidate Home to review your offer letter and complete the offer tasks by Friday, "
            "November 13, 2026.\n\nhttps://peachline.wd5.myworkdayjobs.com/en-US/Peachline_Careers/userHome\n\n"
            "Renee Caldwell will call you Tuesday at 11:00 AM to walk through compensation, relocation (not "
            "applicable for Atlanta) and benefits enrollment, and to answer any questions.\n\n"
            "Welcome to the team!\nPeachline Parcel Talent Acquisition\n\nThis is a system-generated e-mail. "
            "Please do not reply.\n")
    items = [("01-workday-offer-ready.eml",
              eml(PEACH_WD, OWNER, "Offer for Supply Chain Operations Manager (R-20417)", sent,
                  plain_id("c22", "myworkday.com"), alt("c22", text, enc="base64", style="workday"),
                  host="mx-out.myworkday.com", ip="52.2.31.21", return_path="bounces+peachline@myworkday.com"))]
    case("b307-22-peachline-workday-offer", items, [], "medium", "negative/offer",
         "Workday offer notification; the follow-up call to discuss the offer is not an interview.")


# ================================================================ write
def readme(stats):
    tz_lines = "\n".join(f"- {n}" for _, _, _, n in CASES if n)
    forms = ("`.eml` (text/plain 7bit, quoted-printable and base64; HTML alternatives), Google Calendar invitations "
             "(multipart/mixed with text/plain, text/html, text/calendar;method=REQUEST and invite.ics), Exchange/Teams "
             "invites (multipart/alternative, TZID 'Eastern Standard Time', X-MICROSOFT-CDO-*), ATS/vendor mails with "
             ".ics attachments (Workday, Paradox, Calendly, Lever, Greenhouse, GoodTime, ModernLoop, Zoom, Outlook "
             "agency holds incl. METHOD:CANCEL), one standalone `.ics` (case 16) and one Calendar API `.gcal.json` (case 18).")
    return f"""# blind307: Atlanta supply-chain manager, Oct-Nov 2026 across the US DST change (written blind)

Mailbox owner: Marcus Bell <{OWNER}>, supply chain and logistics manager in Atlanta (America/New_York).

This set was written blind: only the eval README (label schema and rules) and two or three dev files for format
were read; no tool code, tests or other sets.

What it stresses: terse corporate and phone-typed mail ("Can u do 2:30 tmrw?", "can we slide to 3?", all-lowercase
replies, "Sent from my iPhone"); relative times resolved against the Date header; an agency whose own call is an
interview only when it is a screen for a role; an agency cancellation followed by a re-booking as a new event;
an email-only reschedule against an unchanged invite; a SEQUENCE reschedule; a multi-invite onsite loop with a lunch
break; mail + invite + Calendar API dedupe; Memphis (Central), Phoenix (no DST) and Toronto counterparts; interviews
on both sides of the Nov 1, 2026 fall-back; hard negatives that carry times, .ics files and "interview" wording.

## Counts
- Cases: {stats['cases']} ({stats['pos']} positive, {stats['neg']} negative)
- Labelled interviews: {stats['ivs']} - by status: {stats['status']}; by kind: {stats['kind']}
- Negatives: agency intake call (no role), LinkedIn job alert, DISC personality assessment, forklift certification
  class, supply chain webinar, parent-teacher conference, scam, rejection, offer.

## Formats
{forms}

## Time-zone / DST points
{tz_lines}
- 13 (negative): Zoom webinar .ics Oct 21 13:00 America/New_York (EDT).
- All dates' weekdays and all offsets are asserted with zoneinfo in make_cases.py (US DST 2026: Mar 8 / Nov 1;
  EU/UK Mar 29 / Oct 25 sanity-checked; Phoenix fixed -07:00).
"""


def main():
    for fn in (c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19,
               c20, c21, c22):
        fn()
    for old in sorted(OUT.glob("b307-*")):
        shutil.rmtree(old)
    labels = {}
    for slug, items, lab, _ in CASES:
        d = OUT / slug
        d.mkdir()
        for fn, data in items:
            (d / fn).write_bytes(data)
        labels[slug] = lab
    head = "# Labels for blind307 (written blind). Schema: /work/shared/eval/README.md\n"
    (OUT / "labels.yaml").write_text(head + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100),
                                     encoding="utf-8")
    ivs = [i for _, _, lab, _ in CASES for i in lab["interviews"]]
    def count(key):
        c = {}
        for i in ivs:
            c[i[key]] = c.get(i[key], 0) + 1
        return ", ".join(f"{k} {v}" for k, v in sorted(c.items()))
    pos = sum(1 for _, _, lab, _ in CASES if lab["interview"])
    stats = {"cases": len(CASES), "pos": pos, "neg": len(CASES) - pos, "ivs": len(ivs),
             "status": count("status"), "kind": count("kind")}
    (OUT / "README.md").write_text(readme(stats), encoding="utf-8")
    print(stats)


if __name__ == "__main__":
    main()
