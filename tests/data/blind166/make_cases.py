#!/usr/bin/env python3
"""Regenerate the blind166 evaluation set (case folders + labels.yaml) next to this file.

Standard library + PyYAML + zoneinfo only. Output is byte-identical on every run: all dates,
Message-IDs, UIDs, MIME boundaries and meeting ids are fixed or derived from fixed seeds.

Owner: Nadia Kowalchuk <nadia.kowalchuk@example.com>, P.Geo., geologist / environmental analyst
living in Calgary (America/Edmonton) and interviewing with employers in Vancouver, Toronto,
Montreal, Regina/Saskatoon and Ottawa.
"""
import base64
import datetime as _dt
import email.header
import email.utils
import hashlib
import html
import json
import os
import quopri
import shutil
from zoneinfo import ZoneInfo

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))

OWNER = "nadia.kowalchuk@example.com"
OWNER_NAME = "Nadia Kowalchuk"

CAL = ZoneInfo("America/Edmonton")     # Calgary
VAN = ZoneInfo("America/Vancouver")
TOR = ZoneInfo("America/Toronto")      # Toronto / Ottawa / Montreal
REG = ZoneInfo("America/Regina")       # Saskatchewan, no DST
UTC = _dt.timezone.utc

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
JOURS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


# ---------------------------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------------------------
def T(y, mo, d, h=0, mi=0, s=0, tz=CAL):
    return _dt.datetime(y, mo, d, h, mi, s, tzinfo=tz)


def wd(x, name):
    """Assert that date/datetime x falls on the weekday `name` (English or French)."""
    i = x.weekday()
    assert name in (WEEKDAYS[i], JOURS[i]), (x, name, WEEKDAYS[i])
    return name


def iso(x):
    return x.isoformat()


def seedhex(seed, n=32):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


def seedint(seed, digits):
    v = int(hashlib.sha256(seed.encode()).hexdigest(), 16)
    return str(v)[:digits]


def rfcdate(x):
    return email.utils.format_datetime(x)


def hdr(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return email.header.Header(s, "utf-8").encode()


def addr(name, a):
    if not name:
        return a
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, a))
    except UnicodeEncodeError:
        return "%s <%s>" % (email.header.Header(name, "utf-8").encode(), a)


def qp(s):
    return quopri.encodestring(s.encode("utf-8")).decode("ascii")


def b64(b):
    if isinstance(b, str):
        b = b.encode("utf-8")
    return base64.encodebytes(b).decode("ascii")


def text_part(body, subtype="plain", cte="quoted-printable", extra=""):
    h = 'Content-Type: text/%s; charset="UTF-8"%s\nContent-Transfer-Encoding: %s\n' % (subtype, extra, cte)
    if cte == "quoted-printable":
        payload = qp(body)
    elif cte == "base64":
        payload = b64(body)
    else:
        payload = body
    if not payload.endswith("\n"):
        payload += "\n"
    return (h, payload)


def cal_part(ics, method, cte="base64", name=None):
    nm = '; name="%s"' % name if name else ""
    h = 'Content-Type: text/calendar; charset="UTF-8"; method=%s%s\nContent-Transfer-Encoding: %s\n' % (method, nm, cte)
    payload = b64(ics) if cte == "base64" else ics.replace("\r\n", "\n")
    return (h, payload)


def attach_part(data, ctype, filename, cte="base64"):
    h = ('Content-Type: %s; name="%s"\nContent-Disposition: attachment; filename="%s"\n'
         'Content-Transfer-Encoding: %s\n' % (ctype, filename, filename, cte))
    return (h, b64(data))


def multipart(subtype, boundary, parts):
    h = 'Content-Type: multipart/%s;\n boundary="%s"\n' % (subtype, boundary)
    body = ""
    for ph, pb in parts:
        body += "--%s\n%s\n%s" % (boundary, ph, pb)
        if not pb.endswith("\n"):
            body += "\n"
        body += "\n"
    body += "--%s--\n" % boundary
    return (h, body)


def message(headers, part):
    """headers: list of (name, value). part: (content headers, body)."""
    out = ""
    for k, v in headers:
        if v is None:
            continue
        out += "%s: %s\n" % (k, v)
    out += "MIME-Version: 1.0\n"
    out += part[0] + "\n" + part[1]
    return out.encode("utf-8")


def received(host, ip, when, rid):
    return ("from %s (%s [%s])\n        by mx.example.com (Postfix) with ESMTPS id %s\n"
            "        for <%s>; %s" % (host, host, ip, rid, OWNER, rfcdate(when)))


def html_from_text(text, font="Calibri,Arial,sans-serif"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = [html.escape(l, quote=True) for l in p.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body><div style="font-family:%s;font-size:11pt">\n%s\n</div></body></html>\n'
            % (font, "\n".join(out)))


def quote_lines(text):
    return "\n".join((">" + (" " + l if l else "")) for l in text.strip("\n").split("\n"))


# ---------------------------------------------------------------------------------------------
# iCalendar
# ---------------------------------------------------------------------------------------------
def ics_escape(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    b = line.encode("utf-8")
    if len(b) <= 75:
        return [line]
    out, cur, limit = [], b"", 75
    for ch in line:
        cb = ch.encode("utf-8")
        if len(cur) + len(cb) > limit:
            out.append(cur.decode("utf-8"))
            cur, limit = b"", 74
        cur += cb
    out.append(cur.decode("utf-8"))
    return [out[0]] + [" " + x for x in out[1:]]


def ics(lines):
    out = []
    for l in lines:
        out.extend(fold(l))
    return "\r\n".join(out) + "\r\n"


def utcstamp(x):
    return x.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def localstamp(x):
    return x.strftime("%Y%m%dT%H%M%S")


WIN_TZ = {
    "Mountain Standard Time": ("-0700", "-0600", "(UTC-07:00) Mountain Time (US & Canada)"),
    "Pacific Standard Time": ("-0800", "-0700", "(UTC-08:00) Pacific Time (US & Canada)"),
    "Eastern Standard Time": ("-0500", "-0400", "(UTC-05:00) Eastern Time (US & Canada)"),
    "Canada Central Standard Time": ("-0600", "-0600", "(UTC-06:00) Saskatchewan"),
}


def win_vtimezone(tzid):
    std, dst, _ = WIN_TZ[tzid]
    if std == dst:
        return ["BEGIN:VTIMEZONE", "TZID:" + tzid,
                "BEGIN:STANDARD", "DTSTART:16010101T000000", "TZOFFSETFROM:" + std, "TZOFFSETTO:" + std,
                "END:STANDARD",
                "BEGIN:DAYLIGHT", "DTSTART:16010101T000000", "TZOFFSETFROM:" + std, "TZOFFSETTO:" + std,
                "END:DAYLIGHT", "END:VTIMEZONE"]
    return ["BEGIN:VTIMEZONE", "TZID:" + tzid,
            "BEGIN:STANDARD", "DTSTART:16010101T020000", "TZOFFSETFROM:" + dst, "TZOFFSETTO:" + std,
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11", "END:STANDARD",
            "BEGIN:DAYLIGHT", "DTSTART:16010101T020000", "TZOFFSETFROM:" + std, "TZOFFSETTO:" + dst,
            "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3", "END:DAYLIGHT", "END:VTIMEZONE"]


def iana_vtimezone(tzid):
    data = {
        "America/Edmonton": ("MST", "MDT", "-0700", "-0600"),
        "America/Toronto": ("EST", "EDT", "-0500", "-0400"),
    }
    sn, dn, std, dst = data[tzid]
    return ["BEGIN:VTIMEZONE", "TZID:" + tzid, "X-LIC-LOCATION:" + tzid,
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:" + std, "TZOFFSETTO:" + dst, "TZNAME:" + dn,
            "DTSTART:19700308T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU", "END:DAYLIGHT",
            "BEGIN:STANDARD", "TZOFFSETFROM:" + dst, "TZOFFSETTO:" + std, "TZNAME:" + sn,
            "DTSTART:19701101T020000", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU", "END:STANDARD",
            "END:VTIMEZONE"]


def att(name, a, role="REQ-PARTICIPANT", partstat="NEEDS-ACTION", rsvp="TRUE"):
    return "ATTENDEE;ROLE=%s;PARTSTAT=%s;RSVP=%s;CN=%s:mailto:%s" % (role, partstat, rsvp, name, a)


def exchange_uid(seed):
    return ("040000008200E00074C5B7101A82E00800000000" + seedhex(seed + "u1", 16).upper()
            + "000000000000000010000000" + seedhex(seed + "u2", 32).upper())


def fmt_time12(x):
    return x.strftime("%I:%M %p").lstrip("0")


def when_line(tzid, start, end, allday=False):
    label = WIN_TZ[tzid][2]
    if allday:
        return "%s, %s %d, %d 12:00 AM-%s, %s %d, %d 12:00 AM %s." % (
            WEEKDAYS[start.weekday()], start.strftime("%B"), start.day, start.year,
            WEEKDAYS[end.weekday()], end.strftime("%B"), end.day, end.year, label)
    return "%s, %s %d, %d %s-%s %s." % (WEEKDAYS[start.weekday()], start.strftime("%B"), start.day,
                                        start.year, fmt_time12(start), fmt_time12(end), label)


def teams_block(seed, dial_city="Calgary", dial="+1 587-555-0192"):
    mid = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode()[:40].replace("+", "x").replace("/", "Q")
    tid = "3c9e1f47-8a0d-4b52-9e61-2f7d04b8c5a1"
    oid = "%s-%s-%s-%s-%s" % (seedhex(seed + "o", 8), seedhex(seed + "o1", 4), seedhex(seed + "o2", 4),
                              seedhex(seed + "o3", 4), seedhex(seed + "o4", 12))
    mtg = seedint(seed + "m", 12)
    mtg = "%s %s %s %s" % (mtg[0:3], mtg[3:6], mtg[6:9], mtg[9:12])
    pc = base64.b64encode(hashlib.sha1(seed.encode()).digest()).decode()[:6].replace("+", "k").replace("/", "T")
    conf = seedint(seed + "c", 9)
    url = ("https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a"
           "%%22%s%%22%%2c%%22Oid%%22%%3a%%22%s%%22%%7d" % (mid, tid, oid))
    line = "_" * 80
    text = (
        "%s\n"
        "Microsoft Teams Need help?<https://aka.ms/JoinTeamsMeeting?omkt=en-US>\n"
        "Join the meeting now<%s>\n"
        "Meeting ID: %s\n"
        "Passcode: %s\n"
        "________________________________\n"
        "Dial in by phone\n"
        "%s,,%s# Canada, %s\n"
        "Find a local number<https://dialin.teams.microsoft.com/%s?id=%s>\n"
        "Phone conference ID: %s %s %s#\n"
        "For organizers: Meeting options<https://teams.microsoft.com/meetingOptions/?organizerId=%s&tenantId=%s"
        "&threadId=19_meeting_%s@thread.v2&messageId=0&language=en-US> | Reset dial-in PIN"
        "<https://dialin.teams.microsoft.com/usp/pstnconferencing>\n"
        "%s\n" % (line, url, mtg, pc, dial, conf, dial_city, seedhex(seed + "d", 32), conf, conf[0:3],
                  conf[3:6], conf[6:9], oid, tid, mid, line))
    return text, url


def exchange_invite(*, seed, frm, to, cc=(), subject, date, tzid, start, end, body, attendees,
                    seq=0, location="Microsoft Teams Meeting", teams=True, allday=False,
                    method="REQUEST", lang="en-CA", importance=None, dial_city="Calgary",
                    dial="+1 587-555-0192", server="YT3PR01MB", received_ip="40.107.116.93"):
    """Exchange Online / Teams meeting request: multipart/alternative text/plain (QP),
    text/html (QP), text/calendar method=REQUEST (base64), Windows TZID."""
    teams_txt, teams_url = teams_block(seed, dial_city, dial) if teams else ("", "")
    if allday:
        when = when_line(tzid, start, end, allday=True)
    else:
        when = when_line(tzid, start, end)
    plain = "When: %s\nWhere: %s\n\n*~*~*~*~*~*~*~*~*~*\n\n%s\n" % (when, location, body.strip("\n"))
    if teams:
        plain += "\n" + teams_txt
    msgnum = seedhex(seed + "mid", 28).upper()
    msgid = "<%s%s@%s%s.CANPRD01.PROD.OUTLOOK.COM>" % (server, msgnum, server, seedint(seed + "srv", 4))
    uid = exchange_uid(seed)
    stamp = utcstamp(date)
    lines = ["BEGIN:VCALENDAR", "METHOD:" + method, "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0"]
    lines += win_vtimezone(tzid)
    lines += ["BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % frm]
    for a in attendees:
        lines.append(att(*a))
    lines += ["DESCRIPTION;LANGUAGE=%s:%s" % (lang, ics_escape(plain.split("*~*~*~*~*~*~*~*~*~*\n\n", 1)[1])),
              "UID:" + uid, "SUMMARY;LANGUAGE=%s:%s" % (lang, ics_escape(subject))]
    if allday:
        lines += ["DTSTART;VALUE=DATE:" + start.strftime("%Y%m%d"), "DTEND;VALUE=DATE:" + end.strftime("%Y%m%d")]
    else:
        lines += ["DTSTART;TZID=%s:%s" % (tzid, localstamp(start)), "DTEND;TZID=%s:%s" % (tzid, localstamp(end))]
    lines += ["CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:" + stamp, "TRANSP:" + ("TRANSPARENT" if allday else "OPAQUE"),
              "STATUS:CONFIRMED", "SEQUENCE:%d" % seq, "LOCATION;LANGUAGE=%s:%s" % (lang, ics_escape(location)),
              "X-MICROSOFT-CDO-APPT-SEQUENCE:%d" % seq, "X-MICROSOFT-CDO-OWNERAPPTID:-" + seedint(seed + "own", 10),
              "X-MICROSOFT-CDO-BUSYSTATUS:" + ("FREE" if allday else "TENTATIVE"),
              "X-MICROSOFT-CDO-INTENDEDSTATUS:" + ("FREE" if allday else "BUSY"),
              "X-MICROSOFT-CDO-ALLDAYEVENT:" + ("TRUE" if allday else "FALSE"),
              "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0"]
    if teams:
        lines += ["X-MICROSOFT-SKYPETEAMSMEETINGURL:" + teams_url,
                  'X-MICROSOFT-ONLINEMEETINGINFORMATION:{"OnlineMeetingChannelId":null\\,"OnlineMeetingProvider":3}']
    lines += ["X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
              "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT",
              "X-MICROSOFT-LOCATIONDISPLAYNAME:" + ics_escape(location),
              "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    boundary = "_000_%s%sCANPRD01PROD_" % (server, seedhex(seed + "b", 20).upper())
    part = multipart("alternative", boundary, [
        text_part(plain),
        text_part(html_from_text(plain, "Aptos,Calibri,Helvetica,sans-serif"), "html"),
        cal_part(cal, method),
    ])
    tindex = base64.b64encode(hashlib.sha256((seed + "ti").encode()).digest()[:22]).decode()
    heads = [
        ("Delivered-To", OWNER),
        ("Received", received("mail-%s.outbound.protection.outlook.com" % server.lower()[:6], received_ip,
                              date + _dt.timedelta(seconds=3), seedhex(seed + "rid", 11).upper())),
        ("Return-Path", "<%s>" % frm[1]),
        ("From", addr(*frm)),
        ("To", ", ".join(addr(*x) for x in to)),
        ("CC", ", ".join(addr(*x) for x in cc) if cc else None),
        ("Subject", hdr(subject)),
        ("Thread-Topic", hdr(subject)),
        ("Thread-Index", tindex),
        ("Date", rfcdate(date.astimezone(UTC)).replace("-0000", "+0000")),
        ("Message-ID", msgid),
        ("Accept-Language", "en-CA, en-US"),
        ("Content-Language", "en-CA" if lang.startswith("en") else "fr-CA"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("Importance", importance),
        ("Content-class", "urn:content-classes:calendarmessage"),
        ("x-ms-exchange-calendar-series-instance-id", "BAAAAIIA4AB0xbcQGoLgCAAAAAA" + seedhex(seed + "ser", 20)),
        ("x-ms-publictraffictype", "Email"),
    ]
    return message(heads, part), msgid


def google_invite(*, seed, organizer, guests, summary, start, end, date, tzlabel, description, lang="en",
                  meet=True, seq=0, location="", phone=("CA", "+1 647-555-0168")):
    """Google Calendar invitation e-mail: multipart/mixed > alternative(plain b64, html qp, calendar b64)
    + invite.ics attachment. guests: list of (name, email, partstat)."""
    code = seedhex(seed + "meet", 10)
    code = "".join(chr(ord("a") + int(c, 16) % 26) for c in code)
    code = "%s-%s-%s" % (code[0:3], code[3:7], code[7:10])
    pin = seedint(seed + "pin", 9)
    uid = seedhex(seed + "uid", 26) + "@google.com"
    eid = base64.b64encode(("%s %s" % (uid.split("@")[0], OWNER)).encode()).decode().rstrip("=")
    org_name, org_mail = organizer
    if lang == "fr":
        jl = JOURS[start.weekday()]
        mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                "octobre", "novembre", "décembre"][start.month - 1]
        whenl = "%s %d %s %d ⋅ %s – %s" % (jl, start.day, mois, start.year, start.strftime("%H:%M"),
                                            end.strftime("%H:%M"))
        L = dict(join="Participer avec Google Meet", phone="Participer par téléphone", more="Plus de numéros de téléphone",
                 org="Organisateur", guests="Invités", orgtag="organisateur", view="Afficher toutes les informations sur les invités",
                 reply="Répondre pour %s et afficher plus de détails" % OWNER,
                 footer="Invitation de Google Agenda : https://calendar.google.com/calendar/\n\nVous recevez cet e-mail, car vous êtes un participant à l'événement.")
    else:
        whenl = "%s %s %d, %d ⋅ %s – %s" % (WEEKDAYS[start.weekday()], start.strftime("%b"), start.day, start.year,
                                            gtime(start), gtime(end))
        L = dict(join="Join with Google Meet", phone="Join by phone", more="More phone numbers", org="Organizer",
                 guests="Guests", orgtag="organizer", view="View all guest info",
                 reply="Reply for %s and view more details" % OWNER,
                 footer="Invitation from Google Calendar: https://calendar.google.com/calendar/\n\nYou are receiving this email because you are an attendee on the event.")
    plain = "%s\n%s\n%s\n\n" % (summary, whenl, tzlabel)
    if location:
        plain += location + "\n\n"
    if meet:
        plain += "%s\nhttps://meet.google.com/%s\n\n%s\n(%s) %s\nPIN: %s\n\n%s\nhttps://tel.meet/%s?pin=%s\n\n" % (
            L["join"], code, L["phone"], phone[0], phone[1], pin, L["more"], code, pin)
    plain += description.strip("\n") + "\n\n"
    plain += "%s\n%s\n%s\n\n%s\n" % (L["org"], org_name, org_mail, L["guests"])
    for g in guests:
        if g[1] == org_mail:
            plain += "%s - %s\n" % (g[0], L["orgtag"])
        else:
            plain += "%s\n" % (g[0] or g[1])
    plain += "%s https://calendar.google.com/calendar/event?action=VIEW&eid=%s\n\n" % (L["view"], eid)
    plain += "%s https://calendar.google.com/calendar/event?action=VIEW&eid=%s\n\n~~//~~\n%s\n" % (L["reply"], eid, L["footer"])
    desc = description.strip("\n")
    if meet:
        desc += ("\n\n-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-\n"
                 "Join with Google Meet: https://meet.google.com/%s\nJoin by phone: (%s) %s PIN: %s\n"
                 "-::~:~::~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~:~::~:~::-" % (
                     code, phone[0], phone[1], pin))
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VEVENT",
             "DTSTART:" + utcstamp(start), "DTEND:" + utcstamp(end), "DTSTAMP:" + utcstamp(date),
             "ORGANIZER;CN=%s:mailto:%s" % (org_name, org_mail), "UID:" + uid]
    for g in guests:
        cn = g[0] or g[1]
        lines.append("ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=%s;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s"
                     % (g[2], cn, g[1]))
    lines += ["X-GOOGLE-CONFERENCE:https://meet.google.com/" + code] if meet else []
    lines += ["CREATED:" + utcstamp(date), "DESCRIPTION:" + ics_escape(desc),
              "LAST-MODIFIED:" + utcstamp(date), "LOCATION:" + ics_escape(location), "SEQUENCE:%d" % seq,
              "STATUS:CONFIRMED", "SUMMARY:" + ics_escape(summary), "TRANSP:OPAQUE",
              "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:This is an event reminder", "TRIGGER:-P0DT0H10M0S",
              "END:VALARM", "END:VEVENT", "END:VCALENDAR"]
    cal = ics(lines)
    b1 = "000000000000" + seedhex(seed + "b1", 12)
    b2 = "000000000000" + seedhex(seed + "b2", 12)
    alt = multipart("alternative", b2, [
        text_part(plain, "plain", "base64", '; format=flowed; delsp=yes'),
        text_part(html_from_text(plain, "Roboto,Helvetica,Arial,sans-serif"), "html"),
        cal_part(cal, "REQUEST"),
    ])
    part = multipart("mixed", b1, [alt, attach_part(cal, "application/ics", "invite.ics")])
    if lang == "fr":
        subj_when = "%s. %d %s %d %s - %s (%s)" % (JOURS[start.weekday()][:3], start.day,
                                                   ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
                                                    "sept.", "oct.", "nov.", "déc."][start.month - 1],
                                                   start.year, start.strftime("%H:%M"), end.strftime("%H:%M"),
                                                   start.strftime("%Z").replace("EDT", "HAE").replace("EST", "HNE")
                                                   .replace("MDT", "HAR").replace("MST", "HNR"))
        subject = "Invitation: %s @ %s (%s)" % (summary, subj_when, OWNER)
    else:
        subject = "Invitation: %s @ %s %s %d, %d %s - %s (%s) (%s)" % (
            summary, WEEKDAYS[start.weekday()][:3], start.strftime("%b"), start.day, start.year,
            gtime(start), gtime(end), start.strftime("%Z"), OWNER)
    msgid = "<calendar-%s-%s-%s-%s-%s@google.com>" % (seedhex(seed + "g1", 8), seedhex(seed + "g2", 4),
                                                        seedhex(seed + "g3", 4), seedhex(seed + "g4", 4),
                                                        seedhex(seed + "g5", 12))
    heads = [
        ("Delivered-To", OWNER),
        ("Received", received("mail-sor-f69.google.com", "209.85.220.69", date + _dt.timedelta(seconds=1),
                              seedhex(seed + "rid", 11).upper())),
        ("Return-Path", "<3%s@calendar-server.bounces.google.com>" % seedhex(seed + "rp", 18)),
        ("Reply-To", addr(org_name, org_mail)),
        ("Sender", "Google Calendar <calendar-notification@google.com>"),
        ("Message-ID", msgid),
        ("Date", rfcdate(date.astimezone(UTC)).replace("-0000", "+0000")),
        ("Subject", hdr(subject)),
        ("From", addr(org_name, org_mail)),
        ("To", OWNER),
    ]
    return message(heads, part), uid


def gtime(x):
    h = x.hour % 12 or 12
    ap = "am" if x.hour < 12 else "pm"
    return ("%d%s" % (h, ap)) if x.minute == 0 else ("%d:%02d%s" % (h, x.minute, ap))


def plain_email(*, frm, to, subject, date, body, msgid, cc=(), reply_to=None, in_reply_to=None, refs=None,
                html_too=True, cte="quoted-printable", extra_heads=(), attachments=(), lang=None,
                received_from=("mail-qt1-f178.google.com", "209.85.160.178"), seed=None, mailer=None):
    seed = seed or msgid
    parts_alt = [text_part(body, "plain", cte)]
    if html_too:
        parts_alt.append(text_part(html_from_text(body), "html", "quoted-printable"))
    if len(parts_alt) == 1 and not attachments:
        part = parts_alt[0]
    else:
        part = multipart("alternative", "00000000000%s" % seedhex(seed + "alt", 13), parts_alt) \
            if len(parts_alt) > 1 else parts_alt[0]
        if attachments:
            part = multipart("mixed", "00000000000%s" % seedhex(seed + "mix", 13), [part] + list(attachments))
    heads = [("Delivered-To", OWNER),
             ("Received", received(received_from[0], received_from[1], date + _dt.timedelta(seconds=2),
                                   seedhex(seed + "rid", 11).upper())),
             ("Return-Path", "<%s>" % frm[1])]
    heads += list(extra_heads)
    heads += [("From", addr(*frm)),
              ("To", ", ".join(addr(*x) for x in to)),
              ("Cc", ", ".join(addr(*x) for x in cc) if cc else None),
              ("Reply-To", addr(*reply_to) if reply_to else None),
              ("Subject", hdr(subject)),
              ("Date", rfcdate(date)),
              ("Message-ID", msgid),
              ("In-Reply-To", in_reply_to),
              ("References", refs),
              ("Content-Language", lang),
              ("X-Mailer", mailer)]
    return message(heads, part)


def gmail_id(seed):
    raw = base64.b64encode(hashlib.sha256(seed.encode()).digest()).decode().replace("/", "_").replace("+", "-")
    return "<CA%s@mail.gmail.com>" % raw[:48]


def outlook_id(seed, server="YQBPR0101MB"):
    return "<%s%s@%s%s.CANPRD01.PROD.OUTLOOK.COM>" % (server, seedhex(seed, 28).upper(), server, seedint(seed + "s", 4))


def outlook_quote_header(name, a, sent, to, subject, lang="en"):
    if lang == "fr":
        jours = JOURS[sent.weekday()]
        mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                "octobre", "novembre", "décembre"][sent.month - 1]
        return ("De : %s <%s>\nEnvoyé : %s %d %s %d %s\nÀ : %s\nObjet : %s" %
                (name, a, jours, sent.day, mois, sent.year, sent.strftime("%H:%M"), to, subject))
    return ("From: %s <%s>\nSent: %s, %s %d, %d %s\nTo: %s\nSubject: %s" %
            (name, a, WEEKDAYS[sent.weekday()], sent.strftime("%B"), sent.day, sent.year, fmt_time12(sent), to, subject))


def gmail_quote_header(name, a, sent):
    return "On %s, %s %d, %d at %s %s <%s> wrote:" % (WEEKDAYS[sent.weekday()][:3], sent.strftime("%b"), sent.day,
                                                       sent.year, fmt_time12(sent), name, a)


def gcal_event(d):
    return (json.dumps(d, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# ---------------------------------------------------------------------------------------------
# cases
# ---------------------------------------------------------------------------------------------
CASES = []


def case(fn):
    CASES.append(fn)
    return fn


def iv(company, role, start, end, status, interviewers, recipients, kind):
    return dict(company=company, role=role, start=iso(start), end=iso(end) if end else None, status=status,
                interviewer_emails=list(interviewers), followup_recipients=list(recipients), kind=kind)


def label(interviews, difficulty, category, notes):
    return dict(user=OWNER, interview=bool(interviews), interviews=interviews, difficulty=difficulty,
                category=category, notes=notes, source="synthetic")


SIG_NADIA = "Nadia Kowalchuk, P.Geo.\nCalgary, AB | 403-555-0147"


@case
def c01():
    slug = "b166-01-gcjobs-written-exam-then-interview-board"
    dept = ("RNCan Dotation / NRCan Staffing", "rncan.dotation-staffing.nrcan@nrcan-rncan.example")
    gen = ("Geneviève Lapointe", "genevieve.lapointe@nrcan-rncan.example")
    proc = "26-NRC-IA-GSC-118204"
    exam_day = T(2026, 2, 19, 9, 0, tz=TOR)
    wd(exam_day, "Thursday")
    d1 = T(2026, 2, 9, 10, 14, 27, tz=TOR)
    wd(d1, "Monday")
    body1 = f"""(Le français suit l'anglais)

Dear Nadia Kowalchuk,

Subject: Selection process {proc} - Physical Scientist (PC-02), Geological Survey of Canada, Calgary, Alberta

Thank you for your interest in this selection process. Following the screening of your application, we are pleased to invite you to the next step of the assessment: a written exam.

Date: Thursday, February 19, 2026
Time: 9:00 a.m. to 12:00 p.m. (noon) Eastern Time (7:00 a.m. to 10:00 a.m. Mountain Time)
Format: unsupervised online written exam (3 hours). The exam link will be e-mailed to you at 8:45 a.m. Eastern Time on the day of the exam.

The exam will assess the following qualifications: knowledge of Quaternary geology and surficial mapping methods; ability to analyze and interpret geoscience data; written communication.

Only candidates who pass the written exam will be invited to an interview, which is expected to take place in March.

If you require accommodation measures, please let us know as soon as possible by replying to this message.

Please note that all communication relating to this process will be sent by e-mail. Do not reply to GC Jobs; use this mailbox.

------------------------------------------------------------

Madame Nadia Kowalchuk,

Objet : Processus de sélection {proc} - Physicienne/physicien (PC-02), Commission géologique du Canada, Calgary (Alberta)

Nous vous remercions de l'intérêt que vous portez à ce processus de sélection. À la suite de la présélection, nous avons le plaisir de vous inviter à la prochaine étape de l'évaluation : un examen écrit.

Date : le jeudi 19 février 2026
Heure : de 9 h à 12 h (midi), heure de l'Est (de 7 h à 10 h, heure des Rocheuses)
Format : examen écrit en ligne non supervisé (3 heures). Le lien vous sera envoyé par courriel à 8 h 45 (heure de l'Est) le jour de l'examen.

Seules les personnes qui réussiront l'examen écrit seront convoquées à une entrevue, prévue en mars.

Si vous avez besoin de mesures d'adaptation, veuillez nous en informer dès que possible.

Geneviève Lapointe
Adjointe à la dotation | Staffing Assistant
Ressources naturelles Canada | Natural Resources Canada
Gouvernement du Canada | Government of Canada
"""
    m1id = outlook_id(slug + "1", "YT2PR01MB")
    e1 = plain_email(frm=dept, to=[(OWNER_NAME, OWNER)], subject=f"Invitation to written exam - Process {proc} / Invitation à l'examen écrit - Processus {proc}",
                     date=d1, body=body1, msgid=m1id, lang="en-CA",
                     received_from=("mail-yt3can01on2112.outbound.protection.outlook.com", "40.107.116.112"))

    d2 = T(2026, 3, 2, 14, 3, 51, tz=TOR)
    wd(d2, "Monday")
    ivs = T(2026, 3, 10, 11, 30, tz=TOR)
    ive = T(2026, 3, 10, 13, 0, tz=TOR)
    wd(ivs, "Tuesday")
    assert ivs.astimezone(CAL).hour == 9 and ivs.astimezone(CAL).minute == 30
    assert d2.utcoffset() == _dt.timedelta(hours=-5) and ivs.utcoffset() == _dt.timedelta(hours=-4)
    teams_txt, _ = teams_block(slug + "teams", "Ottawa", "+1 613-555-0139")
    body2 = f"""(Le français suit l'anglais)

Dear Nadia Kowalchuk,

Subject: Selection process {proc} - Physical Scientist (PC-02), Geological Survey of Canada, Calgary

Congratulations! You have successfully passed the written exam. We are pleased to invite you to an interview with the assessment board.

Date: Tuesday, March 10, 2026
Time: 11:30 a.m. to 1:00 p.m. Eastern Time (9:30 a.m. to 11:00 a.m. Mountain Time)
Location: Microsoft Teams (link below). Please join 10 minutes early to test your audio and camera.

The assessment board will be composed of:
- Dr. Alain Thibodeau, Research Manager, Geological Survey of Canada (chair)
- Dr. Karen Whitecalf, Research Scientist, Surficial Geology

The interview will assess: ability to plan and conduct field programs; ability to communicate effectively orally; judgement; teamwork. You may use the official language of your choice.

Please bring a piece of government-issued photo identification to show on camera.

Please confirm your attendance by Wednesday, March 4, 2026, by writing directly to Geneviève Lapointe at genevieve.lapointe@nrcan-rncan.example.

{teams_txt}
------------------------------------------------------------

Madame Nadia Kowalchuk,

Félicitations! Vous avez réussi l'examen écrit. Nous avons le plaisir de vous convoquer à une entrevue avec le comité d'évaluation.

Date : le mardi 10 mars 2026
Heure : de 11 h 30 à 13 h, heure de l'Est (de 9 h 30 à 11 h, heure des Rocheuses)
Lieu : Microsoft Teams (lien ci-dessus)

Comité d'évaluation : M. Alain Thibodeau, Ph. D. (président) et Mme Karen Whitecalf, Ph. D.

Veuillez confirmer votre présence d'ici le mercredi 4 mars 2026 en écrivant à Geneviève Lapointe à genevieve.lapointe@nrcan-rncan.example.

Geneviève Lapointe
Adjointe à la dotation | Staffing Assistant
Ressources naturelles Canada | Natural Resources Canada
"""
    wd(T(2026, 3, 4), "Wednesday")
    m2id = outlook_id(slug + "2", "YT2PR01MB")
    e2 = plain_email(frm=dept, to=[(OWNER_NAME, OWNER)],
                     subject=f"Invitation to an interview - Process {proc} / Convocation à une entrevue - Processus {proc}",
                     date=d2, body=body2, msgid=m2id, lang="en-CA",
                     received_from=("mail-yt3can01on2112.outbound.protection.outlook.com", "40.107.116.112"))

    sent_n = T(2026, 3, 2, 16, 40, 12, tz=CAL)
    d3 = T(2026, 3, 3, 9, 47, 10, tz=TOR)
    wd(d3, "Tuesday")
    nadia_reply = f"""Dear Ms. Lapointe,

I confirm that I will attend the interview on Tuesday, March 10, 2026 at 11:30 a.m. Eastern Time (9:30 a.m. Mountain Time) via Microsoft Teams. I will be interviewing in English.

Thank you,

{SIG_NADIA}"""
    subj3 = f"RE: Invitation to an interview - Process {proc} / Convocation à une entrevue - Processus {proc}"
    body3 = f"""Bonjour Nadia,

Thank you for confirming. Your interview is confirmed for Tuesday, March 10 at 11:30 a.m. ET / 9:30 a.m. MT. Just a reminder that clocks move forward on Sunday, March 8 - the times above already take the change into account.

Bonne chance!

Geneviève Lapointe
Adjointe à la dotation | Staffing Assistant
Ressources naturelles Canada | Natural Resources Canada
genevieve.lapointe@nrcan-rncan.example | 613-555-0171

{outlook_quote_header(OWNER_NAME, OWNER, sent_n.astimezone(TOR), "RNCan Dotation / NRCan Staffing <rncan.dotation-staffing.nrcan@nrcan-rncan.example>", subj3[4:])}

{nadia_reply}
"""
    n_id = "<%s@example.com>" % seedhex(slug + "nadia", 24)
    e3 = plain_email(frm=gen, to=[(OWNER_NAME, OWNER)], subject=subj3, date=d3, body=body3,
                     msgid=outlook_id(slug + "3", "YT2PR01MB"), in_reply_to=n_id, refs="%s %s" % (m2id, n_id),
                     lang="en-CA", received_from=("mail-yt3can01on2112.outbound.protection.outlook.com", "40.107.116.112"))
    files = [("01-written-exam-invitation.eml", e1), ("02-invitation-to-interview-board.eml", e2),
             ("03-re-attendance-confirmed.eml", e3)]
    lab = label([iv("Natural Resources Canada", "Physical Scientist (PC-02)", ivs, ive, "scheduled", [],
                    [gen[1]], "onsite")], "hard", "positive/public-service-exam-then-interview",
                "GC Jobs-style process: the first mail is a written exam (assessment, not an interview); the second "
                "invites the candidate to a two-member board interview (panel -> onsite). Mail sent in EST (-05:00), "
                "interview after the Mar 8 DST change, so 11:30 ET = -04:00. Board members have no addresses in the "
                "case; follow-up goes to the staffing assistant's personal address, not the group staffing mailbox.")
    return slug, files, lab


@case
def c02():
    slug = "b166-02-taleo-confirmation-ics-utc"
    hs = ("Harpreet Sandhu", "harpreet.sandhu@kinbasketcopper.example")
    d = T(2026, 4, 8, 16, 22, 10, tz=VAN).astimezone(UTC)
    s = T(2026, 4, 15, 10, 0, tz=VAN)
    e = s + _dt.timedelta(minutes=45)
    wd(s, "Wednesday")
    body = f"""Dear Nadia,

Thank you for your interest in the Senior Exploration Geologist position (Requisition 2600417) with Kinbasket Copper Corp.

We are pleased to confirm your interview as follows:

Date: Wednesday, April 15, 2026
Time: 10:00 AM Pacific Daylight Time (PDT)
Duration: 45 minutes
Interview type: Telephone
Interviewer: Doug Ferreira, Chief Geologist (hiring manager)

Doug will call you at the primary phone number listed in your candidate profile. A calendar file is attached for your convenience.

If you need to reschedule, please contact Harpreet Sandhu, Talent Acquisition Partner, at harpreet.sandhu@kinbasketcopper.example. Please do not reply to this message; this mailbox is not monitored.

Kind regards,

Talent Acquisition
Kinbasket Copper Corp.
1100 - 888 West Hastings Street, Vancouver, BC

This message was sent by Kinbasket Copper Corp. using Oracle Taleo. To update your profile, log in to the Kinbasket Copper career section.
"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Oracle Corporation//Taleo Scheduling Center 24.1//EN", "VERSION:2.0",
               "METHOD:PUBLISH", "BEGIN:VEVENT", "UID:TALEO-SC-2600417-%s" % seedint(slug, 8),
               "DTSTAMP:" + utcstamp(d), "DTSTART:" + utcstamp(s), "DTEND:" + utcstamp(e),
               "SUMMARY:Interview - Senior Exploration Geologist (2600417) - Kinbasket Copper Corp.",
               "DESCRIPTION:" + ics_escape("Telephone interview with Doug Ferreira, Chief Geologist. Doug will call you at the primary phone number in your candidate profile. To reschedule contact harpreet.sandhu@kinbasketcopper.example."),
               "LOCATION:Telephone",
               "ORGANIZER;CN=Harpreet Sandhu:mailto:" + hs[1],
               att(OWNER_NAME, OWNER, partstat="NEEDS-ACTION", rsvp="FALSE"),
               "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    htmlb = html_from_text(body, "Arial,Helvetica,sans-serif")
    alt = multipart("alternative", "----=_Part_%s_%s" % (seedint(slug + "p1", 6), seedint(slug + "p2", 10)),
                    [text_part(body), text_part(htmlb, "html")])
    part = multipart("mixed", "----=_Part_%s_%s" % (seedint(slug + "p3", 6), seedint(slug + "p4", 10)),
                     [alt, attach_part(cal, "text/calendar; charset=UTF-8", "Interview_2600417.ics")])
    heads = [("Delivered-To", OWNER),
             ("Received", received("smtp-out3.taleo.net", "160.34.18.77", d + _dt.timedelta(seconds=4), "4fQ2x8Lm1Tz9K")),
             ("Return-Path", "<bounces+2600417@taleo.net>"),
             ("From", "Kinbasket Copper Talent Acquisition <no-reply@taleo.net>"),
             ("To", addr(OWNER_NAME, OWNER)),
             ("Subject", "Interview Confirmation - Senior Exploration Geologist (2600417)"),
             ("Date", rfcdate(d).replace("-0000", "+0000")),
             ("Message-ID", "<%s.%s.JavaMail.taleo@tlo-sc-prd-3>" % (seedint(slug + "j", 9), seedint(slug + "k", 13))),
             ("X-Mailer", "Taleo Enterprise Edition")]
    lab = label([iv("Kinbasket Copper Corp.", "Senior Exploration Geologist", s, e, "scheduled", [], [hs[1]],
                    "hiring_manager")], "medium", "positive/taleo-email-with-ics",
                "Taleo no-reply confirmation; the .ics carries UTC (Z) times only (17:00Z = 10:00 PDT). Interviewer "
                "(Chief Geologist, hiring manager) has no address in the case, so follow-up goes to the talent "
                "acquisition partner named in the text, never no-reply@taleo.net.")
    return slug, [("01-taleo-interview-confirmation.eml", message(heads, part))], lab


@case
def c03():
    slug = "b166-03-workday-notice-plus-teams-invite-dedupe"
    jt = ("Jessica Tremblay", "jessica.tremblay@bowriverenv.example")
    pm = ("Priyanka Menon", "priyanka.menon@bowriverenv.example")
    s = T(2026, 5, 14, 13, 30)
    e = T(2026, 5, 14, 14, 30)
    wd(s, "Thursday")
    d1 = T(2026, 5, 11, 9, 5, 33)
    wd(d1, "Monday")
    body1 = """Hello Nadia,

An interview has been scheduled for you.

Job Requisition: R-10482 Environmental Analyst II - Contaminated Sites (Open)
Interview Details:
    Date: Thursday, May 14, 2026
    Time: 1:30 PM - 2:30 PM (Mountain Daylight Time)
    Interviewer(s): Priyanka Menon
    Format: Video (Microsoft Teams) - your recruiter will send the meeting link separately

You can view your interview details and update your candidate profile any time from the Candidate Home page.

Thank you,
Bow River Environmental Ltd. Talent Acquisition

This is an automated message from Workday. Please do not reply.
"""
    e1 = plain_email(frm=("Bow River Environmental", "bowriverenv@myworkday.com"), to=[("", OWNER)],
                     subject="Interview Scheduled: Environmental Analyst II - Contaminated Sites",
                     date=d1, body=body1, msgid="<%s.JavaMail.wdprod@myworkday.com>" % seedhex(slug + "wd", 20),
                     received_from=("mx-out-wd5.myworkday.com", "199.71.170.41"))
    d2 = T(2026, 5, 11, 9, 41, 2)
    body2 = """Hi Nadia,

As promised, here is the Teams link for your technical interview with Priyanka Menon, our Senior Hydrogeologist. Expect questions on Phase II ESAs, groundwater monitoring programs and how you handle lab data QA/QC. Plan on about an hour.

I'm only sending the invite - I won't be on the call. Reach out if anything comes up.

Cheers,
Jessica

Jessica Tremblay | Talent Acquisition Specialist
Bow River Environmental Ltd. | Calgary, AB
jessica.tremblay@bowriverenv.example"""
    e2, _ = exchange_invite(seed=slug, frm=jt, to=[(OWNER_NAME, OWNER), pm],
                            subject="Technical Interview - Environmental Analyst II (Nadia Kowalchuk)",
                            date=d2, tzid="Mountain Standard Time", start=s, end=e, body=body2,
                            attendees=[(OWNER_NAME, OWNER), (pm[0], pm[1])])
    lab = label([iv("Bow River Environmental Ltd.", "Environmental Analyst II - Contaminated Sites", s, e, "scheduled",
                    [pm[1]], [pm[1]], "technical")], "medium", "positive/workday-plus-teams-dedupe",
                "Workday 'interview scheduled' notice and the recruiter's Teams invite describe the same interview "
                "(ONE entry). Teams TZID 'Mountain Standard Time' in May -> MDT -06:00 although the display label says "
                "(UTC-07:00). Recruiter organizes only; the hydrogeologist is the interviewer.")
    return slug, [("01-workday-interview-scheduled.eml", e1), ("02-teams-invite-technical.eml", e2)], lab


@case
def c04():
    slug = "b166-04-uranium-mine-site-visit-saskatchewan"
    tb = ("Tamara Bighetty", "tamara.bighetty@athabascashield.example")
    rk = ("Ray Kasper", "ray.kasper@athabascashield.example")
    lc = ("Lise Chartrand", "lise.chartrand@athabascashield.example")
    day = T(2026, 6, 16, tz=REG)
    wd(day, "Tuesday")
    d1 = T(2026, 6, 3, 11, 12, 40, tz=REG)
    wd(d1, "Wednesday")
    body1 = """Hi Nadia,

Placeholder for your site visit and interviews at our Cigar Narrows operation on Tuesday, June 16. I've blocked the whole day since the charter timing depends on weather; the detailed itinerary will follow next week.

Tamara"""
    e1, _ = exchange_invite(seed=slug + "hold", frm=tb, to=[(OWNER_NAME, OWNER)], cc=[rk, lc],
                            subject="HOLD - Site visit & interviews - Mine Geologist - Cigar Narrows",
                            date=d1, tzid="Canada Central Standard Time", start=day,
                            end=day + _dt.timedelta(days=1), body=body1,
                            attendees=[(OWNER_NAME, OWNER)], teams=False, allday=True,
                            location="Cigar Narrows Operation (charter from Saskatoon)", dial_city="Saskatoon")
    d2 = T(2026, 6, 9, 15, 40, 5, tz=REG)
    wd(d2, "Tuesday")
    s = T(2026, 6, 16, 10, 0, tz=REG)
    e = T(2026, 6, 16, 13, 45, tz=REG)
    assert s.utcoffset() == _dt.timedelta(hours=-6)
    body2 = """Hi Nadia,

Here is the final itinerary for your site visit on Tuesday, June 16. All times are Saskatchewan time (CST) - Saskatchewan doesn't change its clocks.

06:30  Check in at the Boreal Air charter terminal, Saskatoon airport (bring photo ID; 23 kg baggage limit)
07:15  Charter departs Saskatoon
08:45  Arrive Cigar Narrows airstrip - Lise will meet you
09:00  Visitor site orientation and PPE fitting with site Safety (required for all visitors - not part of the assessment)

Your interviews run from 10:00 to 13:45:
10:00 - 11:00  Interview with Ray Kasper, Chief Mine Geologist
11:15 - 12:15  Technical interview at the core shack with Lise Chartrand, Senior Geologist (bring your hand lens; you'll talk us through a section of drill core)
12:15 - 13:00  Lunch at the camp kitchen
13:00 - 13:45  Interview with Owen Desjarlais, HR Business Partner, and Ray Kasper

14:30  Charter departs site
16:00  Arrive Saskatoon

Steel-toed boots are required on site; we will supply hard hat, glasses, vest and dosimeter. Accommodation in Saskatoon on the night of June 15 is booked at the Delta - confirmation to follow. Keep your receipts for travel from Calgary and we will reimburse them.

Ray and Lise are copied here if you have questions about the work itself.

Thanks,
Tamara

Tamara Bighetty
Talent Acquisition Advisor | Athabasca Shield Uranium Inc.
Saskatoon, SK | 306-555-0128
tamara.bighetty@athabascashield.example"""
    m2 = outlook_id(slug + "2", "YQBPR0101MB")
    e2 = plain_email(frm=tb, to=[(OWNER_NAME, OWNER)], cc=[rk, lc],
                     subject="Itinerary - Site visit interviews - Mine Geologist - Tue June 16",
                     date=d2, body=body2, msgid=m2, lang="en-CA",
                     received_from=("mail-yqbcan01on2098.outbound.protection.outlook.com", "40.107.117.98"))
    lab = label([iv("Athabasca Shield Uranium Inc.", "Mine Geologist", s, e, "scheduled", [rk[1], lc[1]],
                    [rk[1], lc[1]], "onsite")], "hard", "positive/mine-site-visit-onsite-loop",
                "Fly-in mine site-visit interview day. The Outlook invite is an all-day HOLD (TZID 'Canada Central "
                "Standard Time', Saskatchewan, no DST) whose 'When' line shows 12:00 AM; the real times come from "
                "the itinerary: three interview sessions 10:00-13:45 CST (-06:00 in June; US Central would be "
                "-05:00) with a lunch break = ONE onsite. Travel and the visitor safety orientation are not sessions. "
                "Owen Desjarlais (HR) interviews but has no address; Ray and Lise are cc'd.")
    return slug, [("01-hold-site-visit-all-day.eml", e1), ("02-final-itinerary.eml", e2)], lab


@case
def c05():
    slug = "b166-05-teams-pacific-reschedule-sequence"
    el = ("Ethan Lau", "ethan.lau@fraserdeltaenv.example")
    s0 = T(2026, 4, 21, 11, 0, tz=VAN)
    e0 = T(2026, 4, 21, 11, 45, tz=VAN)
    wd(s0, "Tuesday")
    s = T(2026, 4, 23, 14, 30, tz=VAN)
    e = T(2026, 4, 23, 15, 15, tz=VAN)
    wd(s, "Thursday")
    d1 = T(2026, 4, 14, 10, 12, 5, tz=VAN)
    body1 = """Hi Nadia,

Thanks for applying to the Environmental Scientist - Water Quality role. I'd like to set up a 45-minute interview with you over Teams. We'll talk about your surface water sampling experience, your work with CCME/BC water quality guidelines, and what you're looking for next.

Looking forward to it,

Ethan Lau, R.P.Bio.
Manager, Water Quality Services
Fraser Delta Environmental Inc. | Vancouver, BC"""
    subj = "Interview - Environmental Scientist, Water Quality - Nadia Kowalchuk"
    seed = slug
    inv1, _ = exchange_invite(seed=seed, frm=el, to=[(OWNER_NAME, OWNER)], subject=subj, date=d1,
                              tzid="Pacific Standard Time", start=s0, end=e0, body=body1,
                              attendees=[(OWNER_NAME, OWNER)], dial_city="Vancouver", dial="+1 604-555-0117",
                              server="YT4PR01MB")
    d2 = T(2026, 4, 17, 8, 50, 44, tz=VAN)
    wd(d2, "Friday")
    body2 = """Hi Nadia,

Apologies for the shuffle - I've been pulled into a spill response on the Fraser on Tuesday. Could we move our interview to Thursday the 23rd at 2:30 pm Pacific (3:30 your time)? Same Teams link; I'll send the updated invite right after this.

Thanks for your flexibility,
Ethan"""
    e2 = plain_email(frm=el, to=[(OWNER_NAME, OWNER)], subject="Moving our interview to Thursday?", date=d2, body=body2,
                     msgid=outlook_id(slug + "mv", "YT4PR01MB"), lang="en-CA",
                     received_from=("mail-yt4can01on2105.outbound.protection.outlook.com", "40.107.117.105"))
    assert s.astimezone(CAL).hour == 15 and s.astimezone(CAL).minute == 30
    d3 = T(2026, 4, 17, 8, 53, 10, tz=VAN)
    body3 = """Moved to Thursday, April 23 as discussed. Everything else stays the same.

Hi Nadia,

Thanks for applying to the Environmental Scientist - Water Quality role. I'd like to set up a 45-minute interview with you over Teams. We'll talk about your surface water sampling experience, your work with CCME/BC water quality guidelines, and what you're looking for next.

Looking forward to it,

Ethan Lau, R.P.Bio.
Manager, Water Quality Services
Fraser Delta Environmental Inc. | Vancouver, BC"""
    inv2, _ = exchange_invite(seed=seed, frm=el, to=[(OWNER_NAME, OWNER)], subject=subj, date=d3,
                              tzid="Pacific Standard Time", start=s, end=e, body=body3, seq=1,
                              attendees=[(OWNER_NAME, OWNER)], dial_city="Vancouver", dial="+1 604-555-0117",
                              server="YT4PR01MB")
    # the update keeps UID but is a distinct message: patch Message-ID deterministically
    inv2 = inv2.replace(b"Message-ID: <YT4PR01MB", b"Message-ID: <YT4PR01MBU", 1)
    lab = label([iv("Fraser Delta Environmental Inc.", "Environmental Scientist - Water Quality", s, e, "scheduled",
                    [el[1]], [el[1]], "hiring_manager")], "medium", "positive/teams-reschedule-sequence",
                "Teams invite (TZID 'Pacific Standard Time', label UTC-08:00) for Tue Apr 21 11:00, then an e-mail and "
                "an updated request (same UID, SEQUENCE:1) moving it to Thu Apr 23 14:30 PDT (-07:00). One interview "
                "at the final time; the hiring manager is organizer and interviewer.")
    return slug, [("01-teams-invite-original.eml", inv1), ("02-ethan-moving-to-thursday.eml", e2),
                  ("03-teams-invite-updated.eml", inv2)], lab


@case
def c06():
    slug = "b166-06-entrevue-telephonique-annulee-fr"
    vc = ("Valérie Côté", "valerie.cote@geoconseil-laurentides.example")
    s = T(2026, 4, 23, 13, 0, tz=TOR)
    e = T(2026, 4, 23, 13, 30, tz=TOR)
    wd(s, "jeudi")
    assert s.astimezone(CAL).hour == 11
    d1 = T(2026, 4, 20, 9, 12, 44, tz=TOR)
    wd(d1, "lundi")
    sig = """Valérie Côté, CRHA
Conseillère principale, acquisition de talents
Géoconseil Laurentides inc. | Montréal (Québec)
514 555-0162"""
    subj1 = "Candidature - Géologue, caractérisation environnementale"
    body1 = f"""Bonjour Nadia,

Merci pour votre candidature au poste de géologue en caractérisation environnementale. Votre expérience en évaluations environnementales de sites (phases I et II) a retenu notre attention.

J'aimerais vous proposer une entrevue téléphonique d'environ 30 minutes avec moi, le jeudi 23 avril à 13 h (heure de l'Est), soit 11 h à Calgary. Est-ce que cela vous conviendrait? Je vous appellerais au numéro indiqué dans votre CV.

Au plaisir,

{sig}"""
    m1 = outlook_id(slug + "1", "YQXPR01MB")
    e1 = plain_email(frm=vc, to=[(OWNER_NAME, OWNER)], subject=subj1, date=d1, body=body1, msgid=m1, lang="fr-CA",
                     received_from=("mail-yqxcan01on2130.outbound.protection.outlook.com", "40.107.118.130"))
    nsent = T(2026, 4, 20, 8, 55, 2, tz=CAL)
    nid = "<%s@example.com>" % seedhex(slug + "n", 24)
    d2 = T(2026, 4, 20, 11, 31, 7, tz=TOR)
    nadia = f"""Bonjour Valérie,

Merci beaucoup! Le jeudi 23 avril à 13 h (HE) me convient parfaitement. Vous pouvez me joindre au 403 555-0147.

Au plaisir de vous parler,

{SIG_NADIA}"""
    body2 = f"""Parfait, c'est noté! Je vous appelle jeudi à 13 h (HE).

Bonne journée,

{sig}

{outlook_quote_header(OWNER_NAME, OWNER, nsent.astimezone(TOR), "Valérie Côté <valerie.cote@geoconseil-laurentides.example>", "RE: " + subj1, "fr")}

{nadia}

{outlook_quote_header(vc[0], vc[1], d1, "Nadia Kowalchuk <nadia.kowalchuk@example.com>", subj1, "fr")}

{body1}
"""
    m2 = outlook_id(slug + "2", "YQXPR01MB")
    e2 = plain_email(frm=vc, to=[(OWNER_NAME, OWNER)], subject="RE: " + subj1, date=d2, body=body2, msgid=m2,
                     in_reply_to=nid, refs="%s %s" % (m1, nid), lang="fr-CA",
                     received_from=("mail-yqxcan01on2130.outbound.protection.outlook.com", "40.107.118.130"))
    d3 = T(2026, 4, 22, 16, 5, 12, tz=TOR)
    wd(d3, "mercredi")
    body3 = f"""Bonjour Nadia,

Je suis désolée de vous écrire à la dernière minute : je dois malheureusement annuler notre entrevue téléphonique de demain (jeudi 23 avril, 13 h HE). Le poste vient d'être comblé à l'interne et le processus est donc fermé.

Votre profil est très intéressant et je me permettrai de vous contacter si un poste semblable s'ouvre dans notre bureau de Calgary.

Toutes mes excuses pour ce contretemps,

{sig}"""
    e3 = plain_email(frm=vc, to=[(OWNER_NAME, OWNER)], subject="Annulation - entrevue de jeudi", date=d3, body=body3,
                     msgid=outlook_id(slug + "3", "YQXPR01MB"), in_reply_to=m2, refs="%s %s %s" % (m1, nid, m2),
                     lang="fr-CA", received_from=("mail-yqxcan01on2130.outbound.protection.outlook.com", "40.107.118.130"))
    lab = label([iv("Géoconseil Laurentides inc.", "Géologue, caractérisation environnementale", s, e, "cancelled",
                    [vc[1]], [vc[1]], "phone_screen")], "medium", "positive/cancel-by-email-french",
                "French thread: recruiter proposes a 30-min phone interview with herself (jeudi 23 avril 13 h HE = "
                "11 h Calgary), confirms, then cancels the day before ('demain') because the role was filled "
                "internally. Kept with status cancelled at its last scheduled time; recruiter conducts the screen.")
    return slug, [("01-proposition-entrevue.eml", e1), ("02-re-confirmation.eml", e2), ("03-annulation.eml", e3)], lab


@case
def c07():
    slug = "b166-07-toronto-gold-screen-then-technical"
    om = ("Olivia Marchetti", "omarchetti@temagamigold.example")
    so = ("Samuel Osei", "sosei@temagamigold.example")
    role = "Senior Geologist, Resource Modelling"
    s1 = T(2026, 5, 27, 11, 0, tz=TOR)
    e1_ = T(2026, 5, 27, 11, 30, tz=TOR)
    wd(s1, "Wednesday")
    assert s1.astimezone(CAL).hour == 9
    d1 = T(2026, 5, 25, 10, 20, 3, tz=TOR)
    wd(d1, "Monday")
    sig = """Olivia Marchetti
Talent Acquisition Partner | Temagami Gold Mines Ltd.
Toronto, ON | 416-555-0183"""
    subj = "Senior Geologist, Resource Modelling - introductory call"
    body1 = f"""Hi Nadia,

Thanks for applying to the {role} position at Temagami Gold. I'd love to set up a 30-minute introductory phone call to walk through the role and your background.

Would Wednesday, May 27 at 11:00 a.m. ET (9:00 a.m. Calgary time) work for you?

Best,
{sig}"""
    m1 = gmail_id(slug + "1")
    m1e = plain_email(frm=om, to=[(OWNER_NAME, OWNER)], subject=subj, date=d1, body=body1, msgid=m1)
    nsent = T(2026, 5, 25, 10, 40, 31, tz=CAL)
    nid = "<%s@example.com>" % seedhex(slug + "n", 24)
    d2 = T(2026, 5, 25, 13, 2, 55, tz=TOR)
    nadia = f"""Hi Olivia,

Wednesday at 11 ET works well. My cell is 403-555-0147.

Thanks,
Nadia"""
    body2 = f"""Great - confirmed for Wednesday, May 27 at 11:00 a.m. ET. I'll call you at 403-555-0147.

Talk soon,
Olivia

{gmail_quote_header(OWNER_NAME, OWNER, nsent.astimezone(TOR))}

{quote_lines(nadia)}
>
{quote_lines(gmail_quote_header(om[0], om[1], d1))}
>
{quote_lines(quote_lines(body1))}
"""
    m2 = gmail_id(slug + "2")
    m2e = plain_email(frm=om, to=[(OWNER_NAME, OWNER)], subject="Re: " + subj, date=d2, body=body2, msgid=m2,
                      in_reply_to=nid, refs="%s %s" % (m1, nid))
    s2 = T(2026, 6, 3, 14, 0, tz=TOR)
    e2_ = T(2026, 6, 3, 15, 15, tz=TOR)
    wd(s2, "Wednesday")
    assert s2.astimezone(CAL).hour == 12
    d3 = T(2026, 5, 28, 16, 45, 30, tz=TOR)
    wd(d3, "Thursday")
    body3 = f"""Hi Nadia,

Thanks for the great conversation yesterday! I'm happy to let you know that we'd like to move you forward.

The next step is a 75-minute technical interview with Samuel Osei, our VP Exploration, focused on resource estimation (domaining, variography, Leapfrog/Datamine workflows) and QA/QC of drill data. He may share a small dataset on screen.

I'm sending a calendar invite for Wednesday, June 3 at 2:00 p.m. ET (noon your time). I won't be joining that one, but I'm here if you have questions.

Best,
{sig}"""
    m3 = plain_email(frm=om, to=[(OWNER_NAME, OWNER)], subject="Next step - technical interview with Samuel Osei", date=d3,
                     body=body3, msgid=gmail_id(slug + "3"))
    d4 = T(2026, 5, 28, 16, 47, 12, tz=TOR)
    inv, _ = google_invite(seed=slug, organizer=om, guests=[(om[0], om[1], "ACCEPTED"), (so[0], so[1], "ACCEPTED"),
                                                           ("", OWNER, "NEEDS-ACTION")],
                           summary="Technical Interview: Nadia Kowalchuk / Senior Geologist, Resource Modelling",
                           start=s2, end=e2_, date=d4, tzlabel="Eastern Time - Toronto",
                           description="Technical interview with Samuel Osei (VP Exploration). Olivia (TA) is organizing and will not attend.")
    lab = label([
        iv("Temagami Gold Mines Ltd.", role, s1, e1_, "scheduled", [om[1]], [om[1]], "phone_screen"),
        iv("Temagami Gold Mines Ltd.", role, s2, e2_, "scheduled", [so[1]], [so[1]], "technical"),
    ], "medium", "positive/two-interviews-same-company",
        "Two interviews: a recruiter phone screen (Wed May 27 11:00 ET, recruiter is the interviewer) agreed in a thread, "
        "and a technical interview with the VP Exploration (Wed Jun 3 14:00 EDT) announced by e-mail and a Google "
        "invite (ONE entry). Organizer does not attend the second one.")
    return slug, [("01-olivia-intro-call.eml", m1e), ("02-re-confirmed.eml", m2e), ("03-next-step-technical.eml", m3),
                  ("04-invitation-technical-interview.eml", inv)], lab


@case
def c08():
    slug = "b166-08-founder-thread-tomorrow-utc-date"
    rn = ("Rachel Nakamura", "rachel@lakeheadenvdata.example")
    d1 = T(2026, 6, 11, 15, 48, 22, tz=TOR)
    wd(d1, "Thursday")
    s = T(2026, 6, 12, 14, 0, tz=TOR)
    e = T(2026, 6, 12, 14, 45, tz=TOR)
    wd(s, "Friday")
    assert s.astimezone(CAL).hour == 12
    subj = "Interview - Environmental Data Analyst (GIS)"
    body1 = """Hi Nadia,

I'm Rachel, founder of Lakehead Environmental Data - we build monitoring dashboards for municipalities and First Nations water authorities. Your application for the Environmental Data Analyst (GIS) role stood out, especially the groundwater database you built for your last field program.

I'd love to set up a 45-minute interview. Could you do tomorrow (Friday) at 2:00 pm Eastern, or Monday at 10:00 am Eastern?

Rachel

--
Rachel Nakamura
Founder & CEO, Lakehead Environmental Data Inc.
Toronto, ON"""
    m1 = gmail_id(slug + "1")
    e1 = plain_email(frm=rn, to=[(OWNER_NAME, OWNER)], subject=subj, date=d1, body=body1, msgid=m1)
    nsent = T(2026, 6, 11, 16, 51, 40, tz=CAL)
    nid = "<%s@example.com>" % seedhex(slug + "n", 24)
    nadia = """Hi Rachel,

Thanks so much for reaching out! Tomorrow at 2 pm Eastern works for me - that's noon here in Calgary.

Best,
Nadia"""
    d2 = T(2026, 6, 11, 20, 5, 12, tz=TOR).astimezone(UTC)
    assert d2.day == 12
    body2 = f"""Perfect - tomorrow (Friday) at 2 pm ET it is. We'll use Google Meet: https://meet.google.com/rvk-qtpa-nze

Talk soon!
Rachel

{gmail_quote_header(OWNER_NAME, OWNER, nsent.astimezone(TOR))}

{quote_lines(nadia)}
"""
    e2 = plain_email(frm=rn, to=[(OWNER_NAME, OWNER)], subject="Re: " + subj, date=d2, body=body2,
                     msgid="<%s@lakeheadenvdata.example>" % seedhex(slug + "2", 30), in_reply_to=nid,
                     refs="%s %s" % (m1, nid), html_too=False, cte="7bit", mailer="Superhuman Web (2026-06-09, r1f2c9a)",
                     received_from=("smtp.superhuman.example", "198.51.100.23"))
    e2 = e2.replace(b"Date: Fri, 12 Jun 2026 00:05:12 -0000", b"Date: Fri, 12 Jun 2026 00:05:12 +0000")
    lab = label([iv("Lakehead Environmental Data Inc.", "Environmental Data Analyst (GIS)", s, e, "scheduled",
                    [rn[1]], [rn[1]], "hiring_manager")], "hard", "positive/thread-relative-date",
                "Founder proposes 'tomorrow (Friday) at 2:00 pm Eastern' on Thu Jun 11; the confirmation's Date header "
                "is in UTC (Fri 00:05 +0000) but it is still Thursday evening in Toronto, and 'tomorrow (Friday)' = "
                "Jun 12 14:00 EDT (noon in Calgary). Founder/CEO interview -> hiring_manager.")
    return slug, [("01-rachel-interview-proposal.eml", e1), ("02-re-confirm-tomorrow.eml", e2)], lab


@case
def c09():
    slug = "b166-09-gcal-deleted-then-rebooked-across-dst"
    by = ("Brandon Yee", "brandon.yee@cascadiageo.example")
    mz = ("Mei Lin Zhou", "meilin.zhou@cascadiageo.example")
    s0 = T(2026, 3, 5, 10, 0, tz=VAN)
    e0 = T(2026, 3, 5, 10, 45, tz=VAN)
    s1 = T(2026, 3, 12, 10, 0, tz=VAN)
    e1 = T(2026, 3, 12, 10, 45, tz=VAN)
    wd(s0, "Thursday")
    wd(s1, "Thursday")
    assert s0.utcoffset() == _dt.timedelta(hours=-8) and s1.utcoffset() == _dt.timedelta(hours=-7)
    id0 = "5n0q7c2kd8h1vj3s9trm4lbf6u"
    id1 = "0gk3p9tb7ve2mjs5q1hrc84ndw"

    def ev(eid, created, updated, s, e, summary, desc, seq, etag):
        return {
            "kind": "calendar#event", "etag": '"%s"' % etag, "id": eid, "status": "confirmed",
            "htmlLink": "https://www.google.com/calendar/event?eid=" +
                        base64.b64encode(("%s %s" % (eid, OWNER)).encode()).decode().rstrip("="),
            "created": created, "updated": updated, "summary": summary, "description": desc,
            "location": "Google Meet",
            "creator": {"email": by[1], "displayName": by[0]},
            "organizer": {"email": by[1], "displayName": by[0]},
            "start": {"dateTime": iso(s), "timeZone": "America/Vancouver"},
            "end": {"dateTime": iso(e), "timeZone": "America/Vancouver"},
            "iCalUID": eid + "@google.com", "sequence": seq,
            "attendees": [
                {"email": by[1], "displayName": by[0], "organizer": True, "responseStatus": "accepted"},
                {"email": mz[1], "displayName": mz[0], "responseStatus": "accepted"},
                {"email": OWNER, "self": True, "responseStatus": "accepted"},
            ],
            "hangoutLink": "https://meet.google.com/" + ("fwe-kqzt-pma" if seq == 0 else "hdo-ruvx-tcy"),
            "reminders": {"useDefault": True}, "eventType": "default",
        }
    j1 = ev(id0, "2026-02-24T18:02:11.000Z", "2026-02-24T18:40:37.412Z", s0, e0,
            "Interview: Nadia Kowalchuk - Remote Sensing Analyst (hiring manager)",
            "45-minute interview with Mei Lin Zhou (Manager, Earth Observation) for the Remote Sensing Analyst role. "
            "Brandon (People Ops) is scheduling only.", 0, "3541870874824000")
    j2 = {"kind": "calendar#event", "etag": '"3543312091806000"', "id": id0, "status": "cancelled"}
    j3 = ev(id1, "2026-03-04T21:15:40.000Z", "2026-03-04T21:16:02.118Z", s1, e1,
            "Interview (rebooked): Nadia Kowalchuk - Remote Sensing Analyst",
            "Rebooked as a new event - Mei Lin is out sick on March 5. Same format: 45-minute interview with Mei Lin "
            "Zhou (Manager, Earth Observation). Brandon is scheduling only.", 0, "3543312094330000")
    j3["hangoutLink"] = "https://meet.google.com/hdo-ruvx-tcy"
    lab = label([
        iv("Cascadia Geospatial Analytics", "Remote Sensing Analyst", s0, e0, "cancelled", [mz[1]], [mz[1]], "hiring_manager"),
        iv("Cascadia Geospatial Analytics", "Remote Sensing Analyst", s1, e1, "scheduled", [mz[1]], [mz[1]], "hiring_manager"),
    ], "hard", "positive/gcal-json-cancel-and-rebook",
        "Calendar API events only: original event (Thu Mar 5 10:00 PST, -08:00), the same id later returned as a "
        "deleted stub (status cancelled, id only), and a NEW event id for Thu Mar 12 10:00 PDT (-07:00, after the "
        "Mar 8 DST change). Re-booked as a new event -> two entries, one cancelled and one scheduled.")
    return slug, [("01-interview-original.gcal.json", gcal_event(j1)), ("02-interview-deleted.gcal.json", gcal_event(j2)),
                  ("03-interview-rebooked.gcal.json", gcal_event(j3))], lab


@case
def c10():
    slug = "b166-10-standalone-ics-canada-central-potash"
    dp = ("Dwayne Pelletier", "dpelletier@quappellepotash.example")
    ag = ("Amrit Gill", "agill@quappellepotash.example")
    s = T(2026, 7, 8, 9, 0, tz=REG)
    e = T(2026, 7, 8, 10, 0, tz=REG)
    wd(s, "Wednesday")
    stamp = T(2026, 6, 29, 9, 22, 0, tz=REG)
    desc = ("Hiring manager interview for the Environmental Compliance Analyst position (competition QPC-2026-047) "
            "with Amrit Gill, Manager, Environmental Affairs. In person at our Regina office, 2100 Victoria Avenue, "
            "6th floor (ask for Amrit at reception). If you can't travel from Calgary, reply to Dwayne and we'll switch "
            "to Teams.\n\nDwayne Pelletier (HR Coordinator) is sending this invite and will not attend.")
    lines = ["BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
             "VERSION:2.0"] + win_vtimezone("Canada Central Standard Time") + [
        "BEGIN:VEVENT", "ORGANIZER;CN=%s:mailto:%s" % dp,
        att(OWNER_NAME, OWNER), att(ag[0], ag[1], partstat="ACCEPTED"),
        "DESCRIPTION;LANGUAGE=en-CA:" + ics_escape(desc),
        "UID:" + exchange_uid(slug),
        "SUMMARY;LANGUAGE=en-CA:Interview - Environmental Compliance Analyst - N. Kowalchuk",
        "DTSTART;TZID=Canada Central Standard Time:" + localstamp(s),
        "DTEND;TZID=Canada Central Standard Time:" + localstamp(e),
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:" + utcstamp(stamp), "TRANSP:OPAQUE", "STATUS:CONFIRMED",
        "SEQUENCE:0", "LOCATION;LANGUAGE=en-CA:Regina Office - Boardroom 6B",
        "X-MICROSOFT-CDO-APPT-SEQUENCE:0", "X-MICROSOFT-CDO-OWNERAPPTID:2119468230",
        "X-MICROSOFT-CDO-BUSYSTATUS:TENTATIVE", "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:FALSE", "X-MICROSOFT-CDO-IMPORTANCE:1", "X-MICROSOFT-CDO-INSTTYPE:0",
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE", "X-MICROSOFT-DISALLOW-COUNTER:FALSE",
        "X-MICROSOFT-LOCATIONDISPLAYNAME:Regina Office - Boardroom 6B",
        "BEGIN:VALARM", "DESCRIPTION:REMINDER", "TRIGGER;RELATED=START:-PT15M", "ACTION:DISPLAY", "END:VALARM",
        "END:VEVENT", "END:VCALENDAR"]
    lab = label([iv("Qu'Appelle Potash Corporation", "Environmental Compliance Analyst", s, e, "scheduled", [ag[1]],
                    [ag[1]], "hiring_manager")], "medium", "positive/standalone-ics-windows-tzid",
                "Standalone Outlook .ics with TZID 'Canada Central Standard Time' (Saskatchewan, fixed -06:00; mapping "
                "it to US Central would give -05:00 in July). HR coordinator organizes and will not attend.")
    return slug, [("01-interview-environmental-compliance-analyst.ics", ics(lines).encode("utf-8"))], lab


@case
def c11():
    slug = "b166-11-google-invite-entrevue-fr-quebec"
    mg = ("Mathieu Gauthier-Roy", "mathieu.gauthier-roy@ecosphere-boreale.example")
    s = T(2026, 5, 12, 10, 0, tz=TOR)
    e = T(2026, 5, 12, 11, 0, tz=TOR)
    wd(s, "mardi")
    d = T(2026, 5, 6, 14, 33, 8, tz=TOR)
    desc = """Bonjour Nadia,

Tel que convenu au téléphone, voici l'invitation pour votre entrevue avec moi pour le poste d'analyste environnementale (évaluations d'impact). Nous parlerons de votre expérience en études d'impact et de vos projets miniers dans l'Ouest.

L'entrevue se déroulera en français, mais n'hésitez pas à passer à l'anglais au besoin.

Au plaisir,
Mathieu Gauthier-Roy
Directeur, Évaluations environnementales
Écosphère Boréale inc. | Québec (Québec)"""
    inv, _ = google_invite(seed=slug, organizer=mg, guests=[(mg[0], mg[1], "ACCEPTED"), ("", OWNER, "NEEDS-ACTION")],
                           summary="Entrevue - Analyste environnementale (évaluations d'impact) - Nadia Kowalchuk",
                           start=s, end=e, date=d, tzlabel="Heure de l’Est - Toronto", description=desc, lang="fr",
                           phone=("CA", "+1 418-555-0109"))
    lab = label([iv("Écosphère Boréale inc.", "Analyste environnementale (évaluations d'impact)", s, e, "scheduled",
                    [mg[1]], [mg[1]], "hiring_manager")], "medium", "positive/google-invite-french",
                "Google Calendar invitation entirely in French (mardi 12 mai 2026, 10:00-11:00, heure de l'Est, "
                "HAE = -04:00); .ics in UTC. The director is organizer and interviewer.")
    return slug, [("01-invitation-entrevue.eml", inv)], lab


@case
def c12():
    slug = "b166-12-teams-mountain-panel-day-after-dst"
    ka = ("Kelsey Andrews", "kandrews@muskegreclamation.example")
    gw = ("Grant Whitford", "gwhitford@muskegreclamation.example")
    fh = ("Farida Haidari", "fhaidari@muskegreclamation.example")
    d = T(2026, 3, 3, 14, 18, 40)
    wd(d, "Tuesday")
    s = T(2026, 3, 9, 9, 0)
    e = T(2026, 3, 9, 10, 0)
    wd(s, "Monday")
    assert d.utcoffset() == _dt.timedelta(hours=-7) and s.utcoffset() == _dt.timedelta(hours=-6)
    body = """Hi Nadia,

Thank you for your interest in the Environmental Analyst - Oil Sands Reclamation position. Please join us for a one-hour panel interview with:

- Grant Whitford, Reclamation Lead
- Farida Haidari, Senior Soil Scientist

The panel will ask about reclamation monitoring, soil and vegetation data, and regulatory reporting. I'm coordinating only and won't be joining.

Kind regards,

Kelsey Andrews
Human Resources Generalist
Muskeg Reclamation Services Ltd. | Calgary, AB"""
    inv, _ = exchange_invite(seed=slug, frm=ka, to=[(OWNER_NAME, OWNER), gw, fh],
                             subject="Panel Interview: Environmental Analyst - Oil Sands Reclamation",
                             date=d, tzid="Mountain Standard Time", start=s, end=e, body=body,
                             attendees=[(OWNER_NAME, OWNER), (gw[0], gw[1]), (fh[0], fh[1])])
    lab = label([iv("Muskeg Reclamation Services Ltd.", "Environmental Analyst - Oil Sands Reclamation", s, e, "scheduled",
                    [gw[1], fh[1]], [gw[1], fh[1]], "onsite")], "hard", "positive/teams-windows-tzid-dst",
                "Teams invite sent Tue Mar 3 (MST -07:00) for Mon Mar 9 09:00, the day after DST starts. TZID 'Mountain "
                "Standard Time' and the '(UTC-07:00)' display label, but the correct offset is MDT -06:00. Two-person "
                "panel -> onsite; the HR organizer does not attend.")
    return slug, [("01-panel-interview-invite.eml", inv)], lab


@case
def c13():
    slug = "b166-13-agency-forward-client-hiring-manager"
    sa = ("Simone Arsenault", "simone.arsenault@summittechstaffing.example")
    na = ("Neil Abernathy", "neil.abernathy@coastrangemetals.example")
    d = T(2026, 10, 19, 8, 32, 19)
    wd(d, "Monday")
    s = T(2026, 10, 22, 13, 0, tz=VAN)
    e = T(2026, 10, 22, 13, 45, tz=VAN)
    wd(s, "Thursday")
    assert s.astimezone(CAL).hour == 14
    nd = T(2026, 10, 16, 16, 47, tz=VAN)
    wd(nd, "Friday")
    body = f"""Hi Nadia,

Great news - Coast Range Metals wants to meet you for the Project Geologist role! See Neil's note below. The call is this Thursday (Oct 22) at 1:00 pm Pacific, which is 2:00 pm our time in Calgary. Neil will call your cell.

Neil's fine with you contacting him directly if you have questions about the program beforehand. Let me know you got this, and give me a shout after the call!

Simone

Simone Arsenault
Senior Recruiter, Mining & Geoscience | Summit Technical Staffing
Calgary, AB | 403-555-0194

---------- Forwarded message ---------
From: Neil Abernathy <{na[1]}>
Date: Fri, Oct 16, 2026 at 4:47 PM
Subject: RE: Candidate - N. Kowalchuk (Project Geologist)
To: Simone Arsenault <{sa[1]}>


Hi Simone,

Thanks for sending over Nadia's profile - her porphyry core-logging experience in the Golden Triangle is exactly what we need on the Iskut project.

I'd like to do a phone interview with her. Thursday, October 22 at 1:00 pm Pacific works on my end; plan on 45 minutes. Feel free to pass along my email ({na[1]}) if she has questions beforehand.

Neil

Neil Abernathy, P.Geo.
Exploration Manager | Coast Range Metals Inc.
Vancouver, BC
"""
    e1 = plain_email(frm=sa, to=[(OWNER_NAME, OWNER)], subject="Fwd: RE: Candidate - N. Kowalchuk (Project Geologist)",
                     date=d, body=body, msgid=gmail_id(slug))
    lab = label([iv("Coast Range Metals Inc.", "Project Geologist", s, e, "scheduled", [na[1]], [na[1]],
                    "hiring_manager")], "hard", "positive/forwarded-agency-email",
                "Staffing-agency recruiter forwards the client's message. The company is the client (Coast Range "
                "Metals), not the agency. Thu Oct 22 13:00 PDT (-07:00, before the Nov 1 change) = 14:00 in Calgary. "
                "The hiring manager's address appears in the forwarded block -> interviewer and follow-up recipient.")
    return slug, [("01-fwd-client-wants-to-meet.eml", e1)], lab


# ------------------------------------------------------------------------------------ negatives
@case
def c14():
    slug = "b166-14-security-clearance-reference-interview"
    sm = ("Sébastien Morin", "sebastien.morin@dfo-mpo.example")
    d = T(2026, 7, 16, 13, 5, 22, tz=TOR)
    s = T(2026, 7, 21, 13, 0, tz=TOR)
    e = T(2026, 7, 21, 13, 30, tz=TOR)
    wd(s, "Tuesday")
    body = """Ms. Kowalchuk,

Mr. Tyler Brandt has listed you as a reference on his Security Screening Application (TBS/SCT 330-60) for a Secret-level security clearance. As part of the background investigation, I would like to conduct a short interview with you (approximately 30 minutes) about how long you have known Mr. Brandt and in what capacity.

Please note that this interview concerns Mr. Brandt only - you are not the subject of the screening and no action is required regarding your own file. Your participation is voluntary and the information you provide is protected under the Privacy Act.

If the proposed time does not suit you, simply propose another time when you decline.

La version française suit / French follows.

Madame Kowalchuk,

M. Tyler Brandt vous a désignée comme référence dans sa demande d'enquête de sécurité (niveau Secret). Dans le cadre de cette enquête, j'aimerais m'entretenir brièvement avec vous (environ 30 minutes). Cette entrevue concerne uniquement M. Brandt.

Sébastien Morin
Security Screening Investigator | Enquêteur, filtrage de sécurité
Departmental Security Services | Services de sécurité ministériels
Fisheries and Oceans Canada | Pêches et Océans Canada"""
    inv, _ = exchange_invite(seed=slug, frm=sm, to=[(OWNER_NAME, OWNER)],
                             subject="Security screening - reference interview (Subject: BRANDT, Tyler) / Entrevue de référence - enquête de sécurité",
                             date=d, tzid="Eastern Standard Time", start=s, end=e, body=body,
                             attendees=[(OWNER_NAME, OWNER)], dial_city="Ottawa", dial="+1 613-555-0150")
    lab = label([], "hard", "negative/security-clearance-reference-interview",
                "Teams invite titled 'reference interview' from a departmental security investigator: the owner is "
                "a reference for someone else's Secret clearance, not a candidate. Not a job interview.")
    return slug, [("01-security-screening-reference-interview.eml", inv)], lab


@case
def c15():
    slug = "b166-15-union-general-meeting-interview-rights"
    hl = ("Heather Lindsay", "heather.lindsay@fspu-spfp.example")
    d = T(2026, 2, 2, 11, 40, 2)
    wd(d, "Monday")
    s = T(2026, 2, 11, 12, 0)
    e = T(2026, 2, 11, 13, 0)
    wd(s, "Wednesday")
    body = """Hello members / Bonjour aux membres,

You are invited to the FSPU Prairie Chapter general meeting (lunch & learn). This quarter's topic: staffing processes in the federal public service and your rights at each stage - written exams, interviews with assessment boards, reference checks, informal discussion and recourse.

Agenda:
1. Chapter business and treasurer's report (10 min)
2. "Know your rights: selection boards and interviews" - presentation by our labour relations officer (35 min)
3. Q&A and bargaining update (15 min)

Quorum is 15 members, so please attend if you can. Non-members are welcome for item 2.

La réunion générale de la section des Prairies du SPFP aura lieu le mercredi 11 février de midi à 13 h (heure des Rocheuses). Thème : les processus de dotation et vos droits lors des examens et des entrevues.

In solidarity / Solidairement,

Heather Lindsay
Secretary, FSPU Prairie Chapter"""
    inv, _ = exchange_invite(seed=slug, frm=hl, to=[("FSPU Prairie Chapter members", "prairie-members@fspu-spfp.example")],
                             subject="FSPU Prairie Chapter - General Meeting: Staffing processes & your rights at interviews",
                             date=d, tzid="Mountain Standard Time", start=s, end=e, body=body,
                             attendees=[("FSPU Prairie Chapter members", "prairie-members@fspu-spfp.example", "OPT-PARTICIPANT")])
    lab = label([], "medium", "negative/union-meeting",
                "Union chapter general meeting Teams invite (sent to a members' list the owner is on) whose topic is "
                "interview rights in staffing processes. No hiring process with the owner as candidate.")
    return slug, [("01-union-general-meeting.eml", inv)], lab


@case
def c16():
    slug = "b166-16-mine-site-safety-orientation"
    st = ("Crowsnest Met Coal - Site Training", "site.training@crowsnestmetcoal.example")
    d = T(2026, 7, 28, 11, 20, 9)
    wd(d, "Tuesday")
    s = T(2026, 8, 10, 7, 0)
    e = T(2026, 8, 10, 11, 30)
    wd(s, "Monday")
    body = """Hello Nadia,

Rockface Geological Services has registered you for the Site Safety Orientation at our Line Creek South operation before your first rotation as a contract geologist on the pit mapping program.

Date: Monday, August 10, 2026
Time: 7:00 a.m. - 11:30 a.m. Mountain Time (the mine runs on Alberta time even though it is in BC)
Location: Mine Dry, Training Room 2 - report to the security gatehouse by 6:45 a.m.

What to bring:
- Government-issued photo ID
- CSA-approved steel-toed boots (we supply hard hat, glasses, hi-vis and gloves)
- Copies of your H2S Alive and Standard First Aid tickets

The orientation includes a short one-on-one interview with a Safety Advisor to verify your tickets and fit-for-duty declaration before your site pass is issued. You must complete the orientation to be allowed past the gate.

Questions about your contract, rotation or pay go to your employer (Rockface). Questions about the orientation: reply to this message.

Site Training Department
Crowsnest Metallurgical Coal Ltd."""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//Crowsnest Met Coal//Training Scheduler 3.2//EN", "VERSION:2.0",
               "METHOD:PUBLISH"] + iana_vtimezone("America/Edmonton") + [
        "BEGIN:VEVENT", "UID:ORIENT-2026-08-10-%s@crowsnestmetcoal.example" % seedint(slug, 6),
        "DTSTAMP:" + utcstamp(d), "DTSTART;TZID=America/Edmonton:" + localstamp(s),
        "DTEND;TZID=America/Edmonton:" + localstamp(e),
        "SUMMARY:Site Safety Orientation - New Worker/Contractor - KOWALCHUK\\, N.",
        "LOCATION:Line Creek South - Mine Dry\\, Training Room 2",
        "DESCRIPTION:Report to the security gatehouse by 6:45 a.m. Bring photo ID\\, CSA boots and ticket copies.",
        "ORGANIZER;CN=Site Training:mailto:" + st[1], "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    e1 = plain_email(frm=st, to=[(OWNER_NAME, OWNER)],
                     subject="Booked: Site Safety Orientation - Mon Aug 10 - New worker/contractor (Kowalchuk, N.)",
                     date=d, body=body, msgid="<%s@crowsnestmetcoal.example>" % seedhex(slug, 30),
                     attachments=[attach_part(ics_text_bytes(cal), "text/calendar; charset=UTF-8; method=PUBLISH", "orientation.ics")],
                     received_from=("smtp01.crowsnestmetcoal.example", "203.0.113.40"))
    lab = label([], "medium", "negative/site-safety-orientation",
                "Onboarding safety orientation for a contract the owner already has (booked by her employer), with an "
                ".ics and a 'one-on-one interview' to verify safety tickets. Not a hiring interview.")
    return slug, [("01-site-safety-orientation-booked.eml", e1)], lab


def ics_text_bytes(s):
    return s.encode("utf-8")


@case
def c17():
    slug = "b166-17-regulator-public-consultation"
    eg = ("PEMR Stakeholder Engagement", "engagement@pemr.example")
    d = T(2026, 9, 23, 10, 2, 44)
    wd(d, "Wednesday")
    s = T(2026, 9, 30, 18, 30)
    e = T(2026, 9, 30, 20, 30)
    wd(s, "Wednesday")
    body = """Thank you for registering.

Public consultation - Draft Directive 091: Tailings Pond Closure and Reclamation Criteria
Virtual information session: Wednesday, September 30, 2026, 6:30 p.m. - 8:30 p.m. MDT (Microsoft Teams webinar)

During the session, Prairie Energy & Minerals Regulator (PEMR) staff will present the draft directive and answer questions. Registered participants who want to provide detailed input can also book a 15-minute one-on-one interview with a member of our engagement team between October 5 and October 16; a booking link will be shared at the end of the session. Written submissions are accepted until October 30.

A calendar file is attached. The webinar link will be e-mailed 24 hours before the session.

This consultation is open to the public. Feedback received will be summarized in a What We Heard report.

PEMR Stakeholder Engagement
Prairie Energy & Minerals Regulator
This mailbox is not monitored for individual replies. Visit the consultation page for FAQs."""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//PEMR//Engagement Registration//EN", "VERSION:2.0",
               "METHOD:PUBLISH"] + iana_vtimezone("America/Edmonton") + [
        "BEGIN:VEVENT", "UID:pemr-d091-session-3-%s@pemr.example" % seedint(slug, 6),
        "DTSTAMP:" + utcstamp(d), "DTSTART;TZID=America/Edmonton:" + localstamp(s),
        "DTEND;TZID=America/Edmonton:" + localstamp(e),
        "SUMMARY:PEMR public consultation - Draft Directive 091 (virtual information session)",
        "LOCATION:Microsoft Teams webinar (link sent 24 h before)",
        "DESCRIPTION:Public information session on Draft Directive 091. One-on-one stakeholder interviews can be booked after the session.",
        "ORGANIZER;CN=PEMR Stakeholder Engagement:mailto:" + eg[1], "STATUS:CONFIRMED", "SEQUENCE:0",
        "END:VEVENT", "END:VCALENDAR"])
    e1 = plain_email(frm=eg, to=[(OWNER_NAME, OWNER)],
                     subject="Registration confirmed: Public consultation on Draft Directive 091 - Sept 30 information session",
                     date=d, body=body, msgid="<%s@pemr.example>" % seedhex(slug, 30),
                     attachments=[attach_part(cal.encode("utf-8"), "text/calendar; charset=UTF-8", "PEMR-D091-session.ics")],
                     received_from=("mailout.pemr.example", "203.0.113.81"))
    lab = label([], "medium", "negative/regulator-public-consultation",
                "Regulator's public consultation registration with an .ics; mentions optional one-on-one stakeholder "
                "'interviews' (unbooked, research-like). Not a job interview.")
    return slug, [("01-consultation-registration.eml", e1)], lab


@case
def c18():
    slug = "b166-18-alumni-informational-interview"
    cc = ("Foothills University Alumni Career Connect", "careerconnect@alumni.foothillsu.example")
    pa = ("Patrick Aubin", "patrick.aubin@sundancegeotech.example")
    d = T(2026, 11, 9, 9, 15, 0)
    wd(d, "Monday")
    s = T(2026, 11, 12, 16, 0)
    e = T(2026, 11, 12, 16, 30)
    wd(s, "Thursday")
    assert s.utcoffset() == _dt.timedelta(hours=-7)
    body = f"""Hi Nadia,

You're booked! Here are the details of your Alumni Career Connect conversation:

Mentor: Patrick Aubin, P.Eng., P.Geo. (BSc Geology '09) - Principal, Sundance Geotechnical
Date: Thursday, November 12, 2026
Time: 4:00 - 4:30 p.m. MST
Format: video call (Patrick will send a Google Meet link)

Tips for a great informational interview:
- Come with 3-4 questions about Patrick's career path and the geotechnical sector
- Remember that informational interviews are for career exploration and advice. Mentors volunteer their time and are not recruiting - please don't ask for a job or referral during the call.
- Send a short thank-you note afterwards

Need to cancel? Use the link in your Career Connect dashboard so your mentor is notified.

Foothills University Alumni Association
Alumni Career Connect"""
    e1 = plain_email(frm=cc, to=[(OWNER_NAME, OWNER)],
                     subject="You're booked: informational interview with Patrick Aubin ('09 BSc Geology)",
                     date=d, body=body, msgid="<%s@alumni.foothillsu.example>" % seedhex(slug, 30),
                     received_from=("o1.em.alumni.foothillsu.example", "198.51.100.77"))
    ev = {
        "kind": "calendar#event", "etag": '"3560418223410000"', "id": "a8u2ldk3q9m7ctp0h5v1rb6es4",
        "status": "confirmed",
        "htmlLink": "https://www.google.com/calendar/event?eid=" +
                    base64.b64encode(("a8u2ldk3q9m7ctp0h5v1rb6es4 " + OWNER).encode()).decode().rstrip("="),
        "created": "2026-11-09T17:40:12.000Z", "updated": "2026-11-09T17:52:03.901Z",
        "summary": "Alumni Career Connect - informational chat (Nadia K. / Patrick A.)",
        "description": "Informational interview via Foothills U Alumni Career Connect. Career advice only - not a job interview.",
        "creator": {"email": pa[1], "displayName": pa[0]},
        "organizer": {"email": pa[1], "displayName": pa[0]},
        "start": {"dateTime": iso(s), "timeZone": "America/Edmonton"},
        "end": {"dateTime": iso(e), "timeZone": "America/Edmonton"},
        "iCalUID": "a8u2ldk3q9m7ctp0h5v1rb6es4@google.com", "sequence": 0,
        "attendees": [{"email": pa[1], "displayName": pa[0], "organizer": True, "responseStatus": "accepted"},
                      {"email": OWNER, "self": True, "responseStatus": "accepted"}],
        "hangoutLink": "https://meet.google.com/qpe-wnrb-zka",
        "reminders": {"useDefault": True}, "eventType": "default",
    }
    lab = label([], "medium", "negative/alumni-informational-interview",
                "University alumni mentoring 'informational interview' booking plus the mentor's Calendar event. "
                "Explicitly career advice, mentor is not recruiting. Not part of a hiring process.")
    return slug, [("01-career-connect-booked.eml", e1), ("02-informational-chat.gcal.json", gcal_event(ev))], lab


@case
def c19():
    slug = "b166-19-gc-written-exam-only-with-ics"
    st = ("ECCC Staffing / Dotation ECCC", "eccc.dotation-staffing@ec-gc.example")
    proc = "26-ECC-EA-PNR-4411"
    d = T(2026, 4, 15, 11, 2, 17, tz=TOR)
    wd(d, "Wednesday")
    s = T(2026, 4, 30, 10, 0, tz=TOR)
    e = T(2026, 4, 30, 13, 0, tz=TOR)
    wd(s, "Thursday")
    body = f"""(Le français suit l'anglais)

Dear candidate,

Process {proc} - Environmental Analyst (EC-04), Environmental Protection Branch, Prairie and Northern Region (Calgary / Edmonton / Regina)

You have been screened in. You are invited to a supervised online written exam:

Date: Thursday, April 30, 2026
Time: 10:00 a.m. to 1:00 p.m. Eastern Time (8:00 a.m. to 11:00 a.m. Mountain Time; 8:00 a.m. to 11:00 a.m. Saskatchewan time)
Format: remotely proctored, camera on. A link and your candidate code will be sent the day before.

Candidates who pass the written exam will be invited to an interview at a later date. Please do not contact the hiring manager directly.

A calendar file is attached for your convenience.

--------------------------------------------------

Madame, Monsieur,

Processus {proc} - Analyste environnemental(e) (EC-04)

Vous êtes convoqué(e) à un examen écrit en ligne supervisé le jeudi 30 avril 2026, de 10 h à 13 h, heure de l'Est. Les personnes qui réussiront l'examen seront convoquées à une entrevue à une date ultérieure.

ECCC Staffing / Dotation ECCC"""
    cal = ics(["BEGIN:VCALENDAR", "PRODID:-//ECCC//Staffing Scheduler//EN", "VERSION:2.0", "METHOD:PUBLISH"]
              + iana_vtimezone("America/Toronto") + [
        "BEGIN:VEVENT", "UID:%s-exam-%s@ec-gc.example" % (proc, seedint(slug, 6)),
        "DTSTAMP:" + utcstamp(d), "DTSTART;TZID=America/Toronto:" + localstamp(s),
        "DTEND;TZID=America/Toronto:" + localstamp(e),
        "SUMMARY:Written exam / Examen écrit - EC-04 - " + proc,
        "LOCATION:Online (remotely proctored) / En ligne (surveillé à distance)",
        "DESCRIPTION:Supervised online written exam. Candidates who pass will be invited to an interview at a later date.",
        "ORGANIZER;CN=ECCC Staffing:mailto:" + st[1], "STATUS:CONFIRMED", "SEQUENCE:0", "END:VEVENT", "END:VCALENDAR"])
    e1 = plain_email(frm=st, to=[("", OWNER)],
                     subject=f"Written exam invitation - Process {proc} / Convocation à l'examen écrit - Processus {proc}",
                     date=d, body=body, msgid=outlook_id(slug, "YT2PR01MB"),
                     attachments=[attach_part(cal.encode("utf-8"), "text/calendar; charset=UTF-8", "examen-exam.ics")],
                     lang="en-CA", received_from=("mail-yt3can01on2112.outbound.protection.outlook.com", "40.107.116.112"))
    lab = label([], "medium", "negative/public-service-written-exam",
                "Public-service written exam invitation with an .ics: an assessment, not an interview; the interview "
                "is only a possible later step with no date.")
    return slug, [("01-written-exam-invitation.eml", e1)], lab


@case
def c20():
    slug = "b166-20-owner-sits-on-summer-student-panel"
    dm = ("Dale Moreau", "dmoreau@prairieskyenv.example")
    d = T(2026, 4, 24, 10, 10, 51)
    wd(d, "Friday")
    s = T(2026, 4, 29, 10, 0)
    e = T(2026, 4, 29, 11, 0)
    wd(s, "Wednesday")
    body = """Nadia,

Thanks for agreeing to sit on the panel with me for the summer field technician hire. Candidate: Liam Fontaine (3rd-year Environmental Science, joining by phone - I'll dial him in from the boardroom).

You'll take the field safety and sampling questions (Q4-Q7 in the interview guide on the Teams channel); I'll cover communication and the scenario question. Please send me your scores and notes by end of day so HR can do the reference checks.

Thanks,
Dale

Dale Moreau, P.Ag.
Senior Project Manager
Prairie Sky Environmental Ltd. | Calgary, AB"""
    inv, _ = exchange_invite(seed=slug, frm=dm, to=[(OWNER_NAME, OWNER)],
                             subject="Interview - Summer Field Technician - Liam Fontaine",
                             date=d, tzid="Mountain Standard Time", start=s, end=e, body=body,
                             attendees=[(OWNER_NAME, OWNER)], location="Calgary office - Boardroom B / Microsoft Teams")
    lab = label([], "medium", "negative/user-is-interviewer",
                "Interview invite in which the owner is on the panel assessing a summer-student candidate at her current "
                "employer. The user is the interviewer, not the candidate.")
    return slug, [("01-panel-invite-summer-technician.eml", inv)], lab


@case
def c21():
    slug = "b166-21-taleo-self-schedule-unbooked"
    d = T(2026, 5, 12, 10, 30, 0, tz=TOR).astimezone(UTC)
    days = [T(2026, 5, 19, tz=TOR), T(2026, 5, 20, tz=TOR), T(2026, 5, 21, tz=TOR)]
    wd(days[0], "Tuesday"); wd(days[1], "Wednesday"); wd(days[2], "Thursday")
    wd(T(2026, 5, 15), "Friday")
    body = """Dear Nadia,

Thank you for applying for the Exploration Geologist position (Requisition 26-0311) at Sentinel Nickel Ltd. We would like to invite you to a 45-minute video interview with our exploration team.

ACTION REQUIRED: Please select an interview time using the link below by Friday, May 15. Time slots are held on a first-come, first-served basis and will not be confirmed until you make a selection.

Available times (Eastern Time):
  Tue May 19 - 10:00 AM or 1:30 PM
  Wed May 20 - 9:00 AM or 3:00 PM
  Thu May 21 - 11:00 AM

Select your interview time: https://sentinelnickel.taleo.net/careersection/iam/scheduling/select.jsf?token=Q7x2Lm9Pz

Once you confirm a slot you will receive a confirmation e-mail with the meeting details.

Sincerely,
Talent Acquisition, Sentinel Nickel Ltd.
Sudbury, Ontario

This is an automated message sent using Oracle Taleo. Please do not reply."""
    e1 = plain_email(frm=("Sentinel Nickel Careers", "no-reply@taleo.net"), to=[("", OWNER)],
                     subject="Action required: schedule your interview - Exploration Geologist (26-0311)",
                     date=d, body=body, msgid="<%s.%s.JavaMail.taleo@tlo-sc-prd-1>" % (seedint(slug, 9), seedint(slug + "x", 13)),
                     received_from=("smtp-out1.taleo.net", "160.34.18.71"), mailer="Taleo Enterprise Edition")
    e1 = e1.replace(b"-0000\n", b"+0000\n", 1)
    lab = label([], "hard", "negative/availability-request-unbooked",
                "Taleo self-scheduling request listing candidate slots; nothing is booked yet and no confirmation follows.")
    return slug, [("01-taleo-select-interview-time.eml", e1)], lab


@case
def c22():
    slug = "b166-22-gc-results-after-interview-regret"
    st = ("Parks Canada Staffing / Dotation Parcs Canada", "dotation-staffing@pc-gc.example")
    d = T(2026, 4, 23, 15, 10, 36)
    wd(d, "Thursday")
    past = T(2026, 4, 2)
    wd(past, "Thursday")
    proc = "26-PCA-WCS-EA-0092"
    body = f"""(Le français suit l'anglais)

Dear Nadia Kowalchuk,

Subject: Results - Process {proc} - Ecologist (EG-05), Banff Field Unit

Thank you for participating in the interview held on Thursday, April 2, 2026.

We regret to inform you that you did not meet the following essential qualification: ability to communicate effectively orally. Consequently, your candidacy will not be considered further in this process.

You may request an informal discussion with a member of the assessment board within five (5) business days of receiving this message by writing to Monique Arcand, HR Advisor, at monique.arcand@pc-gc.example. An informal discussion is an opportunity to understand the results of your assessment; it is not an interview.

We thank you for your interest in Parks Canada.

--------------------------------------------------

Madame Nadia Kowalchuk,

Objet : Résultats - Processus {proc} - Écologiste (EG-05), Unité de gestion de Banff

Nous vous remercions d'avoir participé à l'entrevue du jeudi 2 avril 2026. Nous avons le regret de vous informer que vous ne satisfaites pas à la qualification essentielle suivante : capacité à communiquer efficacement de vive voix.

Vous pouvez demander une discussion informelle dans les cinq (5) jours ouvrables en écrivant à Monique Arcand à monique.arcand@pc-gc.example.

Parks Canada Staffing / Dotation Parcs Canada"""
    e1 = plain_email(frm=st, to=[(OWNER_NAME, OWNER)],
                     subject=f"Results of your interview - Process {proc} / Résultats de votre entrevue - Processus {proc}",
                     date=d, body=body, msgid=outlook_id(slug, "YT2PR01MB"), lang="en-CA",
                     received_from=("mail-yt3can01on2112.outbound.protection.outlook.com", "40.107.116.112"))
    lab = label([], "medium", "negative/rejection-after-interview",
                "Bilingual public-service regret letter that references a past interview and offers an optional "
                "informal discussion (not booked, not an interview).")
    return slug, [("01-results-regret.eml", e1)], lab


# ---------------------------------------------------------------------------------------------
def main():
    for name in sorted(os.listdir(HERE)):
        p = os.path.join(HERE, name)
        if name.startswith("b166-") and os.path.isdir(p):
            shutil.rmtree(p)
    labels = {}
    for fn in CASES:
        slug, files, lab = fn()
        assert slug not in labels
        os.makedirs(os.path.join(HERE, slug))
        names = [f for f, _ in files]
        assert names == sorted(names), slug
        for fname, data in files:
            with open(os.path.join(HERE, slug, fname), "wb") as f:
                f.write(data)
        labels[slug] = lab
    with open(os.path.join(HERE, "labels.yaml"), "w", encoding="utf-8") as f:
        f.write("# blind166 labels (generated by make_cases.py). Schema: /work/shared/eval/README.md\n")
        yaml.safe_dump(labels, f, sort_keys=False, allow_unicode=True, width=110, default_flow_style=False)
    pos = sum(1 for l in labels.values() if l["interview"])
    n_iv = sum(len(l["interviews"]) for l in labels.values())
    n_c = sum(1 for l in labels.values() for i in l["interviews"] if i["status"] == "cancelled")
    print("cases=%d positive=%d negative=%d interviews=%d (scheduled=%d cancelled=%d)" % (
        len(labels), pos, len(labels) - pos, n_iv, n_iv - n_c, n_c))


if __name__ == "__main__":
    main()
