#!/usr/bin/env python3
"""Generate the blind321 evaluation set (written blind).

London risk analyst mailbox (Sophie Clarke), Oct-Nov 2026. Standard library + PyYAML + zoneinfo only.
Deletes and rewrites every b321-* case folder, labels.yaml and README.md next to this script.
Output is byte-identical on every run: all dates, Message-IDs, UIDs and MIME boundaries are fixed
or derived from SHA-256 hashes of SEED.
"""
import base64
import hashlib
import html
import json
import quopri
import shutil
from datetime import datetime, timedelta, timezone
from email.header import Header
from email.utils import format_datetime, formataddr
from pathlib import Path
from zoneinfo import ZoneInfo

import yaml

OUT = Path(__file__).resolve().parent
SEED = "blind321|london-risk-analyst|2026"
OWNER = "sophie.clarke@example.com"
OWNER_NAME = "Sophie Clarke"
ME = (OWNER_NAME, OWNER)
UTC = timezone.utc
LON = ZoneInfo("Europe/London")
BER = ZoneInfo("Europe/Berlin")
NYC = ZoneInfo("America/New_York")
HKG = ZoneInfo("Asia/Hong_Kong")

# ----------------------------------------------------------------------------------------------
# deterministic helpers and date checks
# ----------------------------------------------------------------------------------------------

def H(*parts, n=32):
    return hashlib.sha256("|".join((SEED,) + tuple(str(p) for p in parts)).encode()).hexdigest()[:n]


def offstr(dt):
    tot = int(dt.utcoffset().total_seconds())
    sign = "+" if tot >= 0 else "-"
    tot = abs(tot)
    return f"{sign}{tot // 3600:02d}:{tot % 3600 // 60:02d}"


def T(zone, s, off):
    """s = 'Thu 2026-10-15 10:00[:ss]' in `zone`; asserts the weekday and the UTC offset."""
    wd, rest = s.split(" ", 1)
    fmt = "%Y-%m-%d %H:%M:%S" if rest.count(":") == 2 else "%Y-%m-%d %H:%M"
    naive = datetime.strptime(rest, fmt)
    dt = naive.replace(tzinfo=zone)
    assert dt.strftime("%a") == wd, (s, dt.strftime("%a"))
    assert offstr(dt) == off, (s, offstr(dt), off)
    # the wall time must exist (not inside a spring-forward gap) and be unambiguous
    assert dt.astimezone(UTC).astimezone(zone).replace(tzinfo=None) == naive, s
    assert dt.replace(fold=1).utcoffset() == dt.utcoffset(), ("ambiguous", s)
    return dt


def check_dst_2026():
    def o(zone, s):
        return offstr(datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=zone))
    # EU/UK: last Sunday of March / October (Mar 29, Oct 25 2026)
    assert o(LON, "2026-03-29 00:30") == "+00:00" and o(LON, "2026-03-29 02:30") == "+01:00"
    assert o(LON, "2026-10-25 00:30") == "+01:00" and o(LON, "2026-10-25 02:30") == "+00:00"
    assert o(BER, "2026-03-29 01:30") == "+01:00" and o(BER, "2026-03-29 03:30") == "+02:00"
    assert o(BER, "2026-10-25 01:30") == "+02:00" and o(BER, "2026-10-25 03:30") == "+01:00"
    # US: second Sunday of March / first Sunday of November (Mar 8, Nov 1 2026)
    assert o(NYC, "2026-03-08 01:30") == "-05:00" and o(NYC, "2026-03-08 03:30") == "-04:00"
    assert o(NYC, "2026-11-01 00:30") == "-04:00" and o(NYC, "2026-11-01 02:30") == "-05:00"
    assert datetime(2026, 3, 8).strftime("%a") == "Sun" and datetime(2026, 11, 1).strftime("%a") == "Sun"
    assert datetime(2026, 3, 29).strftime("%a") == "Sun" and datetime(2026, 10, 25).strftime("%a") == "Sun"
    # Hong Kong: no DST
    assert o(HKG, "2026-10-20 12:00") == "+08:00" and o(HKG, "2026-11-10 12:00") == "+08:00"
    # London-New York gap is four hours only between Oct 25 and Nov 1 2026
    for day, gap in ((24, 5), (26, 4), (28, 4), (31, 4)):
        a = datetime(2026, 10, day, 12, tzinfo=LON)
        assert (a.utcoffset() - a.astimezone(NYC).utcoffset()) == timedelta(hours=gap), day
    a = datetime(2026, 11, 2, 12, tzinfo=LON)
    assert (a.utcoffset() - a.astimezone(NYC).utcoffset()) == timedelta(hours=5)


def iso(dt):
    return dt.isoformat()


def rfc(dt):
    return format_datetime(dt)


def ical_local(dt):
    return dt.strftime("%Y%m%dT%H%M%S")


def ical_utc(dt):
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def A(name, email=None):
    if email is None:
        name, email = name
    if not name:
        return email
    return formataddr((name, email), charset="utf-8")


def hs(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(maxlinelen=76)


def ip(key):
    h = int(H("ip", key, n=4), 16)
    return f"{'198.51.100' if h % 2 else '203.0.113'}.{h % 250 + 3}"


def gmail_mid(key):
    raw = base64.b64encode(bytes.fromhex(H("gmid", key, n=48))).decode()
    return f"<CAF{raw[:40]}@mail.gmail.com>"


def outlook_mid(key, tenant="LO2P265", region="GBRP265"):
    h = H("omid", key, n=40).upper()
    return f"<{tenant}MB{h[:4]}{h[4:36]}@{tenant}MB{h[36:40]}.{region}.PROD.OUTLOOK.COM>"


def plain_mid(key, domain):
    return f"<{H('mid', key, n=24)}@{domain}>"


def thread_index(key):
    return base64.b64encode(bytes.fromhex(H("tidx", key, n=44))).decode()


# ----------------------------------------------------------------------------------------------
# MIME parts: (list of header lines, payload text)
# ----------------------------------------------------------------------------------------------

def P_text(text, sub="plain", enc="qp", params=""):
    data = text.encode("utf-8")
    if enc == "qp":
        payload, cte = quopri.encodestring(data).decode("ascii"), "quoted-printable"
    elif enc == "b64":
        payload, cte = base64.encodebytes(data).decode("ascii"), "base64"
    elif enc == "7bit":
        text.encode("ascii")
        payload, cte = text, "7bit"
    else:
        raise ValueError(enc)
    if not payload.endswith("\n"):
        payload += "\n"
    return ([f'Content-Type: text/{sub}; charset="UTF-8"{params}', f"Content-Transfer-Encoding: {cte}"], payload)


def P_cal(ics, method="REQUEST", name=None):
    ct = f'Content-Type: text/calendar; charset="UTF-8"; method={method}'
    if name:
        ct += f'; name="{name}"'
    return ([ct, "Content-Transfer-Encoding: base64"], base64.encodebytes(ics.encode("utf-8")).decode("ascii"))


def P_attach(data, filename, ctype="application/ics"):
    if isinstance(data, str):
        data = data.encode("utf-8")
    return ([f'Content-Type: {ctype}; name="{filename}"',
             f'Content-Disposition: attachment; filename="{filename}"',
             "Content-Transfer-Encoding: base64"], base64.encodebytes(data).decode("ascii"))


def P_multi(sub, parts, key, style="generic"):
    h = H("boundary", key, sub, n=28)
    if style == "google":
        b = "000000000000" + h[:16]
    elif style == "outlook":
        b = f"_000_{h[:24].upper()}prodoutlook_"
    else:
        b = f"----=_Part_{int(h[:6], 16) % 900000 + 100000}_{int(h[6:14], 16)}.{int(h[14:24], 16)}"
    out = []
    for hdrs, payload in parts:
        out.append(f"--{b}\n" + "\n".join(hdrs) + "\n\n" + payload + ("" if payload.endswith("\n") else "\n"))
    out.append(f"--{b}--\n")
    return ([f'Content-Type: multipart/{sub};\n boundary="{b}"'], "".join(out))


def html_of(text, style="gmail"):
    paras = text.strip("\n").split("\n\n")
    body = "".join("<p>" + "<br>\n".join(html.escape(l, quote=False) for l in p.split("\n")) + "</p>\n" for p in paras)
    if style == "outlook":
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n'
                '<body lang="EN-GB"><div class="WordSection1" style="font-family:Aptos,Calibri,sans-serif;font-size:11pt">\n'
                + body + "</div></body></html>\n")
    return '<div dir="ltr">\n' + body + "</div>\n"


def alt(text, key, style="gmail", enc_plain="qp", enc_html="qp"):
    return P_multi("alternative", [P_text(text, "plain", enc_plain), P_text(html_of(text, style), "html", enc_html)],
                   key, "outlook" if style == "outlook" else ("google" if style == "gmail" else "generic"))


def mail(*, frm, to, subject, date, mid, body, cc=(), reply_to=None, sender=None, refs=(), extra=(), rp=None):
    dom = frm[1].split("@")[1]
    relay = f"mail-{H('relay', mid, n=6)}.out.{dom}" if not dom.endswith(("gmail.com", "google.com")) else "mail-sor-f41.google.com"
    rdt = (date + timedelta(seconds=1 + int(H("rx", mid, n=2), 16) % 9)).astimezone(UTC)
    L = [f"Delivered-To: {OWNER}",
         f"Received: from {relay} ({relay} [{ip(mid)}])\n        by mx.example.com with ESMTPS id {H('rxid', mid, n=14)}\n"
         f"        for <{OWNER}>; {format_datetime(rdt)}",
         f"Return-Path: <{rp or frm[1]}>"]
    L.append(f"From: {A(frm)}")
    if sender:
        L.append(f"Sender: {A(sender)}")
    L.append("To: " + ",\n ".join(A(x) for x in to))
    if cc:
        L.append("Cc: " + ",\n ".join(A(x) for x in cc))
    if reply_to:
        L.append(f"Reply-To: {A(reply_to)}")
    L.append(f"Subject: {hs(subject)}")
    L.append(f"Date: {rfc(date)}")
    L.append(f"Message-ID: {mid}")
    if refs:
        L.append(f"In-Reply-To: {refs[-1]}")
        L.append("References: " + "\n ".join(refs))
    L.extend(extra)
    L.append("MIME-Version: 1.0")
    hdrs, payload = body
    L.extend(hdrs)
    return ("\n".join(L) + "\n\n" + payload).encode("ascii")


def gq(text, dt, who):
    """Gmail-style quote of an earlier message."""
    head = f"On {dt:%a}, {dt.day} {dt:%b %Y} at {dt:%H:%M}, {who[0]} <{who[1]}> wrote:"
    return head + "\n" + "\n".join(("> " + l) if l else ">" for l in text.rstrip("\n").split("\n")) + "\n"


def oq(text, dt, who, to, subject):
    """Outlook-style quote block."""
    return ("\n________________________________\n"
            f"From: {who[0]} <{who[1]}>\nSent: {dt:%A}, {dt.day} {dt:%B %Y} {dt:%H:%M}\n"
            f"To: {'; '.join(n for n, _ in to)}\nSubject: {subject}\n\n" + text)


# ----------------------------------------------------------------------------------------------
# iCalendar helpers
# ----------------------------------------------------------------------------------------------

def fold(line):
    b = line.encode("utf-8")
    out, first = [], True
    while len(b) > (75 if first else 74):
        cut = 75 if first else 74
        while (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
        first = False
    out.append(b)
    return b"\r\n ".join(out).decode("utf-8")


def ics_text(lines):
    return "\r\n".join(fold(l) for l in lines) + "\r\n"


def esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


VTZ = {
    "GMT Standard Time": ["BEGIN:VTIMEZONE", "TZID:GMT Standard Time", "BEGIN:STANDARD", "DTSTART:16010101T020000",
                          "TZOFFSETFROM:+0100", "TZOFFSETTO:+0000", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10",
                          "END:STANDARD", "BEGIN:DAYLIGHT", "DTSTART:16010101T010000", "TZOFFSETFROM:+0000",
                          "TZOFFSETTO:+0100", "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT",
                          "END:VTIMEZONE"],
    "W. Europe Standard Time": ["BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time", "BEGIN:STANDARD",
                                "DTSTART:16010101T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
                                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10", "END:STANDARD", "BEGIN:DAYLIGHT",
                                "DTSTART:16010101T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
                                "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Eastern Standard Time": ["BEGIN:VTIMEZONE", "TZID:Eastern Standard Time", "BEGIN:STANDARD",
                              "DTSTART:16010101T020000", "TZOFFSETFROM:-0400", "TZOFFSETTO:-0500",
                              "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD", "BEGIN:DAYLIGHT",
                              "DTSTART:16010101T020000", "TZOFFSETFROM:-0500", "TZOFFSETTO:-0400",
                              "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"],
    "Europe/London": ["BEGIN:VTIMEZONE", "TZID:Europe/London", "X-LIC-LOCATION:Europe/London", "BEGIN:DAYLIGHT",
                      "TZOFFSETFROM:+0000", "TZOFFSETTO:+0100", "TZNAME:BST", "DTSTART:19700329T010000",
                      "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:+0100",
                      "TZOFFSETTO:+0000", "TZNAME:GMT", "DTSTART:19701025T020000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                      "END:STANDARD", "END:VTIMEZONE"],
    "Europe/Berlin": ["BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "X-LIC-LOCATION:Europe/Berlin", "BEGIN:DAYLIGHT",
                      "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
                      "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:+0200",
                      "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
                      "END:STANDARD", "END:VTIMEZONE"],
}
TZ_OF = {"GMT Standard Time": LON, "W. Europe Standard Time": BER, "Eastern Standard Time": NYC,
         "Europe/London": LON, "Europe/Berlin": BER}
WIN_LABEL = {"GMT Standard Time": "(UTC+00:00) Dublin, Edinburgh, Lisbon, London",
             "W. Europe Standard Time": "(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna",
             "Eastern Standard Time": "(UTC-05:00) Eastern Time (US & Canada)"}


def att(who, partstat="NEEDS-ACTION", role="REQ-PARTICIPANT", google=False):
    name, email = who
    if google:
        return (f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name or email};"
                f"X-NUM-GUESTS=0:mailto:{email}")
    return f"ATTENDEE;ROLE={role};PARTSTAT={partstat};RSVP=TRUE;CN={name}:mailto:{email}"


def dtline(prop, dt, tzid):
    if tzid is None:
        return f"{prop}:{ical_utc(dt)}"
    assert dt.utcoffset() == dt.astimezone(TZ_OF[tzid]).utcoffset()
    return f"{prop};TZID={tzid}:{ical_local(dt.astimezone(TZ_OF[tzid]))}"


def exchange_uid(key):
    return "040000008200E00074C5B7101A82E00800000000" + H("xuid", key, n=56).upper()


def teams_block(key):
    digits = str(int(H("teamsid", key, n=14), 16)).rjust(12, "0")[:12]
    mtg = " ".join(digits[i:i + 3] for i in range(0, 12, 3))
    alnum = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    pw = "".join(alnum[int(H("pw", key, i, n=4), 16) % len(alnum)] for i in range(6))
    tok = base64.urlsafe_b64encode(bytes.fromhex(H("tok", key, n=48))).decode().rstrip("=")
    h = H("tid", key, n=64)
    tid = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"
    oid = f"{h[32:40]}-{h[40:44]}-4{h[45:48]}-b{h[49:52]}-{h[52:64]}"
    url = (f"https://teams.microsoft.com/l/meetup-join/19%3ameeting_{tok}%40thread.v2/0?context="
           f"%7b%22Tid%22%3a%22{tid}%22%2c%22Oid%22%3a%22{oid}%22%7d")
    text = ("_" * 80 + "\nMicrosoft Teams meeting\nJoin on your computer, mobile app or room device\n"
            f"Click here to join the meeting<{url}>\nMeeting ID: {mtg}\nPasscode: {pw}\n"
            "Download Teams<https://www.microsoft.com/en-gb/microsoft-teams/download-app> | "
            "Join on the web<https://www.microsoft.com/microsoft-teams/join-a-meeting>\n"
            "Learn More<https://aka.ms/JoinTeamsMeeting> | Meeting options<https://teams.microsoft.com/meetingOptions/"
            f"?organizerId={oid}&tenantId={tid}&threadId=19_meeting_{tok}@thread.v2&messageId=0&language=en-GB>\n"
            + "_" * 80)
    return text, url


def zoom_block(key, host="us06web.zoom.us"):
    num = str(8_000_000_000 + int(H("zoom", key, n=10), 16) % 999_999_999)
    pwd = base64.urlsafe_b64encode(bytes.fromhex(H("zpwd", key, n=24))).decode().rstrip("=")
    url = f"https://{host}/j/{num}?pwd={pwd}"
    code = str(100000 + int(H("zcode", key, n=6), 16) % 899999)
    return url, f"{num[:3]} {num[3:7]} {num[7:]}", code


def exchange_invite(*, key, org, to, cc=(), attendees, subject, date, tzid, start, end, location, body,
                    seq=0, uid, when=None, when_word="When", where_word="Where", teams=True, lang="en-GB",
                    tenant="LO2P265", region="GBRP265", method="REQUEST", status="CONFIRMED", sender=None,
                    busy="TENTATIVE", refs=(), organizer_line=None):
    tzloc = TZ_OF[tzid]
    s, e = start.astimezone(tzloc), end.astimezone(tzloc)
    if when is None:
        when = f"{s:%A}, {s.day} {s:%B %Y} {s:%H:%M}-{e:%H:%M} {WIN_LABEL[tzid]}."
    parts = [f"{when_word}: {when}", f"{where_word}: {location}", "", "*~*~*~*~*~*~*~*~*~*", "", body.rstrip("\n")]
    turl = None
    if teams:
        tb, turl = teams_block(key)
        parts += ["", tb]
    plain = "\n".join(parts) + "\n"
    cal = ["BEGIN:VCALENDAR", f"METHOD:{method}", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    cal += VTZ[tzid]
    cal += ["BEGIN:VEVENT", organizer_line or f"ORGANIZER;CN={org[0]}:mailto:{org[1]}"]
    cal += [att(a) for a in attendees]
    cal += [f"DESCRIPTION;LANGUAGE={lang}:{esc(plain)}",
            f"UID:{uid}", f"SUMMARY;LANGUAGE={lang}:{esc(subject)}",
            dtline("DTSTART", start, tzid), dtline("DTEND", end, tzid),
            "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{ical_utc(date)}", "TRANSP:OPAQUE", f"STATUS:{status}",
            f"SEQUENCE:{seq}", f"LOCATION;LANGUAGE={lang}:{esc(location)}",
            f"X-MICROSOFT-CDO-APPT-SEQUENCE:{seq}",
            f"X-MICROSOFT-CDO-OWNERAPPTID:{-(int(H('owner', uid, n=7), 16))}",
            f"X-MICROSOFT-CDO-BUSYSTATUS:{busy}", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
            "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams:
        cal += [f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{turl}",
                'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    cal += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
            "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT", f"X-MICROSOFT-LOCATIONDISPLAYNAME:{esc(location)}",
            "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
            "END:VEVENT", "END:VCALENDAR"]
    ics = ics_text(cal)
    body_part = P_multi("alternative", [P_text(plain, "plain", "qp"), P_text(html_of(plain, "outlook"), "html", "qp"),
                                        P_cal(ics, method)], key, "outlook")
    mid = outlook_mid(key, tenant, region)
    extra = [f"Thread-Topic: {hs(subject)}", f"Thread-Index: {thread_index(key)}",
             f"Accept-Language: {lang}, en-US", f"Content-Language: {lang}", "X-MS-Has-Attach:",
             "X-MS-TNEF-Correlator:", "Content-class: urn:content-classes:calendarmessage",
             f"x-ms-exchange-calendar-series-instance-id: {base64.b64encode(bytes.fromhex(H('series', uid, n=40))).decode()}",
             "x-ms-publictraffictype: Email"]
    return mail(frm=org, to=to, cc=cc, subject=subject, date=date, mid=mid, body=body_part, extra=extra,
                sender=sender, refs=refs), ics


def google_invite(*, key, org, guests, summary, date, start, end, when_line, tz_line, subject_when, location,
                  description, uid, seq=0, method="REQUEST", status="CONFIRMED", prefix="Invitation",
                  partstats=None, created=None):
    partstats = partstats or {}
    eid = base64.b64encode(f"{uid.split('@')[0]} {OWNER}".encode()).decode().rstrip("=")
    view = f"https://calendar.google.com/calendar/event?action=VIEW&eid={eid}&tok={H('gtok', key, n=40)}&ctz=Europe%2FLondon&hl=en_GB&es=0"
    guest_lines = [f"{org[0]} - organiser"] + [(g[0] or g[1]) for g in guests if g[1] != org[1]]
    if method == "CANCEL":
        head = "This event has been cancelled and removed from your calendar."
    else:
        head = ""
    plain = ((head + "\n\n" if head else "") + f"{summary}\n{when_line}\n{tz_line}\n\n"
             + (f"Location\n{location}\n\n" if location else "") + description.rstrip("\n") + "\n\n"
             + "Guests\n" + "\n".join(guest_lines) + f"\nView all guest info {view}\n\n"
             + ("" if method == "CANCEL" else f"Reply for {OWNER} and view more details {view}\n"
                "Your attendance is optional.\n\n")
             + "~~//~~\nInvitation from Google Calendar: https://calendar.google.com/calendar/\n\n"
             "You are receiving this email because you are an attendee on the event. To stop receiving future "
             "updates for this event, decline this event.\n\nForwarding this invitation could allow any recipient to "
             "send a response to the organiser, be added to the guest list, invite others regardless of their own "
             "invitation status or modify your RSVP. Learn more https://support.google.com/calendar/answer/37135#forwarding\n")
    htmlb = ('<!doctype html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
             '<div itemscope itemtype="http://schema.org/EventReservation">'
             + (f"<p><strong>{html.escape(head)}</strong></p>" if head else "")
             + f'<h2 itemprop="name" style="font-size:22px">{html.escape(summary)}</h2>'
             f'<p><span itemprop="startDate" content="{ical_utc(start)}">{html.escape(when_line)}</span><br>'
             f"{html.escape(tz_line)}</p>"
             + (f"<p><b>Location</b><br>{html.escape(location)}</p>" if location else "")
             + "<p>" + html.escape(description.rstrip("\n")).replace("\n", "<br>") + "</p>"
             + "<p><b>Guests</b><br>" + "<br>".join(html.escape(g) for g in guest_lines) + "</p>"
             f'<p><a href="{html.escape(view)}">View all guest info</a></p>'
             '<p style="color:#70757a;font-size:12px">Invitation from Google Calendar</p></div></body></html>\n')
    cal = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
           "CALSCALE:GREGORIAN", f"METHOD:{method}", "BEGIN:VEVENT", f"DTSTART:{ical_utc(start)}",
           f"DTEND:{ical_utc(end)}", f"DTSTAMP:{ical_utc(date)}", f"ORGANIZER;CN={org[0]}:mailto:{org[1]}",
           f"UID:{uid}"]
    for g in guests:
        ps = "ACCEPTED" if g[1] == org[1] else partstats.get(g[1], "NEEDS-ACTION")
        if method == "CANCEL":
            ps = "ACCEPTED" if g[1] == org[1] else "NEEDS-ACTION"
        cal.append(att(g, ps, google=True))
    cal += [f"CREATED:{ical_utc(created or date)}", f"DESCRIPTION:{esc(description.rstrip(chr(10)))}",
            f"LAST-MODIFIED:{ical_utc(date)}", f"LOCATION:{esc(location)}", f"SEQUENCE:{seq}", f"STATUS:{status}",
            f"SUMMARY:{esc(summary)}", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    ics = ics_text(cal)
    altp = P_multi("alternative", [P_text(plain, "plain", "b64", "; format=flowed; delsp=yes"),
                                   P_text(htmlb, "html", "qp"), P_cal(ics, method)], key + "alt", "google")
    body = P_multi("mixed", [altp, P_attach(ics, "invite.ics")], key, "google")
    subject = f"{prefix}: {summary} @ {subject_when} ({OWNER})"
    rp = f"3{H('bounce', key, n=20)}@calendar-server.bounces.google.com"
    return mail(frm=org, to=[("", OWNER)], subject=subject, date=date, mid=f"<calendar-{H('gcal', key, n=8)}-"
                f"{H('gcal2', key, n=4)}-{H('gcal3', key, n=4)}-{H('gcal4', key, n=4)}-{H('gcal5', key, n=12)}@google.com>",
                body=body, reply_to=org, sender=("Google Calendar", "calendar-notification@google.com"), rp=rp), ics


CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def L(company, role, start, end, status, interviewers, followup, kind):
    return {"company": company, "role": role, "start": iso(start), "end": iso(end) if end else None,
            "status": status, "interviewer_emails": list(interviewers), "followup_recipients": list(followup),
            "kind": kind}


# ==============================================================================================
# POSITIVE CASES
# ==============================================================================================

@case
def c01():
    dan = ("Daniel Okoro", "daniel.okoro@walbrooksearch.example")
    t1 = T(LON, "Mon 2026-10-05 09:12:40", "+01:00")
    t2 = T(LON, "Mon 2026-10-05 12:48:05", "+01:00")
    t3 = T(LON, "Tue 2026-10-06 16:40:22", "+01:00")
    s = T(LON, "Wed 2026-10-07 14:30", "+01:00")
    e = T(LON, "Wed 2026-10-07 15:00", "+01:00")
    m1, m2, m3 = plain_mid("c01a", "walbrooksearch.example"), gmail_mid("c01b"), plain_mid("c01c", "walbrooksearch.example")
    subj = "Senior Market Risk Analyst - confidential brief"
    sig = ("Daniel Okoro\nDirector, Risk & Quantitative Practice\nWalbrook Search\n"
           "T: +44 20 7946 0512 | M: 07700 900418\nwalbrooksearch.example")
    b1 = f"""Hi Sophie,

I hope you don't mind me getting in touch out of the blue. Your name came up over lunch with a former colleague of yours, and your background in rates and credit VaR sounds very close to a brief I'm working on.

I've been retained by a Tier 1 investment bank in the City to find a Senior Market Risk Analyst for their traded risk and FRTB team. I can't name the client until we've spoken - they're particular about confidentiality at this stage - but it's a newly created seat reporting into the Head of Market Risk, hybrid three days in the office, and the package should be a genuine step up.

Before I put anyone forward I like to have a proper screening conversation, half an hour or so, to go through your experience and what you'd want from a move. Would you have time for a call at some point this week?

Best regards,
Daniel

{sig}
"""
    b2 = """Hi Daniel,

Thanks for getting in touch - it does sound interesting, and the timing isn't bad.

Mornings are tricky with the desk, but I'm fairly flexible after lunch on Tuesday or Wednesday. My mobile is 07700 900733.

Kind regards,
Sophie

""" + gq(b1, t1, dan)
    b3 = f"""Hi Sophie,

Apologies - Tuesday has disappeared on me, I've been in back-to-backs all day.

Let's do tomorrow at half two. I'll ring you on 07700 900733 and we'll keep it to about 30 minutes - mainly your current book, the models you own and your notice period. If you could send over an up-to-date CV beforehand, even better.

Cheers,
Daniel

{sig}

""" + gq(b2, t2, ME)
    items = [
        ("01-walbrook-confidential-brief.eml",
         mail(frm=dan, to=[ME], subject=subj, date=t1, mid=m1, body=P_text(b1, "plain", "qp"),
              extra=["X-Mailer: Microsoft Outlook 16.0"])),
        ("02-re-confidential-brief.eml",
         mail(frm=ME, to=[dan], subject="Re: " + subj, date=t2, mid=m2, refs=[m1], body=alt(b2, "c01b"))),
        ("03-re-call-tomorrow.eml",
         mail(frm=dan, to=[ME], subject="RE: " + subj, date=t3, mid=m3, refs=[m1, m2], body=P_text(b3, "plain", "qp"),
              extra=["X-Mailer: Microsoft Outlook 16.0"])),
    ]
    label = {"interview": True,
             "interviews": [L("Walbrook Search", "Senior Market Risk Analyst", s, e, "scheduled",
                              [dan[1]], [dan[1]], "phone_screen")],
             "difficulty": "hard", "category": "positive/body-only-relative",
             "notes": "Headhunter screening call for a named role at an unnamed client; time only in the body as "
                      "'tomorrow at half two' (mail dated Tue 6 Oct 2026 +0100) -> Wed 7 Oct 14:30 BST, ~30 minutes. "
                      "Tuesday/Wednesday availability in the earlier mail is not the booked time."}
    tz = ["01: 'tomorrow at half two' resolved against Date: Tue, 06 Oct 2026 16:40 +0100 -> 2026-10-07T14:30+01:00 (BST)."]
    return "b321-01-headhunter-call-tomorrow-half-two", items, label, tz


@case
def c02():
    lucy = ("Lucy Barnes", "lucy.barnes@moorgatebank.example")
    priya = ("Priya Raman", "priya.raman@moorgatebank.example")
    t1 = T(LON, "Fri 2026-10-09 11:05:31", "+01:00")
    t2 = T(LON, "Fri 2026-10-09 11:22:07", "+01:00")
    s = T(LON, "Thu 2026-10-15 10:00", "+01:00")
    e = T(LON, "Thu 2026-10-15 11:00", "+01:00")
    m1 = outlook_mid("c02a")
    b1 = """Dear Sophie,

Thank you for your application for the Market Risk Analyst position (ref. MR-2291) here at Moorgate Bank.

I'm pleased to let you know that Priya Raman, Head of Market Risk Analytics, would like to meet you for a first-stage interview. This will be held over Microsoft Teams on Thursday 15th October at 10am and should last around an hour. Priya will want to talk through your current role, your experience with historical simulation VaR and backtesting, and why Moorgate.

I'll send the Teams invitation separately in the next few minutes. Please do accept it so that it shows in Priya's diary.

If you have any questions in the meantime, just reply to this email.

Kind regards,

Lucy Barnes
Talent Acquisition Partner | Moorgate Bank plc
25 Moorgate, London EC2R 6AY
"""
    inv_body = """Dear Sophie,

Please find below the Teams details for your first-stage interview with Priya Raman, Head of Market Risk Analytics. I won't be joining the call myself.

Kind regards,
Lucy
"""
    eml2, _ = exchange_invite(key="c02inv", org=lucy, to=[ME, priya], attendees=[ME, priya],
                              subject="Market Risk Analyst - First Interview - Sophie Clarke", date=t2,
                              tzid="GMT Standard Time", start=s, end=e, location="Microsoft Teams Meeting",
                              body=inv_body, uid=exchange_uid("c02"))
    items = [
        ("01-moorgate-invitation-to-interview.eml",
         mail(frm=lucy, to=[ME], subject="Moorgate Bank - Market Risk Analyst (MR-2291) - Invitation to interview",
              date=t1, mid=m1, body=alt(b1, "c02a", "outlook"),
              extra=[f"Thread-Topic: Moorgate Bank - Market Risk Analyst (MR-2291) - Invitation to interview",
                     f"Thread-Index: {thread_index('c02a')}", "Content-Language: en-GB"])),
        ("02-teams-invite-first-interview.eml", eml2),
    ]
    label = {"interview": True,
             "interviews": [L("Moorgate Bank", "Market Risk Analyst", s, e, "scheduled", [priya[1]], [priya[1]],
                              "hiring_manager")],
             "difficulty": "medium", "category": "positive/outlook-teams",
             "notes": "Recruiter e-mail + Exchange/Teams invite for the same interview (one entry). Invite uses "
                      "TZID 'GMT Standard Time' and the '(UTC+00:00) Dublin, Edinburgh, Lisbon, London' label, but "
                      "15 Oct 2026 is BST, so 10:00 = +01:00. Coordinator Lucy does not interview."}
    tz = ["02: Exchange 'GMT Standard Time' / '(UTC+00:00)' label on 15 Oct 2026, still BST -> 10:00+01:00."]
    return "b321-02-moorgate-first-interview-teams", items, label, tz


@case
def c03():
    lucy = ("Lucy Barnes", "lucy.barnes@moorgatebank.example")
    priya = ("Priya Raman", "priya.raman@moorgatebank.example")
    marcus = ("Marcus Feld", "marcus.feld@moorgatebank.example")
    t1 = T(LON, "Fri 2026-10-16 15:30:12", "+01:00")
    t2 = T(LON, "Fri 2026-10-16 17:02:48", "+01:00")
    t3 = T(LON, "Fri 2026-10-16 17:31:09", "+01:00")
    t4 = T(LON, "Mon 2026-10-19 08:47:33", "+01:00")
    t5 = T(LON, "Mon 2026-10-19 09:30:51", "+01:00")
    t6 = T(LON, "Mon 2026-10-19 09:41:26", "+01:00")
    s0 = T(LON, "Tue 2026-10-20 14:00", "+01:00")
    e0 = T(LON, "Tue 2026-10-20 15:00", "+01:00")
    s = T(LON, "Thu 2026-10-29 14:00", "+00:00")
    e = T(LON, "Thu 2026-10-29 15:00", "+00:00")
    m1, m2, m4, m5 = outlook_mid("c03a"), gmail_mid("c03b"), outlook_mid("c03d"), gmail_mid("c03e")
    subj = "Second stage - case study presentation"
    b1 = """Dear Sophie,

Good news - Priya really enjoyed meeting you yesterday and we'd like to invite you to the second stage.

This stage is a case study. You'll receive a short data pack (a hypothetical rates desk with a VaR breach and some backtesting results) 48 hours beforehand, and on the day you'll present your findings for about 15 minutes to Priya and Marcus Feld, our Head of Market Risk, followed by around 30 minutes of questions. No need for anything elaborate - a few slides or a one-page note are both fine.

Would Tuesday 20th at 2pm suit? It would be in person at 25 Moorgate; please allow an hour in total.

Best wishes,

Lucy Barnes
Talent Acquisition Partner | Moorgate Bank plc
"""
    b2 = """Hi Lucy,

That's great news, thank you - I enjoyed the conversation with Priya too.

Tuesday 20th at 2pm suits me well. I'll look out for the pack on Sunday.

Best wishes,
Sophie

""" + gq(b1, t1, lucy)
    inv = """Dear Sophie,

Confirming your second-stage case study presentation with Priya Raman and Marcus Feld. Please report to main reception at 25 Moorgate ten minutes early and ask for me; bring photo ID for your visitor pass.

Kind regards,
Lucy
"""
    uid = exchange_uid("c03")
    eml3, _ = exchange_invite(key="c03inv0", org=lucy, to=[ME, priya, marcus], attendees=[ME, priya, marcus],
                              subject="Market Risk Analyst - Case Study Presentation - Sophie Clarke", date=t3,
                              tzid="GMT Standard Time", start=s0, end=e0,
                              location="25 Moorgate, London EC2R 6AY - Meeting Room 4.12", body=inv, uid=uid,
                              teams=False, seq=0)
    b4 = """Dear Sophie,

Apologies for the short notice. Marcus has been pulled into a PRA review meeting tomorrow afternoon that he can't move, so I'm afraid we need to rearrange your case study.

Could you do Thursday 29th October instead, same time (2pm), same place? Everything else stays as it was - the data pack will now come to you on Tuesday 27th.

Sorry again for the disruption.

Kind regards,
Lucy
""" + oq(b2, t2, ME, [lucy], "Re: " + subj)
    b5 = """Hi Lucy,

No problem at all - Thursday 29th at 2pm is fine with me.

Thanks,
Sophie

""" + gq(b4, t4, lucy)
    inv2 = """Dear Sophie,

Please note the new date for your case study presentation with Priya and Marcus - Thursday 29 October, 2pm, Meeting Room 4.12. This replaces the invitation for Tuesday 20th.

Kind regards,
Lucy
"""
    eml6, _ = exchange_invite(key="c03inv1", org=lucy, to=[ME, priya, marcus], attendees=[ME, priya, marcus],
                              subject="Updated: Market Risk Analyst - Case Study Presentation - Sophie Clarke",
                              date=t6, tzid="GMT Standard Time", start=s, end=e,
                              location="25 Moorgate, London EC2R 6AY - Meeting Room 4.12", body=inv2, uid=uid,
                              teams=False, seq=1)
    items = [
        ("01-moorgate-second-stage.eml",
         mail(frm=lucy, to=[ME], subject=subj, date=t1, mid=m1, body=alt(b1, "c03a", "outlook"),
              extra=["Content-Language: en-GB"])),
        ("02-re-second-stage.eml",
         mail(frm=ME, to=[lucy], subject="Re: " + subj, date=t2, mid=m2, refs=[m1], body=P_text(b2, "plain", "qp"))),
        ("03-invite-case-study-20oct.eml", eml3),
        ("04-re-case-study-change.eml",
         mail(frm=lucy, to=[ME], subject="RE: " + subj, date=t4, mid=m4, refs=[m1, m2],
              body=alt(b4, "c03d", "outlook"), extra=["Content-Language: en-GB", "Importance: high"])),
        ("05-re-thursday-fine.eml",
         mail(frm=ME, to=[lucy], subject="Re: " + subj, date=t5, mid=m5, refs=[m1, m2, m4], body=alt(b5, "c03e"))),
        ("06-updated-invite-case-study-29oct.eml", eml6),
    ]
    label = {"interview": True,
             "interviews": [L("Moorgate Bank", "Market Risk Analyst", s, e, "scheduled", [priya[1], marcus[1]],
                              [priya[1], marcus[1]], "onsite")],
             "difficulty": "hard", "category": "positive/reschedule",
             "notes": "Proposed 'Tuesday 20th at 2pm' (BST), confirmed, invite SEQUENCE 0; moved by e-mail and by "
                      "updated invite (same UID, SEQUENCE 1) to Thu 29 Oct 14:00, which is after the 25 Oct clock "
                      "change, so +00:00. Live case study presented to a two-person panel -> onsite. "
                      f"Original slot {iso(s0)} must not be reported."}
    tz = ["03: reschedule crosses the UK clock change: Tue 20 Oct 14:00 BST (+01:00) -> Thu 29 Oct 14:00 GMT (+00:00)."]
    return "b321-03-moorgate-case-study-rescheduled", items, label, tz


@case
def c04():
    wd = ("Holborn Marine & General", "holbornmarine@myworkday.com")
    amelia = ("Amelia Hart", "amelia.hart@holbornmarine.example")
    grace = ("Grace Whitlock", "grace.whitlock@holbornmarine.example")
    t1 = T(LON, "Wed 2026-10-14 13:04:18", "+01:00")
    s = T(LON, "Wed 2026-10-21 11:00", "+01:00")
    e = T(LON, "Wed 2026-10-21 11:45", "+01:00")
    zurl, zid, zcode = zoom_block("c04", "holbornmarine.zoom.us")
    htmlb = f"""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #ddd"><tr><td style="background:#0b2545;color:#fff;padding:16px 20px;font-size:18px">Holborn Marine &amp; General</td></tr>
<tr><td style="padding:20px">
<p>Dear Sophie,</p>
<p>Your interview has been scheduled. Please review the details below and add the attached calendar file to your diary.</p>
<table cellpadding="4" style="font-size:14px">
<tr><td><b>Job Requisition</b></td><td>R-10482 Senior Risk Analyst &ndash; Enterprise Risk Management</td></tr>
<tr><td><b>Interview</b></td><td>First Interview</td></tr>
<tr><td><b>Date</b></td><td>Wednesday, 21 October 2026</td></tr>
<tr><td><b>Time</b></td><td>11:00 &ndash; 11:45 (GMT+01:00) Europe/London</td></tr>
<tr><td><b>Location</b></td><td>Zoom &ndash; <a href="{zurl}">{zurl}</a> (Meeting ID {zid}, passcode {zcode})</td></tr>
<tr><td><b>Interviewer</b></td><td>Grace Whitlock, Head of Enterprise Risk</td></tr>
</table>
<p>The conversation will focus on your experience of risk appetite frameworks, ORSA reporting and stress and scenario testing.</p>
<p>If you need to change the time or require any adjustments, please contact Amelia Hart in Talent Acquisition at <a href="mailto:{amelia[1]}">{amelia[1]}</a> rather than replying to this message.</p>
<p>You can view your application at any time on our <a href="https://wd3.myworkdayjobs.com/HolbornMarine/login">Candidate Home</a>.</p>
<p>Kind regards,<br>Talent Acquisition<br>Holborn Marine &amp; General Insurance plc</p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:11px;color:#888">This email was sent from an unmonitored mailbox. Holborn Marine &amp; General Insurance plc, 30 Holborn Viaduct, London EC1A 2FD.</td></tr>
</table></body></html>
"""
    cal = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Workday Inc.//Workday Calendar//EN", "METHOD:REQUEST"]
    cal += VTZ["Europe/London"]
    cal += ["BEGIN:VEVENT", f"UID:WD-INTERVIEW-{H('wd', 'c04', n=20).upper()}@myworkday.com", f"DTSTAMP:{ical_utc(t1)}",
            dtline("DTSTART", s, "Europe/London"), dtline("DTEND", e, "Europe/London"),
            "SUMMARY:Interview: Senior Risk Analyst - Enterprise Risk Management (R-10482)",
            f"DESCRIPTION:{esc('First Interview with Grace Whitlock, Head of Enterprise Risk.' + chr(10) + 'Join Zoom: ' + zurl + chr(10) + 'Meeting ID: ' + zid + ' Passcode: ' + zcode)}",
            f"LOCATION:{esc('Zoom ' + zurl)}",
            f"ORGANIZER;CN=Holborn Marine & General:mailto:{wd[1]}",
            att(ME), att(grace, "ACCEPTED"), "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE",
            "END:VEVENT", "END:VCALENDAR"]
    ics = ics_text(cal)
    body = P_multi("mixed", [P_text(htmlb, "html", "b64"), P_attach(ics, "Interview.ics", "text/calendar")], "c04")
    items = [("01-workday-interview-scheduled.eml",
              mail(frm=wd, to=[ME], subject="Interview Scheduled: Senior Risk Analyst - Enterprise Risk Management (R-10482)",
                   date=t1, mid=plain_mid("c04", "myworkday.com"), body=body,
                   extra=["X-Workday-Tenant: holbornmarine", "Auto-Submitted: auto-generated"]))]
    label = {"interview": True,
             "interviews": [L("Holborn Marine & General", "Senior Risk Analyst - Enterprise Risk Management", s, e,
                              "scheduled", [grace[1]], [grace[1]], "hiring_manager")],
             "difficulty": "easy", "category": "positive/workday-ics",
             "notes": "Workday 'Interview Scheduled' notification (HTML, base64) with an Interview.ics attachment "
                      "(TZID Europe/London, BST). Sender is the Workday system address; Amelia is only the contact."}
    return "b321-04-holborn-insurer-workday", items, label, []


@case
def c05():
    amelia = ("Amelia Hart", "amelia.hart@holbornmarine.example")
    richard = ("Richard Ferris", "richard.ferris@holbornmarine.example")
    t1 = T(LON, "Fri 2026-10-23 10:15:44", "+01:00")
    t2 = T(LON, "Mon 2026-11-02 16:20:03", "+00:00")
    t3 = T(LON, "Mon 2026-11-02 16:24:37", "+00:00")
    s = T(LON, "Thu 2026-11-05 09:30", "+00:00")
    e = T(LON, "Thu 2026-11-05 10:30", "+00:00")
    uid = f"{H('gu', 'c05', n=26)}@google.com"
    summary = "Final interview: Sophie Clarke with Richard Ferris (CRO) - Senior Risk Analyst, ERM"
    desc = ("Final-stage interview with Richard Ferris, Chief Risk Officer. Around 60 minutes.\n"
            "Please come to reception at 30 Holborn Viaduct and ask for Amelia Hart.")
    eml1, _ = google_invite(key="c05inv", org=amelia, guests=[amelia, richard, ("", OWNER)], summary=summary, date=t1,
                            start=s, end=e, when_line="Thursday 5 Nov 2026 ⋅ 09:30 – 10:30",
                            tz_line="United Kingdom Time", subject_when="Thu 5 Nov 2026 09:30 - 10:30 (GMT)",
                            location="Holborn Marine & General, 30 Holborn Viaduct, London EC1A 2FD",
                            description=desc, uid=uid, partstats={richard[1]: "ACCEPTED"})
    b2 = """Dear Sophie,

I'm sorry to be writing with this news. This afternoon the business announced a restructure of the risk function, and as part of that the Senior Risk Analyst role in ERM has been put on hold with immediate effect.

I'm afraid that means we have had to cancel Thursday's final interview with Richard. You'll receive a calendar cancellation from me shortly.

I know how much time you have put into the process, and both Grace and Richard were keen to meet you, so this is genuinely disappointing. If the role is reopened in the new year I'll be in touch with you first.

With best wishes,

Amelia Hart
Talent Acquisition Business Partner
Holborn Marine & General Insurance plc
"""
    eml3, _ = google_invite(key="c05cxl", org=amelia, guests=[amelia, richard, ("", OWNER)], summary=summary, date=t3,
                            start=s, end=e, when_line="Thursday 5 Nov 2026 ⋅ 09:30 – 10:30",
                            tz_line="United Kingdom Time", subject_when="Thu 5 Nov 2026 09:30 - 10:30 (GMT)",
                            location="Holborn Marine & General, 30 Holborn Viaduct, London EC1A 2FD",
                            description=desc, uid=uid, seq=1, method="CANCEL", status="CANCELLED",
                            prefix="Cancelled event", created=t1)
    items = [
        ("01-invitation-final-interview.eml", eml1),
        ("02-role-on-hold.eml",
         mail(frm=amelia, to=[ME], subject="Senior Risk Analyst, ERM - update on your final interview", date=t2,
              mid=plain_mid("c05b", "holbornmarine.example"), body=alt(b2, "c05b"))),
        ("03-cancelled-event-final-interview.eml", eml3),
    ]
    label = {"interview": True,
             "interviews": [L("Holborn Marine & General", "Senior Risk Analyst - Enterprise Risk Management", s, e,
                              "cancelled", [richard[1]], [richard[1]], "hiring_manager")],
             "difficulty": "medium", "category": "positive/cancellation",
             "notes": "Google invite for a final with the CRO on Thu 5 Nov 09:30 GMT (DTSTART in UTC), then a "
                      "'role put on hold' e-mail and a Google METHOD:CANCEL (same UID, SEQUENCE 1). One cancelled entry."}
    return "b321-05-holborn-final-cancelled", items, label, []


@case
def c06():
    oleeo = ("Carrow Whitfield Experienced Hire Recruitment", "noreply@carrowwhitfield.tal.net")
    jas = ("Jas Sandhu", "jas.sandhu@carrowwhitfield.example")
    sched = ("Carrow Whitfield Assessment Centres", "ac.scheduling@carrowwhitfield.example")
    rachel = ("Rachel Osei", "rachel.osei@carrowwhitfield.example")
    james = ("James Whitcombe", "james.whitcombe@carrowwhitfield.example")
    t1 = T(LON, "Tue 2026-10-27 10:02:55", "+00:00")
    t2 = T(LON, "Tue 2026-10-27 10:40:16", "+00:00")
    t3 = T(LON, "Tue 2026-10-27 10:41:02", "+00:00")
    t4 = T(LON, "Tue 2026-10-27 10:41:49", "+00:00")
    w_s, w_e = T(LON, "Tue 2026-11-03 09:00", "+00:00"), T(LON, "Tue 2026-11-03 10:30", "+00:00")
    c_s, c_e = T(LON, "Tue 2026-11-03 10:45", "+00:00"), T(LON, "Tue 2026-11-03 11:30", "+00:00")
    x_s, x_e = T(LON, "Tue 2026-11-03 12:30", "+00:00"), T(LON, "Tue 2026-11-03 13:15", "+00:00")
    loc = "Carrow Whitfield, 6 Riverside Place, London SE1 2RT"
    htmlb = f"""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Sophie,</p>
<p>Congratulations &ndash; following your video interview, we are delighted to invite you to an assessment centre for the role of <b>Assistant Manager, Financial Risk Management (Risk Advisory)</b>, London.</p>
<p><b>Date:</b> Tuesday 3 November 2026<br><b>Venue:</b> {loc} (nearest station London Bridge)</p>
<p>Registration is from 08:45 in the ground-floor reception; the day itself starts at 09:00. Your timetable is below.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr><th>Time</th><th>Session</th><th>With</th></tr>
<tr><td>09:00 &ndash; 10:30</td><td>Written exercise (risk memo based on a client case pack)</td><td>Invigilated</td></tr>
<tr><td>10:45 &ndash; 11:30</td><td>Competency interview</td><td>Rachel Osei, Senior Manager</td></tr>
<tr><td>11:30 &ndash; 12:30</td><td>Lunch with current Assistant Managers (informal, not assessed)</td><td>&nbsp;</td></tr>
<tr><td>12:30 &ndash; 13:15</td><td>Technical interview</td><td>James Whitcombe, Director</td></tr>
</table>
<p>Separate diary invitations for each session will follow from our scheduling team. Please bring photographic ID and a calculator; laptops are provided for the written exercise.</p>
<p>If you need any reasonable adjustments, please contact Jas Sandhu, Experienced Hire Recruitment, at <a href="mailto:{jas[1]}">{jas[1]}</a>.</p>
<p>Please confirm your attendance via your <a href="https://carrowwhitfield.tal.net/vx/candidate/cand_portal/experienced">candidate portal</a> by Friday 30 October.</p>
<p>Kind regards,<br>Experienced Hire Recruitment<br>Carrow Whitfield LLP</p>
<p style="font-size:8pt;color:#777">Please do not reply to this email; this mailbox is not monitored.</p>
</body></html>
"""
    items = [("01-oleeo-assessment-centre-invitation.eml",
              mail(frm=oleeo, to=[ME], subject="Carrow Whitfield - Invitation to Assessment Centre - Financial Risk Management",
                   date=t1, mid=plain_mid("c06a", "carrowwhitfield.tal.net"), body=P_text(htmlb, "html", "b64"),
                   extra=["X-Mailer: Oleeo Recruitment Platform", "Auto-Submitted: auto-generated"]))]
    intro = ("Dear Sophie,\n\nThis invitation is for one session of your assessment centre on Tuesday 3 November. "
             "Please see the timetable sent by Experienced Hire Recruitment for the full day.\n\n")
    sessions = [
        ("02-invite-ac-written-exercise.eml", "c06w", t2, w_s, w_e, "Assessment Centre: Written Exercise - Sophie Clarke",
         intro + "Session: written exercise (90 minutes, invigilated). You will draft a short risk memo from a client case pack.\n\nExperienced Hire Recruitment", []),
        ("03-invite-ac-competency-interview.eml", "c06c", t3, c_s, c_e, "Assessment Centre: Competency Interview - Sophie Clarke",
         intro + "Session: competency interview with Rachel Osei, Senior Manager, Financial Risk Management.\n\nExperienced Hire Recruitment", [rachel]),
        ("04-invite-ac-technical-interview.eml", "c06t", t4, x_s, x_e, "Assessment Centre: Technical Interview - Sophie Clarke",
         intro + "Session: technical interview with James Whitcombe, Director, Financial Risk Management. Expect to discuss the written exercise, credit risk modelling and model validation.\n\nExperienced Hire Recruitment", [james]),
    ]
    for fname, key, dt, ss, ee, subj, body, who in sessions:
        eml, _ = exchange_invite(key=key, org=sched, to=[ME] + who, attendees=[ME] + who, subject=subj, date=dt,
                                 tzid="GMT Standard Time", start=ss, end=ee, location=loc, body=body,
                                 uid=exchange_uid(key), teams=False)
        items.append((fname, eml))
    label = {"interview": True,
             "interviews": [L("Carrow Whitfield", "Assistant Manager, Financial Risk Management", w_s, x_e, "scheduled",
                              [rachel[1], james[1]], [rachel[1], james[1]], "onsite")],
             "difficulty": "hard", "category": "positive/onsite-multi-invite",
             "notes": "Big Four-style assessment centre on one day: Oleeo (tal.net) timetable e-mail plus three "
                      "Exchange invites (written exercise 09:00, competency interview 10:45, technical interview "
                      "12:30-13:15) from a group scheduling mailbox. ONE onsite entry 09:00-13:15 GMT with both "
                      "interviewers; registration 08:45 is not the start. Scheduling mailbox and no-reply are not recipients."}
    return "b321-06-carrow-assessment-centre-three-invites", items, label, []


@case
def c07():
    jas = ("Jas Sandhu", "jas.sandhu@carrowwhitfield.example")
    helen = ("Helen Marsh", "helen.marsh@carrowwhitfield.example")
    tessa = ("Tessa Quinn", "tessa.quinn@carrowwhitfield.example")
    t1 = T(LON, "Fri 2026-11-06 14:12:09", "+00:00")
    s = T(LON, "Fri 2026-11-13 16:00", "+00:00")
    e = T(LON, "Fri 2026-11-13 16:45", "+00:00")
    b1 = """Hi Sophie,

Thanks again for Tuesday - the feedback from Rachel and James was really positive, and I'm delighted to say we'd like you to come back for the final stage for the Assistant Manager, Financial Risk Management role: a conversation with Helen Marsh, the Partner who leads the practice.

Helen's PA, Tessa, has found a slot on Friday 13th November at 4pm. It's 45 minutes at 6 Riverside Place (same reception as last time). Tessa will send you a diary invite; I've also saved a copy of the calendar entry to our portal in case it's easier.

Helen describes these as a two-way conversation rather than a grilling - she'll want to hear why Risk Advisory and how you'd handle a demanding client, and it's a good chance for you to ask about the practice.

Speak soon,
Jas

Jas Sandhu
Experienced Hire Recruitment | Carrow Whitfield LLP
M: 07700 900261
"""
    cal = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    cal += VTZ["GMT Standard Time"]
    cal += ["BEGIN:VEVENT", f"ORGANIZER;CN={tessa[0]}:mailto:{tessa[1]}", att(ME), att(helen, "ACCEPTED"),
            f"DESCRIPTION;LANGUAGE=en-GB:{esc('Final interview: Sophie Clarke with Helen Marsh, Partner - Financial Risk Management. Please ask for Tessa Quinn at reception.')}",
            f"UID:{exchange_uid('c07')}", "SUMMARY;LANGUAGE=en-GB:Final interview - Sophie Clarke / Helen Marsh",
            dtline("DTSTART", s, "GMT Standard Time"), dtline("DTEND", e, "GMT Standard Time"),
            "CLASS:PUBLIC", "PRIORITY:5", f"DTSTAMP:{ical_utc(t1 + timedelta(minutes=23))}", "TRANSP:OPAQUE",
            "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION;LANGUAGE=en-GB:6 Riverside Place\\, London SE1 2RT - Partner Suite\\, 9th floor",
            "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE",
            "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY", "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE",
            "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0", "END:VEVENT", "END:VCALENDAR"]
    items = [
        ("01-carrow-final-with-partner.eml",
         mail(frm=jas, to=[ME], cc=[tessa], subject="Final stage - Helen Marsh (Partner), Friday 13th", date=t1,
              mid=outlook_mid("c07a"), body=alt(b1, "c07a", "outlook"), extra=["Content-Language: en-GB"])),
        ("02-final-interview-helen-marsh.ics", ics_text(cal).encode("utf-8")),
    ]
    label = {"interview": True,
             "interviews": [L("Carrow Whitfield", "Assistant Manager, Financial Risk Management", s, e, "scheduled",
                              [helen[1]], [helen[1]], "hiring_manager")],
             "difficulty": "medium", "category": "positive/standalone-ics",
             "notes": "Recruiter e-mail + standalone Outlook .ics (organiser is the Partner's PA) for the same final "
                      "with a Partner; one entry. PA and recruiter only schedule."}
    return "b321-07-carrow-partner-final-ics", items, label, []


@case
def c08():
    jana = ("Jana Krüger", "jana.krueger@mainuferbank.example")
    katrin = ("Dr. Katrin Vogel", "katrin.vogel@mainuferbank.example")
    stefan = ("Stefan Brandt", "stefan.brandt@mainuferbank.example")
    t1 = T(BER, "Wed 2026-10-14 09:41:20", "+02:00")
    t2 = T(LON, "Wed 2026-10-14 12:15:37", "+01:00")
    t3 = T(BER, "Wed 2026-10-14 13:02:11", "+02:00")
    t4 = T(BER, "Mon 2026-10-26 10:30:05", "+01:00")
    s1, e1 = T(BER, "Fri 2026-10-23 10:00", "+02:00"), T(BER, "Fri 2026-10-23 10:45", "+02:00")
    s2, e2 = T(BER, "Fri 2026-10-30 15:00", "+01:00"), T(BER, "Fri 2026-10-30 16:00", "+01:00")
    assert s1.astimezone(LON).strftime("%H:%M") == "09:00" and s2.astimezone(LON).strftime("%H:%M") == "14:00"
    sig = ("Mit freundlichen Grüßen / Kind regards\n\nJana Krüger\nHR Recruiting\nMainufer Bank AG\n"
           "Neue Mainzer Straße 52, 60311 Frankfurt am Main\nTel. +49 69 9999 4172\n\n"
           "Mainufer Bank AG | Sitz: Frankfurt am Main | Amtsgericht Frankfurt am Main HRB 99999 | "
           "Vorstand: Dr. Claudia Rehm (Vors.), Martin Oberle")
    subj = "Your application - Credit Risk Analyst (m/w/d), London Branch - Job ID 26-0731"
    m1, m2, m4 = outlook_mid("c08a", "FR3P281", "DEUP281"), gmail_mid("c08b"), outlook_mid("c08d", "FR3P281", "DEUP281")
    b1 = f"""Dear Ms Clarke,

Thank you very much for your application and your interest in Mainufer Bank.

We would be pleased to invite you to a first interview via MS Teams with Dr. Katrin Vogel, Head of Credit Risk Controlling. We would suggest:

Friday, 23 October 2026, 10:00-10:45 CEST (09:00-09:45 London time)

Could you kindly confirm whether this time is convenient for you? Once confirmed, I will send you the Teams invitation.

{sig}
"""
    b2 = """Dear Jana,

Thank you for the invitation. Friday 23 October at 09:00 UK time (10:00 CEST) works well for me, and I look forward to speaking with Dr. Vogel.

Kind regards,
Sophie Clarke

""" + gq(b1, t1.astimezone(LON), jana)
    inv = """Dear Ms Clarke,

as agreed, please find the Teams invitation for your first interview with Dr. Katrin Vogel below.

Mit freundlichen Grüßen / Kind regards
Jana Krüger
"""
    when = "Freitag, 23. Oktober 2026 10:00-10:45 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"
    eml3, _ = exchange_invite(key="c08inv", org=jana, to=[ME, katrin], attendees=[ME, katrin],
                              subject="Interview Sophie Clarke - Credit Risk Analyst (m/w/d) London Branch", date=t3,
                              tzid="W. Europe Standard Time", start=s1, end=e1, location="Microsoft Teams-Besprechung",
                              body=inv, uid=exchange_uid("c08r1"), when=when, when_word="Wann", where_word="Ort",
                              lang="de-DE", tenant="FR3P281", region="DEUP281")
    b4 = f"""Dear Ms Clarke,

Thank you for your conversation with Dr. Vogel last Friday. We are pleased to invite you to a second interview with Dr. Katrin Vogel and Stefan Brandt (Managing Director, Head of Risk, London Branch).

Date: Friday, 30 October 2026
Time: 15:00-16:00 CET - please note that Germany and the UK changed to winter time on Sunday, so this is 14:00-15:00 in London
Format: MS Teams (link in the attached invitation)

The second interview will go into more depth on IFRS 9 staging, PD/LGD model monitoring and your experience with regulatory reporting (ECB/PRA). Please expect some questions in the form of a short case discussion.

A calendar invitation is attached. Please let me know if you have any questions.

{sig}
"""
    cal = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    cal += VTZ["Europe/Berlin"]
    turl = teams_block("c08r2")[1]
    cal += ["BEGIN:VEVENT", f"ORGANIZER;CN={jana[0]}:mailto:{jana[1]}", att(ME), att(katrin, "ACCEPTED"),
            att(stefan, "ACCEPTED"), f"UID:{exchange_uid('c08r2')}",
            "SUMMARY;LANGUAGE=de-DE:Zweitgespräch Sophie Clarke - Credit Risk Analyst (m/w/d) London Branch",
            f"DESCRIPTION;LANGUAGE=de-DE:{esc('Second interview with Dr. Katrin Vogel and Stefan Brandt. Teams: ' + turl)}",
            dtline("DTSTART", s2, "Europe/Berlin"), dtline("DTEND", e2, "Europe/Berlin"), "CLASS:PUBLIC",
            f"DTSTAMP:{ical_utc(t4)}", "STATUS:CONFIRMED", "SEQUENCE:0", "LOCATION:Microsoft Teams-Besprechung",
            "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
            f"X-MICROSOFT-SKYPETEAMSMEETINGURL:{turl}", "END:VEVENT", "END:VCALENDAR"]
    body4 = P_multi("mixed", [P_text(b4, "plain", "qp"),
                              P_attach(ics_text(cal), "Einladung_Zweitgespraech.ics", "text/calendar")], "c08d")
    items = [
        ("01-mainufer-first-interview-proposal.eml",
         mail(frm=jana, to=[ME], subject=subj, date=t1, mid=m1, body=alt(b1, "c08a", "outlook"),
              extra=["Content-Language: de-DE"])),
        ("02-re-confirm-first-interview.eml",
         mail(frm=ME, to=[jana], subject="Re: " + subj, date=t2, mid=m2, refs=[m1], body=P_text(b2, "plain", "qp"))),
        ("03-teams-einladung-first-interview.eml", eml3),
        ("04-second-interview-invitation.eml",
         mail(frm=jana, to=[ME], cc=[katrin], subject="Second interview - Credit Risk Analyst (m/w/d), London Branch",
              date=t4, mid=m4, refs=[m1, m2], body=body4, extra=["Content-Language: de-DE"])),
    ]
    label = {"interview": True,
             "interviews": [
                 L("Mainufer Bank", "Credit Risk Analyst", s1, e1, "scheduled", [katrin[1]], [katrin[1]], "hiring_manager"),
                 L("Mainufer Bank", "Credit Risk Analyst", s2, e2, "scheduled", [katrin[1], stefan[1]],
                   [katrin[1], stefan[1]], "onsite")],
             "difficulty": "hard", "category": "positive/two-interviews",
             "notes": "Frankfurt bank, two rounds in one case. Round 1 proposed in mail then German Exchange invite "
                      "(TZID 'W. Europe Standard Time', label '(UTC+01:00)' but CEST): 10:00+02:00 = 09:00 BST. Round 2 "
                      "after the 25 Oct change: 15:00 CET (+01:00) = 14:00 GMT, .ics attachment TZID Europe/Berlin; "
                      "two interviewers -> onsite. Coordinator Jana does not interview."}
    tz = ["08: Berlin round 1 Fri 23 Oct 10:00 CEST (+02:00) = 09:00 BST; Exchange label says (UTC+01:00).",
          "08: Berlin round 2 Fri 30 Oct 15:00 CET (+01:00) = 14:00 GMT (both sides changed on 25 Oct)."]
    return "b321-08-mainufer-frankfurt-two-rounds", items, label, tz


@case
def c09():
    jenna = ("Jenna Marcus", "jenna.marcus@hudsonpell.example")
    ethan = ("Ethan Cole", "ethan.cole@hudsonpell.example")
    t1 = T(NYC, "Thu 2026-10-22 11:18:40", "-04:00")
    t2 = T(LON, "Thu 2026-10-22 17:05:12", "+01:00")
    t3 = T(NYC, "Thu 2026-10-22 12:20:31", "-04:00")
    t4 = T(NYC, "Thu 2026-10-22 12:41:05", "-04:00")
    assert t1 < t2 < t3 < t4
    s, e = T(NYC, "Wed 2026-10-28 10:00", "-04:00"), T(NYC, "Wed 2026-10-28 11:00", "-04:00")
    assert s.astimezone(LON).strftime("%H:%M %z") == "14:00 +0000"
    subj = "Hudson Pell - next steps, Risk Analyst (Multi-Asset), London"
    m1, m2, m3 = plain_mid("c09a", "hudsonpell.example"), gmail_mid("c09b"), plain_mid("c09c", "hudsonpell.example")
    b1 = """Hi Sophie,

Great speaking with you on Tuesday - the team loved hearing about your FRTB work.

Next step is a technical interview with Ethan Cole, VP, Portfolio Risk, who would be your day-to-day lead from New York. Expect about 60 minutes on VaR and expected shortfall, factor models and stress testing for multi-asset portfolios; there may be a couple of quick numerical questions, so have a pen handy.

Would Wednesday, October 28 at 10:00am ET (3:00pm London) work for you? It'll be over Zoom and Ethan will send the invite directly.

Best,
Jenna

Jenna Marcus
Talent Acquisition | Hudson Pell Asset Management
450 Park Avenue South, New York, NY 10016
"""
    b2 = """Hi Jenna,

Thanks - Wednesday 28th works for me.

One small thing: our clocks go back this Sunday (25th) but yours don't change until 1 November, so for that week New York is only four hours behind. 10am ET would be 2pm here rather than 3pm. I'm happy to do 10am your time - I just didn't want Ethan and me turning up an hour apart!

Best wishes,
Sophie

""" + gq(b1, t1, jenna)
    b3 = """Ha - good catch, thank you! Let's keep it at 10:00am ET, which is 2:00pm for you. Ethan is sending the invite now.

Jenna

""" + gq(b2, t2.astimezone(NYC), ME)
    zurl, zid, zcode = zoom_block("c09", "hudsonpell.zoom.us")
    desc = (f"Technical interview - Risk Analyst (Multi-Asset), London.\nEthan Cole <> Sophie Clarke\n\n"
            f"Join Zoom Meeting\n{zurl}\nMeeting ID: {zid}\nPasscode: {zcode}")
    eml4, _ = google_invite(key="c09inv", org=ethan, guests=[ethan, ("", OWNER)],
                            summary="Hudson Pell - Technical Interview (Risk Analyst, Multi-Asset)", date=t4, start=s,
                            end=e, when_line="Wednesday Oct 28, 2026 ⋅ 10am – 11am", tz_line="Eastern Time - New York",
                            subject_when="Wed Oct 28, 2026 10am - 11am (EDT)", location=zurl, description=desc,
                            uid=f"{H('gu', 'c09', n=26)}@google.com")
    items = [
        ("01-hudson-pell-next-steps.eml",
         mail(frm=jenna, to=[ME], subject=subj, date=t1, mid=m1, body=alt(b1, "c09a"))),
        ("02-re-clocks-go-back.eml",
         mail(frm=ME, to=[jenna], subject="Re: " + subj, date=t2, mid=m2, refs=[m1], body=alt(b2, "c09b"))),
        ("03-re-good-catch.eml",
         mail(frm=jenna, to=[ME], subject="Re: " + subj, date=t3, mid=m3, refs=[m1, m2], body=P_text(b3, "plain", "qp"))),
        ("04-invitation-technical-interview.eml", eml4),
    ]
    label = {"interview": True,
             "interviews": [L("Hudson Pell Asset Management", "Risk Analyst (Multi-Asset)", s, e, "scheduled",
                              [ethan[1]], [ethan[1]], "technical")],
             "difficulty": "hard", "category": "positive/dst-gap",
             "notes": "New York asset manager; Wed 28 Oct falls in the week when London is on GMT but New York still "
                      "on EDT (4 hours apart). Recruiter first writes '10:00am ET (3:00pm London)' (wrong), candidate "
                      "corrects to 2pm, Google invite has 14:00Z. Correct start 10:00-04:00 = 14:00 GMT, not 15:00."}
    tz = ["09: New York Wed 28 Oct 10:00 EDT (-04:00) = 14:00 GMT; 4-hour gap week (Oct 26-31); mail's '3:00pm London' is wrong."]
    return "b321-09-hudson-pell-new-york-four-hour-week", items, label, tz


@case
def c10():
    cheryl = ("Cheryl Tsang", "cheryl.tsang@lantauharbour.example")
    alvin = ("Alvin Cheung", "alvin.cheung@lantauharbour.example")
    t1 = T(HKG, "Tue 2026-11-03 17:45:10", "+08:00")
    t2 = T(LON, "Tue 2026-11-03 10:02:44", "+00:00")
    assert t1 < t2
    s, e = T(HKG, "Tue 2026-11-10 16:30", "+08:00"), T(HKG, "Tue 2026-11-10 17:15", "+08:00")
    assert s.astimezone(LON).strftime("%H:%M") == "08:30"
    subj = "Regional Market Risk Analyst (APAC) - technical interview"
    m1, m2 = plain_mid("c10a", "lantauharbour.example"), gmail_mid("c10b")
    b1 = """Dear Sophie,

Thank you for your interest in the Regional Market Risk Analyst (APAC) role in our Hong Kong office, and for completing the application form so promptly.

Alvin Cheung, VP, Market Risk APAC, would like to have a technical interview with you by video (Google Meet). It will last about 45 minutes and cover market risk limits monitoring, VaR for Asian rates and FX books and some discussion of the HKMA framework.

Would Tuesday 10th November at 4.30pm Hong Kong time (8.30am in London) suit you? If not, please let me know two or three alternatives in the same week - Alvin is flexible between 3pm and 6pm HKT.

Best regards,

Cheryl Tsang
Talent Acquisition, Asia Pacific
Lantau Harbour Securities Limited
Two Harbourfront Tower, 18 Tak Fung Street, Hung Hom, Hong Kong
"""
    b2 = """Dear Cheryl,

Thank you - Tuesday 10th November at 4.30pm HKT / 8.30am GMT is perfect. I'll make sure I'm set up a few minutes early.

Kind regards,
Sophie

""" + gq(b1, t1.astimezone(LON), cheryl)
    meet = "hzq-rtvb-kpm"
    ev = {
        "kind": "calendar#event",
        "etag": f"\"{int(H('etag', 'c10', n=13), 16)}\"",
        "id": H("evid", "c10", n=26),
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" +
                    base64.b64encode(f"{H('evid', 'c10', n=26)} {OWNER}".encode()).decode().rstrip("="),
        "created": "2026-11-04T02:10:00.000Z",
        "updated": "2026-11-04T02:12:41.318Z",
        "summary": "Lantau Harbour Securities - Technical Interview - Sophie Clarke (Regional Market Risk Analyst, APAC)",
        "description": "Technical interview with Alvin Cheung (VP, Market Risk APAC). Cheryl will not join.\n"
                       "Times: 4.30pm-5.15pm HKT / 8.30am-9.15am London.",
        "location": "Google Meet",
        "creator": {"email": cheryl[1], "displayName": cheryl[0]},
        "organizer": {"email": cheryl[1], "displayName": cheryl[0]},
        "start": {"dateTime": iso(s), "timeZone": "Asia/Hong_Kong"},
        "end": {"dateTime": iso(e), "timeZone": "Asia/Hong_Kong"},
        "iCalUID": f"{H('evid', 'c10', n=26)}@google.com",
        "sequence": 0,
        "attendees": [
            {"email": cheryl[1], "displayName": cheryl[0], "organizer": True, "responseStatus": "accepted"},
            {"email": alvin[1], "displayName": alvin[0], "responseStatus": "accepted"},
            {"email": OWNER, "displayName": OWNER_NAME, "self": True, "responseStatus": "accepted"},
        ],
        "hangoutLink": f"https://meet.google.com/{meet}",
        "conferenceData": {
            "entryPoints": [{"entryPointType": "video", "uri": f"https://meet.google.com/{meet}",
                             "label": f"meet.google.com/{meet}"},
                            {"entryPointType": "phone", "uri": "tel:+852-5808-4511", "label": "+852 5808 4511",
                             "pin": str(int(H('pin', 'c10', n=8), 16))[:9], "regionCode": "HK"}],
            "conferenceSolution": {"key": {"type": "hangoutsMeet"}, "name": "Google Meet"},
            "conferenceId": meet},
        "reminders": {"useDefault": True},
        "eventType": "default",
    }
    items = [
        ("01-lantau-technical-interview-proposal.eml",
         mail(frm=cheryl, to=[ME], subject=subj, date=t1, mid=m1, body=alt(b1, "c10a", "generic", "b64", "b64"))),
        ("02-re-tuesday-10th-perfect.eml",
         mail(frm=ME, to=[cheryl], subject="Re: " + subj, date=t2, mid=m2, refs=[m1], body=alt(b2, "c10b"))),
        ("03-technical-interview.gcal.json", (json.dumps(ev, indent=2, ensure_ascii=False) + "\n").encode("utf-8")),
    ]
    label = {"interview": True,
             "interviews": [L("Lantau Harbour Securities", "Regional Market Risk Analyst (APAC)", s, e, "scheduled",
                              [alvin[1]], [alvin[1]], "technical")],
             "difficulty": "medium", "category": "positive/gcal-json",
             "notes": "Hong Kong office: proposal in HKT (+08:00) with London equivalent, candidate confirms, then a "
                      "Calendar API event (self: true). 16:30 HKT = 08:30 GMT. Note the reply is dated earlier in "
                      "local digits (10:02 GMT) but later in UTC than the 17:45 HKT proposal."}
    tz = ["10: Hong Kong Tue 10 Nov 16:30 HKT (+08:00) = 08:30 GMT; gcal.json dateTime carries +08:00."]
    return "b321-10-lantau-hong-kong-gcal-json", items, label, tz


@case
def c11():
    eploy = ("Ashdown Kemble LLP Careers", "careers-noreply@ashdownkemble.example")
    hannah = ("Hannah Lewis", "hannah.lewis@ashdownkemble.example")
    t1 = T(LON, "Tue 2026-11-03 09:20:51", "+00:00")
    s, e = T(LON, "Mon 2026-11-09 11:00", "+00:00"), T(LON, "Mon 2026-11-09 12:00", "+00:00")
    htmlb = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Interview Confirmation</title></head>
<body style="margin:0;padding:0;background:#f4f4f4;font-family:Georgia,serif">
<table align="center" width="620" style="background:#ffffff;margin:20px auto;padding:24px;font-size:15px;line-height:1.5;color:#222">
<tr><td>
<p style="font-size:20px;color:#5a1f2b;margin-top:0">Ashdown Kemble LLP</p>
<p>Dear Sophie,</p>
<p>We are pleased to confirm the arrangements for your interview for the position of <strong>Risk &amp; Compliance Analyst</strong> (Ref: AK/RC/0417).</p>
<table cellpadding="3" style="font-size:15px">
<tr><td><strong>Date:</strong></td><td>Monday 9 November 2026</td></tr>
<tr><td><strong>Time:</strong></td><td>11.00am</td></tr>
<tr><td><strong>Duration:</strong></td><td>approximately one hour</td></tr>
<tr><td><strong>Location:</strong></td><td>Ashdown Kemble LLP, 40 Chancery Lane, London WC2A 1JA (please report to the 2nd floor reception)</td></tr>
<tr><td><strong>Interview panel:</strong></td><td>Fiona Grant, Head of Risk &amp; Compliance, and Oliver Penrose, Senior Compliance Manager</td></tr>
</table>
<p>The interview will be competency-based and will include a short discussion of a conflict-check and client-onboarding scenario, which you will be given on arrival. You do not need to prepare anything in advance.</p>
<p>Please bring photographic ID with you. If you have any access requirements or need to rearrange, please reply to this email or contact Hannah Lewis, Recruitment Advisor, on 020 7946 0831.</p>
<p>We look forward to meeting you.</p>
<p>Yours sincerely,<br>Graduate &amp; Business Services Recruitment<br>Ashdown Kemble LLP</p>
<p style="font-size:11px;color:#888">Ashdown Kemble LLP is a limited liability partnership registered in England and Wales (OC999123), authorised and regulated by the Solicitors Regulation Authority.<br>
Powered by Eploy &middot; <a href="https://ashdownkemble.eploy.net/candidates/">Candidate portal</a></p>
</td></tr></table></body></html>
"""
    items = [("01-eploy-interview-confirmation.eml",
              mail(frm=eploy, to=[ME], reply_to=hannah,
                   subject="Interview Confirmation - Risk & Compliance Analyst (Ref: AK/RC/0417)", date=t1,
                   mid=plain_mid("c11", "ashdownkemble.eploy.net"), body=P_text(htmlb, "html", "qp"),
                   extra=["X-Mailer: Eploy", "Auto-Submitted: auto-generated"]))]
    label = {"interview": True,
             "interviews": [L("Ashdown Kemble", "Risk & Compliance Analyst", s, e, "scheduled", [], [hannah[1]],
                              "onsite")],
             "difficulty": "medium", "category": "positive/ats-body-only",
             "notes": "Law firm, Eploy-style HTML (quoted-printable) confirmation, no calendar file. Two-person panel "
                      "named without addresses -> interviewer_emails empty, onsite; follow-up goes to the human "
                      "Reply-To (Hannah Lewis), not the careers no-reply sender. 9 Nov is GMT."}
    return "b321-11-ashdown-kemble-law-firm-eploy", items, label, []


@case
def c12():
    priyanka = ("Priyanka Desai", "priyanka.desai@kingswaytalent.example")
    t1 = T(LON, "Mon 2026-10-19 18:05:27", "+01:00")
    t2 = T(LON, "Wed 2026-10-21 08:12:03", "+01:00")
    s, e = T(LON, "Thu 2026-10-22 12:30", "+01:00"), T(LON, "Thu 2026-10-22 13:30", "+01:00")
    subj = "Interview confirmed - Cheapside Advisory, Risk Consultant"
    m1, m2 = plain_mid("c12a", "kingswaytalent.example"), plain_mid("c12b", "kingswaytalent.example")
    sig = ("Priyanka Desai\nSenior Consultant, Risk & Regulatory\nKingsway Talent Partners\n"
           "DD: 020 7946 0377 | M: 07700 900592")
    b1 = f"""Hi Sophie,

Great news - Cheapside Advisory would like to meet you!

They've confirmed this Thursday at half twelve with Nick Ashworth, the Director who heads up their Risk & Regulation team. It's at their offices on the 3rd floor, 88 Cheapside, EC2V 6EH - just ask for Nick at reception. Allow an hour; Nick tends to run it as a conversation rather than a formal Q&A.

I'll send some prep notes over before then. Give me a ring afterwards and let me know how you got on.

Speak soon,
Priyanka

{sig}
"""
    b2 = f"""Morning Sophie,

As promised, a few pointers for tomorrow:

- Nick started his career in a bank's credit risk team, so expect him to probe your IFRS 9 and stress-testing experience.
- They're growing their insurance and asset management client base, so your Solvency II exposure is worth mentioning.
- He'll almost certainly ask why consulting rather than staying in-house - have a clear answer ready.
- Dress code is business smart; no tie needed.

Good luck - you'll be great.

Priyanka

{sig}
"""
    items = [
        ("01-kingsway-interview-confirmed.eml",
         mail(frm=priyanka, to=[ME], subject=subj, date=t1, mid=m1, body=alt(b1, "c12a", "outlook", "qp", "b64"))),
        ("02-kingsway-prep-notes.eml",
         mail(frm=priyanka, to=[ME], subject="Prep notes - Cheapside Advisory tomorrow", date=t2, mid=m2, refs=[m1],
              body=P_text(b2, "plain", "qp"))),
    ]
    label = {"interview": True,
             "interviews": [L("Cheapside Advisory", "Risk Consultant", s, e, "scheduled", [], [priyanka[1]],
                              "hiring_manager")],
             "difficulty": "hard", "category": "positive/agency-body-only",
             "notes": "Agency confirms a client interview only in prose: 'this Thursday at half twelve' in a mail dated "
                      "Mon 19 Oct 2026 +0100 -> Thu 22 Oct 12:30 BST, 'allow an hour'. Director named without an "
                      "address, so follow-up goes to the agency consultant. Prep notes mail says 'tomorrow' (Wed), "
                      "consistent with Thursday; same interview."}
    tz = ["12: 'this Thursday at half twelve' resolved against Mon 19 Oct 2026 +0100 -> 2026-10-22T12:30+01:00."]
    return "b321-12-kingsway-agency-half-twelve", items, label, tz


@case
def c13():
    gh = ("Hudson Pell Asset Management", "no-reply@us.greenhouse-mail.io")
    jenna = ("Jenna Marcus", "jenna.marcus@hudsonpell.example")
    michael = ("Michael Brennan", "michael.brennan@hudsonpell.example")
    laura = ("Laura Kim", "laura.kim@hudsonpell.example")
    raj = ("Raj Malhotra", "raj.malhotra@hudsonpell.example")
    t1 = T(NYC, "Fri 2026-10-30 15:22:48", "-04:00")
    a_s, a_e = T(NYC, "Thu 2026-11-05 09:00", "-05:00"), T(NYC, "Thu 2026-11-05 09:45", "-05:00")
    b_s, b_e = T(NYC, "Thu 2026-11-05 09:45", "-05:00"), T(NYC, "Thu 2026-11-05 10:30", "-05:00")
    c_s, c_e = T(NYC, "Thu 2026-11-05 10:45", "-05:00"), T(NYC, "Thu 2026-11-05 11:45", "-05:00")
    assert a_s.astimezone(LON).strftime("%H:%M") == "14:00" and c_e.astimezone(LON).strftime("%H:%M") == "16:45"
    zurl, zid, zcode = zoom_block("c13", "hudsonpell.zoom.us")
    htmlb = f"""<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
<p>Hi Sophie,</p>
<p>Congratulations on moving forward to the final round for <strong>Risk Analyst (Multi-Asset), London</strong>! Your virtual interview itinerary is below. All sessions use the same Zoom link.</p>
<p><strong>Thursday, November 5, 2026</strong><br>All times Eastern Standard Time (EST)</p>
<table cellpadding="6" style="border-collapse:collapse;font-size:14px">
<tr style="background:#f2f2f2"><th align="left">Time (EST)</th><th align="left">Interviewer</th><th align="left">Focus</th></tr>
<tr><td>9:00 AM &ndash; 9:45 AM</td><td>Michael Brennan, Head of Multi-Asset Risk</td><td>Risk framework &amp; team fit</td></tr>
<tr><td>9:45 AM &ndash; 10:30 AM</td><td>Laura Kim, Director, Office of the CIO</td><td>Working with portfolio managers</td></tr>
<tr><td>10:30 AM &ndash; 10:45 AM</td><td colspan="2">Break</td></tr>
<tr><td>10:45 AM &ndash; 11:45 AM</td><td>Raj Malhotra, Chief Risk Officer</td><td>Final conversation</td></tr>
</table>
<p>For you in London this is 2:00 PM &ndash; 4:45 PM GMT. (The US clocks went back on Sunday, November 1, so we are five hours behind again.)</p>
<p><strong>Zoom:</strong> <a href="{zurl}">{zurl}</a><br>Meeting ID: {zid} &middot; Passcode: {zcode}</p>
<p>A calendar file for the whole block is attached. If anything comes up, reply to this email and it will reach Jenna Marcus, your recruiter.</p>
<p>Good luck!<br>The Hudson Pell Recruiting Team</p>
<p style="font-size:11px;color:#999">Sent via Greenhouse</p>
</body></html>
"""
    desc = ("Final round - Risk Analyst (Multi-Asset), London\n"
            "9:00-9:45 Michael Brennan\n9:45-10:30 Laura Kim\n10:30-10:45 Break\n10:45-11:45 Raj Malhotra\n"
            f"Zoom: {zurl}")
    cal = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Greenhouse Software//Interview Scheduling//EN",
           "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:gh-itinerary-{H('gh', 'c13', n=16)}@greenhouse.io",
           f"DTSTAMP:{ical_utc(t1)}", f"DTSTART:{ical_utc(a_s)}", f"DTEND:{ical_utc(c_e)}",
           "SUMMARY:Final Round Interview - Hudson Pell Asset Management",
           f"DESCRIPTION:{esc(desc)}", f"LOCATION:{zurl}", f"ORGANIZER;CN=Jenna Marcus:mailto:{jenna[1]}",
           att(ME), att(michael, "ACCEPTED"), att(laura, "ACCEPTED"), att(raj, "ACCEPTED"),
           "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"]
    body = P_multi("mixed", [P_text(htmlb, "html", "b64"), P_attach(ics_text(cal), "interview.ics", "text/calendar")], "c13")
    items = [("01-greenhouse-final-round-itinerary.eml",
              mail(frm=gh, to=[ME], reply_to=jenna,
                   subject="Your final round interview itinerary - Hudson Pell Asset Management", date=t1,
                   mid=plain_mid("c13", "us.greenhouse-mail.io"), body=body,
                   extra=["X-Mailer: Greenhouse", "Auto-Submitted: auto-generated"]))]
    label = {"interview": True,
             "interviews": [L("Hudson Pell Asset Management", "Risk Analyst (Multi-Asset)", a_s, c_e, "scheduled",
                              [michael[1], laura[1], raj[1]], [michael[1], laura[1], raj[1]], "onsite")],
             "difficulty": "medium", "category": "positive/virtual-onsite-itinerary",
             "notes": "Greenhouse virtual final round, three back-to-back sessions with a break, one .ics (UTC) for "
                      "the block. Sent Fri 30 Oct (-0400) for Thu 5 Nov after US DST ended: 09:00 EST (-05:00) = "
                      "14:00 GMT; one onsite entry 09:00-11:45 EST."}
    tz = ["13: New York Thu 5 Nov 09:00-11:45 EST (-05:00) = 14:00-16:45 GMT; mail sent Fri 30 Oct at -0400 (before US change)."]
    return "b321-13-hudson-pell-virtual-final-round", items, label, tz


# ==============================================================================================
# NEGATIVE CASES
# ==============================================================================================

def NEG(category, difficulty, notes):
    return {"interview": False, "interviews": [], "difficulty": difficulty, "category": category, "notes": notes}


@case
def c14():
    pro = ("Prometric", "noreply@prometric.com")
    t1 = T(NYC, "Mon 2026-10-12 08:03:17", "-04:00")
    body = """Dear SOPHIE CLARKE,

Thank you for scheduling your appointment with Prometric. Please retain this email for your records.

Confirmation Number: 7716 2048 3391 0052
Candidate ID: CFA-0004417823
Exam: CFA Program Level II
Sponsor: CFA Institute

Appointment Date: Saturday, 21 November 2026
Appointment Time: 08:30 AM (local test centre time)
Test Centre: London - Holborn (Site 4417), 3rd Floor, 99 High Holborn, London WC1V 6LF

IMPORTANT - PLEASE READ
- Arrive at least 30 minutes before your scheduled appointment time for check-in.
- You must present a valid, unexpired passport. The name on your passport must exactly match the name on your appointment.
- Personal items, including mobile phones, watches and calculators other than the approved models (Texas Instruments BA II Plus or HP 12C), must be stored in a locker.
- If you arrive more than 15 minutes late you may be refused admission and your exam fee will be forfeited.

To reschedule or cancel, visit https://www.prometric.com/cfa at least 30 days before your appointment. Fees may apply.

Good luck with your exam.

Prometric Candidate Services
This is an automated message. Please do not reply.
"""
    items = [("01-prometric-cfa-appointment-confirmation.eml",
              mail(frm=pro, to=[(OWNER_NAME, OWNER)], subject="Prometric Appointment Confirmation - CFA Program Level II",
                   date=t1, mid=plain_mid("c14", "prometric.com"), body=P_text(body, "plain", "7bit"),
                   extra=["Auto-Submitted: auto-generated"]))]
    return ("b321-14-cfa-exam-booking-prometric", items,
            NEG("negative/exam-booking", "easy",
                "CFA Level II test-centre appointment (confirmation number, arrive early, ID). A booked slot, but an "
                "exam, not a job interview."), [])


@case
def c15():
    zoom = ("Kingsway Talent Partners", "no-reply@zoom.us")
    ev = ("Kingsway Talent Events", "events@kingswaytalent.example")
    t1 = T(LON, "Tue 2026-10-20 12:40:02", "+01:00")
    s, e = T(LON, "Thu 2026-10-29 12:30", "+00:00"), T(LON, "Thu 2026-10-29 13:30", "+00:00")
    zurl, zid, zcode = zoom_block("c15", "us06web.zoom.us")
    plain = f"""Hi Sophie,

Thank you for registering for "Cracking the Big Four Risk Advisory Assessment Centre - live masterclass".

Please submit any questions to: {ev[1]}

Date Time: Oct 29, 2026 12:30 PM London

Join from PC, Mac, iPad, or Android:
{zurl.replace('/j/', '/w/')}&uuid=WN_{H('wn', 'c15', n=22)}

Webinar ID: {zid}
Passcode: {zcode}

Agenda
- How Big Four firms score written exercises and competency interviews
- What partners look for in a final interview
- Live Q&A with two former assessment-centre assessors

Add to Calendar(.ics) | Add to Google Calendar | Add to Yahoo Calendar

You can cancel your registration at any time.
"""
    cal = ["BEGIN:VCALENDAR", "PRODID:-//zoom.us//iCalendar Event//EN", "VERSION:2.0", "METHOD:PUBLISH",
           "BEGIN:VEVENT", f"DTSTAMP:{ical_utc(t1)}", f"DTSTART:{ical_utc(s)}", f"DTEND:{ical_utc(e)}",
           "SUMMARY:Cracking the Big Four Risk Advisory Assessment Centre - live masterclass",
           f"UID:ZOOM{zid.replace(' ', '')}", f"ORGANIZER;CN=Kingsway Talent Partners:mailto:{ev[1]}",
           f"ATTENDEE;CN=Sophie Clarke;ROLE=OPT-PARTICIPANT:mailto:{OWNER}",
           f"DESCRIPTION:{esc('Webinar ID: ' + zid + chr(10) + 'Passcode: ' + zcode)}", f"LOCATION:{zurl}",
           "BEGIN:VALARM", "TRIGGER:-PT10M", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM",
           "END:VEVENT", "END:VCALENDAR"]
    body = P_multi("mixed", [alt(plain, "c15alt", "generic"), P_attach(ics_text(cal), "iCal-20261029-123000.ics", "text/calendar")], "c15")
    items = [("01-zoom-webinar-registration.eml",
              mail(frm=zoom, to=[ME], reply_to=ev, date=t1, mid=plain_mid("c15", "zoom.us"), body=body,
                   subject="Kingsway Talent Partners Webinar Registration Approved - Cracking the Big Four Risk Advisory Assessment Centre"))]
    return ("b321-15-webinar-big-four-assessment-centre", items,
            NEG("negative/webinar", "medium",
                "Zoom webinar registration with .ics, about assessment centres, competency interviews and partner "
                "finals (same vocabulary as cases 06/07). A webinar, not an interview. 29 Oct is GMT."), [])


@case
def c16():
    char = ("Charlotte Ames", "charlotte.ames@womeninrisk.example")
    t1 = T(LON, "Wed 2026-11-04 19:22:40", "+00:00")
    s, e = T(LON, "Thu 2026-11-19 18:30", "+00:00"), T(LON, "Thu 2026-11-19 21:00", "+00:00")
    desc = ("Our autumn drinks are back! Join risk professionals from across banking, insurance and consulting for an "
            "evening of networking at The Gresham Vaults.\n\nFirst drink on us, canapés from 7pm. A few hiring managers "
            "and recruiters will be there, so bring business cards (but please, no CVs!).\n\n"
            "Please RSVP Yes/No on this invite so we can give the venue numbers.\nCharlotte\nWomen in Risk London committee")
    eml, _ = google_invite(key="c16", org=char, guests=[char, ("", OWNER)],
                           summary="Women in Risk London - Autumn Networking Drinks", date=t1, start=s, end=e,
                           when_line="Thursday 19 Nov 2026 ⋅ 18:30 – 21:00", tz_line="United Kingdom Time",
                           subject_when="Thu 19 Nov 2026 18:30 - 21:00 (GMT)",
                           location="The Gresham Vaults, 2 Gresham Street, London EC2V 7AD", description=desc,
                           uid=f"{H('gu', 'c16', n=26)}@google.com")
    return ("b321-16-networking-drinks-invite", [("01-invitation-autumn-networking-drinks.eml", eml)],
            NEG("negative/networking-event", "easy",
                "Google Calendar invitation to an industry networking evening where recruiters attend; not a "
                "hiring-process step."), [])


@case
def c17():
    dent = ("Marylebone Dental Care", "appointments@marylebonedental.example")
    t1 = T(LON, "Mon 2026-10-19 07:30:00", "+01:00")
    s, e = T(LON, "Tue 2026-10-27 08:15", "+00:00"), T(LON, "Tue 2026-10-27 08:45", "+00:00")
    txt = """Dear Sophie,

This is a reminder of your upcoming appointment at Marylebone Dental Care.

Appointment: Check-up and hygienist clean
With: Dr Anika Shah
Date: Tuesday 27 October 2026
Time: 8:15am (30 minutes)
Where: 41 Wimpole Street, London W1G 8AH

Please note the clocks go back on Sunday 25 October - your appointment time is in UK time as usual.

If you need to cancel or change your appointment, please give us at least 24 hours' notice by calling 020 7946 0205; missed appointments may incur a charge of £40.

We look forward to seeing you.

Marylebone Dental Care
"""
    cal = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Dentally//Appointments//EN", "METHOD:REQUEST"]
    cal += VTZ["Europe/London"]
    cal += ["BEGIN:VEVENT", f"UID:appt-{H('dent', 'c17', n=18)}@marylebonedental.example", f"DTSTAMP:{ical_utc(t1)}",
            dtline("DTSTART", s, "Europe/London"), dtline("DTEND", e, "Europe/London"),
            "SUMMARY:Dental appointment - Dr Anika Shah (check-up & hygienist)",
            "LOCATION:Marylebone Dental Care\\, 41 Wimpole Street\\, London W1G 8AH",
            f"ORGANIZER;CN=Marylebone Dental Care:mailto:{dent[1]}", att(ME), "STATUS:CONFIRMED", "SEQUENCE:0",
            "END:VEVENT", "END:VCALENDAR"]
    body = P_multi("mixed", [alt(txt, "c17alt", "generic"), P_attach(ics_text(cal), "appointment.ics", "text/calendar")], "c17")
    items = [("01-dentist-appointment-reminder.eml",
              mail(frm=dent, to=[ME], subject="Your appointment on Tuesday 27 October at 8:15am", date=t1,
                   mid=plain_mid("c17", "marylebonedental.example"), body=body))]
    return ("b321-17-dentist-appointment-ics", items,
            NEG("negative/medical", "easy", "Dentist reminder with .ics (ATTENDEE = owner)."), [])


@case
def c18():
    wd = ("Cornhill Specialty Insurance", "cornhillspecialty@myworkday.com")
    t1 = T(LON, "Wed 2026-10-28 16:47:09", "+00:00")
    htmlb = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Sophie,</p>
<p>Thank you for taking the time to interview with us for the <b>Operational Risk Analyst</b> role (R-3318) last week. We appreciated the opportunity to learn more about your experience.</p>
<p>After careful consideration, we regret to inform you that we will not be progressing your application to the next stage on this occasion. The standard of candidates was very high and the decision was a difficult one.</p>
<p>We will keep your details on file and may contact you about future opportunities. You are also welcome to apply for other roles on our careers site.</p>
<p>We wish you every success in your search.</p>
<p>Kind regards,<br>Talent Acquisition Team<br>Cornhill Specialty Insurance Ltd</p>
<p style="font-size:11px;color:#888">Please do not reply to this email.</p>
</body></html>
"""
    items = [("01-workday-application-update.eml",
              mail(frm=wd, to=[ME], subject="Update on your application - Operational Risk Analyst (R-3318)", date=t1,
                   mid=plain_mid("c18", "myworkday.com"), body=P_text(htmlb, "html", "qp"),
                   extra=["X-Workday-Tenant: cornhillspecialty", "Auto-Submitted: auto-generated"]))]
    return ("b321-18-rejection-after-interview", items,
            NEG("negative/rejection", "easy", "Workday rejection that mentions a past interview 'last week'."), [])


@case
def c19():
    jas = ("Jas Sandhu", "jas.sandhu@carrowwhitfield.example")
    t1 = T(LON, "Tue 2026-11-17 11:30:18", "+00:00")
    t2 = T(LON, "Tue 2026-11-17 11:36:02", "+00:00")
    s, e = T(LON, "Wed 2026-11-18 17:30", "+00:00"), T(LON, "Wed 2026-11-18 17:50", "+00:00")
    b1 = """Hi Sophie,

I hope you're well. I've got some very good news: Helen and the team were really impressed on Friday, and we'd like to offer you the role of Assistant Manager, Financial Risk Management!

Before the formal offer letter and contract go out through the portal, I'd love to talk you through the package - salary, bonus, benefits and a proposed start date - and answer any questions. Could we grab 20 minutes tomorrow at 5.30pm? I'll send a Teams invite; if that doesn't work, just suggest another time.

Congratulations - really well deserved.

Jas

Jas Sandhu
Experienced Hire Recruitment | Carrow Whitfield LLP
"""
    body2 = "Hi Sophie,\n\nTeams link for our call tomorrow to go through the offer. Speak then!\n\nJas\n"
    eml2, _ = exchange_invite(key="c19inv", org=jas, to=[ME], attendees=[ME], subject="Offer discussion - Sophie Clarke",
                              date=t2, tzid="GMT Standard Time", start=s, end=e, location="Microsoft Teams Meeting",
                              body=body2, uid=exchange_uid("c19"))
    items = [
        ("01-carrow-good-news.eml",
         mail(frm=jas, to=[ME], subject="Good news - Carrow Whitfield", date=t1, mid=outlook_mid("c19a"),
              body=alt(b1, "c19a", "outlook"), extra=["Content-Language: en-GB"])),
        ("02-teams-invite-offer-discussion.eml", eml2),
    ]
    return ("b321-19-offer-call-teams-invite", items,
            NEG("negative/offer", "hard",
                "Offer call booked via a Teams invite by the same recruiter as cases 06/07 ('tomorrow at 5.30pm'). "
                "Talking through an offer is not an interview."), [])


@case
def c20():
    tob = ("Tobias Wynne", "tobias.wynne@thornburysearch.example")
    t1 = T(LON, "Mon 2026-11-02 08:51:36", "+00:00")
    t2 = T(LON, "Mon 2026-11-02 13:14:05", "+00:00")
    t3 = T(LON, "Mon 2026-11-02 13:40:58", "+00:00")
    subj = "Coffee?"
    m1, m2, m3 = plain_mid("c20a", "thornburysearch.example"), gmail_mid("c20b"), plain_mid("c20c", "thornburysearch.example")
    sig = "Tobias Wynne\nPartner, Risk & Finance\nThornbury Executive Search\nM: 07700 900847"
    b1 = f"""Hi Sophie,

We've not met, but a couple of people whose judgement I trust have mentioned your name.

I should say up front that I'm not pitching a specific role - there's nothing on the table at the moment. I just like to get to know good people in the market before I need them, and I'm happy to share what I'm seeing on risk hiring across the banks and insurers (it's been an odd year). Purely informal, and entirely off the record.

Could I buy you a coffee one morning next week? Thursday 12th at 8.15 would suit me if it works for you - somewhere near Fenchurch Street?

Best,
Tobias

{sig}
"""
    b2 = """Hi Tobias,

Thanks for reaching out - always happy to compare notes. Thursday 12th at 8.15 works for me.

Best,
Sophie

""" + gq(b1, t1, tob)
    b3 = f"""Perfect. Let's say Fenchurch Coffee on the ground floor of 20 Fenchurch Street - I'll grab a table by the window. No need to bring anything.

See you then,
Tobias

{sig}

""" + gq(b2, t2, ME)
    items = [
        ("01-thornbury-coffee.eml", mail(frm=tob, to=[ME], subject=subj, date=t1, mid=m1, body=P_text(b1, "plain", "qp"))),
        ("02-re-coffee.eml", mail(frm=ME, to=[tob], subject="Re: " + subj, date=t2, mid=m2, refs=[m1], body=alt(b2, "c20b"))),
        ("03-re-coffee-confirmed.eml",
         mail(frm=tob, to=[ME], subject="Re: " + subj, date=t3, mid=m3, refs=[m1, m2], body=P_text(b3, "plain", "qp"))),
    ]
    return ("b321-20-headhunter-coffee-market-chat", items,
            NEG("negative/recruiter-networking", "hard",
                "Headhunter books a coffee (Thu 12 Nov 08:15) and says explicitly there is no role; a market chat, "
                "not a hiring-process step. Contrast with case 01 (screening for a specific brief)."), [])


@case
def c21():
    work = ("Sophie Clarke", "sophie.clarke@fairholme.example")
    mark = ("Mark Dunmore", "mark.dunmore@fairholme.example")
    t0 = T(LON, "Fri 2026-10-23 17:06:00", "+01:00")
    t1 = T(LON, "Mon 2026-10-26 07:58:44", "+00:00")
    orig = """Hi Sophie,

Thanks so much for agreeing to sit on the panel with me for the graduate risk analyst interviews on Thursday 29th. HR have confirmed two candidates:

2pm - Aisha Rahman (LSE, MSc Risk & Finance)
3pm - Tom Ellery (Warwick, MORSE)

We're in room 6.03. Each interview is 45 minutes, then 15 minutes for us to score before the next one. I'll lead on the competency questions; could you take the technical section (the VaR and correlation questions on page 2 of the guide)? CVs and scoring sheets are on the shared drive under Early Careers > 2027 intake.

Cheers,
Mark

Mark Dunmore
Associate Director, Market Risk | Fairholme Bank plc
"""
    body = ("Forwarding to my personal account so I have it on my phone.\n\n"
            "---------- Forwarded message ---------\n"
            f"From: {mark[0]} <{mark[1]}>\nDate: Fri, 23 Oct 2026 at 17:06\n"
            "Subject: Graduate risk analyst interviews - Thursday 29th\n"
            f"To: {work[0]} <{work[1]}>\n\n" + orig)
    items = [("01-fwd-graduate-interview-panel.eml",
              mail(frm=work, to=[ME], subject="Fwd: Graduate risk analyst interviews - Thursday 29th", date=t1,
                   mid=outlook_mid("c21"), body=alt(body, "c21", "outlook")))]
    return ("b321-21-owner-on-graduate-interview-panel", items,
            NEG("negative/user-is-interviewer", "hard",
                "Owner forwards from her work address a panel briefing where SHE interviews graduate candidates "
                "(Thu 29 Oct 14:00/15:00). Not her own job interview."), [])


@case
def c22():
    hv = ("Carrow Whitfield", "noreply@hirevue.com")
    t1 = T(LON, "Fri 2026-10-16 14:03:27", "+01:00")
    htmlb = f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p>Hi Sophie,</p>
<p>Thank you for your application for <b>Assistant Manager, Financial Risk Management</b> at Carrow Whitfield.</p>
<p>The next step is an <b>on-demand video interview</b>. You will be shown five questions on screen and will record your answers at a time that suits you. For each question you will have 30 seconds to prepare and up to 2 minutes to respond. There is no live interviewer &ndash; your responses will be reviewed by our recruitment team afterwards.</p>
<p>Please complete your interview by <b>23:59 (UK time) on Sunday 25 October 2026</b>. It takes around 20 minutes; we recommend a quiet room and a stable internet connection. You can take a practice question first.</p>
<p style="text-align:center"><a href="https://app.hirevue.com/interviews/{H('hv', 'c22', n=20)}" style="background:#0a66c2;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Start Interview</a></p>
<p>If you have any technical problems, visit <a href="https://support.hirevue.com">HireVue support</a>.</p>
<p>Best of luck,<br>Experienced Hire Recruitment, Carrow Whitfield LLP</p>
</body></html>
"""
    items = [("01-hirevue-on-demand-video-interview.eml",
              mail(frm=hv, to=[ME], subject="Carrow Whitfield: please complete your video interview", date=t1,
                   mid=plain_mid("c22", "hirevue.com"), body=P_text(htmlb, "html", "b64"),
                   extra=["Auto-Submitted: auto-generated"]))]
    return ("b321-22-one-way-video-interview", items,
            NEG("negative/one-way-video", "medium",
                "HireVue on-demand (one-way) video interview with a deadline; no live interviewer, so not an interview."), [])


@case
def c23():
    scam = ("Victoria Peak Capital HR Department", "hr.vpcapital.recruit@mailbox-hk.example")
    t1 = T(HKG, "Mon 2026-11-09 21:14:52", "+08:00")
    body = """Dear Sophie Clarke,

Good day! We are Victoria Peak Capital Group Ltd, a leading investment company in Hong Kong. Our HR team have reviewed your CV on Indeed and you are shortlisted for the position of Remote Risk Analyst (Part-Time/Full-Time).

Salary: GBP 850 - 1,200 per week
Location: 100% remote / work from home
No experience needed, training provided

Your online interview has been scheduled with our Hiring Manager, Mr. Kelvin Leung, tomorrow at 10:00AM (HKT). The interview will be conducted by text chat on Telegram. Please download Telegram and add our Hiring Manager: @VPCapital_HR_Leung

Please have ready:
1) A copy of your passport or driving licence
2) Your bank account details for salary payment

After successful interview you will receive a cheque to purchase your work laptop and software from our approved vendor.

We look forward to welcome you in our team!

Regards,
Miss Angela Ho
HR Department
Victoria Peak Capital Group Ltd
"""
    items = [("01-remote-risk-analyst-telegram-interview.eml",
              mail(frm=scam, to=[ME], subject="Interview Invitation - Remote Risk Analyst (Shortlisted)", date=t1,
                   mid=plain_mid("c23", "mailbox-hk.example"), body=P_text(body, "plain", "qp")))]
    return ("b321-23-scam-telegram-recruiter", items,
            NEG("negative/scam", "medium",
                "Scam posing as a Hong Kong recruiter: Telegram text-chat 'interview' tomorrow 10:00 HKT, asks for "
                "passport and bank details, cheque for equipment."), [])


# ==============================================================================================
# writer
# ==============================================================================================

def readme(results):
    pos = [r for r in results if r[2]["interview"]]
    ints = [i for r in results for i in r[2]["interviews"]]
    st = {}
    kd = {}
    for i in ints:
        st[i["status"]] = st.get(i["status"], 0) + 1
        kd[i["kind"]] = kd.get(i["kind"], 0) + 1
    lines = [
        "# blind321: London risk analyst in finance, law and consulting (written blind)",
        "",
        f"Mailbox owner: {OWNER_NAME} <{OWNER}>, a risk analyst living in London (Europe/London: BST until "
        "25 Oct 2026, then GMT), interviewing with a City bank, an insurer, a Big Four-style firm, a Frankfurt bank, "
        "a New York asset manager, a Hong Kong office, a law firm and an agency client in October-November 2026.",
        "",
        "This set was written blind: only the eval README and two dev files were read for the format; no tool code, "
        "tests or other sets were consulted.",
        "",
        "## What it stresses",
        "- British phrasing of times: 'half two', 'half twelve', 'Would Tuesday 20th at 2pm suit?', '4.30pm', relative "
        "days ('tomorrow', 'this Thursday') resolved against the Date header.",
        "- The UK clock change on 25 Oct 2026 (BST -> GMT) and the 4-hour London-New York week (Oct 26-31) before the "
        "US change on 1 Nov; Exchange '(UTC+00:00)'/'(UTC+01:00)' labels that ignore summer time.",
        "- Coordinators, PAs, group scheduling mailboxes and ATS no-reply senders who are not interviewers.",
        "- Assessment-centre day sent as a timetable plus three invites (one onsite), a virtual final-round itinerary, "
        "a reschedule across the clock change, a cancellation, and two rounds in one case.",
        "- Hard negatives with times and invites: offer call via Teams, headhunter coffee, the owner on an interview "
        "panel, one-way HireVue, a CFA exam booking, webinar, networking drinks, dentist, rejection, Telegram scam.",
        "",
        "## Counts",
        f"- Cases: {len(results)} ({len(pos)} positive, {len(results) - len(pos)} negative)",
        f"- Labelled interviews: {len(ints)} (" + ", ".join(f"{k}: {v}" for k, v in sorted(st.items())) + ")",
        "- By kind: " + ", ".join(f"{k}: {v}" for k, v in sorted(kd.items())),
        "",
        "## Formats used",
        "- Plain human threads (Gmail/Outlook style) with In-Reply-To/References, text/plain and HTML, "
        "quoted-printable and base64.",
        "- Exchange/Teams invites (multipart/alternative, text/calendar;method=REQUEST base64, Windows TZIDs "
        "'GMT Standard Time', 'W. Europe Standard Time', X-MICROSOFT-CDO-* properties), including a German-language one.",
        "- Google Calendar invitations and cancellations (multipart/mixed: text/plain, text/html, text/calendar, "
        "invite.ics; METHOD:CANCEL).",
        "- ATS/vendor mails: Workday (myworkday.com, .ics attachment), Oleeo (tal.net), Eploy, Greenhouse "
        "(greenhouse-mail.io, .ics), HireVue, Zoom webinar (.ics), Prometric.",
        "- A standalone Outlook .ics (case 07) and a Calendar API .gcal.json event with \"self\": true (case 10).",
        "",
        "## Time-zone and DST points",
    ]
    for r in results:
        for t in r[3]:
            lines.append(f"- {t}")
    lines += ["- 05, 06, 07, 11: Nov dates in London are GMT (+00:00); 04 (21 Oct) is BST (+01:00).",
              "- 14-23 (negatives) use correct offsets in Date headers (+0100 before 25 Oct, +0000 after; -0400 for the "
              "US sender on 12 Oct; +0800 for Hong Kong). 17: dentist on 27 Oct is GMT (the reminder mentions the "
              "clock change).", ""]
    return "\n".join(lines)


def main():
    check_dst_2026()
    results = []
    for fn in CASES:
        slug, items, label, tz = fn()
        results.append((slug, items, label, tz))
    nums = [r[0].split("-")[1] for r in results]
    assert nums == [f"{i:02d}" for i in range(1, len(results) + 1)], nums
    for old in sorted(OUT.glob("b321-*")):
        shutil.rmtree(old)
    labels = {}
    for slug, items, label, tz in results:
        d = OUT / slug
        d.mkdir()
        names = [n for n, _ in items]
        assert names == sorted(names) and len(set(names)) == len(names), slug
        for name, data in items:
            assert name.split("-")[0].isdigit() and name.endswith((".eml", ".ics", ".gcal.json")), name
            (d / name).write_bytes(data)
        assert label["interview"] == bool(label["interviews"])
        labels[slug] = {"user": OWNER, "interview": label["interview"], "interviews": label["interviews"],
                        "difficulty": label["difficulty"], "category": label["category"], "notes": label["notes"],
                        "source": "synthetic"}
    text = ("# Labels for blind321 (written blind). Schema: /work/shared/eval/README.md\n"
            + yaml.safe_dump(labels, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False))
    (OUT / "labels.yaml").write_text(text, encoding="utf-8")
    (OUT / "README.md").write_text(readme(results), encoding="utf-8")
    npos = sum(1 for r in results if r[2]["interview"])
    print(f"wrote {len(results)} cases ({npos} positive), {sum(len(r[2]['interviews']) for r in results)} interviews")


if __name__ == "__main__":
    main()
